# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 573: county/district government notices implementing a city's
FTZ linkage-innovation-zone plan.  Writes .docx, .pdf and expected.json next to itself."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = '方正小标宋简体'
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
RED = RGBColor(0xFF, 0x00, 0x00)
BR = object()  # soft line break marker

PPR_AFTER_BDR = ('w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
                 'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN',
                 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind',
                 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc',
                 'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap',
                 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange')


# ---------------------------------------------------------------- helpers
def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)
    st = doc.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), FS)
    return doc


def font(run, east=FS, size=16, bold=False, color=None):
    run.font.name = 'Times New Roman'
    rpr = run._element.get_or_add_rPr()
    rf = rpr.get_or_add_rFonts()
    rf.set(qn('w:eastAsia'), east)
    rf.set(qn('w:ascii'), 'Times New Roman')
    rf.set(qn('w:hAnsi'), 'Times New Roman')
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color


def P(container, runs=(), align=None, first=None, size=16, line=28, before=0, after=0,
      east=FS, bold=False, color=None, left=None):
    """runs: str | BR | (text, east, bold)"""
    p = container.add_paragraph()
    pf = p.paragraph_format
    if line:
        pf.line_spacing = Pt(line)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if align is not None:
        pf.alignment = align
    if isinstance(runs, str):
        runs = [runs]
    for r in runs:
        if r is BR:
            run = p.add_run()
            run.add_break(WD_BREAK.LINE)
            continue
        if isinstance(r, tuple):
            t, e, b = r
        else:
            t, e, b = r, east, bold
        run = p.add_run(t)
        font(run, e, size, b, color)
    return p


def bottom_border(p, color='FF0000', sz=18, top=False):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement('w:pBdr')
    for side in (('top', 'bottom') if top else ('bottom',)):
        b = OxmlElement('w:' + side)
        b.set(qn('w:val'), 'single')
        b.set(qn('w:sz'), str(sz))
        b.set(qn('w:space'), '1')
        b.set(qn('w:color'), color)
        bdr.append(b)
    ppr.insert_element_before(bdr, *PPR_AFTER_BDR)


def page_field(p, size=14):
    def r(text=None):
        run = p.add_run(text) if text is not None else p.add_run()
        font(run, '宋体', size)
        return run
    r('— ')
    b = r()
    fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'begin'); b._element.append(fc)
    i = r()
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '
    i._element.append(it)
    s = r()
    fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'separate'); s._element.append(fc)
    r('1')
    e = r()
    fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'end'); e._element.append(fc)
    r(' —')


def footer_numbers(doc, odd_even=False):
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(14)
        page_field(fp)
        ep = sec.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(14)
        page_field(ep)
    else:
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, size=12, east=FS, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.paragraph_format.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    run = p.add_run(text)
    font(run, east, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader')
    h.set(qn('w:val'), 'true')
    trpr.append(h)


def data_table(doc, header, rows, widths_mm, merge_col=None):
    """Returns clause strings for the rows.  merge_col: index of a column whose equal
    consecutive values are merged vertically (value written once)."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(header):
        cell_text(t.rows[0].cells[ci], h, east=HT)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, start=1):
        for ci, v in enumerate(row):
            if merge_col is not None and ci == merge_col:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[ri].cells[ci], v, align=al)
    if merge_col is not None:
        start = 1
        while start <= len(rows):
            end = start
            while end + 1 <= len(rows) and rows[end][merge_col] == rows[start - 1][merge_col]:
                end += 1
            top = t.cell(start, merge_col)
            if end > start:
                top = top.merge(t.cell(end, merge_col))
            cell_text(top, rows[start - 1][merge_col])
            start = end + 1
    for row in t.rows:
        for ci, w in enumerate(widths_mm):
            row.cells[ci].width = Mm(w)
    clauses = []
    for row in rows:
        clauses.append('；'.join('%s：%s' % (h, v) for h, v in zip(header, row)))
    return clauses


def convert(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_573', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level='county', region=None, effective=None, expires=None, attachments=[],
                doc_type='通知', recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


EXPECTED = {}


# ================================================================ doc 1: 长兴县
def make_changxing():
    stem = 'blind573_changxing_tongzhi'
    doc = new_doc()
    footer_numbers(doc, odd_even=True)
    cl = []
    J = WD_ALIGN_PARAGRAPH.JUSTIFY
    IND = '\u3000\u3000'  # indentation typed by hand

    def body(text):
        P(doc, IND + text, align=J)
        cl.append(text)

    P(doc, '', line=None)
    P(doc, '长兴县人民政府文件', align=WD_ALIGN_PARAGRAPH.CENTER, size=42, line=None,
      east=XBS, color=RED)
    P(doc, '', line=None)
    p = P(doc, '长政发〔2026〕3号', align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    bottom_border(p)
    P(doc, '')
    P(doc, ['长兴县人民政府关于加快推进中国（浙江）', BR,
            '自由贸易试验区湖州联动创新区', BR, '长兴区块建设的通知'],
      align=WD_ALIGN_PARAGRAPH.CENTER, size=22, line=35, east=XBS)
    P(doc, '')
    P(doc, '各乡镇人民政府、街道办事处，县政府各部门，各直属单位：')

    body('为深入贯彻落实《湖州市人民政府关于印发中国（浙江）自由贸易试验区湖州联动创新区建设'
         '实施方案的通知》（湖政发〔2025〕18号）精神，高水平推进湖州联动创新区长兴区块（以下简称'
         '长兴区块）建设，打造长三角产业协同开放新高地，经县政府同意，现就有关事项通知如下：')
    P(doc, [(IND + '一、总体要求', HT, False)])
    body('以习近平新时代中国特色社会主义思想为指导，坚持“对标复制、联动创新、特色发展”，聚焦新能源、新型储能、'
         '绿色智造等主导产业，加快推动制度创新成果在长兴区块落地见效。到2026年底，力争复制推广'
         '自贸试验区改革试点经验50项以上，形成县级制度创新案例3项以上；到2028年底，长兴区块'
         '外贸进出口总额突破600亿元，实际使用外资年均增长10%以上。')
    P(doc, [(IND + '二、重点任务', HT, False)])

    def sub(h):
        P(doc, [(IND + h, KT, False)])

    sub('（一）推动投资自由便利')
    body('1.深化外商投资准入前国民待遇加负面清单管理制度，全面落实外商投资信息报告制度，推行外资'
         '企业设立登记“一件事”集成办理，外资企业开办全流程压缩至1个工作日内。（牵头单位：县商务局；'
         '责任单位：县市场监管局、县税务局、县政务服务中心）')
    body('2.建立重大外资项目“一项目一专班”服务机制，对总投资1亿美元以上的外资项目实行县领导联系'
         '制度，全程协调用地、用能、环评等要素保障。（牵头单位：县商务局；责任单位：县发改局、'
         '县自然资源和规划局、市生态环境局长兴分局）')
    body('3.探索开展合格境外有限合伙人（QFLP）试点，引导境外资本投向新能源、新型储能、高端装备等'
         '领域优质项目。（牵头单位：县金融工作中心；责任单位：县商务局、县财政局、县国资中心）')
    sub('（二）提升贸易便利化水平')
    body('4.全面推广“提前申报”“两步申报”“船边直提”“抵港直装”等通关便利化措施，推动长兴港区与'
         '上海港、宁波舟山港业务联动，进出口整体通关时间较2025年压缩10%以上。（牵头单位：县商务局；'
         '责任单位：长兴海关、县交通运输局、县港航管理中心）')
    body('5.扩大出口信用保险覆盖面，对上年度出口额500万美元以下的小微外贸企业实施统保全覆盖。（牵头单位：县商务局；责任单位：县财政局、中国出口信用保险公司浙江'
         '分公司湖州办事处）')
    body('6.大力培育外贸新业态新模式：')
    body('（1）加快建设长兴跨境电商产业园，2026年引进跨境电商平台企业、服务商20家以上；')
    body('（2）支持企业在“一带一路”共建国家和RCEP成员国布局海外仓，新认定县级公共海外仓3个以上；')
    body('（3）推动跨境电商“9610”“9710”“9810”等模式常态化运作，全年跨境电商进出口额增长20%以上。'
         '（牵头单位：县商务局；责任单位：县经信局、长兴海关、县邮政管理局）')
    sub('（三）畅通国际物流通道')
    body('7.深化与义乌、金华中欧班列运营平台合作，开通“长兴—义乌”公铁联运集拼专线，支持企业通过'
         '中欧班列拓展中亚、欧洲市场，全年组织中欧班列货源1500标箱以上。（牵头单位：县交通运输局；'
         '责任单位：县商务局、县港航管理中心）')
    # two items typed into one paragraph, separated by a soft line break (Shift+Enter)
    i8 = ('8.加快推进长兴港区二期内河集装箱码头建设，加密至上海港、宁波舟山港的集装箱内支线班轮。'
          '（牵头单位：县港航管理中心；责任单位：县交通运输局、长兴经济技术开发区管委会）')
    i9 = ('9.积极争取设立长兴保税物流中心（B型），推动保税仓储、保税维修等业务落地。（牵头单位：'
          '县商务局；责任单位：长兴经济技术开发区管委会、长兴海关）')
    P(doc, [IND + i8, BR, IND + i9], align=WD_ALIGN_PARAGRAPH.LEFT)
    cl.extend([i8, i9])
    P(doc, [(IND + '三、保障措施', HT, False)])

    def runin(h, t):
        P(doc, [(IND + h, KT, True), (t, FS, False)], align=J)
        cl.append(h + t)

    runin('（一）加强组织领导。', '成立长兴区块建设工作领导小组，由县政府主要领导任组长，分管副县长任'
          '副组长，领导小组办公室设在县商务局，负责日常协调、任务分解和督促推进。')
    runin('（二）强化政策支持。', '县财政每年安排专项资金用于长兴区块制度创新、平台建设和人才引进，'
          '对形成省级以上制度创新案例的单位给予奖励。')
    runin('（三）加强督查考核。', '将长兴区块建设纳入县对乡镇（街道）和部门年度综合考核，实行季度通报'
          '制度。')
    body('本通知自2026年2月1日起施行，有效期至2028年12月31日。《长兴县人民政府关于加快跨境电子商务'
         '发展的若干意见》（长政发〔2023〕21号）同时废止。')
    P(doc, '')
    P(doc, IND + '附件：长兴区块建设重点任务清单')
    P(doc, '')
    # 落款 aligned with typed ASCII spaces
    P(doc, ' ' * 36 + '长兴县人民政府')
    P(doc, ' ' * 36 + '2026年1月20日')
    P(doc, IND + '（此件公开发布）')

    page_break(doc)
    P(doc, [('附件', HT, False)])
    P(doc, '')
    P(doc, '长兴区块建设重点任务清单', align=WD_ALIGN_PARAGRAPH.CENTER, size=22, line=None, east=XBS,
      after=12)
    header = ['序号', '重点任务', '工作目标', '牵头单位', '完成时限']
    rows = [
        ['1', '外资企业开办“一件事”集成办理', '开办全流程1个工作日内办结', '县商务局', '2026年6月底'],
        ['2', '重大外资项目专班服务', '总投资1亿美元以上项目全覆盖', '县商务局', '长期坚持'],
        ['3', 'QFLP试点', '落地QFLP基金1只以上', '县金融工作中心', '2026年12月底'],
        ['4', '通关便利化改革', '整体通关时间压缩10%以上', '县商务局', '2026年12月底'],
        ['5', '跨境电商产业园建设', '引进平台企业、服务商20家以上', '县商务局', '2026年12月底'],
        ['6', '公共海外仓培育', '新认定县级公共海外仓3个以上', '县商务局', '2026年12月底'],
        ['7', '中欧班列货源组织', '组织货源1500标箱以上', '县交通运输局', '2026年12月底'],
        ['8', '长兴保税物流中心（B型）申报', '完成申报并通过预审', '县商务局', '2027年6月底'],
    ]
    cl.extend(data_table(doc, header, rows, [14, 50, 50, 30, 26]))

    # 版记 as a two-row table with only horizontal rules
    for _ in range(3):
        P(doc, '')
    t = doc.add_table(rows=2, cols=1)
    t.style = 'Table Grid'
    tbl_pr = t._tbl.tblPr
    borders = OxmlElement('w:tblBorders')
    for side, val in (('top', 'single'), ('left', 'nil'), ('bottom', 'single'), ('right', 'nil'),
                      ('insideH', 'single'), ('insideV', 'nil')):
        b = OxmlElement('w:' + side)
        b.set(qn('w:val'), val)
        if val == 'single':
            b.set(qn('w:sz'), '8')
            b.set(qn('w:color'), '000000')
        borders.append(b)
    tbl_pr.append(borders)
    cell_text(t.cell(0, 0), '抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院，'
              '县人武部。', size=14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.cell(1, 0), '长兴县人民政府办公室' + ' ' * 24 + '2026年1月22日印发', size=14,
              align=WD_ALIGN_PARAGRAPH.LEFT)

    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    EXPECTED[stem] = [{
        'meta': meta(
            title='长兴县人民政府关于加快推进中国（浙江）自由贸易试验区湖州联动创新区长兴区块建设的通知',
            doc_number='长政发〔2026〕3号', issuer=['长兴县人民政府'], date='2026-01-20',
            level='county', region='长兴县', effective='2026-02-01', expires='2028-12-31',
            attachments=['长兴区块建设重点任务清单'], doc_type='通知',
            recipients=['各乡镇人民政府', '街道办事处', '县政府各部门', '各直属单位'],
            publicity='此件公开发布',
            repeals='《长兴县人民政府关于加快跨境电子商务发展的若干意见》（长政发〔2023〕21号）'),
        'clauses': cl,
    }]
    return path


# ================================================================ doc 2: 盐城市大丰区
def make_dafeng():
    stem = 'blind573_dafeng_tongzhi'
    doc = new_doc()
    footer_numbers(doc)
    J = WD_ALIGN_PARAGRAPH.JUSTIFY
    cl_n, cl_f = [], []

    def body(cl, text):
        P(doc, text, align=J, first=32)
        cl.append(text)

    P(doc, '', line=None)
    P(doc, '盐城市大丰区人民政府文件', align=WD_ALIGN_PARAGRAPH.CENTER, size=34, line=None,
      east=XBS, color=RED, before=24)
    P(doc, '')
    p = P(doc, '大政发〔2026〕5号', align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    bottom_border(p, sz=24)
    P(doc, '')
    notice_title = ('盐城市大丰区人民政府关于印发《大丰区推进中国（江苏）自由贸易试验区联动创新发展区'
                    '建设实施方案》的通知')
    P(doc, notice_title, align=WD_ALIGN_PARAGRAPH.CENTER, size=22, line=35, east=XBS)
    P(doc, '')
    P(doc, '各镇人民政府、街道办事处，区各有关部门和单位：')
    body(cl_n, '现将《大丰区推进中国（江苏）自由贸易试验区联动创新发展区建设实施方案》印发给你们，'
         '请结合实际，认真抓好贯彻落实。')
    body(cl_n, '各镇（街道）、各部门要于每季度末月25日前将工作推进情况报送区商务局，全年工作总结于'
         '12月20日前报送。')
    P(doc, '')
    P(doc, '盐城市大丰区人民政府', align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(64)
    P(doc, '2026年2月6日', align=WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.right_indent = Pt(80)
    P(doc, '（此件公开发布）', first=32)

    page_break(doc)
    # 方案 title split across two hard paragraphs
    P(doc, '大丰区推进中国（江苏）自由贸易试验区', align=WD_ALIGN_PARAGRAPH.CENTER, size=22, line=35,
      east=XBS)
    P(doc, '联动创新发展区建设实施方案', align=WD_ALIGN_PARAGRAPH.CENTER, size=22, line=35, east=XBS)
    P(doc, '')
    body(cl_f, '为贯彻落实《盐城市推进中国（江苏）自由贸易试验区联动创新发展区建设行动方案》（盐政办发'
         '〔2025〕41号）部署要求，充分发挥大丰港国家一类开放口岸和大丰港保税物流中心（B型）功能优势，'
         '高质量建设中国（江苏）自由贸易试验区联动创新发展区大丰区块，结合我区实际，制定本方案。')
    P(doc, [('一、主要目标', HT, True)], first=32)
    body(cl_f, '到2026年底，复制推广自贸试验区改革试点经验40项以上，形成具有大丰辨识度的制度创新成果'
         '2项以上；到2028年底，全区外贸进出口总额达到300亿元，实际使用外资累计达到5亿美元，跨境电商'
         '进出口额年均增长25%以上，基本建成江苏沿海开放合作示范区。')
    P(doc, [('二、重点任务', HT, True)], first=32)

    def runin(cl, h, t):
        P(doc, [(h, KT, True), (t, FS, False)], align=J, first=32)
        cl.append(h + t)

    runin(cl_f, '（一）提升口岸开放功能。', '推进大丰港口岸扩大开放，完善海关监管作业场所设施，推动'
          '“智慧口岸”建设，实现口岸作业单证无纸化率100%。（牵头单位：区口岸办；责任单位：大丰海关、'
          '大丰港经济区管委会）')
    P(doc, [('（二）推动贸易转型升级', KT, True)], first=32)
    body(cl_f, '1．培育跨境电商综合生态，建设大丰跨境电商产业园和跨境电商监管中心，推动“9610”“9710”'
         '“9810”“1210”模式全覆盖，到2026年底集聚跨境电商企业100家以上。（牵头单位：区商务局；责任'
         '单位：大丰海关、区邮政管理局、区市场监管局）')
    body(cl_f, '2．支持企业开展保税维修、保税研发等新业态，推动大丰港保税物流中心（B型）开展“保税+展示”'
         '“保税+跨境电商”业务。（牵头单位：大丰港经济区管委会；责任单位：区商务局、大丰海关）')
    body(cl_f, '3．扩大风电装备、汽车零部件、农产品等特色产品出口，组织企业参加广交会、进博会及“一带'
         '一路”共建国家重点展会每年20场次以上。（牵头单位：区商务局；责任单位：区工信局、区农业农村局）')
    P(doc, [('（三）扩大双向投资合作', KT, True)], first=32)
    body(cl_f, '1．落实外商投资准入前国民待遇加负面清单管理制度，建立外资项目“全生命周期”服务机制，对'
         '重点外资企业实行“服务专员”制度。（牵头单位：区商务局；责任单位：区发改委、区行政审批局、'
         '区市场监管局）')
    body(cl_f, '2．深化与韩国、日本等RCEP成员国经贸合作，主动对接中韩（盐城）产业园，推动中韩产业合作'
         '项目在大丰落地。（牵头单位：区投资促进中心；责任单位：区商务局、区外事办）')
    runin(cl_f, '（四）建设陆海联运通道。', '推动大丰港与连云港、徐州等中欧班列集结中心合作，开行'
          '“大丰港—连云港—中亚”海铁联运线路，发展内外贸同船运输、沿海捎带业务，全年完成集装箱吞吐量'
          '35万标箱。（牵头单位：区交通运输局；责任单位：大丰港经济区管委会、区商务局、大丰海关）')
    runin(cl_f, '（五）深化金融服务创新。', '推动辖内银行机构扩大跨境人民币结算规模，推广“苏贸贷”'
          '“汇率避险”等政策性金融产品，年内服务外贸企业300家以上。（牵头单位：区金融发展服务中心；'
          '责任单位：区商务局、区财政局）')
    P(doc, [('三、保障措施', HT, True)], first=32)
    runin(cl_f, '（一）健全推进机制。', '成立区联动创新发展区建设工作推进小组，由区长任组长，分管副区长'
          '任副组长，推进小组办公室设在区商务局，建立“月调度、季通报、年考核”工作机制。')
    runin(cl_f, '（二）强化要素保障。', '优先保障联动创新发展区重点项目用地、用能指标，区财政统筹安排'
          '开放型经济发展专项资金，对制度创新成果和重点平台建设给予支持。')
    runin(cl_f, '（三）营造创新氛围。', '鼓励各镇（街道）、各部门大胆试、大胆闯，建立容错纠错机制，及时'
          '总结推广典型经验做法，加强宣传报道。')
    runin(cl_f, '（四）严格督查评估。', '区政府督查室会同区商务局定期开展督查，对工作推进不力的单位予以'
          '通报。')
    body(cl_f, '本方案自2026年3月1日起实施，有效期至2028年12月31日。')
    P(doc, '')
    P(doc, '附件：大丰区联动创新发展区建设重点任务清单', first=32)

    page_break(doc)
    P(doc, [('附件', HT, False)])
    P(doc, '大丰区联动创新发展区建设重点任务清单', align=WD_ALIGN_PARAGRAPH.CENTER, size=20, line=None,
      east=XBS, after=12)
    header = ['类别', '序号', '重点任务', '牵头单位', '责任单位', '完成时限']
    rows = [
        ['口岸开放', '1', '推进大丰港口岸扩大开放', '区口岸办', '大丰海关、大丰港经济区管委会', '2027年12月底'],
        ['口岸开放', '2', '“智慧口岸”建设', '区口岸办', '大丰海关', '2026年12月底'],
        ['贸易升级', '3', '建设跨境电商产业园和监管中心', '区商务局', '大丰海关、区邮政管理局', '2026年9月底'],
        ['贸易升级', '4', '保税物流中心“保税+”业务', '大丰港经济区管委会', '区商务局、大丰海关', '2026年12月底'],
        ['贸易升级', '5', '组织企业参加境内外重点展会', '区商务局', '区工信局、区农业农村局', '每年12月底'],
        ['投资合作', '6', '外资项目“服务专员”制度', '区商务局', '区行政审批局、区市场监管局', '2026年6月底'],
        ['投资合作', '7', '对接中韩（盐城）产业园合作项目', '区投资促进中心', '区商务局、区外事办', '长期坚持'],
        ['通道建设', '8', '开行“大丰港—连云港—中亚”海铁联运线路', '区交通运输局',
         '大丰港经济区管委会、区商务局', '2026年10月底'],
        ['通道建设', '9', '内外贸同船运输和沿海捎带业务', '大丰港经济区管委会', '区交通运输局、大丰海关',
         '2026年12月底'],
        ['金融创新', '10', '跨境人民币结算便利化', '区金融发展服务中心', '区商务局', '2026年12月底'],
        ['金融创新', '11', '推广“苏贸贷”等政策性金融产品', '区金融发展服务中心', '区商务局、区财政局',
         '每年12月底'],
    ]
    cl_f.extend(data_table(doc, header, rows, [20, 12, 50, 28, 38, 24], merge_col=0))

    for _ in range(2):
        P(doc, '')
    p = P(doc, '抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院，区人武部。',
          size=14, left=14)
    bottom_border(p, color='000000', sz=8, top=True)
    p = P(doc, ' 盐城市大丰区人民政府办公室                     2026年2月7日印发', size=14)
    bottom_border(p, color='000000', sz=8)

    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    EXPECTED[stem] = [
        {
            'meta': meta(
                title=notice_title, doc_number='大政发〔2026〕5号', issuer=['盐城市大丰区人民政府'],
                date='2026-02-06', level='county', region='盐城市大丰区', doc_type='通知',
                recipients=['各镇人民政府', '街道办事处', '区各有关部门和单位'],
                publicity='此件公开发布'),
            'clauses': cl_n,
        },
        {
            'meta': meta(
                title='大丰区推进中国（江苏）自由贸易试验区联动创新发展区建设实施方案',
                doc_number=None, issuer=['盐城市大丰区人民政府'], date='2026-02-06',
                level='county', region='盐城市大丰区', effective='2026-03-01', expires='2028-12-31',
                attachments=['大丰区联动创新发展区建设重点任务清单'], doc_type='方案'),
            'clauses': cl_f,
        },
    ]
    return path


# ================================================================ doc 3: 洛阳市孟津区
NUM_ID = 73


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement('w:abstractNum')
    absn.set(qn('w:abstractNumId'), str(NUM_ID))
    mlt = OxmlElement('w:multiLevelType'); mlt.set(qn('w:val'), 'singleLevel'); absn.append(mlt)
    lvl = OxmlElement('w:lvl'); lvl.set(qn('w:ilvl'), '0')
    for tag, val in (('w:start', '1'), ('w:numFmt', 'decimal'), ('w:suff', 'nothing'),
                     ('w:lvlText', '%1.'), ('w:lvlJc', 'left')):
        e = OxmlElement(tag); e.set(qn('w:val'), val); lvl.append(e)
    ppr = OxmlElement('w:pPr')
    ind = OxmlElement('w:ind'); ind.set(qn('w:left'), '0'); ind.set(qn('w:firstLine'), '640')
    ppr.append(ind); lvl.append(ppr)
    rpr = OxmlElement('w:rPr')
    rf = OxmlElement('w:rFonts')
    rf.set(qn('w:ascii'), 'Times New Roman'); rf.set(qn('w:hAnsi'), 'Times New Roman')
    rf.set(qn('w:eastAsia'), FS)
    rpr.append(rf)
    sz = OxmlElement('w:sz'); sz.set(qn('w:val'), '32'); rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement('w:num'); num.set(qn('w:numId'), str(NUM_ID))
    an = OxmlElement('w:abstractNumId'); an.set(qn('w:val'), str(NUM_ID)); num.append(an)
    numbering.append(num)


def set_num(p):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement('w:numPr')
    il = OxmlElement('w:ilvl'); il.set(qn('w:val'), '0'); numpr.append(il)
    ni = OxmlElement('w:numId'); ni.set(qn('w:val'), str(NUM_ID)); numpr.append(ni)
    ppr.insert_element_before(numpr, 'w:suppressLineNumbers', 'w:pBdr', *PPR_AFTER_BDR)


def make_mengjin():
    stem = 'blind573_mengjin_tongzhi'
    doc = new_doc()
    footer_numbers(doc)
    add_numbering(doc)
    J = WD_ALIGN_PARAGRAPH.JUSTIFY
    cl = []

    def body(text, runs=None):
        P(doc, runs or text, align=J, first=32)
        cl.append(text)

    P(doc, '', line=None)
    P(doc, '洛阳市孟津区人民政府文件', align=WD_ALIGN_PARAGRAPH.CENTER, size=34, line=None,
      east=XBS, color=RED, before=30, after=24)
    # 文号 inside a one-cell layout table whose bottom border is the red line
    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0)
    c.width = Mm(156)
    cell_text(c, '孟政〔2026〕4号', size=16)
    tcpr = c._tc.get_or_add_tcPr()
    tcb = OxmlElement('w:tcBorders')
    b = OxmlElement('w:bottom')
    b.set(qn('w:val'), 'single'); b.set(qn('w:sz'), '24'); b.set(qn('w:color'), 'FF0000')
    tcb.append(b)
    tcpr.append(tcb)
    P(doc, '')
    title = '洛阳市孟津区人民政府关于落实中国（河南）自由贸易试验区开放创新联动区建设任务的通知'
    P(doc, ['洛阳市孟津区人民政府', BR, '关于落实中国（河南）自由贸易试验区', BR,
            '开放创新联动区建设任务的通知'],
      align=WD_ALIGN_PARAGRAPH.CENTER, size=22, line=35, east=XBS)
    P(doc, '')
    P(doc, '各镇人民政府、街道办事处，区政府各部门，各有关单位：')
    body('为贯彻落实《洛阳市人民政府关于印发中国（河南）自由贸易试验区洛阳开放创新联动区建设实施方案'
         '的通知》（洛政〔2025〕27号），推动自贸试验区改革创新成果在我区复制推广，加快建设孟津开放创新'
         '联动区，经区政府研究，现将有关事项通知如下。')
    P(doc, [('一、明确功能定位', HT, False)], first=32)
    body('孟津开放创新联动区以华阳产业集聚区为主要承载区，重点发展装备制造、新材料、文化旅游和现代'
         '农业，着力打造洛阳都市圈开放合作新平台、黄河流域文旅融合开放先行区。')
    P(doc, [('二、落实重点工作', HT, False)], first=32)

    items = [
        ('复制推广改革经验。', '建立自贸试验区改革试点经验复制推广清单管理制度，2026年复制推广洛阳片区'
         '制度创新成果30项以上。', '（牵头单位：区商务局；配合单位：区委改革办、区司法局）'),
        ('优化营商环境。', '推行企业开办、项目审批“一网通办”“跨域通办”，深化“证照分离”改革全覆盖，'
         '政务服务事项网上可办率达到98%以上。',
         '（牵头单位：区行政审批和政务信息管理局；配合单位：区市场监管局、区发展改革委）'),
        ('促进投资便利。', '落实外商投资准入前国民待遇加负面清单管理制度，建立重点外资项目库，2026年'
         '实际利用外资增长10%以上。', '（牵头单位：区商务局；配合单位：区发展改革委、区财政局）'),
        ('发展跨境电商。', '依托中国（洛阳）跨境电子商务综合试验区政策，建设孟津跨境电商孵化基地，推动'
         '唐三彩、牡丹瓷等特色文创产品和农产品通过跨境电商“出海”。',
         '（牵头单位：区商务局；配合单位：区文化广电和旅游局、区农业农村局）'),
        ('融入中欧班列通道。', '加强与中欧班列（郑州）和洛阳中欧班列运营平台对接，组织区内装备制造企业'
         '开展集拼集运，拓展中亚、欧洲市场。',
         '（牵头单位：区商务局；配合单位：区交通运输局、区工业和信息化局）'),
        ('推动产业链开放合作。', '围绕装备制造、新材料产业链，开展“一带一路”共建国家精准招商，全年引进'
         '外资及港澳台资项目3个以上。',
         '（牵头单位：区投资促进中心；配合单位：区商务局、华阳产业集聚区管委会）'),
        ('探索文旅开放创新。', '依托黄河文化、河洛文化资源，探索入境旅游便利化服务举措，推动文化旅游'
         '领域对外合作。', '（牵头单位：区文化广电和旅游局；配合单位：区外事办、区商务局）'),
        ('推进农业对外合作。', '支持农业产业化龙头企业创建出口食品农产品质量安全示范区，扩大葡萄、樱桃等'
         '特色农产品出口。', '（牵头单位：区农业农村局；配合单位：洛阳海关、区市场监管局）'),
        ('强化金融支持。', '推动辖内金融机构创新外贸信贷产品，扩大出口信用保险和跨境人民币结算覆盖面。',
         '（牵头单位：区金融服务中心；配合单位：区商务局、区财政局）'),
        ('加强人才支撑。', '落实洛阳市人才引进政策，为外籍高层次人才提供出入境、居留、子女入学等便利'
         '服务。', '（牵头单位：区委人才办；配合单位：区人力资源和社会保障局、区教育局、市公安局孟津分局）'),
    ]
    for n, (h, t, lead) in enumerate(items, start=1):
        # Word auto-numbering supplies "1." ; 牵头单位 bracket pushed to next line by Shift+Enter
        p = P(doc, [(h, FS, True), (t, FS, False), BR, (lead, FS, False)],
              align=WD_ALIGN_PARAGRAPH.LEFT, first=32)
        set_num(p)
        cl.append('%d.%s%s%s' % (n, h, t, lead))

    P(doc, [('三、工作要求', HT, False)], first=32)

    def runin(h, t):
        P(doc, [(h, KT, False), (t, FS, False)], align=J, first=32)
        cl.append(h + t)

    runin('（一）压实工作责任。', '各牵头单位要细化工作举措，明确时间表、路线图，确保各项任务按期落实。'
          '各配合单位要主动作为，形成工作合力。')
    runin('（二）加强协同联动。', '区开放创新联动区建设工作专班要加强与洛阳片区的对接，定期召开联席'
          '会议，协调解决跨部门、跨层级重点难点问题。')
    runin('（三）做好信息报送。', '各镇（街道）、各部门要于每月25日前将工作进展报送区商务局（区开放创新'
          '联动区建设工作专班办公室），重大事项随时报告。')
    body('联系人：区商务局 刘佳；联系电话：0379-67912368。')
    P(doc, '附件：1.孟津开放创新联动区建设任务清单', first=32)
    P(doc, '\u3000\u3000\u3000 2.孟津开放创新联动区建设工作专班联络员名单', first=32)
    P(doc, '')
    # 落款 in a borderless two-column layout table
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).width = Mm(70)
    t.cell(0, 1).width = Mm(86)
    c = t.cell(0, 1)
    cell_text(c, '洛阳市孟津区人民政府', size=16)
    p2 = c.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p2.add_run('二〇二六年二月十一日'), FS, 16)
    P(doc, '（此件主动公开）', first=32)

    page_break(doc)
    P(doc, [('附件1', HT, False)])
    P(doc, '孟津开放创新联动区建设任务清单', align=WD_ALIGN_PARAGRAPH.CENTER, size=20, line=None,
      east=XBS, after=12)
    header = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限']
    rows = [
        ['1', '复制推广洛阳片区制度创新成果30项以上', '区商务局', '区委改革办、区司法局', '2026年12月底'],
        ['2', '政务服务事项网上可办率达到98%以上', '区行政审批和政务信息管理局', '区市场监管局',
         '2026年10月底'],
        ['3', '建立重点外资项目库', '区商务局', '区发展改革委', '2026年5月底'],
        ['4', '建设孟津跨境电商孵化基地', '区商务局', '区文化广电和旅游局', '2026年9月底'],
        ['5', '组织装备制造企业中欧班列集拼集运', '区商务局', '区交通运输局', '2026年12月底'],
        ['6', '引进外资及港澳台资项目3个以上', '区投资促进中心', '华阳产业集聚区管委会', '2026年12月底'],
        ['7', '创建出口食品农产品质量安全示范区', '区农业农村局', '洛阳海关', '2027年6月底'],
        ['8', '外籍高层次人才便利服务', '区委人才办', '市公安局孟津分局', '长期坚持'],
    ]
    cl.extend(data_table(doc, header, rows, [14, 56, 32, 34, 24]))

    page_break(doc)
    P(doc, [('附件2', HT, False)])
    P(doc, '孟津开放创新联动区建设工作专班联络员名单', align=WD_ALIGN_PARAGRAPH.CENTER, size=20,
      line=None, east=XBS, after=12)
    header = ['序号', '单位', '联络员', '职务', '联系电话']
    rows = [
        ['1', '区商务局', '刘佳', '对外贸易股股长', '0379-67912368'],
        ['2', '区发展改革委', '张伟峰', '综合股股长', '0379-67913021'],
        ['3', '区行政审批和政务信息管理局', '王晓敏', '政策法规股副股长', '0379-67915106'],
        ['4', '区投资促进中心', '赵一鸣', '项目服务科科长', '0379-67918233'],
        ['5', '华阳产业集聚区管委会', '陈建国', '经济发展局副局长', '0379-67916650'],
    ]
    cl.extend(data_table(doc, header, rows, [14, 58, 24, 36, 28]))

    for _ in range(2):
        P(doc, '')
    p = P(doc, '抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院。', size=14, left=14)
    bottom_border(p, color='000000', sz=8, top=True)
    p = P(doc, ' 洛阳市孟津区人民政府办公室                     2026年2月12日印发', size=14)
    bottom_border(p, color='000000', sz=8)

    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    EXPECTED[stem] = [{
        'meta': meta(
            title=title, doc_number='孟政〔2026〕4号', issuer=['洛阳市孟津区人民政府'],
            date='2026-02-11', level='county', region='洛阳市孟津区',
            attachments=['孟津开放创新联动区建设任务清单', '孟津开放创新联动区建设工作专班联络员名单'],
            doc_type='通知', recipients=['各镇人民政府', '街道办事处', '区政府各部门', '各有关单位'],
            publicity='此件主动公开'),
        'clauses': cl,
    }]
    return path


def main():
    paths = [make_changxing(), make_dafeng(), make_mengjin()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
