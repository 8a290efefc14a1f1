# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 527: 自贸片区市场监管轻微违法行为不予行政处罚清单（首违不罚）。
Writes blind527_*.docx, their PDFs (LibreOffice) and expected.json next to this script."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

XBS = '方正小标宋简体'
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
SONG = '宋体'

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


# ----------------------------------------------------------------- helpers
def set_run_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn('w:rFonts'))
    if rFonts is None:
        rFonts = OxmlElement('w:rFonts')
        rPr.insert(0, rFonts)
    for k in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rFonts.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color


def add_text_runs(p, text, font, size, bold=False, color=None):
    """'\n' inside text becomes a soft line break (Shift+Enter)."""
    parts = text.split('\n')
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_run_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break()


def para(container, text='', font=FS, size=16, bold=False, align=JUSTIFY,
         first_indent=None, color=None, line=28, runs=None, left_indent=None,
         before=0, after=0):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left_indent is not None:
        pf.left_indent = Pt(left_indent)
    if runs:
        for t, f, b in runs:
            add_text_runs(p, t, f, size, b, color)
    elif text:
        add_text_runs(p, text, font, size, bold, color)
    return p


def cell_para(cell, text, font=FS, size=11, bold=False, align=JUSTIFY, first=True, line=17):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(1)
    pf.space_after = Pt(1)
    add_text_runs(p, text, font, size, bold)
    return p


def fill_cell(cell, value, font=FS, size=11, bold=False, align=JUSTIFY):
    """value: str (may contain \n soft breaks) or list of str (separate paragraphs)."""
    vals = value if isinstance(value, list) else [value]
    for i, v in enumerate(vals):
        cell_para(cell, v, font, size, bold, align, first=(i == 0))
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def para_border(p, side='bottom', color='E60012', sz=12):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn('w:pBdr'))
    if pBdr is None:
        pBdr = OxmlElement('w:pBdr')
        pPr.append(pBdr)
    b = OxmlElement('w:' + side)
    b.set(qn('w:val'), 'single')
    b.set(qn('w:sz'), str(sz))
    b.set(qn('w:space'), '1')
    b.set(qn('w:color'), color)
    pBdr.append(b)


def table_borders(table, spec):
    """spec: dict side -> (val, sz). sides: top,left,bottom,right,insideH,insideV"""
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn('w:tblBorders'))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        val, sz = spec.get(side, ('nil', 0))
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), val)
        if val != 'nil':
            e.set(qn('w:sz'), str(sz))
            e.set(qn('w:space'), '0')
            e.set(qn('w:color'), '000000')
        b.append(e)
    tblPr.append(b)


NO_BORDERS = {}
GRID = {s: ('single', 4) for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')}


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths_cm):
        gc.set(qn('w:w'), str(int(w * 567)))
    tblPr = table._tbl.tblPr
    tw = tblPr.find(qn('w:tblW'))
    if tw is None:
        tw = OxmlElement('w:tblW'); tblPr.append(tw)
    tw.set(qn('w:type'), 'dxa'); tw.set(qn('w:w'), str(int(sum(widths_cm) * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement('w:tblHeader')
    e.set(qn('w:val'), 'true')
    trPr.append(e)


def no_split(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement('w:cantSplit')
    trPr.append(e)


def page_number_footer(section, font=SONG, size=14):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = CENTER
    r = p.add_run('— ')
    set_run_font(r, font, size)
    r = p.add_run()
    set_run_font(r, font, size)
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    for e in (f1, it, f2, t, f3):
        r._element.append(e)
    r = p.add_run(' —')
    set_run_font(r, font, size)


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)


def landscape(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Cm(29.7)
    sec.page_height = Cm(21.0)
    sec.top_margin = Cm(2.6)
    sec.bottom_margin = Cm(2.4)
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.5)
    return sec


def new_portrait(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec)
    return sec


def new_doc():
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), FS)
    portrait(doc.sections[0])
    page_number_footer(doc.sections[0])
    return doc


def add_chinese_numbering(doc, abstract_id=90, num_id=90):
    """Word automatic numbering 一、二、三、 (chineseCounting), no tab after the number."""
    numbering = doc.part.numbering_part.element
    abst = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体" w:hint="eastAsia"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls('w'), abstract_id))
    nums = numbering.findall(qn('w:num'))
    if nums:
        nums[0].addprevious(abst)
    else:
        numbering.append(abst)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls('w'), num_id, abstract_id))
    numbering.append(num)
    return num_id


def set_numbering(p, num_id, ilvl=0):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement('w:numPr')
    il = OxmlElement('w:ilvl'); il.set(qn('w:val'), str(ilvl))
    ni = OxmlElement('w:numId'); ni.set(qn('w:val'), str(num_id))
    numPr.append(il); numPr.append(ni)
    # numPr must come early in pPr (after pStyle/keepNext...), put it first
    pPr.insert(0, numPr)


def empty(doc, n=1, line=28):
    for _ in range(n):
        para(doc, '', line=line)


COLS = ['序号', '违法行为', '法律依据', '不予处罚的条件', '实施主体']


def row_clause(values):
    out = []
    for name, v in zip(COLS, values):
        if isinstance(v, list):
            v = ''.join(v)
        v = v.replace('\n', '')
        out.append('%s：%s' % (name, v))
    return '；'.join(out)


def strip_breaks(s):
    return s.replace('\n', '')


# ===================================================================== A: 厦门
A_STEM = 'blind527_xiamen_tongzhi'
A_QD_TITLE = '中国（福建）自由贸易试验区厦门片区市场监管领域轻微违法行为不予行政处罚清单（2025年版）'
A_TITLE = '关于印发《%s》的通知' % A_QD_TITLE
A_ISSUERS = ['厦门市市场监督管理局', '中国（福建）自由贸易试验区厦门片区管理委员会']
A_REGION = '中国（福建）自由贸易试验区厦门片区'

A_INTRO = ('为深入贯彻落实《中华人民共和国行政处罚法》《优化营商环境条例》和《福建省优化营商环境条例》，'
           '持续推进中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）包容审慎监管，营造市场化、法治化、国际化一流营商环境，'
           '厦门市市场监督管理局、厦门片区管委会在总结《中国（福建）自由贸易试验区厦门片区市场监管领域轻微违法行为免罚清单（试行）》'
           '实施情况的基础上，修订形成了《中国（福建）自由贸易试验区厦门片区市场监管领域轻微违法行为不予行政处罚清单（2025年版）》'
           '（以下简称《清单》），现印发给你们，并就有关事项通知如下：')

A_BODY = [
    # (kind, heading-part, rest) kind: 'item' run-in 黑体/楷体 heading, 'sub' sub item, 'p' plain
    ('item', '一、准确把握适用原则。',
     '《清单》适用于在厦门片区范围内（含厦门象屿综合保税区、厦门海沧港综合保税区）依法登记注册的市场主体，'
     '以及在片区内从事生产经营活动的其他当事人。对当事人的违法行为依法不予行政处罚的，应当坚持过罚相当、处罚与教育相结合原则，'
     '综合考虑违法行为的事实、性质、情节以及社会危害程度，不得以不予处罚代替监管，不得选择性执法。'),
    ('item', '二、规范办理程序。',
     '执法人员在日常检查、投诉举报处理、案件办理中发现当事人存在《清单》所列违法行为的，应当按照以下程序办理：'),
    ('sub', '', '（一）依法全面、客观、公正调查收集证据，查明违法事实，制作现场笔录或者询问笔录，并对当事人是否符合《清单》规定的条件进行审查。'),
    ('sub', '', '（二）符合不予处罚条件的，依法责令当事人改正违法行为，并通过说服教育、劝导示范、行政提示、行政指导等方式对当事人进行教育，督促其依法合规经营。'),
    ('sub', '', '（三）已经立案的，经市场监督管理部门负责人批准，作出不予行政处罚决定，制作《不予行政处罚决定书》并依法送达当事人；尚未立案的，可以不予立案，并将有关情况记录在案。'),
    ('sub', '', '（四）不予行政处罚决定应当依照《市场监督管理行政处罚信息公示规定》予以公示，公示期满后按规定撤下，不作为对当事人实施信用惩戒的依据。'),
    ('item', '三、坚持处罚与教育相结合。',
     '各执法单位要推行“首违不罚+普法教育”“首违不罚+信用提示”执法模式，在作出不予处罚决定时同步开展法律法规宣传，'
     '引导当事人签署《依法合规经营承诺书》。当事人在同一违法行为不予行政处罚后两年内再次实施同一违法行为的，不再适用《清单》，依法予以处罚。'),
    ('item', '四、加强监督指导。',
     '市市场监督管理局负责对《清单》的执行情况进行监督检查，厦门片区管委会负责做好政策宣传解读和涉企服务衔接工作。'
     '湖里区、海沧区市场监督管理局要建立不予处罚案件台账，于每年1月10日前将上一年度《清单》执行情况报送市市场监督管理局法规处。执行中遇到的问题，请及时反馈。'),
    ('item', '五、',
     '《清单》自2025年8月1日起施行，有效期至2028年7月31日。2022年3月印发的《中国（福建）自由贸易试验区厦门片区市场监管领域轻微违法行为免罚清单（试行）》'
     '（厦自贸委〔2022〕9号）同时废止。法律、法规、规章对轻微违法行为不予行政处罚另有规定的，从其规定。'),
    ('p', '', '联系人：市市场监督管理局法规处陈晓敏，联系电话：0592-5396712。'),
]

A_ROWS = [
    ['1', '市场主体未将营业执照置于住所或者主要经营场所醒目位置',
     '《市场主体登记管理条例》第四十八条第一款：“市场主体未依照本条例将营业执照置于住所或者主要经营场所醒目位置的，由登记机关责令改正；拒不改正的，处3万元以下的罚款。”',
     '初次违法，且在登记机关责令改正的期限内改正的。',
     '市、区市场监督管理部门'],
    ['2', '市场主体变更住所（主要经营场所）后未在规定期限内申请变更登记',
     ['《市场主体登记管理条例》第二十四条第一款：“市场主体变更登记事项，应当自作出变更决议、决定或者法定变更事项发生之日起30日内向登记机关申请变更登记。”',
      '《市场主体登记管理条例》第四十六条：“市场主体未依照本条例办理变更登记的，由登记机关责令改正；拒不改正的，处1万元以上10万元以下的罚款；情节严重的，吊销营业执照。”'],
     ['新住所（主要经营场所）仍在厦门片区范围内，通过登记的联系方式能够取得联系，且在责令改正期限内申请变更登记的。',
      '因综合保税区围网调整、园区整体搬迁等客观原因导致逾期的，参照本项执行。'],
     '市、区市场监督管理部门'],
    ['3', '跨境电子商务经营者未在其网站首页或者从事经营活动的主页面显著位置公示营业执照信息、行政许可信息',
     ['《中华人民共和国电子商务法》第十五条第一款：“电子商务经营者应当在其首页显著位置，持续公示营业执照信息、与其经营业务有关的行政许可信息、属于依照本法第十条规定的不需要办理市场主体登记情形等信息，或者上述信息的链接标识。”',
      '第七十六条第一款第（一）项：“电子商务经营者违反本法规定，有下列行为之一的，由市场监督管理部门责令限期改正，可以处一万元以下的罚款，对其中的电子商务平台经营者，依照本法第八十一条第一款的规定处罚：（一）未在首页显著位置公示营业执照信息、行政许可信息、属于不需要办理市场主体登记情形等信息，或者上述信息的链接标识的；”'],
     '初次违法，经营者已依法取得相关证照，且在责令限期改正的期限内改正的。',
     '市、区市场监督管理部门'],
    ['4', '广告中使用数据、统计资料、调查结果、文摘、引用语等引证内容未表明出处',
     ['《中华人民共和国广告法》第十一条第二款：“广告使用数据、统计资料、调查结果、文摘、引用语等引证内容的，应当真实、准确，并表明出处。引证内容有适用范围和有效期限的，应当明确表示。”',
      '《中华人民共和国广告法》第五十九条第一款第（二）项：“有下列行为之一的，由市场监督管理部门责令停止发布广告，对广告主处十万元以下的罚款：……（二）广告引证内容违反本法第十一条规定的；”'],
     '初次违法，引证内容真实、准确，未造成危害后果，且主动停止发布或者在责令改正期限内改正的。',
     '市、区市场监督管理部门'],
    ['5', '经营者销售商品、提供服务未按规定明码标价',
     ['《中华人民共和国价格法》第十三条第一款：“经营者销售、收购商品和提供服务，应当按照政府价格主管部门的规定明码标价，注明商品的品名、产地、规格、等级、计价单位、价格或者服务的项目、收费标准等有关情况。”',
      '《中华人民共和国价格法》第四十二条：“经营者违反明码标价规定的，责令改正，没收违法所得，可以并处五千元以下的罚款。”'],
     '初次违法，实际收取价格未高于同期市场价格，未损害消费者合法权益，且及时改正的。',
     '湖里区、海沧区市场监督管理局'],
    ['6', '将未注册商标冒充注册商标使用',
     '《中华人民共和国商标法》第五十二条：“将未注册商标冒充注册商标使用的，或者使用未注册商标违反本法第十条规定的，由地方工商行政管理部门予以制止，限期改正，并可以予以通报，违法经营额五万元以上的，可以处违法经营额百分之二十以下的罚款，没有违法经营额或者违法经营额不足五万元的，可以处一万元以下的罚款。”',
     '初次违法，违法经营额不足1万元，所使用的商标未违反《中华人民共和国商标法》第十条规定，且在限期改正期限内改正的。',
     '市、区市场监督管理部门'],
    ['7', '保税展示交易场所内的食品经营者未按要求贮存食品',
     '《中华人民共和国食品安全法》第一百三十二条：“违反本法规定，未按要求进行食品贮存、运输和装卸的，由县级以上人民政府食品安全监督管理等部门按照各自职责分工责令改正，给予警告；拒不改正的，责令停产停业，并处一万元以上五万元以下罚款；情节严重的，吊销许可证。”',
     ['初次违法，贮存的食品未发生腐败变质、未超过保质期，未造成危害后果，且当场改正的。',
      '涉及特殊医学用途配方食品、婴幼儿配方食品的，不适用本项。'],
     '湖里区、海沧区市场监督管理局'],
    ['8', '保税展示交易商品的产品标识不符合规定（不含食品、化妆品、药品、医疗器械）',
     ['《中华人民共和国产品质量法》第二十七条第一款第（二）项：“产品或者其包装上的标识必须真实，并符合下列要求：……（二）有中文标明的产品名称、生产厂厂名和厂址；”',
      '《中华人民共和国产品质量法》第五十四条：“产品标识不符合本法第二十七条规定的，责令改正；有包装的产品标识不符合本法第二十七条第（四）项、第（五）项规定，情节严重的，责令停止生产、销售，并处违法生产、销售产品货值金额百分之三十以下的罚款；有违法所得的，并处没收违法所得。”'],
     '初次违法，产品质量经检验合格，标识瑕疵不影响产品安全使用、不会对消费者造成误导，且在责令改正期限内改正的。',
     '市、区市场监督管理部门'],
]

A_NOTES = [
    '1.本清单所称“初次违法”，是指当事人在厦门片区范围内首次被市场监督管理部门发现实施本清单所列同一违法行为，或者距上一次实施同一违法行为被发现之日已满两年。',
    '2.本清单所称“及时改正”，是指当事人在市场监督管理部门发现违法行为前主动改正，或者在市场监督管理部门责令改正的期限内改正。',
    '3.当事人有证据足以证明没有主观过错的，不予行政处罚；法律、行政法规另有规定的，从其规定。本清单未列入的轻微违法行为，符合《中华人民共和国行政处罚法》第三十三条规定的，依法不予行政处罚。',
    '4.本清单由厦门市市场监督管理局负责解释，自2025年8月1日起施行。',
]


def build_a():
    doc = new_doc()
    # 版头: layout table, two organs + 文件
    t = doc.add_table(rows=1, cols=2)
    table_borders(t, NO_BORDERS)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.rows[0].cells
    cell_para(c0, '厦门市市场监督管理局', XBS, 20, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=36)
    cell_para(c0, '中国（福建）自由贸易试验区厦门片区管理委员会', XBS, 13, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
              first=False, line=36)
    for r in c0.paragraphs[0].runs + c0.paragraphs[1].runs:
        r.font.color.rgb = RED
    cell_para(c1, '文件', XBS, 36, align=CENTER, line=56)
    c1.paragraphs[0].runs[0].font.color.rgb = RED
    c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_col_widths(t, [11.8, 3.8])
    empty(doc, 1)
    p = para(doc, '厦市监〔2025〕41号', FS, 16, align=CENTER)
    p = para(doc, '', line=10)
    para_border(p, 'bottom', 'E60012', 18)
    empty(doc, 1)
    para(doc, '关于印发《中国（福建）自由贸易试验区\n厦门片区市场监管领域轻微违法行为\n不予行政处罚清单（2025年版）》的通知',
         XBS, 22, align=CENTER, line=34)
    empty(doc, 1)
    para(doc, '厦门片区管委会各局（办），市市场监督管理局各处室，湖里区市场监督管理局，海沧区市场监督管理局：',
         FS, 16, align=JUSTIFY)
    # body — hand-typed indentation with two full-width spaces
    para(doc, '　　' + A_INTRO)
    for kind, head, rest in A_BODY:
        if kind == 'item' and head == '五、':
            para(doc, runs=[('　　五、', HT, False), (rest, FS, False)])
        elif kind == 'item':
            para(doc, runs=[('　　' + head, HT, False), (rest, FS, False)])
        else:
            para(doc, '　　' + rest)
    empty(doc, 1)
    para(doc, '　　附件：中国（福建）自由贸易试验区厦门片区\n'
              '　　　　　市场监管领域轻微违法行为不予行政处罚清单\n'
              '　　　　　（2025年版）', align=None)
    empty(doc, 3)
    # joint signature typed with spaces
    para(doc, '　　厦门市市场监督管理局　　中国（福建）自由贸易试验区', align=None)
    para(doc, '　　　　　　　　　　　　　　　厦门片区管理委员会', align=None)
    empty(doc, 1)
    para(doc, '　　　　　　　　　　　　　　　　　2025年7月15日', align=None)
    empty(doc, 1)
    para(doc, '　　（此件公开发布）')

    # ---- attachment in landscape
    sec = landscape(doc)
    para(doc, '附件', HT, 16, align=None)
    empty(doc, 1, line=14)
    para(doc, '中国（福建）自由贸易试验区厦门片区市场监管领域\n轻微违法行为不予行政处罚清单\n（2025年版）',
         XBS, 20, align=CENTER, line=30)
    empty(doc, 1, line=14)
    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = doc.styles['Table Grid']
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ['序  号', '违 法 行 为', '法 律 依 据', '不予处罚的条件', '实施主体']
    for c, h in zip(tbl.rows[0].cells, hdr):
        fill_cell(c, h, HT, 12, align=CENTER)
    repeat_header(tbl.rows[0])
    for row in A_ROWS:
        cells = tbl.add_row().cells
        for i, v in enumerate(row):
            fill_cell(cells[i], v, FS, 11, align=CENTER if i in (0, 4) else JUSTIFY)
    set_col_widths(tbl, [1.3, 4.8, 10.0, 5.3, 3.2])
    empty(doc, 1, line=14)
    para(doc, '备注：', HT, 14, align=None, line=24)
    for n in A_NOTES:
        para(doc, n, FS, 14, first_indent=28, line=24)

    # ---- 版记 on a portrait last page (table)
    new_portrait(doc)
    empty(doc, 14)
    bj = doc.add_table(rows=2, cols=1)
    table_borders(bj, {'top': ('single', 8), 'bottom': ('single', 8), 'insideH': ('single', 4)})
    cell_para(bj.rows[0].cells[0], '抄送：福建省市场监督管理局，市司法局，湖里区人民政府，海沧区人民政府。', FS, 14,
              align=None, line=26)
    cell_para(bj.rows[1].cells[0], '厦门市市场监督管理局办公室　　　　2025年7月16日印发', FS, 14,
              align=None, line=26)
    set_col_widths(bj, [15.6])

    path = os.path.join(HERE, A_STEM + '.docx')
    doc.save(path)

    clauses = [A_INTRO]
    for kind, head, rest in A_BODY:
        clauses.append((head + rest) if kind == 'item' else rest)
    notice = {
        'meta': {
            'title': A_TITLE,
            'doc_number': '厦市监〔2025〕41号',
            'issuer': A_ISSUERS,
            'date': '2025-07-15',
            'published': None,
            'level': 'zone',
            'region': A_REGION,
            'effective': '2025-08-01',
            'expires': '2028-07-31',
            'attachments': [A_QD_TITLE],
            'doc_type': '通知',
            'recipients': ['厦门片区管委会各局（办）', '市市场监督管理局各处室', '湖里区市场监督管理局', '海沧区市场监督管理局'],
            'publicity': '此件公开发布',
            'repeals': '《中国（福建）自由贸易试验区厦门片区市场监管领域轻微违法行为免罚清单（试行）》（厦自贸委〔2022〕9号）',
        },
        'clauses': clauses,
    }
    qd = {
        'meta': {
            'title': A_QD_TITLE,
            'doc_number': None,
            'issuer': A_ISSUERS,
            'date': '2025-07-15',
            'published': None,
            'level': 'zone',
            'region': A_REGION,
            'effective': '2025-08-01',
            'expires': '2028-07-31',
            'attachments': [],
            'doc_type': '清单',
            'recipients': [],
            'publicity': None,
            'repeals': None,
        },
        'clauses': [row_clause(r) for r in A_ROWS] + A_NOTES,
    }
    return A_STEM, path, [notice, qd]


# ===================================================================== B: 南沙
B_STEM = 'blind527_nansha_tongzhi'
B_QD_TITLE = '中国（广东）自由贸易试验区广州南沙新区片区市场监管领域“首违不罚”事项清单'
B_TITLE = '关于印发《%s》的通知' % B_QD_TITLE
B_ISSUERS = ['中国（广东）自由贸易试验区广州南沙新区片区管理委员会', '广州市南沙区市场监督管理局']
B_REGION = '中国（广东）自由贸易试验区广州南沙新区片区'

B_INTRO = ('为贯彻落实《中华人民共和国行政处罚法》《广州南沙深化面向世界的粤港澳全面合作总体方案》，'
           '进一步优化中国（广东）自由贸易试验区广州南沙新区片区（以下简称南沙片区）法治化营商环境，激发经营主体活力，'
           '经研究，制定了《中国（广东）自由贸易试验区广州南沙新区片区市场监管领域“首违不罚”事项清单》（以下简称清单），'
           '现印发给你们，请认真贯彻执行。有关事项通知如下：')

# items numbered by Word (一、二、…) — text without the number
B_ITEMS = [
    ('适用范围。', '清单适用于在南沙片区（含广州南沙综合保税区）内登记注册的经营主体，以及在南沙片区内从事跨境电商、保税展示交易、'
              '国际贸易等经营活动的其他当事人。港澳投资经营主体在南沙片区内发生清单所列违法行为的，同等适用。', []),
    ('适用条件。', '当事人同时符合下列条件的，依法不予行政处罚：',
     ['1.属于清单所列违法行为；',
      '2.初次违法，即当事人在两年内首次被市场监管部门发现实施同一违法行为；',
      '3.危害后果轻微；',
      '4.在市场监管部门责令改正的期限内改正或者主动改正。']),
    ('不适用情形。', '有下列情形之一的，不适用清单：（一）违法行为涉及食品、药品、特种设备等直接关系人民群众生命健康安全领域的；'
                '（二）在自然灾害、事故灾难、公共卫生事件等突发事件期间实施违法行为的；（三）拒不配合调查或者拒不改正的；'
                '（四）法律、法规、规章规定应当依法予以处罚的其他情形。', []),
    ('工作要求。', '各执法队、市场监管所要严格按照清单规定的条件和程序办理，统一使用《“首违不罚”告知承诺书》，'
              '对不予处罚的当事人开展“首违不罚+普法教育”，建立不予处罚案件台账，于每季度结束后5个工作日内报区市场监督管理局法规科。'
              '区市场监督管理局将适时对清单执行情况开展评估，并根据法律法规修订情况动态调整清单。', []),
    ('施行日期。', '本通知及所附清单自2026年4月1日起施行，有效期5年。', []),
]
B_CN = ['一', '二', '三', '四', '五']

# \n inside a cell = soft line break (Shift+Enter) between the two legal bases
B_ROWS = [
    ['1', '网络交易经营者未在其网站首页或者从事经营活动的主页面显著位置持续公示经营主体登记信息',
     '《网络交易监督管理办法》第十二条第一款：“网络交易经营者应当在其网站首页或者从事经营活动的主页面显著位置，持续公示经营者主体信息或者该信息的链接标识。”\n'
     '《网络交易监督管理办法》第四十条：“网络交易经营者违反本办法第十二条、第二十三条，法律、行政法规有规定的，依照其规定；法律、行政法规没有规定的，由市场监督管理部门依职权责令限期改正，可以处一万元以下罚款。”',
     '初次违法，公示信息真实有效，且在责令限期改正期限内改正的。',
     '广州市南沙区市场监督管理局'],
    ['2', '经营主体未按规定办理董事、监事、高级管理人员或者联络员备案',
     '《市场主体登记管理条例》第二十九条：“市场主体变更本条例第九条规定的备案事项的，应当自作出变更决议、决定或者法定变更事项发生之日起30日内向登记机关办理备案。……”\n'
     '《市场主体登记管理条例》第四十七条：“市场主体未依照本条例办理备案的，由登记机关责令改正；拒不改正的，处5万元以下的罚款。”',
     '初次违法，未对交易安全和相对人权益造成不利影响，且在登记机关责令改正期限内办理备案的。',
     '广州市南沙区市场监督管理局'],
    ['3', '广告涉及专利产品或者专利方法，未标明专利号和专利种类',
     '《中华人民共和国广告法》第十二条第一款：“广告中涉及专利产品或者专利方法的，应当标明专利号和专利种类。”\n'
     '第五十九条第一款第（三）项：“有下列行为之一的，由市场监督管理部门责令停止发布广告，对广告主处十万元以下的罚款：……（三）涉及专利的广告违反本法第十二条规定的；”',
     '初次违法，专利真实有效，且主动或者在责令改正期限内改正的。',
     '广州市南沙区市场监督管理局'],
    ['4', '通过网络直播等方式发布的广告不具有可识别性，未显著标明“广告”',
     '《中华人民共和国广告法》第十四条第一款：“广告应当具有可识别性，能够使消费者辨明其为广告。”\n'
     '第五十九条第三款：“违反本法第十四条规定，不具有可识别性的，或者违反本法第十九条规定，变相发布医疗、药品、医疗器械、保健食品广告的，由市场监督管理部门责令改正，对广告发布者处十万元以下的罚款。”',
     '初次违法，广告内容不涉及医疗、药品、医疗器械、保健食品、特殊医学用途配方食品，未造成危害后果，且及时改正的。',
     '广州市南沙区市场监督管理局'],
    ['5', '使用属于强制检定范围的计量器具未按照规定申请检定',
     '《中华人民共和国计量法实施细则》第四十三条：“属于强制检定范围的计量器具，未按照规定申请检定和属于非强制检定范围的计量器具未自行定期检定或者送其他计量检定机构定期检定的，以及经检定不合格继续使用的，责令其停止使用，可并处一千元以下的罚款。”',
     '初次违法，计量器具经检定合格，未造成损失，且在责令改正期限内申请检定的。',
     '广州市南沙区市场监督管理局'],
    ['6', '经营者未以显著方式明码标价，或者标价签未标明价格所对应的商品或者服务',
     '《明码标价和禁止价格欺诈规定》第五条第一款：“经营者应当以显著方式进行明码标价，明确标示价格所对应的商品或者服务。”\n'
     '第二十一条：“经营者违反本规定有关明码标价规定的，由县级以上市场监督管理部门依照《中华人民共和国价格法》《价格违法行为行政处罚规定》有关规定进行处罚。”',
     '初次违法，标示的价格与实际收取的价格一致，且当场改正的。',
     '广州市南沙区市场监督管理局'],
    ['7', '电子商务经营者未明示用户信息查询、更正、删除以及用户注销的方式、程序',
     '《中华人民共和国电子商务法》第二十四条第一款：“电子商务经营者应当明示用户信息查询、更正、删除以及用户注销的方式、程序，不得对用户信息查询、更正、删除以及用户注销设置不合理条件。”\n'
     '第七十六条第一款第（三）项：“……（三）未明示用户信息查询、更正、删除以及用户注销的方式、程序，或者对用户信息查询、更正、删除以及用户注销设置不合理条件的；”',
     '初次违法，未造成用户个人信息泄露等危害后果，且在责令限期改正的期限内改正的。',
     '广州市南沙区市场监督管理局'],
    ['8', '将“驰名商标”字样用于商品、商品包装或者容器上，或者用于广告宣传、展览以及其他商业活动中',
     '《中华人民共和国商标法》第十四条第五款：“生产、经营者不得将‘驰名商标’字样用于商品、商品包装或者容器上，或者用于广告宣传、展览以及其他商业活动中。”\n'
     '第五十三条：“违反本法第十四条第五款规定的，由地方工商行政管理部门责令改正，处十万元罚款。”',
     '初次违法，系在网店、宣传册等存量宣传材料中使用，影响范围较小，且在责令改正期限内全部清除的。',
     '广州市南沙区市场监督管理局'],
]

B_NOTES = [
    '注：1.清单所列违法行为的法律依据如有修订的，以修订后的条款为准。',
    '2.清单所称“危害后果轻微”，一般是指违法行为持续时间短、涉及金额小、社会影响小，未造成人身伤害、重大财产损失或者恶劣社会影响。',
    '3.港澳经营主体、外商投资企业适用清单，与内资经营主体享有同等待遇。',
]


def b_table(doc, rows):
    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = doc.styles['Table Grid']
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ['序号', '违法行为', '法律依据', '不予处罚\n的条件', '实施主体']
    for c, h in zip(tbl.rows[0].cells, hdr):
        fill_cell(c, h, HT, 12, align=CENTER)
    for row in rows:
        r = tbl.add_row()
        no_split(r)
        for i, v in enumerate(row):
            fill_cell(r.cells[i], v, FS, 11, align=CENTER if i in (0, 4) else None)
    set_col_widths(tbl, [1.2, 5.0, 10.2, 5.2, 3.0])
    return tbl


def build_b():
    doc = new_doc()
    num_id = add_chinese_numbering(doc)
    para(doc, '中国（广东）自由贸易试验区广州南沙新区片区管理委员会', XBS, 15, align=CENTER, color=RED, line=34)
    para(doc, '广州市南沙区市场监督管理局', XBS, 30, align=CENTER, color=RED, line=44)
    empty(doc, 1)
    p = para(doc, '穗南自贸〔2026〕5号', FS, 16, align=CENTER)
    para_border(p, 'bottom', 'E60012', 18)
    empty(doc, 2)
    # title typed as two separate paragraphs
    para(doc, '关于印发《中国（广东）自由贸易试验区', XBS, 22, align=CENTER, line=34)
    para(doc, '广州南沙新区片区市场监管领域', XBS, 22, align=CENTER, line=34)
    para(doc, '“首违不罚”事项清单》的通知', XBS, 22, align=CENTER, line=34)
    empty(doc, 1)
    para(doc, '区市场监督管理局各科室，各市场监管所，区市场监管综合执法大队，南沙片区各有关单位：', align=JUSTIFY)
    para(doc, B_INTRO, first_indent=32)
    for head, rest, subs in B_ITEMS:
        p = para(doc, runs=[(head, HT, False), (rest, FS, False)])
        set_numbering(p, num_id)
        for s in subs:
            para(doc, s, first_indent=32)
    empty(doc, 1)
    para(doc, '附件：中国（广东）自由贸易试验区广州南沙新区片区市场监管领域“首违不罚”事项清单',
         first_indent=32, left_indent=0)
    empty(doc, 2)
    # 落款 in a borderless layout table
    lk = doc.add_table(rows=2, cols=2)
    table_borders(lk, NO_BORDERS)
    cell_para(lk.rows[0].cells[0], '中国（广东）自由贸易试验区\n广州南沙新区片区管理委员会', FS, 16, align=CENTER, line=28)
    cell_para(lk.rows[0].cells[1], '广州市南沙区市场监督管理局', FS, 16, align=CENTER, line=28)
    m = lk.rows[1].cells[0].merge(lk.rows[1].cells[1])
    cell_para(m, '2026年3月9日', FS, 16, align=RIGHT, line=28)
    m.paragraphs[0].paragraph_format.right_indent = Pt(64)
    set_col_widths(lk, [7.8, 7.8])
    empty(doc, 1)
    para(doc, '（此件公开发布）', first_indent=32)

    landscape(doc)
    para(doc, '附件', HT, 16, align=None)
    para(doc, B_QD_TITLE, XBS, 20, align=CENTER, line=32, before=6, after=10)
    b_table(doc, B_ROWS[:5])
    # the typist split the table and re-typed the header on the next page
    p = para(doc, '', line=6)
    p.paragraph_format.page_break_before = True
    b_table(doc, B_ROWS[5:])
    empty(doc, 1, line=12)
    for n in B_NOTES:
        para(doc, n, FS, 14, line=24, first_indent=28)

    # 版记 as bordered paragraphs
    new_portrait(doc)
    empty(doc, 16)
    p = para(doc, '抄送：广州市市场监督管理局，南沙区司法局。', FS, 14, align=None, line=26, left_indent=14)
    para_border(p, 'top', '000000', 8)
    para_border(p, 'bottom', '000000', 4)
    p = para(doc, '广州市南沙区市场监督管理局办公室　　2026年3月10日印发', FS, 14, align=None, line=26,
             left_indent=14)
    para_border(p, 'bottom', '000000', 8)

    path = os.path.join(HERE, B_STEM + '.docx')
    doc.save(path)

    clauses = [B_INTRO]
    for i, (head, rest, subs) in enumerate(B_ITEMS):
        clauses.append(B_CN[i] + '、' + head + rest)
        clauses.extend(subs)
    notice = {
        'meta': {
            'title': B_TITLE,
            'doc_number': '穗南自贸〔2026〕5号',
            'issuer': B_ISSUERS,
            'date': '2026-03-09',
            'published': None,
            'level': 'zone',
            'region': B_REGION,
            'effective': '2026-04-01',
            'expires': '2031-03-31',
            'attachments': [B_QD_TITLE],
            'doc_type': '通知',
            'recipients': ['区市场监督管理局各科室', '各市场监管所', '区市场监管综合执法大队', '南沙片区各有关单位'],
            'publicity': '此件公开发布',
            'repeals': None,
        },
        'clauses': clauses,
    }
    qd = {
        'meta': {
            'title': B_QD_TITLE,
            'doc_number': None,
            'issuer': B_ISSUERS,
            'date': '2026-03-09',
            'published': None,
            'level': 'zone',
            'region': B_REGION,
            'effective': '2026-04-01',
            'expires': '2031-03-31',
            'attachments': [],
            'doc_type': '清单',
            'recipients': [],
            'publicity': None,
            'repeals': None,
        },
        'clauses': [row_clause(r) for r in B_ROWS] + B_NOTES,
    }
    return B_STEM, path, [notice, qd]


# ===================================================================== C: 青岛
C_STEM = 'blind527_qingdao_tongzhi'
C_QD_TITLE = '中国（山东）自由贸易试验区青岛片区市场监管领域轻微违法行为不予行政处罚清单'
C_TITLE = '青岛市黄岛区市场监督管理局关于印发《%s》的通知' % C_QD_TITLE
C_ISSUERS = ['青岛市黄岛区市场监督管理局']
C_REGION = '中国（山东）自由贸易试验区青岛片区'
C_ATTS = [C_QD_TITLE, '轻微违法行为不予行政处罚告知书（参考样式）']

C_INTRO = ('为进一步深化中国（山东）自由贸易试验区青岛片区（以下简称青岛片区）制度创新，推行柔性执法和包容审慎监管，'
           '根据《中华人民共和国行政处罚法》第三十三条和《山东省优化营商环境条例》等规定，结合青岛片区跨境电商、保税物流、国际贸易等产业特点，'
           '我局制定了《中国（山东）自由贸易试验区青岛片区市场监管领域轻微违法行为不予行政处罚清单》，现印发给你们，请结合实际认真抓好落实。')

# headings on their own line (not clauses) followed by paragraphs
C_SECTIONS = [
    ('一、适用范围', [
        ('', '本清单适用于在青岛片区（含青岛前湾综合保税区、青岛西海岸综合保税区）范围内依法登记的经营主体，'
             '以及在青岛片区内从事生产经营活动的其他公民、法人和其他组织。青岛片区以外的黄岛区其他区域，参照本清单执行。'),
    ]),
    ('二、适用规则', [
        ('', '（一）当事人的违法行为同时符合本清单所列违法行为及不予处罚条件的，依法不予行政处罚。'),
        ('', '（二）不予行政处罚的，应当对当事人进行教育，责令其改正违法行为，并可以制作《轻微违法行为不予行政处罚告知书》送达当事人。'),
        ('', '（三）对当事人的违法行为依法不予行政处罚的，不得以约谈、责令整改等方式变相处罚，也不得以不予处罚为由放松事中事后监管。'),
    ]),
    ('三、工作要求', [
        ('（一）强化统筹协调。', '各市场监管所、局机关各科室要充分认识推行轻微违法行为不予行政处罚的重要意义，'
                        '加强与青岛片区管委会、黄岛海关等单位的沟通协作，形成监管合力。'),
        ('（二）加强宣传引导。', '要充分利用“12315”平台、政务新媒体和“企业开放日”等渠道，面向跨境电商、保税物流、外贸综合服务企业开展清单解读，'
                        '提升经营主体依法经营意识。'),
        ('（三）做好跟踪评估。', '区市场监管综合执法大队要对清单执行情况开展跟踪评估，及时总结典型案例，每半年向局法制科报送一次执行情况。'),
    ]),
    ('四、施行时间', [
        ('', '本清单自2025年12月1日起施行，有效期至2027年11月30日。施行期间，国家和省、市出台新规定的，从其规定。'),
    ]),
]

C_ROWS = [
    ['1', '电子商务经营者自行终止从事电子商务，未在首页显著位置持续公示有关信息',
     ['《中华人民共和国电子商务法》第十六条：“电子商务经营者自行终止从事电子商务的，应当提前三十日在首页显著位置持续公示有关信息。”',
      '《中华人民共和国电子商务法》第七十六条第一款第（二）项：“电子商务经营者违反本法规定，有下列行为之一的，由市场监督管理部门责令限期改正，可以处一万元以下的罚款，对其中的电子商务平台经营者，依照本法第八十一条第一款的规定处罚：……（二）未在首页显著位置持续公示终止电子商务的有关信息的；”'],
     '初次违法，已妥善处理消费者订单及售后事宜，未引发消费纠纷，且在责令限期改正期限内改正的。',
     '青岛市黄岛区市场监督管理局'],
    ['2', '跨境电子商务平台经营者未在首页显著位置持续公示平台服务协议、交易规则信息或者上述信息的链接标识',
     ['《中华人民共和国电子商务法》第三十三条：“电子商务平台经营者应当在其首页显著位置持续公示平台服务协议和交易规则信息或者上述信息的链接标识，并保证经营者和消费者能够便利、完整地阅览和下载。”',
      '《中华人民共和国电子商务法》第八十一条第一款第（一）项：“电子商务平台经营者违反本法规定，有下列行为之一的，由市场监督管理部门责令限期改正，可以处二万元以上十万元以下的罚款；情节严重的，处十万元以上五十万元以下的罚款：（一）未在首页显著位置持续公示平台服务协议、交易规则信息或者上述信息的链接标识的；”'],
     '初次违法，平台服务协议、交易规则已依法制定，公示缺失时间不超过15日，且在责令限期改正期限内改正的。',
     '青岛市黄岛区市场监督管理局'],
    ['3', '经营的进口预包装食品中文标签存在瑕疵，但不影响食品安全且不会对消费者造成误导',
     ['《中华人民共和国食品安全法》第九十七条：“进口的预包装食品、食品添加剂应当有中文标签；依法应当有说明书的，还应当有中文说明书。……”',
      '《中华人民共和国食品安全法》第一百二十五条第二款：“生产经营的食品、食品添加剂的标签、说明书存在瑕疵但不影响食品安全且不会对消费者造成误导的，由县级以上人民政府食品安全监督管理部门责令改正；拒不改正的，处二千元以下罚款。”'],
     ['初次违法，能够提供入境货物检验检疫证明、进口货物报关单等合法来源证明，且在责令改正期限内改正的。',
      '在综合保税区内开展保税展示交易的，可以通过加贴中文标签方式改正。'],
     '青岛市黄岛区市场监督管理局'],
    ['4', '广告中对商品的产地、性能、用途等表述不准确、不清楚、不明白',
     ['《中华人民共和国广告法》第八条第一款：“广告中对商品的性能、功能、产地、用途、质量、成分、价格、生产者、有效期限、允诺等或者对服务的内容、提供者、形式、质量、价格、允诺等有表示的，应当准确、清楚、明白。”',
      '《中华人民共和国广告法》第五十九条第一款第（一）项：“有下列行为之一的，由市场监督管理部门责令停止发布广告，对广告主处十万元以下的罚款：（一）广告内容违反本法第八条规定的；”'],
     '初次违法，广告内容真实，未对消费者造成误导，且主动或者在责令改正期限内改正的。',
     '青岛市黄岛区市场监督管理局'],
    ['5', '特种设备使用单位未依法设置使用登记标志、定期检验标志',
     ['《中华人民共和国特种设备安全法》第三十三条：“特种设备使用单位应当在特种设备投入使用前或者投入使用后三十日内，向负责特种设备安全监督管理的部门办理使用登记，取得使用登记证书。登记标志应当置于该特种设备的显著位置。”',
      '《中华人民共和国特种设备安全法》第八十三条第（二）项：“违反本法规定，特种设备使用单位有下列行为之一的，责令限期改正；逾期未改正的，责令停止使用有关特种设备，处一万元以上十万元以下罚款：……（二）未建立特种设备安全技术档案或者安全技术档案不符合规定要求，或者未依法设置使用登记标志、定期检验标志的；”'],
     '特种设备已依法办理使用登记并经定期检验合格，仅登记标志、定期检验标志未张贴或者张贴位置不明显，且在责令限期改正期限内改正的。',
     '青岛市黄岛区市场监督管理局'],
    ['6', '销售的定量包装商品未正确、清晰地标注净含量',
     ['《定量包装商品计量监督管理办法》第五条第一款：“定量包装商品应当在其商品包装的显著位置正确、清晰地标注定量包装商品的净含量。”',
      '《定量包装商品计量监督管理办法》第十八条：“违反本办法第五条、第六条、第七条规定，未正确、清晰地标注净含量的，由县级以上地方市场监督管理部门责令改正；未标注净含量的，限期改正，处三万元以下罚款。”'],
     '初次违法，实际净含量符合计量要求，且在责令改正期限内改正的。',
     '青岛市黄岛区市场监督管理局'],
    ['7', '销售的限期使用产品未在显著位置清晰标明生产日期和安全使用期或者失效日期',
     ['《中华人民共和国产品质量法》第二十七条第一款第（四）项：“限期使用的产品，应当在显著位置清晰地标明生产日期和安全使用期或者失效日期；”',
      '《中华人民共和国产品质量法》第五十四条：“产品标识不符合本法第二十七条规定的，责令改正；……”'],
     '初次违法，产品在安全使用期或者失效日期内，货值金额不足5000元，且在责令改正期限内改正的。',
     '青岛市黄岛区市场监督管理局'],
]

C_NOTES = [
    '备注：本清单所列事项，当事人有证据足以证明没有主观过错的，不予行政处罚；法律、行政法规另有规定的，从其规定。',
    '本清单实施过程中，所列法律依据发生变化的，按照新的规定执行。',
]


def build_c():
    doc = new_doc()
    para(doc, '青岛市黄岛区市场监督管理局文件', XBS, 24, align=CENTER, color=RED, line=44)
    empty(doc, 2)
    p = para(doc, '青黄市监发〔2025〕28号', FS, 16, align=CENTER)
    p = para(doc, '', line=8)
    para_border(p, 'bottom', 'E60012', 24)
    empty(doc, 1)
    para(doc, C_TITLE, XBS, 22, align=CENTER, line=34)
    empty(doc, 1)
    para(doc, '各市场监管所，局机关各科室，区市场监管综合执法大队：', align=JUSTIFY)
    para(doc, C_INTRO, first_indent=32)
    for heading, paras in C_SECTIONS:
        para(doc, heading, HT, 16, first_indent=32, align=None)
        for head, rest in paras:
            if head:
                para(doc, runs=[(head, KT, True), (rest, FS, False)], first_indent=32)
            else:
                para(doc, rest, first_indent=32)
    empty(doc, 1)
    para(doc, '附件：1.' + C_ATTS[0][:17] + '\n' + '　　　　　　　' + C_ATTS[0][17:], first_indent=32, align=None)
    para(doc, '　　　2.' + C_ATTS[1], first_indent=32, align=None)
    empty(doc, 3)
    para(doc, '青岛市黄岛区市场监督管理局', align=RIGHT).paragraph_format.right_indent = Pt(64)
    para(doc, '二〇二五年十一月二十日', align=RIGHT).paragraph_format.right_indent = Pt(80)
    para(doc, '（此件公开发布）', first_indent=32)

    landscape(doc)
    para(doc, '附件1', HT, 16, align=None)
    empty(doc, 1, line=12)
    tbl = doc.add_table(rows=2, cols=5)
    tbl.style = doc.styles['Table Grid']
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    # first row: the list title typed inside the table, merged across all columns
    t0 = tbl.rows[0].cells[0].merge(tbl.rows[0].cells[4])
    cell_para(t0, C_QD_TITLE, XBS, 18, align=CENTER, line=30)
    for c, h in zip(tbl.rows[1].cells, COLS):
        fill_cell(c, h, HT, 12, align=CENTER)
    repeat_header(tbl.rows[0])
    repeat_header(tbl.rows[1])
    for row in C_ROWS:
        r = tbl.add_row()
        for i, v in enumerate(row):
            fill_cell(r.cells[i], v, FS, 11, align=CENTER if i in (0, 4) else JUSTIFY)
    set_col_widths(tbl, [1.2, 4.8, 10.4, 5.2, 3.0])
    empty(doc, 1, line=12)
    for n in C_NOTES:
        para(doc, n, FS, 14, line=24, first_indent=28)

    new_portrait(doc)
    empty(doc, 15)
    bj = doc.add_table(rows=2, cols=1)
    table_borders(bj, {'top': ('single', 8), 'bottom': ('single', 8), 'insideH': ('single', 4)})
    cell_para(bj.rows[0].cells[0], '抄送：青岛市市场监督管理局，黄岛区司法局，青岛片区管委会。', FS, 14, align=None, line=26)
    cell_para(bj.rows[1].cells[0], '青岛市黄岛区市场监督管理局办公室　　2025年11月21日印发', FS, 14, align=None,
              line=26)
    set_col_widths(bj, [15.6])

    path = os.path.join(HERE, C_STEM + '.docx')
    doc.save(path)

    clauses = [C_INTRO]
    for heading, paras in C_SECTIONS:
        for head, rest in paras:
            clauses.append(head + rest)
    notice = {
        'meta': {
            'title': C_TITLE,
            'doc_number': '青黄市监发〔2025〕28号',
            'issuer': C_ISSUERS,
            'date': '2025-11-20',
            'published': None,
            'level': 'zone',
            'region': C_REGION,
            'effective': '2025-12-01',
            'expires': '2027-11-30',
            'attachments': C_ATTS,
            'doc_type': '通知',
            'recipients': ['各市场监管所', '局机关各科室', '区市场监管综合执法大队'],
            'publicity': '此件公开发布',
            'repeals': None,
        },
        'clauses': clauses,
    }
    qd = {
        'meta': {
            'title': C_QD_TITLE,
            'doc_number': None,
            'issuer': C_ISSUERS,
            'date': '2025-11-20',
            'published': None,
            'level': 'zone',
            'region': C_REGION,
            'effective': '2025-12-01',
            'expires': '2027-11-30',
            'attachments': [],
            'doc_type': '清单',
            'recipients': [],
            'publicity': None,
            'repeals': None,
        },
        'clauses': [row_clause(r) for r in C_ROWS] + C_NOTES,
    }
    return C_STEM, path, [notice, qd]


def to_pdf(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_527', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for build in (build_a, build_b, build_c):
        stem, path, docs = build()
        expected[stem] = docs
        to_pdf(path)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print('wrote', ', '.join(sorted(expected)))


if __name__ == '__main__':
    main()
