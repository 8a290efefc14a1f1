# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 429 blind test documents: 政策明白纸 / 办事流程 leaflets + a 通知.

Run:  /work/venv/bin/python make_blind429.py
Writes next to itself: blind429_*.docx, blind429_*.pdf, expected.json
"""
import io
import json
import os
import random
import subprocess
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor, Emu

HERE = os.path.dirname(os.path.abspath(__file__))

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

XBS = '方正小标宋简体'
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'

EMU_CM = 360000


# ---------------------------------------------------------------- helpers
def rfont(run, east=FS, size=None, bold=None, color=None, ascii_font='Times New Roman'):
    run.font.name = ascii_font
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.get_or_add_rFonts()
    rFonts.set(qn('w:eastAsia'), east)
    rFonts.set(qn('w:hAnsi'), ascii_font)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def add_p(container, runs=(), align=None, first_indent=None, size=16, east=FS,
          line=None, before=0, after=0, left_indent=None, bold=None, color=None):
    """runs: list of str or (text, dict(east=, bold=, size=, color=))"""
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left_indent is not None:
        pf.left_indent = Pt(left_indent)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = Pt(line)
    if isinstance(runs, str):
        runs = [runs]
    for r in runs:
        if isinstance(r, tuple):
            txt, kw = r
        else:
            txt, kw = r, {}
        if txt == '\n':
            run = p.add_run()
            run.add_break(WD_BREAK.LINE)
            continue
        run = p.add_run(txt)
        rfont(run, east=kw.get('east', east), size=kw.get('size', size),
              bold=kw.get('bold', bold), color=kw.get('color', color))
    return p


def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls('w'), fill))
    tcPr.append(shd)


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def set_tbl_borders(table, spec):
    """spec e.g. {'top': ('single', 8, 'C00000'), 'insideV': ('nil',)}"""
    tblPr = table._tbl.tblPr
    for old in tblPr.findall(qn('w:tblBorders')):
        tblPr.remove(old)
    parts = []
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        if side in spec:
            s = spec[side]
            if s[0] == 'nil':
                parts.append('<w:%s w:val="nil"/>' % side)
            else:
                parts.append('<w:%s w:val="%s" w:sz="%d" w:space="0" w:color="%s"/>' % (side, s[0], s[1], s[2]))
    tblPr.append(parse_xml('<w:tblBorders %s>%s</w:tblBorders>' % (nsdecls('w'), ''.join(parts))))


def fixed_layout(table, widths_cm):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls('w')))
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
        gc.set(qn('w:w'), str(int(widths_cm[i] * 567)))
    for old in tblPr.findall(qn('w:tblW')):
        tblPr.remove(old)
    tblPr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls('w'), int(sum(widths_cm) * 567))))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = Cm(widths_cm[i])


def clear_cell(cell):
    """python-docx cells start with one empty paragraph; return it for reuse."""
    return cell.paragraphs[0]


def fill_para(p, runs, size=10.5, east=FS, align=None, first_indent=None, bold=None,
              color=None, before=0, after=0, line=None):
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = Pt(line)
    if isinstance(runs, str):
        runs = [runs]
    for r in runs:
        if isinstance(r, tuple):
            txt, kw = r
        else:
            txt, kw = r, {}
        run = p.add_run(txt)
        rfont(run, east=kw.get('east', east), size=kw.get('size', size),
              bold=kw.get('bold', bold), color=kw.get('color', color))
    return p


def page_setup(doc, top=3.7, bottom=3.5, left=2.8, right=2.6):
    s = doc.sections[0]
    s.page_width = Cm(21.0)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(top)
    s.bottom_margin = Cm(bottom)
    s.left_margin = Cm(left)
    s.right_margin = Cm(right)
    s.header_distance = Cm(1.5)
    s.footer_distance = Cm(2.0)
    return s


def set_default_font(doc, east=FS, size=16):
    st = doc.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(size)
    rPr = st.element.get_or_add_rPr()
    rPr.get_or_add_rFonts().set(qn('w:eastAsia'), east)


def add_page_number_footer(section):
    ftr = section.footer
    p = ftr.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run('— ')
    rfont(r, east='宋体', size=14)
    fld = parse_xml(
        '<w:fldSimple %s w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:rPr>'
        '<w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr>'
        '<w:t>1</w:t></w:r></w:fldSimple>' % nsdecls('w'))
    p._p.append(fld)
    r2 = p.add_run(' —')
    rfont(r2, east='宋体', size=14)
    # python-docx appends runs in order; move fld between the two runs
    p._p.remove(fld)
    r._r.addnext(fld)


def para_border_bottom(p, color='C00000', sz=18):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls('w'), sz, color)))


def para_strip(p, fill='C00000', border='C00000'):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        '<w:pBdr %s><w:top w:val="single" w:sz="6" w:space="1" w:color="%s"/>'
        '<w:left w:val="single" w:sz="6" w:space="4" w:color="%s"/>'
        '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="%s"/>'
        '<w:right w:val="single" w:sz="6" w:space="4" w:color="%s"/></w:pBdr>'
        % (nsdecls('w'), border, border, border, border)))
    pPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls('w'), fill)))


# ------------------------------------------------ raw XML for text boxes
def rpr_xml(east=FS, size=10.5, bold=False, color=None):
    s = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>' % east
    if bold:
        s += '<w:b/><w:bCs/>'
    if color:
        s += '<w:color w:val="%s"/>' % color
    s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>' % (int(size * 2), int(size * 2))
    return s


def p_xml(runs, jc=None, line=None, after=0):
    """runs: list of (text, east, size, bold, color)"""
    ppr = '<w:pPr><w:spacing w:before="0" w:after="%d"' % (after * 20)
    if line:
        ppr += ' w:line="%d" w:lineRule="exact"' % int(line * 20)
    ppr += '/>'
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    ppr += '</w:pPr>'
    body = ''
    for (t, east, size, bold, color) in runs:
        body += '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr_xml(east, size, bold, color), escape(t))
    return '<w:p>%s%s</w:p>' % (ppr, body)


_ids = {'n': 100}


def next_id():
    _ids['n'] += 1
    return _ids['n']


def wps_anchor_run(paras_xml, cx, cy, x, y, fill='FFFFFF', line='C00000', line_w=12700,
                   prst='rect', rel_h='margin', rel_v='paragraph', name='文本框',
                   dash=None, anchor='ctr', vml_fallback=True, ins=(91440, 45720, 91440, 45720)):
    """A floating Word 2010 text box (wps) in mc:AlternateContent with VML fallback."""
    did = next_id()
    fill_xml = '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill if fill else '<a:noFill/>'
    ln = '<a:ln w="%d"><a:solidFill><a:srgbClr val="%s"/></a:solidFill>%s</a:ln>' % (
        line_w, line, '<a:prstDash val="%s"/>' % dash if dash else '') if line else '<a:ln><a:noFill/></a:ln>'
    choice = (
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/>'
        '<wp:docPr id="%d" name="%s %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="%s"><a:avLst/></a:prstGeom>%s%s</wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="%d" tIns="%d" rIns="%d" bIns="%d" '
        'anchor="%s" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
    ) % (251659264 + did, rel_h, x, rel_v, y, cx, cy, did, name, did, cx, cy, prst, fill_xml, ln,
         paras_xml, ins[0], ins[1], ins[2], ins[3], anchor)
    fb = ''
    if vml_fallback:
        pt = lambda e: '%.1fpt' % (e / 12700.0)
        fb = (
            '<mc:Fallback><w:pict><v:rect id="%s %d" o:spid="_x0000_s%d" style="position:absolute;'
            'margin-left:%s;margin-top:%s;width:%s;height:%s;z-index:%d;'
            'mso-position-horizontal-relative:%s;mso-position-vertical-relative:%s;v-text-anchor:middle" '
            'fillcolor="#%s" strokecolor="#%s" strokeweight="1pt"><v:textbox>'
            '<w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:rect></w:pict></mc:Fallback>'
        ) % (name, did, 1024 + did, pt(x), pt(y), pt(cx), pt(cy), did, rel_h, 'text' if rel_v == 'paragraph' else rel_v,
             fill or 'FFFFFF', line or 'FFFFFF', paras_xml)
    xml = '<w:r %s><mc:AlternateContent>%s%s</mc:AlternateContent></w:r>' % (NS, choice, fb)
    return parse_xml(xml)


def wpg_group_run(children, cx, cy, x, y, rel_h='margin', rel_v='paragraph', name='组合'):
    """children: list of dict(kind='box'|'arrow', x,y,cx,cy, paras_xml, fill, line, prst, dash)."""
    gid = next_id()
    kids = ''
    fb_kids = ''
    for ch in children:
        cid = next_id()
        if ch['kind'] == 'box':
            fill = ch.get('fill', 'FFFFFF')
            dash = ch.get('dash')
            ln = '<a:ln w="12700"><a:solidFill><a:srgbClr val="%s"/></a:solidFill>%s</a:ln>' % (
                ch.get('line', 'C00000'), '<a:prstDash val="%s"/>' % dash if dash else '')
            kids += (
                '<wps:wsp><wps:cNvPr id="%d" name="文本框 %d"/><wps:cNvSpPr txBox="1"/>'
                '<wps:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
                '<a:prstGeom prst="%s"><a:avLst/></a:prstGeom>'
                '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>%s</wps:spPr>'
                '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
                '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="72000" tIns="36000" rIns="72000" bIns="36000" '
                'anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
            ) % (cid, cid, ch['x'], ch['y'], ch['cx'], ch['cy'], ch.get('prst', 'roundRect'), fill, ln,
                 ch['paras_xml'])
            fb_kids += (
                '<v:roundrect id="文本框 %d" o:spid="_x0000_s%d" style="position:absolute;left:%d;top:%d;'
                'width:%d;height:%d;v-text-anchor:middle" arcsize="10923f" fillcolor="#%s" strokecolor="#%s" '
                'strokeweight="1pt"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:roundrect>'
            ) % (cid, 1024 + cid, ch['x'], ch['y'], ch['cx'], ch['cy'], fill, ch.get('line', 'C00000'),
                 ch['paras_xml'])
        else:  # down arrow block shape, no text
            kids += (
                '<wps:wsp><wps:cNvPr id="%d" name="箭头: 下 %d"/><wps:cNvSpPr/>'
                '<wps:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
                '<a:prstGeom prst="downArrow"><a:avLst/></a:prstGeom>'
                '<a:solidFill><a:srgbClr val="C00000"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>'
                '<wps:bodyPr rot="0" vert="horz" wrap="square" anchor="ctr"><a:noAutofit/></wps:bodyPr></wps:wsp>'
            ) % (cid, cid, ch['x'], ch['y'], ch['cx'], ch['cy'])
            fb_kids += (
                '<v:line id="箭头 %d" o:spid="_x0000_s%d" style="position:absolute" from="%d,%d" to="%d,%d" '
                'strokecolor="#c00000" strokeweight="2pt"><v:stroke endarrow="block"/></v:line>'
            ) % (cid, 1024 + cid, ch['x'] + ch['cx'] // 2, ch['y'], ch['x'] + ch['cx'] // 2, ch['y'] + ch['cy'])
    choice = (
        '<mc:Choice Requires="wpg"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/>'
        '<wp:docPr id="%d" name="%s %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">'
        '<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/>'
        '<a:chOff x="0" y="0"/><a:chExt cx="%d" cy="%d"/></a:xfrm></wpg:grpSpPr>%s</wpg:wgp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
    ) % (251659264 + gid, rel_h, x, rel_v, y, cx, cy, gid, name, gid, cx, cy, cx, cy, kids)
    pt = lambda e: '%.1fpt' % (e / 12700.0)
    fb = (
        '<mc:Fallback><w:pict><v:group id="%s %d" o:spid="_x0000_s%d" style="position:absolute;'
        'margin-left:%s;margin-top:%s;width:%s;height:%s;z-index:%d;'
        'mso-position-horizontal-relative:%s;mso-position-vertical-relative:text" '
        'coordorigin="0,0" coordsize="%d,%d">%s<w10:wrap type="topAndBottom"/></v:group></w:pict></mc:Fallback>'
    ) % (name, gid, 1024 + gid, pt(x), pt(y), pt(cx), pt(cy), gid, rel_h, cx, cy, fb_kids)
    return parse_xml('<w:r %s><mc:AlternateContent>%s%s</mc:AlternateContent></w:r>' % (NS, choice, fb))


def vml_box_run(paras_xml, left_pt, top_pt, w_pt, h_pt, fill='#fff2cc', stroke='#c00000', sid=None,
                name='文本框', absolute=True, wrap='topAndBottom', arc=False):
    sid = sid or next_id()
    tag = 'v:roundrect' if arc else 'v:rect'
    if absolute:
        style = ('position:absolute;margin-left:%.1fpt;margin-top:%.1fpt;width:%.1fpt;height:%.1fpt;'
                 'z-index:%d;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text'
                 % (left_pt, top_pt, w_pt, h_pt, 251660000 + sid))
    else:
        style = 'width:%.1fpt;height:%.1fpt;mso-position-horizontal-relative:char;mso-position-vertical-relative:line' % (
            w_pt, h_pt)
    wrap_xml = '<w10:wrap type="%s"/>' % wrap if (absolute and wrap) else ''
    xml = ('<w:r %s><w:pict><%s id="%s %d" o:spid="_x0000_s%d" style="%s" %s fillcolor="%s" strokecolor="%s" '
           'strokeweight="1pt"><v:textbox inset="2.5pt,2pt,2.5pt,2pt"><w:txbxContent>%s</w:txbxContent></v:textbox>'
           '%s</%s></w:pict></w:r>') % (NS, tag, name, sid, 1024 + sid, style,
                                      'arcsize="10923f"' if arc else '', fill, stroke, paras_xml, wrap_xml, tag)
    return parse_xml(xml)


def vml_arrow_run(x1, y1, x2, y2):
    sid = next_id()
    xml = ('<w:r %s><w:pict><v:line id="直接箭头连接符 %d" o:spid="_x0000_s%d" style="position:absolute;z-index:%d;'
           'mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" '
           'from="%.1fpt,%.1fpt" to="%.1fpt,%.1fpt" strokecolor="#c00000" strokeweight="2.25pt">'
           '<v:stroke endarrow="block"/></v:line></w:pict></w:r>') % (NS, sid, 1024 + sid, 251670000 + sid,
                                                                       x1, y1, x2, y2)
    return parse_xml(xml)


def fake_qr_png(seed=429, n=25, box=8):
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    img = Image.new('RGB', ((n + 8) * box, (n + 8) * box), 'white')
    d = ImageDraw.Draw(img)
    grid = [[rnd.random() < 0.48 for _ in range(n)] for _ in range(n)]

    def finder(r0, c0):
        for r in range(7):
            for c in range(7):
                on = r in (0, 6) or c in (0, 6) or (2 <= r <= 4 and 2 <= c <= 4)
                grid[r0 + r][c0 + c] = on
        for r in range(-1, 8):
            for c in range(-1, 8):
                if 0 <= r0 + r < n and 0 <= c0 + c < n and not (0 <= r < 7 and 0 <= c < 7):
                    grid[r0 + r][c0 + c] = False

    finder(0, 0)
    finder(0, n - 7)
    finder(n - 7, 0)
    for r in range(n):
        for c in range(n):
            if grid[r][c]:
                x, y = (c + 4) * box, (r + 4) * box
                d.rectangle([x, y, x + box - 1, y + box - 1], fill='black')
    bio = io.BytesIO()
    img.save(bio, 'PNG')
    bio.seek(0)
    return bio


def row_clause(headers, row):
    return '；'.join('%s：%s' % (h, v) for h, v in zip(headers, row))


EXPECTED = {}


# =====================================================================
# Document A: 厦门片区 跨境电商企业海关备案 办事流程明白纸 (wps text boxes, wpg group)
# =====================================================================
A_TITLE1 = '厦门片区跨境电商企业海关备案'
A_TITLE2 = '办事流程明白纸'
A_INTRO = ('为方便企业快速了解跨境电商企业海关备案办理要求，中国（福建）自由贸易试验区厦门片区管理委员会会同厦门海关'
           '梳理形成本明白纸。企业按照以下流程即可完成备案，全程网上办理、不收取任何费用。')
A_STEPS = [
    ('1.网上申报：', '企业登录中国国际贸易“单一窗口”标准版或“互联网+海关”平台，在线填报《跨境电子商务企业信息登记表》并上传相关材料。'),
    ('2.材料审核：', '海关在1个工作日内完成审核；材料不齐全或者不符合法定形式的，一次性告知企业需要补正的全部内容。'),
    ('3.现场核验：', '申请开展网购保税进口（1210）业务的仓储企业，由海沧海关、象屿海关视情开展实地核验。'),
    ('4.备案办结：', '审核通过后，系统自动反馈备案编码，企业可登录“单一窗口”查询备案结果，无需领取纸质证明。'),
    ('5.开展业务：', '企业凭备案编码开展“9610”“1210”“9710”“9810”等跨境电商业务申报。'),
]
A_TIP = ('温馨提示：已在海关办理报关单位备案的企业，只需在原备案信息中勾选增加跨境电商企业类型，'
         '无需重复提交营业执照等材料。')
A_POLICY = [
    '（1）备案免费：海关办理跨境电商企业备案不收取任何费用，也未委托任何中介机构代办。',
    '（2）一次备案、全国通用：在厦门海关完成备案的企业，可在全国海关开展相应跨境电商业务。',
    '（3）境外企业：境外跨境电商企业应当委托境内代理人向海关办理备案，并由境内代理人承担相应法律责任。',
    '（4）信息变更：备案信息发生变更的，企业应当自变更之日起30日内通过“单一窗口”办理变更手续。',
]
FEE_HEAD_A = ['服务项目', '收费标准', '备注']
FEE_ROWS = [
    ['查验场地使用费', '免收', '2025年12月31日前执行'],
    ['仓储服务费', '0.60元/立方米·天', '市场调节价'],
    ['装卸搬运费', '15元/吨', '不足1吨按1吨计'],
    ['信息系统服务费', '免收', '由片区管委会购买服务'],
]
A_FEE_NOTE = '注：以上收费标准由监管中心运营主体在作业现场公示，接受价格主管部门和社会监督。'
A_CHANNEL = [
    '网上办理：中国国际贸易“单一窗口”（www.singlewindow.cn）“企业资质”—“海关企业通用资质”模块。',
    '现场咨询：厦门市行政服务中心海关综合服务窗口（厦门市湖里区仙岳路4688号国际航运中心D栋1楼）。',
    '办理时间：工作日上午9:00—12:00，下午13:00—17:00（法定节假日除外）。',
]
A_QR_CAPTION = '扫码观看“单一窗口”跨境电商企业备案操作视频'
A_SIGN = '中国（福建）自由贸易试验区厦门片区管理委员会　厦门海关'
A_DATE = '2025年6月16日印制'
A_STRIP = ('咨询电话：厦门片区管委会经济发展局0592-6881235；厦门海关综合业务处0592-5176322；'
           '政务服务便民热线12345。')


def make_doc_a():
    doc = Document()
    set_default_font(doc, FS, 10.5)
    page_setup(doc, top=1.2, bottom=1.0, left=2.0, right=2.0)
    width_emu = 17 * EMU_CM

    # banner text box anchored to the first (empty) paragraph
    p0 = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    p0.paragraph_format.line_spacing = Pt(2)
    p0.paragraph_format.space_after = Pt(4)
    banner_xml = (p_xml([(A_TITLE1, XBS, 20, False, 'FFFFFF')], jc='center', line=27) +
                  p_xml([(A_TITLE2, XBS, 20, False, 'FFFFFF')], jc='center', line=27))
    p0._p.append(wps_anchor_run(banner_xml, width_emu, int(2.0 * EMU_CM), 0, 0, fill='C00000', line='C00000',
                                name='文本框'))
    # intro
    add_p(doc, A_INTRO, first_indent=21, size=10.5, line=15, before=0)
    add_p(doc, '一、办理流程', east=HT, size=12, before=4, after=2)

    # flowchart group anchored to an empty paragraph
    boxes = []
    gw = 17 * EMU_CM
    bx, bw = int(0.2 * EMU_CM), int(16.2 * EMU_CM)
    bh = int(1.15 * EMU_CM)
    ah = int(0.3 * EMU_CM)
    y = 0
    for i, (head, body) in enumerate(A_STEPS):
        px = p_xml([(head, HT, 9.5, True, 'C00000'), (body, FS, 9.5, False, None)], line=13)
        boxes.append(dict(kind='box', x=bx, y=y, cx=bw, cy=bh, paras_xml=px, fill='FFF7E6', line='C00000'))
        y += bh
        if i < len(A_STEPS) - 1:
            boxes.append(dict(kind='arrow', x=int(8.2 * EMU_CM), y=y + int(0.03 * EMU_CM), cx=int(0.6 * EMU_CM),
                              cy=ah - int(0.06 * EMU_CM)))
            y += ah
    y += int(0.15 * EMU_CM)
    tip_xml = p_xml([(A_TIP, KT, 9.5, False, '7F3F00')], line=13)
    boxes.append(dict(kind='box', x=bx, y=y, cx=bw, cy=int(1.05 * EMU_CM), paras_xml=tip_xml, fill='FFFFFF',
                      line='7F7F7F', dash='dash', prst='rect'))
    y += int(1.05 * EMU_CM)
    pflow = doc.add_paragraph()
    pflow.paragraph_format.space_after = Pt(0)
    pflow.paragraph_format.line_spacing = Pt(2)
    pflow._p.append(wpg_group_run(boxes, gw, y, 0, int(0.1 * EMU_CM), name='组合'))

    add_p(doc, '二、政策要点与收费标准', east=HT, size=12, before=2, after=2)

    # two-column layout table, no borders
    lay = doc.add_table(rows=2, cols=2)
    lay.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_tbl_borders(lay, {'top': ('nil',), 'left': ('nil',), 'bottom': ('nil',), 'right': ('nil',),
                          'insideH': ('nil',), 'insideV': ('dotted', 4, 'A6A6A6')})
    fixed_layout(lay, [9.0, 8.0])
    # row 1 left: 政策要点
    c = lay.cell(0, 0)
    fill_para(clear_cell(c), [('■ 政策要点', {'east': HT, 'color': 'C00000'})], size=10.5, after=2)
    for t in A_POLICY:
        fill_para(c.add_paragraph(), t, size=9.5, line=14)
    # row 1 right: 收费标准 label, nested table, note
    c = lay.cell(0, 1)
    fill_para(clear_cell(c), [('■ 跨境电商监管中心收费标准', {'east': HT, 'color': 'C00000'})],
              size=10.5, after=2)
    nt = c.add_table(rows=1 + len(FEE_ROWS), cols=3)
    nt.style = doc.styles['Table Grid']
    fixed_layout(nt, [2.3, 2.3, 3.1])
    for j, h in enumerate(FEE_HEAD_A):
        cc = nt.cell(0, j)
        set_cell_shading(cc, 'F2DCDB')
        fill_para(clear_cell(cc), [(h, {'east': HT})], size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, row in enumerate(FEE_ROWS):
        for j, v in enumerate(row):
            fill_para(clear_cell(nt.cell(i + 1, j)), v, size=9, align=WD_ALIGN_PARAGRAPH.CENTER, line=12)
    # the empty paragraph python-docx adds after a nested table is reused for the note
    note_p = c.paragraphs[-1]
    fill_para(note_p, A_FEE_NOTE, size=9, east=KT, line=13, before=2)
    # row 2 left: 办理渠道
    c = lay.cell(1, 0)
    fill_para(clear_cell(c), [('■ 办理渠道', {'east': HT, 'color': 'C00000'})], size=10.5, before=4, after=2)
    for t in A_CHANNEL:
        head, rest = t.split('：', 1)
        fill_para(c.add_paragraph(), [(head + '：', {'bold': True}), rest], size=9.5, line=14)
    # row 2 right: QR code placeholder + caption
    c = lay.cell(1, 1)
    pq = clear_cell(c)
    pq.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pq.paragraph_format.space_before = Pt(6)
    pq.add_run().add_picture(fake_qr_png(), width=Cm(2.4))
    fill_para(c.add_paragraph(), A_QR_CAPTION, size=9, east=KT, align=WD_ALIGN_PARAGRAPH.CENTER)

    # 落款 (manual spacing) + date
    add_p(doc, A_SIGN, align=WD_ALIGN_PARAGRAPH.RIGHT, size=10, east=KT, before=3)
    add_p(doc, A_DATE + '　　', align=WD_ALIGN_PARAGRAPH.RIGHT, size=10, east=KT)
    # 咨询电话 strip: text box anchored to the last paragraph
    plast = doc.add_paragraph()
    plast.paragraph_format.line_spacing = Pt(2)
    strip_xml = p_xml([(A_STRIP, HT, 9.5, False, 'FFFFFF')], jc='center', line=13)
    plast._p.append(wps_anchor_run(strip_xml, width_emu, int(1.1 * EMU_CM), 0, int(0.1 * EMU_CM),
                                   fill='C00000', line=None, name='文本框'))
    normalize(doc)
    path = os.path.join(HERE, 'blind429_xiamen_mingbaizhi.docx')
    doc.save(path)

    clauses = [A_INTRO] + [h + b for h, b in A_STEPS] + [A_TIP] + A_POLICY + \
        [row_clause(FEE_HEAD_A, r) for r in FEE_ROWS] + [A_FEE_NOTE] + A_CHANNEL + [A_QR_CAPTION, A_STRIP]
    EXPECTED['blind429_xiamen_mingbaizhi'] = [{
        'meta': {
            'title': A_TITLE1 + A_TITLE2,
            'doc_number': None,
            'issuer': ['中国（福建）自由贸易试验区厦门片区管理委员会', '厦门海关'],
            'date': '2025-06-16',
            'published': None,
            'level': 'zone',
            'region': '中国（福建）自由贸易试验区厦门片区',
            'effective': None,
            'expires': None,
            'attachments': [],
            'doc_type': '明白纸',
            'recipients': [],
            'publicity': None,
            'repeals': None,
        },
        'clauses': clauses,
    }]
    return path


# =====================================================================
# Document B: the 通知 carrying the same 流程 as numbered paragraphs
# =====================================================================
B_ORG1 = '中国（福建）自由贸易试验区厦门片区管理委员会'
B_ORG2 = '厦门海关'
B_NO = '厦自贸委〔2025〕23号'
B_T1 = '关于优化厦门片区跨境电商企业海关'
B_T2 = '备案办理流程的通知'
B_TO = '各有关单位，片区各跨境电商企业：'
B_INTRO = ('为深入贯彻落实《国务院办公厅关于推动外贸稳规模优结构的意见》和中国（福建）自由贸易试验区制度创新工作部署，'
           '持续优化跨境电商营商环境，压缩企业备案办理时间，经研究，现就优化厦门片区跨境电商企业海关备案办理流程有关事项通知如下。')
B_SCOPE = ('本通知适用于在厦门片区注册，拟开展跨境电子商务零售进出口（监管方式代码“9610”“1210”）及跨境电商B2B出口'
           '（监管方式代码“9710”“9810”）业务的跨境电商企业、跨境电商平台企业、支付企业、物流企业和监管作业场所经营人。'
           '境外跨境电商企业委托境内代理人办理备案的，参照本通知执行。')
B_FLOW = [
    ('（一）网上申报。', '企业登录中国国际贸易“单一窗口”标准版或“互联网+海关”一体化网上办事平台，在线填报《跨境电子商务企业信息登记表》，'
                   '上传营业执照、法定代表人身份证明等材料。已办理报关单位备案的企业，在原备案信息中勾选增加跨境电商企业类型即可，无需重复提交材料。'),
    ('（二）材料审核。', '海关自收到申报信息之日起1个工作日内完成审核。材料不齐全或者不符合法定形式的，通过“单一窗口”一次性告知企业'
                   '需要补正的全部内容；企业补正后，海关即时重新审核。'),
    ('（三）现场核验。', '申请开展网购保税进口（“1210”）业务的仓储企业，由海沧海关、象屿海关在3个工作日内视情开展实地核验。核验内容包括：'),
]
B_CHECK = [
    '仓储场所地址、面积与申报信息是否一致；',
    '是否按要求划分保税存储、分拣打包、退货处理等功能区域；',
    '视频监控、仓储管理系统是否与海关联网并满足监管要求。',
]
B_FLOW2 = [
    ('（四）备案办结。', '审核（核验）通过的，系统自动反馈备案编码，企业可通过“单一窗口”查询备案结果，海关不再出具纸质证明。'),
    ('（五）开展业务。', '企业凭备案编码开展“9610”“1210”“9710”“9810”等跨境电商业务申报，并按规定传输交易、支付、物流等电子信息。'),
]
B_POLICY = [
    ('（一）备案全程免费。', '海关办理跨境电商企业备案不收取任何费用，未委托任何中介机构代办，企业可自行办理。'),
    ('（二）一次备案、全国通用。', '在厦门海关完成备案的企业，可在全国海关开展相应跨境电商业务，无需在业务开展地海关重复备案。'),
    ('（三）信息变更及时办理。', '备案信息发生变更的，企业应当自变更之日起30日内通过“单一窗口”办理变更手续。'),
]
B_FEE_INTRO = ('海沧港综合保税区跨境电商监管中心作业服务收费标准如下表，由监管中心运营主体在作业现场公示，'
               '接受价格主管部门和社会监督。')
FEE_HEAD_B = ['序号', '服务项目', '收费标准', '备注']
B_REQ = [
    ('（一）加强协同配合。', '片区管委会经济发展局、厦门海关综合业务处建立备案办理协调机制，对企业反映的问题实行“首问负责”，'
                     '原则上2个工作日内答复。'),
    ('（二）做好宣传引导。', '各有关单位要通过政务网站、微信公众号、“政策明白纸”等渠道做好政策宣传，引导企业通过线上渠道办理备案。'),
    ('（三）强化事中事后监管。', '海关依法对备案企业实施信用管理，对提供虚假材料取得备案的，依法予以处理。'),
]
B_EFFECT = ('本通知自2025年7月1日起施行，有效期至2027年6月30日。《中国（福建）自由贸易试验区厦门片区管理委员会关于跨境电商企业'
            '备案有关事项的通知》（厦自贸委〔2023〕41号）同时废止。')
B_CONTACT_1 = '联系人：片区管委会经济发展局陈琳，电话：0592-6881235；'
B_CONTACT_2 = '厦门海关综合业务处黄志强，电话：0592-5176322。'
B_ATT = ['厦门片区跨境电商企业海关备案办事流程明白纸', '跨境电子商务企业信息登记表（样表）']


def add_numbering(doc):
    """Word automatic numbering '1.' with no tab after the number."""
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="90"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/>'
        '<w:suff w:val="nothing"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % nsdecls('w'))
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % nsdecls('w')))
    return 90


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls('w'), num_id)))


def body_p(doc, runs, **kw):
    kw.setdefault('first_indent', 32)
    kw.setdefault('line', 28.9)
    return add_p(doc, runs, size=16, **kw)


def runin(head, rest, head_east=KT, bold=False):
    return [(head, {'east': head_east, 'bold': bold}), rest]


def make_doc_b():
    doc = Document()
    set_default_font(doc, FS, 16)
    sec = page_setup(doc)
    num_id = add_numbering(doc)

    # joint red header: 2x2 table, '文件' merged vertically
    hdr = doc.add_table(rows=2, cols=2)
    hdr.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_tbl_borders(hdr, {s: ('nil',) for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')})
    fixed_layout(hdr, [12.6, 3.0])
    for i, org in enumerate([B_ORG1, B_ORG2]):
        p = clear_cell(hdr.cell(i, 0))
        fill_para(p, [(org, {'east': XBS, 'color': 'FF0000'})], size=15, line=30)
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    m = hdr.cell(0, 1).merge(hdr.cell(1, 1))
    m.vertical_alignment = 1  # center
    fill_para(clear_cell(m), [('文件', {'east': XBS, 'color': 'FF0000'})], size=30,
              align=WD_ALIGN_PARAGRAPH.CENTER)
    # merged cell leaves an extra empty paragraph from the second cell; keep it (quirk) but make it tiny
    add_p(doc, '', size=10)
    add_p(doc, '', size=10)
    pno = add_p(doc, B_NO, align=WD_ALIGN_PARAGRAPH.CENTER, size=16)
    para_border_bottom(pno, 'FF0000', 18)
    add_p(doc, '', size=16)
    add_p(doc, B_T1, align=WD_ALIGN_PARAGRAPH.CENTER, size=22, east=XBS, line=33)
    add_p(doc, B_T2, align=WD_ALIGN_PARAGRAPH.CENTER, size=22, east=XBS, line=33)
    add_p(doc, '', size=16)
    add_p(doc, B_TO, size=16, line=28.9)
    body_p(doc, B_INTRO)

    body_p(doc, [('一、适用范围', {'east': HT})])
    body_p(doc, B_SCOPE)
    body_p(doc, [('二、办理流程', {'east': HT})])
    for h, r in B_FLOW:
        body_p(doc, runin(h, r))
    for t in B_CHECK:
        p = body_p(doc, t)
        set_num(p, num_id)
    for h, r in B_FLOW2:
        body_p(doc, runin(h, r))
    body_p(doc, [('三、政策要点', {'east': HT})])
    for h, r in B_POLICY:
        body_p(doc, runin(h, r))
    body_p(doc, [('四、收费公示', {'east': HT})])
    body_p(doc, B_FEE_INTRO)
    t = doc.add_table(rows=1 + len(FEE_ROWS), cols=4)
    t.style = doc.styles['Table Grid']
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    fixed_layout(t, [1.6, 4.4, 4.2, 5.2])
    for j, h in enumerate(FEE_HEAD_B):
        fill_para(clear_cell(t.cell(0, j)), [(h, {'east': HT})], size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    fee_rows_b = [[str(i + 1)] + r for i, r in enumerate(FEE_ROWS)]
    for i, row in enumerate(fee_rows_b):
        for j, v in enumerate(row):
            fill_para(clear_cell(t.cell(i + 1, j)), v, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    body_p(doc, [('五、工作要求', {'east': HT})], before=6)
    for h, r in B_REQ:
        body_p(doc, runin(h, r))
    body_p(doc, [('六、其他', {'east': HT})])
    body_p(doc, B_EFFECT)
    body_p(doc, [B_CONTACT_1, '\n', B_CONTACT_2])
    add_p(doc, '', size=16)
    # 附件 list, second line aligned by full-width spaces
    body_p(doc, '附件：1.' + B_ATT[0])
    body_p(doc, '　　　2.' + B_ATT[1])
    add_p(doc, '', size=16)
    add_p(doc, '', size=16)
    # joint 落款 as borderless table (two organs side by side), then date with manual spaces
    sg = doc.add_table(rows=1, cols=2)
    set_tbl_borders(sg, {s: ('nil',) for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')})
    fixed_layout(sg, [12.8, 2.8])
    sg.rows[0]._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls('w')))
    fill_para(clear_cell(sg.cell(0, 0)), B_ORG1, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    fill_para(clear_cell(sg.cell(0, 1)), B_ORG2, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    add_p(doc, '                                      2025年6月16日', size=16, line=28.9)
    body_p(doc, '（此件公开发布）')
    # offices push the 版记 down to the bottom of the last page with Enters
    for _ in range(16):
        add_p(doc, '', size=16, line=28.9)
    bj = doc.add_table(rows=2, cols=2)
    set_tbl_borders(bj, {'top': ('single', 8, '000000'), 'bottom': ('single', 8, '000000'),
                         'insideH': ('single', 4, '000000'), 'left': ('nil',), 'right': ('nil',),
                         'insideV': ('nil',)})
    fixed_layout(bj, [9.0, 6.6])
    cc = bj.cell(0, 0).merge(bj.cell(0, 1))
    fill_para(clear_cell(cc), '抄送：厦门市商务局，厦门市市场监督管理局，国家税务总局厦门市税务局。', size=14,
              first_indent=14)
    fill_para(clear_cell(bj.cell(1, 0)), B_ORG1 + '办公室', size=14, first_indent=14)
    fill_para(clear_cell(bj.cell(1, 1)), '2025年6月17日印发', size=14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_page_number_footer(sec)
    normalize(doc)
    path = os.path.join(HERE, 'blind429_xiamen_tongzhi.docx')
    doc.save(path)

    clauses = [B_INTRO, B_SCOPE] + [h + r for h, r in B_FLOW] + \
        ['%d.%s' % (i + 1, t) for i, t in enumerate(B_CHECK)] + [h + r for h, r in B_FLOW2] + \
        [h + r for h, r in B_POLICY] + [B_FEE_INTRO] + [row_clause(FEE_HEAD_B, r) for r in fee_rows_b] + \
        [h + r for h, r in B_REQ] + [B_EFFECT, B_CONTACT_1 + B_CONTACT_2]
    EXPECTED['blind429_xiamen_tongzhi'] = [{
        'meta': {
            'title': B_T1 + B_T2,
            'doc_number': B_NO,
            'issuer': [B_ORG1, B_ORG2],
            'date': '2025-06-16',
            'published': None,
            'level': 'zone',
            'region': '中国（福建）自由贸易试验区厦门片区',
            'effective': '2025-07-01',
            'expires': '2027-06-30',
            'attachments': B_ATT,
            'doc_type': '通知',
            'recipients': ['各有关单位', '片区各跨境电商企业'],
            'publicity': '此件公开发布',
            'repeals': '《中国（福建）自由贸易试验区厦门片区管理委员会关于跨境电商企业备案有关事项的通知》（厦自贸委〔2023〕41号）',
        },
        'clauses': clauses,
    }]
    return path


# =====================================================================
# Document C: 重庆 外商投资企业开办 明白纸 (legacy VML text boxes, horizontal flow)
# =====================================================================
C_T1 = '重庆市外商投资企业开办“一网通办”'
C_T2 = '办事流程明白纸'
C_INTRO = ('外国投资者在渝投资设立企业，可通过重庆市政务服务网“企业开办一网通”平台一次提交申请，同步完成设立登记、'
           '外商投资信息报告、公章刻制、涉税事项办理和银行预约开户，全流程1个工作日内办结。')
C_STEPS = [
    '①网上申报：登录“企业开办一网通”平台，填报名称、股东、经营范围等信息',
    '②材料审核：登记机关在0.5个工作日内完成审核并反馈结果',
    '③执照发放：审核通过即发电子营业执照，纸质执照可免费邮寄',
    '④公章刻制：首套4枚印章由政府购买服务免费刻制',
    '⑤涉税与开户：同步完成税务登记、发票申领和银行预约开户',
]
C_MATERIALS = [
    '1.公司登记（备案）申请书；',
    '2.公司章程（由外国投资者签署）；',
    '3.外国投资者主体资格证明或者身份证明；',
    '4.法定代表人、董事、监事和经理的任职文件及身份证明；',
    '5.住所（经营场所）使用证明。',
]
FEE_HEAD_C = ['事项', '费用', '说明']
C_FEES = [
    ['营业执照（含电子执照）', '0元', '免费发放'],
    ['首套印章（4枚）', '0元', '政府购买服务'],
    ['税务UKey', '0元', '税务部门免费发放'],
    ['银行开户', '0元', '免收开户手续费'],
]
C_POLICY = [
    '★外商投资信息报告“多报合一”：设立登记时一并报送初始报告，无需另行报送。',
    '★准入前国民待遇：外商投资准入负面清单以外的领域，按照内外资一致的原则办理。',
    '★文书认证简化：外国投资者主体资格证明来自《取消外国公文书认证要求的公约》缔约国的，办理附加证明书即可，不再办理领事认证。',
]
C_QR_CAPTION = '扫码进入“企业开办一网通”平台'
C_SIGN = '重庆市市场监督管理局　重庆市商务委员会'
C_DATE = '2025年9月10日'
C_STRIP = ('咨询电话：重庆市市场监督管理局登记注册处023-67703157；重庆市商务委员会外国投资管理处023-62662713；'
           '政务服务热线12345。')


def make_doc_c():
    doc = Document()
    set_default_font(doc, FS, 10.5)
    sec = page_setup(doc, top=2.2, bottom=1.8, left=2.0, right=2.0)
    # running header with issuers (not body)
    hp = sec.header.paragraphs[0]
    fill_para(hp, [('政策明白纸 · 重庆市市场监督管理局　重庆市商务委员会 编印', {'east': KT, 'color': '7F7F7F'})],
              size=9, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para_border_bottom(hp, '7F7F7F', 4)

    p0 = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    fill_para(p0, [(C_T1, {'east': XBS, 'color': 'C00000'})], size=20, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    add_p(doc, C_T2, east=XBS, size=20, color='C00000', align=WD_ALIGN_PARAGRAPH.CENTER, line=30, after=4)
    add_p(doc, C_INTRO, first_indent=21, size=10.5, line=17)
    add_p(doc, '一、办理流程', east=HT, size=12, before=4)

    # horizontal flow: five VML boxes + four arrow lines, all anchored in one paragraph.
    # The third box was added last by the typist, so its XML comes after the others.
    pflow = doc.add_paragraph()
    pflow.paragraph_format.space_after = Pt(0)
    bw, gap, bh, top = 78.0, 22.0, 84.0, 4.0
    xs = [i * (bw + gap) for i in range(5)]
    ids = [next_id() for _ in range(5)]
    order = [0, 1, 3, 4, 2]
    for k in order:
        head, rest = C_STEPS[k].split('：', 1)
        px = p_xml([(head + '：', HT, 9.5, True, 'C00000'), (rest, FS, 9.5, False, None)], line=13)
        pflow._p.append(vml_box_run(px, xs[k], top, bw, bh, sid=ids[k], arc=True))
    for i in range(4):
        x1 = xs[i] + bw + 2
        pflow._p.append(vml_arrow_run(x1, top + bh / 2, x1 + gap - 4, top + bh / 2))
    # typist's spacer paragraphs under the floating boxes
    for _ in range(2):
        add_p(doc, '', size=10.5, line=17)

    add_p(doc, '二、申请材料与费用', east=HT, size=12, before=2, after=2)
    lay = doc.add_table(rows=1, cols=2)
    set_tbl_borders(lay, {s: ('nil',) for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')})
    fixed_layout(lay, [8.6, 8.4])
    c = lay.cell(0, 0)
    set_cell_shading(c, 'FDF3E7')
    fill_para(clear_cell(c), [('【申请材料】', {'east': HT, 'color': 'C00000'})], size=10.5, after=2)
    for t in C_MATERIALS:
        fill_para(c.add_paragraph(), t, size=9.5, line=15)
    fill_para(c.add_paragraph(), [('【企业开办费用】', {'east': HT, 'color': 'C00000'})], size=10.5, before=4, after=2)
    nt = c.add_table(rows=1 + len(C_FEES), cols=3)
    nt.style = doc.styles['Table Grid']
    fixed_layout(nt, [3.4, 1.4, 3.4])
    for j, h in enumerate(FEE_HEAD_C):
        set_cell_shading(nt.cell(0, j), 'C00000')
        fill_para(clear_cell(nt.cell(0, j)), [(h, {'east': HT, 'color': 'FFFFFF'})], size=9,
                  align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, row in enumerate(C_FEES):
        for j, v in enumerate(row):
            fill_para(clear_cell(nt.cell(i + 1, j)), v, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    c = lay.cell(0, 1)
    fill_para(clear_cell(c), [('【政策要点】', {'east': HT, 'color': 'C00000'})], size=10.5, after=2)
    for t in C_POLICY:
        fill_para(c.add_paragraph(), t, size=9.5, line=15, after=3)
    pq = c.add_paragraph()
    pq.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pq.paragraph_format.space_before = Pt(6)
    qr_xml = p_xml([('（二维码）', FS, 9, False, '7F7F7F')], jc='center')
    pq._p.append(vml_box_run(qr_xml, 0, 0, 68, 68, fill='#ffffff', stroke='#7f7f7f', absolute=False,
                             name='矩形'))
    fill_para(c.add_paragraph(), C_QR_CAPTION, size=9, east=KT, align=WD_ALIGN_PARAGRAPH.CENTER)

    add_p(doc, '', size=8)
    add_p(doc, C_SIGN + '　　', align=WD_ALIGN_PARAGRAPH.RIGHT, size=10.5, east=KT)
    add_p(doc, C_DATE + '　　　　　　', align=WD_ALIGN_PARAGRAPH.RIGHT, size=10.5, east=KT)
    add_p(doc, '', size=6)
    ps = add_p(doc, C_STRIP, east=HT, size=10, color='FFFFFF', align=WD_ALIGN_PARAGRAPH.CENTER, line=16)
    para_strip(ps)
    normalize(doc)
    path = os.path.join(HERE, 'blind429_chongqing_mingbaizhi.docx')
    doc.save(path)

    clauses = [C_INTRO] + C_STEPS + C_MATERIALS + [row_clause(FEE_HEAD_C, r) for r in C_FEES] + C_POLICY + \
        [C_QR_CAPTION, C_STRIP]
    EXPECTED['blind429_chongqing_mingbaizhi'] = [{
        'meta': {
            'title': C_T1 + C_T2,
            'doc_number': None,
            'issuer': ['重庆市市场监督管理局', '重庆市商务委员会'],
            'date': '2025-09-10',
            'published': None,
            'level': 'provincial',
            'region': '重庆市',
            'effective': None,
            'expires': None,
            'attachments': [],
            'doc_type': '明白纸',
            'recipients': [],
            'publicity': None,
            'repeals': None,
        },
        'clauses': clauses,
    }]
    return path


ORDER = {
    'tblPr': ['tblStyle', 'tblpPr', 'tblOverlap', 'bidiVisual', 'tblStyleRowBandSize', 'tblStyleColBandSize',
              'tblW', 'jc', 'tblCellSpacing', 'tblInd', 'tblBorders', 'shd', 'tblLayout', 'tblCellMar', 'tblLook'],
    'pPr': ['pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr', 'widowControl', 'numPr',
            'suppressLineNumbers', 'pBdr', 'shd', 'tabs', 'suppressAutoHyphens', 'kinsoku', 'wordWrap',
            'overflowPunct', 'topLinePunct', 'autoSpaceDE', 'autoSpaceDN', 'bidi', 'adjustRightInd', 'snapToGrid',
            'spacing', 'ind', 'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc', 'textDirection',
            'textAlignment', 'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle', 'rPr', 'sectPr', 'pPrChange'],
    'tcPr': ['cnfStyle', 'tcW', 'gridSpan', 'hMerge', 'vMerge', 'tcBorders', 'shd', 'noWrap', 'tcMar',
             'textDirection', 'tcFitText', 'vAlign', 'hideMark'],
}


def normalize(doc):
    """Put property children back into schema order (Word is picky)."""
    roots = [doc.element]
    for s in doc.sections:
        roots += [s.header._element, s.footer._element]
    for root in roots:
        for tag, order in ORDER.items():
            for el in root.iter(qn('w:' + tag)):
                kids = list(el)
                idx = {qn('w:' + n): i for i, n in enumerate(order)}
                kids_sorted = sorted(kids, key=lambda k: idx.get(k.tag, 999))
                for k in kids:
                    el.remove(k)
                for k in kids_sorted:
                    el.append(k)


def to_pdf(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_429', '--headless', '--convert-to', 'pdf',
                    '--outdir', HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def main():
    paths = [make_doc_a(), make_doc_b(), make_doc_c()]
    for p in paths:
        to_pdf(p)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
