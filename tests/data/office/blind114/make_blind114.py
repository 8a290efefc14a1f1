# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 114: documents that change earlier ones, in one knowledge base (云南省商务厅).

Writes, next to itself (each .docx plus the PDF LibreOffice makes of it):
  blind114_yunnan_banfa.docx    云商规〔2020〕4号  印发《云南省境外经贸合作区认定和扶持办法》的通知 + 办法（第一条…第八条）
  blind114_yunnan_tongzhi.docx  云商规〔2021〕2号  自贸试验区外贸企业境外参展补助的通知（一、…四、，（一）…（三））
  blind114_yunnan_cuoshi.docx   云商规〔2022〕6号  开拓“一带一路”市场的若干措施（一、…八、），有效期至2024年12月31日
  blind114_yunnan_feizhi.docx   云商规〔2024〕8号  废止和继续执行部分规范性文件的通知：整件废止2021〔2〕号、
                                废止办法第五条、若干措施继续执行至2026年12月31日；自2025年1月1日起施行；两个目录附件（表格）
  blind114_yunnan_buchong.docx  云商规〔2025〕3号  补充通知：自2025年7月1日起暂停执行若干措施第三条（“三、”）
  expected.json  (meta, clauses, _note, and each document's / clause's status as of several dates)
  files/         the five .docx, for `BRI_KB_HOME=kb bri ingest files`
All numbers, names of people and dates are fictional; the places and organs are real.
Run: python make_blind114.py   (needs python-docx, Pillow, LibreOffice `soffice`).
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



# ---------------------------------------------------------------- round 114
ASOF = ["2024-06-30", "2025-03-01", "2025-09-01", "2026-12-03", "2027-03-01"]
MAIN_TO = "各州（市）商务局，中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区管委会，厅机关各处室："
CUOSHI_TITLE = "云南省商务厅关于支持中国（云南）自由贸易试验区外贸外资企业开拓“一带一路”市场的若干措施"
BANFA_NAME = "云南省境外经贸合作区认定和扶持办法"
TONGZHI_TITLE = "云南省商务厅关于做好中国（云南）自由贸易试验区外贸企业境外参展补助工作的通知"
FEIZHI_TITLE = "云南省商务厅关于废止和继续执行部分规范性文件的通知"


def head(doc, number):
    banner(doc, "云南省商务厅文件", 40, spacing_pt=2, before=24)
    para(doc, "", first=0)
    para(doc, "", first=0)
    para(doc, number, first=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, "", first=0, line=Pt(12))
    border(p, "bottom", "FF0000", 18, space=1)


def lead(lead_text, rest, font=HT):
    return ("run", [(lead_text, font, False), (rest, FS, False)])


def art(n, text):
    """第X条 with 黑体 number and a full-width space."""
    return ("run", [(n, HT, False), ("　" + text, FS, False)])


def finish(doc, stem):
    out = HERE / f"{stem}.docx"
    doc.save(out)
    convert(out)
    files = HERE / "files"
    files.mkdir(exist_ok=True)
    (files / out.name).write_bytes(out.read_bytes())


# ======================================================================
# (b1) 2020 印发办法的通知（办法第一条…第八条，第五条后来被废止）
# ======================================================================
def make_banfa():
    stem = "blind114_yunnan_banfa"
    seal = HERE / "_seal_yn.png"
    doc = new_doc(author="ynswt")
    exp = []
    head(doc, "云商规〔2020〕4号")
    title(doc, ["云南省商务厅关于印发《云南省境外经贸", "合作区认定和扶持办法》的通知"])
    para(doc, "各州（市）商务局，中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区管委会，有关企业：", first=0)
    body(doc, [
        ("p", "为贯彻落实国家关于推动共建“一带一路”高质量发展的决策部署，引导和支持我省企业在周边国家和其他共建“一带一路”国家建设境外经贸合作区，我厅制定了《云南省境外经贸合作区认定和扶持办法》，现印发给你们，请认真贯彻执行。执行中遇到的问题，请及时向省商务厅对外投资和经济合作处反映。"),
    ], exp)
    att_list(doc, ["云南省境外经贸合作区认定和扶持办法"])
    luokuan(doc, "云南省商务厅", "2020年8月17日", seal, seal_x=8.6, seal_y=-1.4, blanks=3)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)

    att_page(doc, "附件")
    att_title(doc, ["云南省境外经贸合作区认定和扶持办法"])
    arts = [
        art("第一条", "为推动我省企业参与共建“一带一路”，规范境外经贸合作区（以下简称合作区）的认定和管理，根据商务部、财政部有关规定，结合我省实际，制定本办法。"),
        art("第二条", "本办法所称合作区，是指在云南省依法注册的中资控股企业（以下简称实施企业）在境外投资建设，基础设施完备、主导产业明确、公共服务功能健全，具有产业集聚和辐射带动效应的产业园区。重点支持在老挝、缅甸、越南等周边国家和其他共建“一带一路”国家建设的合作区。"),
        art("第三条", "申请认定省级合作区，应当具备下列条件："),
        ("p", "（一）实施企业在云南省注册满2年，近3年无重大违法违规记录；"),
        ("p", "（二）合作区规划面积不少于1平方公里，已完成基础设施投资不少于5000万元人民币；"),
        ("p", "（三）入区企业不少于5家，其中中资企业不少于3家。"),
        art("第四条", "省商务厅每年组织一次省级合作区认定，经实施企业申报、州（市）商务主管部门初审、专家评审和公示后，由省商务厅发文认定。"),
        art("第五条", "对新认定的省级合作区，一次性给予实施企业200万元奖励；对通过商务部、财政部确认考核的国家级境外经贸合作区，一次性给予实施企业500万元奖励。"),
        art("第六条", "对合作区内建设标准厂房、仓储物流、通关服务等公共服务平台的，按实际投资额的10%给予补助，单个合作区每年补助最高不超过300万元。"),
        art("第七条", "实施企业应当于每年1月31日前向省商务厅报送上年度合作区建设运营情况。对连续2年考核不合格，或者发生重大安全生产事故、严重违法违规行为的，撤销省级合作区认定，已拨付的扶持资金依法予以追回。"),
        art("第八条", "本办法由省商务厅负责解释，自2020年10月1日起施行。"),
    ]
    body(doc, arts, exp)
    banji(doc, ["抄送：商务部对外投资和经济合作司，省财政厅。"], printer=("云南省商务厅办公室", "2020年8月18日"))
    finish(doc, stem)
    st_all = dict.fromkeys(ASOF, "in force")
    art5 = {"2024-06-30": "in force", "2025-03-01": "repealed (云商规〔2024〕8号 二、, from 2025-01-01)",
            "2025-09-01": "repealed", "2026-12-03": "repealed", "2027-03-01": "repealed"}
    EXPECTED[stem] = [{
        "meta": {
            "title": "云南省商务厅关于印发《云南省境外经贸合作区认定和扶持办法》的通知",
            "doc_number": "云商规〔2020〕4号",
            "issuer": ["云南省商务厅"],
            "date": "2020-08-17",
            "level": "provincial",
            "region": "云南省",
            "effective": "2020-10-01",
            "expires": None,
            "attachments": [BANFA_NAME],
            "kind": "通知（印发办法）",
            "addressees": ["各州（市）商务局", "中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区管委会", "有关企业"],
            "status_as_of": {d: ("in force, but 第五条 repealed from 2025-01-01" if d >= "2025-01-01" else "in force") for d in ASOF},
            "clause_status_as_of": {"第五条": art5, "other 条 (第一条–第四条, 第六条–第八条)": st_all},
            "changed_by": ["云商规〔2024〕8号 二、 废止《办法》第五条（自2025-01-01）；附件2 第1行"],
        },
        "clauses": exp,
        "_note": (
            "印发通知 + the 办法 as its only attachment (same file). The 办法 is known to later documents as 《云南省境外经贸合作区认定和扶持办法》（云商规〔2020〕4号印发） — "
            "the KB must let 云商规〔2024〕8号 reach this file's 第五条 through that name/文号. Title in 2 小标宋 paragraphs split inside the 《》. "
            "Effective 2020-10-01 comes from 办法 第八条 (taking 2020-08-17 as effective is low); no expiry. 第三条 has （一）–（三） as separate 仿宋 paragraphs: "
            "kept as 第三条（一）… or folded into 第三条 — both fine; losing them is high. 第X条 numbers are 黑体 run-in with a full-width space. "
            "Furniture: 版头 '云南省商务厅文件', 文号, red rule, 主送, 附件说明 '附件：云南省境外经贸合作区认定和扶持办法', 落款 + seal, '（此件公开发布）', "
            "'附件' label and the 办法 title, 版记 (抄送 + '云南省商务厅办公室 2020年8月18日印发'), page numbers. "
            "Status: in force throughout; 第五条 repealed from 2025-01-01 — as of 2025-03-01 and later a question about 合作区 奖励 must not be answered with 第五条 as law in force "
            "(or must flag it repealed); 第六条 (补助) stays in force."
        ),
    }]


# ======================================================================
# (b2) 2021 通知（后来整件废止）
# ======================================================================
def make_tongzhi():
    stem = "blind114_yunnan_tongzhi"
    seal = HERE / "_seal_yn.png"
    doc = new_doc(author="ynswt")
    exp = []
    head(doc, "云商规〔2021〕2号")
    title(doc, ["云南省商务厅关于做好中国（云南）自由贸易", "试验区外贸企业境外参展补助工作的通知"])
    para(doc, "昆明市、红河州、德宏州商务局，中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区管委会：", first=0)
    body(doc, [
        ("p", "为支持中国（云南）自由贸易试验区外贸企业开拓南亚东南亚和其他共建“一带一路”国家市场，稳住外贸基本盘，现就做好境外参展补助工作通知如下："),
        ("h1", "一、补助对象"),
        ("p", "在自贸试验区昆明片区、红河片区、德宏片区内注册，具有独立法人资格，依法办理对外贸易经营者备案（登记），上年度进出口额在50万美元以上的企业。"),
        ("h1", "二、补助范围和标准"),
        ("p", "（一）企业参加省商务厅发布的《重点境外展会目录》内展会的，按展位费的70%给予补助。"),
        ("p", "（二）企业参加在老挝、缅甸、越南、泰国、柬埔寨等国家举办的展会的，补助比例提高至80%。"),
        ("p", "（三）每家企业每年补助金额最高不超过30万元。"),
        ("h1", "三、申报程序"),
        ("p", "企业于展会结束后3个月内，通过所在片区管委会向州（市）商务局提出申请，州（市）商务局审核后汇总报省商务厅。省商务厅会同省财政厅审定后拨付补助资金。"),
        ("h1", "四、有关要求"),
        ("p", "申报企业对申报材料的真实性负责。弄虚作假骗取补助资金的，追回补助资金，企业3年内不得申报省级商务发展专项资金，并依法依规处理。"),
        ("p", "本通知自印发之日起施行。"),
        ("p", "联系人：省商务厅对外贸易处 李某某，联系电话：0871-63101245。"),
    ], exp)
    luokuan(doc, "云南省商务厅", "2021年3月22日", seal, seal_x=8.6, seal_y=-1.4, blanks=3)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)
    banji(doc, ["抄送：省财政厅，昆明海关。"], printer=("云南省商务厅办公室", "2021年3月23日"))
    finish(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": TONGZHI_TITLE,
            "doc_number": "云商规〔2021〕2号",
            "issuer": ["云南省商务厅"],
            "date": "2021-03-22",
            "level": "provincial",
            "region": "云南省",
            "effective": "2021-03-22",
            "expires": None,
            "attachments": [],
            "kind": "通知",
            "addressees": ["昆明市、红河州、德宏州商务局", "中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区管委会"],
            "status_as_of": {"2024-06-30": "in force", "2025-03-01": "repealed (云商规〔2024〕8号 一、, from 2025-01-01)",
                             "2025-09-01": "repealed", "2026-12-03": "repealed", "2027-03-01": "repealed"},
            "changed_by": ["云商规〔2024〕8号 一、 整件废止（自2025-01-01）；附件1 第1行"],
        },
        "clauses": exp,
        "_note": (
            "Short 通知: stand-alone 黑体 headings 一、…四、 (heading-clauses tolerable), items （一）–（三） under 二、, '本通知自印发之日起施行。' (effective = 成文 2021-03-22), "
            "联系人 line (clause or furniture — low). No 附件. Region: 云南省 (provincial) — the 主送 names 昆明市/红河州/德宏州 and the three 片区; narrowing applies_to to "
            "the three 片区/州市 is good, 云南省 is fine. Furniture: 版头, 文号, red rule, 主送, 落款 + seal, '（此件公开发布）', 版记, page numbers. "
            "Status: repealed in full from 2025-01-01 by 云商规〔2024〕8号 — as of 2025-03-01 and later no clause of this file may come back as in force."
        ),
    }]


# ======================================================================
# (b3) 2022 若干措施（有效期至2024年12月31日；后来继续执行至2026年12月31日；第三条2025-07-01起暂停）
# ======================================================================
def make_cuoshi():
    stem = "blind114_yunnan_cuoshi"
    seal = HERE / "_seal_yn.png"
    doc = new_doc(author="ynswt")
    exp = []
    head(doc, "云商规〔2022〕6号")
    title(doc, ["云南省商务厅关于支持中国（云南）自由贸易", "试验区外贸外资企业开拓“一带一路”", "市场的若干措施"])
    items = [
        ("p", "为深入落实《中国（云南）自由贸易试验区总体方案》，发挥自贸试验区建设面向南亚东南亚辐射中心的引领作用，支持区内外贸外资企业开拓共建“一带一路”国家市场，制定以下措施。"),
        lead("一、支持开通国际物流线路。", "对自贸试验区内企业新开通经中老铁路、中缅陆水联运等通道至共建“一带一路”国家的国际货运班列或线路，且年开行不少于12列（次）的，给予运营企业一次性奖励50万元。"),
        lead("二、支持建设海外仓。", "对区内企业在老挝、缅甸、越南、泰国等国家新建或租用面积1000平方米以上海外仓的，按实际投资额的20%给予补助，单个企业最高100万元。"),
        lead("三、支持出口信用保险。", "对区内企业投保短期出口信用保险、出口至共建“一带一路”国家的，按实缴保费的50%给予补助，单个企业每年最高80万元。"),
        lead("四、支持引进外资项目。", "对在自贸试验区新设的外商投资企业，当年实际到位外资金额（不含房地产业）达到1000万美元以上的，按实际到位外资金额的1%给予奖励，最高500万元。"),
        lead("五、支持境外投资合作。", "对区内企业在共建“一带一路”国家开展对外承包工程，当年完成营业额500万美元以上的，按完成营业额每1美元奖励人民币0.02元，单个企业最高200万元。"),
        lead("六、支持贸易数字化。", "对区内企业建设跨境电商独立站、数字化营销平台的，按软件和服务投入的30%给予补助，单个企业最高30万元。"),
        lead("七、强化服务保障。", "省商务厅会同自贸试验区各片区管委会建立重点外贸外资企业“白名单”，实行“一企一策”跟踪服务，协调解决企业开拓“一带一路”市场中遇到的困难和问题。"),
        lead("八、资金来源和支持原则。", "本措施所需资金从省级商务发展专项资金中列支。同一企业同一项目符合本措施和省级其他支持政策的，按照“就高不重复”原则给予支持。"),
        ("p", "本措施由省商务厅负责解释，自2023年1月1日起施行，有效期至2024年12月31日。"),
    ]
    body(doc, items, exp)
    luokuan(doc, "云南省商务厅", "2022年11月25日", seal, seal_x=8.6, seal_y=-1.4, blanks=3)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)
    banji(doc, ["抄送：商务部自由贸易试验区港建设协调司，省财政厅，昆明海关，人民银行云南省分行。"],
          printer=("云南省商务厅办公室", "2022年11月28日"))
    finish(doc, stem)
    st_doc = {"2024-06-30": "in force (original term 2023-01-01 – 2024-12-31)",
              "2025-03-01": "in force (extended to 2026-12-31 by 云商规〔2024〕8号 三、)",
              "2025-09-01": "in force (extended), but 三、 suspended from 2025-07-01 by 云商规〔2025〕3号",
              "2026-12-03": "in force (extended), 三、 still suspended",
              "2027-03-01": "expired (extended term ended 2026-12-31)"}
    st_3 = {"2024-06-30": "in force", "2025-03-01": "in force",
            "2025-09-01": "suspended (since 2025-07-01; policies 起保 on or before 2025-06-30 still claimable until 2025-12-31)",
            "2026-12-03": "suspended", "2027-03-01": "expired"}
    st_other = {d: v for d, v in zip(ASOF, ["in force", "in force", "in force", "in force", "expired"])}
    EXPECTED[stem] = [{
        "meta": {
            "title": CUOSHI_TITLE,
            "doc_number": "云商规〔2022〕6号",
            "issuer": ["云南省商务厅"],
            "date": "2022-11-25",
            "level": "provincial",
            "region": "云南省",
            "effective": "2023-01-01",
            "expires": "2024-12-31",
            "expires_as_amended": "2026-12-31",
            "attachments": [],
            "kind": "措施",
            "status_as_of": st_doc,
            "clause_status_as_of": {"三、": st_3, "一、二、四、–八、 and the 施行 paragraph": st_other},
            "changed_by": ["云商规〔2024〕8号 三、 继续执行至2026-12-31（自2025-01-01）；附件2 第2行",
                           "云商规〔2025〕3号 一、 自2025-07-01起暂停执行第三条（= item 三、）"],
        },
        "clauses": exp,
        "_note": (
            "措施 issued directly with 版头 and 文号, no 主送. Title in 3 小标宋 paragraphs. Items 一、…八、 each a single 仿宋 paragraph with a 黑体 run-in lead "
            "('一、支持开通国际物流线路。'). Later documents call item 三、 '第三条' — the KB should map them. Own text says 有效期至2024年12月31日 (expires 2024-12-31 is CORRECT meta for "
            "this file on its own); the extension to 2026-12-31 lives only in 云商规〔2024〕8号. As of 2025-03-01 the KB must not call this document expired (high if it does / drops it from "
            "--as-of answers); as of 2025-09-01 item 三、 must be suspended (high if reported in force without a flag); as of 2027-03-01 everything here is expired. "
            "Furniture: 版头, 文号, red rule, 落款 + seal, '（此件公开发布）', 版记 (抄送 + 印发), page numbers."
        ),
    }]


# ======================================================================
# (a) 2024 废止和继续执行部分规范性文件的通知
# ======================================================================
def make_feizhi():
    stem = "blind114_yunnan_feizhi"
    seal = HERE / "_seal_yn.png"
    doc = new_doc(author="ynswt")
    exp = []
    head(doc, "云商规〔2024〕8号")
    title(doc, ["云南省商务厅关于废止和继续执行", "部分规范性文件的通知"])
    para(doc, MAIN_TO, first=0)
    items = [
        ("p", "根据《云南省行政规范性文件制定和备案办法》和省人民政府关于开展行政规范性文件清理工作的要求，省商务厅对截至2024年10月31日现行有效的规范性文件进行了全面清理。经2024年第12次厅务会审议，现将清理结果通知如下："),
        ("p", "一、决定废止《云南省商务厅关于做好中国（云南）自由贸易试验区外贸企业境外参展补助工作的通知》（云商规〔2021〕2号）、《云南省商务厅关于进一步规范边民互市贸易管理的通知》（云商规〔2019〕5号）2件规范性文件（目录见附件1）。"),
        ("p", "二、决定废止《云南省境外经贸合作区认定和扶持办法》（云商规〔2020〕4号印发）第五条，该办法其他条款继续有效。"),
        ("p", "三、《云南省商务厅关于支持中国（云南）自由贸易试验区外贸外资企业开拓“一带一路”市场的若干措施》（云商规〔2022〕6号）有效期届满后，继续执行至2026年12月31日。"),
        ("p", "四、本通知施行前已受理但尚未办结的补助、奖励申请，按原规定办理完毕；自本通知施行之日起，已废止的规范性文件和条款不再作为行政管理的依据。"),
        ("p", "五、经清理，其余现行有效的规范性文件继续有效，目录由省商务厅在门户网站“政策文件”栏目公布。"),
        ("p", "本通知自2025年1月1日起施行。"),
    ]
    body(doc, items, exp)
    att_list(doc, ["1.决定废止的规范性文件目录", "2.决定部分条款废止和继续执行的规范性文件目录"])
    luokuan(doc, "云南省商务厅", "2024年12月16日", seal, seal_x=8.6, seal_y=-1.4, blanks=3)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)

    att_page(doc, "附件1")
    att_title(doc, ["决定废止的规范性文件目录"])
    hdr = ["序号", "文件名称", "文号", "废止理由"]
    rows = [
        ["1", TONGZHI_TITLE, "云商规〔2021〕2号", "补助政策已整合纳入省级商务发展专项资金管理制度"],
        ["2", "云南省商务厅关于进一步规范边民互市贸易管理的通知", "云商规〔2019〕5号", "与国家边民互市贸易管理新规定不一致"],
    ]
    grid_table(doc, hdr, rows, [1.4, 7.0, 3.4, 4.0], size=12, center_cols=(0, 2))
    for r in rows:
        exp.append(kv(zip(hdr, r)))

    att_page(doc, "附件2")
    att_title(doc, ["决定部分条款废止和继续执行的", "规范性文件目录"])
    hdr2 = ["序号", "文件名称", "文号", "处理意见"]
    rows2 = [
        ["1", BANFA_NAME, "云商规〔2020〕4号", "废止第五条，其他条款继续有效"],
        ["2", CUOSHI_TITLE, "云商规〔2022〕6号", "有效期届满后继续执行至2026年12月31日"],
    ]
    grid_table(doc, hdr2, rows2, [1.4, 7.0, 3.4, 4.0], size=12, center_cols=(0, 2))
    for r in rows2:
        exp.append(kv(zip(hdr2, r)))
    banji(doc, ["抄送：省司法厅，省财政厅。"], printer=("云南省商务厅办公室", "2024年12月17日"))
    finish(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": FEIZHI_TITLE,
            "doc_number": "云商规〔2024〕8号",
            "issuer": ["云南省商务厅"],
            "date": "2024-12-16",
            "level": "provincial",
            "region": "云南省",
            "effective": "2025-01-01",
            "expires": None,
            "attachments": ["决定废止的规范性文件目录", "决定部分条款废止和继续执行的规范性文件目录"],
            "kind": "通知",
            "addressees": ["各州（市）商务局", "中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区管委会", "厅机关各处室"],
            "status_as_of": {"2024-06-30": "not yet issued", "2025-03-01": "in force", "2025-09-01": "in force",
                             "2026-12-03": "in force", "2027-03-01": "in force"},
            "changes": [
                {"target": "云商规〔2021〕2号", "action": "repeal in full", "from": "2025-01-01"},
                {"target": "云商规〔2019〕5号 (not in this KB)", "action": "repeal in full", "from": "2025-01-01"},
                {"target": "云商规〔2020〕4号 办法 第五条", "action": "repeal article", "from": "2025-01-01"},
                {"target": "云商规〔2022〕6号", "action": "continue in force until 2026-12-31", "from": "2025-01-01"},
            ],
        },
        "clauses": exp,
        "_note": (
            "The changing document. Body items 一、…五、 are 仿宋 paragraphs (not headings) + '本通知自2025年1月1日起施行。' (effective 2025-01-01, 成文 2024-12-16). "
            "TRAPS: the body cites 4 other 文号 (云商规〔2021〕2号, 〔2019〕5号, 〔2020〕4号, 〔2022〕6号) — none may become this file's doc_number; "
            "'继续执行至2026年12月31日' is the date of ANOTHER document — taking 2026-12-31 as this notice's expires is high; '截至2024年10月31日' is a cut-off, not a date of this notice. "
            "云商规〔2019〕5号 is not in the KB: nothing may be invented for it. The two 附件 are 4-column tables (one clause per row, 'header：value；…'); their rows restate the changes. "
            "Furniture: 版头, 文号, red rule, 主送, 附件说明 (2 lines), 落款 + seal, '（此件公开发布）', '附件1'/'附件2' labels and titles (附件2's title in 2 paragraphs), 版记, page numbers. "
            "KB-level: after ingest, the KB should connect 一、→云商规〔2021〕2号 (repealed), 二、→云商规〔2020〕4号 第五条 (repealed), 三、→云商规〔2022〕6号 (extended); "
            "if it keeps no such links, the earlier files' status as of 2025+ will be wrong — report per target."
        ),
    }]


# ======================================================================
# (c) 2025 补充通知：自2025年7月1日起暂停执行若干措施第三条
# ======================================================================
def make_buchong():
    stem = "blind114_yunnan_buchong"
    seal = HERE / "_seal_yn.png"
    doc = new_doc(author="ynswt")
    exp = []
    head(doc, "云商规〔2025〕3号")
    title(doc, ["云南省商务厅关于暂停执行《关于支持", "中国（云南）自由贸易试验区外贸外资企业", "开拓“一带一路”市场的若干措施》", "第三条的补充通知"])
    para(doc, MAIN_TO, first=0)
    items = [
        ("p", "《云南省商务厅关于废止和继续执行部分规范性文件的通知》（云商规〔2024〕8号）明确，《云南省商务厅关于支持中国（云南）自由贸易试验区外贸外资企业开拓“一带一路”市场的若干措施》（云商规〔2022〕6号，以下简称《若干措施》）继续执行至2026年12月31日。鉴于中央财政对出口信用保险的支持方式已作调整，为避免重复支持，经厅务会研究，现就有关事项补充通知如下："),
        ("p", "一、自2025年7月1日起，暂停执行《若干措施》第三条“支持出口信用保险”，恢复执行时间另行通知。"),
        ("p", "二、企业于2025年6月30日前（含当日）起保的短期出口信用保险保单，仍按《若干措施》第三条规定申请保费补助，申请截止时间为2025年12月31日。"),
        ("p", "三、《若干措施》其他条款继续执行，有效期不变。"),
        ("p", "本通知自2025年7月1日起施行。"),
    ]
    body(doc, items, exp)
    luokuan(doc, "云南省商务厅", "2025年6月20日", seal, seal_x=8.6, seal_y=-1.4, blanks=3)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)
    banji(doc, ["抄送：省财政厅，中国出口信用保险公司云南分公司。"], printer=("云南省商务厅办公室", "2025年6月20日"))
    finish(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": "云南省商务厅关于暂停执行《关于支持中国（云南）自由贸易试验区外贸外资企业开拓“一带一路”市场的若干措施》第三条的补充通知",
            "doc_number": "云商规〔2025〕3号",
            "issuer": ["云南省商务厅"],
            "date": "2025-06-20",
            "level": "provincial",
            "region": "云南省",
            "effective": "2025-07-01",
            "expires": None,
            "attachments": [],
            "kind": "补充通知",
            "addressees": ["各州（市）商务局", "中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区管委会", "厅机关各处室"],
            "status_as_of": {"2024-06-30": "not yet issued", "2025-03-01": "not yet issued (成文 2025-06-20, effective 2025-07-01)",
                             "2025-09-01": "in force", "2026-12-03": "in force",
                             "2027-03-01": "in force as a text, but its object (云商规〔2022〕6号) has expired — tolerable either way"},
            "changes": [{"target": "云商规〔2022〕6号 第三条 (item 三、)", "action": "suspend", "from": "2025-07-01", "until": "另行通知"}],
        },
        "clauses": exp,
        "_note": (
            "Title in 4 小标宋 paragraphs split inside the 《》 (join without spaces). Items 一、二、三、 are 仿宋 paragraphs + '本通知自2025年7月1日起施行。'. "
            "TRAPS: '2025年6月30日', '2025年12月31日' (claim deadline) and '2026年12月31日' (the other document's term) are NOT this notice's expires (high if taken); "
            "云商规〔2024〕8号 and 云商规〔2022〕6号 in the body are not this notice's 文号. '第三条' means item '三、' of 云商规〔2022〕6号. No 附件. "
            "Furniture: 版头, 文号, red rule, 主送, 落款 + seal, '（此件公开发布）', 版记, page numbers."
        ),
    }]


if __name__ == "__main__":
    os.chdir(HERE)
    make_seal(HERE / "_seal_yn.png", "云南省商务厅")
    make_banfa()
    make_tongzhi()
    make_cuoshi()
    make_feizhi()
    make_buchong()
    for s in HERE.glob("_seal_*.png"):
        s.unlink()
    EXPECTED["_as_of_dates"] = {
        "dates": ASOF,
        "why": "before the change (2024-06-30); after 云商规〔2024〕8号 took effect (2025-03-01); after the suspension (2025-09-01); today (2026-12-03); after the extended term (2027-03-01).",
    }
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", ", ".join(sorted(k for k in EXPECTED if not k.startswith("_"))))
