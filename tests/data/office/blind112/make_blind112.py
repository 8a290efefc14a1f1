# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 112: notices whose attachments do not line up neatly.

Writes, next to itself:
  blind112_sichuan_notice.docx/.pdf   四川省自由贸易试验区工作办公室 通知：附件说明列3件、文件只附2件（附件3“另行印发”），
                                      附件页标题与附件说明不一致（加了年度、“清单”变“表”），正文按编号引用附件
  blind112_qingdao_notice.docx/.pdf   青岛市商务局 申报通知：附件1（申报指南）自带附件1-1申报表、附件1-2承诺书，附件2（初审规程）内含“附表”
  blind112_longzhou_forward.docx/.pdf 龙州县人民政府办公室 转发崇左市政府办公室通知：被转发的市文件连同其自己的附件说明、附件1、附件2
                                      作为县文件的附件1，县文件自己的附件2在最后——全文两个附件说明、两个“附件1”、两个“附件2”
  expected.json
All numbers, names of people, projects, amounts and dates are fictional; the places and organs are real.
Run: python make_blind112.py   (needs python-docx, Pillow, LibreOffice `soffice`).
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


# ======================================================================
# (a) 四川省自由贸易试验区工作办公室 通知：三个附件列了，只附了两个
# ======================================================================
def make_sichuan():
    stem = "blind112_sichuan_notice"
    seal = HERE / "_seal_sc.png"
    make_seal(seal, "四川省自由贸易试验区工作办公室")
    doc = new_doc(author="sczmb")
    exp = []

    banner(doc, "四川省自由贸易试验区工作办公室", 28, spacing_pt=0, before=24)
    para(doc, "", first=0)
    para(doc, "川自贸办〔2024〕9号", first=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, "", first=0, line=Pt(12))
    border(p, "bottom", "FF0000", 18, space=1)

    title(doc, ["四川省自由贸易试验区工作办公室", "关于开展2024年度自贸试验区制度创新成果", "评估和第五批最佳实践案例申报工作的通知"])
    para(doc, "各市（州）自贸试验区工作领导小组办公室，自贸试验区各片区管委会，各协同改革先行区工作机构，省自贸试验区工作领导小组有关成员单位：", first=0)

    items = [
        ("p", "为深入实施自由贸易试验区提升战略，系统总结中国（四川）自由贸易试验区服务共建“一带一路”和西部陆海新通道建设的制度创新经验，加快形成一批可复制可推广的改革成果，经省自贸试验区工作领导小组同意，决定开展2024年度自贸试验区制度创新成果评估和第五批最佳实践案例申报工作。现将有关事项通知如下："),
        ("h1", "一、申报范围"),
        ("run", [("（一）申报主体。", KT, False), ("自贸试验区成都天府新区片区、成都青白江铁路港片区、川南临港片区管委会，各协同改革先行区所在地人民政府，以及省自贸试验区工作领导小组有关成员单位。", FS, False)]),
        ("run", [("（二）成果要求。", KT, False), ("申报成果应于2022年1月1日至2024年3月31日期间在四川自贸试验区内首次实施，实施时间不少于6个月，已取得明显成效并具备在全省复制推广的条件。围绕中欧班列（成渝）、国际多式联运“一单制”、跨境贸易投资便利化等服务“一带一路”建设领域的成果优先推荐。", FS, False)]),
        ("run", [("（三）申报数量。", KT, False), ("每个片区申报不超过5项，每个协同改革先行区申报不超过2项，省级成员单位根据工作实际申报。", FS, False)]),
        ("h1", "二、评估内容和方式"),
        ("run", [("（一）评估指标。", KT, False), ("评估按照创新性、实效性、可复制性3个一级指标、7个二级指标进行，满分100分，具体指标、分值及评分要点详见附件2。", FS, False)]),
        ("run", [("（二）评估方式。", KT, False), ("采取材料审核、实地核查和专家评审相结合的方式。省自贸办委托第三方机构组织开展评估，必要时组织专家赴片区实地核查，评估结果报省自贸试验区工作领导小组审定。", FS, False)]),
        ("h1", "三、工作安排"),
        ("p", "1.申报阶段（2024年6月30日前）。各申报主体按附件1格式填写申报表，连同成果说明材料（不超过3000字）及相关佐证材料，于2024年6月30日前报送省自贸办。"),
        ("p", "2.评估阶段（2024年7月至8月）。省自贸办组织开展材料审核和实地核查，并征求省级有关部门意见，形成评估报告。"),
        ("p", "3.发布阶段（2024年9月）。评估得分80分以上的成果纳入第五批最佳实践案例候选名单，评选标准和程序按照《四川自贸试验区第五批最佳实践案例评选办法》（附件3）执行，该办法另行印发。经省自贸试验区工作领导小组审定后，以第五批最佳实践案例形式在全省复制推广。"),
        ("h1", "四、有关要求"),
        ("run", [("（一）高度重视。", KT, False), ("各申报主体要将制度创新成果申报作为检验改革成效的重要抓手，明确专人负责，认真梳理总结，确保优质成果应报尽报。", FS, False)]),
        ("run", [("（二）确保质量。", KT, False), ("申报材料须真实准确。已纳入国务院自由贸易试验区工作部际联席会议办公室印发的改革试点经验和最佳实践案例，以及我省前四批最佳实践案例的成果，不得重复申报。", FS, False)]),
        ("run", [("（三）按时报送。", KT, False), ("纸质材料一式3份加盖公章后报送省自贸办，电子版（含Word版及盖章扫描件）同步发送至指定邮箱，逾期不予受理。", FS, False)]),
        ("p", "联系人：省自贸办制度创新处 王某某，联系电话：028-86705213，电子邮箱：sczmb_cxc@sc.example.cn。"),
    ]
    body(doc, items, exp)

    atts = ["1.制度创新成果申报表", "2.制度创新成果评估指标清单", "3.四川自贸试验区第五批最佳实践案例评选办法（另行印发）"]
    att_list(doc, atts)

    luokuan(doc, "四川省自由贸易试验区工作办公室", "2024年5月27日", seal, seal_x=7.6, seal_y=-1.4, blanks=3)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)

    # ---- 附件1: the page is titled with a year added
    att_page(doc, "附件1")
    att_title(doc, ["2024年度四川自贸试验区制度创新成果申报表"])
    p = para(doc, "申报单位（盖章）：\t填报日期：    年  月  日", FS, 14, first=0, line=Pt(24))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.5))
    tbl = doc.add_table(rows=8, cols=4)
    table_borders(tbl)
    set_col_widths(tbl, [3.6, 4.4, 3.2, 4.4])
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    C = WD_ALIGN_PARAGRAPH.CENTER
    L = WD_ALIGN_PARAGRAPH.LEFT
    r = tbl.rows
    cell_text(r[0].cells[0], "成果名称", FS, 14, align=C)
    r[0].cells[1].merge(r[0].cells[3])
    cell_text(r[1].cells[0], "申报单位", FS, 14, align=C)
    cell_text(r[1].cells[2], "联系人及电话", FS, 14, align=C)
    cell_text(r[2].cells[0], "所属片区（协同改革先行区）", FS, 14, align=C)
    cell_text(r[2].cells[2], "首次实施时间", FS, 14, align=C)
    cell_text(r[3].cells[0], "成果类别", FS, 14, align=C)
    m = r[3].cells[1].merge(r[3].cells[3])
    cell_text(m, "□投资便利化  □贸易便利化  □金融开放创新\n□政府职能转变  □服务“一带一路”建设  □其他", FS, 14, align=L)
    cell_text(r[4].cells[0], "已复制推广范围", FS, 14, align=C)
    r[4].cells[1].merge(r[4].cells[3])
    cell_text(r[5].cells[0], "成果简介\n（不超过800字）", FS, 14, align=C)
    m = r[5].cells[1].merge(r[5].cells[3])
    cell_text(m, "（主要包括改革背景、主要做法、实践效果、推广价值等）\n\n\n\n\n", FS, 14, align=L)
    cell_text(r[6].cells[0], "申报单位意见", FS, 14, align=C)
    m = r[6].cells[1].merge(r[6].cells[3])
    cell_text(m, "\n\n（盖章）\n年    月    日", FS, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    cell_text(r[7].cells[0], "片区管委会（先行区所在地政府）推荐意见", FS, 14, align=C)
    m = r[7].cells[1].merge(r[7].cells[3])
    cell_text(m, "\n\n（盖章）\n年    月    日", FS, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    form_rows = [
        "成果名称：",
        "申报单位：；联系人及电话：",
        "所属片区（协同改革先行区）：；首次实施时间：",
        "成果类别：□投资便利化  □贸易便利化  □金融开放创新 □政府职能转变  □服务“一带一路”建设  □其他",
        "已复制推广范围：",
        "成果简介（不超过800字）：（主要包括改革背景、主要做法、实践效果、推广价值等）",
        "申报单位意见：（盖章） 年 月 日",
        "片区管委会（先行区所在地政府）推荐意见：（盖章） 年 月 日",
    ]
    exp.extend(form_rows)
    para(doc, "注：成果说明材料另附，佐证材料可包括制度文件、媒体报道、第三方评价等。", FS, 14, first=28, line=Pt(24))
    exp.append("注：成果说明材料另附，佐证材料可包括制度文件、媒体报道、第三方评价等。")

    # ---- 附件2: 清单 in 附件说明, 表 on the page
    att_page(doc, "附件2")
    att_title(doc, ["四川自贸试验区制度创新成果评估指标表"])
    hdr = ["一级指标", "二级指标", "分值", "评分要点"]
    data = [
        ["创新性（30分）", "首创程度", "15", "全国首创的得15分；全省首创的得10分；在已有做法基础上有实质性突破的得6分。"],
        [None, "系统集成", "15", "涉及多部门协同、多环节联动，形成系统性制度安排的得10—15分；单一环节优化的得5分以下。"],
        ["实效性（40分）", "企业获得感", "20", "以惠及企业数量、节约时间和成本等量化数据佐证，效果显著的得15—20分。"],
        [None, "风险可控", "10", "建立相应风险防控措施且实施以来未发生风险事件的得10分。"],
        [None, "经济社会效益", "10", "对贸易投资增长、“一带一路”国际合作等带动作用明显的得8—10分。"],
        ["可复制性（30分）", "推广价值", "15", "具备在全省乃至全国复制推广条件的得10—15分。"],
        [None, "制度化程度", "15", "已形成规范性文件或地方标准的得15分；形成工作规程的得8分。"],
    ]
    tbl = grid_table(doc, hdr, data + [["合计", None, "100", "—"]], [3.2, 3.0, 1.6, 7.8], size=12, center_cols=(0, 1, 2))
    # vertical merges of 一级指标
    for a, b in ((1, 2), (3, 5), (6, 7)):
        top = tbl.rows[a].cells[0]
        txt = data[a - 1][0]
        mm = top.merge(tbl.rows[b].cells[0])
        cell_text(mm, txt, FS, 12, align=C)
    last = tbl.rows[-1]
    mm = last.cells[0].merge(last.cells[1])
    cell_text(mm, "合计", HT, 12, align=C)
    cur = None
    for row in data:
        if row[0]:
            cur = row[0]
        exp.append(kv(zip(hdr, [cur] + row[1:])))
    exp.append("合计：100")
    para(doc, "", first=0)
    para(doc, "注：评估由第三方机构组织专家进行，得分80分以上的成果纳入第五批最佳实践案例候选名单。", FS, 14, first=28, line=Pt(24))
    exp.append("注：评估由第三方机构组织专家进行，得分80分以上的成果纳入第五批最佳实践案例候选名单。")

    banji(doc, ["抄送：商务部自由贸易试验区港建设协调司，省委改革办，省政府办公厅。"], printer=("四川省自由贸易试验区工作办公室", "2024年5月27日"))

    out = HERE / f"{stem}.docx"
    doc.save(out)
    convert(out)
    EXPECTED[stem] = [{
        "meta": {
            "title": "四川省自由贸易试验区工作办公室关于开展2024年度自贸试验区制度创新成果评估和第五批最佳实践案例申报工作的通知",
            "doc_number": "川自贸办〔2024〕9号",
            "issuer": ["四川省自由贸易试验区工作办公室"],
            "date": "2024-05-27",
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": ["制度创新成果申报表", "制度创新成果评估指标清单", "四川自贸试验区第五批最佳实践案例评选办法（另行印发）"],
            "attachments_in_file": ["2024年度四川自贸试验区制度创新成果申报表", "四川自贸试验区制度创新成果评估指标表"],
            "addressees": ["各市（州）自贸试验区工作领导小组办公室", "自贸试验区各片区管委会", "各协同改革先行区工作机构", "省自贸试验区工作领导小组有关成员单位"],
            "kind": "通知",
        },
        "clauses": exp,
        "_note": (
            "Red 版头 '四川省自由贸易试验区工作办公室' (no 文件), 文号 centred, red rule. Title in THREE 小标宋 paragraphs (join without spaces). "
            "附件说明 lists THREE attachments: 1.制度创新成果申报表 2.制度创新成果评估指标清单 3.…评选办法（另行印发） — the file holds only two. "
            "meta.attachments should be the three titles of the 附件说明 (dropping the 3rd or marking it 另行印发/not included is fine; dropping it silently is low; "
            "inventing a 3rd attachment body out of the 版记 or 注 is high). The attachment pages are titled DIFFERENTLY: '2024年度四川自贸试验区制度创新成果申报表' (year + 四川自贸试验区 added) "
            "and '四川自贸试验区制度创新成果评估指标表' (表 not 清单) — either wording is fine, but the pages must be recognised as 附件1 / 附件2 (not as separate documents: splitting them off = medium, with wrong meta = high). "
            "Body cites them by number: '详见附件2', '按附件1格式', '（附件3）…另行印发'. Dates 2022-01-01/2024-03-31/2024-06-30/2024年7月至8月/9月 are work dates, NOT effective/expires (high if taken). "
            "Headings 一、…四、 stand-alone 黑体 (heading-clauses tolerable); （一）… are 楷体 run-in lead-ins inside 仿宋 paragraphs; 1. 2. 3. under 三、. "
            "联系人 line is a clause (or furniture — low). Furniture: 主送, 附件说明 (3 paragraphs), 落款 + floating seal, '（此件公开发布）', '附件1'/'附件2' labels and titles, "
            "'申报单位（盖章）：\\t填报日期：年月日' line above the form (tolerable as a clause), 版记 (抄送 + '四川省自由贸易试验区工作办公室 2024年5月27日印发'), page numbers '— N —'. "
            "附件1 is a BLANK form (4 columns label|blank|label|blank with merged value cells): one clause per row 'label：(blank)' — exact rendering of blanks/□ boxes is tolerable; "
            "losing the form entirely is medium. 附件2 table: 一级指标 is vertically merged over 2/3/2 rows — each row must carry its 一级指标 (missing on continuation rows = medium); "
            "合计 row 'merged 合计：100' in any shape; the two '注：' lines are clauses (low if dropped). Level provincial, region 四川省. applies_to 四川省 (片区 names in clauses may narrow, fine)."
        ),
    }]


# ======================================================================
# (b) 青岛市商务局 申报通知：附件1 带附件1-1、1-2；附件2 内含附表
# ======================================================================
def make_qingdao():
    stem = "blind112_qingdao_notice"
    seal = HERE / "_seal_qd.png"
    make_seal(seal, "青岛市商务局")
    doc = new_doc(author="qdcom")
    exp = []

    banner(doc, "青岛市商务局文件", 40, spacing_pt=2, before=24)
    para(doc, "", first=0)
    para(doc, "", first=0)
    para(doc, "青商务字〔2024〕23号", first=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, "", first=0, line=Pt(12))
    border(p, "bottom", "FF0000", 18, space=1)

    title(doc, ["青岛市商务局关于组织申报2024年度", "服务“一带一路”建设境外经贸合作项目", "扶持资金的通知"])
    para(doc, "各区（市）商务主管部门，中国（山东）自由贸易试验区青岛片区管委会，有关企业：", first=0)
    items = [
        ("p", "为贯彻落实《青岛市支持企业服务“一带一路”建设若干政策措施》（青政办字〔2022〕37号），引导企业高质量“走出去”，深化与共建“一带一路”国家经贸合作，现就组织申报2024年度服务“一带一路”建设境外经贸合作项目扶持资金有关事项通知如下："),
        ("h1", "一、申报内容"),
        ("p", "2023年1月1日至2023年12月31日期间发生的境外经贸合作区建设、对共建“一带一路”国家投资、对外承包工程及境外投资保险等项目。具体支持对象、支持标准和申报条件详见《申报指南》（附件1）。"),
        ("h1", "二、申报程序"),
        ("run", [("（一）企业申报。", KT, False), ("申报企业登录“青岛市商务政策兑现服务平台”在线填报，按附件1-1格式填写申报表，签署附件1-2信用承诺书，于2024年7月15日前将纸质材料一式2份报送注册地区（市）商务主管部门。", FS, False)]),
        ("run", [("（二）区（市）初审。", KT, False), ("各区（市）商务主管部门按照附件2规定的程序和要求进行初审，于2024年7月31日前将初审意见汇总表（附件2附表）及申报材料报送市商务局对外投资和经济合作处。中国（山东）自由贸易试验区青岛片区内企业由青岛片区管委会负责初审。", FS, False)]),
        ("run", [("（三）市级复核。", KT, False), ("市商务局会同市财政局委托第三方审计机构对申报项目进行专项审计，根据审计结果提出资金安排建议，经公示无异议后下达资金。", FS, False)]),
        ("h1", "三、有关要求"),
        ("p", "（一）同一项目已获得中央外经贸发展专项资金或市级其他财政资金支持的，不得重复申报。"),
        ("p", "（二）对弄虚作假、骗取扶持资金的企业，追回已拨付资金，3年内取消其申报市级商务扶持资金资格，并依法依规纳入失信记录。"),
        ("p", "（三）各区（市）商务主管部门要加强政策宣传，做好申报辅导，对初审结果的真实性负责。"),
        ("p", "联系人：市商务局对外投资和经济合作处 赵某某，联系电话：0532-85911372。"),
    ]
    body(doc, items, exp)

    att1 = "2024年度青岛市服务“一带一路”建设境外经贸合作项目扶持资金申报指南"
    att2 = "区（市）商务主管部门初审工作规程"
    att_list(doc, ["1." + att1, "2." + att2])
    luokuan(doc, "青岛市商务局", "2024年6月14日", seal, blanks=3)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)

    # ---- 附件1 申报指南, with its own 附件说明 (1-1, 1-2)
    att_page(doc, "附件1")
    att_title(doc, ["2024年度青岛市服务“一带一路”建设", "境外经贸合作项目扶持资金申报指南"])
    g_items = [
        ("h1", "一、支持对象"),
        ("p", "在青岛市依法注册、具有独立法人资格，近3年未发生严重失信行为，2023年度在共建“一带一路”国家开展境外经贸合作的企业。"),
        ("h1", "二、支持内容和标准"),
        ("run", [("（一）境外经贸合作区建设。", KT, False), ("对经商务部、财政部确认考核的境外经贸合作区的实施企业，按当年度基础设施投资额的5%给予补助，最高不超过500万元。", FS, False)]),
        ("run", [("（二）共建国家投资项目。", KT, False), ("对中方实际投资额（不含利润再投资）1000万美元以上的项目，按中方实际投资额的1%给予补助，最高不超过200万元。", FS, False)]),
        ("run", [("（三）对外承包工程项目。", KT, False), ("对在共建“一带一路”国家新签合同额5000万美元以上的对外承包工程项目，按项目前期费用的50%给予补助，最高不超过100万元。", FS, False)]),
        ("run", [("（四）境外投资保险。", KT, False), ("对企业投保海外投资保险的保费给予50%补助，单个企业最高不超过80万元。", FS, False)]),
        ("h1", "三、申报材料"),
        ("p", "1.《2024年度青岛市服务“一带一路”建设境外经贸合作项目扶持资金申报表》（附件1-1）；"),
        ("p", "2.企业营业执照复印件；"),
        ("p", "3.《企业境外投资证书》或对外承包工程项目备案材料；"),
        ("p", "4.境外投资实际出资凭证、银行水单或保险合同及保费支付凭证；"),
        ("p", "5.《申报企业信用承诺书》（附件1-2）。"),
        ("h1", "四、其他事项"),
        ("p", "单个企业年度获得本项扶持资金总额不超过600万元。申报材料不予退还，请企业自行留存备份。"),
    ]
    body(doc, g_items, exp)
    a11 = "2024年度青岛市服务“一带一路”建设境外经贸合作项目扶持资金申报表"
    a12 = "申报企业信用承诺书"
    att_list(doc, ["1-1." + a11, "1-2." + a12])

    # ---- 附件1-1 申报表
    att_page(doc, "附件1-1")
    att_title(doc, ["2024年度青岛市服务“一带一路”建设", "境外经贸合作项目扶持资金申报表"])
    tbl = doc.add_table(rows=8, cols=4)
    table_borders(tbl)
    set_col_widths(tbl, [3.6, 4.6, 3.4, 4.0])
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    C = WD_ALIGN_PARAGRAPH.CENTER
    r = tbl.rows
    pairs = [("企业名称", "统一社会信用代码"), ("注册地址", "所属区（市）"), ("联系人", "联系电话")]
    for i, (a, b) in enumerate(pairs):
        cell_text(r[i].cells[0], a, FS, 12, align=C)
        cell_text(r[i].cells[2], b, FS, 12, align=C)
    cell_text(r[3].cells[0], "申报类别", FS, 12, align=C)
    m = r[3].cells[1].merge(r[3].cells[3])
    cell_text(m, "□境外经贸合作区建设  □共建国家投资项目\n□对外承包工程项目    □境外投资保险", FS, 12)
    cell_text(r[4].cells[0], "项目名称", FS, 12, align=C)
    r[4].cells[1].merge(r[4].cells[3])
    cell_text(r[5].cells[0], "项目所在国别（地区）", FS, 12, align=C)
    cell_text(r[5].cells[2], "投资（合同）额（万美元）", FS, 12, align=C)
    cell_text(r[6].cells[0], "申请扶持金额（万元）", FS, 12, align=C)
    r[6].cells[1].merge(r[6].cells[3])
    cell_text(r[7].cells[0], "区（市）商务主管部门初审意见", FS, 12, align=C)
    m = r[7].cells[1].merge(r[7].cells[3])
    cell_text(m, "\n\n（盖章）\n年    月    日", FS, 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    exp.extend([
        "企业名称：；统一社会信用代码：",
        "注册地址：；所属区（市）：",
        "联系人：；联系电话：",
        "申报类别：□境外经贸合作区建设 □共建国家投资项目 □对外承包工程项目 □境外投资保险",
        "项目名称：",
        "项目所在国别（地区）：；投资（合同）额（万美元）：",
        "申请扶持金额（万元）：",
        "区（市）商务主管部门初审意见：（盖章） 年 月 日",
    ])

    # ---- 附件1-2 承诺书
    att_page(doc, "附件1-2")
    att_title(doc, ["申报企业信用承诺书"])
    c_items = [
        ("p", "本企业自愿申报2024年度青岛市服务“一带一路”建设境外经贸合作项目扶持资金，郑重承诺如下："),
        ("p", "1.所提交的申报材料真实、准确、完整，不存在虚报、瞒报、伪造等情况；"),
        ("p", "2.申报项目未获得中央及本市其他同类财政资金支持，不存在重复申报；"),
        ("p", "3.自觉接受商务、财政、审计等部门的监督检查，按要求提供相关资料；"),
        ("p", "4.如违反上述承诺，自愿退回已获扶持资金，承担相应法律责任，并同意将相关失信信息纳入公共信用信息平台。"),
    ]
    body(doc, c_items, exp)
    para(doc, "", first=0)
    para(doc, "", first=0)
    para(doc, "法定代表人（签字）：", first=0, left=200)
    para(doc, "企业（盖章）：", first=0, left=200)
    para(doc, "年    月    日", first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)

    # ---- 附件2 初审工作规程, with a 附表 inside
    att_page(doc, "附件2")
    att_title(doc, ["区（市）商务主管部门初审工作规程"])
    r_items = [
        ("run", [("第一条", HT, False), ("　为规范2024年度服务“一带一路”建设境外经贸合作项目扶持资金初审工作，制定本规程。", FS, False)]),
        ("run", [("第二条", HT, False), ("　各区（市）商务主管部门负责本辖区申报项目的初审；中国（山东）自由贸易试验区青岛片区内企业由青岛片区管委会负责初审。", FS, False)]),
        ("run", [("第三条", HT, False), ("　初审内容包括：", FS, False)]),
        ("p", "（一）申报主体是否符合《申报指南》规定的条件；"),
        ("p", "（二）申报材料是否齐全、真实、有效；"),
        ("p", "（三）申报项目是否存在重复申报情形。"),
        ("run", [("第四条", HT, False), ("　初审采取书面审核和现场核查相结合的方式，现场核查比例不低于本辖区申报项目数的30%。", FS, False)]),
        ("run", [("第五条", HT, False), ("　初审完成后，各区（市）商务主管部门应当按附表格式汇总初审意见，经单位主要负责人签字并加盖公章后报送市商务局。", FS, False)]),
        ("run", [("第六条", HT, False), ("　本规程由青岛市商务局负责解释。", FS, False)]),
    ]
    body(doc, r_items, exp)
    para(doc, "", first=0)
    para(doc, "附表", HT, first=0)
    para(doc, "______区（市）2024年度境外经贸合作项目扶持资金初审意见汇总表", XBS, 18, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(30))
    p = para(doc, "填报单位（盖章）：\t单位：万元", FS, 12, first=0, line=Pt(22))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), alignment=2)
    hdr = ["序号", "企业名称", "申报类别", "项目名称", "申请金额", "初审意见", "备注"]
    grid_table(doc, hdr, [[""] * 7, [""] * 7, ["合计", "", "", "", "", "", ""]], [1.2, 3.0, 2.2, 3.4, 1.8, 2.4, 1.6], size=12, center_cols=(0,))
    exp.append("序号｜企业名称｜申报类别｜项目名称｜申请金额｜初审意见｜备注")
    para(doc, "主要负责人（签字）：\t填报人：\t联系电话：", FS, 12, first=0, line=Pt(22))

    banji(doc, ["抄送：市财政局，市审计局。"], printer=("青岛市商务局办公室", "2024年6月14日"))

    out = HERE / f"{stem}.docx"
    doc.save(out)
    convert(out)
    EXPECTED[stem] = [{
        "meta": {
            "title": "青岛市商务局关于组织申报2024年度服务“一带一路”建设境外经贸合作项目扶持资金的通知",
            "doc_number": "青商务字〔2024〕23号",
            "issuer": ["青岛市商务局"],
            "date": "2024-06-14",
            "level": "municipal",
            "region": "山东省青岛市",
            "effective": None,
            "expires": None,
            "attachments": [att1, att2],
            "sub_attachments": {"附件1": [a11, a12], "附件2": ["附表：______区（市）2024年度境外经贸合作项目扶持资金初审意见汇总表"]},
            "addressees": ["各区（市）商务主管部门", "中国（山东）自由贸易试验区青岛片区管委会", "有关企业"],
            "kind": "通知",
        },
        "clauses": exp,
        "_note": (
            "Red 版头 '青岛市商务局文件', 文号 青商务字〔2024〕23号 (NOT 青政办字〔2022〕37号, which is cited — high if taken). Title in THREE 小标宋 paragraphs. "
            "Main 附件说明 lists 2 attachments; 附件1 (申报指南) has its OWN 附件说明 '附件：1-1.…申报表 1-2.申报企业信用承诺书' at its end — that is NOT a third/fourth attachment "
            "of the notice (adding 1-1/1-2 to meta.attachments as sub-attachments is fine; listing them flat is low; ending the document or starting a new document there is high). "
            "Labels '附件1-1' and '附件1-2' head their own pages and must not be mistaken for article/item numbers ('1-1' as a numbered item = medium). "
            "附件2 (初审工作规程) is written in 第一条…第六条 with （一）（二）（三） under 第三条; the reader must not treat these 条 as the notice's own articles in a new document (medium) — "
            "labels 第一条… inside 附件2 are fine. '附表' inside 附件2 is a blank template: header row only as a clause (blank rows/合计 row ignored; keeping empties = low). "
            "Dates 2023-01-01/2023-12-31/2024-07-15/2024-07-31 are period/deadline dates, NOT effective/expires (high if taken). No effective/expires. "
            "Furniture: 主送, both 附件说明 blocks, 落款+seal, '（此件公开发布）', '附件1'/'附件1-1'/'附件1-2'/'附件2'/'附表' labels and titles, the '填报单位（盖章）：单位：万元' and "
            "'主要负责人（签字）：填报人：联系电话：' lines, the 承诺书 signature block (法定代表人（签字）/企业（盖章）/年月日), 版记 (抄送 + '青岛市商务局办公室 2024年6月14日印发'), page numbers. "
            "申报表 is a blank form (label|blank|label|blank): one clause per row, blanks tolerable. Level municipal, region 青岛市; applies_to 青岛市 (青岛片区 for the 片区 sentences is fine)."
        ),
    }]


# ======================================================================
# (c) 龙州县人民政府办公室 转发崇左市政府办公室通知（市文件连同其附件作为县文件附件1）
# ======================================================================
def make_longzhou():
    stem = "blind112_longzhou_forward"
    seal = HERE / "_seal_lz.png"
    make_seal(seal, "龙州县人民政府办公室")
    doc = new_doc(author="lzxzfb")
    exp_c = []  # county
    exp_m = []  # municipal

    banner(doc, "龙州县人民政府办公室文件", 34, spacing_pt=0, before=24)
    para(doc, "", first=0)
    para(doc, "", first=0)
    para(doc, "龙政办发〔2024〕15号", first=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, "", first=0, line=Pt(12))
    border(p, "bottom", "FF0000", 18, space=1)

    city_title = "崇左市人民政府办公室关于推进中国（广西）自由贸易试验区崇左片区与沿边县（市、区）联动发展的通知"
    title(doc, ["龙州县人民政府办公室关于转发《崇左市", "人民政府办公室关于推进中国（广西）自由", "贸易试验区崇左片区与沿边县（市、区）", "联动发展的通知》的通知"])
    para(doc, "各乡镇人民政府，县直各有关单位，驻县各有关单位：", first=0)
    c_items = [
        ("p", "现将《" + city_title + "》（崇政办发〔2024〕21号）转发给你们，并结合我县实际提出以下意见，请一并认真贯彻执行。"),
        ("run", [("一、明确牵头责任。", HT, False), ("县商务和口岸管理局为我县联动发展工作牵头单位，负责统筹协调、督促推进和信息报送；县发展改革局、县财政局、县自然资源局等部门按职责分工做好配合。", FS, False)]),
        ("run", [("二、抓好重点项目。", HT, False), ("我县承担的联动发展重点项目见附件1所附的重点项目清单（即市文件附件1），项目所在乡镇和县直责任单位要按照附件2明确的分工，倒排工期、挂图作战，确保水口口岸跨境产业合作等项目按期建成。", FS, False)]),
        ("run", [("三、建立报送制度。", HT, False), ("各责任单位于每季度最后一个月20日前将工作进展报送县商务和口岸管理局，由其汇总后于当月25日前报崇左片区管委会。县政府督查室将联动发展工作纳入年度重点督查事项。", FS, False)]),
    ]
    body(doc, c_items, exp_c)
    c_att2 = "龙州县落实崇左片区联动发展重点任务分工表"
    att_list(doc, ["1." + city_title, "2." + c_att2])
    luokuan(doc, "龙州县人民政府办公室", "2024年5月20日", seal, blanks=3)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)

    # ---- county 附件1 = the city document, reproduced with its own 附件说明 and 附件
    att_page(doc, "附件1")
    para(doc, "", first=0)
    for ln in ["崇左市人民政府办公室关于推进", "中国（广西）自由贸易试验区崇左片区", "与沿边县（市、区）联动发展的通知"]:
        para(doc, ln, XBS, 22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "崇政办发〔2024〕21号", KT, first=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "", first=0)
    para(doc, "各县（市、区）人民政府，市直各有关单位，中国（广西）自由贸易试验区崇左片区管理委员会：", first=0)
    m_items = [
        ("p", "为深入贯彻落实《中国（广西）自由贸易试验区总体方案》，发挥崇左片区辐射带动作用，推动片区与凭祥市、龙州县、宁明县、大新县等沿边县（市、区）联动发展，更好服务共建“一带一路”和中国—东盟合作，经市人民政府同意，现就有关事项通知如下："),
        ("h1", "一、总体目标"),
        ("p", "到2026年，建立崇左片区与沿边县（市、区）联动发展工作机制，联动区域边境贸易额年均增长10%以上，落地跨境产业合作项目30个以上，复制推广片区制度创新成果20项以上。"),
        ("h1", "二、重点任务"),
        ("run", [("（一）推动制度创新成果复制推广。", KT, False), ("崇左片区形成的“跨境电商+边民互市”融合发展、中越跨境运输车辆“一站式”通关等制度创新成果，在联动区域优先复制推广，由片区管委会会同各县（市、区）制定复制推广清单。", FS, False)]),
        ("run", [("（二）共建跨境产业链。", KT, False), ("支持沿边县（市、区）依托友谊关、水口、爱店等口岸，发展坚果、红木、中药材等边民互市商品落地加工产业，对新落地的加工项目按设备投资额的10%给予补助，单个项目最高200万元。", FS, False)]),
        ("run", [("（三）推进通道互联互通。", KT, False), ("加快智慧口岸建设，推动崇左片区与各口岸数据互联共享，力争2025年底前实现联动区域主要口岸货物通关时间压缩30%。", FS, False)]),
        ("h1", "三、保障措施"),
        ("run", [("（一）建立联席会议制度。", KT, False), ("由市人民政府分管副市长召集，市商务局、崇左片区管委会和各县（市、区）人民政府为成员单位，每半年召开一次会议，研究解决联动发展重大问题。", FS, False)]),
        ("run", [("（二）加强资金保障。", KT, False), ("市财政每年安排联动发展专项资金2000万元，各县（市、区）按不低于1∶1比例配套。", FS, False)]),
        ("p", "本通知自2024年6月1日起施行，有效期至2026年12月31日。"),
    ]
    body(doc, m_items, exp_m)
    m_att1 = "崇左片区与沿边县（市、区）联动发展重点项目清单"
    m_att2 = "崇左片区联动发展工作联络员名单"
    att_list(doc, ["1." + m_att1, "2." + m_att2])
    sign_plain(doc, "崇左市人民政府办公室", "2024年5月8日", right_org=48)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)

    # city 附件1 (second '附件1' in the file)
    att_page(doc, "附件1")
    att_title(doc, ["崇左片区与沿边县（市、区）", "联动发展重点项目清单"])
    hdr = ["序号", "项目名称", "所在县（市、区）", "建设内容", "责任单位", "完成时限"]
    rows = [
        ["1", "凭祥综合保税区跨境电商产业园二期", "凭祥市", "新建标准厂房6万平方米及跨境电商监管中心", "凭祥市人民政府", "2025年12月"],
        ["2", "水口口岸跨境产业合作园", "龙州县", "建设坚果、中药材落地加工厂房4万平方米及配套冷链仓储", "龙州县人民政府", "2025年6月"],
        ["3", "水口—驮隆二桥货运通道智慧化改造", "龙州县", "建设智能卡口、货车预约通关系统", "龙州县人民政府、崇左片区管委会", "2024年12月"],
        ["4", "爱店口岸边民互市商品加工基地", "宁明县", "建设红木、中药材加工车间及交易市场", "宁明县人民政府", "2026年6月"],
    ]
    grid_table(doc, hdr, rows, [1.1, 4.0, 2.2, 4.4, 2.6, 1.9], size=12, center_cols=(0, 2, 5))
    for row in rows:
        exp_m.append(kv(zip(hdr, row)))

    # city 附件2 (second '附件2'), omitted in the forwarded copy
    att_page(doc, "附件2")
    att_title(doc, ["崇左片区联动发展工作联络员名单"])
    para(doc, "（略）", first=0, align=WD_ALIGN_PARAGRAPH.CENTER)

    # county 附件2
    att_page(doc, "附件2")
    att_title(doc, [c_att2])
    hdr2 = ["序号", "重点任务", "责任单位", "配合单位", "完成时限"]
    rows2 = [
        ["1", "建立县级联动发展工作专班，制定年度工作要点", "县商务和口岸管理局", "县发展改革局", "2024年6月底前"],
        ["2", "推进水口口岸跨境产业合作园建设，完成一期厂房主体工程", "水口镇人民政府", "县工业园区管委会、县自然资源局", "2024年12月底前"],
        ["3", "复制推广崇左片区“跨境电商+边民互市”融合发展模式", "县商务和口岸管理局", "县市场监管局、水口海关", "2024年9月底前"],
        ["4", "落实联动发展专项资金县级配套", "县财政局", "县商务和口岸管理局", "每年3月底前"],
    ]
    grid_table(doc, hdr2, rows2, [1.1, 6.0, 3.2, 3.5, 2.4], size=12, center_cols=(0, 4))
    for row in rows2:
        exp_c.append(kv(zip(hdr2, row)))

    banji(doc, ["抄送：县委办，县人大常委会办，县政协办。"], printer=("龙州县人民政府办公室", "2024年5月20日"))

    out = HERE / f"{stem}.docx"
    doc.save(out)
    convert(out)
    EXPECTED[stem] = [
        {
            "meta": {
                "title": "龙州县人民政府办公室关于转发《" + city_title + "》的通知",
                "doc_number": "龙政办发〔2024〕15号",
                "issuer": ["龙州县人民政府办公室"],
                "date": "2024-05-20",
                "level": "county",
                "region": "广西壮族自治区崇左市龙州县",
                "effective": None,
                "expires": None,
                "attachments": [city_title, c_att2],
                "addressees": ["各乡镇人民政府", "县直各有关单位", "驻县各有关单位"],
                "kind": "转发通知",
                "forwards": "崇政办发〔2024〕21号",
            },
            "clauses": exp_c,
            "_note": (
                "The COUNTY notice: red 版头 '龙州县人民政府办公室文件', 文号 龙政办发〔2024〕15号, title in FOUR paragraphs split inside the 《》 name (even between 自由|贸易), 主送, "
                "转发 paragraph + three 黑体 run-in items 一、二、三、, own 附件说明 (1. the city notice, 2. 分工表), 落款 + seal 2024年5月20日, '（此件公开发布）'. "
                "Its 附件2 (分工表, 4 rows) is the LAST attachment in the file, after the city document's own 附件1/附件2 — its rows belong to the county notice (attaching them to the city doc = high: answers would cite 崇政办发〔2024〕21号 and apply to 崇左市). "
                "版记 at the very end (抄送 县委办…, '龙州县人民政府办公室 2024年5月20日印发') belongs to the county notice; furniture. "
                "Title should keep the 《…》 forwarded name (dropping to '龙州县人民政府办公室关于转发…的通知' with a truncated name = low; a title that is only the city title = high). "
                "doc_number 龙政办发〔2024〕15号 (崇政办发〔2024〕21号 here = high). date 2024-05-20 (2024-05-08 = high). "
                "effective/expires: none of its own — inheriting the city's 2024-06-01/2026-12-31 is tolerable (low). Level county, region 龙州县. applies_to 龙州县."
            ),
        },
        {
            "meta": {
                "title": city_title,
                "doc_number": "崇政办发〔2024〕21号",
                "issuer": ["崇左市人民政府办公室"],
                "date": "2024-05-08",
                "level": "municipal",
                "region": "广西壮族自治区崇左市",
                "effective": "2024-06-01",
                "expires": "2026-12-31",
                "attachments": [m_att1, m_att2],
                "addressees": ["各县（市、区）人民政府", "市直各有关单位", "中国（广西）自由贸易试验区崇左片区管理委员会"],
                "kind": "通知（被转发）",
            },
            "clauses": exp_m,
            "_note": (
                "The CITY notice reproduced as the county's 附件1: '附件1' label, title in three 小标宋 paragraphs, 文号 '崇政办发〔2024〕21号' centred in 楷体 UNDER the title (no red 版头), "
                "主送, body with 一、二、三、 stand-alone 黑体 headings and 楷体 run-in （一）…, effective sentence '本通知自2024年6月1日起施行，有效期至2026年12月31日。', "
                "its OWN 附件说明 (1.重点项目清单 2.联络员名单), plain 落款 '崇左市人民政府办公室 2024年5月8日' (no seal), '（此件公开发布）', then its own '附件1' (4-row project table) and "
                "'附件2' (联络员名单 '（略）' — no clauses). Ideal: a second document with its own meta. Tolerable: kept inside the county document as attachment clauses "
                "(then the city 文号/date must NOT overwrite the county's; the county's 附件 list must not grow to 4). Losing the city body or the project table = high. "
                "The second '附件1'/'附件2' labels must not end/restart the document at the wrong place (the county 附件2 table attached to the city doc = high). "
                "Level municipal, region 崇左市. applies_to: 崇左市 for the notice; the project rows name 凭祥市/龙州县/宁明县 — narrowing a row to its 所在县 is good, 崇左市 is fine."
            ),
        },
    ]


if __name__ == "__main__":
    os.chdir(HERE)
    make_sichuan()
    make_qingdao()
    make_longzhou()
    for s in HERE.glob("_seal_*.png"):
        s.unlink()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", ", ".join(sorted(EXPECTED)))
