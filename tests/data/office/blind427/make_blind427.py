# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 427 blind test documents: 专项资金分配通知 + 分配表/绩效目标表, 函, 市级转下达通知."""
import copy
import json
import os
import subprocess
from decimal import Decimal

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"


# ----------------------------------------------------------------- helpers
def font(run, name, size, bold=None, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=False, line=28, before=0, after=0, size=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(container, runs, align=None, indent=True, line=28, size=16, before=0, after=0):
    """runs: str or list of (text, fontname, bold)"""
    p = container.add_paragraph()
    fmt(p, align, indent, line, before, after, size)
    if isinstance(runs, str):
        runs = [(runs, FS, None)]
    for text, fname, bold in runs:
        font(p.add_run(text), fname, size, bold)
    return p


def empty(container, line=28):
    p = container.add_paragraph()
    fmt(p, line=line)
    return p


def border_bottom(p, color="E60012", sz=18, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), val)
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def page_setup(doc):
    for s in doc.sections:
        s.page_width = Cm(21)
        s.page_height = Cm(29.7)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)


def _page_field(p, size=14):
    font(p.add_run("— "), ST, size)
    r = p.add_run()
    font(r, ST, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r2 = p.add_run()
    font(r2, ST, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._element.append(it)
    r3 = p.add_run()
    font(r3, ST, size)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r3._element.append(f2)
    r4 = p.add_run("1")
    font(r4, ST, size)
    r5 = p.add_run()
    font(r5, ST, size)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r5._element.append(f3)
    font(p.add_run(" —"), ST, size)


def page_numbers(doc):
    """odd pages right, even pages left (公文 style)."""
    doc.settings.odd_and_even_pages_header_footer = True
    s = doc.sections[0]
    p = s.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.right_indent = Pt(14)
    _page_field(p)
    p2 = s.even_page_footer.paragraphs[0]
    p2.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p2.paragraph_format.left_indent = Pt(14)
    _page_field(p2)


def cell_text(cell, text, fname=FS, size=12, bold=None, align=WD_ALIGN_PARAGRAPH.CENTER, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    if line:
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(line)
    if text:
        font(p.add_run(text), fname, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for i, col in enumerate(table.columns):
        for c in col.cells:
            c.width = Cm(widths_cm[i])


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def banji_table(doc, rows, width_cm=15.6):
    """版记 typed as a one-column table with top/bottom rules only."""
    t = doc.add_table(rows=len(rows), cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge, val in (("top", "single"), ("bottom", "single"), ("insideH", "single"),
                      ("left", "nil"), ("right", "nil"), ("insideV", "nil")):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), "8")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)
    for i, text in enumerate(rows):
        c = t.rows[i].cells[0]
        c.width = Cm(width_cm)
        cell_text(c, text, FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    return t


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def kv(cols, vals):
    return "；".join(f"{c}：{v}" for c, v in zip(cols, vals) if v)


def money(d):
    return f"{d:,.2f}"


# ------------------------------------------------------- Word numbering
def add_cn_numbering(doc):
    """abstractNum: lvl0 '一、' lvl1 '（一）', chineseCounting, no tab suffix."""
    numbering = doc.part.numbering_part.element
    aid = 4270
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    absn.append(mlt)
    for ilvl, text, fontname in ((0, "%1、", HT), (1, "（%2）", FS)):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                         ("w:lvlText", text), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        if ilvl == 1:
            rs = OxmlElement("w:lvlRestart")
            rs.set(qn("w:val"), "1")
            lvl.insert(2, rs)
        suff = OxmlElement("w:suff")
        suff.set(qn("w:val"), "nothing")
        lvl.insert(lvl.index(lvl.find(qn("w:lvlText"))), suff)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), "640")
        ppr.append(ind)
        lvl.append(ppr)
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            rf.set(qn(a), fontname)
        rpr.append(rf)
        lvl.append(rpr)
        absn.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(aid))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(aid))
    num.append(an)
    numbering.append(num)
    return aid


def set_num(p, num_id, ilvl):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)
    p.paragraph_format.first_line_indent = Pt(32)


CN = "一二三四五六七八九十"

# ================================================================= DATA
ALLOC_COLS = ["序号", "地区", "项目单位", "项目名称", "支持方向", "金额"]
PROJECTS = [
    ("成都市", [
        ("四川天府新区管理委员会", "自贸试验区制度创新成果集成推广项目", "制度创新", "1280.00"),
        ("成都国际铁路港投资发展（集团）有限公司", "中欧班列（成都）集结中心扩能改造项目", "国际物流通道建设", "2400.00"),
        ("成都高新综合保税区管理服务中心", "保税研发检测公共服务平台建设项目", "开放平台建设", "1065.50"),
        ("成都市跨境电子商务公共服务有限公司", "跨境电商公共海外仓服务平台项目", "开放平台建设", "836.20"),
    ]),
    ("泸州市", [
        ("中国（四川）自由贸易试验区川南临港片区管理委员会", "川南临港片区“铁公水”多式联运信息平台项目", "国际物流通道建设", "1520.00"),
        ("泸州综合保税区管理委员会", "泸州综合保税区保税维修业务配套设施项目", "开放平台建设", "948.60"),
        ("泸州临港物流发展有限公司", "进口酒类跨境贸易便利化服务项目", "跨境贸易便利化", "612.00"),
    ]),
    ("德阳市", [
        ("德阳市商务局", "自贸试验区协同改革先行区制度创新项目", "制度创新", "560.00"),
        ("德阳国际铁路物流港有限公司", "德阳国际铁路物流港海关监管作业场所改造项目", "国际物流通道建设", "734.25"),
    ]),
    ("宜宾市", [
        ("宜宾综合保税区管理局", "宜宾综合保税区跨境电商监管中心建设项目", "开放平台建设", "890.00"),
        ("宜宾港（集团）有限公司", "宜宾港区“水铁联运”外贸集装箱班列补助项目", "国际物流通道建设", "655.35"),
    ]),
    ("绵阳市", [
        ("绵阳综合保税区管理办公室", "保税检测维修公共服务平台项目", "开放平台建设", "708.00"),
        ("绵阳市商务局", "外商投资企业服务中心运行及投资促进项目", "跨境贸易便利化", "350.60"),
    ]),
]
TOTAL = sum(Decimal(a) for _, ps in PROJECTS for *_, a in ps)
assert money(TOTAL) == "12,560.50", TOTAL
LUZHOU_SUB = sum(Decimal(a) for r, ps in PROJECTS if r == "泸州市" for *_, a in ps)
assert money(LUZHOU_SUB) == "3,080.60"

PERF_COLS = ["一级指标", "二级指标", "三级指标", "指标值"]
PERF = [
    ("产出指标", [
        ("数量指标", [("支持项目数量", "13个"),
                     ("形成制度创新成果", "≥15项"),
                     ("中欧班列（成都）开行列数", "≥4,800列")]),
        ("质量指标", [("项目验收合格率", "100%"),
                     ("省级以上复制推广制度创新成果", "≥5项")]),
        ("时效指标", [("资金分解下达时限", "收到资金后30日内"),
                     ("项目完工率", "≥90%")]),
    ]),
    ("效益指标", [
        ("经济效益指标", [("自贸试验区外贸进出口额增长率", "≥8%"),
                       ("实际使用外资", "≥12亿美元")]),
        ("社会效益指标", [("跨境电商进出口额", "同比增长≥10%")]),
        ("可持续影响指标", [("新增外商投资企业", "≥300家")]),
    ]),
    ("满意度指标", [
        ("服务对象满意度指标", [("项目单位满意度", "≥90%")]),
    ]),
]

CITIES = ["成都市", "泸州市", "德阳市", "宜宾市", "绵阳市"]


# ====================================================== doc 1: 省级通知
def make_sichuan_tongzhi():
    doc = Document()
    page_setup(doc)
    page_numbers(doc)
    clauses = []

    # 版头: joint header laid out in a borderless table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [11.4, 4.2])
    right = t.cell(0, 1).merge(t.cell(1, 1))
    for i, org in enumerate(["四川省财政厅", "四川省商务厅"]):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        font(p.add_run(org), XBS, 32, color=RED)
    rp = right.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(rp.add_run("文件"), XBS, 48, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    empty(doc)
    p = para(doc, "川财建〔2026〕37号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border_bottom(p, sz=24)
    empty(doc)

    # title with a soft line break in the middle of a phrase
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    font(p.add_run("四川省财政厅 四川省商务厅"), XBS, 22)
    p.runs[-1].add_break()
    font(p.add_run("关于下达2026年度自贸试验区"), XBS, 22)
    p.runs[-1].add_break()
    font(p.add_run("发展专项资金的通知"), XBS, 22)
    empty(doc)

    fin = "、".join(CITIES) + "财政局、商务局："
    para(doc, fin, indent=False)
    recipients = [c + "财政局" for c in CITIES] + [c + "商务局" for c in CITIES]

    def body(text, runin=None, kt=False):
        if runin:
            para(doc, [(runin, KT if kt else FS, True), (text, FS, None)])
            clauses.append(runin + text)
        else:
            para(doc, text)
            clauses.append(text)

    def heading(text):
        para(doc, [(text, HT, None)])

    body("为深入实施自由贸易试验区提升战略，推动中国（四川）自由贸易试验区和协同改革先行区高质量发展，"
         "根据《四川省自由贸易试验区发展专项资金管理办法》（川财建〔2024〕112号）和省委、省政府有关工作部署，"
         "经省政府同意，现下达你们2026年度自贸试验区发展专项资金（以下简称专项资金）12,560.50万元"
         "（详见附件1），并就有关事项通知如下。")
    heading("一、资金安排")
    body("（一）本次下达的专项资金列2026年政府收支分类科目“2160299其他商业流通事务支出”，"
         "各市财政局要按规定及时调整预算，在收到资金后30日内分解下达到项目单位，"
         "并将资金分解下达文件抄送省财政厅、省商务厅。")
    body("（二）专项资金采取“因素法+项目法”相结合的方式分配。其中，按因素法分配8,725.00万元，"
         "按项目法分配3,835.50万元。")
    body("（三）对成都国际铁路港投资发展（集团）有限公司中欧班列（成都）集结中心扩能改造项目安排的2,400.00万元，"
         "按照“先建后补”方式管理，成都市财政局应在项目通过竣工验收后据实拨付，未通过验收的资金由省财政厅收回。")
    empty(doc)
    heading("二、支持方向")
    body("支持自贸试验区和协同改革先行区围绕投资、贸易、金融、航运、人才等领域开展首创性、差异化改革探索，"
         "对形成并经省级以上复制推广的制度创新成果的单位给予补助。", runin="（一）制度创新。", kt=True)
    body("支持综合保税区、跨境电子商务综合试验区等开放平台提升功能，重点用于以下事项：",
         runin="（二）开放平台建设。", kt=True)
    body("1．综合保税区内保税研发、保税检测、保税维修等新业态公共服务平台建设；")
    body("2．跨境电商公共海外仓、跨境电商监管中心等公共服务设施建设及运营；")
    body("3．外商投资企业服务中心运行及重点外资项目招引。")
    body("支持中欧班列、西部陆海新通道班列及“铁公水”多式联运发展。",
         runin="（三）国际物流通道建设。", kt=True)
    body("对中欧班列（成都）集结中心、德阳国际铁路物流港等节点设施扩能改造项目给予补助，具体标准如下：",
         runin="1．班列节点扩能。")
    body("（1）按照项目实际完成投资额的30%给予补助，单个项目补助不超过2,400万元；")
    body("（2）已享受中央预算内投资支持的项目，省级补助与中央资金合计不超过项目总投资的50%。")
    body("对川南临港片区、宜宾港区开展“铁公水”多式联运和外贸集装箱班列运营的，按照实际开行班列数给予补助。",
         runin="2．多式联运。")
    body("支持各地推进国际贸易“单一窗口”功能拓展、进口商品通关便利化服务和跨境贸易数字化应用场景建设。",
         runin="（四）跨境贸易便利化。", kt=True)
    empty(doc)
    heading("三、工作要求")
    body("各市财政局、商务局要督促项目单位严格按照批复的项目内容组织实施，不得擅自调整项目内容或变更资金用途；"
         "确需调整的，须报省财政厅、省商务厅同意。", runin="（一）加强项目管理。", kt=True)
    body("各市要按照附件2确定的区域绩效目标做好绩效运行监控，于2026年8月31日前报送绩效监控情况，"
         "年度终了后开展绩效自评。绩效评价结果将作为以后年度专项资金分配的重要依据。",
         runin="（二）强化绩效管理。", kt=True)
    body("专项资金使用情况纳入财会监督和审计监督范围。对截留、挤占、挪用专项资金或者虚报冒领、骗取资金的，"
         "依照《中华人民共和国预算法》《财政违法行为处罚处分条例》等规定追究责任。",
         runin="（三）严格监督检查。", kt=True)
    body("除涉密内容外，各市应当在资金分解下达后20日内，将资金分配结果在本级政府门户网站公开。",
         runin="（四）做好信息公开。", kt=True)
    empty(doc)
    body("联系人：省财政厅经济建设处 张建华，028-86671235；省商务厅自由贸易试验区工作处 王丽萍，028-83226013。")
    empty(doc)

    att = ["2026年度自贸试验区发展专项资金分配表", "2026年度自贸试验区发展专项资金区域绩效目标表"]
    p = para(doc, "附件：1．" + att[0], indent=True)
    p.runs[-1].add_break()
    font(p.add_run("　　　2．" + att[1]), FS, 16)
    empty(doc)
    p = para(doc, "四川省财政厅　　　　　　　　四川省商务厅", indent=True)
    p.paragraph_format.keep_with_next = True
    para(doc, "2026年3月18日　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）", indent=True)

    # ---------------- 附件1
    page_break(doc)
    para(doc, [("附件1", HT, None)], indent=False)
    empty(doc)
    para(doc, [(att[0], XBS, None)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=20, line=32)
    empty(doc)
    para(doc, "单位：万元", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, size=12, line=20)
    nrows = 2 + sum(len(ps) + 1 for _, ps in PROJECTS)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [0.9, 1.3, 4.1, 4.5, 2.0, 2.8])
    for i, h in enumerate(ALLOC_COLS):
        cell_text(t.cell(0, i), h, HT, 12)
    # 合计 row first (merged over 序号..支持方向)
    m = t.cell(1, 0).merge(t.cell(1, 4))
    cell_text(m, "合计", HT, 12)
    cell_text(t.cell(1, 5), money(TOTAL), FS, 12, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    clauses.append(kv(ALLOC_COLS, ["合计", "", "", "", "", money(TOTAL)]))
    r = 2
    seq = 0
    for region, ps in PROJECTS:
        start = r
        for unit, name, direction, amt in ps:
            seq += 1
            vals = [str(seq), region, unit, name, direction, money(Decimal(amt))]
            cell_text(t.cell(r, 0), vals[0])
            for ci in (2, 3):
                cell_text(t.cell(r, ci), vals[ci], align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(t.cell(r, 4), vals[4])
            cell_text(t.cell(r, 5), vals[5], align=WD_ALIGN_PARAGRAPH.RIGHT)
            clauses.append(kv(ALLOC_COLS, vals))
            r += 1
        sub = sum(Decimal(a) for *_, a in ps)
        sm = t.cell(r, 2).merge(t.cell(r, 4))
        cell_text(sm, "小计", FS, 12, bold=True)
        cell_text(t.cell(r, 5), money(sub), FS, 12, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
        clauses.append(kv(ALLOC_COLS, ["", region, "小计", "", "", money(sub)]))
        rc = t.cell(start, 1).merge(t.cell(r, 1))
        cell_text(rc, region)
        r += 1
    # mark header row repeat
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trPr.append(th)

    # ---------------- 附件2
    page_break(doc)
    para(doc, [("附件2", HT, None)], indent=False)
    empty(doc)
    para(doc, [(att[1], XBS, None)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=20, line=32)
    empty(doc)
    n = sum(len(x[1]) for _, lv2 in PERF for x in lv2)
    t = doc.add_table(rows=n + 1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [2.4, 3.4, 6.2, 3.6])
    for i, h in enumerate(PERF_COLS):
        cell_text(t.cell(0, i), h, HT, 12)
    r = 1
    for l1, lv2 in PERF:
        s1 = r
        for l2, lv3 in lv2:
            s2 = r
            for l3, val in lv3:
                cell_text(t.cell(r, 2), l3, align=WD_ALIGN_PARAGRAPH.LEFT)
                cell_text(t.cell(r, 3), val)
                clauses.append(kv(PERF_COLS, [l1, l2, l3, val]))
                r += 1
            c2 = t.cell(s2, 1).merge(t.cell(r - 1, 1)) if r - 1 > s2 else t.cell(s2, 1)
            cell_text(c2, l2)
        c1 = t.cell(s1, 0).merge(t.cell(r - 1, 0)) if r - 1 > s1 else t.cell(s1, 0)
        cell_text(c1, l1)

    # 版记 at the end
    empty(doc)
    empty(doc)
    banji_table(doc, ["抄送：财政部四川监管局，省审计厅。",
                      "四川省财政厅办公室　　　　　　　　　　　2026年3月19日印发"])

    meta = {
        "title": "四川省财政厅 四川省商务厅关于下达2026年度自贸试验区发展专项资金的通知",
        "doc_number": "川财建〔2026〕37号",
        "issuer": ["四川省财政厅", "四川省商务厅"],
        "date": "2026-03-18",
        "published": None,
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": att,
        "doc_type": "通知",
        "recipients": recipients,
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ============================================================ doc 2: 函
def make_sichuan_han():
    doc = Document()
    page_setup(doc)
    page_numbers(doc)
    clauses = []

    p = para(doc, [("四川省商务厅办公室", XBS, None)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
             size=30, line=40)
    p.runs[0].font.color.rgb = RED
    p.runs[0].font.size = Pt(30)
    border_bottom(p, sz=12, val="thinThickSmallGap")
    p = para(doc, "川商办函〔2026〕58号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=6)
    empty(doc)

    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    font(p.add_run("四川省商务厅办公室关于报送2025年度"), XBS, 22)
    p.runs[-1].add_break()
    font(p.add_run("自贸试验区发展专项资金使用情况的函"), XBS, 22)
    empty(doc)
    para(doc, "、".join(CITIES) + "商务局：", indent=False)
    recipients = [c + "商务局" for c in CITIES]

    def body(text, runin=None):
        if runin:
            para(doc, [(runin, FS, True), (text, FS, None)])
            clauses.append(runin + text)
        else:
            para(doc, text)
            clauses.append(text)

    body("为做好2025年度自贸试验区发展专项资金绩效自评工作，全面掌握资金使用和项目实施情况，"
         "根据《四川省自由贸易试验区发展专项资金管理办法》（川财建〔2024〕112号）有关规定，"
         "请你们组织报送2025年度专项资金使用情况。现将有关事项函告如下：")
    para(doc, [("一、报送内容", HT, None)])
    body("包括省级资金到位、分解下达、实际支出及结余结转情况，截至2026年3月31日的支出金额和支出进度，"
         "请逐项目填写附件1。", runin="（一）资金使用情况。")
    body("说明各项目建设内容完成情况、竣工验收情况以及形成的制度创新成果、新增业务量等。",
         runin="（二）项目实施情况。")
    # half-width brackets typed by mistake
    body("对照《四川省财政厅 四川省商务厅关于下达2025年度自贸试验区发展专项资金的通知》（川财建〔2025〕46号）"
         "确定的区域绩效目标开展自评，按附件2提纲形成绩效自评报告。", runin="(三)绩效自评情况。")
    body("说明川财建〔2026〕37号文件下达资金的分解下达时间、拨付进度及存在的困难。",
         runin="（四）2026年度资金分解下达进展。")
    para(doc, [("二、有关要求", HT, None)])
    body("1.请于2026年5月15日前将加盖公章的书面材料一式两份报送省商务厅自由贸易试验区工作处，"
         "电子版同步发送至scftz_zj@163.com。")
    body("2.各市商务局要会同同级财政部门对报送数据进行审核，确保真实、准确、完整；"
         "支出进度低于60%的项目，须逐一说明原因及下一步措施。")
    body("3.省商务厅将会同省财政厅对报送情况进行抽查，报送和核查结果作为2027年度专项资金分配的重要参考。"
         "对逾期不报、瞒报漏报的，相应扣减下一年度资金额度。")
    body("联系人：刘思远，电话：028-83225516，传真：028-83225500。")
    body("特此函告。")
    empty(doc)
    att = ["2025年度自贸试验区发展专项资金项目使用情况表", "绩效自评报告提纲"]
    para(doc, "附件：1．" + att[0])
    para(doc, "　　　2．" + att[1])
    p = para(doc, "四川省商务厅办公室　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=28)
    p.paragraph_format.keep_with_next = True
    para(doc, "2026年4月10日　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    # 附件1: blank template table with two-level header -> no clauses
    page_break(doc)
    para(doc, [("附件1", HT, None)], indent=False)
    empty(doc)
    para(doc, [(att[0], XBS, None)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=20, line=32)
    para(doc, "填报单位（盖章）：　　　　　　　　　　　　　　单位：万元", indent=False, size=12, line=20)
    t = doc.add_table(rows=6, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [1.2, 3.2, 3.6, 2.0, 2.0, 2.0, 1.6])
    for row in t.rows[2:]:
        row.height = Cm(1.0)
    hdr = ["序号", "项目单位", "项目名称", "下达金额", None, None, "备注"]
    for ci, h in enumerate(hdr):
        if h:
            c = t.cell(0, ci).merge(t.cell(1, ci))
            cell_text(c, h, HT, 11)
    c = t.cell(0, 4).merge(t.cell(0, 5))
    cell_text(c, "截至2026年3月31日支出情况", HT, 11)
    cell_text(t.cell(1, 4), "支出金额", HT, 11)
    cell_text(t.cell(1, 5), "支出进度（%）", HT, 11)

    # 附件2: outline -> clauses
    page_break(doc)
    para(doc, [("附件2", HT, None)], indent=False)
    empty(doc)
    para(doc, [(att[1], XBS, None)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=36)
    empty(doc)
    outline = [
        ("一、基本情况。", "简要说明2025年度专项资金下达、分解和拨付情况，项目数量及总体实施进展。"),
        ("二、绩效目标完成情况。", "对照区域绩效目标表，逐项列明三级指标的年度指标值和实际完成值，未完成的应当说明原因。"),
        ("三、资金使用管理情况。", "说明资金管理制度建设、会计核算、政府采购和监督检查情况。"),
        ("四、存在的问题。", "分析项目实施和资金使用中存在的主要问题及原因。"),
        ("五、下一步工作措施。", "提出整改措施和完善专项资金管理的意见建议。"),
    ]
    for h, tx in outline:
        para(doc, [(h, HT, None), (tx, FS, None)])
        clauses.append(h + tx)

    empty(doc)
    banji_table(doc, ["抄送：省财政厅。",
                      "四川省商务厅办公室　　　　　　　　　　　2026年4月10日印发"])

    meta = {
        "title": "四川省商务厅办公室关于报送2025年度自贸试验区发展专项资金使用情况的函",
        "doc_number": "川商办函〔2026〕58号",
        "issuer": ["四川省商务厅办公室"],
        "date": "2026-04-10",
        "published": None,
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": att,
        "doc_type": "函",
        "recipients": recipients,
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ================================================= doc 3: 泸州市转下达
def make_luzhou_tongzhi():
    doc = Document()
    page_setup(doc)
    page_numbers(doc)
    numid = add_cn_numbering(doc)
    clauses = []

    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [11.4, 4.2])
    right = t.cell(0, 1).merge(t.cell(1, 1))
    for i, org in enumerate(["泸州市财政局", "泸州市商务局"]):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        font(p.add_run(org), XBS, 32, color=RED)
    rp = right.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(rp.add_run("文件"), XBS, 48, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    empty(doc)
    p = para(doc, "泸市财建〔2026〕21号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border_bottom(p, sz=24)
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    font(p.add_run("泸州市财政局 泸州市商务局"), XBS, 22)
    p.runs[-1].add_break()
    font(p.add_run("关于转下达2026年度自贸试验区"), XBS, 22)
    p.runs[-1].add_break()
    font(p.add_run("发展专项资金的通知"), XBS, 22)
    empty(doc)
    recips = ["龙马潭区财政局", "中国（四川）自由贸易试验区川南临港片区管理委员会",
              "泸州综合保税区管理委员会", "泸州临港物流发展有限公司"]
    para(doc, "、".join(recips) + "：", indent=False)

    intro = ("根据《四川省财政厅 四川省商务厅关于下达2026年度自贸试验区发展专项资金的通知》（川财建〔2026〕37号），"
             "省级下达我市2026年度自贸试验区发展专项资金3,080.60万元。经市政府同意，现将资金转下达给你们"
             "（详见下表），并将有关事项通知如下。")
    para(doc, intro)
    clauses.append(intro)

    cols = ["序号", "项目单位", "项目名称", "金额（万元）", "拨付方式"]
    rows = []
    pay = ["通过龙马潭区财政局拨付", "市级直接拨付", "市级直接拨付"]
    lz = [ps for r, ps in PROJECTS if r == "泸州市"][0]
    for i, (unit, name, _d, amt) in enumerate(lz):
        rows.append([str(i + 1), unit, name, money(Decimal(amt)), pay[i]])
    t = doc.add_table(rows=len(rows) + 2, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [1.0, 4.4, 4.6, 2.8, 2.8])
    for i, h in enumerate(cols):
        cell_text(t.cell(0, i), h, HT, 12)
    for ri, vals in enumerate(rows, start=1):
        for ci, v in enumerate(vals):
            cell_text(t.cell(ri, ci), v, align=WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 2) else
                      (WD_ALIGN_PARAGRAPH.RIGHT if ci == 3 else WD_ALIGN_PARAGRAPH.CENTER))
        clauses.append(kv(cols, vals))
    last = len(rows) + 1
    m = t.cell(last, 0).merge(t.cell(last, 2))
    cell_text(m, "合计", HT, 12)
    cell_text(t.cell(last, 3), money(LUZHOU_SUB), bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    clauses.append(kv(cols, ["合计", "", "", money(LUZHOU_SUB), ""]))
    empty(doc)

    def lvl0(text):
        p = para(doc, [(text, HT, None)], indent=False)
        set_num(p, numid, 0)

    counters = {"n": 0}

    def lvl1(text, runin=None):
        counters["n"] += 1
        label = "（" + CN[counters["n"] - 1] + "）"
        if runin:
            p = para(doc, [(runin, KT, True), (text, FS, None)], indent=False)
            clauses.append(label + runin + text)
        else:
            p = para(doc, text, indent=False)
            clauses.append(label + text)
        set_num(p, numid, 1)

    lvl0("资金使用要求")
    counters["n"] = 0
    lvl1("各项目单位要严格按照项目申报内容和省级确定的支持方向使用资金，不得擅自调整项目内容、扩大支出范围，"
         "不得用于人员经费、日常办公经费和楼堂馆所建设。", runin="专款专用。")
    lvl1("龙马潭区财政局要在收到资金后10个工作日内拨付至项目单位；各项目单位要在2026年11月30日前完成资金支出，"
         "支出进度纳入全市财政资金绩效评价。", runin="加快支出进度。")
    lvl1("各项目单位要对专项资金实行单独核算，建立项目资金台账，妥善保存合同、发票、验收报告等原始凭证备查。",
         runin="规范会计核算。")
    lvl0("绩效管理要求")
    counters["n"] = 0
    lvl1("各项目单位要对照省级下达的区域绩效目标，细化制定项目绩效目标，于2026年4月20日前报市财政局、市商务局备案。")
    lvl1("市财政局、市商务局将于2026年7月、10月分别开展绩效运行监控，对执行偏差较大的项目督促整改，"
         "对无法按期实施的项目收回资金统筹使用。")
    lvl1("年度终了后，各项目单位要按要求开展绩效自评，并于2027年1月31日前报送自评报告。")
    empty(doc)
    tail = "执行中如有问题，请及时与市财政局经济建设科、市商务局对外开放科联系。"
    para(doc, tail)
    clauses.append(tail)
    empty(doc)
    empty(doc)
    empty(doc)

    # 落款 laid out in a borderless table (two organs side by side, date under the right one)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [7.8, 7.8])
    cell_text(t.cell(0, 0), "泸州市财政局", FS, 16)
    cell_text(t.cell(0, 1), "泸州市商务局", FS, 16)
    cell_text(t.cell(1, 1), "二〇二六年四月二日", FS, 16)
    empty(doc)
    para(doc, "（此件主动公开）", indent=True)
    empty(doc)
    empty(doc)
    banji_table(doc, ["抄送：省财政厅，省商务厅，市审计局。",
                      "泸州市财政局办公室　　　　　　　　　　　2026年4月2日印发"])

    meta = {
        "title": "泸州市财政局 泸州市商务局关于转下达2026年度自贸试验区发展专项资金的通知",
        "doc_number": "泸市财建〔2026〕21号",
        "issuer": ["泸州市财政局", "泸州市商务局"],
        "date": "2026-04-02",
        "published": None,
        "level": "municipal",
        "region": "泸州市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": recips,
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ================================================================= main
def main():
    expected = {}
    for stem, fn in (("blind427_sichuan_tongzhi", make_sichuan_tongzhi),
                     ("blind427_sichuan_han", make_sichuan_han),
                     ("blind427_luzhou_tongzhi", make_luzhou_tongzhi)):
        doc, exp = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = exp
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_427", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
