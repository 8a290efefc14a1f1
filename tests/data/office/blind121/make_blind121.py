# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 121: how offices answer deputies, and how an FTZ negative list is printed.

Writes, next to itself (each .docx plus the PDF LibreOffice makes of it):
  blind121_hubei_dafu.docx       鄂商建复〔2024〕12号  湖北省商务厅 答复 to 省人大代表 王某某 (第1234号代表建议) on the
                                 中国（湖北）自由贸易试验区: "A类" mark top right, 签发人 on the 文号 line, title broken over two lines,
                                 主送 "王某某代表：", answers 一、二、三、 (（一）（二）（三） = 武汉/襄阳/宜昌片区), closing thanks,
                                 联系单位及电话, 附件 代表建议办理情况征询意见表 (a blank form), 抄送 省人大常委会代表工委、省政府办公厅.
  blind121_xian_tian.docx        西商提复〔2024〕15号  西安市商务局 答复 to 市政协委员 李某某 (第0215号提案): "A" mark,
                                 签发人, 一、二、三、 leads inline (黑体 lead + 仿宋 text), 下一步 1. 2. 3., 办理结果
                                 "所提问题已经解决或采纳", 领导署名, 联系人/电话, 抄送 市政协提案委员会 ….
  blind121_urumqi_fumian.docx    新自贸乌管发〔2024〕7号  中国（新疆）自由贸易试验区乌鲁木齐片区管理委员会 印发 通知 (portrait) +
                                 附件 外商投资准入特别管理措施（负面清单）（2024年版） in a landscape section: 说明 1.–7., then a table
                                 序号｜领域｜特别管理措施 with 27 rows under 12 merged group rows (一、农、林、牧、渔业 …), 领域 merged
                                 vertically where repeated, header row repeated on each PDF page; 施行 2024-10-01, 有效期至 2026-09-30;
                                 版记 on a last portrait page.
  expected.json  (meta, clauses, _note; meta.applies says where each clause / 措施 row applies)
  files/         the three .docx, for `BRI_KB_HOME=kb bri ingest files`
All numbers, names of people, dates and details are fictional; the places and organs are real.
Run: python make_blind121.py   (needs python-docx, lxml, Pillow, LibreOffice `soffice`).
"""
import copy
import json
import math
import os
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xE6, 0x00, 0x12)
XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
LINE = Pt(28.95)  # 22 lines on a 225 mm 版心
SERIF_FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), ascii_font)
    rf.set(qn("w:hAnsi"), ascii_font)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first=None, left=None, right=None, line=LINE, before=0, after=0, hanging=None):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if hanging is not None:
        pf.first_line_indent = Pt(-hanging)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, text="", east=FS, size=16, bold=False, color=None, **kw):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    kw.setdefault("first", 32)
    return fmt(p, **kw)


def runs(doc, parts, **kw):
    """parts: list of (text, east, bold)."""
    p = doc.add_paragraph()
    for text, east, bold in parts:
        set_font(p.add_run(text), east, 16, bold)
    kw.setdefault("first", 32)
    return fmt(p, **kw)


def border(p, side="bottom", color="FF0000", sz=12, val="single", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def add_field(p, instr, east=SONG, size=14):
    r = p.add_run()
    set_font(r, east, size)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = p.add_run(); set_font(r2, east, size)
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = p.add_run(); set_font(r3, east, size)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    r4 = p.add_run("1"); set_font(r4, east, size)
    r5 = p.add_run(); set_font(r5, east, size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)


def page_number_footer(footer, odd=True):
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    set_font(p.add_run("— "), SONG, 14)
    add_field(p, "PAGE")
    set_font(p.add_run(" —"), SONG, 14)
    if odd:
        fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=14, first=0, line=None)
    else:
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, left=14, first=0, line=None)


def new_doc(title_prop="", author="", letter=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.header_distance, sec.footer_distance = Mm(15), Mm(28) if not letter else Mm(15)
    doc.settings.odd_and_even_pages_header_footer = True
    page_number_footer(sec.footer, odd=True)
    page_number_footer(sec.even_page_footer, odd=False)
    cp = doc.core_properties
    cp.title = title_prop
    cp.author = author
    cp.subject = ""
    cp.comments = ""
    # 每行28字：文档网格
    sectpr = sec._sectPr
    grid = sectpr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid"); sectpr.append(grid)
    grid.set(qn("w:type"), "linesAndChars"); grid.set(qn("w:linePitch"), "579"); grid.set(qn("w:charSpace"), "0")
    return doc


def make_seal(path, ring_text, center_text="", size=600):
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (220, 20, 30, 230)
    m = 10
    d.ellipse([m, m, size - m, size - m], outline=red, width=16)
    # star
    cx = cy = size / 2
    R, r = size * 0.13, size * 0.05
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rad = R if i % 2 == 0 else r
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=red)
    font = ImageFont.truetype(SERIF_FONT, int(size * 0.105))
    n = len(ring_text)
    span = min(240, 17 * n)  # degrees
    start = -90 - span / 2
    for i, ch in enumerate(ring_text):
        a = start + span * (i + 0.5) / n
        ar = math.radians(a)
        rr = size / 2 - 16 - size * 0.09
        x, y = cx + rr * math.cos(ar), cy + rr * math.sin(ar)
        tile = Image.new("RGBA", (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        td = ImageDraw.Draw(tile)
        td.text((tile.width / 2, tile.height / 2), ch, font=font, fill=red, anchor="mm")
        tile = tile.rotate(-(a + 90), resample=Image.BICUBIC)
        img.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    if center_text:
        f2 = ImageFont.truetype(SERIF_FONT, int(size * 0.07))
        d.text((cx, cy + size * 0.25), center_text, font=f2, fill=red, anchor="mm")
    img.save(path)


_pic_id = [100]


def float_picture(paragraph, path, width_cm, x_cm, y_cm):
    """Insert a picture anchored to the paragraph, floating in front of text (a seal)."""
    run = paragraph.add_run()
    run.add_picture(str(path), width=Cm(width_cm))
    inline = run._r.find(".//" + qn("wp:inline"))
    extent = inline.find(qn("wp:extent"))
    cx, cy = extent.get("cx"), extent.get("cy")
    graphic = inline.find(qn("a:graphic"))
    _pic_id[0] += 1
    anchor = parse_xml(
        f'<wp:anchor {nsdecls("wp", "a", "pic", "r")} distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="{251659264 + _pic_id[0]}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{int(Cm(x_cm))}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(Cm(y_cm))}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{_pic_id[0]}" name="印章{_pic_id[0]}"/><wp:cNvGraphicFramePr/></wp:anchor>'
    )
    anchor.append(copy.deepcopy(graphic))
    drawing = inline.getparent()
    drawing.remove(inline)
    drawing.append(anchor)


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        set_font(p.add_run(ln), east, size, bold)
        fmt(p, align=align, first=0, line=Pt(20))


def table_borders(tbl, sz=6):
    tblpr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trpr.append(h)


def set_col_widths(tbl, widths_cm):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr = tbl._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblpr.append(lay)
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW"); tblpr.append(tw)
    tw.set(qn("w:type"), "dxa"); tw.set(qn("w:w"), str(int(Cm(sum(widths_cm)).twips)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def banji(doc, lines, printer=None):
    """版记: 抄送 / 印发 between rules (first and last rule thicker)."""
    para(doc, "", first=0)
    first = True
    for ln in lines:
        p = para(doc, "", first=0, left=14, right=14, line=Pt(26))
        set_font(p.runs[0] if p.runs else p.add_run(ln), FS, 14)
        if first:
            border(p, "top", "000000", 8, space=2)
            first = False
        border(p, "bottom", "000000", 4 if printer else 8, space=2)
        p.paragraph_format.first_line_indent = Pt(0)
    if printer:
        org, date = printer
        p = doc.add_paragraph()
        set_font(p.add_run(org), FS, 14)
        set_font(p.add_run("\t" + date + "印发"), FS, 14)
        fmt(p, first=0, left=14, right=14, line=Pt(26))
        p.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(28), alignment=2)
        border(p, "bottom", "000000", 8, space=2)


def luokuan(doc, org, date, seal, seal_x=8.4, seal_y=-1.2, blank_page=False, blanks=2):
    if blank_page:
        p = para(doc, "（此页无正文）", first=32)
        p.paragraph_format.page_break_before = True
    for _ in range(blanks):
        para(doc, "", first=0)
    p = para(doc, org, first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=max(16, 64 + 16 * (len(date) - len(org)) / 2))
    p.paragraph_format.keep_with_next = True
    p2 = para(doc, date, first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    float_picture(p, seal, 4.2, seal_x, seal_y)
    return p2


def banner(doc, name, size, spacing_pt=0, before=0):
    p = doc.add_paragraph()
    r = p.add_run(name)
    set_font(r, XBS, size, False, RED)
    if spacing_pt:
        sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(int(spacing_pt * 20))); r._r.get_or_add_rPr().append(sp)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=None, before=before, after=0)
    return p


def title(doc, lines_, br=False):
    """Title in 方正小标宋简体 二号; several paragraphs, or one paragraph with manual breaks."""
    para(doc, "", first=0)
    if br:
        p = doc.add_paragraph()
        for i, ln in enumerate(lines_):
            r = p.add_run(ln); set_font(r, XBS, 22)
            if i < len(lines_) - 1:
                r.add_break(WD_BREAK.LINE)
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=Pt(36))
    else:
        for ln in lines_:
            para(doc, ln, XBS, 22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "", first=0)


def body(doc, items, exp):
    """items: ('h1', text) 黑体 heading; ('h2', text) 楷体 heading; ('p', text) clause;
    ('run', [(text, font, bold)...]) clause whose lead-in is in another font; ('h3p', text) 1. item;
    ('note', text) non-clause paragraph."""
    for kind, val in items:
        if kind == "h1":
            para(doc, val, HT)
        elif kind == "h2":
            para(doc, val, KT)
        elif kind == "p":
            para(doc, val); exp.append(val)
        elif kind == "run":
            runs(doc, val); exp.append("".join(t for t, _, _ in val))
        elif kind == "note":
            para(doc, val)


def convert(docx_path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)




EXPECTED = {}


# ---------------------------------------------------------------- extra helpers (round 112)
def att_list(doc, items):
    """附件说明: '附件：1.xxx' with following items aligned under the first item's text."""
    para(doc, "", first=0)
    for i, it in enumerate(items):
        if i == 0:
            p = para(doc, "附件：" + it, first=0)
            fmt(p, left=32 + 48, hanging=48)
        else:
            p = para(doc, it, first=0)
            fmt(p, left=32 + 48, first=0)
    return p


def att_page(doc, label):
    p = para(doc, label, HT, first=0)
    p.paragraph_format.page_break_before = True
    return p


def att_title(doc, lines_, blank_after=True):
    para(doc, "", first=0)
    for ln in lines_:
        para(doc, ln, XBS, 22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    if blank_after:
        para(doc, "", first=0)


def grid_table(doc, hdr, rows, widths, size=12, center_cols=(0,), header_font=HT):
    tbl = doc.add_table(rows=(1 if hdr else 0) + len(rows), cols=len(widths))
    table_borders(tbl)
    set_col_widths(tbl, widths)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    off = 0
    if hdr:
        for i, h in enumerate(hdr):
            cell_text(tbl.rows[0].cells[i], h, header_font, size, align=WD_ALIGN_PARAGRAPH.CENTER)
        repeat_header(tbl.rows[0])
        off = 1
    for r, row in enumerate(rows):
        for i, v in enumerate(row):
            if v is None:
                continue
            cell_text(tbl.rows[r + off].cells[i], v, FS, size,
                      align=WD_ALIGN_PARAGRAPH.CENTER if i in center_cols else WD_ALIGN_PARAGRAPH.LEFT)
    return tbl


def sign_plain(doc, org, date, right_org=None):
    """落款 without seal (a reproduced document)."""
    para(doc, "", first=0)
    para(doc, org, first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=right_org if right_org is not None else 32)
    para(doc, date, first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)


def kv(pairs):
    return "；".join(f"{k}：{v}" for k, v in pairs)


def banner_scaled(doc, name, size, scale):
    """版头 too long for one line at full width: characters compressed (w:w), as offices do."""
    p = doc.add_paragraph()
    r = p.add_run(name)
    set_font(r, XBS, size, False, RED)
    w = OxmlElement("w:w"); w.set(qn("w:val"), str(scale))
    rpr = r._r.get_or_add_rPr()
    rpr.find(qn("w:sz")).addprevious(w)  # schema order: w:w before w:sz
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=None, before=24, after=0)
    return p


def head(doc, org_banner, number, size=40, spacing=2, scale=None):
    if scale:
        banner_scaled(doc, org_banner, size, scale)
    else:
        banner(doc, org_banner, size, spacing_pt=spacing, before=24)
    para(doc, "", first=0)
    para(doc, "", first=0)
    para(doc, number, first=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, "", first=0, line=Pt(12))
    border(p, "bottom", "FF0000", 18, space=1)


def lead(lead_text, rest, font=HT):
    return ("run", [(lead_text, font, False), (rest, FS, False)])


def art(n, text):
    return ("run", [(n, HT, False), ("　" + text, FS, False)])


def quoted(text):
    """A quoted new article in a 补充/修改 notice: indented two more characters, 仿宋."""
    return ("q", text)


def body2(doc, items, exp):
    for kind, val in items:
        if kind == "q":
            p = para(doc, val, left=32); exp.append(val)
        else:
            body(doc, [(kind, val)], exp)


def finish(doc, stem):
    out = HERE / f"{stem}.docx"
    doc.save(out)
    convert(out)
    files = HERE / "files"
    files.mkdir(exist_ok=True)
    (files / out.name).write_bytes(out.read_bytes())


def new_page_title(doc, lines_):
    p = para(doc, "", first=0)
    p.paragraph_format.page_break_before = True
    for ln in lines_:
        para(doc, ln, XBS, 22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "", first=0)



# ---------------------------------------------------------------- round 119 helpers
def no_borders(tbl):
    tblpr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tblpr.append(b)


def money(x):
    return f"{x:,.2f}"


def row_height(row, pt, rule="atLeast"):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight"); h.set(qn("w:val"), str(int(pt * 20))); h.set(qn("w:hRule"), rule); trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit"); trpr.append(e)


def vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign"); v.set(qn("w:val"), "center"); tcpr.append(v)


def ctext(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(18)):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        set_font(p.add_run(ln), east, size, bold)
        fmt(p, align=align, first=0, line=line)
        sg = OxmlElement("w:snapToGrid"); sg.set(qn("w:val"), "0"); p._p.get_or_add_pPr().find(qn("w:spacing")).addprevious(sg)
    vcenter(cell)


def joint_banner(doc, orgs, word="文件", size=30):
    """联合行文版头: organ names stacked, "文件" to the right spanning them (a borderless table, as offices lay it out)."""
    para(doc, "", first=0, line=Pt(20))
    tbl = doc.add_table(rows=len(orgs), cols=2)
    no_borders(tbl)
    set_col_widths(tbl, [11.6, 4.0])
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, o in enumerate(orgs):
        c = tbl.rows[i].cells[0]
        c.text = ""
        p = c.paragraphs[0]
        r = p.add_run(o); set_font(r, XBS, size, False, RED)
        sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), "-20"); r._r.get_or_add_rPr().append(sp)
        fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, first=0, line=Pt(44))
    m = tbl.cell(0, 1).merge(tbl.cell(len(orgs) - 1, 1))
    m.text = ""
    p = m.paragraphs[0]
    set_font(p.add_run(word), XBS, size + 8, False, RED)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=Pt(52))
    vcenter(m)
    return tbl


def red_rule(doc, sz=18):
    p = para(doc, "", first=0, line=Pt(10))
    border(p, "bottom", "FF0000", sz, space=1)
    return p


def letter_head(doc, org, number):
    """信函格式: organ name, thick-over-thin red double rule, 文号 right under the rule."""
    p = doc.add_paragraph()
    r = p.add_run(org); set_font(r, XBS, 36, False, RED)
    sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), "60"); r._r.get_or_add_rPr().append(sp)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=None, before=0, after=6)
    p = para(doc, "", first=0, line=Pt(8))
    border(p, "bottom", "FF0000", 24, val="thickThinSmallGap", space=1)
    para(doc, number, first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=16, line=Pt(28.95), before=6)


def body3(doc, items, exp):
    """('h1',t) 黑体 heading alone; ('h2',t) 楷体 heading alone; ('p',t) clause; ('k',lead,rest) 楷体 lead + 仿宋 rest;
    ('h',lead,rest) 黑体 lead + rest; ('n',t) 1. item (仿宋); ('x',t) paragraph that is not a clause."""
    for it in items:
        k = it[0]
        if k == "h1":
            para(doc, it[1], HT)
        elif k == "h2":
            para(doc, it[1], KT)
        elif k in ("p", "n"):
            para(doc, it[1]); exp.append(it[1])
        elif k == "k":
            runs(doc, [(it[1], KT, False), (it[2], FS, False)]); exp.append(it[1] + it[2])
        elif k == "h":
            runs(doc, [(it[1], HT, False), (it[2], FS, False)]); exp.append(it[1] + it[2])
        elif k == "x":
            para(doc, it[1])


# ---- credit codes (GB 11714 organisation code + GB 32100 check character)
_C32 = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W32 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_W11 = [3, 7, 9, 10, 5, 8, 4, 2]


def org_code(body8):
    s = sum(_C32.index(c) * w if c.isdigit() else (ord(c) - 55) * w for c, w in zip(body8, _W11))
    c9 = 11 - s % 11
    return body8 + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))


def credit_code(area, body8):
    s17 = "91" + area + org_code(body8)
    t = sum(_C32.index(c) * w for c, w in zip(s17, _W32))
    c = 31 - t % 31
    return s17 + _C32[0 if c == 31 else c]



# ---------------------------------------------------------------- round 121 helpers
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT


def corner_mark(doc, text):
    """答复类别 mark at the top right of page 1 (黑体 三号), above the 版头."""
    p = para(doc, text, HT, first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=16)
    return p


def number_signer(doc, number, signer):
    """上行文式: 文号 left (indented one character), '签发人：' 仿宋 + name 楷体 right (one character in)."""
    p = doc.add_paragraph()
    set_font(p.add_run(number), FS, 16)
    set_font(p.add_run("\t签发人："), FS, 16)
    set_font(p.add_run(signer), KT, 16)
    fmt(p, first=0, left=16, right=16)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(32), alignment=WD_TAB_ALIGNMENT.RIGHT)
    return p


def merged_row(tbl, r, text, east=HT, size=12, align=WD_ALIGN_PARAGRAPH.LEFT):
    n = len(tbl.columns)
    c = tbl.cell(r, 0).merge(tbl.cell(r, n - 1))
    ctext(c, text, east, size, align=align, line=Pt(14))
    return c


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    sec.header_distance, sec.footer_distance = Mm(12), Mm(14)
    grid = sec._sectPr.find(qn("w:docGrid"))
    if grid is not None:  # no 22-line grid on the table pages
        grid.set(qn("w:type"), "default"); grid.set(qn("w:linePitch"), "312")
    return sec


def portrait_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.header_distance, sec.footer_distance = Mm(15), Mm(28)
    grid = sec._sectPr.find(qn("w:docGrid"))
    if grid is not None:
        grid.set(qn("w:type"), "linesAndChars"); grid.set(qn("w:linePitch"), "579")
    return sec


# ================================================================ (a) 湖北省商务厅 代表建议答复
HB_ORG = "湖北省商务厅"
HB_NO = "鄂商建复〔2024〕12号"
HB_TITLE_LINES = ["关于省十四届人大二次会议", "第1234号代表建议的答复"]
HB_TITLE = "关于省十四届人大二次会议第1234号代表建议的答复"
HB_SUGG = "关于加快推进中国（湖北）自由贸易试验区提升战略 打造内陆开放新高地的建议"
HB_ATT = "代表建议办理情况征询意见表"
HB_BODY = [
    ("p", "您提出的《" + HB_SUGG + "》收悉。经认真研究，并会同省发展改革委、省财政厅、省委金融办、人民银行湖北省分行、武汉海关共同办理，现答复如下："),
    ("h1", "一、关于加强自贸试验区制度创新系统集成"),
    ("p", "您建议围绕共建“一带一路”需求加大首创性、差异化改革探索，这一建议很有针对性。近年来，我厅牵头会同省直有关部门，围绕投资、贸易、金融、事中事后监管等重点领域开展差异化探索。截至2024年5月底，中国（湖北）自由贸易试验区累计形成制度创新成果486项，其中38项在全国复制推广、152项在全省复制推广。"),
    ("p", "下一步，我厅将会同武汉、襄阳、宜昌三个片区，聚焦中欧班列（武汉）、“空中丝绸之路”、江海联运等通道建设需求，每年梳理形成不少于20项首创性制度创新案例，争取更多改革试点经验在国家层面复制推广。"),
    ("h1", "二、关于支持各片区拓展“一带一路”物流通道"),
    ("k", "（一）武汉片区。", "依托阳逻港、天河国际机场和吴家山铁路枢纽，推动中欧班列（武汉）与江海直达航线、国际货运航线联动发展。2023年中欧班列（武汉）开行1,025列，同比增长18.6%。我厅已会同武汉海关在武汉片区开展“铁路快通”和多式联运“一单制”试点，进出口货物平均通关时间压缩至1.8小时。"),
    ("k", "（二）襄阳片区。", "支持襄阳片区发挥汉江航运和“襄阳—中亚”班列作用，2024年省级外经贸发展专项资金安排襄阳片区物流通道项目补助800万元，用于小河港区铁水联运设施改造和海外仓建设。"),
    ("k", "（三）宜昌片区。", "支持宜昌片区依托三峡翻坝物流体系发展江海联运和铁水联运，已将三峡枢纽港多式联运示范工程纳入2024年省级重点项目库，并推动宜昌片区与老挝、哈萨克斯坦等共建国家开展农产品、化工产品贸易合作。"),
    ("h1", "三、关于加大自贸试验区财政金融支持力度"),
    ("p", "您提出设立省级自贸试验区发展专项资金的建议。经与省财政厅研究，2024年省级财政统筹安排自贸试验区建设资金1.5亿元，对各片区制度创新、平台建设、人才引进等给予支持，并建立以制度创新成效为导向的资金分配机制，资金分配结果将于每年9月底前向社会公开。"),
    ("p", "关于跨境金融服务，省委金融办、人民银行湖北省分行已在自贸试验区内开展本外币合一银行结算账户体系试点和跨境贸易投资高水平开放试点。截至2024年4月底，试点银行为区内企业办理跨境人民币结算业务326亿元，惠及企业1,140家。"),
    ("p", "感谢您对全省自贸试验区建设工作的关心和支持，欢迎继续提出宝贵意见和建议。"),
]
HB_FORM = [
    ("建议编号", "第1234号", "代表姓名", "王某某"),
    ("建议题目", "《" + HB_SUGG + "》"),
    ("承办单位", HB_ORG, "答复日期", "2024年6月20日"),
    ("办理态度", "□满意　　□基本满意　　□不满意"),
    ("办理结果", "□满意　　□基本满意　　□不满意"),
    ("代表意见和建议", ""),
    ("代表签名", "　　　　　　　　　　　　　　　年　　月　　日"),
]
HB_FORM_NOTE = "注：请于收到答复之日起15日内填写本表，寄送湖北省商务厅自由贸易试验区工作处（武汉市武昌区新建街8号），或扫描后发送至hbsw_zmq@163.com。"


def make_hubei():
    stem = "blind121_hubei_dafu"
    doc = new_doc(title_prop="第1234号建议答复", author="zmqc")
    exp = []
    corner_mark(doc, "A类")
    banner(doc, HB_ORG, 40, spacing_pt=6, before=12)
    para(doc, "", first=0)
    number_signer(doc, HB_NO, "陈某某")
    red_rule(doc)
    para(doc, "", first=0)
    for ln in HB_TITLE_LINES:
        para(doc, ln, XBS, 22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "", first=0)
    para(doc, "王某某代表：", first=0)
    body3(doc, HB_BODY, exp)
    para(doc, "联系单位及电话：湖北省商务厅自由贸易试验区工作处，027-87235614", first=32)
    para(doc, "", first=0)
    p = para(doc, "附件：" + HB_ATT, first=32)
    luokuan(doc, HB_ORG, "2024年6月20日", HERE / "_seal_hb.png", seal_x=9.0, seal_y=-1.3, blanks=2)
    para(doc, "（此件公开发布）", first=32)
    # 附件: the 征询意见表
    att_page(doc, "附件")
    para(doc, "", first=0, line=Pt(14))
    para(doc, HB_ATT, XBS, 22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "", first=0, line=Pt(14))
    tbl = doc.add_table(rows=len(HB_FORM), cols=4)
    table_borders(tbl); set_col_widths(tbl, [3.4, 5.0, 2.8, 4.4]); tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(HB_FORM):
        ctext(tbl.cell(r, 0), row[0], HT, 14, line=Pt(24))
        if len(row) == 4:
            ctext(tbl.cell(r, 1), row[1], FS, 14, line=Pt(24))
            ctext(tbl.cell(r, 2), row[2], HT, 14, line=Pt(24))
            ctext(tbl.cell(r, 3), row[3], FS, 14, line=Pt(24))
        else:
            c = tbl.cell(r, 1).merge(tbl.cell(r, 3))
            ctext(c, row[1], FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT, line=Pt(24))
        row_height(tbl.rows[r], 150 if row[0] == "代表意见和建议" else 40)
    para(doc, HB_FORM_NOTE, FS, 14, first=0, line=Pt(22), before=6)
    banji(doc, ["抄送：省人大常委会代表工委，省政府办公厅。"], printer=("湖北省商务厅办公室", "2024年6月21日"))
    finish(doc, stem)
    form_exp = [
        "建议编号：第1234号；代表姓名：王某某",
        "建议题目：《" + HB_SUGG + "》",
        "承办单位：湖北省商务厅；答复日期：2024年6月20日",
        "办理态度：□满意　　□基本满意　　□不满意",
        "办理结果：□满意　　□基本满意　　□不满意",
        "代表意见和建议：（空）",
        "代表签名：　年　月　日",
        HB_FORM_NOTE,
    ]
    EXPECTED[stem] = [{
        "meta": {
            "title": HB_TITLE,
            "doc_number": HB_NO,
            "issuer": [HB_ORG],
            "date": "2024-06-20",
            "level": "provincial",
            "region": "湖北省",
            "effective": None,
            "expires": None,
            "attachments": [HB_ATT],
            "kind": "答复（代表建议）",
            "classification": "A类 (answer category, top right; not part of title or 文号)",
            "signer": "陈某某 (签发人)",
            "addressees": ["王某某代表"],
            "answers": "省十四届人大二次会议第1234号代表建议 (1234 is the 建议号, not a 文号)",
            "contact": "湖北省商务厅自由贸易试验区工作处，027-87235614",
            "cc": ["省人大常委会代表工委", "省政府办公厅"],
            "printed_by": "湖北省商务厅办公室", "printed_date": "2024-06-21",
            "applies": {
                "intro, 一、(both paragraphs), 三、(both paragraphs), closing": "湖北省 (中国（湖北）自由贸易试验区 tolerable)",
                "二、（一）武汉片区": "武汉片区 (武汉市 tolerable-low)",
                "二、（二）襄阳片区": "襄阳片区 (襄阳市 tolerable-low)",
                "二、（三）宜昌片区": "宜昌片区 (宜昌市 tolerable-low); 老挝/哈萨克斯坦 are partners, not where it applies (medium if read so)",
                "附件 form rows": "湖北省 (or none: it is a blank form)",
            },
        },
        "clauses": exp + ["联系单位及电话：湖北省商务厅自由贸易试验区工作处，027-87235614"] + form_exp,
        "_note": (
            "Furniture: 'A类' mark (must not be the title or a clause: medium), the red 版头 湖北省商务厅, the 文号/签发人 line "
            "('签发人：陈某某' must not enter the 文号 or the issuer: medium), red rule, 主送 '王某某代表：', 附件说明, 落款 + seal, date, "
            "'（此件公开发布）', the '附件' label and form title, 版记 (抄送/印发), '— N —' footers. "
            "Title is on two 小标宋 lines and must be joined; a title holding the quoted 建议 title (《关于加快推进…》) instead = high. "
            "Headings 一、二、三、 stand alone (黑体) and are headings, not clauses; （一）（二）（三） are 楷体 leads inside their paragraph. "
            "The closing '感谢您…' and the 联系单位及电话 line are tolerable as clauses or furniture (low). "
            "The 征询意见表 is a blank form: its rows are tolerable as clauses (as header：value) or ignored (low), but they must not "
            "swallow body clauses; the 注 under the form is a clause or tolerable furniture. No 施行/有效期: effective/expires must be empty "
            "(2024年5月底 / 4月底 / 9月底 are data dates)."
        ),
    }]


# ================================================================ (b) 西安市商务局 政协提案答复
XA_ORG = "西安市商务局"
XA_NO = "西商提复〔2024〕15号"
XA_TITLE_LINES = ["关于市政协十五届三次会议", "第0215号提案的答复"]
XA_TITLE = "关于市政协十五届三次会议第0215号提案的答复"
XA_PROP = "关于依托中欧班列“长安号”做强陕西自贸试验区西安国际港务区片区的提案"
XA_BODY = [
    ("p", "您提出的《" + XA_PROP + "》收悉。我局高度重视，会同西安国际港务区管委会、市发展改革委、市财政局、西安海关等单位认真研究办理。现将办理情况答复如下："),
    ("h", "一、关于提升中欧班列“长安号”集结能力的问题。", "2023年，中欧班列“长安号”开行5,106列，货运量突破480万吨，开行量、重箱率、货运量等核心指标保持全国前列。市政府已将西安国际港务区片区铁路集结中心扩能改造列入2024年市级重点项目，建成后年集结能力将由5,000列提升至7,000列。"),
    ("h", "二、关于推动“班列+口岸+产业”融合发展的问题。", "您建议依托班列发展临港产业，该建议已被采纳。今年3月，市商务局会同西安国际港务区管委会出台《西安国际港务区片区“班列+产业”融合发展若干措施》，对在片区内新设立的跨境电商、国际分拨、加工贸易企业，按照年度进出口额给予最高200万元奖励；目前已有37家企业落户。"),
    ("h", "三、关于优化自贸试验区营商环境的问题。", "陕西自贸试验区中心片区（西安）已全面推行“证照分离”改革，外商投资企业设立登记时间压缩至1个工作日。西安海关在西安国际港务区片区推行“提前申报”“两步申报”，2024年上半年进口整体通关时间较2023年同期压缩21.4%。"),
    ("p", "下一步，我局将重点做好以下工作："),
    ("n", "1.会同西安国际港务区管委会，力争2024年中欧班列“长安号”开行5,300列以上，新增中亚、西亚方向线路3条。"),
    ("n", "2.指导西安国际港务区片区在2024年12月31日前建成“一带一路”进口商品集散中心，引进进口商品分拨企业20家以上。"),
    ("n", "3.每季度召开一次自贸试验区企业座谈会，及时协调解决企业在通关、物流、融资等方面的困难和问题。"),
    ("p", "感谢您对我市商务工作和自贸试验区建设的关心和支持！"),
]


def make_xian():
    stem = "blind121_xian_tian"
    doc = new_doc(title_prop="", author="市商务局")
    exp = []
    corner_mark(doc, "A")
    banner(doc, XA_ORG, 40, spacing_pt=6, before=12)
    para(doc, "", first=0)
    number_signer(doc, XA_NO, "刘某某")
    red_rule(doc)
    para(doc, "", first=0)
    for ln in XA_TITLE_LINES:
        para(doc, ln, XBS, 22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "", first=0)
    para(doc, "李某某委员：", first=0)
    body3(doc, XA_BODY, exp)
    para(doc, "办理结果：所提问题已经解决或采纳", first=32)
    para(doc, "领导署名：刘某某", first=32)
    para(doc, "联系人：周某某　　联系电话：029-86781234", first=32)
    luokuan(doc, XA_ORG, "2024年7月15日", HERE / "_seal_xa.png", seal_x=9.0, seal_y=-1.3, blanks=2)
    para(doc, "（此件公开发布）", first=32)
    banji(doc, ["抄送：市政协提案委员会，市政府督查室，西安国际港务区管委会。"], printer=("西安市商务局办公室", "2024年7月16日"))
    finish(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": XA_TITLE,
            "doc_number": XA_NO,
            "issuer": [XA_ORG],
            "date": "2024-07-15",
            "level": "municipal",
            "region": "西安市 (陕西省 = medium)",
            "effective": None,
            "expires": None,
            "attachments": [],
            "kind": "答复（政协提案）",
            "classification": "A (top right) = 办理结果 所提问题已经解决或采纳",
            "result": "所提问题已经解决或采纳",
            "signer": "刘某某 (签发人 and 领导署名)",
            "addressees": ["李某某委员"],
            "answers": "市政协十五届三次会议第0215号提案",
            "contact": "周某某，029-86781234",
            "cc": ["市政协提案委员会", "市政府督查室", "西安国际港务区管委会"],
            "printed_by": "西安市商务局办公室", "printed_date": "2024-07-16",
            "applies": {
                "intro, 下一步 lead-in, 3., closing": "西安市",
                "一、(集结中心 in 西安国际港务区片区)": "西安国际港务区片区 (西安市 tolerable-low); 中欧班列 figures are 西安's",
                "二、": "西安国际港务区片区 (西安市 tolerable-low)",
                "三、": "陕西自贸试验区中心片区 / 西安国际港务区片区 (西安市 tolerable-low)",
                "1.": "西安国际港务区片区 / 西安市 (中亚、西亚 are destinations, not where it applies: medium if read so)",
                "2.": "西安国际港务区片区 (西安市 tolerable-low)",
            },
        },
        "clauses": exp + ["办理结果：所提问题已经解决或采纳"],
        "_note": (
            "Furniture: 'A' mark, 版头, 文号/签发人 line, red rule, 主送 '李某某委员：', 落款 + seal, date, '（此件公开发布）', 版记, footers. "
            "一、二、三、 are 黑体 leads inline with their text: each paragraph is ONE clause (label 一/二/三); splitting the lead off as a heading "
            "with the text as a separate clause is tolerable (low) if the text stays whole. 1. 2. 3. are separate clauses under the 下一步 lead-in. "
            "'办理结果：所提问题已经解决或采纳' is answer-bearing (what happened to the proposal): keep as clause or as metadata; dropping it entirely = medium. "
            "'领导署名：刘某某' and the 联系人 line are furniture (as clauses: low). '2024年12月31日前' in 2. is a deadline for a task, NOT expires (medium). "
            "No attachments."
        ),
    }]


# ================================================================ (c) 乌鲁木齐片区 负面清单
UR_ORG = "中国（新疆）自由贸易试验区乌鲁木齐片区管理委员会"
UR_NO = "新自贸乌管发〔2024〕7号"
UR_LIST = "乌鲁木齐片区外商投资准入特别管理措施（负面清单）（2024年版）"
UR_TITLE = UR_ORG + "关于印发《" + UR_LIST + "》的通知"
UR_TITLE_LINES = ["中国（新疆）自由贸易试验区乌鲁木齐片区", "管理委员会关于印发《乌鲁木齐片区", "外商投资准入特别管理措施", "（负面清单）（2024年版）》的通知"]
UR_ATT_TITLE_LINES = ["中国（新疆）自由贸易试验区乌鲁木齐片区", "外商投资准入特别管理措施（负面清单）（2024年版）"]
UR_BODY = [
    ("p", "为深入贯彻落实党中央、国务院关于推进高水平对外开放和高质量共建“一带一路”的决策部署，进一步扩大中国（新疆）自由贸易试验区乌鲁木齐片区对外开放，根据《中华人民共和国外商投资法》及其实施条例、《自由贸易试验区外商投资准入特别管理措施（负面清单）（2021年版）》和《中国（新疆）自由贸易试验区总体方案》，结合片区实际，管委会制定了《" + UR_LIST + "》，现印发给你们，请认真贯彻执行。"),
    ("p", "本清单自2024年10月1日起施行，有效期至2026年9月30日。《乌鲁木齐片区外商投资准入特别管理措施（负面清单）（2023年版）》（新自贸乌管发〔2023〕11号）同时废止。国家出台新的自由贸易试验区外商投资准入特别管理措施的，从其规定。"),
]
UR_NOTES = [
    "1.本清单统一列出股权要求、高管要求等外商投资准入方面的特别管理措施，适用于中国（新疆）自由贸易试验区乌鲁木齐片区（含乌鲁木齐综合保税区）。本清单之外的领域，按照内外资一致原则实施管理。",
    "2.境外投资者不得作为个体工商户、个人独资企业投资人、农民专业合作社成员，从事投资经营活动。",
    "3.有关主管部门在依法履行职责过程中，对境外投资者拟投资本清单内领域，但不符合本清单规定的，不予办理许可、企业登记注册等相关事项；涉及固定资产投资项目核准的，不予办理相关核准事项。",
    "4.经国务院有关主管部门审核并报国务院批准，特定外商投资可以不适用本清单中相关领域的规定。",
    "5.境内公司、企业或自然人以其在境外合法设立或控制的公司并购与其有关联关系的境内公司，按照外商投资、境外投资、外汇管理等有关规定办理。",
    "6.《内地与香港关于建立更紧密经贸关系的安排》及其后续协议、《内地与澳门关于建立更紧密经贸关系的安排》及其后续协议、《海峡两岸经济合作框架协议》及其后续协议、我国缔结或者参加的国际条约、协定对境外投资者准入待遇有更优惠规定的，可以按照相关规定执行。",
    "7.本清单中未列出的文化、金融等领域与行政审批、资质条件、国家安全等相关措施，按照现行规定执行。",
]
UR_HDR = ["序号", "领域", "特别管理措施"]
UR_GROUPS = [
    ("一、农、林、牧、渔业", [
        ("种业", "小麦、玉米新品种选育和种子生产须由中方控股。"),
        ("种业", "禁止投资中国稀有和特有的珍贵优良品种的研发、养殖、种植以及相关繁殖材料的生产（包括种植业、畜牧业、水产业的优良基因）。"),
        ("种业", "禁止投资农作物、种畜禽、水产苗种转基因品种选育及其转基因种子（苗）生产。"),
        ("渔业", "禁止投资中国管辖海域及内陆水域水产品捕捞。"),
    ]),
    ("二、采矿业", [
        ("有色金属矿和非金属矿采选及开采辅助活动", "禁止投资稀土、放射性矿产、钨勘查、开采及选矿。"),
    ]),
    ("三、制造业", [
        ("核燃料及核辐射加工业", "禁止投资放射性矿产冶炼、加工，核燃料生产。"),
        ("中药饮片加工及中成药生产", "禁止投资中药饮片的蒸、炒、炙、煅等炮制技术的应用及中成药保密处方产品的生产。"),
    ]),
    ("四、电力、热力、燃气及水生产和供应业", [
        ("核力发电", "核电站的建设、经营须由中方控股。"),
    ]),
    ("五、批发和零售业", [
        ("烟草制品", "禁止投资烟叶、卷烟、复烤烟叶及其他烟草制品的批发、零售。"),
    ]),
    ("六、交通运输、仓储和邮政业", [
        ("水上运输业", "国内水上运输公司须由中方控股。"),
        ("航空客货运输", "公共航空运输公司须由中方控股，且一家外商及其关联企业投资比例不得超过25%，法定代表人须由中国籍公民担任。"),
        ("通用航空", "通用航空公司的法定代表人须由中国籍公民担任，其中农、林、渔业通用航空公司限于合资，其他通用航空公司限于中方控股。"),
        ("民用机场与空中交通管制", "民用机场的建设、经营须由中方相对控股。禁止投资空中交通管制。"),
        ("邮政业", "禁止投资邮政公司（和经营邮政服务）、信件的国内快递业务。"),
    ]),
    ("七、信息传输、软件和信息技术服务业", [
        ("电信", "电信公司：限于中国入世承诺开放的电信业务，其中增值电信业务的外资股比不超过50%（电子商务、国内多方通信、存储转发类、呼叫中心除外），基础电信业务须由中方控股（且经营者须为依法设立的专门从事基础电信业务的公司）。"),
        ("互联网和相关服务", "禁止投资互联网新闻信息服务、网络出版服务、网络视听节目服务、互联网文化经营（音乐除外）、互联网公众发布信息服务（上述服务中，中国入世承诺中已开放的内容除外）。"),
    ]),
    ("八、租赁和商务服务业", [
        ("法律服务", "禁止投资中国法律事务（提供有关中国法律环境影响的信息除外），不得成为国内律师事务所合伙人。"),
        ("社会调查", "市场调查限于合资，其中广播电视收听、收视调查须由中方控股。禁止投资社会调查。"),
    ]),
    ("九、科学研究和技术服务业", [
        ("研究和试验发展", "禁止投资人体干细胞、基因诊断与治疗技术开发和应用。"),
        ("研究和试验发展", "禁止投资人文社会科学研究机构。"),
        ("专业技术服务业", "禁止投资大地测量、海洋测绘、测绘航空摄影、地面移动测量、行政区域界线测绘，地形图、世界政区地图、全国政区地图、省级及以下政区地图、全国性教学地图、地方性教学地图、真三维地图和导航电子地图编制，区域性的地质填图、矿产地质、地球物理、地球化学、水文地质、环境地质、地质灾害、遥感地质等调查。"),
    ]),
    ("十、教育", [
        ("教育", "学前、普通高中和高等教育机构限于中外合作办学，须由中方主导（校长或者主要行政负责人应当具有中国国籍，理事会、董事会或者联合管理委员会的中方组成人员不得少于1/2）。"),
        ("教育", "禁止投资义务教育机构、宗教教育机构。"),
    ]),
    ("十一、卫生和社会工作", [
        ("卫生", "医疗机构限于合资。"),
    ]),
    ("十二、文化、体育和娱乐业", [
        ("新闻出版、广播影视、金融信息", "禁止投资新闻机构（包括但不限于通讯社）。禁止投资图书、报纸、期刊、音像制品和电子出版物的编辑、出版、制作业务。禁止投资各级广播电台（站）、电视台（站）、广播电视频道（率）、广播电视传输覆盖网。"),
        ("文物及非物质文化遗产", "禁止投资文物拍卖的拍卖企业、文物商店和国有文物博物馆。禁止投资非物质文化遗产调查机构。"),
        ("文化娱乐", "文艺表演团体须由中方控股。"),
    ]),
]


def make_urumqi():
    stem = "blind121_urumqi_fumian"
    doc = new_doc(title_prop="", author="")
    exp = []
    banner_scaled(doc, UR_ORG, 26, 68)
    para(doc, "", first=0)
    para(doc, UR_NO, first=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(doc)
    para(doc, "", first=0)
    for ln in UR_TITLE_LINES:
        para(doc, ln, XBS, 22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "", first=0)
    para(doc, "片区管委会各部门，各功能区管理机构，有关单位：", first=0)
    body3(doc, UR_BODY, exp)
    para(doc, "", first=0)
    p = para(doc, "附件：中国（新疆）自由贸易试验区乌鲁木齐片区外商投资准入特别管理措施（负面清单）（2024年版）", first=32)
    fmt(p, left=32 + 48, hanging=48)
    luokuan(doc, UR_ORG, "2024年9月12日", HERE / "_seal_ur.png", seal_x=6.0, seal_y=-1.3, blanks=2)
    para(doc, "（此件公开发布）", first=32)
    # 附件 in a landscape section
    landscape_section(doc)
    para(doc, "附件", HT, first=0)
    for ln in UR_ATT_TITLE_LINES:
        para(doc, ln, XBS, 18, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(30))
    para(doc, "", first=0, line=Pt(8))
    para(doc, "说明", HT, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(26))
    for t in UR_NOTES:
        para(doc, t, FS, 12, line=Pt(20), first=24)
        exp.append(t)
    n_rows = 1 + sum(1 + len(g[1]) for g in UR_GROUPS)
    tbl = doc.add_table(rows=n_rows, cols=3)
    table_borders(tbl); set_col_widths(tbl, [1.3, 5.2, 16.0]); tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(UR_HDR):
        ctext(tbl.rows[0].cells[i], h, HT, 12, line=Pt(15))
    repeat_header(tbl.rows[0])
    tbl.cell(0, 0).paragraphs[0].paragraph_format.page_break_before = True  # the table starts on a fresh page
    r = 1
    k = 0
    applies = {}
    for gname, rows in UR_GROUPS:
        merged_row(tbl, r, gname, HT, 10.5)
        cant_split(tbl.rows[r])
        r += 1
        start = r
        for j, (dom, text) in enumerate(rows):
            k += 1
            ctext(tbl.cell(r, 0), str(k), "Times New Roman", 10.5, line=Pt(13.5))
            ctext(tbl.cell(r, 2), text, FS, 10.5, align=WD_ALIGN_PARAGRAPH.LEFT, line=Pt(13.5))
            cant_split(tbl.rows[r])
            row_height(tbl.rows[r], 16)
            exp.append(f"序号：{k}；领域：{dom}；特别管理措施：{text}")
            applies[f"row {k} ({dom})"] = "乌鲁木齐片区 (中国（新疆）自由贸易试验区 tolerable-low; 乌鲁木齐市 tolerable-low; 新疆维吾尔自治区 / 全国 = medium)"
            r += 1
        # 领域 merged vertically where the same domain repeats
        i = start
        while i < r:
            dom = rows[i - start][0]
            j = i
            while j + 1 < r and rows[j + 1 - start][0] == dom:
                j += 1
            c = tbl.cell(i, 1) if j == i else tbl.cell(i, 1).merge(tbl.cell(j, 1))
            ctext(c, dom, FS, 10.5, line=Pt(13.5))
            i = j + 1
    assert k == 27
    # 版记 on a final portrait page (after the 附件, as GB/T 9704 has it)
    portrait_section(doc)
    for _ in range(15):
        para(doc, "", first=0)
    banji(doc, ["抄送：自治区商务厅，乌鲁木齐市人民政府，乌鲁木齐海关，乌鲁木齐市市场监督管理局。"],
          printer=("乌鲁木齐片区管委会综合办公室", "2024年9月13日"))
    finish(doc, stem)
    applies_body = {
        "通知 body (both paragraphs)": "乌鲁木齐片区 (中国（新疆）自由贸易试验区 / 乌鲁木齐市 tolerable-low)",
        "说明 1.–7.": "乌鲁木齐片区 (1. names 乌鲁木齐综合保税区 as included: 乌鲁木齐片区 or 综保区 fine); 6. names 香港/澳门/台湾 as the investors' origin, NOT where it applies (medium if read so)",
    }
    applies_body.update(applies)
    EXPECTED[stem] = [{
        "meta": {
            "title": UR_TITLE,
            "doc_number": UR_NO,
            "issuer": [UR_ORG],
            "date": "2024-09-12",
            "level": "municipal (a 片区管委会 in 乌鲁木齐; county tolerable-low; provincial = medium)",
            "region": "中国（新疆）自由贸易试验区乌鲁木齐片区 (乌鲁木齐市 tolerable-low; 新疆维吾尔自治区 = medium)",
            "effective": "2024-10-01",
            "expires": "2026-09-30",
            "repeals": "乌鲁木齐片区外商投资准入特别管理措施（负面清单）（2023年版）（新自贸乌管发〔2023〕11号）",
            "attachments": ["中国（新疆）自由贸易试验区乌鲁木齐片区外商投资准入特别管理措施（负面清单）（2024年版）"],
            "kind": "通知（印发）",
            "addressees": ["片区管委会各部门", "各功能区管理机构", "有关单位"],
            "cites": ["《中华人民共和国外商投资法》", "《自由贸易试验区外商投资准入特别管理措施（负面清单）（2021年版）》", "《中国（新疆）自由贸易试验区总体方案》"],
            "cc": ["自治区商务厅", "乌鲁木齐市人民政府", "乌鲁木齐海关", "乌鲁木齐市市场监督管理局"],
            "printed_by": "乌鲁木齐片区管委会综合办公室", "printed_date": "2024-09-13",
            "rows": 27,
            "applies": applies_body,
        },
        "clauses": exp,
        "_note": (
            "A single document (the 附件 is printed with the 通知; a separate document for the list is tolerable if its title is the list's title and "
            "its rows keep their text). Title runs over four 小标宋 lines broken inside the quoted list title ('《乌鲁木齐片区/外商投资准入特别管理措施/（负面清单）'): must be joined "
            "exactly. 版头 is one long compressed line (w:w 68%), no '文件'. Effective 2024-10-01 and expires 2026-09-30 are stated in the body "
            "(missing = high: they are what '这份清单什么时候到期' asks); the repealed 2023年版 文号 新自贸乌管发〔2023〕11号 must not be the 文号 (high). "
            "The 附件 is a landscape section: '附件' label, two-line title, '说明' heading are furniture; 说明 1.–7. are clauses (label 1–7). "
            "Table: header row 序号｜领域｜特别管理措施 repeated on each PDF page (a repeated header becoming a row = medium); 12 group rows "
            "(一、农、林、牧、渔业 … 十二、文化、体育和娱乐业) merged across the table are headings — as clauses they are tolerable-low only if they "
            "do not absorb a 措施 row; better as context of the rows. 27 措施 rows, each 'n｜领域｜措施'; 领域 merged vertically for 种业 (1–3), "
            "研究和试验发展 (19–20), 教育 (22–23): each of those rows must still carry its 领域 (missing 领域 on the 2nd/3rd row = medium). A row lost "
            "or two rows merged across the page break = high. Row labels should be the 序号 (1–27); labels restarting per group or taking "
            "the group numeral (一、…) = medium. 版记 (on its own final portrait page) and '— N —' footers are furniture."
        ),
    }]


if __name__ == "__main__":
    os.chdir(HERE)
    make_seal(HERE / "_seal_hb.png", "湖北省商务厅")
    make_seal(HERE / "_seal_xa.png", "西安市商务局")
    make_seal(HERE / "_seal_ur.png", "中国新疆自由贸易试验区乌鲁木齐片区管理委员会")
    make_hubei()
    make_xian()
    make_urumqi()
    for s in HERE.glob("_seal_*.png"):
        s.unlink()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", ", ".join(sorted(EXPECTED)))
