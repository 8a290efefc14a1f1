# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 703 blind test documents: 综合保税区保税维修业务管理办法（试行） issued by 通知,
with 附件1 办理流程图 (table / DrawingML shapes / VML shapes) and 附件2 申请表."""
import os
import json
import subprocess
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn, nsdecls
from docx.oxml import parse_xml

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
SONG = '宋体'
RED = 'FF0000'
SP = '\u3000'

W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NSDECL_ALL = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
              'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
              'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
              'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
              'xmlns:v="urn:schemas-microsoft-com:vml" '
              'xmlns:o="urn:schemas-microsoft-com:office:office"')


# ----------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn('w:rFonts'))
    if rFonts is None:
        rFonts = rPr._add_rFonts()
    for k in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rFonts.set(qn(k), name)
    run.font.size = Pt(size)
    if bold:
        run.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt(p, align=None, indent_chars=0, size=16, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    if left is not None:
        pf.left_indent = Pt(left)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'l':
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT


def para(container, segs=None, font=FS, size=16, bold=False, color=None, align='j',
         indent=2, line=28, before=0, after=0, left=None):
    """segs: str or list of (text, font, bold) tuples."""
    p = container.add_paragraph()
    fmt(p, align=align, indent_chars=indent, size=size, line=line, before=before, after=after, left=left)
    if segs is None:
        return p
    if isinstance(segs, str):
        segs = [(segs, font, bold)]
    for seg in segs:
        t, f, b = (seg + (None, None))[:3] if len(seg) < 3 else seg
        r = p.add_run(t)
        set_font(r, f or font, size, bold=bool(b), color=color)
    return p


def empty(container, n=1, size=16, line=28):
    for _ in range(n):
        para(container, None, size=size, line=line, indent=0)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def border_para(doc, color=RED, sz=18, space=1, line=10):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="%d" w:color="%s"/></w:pBdr>'
                         % (nsdecls('w'), sz, space, color)))
    fmt(p, align='c', line=line)
    return p


def setup_page(doc):
    s = doc.sections[0]
    s.page_width = Cm(21.0)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    s.footer_distance = Cm(2.5)
    # normal style
    st = doc.styles['Normal']
    st.font.name = FS
    st.element.rPr.rFonts.set(qn('w:eastAsia'), FS)
    st.font.size = Pt(16)
    # page number: — 1 —
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run('— ')
    set_font(r, SONG, 14)
    r2 = fp.add_run()
    set_font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls('w')))
    r3 = fp.add_run()
    set_font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls('w')))
    r4 = fp.add_run()
    set_font(r4, SONG, 14)
    r4._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls('w')))
    r5 = fp.add_run('1')
    set_font(r5, SONG, 14)
    r6 = fp.add_run()
    set_font(r6, SONG, 14)
    r6._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls('w')))
    r7 = fp.add_run(' —')
    set_font(r7, SONG, 14)


def tbl_borders(table, val='single', sz=4):
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn('w:tblBorders'))
    if old is not None:
        tblPr.remove(old)
    edges = ''.join('<w:%s w:val="%s" w:sz="%d" w:space="0" w:color="000000"/>' % (e, val, sz)
                    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    el = parse_xml('<w:tblBorders %s>%s</w:tblBorders>' % (nsdecls('w'), edges))
    # tblBorders must come after tblW/jc and before tblLayout/tblCellMar/tblLook
    look = tblPr.find(qn('w:tblLook'))
    lay = tblPr.find(qn('w:tblLayout'))
    anchor = lay if lay is not None else look
    if anchor is not None:
        anchor.addprevious(el)
    else:
        tblPr.append(el)


def cell_borders(cell, top=None, bottom=None, left=None, right=None):
    tcPr = cell._tc.get_or_add_tcPr()
    parts = ''
    for name, v in (('top', top), ('left', left), ('bottom', bottom), ('right', right)):
        if v is None:
            continue
        val, sz = v
        parts += '<w:%s w:val="%s" w:sz="%d" w:space="0" w:color="000000"/>' % (name, val, sz)
    el = parse_xml('<w:tcBorders %s>%s</w:tcBorders>' % (nsdecls('w'), parts))
    # tcBorders goes after tcW/gridSpan/vMerge, before shd/vAlign
    va = tcPr.find(qn('w:vAlign'))
    if va is not None:
        va.addprevious(el)
    else:
        tcPr.append(el)


def set_col_widths(table, widths_cm):
    table.autofit = False
    for gc, wcm in zip(table._tbl.tblGrid.gridCol_lst, widths_cm):
        gc.w = Cm(wcm)
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_cm):
                c.width = Cm(widths_cm[i])


def cell_text(cell, text, font=FS, size=14, bold=False, align='c', line=22, indent=0):
    p = cell.paragraphs[0]
    fmt(p, align=align, indent_chars=indent, size=size, line=line)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def cell_more(cell, text, font=FS, size=14, align='l', line=22, indent=0):
    p = cell.add_paragraph()
    fmt(p, align=align, indent_chars=indent, size=size, line=line)
    if text:
        r = p.add_run(text)
        set_font(r, font, size)
    return p


def banji(doc, chaosong, yinfa_org, yinfa_date, size=14):
    """版记: a one-column table with lines above/between/below."""
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_borders(t, val='nil', sz=0)
    c1, c2 = t.cell(0, 0), t.cell(1, 0)
    cell_borders(c1, top=('single', 12), bottom=('single', 4))
    cell_borders(c2, bottom=('single', 12))
    cell_text(c1, chaosong, size=size, align='l', line=26)
    def wlen(x):
        return sum(0.5 if ord(ch) < 128 else 1 for ch in x)
    gap = SP * max(1, int(28.5 - wlen(yinfa_org) - wlen(yinfa_date + '印发') - 1))
    cell_text(c2, SP + yinfa_org + gap + yinfa_date + '印发', size=size, align='l', line=26)
    set_col_widths(t, [15.6])
    return t


def form_table(doc, rows_spec, widths):
    """rows_spec: list of rows; each row is list of (text, span) covering len(widths) columns.
    text may contain '\n' which starts a new paragraph inside the cell; a leading '<' means left-align."""
    ncol = len(widths)
    t = doc.add_table(rows=len(rows_spec), cols=ncol)
    t.style = doc.styles['Table Grid']
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, widths)
    for ri, spec in enumerate(rows_spec):
        ci = 0
        for text, span, *rest in spec:
            h = rest[0] if rest else None
            c = t.cell(ri, ci)
            if span > 1:
                c = c.merge(t.cell(ri, ci + span - 1))
            align = 'c'
            if text.startswith('<'):
                align = 'l'
                text = text[1:]
            lines = text.split('\n')
            cell_text(c, lines[0], align=align)
            for ln in lines[1:]:
                a = align
                if ln.startswith('>'):
                    a, ln = 'r', ln[1:]
                cell_more(c, ln, align=a)
            ci += span
        if rest_h := [x for x in spec if len(x) > 2]:
            tr = t.rows[ri]
            tr.height = Cm(rest_h[0][2])
    return t


# -------- numbering (Word auto numbering)
_num_counter = [80]


def add_numbering(doc, num_fmt, lvl_text, font=FS, size=16, first_line=640, bold=False):
    numbering = doc.part.numbering_part.element
    _num_counter[0] += 1
    nid = _num_counter[0]
    b = '<w:b/>' if bold else ''
    absxml = ('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
              '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="nothing"/>'
              '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
              '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
              '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>%s<w:sz w:val="%d"/></w:rPr>'
              '</w:lvl></w:abstractNum>') % (nsdecls('w'), nid, num_fmt, lvl_text, first_line,
                                             font, font, font, b, size * 2)
    absel = parse_xml(absxml)
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(absel)
    else:
        numbering.append(absel)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls('w'), nid, nid)))
    return nid


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls('w'), num_id))
    # numPr must precede spacing/ind/jc
    first = None
    for tag in ('w:pBdr', 'w:shd', 'w:tabs', 'w:spacing', 'w:ind', 'w:jc'):
        first = pPr.find(qn(tag))
        if first is not None:
            break
    if first is not None:
        first.addprevious(numPr)
    else:
        pPr.append(numPr)


# -------- drawing shapes
def _box_paras(text, font=FS, size=14):
    out = ''
    for ln in text.split('\n'):
        out += ('<w:p><w:pPr><w:spacing w:line="300" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>'
                '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="%d"/></w:rPr>'
                '<w:t xml:space="preserve">%s</w:t></w:r></w:p>') % (font, font, font, size * 2, escape(ln))
    return out


def _box_paras_br(text, font=FS, size=14):
    """one paragraph; '\n' becomes a soft line break (w:br)."""
    runs = []
    for i, ln in enumerate(text.split('\n')):
        if i:
            runs.append('<w:r><w:rPr><w:rFonts w:eastAsia="%s"/><w:sz w:val="%d"/></w:rPr><w:br/></w:r>' % (font, size * 2))
        runs.append('<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="%d"/></w:rPr>'
                    '<w:t xml:space="preserve">%s</w:t></w:r>' % (font, font, font, size * 2, escape(ln)))
    return ('<w:p><w:pPr><w:spacing w:line="300" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>%s</w:p>'
            % ''.join(runs))


EMU_CM = 360000


class DMLCanvas:
    """DrawingML (wps) text boxes and arrow connectors anchored to one paragraph."""

    def __init__(self, paragraph, start_id=100):
        self.p = paragraph
        self.id = start_id

    def _anchor(self, x, y, cx, cy, inner, name):
        self.id += 1
        xml = ('<w:r %s><w:rPr><w:noProof/></w:rPr><w:drawing>'
               '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" '
               'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
               '<wp:simplePos x="0" y="0"/>'
               '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
               '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
               '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
               '<wp:docPr id="%d" name="%s %d"/><wp:cNvGraphicFramePr/>'
               '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
               '%s</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>') % (
            NSDECL_ALL, 251658240 + self.id, x, y, cx, cy, self.id, name, self.id, inner)
        self.p._p.append(parse_xml(xml))

    def box(self, x_cm, y_cm, w_cm, h_cm, text, size=14, soft_break=False):
        x, y, cx, cy = [int(v * EMU_CM) for v in (x_cm, y_cm, w_cm, h_cm)]
        paras = _box_paras_br(text, size=size) if soft_break else _box_paras(text, size=size)
        inner = ('<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
                 '<a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
                 '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
                 '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
                 '<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
                 '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
                 '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="72000" tIns="36000" rIns="72000" bIns="36000" '
                 'anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>') % (cx, cy, paras)
        self._anchor(x, y, cx, cy, inner, '文本框')

    def arrow(self, x1_cm, y1_cm, x2_cm, y2_cm):
        x1, y1, x2, y2 = [int(v * EMU_CM) for v in (x1_cm, y1_cm, x2_cm, y2_cm)]
        x, y = min(x1, x2), min(y1, y2)
        cx, cy = abs(x2 - x1), abs(y2 - y1)
        flip = ''
        if x2 < x1:
            flip += ' flipH="1"'
        if y2 < y1:
            flip += ' flipV="1"'
        inner = ('<wps:wsp><wps:cNvCnPr/><wps:spPr>'
                 '<a:xfrm%s><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
                 '<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom>'
                 '<a:ln w="15875"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>'
                 '<a:tailEnd type="triangle" w="med" len="med"/></a:ln></wps:spPr>'
                 '<wps:bodyPr/></wps:wsp>') % (flip, cx, cy)
        self._anchor(x, y, cx, cy, inner, '直接箭头连接符')


class VMLCanvas:
    """Legacy VML text boxes (v:rect + v:textbox) and v:line arrows, as old Word versions save them."""

    def __init__(self, paragraph):
        self.p = paragraph
        self.z = 0
        self.n = 1025

    def _add(self, shape_xml):
        self.p._p.append(parse_xml('<w:r %s><w:pict>%s</w:pict></w:r>' % (NSDECL_ALL, shape_xml)))

    def box(self, x_pt, y_pt, w_pt, h_pt, text, size=14):
        self.z += 1
        self.n += 1
        xml = ('<v:rect id="_x0000_s%d" style="position:absolute;margin-left:%spt;margin-top:%spt;width:%spt;'
               'height:%spt;z-index:%d;mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
               'fillcolor="white" strokeweight="1pt"><v:textbox inset="4pt,2pt,4pt,2pt">'
               '<w:txbxContent>%s</w:txbxContent></v:textbox></v:rect>') % (
            self.n, x_pt, y_pt, w_pt, h_pt, self.z, _box_paras(text, size=size))
        self._add(xml)

    def arrow(self, x1, y1, x2, y2):
        self.z += 1
        self.n += 1
        xml = ('<v:line id="_x0000_s%d" style="position:absolute;z-index:%d;'
               'mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
               'from="%spt,%spt" to="%spt,%spt" strokeweight="1.25pt"><v:stroke endarrow="block"/></v:line>') % (
            self.n, self.z, x1, y1, x2, y2)
        self._add(xml)


# -------------------------------------------------------- shared pieces
def red_head_single(doc, organ_text, size=36, letter_spacing=None):
    empty(doc, 1, line=28)
    p = para(doc, organ_text, font=XBS, size=size, color=RED, align='c', indent=0, line=size * 1.4)
    if letter_spacing:
        for r in p.runs:
            rPr = r._element.get_or_add_rPr()
            rPr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls('w'), letter_spacing)))
    return p


def title_para(doc, text, size=22, line=36, before=0, after=0):
    return para(doc, text, font=XBS, size=size, align='c', indent=0, line=line, before=before, after=after)


def article_clause(num, body):
    return num + SP + body


def add_article(doc, num, body, style):
    if style == 'bold_ht':
        para(doc, [(num, HT, False), (SP + body, FS, False)])
    elif style == 'plain':
        para(doc, num + SP + body)
    else:
        raise ValueError(style)


def run_pdf(docx_path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_703', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ====================================================================
# Document A: 昆山综合保税区 (flow chart = one-column table with ↓ rows)
# ====================================================================
def build_kunshan():
    doc = Document()
    setup_page(doc)
    issuer = '昆山综合保税区管理委员会'
    docno = '昆综保管〔2025〕18号'
    date_cn = '2025年12月8日'
    banfa_title = '昆山综合保税区保税维修业务管理办法（试行）'
    notice_title = '关于印发《%s》的通知' % banfa_title

    red_head_single(doc, '昆山综合保税区管理委员会文件', size=29)
    empty(doc, 1)
    para(doc, docno, align='c', indent=0)
    border_para(doc)
    empty(doc, 1)
    # title typed with a soft line break in the middle of the book title
    title_para(doc, '关于印发《昆山综合保税区保税维修业务\n管理办法（试行）》的通知')
    empty(doc, 1)
    recips = ['区内各相关企业', '管委会各部门', '驻区各单位']
    para(doc, '，'.join(recips) + '：', indent=0)
    notice_clauses = [
        '为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）和海关总署、商务部、'
        '生态环境部关于支持综合保税区内企业开展维修业务的有关要求，支持区内企业开展“两头在外”的保税维修业务，'
        '推动加工制造向研发、检测、维修等生产性服务环节延伸，经管委会主任办公会议研究同意，现将《昆山综合保税区'
        '保税维修业务管理办法（试行）》印发给你们，请结合实际认真贯彻执行。',
        '执行过程中遇到的问题，请及时向管委会经济发展局反馈。',
        '联系人：经济发展局　周敏；联系电话：0512-57368215。',
    ]
    for c in notice_clauses:
        para(doc, c)
    empty(doc, 1)
    para(doc, '附件：' + banfa_title, indent=2)
    empty(doc, 3)
    # 落款 aligned with typed full-width spaces (no right alignment)
    para(doc, SP * 11 + issuer, indent=0, align='l')
    para(doc, SP * 13 + date_cn, indent=0, align='l')
    empty(doc, 1)
    para(doc, '（此件公开发布）', indent=2)

    # ---- the 办法 (附件)
    page_break(doc)
    para(doc, '附件', font=HT, indent=0, align='l')
    empty(doc, 1)
    title_para(doc, '昆山综合保税区保税维修业务\n管理办法（试行）')
    empty(doc, 1)

    chapters = [
        ('第一章　总　　则', [
            ('第一条', '为规范昆山综合保税区（以下简称综保区）保税维修业务管理，促进综保区维修产业健康发展，根据'
                      '《中华人民共和国海关综合保税区管理办法》和海关总署、商务部、生态环境部关于支持综合保税区内企业'
                      '开展维修业务的有关规定，结合综保区实际，制定本办法。', []),
            ('第二条', '本办法所称保税维修，是指综保区内企业以保税方式将存在部件损坏、功能失效、质量缺陷等问题的货物'
                      '从境外或者境内区外运入综保区内进行检测、维修后，根据其来源复运出境或者复运回境内区外的业务。', []),
            ('第三条', '本办法适用于在综保区内注册并开展保税维修业务的企业（以下简称维修企业）。', []),
            ('第四条', '昆山综合保税区管理委员会（以下简称管委会）负责保税维修业务的统筹协调和项目准入管理；昆山海关'
                      '负责保税维修业务的海关监管；生态环境、市场监管等部门按照各自职责做好相关管理工作。', []),
        ]),
        ('第二章　业务准入', [
            ('第五条', '申请开展保税维修业务的企业，应当具备下列条件：', [
                '（一）在综保区内依法注册登记，具有独立法人资格；',
                '（二）海关信用等级为一般信用及以上；',
                '（三）具备开展维修业务所需的场所、设备、技术人员和检测能力；',
                '（四）建立符合海关监管要求的信息化管理系统，能够对维修货物的入区、维修、出区及维修过程中产生的'
                '坏件、废件实施全程信息化管理；',
                '（五）建立健全环境保护管理制度，具备危险废物、固体废物处置能力或者与具备相应资质的单位签订处置协议。',
            ]),
            ('第六条', '保税维修业务范围应当符合《综合保税区维修产品目录》规定。目录以外的维修项目，由企业向管委会提出'
                      '申请，经管委会会同昆山海关等部门论证后，按规定程序报批。', []),
            ('第七条', '禁止开展国家禁止进口的固体废物、旧机电产品的维修业务；禁止以保税维修名义开展拆解、翻新业务。', []),
        ]),
        ('第三章　办理程序', [
            ('第八条', '企业申请开展保税维修业务，应当向管委会经济发展局提交下列材料：', [
                '（一）《昆山综合保税区保税维修业务申请表》（见附件2）；',
                '（二）营业执照复印件；',
                '（三）维修项目可行性报告，包括维修产品种类、工艺流程、年维修能力、场所设备及技术人员情况；',
                '（四）环境影响评价审批文件或者相关环保手续证明材料；',
                '（五）危险废物处置协议或者处置方案；',
                '（六）其他需要提供的材料。',
            ]),
            ('第九条', '管委会经济发展局收到申请材料后，对材料齐全、符合法定形式的，予以受理；对材料不齐全或者不符合'
                      '法定形式的，一次性告知企业需要补正的全部内容。', []),
            ('第十条', '管委会自受理之日起10个工作日内，会同昆山海关、苏州市昆山生态环境局等部门进行联合审核，必要时'
                      '组织现场核查。审核通过的，出具项目确认意见；审核不通过的，书面告知企业并说明理由。', []),
            ('第十一条', '企业凭项目确认意见向昆山海关申请设立或者变更加工贸易账册，海关按规定办理。保税维修业务办理'
                        '流程详见附件1。', []),
        ]),
        ('第四章　监督管理', [
            ('第十二条', '维修企业应当建立保税维修货物专用账册，如实记录维修货物的入区、维修、出区及库存情况，并按照'
                        '海关规定进行核销。', []),
            ('第十三条', '待维修货物、已维修货物（包括维修后未能修复的货物）应当复运出境或者复运回境内区外，不得擅自'
                        '内销。', []),
            ('第十四条', '维修过程中替换下来的坏件、旧件和维修边角料等，原则上应当全部复运出境；@@确实无法复运出境的，'
                        '不得内销，应当按照固体废物管理相关规定处置。', []),
            ('第十五条', '维修企业应当在维修场所设置明显标识，对待维修货物、已维修货物、维修用料件、坏件和旧件实行分类'
                        '存放、分区管理。', []),
            ('第十六条', '维修企业名称、经营范围、维修场所等发生变更的，应当自变更之日起15个工作日内向管委会和昆山海关'
                        '报告。', []),
            ('第十七条', '管委会会同昆山海关等部门对保税维修业务开展情况进行动态评估，每年至少开展一次联合检查。对发现'
                        '违反本办法规定的，责令限期整改；情节严重的，暂停其保税维修业务；涉嫌违法的，移交有关部门依法'
                        '处理。', []),
        ]),
        ('第五章　附　　则', [
            ('第十八条', '区内企业开展全球检测维修、再制造等业务，国家另有规定的，从其规定。', []),
            ('第十九条', '本办法由管委会经济发展局负责解释。', []),
            ('第二十条', '本办法自2026年1月1日起施行，有效期至2027年12月31日。', []),
        ]),
    ]
    banfa_clauses = []
    for chap, arts in chapters:
        para(doc, chap, font=HT, align='c', indent=0, before=6, after=6)
        for num, body, items in arts:
            # 第十四条 carries a stray soft line break (pasted text)
            body_doc = body.replace('@@', '\n')
            para(doc, [(num, HT, False), (SP + body_doc, FS, False)])
            banfa_clauses.append(num + SP + body.replace('@@', ''))
            for it in items:
                para(doc, it)
                banfa_clauses.append(it)
    empty(doc, 1)
    att1 = '昆山综合保税区保税维修业务办理流程图'
    att2 = '昆山综合保税区保税维修业务申请表'
    para(doc, '附件：1.' + att1, indent=2)
    para(doc, SP * 3 + '2.' + att2, indent=2)

    # ---- 附件1 flow chart as one-column table with ↓ rows
    page_break(doc)
    para(doc, '附件1', font=HT, indent=0, align='l')
    empty(doc, 1)
    title_para(doc, att1, size=20)
    empty(doc, 1)
    steps = [
        '企业提交申请\n（《保税维修业务申请表》及相关材料）',
        '管委会经济发展局受理\n（材料不齐全的，一次性告知补正）',
        '管委会会同昆山海关、生态环境等部门联合审核\n（10个工作日内，必要时现场核查）',
        '出具项目确认意见',
        '企业向昆山海关申请设立或变更加工贸易账册',
        '开展保税维修业务，接受日常监管',
        '维修货物复运出境或复运回境内区外，办理核销',
    ]
    rows = len(steps) * 2 - 1
    t = doc.add_table(rows=rows, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_borders(t, val='nil', sz=0)
    set_col_widths(t, [11.0])
    for i, s in enumerate(steps):
        c = t.cell(i * 2, 0)
        b = ('single', 8)
        cell_borders(c, top=b, bottom=b, left=b, right=b)
        # soft line break inside the box
        p = cell_text(c, '', size=14, line=24)
        r = p.add_run(s)
        set_font(r, FS, 14)
        t.rows[i * 2].height = Cm(1.5)
        if i < len(steps) - 1:
            ca = t.cell(i * 2 + 1, 0)
            cell_text(ca, '↓', font=SONG, size=18, line=26)
    flow_clauses = [s.replace('\n', '') for s in steps]
    banfa_clauses.extend(flow_clauses)

    # ---- 附件2 申请表
    page_break(doc)
    para(doc, '附件2', font=HT, indent=0, align='l')
    empty(doc, 1)
    title_para(doc, att2, size=20)
    para(doc, '申请日期：' + SP * 3 + '年' + SP * 2 + '月' + SP * 2 + '日', size=12, indent=0, align='r', line=22)
    spec = [
        [('企业名称', 1), ('', 3)],
        [('统一社会信用代码', 1), ('', 1), ('海关编码', 1), ('', 1)],
        [('注册地址', 1), ('', 3)],
        [('法定代表人', 1), ('', 1), ('联系电话', 1), ('', 1)],
        [('联系人', 1), ('', 1), ('联系电话', 1), ('', 1)],
        [('海关信用等级', 1), ('<□高级认证企业　　□一般信用企业', 3)],
        [('维修产品类别', 1), ('', 3)],
        [('维修货物来源', 1), ('<□境外　　□境内区外', 3)],
        [('维修场所面积\n（平方米）', 1), ('', 1), ('年维修能力', 1), ('', 1)],
        [('坏件、旧件及危险废物处置方式', 1), ('<□复运出境　□自行处置　□委托处置\n（处置单位：　　　　　　　　　　）', 3)],
        [('企业承诺', 1), ('<　　本企业承诺所填内容及所附材料真实、有效，严格遵守保税维修业务相关规定。\n\n'
                        '法定代表人（签字）：　　　　　（企业盖章）\n>年　　月　　日　', 3)],
        [('管委会\n审核意见', 1), ('<\n\n>（盖章）　　\n>年　　月　　日　', 3)],
    ]
    form_table(doc, spec, [3.6, 4.2, 3.0, 4.6])
    form_notes = [
        '注：1.本表一式三份，管委会、昆山海关、申请企业各执一份。',
        '2.本表所附材料应加盖企业公章。',
    ]
    para(doc, form_notes[0], size=12, indent=0, line=22, before=4)
    para(doc, SP * 2 + form_notes[1], size=12, indent=0, line=22)
    banfa_clauses.extend([form_notes[0], form_notes[1]])

    empty(doc, 2)
    banji(doc, '抄送：昆山海关，昆山市商务局，苏州市昆山生态环境局，昆山市市场监督管理局。',
          '昆山综合保税区管理委员会办公室', date_cn)

    stem = 'blind703_kunshan_tongzhi'
    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    key = [
        {
            'meta': {
                'title': notice_title,
                'doc_number': docno,
                'issuer': [issuer],
                'date': '2025-12-08',
                'published': None,
                'level': 'zone',
                'region': '昆山综合保税区',
                'effective': None,
                'expires': None,
                'attachments': [banfa_title],
                'doc_type': '通知',
                'recipients': recips,
                'publicity': '此件公开发布',
                'repeals': None,
            },
            'clauses': notice_clauses,
        },
        {
            'meta': {
                'title': banfa_title,
                'doc_number': None,
                'issuer': [issuer],
                'date': '2025-12-08',
                'published': None,
                'level': 'zone',
                'region': '昆山综合保税区',
                'effective': '2026-01-01',
                'expires': '2027-12-31',
                'attachments': [att1, att2],
                'doc_type': '办法',
                'recipients': [],
                'publicity': None,
                'repeals': None,
            },
            'clauses': banfa_clauses,
        },
    ]
    return stem, path, key


# ====================================================================
# Document B: 重庆西永综合保税区 (joint; flow chart = DrawingML shapes)
# ====================================================================
def build_xiyong():
    doc = Document()
    setup_page(doc)
    issuers = ['重庆西永综合保税区管理委员会', '中华人民共和国西永海关']
    docno = '西永综保管发〔2026〕7号'
    date_cn = '2026年3月16日'
    banfa_title = '重庆西永综合保税区保税维修业务管理办法（试行）'
    notice_title = '关于印发《%s》的通知' % banfa_title

    # joint red head laid out with a borderless table: two organ names left, "文件" right (merged)
    empty(doc, 1)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_borders(t, val='nil', sz=0)
    set_col_widths(t, [12.2, 3.2])
    for i, org in enumerate(issuers):
        p = cell_text(t.cell(i, 0), '', align='j', line=40)
        r = p.add_run(org)
        set_font(r, XBS, 22, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    p = cell_text(m, '', align='c', line=60)
    r = p.add_run('文件')
    set_font(r, XBS, 40, color=RED)
    empty(doc, 1)
    para(doc, docno, align='c', indent=0)
    border_para(doc)
    empty(doc, 1)
    title_para(doc, notice_title)
    empty(doc, 1)
    recips = ['区内各企业', '各有关单位']
    para(doc, '，'.join(recips) + '：', indent=0)
    notice_clauses = [
        '为进一步发挥综合保税区政策功能优势，支持区内企业拓展保税维修业务，打造西部地区电子信息产品检测维修中心，'
        '重庆西永综合保税区管理委员会、西永海关联合制定了《重庆西永综合保税区保税维修业务管理办法（试行）》，现印发'
        '给你们，并就有关事项通知如下：',
        '一、提高思想认识。保税维修是综合保税区推动“保税+”新业态发展的重要内容，是延伸产业链、提升价值链的有效途径。'
        '各企业要充分认识开展保税维修业务的重要意义，结合自身产业基础，积极谋划维修项目。',
        '二、严格合规经营。开展保税维修业务的企业要严格落实主体责任，规范维修货物、坏件旧件管理，坚决杜绝擅自内销、'
        '以维修名义进口旧机电产品和固体废物等违法违规行为。',
        '三、加强协同服务。管委会经济运行局、西永海关综合业务科要建立常态化沟通机制，优化业务办理流程，对企业申请'
        '事项实行“一窗受理、并联审核”，及时协调解决企业遇到的困难和问题。',
    ]
    heads = ['一、提高思想认识。', '二、严格合规经营。', '三、加强协同服务。']
    para(doc, notice_clauses[0])
    for c, h in zip(notice_clauses[1:], heads):
        # run-in heading typed in 黑体 inside the paragraph
        para(doc, [(h, HT, False), (c[len(h):], FS, False)])
    empty(doc, 1)
    para(doc, '附件：' + banfa_title, indent=2)
    empty(doc, 3)
    # joint 落款 as a borderless 2-column table, date below spanning
    t2 = doc.add_table(rows=2, cols=2)
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_borders(t2, val='nil', sz=0)
    set_col_widths(t2, [8.6, 7.0])
    cell_text(t2.cell(0, 0), issuers[0], size=16, line=28)
    cell_text(t2.cell(0, 1), issuers[1], size=16, line=28)
    md = t2.cell(1, 0).merge(t2.cell(1, 1))
    cell_text(md, date_cn + SP * 2, size=16, line=28, align='r')
    empty(doc, 1)
    para(doc, '（此件公开发布）', indent=2)

    # ---- 办法
    page_break(doc)
    para(doc, '附件', font=HT, indent=0, align='l')
    empty(doc, 1)
    title_para(doc, '重庆西永综合保税区保税维修业务\n管理办法（试行）')
    empty(doc, 1)
    arts = [
        ('第一条', '为规范重庆西永综合保税区（以下简称西永综保区）保税维修业务，推动区内电子信息、智能终端等产业向'
                  '检测维修等价值链高端环节延伸，根据《中华人民共和国海关法》《中华人民共和国海关综合保税区管理办法》'
                  '及国家有关规定，制定本办法。', []),
        ('第二条', '本办法所称保税维修业务，是指西永综保区内企业以保税方式，对来自境外或者境内区外的待维修货物进行'
                  '检测、维修，并复运出境或者复运回境内区外的业务。', []),
        ('第三条', '开展保税维修业务应当坚持“两头在外、进出平衡、绿色环保、风险可控”的原则。', []),
        ('第四条', '重庆西永综合保税区管理委员会（以下简称管委会）负责保税维修业务的产业引导、项目备案和统筹协调。'
                  '西永海关负责对保税维修货物实施海关监管。生态环境部门负责对维修过程中产生的固体废物、危险废物实施'
                  '环境监管。', []),
        ('第五条', '企业开展保税维修业务，应当符合下列条件：', [
            '（一）在西永综保区内注册，具有独立法人资格；',
            '（二）具有与维修业务相适应的维修场所、检测设备和专业技术人员；',
            '（三）建立符合海关监管要求的计算机管理系统，与海关实现数据联网；',
            '（四）海关信用等级不属于失信企业；',
            '（五）近两年内未发生走私违法行为和重大环境污染事故。',
        ]),
        ('第六条', '企业可以开展下列保税维修业务：', [
            '（一）来自境外或者境内区外的笔记本电脑、平板电脑、手机、服务器等电子信息产品的检测维修；',
            '（二）区内企业自产出口产品的返厂维修；',
            '（三）列入《综合保税区维修产品目录》的其他产品维修。',
        ]),
        ('第七条', '企业申请开展保税维修业务，应当通过西永综保区政务服务中心“一窗通办”窗口提交下列材料：', [
            '（一）《保税维修业务申请表》（附件2）；',
            '（二）企业营业执照；',
            '（三）维修业务情况说明，包括维修产品种类、维修工艺、维修能力、场地设备和人员情况等；',
            '（四）固体废物、危险废物处置方案及相关协议；',
            '（五）企业信息化管理系统说明。',
        ]),
        ('第八条', '管委会收到申请材料后，应当在3个工作日内完成形式审查。材料齐全的，予以受理；材料不齐全的，一次性'
                  '告知企业补正。', []),
        ('第九条', '管委会自受理之日起7个工作日内，会同西永海关和生态环境等部门进行联合评审。评审通过的，予以备案并'
                  '出具备案确认书；评审不通过的，书面说明理由。', []),
        ('第十条', '企业取得备案确认书后，向西永海关申请设立保税维修专用电子账册，账册设立后方可开展保税维修业务。'
                  '具体办理流程见附件1。', []),
        ('第十一条', '待维修货物从境外进入西永综保区的，企业应当向西永海关如实申报；从境内区外进入西永综保区的，'
                    '按照海关有关规定办理申报手续。', []),
        ('第十二条', '已维修货物应当复运出境或者复运回境内区外。来自境外的待维修货物及已维修货物不得进入境内区外'
                    '市场销售。', []),
        ('第十三条', '维修过程中产生的坏件、旧件，应当按照“来源于境外的复运出境，来源于境内区外的复运回境内区外”的'
                    '原则处置；无法复运的，按照固体废物、危险废物管理有关规定办理。', []),
        ('第十四条', '企业应当建立维修货物台账，对待维修货物、维修料件、已维修货物、坏件旧件实行分区存放、分类管理，'
                    '台账保存期限不少于3年。', []),
        ('第十五条', '企业应当于每年1月31日前，向管委会和西永海关报送上一年度保税维修业务开展情况报告。', []),
        ('第十六条', '企业名称、法定代表人、维修场所、维修产品种类等发生变更的，应当在变更后10个工作日内向管委会'
                    '办理备案变更手续。', []),
        ('第十七条', '管委会会同西永海关建立保税维修业务联合监管和信息共享机制，通过日常巡查、数据比对等方式加强事中'
                    '事后监管。', []),
        ('第十八条', '企业有下列情形之一的，由管委会会同有关部门责令限期整改；逾期未整改或者整改不到位的，撤销其保税'
                    '维修业务备案：', [
                        '（一）超出备案范围开展维修业务的；',
                        '（二）擅自将待维修货物、已维修货物或者坏件旧件销往境内区外的；',
                        '（三）发生重大环境污染事故的；',
                        '（四）提供虚假材料取得备案的。',
                    ]),
        ('第十九条', '本办法由管委会会同西永海关负责解释。', []),
        ('第二十条', '本办法自印发之日起施行，试行期两年。', []),
    ]
    banfa_clauses = []
    for num, body, items in arts:
        para(doc, num + SP + body)
        banfa_clauses.append(num + SP + body)
        for it in items:
            para(doc, it)
            banfa_clauses.append(it)

    # ---- 附件1 flow chart with DrawingML text boxes and arrow connectors
    page_break(doc)
    para(doc, '附件1', font=HT, indent=0, align='l')
    empty(doc, 1)
    att1 = '保税维修业务办理流程图'
    att2 = '保税维修业务申请表'
    title_para(doc, att1, size=20)
    empty(doc, 1)
    anchor_p = para(doc, None, indent=0)
    cv = DMLCanvas(anchor_p, start_id=200)
    mx, mw, bh, gap = 2.0, 8.0, 1.5, 0.9
    sx, sw = 11.2, 4.3
    flow = [
        ('企业提交申请\n（政务服务中心“一窗通办”窗口）', None),
        ('管委会形式审查\n（3个工作日）', '材料不齐全的，一次性告知补正'),
        ('联合评审\n（管委会会同西永海关、生态环境等部门，7个工作日）', '评审不通过的，书面说明理由'),
        ('予以备案，出具备案确认书', None),
        ('向西永海关申请设立保税维修专用电子账册', None),
        ('开展保税维修业务', None),
        ('年度报告、日常监管及账册核销', None),
    ]
    flow_clauses = []
    y = 0.0
    for i, (main, side) in enumerate(flow):
        h = bh if len(main) < 30 else 2.3
        cv.box(mx, y, mw, h, main, soft_break=(i == 0))
        flow_clauses.append(main.replace('\n', ''))
        if side:
            cv.arrow(mx + mw, y + h / 2, sx, y + h / 2)
            cv.box(sx, y + h / 2 - 0.8, sw, 1.6, side, size=12)
            flow_clauses.append(side)
        if i < len(flow) - 1:
            cv.arrow(mx + mw / 2, y + h, mx + mw / 2, y + h + gap)
        y += h + gap
    # offices pad the anchor paragraph with empty lines so the shapes get room
    empty(doc, 14)
    banfa_clauses.extend(flow_clauses)

    # ---- 附件2 申请表
    page_break(doc)
    para(doc, '附件2', font=HT, indent=0, align='l')
    empty(doc, 1)
    title_para(doc, att2, size=20)
    empty(doc, 1, line=14)
    spec = [
        [('申请单位\n（盖章）', 1), ('', 3)],
        [('统一社会信用代码', 1), ('', 1), ('海关编码', 1), ('', 1)],
        [('注册地址', 1), ('', 1), ('邮政编码', 1), ('', 1)],
        [('联系人', 1), ('', 1), ('手机号码', 1), ('', 1)],
        [('申请类型', 1), ('<□新设　　□变更　　□延续', 3)],
        [('拟维修产品名称及HS编码', 1), ('', 3)],
        [('维修货物来源', 1), ('<□境外　　□境内区外　　□区内自产返修', 3)],
        [('预计年维修量', 1), ('', 1), ('维修场所面积', 1), ('<　　　　平方米', 1)],
        [('坏件、旧件处置方式', 1), ('', 3)],
        [('申请单位意见', 1), ('<\n\n>负责人（签字）：　　　　　　\n>年　　月　　日　', 3)],
        [('管委会意见', 1), ('<\n>年　　月　　日　', 1), ('西永海关意见', 1), ('<\n>年　　月　　日　', 1)],
    ]
    form_table(doc, spec, [3.8, 4.0, 3.2, 4.4])
    para(doc, '填表说明：', size=12, indent=0, line=22, before=4)
    form_notes = [
        '1.申请类型为“变更”的，应当附原备案确认书复印件。',
        '2.拟维修产品较多的，可另附清单。',
    ]
    for n in form_notes:
        para(doc, n, size=12, indent=2, line=22)
    banfa_clauses.extend(form_notes)

    empty(doc, 1)
    banji(doc, '抄送：重庆海关，重庆市商务委员会，重庆市生态环境局。',
          '重庆西永综合保税区管理委员会办公室', date_cn)

    stem = 'blind703_xiyong_tongzhi'
    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    key = [
        {
            'meta': {
                'title': notice_title,
                'doc_number': docno,
                'issuer': issuers,
                'date': '2026-03-16',
                'published': None,
                'level': 'zone',
                'region': '重庆西永综合保税区',
                'effective': None,
                'expires': None,
                'attachments': [banfa_title],
                'doc_type': '通知',
                'recipients': recips,
                'publicity': '此件公开发布',
                'repeals': None,
            },
            'clauses': notice_clauses,
        },
        {
            'meta': {
                'title': banfa_title,
                'doc_number': None,
                'issuer': issuers,
                'date': '2026-03-16',
                'published': None,
                'level': 'zone',
                'region': '重庆西永综合保税区',
                'effective': '2026-03-16',
                'expires': '2028-03-15',
                'attachments': [att1, att2],
                'doc_type': '办法',
                'recipients': [],
                'publicity': None,
                'repeals': None,
            },
            'clauses': banfa_clauses,
        },
    ]
    return stem, path, key


# ====================================================================
# Document C: 合肥经济技术开发区综合保税区 (Word auto numbering; VML flow chart)
# ====================================================================
def build_hefei():
    doc = Document()
    setup_page(doc)
    issuer = '合肥经济技术开发区管理委员会'
    docno = '合经区管〔2026〕23号'
    date_cn = '二〇二六年四月三日'
    banfa_title = '合肥经济技术开发区综合保税区保税维修业务管理办法（试行）'
    notice_title = '关于印发《%s》的通知' % banfa_title

    red_head_single(doc, '合肥经济技术开发区管理委员会文件', size=26)
    empty(doc, 1)
    para(doc, docno, align='c', indent=0)
    border_para(doc)
    empty(doc, 1)
    title_para(doc, '关于印发《合肥经济技术开发区综合保税区\n保税维修业务管理办法（试行）》的通知')
    empty(doc, 1)
    recips = ['各局（办、中心）', '综保区内各企业']
    para(doc, '，'.join(recips) + '：', indent=0)
    intro = ('为深入落实国家关于推进综合保税区保税维修业务发展的有关部署，进一步规范我区综合保税区保税维修业务管理，'
             '经管委会研究同意，现将《合肥经济技术开发区综合保税区保税维修业务管理办法（试行）》印发给你们，并提出'
             '以下要求，请一并贯彻执行。')
    para(doc, intro)
    n_items = add_numbering(doc, 'chineseCounting', '%1、', font=FS, size=16)
    items = [
        '各相关部门要按照职责分工，加强协调配合，及时研究解决保税维修业务发展中遇到的问题。',
        '综保区内有意向开展保税维修业务的企业，应当对照本办法规定的条件和程序，做好申报准备工作。',
        '已在综保区内开展维修业务的企业，应当于2026年6月30日前按照本办法规定完成备案手续。',
    ]
    cn = ['一', '二', '三', '四', '五']
    notice_clauses = [intro]
    for i, it in enumerate(items):
        p = para(doc, it)
        set_num(p, n_items)
        notice_clauses.append(cn[i] + '、' + it)
    empty(doc, 1)
    para(doc, '附件：' + banfa_title, indent=2, left=None)
    empty(doc, 3)
    para(doc, issuer + SP * 4, indent=0, align='r')
    para(doc, date_cn + SP * 5, indent=0, align='r')

    # ---- 办法
    page_break(doc)
    para(doc, '附件', font=HT, indent=0, align='l')
    empty(doc, 1)
    title_para(doc, '合肥经济技术开发区综合保税区\n保税维修业务管理办法（试行）')
    empty(doc, 1)
    n_art = add_numbering(doc, 'chineseCounting', '第%1条' + SP, font=HT, size=16)
    arts = [
        ('为加快发展综合保税区“保税+”新业态，规范合肥经济技术开发区综合保税区（以下简称综保区）保税维修业务管理，'
         '根据《中华人民共和国海关综合保税区管理办法》和海关总署、商务部、生态环境部关于综合保税区维修业务的有关'
         '规定，结合实际，制定本办法。', []),
        ('本办法所称保税维修业务，是指综保区内企业以保税方式，将存在部件损坏、功能失效、质量缺陷等问题的货物运入'
         '综保区进行检测、维修后复运出境或者复运回境内区外的经营活动。', []),
        ('综保区内企业开展保税维修业务，适用本办法。', []),
        ('合肥经济技术开发区管理委员会（以下简称管委会）综合保税区管理办公室（以下简称综保办）负责保税维修业务的'
         '受理、初审、备案和日常协调工作。综保区主管海关依法对保税维修货物实施监管。', []),
        ('企业开展保税维修业务，应当具备以下条件：', [
            '（一）在综保区内注册登记，具有独立法人资格；',
            '（二）具有与维修业务相适应的场所、设施设备和专业技术人员；',
            '（三）建立符合海关监管要求的信息化管理系统；',
            '（四）具有健全的环境保护和安全生产管理制度。',
        ]),
        ('企业开展保税维修的产品应当属于《综合保税区维修产品目录》范围。重点支持新型显示、集成电路、智能家电、'
         '新能源汽车零部件等本区优势产业相关产品的保税维修。', []),
        ('企业申请开展保税维修业务，应当向综保办提交以下材料：', [
            '（一）保税维修业务申请表（附件2）；',
            '（二）营业执照复印件；',
            '（三）维修项目情况说明；',
            '（四）环境保护相关手续及固体废物、危险废物处置协议；',
            '（五）企业对提交材料真实性的承诺书。',
        ]),
        ('综保办自收到申请材料之日起5个工作日内完成初审。材料不齐全的，应当一次性告知企业补正。', []),
        ('初审通过的，综保办会同主管海关、生态环境等部门进行现场核查，并在10个工作日内出具核查意见。', []),
        ('核查通过的，由管委会予以备案，企业凭备案意见向主管海关办理账册设立或者变更手续。办理流程见附件1。', []),
        ('企业应当对待维修货物、已维修货物、维修用料件、维修过程中替换下来的坏件和旧件以及维修边角料实行专门管理，'
         '设立专用区域分类存放。', []),
        ('来源于境外的待维修货物维修后应当复运出境；来源于境内区外的待维修货物维修后应当复运回境内区外。', []),
        ('维修替换下来的坏件、旧件以及维修边角料，来源于境外的，原则上应当复运出境；确实无法复运出境的，一律不得'
         '内销，应当按照固体废物相关管理规定处置。', []),
        ('企业应当如实、完整记录维修货物进出、维修、库存及坏件、旧件处置情况，相关记录保存期限不少于3年。', []),
        ('企业应当在每季度结束后10个工作日内向综保办报送保税维修业务统计报表。', []),
        ('管委会对保税维修业务开展较好、对区域产业发展贡献突出的企业，按照经开区相关产业扶持政策予以支持。', []),
        ('管委会会同主管海关、生态环境等部门建立联合监管机制，对保税维修企业实行动态管理。', []),
        ('企业违反本办法规定的，由管委会责令改正；情节严重的，撤销其备案；涉嫌违反海关、生态环境等法律法规的，'
         '移交有关部门依法处理。', []),
        ('本办法由综保办负责解释。', []),
        ('本办法自2026年5月1日起施行，有效期3年。原《合肥经济技术开发区综合保税区维修业务暂行管理规定》'
         '（合经区管〔2021〕45号）同时废止。', []),
    ]
    cn_art = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五',
              '十六', '十七', '十八', '十九', '二十']
    banfa_clauses = []
    for i, (body, its) in enumerate(arts):
        p = para(doc, body)
        set_num(p, n_art)
        banfa_clauses.append('第%s条' % cn_art[i] + SP + body)
        for it in its:
            para(doc, it)
            banfa_clauses.append(it)

    # ---- 附件1 flow chart with legacy VML shapes
    att1 = '保税维修业务办理流程图'
    att2 = '保税维修业务申请表'
    page_break(doc)
    para(doc, '附件1', font=HT, indent=0, align='l')
    empty(doc, 1)
    title_para(doc, att1, size=20)
    empty(doc, 1)
    anchor_p = para(doc, None, indent=0)
    cv = VMLCanvas(anchor_p)
    flow = [
        ('企业提交申请材料', None),
        ('综保办初审（5个工作日）', '材料不齐全的，一次性告知补正'),
        ('综保办会同主管海关、生态环境等部门现场核查（10个工作日）', None),
        ('管委会予以备案', None),
        ('主管海关办理账册设立或者变更手续', None),
        ('开展保税维修业务', None),
    ]
    flow_clauses = []
    mx, mw, gap = 40, 250, 26
    sx, sw = 322, 116
    y = 0
    for i, (main, side) in enumerate(flow):
        h = 54 if len(main) > 16 else 36
        cv.box(mx, y, mw, h, main)
        flow_clauses.append(main)
        if side:
            cv.arrow(mx + mw, y + h / 2, sx, y + h / 2)
            cv.box(sx, y + h / 2 - 22, sw, 44, side, size=12)
            flow_clauses.append(side)
        if i < len(flow) - 1:
            cv.arrow(mx + mw / 2, y + h, mx + mw / 2, y + h + gap)
        y += h + gap
    empty(doc, 12)
    banfa_clauses.extend(flow_clauses)

    # ---- 附件2 申请表
    page_break(doc)
    para(doc, '附件2', font=HT, indent=0, align='l')
    empty(doc, 1)
    title_para(doc, att2, size=20)
    para(doc, '编号：', size=12, indent=0, align='l', line=22)
    spec = [
        [('企业名称', 1), ('', 3)],
        [('统一社会信用代码', 1), ('', 1), ('海关编码', 1), ('', 1)],
        [('法定代表人', 1), ('', 1), ('联系电话', 1), ('', 1)],
        [('经办人', 1), ('', 1), ('联系电话', 1), ('', 1)],
        [('维修场所地址', 1), ('', 3)],
        [('维修产品名称', 1), ('', 1), ('HS编码', 1), ('', 1)],
        [('维修货物来源', 1), ('<□境外　　□境内区外', 3)],
        [('维修业务简述', 1), ('<\n\n', 3)],
        [('企业承诺', 1), ('<　　我单位承诺以上填报内容真实准确，并严格遵守海关监管及环境保护相关规定。\n\n'
                        '>（单位盖章）　　　\n>年　　月　　日　', 3)],
        [('综保办初审意见', 1), ('<\n>年　　月　　日　', 3)],
        [('管委会备案意见', 1), ('<\n>年　　月　　日　', 3)],
    ]
    form_table(doc, spec, [3.6, 4.2, 3.0, 4.6])

    empty(doc, 2)
    banji(doc, '抄送：合肥海关，合肥市商务局，合肥市生态环境局。',
          '合肥经济技术开发区管理委员会办公室', '2026年4月3日')

    stem = 'blind703_hefei_tongzhi'
    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    key = [
        {
            'meta': {
                'title': notice_title,
                'doc_number': docno,
                'issuer': [issuer],
                'date': '2026-04-03',
                'published': None,
                'level': 'zone',
                'region': '合肥经济技术开发区综合保税区',
                'effective': None,
                'expires': None,
                'attachments': [banfa_title],
                'doc_type': '通知',
                'recipients': recips,
                'publicity': None,
                'repeals': None,
            },
            'clauses': notice_clauses,
        },
        {
            'meta': {
                'title': banfa_title,
                'doc_number': None,
                'issuer': [issuer],
                'date': '2026-04-03',
                'published': None,
                'level': 'zone',
                'region': '合肥经济技术开发区综合保税区',
                'effective': '2026-05-01',
                'expires': '2029-04-30',
                'attachments': [att1, att2],
                'doc_type': '办法',
                'recipients': [],
                'publicity': None,
                'repeals': '《合肥经济技术开发区综合保税区维修业务暂行管理规定》（合经区管〔2021〕45号）',
            },
            'clauses': banfa_clauses,
        },
    ]
    return stem, path, key


def main():
    expected = {}
    for builder in (build_kunshan, build_xiyong, build_hefei):
        stem, path, key = builder()
        run_pdf(path)
        expected[stem] = key
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
