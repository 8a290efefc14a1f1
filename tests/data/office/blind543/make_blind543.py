# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 543: 综保区 保税研发 / 跨境电商1210 操作规程."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'


# ---------------------------------------------------------------- helpers
def set_run_font(run, cn=FS, size=16, bold=False, color=None, en='Times New Roman'):
    run.font.name = en
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.insert(0, rfonts)
    rfonts.set(qn('w:eastAsia'), cn)
    rfonts.set(qn('w:ascii'), en)
    rfonts.set(qn('w:hAnsi'), en)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt_par(p, align=None, indent=True, size=16, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_text(p, text, **font):
    """Add text to paragraph; '\n' becomes a soft line break (Shift+Enter)."""
    parts = text.split('\n')
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_run_font(r, **font)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def para(container, segs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, size=16,
         line=28, before=0, after=0, cn=FS, bold=False, color=None):
    """segs: str or list of (text, fontdict)."""
    p = container.add_paragraph()
    fmt_par(p, align, indent, size, line, before, after)
    if isinstance(segs, str):
        segs = [(segs, {})]
    for text, f in segs:
        font = dict(cn=cn, size=size, bold=bold, color=color)
        font.update(f)
        add_text(p, text, **font)
    return p


def empty(container, n=1, size=16):
    for _ in range(n):
        p = container.add_paragraph()
        fmt_par(p, None, False, size)


def bottom_border(p, color='FF0000', sz=18):
    pPr = p._p.get_or_add_pPr()
    bdr = parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls('w'), sz, color))
    pPr.append(bdr)


def top_bottom_border(p, sz=6):
    pPr = p._p.get_or_add_pPr()
    bdr = parse_xml(
        '<w:pBdr %s><w:top w:val="single" w:sz="%d" w:space="1" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="%d" w:space="1" w:color="000000"/></w:pBdr>'
        % (nsdecls('w'), sz, sz))
    pPr.append(bdr)


def add_field(p, instr, placeholder='1', **font):
    def mk(tag, **attrs):
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        return el
    r1 = p.add_run(); set_run_font(r1, **font)
    r1._r.append(mk('w:fldChar', **{'w:fldCharType': 'begin'}))
    r2 = p.add_run(); set_run_font(r2, **font)
    it = mk('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' %s ' % instr
    r2._r.append(it)
    r3 = p.add_run(); set_run_font(r3, **font)
    r3._r.append(mk('w:fldChar', **{'w:fldCharType': 'separate'}))
    r4 = p.add_run(placeholder); set_run_font(r4, **font)
    r5 = p.add_run(); set_run_font(r5, **font)
    r5._r.append(mk('w:fldChar', **{'w:fldCharType': 'end'}))


def setup_section(sec):
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    sec.header_distance = Cm(1.5)
    sec.footer_distance = Cm(2.2)


def footer_dash(sec):
    f = sec.footer
    f.is_linked_to_previous = False
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font = dict(cn='宋体', size=14)
    r = p.add_run('— '); set_run_font(r, **font)
    add_field(p, 'PAGE', **font)
    r = p.add_run(' —'); set_run_font(r, **font)


def footer_x_of_y(sec):
    f = sec.footer
    f.is_linked_to_previous = False
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font = dict(cn='宋体', size=10.5)
    r = p.add_run('第 '); set_run_font(r, **font)
    add_field(p, 'PAGE', **font)
    r = p.add_run(' 页  共 '); set_run_font(r, **font)
    add_field(p, 'NUMPAGES', placeholder='5', **font)
    r = p.add_run(' 页'); set_run_font(r, **font)


def header_code(sec, left, mid, right):
    h = sec.header
    h.is_linked_to_previous = False
    p = h.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # typed with full-width spaces for alignment, like real offices do
    r = p.add_run(left + '　　　' + mid + '　　　' + right)
    set_run_font(r, cn='宋体', size=9)
    bottom_border(p, color='000000', sz=6)


def set_cell_text(cell, text, cn=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ''
    p = cell.paragraphs[0]
    fmt_par(p, align, False, size, line=20)
    add_text(p, text, cn=cn, size=size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_col_widths(table, widths_cm):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.gridCol_lst, widths_cm):
        gc.w = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def data_table(doc, header, rows, widths, clauses, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell_text(t.rows[0].cells[i], h, cn=HT, size=12)
    # repeat header row on each page
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement('w:tblHeader'); th.set(qn('w:val'), 'true'); trPr.append(th)
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            set_cell_text(t.rows[ri + 1].cells[ci], v, align=al)
        clauses.append('；'.join('%s：%s' % (h, v.replace('\n', '')) for h, v in zip(header, row)))
    set_col_widths(t, widths)
    return t


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def base_doc():
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), FS)
    setup_section(doc.sections[0])
    return doc


def convert(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_543', '--headless',
                    '--convert-to', 'pdf', '--outdir', OUT, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Clauses(list):
    def add(self, text):
        self.append(text.replace('\n', ''))
        return text


# ====================================================== Document A: Qingdao
def make_qingdao():
    doc = base_doc()
    sec = doc.sections[0]
    footer_dash(sec)
    notice = Clauses()

    p = para(doc, '青岛前湾综合保税区投资发展有限公司文件', align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, size=22, line=40, cn=XBS, color=RED, before=12)
    empty(doc)
    p = para(doc, '青前综保司〔2026〕5号', align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    empty(doc)
    para(doc, '关于印发《青岛前湾综合保税区保税研发业务\n操作规程（试行）》的通知',
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=36, cn=XBS)
    empty(doc)
    para(doc, '区内各保税研发企业，公司各部门：', indent=False)
    para(doc, notice.add(
        '为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）'
        '和海关关于综合保税区保税研发业务监管的有关要求，进一步规范青岛前湾综合保税区保税研发业务办理流程，'
        '提升研发料件进出区、研发耗用核销和研发成品处置的便利化水平，公司会同黄岛海关监管科，'
        '在总结2025年保税研发业务试点经验的基础上，修订形成了《青岛前湾综合保税区保税研发业务操作规程（试行）》，'
        '现印发给你们，请认真遵照执行。'))
    para(doc, notice.add(
        '各保税研发企业应当指定专人负责研发账册管理、研发料件出入库登记和研发耗用核销工作，'
        '于2026年3月15日前将业务联系人名单报送公司企业服务部。公司各部门要按照职责分工做好政策宣讲、'
        '系统对接和现场服务，执行中遇到的问题请及时反馈。'))
    para(doc, notice.add('联系人：企业服务部　王晓琳，联系电话：0532-86881235。'))
    empty(doc, 3)
    # 落款 aligned with typed full-width spaces
    para(doc, '　' * 9 + '青岛前湾综合保税区投资发展有限公司', indent=False,
         align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, '　' * 15 + '2026年2月10日', indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)

    # ------------------------------------------------ the 规程 in its own section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec2)
    header_code(sec2, 'QQZB-GC-YF-005', '保税研发业务操作规程（试行）', '版本：A/1')
    footer_x_of_y(sec2)
    g = Clauses()

    para(doc, '青岛前湾综合保税区保税研发业务操作规程（试行）', align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, size=22, line=36, cn=XBS)
    empty(doc)
    para(doc, '修订记录', indent=False, cn=HT, align=WD_ALIGN_PARAGRAPH.LEFT)
    data_table(doc, ['版本', '修订日期', '修订内容'], [
        ['A/0', '2025年5月20日', '首次发布，适用于保税研发业务试点企业'],
        ['A/1', '2026年2月10日', '修订第4章业务流程，新增4.4业务流程表；\n修订第6章申报单证清单；新增5.4研发成品内销条款'],
    ], [2.2, 3.6, 9.8], g, left_cols=(2,))
    empty(doc)

    def h1(t):
        para(doc, t, indent=False, cn=HT, bold=False, before=6)

    def h2(t):
        # second-level heading typed as bold run in 楷体
        para(doc, [(t, dict(cn=KT, bold=True))])

    def item(t):
        para(doc, g.add(t))

    h1('1　总则')
    item('1.1 为规范青岛前湾综合保税区（以下简称综保区）保税研发业务运作，明确运营公司、海关监管部门和区内企业的职责，'
         '根据《中华人民共和国海关综合保税区管理办法》及有关规定，结合综保区实际，制定本规程。')
    item('1.2 本规程适用于在综保区内开展保税研发业务的企业（以下简称研发企业）办理研发账册设立、研发料件进出区、'
         '研发耗用核销及研发成品、残次品、边角料处置等业务。')
    item('1.3 保税研发业务遵循“企业自主申报、运营公司服务、海关风险监管”的原则，实行电子账册管理。')
    h1('2　术语和定义')
    item('2.1 保税研发：指研发企业以保税方式从境外或区外进口研发所需料件、设备，在综保区内开展研究、开发、试验、检测等活动的业务。')
    item('2.2 研发料件：指用于研发活动的原材料、零部件、试剂、样品及耗材。')
    item('2.3 研发耗用：指研发料件在研发过程中因实验、测试、拆解等实际消耗的数量。')
    item('2.4 研发成品：指研发活动形成的样机、样品、试验件及其他有形成果。')
    h1('3　职责分工')
    item('3.1 运营公司企业服务部负责研发企业入区资格预审、业务咨询、单证预审和信息化系统对接。')
    item('3.2 运营公司仓储监管部负责卡口核放、库位管理和研发料件实物台账的日常核对。')
    item('3.3 黄岛海关监管科负责研发账册备案审核、研发耗用核销、风险布控和后续监管。')
    item('3.4 研发企业对申报数据的真实性、准确性、完整性负责，并建立研发项目台账、研发料件领用记录和研发耗用原始记录。')
    h1('4　业务流程')
    h2('4.1 研发账册设立')
    item('4.1.1 研发企业应当在开展保税研发业务前，通过金关二期海关特殊监管区域管理系统申请设立保税研发账册。')
    item('4.1.2 申请设立账册时，研发企业应当提交研发项目说明书，载明研发项目名称、研发周期、研发料件清单、'
         '研发耗用计算方法及研发成品处置方式。')
    item('4.1.3 运营公司企业服务部自收到完整资料之日起2个工作日内完成预审；黄岛海关监管科自受理之日起5个工作日内完成账册审核。')
    h2('4.2 研发料件进出区')
    item('4.2.1 研发料件从境外进入综保区的，研发企业凭进境备案清单办理申报手续，按规定予以保税。')
    item('4.2.2 研发料件从区外进入综保区的，区外企业按出口货物办理申报手续，研发企业按规定办理进区核注清单。')
    item('4.2.3 研发料件出区检测、维修或委托区外企业开展部分研发工序的，研发企业应当办理出区外发手续，外发期限一般不超过6个月。')
    h2('4.3 研发耗用核销')
    item('4.3.1 研发企业应当按照研发项目如实记录研发耗用，每季度终了后15日内向黄岛海关监管科报送研发耗用报告。')
    item('4.3.2 研发耗用经核定后予以核销；无法说明合理耗用的，按规定补缴税款。')
    h2('4.4 业务流程表')
    item('4.4.1 保税研发业务主要环节及办理时限见表1。')
    para(doc, '表1　保税研发业务流程表', indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, cn=HT, size=14)
    data_table(doc, ['序号', '业务环节', '办理主体', '工作内容', '办理时限'], [
        ['1', '资格预审', '运营公司企业服务部', '核对营业执照、研发项目说明书及场地使用证明', '2个工作日'],
        ['2', '账册设立', '黄岛海关监管科', '审核保税研发账册备案数据，赋予账册编号', '5个工作日'],
        ['3', '料件入区', '研发企业、运营公司仓储监管部', '申报进境备案清单或进区核注清单，卡口核放入库', '货物到区后1个工作日'],
        ['4', '研发耗用报告', '研发企业', '报送季度研发耗用报告及原始记录', '每季度终了后15日内'],
        ['5', '耗用核销', '黄岛海关监管科', '核定研发耗用，办理账册核销', '10个工作日'],
        ['6', '成品处置', '研发企业、黄岛海关监管科', '办理研发成品退运、销毁或内销手续', '按具体处置方式确定'],
    ], [1.3, 2.4, 3.4, 5.6, 3.0], g, left_cols=(3,))
    empty(doc)
    h1('5　研发成品及边角料处置')
    item('5.1 研发成品可以退运出境、留区继续研发、按规定销毁或经海关核准后内销。')
    item('5.2 研发过程中产生的边角料、残次品、废品，研发企业应当分类存放、单独登记，不得擅自出区。')
    item('5.3 需要销毁处置的，研发企业应当提前3个工作日向黄岛海关监管科提出申请，由具有资质的企业实施销毁，'
         '运营公司仓储监管部派员现场见证。')
    item('5.4 研发成品内销的，研发企业应当按照实际状态申报，依法缴纳进口关税和进口环节税。')
    h1('6　申报单证清单')
    item('6.1 研发企业办理账册设立和首次料件入区时，应当对照下列清单准备单证，并在对应□内打“√”后随附提交：')
    for t in ['□ 1.营业执照复印件（加盖企业公章）',
              '□ 2.保税研发项目说明书（含研发周期、研发料件清单、\n研发耗用计算方法）',
              '□ 3.研发场所租赁合同或产权证明',
              '□ 4.研发料件及设备清单（注明商品编码、规格型号、数量、单价）',
              '□ 5.研发耗用计算依据及历史数据说明',
              '□ 6.研发企业内部管理制度（含研发料件领用、出入库及耗用登记制度）',
              '□ 7.海关要求提供的其他材料']:
        para(doc, g.add(t))
    item('6.2 上述单证复印件应当逐页加盖企业公章；提交电子版的，应当为PDF格式，单个文件不超过10MB。')
    h1('7　附则')
    item('7.1 研发企业违反本规程规定的，运营公司可暂停为其办理相关业务；涉嫌违反海关监管规定的，移交黄岛海关依法处理。')
    item('7.2 本规程由青岛前湾综合保税区投资发展有限公司会同黄岛海关监管科负责解释。')
    item('7.3 本规程自2026年3月1日起施行，有效期至2028年2月29日。')
    empty(doc, 4)
    # 版记 at the very end
    p = para(doc, '抄送：黄岛海关监管科，青岛前湾综合保税区管理委员会经济发展局。', indent=False, size=14,
             align=WD_ALIGN_PARAGRAPH.LEFT)
    top_bottom_border(p)
    p = para(doc, '青岛前湾综合保税区投资发展有限公司综合办公室' + '　' * 2 + '2026年2月10日印发',
             indent=False, size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    bottom_border(p, color='000000', sz=6)

    path = os.path.join(OUT, 'blind543_qingdao_baoshuiyanfa.docx')
    doc.save(path)
    convert(path)
    issuer = ['青岛前湾综合保税区投资发展有限公司']
    return 'blind543_qingdao_baoshuiyanfa', [
        {'meta': {
            'title': '关于印发《青岛前湾综合保税区保税研发业务操作规程（试行）》的通知',
            'doc_number': '青前综保司〔2026〕5号',
            'issuer': issuer,
            'date': '2026-02-10',
            'published': None,
            'level': 'zone',
            'region': '青岛前湾综合保税区',
            'effective': None,
            'expires': None,
            'attachments': [],
            'doc_type': '通知',
            'recipients': ['区内各保税研发企业', '公司各部门'],
            'publicity': None,
            'repeals': None},
         'clauses': list(notice)},
        {'meta': {
            'title': '青岛前湾综合保税区保税研发业务操作规程（试行）',
            'doc_number': None,
            'issuer': issuer,
            'date': '2026-02-10',
            'published': None,
            'level': 'zone',
            'region': '青岛前湾综合保税区',
            'effective': '2026-03-01',
            'expires': '2028-02-29',
            'attachments': [],
            'doc_type': '规程',
            'recipients': [],
            'publicity': None,
            'repeals': None},
         'clauses': list(g)},
    ]


# ====================================================== Document B: Zhengzhou
NUM_ID = 90


def add_multilevel_numbering(doc):
    numbering = doc.part.numbering_part.element
    w = nsdecls('w')
    lvls = ''
    texts = ['%1', '%1.%2', '%1.%2.%3']
    for i, t in enumerate(texts):
        first = 0 if i == 0 else 640
        font = HT if i == 0 else FS
        lvls += (
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:suff w:val="space"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
            '<w:sz w:val="32"/></w:rPr></w:lvl>' % (i, t, first, font))
    absn = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>'
                     % (w, NUM_ID, lvls))
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (w, NUM_ID, NUM_ID))
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(num)


def numbered(doc, level, segs, cn=FS, bold=False):
    p = para(doc, segs, indent=False, cn=cn, bold=bold)
    pPr = p._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls('w'), level, NUM_ID))
    pPr.insert(0, numPr)
    ind = p.paragraph_format
    ind.first_line_indent = Pt(0) if level == 0 else Pt(32)
    return p


def make_zhengzhou():
    doc = base_doc()
    add_multilevel_numbering(doc)
    sec = doc.sections[0]
    header_code(sec, 'ZZXZ-ZB-GC-1210-02', '郑州新郑综合保税区1210业务操作规程', '版本：V2.0')
    footer_x_of_y(sec)
    g = Clauses()

    # joint letterhead laid out in a borderless table
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.rows[0].cells
    c0.text = ''
    p = c0.paragraphs[0]
    fmt_par(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, False, 20, line=34)
    add_text(p, '郑州新郑综合保税区运营管理有限公司', cn=XBS, size=20, color=RED)
    p = c0.add_paragraph()
    fmt_par(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, False, 20, line=34)
    add_text(p, '新郑海关监管科', cn=XBS, size=20, color=RED)
    c1.text = ''
    p = c1.paragraphs[0]
    fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, False, 36, line=48)
    add_text(p, '文件', cn=XBS, size=36, color=RED)
    c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_col_widths(t, [12.5, 3.0])
    empty(doc)
    p = para(doc, '郑综保司〔2026〕5号', align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    empty(doc)
    para(doc, '郑州新郑综合保税区跨境电商网购保税进口\n（1210）业务操作规程',
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=36, cn=XBS)
    empty(doc)
    para(doc, '修订记录', indent=False, cn=HT)
    data_table(doc, ['版本', '修订日期', '修订内容', '批准'], [
        ['V1.0', '2023年9月1日', '首次发布，名称为《郑州新郑综合保税区跨境电商网购保税进口业务操作指引（2023年版）》', '运营公司总经理办公会'],
        ['V2.0', '2026年3月16日', '全面修订：改为运营公司与新郑海关监管科联合发布；新增退货入区条款（4.4）；更新单证核验清单（表2）', '联席会议'],
    ], [1.6, 3.2, 8.0, 3.0], g, left_cols=(2,))
    empty(doc)

    def L0(t):
        numbered(doc, 0, t, cn=HT)

    counters = [0, 0, 0]

    def num_text(level):
        counters[level] += 1
        for k in range(level + 1, 3):
            counters[k] = 0
        return '.'.join(str(c) for c in counters[:level + 1])

    def head0(t):
        num_text(0)
        L0(t)

    def head1(t):
        num_text(1)
        numbered(doc, 1, [(t, dict(cn=KT, bold=True))])

    def it(level, t):
        n = num_text(level)
        numbered(doc, level, t)
        g.add(n + ' ' + t)

    head0('总则')
    it(1, '为规范郑州新郑综合保税区（以下简称综保区）跨境电子商务网购保税进口（海关监管方式代码1210，以下简称1210业务）操作，'
          '提升通关效率，防范监管风险，根据《海关总署关于跨境电子商务零售进出口商品有关监管事宜的公告》（海关总署公告2018年第194号）、'
          '《商务部 发展改革委 财政部 海关总署 税务总局 市场监管总局关于完善跨境电子商务零售进口监管有关工作的通知》'
          '（商财发〔2018〕486号）等规定，制定本规程。')
    it(1, '本规程适用于在综保区内开展1210业务的跨境电商企业、跨境电商平台企业、境内服务商（含仓储物流企业、报关企业、支付企业）'
          '及其相关业务环节。')
    it(1, '1210业务实行“清单核放、汇总申报”和“三单比对”管理，跨境电商零售进口商品按照个人自用进境物品监管，'
          '不执行有关商品首次进口许可批件、注册或备案要求。')
    head0('参与主体及职责')
    it(1, '运营公司负责区内跨境电商企业入驻登记、仓储设施管理、卡口辅助管理系统运维及业务咨询服务。')
    it(1, '新郑海关监管科负责企业注册登记审核、申报清单审核放行、查验及后续监管，依法处置违规行为。')
    it(1, '跨境电商企业应当委托境内代理人向海关办理注册登记，承担商品质量安全主体责任，并履行对消费者的提醒告知义务。')
    it(1, '仓储物流企业应当建立与海关联网的仓储管理系统，做到账货相符，配合海关开展查验和盘库。')
    head0('企业准入')
    it(1, '开展1210业务的企业应当通过中国国际贸易“单一窗口”完成信息登记，并取得海关注册编码。')
    it(1, '运营公司对申请入驻企业开展现场核查，核查内容包括仓储场所、视频监控、信息系统联网及管理制度建设情况，'
          '核查结果在3个工作日内告知企业。')
    it(1, '入驻企业名称、仓储地址、法定代表人等信息发生变更的，应当自变更之日起5个工作日内向运营公司和新郑海关监管科报告。')
    head0('业务流程')
    head1('备货入区')
    it(2, '跨境电商企业从境外批量采购商品进入综保区的，以“1210”监管方式申报进境备案清单，商品在区内保税存储。')
    it(2, '商品入区后，仓储物流企业应当在24小时内完成理货，将理货数据上传至仓储管理系统，并与入区核注清单进行比对。')
    head1('订单申报与清单放行')
    it(2, '消费者下单后，跨境电商平台企业、支付企业、物流企业分别向海关传输交易、支付、物流电子信息，跨境电商企业或其代理人'
          '申报《中华人民共和国海关跨境电子商务零售进出口商品申报清单》。')
    it(2, '申报清单经系统比对通过后放行；被布控查验的，仓储物流企业应当在接到查验指令后2小时内将商品送至查验区。')
    head1('出区配送')
    it(2, '放行商品由物流企业在卡口办理出区手续，凭核放单出区，卡口辅助管理系统自动核销。')
    it(2, '同一批次出区包裹的，物流企业应当按照核放单分批装车，车辆施封后方可出区。')
    head1('退货入区')
    it(2, '消费者在商品放行之日起30日内申请退货的，跨境电商企业或其代理人可以向海关申请退货，退货商品应当在退货申报之日起45日内运抵综保区。')
    it(2, '退货商品应当保持原状，运营公司仓储监管部协助海关核对商品外包装、数量和标签，退货完成后相应税款予以退还。')
    it(1, '1210业务主要环节及办理时限见表1。')
    para(doc, '表1　1210业务流程表', indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, cn=HT, size=14)
    data_table(doc, ['步骤', '环节', '责任主体', '办理内容', '时限要求'], [
        ['1', '入驻登记', '运营公司', '核查仓储场所、视频监控及信息系统联网情况', '3个工作日'],
        ['2', '备货申报', '跨境电商企业或其代理人', '申报进境备案清单，办理入区手续', '货物运抵后24小时内'],
        ['3', '理货入库', '仓储物流企业', '理货并上传理货数据，比对入区核注清单', '入区后24小时内'],
        ['4', '三单比对', '新郑海关监管科', '将订单、支付单、运单电子信息与申报清单进行比对', '系统自动处理'],
        ['5', '查验', '仓储物流企业、新郑海关监管科', '将布控商品送至查验区并配合查验', '接到指令后2小时内'],
        ['6', '出区配送', '物流企业', '凭核放单出区，卡口自动核销', '放行后当日'],
        ['7', '退货入区', '跨境电商企业、运营公司仓储监管部', '申请退货，退货商品运抵后核对入区', '退货申报之日起45日内运抵'],
    ], [1.2, 2.2, 3.6, 5.6, 3.2], g, left_cols=(3,))
    empty(doc)
    head0('单证管理')
    it(1, '企业办理入驻登记时，应当对照表2逐项准备并提交单证，运营公司在“核验结果”栏勾选。')
    para(doc, '表2　1210业务入驻登记单证核验清单', indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, cn=HT, size=14)
    data_table(doc, ['序号', '单证名称', '份数', '核验结果'], [
        ['1', '营业执照（副本）复印件', '1', '□符合　□不符合'],
        ['2', '海关注册登记回执', '1', '□符合　□不符合'],
        ['3', '跨境电商企业境内代理人委托协议', '1', '□符合　□不符合'],
        ['4', '仓储场所租赁合同', '1', '□符合　□不符合'],
        ['5', '仓储管理系统与海关联网测试报告', '1', '□符合　□不符合'],
        ['6', '商品质量安全风险防控制度', '1', '□符合　□不符合'],
        ['7', '消费者告知书样本', '1', '□符合　□不符合'],
    ], [1.2, 8.0, 1.6, 5.0], g, left_cols=(1,))
    empty(doc)
    it(1, '单证资料应当自业务办结之日起保存3年，可以纸质或电子数据形式保存。')
    head0('监管要求')
    it(1, '区内企业不得将1210业务商品以一般贸易方式转售，不得利用他人身份信息进行虚假交易。')
    it(1, '仓储物流企业应当每季度开展一次自主盘点，盘点结果报新郑海关监管科；账货不符的，应当书面说明原因。')
    it(1, '发现商品存在质量安全风险的，跨境电商企业应当立即停止销售，召回已销售商品，并向海关报告。')
    it(1, '运营公司对企业执行本规程情况实行积分管理，积分结果作为仓储资源分配和政策扶持的参考依据。')
    head0('附则')
    it(1, '本规程由郑州新郑综合保税区运营管理有限公司和新郑海关监管科负责解释。')
    it(1, '本规程自2026年4月1日起施行，有效期至2028年3月31日。原《郑州新郑综合保税区跨境电商网购保税进口业务操作指引（2023年版）》同时废止。')
    empty(doc, 3)
    # joint signature in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, name in zip(t.rows[0].cells, ['郑州新郑综合保税区\n运营管理有限公司', '新郑海关监管科']):
        cell.text = ''
        p = cell.paragraphs[0]
        fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, False, 16)
        add_text(p, name, cn=FS, size=16)
    empty(doc)
    para(doc, '2026年3月16日' + '　' * 4, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc)
    para(doc, '（此件公开发布）', indent=True)
    empty(doc, 3)
    p = para(doc, '抄送：郑州海关，郑州航空港经济综合实验区管理委员会。', indent=False, size=14)
    top_bottom_border(p)
    p = para(doc, '郑州新郑综合保税区运营管理有限公司综合部' + '　' * 2 + '2026年3月16日印发', indent=False, size=14)
    bottom_border(p, color='000000', sz=6)

    path = os.path.join(OUT, 'blind543_zhengzhou_1210guicheng.docx')
    doc.save(path)
    convert(path)
    return 'blind543_zhengzhou_1210guicheng', [
        {'meta': {
            'title': '郑州新郑综合保税区跨境电商网购保税进口（1210）业务操作规程',
            'doc_number': '郑综保司〔2026〕5号',
            'issuer': ['郑州新郑综合保税区运营管理有限公司', '新郑海关监管科'],
            'date': '2026-03-16',
            'published': None,
            'level': 'zone',
            'region': '郑州新郑综合保税区',
            'effective': '2026-04-01',
            'expires': '2028-03-31',
            'attachments': [],
            'doc_type': '规程',
            'recipients': [],
            'publicity': '此件公开发布',
            'repeals': '《郑州新郑综合保税区跨境电商网购保税进口业务操作指引（2023年版）》'},
         'clauses': list(g)},
    ]


# ====================================================== Document C: Chongqing 函
def make_chongqing():
    doc = base_doc()
    sec = doc.sections[0]
    footer_dash(sec)
    g = Clauses()

    para(doc, '重庆西永综合保税区开发管理有限公司', align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         size=26, line=44, cn=XBS, color=RED, before=6)
    p = para(doc, '', indent=False, line=12)
    bottom_border(p, sz=24)
    para(doc, '西永综保司函〔2026〕7号' + '　', indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc)
    para(doc, '关于商请明确跨境电商网购保税进口（1210）\n退货商品入区及单证核验操作事项的函',
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=36, cn=XBS)
    empty(doc)
    para(doc, '西永海关监管科：', indent=False)

    def body(t):
        para(doc, g.add(t))

    def runin(head, rest):
        para(doc, [(head, dict(cn=KT, bold=True)), (rest, {})])
        g.add(head + rest)

    def h(t):
        para(doc, t, cn=HT)

    body('为进一步规范重庆西永综合保税区（以下简称综保区）跨境电商网购保税进口（1210）退货业务，解决退货商品入区核对标准不统一、'
         '单证要求不明确等问题，我公司结合2025年度退货业务运行情况，拟定了退货商品入区操作事项和单证核验清单，现函请贵科予以明确。'
         '具体如下：')
    h('一、退货业务基本情况')
    body('2025年，综保区共受理1210退货申请4.3万单，涉及商品货值约2860万元，较上年增长37.6%。退货商品以母婴用品、'
         '美妆个护和保健食品为主，占退货总量的82.4%。运行中主要存在以下问题：')
    body('（一）退货包裹外包装破损、原标签缺失的，现场核对缺少统一判定标准。')
    body('（二）部分退货商品超过规定期限运抵，企业对退货时限计算起点理解不一。')
    body('（三）各仓储企业对退货入区单证要求执行口径不同，影响通关时效。')
    h('二、拟明确的操作事项')
    runin('（一）退货时限。', '消费者应当在商品放行之日起30日内提出退货申请，退货商品应当在退货申报之日起45日内运抵综保区。'
          '超过时限的，不予办理退货入区，由跨境电商企业按规定另行处置。')
    runin('（二）入区核对。', '退货商品运抵卡口后，按以下要求核对：')
    body('1.核对退货商品与原申报清单的商品名称、规格型号、数量是否一致；')
    body('2.核对商品外包装及防伪标签是否完好；')
    body('3.外包装破损的，按以下情形分别处理：')
    body('（1）内包装完好、不影响二次销售的，准予入区；')
    body('（2）内包装破损或者已开封使用的，不予办理退货入区，由跨境电商企业联系消费者处理；')
    body('（3）无法判定的，移交海关现场查验。')
    runin('（三）核对时限。', '仓储物流企业应当在退货商品运抵后1个工作日内完成核对，并将核对结果上传至仓储管理系统。')
    runin('（四）流程安排。', '退货入区主要环节拟按下表执行：')
    data_table(doc, ['环节', '办理主体', '主要内容', '时限'], [
        ['退货申请', '跨境电商企业或其代理人', '向海关申报退货申请单', '商品放行之日起30日内'],
        ['运抵入区', '物流企业', '退货包裹运抵综保区卡口', '退货申报之日起45日内'],
        ['现场核对', '仓储物流企业、运营公司仓储部', '核对商品名称、规格、数量及外包装', '运抵后1个工作日内'],
        ['海关审核', '西永海关监管科', '审核退货申请，必要时实施查验', '按海关规定'],
        ['上架复销', '仓储物流企业', '退货商品重新上架，更新库存数据', '审核通过后2个工作日内'],
    ], [2.4, 4.4, 5.6, 3.6], g, left_cols=(2,))
    h('三、单证核验清单')
    body('拟统一退货入区单证要求如下，企业提交时在对应□内勾选：')
    for t in ['□退货申请单（海关系统打印件）',
              '□原申报清单编号及电子订单截图',
              '□物流企业退货运单',
              '□退货商品照片（含外包装、标签、内包装，不少于3张）',
              '□消费者退货原因说明',
              '□其他需要说明的材料']:
        body(t)
    h('四、有关请求')
    body('上述事项如无不同意见，我公司拟自2026年5月1日起在综保区内各仓储企业统一执行。请贵科于2026年4月30日前函复意见。')
    body('联系人：仓储监管部　陈思远　　联系电话：023-65618837')
    empty(doc)
    # 附件 list with hand-typed hanging alignment
    para(doc, '附件：1.退货商品入区核对记录表（样表）')
    para(doc, '　　　2.2025年度1210退货业务统计表')
    empty(doc, 3)
    para(doc, '重庆西永综合保税区开发管理有限公司' + '　' * 2, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, '2026年4月22日' + '　' * 6, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 2)
    p = para(doc, '抄送：重庆西永综合保税区管理委员会。', indent=False, size=14)
    top_bottom_border(p)

    path = os.path.join(OUT, 'blind543_chongqing_han.docx')
    doc.save(path)
    convert(path)
    return 'blind543_chongqing_han', [
        {'meta': {
            'title': '关于商请明确跨境电商网购保税进口（1210）退货商品入区及单证核验操作事项的函',
            'doc_number': '西永综保司函〔2026〕7号',
            'issuer': ['重庆西永综合保税区开发管理有限公司'],
            'date': '2026-04-22',
            'published': None,
            'level': 'zone',
            'region': '重庆西永综合保税区',
            'effective': None,
            'expires': None,
            'attachments': ['退货商品入区核对记录表（样表）', '2025年度1210退货业务统计表'],
            'doc_type': '函',
            'recipients': ['西永海关监管科'],
            'publicity': None,
            'repeals': None},
         'clauses': list(g)},
    ]


def main():
    expected = {}
    for fn in (make_qingdao, make_zhengzhou, make_chongqing):
        k, v = fn()
        expected[k] = v
    with open(os.path.join(OUT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
