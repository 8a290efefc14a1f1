# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 544: joint (7-organ) provincial 若干措施 documents."""
import os
import json
import subprocess
import copy

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import parse_xml, OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

XBS = '方正小标宋简体'
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.insert(0, rfonts)
    rfonts.set(qn('w:eastAsia'), name)
    rfonts.set(qn('w:ascii'), name)
    rfonts.set(qn('w:hAnsi'), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first_indent=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    return p


def para(container, text='', font=FS, size=16, bold=False, color=None, align=None,
         first_indent=None, line=28, before=0, after=0, left=None):
    p = container.add_paragraph()
    fmt(p, align, first_indent, line, before, after, left)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def border(p, side='bottom', color='E60012', sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn('w:pBdr'))
    if pbdr is None:
        pbdr = OxmlElement('w:pBdr')
        ppr.append(pbdr)
    el = OxmlElement('w:' + side)
    el.set(qn('w:val'), 'single')
    el.set(qn('w:sz'), str(sz))
    el.set(qn('w:space'), str(space))
    el.set(qn('w:color'), color)
    pbdr.append(el)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = parse_xml('<w:tblBorders %s>'
                  '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                  '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
                  '</w:tblBorders>' % W_NS)
    tblPr.append(b)


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths_cm):
        gc.set(qn('w:w'), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def setup_page(doc):
    s = doc.sections[0]
    s.page_width = Cm(21.0)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    s.footer_distance = Cm(2.5)
    # default style fonts
    st = doc.styles['Normal']
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), FS)
    # footer page number  — 1 —
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run('— '), '宋体', 14)
    r = fp.add_run()
    set_font(r, '宋体', 14)
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    for el in (f1, it, f2, t, f3):
        r._r.append(el)
    set_font(fp.add_run(' —'), '宋体', 14)


def joint_masthead(doc, organs, docno, name_size=22, wen_size=48):
    """7 organs in column 1, merged '文件' in column 2."""
    t = doc.add_table(rows=len(organs), cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [11.2, 4.4])
    for i, o in enumerate(organs):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=32)
        set_font(p.add_run(o), XBS, name_size, color=RED)
    m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=60)
    set_font(p.add_run('文件'), XBS, wen_size, color=RED)
    para(doc)
    p = para(doc, docno, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    border(p, 'bottom', 'E60012', 18, 6)
    para(doc)


def title(doc, lines):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    for i, ln in enumerate(lines):
        r = set_font(p.add_run(ln), XBS, 22)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)   # soft line break inside the title
    return p


def signature_grid(doc, organs, cols=2, date_in_grid=None, seal_rows=False):
    rows = (len(organs) + cols - 1) // cols
    n_rows = rows * 2 if seal_rows else rows
    t = doc.add_table(rows=n_rows, cols=cols)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [15.6 / cols] * cols)
    k = 0
    for r in range(rows):
        rr = r * 2 + 1 if seal_rows else r
        if seal_rows:
            for c in range(cols):
                fmt(t.cell(r * 2, c).paragraphs[0], line=28)
        for c in range(cols):
            p = t.cell(rr, c).paragraphs[0]
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=28)
            if k < len(organs):
                set_font(p.add_run(organs[k]), FS, 16)
                k += 1
            elif date_in_grid:
                set_font(p.add_run(date_in_grid), FS, 16)
    return t


def banji(doc, chaosong, office, date_text, pad=18):
    para(doc)
    para(doc)
    p = para(doc, '', line=28, left=14)
    set_font(p.add_run(chaosong), FS, 14)
    border(p, 'top', '000000', 8, 1)
    border(p, 'bottom', '000000', 4, 1)
    p = para(doc, '', line=28, left=14)
    set_font(p.add_run(office + ' ' * pad + date_text), FS, 14)
    border(p, 'bottom', '000000', 8, 1)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def item_para(doc, text, head_font=FS, head_bold=True, tail=None, tail_font=KT,
              typed_indent=False, num_id=None):
    """text = '1.小标题。正文……' ; run-in heading is bold."""
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=None if typed_indent else 32)
    if typed_indent:
        set_font(p.add_run('　　'), FS, 16)
    if num_id is not None:
        ppr = p._p.get_or_add_pPr()
        ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                                % (W_NS, num_id)))
    idx = text.index('。') + 1
    head, body = text[:idx], text[idx:]
    set_font(p.add_run(head), head_font, 16, bold=head_bold)
    if body:
        set_font(p.add_run(body), FS, 16)
    if tail:
        set_font(p.add_run(tail), tail_font, 16)
    return p


def add_decimal_numbering(doc):
    """Create an abstractNum '%1.' with no suffix; return numId."""
    numbering = doc.part.numbering_part.element
    abs_id, num_id = 91, 91
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%1."/><w:suff w:val="nothing"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>'
        '<w:b/><w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (W_NS, abs_id))
    nums = numbering.findall(qn('w:num'))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (W_NS, num_id, abs_id))
    numbering.append(num)
    return num_id


def to_pdf(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_544', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level='provincial', region=None, effective=None, expires=None,
                attachments=[], doc_type=None, recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


EXPECTED = {}

# =====================================================================
# 1. 四川 — 通知 + 附件《若干措施》(跨境电商)
# =====================================================================
SC_ORGANS = ['四川省商务厅', '四川省发展和改革委员会', '四川省财政厅',
             '四川省人力资源和社会保障厅', '四川省自然资源厅',
             '国家税务总局四川省税务局', '成都海关']
SC_TITLE_M = '四川省支持跨境电子商务高质量发展若干措施'
SC_RECIP = ('各市（州）商务主管部门、发展改革委、财政局、人力资源社会保障局、自然资源主管部门，'
            '国家税务总局各市（州）税务局，成都海关各隶属海关：')
SC_NOTICE = [
    '为贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）等文件精神，'
    '推动我省跨境电子商务高质量发展，省商务厅、省发展改革委、省财政厅、省人力资源社会保障厅、省自然资源厅、'
    '国家税务总局四川省税务局、成都海关联合研究制定了《四川省支持跨境电子商务高质量发展若干措施》，'
    '现印发给你们，请结合实际认真贯彻执行。',
    '各地各部门要加强协同配合，细化工作举措，及时做好政策宣传解读，推动各项措施惠及更多市场主体。'
    '执行中遇到的问题，请及时向省商务厅反馈。',
]
SC_PREAMBLE = ('为深入贯彻落实党中央、国务院关于促进跨境电子商务健康持续创新发展的决策部署，'
               '加快推进我省跨境电商高质量发展，助力外贸稳规模优结构，结合我省实际，制定以下措施。')
SC_SECTIONS = [
    ('一、培育壮大跨境电商经营主体', [
        '1.支持跨境电商综试区差异化发展。支持成都、泸州、德阳、绵阳、宜宾、南充等跨境电商综试区立足产业基础开展差异化探索，对年度考核评估结果位列全国前列的综试区，省级财政给予一次性奖励，奖励资金统筹用于综试区公共服务能力建设。',
        '2.引育跨境电商龙头企业。对年度跨境电商进出口额首次超过5亿元、1亿元的本省企业，分别给予不超过200万元、50万元的一次性奖励；对新引进的全国跨境电商百强企业在川设立区域总部或结算中心的，按照“一事一议”方式给予支持。',
        '3.推动传统外贸和制造企业触网转型。支持传统外贸企业、生产制造企业通过自建独立站、入驻第三方平台等方式开展跨境电商业务，对企业首次开展跨境电商B2B出口且年度出口额达到100万美元的，按照不超过实际平台服务费用的50%给予补助，单个企业最高不超过30万元。',
        '4.培育跨境电商服务生态。支持为跨境电商企业提供通关代理、国际物流、海外营销、支付结算、知识产权等服务的专业服务商做大做强，每年遴选一批省级跨境电商优秀服务商，对入选企业给予不超过50万元的奖励。',
        '5.加强跨境电商人才培养。支持高等院校、职业院校开设跨境电商相关专业，开展订单式人才培养；将跨境电商运营、直播销售等职业技能纳入职业技能提升行动，对符合条件的培训按规定给予职业培训补贴；对企业新招用高校毕业生从事跨境电商岗位的，按规定落实一次性吸纳就业补贴。',
    ]),
    ('二、完善跨境电商基础设施', [
        '6.支持跨境电商产业园区建设。每年认定一批省级跨境电商产业园，对入驻企业数量、跨境电商交易额等指标达到认定标准的园区，给予园区运营主体不超过300万元的一次性支持，用于公共服务平台建设和运营。',
        '7.保障跨境电商项目用地需求。对跨境电商产业园、海外仓配套的国内分拨中心等项目，依法依规优先保障用地需求；支持利用存量工业用地建设跨境电商仓储物流设施，在符合国土空间规划、不改变用途的前提下提高容积率的，不再增收土地价款。',
        '8.布局建设海外仓。支持企业在共建“一带一路”国家和地区、RCEP成员国等重点市场建设和租赁海外仓，对经认定的省级公共海外仓，按照不超过年度建设或租赁费用的30%给予补助，单个海外仓最高不超过200万元。',
        '9.完善跨境物流通道。用好中欧班列（成渝）、西部陆海新通道班列和成都双流、天府国际机场航空货运资源，支持开行跨境电商专列、包机，对跨境电商货物搭载中欧班列（成渝）出口的，按照有关规定给予运费补贴。',
        '10.提升线上综合服务平台功能。推动国际贸易“单一窗口”四川地方特色应用与跨境电商线上综合服务平台数据共享，拓展物流跟踪、退换货、出口信用保险、融资服务等功能，为企业提供一站式服务。',
    ]),
    ('三、提升跨境电商便利化水平', [
        '11.优化跨境电商通关监管。全面推广跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）监管模式，对跨境电商出口货物实施“提前申报、随到随验”，支持跨境电商出口商品在综合保税区内开展集拼、分拨业务。',
        '12.支持跨境电商零售进口业务发展。支持在成都高新综合保税区、成都国际铁路港综合保税区等海关特殊监管区域开展跨境电商零售进口“网购保税+线下自提”业务，推动跨境电商零售进口退货中心仓模式落地。',
        '13.落实跨境电商出口退（免）税政策。对符合条件的跨境电商出口企业，严格落实出口退（免）税政策，推行出口退税“无纸化”申报，将一类、二类出口企业正常出口退税平均办理时间压缩至3个工作日以内。',
        '14.落实综试区零售出口“无票免税”和核定征收政策。对综试区内符合条件的跨境电商企业零售出口未取得有效进货凭证的货物，按规定试行增值税、消费税免税政策；对符合条件的企业采用应税所得率方式核定征收企业所得税，应税所得率统一按照4%确定。',
        '15.便利跨境电商外汇结算。支持银行和支付机构为跨境电商提供高效便捷的跨境资金结算服务，推动跨境电商企业凭交易电子信息办理跨境收支，允许跨境电商企业将出口货物在境外发生的仓储、物流、税收等费用与出口货款轧差结算。',
    ]),
    ('四、强化跨境电商要素保障', [
        '16.加大财政资金支持力度。统筹用好省级外经贸发展专项资金，每年安排资金支持跨境电商综试区建设、企业主体培育、海外仓建设和公共服务平台运营，鼓励各市（州）结合实际出台配套支持政策。',
        '17.强化金融和保险服务。鼓励金融机构开发“跨境电商贷”“海外仓贷”等特色产品，对符合条件的中小跨境电商企业给予贷款贴息；扩大出口信用保险覆盖面，对中小微跨境电商企业投保短期出口信用保险的保费给予不超过50%的补助。',
        '18.加强知识产权保护和海外维权。建立跨境电商知识产权纠纷应对指导机制，支持企业开展商标国际注册、专利海外布局，对企业在海外遭遇知识产权诉讼发生的合理律师费用，给予不超过50%、最高30万元的补助。',
        '19.开展跨境电商统计监测。建立健全跨境电商统计监测体系，由省商务厅会同成都海关、国家税务总局四川省税务局等部门定期开展数据比对和运行分析，推动跨境电商统计数据纳入地方外贸统计。',
        '20.加强组织实施。省商务厅会同省发展改革委、省财政厅、省人力资源社会保障厅、省自然资源厅、国家税务总局四川省税务局、成都海关建立工作协调机制，定期研究解决跨境电商发展中的重大问题；各市（州）要细化落实举措，确保各项政策落地见效。',
    ]),
]
SC_CLOSING = ('本措施自2025年10月1日起施行，有效期至2027年9月30日。'
              '本措施与我省其他同类政策有重叠的，按照就高不重复原则执行。')


def make_sichuan():
    stem = 'blind544_sichuan_tongzhi'
    doc = Document()
    setup_page(doc)
    joint_masthead(doc, SC_ORGANS, '川商发〔2025〕86号')
    title(doc, ['关于印发《四川省支持跨境电子商务', '高质量发展若干措施》的通知'])
    para(doc)
    para(doc, SC_RECIP)
    for t in SC_NOTICE:
        para(doc, t, first_indent=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc)
    # 附件 line with hand-made hanging alignment
    para(doc, '附件：' + SC_TITLE_M, first_indent=32)
    para(doc)
    para(doc)
    signature_grid(doc, SC_ORGANS, cols=2)
    para(doc)
    p = para(doc, '2025年9月26日' + ' ' * 8, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, '（此件公开发布）', first_indent=32)
    page_break(doc)
    # attachment
    para(doc, '附件', font=HT)
    para(doc)
    title(doc, [SC_TITLE_M])
    para(doc)
    para(doc, SC_PREAMBLE, first_indent=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    for head, items in SC_SECTIONS:
        para(doc, head, font=HT, first_indent=32)
        for it in items:
            item_para(doc, it)
    para(doc, SC_CLOSING, first_indent=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    banji(doc, '抄送：商务部电子商务和信息化司，省委办公厅，省政府办公厅。',
          '四川省商务厅办公室', '2025年9月26日印发', pad=14)
    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)

    measures_clauses = [SC_PREAMBLE] + [i for _, its in SC_SECTIONS for i in its] + [SC_CLOSING]
    EXPECTED[stem] = [
        {'meta': meta(title='关于印发《四川省支持跨境电子商务高质量发展若干措施》的通知',
                      doc_number='川商发〔2025〕86号', issuer=SC_ORGANS, date='2025-09-26',
                      region='四川省', attachments=[SC_TITLE_M], doc_type='通知',
                      recipients=['各市（州）商务主管部门', '发展改革委', '财政局',
                                  '人力资源社会保障局', '自然资源主管部门',
                                  '国家税务总局各市（州）税务局', '成都海关各隶属海关'],
                      publicity='此件公开发布'),
         'clauses': list(SC_NOTICE)},
        {'meta': meta(title=SC_TITLE_M, issuer=SC_ORGANS, date='2025-09-26', region='四川省',
                      effective='2025-10-01', expires='2027-09-30', doc_type='措施'),
         'clauses': measures_clauses},
    ]
    return path


# =====================================================================
# 2. 河南 — 联合印发的《若干措施》本身即为正文 (综合保税区), Word 自动编号
# =====================================================================
HN_ORGANS = ['河南省商务厅', '河南省发展和改革委员会', '河南省财政厅',
             '河南省人力资源和社会保障厅', '河南省自然资源厅',
             '国家税务总局河南省税务局', '郑州海关']
HN_TITLE = '关于支持综合保税区高质量发展的若干措施'
HN_RECIP_LIST = ['各省辖市商务局', '发展改革委', '财政局', '人力资源社会保障局',
                 '自然资源和规划局', '国家税务总局各省辖市税务局', '郑州海关各隶属海关',
                 '各综合保税区管委会']
HN_RECIP = ('各省辖市商务局、发展改革委、财政局、人力资源社会保障局、自然资源和规划局，'
            '国家税务总局各省辖市税务局，郑州海关各隶属海关，各综合保税区管委会：')
HN_PREAMBLE = ('为深入贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）精神，'
               '推动我省综合保税区提升能级、做优做强，更好发挥高水平对外开放平台作用，结合我省实际，提出以下措施。')
# (heading, [(text_without_number, 责任单位)])
HN_SECTIONS = [
    ('一、推动加工制造转型升级', [
        ('支持综合保税区招引加工制造项目。对新引进的加工贸易项目，实际到位外资金额或固定资产投资额达到1亿元以上的，由项目所在地统筹资金给予支持；省级财政根据项目年度进出口额对所在综合保税区给予奖励。', '（责任单位：省商务厅、省财政厅）'),
        ('推动加工贸易梯度转移承接。支持郑州新郑、郑州经开、洛阳、南阳卧龙等综合保税区承接东部地区电子信息、智能终端、新能源汽车零部件等产业转移，对整体转移项目优先纳入省重点项目库。', '（责任单位：省商务厅、省发展改革委）'),
        ('保障项目用地需求。综合保税区内符合条件的产业项目优先纳入省重点项目，依法依规优先保障用地指标；支持综合保税区内工业用地采取弹性年期出让、先租后让等方式供应。', '（责任单位：省自然资源厅、省发展改革委）'),
        ('落实增值税一般纳税人资格试点政策。支持符合条件的综合保税区开展增值税一般纳税人资格试点，推动区内企业统筹利用国际国内两个市场，对试点企业加强政策辅导。', '（责任单位：省税务局、郑州海关、省财政厅）'),
        ('支持区内企业稳岗扩岗。对综合保税区内新招用就业困难人员、高校毕业生的企业，按规定给予社会保险补贴和一次性吸纳就业补贴；支持区内重点企业开展以工代训和岗位技能培训。', '（责任单位：省人力资源社会保障厅、省财政厅）'),
    ]),
    ('二、发展保税新业态新模式', [
        ('发展保税维修业务。支持区内企业开展航空器材、电子产品、工程机械等全球维修业务，按照海关有关规定动态调整维修产品目录，对维修业务年度营业收入首次超过5000万元的企业给予奖励。', '（责任单位：郑州海关、省商务厅、省财政厅）'),
        ('发展保税研发和检测业务。支持区内企业开展以研发、检测为目的的保税料件进口，对研发设计、检验检测等服务外包业务按规定落实相关税收优惠政策。', '（责任单位：郑州海关、省税务局、省商务厅）'),
        ('做大跨境电商保税业务。支持综合保税区开展跨境电商“网购保税进口”“特殊区域出口”业务，建设跨境电商退货中心仓，推动“1210”模式扩容提质。', '（责任单位：省商务厅、郑州海关）'),
        ('发展保税物流和分拨业务。支持区内企业开展国际中转、国际分拨、国际采购配送业务，依托郑州航空港、中欧班列（中豫号）打造“空陆联运”国际分拨中心。', '（责任单位：省发展改革委、郑州海关、省商务厅）'),
        ('支持开展融资租赁业务。支持综合保税区内企业开展飞机、船舶、大型设备融资租赁业务，对符合条件的租赁项目按规定落实出口退税政策。', '（责任单位：省商务厅、省税务局、郑州海关）'),
    ]),
    ('三、提升通关便利化水平', [
        ('深化海关监管创新。在综合保税区全面推广“四自一简”“仓储货物按状态分类监管”“一企一账”等监管创新举措，推动区内企业货物自行运输、自主备案。', '（责任单位：郑州海关）'),
        ('推进区港联动和多式联运。推动综合保税区与郑州航空港、郑州国际陆港、内河港口等联动发展，支持开展“空铁联运”“一单制”业务，实现货物“一次申报、一次查验、一次放行”。', '（责任单位：郑州海关、省发展改革委、省商务厅）'),
        ('优化出口退税服务。对综合保税区内企业出口退税实行“容缺办理”，推行出口退税备案单证数字化管理，确保正常出口退税平均办理时间压缩至3个工作日以内。', '（责任单位：省税务局）'),
        ('提升信息化监管水平。推进综合保税区智能卡口、视频监控和信息化辅助管理系统建设改造，推动与国际贸易“单一窗口”数据互联互通。', '（责任单位：郑州海关、省商务厅）'),
        ('优化区内企业备案服务。对综合保税区内新设企业涉及的海关备案、税务登记等事项实行“一次申请、并联办理”，压缩企业开办时间。', '（责任单位：省商务厅、省税务局、郑州海关）'),
    ]),
    ('四、强化要素保障', [
        ('加大财政支持力度。统筹省级开放型经济发展专项资金，对年度绩效评估排名全国前30%、前50%的综合保税区分别给予不超过500万元、300万元的奖励，资金用于区内公共服务设施建设和招商引资。', '（责任单位：省财政厅、省商务厅）'),
        ('支持基础设施建设。将综合保税区围网、查验场地、公共仓储等基础设施建设纳入省重点项目，对符合条件的项目积极争取地方政府专项债券支持。', '（责任单位：省发展改革委、省财政厅）'),
        ('盘活存量低效用地。对综合保税区内闲置、低效用地依法依规开展处置，支持企业在不改变用途前提下通过厂房加层、厂区改造等方式提高土地利用效率，不再增收土地价款。', '（责任单位：省自然资源厅）'),
        ('完善考核评估机制。建立综合保税区年度考核评估制度，对连续两年考核评估结果为C类或以下且整改不力的综合保税区，按照程序报请核减规划面积或予以撤销。', '（责任单位：省商务厅、郑州海关、省财政厅、省税务局、省自然资源厅）'),
        ('加强统筹协调。省商务厅牵头建立综合保税区发展工作联席会议制度，会同省发展改革委、省财政厅、省人力资源社会保障厅、省自然资源厅、省税务局、郑州海关定期研究解决重大问题，各地要压实属地责任，推动各项措施落地见效。', '（责任单位：省商务厅牵头，各有关部门按职责分工负责）'),
    ]),
]
HN_CLOSING = ('本措施自印发之日起施行，有效期至2028年12月31日。'
              '《河南省商务厅等6部门关于促进综合保税区发展的若干措施》（豫商开放〔2021〕15号）同时废止。')


def make_henan():
    stem = 'blind544_henan_cuoshi'
    doc = Document()
    setup_page(doc)
    num_id = add_decimal_numbering(doc)
    joint_masthead(doc, HN_ORGANS, '豫商开放〔2025〕23号', name_size=21, wen_size=44)
    title(doc, ['关于支持综合保税区高质量发展的', '若干措施'])
    para(doc)
    para(doc, HN_RECIP)
    # typed full-width spaces instead of a first-line indent
    para(doc, '　　' + HN_PREAMBLE, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    clauses = [HN_PREAMBLE]
    n = 0
    for head, items in HN_SECTIONS:
        para(doc, '　　' + head, font=HT)
        for body, duty in items:
            n += 1
            item_para(doc, body, tail=duty, num_id=num_id)
            clauses.append('%d.%s%s' % (n, body, duty))
    para(doc, '　　' + HN_CLOSING, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    clauses.append(HN_CLOSING)
    para(doc)
    para(doc)
    # 4 x 2 grid, the date typed into the empty 8th cell
    signature_grid(doc, HN_ORGANS, cols=2, date_in_grid='2025年11月14日')
    banji(doc, '抄送：商务部自贸区港司，海关总署自贸区和特殊区域发展司，省政府办公厅。',
          '河南省商务厅办公室', '2025年11月14日印发', pad=16)
    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    EXPECTED[stem] = [
        {'meta': meta(title=HN_TITLE, doc_number='豫商开放〔2025〕23号', issuer=HN_ORGANS,
                      date='2025-11-14', region='河南省', effective='2025-11-14',
                      expires='2028-12-31', doc_type='措施', recipients=HN_RECIP_LIST,
                      repeals='《河南省商务厅等6部门关于促进综合保税区发展的若干措施》（豫商开放〔2021〕15号）'),
         'clauses': clauses},
    ]
    return path


# =====================================================================
# 3. 陕西 — 通知 + 附件《若干措施》(中欧班列长安号), 措施内含补贴标准表
# =====================================================================
SX_ORGANS = ['陕西省商务厅', '陕西省发展和改革委员会', '陕西省财政厅',
             '陕西省人力资源和社会保障厅', '陕西省自然资源厅',
             '国家税务总局陕西省税务局', '西安海关']
SX_TITLE_M = '陕西省支持中欧班列长安号高质量发展若干措施'
SX_RECIP = ('各设区市商务局、发展改革委、财政局、人力资源和社会保障局、自然资源局，'
            '国家税务总局各设区市税务局，西安海关各隶属海关：')
SX_RECIP_LIST = ['各设区市商务局', '发展改革委', '财政局', '人力资源和社会保障局', '自然资源局',
                 '国家税务总局各设区市税务局', '西安海关各隶属海关']
SX_NOTICE = [
    '为深入贯彻落实共建“一带一路”倡议，推动中欧班列长安号高质量发展，加快西安国际陆港建设，'
    '经省政府同意，现将《陕西省支持中欧班列长安号高质量发展若干措施》印发给你们，请认真抓好贯彻落实。',
    '各设区市要结合实际制定具体实施细则，于2026年4月30日前报送省商务厅。'
    '执行中遇到的重大问题，请及时向省商务厅报告。',
    '联系人：省商务厅对外贸易处 张晓峰，电话：029-63913721。',
]
SX_PREAMBLE = ('为推动中欧班列长安号由“开得多”向“开得好”转变，加快建设内陆改革开放高地，'
               '更好服务和融入新发展格局，结合我省实际，制定以下措施。')
SX_TABLE_HEAD = ['线路方向', '补贴标准（元/标准箱）', '备注']
SX_TABLE = [
    ['中亚方向', '600', '去回程同一标准'],
    ['欧洲方向（去程）', '1500', '省内货源占比不低于30%'],
    ['欧洲方向（回程）', '2000', '含跨里海线路'],
]
SX_SECTIONS = [
    ('一、拓展班列通道网络', [
        '1.稳定开行主干线路。巩固西安至汉堡、杜伊斯堡、罗兹、布达佩斯等中欧线路，加密至阿拉木图、塔什干、比什凯克等中亚线路，推动班列开行由“量的增长”向“质的提升”转变。',
        '2.拓展跨里海国际运输走廊。支持开行经哈萨克斯坦、阿塞拜疆、格鲁吉亚至土耳其及欧洲的跨里海班列，对首次开行的新线路，经认定后给予线路开发一次性支持。',
        '3.发展“班列+”多式联运。推动中欧班列长安号与西部陆海新通道班列、航空货运有效衔接，发展“公铁联运”“铁海联运”“空铁联运”，推广多式联运“一单制”。',
        '4.建设境外集结分拨网络。支持班列平台公司和物流企业在沿线重要节点城市建设海外仓、集结中心和分拨中心，对经认定的境外节点项目，按照实际投资额的20%给予补助，最高不超过300万元。',
        '5.优化班列运费补贴政策。对开行的中欧班列长安号按照去回程方向、线路距离实施差异化运费补贴，补贴标准逐年退坡，2026年度具体标准如下：',
    ]),
    ('二、壮大班列产业支撑', [
        '6.提升本地货源占比。鼓励省内生产制造企业通过班列运输进出口货物，对使用班列运输省内生产货物且年度运量达到100标准箱以上的企业，按照每标准箱不超过500元的标准给予奖励。',
        '7.发展枢纽经济。依托西安国际港站、西安综合保税区，推动汽车、电子信息、装备制造等产业向陆港集聚，对落户陆港区的重点产业项目优先保障用地需求。',
        '8.推动班列与跨境电商融合发展。支持开行跨境电商专列，推广跨境电商出口货物“集拼+班列”模式，对跨境电商班列货物按规定落实跨境电商出口退（免）税政策。',
        '9.打造进口商品集散中心。依托西安进口肉类、粮食等指定监管场地，扩大木材、粮油、肉类、汽车平行进口等商品进口规模，建设面向西北地区的进口商品集散分拨中心。',
        '10.培育班列市场主体。支持班列平台公司引进战略投资者，鼓励国际货代、物流企业在陕设立区域总部，对新引进的年营业收入超过10亿元的物流企业给予一次性落户奖励。',
    ]),
    ('三、提升通关和运输便利化水平', [
        '11.深化通关便利化改革。推广“铁路快通”“两段准入”“提前申报”等通关模式，对班列运输货物实施优先查验、优先放行，压缩班列货物整体通关时间。',
        '12.推进陆港数字化建设。建设中欧班列长安号数字化服务平台，推动铁路运输、海关监管、物流跟踪等数据共享，实现班列货物“一网通查”。',
        '13.探索铁路运输单证金融化。支持金融机构开展以铁路运单为载体的融资业务，探索将铁路提单作为物权凭证，为班列进出口企业提供融资便利。',
        '14.优化出口退税服务。对通过班列运输出口的货物，凭铁路运单等信息办理出口退税，推行出口退税“随报随审”，将正常出口退税平均办理时间压缩至3个工作日以内。',
        '15.保障班列场站用地。将西安国际港站扩能改造、集结中心建设等项目纳入省级重点项目，依法依规优先安排新增建设用地计划指标。',
    ]),
    ('四、强化组织和要素保障', [
        '16.加大资金支持力度。统筹用好省级外经贸发展专项资金，支持班列线路开发、境外节点建设和数字化平台运营，各设区市可结合实际出台配套政策。',
        '17.加强人才支撑。将国际物流、多式联运、国际货代等紧缺人才纳入全省急需紧缺人才目录，支持职业院校开设铁路国际物流相关专业，对符合条件的从业人员职业技能培训按规定给予补贴。',
        '18.强化安全风险防控。建立班列运行安全风险监测预警机制，加强对沿线国家和地区政治、安全等风险研判，指导企业做好运输保险和应急处置。',
        '19.规范班列市场秩序。建立中欧班列长安号开行质量评价体系，严禁恶性竞争和虚假揽货，对骗取补贴资金的企业依法依规追回资金并纳入信用记录。',
        '20.健全工作推进机制。由省商务厅牵头，会同省发展改革委、省财政厅、省人力资源社会保障厅、省自然资源厅、国家税务总局陕西省税务局、西安海关建立协调推进机制，定期调度班列运行情况，协调解决重大问题。',
    ]),
]
SX_CLOSING = '本措施自2026年4月1日起施行，有效期至2029年3月31日。'


def make_shaanxi():
    stem = 'blind544_shaanxi_tongzhi'
    doc = Document()
    setup_page(doc)
    joint_masthead(doc, SX_ORGANS, '陕商发〔2026〕9号')
    title(doc, ['关于印发《陕西省支持中欧班列长安号', '高质量发展若干措施》的通知'])
    para(doc)
    para(doc, SX_RECIP)
    for t in SX_NOTICE:
        para(doc, t, first_indent=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc)
    para(doc, '附件：' + SX_TITLE_M, first_indent=32)
    para(doc)
    # grid with empty rows left for the seals
    signature_grid(doc, SX_ORGANS, cols=2, seal_rows=True)
    para(doc)
    para(doc, ' ' * 40 + '2026年3月16日')
    para(doc, '（此件公开发布）', first_indent=32)
    page_break(doc)
    para(doc, '附件', font=HT)
    para(doc)
    title(doc, ['陕西省支持中欧班列长安号', '高质量发展若干措施'])
    para(doc)
    para(doc, SX_PREAMBLE, first_indent=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    clauses = [SX_PREAMBLE]
    for head, items in SX_SECTIONS:
        # heading typed as a bold 黑体 run in an ordinary paragraph, followed by an empty line
        p = para(doc, '', first_indent=32)
        set_font(p.add_run(head), HT, 16, bold=True)
        for it in items:
            item_para(doc, it, head_font=KT, head_bold=False)
            clauses.append(it)
            if it.startswith('5.'):
                t = doc.add_table(rows=1 + len(SX_TABLE), cols=3)
                t.style = 'Table Grid'
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                set_col_widths(t, [5.0, 5.2, 5.4])
                for j, h in enumerate(SX_TABLE_HEAD):
                    cp = t.cell(0, j).paragraphs[0]
                    fmt(cp, WD_ALIGN_PARAGRAPH.CENTER, line=24)
                    set_font(cp.add_run(h), HT, 14)
                for i, row in enumerate(SX_TABLE, start=1):
                    for j, v in enumerate(row):
                        cp = t.cell(i, j).paragraphs[0]
                        fmt(cp, WD_ALIGN_PARAGRAPH.CENTER, line=24)
                        set_font(cp.add_run(v), FS, 14)
                    clauses.append('；'.join('%s：%s' % (h, v) for h, v in zip(SX_TABLE_HEAD, row)))
    para(doc, SX_CLOSING, first_indent=32)
    clauses.append(SX_CLOSING)
    banji(doc, '抄送：商务部，海关总署，中国国家铁路集团有限公司，省委办公厅，省政府办公厅。',
          '陕西省商务厅办公室', '2026年3月16日印发', pad=14)
    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    EXPECTED[stem] = [
        {'meta': meta(title='关于印发《陕西省支持中欧班列长安号高质量发展若干措施》的通知',
                      doc_number='陕商发〔2026〕9号', issuer=SX_ORGANS, date='2026-03-16',
                      region='陕西省', attachments=[SX_TITLE_M], doc_type='通知',
                      recipients=SX_RECIP_LIST, publicity='此件公开发布'),
         'clauses': list(SX_NOTICE)},
        {'meta': meta(title=SX_TITLE_M, issuer=SX_ORGANS, date='2026-03-16', region='陕西省',
                      effective='2026-04-01', expires='2029-03-31', doc_type='措施'),
         'clauses': clauses},
    ]
    return path


def main():
    paths = [make_sichuan(), make_henan(), make_shaanxi()]
    for p in paths:
        to_pdf(p)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
