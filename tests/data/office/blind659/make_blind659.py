# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 659: 通知 with scanned (picture-only) 附件 pages.

Run:  /work/venv/bin/python make_blind659.py
Writes next to this script: blind659_*.docx, blind659_*.pdf, expected.json
"""
import io
import json
import os
import random
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

# ---------------------------------------------------------------- fonts for scans
_FONT_CACHE = {}


def _find_face(path, want):
    for i in range(12):
        try:
            f = ImageFont.truetype(path, 20, index=i)
        except Exception:
            break
        if want in f.getname()[0]:
            return i
    return 0


def pil_font(kind, size):
    key = (kind, size)
    if key in _FONT_CACHE:
        return _FONT_CACHE[key]
    base = "/usr/share/fonts/opentype/noto/"
    cands = {
        "serif": [base + "NotoSerifCJK-Regular.ttc"],
        "serifb": [base + "NotoSerifCJK-Bold.ttc"],
        "sans": [base + "NotoSansCJK-Regular.ttc"],
        "sansb": [base + "NotoSansCJK-Bold.ttc"],
    }[kind] + ["/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"]
    font = None
    for p in cands:
        if os.path.exists(p):
            idx = _find_face(p, "CJK SC") if p.endswith(".ttc") else 0
            font = ImageFont.truetype(p, size, index=idx)
            break
    if font is None:
        font = ImageFont.load_default()
    _FONT_CACHE[key] = font
    return font


# ---------------------------------------------------------------- scanned page renderer
class Scan:
    """A page of another document, typed, printed and scanned (picture only)."""

    def __init__(self, seed, landscape=False):
        self.w, self.h = (1754, 1240) if landscape else (1240, 1754)
        self.landscape = landscape
        self.img = Image.new("RGB", (self.w, self.h), (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.left, self.right = 150, self.w - 140
        self.y = 150
        self.rnd = random.Random(seed)
        self.ink = (25, 25, 25)

    def gap(self, n):
        self.y += n

    def center(self, s, font, fill=None, lh=None):
        fill = fill or self.ink
        tw = font.getlength(s)
        self.d.text(((self.w - tw) / 2, self.y), s, font=font, fill=fill)
        self.y += lh or int(font.size * 1.6)

    def line(self, s, font, x=None, fill=None, lh=None, right_align=False):
        fill = fill or self.ink
        if right_align:
            x = self.right - font.getlength(s)
        self.d.text((x if x is not None else self.left, self.y), s, font=font, fill=fill)
        self.y += lh or int(font.size * 1.7)

    def para(self, s, font, indent=2, lh=None, fill=None):
        fill = fill or self.ink
        lh = lh or int(font.size * 1.75)
        x0 = self.left + indent * font.size
        x = x0
        for ch in s:
            cw = font.getlength(ch)
            if x + cw > self.right:
                self.y += lh
                x = self.left
            self.d.text((x, self.y), ch, font=font, fill=fill)
            x += cw
        self.y += lh

    def rule(self, color=(210, 30, 30), width=3, y=None):
        yy = self.y if y is None else y
        self.d.line((self.left - 10, yy, self.right + 10, yy), fill=color, width=width)
        self.y = yy + 30

    def table(self, widths, rows, font, row_h=None, header_font=None, align_center_cols=()):
        """widths: relative widths; rows: list of lists (first = header)."""
        total = sum(widths)
        span = self.right - self.left
        xs = [self.left]
        for wdt in widths:
            xs.append(xs[-1] + span * wdt / total)
        row_h = row_h or int(font.size * 2.6)
        top = self.y
        for r, row in enumerate(rows):
            f = header_font if (r == 0 and header_font) else font
            # wrap each cell
            cells = []
            maxlines = 1
            for c, txt in enumerate(row):
                avail = xs[c + 1] - xs[c] - 16
                lines, cur = [], ""
                for ch in txt:
                    if ch == "\n":
                        lines.append(cur)
                        cur = ""
                        continue
                    if f.getlength(cur + ch) > avail:
                        lines.append(cur)
                        cur = ch
                    else:
                        cur += ch
                lines.append(cur)
                cells.append(lines)
                maxlines = max(maxlines, len(lines))
            h = max(row_h, int(maxlines * f.size * 1.35 + f.size))
            for c, lines in enumerate(cells):
                ty = self.y + (h - len(lines) * f.size * 1.35) / 2
                for ln in lines:
                    lw = f.getlength(ln)
                    if r == 0 or c in align_center_cols:
                        tx = xs[c] + (xs[c + 1] - xs[c] - lw) / 2
                    else:
                        tx = xs[c] + 8
                    self.d.text((tx, ty), ln, font=f, fill=self.ink)
                    ty += f.size * 1.35
            self.y += h
            self.d.line((xs[0], self.y, xs[-1], self.y), fill=self.ink, width=2)
        self.d.line((xs[0], top, xs[-1], top), fill=self.ink, width=2)
        for x in xs:
            self.d.line((x, top, x, self.y), fill=self.ink, width=2)
        self.y += 20

    def seal(self, cx, cy, text, r=120):
        col = (215, 40, 40)
        layer = Image.new("RGBA", (self.w, self.h), (0, 0, 0, 0))
        ld = ImageDraw.Draw(layer)
        ld.ellipse((cx - r, cy - r, cx + r, cy + r), outline=col + (170,), width=7)
        # star
        import math
        pts = []
        for k in range(10):
            ang = -math.pi / 2 + k * math.pi / 5
            rr = 38 if k % 2 == 0 else 15
            pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
        ld.polygon(pts, fill=col + (170,))
        f = pil_font("sansb", 30)
        n = len(text)
        for i, ch in enumerate(text):
            ang = math.pi + (i + 0.5) * math.pi / n  # upper arc, left to right
            ang = math.radians(200) + (i + 0.5) * math.radians(140) / n
            x = cx + (r - 40) * math.cos(ang)
            y = cy + (r - 40) * math.sin(ang)
            ch_img = Image.new("RGBA", (40, 40), (0, 0, 0, 0))
            ImageDraw.Draw(ch_img).text((5, 2), ch, font=f, fill=col + (170,))
            ch_img = ch_img.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
            layer.alpha_composite(ch_img, (int(x - 20), int(y - 20)))
        base = self.img.convert("RGBA")
        base.alpha_composite(layer)
        self.img = base.convert("RGB")
        self.d = ImageDraw.Draw(self.img)

    def page_no(self, n):
        f = pil_font("serif", 26)
        s = "— %d —" % n
        self.d.text(((self.w - f.getlength(s)) / 2, self.h - 110), s, font=f, fill=self.ink)

    def png(self, color=False):
        img = self.img
        if self.landscape:
            img = img.rotate(90, expand=True)
        # paper tint + scanner noise
        tint = Image.new("RGB", img.size, (241, 239, 233))
        img = Image.blend(img, tint, 0.22)
        px = img.load()
        W, H = img.size
        for _ in range(2500):
            x, y = self.rnd.randrange(W), self.rnd.randrange(H)
            g = self.rnd.randrange(120, 200)
            px[x, y] = (g, g, g)
        # darker scan edge on the left
        d = ImageDraw.Draw(img)
        d.rectangle((0, 0, 6, H), fill=(150, 150, 150))
        img = img.rotate(self.rnd.uniform(-0.6, 0.6), resample=Image.BICUBIC,
                         fillcolor=(205, 205, 205))
        img = img.filter(ImageFilter.GaussianBlur(0.55))
        if not color:
            img = img.convert("L")
        bio = io.BytesIO()
        img.save(bio, format="PNG", optimize=True)
        bio.seek(0)
        return bio


# ---------------------------------------------------------------- docx helpers
PPR_ORDER = ["w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
             "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd",
             "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
             "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
             "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
             "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
             "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
             "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"]


def insert_ppr_child(pPr, el):
    tag = el.tag
    names = [qn(n) for n in PPR_ORDER]
    pos = names.index(tag)
    for child in pPr:
        if child.tag in names and names.index(child.tag) > pos:
            child.addprevious(el)
            return
    pPr.append(el)


def set_run_font(run, name, size, bold=False, color=None, ascii_name=None):
    run.font.name = ascii_name or name
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.get_or_add_rFonts()
    rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first_indent=True, line=28, size=16, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align


def add_runs(p, parts, size=16):
    """parts: list of (text, font, bold[, color]); '\n' in text -> soft line break"""
    for part in parts:
        text, font, bold = part[0], part[1], part[2]
        color = part[3] if len(part) > 3 else None
        segs = text.split("\n")
        for i, seg in enumerate(segs):
            r = p.add_run(seg)
            set_run_font(r, font, size, bold, color, ascii_name=("Times New Roman" if font == FS else None))
            if i < len(segs) - 1:
                r.add_break()


def add_border(p, side="bottom", color="FF0000", sz=18, space=1):
    pPr = p._p.get_or_add_pPr()
    bdr = parse_xml('<w:pBdr %s><w:%s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/></w:pBdr>'
                    % (nsdecls("w"), side, sz, space, color))
    insert_ppr_child(pPr, bdr)


def add_numbering(doc, numfmt, lvltext, font):
    numbering = doc.part.numbering_part.element
    abs_ids = [int(x.get(qn("w:abstractNumId"))) for x in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(x.get(qn("w:numId"))) for x in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    xml = ('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
           '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="nothing"/>'
           '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
           '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
           '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
           '</w:lvl></w:abstractNum>') % (nsdecls("w"), aid, numfmt, lvltext, font, font, font)
    absel = parse_xml(xml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absel)
    else:
        numbering.append(absel)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def set_num(p, nid):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = nid


def page_number_footer(section, style="dash"):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def r(text=None):
        run = p.add_run(text or "")
        set_run_font(run, ST, 14)
        return run

    r("— " if style == "dash" else "")
    b = r()
    b._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    ins = r()
    ins._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    s = r()
    s._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r("1")
    e = r()
    e._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r(" —" if style == "dash" else "")


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(2.5)
    page_number_footer(sec)
    return doc


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def cell_text(cell, text, font, size, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None,
              line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    if line:
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(line)
    r = p.add_run(text)
    set_run_font(r, font, size, bold, color)
    return p


class Body:
    """Writes body items into the docx and collects the expected clauses."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def blank(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt(p, first_indent=False)

    def h1(self, text):
        p = self.doc.add_paragraph()
        fmt(p)
        add_runs(p, [(text, HT, False)])

    def h2(self, text):  # heading (一) on a line of its own
        p = self.doc.add_paragraph()
        fmt(p)
        add_runs(p, [(text, KT, True)])

    def p(self, parts, clause=True, nid=None, prefix="", align=None, first_indent=True):
        if isinstance(parts, str):
            parts = [(parts, FS, False)]
        p = self.doc.add_paragraph()
        fmt(p, align=align, first_indent=first_indent)
        if nid is not None:
            set_num(p, nid)
        add_runs(p, parts)
        if clause:
            self.clauses.append(prefix + "".join(x[0] for x in parts))
        return p

    def table(self, header, rows, widths_cm, size=12):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            cell_text(t.rows[0].cells[i], h, HT, size)
        for r, row in enumerate(rows):
            for i, v in enumerate(row):
                cell_text(t.rows[r + 1].cells[i], v, FS, size,
                          align=WD_ALIGN_PARAGRAPH.CENTER if i != 1 else WD_ALIGN_PARAGRAPH.LEFT)
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        for row in t.rows:
            for i, c in enumerate(row.cells):
                c.width = Cm(widths_cm[i])
        return t


def red_header_single(doc, organ_text, size=42):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=size + 14)
    add_runs(p, [(organ_text, XBS, False, RED)], size=size)


def docno_line(doc, docno, left_text=None):
    doc.add_paragraph()
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    add_runs(p, [(docno, FS, False)])
    add_border(p, "bottom", "FF0000", 18, 4)


def title(doc, text):
    doc.add_paragraph()
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=33, size=22)
    add_runs(p, [(text, XBS, False)], size=22)
    doc.add_paragraph()


def zhusong(doc, text):
    p = doc.add_paragraph()
    fmt(p, first_indent=False)
    add_runs(p, [(text, FS, False)])


def plain(doc, text, align=None, first_indent=False, font=FS, page_break_before=False, bold=False):
    p = doc.add_paragraph()
    fmt(p, align=align, first_indent=first_indent)
    if page_break_before:
        p.paragraph_format.page_break_before = True
    add_runs(p, [(text, font, bold)])
    return p


def banji(doc, chaosong, yinfa_left, yinfa_right, page_break=True):
    """版记: 抄送 + 印发机关/日期, between black rules."""
    if page_break:
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
    for _ in range(3):
        doc.add_paragraph()
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="12" w:color="000000"/><w:left w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="12" w:color="000000"/><w:right w:val="nil"/>'
        '<w:insideH w:val="single" w:sz="6" w:color="000000"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))
    c0 = t.rows[0].cells[0]
    p = c0.paragraphs[0]
    fmt(p, first_indent=False, size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    add_runs(p, [(chaosong, FS, False)], size=14)
    c1 = t.rows[1].cells[0]
    p = c1.paragraphs[0]
    fmt(p, first_indent=False, size=14)
    # typed with manual spaces so that the date lands on the right
    add_runs(p, [(" " + yinfa_left + " " * 14 + yinfa_right, FS, False)], size=14)
    for row in t.rows:
        row.cells[0].width = Cm(15.6)


def attach_page(doc, label, pngs, label_mode="own", first_break="pbb", width_cm=14.6):
    """label_mode: 'own' = label in its own paragraph above picture;
    'same' = label, soft line break, picture in one paragraph."""
    if first_break == "run":
        p = doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
    if label_mode == "own":
        p = doc.add_paragraph()
        fmt(p, first_indent=False)
        if first_break == "pbb":
            p.paragraph_format.page_break_before = True
        add_runs(p, [(label, HT, False)])
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run().add_picture(pngs[0], width=Cm(width_cm))
    else:
        p = doc.add_paragraph()
        if first_break == "pbb":
            p.paragraph_format.page_break_before = True
        r = p.add_run(label)
        set_run_font(r, HT, 16)
        r.add_break()
        p.add_run().add_picture(pngs[0], width=Cm(width_cm))
    for extra in pngs[1:]:
        p = doc.add_paragraph()
        p.paragraph_format.page_break_before = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run().add_picture(extra, width=Cm(width_cm + 0.4))


# ================================================================ document 1: 福建
def build_fujian():
    doc = new_doc()
    # joint red header laid out with a borderless table: two organs stacked, "文件" on the right
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "福建省商务厅", XBS, 36, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=50)
    cell_text(t.cell(1, 0), "福建省财政厅", XBS, 36, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=50)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XBS, 52, color=RED, line=66)
    m.vertical_alignment = 1
    t.autofit = False
    t.columns[0].width = Cm(11.0)
    t.columns[1].width = Cm(4.2)
    for row in t.rows:
        row.cells[0].width = Cm(11.0)
        row.cells[1].width = Cm(4.2)
    docno_line(doc, "闽商务外贸〔2026〕9号")
    title(doc, "福建省商务厅 福建省财政厅\n关于组织申报2026年度跨境电商公共海外仓\n培育项目的通知")
    zhusong(doc, "各设区市商务局、财政局，平潭综合实验区经济发展局、财政金融局：")

    b = Body(doc)
    b.p("为贯彻落实《福建省人民政府办公厅关于加快发展外贸新业态新模式的实施意见》有关部署，"
        "支持我省跨境电商企业加快布局海外仓，完善“一带一路”沿线国家和地区海外营销服务网络，"
        "现就组织申报2026年度跨境电商公共海外仓培育项目有关事项通知如下：")
    b.h1("一、申报主体")
    b.p("（一）在我省依法注册登记、具有独立法人资格的跨境电商企业、外贸综合服务企业、物流企业，"
        "且2025年度无重大违法违规记录。")
    b.p("（二）申报企业在境外自建或租赁的海外仓面积不低于3000平方米，已投入运营满一年，"
        "2025年度服务我省企业数量不少于20家。")
    b.p("（三）已纳入省级跨境电商公共海外仓培育名单且2025年度考核合格的企业，可直接申报续期支持，"
        "无需重复提交基础材料。")
    b.h1("二、支持内容和标准")
    b.p([("（一）支持内容。", KT, True),
         ("对列入2026年度培育名单的海外仓，按照其2025年度服务我省企业出口额、仓储面积、"
          "信息化系统建设投入等情况给予分档支持，具体标准如下：", FS, False)])
    b.table(["档次", "认定条件", "支持金额（万元）"],
            [["一档", "服务我省企业出口额3亿元以上，仓储面积2万平方米以上", "不超过200"],
             ["二档", "服务我省企业出口额1亿元以上，仓储面积1万平方米以上", "不超过100"],
             ["三档", "服务我省企业出口额3000万元以上，仓储面积3000平方米以上", "不超过50"]],
            [2.4, 9.6, 3.6])
    b.p([("（二）资金使用。", KT, True),
         ("支持资金主要用于海外仓租赁、智能仓储设备购置、信息化系统开发及海外售后服务网点建设，"
          "不得用于偿还债务、发放福利和支付罚款。", FS, False)])
    b.p([("（三）合并计算。", KT, True),
         ("同一企业在多个国家（地区）布局海外仓的，按企业合并计算，单个企业年度支持总额不超过200万元。",
          FS, False)])
    b.h1("三、申报程序")
    nid = add_numbering(doc, "decimal", "%1.", FS)
    b.p([("企业申报。", FS, True),
         ("申报企业登录“福建省商务厅业务综合管理平台”，在线填写申报表（附件1），并上传营业执照、"
          "海外仓产权证明或租赁合同、2025年度审计报告等材料，申报截止时间为2026年4月15日。", FS, False)],
        nid=nid, prefix="1.")
    b.p([("市级初审。", FS, True),
         ("各设区市商务局会同财政局对申报材料的真实性、完整性进行初审，形成初审意见并填写汇总表（附件2），"
          "于2026年4月30日前报送省商务厅（对外贸易处）。", FS, False)],
        nid=nid, prefix="2.")
    b.p([("省级评审。", FS, True),
         ("省商务厅会同省财政厅委托第三方机构组织专家评审，必要时开展实地核查，"
          "评审结果在省商务厅门户网站公示5个工作日。", FS, False)],
        nid=nid, prefix="3.")
    b.h1("四、工作要求")
    b.p([("（一）强化审核把关。", KT, True),
         ("各地要严格审核申报材料，对弄虚作假、骗取财政资金的企业，一经查实，取消其三年内申报资格，"
          "并按规定追回已拨付资金。", FS, False)])
    b.p([("（二）加强绩效管理。", KT, True),
         ("获得支持的企业应于2027年1月31日前报送资金使用情况和绩效自评报告，省商务厅、省财政厅将适时"
          "组织绩效评价，评价结果作为下一年度资金安排的重要依据。", FS, False)])
    b.p([("（三）做好政策宣传。", KT, True),
         ("各地要通过政策宣讲会、“政企直通车”等渠道加强宣传解读，引导企业用好海外仓支持政策，"
          "推动跨境电商与中欧班列（厦门）、“丝路海运”等国际物流通道联动发展。", FS, False)])
    b.p("联系人及电话：省商务厅对外贸易处林峰，0591-87853061；省财政厅经济建设处陈晓雯，0591-87097235。")
    b.blank()
    # 附件 list typed with manual spaces for the second line
    att = ["2026年度跨境电商公共海外仓培育项目申报表",
           "2026年度跨境电商公共海外仓培育项目市级初审汇总表"]
    p = doc.add_paragraph()
    fmt(p)
    add_runs(p, [("附件：1." + att[0], FS, False)])
    p = doc.add_paragraph()
    fmt(p)
    add_runs(p, [("      2." + att[1], FS, False)])
    b.blank(3)
    p = doc.add_paragraph()
    fmt(p, first_indent=False)
    add_runs(p, [("        福建省商务厅                  福建省财政厅", FS, False)])
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    add_runs(p, [("2026年3月12日    ", FS, False)])
    plain(doc, "（此件公开发布）", first_indent=True)

    # ---- 附件1: two scanned pages
    s = Scan(6591)
    s.line("附件1", pil_font("sansb", 36))
    s.gap(10)
    s.center(att[0], pil_font("serifb", 44), lh=90)
    f = pil_font("serif", 28)
    s.line("申报单位（盖章）：                         填报日期：    年   月   日", f)
    s.gap(6)
    s.table([3, 5, 3, 4], [
        ["项目", "内容", "项目", "内容"],
        ["企业名称", "", "统一社会信用代码", ""],
        ["注册地址", "", "所属设区市", ""],
        ["法定代表人", "", "联系电话", ""],
        ["海外仓所在国家（地区）", "", "海外仓所在城市", ""],
        ["海外仓地址", "", "产权性质", "□自建  □租赁"],
        ["仓储面积（平方米）", "", "投入运营时间", ""],
        ["2025年度服务我省企业数量（家）", "", "2025年度服务我省企业出口额（万元）", ""],
        ["信息化系统名称", "", "系统建设投入（万元）", ""],
        ["申报档次", "□一档  □二档  □三档", "是否续期申报", "□是  □否"],
    ], f, row_h=86, header_font=pil_font("sansb", 28))
    s.gap(10)
    s.line("企业承诺：", pil_font("sansb", 28))
    s.para("本企业承诺所填报内容及提交的附件材料真实、准确、完整，如有虚假，愿意承担相应法律责任，"
           "并退回已获得的支持资金。", f)
    s.gap(30)
    s.line("法定代表人（签字）：                企业（盖章）", f)
    s.line("年    月    日", f, right_align=True)
    s.page_no(1)
    a1p1 = s.png()

    s = Scan(6592)
    s.line("二、海外仓运营情况说明（可另附页）", pil_font("sansb", 30))
    s.gap(6)
    top = s.y
    s.para("（包括海外仓建设运营基本情况、服务我省企业情况、信息化系统功能、海外售后服务网点布局、"
           "2026年度建设运营计划等，不超过2000字）", f, indent=1)
    s.y = top + 620
    s.d.rectangle((s.left - 10, top - 10, s.right + 10, s.y), outline=s.ink, width=2)
    s.gap(40)
    s.line("三、审核意见", pil_font("sansb", 30))
    s.gap(6)
    s.table([2, 6], [
        ["审核单位", "审核意见"],
        ["设区市商务主管部门", "\n\n\n（盖章）          年    月    日"],
        ["设区市财政部门", "\n\n\n（盖章）          年    月    日"],
    ], f, row_h=230, header_font=pil_font("sansb", 28))
    s.line("注：本表一式三份，申报企业、设区市商务主管部门、省商务厅各存一份。", pil_font("serif", 24))
    s.page_no(2)
    a1p2 = s.png()

    # ---- 附件2: landscape table scanned, rotated onto a portrait page
    s = Scan(6593, landscape=True)
    s.left, s.right = 110, s.w - 110
    s.y = 110
    s.line("附件2", pil_font("sansb", 34))
    s.center(att[1], pil_font("serifb", 40), lh=80)
    f2 = pil_font("serif", 24)
    s.line("填报单位（盖章）：                                                            填报日期：2026年  月  日", f2)
    rows = [["序号", "企业名称", "统一社会信用代码", "海外仓所在国家（地区）", "仓储面积（平方米）",
             "2025年服务我省企业数（家）", "2025年服务出口额（万元）", "申报档次", "初审意见", "备注"]]
    for i in range(1, 9):
        rows.append([str(i)] + [""] * 9)
    s.table([1, 4, 4, 3, 2.4, 2.6, 2.6, 1.6, 2.2, 1.6], rows, f2, row_h=64,
            header_font=pil_font("sansb", 22))
    s.line("填表人：               联系电话：               审核人：", f2)
    a2p1 = s.png()

    attach_page(doc, "附件1", [a1p1, a1p2], label_mode="own", first_break="pbb")
    attach_page(doc, "附件2", [a2p1], label_mode="own", first_break="pbb", width_cm=14.2)
    banji(doc, "抄送：商务部对外贸易司，财政部福建监管局，福州海关、厦门海关。",
          "福建省商务厅办公室", "2026年3月13日印发")

    meta = {
        "title": "福建省商务厅 福建省财政厅关于组织申报2026年度跨境电商公共海外仓培育项目的通知",
        "doc_number": "闽商务外贸〔2026〕9号",
        "issuer": ["福建省商务厅", "福建省财政厅"],
        "date": "2026-03-12",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": att,
        "doc_type": "通知",
        "recipients": ["各设区市商务局、财政局", "平潭综合实验区经济发展局、财政金融局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": b.clauses}]


# ================================================================ document 2: 重庆
def build_chongqing():
    doc = new_doc()
    red_header_single(doc, "重庆市人民政府口岸和物流办公室文件", size=25)
    docno_line(doc, "渝口岸物流发〔2025〕27号")
    title(doc, "重庆市人民政府口岸和物流办公室\n关于做好2025年中欧班列（成渝）\n稳定运行保障工作的通知")
    zhusong(doc, "各区县（自治县）人民政府，两江新区、西部科学城重庆高新区管委会，市政府有关部门，有关单位：")

    b = Body(doc)
    b.p("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，巩固提升中欧班列（成渝）运行质效，"
        "加快建设西部陆海新通道与中欧班列联动的国际物流枢纽，现就做好2025年中欧班列（成渝）稳定运行保障"
        "工作通知如下。")
    b.h1("一、稳定线路运行")
    n1 = add_numbering(doc, "chineseCounting", "（%1）", KT)
    b.p([("优化线路布局。", KT, True),
         ("巩固中欧主干线路，加密至杜伊斯堡、汉堡、罗兹、布达佩斯等节点城市班列，稳步拓展中亚、"
          "跨里海及土耳其方向线路，全年开行中欧班列（成渝）重庆方向不少于2500列。", FS, False)],
        nid=n1, prefix="（一）")
    b.p([("提升回程货源。", KT, True),
         ("支持平台公司与境外物流企业合作建设海外集结中心，鼓励进口汽车、肉类、木材等回程货物集中到达，"
          "力争回程班列占比保持在45%以上。", FS, False)],
        nid=n1, prefix="（二）")
    b.p([("推动班列与通道联动。", KT, True),
         ("推进中欧班列与西部陆海新通道班列、长江黄金水道、渝满俄班列在团结村中心站、果园港等枢纽无缝衔接，"
          "开展“一单制”多式联运试点。", FS, False)],
        nid=n1, prefix="（三）")
    b.h1("二、强化口岸通关保障")
    n2 = add_numbering(doc, "chineseCounting", "（%1）", KT)
    b.p([("深化通关便利化改革。", KT, True),
         ("重庆海关、重庆铁路口岸要落实“铁路快通”“提前申报”等便利化措施，对中欧班列进出口货物实行"
          "优先查验、优先放行，进口整列货物口岸通关时间压缩至24小时以内。", FS, False)],
        nid=n2, prefix="（一）")
    b.p([("加强综合保税区联动。", KT, True),
         ("发挥西永综合保税区、重庆两路果园港综合保税区功能优势，支持开展“保税+班列”“跨境电商+班列”业务，"
          "推动跨境电商出口货物通过中欧班列集拼出境。具体包括：", FS, False)],
        nid=n2, prefix="（二）")
    b.p("（1）支持跨境电商企业利用中欧班列开展9610、9710、9810模式出口，按规定享受出口退税政策；")
    b.p("（2）鼓励综合保税区内企业开展保税维修、保税展示交易等新业态，拓展班列双向货源；")
    b.p("（3）支持平台公司在综合保税区内设立跨境电商分拨中心，开展拼箱集货和分拨配送业务。")
    b.h1("三、加强要素支撑")
    n3 = add_numbering(doc, "chineseCounting", "（%1）", KT)
    b.p([("落实资金支持。", KT, True),
         ("市财政按照《重庆市中欧班列（成渝）发展专项资金管理办法》对平台公司给予运营补贴，补贴标准实行"
          "逐年退坡，2025年单列补贴标准较2024年下降10%。", FS, False)],
        nid=n3, prefix="（一）")
    b.p([("保障运力供给。", KT, True),
         ("积极协调中国铁路成都局集团有限公司，在团结村中心站优先安排中欧班列到发线和装卸作业，"
          "保障班列按图开行。", FS, False)],
        nid=n3, prefix="（二）")
    b.p([("防范化解风险。", KT, True),
         ("平台公司要密切跟踪境外地缘政治、口岸拥堵等情况，建立应急预案，及时调整线路和运输组织方案，"
          "确保货物运输安全。", FS, False)],
        nid=n3, prefix="（三）")
    b.h1("四、工作要求")
    b.p("各区县人民政府、各有关部门要高度重视中欧班列稳定运行保障工作，对照重点保障事项分工表（附件1）"
        "明确责任分工，于每季度结束后10日内填写运行情况季度报送表（附件2），报送市政府口岸物流办（通道处）。")
    b.p("本通知自印发之日起施行，有效期至2025年12月31日。")
    b.p("联系人：市政府口岸物流办通道处张明远，电话：023-63896157。")
    b.blank()
    att = ["2025年中欧班列（成渝）重点保障事项分工表",
           "2025年中欧班列（成渝）运行情况季度报送表"]
    p = doc.add_paragraph()
    fmt(p)
    add_runs(p, [("附件：1．" + att[0] + "\n" + "      2．" + att[1], FS, False)])
    b.blank(3)
    # 落款: organ + date (Chinese numerals) in one right-aligned paragraph with a soft break
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    add_runs(p, [("重庆市人民政府口岸和物流办公室\n二〇二五年四月二十二日      ", FS, False)])
    # 版记 typed before the attachments
    banji(doc, "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，重庆海关，中国铁路成都局集团有限公司。",
          "重庆市人民政府口岸和物流办公室", "2025年4月23日印发", page_break=False)

    # ---- 附件1 scan
    f = pil_font("serif", 25)
    s = Scan(6594)
    s.line("附件1", pil_font("sansb", 34))
    s.center(att[0], pil_font("serifb", 40), lh=90)
    rows = [["序号", "重点事项", "牵头单位", "配合单位", "完成时限"],
            ["1", "全年开行中欧班列（成渝）重庆方向不少于2500列", "市政府口岸物流办", "渝新欧（重庆）供应链管理有限责任公司", "2025年12月"],
            ["2", "加密至杜伊斯堡、汉堡、罗兹、布达佩斯等节点城市班列", "市政府口岸物流办", "沙坪坝区政府", "2025年12月"],
            ["3", "建设海外集结中心，回程班列占比保持在45%以上", "市商务委", "平台公司", "持续推进"],
            ["4", "开展“一单制”多式联运试点", "市交通运输委", "重庆铁路口岸、果园港", "2025年9月"],
            ["5", "进口整列货物口岸通关时间压缩至24小时以内", "重庆海关", "市政府口岸物流办", "持续推进"],
            ["6", "“保税+班列”“跨境电商+班列”业务", "西永综合保税区管委会", "两路果园港综合保税区管委会", "2025年10月"],
            ["7", "拨付中欧班列运营补贴", "市财政局", "市政府口岸物流办", "按季度"],
            ["8", "团结村中心站到发线和装卸作业保障", "中国铁路成都局集团有限公司", "沙坪坝区政府", "持续推进"],
            ["9", "境外风险监测和应急预案", "平台公司", "市政府外办", "2025年6月"]]
    s.table([1, 6, 3.2, 4, 2.2], rows, f, row_h=100, header_font=pil_font("sansb", 26),
            align_center_cols=(0, 4))
    s.page_no(1)
    c1 = s.png()
    # ---- 附件2 scan
    s = Scan(6595)
    s.line("附件2", pil_font("sansb", 34))
    s.center(att[1], pil_font("serifb", 40), lh=80)
    s.line("填报单位（盖章）：                     报送季度：2025年第  季度", f)
    rows = [["指标", "本季度", "本年累计", "同比（%）"],
            ["开行班列（列）", "", "", ""], ["其中：去程（列）", "", "", ""],
            ["回程（列）", "", "", ""], ["货运量（标箱）", "", "", ""],
            ["货值（亿元）", "", "", ""], ["跨境电商货物（票）", "", "", ""],
            ["“保税+班列”业务货值（亿元）", "", "", ""], ["通关平均时长（小时）", "", "", ""]]
    s.table([5, 3, 3, 3], rows, f, row_h=84, header_font=pil_font("sansb", 26))
    s.line("存在问题及建议：", pil_font("sansb", 26))
    top = s.y
    s.y += 300
    s.d.rectangle((s.left, top, s.right, s.y), outline=s.ink, width=2)
    s.gap(30)
    s.line("填表人：              联系电话：              审核人：", f)
    s.page_no(2)
    c2 = s.png()

    attach_page(doc, "附件1", [c1], label_mode="own", first_break="run")
    attach_page(doc, "附件2", [c2], label_mode="own", first_break="pbb")

    meta = {
        "title": "重庆市人民政府口岸和物流办公室关于做好2025年中欧班列（成渝）稳定运行保障工作的通知",
        "doc_number": "渝口岸物流发〔2025〕27号",
        "issuer": ["重庆市人民政府口岸和物流办公室"],
        "date": "2025-04-22",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": "2025-04-22",
        "expires": "2025-12-31",
        "attachments": att,
        "doc_type": "通知",
        "recipients": ["各区县（自治县）人民政府", "两江新区、西部科学城重庆高新区管委会",
                       "市政府有关部门", "有关单位"],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": b.clauses}]


# ================================================================ document 3: 郑州 (转发)
def build_zhengzhou():
    doc = new_doc()
    red_header_single(doc, "郑州市商务局文件", size=48)
    docno_line(doc, "郑商务〔2026〕15号")
    fwd = "河南省商务厅关于做好2026年度外商投资信息报告年度报告工作的通知"
    title(doc, "郑州市商务局关于转发《河南省商务厅关于\n做好2026年度外商投资信息报告年度报告\n工作的通知》的通知")
    zhusong(doc, "各区县（市）商务主管部门，郑州航空港经济综合实验区经济发展局，各开发区经济发展部门：")
    att = [fwd, "外商投资信息报告年度报告填报指南（2026年版）"]

    b = Body(doc)
    b.p("现将《" + fwd + "》（豫商资管〔2026〕6号）转发给你们，并附《" + att[1] + "》，"
        "请认真贯彻落实。结合我市实际，现提出以下要求：")
    b.p([("一、高度重视年报工作。", HT, False),
         ("外商投资信息报告年度报告是落实《中华人民共和国外商投资法》及其实施条例的重要制度安排，各地要将年报工作"
          "与稳外资、优化外商投资环境工作统筹推进，确保辖区内外商投资企业应报尽报。", FS, False)])
    b.p([("二、明确报送时限。", HT, False),
         ("2025年12月31日前在我市登记设立并处于存续状态的外商投资企业，应于2026年1月1日至6月30日期间，"
          "通过国家企业信用信息公示系统报送2025年度投资经营信息。", FS, False)])
    b.p([("三、突出重点企业。", HT, False), ("各地要重点做好以下企业的指导服务：", FS, False)])
    b.p("（一）郑州航空港经济综合实验区、郑州经开综合保税区、郑州新郑综合保税区内的外商投资企业；")
    b.p("（二）2025年新设立的外商投资企业及外资研发中心；")
    b.p("（三）参与中欧班列（中豫号）、“空中丝绸之路”等“一带一路”合作项目的外商投资企业。")
    b.p([("四、做好数据核查。", HT, False),
         ("各地要对企业报送数据开展抽查核验，对报送信息与实际不符、逾期未报的企业，及时督促补报更正；"
          "对拒不履行报告义务的，依法移交市场监管部门处理。", FS, False)])
    b.p([("五、及时报送情况。", HT, False),
         ("请各地于2026年7月10日前将年报工作总结（含年报率、存在问题及工作建议）报送市商务局外国投资管理处。",
          FS, False)])
    b.p("联系人：李晓东，联系电话：0371-67183526。")
    b.blank()
    p = doc.add_paragraph()
    fmt(p)
    add_runs(p, [("附件：1.\t" + att[0], FS, False)])
    p.paragraph_format.left_indent = Pt(0)
    p = doc.add_paragraph()
    fmt(p)
    add_runs(p, [("      2.\t" + att[1], FS, False)])
    b.blank(2)
    plain(doc, "郑州市商务局      ", align=WD_ALIGN_PARAGRAPH.RIGHT)
    plain(doc, "2026年3月5日      ", align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.blank()
    plain(doc, "（此件公开发布）", first_indent=True)

    # ---- 附件1: scanned forwarded notice (colour scan: red header + seal), two pages
    f = pil_font("serif", 29)
    s = Scan(6596)
    s.y = 170
    s.center("河南省商务厅文件", pil_font("serifb", 78), fill=(220, 30, 30), lh=150)
    s.center("豫商资管〔2026〕6号", pil_font("serif", 30), lh=55)
    s.rule()
    s.gap(20)
    tf = pil_font("serifb", 40)
    s.center("河南省商务厅关于做好2026年度外商投资信息报告", tf, lh=62)
    s.center("年度报告工作的通知", tf, lh=90)
    s.line("各省辖市、济源示范区、航空港区商务主管部门：", f)
    s.para("根据《外商投资信息报告办法》和商务部、市场监管总局有关工作安排，2026年度外商投资信息报告年度报告"
           "工作已经启动。为做好我省年报工作，现将有关事项通知如下：", f)
    s.para("一、报送主体。2025年12月31日前在我省登记设立且处于存续状态的外商投资企业（含外商投资合伙企业）"
           "以及外国公司在华分支机构，均应报送年度报告。", f)
    s.para("二、报送时间和方式。报送时间为2026年1月1日至6月30日，企业通过国家企业信用信息公示系统"
           "一并报送市场监管年报和外商投资信息报告年度报告，无需另行报送。", f)
    s.para("三、工作要求。各地商务主管部门要加强与市场监管部门的协同配合，通过政策宣讲、专人指导、"
           "电话提醒等方式，帮助企业按时准确报送年度报告，力争全省年报率不低于95%。", f)
    s.page_no(1)
    z1p1 = s.png(color=True)
    s = Scan(6597)
    s.para("四、数据质量。各地要对辖区企业报送的年报数据进行审核，重点关注投资总额、实际投资、营业收入等"
           "关键指标，发现异常的及时督促企业更正。", f)
    s.para("五、总结报送。请各地于2026年7月15日前将年报工作总结报送省商务厅外国投资管理处。", f)
    s.gap(40)
    s.para("联系人：王  磊，联系电话：0371-63944087", f)
    s.gap(160)
    s.line("河南省商务厅      ", f, right_align=True)
    s.line("2026年2月26日      ", f, right_align=True)
    s.seal(s.right - 170, s.y - 70, "河南省商务厅", r=125)
    s.gap(60)
    s.para("（此件主动公开）", f)
    s.page_no(2)
    z1p2 = s.png(color=True)
    # ---- 附件2: 填报指南 page
    s = Scan(6598)
    s.center(att[1], pil_font("serifb", 40), lh=90)
    g = pil_font("serif", 27)
    for t in [
        "一、登录方式。企业登录国家企业信用信息公示系统（河南），选择“企业信息填报”，使用统一社会信用代码和"
        "联络员信息登录。",
        "二、填报内容。年度报告包括企业基本信息、投资者及其实际控制人信息、企业经营和资产负债等信息，"
        "涉及外商投资准入特别管理措施的，还应报告相关行业许可信息。",
        "三、常见问题。（一）投资总额、注册资本币种应与登记信息一致；（二）实际控制人为外国投资者的，应如实"
        "填写其国别（地区）；（三）营业收入、利润总额等财务数据以万元为单位，保留两位小数。",
        "四、注意事项。企业应于6月30日前完成报送；报送后发现信息有误的，可在6月30日前自行更正，逾期未报送"
        "或报送信息不实的，商务主管部门将依法责令改正。",
    ]:
        s.para(t, g)
        s.gap(8)
    s.page_no(1)
    z2p1 = s.png()

    # label and picture share one paragraph (label, soft line break, picture)
    attach_page(doc, "附件1", [z1p1, z1p2], label_mode="same", first_break="pbb")
    attach_page(doc, "附件2", [z2p1], label_mode="same", first_break="pbb")

    meta = {
        "title": "郑州市商务局关于转发《" + fwd + "》的通知",
        "doc_number": "郑商务〔2026〕15号",
        "issuer": ["郑州市商务局"],
        "date": "2026-03-05",
        "published": None,
        "level": "municipal",
        "region": "郑州市",
        "effective": None,
        "expires": None,
        "attachments": att,
        "doc_type": "通知",
        "recipients": ["各区县（市）商务主管部门", "郑州航空港经济综合实验区经济发展局",
                       "各开发区经济发展部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": b.clauses}]


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_659", "--headless",
                    "--convert-to", "pdf", "--outdir", OUT, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for stem, fn in [("blind659_fujian_tongzhi", build_fujian),
                     ("blind659_chongqing_tongzhi", build_chongqing),
                     ("blind659_zhengzhou_tongzhi", build_zhengzhou)]:
        doc, objs = fn()
        path = os.path.join(OUT, stem + ".docx")
        doc.save(path)
        convert(path)
        expected[stem] = objs
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
