# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 442 blind test documents: 综合保税区发展规划 laid out like a designer's Word file
(figure placeholders + captions, table captions, 专栏 floating text boxes, real footnotes,
one endnote, 名词解释)."""
import io
import json
import os
import subprocess
import sys
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ---------------------------------------------------------------- low level helpers
def set_font(run, font, size=None, bold=None, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt_par(p, align=None, first_indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if line:
        pf.line_spacing = Pt(line)
        p._p.get_or_add_pPr()
        sp = p._p.pPr.find(qn("w:spacing"))
        sp.set(qn("w:lineRule"), "exact")
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        ppr = p._p.get_or_add_pPr()
        ind = ppr.get_or_add_ind()
        ind.set(qn("w:firstLineChars"), "200")
        ind.set(qn("w:firstLine"), "640")


PBDR_SUCC = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
             "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
             "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
             "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
             "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def border(p, side="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.insert_element_before(pbdr, *PBDR_SUCC)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="1" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, color))
    pbdr.append(el)


class Notes:
    """Collects real footnotes / endnotes and writes their parts."""

    def __init__(self, doc):
        self.doc = doc
        self.foot = []
        self.end = []

    def add_ref(self, p, kind, text):
        if kind == "fn":
            self.foot.append(text)
            nid = len(self.foot)
            tag, style = "footnoteReference", "FootnoteReference"
        else:
            self.end.append(text)
            nid = len(self.end)
            tag, style = "endnoteReference", "EndnoteReference"
        r = parse_xml(
            '<w:r %s><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"'
            ' w:eastAsia="%s"/><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:%s w:id="%d"/></w:r>' % (nsdecls("w"), FS, tag, nid))
        p._p.append(r)

    @staticmethod
    def _notes_xml(root, item, refname, texts):
        sep = ('<w:%s w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240"'
               ' w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:%s>'
               '<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"'
               ' w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:%s>'
               % (item, item, item, item))
        body = []
        for i, t in enumerate(texts, 1):
            body.append(
                '<w:%s w:id="%d"><w:p><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="260"'
                ' w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>'
                '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
                '<w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:%s/></w:r>'
                '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="18"/>'
                '<w:szCs w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:%s>'
                % (item, i, FS, refname, FS, FS, FS, escape(t), item))
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:%s xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '%s%s</w:%s>' % (root, W_NS, sep, "".join(body), root))

    def finish(self, foot_fmt="decimal"):
        dp = self.doc.part
        pkg = dp.package
        if self.foot:
            blob = self._notes_xml("footnotes", "footnote", "footnoteRef", self.foot).encode("utf-8")
            part = Part(PackURI("/word/footnotes.xml"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                        blob, pkg)
            dp.relate_to(part, RT.FOOTNOTES)
        if self.end:
            blob = self._notes_xml("endnotes", "endnote", "endnoteRef", self.end).encode("utf-8")
            part = Part(PackURI("/word/endnotes.xml"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
                        blob, pkg)
            dp.relate_to(part, RT.ENDNOTES)
        # numbering formats for notes go into every sectPr (before pgSz is not required; Word
        # accepts footnotePr/endnotePr right after the header/footer references)
        for sect in self.doc.sections:
            sp = sect._sectPr
            pgsz = sp.find(qn("w:pgSz"))
            fpr = parse_xml('<w:footnotePr %s><w:numFmt w:val="%s"/></w:footnotePr>' % (nsdecls("w"), foot_fmt))
            epr = parse_xml('<w:endnotePr %s><w:numFmt w:val="lowerRoman"/></w:endnotePr>' % nsdecls("w"))
            pgsz.addprevious(fpr)
            pgsz.addprevious(epr)


def body_par(doc, notes, segs, font=FS, size=16, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True,
             line=28, runin_font=None, runin_bold=True):
    """segs: str | ('b', text) run-in heading | ('fn', note) | ('en', note).
    Returns (paragraph, clause_text)."""
    p = doc.add_paragraph()
    fmt_par(p, align=align, first_indent=indent, line=line)
    text = []
    if isinstance(segs, str):
        segs = [segs]
    for s in segs:
        if isinstance(s, str):
            r = p.add_run(s)
            set_font(r, font, size)
            text.append(s)
        elif s[0] == "b":
            r = p.add_run(s[1])
            set_font(r, runin_font or font, size, bold=runin_bold)
            text.append(s[1])
        elif s[0] in ("fn", "en"):
            notes.add_ref(p, s[0], s[1])
    return p, "".join(text)


def heading(doc, text, font=HT, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False, before=6, after=6,
            num_id=None):
    p = doc.add_paragraph()
    fmt_par(p, align=align, first_indent=False, line=28, before=before, after=after)
    if num_id is not None:
        ppr = p._p.get_or_add_pPr()
        ppr._insert_numPr(parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                                    % (nsdecls("w"), num_id)))
        # keep the numbering symbol in the same font
        ppr.append(parse_xml('<w:rPr %s><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
                             '<w:sz w:val="%d"/></w:rPr>' % (nsdecls("w"), font, font, font, size * 2)))
    r = p.add_run(text)
    set_font(r, font, size, bold=bold)
    return p


def empty(doc):
    p = doc.add_paragraph()
    fmt_par(p, first_indent=False, line=28)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    # page number "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    fld = parse_xml('<w:fldSimple %s w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:rPr><w:rFonts w:ascii="宋体"'
                    ' w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'
                    % nsdecls("w"))
    fp._p.append(fld)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


def make_png(kind, w=1400, h=800):
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("RGB", (w, h), (244, 246, 248))
    d = ImageDraw.Draw(img)
    font = None
    for fp in ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
               "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc"):
        if os.path.exists(fp):
            try:
                font = ImageFont.truetype(fp, 34)
            except Exception:
                font = None
            break
    d.rectangle([6, 6, w - 7, h - 7], outline=(120, 120, 120), width=4)
    if kind == "loc":
        d.polygon([(200, 150), (700, 90), (1050, 260), (980, 620), (520, 700), (180, 520)],
                  fill=(222, 234, 214), outline=(90, 120, 80))
        d.line([(150, 400), (1250, 380)], fill=(200, 80, 60), width=8)
        d.line([(700, 80), (720, 760)], fill=(60, 90, 200), width=6)
        d.ellipse([610, 330, 690, 410], fill=(192, 0, 0))
        labels = [((720, 300), "综合保税区"), ((1000, 330), "铁路"), ((740, 700), "港区/机场")]
    else:
        d.rectangle([120, 120, 620, 660], fill=(206, 224, 240), outline=(60, 90, 140), width=3)
        d.rectangle([700, 120, 1280, 380], fill=(240, 220, 200), outline=(160, 90, 60), width=3)
        d.rectangle([700, 420, 1280, 660], fill=(226, 236, 208), outline=(90, 120, 60), width=3)
        labels = [((260, 370), "功能区A"), ((900, 230), "功能区B"), ((900, 520), "功能区C")]
    if font is not None:
        for xy, t in labels:
            d.text(xy, t, fill=(40, 40, 40), font=font)
        d.text((w - 200, h - 70), "（示意）", fill=(110, 110, 110), font=font)
    bio = io.BytesIO()
    img.save(bio, "PNG")
    bio.seek(0)
    return bio


def figure(doc, kind, caption):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.keep_with_next = True
    p.add_run().add_picture(make_png(kind), width=Cm(13.5))
    c = doc.add_paragraph()
    fmt_par(c, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=22, after=6)
    r = c.add_run(caption)
    set_font(r, HT, 12)


def table_caption(doc, caption):
    c = doc.add_paragraph()
    fmt_par(c, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=24, before=6, after=3)
    c.paragraph_format.keep_with_next = True
    r = c.add_run(caption)
    set_font(r, HT, 12)


def cell_text(cell, text, font=FS, size=11, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold=bold)


def data_table(doc, header, rows, widths=None, vmerge_col=None):
    """rows are the logical rows (merged value repeated). If vmerge_col is given, runs of equal values
    in that column are vertically merged (value written once, as Word shows it)."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = 1
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, font=HT, size=11)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            if vmerge_col is not None and j == vmerge_col and i > 1 and rows[i - 2][j] == v:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if (len(v) > 12) else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.cell(i, j), v, align=al)
    if vmerge_col is not None:
        start = 1
        for i in range(2, len(rows) + 2):
            if i == len(rows) + 1 or rows[i - 1][vmerge_col] != rows[start - 1][vmerge_col]:
                if i - 1 > start:
                    t.cell(start, vmerge_col).merge(t.cell(i - 1, vmerge_col))
                start = i
    if widths:
        for row in t.rows:
            for j, wd in enumerate(widths):
                row.cells[j].width = Cm(wd)
    clauses = []
    for row in rows:
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    return t, clauses


_box_id = [500]
BOX_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def _box_par(text, font, size, bold=False, center=False, indent=True):
    jc = '<w:jc w:val="center"/>' if center else '<w:jc w:val="both"/>'
    ind = '<w:ind w:firstLineChars="200" w:firstLine="%d"/>' % (size * 40) if indent else ""
    b = "<w:b/><w:bCs/>" if bold else ""
    return ('<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/>%s%s</w:pPr>'
            '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>%s<w:sz w:val="%d"/>'
            '<w:szCs w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % (int(size * 20 * 1.45), ind, jc, font, font, font, b, size * 2, size * 2, escape(text)))


def text_box(p, title, items, width_cm=6.6, height_cm=9.0, side="right"):
    """Floating 专栏 box anchored at the start of paragraph p (Word puts the anchor run first).
    DrawingML (wps) with the VML fallback Word always writes -> the box text is stored twice."""
    _box_id[0] += 1
    bid = _box_id[0]
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    inner = _box_par(title, HT, 12, center=True, indent=False)
    inner += "".join(_box_par(t, KT, 11) for t in items)
    wpt, hpt = width_cm * 28.35, height_cm * 28.35
    xml = (
        '<w:r %s><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>%s</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>36000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FBF3E9"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
        'o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="文本框 %d" o:spid="_x0000_s%d" type="#_x0000_t202" style="position:absolute;'
        'margin-left:0;margin-top:2.85pt;width:%.1fpt;height:%.1fpt;z-index:%d;mso-position-horizontal:%s;'
        'mso-position-horizontal-relative:margin;mso-position-vertical-relative:text;mso-fit-shape-to-text:t" '
        'fillcolor="#fbf3e9" strokecolor="#c00000" strokeweight="1pt"><v:textbox style="mso-fit-shape-to-text:t">'
        '<w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict>'
        '</mc:Fallback></mc:AlternateContent></w:r>'
        % (BOX_NS, 251659264 + bid, side, cx, cy, bid, bid, cx, cy,
           inner, bid, 1025 + bid, wpt, hpt, 251659264 + bid, side, inner))
    r = parse_xml(xml)
    ppr = p._p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(r)
    else:
        p._p.insert(0, r)


def add_num(doc, fmt, lvl_text, jc="left", suff="nothing", abs_id=90, num_id=90):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="%s"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), abs_id, fmt, suff, lvl_text, jc))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), num_id, abs_id)))
    return num_id


def toc_line(doc, text, page):
    p = doc.add_paragraph()
    fmt_par(p, first_indent=False, line=28)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), alignment=2, leader=1)  # right, dots
    r = p.add_run(text + "\t" + page)
    set_font(r, FS, 16)


# ============================================================ document 1: 成都
def build_chengdu():
    doc = Document()
    setup(doc)
    notes = Notes(doc)
    cl_notice, cl_plan = [], []

    # 版头
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=None, before=30)
    r = p.add_run("成都市人民政府办公厅文件")
    set_font(r, XBS, 36, color="FF0000")
    r.font.spacing = Pt(-1)
    empty(doc)
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=28, after=4)
    r = p.add_run("成办发〔2026〕9号")
    set_font(r, FS, 16)
    border(p, "bottom", "FF0000", 18)
    empty(doc)
    # title on three lines with soft breaks
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=34)
    for i, t in enumerate(["成都市人民政府办公厅", "关于印发成都高新综合保税区发展规划", "（2026—2030年）的通知"]):
        r = p.add_run(t)
        set_font(r, XBS, 22)
        if i < 2:
            r.add_break()
    empty(doc)
    p = doc.add_paragraph()
    fmt_par(p, first_indent=False, line=28)
    r = p.add_run("各区（市）县政府（管委会），市政府各部门，有关单位：")
    set_font(r, FS, 16)

    for t in [
        "《成都高新综合保税区发展规划（2026—2030年）》已经市政府同意，现印发给你们，请结合实际认真组织实施。",
        "成都高新区管委会要切实履行规划实施主体责任，制定年度工作计划，细化分解目标任务，推动重点项目、"
        "重大平台和政策措施落地见效。市发展改革委、市经信局（市新经济委）、市商务局、市口岸物流办、"
        "市规划和自然资源局等部门要按照职责分工加强指导服务，主动对接成都海关，在通关便利、要素保障、"
        "项目审批等方面给予支持。",
        "规划实施中的重大事项和问题，请及时报告市政府。每年12月底前，成都高新区管委会要将规划年度实施情况"
        "报送市商务局，由市商务局汇总后报市政府。",
    ]:
        _, c = body_par(doc, notes, t)
        cl_notice.append(c)
    empty(doc)
    empty(doc)
    for t in ["　　　　　　　　　　　　　　　成都市人民政府办公厅", "　　　　　　　　　　　　　　　　2026年2月13日"]:
        p = doc.add_paragraph()
        fmt_par(p, first_indent=False, line=28)
        r = p.add_run(t)
        set_font(r, FS, 16)
    p = doc.add_paragraph()
    fmt_par(p, first_indent=True, line=28)
    r = p.add_run("（此件公开发布）")
    set_font(r, FS, 16)

    # ---------------------------------------------------- the plan
    page_break(doc)
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36, before=12)
    r = p.add_run("成都高新综合保税区发展规划")
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("（2026—2030年）")
    set_font(r, KT, 16)
    empty(doc)
    heading(doc, "目　　录", font=HT, size=16)
    for t, pg in [("前　言", "1"), ("第一章　发展基础", "1"), ("第二章　总体要求", "2"),
                  ("第三章　优化空间布局", "3"), ("第四章　做强保税制造", "4"), ("第五章　培育新兴业态", "5"),
                  ("第六章　保障措施", "6"), ("名词解释", "6")]:
        toc_line(doc, t, pg)
    page_break(doc)

    heading(doc, "前　言", font=HT)
    _, c = body_par(doc, notes, [
        "综合保税区是设立在内陆地区的具有保税港区功能的海关特殊监管区域",
        ("fn", "海关特殊监管区域：经国务院批准设立、实行特殊监管政策的区域，包括保税区、出口加工区、"
               "保税物流园区、跨境工业区、保税港区和综合保税区。"),
        "，是开放型经济的重要平台。为推动成都高新综合保税区高水平开放、高质量发展，依据"
        "《国务院关于促进综合保税区高水平开放高质量发展的若干意见》《成都市国民经济和社会发展第十五个五年"
        "规划纲要》等，制定本规划。规划范围为成都高新综合保税区全域，规划期为2026—2030年，展望到2035年。"])
    cl_plan.append(c)

    heading(doc, "第一章　发展基础")
    heading(doc, "第一节　发展现状", font=KT, bold=True, before=0)
    _, c = body_par(doc, notes, [
        "“十四五”时期，成都高新综合保税区坚持以开放促发展，外向型经济规模持续扩大，综合实力稳居全国"
        "综合保税区前列",
        ("en", "本规划中2025年数据为初步统计数，最终以统计部门公布数据为准。"),
        "。"])
    cl_plan.append(c)
    for segs in [
        [("b", "1.外贸规模稳居前列。"), "2025年，综合保税区实现进出口总额5612亿元，占全市外贸进出口总额的"
         "六成以上，连续多年位居全国综合保税区前三位。"],
        [("b", "2.产业集群加快成势。"), "集聚集成电路封装测试、新型显示模组、智能终端整机等领域龙头企业及"
         "配套企业120余家，形成集成电路、新型显示、智能终端三大主导产业集群，2025年电子信息产业产值达"
         "3280亿元。"],
        [("b", "3.功能平台日趋完善。"), "建成保税研发检测公共服务平台、跨境电商监管中心和保税维修中心，"
         "获批开展全球保税维修",
         ("fn", "全球保税维修：指区内企业以保税方式将存在部件损坏、功能失效、质量缺陷等问题的货物从境外"
                "运入区内进行检测、维修后复运出境的业务。"),
         "、“两头在外”检测等试点业务，“一站式”通关服务能力不断提升。"],
    ]:
        _, c = body_par(doc, notes, segs)
        cl_plan.append(c)
    figure(doc, "loc", "图1　成都高新综合保税区区位示意图")

    heading(doc, "第二节　面临形势", font=KT, bold=True, before=0)
    _, c = body_par(doc, notes,
                    "当前，全球产业链供应链加速重构，海关特殊监管区域政策体系持续优化，成渝地区双城经济圈建设"
                    "和西部陆海新通道建设深入推进，为综合保税区拓展发展空间带来新机遇。同时，综合保税区也面临主导"
                    "产业链条偏短、新业态规模偏小、土地资源趋紧等挑战，必须增强机遇意识和风险意识，加快推动发展"
                    "方式转变。")
    cl_plan.append(c)

    heading(doc, "第二章　总体要求")
    heading(doc, "第一节　发展定位", font=KT, bold=True, before=0)
    for segs in [
        [("b", "——全球电子信息保税制造基地。"), "巩固集成电路、新型显示、智能终端产业优势，提升产业链"
         "供应链韧性和安全水平。"],
        [("b", "——西部保税服务创新高地。"), "大力发展保税研发、保税检测、保税维修和保税展示交易，推动"
         "制造与服务深度融合。"],
        [("b", "——内陆开放型经济示范窗口。"), "对标国际高标准经贸规则，率先复制推广自由贸易试验区改革"
         "试点经验，打造内陆地区制度型开放先行区。"],
    ]:
        _, c = body_par(doc, notes, segs)
        cl_plan.append(c)
    heading(doc, "第二节　发展目标", font=KT, bold=True, before=0)
    _, c = body_par(doc, notes, [
        "到2030年，综合保税区开放能级和产业能级显著提升，进出口总额突破8000亿元，保税服务业营业收入"
        "占比明显提高，综合保税区发展绩效评估",
        ("fn", "综合保税区发展绩效评估：海关总署会同有关部门对综合保税区发展情况开展的年度评估，评估结果"
               "分为A、B、C、D四类。"),
        "保持全国A类。展望2035年，全面建成具有全球影响力的高水平综合保税区。"])
    cl_plan.append(c)
    table_caption(doc, "表1　成都高新综合保税区发展主要指标")
    _, rows = data_table(doc, ["序号", "指标名称", "2025年", "2030年", "属性"], [
        ["1", "进出口总额（亿元）", "5612", "8000", "预期性"],
        ["2", "保税维修业务产值（亿元）", "86", "200", "预期性"],
        ["3", "跨境电商交易额（亿元）", "42", "120", "预期性"],
        ["4", "保税研发检测企业数量（家）", "18", "40", "预期性"],
        ["5", "单位土地面积进出口额（亿元/平方公里）", "1199", "1700", "预期性"],
        ["6", "整体通关时间压缩比例（%）", "—", "20", "约束性"],
    ], widths=[1.4, 7.0, 2.2, 2.2, 2.2])
    cl_plan.extend(rows)
    empty(doc)

    heading(doc, "第三章　优化空间布局")
    for segs in [
        "坚持集约节约、功能分区、产城融合，构建“一区两园多点”空间格局。",
        [("b", "（一）高新园区。"), "重点发展集成电路制造、新型显示模组和保税研发检测，建设集成电路保税"
         "产业园和研发检测公共服务平台。"],
        [("b", "（二）双流园区。"), "重点发展智能终端制造、保税维修和跨境电商，建设保税维修中心和跨境电商"
         "产业园，强化与成都双流国际机场的联动。"],
        [("b", "（三）联动发展点。"), "依托成都国际铁路港、成都天府国际机场综合保税区等开放平台，探索"
         "“区内区外联动、保税非保税协同”发展模式。"],
    ]:
        _, c = body_par(doc, notes, segs, runin_font=KT, runin_bold=False)
        cl_plan.append(c)
    table_caption(doc, "表2　成都高新综合保税区功能分区")
    _, rows = data_table(doc, ["功能分区", "规划面积（公顷）", "主导功能"], [
        ["高新园区", "283", "集成电路制造、新型显示、保税研发检测"],
        ["双流园区", "185", "智能终端制造、保税维修、跨境电商"],
        ["合计", "468", "—"],
    ], widths=[3.2, 3.4, 8.4])
    cl_plan.extend(rows)
    figure(doc, "layout", "图2　成都高新综合保税区空间布局示意图")

    heading(doc, "第四章　做强保税制造")
    heading(doc, "第一节　壮大主导产业", font=KT, bold=True, before=0)
    p, c = body_par(doc, notes, [
        ("b", "1.提升集成电路产业能级。"), "支持晶圆制造、封装测试企业扩大保税产能，引进集成电路设计、"
        "关键材料和核心装备项目，打造“设计—制造—封测—应用”全链条产业集群。"])
    cl_plan.append(c)
    box1 = ["1.集成电路保税扩能工程。支持龙头企业新建先进封装测试产线，新增保税产能每年30亿颗。",
            "2.新型显示模组提升工程。推动柔性显示模组、车载显示项目落地，形成年产2000万片模组能力。",
            "3.智能终端整机集聚工程。引进笔记本电脑、服务器、可穿戴设备整机项目5个以上。"]
    text_box(p, "专栏1　保税制造重点工程", box1, width_cm=6.4, height_cm=8.5)
    cl_plan.extend(box1)
    for segs in [
        [("b", "2.做强新型显示产业。"), "围绕柔性显示、车载显示等领域，推动面板配套模组、偏光片、驱动"
         "芯片项目在区内布局，提升本地配套率。"],
        [("b", "3.拓展智能终端产业。"), "巩固笔记本电脑、平板电脑生产优势，积极引进服务器、智能穿戴等"
         "新兴终端产品整机项目。"],
    ]:
        _, c = body_par(doc, notes, segs)
        cl_plan.append(c)
    heading(doc, "第二节　推动增值税一般纳税人资格试点", font=KT, bold=True, before=0)
    _, c = body_par(doc, notes, [
        "全面推广增值税一般纳税人资格试点",
        ("fn", "增值税一般纳税人资格试点：经批准后，区内符合条件的企业可申请成为增值税一般纳税人，在保税"
               "与非保税业务之间灵活转换。"),
        "，支持区内企业同时开展保税业务和非保税业务，统筹利用国际国内两个市场、两种资源。"])
    cl_plan.append(c)

    heading(doc, "第五章　培育新兴业态")
    p, c = body_par(doc, notes, [
        ("b", "1.做大保税维修。"), "支持企业开展笔记本电脑、手机、航空零部件等产品全球维修业务，在风险"
        "可控前提下扩大维修产品目录，推动保税维修与再制造融合发展。"])
    cl_plan.append(c)
    box2 = ["1.保税维修中心。建设面向全球的电子产品维修检测中心，2030年维修业务产值达到200亿元。",
            "2.跨境电商监管中心。完善“1210”保税备货和“9610”直购进口监管设施，拓展海外仓和分拨中心功能。",
            "3.保税研发检测平台。建设集成电路可靠性检测、电磁兼容检测等公共服务平台，为区内外企业提供"
            "“一站式”研发检测服务。"]
    text_box(p, "专栏2　新业态培育重点平台", box2, width_cm=6.4, height_cm=9.5)
    cl_plan.extend(box2)
    for segs in [
        [("b", "2.发展跨境电商。"), "用好中国（成都）跨境电子商务综合试验区政策，支持跨境电商企业在区内"
         "开展保税备货、退货中心仓",
         ("fn", "退货中心仓：指在综合保税区内设立的跨境电商零售进口商品退货专用仓储场所。"),
         "等业务，建设面向“一带一路”共建国家的跨境电商分拨中心。"],
        [("b", "3.培育保税研发和检测。"), "支持企业开展以研发为目的的保税料件进口，推动“两头在外”检测"
         "业务常态化开展，争取扩大检测业务范围。"],
        [("b", "4.探索保税展示交易和融资租赁。"), "支持区内企业开展保税展示交易，推动飞机、大型设备融资"
         "租赁业务集聚发展。"],
    ]:
        _, c = body_par(doc, notes, segs)
        cl_plan.append(c)

    heading(doc, "第六章　保障措施")
    for segs in [
        [("b", "（一）加强组织领导。"), "建立由市政府分管领导牵头的综合保税区发展协调机制，统筹解决规划"
         "实施中的重大问题。成都高新区管委会负责规划组织实施，定期开展评估。"],
        [("b", "（二）强化政策支持。"), "统筹用好中央和省级外经贸发展专项资金，对综合保税区内新引进的重大"
         "产业项目、新业态项目按规定给予支持。"],
        [("b", "（三）保障要素供给。"), "优先保障综合保税区产业用地需求，推动低效用地再开发，提高土地节约"
         "集约利用水平。"],
        [("b", "（四）深化通关便利化改革。"), "配合成都海关推进“智慧综保”建设，推广“分送集报”“自行运输”"
         "“仓储货物按状态分类监管”等监管创新举措。"],
    ]:
        _, c = body_par(doc, notes, segs, runin_font=KT, runin_bold=False)
        cl_plan.append(c)

    empty(doc)
    heading(doc, "名词解释", font=HT)
    for t in [
        "1.保税研发：指综合保税区内企业以有形料件、试剂、耗材及样品等开展研发业务，相关料件予以保税的业务模式。",
        "2.“两头在外”检测：指检测对象从境外入区、检测后复运出境的检测业务模式。",
        "3.分送集报：指区内企业在货物分批进出区时先行办理实货放行手续，在规定期限内集中办理海关报关手续的"
        "作业模式。",
    ]:
        _, c = body_par(doc, notes, t)
        cl_plan.append(c)

    # 版记
    empty(doc)
    empty(doc)
    p = doc.add_paragraph()
    fmt_par(p, first_indent=False, line=28)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    r = p.add_run("抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市纪委监委机关，市法院，市检察院，成都海关。")
    set_font(r, FS, 14)
    p = doc.add_paragraph()
    fmt_par(p, first_indent=False, line=28)
    border(p, "bottom", "000000", 8)
    r = p.add_run("  成都市人民政府办公厅                          2026年2月14日印发")
    set_font(r, FS, 14)

    notes.finish(foot_fmt="decimalEnclosedCircle")
    name = "blind442_chengdu_tongzhi"
    doc.save(os.path.join(HERE, name + ".docx"))
    return name, [
        {"meta": {
            "title": "成都市人民政府办公厅关于印发成都高新综合保税区发展规划（2026—2030年）的通知",
            "doc_number": "成办发〔2026〕9号",
            "issuer": ["成都市人民政府办公厅"],
            "date": "2026-02-13",
            "published": None,
            "level": "municipal",
            "region": "成都市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区（市）县政府（管委会）", "市政府各部门", "有关单位"],
            "publicity": "此件公开发布",
            "repeals": None},
         "clauses": cl_notice},
        {"meta": {
            "title": "成都高新综合保税区发展规划（2026—2030年）",
            "doc_number": None,
            "issuer": ["成都市人民政府办公厅"],
            "date": "2026-02-13",
            "published": None,
            "level": "municipal",
            "region": "成都高新综合保税区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "规划",
            "recipients": [],
            "publicity": None,
            "repeals": None},
         "clauses": cl_plan},
    ]


# ============================================================ document 2: 钦州
def build_qinzhou():
    doc = Document()
    setup(doc)
    notes = Notes(doc)
    cl = []
    chap = add_num(doc, "chineseCounting", "第%1章", jc="center", suff="space", abs_id=90, num_id=90)
    items = add_num(doc, "chineseCounting", "（%1）", jc="left", suff="nothing", abs_id=91, num_id=91)

    # title typed as two separate paragraphs
    for t, sz, bef in [("钦州综合保税区高质量发展规划", 22, 24), ("（2026—2035年）", 22, 0)]:
        p = doc.add_paragraph()
        fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36, before=bef)
        r = p.add_run(t)
        set_font(r, XBS, sz)
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=28, before=6)
    r = p.add_run("中国（广西）自由贸易试验区钦州港片区管理委员会")
    set_font(r, KT, 16)
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=28)
    r = p.add_run("二〇二五年十二月")
    set_font(r, KT, 16)
    empty(doc)

    _, c = body_par(doc, notes,
                    "钦州综合保税区由钦州保税港区整合优化而来，2020年经国务院批准设立，是广西北部湾经济区和"
                    "西部陆海新通道的重要开放平台。为加快推动钦州综合保税区高质量发展，依据《中国（广西）自由贸易"
                    "试验区总体方案》《西部陆海新通道总体规划》等，编制本规划。")
    cl.append(c)
    _, c = body_par(doc, notes, [
        "本规划范围为钦州综合保税区全域，规划面积8.81平方公里",
        ("en", "规划面积以国务院批复的四至范围为准，具体以海关总署等部门联合验收的面积为准。"),
        "，规划期为2026—2035年，其中近期为2026—2030年，远期为2031—2035年。"])
    cl.append(c)

    heading(doc, "发展基础与形势", num_id=chap)
    heading(doc, "第一节　发展基础", font=KT, bold=True, before=0)
    for segs in [
        [("b", "（一）通道枢纽优势突出。"), "钦州港是西部陆海新通道海铁联运主枢纽，2025年集装箱吞吐量"
         "突破1000万标箱，开通外贸航线60余条，“一带一路”航线覆盖东盟主要港口。"],
        [("b", "（二）产业基础初步形成。"), "区内已集聚粮油加工、汽车整车进口、冷链物流、保税燃料油加注等"
         "业态，2025年实现进出口总额918亿元。"],
        [("b", "（三）政策叠加优势明显。"), "综合保税区与自由贸易试验区、中国—东盟港口城市合作网络等政策"
         "平台叠加，铁海联运“一单制”",
         ("fn", "铁海联运“一单制”：指在铁海联运全程使用一份多式联运提单，实现“一次委托、一单到底、"
                "一次结算”的运输组织方式。"),
         "等改革经验在全国复制推广。"],
    ]:
        _, c = body_par(doc, notes, segs, runin_font=KT, runin_bold=False)
        cl.append(c)
    figure(doc, "loc", "图1　钦州综合保税区区位示意图")
    heading(doc, "第二节　面临形势", font=KT, bold=True, before=0)
    _, c = body_par(doc, notes,
                    "《区域全面经济伙伴关系协定》（RCEP）全面生效实施，中国—东盟自由贸易区3.0版建设加快推进，"
                    "西部陆海新通道上升为国家战略通道，钦州综合保税区承接东部产业转移、服务东盟市场的战略地位"
                    "更加凸显。与此同时，区内产业规模总体偏小、加工制造类项目不足、保税服务功能发挥不充分等问题"
                    "依然存在。")
    cl.append(c)
    empty(doc)

    heading(doc, "总体思路", num_id=chap)
    heading(doc, "第一节　发展定位", font=KT, bold=True, before=0)
    _, c = body_par(doc, notes,
                    "立足“一带一路”有机衔接重要门户定位，把钦州综合保税区建设成为面向东盟的国际物流分拨中心、"
                    "西部陆海新通道加工贸易基地和中国—东盟大宗商品保税交易中心。")
    cl.append(c)
    heading(doc, "第二节　发展目标", font=KT, bold=True, before=0)
    for t in ["到2030年，综合保税区进出口总额达到1800亿元，加工制造业产值占比达到40%以上，在海关总署"
              "综合保税区发展绩效评估中进入A类行列。",
              "到2035年，综合保税区基本建成面向东盟、功能完善、产业集聚的高水平开放平台，对广西外贸增长的"
              "贡献率显著提升。"]:
        _, c = body_par(doc, notes, t)
        cl.append(c)
    table_caption(doc, "表1　钦州综合保税区发展主要指标")
    _, rows = data_table(doc, ["类别", "指标", "2025年基数", "2030年目标", "2035年目标"], [
        ["规模效益", "进出口总额（亿元）", "918", "1800", "3000"],
        ["规模效益", "加工制造业产值占比（%）", "22", "40", "50"],
        ["开放通道", "区港联动集装箱量（万标箱）", "65", "150", "260"],
        ["新兴业态", "保税维修及再制造产值（亿元）", "3", "30", "80"],
    ], widths=[2.2, 6.0, 2.3, 2.3, 2.3], vmerge_col=0)
    cl.extend(rows)
    empty(doc)

    heading(doc, "空间布局", num_id=chap)
    for segs in [
        "按照“一核两翼”布局，统筹港区、保税区和产业园区协同发展。",
        [("b", "（一）“一核”：保税港口作业区。"), "依托钦州港大榄坪港区集装箱码头，重点发展国际中转、集拼"
         "分拨、冷链查验等港口物流功能。"],
        [("b", "（二）“西翼”：保税加工区。"), "重点发展粮油加工、新能源汽车零部件、电子信息加工制造和保税"
         "维修产业。"],
        [("b", "（三）“东翼”：保税物流与贸易区。"), "重点发展大宗商品保税仓储交易、跨境电商、汽车平行进口"
         "和保税展示交易。"],
    ]:
        _, c = body_par(doc, notes, segs, runin_font=KT, runin_bold=False)
        cl.append(c)
    figure(doc, "layout", "图2　钦州综合保税区功能布局示意图")
    table_caption(doc, "表2　钦州综合保税区功能分区规划")
    _, rows = data_table(doc, ["分区", "面积（平方公里）", "主要功能"], [
        ["保税港口作业区", "2.46", "国际中转、集拼分拨、冷链查验"],
        ["保税加工区", "3.52", "加工制造、保税维修"],
        ["保税物流与贸易区", "2.83", "大宗商品交易、跨境电商、汽车进口"],
    ], widths=[4.2, 3.4, 7.4])
    cl.extend(rows)
    empty(doc)

    heading(doc, "重点任务", num_id=chap)
    heading(doc, "第一节　做大加工制造", font=KT, bold=True, before=0)
    p, c = body_par(doc, notes, [
        ("b", "（一）承接产业转移。"), "瞄准粤港澳大湾区和长三角地区加工贸易梯度转移，重点引进新能源汽车"
        "零部件、电子元器件、智能家电等加工贸易项目。"], runin_font=KT, runin_bold=False)
    cl.append(c)
    box1 = ["1.粮油保税加工项目。建设年加工进口大豆300万吨的保税加工基地，配套建设粮食专用泊位。",
            "2.新能源汽车零部件项目。引进动力电池、电机电控配套企业，打造面向东盟的汽车零部件出口基地。",
            "3.东盟水果冷链加工项目。建设东盟水果保税分拣、催熟、包装加工中心。"]
    text_box(p, "专栏1　加工制造重点项目", box1, width_cm=6.2, height_cm=8.0, side="left")
    cl.extend(box1)
    _, c = body_par(doc, notes, [
        ("b", "（二）发展保税维修和再制造。"), "在符合环保和安全要求的前提下，支持企业开展工程机械、船舶"
        "配件、电子产品保税维修和再制造业务。",
        ("fn", "再制造：指对废旧机电产品进行专业化修复或升级改造，使其质量特性不低于原型新品水平的过程。")],
        runin_font=KT, runin_bold=False)
    cl.append(c)
    heading(doc, "第二节　建设物流分拨中心", font=KT, bold=True, before=0)
    for segs in [
        [("b", "（一）做强国际中转集拼。"), "推广“海铁联运+保税”模式，拓展国际中转集拼",
         ("fn", "国际中转集拼：指境外货物与国内出口货物在综合保税区内进行拆拼箱后再运往境外目的港的业务。"),
         "业务，打造面向东盟的国际集装箱分拨中心。"],
        [("b", "（二）建设冷链物流枢纽。"), "完善进口冷链食品查验、仓储、分拨设施，打造东盟水果、水产品"
         "进境集散中心。"],
    ]:
        _, c = body_par(doc, notes, segs, runin_font=KT, runin_bold=False)
        cl.append(c)
    heading(doc, "第三节　培育贸易新业态", font=KT, bold=True, before=0)
    p, c = body_par(doc, notes, [
        ("b", "（一）发展大宗商品保税交易。"), "依托北部湾产权交易所等平台，探索开展原油、铜精矿、粮食等"
        "大宗商品保税交割和期货保税交割业务。"], runin_font=KT, runin_bold=False)
    cl.append(c)
    box2 = ["1.期货保税交割。争取上海期货交易所、大连商品交易所在区内设立指定交割仓库。",
            "2.跨境电商分拨。建设面向东盟的跨境电商海外仓和“前展后仓”展示交易中心。",
            "3.汽车平行进口。完善进口汽车保税仓储、标准符合性整改和展示交易功能。"]
    text_box(p, "专栏2　贸易新业态培育重点", box2, width_cm=6.2, height_cm=7.5, side="right")
    cl.extend(box2)
    _, c = body_par(doc, notes, [
        ("b", "（二）扩大跨境电商规模。"), "支持企业开展跨境电商“9610”“9710”“9810”“1210”全模式业务",
        ("fn", "“9610”“9710”“9810”“1210”：分别为跨境贸易电子商务、跨境电子商务企业对企业直接出口、"
               "跨境电子商务出口海外仓和保税跨境贸易电子商务的海关监管方式代码。"),
        "，发展跨境电商出口海外仓。"], runin_font=KT, runin_bold=False)
    cl.append(c)
    empty(doc)

    heading(doc, "保障措施", num_id=chap)
    for head, rest in [
        ("健全工作机制。", "片区管委会成立综合保税区高质量发展工作专班，建立重点项目清单和问题清单，实行"
                     "挂图作战、定期调度。"),
        ("加大政策扶持。", "统筹自治区自贸试验区专项资金和片区产业发展资金，对新落户的加工制造项目按照设备"
                     "投资额给予一定比例补助。"),
        ("强化人才支撑。", "引进国际物流、供应链金融、海关事务等领域专业人才，落实钦州市人才引进相关政策。"),
        ("加强评估考核。", "建立规划实施年度评估机制，2030年开展中期评估，根据评估结果对规划目标任务进行"
                     "动态调整。"),
    ]:
        # Word automatic numbering （一）（二）… : the number is not in the paragraph text
        p, _ = body_par(doc, notes, [("b", head), rest], runin_font=KT, runin_bold=False)
        ppr = p._p.get_or_add_pPr()
        ppr._insert_numPr(parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                                    % (nsdecls("w"), items)))
        ppr.append(parse_xml('<w:rPr %s><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
                             '<w:sz w:val="32"/></w:rPr>' % (nsdecls("w"), KT, KT, KT)))
        cl.append(head + rest)
    # prefix the automatic numbers as rendered
    nums = ["（一）", "（二）", "（三）", "（四）"]
    for i in range(4):
        cl[-4 + i] = nums[i] + cl[-4 + i]
    empty(doc)

    heading(doc, "名词解释", font=HT)
    for t in [
        "综合保税区：是指设立在内陆地区、具有保税港区功能的海关特殊监管区域，实行封闭管理，具备保税加工、"
        "保税物流、保税服务等功能。",
        "区港联动：是指综合保税区与相邻港区在监管、作业、信息等方面协同运作，实现货物在港区与综合保税区"
        "之间快速流转。",
        "期货保税交割：是指以海关特殊监管区域内处于保税监管状态的货物作为期货实物交割标的物的一种销售方式。",
    ]:
        _, c = body_par(doc, notes, t)
        cl.append(c)
    empty(doc)
    empty(doc)
    p = doc.add_paragraph()
    fmt_par(p, first_indent=False, line=28, align=WD_ALIGN_PARAGRAPH.RIGHT)
    r = p.add_run("中国（广西）自由贸易试验区钦州港片区管理委员会")
    set_font(r, FS, 16)
    r.add_break()
    r = p.add_run("2025年12月8日　　　　　　")
    set_font(r, FS, 16)

    notes.finish(foot_fmt="decimal")
    name = "blind442_qinzhou_guihua"
    doc.save(os.path.join(HERE, name + ".docx"))
    return name, [
        {"meta": {
            "title": "钦州综合保税区高质量发展规划（2026—2035年）",
            "doc_number": None,
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2025-12-08",
            "published": None,
            "level": "zone",
            "region": "钦州综合保税区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "规划",
            "recipients": [],
            "publicity": None,
            "repeals": None},
         "clauses": cl},
    ]


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_442", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for builder in (build_chengdu, build_qinzhou):
        name, docs = builder()
        expected[name] = docs
        to_pdf(os.path.join(HERE, name + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("written:", ", ".join(sorted(expected)))


if __name__ == "__main__":
    main()
