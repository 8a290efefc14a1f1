# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 694: 征求意见采纳情况说明 + 公平竞争审查结论表 (宁波市商务局)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = '方正小标宋简体'
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
SYM = 'Segoe UI Symbol'


# ---------------------------------------------------------------- helpers
def font(run, east, size, bold=False, color=None, ascii_font='Times New Roman'):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn('w:rFonts'))
    if rFonts is None:
        rFonts = parse_xml('<w:rFonts %s/>' % nsdecls('w'))
        rPr.insert(0, rFonts)
    rFonts.set(qn('w:eastAsia'), east)
    rFonts.set(qn('w:ascii'), ascii_font)
    rFonts.set(qn('w:hAnsi'), ascii_font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def pfmt(p, align=None, first=None, exact=28, before=0, after=0, left=None):
    f = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        f.first_line_indent = Pt(first)
    if left is not None:
        f.left_indent = Pt(left)
    if exact:
        f.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        f.line_spacing = Pt(exact)
    else:
        f.line_spacing = 1.0
    f.space_before = Pt(before)
    f.space_after = Pt(after)
    return p


def para(doc, text='', east=FS, size=16, first=32, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
         bold=False, exact=28):
    p = doc.add_paragraph()
    pfmt(p, align=align, first=first, exact=exact)
    if text:
        font(p.add_run(text), east, size, bold)
    return p


def runin(doc, head, body, head_font=KT, size=16):
    """run-in heading typed as a bold 楷体 run followed by 仿宋 text"""
    p = doc.add_paragraph()
    pfmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
    font(p.add_run(head), head_font, size, bold=True)
    font(p.add_run(body), FS, size)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        pfmt(p, exact=28)


def page_setup(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width = Cm(29.7)
        section.page_height = Cm(21.0)
        section.top_margin = Cm(2.8)
        section.bottom_margin = Cm(2.6)
        section.left_margin = Cm(2.7)
        section.right_margin = Cm(2.7)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width = Cm(21.0)
        section.page_height = Cm(29.7)
        section.top_margin = Cm(3.7)
        section.bottom_margin = Cm(3.5)
        section.left_margin = Cm(2.8)
        section.right_margin = Cm(2.6)
    section.footer_distance = Cm(2.6)


def page_number_footer(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run('— '), '宋体', 14, ascii_font='宋体')
    r = p.add_run()
    font(r, '宋体', 14, ascii_font='宋体')
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls('w')))
    r2 = p.add_run()
    font(r2, '宋体', 14, ascii_font='宋体')
    r2._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls('w')))
    r3 = p.add_run()
    font(r3, '宋体', 14, ascii_font='宋体')
    r3._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls('w')))
    r4 = p.add_run('1')
    font(r4, '宋体', 14, ascii_font='宋体')
    r5 = p.add_run()
    font(r5, '宋体', 14, ascii_font='宋体')
    r5._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls('w')))
    font(p.add_run(' —'), '宋体', 14, ascii_font='宋体')


def set_cell_borders(table):
    tblPr = table._tbl.tblPr
    b = parse_xml(
        '<w:tblBorders %s>'
        '<w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/>'
        '<w:left w:val="single" w:sz="6" w:space="0" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/>'
        '<w:right w:val="single" w:sz="6" w:space="0" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '</w:tblBorders>' % nsdecls('w'))
    tblPr.append(b)


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT,
              exact=None):
    p = cell.paragraphs[0]
    pfmt(p, align=align, exact=exact)
    if text:
        font(p.add_run(text), east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def set_grid(table, widths):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w.twips)))
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls('w')))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls('w')))


def cant_split_off(row):
    pass


def add_plain_numbering(doc):
    """Create a Word list that renders just '1', '2', ... (used for 序号 column)."""
    numbering = doc.part.numbering_part.element
    abs_id = 694
    num_id = 694
    absnum = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1"/><w:lvlJc w:val="center"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
        '<w:sz w:val="24"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls('w'), abs_id))
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls('w'), num_id, abs_id))
    numbering.append(num)
    return num_id


def numbered_cell(cell, num_id):
    p = cell.paragraphs[0]
    pfmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, exact=None)
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls('w'), num_id)))
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def base_doc():
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), FS)
    page_setup(doc.sections[0])
    return doc


# ================================================================ document 1
TITLE1_LINES = ['关于《宁波市促进跨境电商高质量发展', '若干措施（征求意见稿）》征求意见',
                '采纳情况的说明']
TITLE1 = ''.join(TITLE1_LINES)

INTRO1 = ('为加快推进中国（宁波）跨境电子商务综合试验区建设，推动我市跨境电商高质量发展，'
          '我局牵头起草了《宁波市促进跨境电商高质量发展若干措施（征求意见稿）》（以下简称'
          '《若干措施》），并于2025年9月12日至10月11日向社会公开征求意见。现将意见采纳情况说明如下：')

SEC1_P1 = ('本次征求意见采取网上公开征求与定向征求相结合的方式。一是通过宁波市人民政府门户网站'
           '“政民互动—意见征集”栏目和我局门户网站向社会公开征求意见，征求意见期30日；二是书面'
           '征求市发展改革委、市财政局、市市场监管局、宁波海关、市税务局、人民银行宁波市分行等16家'
           '市级部门和10个区（县、市）人民政府、宁波杭州湾新区管委会意见；三是召开企业座谈会2场，'
           '邀请跨境电商卖家、平台、海外仓、物流和支付服务企业代表共38家参加。')
SEC1_P2 = ('征求意见期间，共收到意见建议73条，其中：市级部门提出21条，区（县、市）及功能区提出17条，'
           '企业、行业协会提出28条，社会公众通过网络提出7条。经逐条研究，采纳31条，部分采纳18条，'
           '未采纳24条（其中9条属于重复意见或与《若干措施》内容无直接关联），采纳率（含部分采纳）为67.1%。')

SEC2_P1 = '现将主要意见建议及采纳情况列表说明如下（相同或相近意见已合并）：'

HEAD = ['序号', '意见建议', '提出单位', '采纳情况', '理由说明']
ROWS = [
    ('建议在第一条“培育壮大经营主体”中，对年度跨境电商进出口额首次突破1亿元、5亿元、10亿元的企业'
     '分档给予奖励，并明确奖励不重复享受。',
     '海曙区人民政府', '采纳',
     '已在第一条第（二）项中调整为分档奖励，并增加“同一企业按最高档次给予奖励，不重复享受”的表述。'),
    ('建议将跨境电商独立站企业纳入支持范围，对通过独立站实现出口且符合条件的企业，参照平台卖家标准'
     '给予支持。',
     '宁波市跨境电子商务协会', '部分采纳',
     '已将独立站企业纳入第一条支持范围；考虑到独立站交易数据核验难度较大，支持标准以经海关申报的'
     '跨境电商出口数据为准，暂不参照平台卖家标准单独设定。'),
    ('建议明确跨境电商9610、9710、9810等监管方式出口数据的统计口径，并由海关按月向商务部门推送'
     '相关数据，作为政策兑现依据。',
     '宁波海关', '采纳',
     '已在第十条“强化统计监测”中予以明确。'),
    ('建议在综合保税区内开展跨境电商保税进口“网购保税+线下自提”业务，进一步丰富进口消费场景。',
     '宁波海关', '部分采纳',
     '该业务需按照海关总署相关规定开展，已在第五条中表述为“在符合监管要求的前提下，支持梅山综合'
     '保税区、宁波保税区等海关特殊监管区域探索开展跨境电商进口新业态”，不作具体业务列举。'),
    ('建议对企业租用海外仓的费用按实际发生额的50%给予补助，单家企业每年最高不超过200万元。',
     '鄞州区人民政府', '未采纳',
     '海外仓租金补助属于对特定经营者经营成本的持续性补贴，经公平竞争审查，不宜作为普惠性政策条款；'
     '《若干措施》第四条已对公共海外仓建设和服务能力提升给予支持。'),
    ('建议设立市级跨境电商产业发展基金，规模不低于10亿元，重点投向跨境电商平台和供应链服务企业。',
     '社会公众（网络留言）', '未采纳',
     '根据市政府关于政府产业基金统筹管理的要求，原则上不再新设专项产业基金，符合条件的项目可通过'
     '市级产业基金现有子基金予以支持。'),
    ('建议对新招引落地的跨境电商头部企业区域总部实行“一事一议”给予支持。',
     '北仑区人民政府', '部分采纳',
     '《若干措施》不单列“一事一议”条款，已在第二条中增加“符合条件的按照市重大招商项目政策予以'
     '支持”的衔接表述。'),
    ('建议将跨境电商专业人才纳入全市人才分类目录，在落户、子女入学、住房保障等方面给予倾斜。',
     '市人力社保局', '部分采纳',
     '已在第八条中增加“按规定将符合条件的跨境电商专业人才纳入我市人才分类目录”的表述；落户、'
     '子女入学等事项按现行人才政策执行，不另作规定。'),
    ('建议支持跨境电商企业开展“跨境电商+产业带”对接，组织家电、文具、汽配、服装等本地优势产业带'
     '企业上线主流跨境电商平台。',
     '慈溪市人民政府', '采纳',
     '已在第三条“推动产业带数字化出海”中予以体现。'),
    ('建议简化跨境电商出口退（免）税申报流程，推动跨境电商综试区零售出口“无票免税”政策应享尽享。',
     '企业座谈会', '部分采纳',
     '“无票免税”政策已按国家规定在我市实施，相关内容已在第六条中予以重申；简化申报流程的具体措施'
     '由市税务局另行制定，不在《若干措施》中细化。'),
    ('建议加大跨境电商出口信用保险支持力度，对中小微企业投保短期出口信用保险的保费给予全额补助。',
     '企业座谈会', '部分采纳',
     '已在第七条中明确对跨境电商企业投保出口信用保险给予保费支持，补助比例按市级外经贸发展专项资金'
     '管理办法执行，不作全额补助规定。'),
    ('建议依托中欧班列开行跨境电商专列，并对搭载跨境电商货物的班列给予运费补贴。',
     '企业座谈会', '未采纳',
     '按照国家关于规范中欧班列补贴的有关要求，不宜新增运费补贴；第九条已明确支持企业利用海铁联运、'
     '中欧班列等通道拓展跨境电商物流。'),
    ('建议增加“对跨境电商企业首次获得境外商标注册的，给予注册费用补助”的内容。',
     '市市场监管局', '采纳',
     '已在第四条第（三）项中增加境外商标注册和品牌国际认证支持内容。'),
    ('建议明确政策有效期，并与我市现行跨境电商扶持政策做好衔接，避免重复支持。',
     '市司法局', '采纳',
     '已在第十二条中明确本措施自印发之日起施行，有效期至2027年12月31日；同一项目符合本措施和'
     '我市其他政策的，按照“就高不重复”原则执行。'),
]
# vertical merges of 提出单位 (0-based data-row indexes, inclusive)
VMERGES = [(2, 3), (9, 11)]

SEC2_P2 = ('此外，部分意见建议涉及具体项目申报、资金拨付流程等操作层面事项，将在《若干措施》实施细则及'
           '申报指南中统筹考虑；对未采纳的意见建议，我局已通过电话、书面等方式向提出单位作了沟通反馈。')

SEC3 = [
    ('（一）抓紧修改完善。', '根据采纳的意见建议，对《若干措施》作进一步修改完善，按程序完成合法性审查和'
     '公平竞争审查后，提请市政府常务会议审议。'),
    ('（二）同步制定配套细则。', '会同市财政局制定《若干措施》实施细则和申报指南，明确支持标准、申报条件、'
     '审核流程和兑现时限，确保政策出台后尽快落地见效。'),
    ('（三）做好政策解读宣传。', '政策出台后，通过新闻发布、政策图解、“甬易办”平台精准推送等方式开展宣传'
     '解读，组织面向跨境电商企业的政策宣讲会，提高政策知晓度和覆盖面。'),
    ('（四）加强跟踪评估。', '建立政策实施情况季度跟踪机制，对政策兑现效果和企业反映的问题及时梳理分析，'
     '必要时按程序对相关条款进行调整完善。'),
]


def build_doc1(path):
    doc = base_doc()
    page_number_footer(doc.sections[0])
    num_id = add_plain_numbering(doc)

    empty(doc)
    # title typed over two lines with a soft line break
    p = doc.add_paragraph()
    pfmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    for k, line in enumerate(TITLE1_LINES):
        r = p.add_run(line)
        font(r, XBS, 22)
        if k < len(TITLE1_LINES) - 1:
            r.add_break()
    empty(doc)

    para(doc, INTRO1)
    # heading typed by hand, 黑体
    para(doc, '一、征求意见基本情况', east=HT)
    para(doc, SEC1_P1)
    para(doc, SEC1_P2)

    # landscape section for the wide table
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    para(doc, '二、意见采纳情况', east=HT)
    para(doc, SEC2_P1)

    widths = [Cm(1.3), Cm(8.4), Cm(3.2), Cm(2.2), Cm(9.2)]
    t = doc.add_table(rows=1 + len(ROWS), cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    set_cell_borders(t)
    set_grid(t, widths)
    hdr = t.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(HEAD):
        cell_text(hdr.cells[i], h, east=HT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    merged_followers = set()
    for a, b in VMERGES:
        merged_followers.update(range(a + 1, b + 1))
    for ri, (yj, dw, cn, ly) in enumerate(ROWS):
        row = t.rows[ri + 1]
        numbered_cell(row.cells[0], num_id)
        cell_text(row.cells[1], yj, size=12, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        if ri not in merged_followers:
            cell_text(row.cells[2], dw, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(row.cells[3], cn, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(row.cells[4], ly, size=12, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    for a, b in VMERGES:
        top = t.cell(a + 1, 2)
        bot = t.cell(b + 1, 2)
        m = top.merge(bot)
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]

    p = para(doc, '')  # empty paragraph after table
    para(doc, SEC2_P2)

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=False)
    para(doc, '三、下一步工作', east=HT)
    for h, b in SEC3:
        runin(doc, h, b)

    empty(doc, 2)
    # 落款 aligned with manual spaces
    para(doc, '\u3000' * 16 + '宁波市商务局', first=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, '\u3000' * 15 + '2025年11月18日', first=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc)
    para(doc, '（此件公开发布）', first=32, align=WD_ALIGN_PARAGRAPH.LEFT)
    doc.save(path)

    clauses = [INTRO1, SEC1_P1, SEC1_P2, SEC2_P1]
    for ri, (yj, dw, cn, ly) in enumerate(ROWS):
        clauses.append('序号：%d；意见建议：%s；提出单位：%s；采纳情况：%s；理由说明：%s'
                       % (ri + 1, yj, dw, cn, ly))
    clauses.append(SEC2_P2)
    clauses += [h + b for h, b in SEC3]
    meta = {
        'title': TITLE1,
        'doc_number': None,
        'issuer': ['宁波市商务局'],
        'date': '2025-11-18',
        'published': None,
        'level': 'municipal',
        'region': '宁波市',
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '说明',
        'recipients': [],
        'publicity': '此件公开发布',
        'repeals': None,
    }
    return [{'meta': meta, 'clauses': clauses}]


# ================================================================ document 2
TITLE2 = '公平竞争审查结论表'
CB_ON, CB_OFF = '☑', '☐'

FORM = [
    # (cells) ; each cell is a str or a list of (text, is_symbol) segments
    ('审查对象', '《宁波市促进跨境电商高质量发展若干措施（送审稿）》'),
    ('起草单位', '宁波市商务局', '审查机构', '宁波市商务局政策法规处'),
    ('文件类型', [(CB_OFF, 1), ('地方性法规草案\u3000', 0), (CB_OFF, 1), ('政府规章草案\u3000', 0),
                  (CB_ON, 1), ('行政规范性文件\u3000', 0), (CB_OFF, 1), ('其他政策措施', 0)]),
    ('审查方式', [(CB_ON, 1), ('起草单位自行审查\u3000', 0), (CB_OFF, 1), ('会同有关部门审查\u3000', 0),
                  (CB_OFF, 1), ('委托第三方评估', 0)]),
    ('征求意见情况', '2025年9月12日至10月11日通过市政府门户网站向社会公开征求意见，书面征求市市场监管局等'
                   '16家市级部门、10个区（县、市）人民政府和宁波杭州湾新区管委会意见，并召开企业座谈会2场；'
                   '共收到意见建议73条，其中涉及公平竞争的意见2条，均已研究处理。'),
    ('审查标准对照情况', '对照《公平竞争审查条例》规定的限制市场准入和退出、限制商品和要素自由流动、'
                       '影响生产经营成本、影响生产经营行为等4类审查标准逐项审查，'
                       '未发现违反审查标准的情形。'),
    ('例外规定适用情况', '不涉及'),
    ('审查结论', [(CB_ON, 1), ('不违反公平竞争审查标准，可以出台\u3000', 0),
                  (CB_OFF, 1), ('违反公平竞争审查标准，调整后出台\u3000', 0),
                  (CB_OFF, 1), ('违反公平竞争审查标准，但符合例外规定，可以出台\u3000', 0),
                  (CB_OFF, 1), ('违反公平竞争审查标准，不得出台', 0)]),
    ('审查机构意见',
     '经审查，《若干措施》共12条，主要涉及培育经营主体、推动产业带出海、海外仓建设、品牌培育、通关便利、'
     '金融保险、人才支撑等方面。其中第一条、第四条、第七条涉及财政资金奖励和补助，支持对象为在本市依法'
     '登记注册、符合条件的各类经营主体，未限定所有制形式和企业规模，未设置歧视性条件。征求意见后，已删除'
     '原征求意见稿中“对本地注册的物流企业承接本市跨境电商业务给予运费补贴”的表述，并将原“对企业租用'
     '海外仓费用给予补助”的内容调整为对公共海外仓服务能力提升的项目支持。修改后的文件未发现违反'
     '《公平竞争审查条例》规定的审查标准的情形，同意按程序提请审议。政策实施后，将定期评估其对公平'
     '竞争的影响。'),
    ('签字盖章', '审查机构负责人（签字）：王立新\u3000（盖章）\u30002025年11月21日'),
]


def seg_text(v):
    if isinstance(v, str):
        return v
    return ''.join(s for s, _ in v)


def fill_value(cell, v, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
    p = cell.paragraphs[0]
    pfmt(p, align=align, exact=None)
    p.paragraph_format.space_before = Pt(3)
    p.paragraph_format.space_after = Pt(3)
    if isinstance(v, str):
        font(p.add_run(v), FS, 14)
    else:
        for s, is_sym in v:
            if is_sym:
                font(p.add_run(s), SYM, 14, ascii_font=SYM)
            else:
                font(p.add_run(s), FS, 14)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def build_doc2(path):
    doc = base_doc()
    page_number_footer(doc.sections[0])
    p = doc.add_paragraph()
    pfmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, exact=40, after=12)
    font(p.add_run(TITLE2), XBS, 22)

    # 4-column grid: label | value | label | value
    widths = [Cm(3.4), Cm(5.0), Cm(2.8), Cm(4.4)]
    t = doc.add_table(rows=len(FORM), cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    set_cell_borders(t)
    set_grid(t, widths)
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    for ri, spec in enumerate(FORM):
        row = t.rows[ri]
        if len(spec) == 4:
            cell_text(row.cells[0], spec[0], east=HT, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
            fill_value(row.cells[1], spec[1], align=WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(row.cells[2], spec[2], east=HT, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
            fill_value(row.cells[3], spec[3], align=WD_ALIGN_PARAGRAPH.CENTER)
            continue
        label, val = spec
        lab = row.cells[0]
        if label == '审查机构意见':
            # vertical label typed one character per line with soft breaks
            p = lab.paragraphs[0]
            pfmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, exact=None)
            r = p.add_run()
            font(r, HT, 14)
            for k, ch in enumerate(label):
                r.add_text(ch)
                if k < len(label) - 1:
                    r.add_break()
            lab.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        else:
            cell_text(lab, label, east=HT, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
        m = row.cells[1].merge(row.cells[3])
        fill_value(m, val)
        if label == '签字盖章':
            m.paragraphs[0].paragraph_format.space_before = Pt(30)
            m.paragraphs[0].paragraph_format.space_after = Pt(12)
    # tall row for 审查机构意见
    tr = t.rows[8]
    tr.height = Cm(7.5)
    doc.save(path)

    clauses = []
    for spec in FORM:
        if len(spec) == 4:
            clauses.append('%s：%s；%s：%s' % (spec[0], seg_text(spec[1]), spec[2], seg_text(spec[3])))
        else:
            clauses.append('%s：%s' % (spec[0], seg_text(spec[1])))
    meta = {
        'title': TITLE2,
        'doc_number': None,
        'issuer': ['宁波市商务局'],
        'date': '2025-11-21',
        'published': None,
        'level': 'municipal',
        'region': '宁波市',
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '表',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    }
    return [{'meta': meta, 'clauses': clauses}]


def to_pdf(docx_path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_694', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    jobs = [('blind694_ningbo_shuoming', build_doc1),
            ('blind694_ningbo_shenchabiao', build_doc2)]
    for stem, fn in jobs:
        path = os.path.join(HERE, stem + '.docx')
        expected[stem] = fn(path)
        to_pdf(path)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
