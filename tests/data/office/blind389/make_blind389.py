# ruff: noqa
#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind test documents, round 389: 东博会签约项目清单 + 情况通报."""
import json
import os
import subprocess
from decimal import Decimal, ROUND_HALF_UP

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = RGBColor(0xFF, 0x00, 0x00)
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
ST = '宋体'
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

COLS = ['序号', '项目名称', '签约双方', '投资额（亿元）', '所在地', '项目类型']


# ---------------------------------------------------------------- helpers
def D(s):
    return Decimal(s)


def fmt2(d):
    return str(d.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))


def pct(a, b, places='0.1'):
    return str((Decimal(a) * 100 / Decimal(b)).quantize(Decimal(places), rounding=ROUND_HALF_UP))


def set_font(run, font, size, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.insert(0, rfonts)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rfonts.set(qn(a), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_text(p, text, font, size, bold=False, color=None):
    """text may contain '\n' = soft line break (Shift+Enter)."""
    pieces = text.split('\n')
    for i, piece in enumerate(pieces):
        r = p.add_run(piece)
        set_font(r, font, size, bold, color)
        if i < len(pieces) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def para(container, parts=(), align=J, indent=True, size=16, line=28,
         before=0, after=0):
    """parts: list of (text, font[, bold[, color]])"""
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    for part in parts:
        text, font = part[0], part[1]
        bold = part[2] if len(part) > 2 else False
        color = part[3] if len(part) > 3 else None
        add_text(p, text, font, size, bold, color)
    return p


def empty(container, n=1, size=16):
    for _ in range(n):
        p = container.add_paragraph()
        p.paragraph_format.line_spacing = Pt(28)
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run('')
        set_font(r, FS, size)


_PPR_AFTER_BDR = ['w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
                  'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN',
                  'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind',
                  'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc',
                  'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap',
                  'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange']


def border(p, side='bottom', val='single', sz=12, color='FF0000', space=1):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn('w:pBdr'))
    if bdr is None:
        bdr = OxmlElement('w:pBdr')
        succ = None
        for child in pPr:
            if child.tag in [qn(t) for t in _PPR_AFTER_BDR]:
                succ = child
                break
        if succ is not None:
            succ.addprevious(bdr)
        else:
            pPr.append(bdr)
    b = OxmlElement('w:' + side)
    b.set(qn('w:val'), val)
    b.set(qn('w:sz'), str(sz))
    b.set(qn('w:space'), str(space))
    b.set(qn('w:color'), color)
    bdr.append(b)


def page_number_footer(section):
    footer = section.footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    p.alignment = C
    r = p.add_run('— ')
    set_font(r, ST, 14)
    r = p.add_run()
    set_font(r, ST, 14)
    fb = OxmlElement('w:fldChar')
    fb.set(qn('w:fldCharType'), 'begin')
    r._r.append(fb)
    r = p.add_run()
    set_font(r, ST, 14)
    it = OxmlElement('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = ' PAGE '
    r._r.append(it)
    r = p.add_run()
    set_font(r, ST, 14)
    fs = OxmlElement('w:fldChar')
    fs.set(qn('w:fldCharType'), 'separate')
    r._r.append(fs)
    r = p.add_run('1')
    set_font(r, ST, 14)
    r = p.add_run()
    set_font(r, ST, 14)
    fe = OxmlElement('w:fldChar')
    fe.set(qn('w:fldCharType'), 'end')
    r._r.append(fe)
    r = p.add_run(' —')
    set_font(r, ST, 14)


def new_doc():
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        rpr.insert(0, rf)
    rf.set(qn('w:eastAsia'), FS)
    s = doc.sections[0]
    s.page_width = Cm(21.0)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    s.footer_distance = Cm(2.5)
    page_number_footer(s)
    return doc


def landscape_section(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width = Cm(29.7)
    s.page_height = Cm(21.0)
    s.top_margin = Cm(2.6)
    s.bottom_margin = Cm(2.4)
    s.left_margin = Cm(2.5)
    s.right_margin = Cm(2.5)
    s.footer_distance = Cm(1.2)
    return s


def row_flag(row, tag):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement('w:' + tag)
    e.set(qn('w:val'), 'true')
    trPr.append(e)


def fill_cell(cell, lines, mode='para', font=FS, size=12, bold=False, align=C):
    """lines: list of str. mode 'para' = one paragraph per line, 'break' = soft breaks."""
    if isinstance(lines, str):
        lines = [lines]
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    if mode == 'break':
        ps = [first]
        add_text(first, '\n'.join(lines), font, size, bold)
    else:
        ps = []
        for i, ln in enumerate(lines):
            p = first if i == 0 else cell.add_paragraph()
            add_text(p, ln, font, size, bold)
            ps.append(p)
    for p in ps:
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = 1.0
        p.paragraph_format.first_line_indent = Pt(0)


def set_widths(table, widths):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(Cm(w).twips)))
    for tr in tbl.findall(qn('w:tr')):
        col = 0
        for tc in tr.findall(qn('w:tc')):
            span = tc.grid_span
            w = sum(widths[col:col + span])
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.get_or_add_tcW()
            tcW.type = 'dxa'
            tcW.w = Cm(w)
            col += span


def row_clause(vals):
    return '；'.join('%s：%s' % (c, v) for c, v in zip(COLS, vals) if v)


def join(lines):
    return ''.join(lines) if isinstance(lines, (list, tuple)) else lines


def add_numbering(doc, fmt, lvl_text, font, first_line=640):
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn('w:abstractNumId'))) for a in numbering.findall(qn('w:abstractNum'))]
    aid = max(ids + [0]) + 1
    xml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>'
    ) % (nsdecls('w'), aid, fmt, lvl_text, first_line, font, font, font)
    an = parse_xml(xml)
    nums = numbering.findall(qn('w:num'))
    if nums:
        nums[0].addprevious(an)
    else:
        numbering.append(an)
    num = numbering.add_num(aid)
    return num.numId


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def banji(container, lines, width_note=None):
    """版记: 抄送 / 印发 lines between rules."""
    p = para(container, [(lines[0], FS)], align=L, indent=False, size=14, line=26)
    border(p, 'top', 'single', 8, '000000')
    p.paragraph_format.left_indent = Pt(14)
    p = para(container, [(lines[1], FS)], align=L, indent=False, size=14, line=26)
    border(p, 'top', 'single', 4, '000000')
    border(p, 'bottom', 'single', 8, '000000')
    p.paragraph_format.left_indent = Pt(14)


# ============================================================ 1. 南宁
NN_GROUPS = [
    ('青秀区', [
        (['中国—东盟（南宁）数字贸易港', '总部基地项目'], ['南宁市青秀区人民政府', '与新加坡联拓数字科技有限公司'], '25.00', '青秀区凤岭北片区', '数字经济', '新加坡'),
        (['东盟跨境金融服务中心项目'], ['南宁市青秀区人民政府', '与马来西亚联信金融控股有限公司'], '8.50', '青秀区金湖路', '金融服务', '马来西亚'),
        (['中泰果蔬冷链集散中心项目'], ['南宁市青秀区人民政府', '与泰国暹华农产品进出口有限公司'], '6.20', '青秀区长塘镇', '现代物流', '泰国'),
        (['新能源汽车电驱系统研发', '及生产基地项目'], ['南宁市青秀区人民政府', '与广西桂能新动力科技有限公司'], '12.00', '青秀区仙葫经济开发区', '先进制造业', None),
        (['东盟国际医疗健康产业园项目'], ['南宁市青秀区人民政府', '与越南长安医疗集团股份公司'], '15.80', '青秀区凤岭南片区', '现代服务业', '越南'),
    ]),
    ('良庆区', [
        (['五象新区东盟商品展示交易', '中心项目'], ['南宁市良庆区人民政府', '与柬埔寨金边联合商贸有限公司'], '9.60', '良庆区五象新区', '现代服务业', '柬埔寨'),
        (['中国—东盟算力枢纽', '（南宁）一期项目'], ['南宁市良庆区人民政府', '与深圳云启数据科技有限公司'], '30.00', '良庆区那马镇', '数字经济', None),
        (['东盟特色食品精深加工项目'], ['南宁市良庆区人民政府', '与印度尼西亚苏门答腊丰收食品有限公司'], '4.30', '良庆区大塘镇', '农业产业化', '印度尼西亚'),
        (['智能网联汽车测试基地项目'], ['南宁市良庆区人民政府', '与重庆长风智行汽车科技有限公司'], '7.80', '良庆区良庆镇', '先进制造业', None),
    ]),
    ('江南区', [
        (['南宁国际铁路港中欧班列', '集结中心扩建项目'], ['南宁市江南区人民政府', '与广西东盟陆港物流集团有限公司'], '18.50', '江南区沙井街道', '现代物流', None),
        (['东盟跨境电商海外仓', '运营中心项目'], ['南宁市江南区人民政府', '与越南西贡速达物流股份公司'], '3.60', '江南区江西镇', '跨境电商', '越南'),
        (['铝精深加工产业链项目'], ['南宁市江南区人民政府', '与广西华泰铝业新材料有限公司'], '22.00', '江南区吴圩镇', '先进制造业', None),
        (['中老农产品跨境供应链项目'], ['南宁市江南区人民政府', '与老挝万象绿源农业发展有限公司'], '2.40', '江南区苏圩镇', '农业产业化', '老挝'),
    ]),
    ('西乡塘区', [
        (['东盟生物医药成果转化', '基地项目'], ['南宁市西乡塘区人民政府', '与新加坡康瑞生命科学私人有限公司'], '11.20', '西乡塘区安宁街道', '先进制造业', '新加坡'),
        (['跨境直播电商产业园项目'], ['南宁市西乡塘区人民政府', '与杭州星播电子商务有限公司'], '2.80', '西乡塘区北湖街道', '跨境电商', None),
        (['东盟留学生创新创业', '服务中心项目'], ['南宁市西乡塘区人民政府', '与泰国曼谷东方教育集团有限公司'], '1.50', '西乡塘区西乡塘街道', '现代服务业', '泰国'),
        (['高端电子信息元器件生产项目'], ['南宁市西乡塘区人民政府', '与马来西亚槟城精密电子有限公司'], '9.90', '西乡塘区石埠街道', '先进制造业', '马来西亚'),
    ]),
    ('武鸣区', [
        (['东盟水果进口加工产业园项目'], ['南宁市武鸣区人民政府', '与越南芹苴农产品加工股份公司'], '5.60', '武鸣区城厢镇', '农业产业化', '越南'),
        (['伊岭岩—明秀园', '文旅融合开发项目'], ['南宁市武鸣区人民政府', '与广西壮乡文化旅游投资有限公司'], '6.00', '武鸣区双桥镇', '文化旅游', None),
        (['200兆瓦农光互补', '光伏发电项目'], ['南宁市武鸣区人民政府', '与广西清洁能源投资集团有限公司'], '8.80', '武鸣区宁武镇', '新能源', None),
        (['橡胶制品深加工项目'], ['南宁市武鸣区人民政府', '与马来西亚宏达橡胶工业有限公司'], '3.20', '武鸣区锣圩镇', '先进制造业', '马来西亚'),
    ]),
    ('横州市', [
        (['横州茉莉花（茶）', '国际交易中心项目'], ['横州市人民政府', '与新加坡东方茗茶贸易私人有限公司'], '4.50', '横州市校椅镇', '现代服务业', '新加坡'),
        (['西津湖生态康养旅游项目'], ['横州市人民政府', '与广州悦湖文旅发展有限公司'], '12.60', '横州市横州镇', '文化旅游', None),
        (['六景工业园区不锈钢', '精密制品项目'], ['横州市人民政府', '与印度尼西亚万隆金属制品有限公司'], '16.30', '横州市六景镇', '先进制造业', '印度尼西亚'),
    ]),
    ('南宁片区', [
        (['中国—东盟跨境数据服务', '中心项目'], ['中国（广西）自由贸易试验区', '南宁片区管委会与新加坡星辰数据服务私人有限公司'], '20.00', '南宁片区五象新区核心区', '数字经济', '新加坡'),
        (['东盟跨境电商综合服务', '平台项目'], ['南宁片区管委会', '与泰国曼谷暹罗电商集团有限公司'], '3.80', '南宁综合保税区', '跨境电商', '泰国'),
        (['保税维修及再制造中心项目'], ['南宁片区管委会', '与广西北港供应链管理有限公司'], '5.20', '南宁综合保税区', '先进制造业', None),
        (['跨境人民币结算', '创新服务中心项目'], ['南宁片区管委会', '与越南西贡商业银行股份公司'], '2.00', '南宁片区金融街', '金融服务', '越南'),
    ]),
]


def stats(groups):
    allp = [p for _, ps in groups for p in ps]
    s = {}
    s['N'] = len(allp)
    s['T'] = sum(D(p[2]) for p in allp)
    fp = [p for p in allp if p[5]]
    s['NF'] = len(fp)
    s['TF'] = sum((D(p[2]) for p in fp), D('0'))
    s['ND'] = s['N'] - s['NF']
    s['TD'] = s['T'] - s['TF']
    big = [p for p in allp if D(p[2]) >= 10]
    s['N10'] = len(big)
    s['T10'] = sum((D(p[2]) for p in big), D('0'))
    types = {}
    for p in allp:
        n, a = types.get(p[4], (0, D('0')))
        types[p[4]] = (n + 1, a + D(p[2]))
    s['types'] = types
    s['groups'] = {g: (len(ps), sum(D(p[2]) for p in ps)) for g, ps in groups}
    countries = []
    for p in fp:
        if p[5] not in countries:
            countries.append(p[5])
    s['countries'] = countries
    return s


def make_nanning():
    st = stats(NN_GROUPS)
    doc = new_doc()
    # 版头
    p = para(doc, [('南宁市商务局文件', XBS, False, RED)], align=C, indent=False, size=48, line=60, before=0)
    p.paragraph_format.space_before = Pt(20)
    empty(doc)
    p = para(doc, [('南商务〔2025〕156号', FS)], align=C, indent=False)
    border(p, 'bottom', 'single', 18, 'FF0000', 6)
    empty(doc)
    # 标题（两段）
    para(doc, [('关于第22届中国—东盟博览会', XBS)], align=C, indent=False, size=22, line=34)
    para(doc, [('南宁市签约项目情况的通报', XBS)], align=C, indent=False, size=22, line=34)
    empty(doc)
    para(doc, [('各县（市、区）人民政府，各开发区管委会，市直有关单位：', FS)], align=L, indent=False)

    clauses = []

    def body(parts, **kw):
        para(doc, parts, **kw)
        clauses.append(''.join(pt[0] for pt in parts).replace('\n', ''))

    def head(text):
        para(doc, [(text, HT)])

    body([('2025年9月17日至21日，第22届中国—东盟博览会、中国—东盟商务与投资峰会（以下简称东博会）在南宁成功举办。'
           '我市紧紧抓住共建“一带一路”和中国—东盟自由贸易区3.0版建设重大机遇，围绕主导产业精准开展招商推介，'
           '组织各县（市、区）、开发区集中开展项目签约，取得良好成效。现将有关情况通报如下：', FS)])
    head('一、签约项目基本情况')
    body([('本届东博会期间，我市共签约项目%d个，总投资%s亿元，比上届增长16.8%%。其中，外资项目%d个，投资额%s亿元，'
           '签约对象涉及%s等%d个东盟国家；内资项目%d个，投资额%s亿元。投资额10亿元以上项目%d个，投资额%s亿元，'
           '占签约总额的%s%%。' % (
               st['N'], fmt2(st['T']), st['NF'], fmt2(st['TF']), '、'.join(st['countries']),
               len(st['countries']), st['ND'], fmt2(st['TD']), st['N10'], fmt2(st['T10']),
               pct(st['T10'], st['T'])), FS)])
    ty = st['types']
    g = st['groups']
    three = ty['先进制造业'][1] + ty['数字经济'][1] + ty['现代物流'][1]
    body([('从产业分布看，先进制造业项目%d个、投资额%s亿元，数字经济项目%d个、投资额%s亿元，现代物流项目%d个、'
           '投资额%s亿元，三类项目合计占签约总额的%s%%。\n' % (
               ty['先进制造业'][0], fmt2(ty['先进制造业'][1]), ty['数字经济'][0], fmt2(ty['数字经济'][1]),
               ty['现代物流'][0], fmt2(ty['现代物流'][1]), pct(three, st['T'])), FS),
          ('从区域分布看，青秀区签约额居首位，达%s亿元；良庆区、江南区分别签约%s亿元、%s亿元；'
           '自贸试验区南宁片区签约项目%d个、投资额%s亿元，跨境电商、跨境金融等开放型项目集聚特征明显。' % (
               fmt2(g['青秀区'][1]), fmt2(g['良庆区'][1]), fmt2(g['江南区'][1]),
               g['南宁片区'][0], fmt2(g['南宁片区'][1])), FS)])
    head('二、主要特点')
    body([('（一）东盟国家项目占比明显提升。', KT, True),
          ('本届签约的外资项目全部来自东盟国家，外资项目数量占全部签约项目的%s%%，较上届提高9.2个百分点，'
           '新加坡、马来西亚、越南等国企业在数字经济、生物医药、跨境物流等领域投资意愿明显增强。' % pct(st['NF'], st['N']), FS)])
    body([('（二）重大产业项目支撑有力。', KT, True),
          ('中国—东盟算力枢纽（南宁）一期项目、中国—东盟（南宁）数字贸易港总部基地项目、铝精深加工产业链项目等'
           '%d个10亿元以上项目，投资额合计%s亿元，将有效带动我市数字经济和先进制造业集群发展。' % (st['N10'], fmt2(st['T10'])), FS)])
    body([('（三）开放平台承载功能增强。', KT, True),
          ('依托自贸试验区南宁片区、南宁综合保税区、南宁国际铁路港等开放平台，签约跨境电商、保税维修、'
           '中欧班列集结中心等项目，进一步拓展了面向东盟的跨境产业链供应链合作。', FS)])
    head('三、下一步工作要求')
    body([('（一）建立项目推进台账。', KT, True),
          ('各县（市、区）、开发区要对照签约项目清单（见附件），逐个明确责任领导、责任单位和推进时限，'
           '实行“一项目一专班”跟踪服务，力争签约项目履约率达到80%以上、开工率达到50%以上。', FS)])
    body([('（二）强化要素保障。', KT, True),
          ('对签约的重大项目，要主动对接用地、用能、环评等要素需求，帮助协调解决项目落地中的困难和问题；'
           '涉及外商投资企业设立的，要落实外商投资准入前国民待遇加负面清单管理制度，做好外资企业服务。', FS)])
    body([('（三）按时报送进展。', KT, True),
          ('各县（市、区）、开发区要于每月5日前将上月签约项目推进情况报送市商务局（投资促进科），'
           '市商务局将定期通报项目履约、开工、资金到位情况，并纳入年度招商引资工作考评。', FS)])
    body([('联系人：韦丽萍，电话：0771-5502318。', FS)])
    empty(doc)
    para(doc, [('附件：第22届中国—东盟博览会南宁市签约项目清单', FS)])
    empty(doc, 3)
    # 落款：手工空格对齐
    para(doc, [('　　　　　　　　　　　　　　　　南宁市商务局', FS)], align=L, indent=False).paragraph_format.keep_with_next = True
    para(doc, [('　　　　　　　　　　　　　　　 2025年9月26日', FS)], align=L, indent=False)
    empty(doc)
    para(doc, [('（此件公开发布）', FS)])

    # 附件：横向节
    landscape_section(doc)
    para(doc, [('附件', HT)], align=L, indent=False)
    empty(doc)
    para(doc, [('第22届中国—东盟博览会南宁市签约项目清单', XBS)], align=C, indent=False, size=22, line=32)
    empty(doc)
    t = doc.add_table(rows=1, cols=6)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    for i, c in enumerate(COLS):
        fill_cell(hdr.cells[i], c, font=HT, size=12)
    row_flag(hdr, 'tblHeader')
    seq = 0
    for gname, projs in NN_GROUPS:
        for name, parties, amt, place, typ, _ in projs:
            seq += 1
            r = t.add_row()
            row_flag(r, 'cantSplit')
            fill_cell(r.cells[0], str(seq))
            fill_cell(r.cells[1], name, mode='break', align=L)
            fill_cell(r.cells[2], parties, mode='para', align=L)
            fill_cell(r.cells[3], amt)
            fill_cell(r.cells[4], place)
            fill_cell(r.cells[5], typ)
            clauses.append(row_clause([str(seq), join(name), join(parties), amt, place, typ]))
        r = t.add_row()
        m = r.cells[0].merge(r.cells[2])
        label = '%s小计' % gname
        fill_cell(m, label, font=HT)
        fill_cell(r.cells[3], fmt2(st['groups'][gname][1]), font=HT)
        fill_cell(r.cells[4], '')
        fill_cell(r.cells[5], '')
        clauses.append(row_clause([label, '', '', fmt2(st['groups'][gname][1]), '', '']))
    r = t.add_row()
    m = r.cells[0].merge(r.cells[2])
    fill_cell(m, '合计', font=HT)
    fill_cell(r.cells[3], fmt2(st['T']), font=HT)
    fill_cell(r.cells[4], '')
    fill_cell(r.cells[5], '')
    clauses.append(row_clause(['合计', '', '', fmt2(st['T']), '', '']))
    set_widths(t, [1.4, 6.6, 7.6, 2.6, 4.4, 2.6])
    empty(doc)
    banji(doc, ['抄送：自治区商务厅，市人民政府办公室。',
                '南宁市商务局办公室　　　　　　　　　　　　　　　　　　　　　　　　　　2025年9月26日印发'])
    doc.save(os.path.join(HERE, 'blind389_nanning_tongbao.docx'))
    meta = {
        'title': '关于第22届中国—东盟博览会南宁市签约项目情况的通报',
        'doc_number': '南商务〔2025〕156号',
        'issuer': ['南宁市商务局'],
        'date': '2025-09-26',
        'published': None,
        'level': 'municipal',
        'region': '南宁市',
        'effective': None,
        'expires': None,
        'attachments': ['第22届中国—东盟博览会南宁市签约项目清单'],
        'doc_type': '通报',
        'recipients': ['各县（市、区）人民政府', '各开发区管委会', '市直有关单位'],
        'publicity': '此件公开发布',
        'repeals': None,
    }
    return 'blind389_nanning_tongbao', [{'meta': meta, 'clauses': clauses}]


# ============================================================ 2. 钦州
QZ_GROUPS = [
    ('钦州港片区', [
        (['钦州港大榄坪集装箱码头', '扩建配套项目'], ['钦州港片区管委会、', '新加坡太平洋港务投资私人有限公司'], '45.00', '钦州港大榄坪港区', '现代物流', '新加坡'),
        (['西部陆海新通道东盟', '冷链物流枢纽项目'], ['钦州港片区管委会、', '泰国正和冷链物流有限公司'], '12.30', '钦州保税港区', '现代物流', '泰国'),
        (['东盟棕榈油精炼及', '油脂化工项目'], ['钦州港片区管委会、', '马来西亚金棕榈油脂工业有限公司'], '18.60', '钦州港石化产业园', '先进制造业', '马来西亚'),
        (['新能源电池正极材料项目'], ['钦州港片区管委会、', '宁波锂源新材料科技有限公司'], '36.00', '钦州港石化产业园', '新能源', None),
        (['跨境电商综合保税', '产业园项目'], ['钦州港片区管委会、', '越南海防跨境贸易股份公司'], '2.70', '钦州综合保税区', '跨境电商', '越南'),
    ]),
    ('钦南区', [
        (['海上风电装备制造基地项目'], ['钦南区人民政府、', '江苏海川风电装备有限公司'], '15.00', '钦南区犀牛脚镇', '新能源', None),
        (['东盟海产品加工贸易项目'], ['钦南区人民政府、', '印度尼西亚泗水海洋食品有限公司'], '3.40', '钦南区龙门港镇', '农业产业化', '印度尼西亚'),
        (['三娘湾滨海旅游度假区项目'], ['钦南区人民政府、', '广西北部湾滨海文旅投资有限公司'], '8.20', '钦南区犀牛脚镇', '文化旅游', None),
        (['坭兴陶跨境贸易', '展示中心项目'], ['钦南区人民政府、', '泰国清迈手工艺品贸易有限公司'], '1.20', '钦南区尖山街道', '现代服务业', '泰国'),
    ]),
    ('钦北区', [
        (['林浆纸一体化配套项目'], ['钦北区人民政府、', '广西金桂林产投资有限公司'], '9.50', '钦北区大寺镇', '先进制造业', None),
        (['东盟香料进口加工项目'], ['钦北区人民政府、', '越南广宁香料进出口股份公司'], '1.80', '钦北区皇马工业园', '农业产业化', '越南'),
        (['分布式光伏储能', '一体化项目'], ['钦北区人民政府、', '广西能汇新能源有限公司'], '4.60', '钦北区小董镇', '新能源', None),
    ]),
    ('灵山县', [
        (['荔枝全产业链跨境', '供应链项目'], ['灵山县人民政府、', '新加坡绿洲果业私人有限公司'], '2.90', '灵山县陆屋镇', '农业产业化', '新加坡'),
        (['东盟红木家具产业园项目'], ['灵山县人民政府、', '缅甸仰光联合木业有限公司'], '6.30', '灵山县灵城街道', '先进制造业', '缅甸'),
        (['茶叶精深加工及', '出口基地项目'], ['灵山县人民政府、', '广西六峰山茶业有限公司'], '1.60', '灵山县平南镇', '农业产业化', None),
    ]),
    ('浦北县', [
        (['香蕉深加工及冷链仓储项目'], ['浦北县人民政府、', '菲律宾棉兰老果品有限公司'], '2.20', '浦北县泉水镇', '农业产业化', '菲律宾'),
        (['五皇山康养旅游项目'], ['浦北县人民政府、', '深圳华康健康产业投资有限公司'], '5.50', '浦北县龙门镇', '文化旅游', None),
        (['智能家居五金制品项目'], ['浦北县人民政府、', '马来西亚新山五金工业有限公司'], '3.30', '浦北县小江街道', '先进制造业', '马来西亚'),
    ]),
]


def make_qinzhou():
    st = stats(QZ_GROUPS)
    doc = new_doc()
    num_cn = add_numbering(doc, 'chineseCounting', '%1、', HT)
    num_dec = add_numbering(doc, 'decimal', '%1.', FS)

    # 联合发文版头：布局表格
    ht = doc.add_table(rows=2, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    fill_cell(ht.cell(0, 0), '钦州市商务局', font=XBS, size=30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    fill_cell(ht.cell(1, 0), '钦州市投资促进局', font=XBS, size=30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = ht.cell(0, 1).merge(ht.cell(1, 1))
    fill_cell(m, '文件', font=XBS, size=44)
    for row in ht.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.color.rgb = RED
    set_widths(ht, [10.0, 4.0])
    empty(doc)
    p = para(doc, [('钦商务〔2025〕98号', FS)], align=C, indent=False)
    border(p, 'bottom', 'single', 18, 'FF0000', 6)
    empty(doc)
    para(doc, [('关于2025年中国—东盟博览会钦州市\n签约项目落地情况的通报', XBS)], align=C, indent=False, size=22, line=34)
    empty(doc)
    para(doc, [('各县（区）人民政府，中国（广西）自由贸易试验区钦州港片区管委会，市直有关单位：', FS)], align=J, indent=False)

    clauses = []

    def body(parts, num=None, **kw):
        p = para(doc, parts, **kw)
        text = ''.join(pt[0] for pt in parts).replace('\n', '')
        if num is not None:
            set_num(p, num[0])
            text = num[1] + text
        clauses.append(text)
        return p

    def head(text):
        p = para(doc, [(text, HT)])
        set_num(p, num_cn)

    g = st['groups']
    ty = st['types']
    body([('2025年9月举办的第22届中国—东盟博览会期间，我市围绕建设西部陆海新通道门户港和面向东盟的临港产业基地，'
           '集中签约一批重大项目。为推动签约项目早落地、早开工、早见效，市商务局、市投资促进局会同各县（区）、'
           '钦州港片区对签约项目进行了逐一跟踪核查。现将有关情况通报如下。', FS)])
    head('签约项目总体情况')
    main_types = ['先进制造业', '新能源', '现代物流', '农业产业化']
    other_n = st['N'] - sum(ty[k][0] for k in main_types)
    body([('本届东博会我市共签约项目%d个，总投资%s亿元。其中，钦州港片区签约项目%d个、投资额%s亿元，'
           '占全市签约总额的%s%%；钦南区、钦北区、灵山县、浦北县分别签约%s亿元、%s亿元、%s亿元、%s亿元。'
           '按项目类型分，先进制造业项目%d个、新能源项目%d个、现代物流项目%d个、农业产业化项目%d个，其他项目%d个。' % (
               st['N'], fmt2(st['T']), g['钦州港片区'][0], fmt2(g['钦州港片区'][1]), pct(g['钦州港片区'][1], st['T']),
               fmt2(g['钦南区'][1]), fmt2(g['钦北区'][1]), fmt2(g['灵山县'][1]), fmt2(g['浦北县'][1]),
               ty['先进制造业'][0], ty['新能源'][0], ty['现代物流'][0], ty['农业产业化'][0], other_n), FS)])
    head('签约项目落地进展')
    done = D('4.82')
    body([('截至2025年10月15日，已注册项目公司11个，已开工项目6个，完成投资%s亿元，资金到位率为%s%%；'
           '正在办理前期手续的项目9个，尚处于洽谈深化阶段的项目3个。' % (fmt2(done), pct(done, st['T'])), FS)])
    body([('从推进情况看，钦州港片区签约项目推进较快，新能源电池正极材料项目、西部陆海新通道东盟冷链物流枢纽项目'
           '已完成土地摘牌并开工建设；灵山县、浦北县部分农业产业化项目存在用地报批、资金筹措等困难，推进相对滞后。', FS)])
    head('下一步工作安排')
    body([('各县（区）、钦州港片区要落实签约项目“首席服务官”制度，对尚未开工的项目逐一制定推进计划，'
           '确保2025年底前签约项目开工率达到60%以上。', FS)], num=(num_dec, '1.'))
    body([('市商务局、市投资促进局将会同市自然资源局、市生态环境局等部门，每季度召开一次签约项目协调会，'
           '集中解决项目落地中的用地、环评、能耗等问题。', FS)], num=(num_dec, '2.'))
    body([('对连续6个月无实质性进展的签约项目，各县（区）、钦州港片区要及时研判，提出继续推进或终止合作的意见，'
           '并报市投资促进局备案。', FS)], num=(num_dec, '3.'))
    head('签约项目明细')

    # 表格：手工分页，每页重新敲表头，“续表”
    rows = []
    seq = 0
    for gname, projs in QZ_GROUPS:
        for name, parties, amt, place, typ, _ in projs:
            seq += 1
            rows.append(('p', [str(seq), name, parties, amt, place, typ]))
        rows.append(('s', ['', '小计', '', fmt2(g[gname][1]), gname, '']))
    rows.append(('s', ['', '合计', '', fmt2(st['T']), '', '']))
    chunks = [rows[:13], rows[13:]]
    widths = [1.1, 4.6, 5.0, 1.9, 2.6, 2.0]
    for ci, chunk in enumerate(chunks):
        if ci == 0:
            p = para(doc, [('2025年中国—东盟博览会钦州市签约项目清单', HT)], align=C, indent=False, size=16)
            p.paragraph_format.page_break_before = True
        else:
            p = doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
            para(doc, [('续表', HT)], align=L, indent=False, size=14)
        t = doc.add_table(rows=1, cols=6)
        t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, c in enumerate(COLS):
            fill_cell(t.rows[0].cells[i], c, font=HT, size=11)
        for kind, vals in chunk:
            r = t.add_row()
            row_flag(r, 'cantSplit')
            f = HT if kind == 's' else FS
            fill_cell(r.cells[0], vals[0], size=11, font=f)
            fill_cell(r.cells[1], vals[1], mode='break', size=11, font=f, align=L if kind == 'p' else C)
            fill_cell(r.cells[2], vals[2], mode='break', size=11, align=L)
            fill_cell(r.cells[3], vals[3], size=11, font=f)
            fill_cell(r.cells[4], vals[4], size=11, font=f)
            fill_cell(r.cells[5], vals[5], size=11)
            clauses.append(row_clause([join(v) for v in vals]))
        set_widths(t, widths)
    empty(doc, 2)
    # 落款：布局表格，两个机关并排
    lt = doc.add_table(rows=1, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    fill_cell(lt.cell(0, 0), '钦州市商务局', size=16)
    fill_cell(lt.cell(0, 1), '钦州市投资促进局', size=16)
    set_widths(lt, [7.8, 7.8])
    para(doc, [('2025年10月20日', FS)], align=R, indent=False)
    p = doc.paragraphs[-1]
    p.paragraph_format.right_indent = Pt(64)
    empty(doc)
    para(doc, [('（此件公开发布）', FS)])
    empty(doc, 2)
    banji(doc, ['抄送：自治区商务厅、自治区投资促进局，市委办公室，市人大常委会办公室，市人民政府办公室，市政协办公室。',
                '钦州市商务局办公室　　　　　　　　　2025年10月20日印发'])
    doc.save(os.path.join(HERE, 'blind389_qinzhou_tongbao.docx'))
    meta = {
        'title': '关于2025年中国—东盟博览会钦州市签约项目落地情况的通报',
        'doc_number': '钦商务〔2025〕98号',
        'issuer': ['钦州市商务局', '钦州市投资促进局'],
        'date': '2025-10-20',
        'published': None,
        'level': 'municipal',
        'region': '钦州市',
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '通报',
        'recipients': ['各县（区）人民政府', '中国（广西）自由贸易试验区钦州港片区管委会', '市直有关单位'],
        'publicity': '此件公开发布',
        'repeals': None,
    }
    return 'blind389_qinzhou_tongbao', [{'meta': meta, 'clauses': clauses}]


# ============================================================ 3. 防城港（函）
FCG_GROUPS = [
    ('港口区', [
        (['防城港东湾物流加工园', '东盟大宗商品交易中心项目'], ['港口区人民政府', '与新加坡远东大宗商品贸易私人有限公司'], '16.00', '港口区东湾物流加工园', '现代物流', '新加坡'),
        (['镍基新材料深加工项目'], ['港口区人民政府', '与印度尼西亚苏拉威西镍业投资有限公司'], '28.50', '港口区企沙工业区', '先进制造业', '印度尼西亚'),
        (['进口粮油加工扩建项目'], ['港口区人民政府', '与泰国暹罗粮油集团有限公司'], '7.40', '港口区渔澫岛', '农业产业化', '泰国'),
        (['国际医学开放试验区', '跨境医疗服务中心项目'], ['港口区人民政府', '与越南河内国际医疗股份公司'], '3.90', '港口区沙潭江片区', '现代服务业', '越南'),
    ]),
    ('防城区', [
        (['东盟红木精品加工项目'], ['防城区人民政府', '与老挝琅勃拉邦木业有限公司'], '2.10', '防城区华石镇', '先进制造业', '老挝'),
        (['十万大山生态旅游项目'], ['防城区人民政府', '与广西山海文旅投资有限公司'], '6.80', '防城区扶隆镇', '文化旅游', None),
        (['肉桂八角香料交易市场项目'], ['防城区人民政府', '与越南谅山农产品贸易股份公司'], '1.50', '防城区那梭镇', '农业产业化', '越南'),
    ]),
    ('东兴市', [
        (['东兴—芒街跨境', '电商产业园项目'], ['东兴市人民政府', '与越南芒街商贸投资股份公司'], '5.60', '东兴市东兴镇', '跨境电商', '越南'),
        (['边民互市商品落地', '加工产业园二期项目'], ['东兴市人民政府', '与广西东兴边贸产业发展有限公司'], '4.20', '东兴市江平镇', '先进制造业', None),
        (['中越跨境旅游合作区', '配套服务项目'], ['东兴市人民政府', '与越南广宁旅游集团股份公司'], '3.50', '东兴市东兴镇', '文化旅游', '越南'),
        (['跨境金融服务中心项目'], ['东兴市人民政府', '与马来西亚丰盛银行有限公司'], '1.00', '东兴市东兴镇', '金融服务', '马来西亚'),
    ]),
    ('上思县', [
        (['甘蔗糖业循环经济项目'], ['上思县人民政府', '与泰国乌隆糖业有限公司'], '4.80', '上思县思阳镇', '农业产业化', '泰国'),
        (['抽水蓄能电站配套项目'], ['上思县人民政府', '与广西桂源能源投资有限公司'], '9.00', '上思县南屏瑶族乡', '新能源', None),
    ]),
]
CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八']


def make_fangchenggang():
    st = stats(FCG_GROUPS)
    g = st['groups']
    doc = new_doc()
    # 函件版头：机关名称 + 红色双线
    p = para(doc, [('防城港市商务局', XBS, False, RED)], align=C, indent=False, size=40, line=52)
    p.paragraph_format.space_before = Pt(10)
    p = para(doc, [('', FS)], align=C, indent=False, line=12)
    border(p, 'bottom', 'thinThickSmallGap', 24, 'FF0000', 1)
    p = para(doc, [('防商务函〔2025〕61号', FS)], align=R, indent=False)
    empty(doc)
    para(doc, [('防城港市商务局关于报送第22届中国—东盟博览会', XBS)], align=C, indent=False, size=22, line=34)
    para(doc, [('签约项目清单的函', XBS)], align=C, indent=False, size=22, line=34)
    empty(doc)
    para(doc, [('自治区商务厅：', FS)], align=L, indent=False)

    clauses = []

    def body(parts, manual_indent=False, **kw):
        if manual_indent:
            parts = [('　　' + parts[0][0],) + tuple(parts[0][1:])] + list(parts[1:])
            para(doc, parts, indent=False, **kw)
            clauses.append(''.join(pt[0] for pt in parts).replace('\n', '').lstrip('　'))
        else:
            para(doc, parts, **kw)
            clauses.append(''.join(pt[0] for pt in parts).replace('\n', ''))

    body([('根据《自治区商务厅关于做好第22届中国—东盟博览会签约项目统计报送工作的通知》（桂商务函〔2025〕203号）要求，'
           '我局会同各县（市、区）对本届东博会期间我市签约项目进行了统计核实。现将有关情况函告如下：', FS)])
    body([('1.总体情况。', FS, True),
          ('本届东博会期间，我市共签约项目%d个，总投资%s亿元。其中，与东盟国家企业签约项目%d个、投资额%s亿元，'
           '分别占%s%%和%s%%；投资额10亿元以上项目%d个（防城港东湾物流加工园东盟大宗商品交易中心项目、'
           '镍基新材料深加工项目），投资额%s亿元。' % (
               st['N'], fmt2(st['T']), st['NF'], fmt2(st['TF']), pct(st['NF'], st['N']), pct(st['TF'], st['T']),
               st['N10'], fmt2(st['T10'])), FS)], manual_indent=True)
    body([('2.区域分布。', FS, True),
          ('港口区签约项目%d个、投资额%s亿元；防城区签约项目%d个、投资额%s亿元；东兴市签约项目%d个、投资额%s亿元；'
           '上思县签约项目%d个、投资额%s亿元。' % (
               g['港口区'][0], fmt2(g['港口区'][1]), g['防城区'][0], fmt2(g['防城区'][1]),
               g['东兴市'][0], fmt2(g['东兴市'][1]), g['上思县'][0], fmt2(g['上思县'][1])), FS)], manual_indent=True)
    body([('3.有关建议。', FS, True),
          ('为推动签约项目加快落地，恳请自治区商务厅在以下方面给予支持：', FS)], manual_indent=True)
    body([('（1）将镍基新材料深加工项目、防城港东湾物流加工园东盟大宗商品交易中心项目列入自治区层面统筹推进的'
           '重大外资项目，协调解决项目用海、用能指标；', FS)], manual_indent=True)
    body([('（2）支持东兴市申报边民互市贸易进口商品落地加工试点扩围，推动边民互市商品落地加工产业园二期项目尽快落地；', FS)],
         manual_indent=True)
    body([('（3）在中国—东盟博览会后续专题招商活动中，为我市安排东盟国家重点企业对接洽谈专场。', FS)], manual_indent=True)
    body([('特此函告。', FS)], manual_indent=True)
    empty(doc)
    body([('（联系人：黄晓峰，联系电话：0770-2826315）', FS)], manual_indent=True)
    empty(doc)
    para(doc, [('附件：第22届中国—东盟博览会防城港市签约项目清单', FS)], indent=False, align=L)
    empty(doc, 3)
    para(doc, [('防城港市商务局', FS)], align=R, indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, [('2025年9月28日', FS)], align=R, indent=False).paragraph_format.right_indent = Pt(64)

    # 附件：另起一页（分页符在段落里）
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, [('附件', HT)], align=L, indent=False)
    empty(doc)
    para(doc, [('第22届中国—东盟博览会防城港市\n签约项目清单', XBS)], align=C, indent=False, size=20, line=30)
    empty(doc)
    t = doc.add_table(rows=1, cols=6)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(COLS):
        fill_cell(t.rows[0].cells[i], c, font=HT, size=11)
    row_flag(t.rows[0], 'tblHeader')
    for gi, (gname, projs) in enumerate(FCG_GROUPS):
        r = t.add_row()
        fill_cell(r.cells[0], CN_NUM[gi], font=HT, size=11)
        fill_cell(r.cells[1], gname, font=HT, size=11, align=L)
        for k in range(2, 6):
            fill_cell(r.cells[k], '', size=11)
        clauses.append(row_clause([CN_NUM[gi], gname, '', '', '', '']))
        for si, (name, parties, amt, place, typ, _) in enumerate(projs, 1):
            r = t.add_row()
            row_flag(r, 'cantSplit')
            fill_cell(r.cells[0], str(si), size=11)
            fill_cell(r.cells[1], name, mode='break', size=11, align=L)
            fill_cell(r.cells[2], parties, mode='para', size=11, align=L)
            fill_cell(r.cells[3], amt, size=11)
            fill_cell(r.cells[4], place, size=11)
            fill_cell(r.cells[5], typ, size=11)
            clauses.append(row_clause([str(si), join(name), join(parties), amt, place, typ]))
        r = t.add_row()
        fill_cell(r.cells[0], '', size=11)
        fill_cell(r.cells[1], '小计', font=HT, size=11)
        fill_cell(r.cells[2], '', size=11)
        fill_cell(r.cells[3], fmt2(g[gname][1]), font=HT, size=11)
        fill_cell(r.cells[4], '', size=11)
        fill_cell(r.cells[5], '', size=11)
        clauses.append(row_clause(['', '小计', '', fmt2(g[gname][1]), '', '']))
    r = t.add_row()
    m = r.cells[0].merge(r.cells[2])
    fill_cell(m, '合计', font=HT, size=11)
    fill_cell(r.cells[3], fmt2(st['T']), font=HT, size=11)
    fill_cell(r.cells[4], '', size=11)
    fill_cell(r.cells[5], '', size=11)
    clauses.append(row_clause(['合计', '', '', fmt2(st['T']), '', '']))
    set_widths(t, [1.1, 4.6, 5.0, 1.9, 2.8, 1.9])
    note = '注：投资额以签约文本为准，外币投资额按签约当日人民币汇率中间价折算。'
    para(doc, [(note, FS)], align=L, indent=False, size=12, line=20, before=6)
    clauses.append(note)
    doc.save(os.path.join(HERE, 'blind389_fangchenggang_han.docx'))
    meta = {
        'title': '防城港市商务局关于报送第22届中国—东盟博览会签约项目清单的函',
        'doc_number': '防商务函〔2025〕61号',
        'issuer': ['防城港市商务局'],
        'date': '2025-09-28',
        'published': None,
        'level': 'municipal',
        'region': '防城港市',
        'effective': None,
        'expires': None,
        'attachments': ['第22届中国—东盟博览会防城港市签约项目清单'],
        'doc_type': '函',
        'recipients': ['自治区商务厅'],
        'publicity': None,
        'repeals': None,
    }
    return 'blind389_fangchenggang_han', [{'meta': meta, 'clauses': clauses}]


def main():
    expected = {}
    for fn in (make_nanning, make_qinzhou, make_fangchenggang):
        stem, docs = fn()
        expected[stem] = docs
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for stem in expected:
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_389', '--headless',
                        '--convert-to', 'pdf', '--outdir', HERE,
                        os.path.join(HERE, stem + '.docx')],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == '__main__':
    main()
