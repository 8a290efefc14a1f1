# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1011: 一带一路项目 可行性研究报告 / 项目建议书 (设计院 → 省级发改委).

Writes three Word files, their PDFs (LibreOffice) and expected.json into
this script's directory.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
SP = "\u3000"

expected = {}


# ------------------------------------------------------------------ helpers
def font(run, name=SONG, size=12, bold=False, color=None, scale=None):
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
    if scale is not None:
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    return run


def par(doc, runs, align=J, first=None, line=None, before=0, after=0,
        left=None, right=None, name=SONG, size=12, bold=False):
    """runs: str or list of (text, font, size, bold[, color[, scale]])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, name, size, bold)]
    for r in runs:
        text, fn, sz, b = r[:4]
        col = r[4] if len(r) > 4 else None
        sc = r[5] if len(r) > 5 else None
        font(p.add_run(text), fn, sz, b, col, sc)
    p.alignment = align
    pf = p.paragraph_format
    if line is not None:
        pf.line_spacing = line if isinstance(line, float) else Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    return p


def border(p, side="bottom", color="000000", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def blank(doc, n=1, line=None, size=12, name=SONG):
    for _ in range(n):
        p = doc.add_paragraph()
        font(p.add_run(""), name, size)
        if line:
            p.paragraph_format.line_spacing = Pt(line)
        p.paragraph_format.space_after = Pt(0)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.space_after = Pt(0)


def field(p, code, name=SONG, size=10.5):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), code)))
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def page_setup(sec, top=2.54, bottom=2.54, left=3.0, right=2.6):
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(top), Cm(bottom)
    sec.left_margin, sec.right_margin = Cm(left), Cm(right)


def normal_style(doc, name=SONG, size=12):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), name)
    st.paragraph_format.space_after = Pt(0)


def set_cell(cell, text, name=SONG, size=10.5, bold=False, align=C, line=16):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def widths(table, cms):
    """set cell widths and the table grid (LibreOffice reads w:tblGrid)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_clause(headers, values):
    """header：value pairs; empty cells are left out."""
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values) if v != "")


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1011", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pg_restart(sec, start=1):
    sp = sec._sectPr
    for old in sp.findall(qn("w:pgNumType")):
        sp.remove(old)
    el = parse_xml('<w:pgNumType %s w:start="%d"/>' % (nsdecls("w"), start))
    cols = sp.find(qn("w:cols"))
    if cols is not None:
        cols.addprevious(el)
    else:
        sp.append(el)


# ============================================================ DOC A 云南 可研
def doc_yunnan():
    stem = "blind1011_yn_kybg"
    doc = Document()
    normal_style(doc, SONG, 12)
    sec0 = doc.sections[0]
    page_setup(sec0)
    clauses = []
    PROJ = "中老铁路（昆明）国际陆港多式联运物流中心项目"

    # ---------------- cover (section 1, no header / footer)
    par(doc, "工程编号：DZY-2025-KY-0386", align=R, name=SONG, size=10.5)
    blank(doc, 5)
    t_lines = ["中老铁路（昆明）国际陆港多式联运", "物流中心项目", "可行性研究报告"]
    for tl in t_lines:
        par(doc, [(tl, XBS, 26, False)], align=C, line=44)
    blank(doc, 1)
    par(doc, [("（报　批　稿）", KT, 16, False)], align=C, line=30)
    blank(doc, 6)
    # cover fields in a borderless layout table
    cov = doc.add_table(rows=4, cols=2)
    cov.alignment = WD_TABLE_ALIGNMENT.CENTER
    fields = [("报　　送：", "云南省发展和改革委员会"),
              ("委托单位：", "昆明国际陆港投资开发有限公司"),
              ("编制单位：", "云南滇中工程咨询设计研究院有限公司"),
              ("编制日期：", "2025年11月20日")]
    for i, (k, v) in enumerate(fields):
        set_cell(cov.rows[i].cells[0], k, HT, 14, align=R, line=30)
        set_cell(cov.rows[i].cells[1], v, SONG, 14, align=L, line=30)
    widths(cov, [3.4, 9.6])
    blank(doc, 3)
    par(doc, "工程咨询单位甲级资信证书编号：甲012025010386", align=C, size=10.5)

    # ---------------- 目录 page
    page_break(doc)
    par(doc, [("目" + SP * 2 + "录", HT, 18, False)], align=C, line=40, after=12)
    toc = [("1" + SP + "总论", 1, False), ("1.1" + SP + "项目概况", 1, True),
           ("1.2" + SP + "编制依据", 2, True),
           ("2" + SP + "项目建设必要性", 2, False),
           ("3" + SP + "投资估算与资金筹措", 3, False), ("3.1" + SP + "投资估算", 3, True),
           ("3.2" + SP + "资金筹措", 4, True),
           ("4" + SP + "结论与建议", 4, False)]
    for txt, pg, sub in toc:
        p = par(doc, [(txt, SONG if sub else HT, 12, False), ("\t%d" % pg, SONG, 12, False)],
                align=L, line=26, left=Cm(0.85) if sub else None)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT,
                                                  WD_TAB_LEADER.DOTS)
    blank(doc, 2)
    note = ("说明：本文本为《中老铁路（昆明）国际陆港多式联运物流中心项目可行性研究报告》节选本，"
            "仅收录总论、项目建设必要性、投资估算与资金筹措、结论与建议等章节，其余章节另册装订。")
    par(doc, [(note, KT, 12, False)], line=22, first=Pt(24))
    clauses.append(note)

    # ---------------- body = section 2 with header, footer, numbering restart
    sec1 = doc.add_section(WD_SECTION_START.NEW_PAGE)
    sec1.header.is_linked_to_previous = False
    sec1.footer.is_linked_to_previous = False
    pg_restart(sec1, 1)
    hp = sec1.header.paragraphs[0]
    font(hp.add_run(PROJ + "可行性研究报告"), SONG, 9)
    hp.alignment = R
    border(hp, "bottom", "000000", 6, 1)
    fp = sec1.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("第 "), SONG, 10.5)
    field(fp, "PAGE")
    font(fp.add_run(" 页"), SONG, 10.5)

    LS = 20  # fixed 20pt line spacing, 小四

    def h1(t):
        par(doc, [(t, HT, 16, False)], align=L, line=30, before=12, after=6)

    def h2(t):
        par(doc, [(t, HT, 14, False)], align=L, line=26, before=6, after=3)

    def h3(t):
        par(doc, [(t, HT, 12, False)], align=L, line=LS, before=3)

    def body(t):
        par(doc, t, line=LS, first=Pt(24))
        clauses.append(t)

    def item(num, head, t):
        par(doc, [(num, SONG, 12, False), (head, SONG, 12, True), (t, SONG, 12, False)],
            line=LS, first=Pt(24))
        clauses.append(num + head + t)

    def caption(t):
        par(doc, [(t, HT, 10.5, False)], align=C, line=20, before=6, after=2)

    h1("1" + SP + "总论")
    h2("1.1" + SP + "项目概况")
    h3("1.1.1" + SP + "项目基本情况")
    body("中老铁路（昆明）国际陆港多式联运物流中心项目（以下简称“本项目”）位于昆明市官渡区王家营片区，"
         "紧邻中老铁路王家营西站，是《云南省“十四五”综合交通运输发展规划》确定的重点物流枢纽项目，"
         "也是昆明陆港型国家物流枢纽的核心承载项目。本项目依托中老铁路国际货运通道，建设集铁路集装箱装卸、"
         "多式联运、海关监管、国际分拨和冷链物流于一体的综合性物流中心。项目基本情况见表1-1。")
    caption("表1-1" + SP + "项目概况表")
    rows = [("项目名称", PROJ),
            ("项目建设单位", "昆明国际陆港投资开发有限公司"),
            ("项目性质", "新建"),
            ("建设地点", "云南省昆明市官渡区王家营片区，中老铁路王家营西站东侧"),
            ("建设规模", "规划总用地面积1260亩，总建筑面积38.6万平方米，设计年作业能力集装箱60万标准箱、"
                         "货物吞吐量1200万吨"),
            ("主要建设内容", "铁路装卸作业区、多式联运集装箱堆场及道路、海关监管作业场所、国际分拨仓储区、"
                             "冷链物流区及综合服务配套设施"),
            ("建设工期", "36个月（2026年3月—2029年2月）"),
            ("项目总投资", "286515万元"),
            ("资金来源", "项目资本金85955万元（占30%），银行贷款200560万元")]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (k, v) in enumerate(rows):
        set_cell(t.rows[i].cells[0], k, SONG, 10.5, True)
        set_cell(t.rows[i].cells[1], v, SONG, 10.5, align=L)
        clauses.append("%s：%s" % (k, v))
    widths(t, [3.2, 12.2])
    blank(doc, 1, line=10)
    h2("1.2" + SP + "编制依据")
    item("（1）", "", "《国家综合立体交通网规划纲要》；")
    item("（2）", "", "《“十四五”现代物流发展规划》（国办发〔2022〕17号）；")
    item("（3）", "", "《云南省“十四五”综合交通运输发展规划》；")
    item("（4）", "", "《昆明市国土空间总体规划（2021—2035年）》；")
    item("（5）", "", "《建设项目经济评价方法与参数》（第三版）；")
    item("（6）", "", "委托单位提供的项目基础资料及委托书。")

    h1("2" + SP + "项目建设必要性")
    h2("2.1" + SP + "服务共建“一带一路”和辐射中心建设的需要")
    body("云南是我国面向南亚东南亚开放的前沿和窗口。中老铁路开通运营以来，国际货物运输量持续快速增长，"
         "已成为连接我国与东盟国家的重要国际物流大通道。建设本项目，有利于发挥中老铁路通道作用，"
         "推动“中老铁路+中欧班列”“中老铁路+西部陆海新通道”等多式联运模式发展，"
         "加快建设面向南亚东南亚辐射中心。")
    h2("2.2" + SP + "破解现有货场能力瓶颈的需要")
    body("据预测，王家营西站集装箱到发量2030年将达到46万标准箱，2035年将达到63万标准箱，"
         "而现有货场设计作业能力仅为18万标准箱/年，且缺少海关监管作业场所和冷链设施，"
         "已难以满足中老铁路跨境货物快速增长的需要。建设本项目十分必要且紧迫。")

    h1("3" + SP + "投资估算与资金筹措")
    h2("3.1" + SP + "投资估算")
    h3("3.1.1" + SP + "估算范围及依据")
    body("本次投资估算范围包括铁路装卸作业区、多式联运集装箱堆场及道路、海关监管作业场所、国际分拨仓储区、"
         "冷链物流区、综合服务配套设施等工程费用，以及工程建设其他费用、基本预备费、建设期利息和铺底流动资金。"
         "估算依据《建设项目投资估算编审规程》（CECA/GC 1-2015）、云南省现行建设工程计价依据及"
         "2025年第三季度昆明地区材料价格信息编制。")
    h3("3.1.2" + SP + "估算结果")
    body("经估算，本项目总投资286515万元，其中：工程费用218320万元，工程建设其他费用36875万元，"
         "基本预备费12760万元，建设期利息15360万元，铺底流动资金3200万元。详见表3-1。")
    caption("表3-1" + SP + "项目投资估算汇总表")
    par(doc, [("单位：万元", SONG, 10.5, False)], align=R, line=18)
    sub = ["建筑工程费", "设备购置费", "安装工程费", "其他费用", "合计"]
    keys = ["序号", "工程或费用名称"] + ["估算金额／" + s for s in sub] + ["占总投资比例（%）"]
    data = [
        ["一", "工程费用", "153220", "53690", "11410", "—", "218320", "76.20"],
        ["1", "铁路装卸作业区", "32650", "18420", "3680", "—", "54750", "19.11"],
        ["2", "多式联运集装箱堆场及道路", "41860", "6250", "1240", "—", "49350", "17.22"],
        ["3", "海关监管作业场所", "18740", "7960", "1520", "—", "28220", "9.85"],
        ["4", "国际分拨仓储区", "39580", "9860", "2130", "—", "51570", "18.00"],
        ["5", "冷链物流区", "14250", "10380", "2460", "—", "27090", "9.46"],
        ["6", "综合服务配套设施", "6140", "820", "380", "—", "7340", "2.56"],
        ["二", "工程建设其他费用", "—", "—", "—", "36875", "36875", "12.87"],
        ["三", "基本预备费", "—", "—", "—", "12760", "12760", "4.45"],
        ["四", "建设期利息", "—", "—", "—", "15360", "15360", "5.36"],
        ["五", "铺底流动资金", "—", "—", "—", "3200", "3200", "1.12"],
        ["", "合计", "153220", "53690", "11410", "68195", "286515", "100.00"],
    ]
    # sanity: arithmetic of the table
    num = lambda s: 0 if s in ("—", "") else int(s)
    for r in data:
        assert sum(num(x) for x in r[2:6]) == int(r[6]), r
    assert sum(int(r[6]) for r in data[1:7]) == int(data[0][6])
    assert sum(int(r[6]) for r in data if r[0] in "一二三四五" and r[0]) == 286515
    t = doc.add_table(rows=2 + len(data), cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci in (0, 1, 7):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, ["序号", "工程或费用名称", "", "", "", "", "", "占总投资比例（%）"][ci], HT, 9)
    m = t.cell(0, 2).merge(t.cell(0, 6))
    set_cell(m, "估算金额", HT, 9)
    for i, s in enumerate(sub):
        set_cell(t.cell(1, 2 + i), s, HT, 9)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, r in enumerate(data, 2):
        for ci, v in enumerate(r):
            set_cell(t.cell(ri, ci), v, SONG, 9, bold=(r[0] in ("一", "二", "三", "四", "五")
                                                            and r[0] != "") or r[1] == "合计",
                     align=L if ci == 1 else C)
        clauses.append(row_clause(keys, r))
    widths(t, [1.0, 4.0, 1.75, 1.75, 1.75, 1.6, 1.75, 1.8])
    n1 = "注：工程建设其他费用中含土地使用权费22680万元；基本预备费按工程费用与工程建设其他费用之和的5%计取。"
    par(doc, [(n1, SONG, 10.5, False)], line=18, before=3)
    clauses.append(n1)
    h2("3.2" + SP + "资金筹措")
    body("本项目总投资286515万元。项目资本金85955万元，占总投资的30%，由昆明国际陆港投资开发有限公司"
         "以自有资金出资，并拟申请中央预算内投资补助20000万元；其余200560万元拟申请国家开发银行"
         "云南省分行等金融机构长期贷款，贷款期限20年（含宽限期3年）。")

    h1("4" + SP + "结论与建议")
    h2("4.1" + SP + "结论")
    body("本项目符合国家和云南省综合交通运输、现代物流发展规划及昆明市国土空间总体规划，建设条件较好，"
         "技术方案可行，经济效益和社会效益显著。经测算，项目全部投资财务内部收益率（税后）为6.12%，"
         "投资回收期（税后，含建设期）为15.8年，各项指标满足行业基准要求。"
         "综上，本项目建设是必要的，方案是可行的。")
    h2("4.2" + SP + "建议")
    item("（1）", "加快推进前期工作。", "建议委托单位尽快办理用地预审、环境影响评价、节能审查等前期手续，"
         "力争2026年3月开工建设。")
    item("（2）", "积极争取政策支持。", "建议将本项目纳入国家物流枢纽建设项目储备库，"
         "积极争取中央预算内投资和地方政府专项债券支持。")
    item("（3）", "强化通关协同。", "建议与昆明海关提前对接海关监管作业场所设置和验收事宜，"
         "同步推进“智慧口岸”信息系统建设。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": PROJ + "可行性研究报告",
            "doc_number": None,
            "issuer": ["云南滇中工程咨询设计研究院有限公司"],
            "date": "2025-11-20",
            "published": None,
            "level": "other",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "可行性研究报告",
            "recipients": ["云南省发展和改革委员会"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ======================================================= DOC B 新疆 项目建议书
def make_multilevel(doc):
    """Word multilevel list 1 / 1.1 / 1.1.1 for headings (numbers not typed)."""
    numbering = doc.part.numbering_part.element
    aid = 970
    lv = ""
    for i, (txt, sz) in enumerate([("%1", 32), ("%1.%2", 28), ("%1.%2.%3", 24)]):
        lv += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
               '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="space"/>'
               '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
               '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>%s'
               '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>'
               '</w:lvl>' % (i, txt, "<w:b/>" if i == 0 else "", sz, sz))
    absx = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s'
                     '</w:abstractNum>' % (nsdecls("w"), aid, lv))
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


def numpr(p, nid, lvl):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), lvl, nid)))


def doc_xinjiang():
    stem = "blind1011_xj_xmjys"
    doc = Document()
    normal_style(doc, SONG, 12)
    sec = doc.sections[0]
    page_setup(sec, 2.8, 2.5, 2.8, 2.6)
    sec.different_first_page_header_footer = True  # cover has no page number
    fp = sec.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("- "), "Times New Roman", 10.5)
    field(fp, "PAGE", "Times New Roman", 10.5)
    font(fp.add_run(" -"), "Times New Roman", 10.5)
    nid = make_multilevel(doc)
    clauses = []
    TITLE = "中国（新疆）自由贸易试验区喀什片区中亚商品集散分拨中心（一期）项目建议书"

    # ---------------- cover: title with manual line breaks, spaced 文种
    blank(doc, 4)
    p = par(doc, [("中国（新疆）自由贸易试验区喀什片区", XBS, 22, False)], align=C, line=40)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("中亚商品集散分拨中心（一期）"), XBS, 22)
    blank(doc, 1)
    par(doc, [("项 目 建 议 书", HT, 36, True)], align=C, line=60)
    blank(doc, 8)
    # fields aligned with typed spaces
    for k, v in [("建设单位：", "喀什丝路陆港投资发展有限公司"),
                 ("编制单位：", "新疆天山丝路工程咨询设计院有限公司"),
                 ("呈" + SP * 2 + "送：", "新疆维吾尔自治区发展和改革委员会")]:
        par(doc, [(SP * 4 + k, HT, 15, False), (v, FS, 15, False)], align=L, line=34)
    blank(doc, 4)
    par(doc, [("二〇二六年三月十六日", SONG, 16, True)], align=C, line=30)

    # ---------------- 目录 typed by hand with …… dots
    page_break(doc)
    par(doc, [("目" + SP + SP + "录", HT, 18, False)], align=C, line=40, after=10)
    for txt, pg in [("1 总论", 1), ("2 项目建设背景及必要性", 1), ("3 建设方案", 2),
                    ("4 投资估算及资金筹措", 3), ("5 结论与建议", 3)]:
        dots = "…" * (38 - len(txt) * 2 // 2 - 2)
        par(doc, [(txt + dots + str(pg), SONG, 12, False)], align=L, line=28)

    page_break(doc)
    LS = 1.5

    def h(t, lvl):
        size = {0: 16, 1: 14, 2: 12}[lvl]
        p = par(doc, [(t, HT, size, lvl == 0)], align=L, line=LS, before=6 if lvl < 2 else 0)
        numpr(p, nid, lvl)

    def body(t, typed=True):
        # the clerk indents with two full-width spaces instead of first-line indent
        if typed:
            par(doc, SP * 2 + t, line=LS)
        else:
            par(doc, t, line=LS, first=Pt(24))
        clauses.append(t)

    h("总论", 0)
    h("项目概况", 1)
    body("中国（新疆）自由贸易试验区喀什片区中亚商品集散分拨中心（一期）（以下简称“本项目”）拟建于"
         "喀什经济开发区综合保税区东侧，依托中吉乌铁路、喀什国际陆港和红其拉甫、吐尔尕特等口岸，"
         "建设面向中亚、南亚市场的商品展示交易、保税仓储、集散分拨和流通加工平台。项目概况见表1-1。")
    par(doc, [("表1-1 项目概况表", HT, 10.5, False)], align=C, line=20, before=4)
    t = doc.add_table(rows=6, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    quad = [
        ("项目名称", "中国（新疆）自由贸易试验区喀什片区中亚商品集散分拨中心（一期）", None, None),
        ("建设单位", "喀什丝路陆港投资发展有限公司", "建设性质", "新建"),
        ("建设地点", "喀什经济开发区综合保税区东侧", "建设工期", "24个月"),
        ("用地面积", "约420亩", "总建筑面积", "16.8万平方米"),
        ("总投资", "75891万元", "资金来源", "中央预算内投资、地方政府专项债券、银行贷款及企业自筹"),
        ("主要建设内容", "中亚商品展示交易中心、保税仓储区、非保税仓储区、分拨加工区、综合服务楼及"
                         "集装箱堆场等配套设施", None, None),
    ]
    for ri, (k1, v1, k2, v2) in enumerate(quad):
        set_cell(t.cell(ri, 0), k1, HT, 10.5)
        if k2 is None:
            m = t.cell(ri, 1).merge(t.cell(ri, 3))
            set_cell(m, v1, SONG, 10.5, align=L)
            clauses.append("%s：%s" % (k1, v1))
        else:
            set_cell(t.cell(ri, 1), v1, SONG, 10.5, align=L)
            set_cell(t.cell(ri, 2), k2, HT, 10.5)
            set_cell(t.cell(ri, 3), v2, SONG, 10.5, align=L)
            clauses.append("%s：%s；%s：%s" % (k1, v1, k2, v2))
    widths(t, [2.6, 5.2, 2.4, 5.4])
    blank(doc, 1, line=8)
    h("编制依据", 1)
    body("本项目建议书依据《中国（新疆）自由贸易试验区总体方案》、《新疆维吾尔自治区国民经济和社会发展"
         "第十四个五年规划和2035年远景目标纲要》、《喀什经济开发区国土空间规划（2021-2035年）》"
         "以及建设单位提供的基础资料编制。")

    h("项目建设背景及必要性", 0)
    h("建设背景", 1)
    body("2023年11月，中国（新疆）自由贸易试验区正式挂牌，喀什片区是其三个片区之一。2024年12月，"
         "中吉乌铁路项目正式开工建设，建成后将形成我国经中亚通往西亚、南欧的又一条国际物流通道。"
         "2025年，喀什地区对中亚五国进出口额达到386.2亿元，同比增长17.4%，外贸规模持续扩大。")
    h("建设必要性", 1)
    h("打造向西开放枢纽的需要", 2)
    body("喀什是我国向西开放的重要门户。建设本项目，有利于发挥喀什“五口通八国、一路连欧亚”的区位优势，"
         "推动形成“东联西出、西来东去”的商品集散格局，服务丝绸之路经济带核心区建设。")
    h("补齐商贸物流设施短板的需要", 2)
    body("目前，喀什经济开发区现有公共仓储面积不足6万平方米，且以普通仓库为主，缺少标准化的保税仓储、"
         "集中展示交易和分拨加工设施，中亚商品“进得来、分不出”问题较为突出。建设本项目是完善片区功能、"
         "提升通道经济效益的迫切需要。", typed=False)

    h("建设方案", 0)
    h("建设规模和内容", 1)
    body("本项目规划用地面积约420亩，总建筑面积16.8万平方米，主要建设中亚商品展示交易中心3.2万平方米、"
         "保税仓储区6.5万平方米、非保税仓储区3.8万平方米、分拨加工区2.1万平方米、综合服务楼1.2万平方米，"
         "以及集装箱堆场、道路、给排水、供电、消防等配套设施。")
    h("建设进度安排", 1)
    body("本项目建设期24个月，计划于2026年7月开工建设，2028年6月建成并投入运营。")

    h("投资估算及资金筹措", 0)
    h("投资估算", 1)
    body("参照同类项目造价指标和喀什地区现行建设工程计价依据估算，本项目总投资75891万元，详见表4-1。")
    p = par(doc, [("表4-1  投资估算表", HT, 10.5, False), ("\t单位：万元", SONG, 10.5, False)],
            align=L, line=20, before=4)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(6.2), WD_TAB_ALIGNMENT.LEFT)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    # clerk centres the caption with a leading tab-ish run of spaces
    p.runs[0].text = "                          表4-1  投资估算表"
    head = ["序号", "工程或费用名称", "投资估算", "占总投资比例（%）", "备注"]
    data = [
        ["1", "建筑工程费", "42680", "56.24", "含展示交易中心、仓储区、分拨加工区等"],
        ["2", "设备购置费", "15340", "20.21", "含装卸、仓储、信息化设备"],
        ["3", "安装工程费", "2870", "3.78", ""],
        ["4", "工程建设其他费用", "8960", "11.81", "含土地费用5120万元"],
        ["5", "基本预备费", "4191", "5.52", "按1～4项之和的6%计列"],
        ["6", "建设期利息", "1850", "2.44", ""],
        ["", "合计", "75891", "100.00", ""],
    ]
    assert sum(int(r[2]) for r in data[:-1]) == 75891
    assert round(sum(float(r[3]) for r in data[:-1]), 2) == 100.00
    t = doc.add_table(rows=1 + len(data), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, hd in enumerate(head):
        set_cell(t.cell(0, ci), hd, HT, 10.5)
    repeat_header(t.rows[0])
    for ri, r in enumerate(data, 1):
        for ci, v in enumerate(r):
            set_cell(t.cell(ri, ci), v, SONG, 10.5, align=L if ci in (1, 4) else C)
        clauses.append(row_clause(head, r))
    widths(t, [1.2, 4.0, 2.2, 2.8, 5.4])
    blank(doc, 1, line=8)
    h("资金筹措", 1)
    body("本项目拟通过多渠道筹措建设资金：申请中央预算内投资8000万元，申请地方政府专项债券30000万元，"
         "申请银行贷款25000万元，建设单位自筹12891万元。")
    assert 8000 + 30000 + 25000 + 12891 == 75891

    h("结论与建议", 0)
    h("结论", 1)
    body("本项目符合国家向西开放战略和新疆自贸试验区建设方向，市场前景良好，建设条件基本具备，投资估算基本合理，"
         "资金筹措方案可行，项目建设是必要的、可行的。建议尽快批准本项目建议书，开展可行性研究工作。")
    h("建议", 1)
    body("一是建议将本项目列入自治区重大项目储备库，给予专项债券额度倾斜；二是建议加强与乌鲁木齐海关的沟通衔接，"
         "同步谋划综合保税区围网扩区相关工作；三是建议建设单位加快开展项目招商，"
         "引进有经验的物流运营商参与项目建设运营。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": TITLE,
            "doc_number": None,
            "issuer": ["新疆天山丝路工程咨询设计院有限公司"],
            "date": "2026-03-16",
            "published": None,
            "level": "other",
            "region": "新疆维吾尔自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "项目建议书",
            "recipients": ["新疆维吾尔自治区发展和改革委员会"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ============================================ DOC C 钦州 请示 + 项目建议书(节选)
def doc_qinzhou():
    stem = "blind1011_qz_qingshi"
    doc = Document()
    normal_style(doc, FS, 16)
    sec = doc.sections[0]
    page_setup(sec, 3.7, 3.5, 2.8, 2.6)
    fp = sec.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    field(fp, "PAGE", SONG, 14)
    font(fp.add_run(" —"), SONG, 14)
    clauses = []
    PJ = "中国—东盟（钦州）冷链物流产业园"
    LS = 26  # clerk squeezed the line spacing from 28 to 26 so the 落款 stays on page 2

    def body(t):
        par(doc, t, name=FS, size=16, line=LS, first=Pt(32))
        clauses.append(t)

    def hd(t):
        par(doc, [(t, HT, 16, False)], line=LS, first=Pt(32))

    # ---------------- 版头
    par(doc, [("特急", HT, 16, False)], align=L, line=LS)
    par(doc, [("钦州市发展和改革委员会文件", XBS, 34, False, RED, 80)], align=C, line=56)
    blank(doc, 1, line=LS, size=16, name=FS)
    p = par(doc, [("钦发改报〔2026〕17号", FS, 16, False), ("\t签发人：", FS, 16, False),
                  ("黄志明", KT, 16, False)], align=L, line=LS, left=Pt(16))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "FF0000", 18, 8)
    blank(doc, 1, line=LS, size=16, name=FS)
    # title: two lines in one paragraph (Shift+Enter) + a stray third paragraph
    p = par(doc, [("钦州市发展和改革委员会关于报送", XBS, 22, False)], align=C, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("中国—东盟（钦州）冷链物流产业园项目"), XBS, 22)
    par(doc, [("建议书的请示", XBS, 22, False)], align=C, line=36)
    blank(doc, 1, line=20, size=16, name=FS)
    par(doc, "自治区发展改革委：", name=FS, size=16, line=LS, align=L)

    body("为贯彻落实《西部陆海新通道总体规划》和自治区关于加快建设西部陆海新通道核心区的部署要求，"
         "我委组织广西北部湾交通规划勘察设计研究院有限公司编制完成了《中国—东盟（钦州）冷链物流产业园项目建议书》。"
         "经市人民政府同意，现将有关情况请示如下：")
    hd("一、项目基本情况")
    body("中国—东盟（钦州）冷链物流产业园项目位于中国（广西）自由贸易试验区钦州港片区，"
         "建设单位为钦州港片区开发投资集团有限责任公司。项目规划用地面积约310亩，总建筑面积约19.6万平方米，"
         "主要建设冷库（设计库容18万吨）、冷链加工车间、综合交易中心及配套设施，项目总投资91788万元，建设期2年。")
    hd("二、项目建设的必要性")
    body("近年来，钦州港东盟水果、冻品等冷链货物进口量快速增长，2025年钦州港冷链集装箱吞吐量达到21.6万标准箱，"
         "同比增长23.5%，但港区现有冷库库容仅6.5万吨，冷链仓储能力严重不足。项目建成后，"
         "将有效补齐西部陆海新通道冷链物流设施短板，助力打造面向东盟的冷链物流枢纽。")
    hd("三、请示事项")
    body("项目建议书已经我委组织专家评审，并按专家意见修改完善，环境影响评价等前期工作正在有序推进。恳请贵委批准本项目建议书，并支持将本项目纳入"
         "自治区层面统筹推进的重大项目清单，在中央预算内投资和地方政府专项债券安排上给予倾斜支持。")
    par(doc, "妥否，请批示。", name=FS, size=16, line=LS, first=Pt(32))
    blank(doc, 1, line=LS, size=16, name=FS)
    ATT1 = PJ + "项目建议书（节选）"
    ATT2 = PJ + "项目前期工作进展情况表"
    par(doc, "附件：1．" + ATT1, name=FS, size=16, line=LS, first=Pt(32))
    # second line aligned under the first with typed full-width spaces
    par(doc, SP * 5 + "2．" + ATT2, name=FS, size=16, line=LS)
    blank(doc, 1, line=LS, size=16, name=FS)
    par(doc, "钦州市发展和改革委员会", name=FS, size=16, line=LS, align=R, right=Pt(48))
    par(doc, "2026年4月9日", name=FS, size=16, line=LS, align=R, right=Pt(72))
    blank(doc, 1, line=LS, size=16, name=FS)
    par(doc, "（联系人：陆海燕，联系电话：0777-2826153）", name=FS, size=16, line=LS, first=Pt(32))

    # ---------------- 附件1 on its own page
    page_break(doc)
    par(doc, [("附件1", HT, 16, False)], align=L, line=LS)
    blank(doc, 1, line=LS, size=16, name=FS)
    par(doc, [(PJ, XBS, 22, False)], align=C, line=36)
    par(doc, [("项目建议书（节选）", XBS, 22, False)], align=C, line=36)
    blank(doc, 1, line=20)
    par(doc, [("编制单位：广西北部湾交通规划勘察设计研究院有限公司", KT, 16, False)], align=C, line=LS)
    par(doc, [("编制时间：2026年3月", KT, 16, False)], align=C, line=LS)
    blank(doc, 1, line=LS, size=16, name=FS)

    def h1(t):
        par(doc, [(t, HT, 16, False)], align=L, line=LS)

    def h2(t):
        par(doc, [(t, KT, 16, True)], align=L, line=LS)

    h1("1" + SP + "项目概况")
    h2("1.1" + SP + "项目基本情况")
    gk = [("项目名称", PJ),
          ("建设单位", "钦州港片区开发投资集团有限责任公司"),
          ("建设地点", "中国（广西）自由贸易试验区钦州港片区大榄坪南作业区后方陆域"),
          ("建设性质", "新建"),
          ("建设规模", "规划用地面积约310亩，总建筑面积约19.6万平方米，冷库设计库容18万吨"),
          ("建设工期", "24个月"),
          ("总投资", "91788万元")]
    t = doc.add_table(rows=1 + len(gk), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "项目", HT, 12, line=20)
    set_cell(t.cell(0, 1), "内容", HT, 12, line=20)
    for i, (k, v) in enumerate(gk, 1):
        set_cell(t.cell(i, 0), k, FS, 12, line=20)
        set_cell(t.cell(i, 1), v, FS, 12, align=L, line=20)
        clauses.append("项目：%s；内容：%s" % (k, v))
    widths(t, [3.2, 12.2])
    h2("1.2" + SP + "建设内容")
    for t_ in ["（1）冷库工程。建设低温冷库、高温冷库及气调库，总库容18万吨，建筑面积约11.2万平方米。",
               "（2）冷链加工车间。建设水果分拣包装、冻品分割加工车间，建筑面积约4.3万平方米。",
               "（3）综合交易中心。建设东盟水果、冻品展示交易及冷链信息服务中心，建筑面积约2.8万平方米。",
               "（4）室外及配套工程。建设冷藏集装箱堆场、道路、变配电、给排水及消防等配套设施，"
               "配套建筑面积约1.3万平方米。"]:
        body(t_)
    h1("2" + SP + "投资估算及资金筹措")
    h2("2.1" + SP + "投资估算")
    body("本项目总投资91788万元，其中工程费用75310万元，工程建设其他费用9840万元，基本预备费4258万元，"
         "建设期利息2380万元。投资估算见表2-1。")
    par(doc, [("表2-1" + SP + "项目投资估算表", HT, 14, False)], align=C, line=24)
    par(doc, [("单位：万元", FS, 12, False)], align=R, line=20)
    head = ["序号", "工程或费用名称", "估算投资", "占总投资比例（%）"]
    part1 = [["一", "工程费用", "75310", "82.05"],
             ["1", "冷库工程", "38650", "42.11"],
             ["2", "冷链加工车间", "16420", "17.89"],
             ["3", "综合交易中心", "12380", "13.49"]]
    part2 = [["4", "室外及配套工程", "7860", "8.56"],
             ["二", "工程建设其他费用", "9840", "10.72"],
             ["三", "基本预备费", "4258", "4.64"],
             ["四", "建设期利息", "2380", "2.59"],
             ["", "合计", "91788", "100.00"]]
    assert 38650 + 16420 + 12380 + 7860 == 75310
    assert 75310 + 9840 + 4258 + 2380 == 91788

    def est_table(rows):
        tb = doc.add_table(rows=1 + len(rows), cols=4)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ci, hh in enumerate(head):
            set_cell(tb.cell(0, ci), hh, HT, 14, line=24)
        for ri, r in enumerate(rows, 1):
            for ci, v in enumerate(r):
                set_cell(tb.cell(ri, ci), v, FS, 14, align=L if ci == 1 else C, line=24)
            clauses.append(row_clause(head, r))
        widths(tb, [1.8, 6.4, 3.2, 4.0])

    est_table(part1)
    # the clerk split the table by hand and typed 续表 on the next page
    page_break(doc)
    par(doc, [("续表2-1", HT, 14, False)], align=L, line=24)
    est_table(part2)
    blank(doc, 1, line=14)
    h2("2.2" + SP + "资金筹措")
    body("项目资金拟通过以下渠道筹措：申请地方政府专项债券40000万元，申请中央预算内投资6000万元，"
         "申请银行贷款18000万元，其余27788万元由建设单位自筹解决。")
    assert 40000 + 6000 + 18000 + 27788 == 91788
    h1("3" + SP + "结论与建议")
    h2("3.1" + SP + "结论")
    body("本项目符合西部陆海新通道建设和广西冷链物流发展规划，市场需求旺盛，建设条件良好，投资估算合理，"
         "项目建设是必要和可行的。")
    h2("3.2" + SP + "建议")
    body("建议尽快批复本项目建议书，加快开展可行性研究报告编制和各项前期工作，力争2026年下半年开工建设。")

    # ---------------- 附件2: a form on its own page
    page_break(doc)
    par(doc, [("附件2", HT, 16, False)], align=L, line=LS)
    blank(doc, 1, line=LS, size=16, name=FS)
    par(doc, [(PJ, XBS, 20, False)], align=C, line=34)
    par(doc, [("项目前期工作进展情况表", XBS, 20, False)], align=C, line=34)
    blank(doc, 1, line=16)
    head2 = ["序号", "前期工作事项", "办理（编制）单位", "进展情况"]
    rows2 = [["1", "项目建议书编制", "广西北部湾交通规划勘察设计研究院有限公司", "已完成，并通过市发展改革委组织的专家评审"],
             ["2", "用地预审与选址意见书", "钦州市自然资源局", "已完成"],
             ["3", "规划设计条件", "中国（广西）自由贸易试验区钦州港片区管理委员会", "已出具"],
             ["4", "社会稳定风险评估", "钦州港片区开发投资集团有限责任公司", "已完成，风险等级为低风险"],
             ["5", "环境影响评价", "钦州市生态环境局", "环境影响报告表正在编制"],
             ["6", "节能审查", "钦州市发展和改革委员会", "拟在可行性研究报告阶段办理"]]
    tb = doc.add_table(rows=1 + len(rows2), cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, hh in enumerate(head2):
        set_cell(tb.cell(0, ci), hh, HT, 12, line=20)
    repeat_header(tb.rows[0])
    for ri, r in enumerate(rows2, 1):
        for ci, v in enumerate(r):
            set_cell(tb.cell(ri, ci), v, FS, 12, align=C if ci == 0 else L, line=20)
        clauses.append(row_clause(head2, r))
    widths(tb, [1.4, 3.6, 5.4, 5.0])

    # ---------------- 版记 at the very end
    blank(doc, 3, line=LS, size=16, name=FS)
    p = par(doc, "抄送：自治区北部湾办，钦州市人民政府办公室，中国（广西）自由贸易试验区钦州港片区管理委员会。",
            name=FS, size=14, line=24, align=L, left=Pt(14), right=Pt(14))
    p.paragraph_format.first_line_indent = Pt(0)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = par(doc, [("钦州市发展和改革委员会办公室", FS, 14, False), ("\t2026年4月9日印发", FS, 14, False)],
            align=L, line=24, left=Pt(14))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "钦州市发展和改革委员会关于报送中国—东盟（钦州）冷链物流产业园项目建议书的请示",
            "doc_number": "钦发改报〔2026〕17号",
            "issuer": ["钦州市发展和改革委员会"],
            "date": "2026-04-09",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [ATT1, ATT2],
            "doc_type": "请示",
            "recipients": ["自治区发展改革委"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_yunnan(), doc_xinjiang(), doc_qinzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
