# ruff: noqa: E501, E402  (the documents' own paragraphs, one string each; helpers then extras, as written)
from __future__ import annotations

import subprocess
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

OUT = Path(__file__).resolve().parent
FS, HT, KT, XBS, ST = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ----------------------------------------------------------------- helpers
def set_font(run, font, size, bold=False, color=None, scale=None):
    run.font.name = "Times New Roman" if font in (FS, ST) else font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    if scale:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rpr.append(w)


def border(p, side, sz=6, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def first_line_chars(p, chars=200):
    ind = p._p.get_or_add_pPr().get_or_add_ind()
    ind.set(qn("w:firstLineChars"), str(chars))


def vmerge(table, col, r1, r2):
    """Merge a column's cells r1..r2 vertically (the lower cells are empty)."""
    top = table.cell(r1, col)
    top.merge(table.cell(r2, col))


def chinese_numbering(doc, lvl_text="（%1）", fmt="chineseCounting"):
    """Add a Word list definition like （一）（二）… and return its numId."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    nids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(nids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    suff = OxmlElement("w:suff")
    suff.set(qn("w:val"), "nothing")
    lvl.insert(3, suff)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(aid))
    num.append(a)
    numbering.append(num)
    return nid


def set_num(p, num_id, ilvl=0):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def landscape(section):
    from docx.enum.section import WD_ORIENT
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(28), Mm(26)
    section.left_margin, section.right_margin = Mm(37), Mm(35)


class Writer:
    def __init__(self, size=16, line=28.95, indent_chars=True):
        self.doc = Document()
        self.size, self.line, self.indent_chars = size, line, indent_chars
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        st.font.size = Pt(size)
        pf = st.paragraph_format
        pf.space_before = pf.space_after = Pt(0)

    def para(self, runs, align=None, indent=True, line=None, before=0, after=0,
             page_break=False, right_chars=None, keep=False):
        """runs: str or list of (text, font, size, bold, color, scale)."""
        p = (getattr(self, 'target', None) or self.doc).add_paragraph()
        if page_break:
            p.paragraph_format.page_break_before = True
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line or self.line)
        pf.space_before, pf.space_after = Pt(before), Pt(after)
        if align:
            p.alignment = align
        if indent:
            if self.indent_chars:
                first_line_chars(p)
            pf.first_line_indent = Pt(2 * self.size)
        if right_chars:
            pf.right_indent = Pt(right_chars * self.size)
        if keep:
            pf.keep_with_next = True
        if isinstance(runs, str):
            runs = [(runs,)]
        if not hasattr(self, "expected"):
            self.expected = []
        self.expected.append("".join(r[0] for r in runs))
        for r in runs:
            text, font, size, bold, color, scale = (tuple(r) + (FS, self.size, False, None, None)[len(r) - 1:])[:6]
            for i, part in enumerate(text.split("\n")):
                run = p.add_run(part)
                set_font(run, font, size, bold, color, scale)
                if i < text.count("\n"):
                    run.add_break()  # soft line break (Shift+Enter)
        return p

    def blank(self, n=1):
        for _ in range(n):
            self.para("", indent=False)

    def body(self, items, bold_items=True):
        """Markup: '#x' 黑体 heading, '##x' 楷体 sub-heading (whole), text starting with （一）
        gets its first sentence in 楷体, '1.' items in bold first sentence."""
        for t in items:
            if t.startswith("##"):
                self.para([(t[2:], KT)])
            elif t.startswith("#"):
                self.para([(t[1:], HT)])
            elif t.startswith("（") and "）" in t[:5] and "。" in t and t.index("。") < 40:
                i = t.index("。") + 1
                self.para([(t[:i], KT), (t[i:], FS)])
            elif bold_items and t[:1].isdigit() and t[1:2] == "." and "。" in t:
                i = t.index("。") + 1
                self.para([(t[:i], FS, self.size, True), (t[i:], FS)])
            else:
                self.para(t)

    def red_rule(self, sz=18, before=4):
        p = self.para("", indent=False, line=6, before=before)
        border(p, "bottom", sz=sz, color="FF0000")
        return p

    def footer_page(self, footer, align, fmt=("— ", " —"), size=14):
        p = footer.paragraphs[0]
        p.alignment = align
        r = p.add_run(fmt[0])
        set_font(r, ST, size)
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE \\* MERGEFORMAT")
        r2 = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(size * 2))
        rpr.append(sz)
        r2.append(rpr)
        t = OxmlElement("w:t")
        t.text = "1"
        r2.append(t)
        fld.append(r2)
        p._p.append(fld)
        r3 = p.add_run(fmt[1])
        set_font(r3, ST, size)

    def table(self, header, rows, widths, size=12, merged_prefix="§"):
        t = self.doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        trpr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        trpr.append(th)
        for c, h in zip(t.rows[0].cells, header, strict=False):
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(c.paragraphs[0].add_run(h), HT, size)
        for row in rows:
            cells = t.add_row().cells
            if isinstance(row, str) and row.startswith(merged_prefix):
                m = cells[0].merge(cells[-1])
                set_font(m.paragraphs[0].add_run(row[1:]), HT, size)
                continue
            for _i, (c, v) in enumerate(zip(cells, row, strict=False)):
                for j, part in enumerate(v.split("\n")):
                    cp = c.paragraphs[0] if j == 0 else c.add_paragraph()
                    cp.alignment = (WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER)
                    set_font(cp.add_run(part), FS, size)
        t.autofit = False
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=False):
            gc.set(qn("w:w"), str(int(w * 56.7)))
        for row in t.rows:
            for c, w in zip(row.cells, widths, strict=False):
                c.width = Mm(w)
        return t

    def save(self, name):
        path = OUT / f"{name}.docx"
        self.doc.save(path)
        return path


def gongwen_page(section):
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(25)



# ----------------------------------------------------------------- round-2 extras
DOCX_DIR = PDF_DIR = HTML_DIR = OUT  # each document's DOCX, its PDF and one HTML export side by side


def save(w, name):
    path = DOCX_DIR / f"{name}.docx"
    w.doc.save(path)
    return path


def double_rule(w, before=4):
    """Red thick-over-thin rule used under a letter (函) masthead."""
    p = w.para("", indent=False, line=6, before=before)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:bottom")
    el.set(qn("w:val"), "thickThinSmallGap")
    el.set(qn("w:sz"), "24")
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), "FF0000")
    bdr.append(el)
    ppr.append(bdr)
    return p


def header_text(sec, text, align=WD_ALIGN_PARAGRAPH.CENTER, first_page_blank=True, rule=True):
    if first_page_blank:
        sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = align
    set_font(hp.add_run(text), ST, 10.5)
    if rule:
        border(hp, "bottom", sz=6)


def page_footers(w, sec, both_first=True):
    w.footer_page(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)
    if both_first and sec.different_first_page_header_footer:
        w.footer_page(sec.first_page_footer, WD_ALIGN_PARAGRAPH.CENTER)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def add_footnotes(doc, notes):
    """Create word/footnotes.xml holding notes {id: text}; return nothing."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:rFonts w:eastAsia="{ST}"/><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>'
        for i, t in notes.items())
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           f'{body}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")


def footnote_ref(p, nid):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    fr = OxmlElement("w:footnoteReference")
    fr.set(qn("w:id"), str(nid))
    r.append(fr)
    p._p.append(r)


def signature(w, org, date, right_chars=4, before=0):
    w.para(org, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=right_chars, before=before)
    w.para(date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=right_chars)


def title(w, text, size=22, before=0):
    w.para([(text, XBS, size)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, before=before)




# ----------------------------------------------------------------- round-3 extras
def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def drop_first_para(cell):
    if len(cell.paragraphs) > 1 and not cell.paragraphs[0].text:
        cell._tc.remove(cell.paragraphs[0]._p)


def banji(w, lines, issuer_line):
    """版记: 抄送/分送 lines and the 印发 line between rules."""
    first = True
    for t in lines:
        p = w.para(t, indent=False, line=24)
        if first:
            border(p, "top", sz=8)
            first = False
    p = w.para(issuer_line, indent=False, line=24)
    border(p, "top", sz=4)
    border(p, "bottom", sz=8)



# ======================================================================= round-4 extras (new here)
import json
from xml.sax.saxutils import escape as esc

from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml

NSMAP = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
ALLNS = " ".join(f'xmlns:{k}="{v}"' for k, v in NSMAP.items())
RECORD: dict[str, dict] = {}


def cn(n: int) -> str:
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def rpr(font=FS, size=16, bold=False, extra=""):
    b = "<w:b/><w:bCs/>" if bold else ""
    return (f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{font}"/>'
            f'{b}<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>{extra}</w:rPr>')


def r_xml(text, font=FS, size=16, bold=False, deleted=False):
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr(font, size, bold)}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def p_xml(runs_xml, jc="both", line=400, first_line=True, extra_ppr=""):
    ind = '<w:ind w:firstLineChars="200" w:firstLine="560"/>' if first_line else ""
    return (f'<w:p><w:pPr>{extra_ppr}<w:spacing w:line="{line}" w:lineRule="exact"/>{ind}<w:jc w:val="{jc}"/></w:pPr>'
            f'{runs_xml}</w:p>')


_SHAPETYPE_DONE: set[int] = set()


def textbox_run(paras_xml, w_mm, h_mm, bid, anchor=False, doc_key=0):
    cx, cy = int(w_mm * 36000), int(h_mm * 36000)
    wsp = (f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
           '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
           '<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
           f'<wps:txbx><w:txbxContent>{paras_xml}</w:txbxContent></wps:txbx>'
           '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0">'
           f'{"" if anchor else "<a:spAutoFit/>"}</wps:bodyPr></wps:wsp>')
    graphic = ('<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
               f'{wsp}</a:graphicData></a:graphic>')
    if anchor:
        drawing = (f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + bid}" '
                   'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
                   '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
                   '<wp:positionV relativeFrom="paragraph"><wp:posOffset>400000</wp:posOffset></wp:positionV>'
                   f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
                   f'<wp:docPr id="{bid}" name="文本框 {bid}"/><wp:cNvGraphicFramePr/>{graphic}</wp:anchor>')
    else:
        drawing = (f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
                   f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{bid}" name="文本框 {bid}"/>'
                   f'<wp:cNvGraphicFramePr/>{graphic}</wp:inline>')
    shapetype = ""
    if doc_key not in _SHAPETYPE_DONE:
        _SHAPETYPE_DONE.add(doc_key)
        shapetype = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                     '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')
    wpt, hpt = w_mm * 72 / 25.4, h_mm * 72 / 25.4
    pos = "position:absolute;margin-left:0;margin-top:0;mso-wrap-style:square;" if anchor else ""
    fallback = (f'<w:pict>{shapetype}<v:shape id="文本框 {bid}" o:spid="_x0000_s{1025 + bid}" type="#_x0000_t202" '
                f'style="{pos}width:{wpt:.1f}pt;height:{hpt:.1f}pt" fillcolor="#f2f2f2" strokeweight="1pt">'
                f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{paras_xml}</w:txbxContent></v:textbox>'
                + ('<w10:wrap type="topAndBottom"/>' if anchor else '') + '</v:shape></w:pict>')
    return parse_xml(f'<w:r {ALLNS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{drawing}</w:drawing>'
                     f'</mc:Choice><mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>')


def field_runs(instr, result, font=FS, size=16):
    return (f'<w:r>{rpr(font, size)}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rpr(font, size)}<w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'
            f'<w:r>{rpr(font, size)}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'{r_xml(result, font, size)}<w:r>{rpr(font, size)}<w:fldChar w:fldCharType="end"/></w:r>')


def append_xml(p, xml):
    for el in parse_xml(f'<w:root {ALLNS}>{xml}</w:root>'):
        p._p.append(el)


def body_xml(doc, xml):
    """Insert block-level XML before the final sectPr."""
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))
    for el in parse_xml(f'<w:root {ALLNS}>{xml}</w:root>'):
        sect.addprevious(el)


def wrap_in_sdt(doc, first_el, last_el, gallery, sid):
    sdt = parse_xml(f'<w:sdt {ALLNS}><w:sdtPr><w:id w:val="{sid}"/><w:docPartObj><w:docPartGallery w:val="{gallery}"/>'
                    '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent/></w:sdt>')
    first_el.addprevious(sdt)
    content = sdt.find(qn("w:sdtContent"))
    el = first_el
    while True:
        nxt = el.getnext()
        content.append(el)
        if el is last_el:
            break
        el = nxt
    return sdt


def footer_num(w, footer, align, right_chars=0, left_chars=0, fmt=("— ", " —")):
    w.footer_page(footer, align, fmt=fmt)
    pf = footer.paragraphs[0].paragraph_format
    if right_chars:
        pf.right_indent = Pt(14 * right_chars)
    if left_chars:
        pf.left_indent = Pt(14 * left_chars)


def record(name, w, meta, absent=(), furniture=(), extra=()):
    RECORD[name] = {"expected": [t for t in w.expected if t.strip()] + list(extra), "absent": list(absent),
                    "furniture": list(furniture), "meta": meta}


def make_png(path):
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (900, 420), "white")
    d = ImageDraw.Draw(im)
    for _i, (x, col) in enumerate(((80, "#c00000"), (380, "#1f4e79"), (680, "#548235"))):
        d.rounded_rectangle((x, 140, x + 170, 280), 20, outline=col, width=6)
    d.line((250, 210, 380, 210), fill="black", width=5)
    d.line((550, 210, 680, 210), fill="black", width=5)
    d.arc((165, 40, 765, 380), 200, 340, fill="#7f7f7f", width=4)
    im.save(path)


# ======================================================================= P  实施方案 with 专栏 text boxes and a figure (江苏)
def doc_p():
    w = Writer()
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    doc.settings.odd_and_even_pages_header_footer = True
    footer_num(w, sec.footer, WD_ALIGN_PARAGRAPH.RIGHT, right_chars=1)
    footer_num(w, sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, left_chars=1)
    w.para([("中国（江苏）自由贸易试验区", XBS, 26, False, RED, 85)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40, before=16)
    w.para([("工作领导小组办公室文件", XBS, 34, False, RED, 85)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=48)
    w.blank(1)
    w.para("苏自贸办发〔2022〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    w.red_rule()
    w.blank(1)
    for t in ("关于印发《中国（江苏）自由贸易试验区深度融入", "“一带一路”交汇点建设实施方案》的通知"):
        title(w, t)
    w.blank(1)
    w.para("南京、苏州、连云港市人民政府，自贸试验区各片区管理机构，省自贸试验区工作领导小组各成员单位：", indent=False)
    w.body(["《中国（江苏）自由贸易试验区深度融入“一带一路”交汇点建设实施方案》已经省自贸试验区工作领导小组第六次会议审议通过，现印发给你们，请结合实际认真贯彻落实。"])
    w.blank(1)
    signature(w, "中国（江苏）自由贸易试验区工作领导小组办公室", "二〇二二年四月八日", right_chars=2)
    w.blank(1)
    w.para("（此件公开发布）")
    # ---- the 方案
    title(w, "中国（江苏）自由贸易试验区深度融入")
    doc.paragraphs[-1].paragraph_format.page_break_before = True
    title(w, "“一带一路”交汇点建设实施方案")
    w.blank(1)
    w.body([
        "为深入贯彻落实党中央、国务院关于推进“一带一路”建设的决策部署，充分发挥中国（江苏）自由贸易试验区（以下简称江苏自贸试验区）南京、苏州、连云港三个片区的比较优势，推动江苏自贸试验区深度融入“一带一路”交汇点建设，制定本方案。",
        "#一、总体要求",
        "（一）工作目标。到2025年，江苏自贸试验区与“一带一路”沿线国家和地区的进出口额年均增长10%以上，连云港港集装箱吞吐量达到800万标箱，中欧班列（连云港）年开行量达到1200列，形成30项以上具有江苏特色的制度创新成果。",
        "（二）功能布局。南京片区重点建设具有国际影响力的自主创新先导区，苏州片区重点建设世界一流高科技产业园区，连云港片区重点建设亚欧重要国际交通枢纽和“一带一路”沿线国家交流合作平台。三个片区联动发展格局见图1。",
    ])
    png = OUT / "fig1.png"
    make_png(png)
    doc.add_picture(str(png), width=Mm(120))
    doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    cap = doc.add_paragraph()
    cap.style = doc.styles["Caption"]
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    append_xml(cap, r_xml("图", HT, 14) + field_runs("SEQ 图 \\* ARABIC", "1", HT, 14)
               + r_xml("　江苏自贸试验区三片区联动发展示意图", HT, 14))
    w.expected.append("图1　江苏自贸试验区三片区联动发展示意图")
    w.body([
        "#二、重点任务",
        "（三）建设陆海联运国际通道。深化中哈（连云港）物流合作基地、上合组织（连云港）国际物流园建设，推动海铁联运“一单制”，实现“一次申报、一次查验、一次放行”。重点项目见专栏1。",
    ])
    box1 = [
        p_xml(r_xml("专栏1　连云港片区“一带一路”交汇点重点项目", HT, 14), jc="center", first_line=False),
        p_xml(r_xml("1．中哈（连云港）物流合作基地二期工程：新建铁路专用线2条、集装箱堆场18万平方米，2023年底前建成。", FS, 14), line=360),
        p_xml(r_xml("2．上合组织（连云港）国际物流园多式联运中心：建设海铁联运换装作业区，设计年作业能力50万标箱。", FS, 14), line=360),
        p_xml(r_xml("3．连云港港30万吨级航道二期工程：2024年6月前完成航道疏浚，满足30万吨级散货船满载进港。", FS, 14), line=360),
        p_xml(r_xml("4．中欧班列（连云港）集结中心：整合省内中欧班列资源，2025年开行量达到1200列。", FS, 14), line=360),
    ]
    box1_text = ["专栏1　连云港片区“一带一路”交汇点重点项目",
                 "1．中哈（连云港）物流合作基地二期工程：新建铁路专用线2条、集装箱堆场18万平方米，2023年底前建成。",
                 "2．上合组织（连云港）国际物流园多式联运中心：建设海铁联运换装作业区，设计年作业能力50万标箱。",
                 "3．连云港港30万吨级航道二期工程：2024年6月前完成航道疏浚，满足30万吨级散货船满载进港。",
                 "4．中欧班列（连云港）集结中心：整合省内中欧班列资源，2025年开行量达到1200列。"]
    # the 专栏 floats: anchored in the next paragraph (where the author clicked), wrapped top and bottom
    p = w.para("（四）提升国际航运服务能级。支持连云港片区开展国际船舶登记、沿海捎带业务，引进国际船舶管理、航运金融、海事仲裁等高端航运服务机构，建设区域性国际航运服务中心。")
    p._p.insert(1, textbox_run("".join(box1), 150, 66, 11, anchor=True, doc_key=1))
    w.expected.extend(box1_text)
    w.body([
        "（五）推动科技创新合作。支持南京片区、苏州片区与“一带一路”沿线国家共建联合实验室、技术转移中心和海外创新中心，对新认定的国际联合实验室给予最高300万元资助。",
        "（六）深化跨境数据和金融服务。在苏州片区开展跨境数据流动试点，支持片区内银行为“一带一路”项目提供跨境人民币贷款、内保外贷等服务。具体举措见专栏2。",
    ])
    box2 = [
        p_xml(r_xml("专栏2　南京片区、苏州片区协同创新重点举措", HT, 14), jc="center", first_line=False),
        p_xml(r_xml("（1）南京片区：建设江北新区“一带一路”国际技术转移中心，每年促成跨境技术交易不少于80项。", FS, 14), line=360),
        p_xml(r_xml("（2）苏州片区：推进中新（苏州）跨境数据流动试点，探索建立数据出境安全评估“白名单”。", FS, 14), line=360),
        p_xml(r_xml("（3）三片区联动：建立片区间制度创新成果共享机制，每半年联合发布一批改革试点经验。", FS, 14), line=360),
    ]
    box2_text = ["专栏2　南京片区、苏州片区协同创新重点举措",
                 "（1）南京片区：建设江北新区“一带一路”国际技术转移中心，每年促成跨境技术交易不少于80项。",
                 "（2）苏州片区：推进中新（苏州）跨境数据流动试点，探索建立数据出境安全评估“白名单”。",
                 "（3）三片区联动：建立片区间制度创新成果共享机制，每半年联合发布一批改革试点经验。"]
    bp = doc.add_paragraph()
    bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    bp._p.append(textbox_run("".join(box2), 150, 48, 12, anchor=False, doc_key=1))
    w.expected.extend(box2_text)
    w.body([
        "#三、保障措施",
        "（七）加强组织领导。省自贸试验区工作领导小组办公室负责统筹协调，各片区管理机构承担主体责任，每年1月底前报送上年度工作进展情况。",
        "（八）强化要素保障。省级商务发展专项资金对本方案确定的重点项目给予倾斜支持；各片区所在市要优先保障重点项目用地、用海需求。",
        "（九）开展评估督导。省自贸试验区工作领导小组办公室会同省统计局建立评估指标体系，2023年底前组织开展中期评估，评估结果作为分配专项资金的重要依据。",
    ])
    w.blank(1)
    banji(w, ["抄送：商务部自贸区港司，省委办公厅，省人大常委会办公厅，省政协办公厅。"],
          "中国（江苏）自由贸易试验区工作领导小组办公室　2022年4月8日印发")
    path = save(w, "p_plan_textboxes")
    record("p_plan_textboxes", w, {"title": "关于印发《中国（江苏）自由贸易试验区深度融入“一带一路”交汇点建设实施方案》的通知",
                                   "doc_number": "苏自贸办发〔2022〕7号", "issuer": "中国（江苏）自由贸易试验区工作领导小组办公室",
                                   "date": "2022-04-08", "region": "江苏", "level": "provincial"},
           furniture=["— 1 —", "— 2 —", "— 3 —"])
    return path


# ======================================================================= Q  汇编 with cover (sdt), Word TOC (sdt, field, dot leaders), three documents (河北)
TOC_PAGES = {"_Toc101": "1", "_Toc102": "3", "_Toc103": "4"}


def doc_q():
    w = Writer()
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    # cover
    w.blank(3)
    first = doc.paragraphs[0]._p
    w.para([("中国（河北）自由贸易试验区", XBS, 26)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44)
    w.para([("政策文件汇编", XBS, 36)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    w.para([("（2022年第一辑）", KT, 18)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40, before=12)
    w.blank(8)
    w.para([("河北省商务厅（省自贸办）编印", KT, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    w.para([("二〇二二年四月", KT, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    wrap_in_sdt(doc, first, doc.paragraphs[-1]._p, "Cover Pages", 7001)
    # TOC section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.footer.is_linked_to_previous = False
    s2._sectPr.get_or_add_pgNumType() if hasattr(s2._sectPr, "get_or_add_pgNumType") else None
    pn = OxmlElement("w:pgNumType")
    pn.set(qn("w:fmt"), "upperRoman")
    pn.set(qn("w:start"), "1")
    s2._sectPr.append(pn)
    footer_num(w, s2.footer, WD_ALIGN_PARAGRAPH.CENTER, fmt=("", ""))
    entries = [
        ("一、河北省人民政府办公厅关于支持中国（河北）自由贸易试验区雄安片区高质量发展若干措施的通知（冀政办字〔2022〕31号）", "_Toc101"),
        ("二、河北省商务厅关于做好2022年度自贸试验区制度创新案例申报工作的通知（冀商自贸函〔2022〕15号）", "_Toc102"),
        ("三、曹妃甸片区管理委员会关于印发《曹妃甸片区进口铁矿石“先放后检”监管试点办法》的通知（曹自贸管〔2022〕6号）", "_Toc103"),
    ]
    xml = p_xml(r_xml("目　　录", XBS, 22), jc="center", line=600, first_line=False)
    for i, (text, anchor) in enumerate(entries):
        begin = ""
        if i == 0:
            begin = (f'<w:r>{rpr()}<w:fldChar w:fldCharType="begin"/></w:r>'
                     f'<w:r>{rpr()}<w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r>'
                     f'<w:r>{rpr()}<w:fldChar w:fldCharType="separate"/></w:r>')
        end = f'<w:r>{rpr()}<w:fldChar w:fldCharType="end"/></w:r>' if i == len(entries) - 1 else ""
        pref = field_runs("PAGEREF " + anchor + " \\h", TOC_PAGES[anchor])
        link = (f'<w:hyperlink w:anchor="{anchor}" w:history="1">{r_xml(text)}<w:r>{rpr()}<w:tab/></w:r>'
                f'{pref}</w:hyperlink>')
        xml += p_xml(begin + link + end, jc="left", line=520, first_line=False,
                     extra_ppr='<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8840"/></w:tabs>')
    toc_anchor = doc.add_paragraph()
    body_xml(doc, xml)
    toc_first = toc_anchor._p.getnext()
    toc_anchor._p.getparent().remove(toc_anchor._p)
    last = doc.element.body.find(qn("w:sectPr")).getprevious()
    wrap_in_sdt(doc, toc_first, last, "Table of Contents", 7002)
    toc_text = ["目　　录"] + [f"{t}\t{TOC_PAGES[a]}" for t, a in entries]

    header_txt = "中国（河北）自由贸易试验区政策文件汇编（2022年第一辑）"

    def new_doc_section(restart):
        s = doc.add_section(WD_SECTION.NEW_PAGE)
        s.header.is_linked_to_previous = False
        s.footer.is_linked_to_previous = False
        if restart:
            pn = OxmlElement("w:pgNumType")
            pn.set(qn("w:fmt"), "decimal")
            pn.set(qn("w:start"), "1")
            s._sectPr.append(pn)
            hp = s.header.paragraphs[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(hp.add_run(header_txt), ST, 10.5)
            border(hp, "bottom", sz=6)
            footer_num(w, s.footer, WD_ALIGN_PARAGRAPH.CENTER)
        else:
            for old_pn in s._sectPr.findall(qn("w:pgNumType")):  # copied from the section before: numbering continues
                s._sectPr.remove(old_pn)
            s.header.is_linked_to_previous = True
            s.footer.is_linked_to_previous = True
        return s

    def doc_title(lines, anchor, bid):
        for i, t in enumerate(lines):
            title(w, t)
            p = doc.paragraphs[-1]
            p.style = doc.styles["Heading 1"]
            for r in p.runs:
                set_font(r, XBS, 22)
                r.font.color.rgb = RGBColor(0, 0, 0)
                r.font.bold = False
            if i == 0:
                p._p.insert(1, parse_xml(f'<w:bookmarkStart {ALLNS} w:id="{bid}" w:name="{anchor}"/>'))
            if i == len(lines) - 1:
                p._p.append(parse_xml(f'<w:bookmarkEnd {ALLNS} w:id="{bid}"/>'))

    metas = []
    # ---- doc 1
    new_doc_section(True)
    doc_title(["河北省人民政府办公厅关于支持中国（河北）", "自由贸易试验区雄安片区高质量发展若干措施的通知"], "_Toc101", 1)
    w.para("冀政办字〔2022〕31号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    w.blank(1)
    w.para("各市（含定州、辛集市）人民政府，雄安新区管委会，省政府各部门：", indent=False)
    w.body([
        "为深入贯彻落实《中国（河北）自由贸易试验区总体方案》，支持中国（河北）自由贸易试验区雄安片区（以下简称雄安片区）建设高标准高质量发展示范区，经省政府同意，提出如下措施。",
        "一、赋予雄安片区省级经济管理权限。除法律、行政法规规定不得下放的事项外，省级经济管理权限原则上依法下放或者委托雄安片区管理机构实施，2022年6月底前公布第一批下放事项清单。",
        "二、支持数字贸易创新发展。支持雄安片区建设数字贸易港，开展数据跨境传输安全管理试点；对新落户雄安片区的数字贸易企业，省级商务发展专项资金按其实际投资额的5%给予补助，最高500万元。",
        "三、推进金融开放创新。支持在雄安片区设立外资银行、保险公司分支机构，开展本外币一体化资金池试点；对符合条件的“一带一路”项目，省级融资担保机构担保费率降至1%以下。",
        "四、强化人才支撑。对雄安片区引进的国际高端人才，在出入境、工作许可、子女入学等方面提供“一站式”服务；外籍高端人才工作许可有效期可延长至5年。",
        "五、加强工作保障。省有关部门要建立支持雄安片区发展的工作台账，每半年向省自贸试验区工作领导小组办公室报告落实情况。",
    ])
    w.blank(1)
    signature(w, "河北省人民政府办公厅", "2022年4月8日")
    w.para("（此件公开发布）")
    metas.append({"title": "河北省人民政府办公厅关于支持中国（河北）自由贸易试验区雄安片区高质量发展若干措施的通知",
                  "doc_number": "冀政办字〔2022〕31号", "issuer": "河北省人民政府办公厅", "date": "2022-04-08",
                  "region": "河北", "level": "provincial"})
    # ---- doc 2
    new_doc_section(False)
    doc_title(["河北省商务厅关于做好2022年度自贸试验区", "制度创新案例申报工作的通知"], "_Toc102", 2)
    w.para("冀商自贸函〔2022〕15号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    w.blank(1)
    w.para("中国（河北）自由贸易试验区雄安、正定、曹妃甸、大兴机场片区管理机构：", indent=False)
    w.body([
        "为总结推广自贸试验区改革创新经验，现就做好2022年度制度创新案例申报工作通知如下：",
        "一、申报范围。2021年1月1日以来各片区自主探索形成、已落地实施并取得明显成效的制度创新成果，重点是投资贸易便利化、金融开放、京津冀协同发展和服务“一带一路”建设等领域。",
        "二、申报要求。每个片区申报案例不超过5个，每个案例材料不超过3000字，须包括改革背景、主要做法、实践效果和复制推广建议。",
        "三、时间安排。请于2022年4月30日前将申报材料电子版报送省商务厅自贸试验区综合处，逾期不予受理。",
        "联系人：赵宏伟　电话：0311-87909123",
    ])
    w.blank(1)
    signature(w, "河北省商务厅", "2022年4月12日")
    metas.append({"title": "河北省商务厅关于做好2022年度自贸试验区制度创新案例申报工作的通知",
                  "doc_number": "冀商自贸函〔2022〕15号", "issuer": "河北省商务厅", "date": "2022-04-12",
                  "region": "河北", "level": "provincial"})
    # ---- doc 3
    new_doc_section(False)
    doc_title(["中国（河北）自由贸易试验区曹妃甸片区管理委员会", "关于印发《曹妃甸片区进口铁矿石“先放后检”", "监管试点办法》的通知"], "_Toc103", 3)
    w.para("曹自贸管〔2022〕6号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    w.blank(1)
    w.para("片区各部门，各有关企业：", indent=False)
    w.body(["《曹妃甸片区进口铁矿石“先放后检”监管试点办法》已经片区管委会主任办公会议研究同意，现印发给你们，请遵照执行。"])
    w.para([("曹妃甸片区进口铁矿石“先放后检”监管试点办法", HT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=6)
    w.body([
        "第一条　为提高进口铁矿石通关效率，降低企业物流成本，根据海关总署关于进口铁矿石检验监管方式改革的有关规定，制定本办法。",
        "第二条　本办法适用于在曹妃甸港区卸货、由片区内企业申报进口的铁矿石。",
        "第三条　试点企业进口的铁矿石，在完成现场检验检疫后即可提离港口，海关依企业申请实施品质检验，检验结果在货物提离后10个工作日内出具。",
        "第四条　申请参加试点的企业应当符合下列条件：海关信用等级为一般信用以上，近两年无走私违法记录，年进口铁矿石不少于100万吨。",
        "第五条　试点企业在检验结果出具前擅自使用、销售铁矿石造成损失的，由企业承担责任，并取消其试点资格。",
        "第六条　本办法自2022年5月1日起施行，试点期限为2年。",
    ])
    w.blank(1)
    signature(w, "中国（河北）自由贸易试验区曹妃甸片区管理委员会", "二〇二二年四月十五日", right_chars=0)
    metas.append({"title": "中国（河北）自由贸易试验区曹妃甸片区管理委员会关于印发《曹妃甸片区进口铁矿石“先放后检”监管试点办法》的通知",
                  "doc_number": "曹自贸管〔2022〕6号", "issuer": "中国（河北）自由贸易试验区曹妃甸片区管理委员会",
                  "date": "2022-04-15", "region": "河北", "level": "municipal"})
    path = save(w, "q_compilation_toc")
    record("q_compilation_toc", w, {"documents": metas, "cover": "中国（河北）自由贸易试验区政策文件汇编（2022年第一辑）"},
           furniture=[header_txt], absent=toc_text)
    return path


# ======================================================================= R  人大常委会公告 + 条例 with 章/节, Word-numbered articles (浙江)
def doc_r():
    w = Writer(line=26)
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    header_text(sec, "浙江省人民代表大会常务委员会公报　2022年第3号", align=WD_ALIGN_PARAGRAPH.LEFT)
    page_footers(w, sec)
    # numbering: 第%1章 (level 0) and 第%1条 (separate list), items （%1）
    numbering = doc.part.numbering_part.element

    def abstract(aid, lvl_text, fmt, suff, bold=False, font=FS):
        b = "<w:b/>" if bold else ""
        xml = (f'<w:abstractNum {ALLNS} w:abstractNumId="{aid}"><w:multiLevelType w:val="singleLevel"/>'
               f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="{suff}"/>'
               f'<w:lvlText w:val="{lvl_text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
               f'<w:rPr><w:rFonts w:eastAsia="{font}"/>{b}</w:rPr></w:lvl></w:abstractNum>')
        el = parse_xml(xml)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)

    def num(nid, aid, restart=False):
        over = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ""
        numbering.append(parse_xml(f'<w:num {ALLNS} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{over}</w:num>'))

    abstract(91, "第%1章", "chineseCounting", "space", font=HT)
    abstract(92, "第%1条", "chineseCounting", "space", bold=True, font=HT)
    abstract(93, "（%1）", "chineseCounting", "nothing")
    num(91, 91)
    num(92, 92)
    next_item_num = [100]

    w.para([("浙江省人民代表大会常务委员会", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=12)
    w.para([("公　　告", XBS, 30)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=46)
    w.para("第65号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=12)
    w.body([
        "《浙江省第十三届人民代表大会常务委员会关于修改〈浙江省推进“一带一路”重要枢纽建设条例〉的决定》已于2022年3月18日经浙江省第十三届人民代表大会常务委员会第三十五次会议通过，现予公布，自2022年5月1日起施行。",
        "根据上述决定，《浙江省推进“一带一路”重要枢纽建设条例》作相应修改并对条文顺序作相应调整，重新公布。",
    ])
    w.blank(1)
    signature(w, "浙江省人民代表大会常务委员会", "2022年3月18日")
    # 条例 on a new page
    title(w, "浙江省推进“一带一路”重要枢纽建设条例")
    doc.paragraphs[-1].paragraph_format.page_break_before = True
    w.para([("（2019年9月27日浙江省第十三届人民代表大会常务委员会第十四次会议通过　根据2020年9月24日浙江省第十三届人民代表大会常务委员会第二十四次会议《关于修改〈浙江省推进“一带一路”重要枢纽建设条例〉等七件地方性法规的决定》第一次修正　根据2022年3月18日浙江省第十三届人民代表大会常务委员会第三十五次会议《关于修改〈浙江省推进“一带一路”重要枢纽建设条例〉的决定》第二次修正）", KT, 14)],
           indent=False, line=24, before=6, after=6)
    chap_n = [0]
    art_n = [0]

    def chapter(name):
        chap_n[0] += 1
        p = w.para([(name, HT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=8, after=4, keep=True)
        p.style = doc.styles["Heading 1"]
        for r in p.runs:
            set_font(r, HT, 16)
            r.font.color.rgb = RGBColor(0, 0, 0)
        p.paragraph_format.first_line_indent = Pt(0)
        set_num(p, 91)
        w.expected[-1] = f"第{cn(chap_n[0])}章 {name}"

    def section(name):
        p = w.para([(name, KT, 16, True)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=4, after=4, keep=True)
        p.style = doc.styles["Heading 2"]
        for r in p.runs:
            set_font(r, KT, 16, True)
            r.font.color.rgb = RGBColor(0, 0, 0)

    def art(text, *items, tail=None):
        art_n[0] += 1
        p = w.para(text)
        set_num(p, 92)
        w.expected[-1] = f"第{cn(art_n[0])}条 {text}"
        if items:
            nid = next_item_num[0]
            next_item_num[0] += 1
            num(nid, 93, restart=True)
            for k, it in enumerate(items):
                q = w.para(it)
                set_num(q, nid)
                w.expected[-1] = f"（{cn(k + 1)}）{it}"
        if tail:
            w.para(tail)

    chapter("总　　则")
    art("为了推进“一带一路”重要枢纽建设，推动形成全面开放新格局，根据有关法律、行政法规，结合本省实际，制定本条例。")
    art("本省行政区域内推进“一带一路”重要枢纽建设及其相关服务、保障和监督管理等活动，适用本条例。")
    art("推进“一带一路”重要枢纽建设应当坚持政府引导、市场主导、开放合作、互利共赢的原则，以中国（浙江）自由贸易试验区舟山、宁波、杭州、金义片区为重要平台。")
    art("县级以上人民政府应当加强对“一带一路”重要枢纽建设工作的领导，将其纳入国民经济和社会发展规划，建立健全协调机制，所需经费列入本级财政预算。",
        tail="省商务主管部门负责“一带一路”重要枢纽建设的综合协调和督促指导工作。发展改革、交通运输、财政、自然资源等部门按照各自职责做好相关工作。")
    chapter("枢纽建设")
    section("第一节　海港枢纽")
    art("省人民政府应当统筹宁波舟山港一体化发展，推进大宗商品储运基地、国际航运和物流枢纽建设，提升港口国际竞争力。")
    art("支持中国（浙江）自由贸易试验区舟山片区建设国际油气交易中心，依法开展原油、成品油、液化天然气等大宗商品现货交易和保税燃料油加注业务。",
        tail="保税燃料油加注企业实行名录管理，具体办法由省商务主管部门会同有关部门制定。")
    art("港口经营人应当按照国家和省有关规定公开收费项目和收费标准，不得收取未公示的费用。")
    section("第二节　陆港和空港枢纽")
    art("县级以上人民政府应当推进义乌、金华、宁波等国际陆港建设，发展中欧班列，完善海铁联运、公铁联运体系。")
    art("支持杭州萧山国际机场、宁波栎社国际机场拓展国际航线，建设航空物流枢纽，发展航空快件、跨境电子商务等业务。")
    section("第三节　数字枢纽")
    art("省人民政府应当推进数字丝绸之路建设，支持建设跨境电子商务综合试验区、世界电子贸易平台（eWTP）和数字贸易服务平台。")
    art("鼓励企业在“一带一路”沿线国家和地区设立海外仓、境外营销网络和售后服务中心，县级以上人民政府可以给予资金支持。")
    chapter("贸易投资便利化")
    art("海关、海事、边检等口岸管理部门应当推进国际贸易“单一窗口”建设，推行货物“提前申报”“两步申报”等通关模式，压缩整体通关时间。")
    art("第三方检验检测机构出具的检验检测结果，符合国家有关规定的，海关、市场监督管理等部门可以依法采信。")
    art("有关部门应当为企业开展对外投资合作提供下列服务：",
        "境外投资备案、核准等手续办理指导；", "国别投资环境、法律政策等信息咨询；", "境外安全风险预警和应急处置协助。")
    art("县级以上人民政府应当建立健全涉外商事纠纷多元化解决机制，支持仲裁机构、调解组织为“一带一路”建设提供服务。")
    chapter("保障措施")
    art("县级以上人民政府应当统筹安排资金，支持“一带一路”重要枢纽重大项目建设，对符合条件的项目优先保障用地、用海、用能指标。")
    art("金融机构应当为“一带一路”重要枢纽建设提供融资、结算、保险等金融服务。鼓励保险机构开发海外投资保险产品。")
    art("省人民政府应当每年向省人民代表大会常务委员会报告“一带一路”重要枢纽建设情况。")
    chapter("附　　则")
    art("本条例自2020年1月1日起施行。2016年7月29日浙江省第十二届人民代表大会常务委员会第三十一次会议通过的《浙江省港口服务保障条例》同时废止。")
    path = save(w, "r_regulation_announcement")
    record("r_regulation_announcement", w, {"title": "浙江省推进“一带一路”重要枢纽建设条例",
                                             "doc_number": "浙江省人民代表大会常务委员会公告第65号",
                                             "issuer": "浙江省人民代表大会常务委员会", "date": "2022-03-18",
                                             "region": "浙江", "level": "provincial",
                                             "repeals": "浙江省港口服务保障条例", "articles": art_n[0]},
           furniture=["浙江省人民代表大会常务委员会公报　2022年第3号"])
    return path


# ======================================================================= S  tracked changes + comments + content controls (广东)
def doc_s():
    w = Writer()
    doc = w.doc
    sec = doc.sections[0]
    gongwen_page(sec)
    page_footers(w, sec)
    doc.settings.element.append(parse_xml(f'<w:trackRevisions {ALLNS}/>'))
    rid = [200]
    absent, expected = [], []

    def nid():
        rid[0] += 1
        return rid[0]

    def ins(t, font=FS, size=16, bold=False):
        return f'<w:ins w:id="{nid()}" w:author="陈晓峰" w:date="2022-04-06T10:12:00Z">{r_xml(t, font, size, bold)}</w:ins>'

    def dele(t, font=FS, size=16, bold=False):
        return f'<w:del w:id="{nid()}" w:author="陈晓峰" w:date="2022-04-06T10:15:00Z">{r_xml(t, font, size, bold, deleted=True)}</w:del>'

    def sdt_inline(alias, text, font=FS, size=16):
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{nid()}"/><w:text/></w:sdtPr>'
                f'<w:sdtContent>{r_xml(text, font, size)}</w:sdtContent></w:sdt>')

    def tracked(parts, first_line=True, jc="both", para_mark=None):
        """parts: list of (kind, text[, font, bold]) kind in n/i/d. para_mark: 'ins'|'del' marks the whole paragraph."""
        xml, acc, dl = "", "", ""
        for part in parts:
            kind, text = part[0], part[1]
            font = part[2] if len(part) > 2 else FS
            bold = part[3] if len(part) > 3 else False
            if kind == "n":
                xml += r_xml(text, font, 16, bold)
                acc += text
            elif kind == "i":
                xml += ins(text, font, 16, bold)
                acc += text
            else:
                xml += dele(text, font, 16, bold)
                dl += text
        mark = ""
        if para_mark == "ins":
            mark = f'<w:rPr><w:ins w:id="{nid()}" w:author="陈晓峰" w:date="2022-04-06T10:20:00Z"/></w:rPr>'
        elif para_mark == "del":
            mark = f'<w:rPr><w:del w:id="{nid()}" w:author="陈晓峰" w:date="2022-04-06T10:22:00Z"/></w:rPr>'
        ind = '<w:ind w:firstLineChars="200" w:firstLine="640"/>' if first_line else ""
        p = doc.add_paragraph()
        p._p.append(parse_xml(f'<w:pPr {ALLNS}><w:spacing w:line="579" w:lineRule="exact"/>{ind}<w:jc w:val="{jc}"/>{mark}</w:pPr>'))
        append_xml(p, xml)
        if acc:
            expected.append(acc)
        if dl:
            absent.append(dl)
        return p

    w.blank(1)
    w.para([("广州南沙开发区管委会办公室文件", XBS, 30, False, RED, 80)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=46)
    w.blank(1)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    append_xml(p, sdt_inline("文号", "穗南开管办〔2022〕9号"))
    expected.append("穗南开管办〔2022〕9号")
    w.red_rule()
    w.blank(1)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    append_xml(p, sdt_inline("标题", "关于印发南沙片区促进跨境贸易便利化若干措施的通知", XBS, 22))
    expected.append("关于印发南沙片区促进跨境贸易便利化若干措施的通知")
    w.blank(1)
    w.para("区各部门，各有关单位：", indent=False)
    tracked([("n", "《南沙片区促进跨境贸易便利化若干措施》已经区管委会"), ("d", "第4次主任办公会议审议"), ("i", "同意"),
             ("n", "，现印发给你们，请认真组织实施。执行中遇到的问题，请径向区商务局反映。")])
    w.blank(1)
    signature(w, "广州南沙开发区管委会办公室", "2022年4月8日")
    w.blank(1)
    w.para("（此件主动公开）")
    t = w.para([("南沙片区促进跨境贸易便利化若干措施", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    t.paragraph_format.page_break_before = True
    w.blank(1)
    tracked([("n", "为贯彻落实《中国（广东）自由贸易试验区总体方案》和《广州南沙深化面向世界的粤港澳全面合作总体方案》，进一步提升中国（广东）自由贸易试验区广州南沙新区片区（以下简称南沙片区）跨境贸易便利化水平，"),
             ("i", "服务“一带一路”建设，"), ("n", "制定以下措施。")])
    tracked([("n", "一、推行“湾区一港通”。", KT), ("n", "支持南沙港与珠江西岸、粤港澳大湾区内河码头开展组合港模式，货物在"),
             ("d", "南沙港区"), ("i", "组合港各码头"), ("n", "一次申报、一次查验、一次放行。")])
    p3 = tracked([("n", "二、降低港口物流成本。", KT), ("n", "对在南沙港区新开通“一带一路”沿线国家集装箱班轮航线的航运企业，每条航线给予"),
                  ("d", "30万元"), ("i", "50万元"), ("n", "奖励；航线年运营满50个航次的，再给予"), ("d", "20万元"), ("i", "30万元"), ("n", "奖励。")])
    tracked([("n", "三、支持跨境电商发展。", KT), ("n", "对年度跨境电商进出口额首次超过5亿元的企业，给予一次性100万元奖励。"),
             ("d", "对新建跨境电商海外仓的企业，按照实际投资额的10%给予补助。")])
    tracked([("i", "四、推进“智慧口岸”建设。", KT), ("i", "推广应用无人集卡、智能理货和区块链电子提单，2022年底前实现南沙港区四期自动化码头全流程无纸化作业。")],
            para_mark="ins")
    tracked([("d", "四、加强检验检测互认。", KT), ("d", "推动与香港检验检测机构结果互认，对获得香港认可资质机构出具的检测报告予以采信。")],
            para_mark="del")
    p6 = tracked([("n", "五、优化通关服务。", KT), ("n", "海关、海事等部门在南沙港区实行7×24小时预约通关，对鲜活农产品实行"),
                  ("d", "“即查即放”"), ("i", "“绿色通道+即查即放”"), ("n", "。")])
    tracked([("n", "六、强化金融支持。", KT), ("n", "支持辖内银行为外贸企业提供跨境人民币结算、出口信用保险保单融资等服务，对获得出口信用保险保单融资的中小微企业给予保费"),
             ("d", "30%"), ("i", "50%"), ("n", "补贴，单个企业每年最高"), ("i", "不超过"), ("n", "50万元。")])
    tracked([("n", "七、本措施自"), ("d", "2022年5月1日"), ("i", "印发之日"), ("n", "起施行，有效期至"), ("d", "2023年12月31日"), ("i", "2024年12月31日"),
             ("n", "。本措施由区商务局负责解释。")])
    # comments on item 二 and 五
    c1 = [r for r in p3.runs if "奖励" in r.text][:1]
    doc.add_comment(c1, text="此处奖励标准已与区财政局核对，建议保留50万元。", author="林雅婷", initials="LYT")
    c2 = [r for r in p6.runs if "7×24" in r.text][:1]
    doc.add_comment(c2, text="请海关确认是否覆盖周末查验，正式印发前删除本批注。", author="林雅婷", initials="LYT")
    absent += ["此处奖励标准已与区财政局核对，建议保留50万元。", "请海关确认是否覆盖周末查验，正式印发前删除本批注。"]
    w.blank(2)
    banji(w, ["抄送：广州市商务局，南沙海关，广州南沙海事局。"], "广州南沙开发区管委会办公室　　　　2022年4月8日印发")
    path = save(w, "s_tracked_changes")
    rec_w = type("X", (), {"expected": w.expected + expected})
    record("s_tracked_changes", rec_w, {"title": "关于印发南沙片区促进跨境贸易便利化若干措施的通知", "doc_number": "穗南开管办〔2022〕9号",
                                         "issuer": "广州南沙开发区管委会办公室", "date": "2022-04-08", "region": "广东（广州南沙）",
                                         "level": "municipal"}, absent=absent)
    return path


# ======================================================================= T  新闻发布稿 / 政策解读 (甘肃), web style
def doc_t():
    w = Writer(size=14, line=26)
    doc = w.doc
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin = sec.bottom_margin = Mm(25)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(sec.footer.paragraphs[0].add_run("甘肃省商务厅网站　www.gsdofcom.gov.cn"), ST, 9)
    w.para([("《甘肃省推进中欧班列和国际陆港高质量发展的实施意见》政策解读", ST, 18, True)],
           align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=6)
    w.para([("发布时间：2022-04-08　　来源：甘肃省商务厅", ST, 10.5, False, RGBColor(0x66, 0x66, 0x66))],
           align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=18)
    p = w.para([("【字体：大　中　小】　　【打印本页】", ST, 10.5, False, RGBColor(0x66, 0x66, 0x66))],
               align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=18, after=6)
    border(p, "bottom", sz=4, color="999999")

    def head(t):
        w.para([(t, ST, 14, True)], indent=False, before=6, keep=True)

    w.body([
        "2022年3月30日，甘肃省人民政府办公厅印发《甘肃省推进中欧班列和国际陆港高质量发展的实施意见》（甘政办发〔2022〕38号，以下简称《实施意见》）。为便于社会各界准确理解政策内容，省商务厅会同省发展改革委、兰州海关对《实施意见》进行解读。",
    ])
    head("出台背景")
    w.body([
        "甘肃地处丝绸之路经济带黄金段，是向西开放的重要门户。2021年，全省开行中欧班列、中亚班列等国际货运班列496列，同比增长21%，但仍存在回程货源不足、班列运营分散、陆港功能不完善等问题。为此，省政府办公厅出台《实施意见》，推动中欧班列和国际陆港由“数量增长”向“质量提升”转变。",
    ])
    head("总体目标")
    w.body([
        "《实施意见》提出，到2025年，全省国际货运班列年开行量达到1000列以上，回程班列占比提高到35%；兰州、武威、天水国际陆港基本建成集货物集散、通关、仓储、金融服务于一体的综合性陆港，兰州新区综合保税区进出口额突破100亿元。",
    ])
    head("主要任务")
    w.body([
        "《实施意见》从五个方面部署了18项重点任务：一是整合班列资源，组建全省统一的班列运营平台，统一品牌、统一调度；二是拓展班列线路，巩固中亚、中欧线路，积极开辟南亚公铁联运通道和西部陆海新通道班列；三是提升陆港功能，支持兰州国际陆港申建国家级示范物流园区，武威国际陆港开展进口木材、粮食指定监管场地建设；四是发展“班列+”经济，培育班列沿线加工贸易、跨境电商和国际集拼业务；五是优化通关环境，推广“铁路快通”模式，实现班列货物在陆港“一次申报、一次查验、一次放行”。",
    ])
    head("支持政策")
    w.body([
        "在资金支持方面，省级财政每年安排1.5亿元，对去程班列按照实际运输距离给予补贴，补贴标准逐年递减；对回程班列补贴标准上浮20%。在用地保障方面，陆港建设项目优先纳入省重大项目清单，新增建设用地计划指标予以倾斜。在金融服务方面，鼓励银行机构开展铁路运单融资，对以铁路运单为凭证发放的贷款，省级财政按照贷款额的1%给予风险补偿。",
        "需要说明的是，《实施意见》中的班列补贴政策自2022年4月1日起执行，此前已开行的班列仍按原办法结算。",
    ])
    head("下一步工作")
    w.body([
        "省商务厅将会同有关部门制定班列补贴资金管理细则，于二〇二二年五月底前向社会公布，并适时组织开展政策宣讲，推动各项措施落地见效。",
    ])
    # hyperlink paragraph
    p = w.para([("相关链接：", ST, 12)], indent=False, before=8)
    part = doc.part
    rid_ = part.relate_to("http://www.gansu.gov.cn/gsszf/c100055/202204/xxgk38.shtml",
                          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True)
    link_text = "甘肃省人民政府办公厅关于推进中欧班列和国际陆港高质量发展的实施意见"
    link_rpr = rpr(ST, 12, extra='<w:color w:val="0563C1"/><w:u w:val="single"/>')
    append_xml(p, f'<w:hyperlink r:id="{rid_}" w:history="1"><w:r>{link_rpr}'
                  f'<w:t>{link_text}</w:t></w:r></w:hyperlink>')
    w.expected[-1] = "相关链接：" + link_text
    w.para([("（责任编辑：王晓燕）", ST, 12)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=8)
    w.para([("【打印本页】　【关闭窗口】", ST, 10.5, False, RGBColor(0x66, 0x66, 0x66))], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    path = save(w, "t_policy_interpretation")
    record("t_policy_interpretation", w, {"title": "《甘肃省推进中欧班列和国际陆港高质量发展的实施意见》政策解读", "doc_number": None,
                                          "issuer": "甘肃省商务厅", "date": "2022-04-08", "region": "甘肃", "level": "provincial"},
           furniture=["甘肃省商务厅网站　www.gsdofcom.gov.cn", "【字体：大　中　小】　　【打印本页】", "【打印本页】　【关闭窗口】"])
    return path


def to_pdf(docx: Path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(PDF_DIR), str(docx)],
                   check=True, capture_output=True)


def to_html(docx: Path):
    subprocess.run(["soffice", "--headless", "--convert-to", "html", "--outdir", str(HTML_DIR), str(docx)],
                   check=True, capture_output=True)


if __name__ == "__main__":
    import sys
    for d in (DOCX_DIR, PDF_DIR, HTML_DIR):
        d.mkdir(parents=True, exist_ok=True)
    only = sys.argv[1:]
    for f in (doc_p, doc_q, doc_r, doc_s, doc_t):
        if only and f.__name__ not in only:
            continue
        p = f()
        if "--nopdf" not in only:
            to_pdf(p)
        print("made", p.name)
    to_html(DOCX_DIR / "p_plan_textboxes.docx")
    if True:  # the titled HTML copy and expected.json are the check's, not the tests'
        raise SystemExit(0)
    # the same export from a copy whose Word document property "title" is filled in (File > Properties)
    from docx import Document as _D
    t_dir = OUT / "html_titled"
    t_dir.mkdir(exist_ok=True)
    d = _D(str(DOCX_DIR / "p_plan_textboxes.docx"))
    d.core_properties.title = "关于印发《中国（江苏）自由贸易试验区深度融入“一带一路”交汇点建设实施方案》的通知"
    tmp = OUT / "scratch" / "p_plan_textboxes.docx"
    tmp.parent.mkdir(exist_ok=True)
    d.save(str(tmp))
    subprocess.run(["soffice", "--headless", "--convert-to", "html", "--outdir", str(t_dir), str(tmp)],
                   check=True, capture_output=True)
    ej = OUT / "expected.json"
    merged = json.loads(ej.read_text(encoding="utf-8")) if ej.exists() else {}
    merged.update(RECORD)
    ej.write_text(json.dumps(merged, ensure_ascii=False, indent=1), encoding="utf-8")
