# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 665: 自由贸易试验区“十五五”发展规划 with 专栏 boxes.

Writes next to itself:
  blind665_hubei_guihua.docx / .pdf
  blind665_sichuan_guihua.docx / .pdf
  expected.json
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = RGBColor(0xFF, 0x00, 0x00)
BLACK = RGBColor(0, 0, 0)
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
ST = '宋体'

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=None, color=None):
    run.font.size = Pt(size)
    run.font.name = 'Times New Roman'
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn('w:rFonts'))
    if rFonts is None:
        rFonts = OxmlElement('w:rFonts')
        rPr.insert(0, rFonts)
    rFonts.set(qn('w:eastAsia'), east)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt_para(p, align=None, indent_chars=0, size=16, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    if align is not None:
        p.alignment = align


def add_parts(p, parts, east=FS, size=16, color=None):
    """parts: list of str or (str, opts). '\v' inside text = soft line break."""
    for part in parts:
        if isinstance(part, tuple):
            text, opts = part
        else:
            text, opts = part, {}
        segs = text.split('\v')
        for i, seg in enumerate(segs):
            if i > 0:
                br = p.add_run()
                br.add_break()
            if seg:
                r = p.add_run(seg)
                set_font(r, opts.get('east', east), opts.get('size', size),
                         opts.get('bold'), opts.get('color', color))


def para(container, parts, align=JUSTIFY, indent=2, size=16, line=28, east=FS,
         before=0, after=0, style=None, color=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    fmt_para(p, align, indent, size, line, before, after)
    if isinstance(parts, str):
        parts = [parts]
    add_parts(p, parts, east, size, color)
    return p


def empty(container, line=28):
    p = container.add_paragraph()
    fmt_para(p, None, 0, 16, line)
    return p


def border_bottom(p, color='FF0000', sz=12, side='bottom'):
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


def page_setup(doc):
    for s in doc.sections:
        s.page_width = Cm(21.0)
        s.page_height = Cm(29.7)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(16)
    rPr = st.element.get_or_add_rPr()
    rFonts = rPr.find(qn('w:rFonts'))
    rFonts.set(qn('w:eastAsia'), FS)


def add_page_number(section, east=ST, size=14):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = CENTER
    r = p.add_run('— ')
    set_font(r, east, size)
    r = p.add_run()
    set_font(r, east, size)
    f1 = OxmlElement('w:fldChar')
    f1.set(qn('w:fldCharType'), 'begin')
    r._r.append(f1)
    r = p.add_run()
    set_font(r, east, size)
    it = OxmlElement('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = ' PAGE '
    r._r.append(it)
    r = p.add_run()
    set_font(r, east, size)
    f2 = OxmlElement('w:fldChar')
    f2.set(qn('w:fldCharType'), 'separate')
    r._r.append(f2)
    r = p.add_run('1')
    set_font(r, east, size)
    r = p.add_run()
    f3 = OxmlElement('w:fldChar')
    f3.set(qn('w:fldCharType'), 'end')
    r._r.append(f3)
    r = p.add_run(' —')
    set_font(r, east, size)


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def col_widths(t, widths):
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
        for c in t.columns[j].cells:
            c.width = Cm(w)


def cell_para(cell, text, east=FS, size=12, bold=None, align=CENTER, first=True, line=20, color=None):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    fmt_para(p, align, 0, size, line)
    add_parts(p, [(text, {'east': east, 'size': size, 'bold': bold})], color=color)
    return p


def add_numbering(doc, abs_id, num_id, lvl_text, num_fmt):
    numbering = doc.part.numbering_part.element
    abs_xml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
    ) % (nsdecls('w'), abs_id, num_fmt, lvl_text, FS)
    abs_el = parse_xml(abs_xml)
    existing_abs = numbering.findall(qn('w:abstractNum'))
    if existing_abs:
        existing_abs[-1].addnext(abs_el)
    else:
        numbering.insert(0, abs_el)
    num_el = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                       % (nsdecls('w'), num_id, abs_id))
    numbering.append(num_el)


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls('w'), num_id))
    # numPr must come early in pPr (after pStyle / keepNext etc.)
    pStyle = pPr.find(qn('w:pStyle'))
    if pStyle is not None:
        pStyle.addnext(numPr)
    else:
        pPr.insert(0, numPr)


def plain(parts):
    out = []
    for part in parts:
        t = part[0] if isinstance(part, tuple) else part
        out.append(t)
    return ''.join(out).replace('\v', '')


def table_row_clause(headers, row):
    return '；'.join('%s：%s' % (h, v) for h, v in zip(headers, row))


def to_pdf(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_665', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


# ====================================================================
# File 1: 湖北省人民政府办公厅 notice + 中国（湖北）自贸试验区“十五五”发展规划
# ====================================================================
def make_hubei():
    doc = Document()
    page_setup(doc)
    add_page_number(doc.sections[0])
    notice_clauses = []
    plan_clauses = []

    # ---- 版头
    empty(doc)
    p = para(doc, [('湖北省人民政府办公厅文件', {'east': XBS, 'size': 34, 'color': RED})],
             align=CENTER, indent=0, line=56)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    empty(doc)
    p = para(doc, '鄂政办发〔2026〕9号', align=CENTER, indent=0)
    border_bottom(p, 'FF0000', 18)
    # title with a soft line break in it
    para(doc, [('湖北省人民政府办公厅\v关于印发中国（湖北）自由贸易试验区\v“十五五”发展规划的通知',
                {'east': XBS, 'size': 22})], align=CENTER, indent=0, line=35)
    empty(doc)
    para(doc, '各市、州、县人民政府，省政府各部门：', align=LEFT, indent=0)
    n1 = ('《中国（湖北）自由贸易试验区“十五五”发展规划》已经省人民政府同意，'
          '现印发给你们，请结合实际认真组织实施。')
    n2 = ('各地、各部门要把自贸试验区建设作为推进高水平对外开放的重要抓手，'
          '按照规划确定的目标任务，细化工作举措，明确责任分工，确保各项任务落到实处。'
          '省商务厅要会同有关部门加强对规划实施的跟踪分析和督促检查，重大事项及时向省人民政府报告。')
    for t in (n1, n2):
        para(doc, t)
        notice_clauses.append(t)
    empty(doc)
    # 落款 aligned with manual spaces
    para(doc, '湖北省人民政府办公厅　　　', align=RIGHT, indent=0)
    para(doc, '2026年2月27日　　　　', align=RIGHT, indent=0)
    empty(doc)
    para(doc, '（此件公开发布）', align=LEFT, indent=2)

    # ---- the plan (starts on a new page via page-break-before)
    tp = para(doc, [('中国（湖北）自由贸易试验区\v“十五五”发展规划', {'east': XBS, 'size': 22})],
         align=CENTER, indent=0, line=36, after=12)
    tp.paragraph_format.page_break_before = True

    def h_ch(text):
        p = doc.add_paragraph(style='Heading 1')
        fmt_para(p, CENTER, 0, 16, 28, before=12, after=6)
        p.paragraph_format.keep_with_next = True
        add_parts(p, [(text, {'east': HT, 'size': 16, 'bold': False, 'color': BLACK})])

    def h_sec(text):
        p = para(doc, [(text, {'east': KT, 'bold': True})], align=CENTER, indent=0, before=6)
        p.paragraph_format.keep_with_next = True

    def body(parts, store=True):
        para(doc, parts)
        if store:
            plan_clauses.append(plain(parts))

    def runin(head, rest):
        body([(head, {'bold': True}), rest])

    def box(heading, items):
        empty(doc, line=14)
        t = doc.add_table(rows=1, cols=1)
        t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        col_widths(t, [15.4])
        c = t.cell(0, 0)
        cell_para(c, heading, east=HT, size=14, line=26)
        for num, title, content in items:
            p = c.add_paragraph()
            fmt_para(p, JUSTIFY, 0, 14, 26)
            p.paragraph_format.first_line_indent = Pt(0)
            add_parts(p, [(num + '　' + title, {'east': FS, 'size': 14, 'bold': True}),
                          (content, {'east': FS, 'size': 14})])
            plan_clauses.append(num + '　' + title + content)
        empty(doc, line=14)

    body(['中国（湖北）自由贸易试验区（以下简称湖北自贸试验区）是党中央、国务院在新时代推进改革开放的重要战略举措。'
          '为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，根据《湖北省国民经济和社会发展'
          '第十五个五年规划和二〇三五年远景目标纲要》《中国（湖北）自由贸易试验区总体方案》，制定本规划。'
          '规划范围为湖北自贸试验区武汉、襄阳、宜昌三个片区，规划期为2026—2030年，展望到2035年。'])

    h_ch('第一章　发展基础与面临形势')
    h_sec('第一节　发展基础')
    body(['“十四五”时期，湖北自贸试验区坚持以制度创新为核心，大胆试、大胆闯、自主改，各项目标任务总体完成，'
          '在服务全省构建新发展格局中的示范引领作用持续增强。'])
    runin('制度创新成果丰硕。', '累计形成省级以上制度创新成果215项，其中“多式联运‘一单制’”“科技成果转化‘三权改革’”'
          '等18项在全国复制推广，“跨境电商零售进口退货中心仓”等一批案例入选全国自贸试验区最佳实践案例。')
    runin('开放平台能级提升。', '武汉东湖综合保税区、武汉新港空港综合保税区、宜昌综合保税区、襄阳综合保税区'
          '发展质效持续提升，中欧班列（武汉）累计开行超过4000列，通达欧亚40个国家、120余个城市，'
          '与鄂州花湖国际机场联动的国际货运航线加快拓展。')
    runin('产业集聚态势明显。', '光电子信息、生物医药、新能源与智能网联汽车、航空航天等产业加快集聚，'
          '2025年自贸试验区以占全省不到千分之一的面积，贡献了全省约五分之一的外商投资企业和约六分之一的货物进出口额。')
    runin('营商环境持续优化。', '外商投资准入前国民待遇加负面清单管理制度全面落实，“证照分离”改革全覆盖，'
          '企业开办实现“一网通办、一日办结”，经营主体数量较2020年增长约90%。')

    h_sec('第二节　面临形势')
    body(['从国际看，世界百年未有之大变局加速演进，国际经贸规则加快重构，高标准经贸规则向“边境后”延伸，'
          '为自贸试验区开展压力测试、对接高标准规则提出新要求。从国内看，国家深入实施自由贸易试验区提升战略，'
          '赋予自贸试验区更大改革自主权，中部地区加快崛起、长江经济带高质量发展等重大战略深入实施，'
          '湖北加快建设全国构建新发展格局先行区，为自贸试验区发展带来新的重大机遇。'])
    body(['同时也要看到，湖北自贸试验区仍存在首创性、集成性制度创新成果不多，外向型经济规模偏小，'
          '片区之间、片区与周边区域联动不够，对全省辐射带动作用有待增强等问题，必须增强机遇意识和风险意识，'
          '在更高起点上推进自贸试验区高质量发展。'])
    empty(doc)

    h_ch('第二章　总体要求')
    h_sec('第一节　指导思想')
    body(['坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，'
          '完整准确全面贯彻新发展理念，服务和融入新发展格局，深入实施自由贸易试验区提升战略，'
          '以制度创新为核心，以可复制可推广为基本要求，稳步扩大规则、规制、管理、标准等制度型开放，'
          '努力把湖北自贸试验区建设成为内陆开放新高地和中部地区崛起重要引擎。'])
    h_sec('第二节　基本原则')
    for head, rest in [
        ('——坚持制度创新。', '把制度创新作为核心任务，突出首创性、差异化、集成式探索，推动更多改革试点任务率先落地。'),
        ('——坚持开放引领。', '对标国际高标准经贸规则，稳步扩大制度型开放，更好统筹国内国际两个市场两种资源。'),
        ('——坚持产业为要。', '围绕全省现代化产业体系建设，推动制度创新与产业发展深度融合，以改革创新培育发展新动能。'),
        ('——坚持安全可控。', '统筹发展和安全，完善与开放水平相适应的风险防控体系，守住不发生系统性风险底线。'),
    ]:
        runin(head, rest)
    h_sec('第三节　发展目标')
    body(['到2030年，湖北自贸试验区制度创新能力显著增强，贸易投资自由化便利化水平明显提升，'
          '形成一批具有国际竞争力的产业集群，在全国自贸试验区中的位次进一步前移，建成具有全国影响力的内陆开放新高地。'
          '展望到2035年，全面建成投资贸易便利、高端产业集聚、创新活跃、监管安全高效、辐射带动作用突出的高水平自由贸易园区。'])

    # 表1
    p = para(doc, [('表1　湖北自贸试验区“十五五”时期主要指标', {'east': HT, 'size': 14})],
             align=CENTER, indent=0, before=6, after=4)
    p.paragraph_format.keep_with_next = True
    headers = ['指标', '2025年', '2030年', '属性']
    rows = [
        ['累计形成制度创新成果（项）', '215', '400', '预期性'],
        ['在全国复制推广制度创新成果（项）', '18', '30', '预期性'],
        ['货物进出口总额（亿元）', '1860', '2800', '预期性'],
        ['服务贸易进出口额（亿美元）', '62', '100', '预期性'],
        ['实际使用外资（亿美元）', '21.5', '[120]', '预期性'],
        ['跨境电商进出口额（亿元）', '310', '600', '预期性'],
        ['中欧班列（武汉）年开行量（列）', '1050', '1500', '预期性'],
        ['高新技术企业数量（家）', '6800', '10000', '预期性'],
        ['单位地区生产总值能耗降低（%）', '—', '完成省下达任务', '约束性'],
        ['规模以上工业单位增加值用水量降低（%）', '—', '[12]', '约束性'],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [7.4, 2.4, 3.4, 2.2]
    col_widths(t, widths)
    for j, h in enumerate(headers):
        c = t.cell(0, j)
        set_cell_width(c, widths[j])
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell_para(c, h, east=HT, size=12)
    for i, r in enumerate(rows, 1):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            set_cell_width(c, widths[j])
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cell_para(c, v, size=12, align=LEFT if j == 0 else CENTER)
        plan_clauses.append(table_row_clause(headers, r))
    note = '注：[ ]内为五年累计数；2025年数据为预计数；“—”表示不设基期值。'
    para(doc, [(note, {'size': 12})], align=LEFT, indent=0, size=12, line=20, before=3)
    plan_clauses.append(note)
    empty(doc)

    h_ch('第三章　推进更高水平制度型开放')
    h_sec('第一节　对接国际高标准经贸规则')
    body(['主动对接《区域全面经济伙伴关系协定》（RCEP）、《全面与进步跨太平洋伙伴关系协定》（CPTPP）和'
          '《数字经济伙伴关系协定》（DEPA）等国际高标准经贸规则，在货物贸易、服务贸易、数字贸易、知识产权、'
          '政府采购等领域开展先行先试。'])
    runin('推进货物贸易规则对接。', '深化“两段准入”“两步申报”等通关改革，推广“提前申报”“抵港直装”模式，'
          '探索对符合条件的进口商品实施“先放后检”。支持开展保税维修、保税再制造、保税研发等新业态，'
          '争取扩大“两头在外”保税维修产品目录。')
    runin('推进服务贸易规则对接。', '全面落实跨境服务贸易负面清单，在专业服务、金融服务、医疗健康等领域扩大开放，'
          '推动境外职业资格认可，允许符合条件的境外专业人才按规定在自贸试验区内提供服务。')
    runin('推进数字贸易规则对接。', '探索建立数据分类分级管理制度，制定自贸试验区数据出境负面清单，'
          '在确保安全的前提下便利企业数据跨境流动。')
    h_sec('第二节　提升投资自由化便利化水平')
    body(['全面落实外商投资准入前国民待遇加负面清单管理制度，落实好外商投资法及其实施条例，'
          '健全外商投资促进、保护和服务体系。'])
    for head, rest in [
        ('1.优化外资服务。', '建立重点外资企业“服务专员”制度，完善外商投资企业投诉工作机制，依法保护外商投资企业合法权益。'),
        ('2.创新境外投资管理。', '完善境外投资“一站式”服务平台，支持企业“抱团出海”，引导企业到“一带一路”共建国家建设境外经贸合作区。'),
        ('3.推进投资便利化改革。', '深化商事登记确认制改革，推行外国投资者主体资格证明文件“一次认证、多次使用”，'
                           '探索外商投资企业设立“全程网办”。'),
    ]:
        body([head, rest])

    box('专栏1　重点开放平台建设工程', [
        ('01', '综合保税区提质增效工程。',
         '推动武汉东湖综合保税区、武汉新港空港综合保税区、宜昌综合保税区、襄阳综合保税区加快发展保税研发、'
         '保税维修、跨境电商等新业态，力争到2030年综合保税区进出口额突破1500亿元。'),
        ('02', '中欧班列（武汉）枢纽建设工程。',
         '建设吴家山中欧班列集结中心，拓展至中亚、欧洲的线路和“铁海联运”“江铁海”多式联运通道，'
         '推进班列运邮、冷链专列常态化运行。'),
        ('03', '跨境电商综合试验区联动工程。',
         '推动武汉、襄阳、宜昌跨境电子商务综合试验区与自贸试验区联动发展，建设跨境电商海外仓20个以上，'
         '培育跨境电商产业园10个。'),
        ('04', '国际贸易“单一窗口”升级工程。',
         '拓展“单一窗口”在跨境物流、跨境金融、出口退税等领域的服务功能，主要业务应用率保持100%。'),
    ])

    h_ch('第四章　培育壮大现代化产业集群')
    h_sec('第一节　打造光电子信息产业集群')
    body(['依托武汉片区，聚焦光通信、激光、集成电路、新型显示等领域，深化“光谷”科技创新与产业创新融合，'
          '支持企业开展关键核心技术攻关，创新集成电路全产业链保税监管模式，打造具有全球影响力的光电子信息产业集群。'])
    h_sec('第二节　发展生物医药和大健康产业')
    body(['推动生物医药研发用物品进口“白名单”制度扩面提质，优化特殊物品入境卫生检疫审批流程，'
          '支持开展医疗器械注册人制度试点，推动生物医药产业链上下游协同发展。'])
    h_sec('第三节　培育现代物流与航运服务业')
    body(['发挥长江黄金水道和铁路枢纽优势，推动武汉阳逻港、宜昌三峡枢纽港、襄阳小河港协同发展，'
          '完善“铁水公空”多式联运体系，推广多式联运“一单制”，\v培育国际航运经纪、船舶管理、航运金融等现代航运服务业。'])

    box('专栏2　产业集群培育工程', [
        ('01', '光电子信息产业提能工程。',
         '支持国家信息光电子创新中心、国家先进存储产业创新中心建设，到2030年武汉片区光电子信息产业规模突破1万亿元。'),
        ('02', '生物医药创新发展工程。',
         '建设生物医药公共服务平台，争取开展细胞和基因治疗产品研发试点，推动一批创新药和高端医疗器械上市。'),
        ('03', '宜昌精细化工及新材料产业升级工程。',
         '推动精细磷化工向新能源电池材料延伸，建设绿色化工产业园。'),
        ('04', '襄阳新能源汽车及零部件出口工程。',
         '支持整车企业拓展“一带一路”共建国家市场，建设汽车零部件出口集散中心，推动二手车出口业务规模化发展。'),
    ])

    h_ch('第五章　推动片区协同和区域联动发展')
    h_sec('第一节　推动片区差异化发展')
    body(['武汉片区重点发展新一代信息技术、生命健康、智能制造等战略性新兴产业和国际商贸、金融服务、'
          '现代物流等现代服务业，建设具有国际竞争力的自贸园区核心区。'])
    body(['襄阳片区重点发展高端装备制造、新能源汽车、大数据、商贸物流等产业，打造内陆开放型经济新高地。'])
    body(['宜昌片区重点发展先进制造、生物医药、电子信息、新材料等产业，打造长江中上游地区综合枢纽和开放门户。'])
    h_sec('第二节　强化联动创新')
    body(['支持自贸试验区与武汉临空港经济技术开发区、鄂州花湖国际机场、黄石新港等开放平台开展联动创新，'
          '建设一批自贸试验区联动创新区，推动改革试点经验在全省复制推广。到2030年，联动创新区制度创新成果'
          '复制推广率达到90%以上。'])
    body(['深化与长江经济带沿线自贸试验区合作，推进与重庆、四川、湖南、江西等地自贸试验区在通关物流、'
          '产业协作、制度创新等方面协同，共同打造长江中游开放合作走廊。'])
    empty(doc)

    h_ch('第六章　保障措施')
    h_sec('第一节　加强组织领导')
    body(['在省委、省政府统一领导下，充分发挥省推进自贸试验区建设工作领导小组统筹协调作用，'
          '领导小组办公室设在省商务厅，负责规划实施的统筹协调、督促检查和评估。'
          '各片区所在市人民政府要履行主体责任，研究制定片区实施方案。'])
    h_sec('第二节　强化法治保障')
    body(['加快推进《中国（湖北）自由贸易试验区条例》修订，依法依规向自贸试验区下放省级经济社会管理权限，'
          '建立权力下放动态调整机制。对暂时调整实施有关法律法规的事项，按程序报请批准后实施。'])
    h_sec('第三节　加强监测评估')
    body(['建立规划实施年度监测、中期评估和总结评估制度，将规划主要指标和重点任务纳入有关部门、各片区年度考核。'
          '省商务厅要在2028年组织开展规划实施中期评估，评估结果向省人民政府报告。'])

    # ---- 版记 at the very end, after the plan
    empty(doc)
    empty(doc)
    p = para(doc, [('抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院。', {'size': 14})],
             align=LEFT, indent=0, size=14)
    border_bottom(p, '000000', 8, 'top')
    border_bottom(p, '000000', 4, 'bottom')
    p = para(doc, [('湖北省人民政府办公厅　　　　　　　　　　2026年2月28日印发', {'size': 14})],
             align=LEFT, indent=0, size=14)
    border_bottom(p, '000000', 8, 'bottom')

    path = os.path.join(HERE, 'blind665_hubei_guihua.docx')
    doc.save(path)

    meta_notice = {
        'title': '湖北省人民政府办公厅关于印发中国（湖北）自由贸易试验区“十五五”发展规划的通知',
        'doc_number': '鄂政办发〔2026〕9号',
        'issuer': ['湖北省人民政府办公厅'],
        'date': '2026-02-27',
        'published': None,
        'level': 'provincial',
        'region': '湖北省',
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '通知',
        'recipients': ['各市、州、县人民政府', '省政府各部门'],
        'publicity': '此件公开发布',
        'repeals': None,
    }
    meta_plan = {
        'title': '中国（湖北）自由贸易试验区“十五五”发展规划',
        'doc_number': None,
        'issuer': ['湖北省人民政府办公厅'],
        'date': '2026-02-27',
        'published': None,
        'level': 'provincial',
        'region': '中国（湖北）自由贸易试验区',
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '规划',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    }
    return path, [{'meta': meta_notice, 'clauses': notice_clauses},
                  {'meta': meta_plan, 'clauses': plan_clauses}]


# ====================================================================
# File 2: 四川省商务厅 四川省发展和改革委员会 joint notice + 附件 规划
# ====================================================================
def make_sichuan():
    doc = Document()
    page_setup(doc)
    add_page_number(doc.sections[0])
    add_numbering(doc, 901, 901, '（%1）', 'chineseCounting')
    add_numbering(doc, 902, 902, '（%1）', 'chineseCounting')
    notice_clauses = []
    plan_clauses = []

    # ---- joint 版头 as a layout table: two organ names + 文件 merged on the right
    empty(doc)
    ht = doc.add_table(rows=2, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(ht, [12.2, 3.4])
    for i, name in enumerate(['四川省商务厅', '四川省发展和改革委员会']):
        c = ht.cell(i, 0)
        set_cell_width(c, 12.0)
        p = cell_para(c, name, east=XBS, size=28, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40, color=RED)
    m = ht.cell(0, 1).merge(ht.cell(1, 1))
    set_cell_width(m, 3.4)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    cell_para(m, '文件', east=XBS, size=40, align=CENTER, line=50, color=RED)
    empty(doc)
    p = para(doc, '川商自贸〔2026〕4号', align=CENTER, indent=0)
    border_bottom(p, 'FF0000', 18)
    empty(doc)
    # title typed as three separate paragraphs
    for line in ['四川省商务厅　四川省发展和改革委员会', '关于印发《四川省“十五五”自由贸易试验区',
                 '发展规划》的通知']:
        para(doc, [(line, {'east': XBS, 'size': 22})], align=CENTER, indent=0, line=35)
    empty(doc)
    para(doc, '各市（州）商务主管部门，各市（州）发展改革委，中国（四川）自由贸易试验区各片区管委会：',
         align=LEFT, indent=0)
    n1 = ('为深入实施自由贸易试验区提升战略，高质量推进中国（四川）自由贸易试验区（以下简称四川自贸试验区）建设，'
          '根据《四川省国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要》，省商务厅、省发展改革委编制了'
          '《四川省“十五五”自由贸易试验区发展规划》。经省人民政府同意，现印发给你们，请结合实际认真贯彻落实。')
    n2 = ('各地各部门要将规划主要目标和重点任务纳入本地区、本部门年度工作计划，明确时间表、路线图，'
          '每年12月15日前将规划实施情况报送省商务厅。省商务厅将会同省发展改革委适时组织开展规划实施情况评估。')
    n3 = ('联系人：省商务厅自贸试验区建设处罗晓岚，联系电话：028-83225071；'
          '省发展改革委利用外资和境外投资处何俊峰，联系电话：028-86705216。')
    for t in (n1, n2, n3):
        para(doc, t)
        notice_clauses.append(t)
    empty(doc)
    # 附件 list line with hanging alignment by manual spaces
    para(doc, '附件：四川省“十五五”自由贸易试验区发展规划', align=LEFT, indent=2)
    empty(doc)
    empty(doc)
    # joint 落款 as a borderless layout table
    st = doc.add_table(rows=2, cols=2)
    st.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(st, [7.7, 7.7])
    cell_para(st.cell(0, 0), '四川省商务厅', size=16, line=28)
    cell_para(st.cell(0, 1), '四川省发展和改革委员会', size=16, line=28)
    cell_para(st.cell(1, 1), '2026年3月16日', size=16, line=28)
    for row in st.rows:
        set_cell_width(row.cells[0], 7.7)
        set_cell_width(row.cells[1], 7.7)
    empty(doc)
    para(doc, '（此件主动公开）', align=LEFT, indent=2)
    empty(doc)
    empty(doc)
    # 版记 right after the notice
    p = para(doc, [('抄送：省人民政府办公厅，商务部自由贸易区港建设协调司。', {'size': 14})],
             align=LEFT, indent=0, size=14)
    border_bottom(p, '000000', 8, 'top')
    border_bottom(p, '000000', 4, 'bottom')
    p = para(doc, [('四川省商务厅办公室　　　　　　　　　　　2026年3月17日印发', {'size': 14})],
             align=LEFT, indent=0, size=14)
    border_bottom(p, '000000', 8, 'bottom')

    # ---- 附件: the plan
    ap = para(doc, [('附件', {'east': HT})], align=LEFT, indent=0)
    ap.paragraph_format.page_break_before = True
    empty(doc)
    para(doc, [('四川省“十五五”自由贸易试验区发展规划', {'east': XBS, 'size': 22})],
         align=CENTER, indent=0, line=36, after=12)

    def h_ch(text):
        p = para(doc, [(text, {'east': HT})], align=CENTER, indent=0, before=8, after=4)
        p.paragraph_format.keep_with_next = True

    def h_sec(text):
        p = para(doc, [(text, {'east': KT})], align=LEFT, indent=2)
        p.paragraph_format.keep_with_next = True

    def body(parts):
        para(doc, parts)
        plan_clauses.append(plain(parts))

    def runin(head, rest):
        body([(head, {'east': KT}), rest])

    def numbered(num_id, head, rest):
        p = doc.add_paragraph()
        fmt_para(p, JUSTIFY, 0, 16, 28)
        set_num(p, num_id)
        add_parts(p, [(head, {'bold': True}), rest])
        # the counter is produced by Word numbering; the reader sees （一）（二）（三）
        return p

    def box(heading, items):
        t = doc.add_table(rows=1, cols=1)
        t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        col_widths(t, [15.4])
        c = t.cell(0, 0)
        cell_para(c, heading, east=HT, size=14, line=26, align=CENTER)
        # all project lines typed into ONE paragraph separated by soft line breaks
        p = c.add_paragraph()
        fmt_para(p, LEFT, 0, 14, 26)
        parts = []
        for k, (num, title, content) in enumerate(items):
            if k:
                parts.append(('\v', {'size': 14}))
            parts.append((num + ' ' + title, {'east': HT, 'size': 14}))
            parts.append((content, {'size': 14}))
            plan_clauses.append(num + ' ' + title + content)
        add_parts(p, parts, size=14)
        empty(doc, line=16)

    body(['本规划根据《中国（四川）自由贸易试验区总体方案》《四川省国民经济和社会发展第十五个五年规划和'
          '二〇三五年远景目标纲要》编制，主要阐明“十五五”时期四川自贸试验区建设的总体思路、发展目标、'
          '重点任务和保障措施，是指导四川自贸试验区高质量发展的行动纲领。规划期为2026年至2030年。'])

    h_ch('第一章　发 展 基 础 与 形 势')
    h_sec('第一节　“十四五”发展成效')
    body(['“十四五”以来，四川自贸试验区紧扣战略定位，以制度创新为核心，在推动内陆开放、打造西部门户城市'
          '开放高地方面取得显著成效。'])
    runin('改革创新成效显著。', '累计形成制度创新成果850余项，“首创性”成果占比逐年提高，'
          '“中欧班列集拼集运模式”“内陆地区铁路运输单证金融服务”等9项经验在全国复制推广。')
    runin('开放通道更加畅通。', '中欧班列（成渝）累计开行超过3万列，西部陆海新通道班列通达全球120个国家和地区的'
          '500余个港口，泸州港集装箱吞吐量稳居长江上游前列。')
    runin('经营主体加快集聚。', '2025年四川自贸试验区新设企业4.2万户，累计入驻企业超过22万户，'
          '实际使用外资占全省比重超过20%。')
    h_sec('第二节　面临形势')
    body(['当前，全球产业链供应链加速重构，国际经贸规则深刻调整，外部环境不确定性增加。同时，'
          '共建“一带一路”高质量发展、新时代推进西部大开发形成新格局、成渝地区双城经济圈建设等国家战略深入实施，'
          '为四川自贸试验区在更大范围、更宽领域、更深层次推进改革开放提供了重要机遇。'])

    h_ch('第二章　总 体 思 路')
    h_sec('第一节　发展定位')
    runin('建设西部门户城市开放高地。', '依托成都国际铁路港、成都天府国际机场和泸州港，构建“空铁公水”多式联运体系，'
          '打造内陆地区联通欧亚、对接东盟的国际门户枢纽。')
    runin('建设内陆开放型经济新高地。', '加快发展枢纽经济、门户经济、流动经济，'
          '打造内陆与沿海沿边沿江协同开放示范区。')
    runin('建设国际高标准经贸规则先行区。', '对接国际高标准经贸规则，开展首创性、差异化改革探索，'
          '为全国自贸试验区建设提供“四川经验”。')
    h_sec('第二节　发展目标')
    body(['到2030年，四川自贸试验区营商环境达到国际一流水平，贸易投资便利化程度显著提升，'
          '重点产业集群规模和能级大幅跃升，对全省开放型经济发展的贡献度明显提高。主要指标见表1。'])

    # 表1 with a vertically merged 类别 column
    p = para(doc, [('表1　四川自贸试验区“十五五”时期主要指标', {'east': HT, 'size': 14})],
             align=CENTER, indent=0, before=4, after=4)
    p.paragraph_format.keep_with_next = True
    headers = ['类别', '序号', '指标', '2025年', '2030年', '属性']
    rows = [
        ['制度创新', '1', '累计形成制度创新成果（项）', '850', '1200', '预期性'],
        ['制度创新', '2', '全国复制推广制度创新成果（项）', '9', '15', '预期性'],
        ['开放发展', '3', '货物进出口总额（亿元）*', '3150', '4500', '预期性'],
        ['开放发展', '4', '实际使用外资（亿美元）', '18.6', '25', '预期性'],
        ['开放发展', '5', '中欧班列（成渝）年开行量（列）*', '5000', '6000', '预期性'],
        ['开放发展', '6', '跨境电商交易额（亿元）', '820', '1500', '预期性'],
        ['绿色安全', '7', '单位地区生产总值能耗降低（%）', '—', '完成省下达目标', '约束性'],
        ['绿色安全', '8', '单位地区生产总值二氧化碳排放降低（%）', '—', '完成省下达目标', '约束性'],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [2.0, 1.4, 5.4, 1.8, 2.8, 2.0]
    col_widths(t, widths)
    for j, h in enumerate(headers):
        c = t.cell(0, j)
        set_cell_width(c, widths[j])
        cell_para(c, h, east=HT, size=12)
    for i, r in enumerate(rows, 1):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            set_cell_width(c, widths[j])
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if j == 0:
                continue
            cell_para(c, v, size=12, align=LEFT if j == 2 else CENTER)
        plan_clauses.append(table_row_clause(headers, r))
    # merge the 类别 column by group and write the name once
    groups = {}
    for i, r in enumerate(rows, 1):
        groups.setdefault(r[0], []).append(i)
    for name, idx in groups.items():
        top = t.cell(idx[0], 0)
        merged = top.merge(t.cell(idx[-1], 0)) if len(idx) > 1 else top
        merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell_para(merged, name, size=12)
        for extra in merged.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
    for note in ['注：1.带“*”的指标为全省口径。', '2.2025年数据为预计数，最终以统计部门公布数据为准。']:
        para(doc, [(note, {'size': 12})], align=LEFT, indent=0, size=12, line=20)
        plan_clauses.append(note)
    empty(doc)

    h_ch('第三章　打造高能级开放通道枢纽')
    h_sec('第一节　提升国际铁路港能级')
    body(['巩固中欧班列（成渝）领先地位，优化班列线路布局和运行组织，推动中欧班列与西部陆海新通道、'
          '长江黄金水道高效衔接。深化铁路运输单证物权化探索，扩大铁路提单信用证结算和融资规模。'])
    h_sec('第二节　建设航空和水运开放门户')
    body(['推动成都天府国际机场和成都双流国际机场“两场”协同运营，加密国际全货机航线，建设国际航空货运枢纽。'
          '提升泸州港、宜宾港等长江上游港口功能，推动江海联运、铁水联运发展，打造长江上游航运物流中心。'])
    box('专栏1　开放通道建设重点工程', [
        ('01', '中欧班列集结中心示范工程：',
         '建设成都国际铁路港中欧班列集结中心，完善集装箱、冷链、汽车等专业化设施，年集结能力达到1000列以上。'),
        ('02', '西部陆海新通道提质工程：',
         '加密成都—钦州、泸州—钦州班列，常态化开行“蓉欧+东盟”国际班列。'),
        ('03', '国际航空货运枢纽工程：',
         '建设天府国际机场航空物流园区，新开和加密国际全货机航线10条以上。'),
        ('04', '川南临港多式联运工程：',
         '推进泸州港多用途码头和铁路专用线建设，实现港口、铁路“无缝衔接”。'),
    ])

    h_ch('第四章　推进制度型开放和改革创新')
    h_sec('第一节　推进贸易便利化')
    items1 = [
        ('深化通关便利化改革。', '推广“智慧口岸”建设，深化进口货物“船边直提”和出口货物“抵港直装”改革，'
                         '压缩整体通关时间。'),
        ('创新发展跨境电商。', '支持跨境电商企业建设海外仓，推广跨境电商出口“9710”“9810”监管模式，'
                        '探索跨境电商B2B出口退货便利化措施。'),
        ('发展新型离岸国际贸易。', '支持银行按照展业原则为真实合规的新型离岸国际贸易提供跨境资金结算便利，'
                           '培育一批新型离岸国际贸易重点企业。'),
    ]
    cn = ['一', '二', '三', '四', '五']
    for k, (head, rest) in enumerate(items1):
        numbered(901, head, rest)
        plan_clauses.append('（%s）%s%s' % (cn[k], head, rest))
    h_sec('第二节　扩大投资领域开放')
    items2 = [
        ('全面落实外资准入负面清单。', '落实外商投资准入前国民待遇加负面清单管理制度，推进电信、医疗、文化等领域'
                             '有序扩大开放。'),
        ('健全外商投资服务体系。', '完善重点外资项目“专班+专员”服务机制，常态化开展外资企业圆桌会议，'
                           '及时协调解决企业诉求。'),
        ('推动对外投资合作。', '支持企业在“一带一路”共建国家建设境外经贸合作区和海外仓，'
                        '完善境外投资风险防范和权益保障机制。'),
    ]
    for k, (head, rest) in enumerate(items2):
        numbered(902, head, rest)
        plan_clauses.append('（%s）%s%s' % (cn[k], head, rest))
    h_sec('第三节　深化金融开放创新')
    body(['支持自贸试验区内银行机构开展本外币合一银行结算账户体系试点，扩大跨境贸易投资高水平开放试点范围，'
          '便利跨境人民币结算。支持符合条件的企业开展跨国公司本外币一体化资金池业务，'
          '探索开展合格境外有限合伙人（QFLP）试点。'])
    box('专栏2　重点平台建设工程', [
        ('01', '综合保税区提质工程：',
         '推动成都高新综合保税区、成都国际铁路港综合保税区、泸州综合保税区发展保税研发、保税检测、'
         '保税维修业务，到2030年综合保税区进出口额占全省比重保持在60%以上。'),
        ('02', '协同改革先行区建设工程：',
         '支持德阳、宜宾、自贡、绵阳等协同改革先行区复制推广自贸试验区改革试点经验，开展差异化探索。'),
        ('03', '中国—欧洲中心提升工程：',
         '提升中国—欧洲中心国际合作功能，打造中欧经贸合作交流平台。'),
    ])

    h_ch('第五章　保 障 措 施')
    runin('加强组织实施。', '在省推进自贸试验区工作领导小组领导下，省商务厅、省发展改革委牵头统筹规划实施，'
          '各片区管委会负责组织本片区规划任务落地。')
    runin('强化政策支持。', '统筹用好省级外经贸发展专项资金等现有资金渠道，支持自贸试验区重大平台建设和制度创新。'
          '各市（州）要在用地、人才、资金等方面加大对片区建设的支持力度。')
    runin('健全容错纠错机制。', '落实“三个区分开来”要求，鼓励大胆试、大胆闯、自主改，对在改革创新中出现的'
          '失误错误依规依纪依法予以容错纠错。')
    runin('做好评估督导。', '建立规划实施动态监测机制，2028年开展中期评估，2030年开展总结评估，'
          '评估结果作为调整完善政策的重要依据。')

    path = os.path.join(HERE, 'blind665_sichuan_guihua.docx')
    doc.save(path)

    meta_notice = {
        'title': '四川省商务厅 四川省发展和改革委员会关于印发《四川省“十五五”自由贸易试验区发展规划》的通知',
        'doc_number': '川商自贸〔2026〕4号',
        'issuer': ['四川省商务厅', '四川省发展和改革委员会'],
        'date': '2026-03-16',
        'published': None,
        'level': 'provincial',
        'region': '四川省',
        'effective': None,
        'expires': None,
        'attachments': ['四川省“十五五”自由贸易试验区发展规划'],
        'doc_type': '通知',
        'recipients': ['各市（州）商务主管部门', '各市（州）发展改革委', '中国（四川）自由贸易试验区各片区管委会'],
        'publicity': '此件主动公开',
        'repeals': None,
    }
    meta_plan = {
        'title': '四川省“十五五”自由贸易试验区发展规划',
        'doc_number': None,
        'issuer': ['四川省商务厅', '四川省发展和改革委员会'],
        'date': '2026-03-16',
        'published': None,
        'level': 'provincial',
        'region': '中国（四川）自由贸易试验区',
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '规划',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    }
    return path, [{'meta': meta_notice, 'clauses': notice_clauses},
                  {'meta': meta_plan, 'clauses': plan_clauses}]


def main():
    expected = {}
    for maker in (make_hubei, make_sichuan):
        path, docs = maker()
        to_pdf(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = docs
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
