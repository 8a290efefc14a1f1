# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420
"""Blind round 143: flowcharts and diagrams drawn in Word (办事指南 / 一图读懂).

Writes next to itself:
  blind143_yueyang_guide.docx / .pdf
      岳阳片区管委会 印发《岳阳片区企业境外投资备案办事指南》的通知 (文号, 版头, 落款,
      版记) with the 办事指南 as 附件 in the same file. The guide's 办理流程 is a flowchart
      drawn with DrawingML shapes: ONE anchored group (wpg:wgp, wrapTopAndBottom) of
      wps:wsp text boxes (terminators, process boxes, decision diamonds), straight and
      elbow connectors (wps:cNvCnPr), borderless label boxes 是/否, and a NESTED group
      (wpg:grpSp) for the 补正 branch; a callout side note is a separate anchored shape.
      Shapes are written in creation order, not flow order. Every drawing is wrapped in
      mc:AlternateContent with a VML fallback (v:group / v:rect / v:shape + v:textbox)
      that repeats every text, as Word writes it. 七、办理时限 carries a SmartArt-like
      row of 5 boxes + 4 arrows as an INLINE group.
  blind143_yantai_yitu.docx / .pdf
      一图读懂《烟台片区支持企业深度融入共建“一带一路”若干措施》: a one-page 政策图解
      made only of text boxes anchored to the page (the body has one empty paragraph):
      banner, title, a 2-column grid of big numbers (3亿元, 18条, …) with captions —
      some number+caption in one box, some in two boxes, one caption ABOVE its number —
      and two columns of measure boxes. XML order is scrambled (right column before
      left, captions before numbers). The 发布 line is a legacy VML-only text box.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind143.py
(python-docx for the body, hand-written DrawingML/VML XML for the drawings,
LibreOffice with a private profile for the PDFs; nothing beyond the base venv.)
"""
import json
import os
import subprocess
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN_HAO, ER_HAO, SI_HAO = 16, 22, 14
LINE = Pt(28.9)

EMU_MM = 36000


def emu(mm_):
    return int(round(mm_ * EMU_MM))


def ptmm(mm_):
    return "%.2fpt" % (mm_ * 72 / 25.4)


NSX = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)


# ================================================================ body helpers
def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), ascii_font)
    rf.set(qn("w:hAnsi"), ascii_font)
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", east=FS, size=SAN_HAO, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False, color=None, line=LINE):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT):
    p = para(doc, "")
    set_font(p.add_run(head), head_font, SAN_HAO)
    set_font(p.add_run(body), FS, SAN_HAO)
    return p


def pborder(p, side, sz, color, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(p):
    def r(t):
        set_font(p.add_run(t), ST, SI_HAO)
    r("— ")
    for kind in ("begin", "instr", "separate", "text", "end"):
        rr = p.add_run()
        set_font(rr, ST, SI_HAO)
        if kind == "instr":
            rr._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            rr._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            rr._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    r(" —")


def setup_gongwen_page(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN_HAO)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


# ================================================================ drawing XML
def r_xml(text, east=FS, size=10.5, bold=False, color=None):
    sz = int(round(size * 2))
    rpr = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s" w:hint="eastAsia"/>' % east
    if bold:
        rpr += "<w:b/><w:bCs/>"
    if color:
        rpr += '<w:color w:val="%s"/>' % color
    rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz, sz)
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def p_xml(runs, jc="center", line_pt=None, before=0, after=0, first_chars=0):
    sp = '<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="%s"/>' % (
        before, after, int(line_pt * 20) if line_pt else 240, "exact" if line_pt else "auto")
    ind = '<w:ind w:firstLineChars="%d" w:firstLine="%d"/>' % (first_chars * 100, first_chars * 210) if first_chars else ""
    if isinstance(runs, str):
        runs = [runs]
    return '<w:p><w:pPr><w:snapToGrid w:val="0"/>%s%s<w:jc w:val="%s"/></w:pPr>%s</w:p>' % (sp, ind, jc, "".join(runs))


def txbx(paras):
    return "<w:txbxContent>%s</w:txbxContent>" % "".join(paras)


class Shp:
    """One shape. x, y, w, h in mm (relative to the group / page / paragraph)."""

    def __init__(self, key, geom, x, y, w, h, paras=None, fill="FFFFFF", line="000000", lw=0.75,
                 dash=None, name=None, head=False, tail=False, flipH=False, flipV=False, anchor="ctr",
                 ins=(1.5, 0.8, 1.5, 0.8), adj=None, av=None):
        self.key, self.geom = key, geom
        self.x, self.y, self.w, self.h = x, y, w, h
        self.paras = paras
        self.fill, self.line, self.lw, self.dash = fill, line, lw, dash
        self.name = name or key
        self.head, self.tail, self.flipH, self.flipV = head, tail, flipH, flipV
        self.anchor, self.ins, self.adj, self.av = anchor, ins, adj, av

    @property
    def is_conn(self):
        return self.geom in ("straightConnector1", "bentConnector2", "line")


class Grp:
    def __init__(self, key, children, name=None):
        self.key, self.children = key, children
        self.name = name or key
        xs = [c.x for c in children]
        ys = [c.y for c in children]
        xe = [c.x + c.w for c in children]
        ye = [c.y + c.h for c in children]
        self.x, self.y = min(xs), min(ys)
        self.w, self.h = max(xe) - self.x, max(ye) - self.y


_ids = [100]


def next_id():
    _ids[0] += 1
    return _ids[0]


def ln_xml(s):
    if s.line is None:
        return "<a:ln><a:noFill/></a:ln>"
    x = '<a:ln w="%d"><a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % (int(s.lw * 12700), s.line)
    if s.dash:
        x += '<a:prstDash val="%s"/>' % s.dash
    if s.head:
        x += '<a:headEnd type="triangle" w="med" len="med"/>'
    if s.tail:
        x += '<a:tailEnd type="triangle" w="med" len="med"/>'
    return x + "</a:ln>"


def wsp_xml(s, in_group):
    sid = next_id()
    out = "<wps:wsp>"
    if in_group:
        out += '<wps:cNvPr id="%d" name="%s %d"/>' % (sid, escape(s.name), sid)
    if s.is_conn:
        out += "<wps:cNvCnPr/>"
    elif s.paras is not None and s.geom == "rect":
        out += '<wps:cNvSpPr txBox="1"/>'
    else:
        out += "<wps:cNvSpPr/>"
    flips = (' flipH="1"' if s.flipH else "") + (' flipV="1"' if s.flipV else "")
    geom = "straightConnector1" if s.geom == "line" else s.geom
    av = '<a:avLst><a:gd name="adj" fmla="val %d"/></a:avLst>' % s.adj if s.adj is not None else "<a:avLst/>"
    if s.av:
        av = "<a:avLst>%s</a:avLst>" % "".join('<a:gd name="%s" fmla="val %d"/>' % kv for kv in s.av)
    out += '<wps:spPr><a:xfrm%s><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="%s">%s</a:prstGeom>' % (
        flips, emu(s.x), emu(s.y), emu(s.w), emu(s.h), geom, av)
    if s.is_conn:
        out += "<a:noFill/>"
    elif s.fill is None:
        out += "<a:noFill/>"
    else:
        out += '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % s.fill
    out += ln_xml(s) + "</wps:spPr>"
    if s.paras is not None:
        out += "<wps:txbx>%s</wps:txbx>" % txbx(s.paras)
        l, t, r, b = s.ins
        out += ('<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="%d" tIns="%d" rIns="%d" bIns="%d" anchor="%s" anchorCtr="0" upright="1">'
                "<a:noAutofit/></wps:bodyPr>") % (emu(l), emu(t), emu(r), emu(b), s.anchor)
    else:
        out += "<wps:bodyPr/>"
    return out + "</wps:wsp>"


def grpsp_xml(g, top):
    """top=True: <wpg:wgp> (the graphicData child); False: nested <wpg:grpSp>."""
    tag = "wpg:wgp" if top else "wpg:grpSp"
    out = "<%s>" % tag
    if not top:
        out += '<wpg:cNvPr id="%d" name="%s"/>' % (next_id(), escape(g.name))
    out += "<wpg:cNvGrpSpPr/>"
    # child coordinates = the same mm grid as the parent (chOff = off, chExt = ext)
    ox, oy = (0, 0) if top else (g.x, g.y)
    out += ('<wpg:grpSpPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/><a:chOff x="%d" y="%d"/><a:chExt cx="%d" cy="%d"/></a:xfrm></wpg:grpSpPr>'
            % (emu(ox), emu(oy), emu(g.w if not top else g.x + g.w), emu(g.h if not top else g.y + g.h),
               emu(ox), emu(oy), emu(g.w if not top else g.x + g.w), emu(g.h if not top else g.y + g.h)))
    for c in g.children:
        out += grpsp_xml(c, False) if isinstance(c, Grp) else wsp_xml(c, True)
    return out + "</%s>" % tag


# ---------------------------------------------------------------- VML fallback
VML_TYPES = {
    "t202": '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>',
    "t4": '<v:shapetype id="_x0000_t4" coordsize="21600,21600" o:spt="4" path="m10800,l,10800,10800,21600,21600,10800xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect" textboxrect="5400,5400,16200,16200"/></v:shapetype>',
    "t116": '<v:shapetype id="_x0000_t116" coordsize="21600,21600" o:spt="116" path="m3475,qx,10800,3475,21600l18125,21600qx21600,10800,18125,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect" textboxrect="1018,3163,20582,18437"/></v:shapetype>',
    "t61": '<v:shapetype id="_x0000_t61" coordsize="21600,21600" o:spt="61" adj="1350,25920" path="m,l0@8@12@24,0@9,,21600@6,21600@15@27@7,21600,21600,21600,21600@9@18@30,21600@8,21600,0@7,0@21@33@6,xe"><v:stroke joinstyle="miter"/><v:path o:connecttype="custom" textboxrect="1791,1791,19809,19809"/></v:shapetype>',
    "t13": '<v:shapetype id="_x0000_t13" coordsize="21600,21600" o:spt="13" adj="16200,5400" path="m@0,l@0@1,0@1,0@2@0@2@0,21600,21600,10800xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="custom" textboxrect="0,@1,@6,@2"/></v:shapetype>',
}
_spid = [2049]


def spid():
    _spid[0] += 1
    return "_x0000_s%d" % _spid[0]


def vml_shape(s, pos_style, used_types):
    """pos_style: 'position:absolute;left:..;top:..;width:..;height:..' (group units) or absolute pt with margins."""
    stroke = ""
    attrs = ""
    if s.line is None:
        attrs += ' stroked="f"'
    else:
        attrs += ' strokecolor="#%s" strokeweight="%.2fpt"' % (s.line, s.lw)
        if s.dash:
            stroke = '<v:stroke dashstyle="dash"/>'
    if s.fill is None:
        attrs += ' filled="f"'
    else:
        attrs += ' fillcolor="#%s"' % s.fill
    tb = ""
    if s.paras is not None:
        l, t, r, b = s.ins
        tb = '<v:textbox inset="%.1fmm,%.1fmm,%.1fmm,%.1fmm"><w:txbxContent>%s</w:txbxContent></v:textbox>' % (l, t, r, b, "".join(s.paras))
    st = pos_style + (";v-text-anchor:middle" if s.anchor == "ctr" else ";v-text-anchor:top")
    sid = spid()
    g = s.geom
    if g == "rect" and s.paras is not None and s.line is None:
        used_types.add("t202")
        return '<v:shape id="%s" o:spid="%s" type="#_x0000_t202" style="%s"%s>%s%s</v:shape>' % (escape(s.name), sid, st, attrs, stroke, tb)
    if g in ("rect", "flowChartProcess"):
        return '<v:rect id="%s" o:spid="%s" style="%s"%s>%s%s</v:rect>' % (escape(s.name), sid, st, attrs, stroke, tb)
    if g in ("roundRect", "flowChartAlternateProcess"):
        return '<v:roundrect id="%s" o:spid="%s" style="%s" arcsize="10923f"%s>%s%s</v:roundrect>' % (escape(s.name), sid, st, attrs, stroke, tb)
    if g == "flowChartTerminator":
        used_types.add("t116")
        return '<v:shape id="%s" o:spid="%s" type="#_x0000_t116" style="%s"%s>%s%s</v:shape>' % (escape(s.name), sid, st, attrs, stroke, tb)
    if g == "flowChartDecision":
        used_types.add("t4")
        return '<v:shape id="%s" o:spid="%s" type="#_x0000_t4" style="%s"%s>%s%s</v:shape>' % (escape(s.name), sid, st, attrs, stroke, tb)
    if g == "wedgeRectCallout":
        used_types.add("t61")
        return '<v:shape id="%s" o:spid="%s" type="#_x0000_t61" style="%s" adj="-6480,5400"%s>%s%s</v:shape>' % (escape(s.name), sid, st, attrs, stroke, tb)
    if g == "rightArrow":
        used_types.add("t13")
        return '<v:shape id="%s" o:spid="%s" type="#_x0000_t13" style="%s"%s>%s</v:shape>' % (escape(s.name), sid, st, attrs, stroke)
    raise ValueError(g)


def vml_conn(s, unit):
    x1, y1, x2, y2 = s.x, s.y, s.x + s.w, s.y + s.h
    if s.flipH:
        x1, x2 = x2, x1
    if s.flipV:
        y1, y2 = y2, y1
    st = '<v:stroke%s%s/>' % (' startarrow="block"' if s.head else "", ' endarrow="block"' if s.tail else "")
    sid = spid()
    if s.geom == "bentConnector2":
        pts = "%d,%d,%d,%d,%d,%d" % (unit(x1), unit(y1), unit(x2), unit(y1), unit(x2), unit(y2))
        return '<v:polyline id="%s" o:spid="%s" style="position:absolute" points="%s" filled="f" strokecolor="#%s" strokeweight="%.2fpt">%s</v:polyline>' % (
            escape(s.name), sid, pts, s.line, s.lw, st)
    return '<v:line id="%s" o:spid="%s" style="position:absolute" from="%d,%d" to="%d,%d" strokecolor="#%s" strokeweight="%.2fpt">%s</v:line>' % (
        escape(s.name), sid, unit(x1), unit(y1), unit(x2), unit(y2), s.line, s.lw, st)


def vml_group(g, outer_style, used_types, top=True):
    unit = lambda v: int(round(v * 100))  # 1/100 mm
    inner = ""
    for c in g.children:
        if isinstance(c, Grp):
            inner += vml_group(c, "position:absolute;left:%d;top:%d;width:%d;height:%d" % (unit(c.x), unit(c.y), unit(c.w), unit(c.h)), used_types, top=False)
        elif c.is_conn:
            inner += vml_conn(c, unit)
        else:
            inner += vml_shape(c, "position:absolute;left:%d;top:%d;width:%d;height:%d" % (unit(c.x), unit(c.y), unit(c.w), unit(c.h)), used_types)
    ox, oy = (0, 0) if top else (g.x, g.y)
    cw, ch = (g.x + g.w, g.y + g.h) if top else (g.w, g.h)
    return '<v:group id="%s" o:spid="%s" style="%s" coordorigin="%d,%d" coordsize="%d,%d">%s</v:group>' % (
        escape(g.name), spid(), outer_style, unit(ox), unit(oy), unit(cw), unit(ch), inner)


def types_xml(used):
    return "".join(VML_TYPES[t] for t in sorted(used))


_rel_h = [251659264]


def anchor_xml(graphic_uri, inner, x, y, w, h, rel_h="column", rel_v="paragraph", wrap="none", behind=False, name="文本框"):
    _rel_h[0] += 1024
    did = next_id()
    wrap_x = {"none": "<wp:wrapNone/>", "topbottom": "<wp:wrapTopAndBottom/>"}[wrap]
    return (
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>%s'
        '<wp:docPr id="%d" name="%s %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="%s">%s</a:graphicData></a:graphic>'
        '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
        '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
        "</wp:anchor>"
    ) % (_rel_h[0], 1 if behind else 0, rel_h, emu(x), rel_v, emu(y), emu(w), emu(h), wrap_x, did, name, did, graphic_uri, inner)


URI_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
URI_WPG = "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"


def vml_abs_style(x, y, w, h, rel_h, rel_v, z, wrap_topbottom=False):
    return ("position:absolute;margin-left:%s;margin-top:%s;width:%s;height:%s;z-index:%d;"
            "mso-position-horizontal-relative:%s;mso-position-vertical-relative:%s") % (
        ptmm(x), ptmm(y), ptmm(w), ptmm(h), z, "page" if rel_h == "page" else "text", "page" if rel_v == "page" else "text")


def alt_content_run(choice_requires, drawing_inner, fallback_pict):
    return parse_xml(
        '<w:r %s><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="%s"><w:drawing>%s</w:drawing></mc:Choice>'
        "<mc:Fallback><w:pict>%s</w:pict></mc:Fallback></mc:AlternateContent></w:r>" % (NSX, choice_requires, drawing_inner, fallback_pict))


def add_anchored_shape(p, s, rel_h="column", rel_v="paragraph", behind=False, name="文本框"):
    used = set()
    inner = wsp_xml(s, False)
    anc = anchor_xml(URI_WPS, inner, s.x, s.y, s.w, s.h, rel_h, rel_v, behind=behind, name=name)
    # VML: top-level shapes are positioned with margin-left/top in pt
    s2 = Shp(s.key, s.geom, 0, 0, s.w, s.h, s.paras, s.fill, s.line, s.lw, s.dash, s.name, anchor=s.anchor, ins=s.ins)
    st = vml_abs_style(s.x, s.y, s.w, s.h, rel_h, rel_v, _rel_h[0])
    v = vml_shape(s2, st, used)
    p._p.append(alt_content_run("wps", anc, types_xml(used) + v))


def add_anchored_group(p, g, x, y, rel_h="column", rel_v="paragraph", wrap="topbottom", name="组合"):
    used = set()
    inner = grpsp_xml(g, True)
    W, H = g.x + g.w, g.y + g.h
    anc = anchor_xml(URI_WPG, inner, x, y, W, H, rel_h, rel_v, wrap=wrap, name=name)
    st = vml_abs_style(x, y, W, H, rel_h, rel_v, _rel_h[0])
    vg = vml_group(g, st, used)
    if wrap == "topbottom":
        vg = vg[: -len("</v:group>")] + '<w10:wrap type="topAndBottom"/></v:group>'
    p._p.append(alt_content_run("wpg", anc, types_xml(used) + vg))


def add_inline_group(p, g, name="组合"):
    used = set()
    inner = grpsp_xml(g, True)
    W, H = g.x + g.w, g.y + g.h
    did = next_id()
    inl = ('<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
           '<wp:docPr id="%d" name="%s %d"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="%s">%s</a:graphicData></a:graphic></wp:inline>') % (
        emu(W), emu(H), did, name, did, URI_WPG, inner)
    vg = vml_group(g, "width:%s;height:%s;mso-position-horizontal-relative:char;mso-position-vertical-relative:line" % (ptmm(W), ptmm(H)), used)
    p._p.append(alt_content_run("wpg", inl, types_xml(used) + vg))


def add_vml_only_textbox(p, s, rel_h="page", rel_v="page"):
    """A legacy text box as older Word / WPS write it: w:pict > v:shape type t202 > v:textbox, no DrawingML."""
    used = {"t202"}
    st = vml_abs_style(s.x, s.y, s.w, s.h, rel_h, rel_v, 251700000)
    l, t, r, b = s.ins
    xml = ('<w:r %s><w:pict>%s<v:shape id="%s" o:spid="%s" type="#_x0000_t202" style="%s;v-text-anchor:middle" filled="f" stroked="f">'
           '<v:textbox inset="%.1fmm,%.1fmm,%.1fmm,%.1fmm"><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>') % (
        NSX, types_xml(used), escape(s.name), spid(), st, l, t, r, b, "".join(s.paras))
    p._p.append(parse_xml(xml))


# ================================================================ file 1: 岳阳 办事指南
YY_BANTOU = ["中国（湖南）自由贸易试验区岳阳片区", "管理委员会文件"]
YY_NUM = "岳自贸片管发〔2024〕15号"
YY_ISSUER = "中国（湖南）自由贸易试验区岳阳片区管理委员会"
YY_GUIDE = "岳阳片区企业境外投资备案办事指南"
# the title typed as THREE paragraphs, broken by length (the second break falls inside the 书名号)
YY_TITLE_PARTS = ["中国（湖南）自由贸易试验区岳阳片区", "管理委员会关于印发《岳阳片区企业境外", "投资备案办事指南》的通知"]
YY_TITLE = "".join(YY_TITLE_PARTS)
YY_ZHUSONG = "片区各部门、各直属单位，各有关企业："
YY_BODY = [
    "按照《湖南省人民政府关于向中国（湖南）自由贸易试验区下放第二批省级管理权限的决定》要求，自2024年9月1日起，岳阳片区内企业开展的非敏感类境外投资备案由片区管委会直接办理，不再报省商务厅。为方便企业办事，片区管委会组织编制了《岳阳片区企业境外投资备案办事指南》，现印发给你们，请认真遵照执行。",
    "片区政务服务中心要在商务综合窗口和“湖南政务服务网”岳阳片区专栏同步公示本指南及办理流程图，做好咨询引导；片区经济发展局要于每季度结束后10个工作日内，将备案情况汇总报省商务厅对外投资和经济合作处。",
    "本指南自2024年9月1日起施行，由片区经济发展局负责解释。",
]
YY_DATE_CN = "2024年8月20日"
YY_CHAOSONG = "省商务厅，岳阳市人民政府办公室，岳阳市商务局。"
YY_PRINTER = "岳阳片区管理委员会党政办公室"
YY_PRINT_DATE = "2024年8月21日"

G_SEC = [
    ("一、适用范围", ["注册在中国（湖南）自由贸易试验区岳阳片区（19.94平方公里，含城陵矶新港区区块和岳阳经济技术开发区区块）的企业，在非敏感国家和地区开展非敏感行业的境外投资（包括新设、并购、增资等），适用本指南。中央管理企业、金融企业的境外投资不适用本指南。"]),
    ("二、设定依据", ["《境外投资管理办法》（商务部令2014年第3号）第六条、第九条。"]),
    ("三、办理机构", ["受理机构：岳阳片区政务服务中心商务综合窗口（岳阳市城陵矶新港区通海路9号片区综合服务大楼一楼8号窗口）；审查及备案机构：岳阳片区经济发展局。"]),
]
G_COND_HEAD = "四、申请条件"
G_COND = [
    ("（一）", "申请人为在岳阳片区依法注册的企业。"),
    ("（二）", "投资目的地不属于《境外投资敏感国家和地区名录》所列国家和地区，投资行业不属于《境外投资敏感行业目录》所列行业。"),
    ("（三）", "境外投资真实、合规，不违反我国法律法规和我国缔结或者参加的国际条约、协定。"),
]
G_MAT_HEAD = "五、申请材料"
G_MAT_HEADER = ["序号", "材料名称", "材料要求", "份数"]
G_MAT_ROWS = [
    ["1", "《境外投资备案表》", "在商务部业务系统统一平台填报后打印，加盖企业公章", "原件1份"],
    ["2", "营业执照", "核验原件，留存加盖公章的复印件", "复印件1份"],
    ["3", "境外投资真实性承诺书", "法定代表人签字并加盖企业公章", "原件1份"],
    ["4", "前期工作落实情况说明", "并购类项目提交，包括尽职调查、价格磋商等情况", "原件1份"],
]
G_MAT_NOTE = "注：选择全程网办的，上传上述材料的扫描件即可，无需提交纸质材料。"
G_FLOW_HEAD = "六、办理流程"
G_FLOW_INTRO = "企业境外投资备案按照“申请—受理—审查—备案—发证”五个环节办理，具体流程见图1。"
G_FIG1 = "图1　企业境外投资备案办理流程图"
G_TIME_HEAD = "七、办理时限"
G_TIME = "法定办结时限3个工作日，承诺办结时限2个工作日（自受理之日起计算，不含企业补正材料时间）。"
G_FIG2 = "图2　各环节办理时限示意"
G_TAIL = [
    ("八、收费标准及办理结果", "本事项不收费。准予备案的，颁发《企业境外投资证书》；企业自领取证书之日起2年内未开展境外投资的，证书自动失效。"),
    ("九、咨询及监督", "咨询电话：0730-8295106（片区经济发展局对外经济合作科）；监督电话：0730-8295100（片区纪工委）；也可拨打12345政务服务便民热线。"),
]

# flowchart texts: (head, body) -> "head：body" in one paragraph
F_START = "开始"
F_END = "结束"
F_APPLY = ("申请", "企业登录商务部业务系统统一平台填报《境外投资备案表》，打印并加盖公章后，连同其他申请材料向片区政务服务中心商务综合窗口提交。")
F_ACCEPT = ("受理", "窗口工作人员当场核对申请材料。")
F_D1 = "申请材料是否齐全、符合法定形式？"
F_FIX = "出具《一次性告知单》，一次性告知企业需补正的全部内容；企业补正后重新提交。"
F_REVIEW = ("审查", "片区经济发展局对照敏感国家和地区名录、敏感行业目录进行审查，1个工作日内完成。")
F_D2 = "是否涉及敏感国家和地区或敏感行业？"
F_REJECT = "不予备案，书面告知企业按规定报商务部申请核准。"
F_FILE = ("备案", "在系统中予以备案，生成备案编号。")
F_CERT = ("发证", "颁发《企业境外投资证书》，企业可选择窗口领取或免费邮寄送达。")
F_NOTE = "说明：选择全程网办的，企业通过“湖南政务服务网”提交电子材料，无需到现场；受理后2个工作日内办结。"
ROW = [("申请", "企业自主"), ("受理", "当场"), ("审查", "1个工作日"), ("备案", "1个工作日"), ("发证", "即时")]


def hb(pair):
    return "%s：%s" % pair


def fp(text, size=10, bold=False, jc="center", east=FS, color=None, line=13):
    return p_xml(r_xml(text, east, size, bold, color), jc=jc, line_pt=line)


def fp_hb(pair, size=10, jc="both"):
    return p_xml([r_xml(pair[0] + "：", HT, size, False), r_xml(pair[1], FS, size)], jc=jc, line_pt=13)


def build_flowchart():
    X, W = 12, 90  # main column
    C = X + W / 2  # 57
    SX, SW = 110, 40  # side column
    # main column shapes (creation order: the author drew the boxes first)
    start = Shp("start", "flowChartTerminator", 42, 0, 30, 8, [fp(F_START, 10.5, True, east=HT)], name="流程图: 终止")
    apply_ = Shp("apply", "flowChartProcess", X, 12, W, 22, [fp_hb(F_APPLY)], name="流程图: 过程")
    accept = Shp("accept", "flowChartProcess", X, 38, W, 10, [fp_hb(F_ACCEPT, jc="center")], name="流程图: 过程")
    review = Shp("review", "flowChartProcess", X, 80, W, 16, [fp_hb(F_REVIEW)], name="流程图: 过程")
    filing = Shp("filing", "flowChartProcess", X, 128, W, 10, [fp_hb(F_FILE, jc="center")], name="流程图: 过程")
    cert = Shp("cert", "flowChartProcess", X, 142, W, 14, [fp_hb(F_CERT)], name="流程图: 过程")
    end = Shp("end", "flowChartTerminator", 42, 160, 30, 8, [fp(F_END, 10.5, True, east=HT)], name="流程图: 终止")
    d1 = Shp("d1", "flowChartDecision", X, 52, W, 24, [fp(F_D1, 10, line=12)], name="流程图: 决策", ins=(0.5, 0.3, 0.5, 0.3))
    d2 = Shp("d2", "flowChartDecision", X, 100, W, 24, [fp(F_D2, 10, line=12)], name="流程图: 决策", ins=(0.5, 0.3, 0.5, 0.3))
    fix = Shp("fix", "flowChartAlternateProcess", SX, 53, SW, 22, [fp(F_FIX, 9.5, jc="both", line=12)], name="流程图: 可选过程")
    reject = Shp("reject", "flowChartAlternateProcess", SX, 103, SW, 18, [fp(F_REJECT, 9.5, jc="both", line=12)], name="流程图: 可选过程")
    # connectors
    conns = []
    for i, (y1, y2) in enumerate([(8, 12), (34, 38), (48, 52), (76, 80), (96, 100), (124, 128), (138, 142), (156, 160)]):
        conns.append(Shp("c%d" % i, "line", C, y1, 0, y2 - y1, None, fill=None, tail=True, name="直接箭头连接符"))
    c_no1 = Shp("c_no1", "line", X + W, 64, SX - X - W, 0, None, fill=None, tail=True, name="直接箭头连接符")
    c_back = Shp("c_back", "bentConnector2", X + W, 23, SX + SW / 2 - X - W, 53 - 23, None, fill=None, head=True, name="连接符: 肘形")
    c_yes2 = Shp("c_yes2", "line", X + W, 112, SX - X - W, 0, None, fill=None, tail=True, name="直接箭头连接符")
    # labels (borderless text boxes), drawn last
    lab = lambda key, t, x, y: Shp(key, "rect", x, y, 7, 5.5, [fp(t, 10.5, True, east=HT, line=12)], fill=None, line=None, name="文本框", ins=(0, 0, 0, 0))
    l_no1 = lab("l_no1", "否", 101.5, 58)
    l_yes1 = lab("l_yes1", "是", 58, 76.5)
    l_yes2 = lab("l_yes2", "是", 101.5, 106)
    l_no2 = lab("l_no2", "否", 58, 124.5)
    fixgrp = Grp("fixgrp", [fix, c_no1, c_back, l_no1], name="组合 补正")
    children = [start, apply_, accept, review, filing, cert, end, d1, d2, reject] + conns + [c_yes2, l_yes1, l_yes2, l_no2, fixgrp]
    g = Grp("flow", children, name="组合 流程图")
    note = Shp("note", "wedgeRectCallout", SX + 3, 130, SW - 3, 30, [fp(F_NOTE, 9.5, jc="both", line=12)], fill="FFF7E6", line="C00000", dash="dash",
               name="对话气泡: 矩形", av=[("adj1", -70000), ("adj2", -33333)], anchor="t")
    return g, note


def build_row():
    kids = []
    bw, aw = 24, 7.5
    x = 0
    for i, (a, b) in enumerate(ROW):
        kids.append(Shp("row%d" % i, "roundRect", x, 0, bw, 16,
                        [fp(a, 11, True, east=HT, color="FFFFFF", line=14), fp(b, 9.5, east=FS, color="FFFFFF", line=12)],
                        fill="2F5597", line="2F5597", name="圆角矩形"))
        x += bw
        if i < len(ROW) - 1:
            kids.append(Shp("arr%d" % i, "rightArrow", x + 1, 5, aw - 2, 6, None, fill="A6A6A6", line=None, name="箭头: 右"))
            x += aw
    return Grp("row", kids, name="组合 时限")


def banhead(doc):
    for ln in YY_BANTOU:
        p = para(doc, "", XBZ, 24, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(34))
        set_font(p.add_run(ln), XBZ, 24, color=RED)


def build_yueyang(path):
    doc = Document()
    setup_gongwen_page(doc)
    doc.core_properties.author = "yyzmq-dzb"
    doc.core_properties.title = ""
    banhead(doc)
    para(doc, "", indent=0)
    p = para(doc, YY_NUM, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    pborder(p, "bottom", 18, "E60012", 8)
    para(doc, "", indent=0)
    for t in YY_TITLE_PARTS:
        para(doc, t, XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)
    para(doc, YY_ZHUSONG, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    for t in YY_BODY:
        para(doc, t)
    para(doc, "", indent=0)
    para(doc, "附件：" + YY_GUIDE)
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, YY_ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    p = para(doc, YY_DATE_CN, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 4)
    para(doc, "（此件公开发布）")
    page_break(doc)
    # ---------------- 附件: the guide
    para(doc, "附件", HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, "", indent=0)
    para(doc, YY_GUIDE, XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)
    for head, items in G_SEC:
        para(doc, head, HT)
        for t in items:
            para(doc, t)
    para(doc, G_COND_HEAD, HT)
    for h, t in G_COND:
        runin(doc, h, t, head_font=FS)
    para(doc, G_MAT_HEAD, HT)
    tbl = doc.add_table(rows=1 + len(G_MAT_ROWS), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(14), Mm(44), Mm(72), Mm(24)]
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, wd in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(wd.twips)))
    for ri in range(1 + len(G_MAT_ROWS)):
        vals = G_MAT_HEADER if ri == 0 else G_MAT_ROWS[ri - 1]
        for ci, txt in enumerate(vals):
            c = tbl.cell(ri, ci)
            c.width = widths[ci]
            cp = c.paragraphs[0]
            cp.alignment = WD_ALIGN_PARAGRAPH.CENTER if ci != 2 or ri == 0 else WD_ALIGN_PARAGRAPH.LEFT
            set_font(cp.add_run(txt), HT if ri == 0 else FS, 12)
    para(doc, G_MAT_NOTE, size=14, line=Pt(24))
    page_break(doc)
    para(doc, G_FLOW_HEAD, HT)
    para(doc, G_FLOW_INTRO)
    # the paragraph that anchors the flowchart group + the callout
    anchor_p = para(doc, "", indent=0, line=Pt(12))
    g, note = build_flowchart()
    add_anchored_group(anchor_p, g, 0, 2, rel_h="column", rel_v="paragraph", wrap="topbottom", name="组合")
    add_anchored_shape(anchor_p, note, rel_h="column", rel_v="paragraph", name="对话气泡: 矩形")
    para(doc, G_FIG1, HT, 12, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(20))
    page_break(doc)
    para(doc, G_TIME_HEAD, HT)
    para(doc, G_TIME)
    rp = para(doc, "", indent=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    rp.paragraph_format.space_before = Pt(6)
    add_inline_group(rp, build_row(), name="组合")
    para(doc, G_FIG2, HT, 12, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(22))
    for h, t in G_TAIL:
        para(doc, h, HT)
        para(doc, t)
    # 版记 at the end of the last page
    for _ in range(6):
        para(doc, "", indent=0)
    p = para(doc, "抄送：" + YY_CHAOSONG, FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO)
    pborder(p, "top", 12, "000000", 2)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO)
    set_font(p.add_run(YY_PRINTER + "\t" + YY_PRINT_DATE + "印发"), FS, SI_HAO)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
    pborder(p, "top", 4, "000000", 2)
    pborder(p, "bottom", 12, "000000", 2)
    doc.save(path)


# ================================================================ file 2: 烟台 一图读懂
YT_POLICY = "中国（山东）自由贸易试验区烟台片区支持企业深度融入共建“一带一路”若干措施"
YT_POLICY_SHORT = "烟台片区支持企业深度融入共建“一带一路”若干措施"
YT_TITLE = "一图读懂《%s》" % YT_POLICY
YT_ISSUER = "中国（山东）自由贸易试验区烟台片区管理委员会"
YT_POLICY_NUM = "烟自贸管发〔2024〕7号"
YT_SOURCE = "政策文号：%s　　印发日期：2024年10月12日" % YT_POLICY_NUM
YT_BG_HEAD = "政策背景"
YT_BG = "为推动片区企业深度融入共建“一带一路”，加快建设中日韩地方经贸合作示范区，片区管委会制定《若干措施》，自2024年11月1日起施行，有效期至2026年12月31日。"
YT_SEC1 = ("01", "核心数据")
YT_SEC2 = ("02", "主要措施")
# big numbers: (number, caption, layout) layout: one = single box; two = number box above caption box; cap_above = caption box above number box
YT_NUMS = [
    ("3亿元", "片区每年统筹安排专项资金支持企业“走出去”", "two"),
    ("18条", "围绕5个方面出台18条具体措施", "one"),
    ("500万元", "单个境外投资项目奖励最高额度", "two"),
    ("1000万元", "公共海外仓建设补助最高额度", "one"),
    ("80%", "短期出口信用保险保费最高补贴比例", "one"),
    ("100万元", "新开至共建“一带一路”国家集装箱航线，每条奖励", "cap_above"),
]
YT_COLS = {
    "L1": ("支持境外投资", [
        "对中方实际投资额1000万美元以上的新设境外企业，按实际投资额的2%给予奖励，单个项目最高500万元。",
        "对在共建“一带一路”国家开展境外并购的，按中介服务费的50%给予补贴，最高100万元。"]),
    "L2": ("支持对外贸易", [
        "对企业在日本、韩国及东盟国家建设的公共海外仓，按实际投资额的30%给予补助，最高1000万元。",
        "短期出口信用保险保费按最高80%给予补贴。"]),
    "L3": ("支持国际物流", [
        "对新开至共建“一带一路”国家港口的集装箱航线，每条奖励100万元。",
        "对经烟台港开展海铁联运的，按每标准箱150元给予补贴，单个企业年度最高200万元。"]),
    "R1": ("强化金融服务", [
        "设立规模10亿元的烟台片区“丝路基金”，重点投向境外资源开发和产能合作项目。",
        "对企业境外投资项目贷款，按贷款市场报价利率（LPR）的30%给予贴息，单个企业年度最高300万元。"]),
    "R2": ("优化服务保障", [
        "在片区政务服务中心设立“走出去”综合服务窗口，境外投资备案1个工作日办结。",
        "对入驻中韩（烟台）产业园的境外投资服务机构，给予3年房租减免。"]),
    "R3": ("申报指引", [
        "申报时间：每年3月1日至4月30日集中申报上年度项目。",
        "申报方式：登录“烟台片区企业服务平台”在线申报。",
        "咨询电话：0535-6396817（片区经济发展局）"]),
}
YT_FOOT = "%s　2024年10月16日发布" % YT_ISSUER
BULLET = "● "


def build_yantai(path):
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(15), Mm(10)
    s.left_margin, s.right_margin = Mm(15), Mm(15)
    doc.core_properties.author = "ytkfq-jjfzj"
    doc.core_properties.title = "一图读懂"
    st = doc.styles["Normal"]
    st.font.size = Pt(10.5)
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), ST)
    p = doc.add_paragraph()  # the single body paragraph every shape is anchored to
    RED_ = "C00000"
    LX, RX, CW = 15, 108, 87
    shapes = {}
    # background (decoration, no text, behind the text)
    shapes["bg"] = Shp("bg", "rect", 10, 8, 190, 282, None, fill="FDF3E7", line=None, name="矩形")
    shapes["banner"] = Shp("banner", "roundRect", 15, 12, 180, 19, [fp("一图读懂", 30, True, east=HT, color="FFFFFF", line=36)], fill=RED_, line=None, name="圆角矩形")
    shapes["title"] = Shp("title", "rect", 15, 33, 180, 20, [fp("《%s》" % YT_POLICY, 16, False, east=XBZ, color=RED_, line=22)], fill=None, line=None, name="文本框")
    shapes["source"] = Shp("source", "rect", 15, 54, 180, 7, [fp(YT_SOURCE, 10.5, east=FS, line=13)], fill=None, line=None, name="文本框")
    shapes["bgbox"] = Shp("bgbox", "roundRect", 15, 63, 180, 23,
                          [fp(YT_BG_HEAD, 12, True, east=HT, color=RED_, jc="left", line=16), fp(YT_BG, 10.5, east=FS, jc="both", line=15)],
                          fill="FFFFFF", line=RED_, name="圆角矩形", anchor="t", ins=(3, 1.5, 3, 1.5))
    shapes["sec1"] = Shp("sec1", "rect", 15, 89, 60, 8,
                         [p_xml([r_xml(YT_SEC1[0] + "  ", HT, 16, True, RED_), r_xml(YT_SEC1[1], HT, 13, True)], jc="left", line_pt=18)],
                         fill=None, line=None, name="文本框", ins=(0, 0, 0, 0))
    rows_y = [99, 121, 143]
    for i, (num, cap, lay) in enumerate(YT_NUMS):
        x = LX if i % 2 == 0 else RX
        y = rows_y[i // 2]
        big = lambda: fp(num, 26, True, east=HT, color=RED_, line=30)
        small = lambda: fp(cap, 10, east=FS, line=13)
        if lay == "one":
            shapes["n%d" % i] = Shp("n%d" % i, "roundRect", x, y, CW, 20, [big(), small()], fill="FFFFFF", line="E0B0B0", name="圆角矩形")
        elif lay == "two":
            shapes["n%d_num" % i] = Shp("n%d_num" % i, "rect", x, y, CW, 11, [big()], fill=None, line=None, name="文本框", ins=(0, 0, 0, 0))
            shapes["n%d_cap" % i] = Shp("n%d_cap" % i, "rect", x, y + 11, CW, 9, [small()], fill=None, line=None, name="文本框", ins=(0, 0, 0, 0))
        else:  # caption above the number
            shapes["n%d_cap" % i] = Shp("n%d_cap" % i, "rect", x, y, CW, 8, [small()], fill=None, line=None, name="文本框", ins=(0, 0, 0, 0))
            shapes["n%d_num" % i] = Shp("n%d_num" % i, "rect", x, y + 8, CW, 12, [big()], fill=None, line=None, name="文本框", ins=(0, 0, 0, 0))
    shapes["sec2"] = Shp("sec2", "rect", 15, 164, 60, 8,
                         [p_xml([r_xml(YT_SEC2[0] + "  ", HT, 16, True, RED_), r_xml(YT_SEC2[1], HT, 13, True)], jc="left", line_pt=18)],
                         fill=None, line=None, name="文本框", ins=(0, 0, 0, 0))
    col_y = {"1": 174, "2": 210, "3": 241}
    col_h = {"1": 34, "2": 29, "3": 34}
    for k, (head, items) in YT_COLS.items():
        x = LX if k[0] == "L" else RX
        y = col_y[k[1]]
        ps = [fp(head, 12, True, east=HT, color=RED_, jc="left", line=16)]
        for t in items:
            ps.append(fp((BULLET if k != "R3" else "") + t, 9.5, east=FS, jc="both", line=12.5))
        shapes[k] = Shp(k, "roundRect", x, y, CW, col_h[k[1]], ps, fill="FFFFFF", line=RED_, name="圆角矩形", anchor="t", ins=(2.5, 1.2, 2.5, 1.2))
    # creation (XML) order: scrambled, as a designer adds and moves boxes
    order = ["bg", "R3", "R2", "R1", "n1", "n0_cap", "n2_cap", "n0_num", "n2_num", "n3", "n5_num", "n5_cap", "n4",
             "L1", "L2", "L3", "sec2", "sec1", "banner", "bgbox", "title", "source"]
    for k in order:
        sh = shapes[k]
        add_anchored_shape(p, sh, rel_h="page", rel_v="page", behind=(k == "bg"), name="文本框" if sh.geom == "rect" else "圆角矩形")
    foot = Shp("foot", "rect", 15, 278, 180, 8, [fp(YT_FOOT, 10.5, east=FS, line=13)], fill=None, line=None, name="Text Box 2", ins=(0, 0, 0, 0))
    add_vml_only_textbox(p, foot)
    doc.save(path)
    return order


# ================================================================ PDF
def to_pdf(docx_path):
    prof = "/tmp/lo_143"
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def expected(yt_order):
    flow_shapes = [
        {"text": F_START, "role": "decoration (terminator 开始)", "geom": "flowChartTerminator", "clause": False},
        {"text": hb(F_APPLY), "role": "step", "geom": "flowChartProcess", "clause": True},
        {"text": hb(F_ACCEPT), "role": "step", "geom": "flowChartProcess", "clause": True},
        {"text": F_D1, "role": "decision", "geom": "flowChartDecision", "clause": True},
        {"text": "否", "role": "label (branch of the decision above → the 补正 box; inside the nested group)", "clause": False},
        {"text": F_FIX, "role": "branch step (否), side column, nested group; elbow connector loops back to 申请", "geom": "flowChartAlternateProcess", "clause": True},
        {"text": "是", "role": "label (main-line branch of 申请材料是否齐全 → 审查)", "clause": False},
        {"text": hb(F_REVIEW), "role": "step", "geom": "flowChartProcess", "clause": True},
        {"text": F_D2, "role": "decision", "geom": "flowChartDecision", "clause": True},
        {"text": "是", "role": "label (SIDE branch of the second decision → 不予备案; note 是 goes sideways here, 否 goes down — the reverse of the first decision)", "clause": False},
        {"text": F_REJECT, "role": "branch step (是), side column", "geom": "flowChartAlternateProcess", "clause": True},
        {"text": "否", "role": "label (main-line branch → 备案)", "clause": False},
        {"text": hb(F_FILE), "role": "step", "geom": "flowChartProcess", "clause": True},
        {"text": hb(F_CERT), "role": "step", "geom": "flowChartProcess", "clause": True},
        {"text": F_END, "role": "decoration (terminator 结束)", "geom": "flowChartTerminator", "clause": False},
        {"text": F_NOTE, "role": "side note (dashed callout wedgeRectCallout, a SEPARATE anchored shape outside the group, beside 备案/发证)", "geom": "wedgeRectCallout", "clause": True},
    ]
    flow_xml_order = [F_START, hb(F_APPLY), hb(F_ACCEPT), hb(F_REVIEW), hb(F_FILE), hb(F_CERT), F_END, F_D1, F_D2, F_REJECT,
                      "是", "是", "否", "[nested group:] " + F_FIX, "否", "[separate anchor:] " + F_NOTE]
    row_shapes = [{"text": "%s %s" % ab, "paragraphs": list(ab), "role": "process box %d of 5 (two paragraphs: step, time)" % (i + 1)} for i, ab in enumerate(ROW)]
    row_shapes_arrows = "4 rightArrow shapes between the boxes: decoration, no text"
    yy_clauses = list(YY_BODY)
    for head, items in G_SEC:
        yy_clauses += items
    yy_clauses += [h + t for h, t in G_COND]
    yy_clauses += [row_clause(G_MAT_HEADER, r) for r in G_MAT_ROWS]
    yy_clauses += [G_MAT_NOTE, G_FLOW_INTRO]
    yy_clauses += [s["text"] for s in flow_shapes if s["clause"]]
    yy_clauses += [G_TIME]
    yy_clauses += ["%s：%s" % ab for ab in ROW]
    yy_clauses += [t for h, t in G_TAIL]
    yy = {
        "meta": {
            "title": YY_TITLE,
            "doc_number": YY_NUM,
            "issuer": [YY_ISSUER],
            "date": "2024-08-20",
            "published": "2024-08-21",
            "level": "municipal",
            "region": "湖南省岳阳市（中国（湖南）自由贸易试验区岳阳片区）",
            "effective": "2024-09-01",
            "expires": None,
            "attachments": [YY_GUIDE],
            "doc_type": "通知",
            "recipients": ["片区各部门、各直属单位", "各有关企业"],
            "publicity": "此件公开发布",
            "drawings": [
                "附件 六、办理流程: one anchored DrawingML group (wpg:wgp, wrapTopAndBottom) = the flowchart, with a nested group (wpg:grpSp) for the 否→补正 branch; a separate anchored callout shape = side note",
                "附件 七、办理时限: one INLINE DrawingML group = a row of 5 rounded boxes + 4 arrows",
                "every drawing sits in mc:AlternateContent; the mc:Fallback (VML v:group/v:shape/v:textbox) repeats every text",
            ],
        },
        "clauses": yy_clauses,
        "flowchart_shapes_in_reading_order": flow_shapes,
        "flowchart_shapes_in_xml_order": flow_xml_order,
        "row_of_boxes_in_reading_order": row_shapes,
        "row_of_boxes_decoration": row_shapes_arrows,
        "captions": [G_FIG1, G_FIG2],
        "applies_to": {
            "default": "中国（湖南）自由贸易试验区岳阳片区（湖南省岳阳市）",
            "specific": {},
            "note": "No clause is narrower than the 片区. 一、适用范围 names the two 区块 (城陵矶新港区区块, 岳阳经济技术开发区区块) as PARTS of the 片区 — the clause applies to the whole 片区, narrowing it to 城陵矶新港区 is wrong (low). 三、办理机构 gives the window's ADDRESS in 城陵矶新港区 — an office location, not where the rule applies (narrowing = low). 湖南省/省商务厅/商务部 are organs; 敏感国家和地区 / 境外 do not place a clause abroad; “湖南政务服务网” is a website. The whole province 湖南省 is too broad (low).",
        },
        "_note": (
            "ONE document: the cover notice (3 paragraphs) and its 附件, the 办事指南, in the same file; the guide's clauses belong to the notice (appending them, or a second document titled 岳阳片区企业境外投资备案办事指南 with the same issuer/date, are both tolerable). "
            "Furniture: two-line red 版头 (中国（湖南）自由贸易试验区岳阳片区 / 管理委员会文件 — not the title, not an issuer with a line break); 文号 line + red rule; title typed as TWO paragraphs (must be joined); 主送 (→ recipients: 片区各部门、各直属单位 / 各有关企业); 附件说明 附件：岳阳片区企业境外投资备案办事指南 (→ attachments); 落款 organ + 2024年8月20日; （此件公开发布）; the label 附件 and the guide's title line; 版记 (抄送… / 岳阳片区管理委员会党政办公室 2024年8月21日印发) at the very END of the file, after the guide; footer “— N —”. "
            "Headings 一、适用范围 … 九、咨询及监督 are separate heading paragraphs (no text of their own → not clauses; tolerable as heading clauses). 四、（一）（二）（三） are items. The 申请材料 table: 4 rows as clauses (header row is not a clause). "
            "THE FLOWCHART (六、): all its text is in text boxes inside ONE anchored group in an otherwise EMPTY paragraph, with a nested group and a separate callout in the same paragraph. What an analyst needs: every step/decision/branch text once, in FLOW order (see flowchart_shapes_in_reading_order), not in XML creation order (flowchart_shapes_in_xml_order: boxes first, then diamonds, side boxes, labels, nested group last) — XML order puts 审查/备案/发证 before the decisions and the 补正 branch at the very end (medium). One clause per shape, or the whole flowchart as ONE clause with the shapes in flow order, are both fine. "
            "Each step box is ONE paragraph “申请：企业登录…” (黑体 head + 仿宋 text): head and text must stay together. The labels 是/否 are connector labels: as standalone clauses they are noise (low); attaching them to the branch (“否：出具《一次性告知单》…”) is good; mixing a 是 into the wrong branch is wrong (medium — in the second decision 是 is the SIDE branch 不予备案, the reverse of the first). 开始/结束 are decoration (as clauses: low). "
            "DUPLICATION TRAP: every drawing is mc:AlternateContent with the DrawingML in mc:Choice and a VML copy (v:group > v:shape/v:rect/v:roundrect > v:textbox > w:txbxContent) in mc:Fallback: a reader that collects all w:txbxContent (or all w:t) gets every shape text TWICE — each duplicated clause is medium (duplicates inflate search hits and counts). Reading only the Choice or only the Fallback is right. "
            "Losing the flowchart texts altogether (a reader that only reads w:body/w:p/w:r/w:t outside drawings) is HIGH: the 办理流程 (补正 loop, 敏感类 不予备案 → 商务部核准, 1个工作日 review) exists only in shapes. The callout note (全程网办, 2个工作日内办结) is a separate anchored wps shape: lost = medium. "
            "The flowchart's text must not be glued onto the intro paragraph 企业境外投资备案按照…见图1。 or the caption 图1 (medium). Captions 图1/图2 are figure captions (tolerable as clauses, low). "
            "七、: the row of 5 boxes is an INLINE group (wp:inline) in its own paragraph; each box has TWO paragraphs (申请 / 企业自主): expected one clause per box “申请：企业自主” (joined with any separator) or one clause for the whole row in left-to-right order; the arrows are decoration. The boxes' two lines must stay paired (审查 with 1个工作日, not with 当场). "
            "Dates: date = 2024-08-20 (落款); published 2024-08-21 (版记 印发); effective 2024-09-01 (本指南自2024年9月1日起施行 — the notice's own last paragraph; 2024年9月1日 also starts the 下放 in the first paragraph); no expiry. “2年内” (证书失效) is not an expiry of the document. level municipal (片区管委会)."
        ),
        "_pdf": {
            "note": "Same metadata and clauses expected. LibreOffice renders the DrawingML (mc:Choice) only, so the PDF text layer holds each shape text ONCE (no fallback duplicates), positioned inside its box: multi-line box texts are broken at the box width and must be re-joined; the side-column boxes (补正, 不予备案, the callout) sit on the same baselines as the main-column diamonds/boxes, so a line-by-line reader interleaves e.g. the diamond text 申请材料是否齐全、 with 出具《一次性告知单》… (medium: garbled flow). The labels 是/否 are lone 1-character lines. The row of 5 boxes prints as one text line per box line: “申请 受理 审查 备案 发证” on one baseline and “企业自主 当场 1个工作日 1个工作日 即时” on the next — pairing them back needs x positions (as two clauses of 5 words each: medium, the time per step is lost). Footer “— N —” is furniture; the 版记 is on the last page.",
        },
    }
    # ---------------------------------------------------------- 烟台
    num_clauses = []
    for num, cap, lay in YT_NUMS:
        num_clauses.append(("%s %s" % (cap, num)) if lay == "cap_above" else ("%s %s" % (num, cap)))
    col_clauses = []
    for k in ("L1", "L2", "L3", "R1", "R2", "R3"):
        col_clauses += YT_COLS[k][1]
    yt_shapes = [
        {"key": "bg", "text": None, "role": "decoration (page background rectangle, behindDoc)"},
        {"key": "banner", "text": "一图读懂", "role": "decoration / genre banner (part of the title as published; not a clause)"},
        {"key": "title", "text": "《%s》" % YT_POLICY, "role": "title of the interpreted policy (→ meta title with 一图读懂 prefix; not a clause)"},
        {"key": "source", "text": YT_SOURCE, "role": "source line: the INTERPRETED policy's 文号 and 印发日期 (→ meta interprets; not the 图解's own 文号)"},
        {"key": "bgbox", "text": [YT_BG_HEAD, YT_BG], "role": "heading 政策背景 + clause"},
        {"key": "sec1", "text": "%s  %s" % YT_SEC1, "role": "section heading; 01 is decoration"},
    ]
    for i, (num, cap, lay) in enumerate(YT_NUMS):
        yt_shapes.append({"key": "n%d" % i, "text": [cap, num] if lay == "cap_above" else [num, cap],
                          "role": {"one": "big number + caption in ONE box (two paragraphs)", "two": "big number box ABOVE a separate caption box — must be paired", "cap_above": "caption box ABOVE a separate big-number box — must be paired"}[lay],
                          "column": "left" if i % 2 == 0 else "right", "grid_row": i // 2 + 1})
    yt_shapes.append({"key": "sec2", "text": "%s  %s" % YT_SEC2, "role": "section heading; 02 is decoration"})
    for k in ("L1", "L2", "L3", "R1", "R2", "R3"):
        yt_shapes.append({"key": k, "text": [YT_COLS[k][0]] + [(BULLET if k != "R3" else "") + t for t in YT_COLS[k][1]],
                          "role": "box heading + %d items (● bullets are decoration)" % len(YT_COLS[k][1]), "column": "left" if k[0] == "L" else "right"})
    yt_shapes.append({"key": "foot", "text": YT_FOOT, "role": "publisher + 发布 date (furniture → issuer, date); legacy VML-only text box (w:pict > v:shape > v:textbox, no DrawingML, no mc:AlternateContent)"})
    yt = {
        "meta": {
            "title": YT_TITLE,
            "doc_number": None,
            "issuer": [YT_ISSUER],
            "date": "2024-10-16",
            "published": "2024-10-16",
            "level": "municipal",
            "region": "山东省烟台市（中国（山东）自由贸易试验区烟台片区）",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "政策解读（一图读懂 图解）",
            "recipients": [],
            "publicity": None,
            "interprets": {"title": YT_POLICY, "doc_number": YT_POLICY_NUM, "date": "2024-10-12", "effective": "2024-11-01", "expires": "2026-12-31"},
            "core_properties_title": "一图读懂 (docProps/core.xml dc:title — a template leftover, not the title)",
        },
        "clauses": [YT_BG] + num_clauses + col_clauses,
        "shapes_in_reading_order": yt_shapes,
        "shapes_in_xml_order": yt_order + ["foot (VML only)"],
        "applies_to": {
            "default": "中国（山东）自由贸易试验区烟台片区（山东省烟台市）",
            "specific": {
                "L3 item 2 (海铁联运)": "烟台港 (in 烟台; the 片区 default is also fine)",
                "R2 item 2 (房租减免)": "中韩（烟台）产业园",
            },
            "note": "日本、韩国及东盟国家 (L2 item 1) are where the 海外仓 are built — the subsidy is paid by the 片区 to its enterprises: the clause must NOT be placed in Japan/Korea/ASEAN (medium). 共建“一带一路”国家 likewise does not place a clause abroad. 中日韩地方经贸合作示范区 (政策背景) is a programme name, not a place narrower than the 片区. 片区政务服务中心 is an office.",
        },
        "_note": (
            "A one-page 政策图解: the body holds ONE empty paragraph; EVERY text is in a text box anchored to the PAGE (positionH/V relativeFrom=page, wrapNone). A reader that does not read text boxes gets an empty document (HIGH: total loss). "
            "There is no 文号 of the 图解 itself: 烟自贸管发〔2024〕7号 and 2024年10月12日 in the source line belong to the interpreted policy (doc_number = the policy's 文号 is tolerable only if the document is still recognisable as a 解读, low; as if this file WERE the policy: medium). "
            "effective 2024-11-01 / expires 2026-12-31 in 政策背景 describe the policy, not the 图解 (carrying them over is tolerable, low). date/issuer come from the footer line (a legacy VML-only text box, v:shape type #_x0000_t202, no mc:AlternateContent — a reader that handles only wps:txbx misses it: issuer/date lost, medium). Title: banner 一图读懂 + the title box 《…若干措施》 (typed with the full 中国（山东）自由贸易试验区 prefix; title without 一图读懂 tolerable; the banner alone or the dc:title “一图读懂” as the title is HIGH-ish (medium): useless for search). "
            "Reading order (shapes_in_reading_order) is by POSITION, not XML order: the XML writes the right column before the left, captions before numbers, the banner and title near the end. Headings 政策背景 / 01 核心数据 / 02 主要措施 / box headings (支持境外投资 …) are headings, not clauses; 01/02 and ● are decoration. "
            "Big numbers: each number must end up in the SAME clause as its caption (3亿元 + 片区每年统筹安排…; for 100万元 the caption is ABOVE the number: “新开至…每条奖励 100万元”). A number as a lone clause (“3亿元”) and its caption as another is medium (the figure loses its meaning); pairing a number with the WRONG caption (e.g. 500万元 with 公共海外仓…) is HIGH. Order among the six pairs: row by row (left, right) expected, column-first tolerable. "
            "Measure boxes: each bullet is a clause under its box heading; left column (L1–L3) then right column (R1–R3) expected; whole boxes in row-interleaved order (L1,R1,L2,R2…) tolerable (low) as each box is self-contained; items split mid-sentence or a left item glued to a right item is HIGH. R3 申报指引 items are clauses (contact line included). "
            "Duplication trap as in the other file: all DrawingML boxes are in mc:AlternateContent with a VML fallback that repeats the text (duplicates: medium)."
        ),
        "_pdf": {
            "note": "Same clauses expected. The PDF text layer is positioned text only: the two-column areas print side by side on the same baselines — a line-by-line reader glues the left bullet line to the right bullet line (e.g. “对中方实际投资额1000万美元以上的新设境外企业，按 设立规模10亿元的烟台片区“丝路基金”，重点投向”) — HIGH if so (every measure garbled). The big-number grid likewise puts 3亿元 and 18条 on one baseline, their captions on the next. The background rectangle and banner are graphics; 一图读懂 is white text on red (present in the text layer). No page number.",
        },
    }
    return {"blind143_yueyang_guide": [yy], "blind143_yantai_yitu": [yt]}


def main():
    a = os.path.join(HERE, "blind143_yueyang_guide.docx")
    b = os.path.join(HERE, "blind143_yantai_yitu.docx")
    build_yueyang(a)
    order = build_yantai(b)
    for f in (a, b):
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(order), fh, ensure_ascii=False, indent=1)
    print("wrote", a, b)


if __name__ == "__main__":
    main()
