# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 732: 外经贸发展专项资金（第二批）资金下达通知 — blind test documents."""
import json
import os
import subprocess
from decimal import Decimal

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=False, line=28, before=0, after=0, left=None, hanging=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if left is not None:
        pf.left_indent = left
    if hanging is not None:
        pf.first_line_indent = -hanging


def add_runs(p, runs):
    """runs: list of (text, font, size, bold) or str (仿宋三号)."""
    for r in runs:
        if isinstance(r, str):
            r = (r, FS, 16, False)
        r = tuple(r) + (FS, 16, False, None)[len(r) - 1:] if len(r) < 5 else tuple(r)
        text, font, size, bold, color = r[:5]
        if text == "\n":
            run = p.add_run()
            run.add_break()
            continue
        run = p.add_run(text)
        set_font(run, font, size, bold, color)
    return p


def para(doc, runs, **kw):
    p = doc.add_paragraph()
    fmt(p, **kw)
    add_runs(p, runs)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p)
    p.add_run().add_break(WD_BREAK.PAGE)


def border_bottom(p, color="FF0000", sz=12, space=1, top=False):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:top" if top else "w:bottom")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_setup(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        section.top_margin, section.bottom_margin = Cm(2.8), Cm(2.6)
        section.left_margin, section.right_margin = Cm(3.7), Cm(3.5)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.footer_distance = Cm(2.5)


def add_field(p, instr, font=SONG, size=14):
    r1 = p.add_run()
    set_font(r1, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._element.append(fc)
    r2 = p.add_run()
    set_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._element.append(it)
    r3 = p.add_run()
    set_font(r3, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._element.append(fc)
    r4 = p.add_run("1")
    set_font(r4, font, size)
    r5 = p.add_run()
    set_font(r5, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._element.append(fc)


def page_number_footer(footer, align, left="— ", right=" —"):
    p = footer.paragraphs[0]
    p.alignment = align
    r = p.add_run(left)
    set_font(r, SONG, 14)
    add_field(p, "PAGE")
    r = p.add_run(right)
    set_font(r, SONG, 14)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for tc in row._tr.tc_lst:
            pass
    for row in table.rows:
        idx = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            tc.width = sum(widths[idx:idx + span], type(widths[0])(0)) if span > 1 else widths[idx]
            idx += span


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    pf.space_before = Pt(2)
    pf.space_after = Pt(2)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def add_decimal_numbering(doc):
    """Create a Word list '1.' '2.' (decimal) and return its numId."""
    numbering = doc.part.numbering_part.element
    abs_id = 90
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    suff = OxmlElement("w:suff")
    suff.set(qn("w:val"), "nothing")
    lvl.append(suff)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    a.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    num_id = 90
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(num_id))
    ai = OxmlElement("w:abstractNumId")
    ai.set(qn("w:val"), str(abs_id))
    n.append(ai)
    numbering.append(n)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    ppr.insert(0, numPr)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_setup(doc.sections[0])
    return doc


def two_level_header(doc, organs, doc_number, size=30, spacer_col=False):
    """Joint red header: organ names stacked in left column, 文件 spanning both rows."""
    cols = 3 if spacer_col else 2
    t = doc.add_table(rows=2, cols=cols)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(10.5), Cm(0.4), Cm(4.0)] if spacer_col else [Cm(10.5), Cm(4.2)]
    for i, name in enumerate(organs):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(size + 10)
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        r = p.add_run(name)
        set_font(r, XBS, size, False, RED)
    last = cols - 1
    m = t.cell(0, last).merge(t.cell(1, last))
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件")
    set_font(r, XBS, size + 12, False, RED)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_col_widths(t, widths)
    empty(doc, 1)
    p = para(doc, [doc_number], align=WD_ALIGN_PARAGRAPH.CENTER)
    border_bottom(p, "FF0000", 18, 6)
    empty(doc, 1)


def alloc_table(doc, rows, money, total_first=False):
    """rows: list of dicts (kind city/sub/total). Returns clause strings."""
    header_names = ["序号", "地区", "合计", "中央资金", "省级资金", "支持方向"]
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.1), Cm(3.3), Cm(2.3), Cm(2.3), Cm(2.3), Cm(4.3)]
    # header row 1/2
    for ci, name in ((0, "序号"), (1, "地区"), (2, "合计"), (5, "支持方向")):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        cell_text(m, name, HT, 12)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    cell_text(m, "其中", HT, 12)
    cell_text(t.cell(1, 3), "中央资金", HT, 12)
    cell_text(t.cell(1, 4), "省级资金", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    ordered = rows
    if total_first:
        ordered = [r for r in rows if r["kind"] == "total"] + [r for r in rows if r["kind"] != "total"]
    clauses = []
    for r in ordered:
        cells = t.add_row().cells
        vals = [r.get("no", ""), r["name"], money(r["c"] + r["p"]), money(r["c"]), money(r["p"]), r.get("dir", "")]
        bold = r["kind"] != "city"
        for i, v in enumerate(vals):
            al = WD_ALIGN_PARAGRAPH.LEFT if i == 5 else WD_ALIGN_PARAGRAPH.CENTER
            if i in (2, 3, 4):
                al = WD_ALIGN_PARAGRAPH.RIGHT
            cell_text(cells[i], v, HT if bold else FS, 12, False, al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header_names, vals) if v))
    set_col_widths(t, widths)
    return clauses


def perf_table(doc, rows):
    """rows: list of (一级, 二级, 三级, 指标值); 一级/二级 merged down."""
    names = ["一级指标", "二级指标", "三级指标", "指标值"]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, n in enumerate(names):
        cell_text(t.cell(0, i), n, HT, 12)
    repeat_header(t.rows[0])
    start = len(t.rows)
    for r in rows:
        t.add_row()
    clauses = []
    # fill 三级/指标值, and first cell of each merged run for 一级/二级
    for col in (0, 1):
        i = 0
        while i < len(rows):
            j = i
            key = rows[i][: col + 1]
            while j + 1 < len(rows) and rows[j + 1][: col + 1] == key:
                j += 1
            top = t.cell(start + i, col)
            if j > i:
                top = top.merge(t.cell(start + j, col))
            cell_text(top, rows[i][col], FS, 12)
            i = j + 1
    for k, r in enumerate(rows):
        cell_text(t.cell(start + k, 2), r[2], FS, 12, False, WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(start + k, 3), r[3], FS, 12)
        clauses.append("；".join("%s：%s" % (n, v) for n, v in zip(names, r)))
    set_col_widths(t, [Cm(2.6), Cm(3.4), Cm(6.4), Cm(3.2)])
    return clauses


def banji(doc, lines, print_line, first_border=True):
    """版记: 抄送 etc. with black rules."""
    empty(doc, 1)
    for k, ln in enumerate(lines):
        p = para(doc, [(ln, FS, 14, False)], left=Cm(0.5), hanging=Cm(0) if False else None)
        if k == 0 and first_border:
            border_bottom(p, "000000", 8, 1, top=True)
        border_bottom(p, "000000", 4, 1)
    p = para(doc, [(print_line, FS, 14, False)], left=Cm(0.5))
    border_bottom(p, "000000", 8, 1)


def convert(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_732", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def check_sums(rows):
    subs = [r for r in rows if r["kind"] == "sub"]
    total = [r for r in rows if r["kind"] == "total"][0]
    cur = []
    for r in rows:
        if r["kind"] == "city":
            cur.append(r)
        elif r["kind"] == "sub":
            assert sum(x["c"] for x in cur) == r["c"], r["name"]
            assert sum(x["p"] for x in cur) == r["p"], r["name"]
            cur = []
    assert sum(s["c"] for s in subs) == total["c"]
    assert sum(s["p"] for s in subs) == total["p"]
    return total


PERF_BASE = [
    ("产出指标", "数量指标"),
]


# ================================================================ 福建
def make_fujian():
    stem = "blind732_fujian_zijin"
    doc = new_doc()
    sec = doc.sections[0]
    # odd/even page numbers: odd right, even left
    doc.settings.odd_and_even_pages_header_footer = True
    page_number_footer(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT, "— ", " —　")
    page_number_footer(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "　— ", " —")

    two_level_header(doc, ["福建省财政厅", "福建省商务厅"], "闽财企指〔2026〕18号")
    # title typed as two separate paragraphs
    para(doc, [("福建省财政厅　福建省商务厅", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("关于下达2026年外经贸发展专项资金", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("（第二批）的通知", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc)
    para(doc, ["各设区市财政局、商务局，平潭综合实验区财政金融局、经济发展局："])
    clauses = []

    def body(text, runs=None, **kw):
        para(doc, runs or [text], indent=True, **kw)
        clauses.append(text)

    body("为深入贯彻落实党中央、国务院关于推动外贸稳规模优结构和高质量共建“一带一路”的决策部署，根据《财政部 商务部关于下达2026年外经贸发展专项资金预算的通知》（财资环〔2026〕9号）和《福建省外经贸发展专项资金管理办法》（闽财企〔2024〕15号）有关规定，经研究，现下达2026年外经贸发展专项资金（第二批）。现将有关事项通知如下：")

    rows = [
        dict(kind="city", no="1", name="福州市", c=1380, p=720, dir="跨境电商、中欧班列、综合保税区"),
        dict(kind="city", no="2", name="莆田市", c=420, p=260, dir="外贸新业态、贸易摩擦应对"),
        dict(kind="city", no="3", name="宁德市", c=510, p=300, dir="外资招引、外贸新业态"),
        dict(kind="city", no="4", name="南平市", c=260, p=190, dir="“一带一路”经贸合作、公共服务平台"),
        dict(kind="city", no="5", name="平潭综合实验区", c=380, p=240, dir="对台贸易、跨境电商"),
        dict(kind="sub", name="闽东北协同发展区小计", c=2950, p=1710),
        dict(kind="city", no="6", name="漳州市", c=690, p=410, dir="综合保税区、外贸新业态"),
        dict(kind="city", no="7", name="泉州市", c=1540, p=860, dir="跨境电商、海外仓、外资招引"),
        dict(kind="city", no="8", name="三明市", c=330, p=260, dir="中欧班列、贸易摩擦应对"),
        dict(kind="city", no="9", name="龙岩市", c=610, p=500, dir="中欧班列、综合保税区"),
        dict(kind="sub", name="闽西南协同发展区小计", c=3170, p=2030),
        dict(kind="total", name="合计", c=6120, p=3740),
    ]
    tot = check_sums(rows)
    assert tot["c"] + tot["p"] == 9860

    t = "一、本次下达外经贸发展专项资金9860万元，其中中央资金6120万元、省级资金3740万元，具体分配情况详见附件1。请在2026年政府收支分类科目“216商业服务业等支出”类“02商业流通事务”款“99其他商业流通事务支出”项下列支。"
    body(t, [("一、", HT, 16), t[2:]])
    body("各地收到资金后，应于30日内按规定分解下达到具体项目，不得截留、挪用，并于分解下达后15个工作日内将资金分配结果报省财政厅、省商务厅备案。")
    para(doc, [("二、资金用途", HT, 16)], indent=True)
    body("本批资金重点支持以下方向：")
    items = [
        ("（一）支持跨境电商等外贸新业态发展。", "支持福州、泉州、莆田、龙岩等跨境电子商务综合试验区完善线上综合服务平台，支持企业在共建“一带一路”国家和地区布局海外仓，对跨境电商B2B出口、海外仓出口业务给予适当奖励。"),
        ("（二）支持中欧（亚）班列和国际物流通道建设。", "支持中欧班列（福州）、中欧班列（龙岩）、中欧班列（三明）运营平台拓展新线路、组织回程货源，推动“丝路海运”与中欧班列海铁联运协同发展。"),
        ("（三）支持综合保税区高质量发展。", "支持福州综合保税区、泉州综合保税区、漳州台商投资区综合保税区等发展保税维修、保税研发、跨境电商保税备货等新业态，提升公共服务平台和信息化监管水平。"),
        ("（四）支持外商投资和“一带一路”经贸合作。", "支持各地开展精准招商引资，对符合条件的外商投资项目给予奖励；支持企业参加境外重点展会，开拓共建“一带一路”国家和RCEP成员国市场。"),
        ("（五）支持贸易摩擦应对和公共服务。", "支持行业组织开展贸易摩擦预警、应诉和合规培训，支持外贸公共服务平台建设。"),
    ]
    for h, tx in items:
        # heading run split: 楷体 number, bold 楷体 heading text (typed in two runs)
        body(h + tx, [(h[:3], KT, 16, True), (h[3:], KT, 16, True), tx])
    body("专项资金不得用于平衡地方预算、偿还债务、支付利息及人员经费、楼堂馆所等支出，不得用于已有其他财政资金支持的同一事项。")
    para(doc, [("三、绩效管理", HT, 16)], indent=True)
    body("（一）各地要对照区域绩效目标（详见附件2），将绩效目标分解细化到具体项目，做好绩效运行监控，发现问题及时纠正，确保绩效目标如期实现。")
    body("（二）年度终了，各地要对资金使用情况开展绩效自评，并于2027年1月31日前将自评报告报送省财政厅、省商务厅。省财政厅、省商务厅将适时开展重点绩效评价，评价结果作为以后年度资金分配的重要因素。")
    para(doc, [("四、其他要求", HT, 16)], indent=True)
    body("（一）各地财政、商务部门要加强协作，严格按照资金管理办法规定的支持范围和标准组织项目申报、审核，并按照政府信息公开有关规定，及时公开资金分配结果，主动接受社会监督。")
    body("（二）对截留、挤占、挪用专项资金或者虚报冒领、骗取专项资金的，依照《中华人民共和国预算法》《财政违法行为处罚处分条例》等有关规定追究责任。")
    body("联系人：省财政厅企业处 林晓岚，电话0591-87095316；省商务厅财务处 陈志鹏，电话0591-87851204。")
    empty(doc)
    att1 = "2026年外经贸发展专项资金（第二批）分配表"
    att2 = "2026年外经贸发展专项资金（第二批）区域绩效目标表"
    para(doc, ["附件：1．" + att1], indent=True)
    para(doc, ["　　　2．" + att2], indent=True)
    empty(doc, 3)
    para(doc, ["福建省财政厅　　　　　　　　福建省商务厅"], align=WD_ALIGN_PARAGRAPH.LEFT, left=Cm(2.2))
    empty(doc)
    para(doc, ["2026年4月16日　　　　"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, ["（此件公开发布）"], indent=True)

    # 附件1
    page_break(doc)
    para(doc, [("附件1", HT, 16)])
    empty(doc)
    para(doc, [(att1, XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, [("单位：万元", FS, 14)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    clauses += alloc_table(doc, rows, lambda v: str(v))
    # 附件2
    p = para(doc, [("附件2", HT, 16)])
    p.paragraph_format.page_break_before = True
    empty(doc)
    para(doc, [(att2, XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    empty(doc)
    perf = [
        ("产出指标", "数量指标", "支持跨境电商企业数量", "≥300家"),
        ("产出指标", "数量指标", "新增公共海外仓面积", "≥5万平方米"),
        ("产出指标", "数量指标", "中欧（亚）班列开行列数", "≥420列"),
        ("产出指标", "质量指标", "支持项目验收合格率", "≥95%"),
        ("产出指标", "时效指标", "资金分解下达及时率", "100%"),
        ("效益指标", "经济效益指标", "全省货物贸易进出口额增长", "≥3%"),
        ("效益指标", "经济效益指标", "跨境电商进出口额增长", "≥10%"),
        ("效益指标", "社会效益指标", "带动外贸领域就业人数", "≥5000人"),
        ("满意度指标", "服务对象满意度指标", "受益企业满意度", "≥90%"),
    ]
    clauses += perf_table(doc, perf)
    # 版记 after attachments
    empty(doc, 2)
    banji(doc, ["抄送：财政部福建监管局，省审计厅。"], "福建省财政厅办公室　　　　　　　　2026年4月17日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = dict(
        title="福建省财政厅 福建省商务厅关于下达2026年外经贸发展专项资金（第二批）的通知",
        doc_number="闽财企指〔2026〕18号",
        issuer=["福建省财政厅", "福建省商务厅"],
        date="2026-04-16",
        published=None,
        level="provincial",
        region="福建省",
        effective=None,
        expires=None,
        attachments=[att1, att2],
        doc_type="通知",
        recipients=["各设区市财政局", "各设区市商务局", "平潭综合实验区财政金融局", "平潭综合实验区经济发展局"],
        publicity="此件公开发布",
        repeals=None,
    )
    return stem, path, [dict(meta=meta, clauses=clauses)]


# ================================================================ 四川
def make_sichuan():
    stem = "blind732_sichuan_zijin"
    doc = new_doc()
    sec = doc.sections[0]
    page_number_footer(sec.footer, WD_ALIGN_PARAGRAPH.CENTER, "- ", " -")
    num_id = add_decimal_numbering(doc)

    two_level_header(doc, ["四川省财政厅", "四川省商务厅"], "川财企〔2026〕41号", size=28)
    # title with a soft line break
    para(doc, [("四川省财政厅　四川省商务厅", XBS, 22), "\n", ("关于下达2026年外经贸发展专项资金", XBS, 22), "\n", ("（第二批）的通知", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc)
    para(doc, ["各市（州）财政局、商务主管部门："])
    clauses = []

    def body(text, runs=None, manual=False, **kw):
        if manual:
            # indent typed with full-width spaces
            runs = ["　　"] + (runs or [text])
            para(doc, runs, **kw)
        else:
            para(doc, runs or [text], indent=True, **kw)
        clauses.append(text)

    body("根据《财政部 商务部关于下达2026年外经贸发展专项资金预算的通知》（财资环〔2026〕9号）、《四川省外经贸发展专项资金管理办法》（川财规〔2024〕6号）等规定，结合各地外贸外资发展、开放平台建设及上年度资金绩效评价情况，经省商务厅提出分配建议、省财政厅审核，现将2026年外经贸发展专项资金（第二批）预算下达给你们，并就有关事项通知如下。", manual=True)

    D = Decimal
    rows = [
        dict(kind="city", no="1", name="成都市", c=D("1286.50"), p=D("613.50"), dir="中欧班列（成渝）、跨境电商综试区、综合保税区"),
        dict(kind="city", no="2", name="德阳市", c=D("352.00"), p=D("198.00"), dir="外贸新业态、外资招引"),
        dict(kind="city", no="3", name="绵阳市", c=D("418.40"), p=D("231.60"), dir="综合保税区、贸易摩擦应对"),
        dict(kind="city", no="4", name="眉山市", c=D("206.30"), p=D("143.70"), dir="跨境电商、海外仓"),
        dict(kind="sub", name="成都平原经济区小计", c=D("2263.20"), p=D("1186.80")),
        dict(kind="city", no="5", name="自贡市", c=D("185.00"), p=D("115.00"), dir="外贸新业态"),
        dict(kind="city", no="6", name="泸州市", c=D("326.80"), p=D("173.20"), dir="综合保税区、西部陆海新通道"),
        dict(kind="city", no="7", name="宜宾市", c=D("389.50"), p=D("210.50"), dir="综合保税区、外资招引"),
        dict(kind="sub", name="川南经济区小计", c=D("901.30"), p=D("498.70")),
        dict(kind="city", no="8", name="南充市", c=D("240.00"), p=D("160.00"), dir="外贸新业态、公共服务平台"),
        dict(kind="city", no="9", name="达州市", c=D("198.60"), p=D("121.40"), dir="“一带一路”经贸合作"),
        dict(kind="sub", name="川东北经济区小计", c=D("438.60"), p=D("281.40")),
        dict(kind="city", no="10", name="攀枝花市", c=D("176.90"), p=D("103.10"), dir="钒钛产品出口、贸易摩擦应对"),
        dict(kind="sub", name="攀西经济区小计", c=D("176.90"), p=D("103.10")),
        dict(kind="total", name="合计", c=D("3780.00"), p=D("2070.00")),
    ]
    tot = check_sums(rows)
    assert tot["c"] + tot["p"] == D("5850.00")

    t = "一、下达资金情况。本次共下达资金5850.00万元，其中中央资金3780.00万元、省级资金2070.00万元，分配明细见附件1。请收到资金后列2026年政府收支分类科目“2160299其他商业流通事务支出”，并按照预算管理有关规定及时分解下达，不得滞留。"
    body(t, [("一、下达资金情况。", HT, 16, False), t[9:]])
    body("其中，中央资金采取因素法与项目法相结合方式分配，因素法分配部分各地可在规定的支持方向内统筹安排；省级资金按照项目法分配，须专款用于已入库项目，不得调剂用于其他项目。", manual=True)
    t = "二、资金用途。本批资金按照“聚焦重点、突出绩效”的原则，主要用于以下方面："
    body(t, [("二、资金用途。", HT, 16, False), t[7:]])
    items = [
        ("（一）中欧班列和西部陆海新通道建设。", "支持中欧班列（成渝）提升集结能力、拓展共建“一带一路”国家线路，支持西部陆海新通道班列、铁海联运班列稳定开行，降低外贸企业物流成本。"),
        ("（二）开放平台提能升级。", "支持中国（四川）自由贸易试验区成都天府新区片区、成都青白江铁路港片区、川南临港片区开展制度创新和差别化探索，|支持成都高新综合保税区、绵阳综合保税区、宜宾综合保税区、泸州综合保税区发展保税加工、保税物流和保税服务。"),
        ("（三）外贸新业态新模式。", "支持成都、德阳、绵阳、眉山、自贡、泸州、宜宾、南充等跨境电子商务综合试验区建设，支持企业建设海外仓，培育市场采购贸易、外贸综合服务等新业态。"),
        ("（四）外资招引和对外经贸合作。", "支持各地开展外资招商推介活动，对新设或增资的重大外商投资项目按规定给予支持；支持企业参加中国国际进口博览会、中国西部国际博览会及境外重点展会。"),
        ("（五）贸易摩擦应对。", "支持建设贸易摩擦预警点和公平贸易工作站，开展合规培训和应诉指导。"),
    ]
    for h, tx in items:
        if "|" in tx:
            a, b = tx.split("|")
            body(h + a + b, [(h, KT, 16, False), a, "\n", b])  # soft line break mid-sentence
        else:
            body(h + tx, [(h, KT, 16, False), tx])
    t = "三、绩效管理。各地要按照《四川省省级财政专项资金绩效管理办法》要求，加强全过程预算绩效管理，重点做好以下工作："
    body(t, [("三、绩效管理。", HT, 16, False), t[7:]])
    auto = [
        "分解绩效目标。对照附件2区域绩效目标，于资金分解下达时同步将绩效目标分解至具体项目单位。",
        "开展绩效监控。于2026年8月、12月分别对绩效目标实现程度和预算执行进度进行“双监控”，发现偏差及时纠正。",
        "做好绩效自评。年度结束后，及时开展绩效自评，于2027年2月28日前将自评结果报送省财政厅、省商务厅。自评结果将与以后年度资金分配挂钩。",
    ]
    for k, tx in enumerate(auto, 1):
        p = para(doc, [tx])
        set_num(p, num_id)  # Word auto numbering: "1." not in the text
        clauses.append("%d.%s" % (k, tx))
    t = "四、其他事项。各市（州）财政局、商务主管部门要切实加强资金监管，确保资金使用安全规范有效。资金分配结果应于分解下达后20日内按规定公开，涉及国家秘密的除外。"
    body(t, [("四、其他事项。", HT, 16, False), t[7:]])
    body("执行中如有问题，请及时与省财政厅经济建设处、省商务厅财务处联系。", manual=True)
    empty(doc)
    att1 = "2026年外经贸发展专项资金（第二批）分配表"
    att2 = "2026年外经贸发展专项资金（第二批）区域绩效目标表"
    para(doc, ["附件：1.", att1, "\n", "　　　2.", att2], indent=True)
    empty(doc, 2)
    para(doc, ["四川省财政厅　　　　　　"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, ["四川省商务厅　　　　　　"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, ["二〇二六年五月八日　　　　"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc)
    para(doc, ["（信息公开选项：主动公开）"], indent=True)

    page_break(doc)
    para(doc, [("附件1", HT, 16)])
    para(doc, [(att1, XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, [("单位：万元", FS, 12)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    clauses += alloc_table(doc, rows, lambda v: "%.2f" % v, total_first=True)

    page_break(doc)
    para(doc, [("附件2", HT, 16)])
    para(doc, [(att2, XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    empty(doc)
    perf = [
        ("产出指标", "数量指标", "中欧班列（成渝）四川方向开行列数", "≥2500列"),
        ("产出指标", "数量指标", "支持外贸新业态企业数量", "≥200家"),
        ("产出指标", "数量指标", "开展外资招商推介活动场次", "≥15场"),
        ("产出指标", "质量指标", "资金使用合规率", "100%"),
        ("产出指标", "时效指标", "资金分解下达时间", "≤30日"),
        ("效益指标", "经济效益指标", "全省货物贸易进出口额", "≥10000亿元"),
        ("效益指标", "经济效益指标", "实际使用外资金额增长", "≥2%"),
        ("效益指标", "可持续影响指标", "外贸经营主体数量增长", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "受益企业满意度", "≥90%"),
    ]
    clauses += perf_table(doc, perf)
    empty(doc, 2)
    banji(doc, ["抄送：财政部四川监管局。"], "四川省财政厅办公室　　　　　　　　　2026年5月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = dict(
        title="四川省财政厅 四川省商务厅关于下达2026年外经贸发展专项资金（第二批）的通知",
        doc_number="川财企〔2026〕41号",
        issuer=["四川省财政厅", "四川省商务厅"],
        date="2026-05-08",
        published=None,
        level="provincial",
        region="四川省",
        effective=None,
        expires=None,
        attachments=[att1, att2],
        doc_type="通知",
        recipients=["各市（州）财政局", "各市（州）商务主管部门"],
        publicity="主动公开",
        repeals=None,
    )
    return stem, path, [dict(meta=meta, clauses=clauses)]


# ================================================================ 广东
def make_guangdong():
    stem = "blind732_guangdong_zijin"
    doc = new_doc()
    sec = doc.sections[0]
    page_number_footer(sec.footer, WD_ALIGN_PARAGRAPH.CENTER, "— ", " —")

    two_level_header(doc, ["广东省财政厅", "广东省商务厅"], "粤财工〔2026〕57号", size=30, spacer_col=True)
    para(doc, [("广东省财政厅 广东省商务厅关于下达2026年外经贸发展专项资金（第二批）的通知", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc)
    para(doc, ["各地级以上市财政局、商务局："])
    clauses = []

    def body(text, runs=None, **kw):
        para(doc, runs or [text], indent=True, **kw)
        clauses.append(text)

    body("按照《广东省财政厅 广东省商务厅关于印发〈广东省外经贸发展专项资金管理实施细则〉的通知》（粤财工〔2024〕31号）和省委、省政府关于推动外贸高质量发展、高质量参与共建“一带一路”的部署要求，现将2026年外经贸发展专项资金（第二批）下达你们，请按规定做好资金分配和使用管理。现就有关事项通知如下：")

    rows = [
        dict(kind="city", no="1", name="广州市", c=1520, p=680, dir="跨境电商综试区、市场采购贸易、中欧班列"),
        dict(kind="city", no="2", name="珠海市", c=460, p=240, dir="外贸新业态、外资招引"),
        dict(kind="city", no="3", name="佛山市", c=690, p=310, dir="加工贸易转型升级、海外仓"),
        dict(kind="city", no="4", name="东莞市", c=830, p=370, dir="加工贸易转型升级、综合保税区"),
        dict(kind="city", no="5", name="江门市", c=350, p=150, dir="跨境电商、“一带一路”经贸合作"),
        dict(kind="sub", name="珠三角核心区小计", c=3850, p=1750),
        dict(kind="city", no="6", name="汕头市", c=420, p=200, dir="跨境电商、“一带一路”经贸合作"),
        dict(kind="city", no="7", name="揭阳市", c=260, p=120, dir="综合保税区"),
        dict(kind="sub", name="沿海经济带东翼小计", c=680, p=320),
        dict(kind="city", no="8", name="湛江市", c=390, p=210, dir="综合保税区、RCEP经贸合作"),
        dict(kind="city", no="9", name="茂名市", c=180, p=120, dir="外贸新业态"),
        dict(kind="sub", name="沿海经济带西翼小计", c=570, p=330),
        dict(kind="city", no="10", name="韶关市", c=240, p=160, dir="外贸新业态、贸易摩擦应对"),
        dict(kind="city", no="11", name="梅州市", c=200, p=150, dir="跨境电商、海外仓"),
        dict(kind="city", no="12", name="清远市", c=210, p=140, dir="中欧班列、公共服务平台"),
        dict(kind="sub", name="北部生态发展区小计", c=650, p=450),
        dict(kind="total", name="合计", c=5750, p=2850),
    ]
    tot = check_sums(rows)
    assert tot["c"] + tot["p"] == 8600

    t = "一、本次下达各地外经贸发展专项资金（第二批）8600万元，其中中央资金5750万元、省级资金2850万元，具体见附件1。中央资金和省级资金均列2026年政府收支分类科目“2160299其他商业流通事务支出”。"
    body(t, [("一、", FS, 16, True), t[2:]])
    body("各地级以上市财政局应当在收到资金后30日内，会同同级商务主管部门将资金分解下达到县（市、区）或项目单位，并将分解下达文件抄送省财政厅、省商务厅。")
    para(doc, [("二、资金用途", HT, 16)], indent=True)
    para(doc, [("（一）推动贸易高质量发展", KT, 16)], indent=True)
    body("1.支持跨境电商综合试验区建设。支持广州、珠海、佛山、东莞、江门、汕头、梅州等跨境电子商务综合试验区建设线上综合服务平台和产业园区，重点支持：")
    body("（1）企业在共建“一带一路”国家和RCEP成员国建设、租用海外仓；")
    body("（2）跨境电商企业开展品牌建设和独立站运营；")
    body("（3）跨境电商产业园区公共服务能力提升。")
    body("2.支持加工贸易转型升级和市场采购贸易发展。支持东莞、佛山等加工贸易重点地区推动加工贸易企业向研发设计、品牌营销延伸，支持广州花都皮革皮具市场采购贸易方式试点发展。")
    body("3.支持综合保税区发展。支持广州南沙综合保税区、东莞综合保税区、湛江综合保税区、揭阳综合保税区等发展保税维修、保税研发和跨境电商保税进口业务。")
    para(doc, [("（二）推动高水平对外开放", KT, 16)], indent=True)
    body("1.支持中欧班列和国际物流通道建设。支持中欧班列（广州）、中欧班列（清远）拓展共建“一带一路”国家线路和回程班列，对稳定开行的班列运营平台给予适当补助。")
    body("2.支持外商投资促进。支持各地开展“粤贸全球”“投资广东”等经贸活动，对新设或增资的重大外资项目按规定给予奖励。")
    body("3.支持贸易摩擦应对和合规体系建设。支持建设贸易调整援助、出口管制合规和贸易摩擦预警公共服务平台。")
    para(doc, [("三、绩效管理", HT, 16)], indent=True)
    body("各地要严格落实预算绩效管理要求，按照附件2确定的绩效目标组织实施，开展绩效运行监控和绩效自评。省财政厅、省商务厅将对资金使用情况开展抽查和绩效评价，评价结果与下一年度资金分配挂钩。对绩效目标实现程度低、资金支出进度慢的地区，将相应收回或调减资金。")
    body("各地应于2026年10月31日前将资金支出进度报送省商务厅，于2027年1月20日前报送年度绩效自评报告。")
    t = "四、本通知下达的资金须在2026年12月31日前支出完毕，未能按期使用的，按照财政存量资金管理有关规定处理。"
    body(t, [("四、", FS, 16, True), t[2:]])
    empty(doc)
    att1 = "2026年外经贸发展专项资金（第二批）分配表"
    att2 = "2026年外经贸发展专项资金（第二批）绩效目标表"
    p = para(doc, ["附件：1．" + att1], left=Cm(1.13), hanging=Cm(1.13))
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.left_indent = Cm(1.13)
    para(doc, ["　　　2．" + att2], left=Cm(1.13))
    empty(doc, 2)
    # 落款 in a layout table
    t2 = doc.add_table(rows=2, cols=2)
    no_borders(t2)
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, n in enumerate(["广东省财政厅", "广东省商务厅"]):
        c = t2.cell(0, i)
        cell_text(c, n, FS, 16)
    m = t2.cell(1, 0).merge(t2.cell(1, 1))
    cell_text(m, "2026年6月12日", FS, 16, False, WD_ALIGN_PARAGRAPH.RIGHT)
    set_col_widths(t2, [Cm(7.8), Cm(7.8)])
    empty(doc, 1)
    # 版记 placed before the attachments
    empty(doc, 3)
    para(doc, [("公开方式：主动公开", FS, 14)], indent=True)
    banji(doc, ["抄送：财政部广东监管局，省审计厅，省商务厅各有关处室。"],
          "广东省财政厅办公室　　　　　　　　　　2026年6月15日印发")

    # 附件1 in landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s2, landscape=True)
    para(doc, [("附件1", HT, 16)])
    para(doc, [(att1, XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    para(doc, [("单位：万元", FS, 12)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    clauses += alloc_table(doc, rows, lambda v: "{:,}".format(v))
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s3, landscape=False)
    para(doc, [("附件2", HT, 16)])
    para(doc, [(att2, XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    empty(doc)
    perf = [
        ("产出指标", "数量指标", "支持跨境电商综试区数量", "≥7个"),
        ("产出指标", "数量指标", "新增海外仓数量", "≥40个"),
        ("产出指标", "数量指标", "中欧班列开行列数", "≥1,200列"),
        ("产出指标", "质量指标", "项目验收合格率", "≥95%"),
        ("产出指标", "时效指标", "资金支出进度（截至2026年12月31日）", "100%"),
        ("效益指标", "经济效益指标", "全省外贸进出口总额", "稳中提质"),
        ("效益指标", "经济效益指标", "跨境电商进出口额增长", "≥8%"),
        ("效益指标", "社会效益指标", "新增外资企业数量", "≥1.5万家"),
        ("满意度指标", "服务对象满意度指标", "受益企业满意度", "≥90%"),
    ]
    clauses += perf_table(doc, perf)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = dict(
        title="广东省财政厅 广东省商务厅关于下达2026年外经贸发展专项资金（第二批）的通知",
        doc_number="粤财工〔2026〕57号",
        issuer=["广东省财政厅", "广东省商务厅"],
        date="2026-06-12",
        published=None,
        level="provincial",
        region="广东省",
        effective=None,
        expires=None,
        attachments=[att1, att2],
        doc_type="通知",
        recipients=["各地级以上市财政局", "各地级以上市商务局"],
        publicity="主动公开",
        repeals=None,
    )
    return stem, path, [dict(meta=meta, clauses=clauses)]


def main():
    expected = {}
    for fn in (make_fujian, make_sichuan, make_guangdong):
        stem, path, objs = fn()
        convert(path)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
