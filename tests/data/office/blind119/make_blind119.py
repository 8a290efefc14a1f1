# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 119: money as offices allocate it.

Writes, next to itself (each .docx plus the PDF LibreOffice makes of it):
  blind119_guangxi_zijin.docx    桂财外〔2024〕45号  广西壮族自治区财政厅 广西壮族自治区商务厅 联合 资金下达通知
                                 (2024年中国（广西）自由贸易试验区建设专项资金（第二批）). Joint 版头 laid out as a
                                 borderless 2x2 table ("文件" merged over two organ names); body cites the earlier
                                 预算 document 桂财外〔2023〕112号 and says the money must be spent by 2024年12月31日;
                                 附件 分配表 (市别｜项目单位｜项目名称｜下达金额（万元）｜备注) with 市别 merged vertically,
                                 thousands separators, decimals, a 合计 row merged across three columns; the 自治区本级 row breaks
                                 across the page 5/6 boundary of the PDF (header repeated on page 6); the joint 落款 (a borderless
                                 1x2 table, two seals) sits alone on page 4 under "（此页无正文）".
  blind119_qingdao_jixiao.docx   青商函〔2024〕88号  青岛市商务局 函 to 青岛市财政局 (信函格式) 报送 2025年度 专项资金 绩效目标;
                                 附件 绩效目标表 with merged 一级指标/二级指标 cells, a vertical "绩效指标" cell, a key/value
                                 upper block (项目名称, 主管部门, 项目资金 …), 指标值 like ≥90%、≤30日、≤100万元.
  blind119_honghe_gongshi.docx   红自贸管公〔2024〕3号  中国（云南）自由贸易试验区红河片区管理委员会 公示 of 50 拟补助企业
                                 (序号｜企业名称｜统一社会信用代码｜补助类别｜补助金额（元）), the table running over two PDF pages
                                 with its header row repeated; 公示期 2024年9月9日至9月13日.
  expected.json  (meta, clauses, _note; where each row applies)
  files/         the three .docx, for `BRI_KB_HOME=kb bri ingest files`
All numbers, names of people, companies, credit codes and dates are fictional; the places and organs are real.
Run: python make_blind119.py   (needs python-docx, lxml, Pillow, LibreOffice `soffice`).
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


# ======================================================================
# (a) 广西 财政厅 商务厅 联合 资金下达通知
# ======================================================================
GX_TITLE = "广西壮族自治区财政厅 广西壮族自治区商务厅关于下达2024年中国（广西）自由贸易试验区建设专项资金（第二批）的通知"
GX_TITLE_LINES = ["广西壮族自治区财政厅 广西壮族自治区", "商务厅关于下达2024年中国（广西）", "自由贸易试验区建设专项资金", "（第二批）的通知"]
GX_TO = "南宁市、钦州市、崇左市、防城港市财政局、商务局，中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区管委会"
GX_ATT = "2024年中国（广西）自由贸易试验区建设专项资金（第二批）分配表"
GX_HDR = ["市别", "项目单位", "项目名称", "下达金额（万元）", "备注"]
NN = "中国（广西）自由贸易试验区南宁片区管理委员会"
QZ = "中国（广西）自由贸易试验区钦州港片区管理委员会"
CZ = "中国（广西）自由贸易试验区崇左片区管理委员会"
GX_ROWS = [
    ["南宁市", NN, "中国—东盟跨境数据服务平台建设", 1250.00, ""],
    ["南宁市", NN, "面向东盟的跨境金融服务中心运营补助", 386.50, ""],
    ["南宁市", "南宁市商务局", "中国—东盟博览会自贸试验区专题展", 212.80, ""],
    ["钦州市", QZ, "西部陆海新通道海铁联运班列运营补助", 2100.00, "按实际开行列数清算"],
    ["钦州市", QZ, "钦州港智慧口岸“一站式”通关服务平台", 875.25, ""],
    ["崇左市", CZ, "凭祥—同登跨境货运通道智能化改造", 930.00, "中越跨境合作项目"],
    ["崇左市", CZ, "中越跨境劳务合作服务中心建设", 158.75, ""],
    ["防城港市", "防城港市商务局", "东兴国家重点开发开放试验区与自贸试验区联动创新项目", 300.00, "自贸试验区协同发展区"],
    ["自治区本级", "广西壮族自治区商务厅", "自贸试验区制度创新成果第三方评估", 120.00, "由自治区商务厅统筹使用"],
]
GX_TOTAL = round(sum(r[3] for r in GX_ROWS), 2)
GX_BODY = [
    ("p", "为贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，支持中国（广西）自由贸易试验区深化面向东盟的开放合作，根据《广西壮族自治区财政厅关于提前下达2024年自治区本级商务发展专项资金预算的通知》（桂财外〔2023〕112号）和《中国（广西）自由贸易试验区建设专项资金管理办法》（桂财外规〔2022〕8号）有关规定，经自治区人民政府同意，现下达2024年中国（广西）自由贸易试验区建设专项资金（第二批）" + money(GX_TOTAL) + "万元（具体分配见附件），并就有关事项通知如下："),
    ("h1", "一、资金支持方向"),
    ("k", "（一）南宁片区。", "重点支持中国—东盟跨境数据服务平台建设和面向东盟的跨境金融服务中心运营，推动跨境人民币结算、跨境数据流动等领域制度创新。"),
    ("k", "（二）钦州港片区。", "重点支持西部陆海新通道海铁联运班列常态化运营和钦州港智慧口岸建设，海铁联运班列运营补助按照实际开行列数据实清算，多退少补。"),
    ("k", "（三）崇左片区。", "重点支持凭祥—同登跨境货运通道智能化改造和中越跨境劳务合作服务中心建设，提升中越边境口岸通关效率。"),
    ("k", "（四）协同发展区。", "防城港市要统筹用好下达资金，推动东兴国家重点开发开放试验区与自贸试验区在跨境贸易、跨境旅游等领域开展联动创新。"),
    ("h1", "二、预算科目"),
    ("p", "上述资金列入2024年政府收支分类科目“2160299其他商贸事务支出”，其中下达各市的资金列入“230”转移性支出科目，请各市财政局按照预算管理有关规定及时办理指标下达手续。"),
    ("h1", "三、资金管理要求"),
    ("k", "（一）及时分解下达。", "各市财政局要会同同级商务主管部门，在收到本通知之日起30日内将资金分解下达到项目单位，并将分解下达文件抄送自治区财政厅、商务厅。"),
    ("k", "（二）加快支出进度。", "项目单位要加快项目实施和资金支付进度，资金须于2024年12月31日前支出完毕。截至2024年12月31日仍未支出的资金，由自治区财政按规定收回统筹使用。"),
    ("k", "（三）严格绩效管理。", "各市、各片区要对照区域绩效目标做好绩效运行监控，于2025年1月31日前将资金使用情况和绩效自评报告报送自治区财政厅、商务厅。绩效评价结果将作为以后年度资金分配的重要依据。"),
    ("k", "（四）强化监督检查。", "各级财政、商务部门要加强资金监管，严禁截留、挪用、挤占专项资金，对违规使用资金的，依照《中华人民共和国预算法》《财政违法行为处罚处分条例》等有关规定追究责任。"),
]


def make_guangxi():
    stem = "blind119_guangxi_zijin"
    doc = new_doc(title_prop="关于下达2024年自贸试验区建设专项资金（第二批）的通知", author="自治区财政厅经建处")
    exp = []
    joint_banner(doc, ["广西壮族自治区财政厅", "广西壮族自治区商务厅"])
    para(doc, "", first=0)
    para(doc, "桂财外〔2024〕45号", first=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(doc)
    para(doc, "", first=0)
    for ln in GX_TITLE_LINES:
        para(doc, ln, XBS, 22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "", first=0)
    para(doc, GX_TO + "：", first=0)
    body3(doc, GX_BODY, exp)
    # 附件说明
    para(doc, "", first=0)
    p = para(doc, "附件：" + GX_ATT, first=0)
    fmt(p, left=32 + 48, hanging=48)
    # joint 落款 does not fit under the 附件说明: it goes to the next page, headed "（此页无正文）" as offices do
    p = para(doc, "（此页无正文）", first=32)
    p.paragraph_format.page_break_before = True
    for _ in range(3):
        para(doc, "", first=0)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t); set_col_widths(t, [7.8, 7.8]); t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, o in enumerate(["广西壮族自治区财政厅", "广西壮族自治区商务厅"]):
        ctext(t.rows[0].cells[i], o, FS, 16, line=Pt(28.95))
    float_picture(t.rows[0].cells[0].paragraphs[0], HERE / "_seal_gxcz.png", 4.2, 1.6, -1.4)
    float_picture(t.rows[0].cells[1].paragraphs[0], HERE / "_seal_gxsw.png", 4.2, 1.6, -1.4)
    para(doc, "2024年6月18日", first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    para(doc, "（此件公开发布）", first=32)
    para(doc, "（联系人：自治区财政厅经济建设处 黄某某，电话：0771-5331426；自治区商务厅自贸区处 韦某某，电话：0771-2109375）", first=32)
    # 附件 page
    att_page(doc, "附件")
    para(doc, "", first=0, line=Pt(14))
    for ln in ["2024年中国（广西）自由贸易试验区建设专项资金", "（第二批）分配表"]:
        para(doc, ln, XBS, 18, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(30))
    para(doc, "", first=0, line=Pt(14))
    widths = [2.0, 4.4, 4.8, 2.4, 2.0]
    rows = GX_ROWS
    tbl = doc.add_table(rows=1 + len(rows) + 1, cols=5)
    table_borders(tbl); set_col_widths(tbl, widths); tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(GX_HDR):
        ctext(tbl.rows[0].cells[i], h, HT, 11)
    repeat_header(tbl.rows[0])
    for r, row in enumerate(rows, start=1):
        ctext(tbl.rows[r].cells[1], row[1], FS, 11, align=WD_ALIGN_PARAGRAPH.LEFT)
        ctext(tbl.rows[r].cells[2], row[2], FS, 11, align=WD_ALIGN_PARAGRAPH.LEFT)
        ctext(tbl.rows[r].cells[3], money(row[3]), "Times New Roman", 11, align=WD_ALIGN_PARAGRAPH.RIGHT)
        ctext(tbl.rows[r].cells[4], row[4], FS, 10, align=WD_ALIGN_PARAGRAPH.LEFT)
        row_height(tbl.rows[r], 30)
    # 市别 merged vertically over each city's rows
    start = 1
    for r in range(2, len(rows) + 2):
        if r == len(rows) + 1 or rows[r - 1][0] != rows[start - 1][0]:
            c = tbl.cell(start, 0)
            if r - 1 > start:
                c = c.merge(tbl.cell(r - 1, 0))
            ctext(c, rows[start - 1][0], FS, 11)
            start = r
    last = len(rows) + 1
    m = tbl.cell(last, 0).merge(tbl.cell(last, 2))
    ctext(m, "合　　计", HT, 11)
    ctext(tbl.cell(last, 3), money(GX_TOTAL), "Times New Roman", 11, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    ctext(tbl.cell(last, 4), "", FS, 10)
    row_height(tbl.rows[last], 30)
    for r, row in enumerate(rows):
        s = f"市别：{row[0]}；项目单位：{row[1]}；项目名称：{row[2]}；下达金额（万元）：{money(row[3])}"
        if row[4]:
            s += f"；备注：{row[4]}"
        exp.append(s)
    exp.append(f"市别：合计；下达金额（万元）：{money(GX_TOTAL)}")
    banji(doc, ["抄送：财政部广西监管局，自治区审计厅，自治区发展改革委，各有关市人民政府。"],
          printer=("广西壮族自治区财政厅办公室", "2024年6月19日"))
    finish(doc, stem)
    applies = {
        "intro, 二、预算科目, 三、(一)-(四)": "广西壮族自治区 (the whole region / 中国（广西）自由贸易试验区)",
        "一、（一）南宁片区": "南宁片区 (南宁市 tolerable-low)",
        "一、（二）钦州港片区": "钦州港片区 (钦州市 tolerable-low)",
        "一、（三）崇左片区": "崇左片区 (崇左市 / 凭祥 tolerable-low)",
        "一、（四）协同发展区": "防城港市 (东兴 tolerable)",
        "分配表 rows 1-2 (南宁片区管委会)": "南宁片区 (南宁市 tolerable-low)",
        "分配表 row 3 (南宁市商务局)": "南宁市",
        "分配表 rows 4-5": "钦州港片区 (钦州市 tolerable-low)",
        "分配表 rows 6-7": "崇左片区 (崇左市 tolerable-low)",
        "分配表 row 8": "防城港市",
        "分配表 row 9 (自治区本级)": "广西壮族自治区 (whole region)",
        "合计 row": "广西壮族自治区 (whole region); a 合计 row applied to the last city in the table is wrong (medium)",
    }
    EXPECTED[stem] = [{
        "meta": {
            "title": GX_TITLE,
            "doc_number": "桂财外〔2024〕45号",
            "issuer": ["广西壮族自治区财政厅", "广西壮族自治区商务厅"],
            "date": "2024-06-18",
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": [GX_ATT],
            "kind": "通知",
            "addressees": ["南宁市、钦州市、崇左市、防城港市财政局、商务局", "中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区管委会"],
            "cites": ["桂财外〔2023〕112号", "桂财外规〔2022〕8号"],
            "spend_by": "2024-12-31 (a spending deadline, NOT an expiry of the document)",
            "total": money(GX_TOTAL) + "万元",
            "cc": ["财政部广西监管局", "自治区审计厅", "自治区发展改革委", "各有关市人民政府"],
            "printed_by": "广西壮族自治区财政厅办公室", "printed_date": "2024-06-19",
            "applies": applies,
        },
        "clauses": exp,
        "_note": (
            "Joint 资金下达通知. 版头 is a borderless 2x2 table (two organ names stacked, '文件' merged on the right): furniture, must not become a clause "
            "nor the title; the two organ names are the issuers (both; only one = high). 文号 桂财外〔2024〕45号 (not the cited 桂财外〔2023〕112号 or 桂财外规〔2022〕8号: "
            "taking a cited number = high). Title on three 小标宋 lines (join without spaces; a space between the two organ names inside line 1 is part of the real title, "
            "tolerable either way). Headings '一、资金支持方向' '二、预算科目' '三、资金管理要求' (黑体, alone) are headings; '（一）南宁片区。' etc. are 楷体 lead-ins of "
            "clauses. effective/expires: none — the 2024-12-31 spending deadline and the 2025-01-31 report deadline are NOT the document's expiry (reading one as "
            "expires = medium). The 落款 is a borderless 1x2 table of the two organ names (furniture, not a clause/table row) with seals; date 2024-06-18 below. "
            "Furniture: red rule, 主送, 附件说明, 落款, '（此件公开发布）', 联系人 line (tolerable as a clause, low), '附件' label and table title, 版记 (抄送 + 印发 2024-06-19), "
            "'— N —' page numbers. 分配表: 市别 is merged vertically (南宁市 over 3 rows, 钦州市 and 崇左市 over 2): every row must carry its 市别 (a row without it = medium; "
            "amount attached to the wrong city = high). Amounts keep their thousands separators and decimals (1,250.00; dropping the comma is tolerable, changing the "
            "number is high). Empty 备注 cells are omitted. 合计 row ('合　　计' merged over three columns, full-width spaces inside): 'xxx：合计；下达金额（万元）：6,333.30' "
            "in any form is fine, the label may be '合计' or '合　　计'; losing it = medium. PDF: the last data row (自治区本级｜广西壮族自治区商务厅｜自贸试验区制度创新成果第三方评估｜120.00｜由自治区商务厅统筹使用) "
            "is split by the page break between pages 5 and 6 ('自治区本'/'级', '…创新成果'/'第三方评估', '由自治区'/'商务厅统筹使用') and the header row is repeated at the top of page 6: "
            "the row must be rejoined (two half-rows = medium, a half-row fused into the 合计 row or the repeated header = medium, text lost = high). "
            "'（此页无正文）' at the top of page 4 is furniture (as a clause = medium)."
        ),
    }]


# ======================================================================
# (b) 青岛市商务局 函 + 绩效目标表
# ======================================================================
QD_TITLE = "青岛市商务局关于报送2025年度服务“一带一路”对外开放专项资金绩效目标的函"
QD_ATT = "2025年度服务“一带一路”对外开放专项资金绩效目标表"
QD_PROJ = "2025年度青岛市服务“一带一路”对外开放专项资金"
QD_GOAL = ("1.支持企业参加共建“一带一路”国家重点展会，巩固拓展东盟、中亚、中东欧等市场；\n"
           "2.支持企业建设境外经贸合作区和海外仓，完善面向共建国家的国际营销服务网络；\n"
           "3.支持中国（山东）自由贸易试验区青岛片区开展对外投资合作制度创新，带动全市对共建“一带一路”国家进出口额增长8%以上。")
QD_IND = [
    ["产出指标", "数量指标", "支持企业参加共建“一带一路”国家重点展会", "≥120家次"],
    ["产出指标", "数量指标", "支持境外经贸合作区及海外仓项目", "≥8个"],
    ["产出指标", "数量指标", "青岛片区内获支持企业数量", "≥40家"],
    ["产出指标", "质量指标", "资金拨付合规率", "100%"],
    ["产出指标", "质量指标", "项目验收合格率", "≥90%"],
    ["产出指标", "时效指标", "资金拨付时限", "审核通过后≤30日"],
    ["产出指标", "成本指标", "单个海外仓项目补助上限", "≤100万元"],
    ["产出指标", "成本指标", "展会类补助占专项资金比重", "≤30%"],
    ["效益指标", "经济效益指标", "带动企业对共建“一带一路”国家进出口额增长", "≥8%"],
    ["效益指标", "经济效益指标", "境外经贸合作区入区企业年产值", "≥15亿元"],
    ["效益指标", "社会效益指标", "新增对外投资备案企业", "≥30家"],
    ["效益指标", "可持续影响指标", "政策持续发挥作用年限", "≥3年"],
    ["满意度指标", "服务对象满意度指标", "受支持企业满意度", "≥90%"],
]
QD_BODY = [
    ("p", "市财政局："),
    ("p", "根据《青岛市财政局关于编制2025年市级部门预算的通知》（青财预〔2024〕31号）和《青岛市市级预算绩效目标管理办法》有关要求，我局编制了2025年度服务“一带一路”对外开放专项资金绩效目标，现将有关情况函告如下："),
    ("h1", "一、资金安排情况"),
    ("p", "2025年度服务“一带一路”对外开放专项资金拟安排3,600.00万元，全部为市级财政拨款，主要用于支持企业开拓共建“一带一路”国家市场、建设境外经贸合作区和海外仓，以及中国（山东）自由贸易试验区青岛片区对外投资合作制度创新。"),
    ("h1", "二、绩效目标设定情况"),
    ("p", "绩效目标设置一级指标3个、二级指标8个、三级指标13个，具体见附件。"),
    ("k", "（一）产出目标。", "全年支持企业参加共建“一带一路”国家重点展会不少于120家次，支持境外经贸合作区及海外仓项目不少于8个，资金在项目审核通过后30日内拨付到位。"),
    ("k", "（二）效益目标。", "带动全市企业对共建“一带一路”国家进出口额增长8%以上，新增对外投资备案企业30家以上。"),
    ("k", "（三）青岛片区目标。", "青岛片区内获支持企业不少于40家，片区对外投资合作制度创新成果纳入全市复制推广清单。"),
    ("h1", "三、下一步工作"),
    ("p", "我局将加强绩效运行监控，资金执行结束后及时开展绩效自评。"),
    ("x", "联系人：市商务局规划财务处 孙某某，电话：0532-85911527。"),
]


def make_qingdao():
    stem = "blind119_qingdao_jixiao"
    doc = new_doc(title_prop="", author="Administrator", letter=True)
    doc.sections[0].different_first_page_header_footer = True  # 信函格式: no page number on page 1
    exp = []
    letter_head(doc, "青岛市商务局", "青商函〔2024〕88号")
    para(doc, "", first=0)
    for ln in ["青岛市商务局关于报送2025年度", "服务“一带一路”对外开放专项资金", "绩效目标的函"]:
        para(doc, ln, XBS, 22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "", first=0)
    # first body item is the 主送 (furniture)
    para(doc, QD_BODY[0][1], first=0)
    body3(doc, QD_BODY[1:], exp)
    para(doc, "", first=0)
    p = para(doc, "附件：" + QD_ATT, first=0)
    fmt(p, left=32 + 48, hanging=48)
    p = luokuan(doc, "青岛市商务局", "2024年10月22日", HERE / "_seal_qd.png", seal_x=9.6, seal_y=-1.3, blanks=1)
    para(doc, "（此件公开发布）", first=32)
    # 附件
    att_page(doc, "附件")
    para(doc, "", first=0, line=Pt(12))
    para(doc, QD_ATT, XBS, 18, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(30))
    p = para(doc, "填报单位（盖章）：青岛市商务局\t填报日期：2024年10月20日", FS, 12, first=0, line=Pt(22), before=6, after=4)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.0))
    nrow = 6 + len(QD_IND) + 1
    tbl = doc.add_table(rows=nrow, cols=5)
    table_borders(tbl); set_col_widths(tbl, [1.6, 2.2, 2.9, 5.8, 3.1]); tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    S = 11
    c = tbl.cell(0, 0).merge(tbl.cell(0, 1)); ctext(c, "项目名称", HT, S)
    c = tbl.cell(0, 2).merge(tbl.cell(0, 4)); ctext(c, QD_PROJ, FS, S, align=WD_ALIGN_PARAGRAPH.LEFT)
    c = tbl.cell(1, 0).merge(tbl.cell(1, 1)); ctext(c, "主管部门", HT, S)
    ctext(tbl.cell(1, 2), "青岛市商务局", FS, S)
    ctext(tbl.cell(1, 3), "实施单位", HT, S)
    ctext(tbl.cell(1, 4), "青岛市商务局、各区（市）商务主管部门", FS, 10)
    c = tbl.cell(2, 0).merge(tbl.cell(4, 1)); ctext(c, "项目资金\n（万元）", HT, S)
    for r, (k, v) in enumerate([("年度资金总额", "3,600.00"), ("其中：财政拨款", "3,600.00"), ("其他资金", "0.00")], start=2):
        c = tbl.cell(r, 2).merge(tbl.cell(r, 3)); ctext(c, k, FS, S)
        ctext(tbl.cell(r, 4), v, "Times New Roman", S, align=WD_ALIGN_PARAGRAPH.RIGHT)
    c = tbl.cell(5, 0).merge(tbl.cell(5, 1)); ctext(c, "年度\n总体目标", HT, S)
    c = tbl.cell(5, 2).merge(tbl.cell(5, 4)); ctext(c, QD_GOAL, FS, S, align=WD_ALIGN_PARAGRAPH.LEFT)
    # indicator block
    h = 6
    for i, t in enumerate(["一级指标", "二级指标", "三级指标", "指标值"], start=1):
        ctext(tbl.cell(h, i), t, HT, S)
    c = tbl.cell(h, 0).merge(tbl.cell(nrow - 1, 0)); ctext(c, "绩\n效\n指\n标", HT, S)
    for j, row in enumerate(QD_IND):
        r = h + 1 + j
        ctext(tbl.cell(r, 3), row[2], FS, S, align=WD_ALIGN_PARAGRAPH.LEFT)
        ctext(tbl.cell(r, 4), row[3], FS, S)
    for col in (1, 2):
        start = 0
        for j in range(1, len(QD_IND) + 1):
            if j == len(QD_IND) or tuple(QD_IND[j][:col]) != tuple(QD_IND[start][:col]):
                c = tbl.cell(h + 1 + start, col)
                if j - 1 > start:
                    c = c.merge(tbl.cell(h + j, col))
                ctext(c, QD_IND[start][col - 1], FS, S)
                start = j
    for r in tbl.rows:
        cant_split(r)
    exp += [
        f"项目名称：{QD_PROJ}",
        "主管部门：青岛市商务局；实施单位：青岛市商务局、各区（市）商务主管部门",
        "项目资金（万元）：年度资金总额：3,600.00",
        "项目资金（万元）：其中：财政拨款：3,600.00",
        "项目资金（万元）：其他资金：0.00",
        "年度总体目标：" + QD_GOAL.replace("\n", ""),
    ]
    for row in QD_IND:
        exp.append(f"一级指标：{row[0]}；二级指标：{row[1]}；三级指标：{row[2]}；指标值：{row[3]}")
    banji(doc, ["抄送：市审计局。"], printer=("青岛市商务局办公室", "2024年10月22日"))
    finish(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": QD_TITLE,
            "doc_number": "青商函〔2024〕88号",
            "issuer": ["青岛市商务局"],
            "date": "2024-10-22",
            "level": "municipal",
            "region": "青岛市",
            "effective": None,
            "expires": None,
            "attachments": [QD_ATT],
            "kind": "函",
            "addressees": ["市财政局"],
            "cites": ["青财预〔2024〕31号"],
            "cc": ["市审计局"], "printed_by": "青岛市商务局办公室", "printed_date": "2024-10-22",
            "applies": {
                "all clauses and indicator rows": "青岛市",
                "intro sentence mentioning 青岛片区, 一、资金安排情况": "青岛市 (mentions 青岛片区 as one use; 青岛片区 alone would be too narrow, medium)",
                "（三）青岛片区目标 and indicator row '青岛片区内获支持企业数量'": "青岛片区 (中国（山东）自由贸易试验区青岛片区); 青岛市 tolerable-low",
                "年度总体目标 row (item 3 names 青岛片区)": "青岛市 (青岛片区 too narrow, low)",
            },
        },
        "clauses": exp,
        "_note": (
            "信函格式 函 (organ name without '文件', red thick-thin double rule, 文号 right-aligned under the rule, no page number on page 1). 主送 '市财政局：' "
            "is furniture. 'YYY' in the 文号 is 函 (青商函); cited 青财预〔2024〕31号 must not become the 文号 (high). Headings 一、二、三、 alone (黑体) are headings; "
            "（一）（二）（三） are 楷体 lead-ins. The 联系人 line is tolerable as a clause or furniture (low). "
            "绩效目标表: upper block is key/value with merged cells (项目名称 over 2 cols; '项目资金（万元）' merged over 3 rows x 2 cols with the three money rows "
            "beside it). Reading the upper block as 'k：v' pairs in any sensible grouping is fine (e.g. one clause '项目资金（万元）：年度资金总额：3,600.00；其中：财政拨款：3,600.00；"
            "其他资金：0.00' is fine); treating '项目名称' row as the header of the whole table (so every indicator row is labelled '项目名称：…') = medium. "
            "The indicator header row (一级指标｜二级指标｜三级指标｜指标值) sits in the MIDDLE of the table (row 7), beside the vertical '绩\\n效\\n指\\n标' cell merged "
            "over 15 rows; indicator rows must be keyed by that mid-table header; a leading '绩效指标' key is tolerable. 一级指标 is merged vertically (产出指标 over 8 rows, "
            "效益指标 over 4) and 二级指标 too (数量指标 over 3, 质量 2, 成本 2, 经济效益 2): each row must carry its 一级/二级 values (missing = medium; wrong value = high). "
            "指标值 keep their signs: ≥120家次, 100%, ≥90%, 审核通过后≤30日, ≤100万元, ≤30% (losing ≥/≤ = high, it reverses the meaning). "
            "'填报单位（盖章）：青岛市商务局  填报日期：2024年10月20日' above the table is form furniture (tolerable as a clause, low; the 2024-10-20 must not become the date). "
            "Furniture: 版头, 文号, double rule, 附件说明, 落款 + seal, '（此件公开发布）', '附件' label + table title, 版记, page numbers."
        ),
    }]


# ======================================================================
# (c) 红河片区管委会 公示 (50 rows over two pages)
# ======================================================================
HH_ORG = "中国（云南）自由贸易试验区红河片区管理委员会"
HH_TITLE = "中国（云南）自由贸易试验区红河片区管理委员会关于2024年度跨境贸易发展扶持资金拟补助企业名单的公示"
HH_ATT = "2024年度红河片区跨境贸易发展扶持资金拟补助企业名单"
HH_HDR = ["序号", "企业名称", "统一社会信用代码", "补助类别", "补助金额（元）"]
_HH_NAMES = [
    ("532532", "河口县", ["瑞丰边贸", "滇越通进出口", "红河口岸物流", "北山货场仓储", "中越互市商品加工", "南溪河农产品", "桥头供应链", "瑶山果蔬进出口",
                          "坝洒国际物流", "河口华越橡胶", "红岸跨境电子商务", "北山互市贸易服务", "河口通达报关", "滇南热带水果", "边城木业",
                          "老街桥冷链物流", "河口金穗粮油", "东盟之窗跨境电商", "中越通汽车运输", "河口新航国际货运"]),
    ("532503", "蒙自市", ["蒙自经开区石榴", "红河综保供应链", "蒙自锡业进出口", "滇南国际陆港", "雨过天晴花卉", "蒙自铁路物流园", "红河东盟商贸",
                          "蒙自新材料科技", "滇越铁路文化旅游", "南湖跨境电商", "蒙自过桥米线食品", "红河综保区保税仓储", "蒙自高原特色农业",
                          "蒙自电子信息", "红河聚智供应链管理"]),
    ("532500", "红河州", ["红河州开投国际贸易", "云南红河跨境物流", "红河州中越经贸服务", "云南滇越通关服务", "红河州农垦进出口", "云南红河东盟咖啡",
                          "红河州边贸结算服务", "云南南方锡业国际贸易", "红河哈尼梯田红米", "云南红河海外仓运营", "红河州建投供应链",
                          "云南滇南汽车进出口", "红河州冷链物流集团", "云南红河电子口岸", "云南边合区产业发展"]),
]
_HH_SUFFIX = ["有限公司", "有限公司", "有限责任公司", "有限公司"]
_HH_CAT = [("互市落地加工补助", [180000, 96500.5, 243000, 120750]),
           ("跨境物流运费补助", [58600, 312400, 87250.8, 150000]),
           ("中越跨境班列补助", [500000, 420000, 268900]),
           ("跨境电商补助", [35000, 62800, 110000, 47500]),
           ("进出口增量奖励", [200000, 300000, 80000, 150000, 50000]),
           ("海外仓建设补助", [450000, 380000])]


def hh_rows():
    rows = []
    k = 0
    for area, place, names in _HH_NAMES:
        for i, nm in enumerate(names):
            if len(rows) >= 50:
                break
            base = nm if nm.startswith(("河口", "蒙自", "红河", "云南")) else place.replace("县", "").replace("市", "") + nm
            name = base + ("有限责任公司" if len(base) <= 7 and k % 2 else "有限公司")
            body8 = "%08d" % ((k * 7919 + 3517) * 2654435761 % 10 ** 8)
            body8 = "MA" + body8[2:] if k % 3 == 0 else body8
            cat, amts = _HH_CAT[(k * 5) % len(_HH_CAT)]
            amt = amts[k % len(amts)]
            rows.append([str(len(rows) + 1), name, credit_code(area, body8), cat, money(amt)])
            k += 1
    return rows


def make_honghe():
    stem = "blind119_honghe_gongshi"
    rows = hh_rows()
    assert len(rows) == 50
    total = sum(float(r[4].replace(",", "")) for r in rows)
    doc = new_doc(title_prop="", author="jjfzj")
    exp = []
    banner_scaled(doc, HH_ORG, 26, 70)
    para(doc, "", first=0)
    para(doc, "红自贸管公〔2024〕3号", first=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(doc)
    para(doc, "", first=0)
    for ln in ["中国（云南）自由贸易试验区红河片区", "管理委员会关于2024年度跨境贸易发展", "扶持资金拟补助企业名单的公示"]:
        para(doc, ln, XBS, 22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "", first=0)
    items = [
        ("p", "根据《中国（云南）自由贸易试验区红河片区支持跨境贸易高质量发展若干措施》（红自贸管发〔2023〕15号）和《2024年度红河片区跨境贸易发展扶持资金申报指南》有关规定，经企业申报、县（市）商务部门初审、第三方机构审核、管委会主任办公会审议，拟对" + rows[0][1] + "等50家企业给予跨境贸易发展扶持资金补助，补助资金合计" + money(total) + "元。为体现公开、公平、公正原则，现将拟补助企业名单予以公示（详见附件）。"),
        ("h1", "一、公示时间"),
        ("p", "2024年9月9日至2024年9月13日（5个工作日）。"),
        ("h1", "二、异议受理"),
        ("p", "公示期间，任何单位和个人对公示内容有异议的，可通过书面、电话或电子邮件等方式向红河片区管委会经济发展局反映。以单位名义反映的，须加盖单位公章；以个人名义反映的，须署真实姓名并提供有效联系方式。匿名及超过公示期的异议不予受理。"),
        ("p", "受理地点：云南省红河哈尼族彝族自治州蒙自市天马路红河综合保税区综合服务楼512室。"),
        ("p", "联系人：杨某某、普某某；联系电话：0873-3728516；电子邮箱：hhpq_jjfzj@126.com。"),
        ("h1", "三、其他事项"),
        ("p", "公示期满无异议或异议经核实不成立的，按程序拨付补助资金；异议经核实成立的，取消该企业本年度补助资格。企业获得的补助资金应按规定进行会计处理，并自觉接受财政、审计等部门的监督检查。"),
    ]
    body3(doc, items, exp)
    para(doc, "", first=0)
    p = para(doc, "附件：" + HH_ATT, first=0)
    fmt(p, left=32 + 48, hanging=48)
    luokuan(doc, HH_ORG, "2024年9月6日", HERE / "_seal_hh.png", seal_x=6.4, seal_y=-1.3, blanks=1)
    # 附件
    att_page(doc, "附件")
    para(doc, "", first=0, line=Pt(10))
    para(doc, HH_ATT, XBS, 18, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(30))
    para(doc, "", first=0, line=Pt(10))
    tbl = doc.add_table(rows=1 + len(rows) + 1, cols=5)
    table_borders(tbl); set_col_widths(tbl, [0.9, 5.0, 3.6, 3.3, 2.6]); tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(HH_HDR):
        ctext(tbl.rows[0].cells[i], h, HT, 9, line=Pt(13))
    repeat_header(tbl.rows[0])
    for r, row in enumerate(rows, start=1):
        for i, v in enumerate(row):
            ctext(tbl.rows[r].cells[i], v, "Times New Roman" if i in (2, 4) else FS, 9,
                  align=WD_ALIGN_PARAGRAPH.RIGHT if i == 4 else WD_ALIGN_PARAGRAPH.LEFT if i in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER, line=Pt(13))
        cant_split(tbl.rows[r])
        row_height(tbl.rows[r], 17)
    last = len(rows) + 1
    m = tbl.cell(last, 0).merge(tbl.cell(last, 3)); ctext(m, "合计", HT, 9, line=Pt(13))
    ctext(tbl.cell(last, 4), money(total), "Times New Roman", 9, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT, line=Pt(13))
    row_height(tbl.rows[last], 17)
    for row in rows:
        exp.append("；".join(f"{h}：{v}" for h, v in zip(HH_HDR, row)))
    exp.append(f"序号：合计；补助金额（元）：{money(total)}")
    banji(doc, ["抄送：红河州商务局，红河州财政局，蒙自市人民政府，河口瑶族自治县人民政府。"],
          printer=("红河片区管委会综合办公室", "2024年9月6日"))
    finish(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": HH_TITLE,
            "doc_number": "红自贸管公〔2024〕3号",
            "issuer": [HH_ORG],
            "date": "2024-09-06",
            "level": "municipal (a 片区管委会 under 红河州; county tolerable-low)",
            "region": "中国（云南）自由贸易试验区红河片区 (红河哈尼族彝族自治州 tolerable; 云南省 = medium)",
            "effective": None,
            "expires": None,
            "publicity_period": "2024-09-09 to 2024-09-13",
            "attachments": [HH_ATT],
            "kind": "公示",
            "addressees": [],
            "cites": ["红自贸管发〔2023〕15号"],
            "total": money(total) + "元",
            "rows": 50,
            "cc": ["红河州商务局", "红河州财政局", "蒙自市人民政府", "河口瑶族自治县人民政府"],
            "printed_by": "红河片区管委会综合办公室", "printed_date": "2024-09-06",
            "applies": {
                "body clauses": "红河片区 (红河州 tolerable-low)",
                "each of the 50 company rows": "红河片区 (the 片区 gives the money); a company named 河口…/蒙自… read as 河口县/蒙自市 is tolerable (more specific, not wrong); 云南省 = medium; 'no place' = medium",
                "合计 row": "红河片区",
                "受理地点 clause (蒙自市…)": "红河片区 (蒙自市 tolerable)",
            },
        },
        "clauses": exp,
        "_note": (
            "公示: no 主送; 版头 = the long 管委会 name compressed (w:w 78%) on one red line, no '文件'. 文号 红自贸管公〔2024〕3号 (not the cited 红自贸管发〔2023〕15号: high). "
            "公示期 2024-09-09—2024-09-13 is NOT effective/expires (reading it so = medium: a reader answering '有效期' with the 公示期 misleads). "
            "Headings 一、公示时间 / 二、异议受理 / 三、其他事项 (黑体, alone) are headings. 受理地点 and 联系人 lines are tolerable as clauses or furniture (low). "
            "The table has 50 company rows + 合计 and runs over two PDF pages; the header row is repeated on the second page (w:tblHeader) — the repeated header must not "
            "become a row (medium) and the page break must not split or merge rows (merged/lost row = high: it is a named company's money). Each row: "
            "'序号：n；企业名称：…；统一社会信用代码：91532532…；补助类别：…；补助金额（元）：180,000.00'. 18-character credit codes (valid GB 32100 check characters) "
            "must come through intact (one altered character = high). The '— N —' footers, the '附件' label and the table title are furniture. "
            "合计 row '合计' merged over four columns: any '合计 … 12,…' form is fine. 版记 (抄送 + 印发) is furniture."
        ),
    }]


if __name__ == "__main__":
    os.chdir(HERE)
    make_seal(HERE / "_seal_gxcz.png", "广西壮族自治区财政厅")
    make_seal(HERE / "_seal_gxsw.png", "广西壮族自治区商务厅")
    make_seal(HERE / "_seal_qd.png", "青岛市商务局")
    make_seal(HERE / "_seal_hh.png", "中国云南自由贸易试验区红河片区管理委员会")
    make_guangxi()
    make_qingdao()
    make_honghe()
    for s in HERE.glob("_seal_*.png"):
        s.unlink()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", ", ".join(sorted(k for k in EXPECTED if not k.startswith("_"))))
