# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 606: 部门联合“双随机、一公开”抽查工作计划."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
SONG = '宋体'
RED = RGBColor(0xFF, 0x00, 0x00)
FWS = '\u3000'  # full-width space

A = WD_ALIGN_PARAGRAPH


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=None, bold=None, color=None, ascii_name=None):
    run.font.name = ascii_name or name
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.get_or_add_rFonts()
    rFonts.set(qn('w:eastAsia'), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_text(p, text, font, size, bold=None, color=None, ascii_name=None):
    """Add text; '\n' inside becomes a soft line break (Shift+Enter)."""
    parts = text.split('\n')
    last = None
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold, color, ascii_name)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
        last = r
    return last


def fmt(p, align=None, indent_chars=0, size=16, exact=28, before=0, after=0,
        left_chars=0, right_chars=0, hanging_chars=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    if hanging_chars:
        pf.first_line_indent = Pt(-size * hanging_chars)
    if left_chars:
        pf.left_indent = Pt(size * left_chars)
    if right_chars:
        pf.right_indent = Pt(size * right_chars)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    else:
        pf.line_spacing = 1.0
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def border(p, side='bottom', color='FF0000', sz=18, space=1):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn('w:pBdr'))
    if pBdr is None:
        pBdr = OxmlElement('w:pBdr')
        pPr.append(pBdr)
    el = OxmlElement('w:' + side)
    el.set(qn('w:val'), 'single')
    el.set(qn('w:sz'), str(sz))
    el.set(qn('w:space'), str(space))
    el.set(qn('w:color'), color)
    pBdr.append(el)


def distribute(p):
    pPr = p._p.get_or_add_pPr()
    jc = pPr.find(qn('w:jc'))
    if jc is None:
        jc = OxmlElement('w:jc')
        pPr.append(jc)
    jc.set(qn('w:val'), 'distribute')


def add_page_number(section, size=14):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = A.CENTER
    r = p.add_run('— ')
    set_font(r, SONG, size)
    r = p.add_run()
    set_font(r, SONG, size)
    b = OxmlElement('w:fldChar')
    b.set(qn('w:fldCharType'), 'begin')
    r._r.append(b)
    r = p.add_run()
    set_font(r, SONG, size)
    it = OxmlElement('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = ' PAGE '
    r._r.append(it)
    r = p.add_run()
    set_font(r, SONG, size)
    s = OxmlElement('w:fldChar')
    s.set(qn('w:fldCharType'), 'separate')
    r._r.append(s)
    r = p.add_run('1')
    set_font(r, SONG, size)
    r = p.add_run()
    set_font(r, SONG, size)
    e = OxmlElement('w:fldChar')
    e.set(qn('w:fldCharType'), 'end')
    r._r.append(e)
    r = p.add_run(' —')
    set_font(r, SONG, size)


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.footer_distance = Mm(25)


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Mm(297)
    section.page_height = Mm(210)
    section.top_margin = Mm(25)
    section.bottom_margin = Mm(22)
    section.left_margin = Mm(20)
    section.right_margin = Mm(20)
    section.footer_distance = Mm(12)


def new_doc():
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = FS
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), FS)
    st.font.size = Pt(16)
    portrait(doc.sections[0])
    add_page_number(doc.sections[0])
    return doc


def cell_text(cell, text, font=FS, size=12, bold=None, align=A.CENTER):
    p = cell.paragraphs[0]
    fmt(p, align=align, size=size, exact=0)
    if text:
        add_text(p, text, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader')
    h.set(qn('w:val'), 'true')
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement('w:cantSplit')
    trPr.append(c)


def shade(cell, fill='D9D9D9'):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill)
    tcPr.append(shd)


def add_numbering(doc, abstract_id, num_id, fmt_val, lvl_text, jc='left',
                  first_line=0, font=FS):
    numbering = doc.part.numbering_part.element
    abs_xml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="%s"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr>'
        '</w:lvl></w:abstractNum>'
        % (nsdecls('w'), abstract_id, fmt_val, lvl_text, jc, first_line,
           font, font, font))
    abs_el = parse_xml(abs_xml)
    nums = numbering.findall(qn('w:num'))
    if nums:
        nums[0].addprevious(abs_el)
    else:
        numbering.append(abs_el)
    num_el = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                       % (nsdecls('w'), num_id, abstract_id))
    numbering.append(num_el)


def set_num(p, num_id, ilvl=0):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement('w:numPr')
    il = OxmlElement('w:ilvl')
    il.set(qn('w:val'), str(ilvl))
    ni = OxmlElement('w:numId')
    ni.set(qn('w:val'), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    # numPr must come early in pPr (after pStyle/keepNext...); put first
    pPr.insert(0, numPr)


class Builder:
    """Writes paragraphs and records the clauses an analyst would cite."""

    def __init__(self, doc):
        self.doc = doc
        self.objects = []
        self.cur = None

    def start(self, meta):
        self.cur = {'meta': meta, 'clauses': []}
        self.objects.append(self.cur)

    def clause(self, text):
        self.cur['clauses'].append(text.replace('\n', '').lstrip(FWS).strip())

    def empty(self, n=1, size=16):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt(p, size=size)

    def p(self, text, font=FS, size=16, align=A.JUSTIFY, indent=2, clause=True,
          bold=None, color=None, **kw):
        p = self.doc.add_paragraph()
        fmt(p, align=align, indent_chars=indent, size=size, **kw)
        add_text(p, text, font, size, bold, color)
        if clause:
            self.clause(text)
        return p

    def runin(self, head, rest, head_font=FS, head_bold=True, size=16, indent=2,
              num_id=None):
        p = self.doc.add_paragraph()
        fmt(p, align=A.JUSTIFY, indent_chars=0 if num_id else indent, size=size)
        if num_id:
            set_num(p, num_id)
        add_text(p, head, head_font, size, head_bold)
        add_text(p, rest, FS, size)
        return p

    def heading(self, text, font=HT, size=16, indent=2):
        return self.p(text, font=font, size=size, clause=False, indent=indent)

    def title(self, text, size=22):
        p = self.doc.add_paragraph()
        fmt(p, align=A.CENTER, size=size, exact=35)
        add_text(p, text, XBS, size)
        return p

    def table(self, headers, rows, widths_mm, merges=None, size=12,
              auto_num_col=None, header_display=None):
        merges = merges or {}
        doc = self.doc
        t = doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for i, w in enumerate(widths_mm):
            t.columns[i].width = Mm(w)
            for row in t.rows:
                row.cells[i].width = Mm(w)
        hdr = t.rows[0]
        repeat_header(hdr)
        cant_split(hdr)
        disp = header_display or headers
        for i, h in enumerate(disp):
            cell_text(hdr.cells[i], h, HT, size)
            shade(hdr.cells[i])
        for r in t.rows[1:]:
            cant_split(r)
        skip = set()
        for col, groups in merges.items():
            for a, b in groups:
                t.cell(a + 1, col).merge(t.cell(b + 1, col))
                for k in range(a + 1, b + 1):
                    skip.add((k, col))
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                if (ri, ci) in skip:
                    continue
                cell = t.cell(ri + 1, ci)
                if auto_num_col is not None and ci == auto_num_col:
                    p = cell_text(cell, '', FS, size)
                    set_num(p, auto_num_col_num_id(self))
                    continue
                align = A.LEFT if ci in (1, 2) or (len(headers) > 8 and ci == 8) else A.CENTER
                cell_text(cell, val, FS, size, align=align)
        # clauses: full values per row (merged values repeated)
        for ri, row in enumerate(rows):
            parts = []
            for ci, val in enumerate(row):
                v = val
                if auto_num_col is not None and ci == auto_num_col:
                    v = str(ri + 1)
                parts.append('%s：%s' % (headers[ci], v))
            self.clause('；'.join(parts))
        return t


def auto_num_col_num_id(b):
    return b.table_num_id


def section(doc, orient):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    if orient == 'landscape':
        landscape(s)
    else:
        portrait(s)
    return s


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, size=16)
    p.add_run().add_break(WD_BREAK.PAGE)


def banji(b, chaosong, office, date_text, size=14):
    """版记: 抄送 + 印发 lines between rules."""
    b.empty(2)
    p = b.doc.add_paragraph()
    fmt(p, align=A.LEFT, size=size, left_chars=1, right_chars=1, hanging_chars=0)
    p.paragraph_format.left_indent = Pt(size * 4) if False else Pt(size)
    border(p, 'top', '000000', 8)
    border(p, 'bottom', '000000', 4)
    add_text(p, chaosong, FS, size)
    p = b.doc.add_paragraph()
    fmt(p, align=A.LEFT, size=size, left_chars=1)
    border(p, 'bottom', '000000', 8)
    add_text(p, office + FWS * 5 + date_text, FS, size)


def convert(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_606', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


# ====================================================================== 1
def make_fuzhou():
    doc = new_doc()
    b = Builder(doc)
    issuers = ['福州市市场监督管理局', '福州市商务局']
    plan_title = '2026年度福州市部门联合“双随机、一公开”抽查工作计划'
    title = '关于印发《2026年度福州市部门联合“双随机、一公开”抽查工作计划》的通知'
    b.start({
        'title': title,
        'doc_number': '榕市监〔2026〕9号',
        'issuer': issuers,
        'date': '2026-01-19',
        'published': None,
        'level': 'municipal',
        'region': '福州市',
        'effective': None,
        'expires': None,
        'attachments': [plan_title],
        'doc_type': '通知',
        'recipients': ['各县（市）区市场监督管理局', '各县（市）区商务局',
                       '市市场监管局各有关处室（单位）', '市商务局各有关处室（单位）'],
        'publicity': '此件公开发布',
        'repeals': None,
    })

    # ---- 版头: layout table, organ names distributed, 文件 merged on the right
    ht = doc.add_table(rows=2, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    ht.autofit = False
    for i, w in enumerate((112, 40)):
        ht.columns[i].width = Mm(w)
        for row in ht.rows:
            row.cells[i].width = Mm(w)
    for i, name in enumerate(issuers):
        p = ht.cell(i, 0).paragraphs[0]
        fmt(p, size=28, exact=46)
        distribute(p)
        add_text(p, name, XBS, 28, color=RED)
    m = ht.cell(0, 1).merge(ht.cell(1, 1))
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]
    fmt(p, align=A.CENTER, size=48, exact=60)
    add_text(p, '文件', XBS, 48, color=RED)
    b.empty(1)
    p = doc.add_paragraph()
    fmt(p, align=A.CENTER, size=16)
    add_text(p, '榕市监〔2026〕9号', FS, 16)
    border(p, 'bottom', 'FF0000', 24, 6)
    b.empty(1)

    b.title('关于印发《2026年度福州市部门联合\n“双随机、一公开”抽查工作计划》\n的通知')
    b.empty(1)
    b.p('各县（市）区市场监督管理局、商务局，市市场监管局、市商务局各有关处室（单位）：',
        indent=0, clause=False)
    b.p('为贯彻落实《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》'
        '（国发〔2019〕5号）和省市场监管局、省商务厅关于深化部门联合抽查的工作部署，进一步规范'
        '涉企行政检查，减少多头执法、重复检查，市市场监管局、市商务局会同市“双随机、一公开”监管'
        '工作联席会议有关成员单位，研究制定了《2026年度福州市部门联合“双随机、一公开”抽查工作'
        '计划》，现印发给你们，请结合实际认真贯彻执行。有关事项通知如下：')
    items = [
        ('一、突出重点领域。',
         '2026年度联合抽查聚焦外商投资信息报告、跨境电子商务、单用途商业预付卡、成品油流通、'
         '报废机动车回收拆解、直销等领域，各地要对照计划逐项抓好落实，不得擅自缩减抽查事项或'
         '降低抽查比例。'),
        ('二、规范抽查实施。',
         '各发起部门要依托福建省“双随机、一公开”监管工作平台（以下简称平台）统一开展检查对象'
         '名录库和执法检查人员名录库维护、任务创建、随机抽取、结果录入等工作，做到全流程线上'
         '留痕。联合抽查由发起部门牵头组织，配合部门应按时派员参加，不得以部门内部检查代替'
         '联合抽查。'),
        ('三、强化结果运用。',
         '抽查结果应于抽查结束之日起20个工作日内通过平台录入，并通过国家企业信用信息公示系统'
         '（福建）依法向社会公示。对抽查中发现的违法违规行为，按照“谁检查、谁录入、谁公开”'
         '和“谁审批、谁监管，谁主管、谁监管”的原则依法处置，并将处理结果记于企业名下。'),
        ('四、按时报送情况。',
         '请各县（市）区市场监督管理局、商务局于2026年7月10日前报送上半年工作进展，2026年'
         '12月15日前报送全年工作总结，工作中遇到的问题请及时反馈。'),
    ]
    for h, r in items:
        b.runin(h, r, head_font=HT, head_bold=False)
        b.clause(h + r)
    b.p('联系人：市市场监管局信用监督管理处 林晓峰，电话：0591-83721056；\n'
        '市商务局市场秩序处 陈思怡，电话：0591-87613342。')
    b.empty(1)
    # 附件 line with soft break + manual full-width spaces for hanging alignment
    p = doc.add_paragraph()
    fmt(p, align=A.LEFT, indent_chars=2, size=16)
    add_text(p, '附件：2026年度福州市部门联合“双随机、一公开”\n' + FWS * 5 + '抽查工作计划', FS, 16)
    b.empty(3)
    p = doc.add_paragraph()
    fmt(p, align=A.LEFT, size=16, left_chars=2)
    add_text(p, '福州市市场监督管理局' + FWS * 6 + '福州市商务局', FS, 16)
    p = doc.add_paragraph()
    fmt(p, align=A.RIGHT, size=16, right_chars=4)
    add_text(p, '2026年1月19日', FS, 16)
    b.empty(1)
    b.p('（此件公开发布）', clause=False)

    # ---- attachment: the plan, its own document
    b.start({
        'title': plan_title,
        'doc_number': None,
        'issuer': issuers,
        'date': '2026-01-19',
        'published': None,
        'level': 'municipal',
        'region': '福州市',
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '计划',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    })
    page_break(doc)
    b.p('附件', font=HT, indent=0, align=A.LEFT, clause=False)
    b.empty(1)
    b.title('2026年度福州市部门联合“双随机、一公开”\n抽查工作计划')
    b.empty(1)
    b.p('为深入推进部门联合“双随机、一公开”监管，实现“进一次门、查多项事”，根据市场监管总局、'
        '商务部等部门关于推进部门联合抽查的有关要求，结合我市实际，制定本计划。')
    b.heading('一、总体要求')
    b.p('坚持问题导向和风险导向，统筹市场监管、商务、海关等部门检查力量，将部门联合抽查作为'
        '日常监管的基本方式。2026年，全市部门联合抽查占全部抽查任务的比例不低于30%，对同一'
        '市场主体的多个检查事项原则上一次性完成。')
    b.heading('二、抽查事项及安排')
    b.p('全市2026年度部门联合抽查共安排18项，具体如下表：')

    section(doc, 'landscape')
    headers = ['序号', '抽查事项', '抽查对象', '抽查比例', '抽查时间', '发起部门', '配合部门', '检查方式']
    SJ, SW = '市市场监管局', '市商务局'
    rows = [
        ['1', '企业公示信息情况的检查', '外商投资企业', '3%', '2026年5月—8月', SJ, SW, '书面检查、现场检查'],
        ['2', '网络交易平台经营者落实主体责任情况的检查', '跨境电子商务平台经营者', '10%', '2026年4月—6月', SJ, '市商务局、市委网信办', '网络监测、现场检查'],
        ['3', '成品油质量的检查', '加油站、成品油经营企业', '5%', '2026年6月—9月', SJ, SW, '现场检查、抽样检测'],
        ['4', '商品条码使用情况的检查', '进口商品经营者', '2%', '2026年7月—9月', SJ, '福州海关', '现场检查'],
        ['5', '明码标价和价格行为的检查', '大型商场、超市', '5%', '2026年9月—10月', SJ, SW, '现场检查'],
        ['6', '计量器具使用情况的检查', '农贸市场（集贸市场）经营者', '5%', '2026年3月—4月', SJ, SW, '现场检查'],
        ['7', '进口冷链食品经营情况的检查', '进口冷链食品生产经营者', '10%', '2026年5月—7月', SJ, '福州海关、市商务局', '现场检查'],
        ['8', '外商投资信息报告情况的检查', '外商投资企业', '5%', '2026年6月—8月', SW, SJ, '书面检查、网络监测'],
        ['9', '单用途商业预付卡发卡企业备案及资金存管情况的检查', '零售业、住宿和餐饮业、居民服务业单用途卡发卡企业', '5%', '2026年3月—5月', SW, SJ, '书面检查、现场检查'],
        ['10', '报废机动车回收拆解企业经营行为的检查', '报废机动车回收拆解企业', '20%', '2026年4月—6月', SW, '市市场监管局、市生态环境局、市公安局', '现场检查'],
        ['11', '二手车交易市场经营者和二手车经营主体备案情况的检查', '二手车交易市场经营者、二手车经营主体', '5%', '2026年7月—9月', SW, '市市场监管局、市公安局', '现场检查'],
        ['12', '拍卖企业经营活动的检查', '拍卖企业', '10%', '2026年8月—10月', SW, SJ, '书面检查、现场检查'],
        ['13', '跨境电子商务企业经营行为的检查', '跨境电子商务企业（含福州综合保税区内企业）', '3%', '2026年5月—7月', SW, '市市场监管局、福州海关', '书面检查、网络监测'],
        ['14', '对外劳务合作企业经营活动的检查', '对外劳务合作企业', '10%', '2026年9月—11月', SW, '市市场监管局、市人社局', '书面检查、现场检查'],
        ['15', '电子商务经营者亮照亮证情况的检查', '电子商务经营者', '1%', '2026年8月—10月', SJ, SW, '网络监测'],
        ['16', '直销企业经营行为的检查', '直销企业及其分支机构', '10%', '2026年9月—11月', SJ, '市商务局、市公安局', '书面检查、现场检查'],
        ['17', '商业特许经营广告发布情况的检查', '特许经营企业', '3%', '2026年10月—11月', SJ, SW, '书面检查、网络监测'],
        ['18', '展会知识产权保护情况的检查', '展会主办单位、参展企业', '5%（重点展会100%）', '2026年全年', SJ, '市商务局、市贸促会', '现场检查'],
    ]
    b.table(headers, rows, [12, 62, 52, 22, 28, 24, 34, 23],
            merges={5: [(0, 6), (7, 13), (14, 17)]})
    b.p('备注：1.抽查比例为占辖区内对应抽查对象总数的比例，各县（市）区可结合本地实际适当提高，'
        '但不得低于表列比例。', size=14, exact=24, indent=0, before=6)
    b.p('2.“检查方式”为书面检查、网络监测、现场检查、抽样检测等方式中的一种或几种，由发起部门'
        '在制定抽查工作方案时确定。', size=14, exact=24, indent=0, left_chars=3)
    b.p('3.对列入重点监管对象名单或信用风险分类为D类的企业，抽查比例不受表列比例限制。',
        size=14, exact=24, indent=0, left_chars=3)
    b.p('4.福州新区、福州高新区、中国（福建）自由贸易试验区福州片区参照所在县（市）区执行。',
        size=14, exact=24, indent=0, left_chars=3)

    section(doc, 'portrait')
    b.heading('三、工作要求')
    reqs = [
        ('（一）加强统筹协调。',
         '各发起部门负责制定具体抽查工作方案，明确抽查内容、检查方式和时间安排，于抽查任务启动前'
         '10个工作日通过平台推送至配合部门。'),
        ('（二）严格规范执法。',
         '检查人员应严格按照抽查事项清单开展检查，不得随意扩大检查范围，不得干扰企业正常生产经营'
         '活动。检查过程中应全程记录，确保执法过程可回溯。'),
        ('（三）推进信用监管。',
         '将抽查结果与企业信用风险分类管理相结合，对信用风险低的A类企业合理降低抽查比例和频次，'
         '对信用风险高的D类企业实行重点关注。'),
        ('（四）做好计划调整。',
         '因上级部署、机构职能调整等原因需调整本计划的，由发起部门提出，经市“双随机、一公开”监管'
         '工作联席会议办公室审核后实施，并及时向社会公开。'),
    ]
    for h, r in reqs:
        b.runin(h, r, head_font=KT, head_bold=True)
        b.clause(h + r)
    banji(b, '抄送：省市场监督管理局，省商务厅，市“双随机、一公开”监管工作联席会议各成员单位。',
          '福州市市场监督管理局办公室', '2026年1月19日印发')

    path = os.path.join(HERE, 'blind606_fuzhou_tongzhi.docx')
    doc.save(path)
    return 'blind606_fuzhou_tongzhi', b.objects, path


# ====================================================================== 2
def make_ningbo():
    doc = new_doc()
    b = Builder(doc)
    b.table_num_id = 61
    add_numbering(doc, 61, 61, 'decimal', '%1', jc='center')
    issuers = ['宁波市商务局', '宁波市市场监督管理局']
    title = '关于做好2026年度商务领域部门联合“双随机、一公开”抽查工作的通知'
    repealed = ('《宁波市商务局 宁波市市场监督管理局关于做好2025年度商务领域部门联合抽查工作的通知》'
                '（甬商务〔2025〕23号）')
    b.start({
        'title': title,
        'doc_number': '甬商务〔2026〕11号',
        'issuer': issuers,
        'date': '2026-02-06',
        'published': None,
        'level': 'municipal',
        'region': '宁波市',
        'effective': '2026-02-06',
        'expires': None,
        'attachments': [],
        'doc_type': '通知',
        'recipients': ['各区（县、市）商务主管部门', '各区（县、市）市场监管局',
                       '宁波保税区经济发展局', '宁波市市场监督管理局保税区分局'],
        'publicity': '此件公开发布',
        'repeals': repealed,
    })
    # 版头: lead organ only, "文件"
    b.empty(1)
    p = doc.add_paragraph()
    fmt(p, align=A.CENTER, size=42, exact=60)
    add_text(p, '宁波市商务局文件', XBS, 42, color=RED)
    b.empty(1)
    p = doc.add_paragraph()
    fmt(p, align=A.CENTER, size=16)
    add_text(p, '甬商务〔2026〕11号', FS, 16)
    b.empty(1, size=8)
    p = doc.add_paragraph()
    fmt(p, size=8, exact=8)
    border(p, 'top', 'FF0000', 24)
    b.empty(1)

    b.title('关于做好2026年度商务领域部门联合\n“双随机、一公开”抽查工作的通知')
    b.empty(1)
    b.p('各区（县、市）商务主管部门、市场监管局，宁波保税区经济发展局，宁波市市场监督管理局保税区分局：',
        indent=0, clause=False)
    b.p('为进一步推进商务领域“双随机、一公开”监管与信用监管深度融合，切实减轻企业迎检负担，'
        '根据浙江省跨部门综合监管工作部署和全市“双随机、一公开”监管工作联席会议要求，市商务局、'
        '市市场监管局研究确定了2026年度商务领域部门联合抽查计划。现将有关事项通知如下：')
    b.heading('一、抽查计划')
    b.p('2026年度商务领域部门联合抽查共12项，由市商务局、市市场监管局分别发起，各区（县、市）'
        '对应部门同步组织实施。具体抽查事项、对象、比例及时间安排见下表。')

    section(doc, 'landscape')
    headers = ['序号', '抽查事项', '抽查对象', '抽查比例', '抽查时间', '发起部门', '配合部门', '检查方式', '备注']
    SW, SJ = '市商务局', '市市场监管局'
    rows = [
        ['', '外商投资信息报告情况的检查', '外商投资企业', '5％', '2026年4月至6月', SW, SJ, '书面检查、网络监测', '与企业年报公示信息抽查同步开展'],
        ['', '跨境电子商务企业经营情况的检查', '在宁波跨境电子商务综合试验区线上综合服务平台备案的跨境电商企业', '3％', '2026年5月至7月', SW, '市市场监管局、宁波海关', '书面检查、网络监测、现场检查', '重点检查宁波保税区、宁波梅山综合保税区内企业'],
        ['', '单用途商业预付卡发卡企业备案及预收资金管理情况的检查', '单用途卡发卡企业', '5％', '2026年3月至5月', SW, SJ, '书面检查、现场检查', '/'],
        ['', '成品油零售企业经营行为的检查', '成品油零售经营企业', '10％', '2026年6月至8月', SW, '市市场监管局、市应急管理局', '现场检查', '含加油站、水上加油船'],
        ['', '报废机动车回收拆解企业的检查', '报废机动车回收拆解企业', '30％', '2026年4月至5月', SW, '市市场监管局、市公安局、市生态环境局', '现场检查', '/'],
        ['', '二手车交易市场经营者的检查', '二手车交易市场经营者', '20％', '2026年8月至9月', SW, '市市场监管局、市公安局', '现场检查', '/'],
        ['', '再生资源回收企业经营行为的检查', '再生资源回收经营者', '5％', '2026年9月至10月', SW, '市市场监管局、市生态环境局', '现场检查', '/'],
        ['', '直销企业及其分支机构经营行为的检查', '直销企业及其分支机构', '10％', '2026年5月至6月', SJ, SW, '书面检查、现场检查', '/'],
        ['', '企业公示信息情况的检查', '外商投资企业', '3％', '2026年7月至9月', SJ, SW, '书面检查、网络监测、现场检查', '与第1项抽查结果互认'],
        ['', '网络交易平台经营者的检查', '跨境电商平台经营者', '5％', '2026年6月至8月', SJ, '市商务局、市委网信办', '网络监测', '/'],
        ['', '商品零售场所塑料购物袋有偿使用情况的检查', '商场、超市、集贸市场', '5％', '2026年9月至11月', SJ, '市商务局、市发展改革委', '现场检查', '/'],
        ['', '展会知识产权保护情况的检查', '展会主办方、参展商', '重点展会100％', '2026年全年', SJ, '市商务局、市贸促会', '现场检查', '结合中国—中东欧国家博览会等重点展会开展'],
    ]
    b.table(headers, rows, [11, 50, 44, 18, 27, 22, 34, 24, 27],
            merges={5: [(0, 6), (7, 11)]}, size=11, auto_num_col=0)
    b.p('注：抽查比例以平台检查对象名录库中相应检查对象数量为基数计算；各区（县、市）可在此基础上'
        '适当提高比例。', size=14, exact=24, indent=0, before=6)

    section(doc, 'portrait')
    b.heading('二、工作要求')
    reqs = [
        ('（一）认真组织实施。',
         '各区（县、市）商务主管部门、市场监管局要根据本计划，结合本地实际制定实施方案，于2026年'
         '3月15日前报市商务局、市市场监管局备案。'),
        ('（二）实行“一次检查、全面体检”。',
         '发起部门应当统筹安排检查事项，对同一检查对象的多个检查事项合并开展，原则上每年对同一企业'
         '的联合抽查不超过1次。'),
        ('（三）加强结果公示。',
         '抽查结果由发起部门在抽查完成之日起20个工作日内，通过国家企业信用信息公示系统（浙江）向'
         '社会公示。'),
        ('（四）强化问题整改。',
         '对抽查发现的问题，发起部门应及时移交有关部门依法处理；配合部门发现属于其他部门职责范围的'
         '问题线索，应于5个工作日内移送。'),
    ]
    for h, r in reqs:
        b.runin(h, r, head_font=KT, head_bold=True)
        b.clause(h + r)
    b.p('本通知自印发之日起施行。' + '2025年4月印发的' + repealed + '同时废止。')
    b.p('联系人：市商务局市场体系建设处 王婷婷，0574-89187623；市市场监管局信用监督管理处 周立群，'
        '0574-87195306。')
    b.empty(3)
    # 落款 as borderless layout table
    lt = doc.add_table(rows=1, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(issuers):
        p = lt.cell(0, i).paragraphs[0]
        fmt(p, align=A.CENTER, size=16)
        add_text(p, name, FS, 16)
    p = doc.add_paragraph()
    fmt(p, align=A.RIGHT, size=16, right_chars=3)
    add_text(p, '二〇二六年二月六日', FS, 16)
    b.empty(1)
    b.p('（此件公开发布）', clause=False)
    banji(b, '抄送：省商务厅，省市场监督管理局，市“双随机、一公开”监管工作联席会议办公室。',
          '宁波市商务局办公室', '2026年2月6日印发')
    path = os.path.join(HERE, 'blind606_ningbo_tongzhi.docx')
    doc.save(path)
    return 'blind606_ningbo_tongzhi', b.objects, path


# ====================================================================== 3
def make_yiwu():
    doc = new_doc()
    b = Builder(doc)
    add_numbering(doc, 71, 71, 'chineseCounting', '（%1）', jc='left', first_line=640)
    issuers = ['义乌市市场监督管理局', '义乌市商务局']
    plan_title = '义乌市2026年度跨境电商和市场采购贸易领域部门联合“双随机、一公开”抽查计划'
    title = '关于印发《' + plan_title + '》的通知'
    b.start({
        'title': title,
        'doc_number': '义市监〔2026〕14号',
        'issuer': issuers,
        'date': '2026-02-27',
        'published': '2026-03-03',
        'level': 'county',
        'region': '义乌市',
        'effective': None,
        'expires': None,
        'attachments': [plan_title],
        'doc_type': '通知',
        'recipients': ['各市场监管所', '市市场监管局机关各科室', '市商务局各科室'],
        'publicity': '此件公开发布',
        'repeals': None,
    })
    # website-style 政府信息公开 metadata layout table
    mt = doc.add_table(rows=3, cols=4)
    mt.style = 'Table Grid'
    mt.alignment = WD_TABLE_ALIGNMENT.CENTER
    meta_cells = [
        ['索引号', '002609437/2026-00031', '发布机构', '义乌市市场监督管理局'],
        ['发布日期', '2026-03-03', '文号', '义市监〔2026〕14号'],
        ['主题分类', '市场监管、安全生产监管', '公开方式', '主动公开'],
    ]
    for ri, r in enumerate(meta_cells):
        for ci, v in enumerate(r):
            cell_text(mt.cell(ri, ci), v, SONG, 10.5, bold=(ci % 2 == 0),
                      align=A.LEFT)
    b.empty(1)
    b.title('关于印发《义乌市2026年度跨境电商\n和市场采购贸易领域部门联合“双随机、\n一公开”抽查计划》的通知')
    b.empty(1)
    b.p('各市场监管所，市市场监管局机关各科室、市商务局各科室：', indent=0, clause=False)
    # paragraphs indented by typed full-width spaces instead of first-line indent
    b.p(FWS * 2 + '现将《义乌市2026年度跨境电商和市场采购贸易领域部门联合“双随机、一公开”抽查计划》'
        '印发给你们，请认真组织实施。', indent=0)
    b.p(FWS * 2 + '各单位要严格按照计划确定的抽查事项、比例和时间开展抽查，抽查结果于抽查完成后20个'
        '工作日内通过浙江省“双随机、一公开”监管系统录入并公示。执行中如有问题，请及时与市市场监管局'
        '信用监管科联系（联系电话：0579-85521673）。', indent=0)
    b.empty(1)
    p = doc.add_paragraph()
    fmt(p, align=A.LEFT, size=16, left_chars=2)
    add_text(p, '附件：义乌市2026年度跨境电商和市场采购贸易\n' + FWS * 3 +
             '领域部门联合“双随机、一公开”抽查计划', FS, 16)
    b.empty(3)
    p = doc.add_paragraph()
    fmt(p, align=A.RIGHT, size=16, right_chars=2)
    add_text(p, '义乌市市场监督管理局' + FWS * 4 + '义乌市商务局', FS, 16)
    p = doc.add_paragraph()
    fmt(p, align=A.RIGHT, size=16, right_chars=4)
    add_text(p, '2026年2月27日', FS, 16)
    b.empty(1)
    b.p(FWS * 2 + '（此件公开发布）', indent=0, clause=False)

    # ---- attachment: the plan
    b.start({
        'title': plan_title,
        'doc_number': None,
        'issuer': issuers,
        'date': '2026-02-27',
        'published': '2026-03-03',
        'level': 'county',
        'region': '义乌市',
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '计划',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    })
    page_break(doc)
    b.p('附件', font=HT, indent=0, align=A.LEFT, clause=False)
    b.empty(1)
    b.title('义乌市2026年度跨境电商和市场采购\n贸易领域部门联合“双随机、一公开”\n抽查计划')
    b.empty(1)
    b.p(FWS * 2 + '为进一步规范跨境电商、市场采购贸易等外贸新业态监管，服务义乌国际贸易综合改革试点'
        '和中国（浙江）自由贸易试验区金义片区建设，营造公平有序的营商环境，根据市场监管领域部门联合'
        '抽查工作有关规定，制定本计划。', indent=0)
    b.heading('一、工作目标')
    b.p(FWS * 2 + '2026年，全市部门联合抽查覆盖跨境电商、市场采购贸易、进口商品销售、中欧班列（义新欧）'
        '集货等重点领域，联合抽查任务占比不低于40%，抽查结果公示率达到100%。', indent=0)
    b.heading('二、抽查安排')
    b.p(FWS * 2 + '全年共安排部门联合抽查事项14项，具体如下：', indent=0)

    section(doc, 'landscape')
    headers = ['序号', '抽查事项', '抽查对象', '抽查比例', '抽查时间', '发起部门', '配合部门', '检查方式']
    disp = ['序号', '抽查事项', '抽查对象', '抽查\n比例', '抽查\n时间', '发起部门', '配合部门', '检查方式']
    SJ, SW = '市市场监管局', '市商务局'
    Q2, Q3, Q4 = '第二季度', '第三季度', '第四季度'
    rows = [
        ['1', '跨境电商企业登记注册事项及公示信息的检查', '跨境电商企业', '3%', Q2, SJ, SW, '书面检查、网络监测'],
        ['2', '市场采购贸易经营主体经营行为的检查', '市场采购贸易经营户', '2%', Q2, SJ, '市商务局、义乌海关', '现场检查'],
        ['3', '进口商品中文标签的检查', '进口商品经营者（含义乌综合保税区内企业）', '5%', Q2, SJ, '义乌海关、市商务局', '现场检查、抽样检测'],
        ['4', '出口转内销儿童用品质量安全的检查', '出口转内销儿童用品经营者', '5%', Q3, SJ, SW, '现场检查、抽样检测'],
        ['5', '网络直播营销活动的检查', '直播电商经营者', '2%', Q3, SJ, '市商务局、市委网信办', '网络监测'],
        ['6', '商标使用及知识产权保护的检查', '国际商贸城经营户', '1%', Q3, SJ, '市商务局、市市场发展委', '现场检查'],
        ['7', '电子商务经营者亮照经营情况的检查', '电子商务经营者', '1%', Q4, SJ, SW, '网络监测'],
        ['8', '广告发布行为的检查', '跨境电商服务企业', '3%', Q4, SJ, SW, '书面检查、网络监测'],
        ['9', '外商投资信息报告情况的检查', '外商投资企业', '5%', Q2, SW, SJ, '书面检查'],
        ['10', '单用途商业预付卡发卡企业的检查', '单用途卡发卡企业', '5%', Q2, SW, SJ, '书面检查、现场检查'],
        ['11', '中欧班列（义新欧）集货企业经营情况的检查', '班列集货及国际货运代理企业', '10%', Q3, SW, '市市场监管局、义乌海关', '书面检查、现场检查'],
        ['12', '报废机动车回收拆解企业的检查', '报废机动车回收拆解企业', '100%', Q3, SW, '市市场监管局、市公安局', '现场检查'],
        ['13', '二手车交易市场的检查', '二手车交易市场经营者', '50%', Q4, SW, '市市场监管局、市公安局', '现场检查'],
        ['14', '成品油经营企业的检查', '成品油零售企业', '10%', Q4, SW, '市市场监管局、市应急管理局', '现场检查'],
    ]
    b.table(headers, rows, [12, 64, 56, 16, 22, 26, 38, 23],
            merges={4: [(0, 2), (3, 5), (6, 7), (8, 9), (10, 11), (12, 13)],
                    5: [(0, 7), (8, 13)]},
            header_display=disp)
    b.p('备注：表中“抽查比例”指占监管系统检查对象名录库中对应对象总数的比例；“第二季度”指4月至6月，'
        '以此类推。', size=14, exact=24, indent=0, before=6)

    section(doc, 'portrait')
    b.heading('三、工作要求')
    reqs = [
        ('压实工作责任。',
         '各发起科室要在每季度第一个月10日前制定季度抽查工作方案，明确检查人员、检查内容和工作进度，'
         '各市场监管所负责辖区内抽查任务的具体实施。'),
        ('注重风险研判。',
         '结合跨境电商、市场采购贸易投诉举报和舆情监测情况，对风险较高的检查对象适当提高抽查比例，'
         '对连续两年抽查未发现问题的检查对象适当降低抽查频次。'),
        ('推进结果互认。',
         '同一检查对象在同一年度内已接受相关部门联合抽查的，其检查结果各部门互认，原则上不再重复'
         '检查。'),
        ('加强宣传引导。',
         '通过“义乌发布”、中国小商品城网站等渠道，宣传部门联合抽查的政策规定和典型案例，引导经营者'
         '依法诚信经营。'),
    ]
    cn = '一二三四'
    for i, (h, r) in enumerate(reqs):
        b.runin(h, r, head_font=FS, head_bold=True, num_id=71)
        b.clause('（%s）' % cn[i] + h + r)
    b.p(FWS * 2 + '本计划由义乌市市场监督管理局、义乌市商务局负责解释。', indent=0)

    path = os.path.join(HERE, 'blind606_yiwu_tongzhi.docx')
    doc.save(path)
    return 'blind606_yiwu_tongzhi', b.objects, path


def main():
    expected = {}
    for fn in (make_fuzhou, make_ningbo, make_yiwu):
        stem, objs, path = fn()
        expected[stem] = objs
        convert(path)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
