# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 108: 公文 whose issuer is not typed where a reader may look for it.

Writes, next to this script:
  blind108_hunan_notice.docx/.pdf    湖南省商务厅 通知; red 版头 "湖南省商务厅文件" is a PNG picture
                                     (inline), 文号 typed under it, 落款 typed with a seal PNG floated over it.
  blind108_qinzhou_letter.docx/.pdf  钦州市人民政府办公室 函; 版头 is a DrawingML text box (wps:txbx, with the
                                     VML fallback Word writes), 落款 is only seal picture + typed date; the organ
                                     is typed only in the text box and in the 版记 印发 line.
  blind108_zhengzhou_notice.docx/.pdf 郑州片区管委会 公告 2024年第5号, no 版头, 公示 table, 公示期, objection contact.
  expected.json

Run: . /work/venv/bin/activate && python make_blind108.py
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
from docx.shared import Emu, Mm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
IMG = tempfile.mkdtemp(prefix="b108img_")  # seal and masthead PNGs live only inside the .docx
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


def draw_masthead(text, path, px_h=260, spacing=0.06):
    """Red 发文机关标志 drawn as a picture, horizontally squeezed the way offices set 小标宋 mastheads."""
    f = _font(int(px_h * 0.8))
    widths = [f.getbbox(ch)[2] - f.getbbox(ch)[0] for ch in text]
    gap = int(px_h * spacing)
    w = sum(widths) + gap * (len(text) - 1) + 40
    img = Image.new("RGBA", (w, px_h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    x = 20
    for ch, cw in zip(text, widths):
        bb = f.getbbox(ch)
        d.text((x - bb[0], (px_h - (bb[3] - bb[1])) // 2 - bb[1]), ch, font=f, fill=(230, 0, 18, 255))
        x += cw + gap
    # squeeze to ~ 0.82 width like a 长宋 masthead
    img = img.resize((int(w * 0.82), px_h), Image.LANCZOS)
    img.save(path)
    return img.size


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


def textbox_masthead(doc, p, text, width, height, font_pt=52):
    """版头 as a floating DrawingML text box (wps:wsp/wps:txbx), with the VML fallback Word writes."""
    _shape_id[0] += 1
    sid = _shape_id[0]
    cx, cy = int(width), int(height)
    wpt, hpt = cx / 12700.0, cy / 12700.0
    inner = f'''<w:p><w:pPr><w:jc w:val="distribute"/><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>
        <w:r><w:rPr><w:rFonts w:ascii="{XBS}" w:eastAsia="{XBS}" w:hAnsi="{XBS}"/><w:color w:val="E60012"/><w:w w:val="80"/><w:spacing w:val="-6"/><w:sz w:val="{font_pt * 2}"/><w:szCs w:val="{font_pt * 2}"/></w:rPr><w:t>{text}</w:t></w:r></w:p>'''
    xml = f'''<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"
 xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:w10="urn:schemas-microsoft-com:office:word">
 <mc:Choice Requires="wps">
  <w:drawing>
   <wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251660288" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
    <wp:simplePos x="0" y="0"/>
    <wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>
    <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
    <wp:extent cx="{cx}" cy="{cy}"/>
    <wp:effectExtent l="0" t="0" r="0" b="0"/>
    <wp:wrapTopAndBottom/>
    <wp:docPr id="{sid}" name="文本框 {sid}"/>
    <wp:cNvGraphicFramePr/>
    <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
     <wps:wsp>
      <wps:cNvSpPr txBox="1"/>
      <wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
      <wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>
      <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
     </wps:wsp>
    </a:graphicData></a:graphic>
   </wp:anchor>
  </w:drawing>
 </mc:Choice>
 <mc:Fallback>
  <w:pict>
   <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
   <v:shape id="文本框 {sid}" o:spid="_x0000_s10{sid}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:{wpt:.1f}pt;height:{hpt:.1f}pt;z-index:251660288;mso-position-horizontal:center;mso-position-horizontal-relative:margin" filled="f" stroked="f">
    <v:textbox inset="0,0,0,0"><w:txbxContent>{inner}</w:txbxContent></v:textbox>
    <w10:wrap type="topAndBottom" anchorx="margin"/>
   </v:shape>
  </w:pict>
 </mc:Fallback>
</mc:AlternateContent>'''
    run = p.add_run()
    run._r.append(parse_xml(xml))
    return run


def make_table(doc, rows, widths_mm, header_font=HT, body_size=Pt(12), header_size=Pt(12), align_cols=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.width = Mm(widths_mm[j])
            cp = cell.paragraphs[0]
            r = cp.add_run(val)
            if i == 0:
                set_font(r, header_font, header_size)
                cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                set_font(r, FS, body_size)
                cp.alignment = (align_cols or {}).get(j, WD_ALIGN_PARAGRAPH.LEFT)
            fmt(cp, indent=False, exact=Pt(20))
            tcpr = cell._tc.get_or_add_tcPr()
            tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, wmm in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(wmm / 25.4 * 1440)))
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    # repeat header row
    trpr = t.rows[0]._tr.get_or_add_trPr()
    trpr.append(parse_xml("<w:tblHeader %s/>" % nsdecls("w")))
    return t


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
    prof = tempfile.mkdtemp(prefix="lo108_")
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

A_TITLE = "关于做好2024年共建“一带一路”重点市场开拓工作的通知"
A = dict(
    stem="blind108_hunan_notice",
    masthead="湖南省商务厅文件",
    docno="湘商外贸〔2024〕17号",
    title_lines=["关于做好2024年共建“一带一路”", "重点市场开拓工作的通知"],
    to="各市州商务局，中国（湖南）自由贸易试验区长沙、岳阳、郴州片区管委会，有关企业：",
)

A_BODY = [
    ("p", "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，支持我省外贸企业巩固拓展东盟、中东、非洲、中亚、拉美等共建国家市场，加快构建多元化国际市场格局，现就做好2024年重点市场开拓工作通知如下。"),
    ("h1", "一、总体目标"),
    ("p", "2024年，全省组织企业参加共建“一带一路”国家重点展会不少于60场次，支持企业在共建国家新设或扩建海外仓、商品展示中心不少于15个，力争全省对共建国家进出口额同比增长8%以上，占全省进出口总额比重提高2个百分点。"),
    ("h1", "二、重点任务"),
    ("h2", "（一）组织参加境外重点展会。", "围绕东盟、中东、非洲、中亚、拉美五大区域，省商务厅遴选确定2024年度共建“一带一路”重点展会目录（见附件1）。各市州商务局要组织本地企业积极参展，对参加目录内展会的企业，按照实际发生展位费的70%给予补助，单个企业全年补助总额不超过30万元。"),
    ("h2", "（二）支持建设海外营销网络。", "对在共建国家新设或扩建海外仓、商品展示中心，经认定符合下列条件的，按照实际投资额的20%给予一次性补助，单个项目补助不超过100万元："),
    ("n", "1.", "海外仓使用面积不低于2000平方米，或商品展示中心展示面积不低于500平方米，且投入运营满6个月；"),
    ("n", "2.", "年服务省内外贸企业不少于20家，或年服务进出口额不低于5000万元人民币；"),
    ("n", "3.", "申报主体在省内依法注册登记，近三年在商务、海关、税务、外汇等领域无严重违法失信记录。"),
    ("h2", "（三）发挥自贸试验区平台作用。", "长沙、岳阳、郴州片区要依托中非经贸深度合作先行区、岳阳城陵矶港和郴州综合保税区，探索开展对非易货贸易、二手车出口、跨境电商海外仓“前店后仓”等业务创新，每个片区年内至少形成1项可复制推广的市场开拓案例，于2024年11月30日前报省商务厅。"),
    ("h1", "三、工作要求"),
    ("h2", "（一）加强组织领导。", "各市州商务局要将共建“一带一路”市场开拓工作纳入年度重点工作，明确分管负责同志和责任科室，建立重点企业联系清单，做到企业参展有组织、有跟踪、有服务。"),
    ("h2", "（二）做好材料报送。", "各市州商务局请于2024年5月20日前，将本地区2024年参展计划和海外营销网络申报材料（申报表见附件2）汇总后报送省商务厅对外贸易处，电子版同步发送至指定邮箱。联系人：刘明远，联系电话：0731-82281736。"),
    ("h2", "（三）强化绩效评价。", "省商务厅将对资金使用情况开展绩效评价，评价结果作为下一年度资金分配的重要依据。对弄虚作假、骗取补助资金的，依法依规追回资金，并取消其三年内申报资格。"),
    ("p", "本通知自印发之日起施行，有效期至2025年12月31日。"),
]
A_ATTACH = ["2024年湖南省共建“一带一路”重点展会目录", "海外营销网络建设补助申报表"]
A_TABLE1 = [
    ["序号", "展会名称", "举办国家", "举办时间", "组展单位"],
    ["1", "第21届中国—东盟博览会", "中国（南宁）", "2024年9月", "省贸促会"],
    ["2", "2024年越南河内国际贸易博览会", "越南", "2024年4月", "省商务厅"],
    ["3", "2024年迪拜中国商品展览会", "阿联酋", "2024年12月", "长沙市商务局"],
    ["4", "2024年肯尼亚中国贸易周", "肯尼亚", "2024年6月", "省商务厅"],
    ["5", "2024年哈萨克斯坦阿拉木图国际工业展", "哈萨克斯坦", "2024年10月", "株洲市商务局"],
    ["6", "2024年巴西圣保罗中国进出口商品展", "巴西", "2024年11月", "岳阳市商务局"],
]
A_TABLE2 = [
    ["项目", "填报内容"],
    ["申报单位名称", ""],
    ["统一社会信用代码", ""],
    ["海外仓（展示中心）所在国家及城市", ""],
    ["使用（展示）面积（平方米）", ""],
    ["投入运营时间", ""],
    ["实际投资额（万元）", ""],
    ["年服务省内企业数量（家）", ""],
    ["市州商务局审核意见", "（盖章）\n年  月  日"],
]


def build_a():
    doc = Document()
    default_style(doc)
    setup_section(doc)
    mh = os.path.join(IMG, "_b108_hunan_masthead.png")
    seal = os.path.join(IMG, "_b108_hunan_seal.png")
    wpx, hpx = draw_masthead(A["masthead"], mh)
    draw_seal("湖南省商务厅", seal)
    # 版头 picture, inline, centered
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=None)
    w = Mm(150)
    p.add_run().add_picture(mh, width=w, height=Emu(int(w * hpx / wpx)))
    blank(doc, 2)
    p = para(doc, A["docno"], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", sz=18, color="E60012", space=12)  # red rule 4mm below 文号
    blank(doc, 2)
    for t in A["title_lines"]:
        para(doc, [(t, XBS, ER)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=Pt(36))
    blank(doc)
    para(doc, A["to"], align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=False)
    for item in A_BODY:
        if item[0] == "p":
            para(doc, item[1])
        elif item[0] == "h1":
            heading1(doc, item[1])
        elif item[0] == "h2":
            heading2(doc, item[1], item[2])
        elif item[0] == "n":
            num_item(doc, item[1], item[2])
    blank(doc)
    # 附件说明
    para(doc, "附件：1．" + A_ATTACH[0], indent=True)
    para(doc, "2．" + A_ATTACH[1], indent=False, left=Pt(80))
    blank(doc, 2)
    # 落款: typed organ, seal over it
    p = para(doc, "湖南省商务厅", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=Pt(64))
    p.paragraph_format.keep_with_next = True
    float_picture(doc, p, seal, Mm(42), Mm(42), Mm(95), -Mm(15), name="印章")
    para(doc, "2024年4月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=Pt(64))
    blank(doc)
    para(doc, "（此件公开发布）", indent=True)
    # attachments
    page_break(doc)
    para(doc, [("附件1", HT)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    blank(doc)
    para(doc, [(A_ATTACH[0], XBS, ER)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=Pt(36))
    blank(doc)
    make_table(doc, A_TABLE1, [14, 62, 28, 26, 26], align_cols={0: WD_ALIGN_PARAGRAPH.CENTER, 2: WD_ALIGN_PARAGRAPH.CENTER, 3: WD_ALIGN_PARAGRAPH.CENTER, 4: WD_ALIGN_PARAGRAPH.CENTER})
    p = para(doc, [("注：展会举办时间以主办方最终公布为准；目录外展会经省商务厅备案后可参照执行。", FS, Pt(12))], indent=False, exact=Pt(22))
    page_break(doc)
    para(doc, [("附件2", HT)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    blank(doc)
    para(doc, [(A_ATTACH[1], XBS, ER)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=Pt(36))
    blank(doc)
    make_table(doc, A_TABLE2, [70, 86], header_size=Pt(14), body_size=Pt(14))
    blank(doc, 4)
    banji(doc, "商务部对外贸易司，省发展改革委，省财政厅，长沙海关，中国出口信用保险公司湖南分公司。", "湖南省商务厅办公室", "2024年4月19日")
    return save_and_pdf(doc, A["stem"])


# =============================================================== (b) 钦州市人民政府办公室 函

B = dict(
    stem="blind108_qinzhou_letter",
    masthead="钦州市人民政府办公室",
    docno="钦政办函〔2024〕23号",
    title_lines=["关于商请支持钦州港片区拓展“一带一路”", "集装箱航线有关事项的函"],
    to="自治区交通运输厅、商务厅（自治区自贸办），南宁海关：",
)
B_BODY = [
    ("p", "为加快推进中国（广西）自由贸易试验区钦州港片区建设，更好服务西部陆海新通道和共建“一带一路”，我市计划于2024年下半年新开通钦州港至东南亚、南亚和中东方向外贸集装箱航线6条，力争全年钦州港集装箱吞吐量突破900万标准箱。为确保新航线“开得通、留得住”，现就有关事项商请如下："),
    ("h1b", "一、关于航线培育资金支持。", "商请自治区交通运输厅在2024年西部陆海新通道建设专项资金中，对钦州港新开通的共建“一带一路”国家外贸集装箱航线予以倾斜支持，按照每条航线每航次不超过15万元、每条航线年度累计不超过300万元的标准给予培育补助，补助期限为航线开通之日起2年。"),
    ("h1b", "二、关于口岸通关便利化。", "商请南宁海关支持钦州港片区扩大“船边直提”“抵港直装”试点范围，将中东方向航线纳入“两步申报”重点保障航线，对从钦州港进境的东盟水果、冻品等鲜活易腐商品实行“5+2”预约通关，进口整体通关时间压缩至24小时以内。"),
    ("h1b", "三、关于制度创新和经验推广。", "商请自治区商务厅（自治区自贸办）在以下方面给予指导支持："),
    ("h2", "（一）", "将钦州港片区“海铁联运一单制”纳入2024年度自治区自贸试验区制度创新成果评估范围，成熟后向全区复制推广；"),
    ("h2", "（二）", "支持钦州港片区申报国家级服务贸易创新发展示范项目，在航运金融、国际船舶登记、船舶供油等领域先行先试；"),
    ("h2", "（三）", "协调中国—东盟港口城市合作网络年度会议在钦州举办期间安排航线推介专场。"),
    ("p", "以上事项，妥否，请予支持并函复。"),
]


def build_b():
    doc = Document()
    default_style(doc)
    setup_section(doc, first_page_no_number=True)
    seal = os.path.join(IMG, "_b108_qinzhou_seal.png")
    draw_seal("钦州市人民政府办公室", seal)
    # 版头 text box
    p = doc.add_paragraph()
    fmt(p, indent=False, exact=None)
    textbox_masthead(doc, p, B["masthead"], Mm(150), Mm(22), font_pt=50)
    # double red rule (上粗下细)
    p = para(doc, "", indent=False, exact=Pt(6))
    border(p, "bottom", sz=24, color="E60012", space=0)
    p = para(doc, "", indent=False, exact=Pt(4))
    border(p, "top", sz=6, color="E60012", space=0)
    p = para(doc, B["docno"], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=Pt(16))
    blank(doc)
    for t in B["title_lines"]:
        para(doc, [(t, XBS, ER)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=Pt(36))
    blank(doc)
    para(doc, B["to"], indent=False)
    for item in B_BODY:
        if item[0] == "p":
            para(doc, item[1])
        elif item[0] == "h1b":
            para(doc, [(item[1], HT), (item[2], FS)])
        elif item[0] == "h2":
            para(doc, [(item[1], FS), (item[2], FS)])
    para(doc, "（联系人：钦州市商务局 黄海燕，联系电话：0777-2859316，传真：0777-2859320）", indent=True)
    blank(doc, 2)
    # 落款: only the date typed; seal covers it
    p = para(doc, "2024年5月9日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=Pt(64))
    float_picture(doc, p, seal, Mm(42), Mm(42), Mm(95), -Mm(22), name="印章")
    blank(doc)
    para(doc, "（此件公开发布）", indent=True)
    blank(doc, 6)
    banji(doc, "自治区人民政府办公厅，自治区发展改革委，广西北部湾港务集团有限公司，市商务局、交通运输局，钦州港片区管委会。", "钦州市人民政府办公室", "2024年5月10日")
    return save_and_pdf(doc, B["stem"])


# =============================================================== (c) 郑州片区管委会 公告

C = dict(
    stem="blind108_zhengzhou_notice",
    title_lines=["中国（河南）自由贸易试验区郑州片区", "管理委员会公告"],
    number="2024年第5号",
)
C_BODY = [
    ("p", "为深入推进制度型开放，及时总结复制推广自贸试验区改革试点经验，根据《中国（河南）自由贸易试验区郑州片区制度创新成果评估认定办法（试行）》，经申报单位自主申报、第三方机构评估和专家评审，拟将以下6项成果认定为2024年度郑州片区第一批制度创新成果，现予以公示。"),
    ("h1", "一、公示名单"),
]
C_TABLE = [
    ["序号", "成果名称", "申报单位", "创新类别"],
    ["1", "中欧班列（郑州）“一单制”多式联运提单融资模式", "郑州国际陆港开发建设有限公司", "贸易便利化"],
    ["2", "跨境电商“网购保税+线下自提”监管新模式", "河南保税集团有限公司", "贸易便利化"],
    ["3", "“空中丝绸之路”国际航空货运电子运单互认机制", "郑州片区综合服务中心", "投资贸易便利化"],
    ["4", "涉外商事纠纷“诉调仲”一站式多元化解机制", "郑州片区法律服务中心", "法治保障"],
    ["5", "外籍人才工作许可和居留许可“一窗受理、并联审批”", "郑东新区人力资源和社会保障局", "政府职能转变"],
    ["6", "企业开办“全程网办+证照联办”改革", "郑东新区市场监督管理局", "政府职能转变"],
]
C_BODY2 = [
    ("h1", "二、公示时间"),
    ("p", "2024年6月12日至2024年6月18日（共5个工作日）。"),
    ("h1", "三、意见反馈"),
    ("p", "公示期间，任何单位和个人对公示成果有异议的，可通过书面、电话或电子邮件方式向郑州片区管委会制度创新局反映。以单位名义反映的，应加盖单位公章；以个人名义反映的，应签署真实姓名并提供有效联系方式。逾期或匿名反映的，不予受理。"),
    ("p", "联系人：王晓丽　联系电话：0371-55610872　电子邮箱：zzpq_zdcx@zz-ftz.example.cn"),
    ("p", "通讯地址：郑州市郑东新区商务外环路17号郑州片区管委会制度创新局（邮编450018）"),
    ("p", "特此公告。"),
]


def build_c():
    doc = Document()
    default_style(doc)
    setup_section(doc)
    seal = os.path.join(IMG, "_b108_zhengzhou_seal.png")
    draw_seal("中国（河南）自由贸易试验区郑州片区管理委员会", seal)
    for t in C["title_lines"]:
        para(doc, [(t, XBS, ER)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=Pt(36))
    para(doc, [(C["number"], KT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    blank(doc)
    for item in C_BODY:
        if item[0] == "p":
            para(doc, item[1])
        else:
            heading1(doc, item[1])
    make_table(doc, C_TABLE, [12, 66, 48, 30], align_cols={0: WD_ALIGN_PARAGRAPH.CENTER, 3: WD_ALIGN_PARAGRAPH.CENTER})
    for item in C_BODY2:
        if item[0] == "p":
            para(doc, item[1])
        else:
            heading1(doc, item[1])
    blank(doc, 3)
    p = para(doc, "中国（河南）自由贸易试验区郑州片区管理委员会", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=Pt(16))
    float_picture(doc, p, seal, Mm(42), Mm(42), Mm(67), -Mm(15), name="印章")
    para(doc, "2024年6月12日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=Pt(64))
    return save_and_pdf(doc, C["stem"])


# =============================================================== expected.json

def rows_as_clauses(table, skip_empty=False):
    hdr = table[0]
    out = []
    for r in table[1:]:
        parts = []
        for h, v in zip(hdr, r):
            if skip_empty and not v:
                continue
            parts.append("%s：%s" % (h, v.replace("\n", " ")))
        out.append("；".join(parts))
    return out


def body_clauses(items):
    out = []
    for it in items:
        if it[0] in ("p", "h1"):
            out.append(it[1])
        elif it[0] in ("h2", "h1b", "n"):
            out.append(it[1] + it[2])
    return out


def expected():
    a_clauses = body_clauses(A_BODY)
    a_clauses += ["附件1 " + A_ATTACH[0] + "："] + rows_as_clauses(A_TABLE1)
    a_clauses += ["注：展会举办时间以主办方最终公布为准；目录外展会经省商务厅备案后可参照执行。"]
    a_clauses += ["附件2 " + A_ATTACH[1] + "："] + ["项目：%s；填报内容：%s" % (r[0], r[1].replace("\n", " ")) for r in A_TABLE2[1:]]
    b_clauses = body_clauses(B_BODY) + ["（联系人：钦州市商务局 黄海燕，联系电话：0777-2859316，传真：0777-2859320）"]
    c_clauses = body_clauses(C_BODY) + rows_as_clauses(C_TABLE) + body_clauses(C_BODY2)
    return {
        A["stem"]: [{
            "meta": {
                "title": A_TITLE,
                "doc_number": A["docno"],
                "issuer": ["湖南省商务厅"],
                "issuer_source": "The red 版头 '湖南省商务厅文件' is a PNG picture (no text). A careful reader takes the issuer from the typed 落款 '湖南省商务厅' (a seal picture floats over it); confirmed by the 文号 prefix 湘商 and by the 版记 印发 line '湖南省商务厅办公室 … 印发' (the 印发机关 is the office, NOT the issuer).",
                "date": "2024-04-18",
                "level": "provincial",
                "region": "湖南省",
                "applies_to": ["湖南省"],
                "effective": "2024-04-18",
                "expires": "2025-12-31",
                "attachments": A_ATTACH,
                "doc_type": "通知",
                "recipients": A["to"].rstrip("："),
                "printed_date": "2024-04-19",
                "public": "此件公开发布",
            },
            "clauses": a_clauses,
            "_note": "Furniture: 版头 picture, 文号 line, red rule, title, 主送, 附件说明 (→ meta.attachments), 落款 '湖南省商务厅' + date, seal picture, （此件公开发布）, page numbers '— N —', 版记 (抄送/印发 lines). Headings '一、总体目标' etc. as separate clauses or as section labels on the following clause are both fine. '（一）组织参加境外重点展会。' heading is in the same paragraph as its text — one clause. Items 1.–3. may stay separate (preferred) or be merged with their lead-in '（二）…'. Attachment tables: rows as header：value; attachment 2 is a blank form — its rows with empty values may be dropped or kept; splitting attachments into their own documents is tolerable if titles are right. The 附件1 '注：' line is a clause of the attachment. Issuer must NOT be '湖南省商务厅办公室' (that is the 印发机关) and must not be empty.",
        }],
        B["stem"]: [{
            "meta": {
                "title": "".join(B["title_lines"]),
                "doc_number": B["docno"],
                "issuer": ["钦州市人民政府办公室"],
                "issuer_source": "落款 has no typed organ name (only the seal picture and the typed date 2024年5月9日). The organ is typed only in the 版头 DrawingML text box (wps:txbx; Word's VML fallback repeats it) and in the 版记 印发 line '钦州市人民政府办公室 2024年5月10日印发'; the 文号 prefix 钦政办函 agrees. Here the 印发机关 IS the issuer (办公室 prints its own 函).",
                "date": "2024-05-09",
                "level": "municipal",
                "region": "广西壮族自治区钦州市",
                "applies_to": ["钦州市", "中国（广西）自由贸易试验区钦州港片区"],
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "函",
                "recipients": B["to"].rstrip("："),
                "printed_date": "2024-05-10",
                "public": "此件公开发布",
            },
            "clauses": b_clauses,
            "_note": "Furniture: text-box 版头 '钦州市人民政府办公室' (must appear once at most, in meta, never as a clause and never doubled by the VML fallback), double red rule, 文号, title, 主送, seal, date, （此件公开发布）, page numbers (first page none, per 信函格式), 版记. The contact line '（联系人：…）' is a clause (or tolerable as furniture if kept retrievable). '一、关于航线培育资金支持。' carries its text in the same paragraph: one clause each. '（一）'–'（三）' may be separate or merged with '三、…'. effective/expires: a 函 has none; the date 2024-05-09 as effective is tolerable; '2年' subsidy period and '2024年下半年' are NOT expiry. Region: 钦州市 (Guangxi); applies_to 钦州港片区 also fine.",
        }],
        C["stem"]: [{
            "meta": {
                "title": "中国（河南）自由贸易试验区郑州片区管理委员会公告",
                "doc_number": "2024年第5号",
                "issuer": ["中国（河南）自由贸易试验区郑州片区管理委员会"],
                "issuer_source": "No 版头. Issuer is in the title '中国（河南）自由贸易试验区郑州片区管理委员会公告' and in the typed 落款 at the end (seal picture over it).",
                "date": "2024-06-12",
                "level": "municipal",
                "region": "河南省郑州市",
                "applies_to": ["中国（河南）自由贸易试验区郑州片区"],
                "effective": None,
                "expires": None,
                "publicity_period": ["2024-06-12", "2024-06-18"],
                "attachments": [],
                "doc_type": "公告",
            },
            "clauses": c_clauses,
            "_note": "Furniture: title (2 lines: must be joined into one title), number '2024年第5号' (→ doc_number, not a clause, not part of the title), 落款 organ + date, seal, page numbers. '特此公告。' as clause or dropped both fine. Table rows as header：value. The 公示期 2024-06-12..2024-06-18 is a publicity window, not a validity period: effective = 2024-06-12 (date) is tolerable; expires = 2024-06-18 is tolerable-but-questionable; anything else is wrong. Contact/address lines must survive (they answer 'where to object'). Level: the 片区 管委会 is a municipal-level body (郑州); 'provincial' because of '中国（河南）' would be a medium error; region must be Henan/Zhengzhou, not 'China'.",
        }],
    }


def main():
    build_a()
    build_b()
    build_c()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=2)
    print("wrote", sorted(f for f in os.listdir(HERE) if f.startswith("blind108_") or f == "expected.json"))


if __name__ == "__main__":
    main()
