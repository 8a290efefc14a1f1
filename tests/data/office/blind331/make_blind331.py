# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 331: BRI / FTZ cooperation agreements and joint texts.
Writes .docx (python-docx), .pdf (LibreOffice) and expected.json next to this script."""
import json, os, subprocess, shutil
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
FS = '仿宋_GB2312'; XBS = '方正小标宋简体'; HT = '黑体'; KT = '楷体_GB2312'
SAN = 16  # 三号
SI = 14   # 四号
CENTER = WD_ALIGN_PARAGRAPH.CENTER; RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT; JUST = WD_ALIGN_PARAGRAPH.JUSTIFY


def font(run, east=FS, size=SAN, bold=False, color=None):
    run.font.name = 'Times New Roman'
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
    rf.set(qn('w:eastAsia'), east)
    run.font.size = Pt(size); run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=JUST, indent=True, size=SAN, line=28, before=0, after=0):
    pf = p.paragraph_format
    p.alignment = align
    pf.first_line_indent = Pt(size * 2) if indent else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    return p


def para(container, text='', east=FS, size=SAN, align=JUST, indent=True, bold=False,
         color=None, line=28, before=0, after=0):
    p = container.add_paragraph()
    fmt(p, align, indent, size, line, before, after)
    if text:
        font(p.add_run(text), east, size, bold, color)
    return p


def lines_para(container, lines, east=XBS, size=22, align=CENTER, color=None, line=35, before=0, after=0):
    """one paragraph, several lines joined by soft line breaks (w:br)"""
    p = container.add_paragraph()
    fmt(p, align, False, size, line, before, after)
    for i, t in enumerate(lines):
        r = font(p.add_run(t), east, size, False, color)
        if i < len(lines) - 1:
            r.add_break()
    return p


def runin(container, head, body, head_font=KT, size=SAN, line=28):
    """run-in heading: （一）xxx。 in 楷体 then body in 仿宋, same paragraph"""
    p = para(container, '', size=size, line=line)
    font(p.add_run(head), head_font, size)
    font(p.add_run(body), FS, size)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def border(p, side='bottom', color='FF0000', sz=12):
    pPr = p._p.get_or_add_pPr()
    pb = pPr.find(qn('w:pBdr'))
    if pb is None:
        pb = OxmlElement('w:pBdr'); pPr.append(pb)
    e = OxmlElement('w:' + side)
    e.set(qn('w:val'), 'single'); e.set(qn('w:sz'), str(sz)); e.set(qn('w:space'), '1'); e.set(qn('w:color'), color)
    pb.append(e)


def add_page_field(p, east=FS, size=14):
    font(p.add_run('— '), '宋体', size)
    r = font(p.add_run(), '宋体', size)
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    for e in (f1, it, f2, t, f3):
        r._r.append(e)
    font(p.add_run(' —'), '宋体', size)


def setup(doc, landscape=False, odd_even=False):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    s.footer_distance = Mm(20)
    st = doc.styles['Normal']
    st.font.name = 'Times New Roman'; st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), FS)
    if odd_even:
        settings = doc.settings.element
        settings.append(OxmlElement('w:evenAndOddHeaders'))
        p = s.footer.paragraphs[0]; p.alignment = RIGHT; p.paragraph_format.right_indent = Pt(14)
        add_page_field(p)
        pe = s.even_page_footer.paragraphs[0]; pe.alignment = LEFT; pe.paragraph_format.left_indent = Pt(14)
        add_page_field(pe)
    else:
        p = s.footer.paragraphs[0]; p.alignment = CENTER
        add_page_field(p)
    return s


def cell_text(cell, text, east=FS, size=12, align=CENTER, bold=False, line=18, color=None):
    """text may contain '\n' -> soft line breaks inside the cell"""
    p = cell.paragraphs[0]
    fmt(p, align, False, size, line)
    parts = text.split('\n')
    for i, t in enumerate(parts):
        r = font(p.add_run(t), east, size, bold, color)
        if i < len(parts) - 1:
            r.add_break()
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement('w:' + side); e.set(qn('w:val'), 'nil'); b.append(e)
    tblPr.append(b)


def set_widths(table, widths):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement('w:tblLayout'); lay.set(qn('w:type'), 'fixed'); tblPr.append(lay)
    for gc, w in zip(table._tbl.tblGrid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w.twips if hasattr(w, 'twips') else w / 635)))
    for r in table.rows:
        for c, w in zip(r.cells, widths):
            c.width = w


def save(doc, stem):
    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    prof = 'file:///tmp/lo_331'
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=' + prof, '--convert-to', 'pdf',
                    '--outdir', HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXPECTED = {}

# ---------------------------------------------------------------------------
# (a) 战略合作框架协议：绥芬河片区管委会 × 企业
# ---------------------------------------------------------------------------
A_STEM = 'blind331_suifenhe_xieyi'
A_JIA = '中国（黑龙江）自由贸易试验区绥芬河片区管理委员会'
A_YI = '黑龙江北疆陆港国际供应链集团有限公司'
A_TITLE = A_JIA + '与' + A_YI + '战略合作框架协议'

A_RECITALS = [
    '1.甲方是中国（黑龙江）自由贸易试验区绥芬河片区的管理机构，负责片区的规划建设、招商引资、制度创新和营商环境建设等工作。片区着力建设商品进出口储运加工集散中心和面向国际陆海通道的陆上边境口岸型国家物流枢纽，打造中俄战略合作及东北亚开放合作的重要平台。',
    '2.乙方是从事国际多式联运、跨境供应链管理和国际贸易的省属国有控股企业，在对俄铁路运输、海外仓建设和跨境电商综合服务等方面具有较强的资源整合能力和运营经验。',
    '3.双方均有意发挥各自优势，共同参与共建“一带一路”和中蒙俄经济走廊建设，推动绥芬河片区高水平对外开放。',
]
A_LEAD = '为此，甲乙双方本着“平等自愿、优势互补、互利共赢、共同发展”的原则，经友好协商，就战略合作事宜达成如下协议。'
A_ARTICLES = [
    ('第一条　合作目标', [
        '双方建立长期稳定的战略合作伙伴关系，以绥芬河片区为平台，以中俄陆路口岸和中欧班列通道为依托，在国际物流、跨境电商、进出口加工和供应链金融等领域开展全方位合作。力争到2027年底，乙方及其关联企业在片区累计完成投资不低于12亿元，带动片区年进出口货运量突破1200万吨，跨境电商进出口额年均增长15%以上。']),
    ('第二条　合作原则', [
        '（一）政府引导、市场运作。甲方负责营造良好营商环境，提供政策支持和服务保障；乙方按照市场化原则自主经营、自负盈亏。',
        '（二）统筹规划、分步实施。双方围绕片区发展规划，明确阶段性合作任务，成熟一项、推进一项。',
        '（三）依法合规、诚实守信。双方合作应当遵守国家法律法规和有关政策规定，切实履行本协议约定。']),
    ('第三条　国际物流通道建设', [
        '乙方发挥多式联运组织优势，加密开行经绥芬河口岸进出境的中欧班列及“哈绥俄亚”陆海联运班列，逐步开通至莫斯科、叶卡捷琳堡、新西伯利亚等地的定制化线路，力争每年新增开行班列不少于200列。',
        '甲方协调口岸查验单位优化班列通关流程，推广“提前申报”“两步申报”等便利化措施，协助乙方争取国家和省级物流枢纽建设相关资金支持。']),
    ('第四条　综合保税区项目', [
        '乙方在绥芬河综合保税区内投资建设保税仓储物流中心，建筑面积不少于6万平方米，重点开展木材、粮食、海产品等大宗商品的保税仓储、分拨和保税加工业务，并探索开展保税维修、保税展示交易等新业态。',
        '甲方在项目用地、报建审批、水电气配套等方面给予支持，协调推进项目于2025年6月30日前开工建设。']),
    ('第五条　跨境电商与互市贸易', [
        '乙方在片区设立跨境电商综合服务平台，为中小企业提供通关、物流、结汇、退税等“一站式”服务，并在俄罗斯远东地区布局不少于3个海外仓。',
        '乙方在绥芬河边民互市贸易区建设互市商品落地加工园，引导边民互助组与加工企业开展合作，推动互市贸易商品落地加工和产业化发展。']),
    ('第六条　供应链金融合作', [
        '甲方支持乙方联合银行业金融机构在片区开展跨境人民币结算、卢布现钞使用、出口信用保险保单融资等业务，推动“本币结算+供应链金融”服务模式创新。乙方应当依法合规开展金融相关业务，不得从事非法集资等违法违规活动。']),
    ('第七条　甲方权利和义务', [
        '（一）将乙方纳入片区重点企业服务名单，实行“一企一专员”服务；',
        '（二）按照片区相关扶持政策，对乙方符合条件的项目给予资金奖补，具体以甲方另行出台的政策文件为准；',
        '（三）有权对乙方项目建设进度和投资承诺落实情况进行跟踪评估。']),
    ('第八条　乙方权利和义务', [
        '（一）在片区注册设立具有独立法人资格的区域总部或子公司，依法纳税；',
        '（二）按照本协议约定推进各合作项目，每半年向甲方书面报送一次项目进展情况；',
        '（三）享有依法申请片区各项扶持政策的权利。']),
    ('第九条　工作机制', [
        '双方建立高层定期会晤和工作联络机制，原则上每年召开一次高层会晤，协调解决合作中的重大问题。甲方指定片区经济合作局、乙方指定战略发展部作为日常联络部门。']),
    ('第十条　保密条款', [
        '双方对在合作过程中知悉的对方商业秘密和未公开信息负有保密义务，未经对方书面同意，不得向第三方披露。本条款不因本协议的终止而失效。']),
    ('第十一条　协议的效力与期限', [
        '本协议为双方开展战略合作的框架性文件，具体合作项目由双方或双方关联方另行签订项目合同予以约定。',
        '本协议自双方法定代表人（负责人）或授权代表签字并加盖公章之日起生效，有效期五年。期满前三个月，经双方协商一致可以续签。']),
    ('第十二条　争议解决', [
        '因本协议引起的或与本协议有关的争议，双方应当友好协商解决；协商不成的，任何一方可以向甲方所在地有管辖权的人民法院提起诉讼。']),
    ('第十三条　其他', [
        '本协议未尽事宜，由双方协商签订补充协议，补充协议与本协议具有同等法律效力。本协议附件《重点合作项目清单》是本协议的组成部分。',
        '本协议一式四份，甲乙双方各执二份，具有同等法律效力。']),
]
A_COLS = ['序号', '合作领域', '项目名称', '建设地点', '主要建设内容', '建设期限', '推进主体']
A_ROWS = [
    ['1', '国际物流', '中欧班列绥芬河集结分拨中心', '绥芬河片区', '建设集装箱堆场、宽准轨换装线及分拨仓库，形成年集结10万标准箱能力', '2025—2027年', '乙方'],
    ['2', '国际物流', '进口冷链物流中心', '绥芬河综合保税区', '建设冷库4万吨及配套查验设施，开展进口海产品、肉类冷链仓储和分拨', '2025—2026年', '乙方'],
    ['3', '保税业务', '保税仓储物流中心', '绥芬河综合保税区', '建设保税仓库6万平方米，开展木材、粮食等大宗商品保税仓储和分拨', '2025—2026年', '乙方'],
    ['4', '贸易新业态', '跨境电商综合服务平台', '绥芬河片区', '建设线上综合服务平台及线下监管仓，提供通关、物流、结汇、退税服务', '2025年', '乙方，甲方协助'],
    ['5', '贸易新业态', '互市商品落地加工园', '绥芬河边民互市贸易区', '建设标准化厂房3万平方米，发展粮油、木制品等互市商品落地加工', '2025—2027年', '乙方'],
]


def make_a():
    doc = Document(); sec = setup(doc)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(28), Mm(25), Mm(28), Mm(26)
    S = 12  # agreements are typeset in 小四
    L = 22
    lines_para(doc, ['中国（黑龙江）自由贸易试验区绥芬河片区管理委员会', '与黑龙江北疆陆港国际供应链集团有限公司', '战略合作框架协议'],
               size=18, line=30, after=18)
    for lab, val in [('甲方：', A_JIA), ('住所：', '黑龙江省绥芬河市阜宁路120号'), ('负责人：', '王振东'), (None, None),
                     ('乙方：', A_YI), ('住所：', '黑龙江省哈尔滨市松北区创新一路2688号'), ('法定代表人：', '刘海峰')]:
        if lab is None:
            para(doc, '', size=S, line=12); continue
        p = para(doc, '', size=S, indent=False, line=L)
        font(p.add_run(lab), HT, S); font(p.add_run(val), FS, S)
    para(doc, '', size=S, line=12)
    para(doc, '鉴于：', size=S, line=L)
    for t in A_RECITALS:
        para(doc, t, size=S, line=L)
    para(doc, A_LEAD, size=S, line=L)
    for head, paras in A_ARTICLES:
        para(doc, head, east=HT, size=S, line=L, before=6)
        for t in paras:
            para(doc, t, size=S, line=L)
    para(doc, '（以下无正文）', size=S, indent=False, align=CENTER, line=L, before=6)
    page_break(doc)
    # signature page
    para(doc, '（本页无正文，为《' + A_TITLE + '》签署页）', size=S, line=L, after=30)
    t = doc.add_table(rows=3, cols=2); no_borders(t)
    cell_text(t.cell(0, 0), '甲方（盖章）：\n' + A_JIA, size=S, align=LEFT, line=L)
    cell_text(t.cell(0, 1), '乙方（盖章）：\n' + A_YI, size=S, align=LEFT, line=L)
    for c in range(2):
        cell_text(t.cell(1, c), '\n法定代表人或授权代表\n（签字）：', size=S, align=LEFT, line=L)
        cell_text(t.cell(2, c), '\n日期：2024年11月8日', size=S, align=LEFT, line=L)
    para(doc, '', size=S)
    para(doc, '签约地点：黑龙江省绥芬河市', size=S, indent=False, line=L, before=24)
    # landscape section with the annex table
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Mm(297), Mm(210)
    s2.top_margin, s2.bottom_margin, s2.left_margin, s2.right_margin = Mm(28), Mm(26), Mm(37), Mm(35)
    para(doc, '附件', east=HT, size=SAN, indent=False, align=LEFT)
    para(doc, '重点合作项目清单', east=XBS, size=20, indent=False, align=CENTER, line=32, after=10)
    tb = doc.add_table(rows=1 + len(A_ROWS), cols=len(A_COLS)); tb.style = 'Table Grid'
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(12), Mm(24), Mm(40), Mm(32), Mm(70), Mm(26), Mm(21)]
    for j, h in enumerate(A_COLS):
        cell_text(tb.cell(0, j), h, east=HT, size=12)
    for i, row in enumerate(A_ROWS, start=1):
        for j, v in enumerate(row):
            if j == 1 and i > 1 and A_ROWS[i - 2][1] == v:
                continue  # merged below
            cell_text(tb.cell(i, j), v, size=12, align=LEFT if j == 4 else CENTER)
    # vertical merges for 合作领域
    i = 1
    while i <= len(A_ROWS):
        k = i
        while k + 1 <= len(A_ROWS) and A_ROWS[k][1] == A_ROWS[i - 1][1]:
            k += 1
        if k > i:
            tb.cell(i, 1).merge(tb.cell(k, 1))
        i = k + 1
    set_widths(tb, widths)
    save(doc, A_STEM)

    clauses = A_RECITALS + [A_LEAD] + ['\n'.join([h] + ps) for h, ps in A_ARTICLES]
    clauses += ['；'.join(f'{c}：{v}' for c, v in zip(A_COLS, row)) for row in A_ROWS]
    EXPECTED[A_STEM] = [{
        'meta': {'title': A_TITLE, 'doc_number': None, 'issuer': [A_JIA, A_YI], 'date': '2024-11-08',
                 'published': None, 'level': 'zone', 'region': '中国（黑龙江）自由贸易试验区绥芬河片区',
                 'effective': '2024-11-08', 'expires': '2029-11-07', 'attachments': ['重点合作项目清单'],
                 'doc_type': '战略合作框架协议', 'recipients': [], 'publicity': None, 'repeals': None},
        'clauses': clauses,
        'applies_to': {'specific': {
            '第四条　综合保税区项目\n乙方在绥芬河综合保税区内': ['绥芬河综合保税区'],
            '第五条　跨境电商与互市贸易\n乙方在片区设立': ['绥芬河边民互市贸易区'],
            '序号：2；合作领域：国际物流；项目名称：进口冷链': ['绥芬河综合保税区'],
            '序号：3；合作领域：保税业务；项目名称：保税仓储': ['绥芬河综合保税区'],
            '序号：5；合作领域：贸易新业态；项目名称：互市商品': ['绥芬河边民互市贸易区'],
        }}}]


# ---------------------------------------------------------------------------
# (b) 黔桂两省（区）商务厅联合印发合作备忘录（联合行文版头）
# ---------------------------------------------------------------------------
B_STEM = 'blind331_qiangui_beiwanglu'
B_MEMO = '黔桂共建西部陆海新通道合作备忘录'
B_TITLE = '贵州省商务厅 广西壮族自治区商务厅关于印发《' + B_MEMO + '》的通知'
B_BODY = [
    '为深入贯彻落实《西部陆海新通道总体规划》和两省（区）党委、政府关于深化区域开放合作的决策部署，推动黔桂两省（区）在通道建设、口岸合作、产业协作等领域务实合作，2024年7月18日，贵州省商务厅与广西壮族自治区商务厅在广西南宁签署了《黔桂共建西部陆海新通道合作备忘录》。现印发给你们，请结合实际认真抓好贯彻落实。',
    '各地商务主管部门要加强与对方省（区）相关市（州）的工作对接，细化合作事项，明确责任分工，每年12月10日前将本地区落实情况分别报送贵州省商务厅对外贸易处、广西壮族自治区商务厅国际物流处。',
]
B_PREAMBLE = '为深入贯彻落实国家关于推进西部陆海新通道高质量建设的部署要求，发挥贵州省作为通道重要节点和广西壮族自治区作为通道出海口的各自优势，共同打造内外联动、陆海互济的开放新格局，贵州省商务厅与广西壮族自治区商务厅（以下简称“双方”）本着优势互补、互利共赢的原则，经友好协商，达成如下合作共识。'
B_SECTIONS = [
    ('一、合作内容', [
        ('（一）共建物流大通道。', '双方共同推动贵阳、遵义等地开行经广西北部湾港出海的铁海联运班列，力争到2027年黔桂间铁海联运班列年开行量达到2000列以上。积极推广“一单制”多式联运模式，推动铁路运单物权化试点。'),
        ('（二）深化口岸通关合作。', '推进两省（区）海关、海事、边检等口岸部门信息互换、监管互认、执法互助，推广“属地申报、口岸验放”等通关模式，压缩货物整体通关时间。依托国际贸易“单一窗口”，推动两省（区）口岸物流信息互联共享。'),
        ('（三）推动综合保税区联动发展。', '支持贵阳综合保税区、遵义综合保税区与钦州综合保税区开展“两区联动”，在保税物流、保税加工、货物分拨等方面建立协作机制，探索开展“一次申报、分批出区”等监管创新。'),
        ('（四）共建产业合作园区。', '支持都匀经济开发区与百色市共同建设黔桂产业合作园，重点承接铝精深加工、农产品加工等产业，探索建立“飞地经济”利益分享机制。'),
        ('（五）拓展跨境电商合作。', '推动两省（区）跨境电子商务综合试验区在海外仓建设、跨境电商物流、人才培训等方面加强合作，支持贵州企业利用广西面向东盟的跨境电商渠道拓展东盟市场。'),
        ('（六）联合开展投资促进。', '双方联合举办西部陆海新通道投资贸易推介活动，共同组织企业参加中国—东盟博览会、中国国际进口博览会等重要展会，共享招商项目信息和客商资源。'),
    ]),
    ('二、工作机制', [
        ('（一）建立联席会议制度。', '双方建立黔桂商务合作联席会议制度，由双方分管厅领导担任召集人，原则上每年召开一次会议，轮流在两省（区）举办，研究协调合作中的重大事项。'),
        ('（二）明确联络部门。', '贵州省商务厅对外贸易处和广西壮族自治区商务厅国际物流处为双方日常联络部门，负责合作事项的沟通对接和信息报送。'),
        ('（三）加强评估督导。', '双方每年对合作推进情况开展一次联合评估，评估结果报两省（区）人民政府。'),
    ]),
    ('三、其他', [
        (None, '本备忘录为框架性合作文件，不具有法律约束力。具体合作事项由双方或双方所属单位另行协商确定。'),
        (None, '本备忘录未尽事宜，由双方协商解决。本备忘录一式两份，双方各执一份，自签署之日起生效，有效期至2027年12月31日。'),
    ]),
]


def make_b():
    doc = Document(); setup(doc, odd_even=True)
    # 联合行文版头：two organ names stacked, "文件" to the right spanning both lines
    t = doc.add_table(rows=2, cols=2); no_borders(t); t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), '贵州省商务厅', east=XBS, size=28, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40, color=RED)
    cell_text(t.cell(1, 0), '广西壮族自治区商务厅', east=XBS, size=28, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, '文件', east=XBS, size=28, align=CENTER, line=40, color=RED)
    set_widths(t, [Mm(118), Mm(34)])
    para(doc, '', line=28)
    para(doc, '', line=28)
    p = para(doc, '黔商发〔2024〕41号', align=CENTER, indent=False)
    p = para(doc, '', line=10); border(p, 'bottom', 'FF0000', 18)
    para(doc, '', line=28)
    lines_para(doc, ['贵州省商务厅　广西壮族自治区商务厅', '关于印发《黔桂共建西部陆海新通道', '合作备忘录》的通知'], size=22, line=35, after=28)
    para(doc, '贵州省各市（州）商务主管部门，广西壮族自治区各设区市商务局，各有关单位：', indent=False)
    for b in B_BODY:
        para(doc, b)
    para(doc, '')
    p = para(doc, '附件：黔桂共建西部陆海新通道合作备忘录')
    para(doc, ''); para(doc, ''); para(doc, '')
    t2 = doc.add_table(rows=1, cols=2); no_borders(t2)
    cell_text(t2.cell(0, 0), '贵州省商务厅', size=SAN, line=28)
    cell_text(t2.cell(0, 1), '广西壮族自治区商务厅', size=SAN, line=28)
    para(doc, '')
    para(doc, '2024年7月26日', align=RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    para(doc, '')
    para(doc, '（此件公开发布）')
    page_break(doc)
    # 附件
    para(doc, '附件', east=HT, indent=False, align=LEFT)
    para(doc, '')
    lines_para(doc, ['黔桂共建西部陆海新通道', '合作备忘录'], size=22, line=35, after=28)
    para(doc, B_PREAMBLE)
    for head, items in B_SECTIONS:
        para(doc, head, east=HT)
        for h, body in items:
            if h is None:
                para(doc, body)
            else:
                runin(doc, h, body)
    para(doc, '')
    para(doc, '签署地点：广西南宁', indent=False)
    t3 = doc.add_table(rows=3, cols=2); no_borders(t3)
    cell_text(t3.cell(0, 0), '贵州省商务厅（盖章）', size=SAN, line=28, align=LEFT)
    cell_text(t3.cell(0, 1), '广西壮族自治区商务厅（盖章）', size=SAN, line=28, align=LEFT)
    for c in range(2):
        cell_text(t3.cell(1, c), '\n代表（签字）：', size=SAN, line=28, align=LEFT)
        cell_text(t3.cell(2, c), '\n2024年7月18日', size=SAN, line=28, align=LEFT)
    page_break(doc)
    # 版记 on the last page (blank lines push it to the bottom)
    for _ in range(18):
        para(doc, '')
    p = para(doc, '抄送：商务部，贵州省人民政府办公厅，广西壮族自治区人民政府办公厅，贵阳海关，南宁海关。',
             size=14, indent=False, line=26)
    p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
    border(p, 'top', '000000', 8); border(p, 'bottom', '000000', 4)
    p = para(doc, '', size=14, indent=False, line=26)
    p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
    font(p.add_run('贵州省商务厅办公室'), FS, 14)
    font(p.add_run('\t2024年7月29日印发'), FS, 14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150), alignment=2)  # right tab
    border(p, 'bottom', '000000', 8)
    save(doc, B_STEM)

    clauses = list(B_BODY) + [B_PREAMBLE]
    for head, items in B_SECTIONS:
        for h, body in items:
            clauses.append((h or '') + body)
    EXPECTED[B_STEM] = [{
        'meta': {'title': B_TITLE, 'doc_number': '黔商发〔2024〕41号',
                 'issuer': ['贵州省商务厅', '广西壮族自治区商务厅'], 'date': '2024-07-26',
                 'published': '2024-07-29', 'level': 'provincial', 'region': '贵州省、广西壮族自治区',
                 'effective': '2024-07-18', 'expires': '2027-12-31', 'attachments': [B_MEMO],
                 'doc_type': '通知（印发合作备忘录）',
                 'recipients': ['贵州省各市（州）商务主管部门', '广西壮族自治区各设区市商务局', '各有关单位'],
                 'publicity': '此件公开发布', 'repeals': None},
        'clauses': clauses,
        'applies_to': {'specific': {
            '（三）推动综合保税区联动发展。支持贵阳综合保税区': ['贵阳综合保税区', '遵义综合保税区', '钦州综合保税区'],
            '（四）共建产业合作园区。支持都匀经济开发区': ['都匀经济开发区', '百色市'],
        }}}]


# ---------------------------------------------------------------------------
# (c) 论坛后节点城市联合倡议
# ---------------------------------------------------------------------------
C_STEM = 'blind331_lanzhou_changyi'
C_TITLE = '丝绸之路经济带节点城市共建开放通道兰州倡议'
C_PRE = [
    '2024年9月11日至12日，第三届丝绸之路经济带城市开放合作论坛在甘肃省兰州市举办。来自丝绸之路经济带沿线的12个节点城市代表齐聚黄河之滨，围绕“共建开放通道、共享发展机遇”主题深入交流，凝聚合作共识。',
    '共建“一带一路”倡议提出以来，从理念转化为行动、从愿景转变为现实。沿线城市是共建“一带一路”的重要支点，也是推动高水平对外开放的重要力量。面对新形势新机遇，为进一步深化城市间务实合作，推动通道共建、产业共兴、成果共享，与会城市共同发出如下倡议。',
]
C_ITEMS = [
    ('一是', '共建互联互通的开放通道。', '加强中欧班列、西部陆海新通道等国际物流通道衔接，推动班列线路共享、货源互补、信息互通，共同提升通道运行效率和综合效益。'),
    ('二是', '共筑便利高效的口岸环境。', '推进口岸数字化、智能化建设，深化国际贸易“单一窗口”互联互通，推广“铁路快通”“联动接卸”等便利化模式，合力打造一流口岸营商环境。'),
    ('三是', '共育特色鲜明的产业链条。', '发挥各城市资源禀赋和产业优势，在新能源、装备制造、特色农产品加工、文化旅游等领域开展产业链协作，推动形成优势互补、错位发展的产业格局。'),
    ('四是', '共享制度创新的改革成果。', '支持沿线城市依托自由贸易试验区、综合保税区、跨境电子商务综合试验区等开放平台，加强制度创新经验交流，推动可复制可推广的改革成果在沿线城市落地应用。'),
    ('五是', '共建中欧班列集结中心。', '支持西安、兰州、乌鲁木齐三地中欧班列集结中心加强线路对接和运力协同，探索开展“集拼集运”“干支结合”合作，提高回程班列比例。'),
    ('六是', '共促跨境电商和数字贸易发展。', '推动海外仓共建共享，加强跨境电商人才培养与平台合作，共同拓展共建“一带一路”国家市场。'),
    ('七是', '共推人文交流和民心相通。', '深化教育、文化、旅游、卫生等领域交流合作，支持城市间开展友好往来，打造一批具有丝路特色的人文交流品牌。'),
    ('八是', '共建常态化合作机制。', '建立丝绸之路经济带城市开放合作论坛轮值机制，论坛每两年举办一次，常设联络办公室设在兰州市，负责日常联络和成果跟踪。'),
]
C_CLOSE = '路虽远，行则将至；事虽难，做则必成。我们愿携手同行，共同把丝绸之路经济带城市合作推向更高水平，为推动构建人类命运共同体贡献城市力量。'
C_CITIES = ['兰州市人民政府', '西安市人民政府', '西宁市人民政府', '银川市人民政府', '乌鲁木齐市人民政府', '天水市人民政府',
            '武威市人民政府', '张掖市人民政府', '酒泉市人民政府', '嘉峪关市人民政府', '喀什市人民政府', '霍尔果斯市人民政府']


def make_c():
    doc = Document(); setup(doc)
    lines_para(doc, ['丝绸之路经济带节点城市', '共建开放通道兰州倡议'], size=22, line=35, before=10)
    para(doc, '——第三届丝绸之路经济带城市开放合作论坛成果文件', east=KT, align=CENTER, indent=False, after=20)
    for t in C_PRE:
        para(doc, t)
    para(doc, '我们倡议：', east=HT)
    for lab, head, body in C_ITEMS:
        p = para(doc, '')
        font(p.add_run(lab + head), HT, SAN); font(p.add_run(body), FS, SAN)
    para(doc, C_CLOSE)
    para(doc, '')
    para(doc, '倡议城市（排名不分先后）：', indent=False)
    t = doc.add_table(rows=6, cols=2); no_borders(t)
    for k, name in enumerate(C_CITIES):
        cell_text(t.cell(k // 2, k % 2), name, size=SAN, line=28, align=LEFT)
    set_widths(t, [Mm(75), Mm(75)])
    para(doc, '')
    p = lines_para(doc, ['2024年9月12日', '于甘肃兰州'], east=FS, size=SAN, align=RIGHT, line=28)
    p.paragraph_format.right_indent = Pt(48)
    save(doc, C_STEM)

    clauses = list(C_PRE) + [lab + head + body for lab, head, body in C_ITEMS] + [C_CLOSE]
    EXPECTED[C_STEM] = [{
        'meta': {'title': C_TITLE, 'doc_number': None, 'issuer': C_CITIES, 'date': '2024-09-12',
                 'published': None, 'level': 'municipal',
                 'region': '、'.join(c.replace('人民政府', '') for c in C_CITIES),
                 'effective': None, 'expires': None, 'attachments': [], 'doc_type': '联合倡议',
                 'recipients': [], 'publicity': None, 'repeals': None},
        'clauses': clauses,
        'applies_to': {'specific': {
            '五是共建中欧班列集结中心。支持西安、兰州、乌鲁木齐': ['西安市', '兰州市', '乌鲁木齐市'],
        }}}]


if __name__ == '__main__':
    make_a(); make_b(); make_c()
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    print('ok', sorted(os.listdir(HERE)))
