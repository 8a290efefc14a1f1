# ruff: noqa
#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""Round 479 blind test documents: 产业指导目录 issued by 公告."""
import os
import json
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn, nsdecls
from docx.oxml import OxmlElement, parse_xml

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
XBS = '方正小标宋简体'
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
DIST = WD_ALIGN_PARAGRAPH.DISTRIBUTE


# ----------------------------------------------------------------- helpers
def set_font(run, font, size, bold=False, color=None):
    run.font.name = 'Times New Roman'
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn('w:rFonts'))
    if rFonts is None:
        rFonts = OxmlElement('w:rFonts')
        rPr.insert(0, rFonts)
    rFonts.set(qn('w:eastAsia'), font)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    d = Document()
    for s in d.sections:
        s.page_width = Cm(21.0)
        s.page_height = Cm(29.7)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = d.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        st.element.rPr.insert(0, rf)
    rf.set(qn('w:eastAsia'), FS)
    add_page_number(d.sections[0])
    return d


def add_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = C
    r = p.add_run('— ')
    set_font(r, '宋体', 14)
    r = p.add_run()
    set_font(r, '宋体', 14)
    b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '
    s = OxmlElement('w:fldChar'); s.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end')
    for x in (b, it, s, t, e):
        r._element.append(x)
    r = p.add_run(' —')
    set_font(r, '宋体', 14)


def P(d, parts, align=J, indent=True, font=FS, size=16, bold=False, color=None,
      exact=28, before=0, after=0, container=None):
    """parts: str, or list of str / (text, font, bold) / 'BR' (soft line break)."""
    tgt = container if container is not None else d
    p = tgt.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if part == 'BR':
            if p.runs:
                p.runs[-1].add_break(WD_BREAK.LINE)
            else:
                p.add_run().add_break(WD_BREAK.LINE)
            continue
        if isinstance(part, tuple):
            txt, f, bb = part
        else:
            txt, f, bb = part, font, bold
        r = p.add_run(txt)
        set_font(r, f, size, bb, color)
    return p


def empty(d, n=1):
    for _ in range(n):
        p = d.add_paragraph()
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(28)


def border(p, side='bottom', color='FF0000', sz=12, space=1):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn('w:pBdr'))
    if bdr is None:
        bdr = OxmlElement('w:pBdr')
        pPr.append(bdr)
    el = OxmlElement('w:' + side)
    el.set(qn('w:val'), 'single')
    el.set(qn('w:sz'), str(sz))
    el.set(qn('w:space'), str(space))
    el.set(qn('w:color'), color)
    bdr.append(el)


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + side)
        el.set(qn('w:val'), 'nil')
        b.append(el)
    tblPr.append(b)


def cell_write(cell, text, font=FS, size=12, bold=False, align=L, color=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    if isinstance(text, str):
        text = [text]
    for part in text:
        if part == 'BR':
            p.runs[-1].add_break(WD_BREAK.LINE)
            continue
        r = p.add_run(part)
        set_font(r, font, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader')
    h.set(qn('w:val'), 'true')
    trPr.append(h)


def catalog_table(d, header, rows, widths, merges=(), size=12):
    """rows: list of lists of str; merges: (col, first_row, last_row) over data rows."""
    t = d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(header):
        cell_write(t.cell(0, ci), h, font=HT, size=size, align=C)
    repeat_header(t.rows[0])
    merged = {}
    for (col, a, b) in merges:
        m = t.cell(1 + a, col).merge(t.cell(1 + b, col))
        for ri in range(a, b + 1):
            merged[(ri, col)] = (a == ri)
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            if (ri, ci) in merged and not merged[(ri, ci)]:
                continue
            al = C if ci != 1 else L
            cell_write(t.cell(1 + ri, ci), val, size=size, align=al)
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)
    for row in t.rows:
        for tc, w in zip(row._tr.tc_lst, widths):
            tc.width = Cm(w)
    return t


def row_clause(header, row):
    return '；'.join('%s：%s' % (h, v) for h, v in zip(header, row))


def add_auto_numbering(d, abs_id=479, num_id=479):
    numbering = d.part.numbering_part.element
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        'w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls('w'), abs_id))
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls('w'), num_id, abs_id))
    numbering.append(num)
    return num_id


def numbered(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id
    p.paragraph_format.first_line_indent = None


def render_catalog(d, items, clauses, entry_indent=True):
    """items: ('h', text) heading | ('e', text) entry | ('s', text) sub-entry |
    ('t', header, rows, widths, merges) table."""
    for it in items:
        kind = it[0]
        if kind == 'h':
            P(d, it[1], font=HT, indent=True, before=6)
        elif kind == 'e':
            P(d, it[1], indent=entry_indent)
            clauses.append(it[1])
        elif kind == 's':
            P(d, it[1], indent=entry_indent)
            clauses.append(it[1])
        elif kind == 't':
            _, header, rows, widths, merges = it
            catalog_table(d, header, rows, widths, merges)
            for r in rows:
                clauses.append(row_clause(header, r))
            empty(d)


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level=None, region=None, effective=None, expires=None, attachments=[],
                doc_type=None, recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


# ======================================================= document 1: Hunan
def doc_hunan():
    d = new_doc()
    cat_title = '中国（湖南）自由贸易试验区鼓励类产业目录（2026年版）'
    # red header
    P(d, '湖南省发展和改革委员会', align=DIST, indent=False, font=XBS, size=26,
      color=RED, exact=40)
    P(d, '湖南省商务厅', align=DIST, indent=False, font=XBS, size=26, color=RED, exact=40)
    P(d, '公　　告', align=C, indent=False, font=XBS, size=36, color=RED, exact=56,
      before=6)
    empty(d)
    p = P(d, '2026年第2号', align=C, indent=False)
    border(p, 'bottom', 'FF0000', 18, 8)
    empty(d)
    # title with soft break
    P(d, ['湖南省发展和改革委员会 湖南省商务厅', 'BR',
          '关于发布《%s》的公告' % cat_title],
      align=C, indent=False, font=XBS, size=22, exact=36)
    empty(d)
    notice = []
    intro = ('为深入实施自由贸易试验区提升战略，引导社会资本投向自贸试验区重点产业，推动中国（湖南）'
             '自由贸易试验区加快建设中非经贸深度合作先行区和内陆开放新高地，根据《中国（湖南）自由贸易'
             '试验区总体方案》和《产业结构调整指导目录（2024年本）》等有关规定，省发展改革委、省商务厅'
             '会同有关部门修订形成了《%s》（以下简称《目录》），经省人民政府同意，现予以发布，并就有关'
             '事项公告如下：' % cat_title)
    P(d, intro); notice.append(intro)
    items = [
        '一、《目录》自2026年3月1日起施行，有效期至2030年12月31日。',
        '二、《目录》适用于中国（湖南）自由贸易试验区长沙片区、岳阳片区、郴州片区（以下统称自贸试验区）'
        '实施范围内的各类市场主体，外商投资项目同时适用《鼓励外商投资产业目录》有关规定。',
        '三、自贸试验区内投资建设符合《目录》条目的项目，可按规定享受用地、用能、融资、人才等方面的'
        '支持政策；涉及企业所得税优惠的，按照国家有关规定执行。',
    ]
    for t in items:
        P(d, t); notice.append(t)
    # hard-wrapped item (Enter pressed mid-sentence)
    a = '四、各片区管理机构要对照《目录》建立重点产业项目储备库，于每年1月31日前将上一年度'
    b = '《目录》执行情况及储备项目清单报送省发展改革委、省商务厅。'
    P(d, a)
    P(d, b, indent=False)
    notice.append(a + b)
    items2 = [
        '五、《目录》执行中遇国家产业政策调整的，从其规定。《目录》由省发展改革委、省商务厅负责解释。',
        '六、《中国（湖南）自由贸易试验区鼓励类产业目录（2021年版）》自2026年3月1日起同时废止。',
    ]
    for t in items2:
        P(d, t); notice.append(t)
    empty(d)
    P(d, '特此公告。'); notice.append('特此公告。')
    empty(d)
    P(d, '附件：%s' % cat_title)
    empty(d, 2)
    P(d, '湖南省发展和改革委员会　　　　　湖南省商务厅', indent=False, align=R)
    P(d, '2026年1月26日　　　　　　', indent=False, align=R)
    empty(d)
    P(d, '（此件公开发布）')

    # -------- attachment: the catalogue
    page_break(d)
    P(d, '附件', font=HT, indent=False, align=L)
    empty(d)
    P(d, ['中国（湖南）自由贸易试验区鼓励类产业目录', 'BR', '（2026年版）'],
      align=C, indent=False, font=XBS, size=22, exact=36)
    empty(d)
    P(d, '说　明', align=C, indent=False, font=HT)
    cat = []
    notes = [
        '1．本目录根据国家产业政策和中国（湖南）自由贸易试验区功能定位制定，是引导自贸试验区产业布局、'
        '审核投资项目和落实相关支持政策的重要依据。',
        '2．本目录共设农业、制造业、服务业3个门类、25个条目。',
        '3．条目后括号内标注的代码为《国民经济行业分类》（GB/T 4754—2017）行业代码，仅供参考，'
        '条目适用范围以条目文字表述为准。',
        '4．服务业条目以表格形式列示，“适用区域”栏标注为“全域”的，适用于自贸试验区三个片区。',
    ]
    for t in notes:
        P(d, t); cat.append(t)
    empty(d)
    header = ['序号', '条目', '适用区域']
    svc = [
        ['16', '跨境电子商务综合服务、海外仓建设运营及跨境电商产业园区运营', '全域'],
        ['17', '中欧班列（长沙）集结中心及多式联运物流服务', '长沙片区'],
        ['18', '城陵矶港江海联运、铁水联运及港口物流服务', '岳阳片区'],
        ['19', '综合保税区保税研发、保税检测、保税维修及再制造服务', '全域'],
        ['20', '对非经贸合作服务平台、非洲非资源性产品集散交易中心建设运营', '长沙片区'],
        ['21', '进口有色金属矿产品检验检测、仓储及交易服务', '郴州片区'],
        ['22', '工业软件、人工智能、大数据等软件和信息技术服务（I6510、I6450）', '全域'],
        ['23', '跨境金融、离岸贸易结算等金融配套服务', '长沙片区'],
        ['24', '检验检测认证及知识产权服务（M7452）', '全域'],
        ['25', '国际会展、国际商务咨询及涉外法律服务', '长沙片区、岳阳片区'],
    ]
    items = [
        ('h', '一、农业'),
        ('e', '1．优质稻、油菜、茶叶等特色农产品种植及绿色高效标准化生产基地建设'),
        ('e', '2．现代种业：'),
        ('s', '（1）农作物、畜禽、水产新品种选育及良种繁育（A0511）'),
        ('s', '（2）种质资源库、基因库建设及分子育种技术研发'),
        ('e', '3．农产品冷链物流、产地初加工及仓储保鲜设施建设'),
        ('e', '4．非洲咖啡、可可、坚果等进口农产品精深加工（C1369）'),
        ('h', '二、制造业'),
        ('e', '5．轨道交通装备及关键零部件研发制造（C3711、C3714）'),
        ('e', '6．工程机械整机及核心零部件制造：'),
        ('s', '（1）大型、超大型工程机械及智能化施工装备制造（C3514）'),
        ('s', '（2）高端液压件、传动件、控制系统等关键零部件制造（C3444）'),
        ('e', '7．集成电路设计、制造、封装测试（C3973）'),
        ('e', '8．半导体专用设备及关键零部件制造（C3562）'),
        ('e', '9．新型显示器件及关键材料制造（C3974）'),
        ('e', '10．新能源汽车整车、动力电池及电驱动系统制造（C3612、C3841）'),
        ('e', '11．航空发动机零部件及通用航空器制造（C3741）'),
        ('e', '12．生物药、化学创新药及高端医疗器械研发制造：'),
        ('s', '（1）生物药品制造（C2761）'),
        ('s', '（2）化学药品原料药绿色工艺及制剂制造（C2710）'),
        ('s', '（3）高端医用影像设备、体外诊断设备制造（C3581）'),
        ('e', '13．有色金属新材料、硬质合金及稀土功能材料制造（C3240）'),
        ('e', '14．光伏、储能设备及元器件制造（C3825）'),
        ('e', '15．再制造及工业固体废物综合利用（C4210）'),
        ('h', '三、服务业'),
        ('t', header, svc, [1.6, 10.4, 3.6], ()),
    ]
    render_catalog(d, items, cat)

    issuer = ['湖南省发展和改革委员会', '湖南省商务厅']
    exp = [
        {'meta': meta(title='湖南省发展和改革委员会 湖南省商务厅关于发布《%s》的公告' % cat_title,
                      doc_number='2026年第2号', issuer=issuer, date='2026-01-26',
                      level='provincial', region='中国（湖南）自由贸易试验区',
                      effective='2026-03-01', expires='2030-12-31',
                      attachments=[cat_title], doc_type='公告',
                      publicity='此件公开发布',
                      repeals='中国（湖南）自由贸易试验区鼓励类产业目录（2021年版）'),
         'clauses': notice},
        {'meta': meta(title=cat_title, issuer=issuer, date='2026-01-26',
                      level='provincial', region='中国（湖南）自由贸易试验区',
                      effective='2026-03-01', expires='2030-12-31', doc_type='目录'),
         'clauses': cat},
    ]
    return d, 'blind479_hunan_gonggao', exp


# ======================================================= document 2: Xiamen
def doc_xiamen():
    d = new_doc()
    num_id = add_auto_numbering(d)
    org = '中国（福建）自由贸易试验区厦门片区管理委员会'
    cat_title = '中国（福建）自由贸易试验区厦门片区产业发展指导目录（2026年版）'
    P(d, ['中国（福建）自由贸易试验区', 'BR', '厦门片区管理委员会'], align=C, indent=False,
      font=XBS, size=30, color=RED, exact=44)
    empty(d)
    p = P(d, '厦自贸委公告〔2026〕1号', align=C, indent=False)
    border(p, 'bottom', 'FF0000', 24, 10)
    empty(d)
    P(d, [org, 'BR', '关于发布《中国（福建）自由贸易试验区厦门片区', 'BR',
          '产业发展指导目录（2026年版）》的公告'],
      align=C, indent=False, font=XBS, size=18, exact=32)
    empty(d)
    notice = []
    intro = ('为贯彻落实《提升自由贸易试验区建设水平的若干措施》和《中国（福建）自由贸易试验区条例》，'
             '聚焦两岸融合发展和“海丝”核心区建设，进一步优化厦门片区产业布局，引导要素资源向重点产业'
             '集聚，我委会同厦门市发展和改革委员会、厦门市商务局编制了《%s》，现予以公告。' % cat_title)
    P(d, intro); notice.append(intro)
    runin = [
        ('一、适用范围。', '本目录适用于中国（福建）自由贸易试验区厦门片区（含厦门象屿综合保税区、'
         '厦门海沧港综合保税区）内产业项目的招商引资、准入评估和产业扶持政策兑现。'),
        ('二、支持政策。', '列入本目录的项目，在申报片区产业发展专项资金、重点项目用地保障、人才引进'
         '等政策时予以优先支持；具体支持标准按片区现行政策执行。'),
        ('三、台资企业。', '台湾同胞投资企业投资本目录所列项目的，享受与片区内其他企业同等待遇，'
         '并可按规定申请两岸融合发展相关扶持。'),
        ('四、动态调整。', '片区管委会根据国家产业政策调整和片区发展需要，原则上每两年对本目录评估'
         '修订一次。'),
        ('五、施行时间。', '本公告自2026年2月1日起施行，有效期至2030年12月31日。《中国（福建）'
         '自由贸易试验区厦门片区重点发展产业指导目录（2022年版）》同时废止。'),
    ]
    for h, body in runin:
        P(d, [(h, FS, True), (body, FS, False)])
        notice.append(h + body)
    P(d, '特此公告。'); notice.append('特此公告。')
    P(d, '附件：%s' % cat_title)
    empty(d, 2)
    P(d, org, indent=False, align=R)
    P(d, '2026年1月15日　　　　　　　　', indent=False, align=R)
    empty(d)
    P(d, '（此件公开发布）')

    page_break(d)
    P(d, '附件', font=HT, indent=False, align=L)
    empty(d)
    P(d, cat_title, align=C, indent=False, font=XBS, size=20, exact=34)
    empty(d)
    P(d, '说明', align=L, indent=True, font=HT)
    cat = []
    notes = [
        '本目录分为先进制造业、现代服务业、航运物流业3个大类，共23个条目。',
        '列入本目录的项目，应符合国家和福建省产业政策、生态环境保护和安全生产等要求，且不属于'
        '《市场准入负面清单》禁止准入事项。',
        '先进制造业条目以表格形式列示，“适用区域”栏中“全片区”指厦门片区全部实施范围。',
        '条目后括号内代码为国民经济行业分类代码，供项目归类参考。',
        '本目录由片区管委会负责解释。',
    ]
    for i, t in enumerate(notes, 1):
        p = P(d, t)
        numbered(p, num_id)
        cat.append('%d.%s' % (i, t))
    empty(d)
    header = ['序号', '条目', '适用区域']
    hg = '东南国际航运中心海沧港区'
    mfg = [
        ['1', '集成电路设计及化合物半导体器件制造（C3973）', hg],
        ['2', '半导体专用设备及关键零部件制造（C3562）', hg],
        ['3', '航空发动机及零部件保税维修、再制造（C4340）', '两岸贸易中心核心区'],
        ['4', '新型显示面板配套材料及器件制造（C3974）', '全片区'],
        ['5', '锂离子电池、储能系统及关键材料制造（C3841）', hg],
        ['6', '生物医药、体外诊断试剂及高端医疗器械研发制造（C2761、C3581）', '全片区'],
        ['7', '船舶及海洋工程装备修造（C3731）', hg],
        ['8', '智能制造装备、工业机器人研发制造（C3491）', '全片区'],
        ['9', '数控机床、精密模具及关键功能部件制造（C3421、C3525）', '全片区'],
        ['10', '两岸特色食品保税加工（C1499）', '两岸贸易中心核心区'],
    ]
    items = [
        ('h', '一、先进制造业'),
        # rows 0-1 share a vertically merged 适用区域 cell; rows 7-8 too
        ('t', header, mfg, [1.6, 10.0, 4.0], ((2, 0, 1), (2, 7, 8))),
        ('h', '二、现代服务业'),
        ('e', '1．两岸贸易服务：'),
        ('s', '（1）对台商品进口集散分拨及台湾商品展示交易中心运营'),
        ('s', '（2）两岸跨境电子商务及海外仓服务（F5292）'),
        ('e', '2．融资租赁、商业保理、跨境人民币结算及数字人民币应用场景建设'),
        ('e', '3．软件和信息技术服务、数字贸易及数据跨境流动服务（I6510）'),
        ('e', '4．国际船舶管理、船舶交易、航运保险及海事仲裁服务'),
        ('e', '5．检验检测、认证认可及知识产权运营服务'),
        ('e', '6．保税研发、保税展示交易、保税维修服务：'),
        ('s', '（1）航空器材、电子信息产品全球保税检测维修'),
        ('s', '（2）文物及艺术品保税展示、拍卖和仓储'),
        ('e', '7．总部经济及供应链管理服务（L7224）'),
        ('h', '三、航运物流业'),
        ('e', '1．集装箱国际中转、国际集拼及外贸集装箱沿海捎带业务'),
        ('e', '2．中欧（厦门）班列、海铁联运及“丝路海运”航线运营服务'),
        ('e', '3．冷链物流、保税仓储及国际分拨配送中心（G5942）'),
        ('e', '4．智慧港口、自动化码头建设及港口物流信息平台运营'),
        ('e', '5．国际航空货运及“空海联运”物流服务'),
        ('e', '6．邮轮母港运营及邮轮物资供应服务'),
    ]
    render_catalog(d, items, cat)

    issuer = [org]
    region = '中国（福建）自由贸易试验区厦门片区'
    exp = [
        {'meta': meta(title='%s关于发布《%s》的公告' % (org, cat_title),
                      doc_number='厦自贸委公告〔2026〕1号', issuer=issuer, date='2026-01-15',
                      level='zone', region=region, effective='2026-02-01',
                      expires='2030-12-31', attachments=[cat_title], doc_type='公告',
                      publicity='此件公开发布',
                      repeals='中国（福建）自由贸易试验区厦门片区重点发展产业指导目录（2022年版）'),
         'clauses': notice},
        {'meta': meta(title=cat_title, issuer=issuer, date='2026-01-15', level='zone',
                      region=region, effective='2026-02-01', expires='2030-12-31',
                      doc_type='目录'),
         'clauses': cat},
    ]
    return d, 'blind479_xiamen_gonggao', exp


# ======================================================= document 3: Qinzhou
def doc_qinzhou():
    d = new_doc()
    orgs = ['钦州市发展和改革委员会', '钦州市商务局',
            '中国（广西）自由贸易试验区钦州港片区管理委员会']
    cat_title = '中国（广西）自由贸易试验区钦州港片区鼓励类产业目录（2026年版）'
    # joint header typed as a borderless layout table: organs left, 公告 right
    t = d.add_table(rows=3, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    right = t.cell(0, 1).merge(t.cell(2, 1))
    cell_write(t.cell(0, 0), '钦州市发展和改革委员会', font=XBS, size=20, align=DIST, color=RED)
    cell_write(t.cell(1, 0), '钦州市商务局', font=XBS, size=20, align=DIST, color=RED)
    cell_write(t.cell(2, 0), ['中国（广西）自由贸易试验区', 'BR', '钦州港片区管理委员会'],
               font=XBS, size=20, align=DIST, color=RED)
    cell_write(right, '公告', font=XBS, size=40, align=C, color=RED)
    t.autofit = False
    t.columns[0].width = Cm(11.5)
    t.columns[1].width = Cm(4.0)
    for row in t.rows:
        for tc, w in zip(row._tr.tc_lst, (11.5, 4.0)):
            tc.width = Cm(w)
    empty(d)
    p = P(d, '2026年第3号', align=C, indent=False)
    border(p, 'bottom', 'FF0000', 18, 8)
    empty(d)
    P(d, ['关于发布', 'BR', '《中国（广西）自由贸易试验区钦州港片区', 'BR',
          '鼓励类产业目录（2026年版）》的公告'],
      align=C, indent=False, font=XBS, size=22, exact=36)
    empty(d)
    notice = []
    # paragraphs indented with typed full-width spaces instead of first-line indent
    body = [
        '为贯彻落实《中国（广西）自由贸易试验区总体方案》和国家关于西部陆海新通道建设的决策部署，'
        '加快建设面向东盟的国际陆海贸易新通道门户港和向海经济集聚区，推动钦州港片区产业高质量发展，'
        '市发展改革委、市商务局、钦州港片区管委会联合修订了《%s》（以下简称《目录》）。现将有关事项'
        '公告如下：' % cat_title,
        '一、在钦州港片区内新设立或扩建的《目录》所列鼓励类产业项目，可按照国家和自治区有关规定'
        '申请享受西部大开发企业所得税优惠、产业扶持资金等政策。',
        '二、企业申请享受有关优惠政策时，其主营业务应属于《目录》所列条目，且主营业务收入占企业'
        '收入总额60%以上。',
        '三、《目录》由市发展改革委会同市商务局、钦州港片区管委会负责解释，并根据国家产业政策变化'
        '适时调整。',
        '四、本公告自2026年4月1日起施行，有效期至2031年3月31日。',
        '五、2021年3月发布的《中国（广西）自由贸易试验区钦州港片区鼓励类产业目录（2021年版）》'
        '自本公告施行之日起废止。',
        '特此公告。',
    ]
    for t_ in body:
        P(d, '　　' + t_, indent=False)
        notice.append(t_)
    P(d, ['附件：中国（广西）自由贸易试验区钦州港片区', 'BR',
          '　　　鼓励类产业目录（2026年版）'], indent=True)
    empty(d)
    # 落款 typed in a borderless table
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    cell_write(t.cell(0, 0), orgs[0], size=16, align=C)
    cell_write(t.cell(0, 1), orgs[1], size=16, align=C)
    m = t.cell(1, 0).merge(t.cell(1, 1))
    cell_write(m, ['中国（广西）自由贸易试验区', 'BR', '钦州港片区管理委员会'], size=16, align=R)
    P(d, '二〇二六年三月十日　　　', indent=False, align=R)
    empty(d)
    P(d, '（此件公开发布）')

    page_break(d)
    P(d, '附件', font=HT, indent=False, align=L)
    empty(d)
    P(d, ['中国（广西）自由贸易试验区钦州港片区', 'BR', '鼓励类产业目录（2026年版）'],
      align=C, indent=False, font=XBS, size=22, exact=36)
    empty(d)
    P(d, '说明', align=C, indent=False, font=KT, bold=True)
    cat = []
    notes = [
        '1.本目录依据《产业结构调整指导目录（2024年本）》《西部地区鼓励类产业目录（2025年本）》，'
        '结合钦州港片区产业基础和发展定位编制。',
        '2.本目录共分为农林牧渔业，制造业，交通运输、仓储和邮政业，科学研究和技术服务业4个门类，'
        '共20个条目。',
        '3.制造业条目以表格形式列示，“适用区域”栏所列区块以钦州港片区实施范围为限。',
        '4.条目后标注的行业代码参照《国民经济行业分类》（GB/T 4754—2017）。',
    ]
    for t_ in notes:
        P(d, t_); cat.append(t_)
    header = ['序号', '条目', '适用区域']
    mfg = [
        ['4', '石化产业链高端化学品及化工新材料制造（C2614、C2651）', '石化产业园'],
        ['5', '绿色化工及专项化学用品研发生产（C2662）', '石化产业园'],
        ['6', '新能源汽车整车及关键零部件制造（C3612、C3670）', '大榄坪港区'],
        ['7', '高档纸及纸板、高端纸制品制造（C2221）', '全片区'],
        ['8', '锂电池正负极材料、电解液制造及废旧电池回收利用（C3841、C4210）', '全片区'],
        ['9', '船舶修造及海洋工程装备制造（C3731、C3737）', '大榄坪港区'],
        ['10', '电子信息产品保税加工及检测维修（C3990）', '钦州保税港区'],
        ['11', '东盟进口天然橡胶精深加工及高性能橡胶制品制造（C2919）', '中马钦州产业园区'],
        ['12', '生物医药及医疗器械制造（C2720、C3584）', '中马钦州产业园区'],
    ]
    items = [
        ('h', '一、农林牧渔业'),
        ('e', '1.海水养殖良种繁育及深远海智能化养殖装备应用（A0411）'),
        ('e', '2.大蚝（近江牡蛎）、青蟹等特色水产品精深加工及冷链配送（C1361）'),
        ('e', '3.东盟进口粮油、热带水果等农产品加工：'),
        ('s', '（1）进口粮食、油料加工及饲料生产（C1331、C1320）'),
        ('s', '（2）进口热带水果分拣、包装、冷藏及果汁饮料加工（C1523）'),
        ('h', '二、制造业'),
        ('t', header, mfg, [1.6, 10.0, 4.0], ((2, 0, 1), (2, 7, 8))),
        ('h', '三、交通运输、仓储和邮政业'),
        ('e', '13.西部陆海新通道海铁联运班列及“钦州港—东盟”集装箱航线运营服务'),
        ('e', '14.中欧班列（钦州）、中越跨境班列集结组织及多式联运服务'),
        ('e', '15.自动化集装箱码头及智慧港口建设运营：'),
        ('s', '（1）自动化集装箱码头、堆场智能化改造'),
        ('s', '（2）港口物流信息平台及国际贸易“单一窗口”数据服务'),
        ('e', '16.保税仓储、冷链物流及国际分拨配送中心建设运营（G5942）'),
        ('e', '17.国际航行船舶保税燃料油加注及船舶供应服务'),
        ('h', '四、科学研究和技术服务业'),
        ('e', '18.海洋工程、港航技术研究和试验发展（M7320）'),
        ('e', '19.检验检测、认证及进出口商品质量安全检测服务（M7452）'),
        ('e', '20.面向东盟的技术转移、成果转化及知识产权服务（M7520）'),
    ]
    render_catalog(d, items, cat)

    # 版记 at the very end (after the attachment)
    empty(d, 2)
    p = P(d, '抄送：自治区发展改革委、自治区商务厅，中国（广西）自由贸易试验区工作办公室，'
             '市人民政府办公室。', indent=False, size=14, exact=24)
    border(p, 'top', '000000', 8, 2)
    border(p, 'bottom', '000000', 4, 2)
    p = P(d, '钦州市发展和改革委员会办公室　　　　　　　　2026年3月12日印发', indent=False,
          size=14, exact=24)
    border(p, 'bottom', '000000', 8, 2)

    region = '中国（广西）自由贸易试验区钦州港片区'
    exp = [
        {'meta': meta(title='关于发布《%s》的公告' % cat_title, doc_number='2026年第3号',
                      issuer=orgs, date='2026-03-10', published='2026-03-12',
                      level='municipal', region=region, effective='2026-04-01',
                      expires='2031-03-31', attachments=[cat_title], doc_type='公告',
                      publicity='此件公开发布',
                      repeals='中国（广西）自由贸易试验区钦州港片区鼓励类产业目录（2021年版）'),
         'clauses': notice},
        {'meta': meta(title=cat_title, issuer=orgs, date='2026-03-10', level='municipal',
                      region=region, effective='2026-04-01', expires='2031-03-31',
                      doc_type='目录'),
         'clauses': cat},
    ]
    return d, 'blind479_qinzhou_gonggao', exp


def main():
    expected = {}
    for fn in (doc_hunan, doc_xiamen, doc_qinzhou):
        d, stem, exp = fn()
        path = os.path.join(HERE, stem + '.docx')
        d.save(path)
        expected[stem] = exp
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_479', '--headless',
                        '--convert-to', 'pdf', '--outdir', HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
