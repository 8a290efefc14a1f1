# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 522 blind test documents: 数字人民币 / 跨境支付 pilot notices with 场景清单 attachments."""
import os
import json
import subprocess

from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml.ns import qn, nsdecls
from docx.oxml import OxmlElement, parse_xml

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = '方正小标宋简体'
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
RED = 'FF0000'
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUST = WD_ALIGN_PARAGRAPH.JUSTIFY
BR = object()  # soft line break marker


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None, ascii_name=None):
    run.font.name = ascii_name or name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        rpr.insert(0, rf)
    rf.set(qn('w:ascii'), ascii_name or name)
    rf.set(qn('w:hAnsi'), ascii_name or name)
    rf.set(qn('w:eastAsia'), name)
    rf.set(qn('w:cs'), ascii_name or name)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(container, runs, align=JUST, indent=32, line=28, before=0, after=0,
         size=16, font=FS, ascii_name='Times New Roman'):
    """runs: list of str | (text, font) | (text, font, bold) | (text, font, bold, color, size) | BR"""
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(indent)
    p.alignment = align
    for r in runs:
        if r is BR:
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        if isinstance(r, str):
            r = (r,)
        text = r[0]
        f = r[1] if len(r) > 1 else font
        bold = r[2] if len(r) > 2 else False
        color = r[3] if len(r) > 3 else None
        sz = r[4] if len(r) > 4 else size
        run = p.add_run(text)
        set_font(run, f, sz, bold, color, ascii_name if f in (FS,) else None)
    return p


def empty(container, line=28):
    return para(container, [''], indent=0, line=line)


def border_para(p, side, color='000000', sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn('w:pBdr'))
    if bdr is None:
        bdr = OxmlElement('w:pBdr')
        # pBdr must come before spacing/ind/jc; insert near start
        ppr.insert(0, bdr) if ppr.find(qn('w:pStyle')) is None else ppr.insert(1, bdr)
    el = OxmlElement('w:' + side)
    el.set(qn('w:val'), 'single')
    el.set(qn('w:sz'), str(sz))
    el.set(qn('w:space'), str(space))
    el.set(qn('w:color'), color)
    bdr.append(el)


def fix_ppr_order(p):
    """keep pPr children in schema order (pStyle, keepNext.., numPr, pBdr, spacing, ind, jc)."""
    ppr = p._p.pPr
    if ppr is None:
        return
    order = ['pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr', 'widowControl',
             'numPr', 'suppressLineNumbers', 'pBdr', 'shd', 'tabs', 'suppressAutoHyphens',
             'kinsoku', 'wordWrap', 'overflowPunct', 'topLinePunct', 'autoSpaceDE', 'autoSpaceDN',
             'bidi', 'adjustRightInd', 'snapToGrid', 'spacing', 'ind', 'contextualSpacing',
             'mirrorIndents', 'suppressOverlap', 'jc', 'textDirection', 'textAlignment',
             'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle', 'rPr', 'sectPr', 'pPrChange']
    kids = list(ppr)
    def key(e):
        tag = e.tag.split('}')[1]
        return order.index(tag) if tag in order else 99
    kids.sort(key=key)
    for k in kids:
        ppr.remove(k)
    for k in kids:
        ppr.append(k)


def add_field(p, instr, font, size):
    def mk(tag, **attrs):
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        return el
    r1 = p.add_run(); set_font(r1, font, size)
    r1._r.append(mk('w:fldChar', **{'w:fldCharType': 'begin'}))
    r2 = p.add_run(); set_font(r2, font, size)
    it = mk('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' %s ' % instr
    r2._r.append(it)
    r3 = p.add_run(); set_font(r3, font, size)
    r3._r.append(mk('w:fldChar', **{'w:fldCharType': 'separate'}))
    r4 = p.add_run('1'); set_font(r4, font, size)
    r5 = p.add_run(); set_font(r5, font, size)
    r5._r.append(mk('w:fldChar', **{'w:fldCharType': 'end'}))


def page_footer(footer, pre, post, align, font='宋体', size=14):
    p = footer.paragraphs[0]
    p.alignment = align
    r = p.add_run(pre); set_font(r, font, size)
    add_field(p, 'PAGE', font, size)
    r = p.add_run(post); set_font(r, font, size)
    return p


def setup_page(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.top_margin = Mm(28)
        section.bottom_margin = Mm(26)
        section.left_margin = Mm(30)
        section.right_margin = Mm(28)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin = Mm(37)
        section.bottom_margin = Mm(35)
        section.left_margin = Mm(28)
        section.right_margin = Mm(26)
    section.footer_distance = Mm(25) if not landscape else Mm(15)


def new_doc():
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), FS)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    setup_page(doc.sections[0])
    return doc


def cell_text(cell, text, font=FS, size=12, bold=False, align=CENTER):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(size + 6)
    pf.first_line_indent = None
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, ascii_name='Times New Roman' if font == FS else None)


def tr_flag(row, tag):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:' + tag)
    el.set(qn('w:val'), 'true')
    trpr.append(el)


def table_borders(tbl, spec):
    """spec: dict side-> (val, sz) for top,left,bottom,right,insideH,insideV"""
    tblPr = tbl._tbl.tblPr
    old = tblPr.find(qn('w:tblBorders'))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        val, sz = spec.get(side, ('nil', 0))
        el = OxmlElement('w:' + side)
        el.set(qn('w:val'), val)
        if val != 'nil':
            el.set(qn('w:sz'), str(sz))
            el.set(qn('w:space'), '0')
            el.set(qn('w:color'), '000000')
        b.append(el)
    tblPr.append(b)


NOBORDER = {}


def set_grid(t, widths_mm):
    t.autofit = False
    for ci, gc in enumerate(t._tbl.tblGrid.findall(qn('w:gridCol'))):
        gc.set(qn('w:w'), str(int(widths_mm[ci] * 56.7)))

HEADERS = ['序号', '场景类别', '应用场景', '试点区域', '牵头单位', '备注']


def parse_rows(block):
    cat = None
    rows = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith('#'):
            cat = line[1:].strip()
            continue
        parts = [x.strip() for x in line.split('|')]
        while len(parts) < 4:
            parts.append('')
        rows.append((cat, parts[0], parts[1], parts[2], parts[3]))
    return rows


def row_clause(n, cat, scene, area, lead, rem):
    vals = [str(n), cat, scene, area, lead, rem]
    return '；'.join('%s：%s' % (h, v) for h, v in zip(HEADERS, vals) if v)


def scene_table(doc, rows, widths_mm, clauses, merge_cat=False, size=12, head_font=HT):
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    hdr = t.rows[0]
    tr_flag(hdr, 'tblHeader')
    tr_flag(hdr, 'cantSplit')
    for i, h in enumerate(HEADERS):
        cell_text(hdr.cells[i], h, head_font, size, False)
    for ri, (cat, scene, area, lead, rem) in enumerate(rows, start=1):
        r = t.rows[ri]
        tr_flag(r, 'cantSplit')
        show_cat = cat
        if merge_cat and ri > 1 and rows[ri - 2][0] == cat:
            show_cat = ''
        vals = [str(ri), show_cat, scene, area, lead, rem]
        for ci, v in enumerate(vals):
            cell_text(r.cells[ci], v, FS, size, False, CENTER if ci in (0, 1) else LEFT)
        clauses.append(row_clause(ri, cat, scene, area, lead, rem))
    for row in t.rows:
        for ci, w in enumerate(widths_mm):
            row.cells[ci].width = Mm(w)
    set_grid(t, widths_mm)
    if merge_cat:
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or rows[i][0] != rows[start][0]:
                if i - 1 > start:
                    a = t.cell(start + 1, 1)
                    b = t.cell(i, 1)
                    a.merge(b)
                start = i
    return t


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def red_header(doc, name, size=30, scale=None):
    p = para(doc, [(name, XBS, False, RED, size)], align=CENTER, indent=0, line=size + 14)
    if scale:
        for r in p.runs:
            rpr = r._element.get_or_add_rPr()
            w = OxmlElement('w:w'); w.set(qn('w:val'), str(scale)); rpr.append(w)
    return p


def red_line(doc, docnum, align=CENTER):
    p = para(doc, [docnum], align=align, indent=0, line=28)
    border_para(p, 'bottom', RED, 18, 6)
    fix_ppr_order(p)
    return p


CN = '〇一二三四五六七八九十'


def cn_num(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return '十' + CN[n - 10]
    return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')


# ================================================================ doc 1: 苏州
SZ_ROWS = parse_rows('''
#跨境贸易结算
数字人民币货物贸易跨境结算 | 中国（江苏）自由贸易试验区苏州片区 | 市商务局、中国人民银行苏州市分行 |
服务贸易项下数字人民币跨境收付 | 苏州工业园区 | 苏州工业园区管委会 |
加工贸易企业数字人民币料件采购结算 | 昆山市 | 昆山市人民政府 |
大宗商品进口数字人民币结算 | 张家港市 | 张家港市人民政府 | 依托张家港保税区大宗商品交易平台
数字人民币跨境贸易融资（应收账款质押） | 苏州高新区 | 中国人民银行苏州市分行 |
外贸综合服务企业数字人民币代收代付 | 吴江区 | 市商务局 |
数字人民币支付与国际贸易“单一窗口”对接 | 全市 | 市商务局、苏州海关 |
#跨境电商
跨境电商B2B出口数字人民币收款 | 苏州工业园区 | 市商务局 |
跨境电商零售进口（1210）数字人民币支付 | 苏州工业园区综合保税区 | 苏州工业园区管委会 |
跨境电商独立站数字人民币收单 | 相城区 | 相城区人民政府 |
海外仓服务费用数字人民币结算 | 常熟市 | 常熟市人民政府 |
跨境电商平台智能合约分账 | 吴中区 | 吴中区人民政府 |
市场采购贸易数字人民币结算 | 常熟市 | 常熟市人民政府 | 依托常熟服装城市场采购贸易方式试点
跨境电商出口退税款数字人民币发放 | 全市 | 国家税务总局苏州市税务局 |
#中欧班列与国际物流
中欧班列运费数字人民币结算 | 苏州高新区 | 市交通运输局 |
中欧班列货代服务费数字人民币支付 | 苏州高新区 | 苏州高新区管委会 |
国际航运港口使费数字人民币结算 | 太仓市 | 太仓市人民政府 |
“中欧班列+跨境电商”集拼货物结算 | 苏州工业园区 | 市交通运输局、市商务局 |
航空货运代理数字人民币结算 | 昆山市 | 昆山市人民政府 |
#综合保税区
区内企业间数字人民币货款结算 | 苏州工业园区综合保税区 | 苏州工业园区管委会 |
保税维修业务数字人民币结算 | 苏州高新区综合保税区 | 苏州高新区管委会 |
保税展示交易数字人民币支付 | 昆山综合保税区 | 昆山市人民政府 |
区内仓储物流费用数字人民币缴付 | 太仓港综合保税区 | 太仓市人民政府 |
保税研发设备进口数字人民币结算 | 苏州工业园区综合保税区 | 苏州海关 |
海关税费数字人民币缴纳 | 全市 | 苏州海关 | 需经海关总署同意
#外商投资与跨境投融资
外商投资企业资本金数字人民币入账 | 中国（江苏）自由贸易试验区苏州片区 | 市商务局、国家外汇管理局苏州市分局 |
外籍员工薪酬数字人民币发放 | 苏州工业园区 | 苏州工业园区管委会 |
跨国公司资金池数字人民币归集 | 苏州工业园区 | 国家外汇管理局苏州市分局 |
合格境外有限合伙人（QFLP）数字人民币投资 | 苏州工业园区 | 市地方金融管理局 |
外资企业利润汇出数字人民币结算 | 昆山市 | 国家外汇管理局苏州市分局 |
#跨境旅游与消费
入境游客数字人民币钱包开立 | 姑苏区 | 中国人民银行苏州市分行 |
境外来华人员数字人民币硬钱包发放 | 姑苏区 | 市文化广电和旅游局 |
离境退税数字人民币支付 | 全市 | 国家税务总局苏州市税务局 |
国际会展数字人民币支付 | 苏州工业园区 | 市商务局 |
园林景区门票数字人民币受理 | 姑苏区、吴中区 | 市园林和绿化管理局 |
国际学校学费数字人民币缴纳 | 苏州工业园区 | 市教育局 |
#跨境公共服务
涉外医疗服务数字人民币支付 | 苏州工业园区 | 市卫生健康委 |
外国人来华工作许可相关费用数字人民币缴纳 | 全市 | 市科技局 |
出入境证件办理费用数字人民币缴纳 | 全市 | 市公安局 |
涉外法律服务数字人民币结算 | 相城区 | 市司法局 |
#长三角区域协同
长三角跨境支付互联互通 | 吴江区 | 市地方金融管理局 | 与上海市青浦区、浙江省嘉善县协同推进
沪苏同城化跨境电商支付协同 | 昆山市、太仓市 | 市地方金融管理局 |
''')


def build_suzhou():
    doc = new_doc()
    sec = doc.sections[0]
    # odd / even page numbers
    doc.settings.odd_and_even_pages_header_footer = True
    page_footer(sec.footer, '— ', ' —', RIGHT)
    page_footer(sec.even_page_footer, '— ', ' —', LEFT)
    C = []

    red_header(doc, '苏州市地方金融管理局文件', 32, 80)
    empty(doc)
    red_line(doc, '苏金管发〔2025〕27号')
    empty(doc)
    para(doc, [('苏州市地方金融管理局关于开展数字人民币', XBS, False, None, 22), BR,
               ('跨境支付应用场景试点工作的通知', XBS, False, None, 22)], align=CENTER, indent=0, line=36)
    empty(doc)
    para(doc, ['各区人民政府，市直有关单位：'], indent=0)

    def body(runs):
        if isinstance(runs, str):
            runs = [runs]
        para(doc, runs)
        C.append(''.join(r if isinstance(r, str) else r[0] for r in runs if r is not BR))

    def h1(t):
        para(doc, [(t, HT)])

    def runin(head, rest, hf=KT, bold=False, extra=None):
        runs = [(head, hf, bold), rest]
        if extra:
            runs = [(head, hf, bold)] + extra
        body(runs)

    body('为贯彻落实党中央、国务院关于稳妥推进数字人民币研发试点的决策部署，按照《江苏省数字人民币试点工作方案》有关要求，'
         '发挥我市数字人民币试点城市和中国（江苏）自由贸易试验区苏州片区先行先试优势，经市政府同意，决定在全市开展数字人民币'
         '跨境支付应用场景试点工作。现将有关事项通知如下：')
    h1('一、总体要求')
    runin('（一）指导思想。', '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，坚持“安全可控、'
          '稳妥有序、市场主导、政府引导”原则，以服务实体经济和高水平对外开放为导向，聚焦跨境贸易、跨境电商、中欧班列、'
          '综合保税区、外商投资等重点领域，探索形成数字人民币跨境支付可复制可推广的经验做法。')
    runin('（二）工作目标。', '到2026年12月底，全市建成数字人民币跨境支付应用场景不少于40个，培育数字人民币跨境支付示范企业100家以上，'
          '数字人民币跨境结算规模力争突破200亿元，形成一批在全省乃至全国具有示范意义的创新案例。')
    h1('二、试点范围和重点领域')
    runin('（一）试点范围。', '以中国（江苏）自由贸易试验区苏州片区为核心区，以苏州工业园区综合保税区、苏州高新区综合保税区、'
          '昆山综合保税区、太仓港综合保税区、张家港保税区等海关特殊监管区域为重点区，其他地区结合产业特色和对外开放需求有序参与试点。')
    runin('（二）重点领域。', '围绕以下领域建设试点场景，具体场景、试点区域和牵头单位详见附件。')
    items = [
        ('1.跨境贸易结算。', '支持银行机构为进出口企业提供数字人民币跨境收付、结算和贸易融资服务，推动数字人民币支付与国际贸易“单一窗口”对接。'),
        ('2.跨境电商。', '支持跨境电商平台、独立站、海外仓和外贸综合服务企业使用数字人民币进行收款、分账和费用结算，探索智能合约在跨境电商资金管理中的应用。'),
        ('3.中欧班列与国际物流。', '推动中欧班列（苏州）运费、货代服务费以及港口、航空货运相关费用使用数字人民币结算，提升跨境物流资金周转效率。'),
        ('4.综合保税区。', '在综合保税区内开展区内企业之间、区内外企业之间数字人民币结算试点，支持保税维修、保税研发、保税展示交易等新业态使用数字人民币。'),
        ('5.外商投资与跨境投融资。', '在依法合规前提下，探索外商投资企业资本金、外籍员工薪酬、跨国公司资金池等领域使用数字人民币，提升外商投资便利化水平。'),
        ('6.跨境旅游与公共服务。', '面向入境游客和在苏外籍人士，推广数字人民币钱包开立、离境退税、景区门票、涉外医疗和政务缴费等场景应用。'),
    ]
    for hd, tx in items:
        runin(hd, tx, FS, True)
    h1('三、主要任务')
    body([('（一）完善受理环境。', KT), '各区要组织辖内重点商圈、景区、综合保税区和涉外服务窗口完成数字人民币受理终端改造，', BR,
          '2025年12月底前实现重点涉外场所受理全覆盖。'])
    runin('（二）创新产品服务。', '支持试点银行机构依托数字人民币智能合约、子钱包、硬钱包等功能，开发适应跨境业务特点的结算、融资和资金管理产品，降低企业跨境支付成本。')
    runin('（三）强化系统对接。', '市商务局牵头推动数字人民币支付模块与国际贸易“单一窗口”、跨境电商公共服务平台、中欧班列信息平台对接，实现“一次申报、一键支付”。')
    runin('（四）加强区域协同。', '依托长三角生态绿色一体化发展示范区，加强与上海市、浙江省数字人民币试点地区的合作，探索跨区域跨境支付互联互通。')
    runin('（五）防范化解风险。', '试点银行机构和支付机构要严格落实反洗钱、反恐怖融资、反逃税和跨境资金流动监测等要求，建立健全风险监测预警机制，守住不发生区域性金融风险的底线。')
    h1('四、保障措施')
    runin('（一）加强组织领导。', '市数字人民币试点工作领导小组统筹推进试点工作，领导小组办公室设在市地方金融管理局，负责日常协调、督促指导和考核评估。'
          '各牵头单位要明确分管领导和联络员，细化工作方案，抓好任务落实。')
    runin('（二）加大政策支持。', '对纳入试点清单并通过验收的场景，按照以下标准给予支持：')
    body('1.对场景建设牵头企业，按照场景建设实际投入的30%给予一次性补助，单个场景最高不超过50万元。')
    body('2.对参与试点的银行机构和支付机构，根据年度考核结果给予奖励：')
    body('（1）年度数字人民币跨境结算量位列全市前三名的，分别给予30万元、20万元、10万元奖励；')
    body('（2）年度新增数字人民币对公钱包超过1000户且跨境交易活跃的，给予10万元奖励。')
    body('3.支持资金从市级金融发展专项资金中列支，具体申报程序另行通知。')
    runin('（三）做好宣传推广。', '各区、各有关单位要通过多种渠道宣传数字人民币跨境支付的便利性和安全性，及时总结推广试点中形成的典型案例和经验做法。')
    h1('五、工作要求')
    body('（一）各区人民政府、各牵头单位要对照附件所列场景，于2025年10月31日前将场景建设实施方案报送市地方金融管理局。')
    body('（二）各牵头单位每季度结束后10个工作日内报送试点进展情况，年度结束后1个月内报送年度工作总结。')
    body('（三）试点过程中遇到的重大问题，请及时报告市数字人民币试点工作领导小组办公室。')
    body('联系人：市地方金融管理局金融发展处　周敏，联系电话：0512-68616235。')
    empty(doc)
    para(doc, ['附件：苏州市数字人民币跨境支付应用场景清单'])
    empty(doc); empty(doc)
    para(doc, ['　　　　　　　　　　　　　　　　苏州市地方金融管理局'], indent=0)
    para(doc, ['　　　　　　　　　　　　　　　　　　2025年9月16日'], indent=0)
    empty(doc)
    para(doc, ['（此件公开发布）'])

    # attachment
    page_break(doc)
    para(doc, [('附件', HT)], indent=0, align=LEFT)
    empty(doc)
    para(doc, [('苏州市数字人民币跨境支付应用场景清单', XBS, False, None, 20)], align=CENTER, indent=0, line=32)
    empty(doc, 14)
    scene_table(doc, SZ_ROWS, [13, 24, 42, 28, 27, 22], C, merge_cat=False, size=11)

    # 版记 as a layout table on the last page
    empty(doc); empty(doc)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(bj, {'top': ('single', 12), 'bottom': ('single', 12), 'insideH': ('single', 4)})
    set_grid(bj, [156])
    c0 = bj.cell(0, 0)
    c0.width = Mm(156)
    p = c0.paragraphs[0]
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(26)
    r = p.add_run('抄送：中国人民银行苏州市分行，国家金融监督管理总局苏州监管分局，国家外汇管理局苏州市分局，苏州海关。')
    set_font(r, FS, 14)
    c1 = bj.cell(1, 0)
    c1.width = Mm(156)
    p = c1.paragraphs[0]
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(26)
    r = p.add_run('苏州市地方金融管理局办公室　　　　　　2025年9月16日印发')
    set_font(r, FS, 14)

    meta = {
        'title': '苏州市地方金融管理局关于开展数字人民币跨境支付应用场景试点工作的通知',
        'doc_number': '苏金管发〔2025〕27号',
        'issuer': ['苏州市地方金融管理局'],
        'date': '2025-09-16',
        'published': None,
        'level': 'municipal',
        'region': '苏州市',
        'effective': None,
        'expires': None,
        'attachments': ['苏州市数字人民币跨境支付应用场景清单'],
        'doc_type': '通知',
        'recipients': ['各区人民政府', '市直有关单位'],
        'publicity': '此件公开发布',
        'repeals': None,
    }
    return doc, [{'meta': meta, 'clauses': C}]


# ================================================================ doc 2: 厦门
XM_ROWS = parse_rows('''
#跨境贸易
进出口货物贸易数字人民币跨境结算 | 中国（福建）自由贸易试验区厦门片区 | 市商务局、中国人民银行厦门市分行 |
供应链核心企业上下游数字人民币结算 | 湖里区 | 湖里区人民政府 |
大宗商品（有色金属、纸浆）数字人民币交易结算 | 思明区 | 市商务局 |
数字人民币跨境贸易融资 | 思明区 | 国家金融监督管理总局厦门监管局 |
服务外包数字人民币跨境收付 | 集美区 | 市商务局 |
国际贸易“单一窗口”数字人民币支付模块 | 全市 | 市商务局、厦门海关 |
进口冷链食品数字人民币结算 | 海沧区 | 海沧区人民政府 |
多边央行数字货币桥跨境结算 | 中国（福建）自由贸易试验区厦门片区 | 中国人民银行厦门市分行 | 视项目进展适时启动
#跨境电商
跨境电商出口（9610/9710/9810）数字人民币收款 | 湖里区 | 市商务局 |
跨境电商进口保税备货数字人民币支付 | 厦门象屿综合保税区 | 厦门自贸片区管委会 |
跨境电商产业园租金及服务费数字人民币缴付 | 同安区 | 同安区人民政府 |
跨境电商直播带货数字人民币结算 | 集美区 | 集美区人民政府 |
跨境电商物流商数字人民币结算 | 翔安区 | 翔安区人民政府 |
跨境电商出口退（免）税款数字人民币到账 | 全市 | 国家税务总局厦门市税务局 |
跨境电商海外营销服务费数字人民币支付 | 思明区 | 思明区人民政府 |
#航运物流
集装箱码头作业费数字人民币结算 | 海沧区 | 市港口管理局 |
国际船舶代理费用数字人民币支付 | 湖里区 | 市港口管理局 |
中欧（厦门）班列运费数字人民币结算 | 海沧区 | 市商务局 |
国际航空货运数字人民币结算 | 翔安区 | 市交通运输局 | 依托翔安国际机场
国际航行船舶供油数字人民币结算 | 海沧区 | 市港口管理局 |
“丝路海运”航线运费数字人民币结算 | 全市 | 市港口管理局 |
国际邮轮母港消费数字人民币支付 | 思明区 | 市文化和旅游局 |
#综合保税区
区内保税加工企业数字人民币结算 | 厦门海沧港综合保税区 | 海沧区人民政府 |
保税物流仓储费用数字人民币缴付 | 厦门象屿综合保税区 | 厦门自贸片区管委会 |
航空维修保税业务数字人民币结算 | 湖里区 | 厦门自贸片区管委会 |
保税展示交易数字人民币支付 | 厦门象屿综合保税区 | 厦门自贸片区管委会 |
进口酒类保税交易数字人民币结算 | 厦门象屿综合保税区 | 厦门海关 |
海关税费数字人民币缴纳 | 全市 | 厦门海关 |
#金砖合作与“一带一路”
金砖国家企业数字人民币跨境结算 | 集美区 | 市商务局 | 依托金砖创新基地
“一带一路”沿线工程承包款数字人民币结算 | 全市 | 市商务局 |
境外投资项目数字人民币资金划转 | 全市 | 市发展改革委 |
外商投资企业资本金数字人民币结算 | 中国（福建）自由贸易试验区厦门片区 | 国家外汇管理局厦门市分局 |
金砖国家来厦人员数字人民币支付服务 | 思明区 | 市外办 |
外籍人才薪酬数字人民币发放 | 集美区 | 市人力资源和社会保障局 |
#对台经贸
对台小额贸易数字人民币结算 | 翔安区 | 市台港澳办 | 依托大嶝对台小额商品交易市场
台胞台企数字人民币钱包开立与使用 | 海沧区 | 市台港澳办 |
两岸海运快件数字人民币结算 | 湖里区 | 厦门海关 |
台资企业跨境资金数字人民币结算 | 海沧区 | 中国人民银行厦门市分行 |
金门旅客来厦消费数字人民币支付 | 思明区 | 市文化和旅游局 |
#跨境消费
入境游客数字人民币钱包开立 | 思明区 | 中国人民银行厦门市分行 |
鼓浪屿景区数字人民币受理 | 思明区 | 鼓浪屿—万石山风景名胜区管委会 |
国际会展数字人民币支付 | 思明区 | 市会展局 |
离境退税数字人民币支付 | 全市 | 国家税务总局厦门市税务局 |
外籍人士医疗服务数字人民币支付 | 湖里区 | 市卫生健康委 |
''')

NUM_ID = 90


def add_cn_numbering(doc):
    numbering = doc.part.numbering_part.element
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:hAnsi="楷体_GB2312" w:eastAsia="楷体_GB2312"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls('w'), NUM_ID))
    absnum = parse_xml(absxml)
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls('w'), NUM_ID, NUM_ID)))


def set_num(p, lvl):
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = lvl
    numPr.get_or_add_numId().val = NUM_ID
    fix_ppr_order(p)


def build_xiamen():
    doc = new_doc()
    add_cn_numbering(doc)
    sec = doc.sections[0]
    page_footer(sec.footer, '— ', ' —', CENTER)
    C = []

    # joint red header built with a borderless layout table
    ht = doc.add_table(rows=2, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(ht, NOBORDER)
    for i, nm in enumerate(['厦门市地方金融管理局', '中国人民银行厦门市分行']):
        c = ht.cell(i, 0)
        c.width = Mm(118)
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = p.add_run(nm); set_font(r, XBS, 26, False, RED)
    set_grid(ht, [118, 38])
    m = ht.cell(0, 1).merge(ht.cell(1, 1))
    m.width = Mm(38)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]; p.alignment = CENTER
    r = p.add_run('文件'); set_font(r, XBS, 40, False, RED)
    empty(doc)
    red_line(doc, '厦金管〔2026〕9号')
    empty(doc)
    para(doc, [('厦门市地方金融管理局　中国人民银行', XBS, False, None, 22), BR,
               ('厦门市分行关于推进数字人民币跨境支付', XBS, False, None, 22), BR,
               ('试点场景建设的通知', XBS, False, None, 22)],
         align=CENTER, indent=0, line=36)
    empty(doc)
    para(doc, ['各区人民政府，市直有关单位，各银行业金融机构，各非银行支付机构：'], indent=0)

    counters = [0, 0]

    def plain(t):
        para(doc, [t])
        C.append(t)

    def h1(t):
        counters[0] += 1; counters[1] = 0
        p = para(doc, [(t, HT)])
        set_num(p, 0)

    def item(text, head=None):
        counters[1] += 1
        runs = [text] if head is None else [(head, KT), text]
        p = para(doc, runs)
        set_num(p, 1)
        C.append('（%s）' % cn_num(counters[1]) + (head or '') + text)

    plain('为深入贯彻落实中央金融工作会议精神，稳妥推进数字人民币试点，依托中国（福建）自由贸易试验区厦门片区、金砖国家新工业革命伙伴关系'
          '创新基地和“丝路海运”等开放平台，推动数字人民币在跨境支付领域的应用，经研究，现就推进数字人民币跨境支付试点场景建设有关事项通知如下：')
    h1('明确建设目标')
    item('坚持需求导向、试点先行、风险可控，以跨境贸易、跨境电商、航运物流、综合保税区、金砖合作和对台经贸等领域为重点，建设一批特色鲜明、示范性强的数字人民币跨境支付场景。')
    item('到2026年底，全市数字人民币跨境支付试点场景达到44个，覆盖进出口企业3000家以上；到2027年底，数字人民币跨境支付在重点领域实现常态化应用。')
    h1('突出重点领域')
    item('支持试点银行为进出口企业提供数字人民币跨境收付和贸易融资服务，推动国际贸易“单一窗口”上线数字人民币支付模块，在厦门片区稳妥参与多边央行数字货币桥项目。', '深化跨境贸易结算应用。')
    item('引导跨境电商企业在出口收款、保税备货、物流结算、海外营销等环节使用数字人民币，推动跨境电商出口退（免）税款通过数字人民币钱包到账。', '拓展跨境电商支付场景。')
    item('推动集装箱码头、船舶代理、船舶供油、中欧（厦门）班列和“丝路海运”航线等费用使用数字人民币结算，打造数字人民币航运物流服务链。', '推进航运物流费用结算。')
    item('在厦门象屿综合保税区、厦门海沧港综合保税区开展保税加工、保税物流、保税维修、保税展示交易等业务数字人民币结算试点。', '打造综合保税区应用示范。')
    item('依托金砖国家新工业革命伙伴关系创新基地，探索与金砖国家及“一带一路”共建国家企业开展数字人民币跨境结算，支持境外工程承包和境外投资项目使用数字人民币。', '服务金砖合作和“一带一路”建设。')
    item('支持台胞台企开立和使用数字人民币钱包，探索对台小额贸易、两岸海运快件等场景数字人民币结算，为金门旅客来厦消费提供便利。', '探索对台经贸应用。')
    h1('强化支撑保障')
    item('中国人民银行厦门市分行负责指导试点银行机构做好数字人民币钱包开立、跨境收付、额度管理等业务，加强试点业务监测分析。')
    item('市地方金融管理局负责统筹协调试点工作，会同有关部门建立试点场景动态调整机制，对建设成效明显的场景予以通报表扬。')
    item('市商务局、厦门海关、市港口管理局等牵头单位按照职责分工，做好相关平台系统对接和政策支持。')
    item('各区人民政府负责辖区内试点场景的组织实施，统筹做好受理环境建设和宣传推广。')
    h1('防范金融风险')
    item('试点机构要严格执行反洗钱、反恐怖融资、反逃税以及跨境资金流动管理规定，落实客户身份识别、交易记录保存和大额及可疑交易报告等义务。')
    item('建立数字人民币跨境支付风险事件报告制度，试点机构发生重大风险事件的，应于24小时内向中国人民银行厦门市分行和市地方金融管理局报告。')
    h1('工作要求')
    item('各牵头单位要按照附件所列场景，于2026年4月30日前制定场景建设工作方案，明确建设内容、时间节点和责任人。')
    item('各牵头单位应于每季度首月10日前将上季度场景建设进展情况报送市地方金融管理局，同时抄送中国人民银行厦门市分行。')
    item('试点期间，市地方金融管理局将会同中国人民银行厦门市分行适时对场景建设情况开展评估。')
    item('本通知自2026年4月1日起施行。《厦门市地方金融监督管理局关于推进数字人民币试点应用场景建设的通知》（厦金管〔2022〕15号）同时废止。')
    empty(doc)
    para(doc, ['附件：厦门市数字人民币跨境支付试点场景清单'])
    empty(doc); empty(doc)
    # 落款 as a borderless layout table
    lt = doc.add_table(rows=2, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(lt, NOBORDER)
    for i, nm in enumerate(['厦门市地方金融管理局', '中国人民银行厦门市分行']):
        c = lt.cell(0, i); c.width = Mm(78)
        p = c.paragraphs[0]; p.alignment = CENTER
        r = p.add_run(nm); set_font(r, FS, 16)
    set_grid(lt, [78, 78])
    d = lt.cell(1, 0).merge(lt.cell(1, 1))
    p = d.paragraphs[0]; p.alignment = RIGHT
    p.paragraph_format.space_before = Pt(14)
    r = p.add_run('二〇二六年三月十二日　　　'); set_font(r, FS, 16)
    empty(doc)
    para(doc, ['（此件公开发布）'])

    page_break(doc)
    para(doc, [('附件', HT)], indent=0, align=LEFT)
    empty(doc)
    para(doc, [('厦门市数字人民币跨境支付试点场景清单', XBS, False, None, 20)], align=CENTER, indent=0, line=32)
    empty(doc, 14)
    scene_table(doc, XM_ROWS, [13, 24, 46, 30, 27, 16], C, merge_cat=True, size=11)

    empty(doc); empty(doc)
    p = para(doc, [('抄送：福建省地方金融管理局，中国人民银行福建省分行，国家外汇管理局厦门市分局，厦门海关。', FS, False, None, 14)],
             indent=0, line=26)
    border_para(p, 'top', '000000', 12, 1)
    border_para(p, 'bottom', '000000', 4, 1)
    fix_ppr_order(p)
    p = para(doc, [('厦门市地方金融管理局综合处　　　　　　　　2026年3月12日印发', FS, False, None, 14)], indent=0, line=26)
    border_para(p, 'bottom', '000000', 12, 1)
    fix_ppr_order(p)

    meta = {
        'title': '厦门市地方金融管理局 中国人民银行厦门市分行关于推进数字人民币跨境支付试点场景建设的通知',
        'doc_number': '厦金管〔2026〕9号',
        'issuer': ['厦门市地方金融管理局', '中国人民银行厦门市分行'],
        'date': '2026-03-12',
        'published': None,
        'level': 'municipal',
        'region': '厦门市',
        'effective': '2026-04-01',
        'expires': None,
        'attachments': ['厦门市数字人民币跨境支付试点场景清单'],
        'doc_type': '通知',
        'recipients': ['各区人民政府', '市直有关单位', '各银行业金融机构', '各非银行支付机构'],
        'publicity': '此件公开发布',
        'repeals': '《厦门市地方金融监督管理局关于推进数字人民币试点应用场景建设的通知》（厦金管〔2022〕15号）',
    }
    return doc, [{'meta': meta, 'clauses': C}]


# ================================================================ doc 3: 南宁
NN_ROWS = parse_rows('''
#面向东盟跨境贸易
对东盟货物贸易数字人民币结算 | 中国（广西）自由贸易试验区南宁片区 | 市商务局 |
东盟水果进口数字人民币结算 | 江南区 | 江南区人民政府 | 依托南宁国际铁路港
东盟农产品交易平台数字人民币支付 | 西乡塘区 | 市商务局 |
茉莉花茶出口数字人民币结算 | 横州市 | 横州市人民政府 |
电子信息产品加工贸易数字人民币结算 | 南宁经济技术开发区 | 南宁经济技术开发区管委会 |
东盟木材进口数字人民币结算 | 良庆区 | 良庆区人民政府 |
跨境人民币“首办户”数字人民币结算 | 全市 | 中国人民银行广西壮族自治区分行 |
服务贸易数字人民币跨境收付 | 青秀区 | 市商务局 |
#跨境电商
对东盟跨境电商B2B出口数字人民币收款 | 中国（南宁）跨境电子商务综合试验区 | 市商务局 |
跨境电商零售进口数字人民币支付 | 南宁综合保税区 | 市商务局 |
东盟小语种跨境电商平台数字人民币收单 | 青秀区 | 青秀区人民政府 |
跨境电商海外仓数字人民币结算 | 良庆区 | 市商务局 |
跨境直播电商数字人民币结算 | 西乡塘区 | 西乡塘区人民政府 |
跨境电商物流企业数字人民币结算 | 江南区 | 市商务局 |
跨境电商出口退税款数字人民币到账 | 全市 | 国家税务总局南宁市税务局 |
#跨境物流与西部陆海新通道
西部陆海新通道海铁联运费用数字人民币结算 | 江南区 | 市交通运输局 |
中越跨境班列运费数字人民币结算 | 江南区 | 市交通运输局 | 依托南宁国际铁路港
跨境公路运输费用数字人民币结算 | 全市 | 市交通运输局 |
吴圩国际机场航空货运数字人民币结算 | 江南区 | 市交通运输局 |
国际货运代理企业数字人民币结算 | 良庆区 | 市商务局 |
跨境冷链物流数字人民币结算 | 西乡塘区 | 市发展改革委 |
中欧班列（南宁）回程货物数字人民币结算 | 江南区 | 市交通运输局 | 2025年起试点
#综合保税区
综合保税区企业间数字人民币货款结算 | 南宁综合保税区 | 市商务局 |
保税物流费用数字人民币缴付 | 南宁综合保税区 | 南宁海关 |
保税维修业务数字人民币结算 | 南宁综合保税区 | 南宁海关 |
海关税费数字人民币缴纳 | 全市 | 南宁海关 | 需经海关总署同意
保税展示交易数字人民币支付 | 南宁综合保税区 | 市商务局 |
#跨境投融资
外商投资企业资本金数字人民币入账 | 中国（广西）自由贸易试验区南宁片区 | 国家外汇管理局广西壮族自治区分局 |
面向东盟跨境人民币贷款数字人民币发放 | 中国（广西）自由贸易试验区南宁片区 | 中国人民银行广西壮族自治区分行 |
中国—东盟金融城机构数字人民币结算 | 良庆区 | 市地方金融管理局 |
境外投资资金数字人民币划转 | 全市 | 市发展改革委 |
跨境保险理赔数字人民币支付 | 青秀区 | 国家金融监督管理总局广西监管局 |
合格境外有限合伙人（QFLP）基金数字人民币投资 | 良庆区 | 市地方金融管理局 |
#会展服务
中国—东盟博览会展位费数字人民币缴纳 | 青秀区 | 市商务局 |
博览会境外参展商数字人民币支付 | 青秀区 | 市商务局 | 博览会期间开展
中国—东盟商务与投资峰会数字人民币支付 | 青秀区 | 市外办 |
会展配套服务数字人民币结算 | 良庆区 | 良庆区人民政府 |
#跨境旅游与消费
东盟游客数字人民币钱包开立 | 青秀区 | 中国人民银行广西壮族自治区分行 |
入境游客境外银行卡绑定数字人民币钱包 | 全市 | 中国人民银行广西壮族自治区分行 |
离境退税数字人民币支付 | 全市 | 国家税务总局南宁市税务局 |
青秀山景区数字人民币受理 | 青秀区 | 市文化广电和旅游局 |
三街两巷历史文化街区数字人民币消费 | 兴宁区 | 兴宁区人民政府 |
#跨境公共服务
东盟留学生学费数字人民币缴纳 | 西乡塘区 | 市教育局 |
东盟籍患者医疗费用数字人民币支付 | 青秀区 | 市卫生健康委 |
外国人证件办理费用数字人民币缴纳 | 全市 | 市公安局 |
涉东盟法律服务数字人民币结算 | 良庆区 | 市司法局 |
''')


def build_nanning():
    doc = new_doc()
    sec = doc.sections[0]
    page_footer(sec.footer, '- ', ' -', CENTER, 'Times New Roman', 14)
    NC = []   # notice clauses
    FC = []   # 方案 clauses
    IND = '　　'  # hand-typed indentation (no paragraph indent)

    def tp(runs, target):
        """paragraph indented with two full-width spaces typed by hand"""
        if isinstance(runs, str):
            runs = [runs]
        para(doc, [IND] + runs, indent=0)
        target.append(''.join(r if isinstance(r, str) else r[0] for r in runs if r is not BR))

    def head(t):
        para(doc, [IND, (t, HT)], indent=0)

    red_header(doc, '南宁市地方金融管理局文件', 32, 80)
    empty(doc)
    red_line(doc, '南金管发〔2024〕41号')
    empty(doc)
    # title split into two separate paragraphs
    para(doc, [('南宁市地方金融管理局关于印发', XBS, False, None, 22)], align=CENTER, indent=0, line=36)
    para(doc, [('《南宁市面向东盟的数字人民币跨境支付', XBS, False, None, 22)], align=CENTER, indent=0, line=36)
    para(doc, [('试点工作方案》的通知', XBS, False, None, 22)], align=CENTER, indent=0, line=36)
    empty(doc)
    para(doc, ['各县（市、区）人民政府，各开发区管委会，市直有关单位：'], indent=0)
    tp('经市人民政府同意，现将《南宁市面向东盟的数字人民币跨境支付试点工作方案》印发给你们，请结合实际认真贯彻落实。', NC)
    tp('各单位在执行过程中遇到的问题，请及时向市地方金融管理局反馈。', NC)
    empty(doc); empty(doc)
    para(doc, ['　　　　　　　　　　　　　　　　南宁市地方金融管理局'], indent=0)
    para(doc, ['　　　　　　　　　　　　　　　　　　2024年12月20日'], indent=0)
    empty(doc)
    para(doc, ['　　（此件公开发布）'], indent=0)

    page_break(doc)
    para(doc, [('南宁市面向东盟的数字人民币', XBS, False, None, 22), BR, ('跨境支付试点工作方案', XBS, False, None, 22)],
         align=CENTER, indent=0, line=36)
    empty(doc)
    tp('为贯彻落实国家关于建设面向东盟的金融开放门户的决策部署，积极稳妥推进数字人民币跨境支付试点，服务中国—东盟全面战略伙伴关系和'
       '西部陆海新通道建设，结合我市实际，制定本方案。', FC)
    empty(doc)
    head('一、总体目标')
    tp('到2026年，在对东盟贸易、跨境电商、跨境物流、综合保税区、跨境投融资和会展旅游等领域建成数字人民币跨境支付试点场景46个，'
       '数字人民币对东盟跨境结算规模累计达到100亿元，初步形成面向东盟的数字人民币跨境支付服务体系。', FC)
    empty(doc)
    head('二、试点内容')
    B = lambda t: (t, FS, True)
    tp([B('（一）推动对东盟贸易结算。'), '支持试点银行为对东盟进出口企业开立数字人民币对公钱包，在水果、农产品、木材、电子信息等'
        '重点商品贸易中推广数字人民币结算，鼓励企业在贸易合同中约定以数字人民币计价结算。'], FC)
    tp([B('（二）发展跨境电商支付。'), '依托中国（南宁）跨境电子商务综合试验区，支持跨境电商平台、海外仓和物流企业接入数字人民币支付，'
        '探索面向东盟小语种市场的数字人民币收单服务。'], FC)
    tp([B('（三）服务西部陆海新通道建设。'), '推动海铁联运、中越跨境班列、跨境公路运输和航空货运等物流费用使用数字人民币结算，',
        BR, '提升通道物流资金结算效率。'], FC)
    tp([B('（四）提升综合保税区支付便利度。'), '在南宁综合保税区开展区内企业货款、保税物流、保税维修、保税展示交易等数字人民币结算试点，'
        '配合南宁海关做好海关税费数字人民币缴纳相关工作。'], FC)
    tp([B('（五）稳妥开展跨境投融资试点。'), '在中国（广西）自由贸易试验区南宁片区探索外商投资企业资本金、跨境人民币贷款、'
        'QFLP基金投资等使用数字人民币，支持中国—东盟金融城入驻机构开展数字人民币业务创新。'], FC)
    tp([B('（六）丰富会展旅游消费场景。'), '结合中国—东盟博览会、中国—东盟商务与投资峰会，为境外参展商、东盟游客和留学生提供'
        '数字人民币钱包开立、支付和离境退税等服务。'], FC)
    empty(doc)
    head('三、实施步骤')
    tp([B('（一）启动部署阶段（2024年12月—2025年2月）。'), '印发试点工作方案，确定试点银行和首批试点场景，各牵头单位制定场景建设计划。'], FC)
    tp([B('（二）全面推进阶段（2025年3月—2026年6月）。'), '按照场景清单全面推进场景建设，每半年开展一次场景建设情况调度，及时解决试点中的问题。'], FC)
    tp([B('（三）总结评估阶段（2026年7月—2026年12月）。'), '对试点场景开展评估验收，总结提炼典型案例，形成可复制推广的制度创新成果。'], FC)
    empty(doc)
    head('四、保障措施')
    tp([B('（一）健全工作机制。'), '建立由市人民政府分管副市长牵头，市地方金融管理局、市商务局、中国人民银行广西壮族自治区分行等单位参加的'
        '试点工作协调机制，协调机制办公室设在市地方金融管理局。'], FC)
    tp([B('（二）强化政策支持。'), '统筹用好市级金融业发展专项资金，对试点成效突出的场景牵头单位、银行机构和企业给予奖励，具体办法由市地方金融管理局会同市财政局另行制定。'], FC)
    tp([B('（三）加强风险防控。'), '试点机构要严格落实反洗钱、反恐怖融资和跨境资金流动监测要求，防范利用数字人民币开展非法跨境资金转移等违法违规活动。'], FC)
    tp([B('（四）加强宣传培训。'), '面向涉外企业、东盟来邕人员开展数字人民币政策宣传和业务培训，营造良好的试点氛围。'], FC)
    empty(doc)
    head('五、其他事项')
    tp('本方案由市地方金融管理局负责解释。', FC)
    tp('本方案自印发之日起施行，有效期至2026年12月31日。', FC)
    empty(doc)
    para(doc, [IND + '附件：南宁市数字人民币跨境支付试点场景清单'], indent=0)

    # attachment in a landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(s2, landscape=True)
    para(doc, [('附件', HT)], indent=0, align=LEFT)
    para(doc, [('南宁市数字人民币跨境支付试点场景清单', XBS, False, None, 20)], align=CENTER, indent=0, line=32)
    empty(doc, 12)
    scene_table(doc, NN_ROWS, [14, 40, 72, 50, 46, 17], FC, merge_cat=False, size=12)

    # 版记 back in portrait
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(s3)
    for _ in range(14):
        empty(doc)
    p = para(doc, [('抄送：广西壮族自治区地方金融管理局，中国人民银行广西壮族自治区分行，市人民政府办公室。', FS, False, None, 14)],
             indent=0, line=26)
    border_para(p, 'top', '000000', 12, 1)
    border_para(p, 'bottom', '000000', 4, 1)
    fix_ppr_order(p)
    p = para(doc, [('南宁市地方金融管理局办公室　　　　　　　 2024年12月20日印发', FS, False, None, 14)], indent=0, line=26)
    border_para(p, 'bottom', '000000', 12, 1)
    fix_ppr_order(p)

    m1 = {
        'title': '南宁市地方金融管理局关于印发《南宁市面向东盟的数字人民币跨境支付试点工作方案》的通知',
        'doc_number': '南金管发〔2024〕41号',
        'issuer': ['南宁市地方金融管理局'],
        'date': '2024-12-20',
        'published': None,
        'level': 'municipal',
        'region': '南宁市',
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '通知',
        'recipients': ['各县（市、区）人民政府', '各开发区管委会', '市直有关单位'],
        'publicity': '此件公开发布',
        'repeals': None,
    }
    m2 = {
        'title': '南宁市面向东盟的数字人民币跨境支付试点工作方案',
        'doc_number': None,
        'issuer': ['南宁市地方金融管理局'],
        'date': '2024-12-20',
        'published': None,
        'level': 'municipal',
        'region': '南宁市',
        'effective': '2024-12-20',
        'expires': '2026-12-31',
        'attachments': ['南宁市数字人民币跨境支付试点场景清单'],
        'doc_type': '方案',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    }
    return doc, [{'meta': m1, 'clauses': NC}, {'meta': m2, 'clauses': FC}]


# ================================================================ main
def main():
    expected = {}
    for stem, builder in [('blind522_suzhou_tongzhi', build_suzhou),
                          ('blind522_xiamen_tongzhi', build_xiamen),
                          ('blind522_nanning_fangan', build_nanning)]:
        doc, objs = builder()
        path = os.path.join(HERE, stem + '.docx')
        doc.save(path)
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_522', '--headless',
                        '--convert-to', 'pdf', '--outdir', HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        expected[stem] = objs
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
