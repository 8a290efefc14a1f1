# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 283: development plans and action plans on 共建“一带一路”, 开放型经济 and
自贸试验区, written in Word the way Chinese offices make them and printed to PDF by
LibreOffice.

Writes every file next to itself plus expected.json.
Run:  . /work/venv/bin/activate && python make_blind283.py
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

    def signature(self, organ, date, note="（此件公开发布）", right_chars=4):
        self.blank(2)
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
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_283",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def entry(d, meta):
    return {"meta": meta, "clauses": d.clauses, "applies_to": {"specific": d.specific}}


# ================================================================ 1. 连云港 规划
def make_lianyungang():
    d = Doc("blind283_lianyungang_guihua")
    footer_numbers(d.doc, d.doc.sections[0], odd_even=True)
    d.banner(["连云港市人民政府文件"], size=42, scale=90, space_before=20)
    d.docno("连政发〔2025〕37号")
    d.title(["市政府关于印发连云港市开放型经济", "发展规划（2025—2027年）的通知"], soft=True)
    d.zhusong("各县、区人民政府，市各委、办、局，市各直属单位：")
    d.body("现将《连云港市开放型经济发展规划（2025—2027年）》印发给你们，请结合实际认真组织实施。")
    d.signature("连云港市人民政府", "2025年6月10日")

    # ---- the plan: new section, new page
    d.new_section()
    d.blank(1)
    d.p([("连云港市开放型经济发展规划", XBS)], align=C, indent=False, line=40, size=26)
    d.p([("（2025—2027年）", KAI)], align=C, indent=False, line=36, size=SAN + 2)
    d.blank(1)
    d.p([("目　　录", HEI)], align=C, indent=False, line=34, size=18)
    d.blank(1)
    toc = [("前　言", "3"), ("第一章　发展基础与面临形势", "3"), ("　第一节　发展基础", "3"),
           ("　第二节　面临形势", "4"), ("第二章　总体要求", "4"), ("　第一节　指导思想", "4"),
           ("　第二节　发展目标", "4"), ("第三章　深度融入共建“一带一路”", "5"),
           ("　第一节　建设陆海联运大通道", "5"), ("　第二节　拓展经贸合作", "5"),
           ("第四章　高水平建设自贸试验区连云港片区", "6"), ("　第一节　深化制度创新", "6"),
           ("　第二节　推动片区联动发展", "6"), ("第五章　做强重大开放平台", "7"),
           ("　第一节　提升综合保税区发展水平", "7"), ("　第二节　打造国际合作园区", "7"),
           ("第六章　保障措施", "8")]
    sec = d.doc.sections[-1]
    width = sec.page_width - sec.left_margin - sec.right_margin
    for text, page in toc:
        para = d.p(None, indent=False, line=24)
        para.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        fill(para, [(text + "\t" + page, HEI if not text.startswith("　") else FS)], SAN)
    d.page_break()

    d.chapter("前　言")
    d.body("连云港是新亚欧大陆桥经济走廊东方起点和“一带一路”强支点城市，是中国（江苏）自由贸易试验区连云港片区所在地。"
           "为加快发展更高层次开放型经济，根据《连云港市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》"
           "和省有关部署，编制本规划。规划期为2025—2027年。")

    d.chapter("第一章　发展基础与面临形势")
    d.section_head("第一节　发展基础")
    d.body("“十四五”以来，全市开放型经济发展取得明显成效，为规划期加快建设高水平开放强市奠定了坚实基础。")
    d.runin("开放通道持续拓展。", "连云港港30万吨级航道二期工程建成投用，2024年港口货物吞吐量达到3.4亿吨、集装箱吞吐量达到680万标箱；"
            "中哈（连云港）物流合作基地、上合组织（连云港）国际物流园累计开行中欧（亚）班列超过5000列。", font=KAI, bold=False)
    d.runin("开放平台能级提升。", "中国（江苏）自由贸易试验区连云港片区累计形成制度创新成果96项，其中12项在全国复制推广；"
            "连云港综合保税区2024年进出口额达到312亿元。", font=KAI, bold=False)
    d.runin("外贸外资稳中提质。", "2024年全市进出口总额达到1260亿元，实际使用外资7.8亿美元，对共建“一带一路”国家进出口额占比提高到48.5%。",
            font=KAI, bold=False)
    d.section_head("第二节　面临形势")
    d.body("当前，世界百年未有之大变局加速演进，全球产业链供应链深度调整，国家实施自由贸易试验区提升战略、推进高水平制度型开放，"
           "为我市发挥陆海交汇区位优势带来重大机遇。同时，我市开放型经济仍存在外贸主体规模偏小、开放平台协同不足等短板，"
           "必须增强机遇意识和风险意识。")

    d.chapter("第二章　总体要求")
    d.section_head("第一节　指导思想")
    d.body("坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，以服务共建“一带一路”为统领，"
           "以自贸试验区提升战略为牵引，统筹推进通道、平台、产业、环境建设，加快建设新亚欧大陆桥经济走廊重要节点城市和高水平开放强市。")
    d.section_head("第二节　发展目标")
    d.body("到2027年，全市开放型经济规模稳步扩大、结构持续优化、质量效益明显提升，“一带一路”强支点作用更加凸显。主要指标见表1。")
    d.p([("表1　连云港市开放型经济发展主要指标", HEI)], align=C, indent=False, size=SI, line=26,
        before=4).paragraph_format.keep_with_next = True
    headers = ["类别", "指标", "单位", "2024年基期值", "2027年目标值", "属性"]
    rows = [
        ["开放规模", "进出口总额", "亿元", "1260", "1500", "预期性"],
        [None, "其中：对共建“一带一路”国家进出口额", "亿元", "611", "780", "预期性"],
        [None, "实际使用外资", "亿美元", "7.8", "〔27〕", "预期性"],
        ["开放通道", "港口集装箱吞吐量", "万标箱", "680", "800", "预期性"],
        [None, "中欧（亚）班列年开行量", "列", "820", "1000", "预期性"],
        ["开放平台", "自贸试验区连云港片区制度创新成果", "项", "96", "〔30〕", "预期性"],
        [None, "综合保税区进出口额", "亿元", "312", "400", "预期性"],
        [None, "跨境电商进出口额*", "亿元", "48", "90", "预期性"],
        ["营商环境", "进口整体通关时间", "小时", "38.5", "≤35", "约束性"],
        [None, "国际贸易“单一窗口”主要业务应用率", "%", "100", "100", "约束性"],
    ]
    d.table(headers, rows, [22, 58, 18, 22, 22, 18],
            merges=[(0, 0, 2), (0, 3, 4), (0, 5, 7), (0, 8, 9)], center_cols=(0, 2, 3, 4, 5), size=WU + 0.5)
    p1 = d.p([("注：1.〔　〕内数值为2025—2027年累计数。", FS)], indent=False, size=XSI, line=20, before=4)
    p2 = d.p([("2.标注“*”的指标为本规划新增指标，2024年基期值为初步统计数。", FS)], indent=False, size=XSI, line=20)
    p2.paragraph_format.left_indent = Pt(XSI * 3)
    d.clause("注：1.〔　〕内数值为2025—2027年累计数。\n2.标注“*”的指标为本规划新增指标，2024年基期值为初步统计数。")

    d.chapter("第三章　深度融入共建“一带一路”")
    d.section_head("第一节　建设陆海联运大通道")
    d.runin("提升海港枢纽能级。", "加快连云港港30万吨级航道三期工程建设，拓展至日韩、东南亚、中东的集装箱航线，"
            "力争到2027年外贸集装箱航线达到85条；深化与哈萨克斯坦、乌兹别克斯坦等国港口和物流企业合作，推动中欧（亚）班列稳定开行。",
            font=KAI, bold=False)
    d.runin("畅通陆海联运通道。", "推进海铁联运“一单制”改革，推广“保税+班列”“港口+班列”运输组织模式，"
            "做强过境集装箱运输品牌，打造亚欧陆海联运最便捷通道。", font=KAI, bold=False)
    d.section_head("第二节　拓展经贸合作")
    d.runin("做大对共建国家贸易。", "实施“丝路拓市”行动，每年组织企业参加境外重点展会50场以上，扩大机电产品、高新技术产品出口，"
            "增加能源、矿产、农产品等优质商品进口。", font=KAI, bold=False)
    d.runin("培育外贸新业态。", "支持东海县依托水晶产业优势建设跨境电商产业园，打造全国水晶跨境电商集聚区；"
            "推动赣榆区建设海产品进出口加工基地，发展“跨境电商+产业带”。", font=KAI, bold=False,
            places=["东海县", "赣榆区"])
    d.zhuanlan("专栏1　“一带一路”经贸合作重点行动", [
        ("1.“丝路拓市”行动：每年支持200家以上企业开拓共建“一带一路”国家市场，对参加境外展会的企业给予展位费补助。", None),
        ("2.境外园区培育行动：支持企业在哈萨克斯坦、印度尼西亚等国建设境外经贸合作园区，带动装备、技术、标准“走出去”。", None),
        ("3.海外仓布局行动：在中亚、东南亚等地区新布局公共海外仓5个以上，提升海外仓信息化、智能化水平。", None),
    ])

    d.chapter("第四章　高水平建设自贸试验区连云港片区")
    d.section_head("第一节　深化制度创新")
    d.runin("推进投资贸易便利化改革。", "在连云港片区深化“证照分离”改革全覆盖试点，探索外商投资企业登记“一网通办”，"
            "开展进口货物“船边直提”和出口货物“抵港直装”常态化作业。", font=KAI, bold=False, places=["连云港片区"])
    d.runin("开展首创性差异化探索。", "支持连云港片区围绕国际物流枢纽建设，在海铁联运、过境运输监管、大宗商品贸易等领域"
            "开展压力测试，每年形成制度创新成果10项以上。", font=KAI, bold=False, places=["连云港片区"])
    d.section_head("第二节　推动片区联动发展")
    d.runin("建设自贸试验区联动创新区。", "在赣榆区、东海县和连云港经济技术开发区设立自贸试验区联动创新区，"
            "复制推广连云港片区改革试点经验，实现政策共享、产业协同、创新联动。", font=KAI, bold=False,
            places=["赣榆区", "东海县", "连云港经济技术开发区"])
    d.zhuanlan("专栏2　制度创新重点任务", [
        ("1.过境运输“一单到底”改革：在连云港片区试行过境集装箱“港口直提、场站直装”，实现海铁联运全程一次申报。",
         ["连云港片区"]),
        ("2.大宗商品保税混配：支持连云港综合保税区开展保税矿石、保税粮食混配业务，建设大宗商品保税分拨中心。",
         ["连云港综合保税区"]),
        ("3.国际航行船舶保税加注：扩大保税燃料油加注规模，到2027年年加注量达到30万吨。", None),
    ])

    d.chapter("第五章　做强重大开放平台")
    d.section_head("第一节　提升综合保税区发展水平")
    d.body("推动连云港综合保税区扩区提质，发展保税维修、保税研发、保税物流等新业态，争创A类综合保税区；"
           "支持区内企业开展“两头在外”的高技术含量、高附加值产品保税维修业务。", places=["连云港综合保税区"])
    d.section_head("第二节　打造国际合作园区")
    d.body("高水平建设上合组织（连云港）国际物流园，完善多式联运、保税仓储、国际分拨功能，建设面向上合组织国家的出海口。",
           places=["上合组织（连云港）国际物流园"])
    d.body("推进中国（连云港）跨境电子商务综合试验区建设，完善线上综合服务平台和线下产业园区“两平台”，各县区至少建成1个跨境电商产业园。")
    d.zhuanlan("专栏3　重大开放平台建设工程", [
        ("1.连云港综合保税区二期项目：规划面积1.2平方公里，建设保税仓储、保税加工和查验配套设施，总投资18亿元。",
         ["连云港综合保税区"]),
        ("2.上合组织（连云港）国际物流园多式联运中心：建设铁路装卸线4条、集装箱堆场20万平方米，总投资12亿元。",
         ["上合组织（连云港）国际物流园"]),
        ("3.东海县水晶跨境电商产业园：建设直播基地、公共海外仓服务中心和跨境电商孵化中心，总投资5亿元。", ["东海县"]),
        ("4.赣榆区海产品国际冷链物流中心：建设库容10万吨的进口冷链仓储和加工设施，总投资8亿元。", ["赣榆区"]),
        ("5.徐圩新区进口大宗商品交易平台：建设原油、化工原料进口交易和交割设施，总投资6亿元。", ["徐圩新区"]),
    ])

    d.chapter("第六章　保障措施")
    d.runin("一、加强组织领导。", "市开放型经济工作领导小组统筹推进规划实施；"
            "各县区、各部门要结合实际制定落实举措，明确责任分工。", font=HEI, bold=False)
    d.runin("二、强化政策支持。", "统筹用好市级开放型经济发展专项资金，重点支持开放平台建设、外贸新业态发展和重大项目招引，"
            "优先保障重大项目用地需求。", font=HEI, bold=False)
    d.runin("三、做好监测评估。", "市商务局会同有关部门建立规划实施监测机制，2026年开展中期评估，评估结果向市政府报告并向社会公布。",
            font=HEI, bold=False)
    d.banji("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，连云港军分区。",
            "连云港市人民政府办公室", "2025年6月12日印发", blanks=1)
    path = d.save()
    meta = {
        "title": "市政府关于印发连云港市开放型经济发展规划（2025—2027年）的通知",
        "doc_number": "连政发〔2025〕37号",
        "issuer": ["连云港市人民政府"],
        "date": "2025-06-10",
        "published": "2025-06-12",
        "level": "municipal",
        "region": "连云港市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "规划",
        "recipients": ["各县、区人民政府", "市各委、办、局", "市各直属单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return d, path, meta


# ================================================================ 2. 广西 三年行动计划
def make_guangxi():
    d = Doc("blind283_guangxi_jihua")
    footer_numbers(d.doc, d.doc.sections[0], odd_even=True)
    d.banner(["广西壮族自治区人民政府办公厅文件"], size=30, scale=78, space_before=20)
    d.docno("桂政办发〔2025〕21号")
    d.title(["广西壮族自治区人民政府办公厅关于印发", "中国（广西）自由贸易试验区高质量发展", "三年行动计划（2025—2027年）的通知"],
            soft=False)
    d.zhusong("各市、县人民政府，自治区人民政府各组成部门、各直属机构：")
    d.body("《中国（广西）自由贸易试验区高质量发展三年行动计划（2025—2027年）》已经自治区人民政府同意，现印发给你们，请认真贯彻执行。")
    d.signature("广西壮族自治区人民政府办公厅", "2025年4月18日")

    d.page_break()
    d.plan_title(["中国（广西）自由贸易试验区高质量发展", "三年行动计划（2025—2027年）"], gap=0)
    d.body("为深入实施自由贸易试验区提升战略，推动中国（广西）自由贸易试验区（以下简称广西自贸试验区）在服务共建“一带一路”"
           "和深化中国—东盟全面战略伙伴关系中发挥更大作用，制定本行动计划。")
    d.h1("一、总体目标")
    d.body("到2027年，广西自贸试验区累计形成制度创新成果200项以上，其中面向东盟的首创性成果50项以上；进出口总额突破3000亿元，"
           "实际使用外资年均增长10%以上；南宁、钦州港、崇左三个片区各具特色、协同联动的发展格局基本形成。")
    d.h1("二、重点任务")
    d.runin("（一）打造面向东盟的跨境产业链供应链。", "围绕电子信息、新能源材料、东盟特色农产品加工等产业，推动上下游企业向自贸试验区集聚，"
            "构建“东盟资源+中国市场”“中国总部+东盟基地”的跨境产业链。", font=KAI, bold=False)
    d.runin("（二）提升西部陆海新通道门户功能。", "加快北部湾国际门户港建设，推动海铁联运与中欧班列、中越跨境班列高效衔接，"
            "提升国际物流组织和分拨能力。", font=KAI, bold=False)
    d.runin("（三）深化面向东盟的金融开放创新。", "扩大人民币跨境使用，稳步推进资本项目便利化改革，建设面向东盟的金融开放门户核心区。",
            font=KAI, bold=False)
    d.runin("（四）推进沿边开放和跨境合作。", "发挥沿边综合保税区和边境口岸优势，推动边民互市贸易转型升级，深化与越南边境省份合作。",
            font=KAI, bold=False)
    d.runin("（五）对接高标准经贸规则。", "对标《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则，稳步扩大规则、规制、管理、标准等制度型开放。",
            font=KAI, bold=False)
    d.body("各项任务的具体举措、责任分工和完成时限见附件。")
    d.h1("三、保障措施")
    d.runin("（一）强化统筹协调。", "自治区自贸试验区工作领导小组办公室负责统筹推进本行动计划实施，南宁、钦州、崇左市人民政府要落实片区建设主体责任，"
            "每年制定年度工作计划。", font=KAI, bold=False)
    d.runin("（二）加大赋权力度。", "将自治区级经济社会管理权限依法赋予各片区，动态调整赋权事项清单。",
            font=KAI, bold=False)
    d.runin("（三）严格督查考核。", "各牵头单位每半年向自治区自贸办报送任务进展情况，评估结果纳入年度绩效考评。",
            font=KAI, bold=False)
    d.body("本行动计划自印发之日起实施。")
    d.fujian_shuoming(["中国（广西）自由贸易试验区高质量发展重点任务分工表"])

    # ---- the attachment: landscape section
    d.new_section("landscape")
    d.p([("附件", HEI)], indent=False)
    d.blank(1, line=14)
    d.p([("中国（广西）自由贸易试验区高质量发展重点任务分工表", XBS)], align=C, indent=False, line=32, size=20, after=8)
    headers = ["序号", "重点任务", "具体举措", "牵头单位", "配合单位", "完成时限"]
    T1 = "打造面向东盟的跨境产业链供应链"
    T2 = "提升西部陆海新通道门户功能"
    T3 = "深化面向东盟的金融开放创新"
    T4 = "推进沿边开放和跨境合作"
    T5 = "对接高标准经贸规则"
    rows = [
        ["1", T1, "在南宁片区建设中国—东盟电子信息产业合作园，引进整机及配套企业30家以上。",
         "南宁市人民政府", "自治区工业和信息化厅、商务厅", "2026年12月底前"],
        ["2", None, "支持南宁片区开展跨境研发设计、检验检测等服务外包业务，建设面向东盟的服务贸易集聚区。",
         None, "自治区商务厅", "2027年12月底前"],
        ["3", None, "在钦州港片区打造新能源材料产业集群，推动动力电池正极材料、电解液等项目建成投产。",
         "钦州市人民政府", "自治区发展改革委、工业和信息化厅", "2027年12月底前"],
        ["4", None, "推动钦州综合保税区开展东盟进口矿产、农产品原料保税加工，扩大“两头在外”加工贸易规模。",
         None, "南宁海关、自治区商务厅", "2026年6月底前"],
        ["5", None, "在崇左片区建设东盟特色农产品（水果、坚果）进口加工基地，落实边民互市进口商品落地加工政策。",
         "崇左市人民政府", "自治区商务厅、农业农村厅，南宁海关", "2025年12月底前"],
        ["6", T2, "加密北部湾港至东盟国家集装箱航线，推动海铁联运班列与中欧班列在南宁国际铁路港衔接。",
         "自治区交通运输厅", "北部湾港集团、中国铁路南宁局集团公司", "2027年12月底前"],
        ["7", None, "推广多式联运“一单制”，探索铁路运单物权化，开展多式联运提单融资试点。",
         None, "自治区商务厅、人民银行广西壮族自治区分行", "2026年12月底前"],
        ["8", None, "在钦州港片区建设西部陆海新通道国际集装箱分拨中心，发展东盟货物中转集拼业务。",
         None, "钦州市人民政府，南宁海关", "2026年12月底前"],
        ["9", T3, "扩大人民币在跨境贸易和投资中的使用，推动越南盾、泰铢等东盟国家货币跨境结算便利化。",
         "人民银行广西壮族自治区分行", "自治区地方金融管理局", "2027年12月底前"],
        ["10", None, "在南宁片区开展跨国公司本外币一体化资金池试点，支持符合条件的企业开展跨境融资。",
         None, "国家外汇管理局广西壮族自治区分局", "2025年12月底前"],
        ["11", T4, "支持凭祥综合保税区发展东盟水果、红木保税加工和保税物流，建设中越跨境物流枢纽。",
         "崇左市人民政府", "南宁海关、自治区商务厅", "2026年12月底前"],
        ["12", None, "推动崇左片区与越南谅山省开展跨境经济合作，探索跨境劳务合作和“两国一检”通关模式。",
         None, "自治区外事办、商务厅，南宁海关", "2027年12月底前"],
        ["13", None, "推进友谊关、东兴等口岸智能化改造，压缩进出口整体通关时间。",
         "自治区商务厅（口岸办）", "南宁海关、广西出入境边防检查总站", "2026年12月底前"],
        ["14", T5, "对标RCEP、CPTPP等高标准经贸规则，在数据跨境流动、知识产权保护、政府采购等领域开展压力测试。",
         "自治区商务厅", "自治区党委网信办、市场监管局、知识产权局", "2027年12月底前"],
        ["15", None, "建立制度创新成果评估推广机制，每年发布广西自贸试验区最佳实践案例10个以上。",
         None, "各片区管委会", "每年12月底前"],
    ]
    merges = [(1, 0, 4), (1, 5, 7), (1, 8, 9), (1, 10, 12), (1, 13, 14),
              (3, 0, 1), (3, 2, 3), (3, 5, 7), (3, 8, 9), (3, 10, 11), (3, 13, 14)]
    places = {0: ["南宁片区"], 1: ["南宁片区"], 2: ["钦州港片区"], 3: ["钦州综合保税区"], 4: ["崇左片区"],
              7: ["钦州港片区"], 9: ["南宁片区"], 10: ["凭祥综合保税区"], 11: ["崇左片区"]}
    d.table(headers, rows, [12, 34, 80, 33, 40, 26], merges=merges, places=places,
            center_cols=(0, 1, 3, 5), size=11)

    # ---- 版记 on a portrait page of its own
    d.new_section("portrait")
    d.blank(16)
    d.banji("抄送：自治区党委各部门，自治区人大常委会办公厅，自治区政协办公厅，自治区监委，自治区高级人民法院，自治区人民检察院，广西军区。",
            "广西壮族自治区人民政府办公厅", "2025年4月22日印发", blanks=0)
    path = d.save()
    meta = {
        "title": "广西壮族自治区人民政府办公厅关于印发中国（广西）自由贸易试验区高质量发展三年行动计划（2025—2027年）的通知",
        "doc_number": "桂政办发〔2025〕21号",
        "issuer": ["广西壮族自治区人民政府办公厅"],
        "date": "2025-04-18",
        "published": "2025-04-22",
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": "2025-04-22",
        "expires": None,
        "attachments": ["中国（广西）自由贸易试验区高质量发展重点任务分工表"],
        "doc_type": "行动计划",
        "recipients": ["各市、县人民政府", "自治区人民政府各组成部门、各直属机构"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return d, path, meta


# ================================================================ 3. 义乌 实施方案 (图 + 附表)
def bar_chart(path):
    from PIL import Image, ImageDraw, ImageFont
    W, H = 1600, 900
    img = Image.new("RGB", (W, H), "white")
    dr = ImageDraw.Draw(img)
    fpath = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    f = ImageFont.truetype(fpath, 34)
    fs = ImageFont.truetype(fpath, 30)
    years = ["2020年", "2021年", "2022年", "2023年", "2024年"]
    vals = [817, 903, 1021, 1183, 1326]
    x0, y0, x1, y1 = 170, 80, 1520, 760
    vmax = 1500
    dr.line([(x0, y0), (x0, y1)], fill="black", width=3)
    dr.line([(x0, y1), (x1, y1)], fill="black", width=3)
    for v in range(0, 1501, 300):
        y = y1 - (y1 - y0) * v / vmax
        dr.line([(x0 - 10, y), (x0, y)], fill="black", width=3)
        if v:
            dr.line([(x0, y), (x1, y)], fill=(210, 210, 210), width=1)
        tw = dr.textlength(str(v), font=fs)
        dr.text((x0 - 20 - tw, y - 18), str(v), fill="black", font=fs)
    n = len(vals)
    slot = (x1 - x0) / n
    for i, (yr, v) in enumerate(zip(years, vals)):
        cx = x0 + slot * (i + 0.5)
        top = y1 - (y1 - y0) * v / vmax
        dr.rectangle([cx - 70, top, cx + 70, y1 - 2], fill=(192, 0, 0))
        tw = dr.textlength(str(v), font=f)
        dr.text((cx - tw / 2, top - 48), str(v), fill="black", font=f)
        tw = dr.textlength(yr, font=f)
        dr.text((cx - tw / 2, y1 + 20), yr, fill="black", font=f)
    dr.text((x0 - 120, 20), "亿元", fill="black", font=fs)
    img.save(path)


def make_yiwu():
    d = Doc("blind283_yiwu_fangan")
    footer_numbers(d.doc, d.doc.sections[0], odd_even=True)
    d.banner(["义乌市人民政府办公室文件"], size=40, scale=90, space_before=20)
    d.docno("义政办发〔2025〕26号")
    d.title(["义乌市人民政府办公室关于印发义乌市", "跨境电子商务高质量发展助力“一带一路”", "建设实施方案的通知"], soft=True)
    d.zhusong("各镇人民政府、街道办事处，市政府各部门，各有关单位：")
    d.body("《义乌市跨境电子商务高质量发展助力“一带一路”建设实施方案》已经市政府第45次常务会议审议通过，现印发给你们，请认真组织实施。")
    d.signature("义乌市人民政府办公室", "2025年6月20日")

    d.page_break()
    d.plan_title(["义乌市跨境电子商务高质量发展", "助力“一带一路”建设实施方案"])
    d.body("为深入落实国家跨境电子商务综合试验区建设部署，依托义乌国际贸易综合改革试验区和“义新欧”中欧班列优势，"
           "推动跨境电商高质量发展，更好服务共建“一带一路”，结合我市实际，制定本方案。")
    d.h1("一、发展基础")
    d.body("近年来，我市跨境电商保持快速增长，2024年跨境电商交易额达到1326亿元，较2020年增长62.3%（见图1）；"
           "全市跨境电商经营主体超过4.2万家，在共建“一带一路”国家布局海外仓186个。")
    tmp = tempfile.mkdtemp()
    png = os.path.join(tmp, "fig1.png")
    bar_chart(png)
    d.picture(png, 130)
    shutil.rmtree(tmp)
    d.p([("图1　2020—2024年义乌市跨境电商交易额（亿元）", HEI)], align=C, indent=False, size=SI, line=26, after=6)
    d.body("同时也要看到，我市跨境电商仍存在品牌出海能力不强、物流成本偏高、专业人才不足等问题，亟需系统谋划、集中突破。")
    d.h1("二、主要目标")
    d.body("到2027年，全市跨境电商交易额达到1800亿元，年均增长10%以上；培育年交易额超亿元的跨境电商企业80家，"
           "新增共建“一带一路”国家海外仓50个。各项目标分解见附表1。")
    d.h1("三、重点任务")
    d.h2("（一）培育跨境电商经营主体")
    d.body("1.实施“品牌出海”工程。支持小商品生产企业注册境外商标、开展国际认证，每年培育跨境电商自主品牌100个以上，"
           "对在共建“一带一路”国家注册商标的企业按注册费用的50%给予补助。")
    d.body("2.建设跨境电商产业园区。支持佛堂镇建设跨境电商直播产业园、苏溪镇建设跨境电商智能制造园，"
           "对入驻企业3年内给予租金减免，引导企业集聚发展。", places=["佛堂镇", "苏溪镇"])
    d.h2("（二）完善跨境物流体系")
    d.body("3.拓展“义新欧”班列跨境电商专线。加密至马德里、杜伊斯堡、塔什干等方向的跨境电商专列，"
           "推动班列运邮常态化，2027年跨境电商专列年开行量达到300列。")
    d.body("4.完善海外仓网络。鼓励企业在迪拜、墨西哥城、华沙等地新建或租赁海外仓，对新认定的市级公共海外仓给予最高200万元一次性补助。")
    d.body("5.提升综合保税区功能。在义乌综合保税区开展跨境电商零售进口“保税+直播”、出口退货中心仓等业务，"
           "推动区内企业开展跨境电商保税备货出口。", places=["义乌综合保税区"])
    d.h2("（三）优化监管服务")
    d.body("6.深化通关便利化改革。推广跨境电商“9610”“9710”“9810”出口监管模式，推动义乌铁路口岸、义乌航空口岸"
           "实施跨境电商货物“一次申报、分类通关”。")
    d.body("7.加大要素保障力度：")
    d.body("（1）鼓励银行机构开发“跨境电商贷”“海外仓贷”等产品，为中小跨境电商企业提供信用贷款。")
    d.body("（2）在北苑街道建设跨境电商人才培训基地，每年培训跨境电商专业人才1万人次以上。", places=["北苑街道"])
    d.h1("四、保障措施")
    d.runin("（一）加强组织领导。", "成立市跨境电商高质量发展工作专班，由市政府分管副市长任组长，专班办公室设在市商务局，"
            "统筹协调重大事项。", font=KAI, bold=False)
    d.runin("（二）强化政策兑现。", "本方案涉及的奖补资金由市财政统筹安排，与我市其他同类政策按“就高不重复”原则执行。",
            font=KAI, bold=False)
    d.body("（三）本方案自2025年7月1日起施行，有效期至2027年12月31日。《义乌市人民政府办公室关于加快推进跨境电子商务发展的若干意见》"
           "（义政办发〔2022〕51号）同时废止。")
    # 附表说明
    d.blank(1)
    p1 = d.p("附表：1.2025—2027年义乌市跨境电商主要目标分解表", indent=False)
    p1.paragraph_format.left_indent = Pt(SAN * 2)
    p2 = d.p("2.义乌市跨境电商重点项目清单", indent=False)
    p2.paragraph_format.left_indent = Pt(SAN * 5)

    d.page_break()
    d.p([("附表1", HEI)], indent=False)
    d.p([("2025—2027年义乌市跨境电商主要目标分解表", XBS)], align=C, indent=False, line=32, size=18, after=8)
    d.table(["指标", "单位", "2025年", "2026年", "2027年"], [
        ["跨境电商交易额", "亿元", "1450", "1600", "1800"],
        ["年交易额超亿元跨境电商企业", "家", "55", "65", "80"],
        ["新增共建“一带一路”国家海外仓", "个", "15", "17", "18"],
        ["跨境电商自主品牌", "个", "100", "110", "120"],
    ], [62, 18, 24, 24, 24], center_cols=(1, 2, 3, 4), size=XSI)
    d.blank(1)
    d.p([("附表2", HEI)], indent=False)
    d.p([("义乌市跨境电商重点项目清单", XBS)], align=C, indent=False, line=32, size=18, after=8)
    d.table(["序号", "项目名称", "建设地点", "建设内容", "总投资（亿元）", "责任单位"], [
        ["1", "义乌跨境电商直播产业园", "佛堂镇", "建设直播基地、选品中心和仓储配送中心", "6.5", "佛堂镇人民政府"],
        ["2", "跨境电商智能制造园", "苏溪镇", "建设标准厂房和柔性供应链中心", "12.0", "苏溪镇人民政府"],
        ["3", "跨境电商保税仓二期", "义乌综合保税区", "建设保税仓库8万平方米", "4.2", "义乌综合保税区管理中心"],
        ["4", "“义新欧”跨境电商集拼中心", "稠江街道", "建设班列货物集拼、分拨和查验设施", "3.8", "市商务局、稠江街道办事处"],
    ], [12, 32, 24, 44, 18, 26], center_cols=(0, 2, 4), size=WU + 0.5,
        places={0: ["佛堂镇"], 1: ["苏溪镇"], 2: ["义乌综合保税区"], 3: ["稠江街道"]})
    d.banji("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院。",
            "义乌市人民政府办公室", "2025年6月23日印发", blanks=2)
    path = d.save()
    meta = {
        "title": "义乌市人民政府办公室关于印发义乌市跨境电子商务高质量发展助力“一带一路”建设实施方案的通知",
        "doc_number": "义政办发〔2025〕26号",
        "issuer": ["义乌市人民政府办公室"],
        "date": "2025-06-20",
        "published": "2025-06-23",
        "level": "county",
        "region": "义乌市",
        "effective": "2025-07-01",
        "expires": "2027-12-31",
        "attachments": ["2025—2027年义乌市跨境电商主要目标分解表", "义乌市跨境电商重点项目清单"],
        "doc_type": "实施方案",
        "recipients": ["各镇人民政府、街道办事处", "市政府各部门", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": "《义乌市人民政府办公室关于加快推进跨境电子商务发展的若干意见》（义政办发〔2022〕51号）",
    }
    return d, path, meta


# ================================================================ 4. 乌鲁木齐片区 工作要点
def make_urumqi():
    d = Doc("blind283_wulumuqi_yaodian")
    footer_numbers(d.doc, d.doc.sections[0], odd_even=False)
    d.banner(["乌鲁木齐自贸片区管委会文件"], size=40, scale=85, space_before=20)
    d.docno("乌自贸管发〔2025〕5号")
    d.title(["关于印发《中国（新疆）自由贸易试验区", "乌鲁木齐片区2025年工作要点》的通知"], soft=False)
    d.zhusong("片区各部门、各功能区，各有关单位：")
    d.body("现将《中国（新疆）自由贸易试验区乌鲁木齐片区2025年工作要点》印发给你们，请结合工作职责抓好贯彻落实，"
           "重要进展情况及时报送片区管委会办公室。")
    d.signature("中国（新疆）自由贸易试验区乌鲁木齐片区管理委员会", "2025年2月26日", right_chars=2)

    d.page_break()
    d.plan_title(["中国（新疆）自由贸易试验区乌鲁木齐片区", "2025年工作要点"])
    d.body("2025年是片区落实自由贸易试验区提升战略、建设丝绸之路经济带核心区对外开放重要窗口的关键之年。"
           "全年工作的主要目标是：进出口总额增长15%以上，实际使用外资增长10%以上，新增制度创新成果15项以上。")

    def point(head, rest, duty, places=None):
        d.p([(head, FS, True), (rest + duty, FS)])
        d.clause(head + rest + duty, places)

    d.h1("一、聚焦制度创新，打造高水平开放平台")
    point("1.推进贸易便利化改革。", "深化国际贸易“单一窗口”建设，推广“提前申报”“两步申报”等通关模式，片区进出口整体通关时间压缩10%以上。",
          "（责任单位：贸易发展局，乌鲁木齐海关驻片区办事处）")
    point("2.提升综合保税区能级。", "支持乌鲁木齐综合保税区拓展保税维修、保税展示交易业务，推动区内加工贸易企业扩大产能，全年进出口额突破100亿元。",
          "（责任单位：综合保税区管理办公室）", ["乌鲁木齐综合保税区"])
    point("3.开展首创性探索。", "围绕中欧（亚）班列集结、中亚商品进口、跨境人民币结算等领域开展差异化探索，每季度形成制度创新案例3项以上。",
          "（责任单位：制度创新局）")
    d.h1("二、聚焦通道建设，服务共建“一带一路”核心区建设")
    point("4.做强国际陆港区。", "推动乌鲁木齐国际陆港区中欧班列集结中心扩能改造，全年开行中欧（亚）班列1500列以上，"
          "稳定开行至阿拉木图、塔什干、明斯克等方向线路。", "（责任单位：国际陆港区管委会，片区贸易发展局）", ["乌鲁木齐国际陆港区"])
    point("5.发展跨境电商。", "建设面向中亚的跨境电商选品中心和海外仓服务中心，推动经霍尔果斯、阿拉山口口岸出境的跨境电商货物在片区集拼。",
          "（责任单位：贸易发展局）")
    point("6.拓展中亚经贸合作。", "办好中国—亚欧商品贸易博览会片区专场活动，组织企业赴哈萨克斯坦、乌兹别克斯坦开展经贸对接活动不少于6场。",
          "（责任单位：投资促进局）")
    d.h1("三、聚焦产业集聚，提升开放型经济质量")
    point("7.推动重点产业集聚。", "在乌鲁木齐高新区（新市区）区块布局新能源装备、生物医药等产业，全年引进亿元以上项目20个。",
          "（责任单位：投资促进局，高新区区块管理办公室）", ["乌鲁木齐高新区（新市区）区块"])
    point("8.优化营商环境。", "深化“证照分离”改革，推行“一业一证”，外商投资企业设立登记实现全程网办，涉企审批事项平均办理时限压缩30%。",
          "（责任单位：行政审批局）")
    point("9.强化风险防控。", "建立片区重大风险防控清单，加强跨境资金流动、进出口商品质量安全、数据安全等领域风险监测和预警。",
          "（责任单位：综合办公室，片区各部门）")
    d.banji("抄送：自治区商务厅（自治区自贸办），乌鲁木齐市人民政府办公室。",
            "乌鲁木齐自贸片区管委会办公室", "2025年2月27日印发", blanks=1)
    path = d.save()
    meta = {
        "title": "关于印发《中国（新疆）自由贸易试验区乌鲁木齐片区2025年工作要点》的通知",
        "doc_number": "乌自贸管发〔2025〕5号",
        "issuer": ["中国（新疆）自由贸易试验区乌鲁木齐片区管理委员会"],
        "date": "2025-02-26",
        "published": "2025-02-27",
        "level": "zone",
        "region": "中国（新疆）自由贸易试验区乌鲁木齐片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "工作要点",
        "recipients": ["片区各部门、各功能区", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return d, path, meta


def main():
    expected = {}
    for maker in (make_lianyungang, make_guangxi, make_yiwu, make_urumqi):
        d, path, meta = maker()
        to_pdf(path)
        expected[d.stem] = [entry(d, meta)]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for k, v in expected.items():
        print(k, len(v[0]["clauses"]), "clauses,", len(v[0]["applies_to"]["specific"]), "specific")


if __name__ == "__main__":
    main()
