# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 113: FTZ measures that apply in some places and not others.

Writes, next to itself:
  blind113_guangdong_opinions.docx/.pdf  广东省人民政府办公厅 实施意见 粤府办〔2024〕19号：逐项写明适用地点——
                                         “在广州南沙、深圳前海蛇口、珠海横琴片区试点”“在广州南沙、深圳前海蛇口片区……横琴另行部署”
                                         “除横琴片区外，其他片区”“联动发展区参照执行”“全省复制推广”、支持湛江市（区外）先行先试；
                                         附件“复制推广清单”表带“推广范围”列（全省／自贸试验区各片区／海关特殊监管区域…）
  blind113_dongguan_notice.docx/.pdf     东莞市商务局 通知 东商务〔2024〕36号：综合保税区 + 跨境电商综试区，措施落到
                                         综保区、口岸港区、保税物流中心、镇街、产业园；“第一部分适用于综保区内企业”的范围条款；分工表带“实施区域”列
  blind113_dehong_rules.docx/.pdf        中国（云南）自由贸易试验区德宏片区管委会 印发细则的通知：细则第二条适用于片区内企业及
                                         陇川县、盈江县联动发展区企业；逐条有“联动发展区按70%执行”“本条不适用于联动发展区”等
  expected.json
All numbers, names of people, projects, amounts and dates are fictional; the places and organs are real.
Run: python make_blind113.py   (needs python-docx, Pillow, LibreOffice `soffice`).
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



# ---------------------------------------------------------------- round 113
EXPECTED = {}
A, B, C_ = "广州南沙片区", "深圳前海蛇口片区", "珠海横琴片区"
LDQ = "自贸试验区联动发展区"


def body(doc, items, exp, app):
    """items:
    ('h1', text)  stand-alone 黑体 heading (no clause)
    ('ch', text)  centred 黑体 chapter heading (no clause)
    ('p', text, where, tol)  plain clause paragraph
    ('run', lead, rest, where, tol)  楷体 lead-in + 仿宋 text, one clause
    ('art', lead, rest, where, tol)  黑体 '第X条' + 仿宋 text, one clause
    """
    for it in items:
        kind = it[0]
        if kind == "h1":
            para(doc, it[1], HT)
        elif kind == "ch":
            para(doc, it[1], HT, first=0, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "p":
            para(doc, it[1]); exp.append(it[1]); app.append({"clause": it[1][:30], "applies_to": it[2], "tolerable": it[3]})
        elif kind in ("run", "art"):
            font = KT if kind == "run" else HT
            sep = "" if kind == "run" else "　"
            runs(doc, [(it[1], font, False), (sep + it[2], FS, False)])
            text = it[1] + sep + it[2]
            exp.append(text); app.append({"clause": text[:30], "applies_to": it[3], "tolerable": it[4]})


def table_rows(hdr, rows):
    return [kv(zip(hdr, r)) for r in rows]


# ======================================================================
# (a) 广东省人民政府办公厅 实施意见
# ======================================================================
def make_guangdong():
    stem = "blind113_guangdong_opinions"
    seal = HERE / "_seal_gd.png"
    make_seal(seal, "广东省人民政府办公厅")
    doc = new_doc(author="gdszfbgt")
    exp, app = [], []

    banner(doc, "广东省人民政府办公厅文件", 36, spacing_pt=0, before=30)
    para(doc, "", first=0)
    para(doc, "", first=0)
    para(doc, "粤府办〔2024〕19号", first=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, "", first=0, line=Pt(12))
    border(p, "bottom", "FF0000", 18, space=1)

    t_full = "广东省人民政府办公厅关于推进中国（广东）自由贸易试验区差别化改革探索和创新经验分类复制推广的实施意见"
    title(doc, ["广东省人民政府办公厅关于推进中国（广东）", "自由贸易试验区差别化改革探索和创新经验", "分类复制推广的实施意见"], br=True)
    para(doc, "各地级以上市人民政府，省政府各部门、各直属机构：", first=0)

    FTZ3 = [A, B, C_]
    items = [
        ("p", "为深入实施自由贸易试验区提升战略，落实《中国（广东）自由贸易试验区提升战略行动方案》（粤府〔2023〕41号）部署，更好发挥自贸试验区改革开放试验田作用，经省人民政府同意，现就推进中国（广东）自由贸易试验区（以下简称自贸试验区）各片区差别化改革探索和创新经验分类复制推广提出以下实施意见。",
         ["广东省"], "中国（广东）自由贸易试验区 also fine; 粤府〔2023〕41号 is cited, not this file's 文号"),
        ("h1", "一、总体要求"),
        ("p", "坚持“大胆试、大胆闯、自主改”，立足广州南沙、深圳前海蛇口、珠海横琴三个片区功能定位，实施差别化改革探索，对改革试点经验按照“全省复制推广”“自贸试验区各片区推广”“海关特殊监管区域推广”三类分类推进。到2026年，各片区累计形成差别化制度创新成果60项以上，向全省复制推广30项以上。",
         ["广东省"], "the three 片区 (= whole FTZ) also fine; 2026 is a target year, not expires"),
        ("h1", "二、支持片区差别化探索"),
        ("run", "（一）开展跨境服务贸易负面清单管理试点。", "在广州南沙、深圳前海蛇口、珠海横琴片区试点对跨境服务贸易实施负面清单管理，清单之外的跨境服务贸易按照境内外服务及服务提供者待遇一致原则实施管理。试点经验由省商务厅会同各片区管委会每年总结评估一次。",
         FTZ3, "中国（广东）自由贸易试验区 as a whole is equivalent (the three are all of it); 广州市/深圳市/珠海市 low; 广东省 as a whole = medium"),
        ("run", "（二）深化跨境投融资便利化。", "在广州南沙、深圳前海蛇口片区开展合格境外有限合伙人（QFLP）外汇管理便利化试点，单家试点企业跨境投资额度上限提高至15亿美元。珠海横琴片区相关试点按照《横琴粤澳深度合作区建设总体方案》另行部署，不适用本项规定。",
         [A, B], "横琴 named but EXCLUDED — including 珠海横琴片区 is wrong (high: answers 'does QFLP apply in 横琴' wrongly); whole FTZ/广东省 = medium"),
        ("run", "（三）推进港口航运制度创新。", "除横琴片区外，其他片区开展国际船舶登记制度创新试点，对以南沙港、蛇口港为船籍港的国际航行船舶实行登记、检验“一站式”办理，探索船舶融资租赁登记与国际船舶登记联动办理。",
         [A, B], "'除横琴片区外，其他片区' = 南沙 + 前海蛇口; reading it as 横琴 (the only named 片区) = high; whole FTZ = medium"),
        ("run", "（四）推动琴澳规则衔接。", "在珠海横琴片区（横琴粤澳深度合作区）对符合条件的澳门机动车实行“一次备案、多次通行”，允许取得澳门执业资格的医师、药剂师经备案后在片区内医疗机构执业。",
         [C_], "横琴粤澳深度合作区/珠海市 fine; 澳门 as a place of application = medium"),
        ("run", "（五）开展数据跨境流动试点。", "支持深圳前海蛇口片区率先开展数据出境“白名单”管理试点，广州南沙片区在国际贸易、跨境物流领域同步开展试点。试点满一年后，经省网信办评估可扩大至珠海横琴片区。",
         [B, A], "横琴 only conditionally in the future; adding it marked as conditional is fine, adding it plainly = medium"),
        ("h1", "三、推动创新经验分类复制推广"),
        ("run", "（一）全省复制推广。", "附件所列推广范围为“全省”的改革事项，由各地级以上市人民政府和省有关部门于2024年12月31日前完成复制推广，并将落实情况报省自由贸易试验区工作办公室。",
         ["广东省"], "2024-12-31 is a work deadline, NOT expires (high if taken)"),
        ("run", "（二）自贸试验区各片区推广。", "附件所列推广范围为“自贸试验区各片区”的改革事项，在广州南沙、深圳前海蛇口、珠海横琴片区全面实施；自贸试验区联动发展区参照执行。",
         FTZ3 + [LDQ + "（参照执行）"], "omitting 联动发展区 = low; 广东省 as a whole = medium"),
        ("run", "（三）海关特殊监管区域推广。", "附件所列推广范围为“海关特殊监管区域”的改革事项，在全省综合保税区、保税港区等海关特殊监管区域推广实施，由海关总署广东分署牵头，广州、深圳、拱北、汕头、黄埔、江门、湛江海关按关区分工落实。",
         ["广东省内海关特殊监管区域（综合保税区、保税港区等）"], "广东省 = low (too broad but not wrong-direction); the 海关 names are organs — applying the item to 汕头市/江门市/湛江市 etc. = medium"),
        ("run", "（四）支持湛江市先行先试。", "支持湛江市依托湛江综合保税区和徐闻港，复制推广自贸试验区海关监管创新经验，开展琼州海峡客货滚装运输“一站式”通关试点。试点经验成熟后，适时在茂名、阳江等粤西地区推广。",
         ["湛江市"], "湛江综合保税区/徐闻港 narrowing fine; the FTZ 片区 = high (湛江 is outside the FTZ); 茂名/阳江 = medium (future, conditional)"),
        ("run", "（五）联动发展区参照执行。", "各自贸试验区联动发展区参照本意见第二部分第（一）项、第（三）项执行，具体实施方案由联动发展区所在地级以上市人民政府制定，报省自由贸易试验区工作办公室备案。",
         [LDQ], "广东省 = low; the three 片区 = medium. (A very good reader would also carry 联动发展区 onto 二（一）/（三）.)"),
        ("h1", "四、保障措施"),
        ("run", "（一）加强组织领导。", "省自由贸易试验区工作办公室加强统筹协调，各片区管委会落实差别化探索主体责任，各地级以上市人民政府将复制推广工作纳入年度重点工作。",
         ["广东省"], ""),
        ("run", "（二）强化评估督导。", "省商务厅每年组织第三方机构对各片区差别化探索和全省复制推广成效开展评估，评估结果作为自贸试验区考核的重要依据。",
         ["广东省"], "three 片区 fine"),
        ("run", "（三）做好风险防控。", "各片区要建立与差别化探索相适应的风险防控体系，对试点中出现的风险及时预警、处置，重大问题及时向省人民政府报告。",
         FTZ3, "广东省/whole FTZ fine"),
        ("p", "本实施意见自印发之日起实施，有效期5年。", ["广东省"], "gives effective/expires"),
    ]
    body(doc, items, exp, app)

    att = "广东自贸试验区第四批改革创新经验复制推广清单"
    att_list(doc, [att])
    luokuan(doc, "广东省人民政府办公厅", "2024年7月15日", seal, seal_x=7.8, seal_y=-1.3, blank_page=True, blanks=2)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)

    att_page(doc, "附件")
    att_title(doc, ["广东自贸试验区第四批改革创新经验", "复制推广清单"])
    hdr = ["序号", "改革事项", "主要内容", "推广范围", "责任单位"]
    rows = [
        ["1", "商事登记“跨境通办”", "境外投资者可通过合作境外银行网点远程提交设立登记材料，实现外资企业商事登记“足不出境”办理。", "全省", "省市场监管局"],
        ["2", "出口退税“一键申报”", "依托国际贸易“单一窗口”自动归集出口退税申报数据、一键提交，正常退税平均办理时间压缩至3个工作日以内。", "全省", "省税务局、省商务厅"],
        ["3", "工程建设项目“拿地即开工”", "推行“预审批+承诺制”，企业取得建设用地后即可申领施工许可证。", "全省", "省住房城乡建设厅、省自然资源厅"],
        ["4", "跨境服务贸易负面清单管理", "对清单之外的跨境服务贸易，按照境内外服务及服务提供者待遇一致原则实施管理。", "自贸试验区各片区", "省商务厅"],
        ["5", "港澳工程专业人士执业备案", "取得港澳执业资格的建筑、测量等专业人士经备案后可在区内直接提供专业服务。", "自贸试验区各片区及联动发展区", "省住房城乡建设厅"],
        ["6", "外籍高层次人才口岸签证便利", "自贸试验区内企业邀请的外籍高层次人才，可在入境口岸申请工作类签证。", "自贸试验区各片区", "省公安厅"],
        ["7", "保税维修“一次备案、分批进出”", "区内企业开展保税维修业务实行一次备案，待维修货物和维修后货物可分批进出区。", "海关特殊监管区域", "海关总署广东分署"],
        ["8", "仓储货物按状态分类监管", "对区内保税货物与非保税货物实行同仓存储、分类监管，依托信息化系统实施账册管理。", "海关特殊监管区域", "海关总署广东分署"],
        ["9", "跨境车辆备案信息互认", "粤港、粤澳两地牌机动车备案信息与口岸查验信息共享互认，车辆变更备案“一次办结”。", "全省（珠三角九市先行实施）", "省公安厅、省港澳办"],
    ]
    grid_table(doc, hdr, rows, [1.2, 3.4, 6.2, 2.6, 2.2], size=12, center_cols=(0, 3))
    for r in rows:
        exp.append(kv(zip(hdr, r)))
        scope = r[3]
        if scope == "全省":
            w, tol = ["广东省"], ""
        elif scope == "自贸试验区各片区":
            w, tol = FTZ3, "whole FTZ fine; +联动发展区 (via the 注 and 三（二）) fine; 广东省 = medium"
        elif scope == "自贸试验区各片区及联动发展区":
            w, tol = FTZ3 + [LDQ], "omitting 联动发展区 = low; 广东省 = medium"
        elif scope == "海关特殊监管区域":
            w, tol = ["广东省内海关特殊监管区域"], "广东省 = low; FTZ 片区 only = medium"
        else:
            w, tol = ["广东省"], "珠三角九市 (first) also fine"
        app.append({"clause": exp[-1][:30], "applies_to": w, "tolerable": tol})
    note = "注：推广范围为“自贸试验区各片区”的事项，自贸试验区联动发展区可参照实施。"
    para(doc, "", first=0)
    para(doc, note, FS, 14, first=28, line=Pt(24))
    exp.append(note); app.append({"clause": note[:30], "applies_to": [LDQ], "tolerable": "low if dropped"})

    banji(doc, ["抄送：省委有关部委办，省人大常委会办公厅，省政协办公厅，省纪委监委，南部战区，省军区，省法院，省检察院。"],
          printer=("广东省人民政府办公厅秘书处", "2024年7月18日"))
    out = HERE / f"{stem}.docx"
    doc.save(out); convert(out)
    EXPECTED[stem] = [{
        "meta": {
            "title": t_full,
            "doc_number": "粤府办〔2024〕19号",
            "issuer": ["广东省人民政府办公厅"],
            "date": "2024-07-15",
            "level": "provincial",
            "region": "广东省",
            "effective": "2024-07-18",
            "expires": "2029-07-17",
            "attachments": [att],
            "addressees": ["各地级以上市人民政府", "省政府各部门、各直属机构"],
            "printed_by": "广东省人民政府办公厅秘书处",
            "printed_date": "2024-07-18",
            "kind": "实施意见",
        },
        "clauses": exp,
        "applies_to": app,
        "_note": (
            "Red 版头 '广东省人民政府办公厅文件', 文号 centred, red rule. Title = ONE 小标宋 paragraph with two manual line breaks (join without spaces). "
            "主送 (one line). Body: 一、…四、 stand-alone 黑体 headings (heading-clauses tolerable), （一）… 楷体 run-in lead-ins; closing sentence "
            "'本实施意见自印发之日起实施，有效期5年。' — 印发 date is 2024-07-18 (版记), 成文 2024-07-15: effective 2024-07-18 ideal, 2024-07-15 tolerable (low); "
            "expires 2029-07-17 ideal, 2029-07-14/15 tolerable, null = medium. 粤府〔2023〕41号 is cited (taking it as 文号 = high). 2024-12-31 and 2026 are work targets (as expires = high). "
            "Furniture: 版头, 文号, 主送, 附件说明 '附件：…清单', 落款 + seal, '（此件公开发布）', '附件' label + table title, 版记 (抄送 + '广东省人民政府办公厅秘书处 2024年7月18日印发'), "
            "page numbers '— N —'. The table (9 rows, repeated header, spills over pages in the PDF) should give one clause per row 'header：value；…'; the '注：' line is a clause. "
            "applies_to is the point of this file — see 'applies_to' (parallel to clauses): 片区 named in the text must be honoured, including exclusions "
            "('除横琴片区外', '横琴…另行部署，不适用本项规定'), the future-conditional extension (‘可扩大至珠海横琴片区’), 联动发展区 '参照执行', the out-of-FTZ city 湛江市 "
            "and the table's 推广范围 column. Everything province-wide may simply be 广东省. Level provincial, region 广东省."
        ),
    }]


# ======================================================================
# (b) 东莞市商务局 通知：综保区 + 跨境电商综试区
# ======================================================================
def make_dongguan():
    stem = "blind113_dongguan_notice"
    seal = HERE / "_seal_dg.png"
    make_seal(seal, "东莞市商务局")
    doc = new_doc(author="dgcom")
    exp, app = [], []

    banner(doc, "东莞市商务局文件", 40, spacing_pt=2, before=24)
    para(doc, "", first=0)
    para(doc, "", first=0)
    para(doc, "东商务〔2024〕36号", first=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, "", first=0, line=Pt(12))
    border(p, "bottom", "FF0000", 18, space=1)
    t_full = "东莞市商务局关于推进东莞虎门港综合保税区与中国（东莞）跨境电子商务综合试验区联动发展的通知"
    title(doc, ["东莞市商务局关于推进东莞虎门港综合保税区", "与中国（东莞）跨境电子商务综合试验区", "联动发展的通知"])
    para(doc, "各镇人民政府（街道办事处），松山湖高新区、东莞滨海湾新区管委会，市有关单位：", first=0)

    ZBQ = "东莞虎门港综合保税区"
    items = [
        ("p", "为加快建设中国（东莞）跨境电子商务综合试验区（以下简称综试区），发挥东莞虎门港综合保税区（以下简称综保区）政策功能优势，借鉴广州南沙综合保税区、深圳前海综合保税区“保税+跨境电商”发展经验，推动综保区与综试区联动发展，经市人民政府同意，现将有关事项通知如下：",
         ["东莞市"], "广州南沙综合保税区/深圳前海综合保税区 are models, not places of application (medium if listed)"),
        ("h1", "一、拓展综保区跨境电商功能"),
        ("run", "（一）支持建设跨境电商公共监管仓。", "对在综保区内新建或改造跨境电商公共监管仓，且同时符合下列条件的企业，给予一次性补助：",
         [ZBQ], "东莞市 = low"),
        ("p", "1.仓储面积5000平方米以上，并接入海关跨境电商通关服务平台；", [ZBQ], "inherits from （一）; 东莞市 = low"),
        ("p", "2.上一年度经监管仓进出的跨境电商包裹不少于100万单；", [ZBQ], "inherits; 东莞市 = low"),
        ("p", "3.补助标准按以下规定执行：", [ZBQ], "inherits; 东莞市 = low"),
        ("p", "（1）新建的，按实际投资额的20%给予补助，最高200万元；", [ZBQ], "inherits; 东莞市 = low"),
        ("p", "（2）改造的，按实际投资额的10%给予补助，最高100万元。", [ZBQ], "inherits; 东莞市 = low"),
        ("run", "（二）开展“保税+展示交易”。", "支持综保区内企业开展跨境电商网购保税进口（1210）业务，允许区内企业在广东现代国际展览中心（厚街镇）、东莞国际商贸中心（南城街道）设立保税展示交易场所，展示商品在规定期限内未销售的须运回综保区。",
         [ZBQ, "广东现代国际展览中心（厚街镇）", "东莞国际商贸中心（南城街道）"], "综保区 only = low; 厚街镇/南城街道 fine; 东莞市 = low"),
        ("run", "（三）发展全球保税维修。", "支持综保区内电子信息企业开展手机、平板电脑等产品全球保税维修业务，维修产品限于本企业及集团内企业生产的自产产品。",
         [ZBQ], "东莞市 = low"),
        ("h1", "二、提升口岸通关便利化水平"),
        ("run", "（一）试点跨境电商出口“海运快船”。", "在东莞港口岸沙田港区试点跨境电商出口“海运快船”模式，实行“提前申报、运抵验放”；东莞港口岸麻涌港区、长安港区具备条件后参照执行。",
         ["东莞港口岸沙田港区", "东莞港口岸麻涌港区（具备条件后参照）", "东莞港口岸长安港区（具备条件后参照）"], "沙田港区 alone = low; 东莞港/东莞市 = low"),
        ("run", "（二）推进“湾区一港通”。", "在东莞港与深圳蛇口港、香港葵涌码头之间开展“组合港”业务，进出口货物在东莞港口岸一次申报、一次查验、一次放行。",
         ["东莞港口岸"], "深圳蛇口港/香港葵涌码头 as places of application = medium; 东莞市 = low"),
        ("run", "（三）用好保税物流中心功能。", "依托东莞清溪保税物流中心（B型）开展跨境电商“9810”海外仓出口集拼业务，支持清溪、凤岗、塘厦等东南临深片区企业就近办理通关手续。",
         ["东莞清溪保税物流中心（B型）", "清溪镇", "凤岗镇", "塘厦镇"], "东莞市 = low; 深圳 (临深) = medium"),
        ("h1", "三、建设跨境电商产业园区"),
        ("run", "（一）认定市级跨境电商产业园。", "支持各镇街（园区）利用存量工业用地和闲置厂房建设跨境电商产业园，对经认定的市级跨境电商产业园给予一次性奖励100万元，同一镇街（园区）最多认定2个。",
         ["东莞市"], ""),
        ("run", "（二）打造松山湖跨境电商选品中心。", "支持松山湖跨境电商产业园建设跨境电商选品中心和直播基地，2024年内引进跨境电商服务企业不少于20家，所需场地租金按市级跨境电商产业园政策执行。",
         ["松山湖跨境电商产业园（松山湖高新区）"], "东莞市 = low; 2024年内 is a target, not expires"),
        ("h1", "四、其他事项"),
        ("run", "（一）适用范围。", "本通知第一部分所列措施适用于在综保区内依法注册的企业；第二部分、第三部分所列措施适用于在我市依法注册并开展跨境电商业务的企业。",
         ["东莞市"], "a scope clause about other parts: ideal reader narrows 一、(一)–(三) to 综保区; itself 东莞市"),
        ("run", "（二）执行期限。", "本通知自2024年9月1日起施行，有效期2年。此前我局发布的相关规定与本通知不一致的，以本通知为准。",
         ["东莞市"], "gives effective 2024-09-01, expires 2026-08-31"),
        ("p", "联系人：市商务局电子商务科 陈某某，联系电话：0769-22830617。", ["东莞市"], "contact line: clause or furniture (low either way)"),
    ]
    body(doc, items, exp, app)
    att = "2024—2025年综保区与综试区联动发展重点任务分工表"
    att_list(doc, [att])
    luokuan(doc, "东莞市商务局", "2024年8月16日", seal, blanks=3)
    para(doc, "", first=0)
    para(doc, "（此件公开发布）", first=32)

    att_page(doc, "附件")
    att_title(doc, [att])
    hdr = ["序号", "重点任务", "实施区域", "牵头单位", "完成时限"]
    rows = [
        ["1", "建设跨境电商公共监管仓", "东莞虎门港综合保税区", "沙田镇人民政府、东莞海关", "2024年12月"],
        ["2", "设立保税展示交易场所", "广东现代国际展览中心（厚街镇）、东莞国际商贸中心（南城街道）", "厚街镇人民政府、南城街道办事处", "2025年6月"],
        ["3", "跨境电商出口“海运快船”试点", "东莞港口岸沙田港区", "市商务局、东莞海关", "2024年10月"],
        ["4", "海外仓出口集拼", "东莞清溪保税物流中心（B型）", "清溪镇人民政府", "2025年3月"],
        ["5", "跨境电商选品中心和直播基地建设", "松山湖跨境电商产业园", "松山湖高新区管委会", "2024年12月"],
        ["6", "跨境电商人才培训", "全市", "市人力资源社会保障局、市商务局", "2025年12月"],
    ]
    grid_table(doc, hdr, rows, [1.2, 4.0, 4.6, 3.6, 2.2], size=12, center_cols=(0, 4))
    where_rows = [[ZBQ], ["广东现代国际展览中心（厚街镇）", "东莞国际商贸中心（南城街道）"], ["东莞港口岸沙田港区"],
                  ["东莞清溪保税物流中心（B型）"], ["松山湖跨境电商产业园"], ["东莞市"]]
    for r, w in zip(rows, where_rows):
        exp.append(kv(zip(hdr, r)))
        app.append({"clause": exp[-1][:30], "applies_to": w, "tolerable": "东莞市 = low; the 牵头单位 (沙田镇/厚街镇/南城街道) as place is fine when it matches"})

    banji(doc, ["抄送：省商务厅，市人民政府办公室，东莞海关，市财政局，市税务局。"], printer=("东莞市商务局办公室", "2024年8月16日"))
    out = HERE / f"{stem}.docx"
    doc.save(out); convert(out)
    EXPECTED[stem] = [{
        "meta": {
            "title": t_full,
            "doc_number": "东商务〔2024〕36号",
            "issuer": ["东莞市商务局"],
            "date": "2024-08-16",
            "level": "municipal",
            "region": "广东省东莞市",
            "effective": "2024-09-01",
            "expires": "2026-08-31",
            "attachments": [att],
            "addressees": ["各镇人民政府（街道办事处）", "松山湖高新区、东莞滨海湾新区管委会", "市有关单位"],
            "kind": "通知",
        },
        "clauses": exp,
        "applies_to": app,
        "_note": (
            "Red 版头 '东莞市商务局文件', 文号, red rule, title in three 小标宋 paragraphs. 一、…四、 stand-alone 黑体; （一） 楷体 run-in; under 一、（一） "
            "a lead-in ending '：' then 1. 2. 3. and （1）（2） under 3. — each its own clause (merging 1.–3. into the lead-in = medium; labelling （1） as a sibling of （一） = medium). "
            "effective 2024-09-01, expires 2026-08-31 ('有效期2年'; 2026-09-01 low). Table 完成时限 (2024年12月 …) and '2024年内' are NOT expiry dates. "
            "Furniture: 版头, 文号, 主送, 附件说明, 落款 + seal, '（此件公开发布）', '附件' + title, 版记, '— N —'. 联系人 line: clause or furniture (low). "
            "Table (6 rows) → 'header：value；…'. Level municipal, region 东莞市 (广东省东莞市). applies_to: places below the city — 综保区, 东莞港口岸 港区, "
            "清溪保税物流中心, 镇/街道, 松山湖产业园 — as listed in 'applies_to'; 东莞市 for any of them = low (right city, too broad). "
            "Wrong = places named only as models or partners: 广州南沙综合保税区, 深圳前海综合保税区, 深圳蛇口港, 香港葵涌码头 (medium)."
        ),
    }]


# ======================================================================
# (c) 德宏片区管委会 印发细则的通知
# ======================================================================
def make_dehong():
    stem = "blind113_dehong_rules"
    seal = HERE / "_seal_dh.png"
    make_seal(seal, "中国云南自由贸易试验区德宏片区管理委员会")
    doc = new_doc(author="dhpq")
    exp, app = [], []

    banner(doc, "中国（云南）自由贸易试验区", 28, before=0)
    banner(doc, "德宏片区管理委员会文件", 28, spacing_pt=1)
    para(doc, "德自贸片管发〔2024〕11号", first=0, align=WD_ALIGN_PARAGRAPH.CENTER)
    p = para(doc, "", first=0, line=Pt(12))
    border(p, "bottom", "FF0000", 18, space=1)
    rules = "德宏片区支持沿边产业发展若干措施实施细则"
    rules_full = "中国（云南）自由贸易试验区德宏片区支持沿边产业发展若干措施实施细则"
    t_full = "中国（云南）自由贸易试验区德宏片区管理委员会关于印发《" + rules + "》的通知"
    title(doc, ["中国（云南）自由贸易试验区德宏片区", "管理委员会关于印发《德宏片区支持沿边", "产业发展若干措施实施细则》的通知"])
    para(doc, "瑞丽市人民政府，陇川县人民政府，盈江县人民政府，片区各部门，驻片区各单位：", first=0)
    PQ, LC, YJ = "德宏片区", "陇川县联动发展区", "盈江县联动发展区"
    body(doc, [
        ("p", "《" + rules + "》已经片区管委会2024年第6次主任办公会议审议通过，并征得陇川县、盈江县人民政府同意，现印发给你们，请结合实际认真贯彻执行。",
         [PQ, LC, YJ], "德宏片区 alone = low; 瑞丽市 = low"),
    ], exp, app)
    luokuan(doc, "中国（云南）自由贸易试验区德宏片区管理委员会", "2024年9月20日", seal, seal_x=6.0, seal_y=-1.3, blanks=1)
    para(doc, "（此件公开发布）", first=32)

    # the 细则 follows on a new page, no '附件' label
    p = para(doc, "", first=0)
    p.paragraph_format.page_break_before = True
    for ln in ["中国（云南）自由贸易试验区德宏片区", "支持沿边产业发展若干措施实施细则"]:
        para(doc, ln, XBS, 22, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    para(doc, "", first=0)
    both = [PQ, LC, YJ]
    items = [
        ("ch", "第一章　总　　则"),
        ("art", "第一条", "为贯彻落实《中国（云南）自由贸易试验区德宏片区支持沿边产业发展若干措施》（德自贸片管发〔2024〕5号，以下简称《若干措施》），规范奖补资金申报、审核和兑现，制定本细则。",
         [PQ], "德自贸片管发〔2024〕5号 is cited (as 文号 = high); both areas fine"),
        ("art", "第二条", "本细则适用于在中国（云南）自由贸易试验区德宏片区（以下简称片区）实施范围内依法登记注册、具有独立法人资格的企业，以及在陇川县、盈江县自贸试验区联动发展区（以下简称联动发展区）内依法登记注册并实际经营的企业。本细则另有规定的除外。",
         both, "THE scope article: 片区 + two counties' 联动发展区. 陇川县/盈江县 as whole counties = low; 德宏片区 alone = high (loses the 联动发展区); 瑞丽市 for the 片区 fine"),
        ("art", "第三条", "本细则所称联动发展区，是指经省自由贸易试验区工作领导小组办公室认定的陇川县章凤镇、盈江县那邦镇范围内的联动发展区域，具体四至范围以认定文件为准。",
         ["陇川县章凤镇", "盈江县那邦镇"], "陇川县/盈江县 fine"),
        ("ch", "第二章　支持措施"),
        ("art", "第四条", "对企业利用自缅甸等周边国家进口的原材料开展落地加工的，按照加工增值部分的3%给予奖补，单个企业年度奖补最高500万元。联动发展区内企业按照本条标准的70%执行。",
         both, "片区 (full rate) + 联动发展区 (70%); 缅甸 is a source country, not a place of application (medium)"),
        ("art", "第五条", "对经瑞丽口岸、畹町口岸、章凤口岸进口的边民互市商品在片区或联动发展区内落地加工的，按照实际加工量给予每吨100元补助。经其他口岸或通道进口的，不适用本条。",
         both + ["瑞丽口岸", "畹町口岸", "章凤口岸"], "片区 + 联动发展区 with the three 口岸 as condition; just the 口岸 = low; 盈江 (那邦) 口岸 NOT listed"),
        ("art", "第六条", "对在姐告边境贸易区内新设立的跨境物流企业，自注册之日起3年内按照其对片区经济发展贡献的50%给予补助。本条不适用于联动发展区内企业。",
         ["姐告边境贸易区（德宏片区）"], "德宏片区/瑞丽市 = low; ANY 联动发展区/陇川/盈江 = high (explicitly excluded)"),
        ("art", "第七条", "对在片区或联动发展区内注册的物流企业，经瑞丽口岸、畹町口岸开行“瑞丽—仰光”“瑞丽—皎漂”等跨境公路运输线路的，每车次补助800元，单个企业年度最高200万元。",
         both, "仰光/皎漂 are destinations (medium if listed as places of application)"),
        ("art", "第八条", "对首次在片区注册且实缴外资注册资本1000万元人民币以上的外商投资企业，一次性奖励50万元。联动发展区内外商投资企业由所在县人民政府参照本条另行制定支持政策。",
         [PQ], "联动发展区 only by separate county policy — including it plainly = medium"),
        ("art", "第九条", "片区和联动发展区企业新引进缅语、泰语、老挝语等小语种专业人才并签订3年以上劳动合同的，每人每月给予1000元生活补贴，补贴期限最长2年。",
         both, ""),
        ("ch", "第三章　申报与兑现"),
        ("art", "第十条", "奖补资金实行年度申报，企业应于每年3月31日前提交上一年度申报材料：",
         both, "3月31日 is a yearly deadline, not expires"),
        ("p", "（一）片区内企业向片区管委会经济发展局申报；", [PQ], "merged with 第十条 = medium; 联动发展区 = medium"),
        ("p", "（二）联动发展区内企业向所在县商务主管部门申报，经县人民政府审核后报片区管委会复核。", [LC, YJ], "陇川县/盈江县 fine; 德宏片区 = medium"),
        ("art", "第十一条", "同一企业同一项目符合本细则和其他同类政策的，按照“从高、不重复”原则享受。联动发展区内企业享受所在县同类政策的，不再重复享受本细则相应措施。",
         both, ""),
        ("art", "第十二条", "企业通过虚报、冒领等手段骗取奖补资金的，由片区管委会或所在县人民政府依法追回，并取消其3年内享受本细则政策的资格。",
         both, ""),
        ("ch", "第四章　附　　则"),
        ("art", "第十三条", "本细则由片区管委会负责解释，涉及联动发展区的条款由片区管委会会同陇川县、盈江县人民政府解释。",
         both, ""),
        ("art", "第十四条", "本细则自2024年11月1日起施行，有效期至2026年12月31日。",
         both, "gives effective/expires"),
    ]
    body(doc, items, exp, app)
    banji(doc, ["抄送：省商务厅（省自贸办），德宏州人民政府，州商务局，州财政局，瑞丽市、陇川县、盈江县商务局。"],
          printer=("德宏片区管委会办公室", "2024年9月20日"))
    out = HERE / f"{stem}.docx"
    doc.save(out); convert(out)
    EXPECTED[stem] = [{
        "meta": {
            "title": t_full,
            "doc_number": "德自贸片管发〔2024〕11号",
            "issuer": ["中国（云南）自由贸易试验区德宏片区管理委员会"],
            "date": "2024-09-20",
            "level": "municipal",
            "region": "云南省德宏傣族景颇族自治州（德宏片区，瑞丽市）",
            "effective": "2024-11-01",
            "expires": "2026-12-31",
            "attachments": [],
            "addressees": ["瑞丽市人民政府", "陇川县人民政府", "盈江县人民政府", "片区各部门", "驻片区各单位"],
            "kind": "通知（印发细则）",
            "carries": rules_full,
        },
        "clauses": exp,
        "applies_to": app,
        "_note": (
            "Red 版头 in TWO lines ('中国（云南）自由贸易试验区' / '德宏片区管理委员会文件'), 文号, red rule; title in THREE 小标宋 paragraphs split inside 《》; the 《》 name is the short '德宏片区支持沿边产业发展若干措施实施细则' while the 细则 page carries the full '中国（云南）自由贸易试验区德宏片区…实施细则'. "
            "One-paragraph 印发 notice, 落款 + seal 2024-09-20, '（此件公开发布）', then on a new page the 细则 (no '附件' label, no 附件说明) with its own title, "
            "chapters 第一章…第四章 (centred 黑体, furniture/headings) and 第一条…第十四条 (黑体 '第X条' + full-width space). 第十条 has （一）（二） as separate paragraphs (own clauses, "
            "or folded into 第十条 — low). effective 2024-11-01 / expires 2026-12-31 come from 第十四条 of the 细则 (null = medium, 2024-09-20 as effective = medium). "
            "德自贸片管发〔2024〕5号 is cited in 第一条 (as 文号 = high). One document ideal; a second document for the 细则 (title = 细则, same issuer, no 文号) tolerable (low) "
            "as long as no clause is lost and meta stays right. Level: a 片区管委会 is a 州-level 派出机构 sitting in 瑞丽市 (county-level city): municipal ideal, county tolerable. "
            "Region 德宏州; 瑞丽市 tolerable; '云南省' = low; 陇川县/盈江县 as region = medium. applies_to per 'applies_to': 第二条 = 片区 + 陇川、盈江 联动发展区; "
            "exclusions (第六条 '本条不适用于联动发展区', 第八条 '另行制定') and the 口岸 list in 第五条 (瑞丽/畹町/章凤, not 那邦) must be honoured. "
            "Furniture: 版头, 文号, 主送, 落款, seal, 附注, chapter headings, 版记 (抄送 + '德宏片区管委会办公室 2024年9月20日印发'), '— N —'."
        ),
    }]


if __name__ == "__main__":
    os.chdir(HERE)
    make_guangdong()
    make_dongguan()
    make_dehong()
    for s in HERE.glob("_seal_*.png"):
        s.unlink()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", ", ".join(sorted(EXPECTED)))
