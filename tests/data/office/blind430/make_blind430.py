# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 430: long 实施方案 built with Word fields/styles (TOC, outline
numbering, SEQ captions, REF cross-references, hyperlinks, header 文号,
footer 第X页 共Y页) plus a cover 通知 in another file, and a zone-level
notice + 方案 in one file.  Writes docx, pdf and expected.json next to itself."""
import os
import json
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.opc.constants import RELATIONSHIP_TYPE as RT

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
SONG = '宋体'
TNR = 'Times New Roman'
RED = 'FF0000'


# ---------------------------------------------------------------- helpers
def el(tag, attrs=None):
    e = OxmlElement(tag)
    for k, v in (attrs or {}).items():
        e.set(qn(k), str(v))
    return e


def set_rfonts(rpr, east, ascii_=TNR):
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = rpr.get_or_add_rFonts()
    for a in ('w:asciiTheme', 'w:hAnsiTheme', 'w:eastAsiaTheme', 'w:cstheme'):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
    rf.set(qn('w:ascii'), ascii_)
    rf.set(qn('w:hAnsi'), ascii_)
    rf.set(qn('w:eastAsia'), east)


def fmt(run, east=FS, size=16, bold=None, color=None, underline=None):
    set_rfonts(run._r.get_or_add_rPr(), east)
    run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if underline is not None:
        run.font.underline = underline
    return run


def pfmt(p, align=None, first=None, left=None, line=28, before=0, after=0, exact=True):
    f = p.paragraph_format
    if line:
        if exact:
            f.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            f.line_spacing = Pt(line)
        else:
            f.line_spacing = line
    f.space_before = Pt(before)
    f.space_after = Pt(after)
    if first is not None:
        f.first_line_indent = Pt(first)
    if left is not None:
        f.left_indent = Pt(left)
    if align is not None:
        f.alignment = align
    return p


def border_bottom(p, color=RED, sz=12, val='single'):
    ppr = p._p.get_or_add_pPr()
    bdr = el('w:pBdr')
    bdr.append(el('w:bottom', {'w:val': val, 'w:sz': sz, 'w:space': 1, 'w:color': color}))
    # pBdr must precede spacing/ind/jc etc.; insert right after pStyle/keepNext… simple: index 0 after pStyle
    anchor = ppr.find(qn('w:pStyle'))
    if anchor is not None:
        anchor.addnext(bdr)
    else:
        ppr.insert(0, bdr)


def border_top_bottom(p, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = el('w:pBdr')
    bdr.append(el('w:top', {'w:val': 'single', 'w:sz': sz, 'w:space': 1, 'w:color': '000000'}))
    bdr.append(el('w:bottom', {'w:val': 'single', 'w:sz': sz, 'w:space': 1, 'w:color': '000000'}))
    anchor = ppr.find(qn('w:pStyle'))
    if anchor is not None:
        anchor.addnext(bdr)
    else:
        ppr.insert(0, bdr)


def set_numpr(p, num_id, ilvl):
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


def fld_runs(p, instr, result, east=FS, size=16, bold=None):
    """complex field begin/instr/separate/result/end as runs appended to p"""
    r = fmt(p.add_run(), east, size, bold)
    r._r.append(el('w:fldChar', {'w:fldCharType': 'begin'}))
    r = fmt(p.add_run(), east, size, bold)
    it = el('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = instr
    r._r.append(it)
    r = fmt(p.add_run(), east, size, bold)
    r._r.append(el('w:fldChar', {'w:fldCharType': 'separate'}))
    fmt(p.add_run(result), east, size, bold)
    r = fmt(p.add_run(), east, size, bold)
    r._r.append(el('w:fldChar', {'w:fldCharType': 'end'}))


def fld_simple(p, instr, result, east=SONG, size=14):
    fs = el('w:fldSimple', {'w:instr': instr})
    r = fmt(p.add_run(result), east, size)
    p._p.remove(r._r)
    fs.append(r._r)
    p._p.append(fs)


class BM:
    def __init__(self):
        self.n = 0

    def start(self, p, name):
        self.n += 1
        p._p.append(el('w:bookmarkStart', {'w:id': self.n, 'w:name': name}))
        return self.n

    def end(self, p, bid):
        p._p.append(el('w:bookmarkEnd', {'w:id': bid}))


def ext_link(p, url, text, east=FS, size=16):
    rid = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = el('w:hyperlink', {'r:id': rid, 'w:history': 1})
    r = fmt(p.add_run(text), east, size, color='0563C1', underline=True)
    p._p.remove(r._r)
    h.append(r._r)
    p._p.append(h)


def page_break(doc):
    p = doc.add_paragraph()
    pfmt(p, line=28)
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def empty(doc, line=28):
    p = doc.add_paragraph()
    pfmt(p, line=line)
    return p


def setup_page(section):
    section.page_height = Cm(29.7)
    section.page_width = Cm(21.0)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)
    section.header_distance = Cm(1.5)
    section.footer_distance = Cm(2.5)


def setup_styles(doc):
    st = doc.styles['Normal']
    st.font.size = Pt(16)
    set_rfonts(st.element.get_or_add_rPr(), FS)
    for lvl, east in ((1, HT), (2, KT)):
        hs = doc.styles['Heading %d' % lvl]
        hs.font.size = Pt(16)
        hs.font.bold = False
        hs.font.italic = False
        hs.font.color.rgb = RGBColor(0, 0, 0)
        set_rfonts(hs.element.get_or_add_rPr(), east)
        f = hs.paragraph_format
        f.space_before = Pt(0)
        f.space_after = Pt(0)
        f.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        f.line_spacing = Pt(28)
        f.first_line_indent = Pt(32)
        f.keep_with_next = True
    for name, left in (('toc 1', 0), ('toc 2', 32)):
        ts = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        ts.base_style = doc.styles['Normal']
        ts.font.size = Pt(16)
        set_rfonts(ts.element.get_or_add_rPr(), FS)
        f = ts.paragraph_format
        f.left_indent = Pt(left)
        f.space_after = Pt(0)
        f.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        f.line_spacing = Pt(30)
        ppr = ts.element.get_or_add_pPr()
        tabs = el('w:tabs')
        tabs.append(el('w:tab', {'w:val': 'right', 'w:leader': 'dot', 'w:pos': 8834}))
        ppr.insert(0, tabs)


def add_outline_numbering(doc, style_links=None):
    """multilevel list 一、 / （一） / 1. / （1） with no suffix; returns numId"""
    numbering = doc.part.numbering_part.element
    existing = [int(a.get(qn('w:abstractNumId'))) for a in numbering.findall(qn('w:abstractNum'))]
    aid = max(existing + [0]) + 11
    levels = [
        ('chineseCounting', '%1、', HT),
        ('chineseCounting', '（%2）', KT),
        ('decimal', '%3.', FS),
        ('decimal', '（%4）', FS),
    ]
    xml = ['<w:abstractNum %s w:abstractNumId="%d"><w:nsid w:val="5A2C7E41"/>'
           '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0C8E4D2A"/>' % (nsdecls('w'), aid)]
    for i, (nf, txt, east) in enumerate(levels):
        ps = ''
        if style_links and i in style_links:
            ps = '<w:pStyle w:val="%s"/>' % style_links[i]
        xml.append(
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s" w:hint="eastAsia"/>'
            '<w:sz w:val="32"/></w:rPr></w:lvl>' % (i, nf, ps, txt, east))
    xml.append('</w:abstractNum>')
    absn = parse_xml(''.join(xml))
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = numbering.add_num(aid)
    return num.numId


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    pfmt(p, align=align, line=20)
    fmt(p.add_run(text), east, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(el('w:tblHeader'))


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = el('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        b.append(el('w:' + side, {'w:val': 'nil'}))
    tblpr.append(b)


def data_table(doc, headers, rows, widths, clauses, aligns=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = doc.styles['Table Grid']
    t.alignment = 1
    for j, h in enumerate(headers):
        cell_text(t.rows[0].cells[j], h, HT, 12)
    repeat_header(t.rows[0])
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            al = WD_ALIGN_PARAGRAPH.CENTER
            if aligns and aligns[j] == 'L':
                al = WD_ALIGN_PARAGRAPH.LEFT
            cell_text(t.rows[i + 1].cells[j], v, FS, 12, align=al)
        clauses.append('；'.join('%s：%s' % (h, v) for h, v in zip(headers, r)))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    return t


def caption(doc, bm, ref_name, no, title, seq_name='表'):
    p = doc.add_paragraph()
    pfmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28, before=6)
    bid = bm.start(p, ref_name)
    fmt(p.add_run('表'), HT, 14)
    fld_runs(p, ' SEQ %s \\* ARABIC ' % seq_name, str(no), HT, 14)
    bm.end(p, bid)
    fmt(p.add_run('  ' + title), HT, 14)
    p.paragraph_format.keep_with_next = True
    return p


def body(doc, segs, clauses=None, prefix='', numbered=None, first=32, bm=None):
    """segs: list of str | (str, dict). dict keys: bold, east, link, ref, mail.
    prefix: auto-number text that Word will render (only for the key)."""
    p = doc.add_paragraph()
    pfmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=first)
    if numbered:
        set_numpr(p, numbered[0], numbered[1])
    text = prefix
    for s in segs:
        if isinstance(s, str):
            fmt(p.add_run(s))
            text += s
            continue
        s_text, o = s
        if 'link' in o:
            ext_link(p, o['link'], s_text)
        elif 'ref' in o:
            fld_runs(p, ' REF %s \\h ' % o['ref'], s_text)
        else:
            fmt(p.add_run(s_text), o.get('east', FS), 16, o.get('bold'))
        text += s_text
    if clauses is not None:
        clauses.append(text)
    return p


def title_para(doc, lines, size=22, before=0, after=0):
    p = doc.add_paragraph()
    pfmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=size + 12, before=before, after=after)
    for i, ln in enumerate(lines):
        r = fmt(p.add_run(ln), XBS, size)
        if i < len(lines) - 1:
            r.add_break()
    return p


def toc_block(doc, entries, bm_names):
    """entries: list of (level, text, page). cached TOC field result."""
    p = doc.add_paragraph()
    pfmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28, after=12)
    fmt(p.add_run('目  录'), HT, 16)
    first = True
    for (lvl, text, page), name in zip(entries, bm_names):
        p = doc.add_paragraph(style='toc %d' % lvl)
        if first:
            fld_part = fmt(p.add_run(), FS, 16)
            fld_part._r.append(el('w:fldChar', {'w:fldCharType': 'begin'}))
            r = fmt(p.add_run(), FS, 16)
            it = el('w:instrText')
            it.set(qn('xml:space'), 'preserve')
            it.text = ' TOC \\o "1-2" \\h \\z \\u '
            r._r.append(it)
            r = fmt(p.add_run(), FS, 16)
            r._r.append(el('w:fldChar', {'w:fldCharType': 'separate'}))
            first = False
        h = el('w:hyperlink', {'w:anchor': name, 'w:history': 1})
        p._p.append(h)
        tmp = doc.add_paragraph()
        east = HT if lvl == 1 else FS
        fmt(tmp.add_run(text), east, 16)
        r = fmt(tmp.add_run(), east, 16)
        r._r.append(el('w:tab'))
        fld_runs(tmp, ' PAGEREF %s \\h ' % name, str(page), FS, 16)
        for child in list(tmp._p):
            if child.tag == qn('w:r'):
                h.append(child)
        tmp._p.getparent().remove(tmp._p)
    p = doc.add_paragraph(style='toc 1')
    r = fmt(p.add_run(), FS, 16)
    r._r.append(el('w:fldChar', {'w:fldCharType': 'end'}))


class Outline:
    """headings in Word heading styles with bookmarks for TOC"""

    def __init__(self, doc, bm, num_id=None, base=215300):
        self.doc, self.bm, self.num_id, self.n = doc, bm, num_id, base
        self.names = []

    def h(self, text, level):
        self.n += 7
        name = '_Toc%d' % self.n
        p = self.doc.add_paragraph(style='Heading %d' % level)
        if self.num_id is not None:
            set_numpr(p, self.num_id, level - 1)
        bid = self.bm.start(p, name)
        fmt(p.add_run(text), HT if level == 1 else KT, 16)
        self.bm.end(p, bid)
        self.names.append(name)
        return p


def header_wenhao(section, wenhao, first_blank=True):
    if first_blank:
        section.different_first_page_header_footer = True
    hp = section.header.paragraphs[0]
    pfmt(hp, align=WD_ALIGN_PARAGRAPH.RIGHT, line=None)
    fmt(hp.add_run(wenhao), FS, 10.5)
    border_bottom(hp, color='000000', sz=6)


def footer_pages(section, simple=False):
    fp = section.footer.paragraphs[0]
    pfmt(fp, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    fmt(fp.add_run('第 '), SONG, 10.5)
    if simple:
        fld_simple(fp, ' PAGE ', '1', SONG, 10.5)
    else:
        fld_runs(fp, ' PAGE \\* MERGEFORMAT ', '1', SONG, 10.5)
    fmt(fp.add_run(' 页 共 '), SONG, 10.5)
    if simple:
        fld_simple(fp, ' NUMPAGES ', '1', SONG, 10.5)
    else:
        fld_runs(fp, ' NUMPAGES \\* MERGEFORMAT ', '1', SONG, 10.5)
    fmt(fp.add_run(' 页'), SONG, 10.5)


def footer_dash(section):
    fp = section.footer.paragraphs[0]
    pfmt(fp, align=WD_ALIGN_PARAGRAPH.RIGHT, line=None)
    fmt(fp.add_run('— '), SONG, 14)
    fld_runs(fp, ' PAGE ', '1', SONG, 14)
    fmt(fp.add_run(' —'), SONG, 14)


def red_banner(doc, organ_text, wenhao, size=30):
    p = doc.add_paragraph()
    pfmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=size + 16, before=30)
    fmt(p.add_run(organ_text), XBS, size, color=RED)
    empty(doc)
    p = doc.add_paragraph()
    pfmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    fmt(p.add_run(wenhao), FS, 16)
    p = doc.add_paragraph()
    pfmt(p, line=12)
    border_bottom(p, RED, 18)
    empty(doc)


def convert(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_430', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ 西安 通知
XA_WH = '市政办发〔2025〕97号'
XA_FA_TITLE = '西安市推动中欧班列（西安）高质量发展和国际陆港枢纽建设实施方案（2026—2028年）'
XA_TZ_TITLE = '西安市人民政府办公厅关于印发' + XA_FA_TITLE + '的通知'
XA_REPEAL = '《西安市加快中欧班列（西安）集结中心建设三年行动方案（2023—2025年）》（市政办发〔2023〕41号）'


def make_xian_tongzhi():
    doc = Document()
    setup_styles(doc)
    sec = doc.sections[0]
    setup_page(sec)
    footer_dash(sec)
    clauses = []
    red_banner(doc, '西安市人民政府办公厅文件', XA_WH)
    title_para(doc, ['西安市人民政府办公厅关于印发', '西安市推动中欧班列（西安）高质量发展和',
                     '国际陆港枢纽建设实施方案', '（2026—2028年）的通知'])
    empty(doc)
    p = doc.add_paragraph()
    pfmt(p)
    fmt(p.add_run('各区、县人民政府，市人民政府各工作部门，各直属机构：'))
    body(doc, ['《' + XA_FA_TITLE + '》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。'], clauses)
    body(doc, ['推动中欧班列高质量发展和国际陆港枢纽建设，是我市深度融入共建“一带一路”大格局、'
               '建设内陆改革开放高地的重要抓手。各区县、各部门要提高思想认识，加强协同配合，'
               '细化工作措施，确保各项任务落地见效。'], clauses)
    body(doc, ['国际港务区管委会（市中欧班列工作专班办公室）要加强统筹调度，会同有关部门建立任务台账，'
               '每半年向市政府报告一次工作进展。执行中遇到的重大问题，请及时报告市政府。'], clauses)
    body(doc, ['联系人：刘晓东，联系电话：029-83396127。'], clauses)
    empty(doc)
    # 附件 with soft line break + manual spaces for alignment (office quirk)
    p = doc.add_paragraph()
    pfmt(p, first=32)
    r = fmt(p.add_run('附件：西安市推动中欧班列（西安）高质量发展和国际'))
    r.add_break()
    fmt(p.add_run('      陆港枢纽建设实施方案（2026—2028年）'))
    empty(doc)
    empty(doc)
    p = doc.add_paragraph()
    pfmt(p)
    fmt(p.add_run('                              西安市人民政府办公厅'))
    p = doc.add_paragraph()
    pfmt(p)
    fmt(p.add_run('                                2025年12月8日'))
    p = doc.add_paragraph()
    pfmt(p, first=32)
    fmt(p.add_run('（此件公开发布）'))
    for _ in range(4):
        empty(doc)
    # 版记
    p = doc.add_paragraph()
    pfmt(p, line=26, left=14, exact=True)
    p.paragraph_format.first_line_indent = Pt(-14) + Pt(0)
    fmt(p.add_run('抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市中级人民法院，'
                  '市人民检察院，西安警备区。'), FS, 14)
    border_top_bottom(p)
    p = doc.add_paragraph()
    pfmt(p, line=26, left=14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), 2)
    fmt(p.add_run('西安市人民政府办公厅\t2025年12月9日印发'), FS, 14)
    border_bottom(p, color='000000', sz=8)

    stem = 'blind430_xian_tongzhi'
    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    meta = {
        'title': XA_TZ_TITLE,
        'doc_number': XA_WH,
        'issuer': ['西安市人民政府办公厅'],
        'date': '2025-12-08',
        'published': None,
        'level': 'municipal',
        'region': '西安市',
        'effective': None,
        'expires': None,
        'attachments': [XA_FA_TITLE],
        'doc_type': '通知',
        'recipients': ['各区、县人民政府', '市人民政府各工作部门', '各直属机构'],
        'publicity': '此件公开发布',
        'repeals': None,
    }
    return stem, path, [{'meta': meta, 'clauses': clauses}]


# ================================================================ 西安 方案
XA_TOC_PAGES = {}


def make_xian_fangan(toc_pages):
    doc = Document()
    setup_styles(doc)
    sec = doc.sections[0]
    setup_page(sec)
    header_wenhao(sec, XA_WH, first_blank=True)
    footer_pages(sec)
    num_id = add_outline_numbering(doc)
    bm = BM()
    clauses = []

    # ---- cover page (no header/footer: different first page)
    p = doc.add_paragraph()
    pfmt(p)
    fmt(p.add_run('附件'), HT, 16)
    for _ in range(4):
        empty(doc)
    title_para(doc, ['西安市推动中欧班列（西安）高质量发展', '和国际陆港枢纽建设实施方案',
                     '（2026—2028年）'], size=22)
    for _ in range(7):
        empty(doc)
    p = doc.add_paragraph()
    pfmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    fmt(p.add_run('西安市人民政府办公厅'), KT, 18)
    p = doc.add_paragraph()
    pfmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    fmt(p.add_run('2025年12月8日'), KT, 18)
    page_break(doc)

    # ---- 目录 (TOC field, cached result)
    heads = [
        (1, '总体要求', '一、'), (2, '指导思想', '（一）'), (2, '主要目标', '（二）'),
        (1, '重点任务', '二、'), (2, '提升班列通道能级', '（一）'), (2, '打造国际陆港集散枢纽', '（二）'),
        (2, '推动“班列+跨境电商”融合发展', '（三）'), (2, '优化口岸营商环境', '（四）'),
        (1, '重点项目', '三、'), (1, '保障措施', '四、'),
    ]
    ol = Outline(doc, bm, num_id, base=215300)
    names = ['_Toc%d' % (215300 + 7 * (i + 1)) for i in range(len(heads))]
    toc_block(doc, [(lv, pre + t, toc_pages.get(t, 3)) for lv, t, pre in heads], names)
    page_break(doc)

    # ---- body
    title_para(doc, ['西安市推动中欧班列（西安）高质量发展', '和国际陆港枢纽建设实施方案', '（2026—2028年）'])
    empty(doc)
    body(doc, ['为深入贯彻落实习近平总书记关于高质量共建“一带一路”的重要指示精神和党中央、国务院决策部署，'
               '加快推进中欧班列（西安）集结中心和国际陆港枢纽建设，更好服务和融入新发展格局，'
               '结合我市实际，制定本方案。'], clauses)

    hi = iter(heads)

    def H():
        lv, t, _ = next(hi)
        ol.h(t, lv)

    H()  # 一、总体要求
    H()  # （一）指导思想
    body(doc, ['以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，'
               '完整准确全面贯彻新发展理念，以中欧班列（西安）集结中心建设为牵引，统筹通道、枢纽、产业、平台协同发展，'
               '推动“班列+”模式由规模扩张向质量效益转变，着力打造内陆地区效率高、成本低、服务优的国际贸易大通道。'],
         clauses)
    H()  # （二）主要目标
    body(doc, ['到2028年，中欧班列（西安）开行质量和综合效益稳居全国前列，国际陆港枢纽功能显著增强。'
               '中欧班列年开行量稳定在5000列以上，回程班列占比提高到45%以上，班列运输货值突破1000亿元，'
               '西安国际港站年集装箱吞吐量达到80万标箱，主要指标详见',
               ('表1', {'ref': '_Ref216400101'}), '。'], clauses)
    caption(doc, bm, '_Ref216400101', 1, '2026—2028年中欧班列（西安）主要发展指标')
    data_table(doc, ['序号', '指标名称', '单位', '2025年基数', '2028年目标'], [
        ['1', '中欧班列年开行量', '列', '4860', '5000以上'],
        ['2', '回程班列占比', '%', '38.5', '45以上'],
        ['3', '班列运输货值', '亿元', '816', '1000以上'],
        ['4', '西安国际港站集装箱吞吐量', '万标箱', '61.2', '80'],
        ['5', '跨境电商进出口额', '亿元', '92', '150'],
        ['6', '“班列+”集结线路', '条', '25', '30'],
    ], [1.4, 6.0, 2.2, 2.8, 3.0], clauses, aligns='CLCCC')
    empty(doc)

    H()  # 二、重点任务
    H()  # （一）提升班列通道能级
    L3 = (num_id, 2)
    body(doc, [('稳定运行主干通道。', {'bold': True}),
               '巩固西安至汉堡、杜伊斯堡、罗兹、布达佩斯等干线运营质效，加密西安至阿拉木图、塔什干、比什凯克等中亚线路班次，'
               '常态化开行经阿塞拜疆、格鲁吉亚至土耳其、东南欧的跨里海班列。（责任单位：国际港务区管委会、市发展改革委、市商务局）'],
         clauses, prefix='1.', numbered=L3)
    body(doc, [('拓展多式联运通道。', {'bold': True}),
               '深化“陆海联运”“空铁联运”合作，加密西安至青岛港、天津港、连云港、北部湾港铁海联运班列，'
               '推动与西部陆海新通道班列在西安国际港站高效衔接，探索班列与西安咸阳国际机场国际货运航线联程联运。'
               '（责任单位：国际港务区管委会、市交通局、市口岸办）'],
         clauses, prefix='2.', numbered=L3)
    body(doc, [('提升班列运行效率。', {'bold': True}),
               '推广应用铁路快速通关、“一单制”和“一箱到底”模式，推动国内段运输时限压缩至48小时以内，'
               '力争班列境外段平均运行时间较2025年缩短10%。（责任单位：西安海关、国际港务区管委会、市口岸办）'],
         clauses, prefix='3.', numbered=L3)
    H()  # （二）打造国际陆港集散枢纽
    body(doc, [('完善枢纽基础设施。', {'bold': True}),
               '加快西安国际港站扩能改造和新筑铁路物流基地建设，推进多式联运海关监管中心、冷链物流中心等功能区建设，'
               '重点项目安排详见', ('表2', {'ref': '_Ref216400102'}),
               '。（责任单位：国际港务区管委会、市发展改革委、市自然资源和规划局）'],
         clauses, prefix='1.', numbered=L3)
    body(doc, [('强化货源集结能力。', {'bold': True}),
               '支持“班列+”集结线路扩容提质，围绕以下方向重点发力：'],
         clauses, prefix='2.', numbered=L3)
    body(doc, ['（1）深化与长三角、珠三角、京津冀等地区货源合作，新开或加密集结线路不少于5条；'], clauses)
    body(doc, ['（2）推动西安及周边汽车、装备制造、新能源、电子信息等产业开行定制化专列；'], clauses)
    body(doc, ['（3）建设中欧班列（西安）集结中心公共海外仓，在汉堡、马拉舍维奇、阿拉木图等节点城市新增海外仓（场站）3个以上。'
               '（责任单位：国际港务区管委会、市商务局、市工业和信息化局）'], clauses)
    body(doc, [('发展枢纽偏好型产业。', {'bold': True}),
               '依托西安综合保税区、西安国际港务区保税物流中心（B型），大力发展保税加工、保税维修、保税展示交易等业务，'
               '吸引一批供应链总部、区域分拨中心落户，推动“通道+枢纽+产业”融合发展。'
               '（责任单位：国际港务区管委会、高新区管委会、经开区管委会、市商务局）'],
         clauses, prefix='3.', numbered=L3)
    H()  # （三）推动“班列+跨境电商”融合发展
    body(doc, [('拓展跨境电商物流通道。', {'bold': True}),
               '支持跨境电商企业利用中欧班列开展9610、9710、9810业务，常态化开行跨境电商专列，'
               '推动跨境电商货物“一次申报、一次查验、一次放行”。（责任单位：西安海关、市商务局、国际港务区管委会）'],
         clauses, prefix='1.', numbered=L3)
    body(doc, [('建设跨境电商公共服务平台。', {'bold': True}),
               '依托中国（西安）跨境电子商务综合试验区线上综合服务平台（',
               ('https://www.xacbec.gov.cn', {'link': 'https://www.xacbec.gov.cn/'}),
               '），为企业提供通关、物流、金融、退税等“一站式”服务，2026年底前实现与中欧班列信息平台数据互联互通。'
               '（责任单位：市商务局、市数据局、国际港务区管委会）'],
         clauses, prefix='2.', numbered=L3)
    body(doc, [('培育跨境电商经营主体。', {'bold': True}),
               '实施跨境电商主体培育行动，每年培育跨境电商年进出口额超亿元企业10家以上，'
               '对符合条件的企业按照有关政策给予支持，具体申报指南在',
               ('西安市商务局门户网站', {'link': 'http://swj.xa.gov.cn/'}),
               '发布。（责任单位：市商务局、市财政局）'],
         clauses, prefix='3.', numbered=L3)
    H()  # （四）优化口岸营商环境
    body(doc, [('深化通关便利化改革。', {'bold': True}),
               '推广“提前申报”“两步申报”等便利化措施，深化国际贸易“单一窗口”建设，'
               '进出口整体通关时间较2025年压缩10%以上。（责任单位：西安海关、市口岸办）'],
         clauses, prefix='1.', numbered=L3)
    body(doc, [('降低物流综合成本。', {'bold': True}),
               '规范口岸收费行为，动态更新并公示口岸收费目录清单，推动铁路运费、场站费用透明化，'
               '引导企业通过市场化方式降低班列综合运输成本。（责任单位：市发展改革委、市口岸办、国际港务区管委会）'],
         clauses, prefix='2.', numbered=L3)
    body(doc, [('加强金融服务支撑。', {'bold': True}),
               '推广“铁路运单+”物权化融资、“班列贷”等金融产品，鼓励保险机构开发班列运输保险、出口信用保险专项产品，'
               '2026—2028年累计为班列相关企业提供融资不低于200亿元。'
               '（责任单位：市委金融办、国家金融监督管理总局陕西监管局、中国人民银行陕西省分行）'],
         clauses, prefix='3.', numbered=L3)

    H()  # 三、重点项目
    body(doc, ['围绕通道提能、枢纽扩容、产业集聚三个方向，2026年谋划实施中欧班列（西安）重点建设项目6个，'
               '总投资约118.6亿元（见', ('表2', {'ref': '_Ref216400102'}),
               '）。各责任单位要建立项目清单化管理机制，按月调度项目进展。'], clauses)
    caption(doc, bm, '_Ref216400102', 2, '2026年中欧班列（西安）重点建设项目')
    data_table(doc, ['序号', '项目名称', '建设内容', '总投资（亿元）', '责任单位'], [
        ['1', '西安国际港站扩能改造工程', '新建到发线4条、装卸线6条，年作业能力提升至100万标箱', '32.5', '国际港务区管委会'],
        ['2', '新筑铁路物流基地二期', '新建仓储设施12万平方米及配套道路、堆场', '24.8', '国际港务区管委会'],
        ['3', '多式联运海关监管中心扩建', '扩建查验场地3.2万平方米，配置智能卡口和集装箱检查设备', '6.3',
         '国际港务区管委会、西安海关'],
        ['4', '中欧班列冷链物流中心', '建设冷库库容8万吨及进口肉类、水果指定监管场地', '15.2', '国际港务区管委会、市商务局'],
        ['5', '跨境电商智慧物流园', '建设跨境电商监管仓、分拨中心及海外仓配送系统', '21.6', '市商务局'],
        ['6', '西安陆港供应链金融服务中心', '建设班列运单、仓单数字化登记及融资服务平台', '18.2', '市委金融办'],
    ], [1.2, 3.6, 5.6, 2.2, 3.0], clauses, aligns='CLLCL')
    empty(doc)

    H()  # 四、保障措施
    L2 = (num_id, 1)
    body(doc, [('加强组织领导。', {'east': KT}),
               '充分发挥市中欧班列高质量发展工作专班作用，由分管副市长任召集人，统筹研究解决班列发展和枢纽建设中的重大问题。'
               '专班办公室设在国际港务区管委会，负责日常协调、任务调度和督促落实。'],
         clauses, prefix='（一）', numbered=L2)
    body(doc, [('加大政策支持。', {'east': KT}),
               '统筹用好中央和省级外经贸发展专项资金、市级开放型经济发展资金，对班列集结线路培育、海外仓建设、'
               '多式联运创新等给予支持，具体支持办法由市商务局会同市财政局另行制定。'],
         clauses, prefix='（二）', numbered=L2)
    body(doc, [('强化要素保障。', {'east': KT}),
               '将班列枢纽重点项目纳入市级重点项目库，在用地、用能、融资等方面优先保障。'
               '市自然资源和规划局要做好国际港站周边规划控制，预留物流发展空间。'],
         clauses, prefix='（三）', numbered=L2)
    body(doc, [('严格督导考核。', {'east': KT}),
               '建立任务台账和月调度、季通报制度，将重点任务落实情况纳入年度目标责任考核。'
               '各责任单位于每年6月底和12月底前将工作进展情况报送专班办公室（电子邮箱：',
               ('zobl@xa.gov.cn', {'link': 'mailto:zobl@xa.gov.cn'}), '）。'],
         clauses, prefix='（四）', numbered=L2)
    body(doc, ['本方案自2026年1月1日起施行，有效期至2028年12月31日。' + XA_REPEAL + '同时废止。'], clauses)

    stem = 'blind430_xian_fangan'
    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    meta = {
        'title': XA_FA_TITLE,
        'doc_number': XA_WH,
        'issuer': ['西安市人民政府办公厅'],
        'date': '2025-12-08',
        'published': None,
        'level': 'municipal',
        'region': '西安市',
        'effective': '2026-01-01',
        'expires': '2028-12-31',
        'attachments': [],
        'doc_type': '方案',
        'recipients': [],
        'publicity': None,
        'repeals': XA_REPEAL,
    }
    return stem, path, [{'meta': meta, 'clauses': clauses}]


# ================================================================ 青岛片区 通知 + 方案 (one file)
QD_WH = '青自贸片管发〔2026〕3号'
QD_ORG = '中国（山东）自由贸易试验区青岛片区管理委员会'
QD_FA_TITLE = '中国（山东）自由贸易试验区青岛片区跨境电商高质量发展实施方案'
QD_TZ_TITLE = QD_ORG + '关于印发《' + QD_FA_TITLE + '》的通知'


def make_qingdao(toc_pages):
    doc = Document()
    setup_styles(doc)
    sec = doc.sections[0]
    setup_page(sec)
    header_wenhao(sec, QD_WH, first_blank=True)
    footer_pages(sec, simple=True)
    # numbering linked to the heading styles (numPr lives in the style, not the paragraph)
    num_id = add_outline_numbering(doc, style_links={0: 'Heading1', 1: 'Heading2'})
    for lvl in (1, 2):
        hs = doc.styles['Heading %d' % lvl]
        numpr = hs.element.get_or_add_pPr().get_or_add_numPr()
        if lvl == 2:
            numpr.get_or_add_ilvl().val = 1
        numpr.get_or_add_numId().val = num_id
    bm = BM()
    c_tz, c_fa = [], []

    # ---- notice
    red_banner(doc, '中国（山东）自由贸易试验区青岛片区管理委员会文件', QD_WH, size=17)
    title_para(doc, ['中国（山东）自由贸易试验区青岛片区', '管理委员会关于印发《中国（山东）',
                     '自由贸易试验区青岛片区跨境电商', '高质量发展实施方案》的通知'])
    empty(doc)
    p = doc.add_paragraph()
    pfmt(p)
    fmt(p.add_run('片区各部门、各单位，各有关企业：'))
    body(doc, ['《' + QD_FA_TITLE + '》已经片区管委会主任办公会议研究通过，现印发给你们，请认真组织实施。'], c_tz)
    body(doc, ['各部门、各单位要对照方案确定的目标任务，细化年度工作计划，明确责任人和时间节点，'
               '于每季度末将推进情况报送片区商务贸易部。'], c_tz)
    empty(doc)
    p = doc.add_paragraph()
    pfmt(p, first=32)
    fmt(p.add_run('附件：' + QD_FA_TITLE))
    empty(doc)
    # 落款 laid out in a borderless table (office quirk)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    for i, txt in enumerate([QD_ORG, '2026年3月16日']):
        t.rows[i].cells[0].width = Cm(5.0)
        t.rows[i].cells[1].width = Cm(10.6)
        cell_text(t.rows[i].cells[1], txt, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc)
    p = doc.add_paragraph()
    pfmt(p, first=32)
    fmt(p.add_run('（此件主动公开）'))
    page_break(doc)

    # ---- attachment: 方案
    p = doc.add_paragraph()
    pfmt(p)
    fmt(p.add_run('附件'), HT, 16)
    empty(doc)
    title_para(doc, ['中国（山东）自由贸易试验区青岛片区', '跨境电商高质量发展实施方案'])
    empty(doc)
    heads = [
        (1, '发展目标', '一、'), (1, '主要任务', '二、'), (2, '壮大跨境电商经营主体', '（一）'),
        (2, '完善跨境电商物流体系', '（二）'), (2, '提升通关监管效能', '（三）'), (1, '保障措施', '三、'),
    ]
    ol = Outline(doc, bm, None, base=318800)
    names = ['_Toc%d' % (318800 + 7 * (i + 1)) for i in range(len(heads))]
    toc_block(doc, [(lv, pre + t, toc_pages.get(t, 3)) for lv, t, pre in heads], names)
    page_break(doc)

    hi = iter(heads)

    def H():
        lv, t, _ = next(hi)
        ol.h(t, lv)

    body(doc, ['为贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》有关部署，'
               '发挥中国（青岛）跨境电子商务综合试验区和青岛前湾综合保税区政策叠加优势，'
               '推动片区跨境电商规模、质量、效益同步提升，制定本方案。'], c_fa)
    H()  # 一、发展目标
    body(doc, ['到2028年，片区跨境电商进出口额突破300亿元，年均增长15%以上；培育年进出口额超10亿元的跨境电商龙头企业5家以上，'
               '建设公共海外仓20个以上，跨境电商产业园区入驻企业超过500家。分年度目标见',
               ('表1', {'ref': '_Ref318900011'}), '。'], c_fa)
    caption(doc, bm, '_Ref318900011', 1, '片区跨境电商分年度发展目标')
    data_table(doc, ['年度', '跨境电商进出口额（亿元）', '公共海外仓（个）', '园区入驻企业（家）'], [
        ['2026年', '210', '12', '320'],
        ['2027年', '255', '16', '410'],
        ['2028年', '300', '20', '500'],
    ], [2.6, 4.6, 3.6, 4.0], c_fa)
    empty(doc)
    H()  # 二、主要任务
    H()  # （一）
    body(doc, [('1.引育龙头企业。', {'bold': True}),
               '聚焦跨境电商平台、卖家、服务商三类主体，开展精准招商，对新落户片区且年进出口额超1亿元的跨境电商企业，'
               '按照片区有关政策给予落户奖励。'], c_fa)
    body(doc, [('2.培育本土品牌。', {'bold': True}),
               '支持家电、纺织服装、轮胎、食品等优势产业企业开展“跨境电商+产业带”模式，每年培育跨境电商自主品牌20个以上。'], c_fa)
    H()  # （二）
    body(doc, [('1.建设公共海外仓。', {'bold': True}),
               '支持企业在日韩、东盟、欧盟及共建“一带一路”国家布局公共海外仓，对经认定的公共海外仓按照实际投资额给予一定比例补助。'],
         c_fa)
    body(doc, [('2.畅通国际物流通道。', {'bold': True}),
               '发挥青岛港和胶东国际机场“海空双港”优势，加密至日韩跨境电商海运快线，依托“齐鲁号”欧亚班列拓展跨境电商铁路运输，'
               '推动“海铁联运+跨境电商”融合发展。'], c_fa)
    H()  # （三）
    body(doc, [('1.优化监管模式。', {'bold': True}),
               '在青岛前湾综合保税区全面推广跨境电商网购保税进口（1210）“仓储+展示+交易”一体化模式，'
               '探索跨境电商出口退货“一站式”监管。'], c_fa)
    body(doc, [('2.推进智慧监管。', {'bold': True}),
               '依托中国（青岛）跨境电子商务综合试验区线上综合服务平台，推动企业备案、申报、查验、退税等数据共享，平台网址：',
               ('https://www.qdcbec.com', {'link': 'https://www.qdcbec.com/'}), '。'], c_fa)
    H()  # 三、保障措施
    body(doc, [('（一）强化组织保障。', {'east': KT}),
               '片区成立跨境电商高质量发展工作专班，由分管副主任任组长，片区商务贸易部牵头，'
               '产业发展部、财政金融部、青岛海关驻片区办事处等单位参加。'], c_fa)
    body(doc, [('（二）加大资金支持。', {'east': KT}),
               '统筹片区产业发展专项资金，每年安排不少于5000万元用于支持跨境电商发展，'
               '具体支持标准按照《青岛片区促进跨境电商发展若干政策措施》执行。'], c_fa)
    body(doc, [('（三）加强督促落实。', {'east': KT}),
               '各责任部门按照', ('表2', {'ref': '_Ref318900012'}),
               '明确的分工抓好落实，片区商务贸易部每季度汇总通报进展情况。'], c_fa)
    caption(doc, bm, '_Ref318900012', 2, '重点任务责任分工')
    data_table(doc, ['序号', '任务', '牵头部门', '配合部门'], [
        ['1', '壮大跨境电商经营主体', '商务贸易部', '产业发展部、招商服务中心'],
        ['2', '完善跨境电商物流体系', '商务贸易部', '建设管理部、山东港口青岛港集团'],
        ['3', '提升通关监管效能', '青岛海关驻片区办事处', '商务贸易部、前湾综合保税区管理局'],
    ], [1.4, 5.0, 3.8, 5.4], c_fa, aligns='CLCL')
    empty(doc)
    body(doc, ['本方案自印发之日起施行，有效期至2028年12月31日。'], c_fa)
    for _ in range(3):
        empty(doc)
    # 版记 of the notice sits at the very end of the file
    p = doc.add_paragraph()
    pfmt(p, line=26, left=14)
    border_top_bottom(p)
    fmt(p.add_run('抄送：青岛市商务局，青岛海关，青岛市黄岛区人民政府。'), FS, 14)
    p = doc.add_paragraph()
    pfmt(p, line=26, left=14)
    fmt(p.add_run('青岛片区管委会党政办公室                    2026年3月17日印发'), FS, 14)
    border_bottom(p, color='000000', sz=8)

    stem = 'blind430_qingdao_tongzhi'
    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    common = {
        'doc_number': QD_WH,
        'issuer': [QD_ORG],
        'date': '2026-03-16',
        'published': None,
        'level': 'zone',
        'region': '中国（山东）自由贸易试验区青岛片区',
        'expires': None,
        'repeals': None,
    }
    m1 = dict(common, title=QD_TZ_TITLE, effective=None, attachments=[QD_FA_TITLE], doc_type='通知',
              recipients=['片区各部门、各单位', '各有关企业'], publicity='此件主动公开')
    m2 = dict(common, title=QD_FA_TITLE, effective='2026-03-16', expires='2028-12-31', attachments=[],
              doc_type='方案', recipients=[], publicity=None)
    keys = ['title', 'doc_number', 'issuer', 'date', 'published', 'level', 'region', 'effective',
            'expires', 'attachments', 'doc_type', 'recipients', 'publicity', 'repeals']
    m1 = {k: m1[k] for k in keys}
    m2 = {k: m2[k] for k in keys}
    return stem, path, [{'meta': m1, 'clauses': c_tz}, {'meta': m2, 'clauses': c_fa}]


# TOC page numbers as Word last computed them (checked against the PDF layout)
XA_PAGES = {'总体要求': 3, '指导思想': 3, '主要目标': 3, '重点任务': 4, '提升班列通道能级': 4,
            '打造国际陆港集散枢纽': 5, '推动“班列+跨境电商”融合发展': 6, '优化口岸营商环境': 6,
            '重点项目': 7, '保障措施': 8}
QD_PAGES = {'发展目标': 4, '主要任务': 4, '壮大跨境电商经营主体': 4, '完善跨境电商物流体系': 5,
            '提升通关监管效能': 5, '保障措施': 5}


def main():
    expected = {}
    for fn in (make_xian_tongzhi, lambda: make_xian_fangan(XA_PAGES), lambda: make_qingdao(QD_PAGES)):
        stem, path, docs = fn()
        convert(path)
        expected[stem] = docs
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
