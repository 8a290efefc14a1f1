# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 883: 省级自贸试验区联动创新区认定通知与名单（含申报条件、认定名单表）.

Writes Word + PDF + expected.json into this script's directory.
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
    else:
        pf.first_line_indent = Pt(0)
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
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


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
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run("1" if kind == "text" else "")
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind != "text":
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    # vertical centre
    tcpr = cell._tc.get_or_add_tcPr()
    if tcpr.find(qn("w:vAlign")) is None:
        tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    tblpr = table._tbl.tblPr
    lay = tblpr.find(qn("w:tblLayout"))
    if lay is None:
        tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    tw = tblpr.find(qn("w:tblW"))
    if tw is not None:
        tw.set(qn("w:type"), "dxa")
        tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for ri, row in enumerate(table.rows):
        col = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[col:col + span]))
            col += span


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_883", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [800]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


# =================================================================== DOC A
def doc_zhejiang():
    """浙江省政府办公厅 认定第三批联动创新区通知 + 名单（附件表格，续表）."""
    stem = "blind883_zhejiang_mingdan"
    doc = Document()
    setup(doc)
    clauses = []

    # 红头
    add_par(doc, [("浙江省人民政府办公厅文件", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=12)
    empty(doc, 1)
    p = add_par(doc, "浙政办发〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title in three paragraphs, wrapped at odd places
    for t in ("浙江省人民政府办公厅关于公布第三批中国",
              "（浙江）自由贸易试验区联动创新区",
              "名单的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市、县（市、区）人民政府，省政府直属各单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("根据《浙江省人民政府办公厅关于印发中国（浙江）自由贸易试验区联动创新区建设管理办法的通知》（浙政办发〔2023〕15号），经各设区市人民政府申报、第三方评估和实地核查，并报省政府同意，认定杭州临平联动创新区等12个区域为第三批中国（浙江）自由贸易试验区联动创新区(以下简称联动创新区)。现将名单予以公布，并就有关事项通知如下：")
    runin("一、明确功能定位。", "各联动创新区要与中国（浙江）自由贸易试验区舟山、宁波、杭州、金义片区错位发展、协同联动，聚焦油气全产业链、数字贸易、先进制造业等领域，力争每年形成2项以上制度创新成果。")
    head("二、抓好建设任务")
    runin("（一）复制推广改革试点经验。", "建立复制推广工作台账，2026年底前复制推广率达到90%以上，对暂不具备复制条件的事项逐项说明原因。", KT, True)
    runin("（二）强化与片区联动协作。", "各联动创新区要与对应联动片区签订合作协议，在项目招引、平台共建、人才交流等方面深化合作，共同参与共建“一带一路”和义甬舟开放大通道建设。", KT, True)
    runin("三、实施动态管理。", "联动创新区认定有效期为3年。省自贸办(设在省商务厅)每年组织开展年度评估，对评估结果为“优秀”的，在省级专项资金安排等方面予以倾斜；对连续两年评估结果为“不合格”的，按程序撤销其联动创新区资格。")
    empty(doc, 1)
    add_par(doc, "附件：第三批中国（浙江）自由贸易试验区联动创新区名单")
    empty(doc, 1)
    p = add_par(doc, "浙江省人民政府办公厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "二〇二六年三月十二日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件公开发布）")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = add_par(doc, [("第三批中国（浙江）自由贸易试验区", XBS, 20, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("联动创新区名单"), XBS, 20)
    p = add_par(doc, [("单位：平方公里", KT, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
                indent=False, line=22)
    hdr = ["序号", "设区市", "联动创新区名称", "联动片区", "规划面积", "功能定位"]
    widths = [1.3, 1.8, 4.4, 2.2, 2.2, 3.7]
    rows = [
        ["1", "杭州市", "杭州临平联动创新区", "杭州片区", "21.36", "数字贸易、时尚产业"],
        ["2", "杭州市", "杭州桐庐联动创新区", "杭州片区", "9.85", "快递物流、智能制造"],
        ["3", "宁波市", "宁波前湾联动创新区", "宁波片区", "35.60", "汽车及零部件、新材料"],
        ["4", "宁波市", "宁波象山联动创新区", "宁波片区", "12.48", "海洋经济、船舶修造"],
        ["5", "温州市", "温州瓯江口联动创新区", "宁波片区", "18.20", "民营经济国际化、跨境电商"],
        ["6", "湖州市", "湖州南太湖联动创新区", "杭州片区", "16.75", "绿色低碳、数字经济"],
        ["7", "嘉兴市", "嘉兴平湖联动创新区", "舟山片区", "14.30", "油气贸易、临港物流"],
        ["8", "绍兴市", "绍兴柯桥联动创新区", "金义片区", "10.92", "纺织品数字贸易、市场采购"],
        ["9", "金华市", "金华兰溪联动创新区", "金义片区", "8.64", "新型国际贸易、纺织新材料"],
        ["10", "衢州市", "衢州智造新城联动创新区", "金义片区", "11.50", "新材料、多式联运"],
        ["11", "台州市", "台州湾联动创新区", "舟山片区", "19.80", "医药健康、汽车制造"],
        ["12", "丽水市", "丽水经开区联动创新区", "金义片区", "7.26", "半导体、生态产品价值实现"],
        ["合计", "—", "12个", "—", "186.66", "—"],
    ]

    def make_part(part_rows, merges):
        t = doc.add_table(rows=1 + len(part_rows), cols=len(hdr))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, HT, 12)
        repeat_header(t.rows[0])
        for ri, row in enumerate(part_rows, 1):
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 12)
            clauses.append(row_clause(hdr, row))
        for (r1, r2, c, v) in merges:  # vertical merge of 设区市 cells
            m = t.cell(r1, c).merge(t.cell(r2, c))
            set_cell(m, v, FS, 12)
        col_widths(t, widths)
        return t

    make_part(rows[:7], [(1, 2, 1, "杭州市"), (3, 4, 1, "宁波市")])
    page_break(doc)
    add_par(doc, [("续表", KT, 14, False)], indent=False, line=24)
    make_part(rows[7:], [])
    for n in ("注：1．规划面积以各设区市人民政府申报材料中确定的四至范围为准。",
              "2．联动片区指联动创新区主要对接联动的浙江自贸试验区片区。"):
        clauses.append(n)
        p = add_par(doc, [(n, FS, 12, False)], indent=False, line=22)
        if n.startswith("2"):
            p.paragraph_format.left_indent = Pt(36)
    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省纪委省监委，省法院，省检察院。",
          "浙江省人民政府办公厅", "2026年3月13日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省人民政府办公厅关于公布第三批中国（浙江）自由贸易试验区联动创新区名单的通知",
            "doc_number": "浙政办发〔2026〕9号",
            "issuer": ["浙江省人民政府办公厅"],
            "date": "2026-03-12",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["第三批中国（浙江）自由贸易试验区联动创新区名单"],
            "doc_type": "通知",
            "recipients": ["各市、县（市、区）人民政府", "省政府直属各单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_guangxi():
    """广西商务厅 申报通知（申报条件、评价指标表）+ 延长申报时间的补充通知（两份文件）."""
    stem = "blind883_guangxi_shenbao"
    doc = Document()
    setup(doc)
    n_head = make_numbering(doc, "%1、")

    def letter_head(wenhao, new_page=False):
        p = add_par(doc, [("特急", HT, 16, False)], indent=False)
        p.paragraph_format.page_break_before = new_page
        add_par(doc, [("广西壮族自治区商务厅", XBS, 36, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=12)
        p = add_par(doc, "", indent=False, line=10)
        border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
        p = add_par(doc, wenhao, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        p.paragraph_format.right_indent = Pt(16)
        empty(doc, 1)

    # ------------------------------------------------------------ B1
    cl1 = []

    def body(t, cl=cl1):
        cl.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t, cl=cl1):
        cl.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    letter_head("桂商自贸函〔2026〕21号")
    p = doc.add_paragraph()
    font(p.add_run("广西壮族自治区商务厅关于组织申报"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("第二批中国（广西）自由贸易试验区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("联动创新区的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，中国（广西）自由贸易试验区南宁、钦州港、崇左片区管委会：",
            indent=False)
    body("为贯彻落实《中共广西壮族自治区委员会 广西壮族自治区人民政府关于实施自由贸易试验区提升战略的意见》，推动中国（广西）自由贸易试验区（以下简称广西自贸试验区）改革创新成果在更大范围复制推广，根据《中国（广西）自由贸易试验区联动创新区建设实施方案》（桂政办发〔2024〕38号），自治区商务厅（自治区自贸办）决定组织开展第二批联动创新区申报工作。现将有关事项通知如下：")
    head("申报范围")
    # one paragraph with a manual line break in the middle of the sentence
    s1 = "各设区市范围内的国家级和自治区级开发区（园区）、综合保税区、边境经济合作区、"
    s2 = "跨境经济合作区等功能区，可以整体或者部分区域申报联动创新区。每个设区市申报数量原则上不超过2个，南宁、钦州、崇左市可申报3个。"
    p = doc.add_paragraph()
    font(p.add_run(s1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(s2), FS, 16)
    fmt(p)
    cl1.append(s1 + s2)
    head("申报条件")
    body("申报区域应当同时具备以下条件：")
    runin("（一）区域基础较好。", "申报区域四至范围清晰，规划面积原则上不低于5平方公里，土地利用符合国土空间规划；2025年外贸进出口额不低于30亿元或者实际使用外资不低于3000万美元（边境地区可适当放宽）。")
    runin("（二）产业特色鲜明。", "主导产业明确，与广西自贸试验区各片区错位互补，在面向东盟的跨境产业链供应链合作方面具有一定基础。")
    runin("（三）改革意愿强烈。", "已复制推广广西自贸试验区改革试点经验不少于30项，能够提出3项以上拟开展的制度创新事项。")
    runin("（四）保障机制健全。", "申报区域所在设区市人民政府应当具备以下保障条件：")
    for t in ("1.成立由市政府分管负责同志任组长的联动创新区建设工作领导小组，明确牵头部门和专职工作人员；",
              "2.在市级财政预算中安排联动创新区建设专项资金，原则上每年不低于500万元；",
              "3.建立与广西自贸试验区片区的常态化对接合作机制，签订联动发展合作协议。"):
        body(t)
    head("申报程序")
    runin("（一）市级审核推荐。", "申报区域对照《联动创新区申报条件评价指标表》（见附件）开展自评，设区市商务局会同有关部门审核后，以设区市人民政府名义行文报送自治区商务厅。")
    runin("（二）报送材料。", "包括设区市人民政府申报文件、联动创新区申报书、与广西自贸试验区片区签订的联动发展合作协议、申报区域2025年主要经济指标统计数据等。")
    head("时间要求")
    body("请于2026年5月29日前将申报材料（纸质版一式5份）及电子版报送自治区商务厅自由贸易试验区处，逾期不予受理。")
    body("联系人：黄振宇、韦丽萍，联系电话：0771-2106381，2106395（传真）。")
    empty(doc, 1)
    add_par(doc, "附件：联动创新区申报条件评价指标表")
    empty(doc, 2)
    # 落款 with typed spaces
    add_par(doc, " " * 32 + "广西壮族自治区商务厅", indent=False)
    add_par(doc, " " * 36 + "2026年4月20日", indent=False)

    # 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("联动创新区申报条件评价指标表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    t = doc.add_table(rows=2 + 8, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-level header
    set_cell(t.cell(0, 0), "序号", HT, 12)
    set_cell(t.cell(0, 2), "", HT, 12)
    set_cell(t.cell(0, 3), "分值", HT, 12)
    set_cell(t.cell(0, 4), "评分标准", HT, 12)
    set_cell(t.cell(1, 1), "一级指标", HT, 12)
    set_cell(t.cell(1, 2), "二级指标", HT, 12)
    m = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(m, "评价内容", HT, 12)
    for c, txt in ((0, "序号"), (3, "分值"), (4, "评分标准")):
        m = t.cell(0, c).merge(t.cell(1, c))
        set_cell(m, txt, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "评价内容／一级指标", "评价内容／二级指标", "分值", "评分标准"]
    rows = [
        ["1", "区域基础", "规划面积与空间布局", "10", "四至范围清晰、规划面积5平方公里以上得6分，每增加5平方公里加1分，最高10分"],
        ["2", "区域基础", "外贸进出口额", "15", "2025年进出口额30亿元得8分，每增加10亿元加1分，最高15分"],
        ["3", "区域基础", "实际使用外资", "10", "3000万美元得5分，每增加1000万美元加1分，最高10分"],
        ["4", "产业发展", "主导产业集聚度", "15", "主导产业产值占区域规上工业总产值比重50%以上得15分，40%—50%得10分，40%以下得5分"],
        ["5", "产业发展", "面向东盟合作", "10", "与东盟国家开展跨境产业链合作项目每个得2分，最高10分"],
        ["6", "改革创新", "复制推广改革试点经验", "15", "复制推广30项得8分，每增加5项加1分，最高15分"],
        ["7", "改革创新", "拟开展制度创新事项", "15", "根据创新性、可行性由专家评分"],
        ["8", "保障机制", "组织领导与资金保障", "10", "按照领导小组、专项资金、合作协议落实情况评分"],
    ]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 11, line=18,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 4 else WD_ALIGN_PARAGRAPH.CENTER)
        cl1.append(row_clause(hdr, row))
    for (r1, r2, v) in ((2, 4, "区域基础"), (5, 6, "产业发展"), (7, 8, "改革创新")):
        m = t.cell(r1, 1).merge(t.cell(r2, 1))
        set_cell(m, v, FS, 11, line=18)
    col_widths(t, [1.3, 2.0, 3.6, 1.2, 7.5])
    n = "注：评价总分70分以上的，方可列入拟认定名单。"
    cl1.append(n)
    add_par(doc, [(n, FS, 12, False)], indent=False, line=22, before=6)

    banji(doc, "抄送：自治区人民政府办公厅，自治区发展改革委、财政厅、自然资源厅，南宁海关。",
          "广西壮族自治区商务厅办公室", "2026年4月20日印发", gap=1)

    # ------------------------------------------------------------ B2 (separate notice)
    cl2 = []
    letter_head("桂商自贸函〔2026〕27号", new_page=True)
    p = doc.add_paragraph()
    font(p.add_run("广西壮族自治区商务厅关于延长第二批"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("中国（广西）自由贸易试验区联动创新区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("申报时间的补充通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，中国（广西）自由贸易试验区南宁、钦州港、崇左片区管委会：",
            indent=False)
    body("《广西壮族自治区商务厅关于组织申报第二批中国（广西）自由贸易试验区联动创新区的通知》（桂商自贸函〔2026〕21号）印发后，各地积极组织申报。根据部分设区市反映，为进一步提高申报质量，经研究，现将有关事项补充通知如下：", cl2)
    body("一、申报截止时间由2026年5月29日延长至2026年6月19日。", cl2)
    body("二、已报送申报材料的设区市，可在截止时间前对申报材料进行补充完善，并重新报送电子版。", cl2)
    body("三、其他事项仍按桂商自贸函〔2026〕21号文件执行。", cl2)
    add_par(doc, "特此通知。")
    empty(doc, 2)
    add_par(doc, " " * 32 + "广西壮族自治区商务厅", indent=False)
    add_par(doc, " " * 36 + "2026年5月22日", indent=False)
    banji(doc, "抄送：自治区人民政府办公厅，自治区发展改革委。",
          "广西壮族自治区商务厅办公室", "2026年5月22日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    rec = ["各设区市商务局", "中国（广西）自由贸易试验区南宁、钦州港、崇左片区管委会"]
    expected[stem] = [
        {"meta": {
            "title": "广西壮族自治区商务厅关于组织申报第二批中国（广西）自由贸易试验区联动创新区的通知",
            "doc_number": "桂商自贸函〔2026〕21号",
            "issuer": ["广西壮族自治区商务厅"],
            "date": "2026-04-20",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["联动创新区申报条件评价指标表"],
            "doc_type": "通知",
            "recipients": rec,
            "publicity": None,
            "repeals": None},
         "clauses": cl1},
        {"meta": {
            "title": "广西壮族自治区商务厅关于延长第二批中国（广西）自由贸易试验区联动创新区申报时间的补充通知",
            "doc_number": "桂商自贸函〔2026〕27号",
            "issuer": ["广西壮族自治区商务厅"],
            "date": "2026-05-22",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": rec,
            "publicity": None,
            "repeals": None},
         "clauses": cl2},
    ]
    return path


# =================================================================== DOC C
def doc_henan():
    """河南省商务厅 河南省发展改革委 联合印发 联动创新区认定管理办法（章、条）."""
    stem = "blind883_henan_banfa"
    doc = Document()
    setup(doc)
    clauses = []

    # joint 红头: layout table, organ names left, "文件" right (merged)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "河南省商务厅", XBS, 28, color=RED, line=40,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    set_cell(t.cell(1, 0), "河南省发展和改革委员会", XBS, 28, color=RED, line=40,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 40, color=RED, line=50)
    col_widths(t, [11.6, 4.0])
    empty(doc, 1)
    p = add_par(doc, "豫商自贸〔2026〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for t_ in ("河南省商务厅　河南省发展和改革委员会",
               "关于印发中国（河南）自由贸易试验区",
               "联动创新区认定管理办法的通知"):
        add_par(doc, [(t_, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各省辖市商务局、发展改革委，济源示范区、郑州航空港经济综合实验区经济发展局，中国（河南）自由贸易试验区各片区管委会：", indent=False)
    b = "现将《中国（河南）自由贸易试验区联动创新区认定管理办法》印发给你们，请认真贯彻执行。执行中遇到的问题，请及时向省商务厅（省自贸办）反馈。"
    clauses.append(b)
    add_par(doc, b)
    empty(doc, 1)
    # 落款: two organs on one line aligned with tab stops
    p = add_par(doc, [("\t河南省商务厅\t河南省发展和改革委员会", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.6), 0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(14.8), 2)
    add_par(doc, [("\t2026年2月26日", FS, 16, False)], indent=False).paragraph_format \
        .tab_stops.add_tab_stop(Cm(14.2), 2)
    add_par(doc, "（此件主动公开）")

    # 办法 on new page
    page_break(doc)
    add_par(doc, [("中国（河南）自由贸易试验区联动创新区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("认定管理办法", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def chapter(t_):
        add_par(doc, [(t_, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, before=6, after=6)

    def article(no, text, items=()):
        clauses.append(no + "　" + text + "".join(items))
        add_par(doc, [(no, HT, 16, False), ("　" + text, FS, 16, False)])
        for it in items:
            add_par(doc, it)

    chapter("第一章　总　　则")
    article("第一条", "为规范中国（河南）自由贸易试验区（以下简称河南自贸试验区）联动创新区认定和管理工作，根据《中国（河南）自由贸易试验区条例》等有关规定，制定本办法。")
    article("第二条", "本办法所称联动创新区，是指在河南自贸试验区郑州、开封、洛阳片区以外，经省人民政府同意、由省自由贸易试验区工作领导小组办公室（以下简称省自贸办）认定，与河南自贸试验区联动开展改革试点、复制推广创新成果的区域。")
    article("第三条", "联动创新区建设坚持错位发展、动态管理的原则，服务郑州—卢森堡“空中丝绸之路”等共建“一带一路”开放通道建设。")
    chapter("第二章　申报条件")
    article("第四条", "申报联动创新区应当具备下列条件：", (
        "（一）为经国务院或者省人民政府批准设立的开发区、综合保税区等功能区，或者其中的部分区域，四至范围清晰；",
        "（二）主导产业突出，2025年营业收入不低于200亿元，外贸进出口额不低于20亿元；",
        "（三）已复制推广河南自贸试验区改革试点经验不少于40项；",
        "（四）所在省辖市人民政府建立联动创新区建设推进机制，并提供必要的政策、资金和人员保障。"))
    article("第五条", "有下列情形之一的，不予认定：", (
        "（一）近三年内发生重大安全生产事故、重大生态环境破坏事件或者重大群体性事件的；",
        "（二）存在违规举债、违法用地等问题且尚未整改到位的；",
        "（三）申报材料弄虚作假的。"))
    chapter("第三章　认定程序")
    article("第六条", "联动创新区认定按照下列程序进行：", (
        "（一）申报。由省辖市人民政府向省自贸办提出申请，每个省辖市每批次申报数量不超过2个。",
        "（二）评审。省自贸办会同省发展改革委等部门组织专家对申报材料进行评审，必要时开展实地核查。",
        "（三）公示。拟认定名单在省商务厅门户网站公示，公示期不少于5个工作日。",
        "（四）认定。公示无异议的，报省人民政府同意后，由省自贸办发文公布。"))
    article("第七条", "联动创新区名称统一规范为“中国（河南）自由贸易试验区××联动创新区”。")
    chapter("第四章　建设管理")
    article("第八条", "联动创新区所在省辖市人民政府是建设责任主体，应当制定联动创新区建设方案，明确建设目标、重点任务和保障措施，并于认定后3个月内报省自贸办备案。")
    article("第九条", "省自贸办每年组织开展联动创新区建设评估，评估结果分为优秀、良好、合格、不合格四个等次。")
    article("第十条", "对评估结果为优秀的联动创新区，省商务厅、省发展改革委在项目申报、资金安排、试点示范等方面予以优先支持。对评估结果为不合格的，责令限期整改；连续两年评估结果为不合格或者整改不到位的，报省人民政府同意后撤销认定。")
    chapter("第五章　附　　则")
    article("第十一条", "本办法由省商务厅、省发展改革委负责解释。")
    article("第十二条", "本办法自2026年4月1日起施行，有效期至2031年3月31日。《中国（河南）自由贸易试验区联动创新区认定管理暂行办法》（豫商自贸〔2021〕12号）同时废止。")

    banji(doc, "抄送：省人民政府办公厅，郑州海关，省财政厅、自然资源厅、统计局。",
          "河南省商务厅办公室", "2026年2月27日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "河南省商务厅　河南省发展和改革委员会关于印发中国（河南）自由贸易试验区联动创新区认定管理办法的通知",
            "doc_number": "豫商自贸〔2026〕5号",
            "issuer": ["河南省商务厅", "河南省发展和改革委员会"],
            "date": "2026-02-26",
            "published": None,
            "level": "provincial",
            "region": "河南省",
            "effective": "2026-04-01",
            "expires": "2031-03-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各省辖市商务局、发展改革委",
                           "济源示范区、郑州航空港经济综合实验区经济发展局",
                           "中国（河南）自由贸易试验区各片区管委会"],
            "publicity": "此件主动公开",
            "repeals": "《中国（河南）自由贸易试验区联动创新区认定管理暂行办法》（豫商自贸〔2021〕12号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_guangxi(), doc_henan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
