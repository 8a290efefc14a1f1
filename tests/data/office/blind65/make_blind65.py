# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 65: documents that change other documents' force (Yunnan, fictional).

Writes next to itself:
  blind65_yunnan_kuajing.docx/.pdf   (b) 云政办规〔2020〕4号  跨境电商扶持办法 (第X条)
  blind65_yunnan_cuoshi.docx         (c) 云政办发〔2021〕28号 一带一路若干措施 (一、（一）1.)
  blind65_yunnan_bianmao.docx        (d) 云政办发〔2020〕17号 边境贸易若干意见
  blind65_yunnan_tiaozheng.docx/.pdf (a) 云政办发〔2023〕47号 调整部分规范性文件有效期 (prose + 附件 table)
  blind65_yunnan_yanxu.docx          (e) 云政办发〔2024〕61号 second extension, resumes a suspended item
  expected.json
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HEI = '黑体'
KAI = '楷体_GB2312'
XBS = '方正小标宋简体'
SONG = '宋体'
RED = RGBColor(0xE6, 0x00, 0x12)
SZ3 = Pt(16)
SZ4 = Pt(14)
SZ2 = Pt(22)
LINE = Pt(29)


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = size
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.insert(0, rfonts)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent_chars=0, left=None, right=None, line=LINE, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if indent_chars:
        pf.first_line_indent = Pt(16 * indent_chars)
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    return p


def para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2, **kw):
    """parts: list of (text, font) or a plain string (仿宋)."""
    p = doc.add_paragraph()
    fmt(p, align=align, indent_chars=indent_chars, **kw)
    if isinstance(parts, str):
        parts = [(parts, FS)]
    for text, font in parts:
        r = p.add_run(text)
        set_font(r, font, SZ3)
    return p


def blank(doc, n=1, line=LINE):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, line=line)


def border(p, side, color='E60012', sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn('w:pBdr'))
    if pbdr is None:
        pbdr = OxmlElement('w:pBdr')
        ppr.append(pbdr)
    el = OxmlElement('w:' + side)
    el.set(qn('w:val'), 'single')
    el.set(qn('w:sz'), str(sz))
    el.set(qn('w:space'), '1')
    el.set(qn('w:color'), color)
    pbdr.append(el)


def add_page_field(p, font, size):
    r = p.add_run('— ')
    set_font(r, font, size)
    r = p.add_run()
    set_font(r, font, size)
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(' —')
    set_font(r, font, size)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Mm(210); sec.page_height = Mm(297)
    sec.top_margin = Mm(37); sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28); sec.right_margin = Mm(26)
    sec.footer_distance = Mm(24)
    # odd/even page numbers (GB/T 9704: odd right, even left, 1 char in)
    settings = doc.settings.element
    eo = OxmlElement('w:evenAndOddHeaders')
    settings.append(eo)
    fo = sec.footer.paragraphs[0]
    fmt(fo, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(14), line=Pt(18))
    add_page_field(fo, SONG, SZ4)
    fe = sec.even_page_footer.paragraphs[0]
    fmt(fe, align=WD_ALIGN_PARAGRAPH.LEFT, left=Pt(14), line=Pt(18))
    add_page_field(fe, SONG, SZ4)
    st = doc.styles['Normal']
    st.font.name = FS; st.font.size = SZ3
    st.element.rPr.rFonts.set(qn('w:eastAsia'), FS)
    return doc


def red_head(doc, org_mark, doc_number):
    blank(doc, 1)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(60))
    r = p.add_run(org_mark); set_font(r, XBS, Pt(34), color=RED)
    blank(doc, 2)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(24))
    r = p.add_run(doc_number); set_font(r, FS, SZ3)
    border(p, 'bottom', sz=18)
    blank(doc, 1)


def title(doc, lines):
    for ln in lines:
        p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
        r = p.add_run(ln); set_font(r, XBS, SZ2)
    blank(doc, 1)


def addressee(doc, text):
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    r = p.add_run(text); set_font(r, FS, SZ3)


def signature(doc, issuer, date_cn, public=True):
    blank(doc, 2)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64))
    r = p.add_run(issuer); set_font(r, FS, SZ3)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64))
    r = p.add_run(date_cn); set_font(r, FS, SZ3)
    if public:
        p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=2)
        r = p.add_run('（此件公开发布）'); set_font(r, FS, SZ3)


def banji(doc, cc, printer, print_date, gap=3):
    """版记 at the end of the last page: 抄送 and 印发 between rules."""
    blank(doc, gap)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, left=Pt(14), right=Pt(14), line=Pt(24))
    border(p, 'top', color='000000', sz=8)
    border(p, 'bottom', color='000000', sz=4)
    r = p.add_run(cc); set_font(r, FS, SZ4)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, left=Pt(14), right=Pt(14), line=Pt(24))
    border(p, 'bottom', color='000000', sz=8)
    r = p.add_run(printer + '\u3000' * 8 + print_date + '印发'); set_font(r, FS, SZ4)


def page_break(doc):
    p = doc.add_paragraph(); fmt(p)
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, font=FS, size=Pt(12), bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ''
    p = cell.paragraphs[0]
    fmt(p, align=align, line=Pt(18))
    r = p.add_run(text); set_font(r, font, size, bold=bold)


def body_items(doc, items):
    """items: list of (kind, text). kind: p (plain), h1 (一、 heading in 黑体, own line),
    h2 (（一）lead in 楷体 + text in 仿宋: text given as (lead, rest)), art (第X条 lead bold-ish 黑体 + rest)."""
    for kind, text in items:
        if kind == 'p':
            para(doc, text)
        elif kind == 'h1':
            para(doc, [(text, HEI)])
        elif kind == 'h2':
            lead, rest = text
            para(doc, [(lead, KAI), (rest, FS)])
        elif kind == 'art':
            lead, rest = text
            para(doc, [(lead, HEI), ('\u3000' + rest, FS)])


def joined(kind, text):
    if kind in ('h2',):
        return text[0] + text[1]
    if kind == 'art':
        return text[0] + '\u3000' + text[1]
    return text


OFFICE = '云南省人民政府办公厅'
MARK = '云南省人民政府办公厅文件'
MAIN_TO = '各州、市人民政府，省直各委、办、厅、局：'
CC = '抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，云南省军区。'

# ---------------------------------------------------------------- (b) 跨境电商扶持办法
B_NUM = '云政办规〔2020〕4号'
B_TITLE = '云南省人民政府办公厅关于印发中国（云南）自由贸易试验区跨境电子商务发展扶持办法的通知'
B_TITLE_LINES = ['云南省人民政府办公厅关于印发中国（云南）', '自由贸易试验区跨境电子商务发展', '扶持办法的通知']
B_MEASURE = '中国（云南）自由贸易试验区跨境电子商务发展扶持办法'
B_NOTICE = [('p', '《中国（云南）自由贸易试验区跨境电子商务发展扶持办法》已经省人民政府同意，现印发给你们，请认真贯彻执行。')]
B_ARTS = [
    ('第一条', '为加快中国（云南）自由贸易试验区（以下简称自贸试验区）跨境电子商务发展，推动面向南亚东南亚辐射中心建设，服务和融入“一带一路”建设，根据《中国（云南）自由贸易试验区总体方案》（国发〔2019〕16号）等有关规定，结合实际，制定本办法。'),
    ('第二条', '本办法适用于在自贸试验区昆明片区、红河片区、德宏片区依法注册登记、具有独立法人资格，从事跨境电子商务进出口业务的企业。'),
    ('第三条', '省级财政每年从省级商务发展专项资金中安排资金，用于支持自贸试验区跨境电子商务发展。专项资金按照“公开透明、注重绩效、总量控制”的原则使用和管理。'),
    ('第四条', '对年度跨境电子商务进出口额首次超过1000万美元、5000万美元的企业，分别给予一次性奖励50万元、100万元。'),
    ('第五条', '对在“一带一路”沿线国家和地区新建或者租用跨境电子商务海外仓，且面积不低于2000平方米的企业，按照实际投资额或者租金的30%给予补助，单个企业每年补助最高不超过200万元。'),
    ('第六条', '对跨境电子商务企业通过中老铁路、昆曼公路等国际物流通道发运跨境电子商务货物的，按照实际物流费用的10%给予补助，单个企业每年补助最高不超过100万元。'),
    ('第七条', '对经省商务厅认定的跨境电子商务产业园区，按照园区年度公共服务平台建设运营费用的50%给予补助，单个园区每年补助最高不超过300万元。'),
    ('第八条', '同一企业同一项目已获得其他省级财政资金支持的，不得重复申报本办法资金。'),
    ('第九条', '申报企业应当于每年3月31日前通过所在片区管理委员会向省商务厅提交申请材料。省商务厅会同省财政厅组织审核，审核结果在省商务厅门户网站公示5个工作日。'),
    ('第十条', '对弄虚作假、骗取套取专项资金的，依法依规追回资金，并依照《财政违法行为处罚处分条例》等有关规定处理。'),
    ('第十一条', '本办法由省商务厅负责解释。'),
    ('第十二条', '本办法自2021年1月1日起施行，有效期3年。'),
]


def make_b(path):
    doc = new_doc()
    red_head(doc, MARK, B_NUM)
    title(doc, B_TITLE_LINES)
    addressee(doc, MAIN_TO)
    body_items(doc, B_NOTICE)
    signature(doc, OFFICE, '2020年11月16日')
    page_break(doc)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
    r = p.add_run('中国（云南）自由贸易试验区'); set_font(r, XBS, SZ2)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
    r = p.add_run('跨境电子商务发展扶持办法'); set_font(r, XBS, SZ2)
    blank(doc, 1)
    body_items(doc, [('art', a) for a in B_ARTS])
    banji(doc, CC, OFFICE, '2020年11月18日', gap=1)
    doc.save(path)


# ---------------------------------------------------------------- (c) 一带一路若干措施
C_NUM = '云政办发〔2021〕28号'
C_TITLE = '云南省人民政府办公厅关于支持企业深度参与“一带一路”建设若干措施的通知'
C_TITLE_LINES = ['云南省人民政府办公厅关于支持企业', '深度参与“一带一路”建设若干措施的通知']
C_BODY = [
    ('p', '为深入贯彻落实党中央、国务院关于推进“一带一路”建设的决策部署，支持我省企业深度参与“一带一路”建设，加快建设我国面向南亚东南亚辐射中心，经省人民政府同意，现提出以下措施。'),
    ('h1', '一、支持企业开拓“一带一路”沿线市场'),
    ('h2', ('（一）支持参加境外展会。', '对企业参加省商务厅公布的“一带一路”沿线国家重点展会目录内展会的，按照展位费的70%给予补助，单个企业每年补助最高不超过30万元。')),
    ('h2', ('（二）支持境外商标注册和认证。', '对企业在“一带一路”沿线国家和地区开展商标注册、产品认证的，按照实际发生费用的50%给予补助，单个项目最高不超过10万元。')),
    ('h1', '二、支持国际物流通道建设'),
    ('h2', ('（一）支持国际道路运输。', '对州、市开行中越、中老、中缅国际道路货运班线的，省级财政按照每车次2000元给予补助。')),
    ('h2', ('（二）国际物流通道运费补助。', '对企业经中老铁路发运至老挝、泰国等国家的国际货运班列给予运费补助，单个企业每年运费补助最高不超过500万元。具体标准如下：')),
    ('p', '1.整列发运的，每列补助3万元；'),
    ('p', '2.零散发运的，每标准箱补助1000元；'),
    ('p', '3.回程班列每标准箱补助1500元。'),
    ('h1', '三、支持境外投资合作'),
    ('h2', ('（一）支持境外经贸合作区建设。', '对我省企业在“一带一路”沿线国家建设的境外经贸合作区，经商务部确认考核的，给予一次性奖励500万元。')),
    ('h2', ('（二）加强金融保险支持。', '鼓励金融机构为企业“走出去”提供跨境人民币结算、出口信用保险保单融资等服务。对企业投保海外投资保险的，按照实际缴纳保费的50%给予补助。')),
    ('h1', '四、保障措施'),
    ('h2', ('（一）', '各州、市人民政府要结合实际制定配套措施，省商务厅、省财政厅要加强对本措施落实情况的跟踪评估。')),
    ('h2', ('（二）', '本措施所需资金从省级商务发展专项资金中列支。本措施与我省其他同类政策有重复的，按照“从高不重复”原则执行。')),
    ('p', '本措施自印发之日起施行，有效期至2023年12月31日。'),
]


def make_c(path):
    doc = new_doc()
    red_head(doc, MARK, C_NUM)
    title(doc, C_TITLE_LINES)
    addressee(doc, MAIN_TO)
    body_items(doc, C_BODY)
    signature(doc, OFFICE, '2021年4月20日')
    banji(doc, CC, OFFICE, '2021年4月21日')
    doc.save(path)


# ---------------------------------------------------------------- (d) 边境贸易若干意见
D_NUM = '云政办发〔2020〕17号'
D_TITLE = '云南省人民政府办公厅关于促进边境贸易创新发展的若干意见'
D_TITLE_LINES = ['云南省人民政府办公厅关于促进', '边境贸易创新发展的若干意见']
D_BODY = [
    ('p', '为贯彻落实《国务院办公厅关于促进边境贸易创新发展的指导意见》（国办发〔2019〕46号），推动我省边境贸易创新发展，服务“一带一路”建设，经省人民政府同意，提出以下意见。'),
    ('p', '一、提升边民互市贸易便利化水平。支持边民互助组、边民合作社规范发展，推动互市贸易进口商品落地加工，边民每人每日互市贸易免税额度按照国家规定的8000元执行。'),
    ('p', '二、支持边境（跨境）经济合作区建设。省级财政每年安排资金，支持河口、瑞丽、临沧、磨憨等边境（跨境）经济合作区基础设施建设。'),
    ('p', '三、推进沿边口岸与自贸试验区联动发展。支持中国（云南）自由贸易试验区德宏片区、红河片区与瑞丽、河口等口岸开展监管创新，对接“一带一路”国际物流通道。'),
    ('p', '四、加强组织保障。各州、市人民政府要落实主体责任，省商务厅要会同有关部门加强督促检查。'),
    ('p', '本意见自印发之日起施行，有效期至2024年12月31日。'),
]


def make_d(path):
    doc = new_doc()
    red_head(doc, MARK, D_NUM)
    title(doc, D_TITLE_LINES)
    addressee(doc, MAIN_TO)
    body_items(doc, D_BODY)
    signature(doc, OFFICE, '2020年3月16日')
    banji(doc, CC, OFFICE, '2020年3月18日')
    doc.save(path)


# ---------------------------------------------------------------- (a) 调整有效期通知
A_NUM = '云政办发〔2023〕47号'
A_TITLE = '云南省人民政府办公厅关于调整部分规范性文件有效期的通知'
A_TITLE_LINES = ['云南省人民政府办公厅关于调整部分', '规范性文件有效期的通知']
A_BODY = [
    ('p', '经省人民政府同意，现将部分规范性文件有效期调整有关事项通知如下：'),
    ('p', '一、延长《云南省人民政府办公厅关于印发中国（云南）自由贸易试验区跨境电子商务发展扶持办法的通知》（云政办规〔2020〕4号）的有效期至2024年12月31日。'),
    ('p', '二、《云南省人民政府办公厅关于支持企业深度参与“一带一路”建设若干措施的通知》（云政办发〔2021〕28号）有效期延长一年至2024年12月31日。其中，第二条第（二）项“国际物流通道运费补助”自2024年1月1日起暂缓执行，恢复执行时间另行通知。'),
    ('p', '三、其他规范性文件有效期调整情况见附件。'),
    ('p', '四、各州、市人民政府，省直有关部门要做好政策衔接和解读工作，对停止执行文件涉及的已受理事项，按照原规定办理完毕。'),
]
A_ATTACH_NOTE = '附件：部分规范性文件有效期调整情况表'
A_TABLE_HEAD = ['序号', '文件名称', '文号', '原有效期', '处理意见']
A_TABLE = [
    ['1', '云南省人民政府办公厅关于促进边境贸易创新发展的若干意见', '云政办发〔2020〕17号', '2024年12月31日', '自2024年1月1日起停止执行'],
    ['2', '云南省人民政府办公厅关于加快发展外贸新业态新模式的实施意见', '云政办发〔2021〕53号', '2023年12月31日', '继续执行，有效期至2025年12月31日'],
    ['3', '云南省人民政府办公厅关于进一步做好稳外资工作的若干措施', '云政办发〔2020〕89号', '2023年12月31日', '有效期届满后不再延续'],
]


def make_a(path):
    doc = new_doc()
    red_head(doc, MARK, A_NUM)
    title(doc, A_TITLE_LINES)
    addressee(doc, MAIN_TO)
    body_items(doc, A_BODY)
    blank(doc, 1)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=2)
    r = p.add_run(A_ATTACH_NOTE); set_font(r, FS, SZ3)
    signature(doc, OFFICE, '2023年12月22日')
    page_break(doc)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    r = p.add_run('附件'); set_font(r, HEI, SZ3)
    blank(doc, 1)
    p = doc.add_paragraph(); fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35))
    r = p.add_run('部分规范性文件有效期调整情况表'); set_font(r, XBS, SZ2)
    blank(doc, 1)
    t = doc.add_table(rows=1 + len(A_TABLE), cols=5)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(12), Mm(62), Mm(32), Mm(24), Mm(26)]
    for j, h in enumerate(A_TABLE_HEAD):
        cell_text(t.rows[0].cells[j], h, font=HEI)
    for i, row in enumerate(A_TABLE, start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, align=WD_ALIGN_PARAGRAPH.LEFT if j == 1 else WD_ALIGN_PARAGRAPH.CENTER)
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn('w:gridCol'))):
        gc.set(qn('w:w'), str(int(widths[j].twips)))
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    banji(doc, CC, OFFICE, '2023年12月25日')
    doc.save(path)


# ---------------------------------------------------------------- (e) 延续实施通知
E_NUM = '云政办发〔2024〕61号'
E_TITLE = '云南省人民政府办公厅关于延续实施部分支持对外开放政策措施的通知'
E_TITLE_LINES = ['云南省人民政府办公厅关于延续实施部分', '支持对外开放政策措施的通知']
E_BODY = [
    ('p', '经省人民政府同意，现就延续实施部分支持对外开放政策措施有关事项通知如下：'),
    ('p', '一、《中国（云南）自由贸易试验区跨境电子商务发展扶持办法》（云政办规〔2020〕4号印发）有效期再延长一年，至2025年12月31日。'),
    ('p', '二、《云南省人民政府办公厅关于支持企业深度参与“一带一路”建设若干措施的通知》（云政办发〔2021〕28号）继续执行，有效期至2025年6月30日。其中，第二条第（二）项“国际物流通道运费补助”自2025年1月1日起恢复执行，补助标准按照原规定执行。'),
    ('p', '三、《云南省人民政府办公厅关于调整部分规范性文件有效期的通知》（云政办发〔2023〕47号）与本通知不一致的，以本通知为准。'),
    ('p', '四、上述政策措施执行期间，国家出台相关规定的，从其规定。'),
]


def make_e(path):
    doc = new_doc()
    red_head(doc, MARK, E_NUM)
    title(doc, E_TITLE_LINES)
    addressee(doc, MAIN_TO)
    body_items(doc, E_BODY)
    signature(doc, OFFICE, '2024年12月18日')
    banji(doc, CC, OFFICE, '2024年12月19日')
    doc.save(path)


def to_pdf(docx_path):
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_str(row):
    return '；'.join('%s：%s' % (h, v) for h, v in zip(A_TABLE_HEAD, row))


FURN_COMMON = ('Furniture (must not be clauses): the red 发文机关标志 “云南省人民政府办公厅文件”, the 文号 line, the title lines, '
               'the 主送 line “各州、市人民政府，省直各委、办、厅、局：”, the signature “云南省人民政府办公厅” and the date line, '
               '“（此件公开发布）”, the 版记 (抄送 line and “云南省人民政府办公厅 …印发” line), page numbers “— 1 —”. ')
TOL_HEAD = ('Tolerable: 一、 heading-only items (no body text) may be absent as standalone clauses if their text appears as the heading/path of '
            'their children; the full-width space after 第X条 may be dropped or turned into an ASCII space. ')

expected = {}

expected['blind65_yunnan_kuajing'] = [{
    'meta': {
        'title': B_TITLE, 'doc_number': B_NUM, 'issuer': OFFICE, 'date': '2020-11-16',
        'level': 'provincial', 'region': '云南省（第二条：中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区）',
        'effective_as_printed': '2021-01-01', 'expires_as_printed': '2023-12-31',
        'effective': '2021-01-01', 'expires': '2025-12-31',
        'changed_by': [A_NUM + ' 一、 extended to 2024-12-31', E_NUM + ' 一、 extended again to 2025-12-31'],
        'changes': [], 'suspended_clauses': [],
    },
    'clauses': [joined(*x) for x in B_NOTICE] + [joined('art', a) for a in B_ARTS],
    '_note': FURN_COMMON + 'Also furniture: the 办法 title repeated on page 2 (“中国（云南）自由贸易试验区 / 跨境电子商务发展扶持办法”). '
             'One document: the 印发 notice and the 办法 it carries; splitting the 办法 off as a second document with the same 文号 is tolerable (medium at most) if the metadata stays right. '
             'expires_as_printed: 施行 2021-01-01, 有效期3年 → 2023-12-31. After all files: extended to 2024-12-31 by 云政办发〔2023〕47号, then to 2025-12-31 by 云政办发〔2024〕61号. '
             'Signed 2020-11-16, printed (印发) 2020-11-18. ' + TOL_HEAD,
}]

expected['blind65_yunnan_cuoshi'] = [{
    'meta': {
        'title': C_TITLE, 'doc_number': C_NUM, 'issuer': OFFICE, 'date': '2021-04-20',
        'level': 'provincial', 'region': '云南省',
        'effective_as_printed': '2021-04-21 (自印发之日起; 版记 印发 2021-04-21; 2021-04-20 tolerable)', 'expires_as_printed': '2023-12-31',
        'effective': '2021-04-21', 'expires': '2025-06-30',
        'changed_by': [A_NUM + ' 二、 extended to 2024-12-31 and suspended 二（二） from 2024-01-01',
                       E_NUM + ' 二、 extended to 2025-06-30 and resumed 二（二） from 2025-01-01'],
        'changes': [],
        'suspended_clauses': [{'clause': '二、（二） 国际物流通道运费补助 (with its items 1.–3.)', 'from': '2024-01-01', 'until': '2024-12-31',
                               'by': A_NUM, 'resumed_by': E_NUM, 'resumed_from': '2025-01-01'}],
    },
    'clauses': [joined(*x) for x in C_BODY],
    '_note': FURN_COMMON + 'The items 1.–3. belong under 二、（二）. The closing sentence “本措施自印发之日起施行，有效期至2023年12月31日。” is a body paragraph (a clause), not furniture. '
             'In force 2021-04-21 → 2025-06-30 after reading all files; 二、（二） and its 1.–3. are suspended 2024-01-01 → 2024-12-31 (not applicable on e.g. 2024-06-01) and apply again from 2025-01-01. ' + TOL_HEAD,
}]

expected['blind65_yunnan_bianmao'] = [{
    'meta': {
        'title': D_TITLE, 'doc_number': D_NUM, 'issuer': OFFICE, 'date': '2020-03-16',
        'level': 'provincial', 'region': '云南省',
        'effective_as_printed': '2020-03-18 (自印发之日起; 版记 印发 2020-03-18; 2020-03-16 tolerable)', 'expires_as_printed': '2024-12-31',
        'effective': '2020-03-18', 'expires': '2023-12-31',
        'changed_by': [A_NUM + ' 附件 row 1: 自2024年1月1日起停止执行 (ends a year early)'],
        'changes': [], 'suspended_clauses': [],
    },
    'clauses': [joined(*x) for x in D_BODY],
    '_note': FURN_COMMON + 'Items 一、–四、 carry their text in the same paragraph (lead sentence + text), so each is one clause. '
             'As printed in force until 2024-12-31, but 云政办发〔2023〕47号 (附件 table, row 1) stops it from 2024-01-01: last day in force 2023-12-31. ' + TOL_HEAD,
}]

expected['blind65_yunnan_tiaozheng'] = [{
    'meta': {
        'title': A_TITLE, 'doc_number': A_NUM, 'issuer': OFFICE, 'date': '2023-12-22',
        'level': 'provincial', 'region': '云南省',
        'effective_as_printed': None, 'expires_as_printed': None,
        'effective': '2023-12-22 (no 施行 sentence; date of signing; the changes themselves take effect 2024-01-01 / on the old expiry)', 'expires': None,
        'changed_by': [E_NUM + ' 三、 (where inconsistent, 61号 prevails: the 2024-12-31 dates for 4号 and 28号 are superseded)'],
        'changes': [
            {'doc': B_NUM, 'what': 'expires extended 2023-12-31 → 2024-12-31', 'wording': '延长《…》（…）的有效期至2024年12月31日'},
            {'doc': C_NUM, 'what': 'expires extended 2023-12-31 → 2024-12-31; 二、（二） suspended from 2024-01-01', 'wording': '有效期延长一年至…；…自…起暂缓执行'},
            {'doc': D_NUM, 'what': 'stopped from 2024-01-01 (was 2024-12-31)', 'wording': '附件 table 处理意见: 自2024年1月1日起停止执行'},
            {'doc': '云政办发〔2021〕53号 (not among these files)', 'what': 'expires 2023-12-31 → 2025-12-31', 'wording': '继续执行，有效期至…'},
            {'doc': '云政办发〔2020〕89号 (not among these files)', 'what': 'lapses at 2023-12-31', 'wording': '有效期届满后不再延续'},
        ],
        'suspended_clauses': [],
    },
    'clauses': [joined(*x) for x in A_BODY] + [row_str(r) for r in A_TABLE],
    '_note': FURN_COMMON + 'Also furniture: “附件：部分规范性文件有效期调整情况表” (附件说明; tolerable as a clause, low), the “附件” label and the table title on page 2. '
             'The 附件 table is part of this document (not a separate document); its 3 rows are clauses “序号：1；文件名称：…；文号：…；原有效期：…；处理意见：…” (header row is not a clause). '
             'Tolerable: the file name in row 1/2/3 wrapped inside the cell joined without spaces; in the PDF the table header may be lost only if row values still carry the right text (medium). ' + TOL_HEAD,
}]

expected['blind65_yunnan_yanxu'] = [{
    'meta': {
        'title': E_TITLE, 'doc_number': E_NUM, 'issuer': OFFICE, 'date': '2024-12-18',
        'level': 'provincial', 'region': '云南省',
        'effective_as_printed': None, 'expires_as_printed': None,
        'effective': '2024-12-18 (no 施行 sentence)', 'expires': None,
        'changed_by': [],
        'changes': [
            {'doc': B_NUM, 'what': 'expires 2024-12-31 → 2025-12-31 (second extension)', 'wording': '有效期再延长一年，至…'},
            {'doc': C_NUM, 'what': 'expires 2024-12-31 → 2025-06-30; 二、（二） resumed from 2025-01-01', 'wording': '继续执行，有效期至…；…自…起恢复执行'},
            {'doc': A_NUM, 'what': 'prevails over 47号 where inconsistent', 'wording': '与本通知不一致的，以本通知为准'},
        ],
        'suspended_clauses': [],
    },
    'clauses': [joined(*x) for x in E_BODY],
    '_note': FURN_COMMON + 'Item 一、 names the 办法 by its own title (《中国（云南）自由贸易试验区跨境电子商务发展扶持办法》), not by the notice title, with “（云政办规〔2020〕4号印发）”: '
             'a linker must still match it to 云政办规〔2020〕4号. ' + TOL_HEAD,
}]


def main():
    jobs = [
        ('blind65_yunnan_kuajing', make_b, True),
        ('blind65_yunnan_cuoshi', make_c, False),
        ('blind65_yunnan_bianmao', make_d, False),
        ('blind65_yunnan_tiaozheng', make_a, True),
        ('blind65_yunnan_yanxu', make_e, False),
    ]
    for stem, fn, pdf in jobs:
        path = os.path.join(HERE, stem + '.docx')
        fn(path)
        if pdf:
            to_pdf(path)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
