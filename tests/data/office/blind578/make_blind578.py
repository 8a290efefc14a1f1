# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 578: page-setup heavy 自贸区 white paper / reports.

Run:  /work/venv/bin/python make_blind578.py
Writes next to itself: blind578_*.docx, blind578_*.pdf, expected.json
"""
import os
import json
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import (WD_ALIGN_PARAGRAPH, WD_LINE_SPACING,
                            WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK)
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
ST = '宋体'

W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT


# ---------------------------------------------------------------- low level
def set_fonts(rpr, east, ascii_font='Times New Roman'):
    rf = rpr.get_or_add_rFonts()
    for k in list(rf.attrib):
        del rf.attrib[k]
    rf.set(qn('w:ascii'), ascii_font)
    rf.set(qn('w:hAnsi'), ascii_font)
    rf.set(qn('w:eastAsia'), east)
    rf.set(qn('w:cs'), ascii_font)


def R(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    r.font.size = Pt(size)
    if bold:
        r.font.bold = True
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    set_fonts(r._element.get_or_add_rPr(), font)
    return r


def PF(p, align=J, indent=0, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    pf.alignment = align
    if indent:
        pf.first_line_indent = Pt(indent)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def mk_run(text=None, font=FS, size=16, tab=False, fld=None, instr=None,
           bold=False):
    r = OxmlElement('w:r')
    rpr = OxmlElement('w:rPr')
    rf = OxmlElement('w:rFonts')
    rf.set(qn('w:ascii'), 'Times New Roman')
    rf.set(qn('w:hAnsi'), 'Times New Roman')
    rf.set(qn('w:eastAsia'), font)
    rpr.append(rf)
    if bold:
        rpr.append(OxmlElement('w:b'))
    sz = OxmlElement('w:sz')
    sz.set(qn('w:val'), str(int(size * 2)))
    rpr.append(sz)
    r.append(rpr)
    if tab:
        r.append(OxmlElement('w:tab'))
    if fld:
        fc = OxmlElement('w:fldChar')
        fc.set(qn('w:fldCharType'), fld)
        r.append(fc)
    if instr:
        it = OxmlElement('w:instrText')
        it.set(qn('xml:space'), 'preserve')
        it.text = instr
        r.append(it)
    if text is not None:
        t = OxmlElement('w:t')
        t.set(qn('xml:space'), 'preserve')
        t.text = text
        r.append(t)
    return r


def add_page_field(p, font=ST, size=14, prefix='— ', suffix=' —', fmt=None):
    if prefix:
        R(p, prefix, font, size)
    instr = ' PAGE ' if not fmt else ' PAGE \\* %s ' % fmt
    p._p.append(mk_run(font=font, size=size, fld='begin'))
    p._p.append(mk_run(font=font, size=size, instr=instr))
    p._p.append(mk_run(font=font, size=size, fld='separate'))
    p._p.append(mk_run('1', font=font, size=size))
    p._p.append(mk_run(font=font, size=size, fld='end'))
    if suffix:
        R(p, suffix, font, size)


def set_section(sec, landscape=False, margins=(3.7, 3.5, 2.8, 2.6)):
    top, bottom, left, right = margins
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width = Cm(29.7)
        sec.page_height = Cm(21.0)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
    sec.top_margin = Cm(top)
    sec.bottom_margin = Cm(bottom)
    sec.left_margin = Cm(left)
    sec.right_margin = Cm(right)
    sec.footer_distance = Cm(2.5) if not landscape else Cm(1.5)


def set_pgnum(sec, start=None, fmt=None):
    sp = sec._sectPr
    for old in sp.findall(qn('w:pgNumType')):
        sp.remove(old)
    if start is None and fmt is None:
        return
    el = OxmlElement('w:pgNumType')
    if fmt:
        el.set(qn('w:fmt'), fmt)
    if start is not None:
        el.set(qn('w:start'), str(start))
    anchor = None
    for tag in ('w:cols', 'w:formProt', 'w:vAlign', 'w:noEndnote',
                'w:titlePg', 'w:textDirection', 'w:bidi', 'w:rtlGutter',
                'w:docGrid'):
        anchor = sp.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(el)
    else:
        sp.append(el)


def sect_footnote_fmt(sec, fmt):
    sp = sec._sectPr
    el = parse_xml('<w:footnotePr xmlns:w="%s"><w:numFmt w:val="%s"/>'
                   '</w:footnotePr>'
                   % (W_NS, fmt))
    refs = sp.findall(qn('w:headerReference')) + sp.findall(qn('w:footerReference'))
    if refs:
        refs[-1].addnext(el)
    else:
        sp.insert(0, el)


def bottom_border(p, color='FF0000', sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = parse_xml('<w:pBdr xmlns:w="%s"><w:bottom w:val="single" w:sz="%d" '
                    'w:space="1" w:color="%s"/></w:pBdr>' % (W_NS, sz, color))
    ppr.append(bdr)


def cell_borders(cell, top=None, bottom=None):
    tcPr = cell._tc.get_or_add_tcPr()
    xml = '<w:tcBorders xmlns:w="%s">' % W_NS
    xml += ('<w:top w:val="single" w:sz="%d" w:space="0" w:color="000000"/>' % top
            if top else '<w:top w:val="nil"/>')
    xml += '<w:left w:val="nil"/>'
    xml += ('<w:bottom w:val="single" w:sz="%d" w:space="0" w:color="000000"/>' % bottom
            if bottom else '<w:bottom w:val="nil"/>')
    xml += '<w:right w:val="nil"/></w:tcBorders>'
    tcPr.append(parse_xml(xml))


def fix_widths(t, widths_cm):
    """Write tblW / fixed layout / gridCol / tcW so Word and LibreOffice agree."""
    t.autofit = False
    tbl = t._tbl
    tblPr = tbl.tblPr
    tw = int(sum(widths_cm) * 567)
    for el in tblPr.findall(qn('w:tblW')):
        tblPr.remove(el)
    tblW = OxmlElement('w:tblW')
    tblW.set(qn('w:w'), str(tw))
    tblW.set(qn('w:type'), 'dxa')
    style = tblPr.find(qn('w:tblStyle'))
    if style is not None:
        style.addnext(tblW)
    else:
        tblPr.insert(0, tblW)
    grid = tbl.tblGrid
    cols = grid.findall(qn('w:gridCol'))
    for gc, w in zip(cols, widths_cm):
        gc.set(qn('w:w'), str(int(w * 567)))
    for row in t.rows:
        gi = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            w = sum(widths_cm[gi:gi + span])
            tcPr = tc.get_or_add_tcPr()
            tcPr.get_or_add_tcW().width = Cm(w)
            gi += span


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader')
    trPr.append(el)


# ---------------------------------------------------------------- builder
class Builder:
    def __init__(self):
        self.d = Document()
        self.notes = []
        self.bm = 100
        self._base_styles()

    def _base_styles(self):
        st = self.d.styles['Normal']
        st.font.size = Pt(16)
        set_fonts(st.element.get_or_add_rPr(), FS)
        pf = st.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(28)
        pf.widow_control = True

    # headings in Heading 1/2/3 styles ------------------------------------
    def style_headings(self, spec):
        """spec: {level: (font, size, bold, align)}"""
        for lvl, (font, size, bold, align) in spec.items():
            st = self.d.styles['Heading %d' % lvl]
            rpr = st.element.get_or_add_rPr()
            for tag in ('w:color', 'w:i', 'w:iCs', 'w:b', 'w:bCs', 'w:sz',
                        'w:szCs', 'w:kern'):
                for el in rpr.findall(qn(tag)):
                    rpr.remove(el)
            set_fonts(rpr, font)
            st.font.size = Pt(size)
            st.font.bold = bool(bold)
            st.font.italic = False
            st.font.color.rgb = RGBColor(0, 0, 0)
            pf = st.paragraph_format
            pf.alignment = align
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(28)
            pf.space_before = Pt(12 if lvl == 1 else 6)
            pf.space_after = Pt(12 if lvl == 1 else 6)
            pf.first_line_indent = None
            pf.keep_with_next = True
            if lvl >= 2:
                pf.first_line_indent = Pt(32)

    def outline_numbering(self, levels):
        """levels: list of (lvlText, numFmt, suff) for Heading 1..n"""
        numbering = self.d.part.numbering_part.element
        xml = ('<w:abstractNum xmlns:w="%s" w:abstractNumId="578">'
               '<w:nsid w:val="5A78C001"/><w:multiLevelType w:val="multilevel"/>'
               '<w:tmpl w:val="0409001D"/>' % W_NS)
        for i, (txt, fmt, suff) in enumerate(levels):
            xml += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                    '<w:pStyle w:val="Heading%d"/><w:suff w:val="%s"/>'
                    '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
                    '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
                    % (i, fmt, i + 1, suff, txt))
        xml += '</w:abstractNum>'
        absn = parse_xml(xml)
        first_num = numbering.find(qn('w:num'))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        num = parse_xml('<w:num xmlns:w="%s" w:numId="578"><w:abstractNumId '
                        'w:val="578"/></w:num>' % W_NS)
        numbering.append(num)
        for i in range(len(levels)):
            st = self.d.styles['Heading %d' % (i + 1)]
            ppr = st.element.get_or_add_pPr()
            numPr = ppr.get_or_add_numPr()
            numPr.get_or_add_ilvl().val = i
            numPr.get_or_add_numId().val = 578
            st.paragraph_format.left_indent = Pt(0)
            st.paragraph_format.first_line_indent = Pt(0 if i == 0 else 32)

    def heading(self, level, text, anchor=None, nonum=False):
        p = self.d.add_paragraph(style='Heading %d' % level)
        if nonum:
            numPr = p._p.get_or_add_pPr().get_or_add_numPr()
            numPr.get_or_add_ilvl().val = 0
            numPr.get_or_add_numId().val = 0
        if anchor:
            self.bm += 1
            bs = OxmlElement('w:bookmarkStart')
            bs.set(qn('w:id'), str(self.bm))
            bs.set(qn('w:name'), anchor)
            p._p.append(bs)
        r = p.add_run(text)
        if anchor:
            be = OxmlElement('w:bookmarkEnd')
            be.set(qn('w:id'), str(self.bm))
            p._p.append(be)
        return p

    # body -----------------------------------------------------------------
    def para(self, segs, clauses=None, indent=32, align=J, font=FS, size=16,
             line=28, before=0, after=0, left=None):
        p = self.d.add_paragraph()
        PF(p, align, indent, line, before, after, left)
        text = ''
        if isinstance(segs, str):
            segs = [segs]
        for s in segs:
            if isinstance(s, str):
                R(p, s, font, size)
                text += s
                continue
            kind, val = s
            if kind == 'b':       # bold run-in heading in body font
                R(p, val, font, size, bold=True)
                text += val
            elif kind == 'k':     # 楷体 run-in heading
                R(p, val, KT, size)
                text += val
            elif kind == 'h':     # 黑体 run
                R(p, val, HT, size)
                text += val
            elif kind == 'fn':
                self.footnote_ref(p, val)
            elif kind == 'br':    # soft line break (Shift+Enter)
                p.add_run().add_break()
        if clauses is not None:
            clauses.append(text)
        return p

    def empty(self, n=1, line=28):
        for _ in range(n):
            p = self.d.add_paragraph()
            PF(p, J, 0, line)

    def page_break(self):
        p = self.d.add_paragraph()
        PF(p, J, 0, 28)
        p.add_run().add_break(WD_BREAK.PAGE)

    def section(self, landscape=False):
        return self.d.add_section(WD_SECTION.NEW_PAGE)

    # footnotes --------------------------------------------------------------
    def footnote_ref(self, p, text):
        self.notes.append(text)
        nid = len(self.notes)
        r = OxmlElement('w:r')
        rpr = OxmlElement('w:rPr')
        rf = OxmlElement('w:rFonts')
        rf.set(qn('w:ascii'), 'Times New Roman')
        rf.set(qn('w:hAnsi'), 'Times New Roman')
        rf.set(qn('w:eastAsia'), FS)
        rpr.append(rf)
        va = OxmlElement('w:vertAlign')
        va.set(qn('w:val'), 'superscript')
        rpr.append(va)
        r.append(rpr)
        fr = OxmlElement('w:footnoteReference')
        fr.set(qn('w:id'), str(nid))
        r.append(fr)
        p._p.append(r)

    def finish_footnotes(self, fmt=None):
        if not self.notes:
            return
        def esc(s):
            return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<w:footnotes xmlns:w="%s" xmlns:r="%s">' % (W_NS, R_NS))
        xml += ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr>'
                '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                '<w:r><w:separator/></w:r></w:p></w:footnote>')
        xml += ('<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>'
                '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for i, t in enumerate(self.notes, 1):
            xml += ('<w:footnote w:id="%d"><w:p><w:pPr><w:snapToGrid w:val="0"/>'
                    '<w:spacing w:after="0" w:line="280" w:lineRule="exact"/>'
                    '<w:jc w:val="both"/></w:pPr>'
                    '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" '
                    'w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
                    '<w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr>'
                    '<w:footnoteRef/></w:r>'
                    '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" '
                    'w:hAnsi="Times New Roman" w:eastAsia="%s"/><w:sz w:val="18"/>'
                    '</w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p>'
                    '</w:footnote>' % (i, ST, ST, esc(t)))
        xml += '</w:footnotes>'
        part = Part(PackURI('/word/footnotes.xml'),
                    'application/vnd.openxmlformats-officedocument.'
                    'wordprocessingml.footnotes+xml',
                    xml.encode('utf-8'), self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)
        # settings.xml <w:footnotePr>
        settings = self.d.settings.element
        inner = ''
        if fmt:
            inner += '<w:numFmt w:val="%s"/>' % fmt
        inner += '<w:footnote w:id="-1"/><w:footnote w:id="0"/>'
        fp = parse_xml('<w:footnotePr xmlns:w="%s">%s</w:footnotePr>' % (W_NS, inner))
        compat = settings.find(qn('w:compat'))
        if compat is not None:
            compat.addprevious(fp)
        else:
            settings.append(fp)

    # tables -----------------------------------------------------------------
    def data_table(self, headers, rows, widths, clauses=None, size=12,
                   font=FS, hfont=HT):
        t = self.d.add_table(rows=1, cols=len(headers))
        t.style = self.d.styles['Table Grid']
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        hdr = t.rows[0]
        repeat_header(hdr)
        for i, h in enumerate(headers):
            c = hdr.cells[i]
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            p = c.paragraphs[0]
            PF(p, C, 0, 20)
            R(p, h, hfont, size)
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                c = cells[i]
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                p = c.paragraphs[0]
                al = LEFT if len(v) > 12 else C
                PF(p, al, 0, 20)
                R(p, v, font, size)
            if clauses is not None:
                clauses.append('；'.join('%s：%s' % (h, v)
                                        for h, v in zip(headers, row)))
        fix_widths(t, widths)
        return t

    def save(self, path):
        self.d.save(path)


def meta(**kw):
    base = {
        "title": None, "doc_number": None, "issuer": [], "date": None,
        "published": None, "level": None, "region": None, "effective": None,
        "expires": None, "attachments": [], "doc_type": None,
        "recipients": [], "publicity": None, "repeals": None,
    }
    base.update(kw)
    return base


# ====================================================================
# 1. 钦州港片区 发展白皮书 — cover section, Word TOC field, outline-numbered
#    Heading 1/2/3, real footnotes, landscape section with wide table.
# ====================================================================
def make_qinzhou():
    b = Builder()
    d = b.d
    b.style_headings({1: (HT, 16, False, C), 2: (KT, 16, False, LEFT),
                      3: (FS, 16, True, LEFT)})
    b.outline_numbering([('第%1章', 'chineseCounting', 'space'),
                         ('第%2节', 'chineseCounting', 'space'),
                         ('%3、', 'chineseCounting', 'nothing')])
    # TOC styles with dot leaders
    for lvl, ind in ((1, 0), (2, 16), (3, 32)):
        st = d.styles.add_style('toc %d' % lvl, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = d.styles['Normal']
        st.font.size = Pt(14)
        set_fonts(st.element.get_or_add_rPr(), FS if lvl > 1 else HT)
        pf = st.paragraph_format
        pf.left_indent = Pt(ind)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(26)
        pf.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT,
                                  WD_TAB_LEADER.DOTS)
    cl = []

    # ---------------- cover (section 1, no page number)
    b.empty(4)
    p = b.para([], indent=0, align=C, line=40)
    R(p, '中国（广西）自由贸易试验区钦州港片区', XBS, 24)
    p = b.para([], indent=0, align=C, line=60, before=12)
    R(p, '发展白皮书', XBS, 36)
    p = b.para([], indent=0, align=C, line=40, before=12)
    R(p, '（2025年度）', KT, 18)
    b.empty(9)
    p = b.para([], indent=0, align=C, line=32)
    R(p, '中国（广西）自由贸易试验区钦州港片区管理委员会', KT, 16)
    p = b.para([], indent=0, align=C, line=32)
    R(p, '二〇二六年三月', KT, 16)

    # ---------------- TOC (section 2, roman page numbers)
    b.section()
    p = b.para([], indent=0, align=C, line=40, after=18)
    R(p, '目　　录', HT, 22)
    toc = [
        (1, '前　言', '_Toc578000', '1'),
        (1, '第一章 总体发展情况', '_Toc578010', '1'),
        (2, '第一节 主要经济指标', '_Toc578011', '1'),
        (2, '第二节 重点产业发展', '_Toc578012', '2'),
        (3, '一、绿色化工产业', '_Toc578013', '2'),
        (3, '二、新能源材料产业', '_Toc578014', '2'),
        (3, '三、港航物流产业', '_Toc578015', '2'),
        (1, '第二章 制度创新成效', '_Toc578020', '3'),
        (2, '第一节 贸易投资便利化', '_Toc578021', '3'),
        (2, '第二节 金融开放创新', '_Toc578022', '3'),
        (2, '第三节 创新成果复制推广', '_Toc578023', '4'),
        (1, '第三章 开放通道建设', '_Toc578030', '4'),
        (2, '第一节 西部陆海新通道', '_Toc578031', '4'),
        (3, '一、港口吞吐能力', '_Toc578032', '4'),
        (3, '二、海铁联运班列', '_Toc578033', '4'),
        (2, '第二节 中欧班列与跨境通道', '_Toc578034', '4'),
        (1, '第四章 营商环境建设', '_Toc578040', '7'),
        (2, '第一节 政务服务', '_Toc578041', '7'),
        (2, '第二节 法治保障', '_Toc578042', '7'),
        (1, '第五章 2026年发展展望', '_Toc578050', '7'),
    ]
    for i, (lvl, text, anchor, page) in enumerate(toc):
        p = d.add_paragraph(style='toc %d' % lvl)
        font = HT if lvl == 1 else FS
        if i == 0:
            p._p.append(mk_run(font=font, size=14, fld='begin'))
            p._p.append(mk_run(font=font, size=14,
                               instr=' TOC \\o "1-3" \\h \\z \\u '))
            p._p.append(mk_run(font=font, size=14, fld='separate'))
        h = OxmlElement('w:hyperlink')
        h.set(qn('w:anchor'), anchor)
        h.set(qn('w:history'), '1')
        h.append(mk_run(text, font=font, size=14))
        h.append(mk_run(font=font, size=14, tab=True))
        h.append(mk_run(font=font, size=14, fld='begin'))
        h.append(mk_run(font=font, size=14, instr=' PAGEREF %s \\h ' % anchor))
        h.append(mk_run(font=font, size=14, fld='separate'))
        h.append(mk_run(page, font=font, size=14))
        h.append(mk_run(font=font, size=14, fld='end'))
        p._p.append(h)
        if i == len(toc) - 1:
            p._p.append(mk_run(font=font, size=14, fld='end'))

    # ---------------- body (section 3, page numbers from 1)
    b.section()
    b.heading(1, '前　言', '_Toc578000', nonum=True)
    b.para('2025年是中国（广西）自由贸易试验区挂牌运行六周年，也是钦州港片区全面对接西部陆海新通道、'
           '深度融入共建“一带一路”的关键之年。一年来，钦州港片区坚持以制度创新为核心，以港产城融合为路径，'
           '统筹推进高水平开放和高质量发展，各项主要指标保持较快增长，片区在西部陆海新通道中的枢纽地位进一步巩固。',
           cl)
    b.para(['为全面反映钦州港片区年度建设成效，总结可复制可推广的经验做法，我们编制了'
            '《中国（广西）自由贸易试验区钦州港片区发展白皮书（2025年度）》。本白皮书数据除特别注明外，'
            '均来源于片区管委会及有关部门统计',
            ('fn', '部分数据为快报数，最终以统计部门公布数据为准。'),
            '，统计口径为2025年1月1日至12月31日。'], cl)

    b.heading(1, '总体发展情况', '_Toc578010')
    b.heading(2, '主要经济指标', '_Toc578011')
    b.para('2025年，钦州港片区实现地区生产总值486.3亿元，同比增长8.2%；规模以上工业总产值1326.7亿元，'
           '同比增长10.5%；固定资产投资完成412.8亿元，同比增长9.1%；外贸进出口总额1185.4亿元，'
           '同比增长12.6%，占中国（广西）自由贸易试验区进出口总额的41.3%。主要经济指标详见表1。', cl)
    b.para(['片区全年新设企业2863家，其中外商投资企业47家，实际使用外资2.16亿美元',
            ('fn', '实际使用外资按商务部外资统计口径计算，不含银行、证券、保险领域。'),
            '，同比增长15.7%。截至2025年底，片区累计入驻企业突破1.8万家。'], cl)
    b.heading(2, '重点产业发展', '_Toc578012')
    b.heading(3, '绿色化工产业', '_Toc578013')
    b.para('围绕“油、化、新”产业链条，推动炼化一体化和化工新材料项目集群发展。全年绿色化工产业实现产值'
           '892.4亿元，同比增长11.8%，化工新材料一体化基地二期项目建成投产，新增产能120万吨/年。', cl)
    b.heading(3, '新能源材料产业', '_Toc578014')
    b.para('加快建设新能源材料产业基地，正极材料前驱体、磷酸铁锂、电解液等项目陆续投产，全年新能源材料产业'
           '实现产值267.5亿元，同比增长23.4%，初步形成“原料—前驱体—正极材料—电池回收”的产业链条。', cl)
    b.heading(3, '港航物流产业', '_Toc578015')
    b.para('全年新设航运物流企业312家，集装箱航线达到78条，其中外贸航线46条，覆盖东盟主要港口。'
           '片区港航物流产业营业收入达到153.9亿元，同比增长14.2%。', cl)

    b.heading(1, '制度创新成效', '_Toc578020')
    b.heading(2, '贸易投资便利化', '_Toc578021')
    b.para([('b', '（一）深化“两段准入”监管改革。'),
            '对进口大宗商品实施“先放行、后检测”，平均通关时间压缩至18.6小时，较2024年缩短23.5%。'], cl)
    b.para([('b', '（二）推进海铁联运“一单制”。'),
            '推广使用多式联运“一单制”提单，全年签发海铁联运提单2.4万票，实现货物“一次委托、一单到底、一次结算”。'], cl)
    b.para([('b', '（三）优化外商投资服务。'),
            '全面落实外商投资准入前国民待遇加负面清单管理制度，设立外商投资企业服务专窗，外资企业设立登记实现“一日办结”。'], cl)
    b.heading(2, '金融开放创新', '_Toc578022')
    b.para([('b', '（一）扩大跨境人民币结算规模。'),
            '全年跨境人民币结算量达到826.4亿元，同比增长19.3%，其中与东盟国家结算量占比超过六成。'], cl)
    b.para([('b', '（二）开展跨境贸易投资高水平开放试点。'),
            '支持符合条件的企业开展资本项目收入支付便利化业务，全年办理便利化业务1376笔、金额43.2亿元。'], cl)
    b.heading(2, '创新成果复制推广', '_Toc578023')
    b.para(['2025年，片区形成制度创新成果36项，其中“港口危险货物集装箱智能监管模式”等5项成果入选自治区级制度创新案例',
            ('fn', '自治区级制度创新案例由广西壮族自治区自由贸易试验区工作领导小组办公室评选发布。'),
            '，“中越跨境班列集装箱互用模式”在全国自由贸易试验区范围内复制推广。'], cl)

    b.heading(1, '开放通道建设', '_Toc578030')
    b.heading(2, '西部陆海新通道', '_Toc578031')
    b.heading(3, '港口吞吐能力', '_Toc578032')
    b.para(['钦州港全年完成货物吞吐量2.18亿吨，同比增长6.4%；集装箱吞吐量902.6万标箱',
            ('fn', '标箱即20英尺标准集装箱（TEU）。'),
            '，同比增长12.1%。自动化集装箱码头二期工程投入运营，单机作业效率提升至每小时38自然箱。'], cl)
    b.heading(3, '海铁联运班列', '_Toc578033')
    b.para('全年开行西部陆海新通道海铁联运班列1.26万列，同比增长10.8%，班列通达全国18个省（区、市）'
           '73个城市156个站点，货物品类拓展至1150余种。', cl)
    b.heading(2, '中欧班列与跨境通道', '_Toc578034')
    b.para('依托“海铁联运＋中欧班列”衔接模式，全年经钦州港中转中欧班列（中亚班列）货物3.6万标箱，'
           '实现东盟货物经钦州港联运至中亚、欧洲；中越跨境班列常态化开行，全年开行412列。', cl)

    # ---------------- landscape section with wide table (section 4)
    b.section()
    p = b.para([], indent=0, align=C, line=28, after=6)
    R(p, '表1　2025年钦州港片区主要经济指标', HT, 14)
    headers = ['序号', '指标名称', '单位', '2024年', '2025年', '同比增长（%）',
               '占自贸试验区比重（%）', '备注']
    rows = [
        ['1', '地区生产总值', '亿元', '449.4', '486.3', '8.2', '—', '现价'],
        ['2', '规模以上工业总产值', '亿元', '1200.6', '1326.7', '10.5', '—', '—'],
        ['3', '固定资产投资', '亿元', '378.4', '412.8', '9.1', '—', '不含农户'],
        ['4', '外贸进出口总额', '亿元', '1052.7', '1185.4', '12.6', '41.3', '—'],
        ['5', '实际使用外资', '亿美元', '1.87', '2.16', '15.7', '38.6', '商务部口径'],
        ['6', '新设企业', '家', '2541', '2863', '12.7', '35.2', '—'],
        ['7', '跨境人民币结算量', '亿元', '692.7', '826.4', '19.3', '44.8', '—'],
        ['8', '集装箱吞吐量', '万标箱', '805.2', '902.6', '12.1', '—', '钦州港域'],
        ['9', '海铁联运班列', '列', '11372', '12600', '10.8', '—', '—'],
    ]
    b.data_table(headers, rows, [1.5, 5.0, 2.2, 2.5, 2.5, 3.0, 4.2, 3.5], cl,
                 size=12)

    # ---------------- back to portrait (section 5)
    b.section()
    b.heading(1, '营商环境建设', '_Toc578040')
    b.heading(2, '政务服务', '_Toc578041')
    b.para('推行“一枚印章管审批”改革，承接自治区和钦州市下放行政权力事项218项，政务服务事项“一网通办”率'
           '达到98.7%，企业开办时间压缩至0.5个工作日。', cl)
    b.heading(2, '法治保障', '_Toc578042')
    b.para('设立中国（广西）自由贸易试验区钦州港片区国际商事调解中心，全年受理涉外商事纠纷调解案件87件，'
           '调解成功率72.4%；联合东盟国家仲裁机构建立跨境商事争议多元化解机制。', cl)
    b.heading(1, '2026年发展展望', '_Toc578050')
    b.para('2026年是“十五五”规划开局之年。钦州港片区将深入实施自由贸易试验区提升战略，重点做好以下工作：', cl)
    b.para([('b', '（一）提升通道枢纽能级。'),
            '加快推进钦州港东航道扩建工程，力争集装箱吞吐量突破1000万标箱，海铁联运班列开行1.35万列以上。'], cl)
    b.para([('b', '（二）壮大临港产业集群。'),
            '围绕绿色化工、新能源材料、港航物流等重点产业开展精准招商，全年引进亿元以上项目60个以上。'], cl)
    b.para([('b', '（三）加大制度创新力度。'),
            '聚焦中国—东盟跨境贸易、投资和金融合作，力争形成制度创新成果30项以上，其中首创性成果不少于5项。'], cl)
    b.para([('b', '（四）持续优化营商环境。'),
            '对标国际高标准经贸规则，深化“放管服”改革，打造市场化、法治化、国际化一流营商环境。'], cl)
    b.empty(2)
    b.para('中国（广西）自由贸易试验区钦州港片区管理委员会', indent=0, align=RIGHT)
    b.para('2026年3月20日　　　　　　　', indent=0, align=RIGHT)

    # ---------------- sections: page setup & footers
    secs = d.sections
    # cover
    set_section(secs[0])
    # toc
    set_section(secs[1])
    secs[1].footer.is_linked_to_previous = False
    fp = secs[1].footer.paragraphs[0]
    PF(fp, C, 0, 18)
    add_page_field(fp, ST, 12, prefix='', suffix='', fmt='ROMAN')
    set_pgnum(secs[1], start=1, fmt='upperRoman')
    # body
    set_section(secs[2])
    secs[2].footer.is_linked_to_previous = False
    fp = secs[2].footer.paragraphs[0]
    PF(fp, C, 0, 18)
    add_page_field(fp, ST, 14)
    set_pgnum(secs[2], start=1, fmt='decimal')
    set_section(secs[3], landscape=True, margins=(2.8, 2.6, 2.5, 2.5))
    set_pgnum(secs[3])
    set_section(secs[4])
    set_pgnum(secs[4])
    b.finish_footnotes()

    name = 'blind578_qinzhou_baipishu'
    b.save(os.path.join(HERE, name + '.docx'))
    return name, [{
        'meta': meta(
            title='中国（广西）自由贸易试验区钦州港片区发展白皮书（2025年度）',
            doc_number=None,
            issuer=['中国（广西）自由贸易试验区钦州港片区管理委员会'],
            date='2026-03-20', published=None, level='zone',
            region='中国（广西）自由贸易试验区钦州港片区',
            doc_type='白皮书'),
        'clauses': cl,
    }]


# ====================================================================
# 2. 重庆 三部门联合印发 中欧班列 行动方案 — joint 版头 as a layout table,
#    soft-broken title, odd/even page-number footers, landscape 附件
#    section, 版记 as a bordered table.
# ====================================================================
def make_chongqing():
    b = Builder()
    d = b.d
    d.settings.odd_and_even_pages_header_footer = True
    notice = []
    plan = []

    # joint 版头: layout table, organs distributed on the left, 文件 on the right
    b.empty(1)
    t = d.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    organs = ['重庆市商务委员会', '重庆市发展和改革委员会', '重庆市交通运输委员会']
    for i, o in enumerate(organs):
        p = t.rows[i].cells[0].paragraphs[0]
        PF(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, 0, 40)
        R(p, o, XBS, 24, color='FF0000')
    m = t.cell(0, 1).merge(t.cell(2, 1))
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]
    PF(p, C, 0, 60)
    R(p, '文件', XBS, 36, color='FF0000')
    fix_widths(t, [11.6, 4.0])
    b.empty(1)
    p = b.para([], indent=0, align=C, line=28)
    R(p, '渝商务发〔2026〕15号', FS, 16)
    bottom_border(p, 'FF0000', 18)
    b.empty(1)

    # title with soft line breaks
    p = b.para([], indent=0, align=C, line=36)
    R(p, '关于印发《中国（重庆）自由贸易试验区提升', XBS, 22)
    p.add_run().add_break()
    R(p, '中欧班列（成渝）通道能级三年行动方案', XBS, 22)
    p.add_run().add_break()
    R(p, '（2026—2028年）》的通知', XBS, 22)
    b.empty(1)
    b.para('各区县（自治县）商务主管部门、发展改革委、交通运输主管部门，两江新区、西部科学城重庆高新区、'
           '重庆经开区管委会，有关单位：', indent=0)
    b.para('为深入贯彻落实党中央、国务院关于高质量共建“一带一路”和推进西部陆海新通道建设的决策部署，'
           '进一步提升中欧班列（成渝）通道能级，更好发挥中国（重庆）自由贸易试验区开放平台作用，经市政府同意，'
           '现将《中国（重庆）自由贸易试验区提升中欧班列（成渝）通道能级三年行动方案（2026—2028年）》'
           '印发给你们，请结合实际认真抓好贯彻落实。', notice)
    b.para('各有关单位要按照职责分工，细化工作举措，明确时间节点，于每年6月30日、12月31日前将工作推进情况'
           '报送市商务委（市自贸办）。', notice)
    b.para(['联系人：市商务委自贸试验区处　王　磊，', ('br', None),
            '电话：023－63671520。'], notice)
    b.empty(3)
    # 落款: three organs laid out with manual full-width spaces
    b.para('重庆市商务委员会　　　　　重庆市发展和改革委员会', indent=0, align=RIGHT)
    b.empty(2)
    b.para('重庆市交通运输委员会　　　　　　', indent=0, align=RIGHT)
    b.para('2026年2月26日　　　　　　　', indent=0, align=RIGHT)
    b.empty(1)
    b.para('（此件公开发布）', indent=32)

    b.page_break()
    # ---------------- the 方案: title split over three paragraphs
    p = b.para([], indent=0, align=C, line=36)
    R(p, '中国（重庆）自由贸易试验区提升', XBS, 22)
    p = b.para([], indent=0, align=C, line=36)
    R(p, '中欧班列（成渝）通道能级三年行动方案', XBS, 22)
    p = b.para([], indent=0, align=C, line=36)
    R(p, '（2026—2028年）', KT, 16)
    b.empty(1)
    b.para('为加快建设内陆开放高地，充分发挥中欧班列（成渝）在共建“一带一路”中的骨干作用，推动中国（重庆）'
           '自由贸易试验区（以下简称重庆自贸试验区）通道优势转化为产业优势和发展优势，制定本方案。', plan)
    b.para([('h', '一、总体要求')])
    b.para('坚持以制度创新为核心，以通道带物流、物流带经贸、经贸带产业，推动中欧班列（成渝）由'
           '“通道经济”向“枢纽经济”转变，为建设内陆国际物流枢纽和口岸高地提供有力支撑。', plan)
    b.para('到2028年，中欧班列（成渝）重庆方向年开行量稳定在5000列以上，回程班列占比达到45%以上，'
           '班列运输货值突破1800亿元，培育班列运贸一体化企业50家以上。', plan)
    b.para([('h', '二、重点任务')])
    b.para([('k', '（一）拓展国际通道网络')])
    b.para([('b', '1.优化主通道运营。'),
            '巩固中欧班列（成渝）西通道、北通道，稳定开行至杜伊斯堡、罗兹、布达佩斯等枢纽城市的点对点班列，'
            '提升全程时效，西通道全程运行时间压缩至12天以内。'], plan)
    b.para([('b', '2.加密南向联通线路。'),
            '推动中欧班列与西部陆海新通道、中老铁路、中越跨境班列高效衔接，开行“中欧班列＋陆海新通道”联运班列，'
            '联运量年均增长10%以上。'], plan)
    b.para([('b', '3.发展跨里海通道。'),
            '推进经哈萨克斯坦、阿塞拜疆、格鲁吉亚至土耳其及欧洲的跨里海国际运输走廊常态化运行，'
            '每年开行跨里海班列100列以上。'], plan)
    b.para([('k', '（二）提升枢纽集散能力')])
    b.para([('b', '1.建设集结中心。'),
            '加快中欧班列（成渝）重庆集结中心示范工程建设，完善团结村中心站、鱼嘴货运站功能，'
            '到2027年集结中心作业能力达到年150万标箱。'], plan)
    b.para([('b', '2.完善口岸功能。'),
            '支持重庆铁路口岸拓展整车、肉类、粮食、药品等指定监管场地功能，推进铁路口岸与两路果园港综合保税区、'
            '西永综合保税区联动发展。'], plan)
    b.para([('b', '3.推进多式联运“一单制”。'),
            '推广中欧班列铁路运单物权化试点，扩大铁路提单信用证融资规模，三年累计签发多式联运提单2万票以上。'], plan)
    b.para([('k', '（三）推动运贸产一体化')])
    b.para([('b', '1.发展班列经济。'),
            '依托中欧班列（成渝）发展汽车、摩托车、电子信息产品进出口贸易，支持平行进口汽车、跨境电商等新业态发展，'
            '每年新增班列运贸一体化企业15家以上。'], plan)
    b.para([('b', '2.支持外商投资企业利用班列通道。'),
            '鼓励外商投资企业在重庆自贸试验区设立区域分拨中心和采购中心，对符合条件的外商投资项目按规定给予支持。'], plan)
    b.para([('b', '3.拓展跨境电商班列。'),
            '开行跨境电商专列，支持跨境电商企业在沿线国家建设海外仓，到2028年重庆自贸试验区企业在中欧班列沿线'
            '设立海外仓达到30个以上。'], plan)
    b.para([('k', '（四）深化制度创新')])
    b.para([('b', '1.创新监管模式。'),
            '深化“铁路快通”“两段准入”等改革，探索中欧班列进出口货物“一次申报、一次查验、一次放行”。'], plan)
    b.para([('b', '2.强化金融服务。'),
            '鼓励银行机构开发基于铁路运单的供应链金融产品，扩大中欧班列运费跨境人民币结算规模。'], plan)
    b.para([('h', '三、保障措施')])
    b.para([('k', '（一）加强组织领导。'),
            '市商务委（市自贸办）会同市发展改革委、市交通运输委建立工作协调机制，统筹推进方案实施，'
            '协调解决重大问题。'], plan)
    b.para([('k', '（二）加强政策支持。'),
            '统筹用好市级外经贸发展专项资金，对中欧班列（成渝）回程货源组织、运贸一体化项目等按规定给予支持。'], plan)
    b.para([('k', '（三）加强评估督导。'),
            '建立重点任务台账，实行清单化管理，每年开展一次评估，评估结果作为相关资金安排的重要依据。'], plan)
    b.para('本方案自印发之日起实施，有效期至2028年12月31日。', plan)
    b.para('附件：提升中欧班列（成渝）通道能级重点任务清单', indent=32)

    # ---------------- landscape 附件
    b.section()
    p = b.para([], indent=0, align=LEFT)
    R(p, '附件', HT, 16)
    p = b.para([], indent=0, align=C, line=36, after=12)
    R(p, '提升中欧班列（成渝）通道能级重点任务清单', XBS, 20)
    headers = ['序号', '重点任务', '具体举措', '牵头单位', '配合单位', '完成时限']
    rows = [
        ['1', '优化主通道运营',
         '稳定开行至杜伊斯堡、罗兹、布达佩斯等枢纽城市的点对点班列，西通道全程运行时间压缩至12天以内',
         '市商务委', '市交通运输委、重庆海关', '2026年底前'],
        ['2', '发展跨里海通道',
         '推进跨里海国际运输走廊常态化运行，每年开行跨里海班列100列以上',
         '市交通运输委', '市商务委、市发展改革委', '持续推进'],
        ['3', '建设集结中心',
         '完善团结村中心站、鱼嘴货运站功能，集结中心作业能力达到年150万标箱',
         '市发展改革委', '市交通运输委、沙坪坝区政府、两江新区管委会', '2027年底前'],
        ['4', '推进多式联运“一单制”',
         '推广铁路运单物权化试点，三年累计签发多式联运提单2万票以上',
         '市商务委', '市交通运输委、人民银行重庆市分行、国家金融监督管理总局重庆监管局', '2028年底前'],
        ['5', '拓展跨境电商班列',
         '开行跨境电商专列，在中欧班列沿线设立海外仓30个以上',
         '市商务委', '重庆海关、两江新区管委会', '2028年底前'],
        ['6', '创新监管模式',
         '探索中欧班列进出口货物“一次申报、一次查验、一次放行”',
         '重庆海关', '市商务委、市交通运输委', '2026年底前'],
    ]
    b.data_table(headers, rows, [1.4, 3.6, 8.6, 2.8, 5.6, 2.6], plan, size=12)

    # ---------------- 版记 page, portrait, as a bordered 2-row table
    b.section()
    b.empty(18)
    t = d.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.cell(0, 0).merge(t.cell(0, 1))
    p = top.paragraphs[0]
    PF(p, J, 0, 28)
    R(p, '抄送：市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅，重庆海关。', FS, 14)
    cell_borders(top, top=12, bottom=4)
    p = t.cell(1, 0).paragraphs[0]
    PF(p, LEFT, 0, 28)
    R(p, '重庆市商务委员会办公室', FS, 14)
    p = t.cell(1, 1).paragraphs[0]
    PF(p, RIGHT, 0, 28)
    R(p, '2026年2月27日印发', FS, 14)
    cell_borders(t.cell(1, 0), bottom=12)
    cell_borders(t.cell(1, 1), bottom=12)
    fix_widths(t, [8.0, 7.6])

    secs = d.sections
    set_section(secs[0])
    s0 = secs[0]
    fp = s0.footer.paragraphs[0]
    PF(fp, RIGHT, 0, 18)
    fp.paragraph_format.right_indent = Pt(14)
    add_page_field(fp, ST, 14)
    ep = s0.even_page_footer.paragraphs[0]
    PF(ep, LEFT, 0, 18)
    ep.paragraph_format.left_indent = Pt(14)
    add_page_field(ep, ST, 14)
    set_section(secs[1], landscape=True, margins=(2.8, 2.6, 2.5, 2.5))
    set_section(secs[2])

    name = 'blind578_chongqing_tongzhi'
    b.save(os.path.join(HERE, name + '.docx'))
    issuers = ['重庆市商务委员会', '重庆市发展和改革委员会', '重庆市交通运输委员会']
    plan_title = '中国（重庆）自由贸易试验区提升中欧班列（成渝）通道能级三年行动方案（2026—2028年）'
    return name, [
        {'meta': meta(
            title='关于印发《%s》的通知' % plan_title,
            doc_number='渝商务发〔2026〕15号', issuer=issuers,
            date='2026-02-26', published=None, level='provincial',
            region='重庆市', doc_type='通知',
            recipients=['各区县（自治县）商务主管部门、发展改革委、交通运输主管部门',
                        '两江新区、西部科学城重庆高新区、重庆经开区管委会',
                        '有关单位'],
            publicity='此件公开发布'),
         'clauses': notice},
        {'meta': meta(
            title=plan_title, doc_number=None, issuer=issuers,
            date='2026-02-26', published=None, level='provincial',
            region='中国（重庆）自由贸易试验区',
            effective='2026-02-26', expires='2028-12-31',
            attachments=['提升中欧班列（成渝）通道能级重点任务清单'],
            doc_type='方案'),
         'clauses': plan},
    ]


# ====================================================================
# 3. 厦门 跨境电商综试区 年度发展报告 — cover section whose only date is in
#    Chinese numerals, hand-typed 目录 (tab + dot leader, no field),
#    headings in Heading styles with hand-typed numbers, ① footnotes,
#    landscape table section in the middle.
# ====================================================================
def make_xiamen():
    b = Builder()
    d = b.d
    b.style_headings({1: (HT, 16, False, LEFT), 2: (KT, 16, False, LEFT)})
    d.styles['Heading 1'].paragraph_format.first_line_indent = Pt(32)
    cl = []

    # ---------------- cover
    b.empty(5)
    p = b.para([], indent=0, align=C, line=48)
    R(p, '中国（厦门）跨境电子商务综合试验区', XBS, 26)
    p.add_run().add_break()
    R(p, '2025年度发展报告', XBS, 26)
    b.empty(10)
    p = b.para([], indent=0, align=C, line=32)
    R(p, '编制单位：厦门市商务局', KT, 16)
    p = b.para([], indent=0, align=C, line=32)
    R(p, '二〇二六年一月十五日', KT, 16)

    # ---------------- hand-made 目录 (no field, tab with dot leader)
    b.section()
    p = b.para([], indent=0, align=C, line=40, after=18)
    R(p, '目　　录', HT, 22)
    toc = [
        (0, '一、发展概况', '1'), (1, '（一）发展规模持续扩大', '1'),
        (1, '（二）市场布局更加多元', '1'),
        (0, '二、主要工作举措', '1'), (1, '（一）完善政策体系', '1'),
        (1, '（二）推进监管创新', '2'),
        (0, '三、重点平台建设情况', '2'),
        (0, '四、存在的主要问题', '4'),
        (0, '五、2026年工作安排', '4'),
    ]
    for lvl, text, page in toc:
        p = d.add_paragraph()
        PF(p, LEFT, 0, 30, left=(0 if lvl == 0 else 32))
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT,
                                                  WD_TAB_LEADER.DOTS)
        R(p, text + '\t' + page, HT if lvl == 0 else FS, 16)

    # ---------------- body
    b.section()
    b.heading(1, '一、发展概况')
    b.heading(2, '（一）发展规模持续扩大')
    b.para(['2025年，厦门市跨境电商进出口额达到612.8亿元',
            ('fn', '跨境电商进出口额包括海关监管方式代码9610、9710、9810、1210等跨境电商模式，'
                   '以及市场主体通过一般贸易方式开展的跨境电商业务，数据由厦门海关和市商务局联合测算。'),
            '，同比增长21.4%，占全市外贸进出口总额的6.9%。其中，出口497.3亿元，同比增长24.6%；'
            '进口115.5亿元，同比增长9.3%。'], cl)
    b.para('全市跨境电商经营主体达到4126家，较上年末增加583家；年进出口额超亿元企业达到87家，'
           '超10亿元企业12家。', cl)
    b.heading(2, '（二）市场布局更加多元')
    b.para('跨境电商出口覆盖全球190余个国家和地区。对共建“一带一路”国家出口额占比达到46.2%，'
           '较上年提高4.1个百分点；对东盟出口同比增长35.7%，成为增长最快的区域市场。', cl)
    b.heading(1, '二、主要工作举措')
    b.heading(2, '（一）完善政策体系')
    b.para('出台《厦门市促进跨境电子商务高质量发展若干措施》，从主体培育、平台建设、海外仓布局、人才引育等方面'
           '提出18条支持措施，全年兑现各类扶持资金1.86亿元。', cl)
    b.heading(2, '（二）推进监管创新')
    b.para([('b', '1.推广“跨境电商＋中欧班列”模式。'),
            '依托中欧（厦门）班列开行跨境电商专列，全年运送跨境电商货物1.2万标箱',
            ('fn', '含经厦门中转的中欧班列回程跨境电商货物。'),
            '，同比增长31.5%。'], cl)
    b.para([('b', '2.优化退货监管。'),
            '在厦门象屿综合保税区开展跨境电商出口退货“一站式”监管试点，退货平均通关时间缩短至2小时以内。'], cl)
    b.para([('b', '3.深化“跨境电商＋市场采购”融合。'),
            '支持市场采购贸易主体通过跨境电商渠道出口，全年市场采购贸易方式出口中通过跨境电商平台实现的占比达到18.4%。'], cl)
    b.heading(1, '三、重点平台建设情况')
    b.para('截至2025年底，全市共认定市级跨境电商产业园区9个、公共海外仓21个，重点平台建设情况见下表。', cl)

    # ---------------- landscape table in the middle
    b.section()
    p = b.para([], indent=0, align=C, line=28, after=6)
    R(p, '厦门市跨境电商重点平台建设情况表', HT, 15)
    headers = ['序号', '平台名称', '所在区域', '平台类型', '入驻企业（家）',
               '2025年进出口额（亿元）', '主要功能']
    rows = [
        ['1', '厦门跨境电商产业园', '湖里区', '综合园区', '386', '142.6', '直播电商、品牌孵化、公共服务'],
        ['2', '象屿综合保税区跨境电商中心', '中国（福建）自由贸易试验区厦门片区', '保税仓储', '124', '96.3',
         '保税备货、出口退货、分拨配送'],
        ['3', '海沧跨境电商监管中心', '海沧区', '监管场所', '57', '88.1', '9610、9710、9810通关监管'],
        ['4', '同安跨境电商产业园', '同安区', '产业园区', '143', '31.7', '工贸一体、品牌出海'],
        ['5', '翔安跨境电商选品中心', '翔安区', '选品中心', '96', '12.4', '供应链整合、选品展示'],
    ]
    b.data_table(headers, rows, [1.5, 5.2, 4.6, 2.6, 2.6, 3.2, 5.0], cl, size=12)

    # ---------------- portrait again
    b.section()
    b.heading(1, '四、存在的主要问题')
    b.para('一是龙头企业数量偏少，年进出口额超10亿元企业仅占全市跨境电商经营主体的0.3%；二是海外仓布局不够均衡，'
           '欧美地区海外仓面积占比超过七成，在东盟、中东等新兴市场布局不足；三是专业人才供给不足，'
           '复合型运营人才缺口较大。', cl)
    b.heading(1, '五、2026年工作安排')
    b.para('2026年，厦门市将围绕打造“丝路电商”重要节点城市，重点抓好以下工作：', cl)
    b.para([('k', '（一）培育壮大经营主体。'),
            '实施跨境电商“百企领航”行动，力争年进出口额超亿元企业突破100家。'], cl)
    b.para([('k', '（二）加快海外仓布局。'),
            '支持企业在东盟、中东、拉美等新兴市场建设海外仓，新增公共海外仓5个以上。'], cl)
    b.para([('k', '（三）深化制度创新。'),
            '积极争取跨境电商出口海外仓退货、跨境电商零售进口药品试点等政策在厦门落地。'], cl)
    b.para([('k', '（四）加强人才培养。'),
            '联合在厦高校开设跨境电商专业方向，全年培训跨境电商从业人员1万人次以上。'], cl)

    secs = d.sections
    set_section(secs[0])
    set_section(secs[1])
    secs[1].footer.is_linked_to_previous = False   # empty footer: 目录 unnumbered
    set_section(secs[2])
    secs[2].footer.is_linked_to_previous = False
    fp = secs[2].footer.paragraphs[0]
    PF(fp, C, 0, 18)
    add_page_field(fp, ST, 14, prefix='- ', suffix=' -')
    set_pgnum(secs[2], start=1)
    set_section(secs[3], landscape=True, margins=(2.8, 2.6, 2.5, 2.5))
    set_section(secs[4])
    for s in secs[2:]:
        sect_footnote_fmt(s, 'decimalEnclosedCircle')
    b.finish_footnotes(fmt='decimalEnclosedCircle')

    name = 'blind578_xiamen_niandubaogao'
    b.save(os.path.join(HERE, name + '.docx'))
    return name, [{
        'meta': meta(
            title='中国（厦门）跨境电子商务综合试验区2025年度发展报告',
            doc_number=None, issuer=['厦门市商务局'], date='2026-01-15',
            published=None, level='municipal', region='厦门市',
            doc_type='报告'),
        'clauses': cl,
    }]


def to_pdf(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_578',
                    '--headless', '--convert-to', 'pdf', '--outdir', HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def main():
    expected = {}
    for fn in (make_qinzhou, make_chongqing, make_xiamen):
        name, docs = fn()
        expected[name] = docs
        to_pdf(os.path.join(HERE, name + '.docx'))
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print('wrote', ', '.join(sorted(expected)))


if __name__ == '__main__':
    main()
