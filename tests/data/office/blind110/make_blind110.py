# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 110: documents that answer a person rather than an office.

Writes, next to itself:
  blind110_zhejiang_disclosure.docx/.pdf  浙江省商务厅 政府信息公开申请答复书（依申请公开）
  blind110_nanning_reply.docx/.pdf        南宁片区管委会 对企业诉求的答复函（信函格式，诉求/答复表）
  blind110_xiamen_review.docx/.pdf        厦门市司法局 行政规范性文件合法性审查意见书
  expected.json
All names of people and companies, numbers, amounts and dates are fictional.
Run: python make_blind110.py   (needs python-docx, Pillow, LibreOffice `soffice`).
"""

import copy
import json
import math
import os
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
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

# ======================================================================
# (a) 浙江省商务厅 政府信息公开申请答复书
# ======================================================================
def make_zhejiang():
    stem = "blind110_zhejiang_disclosure"
    seal = HERE / "_seal_zj.png"
    make_seal(seal, "浙江省商务厅", "政府信息公开专用章")
    doc = new_doc(title_prop="依申请公开答复书（模板）", author="zcom-xxgk")
    exp = []

    banner(doc, "浙江省商务厅", 42, spacing_pt=6, before=12)
    para(doc, "", first=0)
    para(doc, "浙商务依申复〔2024〕第17号", first=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, "", first=0, line=Pt(12))
    border(p, "bottom", "FF0000", 18, space=1)

    title(doc, ["浙江省商务厅", "政府信息公开申请答复书"])
    para(doc, "张某某：", first=0)

    items = [
        ("p", "本机关于2024年4月22日收到您通过浙江省政府信息公开申请平台提交的政府信息公开申请（申请编号：ZJSW-YSQ-2024-0317），您申请获取“2023年度中国（浙江）自由贸易试验区宁波片区企业获得省级‘一带一路’境外经贸合作区建设专项资金的名单、金额及资金分配依据文件，以及宁波片区管委会配套资金的使用情况”。本机关于2024年4月24日向您出具《补正申请告知书》，您于2024年4月26日补正了申请内容，本机关收到申请的时间自补正之日起算。经审查，现答复如下："),
        ("h1", "一、关于资金分配依据文件"),
        ("p", "您申请获取的资金分配依据文件，即《浙江省商务厅 浙江省财政厅关于印发〈浙江省“一带一路”境外经贸合作区建设专项资金管理办法〉的通知》（浙商务联发〔2022〕31号），本机关已于2022年6月8日在浙江省商务厅门户网站主动公开。该办法自2022年7月1日起施行，有效期至2025年6月30日。根据《中华人民共和国政府信息公开条例》第三十六条第一项的规定，您可以登录浙江省商务厅门户网站，依次点击“政府信息公开—法定主动公开内容—规范性文件”栏目查阅。"),
        ("h1", "二、关于获得专项资金的企业名单及金额"),
        ("p", "经检索，2023年度省级“一带一路”境外经贸合作区建设专项资金共支持中国（浙江）自由贸易试验区宁波片区内企业3家，合计下达资金1260万元。根据《中华人民共和国政府信息公开条例》第三十六条第二项的规定，现对以下信息予以公开："),
        ("p", "（1）获得支持的企业名称及支持项目名称，详见附件；"),
        ("p", "（2）各企业获得的专项资金下达金额，详见附件。"),
        ("p", "您同时申请的各企业项目申报书中的境外投资金额、境外合作方信息及财务报表等内容，涉及企业商业秘密。本机关于2024年5月6日书面征求了相关企业意见，相关企业均明确表示不同意公开，且不公开不会对公共利益造成重大影响。根据《中华人民共和国政府信息公开条例》第十五条、第三十二条、第三十六条第三项的规定，本机关对上述内容不予公开。"),
        ("h1", "三、关于宁波片区管委会配套资金使用情况"),
        ("p", "您申请获取的“宁波片区管委会配套资金的使用情况”，不属于本机关负责公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第五项的规定，建议您向中国（浙江）自由贸易试验区宁波片区管理委员会咨询，联系地址：宁波市北仑区新碶街道明州路188号，联系电话：0574-86783215。"),
        ("h1", "四、其他需要说明的事项"),
        ("p", "1.本答复书所附信息系根据2023年度专项资金下达文件摘录，如需获取经本机关确认的纸质件，可在工作日内到浙江政务服务中心商务厅窗口领取。"),
        ("p", "2.根据《政府信息公开信息处理费管理办法》的规定，本次申请不收取信息处理费。"),
        ("p", "如您对本答复不服，可以自收到本答复书之日起60日内向浙江省人民政府申请行政复议，或者自收到本答复书之日起6个月内依法向有管辖权的人民法院提起行政诉讼。"),
        ("p", "特此答复。"),
    ]
    body(doc, items, exp)

    para(doc, "", first=0)
    att = "2023年度省级“一带一路”境外经贸合作区建设专项资金支持宁波片区企业情况（摘录）"
    p = para(doc, "附件：" + att, first=32, hanging=None)
    fmt(p, left=32 + 48, first=None, hanging=48)

    luokuan(doc, "浙江省商务厅", "2024年5月14日", seal, blank_page=True)
    para(doc, "", first=0)
    para(doc, "（此件依申请公开）", first=32)
    para(doc, "（联系人：刘某某，联系电话：0571-87051327）", first=32)

    # 附件 on a new page
    p = para(doc, "附件", HT, first=0)
    p.paragraph_format.page_break_before = True
    para(doc, "", first=0)
    for ln in ["2023年度省级“一带一路”境外经贸合作区", "建设专项资金支持宁波片区企业情况", "（摘录）"]:
        para(doc, ln, XBS, 22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "", first=0)
    hdr = ["序号", "企业名称", "支持项目", "下达金额（万元）"]
    rows = [
        ["1", "宁波海丝港通供应链管理有限公司", "印度尼西亚北苏拉威西镍铁产业园物流配套项目", "580"],
        ["2", "浙江甬泰国际工程有限公司", "泰国罗勇工业园二期标准厂房建设项目", "420"],
        ["3", "宁波北仑中塞经贸发展有限公司", "塞尔维亚贝尔格莱德商贸物流园招商推介项目", "260"],
    ]
    tbl = doc.add_table(rows=1 + len(rows) + 1, cols=4)
    table_borders(tbl)
    set_col_widths(tbl, [1.5, 5.2, 6.3, 2.6])
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        cell_text(tbl.rows[0].cells[i], h, HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    for r, row in enumerate(rows, 1):
        for i, v in enumerate(row):
            cell_text(tbl.rows[r].cells[i], v, FS, 14, align=WD_ALIGN_PARAGRAPH.CENTER if i in (0, 3) else WD_ALIGN_PARAGRAPH.LEFT)
    last = tbl.rows[-1]
    m = last.cells[0].merge(last.cells[2])
    cell_text(m, "合计", HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(last.cells[3], "1260", FS, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in rows:
        exp.append("；".join(f"{h}：{v}" for h, v in zip(hdr, row)))
    exp.append("合计：1260")
    para(doc, "", first=0)
    para(doc, "注：以上金额为省级专项资金下达数，不含市、区两级配套资金。", FS, 14, first=28, line=Pt(24))
    exp.append("注：以上金额为省级专项资金下达数，不含市、区两级配套资金。")

    banji(doc, ["抄送：浙江省人民政府办公厅（省政务公开办），浙江省财政厅。"], printer=("浙江省商务厅办公室", "2024年5月14日"))

    out = HERE / f"{stem}.docx"
    doc.save(out)
    convert(out)
    EXPECTED[stem] = [{
        "meta": {
            "title": "浙江省商务厅政府信息公开申请答复书",
            "doc_number": "浙商务依申复〔2024〕第17号",
            "issuer": ["浙江省商务厅"],
            "date": "2024-05-14",
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "addressees": ["张某某"],
            "kind": "政府信息公开申请答复书",
            "disclosure": "依申请公开",
        },
        "clauses": exp,
        "_note": (
            "Red 版头 '浙江省商务厅' (42pt, letter-spaced), 文号 centred, red rule as an empty paragraph's bottom border; title is TWO 小标宋 paragraphs "
            "'浙江省商务厅' + '政府信息公开申请答复书' (the first title line repeats the 版头 text — taking only '政府信息公开申请答复书' is low, taking '浙江省商务厅' alone is high). "
            "Core title property is a stale '依申请公开答复书（模板）' (using it = high). 主送 is a person '张某某：' (not a clause). "
            "文号 carries '第17号' with 第 (dropping 第 is low). 成文日期 2024-05-14 (落款, also in 印发 line). 2024年4月22日/4月24日/4月26日/5月6日 are procedure dates; "
            "'自2022年7月1日起施行，有效期至2025年6月30日' describes ANOTHER document (浙商务联发〔2022〕31号) — taking them as effective/expires of this reply is high; "
            "a reply has no effective/expires (effective = date is tolerable, low). Citing 浙商务联发〔2022〕31号 as doc_number = high. "
            "Headings 一、…四、 are 黑体 stand-alone headings (heading-clauses tolerable). （1）（2） sit under 二、 and 1. 2. under 四、; the 救济途径 paragraph "
            "(60日/6个月) and '特此答复。' are clauses (特此答复 may be dropped, low). Furniture: 附件说明 line, '（此页无正文）' at the top of the 落款 page (forced page break), 落款 '浙江省商务厅' + date, floating red seal picture "
            "(政府信息公开专用章), '（此件依申请公开）', '（联系人：刘某某，联系电话：…）', 附件 heading/title, 版记 (抄送 line, '浙江省商务厅办公室 2024年5月14日印发'), "
            "page numbers '— N —' (odd right / even left). 附件 table rows are clauses; the 合计 row is merged over 3 columns ('合计：1260' or "
            "'序号：合计；企业名称：合计；支持项目：合计；下达金额（万元）：1260' both fine). The '注：' line under the table is a clause (dropping it is low). "
            "Level provincial, region 浙江省; 宁波片区/宁波市北仑区 are mentioned but the issuer is provincial (region 宁波 = medium). "
            "applies_to: the reply itself applies to the applicant, not to a place; 浙江省 (or 宁波片区 for the 二、 clauses) tolerable."
        ),
    }]


# ======================================================================
# (b) 南宁片区管委会 对企业诉求的答复函（信函格式）
# ======================================================================
def make_nanning():
    stem = "blind110_nanning_reply"
    seal = HERE / "_seal_nn.png"
    make_seal(seal, "中国（广西）自由贸易试验区南宁片区管理委员会")
    doc = new_doc(author="nnzmq")
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    # 信函格式: first page footer carries the 文武线 (thin over thick), no page number
    fp = sec.first_page_footer.paragraphs[0]
    fmt(fp, first=0, line=Pt(4))
    border(fp, "top", "FF0000", 18, val="thinThickMediumGap", space=1)
    exp = []

    p = banner(doc, "中国（广西）自由贸易试验区南宁片区管理委员会", 19, before=0)
    border(p, "bottom", "FF0000", 18, val="thickThinMediumGap", space=6)
    para(doc, "南自贸管函〔2024〕58号", first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=16, before=6)
    title(doc, ["关于广西桂港通国际物流有限公司申请兑现", "跨境物流扶持资金等诉求的答复函"], br=True)
    para(doc, "广西桂港通国际物流有限公司：", first=0)

    items = [
        ("p", "你公司《关于申请兑现2023年度跨境班列及国际道路运输扶持资金的函》（桂港通函〔2024〕9号）及补充材料收悉，相关诉求已在“南宁片区企业诉求直通车”平台登记（诉求编号：NNZMQ-2024-0612-005）。我委高度重视，会同片区财政金融局、片区经济发展局逐项核实，并于2024年6月20日召开专题协调会进行研究。现将有关情况答复如下："),
        ("h1", "一、关于政策依据"),
        ("p", "你公司申请的扶持资金，依据为《中国（广西）自由贸易试验区南宁片区支持“一带一路”跨境物流发展若干措施》（南自贸管规〔2022〕3号，以下简称《若干措施》）。《若干措施》自2022年7月1日起施行，有效期2年，已于2024年6月30日到期。根据《若干措施》第十四条“有效期内发生的符合条件的事项，按本措施执行”的规定，你公司2023年度发生的符合条件的运营业务，仍按《若干措施》予以兑现。"),
        ("h1", "二、关于诉求事项的办理意见"),
        ("p", "你公司共提出3项诉求，经逐项研究，答复意见如下："),
    ]
    body(doc, items, exp)

    hdr = ["序号", "诉求事项", "答复意见", "责任单位"]
    rows = [
        ["1", "申请兑现2023年度经西部陆海新通道开行的中越跨境班列运费补贴，共计开行42列。",
         "部分支持。经核实，你公司2023年度经南宁国际铁路港开行的中越跨境班列共42列，其中符合《若干措施》第五条“集装箱满载率不低于80%”条件的38列，按每列2万元的标准核定补贴76万元；其余4列满载率不足80%，不予补贴。补贴资金将于2024年8月31日前拨付至你公司账户。",
         "片区财政金融局"],
        ["2", "申请将南宁至越南河内国际道路运输“门到门”业务参照跨境班列标准给予补贴。",
         "不予支持。《若干措施》第六条对国际道路运输业务另行规定了补贴标准（每车次1500元，单个企业年度不超过50万元），不适用第五条跨境班列补贴标准。你公司2023年度开行南宁至河内国际道路运输共216车次，可按第六条核定补贴32.4万元，请于2024年7月31日前通过“南宁片区惠企政策兑现系统”补充提交车辆通关记录。",
         "片区经济发展局"],
        ["3", "建议出台接续政策，延续对跨境物流企业的扶持。",
         "予以采纳。我委已启动接续政策起草工作，拟于2024年第四季度出台《中国（广西）自由贸易试验区南宁片区推动跨境物流高质量发展若干措施》，届时将在南宁片区门户网站公开征求意见，欢迎你公司提出意见建议。",
         "片区经济发展局\n片区财政金融局"],
    ]
    tbl = doc.add_table(rows=1 + len(rows), cols=4)
    table_borders(tbl)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        cell_text(tbl.rows[0].cells[i], h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(tbl.rows[0])
    for r, row in enumerate(rows, 1):
        for i, v in enumerate(row):
            cell_text(tbl.rows[r].cells[i], v, FS, 12, align=WD_ALIGN_PARAGRAPH.CENTER if i in (0, 3) else WD_ALIGN_PARAGRAPH.LEFT)
    set_col_widths(tbl, [1.2, 4.2, 7.6, 2.6])
    for row in rows:
        exp.append("；".join(f"{h}：{v.replace(chr(10), '、')}" for h, v in zip(hdr, row)))

    items = [
        ("h1", "三、有关工作要求"),
        ("p", "请你公司按照上述意见，在规定时限内补充完善申报材料。对本答复意见如有异议，可自收到本函之日起15个工作日内向我委书面反映，我委将组织复核。"),
        ("p", "联系人：片区经济发展局 黄某某，联系电话：0771-5730625。"),
        ("p", "特此函复。"),
    ]
    body(doc, items, exp)

    luokuan(doc, "中国（广西）自由贸易试验区南宁片区管理委员会", "2024年7月3日", seal, seal_x=8.8)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)
    banji(doc, ["抄送：南宁市人民政府办公室，南宁市商务局，片区财政金融局、经济发展局。"])

    out = HERE / f"{stem}.docx"
    doc.save(out)
    convert(out)
    EXPECTED[stem] = [{
        "meta": {
            "title": "关于广西桂港通国际物流有限公司申请兑现跨境物流扶持资金等诉求的答复函",
            "doc_number": "南自贸管函〔2024〕58号",
            "issuer": ["中国（广西）自由贸易试验区南宁片区管理委员会"],
            "date": "2024-07-03",
            "level": "municipal",
            "region": "广西壮族自治区南宁市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "addressees": ["广西桂港通国际物流有限公司"],
            "kind": "函（答复函，信函格式）",
        },
        "clauses": exp,
        "_note": (
            "信函格式: 版头 is the full 管委会 name in red 19pt with a red 武文线 (thick over thin) as its paragraph bottom border; 文号 right-aligned UNDER the rule; "
            "the first-page footer holds only the red 文武线 (thin over thick) and NO page number; pages 2+ have '— N —'. Title is ONE paragraph broken by a manual line break (w:br) "
            "— the two halves must be joined without a space ('…申请兑现跨境物流扶持资金…'); the 'title' 'XX管委会关于…' with the issuer prefixed is tolerable (low). "
            "主送 is a company (not a clause). 文号 must be 南自贸管函〔2024〕58号, not the company's 桂港通函〔2024〕9号 nor the policy's 南自贸管规〔2022〕3号 (either = high). "
            "成文日期 2024-07-03. The policy's 2022年7月1日 施行 / 2024年6月30日 到期 are about 南自贸管规〔2022〕3号, not this letter — taking them as effective/expires is high. "
            "2024年6月20日 (meeting), 8月31日, 7月31日 are deadlines/procedure dates. Headings 一、二、三、 are stand-alone 黑体 (heading-clauses tolerable). "
            "The table (诉求/答复, 4 columns, header row marked repeat) has 3 rows — each row one clause 'header：value；…'; '责任单位' of row 3 is two paragraphs in one cell "
            "(joined by 、 in expected; any joiner fine). Splitting a row into cells or merging rows = medium; losing a row = high. "
            "The 联系人 line is inside the body before '特此函复。' — a clause or furniture, both tolerable. Furniture: 落款 (issuer + date), floating seal, '（此件公开发布）', "
            "版记 (only 抄送 between rules — 信函格式 has no 印发 line), page numbers, footer rule. Level municipal (南宁片区管委会 is an agency of 南宁市人民政府); "
            "region 南宁市/南宁片区 both fine; region 广西 alone = low, national = high. applies_to: 南宁片区 (中国（广西）自由贸易试验区南宁片区)."
        ),
    }]


# ======================================================================
# (c) 厦门市司法局 行政规范性文件合法性审查意见书
# ======================================================================
def make_xiamen():
    stem = "blind110_xiamen_review"
    seal = HERE / "_seal_xm.png"
    make_seal(seal, "厦门市司法局")
    doc = new_doc(author="sfj-hfxsc")
    exp = []

    banner(doc, "厦门市司法局", 42, spacing_pt=6, before=12)
    para(doc, "", first=0)
    p = para(doc, "厦司规审〔2024〕43号", first=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18, space=10)

    draft = "《中国（福建）自由贸易试验区厦门片区关于支持融资租赁业服务“一带一路”建设的若干措施（送审稿）》"
    title(doc, ["厦门市司法局关于《中国（福建）自由贸易", "试验区厦门片区关于支持融资租赁业服务", "“一带一路”建设的若干措施（送审稿）》", "的合法性审查意见书"])
    para(doc, "中国（福建）自由贸易试验区厦门片区管理委员会：", first=0)

    items = [
        ("p", "你委《关于提请对〈中国（福建）自由贸易试验区厦门片区关于支持融资租赁业服务“一带一路”建设的若干措施（送审稿）〉进行合法性审查的函》（厦自贸委函〔2024〕76号）及起草说明、征求意见情况汇总、公平竞争审查表等材料收悉。根据《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）和本市行政规范性文件管理有关规定，我局对" + draft + "（以下简称《若干措施》）进行了合法性审查。现将审查意见函告如下："),
        ("h1", "一、送审基本情况"),
    ]
    body(doc, items, exp)

    kv = [
        ("送审文件", draft),
        ("送审单位", "中国（福建）自由贸易试验区厦门片区管理委员会"),
        ("送审日期", "2024年8月12日（2024年8月19日补正材料）"),
        ("审查方式", "书面审查，征求市商务局、市地方金融管理局意见"),
        ("审查期限", "2024年8月19日至2024年9月2日"),
    ]
    tbl = doc.add_table(rows=len(kv), cols=2)
    table_borders(tbl)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, (k, v) in enumerate(kv):
        cell_text(tbl.rows[r].cells[0], k, HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(tbl.rows[r].cells[1], v, FS, 14)
        exp.append(f"{k}：{v}")
    set_col_widths(tbl, [3.2, 12.4])

    items = [
        ("h1", "二、具体审查意见"),
        ("p", "经审查，《若干措施》制定主体适格，起草过程中履行了公开征求意见、公平竞争审查等程序，内容总体符合国家和我省关于自由贸易试验区融资租赁业发展的政策导向。但部分条款存在超越权限、减损市场主体权利或者表述不规范等问题，需修改完善："),
        ("run", [("（一）第三条。", KT, False), ("该条规定“申请本措施扶持的融资租赁企业，应当在厦门片区注册且实缴注册资本不低于1亿元人民币，并承诺10年内不迁离厦门片区”。其中“承诺10年内不迁离厦门片区”的要求，属于对市场主体迁移设置障碍，不符合公平竞争审查关于不得限制商品和要素自由流动的要求，建议删除。", FS, False)]),
        ("run", [("（二）第五条。", KT, False), ("该条规定对融资租赁企业开展“一带一路”共建国家跨境租赁业务的，按照租赁合同金额的1%给予奖励，单个企业每年最高500万元，但未明确资金来源和兑现程序。建议修改为：“对融资租赁企业开展‘一带一路’共建国家跨境租赁业务的，按照当年实际投放金额的1%给予奖励，单个企业每年最高不超过500万元。所需资金从厦门片区产业发展专项资金中列支，具体申报程序由片区经济发展局另行制定。”", FS, False)]),
        ("run", [("（三）第八条。", KT, False), ("该条规定“融资租赁企业违反本措施规定骗取扶持资金的，由片区管委会处以骗取金额三倍罚款，并纳入失信黑名单”。该条存在以下问题：", FS, False)]),
        ("p", "1.设定罚款超越了行政规范性文件的权限。根据《中华人民共和国行政处罚法》第十六条规定，除法律、法规、规章外，其他规范性文件不得设定行政处罚。"),
        ("p", "2.“纳入失信黑名单”缺乏法律、法规依据。根据《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号），认定失信行为应当以具有法律效力的文书为依据，不得随意扩大失信惩戒范围。"),
        ("p", "建议将第八条修改为：“融资租赁企业以虚报、冒领等手段骗取扶持资金的，由片区管委会依法追回已拨付资金；涉嫌违法犯罪的，依法移送有关机关处理。”"),
        ("run", [("（四）第十二条。", KT, False), ("该条规定“本措施自印发之日起施行，有效期5年”。根据行政规范性文件管理有关规定，涉及市场主体权利义务的行政规范性文件，除因保障国家安全、重大公共利益等需要立即施行的外，一般应当自公布之日起30日后施行。建议修改为：“本措施自2024年11月1日起施行，有效期至2027年10月31日。”", FS, False)]),
        ("run", [("（五）文字表述。", KT, False), ("第二条、第七条中“融资租赁公司”与“融资租赁企业”表述不一致，建议统一为“融资租赁企业”；第十条“一带一路沿线国家”建议统一规范为“共建‘一带一路’国家”。", FS, False)]),
        ("h1", "三、审查结论"),
        ("p", "经审查，《若干措施》按照上述意见修改后，不违反法律、法规、规章和国家政策规定，可以按程序提交厦门片区管委会主任办公会议审议后印发。"),
        ("p", "请你委根据本意见书对《若干措施》进行修改，并在印发之日起30日内将正式文本、起草说明和本意见书采纳情况说明一并报送我局备案审查。本意见书仅对《若干措施》的合法性提出意见，不替代制定机关对其合理性、可行性的审核责任。"),
    ]
    body(doc, items, exp)

    para(doc, "", first=0)
    att = "《若干措施》合法性审查修改意见对照表"
    para(doc, "附件：" + att)
    luokuan(doc, "厦门市司法局", "2024年8月30日", seal, blanks=1)
    para(doc, "（此件主动公开）", first=32)

    # 附件: 对照表 in a landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.page_width, sec2.page_height = Mm(297), Mm(210)
    sec2.orientation = 1
    sec2.top_margin, sec2.bottom_margin = Mm(28), Mm(26)
    sec2.left_margin, sec2.right_margin = Mm(37), Mm(35)
    para(doc, "附件", HT, first=0)
    para(doc, att, XBS, 22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "", first=0)
    hdr = ["条款", "送审稿条文", "审查意见", "修改建议"]
    rows = [
        ["第三条", "申请本措施扶持的融资租赁企业，应当在厦门片区注册且实缴注册资本不低于1亿元人民币，并承诺10年内不迁离厦门片区。", "对市场主体迁移设置障碍，不符合公平竞争审查要求。", "删除“并承诺10年内不迁离厦门片区”。"],
        ["第五条", "对融资租赁企业开展“一带一路”共建国家跨境租赁业务的，按照租赁合同金额的1%给予奖励，单个企业每年最高500万元。", "资金来源和兑现程序不明确。", "修改为“按照当年实际投放金额的1%给予奖励，单个企业每年最高不超过500万元。所需资金从厦门片区产业发展专项资金中列支”。"],
        ["第八条", "融资租赁企业违反本措施规定骗取扶持资金的，由片区管委会处以骗取金额三倍罚款，并纳入失信黑名单。", "行政规范性文件不得设定行政处罚；纳入失信黑名单缺乏法律、法规依据。", "修改为“由片区管委会依法追回已拨付资金；涉嫌违法犯罪的，依法移送有关机关处理”。"],
        ["第十二条", "本措施自印发之日起施行，有效期5年。", "未预留30日施行准备期。", "修改为“本措施自2024年11月1日起施行，有效期至2027年10月31日”。"],
        ["第二条、第七条、第十条", "融资租赁公司；一带一路沿线国家", "表述不统一、不规范。", "统一为“融资租赁企业”“共建‘一带一路’国家”。"],
    ]
    tbl = doc.add_table(rows=1 + len(rows), cols=4)
    table_borders(tbl)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        cell_text(tbl.rows[0].cells[i], h, HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(tbl.rows[0])
    for r, row in enumerate(rows, 1):
        for i, v in enumerate(row):
            cell_text(tbl.rows[r].cells[i], v, FS, 14, align=WD_ALIGN_PARAGRAPH.CENTER if i == 0 else WD_ALIGN_PARAGRAPH.LEFT)
    set_col_widths(tbl, [2.6, 8.4, 6.0, 5.5])
    for row in rows:
        exp.append("；".join(f"{h}：{v}" for h, v in zip(hdr, row)))

    # 版记 back in portrait on the last page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec3.page_width, sec3.page_height = Mm(210), Mm(297)
    sec3.orientation = 0
    sec3.top_margin, sec3.bottom_margin = Mm(37), Mm(35)
    sec3.left_margin, sec3.right_margin = Mm(28), Mm(26)
    for _ in range(16):
        para(doc, "", first=0)
    banji(doc, ["抄送：厦门市人民政府办公厅，市商务局，市地方金融管理局。"], printer=("厦门市司法局办公室", "2024年8月30日"))

    out = HERE / f"{stem}.docx"
    doc.save(out)
    convert(out)
    EXPECTED[stem] = [{
        "meta": {
            "title": "厦门市司法局关于《中国（福建）自由贸易试验区厦门片区关于支持融资租赁业服务“一带一路”建设的若干措施（送审稿）》的合法性审查意见书",
            "doc_number": "厦司规审〔2024〕43号",
            "issuer": ["厦门市司法局"],
            "date": "2024-08-30",
            "level": "municipal",
            "region": "福建省厦门市",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "addressees": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
            "kind": "行政规范性文件合法性审查意见书",
        },
        "clauses": exp,
        "_note": (
            "Red 版头 '厦门市司法局', 文号 centred with the red rule as its own bottom border. Title is FOUR 小标宋 paragraphs, split inside the 《》 book title (even inside 自由贸易/试验区) — they must be joined "
            "without spaces; dropping '厦门市司法局关于' is low, losing the 送审稿 name is high. 文号 厦司规审〔2024〕43号 — not 厦自贸委函〔2024〕76号, 国办发〔2018〕115号 or 国办发〔2020〕49号 (high). "
            "成文日期 2024-08-30. The quoted draft's '自印发之日起施行，有效期5年' and the proposed '自2024年11月1日起施行，有效期至2027年10月31日' belong to the DRAFT — taking them as "
            "effective/expires of this opinion is high. 2024年8月12日/8月19日/9月2日 are procedure dates. "
            "TRAP: paragraphs start with '（一）第三条。…', '（三）第八条。…', '（四）第十二条。…' (楷体 run-in + 仿宋 text in one paragraph): their labels are （一）…（五）, "
            "NOT 第三条/第八条/第十二条 of this document; labelling them as articles of this opinion is medium, splitting the document into '第三条'… articles is high. "
            "The 1. 2. items and '建议将第八条修改为：…' paragraph belong under （三）. Headings 一、二、三、 are stand-alone 黑体 (heading-clauses tolerable). "
            "Key-value table under 一、 (5 rows, 2 columns, no header row) → one clause per row 'key：value'. 附件 对照表 is in a LANDSCAPE section with a repeated header row; "
            "its 5 rows are clauses 'header：value；…'. Furniture: 附件说明, 落款 + seal picture, '（此件主动公开）', 附件 heading/title, 版记 on its own portrait page "
            "(抄送, '厦门市司法局办公室 2024年8月30日印发'), page numbers. Level municipal, region 厦门市 (厦门片区 also fine). applies_to: 厦门片区/厦门市."
        ),
    }]


if __name__ == "__main__":
    os.chdir(HERE)
    make_zhejiang()
    make_nanning()
    make_xiamen()
    for s in HERE.glob("_seal_*.png"):
        s.unlink()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", ", ".join(sorted(EXPECTED)))
