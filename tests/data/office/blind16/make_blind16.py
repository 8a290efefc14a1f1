# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416
"""Blind generator: four fictional 公文-style documents (DOCX + PDF) and expected.json."""
import json
import os
import re
import subprocess

import pdfplumber
from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SERIF = 'Noto Serif CJK SC'   # stands in for 仿宋_GB2312
SANS = 'Noto Sans CJK SC'     # stands in for 黑体 / 小标宋
FW = '\u3000'


def set_font(run, name=SERIF, size=16, bold=False, color=None):
    run.font.size = Pt(size); run.font.name = name; run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rf.set(qn(a), name)
    if color: run.font.color.rgb = RGBColor.from_string(color)


def add_field(par, instr, size=14):
    def r():
        run = par.add_run(); set_font(run, SERIF, size); return run
    r1 = r(); fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'begin'); r1._element.append(fc)
    r2 = r(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = f' {instr} '; r2._element.append(it)
    r3 = r(); fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'separate'); r3._element.append(fc)
    r4 = r(); r4.text = '1'
    r5 = r(); fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'end'); r5._element.append(fc)


def new_doc():
    d = Document()
    st = d.styles['Normal']; st.font.name = SERIF; st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr(); rf = rpr.find(qn('w:rFonts'))
    if rf is None: rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'): rf.set(qn(a), SERIF)
    s = d.sections[0]
    s.page_width = Mm(210); s.page_height = Mm(297)
    s.top_margin = Mm(37); s.bottom_margin = Mm(35); s.left_margin = Mm(28); s.right_margin = Mm(26)
    s.footer_distance = Mm(24); s.header_distance = Mm(15)
    fp = s.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run('— '); set_font(r, SERIF, 14)
    add_field(fp, 'PAGE')
    r = fp.add_run(' —'); set_font(r, SERIF, 14)
    return d


def para(d, text='', indent=True, align=None, size=16, font=SERIF, bold=False, line=28, runs=None,
         right_indent=None, color=None, space_before=0, space_after=0, border_color=None):
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY; pf.line_spacing = Pt(line)
    pf.space_before = Pt(space_before); pf.space_after = Pt(space_after)
    pf.widow_control = False; pf.keep_with_next = False
    if indent: pf.first_line_indent = Pt(size * 2)
    if align is not None: p.alignment = align
    else: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if right_indent is not None: pf.right_indent = Pt(right_indent)
    for t, b, f in (runs or [(text, bold, font)]):
        r = p.add_run(t); set_font(r, f, size, b, color)
    if border_color:
        pPr = p._p.get_or_add_pPr(); bdr = OxmlElement('w:pBdr'); bt = OxmlElement('w:bottom')
        bt.set(qn('w:val'), 'single'); bt.set(qn('w:sz'), '18'); bt.set(qn('w:space'), '1'); bt.set(qn('w:color'), border_color)
        bdr.append(bt); pPr.append(bdr)
    return p


def title(d, text):
    return para(d, text, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=22, font=SANS, line=36, space_after=6)


def center(d, text, size=16, font=SERIF, bold=False):
    return para(d, text, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=size, font=font, bold=bold)


def signature(d, organ, date):
    para(d, '', indent=False)
    para(d, organ, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right_indent=16 * 5)
    para(d, date, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right_indent=16 * 4)


def page_break(d):
    p = d.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)


def make_table(d, widths_cm, rows, header=None, size=12, repeat_header=True, group_rows=()):
    """rows: list of lists of cell values; a cell value may be a list of paragraphs.
    group_rows: indices (in rows) whose single value is merged across all columns."""
    n = len(widths_cm)
    t = d.add_table(rows=0, cols=n)
    t.style = 'Table Grid'; t.alignment = WD_TABLE_ALIGNMENT.CENTER; t.autofit = False
    tblPr = t._tbl.tblPr; lay = OxmlElement('w:tblLayout'); lay.set(qn('w:type'), 'fixed'); tblPr.append(lay)
    for i, w in enumerate(widths_cm): t.columns[i].width = Cm(w)

    def fill(cell, val, bold=False, font=SERIF, align=WD_ALIGN_PARAGRAPH.CENTER):
        vals = val if isinstance(val, list) else [val]
        for k, v in enumerate(vals):
            p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY; p.paragraph_format.line_spacing = Pt(size + 7)
            p.paragraph_format.space_before = Pt(0); p.paragraph_format.space_after = Pt(0)
            p.alignment = align
            r = p.add_run(v); set_font(r, font, size, bold)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    if header:
        row = t.add_row()
        for i, w in enumerate(widths_cm): row.cells[i].width = Cm(w)
        for i, h in enumerate(header): fill(row.cells[i], h, bold=True, font=SANS)
        if repeat_header:
            trPr = row._tr.get_or_add_trPr(); el = OxmlElement('w:tblHeader'); el.set(qn('w:val'), 'true'); trPr.append(el)
    for ri, vals in enumerate(rows):
        row = t.add_row()
        for i, w in enumerate(widths_cm): row.cells[i].width = Cm(w)
        if ri in group_rows:
            c = row.cells[0].merge(row.cells[n - 1])
            fill(c, vals[0], bold=True, font=SANS, align=WD_ALIGN_PARAGRAPH.LEFT)
            continue
        for i, v in enumerate(vals):
            fill(row.cells[i], v, align=WD_ALIGN_PARAGRAPH.LEFT if (i == 1 and len(''.join(v if isinstance(v, list) else [v])) > 16) else WD_ALIGN_PARAGRAPH.CENTER)
    return t


def to_pdf(docx_path):
    prof = 'file:///tmp/officecheck16/lo_profile'
    subprocess.run(['soffice', f'-env:UserInstallation={prof}', '--headless', '--convert-to', 'pdf', '--outdir', HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return docx_path[:-5] + '.pdf'


def pdf_lines(path):
    out = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            out.append([l for l in (pg.extract_text() or '').split('\n')])
    return out


def row_str(vals):
    return ' | '.join('、'.join(v) if isinstance(v, list) else v for v in vals)


EXPECTED = {}

# ---------------------------------------------------------------- a) 实施意见 + 分工表
def make_a():
    stem = 'a_shishi_yijian'
    d = new_doc()
    T = '河南省人民政府办公厅关于推进中国（河南）自由贸易试验区深化改革创新的实施意见'
    NO = '豫政办〔2025〕17号'
    title(d, T); center(d, NO); para(d, '', indent=False)
    para(d, '各省辖市人民政府，济源示范区管委会，省人民政府各部门：', indent=False)
    body = [
        ('p', '为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动中国（河南）自由贸易试验区（以下简称河南自贸试验区）在更深层次、更宽领域开展改革探索，更好服务和融入共建“一带一路”，经省政府同意，现提出如下实施意见。'),
        ('h', '一、总体要求'),
        ('p', '坚持以制度创新为核心，以可复制可推广为基本要求，聚焦投资贸易便利化、金融服务实体经济、多式联运体系建设等重点领域。到2027年，累计形成制度创新成果120项以上，新增市场主体8万户以上，进出口总额年均增长10%以上，将河南自贸试验区建设成为服务“一带一路”建设的现代综合交通枢纽。'),
        ('h', '二、重点任务'),
        ('p', '（一）提升贸易便利化水平。深化国际贸易“单一窗口”建设，拓展跨境电商、空运、中欧班列等特色功能模块，推进海关、税务、外汇等部门数据互联互通。到2026年底，主要申报业务应用率达到100%。'),
        ('p', '（二）拓展“空中丝绸之路”。支持郑州片区加快建设航空物流枢纽，新开通“一带一路”共建国家全货机航线5条以上，探索开展第五航权货运业务，推动航空货运与中欧班列、跨境电商协同发展。'),
        ('p', '（三）推动金融服务创新。支持符合条件的企业开展跨境人民币结算业务，扩大本外币合一银行结算账户体系试点范围，鼓励金融机构为“一带一路”项目提供多元化融资服务。'),
        ('h', '三、保障措施'),
        ('p', '（一）加强组织领导。省自贸试验区建设领导小组办公室要加强统筹协调，建立重点任务台账，定期调度推进情况，重大事项及时向省政府报告。'),
        ('p', '（二）强化考核评估。将自贸试验区建设成效纳入相关单位年度目标考核，每年开展第三方评估，评估结果向社会公开。'),
    ]
    clauses = []
    for k, t in body:
        if k == 'h': para(d, t, font=SANS)
        else: para(d, t)
        clauses.append(t)
    para(d, '', indent=False)
    ATT = '附件：中国（河南）自由贸易试验区深化改革创新重点任务分工表'
    para(d, ATT); clauses.append(ATT)
    signature(d, '河南省人民政府办公厅', '2025年3月18日')
    clauses += ['河南省人民政府办公厅', '2025年3月18日']
    page_break(d)
    para(d, '附件', indent=False, font=SANS)
    ATT_T = '中国（河南）自由贸易试验区深化改革创新重点任务分工表'
    para(d, ATT_T, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=18, font=SANS, line=32, space_after=8)
    clauses.append(ATT_T)
    LONG = ('推进中欧班列（郑州）高质量发展。优化中欧班列（郑州）线路布局，稳定开行至德国汉堡、波兰马拉舍维奇、俄罗斯莫斯科等方向的常态化班列，新开辟至中亚、西亚及东南亚等方向的国际线路；'
            '完善郑州国际陆港多式联运集疏体系，推动班列与海运、航空、公路运输有机衔接，探索开展“一单制”多式联运提单试点，赋予多式联运单证物权凭证功能；'
            '支持开展中欧班列运贸一体化业务，培育发展班列集结中心，建设汽车整车、冷链、跨境电商等特色集货分拨中心；'
            '加强与共建“一带一路”国家海关、铁路部门的沟通协作，推进“关铁通”项目，提升通关便利化水平；'
            '力争到2027年，中欧班列（郑州）年开行量达到3000列以上，货值突破150亿美元，综合运营效率和服务水平位居全国前列。')
    rows = [
        ['1', '深化国际贸易“单一窗口”建设，拓展跨境电商、空运、中欧班列等特色功能模块，推进部门数据互联互通。', '郑州海关', '省商务厅、省税务局、国家外汇管理局河南省分局', '2026年12月底前'],
        ['2', '新开通“一带一路”共建国家全货机航线5条以上，探索开展第五航权货运业务。', '省发展改革委', '省交通运输厅、民航河南监管局、河南机场集团', '2027年6月底前'],
        ['3', '支持符合条件的企业开展跨境人民币结算业务，扩大本外币合一银行结算账户体系试点范围。', '人民银行河南省分行', '国家金融监督管理总局河南监管局、省委金融办', '持续推进'],
        ['4', LONG, '省发展改革委', '郑州海关、省交通运输厅、中国铁路郑州局集团有限公司、郑州片区管委会', '2027年12月底前'],
        ['5', '建立自贸试验区制度创新成果评估推广机制，每年总结推广一批最佳实践案例。', ['省商务厅', '省发展改革委'], '省司法厅、省市场监管局、各片区管委会', '每年12月底前'],
        ['6', '将自贸试验区建设成效纳入相关单位年度目标考核，每年开展第三方评估。', '省自贸办', '省统计局、各片区管委会', '每年'],
    ]
    HDR = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限']
    make_table(d, [0.9, 6.4, 2.6, 3.6, 2.1], rows, header=HDR, size=12)
    clauses += [row_str(r) for r in rows]
    para(d, '', indent=False)
    para(d, '抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院。', indent=False, size=14, border_color='000000')
    para(d, '河南省人民政府办公厅' + FW * 6 + '2025年3月19日印发', indent=False, size=14, border_color='000000')
    path = os.path.join(HERE, stem + '.docx'); d.save(path); pdf = to_pdf(path)
    EXPECTED[stem] = {'meta': {'title': T, 'doc_number': NO, 'issuer': '河南省人民政府办公厅', 'date': '2025-03-18'},
                      'addressee': '各省辖市人民政府，济源示范区管委会，省人民政府各部门',
                      'table_header': ' | '.join(HDR),
                      'notes': 'table rows joined with " | "; row 5 牵头单位 is two cell paragraphs 省商务厅 / 省发展改革委; row 4 breaks across a page',
                      'clauses': clauses}
    return pdf


# ---------------------------------------------------------------- b) 通知 with nested numbering
def make_b():
    stem = 'b_tongzhi'
    T = '省商务厅关于做好2025年度“一带一路”经贸合作项目申报工作的通知'
    NO = '苏商合〔2025〕42号'
    LEAD = '（三）加强审核把关。'
    REST = '按照本通知第二条（一）项规定，对申报主体资格、项目真实性和资金使用情况进行逐一核实，并于2025年5月31日前将初审意见和项目汇总表报送省商务厅。'
    SUBJ = {3: '各地要', 4: '各单位要', 5: '各设区市要', 6: '各市商务局要', 7: '各地商务部门要', 8: '各设区市商务局要',
            9: '各设区市商务部门要', 10: '各设区市商务部门均要', 11: '各设区市商务主管部门要', 12: '各设区市商务主管部门均要'}
    for n in [7, 6, 8, 5, 9, 4, 10, 3, 11, 12]:
        d = new_doc()
        para(d, '江苏省商务厅文件', indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=36, font=SANS, line=60, color='E00000', space_before=20)
        para(d, '', indent=False)
        para(d, NO, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, border_color='E00000')
        para(d, '', indent=False)
        title(d, T); para(d, '', indent=False)
        para(d, '各设区市商务局，省有关单位：', indent=False)
        ITEMS = [
            ('p', '为贯彻落实高质量共建“一带一路”部署要求，进一步支持我省企业开展国际经贸合作，现就做好2025年度“一带一路”经贸合作项目申报工作通知如下。'),
            ('h', '一、申报范围'),
            ('p', '（一）对外投资合作类项目。'),
            ('p', '1. 境外经贸合作区建设项目。支持我省企业在共建“一带一路”国家建设境外经贸合作区，申报单位应当同时符合以下条件：'),
            ('p', '（1）在江苏省内依法注册；'),
            ('p', '（2）近三年无重大违法记录；'),
            ('p', '（3）项目已完成境外投资备案。'),
            ('p', '2. 对外承包工程项目。支持企业承揽共建“一带一路”国家基础设施项目，带动装备、技术、标准和服务“走出去”。'),
            ('p', '（二）贸易促进类项目。'),
            ('p', '1. 境外展会项目。支持企业参加在共建“一带一路”国家举办的国际性展会。'),
            ('p', '2. 海外仓建设项目。支持企业在重点市场建设公共海外仓，完善跨境电商物流配送体系。'),
            ('h', '二、申报条件'),
            ('p', '（一）申报主体应为在我省注册、具有独立法人资格的企业。'),
            ('p', '（二）项目实施期间为2024年1月1日至2025年6月30日。'),
            ('p', '（三）同一项目已获得其他省级财政资金支持的，不得重复申报。'),
            ('h', '三、工作要求'),
            ('p', '（一）认真组织申报。申报单位应于2025年5月20日前通过“江苏商务云公共服务平台”在线提交申报材料，逾期不予受理。'),
            ('p', '（二）注重材料质量。申报材料包括：'),
            ('p', '1. 基本材料。'),
            ('p', '（1）项目申报表；'),
            ('p', '（2）营业执照复印件。'),
            ('p', '2. 证明材料。包括项目合同、付款凭证及境外投资备案证书等。'),
            ('p', LEAD + SUBJ[n] + REST),
        ]
        clauses = []
        for k, t in ITEMS:
            para(d, t, font=SANS if k == 'h' else SERIF); clauses.append(t)
        signature(d, '江苏省商务厅', '2025年4月10日'); clauses += ['江苏省商务厅', '2025年4月10日']
        para(d, '（此件公开发布）')
        para(d, '', indent=False); para(d, '', indent=False)
        para(d, '江苏省商务厅办公室' + FW * 7 + '2025年4月11日印发', indent=False, size=14, border_color='000000')
        path = os.path.join(HERE, stem + '.docx'); d.save(path); pdf = to_pdf(path)
        lines = [l for pg in pdf_lines(pdf) for l in pg]
        if any(l.startswith('（一）项规定') for l in lines):
            print('b: inline （一） at line start with subject length', n); break
    else:
        print('b: WARNING could not place （一） at a line start')
    EXPECTED[stem] = {'meta': {'title': T, 'doc_number': NO, 'issuer': '江苏省商务厅', 'date': '2025-04-10'},
                      'addressee': '各设区市商务局，省有关单位', 'clauses': clauses}
    return pdf


# ---------------------------------------------------------------- c) 公告 with enterprise list
def make_c():
    stem = 'c_gonggao'
    d = new_doc()
    T = '浙江省商务厅公告'; NO = '2025年第3号'
    title(d, T); center(d, NO); para(d, '', indent=False)
    P1 = '根据《中国（浙江）自由贸易试验区创新示范企业认定管理办法（试行）》，经企业自愿申报、各片区推荐、专家评审和网上公示等程序，认定杭州云帆跨境电子商务有限公司等30家企业为第二批中国（浙江）自由贸易试验区创新示范企业（名单见下表），现予以公告。'
    para(d, P1)
    CAP = '第二批中国（浙江）自由贸易试验区创新示范企业名单'
    para(d, CAP, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=SANS, space_after=6)
    groups = [
        ('一、跨境电商类', [('杭州云帆跨境电子商务有限公司', '杭州片区'), ('宁波海曙优品国际贸易有限公司', '宁波片区'), ('义乌市通达供应链管理有限公司', '金义片区'),
                       ('杭州九溪数字科技有限公司', '杭州片区'), ('宁波东港跨境物流有限公司', '宁波片区'), ('金华丝路优选电子商务有限公司', '金义片区'),
                       ('杭州钱塘全球购网络科技有限公司', '杭州片区'), ('义乌环球小商品跨境服务有限公司', '金义片区'), ('宁波北仑云仓科技有限公司', '宁波片区'),
                       ('杭州滨江出海易信息技术有限公司', '杭州片区'), ('舟山海港跨境电商服务有限公司', '舟山片区'), ('义乌市锦程进出口有限公司', '金义片区')]),
        ('二、数字贸易类', [('杭州数联智贸科技有限公司', '杭州片区'), ('杭州西溪云服务软件有限公司', '杭州片区'), ('宁波甬链区块链技术有限公司', '宁波片区'),
                       ('杭州之江数据服务有限公司', '杭州片区'), ('金华智造工业互联网有限公司', '金义片区'), ('宁波港信数字科技有限公司', '宁波片区'),
                       ('杭州星河游戏出海科技有限公司', '杭州片区'), ('杭州萧山跨境支付服务有限公司', '杭州片区'), ('舟山智慧海事信息科技有限公司', '舟山片区'),
                       ('义乌数贸通信息技术有限公司', '金义片区')]),
        ('三、大宗商品贸易类', [('浙江舟港油气贸易有限公司', '舟山片区'), ('舟山东海保税燃料油有限公司', '舟山片区'), ('宁波金港矿产品进出口有限公司', '宁波片区'),
                         ('浙江海联大宗商品供应链有限公司', '宁波片区'), ('舟山鼎盛液化天然气贸易有限公司', '舟山片区'), ('宁波镇海化工品交易服务有限公司', '宁波片区'),
                         ('浙江甬舟粮油进出口有限公司', '舟山片区'), ('杭州华东有色金属贸易有限公司', '杭州片区')]),
    ]
    rows, grp, k = [], set(), 0
    for g, items in groups:
        grp.add(len(rows)); rows.append([g])
        for j, (name, zone) in enumerate(items):
            k += 1
            rows.append([str(k), name, zone, '示范企业' if j % 3 != 2 else '培育企业'])
    HDR = ['序号', '企业名称', '所在片区', '认定类别']
    make_table(d, [1.6, 8.0, 3.0, 3.0], rows, header=HDR, size=14, group_rows=grp)
    para(d, '', indent=False)
    para(d, '特此公告。')
    signature(d, '浙江省商务厅', '2025年5月8日')
    path = os.path.join(HERE, stem + '.docx'); d.save(path); pdf = to_pdf(path)
    clauses = [P1, CAP] + [row_str(r) for r in rows] + ['特此公告。', '浙江省商务厅', '2025年5月8日']
    EXPECTED[stem] = {'meta': {'title': T, 'doc_number': NO, 'issuer': '浙江省商务厅', 'date': '2025-05-08'},
                      'table_header': ' | '.join(HDR),
                      'notes': 'group rows (一、跨境电商类 etc.) are merged across all 4 columns; header row repeats on page 2 and must not appear as a data row',
                      'clauses': clauses}
    return pdf


# ---------------------------------------------------------------- d) 办法 with bold article numbers
def make_d():
    stem = 'd_banfa'
    T = '中国（湖北）自由贸易试验区“一带一路”国际合作项目扶持资金管理办法'
    NO = '鄂商务规〔2025〕2号'
    POOL = ['（一）境外经贸合作区建设项目；', '（二）海外仓和国际营销网络建设项目；', '（三）中欧班列（武汉）回程货源组织项目；',
            '（四）跨境电商综合服务平台建设项目；', '（五）国际标准认证和境外商标注册项目；', '（六）境外展会和经贸洽谈活动项目；',
            '（七）“一带一路”国际合作人才培训项目；', '（八）跨境投融资服务平台建设项目；', '（九）国际物流通道运营补贴项目；',
            '（十）涉外法律和商事仲裁服务项目；', '（十一）境外安全风险防控服务项目；', '（十二）国际产能合作园区招商项目；']
    LAST = '其他经省商务厅认定的国际合作项目。'
    CN = '一二三四五六七八九十'

    def art(d, num, text, clauses):
        para(d, runs=[(num, True, SERIF), (FW + text, False, SERIF)]); clauses.append(num + FW + text)

    def chap(d, text, clauses):
        para(d, text, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=SANS); clauses.append(text)

    for k in range(3, len(POOL) + 1):
        d = new_doc(); clauses = []
        title(d, T); center(d, NO); para(d, '', indent=False)
        chap(d, '第一章' + FW + '总则', clauses)
        art(d, '第一条', '为规范中国（湖北）自由贸易试验区“一带一路”国际合作项目扶持资金（以下简称扶持资金）管理，提高资金使用效益，根据《中华人民共和国预算法》等有关规定，结合本省实际，制定本办法。', clauses)
        art(d, '第二条', '本办法所称扶持资金，是指省级财政预算安排，用于支持自贸试验区企业参与共建“一带一路”国际合作项目的专项资金。', clauses)
        art(d, '第三条', '扶持资金重点支持以下项目：', clauses)
        items = POOL[:k] + ['（' + (CN[k] if k < 10 else '十' + CN[k - 10]) + '）' + LAST]
        for it in items:
            para(d, it); clauses.append(it)
        chap(d, '第二章' + FW + '支持标准', clauses)
        art(d, '第四条', '扶持资金按照以下标准予以支持：', clauses)
        rows = [['境外经贸合作区建设', '30%', '300'], ['海外仓和国际营销网络建设', '20%', '200'], ['国际标准认证和商标注册', '50%', '50'], ['境外展会和经贸洽谈活动', '50%', '30']]
        HDR = ['项目类别', '支持比例', '单个项目支持上限（万元）']
        make_table(d, [7.0, 3.0, 5.6], rows, header=HDR, size=14)
        clauses += [row_str(r) for r in rows]
        for n in ['注：1.支持比例以经审计的项目实际投资额为基数计算。', '2.同一项目已获得中央财政资金支持的，省级扶持资金相应核减。']:
            para(d, n, size=14, line=24); clauses.append(n)
        art(d, '第五条', '单个企业同一年度获得扶持资金总额原则上不超过500万元。', clauses)
        chap(d, '第三章' + FW + '申报和审核', clauses)
        art(d, '第六条', '省商务厅每年发布申报通知，明确申报条件、申报材料和时间要求。企业通过所在片区管委会申报，片区管委会对申报材料进行初审后报省商务厅。', clauses)
        art(d, '第七条', '省商务厅会同省财政厅组织专家评审，根据评审结果提出资金安排建议，经公示无异议后下达资金。', clauses)
        chap(d, '第四章' + FW + '监督管理', clauses)
        art(d, '第八条', '资金使用单位应当对扶持资金单独核算，专款专用。对弄虚作假、截留挪用扶持资金的，由省商务厅会同省财政厅追回已拨付资金，五年内不再受理其申报，并依法依规追究相关责任。', clauses)
        chap(d, '第五章' + FW + '附则', clauses)
        art(d, '第九条', '本办法由省商务厅负责解释。', clauses)
        art(d, '第十条', '本办法自2025年7月1日起施行。', clauses)
        signature(d, '湖北省商务厅', '2025年6月3日'); clauses += ['湖北省商务厅', '2025年6月3日']
        path = os.path.join(HERE, stem + '.docx'); d.save(path); pdf = to_pdf(path)
        pages = pdf_lines(pdf)
        ok = False
        for i in range(len(pages) - 1):
            body = [l for l in pages[i] if not re.fullmatch(r'[—\-–\s]*\d+[—\-–\s]*', l.strip())]
            nxt = pages[i + 1]
            if body and re.match(r'第[一二三四五]章', body[-1].strip()) and nxt and nxt[0].startswith('第') and '条' in nxt[0][:5]:
                ok = True; print('d: chapter heading at page bottom with', k, 'items:', body[-1], '/', nxt[0][:20]); break
        if ok: break
    else:
        print('d: WARNING chapter heading not at page bottom')
    EXPECTED[stem] = {'meta': {'title': T, 'doc_number': NO, 'issuer': '湖北省商务厅', 'date': '2025-06-03'},
                      'table_header': ' | '.join(HDR),
                      'notes': '第X条 is bold and followed by U+3000; 注 lines belong to 第四条 after its table; chapter headings as separate strings',
                      'clauses': clauses}
    return pdf


if __name__ == '__main__':
    for f in (make_a, make_b, make_c, make_d):
        print('wrote', f())
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as fh:
        json.dump(EXPECTED, fh, ensure_ascii=False, indent=1)
    print('wrote expected.json')
