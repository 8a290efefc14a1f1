# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1004: 市商务局 Belt and Road trade-fair notices with inline / floating pictures.

Writes blind1004_*.docx, their PDFs (LibreOffice), the PNG images used, and
expected.json into this script's own directory.
"""
import json
import math
import os
import random
import subprocess

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ALIGN_VERTICAL
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor, Emu

HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "img")

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SERIF_R = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"


def pil_font(path, size):
    try:
        return ImageFont.truetype(path, size, index=2)  # SC face in the .ttc
    except Exception:
        return ImageFont.truetype("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", size)


# ================================================================ images (Pillow)
def make_qr(path, seed, modules=29, box=10, quiet=4):
    rnd = random.Random(seed)
    grid = [[rnd.random() < 0.5 for _ in range(modules)] for _ in range(modules)]

    def finder(r0, c0):
        for r in range(-1, 8):
            for c in range(-1, 8):
                rr, cc = r0 + r, c0 + c
                if 0 <= rr < modules and 0 <= cc < modules:
                    on = (0 <= r <= 6 and 0 <= c <= 6) and (
                        r in (0, 6) or c in (0, 6) or (2 <= r <= 4 and 2 <= c <= 4))
                    grid[rr][cc] = on

    finder(0, 0)
    finder(0, modules - 7)
    finder(modules - 7, 0)
    for i in range(8, modules - 8):  # timing patterns
        grid[6][i] = grid[i][6] = (i % 2 == 0)
    # small alignment pattern
    a = modules - 9
    for r in range(-2, 3):
        for c in range(-2, 3):
            grid[a + r][a + c] = max(abs(r), abs(c)) != 1
    size = (modules + 2 * quiet) * box
    im = Image.new("RGB", (size, size), "white")
    d = ImageDraw.Draw(im)
    for r in range(modules):
        for c in range(modules):
            if grid[r][c]:
                x, y = (c + quiet) * box, (r + quiet) * box
                d.rectangle([x, y, x + box - 1, y + box - 1], fill="black")
    im.save(path)


def make_logo(path):
    """Exhibition logo: blue/green emblem + 中国—东盟博览会 / CHINA-ASEAN EXPO."""
    W, H = 900, 300
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    cx, cy, R = 150, 150, 120
    d.ellipse([cx - R, cy - R, cx + R, cy + R], fill=(0, 94, 168))
    for k in range(10):  # ten petals: the ASEAN members, stylised
        ang = 2 * math.pi * k / 10 - math.pi / 2
        px, py = cx + 70 * math.cos(ang), cy + 70 * math.sin(ang)
        d.ellipse([px - 26, py - 26, px + 26, py + 26], fill=(255, 200, 0))
    d.ellipse([cx - 42, cy - 42, cx + 42, cy + 42], fill=(220, 30, 40))
    for k in range(3):  # waves
        y = 235 + k * 12
        d.arc([cx - 110, y - 40, cx + 110, y + 20], 20, 160, fill="white", width=5)
    f1 = pil_font(SANS_B, 72)
    f2 = pil_font(SANS_B, 40)
    d.text((300, 70), "中国—东盟博览会", font=f1, fill=(0, 94, 168))
    d.text((302, 175), "CHINA-ASEAN EXPO", font=f2, fill=(0, 140, 80))
    im.save(path)


def make_photo(path, seed=7):
    """A crude 'photo' of an exhibition hall: ceiling trusses, booths, visitors."""
    rnd = random.Random(seed)
    W, H = 1200, 700
    im = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(im)
    for y in range(H):
        if y < 260:
            t = y / 260
            col = (int(70 + 90 * t), int(80 + 90 * t), int(100 + 90 * t))
        else:
            t = (y - 260) / 440
            col = (int(190 - 60 * t), int(180 - 60 * t), int(170 - 60 * t))
        d.line([(0, y), (W, y)], fill=col)
    for x in range(0, W, 80):  # trusses
        d.line([(x, 0), (W // 2 + (x - W // 2) // 3, 240)], fill=(200, 200, 210), width=2)
    for k in range(12):  # lights
        x = 50 + k * 100
        d.ellipse([x - 8, 60, x + 8, 76], fill=(255, 250, 220))
    colors = [(200, 30, 40), (0, 90, 170), (20, 140, 90), (230, 150, 0), (120, 40, 140)]
    fb = pil_font(SANS_B, 26)
    names = ["匈牙利", "塞尔维亚", "波兰", "捷克", "克罗地亚", "斯洛伐克"]
    for i in range(6):  # booths
        x0 = 20 + i * 195
        c = colors[i % len(colors)]
        d.rectangle([x0, 250, x0 + 180, 470], fill=(235, 232, 225), outline=(120, 120, 120))
        d.rectangle([x0, 250, x0 + 180, 295], fill=c)
        d.text((x0 + 20, 256), names[i], font=fb, fill="white")
        for s in range(3):
            d.rectangle([x0 + 15 + s * 55, 330, x0 + 60 + s * 55, 420],
                        fill=tuple(min(255, v + 40) for v in colors[(i + s + 1) % 5]))
        d.rectangle([x0 + 10, 430, x0 + 170, 470], fill=(250, 250, 250), outline=(150, 150, 150))
    for _ in range(60):  # visitors
        x = rnd.randint(0, W)
        y = rnd.randint(480, 660)
        s = 0.6 + (y - 480) / 300
        c = rnd.choice([(40, 40, 50), (80, 60, 50), (30, 60, 110), (150, 40, 40), (200, 200, 200)])
        d.ellipse([x - 10 * s, y - 52 * s, x + 10 * s, y - 32 * s], fill=(60, 45, 40))
        d.rounded_rectangle([x - 16 * s, y - 32 * s, x + 16 * s, y + 30 * s], radius=int(8 * s), fill=c)
    im = im.filter(ImageFilter.GaussianBlur(1.2))
    im.save(path)


def make_seal(path, org, size=600, color=(230, 0, 18), alpha=215, seed=1):
    """Round red office seal: ring, five-point star, organ name around the top arc."""
    rnd = random.Random(seed)
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = size / 2
    R = size / 2 - 6
    fill = color + (alpha,)
    d.ellipse([c - R, c - R, c + R, c + R], outline=fill, width=int(size * 0.03))
    # star
    rs, ri = size * 0.16, size * 0.064
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        r = rs if k % 2 == 0 else ri
        pts.append((c + r * math.cos(ang), c + r * math.sin(ang)))
    d.polygon(pts, fill=fill)
    # organ name along the arc
    n = len(org)
    span = min(250.0, 20.0 * n + 40)  # degrees covered by the text
    fs = int(size * (0.15 if n <= 8 else 0.12 if n <= 12 else 0.095))
    f = pil_font(SANS_B, fs)
    rt = R - size * 0.05 - fs / 2
    for i, ch in enumerate(org):
        deg = -span / 2 + span * (i + 0.5) / n  # 0 = top, clockwise
        g = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fs * 0.5, fs * 0.35), ch, font=f, fill=fill)
        g = g.rotate(-deg, resample=Image.BICUBIC)
        a = math.radians(deg)
        x = c + rt * math.sin(a) - fs
        y = c - rt * math.cos(a) - fs
        im.alpha_composite(g, (int(x), int(y)))
    # ink unevenness: knock out a few random specks
    px = im.load()
    for _ in range(size * 12):
        x, y = rnd.randrange(size), rnd.randrange(size)
        r_, g_, b_, a_ = px[x, y]
        if a_:
            px[x, y] = (r_, g_, b_, int(a_ * rnd.uniform(0.35, 0.8)))
    im.save(path)


def make_scan(path, title, header, widths, rows, seal_path, note=None, seed=3):
    """A scanned paper table: off-white paper, grid, serif text, red seal, skew, noise."""
    rnd = random.Random(seed)
    W = sum(widths) + 160
    rh = 64
    H = 260 + rh * (len(rows) + 1) + 260
    im = Image.new("RGB", (W, H), (246, 244, 238))
    d = ImageDraw.Draw(im)
    ft = pil_font(SERIF_B, 44)
    fh = pil_font(SERIF_B, 26)
    fc = pil_font(SERIF_R, 24)
    fsm = pil_font(SERIF_R, 19)
    tw = d.textlength(title, font=ft)
    d.text(((W - tw) / 2, 90), title, font=ft, fill=(25, 25, 25))
    x0, y0 = 80, 220
    ink = (40, 40, 40)

    def cell_text(x, y, w, txt, font):
        if d.textlength(txt, font=font) > w - 12:
            font = fsm
        if d.textlength(txt, font=font) > w - 12:  # wrap to two lines
            half = len(txt) // 2 + 1
            for k, part in enumerate((txt[:half], txt[half:])):
                tl = d.textlength(part, font=font)
                d.text((x + (w - tl) / 2, y + 8 + k * 24), part, font=font, fill=ink)
            return
        tl = d.textlength(txt, font=font)
        d.text((x + (w - tl) / 2, y + (rh - font.size) / 2 - 4), txt, font=font, fill=ink)

    y = y0
    for ri, row in enumerate([header] + rows):
        x = x0
        for w, txt in zip(widths, row):
            d.rectangle([x, y, x + w, y + rh], outline=ink, width=2)
            cell_text(x, y, w, txt, fh if ri == 0 else fc)
            x += w
        y += rh
    if note:
        d.text((x0, y + 20), note, font=fsm, fill=ink)
    # signature block + seal
    fo = pil_font(SERIF_R, 26)
    d.text((W - 420, y + 80), "西安市商务局（章）", font=fo, fill=ink)
    d.text((W - 400, y + 125), "2026年4月2日", font=fo, fill=ink)
    seal = Image.open(seal_path).resize((230, 230))
    im = im.convert("RGBA")
    im.alpha_composite(seal, (W - 420, y + 20))
    im = im.convert("RGB")
    im = im.rotate(-0.7, resample=Image.BICUBIC, expand=True, fillcolor=(250, 250, 250))
    px = im.load()
    w2, h2 = im.size
    for _ in range(w2 * h2 // 25):
        x, yy = rnd.randrange(w2), rnd.randrange(h2)
        v = rnd.randint(-28, 18)
        r_, g_, b_ = px[x, yy]
        px[x, yy] = (max(0, min(255, r_ + v)), max(0, min(255, g_ + v)), max(0, min(255, b_ + v)))
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    # darker scanner edge on the left
    d2 = ImageDraw.Draw(im)
    for k in range(18):
        g = 150 + k * 5
        d2.line([(k, 0), (k, h2)], fill=(g, g, g))
    im.save(path)


# ================================================================ docx helpers
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
    return p


def add_par(doc, runs, **kw):
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
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def break_then(doc, runs, **kw):
    """Ctrl+Enter: the page break sits at the start of the paragraph that follows it."""
    p = add_par(doc, runs, **kw)
    br = p.add_run()
    br.add_break(WD_BREAK.PAGE)
    p._p.remove(br._r)
    first_r = p._p.find(qn("w:r"))
    first_r.addprevious(br._r)
    return p


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
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
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
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def col_widths(table, cms):
    table.autofit = False
    for col, w in zip(table.columns, cms):
        col.width = Cm(w)
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def inline_picture(doc, path, width_cm, align=WD_ALIGN_PARAGRAPH.CENTER, caption=None,
                   cap_font=FS, cap_size=14):
    """Picture in its own paragraph; optional caption typed after a Shift+Enter."""
    p = doc.add_paragraph()
    p.add_run().add_picture(path, width=Cm(width_cm))
    if caption:
        p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(caption), cap_font, cap_size)
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(3)
    return p


_anchor_z = [251660000]


def float_picture(p, path, width_cm, x_cm, y_pt, behind=False):
    """Paste a picture floating over the text (wrapNone), anchored to paragraph p,
    the way a scanned seal is dragged over the 落款 in Word."""
    run = p.add_run()
    run.add_picture(path, width=Cm(width_cm))
    inline = run._r.find(".//" + qn("wp:inline"))
    _anchor_z[0] += 1
    anchor = parse_xml(
        '<wp:anchor %s distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '</wp:anchor>' % (nsdecls("wp", "a"), _anchor_z[0], 1 if behind else 0,
                          int(Cm(x_cm)), int(Pt(y_pt))))
    anchor.append(inline.find(qn("wp:extent")))
    anchor.append(parse_xml('<wp:effectExtent %s l="0" t="0" r="0" b="0"/>' % nsdecls("wp")))
    anchor.append(parse_xml('<wp:wrapNone %s/>' % nsdecls("wp")))
    anchor.append(inline.find(qn("wp:docPr")))
    anchor.append(inline.find(qn("wp:cNvGraphicFramePr")))
    anchor.append(inline.find(qn("a:graphic")))
    inline.getparent().replace(inline, anchor)
    return anchor


def banji(doc, cc, printer, date_txt, gap=1):
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
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1004", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(header, row):
    """header：value；… skipping cells left blank on the form."""
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if v != "")


expected = {}


# =================================================================== DOC A  宁波
def doc_ningbo():
    stem = "blind1004_ningbo_zhongdongou"
    doc = Document()
    setup(doc)
    clauses = []

    # 红头: organ + 文件, 文号 centred, red rule
    add_par(doc, [("宁波市商务局文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    empty(doc, 1)
    p = add_par(doc, "甬商务发〔2026〕27号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title typed as three paragraphs, wrapped in the middle of 国际消费品
    for line in ("宁波市商务局关于组织企业参加", "2026中国—中东欧国家博览会暨国际",
                 "消费品博览会的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各区（县、市）商务主管部门，各有关企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def item(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为深化我市与中东欧国家经贸合作，支持企业开拓国际市场、扩大优质商品进口，我局决定组织企业参加2026中国—中东欧国家博览会暨国际消费品博览会（以下简称“中东欧博览会”）。现将有关事项通知如下：")
    head("一、展会基本情况")
    item("（一）展会时间。", "2026年5月20日至23日，其中20日、21日为专业观众日，22日、23日为公众开放日。")
    item("（二）展会地点。", "宁波国际会议展览中心（宁波市鄞州区会展路181号），展览面积22万平方米，预计境内外参展企业3200家。")
    inline_picture(doc, os.path.join(IMG, "ningbo_photo.png"), 8.0)
    cap = "图1　2025年中东欧博览会中东欧国家特色商品展区现场"
    clauses.append(cap)
    add_par(doc, [(cap, KT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            line=22, after=6)
    head("二、展位安排及支持政策")
    item("（一）展位规格。", "标准展位9平方米（3米×3米），含楣板、洽谈桌椅和照明；光地展位36平方米起租，特装搭建费用由企业自理。")
    item("（二）补贴政策。", "对我市参展企业的展位费给予市、区两级补贴，市级补贴资金从2026年度市级商务促进专项资金中列支，具体标准如下：")

    # table with a two-level header (merged cells), header rows repeat on each page
    hdr = ["序号", "展区", "展位类型", "收费标准", "补贴标准／市级", "补贴标准／区（县、市）级"]
    rows = [
        ["1", "宁波优品出海展区", "标准展位", "8800元/个", "50%", "30%"],
        ["2", "宁波优品出海展区", "光地", "880元/平方米", "50%", "30%"],
        ["3", "跨境电商及数字贸易展区", "标准展位", "8800元/个", "50%", "30%"],
        ["4", "“一带一路”国际合作展区", "标准展位", "9800元/个", "60%", "20%"],
        ["5", "中东欧国家特色商品展区", "标准展位", "9800元/个", "60%", "20%"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.1, 4.9, 2.0, 3.3, 1.6, 2.7])
    for ci, h in enumerate(["序号", "展区", "展位类型", "收费标准"]):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, h, HT, 10.5, line=16)
    m = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(m, "补贴标准", HT, 10.5, line=16)
    set_cell(t.cell(1, 4), "市级", HT, 10.5, line=16)
    set_cell(t.cell(1, 5), "区（县、市）级", HT, 10.5, line=16)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, line=18)
        clauses.append(row_clause(hdr, row))
    note = "注：光地展位按每9平方米折算1个标准展位计算补贴，同一企业享受补贴的展位原则上不超过4个。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    head("三、报名方式")
    item("（一）报名时间。", "即日起至2026年4月10日（星期五）17:00止，逾期不再受理。")
    item("（二）报名途径。", "参展企业请扫描下方二维码，登录“宁波市商务局展会服务平台”在线填报参展信息，并上传营业执照扫描件。")
    inline_picture(doc, os.path.join(IMG, "ningbo_qr.png"), 2.5)
    lab = "扫码报名"
    clauses.append(lab)
    add_par(doc, [(lab, HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=22,
            after=6)
    item("（三）审核确认。", "各区（县、市）商务主管部门于4月15日前将初审后的推荐名单报送市商务局，市商务局按照“先报先得、择优安排”原则统一分配展位。")
    head("四、有关要求")
    body("各区（县、市）要确保完成附件所列推荐名额。参展企业应于展会结束后10个工作日内提交参展总结，作为申请展位费补贴的依据。")
    body("联系人：市商务局对外贸易处　陈磊，电话：0574-89186523。")
    att = "2026中国—中东欧国家博览会宁波展团推荐名额分配表"
    add_par(doc, "附件：" + att)
    empty(doc, 1)
    p_org = add_par(doc, "宁波市商务局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p_org.paragraph_format.right_indent = Pt(64)
    p_org.paragraph_format.keep_with_next = True
    p_date = add_par(doc, "2026年3月16日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p_date.paragraph_format.right_indent = Pt(60)
    # seal: 4.2 cm, centred over the organ name, pressing down on the date
    float_picture(p_org, os.path.join(IMG, "ningbo_seal.png"), 4.2, 9.55, -40)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件 on its own page
    break_then(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [(att, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30,
            before=12, after=12)
    empty(doc, 1)
    hdr2 = ["序号", "区（县、市）", "推荐企业数（家）", "标准展位（个）", "其中：进口商品展位（个）"]
    rows2 = [
        ["1", "海曙区", "25", "40", "8"],
        ["2", "江北区", "18", "28", "6"],
        ["3", "北仑区", "30", "52", "10"],
        ["4", "镇海区", "15", "24", "4"],
        ["5", "鄞州区", "40", "68", "14"],
        ["6", "奉化区", "12", "18", "2"],
        ["7", "余姚市", "28", "45", "5"],
        ["8", "慈溪市", "32", "50", "6"],
        ["9", "宁海县", "14", "20", "2"],
        ["10", "象山县", "12", "18", "3"],
        ["11", "宁波国家高新区", "14", "22", "4"],
        ["", "合计", "240", "385", "64"],
    ]
    t = doc.add_table(rows=1 + len(rows2), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.5, 4.0, 3.2, 3.0, 3.6])
    for ci, h in enumerate(hdr2):
        set_cell(t.cell(0, ci), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows2, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, line=24)
        clauses.append(row_clause(hdr2, row))

    banji(doc, "抄送：浙江省商务厅，市贸促会，宁波国际会议展览中心有限公司。",
          "宁波市商务局办公室", "2026年3月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市商务局关于组织企业参加2026中国—中东欧国家博览会暨国际消费品博览会的通知",
            "doc_number": "甬商务发〔2026〕27号",
            "issuer": ["宁波市商务局"],
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "通知",
            "recipients": ["各区（县、市）商务主管部门", "各有关企业"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B  南宁
def doc_nanning():
    stem = "blind1004_nanning_dongbohui"
    doc = Document()
    setup(doc)
    clauses = []
    IND = "\u3000\u3000"  # the clerk indents with typed full-width spaces

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    # exhibition logo at the very top
    inline_picture(doc, os.path.join(IMG, "nanning_logo.png"), 5.5)
    add_par(doc, "南商务函〔2026〕45号", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, before=6)
    empty(doc, 1)
    # title: one paragraph, Shift+Enter breaks, the second one splitting 峰会
    p = doc.add_paragraph()
    font(p.add_run("南宁市商务局关于组织企业参加第23届"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("中国—东盟博览会和中国—东盟商务与投资峰"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("会的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各县（市、区）商务主管部门，各开发区管委会，各有关企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    body("第23届中国—东盟博览会(以下简称“东博会”)和中国—东盟商务与投资峰会将于2026年9月17日-21日在南宁国际会展中心举办。本届东博会以“共建‘一带一路’，共享数字未来”为主题，设商品贸易、投资合作、服务贸易、先进技术、“魅力之城”五大专题，并首次设立中国—东盟自由贸易区3.0版成果展区。为组织好我市企业参展参会，现将有关事项通知如下：")
    runin("一、参展范围。", "重点组织我市新能源汽车及零部件、电子信息、铝精深加工、生物医药、现代农业、跨境电商等领域企业参展；鼓励在东盟国家设立境外机构、开展对外工程承包的企业参加投资合作专题。")
    head("二、展位安排")
    # two numbered items typed in one paragraph, separated by Shift+Enter
    t1 = "1.南宁市展团展位设在南宁国际会展中心D区，共安排标准展位260个、室外展场2000平方米，由市商务局统一组织布展。"
    t2 = "2.标准展位(9平方米)收费标准为每个12000元，对我市参展企业每家给予不超过2个标准展位的全额补贴，超出部分由企业自行承担。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    body("3.特装展位由企业自行设计搭建，须于8月20日前将设计方案报东博会秘书处审核。")
    head("三、报名方式")
    body("请有意参展的企业于2026年6月30日前扫描下方二维码进行网上报名，同时将加盖公章的报名材料发送至邮箱nnswj_dbh@163.com。各县（市、区）商务主管部门、各开发区管委会请于7月10日前完成辖区企业报名审核。")
    # QR code with its label typed after a Shift+Enter in the same paragraph
    inline_picture(doc, os.path.join(IMG, "nanning_qr.png"), 3.0, caption="扫码报名",
                   cap_font=HT, cap_size=14)
    clauses.append("扫码报名")
    runin("四、参会安排。", "峰会期间将举办中国—东盟经贸部长会议、中国—东盟企业家论坛、重点项目签约仪式等系列活动。请各县（市、区）、各开发区于8月15日前各推荐2至3个拟签约项目，并组织1至2家重点企业负责人参加企业家论坛。")
    head("五、工作要求")
    body("(一)高度重视，精心组织。各县（市、区）、各开发区要把组织参展参会作为推动开放型经济发展的重要抓手，指定专人负责，做好企业动员和服务保障工作。")
    body("(二)严格展品管理。参展展品须符合国家有关规定，严禁展示、销售假冒伪劣和侵犯知识产权的商品。")
    body("(三)做好成效总结。展会结束后5个工作日内，各县（市、区）、各开发区要将参展成交、项目签约等情况报送市商务局。")
    body("联系人：市商务局会展服务科  黄小梅，电话：0771-5566218，传真：0771-5566219。")
    empty(doc, 2)
    # 落款 pushed right with typed spaces, date in Chinese numerals
    p_org = add_par(doc, "\u3000" * 17 + "南宁市商务局", indent=False)
    add_par(doc, "\u3000" * 15 + "二〇二六年五月十二日", indent=False)
    float_picture(p_org, os.path.join(IMG, "nanning_seal.png"), 4.2, 9.2, -42)
    banji(doc, "抄送：广西壮族自治区商务厅，中国—东盟博览会秘书处。",
          "南宁市商务局办公室", "2026年5月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "南宁市商务局关于组织企业参加第23届中国—东盟博览会和中国—东盟商务与投资峰会的通知",
            "doc_number": "南商务函〔2026〕45号",
            "issuer": ["南宁市商务局"],
            "date": "2026-05-12",
            "published": None,
            "level": "municipal",
            "region": "南宁市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县（市、区）商务主管部门", "各开发区管委会", "各有关企业"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C  西安 (joint)
XIAN_HDR = ["序号", "单位", "展馆", "标准展位（个）", "特装面积（平方米）", "备注"]
XIAN_ROWS = [
    ["1", "西安国际港务区", "自贸试验区与综合保税区馆", "20", "360", "含中欧班列（西安）集结中心展示区"],
    ["2", "西安高新区", "先进制造馆", "24", "540", ""],
    ["3", "西安经开区", "先进制造馆", "18", "432", ""],
    ["4", "西咸新区", "自贸试验区与综合保税区馆", "12", "216", ""],
    ["5", "曲江新区", "“一带一路”国际合作馆", "10", "144", "文化旅游企业"],
    ["6", "西安航空基地", "先进制造馆", "8", "288", "含航空器材保税维修展示"],
    ["7", "长安区", "消费品及特色农产品馆", "12", "—", ""],
    ["8", "临潼区", "消费品及特色农产品馆", "8", "—", ""],
    ["9", "周至县", "消费品及特色农产品馆", "10", "—", "猕猴桃等特色农产品"],
    ["10", "鄠邑区", "消费品及特色农产品馆", "6", "—", ""],
    ["合计", "", "", "128", "1980", ""],
]


def doc_xian():
    stem = "blind1004_xian_sibohui"
    doc = Document()
    setup(doc)
    clauses = []

    # joint 红头 in a borderless table: two organ names stacked, 文件 on the right
    empty(doc, 1)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [9.0, 4.0])
    set_cell(t.cell(0, 0), "西安市商务局", XBS, 34, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=48)
    set_cell(t.cell(1, 0), "西安市贸促会", XBS, 34, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=48)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 40, color=RED, line=56)
    empty(doc, 1)
    p = add_par(doc, "市商发〔2026〕33号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    for line in ("西安市商务局　西安市贸促会关于组织企业", "参加第十届丝绸之路国际博览会暨中国",
                 "东西部合作与投资贸易洽谈会的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各区县商务主管部门，各开发区管委会，各有关企业：", indent=False)

    def body(t_):
        clauses.append(t_)
        add_par(doc, t_)

    def head(t_):
        add_par(doc, [(t_, HT, 16, False)])

    def item(h, t_):
        clauses.append(h + t_)
        add_par(doc, [(h, KT, 16, False), (t_, FS, 16, False)])

    body("第十届丝绸之路国际博览会暨中国东西部合作与投资贸易洽谈会（以下简称“丝博会”）定于2026年5月21日至25日在西安国际会展中心举办。本届丝博会以“开放合作、共赢未来”为主题，设立“一带一路”国际合作馆、中亚国家馆、自贸试验区与综合保税区馆、先进制造馆、消费品及特色农产品馆等专题展馆。为充分发挥丝博会平台作用，组织我市企业参展参会，现将有关事项通知如下：")
    head("一、组展安排")
    item("（一）展团构成。", "西安展团以中国（陕西）自由贸易试验区西安区域、西安国际港务区、西安高新区、西安经开区等开放平台为主体，组织先进制造、跨境电商、文化旅游、现代农业等领域企业参展，展团总面积约6000平方米。")
    item("（二）展位分配。", "市商务局、市贸促会根据各区县、开发区企业报名情况和产业特点统一分配展位，首批展位分配方案见附件。")
    head("二、服务保障")
    item("（一）展位费补贴。", "参加西安展团的企业，标准展位费由市级外经贸发展专项资金全额承担；特装展位按每平方米500元的标准给予补贴，单个企业补贴面积不超过72平方米。")
    item("（二）展期服务。", "市商务局、市贸促会在西安展团设立综合服务台，为参展企业提供以下服务：")
    body("1．对接洽谈。组织中亚国家及其他共建“一带一路”国家采购商、投资机构与参展企业开展“一对一”洽谈，参展企业可通过丝博会官方小程序提前预约。")
    body("2．商事认证。市贸促会在展馆设立商事认证服务点，现场办理以下业务：")
    body("（1）一般原产地证书和区域性优惠贸易协定原产地证书签发；")
    body("（2）商事证明书、展会证明等商事认证；")
    body("（3）ATA单证册签发及咨询。")
    body("3．通关便利。协调西安海关在展馆设立现场监管点，为境外展品提供“一站式”通关服务。")
    head("三、工作要求")
    body("（一）各区县、开发区要于4月20日前将本辖区参展企业名单和展品清单报送市商务局对外贸易处，同时抄送市贸促会展览部。")
    body("（二）参展企业要按照丝博会组委会统一要求，于5月18日至20日完成布展，5月25日18:00后方可撤展。")
    body("（三）各单位要严格落实安全生产和消防要求，特装展位搭建须使用阻燃材料，确保展会安全有序。")
    body("联系人：市商务局　王峰，029-86787521；市贸促会　赵婷，029-86787833。")
    empty(doc, 1)
    att = "第十届丝博会西安展团首批展位分配表"
    add_par(doc, "附件：" + att)
    empty(doc, 2)
    # joint 落款: two organ names side by side in a borderless table, one seal on each
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    col_widths(t, [5.0, 10.6])
    set_cell(t.cell(0, 0), "西安市商务局", FS, 16, line=28)
    set_cell(t.cell(0, 1), "中国国际贸易促进委员会西安市委员会", FS, 16, line=28)
    p_date = add_par(doc, "2026年4月3日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p_date.paragraph_format.right_indent = Pt(64)
    float_picture(p_date, os.path.join(IMG, "xian_seal_swj.png"), 4.2, 0.4, -72)
    float_picture(p_date, os.path.join(IMG, "xian_seal_ccpit.png"), 4.2, 8.2, -72)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件: the scanned form as a picture, then the same form typed
    break_then(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [(att, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30,
            before=6, after=6)
    inline_picture(doc, os.path.join(IMG, "xian_scan.png"), 9.0)
    t = doc.add_table(rows=1 + len(XIAN_ROWS), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.3, 3.0, 4.2, 1.8, 2.0, 3.3])
    for ci, h in enumerate(XIAN_HDR):
        set_cell(t.cell(0, ci), h, HT, 10.5, line=15)
    repeat_header(t.rows[0])
    for ri, row in enumerate(XIAN_ROWS, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, line=14)
        clauses.append(row_clause(XIAN_HDR, row))

    banji(doc, "抄送：陕西省商务厅，陕西省贸促会，丝博会组委会办公室。",
          "西安市商务局办公室", "2026年4月3日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "西安市商务局　西安市贸促会关于组织企业参加第十届丝绸之路国际博览会暨中国东西部合作与投资贸易洽谈会的通知",
            "doc_number": "市商发〔2026〕33号",
            "issuer": ["西安市商务局", "中国国际贸易促进委员会西安市委员会"],
            "date": "2026-04-03",
            "published": None,
            "level": "municipal",
            "region": "西安市",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "通知",
            "recipients": ["各区县商务主管部门", "各开发区管委会", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def make_images():
    os.makedirs(IMG, exist_ok=True)
    make_photo(os.path.join(IMG, "ningbo_photo.png"))
    make_qr(os.path.join(IMG, "ningbo_qr.png"), seed=1004)
    make_qr(os.path.join(IMG, "nanning_qr.png"), seed=2026)
    make_logo(os.path.join(IMG, "nanning_logo.png"))
    make_seal(os.path.join(IMG, "ningbo_seal.png"), "宁波市商务局", seed=11)
    make_seal(os.path.join(IMG, "nanning_seal.png"), "南宁市商务局", seed=12)
    make_seal(os.path.join(IMG, "xian_seal_swj.png"), "西安市商务局", seed=13)
    make_seal(os.path.join(IMG, "xian_seal_ccpit.png"), "中国国际贸易促进委员会西安市委员会", seed=14)
    make_scan(os.path.join(IMG, "xian_scan.png"), "第十届丝博会西安展团首批展位分配表",
              XIAN_HDR, [110, 250, 330, 170, 200, 330], XIAN_ROWS,
              os.path.join(IMG, "xian_seal_swj.png"))


def main():
    make_images()
    paths = [doc_ningbo(), doc_nanning(), doc_xian()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
