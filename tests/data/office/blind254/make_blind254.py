# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 254: development plans (规划 / 行动计划) of a province, a city and a
自贸试验区片区 on 共建“一带一路”, 自贸试验区 and 开放型经济, written in Word and printed to
PDF by LibreOffice.

Writes every file next to itself plus expected.json.
Run:  . /work/venv/bin/activate && python make_blind254.py
"""
import json
import os
import struct
import subprocess
import zlib

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"

SAN = 16      # 三号
XER = 18      # 小二
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


def fmt(p, align=J, indent=True, line=28, before=0, after=0, size=SAN):
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


def border(p, edge="bottom", color="000000", sz=8, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + edge)
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_setup(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(20)
    section.header_distance = Mm(15)


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


def footer_numbers(doc, section):
    """GB/T 9704: 4号半角宋体 “— N —”, 单页居右空一字、双页居左空一字."""
    doc.settings.odd_and_even_pages_header_footer = True
    for ft, align in ((section.footer, R), (section.even_page_footer, L)):
        ft.is_linked_to_previous = False
        p = ft.paragraphs[0]
        p.alignment = align
        if align == R:
            p.paragraph_format.right_indent = Pt(SI)
        else:
            p.paragraph_format.left_indent = Pt(SI)
        r = p.add_run("— ")
        set_font(r, SONG, SI)
        add_field(p, "PAGE")
        r = p.add_run(" —")
        set_font(r, SONG, SI)


def cell_shading(cell, fill_hex):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill_hex)
    tcPr.append(shd)


def table_borders(table, sz=4, inside_h=True):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single" if (inside_h or edge != "insideH") else "nil")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def fixed_widths(t, widths_mm):
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_mm[j] * 56.7)))
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    t._tbl.tblPr.append(lay)
    for row in t.rows:
        for j, w in enumerate(widths_mm):
            if j < len(row.cells):
                row.cells[j].width = Mm(w)


def cell_para(cell, parts, size=XSI, align=C, line=20, indent=False, first=False):
    if first:
        p = cell.paragraphs[0]
    else:
        p = cell.add_paragraph()
    fmt(p, align, indent, line, size=size)
    fill(p, parts, size)
    return p


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def png_placeholder(path, w=600, h=360):
    """A grey map-like placeholder picture (no PIL here): frame, grid and a band."""
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            if x < 4 or x >= w - 4 or y < 4 or y >= h - 4:
                c = (90, 90, 90)
            elif abs((y - h // 2) - (x - w // 2) * 0.35) < 6:
                c = (200, 60, 50)
            elif x % 60 == 0 or y % 60 == 0:
                c = (215, 215, 215)
            else:
                c = (238, 238, 232)
            row += bytes(c)
        rows.append(b"\x00" + bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", raw) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_254",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- document builder
class Builder:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(SAN)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        page_setup(self.doc.sections[0])
        footer_numbers(self.doc, self.doc.sections[0])
        self.clauses = []
        self.specific = {}

    # -- recording
    def record(self, text, places=None):
        assert text not in self.clauses, text
        self.clauses.append(text)
        if places:
            k = text[:22]
            assert k not in self.specific
            self.specific[k] = list(places)

    # -- paragraphs
    def p(self, parts="", align=J, indent=True, size=SAN, line=28, before=0, after=0):
        p = self.doc.add_paragraph()
        fmt(p, align, indent, line, before, after, size)
        fill(p, parts, size)
        return p

    def blank(self, n=1, line=28):
        for _ in range(n):
            self.p("", indent=False, line=line)

    def clause(self, parts, places=None, **kw):
        p = self.p(parts, **kw)
        self.record(plain(parts), places)
        return p

    def runin(self, head, body, places=None, font=HEI, bold=False):
        return self.clause([(head, font, bold), (body, FS)], places)

    def keep(self, p):
        p.paragraph_format.keep_with_next = True
        return p

    def chapter(self, text):       # 第X章 — 黑体, centred
        self.keep(self.p([(text, HEI)], align=C, indent=False, before=4))

    def section_h(self, text):     # 第X节 — 楷体 bold, centred
        self.keep(self.p([(text, KAI, True)], align=C, indent=False))

    def part(self, text):          # 第X篇 — 方正小标宋 小二, centred
        self.keep(self.p([(text, XBS)], align=C, indent=False, size=XER, line=34, before=14, after=8))

    def h1(self, text):            # 一、总体要求 — 黑体 on its own line
        self.keep(self.p([(text, HEI)]))

    def h2(self, text):            # （一）… — 楷体 on its own line
        self.keep(self.p([(text, KAI)]))

    def page_break(self):
        p = self.doc.add_paragraph()
        fmt(p, L, False)
        p.add_run().add_break(WD_BREAK.PAGE)

    def new_section(self):
        s = self.doc.add_section(WD_SECTION.NEW_PAGE)
        page_setup(s)
        s.footer.is_linked_to_previous = True
        s.even_page_footer.is_linked_to_previous = True
        return s

    # -- 公文 parts
    def red_head(self, org_lines, docnum, size=32):
        self.blank(1)
        for line in org_lines:
            p = self.doc.add_paragraph()
            fmt(p, C, False, line=size + 8, size=size)
            # 发文机关标志: squeeze long names horizontally as offices do
            r = p.add_run(line)
            set_font(r, XBS, size, False, RED)
            if len(line) > 12:
                rpr = r._r.get_or_add_rPr()
                w = OxmlElement("w:w")
                w.set(qn("w:val"), str(int(100 * 12.5 / len(line))))
                rpr.append(w)
        self.blank(1)
        p = self.p(docnum, align=C, indent=False)
        border(p, "bottom", "E60012", 18)
        self.blank(1)

    def title(self, text, size=ER, gap=1):
        p = self.doc.add_paragraph()
        fmt(p, C, False, line=36, size=size)
        fill(p, [(text, XBS)], size)
        self.blank(gap)

    def zhusong(self, text):
        self.p(text, indent=False)

    def signoff(self, org, date, publicity, org_indent=2, date_indent=4, gap=2):
        self.blank(gap)
        p = self.p(org, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(SAN * org_indent)
        p = self.p(date, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(SAN * date_indent)
        if publicity:
            self.p(publicity)

    def banji(self, cc, printer, pdate):
        self.blank(1)
        p = self.p([(cc, FS)], align=L, indent=False, size=SI)
        p.paragraph_format.left_indent = Pt(SI)
        p.paragraph_format.right_indent = Pt(SI)
        p.paragraph_format.first_line_indent = Pt(0)
        border(p, "top", sz=8)
        border(p, "bottom", sz=4)
        p = self.doc.add_paragraph()
        fmt(p, L, False, size=SI)
        p.paragraph_format.left_indent = Pt(SI)
        r = p.add_run(printer + "\t" + pdate)
        set_font(r, FS, SI)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(150), alignment=2)
        border(p, "bottom", sz=8)

    # -- boxes and tables
    def zhuanlan_one_col(self, title, items, size=SI):
        """专栏 as a bordered one-column table: a title row, then one row per numbered item with
        no rule between the item rows, so the box looks like one frame and may break between pages.
        items: list of (parts, places)."""
        t = self.doc.add_table(rows=1 + len(items), cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(t, 8, inside_h=False)
        cell_para(t.cell(0, 0), [(title, HEI)], size=SI, align=C, line=24, first=True)
        tcPr = t.cell(0, 0)._tc.get_or_add_tcPr()
        bd = OxmlElement("w:tcBorders")
        e = OxmlElement("w:bottom")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "8")
        e.set(qn("w:color"), "000000")
        bd.append(e)
        tcPr.append(bd)
        for i, (parts, places) in enumerate(items):
            cell_para(t.cell(i + 1, 0), parts, size=size, align=J, line=22, indent=True, first=True)
            self.record(plain(parts), places)
        fixed_widths(t, [154])
        self.p("", indent=False, line=14)
        return t

    def zhuanlan_two_col(self, title, left, right, size=SI):
        """专栏 whose short items are laid out in two columns side by side."""
        t = self.doc.add_table(rows=2, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(t, 8)
        a = t.cell(0, 0).merge(t.cell(0, 1))
        cell_para(a, [(title, HEI)], size=SI, align=C, line=24, first=True)
        for col, items in ((0, left), (1, right)):
            first = True
            for parts in items:
                cell_para(t.cell(1, col), parts, size=size, align=L, line=24, first=first)
                first = False
        # the inner vertical rule is removed: one box, two columns of items
        for col, side in ((0, "right"), (1, "left")):
            tcPr = t.cell(1, col)._tc.get_or_add_tcPr()
            b = OxmlElement("w:tcBorders")
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "nil")
            b.append(e)
            tcPr.append(b)
        for parts in left + right:
            self.record(plain(parts))
        fixed_widths(t, [77, 77])
        self.p("", indent=False, line=14)
        return t


EXPECTED = {}


def rowtext(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row))


# ================================================================ 1. 甘肃省 规划
def make_gansu():
    stem = "blind254_gansu_guihua"
    b = Builder()
    doc = b.doc
    b.red_head(["甘肃省人民政府办公厅文件"], "甘政办发〔2021〕87号")
    b.title("甘肃省人民政府办公厅关于印发\v甘肃省“十四五”参与共建“一带一路”\v发展规划的通知")
    b.zhusong("各市、自治州人民政府，兰州新区管委会，省政府各部门，中央在甘各有关单位：")
    b.clause("《甘肃省“十四五”参与共建“一带一路”发展规划》已经省政府同意，现印发给你们，请结合实际认真贯彻落实。")
    b.clause("省发展改革委（省推进“一带一路”建设工作领导小组办公室）要会同有关部门加强统筹协调和跟踪评估，"
             "重大问题及时向省政府报告。")
    b.signoff("甘肃省人民政府办公厅", "2021年10月18日", "（此件公开发布）")

    # the plan: a new Word section on a new page, page numbers run on
    b.new_section()
    b.title("甘肃省“十四五”参与共建“一带一路”发展规划", gap=0)
    b.clause("本规划依据《甘肃省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》编制，"
             "主要阐明“十四五”时期我省参与共建“一带一路”的总体思路、发展目标、重点任务和保障措施。"
             "规划期为2021—2025年，展望到2035年。")

    b.chapter("第一章　发展基础和面临形势")
    b.section_h("第一节　发展基础")
    b.clause("“十三五”时期，我省发挥丝绸之路经济带黄金段区位优势，深度融入共建“一带一路”大格局，对外开放取得明显成效。")
    b.runin("开放通道加快贯通。", "兰州、武威、天水国际陆港建成运营，中欧、中亚班列和西部陆海新通道班列常态化开行，"
            "2020年全省开行国际货运班列620列。")
    b.runin("开放平台不断完善。", "兰州新区综合保税区封关运行，武威保税物流中心（B型）投入运营，"
            "中国（兰州）跨境电子商务综合试验区获批设立。")
    b.runin("经贸合作持续深化。", "2020年全省与共建“一带一路”国家进出口额达235亿元，占全省外贸总额的61.3%；"
            "累计在32个共建国家设立境外企业156家。")
    b.section_h("第二节　面临形势")
    b.clause("从国际看，共建“一带一路”进入高质量发展新阶段，国际物流通道安全稳定面临新挑战。"
             "从国内看，构建新发展格局为我省扩大向西开放带来重大机遇，"
             "但开放型经济总量偏小、通道“重进轻出”等问题依然突出。")

    b.chapter("第二章　总体要求")
    b.section_h("第一节　指导思想")
    b.clause("坚持以习近平新时代中国特色社会主义思想为指导，完整、准确、全面贯彻新发展理念，"
             "以通道、平台、产业、人文“四位一体”为主线，加快打造向西开放的战略平台。")
    b.section_h("第二节　基本原则")
    b.runin("坚持共商共建共享。", "尊重共建国家发展诉求，推动互利共赢、共同发展。", font=FS, bold=True)
    b.runin("坚持通道带动。", "以通道聚物流、以物流促贸易、以贸易带产业，提升通道经济效益。", font=FS, bold=True)
    b.runin("坚持统筹发展和安全。", "健全境外风险防控体系，守牢安全发展底线。", font=FS, bold=True)
    b.section_h("第三节　发展目标")
    b.clause("到2025年，我省参与共建“一带一路”的通道枢纽功能显著增强，开放平台能级明显提升，经贸人文交流更加紧密，"
             "向西开放的战略平台基本形成。")
    b.runin("——通道枢纽更加畅通。", "国际货运班列年开行量达到1200列，国际货运航线达到8条。", font=FS)
    b.runin("——经贸合作提质增效。", "与共建国家进出口额达到380亿元，跨境电子商务进出口额达到30亿元。", font=FS)
    b.runin("——人文交流更加紧密。", "国际友好城市达到80对，丝绸之路（敦煌）国际文化博览会影响力持续扩大。", font=FS)
    b.clause("展望2035年，全面融入共建“一带一路”新格局，建成丝绸之路经济带重要的国际物流枢纽和经贸合作中心。")

    # 主要指标表
    b.p([("表1　甘肃省“十四五”参与共建“一带一路”主要指标", HEI)], align=C, indent=False, size=SI, line=26)
    header = ["类别", "指标", "2020年", "2025年", "年均增长（%）", "属性"]
    rows = [
        ["开放通道", "国际货运班列开行量（列）", "620", "1200", "14.1", "预期性"],
        ["开放通道", "国际货运航线（条）", "3", "8", "〔5〕", "预期性"],
        ["经贸合作", "与共建国家进出口额（亿元）", "235", "380", "10.1", "预期性"],
        ["经贸合作", "对共建国家直接投资额（亿美元）", "2.1", "3.5", "10.8", "预期性"],
        ["经贸合作", "*跨境电子商务进出口额（亿元）", "6.8", "30", "34.6", "预期性"],
        ["开放平台", "综合保税区和保税物流中心（个）", "2", "4", "〔2〕", "预期性"],
        ["人文交流", "国际友好城市（对）", "62", "80", "〔18〕", "预期性"],
        ["安全保障", "*境外项目重大安全生产事故（起）", "0", "0", "—", "约束性"],
    ]
    merges = [(0, 0, 1), (0, 2, 4)]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    for j, h in enumerate(header):
        cell_para(t.cell(0, j), [(h, HEI)], size=XSI, first=True)
    repeat_header(t.rows[0])
    skip = {(i, c) for c, a, z in merges for i in range(a + 1, z + 1)}
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if (i, j) not in skip:
                cell_para(t.cell(i + 1, j), v, size=XSI, align=L if j == 1 else C, first=True)
    for c, a, z in merges:
        m = t.cell(a + 1, c).merge(t.cell(z + 1, c))
        for extra in m.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
    fixed_widths(t, [22, 56, 17, 17, 23, 19])
    for row in rows:
        b.record(rowtext(header, row))
    b.clause([("注：带*号的为新增指标；〔 〕内为五年累计数；进出口额按人民币计价。", FS)], size=XSI, line=20,
             indent=False)

    b.chapter("第三章　构建全方位开放通道")
    b.section_h("第一节　优化开放空间布局")
    b.clause("构建“一核三廊多节点”开放空间布局。以兰州—白银都市圈为核心，打造向西、向南、向东三条开放走廊，"
             "支持武威、天水、酒泉、嘉峪关、敦煌等节点城市发挥各自优势，形成全省协同开放格局（见图1）。")
    img = os.path.join(HERE, "_fig1.png")
    png_placeholder(img)
    pic = doc.add_paragraph()
    fmt(pic, C, False, line=12)
    pic.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    pic.add_run().add_picture(img, width=Mm(80))
    os.remove(img)
    b.p([("图1　甘肃省参与共建“一带一路”空间布局示意图", KAI)], align=C, indent=False, size=SI, line=24)
    b.section_h("第二节　畅通国际物流大通道")
    b.runin("（一）提升国际班列运行质效。", "统筹全省班列资源，推动班列线路整合和运价协同，扩大回程货源组织，"
            "提高重箱率和去回程均衡度。", font=KAI, bold=True)
    b.runin("（二）建设西部陆海新通道重要节点。", "加密至广西北部湾港、湛江港的铁海联运班列，"
            "推动与重庆、成都等通道节点共建共享。", font=KAI, bold=True)
    b.runin("（三）拓展“空中丝绸之路”。", "支持开通至中亚、西亚、欧洲的国际全货机航线，培育本土航空物流企业，"
            "提升航空口岸国际货运保障能力。", font=KAI, bold=True)
    b.zhuanlan_one_col("专栏1　开放通道重点工程", [
        ([("1.班列集结中心工程。", HEI), ("在兰州新区建设中欧班列集结中心，配套建设海关监管作业场所和冷链查验设施。", FS)],
         ["兰州新区"]),
        ([("2.国际陆港提升工程。", HEI), ("实施武威国际陆港多式联运中心、天水国际陆港二期等项目，完善铁路专用线和集装箱堆场。", FS)],
         ["武威国际陆港", "天水国际陆港"]),
        ([("3.航空物流工程。", HEI), ("建设航空冷链物流中心和跨境电商货站，培育本土航空物流企业2家以上。", FS)], None),
    ])
    b.zhuanlan_two_col("专栏2　国际货运航线拓展重点", [
        "1.兰州—阿拉木图全货机航线", "2.兰州—塔什干全货机航线", "3.兰州—莫斯科全货机航线",
    ], [
        "4.兰州—伊斯坦布尔全货机航线", "5.兰州—迪拜客改货航线", "6.敦煌—比什凯克客货混载航线",
    ])

    b.chapter("第四章　打造高能级开放平台")
    b.section_h("第一节　提升海关特殊监管区域发展水平")
    b.runin("推动兰州新区综合保税区创新发展。", "大力发展保税加工、保税维修和跨境电商等业态，争取开展增值税一般纳税人资格试点。",
            places=["兰州新区综合保税区"])
    b.runin("完善保税监管场所布局。", "支持符合条件的市州申建综合保税区和保税物流中心（B型）。")
    b.section_h("第二节　积极争创自由贸易试验区")
    b.clause("复制推广自由贸易试验区改革试点经验，积极争取设立中国（甘肃）自由贸易试验区，推动开放平台开展差异化改革探索。")
    b.zhuanlan_one_col("专栏3　重点平台建设工程", [
        ([("1.兰州新区综合保税区提质工程。", HEI), ("建设保税维修检测中心、进口商品展示交易中心，引进加工贸易龙头企业10家以上，"
                                      "到2025年进出口额突破200亿元。", FS)], ["兰州新区综合保税区"]),
        ([("2.武威保税物流中心（B型）升级工程。", HEI), ("拓展进口木材、粮食保税仓储功能，争取整合优化为综合保税区。", FS)],
         ["武威保税物流中心（B型）"]),
        ([("3.跨境电商发展工程。", HEI), ("建设全省跨境电商线上综合服务平台，培育跨境电商产业园区10个、公共海外仓5个以上。", FS)],
         None),
        ([("4.境外经贸合作区建设工程。", HEI), ("支持省内企业在哈萨克斯坦、吉尔吉斯斯坦、白俄罗斯等国建设境外经贸合作区和农业合作园区。", FS)],
         None),
        ([("5.经贸会展平台工程。", HEI), ("办好中国兰州投资贸易洽谈会、丝绸之路（敦煌）国际文化博览会，"
                                   "提升国际化、市场化、专业化水平。", FS)], None),
    ])

    b.chapter("第五章　深化经贸人文交流合作")
    b.section_h("第一节　推动经贸合作提质增效")
    b.runin("（一）扩大特色优势产品出口。", "支持中药材、高原夏菜、苹果、马铃薯等特色农产品开拓中亚、西亚市场，"
            "扩大机电产品和有色金属深加工产品出口。", font=KAI, bold=True)
    b.runin("（二）推进国际产能合作。", "引导有色冶金、石油化工、新能源装备等优势企业有序“走出去”，带动技术、标准和服务输出。",
            font=KAI, bold=True)
    b.runin("（三）加快发展外贸新业态。", "推进跨境电商、市场采购贸易、保税维修等新业态新模式发展，培育外贸综合服务企业。",
            font=KAI, bold=True)
    b.section_h("第二节　促进人文交流互鉴")
    b.clause("支持敦煌市建设国际文化旅游名城，创建国家文化和旅游对外交流合作示范区，打造丝绸之路文化交流重要窗口。",
             places=["敦煌市"])

    b.chapter("第六章　保障措施")
    b.section_h("第一节　加强组织领导")
    b.clause("发挥省推进“一带一路”建设工作领导小组统筹协调作用，建立省市联动、部门协同的工作推进机制，每年制定工作要点。")
    b.section_h("第二节　强化要素保障")
    b.clause("统筹用好省级开放型经济发展专项资金，加大对通道建设、平台提升和企业“走出去”的支持力度，"
             "优先保障重大项目用地需求。")
    b.section_h("第三节　抓好规划实施")
    b.clause("各市州要结合实际制定实施方案。省发展改革委会同有关部门加强规划实施监测，"
             "2023年开展中期评估，2025年开展总结评估。")

    b.keep(b.p([("名词解释", HEI)], align=C, indent=False, before=6))
    for t_ in ["1.中欧班列：指按照固定车次、线路、班期和全程运行时刻开行，往来于中国与欧洲及共建国家间的集装箱等铁路国际联运列车。",
               "2.西部陆海新通道：指以重庆为运营中心，利用铁路、海运、公路等运输方式，向南经广西北部湾等沿海沿边口岸通达世界各地的陆海联动通道。",
               "3.综合保税区：指设立在内陆地区的具有保税港区功能的海关特殊监管区域，实行封闭管理。"]:
        b.clause(t_, size=SI, line=24)

    b.banji("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，兰州海关。",
            "甘肃省人民政府办公厅", "2021年10月20日印发")

    EXPECTED[stem] = [{
        "meta": {
            "title": "甘肃省人民政府办公厅关于印发甘肃省“十四五”参与共建“一带一路”发展规划的通知",
            "doc_number": "甘政办发〔2021〕87号",
            "issuer": ["甘肃省人民政府办公厅"],
            "date": "2021-10-18",
            "published": "2021-10-20",
            "level": "provincial",
            "region": "甘肃省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市、自治州人民政府", "兰州新区管委会", "省政府各部门", "中央在甘各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": b.clauses,
        "applies_to": {"specific": b.specific},
    }]
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)


# ================================================================ 2. 赣州市 规划
def make_ganzhou():
    stem = "blind254_ganzhou_guihua"
    b = Builder()
    doc = b.doc
    b.red_head(["赣州市人民政府办公室文件"], "赣市府办字〔2021〕63号")
    b.title("赣州市人民政府办公室\v关于印发赣州市开放型经济发展“十四五”规划的通知")
    b.zhusong("各县（市、区）人民政府，赣州经开区、蓉江新区管委会，市政府各部门，市直及驻市各单位：")
    b.clause("经市政府同意，现将《赣州市开放型经济发展“十四五”规划》印发给你们，请认真贯彻执行。")
    b.blank(1)
    b.p("附件：赣州市开放型经济发展“十四五”规划")
    b.signoff("赣州市人民政府办公室", "2021年11月5日", "（此件主动公开）")

    b.new_section()
    b.p([("附件", HEI)], align=L, indent=False)
    b.blank(1)
    b.title("赣州市开放型经济发展“十四五”规划")
    b.clause("为全面提升我市开放型经济发展水平，根据《赣州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》，"
             "制定本规划。规划期为2021—2025年。")

    b.part("第一篇　发展基础与总体要求")
    b.chapter("第一章　发展基础和面临形势")
    b.section_h("第一节　发展基础")
    b.clause("“十三五”期间，全市外贸进出口总额由2015年的302亿元增长到2020年的586亿元，年均增长14.2%；"
             "实际利用外资累计达到98亿美元；赣州综合保税区、赣州国际陆港、龙南保税物流中心（B型）相继建成运营，"
             "开放型经济实现量质齐升。")
    b.section_h("第二节　面临形势")
    b.clause("当前，共建“一带一路”、粤港澳大湾区建设和赣南等原中央苏区振兴发展等重大战略叠加，为我市扩大开放带来难得机遇；"
             "同时，外贸主体规模偏小、产业链外向度不高、开放平台功能发挥不够充分等短板依然存在。")
    b.chapter("第二章　总体要求")
    b.section_h("第一节　指导思想")
    b.clause("坚持以习近平新时代中国特色社会主义思想为指导，立足新发展阶段，以对接融入粤港澳大湾区和共建“一带一路”为主攻方向，"
             "以开放平台为载体，推动更高水平对外开放。")
    b.section_h("第二节　发展目标")
    b.clause("到2025年，全市外贸进出口总额力争突破1000亿元，实际利用外资年均增长8%以上，跨境电商交易额突破300亿元，"
             "赣州国际陆港年吞吐量突破50万标箱。\v展望2035年，基本建成内陆开放型经济试验区和对接融入粤港澳大湾区桥头堡。")

    b.part("第二篇　建设高能级开放平台")
    b.chapter("第三章　提升开放平台功能")
    b.section_h("第一节　做强海关特殊监管区域")
    b.runin("（一）推动赣州综合保税区扩区提质。", "加快二期基础设施建设，大力发展保税研发、保税维修和保税展示交易，"
            "争取开展增值税一般纳税人资格试点。", places=["赣州综合保税区"], font=KAI, bold=True)
    b.runin("（二）支持龙南保税物流中心（B型）提档升级。", "拓展保税仓储、国际分拨功能，积极争取整合优化为综合保税区。",
            places=["龙南保税物流中心（B型）"], font=KAI, bold=True)
    b.section_h("第二节　建设赣州国际陆港")
    b.runin("（一）完善陆港功能。", "加快赣州国际陆港铁路口岸二期、多式联运监管中心建设，推动进境木材、肉类指定监管场地扩容。",
            places=["赣州国际陆港"], font=KAI, bold=True)
    b.runin("（二）拓展班列线路。", "稳定开行赣州至中亚、欧洲的中欧班列，加密赣州至深圳盐田港、厦门港的铁海联运“三同”班列。",
            font=KAI, bold=True)

    # 专栏1: a two-column table 项目名称｜建设内容
    b.p("", indent=False, line=10)
    header = ["项目名称", "建设内容"]
    rows = [
        (["赣州综合保税区二期", "新增规划面积1.2平方公里，建设保税仓储、保税维修和跨境电商监管中心。"], ["赣州综合保税区"]),
        (["赣州国际陆港多式联运枢纽", "建设铁路集装箱作业区、海关监管作业场所和冷链物流中心。"], ["赣州国际陆港"]),
        (["龙南保税物流中心（B型）功能提升", "拓展保税展示交易、进口商品分拨等功能。"], ["龙南保税物流中心（B型）"]),
        (["龙南经济技术开发区外贸产业园", "建设标准厂房和公共检测平台，承接电子信息加工贸易转移。"], ["龙南经济技术开发区"]),
    ]
    t = doc.add_table(rows=2 + len(rows), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, 6)
    a = t.cell(0, 0).merge(t.cell(0, 1))
    cell_para(a, [("专栏1　开放平台重点项目", HEI)], size=SI, line=24, first=True)
    for j, h in enumerate(header):
        cell_para(t.cell(1, j), [(h, HEI)], size=XSI, first=True)
    for i, (row, places) in enumerate(rows):
        cell_para(t.cell(i + 2, 0), row[0], size=XSI, align=C, first=True)
        cell_para(t.cell(i + 2, 1), row[1], size=XSI, align=J, first=True)
        b.record(rowtext(header, row), places)
    fixed_widths(t, [52, 102])
    b.p("", indent=False, line=10)

    b.chapter("第四章　推动口岸提质增效")
    b.clause("优化口岸通关流程，推广“提前申报”“两步申报”等通关模式，压缩进出口整体通关时间，"
             "口岸进出口环节合规成本较2020年下降20%以上。")

    b.part("第三篇　培育外贸发展新动能")
    b.chapter("第五章　促进外贸创新发展")
    b.section_h("第一节　大力发展跨境电子商务")
    b.clause("以中国（赣州）跨境电子商务综合试验区建设为抓手，完善“线上综合服务平台+线下产业园区”发展体系，推动传统外贸企业触网转型。")

    # 专栏2: a shaded single-cell box of bullet paragraphs
    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, 4)
    cell = t.cell(0, 0)
    cell_shading(cell, "E7E6E6")
    cell_para(cell, [("专栏2　跨境电商发展重点", HEI)], size=SI, line=24, first=True)
    bullets = [
        ("◆建设跨境电商产业园。在章贡区、南康区、赣州经开区各建设1个跨境电商产业园，引进跨境电商企业100家以上。",
         ["章贡区", "南康区", "赣州经开区"]),
        ("◆布局公共海外仓。支持企业在东南亚、中东欧等地区建设公共海外仓10个以上。", None),
        ("◆培育跨境电商品牌。围绕家具、电子信息、脐橙等特色产业，培育年交易额超亿元跨境电商企业20家。", None),
        ("◆完善人才支撑。与职业院校共建跨境电商学院，每年培训跨境电商实操人才2000人次。", None),
    ]
    for text, places in bullets:
        cell_para(cell, text, size=SI, align=J, line=22, indent=False)
        b.record(text, places)
    fixed_widths(t, [154])
    b.p("", indent=False, line=10)

    b.section_h("第二节　推动加工贸易创新发展")
    b.clause("积极承接东南沿海加工贸易梯度转移，支持加工贸易企业向研发设计、品牌营销等环节延伸，推动加工贸易向海关特殊监管区域集聚。")
    b.chapter("第六章　提升双向投资水平")
    b.runin("（一）提高利用外资质量。", "全面落实外商投资准入前国民待遇加负面清单管理制度，围绕稀土新材料、电子信息等主导产业开展精准招商。",
            font=KAI, bold=True)
    b.runin("（二）推动企业有序“走出去”。", "支持优势企业在共建“一带一路”国家开展矿产资源、农业和基础设施合作，完善境外投资服务保障体系。",
            font=KAI, bold=True)

    b.part("第四篇　保障与实施")
    b.chapter("第七章　保障措施")
    b.runin("一、加强组织领导。", "充分发挥市开放型经济工作领导小组作用，定期研究解决开放发展中的重大问题。")
    b.runin("二、强化政策支持。", "统筹用好市级开放型经济发展资金，完善外贸、外资、跨境电商等支持政策。")
    b.runin("三、优化营商环境。", "深化“放管服”改革，打造市场化、法治化、国际化营商环境。")
    b.chapter("第八章　规划实施")
    b.clause("各县（市、区）和功能区要对照本规划明确的目标任务，制定年度工作计划，形成市县联动、各有侧重的开放发展格局。重点任务分工如下：")
    b.runin("（一）章贡区、赣州经开区、蓉江新区：", "重点发展跨境电商、服务外包和数字贸易，打造中心城区开放型经济核心区。",
            places=["章贡区", "赣州经开区", "蓉江新区"], font=KAI, bold=True)
    b.runin("（二）南康区：", "依托赣州国际陆港，做大家具进出口贸易，建设国际家居产业集散中心。",
            places=["南康区"], font=KAI, bold=True)
    b.runin("（三）龙南市、定南县、全南县：", "依托龙南经济技术开发区，承接粤港澳大湾区电子信息、新材料等加工贸易产业转移。",
            places=["龙南市", "定南县", "全南县"], font=KAI, bold=True)
    b.runin("（四）瑞金市、于都县、兴国县：", "推动红色文化旅游国际交流，扩大农产品和特色轻工产品出口。",
            places=["瑞金市", "于都县", "兴国县"], font=KAI, bold=True)
    b.runin("（五）赣州综合保税区：", "到2025年进出口额力争突破300亿元，保税维修、跨境电商等新业态占比超过30%，"
            "在全国综合保税区发展绩效评估中争先进位。", places=["赣州综合保税区"], font=KAI, bold=True)
    b.clause("市商务局要会同市发展改革委等部门建立规划实施监测评估机制，2023年开展中期评估，2025年底进行总结评估，"
             "评估结果向市政府报告。")

    b.banji("抄送：市委各部门，市人大常委会办公室，市政协办公室，赣州军分区，市中级人民法院，市人民检察院。",
            "赣州市人民政府办公室", "2021年11月8日印发")

    EXPECTED[stem] = [{
        "meta": {
            "title": "赣州市人民政府办公室关于印发赣州市开放型经济发展“十四五”规划的通知",
            "doc_number": "赣市府办字〔2021〕63号",
            "issuer": ["赣州市人民政府办公室"],
            "date": "2021-11-05",
            "published": "2021-11-08",
            "level": "municipal",
            "region": "赣州市",
            "effective": None,
            "expires": None,
            "attachments": ["赣州市开放型经济发展“十四五”规划"],
            "doc_type": "通知",
            "recipients": ["各县（市、区）人民政府", "赣州经开区、蓉江新区管委会", "市政府各部门", "市直及驻市各单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": b.clauses,
        "applies_to": {"specific": b.specific},
    }]
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)


# ================================================================ 3. 洛阳片区 三年行动计划
def make_luoyang():
    stem = "blind254_luoyang_jihua"
    b = Builder()
    doc = b.doc
    b.red_head(["中国（河南）自由贸易试验区", "洛阳片区管理委员会文件"], "洛自贸管〔2024〕9号", size=28)
    b.title("中国（河南）自由贸易试验区洛阳片区\v管理委员会关于印发洛阳片区服务共建\v“一带一路”三年行动计划\v（2024—2026年）的通知")
    b.zhusong("片区各职能部门，洛阳综合保税区管理办公室，各有关单位：")
    b.clause("现将《洛阳片区服务共建“一带一路”三年行动计划（2024—2026年）》印发给你们，请结合工作实际，认真抓好落实。")
    b.signoff("中国（河南）自由贸易试验区洛阳片区管理委员会", "2024年3月12日", "（此件公开发布）",
              org_indent=0, date_indent=4)

    b.new_section()
    b.title("洛阳片区服务共建“一带一路”三年行动计划\v（2024—2026年）")
    b.clause("为深入贯彻落实共建“一带一路”倡议和自由贸易试验区提升战略，推动中国（河南）自由贸易试验区洛阳片区"
             "（以下简称片区）在服务共建“一带一路”中发挥更大作用，结合片区实际，制定本行动计划。")
    b.h1("一、总体要求")
    b.clause("坚持以制度创新为核心，以通道建设为支撑，以产业合作为重点。到2026年，片区累计形成制度创新成果30项以上，"
             "对共建“一带一路”国家进出口额年均增长10%以上，新增“一带一路”相关外贸企业200家。")
    b.h1("二、重点任务")
    b.h2("（一）深化制度创新")
    b.clause("1.推进贸易便利化改革。深化国际贸易“单一窗口”应用，推行“提前申报”“两步申报”和进口货物“船边直提”等通关模式。")
    b.clause("2.开展服务业扩大开放试点。在研发设计、检验检测、商务咨询等领域争取新增外资准入试点事项，吸引跨国公司设立区域性功能机构。")
    b.clause("3.打造“一带一路”法律服务品牌。设立片区国际商事法律服务中心，引入涉外律师事务所、商事仲裁和调解机构，"
             "为企业“走出去”提供一站式法律服务，重点推进以下举措：")
    b.zhuanlan_one_col("专栏　“一带一路”法律服务创新举措", [
        ("（1）建立涉外商事纠纷“诉调裁”一体化解决机制。", None),
        ("（2）编制发布共建国家投资法律风险防范指引。", None),
        ("（3）开通外籍当事人跨境线上立案和视频调解通道。", None),
    ])
    b.h2("（二）畅通国际物流通道")
    b.clause("4.提升洛阳综合保税区功能。推动洛阳综合保税区开展保税研发、保税维修和融资租赁业务，力争2026年进出口额达到150亿元。",
             places=["洛阳综合保税区"])
    b.clause("5.加密国际班列开行。常态化开行洛阳至中亚、欧洲的国际货运班列，积极对接郑州中欧班列集结中心，扩大回程货源组织。")
    b.clause("6.发展航空物流。支持拓展国际货运航线，建设跨境电商航空货站，推动航空物流与片区产业联动发展。")
    b.h2("（三）拓展经贸合作")
    b.clause("7.培育外贸新业态。发展跨境电商、市场采购贸易和保税维修，支持企业在共建国家布局海外仓。")
    b.clause("8.推动装备“走出去”。支持轴承、农机、耐火材料等优势企业在共建国家设立生产基地和售后服务中心。")
    b.clause("9.办好开放合作活动。依托中国洛阳牡丹文化节等平台举办“一带一路”经贸对接会，每年组织企业参加境外展会10场以上。")
    b.h1("三、保障措施")
    b.runin("（一）加强组织领导。", "片区管委会成立行动计划推进专班，统筹推进各项任务落实。", font=KAI)
    b.runin("（二）强化政策支持。", "统筹片区产业发展资金，对任务完成突出的单位和企业给予支持。", font=KAI)
    b.runin("（三）加强督促考核。", "建立月调度、季通报、年考核工作机制，考核结果纳入部门年度绩效评价。", font=KAI)
    b.h1("四、重点任务清单")

    header = ["序号", "任务", "责任单位", "完成时限"]
    groups = [
        ("一、制度创新（3项）", [
            (["1", "推行“提前申报”“两步申报”等通关便利化改革", "片区综合协调部、洛阳海关驻片区办事处", "2024年12月底前"], None),
            (["2", "争取新增服务业外资准入试点事项", "片区经济发展部", "2025年6月底前"], None),
            (["3", "设立片区国际商事法律服务中心", "片区综合协调部、市司法局", "2024年9月底前"], None),
        ]),
        ("二、物流通道（3项）", [
            (["4", "推动洛阳综合保税区开展保税研发、保税维修业务", "洛阳综合保税区管理办公室", "2025年12月底前"],
             ["洛阳综合保税区"]),
            (["5", "常态化开行洛阳至中亚、欧洲国际货运班列", "片区经济发展部", "持续推进"], None),
            (["6", "建设跨境电商航空货站", "片区规划建设部", "2026年12月底前"], None),
        ]),
        ("三、经贸合作（3项）", [
            (["7", "支持企业在共建国家布局海外仓", "片区经济发展部", "2026年12月底前"], None),
            (["8", "支持优势装备企业设立境外生产基地", "片区经济发展部、片区投资促进局", "持续推进"], None),
            (["9", "举办“一带一路”经贸对接会", "片区投资促进局", "每年4月"], None),
        ]),
    ]
    n = 1 + sum(1 + len(g[1]) for g in groups)
    t = doc.add_table(rows=n, cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    for j, h in enumerate(header):
        cell_para(t.cell(0, j), [(h, HEI)], size=XSI, first=True)
    repeat_header(t.rows[0])
    i = 1
    for gname, items in groups:
        m = t.cell(i, 0).merge(t.cell(i, 3))
        cell_para(m, [(gname, HEI)], size=XSI, align=L, first=True)
        for extra in m.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
        i += 1
        for row, places in items:
            for j, v in enumerate(row):
                cell_para(t.cell(i, j), v, size=XSI, align=J if j == 1 else C, first=True)
            b.record(rowtext(header, row), places)
            i += 1
    fixed_widths(t, [14, 70, 44, 26])
    b.blank(1)
    b.p("附件：名词解释")

    b.page_break()
    b.p([("附件", HEI)], align=L, indent=False)
    b.blank(1)
    b.title("名词解释")
    for t_ in ["1.两步申报：指企业进口货物时，第一步凭提单信息进行概要申报后即可提离货物，第二步在规定时间内完成完整申报的通关模式。",
               "2.船边直提：指进口货物在船舶抵港前完成申报，抵港后在码头船边直接提离的通关模式。",
               "3.保税维修：指企业以保税方式将存在部件损坏、功能失效等问题的货物从境外运入海关特殊监管区域内进行检测、维修后复运出境。",
               "4.市场采购贸易：指由符合条件的经营者在经认定的市场集聚区采购商品，单票报关单货值15万美元以下，"
               "并在采购地办理出口商品通关手续的贸易方式。"]:
        b.clause(t_)

    b.banji("抄送：河南省商务厅（省自贸办），洛阳市人民政府办公室，洛阳海关。",
            "洛阳片区管委会综合协调部", "2024年3月13日印发")

    EXPECTED[stem] = [{
        "meta": {
            "title": "中国（河南）自由贸易试验区洛阳片区管理委员会关于印发洛阳片区服务共建“一带一路”三年行动计划（2024—2026年）的通知",
            "doc_number": "洛自贸管〔2024〕9号",
            "issuer": ["中国（河南）自由贸易试验区洛阳片区管理委员会"],
            "date": "2024-03-12",
            "published": "2024-03-13",
            "level": "zone",
            "region": "中国（河南）自由贸易试验区洛阳片区",
            "effective": None,
            "expires": None,
            "attachments": ["名词解释"],
            "doc_type": "通知",
            "recipients": ["片区各职能部门", "洛阳综合保税区管理办公室", "各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": b.clauses,
        "applies_to": {"specific": b.specific},
    }]
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)


if __name__ == "__main__":
    make_gansu()
    make_ganzhou()
    make_luoyang()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    print("ok:", {k: len(v[0]["clauses"]) for k, v in EXPECTED.items()})
