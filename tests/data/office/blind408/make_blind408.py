# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 408: 自贸试验区片区考核评价办法 + 评分表."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
SONG = '宋体'
RED = RGBColor(0xFF, 0x00, 0x00)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY

CN_DIG = '零一二三四五六七八九'


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return '十' + (CN_DIG[n % 10] if n % 10 else '')
    return CN_DIG[n // 10] + '十' + (CN_DIG[n % 10] if n % 10 else '')


# ---------------------------------------------------------------- helpers

def set_font(run, font, size=16, bold=False, color=None):
    run.font.name = font
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn('w:rFonts'))
    if rFonts is None:
        rFonts = OxmlElement('w:rFonts')
        rPr.insert(0, rFonts)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rFonts.set(qn(a), font)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color


def add_text(p, text, font=FS, size=16, bold=False, color=None):
    """Add text; '\n' inside text becomes a soft line break (Shift+Enter)."""
    parts = text.split('\n')
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def fmt(p, align=JUSTIFY, indent=True, line=28, before=0, after=0, size=16):
    pf = p.paragraph_format
    pf.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    return p


def P(doc, segs, **kw):
    """segs: str or list of (text, font, bold) tuples."""
    p = doc.add_paragraph()
    size = kw.pop('size', 16)
    fmt(p, size=size, **kw)
    if isinstance(segs, str):
        segs = [(segs, FS, False)]
    for seg in segs:
        text, font, bold = seg[0], seg[1], seg[2]
        color = seg[3] if len(seg) > 3 else None
        add_text(p, text, font, size, bold, color)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


PPR_AFTER_PBDR = ('w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
                  'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN',
                  'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind',
                  'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc',
                  'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap',
                  'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange')


def border(p, top=None, bottom=None):
    pPr = p._p.get_or_add_pPr()
    pBdr = OxmlElement('w:pBdr')
    for side, spec in (('top', top), ('bottom', bottom)):
        if spec:
            color, sz = spec
            b = OxmlElement('w:' + side)
            b.set(qn('w:val'), 'single')
            b.set(qn('w:sz'), str(sz))
            b.set(qn('w:space'), '1')
            b.set(qn('w:color'), color)
            pBdr.append(b)
    pPr.insert_element_before(pBdr, *PPR_AFTER_PBDR)


def page_numbers(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = CENTER
    r = p.add_run('— ')
    set_font(r, SONG, 14)

    def fld(t):
        r = p.add_run()
        set_font(r, SONG, 14)
        f = OxmlElement('w:fldChar')
        f.set(qn('w:fldCharType'), t)
        r._element.append(f)

    fld('begin')
    r = p.add_run()
    set_font(r, SONG, 14)
    it = OxmlElement('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = ' PAGE '
    r._element.append(it)
    fld('separate')
    r = p.add_run('1')
    set_font(r, SONG, 14)
    fld('end')
    r = p.add_run(' —')
    set_font(r, SONG, 14)


def new_doc():
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        st.element.rPr.insert(0, rf)
    rf.set(qn('w:eastAsia'), FS)
    sec = doc.sections[0]
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    sec.footer_distance = Cm(2.5)
    page_numbers(sec)
    return doc


def add_numbering(doc, abs_id, lvl_text, num_fmt, font, num_ids_start):
    """Create an abstractNum and return a factory making fresh num ids (restart at 1)."""
    numbering = doc.part.numbering_part.element
    xml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>'
    ) % (nsdecls('w'), abs_id, num_fmt, lvl_text, font, font, font)
    el = parse_xml(xml)
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)
    counter = [num_ids_start]

    def make():
        nid = counter[0]
        counter[0] += 1
        numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            % (nsdecls('w'), nid, abs_id)))
        return nid
    return make


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def cell_text(cell, paras, font=FS, size=12, align=LEFT, bold=False, line=20):
    """paras: list of paragraph strings (each may contain '\n' soft breaks)."""
    first = True
    for t in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt(p, align=align, indent=False, line=line)
        add_text(p, t, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader')
    el.set(qn('w:val'), 'true')
    trPr.append(el)


def widths(table, ws):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
        if i < len(ws):
            gc.set(qn('w:w'), str(int(ws[i] * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(ws):
                c.width = Cm(ws[i])


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = parse_xml('<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                  '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
                  % nsdecls('w'))
    tblPr.append(b)


def flat(s):
    return s.replace('\n', '')


def build_score_table(doc, cols, spec, ws, rules_mode, size=12):
    """spec items:
         ('grp', yiji_label, [ [col2, col3, ...rest], ... ])  -> rows, col0 merged down
         ('full', text)                                       -> full-width row
         ('row', [c0, c1, ...], span01)                         -> plain row (span01: merge col0+col1)
       rules cell (last column) is a list of rules; rules_mode 'paras' or 'breaks'.
       Returns list of clause strings."""
    n = 1
    for it in spec:
        n += len(it[2]) if it[0] == 'grp' else 1
    ncol = len(cols)
    t = doc.add_table(rows=n, cols=ncol)
    t.style = doc.styles['Table Grid']
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, ws)
    header_row(t.rows[0])
    for i, c in enumerate(cols):
        cell_text(t.cell(0, i), [c], font=HT, size=size, align=CENTER)
    clauses = []

    def put_val(cell, v, col_idx):
        if isinstance(v, list):
            if rules_mode == 'paras':
                cell_text(cell, v, size=size)
            else:
                cell_text(cell, ['\n'.join(v)], size=size)
            return ''.join(flat(x) for x in v)
        al = CENTER if col_idx < ncol - 1 else LEFT
        cell_text(cell, [v], size=size, align=al)
        return flat(v)

    r = 1
    for it in spec:
        if it[0] == 'grp':
            label, rows = it[1], it[2]
            top = t.cell(r, 0)
            if len(rows) > 1:
                top = top.merge(t.cell(r + len(rows) - 1, 0))
            cell_text(top, [label], size=size, align=CENTER)
            for row in rows:
                vals = [flat(label)]
                for j, v in enumerate(row):
                    vals.append(put_val(t.cell(r, j + 1), v, j + 1))
                clauses.append('；'.join('%s：%s' % (flat(c), v) for c, v in zip(cols, vals)))
                r += 1
        elif it[0] == 'full':
            c = t.cell(r, 0).merge(t.cell(r, ncol - 1))
            txt = it[1]
            if isinstance(txt, list):
                if rules_mode == 'paras':
                    cell_text(c, txt, size=size)
                else:
                    cell_text(c, ['\n'.join(txt)], size=size)
                clauses.append(''.join(flat(x) for x in txt))
            else:
                cell_text(c, [txt], size=size)
                clauses.append(flat(txt))
            r += 1
        else:
            vals_in, span01 = it[1], it[2]
            vals = []
            if span01:
                c = t.cell(r, 0).merge(t.cell(r, 1))
                cell_text(c, [vals_in[0]], size=size, align=CENTER, bold=True)
                vals = [flat(vals_in[0]), flat(vals_in[0])]
                rest = vals_in[1:]
                start = 2
            else:
                rest = vals_in
                start = 0
            for j, v in enumerate(rest):
                vals.append(put_val(t.cell(r, start + j), v, start + j))
            clauses.append('；'.join('%s：%s' % (flat(c), v) for c, v in zip(cols, vals)))
            r += 1
    return clauses


def red_header_single(doc, org, word='文件', size=40):
    empty(doc, 2)
    p = P(doc, [(org + word, XBS, False, RED)], align=CENTER, indent=False, line=56, size=size)
    return p


def banji(doc, chaosong, yinfa_org, yinfa_date):
    """版记 as bordered paragraphs."""
    empty(doc, 2)
    p = P(doc, [(chaosong, FS, False)], align=LEFT, indent=False, size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    border(p, top=('000000', 8), bottom=('000000', 4))
    p = P(doc, [('　' + yinfa_org + '　　　　' + yinfa_date + '印发', FS, False)],
          align=LEFT, indent=False, size=14)
    border(p, bottom=('000000', 8))


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level=None, region=None, effective=None, expires=None, attachments=[],
                doc_type=None, recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


# ================================================================= doc 1: 福建
def doc_fujian():
    doc = new_doc()
    ORG = '中国（福建）自由贸易试验区工作领导小组办公室'
    NO = '闽自贸办〔2026〕4号'
    BF_TITLE = '中国（福建）自由贸易试验区片区建设考核评价办法'
    ATT = '中国（福建）自由贸易试验区片区建设考核评价指标表'

    # 版头：机构名较长，手动软回车分两行
    empty(doc, 1)
    P(doc, [('中国（福建）自由贸易试验区\n工作领导小组办公室文件', XBS, False, RED)],
      align=CENTER, indent=False, line=48, size=32)
    empty(doc, 1)
    p = P(doc, NO, align=CENTER, indent=False)
    border(p, bottom=('FF0000', 24))
    empty(doc, 1)
    title = ('中国（福建）自由贸易试验区工作领导小组\n'
             '办公室关于印发《中国（福建）自由贸易\n试验区片区建设考核评价办法》的通知')
    P(doc, [(title, XBS, False)], align=CENTER, indent=False, line=36, size=22)
    empty(doc, 1)
    recips = ['中国（福建）自由贸易试验区福州片区管理委员会', '厦门片区管理委员会',
              '平潭片区管理委员会', '省自贸试验区工作领导小组各成员单位']
    P(doc, '、'.join(recips[:3]) + '，' + recips[3] + '：', align=LEFT, indent=False)

    notice = [
        '为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，进一步压实片区建设主体责任，'
        '激励各片区对标国际高标准经贸规则开展首创性、差别化改革探索，经省自贸试验区工作领导小组同意，'
        '现将《中国（福建）自由贸易试验区片区建设考核评价办法》印发给你们，请认真贯彻执行。',
        '2026年度考核评价工作按照本办法组织实施。各片区要对照指标表建立工作台账，于每季度结束后10个工作日内'
        '将指标完成情况报送省自贸办；各成员单位要按照职责分工做好指标数据核实和评分工作。执行中遇到的问题，'
        '请及时反馈省自贸办。',
        '（联系人：省自贸办综合协调处　林晓东，联系电话：0591-87851234）',
    ]
    for t in notice:
        P(doc, t)
    empty(doc, 3)
    # 落款：右对齐 + 手敲空格
    P(doc, ORG + '　', align=RIGHT, indent=False)
    P(doc, '2026年2月9日' + '　' * 4, align=RIGHT, indent=False)
    empty(doc, 1)
    P(doc, '（此件公开发布）')

    # ---------------------------------------------------------------- 办法
    page_break(doc)
    P(doc, [('中国（福建）自由贸易试验区\n片区建设考核评价办法', XBS, False)],
      align=CENTER, indent=False, line=36, size=22)
    empty(doc, 1)
    chapters = [
        ('第一章　总则', [
            ('第一条', '为深入实施自由贸易试验区提升战略，建立科学规范、导向鲜明的片区建设考核评价机制，'
                     '充分调动各片区改革创新的积极性、主动性和创造性，推动中国（福建）自由贸易试验区'
                     '（以下简称福建自贸试验区）高质量发展，根据《中国（福建）自由贸易试验区条例》等有关规定，'
                     '结合我省实际，制定本办法。', []),
            ('第二条', '本办法适用于对福建自贸试验区福州片区、厦门片区、平潭片区（以下统称各片区）'
                     '年度建设工作的考核评价。', []),
            ('第三条', '考核评价工作坚持以下原则：', [
                ('（一）突出制度创新。', '把首创性、差别化改革探索作为考核评价的核心内容，鼓励大胆试、大胆闯、自主改。'),
                ('（二）坚持客观公正。', '以统计数据和工作实绩为主要依据，定量评价与定性评价相结合，做到程序规范、结果公开。'),
                ('（三）注重激励约束。', '强化考核评价结果运用，激励先进、鞭策后进，形成比学赶超的良好氛围。'),
            ]),
            ('第四条', '中国（福建）自由贸易试验区工作领导小组办公室（以下简称省自贸办）负责考核评价的组织实施，'
                     '省自贸试验区工作领导小组各成员单位按照职责分工参与指标评分和数据核实。', []),
        ]),
        ('第二章　考核内容', [
            ('第五条', '考核评价指标由基础指标、加分项和扣分项构成。基础指标满分为100分，加分项累计不超过10分，'
                     '扣分项累计不超过10分。', []),
            ('第六条', '基础指标包括以下4个方面：', [
                ('', '（一）制度创新，主要评价首创性制度创新成果、对接国际高标准经贸规则、海峡两岸融合创新等情况，分值30分；'),
                ('', '（二）贸易投资便利化，主要评价实际使用外资、外贸进出口、通关便利化等情况，分值25分；'),
                ('', '（三）产业发展，主要评价重点产业规模、重大项目建设、市场主体培育等情况，分值25分；'),
                ('', '（四）营商环境与风险防控，主要评价政务服务、事中事后监管、风险防控等情况，分值20分。'),
            ]),
            ('第七条', '加分项主要针对各片区获得国家级表彰激励、承接重大改革试点任务、工作获得省领导肯定性批示等情形；'
                     '扣分项主要针对各片区发生安全生产和生态环境责任事故、审计巡视问题整改不力、'
                     '信息报送不及时不准确等情形。', []),
            ('第八条', '具体考核评价指标、分值和评分标准见附件。省自贸办可根据国家和省有关部署，'
                     '商有关成员单位对指标及分值进行年度调整，调整方案报省自贸试验区工作领导小组审定后'
                     '于当年3月底前印发。', []),
        ]),
        ('第三章　考核程序', [
            ('第九条', '考核评价按年度进行，考核期为当年1月1日至12月31日。考核评价按照片区自评、部门评分、'
                     '综合评定、结果审定的程序进行。', []),
            ('第十条', '各片区应于次年1月20日前完成自评，向省自贸办报送自评报告、指标得分表及相关佐证材料。'
                     '片区对报送材料的真实性、准确性负责。', []),
            ('第十一条', '省自贸办于次年1月底前将各片区自评材料分送有关成员单位。有关成员单位应于次年2月15日前'
                       '按照评分标准完成评分，并书面反馈评分结果及扣分理由。', []),
            ('第十二条', '省自贸办汇总各成员单位评分结果，必要时可组织实地核查或者委托第三方机构开展评估，'
                       '形成综合评定意见。', []),
            ('第十三条', '考核评价结果经省自贸试验区工作领导小组审定后，以书面形式通报各片区。考核评价结果'
                       '分为优秀、良好、一般三个等次：最终得分在90分（含）以上且排名第一的为优秀；'
                       '最终得分在75分（含）以上的为良好；最终得分低于75分的为一般。', []),
        ]),
        ('第四章　结果运用', [
            ('第十四条', '考核评价结果作为省委、省政府对有关设区市年度绩效考评的重要参考，纳入“自贸试验区建设”'
                       '专项指标计分。', []),
            ('第十五条', '对考核评价结果为优秀的片区，在省级专项资金安排、改革试点任务布局、重大项目要素保障'
                       '等方面予以倾斜支持，并在全省范围内通报表扬。', []),
            ('第十六条', '对考核评价结果为一般的片区，由省自贸办约谈片区管委会主要负责人，片区应于通报之日起'
                       '30日内提出整改措施并书面报告整改情况。', []),
            ('第十七条', '连续两年考核评价结果为一般的片区，省自贸办报请省自贸试验区工作领导小组对其进行通报批评，'
                       '并暂停安排下一年度省级自贸试验区专项资金。', []),
        ]),
        ('第五章　监督管理', [
            ('第十八条', '各片区和各成员单位应当严格遵守考核评价工作纪律，如实报送考核材料，不得弄虚作假、虚报瞒报。', []),
            ('第十九条', '对在考核评价中弄虚作假的片区，一经查实，取消其当年度评优资格，考核评价结果直接确定为一般；'
                       '情节严重的，依规依纪依法追究有关人员责任。', []),
            ('第二十条', '参与考核评价的工作人员应当坚持原则、公道正派，对考核评价中知悉的商业秘密和未公开数据'
                       '负有保密义务。', []),
        ]),
        ('第六章　附则', [
            ('第二十一条', '本办法由省自贸办负责解释。', []),
            ('第二十二条', '本办法自2026年3月1日起施行，有效期至2028年12月31日。《中国（福建）自由贸易试验区'
                         '片区工作考核办法（试行）》（闽自贸办〔2022〕7号）同时废止。', []),
        ]),
    ]
    bf_clauses = []
    for ch, arts in chapters:
        P(doc, [(ch, HT, False)], align=CENTER, indent=False, before=6, after=6)
        for num, text, items in arts:
            P(doc, [(num, HT, True), ('　' + text, FS, False)])
            bf_clauses.append(num + '　' + text)
            for head, body in items:
                if head:
                    P(doc, [(head, KT, False), (body, FS, False)])
                else:
                    P(doc, body)
                bf_clauses.append(head + body)
    empty(doc, 1)
    P(doc, '附件：' + ATT)

    # ---------------------------------------------------------------- 附件 表
    page_break(doc)
    P(doc, [('附件', HT, False)], align=LEFT, indent=False)
    empty(doc, 1)
    P(doc, [(ATT, XBS, False)], align=CENTER, indent=False, line=32, size=20)
    empty(doc, 1, line=16)
    cols = ['一级指标', '二级指标', '分值', '评分标准']
    spec = [
        ('grp', '制度创新\n（30分）', [
            ['首创性制度创新成果', '12', [
                '1.形成并经国务院或国家部委发文复制推广的制度创新成果，每项得4分；',
                '2.入选全国自贸试验区最佳实践案例的，每项得3分；',
                '3.经省自贸试验区工作领导小组审议发布的创新成果，每项得1分；',
                '4.本项最高得12分。']],
            ['对接国际高标准经贸规则', '10', [
                '1.围绕CPTPP、DEPA等高标准经贸规则开展压力测试并形成评估报告的，每项得2分；',
                '2.出台规则对接配套制度文件的，每件得1分；',
                '3.本项最高得10分。']],
            ['海峡两岸融合创新', '8', [
                '1.出台深化闽台经贸合作、台胞台企同等待遇等创新举措的，每项得2分，最高得4分；',
                '2.新设台资企业数量同比增长10%（含）以上的得4分，增长0—10%的得2分，负增长的不得分。']],
        ]),
        ('grp', '贸易投资\n便利化\n（25分）', [
            ['实际使用外资', '10', [
                '1.完成年度目标任务的得6分，每超过目标5个百分点加1分，最高得10分；',
                '2.未完成年度目标任务的，按完成比例乘以6分计分。']],
            ['外贸进出口', '8', [
                '1.进出口总额增速高于全省平均水平的得5分，低于全省平均水平的得2分；',
                '2.跨境电商、市场采购贸易等新业态进出口额占比较上年提高的得3分。']],
            ['通关便利化', '7', [
                '1.进口、出口整体通关时间较上年压缩的，各得1.5分；',
                '2.“两段准入”“提前申报”等改革常态化运行的得2分；',
                '3.国际贸易“单一窗口”主要业务应用率达到100%的得2分。']],
        ]),
        ('grp', '产业发展\n（25分）', [
            ['重点产业规模', '10', [
                '1.片区主导产业营业收入增速达到10%（含）以上的得6分，5%（含）—10%的得4分，低于5%的得2分；',
                '2.数字经济、海洋经济、航运物流等特色产业形成集聚效应并获省级以上认定的得4分。']],
            ['重大项目建设', '8', [
                '1.完成省重点项目年度投资计划的得5分，未完成的按完成比例计分；',
                '2.新签约总投资10亿元以上外资或台资项目的，每个得1分，最高得3分。']],
            ['市场主体培育', '7', [
                '1.新增企业数量同比增长的得3分；',
                '2.新增国家级专精特新“小巨人”企业、高新技术企业的，每家得0.5分，最高得4分。']],
        ]),
        ('grp', '营商环境与\n风险防控\n（20分）', [
            ['政务服务', '8', [
                '1.省级以上赋权事项承接率、办理率均达到100%的得4分；',
                '2.企业开办、工程建设项目审批等事项实现“一件事一次办”的得4分，部分实现的得2分。']],
            ['事中事后监管', '6', [
                '1.建立“双随机、一公开”跨部门联合抽查机制并常态化运行的得3分；',
                '2.信用分级分类监管覆盖主要监管领域的得3分。']],
            ['风险防控', '6', [
                '1.建立重大风险防控清单并动态更新的得3分；',
                '2.开展金融、数据安全、生态环境等领域风险压力测试并形成评估报告的得3分。']],
        ]),
        ('full', '加分项：考核年度内有下列情形之一的，予以加分，加分累计不超过10分。'),
        ('grp', '加分项', [
            ['国家级表彰激励', '3', [
                '1.片区改革创新工作获国务院督查激励的得3分；',
                '2.获国家部委通报表扬的，每次得1分。']],
            ['重大改革试点', '4', [
                '承接国家级重大改革试点任务并取得阶段性成果的，每项得2分，最高得4分。']],
            ['省领导肯定性批示', '3', [
                '片区工作获省委、省政府主要领导肯定性批示的，每次得1分，最高得3分。']],
        ]),
        ('full', '扣分项：考核年度内有下列情形之一的，予以扣分，扣分累计不超过10分。'),
        ('grp', '扣分项', [
            ['安全生产与生态环境', '5', [
                '1.片区内发生较大及以上安全生产责任事故的，每起扣3分；',
                '2.发生重大生态环境事件或被中央、省生态环境保护督察通报的，每起扣2分。']],
            ['审计巡视问题整改', '3', [
                '审计、巡视巡察发现问题未按期完成整改的，每项扣1分。']],
            ['信息报送', '2', [
                '1.未按时报送季度指标台账的，每次扣0.5分；',
                '2.报送数据经核实失实的，每次扣1分。']],
        ]),
        ('row', ['合计', '—', '100', ['基础指标满分100分；最终得分＝基础指标得分＋加分－扣分。']], False),
    ]
    table_clauses = build_score_table(doc, cols, spec, [2.6, 3.4, 1.4, 8.2], 'paras')
    bf_clauses += table_clauses

    # 版记
    banji(doc, '抄送：省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅。',
          '中国（福建）自由贸易试验区工作领导小组办公室', '2026年2月10日')

    key = [
        {'meta': meta(title=flat(title), doc_number=NO, issuer=[ORG], date='2026-02-09',
                      level='provincial', region='中国（福建）自由贸易试验区', doc_type='通知',
                      recipients=recips, publicity='此件公开发布'),
         'clauses': notice},
        {'meta': meta(title=BF_TITLE, doc_number=NO, issuer=[ORG], date='2026-02-09',
                      level='provincial', region='中国（福建）自由贸易试验区',
                      effective='2026-03-01', expires='2028-12-31', attachments=[ATT],
                      doc_type='办法', publicity='此件公开发布',
                      repeals='《中国（福建）自由贸易试验区片区工作考核办法（试行）》（闽自贸办〔2022〕7号）'),
         'clauses': bf_clauses},
    ]
    return doc, key


# ================================================================= doc 2: 四川
def doc_sichuan():
    doc = new_doc()
    ORG1 = '四川省自由贸易试验区工作办公室'
    ORG2 = '四川省统计局'
    NO = '川自贸办〔2025〕21号'
    BF_TITLE = '中国（四川）自由贸易试验区片区建设发展评价办法（试行）'
    ATT = '中国（四川）自由贸易试验区片区建设发展评价指标体系'

    # 联合发文版头：排版表格（左两行机关名，右侧“文件”纵向合并）
    empty(doc, 2)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [12.4, 3.2])
    for i, org in enumerate((ORG1, ORG2)):
        c = t.cell(i, 0)
        cell_text(c, [org], font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RED
    c = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(c, ['文件'], font=XBS, size=40, align=CENTER, line=50)
    for r in c.paragraphs[0].runs:
        r.font.color.rgb = RED
    empty(doc, 1)
    p = P(doc, NO, align=CENTER, indent=False)
    border(p, bottom=('FF0000', 24))
    empty(doc, 1)
    title = (ORG1 + '\n' + ORG2 + '关于印发《中国（四川）\n自由贸易试验区片区建设发展评价办法\n（试行）》的通知')
    P(doc, [(title, XBS, False)], align=CENTER, indent=False, line=36, size=22)
    empty(doc, 1)
    recips = ['中国（四川）自由贸易试验区成都天府新区片区管委会', '成都青白江铁路港片区管委会',
              '川南临港片区管委会', '省直有关部门']
    P(doc, '、'.join(recips[:3]) + '，' + recips[3] + '：', align=LEFT, indent=False)

    # 正文：缩进用手敲的两个全角空格，而非首行缩进
    notice = [
        ('', '为科学评价中国（四川）自由贸易试验区各片区建设发展成效，进一步激发片区改革创新活力，'
             '经省自贸试验区工作领导小组同意，现将《中国（四川）自由贸易试验区片区建设发展评价办法（试行）》'
             '印发给你们，并就有关事项通知如下。'),
        ('一、加强组织领导。', '各片区管委会要将评价工作作为推动自贸试验区提升战略落地的重要抓手，'
                       '明确分管领导和责任处室，建立指标数据月调度、季分析机制。'),
        ('二、夯实数据基础。', '各片区要会同属地统计部门建立健全统计监测制度，确保数据真实、准确、完整。'
                       '省统计局将对统计类指标开展抽查核实。'),
        ('三、做好首次评价。', '2025年度评价工作于2026年1月启动，评价期为2025年1月1日至12月31日。'
                       '各片区请于2026年1月15日前将自评报告和指标数据表报送省自贸办，同时报送电子版。'),
        ('四、及时反馈问题。', '执行过程中如有意见建议，请及时向省自贸办反馈。'),
        ('', '省自贸办联系人：张蔚然，联系电话：028-83225617；省统计局联系人：李皓，联系电话：028-86713402。'),
    ]
    notice_clauses = []
    for head, body in notice:
        segs = [('　　', FS, False)]
        if head:
            segs.append((head, HT, False))
        segs.append((body, FS, False))
        P(doc, segs, indent=False)
        notice_clauses.append(head + body)
    empty(doc, 2)
    # 联合落款：无框表格并排
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    widths(t, [9.2, 6.4])
    cell_text(t.cell(0, 0), [ORG1], size=16, align=CENTER, line=28)
    cell_text(t.cell(0, 1), [ORG2], size=16, align=CENTER, line=28)
    P(doc, '　' * 14 + '2025年9月12日', align=LEFT, indent=False)
    empty(doc, 1)
    P(doc, '（此件公开发布）')

    # ---------------------------------------------------------------- 办法（Word 自动编号“第X条”）
    page_break(doc)
    P(doc, [('中国（四川）自由贸易试验区\n片区建设发展评价办法（试行）', XBS, False)],
      align=CENTER, indent=False, line=36, size=22)
    empty(doc, 1)
    make_num = add_numbering(doc, 71, '第%1条　', 'chineseCounting', HT, 171)
    art_num = make_num()
    arts = [
        ('为贯彻落实《中国（四川）自由贸易试验区条例》，全面实施自由贸易试验区提升战略，科学评价各片区'
         '建设发展成效，引导各片区在中欧班列（成渝）、西部陆海新通道、内陆开放型经济等领域深化差别化探索，'
         '制定本办法。', []),
        ('本办法所称片区，是指中国（四川）自由贸易试验区成都天府新区片区、成都青白江铁路港片区和川南临港片区。', []),
        ('评价工作由四川省自由贸易试验区工作办公室（以下简称省自贸办）会同四川省统计局组织实施。'
         '省自贸办负责制定评价方案、组织评分和汇总结果；省统计局负责统计类指标的数据审核。', []),
        ('评价工作坚持目标导向、问题导向、结果导向，突出改革系统集成和开放平台功能，注重统计数据与工作实绩相结合、'
         '日常监测与年度评价相结合。', []),
        ('评价指标体系由开放型经济发展、制度创新、通道与平台建设、营商环境4个一级指标和11个二级指标构成，'
         '基础分100分；另设加分项和扣分项。具体见附件。', []),
        ('评价所用数据以统计部门、行业主管部门发布或者核定的数据为准。无法取得官方统计数据的指标，'
         '由片区提供佐证材料，经有关部门审核认定。', []),
        ('评价按照以下程序进行：', [
            '（一）片区自评。各片区于每年1月15日前报送上一年度自评报告和指标数据。',
            '（二）部门审核。省直有关部门于每年1月底前完成指标审核并提出评分意见。',
            '（三）综合评议。省自贸办会同省统计局汇总评分，组织专家进行综合评议。',
            '（四）结果报审。评价结果报省自贸试验区工作领导小组审定。',
        ]),
        ('评价结果按得分从高到低排序，分为A、B、C三档。得分85分（含）以上的为A档，70分（含）至85分的为B档，'
         '70分以下的为C档。', []),
        ('评价结果在省自贸试验区工作领导小组会议上通报，并抄送各片区所在市人民政府。', []),
        ('对评价结果为A档的片区，省级有关专项资金予以优先支持，省直有关部门优先布局改革试点任务和开放平台。', []),
        ('对评价结果为C档的片区，省自贸办会同有关部门进行专题督导，片区应制定整改方案，整改情况纳入下一年度评价。', []),
        ('各协同改革先行区参照本办法开展评价，评价指标和分值由省自贸办另行确定。', []),
        ('片区在评价中瞒报、虚报数据或者提供虚假佐证材料的，相应指标不得分，并取消当年度加分资格。', []),
        ('省自贸办可根据国家战略部署和全省工作重点，对评价指标及分值进行动态调整。', []),
        ('本办法由省自贸办、省统计局负责解释。', []),
        ('本办法自2025年10月1日起施行，有效期2年。', []),
    ]
    bf_clauses = []
    for i, (text, items) in enumerate(arts, 1):
        p = P(doc, text)
        set_num(p, art_num)
        bf_clauses.append('第%s条　%s' % (cn_num(i), text))
        for it in items:
            P(doc, it)
            bf_clauses.append(it)
    empty(doc, 1)
    P(doc, '附件：' + ATT)

    # ---------------------------------------------------------------- 附件 表（评分标准用软回车分行）
    page_break(doc)
    P(doc, [('附件', HT, False)], align=LEFT, indent=False)
    P(doc, [(ATT, XBS, False)], align=CENTER, indent=False, line=32, size=20, before=12, after=12)
    cols = ['一级指标', '二级指标', '分值', '评分标准']
    spec = [
        ('grp', '开放型\n经济发展\n（30分）', [
            ['外贸进出口', '10', ['1.进出口总额增速不低于全省平均增速的得6分，低于的按比例计分；',
                              '2.跨境电商进出口额同比增长的得4分。']],
            ['实际使用外资', '10', ['1.完成年度目标的得7分，未完成的按比例计分；',
                               '2.新引进世界500强企业投资项目的，每个得1分，最高得3分。']],
            ['服务贸易', '10', ['1.服务贸易进出口额同比增长的得5分；',
                             '2.数字贸易、离岸贸易等新业态取得突破并形成典型案例的得5分。']],
        ]),
        ('grp', '制度创新\n（30分）', [
            ['制度创新成果', '15', ['1.在全国复制推广的，每项得5分；',
                               '2.在全省复制推广的，每项得2分；',
                               '3.最高得15分。']],
            ['改革试点任务落实', '10', ['1.总体方案和深化改革方案试点任务实施率达到100%的得10分；',
                                 '2.实施率每降低1个百分点扣0.5分。']],
            ['协同改革联动', '5', ['与协同改革先行区、川渝自贸试验区协同开放示范区开展联动创新并形成成果的，'
                               '每项得1分，最高得5分。']],
        ]),
        ('grp', '通道与\n平台建设\n（25分）', [
            ['国际物流通道', '10', ['1.中欧班列（成渝）、西部陆海新通道班列开行量同比增长的得6分；',
                               '2.多式联运“一单制”业务量同比增长的得4分。']],
            ['开放平台建设', '8', ['1.综合保税区、保税物流中心（B型）等海关特殊监管区域（场所）绩效评估为A类的得4分，'
                              'B类的得2分；',
                              '2.新获批国家级开放平台的，每个得2分，最高得4分。']],
            ['跨境电商发展', '7', ['1.跨境电商企业数量同比增长的得3分；',
                              '2.建设跨境电商海外仓或公共服务平台并投入运营的得4分。']],
        ]),
        ('grp', '营商环境\n（15分）', [
            ['政务服务效能', '8', ['1.“一网通办”事项办理率达到95%以上的得4分；',
                              '2.涉企经营许可事项“证照分离”改革全覆盖的得4分。']],
            ['法治保障', '7', ['1.设立或引入国际商事调解、仲裁机构的得4分；',
                            '2.知识产权保护工作获省级以上肯定的得3分。']],
        ]),
        ('full', ['加分项（最高加8分）：',
                  '1.获国务院督查激励或国家部委通报表扬的，每次加2分；',
                  '2.承接国家重大改革试点任务的，每项加2分；',
                  '3.改革经验被国务院或国家部委文件推广的，每项加1分。']),
        ('full', ['扣分项（最高扣10分）：',
                  '1.发生重大安全生产、生态环境、金融风险事件的，每起扣3分；',
                  '2.未按要求报送评价材料或数据的，每次扣1分；',
                  '3.被国家有关部门通报批评的，每次扣2分。']),
        ('row', ['合计', '100', ['最终得分＝基础分＋加分－扣分。']], True),
    ]
    bf_clauses += build_score_table(doc, cols, spec, [2.4, 3.2, 1.4, 8.6], 'breaks', size=12)

    # 版记：单列表格
    empty(doc, 2)
    t = doc.add_table(rows=2, cols=1)
    no_borders(t)
    tblPr = t._tbl.tblPr
    tblPr.remove(tblPr.find(qn('w:tblBorders')))
    tblPr.append(parse_xml('<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="000000"/>'
                           '<w:left w:val="nil"/><w:bottom w:val="single" w:sz="8" w:color="000000"/>'
                           '<w:right w:val="nil"/><w:insideH w:val="single" w:sz="4" w:color="000000"/>'
                           '<w:insideV w:val="nil"/></w:tblBorders>' % nsdecls('w')))
    widths(t, [15.6])
    cell_text(t.cell(0, 0), ['抄送：省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅，\n　　　成都市、自贡市、泸州市、宜宾市人民政府。'],
              size=14, line=26)
    cell_text(t.cell(1, 0), ['四川省自由贸易试验区工作办公室' + '　' * 5 + '2025年9月15日印发'], size=14, line=26)

    issuers = [ORG1, ORG2]
    key = [
        {'meta': meta(title=flat(title), doc_number=NO, issuer=issuers, date='2025-09-12',
                      level='provincial', region='中国（四川）自由贸易试验区', doc_type='通知',
                      recipients=recips, publicity='此件公开发布'),
         'clauses': notice_clauses},
        {'meta': meta(title=BF_TITLE, doc_number=NO, issuer=issuers, date='2025-09-12',
                      level='provincial', region='中国（四川）自由贸易试验区',
                      effective='2025-10-01', expires='2027-09-30', attachments=[ATT],
                      doc_type='办法', publicity='此件公开发布'),
         'clauses': bf_clauses},
    ]
    return doc, key


# ================================================================= doc 3: 厦门片区
def doc_xiamen():
    doc = new_doc()
    ORG = '中国（福建）自由贸易试验区厦门片区管理委员会'
    NO = '厦自贸委〔2026〕35号'
    ATT = '厦门片区2026年上半年考核评价指标自评任务分解表'

    empty(doc, 1)
    P(doc, [('中国（福建）自由贸易试验区\n厦门片区管理委员会', XBS, False, RED)],
      align=CENTER, indent=False, line=50, size=34)
    empty(doc, 1)
    p = P(doc, NO + '　', align=RIGHT, indent=False)
    border(p, bottom=('FF0000', 18))
    empty(doc, 1)
    title = ('中国（福建）自由贸易试验区厦门片区\n管理委员会关于开展2026年上半年\n片区建设考核评价指标自评工作的通知')
    P(doc, [(title, XBS, False)], align=CENTER, indent=False, line=36, size=22)
    empty(doc, 1)
    recips = ['管委会各处（室）', '片区各功能区管理机构', '各有关单位']
    P(doc, '，'.join(recips) + '：', align=LEFT, indent=False)

    clauses = []

    def body(segs, num=None, prefix=''):
        p = P(doc, segs)
        if num is not None:
            set_num(p, num)
        clauses.append(prefix + ''.join(s[0] for s in segs))
        return p

    def heading(text):
        P(doc, [(text, HT, False)])

    body([('根据《中国（福建）自由贸易试验区工作领导小组办公室关于印发〈中国（福建）自由贸易试验区片区建设'
           '考核评价办法〉的通知》（闽自贸办〔2026〕4号）要求，为全面掌握片区建设考核评价指标上半年完成情况，'
           '及早查找差距、补齐短板，确保全年考核取得好成绩，管委会决定开展2026年上半年考核评价指标自评工作。'
           '现将有关事项通知如下：', FS, False)])
    heading('一、自评范围')
    body([('本次自评对照省自贸办印发的片区建设考核评价指标表，覆盖基础指标、加分项和扣分项全部内容，'
           '自评期为2026年1月1日至6月30日。各项指标的牵头单位和配合单位见附件。', FS, False)])
    heading('二、工作安排')
    make_num = add_numbering(doc, 72, '%1.', 'decimal', FS, 181)
    body([('（一）对标自评（7月6日—7月17日）。', KT, False),
          ('各牵头单位要会同配合单位逐项对照评分标准开展自评，重点做好以下工作：', FS, False)])
    n1 = make_num()
    items = [
        '梳理指标完成情况。按照“一指标一台账”要求，逐项填写完成值、自评得分和佐证材料清单。',
        '分析存在问题。对预计全年难以达标的指标，要深入分析原因，提出下半年攻坚举措。',
        '收集佐证材料。佐证材料应当真实、完整，能够直接证明指标完成情况，具体包括：',
    ]
    for i, t in enumerate(items, 1):
        body([(t, FS, False)], num=n1, prefix='%d.' % i)
    for t in ['（1）国务院、国家部委或省级部门的发文、通报等书面材料；',
              '（2）统计部门或行业主管部门出具的数据证明；',
              '（3）项目合同、批复、验收材料等其他能够佐证工作成效的材料。']:
        body([(t, FS, False)])
    body([('（二）审核汇总（7月20日—7月24日）。', KT, False),
          ('管委会综合处会同各功能区管理机构对自评结果进行审核，对自评得分明显偏高、佐证材料不充分的指标'
           '予以核减，形成片区上半年自评报告。', FS, False)])
    body([('（三）专题研究（7月底前）。', KT, False),
          ('管委会召开专题会议，听取自评情况汇报，研究部署下半年指标攻坚工作。', FS, False)])
    heading('三、工作要求')
    body([('（一）压实工作责任。', KT, False),
          ('各牵头单位主要负责同志为本单位指标工作第一责任人，要亲自部署、亲自过问，确保按时保质完成自评任务。',
           FS, False)])
    body([('（二）确保数据准确。', KT, False),
          ('自评数据须经本单位主要负责同志审核签字，严禁虚报、瞒报。对弄虚作假的，按照《中国（福建）自由贸易'
           '试验区片区建设考核评价办法》第十九条有关规定处理。', FS, False)])
    body([('（三）按时报送材料。', KT, False),
          ('请各牵头单位于7月17日下班前将自评表（加盖单位公章）扫描件及佐证材料电子版报送管委会综合处。'
           '逾期未报送的，视为该项指标未完成。', FS, False)])
    body([('联系人：管委会综合处　陈思远，电话：0592-5601826。', FS, False)])
    empty(doc, 1)
    P(doc, '附件：' + ATT)
    empty(doc, 3)
    P(doc, '　' * 4 + ORG, align=LEFT, indent=False)
    P(doc, '　' * 17 + '2026年7月6日', align=LEFT, indent=False)
    empty(doc, 1)
    P(doc, '（此件依申请公开）')
    # 版记放在附件之前
    banji(doc, '抄送：省自贸办，厦门市商务局。', '厦门片区管委会综合处', '2026年7月6日')

    # ---------------------------------------------------------------- 附件：横向页
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Cm(29.7)
    sec.page_height = Cm(21)
    sec.top_margin = Cm(2.6)
    sec.bottom_margin = Cm(2.4)
    sec.left_margin = Cm(3.0)
    sec.right_margin = Cm(2.8)
    P(doc, [('附件', HT, False)], align=LEFT, indent=False)
    P(doc, [(ATT, XBS, False)], align=CENTER, indent=False, line=32, size=20, before=6, after=12)
    cols = ['一级指标', '二级指标', '分值', '牵头单位', '配合单位']
    spec = [
        ('grp', '制度创新', [
            ['首创性制度创新成果', '12', '管委会改革创新处', '象屿功能区、海沧功能区管理机构'],
            ['对接国际高标准经贸规则', '10', '管委会改革创新处', '管委会法规处'],
            ['海峡两岸融合创新', '8', '管委会对台合作处', '各功能区管理机构'],
        ]),
        ('grp', '贸易投资便利化', [
            ['实际使用外资', '10', '管委会招商服务处', '各功能区管理机构'],
            ['外贸进出口', '8', '管委会贸易发展处', '象屿保税区海关、海沧海关'],
            ['通关便利化', '7', '管委会贸易发展处', '象屿保税区海关、海沧海关'],
        ]),
        ('grp', '产业发展', [
            ['重点产业规模', '10', '管委会产业发展处', '各功能区管理机构'],
            ['重大项目建设', '8', '管委会规划建设处', '各功能区管理机构'],
            ['市场主体培育', '7', '管委会产业发展处', '片区市场监督管理局'],
        ]),
        ('grp', '营商环境与风险防控', [
            ['政务服务', '8', '管委会行政审批处', '各功能区管理机构'],
            ['事中事后监管', '6', '片区市场监督管理局', '管委会法规处'],
            ['风险防控', '6', '管委会综合处', '管委会法规处、各功能区管理机构'],
        ]),
        ('full', '加分项、扣分项：由管委会综合处牵头，各单位对照指标表中加分项、扣分项情形于7月17日前一并报送，'
                 '无相关情形的填写“无”。'),
    ]
    clauses += build_score_table(doc, cols, spec, [3.6, 5.4, 1.6, 5.0, 8.2], 'paras', size=14)

    key = [
        {'meta': meta(title=flat(title), doc_number=NO, issuer=[ORG], date='2026-07-06',
                      level='zone', region='中国（福建）自由贸易试验区厦门片区', attachments=[ATT],
                      doc_type='通知', recipients=recips, publicity='此件依申请公开'),
         'clauses': clauses},
    ]
    return doc, key


def main():
    expected = {}
    for stem, fn in (('blind408_fujian_kaohe', doc_fujian),
                     ('blind408_sichuan_pingjia', doc_sichuan),
                     ('blind408_xiamen_ziping', doc_xiamen)):
        doc, key = fn()
        path = os.path.join(HERE, stem + '.docx')
        doc.save(path)
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_408', '--headless',
                        '--convert-to', 'pdf', '--outdir', HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
        expected[stem] = key
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
