# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 565 blind test documents: 自贸片区企业服务包 / 政策明白纸 leaflets.

Writes, next to this script:
  blind565_fuzhou_mingbaizhi.docx/.pdf   (wps floating text boxes with VML fallback, layout tables,
                                           Word auto-numbered 序号 column, running header)
  blind565_chongqing_tongzhi.docx/.pdf   (joint 通知 + attached 服务包 built with legacy VML text boxes,
                                           Word chineseCounting numbering for 一、二、)
  blind565_qingdao_mingbaizhi.docx/.pdf  (drawing canvas flow chart with VML fallback, side-by-side topics)
  expected.json
"""
import io
import json
import os
import random
import subprocess
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

XBS = '方正小标宋简体'
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
ST = '宋体'

SHAPETYPE_202 = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                 'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                 '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')
SHAPETYPE_67 = ('<v:shapetype id="_x0000_t67" coordsize="21600,21600" o:spt="67" adj="16200,5400" '
                'path="m0@0l@1@0@1,0@2,0@2@0,21600@0,10800,21600xe"><v:stroke joinstyle="miter"/>'
                '<v:formulas><v:f eqn="val #0"/><v:f eqn="val #1"/><v:f eqn="sum 21600 0 #1"/>'
                '<v:f eqn="prod #0 #1 10800"/><v:f eqn="sum #0 0 @3"/></v:formulas>'
                '<v:path o:connecttype="custom" o:connectlocs="10800,0;0,@0;10800,21600;21600,@0" '
                'o:connectangles="270,180,90,0" textboxrect="@1,0,@2,@4"/>'
                '<v:handles><v:h position="#1,#0" xrange="0,10800" yrange="0,21600"/></v:handles>'
                '</v:shapetype>')


class Ctx:
    """Per-document counters."""

    def __init__(self):
        self.sid = 0
        self.st202 = False
        self.st67 = False

    def next(self):
        self.sid += 1
        return self.sid


# --------------------------------------------------------------------------- run / paragraph helpers

def fmt(run, font, size, bold=False, color=None, ascii_font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    af = ascii_font or ('Times New Roman' if font in (FS, KT) else font)
    rPr = run._element.get_or_add_rPr()
    rf = rPr.find(qn('w:rFonts'))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % NS)
        rPr.insert(0, rf)
    rf.set(qn('w:ascii'), af)
    rf.set(qn('w:hAnsi'), af)
    rf.set(qn('w:eastAsia'), font)
    rf.set(qn('w:hint'), 'eastAsia')
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def para(container, runs, align=None, indent=0, line=None, before=0, after=0, reuse=False):
    """runs: list of (text, font, size[, bold[, color]]). indent: first-line indent in chars."""
    if reuse and len(container.paragraphs) == 1 and not container.paragraphs[0]._p.xpath('./w:r'):
        p = container.paragraphs[0]  # first (empty) paragraph of a fresh table cell
    else:
        p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if indent:
        size = runs[0][2] if runs else 16
        pf.first_line_indent = Pt(size * indent)
        ind = p._p.get_or_add_pPr().find(qn('w:ind'))
        ind.set(qn('w:firstLineChars'), str(indent * 100))
    for r in runs:
        text, font, size = r[0], r[1], r[2]
        bold = r[3] if len(r) > 3 else False
        color = r[4] if len(r) > 4 else None
        if '\n' in text:  # soft line breaks typed with Shift+Enter
            parts = text.split('\n')
            for i, part in enumerate(parts):
                rr = p.add_run(part)
                fmt(rr, font, size, bold, color)
                if i < len(parts) - 1:
                    rr.add_break(WD_BREAK.LINE)
        else:
            fmt(p.add_run(text), font, size, bold, color)
    return p


def empty(container, n=1, size=10.5):
    for _ in range(n):
        p = container.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run('')
        fmt(r, FS, size)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def set_numpr(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def add_numbering(doc, abs_id, numfmt, lvltext, first_line=640, font=FS, size=16, bold=False):
    numbering = doc.part.numbering_part.element
    b = '<w:b/>' if bold else ''
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:hint="eastAsia"/>%s'
        '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:lvl></w:abstractNum>'
        % (NS, abs_id, numfmt, lvltext, first_line, font, font, font, b, size * 2, size * 2))
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (NS, abs_id, abs_id)))


def page_setup(doc, top=2.2, bottom=2.2, left=2.2, right=2.2):
    s = doc.sections[0]
    s.page_width = Cm(21.0)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(top)
    s.bottom_margin = Cm(bottom)
    s.left_margin = Cm(left)
    s.right_margin = Cm(right)
    s.footer_distance = Cm(1.2)
    s.header_distance = Cm(1.2)
    return s


def page_number_footer(section, size=14):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt(p.add_run('— '), ST, size)
    r = p.add_run()
    fmt(r, ST, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % NS))
    r2 = p.add_run()
    fmt(r2, ST, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % NS))
    r3 = p.add_run()
    fmt(r3, ST, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % NS))
    fmt(p.add_run('1'), ST, size)
    r4 = p.add_run()
    fmt(r4, ST, size)
    r4._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % NS))
    fmt(p.add_run(' —'), ST, size)


# --------------------------------------------------------------------------- table helpers

def tbl_borders(table, spec):
    """spec: dict edge -> (val, sz, color)"""
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn('w:tblBorders'))
    if old is not None:
        tblPr.remove(old)
    inner = ''
    for edge in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        val, sz, color = spec.get(edge, ('nil', 0, 'auto'))
        if val == 'nil':
            inner += '<w:%s w:val="nil"/>' % edge
        else:
            inner += '<w:%s w:val="%s" w:sz="%d" w:space="0" w:color="%s"/>' % (edge, val, sz, color)
    tblPr.append(parse_xml('<w:tblBorders %s>%s</w:tblBorders>' % (NS, inner)))


def fixed_widths(table, widths_cm):
    table.autofit = False
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % NS))
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths_cm):
        gc.set(qn('w:w'), str(int(w * 567)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (NS, fill)))


def valign(cell, v='center'):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:vAlign %s w:val="%s"/>' % (NS, v)))


ALL = {e: ('single', 4, '000000') for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')}
NONE = {}


# --------------------------------------------------------------------------- images (placeholders)

def icon_png(color, shape='circle', seed=0):
    img = Image.new('RGB', (160, 160), 'white')
    color = '#' + color
    d = ImageDraw.Draw(img)
    if shape == 'circle':
        d.ellipse((8, 8, 152, 152), fill=color)
        d.rectangle((55, 50, 105, 110), fill='white')
        d.rectangle((65, 62, 95, 70), fill=color)
        d.rectangle((65, 78, 95, 86), fill=color)
        d.rectangle((65, 94, 95, 102), fill=color)
    else:
        d.rounded_rectangle((8, 8, 152, 152), radius=28, fill=color)
        d.polygon([(40, 110), (80, 45), (120, 110)], fill='white')
    bio = io.BytesIO()
    img.save(bio, 'PNG')
    bio.seek(0)
    return bio


def qr_png(seed):
    rnd = random.Random(seed)
    n = 25
    cell = 8
    img = Image.new('RGB', ((n + 4) * cell, (n + 4) * cell), 'white')
    d = ImageDraw.Draw(img)

    def box(x, y, c):
        d.rectangle(((x + 2) * cell, (y + 2) * cell, (x + 3) * cell - 1, (y + 3) * cell - 1), fill=c)

    for y in range(n):
        for x in range(n):
            if rnd.random() < 0.5:
                box(x, y, 'black')
    for (ox, oy) in ((0, 0), (n - 7, 0), (0, n - 7)):
        for y in range(-1, 8):
            for x in range(-1, 8):
                if 0 <= ox + x < n and 0 <= oy + y < n:
                    box(ox + x, oy + y, 'white')
        for y in range(7):
            for x in range(7):
                edge = x in (0, 6) or y in (0, 6)
                core = 2 <= x <= 4 and 2 <= y <= 4
                box(ox + x, oy + y, 'black' if (edge or core) else 'white')
    bio = io.BytesIO()
    img.save(bio, 'PNG')
    bio.seek(0)
    return bio


def picture(container, stream, width_cm, align=WD_ALIGN_PARAGRAPH.CENTER, reuse=True):
    p = para(container, [], align=align, reuse=reuse)
    p.add_run().add_picture(stream, width=Cm(width_cm))
    return p


# --------------------------------------------------------------------------- text box XML

def xrun(text, font, size, bold=False, color=None):
    af = 'Times New Roman' if font in (FS, KT) else font
    c = '<w:color w:val="%s"/>' % color if color else ''
    b = '<w:b/><w:bCs/>' if bold else ''
    return ('<w:r><w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:hint="eastAsia"/>%s%s'
            '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
            % (af, font, af, b, c, int(size * 2), int(size * 2), escape(text)))


def xpara(runs, align='left', indent=0, size=12, after=0, line=None):
    ind = ''
    if indent:
        ind = '<w:ind w:firstLineChars="%d" w:firstLine="%d"/>' % (indent * 100, int(size * 20 * indent))
    ln = '<w:spacing w:before="0" w:after="%d" w:line="%d" w:lineRule="auto"/>' % (after * 20, 240) \
        if not line else '<w:spacing w:before="0" w:after="%d" w:line="%d" w:lineRule="exact"/>' % (
            after * 20, line * 20)
    body = ''.join(xrun(*r) for r in runs)
    return '<w:p><w:pPr>%s%s<w:jc w:val="%s"/></w:pPr>%s</w:p>' % (ln, ind, align, body)


def _vml_shape(ctx, sid, paras_xml, w_cm, h_cm, fill, line, kind):
    w_pt = round(w_cm * 28.3465, 1)
    h_pt = round(h_cm * 28.3465, 1)
    style = ('position:absolute;margin-left:0;margin-top:2.85pt;width:%spt;height:%spt;z-index:%d;'
             'mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
             'mso-position-vertical-relative:text;mso-width-relative:margin;mso-height-relative:margin;'
             'v-text-anchor:middle' % (w_pt, h_pt, sid))
    fillattr = 'fillcolor="#%s"' % fill if fill else 'filled="f"'
    strokeattr = 'strokecolor="#%s" strokeweight="1pt"' % line if line else 'stroked="f"'
    tb = ('<v:textbox inset="2.5mm,1.3mm,2.5mm,1.3mm"><w:txbxContent>%s</w:txbxContent></v:textbox>'
          '<w10:wrap type="topAndBottom"/>' % paras_xml)
    if kind == 'roundrect':
        return ('<v:roundrect id="圆角矩形 %d" o:spid="_x0000_s%d" style="%s" arcsize="10923f" %s %s>%s'
                '</v:roundrect>' % (sid, 1025 + sid, style, fillattr, strokeattr, tb))
    pre = ''
    if not ctx.st202:
        pre = SHAPETYPE_202
        ctx.st202 = True
    return ('%s<v:shape id="文本框 %d" o:spid="_x0000_s%d" type="#_x0000_t202" style="%s" %s %s>%s'
            '</v:shape>' % (pre, sid, 1025 + sid, style, fillattr, strokeattr, tb))


def wps_textbox(ctx, paras_xml, w_cm, h_cm, fill=None, line=None, prst='rect'):
    """Floating text box the way Word 2010+ saves it: wps shape + VML fallback (same text twice)."""
    sid = ctx.next()
    cx, cy = int(w_cm * 360000), int(h_cm * 360000)
    fill_xml = '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill if fill else '<a:noFill/>'
    ln_xml = ('<a:ln w="12700"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln>' % line
              if line else '<a:ln><a:noFill/></a:ln>')
    choice = (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>36000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/>'
        '</a:xfrm><a:prstGeom prst="%s"><a:avLst/></a:prstGeom>%s%s</wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing>'
        % (251659264 + sid, cx, cy, sid, sid, cx, cy, prst, fill_xml, ln_xml, paras_xml))
    kind = 'roundrect' if prst == 'roundRect' else 'shape'
    fallback = '<w:pict>%s</w:pict>' % _vml_shape(ctx, sid, paras_xml, w_cm, h_cm, fill, line, kind)
    return ('<w:r %s><mc:AlternateContent><mc:Choice Requires="wps">%s</mc:Choice>'
            '<mc:Fallback>%s</mc:Fallback></mc:AlternateContent></w:r>' % (NS, choice, fallback))


def vml_textbox(ctx, paras_xml, w_cm, h_cm, fill=None, line=None, kind='shape'):
    """Legacy (Word 2003 / compatibility mode) floating text box: VML only."""
    sid = ctx.next()
    return '<w:r %s><w:pict>%s</w:pict></w:r>' % (NS, _vml_shape(ctx, sid, paras_xml, w_cm, h_cm, fill, line,
                                                                  kind))


def anchor_para(doc, run_xml, after=0):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(0)
    p._p.append(parse_xml(run_xml))
    return p


def canvas_flow(ctx, steps, w_cm, box_h_cm, gap_cm):
    """Word drawing canvas (wpc) holding text boxes and down-arrows, with the VML group fallback."""
    cid = ctx.next()
    n = len(steps)
    W = int(w_cm * 360000)
    bh = int(box_h_cm * 360000)
    gap = int(gap_cm * 360000)
    H = n * bh + (n - 1) * gap + 2 * 36000
    bw = int(W * 0.86)
    bx = (W - bw) // 2
    aw = int(0.8 * 360000)
    ax = (W - aw) // 2
    shapes = ''
    vml = ''
    scale = 100.0 / 12700  # EMU -> 1/100 pt
    for i, (paras_xml) in enumerate(steps):
        y = 36000 + i * (bh + gap)
        sid = ctx.next()
        shapes += (
            '<wps:wsp><wps:cNvPr id="%d" name="文本框 %d"/><wps:cNvSpPr txBox="1"/>'
            '<wps:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:srgbClr val="DEEBF7"/></a:solidFill>'
            '<a:ln w="15875"><a:solidFill><a:srgbClr val="2E75B6"/></a:solidFill></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
            'anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
            % (sid, sid, bx, y, bw, bh, paras_xml))
        vml += ('<v:roundrect id="文本框 %d" o:spid="_x0000_s%d" style="position:absolute;left:%d;top:%d;'
                'width:%d;height:%d;visibility:visible;mso-wrap-style:square;v-text-anchor:middle" '
                'arcsize="10923f" fillcolor="#deebf7" strokecolor="#2e75b6" strokeweight="1.25pt">'
                '<v:textbox inset="2.5mm,1.3mm,2.5mm,1.3mm"><w:txbxContent>%s</w:txbxContent></v:textbox>'
                '</v:roundrect>'
                % (sid, 1025 + sid, int(bx * scale), int(y * scale), int(bw * scale), int(bh * scale),
                   paras_xml))
        if i < n - 1:
            aid = ctx.next()
            ay = y + bh + int(gap * 0.12)
            ah = int(gap * 0.76)
            shapes += (
                '<wps:wsp><wps:cNvPr id="%d" name="下箭头 %d"/><wps:cNvSpPr/>'
                '<wps:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
                '<a:prstGeom prst="downArrow"><a:avLst/></a:prstGeom>'
                '<a:solidFill><a:srgbClr val="2E75B6"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>'
                '<wps:bodyPr rot="0" vert="horz" wrap="square" anchor="ctr"><a:noAutofit/></wps:bodyPr>'
                '</wps:wsp>' % (aid, aid, ax, ay, aw, ah))
            vml += ('<v:shape id="下箭头 %d" o:spid="_x0000_s%d" type="#_x0000_t67" style="position:absolute;'
                    'left:%d;top:%d;width:%d;height:%d;visibility:visible;mso-wrap-style:square;'
                    'v-text-anchor:middle" fillcolor="#2e75b6" stroked="f"/>'
                    % (aid, 1025 + aid, int(ax * scale), int(ay * scale), int(aw * scale), int(ah * scale)))
    choice = (
        '<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="%d" name="画布 %d"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas">'
        '<wpc:wpc><wpc:bg/><wpc:whole/>%s</wpc:wpc></a:graphicData></a:graphic></wp:inline></w:drawing>'
        % (W, H, cid, cid, shapes))
    pre = SHAPETYPE_67 if not ctx.st67 else ''
    ctx.st67 = True
    fallback = (
        '<w:pict>%s<v:group id="画布 %d" o:spid="_x0000_s%d" editas="canvas" style="width:%spt;height:%spt;'
        'mso-position-horizontal-relative:char;mso-position-vertical-relative:line" coordsize="%d,%d">'
        '<o:lock v:ext="edit" aspectratio="t"/>'
        '<v:shape id="_x0000_s%d" type="#_x0000_t75" style="position:absolute;width:%d;height:%d;'
        'visibility:visible;mso-wrap-style:square" filled="f" stroked="f"><v:path o:connecttype="none"/>'
        '</v:shape>%s<w10:anchorlock/></v:group></w:pict>'
        % (pre, cid, 1025 + cid, round(W / 12700, 1), round(H / 12700, 1), int(W * scale), int(H * scale),
           1500 + cid, int(W * scale), int(H * scale), vml))
    return ('<w:r %s><mc:AlternateContent><mc:Choice Requires="wpc">%s</mc:Choice>'
            '<mc:Fallback>%s</mc:Fallback></mc:AlternateContent></w:r>' % (NS, choice, fallback))


# =========================================================================== document 1: Fuzhou

def make_fuzhou():
    ctx = Ctx()
    doc = Document()
    sec = page_setup(doc, top=2.0, bottom=2.0, left=2.2, right=2.2)
    page_number_footer(sec, 12)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fmt(hp.add_run('福州片区企业服务包 · 跨境电商篇'), KT, 10.5, color='7F7F7F')
    add_numbering(doc, 90, 'decimal', '%1', first_line=0, font='Times New Roman', size=11)
    W = 16.6
    clauses = []

    def body(container, text, runin=None, size=13, reuse=False, indent=2, after=3):
        runs = []
        if runin:
            runs.append((runin, HT, size))
        runs.append((text, FS, size))
        para(container, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=indent, after=after, reuse=reuse,
             line=size + 9)
        clauses.append((runin or '') + text)

    # ---- banner (title lives only inside the text box)
    banner = (xpara([('中国（福建）自由贸易试验区福州片区', HT, 15, False, 'FFFFFF')], 'center', after=2)
              + xpara([('跨境电商企业政策明白纸', XBS, 28, False, 'FFFFFF')], 'center', after=2)
              + xpara([('（2026年版）', KT, 15, False, 'FFE699')], 'center'))
    anchor_para(doc, wps_textbox(ctx, banner, W, 3.6, fill='C00000'))
    empty(doc, 1, 6)

    body(doc, '为帮助企业及时了解、用足用好自贸试验区跨境电商扶持政策，福州片区管委会会同福州海关、福州市商务局'
              '等部门，对现行有效的政策条款和办事事项进行了梳理，编印本明白纸，做到“一页一主题、一码查原文”。')

    def heading_box(text):
        hx = xpara([(text, HT, 17, False, 'FFFFFF')], 'left')
        anchor_para(doc, wps_textbox(ctx, hx, W, 1.2, fill='1F4E79', prst='roundRect'), after=4)

    def layout_table(items, icon, qr_seed, qr_caption):
        t = doc.add_table(rows=1, cols=2)
        tbl_borders(t, NONE)
        fixed_widths(t, [3.6, 13.0])
        left, right = t.rows[0].cells
        valign(left, 'top')
        picture(left, icon, 2.2)
        empty_p = left.add_paragraph()
        empty_p.paragraph_format.space_after = Pt(0)
        picture(left, qr_png(qr_seed), 2.6, reuse=False)
        para(left, [(qr_caption, KT, 9)], align=WD_ALIGN_PARAGRAPH.CENTER)
        first = True
        for it in items:
            if isinstance(it, tuple):
                body(right, it[1], runin=it[0], size=12.5, reuse=first, indent=2, after=4)
            else:
                body(right, it, size=12.5, reuse=first, indent=2, after=4)
            first = False
        return t

    # ---- page 1
    heading_box('一、新落户企业扶持')
    layout_table([
        ('（一）开办补助。', '2026年1月1日至2026年12月31日期间新注册落户片区、年度跨境电商进出口额达到500万元以上的'
                        '企业，给予一次性开办补助20万元。'),
        ('（二）办公用房补贴。', '企业租赁片区内自用办公用房的，按实际租金的50%给予补贴，每家企业每年最高30万元，'
                          '补贴期限不超过3年。'),
        ('（三）规模奖励。', '企业年度跨境电商进出口额首次突破1亿元、5亿元、10亿元的，分别给予一次性奖励50万元、'
                        '100万元、200万元。同一企业按最高档次就高奖励，不重复享受。'),
        '申报时间：每年3月1日至4月30日集中受理上一年度事项申报，逾期不予受理。',
        '咨询电话：0591-2836 7105（片区管委会经济发展局　林女士）',
    ], icon_png('C00000'), 11, '扫码查看《福州片区促进跨境电商高质量发展若干措施》原文')
    empty(doc, 1, 6)
    tip = xpara([('温馨提示：', HT, 12, False, 'C00000'),
                 ('以上补助、奖励资金由片区财政直接拨付至企业基本账户，企业无需委托任何中介机构代办，谨防上当受骗。',
                  FS, 12)], 'both', line=20)
    anchor_para(doc, wps_textbox(ctx, tip, W, 1.8, fill='FFF2CC', line='BF9000'))
    clauses.append('温馨提示：以上补助、奖励资金由片区财政直接拨付至企业基本账户，企业无需委托任何中介机构代办，'
                   '谨防上当受骗。')
    page_break(doc)

    # ---- page 2
    heading_box('二、海外仓和跨境物流支持')
    layout_table([
        ('（一）海外仓建设。', '对企业在“一带一路”沿线国家和地区新建或者租赁、面积在3000平方米以上的公共海外仓，'
                          '按实际投资额的10%给予补助，单个项目最高100万元。'),
        ('（二）跨境物流。', '对经福州港江阴港区、福州长乐国际机场开展跨境电商出口的企业，按实际运费的8%给予物流'
                        '补贴，每家企业每年最高50万元。'),
        ('（三）中欧（亚）班列。', '企业利用中欧（亚）班列（福州）运输跨境电商货物的，每标准箱补贴2000元。'),
        '咨询电话：0591-2836 7162（片区管委会口岸物流局）',
    ], icon_png('2E75B6', 'square'), 12, '扫码在线申报物流补贴')
    page_break(doc)

    # ---- page 3: two topics side by side in a bordered-in-the-middle table
    t = doc.add_table(rows=1, cols=2)
    tbl_borders(t, {'insideV': ('dashed', 8, '1F4E79'), 'top': ('single', 18, '1F4E79'),
                    'bottom': ('single', 18, '1F4E79')})
    fixed_widths(t, [8.3, 8.3])
    lc, rc = t.rows[0].cells
    para(lc, [('三、通关便利', HT, 16, True, '1F4E79')], align=WD_ALIGN_PARAGRAPH.CENTER, reuse=True, after=6,
         before=4)
    for s in ['1.跨境电商零售进口（1210）、一般出口（9610）、企业对企业直接出口（9710）、出口海外仓（9810）等监管'
              '模式均可在片区办理。',
              '2.跨境电商出口商品可采取“清单核放、汇总申报”方式通关，海关对跨境电商货物实行7×24小时预约通关。',
              '3.企业可申请跨境电商出口退货“一站式”办理，退货商品可在出口之日起6个月内原状退运进境。',
              '咨询电话：0591-8368 2120（马尾海关）']:
        body(lc, s, size=12, indent=0)
    para(rc, [('四、金融服务', HT, 16, True, '1F4E79')], align=WD_ALIGN_PARAGRAPH.CENTER, reuse=True, after=6,
         before=4)
    for s in ['1.片区设立总规模5亿元的跨境电商产业引导基金，对成长性好的企业开展股权投资。',
              '2.企业可申请“跨境电商贷”，单户最高1000万元，片区按贷款市场报价利率（LPR）的30%给予贴息，'
              '贴息期限不超过1年。',
              '3.支持企业使用跨境人民币结算货款，符合条件的企业可办理经常项目跨境人民币结算便利化业务。',
              '咨询电话：0591-2836 7188（片区管委会金融服务局）']:
        body(rc, s, size=12, indent=0)
    empty(doc, 1)
    # QR strip (captions are image labels, not clauses)
    q = doc.add_table(rows=2, cols=3)
    tbl_borders(q, NONE)
    fixed_widths(q, [5.5, 5.5, 5.5])
    q.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, cap in enumerate(['扫码进入“福州片区企业服务”小程序', '扫码关注“福州自贸”微信公众号',
                             '扫码在线预约通关']):
        picture(q.rows[0].cells[i], qr_png(20 + i), 2.8)
        para(q.rows[1].cells[i], [(cap, KT, 9.5)], align=WD_ALIGN_PARAGRAPH.CENTER, reuse=True)
    page_break(doc)

    # ---- page 4: service list (data table with Word auto numbering in 序号 column)
    heading_box('五、办事服务一览')
    hdr = ['序号', '服务事项', '办理地点', '承诺时限', '咨询电话']
    rows = [
        ['跨境电商企业备案', '片区政务服务中心2号窗口', '1个工作日', '0591-2836 7105'],
        ['开办补助、规模奖励申报', '片区政务服务中心5号窗口', '受理后20个工作日', '0591-2836 7105'],
        ['海外仓、物流补贴申报', '片区政务服务中心5号窗口', '受理后20个工作日', '0591-2836 7162'],
        ['跨境电商贷贴息申请', '片区管委会金融服务局（1208室）', '受理后15个工作日', '0591-2836 7188'],
        ['通关业务咨询', '马尾海关业务现场', '即时办理', '0591-8368 2120'],
        ['外汇收支便利化咨询', '国家外汇管理局福建省分局', '即时办理', '0591-8756 4002'],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    tbl_borders(t, ALL)
    fixed_widths(t, [1.4, 4.4, 4.6, 3.0, 3.2])
    for j, h in enumerate(hdr):
        c = t.rows[0].cells[j]
        shade(c, 'D9E2F3')
        para(c, [(h, HT, 11.5)], align=WD_ALIGN_PARAGRAPH.CENTER, reuse=True)
    for i, r in enumerate(rows):
        cells = t.rows[i + 1].cells
        p = para(cells[0], [], align=WD_ALIGN_PARAGRAPH.CENTER, reuse=True)
        set_numpr(p, 90)
        for j, v in enumerate(r):
            para(cells[j + 1], [(v, FS, 11.5)], align=WD_ALIGN_PARAGRAPH.CENTER, reuse=True)
            valign(cells[j + 1])
        clauses.append('；'.join('%s：%s' % (h, v) for h, v in zip(hdr, [str(i + 1)] + r)))
    empty(doc, 1)
    addr = xpara([('片区政务服务中心地址：福州市马尾区江滨东大道108号福州片区综合服务大楼一层；办公时间：工作日上午'
                   '8:30—12:00，下午14:30—17:30。', FS, 12)], 'both', line=20)
    anchor_para(doc, wps_textbox(ctx, addr, W, 1.9, fill=None, line='7F7F7F'))
    clauses.append('片区政务服务中心地址：福州市马尾区江滨东大道108号福州片区综合服务大楼一层；办公时间：工作日上午'
                   '8:30—12:00，下午14:30—17:30。')
    empty(doc, 1)
    note = '注：本明白纸仅供参考，政策条款以正式文件为准。各项补助、奖励不得与片区其他同类政策重复享受。'
    para(doc, [(note, FS, 10)], align=WD_ALIGN_PARAGRAPH.LEFT, line=16)
    clauses.append(note)
    empty(doc, 2)
    para(doc, [('中国（福建）自由贸易试验区福州片区管理委员会　　', FS, 14)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, [('2026年3月18日　　　　　　　', FS, 14)], align=WD_ALIGN_PARAGRAPH.RIGHT)

    doc.save(os.path.join(HERE, 'blind565_fuzhou_mingbaizhi.docx'))
    meta = {
        'title': '中国（福建）自由贸易试验区福州片区跨境电商企业政策明白纸（2026年版）',
        'doc_number': None,
        'issuer': ['中国（福建）自由贸易试验区福州片区管理委员会'],
        'date': '2026-03-18',
        'published': None,
        'level': 'zone',
        'region': '中国（福建）自由贸易试验区福州片区',
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '明白纸',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    }
    return {'blind565_fuzhou_mingbaizhi': [{'meta': meta, 'clauses': clauses}]}


# =========================================================================== document 2: Chongqing

def make_chongqing():
    ctx = Ctx()
    doc = Document()
    sec = page_setup(doc, top=3.7, bottom=3.5, left=2.8, right=2.6)
    page_number_footer(sec, 14)
    add_numbering(doc, 91, 'chineseCounting', '%1、', first_line=640, font=HT, size=16)
    notice = []
    pack = []
    LINE = 28.5

    # ---- joint red header done with a 2x2 table; 文件 merged vertically
    t = doc.add_table(rows=2, cols=2)
    tbl_borders(t, NONE)
    fixed_widths(t, [12.0, 3.6])
    for i, name in enumerate(['重庆西永综合保税区管理委员会', '重庆市沙坪坝区商务委员会']):
        para(t.rows[i].cells[0], [(name, XBS, 23, False, 'FF0000')], align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
             reuse=True)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    para(m, [('文件', XBS, 40, False, 'FF0000')], align=WD_ALIGN_PARAGRAPH.CENTER, reuse=True)
    valign(m)
    empty(doc, 1, 16)
    p = para(doc, [('西永综保管发〔2025〕23号', FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER)
    pPr = p._p.get_or_add_pPr()
    pPr.insert_element_before(parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="18" w:space="12" '
                                        'w:color="FF0000"/></w:pBdr>' % NS),
                              'w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
                              'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN',
                              'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind',
                              'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc')
    empty(doc, 1, 16)
    para(doc, [('关于印发《西永片区外贸企业服务包\n（2025年版）》的通知', XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    empty(doc, 1, 16)
    para(doc, [('片区各部门、各园区运营公司，各有关企业：', FS, 16)], line=LINE)

    def nbody(text, runin=None, numbered=False, indent=2):
        runs = []
        if runin:
            runs.append((runin, HT, 16))
        runs.append((text, FS, 16))
        p = para(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=indent, line=LINE)
        if numbered:
            set_numpr(p, 91)
        return p

    intro = ('为深入贯彻落实党中央、国务院关于推动外贸稳规模优结构的决策部署，落实《中国（重庆）自由贸易试验区'
             '提升战略实施方案》有关要求，进一步降低片区外贸企业制度性交易成本，西永综保区管委会、沙坪坝区商务委'
             '联合编制了《西永片区外贸企业服务包（2025年版）》，现印发给你们，并就有关事项通知如下。')
    nbody(intro)
    notice.append(intro)
    cn = '一二三四五六七八九十'
    items = [
        ('强化政策宣传。', '各部门、各园区运营公司要通过企业走访、政策宣讲会、“西永发布”微信公众号等渠道，将服务包'
                      '送达辖区每一家外贸企业，做到应知尽知。'),
        ('落实首问负责。', '企业咨询服务包事项的，首位接待人员应当负责解答或者引导办理，不得推诿。对跨部门事项，由'
                      '片区企业服务中心牵头协调，原则上5个工作日内予以答复。'),
        ('做好资金兑现。', '服务包所列资金支持事项实行“免申即享”或者“即申即享”，片区财政金融局要会同相关部门优化'
                      '审核流程，确保资金及时足额拨付。'),
        ('严守廉洁纪律。', '工作人员在服务企业过程中，不得收受企业财物，不得向企业推荐中介服务或者变相收费。'),
        ('加强监督评估。', '片区党政办公室将服务包落实情况纳入部门年度绩效考核，每半年开展一次企业满意度测评。'),
        ('动态更新完善。', '服务包内容实行年度更新。各部门在执行中发现的问题以及企业的意见建议，请及时反馈片区企业'
                      '服务中心（联系人：周敏，电话：023-6563 2817）。'),
    ]
    for i, (h, tx) in enumerate(items):
        nbody(tx, runin=h, numbered=True, indent=0)
        notice.append(cn[i] + '、' + h + tx)
    rep = '《西永片区外贸企业服务包（2024年版）》（西永综保管发〔2024〕15号）自本服务包实施之日起同时废止。'
    nbody(rep)
    notice.append(rep)
    empty(doc, 1, 16)
    para(doc, [('附件：西永片区外贸企业服务包（2025年版）', FS, 16)], indent=2, line=LINE)
    empty(doc, 2, 16)
    para(doc, [('重庆西永综合保税区管理委员会　重庆市沙坪坝区商务委员会', FS, 16)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=LINE)
    empty(doc, 1, 16)
    para(doc, [('2025年11月20日　　　　', FS, 16)], align=WD_ALIGN_PARAGRAPH.RIGHT, line=LINE)
    para(doc, [('（此件公开发布）', FS, 16)], indent=2, line=LINE)
    page_break(doc)

    # ---- attachment: the 服务包 as a leaflet with VML text boxes
    para(doc, [('附件', HT, 16)], line=LINE)
    W = 15.6
    banner = (xpara([('西永片区外贸企业服务包', XBS, 26, False, 'FFFFFF')], 'center', after=2)
              + xpara([('（2025年版）', KT, 15, False, 'FFFFFF')], 'center'))
    anchor_para(doc, vml_textbox(ctx, banner, W, 2.6, fill='2F5597'))
    empty(doc, 1, 6)

    def pbody(container, text, runin=None, size=13, reuse=False, indent=2, after=3, font=FS):
        runs = []
        if runin:
            runs.append((runin, KT, size, True))
        runs.append((text, font, size))
        para(container, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=indent, after=after, reuse=reuse,
             line=size + 9)
        pack.append((runin or '') + text)

    pbody(doc, '服务包由“政策服务、通关服务、要素服务、专员服务”四个板块组成，企业可根据自身需求“点单”，'
               '片区按单提供服务。')

    def section_box(text):
        x = xpara([(text, HT, 16, False, '2F5597')], 'left')
        anchor_para(doc, vml_textbox(ctx, x, W, 1.1, fill='DAE3F3', line='2F5597', kind='roundrect'), after=4)

    section_box('板块一　政策服务')
    t = doc.add_table(rows=1, cols=2)
    tbl_borders(t, NONE)
    fixed_widths(t, [3.0, 12.6])
    lc, rc = t.rows[0].cells
    valign(lc, 'top')
    picture(lc, icon_png('2F5597'), 2.0)
    first = True
    for h, tx in [
        ('1.外贸稳增长奖励。', '对年度进出口额同比增长10%以上且达到1000万美元的企业，按增量部分每美元0.01元给予'
                          '奖励，单家企业最高200万元。'),
        ('2.出口信用保险补贴。', '对企业投保短期出口信用保险的，按实际缴纳保费的50%给予补贴，单家企业每年最高80万'
                            '元；小微外贸企业统保平台保费由片区全额承担。'),
        ('3.国际市场开拓。', '企业参加片区组织的境外展会，按展位费的70%给予补贴，每家企业每年最高30万元。'),
        ('4.加工贸易梯度转移。', '对从东部沿海地区整体转移至片区的加工贸易企业，按首年加工贸易进出口额给予最高500'
                            '万元一次性落户奖励。'),
    ]:
        pbody(rc, tx, runin=h, size=12.5, reuse=first, indent=0)
        first = False
    pbody(rc, '服务专线：023-6563 2805（片区经济发展局）', size=12.5, indent=0)
    page_break(doc)

    section_box('板块二　通关服务')
    t = doc.add_table(rows=1, cols=2)
    tbl_borders(t, {'insideV': ('single', 6, '2F5597')})
    fixed_widths(t, [7.8, 7.8])
    lc, rc = t.rows[0].cells
    para(lc, [('综合保税区内企业', HT, 14, False, '2F5597')], align=WD_ALIGN_PARAGRAPH.CENTER, reuse=True, after=4)
    for s in ['（1）区内企业可享受保税加工、保税物流、保税服务等政策，进口料件、设备按规定予以保税或者免税。',
              '（2）推行“四自一简”监管模式，符合条件的企业可自主备案、自定核销周期、自主核报、自主补缴税款。',
              '（3）开展增值税一般纳税人资格试点，试点企业可开具增值税专用发票。']:
        pbody(lc, s, size=12, indent=0)
    para(rc, [('综合保税区外企业', HT, 14, False, '2F5597')], align=WD_ALIGN_PARAGRAPH.CENTER, reuse=True, after=4)
    for s in ['（1）依托西部陆海新通道和中欧班列（成渝），推行“铁路快通”模式，进出口货物在西永口岸即可办结通关'
              '手续。',
              '（2）推广“提前申报”“两步申报”“两段准入”等通关模式，进口货物整体通关时间压缩至30小时以内。',
              '（3）对信用等级高的企业，适用较低查验率，优先办理通关手续。']:
        pbody(rc, s, size=12, indent=0)
    empty(doc, 1)
    pbody(doc, '海关业务咨询：023-6563 0126（西永海关）', size=12.5, indent=2)
    empty(doc, 1)

    section_box('板块三　要素服务')
    for h, tx in [
        ('1.用地保障。', '对投资额5亿元以上的外贸产业项目，优先保障用地指标，可采取弹性年期出让、先租后让等方式'
                      '供地。'),
        ('2.融资支持。', '设立“西永外贸贷”风险补偿资金池，合作银行向外贸企业发放的信用贷款出现损失的，由资金池按'
                      '40%比例分担。'),
        ('3.人才保障。', '对外贸企业引进的高层次人才，按照沙坪坝区人才政策给予安家补贴、子女入学等保障。'),
        ('4.跨境结算。', '支持企业开展跨境人民币结算和贸易外汇收支便利化试点，优质企业可凭收付款指令直接办理货物'
                      '贸易外汇收支。'),
    ]:
        pbody(doc, tx, runin=h, size=12.5, indent=2)
    page_break(doc)

    section_box('板块四　专员服务')
    hdr = ['服务区域', '服务专员', '联系电话']
    rows = [['西永微电园', '刘洋', '023-6563 2811'],
            ['综合保税区A区', '陈静', '023-6563 2812'],
            ['综合保税区B区', '王涛', '023-6563 2815'],
            ['西永物流园', '张晓', '023-6563 2819']]
    outer = doc.add_table(rows=1, cols=2)
    tbl_borders(outer, NONE)
    fixed_widths(outer, [11.6, 4.0])
    lc, rc = outer.rows[0].cells
    inner = lc.add_table(rows=1 + len(rows), cols=3)  # data table nested inside the layout table
    tbl_borders(inner, ALL)
    fixed_widths(inner, [4.2, 3.0, 4.0])
    for j, h in enumerate(hdr):
        shade(inner.rows[0].cells[j], 'DAE3F3')
        para(inner.rows[0].cells[j], [(h, HT, 12)], align=WD_ALIGN_PARAGRAPH.CENTER, reuse=True)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            para(inner.rows[i + 1].cells[j], [(v, FS, 12)], align=WD_ALIGN_PARAGRAPH.CENTER, reuse=True)
        pack.append('；'.join('%s：%s' % (h, v) for h, v in zip(hdr, r)))
    picture(rc, qr_png(31), 3.0)
    para(rc, [('扫码添加服务专员企业微信', KT, 9.5)], align=WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc, 2)
    for s in ['注：1.本服务包仅供参考，以正式文件为准。',
              '2.本服务包自2025年12月1日起实施，有效期至2027年11月30日。']:
        para(doc, [(s, FS, 10.5)], line=17)
        pack.append(s)
    empty(doc, 6, 16)

    # ---- 版记
    t = doc.add_table(rows=2, cols=1)
    tbl_borders(t, {'top': ('single', 12, '000000'), 'bottom': ('single', 12, '000000'),
                    'insideH': ('single', 4, '000000')})
    fixed_widths(t, [15.6])
    para(t.rows[0].cells[0], [('抄送：市商务委，重庆海关，西永海关，沙坪坝区政府办公室。', FS, 14)],
         reuse=True, line=26)
    para(t.rows[1].cells[0], [('重庆西永综合保税区管理委员会办公室　　2025年11月20日印发', FS, 14)],
         reuse=True, line=26)

    doc.save(os.path.join(HERE, 'blind565_chongqing_tongzhi.docx'))
    issuer = ['重庆西永综合保税区管理委员会', '重庆市沙坪坝区商务委员会']
    region = '中国（重庆）自由贸易试验区西永片区'
    m1 = {
        'title': '关于印发《西永片区外贸企业服务包（2025年版）》的通知',
        'doc_number': '西永综保管发〔2025〕23号',
        'issuer': issuer,
        'date': '2025-11-20',
        'published': None,
        'level': 'zone',
        'region': region,
        'effective': None,
        'expires': None,
        'attachments': ['西永片区外贸企业服务包（2025年版）'],
        'doc_type': '通知',
        'recipients': ['片区各部门', '各园区运营公司', '各有关企业'],
        'publicity': '此件公开发布',
        'repeals': '《西永片区外贸企业服务包（2024年版）》（西永综保管发〔2024〕15号）',
    }
    m2 = {
        'title': '西永片区外贸企业服务包（2025年版）',
        'doc_number': None,
        'issuer': issuer,
        'date': '2025-11-20',
        'published': None,
        'level': 'zone',
        'region': region,
        'effective': '2025-12-01',
        'expires': '2027-11-30',
        'attachments': [],
        'doc_type': '服务包',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    }
    return {'blind565_chongqing_tongzhi': [{'meta': m1, 'clauses': notice}, {'meta': m2, 'clauses': pack}]}


# =========================================================================== document 3: Qingdao

def make_qingdao():
    ctx = Ctx()
    doc = Document()
    sec = page_setup(doc, top=2.0, bottom=2.0, left=2.3, right=2.3)
    page_number_footer(sec, 12)
    W = 16.4
    clauses = []

    def body(container, text, runin=None, size=13, reuse=False, indent=2, after=3):
        runs = []
        if runin:
            runs.append((runin, HT, size))
        runs.append((text, FS, size))
        para(container, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=indent, after=after, reuse=reuse,
             line=size + 9)
        clauses.append((runin or '') + text)

    banner = (xpara([('中国（山东）自由贸易试验区青岛片区', HT, 15, False, 'FFFFFF')], 'center', after=2)
              + xpara([('综合保税区“保税+”业务政策明白纸', XBS, 24, False, 'FFFFFF')], 'center', after=2)
              + xpara([('青岛片区管委会　黄岛海关　联合编印', KT, 12, False, 'DDEBF7')], 'center'))
    anchor_para(doc, wps_textbox(ctx, banner, W, 3.4, fill='006699'))
    empty(doc, 1, 6)
    body(doc, '综合保税区是开放层次最高、政策最优惠、功能最齐全的海关特殊监管区域。为便于企业了解和用好“保税+”'
              '新业态政策，青岛片区管委会、黄岛海关梳理了保税维修、保税研发、海铁联运、中欧班列等业务的政策要点和'
              '办理流程，供企业参考。')
    basis = xpara([('政策依据：', HT, 11.5, False, '006699'),
                   ('《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）、《中华人民共和国'
                    '海关综合保税区管理办法》（海关总署令第256号）。', KT, 11.5)], 'both', line=19)
    anchor_para(doc, wps_textbox(ctx, basis, W, 2.5, fill='F2F2F2', line='A6A6A6'))
    clauses.append('政策依据：《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）、'
                   '《中华人民共和国海关综合保税区管理办法》（海关总署令第256号）。')
    empty(doc, 1, 6)

    def heading_box(text):
        hx = xpara([(text, HT, 16, False, 'FFFFFF')], 'left')
        anchor_para(doc, wps_textbox(ctx, hx, W, 1.15, fill='00838F', prst='roundRect'), after=4)

    def layout_table(items, icon):
        t = doc.add_table(rows=1, cols=2)
        tbl_borders(t, NONE)
        fixed_widths(t, [2.8, 13.6])
        lc, rc = t.rows[0].cells
        valign(lc, 'top')
        picture(lc, icon, 2.0)
        first = True
        for it in items:
            if isinstance(it, tuple):
                body(rc, it[1], runin=it[0], size=12.5, reuse=first, indent=2, after=4)
            else:
                body(rc, it, size=12.5, reuse=first, indent=2, after=4)
            first = False

    heading_box('一、保税维修')
    layout_table([
        ('（一）政策内容。', '综合保税区内企业可开展航空航天、船舶、轨道交通、工程机械、数控机床、通讯设备、精密电子'
                        '等产品的保税维修业务，待维修货物从境外进入综合保税区时予以保税，维修后复运出境。'),
        ('（二）适用对象。', '在综合保税区内注册、具有相应维修资质、内部管理规范并建立符合海关监管要求的信息化管理'
                        '系统的企业。'),
        ('（三）办理要点。', '企业开展保税维修业务前，应当向主管海关申请设立保税维修账册；维修产生的坏件、废件原则上'
                        '复运出境，确需在境内处置的按照有关规定办理。'),
        '业务咨询：0532-8670 9216（黄岛海关综保区监管科）',
    ], icon_png('00838F'))
    page_break(doc)

    heading_box('二、保税研发')
    layout_table([
        ('（一）政策内容。', '区内企业以有形料件、试剂、耗材及样品开展研发业务的，进口研发料件予以保税，研发成果可以'
                        '内销或者出境。'),
        ('（二）支持措施。', '对区内新设立的保税研发中心，经认定后按照研发设备投入额的15%给予一次性补助，最高300万元。'),
        ('（三）办理要点。', '企业须单独设立研发账册，研发耗用的料件凭研发记录核销。'),
        '业务咨询：0532-8898 7251（青岛片区管委会科技创新部）',
    ], icon_png('00838F', 'square'))
    empty(doc, 1)
    t = doc.add_table(rows=1, cols=2)
    tbl_borders(t, {'insideV': ('dotted', 8, '00838F'), 'top': ('single', 12, '00838F')})
    fixed_widths(t, [8.2, 8.2])
    lc, rc = t.rows[0].cells
    para(lc, [('三、海铁联运', HT, 15, False, '00838F')], align=WD_ALIGN_PARAGRAPH.LEFT, reuse=True, after=4,
         before=4)
    for s in ['1.青岛港至综合保税区之间的转关货物实行“先放行、后改单”，海铁联运进口货物可在青岛港直接装车运抵'
              '内陆。',
              '2.对经青岛港开展海铁联运的进出口集装箱，片区按每标准箱100元给予运营主体补贴。']:
        body(lc, s, size=12, indent=0)
    para(rc, [('四、中欧班列', HT, 15, False, '00838F')], align=WD_ALIGN_PARAGRAPH.LEFT, reuse=True, after=4,
         before=4)
    for s in ['1.综合保税区企业可通过中欧班列（齐鲁号）向中亚、欧洲发运保税货物，享受“一次申报、一次查验、一次'
              '放行”便利。',
              '2.对利用中欧班列开展“保税+出口”集拼业务的企业，按每标准箱1500元给予补贴，每家企业每年最高200万元。']:
        body(rc, s, size=12, indent=0)
    page_break(doc)

    heading_box('五、业务办理流程')
    steps = ['第一步：企业登录“青岛片区企业服务”平台提交业务申请。',
             '第二步：片区管委会会同海关在3个工作日内完成资质审核。',
             '第三步：海关设立保税账册，企业开展业务。',
             '第四步：企业按季度报送业务数据，片区按年度兑现补助资金。']
    sx = [xpara([(s, HT, 12.5, False, '1F3864')], 'center') for s in steps]
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p._p.append(parse_xml(canvas_flow(ctx, sx, W, 1.3, 0.9)))
    clauses.extend(steps)
    empty(doc, 1)
    para(doc, [('常用联系方式', HT, 14)], align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    hdr = ['单位', '地址', '电话']
    rows = [['青岛片区管委会企业服务中心', '青岛市黄岛区北京路45号', '0532-8898 7200'],
            ['黄岛海关', '青岛市黄岛区上海路16号', '0532-8670 9200'],
            ['青岛前湾综合保税区服务大厅', '青岛市黄岛区前湾港路1号', '0532-8670 9288']]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    tbl_borders(t, ALL)
    fixed_widths(t, [6.0, 6.4, 4.0])
    for j, h in enumerate(hdr):
        shade(t.rows[0].cells[j], 'E2EFD9')
        para(t.rows[0].cells[j], [(h, HT, 12)], align=WD_ALIGN_PARAGRAPH.CENTER, reuse=True)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            para(t.rows[i + 1].cells[j], [(v, FS, 12)], align=WD_ALIGN_PARAGRAPH.CENTER, reuse=True)
        clauses.append('；'.join('%s：%s' % (h, v) for h, v in zip(hdr, r)))
    empty(doc, 1)
    q = doc.add_table(rows=2, cols=2)
    tbl_borders(q, NONE)
    fixed_widths(q, [8.2, 8.2])
    for i, cap in enumerate(['扫码登录“青岛片区企业服务”平台', '扫码查看黄岛海关业务指南']):
        picture(q.rows[0].cells[i], qr_png(40 + i), 2.6)
        para(q.rows[1].cells[i], [(cap, KT, 9.5)], align=WD_ALIGN_PARAGRAPH.CENTER, reuse=True)
    empty(doc, 1)
    note = '注：本明白纸仅供参考，以正式文件为准。补助资金兑现标准以年度申报通知为准。'
    para(doc, [(note, FS, 10)], line=16)
    clauses.append(note)
    empty(doc, 1)
    para(doc, [('中国（山东）自由贸易试验区青岛片区管理委员会', FS, 14)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, [('黄岛海关　　　　　　　　　　　　', FS, 14)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, [('2024年9月26日　　　　　　　　', FS, 14)], align=WD_ALIGN_PARAGRAPH.RIGHT)

    doc.save(os.path.join(HERE, 'blind565_qingdao_mingbaizhi.docx'))
    meta = {
        'title': '中国（山东）自由贸易试验区青岛片区综合保税区“保税+”业务政策明白纸',
        'doc_number': None,
        'issuer': ['中国（山东）自由贸易试验区青岛片区管理委员会', '黄岛海关'],
        'date': '2024-09-26',
        'published': None,
        'level': 'zone',
        'region': '中国（山东）自由贸易试验区青岛片区',
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '明白纸',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    }
    return {'blind565_qingdao_mingbaizhi': [{'meta': meta, 'clauses': clauses}]}


def to_pdf(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_565', '--headless', '--convert-to', 'pdf',
                    '--outdir', HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def main():
    expected = {}
    for fn in (make_fuzhou, make_chongqing, make_qingdao):
        expected.update(fn())
    for stem in expected:
        to_pdf(os.path.join(HERE, stem + '.docx'))
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
