# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 422: 示范文本 (model contracts) published by zones."""
import os
import json
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
SONG = '宋体'
RED = (0xFF, 0x00, 0x00)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY

BR = object()      # soft line break marker
PGBR = object()    # page break marker


# ---------------------------------------------------------------- helpers
def fmt_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.insert(0, rfonts)
    rfonts.set(qn('w:ascii'), font)
    rfonts.set(qn('w:hAnsi'), font)
    rfonts.set(qn('w:eastAsia'), font)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color:
        run.font.color.rgb = RGBColor(*color)
    return run


def new_doc(body_font=FS, body_size=16, line=28):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles['Normal']
    st.font.name = body_font
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        st.element.rPr.insert(0, rf)
    rf.set(qn('w:eastAsia'), body_font)
    st.font.size = Pt(body_size)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(line)
    return doc


def para(doc, parts, align=JUSTIFY, indent=True, font=FS, size=16, bold=False,
         color=None, line=None, style=None, left_indent=None):
    """parts: str or list of str / (str, dict) / BR / PGBR.  Returns (paragraph, plain text)."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if left_indent is not None:
        p.paragraph_format.left_indent = left_indent
    if line is not None:
        p.paragraph_format.line_spacing = line
    if isinstance(parts, str):
        parts = [parts]
    text = ''
    last = None
    for part in parts:
        if part is BR:
            if last is None:
                last = p.add_run()
            last.add_break()
            continue
        if part is PGBR:
            r = p.add_run()
            r.add_break(WD_BREAK.PAGE)
            continue
        if isinstance(part, tuple):
            t, kw = part
        else:
            t, kw = part, {}
        r = p.add_run(t)
        fmt_run(r, kw.get('font', font), kw.get('size', size), kw.get('bold', bold),
                kw.get('color', color))
        text += t
        last = r
    return p, text


def empty(doc, n=1, size=16):
    for _ in range(n):
        p = doc.add_paragraph()
        r = p.add_run('')
        fmt_run(r, FS, size)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def border(p, side='bottom', color='FF0000', sz=12, space=1):
    pPr = p._p.get_or_add_pPr()
    pbdr = pPr.find(qn('w:pBdr'))
    if pbdr is None:
        pbdr = OxmlElement('w:pBdr')
        pPr.append(pbdr)
    el = OxmlElement('w:' + side)
    el.set(qn('w:val'), 'single')
    el.set(qn('w:sz'), str(sz))
    el.set(qn('w:space'), str(space))
    el.set(qn('w:color'), color)
    pbdr.append(el)


def add_field(paragraph, instr, font=SONG, size=14):
    def fc(t):
        r = paragraph.add_run()
        fmt_run(r, font, size)
        e = OxmlElement('w:fldChar')
        e.set(qn('w:fldCharType'), t)
        r._element.append(e)
    fc('begin')
    r = paragraph.add_run()
    fmt_run(r, font, size)
    it = OxmlElement('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = instr
    r._element.append(it)
    fc('separate')
    r = paragraph.add_run('1')
    fmt_run(r, font, size)
    fc('end')


def page_numbers(section, different_first=False):
    if different_first:
        section.different_first_page_header_footer = True
    p = section.footer.paragraphs[0]
    p.alignment = CENTER
    fmt_run(p.add_run('— '), SONG, 14)
    add_field(p, ' PAGE ')
    fmt_run(p.add_run(' —'), SONG, 14)


def set_widths(t, widths):
    t.autofit = False
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)
        for row in t.rows:
            row.cells[ci].width = Cm(w)


def text_width(s, size):
    return sum(size / 2.0 if ord(ch) < 128 else size for ch in s)


def cell_text(cell, text, font=FS, size=14, bold=False, align=CENTER):
    cell.text = ''
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(22)
    p.paragraph_format.first_line_indent = None
    r = p.add_run(text)
    fmt_run(r, font, size, bold)


def grid_table(doc, header, rows, widths=None, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, size)
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            cell_text(t.rows[ri + 1].cells[ci], v, FS, size,
                      align=CENTER if ci in (0, len(row) - 1) else LEFT)
    if widths:
        set_widths(t, widths)
    clauses = []
    for row in rows:
        clauses.append('；'.join('%s：%s' % (h, v) for h, v in zip(header, row)))
    return t, clauses


def layout_table(doc, rows, size=14, widths=(8.0, 8.0)):
    """borderless two-column table (签署页 / joint header layout)."""
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            c = t.rows[ri].cells[ci]
            c.text = ''
            p = c.paragraphs[0]
            p.alignment = LEFT
            p.paragraph_format.line_spacing = Pt(30)
            fmt_run(p.add_run(v), FS, size)
    set_widths(t, widths)
    return t


def banji(doc, chaosong, yinfa_org, yinfa_date):
    """版记: 抄送 and 印发 lines between black rules."""
    empty(doc, 2)
    p, _ = para(doc, chaosong, align=LEFT, indent=False, size=14,
                left_indent=Pt(14 * 0.5))
    border(p, 'top', '000000', 8)
    p.paragraph_format.keep_with_next = True
    border(p, 'bottom', '000000', 4)
    used = text_width('  ' + yinfa_org + yinfa_date + '印发', 14)
    gap = ' ' * max(2, int((440 - used - 14) / 7))
    p, _ = para(doc, '  ' + yinfa_org + gap + yinfa_date + '印发', align=LEFT,
                indent=False, size=14)
    border(p, 'bottom', '000000', 8)


def save(doc, stem):
    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_422', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------------ doc 1
def doc_xiamen_tongzhi():
    doc = new_doc()
    page_numbers(doc.sections[0])
    clauses = []

    def C(parts, **kw):
        _, t = para(doc, parts, **kw)
        clauses.append(t)

    # 版头
    empty(doc, 1)
    para(doc, ['中国（福建）自由贸易试验区', BR, '厦门片区管理委员会文件'], align=CENTER,
         indent=False, font=XBS, size=34, color=RED, line=Pt(46))
    empty(doc, 1)
    p, _ = para(doc, '厦自贸委〔2026〕3号', align=CENTER, indent=False)
    border(p, 'bottom', 'FF0000', 18, 8)
    empty(doc, 1)

    title = ('中国（福建）自由贸易试验区厦门片区管理委员会关于发布'
             '《厦门片区产业项目投资合作协议（示范文本）》的通知')
    para(doc, ['中国（福建）自由贸易试验区厦门片区', BR,
               '管理委员会关于发布《厦门片区产业项目', BR, '投资合作协议（示范文本）》的通知'],
         align=CENTER, indent=False, font=XBS, size=22, line=Pt(33))
    empty(doc, 1)
    para(doc, '片区各功能区管理机构，管委会各局（办、中心），各有关企业：', align=LEFT, indent=False)

    C('为进一步规范中国（福建）自由贸易试验区厦门片区（以下简称片区）产业项目招商引资行为，'
      '保障投资合作各方合法权益，稳定市场主体预期，持续打造市场化、法治化、国际化一流营商环境，'
      '根据《中华人民共和国民法典》《中华人民共和国外商投资法》《中国（福建）自由贸易试验区条例》'
      '等法律法规规定，片区管委会组织制定了《厦门片区产业项目投资合作协议（示范文本）》'
      '（以下简称《示范文本》），现予发布，并就有关事项通知如下：')

    para(doc, [('一、适用范围', {'font': HT})])
    C('《示范文本》适用于片区管委会及其授权的功能区管理机构（以下统称甲方）与境内外投资者'
      '或者其设立的项目公司（以下统称乙方）就在片区内投资建设先进制造业、航运物流、跨境电商、'
      '融资租赁、数字经济等产业项目签订的投资合作协议。涉及土地出让、政府投资基金参股、'
      '国有资产转让的，应当同时适用相应的专门合同文本。')

    para(doc, [('二、使用要求', {'font': HT})])
    C([('（一）优先参照使用。', {'font': KT, 'bold': True}),
       '片区各招商主体与投资者签订产业项目投资合作协议时，应当优先参照《示范文本》，'
       '不得另行设置排斥、限制外商投资企业和民营企业公平参与的条款。'])
    C([('（二）规范约定内容。', {'font': KT, 'bold': True}),
       '《示范文本》中以下划线“______”标示的空白处，由协议双方根据项目实际协商填写；'
       '以“□”标示的选择项，由双方勾选确定；不适用的条款应当注明“不适用”或者以斜线划去，不得留白。'])
    C([('（三）严格政策兑现。', {'font': KT, 'bold': True}),
       '协议中约定的扶持政策应当有明确的政策依据，不得超出片区现行政策规定作出承诺。'
       '政策兑现的条件、标准和程序应当在协议中逐项列明。'])
    C([('（四）落实合法性审查。', {'font': KT, 'bold': True}),
       '协议文本在签订前应当经管委会法制工作机构进行合法性审查；对《示范文本》条款作实质性修改的，'
       '应当在报审时一并说明修改理由。'])

    para(doc, [('三、主要条款说明', {'font': HT})])
    C('《示范文本》主要条款及调整权限见下表：')
    header = ['序号', '条款', '主要内容', '是否允许调整']
    rows = [
        ['1', '项目基本情况（第三条）', '项目名称、选址、用地面积、建设内容', '是'],
        ['2', '投资强度（第五条）', '固定资产投资总额、亩均投资强度、注册资本实缴期限', '是'],
        ['3', '产出及税收承诺（第八条）', '达产年限、年营业收入、年度纳税额', '是'],
        ['4', '扶持政策（第十二条）', '政策依据、兑现条件、兑现程序', '否（须与现行政策一致）'],
        ['5', '违约责任（第十六条）', '违约情形、整改期限、扶持资金退还', '否'],
        ['6', '争议解决（第十九条）', '仲裁或者诉讼方式选择', '是'],
    ]
    _, rc = grid_table(doc, header, rows, widths=(1.4, 4.6, 6.6, 3.2))
    clauses.extend(rc)
    empty(doc, 1)

    para(doc, [('四、工作要求', {'font': HT})])
    items = [
        '各功能区管理机构应当建立投资合作协议台账，于每季度结束后10个工作日内将协议签订及履行情况'
        '报送片区管委会招商服务局。',
        '协议履行过程中发生项目主体、投资规模、建设内容等重大变更的，应当按照原审批程序报批，'
        '变更协议参照《示范文本》签订。',
        '本通知施行前已签订的投资合作协议，继续按照原协议约定履行；续签或者补充签订的，'
        '参照《示范文本》执行。',
    ]
    for i, it in enumerate(items):
        para(doc, it, style='List Number')
        clauses.append('%d.%s' % (i + 1, it))

    C('本通知自2026年2月1日起施行，有效期至2031年1月31日。《厦门片区招商引资项目合同参考文本'
      '（2019年版）》（厦自贸委〔2019〕21号）同时废止。')
    C('执行中如有问题，请及时向片区管委会招商服务局反映。联系人：陈晓岚，电话：0592－5681234。')

    empty(doc, 1)
    para(doc, '附件：1.厦门片区产业项目投资合作协议（示范文本）', align=LEFT)
    para(doc, '      2.厦门片区产业项目投资合作协议（示范文本）填写指引', align=LEFT)
    empty(doc, 3)
    para(doc, '中国（福建）自由贸易试验区厦门片区管理委员会    ', align=RIGHT, indent=False)
    para(doc, '2026年1月20日              ', align=RIGHT, indent=False)
    empty(doc, 1)
    para(doc, '（此件公开发布）')

    banji(doc, '抄送：福建省商务厅（省自贸办），厦门市人民政府办公厅，市商务局，市司法局，厦门海关。',
          '厦门片区管委会办公室', '2026年1月20日')
    save(doc, 'blind422_xiamen_tongzhi')

    meta = {
        'title': title,
        'doc_number': '厦自贸委〔2026〕3号',
        'issuer': ['中国（福建）自由贸易试验区厦门片区管理委员会'],
        'date': '2026-01-20',
        'published': None,
        'level': 'zone',
        'region': '中国（福建）自由贸易试验区厦门片区',
        'effective': '2026-02-01',
        'expires': '2031-01-31',
        'attachments': ['厦门片区产业项目投资合作协议（示范文本）',
                        '厦门片区产业项目投资合作协议（示范文本）填写指引'],
        'doc_type': '通知',
        'recipients': ['片区各功能区管理机构', '管委会各局（办、中心）', '各有关企业'],
        'publicity': '此件公开发布',
        'repeals': '《厦门片区招商引资项目合同参考文本（2019年版）》（厦自贸委〔2019〕21号）',
    }
    return {'blind422_xiamen_tongzhi': [{'meta': meta, 'clauses': clauses}]}


# ------------------------------------------------------------------ doc 2
def doc_xiamen_shifanwenben():
    doc = new_doc(body_size=14, line=26)
    page_numbers(doc.sections[0], different_first=True)
    clauses = []
    S = 14

    def C(parts, **kw):
        kw.setdefault('size', S)
        _, t = para(doc, parts, **kw)
        clauses.append(t)

    def art(num, text, **kw):
        C([(num + '　', {'bold': True, 'font': HT}), text], **kw)

    def chapter(t):
        para(doc, [(t, {'font': HT})], align=CENTER, indent=False, size=S + 1)

    # ---- cover page
    para(doc, '示范文本编号：XMZM-2026-01', align=LEFT, indent=False, size=12)
    empty(doc, 4, S)
    para(doc, '厦门片区产业项目投资合作协议', align=CENTER, indent=False, font=XBS, size=26,
         line=Pt(40))
    para(doc, '（示范文本）', align=CENTER, indent=False, font=KT, size=20, line=Pt(36))
    empty(doc, 8, S)
    para(doc, '制定单位：中国（福建）自由贸易试验区厦门片区管理委员会', align=CENTER,
         indent=False, font=KT, size=15)
    para(doc, '二〇二六年一月二十日', align=CENTER, indent=False, font=KT, size=15)
    page_break(doc)

    # ---- 使用说明
    para(doc, [('使　用　说　明', {'font': HT})], align=CENTER, indent=False, size=18, line=Pt(36))
    empty(doc, 1, S)
    notes = [
        '1．本示范文本供中国（福建）自由贸易试验区厦门片区管理委员会及其授权的功能区管理机构'
        '与投资者签订产业项目投资合作协议时参照使用。',
        '2．本示范文本所称投资者，包括境内外企业、其他组织和自然人。投资者在片区设立项目公司的，'
        '可以由项目公司作为乙方签订本协议，也可以由投资者与项目公司共同作为乙方签订本协议。',
        '3．协议双方应当在签订前仔细阅读全部条款，特别是有关扶持政策兑现条件、违约责任、'
        '退出机制和争议解决的条款。',
        '4．本示范文本中以下划线“______”标示的内容，由双方协商填写；以“□”标示的选择项，'
        '双方应当以“√”勾选，未勾选的视为不选择。',
        '5．本示范文本第十二条所列扶持政策应当与片区现行有效的政策文件一致，并注明文件名称和文号；'
        '政策文件修订或者废止的，按照第十二条第三款的约定处理。',
        '6．双方对本示范文本条款进行增删或者修改的，可以在第二十一条“其他约定事项”中列明，'
        '也可以另行签订补充协议；补充协议与本协议具有同等法律效力。',
        '7．本示范文本涉及外商投资的，应当遵守外商投资准入负面清单的规定。乙方为外国投资者的，'
        '协议可以同时使用中文和外文签署，两种文本不一致的，以中文文本为准。',
        '8．本示范文本由片区管委会招商服务局负责解释。',
    ]
    for n in notes:
        C(n)
    page_break(doc)

    # ---- contract
    para(doc, '厦门片区产业项目投资合作协议', align=CENTER, indent=False, font=XBS, size=22,
         line=Pt(36))
    empty(doc, 1, S)
    para(doc, '协议编号：____________________', align=RIGHT, indent=False, size=12)
    empty(doc, 1, S)
    parties = [
        '甲方：中国（福建）自由贸易试验区厦门片区管理委员会（或者其授权的功能区管理机构：'
        '____________________）',
        '地址：________________________________',
        '法定代表人（负责人）：______________',
        '乙方：________________________________',
        '统一社会信用代码（或者护照号码）：________________________',
        '注册地址（或者住所）：________________________________',
        '法定代表人：______________　　国籍：______________',
        '联系人及联系电话：________________________',
    ]
    for i, pt in enumerate(parties):
        C(pt, indent=False)
        if i == 2:
            empty(doc, 1, S)
    empty(doc, 1, S)
    C('鉴于乙方拟在中国（福建）自由贸易试验区厦门片区投资建设____________________项目，'
      '为明确双方权利义务，根据《中华人民共和国民法典》《中华人民共和国外商投资法》等法律法规，'
      '甲乙双方本着平等自愿、诚实守信、互利共赢的原则，经友好协商，达成如下协议，以资共同遵守。')

    chapter('第一章　总　　则')
    art('第一条', '本协议所称项目，是指乙方在片区内投资建设的____________________项目'
        '（以下简称本项目）。')
    art('第二条', '甲方负责为本项目提供投资咨询、审批协调和政策兑现等服务；乙方负责本项目的投资、'
        '建设和运营，依法自主经营、自负盈亏。')

    chapter('第二章　项目内容与投资')
    art('第三条', '本项目基本情况如下：')
    for t in [
        '（一）项目名称：________________________________；',
        '（二）项目选址：厦门市__________区__________路以__________、__________路以__________，'
        '具体以自然资源和规划部门出具的规划条件为准；',
        '（三）用地面积：约__________平方米（折合约______亩），用地性质为□工业用地 □物流仓储用地 '
        '□商业服务业设施用地 □其他：__________；',
        '（四）建设内容：________________________________________________。',
    ]:
        C(t)
    art('第四条', '乙方应当于本协议签订之日起______日内在片区内注册设立项目公司，注册资本不低于'
        '人民币______万元（或者等值外币______万美元）。')
    C('项目公司设立后，本协议约定的乙方权利义务由项目公司承继，乙方对项目公司履行本协议承担连带责任。')
    art('第五条', '本项目计划固定资产投资总额不低于人民币______万元，其中设备投资不低于______万元；'
        '亩均固定资产投资强度不低于______万元/亩。')
    C('项目公司注册资本应当于项目公司设立之日起______个月内实缴到位不低于______%，其余部分按照'
      '项目公司章程约定的期限缴足。')
    art('第六条', '本项目建设进度按照以下节点执行：')
    for t in [
        '（一）于______年______月______日前取得施工许可并开工建设；',
        '（二）于______年______月______日前完成竣工验收；',
        '（三）于______年______月______日前投产运营。',
    ]:
        C(t)
    C('因甲方原因或者不可抗力导致前款节点延误的，节点期限相应顺延。')
    art('第七条', '乙方是否申请适用片区综合保税区海关特殊监管区域政策：□是 □否。选择“是”的，'
        '乙方应当按照海关监管要求建设隔离设施、卡口及信息化管理系统，并于投产前通过海关验收。')

    chapter('第三章　产出与税收')
    art('第八条', '乙方承诺本项目自投产之日起第______年达产，达产后年营业收入不低于人民币______万元，'
        '年度纳税额（不含代扣代缴的个人所得税）不低于人民币______万元，亩均年纳税额不低于'
        '______万元/亩。')
    art('第九条', '乙方应当于每年4月30日前向甲方报送上一年度项目投资、营业收入、纳税、用工等情况，'
        '并提供经会计师事务所审计的财务报表及税务部门出具的完税证明。')
    art('第十条', '乙方的统计关系、税收关系应当在片区内，且自投产之日起______年内不得迁出片区。')

    chapter('第四章　甲方权利与义务')
    art('第十一条', '甲方的权利和义务：')
    for t in [
        '（一）协助乙方办理项目公司设立、项目备案、规划许可、施工许可等手续，推行“一窗受理、并联审批”；',
        '（二）协调供水、供电、供气、通信、排污等配套设施接驳至项目用地红线；',
        '（三）依照本协议及有关政策规定按时兑现扶持政策；',
        '（四）对乙方履行本协议情况进行监督检查和绩效评估；',
        '（五）对在履行本协议中知悉的乙方商业秘密承担保密义务。',
    ]:
        C(t)
    art('第十二条', '甲方根据下列政策文件给予乙方扶持：')
    for t in [
        '（一）□《________________________》（文号：______________），扶持内容：'
        '______________________；',
        '（二）□《________________________》（文号：______________），扶持内容：'
        '______________________。',
    ]:
        C(t)
    C('扶持政策兑现应当以乙方完成第五条、第八条约定的投资和产出指标为前提，具体兑现条件、标准和程序'
      '按照相应政策文件执行。')
    C('政策文件在本协议履行期间修订或者废止的，已经兑现的不再追溯；尚未兑现的，按照新旧政策中对乙方'
      '有利的原则处理，但法律法规另有规定的除外。')

    chapter('第五章　乙方权利与义务')
    art('第十三条', '乙方依法享有投资经营自主权，有权要求甲方按照本协议约定履行服务和政策兑现义务。')
    art('第十四条', '乙方应当遵守安全生产、生态环境保护、节能降耗等方面的法律法规，项目能耗、排放指标'
        '应当符合国家和本省有关标准。')
    art('第十五条', '未经甲方书面同意，乙方不得将本协议项下的权利义务转让给第三方；项目公司股权变更'
        '导致实际控制人变化的，应当提前30日书面告知甲方。')

    chapter('第六章　违约责任')
    art('第十六条', '有下列情形之一的，乙方应当承担违约责任：')
    for t in [
        '（一）未按照第四条约定期限设立项目公司或者注册资本未按期实缴到位的；',
        '（二）未按照第六条约定节点开工、竣工或者投产，逾期超过______个月的；',
        '（三）达产后连续两个年度未达到第八条约定产出指标的；',
        '（四）违反第十条约定将统计关系、税收关系迁出片区的；',
        '（五）以欺诈、虚报等方式骗取扶持资金的。',
    ]:
        C(t)
    # 款 with a stray soft line break (Shift+Enter) between sentences
    C(['乙方有前款第（一）项、第（二）项情形的，甲方有权书面通知乙方限期整改；逾期未整改的，'
       '甲方有权解除本协议。', BR,
       '乙方有前款第（三）项、第（四）项情形的，应当按照未达标比例退还已兑现的扶持资金。'
       '乙方有前款第（五）项情形的，应当全额退还已兑现的扶持资金，并按照同期贷款市场报价利率'
       '支付资金占用费；涉嫌犯罪的，依法移送司法机关处理。'])
    art('第十七条', '甲方未按照本协议约定兑现扶持政策的，乙方有权要求甲方限期兑现；因甲方原因造成'
        '乙方损失的，甲方应当依法予以赔偿。')
    art('第十八条', '因不可抗力致使本协议不能履行的，遭受不可抗力的一方应当在不可抗力发生之日起15日内'
        '书面通知对方，并提供相关证明；双方可以根据不可抗力的影响部分或者全部免除责任。')

    chapter('第七章　争议解决')
    art('第十九条', '因本协议引起的或者与本协议有关的争议，双方应当协商解决；协商不成的，按照下列'
        '第______种方式解决：')
    for t in [
        '（一）提交厦门仲裁委员会，按照申请仲裁时该会现行有效的仲裁规则进行仲裁；',
        '（二）提交□中国国际经济贸易仲裁委员会 □__________仲裁委员会仲裁；',
        '（三）向本项目所在地有管辖权的人民法院提起诉讼。',
    ]:
        C(t)

    chapter('第八章　附　　则')
    art('第二十条', '本协议自双方法定代表人（负责人）或者授权代表签字并加盖公章之日起生效，'
        '有效期至______年______月______日。')
    art('第二十一条', '其他约定事项：__________________________________________________________'
        '______________________________。')
    art('第二十二条', '本协议一式______份，甲方执______份，乙方执______份，具有同等法律效力。')
    empty(doc, 1, S)
    para(doc, '（以下无正文）', align=CENTER, indent=False, size=S)
    page_break(doc)

    # ---- 签署页 (two-column layout table, not clauses)
    para(doc, '（本页为《厦门片区产业项目投资合作协议》签署页）', align=LEFT, indent=False, size=S)
    empty(doc, 2, S)
    layout_table(doc, [
        ['甲方（盖章）：', '乙方（盖章）：'],
        ['', ''],
        ['法定代表人（负责人）', '法定代表人'],
        ['或者授权代表（签字）：', '或者授权代表（签字）：'],
        ['', ''],
        ['签订日期：______年____月____日', '签订日期：______年____月____日'],
        ['签订地点：厦门市', '签订地点：厦门市'],
    ], size=S)
    save(doc, 'blind422_xiamen_shifanwenben')

    meta = {
        'title': '厦门片区产业项目投资合作协议（示范文本）',
        'doc_number': 'XMZM-2026-01',
        'issuer': ['中国（福建）自由贸易试验区厦门片区管理委员会'],
        'date': '2026-01-20',
        'published': None,
        'level': 'zone',
        'region': '中国（福建）自由贸易试验区厦门片区',
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '示范文本',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    }
    return {'blind422_xiamen_shifanwenben': [{'meta': meta, 'clauses': clauses}]}


# ------------------------------------------------------------------ doc 3
def doc_chengdu_tongzhi():
    doc = new_doc()
    page_numbers(doc.sections[0])
    c1, c2 = [], []

    def C(lst, parts, **kw):
        _, t = para(doc, parts, **kw)
        lst.append(t)

    org1 = '成都国际铁路港经济技术开发区管理委员会'
    org2 = '成都市青白江区商务局'

    # joint red header laid out in a borderless table: organs left, 文件 right
    empty(doc, 1)
    t = doc.add_table(rows=2, cols=2)
    for ri, name in enumerate([org1, org2]):
        c = t.rows[ri].cells[0]
        c.text = ''
        p = c.paragraphs[0]
        p.alignment = JUSTIFY
        p.paragraph_format.line_spacing = Pt(36)
        fmt_run(p.add_run(name), XBS, 18, color=RED)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    m.text = ''
    p = m.paragraphs[0]
    p.alignment = CENTER
    fmt_run(p.add_run('文件'), XBS, 36, color=RED)
    set_widths(t, (12.8, 3.0))
    empty(doc, 1)
    p, _ = para(doc, '蓉铁港管发〔2025〕27号', align=CENTER, indent=False)
    border(p, 'bottom', 'FF0000', 18, 8)
    empty(doc, 1)

    title = (org1 + ' ' + org2 + '关于印发《成都国际铁路港跨境电商产业园企业入驻协议'
             '（示范文本）》的通知')
    para(doc, [org1, BR, org2 + '关于印发《成都国际', BR,
               '铁路港跨境电商产业园企业入驻协议', BR, '（示范文本）》的通知'],
         align=CENTER, indent=False, font=XBS, size=22, line=Pt(33))
    empty(doc, 1)
    para(doc, '成都国际铁路港跨境电商产业园各运营主体，各有关企业：', align=LEFT, indent=False)

    C(c1, '为贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》和四川省、成都市支持跨境电子商务'
          '高质量发展的有关部署，依托中国（四川）自由贸易试验区成都青白江铁路港片区、中欧班列（成渝）'
          '和成都国际铁路港综合保税区功能优势，规范跨境电商产业园企业入驻管理，我们制定了'
          '《成都国际铁路港跨境电商产业园企业入驻协议（示范文本）》，现印发给你们，请结合实际认真贯彻执行。')
    C(c1, [('一、明确使用主体。', {'font': HT}),
           '成都国际铁路港跨境电商产业园（以下简称产业园）各运营主体与拟入驻企业签订入驻协议时，'
           '应当使用本示范文本；确需调整条款的，应当报' + org1 + '（以下简称管委会）经济发展局备案。'])
    C(c1, [('二、规范入驻条件。', {'font': HT}),
           '入驻企业应当依法登记注册，具有跨境电商进出口经营能力或者相应的供应链服务能力，并在海关完成'
           '跨境电子商务企业注册登记。运营主体不得以入驻为条件收取协议约定以外的费用。'])
    C(c1, [('三、强化政策衔接。', {'font': HT}),
           '入驻企业按照协议约定开展跨境电商业务的，可以按规定申报中欧班列（成渝）运费补贴、'
           '跨境电商海外仓建设补助等扶持政策，具体标准以相关政策文件为准。'])
    C(c1, [('四、加强履约监管。', {'font': HT}),
           '运营主体应当于每半年结束后15日内，将入驻企业名单、业务量及协议履行情况报管委会经济发展局'
           '和区商务局。对连续6个月未开展业务的入驻企业，运营主体应当按照协议约定启动退出程序。'])
    C(c1, '本通知自印发之日起施行。')
    C(c1, '联系人：管委会经济发展局　刘思远，028－83961234；区商务局　周晓燕，028－83965678。')

    empty(doc, 1)
    para(doc, '附件：成都国际铁路港跨境电商产业园企业入驻协议（示范文本）', align=LEFT)
    empty(doc, 3)
    # joint 落款 typed with manual spaces
    para(doc, '成都国际铁路港经济技术开发区管理委员会    成都市青白江区商务局', align=LEFT,
         indent=False, size=14)
    para(doc, '2025年12月5日          ', align=RIGHT, indent=False)
    empty(doc, 1)
    para(doc, '（此件公开发布）')

    # ---- attachment: the model text
    page_break(doc)
    para(doc, [('附件', {'font': HT})], align=LEFT, indent=False)
    empty(doc, 1)
    para(doc, ['成都国际铁路港跨境电商产业园企业入驻协议', BR, '（示范文本）'], align=CENTER,
         indent=False, font=XBS, size=22, line=Pt(36))
    empty(doc, 1)
    para(doc, '示范文本编号：CDTLG-KJDS-2025-01', align=CENTER, indent=False, font=KT)
    para(doc, '制定单位：' + org1 + '　' + org2, align=CENTER, indent=False, font=KT, size=14)
    para(doc, '二〇二五年十二月五日', align=CENTER, indent=False, font=KT)
    empty(doc, 1)
    para(doc, [('使用说明', {'font': HT})], align=LEFT)
    for t in [
        '（一）本示范文本适用于产业园运营主体（甲方）与入驻企业（乙方）签订入驻协议。',
        '（二）协议中“□”为选择项，双方应当在选定项目前的“□”内打“√”；“______”为填写项，'
        '不填写的应当划“/”。',
        '（三）甲乙双方可以根据实际情况对本示范文本进行补充约定，但补充约定不得违反法律法规规定，'
        '不得减损入驻企业依法享有的权利。',
    ]:
        C(c2, t)
    empty(doc, 1)
    para(doc, [('入 驻 协 议', {'font': HT})], align=CENTER, indent=False, size=18)
    empty(doc, 1)
    for t in [
        '甲方（园区运营主体）：______________________________',
        '乙方（入驻企业）：______________________________',
        '乙方统一社会信用代码：______________________________',
        '乙方海关注册编码：______________________________',
    ]:
        C(c2, t, indent=False)
    C(c2, '根据《中华人民共和国民法典》《中华人民共和国电子商务法》等法律法规及相关政策规定，'
          '甲乙双方经平等协商，就乙方入驻成都国际铁路港跨境电商产业园（以下简称产业园）事宜达成如下协议：')

    def art(head, text):
        C(c2, [(head, {'bold': True}), text])

    art('第一条　入驻场地。', '甲方同意乙方入驻产业园，乙方租用产业园______号楼______层______室，'
        '建筑面积______平方米，用途为□办公 □仓储 □分拣 □直播 □其他：__________。')
    art('第二条　入驻期限。', '入驻期限自______年____月____日起至______年____月____日止，'
        '共______个月。期限届满乙方需要续约的，应当于期满前60日书面提出。')
    art('第三条　费用及支付。', '乙方应当按照下列标准向甲方支付费用：')
    for t in [
        '（一）场地租金：每月每平方米人民币______元，按□月 □季度 □半年支付；',
        '（二）物业管理费：每月每平方米人民币______元；',
        '（三）水、电等能耗费用按照实际用量和政府定价另行结算。',
    ]:
        C(c2, t)
    C(c2, '甲方对符合条件的乙方给予租金减免：□第一年免租 □第一年减半 □不适用。')
    art('第四条　业务承诺。', '乙方承诺自入驻之日起______个月内开展跨境电商业务，年度跨境电商进出口额'
        '不低于人民币______万元，其中通过中欧班列（成渝）运输的货值占比不低于______%。')
    art('第五条　甲方服务。', '甲方为乙方提供以下服务：')
    for t in [
        '（一）协助办理海关跨境电子商务企业注册登记、综合保税区入区备案等手续；',
        '（二）提供跨境电商公共服务平台接入、通关申报辅助等服务；',
        '（三）协调中欧班列舱位、海外仓资源和国际物流对接；',
        '（四）协助申报各级跨境电商扶持政策。',
    ]:
        C(c2, t)
    art('第六条　乙方义务。', '乙方应当遵守海关、税务、外汇管理等监管规定，如实申报进出口商品信息，'
        '不得利用跨境电商渠道从事走私或者其他违法活动。')
    C(c2, '乙方应当按季度向甲方报送跨境电商业务数据，并配合甲方及主管部门开展统计监测。')
    art('第七条　退出情形。', '有下列情形之一的，甲方有权解除本协议，乙方应当在收到书面通知之日起'
        '30日内腾退场地：')
    for t in [
        '（一）乙方连续6个月未开展跨境电商业务的；',
        '（二）乙方拖欠租金或者物业管理费超过3个月的；',
        '（三）乙方因违法违规被海关或者其他主管部门作出行政处罚且情节严重的；',
        '（四）乙方擅自转租、转借场地的。',
    ]:
        C(c2, t)
    art('第八条　违约责任。', '任何一方违反本协议约定的，应当承担违约责任；给对方造成损失的，'
        '应当赔偿损失。乙方逾期支付费用的，每逾期一日按照应付未付金额的______‰支付违约金。')
    art('第九条　争议解决。', '因本协议发生争议的，双方协商解决；协商不成的，□提交成都仲裁委员会仲裁 '
        '□向产业园所在地人民法院提起诉讼。')
    art('第十条　其他。', '本协议未尽事宜，双方可以另行签订补充协议。本协议一式四份，甲乙双方各执两份，'
        '自双方签字盖章之日起生效。')
    empty(doc, 2)
    layout_table(doc, [
        ['甲方（盖章）：', '乙方（盖章）：'],
        ['法定代表人或授权代表：', '法定代表人或授权代表：'],
        ['签订日期：    年  月  日', '签订日期：    年  月  日'],
    ])

    banji(doc, '抄送：四川省商务厅，成都市商务局，成都海关，青白江区人民政府办公室。',
          '成都国际铁路港经开区管委会党政办公室', '2025年12月5日')
    save(doc, 'blind422_chengdu_tongzhi')

    region = '成都国际铁路港经济技术开发区'
    meta1 = {
        'title': title,
        'doc_number': '蓉铁港管发〔2025〕27号',
        'issuer': [org1, org2],
        'date': '2025-12-05',
        'published': None,
        'level': 'zone',
        'region': region,
        'effective': '2025-12-05',
        'expires': None,
        'attachments': ['成都国际铁路港跨境电商产业园企业入驻协议（示范文本）'],
        'doc_type': '通知',
        'recipients': ['成都国际铁路港跨境电商产业园各运营主体', '各有关企业'],
        'publicity': '此件公开发布',
        'repeals': None,
    }
    meta2 = {
        'title': '成都国际铁路港跨境电商产业园企业入驻协议（示范文本）',
        'doc_number': 'CDTLG-KJDS-2025-01',
        'issuer': [org1, org2],
        'date': '2025-12-05',
        'published': None,
        'level': 'zone',
        'region': region,
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '示范文本',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    }
    return {'blind422_chengdu_tongzhi': [{'meta': meta1, 'clauses': c1},
                                         {'meta': meta2, 'clauses': c2}]}


def main():
    expected = {}
    expected.update(doc_xiamen_tongzhi())
    expected.update(doc_xiamen_shifanwenben())
    expected.update(doc_chengdu_tongzhi())
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
