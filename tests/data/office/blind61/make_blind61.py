# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 61: deep outlines as offices number them.

Writes next to itself:
  blind61_yunnan_shishifangan.docx/.pdf  provincial 实施方案 wrapped in a 办公厅 通知,
      five levels 一、/（一）/1./（1）/①, skipped levels, continuation paragraphs,
      （略）, X月X日前, （详见第三部分）, headings in Word 标题 1/2/3 (styleId 1/2/3)
      with hand-typed numbers.
  blind61_nanning_gongzuofangan.docx/.pdf  municipal 工作方案 wrapped in a 办公室 通知,
      tasks in a table 序号/重点任务/具体措施/牵头单位/完成时限 with category rows
      merged across the table and 1. 2. 3. lists inside the 具体措施 cells.
  expected.json
Run: python make_blind61.py  (needs python-docx; soffice for the PDFs)
"""
import json
import os
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
N = 61

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
SONG = '宋体'
LINE = Pt(27)


# ---------------------------------------------------------------- helpers
def set_rfonts(rpr_parent_run_or_style_font_el, east, ascii_='Times New Roman'):
    rpr = rpr_parent_run_or_style_font_el
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.insert(0, rfonts)
    for a in ('w:asciiTheme', 'w:eastAsiaTheme', 'w:hAnsiTheme', 'w:cstheme'):
        if rfonts.get(qn(a)) is not None:
            del rfonts.attrib[qn(a)]
    rfonts.set(qn('w:ascii'), ascii_)
    rfonts.set(qn('w:hAnsi'), ascii_)
    rfonts.set(qn('w:eastAsia'), east)
    rfonts.set(qn('w:cs'), ascii_)


def run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.bold = bold
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    set_rfonts(r._element.get_or_add_rPr(), font)
    return r


def fmt(p, align=None, indent=True, spacing=LINE, left=None, right=None):
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = spacing
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    return p


def body(doc, text, font=FS, size=16, **kw):
    p = doc.add_paragraph()
    fmt(p, **kw)
    if text:
        run(p, text, font, size)
    return p


def blank(doc, n=1):
    for _ in range(n):
        body(doc, '', indent=False)


def border(p, side='bottom', color='FF0000', sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn('w:pBdr'))
    if bdr is None:
        bdr = OxmlElement('w:pBdr')
        ppr.append(bdr)
    e = OxmlElement('w:' + side)
    e.set(qn('w:val'), 'single')
    e.set(qn('w:sz'), str(sz))
    e.set(qn('w:space'), '1')
    e.set(qn('w:color'), color)
    bdr.append(e)


def page_field(p, size=14):
    run(p, '— ', SONG, size)
    r = p.add_run()
    r.font.size = Pt(size)
    set_rfonts(r._element.get_or_add_rPr(), SONG)
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    for e in (f1, it, f2, t, f3):
        r._element.append(e)
    run(p, ' —', SONG, size)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.footer_distance = Mm(25)
    st = doc.styles['Normal']
    st.font.size = Pt(16)
    set_rfonts(st.element.get_or_add_rPr(), FS)
    doc.settings.odd_and_even_pages_header_footer = True
    fo = s.footer.paragraphs[0]
    fmt(fo, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, spacing=Pt(20), right=Pt(14))
    page_field(fo)
    fe = s.even_page_footer.paragraphs[0]
    fmt(fe, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, spacing=Pt(20), left=Pt(14))
    page_field(fe)


def red_head(doc, org, docno):
    p = body(doc, '', indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=Pt(60))
    run(p, org, XBS, 34, color='FF0000')
    blank(doc)
    p = body(doc, docno, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, 'bottom', 'FF0000', 18)
    blank(doc)


def title(doc, text):
    p = body(doc, '', indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=Pt(36))
    run(p, text, XBS, 22)
    return p


def signature(doc, org, date_cn):
    blank(doc, 2)
    body(doc, org, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64))
    body(doc, date_cn, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64))
    body(doc, '（此件公开发布）')


def banji(doc, chaosong, org, date_cn):
    blank(doc)
    p = body(doc, '', indent=False, spacing=Pt(22), left=Pt(14), right=Pt(14))
    border(p, 'top', '000000', 8)
    run(p, '抄送：', FS, 14)
    run(p, chaosong, FS, 14)
    border(p, 'bottom', '000000', 4)
    p = body(doc, '', indent=False, spacing=Pt(22), left=Pt(14), right=Pt(14))
    pf = p.paragraph_format
    pf.tab_stops.add_tab_stop(Cm(15.6) - Pt(28), alignment=2)  # right tab
    run(p, org, FS, 14)
    run(p, '\t' + date_cn, FS, 14)
    border(p, 'bottom', '000000', 8)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def rename_heading_ids(doc):
    """Chinese Word stores 标题 1/2/3 as styleId 1/2/3 (name 'heading 1' etc.)."""
    styles_el = doc.styles.element
    mapping = {}
    for name, new_id, font, bold in (('Heading 1', '1', HT, False), ('Heading 2', '2', KT, False), ('Heading 3', '3', FS, True)):
        st = doc.styles[name]
        mapping[st.style_id] = new_id
        st.style_id = new_id
        st.font.size = Pt(16)
        st.font.bold = bold
        st.font.italic = False
        st.font.color.rgb = RGBColor(0, 0, 0)
        set_rfonts(st.element.get_or_add_rPr(), font)
        pf = st.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = LINE
        pf.first_line_indent = Pt(32)
        pf.keep_with_next = True
    for el in styles_el.iter():
        if el.tag in (qn('w:basedOn'), qn('w:next'), qn('w:link')):
            v = el.get(qn('w:val'))
            if v in mapping:
                el.set(qn('w:val'), mapping[v])


# --------------------------------------------------------------- file (a)
A_STEM = 'blind61_yunnan_shishifangan'
A_ORG = '云南省人民政府办公厅'
A_NO = '云政办发〔2024〕37号'
A_TITLE = '云南省人民政府办公厅关于印发云南省高质量共建“一带一路”推进中国（云南）自由贸易试验区提升发展实施方案的通知'
A_PLAN = '云南省高质量共建“一带一路”推进中国（云南）自由贸易试验区提升发展实施方案'
A_ZHUSONG = '各州、市人民政府，省直各委、办、厅、局：'
A_NOTICE_BODY = '《' + A_PLAN + '》已经省人民政府同意，现印发给你们，请结合实际认真贯彻落实。'

# ('H', level, text) heading typed with its number, Word 标题 level
# ('C', label, text)  a body paragraph that opens a clause
# ('+', text)         a paragraph without number continuing the clause before it
A_BODY = [
    ('C', '', '为贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，推动中国（云南）自由贸易试验区（以下简称云南自贸试验区）提升发展，制定本实施方案。'),
    ('H', 1, '一、总体要求'),
    ('H', 2, '（一）指导思想'),
    ('C', '一、（一）', '以习近平新时代中国特色社会主义思想为指导，以制度创新为核心，以服务共建“一带一路”为主线，推动昆明、红河、德宏3个片区差异化探索。'),
    ('H', 2, '（二）主要目标'),
    ('C', '一、（二）', '到2025年，累计形成省级以上制度创新成果100项以上。'),
    ('+', '到2027年，基本建成高水平自由贸易园区。'),
    ('H', 1, '二、重点任务'),
    ('H', 2, '（一）提升贸易便利化水平'),
    ('H', 3, '1. 深化国际贸易“单一窗口”建设'),
    ('C', '二、（一）1.（1）', '（1）推动与老挝、缅甸、越南口岸数据互联互通，2024年底前上线原产地证书联网核查功能。'),
    ('C', '二、（一）1.（2）', '（2）创新口岸通关模式。在磨憨、瑞丽、河口口岸推行：'),
    ('C', '二、（一）1.（2）①', '①对鲜活农产品实施“即查即放”；'),
    ('C', '二、（一）1.（2）②', '②对中老铁路国际货物列车实施“车边验放”；'),
    ('C', '二、（一）1.（2）③', '③探索“互市贸易+落地加工”模式（详见第三部分）。'),
    ('C', '二、（一）2.', '2. 推动中老铁路沿线开放发展。加快建设昆明国际陆港和磨憨国际物流枢纽，推动“中老铁路+中欧班列”常态化运行。'),
    ('+', '支持昆明片区2025年底前实现多式联运“一单制”。'),
    ('+', '相关金融支持政策由省财政厅另行制定。'),
    ('H', 2, '（二）扩大投资领域开放'),
    ('C', '二、（二）1.', '1. 落实外商投资准入前国民待遇加负面清单管理制度。'),
    ('C', '二、（二）2.', '2. 支持德宏片区建设中缅跨境产业合作园区。（略）'),
    ('C', '二、（二）3.', '3. 各州、市于每年X月X日前报送重点外资项目清单。'),
    ('H', 2, '（三）推进金融开放创新'),
    ('H', 3, '1. 扩大人民币跨境使用'),
    ('C', '二、（三）1.（1）', '（1）支持银行机构为边民互市提供人民币跨境结算服务。'),
    ('C', '二、（三）1.（2）', '（2）推动沿边金融改革与自贸试验区联动，试点事项如下：'),
    ('C', '二、（三）1.（2）①', '①开展人民币与老挝基普、越南盾兑换业务试点；'),
    ('C', '二、（三）1.（2）②', '②支持跨国企业集团开展跨境双向人民币资金池业务；'),
    ('C', '二、（三）1.（2）③', '③（略）。'),
    ('H', 3, '2. 防范跨境金融风险'),
    ('C', '二、（三）2.', '加强跨境资金流动监测，守住系统性金融风险底线。'),
    ('H', 1, '三、改革试点任务'),
    ('C', '三、1.', '1. 开展“互市贸易+落地加工”监管模式试点。在瑞丽、河口边民互市贸易区开展试点。'),
    ('+', '试点期间，昆明海关、省税务局建立联合监管机制，每季度通报试点情况。'),
    ('C', '三、2.', '2. 在德宏片区开展跨境劳务合作试点，具体办法由省人力资源社会保障厅于2024年X月X日前制定。'),
    ('C', '三、3.', '3. 其他试点任务按照《中国（云南）自由贸易试验区深化改革创新试点任务清单》执行（略）。'),
    ('H', 1, '四、保障措施'),
    ('H', 2, '（一）加强组织领导'),
    ('C', '四、（一）', '省推进“一带一路”建设工作领导小组统筹推进本方案实施。'),
    ('H', 2, '（二）强化政策支持'),
    ('C', '四、（二）（1）', '（1）省级财政安排专项资金支持片区制度创新。'),
    ('C', '四、（二）（2）', '（2）各州、市要在用地、用能等方面给予倾斜支持。'),
    ('H', 2, '（三）做好督促评估'),
    ('C', '四、（三）', '省商务厅要对重点任务（详见第二部分）实行清单化管理，每年X月X日前将上年度实施情况报省人民政府。'),
    ('C', '', '本方案自印发之日起施行，有效期至2027年12月31日。'),
]
A_CHAOSONG = '省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，云南省军区。'

# where / when the reader's applies view should show (only where the text names it)
A_APPLIES = {
    '一、（一）': {'where': ['昆明片区', '红河片区', '德宏片区'], 'why': '“推动昆明、红河、德宏3个片区差异化探索” — all three 片区 of 云南自贸试验区; 云南省 as a whole also fine'},
    '一、（二）': {'when': ['到2025年', '到2027年'], 'where': ['中国（云南）自由贸易试验区']},
    '二、（一）1.（1）': {'when': ['2024年底前'], 'where': ['云南省（与老挝、缅甸、越南口岸互联）'], 'why': '老挝/缅甸/越南 are partners, not where the measure applies'},
    '二、（一）1.（2）': {'where': ['磨憨口岸', '瑞丽口岸', '河口口岸']},
    '二、（一）1.（2）②': {'where': ['中老铁路']},
    '二、（一）2.': {'when': ['2025年底前'], 'where': ['昆明国际陆港', '磨憨国际物流枢纽', '昆明片区（一单制）', '中老铁路沿线']},
    '二、（二）2.': {'where': ['德宏片区']},
    '二、（二）3.': {'when': ['每年X月X日前 (blank in the original; no concrete date should be invented)']},
    '三、1.': {'where': ['瑞丽边民互市贸易区', '河口边民互市贸易区']},
    '三、2.': {'where': ['德宏片区'], 'when': ['2024年X月X日前 (blank; year 2024 only)']},
    '四、（三）': {'when': ['每年X月X日前 (blank)']},
    '': {'when': ['effective 2024-06-18 (自印发之日起, 印发 date on the 版记 is 2024-06-19, 成文 2024-06-18; either tolerated)', 'expires 2027-12-31']},
}


def build_a():
    doc = Document()
    setup(doc)
    rename_heading_ids(doc)
    red_head(doc, A_ORG + '文件', A_NO)
    title(doc, A_TITLE)
    blank(doc)
    body(doc, A_ZHUSONG, indent=False)
    body(doc, A_NOTICE_BODY)
    signature(doc, A_ORG, '2024年6月18日')
    page_break(doc)
    title(doc, A_PLAN)
    blank(doc)
    for e in A_BODY:
        if e[0] == 'H':
            p = doc.add_paragraph(style=doc.styles['Heading %d' % e[1]])
            p.add_run(e[2])
        elif e[0] == 'C':
            body(doc, e[2])
        else:
            body(doc, e[1])
    banji(doc, A_CHAOSONG, A_ORG, '2024年6月19日印发')
    doc.core_properties.title = ''
    doc.core_properties.author = 'ynzf'
    path = os.path.join(HERE, A_STEM + '.docx')
    doc.save(path)
    return path


def clauses_from(entries):
    out = []
    heads = {}
    for e in entries:
        if e[0] == 'H':
            heads[e[1]] = e[2]
            for k in list(heads):
                if k > e[1]:
                    del heads[k]
        elif e[0] == 'C':
            out.append({'label': e[1], 'text': e[2], 'paragraphs': 1,
                        'headings': [heads[k] for k in sorted(heads)]})
        else:
            out[-1]['text'] += '\n' + e[1]
            out[-1]['paragraphs'] += 1
    return out


# --------------------------------------------------------------- file (b)
B_STEM = 'blind61_nanning_gongzuofangan'
B_ORG = '南宁市人民政府办公室'
B_NO = '南府办〔2024〕19号'
B_PLAN = '南宁市服务共建“一带一路”加快中国（广西）自由贸易试验区南宁片区建设2024年工作方案'
B_TITLE = '南宁市人民政府办公室关于印发' + B_PLAN + '的通知'
B_ZHUSONG = '各县（市、区）人民政府，市政府各组成部门、各直属机构，各开发区管委会：'
B_NOTICE_BODY = '经市人民政府同意，现将《' + B_PLAN + '》印发给你们，请认真组织实施。'
B_PRE = '为深入贯彻落实《中国（广西）自由贸易试验区总体方案》和自治区关于高质量共建“一带一路”的部署要求，加快推进中国（广西）自由贸易试验区南宁片区（以下简称南宁片区）建设，结合我市实际，制定本方案。'
B_GOAL = '2024年，南宁片区新设立企业5000家以上，实际使用外资增长10%以上，对东盟进出口额占全市比重达到45%以上，形成制度创新成果10项以上，面向东盟的金融开放门户核心区建设取得新进展。'
B_TASK_INTRO = '围绕贸易投资便利化、金融开放创新和互联互通三个方面，确定2024年重点任务8项，具体如下表。'
B_HDR = ['序号', '重点任务', '具体措施', '牵头单位', '完成时限']
B_ROWS = [
    ('（一）推进贸易投资自由化便利化',),
    ('1', '提升跨境贸易便利化水平', ['1.推进中国—东盟跨境贸易“单一窗口”建设，上线跨境结算、物流查询等功能模块。', '2.在南宁国际铁路港推广“铁路快通”模式，实现铁路进出口货物“一次申报、一次查验、一次放行”。', '3.进出口整体通关时间较2023年压缩10%以上。'], '南宁海关、市商务局', '2024年12月底前'),
    ('2', '打造跨境电商发展高地', ['1.推动跨境电商综合试验区与南宁片区政策叠加，新增跨境电商海外仓5个以上。', '2.培育跨境电商年交易额超亿元企业10家。'], '市商务局', '2024年10月底前'),
    ('3', '深化外商投资管理改革', ['1.全面实施外商投资准入前国民待遇加负面清单管理制度。', '2.推行外资企业设立“一网通办”，办理时限压缩至1个工作日。', '3.建立外资企业圆桌会议制度，每季度召开1次。'], '市投资促进局、市市场监管局', '持续推进'),
    ('（二）深化金融开放创新',),
    ('4', '建设面向东盟的金融开放门户核心区', ['1.引进东盟国家金融机构设立分支机构3家以上。', '2.扩大人民币在对东盟贸易投资中的使用，跨境人民币结算量增长15%以上。'], '市委金融办、人民银行广西区分行', '2024年12月底前'),
    ('5', '推进跨境金融服务创新', ['支持区内银行开展跨境贸易投资高水平开放试点，为优质企业提供跨境资金结算便利。'], '市委金融办', '2024年6月底前'),
    ('（三）服务共建“一带一路”互联互通',),
    ('6', '加快西部陆海新通道南宁段建设', ['1.推动南宁国际铁路港扩能改造，开行中越跨境班列300列以上。', '2.加密南宁至北部湾港海铁联运班列。', '3.推进南宁临空经济示范区与南宁片区联动发展。'], '市交通运输局、市口岸办', '2024年12月底前'),
    ('7', '拓展中国—东盟航空枢纽功能', ['1.新开或加密南宁至东盟国家航线4条以上。', '2.推动南宁吴圩国际机场航空货运量增长8%以上。'], '市口岸办、南宁吴圩国际机场', '2024年11月底前'),
    ('8', '深化中国—东盟产业合作', ['1.推进中国—东盟产业合作区南宁片区建设，引进东盟国家投资项目10个以上。', '2.举办第21届中国—东盟博览会南宁片区专场推介活动。'], '市工业和信息化局、市投资促进局', '2024年9月底前'),
]
B_SAFE = [
    ('三、（一）', '（一）加强统筹调度。', '市自由贸易试验区工作领导小组办公室（设在市商务局，以下简称市自贸办）负责统筹协调本方案实施，每季度召开1次工作调度会。', []),
    ('三、（二）', '（二）强化要素保障。', '市财政局、市自然资源局等部门要在资金、用地等方面对南宁片区重点任务给予优先保障。', []),
    ('三、（三）', '（三）严格督查考核。', '各牵头单位于每季度结束后5个工作日内将任务进展情况报送市自贸办，市自贸办将任务完成情况纳入年度绩效考评。', ['表中列有多个牵头单位的，排在第一位的为主要责任单位，其他单位按职责分工配合。']),
]
B_CHAOSONG = '市委各部门，市人大常委会办公室，市政协办公室，市监委，市中级法院，市检察院，南宁警备区。'
B_APPLIES_ROW = {
    '1': {'where': ['南宁片区', '南宁国际铁路港'], 'when': ['2024年12月底前']},
    '2': {'where': ['南宁片区'], 'when': ['2024年10月底前']},
    '3': {'where': ['南宁片区'], 'when': ['持续推进 (no deadline)']},
    '4': {'where': ['南宁片区'], 'when': ['2024年12月底前']},
    '5': {'where': ['南宁片区（区内）'], 'when': ['2024年6月底前']},
    '6': {'where': ['南宁国际铁路港', '南宁临空经济示范区', '南宁片区'], 'when': ['2024年12月底前'], 'why': '北部湾港 is the other end of a 班列, not where it applies'},
    '7': {'where': ['南宁吴圩国际机场', '南宁市'], 'when': ['2024年11月底前']},
    '8': {'where': ['中国—东盟产业合作区南宁片区'], 'when': ['2024年9月底前']},
}


def set_cell(cell, paras, font=FS, size=10.5, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False):
    if isinstance(paras, str):
        paras = [paras]
    first = True
    for t in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt(p, align=align, indent=False, spacing=Pt(16))
        run(p, t, font, size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader')
    h.set(qn('w:val'), 'true')
    trpr.append(h)


def build_b():
    doc = Document()
    setup(doc)
    red_head(doc, B_ORG + '文件', B_NO)
    title(doc, B_TITLE)
    blank(doc)
    body(doc, B_ZHUSONG, indent=False)
    body(doc, B_NOTICE_BODY)
    signature(doc, B_ORG, '2024年4月12日')
    page_break(doc)
    title(doc, B_PLAN)
    blank(doc)
    body(doc, B_PRE)
    body(doc, '一、工作目标', HT)
    body(doc, B_GOAL)
    body(doc, '二、重点任务', HT)
    body(doc, B_TASK_INTRO)
    widths = [Cm(1.2), Cm(2.8), Cm(6.6), Cm(2.7), Cm(2.3)]
    t = doc.add_table(rows=1, cols=5)
    t.style = doc.styles['Table Grid']
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w.twips)))
    for i, h in enumerate(B_HDR):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for r in B_ROWS:
        row = t.add_row()
        if len(r) == 1:
            m = row.cells[0].merge(row.cells[4])
            set_cell(m, r[0], KT, 10.5, WD_ALIGN_PARAGRAPH.LEFT, bold=True)
        else:
            set_cell(row.cells[0], r[0], FS, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
            set_cell(row.cells[1], r[1])
            set_cell(row.cells[2], r[2])
            set_cell(row.cells[3], r[3], align=WD_ALIGN_PARAGRAPH.CENTER)
            set_cell(row.cells[4], r[4], align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[min(i, 4)]
    body(doc, '三、保障措施', HT)
    for lab, head, txt, cont in B_SAFE:
        p = body(doc, '')
        run(p, head, KT, 16, bold=True)
        run(p, txt)
        for c in cont:
            body(doc, c)
    banji(doc, B_CHAOSONG, B_ORG, '2024年4月15日印发')
    doc.core_properties.author = 'nnzfb'
    path = os.path.join(HERE, B_STEM + '.docx')
    doc.save(path)
    return path


def row_text(r):
    return '；'.join('%s：%s' % (h, v) for h, v in zip(B_HDR, [r[0], r[1], '\n'.join(r[2]), r[3], r[4]]))


def expected():
    a_plan_clauses = clauses_from(A_BODY)
    for c in a_plan_clauses:
        if c['label'] and c['label'] in A_APPLIES:
            c['applies'] = A_APPLIES[c['label']]
    a_plan_clauses[-1]['applies'] = A_APPLIES['']
    a_plan_clauses[-1]['_label_note'] = 'closing paragraph; no number. Label "" (document level) expected; attaching it to 四、（三） tolerated (low).'
    a = [
        {'meta': {'title': A_TITLE, 'doc_number': A_NO, 'issuer': A_ORG, 'date': '2024-06-18',
                  'level': 'provincial', 'region': '云南省'},
         'clauses': [{'label': '', 'text': A_NOTICE_BODY, 'paragraphs': 1, 'headings': []}]},
        {'meta': {'title': A_PLAN, 'doc_number': None, 'issuer': A_ORG, 'date': '2024-06-18',
                  'level': 'provincial', 'region': '云南省', 'effective': '2024-06-18', 'expires': '2027-12-31'},
         'clauses': a_plan_clauses},
    ]
    a_note = ('Furniture, never clauses: the red 版头 “云南省人民政府办公厅文件”, the 文号 line, 主送 line “' + A_ZHUSONG + '”, signature “云南省人民政府办公厅”/“2024年6月18日”, “（此件公开发布）”, '
              'the plan title at the top of page 2 (it is the 方案’s title, meta not clause), the footer page numbers “— 1 —”, the 版记 (抄送 line and “云南省人民政府办公厅 2024年6月19日印发”). '
              'Headings (Word 标题 1/2/3, styleId 1/2/3, numbers typed by hand: 一、 / （一） / 1.) are not clauses of their own; they make up the label and may be shown as the heading path. '
              'Label = full outline position: 二、（一）1.（2）① etc.; skipped levels stay skipped (三、1. is 1. directly under 三、; 四、（二）（1） is （1） directly under （二）). '
              'A heading-3 “2. 防范跨境金融风险” with an unnumbered paragraph under it gives 二、（三）2. for that paragraph. '
              'Paragraphs joined by \\n in one clause belong together: 一、（二） (2 paragraphs), 二、（一）2. (3), 三、1. (2); they must not become separate clauses with other labels or with no label. '
              'Tolerated: number prefix (（1）, ①, 2.) stripped from the text into the label; ASCII/fullwidth dot or space differences in labels; ①②③ merged into their （2） parent (medium if merged, high if lost); headings emitted as extra short clauses carrying the right label (low); '
              'the 通知 and the 方案 read as one document with the 通知 meta (then the 方案 effective/expires must still be found); the 方案 inheriting doc_number 云政办发〔2024〕37号; issuer 云南省人民政府 for the 方案. '
              '“（略）”, “X月X日前” and “（详见第三部分）” are printed text and must stay in their clause as printed; “X月X日” must not be read as a date. '
              '“applies” on a clause lists where/when the text names; 老挝/缅甸/越南 are partner countries, not places the rule applies to.')
    b_rows = []
    cat = None
    for r in B_ROWS:
        if len(r) == 1:
            cat = r[0]
            continue
        c = {'label': '二、' + cat[:3] + r[0], 'text': row_text(r), 'paragraphs': 1, 'measures_in_cell': len(r[2]), 'headings': ['二、重点任务', cat]}
        c['applies'] = B_APPLIES_ROW[r[0]]
        b_rows.append(c)
    b_plan = [
        {'label': '', 'text': B_PRE, 'paragraphs': 1, 'headings': []},
        {'label': '一、', 'text': B_GOAL, 'paragraphs': 1, 'headings': ['一、工作目标'], 'applies': {'where': ['南宁片区'], 'when': ['2024年']}},
        {'label': '二、', 'text': B_TASK_INTRO, 'paragraphs': 1, 'headings': ['二、重点任务']},
    ] + b_rows
    for lab, head, txt, cont in B_SAFE:
        b_plan.append({'label': lab, 'text': '\n'.join([head + txt] + cont), 'paragraphs': 1 + len(cont), 'headings': ['三、保障措施']})
    b = [
        {'meta': {'title': B_TITLE, 'doc_number': B_NO, 'issuer': B_ORG, 'date': '2024-04-12',
                  'level': 'municipal', 'region': '广西壮族自治区南宁市'},
         'clauses': [{'label': '', 'text': B_NOTICE_BODY, 'paragraphs': 1, 'headings': []}]},
        {'meta': {'title': B_PLAN, 'doc_number': None, 'issuer': B_ORG, 'date': '2024-04-12',
                  'level': 'municipal', 'region': '广西壮族自治区南宁市'},
         'clauses': b_plan},
    ]
    b_note = ('Furniture, never clauses: red 版头 “南宁市人民政府办公室文件”, 文号 line, 主送 line, signature/date, “（此件公开发布）”, the plan title at the top of page 2 (meta, not a clause), page numbers, the 版记 (抄送, “南宁市人民政府办公室 2024年4月15日印发”), '
              'the table header row 序号/重点任务/具体措施/牵头单位/完成时限 (repeated at the top of page 3 in the PDF, where row 2 “打造跨境电商发展高地” is split across the page break: the header must not become a row of its own and row 2 must stay one clause), and the category rows merged across the table '
              '（一）推进贸易投资自由化便利化 / （二）深化金融开放创新 / （三）服务共建“一带一路”互联互通 — these are headings: they belong in the label/heading path of the rows under them, not in a row’s text. '
              'One clause per task row, label 二、<category>序号 (e.g. 二、（二）4); the 具体措施 cell’s own 1. 2. 3. paragraphs stay inside that row’s clause (joined by \\n here; any separator tolerated). '
              'Tolerated: row label written as 二、4 or 序号4 (low); the cell list split into sub-clauses only if each keeps the row’s 重点任务, 牵头单位 and 完成时限 (medium otherwise); category row emitted as an extra short clause (low). '
              'Not tolerated: rows cut at a page break into two clauses, 具体措施 items landing in another row, 牵头单位/完成时限 lost or attached to the wrong row. '
              '三、（三） has a second unnumbered paragraph which belongs to it. Run-in headings （一）加强统筹调度。 are in 楷体 bold within the same paragraph. '
              'Tolerated: 通知 and 方案 as one document with the 通知 meta; the 方案 inheriting the 文号. “持续推进” is not a deadline.')
    for d in a:
        d['_note'] = a_note
    for d in b:
        d['_note'] = b_note
    return {A_STEM: a, B_STEM: b}


def to_pdf(path):
    soffice = shutil.which('soffice') or shutil.which('libreoffice')
    if not soffice:
        print('soffice not found; PDF skipped for', path, file=sys.stderr)
        return
    subprocess.run([soffice, '--headless', '--convert-to', 'pdf', '--outdir', HERE, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


if __name__ == '__main__':
    pa = build_a()
    pb = build_b()
    for p in (pa, pb):
        to_pdf(p)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected(), f, ensure_ascii=False, indent=1)
    print('wrote', pa, pb, 'and expected.json')
