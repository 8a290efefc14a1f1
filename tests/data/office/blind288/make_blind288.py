# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 288: 下放/委托 of administrative powers to pilot free trade zones (自由贸易试验区),
as provinces, cities and 片区 管委会 publish them, written in Word the way Chinese offices make
them and printed to PDF by LibreOffice; one list is an Excel workbook.

Writes every file next to itself plus expected.json.
Run:  . /work/venv/bin/activate && python make_blind288.py
"""
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"

SAN = 16      # 三号
ER = 22       # 二号
SI = 14       # 四号
XSI = 12      # 小四
WU = 10.5     # 五号

C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


# ---------------------------------------------------------------- low-level helpers
def set_font(run, name, size, bold=False, color=None):
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


def fmt(p, align=J, indent=True, line=28.0, before=0, after=0, size=SAN):
    pf = p.paragraph_format
    p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = Pt(size * 2) if indent else Pt(0)
    return p


def fill(p, parts, size):
    """parts: str or list of (text, font[, bold[, color]]); '\\v' = soft line break."""
    if isinstance(parts, str):
        parts = [(parts, FS)]
    for part in parts:
        text, font = part[0], part[1]
        bold = part[2] if len(part) > 2 else False
        color = part[3] if len(part) > 3 else None
        for i, piece in enumerate(text.split("\v")):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            if piece:
                r = p.add_run(piece)
                set_font(r, font, size, bold, color)
    return p


def plain(parts):
    if isinstance(parts, str):
        parts = [(parts, FS)]
    return "".join(p[0] for p in parts).replace("\v", "")


def border(p, edge="bottom", color="000000", sz=8, val="single", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + edge)
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(20)
    section.header_distance = Mm(15)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(28), Mm(26)
    section.left_margin, section.right_margin = Mm(37), Mm(35)
    section.footer_distance = Mm(15)


def add_field(p, instr, font=SONG, size=SI):
    def run_with(el):
        r = p.add_run()
        set_font(r, font, size)
        r._r.append(el)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run_with(b)
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = instr
    run_with(t)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run_with(s)
    r = p.add_run("1")
    set_font(r, font, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run_with(e)


def _num_para(p, align, side):
    p.alignment = align
    if side == "right":
        p.paragraph_format.right_indent = Pt(SI)
    elif side == "left":
        p.paragraph_format.left_indent = Pt(SI)
    r = p.add_run("— ")
    set_font(r, SONG, SI)
    add_field(p, "PAGE")
    r = p.add_run(" —")
    set_font(r, SONG, SI)


def footer_numbers(doc, section, odd_even=True):
    """GB/T 9704: 4号半角宋体 “— N —”; 单页居右空一字、双页居左空一字 (or centred)."""
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        section.footer.is_linked_to_previous = False
        section.even_page_footer.is_linked_to_previous = False
        _num_para(section.footer.paragraphs[0], R, "right")
        _num_para(section.even_page_footer.paragraphs[0], L, "left")
    else:
        section.footer.is_linked_to_previous = False
        _num_para(section.footer.paragraphs[0], C, None)


def cell_text(cell, parts, size=XSI, align=J, font=FS, bold=False, line=None):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    paras = parts if isinstance(parts, list) else [parts]
    first = True
    for t in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt(p, align=align, indent=False, line=line or size * 1.45, size=size)
        fill(p, [(t, font, bold)], size)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    trpr.append(el)


def col_widths(table, widths_mm):
    table.autofit = False
    tbl = table._tbl
    tblpr = tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_mm[i] * 56.7)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = Mm(widths_mm[i])


def table_borders(table, sz=4, color="000000"):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        b.append(el)
    tblpr.append(b)


# ---------------------------------------------------------------- document builder
class Doc:
    """Writes a GB/T 9704 style document and records the answer key as it goes."""

    def __init__(self, stem):
        self.stem = stem
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(SAN)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        portrait(self.doc.sections[0])
        self.clauses = []
        self.specific = {}
        self._first = True
        self._pbb = False

    # -- answer key
    def clause(self, text, places=None):
        text = text.replace("\v", "")
        self.clauses.append(text)
        if places:
            key = text[:20]
            assert key not in self.specific, key
            assert sum(1 for c in self.clauses if c.startswith(key)) == 1, key
            self.specific[key] = list(places)

    # -- paragraphs
    def p(self, parts=None, align=J, indent=True, line=28.0, before=0, after=0, size=SAN):
        if self._first:
            para = self.doc.paragraphs[0] if self.doc.paragraphs else self.doc.add_paragraph()
            self._first = False
        else:
            para = self.doc.add_paragraph()
        fmt(para, align, indent, line, before, after, size)
        if self._pbb:
            para.paragraph_format.page_break_before = True
            self._pbb = False
        if parts:
            fill(para, parts, size)
        return para

    def blank(self, n=1, line=28.0, keep=False):
        for _ in range(n):
            para = self.p(None, line=line)
            if keep:
                para.paragraph_format.keep_with_next = True

    def banner(self, lines, size=40, scale=None, space_before=0):
        for i, t in enumerate(lines):
            para = self.p([(t, XBS, False, RED)], align=C, indent=False, line=size * 1.2,
                          before=space_before if i == 0 else 0, size=size)
            if scale:
                for r in para.runs:
                    w = OxmlElement("w:w")
                    w.set(qn("w:val"), str(scale))
                    r._element.get_or_add_rPr().append(w)

    def docno(self, text):
        self.blank(1)
        para = self.p(text, align=C, indent=False)
        border(para, "bottom", "FF0000", 18, space=8)

    def title(self, lines, soft=True):
        self.blank(1)
        if soft:
            self.p([("\v".join(lines), XBS)], align=C, indent=False, line=36, size=ER)
        else:
            for t in lines:
                self.p([(t, XBS)], align=C, indent=False, line=36, size=ER)
        self.blank(1)

    def plan_title(self, lines, gap=1):
        for t in lines:
            self.p([(t, XBS)], align=C, indent=False, line=36, size=ER)
        self.blank(gap)

    def zhusong(self, text):
        self.p(text, indent=False)

    def body(self, text, places=None, clause=True):
        self.p(text)
        if clause:
            self.clause(plain(text), places)

    def runin(self, head, rest, font=FS, bold=True, places=None, clause=True):
        self.p([(head, font, bold), (rest, FS)])
        if clause:
            self.clause(head + rest, places)

    def h1(self, text):      # 一、 黑体
        self.p([(text, HEI)]).paragraph_format.keep_with_next = True

    def h2(self, text):      # （一） 楷体
        self.p([(text, KAI)]).paragraph_format.keep_with_next = True

    def chapter(self, text):
        self.p([(text, HEI)], align=C, indent=False, before=6, after=0).paragraph_format.keep_with_next = True

    def section_head(self, text):
        self.p([(text, KAI, True)], align=C, indent=False, after=0).paragraph_format.keep_with_next = True

    def signature(self, organ, date, note="（此件公开发布）", right_chars=4, gap=2):
        self.blank(gap)
        self.p(organ, align=R, indent=False).paragraph_format.right_indent = Pt(SAN * right_chars)
        self.p(date, align=R, indent=False).paragraph_format.right_indent = Pt(SAN * right_chars)
        if note:
            self.p(note)

    def fujian_shuoming(self, items):
        """items: list of attachment names; one -> 附件：X, more -> numbered with hanging indent."""
        self.blank(1)
        if len(items) == 1:
            para = self.p("附件：" + items[0], indent=False)
            para.paragraph_format.left_indent = Pt(SAN * 5)
            para.paragraph_format.first_line_indent = Pt(-SAN * 3)
        else:
            for i, t in enumerate(items, 1):
                para = self.p(("附件：" if i == 1 else "") + f"{i}.{t}", indent=False)
                para.paragraph_format.left_indent = Pt(SAN * (2 if i == 1 else 5))

    def page_break(self):
        """The next paragraph starts a new page (段前分页)."""
        self._pbb = True

    def new_section(self, orient="portrait"):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        if orient == "portrait":
            portrait(sec)
        else:
            landscape(sec)
        return sec

    def banji(self, cc, printer, date, blanks=2):
        self.blank(blanks, keep=True)
        width = self.doc.sections[-1].page_width - self.doc.sections[-1].left_margin - self.doc.sections[-1].right_margin
        p1 = self.p(cc, indent=False, size=SI, line=26)
        p1.paragraph_format.left_indent = Pt(SI)
        p1.paragraph_format.right_indent = Pt(SI)
        p1.paragraph_format.first_line_indent = Pt(0)
        # hanging indent for 抄送 lines that wrap
        p1.paragraph_format.keep_with_next = True
        border(p1, "top", "000000", 8, space=4)
        border(p1, "bottom", "000000", 4, space=4)
        p2 = self.p(None, indent=False, size=SI, line=26)
        p2.paragraph_format.left_indent = Pt(SI)
        p2.paragraph_format.right_indent = Pt(SI)
        p2.paragraph_format.tab_stops.add_tab_stop(width - Pt(SI * 2), WD_TAB_ALIGNMENT.RIGHT)
        fill(p2, [(printer + "\t" + date, FS)], SI)
        border(p2, "bottom", "000000", 8, space=4)

    # -- tables
    def table(self, headers, rows, widths, merges=(), header_font=HEI, size=XSI, repeat=True,
              places=None, clause=True, skip_cols=(), center_cols=(), keep_together=True):
        """rows: list of lists (None where a vertical merge continues).
        merges: list of (col, first_row, last_row) vertical merges (row index in `rows`).
        places: dict row index -> list of places."""
        t = self.doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(t)
        col_widths(t, widths)
        for i, h in enumerate(headers):
            cell_text(t.cell(0, i), h, size=size, align=C, font=header_font)
        if repeat:
            repeat_header(t.rows[0])
        # value of merged cells: the first row's value
        filled = [list(r) for r in rows]
        for (c, a, b) in merges:
            for k in range(a + 1, b + 1):
                filled[k][c] = filled[a][c]
        for (c, a, b) in merges:
            t.cell(1 + a, c).merge(t.cell(1 + b, c))
        for ri, row in enumerate(rows):
            if keep_together:
                cant_split(t.rows[1 + ri])
            for ci, v in enumerate(row):
                if v is None:
                    continue
                if any(c == ci and a < ri <= b for (c, a, b) in merges):
                    continue
                cell_text(t.cell(1 + ri, ci), v, size=size,
                          align=C if ci in center_cols else J)
        if clause:
            for ri, row in enumerate(filled):
                text = "；".join(f"{h}：{v}" for ci, (h, v) in enumerate(zip(headers, row))
                                if v not in (None, "") and ci not in skip_cols)
                self.clause(text, (places or {}).get(ri))
        return t

    def zhuanlan(self, title, items):
        """A 专栏 box: one-cell table, title in 黑体 centred, items in 仿宋 小四."""
        t = self.doc.add_table(rows=1, cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(t, sz=8)
        col_widths(t, [150])
        cell = t.cell(0, 0)
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "F2F2F2")
        cell._tc.get_or_add_tcPr().append(shd)
        p0 = cell.paragraphs[0]
        fmt(p0, C, False, 24, 4, 2, XSI)
        fill(p0, [(title, HEI)], 13)
        for text, places in items:
            para = cell.add_paragraph()
            fmt(para, J, True, 19, 0, 0, XSI)
            if "：" in text[:30]:
                head, rest = text.split("：", 1)
                fill(para, [(head + "：", FS, True), (rest, FS)], XSI)
            else:
                fill(para, text, XSI)
            self.clause(text, places)
        para = cell.add_paragraph()
        fmt(para, J, False, 8, 0, 0, XSI)
        return t

    def picture(self, path, width_mm):
        para = self.p(None, align=C, indent=False, line=12)
        para.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        para.add_run().add_picture(path, width=Mm(width_mm))

    def save(self):
        path = os.path.join(HERE, self.stem + ".docx")
        self.doc.save(path)
        return path


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_288",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def entry(d, meta):
    return {"meta": meta, "clauses": d.clauses, "applies_to": {"specific": d.specific}}



# ---------------------------------------------------------------- catalogue tables (category rows, merges)
def catalog(d, headers, items, widths, merge_cols=(), size=WU, center_cols=(0,), header_font=HEI,
            cat_font=HEI, skip_cols=()):
    """items: ("cat", text) spans the full width; ("row", values, places) is one 事项.
    Consecutive rows (not across a category row) with the same value in a merge column are merged
    vertically; the merged value is repeated in every covered row's clause."""
    n = len(headers)
    t = d.doc.add_table(rows=1 + len(items), cols=n)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    col_widths(t, widths)
    for i, h in enumerate(headers):
        cell_text(t.cell(0, i), h, size=size, align=C, font=header_font)
    repeat_header(t.rows[0])
    # vertical merge runs
    runs = []
    for c in merge_cols:
        i = 0
        while i < len(items):
            if items[i][0] != "row":
                i += 1
                continue
            j = i
            while (j + 1 < len(items) and items[j + 1][0] == "row"
                   and items[j + 1][1][c] == items[i][1][c] and items[i][1][c]):
                j += 1
            if j > i:
                runs.append((c, i, j))
            i = j + 1
    for ri, it in enumerate(items):
        cant_split(t.rows[1 + ri])
        if it[0] == "cat":
            cell = t.cell(1 + ri, 0).merge(t.cell(1 + ri, n - 1))
            cell_text(cell, it[1], size=size, align=L, font=cat_font)
    for (c, a, b) in runs:
        t.cell(1 + a, c).merge(t.cell(1 + b, c))
    for ri, it in enumerate(items):
        if it[0] != "row":
            continue
        for ci, v in enumerate(it[1]):
            if any(c == ci and a < ri <= b for (c, a, b) in runs):
                continue
            if v:
                cell_text(t.cell(1 + ri, ci), v, size=size, align=C if ci in center_cols else J)
        text = "；".join(f"{h}：{v}" for ci, (h, v) in enumerate(zip(headers, it[1]))
                        if v and ci not in skip_cols)
        d.clause(text, it[2])
    return t


def attach_head(d, label, title_lines):
    para = d.p([(label, HEI)], indent=False)
    para.paragraph_format.keep_with_next = True
    d.p([("\v".join(title_lines), XBS)], align=C, indent=False, line=32, size=18, after=6
        ).paragraph_format.keep_with_next = True


# ================================================================ 1. 湖北 决定 (下放省级管理事项)
HB_ALL = "各片区"
HB_CATS = [
    ("商务领域", [
        ("拍卖企业及分公司设立审批", "行政许可", "《中华人民共和国拍卖法》第十一条、第十二条", "直接下放", HB_ALL, ""),
        ("典当行设立、变更初审", "行政许可", "《典当管理办法》第十二条", "委托实施", HB_ALL, "省地方金融管理局负责终审"),
        ("对外劳务合作经营资格核准", "行政许可", "《对外劳务合作管理条例》第五条、第七条", "直接下放", HB_ALL, ""),
        ("企业境外投资备案（省级权限，不含金融企业）", "其他", "《境外投资管理办法》第九条", "直接下放",
         "武汉片区、襄阳片区、宜昌片区", "涉及敏感国家和地区、敏感行业的除外"),
        ("成品油零售经营资格审批", "行政许可", "《国务院对确需保留的行政审批项目设定行政许可的决定》第167项", "委托实施",
         "武汉片区、宜昌片区", "限片区内新建、迁建加油站"),
        ("机电产品进口自动许可证核发", "行政许可", "《中华人民共和国货物进出口管理条例》第三十八条", "委托实施",
         "武汉片区", "委托期限至2027年12月31日"),
    ]),
    ("市场监管领域", [
        ("食品生产许可（不含特殊食品）", "行政许可", "《中华人民共和国食品安全法》第三十五条", "直接下放", HB_ALL, ""),
        ("工业产品生产许可证核发（省级发证产品）", "行政许可", "《中华人民共和国工业产品生产许可证管理条例》第五条",
         "委托实施", HB_ALL, ""),
        ("特种设备安装、改造、修理许可（部分项目）", "行政许可", "《中华人民共和国特种设备安全法》第十八条", "委托实施",
         "武汉片区、襄阳片区", "限电梯、起重机械"),
        ("计量标准器具核准（社会公用计量标准除外）", "行政许可", "《中华人民共和国计量法》第六条、第七条", "直接下放",
         "襄阳片区、宜昌片区", ""),
        ("检验检测机构资质认定（省级权限）", "行政许可", "《中华人民共和国计量法》第二十二条", "委托实施", "武汉片区", ""),
        ("化妆品生产许可", "行政许可", "《化妆品监督管理条例》第二十七条", "委托实施", "武汉片区", "由省药监局委托"),
    ]),
    ("交通运输领域", [
        ("国际道路运输经营许可", "行政许可", "《中华人民共和国道路运输条例》第四十八条", "直接下放", HB_ALL, ""),
        ("港口经营许可", "行政许可", "《中华人民共和国港口法》第二十二条", "直接下放", "武汉片区、宜昌片区", ""),
        ("省际普通货船运输经营许可", "行政许可", "《国内水路运输管理条例》第九条", "委托实施", "武汉片区、宜昌片区", ""),
        ("航道通航条件影响评价审核（省级权限）", "行政许可", "《中华人民共和国航道法》第二十八条", "委托实施", "宜昌片区",
         "不含三峡、葛洲坝枢纽通航建筑物"),
        ("道路运输从业人员从业资格证核发（危险货物运输类）", "行政许可", "《中华人民共和国道路运输条例》第二十三条",
         "直接下放", HB_ALL, ""),
    ]),
    ("自然资源和生态环境领域", [
        ("建设项目用地预审（省级权限）", "其他", "《中华人民共和国土地管理法实施条例》第二十四条", "委托实施", HB_ALL, ""),
        ("建设项目环境影响评价文件审批（省级权限）", "行政许可", "《中华人民共和国环境影响评价法》第二十二条", "委托实施",
         HB_ALL, "不含化工、石化项目"),
        ("排污许可证核发（省级权限）", "行政许可", "《排污许可管理条例》第八条", "委托实施", "襄阳片区、宜昌片区", ""),
        ("危险废物经营许可证核发（收集类）", "行政许可", "《中华人民共和国固体废物污染环境防治法》第八十条", "直接下放",
         "宜昌片区", ""),
        ("临时用地审批（省级权限）", "行政许可", "《中华人民共和国土地管理法》第五十七条", "委托实施", "武汉片区", ""),
    ]),
    ("人力资源和卫生健康领域", [
        ("外国人来华工作许可（A类除外）", "行政许可", "《中华人民共和国出境入境管理法》第四十一条", "委托实施", HB_ALL, ""),
        ("人力资源服务许可（省级权限）", "行政许可", "《人力资源市场暂行条例》第十八条", "直接下放", HB_ALL, ""),
        ("中外合资、合作医疗机构设置审批", "行政许可", "《医疗机构管理条例》第九条", "委托实施", "武汉片区",
         "限床位100张以下"),
        ("放射诊疗许可（省级权限）", "行政许可", "《放射诊疗管理规定》第十一条", "委托实施", "武汉片区、襄阳片区", ""),
    ]),
    ("发展改革和科技领域", [
        ("国家鼓励发展的内外资项目确认（省级权限）", "行政确认", "《国务院关于调整进口设备税收政策的通知》", "直接下放",
         HB_ALL, ""),
        ("高新技术企业认定初审", "行政确认", "《高新技术企业认定管理办法》第十条", "委托实施", HB_ALL, ""),
        ("技术合同认定登记", "行政确认", "《技术合同认定登记管理办法》第六条", "直接下放", "武汉片区、襄阳片区、宜昌片区", ""),
    ]),
]
HB_PIANQU = ["武汉片区", "襄阳片区", "宜昌片区"]
CN_NUM = "一二三四五六七八九十"


def hb_places(text):
    if text == HB_ALL:
        return None
    names = text.split("、")
    if sorted(names) == sorted(HB_PIANQU):
        return None          # all three 片区 = the whole FTZ
    return names


def make_hubei():
    d = Doc("blind288_hubei_jueding")
    footer_numbers(d.doc, d.doc.sections[0], odd_even=True)
    d.banner(["湖北省人民政府文件"], size=42, scale=92, space_before=0)
    d.docno("鄂政发〔2025〕11号")
    d.title(["湖北省人民政府", "关于向中国（湖北）自由贸易试验区下放", "一批省级管理事项的决定"], soft=True)
    d.zhusong("各市、州、县人民政府，省政府各部门：")
    total = sum(len(x[1]) for x in HB_CATS)
    direct = sum(1 for _, rows in HB_CATS for r in rows if r[3] == "直接下放")
    d.body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动中国（湖北）自由贸易试验区"
           "（以下简称湖北自贸试验区）在服务共建“一带一路”中发挥更大作用，"
           f"经研究，省人民政府决定向湖北自贸试验区下放一批省级管理事项，共计{total}项，其中直接下放{direct}项、委托实施{total - direct}项。"
           "现就有关事项决定如下：")
    d.body("一、下放事项的承接。直接下放的事项，由武汉、襄阳、宜昌片区管理机构或者片区所在地市人民政府确定的部门承接实施；"
           "委托实施的事项，由省直有关部门与承接单位签订委托书，明确委托事项、权限和期限。附件中“承接片区”栏注明具体片区的，"
           "仅在所列片区实施；注明“各片区”的，在湖北自贸试验区三个片区实施。")
    d.body("二、做好衔接落实。省直有关部门要在本决定施行之日起1个月内制定下放事项办事指南和业务手册，通过业务培训、派员指导等方式，"
           "帮助承接单位提升承接能力；承接单位要及时调整权责清单和政务服务事项目录，确保下放事项“接得住、管得好”。")
    d.body("三、加强事中事后监管。省直有关部门和承接单位要按照“谁审批、谁监管，谁主管、谁监管”的原则，厘清监管责任，"
           "运用“双随机、一公开”监管、信用监管等方式加强监督管理，防止出现监管真空。")
    d.body("四、实行动态调整。省自贸办会同省司法厅每年对下放事项运行情况组织一次评估，对承接不到位、办件量较少或者实施效果不佳的事项，"
           "按程序予以收回或者调整。")
    d.body("本决定自2025年5月1日起施行。")
    d.fujian_shuoming(["湖北省向中国（湖北）自由贸易试验区下放的省级管理事项目录"])
    d.signature("湖北省人民政府", "2025年4月8日", gap=1)

    # ---- 附件: landscape section, long catalogue
    d.new_section("landscape")
    attach_head(d, "附件", ["湖北省向中国（湖北）自由贸易试验区", "下放的省级管理事项目录"])
    headers = ["序号", "事项名称", "事项类型", "实施依据", "下放方式", "承接片区", "备注"]
    items, k = [], 0
    for ci, (cat, rows) in enumerate(HB_CATS):
        items.append(("cat", f"{CN_NUM[ci]}、{cat}（{len(rows)}项）"))
        for r in rows:
            k += 1
            items.append(("row", [str(k)] + list(r), hb_places(r[4])))
    catalog(d, headers, items, [11, 50, 20, 59, 20, 33, 32], merge_cols=(4, 5), center_cols=(0, 2, 4, 5))
    d.banji("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，湖北省军区。",
            "湖北省人民政府办公厅", "2025年4月10日印发", blanks=1)
    path = d.save()
    meta = {"title": "湖北省人民政府关于向中国（湖北）自由贸易试验区下放一批省级管理事项的决定",
            "doc_number": "鄂政发〔2025〕11号", "issuer": ["湖北省人民政府"], "date": "2025-04-08",
            "published": "2025-04-10", "level": "provincial", "region": "中国（湖北）自由贸易试验区",
            "effective": "2025-05-01", "expires": None,
            "attachments": ["湖北省向中国（湖北）自由贸易试验区下放的省级管理事项目录"], "doc_type": "决定",
            "recipients": ["各市、州、县人民政府", "省政府各部门"], "publicity": "此件公开发布", "repeals": None}
    return d, path, meta


# ================================================================ 2. 宜昌 通知 (调整片区赋权事项)
YC_ROWS = [
    ("取消赋权事项", [
        ("城镇污水排入排水管网许可", "市城市管理执法委员会", "取消赋权，由原实施部门收回实施", "", ""),
        ("临时占用城市绿地审批", "市城市管理执法委员会", "取消赋权，由原实施部门收回实施", "", ""),
        ("公路建设项目施工许可", "市交通运输局", "取消赋权，由原实施部门收回实施", "", ""),
    ]),
    ("调整赋权事项", [
        ("建设工程规划许可证核发", "市自然资源和规划局", "赋权方式由委托实施调整为直接赋权", "直接赋权", "片区全域"),
        ("建筑工程施工许可证核发", "市住房和城乡建设局", "实施范围由宜昌综合保税区扩大至片区全域", "直接赋权", "片区全域"),
        ("城市建筑垃圾处置核准", "市城市管理执法委员会", "实施范围由片区全域调整为宜昌综合保税区", "委托实施",
         "宜昌综合保税区"),
    ]),
    ("新增赋权事项", [
        ("商品房预售许可", "市住房和城乡建设局", "新增赋权", "直接赋权", "片区全域"),
        ("企业投资项目核准（市级权限）", "市发展和改革委员会", "新增赋权", "直接赋权", "片区全域"),
        ("固定资产投资项目节能审查（市级权限）", "市发展和改革委员会", "新增赋权", "直接赋权", "片区全域"),
        ("药品零售企业经营许可", "市市场监督管理局", "新增赋权", "委托实施", "片区全域"),
        ("生产建设项目水土保持方案审批（市级权限）", "市水利和湖泊局", "新增赋权", "委托实施", "片区全域"),
        ("占用、挖掘城市道路审批", "市城市管理执法委员会", "新增赋权", "直接赋权", "宜昌综合保税区"),
    ]),
]


def make_yichang():
    d = Doc("blind288_yichang_tongzhi")
    footer_numbers(d.doc, d.doc.sections[0], odd_even=True)
    d.banner(["宜昌市人民政府文件"], size=42, scale=92, space_before=18)
    d.docno("宜府发〔2025〕14号")
    d.title(["宜昌市人民政府", "关于调整中国（湖北）自由贸易试验区", "宜昌片区赋权事项的通知"], soft=False)
    d.zhusong("中国（湖北）自由贸易试验区宜昌片区管委会，各县市区人民政府，宜昌高新区管委会，市政府各部门：")
    n = [len(r) for _, r in YC_ROWS]
    d.body("为深入实施自由贸易试验区提升战略，进一步激发中国（湖北）自由贸易试验区宜昌片区（以下简称宜昌片区）改革创新活力，"
           "根据《湖北省人民政府关于向中国（湖北）自由贸易试验区下放一批省级管理事项的决定》（鄂政发〔2025〕11号）精神，"
           "结合赋权事项运行评估情况，借鉴武汉片区“一业一证”改革经验，市人民政府决定对宜昌片区赋权事项进行调整。现将有关事项通知如下：")
    d.h1("一、调整内容")
    d.runin("（一）取消赋权事项" + f"{n[0]}项。", "对宜昌片区承接后办件量少、不具备实施条件的城镇污水排入排水管网许可等"
            f"{n[0]}项事项，取消赋权，由原实施部门收回实施。", font=KAI, bold=False)
    d.runin("（二）调整赋权事项" + f"{n[1]}项。", f"对建设工程规划许可证核发等{n[1]}项事项，调整赋权方式或者实施范围。",
            font=KAI, bold=False)
    d.runin("（三）新增赋权事项" + f"{n[2]}项。", f"向宜昌片区新增赋予商品房预售许可等{n[2]}项市级管理事项。",
            font=KAI, bold=False)
    d.body("调整后，宜昌片区承接市级赋权事项共计68项。具体调整事项见附件。")
    d.h1("二、工作要求")
    d.runin("（一）做好承接落实。", "宜昌片区管委会要按照“应接尽接、接稳管好”的要求，及时调整片区权责清单和政务服务事项目录，"
            "于2025年6月30日前完成新增事项的系统配置和人员培训。", font=KAI, bold=False)
    d.runin("1.完善承接机制。", "明确新增和调整事项的承接机构、办理流程和责任人员，建立“一事项一专班”工作机制。",
            font=FS, bold=True)
    d.runin("2.优化办理服务。", "推行“一窗受理、集成服务”，具体要求如下：", font=FS, bold=True)
    d.body("（1）在片区政务服务中心设立“赋权事项”专窗，实行帮办代办服务，实现赋权事项“只进一扇门、最多跑一次”。")
    d.body("（2）在宜昌综合保税区试行区内企业赋权事项“区内受理、区内办结”，企业无需往返片区政务服务中心。",
           places=["宜昌综合保税区"])
    d.runin("（二）加强指导监督。", "市直各有关部门要加强对宜昌片区的业务指导，每半年至少开展一次现场业务培训；"
            "对片区在办理中遇到的问题，原实施部门要在5个工作日内予以答复。", font=KAI, bold=False)
    d.runin("（三）做好收回衔接。", "对取消赋权的事项，宜昌片区管委会要在本通知施行之日起30日内向原实施部门移交在办件和档案资料，"
            "确保工作不断档、服务不断线。", font=KAI, bold=False)
    d.runin("三、", "本通知自2025年7月1日起施行。《宜昌市人民政府关于向中国（湖北）自由贸易试验区宜昌片区赋予第二批市级管理权限的通知》"
            "（宜府发〔2023〕6号）同时废止。", font=HEI, bold=False)
    d.fujian_shuoming(["宜昌片区赋权事项调整目录"])
    d.signature("宜昌市人民政府", "2025年6月16日")

    d.page_break()
    attach_head(d, "附件", ["宜昌片区赋权事项调整目录"])
    headers = ["序号", "事项名称", "原实施部门", "调整情况", "赋权方式", "实施范围"]
    items, k = [], 0
    for ci, (cat, rows) in enumerate(YC_ROWS):
        items.append(("cat", f"{CN_NUM[ci]}、{cat}（{len(rows)}项）"))
        for r in rows:
            k += 1
            places = [r[4]] if r[4] and r[4] != "片区全域" else None
            items.append(("row", [str(k)] + list(r), places))
    catalog(d, headers, items, [10, 38, 28, 38, 20, 22], merge_cols=(2, 3), center_cols=(0, 2, 4, 5))
    d.banji("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，宜昌军分区。",
            "宜昌市人民政府办公室", "2025年6月18日印发", blanks=1)
    path = d.save()
    meta = {"title": "宜昌市人民政府关于调整中国（湖北）自由贸易试验区宜昌片区赋权事项的通知",
            "doc_number": "宜府发〔2025〕14号", "issuer": ["宜昌市人民政府"], "date": "2025-06-16",
            "published": "2025-06-18", "level": "municipal", "region": "中国（湖北）自由贸易试验区宜昌片区",
            "effective": "2025-07-01", "expires": None, "attachments": ["宜昌片区赋权事项调整目录"], "doc_type": "通知",
            "recipients": ["中国（湖北）自由贸易试验区宜昌片区管委会", "各县市区人民政府", "宜昌高新区管委会", "市政府各部门"],
            "publicity": "此件公开发布",
            "repeals": "《宜昌市人民政府关于向中国（湖北）自由贸易试验区宜昌片区赋予第二批市级管理权限的通知》（宜府发〔2023〕6号）"}
    return d, path, meta


# ================================================================ 3. 襄阳片区 公告 (承接)
XY_CITY = [
    ("建设工程规划许可证核发", "行政许可", "直接承接", "片区行政审批局", "片区全域", ""),
    ("建筑工程施工许可证核发", "行政许可", "直接承接", "片区行政审批局", "片区全域", ""),
    ("商品房预售许可", "行政许可", "直接承接", "片区行政审批局", "限东津区块", ""),
    ("占用、挖掘城市道路审批", "行政许可", "受托实施", "片区建设管理局", "片区全域", ""),
    ("城市建筑垃圾处置核准", "行政许可", "受托实施", "片区建设管理局", "限襄阳综合保税区", ""),
    ("药品零售企业经营许可", "行政许可", "直接承接", "片区行政审批局", "片区全域", ""),
    ("企业投资项目备案（市级权限）", "其他", "直接承接", "片区经济发展局", "片区全域", ""),
    ("生产建设项目水土保持方案审批（市级权限）", "行政许可", "受托实施", "片区行政审批局", "片区全域", ""),
]
XY_SCOPE = {"排污许可证核发（省级权限）": "限襄阳综合保税区"}
XY_NOTE = {"国际道路运输经营许可": "在襄阳综合保税区企业服务中心设专窗受理",
           "高新技术企业认定初审": "由省科技厅委托，终审仍由省科技厅负责"}


def xy_province_rows():
    rows = []
    for _, cat_rows in HB_CATS:
        for (name, kind, basis, mode, where, note) in cat_rows:
            if where == HB_ALL or "襄阳片区" in where:
                how = "直接承接" if mode == "直接下放" else "受托实施"
                org = "片区行政审批局" if kind == "行政许可" else "片区经济发展局"
                rows.append((name, kind, how, org, XY_SCOPE.get(name, "片区全域"), XY_NOTE.get(name, "")))
    return rows


def scope_places(scope):
    if scope.startswith("限"):
        return [scope[1:]]
    return None


def make_xiangyang():
    d = Doc("blind288_xiangyang_gonggao")
    footer_numbers(d.doc, d.doc.sections[0], odd_even=False)
    d.banner(["中国（湖北）自由贸易试验区", "襄阳片区管理委员会公告"], size=30, space_before=0)
    para = d.p("2025年第3号", align=C, indent=False)
    border(para, "bottom", "FF0000", 18, space=8)
    d.title(["襄阳片区管委会关于承接第二批", "省市下放管理事项的公告"], soft=True)
    prov = xy_province_rows()
    d.body("根据《湖北省人民政府关于向中国（湖北）自由贸易试验区下放一批省级管理事项的决定》（鄂政发〔2025〕11号）和"
           "《襄阳市人民政府关于向中国（湖北）自由贸易试验区襄阳片区下放第三批市级管理事项的决定》（襄政发〔2025〕8号），"
           "中国（湖北）自由贸易试验区襄阳片区管理委员会（以下简称片区管委会）自2025年7月1日起承接省、市下放管理事项"
           f"共{len(prov) + len(XY_CITY)}项，其中省级管理事项{len(prov)}项、市级管理事项{len(XY_CITY)}项。现将有关事项公告如下：")
    d.runin("一、承接事项。", "承接事项清单见附件。附件中“实施范围”栏注明区块或者区域的，仅在该区块或者区域内实施；"
            "未注明的，在襄阳片区全域实施。", font=HEI, bold=False)
    d.h1("二、办理方式")
    d.runin("（一）受理窗口。", "承接事项统一在襄阳片区政务服务中心“自贸专区”受理，实行“一窗受理、集成服务”。",
            font=KAI, bold=False)
    d.runin("（二）网上办理。", "申请人可通过湖北政务服务网襄阳片区旗舰店在线申报，实行“不见面审批”。"
            "", font=KAI, bold=False)
    d.runin("（三）办理时限。", "承接事项的法定办理时限不变，承诺办理时限在法定时限基础上压缩50%以上，具体以办事指南为准。",
            font=KAI, bold=False)
    d.runin("三、过渡衔接。", "2025年7月1日前已由省、市有关部门受理的申请，仍由原部门办结；2025年7月1日起受理的申请，"
            "由片区管委会办理。", font=HEI, bold=False)
    d.runin("四、监督咨询。", "咨询电话：0710-3316027；监督电话：0710-3316055。", font=HEI, bold=False)
    d.runin("五、", "本公告自2025年7月1日起施行。《中国（湖北）自由贸易试验区襄阳片区管理委员会关于承接第一批省市下放管理事项的公告》"
            "（2023年第2号）同时废止。", font=HEI, bold=False)
    d.fujian_shuoming(["襄阳片区承接省市下放管理事项清单"])
    d.signature("中国（湖北）自由贸易试验区\v襄阳片区管理委员会", "2025年6月25日", note=None, right_chars=2, gap=1)

    d.page_break()
    attach_head(d, "附件", ["襄阳片区承接省市下放管理事项清单"])
    headers = ["序号", "事项名称", "事项类型", "承接方式", "承接机构", "实施范围", "备注"]
    items, k = [], 0
    for ci, (cat, rows) in enumerate([("省级下放事项", prov), ("市级下放事项", XY_CITY)]):
        items.append(("cat", f"{CN_NUM[ci]}、{cat}（{len(rows)}项）"))
        for r in rows:
            k += 1
            items.append(("row", [str(k)] + list(r), scope_places(r[4])))
    catalog(d, headers, items, [10, 42, 20, 20, 24, 20, 20], merge_cols=(3, 4), center_cols=(0, 2, 3, 4, 5))
    d.banji("抄送：省自贸办，襄阳市人民政府办公室，市直有关部门。",
            "襄阳片区管委会综合办公室", "2025年6月25日印发", blanks=2)
    path = d.save()
    meta = {"title": "襄阳片区管委会关于承接第二批省市下放管理事项的公告",
            "doc_number": "2025年第3号", "issuer": ["中国（湖北）自由贸易试验区襄阳片区管理委员会"], "date": "2025-06-25",
            "published": "2025-06-25", "level": "zone", "region": "中国（湖北）自由贸易试验区襄阳片区",
            "effective": "2025-07-01", "expires": None, "attachments": ["襄阳片区承接省市下放管理事项清单"],
            "doc_type": "公告", "recipients": [], "publicity": None,
            "repeals": "《中国（湖北）自由贸易试验区襄阳片区管理委员会关于承接第一批省市下放管理事项的公告》（2023年第2号）"}
    return d, path, meta


# ================================================================ 4. 四川 赋权事项清单 (xlsx, a sheet per 片区)
SC_TITLE = "中国（四川）自由贸易试验区各片区承接省级管理事项清单（2025年版）"
SC_NOTES = [
    "1.本清单按片区分列，各片区承接的事项以所在工作表为准，未列入本片区工作表的事项不在该片区实施。",
    "2.本清单所列事项自2025年6月1日起由各片区承接实施，《中国（四川）自由贸易试验区各片区承接省级管理事项清单（2022年版）》同时停止执行。",
    "3.“委托实施”事项由省级部门委托片区管理机构以省级部门名义实施，省级部门对委托实施行为的后果承担法律责任。",
]
SC_SHEETS = [
    ("天府新区片区", "成都天府新区片区", "天府新区片区管理局", [
        ("商务和投资", [
            ("对外劳务合作经营资格核准", "行政许可", "直接下放", "省商务厅", "天府新区片区管理局", ""),
            ("企业境外投资备案（省级权限）", "其他", "直接下放", "省商务厅", "天府新区片区管理局", "不含金融企业"),
            ("外商投资项目核准（省级权限）", "行政许可", "委托实施", "省发展改革委", "天府新区片区管理局", "限鼓励类项目"),
        ]),
        ("市场监管", [
            ("食品生产许可（不含特殊食品）", "行政许可", "直接下放", "省市场监管局", "天府新区行政审批局", ""),
            ("检验检测机构资质认定（省级权限）", "行政许可", "委托实施", "省市场监管局", "天府新区行政审批局", ""),
            ("第二类医疗器械生产许可", "行政许可", "委托实施", "省药监局", "天府新区行政审批局", ""),
        ]),
        ("人力资源和科技", [
            ("外国人来华工作许可（A类除外）", "行政许可", "委托实施", "省科技厅", "天府新区片区管理局", ""),
            ("技术合同认定登记", "行政确认", "直接下放", "省科技厅", "天府新区片区管理局", ""),
        ]),
    ]),
    ("青白江铁路港片区", "成都青白江铁路港片区", "青白江铁路港片区管委会", [
        ("商务和口岸", [
            ("对外劳务合作经营资格核准", "行政许可", "直接下放", "省商务厅", "青白江铁路港片区管委会", ""),
            ("机电产品进口自动许可证核发", "行政许可", "委托实施", "省商务厅", "青白江铁路港片区管委会",
             "限成都国际铁路港综合保税区内企业"),
            ("国际道路运输经营许可", "行政许可", "直接下放", "省交通运输厅", "青白江铁路港片区管委会", ""),
            ("平行进口汽车试点企业备案初审", "其他", "委托实施", "省商务厅", "青白江铁路港片区管委会", ""),
        ]),
        ("交通和生态环境", [
            ("道路运输从业人员从业资格证核发（危险货物运输类）", "行政许可", "直接下放", "省交通运输厅",
             "青白江铁路港片区管委会", ""),
            ("建设项目环境影响评价文件审批（省级权限）", "行政许可", "委托实施", "省生态环境厅", "青白江铁路港片区管委会", ""),
            ("排污许可证核发（省级权限）", "行政许可", "委托实施", "省生态环境厅", "青白江铁路港片区管委会", ""),
        ]),
    ]),
    ("川南临港片区", "川南临港片区", "川南临港片区管委会", [
        ("港航和口岸", [
            ("港口经营许可", "行政许可", "直接下放", "省交通运输厅", "川南临港片区管委会", ""),
            ("省际普通货船运输经营许可", "行政许可", "委托实施", "省交通运输厅", "川南临港片区管委会", ""),
            ("航道通航条件影响评价审核（省级权限）", "行政许可", "委托实施", "省交通运输厅", "川南临港片区管委会",
             "不含长江干线航道"),
        ]),
        ("市场监管和卫生健康", [
            ("食品生产许可（含白酒）", "行政许可", "直接下放", "省市场监管局", "川南临港片区管委会", ""),
            ("特种设备安装、改造、修理许可（部分项目）", "行政许可", "委托实施", "省市场监管局", "川南临港片区管委会",
             "限起重机械"),
            ("放射诊疗许可（省级权限）", "行政许可", "委托实施", "省卫生健康委", "川南临港片区管委会", ""),
            ("中外合资、合作医疗机构设置审批", "行政许可", "委托实施", "省卫生健康委", "川南临港片区管委会",
             "限床位100张以下"),
        ]),
    ]),
]
SC_HEADERS = ["序号", "事项名称", "事项类型", "下放方式", "原实施部门", "承接单位", "备注"]


def make_sichuan():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    stem = "blind288_sichuan_qingdan"
    clauses, specific = [], {}
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap_c = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap_l = Alignment(horizontal="left", vertical="center", wrap_text=True)

    wb = Workbook()
    ws = wb.active
    ws.title = "说明"
    ws.column_dimensions["A"].width = 110
    ws["A1"] = SC_TITLE
    ws["A1"].font = Font(name="方正小标宋简体", size=16)
    ws["A1"].alignment = wrap_c
    ws.row_dimensions[1].height = 36
    ws["A2"] = "四川省自由贸易试验区工作办公室　　2025年5月20日"
    ws["A2"].font = Font(name="楷体_GB2312", size=12)
    ws["A2"].alignment = Alignment(horizontal="center")
    ws["A4"] = "说明："
    ws["A4"].font = Font(name="黑体", size=12)
    for i, note in enumerate(SC_NOTES):
        c = ws.cell(row=5 + i, column=1, value=note)
        c.font = Font(name="仿宋_GB2312", size=12)
        c.alignment = wrap_l
        ws.row_dimensions[5 + i].height = 34
        clauses.append(note)

    widths = [6, 40, 10, 10, 14, 22, 26]
    pending = []
    for sheet, pianqu, _org, cats in SC_SHEETS:
        ws = wb.create_sheet(sheet)
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(SC_HEADERS))
        ws.cell(row=1, column=1, value=f"中国（四川）自由贸易试验区{pianqu}承接省级管理事项清单")
        ws.cell(row=1, column=1).font = Font(name="方正小标宋简体", size=14)
        ws.cell(row=1, column=1).alignment = wrap_c
        ws.row_dimensions[1].height = 32
        for ci, h in enumerate(SC_HEADERS, 1):
            c = ws.cell(row=2, column=ci, value=h)
            c.font = Font(name="黑体", size=11)
            c.alignment = wrap_c
            c.border = box
        ws.freeze_panes = "A3"
        ws.print_title_rows = "2:2"
        r, k = 3, 0
        for gi, (cat, rows) in enumerate(cats):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(SC_HEADERS))
            c = ws.cell(row=r, column=1, value=f"{CN_NUM[gi]}、{cat}（{len(rows)}项）")
            c.font = Font(name="黑体", size=11)
            c.alignment = wrap_l
            for ci in range(1, len(SC_HEADERS) + 1):
                ws.cell(row=r, column=ci).border = box
            r += 1
            for row in rows:
                k += 1
                vals = [k] + list(row)
                for ci, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=ci, value=v if v != "" else None)
                    c.font = Font(name="仿宋_GB2312", size=11)
                    c.alignment = wrap_l if ci in (2, 7) else wrap_c
                    c.border = box
                ws.row_dimensions[r].height = 30
                text = "；".join(f"{h}：{v}" for h, v in zip(SC_HEADERS, vals) if v != "")
                clauses.append(text)
                # a 备注 that confines the power to a 综合保税区 inside the 片区 narrows the place further
                note = row[-1]
                if note.startswith("限") and "综合保税区" in note:
                    pending.append((text, note[1:note.index("综合保税区") + 5]))
                else:
                    pending.append((text, pianqu))
                r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(SC_HEADERS))
        c = ws.cell(row=r, column=1, value=f"合计：{k}项")
        c.font = Font(name="黑体", size=11)
        c.alignment = wrap_c
        for ci in range(1, len(SC_HEADERS) + 1):
            ws.cell(row=r, column=ci).border = box
    path = os.path.join(HERE, stem + ".xlsx")
    wb.save(path)
    # keys: shortest unique prefixes (at least 20 characters)
    for text, pianqu in pending:
        n = 20
        while sum(1 for c in clauses if c.startswith(text[:n])) > 1:
            n += 1
        specific[text[:n]] = [pianqu]
    for key in specific:
        assert sum(1 for c in clauses if c.startswith(key)) == 1, key
    meta = {"title": SC_TITLE, "doc_number": None, "issuer": ["四川省自由贸易试验区工作办公室"], "date": "2025-05-20",
            "published": "2025-05-20", "level": "provincial", "region": "中国（四川）自由贸易试验区",
            "effective": "2025-06-01", "expires": None, "attachments": [], "doc_type": "清单", "recipients": [],
            "publicity": None,
            "repeals": "《中国（四川）自由贸易试验区各片区承接省级管理事项清单（2022年版）》"}
    return stem, {"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}


def main():
    expected = {}
    for maker in (make_hubei, make_yichang, make_xiangyang):
        d, path, meta = maker()
        to_pdf(path)
        expected[d.stem] = [entry(d, meta)]
    stem, e = make_sichuan()
    expected[stem] = [e]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for k, v in expected.items():
        print(k, len(v[0]["clauses"]), "clauses,", len(v[0]["applies_to"]["specific"]), "specific")


if __name__ == "__main__":
    main()
