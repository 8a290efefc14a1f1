# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1071: 规范性文件清理（废止、宣布失效和修改）决定／通知, Word + PDF + expected.json.

A. 宁波市人民政府关于废止、宣布失效和修改部分市政府规范性文件的决定（甬政发〔2026〕7号）
   红头“宁波市人民政府文件”，ZJBC统一编号，附件为横向页面，表格跨页重复标题行。
B. 福建省司法厅等四部门联合通知（闽司〔2026〕38号）
   联合版头（版头表格、“文件”二字合并单元格），附件表格手工拆分加“续表”、处理意见栏纵向合并。
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
IND = "\u3000\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False, line=12)
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(fp, size=14):
    font(fp.add_run("— "), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, size)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    """text may contain '\n' = manual line break (Shift+Enter) inside the cell."""
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(part), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def col_widths(t, widths_cm):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def row_prop(row, tag):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:%s %s/>' % (tag, nsdecls("w"))))


def no_borders(t):
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v.replace("\n", "")) for h, v in zip(header, row))


def banji(doc, cc, printer, date_txt, width_chars=8, gap=1):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * width_chars, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1071", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
A_HEAD = ["序号", "文件名称", "文号", "发文日期", "处理意见"]

A_REPEAL = [
    ["宁波市人民政府关于加快发展外向型经济的若干意见", "甬政发〔2012〕58号", "2012年6月18日", "废止"],
    ["宁波市人民政府关于印发宁波市加工贸易转型升级实施方案的通知", "甬政发〔2014〕33号", "2014年4月9日", "废止"],
    ["宁波市人民政府办公厅关于印发宁波市外贸企业出口信用保险扶持办法的通知", "甬政办发〔2015〕112号", "2015年7月24日", "废止"],
    ["宁波市人民政府关于加快推进保税物流体系建设的若干意见", "甬政发〔2010〕64号", "2010年7月19日", "废止"],
    ["宁波市人民政府办公厅关于进一步规范招商引资优惠政策的通知", "甬政办发〔2016〕89号", "2016年5月30日", "废止"],
    ["宁波市人民政府关于促进中东欧商品进口贸易发展的实施意见", "甬政发〔2017〕41号", "2017年6月6日", "废止"],
    ["宁波市人民政府关于印发宁波市城市道路挖掘占用管理办法的通知", "甬政发〔2011〕95号", "2011年11月15日", "废止"],
    ["宁波市人民政府办公厅关于印发宁波市跨境电子商务进口试点工作方案的通知", "甬政办发〔2013〕160号", "2013年9月23日", "废止"],
    ["宁波市人民政府关于进一步加强农村集体资产管理的意见", "甬政发〔2014〕102号", "2014年12月1日", "废止"],
    ["宁波市人民政府办公厅关于印发宁波市口岸收费清理规范工作方案的通知", "甬政办发〔2018〕47号", "2018年4月12日", "废止"],
    ["宁波市人民政府关于印发宁波市“十四五”开放型经济发展规划的通知", "甬政发〔2021〕36号", "2021年7月8日", "宣布失效"],
    ["宁波市人民政府办公厅关于印发宁波市稳外贸稳外资若干措施的通知", "甬政办发〔2022〕27号", "2022年4月29日", "宣布失效"],
    ["宁波市人民政府关于加快建设“一带一路”综合试验区的实施意见", "甬政发〔2018〕52号", "2018年8月14日", "宣布失效"],
    ["宁波市人民政府办公厅关于印发宁波市跨境电子商务综合试验区建设三年行动计划（2023—2025年）的通知", "甬政办发〔2023〕18号", "2023年3月10日", "宣布失效"],
    ["宁波市人民政府关于印发宁波市服务贸易创新发展试点实施方案的通知", "甬政发〔2020〕61号", "2020年12月21日", "宣布失效"],
    ["宁波市人民政府办公厅关于应对国际贸易摩擦支持外贸企业稳定发展的若干意见", "甬政办发〔2019〕73号", "2019年9月4日", "宣布失效"],
]

A_AMEND = [
    ["宁波市人民政府关于印发宁波市外商投资企业投诉工作办法的通知", "甬政发〔2020〕18号", "2020年3月26日",
     "将第三条中的“市商务局”修改为“市商务局（市外商投资企业投诉中心）”；删去第十二条第二款。"],
    ["宁波市人民政府办公厅关于印发宁波市进口贸易促进创新示范区建设管理办法的通知", "甬政办发〔2021〕64号", "2021年9月17日",
     "将第五条中的“国家级进口贸易促进创新示范区”修改为“国家进口贸易促进创新示范区”；将第九条中的“每两年”修改为“每年”。"],
    ["宁波市人民政府关于印发中国（浙江）自由贸易试验区宁波片区管理办法的通知", "甬政发〔2021〕49号", "2021年10月11日",
     "将第八条中的“宁波片区管委会”修改为“宁波片区管理委员会”；增加一款，作为第十五条第三款：“片区管理委员会应当建立制度创新成果评估和复制推广机制。”"],
    ["宁波市人民政府关于印发宁波市海铁联运发展扶持资金管理办法的通知", "甬政发〔2019〕27号", "2019年5月20日",
     "将文件名称修改为“宁波市海铁联运和中欧班列发展扶持资金管理办法”；将第二条中的“海铁联运线路”修改为“海铁联运线路和中欧班列（甬新欧）线路”。"],
    ["宁波市人民政府关于印发宁波市境外投资风险防控管理办法的通知", "甬政发〔2018〕77号", "2018年12月6日",
     "将第十一条中的“境外投资备案”修改为“境外投资备案（核准）”；删去第十九条。"],
]


def a_table(doc, rows, widths, clauses, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(A_HEAD))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(A_HEAD):
        set_cell(t.rows[0].cells[i], h, HT, size)
    row_prop(t.rows[0], "tblHeader")  # 标题行重复
    for ri, row in enumerate(rows, 1):
        vals = [str(ri)] + row
        for ci, v in enumerate(vals):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1,) or (ci == 4 and len(v) > 6) \
                else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=al)
        row_prop(t.rows[ri], "cantSplit")
        clauses.append(row_clause(A_HEAD, vals))
    col_widths(t, widths)
    return t


def doc_ningbo():
    stem = "blind1071_ningbo_jueding"
    doc = Document()
    setup(doc)
    clauses = []

    # 浙江省规范性文件统一编号（左上角）
    add_par(doc, [("ZJBC01-2026-0004", HT, 14, False)], indent=False, line=22)
    empty(doc, 1, line=22)
    add_par(doc, [("宁波市人民政府文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    empty(doc, 2)
    p = add_par(doc, "甬政发〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # 标题分两段，在“部分”后断行
    add_par(doc, [("宁波市人民政府关于废止、宣布失效和修改", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("部分市政府规范性文件的决定", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各区（县、市）人民政府，市直及部属各单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为维护法制统一，持续优化法治化营商环境，根据《浙江省行政规范性文件管理办法》有关规定，市政府组织对截至2025年12月31日以市政府、市政府办公厅名义制发的现行有效规范性文件进行了全面清理。经清理，市政府决定：")
    body("一、对《宁波市人民政府关于加快发展外向型经济的若干意见》等10件市政府规范性文件予以废止，对《宁波市人民政府关于印发宁波市“十四五”开放型经济发展规划的通知》等6件市政府规范性文件宣布失效（目录见附件1）。")
    body("二、对《宁波市人民政府关于印发宁波市外商投资企业投诉工作办法的通知》等5件市政府规范性文件予以修改（修改内容见附件2）。修改后的文件由原起草部门按照本决定作相应修改后，报市政府办公厅按程序重新公布。")
    body("三、废止和宣布失效的市政府规范性文件，自本决定施行之日起不再作为行政管理的依据；依据上述文件已经作出的行政行为继续有效，尚未兑现的政策事项由市级有关部门按照现行规定妥善处理。")
    body("四、各区（县、市）人民政府、市直各单位要按照“谁制定、谁清理”的原则，同步做好本地区、本部门规范性文件清理工作，清理结果于2026年6月30日前报市司法局备案。")
    body("本决定自2026年4月20日起施行。")
    empty(doc, 1)
    # 附件说明：用空格对齐第二行
    add_par(doc, "附件：1．决定废止和宣布失效的市政府规范性文件目录")
    add_par(doc, "      2．决定修改的市政府规范性文件目录")
    empty(doc, 2)
    # 落款用空格顶到右侧，日期用汉字
    add_par(doc, " " * 38 + "宁波市人民政府", indent=False)
    add_par(doc, " " * 35 + "二〇二六年三月二十日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # ---- 附件：横向页面（新节）
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)

    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("决定废止和宣布失效的市政府规范性文件目录", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    a_table(doc, A_REPEAL, [1.3, 11.2, 5.3, 3.9, 2.9], clauses, size=11.5)
    note = "注：“处理意见”栏中“宣布失效”，是指文件规定的有效期已届满，或者文件的调整对象已消失、规定的工作任务已完成。"
    p = add_par(doc, [(note, KT, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("决定修改的市政府规范性文件目录", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    a_table(doc, A_AMEND, [1.2, 6.8, 4.6, 3.8, 8.3], clauses, size=10.5)

    banji(doc, "抄送：市委各部门，市人大常委会、市政协办公厅，宁波军分区，市监委，市中级法院，市检察院。",
          "宁波市人民政府办公厅", "2026年3月21日印发", width_chars=24, gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市人民政府关于废止、宣布失效和修改部分市政府规范性文件的决定",
            "doc_number": "甬政发〔2026〕7号",
            "issuer": ["宁波市人民政府"],
            "date": "2026-03-20",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": "2026-04-20",
            "expires": None,
            "attachments": ["决定废止和宣布失效的市政府规范性文件目录",
                            "决定修改的市政府规范性文件目录"],
            "doc_type": "决定",
            "recipients": ["各区（县、市）人民政府", "市直及部属各单位"],
            "publicity": "此件公开发布",
            "repeals": "废止《宁波市人民政府关于加快发展外向型经济的若干意见》等10件市政府规范性文件，宣布《宁波市人民政府关于印发宁波市“十四五”开放型经济发展规划的通知》等6件市政府规范性文件失效（目录见附件1）；另修改《宁波市人民政府关于印发宁波市外商投资企业投诉工作办法的通知》等5件（见附件2）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
B_HEAD = ["序号", "文件名称", "文号", "发文日期", "处理意见"]

B_REPEAL = [
    ["福建省司法厅 福建省商务厅关于推进中国（福建）自由贸易试验区律师事务所聚集区建设的意见", "闽司〔2016〕102号", "2016年9月12日"],
    ["福建省司法厅 福建省发展和改革委员会关于加快发展涉外法律服务业的实施意见", "闽司〔2017〕58号", "2017年5月26日"],
    ["福建省商务厅 福建省司法厅关于建立外商投资企业法律服务工作站的通知", "闽商务外资〔2015〕21号", "2015年8月3日"],
    ["福建省司法厅 福建省人民政府外事办公室关于做好涉外公证文书领事认证衔接工作的通知", "闽司〔2014〕77号", "2014年10月20日"],
    ["福建省司法厅 福建省商务厅关于在自贸试验区开展中外律师事务所联营试点的实施办法", "闽司〔2016〕131号", "2016年12月5日"],
    ["福建省发展和改革委员会 福建省司法厅关于为“一带一路”建设重大项目提供法律服务的指导意见", "闽发改外经〔2018〕412号", "2018年7月9日"],
    ["福建省司法厅 福建省商务厅 福建省人民政府外事办公室关于建立涉外法律服务人才库的通知", "闽司〔2019〕45号", "2019年4月16日"],
    ["福建省司法厅 福建省发展和改革委员会关于印发《福建省涉外法律服务业发展规划（2021—2025年）》的通知", "闽司〔2021〕66号", "2021年6月30日"],
    ["福建省司法厅 福建省商务厅关于印发《福建省法律服务助力稳外贸稳外资若干措施》的通知", "闽司〔2020〕52号", "2020年7月14日"],
    ["福建省商务厅 福建省司法厅 福建省人民政府外事办公室关于开展“法律服务进自贸区”专项活动（2023—2025年）的通知", "闽商务综合〔2023〕9号", "2023年2月22日"],
    ["福建省司法厅 福建省人民政府外事办公室关于应对新冠肺炎疫情做好涉外法律服务工作的通知", "闽司〔2020〕18号", "2020年3月6日"],
]
B_OPINION = ["废止"] * 7 + ["宣布失效"] * 4

B_AMEND = [
    ["福建省司法厅 福建省商务厅关于印发《中国（福建）自由贸易试验区外国法律查明工作办法》的通知", "闽司〔2022〕73号", "2022年8月18日",
     "1.将第三条中的“省司法厅外国法查明研究中心”修改为“福建省涉外法律服务中心”；\n2.删去第十一条第二款。"],
    ["福建省司法厅 福建省人民政府外事办公室关于印发《福建省涉外律师人才培养办法》的通知", "闽司〔2021〕104号", "2021年11月2日",
     "1.将第五条中的“每年组织集中培训不少于1次”修改为“每年组织集中培训不少于2次”；\n2.将第十四条中的“省外办”修改为“省人民政府外事办公室”。"],
    ["福建省司法厅 福建省发展和改革委员会 福建省商务厅关于建立“一带一路”商事纠纷多元化解机制的实施意见", "闽司〔2022〕29号", "2022年4月7日",
     "1.将第七条第一款中的“福州、厦门国际商事调解中心”修改为“福州、厦门、泉州国际商事调解中心”；\n2.增加一款，作为第九条第三款：“支持境外知名仲裁及争议解决机构在中国（福建）自由贸易试验区设立业务机构。”"],
]

B_W1 = [1.0, 6.9, 2.9, 2.5, 2.3]
B_W2 = [0.9, 4.6, 2.8, 2.2, 5.1]


def b_header(t, size=10.5):
    for i, h in enumerate(B_HEAD):
        set_cell(t.rows[0].cells[i], h, HT, size, line=18)


def b_repeal_table(doc, start, end, clauses, size=10.5):
    """rows start..end-1 of B_REPEAL; 处理意见栏相同内容纵向合并."""
    rows = B_REPEAL[start:end]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    b_header(t, size)
    for k, row in enumerate(rows):
        n = start + k + 1
        vals = [str(n)] + row
        for ci, v in enumerate(vals):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[k + 1].cells[ci], v, FS, size, align=al, line=18)
        clauses.append(row_clause(B_HEAD, vals + [B_OPINION[start + k]]))
    # merge runs of identical 处理意见
    k = 0
    while k < len(rows):
        val = B_OPINION[start + k]
        j = k
        while j + 1 < len(rows) and B_OPINION[start + j + 1] == val:
            j += 1
        c = t.cell(k + 1, 4)
        if j > k:
            c = c.merge(t.cell(j + 1, 4))
        set_cell(c, val, FS, size, line=18)
        k = j + 1
    col_widths(t, B_W1)
    return t


def doc_fujian():
    stem = "blind1071_fujian_sifa_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    # ---- 联合版头：左列四个机关名称（分散对齐），右列“文件”合并单元格
    organs = ["福建省司法厅", "福建省发展和改革委员会", "福建省商务厅", "福建省人民政府外事办公室"]
    t = doc.add_table(rows=4, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    for i, o in enumerate(organs):
        set_cell(t.rows[i].cells[0], o, XBS, 24, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
                 color=RED, line=34)
    m = t.cell(0, 1).merge(t.cell(3, 1))
    set_cell(m, "文件", XBS, 48, color=RED, line=60)
    col_widths(t, [11.0, 4.2])
    empty(doc, 1)
    p = add_par(doc, "闽司〔2026〕38号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # 标题：一个段落内用手动换行断成三行
    p = doc.add_paragraph()
    font(p.add_run("关于废止、宣布失效和修改部分涉外"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("法律服务领域规范性文件"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市司法局、发展改革委、商务局、外办，平潭综合实验区有关部门，省律师协会：",
            indent=False)

    # 正文用全角空格缩进（不用首行缩进）
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t, hfont=HT):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hfont, 16, False), (t, FS, 16, False)],
                indent=False)

    body("为贯彻落实党中央、国务院关于加强涉外法治建设的决策部署，根据《福建省行政规范性文件管理办法》(省政府令第229号)有关规定，省司法厅会同省发展改革委、省商务厅、省外办对联合制发的涉外法律服务领域规范性文件进行了专项清理。现将清理结果通知如下:")
    runin("一、废止和宣布失效部分规范性文件。",
          "对《福建省司法厅 福建省商务厅关于推进中国（福建）自由贸易试验区律师事务所聚集区建设的意见》等7件规范性文件予以废止，对《福建省司法厅 福建省发展和改革委员会关于印发〈福建省涉外法律服务业发展规划（2021—2025年）〉的通知》等4件规范性文件宣布失效（目录见附件1)。")
    runin("二、修改部分规范性文件。",
          "对附件2所列3件规范性文件予以修改，修改后的文件由牵头制定机关重新印发。")
    add_par(doc, [(IND + "三、工作要求", HT, 16, False)], indent=False)
    runin("（一）做好衔接过渡。",
          "废止和宣布失效的规范性文件不再作为行政管理和法律服务工作的依据；附件1第4项文件废止后，涉外公证文书的使用按照《取消外国公文认证要求的公约》和国家有关规定办理。", KT)
    runin("（二）开展同步清理。",
          "各地各有关单位要按照“谁制定、谁清理”的原则同步开展清理，于2026年8月31日前将清理结果报送省司法厅。", KT)
    empty(doc, 1)
    add_par(doc, IND + "附件：1.废止和宣布失效的规范性文件目录", indent=False)
    add_par(doc, IND + "　　　2.修改的规范性文件目录", indent=False)
    empty(doc, 1)
    # 联合落款：制表位两列排列，行间留盖章位置
    for k, (left, right) in enumerate([("福建省司法厅", "福建省发展和改革委员会"),
                                       ("福建省商务厅", "福建省人民政府外事办公室")]):
        p = add_par(doc, "\t" + left + "\t" + right, indent=False, line=28)
        ts = p.paragraph_format.tab_stops
        ts.add_tab_stop(Cm(4.3), WD_TAB_ALIGNMENT.CENTER)
        ts.add_tab_stop(Cm(11.6), WD_TAB_ALIGNMENT.CENTER)
        if k == 0:
            empty(doc, 1, line=16)
    p = add_par(doc, "2026年6月18日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(40)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---- 附件1：单独起页，表格手工拆开，次页加“续表”并重打表头
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1, line=16)
    add_par(doc, [("废止和宣布失效的规范性文件目录", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    b_repeal_table(doc, 0, 8, clauses)
    page_break(doc)
    add_par(doc, [("续表", KT, 14, False)], indent=False, line=24)
    b_repeal_table(doc, 8, 11, clauses)
    note = "注：文件名称中发文机关的排列顺序以原文件版头为准。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    # ---- 附件2：紧接在续表后（未另起页）
    empty(doc, 2)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1, line=16)
    add_par(doc, [("修改的规范性文件目录", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    t = doc.add_table(rows=1 + len(B_AMEND), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    b_header(t)
    for ri, row in enumerate(B_AMEND, 1):
        vals = [str(ri)] + row
        for ci, v in enumerate(vals):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 4) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=al, line=18)
        clauses.append(row_clause(B_HEAD, vals))
    col_widths(t, B_W2)

    banji(doc, "抄送：司法部律师工作局、公共法律服务管理局，省人民政府办公厅，省人大常委会法制工作委员会。",
          "福建省司法厅办公室", "2026年6月18日印发", width_chars=8)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于废止、宣布失效和修改部分涉外法律服务领域规范性文件的通知",
            "doc_number": "闽司〔2026〕38号",
            "issuer": organs,
            "date": "2026-06-18",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": ["废止和宣布失效的规范性文件目录", "修改的规范性文件目录"],
            "doc_type": "通知",
            "recipients": ["各设区市司法局", "各设区市发展改革委", "各设区市商务局", "各设区市外办",
                           "平潭综合实验区有关部门", "省律师协会"],
            "publicity": "此件主动公开",
            "repeals": "废止《福建省司法厅 福建省商务厅关于推进中国（福建）自由贸易试验区律师事务所聚集区建设的意见》等7件规范性文件，宣布《福建省司法厅 福建省发展和改革委员会关于印发〈福建省涉外法律服务业发展规划（2021—2025年）〉的通知》等4件规范性文件失效（目录见附件1）；另修改3件（见附件2）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ningbo(), doc_fujian()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
