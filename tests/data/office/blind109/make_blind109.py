# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731, C420
"""Blind round 109: annual work plans (工作要点) and task lists as FTZ / 一带一路 offices print them.

Writes, next to this script:
  blind109_fujian_workplan.docx/.pdf     福建省自贸办 闽自贸办〔2025〕2号 印发 notice; its attachment is the
                                         中国（福建）自由贸易试验区2025年工作要点, items 一、/（一）/1./（1） with the
                                         responsible units written every way offices write them (same line, own line,
                                         牵头单位/配合单位 on two lines, none).
  blind109_lianyungang_tasklist.docx/.pdf 连云港市人民政府办公室 连政办发〔2025〕18号 印发 notice; attachment is a
                                         landscape 重点任务分工表 (序号｜重点任务｜具体措施｜牵头单位｜配合单位｜完成时限)
                                         with vertically merged task cells, 长期坚持 / 2025年6月底前 deadlines.
  blind109_nanning_workplan.docx/.pdf    中国（广西）自由贸易试验区南宁片区 2025年工作要点, no 版头 and no 印发 notice,
                                         a 专栏 box of 10 key projects, and an attached 月度进度表 with a two-row header.
  expected.json

Run: . /work/venv/bin/activate && python make_blind109.py
"""

import json
import math
import os
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
IMG = tempfile.mkdtemp(prefix="b109img_")  # seal and masthead PNGs live only inside the .docx
FONT_BOLD = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
FONT_SANS_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SC_INDEX = 2  # Noto Serif CJK SC inside the .ttc

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN = Pt(16)  # 三号
ER = Pt(22)  # 二号
SIHAO = Pt(14)  # 四号
LINE = Pt(28.95)  # 22 lines on the 225 mm 版心



# ----------------------------------------------------------------- pictures

def _font(size, path=FONT_BOLD, index=SC_INDEX):
    return ImageFont.truetype(path, size, index=index)



def draw_seal(org, path, size=620, bottom_text=None):
    """Round red official seal: ring, star, organ name on the upper arc."""
    img = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    c = size / 2
    red = (220, 20, 30, 215)
    r = size / 2 - 8
    for k in range(14):
        d.ellipse([c - r + k, c - r + k, c + r - k, c + r - k], outline=red)
    # five-pointed star
    rs, ri = size * 0.16, size * 0.064
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = rs if i % 2 == 0 else ri
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    # text on the arc
    n = len(org)
    fsize = int(size * (0.13 if n <= 10 else 0.10 if n <= 16 else 0.078))
    f = _font(fsize, FONT_SANS_BOLD, SC_INDEX)
    span = min(250.0, 14.0 * n + 60)  # degrees
    start = -90 - span / 2
    rt = r - 22 - fsize * 0.55
    for i, ch in enumerate(org):
        ang = start + span * (i + 0.5) / n
        tile = Image.new("RGBA", (fsize + 10, fsize + 10), (255, 255, 255, 0))
        td = ImageDraw.Draw(tile)
        bb = f.getbbox(ch)
        td.text(((fsize + 10 - (bb[2] - bb[0])) / 2 - bb[0], (fsize + 10 - (bb[3] - bb[1])) / 2 - bb[1]), ch, font=f, fill=red)
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        x = c + rt * math.cos(math.radians(ang)) - tile.size[0] / 2
        y = c + rt * math.sin(math.radians(ang)) - tile.size[1] / 2
        img.alpha_composite(tile, (int(x), int(y)))
    if bottom_text:
        f2 = _font(int(size * 0.07), FONT_SANS_BOLD, SC_INDEX)
        bb = f2.getbbox(bottom_text)
        d.text((c - (bb[2] - bb[0]) / 2, c + size * 0.24), bottom_text, font=f2, fill=red)
    img.save(path)


# ----------------------------------------------------------------- docx helpers

def set_font(run, east, size=SAN, bold=False, color=None, ascii_font=None):
    run.font.size = size
    run.font.bold = bold
    af = ascii_font or ("Times New Roman" if east in (FS, KT, SONG) else east)
    run.font.name = af
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), af)
    rfonts.set(qn("w:hAnsi"), af)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, exact=LINE, before=0, after=0, left=None, right=None, hanging=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if exact is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = exact
    if indent is True:
        pf.first_line_indent = Pt(32)
    elif indent:
        pf.first_line_indent = indent
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    if hanging is not None:
        pf.first_line_indent = -hanging
    # snap to grid off so exact spacing holds
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:snapToGrid %s w:val="0"/>' % nsdecls("w")))
    return p


def para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, **kw):
    """parts: str, or list of (text, font, size, bold, color)."""
    p = doc.add_paragraph()
    if isinstance(parts, str):
        parts = [(parts, FS)]
    for part in parts:
        text, east = part[0], part[1]
        size = part[2] if len(part) > 2 else SAN
        bold = part[3] if len(part) > 3 else False
        color = part[4] if len(part) > 4 else None
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    fmt(p, align=align, indent=indent, **kw)
    return p


def blank(doc, n=1, size=SAN):
    for _ in range(n):
        p = doc.add_paragraph()
        r = p.add_run("")
        set_font(r, FS, size)
        fmt(p, indent=False)


def border(p, side, sz=8, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = parse_xml("<w:pBdr %s/>" % nsdecls("w"))
        # pBdr must come before spacing/ind/jc etc; insert after pStyle/keepNext... put early
        ppr.insert(0, pbdr)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color))
    order = ["top", "left", "bottom", "right", "between"]
    # keep order
    pbdr.append(el)
    kids = sorted(pbdr, key=lambda e: order.index(e.tag.split("}")[1]))
    for k in kids:
        pbdr.remove(k)
    for k in kids:
        pbdr.append(k)


def fix_ppr_order(doc):
    """Word is strict about pPr child order; re-sort the children we touched."""
    order = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers",
             "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
             "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
             "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
             "rPr", "sectPr", "pPrChange"]
    body = doc.element
    for ppr in body.iter(qn("w:pPr")):
        kids = list(ppr)
        def key(e):
            t = e.tag.split("}")[1]
            return order.index(t) if t in order else 99
        kids2 = sorted(kids, key=key)
        # drop duplicate snapToGrid
        seen = set()
        for k in kids:
            ppr.remove(k)
        for k in kids2:
            t = k.tag.split("}")[1]
            if t == "snapToGrid" and t in seen:
                continue
            seen.add(t)
            ppr.append(k)


def add_tab_right(p, pos_mm):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="%d"/></w:tabs>' % (nsdecls("w"), int(pos_mm / 25.4 * 1440))))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup_section(doc, first_page_no_number=False):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    doc.settings.odd_and_even_pages_header_footer = True
    if first_page_no_number:
        s.different_first_page_header_footer = True
    # 22 lines x 28 chars grid
    sp = s._sectPr
    for g in sp.findall(qn("w:docGrid")):
        sp.remove(g)
    sp.append(parse_xml('<w:docGrid %s w:type="linesAndChars" w:linePitch="579" w:charSpace="0"/>' % nsdecls("w")))

    def page_field(p):
        def run(text=None, fld=None, instr=None):
            r = p.add_run()
            set_font(r, SONG, SIHAO, ascii_font="宋体")
            if fld:
                r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), fld)))
            elif instr:
                r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>' % (nsdecls("w"), instr)))
            else:
                r.text = text
            return r
        run("— ")
        run(fld="begin")
        run(instr=" PAGE ")
        run(fld="separate")
        run("1")
        run(fld="end")
        run(" —")

    fo = s.footer.paragraphs[0]
    fo.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fo.paragraph_format.right_indent = Pt(14)
    page_field(fo)
    fe = s.even_page_footer.paragraphs[0]
    fe.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fe.paragraph_format.left_indent = Pt(14)
    page_field(fe)
    if first_page_no_number:
        s.first_page_footer.paragraphs[0].text = ""


def default_style(doc):
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = SAN
    st._element.get_or_add_rPr()
    rf = st._element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        st._element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    cp = doc.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "Administrator"
    cp.title = ""
    cp.comments = ""


_shape_id = [1000]


def float_picture(doc, p, img_path, width, height, h_off, v_off, h_rel="column", v_rel="paragraph", behind=False, name="图片"):
    """Anchor a picture (seal) floating in front of the text, wrapNone, offset from the paragraph."""
    rid, _image = doc.part.get_or_add_image(img_path)
    _shape_id[0] += 1
    sid = _shape_id[0]
    cx, cy = int(width), int(height)
    xml = f'''<wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
 distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + sid}" behindDoc="{1 if behind else 0}" locked="0" layoutInCell="1" allowOverlap="1">
  <wp:simplePos x="0" y="0"/>
  <wp:positionH relativeFrom="{h_rel}"><wp:posOffset>{int(h_off)}</wp:posOffset></wp:positionH>
  <wp:positionV relativeFrom="{v_rel}"><wp:posOffset>{int(v_off)}</wp:posOffset></wp:positionV>
  <wp:extent cx="{cx}" cy="{cy}"/>
  <wp:effectExtent l="0" t="0" r="0" b="0"/>
  <wp:wrapNone/>
  <wp:docPr id="{sid}" name="{name} {sid}"/>
  <wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>
  <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">
    <pic:pic><pic:nvPicPr><pic:cNvPr id="{sid}" name="{name}{sid}.png"/><pic:cNvPicPr/></pic:nvPicPr>
      <pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>
      <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>
    </pic:pic>
  </a:graphicData></a:graphic>
</wp:anchor>'''
    run = p.add_run()
    drawing = parse_xml('<w:drawing %s/>' % nsdecls("w"))
    drawing.append(parse_xml(xml))
    run._r.append(drawing)
    return run



def banji(doc, cc, printer, date_printed, width_mm=156):
    """版记: 抄送 line and 印发 line between rules (首末条粗线)."""
    blank(doc, 2)
    p = para(doc, [("抄送：", FS, SIHAO), (cc, FS, SIHAO)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False,
             left=Pt(14), hanging=None, exact=Pt(24))
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", sz=8)
    border(p, "bottom", sz=4)
    p2 = para(doc, [(printer + "\t" + date_printed + "印发", FS, SIHAO)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False,
              left=Pt(14), exact=Pt(24))
    p2.paragraph_format.right_indent = Pt(14)
    add_tab_right(p2, width_mm - 10)
    border(p2, "bottom", sz=8)
    return p, p2


def save_and_pdf(doc, stem):
    fix_ppr_order(doc)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    prof = tempfile.mkdtemp(prefix="lo109_")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return path


def heading1(doc, text):
    p = para(doc, [(text, HT)])
    p.paragraph_format.keep_with_next = True
    return p


def heading2(doc, label, rest=""):
    parts = [(label, KT)]
    if rest:
        parts.append((rest, FS))
    return para(doc, parts)


def num_item(doc, label, text):
    return para(doc, [(label, FS, SAN, True), (text, FS)])


# =============================================================== (a) 湖南省商务厅 通知


from docx.enum.section import WD_ORIENT, WD_SECTION


def masthead_typed(doc, text, size_pt=26, scale=75):
    """Red 发文机关标志 typed in 方正小标宋简体, squeezed (w:w) the way offices set long organ names."""
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_font(r, XBS, Pt(size_pt), color=RED)
    r._r.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=None)
    return p


def docno_rule(doc, docno):
    blank(doc, 2)
    p = para(doc, docno, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", sz=18, color="E60012", space=12)
    blank(doc, 2)
    return p


def landscape_section(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.top_margin, s.bottom_margin = Mm(28), Mm(26)
    s.left_margin, s.right_margin = Mm(37), Mm(35)
    return s


def portrait_section(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    return s


def grid_table(doc, rows, widths_mm, n_header=1, merges=(), body_size=Pt(12), header_size=Pt(12), align_cols=None):
    """rows: full grid (header rows first); merges: (r1, c1, r2, c2), text only in the top-left cell."""
    t = doc.add_table(rows=len(rows), cols=len(widths_mm))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i in range(len(rows)):
        for j in range(len(widths_mm)):
            t.cell(i, j).width = Mm(widths_mm[j])
    for r1, c1, r2, c2 in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    covered = set()
    for r1, c1, r2, c2 in merges:
        for i in range(r1, r2 + 1):
            for j in range(c1, c2 + 1):
                if (i, j) != (r1, c1):
                    covered.add((i, j))
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if (i, j) in covered:
                continue
            cell = t.cell(i, j)
            cp = cell.paragraphs[0]
            for k, line in enumerate(val.split("\n")):
                if k:
                    cp = cell.add_paragraph()
                r = cp.add_run(line)
                if i < n_header:
                    set_font(r, HT, header_size)
                    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                else:
                    set_font(r, FS, body_size)
                    cp.alignment = (align_cols or {}).get(j, WD_ALIGN_PARAGRAPH.LEFT)
                fmt(cp, indent=False, exact=Pt(18))
    for tc in t._tbl.iter(qn("w:tc")):
        tcpr = tc.get_or_add_tcPr()
        tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))
    grid = t._tbl.tblGrid
    for gc, wmm in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(wmm / 25.4 * 1440)))
    t._tbl.tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for i in range(n_header):
        t.rows[i]._tr.get_or_add_trPr().append(parse_xml("<w:tblHeader %s/>" % nsdecls("w")))
    for i in range(n_header, len(rows)):
        t.rows[i]._tr.get_or_add_trPr().append(parse_xml("<w:cantSplit %s/>" % nsdecls("w")))
    return t


def box(doc, title, lines, width_mm=156):
    """专栏: a one-cell table with a heavy border and light shading."""
    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = t.cell(0, 0)
    cell.width = Mm(width_mm)
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml('<w:tblBorders %s><w:top w:val="single" w:sz="12" w:color="000000"/><w:left w:val="single" w:sz="12" w:color="000000"/>'
                           '<w:bottom w:val="single" w:sz="12" w:color="000000"/><w:right w:val="single" w:sz="12" w:color="000000"/></w:tblBorders>' % nsdecls("w")))
    cell._tc.get_or_add_tcPr().append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="F2F2F2"/>' % nsdecls("w")))
    p = cell.paragraphs[0]
    r = p.add_run(title)
    set_font(r, HT, SAN)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=Pt(26), before=4, after=4)
    for line in lines:
        p = cell.add_paragraph()
        r = p.add_run(line)
        set_font(r, FS, SIHAO)
        fmt(p, indent=Pt(28), exact=Pt(24))
    return t


def seal_over(doc, p, org, stem, h_off=Mm(95), v_off=-Mm(15)):
    path = os.path.join(IMG, "_%s_seal.png" % stem)
    draw_seal(org, path)
    float_picture(doc, p, path, Mm(42), Mm(42), h_off, v_off, name="印章")


# =============================================================== (a) 福建省自贸办 印发 2025年工作要点

A = dict(
    stem="blind109_fujian_workplan",
    masthead="福建省自由贸易试验区工作领导小组办公室文件",
    issuer="福建省自由贸易试验区工作领导小组办公室",
    docno="闽自贸办〔2025〕2号",
    title_lines=["福建省自由贸易试验区工作领导小组办公室", "关于印发《中国（福建）自由贸易试验区", "2025年工作要点》的通知"],
    to="福州、厦门、平潭片区管委会，省自贸试验区工作领导小组各成员单位：",
    date="2025年2月26日",
    attach="中国（福建）自由贸易试验区2025年工作要点",
)
A_NOTICE = [
    "现将《中国（福建）自由贸易试验区2025年工作要点》印发给你们，请结合实际，认真抓好贯彻落实。",
    "各片区、各牵头单位要对照工作要点，细化工作措施，明确时间节点，于2025年3月20日前将本单位贯彻落实方案报送省自贸办；每季度结束后10日内报送工作进展情况，2025年12月10日前报送全年工作总结。联系人：省自贸办综合处 陈立群，联系电话：0591-87852316。",
]
# kinds: p, h1 (黑体), h2 (楷体, heading only), n (number, text, unit) with unit = None | ("same", s) | ("own", s) | ("two", lead, assist)
#        s (（1） sub-item), u (own-line unit closing a block of sub-items)
A_PLAN = [
    ("p", "2025年是“十四五”规划收官之年，也是中国（福建）自由贸易试验区挂牌运行十周年。全省自贸试验区工作要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届二中、三中全会精神，深入实施自贸试验区提升战略，突出对台和服务共建“一带一路”特色，力争全年新增制度创新成果60项以上、其中全国首创20项以上，自贸试验区实际使用外资占全省比重保持在20%以上。"),
    ("h1", "一、深化制度型开放，对接高标准经贸规则"),
    ("h2", "（一）对接国际高标准经贸规则"),
    ("n", "1.", "推进CPTPP、DEPA等高标准经贸规则先行先试，在货物贸易、服务贸易、数字贸易、知识产权等领域梳理形成第二批压力测试事项清单，年内推动落地实施不少于15项。", ("same", "（省商务厅牵头，省发展改革委、省司法厅、省市场监管局配合）")),
    ("n", "2.", "扩大跨境服务贸易开放，落实跨境服务贸易负面清单，在福州片区开展跨境服务贸易高水平开放试点，支持平潭片区在旅游、医疗、教育等领域扩大对台开放。", ("own", "（责任单位：省商务厅、福州片区管委会、平潭片区管委会）")),
    ("h2", "（二）提升贸易便利化水平"),
    ("n", "3.", "深化“智慧海关”建设，推广“两步申报”“提前申报”“船边直提”“抵港直装”等便利化措施，2025年6月底前进口、出口整体通关时间分别压缩至30小时、1.2小时以内。", ("two", "牵头单位：福州海关、厦门海关", "配合单位：省商务厅、省交通运输厅、各片区管委会")),
    ("n", "4.", "推进国际贸易“单一窗口”功能拓展，新增跨境电商、海运物流、国际结算等特色应用不少于8项，主要业务应用率保持100%。", ("same", "（省口岸办牵头）")),
    ("n", "5.", "支持厦门片区开展以下保税业务创新：", None),
    ("s", "（1）", "扩大飞机、船舶、大型设备保税维修业务范围，年内新增保税维修企业不少于3家；"),
    ("s", "（2）", "开展进口保税LNG加注业务试点，全年保税燃料油加注量突破15万吨；"),
    ("s", "（3）", "探索“保税+期货交割”模式，争取增设铜、铝期货保税交割库。"),
    ("u", "（责任单位：厦门海关、厦门片区管委会）"),
    ("h1", "二、服务共建“一带一路”，打造开放通道枢纽"),
    ("h2", "（三）建设21世纪海上丝绸之路核心区重要节点"),
    ("n", "6.", "加快建设福州港江阴港区、厦门港远海码头等国际航运枢纽，全年新开通“丝路海运”航线不少于10条，“丝路海运”联盟成员达到400家以上。", ("same", "（省交通运输厅牵头，省港口集团、各设区市人民政府配合）")),
    ("n", "7.", "支持福州片区建设中国—印尼“两国双园”配套服务平台，推动元洪投资区与印尼园区开展产能合作，年内新签约项目不少于20个。", ("two", "牵头单位：福州市人民政府", "配合单位：省商务厅、省发展改革委、福州片区管委会")),
    ("h2", "（四）畅通陆海联运通道"),
    ("n", "8.", "推动中欧（厦门）班列扩量提质，常态化开行“丝路海运+中欧班列”海铁联运线路，全年开行中欧班列不少于300列。", ("own", "（责任单位：省交通运输厅、厦门市人民政府、中国铁路南昌局集团有限公司福州办事处）")),
    ("n", "9.", "积极发展“丝路电商”，支持企业在共建“一带一路”国家布局建设海外仓，全省新培育跨境电商产业园5个以上。", None),
    ("h1", "三、坚持两岸融合，深化闽台合作"),
    ("h2", "（五）打造两岸融合发展示范区"),
    ("n", "10.", "支持平潭片区推进“一岛两标”建设，扩大台湾地区标准在建设、医疗、旅游等领域的适用范围，新增采认台湾地区职业资格不少于10项。", ("same", "（平潭综合实验区管委会牵头，省人社厅、省住房城乡建设厅配合）")),
    ("n", "11.", "深化闽台金融合作，支持台资金融机构在自贸试验区设立分支机构，扩大对台跨境人民币结算业务规模。", ("two", "牵头单位：中国人民银行福建省分行", "配合单位：国家金融监督管理总局福建监管局、省委金融办")),
    ("h1", "四、强化组织保障"),
    ("h2", "（六）加强统筹协调"),
    ("n", "12.", "发挥省自贸试验区工作领导小组统筹作用，建立重点任务季度调度、年度评估机制，对工作进展滞后的事项实行清单化督办。", ("same", "（责任单位：省自贸办）")),
    ("h2", "（七）开展十周年评估"),
    ("n", "13.", "开展自贸试验区挂牌十周年总结评估，委托第三方机构对各片区制度创新、产业发展、风险防控等情况进行评估，评估报告于2025年10月底前报省政府。", None),
]


def build_a():
    doc = Document()
    default_style(doc)
    setup_section(doc)
    blank(doc, 1)
    masthead_typed(doc, A["masthead"], size_pt=26, scale=72)
    docno_rule(doc, A["docno"])
    for t in A["title_lines"]:
        para(doc, [(t, XBS, ER)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=Pt(36))
    blank(doc)
    para(doc, A["to"], indent=False)
    for t in A_NOTICE:
        para(doc, t)
    blank(doc)
    para(doc, "附件：" + A["attach"], indent=True)
    blank(doc, 3)
    p = para(doc, A["issuer"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=Pt(16))
    seal_over(doc, p, A["issuer"], A["stem"], h_off=Mm(70))
    para(doc, A["date"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=Pt(64))
    blank(doc)
    para(doc, "（此件主动公开）", indent=True)
    page_break(doc)
    para(doc, [("附件", HT)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    blank(doc)
    para(doc, [("中国（福建）自由贸易试验区", XBS, ER)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=Pt(36))
    para(doc, [("2025年工作要点", XBS, ER)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=Pt(36))
    blank(doc)
    for it in A_PLAN:
        k = it[0]
        if k == "p":
            para(doc, it[1])
        elif k == "h1":
            heading1(doc, it[1])
        elif k == "h2":
            para(doc, [(it[1], KT)]).paragraph_format.keep_with_next = True
        elif k == "n":
            unit = it[3]
            if unit and unit[0] == "same":
                para(doc, [(it[1] + it[2], FS), (unit[1], KT)])
            else:
                para(doc, it[1] + it[2])
                if unit and unit[0] == "own":
                    para(doc, unit[1], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
                elif unit and unit[0] == "two":
                    para(doc, [(unit[1], KT)])
                    para(doc, [(unit[2], KT)])
        elif k == "s":
            para(doc, it[1] + it[2])
        elif k == "u":
            para(doc, it[1], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    blank(doc, 3)
    banji(doc, "商务部自由贸易试验区港务司，省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅。",
          "福建省自由贸易试验区工作领导小组办公室", "2025年2月27日")
    return save_and_pdf(doc, A["stem"])


def a_clauses():
    out = list(A_NOTICE)
    out.append("附件 " + A["attach"])
    i = 0
    while i < len(A_PLAN):
        it = A_PLAN[i]
        k = it[0]
        if k in ("p", "h1", "h2"):
            out.append(it[1])
        elif k == "n":
            unit = it[3]
            txt = it[1] + it[2]
            if unit and unit[0] in ("same",):
                txt += unit[1]
            elif unit and unit[0] == "own":
                txt += "\n" + unit[1]
            elif unit and unit[0] == "two":
                txt += "\n" + unit[1] + "\n" + unit[2]
            out.append(txt)
        elif k == "s":
            out.append(it[1] + it[2])
        elif k == "u":
            out[-1] += "\n" + it[1]
        i += 1
    return out


# =============================================================== (b) 连云港市政府办公室 印发 重点任务分工表

B = dict(
    stem="blind109_lianyungang_tasklist",
    masthead="连云港市人民政府办公室文件",
    issuer="连云港市人民政府办公室",
    docno="连政办发〔2025〕18号",
    title_lines=["市政府办公室关于印发2025年全市", "“一带一路”强支点建设重点任务分工的通知"],
    to="各县、区人民政府，市开发区、高新区、徐圩新区、云台山景区管委会，市各委、办、局，市各直属单位：",
    date="2025年3月14日",
    attach="2025年全市“一带一路”强支点建设重点任务分工表",
)
B_BODY = [
    ("p", "为深入贯彻落实省委、省政府关于支持连云港高水平建设“一带一路”强支点的部署要求，加快推进中国（江苏）自由贸易试验区连云港片区建设，经市政府同意，现将《2025年全市“一带一路”强支点建设重点任务分工表》印发给你们，并就有关事项通知如下："),
    ("h1b", "一、压实工作责任。", "各牵头单位要对照分工表，细化工作举措，明确时间节点，于2025年4月15日前将具体推进方案报市商务局（市自贸办）。配合单位要积极主动支持，形成工作合力。"),
    ("h1b", "二、强化跟踪督办。", "建立“月调度、季通报”工作机制，各牵头单位于每月25日前报送工作进展情况。市政府督查室将重点任务落实情况纳入年度综合考核，对推进不力的予以通报。"),
    ("h1b", "三、注重总结推广。", "各地各部门要及时总结工作中形成的好经验好做法，成熟一项、推广一项。完成时限为“长期坚持”的任务，牵头单位每季度末报送阶段性成效。"),
]
B_TABLE = [
    ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"],
    ["1", "建设中哈（连云港）物流合作基地", "推进中哈物流合作基地二期扩建，新增集装箱堆场12万平方米，年集装箱进出库量达到45万标箱。", "连云港港口控股集团", "市发展改革委、市交通运输局、连云区政府", "2025年12月底前"],
    ["", "", "加密中欧（中亚）班列开行，全年开行班列不少于900列，新增中亚、欧洲方向线路2条。", "市交通运输局", "连云港海关、中国铁路上海局集团有限公司连云港车务段", "长期坚持"],
    ["", "", "推动哈萨克斯坦过境粮食、矿产经连云港中转“一单到底”，全年过境货物量突破300万吨。", "市商务局", "连云港海关、连云港港口控股集团", "2025年6月底前"],
    ["2", "推进上合组织（连云港）国际物流园建设", "完成物流园国际物流中心主体工程，引进国内外物流龙头企业5家以上。", "连云区政府", "市发展改革委、市自然资源和规划局", "2025年9月底前"],
    ["", "", "开展上合组织国家跨境贸易便利化试点，探索与中亚国家海关“经认证的经营者”（AEO）互认合作。", "连云港海关", "市商务局", "2025年12月底前"],
    ["3", "提升自贸试验区连云港片区发展能级", "争取省级管理权限再下放30项，实现片区内“一枚印章管审批”。", "连云港片区管委会", "市委编办、市司法局", "2025年6月底前"],
    ["", "", "形成制度创新成果不少于10项，其中全省首创3项以上。", "", "市各有关部门", "2025年11月底前"],
    ["", "", "推动“一带一路”国际商事调解中心连云港分中心实体化运作。", "市司法局", "市中级人民法院、市贸促会", "长期坚持"],
    ["4", "深化国际人文交流合作", "举办2025年“一带一路”国际合作（连云港）论坛和上合组织国家友好城市对话会。", "市外办", "", "2025年10月底前"],
    ["5", "强化要素保障", "统筹设立“一带一路”强支点建设专项资金2亿元，重点支持通道、平台、产业项目。", "市财政局", "市发展改革委、市商务局", "2025年6月底前"],
    ["", "", "对列入省、市重大项目清单的物流、产业项目用地做到应保尽保。", "市自然资源和规划局", "各县区政府、功能板块管委会", "长期坚持"],
]
# vertical merges: 序号 and 重点任务 for tasks 1, 2, 3, 5; 牵头单位 for 3a–3b
B_MERGES = [(1, 0, 3, 0), (1, 1, 3, 1), (4, 0, 5, 0), (4, 1, 5, 1), (6, 0, 8, 0), (6, 1, 8, 1), (6, 3, 7, 3), (10, 0, 11, 0), (10, 1, 11, 1)]
B_NOTE = "注：完成时限为“长期坚持”的，牵头单位每季度末月25日前报送阶段性进展。"


def build_b():
    doc = Document()
    default_style(doc)
    setup_section(doc)
    blank(doc, 1)
    masthead_typed(doc, B["masthead"], size_pt=36, scale=80)
    docno_rule(doc, B["docno"])
    for t in B["title_lines"]:
        para(doc, [(t, XBS, ER)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=Pt(36))
    blank(doc)
    para(doc, B["to"], indent=False)
    for it in B_BODY:
        if it[0] == "p":
            para(doc, it[1])
        else:
            para(doc, [(it[1], HT), (it[2], FS)])
    blank(doc)
    para(doc, "附件：" + B["attach"], indent=True)
    blank(doc, 3)
    p = para(doc, B["issuer"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=Pt(32))
    seal_over(doc, p, B["issuer"], B["stem"], h_off=Mm(85))
    para(doc, B["date"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=Pt(64))
    blank(doc)
    para(doc, "（此件公开发布）", indent=True)
    landscape_section(doc)
    para(doc, [("附件", HT)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    para(doc, [(B["attach"], XBS, ER)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=Pt(36), after=8)
    grid_table(doc, B_TABLE, [12, 38, 84, 32, 42, 24], n_header=1, merges=B_MERGES,
               align_cols={0: WD_ALIGN_PARAGRAPH.CENTER, 1: WD_ALIGN_PARAGRAPH.CENTER, 5: WD_ALIGN_PARAGRAPH.CENTER})
    para(doc, [(B_NOTE, FS, Pt(12))], indent=False, exact=Pt(22))
    portrait_section(doc)
    blank(doc, 14)
    banji(doc, "市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市法院，市检察院，连云港军分区。",
          B["issuer"], "2025年3月14日")
    return save_and_pdf(doc, B["stem"])


def fill_merged(table):
    """Propagate the text of vertically merged cells to the rows they cover."""
    rows = [list(r) for r in table]
    for i in range(1, len(rows)):
        for j in range(len(rows[i])):
            if rows[i][j] == "" and (j in (0, 1) or (i, j) == (7, 3)):
                rows[i][j] = rows[i - 1][j]
    return rows


def rows_as_clauses(rows, hdr=None):
    hdr = hdr or rows[0]
    out = []
    for r in rows[1:] if hdr is rows[0] else rows:
        out.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, r) if v != ""))
    return out


# =============================================================== (c) 南宁片区 2025年工作要点 (no 印发 notice)

C = dict(
    stem="blind109_nanning_workplan",
    issuer="中国（广西）自由贸易试验区南宁片区管理委员会",
    title_lines=["中国（广西）自由贸易试验区南宁片区", "2025年工作要点"],
    adopted="（2025年2月10日南宁片区管委会2025年第2次主任办公会议审议通过）",
    header="中国（广西）自由贸易试验区南宁片区管理委员会",
    attach="南宁片区2025年上半年重点工作月度进度表",
)
C_BODY = [
    ("p", "2025年是南宁片区深入实施自贸试验区提升战略、加快建设面向东盟开放合作高地的关键之年。全年工作的主要预期目标是：新增注册企业1.2万家，其中外资企业80家；实际使用外资2.5亿美元；外贸进出口总额突破1000亿元；形成制度创新成果15项以上，力争2项以上在全国复制推广。"),
    ("h1", "一、对接高标准经贸规则，推进制度型开放"),
    ("h2t", "（一）深化面向东盟的金融开放门户建设。", "推进中国—东盟金融城扩容提质，新引进金融机构及金融类企业40家以上；扩大人民币跨境使用，全年跨境人民币结算量达到800亿元；推动数字人民币跨境支付试点在片区率先落地。"),
    ("h2t", "（二）提升跨境贸易便利化水平。", "深化国际贸易“单一窗口”建设，推动与东盟国家海关“经认证的经营者”（AEO）互认成果落地，2025年6月底前实现东盟水果进口“即报即检即放”。"),
    ("h1", "二、服务共建“一带一路”，打造国际陆海贸易新通道重要节点"),
    ("h2t", "（一）做强南宁国际铁路港。", "加密西部陆海新通道班列和中越跨境班列，全年开行中越跨境班列不少于600列，推动南宁国际铁路港二期开工建设。"),
    ("h2t", "（二）拓展面向东盟的跨境物流网络。", "支持企业在越南、泰国、马来西亚等国布局海外仓，新增海外仓5个以上；常态化开行南宁至河内、曼谷跨境公路直通车。"),
    ("box",),
    ("h1", "三、聚焦开放型产业，培育发展新动能"),
    ("h2", "（一）发展数字经济"),
    ("n", "1.", "推进中国—东盟信息港南宁核心基地建设，新增数字经济企业100家以上。"),
    ("n", "2.", "建设面向东盟的跨境数据流动服务中心，探索数据出境“负面清单”管理模式。"),
    ("h2", "（二）发展跨境电商"),
    ("n", "1.", "依托中国（南宁）跨境电子商务综合试验区，培育跨境电商交易额超亿元企业10家。"),
    ("n", "2.", "推广“跨境电商+产业带”模式，带动广西特色农产品、新能源汽车零部件出口东盟。"),
    ("h1", "四、强化组织保障"),
    ("h2t", "（一）加强组织领导。", "片区工作领导小组每季度召开1次专题会议，研究解决片区建设重大问题。"),
    ("h2t", "（二）强化考核督查。", "将重点工作纳入片区年度绩效考评，实行“月调度、季通报”，上半年进度安排见附件。"),
]
C_BOX_TITLE = "专栏　2025年南宁片区十大重点项目"
C_BOX = [
    "1.中国—东盟金融城三期，总投资45亿元，年度计划投资8亿元；",
    "2.南宁国际铁路港二期，总投资32亿元，年度计划投资6亿元；",
    "3.中国—东盟信息港数据中心集群（五象片），总投资26亿元，年度计划投资5亿元；",
    "4.中国—东盟跨境电商产业园，总投资12亿元，年度计划投资3亿元；",
    "5.五象新区东盟商务区总部大楼，总投资18亿元，年度计划投资4亿元；",
    "6.中越跨境冷链物流中心，总投资9.5亿元，年度计划投资2.5亿元；",
    "7.南宁片区新能源汽车出口服务基地，总投资15亿元，年度计划投资4亿元；",
    "8.面向东盟的跨境数据流动服务中心，总投资6亿元，年度计划投资1.5亿元；",
    "9.中国—东盟国际商事法律服务中心，总投资3亿元，年度计划投资1亿元；",
    "10.南宁片区国际人才社区，总投资20亿元，年度计划投资5亿元。",
]
C_TABLE = [
    ["序号", "重点工作", "责任部门", "月度进度安排", "", "", "", "", ""],
    ["", "", "", "1月", "2月", "3月", "4月", "5月", "6月"],
    ["1", "中国—东盟金融城三期", "片区金融服务局", "完成方案编制", "—", "启动招标", "完成招标", "开工建设", "完成投资2亿元"],
    ["2", "南宁国际铁路港二期", "片区规划建设局", "完成用地报批", "—", "完成初步设计", "开工建设", "—", "完成投资1.5亿元"],
    ["3", "中越跨境班列加密", "片区物流发展局", "开行40列", "开行40列", "开行50列", "开行50列", "开行50列", "累计开行280列"],
    ["4", "东盟水果进口“即报即检即放”", "片区口岸服务局", "制定方案", "系统联调", "试运行", "—", "—", "全面实施"],
    ["5", "跨境数据流动服务中心", "片区数字经济局", "—", "选定运营主体", "—", "挂牌运营", "—", "形成首批案例"],
    ["6", "制度创新成果申报", "片区改革创新局", "征集选题", "—", "第一批评估", "—", "—", "上报5项"],
]
C_MERGES = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 8)]
C_NOTE = "注：7—12月进度安排另行印发。"


def build_c():
    doc = Document()
    default_style(doc)
    setup_section(doc)
    s = doc.sections[0]
    for hdr in (s.header, s.even_page_header):
        hp = hdr.paragraphs[0]
        r = hp.add_run(C["header"])
        set_font(r, SONG, Pt(10.5))
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        border(hp, "bottom", sz=6)
    blank(doc)
    for t in C["title_lines"]:
        para(doc, [(t, XBS, ER)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=Pt(36))
    para(doc, [(C["adopted"], KT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    blank(doc)
    for it in C_BODY:
        k = it[0]
        if k == "p":
            para(doc, it[1])
        elif k == "h1":
            heading1(doc, it[1])
        elif k == "h2":
            para(doc, [(it[1], KT)]).paragraph_format.keep_with_next = True
        elif k == "h2t":
            para(doc, [(it[1], KT), (it[2], FS)])
        elif k == "n":
            para(doc, it[1] + it[2])
        elif k == "box":
            blank(doc, size=Pt(8))
            box(doc, C_BOX_TITLE, C_BOX)
            blank(doc, size=Pt(8))
    para(doc, "附件：" + C["attach"], indent=True)
    landscape_section(doc)
    para(doc, [("附件", HT)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    para(doc, [(C["attach"], XBS, ER)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=Pt(36), after=8)
    grid_table(doc, C_TABLE, [10, 48, 30, 22, 22, 22, 22, 22, 27], n_header=2, merges=C_MERGES, body_size=Pt(11), header_size=Pt(12),
               align_cols={j: WD_ALIGN_PARAGRAPH.CENTER for j in (0, 2, 3, 4, 5, 6, 7, 8)})
    para(doc, [(C_NOTE, FS, Pt(12))], indent=False, exact=Pt(22))
    return save_and_pdf(doc, C["stem"])


def c_clauses():
    out = []
    for it in C_BODY:
        k = it[0]
        if k in ("p", "h1", "h2"):
            out.append(it[1])
        elif k in ("h2t", "n"):
            out.append(it[1] + it[2])
        elif k == "box":
            out.append(C_BOX_TITLE)
            out.extend(C_BOX)
    out.append("附件 " + C["attach"])
    hdr = ["序号", "重点工作", "责任部门", "1月", "2月", "3月", "4月", "5月", "6月"]
    out += rows_as_clauses(C_TABLE[2:], hdr)
    out.append(C_NOTE)
    return out


# =============================================================== expected.json

def expected():
    b_rows = fill_merged(B_TABLE)
    b_clauses = [B_BODY[0][1]] + [it[1] + it[2] for it in B_BODY[1:]]
    b_clauses += ["附件 " + B["attach"]] + rows_as_clauses(b_rows) + [B_NOTE]
    return {
        A["stem"]: [{
            "meta": {
                "title": "福建省自由贸易试验区工作领导小组办公室关于印发《中国（福建）自由贸易试验区2025年工作要点》的通知",
                "doc_number": A["docno"],
                "issuer": [A["issuer"]],
                "date": "2025-02-26",
                "level": "provincial",
                "region": "福建省",
                "applies_to": ["中国（福建）自由贸易试验区", "福州片区", "厦门片区", "平潭片区"],
                "effective": None,
                "expires": None,
                "attachments": [A["attach"]],
                "doc_type": "通知",
                "recipients": A["to"].rstrip("："),
                "printed_by": A["issuer"],
                "printed_date": "2025-02-27",
                "public": "此件主动公开",
            },
            "clauses": a_clauses(),
            "item_applies_to": {
                "2.": ["福州片区", "平潭片区"], "5.（1）–（3）": ["厦门片区"], "7.": ["福州片区", "福州市（元洪投资区）"],
                "8.": ["厦门市"], "10.": ["平潭片区"], "others": ["福建省 / 中国（福建）自由贸易试验区"],
            },
            "responsible_units": {
                "1.": {"lead": ["省商务厅"], "assist": ["省发展改革委", "省司法厅", "省市场监管局"]},
                "2.": {"responsible": ["省商务厅", "福州片区管委会", "平潭片区管委会"]},
                "3.": {"lead": ["福州海关", "厦门海关"], "assist": ["省商务厅", "省交通运输厅", "各片区管委会"]},
                "4.": {"lead": ["省口岸办"]},
                "5.": {"responsible": ["厦门海关", "厦门片区管委会"]},
                "6.": {"lead": ["省交通运输厅"], "assist": ["省港口集团", "各设区市人民政府"]},
                "7.": {"lead": ["福州市人民政府"], "assist": ["省商务厅", "省发展改革委", "福州片区管委会"]},
                "8.": {"responsible": ["省交通运输厅", "厦门市人民政府", "中国铁路南昌局集团有限公司福州办事处"]},
                "9.": None, "10.": {"lead": ["平潭综合实验区管委会"], "assist": ["省人社厅", "省住房城乡建设厅"]},
                "11.": {"lead": ["中国人民银行福建省分行"], "assist": ["国家金融监督管理总局福建监管局", "省委金融办"]},
                "12.": {"responsible": ["省自贸办"]}, "13.": None,
            },
            "_note": "Furniture: typed red 版头 '福建省自由贸易试验区工作领导小组办公室文件', 文号, red rule, the 3-line title (must be joined into one title), 主送, 附件说明 (→ meta.attachments), 落款 organ + date + seal picture, （此件主动公开）, page numbers '— N —', 版记 (抄送 / '… 2025年2月27日印发'). The attachment (工作要点) may stay inside the notice document or become its own document titled '中国（福建）自由贸易试验区2025年工作要点' (its two title lines joined) — both fine if no text is lost. Headings 一、/（一） as heading-clauses or as section labels are both fine; items are numbered 1.–13. continuously across sections, so labels like '一、（一）1.' or '1.' are both right, but '（三）' etc. must not restart counting per section wrongly. The responsible-unit text belongs to the item it closes: same-line brackets are part of the item; own-line '（责任单位：…）' lines and the two lines '牵头单位：…' / '配合单位：…' should be joined to the preceding item (or exposed as that item's fields); turned into separate clauses = medium; attached to the NEXT item or heading = high (wrong answer to 'who leads X'); dropped = high. The unit line after （3） belongs to item 5 as a whole; attaching it to （3） is tolerable. Items 9 and 13 have no unit. Dates like '2025年6月底前', '2025年3月20日前', '2025年10月底前' are deadlines, not effective/expiry. effective = 2025-02-26 (成文日期) is tolerable; there is no expiry (a 2025 plan ending 2025-12-31 is a tolerable inference, not stated).",
        }],
        B["stem"]: [{
            "meta": {
                "title": "市政府办公室关于印发2025年全市“一带一路”强支点建设重点任务分工的通知",
                "doc_number": B["docno"],
                "issuer": [B["issuer"]],
                "date": "2025-03-14",
                "level": "municipal",
                "region": "江苏省连云港市",
                "applies_to": ["连云港市", "中国（江苏）自由贸易试验区连云港片区"],
                "effective": None,
                "expires": None,
                "attachments": [B["attach"]],
                "doc_type": "通知",
                "recipients": B["to"].rstrip("："),
                "printed_by": B["issuer"],
                "printed_date": "2025-03-14",
                "public": "此件公开发布",
            },
            "clauses": b_clauses,
            "_note": "Furniture: typed red 版头 '连云港市人民政府办公室文件', 文号, red rule, 2-line title (joined; the title itself says only '市政府办公室' — the issuer is the full '连云港市人民政府办公室' from 版头/落款/文号 连政办发), 主送, 附件说明, 落款 + seal, date, （此件公开发布）, page numbers, 版记 on its own last portrait page. The attachment table is in a landscape section with a repeated header row (PDF: header printed again on page 2 — must not become a data row). Rows: one clause per 具体措施 row; the vertically merged 序号/重点任务 cells (tasks 1, 2, 3, 5) should be propagated to every row they span, and the merged 牵头单位 '连云港片区管委会' to rows 3a and 3b; a continuation row without 序号/重点任务 = medium; a merged row glued into one clause = medium; a measure lost = high. Row 4 has an empty 配合单位 — omitting it or '配合单位：' both fine. 完成时限 '长期坚持', '2025年6月底前', etc. are per-task deadlines, NOT document effective/expiry dates. The '注：' line under the table is a clause. Level municipal (连云港 is a prefecture-level city); region must be Jiangsu/Lianyungang.",
        }],
        C["stem"]: [{
            "meta": {
                "title": "中国（广西）自由贸易试验区南宁片区2025年工作要点",
                "doc_number": None,
                "issuer": [C["issuer"]],
                "date": "2025-02-10",
                "level": "municipal",
                "region": "广西壮族自治区南宁市",
                "applies_to": ["中国（广西）自由贸易试验区南宁片区"],
                "effective": None,
                "expires": None,
                "attachments": [C["attach"]],
                "doc_type": "工作要点",
            },
            "clauses": c_clauses(),
            "_note": "No 版头, no 文号, no 印发 notice, no 落款, no 版记. The issuer is only in the page header '中国（广西）自由贸易试验区南宁片区管理委员会' (repeated on every page — furniture, never a clause) and in the 楷体 line '（2025年2月10日南宁片区管委会2025年第2次主任办公会议审议通过）' under the title, which is the only date (→ date 2025-02-10; the line itself is furniture or a clause, both tolerable). Issuer empty = medium; a wrong issuer (e.g. 广西壮族自治区) = high. Title: the two title lines joined. （一） headings here carry their text in the same paragraph: one clause each. Section 三 restarts 1./2. under each （一）/（二）: labels must keep them apart (三（一）1 vs 三（二）1). The 专栏 box (a one-cell shaded table) holds a title and 10 numbered projects: 10 separate clauses preferred, title as heading; the whole box as one clause = medium; lost = high; treated as a table row 'header：value' of itself = medium. Attachment: a landscape 月度进度表 with a two-row header (序号/重点工作/责任部门 merged vertically, '月度进度安排' merged across 1月–6月): rows as '序号：…；重点工作：…；责任部门：…；1月：…；…；6月：…' — header labels like '月度进度安排1月' are fine; '—' cells may be kept or dropped; the second header row becoming a data row = medium. '2025年6月底前' in （二） is a deadline, not an expiry. Level municipal (a 片区 管委会 in 南宁); provincial because of '中国（广西）' = medium.",
        }],
    }


def main():
    build_a()
    build_b()
    build_c()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=2)
    print("wrote", sorted(f for f in os.listdir(HERE) if f.startswith("blind109_") or f == "expected.json"))


if __name__ == "__main__":
    main()
