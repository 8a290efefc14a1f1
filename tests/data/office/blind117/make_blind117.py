# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 117: 公文 exported from an OA system's Word template, with the fields held in content controls.

Writes, next to itself (each .docx plus the PDF LibreOffice makes of it):
  blind117_zhejiang_tongzhi.docx   浙商务发〔2025〕27号  浙江省商务厅 通知 (自贸试验区服务“一带一路”重要枢纽建设 2025年工作).
                                   文号, 签发人, 标题 (two lines, w:br inside the control), 主送 and 成文日期 (a date-picker control)
                                   each sit in an inline w:sdt (alias/tag "文号", "签发人", "标题", "主送", "成文日期");
                                   the whole 正文 (paragraphs, a 任务分工 table, the 附件说明) is ONE block-level w:sdt (alias "正文").
                                   docProps title is the stale template name "OA公文模板（通知）".
  blind117_lianyungang_han.docx    连政办函〔2025〕41号 连云港市人民政府办公室 函 to 江苏省商务厅 (信函格式, first page without page number).
                                   抄送 line = a control still showing its placeholder "单击此处输入文字。" (w:showingPlcHdr);
                                   附件说明 = a w15:repeatingSection with three w15:repeatingSectionItem lines;
                                   附件1 申请表 has w14:checkbox controls (☒是 ☐否) and a 备注 row still showing "单击或点击此处输入文字。".
  blind117_zhengzhou_tongzhi.docx  郑自贸管〔2025〕14号 中国（河南）自由贸易试验区郑州片区管理委员会 通知 (空中丝绸之路/跨境电商支持措施).
                                   bookmarks "文号" around the 文号 and "落款" spanning the 落款 organ + date paragraphs (plus Word's _GoBack);
                                   one measure paragraph wrapped in a block-level w:customXml; dates (incl. the 落款 date) in
                                   w:smartTag chsdate, the 联系人 name in a w:smartTag PersonName.
  expected.json  (meta, clauses, _note; what must be read and what is furniture / placeholder text)
  files/         the three .docx, for `BRI_KB_HOME=kb bri ingest files`
All numbers, names of people and dates are fictional; the places and organs are real.
Run: python make_blind117.py   (needs python-docx, lxml, Pillow, LibreOffice `soffice`).
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



# ---------------------------------------------------------------- round 117: content controls, bookmarks, customXml, smartTag
import zipfile

from docx.enum.style import WD_STYLE_TYPE
from docx.text.run import Run
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_sdt_ids = [-1854013000]
_bm_ids = [10]


def next_id():
    _sdt_ids[0] -= 7919
    return str(_sdt_ids[0])


def mk_run(text, east=FS, size=16, bold=False, color=None, rstyle=None, br_after=False):
    r = OxmlElement("w:r")
    run = Run(r, None)
    set_font(run, east, size, bold, color)
    if rstyle:
        rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), rstyle)
        r.get_or_add_rPr().insert(0, rs)
    t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t)
    if br_after:
        r.append(OxmlElement("w:br"))
    return r


def sdt_pr(alias=None, tag=None, lock=None, placeholder=False, showing=False, kind="text", date=None,
           checked=None, east=FS, size=16, bold=False):
    pr = OxmlElement("w:sdtPr")
    rpr_run = mk_run("", east, size, bold)
    pr.append(copy.deepcopy(rpr_run.find(qn("w:rPr"))))
    if alias:
        a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    if tag:
        t = OxmlElement("w:tag"); t.set(qn("w:val"), tag); pr.append(t)
    i = OxmlElement("w:id"); i.set(qn("w:val"), next_id()); pr.append(i)
    if lock:
        lk = OxmlElement("w:lock"); lk.set(qn("w:val"), lock); pr.append(lk)
    if placeholder:
        ph = OxmlElement("w:placeholder"); dp = OxmlElement("w:docPart"); dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
        ph.append(dp); pr.append(ph)
    if showing:
        pr.append(OxmlElement("w:showingPlcHdr"))
    if kind == "text":
        pr.append(OxmlElement("w:text"))
    elif kind == "date":
        d = OxmlElement("w:date"); d.set(qn("w:fullDate"), date + "T00:00:00Z")
        for tagname, val in (("w:dateFormat", "yyyy'年'M'月'd'日'"), ("w:lid", "zh-CN"), ("w:storeMappedDataAs", "dateTime"), ("w:calendar", "gregorian")):
            e = OxmlElement(tagname); e.set(qn("w:val"), val); d.append(e)
        pr.append(d)
    elif kind == "checkbox":
        cb = etree.SubElement(pr, "{%s}checkbox" % W14, nsmap={"w14": W14})
        etree.SubElement(cb, "{%s}checked" % W14, {"{%s}val" % W14: "1" if checked else "0"})
        etree.SubElement(cb, "{%s}checkedState" % W14, {"{%s}val" % W14: "2612", "{%s}font" % W14: "MS Gothic"})
        etree.SubElement(cb, "{%s}uncheckedState" % W14, {"{%s}val" % W14: "2610", "{%s}font" % W14: "MS Gothic"})
    elif kind == "repeating":
        etree.SubElement(pr, "{%s}repeatingSection" % W15, nsmap={"w15": W15})
    elif kind == "repeating_item":
        etree.SubElement(pr, "{%s}repeatingSectionItem" % W15, nsmap={"w15": W15})
    elif kind == "richtext":
        pass
    return pr


def inline_sdt(p_el, run_els, **kw):
    sdt = OxmlElement("w:sdt")
    sdt.append(sdt_pr(**kw))
    c = OxmlElement("w:sdtContent")
    for r in run_els:
        c.append(r)
    sdt.append(c)
    p_el.append(sdt)
    return sdt


def wrap_block(body_el, elements, **kw):
    """Move consecutive body-level elements into one block-level content control."""
    sdt = OxmlElement("w:sdt")
    sdt.append(sdt_pr(**kw))
    c = OxmlElement("w:sdtContent")
    elements[0].addprevious(sdt)
    for e in elements:
        c.append(e)
    sdt.append(c)
    return sdt


def new_elems(doc, before):
    body_el = doc.element.body
    return [e for e in body_el if e not in before and e.tag != qn("w:sectPr")]


def bookmark(p_el, name, start_at_begin=True, end_el=None):
    """bookmarkStart at the beginning of p_el's content; bookmarkEnd at the end of end_el (or p_el)."""
    _bm_ids[0] += 1
    bid = str(_bm_ids[0])
    s = OxmlElement("w:bookmarkStart"); s.set(qn("w:id"), bid); s.set(qn("w:name"), name)
    ppr = p_el.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(s)
    else:
        p_el.insert(0, s)
    e = OxmlElement("w:bookmarkEnd"); e.set(qn("w:id"), bid)
    (end_el if end_el is not None else p_el).append(e)


def goback(p_el):
    s = OxmlElement("w:bookmarkStart"); s.set(qn("w:id"), "0"); s.set(qn("w:name"), "_GoBack")
    e = OxmlElement("w:bookmarkEnd"); e.set(qn("w:id"), "0")
    p_el.append(s); p_el.append(e)


def smart_tag(p_el, element, attrs, run_els):
    st = OxmlElement("w:smartTag")
    st.set(qn("w:uri"), "urn:schemas-microsoft-com:office:smarttags")
    st.set(qn("w:element"), element)
    pr = OxmlElement("w:smartTagPr")
    for k, v in attrs:
        a = OxmlElement("w:attr"); a.set(qn("w:name"), k); a.set(qn("w:val"), v); pr.append(a)
    st.append(pr)
    for r in run_els:
        st.append(r)
    p_el.append(st)
    return st


def chsdate(p_el, y, m, d, east=FS, size=16):
    return smart_tag(p_el, "chsdate", [("IsROCDate", "False"), ("IsLunarDate", "False"), ("Day", str(d)), ("Month", str(m)), ("Year", str(y))],
                     [mk_run(f"{y}年{m}月{d}日", east, size)])


def custom_xml_wrap(p_el, uri, element, attrs):
    cx = OxmlElement("w:customXml")
    cx.set(qn("w:uri"), uri); cx.set(qn("w:element"), element)
    pr = OxmlElement("w:customXmlPr")
    for k, v in attrs:
        a = OxmlElement("w:attr"); a.set(qn("w:name"), k); a.set(qn("w:val"), v); pr.append(a)
    cx.append(pr)
    p_el.addprevious(cx)
    cx.append(p_el)
    return cx


def placeholder_style(doc):
    st = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    st.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    st.element.set(qn("w:styleId"), "PlaceholderText")
    return st


def fix_ns(path):
    """Declare w15 on the root and mark it ignorable, as Word does."""
    src = zipfile.ZipFile(path)
    items = [(i, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == "word/document.xml":
                s = data.decode("utf-8")
                s = s.replace('mc:Ignorable="w14 wp14"', f'xmlns:w15="{W15}" mc:Ignorable="w14 w15 wp14"', 1)
                data = s.encode("utf-8")
            z.writestr(info, data)


def finish2(doc, stem):
    out = HERE / f"{stem}.docx"
    doc.save(out)
    fix_ns(out)
    convert(out)
    files = HERE / "files"
    files.mkdir(exist_ok=True)
    (files / out.name).write_bytes(out.read_bytes())


def seal_on(p, seal, x, y):
    float_picture(p, seal, 4.2, x, y)


# ======================================================================
# (a) 浙江省商务厅 通知 — fields in inline content controls, 正文 in one block control
# ======================================================================
ZJ_TITLE = "浙江省商务厅关于做好2025年中国（浙江）自由贸易试验区服务“一带一路”重要枢纽建设工作的通知"
ZJ_TO = "各设区市商务局，中国（浙江）自由贸易试验区舟山片区、宁波片区、杭州片区、金义片区管委会"
ZJ_ATT = "2025年各片区服务“一带一路”重要枢纽建设工作联络员名单"
ZJ_TASK_HDR = ["序号", "重点任务", "责任单位", "完成时限"]
ZJ_TASKS = [
    ["1", "油气贸易额达到1.2万亿元", "舟山片区管委会、宁波片区管委会", "2025年12月底"],
    ["2", "“义新欧”中欧班列开行2800列以上", "金义片区管委会", "2025年12月底"],
    ["3", "海铁联运箱量达到180万标准箱", "宁波片区管委会", "2025年12月底"],
    ["4", "新增跨境电商独立站200个以上", "杭州片区管委会", "2025年10月底"],
]
ZJ_LIAISON_HDR = ["片区", "单位及职务", "联络员", "联系电话"]
ZJ_LIAISON = [
    ["舟山片区", "舟山片区管委会政策研究室副主任", "王某某", "0580-2281136"],
    ["宁波片区", "宁波片区管委会综合协调处处长", "陈某某", "0574-89283305"],
    ["杭州片区", "杭州片区管委会改革创新处副处长", "李某某", "0571-85254417"],
    ["金义片区", "金义片区管委会开放合作局局长", "朱某某", "0579-82470526"],
]


def make_zhejiang():
    stem = "blind117_zhejiang_tongzhi"
    seal = HERE / "_seal_zj.png"
    doc = new_doc(title_prop="OA公文模板（通知）", author="oa-admin")
    doc.core_properties.subject = "公文正文"
    doc.core_properties.keywords = "红头模板"
    exp = []
    # 版头
    banner(doc, "浙江省商务厅文件", 40, spacing_pt=2, before=24)
    para(doc, "", first=0)
    para(doc, "", first=0)
    # 文号 + 签发人 (上行文式的 OA 模板行)
    p = para(doc, "", first=0, left=16, right=16)
    inline_sdt(p._p, [mk_run("浙商务发〔2025〕27号")], alias="文号", tag="文号", lock="sdtLocked")
    p._p.append(mk_run("\t"))
    p._p.append(mk_run("签发人："))
    inline_sdt(p._p, [mk_run("韩某某", KT)], alias="签发人", tag="签发人", east=KT)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(32), alignment=2)
    p = para(doc, "", first=0, line=Pt(12))
    border(p, "bottom", "FF0000", 18, space=1)
    # 标题 in an inline control, two lines with a w:br inside it
    para(doc, "", first=0)
    p = para(doc, "", first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    inline_sdt(p._p, [mk_run("浙江省商务厅关于做好2025年中国（浙江）", XBS, 22, br_after=True),
                      mk_run("自由贸易试验区服务“一带一路”重要枢纽", XBS, 22, br_after=True),
                      mk_run("建设工作的通知", XBS, 22)],
               alias="标题", tag="标题", east=XBS, size=22, kind="richtext")
    para(doc, "", first=0)
    # 主送 in an inline control, the colon outside it
    p = para(doc, "", first=0)
    inline_sdt(p._p, [mk_run(ZJ_TO)], alias="主送", tag="主送")
    p._p.append(mk_run("："))

    # 正文: everything until the 附件说明 goes into one block-level control
    before = set(doc.element.body)
    body(doc, [
        ("p", "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署和省委、省政府关于高水平建设中国（浙江）自由贸易试验区的工作要求，加快打造服务“一带一路”重要枢纽，经省政府同意，现就做好2025年有关工作通知如下："),
        ("h1", "一、提升油气全产业链开放水平"),
        ("run", [("（一）扩大油气贸易规模。", KT, False), ("支持舟山片区、宁波片区油气贸易企业与共建“一带一路”国家开展原油、成品油、液化天然气贸易合作，力争全年油气贸易额达到1.2万亿元。对年度油气贸易额首次突破100亿元的企业，由所在片区按规定给予奖励。", FS, False)]),
        ("run", [("（二）提升保税燃料油加注能力。", KT, False), ("舟山片区年度保税燃料油加注量力争达到750万吨，推动宁波舟山港开展绿色甲醇、液化天然气加注业务，探索建立与共建“一带一路”国家港口的燃料油供应合作机制。", FS, False)]),
        ("h1", "二、畅通国际物流大通道"),
        ("h2", "（一）深化“义新欧”中欧班列建设。"),
        ("p", "1.金义片区全年开行“义新欧”中欧班列2800列以上，新增至中亚、东南亚线路3条以上。"),
        ("p", "2.支持班列平台企业在共建“一带一路”国家布局海外仓和集结中心，对新建海外仓面积5000平方米以上的，按照《浙江省商务发展专项资金管理办法》给予支持。"),
        ("run", [("（二）推进海铁联运发展。", KT, False), ("宁波片区要依托宁波舟山港，拓展至西部陆海新通道沿线城市的海铁联运线路，全年完成海铁联运箱量180万标准箱。", FS, False)]),
        ("h1", "三、拓展数字贸易合作"),
        ("run", [("（一）建设“丝路电商”合作先行区。", KT, False), ("杭州片区重点推进以下工作：", FS, False)]),
        ("p", "1.培育跨境电商标杆企业。"),
        ("p", "（1）支持企业在共建“一带一路”国家开设独立站和海外品牌店，全年新增独立站200个以上。"),
        ("p", "（2）组织企业参加“丝路电商”伙伴国线上国家馆活动不少于10场。"),
        ("p", "2.推进数字贸易规则对接。在数据跨境流动、电子发票、数字身份认证等领域开展先行先试，形成制度创新成果不少于5项。"),
        ("run", [("（二）办好专题经贸活动。", KT, False), ("依托全球数字贸易博览会举办“一带一路”数字贸易专题活动，邀请共建国家政府部门、商协会和企业参展参会。", FS, False)]),
        ("h1", "四、强化工作保障"),
        ("run", [("（一）加强统筹协调。", KT, False), ("各设区市商务局要会同相关片区管委会建立工作专班，于2025年4月15日前将工作专班名单报省商务厅（省自贸办）。", FS, False)]),
        ("run", [("（二）强化监测评估。", KT, False), ("各片区于每季度结束后10日内报送工作进展情况，省商务厅将进展情况纳入自贸试验区年度评估。2025年重点任务分工如下：", FS, False)]),
    ], exp)
    grid_table(doc, ZJ_TASK_HDR, ZJ_TASKS, [1.4, 6.0, 5.0, 3.2], size=12, center_cols=(0, 3))
    for r in ZJ_TASKS:
        exp.append(kv(zip(ZJ_TASK_HDR, r)))
    runs(doc, [("五、", HT, False), ("本通知自2025年4月1日起施行，有效期2年。", FS, False)])
    exp.append("五、本通知自2025年4月1日起施行，有效期2年。")
    para(doc, "", first=0)
    para(doc, "附件：" + ZJ_ATT, first=0, left=32 + 48, hanging=48)
    wrap_block(doc.element.body, new_elems(doc, before), alias="正文", tag="正文", kind="richtext")

    # 落款 + 成文日期 (date picker)
    for _ in range(3):
        para(doc, "", first=0)
    p = para(doc, "浙江省商务厅", first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64 + 16 * 2)
    p.paragraph_format.keep_with_next = True
    p2 = para(doc, "", first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    inline_sdt(p2._p, [mk_run("2025年3月18日")], alias="成文日期", tag="成文日期", kind="date", date="2025-03-18", lock="sdtLocked")
    seal_on(p, seal, 8.6, -1.4)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)

    att_page(doc, "附件")
    att_title(doc, ["2025年各片区服务“一带一路”重要枢纽", "建设工作联络员名单"])
    grid_table(doc, ZJ_LIAISON_HDR, ZJ_LIAISON, [2.2, 6.6, 2.4, 4.4], size=12, center_cols=(0, 2, 3))
    for r in ZJ_LIAISON:
        exp.append(kv(zip(ZJ_LIAISON_HDR, r)))
    banji(doc, ["抄送：商务部自由贸易区港建设协调司，省发展改革委、省财政厅，杭州海关、宁波海关。"], printer=("浙江省商务厅办公室", "2025年3月19日"))
    finish2(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": ZJ_TITLE,
            "doc_number": "浙商务发〔2025〕27号",
            "issuer": ["浙江省商务厅"],
            "signer": "韩某某 (签发人)",
            "date": "2025-03-18",
            "level": "provincial",
            "region": "浙江省",
            "effective": "2025-04-01",
            "expires": "2027-03-31 (有效期2年 from 2025-04-01; 2027-04-01 tolerable-low)",
            "attachments": [ZJ_ATT],
            "kind": "通知",
            "addressees": ["各设区市商务局", "中国（浙江）自由贸易试验区舟山片区、宁波片区、杭州片区、金义片区管委会"],
            "cc": ["商务部自由贸易区港建设协调司", "省发展改革委", "省财政厅", "杭州海关", "宁波海关"],
            "printed_by": "浙江省商务厅办公室", "printed_date": "2025-03-19",
            "applies": {
                "（一）扩大油气贸易规模": "舟山片区, 宁波片区 (中国（浙江）自由贸易试验区)",
                "（二）提升保税燃料油加注能力": "舟山片区",
                "二、（一）1.": "金义片区",
                "二、（二）推进海铁联运发展": "宁波片区",
                "三、（一）… 1.（1）（2） 2.": "杭州片区 (lead-in '杭州片区重点推进以下工作：')",
                "others": "浙江省 / 中国（浙江）自由贸易试验区 (all 片区)",
            },
        },
        "clauses": exp,
        "_note": (
            "OA-template export. MUST be read (real content, all inside content controls): 文号 '浙商务发〔2025〕27号' (inline w:sdt alias 文号), "
            "签发人 '韩某某' (inline w:sdt, same line after a tab), 标题 (inline w:sdt, two lines split by a w:br INSIDE the control — join without space), "
            "主送 (inline w:sdt; the '：' is outside the control), the ENTIRE 正文 (one block-level w:sdt alias 正文 holding 25 paragraphs, the 任务分工 table "
            "and the 附件说明), and 成文日期 '2025年3月18日' (inline date-picker w:sdt, w:fullDate 2025-03-18). A reader that walks only body-level w:p / w:tbl "
            "sees a document with a 版头, an empty title, no body and no date: losing the 正文 is high, losing 文号/标题/日期 is high. "
            "docProps title 'OA公文模板（通知）' and subject/keywords are stale template properties: using them as the title is high. "
            "Headings '一、提升…' '二、畅通…' '三、拓展…' '四、强化…' (黑体, alone on the line) and '（一）深化“义新欧”中欧班列建设。' (楷体, alone) are headings, not clauses "
            "(tolerable as heading-kind entries). '1.培育跨境电商标杆企业。' is a short item that introduces （1）（2）: clause or heading, either tolerable. "
            "Furniture: 版头 '浙江省商务厅文件', 文号/签发人 line, red rule, 主送, 附件说明 (inside the 正文 control!), 落款 + seal, '（此件公开发布）', '附件' label + title, "
            "版记 (抄送 + '浙江省商务厅办公室 2025年3月19日印发'), page numbers. Dates '2025年4月15日' (专班名单 deadline) and '2025年12月底' are not document dates. "
            "Table rows (任务分工, 联络员名单) one clause per row."
        ),
    }]


# ======================================================================
# (b) 连云港市人民政府办公室 函 — placeholder, repeating section, checkboxes
# ======================================================================
LYG_TITLE = "连云港市人民政府办公室关于商请支持中国（江苏）自由贸易试验区连云港片区建设“一带一路”强支点有关事项的函"
LYG_ATTS = ["连云港片区支持事项申请表", "上合组织（连云港）国际物流园2025年建设项目清单", "连云港片区服务“一带一路”强支点建设情况报告"]


def make_lianyungang():
    stem = "blind117_lianyungang_han"
    seal = HERE / "_seal_lyg.png"
    doc = new_doc(title_prop="", author="lygszfb", letter=True)
    placeholder_style(doc)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True  # 信函格式：首页不显示页码
    sec.first_page_footer.paragraphs[0].text = ""
    exp = []
    # 信函格式版头: 发文机关名称 + 武文线 (thick over thin), 文号 right-aligned under it
    banner(doc, "连云港市人民政府办公室", 36, spacing_pt=1, before=0)
    p = para(doc, "", first=0, line=Pt(10))
    border(p, "bottom", "FF0000", 24, val="thickThinSmallGap", space=1)
    para(doc, "连政办函〔2025〕41号", first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=16)
    title(doc, ["连云港市人民政府办公室关于商请支持", "中国（江苏）自由贸易试验区连云港片区建设", "“一带一路”强支点有关事项的函"])
    para(doc, "江苏省商务厅：", first=0)
    body(doc, [
        ("p", "中国（江苏）自由贸易试验区连云港片区（以下简称连云港片区）设立以来，依托中哈（连云港）物流合作基地和上合组织（连云港）国际物流园，积极服务共建“一带一路”，2024年完成中欧（亚）班列开行量820列、海河联运量1560万吨。为加快推进“一带一路”强支点建设，现就有关事项商请如下："),
        ("run", [("一、支持开展中欧（亚）班列运贸一体化试点。", HT, False), ("恳请贵厅支持连云港片区开展中欧（亚）班列运贸一体化试点，在班列运输、贸易结算、保险融资等环节开展集成创新，并在省级商务发展专项资金中对试点给予倾斜支持。", FS, False)]),
        ("run", [("二、支持申报国家进口贸易促进创新示范区。", HT, False), ("连云港片区拟以上合组织（连云港）国际物流园为核心区申报国家进口贸易促进创新示范区，恳请贵厅在申报指导、评审推荐等方面给予支持。", FS, False)]),
        ("run", [("三、支持片区企业申报省级“一带一路”重点项目。", HT, False), ("2025年连云港片区拟推荐6个项目申报省级“一带一路”重点项目，总投资约48亿元，恳请贵厅优先纳入省级重点项目库。", FS, False)]),
        ("p", "专此函商，请予支持为盼。"),
    ], exp)
    # 附件说明 as a repeating-section content control, one item per attachment
    para(doc, "", first=0)
    rep_paras = []
    before = set(doc.element.body)
    for i, a in enumerate(LYG_ATTS):
        if i == 0:
            q = para(doc, "附件：1." + a, first=0)
            fmt(q, left=32 + 48, hanging=48)
        else:
            q = para(doc, f"{i + 1}." + a, first=0)
            fmt(q, left=32 + 48, first=0)
        rep_paras.append(q._p)
    outer = wrap_block(doc.element.body, rep_paras, alias="附件", tag="附件列表", kind="repeating")
    content = outer.find(qn("w:sdtContent"))
    for q in list(content):
        item = OxmlElement("w:sdt")
        item.append(sdt_pr(kind="repeating_item"))
        ic = OxmlElement("w:sdtContent")
        q.addprevious(item)
        ic.append(q)
        item.append(ic)
    # 落款
    for _ in range(2):
        para(doc, "", first=0)
    p = para(doc, "连云港市人民政府办公室", first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=48)
    p.paragraph_format.keep_with_next = True
    para(doc, "2025年6月12日", first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    seal_on(p, seal, 8.2, -1.4)
    para(doc, "", first=0)
    para(doc, "（联系人：市商务局 李某某；联系电话：0518-85822316）", first=32)

    # 附件1: 申请表 with checkbox controls and a placeholder row
    att_page(doc, "附件1")
    att_title(doc, [LYG_ATTS[0]])
    form = [
        ("申请单位", "连云港市人民政府办公室"),
        ("片区名称", "中国（江苏）自由贸易试验区连云港片区"),
        ("申请事项", "中欧（亚）班列运贸一体化试点"),
        ("是否涉及共建“一带一路”国家", None),
        ("是否已纳入省级重点项目", None),
        ("2025年预计班列开行量", "900列"),
        ("申请省级支持资金（万元）", "1500"),
        ("备注", None),
    ]
    tbl = grid_table(doc, None, [[k, v or ""] for k, v in form], [7.4, 8.2], size=14, center_cols=(0,))
    checks = {3: (True, False), 4: (False, True)}
    for ri, (yes, no) in checks.items():
        cp = tbl.rows[ri].cells[1].paragraphs[0]
        for r in list(cp._p.findall(qn("w:r"))):
            cp._p.remove(r)
        inline_sdt(cp._p, [mk_run("☒" if yes else "☐", SONG, 14)], alias="勾选", tag=f"chk_{ri}_yes", kind="checkbox", checked=yes, east=SONG, size=14)
        cp._p.append(mk_run("是　　", FS, 14))
        inline_sdt(cp._p, [mk_run("☒" if no else "☐", SONG, 14)], alias="勾选", tag=f"chk_{ri}_no", kind="checkbox", checked=no, east=SONG, size=14)
        cp._p.append(mk_run("否", FS, 14))
    cp = tbl.rows[7].cells[1].paragraphs[0]
    for r in list(cp._p.findall(qn("w:r"))):
        cp._p.remove(r)
    inline_sdt(cp._p, [mk_run("单击或点击此处输入文字。", FS, 14, rstyle="PlaceholderText")], alias="备注", tag="备注",
               placeholder=True, showing=True, east=FS, size=14)
    exp += [
        "申请单位：连云港市人民政府办公室",
        "片区名称：中国（江苏）自由贸易试验区连云港片区",
        "申请事项：中欧（亚）班列运贸一体化试点",
        "是否涉及共建“一带一路”国家：☒是　☐否",
        "是否已纳入省级重点项目：☐是　☒否",
        "2025年预计班列开行量：900列",
        "申请省级支持资金（万元）：1500",
    ]
    # 版记: 抄送 still showing its placeholder
    para(doc, "", first=0)
    p = para(doc, "", first=0, left=14, right=14, line=Pt(26))
    p._p.append(mk_run("抄送：", FS, 14))
    inline_sdt(p._p, [mk_run("单击此处输入文字。", FS, 14, rstyle="PlaceholderText")], alias="抄送", tag="抄送",
               placeholder=True, showing=True, east=FS, size=14)
    border(p, "top", "000000", 8, space=2)
    border(p, "bottom", "000000", 4, space=2)
    q = doc.add_paragraph()
    set_font(q.add_run("连云港市人民政府办公室"), FS, 14)
    set_font(q.add_run("\t2025年6月12日印发"), FS, 14)
    fmt(q, first=0, left=14, right=14, line=Pt(26))
    q.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(28), alignment=2)
    border(q, "bottom", "000000", 8, space=2)
    finish2(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": LYG_TITLE,
            "doc_number": "连政办函〔2025〕41号",
            "issuer": ["连云港市人民政府办公室"],
            "date": "2025-06-12",
            "level": "municipal",
            "region": "连云港市",
            "effective": None,
            "expires": None,
            "attachments": LYG_ATTS,
            "kind": "函",
            "addressees": ["江苏省商务厅"],
            "cc": None,
            "printed_by": "连云港市人民政府办公室", "printed_date": "2025-06-12",
            "applies": {"all clauses": "连云港市 / 中国（江苏）自由贸易试验区连云港片区 (NOT 江苏省 as a whole; 江苏省商务厅 is only the addressee)"},
        },
        "clauses": exp,
        "_note": (
            "信函格式 函 (red organ name without '文件', thick-thin red rule, 文号 right-aligned under it, first page without page number, later pages '— N —'). "
            "MUST be read: the 3 附件 lines inside a w15:repeatingSection (each in its own w15:repeatingSectionItem block control) → attachments = the three titles "
            "(only 附件1 is bound into this file; 附件2/3 travel as separate OA attachments — listing them is right). The 申请表 rows; the two checkbox rows must keep "
            "which box is ticked (w14:checked=1 → ☒): '是否涉及共建“一带一路”国家' = 是, '是否已纳入省级重点项目' = 否; 'header：是' / 'header：否' or the raw ☒/☐ text are tolerable, "
            "losing the row or the tick state (both boxes read as the same, or '☐是 ☐否') is medium, inverting it is high. "
            "FURNITURE / must NOT be read as content: the placeholder text '单击此处输入文字。' in the 抄送 line (w:showingPlcHdr) — cc must be empty/None, reporting "
            "cc='单击此处输入文字。' is medium; the 备注 row whose value is the placeholder '单击或点击此处输入文字。' — drop the row or keep '备注：' with an empty value "
            "(a clause '备注：单击或点击此处输入文字。' is medium). Other furniture: 版头, rule, 文号, 主送 '江苏省商务厅：', 落款 + seal, the 联系人 附注 in parentheses, "
            "'附件1' label + title, 版记, page numbers. The closing '专此函商，请予支持为盼。' is tolerable either as a clause or as furniture. "
            "No 施行/有效期: effective/expires must be None (2024 / 2025 figures are not dates of the letter)."
        ),
    }]


# ======================================================================
# (c) 郑州片区管委会 通知 — bookmarks, customXml, smartTags
# ======================================================================
ZZ_ORG = "中国（河南）自由贸易试验区郑州片区管理委员会"
ZZ_TITLE = ZZ_ORG + "关于支持“空中丝绸之路”和跨境电商高质量发展的通知"
ZZ_ATT = "郑州片区“空中丝绸之路”和跨境电商支持事项申报材料清单"


def make_zhengzhou():
    stem = "blind117_zhengzhou_tongzhi"
    seal = HERE / "_seal_zz.png"
    doc = new_doc(title_prop="", author="zzftz")
    exp = []
    banner_scaled(doc, ZZ_ORG + "文件", 28, 58)
    para(doc, "", first=0)
    para(doc, "", first=0)
    p = para(doc, "郑自贸管〔2025〕14号", first=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    bookmark(p._p, "文号")
    p = para(doc, "", first=0, line=Pt(12))
    border(p, "bottom", "FF0000", 18, space=1)
    para(doc, "", first=0)
    tp = []
    for ln in ["中国（河南）自由贸易试验区郑州片区", "管理委员会关于支持“空中丝绸之路”", "和跨境电商高质量发展的通知"]:
        tp.append(para(doc, ln, XBS, 22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36)))
    bookmark(tp[0]._p, "标题", end_el=tp[-1]._p)
    para(doc, "", first=0)
    para(doc, "郑东区块、金水区块、经开区块管理机构，片区各部门，各有关企业：", first=0)
    body(doc, [
        ("p", "为深入落实《中国（河南）自由贸易试验区建设总体方案》和郑州—卢森堡“空中丝绸之路”建设部署，推动跨境电商与国际航空物流融合发展，更好服务共建“一带一路”，经管委会研究，现就有关事项通知如下："),
        ("h1", "一、适用范围"),
        ("p", "本通知适用于工商注册地、税务征管关系和统计关系均在郑州片区的企业。"),
        ("h1", "二、支持措施"),
        ("run", [("（一）支持开通国际货运航线。", KT, False), ("对片区货运代理企业包机运营新郑国际机场至共建“一带一路”国家全货机定期航线的，每条航线给予一次性奖励50万元，单个企业年度累计不超过200万元。", FS, False)]),
    ], exp)
    p = runs(doc, [("（二）支持跨境电商海外仓建设。", KT, False), ("对片区企业在共建“一带一路”国家新建、租用面积2000平方米以上的海外仓，按照实际投入的15%给予补助，单个企业最高80万元。", FS, False)])
    exp.append("（二）支持跨境电商海外仓建设。对片区企业在共建“一带一路”国家新建、租用面积2000平方米以上的海外仓，按照实际投入的15%给予补助，单个企业最高80万元。")
    custom_xml_wrap(p._p, "http://www.zzftz.gov.cn/oa/gw/2025", "tiaokuan", [("bh", "二（二）"), ("zt", "xz")])
    body(doc, [
        ("h2", "（三）支持“跨境电商+空港”模式创新。"),
        ("p", "1.对开展跨境电商零售进口“网购保税+实体新零售”业务的企业，年度进口额达到5000万元的，给予20万元奖励。"),
        ("p", "2.对通过“9610”“9710”“9810”模式出口，年度出口额首次突破1亿元的企业，给予30万元奖励。"),
        ("h1", "三、申报程序"),
    ], exp)
    # clause with the deadline in a chsdate smart tag
    p = para(doc, "2025年度奖励事项申报截止时间为", first=32)
    chsdate(p._p, 2025, 12, 31)
    p._p.append(mk_run("，企业通过郑州片区政务服务平台在线提交申报材料（见附件），经区块管理机构初审、管委会经济发展局复核并公示5个工作日后兑现。"))
    exp.append("2025年度奖励事项申报截止时间为2025年12月31日，企业通过郑州片区政务服务平台在线提交申报材料（见附件），经区块管理机构初审、管委会经济发展局复核并公示5个工作日后兑现。")
    body(doc, [
        ("h1", "四、其他事项"),
        ("p", "（一）同一事项符合本通知和片区其他政策的，按照就高不重复原则执行。"),
    ], exp)
    p = para(doc, "（二）本通知自", first=32)
    chsdate(p._p, 2025, 8, 1)
    p._p.append(mk_run("起施行，有效期至"))
    chsdate(p._p, 2027, 7, 31)
    p._p.append(mk_run("，由郑州片区管委会经济发展局负责解释。"))
    exp.append("（二）本通知自2025年8月1日起施行，有效期至2027年7月31日，由郑州片区管委会经济发展局负责解释。")
    p = para(doc, "联系人：经济发展局 ", first=32)
    smart_tag(p._p, "PersonName", [("ProductID", "赵某某")], [mk_run("赵某某")])
    p._p.append(mk_run("，联系电话：0371-55290618。"))
    goback(p._p)
    para(doc, "", first=0)
    para(doc, "附件：" + ZZ_ATT, first=0, left=32 + 48, hanging=48)
    # 落款 in a bookmark spanning the organ and the date (date in a chsdate smart tag)
    for _ in range(3):
        para(doc, "", first=0)
    p = para(doc, ZZ_ORG, first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=16)
    p.paragraph_format.keep_with_next = True
    p2 = para(doc, "", first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    chsdate(p2._p, 2025, 7, 15)
    bookmark(p._p, "落款", end_el=p2._p)
    seal_on(p, seal, 8.8, -1.4)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)
    att_page(doc, "附件")
    att_title(doc, ["郑州片区“空中丝绸之路”和跨境电商", "支持事项申报材料清单"])
    hdr = ["序号", "材料名称", "份数", "备注"]
    rows = [
        ["1", "支持事项申报表", "1", "加盖企业公章"],
        ["2", "营业执照复印件", "1", ""],
        ["3", "航线运营协议或海外仓租赁（建设）合同", "1", "按申报事项提供"],
        ["4", "上一年度财务审计报告", "1", ""],
    ]
    grid_table(doc, hdr, rows, [1.4, 8.2, 1.6, 4.4], size=12, center_cols=(0, 2))
    for r in rows:
        exp.append(kv([(h, v) for h, v in zip(hdr, r) if v]))
    banji(doc, ["抄送：河南省商务厅，郑州市人民政府，郑州海关。"], printer=("郑州片区管理委员会办公室", "2025年7月16日"))
    finish2(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": ZZ_TITLE,
            "doc_number": "郑自贸管〔2025〕14号",
            "issuer": [ZZ_ORG],
            "date": "2025-07-15",
            "level": "municipal (a 片区 管委会 under 郑州市; 'county' tolerable-low, 'provincial' medium)",
            "region": "郑州市 / 中国（河南）自由贸易试验区郑州片区 (河南省 alone is medium)",
            "effective": "2025-08-01",
            "expires": "2027-07-31",
            "attachments": [ZZ_ATT],
            "kind": "通知",
            "addressees": ["郑东区块、金水区块、经开区块管理机构", "片区各部门", "各有关企业"],
            "cc": ["河南省商务厅", "郑州市人民政府", "郑州海关"],
            "printed_by": "郑州片区管理委员会办公室", "printed_date": "2025-07-16",
            "applies": {"all clauses": "郑州片区 (中国（河南）自由贸易试验区郑州片区), enterprises registered there (一、适用范围)"},
        },
        "clauses": exp,
        "_note": (
            "MUST be read: 文号 inside bookmark '文号'; title (3 小标宋 paragraphs inside bookmark '标题'); measure （二）海外仓 — a paragraph wrapped in a block-level "
            "w:customXml (losing it is high: it is the only 海外仓 rule); the deadline 2025年12月31日 and the 施行/有效期 dates 2025年8月1日 / 2027年7月31日 are each in a "
            "w:smartTag chsdate — losing the smart-tag text leaves '申报截止时间为，' / '本通知自起施行，有效期至，' (high: effective/expires lost); the 落款 date "
            "'2025年7月15日' is ONLY inside a chsdate smart tag inside the '落款' bookmark (date lost = high); the 联系人 name 赵某某 is in a PersonName smart tag. "
            "Headings '一、适用范围' '二、支持措施' '三、申报程序' '四、其他事项' (黑体, alone) and '（三）支持“跨境电商+空港”模式创新。' (楷体, alone) are headings. "
            "The '联系人：…' line is tolerable as clause or furniture (low). The Word '_GoBack' bookmark is invisible. "
            "Furniture: 版头 (compressed single line), 文号, red rule, 主送, 附件说明, 落款 + seal, '（此件公开发布）', '附件' label + title, 版记 (抄送 + 印发), page numbers. "
            "Table rows with an empty 备注 cell are written without that cell."
        ),
    }]


if __name__ == "__main__":
    os.chdir(HERE)
    make_seal(HERE / "_seal_zj.png", "浙江省商务厅")
    make_seal(HERE / "_seal_lyg.png", "连云港市人民政府办公室")
    make_seal(HERE / "_seal_zz.png", "中国河南自由贸易试验区郑州片区管理委员会")
    make_zhejiang()
    make_lianyungang()
    make_zhengzhou()
    for s in HERE.glob("_seal_*.png"):
        s.unlink()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", ", ".join(sorted(k for k in EXPECTED if not k.startswith("_"))))
