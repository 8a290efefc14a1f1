# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 876: 领导小组成员调整通知（成员名单按职务排列，办公室设置）.

Writes three Word files, their PDFs (LibreOffice) and expected.json.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
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
SP = "\u3000"  # full-width space

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


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


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
    # page number footer "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_876", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
# 福建省人民政府办公厅 — 红头“文件”, 成员名单用全角空格对齐的段落
def doc_fujian():
    stem = "blind876_fujian_haisi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("福建省人民政府办公厅文件", XBS, 34, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=30)
    empty(doc, 2)
    p = add_par(doc, "闽政办〔2026〕11号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title broken into three paragraphs at odd places
    for t in ("福建省人民政府办公厅关于调整福建省",
              "21世纪海上丝绸之路核心区建设工作",
              "领导小组组成人员的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各设区市人民政府，平潭综合实验区管委会，省直有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("因人员变动和工作需要，经省政府同意，决定对福建省21世纪海上丝绸之路核心区建设工作领导小组（以下简称领导小组）组成人员进行调整。现将调整后的组成人员名单通知如下：")
    head("一、领导小组组成人员")

    IND = SP * 5  # aligns continuation lines under the text after "成　　员："

    def member(label, name, post):
        txt = (label if label else IND) + name + SP * 2 + post
        clauses.append(txt.lstrip(SP))
        add_par(doc, txt)

    member("组　　长：", "郑维民", "省委常委、省政府常务副省长")
    # half-width colon typed by the clerk
    member("副 组 长:", "许晓峰", "省政府副省长")
    member("", "林　涛", "省政府副秘书长")
    member("成　　员：", "黄建平", "省委宣传部副部长")
    for name, post in [
        ("苏明辉", "省委外办主任"),
        ("陈立新", "省发展改革委主任"),
        ("何志刚", "省教育厅副厅长"),
        ("王　磊", "省科技厅副厅长"),
        ("蔡文彬", "省工业和信息化厅副厅长"),
    ]:
        member("", name, post)
    # two member lines typed in one paragraph with Shift+Enter
    l1 = IND + "张振宇" + SP * 2 + "省财政厅副厅长"
    l2 = IND + "刘　燕" + SP * 2 + "省自然资源厅副厅长"
    p = doc.add_paragraph()
    font(p.add_run(l1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(SP * 2 + l2), FS, 16)
    fmt(p)
    clauses.extend([l1.lstrip(SP), l2.lstrip(SP)])
    for name, post in [
        ("邱国强", "省交通运输厅副厅长"),
        ("杨丽娟", "省商务厅厅长"),
        ("叶海峰", "省文化和旅游厅副厅长"),
        ("卓明华", "省农业农村厅副厅长"),
        ("周建中", "省海洋与渔业局副局长"),
        ("李　婷", "省国资委副主任"),
        ("罗志坚", "福州海关副关长"),
        ("方　晨", "厦门海关副关长"),
        ("施　伟", "中国人民银行福建省分行副行长"),
        ("郭　毅", "国家金融监督管理总局福建监管局副局长"),
        ("江　宏", "省贸促会会长"),
        ("潘晓东", "福建省港口集团有限责任公司副总经理"),
    ]:
        member("", name, post)

    head("二、领导小组办公室")
    body("领导小组办公室设在省发展改革委，承担领导小组日常工作。办公室主任由陈立新同志兼任，副主任由杨丽娟、苏明辉同志兼任。领导小组办公室设联络员，由各成员单位相关处室负责同志担任。")
    head("三、有关要求")
    runin("（一）加强统筹协调。", "领导小组负责统筹推进全省21世纪海上丝绸之路核心区建设工作，研究解决重大问题，审议年度工作要点和重大政策措施，推动与共建“一带一路”国家和地区在互联互通、经贸合作、海洋合作、人文交流等领域务实合作。")
    runin("（二）落实工作职责。", "各成员单位要按照职责分工，主动谋划、协同配合，认真落实领导小组议定事项，每年12月底前将年度工作进展情况和下一年度工作打算报送领导小组办公室。")
    runin("（三）规范人员调整。", "今后领导小组成员因工作变动需要调整的，由所在单位提出意见，报领导小组办公室审核后报组长审定，不再另行发文。")
    repeal = "《福建省人民政府办公厅关于调整福建省21世纪海上丝绸之路核心区建设工作领导小组组成人员的通知》（闽政办〔2023〕27号）"
    body(repeal + "同时废止。")

    empty(doc, 2)
    # 落款 aligned with typed half-width spaces
    p = add_par(doc, " " * 34 + "福建省人民政府办公厅", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 36 + "2026年2月27日", indent=False)
    add_par(doc, "（此件主动公开）")
    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省纪委监委，省法院，省检察院，各人民团体。",
          "福建省人民政府办公厅", "2026年2月28日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "福建省人民政府办公厅关于调整福建省21世纪海上丝绸之路核心区建设工作领导小组组成人员的通知",
            "doc_number": "闽政办〔2026〕11号",
            "issuer": ["福建省人民政府办公厅"],
            "date": "2026-02-27",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各设区市人民政府", "平潭综合实验区管委会", "省直有关单位"],
            "publicity": "此件主动公开",
            "repeals": repeal,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 南宁市人民政府办公室 — 信函格式（红色机关名+双线），成员名单为表格，合并单元格、标题行重复
def doc_nanning():
    stem = "blind876_nanning_zmq"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("南宁市人民政府办公室", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=48, before=0)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    p = add_par(doc, "南府办函〔2025〕186号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    # title: one paragraph with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("南宁市人民政府办公室关于调整南宁市推进"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("中国（广西）自由贸易试验区南宁片区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("建设工作领导小组成员的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各县（市、区）人民政府，各开发区管委会，市直各委、办、局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    body("根据工作需要和人员变动情况，经市人民政府同意，现将调整后的南宁市推进中国（广西）自由贸易试验区南宁片区建设工作领导小组（以下简称领导小组）成员名单及有关事项通知如下：")
    head("一、领导小组成员")

    header = ["序号", "小组职务", "姓名", "工作单位及职务"]
    rows = [
        ("组长", "覃志诚", "市人民政府市长"),
        ("副组长", "梁国栋", "市人民政府常务副市长"),
        ("副组长", "韦海宁", "市人民政府副市长"),
        ("副组长", "蒙建华", "市人民政府副秘书长，自贸试验区南宁片区管委会主任"),
        ("成员", "农丽萍", "市人民政府副秘书长"),
        ("成员", "黄　伟", "市委编办副主任"),
        ("成员", "李晓军", "市发展改革委主任"),
        ("成员", "陆春梅", "市工业和信息化局局长"),
        ("成员", "谭　宏", "市司法局副局长"),
        ("成员", "苏　宁", "市财政局局长"),
        ("成员", "覃海涛", "市自然资源和规划局副局长"),
        ("成员", "莫　俊", "市住房城乡建设局副局长"),
        ("成员", "庞德明", "市交通运输局局长"),
        ("成员", "卢晓燕", "市商务局局长"),
        ("成员", "邓志勇", "市市场监管局副局长"),
        ("成员", "甘雪梅", "市行政审批局局长"),
        ("成员", "曾　建", "市投资促进局局长"),
        ("成员", "林　芳", "市大数据发展局局长"),
        ("成员", "韦　宁", "南宁海关副关长"),
        ("成员", "黄　振", "国家外汇管理局广西壮族自治区分局副局长"),
        ("成员", "何　平", "国家税务总局南宁市税务局副局长"),
        ("成员", "陈　晓", "南宁综合保税区管理委员会副主任"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    repeat_header(t.rows[0])
    for ri, (role, name, post) in enumerate(rows, 1):
        set_cell(t.rows[ri].cells[0], str(ri), FS, 14)
        set_cell(t.rows[ri].cells[2], name, FS, 14)
        set_cell(t.rows[ri].cells[3], post, FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in
                                 zip(header, (str(ri), role, name, post))))
    # vertical merges in 小组职务 column
    for role in ("组长", "副组长", "成员"):
        idx = [i for i, r in enumerate(rows, 1) if r[0] == role]
        c = t.cell(idx[0], 1)
        if len(idx) > 1:
            c = c.merge(t.cell(idx[-1], 1))
        set_cell(c, role, FS, 14)
    col_widths(t, [1.4, 2.4, 2.4, 9.4])

    body("注：成员按单位序列排列，成员单位名称以机构改革后名称为准。")
    head("二、领导小组办公室")
    body("领导小组下设办公室，设在自贸试验区南宁片区管委会（市商务局），负责领导小组日常工作。办公室主任由蒙建华同志兼任，常务副主任由卢晓燕同志兼任，副主任由李晓军、曾建同志兼任。")
    head("三、其他事项")
    body("1.领导小组成员如有变动，由成员单位提出调整意见，报领导小组办公室汇总后按程序报批，不再另行发文。")
    body("2．各成员单位要明确1名处级干部为联络员，于2025年12月5日前将联络员名单报领导小组办公室（联系电话：0771-5502316）。")
    repeal = "《南宁市人民政府办公室关于成立南宁市推进中国（广西）自由贸易试验区南宁片区建设工作领导小组的通知》（南府办函〔2023〕58号）中的领导小组成员名单"
    body("3．" + repeal + "同时停止执行。")

    empty(doc, 2)
    # 落款 with right-aligned tab stop
    for txt in ("南宁市人民政府办公室", "二〇二五年十一月二十日"):
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.2), 2)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室，市纪委监委。",
          "南宁市人民政府办公室", "2025年11月21日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "南宁市人民政府办公室关于调整南宁市推进中国（广西）自由贸易试验区南宁片区建设工作领导小组成员的通知",
            "doc_number": "南府办函〔2025〕186号",
            "issuer": ["南宁市人民政府办公室"],
            "date": "2025-11-20",
            "published": None,
            "level": "municipal",
            "region": "南宁市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县（市、区）人民政府", "各开发区管委会", "市直各委、办、局"],
            "publicity": "此件公开发布",
            "repeals": repeal,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 瑞丽市人民政府办公室 — 县级；空格缩进；名单放附件（另页，手工拆表“续表”），办公室设置写在正文
def doc_ruili():
    stem = "blind876_ruili_dehong"
    doc = Document()
    setup(doc)
    clauses = []
    IND = SP * 2  # indentation typed with full-width spaces

    add_par(doc, [("瑞丽市人民政府办公室文件", XBS, 34, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=12)
    empty(doc, 1)
    p = add_par(doc, "瑞政办发〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 10)
    empty(doc, 1)
    for t in ("瑞丽市人民政府办公室关于调整瑞丽市",
              "推进中国（云南）自由贸易试验区德宏片区",
              "建设工作领导小组成员及办公室设置的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各乡镇人民政府，畹町经济开发区管委会，市直各部门：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("为进一步加强对中国（云南）自由贸易试验区德宏片区（以下简称德宏片区）建设工作的组织领导，统筹推进制度创新、沿边开放和面向南亚东南亚辐射中心建设，结合人员变动情况，经市人民政府研究同意，决定对瑞丽市推进德宏片区建设工作领导小组（以下简称领导小组）成员进行调整，同时调整领导小组办公室设置。现将有关事项通知如下：")
    body("一、调整后的领导小组成员名单见附件。")
    body("二、领导小组主要职责：贯彻落实党中央、国务院和省委、省政府关于自由贸易试验区建设的决策部署；研究审议德宏片区建设重大政策和改革事项；协调解决重大问题；督促检查工作任务落实情况。")
    body("三、领导小组办公室由原设在市发展和改革局调整为设在市商务局，承担领导小组日常工作。办公室主任由市商务局局长段志华同志兼任，副主任由市发展和改革局局长岩温、市商务局副局长何晓丽同志兼任，成员由各成员单位分管负责同志担任。")
    body("四、各成员单位确定1名业务骨干为联络员，联络员名单请于2026年1月31日前报领导小组办公室（联系电话：0692-4141235）。")
    body("五、领导小组成员因职务变动需要调整的，由接替其职务的同志自然替补，不再另行发文。")
    add_par(doc, IND + "特此通知。", indent=False)
    empty(doc, 1)
    att1 = "瑞丽市推进中国（云南）自由贸易试验区德宏片区建设工作领导小组成员名单"
    # attachment title wrapped by hand, continuation aligned with typed spaces
    add_par(doc, IND + "附件：瑞丽市推进中国（云南）自由贸易试验区德宏片区", indent=False)
    add_par(doc, SP * 5 + "建设工作领导小组成员名单", indent=False)
    empty(doc, 1)
    p = add_par(doc, SP * 16 + "瑞丽市人民政府办公室", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, SP * 17 + "2026年1月9日", indent=False)

    # ------------------------------------------------------ 附件1 (own page)
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("瑞丽市推进中国（云南）自由贸易试验区德宏片区", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("建设工作领导小组成员名单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=16)
    header = ["序号", "小组职务", "姓名", "单位及职务"]
    members = [
        ("组长", "杨国林", "市委副书记、市人民政府市长"),
        ("副组长", "思永明", "市委常委、市人民政府常务副市长"),
        ("副组长", "刀丽华", "市人民政府副市长"),
        ("成员", "孟建平", "市人民政府办公室主任"),
        ("成员", "岩　温", "市发展和改革局局长"),
        ("成员", "段志华", "市商务局局长"),
        ("成员", "李家顺", "市财政局局长"),
        ("成员", "赵德明", "市工业信息化和科技局局长"),
        ("成员", "杨春燕", "市自然资源局局长"),
        ("成员", "金　涛", "市交通运输局局长"),
        ("成员", "李　芸", "市司法局局长"),
        ("成员", "朱国华", "市市场监督管理局局长"),
        ("成员", "尹晓东", "市人力资源和社会保障局局长"),
        ("成员", "郭　强", "市农业农村局局长"),
        ("成员", "线　英", "市文化和旅游局局长"),
        ("成员", "方　雷", "市外事办公室主任"),
        ("成员", "张志伟", "市政务服务管理局局长"),
        ("成员", "刘海波", "瑞丽海关副关长"),
        ("成员", "孙　健", "瑞丽边境管理大队大队长"),
        ("成员", "罗文斌", "国家税务总局瑞丽市税务局局长"),
        ("成员", "杨　帆", "中国人民银行德宏州分行副行长"),
        ("成员", "岳明亮", "畹町经济开发区管委会主任"),
    ]
    split = 14

    def part(rows, start):
        t = doc.add_table(rows=1 + len(rows), cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 14)
        for k, (role, name, post) in enumerate(rows):
            no = str(start + k)
            vals = (no, role, name, post)
            for ci, v in enumerate(vals):
                set_cell(t.rows[k + 1].cells[ci], v, FS, 14,
                         align=WD_ALIGN_PARAGRAPH.LEFT if ci == 3 else WD_ALIGN_PARAGRAPH.CENTER)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))
        col_widths(t, [1.4, 2.4, 2.4, 9.4])
        for row in t.rows:
            row.height = Cm(0.85)
        return t

    part(members[:split], 1)
    # clerk split the table by hand: page break + "续表" + retyped header
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False)
    part(members[split:], split + 1)

    banji(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室，德宏州商务局。",
          "瑞丽市人民政府办公室", "2026年1月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "瑞丽市人民政府办公室关于调整瑞丽市推进中国（云南）自由贸易试验区德宏片区建设工作领导小组成员及办公室设置的通知",
            "doc_number": "瑞政办发〔2026〕3号",
            "issuer": ["瑞丽市人民政府办公室"],
            "date": "2026-01-09",
            "published": None,
            "level": "county",
            "region": "瑞丽市",
            "effective": None,
            "expires": None,
            "attachments": [att1],
            "doc_type": "通知",
            "recipients": ["各乡镇人民政府", "畹町经济开发区管委会", "市直各部门"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_fujian(), doc_nanning(), doc_ruili()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
