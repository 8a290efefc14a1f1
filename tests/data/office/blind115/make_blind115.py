# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 115: corrections, supplements and re-issues, each beside the document it changes.

Writes, next to itself (each .docx plus the PDF LibreOffice makes of it):
  blind115_fujian_tongzhi.docx     闽商务外经〔2025〕9号  福建省商务厅 印发《福建省“丝路电商”和海外仓建设专项资金管理办法》的通知
                                   (办法 = 附件1, 第一条…第十条, 第三条/第六条 have two 款; 附件2 = 申报批次安排表)
  blind115_fujian_gengzheng.docx   闽商务外经〔2025〕12号 更正通知: 附件1第三条第二款 "200万元"→"300万元", 第一条/第五条 words,
                                   附件2第5行 申报截止日期 "2025年6月30日"→"2025年8月31日"; 附件 = 更正前后内容对照表
  blind115_yantai_cuoshi.docx      烟政办发〔2024〕8号   烟台市人民政府办公室 印发 支持中国（山东）自由贸易试验区烟台片区高质量发展若干措施 (一、…十、)
  blind115_yantai_buchong.docx     烟政办发〔2024〕27号  补充通知: 在第五条后增加一条作为第六条, 原第六条至第十条依次顺延, 增加第十二条, 申报时间改
  blind115_qinzhou_banfa2022.docx  钦自贸管规〔2022〕3号 钦州港片区管委会 印发《…海铁联运发展扶持办法》(2022年版)
  blind115_qinzhou_chongxin.docx   钦自贸管规〔2025〕2号 重新印发 修订后的同名办法, 2022年版同日(2025-05-01)废止
  expected.json  (meta, clauses, _note, per-clause analyst notes and status as of several dates)
  files/         the six .docx, for `BRI_KB_HOME=kb bri ingest files`
All numbers, names of people and dates are fictional; the places and organs are real.
Run: python make_blind115.py   (needs python-docx, Pillow, LibreOffice `soffice`).
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



# ---------------------------------------------------------------- round 115
ASOF = ["2024-06-30", "2025-03-01", "2025-06-01", "2026-12-03"]
FJ_TO = "各设区市商务局，平潭综合实验区经济发展局，中国（福建）自由贸易试验区福州片区、厦门片区、平潭片区管委会："
FJ_BANFA = "福建省“丝路电商”和海外仓建设专项资金管理办法"
FJ_TONGZHI_TITLE = "福建省商务厅关于印发《福建省“丝路电商”和海外仓建设专项资金管理办法》的通知"
YT_TO = "各区市人民政府（管委），市政府各部门、各直属机构，中国（山东）自由贸易试验区烟台片区管委会："
YT_CUOSHI = "支持中国（山东）自由贸易试验区烟台片区高质量发展若干措施"
QZ_BANFA = "钦州港片区支持西部陆海新通道海铁联运发展扶持办法"
QZ_ORG = "中国（广西）自由贸易试验区钦州港片区管理委员会"
QZ_TO = "片区各部门、各直属单位，各有关企业："


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


# ======================================================================
# (a1) 福建省商务厅 2025-04-08 原通知 + 办法（附件1）+ 申报批次安排表（附件2）
# ======================================================================
FJ_ROWS_HDR = ["序号", "申报批次", "支持方向", "申报截止日期", "受理单位"]
FJ_ROWS = [
    ["1", "第一批", "海外仓建设（第三条第一款）", "2025年5月31日", "各设区市商务局、平潭综合实验区经济发展局"],
    ["2", "第一批", "公共海外仓（第三条第二款）", "2025年5月31日", "自贸试验区各片区管委会"],
    ["3", "第一批", "“丝路电商”合作（第四条）", "2025年5月31日", "各设区市商务局、平潭综合实验区经济发展局"],
    ["4", "第二批", "海外仓建设（第三条第一款）", "2025年6月30日", "各设区市商务局、平潭综合实验区经济发展局"],
    ["5", "第二批", "公共海外仓（第三条第二款）", "2025年6月30日", "自贸试验区各片区管委会"],
    ["6", "第二批", "公共服务平台（第五条）", "2025年9月30日", "各设区市商务局、平潭综合实验区经济发展局"],
]


def make_fj_tongzhi():
    stem = "blind115_fujian_tongzhi"
    seal = HERE / "_seal_fj.png"
    doc = new_doc(author="fjswt")
    exp = []
    head(doc, "福建省商务厅文件", "闽商务外经〔2025〕9号")
    title(doc, ["福建省商务厅关于印发《福建省“丝路电商”和", "海外仓建设专项资金管理办法》的通知"])
    para(doc, FJ_TO, first=0)
    body(doc, [
        ("p", "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展和加快发展外贸新业态新模式的决策部署，支持我省企业拓展“丝路电商”合作、建设海外仓，省商务厅制定了《福建省“丝路电商”和海外仓建设专项资金管理办法》，现印发给你们，并就2025年度项目申报工作通知如下，请认真贯彻执行。"),
        ("p", "一、各设区市商务局、平潭综合实验区经济发展局和自贸试验区各片区管委会要按照附件2确定的批次，组织辖区企业做好项目申报，对申报材料的真实性、完整性进行初审。"),
        ("p", "二、申报材料一式三份，经初审后于申报截止日期后10个工作日内报送省商务厅对外投资和经济合作处，同时通过福建省商务发展专项资金管理系统报送电子版。"),
        ("p", "联系人：省商务厅对外投资和经济合作处 陈某某，联系电话：0591-87852214。"),
    ], exp)
    att_list(doc, ["1." + FJ_BANFA, "2.2025年度项目申报批次安排表"])
    luokuan(doc, "福建省商务厅", "2025年4月8日", seal, seal_x=8.6, seal_y=-1.4, blanks=3)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)

    att_page(doc, "附件1")
    att_title(doc, ["福建省“丝路电商”和海外仓建设", "专项资金管理办法"])
    arts = [
        art("第一条", "为支持我省企业参与“丝路电商”合作和海外仓建设，规范省级专项资金管理，提高资金使用效益，根据《福建省省级财政专项资金管理办法》等有关规定，制定本办法。"),
        art("第二条", "本办法所称专项资金，是指省级财政安排，用于支持企业开展“丝路电商”合作、建设和运营海外仓的资金。专项资金由省商务厅、省财政厅按照职责分工共同管理。"),
        art("第三条", "支持企业在共建“一带一路”国家建设海外仓。对企业新建或租用面积3000平方米以上、年服务企业10家以上的海外仓，按实际投资额的20%给予补助，单个项目最高100万元。"),
        ("p", "对中国（福建）自由贸易试验区内企业在共建“一带一路”国家建设面积5000平方米以上公共海外仓的，按实际投资额的30%给予补助，单个项目最高200万元。"),
        art("第四条", "支持“丝路电商”合作。对企业在“丝路电商”伙伴国开设跨境电商独立站、入驻当地主流电商平台，年跨境电商出口额达到500万元以上的，按平台服务费和推广费用的50%给予补助，单个企业最高50万元。"),
        art("第五条", "支持公共服务平台建设。对为“丝路电商”企业提供通关、物流、支付结算、海外法务等公共服务的平台，年服务企业50家以上的，给予一次性奖励30万元。"),
        art("第六条", "申报专项资金的企业应当在福建省内依法注册，具有独立法人资格，近3年未发生严重失信行为。"),
        ("p", "项目由企业向所在地设区市商务局或平潭综合实验区经济发展局申报；自贸试验区内企业向所在片区管委会申报。"),
        art("第七条", "省商务厅组织专家或委托第三方机构对申报项目进行评审，评审结果在省商务厅门户网站公示5个工作日。公示无异议的，由省财政厅会同省商务厅下达资金。"),
        art("第八条", "专项资金实行“先建后补”。同一项目已获得其他省级财政资金支持的，不再重复支持。"),
        art("第九条", "对弄虚作假、骗取专项资金的，依法追回资金，5年内不再受理其申报，并按规定纳入信用记录。"),
        art("第十条", "本办法由省商务厅、省财政厅负责解释，自印发之日起施行，有效期至2027年12月31日。"),
    ]
    body(doc, arts, exp)

    att_page(doc, "附件2")
    att_title(doc, ["2025年度项目申报批次安排表"])
    grid_table(doc, FJ_ROWS_HDR, FJ_ROWS, [1.4, 1.8, 4.2, 3.2, 5.2], size=12, center_cols=(0, 1, 3))
    for r in FJ_ROWS:
        exp.append(kv(zip(FJ_ROWS_HDR, r)))
    banji(doc, ["抄送：商务部对外投资和经济合作司，省财政厅。"], printer=("福建省商务厅办公室", "2025年4月9日"))
    finish(doc, stem)

    corr = "corrected by 闽商务外经〔2025〕12号 (2025-04-21), effective from 2025-04-08 (更正后的内容自《通知》印发之日起执行)"
    EXPECTED[stem] = [{
        "meta": {
            "title": FJ_TONGZHI_TITLE,
            "doc_number": "闽商务外经〔2025〕9号",
            "issuer": ["福建省商务厅"],
            "date": "2025-04-08",
            "level": "provincial",
            "region": "福建省",
            "effective": "2025-04-08",
            "expires": "2027-12-31",
            "attachments": [FJ_BANFA, "2025年度项目申报批次安排表"],
            "kind": "通知（印发办法）",
            "addressees": ["各设区市商务局", "平潭综合实验区经济发展局", "中国（福建）自由贸易试验区福州片区、厦门片区、平潭片区管委会"],
            "status_as_of": {"2024-06-30": "not yet issued", "2025-03-01": "not yet issued",
                             "2025-06-01": "in force, as corrected", "2026-12-03": "in force, as corrected (expires 2027-12-31)"},
            "changed_by": ["闽商务外经〔2025〕12号 更正通知 (2025-04-21): 附件1 第一条 (words), 第三条第二款 200万元→300万元, 第五条 50家→30家, 附件2 第5行 申报截止日期 2025年6月30日→2025年8月31日"],
            "clause_notes": {
                "附件1 第一条": "更正: 《福建省省级财政专项资金管理办法》 → 《福建省省级财政专项资金管理暂行办法》 — " + corr,
                "附件1 第三条第二款": "更正: 单个项目最高200万元 → 300万元 — " + corr + ". Answering '公共海外仓最高补助多少' with 200万元 and no flag is the high-severity failure this round tests.",
                "附件1 第五条": "更正: 年服务企业50家以上 → 30家以上 — " + corr,
                "附件2 第5行 (序号5, 第二批 公共海外仓)": "更正: 申报截止日期 2025年6月30日 → 2025年8月31日 — " + corr + ". Row 4 (第二批 海外仓建设, also 2025年6月30日) is NOT corrected.",
            },
        },
        "clauses": exp,
        "_note": (
            "印发通知 with a short body (preamble + 一、二、 + 联系人 line) and two 附件 in the same file: 附件1 the 办法 (第一条…第十条, 黑体 run-in numbers + full-width space; "
            "第三条 and 第六条 each have a second 款 as an un-numbered 仿宋 paragraph — keep it as 第三条第二款 / inside 第三条; turning it into a free 'paragraph' cut off from 第三条 is medium, "
            "because the 更正通知 addresses it as '附件1第三条第二款'); 附件2 a 5-column table (one clause per row). Title in 2 小标宋 paragraphs split inside the 《》. "
            "Effective = 印发之日 2025-04-08 (办法 第十条), expires 2027-12-31 (办法 第十条). '申报截止日期' dates in the table and '10个工作日' are not document dates. "
            "联系人 line: clause or furniture (low). Furniture: 版头 '福建省商务厅文件', 文号, red rule, 主送, 附件说明 (2 lines), 落款 + seal, '（此件公开发布）', "
            "'附件1'/'附件2' labels and titles, 版记 (抄送 + '福建省商务厅办公室 2025年4月9日印发'), page numbers. "
            "Analyst expectation: beside 附件1 第一条, 第三条第二款, 第五条 and 附件2 row 5, the KB should say they were corrected by 闽商务外经〔2025〕12号 and give the corrected text/figure "
            "(see meta.clause_notes); the raw file text still says 200万元 / 50家 / 2025年6月30日."
        ),
    }]


# ======================================================================
# (a2) 福建省商务厅 2025-04-21 更正通知
# ======================================================================
def make_fj_gengzheng():
    stem = "blind115_fujian_gengzheng"
    seal = HERE / "_seal_fj.png"
    doc = new_doc(author="fjswt")
    exp = []
    head(doc, "福建省商务厅文件", "闽商务外经〔2025〕12号")
    title(doc, ["福建省商务厅关于《关于印发〈福建省", "“丝路电商”和海外仓建设专项资金管理办法〉", "的通知》的更正通知"])
    para(doc, FJ_TO, first=0)
    body(doc, [
        ("p", "我厅于2025年4月8日印发的《福建省商务厅关于印发〈福建省“丝路电商”和海外仓建设专项资金管理办法〉的通知》（闽商务外经〔2025〕9号，以下简称《通知》）部分内容有误，现更正如下："),
        ("p", "一、《通知》附件1第一条中“《福建省省级财政专项资金管理办法》”更正为“《福建省省级财政专项资金管理暂行办法》”。"),
        ("p", "二、《通知》附件1第三条第二款中“200万元”更正为“300万元”。"),
        ("p", "三、《通知》附件1第五条中“年服务企业50家以上”更正为“年服务企业30家以上”。"),
        ("p", "四、《通知》附件2第5行“申报截止日期”中“2025年6月30日”更正为“2025年8月31日”。"),
        ("p", "除上述更正内容外，《通知》其他内容不变。更正后的内容自《通知》印发之日起执行。已按原内容提交申报材料的企业，可在申报截止日期前补充或修改申报材料。"),
        ("p", "由此给各单位和企业带来的不便，敬请谅解。"),
    ], exp)
    att_list(doc, ["更正前后内容对照表"])
    luokuan(doc, "福建省商务厅", "2025年4月21日", seal, seal_x=8.6, seal_y=-1.4, blanks=3)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)
    att_page(doc, "附件")
    att_title(doc, ["更正前后内容对照表"])
    hdr = ["序号", "更正位置", "原内容", "更正后内容"]
    rows = [
        ["1", "附件1第一条", "《福建省省级财政专项资金管理办法》", "《福建省省级财政专项资金管理暂行办法》"],
        ["2", "附件1第三条第二款", "单个项目最高200万元", "单个项目最高300万元"],
        ["3", "附件1第五条", "年服务企业50家以上", "年服务企业30家以上"],
        ["4", "附件2第5行“申报截止日期”", "2025年6月30日", "2025年8月31日"],
    ]
    grid_table(doc, hdr, rows, [1.4, 4.2, 5.0, 5.2], size=12, center_cols=(0,))
    for r in rows:
        exp.append(kv(zip(hdr, r)))
    banji(doc, ["抄送：省财政厅。"], printer=("福建省商务厅办公室", "2025年4月21日"))
    finish(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": "福建省商务厅关于《关于印发〈福建省“丝路电商”和海外仓建设专项资金管理办法〉的通知》的更正通知",
            "doc_number": "闽商务外经〔2025〕12号",
            "issuer": ["福建省商务厅"],
            "date": "2025-04-21",
            "level": "provincial",
            "region": "福建省",
            "effective": "2025-04-21 (its corrections take effect retroactively from 2025-04-08; either date tolerable if the other is not invented)",
            "expires": None,
            "attachments": ["更正前后内容对照表"],
            "kind": "更正通知",
            "addressees": ["各设区市商务局", "平潭综合实验区经济发展局", "中国（福建）自由贸易试验区福州片区、厦门片区、平潭片区管委会"],
            "status_as_of": {"2024-06-30": "not yet issued", "2025-03-01": "not yet issued", "2025-06-01": "in force", "2026-12-03": "in force"},
            "changes": [
                {"target": "闽商务外经〔2025〕9号 附件1 第一条", "action": "correct words", "from": "2025-04-08"},
                {"target": "闽商务外经〔2025〕9号 附件1 第三条第二款", "action": "correct figure 200万元→300万元", "from": "2025-04-08"},
                {"target": "闽商务外经〔2025〕9号 附件1 第五条", "action": "correct figure 50家→30家", "from": "2025-04-08"},
                {"target": "闽商务外经〔2025〕9号 附件2 第5行", "action": "correct 申报截止日期 2025-06-30→2025-08-31", "from": "2025-04-08"},
            ],
        },
        "clauses": exp,
        "_note": (
            "The correcting document. Title in 3 小标宋 paragraphs with nested 《〈〉》 split inside the quotes (join without spaces). Body: preamble, 一、…四、 as 仿宋 paragraphs, "
            "then two un-numbered paragraphs; 附件 = 4-column 对照表 (one clause per row; rows restate 一、–四、). "
            "TRAPS: the body cites 闽商务外经〔2025〕9号 (not this file's 文号); dates 2025年4月8日 (the earlier notice), 2025年6月30日 / 2025年8月31日 (a 申报截止日期) "
            "are NOT this notice's date/effective/expires (expires=2025-08-31 or 2025-06-30 is high); '第5行' counts table rows without the header (= 序号5). "
            "Furniture: 版头, 文号, red rule, 主送, 附件说明, 落款 + seal, '（此件公开发布）', '附件' label + title, 版记, page numbers. "
            "KB-level: ask '自贸试验区公共海外仓最高补助多少' → the answer must carry 300万元 (this notice 二、 or its 对照表 row 2, or 闽商务外经〔2025〕9号 第三条第二款 flagged as corrected); "
            "returning only '单个项目最高200万元' as the rule in force is high."
        ),
    }]


# ======================================================================
# (b1) 烟台市人民政府办公室 2024-03-15 若干措施
# ======================================================================
YT_ITEMS = [
    ("一、支持开辟国际航线。", "对在烟台港新开辟至共建“一带一路”国家和日本、韩国集装箱航线，年航班数达到40班以上的航运企业，每条航线给予一次性奖励100万元。"),
    ("二、支持发展跨境电商。", "对烟台片区内年跨境电商进出口额首次突破1亿元、5亿元的企业，分别给予20万元、50万元奖励。"),
    ("三、支持保税维修和再制造。", "对在烟台片区开展“两头在外”保税维修业务、年维修货值达到5000万元以上的企业，按业务收入的3%给予奖励，单个企业每年最高200万元。"),
    ("四、支持引进总部企业。", "对新引进的跨国公司地区总部和功能性机构，实缴注册资本1亿元以上的，给予一次性落户奖励500万元。"),
    ("五、支持金融开放创新。", "对在烟台片区新设立的外资银行、保险机构，给予一次性开办奖励100万元；对开展跨境人民币结算业务年结算量10亿元以上的银行，给予20万元奖励。"),
    ("六、支持人才引进。", "对烟台片区重点企业引进的外籍高层次人才，按其上年度个人所得税地方留成部分的80%给予奖励。"),
    ("七、强化用地保障。", "烟台片区内重点产业项目用地优先纳入年度土地利用计划，工业用地可采取长期租赁、先租后让、弹性年期出让等方式供应。"),
    ("八、优化政务服务。", "推行“证照分离”改革全覆盖，涉企经营许可事项在烟台片区实行“一窗受理、集成服务”。"),
    ("九、申报兑现。", "本措施奖励资金由市、区两级财政按现行财政体制分担。企业于每年4月1日至4月30日向烟台片区管委会集中申报上年度奖励事项，经审核公示后兑现。"),
    ("十、就高不重复。", "同一企业同一事项符合本措施和市级其他政策的，按照“从高不重复”原则给予支持，不得重复享受。"),
]


def make_yt_cuoshi():
    stem = "blind115_yantai_cuoshi"
    seal = HERE / "_seal_yt.png"
    doc = new_doc(author="ytszfb")
    exp = []
    head(doc, "烟台市人民政府办公室文件", "烟政办发〔2024〕8号", size=36, spacing=0)
    title(doc, ["烟台市人民政府办公室", "关于印发支持中国（山东）自由贸易试验区", "烟台片区高质量发展若干措施的通知"])
    para(doc, YT_TO, first=0)
    body(doc, [("p", "《支持中国（山东）自由贸易试验区烟台片区高质量发展若干措施》已经市政府同意，现印发给你们，请结合实际认真贯彻执行。")], exp)
    luokuan(doc, "烟台市人民政府办公室", "2024年3月15日", seal, seal_x=8.0, seal_y=-1.4, blanks=2)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)
    new_page_title(doc, ["支持中国（山东）自由贸易试验区", "烟台片区高质量发展若干措施"])
    items = [("p", "为深入实施自由贸易试验区提升战略，推动中国（山东）自由贸易试验区烟台片区（以下简称烟台片区）在服务共建“一带一路”和中日韩地方经贸合作中发挥更大作用，制定以下措施。")]
    items += [lead(a, b) for a, b in YT_ITEMS]
    items += [("p", "本措施自2024年4月1日起施行，有效期至2027年3月31日，由烟台片区管委会会同市商务局负责解释。")]
    body(doc, items, exp)
    banji(doc, ["抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，烟台警备区。"],
          printer=("烟台市人民政府办公室", "2024年3月15日"))
    finish(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": "烟台市人民政府办公室关于印发支持中国（山东）自由贸易试验区烟台片区高质量发展若干措施的通知",
            "doc_number": "烟政办发〔2024〕8号",
            "issuer": ["烟台市人民政府办公室"],
            "date": "2024-03-15",
            "level": "municipal",
            "region": "山东省烟台市 (the measures apply within 中国（山东）自由贸易试验区烟台片区)",
            "effective": "2024-04-01",
            "expires": "2027-03-31",
            "attachments": [],
            "kind": "通知（印发措施）",
            "addressees": ["各区市人民政府（管委）", "市政府各部门、各直属机构", "中国（山东）自由贸易试验区烟台片区管委会"],
            "status_as_of": {"2024-06-30": "in force (original text: 一、…十、)",
                             "2025-03-01": "in force as supplemented by 烟政办发〔2024〕27号 (12 items; 原六、–十、 renumbered 七、–十一、)",
                             "2025-06-01": "in force as supplemented", "2026-12-03": "in force as supplemented (expires 2027-03-31)"},
            "changed_by": [("烟政办发〔2024〕27号 补充通知 (2024-09-10, effective on issue): new 第六条 (数字贸易) after 第五条; 原第六条至第十条 → 第七条至第十一条; new 第十二条 (中欧班列); "
                           "原第九条 (now 第十条) 申报时间 '每年4月1日至4月30日…集中申报上年度奖励事项' → '每年4月1日至5月31日、10月1日至10月31日分两批…申报奖励事项'")],
            "clause_notes": {
                "一、–五、": "unchanged numbering",
                "六、支持人才引进": "since 2024-09-10 numbered 第七条 (烟政办发〔2024〕27号 二、)",
                "七、强化用地保障": "since 2024-09-10 numbered 第八条",
                "八、优化政务服务": "since 2024-09-10 numbered 第九条",
                "九、申报兑现": "since 2024-09-10 numbered 第十条, and its 申报时间 changed to 每年4月1日至5月31日、10月1日至10月31日分两批 (烟政办发〔2024〕27号 四、); "
                             "answering '烟台片区奖励何时申报' with only '4月1日至4月30日' as current is high",
                "十、就高不重复": "since 2024-09-10 numbered 第十一条",
                "(new) 第六条 支持数字贸易发展 / 第十二条 支持“一带一路”国际物流枢纽建设": "exist only in 烟政办发〔2024〕27号; a question about 数字贸易 / 中欧班列 rewards in 烟台片区 should find them there",
            },
        },
        "clauses": exp,
        "_note": (
            "印发通知 (one-paragraph body, no 附件说明) followed on a new page by the 措施 with its own 2-paragraph 小标宋 title (no '附件' label) — the 措施 may be kept as part "
            "of this document or split as a second document with the same 文号; both tolerable. Items 一、…十、 are single 仿宋 paragraphs with a 黑体 run-in lead. "
            "Effective 2024-04-01, expires 2027-03-31 (last paragraph); '4月1日至4月30日' in 九、 is an application window, not a document date. "
            "Title of the notice is in 3 小标宋 paragraphs and has no 《》. Furniture: 版头 '烟台市人民政府办公室文件', 文号, red rule, 主送, 落款 + seal, '（此件公开发布）', "
            "the 措施's own title, 版记 (抄送 + 印发), page numbers. Analyst expectation: beside 六、–十、 the KB should note the renumbering and beside 九、 the changed 申报时间 (meta.clause_notes); "
            "`bri clause 烟政办发〔2024〕8号 第六条` is ambiguous after the supplement (original 六、人才 vs. the added 第六条 数字贸易) — a careful answer mentions both."
        ),
    }]


# ======================================================================
# (b2) 烟台市人民政府办公室 2024-09-10 补充通知
# ======================================================================
def make_yt_buchong():
    stem = "blind115_yantai_buchong"
    seal = HERE / "_seal_yt.png"
    doc = new_doc(author="ytszfb")
    exp = []
    head(doc, "烟台市人民政府办公室文件", "烟政办发〔2024〕27号", size=36, spacing=0)
    title(doc, ["烟台市人民政府办公室关于支持中国（山东）", "自由贸易试验区烟台片区高质量发展", "若干措施的补充通知"])
    para(doc, YT_TO, first=0)
    items = [
        ("p", "为进一步发挥中国（山东）自由贸易试验区烟台片区（以下简称烟台片区）在服务共建“一带一路”中的示范引领作用，经市政府同意，现对《烟台市人民政府办公室关于印发支持中国（山东）自由贸易试验区烟台片区高质量发展若干措施的通知》（烟政办发〔2024〕8号，以下简称《若干措施》）补充通知如下："),
        ("p", "一、在第五条后增加一条，作为第六条："),
        quoted("“六、支持数字贸易发展。对烟台片区内企业开展数字服务出口，年离岸服务外包执行额首次达到1000万美元的，给予一次性奖励30万元；通过数据出境安全评估的企业，给予一次性奖励10万元。”"),
        ("p", "二、原第六条至第十条依次顺延，作为第七条至第十一条。"),
        ("p", "三、在第十一条后增加一条，作为第十二条："),
        quoted("“十二、支持“一带一路”国际物流枢纽建设。对在烟台片区新开行至中亚、欧洲的中欧班列（齐鲁号），年开行20列以上的平台企业，每列给予2万元补助，单个企业每年最高100万元。”"),
        ("p", "四、将第十条（原第九条）中“企业于每年4月1日至4月30日向烟台片区管委会集中申报上年度奖励事项”修改为“企业于每年4月1日至5月31日、10月1日至10月31日分两批向烟台片区管委会申报奖励事项”。"),
        ("p", "五、本通知自印发之日起施行，有效期与《若干措施》一致。新增第六条、第十二条适用于2024年1月1日以后发生的事项。《若干措施》其他内容不变。"),
    ]
    body2(doc, items, exp)
    luokuan(doc, "烟台市人民政府办公室", "2024年9月10日", seal, seal_x=8.0, seal_y=-1.4, blanks=3)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)
    banji(doc, ["抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，烟台警备区。"],
          printer=("烟台市人民政府办公室", "2024年9月10日"))
    finish(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": "烟台市人民政府办公室关于支持中国（山东）自由贸易试验区烟台片区高质量发展若干措施的补充通知",
            "doc_number": "烟政办发〔2024〕27号",
            "issuer": ["烟台市人民政府办公室"],
            "date": "2024-09-10",
            "level": "municipal",
            "region": "山东省烟台市 (烟台片区)",
            "effective": "2024-09-10",
            "expires": "2027-03-31 (有效期与《若干措施》一致 — taking it over from 烟政办发〔2024〕8号 is ideal; None tolerable; any other date high)",
            "attachments": [],
            "kind": "补充通知",
            "addressees": ["各区市人民政府（管委）", "市政府各部门、各直属机构", "中国（山东）自由贸易试验区烟台片区管委会"],
            "status_as_of": {"2024-06-30": "not yet issued", "2025-03-01": "in force", "2025-06-01": "in force", "2026-12-03": "in force"},
            "changes": [
                {"target": "烟政办发〔2024〕8号", "action": "insert 第六条 (数字贸易) after 第五条", "from": "2024-09-10 (applies to matters from 2024-01-01)"},
                {"target": "烟政办发〔2024〕8号 六、–十、", "action": "renumber to 第七条–第十一条", "from": "2024-09-10"},
                {"target": "烟政办发〔2024〕8号", "action": "insert 第十二条 (中欧班列) after 第十一条", "from": "2024-09-10 (applies to matters from 2024-01-01)"},
                {"target": "烟政办发〔2024〕8号 九、 (now 第十条)", "action": "replace 申报时间", "from": "2024-09-10"},
            ],
            "clause_notes": {
                "一、 + quoted “六、…”": "the quoted text is the NEW 第六条 of 《若干措施》, not item 六、 of this notice; label it under 一、 (or as 《若干措施》第六条), never as this notice's '六、'",
                "三、 + quoted “十二、…”": "the NEW 第十二条 of 《若干措施》; never this notice's '十二、'",
                "四、": "第十条 here = 原第九条 of 烟政办发〔2024〕8号",
            },
        },
        "clauses": exp,
        "_note": (
            "Title in 3 小标宋 paragraphs, no 《》. Body: preamble, 一、…五、 as 仿宋 paragraphs; the two new articles are quoted (“六、…” and “十二、…”) in their own indented paragraphs right "
            "after 一、 and 三、 — keeping each with its 一、/三、 (one clause, or a sub-clause of it) is right; labelling them as this notice's own items '六、' / '十二、' is medium "
            "(and high if it makes the notice look like it has 12 items or breaks 二、…五、 numbering); losing them is high. "
            "TRAPS: 烟政办发〔2024〕8号 in the body is not this 文号; '2024年1月1日' (retroactive application), '4月1日至5月31日、10月1日至10月31日' are not document dates; "
            "'有效期与《若干措施》一致' → expires is the 措施's 2027-03-31 or None, never 2024-01-01 or a 申报 date. "
            "Furniture: 版头, 文号, red rule, 主送, 落款 + seal, '（此件公开发布）', 版记, page numbers."
        ),
    }]


# ======================================================================
# (c1) 钦州港片区管委会 2022 办法（2025-05-01 废止）
# ======================================================================
QZ_2022 = [
    art("第一条", "为加快西部陆海新通道建设，支持钦州港片区海铁联运发展，服务共建“一带一路”，制定本办法。"),
    art("第二条", "本办法适用于在钦州港片区注册、依法经营，从事海铁联运业务的货主企业、货运代理企业和平台企业。"),
    art("第三条", "对经钦州港进出口、通过海铁联运方式运输的集装箱，按每标准箱200元给予补贴。"),
    art("第四条", "对新开通至重庆、成都、昆明等西部地区的海铁联运班列线路，年开行50列以上的，每条线路给予一次性奖励50万元。"),
    art("第五条", "对在钦州港片区新设立的海铁联运平台企业，注册资本5000万元以上的，给予一次性落户奖励100万元。"),
    art("第六条", "企业于每季度结束后15个工作日内向片区管委会经济发展局申报上季度补贴，经审核公示后拨付。"),
    art("第七条", "同一企业单一年度获得本办法补贴总额不超过1000万元。"),
    art("第八条", "本办法由片区管委会经济发展局负责解释，自2022年7月1日起施行，有效期5年。"),
]


def make_qz_2022():
    stem = "blind115_qinzhou_banfa2022"
    seal = HERE / "_seal_qz.png"
    doc = new_doc(author="qzgpq")
    exp = []
    head(doc, QZ_ORG + "文件", "钦自贸管规〔2022〕3号", size=30, scale=55)
    title(doc, ["中国（广西）自由贸易试验区钦州港片区", "管理委员会关于印发《钦州港片区支持西部", "陆海新通道海铁联运发展扶持办法》的通知"])
    para(doc, QZ_TO, first=0)
    body(doc, [("p", "《钦州港片区支持西部陆海新通道海铁联运发展扶持办法》已经片区管委会2022年第6次主任办公会议审议通过，现印发给你们，请认真遵照执行。")], exp)
    att_list(doc, [QZ_BANFA])
    luokuan(doc, QZ_ORG, "2022年6月10日", seal, seal_x=7.6, seal_y=-1.4, blanks=3)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)
    att_page(doc, "附件")
    att_title(doc, ["钦州港片区支持西部陆海新通道", "海铁联运发展扶持办法"])
    body(doc, QZ_2022, exp)
    banji(doc, ["抄送：钦州市人民政府办公室，钦州市商务局，钦州海关。"], printer=("片区管委会党政办公室", "2022年6月10日"))
    finish(doc, stem)
    rep = "repealed from 2025-05-01 by 钦自贸管规〔2025〕2号 (重新印发); its own text says 有效期5年 (to 2027-06-30) — that is superseded"
    EXPECTED[stem] = [{
        "meta": {
            "title": QZ_ORG + "关于印发《" + QZ_BANFA + "》的通知",
            "doc_number": "钦自贸管规〔2022〕3号",
            "issuer": [QZ_ORG],
            "date": "2022-06-10",
            "level": "municipal (a 片区管委会 under 钦州市; 'other' tolerable, provincial wrong)",
            "region": "中国（广西）自由贸易试验区钦州港片区 (广西壮族自治区钦州市)",
            "effective": "2022-07-01",
            "expires": "2027-06-30 (有效期5年 from 2022-07-01 — own text); as amended: repealed 2025-05-01",
            "attachments": [QZ_BANFA],
            "kind": "通知（印发办法）",
            "addressees": ["片区各部门、各直属单位", "各有关企业"],
            "status_as_of": {"2024-06-30": "in force", "2025-03-01": "in force", "2025-06-01": rep, "2026-12-03": "repealed (2025-05-01)"},
            "changed_by": ["钦自贸管规〔2025〕2号 (2025-04-15): 修订后重新印发, 原办法自2025-05-01废止; matters arising before 2025-05-01 still settled under it"],
            "clause_notes": {
                "第三条": "每标准箱200元 — 2022 version; from 2025-05-01 the revised 第三条 gives 300元 (+100元 for 共建“一带一路”国家港口). An answer quoting 200元 as current is high.",
                "第四条": "50万元 → revised 第四条 80万元",
                "第六条": "15个工作日 → revised 第七条 20个工作日",
                "第七条": "1000万元 → revised 第八条 1500万元",
            },
        },
        "clauses": exp,
        "_note": (
            "The OLD version. 版头 is 24 characters compressed to 60% width in one line. Title in 3 小标宋 paragraphs split inside the 《》. "
            "The 办法 (附件, same file) has the SAME NAME as the 2025 revised 办法 in blind115_qinzhou_chongxin — the 文号 is the only difference (钦自贸管规〔2022〕3号 vs 〔2025〕2号). "
            "Effective 2022-07-01 and '有效期5年' (→ 2027-06-30) from 第八条; the reader taking expires 2027-06-30 from this file alone is correct, but as of 2025-06-01 and today the KB must "
            "treat every clause here as repealed (high if --as-of 2026-12-03 returns 第三条 200元 unflagged). "
            "Furniture: 版头, 文号, red rule, 主送, 附件说明, 落款 + seal, '（此件公开发布）', '附件' label + 办法 title (2 paragraphs), 版记 ('片区管委会党政办公室 2022年6月10日印发'), page numbers."
        ),
    }]


# ======================================================================
# (c2) 钦州港片区管委会 2025 重新印发（修订后的办法；2022年版同日废止）
# ======================================================================
def make_qz_2025():
    stem = "blind115_qinzhou_chongxin"
    seal = HERE / "_seal_qz.png"
    doc = new_doc(author="qzgpq")
    exp = []
    head(doc, QZ_ORG + "文件", "钦自贸管规〔2025〕2号", size=30, scale=55)
    title(doc, ["中国（广西）自由贸易试验区钦州港片区", "管理委员会关于重新印发《钦州港片区", "支持西部陆海新通道海铁联运发展", "扶持办法》的通知"])
    para(doc, QZ_TO, first=0)
    body(doc, [
        ("p", "为深入落实《西部陆海新通道总体规划》和推动共建“一带一路”高质量发展要求，进一步提升海铁联运扶持政策效能，片区管委会对《钦州港片区支持西部陆海新通道海铁联运发展扶持办法》（钦自贸管规〔2022〕3号印发，以下简称原办法）进行了修订。修订后的《钦州港片区支持西部陆海新通道海铁联运发展扶持办法》已经片区管委会2025年第4次主任办公会议审议通过，现重新印发给你们，请认真遵照执行。"),
        ("p", "修订后的办法自2025年5月1日起施行，原办法同时废止。2025年5月1日前已发生、尚未兑现的补贴事项，按原办法执行。"),
    ], exp)
    luokuan(doc, QZ_ORG, "2025年4月15日", seal, seal_x=7.6, seal_y=-1.4, blanks=3)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)
    new_page_title(doc, ["钦州港片区支持西部陆海新通道", "海铁联运发展扶持办法"])
    arts = [
        art("第一条", "为加快西部陆海新通道建设，推动钦州港片区海铁联运高质量发展，更好服务共建“一带一路”，根据《西部陆海新通道总体规划》等有关规定，结合片区实际，制定本办法。"),
        art("第二条", "本办法适用于在钦州港片区注册、依法经营，从事海铁联运业务的货主企业、货运代理企业和平台企业。"),
        art("第三条", "对经钦州港进出口、通过海铁联运方式运输的集装箱，按每标准箱300元给予补贴。"),
        ("p", "其中，起运港或目的港为共建“一带一路”国家港口的，每标准箱另行增加补贴100元。"),
        art("第四条", "对新开通至重庆、成都、昆明、贵阳、兰州等西部地区的海铁联运班列线路，年开行50列以上的，每条线路给予一次性奖励80万元。"),
        art("第五条", "对开行冷链、危险品等特种箱海铁联运班列，年开行20列以上的企业，给予一次性奖励30万元。"),
        art("第六条", "对在钦州港片区新设立的海铁联运平台企业，注册资本5000万元以上的，给予一次性落户奖励100万元。"),
        art("第七条", "企业于每季度结束后20个工作日内向片区管委会经济发展局申报上季度补贴，经审核公示后拨付。"),
        art("第八条", "同一企业单一年度获得本办法补贴总额不超过1500万元。"),
        art("第九条", "企业弄虚作假骗取补贴的，追回已拨付资金，3年内不得享受片区各类扶持政策。"),
        art("第十条", "本办法由片区管委会经济发展局负责解释，自2025年5月1日起施行，有效期至2030年4月30日。《钦州港片区支持西部陆海新通道海铁联运发展扶持办法》（钦自贸管规〔2022〕3号印发）同时废止。"),
    ]
    body(doc, arts, exp)
    banji(doc, ["抄送：钦州市人民政府办公室，钦州市商务局，钦州海关。"], printer=("片区管委会党政办公室", "2025年4月15日"))
    finish(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": QZ_ORG + "关于重新印发《" + QZ_BANFA + "》的通知",
            "doc_number": "钦自贸管规〔2025〕2号",
            "issuer": [QZ_ORG],
            "date": "2025-04-15",
            "level": "municipal (片区管委会; 'other' tolerable)",
            "region": "中国（广西）自由贸易试验区钦州港片区 (广西壮族自治区钦州市)",
            "effective": "2025-05-01",
            "expires": "2030-04-30",
            "attachments": [],
            "kind": "通知（重新印发办法）",
            "addressees": ["片区各部门、各直属单位", "各有关企业"],
            "status_as_of": {"2024-06-30": "not yet issued", "2025-03-01": "not yet issued (成文 2025-04-15)", "2025-06-01": "in force", "2026-12-03": "in force"},
            "changes": [{"target": "钦自贸管规〔2022〕3号 (原办法, same name)", "action": "repeal in full, replaced by this revised 办法", "from": "2025-05-01",
                         "transition": "matters arising before 2025-05-01 and not yet paid are settled under the old 办法"}],
            "clause_notes": {
                "第三条": "revised: 300元/标准箱 (old 200元) + 第二款 100元 for 共建“一带一路”国家港口 (new)",
                "第五条": "new article (特种箱班列); old 第五条 (平台企业落户) is now 第六条",
                "第十条": "repeals 钦自贸管规〔2022〕3号 from 2025-05-01",
            },
        },
        "clauses": exp,
        "_note": (
            "The NEW version. Same 版头 (compressed), title in 3 小标宋 paragraphs split inside the 《》. Body of the notice: 2 paragraphs (the second carries effective date and repeal). "
            "The 办法 follows on a new page with its own 2-paragraph title and NO '附件' label or 附件说明 (attachments = [] ; listing the 办法 is tolerable). "
            "第三条 has a second 款 ('其中，…') — keep it as 第三条第二款 / inside 第三条. "
            "TRAPS: 钦自贸管规〔2022〕3号 appears twice in the body — never this file's 文号; '2025年5月1日' is effective (成文 is 2025-04-15); '2030年4月30日' expires; "
            "the old version has the same name — `bri clause 钦州港片区支持西部陆海新通道海铁联运发展扶持办法 第三条` must not silently pick the 2022 text. "
            "Furniture: 版头, 文号, red rule, 主送, 落款 + seal, '（此件公开发布）', the 办法's title, 版记, page numbers."
        ),
    }]


if __name__ == "__main__":
    os.chdir(HERE)
    make_seal(HERE / "_seal_fj.png", "福建省商务厅")
    make_seal(HERE / "_seal_yt.png", "烟台市人民政府办公室")
    make_seal(HERE / "_seal_qz.png", "钦州港片区管理委员会")
    make_fj_tongzhi()
    make_fj_gengzheng()
    make_yt_cuoshi()
    make_yt_buchong()
    make_qz_2022()
    make_qz_2025()
    for s in HERE.glob("_seal_*.png"):
        s.unlink()
    EXPECTED["_as_of_dates"] = {
        "dates": ASOF,
        "why": "2024-06-30 before the 烟台 supplement; 2025-03-01 after it, before the 福建 documents and before the 钦州 re-issue; "
               "2025-06-01 after the 福建 correction and after the 钦州 2022 办法 was repealed; 2026-12-03 today.",
    }
    EXPECTED["_analyst_questions"] = [
        {"q": "福建自贸试验区企业建设公共海外仓最高补助多少", "want": "300万元 (闽商务外经〔2025〕9号 附件1 第三条第二款 as corrected by 〔2025〕12号); 200万元 unflagged is high"},
        {"q": "福建公共海外仓第二批申报截止日期", "want": "2025年8月31日 (附件2 第5行 as corrected); 2025年6月30日 unflagged is high"},
        {"q": "丝路电商公共服务平台奖励条件", "want": "年服务企业30家以上 (corrected), 奖励30万元"},
        {"q": "烟台片区数字贸易奖励", "want": "烟政办发〔2024〕27号 一、 new 第六条: 30万元 / 10万元"},
        {"q": "烟台片区奖励事项什么时候申报", "want": "每年4月1日至5月31日、10月1日至10月31日分两批 (27号 四、); before 2024-09-10: 4月1日至4月30日"},
        {"q": "烟台片区中欧班列补助", "want": "27号 三、 new 第十二条: 每列2万元, 最高100万元"},
        {"q": "钦州港片区海铁联运集装箱每标准箱补贴多少", "want": "as of today: 300元 (+100元 一带一路港口) from 〔2025〕2号; as of 2024-06-30: 200元 from 〔2022〕3号"},
        {"q": "钦州港片区海铁联运补贴年度上限", "want": "1500万元 now; 1000万元 before 2025-05-01"},
    ]
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", ", ".join(sorted(k for k in EXPECTED if not k.startswith("_"))))
