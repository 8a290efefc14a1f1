# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 691 blind test documents: 自贸片区 经济运行月报 / 统计通报 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"


# ---------------------------------------------------------------- helpers
def set_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, SONG, 14)
    r = p.add_run()
    set_font(r, SONG, 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, SONG, 14)


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, exact=28):
    """runs: list of (text, font, size, bold[, color]) or a plain str."""
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    p = doc.add_paragraph()
    fmt(p, align, indent, exact)
    for item in runs:
        text, font, size, bold = item[:4]
        color = item[4] if len(item) > 4 else None
        if text == "\n":
            r = p.add_run()
            r.add_break(WD_BREAK.LINE)
            continue
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def empty(doc, exact=28):
    p = doc.add_paragraph()
    fmt(p, indent=False, exact=exact)
    return p


def border(p, side="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)


def red_line(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False, exact=12)
    border(p, "bottom", "FF0000", 18)
    return p


def cell_text(cell, text, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=FS, size=12, left_indent=None):
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(20)
    if left_indent is not None:
        p.paragraph_format.left_indent = Pt(left_indent)
    r = p.add_run(text)
    set_font(r, font, size, bold)


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        tcs = row._tr.findall(qn("w:tc"))
        if len(tcs) == len(widths):
            for tc, w in zip(tcs, widths):
                tcPr = tc.get_or_add_tcPr()
                tcW = tcPr.find(qn("w:tcW"))
                if tcW is None:
                    tcW = OxmlElement("w:tcW")
                    tcPr.insert(0, tcW)
                tcW.set(qn("w:w"), str(int(Cm(w).twips)))
                tcW.set(qn("w:type"), "dxa")


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def data_table(doc, header, rows, clauses, group_style="empty", indent_rows=(), widths=(6.2, 2.4, 3.2, 3.6)):
    """rows: list of lists (4 values) or ("GROUP", label).
    group_style: 'empty' -> label in first cell, others blank; 'merged' -> merged across row."""
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True, font=HT, size=12)
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "GROUP":
            label = row[1]
            if group_style == "merged":
                m = cells[0].merge(cells[len(header) - 1])
                cell_text(m, label, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, font=HT)
            else:
                cell_text(cells[0], label, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, font=HT)
                for c in cells[1:]:
                    cell_text(c, "")
            clauses.append("%s：%s" % (header[0], label))
            continue
        for i, v in enumerate(row):
            if i == 0:
                li = 24 if v in indent_rows else None
                cell_text(cells[i], v, align=WD_ALIGN_PARAGRAPH.LEFT, left_indent=li)
            else:
                cell_text(cells[i], v)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    set_widths(t, widths)
    return t


def body(doc, clauses, runs, manual_indent=False):
    """Body paragraph that is a clause. runs: str or list of (text,font,size,bold)."""
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    text = "".join(r[0] for r in runs)
    if manual_indent:
        runs = [("　　", FS, 16, False)] + list(runs)
        para(doc, runs, indent=False)
    else:
        para(doc, runs)
    clauses.append(text)


def runin(head, rest, hfont=FS, bold=True):
    return [(head, hfont, 16, bold), (rest, FS, 16, False)]


def heading(doc, text, font=HT, manual_indent=False):
    if manual_indent:
        para(doc, [("　　" + text, font, 16, False)], indent=False)
    else:
        para(doc, [(text, font, 16, False)])


def banji(doc, lines, last_line=None):
    """版记: lines list of str; bordered paragraphs."""
    empty(doc)
    first = True
    for ln in lines:
        p = para(doc, [(ln, FS, 14, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if first:
            border(p, "top", "000000", 8)
            first = False
        border(p, "bottom", "000000", 4)
    if last_line is not None:
        p = para(doc, [(last_line, FS, 14, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
        p.paragraph_format.left_indent = Pt(14)
        border(p, "bottom", "000000", 8)


HEADER = ["指标", "单位", "1—10月", "同比增长（%）"]

expected = {}


# ================================================================ doc 1: 天府 月报
def make_tianfu():
    stem = "blind691_tianfu_yuebao"
    doc = new_doc()
    clauses = []
    # masthead
    p = para(doc, [("天府自贸片区经济运行月报", XBS, 36, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, exact=60)
    empty(doc, exact=16)
    para(doc, [("2026年第10期", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, exact=16)
    # 编 / date aligned with manual spaces
    para(doc, [("天府自贸片区管委会经济发展局　编", FS, 15, False),
               ("          ", FS, 15, False),
               ("2026年11月15日", FS, 15, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    red_line(doc)
    empty(doc)
    title = "2026年1—10月天府自贸片区经济运行简析"
    para(doc, [(title, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc)
    body(doc, clauses,
         "今年以来，天府自贸片区深入贯彻落实省委、省政府和新区党工委、管委会决策部署，坚持以制度创新为核心，"
         "统筹推进稳外贸、稳外资、优环境各项工作。1—10月，片区主要经济指标总体平稳、稳中有进，外贸进出口、"
         "跨境电商、市场主体等指标保持较快增长，综合保税区进出口、实际使用外资有所回落。现将有关情况简析如下。")
    heading(doc, "一、主要经济指标")
    rows = [
        ("GROUP", "一、外贸"),
        ["进出口总额", "亿元", "386.42", "12.6"],
        ["其中：出口", "亿元", "241.17", "15.3"],
        ["进口", "亿元", "145.25", "8.4"],
        ["跨境电商交易额", "亿元", "57.80", "31.2"],
        ["综合保税区进出口额", "亿元", "102.36", "-3.2"],
        ["中欧班列（成渝）开行", "列", "412", "6.7"],
        ("GROUP", "二、外资"),
        ["新设外商投资企业", "家", "68", "9.7"],
        ["实际使用外资", "亿美元", "3.26", "-1.9"],
        ["合同外资", "亿美元", "7.85", "4.3"],
        ["新认定外资研发中心", "家", "4", "—"],
        ("GROUP", "三、市场主体"),
        ["新登记市场主体", "户", "9836", "5.1"],
        ["其中：企业", "户", "6214", "7.8"],
        ["期末实有市场主体", "户", "87652", "11.4"],
    ]
    data_table(doc, HEADER, rows, clauses, group_style="empty", indent_rows=("进口",))
    # 注 lines
    para(doc, [("注：①本表数据为快报数，最终以统计部门年报数据为准。", FS, 12, False)],
         align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, exact=20)
    clauses.append("注：①本表数据为快报数，最终以统计部门年报数据为准。")
    para(doc, [("　　②“—”表示上年同期无可比数据；实际使用外资按商务部口径统计，不含银行、证券、保险领域。", FS, 12, False)],
         align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, exact=20)
    clauses.append("②“—”表示上年同期无可比数据；实际使用外资按商务部口径统计，不含银行、证券、保险领域。")
    empty(doc)
    heading(doc, "二、经济运行简析")
    body(doc, clauses, runin("一是外贸进出口稳中有进。",
         "1—10月，片区实现进出口总额386.42亿元，同比增长12.6%，高于全省平均水平4.1个百分点。其中，出口241.17亿元，"
         "增长15.3%；进口145.25亿元，增长8.4%。电子信息、新能源汽车零部件出口分别增长18.2%和26.5%，"
         "成为拉动出口增长的主要力量。"))
    body(doc, clauses, runin("二是跨境电商等新业态保持高速增长。",
         "跨境电商交易额57.80亿元，同比增长31.2%，“跨境电商+中欧班列”出口模式实现常态化运行，"
         "1—10月经中欧班列（成渝）发运跨境电商货物1.86万标箱。中欧班列（成渝）开行412列，增长6.7%。"))
    body(doc, clauses, runin("三是综合保税区进出口有所回落。",
         "受部分加工贸易订单向东南亚转移及上年同期基数较高影响，综合保税区实现进出口额102.36亿元，同比下降3.2%，"
         "降幅较1—9月收窄1.5个百分点，呈逐月收窄态势。"))
    body(doc, clauses, runin("四是利用外资总体承压、结构优化。",
         "新设外商投资企业68家，增长9.7%；合同外资7.85亿美元，增长4.3%；实际使用外资3.26亿美元，同比下降1.9%，"
         "主要是个别大项目资金到位时间推迟。高技术产业实际使用外资占比达到46.3%，较上年同期提高5.2个百分点，"
         "新认定外资研发中心4家。"))
    body(doc, clauses, runin("五是市场主体活力持续增强。",
         "新登记市场主体9836户，增长5.1%，其中企业6214户，增长7.8%。截至10月末，片区实有市场主体87652户，"
         "同比增长11.4%，“证照分离”改革、企业开办“一日办结”等举措成效持续显现。"))
    heading(doc, "三、需要关注的问题")
    body(doc, clauses,
         "从运行情况看，当前片区经济运行仍面临一些困难和挑战：外部需求走弱，部分外贸企业新增订单不足；"
         "综合保税区加工贸易业态较为单一，抗风险能力偏弱；外资项目落地周期拉长，实际使用外资增长后劲不足。")
    heading(doc, "四、下阶段工作建议")
    body(doc, clauses, runin("（一）全力稳住外贸基本盘。",
         "加强重点外贸企业“一企一策”跟踪服务，用好出口信用保险、外贸综合服务平台等政策工具，推动新增订单尽快转化为实际进出口。",
         hfont=KT, bold=False))
    body(doc, clauses, runin("（二）推动综合保税区提质增效。",
         "加快发展保税维修、保税研发、跨境电商保税备货等新业态，力争第四季度综合保税区进出口降幅进一步收窄。",
         hfont=KT, bold=False))
    body(doc, clauses, runin("（三）加大外资招引和服务力度。",
         "紧盯在谈外资项目，建立重大外资项目“清单+专班”推进机制，协调解决资金汇入、外汇登记等具体问题，确保年内到资。",
         hfont=KT, bold=False))
    banji(doc, ["报：新区党工委、管委会领导。",
                "送：新区统计局，新区商务局，片区各部门。"],
          "天府自贸片区管委会经济发展局　　　　　　（共印30份）")
    doc.save(os.path.join(HERE, stem + ".docx"))
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": None,
            "issuer": ["天府自贸片区管委会经济发展局"],
            "date": "2026-11-15",
            "published": None,
            "level": "zone",
            "region": "中国（四川）自由贸易试验区成都天府新区片区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "月报",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return stem


# ================================================================ doc 2: 郑州 月报 (two articles)
def make_zhengzhou():
    stem = "blind691_zhengzhou_yuebao"
    doc = new_doc()
    para(doc, [("郑州自贸片区", XBS, 36, False, RED), ("\n", None, None, None),
               ("经济运行月报", XBS, 36, False, RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=56)
    empty(doc, exact=14)
    para(doc, [("2026年第10期（总第46期）", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    # 编 / date in a borderless layout table
    lt = doc.add_table(rows=1, cols=2)
    no_borders(lt)
    set_widths(lt, (10.0, 5.6))
    cell_text(lt.rows[0].cells[0], "郑州自贸片区管委会经济发展局编", align=WD_ALIGN_PARAGRAPH.LEFT, size=15)
    cell_text(lt.rows[0].cells[1], "2026年11月15日", align=WD_ALIGN_PARAGRAPH.RIGHT, size=15)
    red_line(doc)
    para(doc, [("本期要目", HT, 16, False)], indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, [("◆郑州片区2026年1—10月主要经济指标", KT, 16, False)], indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, [("◆1—10月郑州片区经济运行简析", KT, 16, False)], indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc)

    meta_common = {
        "doc_number": None,
        "issuer": ["郑州自贸片区管委会经济发展局"],
        "date": "2026-11-15",
        "published": None,
        "level": "zone",
        "region": "中国（河南）自由贸易试验区郑州片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }

    # ---- article 1: table
    c1 = []
    t1 = "郑州片区2026年1—10月主要经济指标"
    para(doc, [(t1, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc, exact=14)
    rows = [
        ("GROUP", "一、外贸"),
        ["进出口总额", "亿元", "2456.83", "9.4"],
        ["其中：出口", "亿元", "1398.52", "12.1"],
        ["进口", "亿元", "1058.31", "6.0"],
        ["跨境电商进出口额", "亿元", "612.40", "18.5"],
        ["保税物流中心进出口额", "亿元", "386.20", "−3.2"],
        ["中欧班列（中豫号）开行", "列", "1986", "7.3"],
        ("GROUP", "二、外资"),
        ["新设外商投资企业", "家", "57", "14.0"],
        ["实际使用外资", "亿美元", "2.18", "−11.4"],
        ["新认定外资研发中心", "家", "3", "—"],
        ("GROUP", "三、市场主体"),
        ["新登记市场主体", "户", "15872", "4.6"],
        ["其中：企业", "户", "8843", "6.9"],
        ["新增备案外贸经营者", "家", "736", "21.3"],
        ["期末实有市场主体", "户", "143520", "10.2"],
    ]
    data_table(doc, HEADER, rows, c1, group_style="merged", indent_rows=("进口",))
    para(doc, [("注：", HT, 12, False), ("①本表数据为初步统计数，部分指标将根据统计部门反馈进行修订。", FS, 12, False)],
         align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, exact=20)
    c1.append("注：①本表数据为初步统计数，部分指标将根据统计部门反馈进行修订。")
    para(doc, [("②“—”表示该指标为2026年新增统计指标，无上年同期数据。", FS, 12, False)],
         align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, exact=20).paragraph_format.left_indent = Pt(24)
    c1.append("②“—”表示该指标为2026年新增统计指标，无上年同期数据。")
    empty(doc)

    # ---- article 2: 简析 (starts on new page)
    c2 = []
    t2 = "1—10月郑州片区经济运行简析"
    p = para(doc, [(t2, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    p.paragraph_format.page_break_before = True
    empty(doc, exact=14)
    body(doc, c2,
         "1—10月，面对复杂严峻的外部环境，片区上下认真落实省、市稳经济各项政策措施，主要经济指标呈现"
         "“外贸稳、外资缓、主体增”的运行特点，总体保持在合理区间。")
    body(doc, c2, runin("一是外贸进出口保持较快增长。",
         "片区实现进出口总额2456.83亿元，同比增长9.4%，占全市比重较上年同期提高1.2个百分点。"
         "其中，出口1398.52亿元，增长12.1%；进口1058.31亿元，增长6.0%。汽车及零部件、智能终端出口增势较好。", hfont=FS))
    body(doc, c2, runin("二是跨境电商和中欧班列带动作用明显。",
         "跨境电商进出口额612.40亿元，增长18.5%，“网购保税+实体新零售”模式持续扩面；中欧班列（中豫号）开行1986列，"
         "增长7.3%，新开通至匈牙利布达佩斯、哈萨克斯坦阿拉木图等线路3条。", hfont=FS))
    body(doc, c2, runin("三是保税物流中心进出口小幅下降。",
         "受国际物流成本上升和部分企业业务调整影响，保税物流中心进出口额386.20亿元，同比下降3.2%，"
         "降幅比1—9月扩大0.6个百分点，需引起关注。", hfont=FS))
    body(doc, c2, runin("四是利用外资阶段性承压。",
         "新设外商投资企业57家，增长14.0%，但实际使用外资2.18亿美元，同比下降11.4%，主要受上年同期"
         "个别大项目集中到资形成高基数影响。新认定外资研发中心3家，外资质量有所提升。", hfont=FS))
    body(doc, c2, runin("五是经营主体加快集聚。",
         "新登记市场主体15872户，增长4.6%，其中企业8843户，增长6.9%；新增备案外贸经营者736家，增长21.3%。"
         "截至10月末，片区实有市场主体143520户，同比增长10.2%。", hfont=FS))
    body(doc, c2,
         "下一步，片区将紧盯全年目标任务，聚焦外贸稳规模优结构、外资促落地保到位，加强经济运行监测调度，"
         "对保税物流中心、实际使用外资等下降指标实行“周调度、月通报”，确保全年主要经济指标圆满完成。")
    para(doc, [("（执笔：王　磊　　审核：李建国）", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    banji(doc, ["报：市商务局，市统计局，片区党工委、管委会领导。",
                "送：片区各部门，各功能区管理机构。"],
          "郑州自贸片区管委会经济发展局　　　2026年11月15日印发")
    doc.save(os.path.join(HERE, stem + ".docx"))
    m1 = dict(meta_common, title=t1, doc_type="统计表")
    m2 = dict(meta_common, title=t2, doc_type="月报")
    expected[stem] = [{"meta": m1, "clauses": c1}, {"meta": m2, "clauses": c2}]
    return stem


# ================================================================ doc 3: 厦门 通报
def make_xiamen():
    stem = "blind691_xiamen_tongbao"
    doc = new_doc()
    clauses = []
    para(doc, [("中国（福建）自由贸易试验区", XBS, 30, False, RED), ("\n", None, None, None),
               ("厦门片区管理委员会文件", XBS, 30, False, RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=50)
    empty(doc)
    empty(doc)
    docno = "厦自贸委〔2026〕41号"
    para(doc, [(docno, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_line(doc)
    empty(doc)
    title = "厦门自贸片区管委会关于2026年1—10月主要经济指标完成情况的通报"
    para(doc, [("厦门自贸片区管委会关于2026年1—10月", XBS, 22, False), ("\n", None, None, None),
               ("主要经济指标完成情况的通报", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc)
    para(doc, [("片区各部门，各功能区管理机构，各有关单位：", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    body(doc, clauses,
         "2026年以来，片区各部门、各单位认真贯彻落实市委、市政府关于稳外贸稳外资的决策部署，扎实推进自贸试验区"
         "提升战略，片区经济运行总体平稳。为及时掌握经济运行态势，压实工作责任，现将1—10月片区主要经济指标完成情况通报如下。",
         manual_indent=True)
    heading(doc, "一、总体情况", manual_indent=True)
    body(doc, clauses,
         "1—10月，片区外贸进出口、新设外商投资企业、新增市场主体等指标实现正增长，跨境电商保持两位数增长；"
         "综合保税区进出口和实际使用外资同比下降，完成全年目标进度分别落后时序进度4.5个和9.8个百分点。",
         manual_indent=True)
    heading(doc, "二、主要指标完成情况", manual_indent=True)
    rows = [
        ["一、外贸进出口总额", "亿元", "1876.45", "5.7"],
        ["其中：出口", "亿元", "1012.30", "8.2"],
        ["进口", "亿元", "864.15", "2.9"],
        ["跨境电商进出口额", "亿元", "126.38", "24.6"],
        ["综合保税区进出口额", "亿元", "423.70", "－3.2"],
        ["二、实际使用外资", "亿美元", "4.62", "－6.5"],
        ["其中：制造业", "亿美元", "1.35", "12.8"],
        ["新设外商投资企业", "家", "215", "9.1"],
        ["其中：台资企业", "家", "168", "11.3"],
        ["三、新增市场主体", "户", "12306", "3.8"],
        ["其中：企业", "户", "7652", "5.4"],
        ["新引进航运物流企业", "家", "42", "—"],
    ]
    data_table(doc, HEADER, rows, clauses, indent_rows=("进口",))
    para(doc, [("注：①数据来源：厦门海关、市商务局、市市场监管局及片区统计监测平台。", FS, 12, False)],
         align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, exact=20)
    clauses.append("注：①数据来源：厦门海关、市商务局、市市场监管局及片区统计监测平台。")
    para(doc, [("②“—”表示上年同期未统计该指标。", FS, 12, False)],
         align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, exact=20).paragraph_format.left_indent = Pt(24)
    clauses.append("②“—”表示上年同期未统计该指标。")
    empty(doc)
    heading(doc, "三、存在的主要问题", manual_indent=True)
    body(doc, clauses,
         "一是综合保税区进出口持续承压。受国际市场需求波动和部分龙头企业产能调整影响，综合保税区进出口额同比下降3.2%，"
         "已连续4个月负增长。二是实际使用外资到资偏慢。部分已签约外资项目受境外融资环境影响，资金汇入进度滞后，"
         "实际使用外资同比下降6.5%。三是部分部门指标调度不够及时，数据报送存在迟报、漏报现象。",
         manual_indent=True)
    heading(doc, "四、下一步工作要求", manual_indent=True)
    body(doc, clauses, [("（一）", KT, 16, False), ("强化目标导向。", KT, 16, False),
                        ("各部门要对照年度目标任务，逐项梳理未完成指标，倒排工期、挂图作战，确保全年目标任务圆满完成。", FS, 16, False)],
         manual_indent=True)
    body(doc, clauses, [("（二）聚焦短板攻坚。", KT, 16, False),
                        ("重点做好以下工作：", FS, 16, False)], manual_indent=True)
    body(doc, clauses, "1.象屿、海沧港综合保税区管理机构要加快推进保税维修、融资租赁等业务落地，力争年底前综合保税区进出口降幅收窄至1%以内。",
         manual_indent=True)
    body(doc, clauses, "2.招商部门要建立外资到资项目台账，对合同外资1000万美元以上项目实行专人跟踪，协调解决外汇登记、资金汇入等问题。",
         manual_indent=True)
    body(doc, clauses, "3.片区商务部门要会同厦门海关加强对重点外贸企业的服务保障，支持企业用好RCEP、ECFA关税减让政策拓展市场。",
         manual_indent=True)
    body(doc, clauses, [("（三）严肃统计纪律。", KT, 16, False),
                        ("各部门要于每月5日前将上月指标数据报送经济发展局，对迟报、漏报、错报的部门予以通报。", FS, 16, False)],
         manual_indent=True)
    body(doc, clauses, "（联系人：经济发展局　陈　伟，电话：0592-6881234）", manual_indent=True)
    empty(doc)
    para(doc, [("中国（福建）自由贸易试验区", FS, 16, False), ("\n", None, None, None),
               ("厦门片区管理委员会", FS, 16, False)],
         align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, [("2026年11月18日", FS, 16, False), ("      ", FS, 16, False)],
         align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc)
    para(doc, [("（此件公开发布）", FS, 16, False)], indent=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc)
    banji(doc, ["抄送：市商务局，市统计局，厦门海关。"],
          "厦门自贸片区管委会办公室　　　　　2026年11月18日印发")
    doc.save(os.path.join(HERE, stem + ".docx"))
    expected[stem] = [{
        "meta": {
            "title": title,
            "doc_number": docno,
            "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
            "date": "2026-11-18",
            "published": None,
            "level": "zone",
            "region": "中国（福建）自由贸易试验区厦门片区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通报",
            "recipients": ["片区各部门", "各功能区管理机构", "各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return stem


def to_pdf(stem):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_691", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


if __name__ == "__main__":
    stems = [make_tianfu(), make_zhengzhou(), make_xiamen()]
    for s in stems:
        to_pdf(s)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("done:", ", ".join(stems))
