# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 236 blind test files: Word features offices really use, printed to PDF by LibreOffice.

Writes next to itself:
  blind236_fujian_tongzhi.docx/.pdf        footnotes + running header with the 文号 after page 1
  blind236_guangxi_fangan.docx/.pdf        heading styles with automatic 一、/（一） list numbering + 附件 table
  blind236_tianjin_tongzhi.docx/.pdf       主送 in a text box + landscape 附件 section with 续表
  blind236_heilongjiang_tongzhi.docx/.pdf  drafter's comment + two tracked paragraph insertions
  expected.json
Run:  . /work/venv/bin/activate && python make_blind236.py
"""
import copy
import json
import os
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS, HT, KT, XBS, SONG = '仿宋_GB2312', '黑体', '楷体_GB2312', '方正小标宋简体', '宋体'
RED = RGBColor(0xFF, 0x00, 0x00)
W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

EXPECTED = {}


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font='Times New Roman', scale=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    rPr = run._r.get_or_add_rPr()
    rFonts = rPr.find(qn('w:rFonts'))
    if rFonts is None:
        rFonts = OxmlElement('w:rFonts')
        rPr.insert(0, rFonts)
    rFonts.set(qn('w:ascii'), ascii_font)
    rFonts.set(qn('w:hAnsi'), ascii_font)
    rFonts.set(qn('w:eastAsia'), east)
    if color is not None:
        run.font.color.rgb = color
    if scale:
        w = OxmlElement('w:w')
        w.set(qn('w:val'), str(scale))
        rPr.find(qn('w:sz')).addprevious(w)
    return run


def fmt(p, align=None, indent=2, size=16, line=28, before=0, after=0, left=None, right=None, hanging=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if hanging is not None:
        pf.left_indent = Pt(hanging)
        pf.first_line_indent = Pt(-hanging)
    else:
        pf.first_line_indent = Pt(size * indent) if indent else None
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def P(container, runs=None, text=None, east=FS, size=16, bold=False, color=None, style=None, **kw):
    """runs: list of (text, east_font) or (text, east_font, dict(extra))"""
    p = container.add_paragraph(style=style)
    if text is not None:
        runs = [(text, east)]
    for item in runs or []:
        t, f = item[0], item[1]
        extra = item[2] if len(item) > 2 else {}
        r = p.add_run(t)
        set_font(r, f, extra.get('size', size), extra.get('bold', bold), extra.get('color', color),
                 scale=extra.get('scale'))
    kw.setdefault('size', size)
    return fmt(p, **kw)


def border(p, side, sz=12, color='FF0000', space=1):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn('w:pBdr'))
    if pBdr is None:
        pBdr = OxmlElement('w:pBdr')
        # pBdr comes after keepNext/keepLines/pageBreakBefore/framePr/widowControl/numPr/suppressLineNumbers
        anchor = None
        for tag in ('w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:spacing', 'w:ind', 'w:jc'):
            anchor = pPr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(pBdr)
        else:
            pPr.append(pBdr)
    el = OxmlElement('w:' + side)
    el.set(qn('w:val'), 'single')
    el.set(qn('w:sz'), str(sz))
    el.set(qn('w:space'), str(space))
    el.set(qn('w:color'), color)
    order = ['top', 'left', 'bottom', 'right', 'between']
    placed = False
    for child in list(pBdr):
        if order.index(child.tag.split('}')[1]) > order.index(side):
            child.addprevious(el)
            placed = True
            break
    if not placed:
        pBdr.append(el)


def page_field(par, size=14):
    r = par.add_run('— ')
    set_font(r, SONG, size, ascii_font=SONG)
    for kind in ('begin', 'instr', 'separate', 'num', 'end'):
        r = par.add_run()
        set_font(r, SONG, size, ascii_font=SONG)
        if kind == 'instr':
            it = OxmlElement('w:instrText')
            it.set(qn('xml:space'), 'preserve')
            it.text = ' PAGE '
            r._r.append(it)
        elif kind == 'num':
            t = OxmlElement('w:t')
            t.text = '1'
            r._r.append(t)
        else:
            fc = OxmlElement('w:fldChar')
            fc.set(qn('w:fldCharType'), kind)
            r._r.append(fc)
    r = par.add_run(' —')
    set_font(r, SONG, size, ascii_font=SONG)


def footer_pagenum(footer, align, size=14):
    p = footer.paragraphs[0]
    p.alignment = align
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        p.paragraph_format.right_indent = Pt(size)
    elif align == WD_ALIGN_PARAGRAPH.LEFT:
        p.paragraph_format.left_indent = Pt(size)
    page_field(p, size)


def setup_page(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.top_margin, section.bottom_margin = Mm(28), Mm(26)
        section.left_margin, section.right_margin = Mm(37), Mm(35)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance = Mm(15)
    section.footer_distance = Mm(25)


def new_doc(title_for_core):
    doc = Document()
    st = doc.styles['Normal']
    st.font.size = Pt(16)
    rPr = st.element.get_or_add_rPr()
    rf = rPr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        rPr.insert(0, rf)
    for a in ('w:ascii', 'w:hAnsi'):
        rf.set(qn(a), 'Times New Roman')
    rf.set(qn('w:eastAsia'), FS)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    st.paragraph_format.line_spacing = Pt(28)
    setup_page(doc.sections[0])
    doc.core_properties.title = title_for_core
    doc.core_properties.author = ''
    doc.core_properties.comments = ''
    return doc


def banshou(doc, organ_mark, docno, mark_size=48, scale=None, before=60):
    """版头: red 发文机关标志 + 发文字号 + red rule."""
    P(doc, [(organ_mark, XBS, {'size': mark_size, 'color': RED, 'scale': scale})],
      align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=mark_size, line=mark_size + 14, before=before)
    P(doc, text='', indent=0)
    P(doc, text='', indent=0)
    p = P(doc, text=docno, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, after=4)
    border(p, 'bottom', sz=18, color='FF0000', space=6)
    P(doc, text='', indent=0)


def title(doc, lines, soft=True):
    if soft:
        p = doc.add_paragraph()
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            set_font(r, XBS, 22)
            if i < len(lines) - 1:
                r.add_break()          # soft line break (Shift+Enter)
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=22, line=35)
    else:
        for ln in lines:
            P(doc, [(ln, XBS)], size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=35)
    P(doc, text='', indent=0)


def heading1(doc, text):
    p = P(doc, [(text, HT)])
    p.paragraph_format.keep_with_next = True
    return p


def runin(doc, head, body, head_font=KT):
    return P(doc, [(head, head_font), (body, FS)])


def luokuan(doc, organ, date_cn, organ_right=80, date_right=64):
    P(doc, text='', indent=0)
    P(doc, text='', indent=0)
    P(doc, text=organ, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=organ_right)
    P(doc, text=date_cn, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=date_right)


def gongkai(doc, text):
    P(doc, text='', indent=0)
    P(doc, text=text)


def banji(doc, cc, printer, pdate_cn, blank_before=3):
    for _ in range(blank_before):
        P(doc, text='', indent=0)
    p = P(doc, [('抄送：', FS, {'size': 14}), (cc, FS, {'size': 14})], size=14, indent=0,
          left=14, right=14, line=28)
    # hanging indent for wrapped 抄送 lines (aligned after 抄送：)
    p.paragraph_format.left_indent = Pt(14 + 42)
    p.paragraph_format.first_line_indent = Pt(-42)
    border(p, 'top', sz=8, color='000000', space=4)
    p2 = doc.add_paragraph()
    r = p2.add_run(printer)
    set_font(r, FS, 14)
    r = p2.add_run('\t' + pdate_cn + '印发')
    set_font(r, FS, 14)
    fmt(p2, indent=0, size=14, left=14, right=14, line=28)
    sec = doc.sections[-1]
    width_pt = (sec.page_width - sec.left_margin - sec.right_margin) / 12700.0
    p2.paragraph_format.tab_stops.add_tab_stop(Pt(width_pt - 28), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, 'top', sz=6, color='000000', space=4)
    border(p2, 'bottom', sz=8, color='000000', space=4)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=0)
    return p


def set_cell(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ''
    p = cell.paragraphs[0]
    lines = text.split('\n')
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_font(r, east, size, bold)
        if i < len(lines) - 1:
            r.add_break()
    fmt(p, align=align, indent=0, size=size, line=size + 6)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_col_widths(table, widths_mm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
        gc.set(qn('w:w'), str(int(widths_mm[i] / 25.4 * 1440)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = Mm(widths_mm[i])


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader')
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.insert(0, OxmlElement('w:cantSplit'))


def to_pdf(docx_path, pdf_name=None):
    out = os.path.dirname(docx_path)
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo_236',
                    '--convert-to', 'pdf', '--outdir', out, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = os.path.splitext(docx_path)[0] + '.pdf'
    if pdf_name:
        shutil.move(produced, os.path.join(HERE, pdf_name))


def row_clause(header, values):
    return '；'.join(f'{h}：{v}' for h, v in zip(header, values) if v != '')


def key(clause):
    return clause[:20]


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None, level='provincial',
                region=None, effective=None, expires=None, attachments=[], doc_type='通知', recipients=[],
                publicity=None, repeals=None)
    base.update(kw)
    return base


# ====================================================================== 1 福建 footnotes + header
def make_fujian():
    stem = 'blind236_fujian_tongzhi'
    docno = '闽商务电商〔2024〕19号'
    doc = new_doc('福建省商务厅关于加快“丝路电商”合作推动跨境电子商务高质量发展的通知')
    sec = doc.sections[0]
    # running header with the 文号 on every page after the first (different first page)
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    r = hp.add_run(docno)
    set_font(r, FS, 10.5)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.first_page_header.paragraphs[0].text = ''
    footer_pagenum(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)
    footer_pagenum(sec.first_page_footer, WD_ALIGN_PARAGRAPH.CENTER)

    # ---- footnotes part (python-docx has no API: build /word/footnotes.xml by hand)
    fn_texts = {
        1: '商务部等7部门《关于深化“丝路电商”国际合作推动跨境电子商务高质量发展的指导意见》（商电发〔2023〕176号）。',
        2: '《福建省跨境电子商务发展专项资金管理办法》由省财政厅、省商务厅联合印发（闽财企〔2022〕27号），有效期至2026年12月31日。',
    }
    fn_xml = ['<w:footnotes %s>' % nsdecls('w', 'r'),
              '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
              'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
              'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, t in fn_texts.items():
        fn_xml.append(
            '<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i, t))
    fn_xml.append('</w:footnotes>')
    fn_part = Part(PackURI('/word/footnotes.xml'),
                   'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
                   ''.join(fn_xml).encode('utf-8'), doc.part.package)
    doc.part.relate_to(fn_part, RT.FOOTNOTES)
    styles = doc.styles.element
    styles.append(parse_xml(
        '<w:style %s w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
        '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>' % nsdecls('w')))
    styles.append(parse_xml(
        '<w:style %s w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '</w:style>' % nsdecls('w')))
    settings = doc.settings.element
    settings.find(qn('w:compat')).addprevious(parse_xml(
        '<w:footnotePr %s><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' % nsdecls('w')))

    def fn_ref(p, fid):
        r = p.add_run()
        rPr = r._r.get_or_add_rPr()
        rs = OxmlElement('w:rStyle')
        rs.set(qn('w:val'), 'FootnoteReference')
        rPr.append(rs)
        ref = OxmlElement('w:footnoteReference')
        ref.set(qn('w:id'), str(fid))
        r._r.append(ref)

    banshou(doc, '福建省商务厅文件', docno)
    title(doc, ['福建省商务厅关于加快“丝路电商”合作', '推动跨境电子商务高质量发展的通知'])
    recips = ['各设区市商务局', '平潭综合实验区经济发展局', '中国（福建）自由贸易试验区福州、厦门、平潭片区管委会']
    P(doc, text='各设区市商务局，平潭综合实验区经济发展局，中国（福建）自由贸易试验区福州、厦门、平潭片区管委会：', indent=0)

    clauses, spec = [], {}

    # opening paragraph with footnote 1
    a = '为深入贯彻落实国家关于拓展“丝路电商”合作的部署要求'
    b = '，加快建设21世纪海上丝绸之路核心区，推动我省跨境电子商务高质量发展，经研究，现就有关事项通知如下：'
    p = P(doc, [(a, FS)])
    fn_ref(p, 1)
    set_font(p.add_run(b), FS, 16)
    clauses.append(a + b)

    def item(head, body, places=None, fn=None):
        if fn:
            pre, post = body
            p = runin(doc, head, pre)
            fn_ref(p, fn)
            set_font(p.add_run(post), FS, 16)
            text = head + pre + post
        else:
            runin(doc, head, body)
            text = head + body
        clauses.append(text)
        if places:
            spec[key(text)] = places

    heading1(doc, '一、培育壮大跨境电商经营主体')
    item('（一）培育跨境电商龙头企业。',
         ('各设区市要围绕鞋服、箱包、茶叶、食品、家居建材等优势产业，每年遴选不少于3家跨境电商龙头企业予以重点培育。'
          '对年度跨境电商出口额首次超过1亿元的企业，按照《福建省跨境电子商务发展专项资金管理办法》',
          '有关规定给予支持。'), fn=2)
    item('（二）建设跨境电商产业园区。',
         '支持泉州市依托晋江、石狮鞋服和纺织产业集群建设跨境电商产业园，推动传统外贸企业“上线触网”，'
         '2024年底前在泉州市培育跨境电商应用企业300家以上。', ['泉州市'])
    item('（三）支持传统外贸企业转型。',
         '鼓励传统外贸企业、生产型企业通过跨境电商拓展国际市场，对首次开展跨境电商出口业务且年出口额超过500万元的企业，'
         '给予最高20万元的一次性奖励。')
    heading1(doc, '二、拓展“丝路电商”国际合作')
    item('（一）建设“丝路电商”合作先行区。',
         '支持中国（福建）自由贸易试验区厦门片区建设“丝路电商”合作先行区，与东盟国家在电子商务规则、标准互认和数据跨境流动等方面'
         '开展先行先试，2024年内形成3项以上可复制推广的制度创新成果。', ['中国（福建）自由贸易试验区厦门片区'])
    item('（二）布局建设海外仓。',
         '鼓励企业在马来西亚、印度尼西亚、菲律宾、阿联酋等共建“一带一路”国家布局建设海外仓，对经认定的省级公共海外仓，'
         '按其年度实际运营费用的30%给予补助，单个海外仓年度补助最高不超过100万元。')
    item('（三）发展对台跨境电商。',
         '支持中国（福建）自由贸易试验区平潭片区开展对台跨境电商零售进口业务，探索台湾地区商品经“海运快件+跨境电商”模式快速通关。',
         ['中国（福建）自由贸易试验区平潭片区'])
    heading1(doc, '三、提升跨境物流和通关便利化水平')
    item('（一）复制推广跨境电商出口监管模式。',
         '在中国（福建）自由贸易试验区福州片区和福州综合保税区率先推广跨境电商企业对企业直接出口（9710）、出口海外仓（9810）监管模式，'
         '实行“一次登记、一点对接、便利通关”。', ['中国（福建）自由贸易试验区福州片区', '福州综合保税区'])
    item('（二）畅通跨境物流通道。',
         '加密福州长乐国际机场、厦门高崎国际机场至东南亚、中东的全货机航线，支持“丝路海运”航运企业开辟跨境电商专线，'
         '推动中欧（厦门）班列开行跨境电商专列。')
    heading1(doc, '四、强化组织保障')
    item('（一）加强统筹协调。',
         '各设区市商务主管部门要建立跨境电商工作专班，细化工作措施，于每季度结束后10日内将工作进展情况报送省商务厅（电子商务处）。')
    item('（二）做好资金保障。',
         '各地要统筹用好中央外经贸发展专项资金和省级商务发展专项资金，加大对跨境电商公共服务平台、公共海外仓和人才培训的支持力度，'
         '严格资金使用管理。')
    last = '本通知自印发之日起施行，有效期至2026年12月31日。'
    P(doc, text=last)
    clauses.append(last)

    luokuan(doc, '福建省商务厅', '2024年5月20日', organ_right=72)
    gongkai(doc, '（此件公开发布）')
    banji(doc, '商务部电子商务和信息化司，省财政厅，福州海关、厦门海关，国家外汇管理局福建省分局。',
          '福建省商务厅办公室', '2024年5月22日', blank_before=2)

    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    to_pdf(path)
    EXPECTED[stem] = [{
        'meta': meta(title='福建省商务厅关于加快“丝路电商”合作推动跨境电子商务高质量发展的通知', doc_number=docno,
                     issuer=['福建省商务厅'], date='2024-05-20', published='2024-05-22', region='福建省',
                     effective='2024-05-22', expires='2026-12-31', recipients=recips, publicity='此件公开发布'),
        'clauses': clauses, 'applies_to': {'specific': spec}}]


# ====================================================================== 2 广西 heading styles + auto numbering
def make_guangxi():
    stem = 'blind236_guangxi_fangan'
    docno = '桂发改开放〔2024〕536号'
    full_title = '广西壮族自治区发展和改革委员会关于加快西部陆海新通道建设更好服务共建“一带一路”的实施方案'
    doc = new_doc(full_title)
    sec = doc.sections[0]
    doc.settings.odd_and_even_pages_header_footer = True
    footer_pagenum(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)            # odd pages: right, 空一字
    footer_pagenum(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)   # even pages: left, 空一字

    # ---- multilevel list linked to 标题 1 / 标题 2 (numbering.xml)
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="20"><w:nsid w:val="5A3C71E2"/>'
        '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001D"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体" w:hint="eastAsia"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading2"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:hAnsi="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hint="eastAsia"/>'
        '</w:rPr></w:lvl>'
        '</w:abstractNum>' % nsdecls('w'))
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num %s w:numId="20"><w:abstractNumId w:val="20"/></w:num>' % nsdecls('w')))

    def restyle_heading(name, ilvl, east):
        st = doc.styles[name]
        el = st.element
        for tag in ('w:pPr', 'w:rPr'):
            old = el.find(qn(tag))
            if old is not None:
                el.remove(old)
        el.append(parse_xml(
            '<w:pPr %s>%s<w:keepLines/><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="20"/></w:numPr>'
            '<w:spacing w:before="0" w:after="0" w:line="560" w:lineRule="exact"/>'
            '<w:ind w:left="0" w:firstLine="640"/><w:jc w:val="both"/><w:outlineLvl w:val="%d"/></w:pPr>'
            % (nsdecls('w'), '<w:keepNext/>' if ilvl == 0 else '', ilvl, ilvl)))
        el.append(parse_xml(
            '<w:rPr %s><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
            '<w:b w:val="0"/><w:bCs w:val="0"/><w:color w:val="000000"/><w:sz w:val="32"/><w:szCs w:val="32"/>'
            '</w:rPr>' % (nsdecls('w'), east)))
    restyle_heading('Heading 1', 0, HT)
    restyle_heading('Heading 2', 1, KT)

    def h1(text):                       # heading alone on its line; 一、 comes from the list
        p = doc.add_paragraph(style='Heading 1')
        p.add_run(text)
        return p

    def h2(text, body=None):            # （一） comes from the list; optional run-in body in 仿宋
        p = doc.add_paragraph(style='Heading 2')
        p.add_run(text)
        if body:
            set_font(p.add_run(body), FS, 16)
        return p

    banshou(doc, '广西壮族自治区发展和改革委员会文件', docno, mark_size=34, scale=72)
    title(doc, ['广西壮族自治区发展和改革委员会', '关于加快西部陆海新通道建设', '更好服务共建“一带一路”的实施方案'],
          soft=False)
    recips = ['各设区市发展改革委', '自治区有关单位']
    P(doc, text='各设区市发展改革委，自治区有关单位：', indent=0)

    clauses, spec = [], {}

    def para(text, places=None):
        P(doc, text=text)
        clauses.append(text)
        if places:
            spec[key(text)] = places

    para('为深入贯彻落实《西部陆海新通道总体规划》，加快建设面向东盟的国际大通道，推动西部陆海新通道与中国（广西）自由贸易试验区'
         '联动发展，更好服务和融入共建“一带一路”，结合我区实际，制定本实施方案。')

    def h2c(label, head, body, places=None):
        h2(head, body)
        text = label + head + body
        clauses.append(text)
        if places:
            spec[key(text)] = places

    h1('总体要求')
    h2c('（一）', '总体思路。', '坚持以高质量共建“一带一路”为统领，以北部湾国际门户港和陆海联运通道建设为重点，强化通道、物流、产业、'
        '开放平台协同联动，着力提升通道运行效率和综合效益。')
    h2c('（二）', '主要目标。', '到2026年，北部湾港集装箱吞吐量达到1000万标准箱，海铁联运班列年开行量达到1.2万列，通道沿线跨境贸易额'
        '年均增长10%以上，通道物流成本比2023年降低10%左右。')
    h1('重点任务')
    h2('提升北部湾国际门户港能级')
    para('1.加快港口基础设施建设。推进钦州港30万吨级航道、防城港40万吨级码头和北海铁山港集装箱码头建设，'
         '2025年底前钦州港自动化集装箱码头二期建成投产。')
    para('2.支持中国（广西）自由贸易试验区钦州港片区建设国际航运服务集聚区，开展国际船舶登记、船舶融资租赁和航运保险业务，'
         '探索设立国际中转集拼监管中心。', ['中国（广西）自由贸易试验区钦州港片区'])
    h2('深化自由贸易试验区联动创新')
    para('3.支持中国（广西）自由贸易试验区南宁片区开展跨境人民币结算便利化试点，面向东盟国家推进跨境金融服务平台建设，'
         '对通道相关企业跨境融资实行“白名单”管理。', ['中国（广西）自由贸易试验区南宁片区'])
    sub = ['4.支持中国（广西）自由贸易试验区崇左片区依托凭祥综合保税区发展加工贸易和边境贸易，推进中越跨境产业链供应链合作，'
           '重点做好以下工作：',
           '（1）扩大东盟水果、坚果等特色农产品进口和落地加工；',
           '（2）发展电子信息、新能源汽车零部件等出口加工产业。']
    for s in sub:
        P(doc, text=s)
    clauses.append('\n'.join(sub))
    spec[key(sub[0])] = ['中国（广西）自由贸易试验区崇左片区', '凭祥综合保税区']
    para('5.在全区复制推广自由贸易试验区制度创新成果，每年评选发布一批可复制推广的最佳实践案例。')
    h2('畅通陆海联运大通道')
    para('6.加密西部陆海新通道海铁联运班列，推动与重庆、四川、贵州、云南等省（区、市）共建班列运营平台，'
         '扩大“一单制”“一箱制”联运试点。')
    para('7.完善跨境公路和铁路运输网络，推进南宁至河内跨境班列和跨境公路直达运输常态化运营，提升东兴、友谊关、凭祥等口岸通关效率。')
    h1('保障措施')
    h2c('（一）', '加强组织领导。', '自治区发展改革委会同有关部门建立西部陆海新通道建设工作协调机制，定期调度重点任务和重大项目进展，'
        '协调解决重大问题。')
    h2c('（二）', '强化要素保障。', '对纳入附件所列清单的重点项目，优先安排自治区统筹推进重大项目前期工作经费，优先保障用地、用海和能耗指标。')
    h2c('（三）', '做好督促评估。', '各设区市发展改革委每半年向自治区发展改革委报送工作进展情况，自治区发展改革委适时组织开展评估。')

    att = '2024—2026年西部陆海新通道重点项目表'
    P(doc, text='', indent=0)
    P(doc, text='附件：' + att)
    luokuan(doc, '广西壮族自治区发展和改革委员会', '2024年8月26日', organ_right=32)
    gongkai(doc, '（此件主动公开）')

    # ---- 附件
    page_break(doc)
    P(doc, [('附件', HT)], indent=0)
    P(doc, text='', indent=0)
    P(doc, [(att, XBS)], size=20, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=32)
    P(doc, text='', indent=0, line=14)
    header = ['序号', '项目类别', '项目名称', '建设地点', '总投资（亿元）', '牵头单位']
    rows = [
        ['1', '港口航道', '钦州港30万吨级进港航道工程', '钦州市', '48.6', '钦州市人民政府'],
        ['2', '港口航道', '防城港渔澫港区401号泊位工程', '防城港市', '32.0', '防城港市人民政府'],
        ['3', '港口航道', '北海铁山港西港区北暮作业区集装箱码头工程', '北海市', '26.5', '北海市人民政府'],
        ['4', '铁路物流', '南宁国际铁路港二期工程', '南宁市', '21.8', '南宁市人民政府'],
        ['5', '铁路物流', '百色至那坡铁路货运扩能工程', '百色市', '56.3', '自治区交通运输厅'],
        ['6', '开放平台', '凭祥综合保税区二期基础设施工程', '崇左市', '18.2', '崇左市人民政府'],
        ['7', '开放平台', '中国—东盟（钦州）跨境冷链物流中心', '钦州市', '12.4', '钦州市人民政府'],
    ]
    total = '%.1f' % sum(float(r[4]) for r in rows)
    t = doc.add_table(rows=len(rows) + 2, cols=6)
    t.style = doc.styles['Table Grid']
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        set_cell(t.cell(0, j), h, HT, 12)
    repeat_header(t.rows[0])
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate(r):
            if j == 1:
                continue
            set_cell(t.cell(i, j), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if j in (2, 5) else WD_ALIGN_PARAGRAPH.CENTER)
    # 项目类别 merged down (vertical merge)
    groups = [(1, 3, '港口航道'), (4, 5, '铁路物流'), (6, 7, '开放平台')]
    for a, b, name in groups:
        m = t.cell(a, 1).merge(t.cell(b, 1))
        set_cell(m, name, FS, 12)
    last = len(rows) + 1
    m = t.cell(last, 0).merge(t.cell(last, 3))     # 合计 merged across
    set_cell(m, '合计', HT, 12)
    set_cell(t.cell(last, 4), total, FS, 12)
    set_cell(t.cell(last, 5), '', FS, 12)
    set_col_widths(t, [10, 18, 50, 24, 22, 32])
    for r in rows:
        c = row_clause(header, r)
        clauses.append(c)
        spec[key(c)] = [r[3]]
    clauses.append(row_clause(header, ['合计', '', '', '', total, '']))

    banji(doc, '国家发展改革委基础设施发展司，自治区交通运输厅、商务厅，南宁海关，广西北部湾国际港务集团有限公司。',
          '广西壮族自治区发展和改革委员会办公室', '2024年8月28日', blank_before=4)

    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    to_pdf(path)
    EXPECTED[stem] = [{
        'meta': meta(title=full_title, doc_number=docno, issuer=['广西壮族自治区发展和改革委员会'], date='2024-08-26',
                     published='2024-08-28', region='广西壮族自治区', attachments=[att], doc_type='实施方案',
                     recipients=recips, publicity='此件主动公开'),
        'clauses': clauses, 'applies_to': {'specific': spec}}]


# ====================================================================== 3 天津 text box + landscape 附件 with 续表
def make_tianjin():
    stem = 'blind236_tianjin_tongzhi'
    docno = '津政办发〔2024〕17号'
    full_title = '天津市人民政府办公厅关于推动口岸和综合保税区高质量发展更好服务共建“一带一路”的通知'
    doc = new_doc(full_title)
    sec = doc.sections[0]
    footer_pagenum(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)

    banshou(doc, '天津市人民政府办公厅文件', docno, mark_size=36)
    title(doc, ['天津市人民政府办公厅关于推动口岸', '和综合保税区高质量发展', '更好服务共建“一带一路”的通知'])

    # 主送 line typed into a floating text box (文本框) anchored to an empty paragraph
    recip_line = '各区人民政府，市政府各委、局，各直属单位：'
    recips = ['各区人民政府', '市政府各委、局', '各直属单位']
    width = int((210 - 28 - 26) * 36000)
    height = int(11 * 36000)
    tb = parse_xml(
        '<w:r %s><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="6350"><a:noFill/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent><w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t>%s</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" '
        'anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
        % (nsdecls('w', 'wp', 'a') + ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"', width, height, width, height, recip_line))

    clauses, spec = [], {}

    def para(text, places=None, head=None):
        if head:
            runin(doc, head, text)
            text = head + text
        else:
            P(doc, text=text)
        clauses.append(text)
        if places:
            spec[key(text)] = places

    para('为深入实施自由贸易试验区提升战略，推动我市口岸和综合保税区高质量发展，更好服务共建“一带一路”，经市人民政府同意，'
         '现就有关事项通知如下：')
    # the text box is anchored to the opening paragraph (its drawing run sits at the start of that paragraph)
    anchor_p = doc.paragraphs[-1]
    anchor_p._p.insert(1, tb)
    heading1(doc, '一、提升口岸开放能级')
    para('推进天津港智慧口岸建设，深化国际贸易“单一窗口”功能应用，2024年底前实现进出口货物通关、物流、结算等业务“一网通办”。',
         head='（一）建设智慧口岸。')
    para('支持天津滨海国际机场口岸拓展国际货运航线，加密至中亚、西亚、欧洲的全货机航线，完善跨境电商和冷链货物查验设施。',
         head='（二）提升航空口岸功能。')
    heading1(doc, '二、推动综合保税区提质增效')
    para('支持天津港综合保税区开展高技术、高附加值、符合环保要求的保税维修和再制造业务，扩大维修产品目录。',
         ['天津港综合保税区'], head='（一）发展保税维修和再制造。')
    para('支持天津东疆综合保税区开展飞机、船舶、海工装备跨境融资租赁和离岸租赁业务，探索租赁资产跨境转让试点。',
         ['天津东疆综合保税区'], head='（二）做强融资租赁特色产业。')
    para('市商务局会同天津海关对全市综合保税区开展年度绩效评估，评估结果与用地、资金等政策支持挂钩；对连续两年评估排名靠后的'
         '综合保税区予以约谈。', head='（三）开展综合保税区绩效评估。')
    heading1(doc, '三、深化与共建“一带一路”国家经贸合作')
    para('拓展天津港至中亚、蒙古国的海铁联运通道，推动中欧班列（天津）稳定开行，2024年海铁联运量达到130万标准箱。',
         head='（一）提升中欧班列和海铁联运水平。')
    para('支持中国（天津）自由贸易试验区天津机场片区发展航空物流、飞机维修和跨境电商，建设面向共建“一带一路”国家的航空物流分拨中心。',
         ['中国（天津）自由贸易试验区天津机场片区'], head='（二）建设国际航空物流枢纽。')
    para('鼓励企业在共建“一带一路”国家建设境外经贸合作区和海外仓，对符合条件的项目按规定给予对外投资合作专项资金支持。',
         head='（三）支持企业“走出去”。')
    heading1(doc, '四、强化组织实施')
    para('各区、各有关部门要按照附件明确的任务分工，细化工作措施，压实工作责任，确保各项任务落地见效。市商务局要会同有关部门'
         '加强跟踪督促，重大事项及时向市人民政府报告。')

    att = '天津市推动口岸和综合保税区高质量发展重点任务分工表'
    P(doc, text='', indent=0)
    P(doc, text='附件：' + att)
    luokuan(doc, '天津市人民政府办公厅', '2024年4月10日', organ_right=56)
    gongkai(doc, '（此件公开发布）')

    # ---- 附件 in its own landscape section
    lsec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(lsec, landscape=True)
    P(doc, [('附件', HT)], indent=0)
    P(doc, [(att, XBS)], size=20, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=32)
    P(doc, text='', indent=0, line=10)
    header = ['序号', '重点任务', '责任单位', '完成时限']
    rows = [
        ['1', '推进天津港智慧口岸建设，深化国际贸易“单一窗口”功能应用', '市商务局、天津海关、天津港集团', '2024年12月底前'],
        ['2', '实现进出口货物通关、物流、结算等业务“一网通办”', '市商务局、天津海关', '2024年12月底前'],
        ['3', '支持天津滨海国际机场口岸拓展国际货运航线，加密至中亚、西亚、欧洲的全货机航线', '市交通运输委、天津滨海国际机场', '持续推进'],
        ['4', '完善机场口岸跨境电商和冷链货物查验设施', '天津海关、东丽区人民政府', '2025年6月底前'],
        ['5', '支持天津港综合保税区开展保税维修和再制造业务，扩大维修产品目录', '市商务局、天津海关、滨海新区人民政府', '2024年10月底前'],
        ['6', '支持天津东疆综合保税区开展跨境融资租赁和离岸租赁业务', '市金融工作局、国家外汇管理局天津市分局、东疆综合保税区管委会', '持续推进'],
        ['7', '在天津东疆综合保税区探索租赁资产跨境转让试点', '国家金融监督管理总局天津监管局、东疆综合保税区管委会', '2025年12月底前'],
        ['8', '对全市综合保税区开展年度绩效评估，评估结果与用地、资金等政策支持挂钩', '市商务局、天津海关、市规划资源局', '每年3月底前'],
        ['9', '对连续两年评估排名靠后的综合保税区予以约谈', '市商务局', '持续推进'],
        ['10', '拓展天津港至中亚、蒙古国的海铁联运通道', '市交通运输委、天津港集团、中国铁路北京局集团有限公司天津货运中心', '持续推进'],
        ['11', '推动中欧班列（天津）稳定开行，2024年海铁联运量达到130万标准箱', '市交通运输委、天津港集团', '2024年12月底前'],
        ['12', '支持天津机场片区建设面向共建“一带一路”国家的航空物流分拨中心', '天津机场片区管委会、东丽区人民政府', '2025年12月底前'],
        ['13', '鼓励企业在共建“一带一路”国家建设境外经贸合作区和海外仓', '市商务局、市发展改革委', '持续推进'],
        ['14', '对符合条件的境外投资项目给予对外投资合作专项资金支持', '市商务局、市财政局', '每年'],
    ]
    row_places = {'5': ['天津港综合保税区'], '6': ['天津东疆综合保税区'], '7': ['天津东疆综合保税区'],
                  '12': ['中国（天津）自由贸易试验区天津机场片区']}
    widths = [16, 105, 70, 34]

    def table(part_rows):
        t = doc.add_table(rows=len(part_rows) + 1, cols=4)
        t.style = doc.styles['Table Grid']
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            set_cell(t.cell(0, j), h, HT, 14)
        repeat_header(t.rows[0])
        for i, r in enumerate(part_rows, start=1):
            cant_split(t.rows[i])
            for j, v in enumerate(r):
                set_cell(t.cell(i, j), v, FS, 14,
                         align=WD_ALIGN_PARAGRAPH.LEFT if j in (1, 2) else WD_ALIGN_PARAGRAPH.CENTER)
        set_col_widths(t, widths)
        return t

    split = 7
    table(rows[:split])
    p = doc.add_paragraph()           # Ctrl+Enter, then the typed 续表 label on the next page
    p.add_run().add_break(WD_BREAK.PAGE)
    set_font(p.add_run('续表'), HT, 14)
    fmt(p, indent=0, size=14, line=24, after=4)
    table(rows[split:])
    for r in rows:
        c = row_clause(header, r)
        clauses.append(c)
        if r[0] in row_places:
            spec[key(c)] = row_places[r[0]]

    # ---- 版记 back on a portrait page
    psec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(psec)
    banji(doc, '市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市高级人民法院，市人民检察院，天津海关。',
          '天津市人民政府办公厅', '2024年4月12日', blank_before=14)

    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    to_pdf(path)
    EXPECTED[stem] = [{
        'meta': meta(title=full_title, doc_number=docno, issuer=['天津市人民政府办公厅'], date='2024-04-10',
                     published='2024-04-12', region='天津市', attachments=[att], recipients=recips,
                     publicity='此件公开发布'),
        'clauses': clauses, 'applies_to': {'specific': spec}}]


# ====================================================================== 4 黑龙江 comment + tracked insertions
def make_heilongjiang():
    stem = 'blind236_heilongjiang_tongzhi'
    docno = '黑商发〔2024〕58号'
    full_title = '黑龙江省商务厅关于支持边民互市贸易进口商品落地加工扩大对俄经贸合作的通知'
    doc = new_doc(full_title)
    sec = doc.sections[0]
    doc.settings.odd_and_even_pages_header_footer = True
    footer_pagenum(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    footer_pagenum(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
    # the drafter left Track Changes switched on
    doc.settings.element.find(qn('w:proofState')).addnext(OxmlElement('w:trackRevisions'))

    rev = {'id': 700}
    author, when = '张立新', '2024-06-13T09:42:00Z'

    def tracked(p):
        """mark a whole paragraph (its runs and its paragraph mark) as a tracked insertion"""
        for r in list(p._p.findall(qn('w:r'))):
            ins = OxmlElement('w:ins')
            rev['id'] += 1
            ins.set(qn('w:id'), str(rev['id']))
            ins.set(qn('w:author'), author)
            ins.set(qn('w:date'), when)
            r.addprevious(ins)
            ins.append(r)
        pPr = p._p.get_or_add_pPr()
        rPr = OxmlElement('w:rPr')
        ins = OxmlElement('w:ins')
        rev['id'] += 1
        ins.set(qn('w:id'), str(rev['id']))
        ins.set(qn('w:author'), author)
        ins.set(qn('w:date'), when)
        rPr.append(ins)
        pPr.append(rPr)

    banshou(doc, '黑龙江省商务厅文件', docno)
    title(doc, ['黑龙江省商务厅关于支持边民互市贸易', '进口商品落地加工扩大对俄经贸合作的通知'])
    recips = ['各市（地）商务局', '中国（黑龙江）自由贸易试验区哈尔滨、黑河、绥芬河片区管委会']
    P(doc, text='各市（地）商务局，中国（黑龙江）自由贸易试验区哈尔滨、黑河、绥芬河片区管委会：', indent=0)

    clauses, spec = [], {}

    def item(head, body, places=None, ins=False):
        p = runin(doc, head, body)
        if ins:
            tracked(p)
        text = head + body
        clauses.append(text)
        if places:
            spec[key(text)] = places
        return p

    opening = ('为贯彻落实国家关于边民互市贸易创新发展的部署要求，推动互市贸易进口商品落地加工，扩大与俄罗斯等共建“一带一路”国家'
               '经贸合作，现就有关事项通知如下：')
    P(doc, text=opening)
    clauses.append(opening)
    heading1(doc, '一、推动互市贸易进口商品落地加工')
    item('（一）培育落地加工产业集群。', '支持黑河市、绥芬河市、东宁市依托边民互市贸易区发展粮油、木材、水产品、蜂蜜等互市进口商品落地加工，'
         '每市培育年加工产值超亿元的龙头企业2家以上。', ['黑河市', '绥芬河市', '东宁市'])
    # （二） with 1. 2. sub-items; the drafter's comment sits on the subsidy rate
    p0 = runin(doc, '（二）落实资金支持政策。', '对互市贸易进口商品落地加工企业给予以下支持：')
    s1a, s1b, s1c = '1.新建或改扩建生产线、固定资产投资额在1000万元以上的，', '按实际投资额的10%给予补助，单个企业最高不超过300万元', '；'
    p1 = P(doc, [(s1a, FS), (s1b, FS), (s1c, FS)])
    s2 = '2.年度使用互市进口商品原料金额在5000万元以上的，给予一次性奖励50万元。'
    P(doc, text=s2)
    doc.add_comment(p1.runs[1], text='补助比例和上限请财务处再核实，是否与省级外经贸发展专项资金管理办法口径一致？定稿前删除本批注。',
                    author='张立新', initials='张')
    clauses.append('\n'.join(['（二）落实资金支持政策。对互市贸易进口商品落地加工企业给予以下支持：', s1a + s1b + s1c, s2]))
    item('（三）规范互市贸易商品管理。', '各地要严格落实互市贸易进口商品负面清单管理，建立边民互助组、落地加工企业和收购商信用档案，'
         '对违规转卖、虚假交易等行为依法依规处理。', ins=True)
    heading1(doc, '二、发展对俄跨境电商')
    item('（一）建设对俄跨境电商集聚区。', '支持中国（黑龙江）自由贸易试验区哈尔滨片区建设对俄跨境电商产业园，引进跨境电商平台、物流和支付企业，'
         '打造对俄跨境电商集聚区。', ['中国（黑龙江）自由贸易试验区哈尔滨片区'])
    item('（二）布局对俄海外仓。', '鼓励企业在俄罗斯莫斯科、新西伯利亚、叶卡捷琳堡等城市建设海外仓，对经认定的省级对俄公共海外仓按规定给予资金支持。')
    heading1(doc, '三、提升口岸通关能力')
    item('（一）发挥跨境通道作用。', '发挥同江中俄铁路大桥、黑河中俄公路大桥通道作用，推动口岸基础设施升级改造，提升口岸过货能力和通关效率。')
    item('（二）开展通关便利化创新。', '支持中国（黑龙江）自由贸易试验区绥芬河片区开展互市贸易商品“先放行、后报关”试点，'
         '探索互市贸易与跨境电商融合发展模式。', ['中国（黑龙江）自由贸易试验区绥芬河片区'])
    heading1(doc, '四、强化工作保障')
    item('（一）加强工作统筹。', '各市（地）商务局要会同当地财政、海关等部门制定落地加工实施细则，于2024年8月31日前报省商务厅备案。')
    item('（二）加强监测评估。', '省商务厅将建立互市贸易落地加工统计监测制度，按季度通报各地工作进展，评估结果作为安排省级外经贸发展专项资金的'
         '重要依据。', ins=True)
    last = '本通知自2024年7月1日起施行，有效期3年。《黑龙江省商务厅关于促进边民互市贸易健康发展的通知》（黑商发〔2021〕33号）同时废止。'
    P(doc, text=last)
    clauses.append(last)

    luokuan(doc, '黑龙江省商务厅', '2024年6月14日', organ_right=72)
    gongkai(doc, '（此件公开发布）')
    banji(doc, '商务部对外贸易司，省财政厅，哈尔滨海关。', '黑龙江省商务厅办公室', '2024年6月17日', blank_before=2)

    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    # The PDF is printed after 审阅 → 接受所有修订 (comments are not printed): accept the insertions in a copy.
    tmpdir = tempfile.mkdtemp(prefix='b236_')
    tmp = os.path.join(tmpdir, stem + '.docx')
    accepted = Document(path)
    body = accepted.element.body
    for ins in list(body.iter(qn('w:ins'))):
        parent = ins.getparent()
        if parent.tag == qn('w:rPr'):
            parent.remove(ins)
            if len(parent) == 0:
                parent.getparent().remove(parent)
        else:
            for child in list(ins):
                ins.addprevious(child)
            parent.remove(ins)
    tr = accepted.settings.element.find(qn('w:trackRevisions'))
    if tr is not None:
        tr.getparent().remove(tr)
    accepted.save(tmp)
    to_pdf(tmp, stem + '.pdf')
    shutil.rmtree(tmpdir, ignore_errors=True)
    EXPECTED[stem] = [{
        'meta': meta(title=full_title, doc_number=docno, issuer=['黑龙江省商务厅'], date='2024-06-14',
                     published='2024-06-17', region='黑龙江省', effective='2024-07-01', expires='2027-06-30',
                     recipients=recips, publicity='此件公开发布',
                     repeals='《黑龙江省商务厅关于促进边民互市贸易健康发展的通知》（黑商发〔2021〕33号）'),
        'clauses': clauses, 'applies_to': {'specific': spec}}]


if __name__ == '__main__':
    make_fujian()
    make_guangxi()
    make_tianjin()
    make_heilongjiang()
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    for stem, docs in EXPECTED.items():
        print(stem, [len(d['clauses']) for d in docs])
