# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 323: national ministries' notices naming
provinces, cities and zones (自贸试验区试点 / 中欧班列集结中心 / 跨境电商海外仓).

Writes next to itself:
  blind323_zimaoqu_tongzhi.docx/.pdf   商务部办公厅 海关总署办公厅 通知 (pilot items per 片区, landscape 附件 table)
  blind323_changsha_fuhan.docx/.pdf    国家发展改革委办公厅 复函 (信函格式) on 长沙中欧班列集结中心
  blind323_quanguo_gonggao.docx/.pdf   商务部 海关总署 公告 2024年第47号, list of 海外仓 pilot firms by province
  expected.json
Run:  . /work/venv/bin/activate && python make_blind323.py
"""
import json
import os
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
SOFT = "\v"  # marks a soft line break (Shift+Enter) inside a paragraph

# ---------------------------------------------------------------- helpers

def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


PPR_SUCC = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
            "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
            "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
            "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
            "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
            "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def p_border(p, sides, color="000000", sz=8, val="single", space=1):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn("w:pBdr"))
    if pBdr is None:
        pBdr = OxmlElement("w:pBdr")
        pPr.insert_element_before(pBdr, *PPR_SUCC)
    for side in sides:
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), str(space))
        el.set(qn("w:color"), color)
        pBdr.append(el)


def add_runs(p, segs):
    """segs: list of (text, font, size, bold, color). SOFT in text -> soft break."""
    for text, fnt, size, bold, color in segs:
        parts = text.split(SOFT)
        for i, part in enumerate(parts):
            if part:
                r = p.add_run(part)
                set_font(r, fnt, size, bold, color)
            if i < len(parts) - 1:
                r = p.add_run()
                set_font(r, fnt, size, bold, color)
                r.add_break(WD_BREAK.LINE)


def fmt(p, align=None, first=2, line=28.95, before=0, after=0, left=None, right=None, size=16):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first:
        pf.first_line_indent = Pt(size * first)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if align is not None:
        pf.alignment = align
    return p


def add_field(p, instr, fnt, size):
    def r_with(el):
        r = p.add_run()
        set_font(r, fnt, size)
        r._r.append(el)
        return r
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r_with(b)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r_with(it)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r_with(s)
    r = p.add_run("1"); set_font(r, fnt, size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r_with(e)


def page_numbers(section, blank_first=False):
    """GB/T 9704: 4号半角宋体, “— N —”, odd pages right, even pages left, 1 char in."""
    for footer, align, side in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT, "right"),
                                (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "left")):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.paragraph_format.alignment = align
        if side == "right":
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        r = p.add_run("— "); set_font(r, SONG, 14)
        add_field(p, "PAGE", SONG, 14)
        r = p.add_run(" —"); set_font(r, SONG, 14)
    if blank_first:
        section.different_first_page_header_footer = True
        section.first_page_footer.is_linked_to_previous = False


def a4(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.top_margin, section.bottom_margin = Mm(28), Mm(26)
        section.left_margin, section.right_margin = Mm(37), Mm(35)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(20)
    section.header_distance = Mm(15)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)
    doc.settings.odd_and_even_pages_header_footer = True
    a4(doc.sections[0])
    return doc


def cell_text(cell, text, fnt=FS, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align=align, first=0, line=22)
    add_runs(p, [(text, fnt, size, bold, None)])
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true")
    trPr.append(el)


def col_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    tblPr = table._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW"); tblPr.append(tw)
    tw.set(qn("w:type"), "dxa"); tw.set(qn("w:w"), str(int(Mm(sum(widths_mm)).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


class Doc:
    """Wraps a python-docx Document and records the clauses an analyst would list."""

    def __init__(self):
        self.doc = new_doc()
        self.clauses = []
        self.specific = {}

    # body paragraphs -------------------------------------------------
    def heading1(self, text):  # 一、xxx alone on its line (黑体)
        p = fmt(self.doc.add_paragraph())
        add_runs(p, [(text, HEI, 16, False, None)])

    def heading2(self, text):  # （二）xxx。 alone on its line (楷体)
        p = fmt(self.doc.add_paragraph())
        add_runs(p, [(text, KAI, 16, False, None)])

    def clause(self, text, runin=None, places=None, runin_font=KAI):
        """runin: leading run-in heading typed in another font; text: the rest."""
        p = fmt(self.doc.add_paragraph())
        segs = []
        if runin:
            segs.append((runin, runin_font, 16, False, None))
        segs.append((text, FS, 16, False, None))
        add_runs(p, segs)
        full = ((runin or "") + text).replace(SOFT, "")
        self.clauses.append(full)
        if places:
            self.specific[full[:30]] = places
        return p

    def plain(self, text, align=None, first=2, font=FS, size=16, right=None, before=0):
        p = fmt(self.doc.add_paragraph(), align=align, first=first, right=right, before=before, size=size)
        add_runs(p, [(text, font, size, False, None)])
        return p

    def blank(self, n=1, line=28.95):
        for _ in range(n):
            fmt(self.doc.add_paragraph(), first=0, line=line)

    def title(self, text, before=0):
        p = fmt(self.doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=35, before=before)
        add_runs(p, [(text, XBS, 22, False, None)])
        return p

    def banji(self, chaosong, yinfa_organ, yinfa_date, width_mm=156):
        """版记: 抄送 (thin rule above & below), 印发机关 … 印发日期 (thick rule below)."""
        self.blank(1)
        p = fmt(self.doc.add_paragraph(), first=0, line=24, left=14 * 4, size=14)
        p.paragraph_format.first_line_indent = Pt(-14 * 3)
        p.paragraph_format.right_indent = Pt(14)
        add_runs(p, [(chaosong, FS, 14, False, None)])
        p_border(p, ["top"], sz=8, space=4)
        p_border(p, ["bottom"], sz=4, space=4)
        p = fmt(self.doc.add_paragraph(), first=0, line=24, size=14)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm) - Pt(14), WD_TAB_ALIGNMENT.RIGHT)
        add_runs(p, [("\u3000" + yinfa_organ + "\t" + yinfa_date + "印发", FS, 14, False, None)])
        p_border(p, ["bottom"], sz=8, space=4)

    def row_clause(self, header, values, places=None):
        full = "；".join(f"{h}：{v}" for h, v in zip(header, values))
        self.clauses.append(full)
        if places:
            self.specific[full[:30]] = places

    def save(self, stem):
        path = HERE / f"{stem}.docx"
        self.doc.save(path)
        return path


# ======================================================================
# (a) 商务部办公厅 海关总署办公厅 通知 — 自贸试验区保税维修和再制造试点
# ======================================================================

def make_zimaoqu():
    d = Doc()
    doc = d.doc
    sec = doc.sections[0]
    page_numbers(sec)

    # 版头: two organ names stacked, red, 方正小标宋
    for name in ("商务部办公厅", "海关总署办公厅"):
        p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=56)
        add_runs(p, [(name, XBS, 40, False, RED)])
    d.blank(1)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    add_runs(p, [("商办自贸函〔2024〕287号", FS, 16, False, None)])
    p_border(p, ["bottom"], color="FF0000", sz=18, space=8)
    d.blank(1)

    d.title("商务部办公厅　海关总署办公厅" + SOFT +
            "关于同意在上海、广东、天津、福建、" + SOFT +
            "海南等自由贸易试验区开展保税维修和" + SOFT +
            "再制造试点的通知")
    d.blank(1)
    d.plain("上海市、广东省、天津市、福建省、海南省商务主管部门，上海、广州、深圳、天津、福州、厦门、海口海关：", first=0)

    d.clause("为贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动加工贸易向研发、维修、再制造等价值链两端延伸，"
             "经研究，同意在中国（上海）自由贸易试验区、中国（广东）自由贸易试验区、中国（天津）自由贸易试验区、"
             "中国（福建）自由贸易试验区、中国（海南）自由贸易试验区（以下统称试点自贸试验区）开展保税维修和再制造试点"
             "（以下简称试点）。现将有关事项通知如下：")

    d.heading1("一、试点内容")
    d.clause("支持上海自贸试验区临港新片区、天津自贸试验区天津机场片区、海南自贸试验区海口综合保税区内符合条件的企业，"
             "开展航空发动机、起落架、辅助动力装置、机载设备等航空器材“两头在外”保税维修业务，维修对象不受企业自身生产产品的限制。",
             runin="（一）航空器材保税维修。",
             places=["上海自贸试验区临港新片区", "天津自贸试验区天津机场片区", "海南自贸试验区海口综合保税区"])
    d.clause("支持广东自贸试验区广州南沙新区片区、福建自贸试验区厦门片区内符合条件的企业，对进境的船舶、海洋工程装备及其关键零部件"
             "开展保税维修，维修后复运出境；允许上述片区内船舶维修企业承接国内航行船舶所用进口设备的保税维修。",
             runin="（二）船舶及海工装备保税维修。",
             places=["广东自贸试验区广州南沙新区片区", "福建自贸试验区厦门片区"])
    d.clause("支持福建自贸试验区福州片区、海南自贸试验区洋浦经济开发区内符合条件的企业，开展境外游艇保税维修及配套零部件保税存储业务。"
             "游艇维修涉及临时进境的，按照海关有关规定办理暂时进境手续。",
             runin="（三）游艇保税维修。",
             places=["福建自贸试验区福州片区", "海南自贸试验区洋浦经济开发区"])
    d.clause("支持上海自贸试验区保税区片区、广东自贸试验区深圳前海蛇口片区内符合条件的企业，开展医疗器械、数控机床、工程机械、"
             "通信设备等产品进口再制造业务。再制造产品须符合国家有关质量标准，并在显著位置标注“再制造产品”字样。",
             runin="（四）高技术含量、高附加值产品再制造。",
             places=["上海自贸试验区保税区片区", "广东自贸试验区深圳前海蛇口片区"])
    d.clause("试点自贸试验区其他片区内企业拟开展上述业务的，由所在省（市）商务主管部门会同直属海关评估后，报商务部、海关总署同意后实施。",
             runin="（五）有序扩大试点范围。")

    d.heading1("二、监管要求")
    d.clause("试点项目实行清单管理（见附件）。商务部会同海关总署根据试点进展对清单进行动态调整，未列入清单的项目不得以试点名义开展。",
             runin="（一）实施清单管理。")
    d.clause("海关对试点企业实施以企业为单元的账册管理，对维修（再制造）用料件、维修（再制造）后产品实施全过程监管。具体要求如下：",
             runin="（二）强化海关监管。")
    d.clause("1.试点企业应当建立覆盖料件进口、维修（再制造）、成品出口及内销全流程的信息化管理系统，并与海关联网；")
    d.clause("2.维修（再制造）产生的旧件、坏件原则上复运出境，确需在境内处置的，按照固体废物管理有关规定办理；")
    d.clause("3.维修（再制造）后的产品原则上复运出境，确需内销的，按照有关规定办理进口手续。")
    d.clause("试点企业应当严格执行国家生态环境保护、安全生产有关规定，不得开展国家禁止进口的旧机电产品和固体废物进口业务。"
             "所在地生态环境部门依法加强监督管理。",
             runin="（三）落实环保和安全要求。")

    d.heading1("三、组织实施")
    d.clause("试点自贸试验区所在省（市）人民政府要切实承担主体责任，建立由商务、海关、生态环境、市场监管等部门参加的工作机制，"
             "制定试点实施细则，于2024年10月31日前报商务部、海关总署备案。",
             runin="（一）压实地方责任。")
    d.clause("商务部、海关总署将会同有关部门加强对试点工作的指导和评估。试点中遇到的重大问题，请及时报告。",
             runin="（二）加强跟踪评估。")
    d.clause("试点期限自2024年9月1日起至2027年8月31日止。试点期满后，商务部会同海关总署对试点情况进行评估，视情调整或推广。",
             runin="（三）明确试点期限。")
    d.plain("特此通知。")
    d.blank(1)
    # 附件说明: 左空二字, 回行与“附件：”后首字对齐
    p = fmt(doc.add_paragraph(), first=0, left=32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    add_runs(p, [("附件：试点自由贸易试验区片区及试点项目清单", FS, 16, False, None)])
    d.blank(3)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, right=16 * 2)
    add_runs(p, [("商务部办公厅　　　　　海关总署办公厅", FS, 16, False, None)])
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, right=16 * 4)
    add_runs(p, [("2024年8月16日", FS, 16, False, None)])
    d.plain("（此件公开发布）")

    # 附件: new landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(sec2, landscape=True)
    p = fmt(doc.add_paragraph(), first=0)
    add_runs(p, [("附件", HEI, 16, False, None)])
    d.blank(1)
    d.title("试点自由贸易试验区片区及试点项目清单")
    d.blank(1, line=14)
    header = ["序号", "自贸试验区", "片区", "试点项目"]
    rows = [
        ("1", "中国（上海）自由贸易试验区", "临港新片区", "航空发动机、起落架、机载设备等航空器材保税维修", "上海自贸试验区临港新片区"),
        ("2", "中国（上海）自由贸易试验区", "保税区片区", "医疗器械、数控机床进口再制造", "上海自贸试验区保税区片区"),
        ("3", "中国（广东）自由贸易试验区", "广州南沙新区片区", "船舶及海洋工程装备保税维修", "广东自贸试验区广州南沙新区片区"),
        ("4", "中国（广东）自由贸易试验区", "深圳前海蛇口片区", "工程机械、通信设备进口再制造", "广东自贸试验区深圳前海蛇口片区"),
        ("5", "中国（天津）自由贸易试验区", "天津机场片区", "航空器材保税维修", "天津自贸试验区天津机场片区"),
        ("6", "中国（福建）自由贸易试验区", "福州片区", "游艇保税维修及配套零部件保税存储", "福建自贸试验区福州片区"),
        ("7", "中国（福建）自由贸易试验区", "厦门片区", "船舶及海洋工程装备保税维修", "福建自贸试验区厦门片区"),
        ("8", "中国（海南）自由贸易试验区", "海口综合保税区", "航空器材保税维修", "海南自贸试验区海口综合保税区"),
        ("9", "中国（海南）自由贸易试验区", "洋浦经济开发区", "游艇保税维修及配套零部件保税存储", "海南自贸试验区洋浦经济开发区"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, fnt=HEI, size=14)
    repeat_header(t.rows[0])
    for r, row in enumerate(rows, start=1):
        cell_text(t.rows[r].cells[0], row[0])
        cell_text(t.rows[r].cells[2], row[2])
        cell_text(t.rows[r].cells[3], row[3], align=WD_ALIGN_PARAGRAPH.LEFT)
        d.row_clause(header, row[:4], places=[row[4]])
    # merge 自贸试验区 column over equal runs (text only in the top cell)
    r = 1
    while r <= len(rows):
        e = r
        while e + 1 <= len(rows) and rows[e][1] == rows[r - 1][1]:
            e += 1
        top = t.cell(r, 1)
        if e > r:
            top = top.merge(t.cell(e, 1))
        cell_text(top, rows[r - 1][1])
        r = e + 1
    col_widths(t, [18, 70, 50, 87])

    d.blank(4)
    d.banji("抄送：国家发展改革委办公厅、财政部办公厅、生态环境部办公厅、市场监管总局办公厅，上海市、广东省、天津市、福建省、海南省人民政府办公厅。",
            "商务部办公厅", "2024年8月19日", width_mm=225)

    meta = {
        "title": "商务部办公厅 海关总署办公厅关于同意在上海、广东、天津、福建、海南等自由贸易试验区开展保税维修和再制造试点的通知",
        "doc_number": "商办自贸函〔2024〕287号",
        "issuer": ["商务部办公厅", "海关总署办公厅"],
        "date": "2024-08-16",
        "published": "2024-08-19",
        "level": "national",
        "region": "上海、广东、天津、福建、海南自由贸易试验区",
        "effective": "2024-09-01",
        "expires": "2027-08-31",
        "attachments": ["试点自由贸易试验区片区及试点项目清单"],
        "doc_type": "通知",
        "recipients": ["上海市商务主管部门", "广东省商务主管部门", "天津市商务主管部门", "福建省商务主管部门",
                       "海南省商务主管部门", "上海海关", "广州海关", "深圳海关", "天津海关", "福州海关", "厦门海关", "海口海关"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return d, meta


# ======================================================================
# (b) 国家发展改革委办公厅 复函 (信函格式) — 长沙中欧班列集结中心
# ======================================================================

def make_changsha():
    d = Doc()
    doc = d.doc
    sec = doc.sections[0]
    sec.top_margin = Mm(30)
    page_numbers(sec, blank_first=True)  # 信函格式: 首页不显示页码

    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=60)
    add_runs(p, [("国家发展改革委办公厅", XBS, 36, False, RED)])
    p_border(p, ["bottom"], color="FF0000", sz=24, val="thickThinSmallGap", space=6)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, right=16, before=6)
    add_runs(p, [("发改办基础〔2024〕503号", FS, 16, False, None)])
    d.blank(1)
    d.title("国家发展改革委办公厅关于支持长沙" + SOFT + "建设中欧班列集结中心的复函")
    d.blank(1)
    d.plain("湖南省发展改革委：", first=0)
    d.clause("你委《关于申请将长沙纳入中欧班列集结中心示范工程的请示》（湘发改基础〔2024〕118号）收悉。经研究，现函复如下：")
    d.clause("一、原则同意将长沙国际铁路港纳入中欧班列集结中心示范工程，支持长沙建设中欧班列集结中心（以下简称长沙集结中心）。"
             "请你委指导长沙市按照“枢纽集结、干支结合、通道联动”的要求，高水平推进集结中心建设，打造服务中部地区、"
             "辐射长江中游城市群的中欧班列集结分拨枢纽。", runin=None)
    d.clause("到2026年，长沙集结中心基础设施进一步完善，年开行中欧班列达到1500列以上，回程班列占比稳定在40%以上，" + SOFT +
             "集结班列占比达到60%以上，辐射带动湖南及周边省份外向型产业发展。到2030年，建成设施先进、功能完善、运营高效的国际性铁路集结中心。",
             runin="二、建设目标。", runin_font=HEI)
    d.heading1("三、重点任务")
    d.clause("加快长沙国际铁路港（霞凝货场）扩能改造，新建集装箱作业线2条、海关监管作业场所1处，推进铁路专用线进港区、进园区。",
             runin="（一）完善枢纽设施。", places=["长沙国际铁路港（霞凝货场）"])
    d.clause("统筹省内货源，推动岳阳、株洲、湘潭、衡阳等地开行至长沙集结中心的“五定”班列，提高集结班列比例；"
             "加强与郑州、重庆、成都、西安、乌鲁木齐等集结中心协同，避免无序竞争。",
             runin="（二）强化集结组织。")
    d.clause("稳定开行长沙至汉堡、杜伊斯堡、布达佩斯、莫斯科等中欧线路，加密至塔什干、阿拉木图等中亚线路，" + SOFT +
             "探索开行中欧班列—西部陆海新通道班列联运。支持经阿拉山口、霍尔果斯、二连浩特、满洲里等口岸出境的线路均衡发展。",
             runin="（三）拓展通道网络。")
    d.clause("支持长沙海关在集结中心实施“一次申报、一次查验、一次放行”，推广“铁路快通”模式，推进中欧班列运输单证数字化。",
             runin="（四）提升通关便利化水平。")
    d.clause("依托长沙集结中心发展国际物流、跨境电商、冷链运输和国际贸易等产业，支持在湖南自贸试验区长沙片区建设中欧班列进口商品分拨中心，"
             "在长沙黄花综合保税区开展进口商品保税展示交易。",
             runin="（五）发展枢纽经济。", places=["湖南自贸试验区长沙片区", "长沙黄花综合保税区"])
    d.heading1("四、保障措施")
    d.clause("湖南省要将长沙集结中心建设纳入省级重点工作，建立由省发展改革委牵头，交通运输、商务、海关、铁路等部门参加的协调机制，明确责任分工。",
             runin="（一）加强组织领导。")
    d.heading2("（二）加大政策支持。")
    d.clause("1.对符合条件的集结中心基础设施项目，国家发展改革委在安排中央预算内投资时予以积极支持；")
    d.clause("2.鼓励地方政府专项债券、政策性开发性金融工具按规定支持集结中心建设；")
    d.clause("3.地方各级政府不得以任何形式对中欧班列进行超出规定的运费补贴，防止无序竞争。")
    d.clause("请你委于每年1月底前将上一年度长沙集结中心建设运营情况报送我委（基础设施发展司），我委将会同有关方面对集结中心建设成效进行评估，"
             "评估结果作为后续支持的重要依据。",
             runin="（三）强化监测评估。")
    d.plain("特此函复。")
    d.blank(1)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, right=16 * 2)
    add_runs(p, [("国家发展改革委办公厅", FS, 16, False, None)])
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, right=16 * 3)
    add_runs(p, [("2024年6月27日", FS, 16, False, None)])
    d.plain("（此件公开发布）")
    # 版记 on the last (even) page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    d.blank(14)
    d.banji("抄送：交通运输部办公厅、商务部办公厅、海关总署办公厅，国家铁路局综合司，中国国家铁路集团有限公司办公厅，湖南省人民政府办公厅，长沙市人民政府。",
            "国家发展改革委办公厅", "2024年6月28日")

    meta = {
        "title": "国家发展改革委办公厅关于支持长沙建设中欧班列集结中心的复函",
        "doc_number": "发改办基础〔2024〕503号",
        "issuer": ["国家发展改革委办公厅"],
        "date": "2024-06-27",
        "published": "2024-06-28",
        "level": "national",
        "region": "湖南省长沙市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "复函",
        "recipients": ["湖南省发展改革委"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return d, meta


# ======================================================================
# (c) 商务部 海关总署 公告 2024年第47号 — 海外仓创新发展试点企业名单
# ======================================================================

def make_gonggao():
    d = Doc()
    doc = d.doc
    sec = doc.sections[0]
    page_numbers(sec)

    # joint 版头 in a borderless 2x2 table: organ names left, “公告” right (merged)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(("中华人民共和国商务部", "中华人民共和国海关总署")):
        c = t.cell(i, 0)
        c.text = ""
        p = fmt(c.paragraphs[0], align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, first=0, line=48)
        add_runs(p, [(name, XBS, 26, False, RED)])
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.text = ""
    p = fmt(m.paragraphs[0], align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=60)
    add_runs(p, [("公告", XBS, 44, False, RED)])
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    col_widths(t, [118, 38])
    d.blank(1)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    add_runs(p, [("2024年第47号", FS, 16, False, None)])
    p_border(p, ["bottom"], color="FF0000", sz=18, space=8)
    d.blank(1)
    # title over two separate paragraphs (Enter, not Shift+Enter)
    d.title("关于公布第一批跨境电子商务海外仓")
    d.title("创新发展试点企业名单的公告")
    d.blank(1)

    d.clause("为贯彻落实党中央、国务院关于推动跨境电商健康持续创新发展的决策部署，支持跨境电子商务海外仓高质量发展，"
             "商务部、海关总署组织开展了跨境电子商务海外仓创新发展试点企业遴选工作。经地方推荐、专家评审和社会公示，"
             "确定杭州云帆跨境供应链管理有限公司等18家企业为第一批跨境电子商务海外仓创新发展试点企业（以下简称试点企业，名单见附件）。"
             "现就有关事项公告如下：")
    d.clause("一、试点企业所在地省级商务主管部门要加强对试点企业的指导服务，支持试点企业完善海外仓布局，提升海外仓数字化、智能化水平，"
             "发展“海外仓+”服务模式。")
    d.clause("二、海关对试点企业通过跨境电商B2B出口海外仓模式（监管方式代码9810）出口的货物，实施优先查验、转关便利等措施；"
             "符合条件的试点企业可申请适用跨境电商出口退货监管措施。")
    d.clause("三、支持中国（杭州）、中国（宁波）、中国（深圳）、中国（厦门）跨境电子商务综合试验区在海外仓出口退（免）税申报、"
             "出口信用保险承保、海外仓数据统计等方面先行先试，形成可复制推广的经验做法。",
             places=["浙江省杭州市", "浙江省宁波市", "广东省深圳市", "福建省厦门市"])
    d.clause("四、试点期为2年，自本公告发布之日起计算。试点期满后，商务部、海关总署对试点企业进行评估，"
             "评估不合格或存在严重违法失信行为的，取消试点资格。")
    d.clause("五、本公告自发布之日起施行。")
    d.plain("特此公告。")
    d.blank(1)
    p = fmt(doc.add_paragraph(), first=0, left=32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    add_runs(p, [("附件：第一批跨境电子商务海外仓创新发展试点企业名单", FS, 16, False, None)])
    d.blank(3)
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, right=16 * 3)
    add_runs(p, [("商务部　　　　海关总署", FS, 16, False, None)])
    p = fmt(doc.add_paragraph(), align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, right=16 * 3)
    add_runs(p, [("2024年11月8日", FS, 16, False, None)])

    # 附件 on a new page (page break, same section)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p = fmt(doc.add_paragraph(), first=0)
    add_runs(p, [("附件", HEI, 16, False, None)])
    d.blank(1)
    d.title("第一批跨境电子商务海外仓创新发展试点企业名单")
    d.blank(1, line=14)
    header = ["序号", "省份", "所在综试区", "企业名称", "海外仓主要布局国家（地区）"]
    rows = [
        ("上海市", "中国（上海）跨境电子商务综合试验区", "上海浦瀚国际物流有限公司", "美国、德国", "上海市"),
        ("江苏省", "中国（苏州）跨境电子商务综合试验区", "苏州吴越通跨境供应链有限公司", "英国、波兰", "江苏省苏州市"),
        ("江苏省", "中国（南京）跨境电子商务综合试验区", "南京金陵速达国际货运代理有限公司", "马来西亚、泰国", "江苏省南京市"),
        ("浙江省", "中国（杭州）跨境电子商务综合试验区", "杭州云帆跨境供应链管理有限公司", "美国、墨西哥", "浙江省杭州市"),
        ("浙江省", "中国（宁波）跨境电子商务综合试验区", "宁波甬舟海外仓储有限公司", "德国、西班牙", "浙江省宁波市"),
        ("浙江省", "中国（金华）跨境电子商务综合试验区", "义乌商城环球仓储服务有限公司", "阿联酋、沙特阿拉伯", "浙江省金华市"),
        ("福建省", "中国（厦门）跨境电子商务综合试验区", "厦门鹭通跨境物流有限公司", "菲律宾、印度尼西亚", "福建省厦门市"),
        ("福建省", "中国（福州）跨境电子商务综合试验区", "福州闽都海丝供应链有限公司", "越南、新加坡", "福建省福州市"),
        ("山东省", "中国（青岛）跨境电子商务综合试验区", "青岛海畅国际供应链有限公司", "韩国、日本", "山东省青岛市"),
        ("山东省", "中国（烟台）跨境电子商务综合试验区", "烟台港航跨境物流有限公司", "俄罗斯", "山东省烟台市"),
        ("河南省", "中国（郑州）跨境电子商务综合试验区", "郑州中原陆港海外仓储有限公司", "波兰、匈牙利", "河南省郑州市"),
        ("湖南省", "中国（长沙）跨境电子商务综合试验区", "长沙湘欧跨境电商服务有限公司", "德国、荷兰", "湖南省长沙市"),
        ("广东省", "中国（广州）跨境电子商务综合试验区", "广州穗港联运供应链有限公司", "美国、英国", "广东省广州市"),
        ("广东省", "中国（深圳）跨境电子商务综合试验区", "深圳前湾海外仓科技有限公司", "美国、加拿大、澳大利亚", "广东省深圳市"),
        ("广东省", "中国（深圳）跨境电子商务综合试验区", "深圳鹏城优链国际物流有限公司", "日本、德国", "广东省深圳市"),
        ("广东省", "中国（东莞）跨境电子商务综合试验区", "东莞松湖跨境物流有限公司", "巴西、墨西哥", "广东省东莞市"),
        ("四川省", "中国（成都）跨境电子商务综合试验区", "成都蓉欧国际供应链有限公司", "匈牙利、捷克", "四川省成都市"),
        ("新疆维吾尔自治区", "中国（乌鲁木齐）跨境电子商务综合试验区", "新疆丝路通达国际物流有限公司", "哈萨克斯坦、乌兹别克斯坦", "新疆维吾尔自治区乌鲁木齐市"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, fnt=HEI, size=12)
    repeat_header(t.rows[0])
    for r, row in enumerate(rows, start=1):
        cell_text(t.rows[r].cells[0], str(r), size=12)
        cell_text(t.rows[r].cells[3], row[2], size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.rows[r].cells[4], row[3], size=12)
        d.row_clause(header, (str(r),) + row[:4], places=[row[4]])
    # vertical merges: 省份 (col 1) and 所在综试区 (col 2)
    for col, key in ((1, 0), (2, 1)):
        r = 1
        while r <= len(rows):
            e = r
            while e + 1 <= len(rows) and rows[e][key] == rows[r - 1][key] and rows[e][0] == rows[r - 1][0]:
                e += 1
            top = t.cell(r, col)
            if e > r:
                top = top.merge(t.cell(e, col))
            cell_text(top, rows[r - 1][key], size=12)
            r = e + 1
    col_widths(t, [12, 24, 46, 46, 28])
    d.blank(1, line=14)
    p = fmt(doc.add_paragraph(), first=0, size=14, line=24)
    add_runs(p, [("说明：", HEI, 14, False, None)])
    for s in ("1.名单按企业所在省（区、市）排列，排名不分先后。",
              "2.企业名称以市场监督管理部门登记注册信息为准。",
              "3.海外仓主要布局国家（地区）根据企业申报材料整理，仅供参考。"):
        p = fmt(doc.add_paragraph(), first=2, size=14, line=24)
        add_runs(p, [(s, FS, 14, False, None)])
        d.clauses.append(s)

    d.blank(2)
    d.banji("抄送：国务院有关部委、直属机构，各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门，海关总署广东分署，各直属海关。",
            "商务部办公厅", "2024年11月8日")

    meta = {
        "title": "关于公布第一批跨境电子商务海外仓创新发展试点企业名单的公告",
        "doc_number": "商务部 海关总署公告2024年第47号",
        "issuer": ["商务部", "海关总署"],
        "date": "2024-11-08",
        "published": "2024-11-08",
        "level": "national",
        "region": "全国",
        "effective": "2024-11-08",
        "expires": "2026-11-07",
        "attachments": ["第一批跨境电子商务海外仓创新发展试点企业名单"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return d, meta


# ---------------------------------------------------------------- main

def to_pdf(docx_path):
    profile = "file:///tmp/lo_323"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={profile}", "--convert-to", "pdf",
                    "--outdir", str(HERE), str(docx_path)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for stem, maker in (("blind323_zimaoqu_tongzhi", make_zimaoqu),
                        ("blind323_changsha_fuhan", make_changsha),
                        ("blind323_quanguo_gonggao", make_gonggao)):
        d, meta = maker()
        path = d.save(stem)
        to_pdf(path)
        expected[stem] = [{"meta": meta, "clauses": d.clauses,
                           "applies_to": {"specific": d.specific}}]
    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for stem, docs in expected.items():
        print(stem, len(docs[0]["clauses"]), "clauses,", len(docs[0]["applies_to"]["specific"]), "specific")


if __name__ == "__main__":
    main()
