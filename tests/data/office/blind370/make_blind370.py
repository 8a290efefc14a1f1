# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 370 blind test documents: 片区年度工作总结和工作打算的报告."""
import os
import json
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn, nsdecls
from docx.oxml import OxmlElement, parse_xml

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


def set_run(run, font, size, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.insert(0, rfonts)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rfonts.set(qn(a), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_field(paragraph, instr, font='宋体', size=14):
    r = paragraph.add_run()
    set_run(r, font, size)
    b = OxmlElement('w:fldChar')
    b.set(qn('w:fldCharType'), 'begin')
    r._element.append(b)
    r2 = paragraph.add_run()
    set_run(r2, font, size)
    it = OxmlElement('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = ' %s ' % instr
    r2._element.append(it)
    r3 = paragraph.add_run()
    set_run(r3, font, size)
    s = OxmlElement('w:fldChar')
    s.set(qn('w:fldCharType'), 'separate')
    r3._element.append(s)
    r4 = paragraph.add_run('1')
    set_run(r4, font, size)
    r5 = paragraph.add_run()
    set_run(r5, font, size)
    e = OxmlElement('w:fldChar')
    e.set(qn('w:fldCharType'), 'end')
    r5._element.append(e)


def border(p, sides, color='000000', sz=8):
    pPr = p._p.get_or_add_pPr()
    inner = ''.join('<w:%s w:val="single" w:sz="%d" w:space="1" w:color="%s"/>'
                    % (s, sz, color) for s in sides)
    el = parse_xml('<w:pBdr %s>%s</w:pBdr>' % (nsdecls('w'), inner))
    pPr.insert(0, el)


def no_borders_table(t):
    tblPr = t._tbl.tblPr
    el = parse_xml('<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/>'
                   '<w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/>'
                   '<w:insideV w:val="nil"/></w:tblBorders>' % nsdecls('w'))
    tblPr.append(el)


class Doc:
    def __init__(self, stem):
        self.stem = stem
        self.d = Document()
        self.clauses = []
        sec = self.d.sections[0]
        sec.page_width = Cm(21)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        st = self.d.styles['Normal']
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), FS)
        fp = sec.footer.paragraphs[0]
        fp.alignment = C
        r = fp.add_run('— ')
        set_run(r, '宋体', 14)
        add_field(fp, 'PAGE')
        r = fp.add_run(' —')
        set_run(r, '宋体', 14)

    # generic paragraph: runs = list of (text, font, size, bold[, color]) or 'BR'
    def p(self, runs, align=J, indent=True, spacing=28, before=0, after=0):
        para = self.d.add_paragraph()
        pf = para.paragraph_format
        pf.line_spacing = Pt(spacing)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if indent:
            pf.first_line_indent = Pt(32)
        para.alignment = align
        if isinstance(runs, str):
            runs = [(runs, FS, 16, False)]
        for rr in runs:
            if rr == 'BR':
                para.add_run().add_break()
                continue
            text, font, size, bold = rr[:4]
            color = rr[4] if len(rr) > 4 else None
            run = para.add_run(text)
            set_run(run, font, size, bold, color)
        return para

    def empty(self, n=1):
        for _ in range(n):
            self.p('', indent=False)

    def body(self, text, indent=True):
        """plain body paragraph that is a clause"""
        self.p(text, indent=indent)
        self.clauses.append(text.strip('　 '))

    def runin(self, head, rest, font=FS, bold=True, indent=True):
        self.p([(head, font, 16, bold), (rest, FS, 16, False)], indent=indent)
        self.clauses.append((head + rest).strip('　 '))

    def heading(self, text, font=HT, bold=False, indent=True):
        self.p([(text, font, 16, bold)], indent=indent)

    def data_table(self, header, rows, widths, size=12):
        t = self.d.add_table(rows=1 + len(rows), cols=len(header))
        t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        for i, row in enumerate([header] + rows):
            for j, val in enumerate(row):
                cell = t.rows[i].cells[j]
                cell.width = Cm(widths[j])
                para = cell.paragraphs[0]
                para.alignment = C if (i == 0 or j > 0 and len(val) < 12) else J
                para.paragraph_format.line_spacing = Pt(20)
                run = para.add_run(val)
                set_run(run, HT if i == 0 else FS, size)
            if i > 0:
                self.clauses.append('；'.join('%s：%s' % (h, v) for h, v in zip(header, row)))
        return t

    def banji(self, chaosong, yinfa_org, yinfa_date):
        self.empty(2)
        p1 = self.p([(chaosong, FS, 14, False)], indent=False, align=L)
        p1.paragraph_format.left_indent = Pt(14)
        p1.paragraph_format.right_indent = Pt(14)
        border(p1, ['top', 'bottom'], sz=8)
        p1.paragraph_format.keep_with_next = True
        line = yinfa_org + '　' * max(2, 30 - len(yinfa_org) - len(yinfa_date)) + yinfa_date
        p2 = self.p([(line, FS, 14, False)], indent=False, align=L)
        p2.paragraph_format.left_indent = Pt(14)
        border(p2, ['bottom'], sz=12)

    def keep_block(self, start, end):
        on = False
        for para in self.d.paragraphs:
            if start in para.text:
                on = True
            if on:
                if end in para.text:
                    break
                para.paragraph_format.keep_with_next = True

    def save(self):
        path = os.path.join(HERE, self.stem + '.docx')
        self.d.save(path)
        return path


def red_line(doc):
    para = doc.p('', indent=False, spacing=12)
    border(para, ['bottom'], color='FF0000', sz=18)


def add_auto_numbering(doc, num_id=90):
    numbering = doc.d.part.numbering_part.element
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/>'
        '<w:b/><w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls('w'), num_id))
    absel = parse_xml(absxml)
    nums = numbering.findall(qn('w:num'))
    if nums:
        nums[0].addprevious(absel)
    else:
        numbering.append(absel)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls('w'), num_id, num_id)))
    return num_id


def numbered(doc, num_id, head, rest, n):
    para = doc.p([(head, FS, 16, True), (rest, FS, 16, False)], indent=True)
    numPr = para._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id
    doc.clauses.append('%d.%s%s' % (n, head, rest))


# ---------------------------------------------------------------- doc 1: 南沙
def make_nansha():
    d = Doc('blind370_nansha_baogao')
    org = '中国（广东）自由贸易试验区广州南沙新区片区管理委员会'
    d.p([('中国（广东）自由贸易试验区', XBS, 26, False, RED)], align=C, indent=False, spacing=40)
    d.p([('广州南沙新区片区管理委员会文件', XBS, 26, False, RED)], align=C, indent=False, spacing=40)
    d.empty()
    # 文号 and 签发人 in a borderless layout table
    t = d.d.add_table(rows=1, cols=2)
    no_borders_table(t)
    c0 = t.rows[0].cells[0].paragraphs[0]
    c0.alignment = L
    set_run(c0.add_run('穗南自贸〔2026〕3号'), FS, 16)
    c1 = t.rows[0].cells[1].paragraphs[0]
    c1.alignment = R
    set_run(c1.add_run('签发人：'), FS, 16)
    set_run(c1.add_run('陈志远'), KT, 16)
    red_line(d)
    d.empty()
    d.p([(org, XBS, 22, False)], align=C, indent=False, spacing=36)
    d.p([('关于2025年工作总结和2026年工作打算的报告', XBS, 22, False)], align=C, indent=False, spacing=36)
    d.empty()
    d.p('广东省自由贸易试验区工作办公室：', indent=False)
    d.body('2025年，南沙片区坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届二中、三中、四中全会精神，深入实施《广州南沙深化面向世界的粤港澳全面合作总体方案》，紧扣自贸试验区提升战略，围绕制度创新、开放合作、产业集聚三条主线，推动各项工作取得新进展。现将有关情况报告如下。')
    d.heading('一、2025年工作情况')
    d.runin('（一）制度创新成效显著。', '全年形成制度创新成果86项，其中12项在全省复制推广，3项入选商务部自贸试验区最佳实践案例。一是深化投资贸易便利化改革，在全国率先试点“跨境电商出口海外仓退税前置审核”，企业退税平均办理时长由15个工作日压缩至5个工作日。二是推进金融开放创新，落地全省首笔合格境外有限合伙人（QFLP）外汇登记“一站式”办理业务，全年跨境人民币结算量达2356.4亿元，同比增长18.7%。三是优化营商环境，推行涉企审批“一照通行”改革，企业开办全流程压缩至0.5个工作日，惠及市场主体1.2万家。', font=KT, bold=False)
    d.runin('（二）外贸外资稳中提质。', '全年实现外贸进出口总额3128.5亿元，同比增长12.3%，占全市比重提高1.6个百分点。实际利用外资18.6亿美元，同比增长6.2%；新设外商投资企业612家，同比增长9.1%，其中港澳资企业387家。一是开展“百企出海”专项行动，组织区内企业参加广交会、进博会等重点展会46场次，意向成交额超80亿元。二是实施重点外资项目“链长制”跟踪服务，推动总投资超10亿美元的外资项目7个落地开工。三是用好RCEP原产地规则，全年签发RCEP原产地证书1.8万份，为企业享惠关税减让约2.3亿元。', font=KT, bold=False)
    d.runin('（三）港航物流枢纽能级持续提升。', '南沙港区完成集装箱吞吐量1986万标箱，同比增长4.8%；新增国际集装箱班轮航线12条，外贸航线累计达178条。一是推进“湾区一港通”改革，联动珠江沿线17个内河码头实现“一次申报、一次查验、一次放行”。二是大力发展海铁联运，全年开行海铁联运班列3215列，同比增长15.4%；南沙始发中欧（中亚）班列开行126列，同比增长31.3%。三是推进国际航行船舶保税液化天然气加注业务常态化，全年加注量达5.6万吨。', font=KT, bold=False)
    d.runin('（四）新业态新模式加快发展。', '跨境电商进出口额1125.3亿元，同比增长21.6%，规模居全省前列。南沙综合保税区实现进出口总额842.7亿元，同比增长10.5%，在国家级综合保税区发展绩效评估中获评A类。一是培育“跨境电商+产业带”模式，新引进跨境电商头部企业15家，新建公共海外仓9个，面积达23.6万平方米。二是推动保税维修、保税研发等新业态发展，新增保税维修项目8个。三是建设南沙国际数据服务中心，数据跨境流动“白名单”制度惠及企业43家。', font=KT, bold=False)
    d.runin('（五）粤港澳全面合作走深走实。', '推动港澳规则衔接、机制对接事项42项，落地港澳执业人员跨境执业备案412人次。一是建成粤港澳青年创新创业基地2个，累计孵化港澳青年创业团队398个。二是推进“港澳药械通”扩容，指定医疗机构增至5家。三是深化与香港国际仲裁中心合作，受理涉外商事仲裁案件216件，标的额达48.9亿元。', font=KT, bold=False)
    cap = d.p([('表1  2025年南沙片区主要经济指标完成情况', HT, 14, False)], align=C, indent=False, before=6)
    cap.paragraph_format.keep_with_next = True
    d.data_table(['指标', '2025年', '同比'], [
        ['外贸进出口总额（亿元）', '3128.5', '12.3%'],
        ['其中：跨境电商进出口额（亿元）', '1125.3', '21.6%'],
        ['实际利用外资（亿美元）', '18.6', '6.2%'],
        ['新设外商投资企业（家）', '612', '9.1%'],
        ['集装箱吞吐量（万标箱）', '1986', '4.8%'],
        ['跨境人民币结算量（亿元）', '2356.4', '18.7%'],
        ['新增市场主体（万家）', '6.3', '-3.5%'],
    ], [8, 3.5, 3.5])
    d.empty()
    d.heading('二、存在的问题')
    d.body('对照省委、省政府的部署要求和国内先进自贸片区，我们的工作还存在一些差距和不足：一是制度创新系统集成不够，首创性、引领性成果偏少，部分改革仍停留在“小切口”层面，尚未形成可复制推广的整体性制度成果。二是外资项目落地转化偏慢，受国际经贸形势影响，部分已签约外资项目资金到位和建设进度滞后。三是新业态发展支撑不足，跨境电商、航运服务等领域龙头企业数量偏少，新增市场主体同比下降3.5%，产业集聚效应尚未充分显现。')
    d.heading('三、2026年工作打算')
    d.body('2026年是“十五五”规划开局之年，也是自贸试验区提升战略深入实施的关键之年。南沙片区将以制度型开放为主线，重点抓好以下工作：')
    d.runin('（一）着力推进高水平制度型开放。', '对标《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等高标准经贸规则，力争全年形成制度创新成果80项以上，争取在全省复制推广10项以上。', font=KT, bold=False)
    d.runin('（二）着力稳外贸稳外资。', '深入实施“百企出海”行动，力争外贸进出口总额增长8%以上；完善外资项目全流程服务机制，力争实际利用外资保持正增长，新设外商投资企业600家以上。', font=KT, bold=False)
    d.runin('（三）着力建设国际航运物流枢纽。', '加快南沙港区五期建设，力争集装箱吞吐量突破2050万标箱；拓展海铁联运和中欧班列线路，全年开行海铁联运班列3500列以上。', font=KT, bold=False)
    d.runin('（四）着力培育新业态新模式。', '支持跨境电商企业建设海外仓，力争新增公共海外仓5个以上；推动南沙综合保税区保税维修、保税研发、融资租赁等业务扩容提质。', font=KT, bold=False)
    d.runin('（五）着力强化要素保障和风险防控。', '健全自贸试验区风险防控体系，加强跨境资金流动、数据出境等重点领域监测预警，守牢不发生系统性风险底线。', font=KT, bold=False)
    d.body('特此报告。')
    d.empty()
    d.p('附件：南沙片区2025年度制度创新案例')
    d.empty(3)
    d.p(org, align=R, indent=False)
    d.p('　' * 17 + '2026年1月20日', align=L, indent=False)
    d.p('（联系人：林晓峰，联系电话：020-84981234）')
    d.d.add_page_break()
    d.p([('附件', HT, 16, False)], indent=False, align=L)
    d.empty()
    d.p([('南沙片区2025年度制度创新案例', XBS, 22, False)], align=C, indent=False, spacing=36)
    d.empty()
    cases = [
        ('一、跨境电商出口海外仓退税前置审核模式。', '针对跨境电商海外仓出口企业退税周期长、资金占用大的问题，税务部门联合海关、外汇管理部门建立出口数据共享机制，对信用良好的企业实行退税资料前置审核、报关离境即办退税，企业退税平均办理时长由15个工作日压缩至5个工作日，全年为企业办理退税28.6亿元。'),
        ('二、“湾区一港通”内河码头一体化通关模式。', '以南沙港区为枢纽，联动珠江沿线17个内河码头，推行“组合港”监管，货物在内河码头一次申报、一次查验、一次放行，进出口环节整体通关时间压缩40%以上，企业物流成本平均降低约15%。'),
        ('三、合格境外有限合伙人外汇登记“一站式”办理。', '整合市场监管、地方金融、外汇管理等部门审批事项，QFLP试点企业设立登记、外汇登记和资金汇入实现“一窗受理、并联办理”，办理时限由20个工作日压缩至7个工作日，全年新增QFLP试点企业11家，募资规模达36.5亿元。'),
        ('四、国际航行船舶保税液化天然气加注监管模式。', '创新“一船多供”“先加注后报关”监管方式，实现保税液化天然气加注作业与船舶装卸作业同步进行，单船加注作业时间缩短约6小时，全年完成加注作业68艘次。'),
        ('五、港澳执业人员跨境执业备案“即报即办”。', '对取得港澳执业资格的建筑、规划、医疗等专业人才实行跨境执业备案“即报即办”，推动执业资格互认范围扩大至14个领域，全年完成备案412人次。'),
    ]
    for h, r in cases:
        d.runin(h, r, font=FS, bold=True)
    d.banji('抄送：广东省商务厅，广州市人民政府，广州市商务局。',
            '广州南沙新区片区管理委员会办公室', '2026年1月20日印发')
    meta = {
        'title': org + '关于2025年工作总结和2026年工作打算的报告',
        'doc_number': '穗南自贸〔2026〕3号',
        'issuer': [org],
        'date': '2026-01-20',
        'published': None,
        'level': 'zone',
        'region': '中国（广东）自由贸易试验区广州南沙新区片区',
        'effective': None,
        'expires': None,
        'attachments': ['南沙片区2025年度制度创新案例'],
        'doc_type': '报告',
        'recipients': ['广东省自由贸易试验区工作办公室'],
        'publicity': None,
        'repeals': None,
    }
    return d, meta


# ---------------------------------------------------------------- doc 2: 青岛
def make_qingdao():
    d = Doc('blind370_qingdao_baogao')
    org = '中国（山东）自由贸易试验区青岛片区管理委员会'
    S = '　　'  # typed full-width indentation instead of first-line indent
    d.p([(org, XBS, 21, False, RED)], align=C, indent=False, spacing=40)
    d.empty()
    d.p('青自贸管字〔2026〕2号' + ' ' * 18 + '签发人：刘建国', align=L, indent=False)
    red_line(d)
    d.empty()
    d.p([(org, XBS, 22, False), 'BR', ('关于2025年工作总结和2026年工作打算的报告', XBS, 22, False)],
        align=C, indent=False, spacing=36)
    d.empty()
    d.p('山东省自由贸易试验区工作领导小组办公室：', indent=False)
    d.body(S + '2025年，青岛片区认真落实省委、省政府关于实施自贸试验区提升战略的部署要求，聚焦建设东北亚国际航运枢纽和对日韩开放合作高地，大胆试、大胆闯、自主改，全年片区地区生产总值同比增长6.8%，主要指标好于预期。现将2025年工作情况和2026年工作打算报告如下。', indent=False)
    d.heading(S + '一、2025年主要工作成效', font=FS, bold=True, indent=False)

    def ri(head, rest):
        d.p([(S, FS, 16, False), (head, FS, 16, True), (rest, FS, 16, False)], indent=False)
        d.clauses.append(head + rest)

    ri('（一）制度创新取得新突破。', '全年形成制度创新成果64项，其中全国首创11项，“海关监管作业场所‘智能卡口+无感通关’模式”等5项成果在全省复制推广。一是推进贸易监管制度创新，实施进口货物“两段准入”“提前申报”常态化，进口整体通关时间压缩至28.6小时，较上年缩短12.4%。二是推进投资管理制度创新，全面实施外商投资准入前国民待遇加负面清单管理制度，外资企业设立登记“全程网办”率达98.5%。三是推进金融领域创新，开展跨国公司本外币一体化资金池试点，全年跨境资金池收付金额达416.3亿元。')
    # paragraph with a soft line break in the middle
    p1 = '全年实现进出口总额2895.4亿元，同比增长7.9%，其中对日韩进出口612.8亿元，同比增长10.2%。'
    p2 = '一是大力发展跨境电商，跨境电商进出口额达386.1亿元，同比增长24.5%，新培育跨境电商主体1260家。二是推动中欧班列高质量发展，“齐鲁号”欧亚班列青岛片区始发班列全年开行892列，同比增长13.6%，新开通至中亚、俄罗斯线路4条。三是培育外贸新动能，保税维修业务产值达45.2亿元，同比增长16.8%。'
    d.p([(S, FS, 16, False), ('（二）对外贸易稳定增长。', FS, 16, True), (p1, FS, 16, False), 'BR',
         (p2, FS, 16, False)], indent=False)
    d.clauses.append('（二）对外贸易稳定增长。' + p1 + p2)
    ri('（三）利用外资质量提升。', '实际使用外资9.7亿美元，同比增长4.3%；新设外商投资企业286家，其中日韩资企业132家。一是举办中日韩产业合作推介会等招商活动18场，签约外资项目53个、协议外资26.4亿美元。二是引进世界500强企业投资项目6个，累计达98个。三是建立重点外资企业“服务专员”制度，协调解决企业诉求217项。')
    ri('（四）航运物流枢纽功能增强。', '青岛港前湾港区完成集装箱吞吐量2138万标箱，同比增长6.1%。一是推进国际中转集拼业务，国际中转集拼货量达12.6万标箱，同比增长35.2%。二是发展航运金融服务，落地船舶融资租赁项目17个，金额达58.4亿元。三是推进“一单制”多式联运，海铁联运量完成205万标箱，同比增长8.7%。')
    ri('（五）综合保税区发展提速。', '青岛前湾综合保税区实现进出口总额1103.6亿元，同比增长9.3%；青岛西海岸综合保税区实现进出口总额287.5亿元，同比增长14.2%。一是推动保税研发、保税检测等新业态落地项目12个。二是推进“保税+跨境电商”融合发展，开展跨境电商零售进口网购保税业务1860万单。')
    d.body(S + '2025年青岛片区主要指标完成情况见下表。', indent=False)
    d.data_table(['指标', '单位', '2025年', '同比'], [
        ['进出口总额', '亿元', '2895.4', '7.9%'],
        ['其中：跨境电商进出口额', '亿元', '386.1', '24.5%'],
        ['实际使用外资', '亿美元', '9.7', '4.3%'],
        ['新设外商投资企业', '家', '286', '-2.1%'],
        ['集装箱吞吐量', '万标箱', '2138', '6.1%'],
        ['中欧班列开行量', '列', '892', '13.6%'],
    ], [6, 2.5, 3, 3])
    d.empty()
    d.heading(S + '二、存在的主要问题', font=FS, bold=True, indent=False)
    d.body(S + '1.制度创新的集成度和含金量有待提高。部分创新成果局限于单一部门、单一环节，跨部门、全链条的集成性创新成果较少，在全国具有重大影响力的标志性成果不多。', indent=False)
    d.body(S + '2.外资外贸增长压力加大。受全球需求收缩和贸易摩擦影响，新设外商投资企业数量同比下降2.1%，部分外贸企业订单不足，稳外贸面临较大压力。', indent=False)
    d.body(S + '3.要素保障能力仍需加强。土地、人才、资金等要素供给与产业发展需求不相匹配，高端航运服务和国际化专业人才相对短缺。', indent=False)
    d.heading(S + '三、2026年工作打算', font=FS, bold=True, indent=False)
    d.body(S + '2026年，青岛片区将坚持以制度创新为核心，对标国际高标准经贸规则，重点抓好以下工作。', indent=False)
    d.heading(S + '（一）深化首创性差异化改革探索', font=KT, bold=True, indent=False)
    d.body(S + '1.聚焦航运贸易领域深化改革。推进国际船舶登记制度创新，争取开展中资方便旗船舶沿海捎带业务，力争全年形成制度创新成果60项以上。', indent=False)
    d.body(S + '2.聚焦对日韩合作开展压力测试。在数据跨境流动、检验检测认证等领域探索与日韩规则衔接，争取落地标志性合作项目10个以上。', indent=False)
    d.heading(S + '（二）推动外贸外资提质增效', font=KT, bold=True, indent=False)
    d.body(S + '1.稳住外贸基本盘。支持企业拓展“一带一路”共建国家市场，力争全年进出口总额增长6%以上，跨境电商进出口额增长20%以上。', indent=False)
    d.body(S + '2.提升利用外资水平。开展“投资青岛片区”系列招商活动，力争新引进外资项目50个以上，实际使用外资10亿美元以上。', indent=False)
    d.body(S + '3.做强中欧班列品牌。加密至中亚、欧洲班列线路，力争“齐鲁号”欧亚班列青岛片区始发班列开行1000列以上。', indent=False)
    d.heading(S + '（三）强化风险防控和要素保障', font=KT, bold=True, indent=False)
    d.body(S + '1.健全风险防控体系。完善跨境资金、数据安全、生态环境等领域风险评估和监测预警机制，确保改革试点风险可控。', indent=False)
    d.body(S + '2.加强人才和用地保障。落实片区高层次人才支持政策，优先保障重大外资项目用地需求。', indent=False)
    d.body(S + '特此报告。', indent=False)
    d.empty()
    d.p(S + '附件：青岛片区2025年度制度创新案例', indent=False)
    d.empty(3)
    d.p(org + '　　', align=R, indent=False)
    d.p('2026年1月16日' + '　' * 5, align=R, indent=False)
    d.d.add_page_break()
    d.p([('附件', HT, 16, False)], indent=False, align=L)
    d.empty()
    d.p([('青岛片区2025年度制度创新案例', XBS, 22, False)], align=C, indent=False, spacing=36)
    d.empty()
    nid = add_auto_numbering(d)
    cases = [
        ('“智能卡口+无感通关”海关监管作业场所管理模式。', '依托物联网和图像识别技术，对集装箱车辆进出港区实行自动识别、自动核放，车辆过卡时间由平均2分钟缩短至15秒，全年节约企业物流成本约1.2亿元。'),
        ('跨国公司本外币一体化资金池“白名单”管理。', '对符合条件的跨国公司实行本外币一体化资金池备案“白名单”管理，资金池额度按需核定、资金集中收付便利办理，全年12家跨国公司参与试点，收付金额达416.3亿元。'),
        ('“齐鲁号”中欧班列“铁路快通”监管模式。', '将海关监管从铁路口岸前移至青岛片区中欧班列集结中心，实行“一次申报、一次查验、一次放行”，班列货物在口岸站的平均停留时间压缩约2天。'),
        ('保税维修“一企一策”监管模式。', '针对船舶配件、工程机械等保税维修企业的不同特点，海关实行“一企一策”分类监管和电子账册管理，全年新增保税维修企业9家，维修产值达45.2亿元。'),
        ('国际中转集拼“一次理货、分拨出运”模式。', '对国际中转集拼货物实行港区内“一次理货、分拨出运”，外贸集装箱与内贸集装箱可在同一监管场所内拼箱作业，单箱作业时间缩短约30%，全年国际中转集拼货量达12.6万标箱，同比增长35.2%。'),
    ]
    for i, (h, r) in enumerate(cases, 1):
        numbered(d, nid, h, r, i)
    d.banji('抄送：山东省商务厅，青岛市人民政府办公厅，青岛市商务局。',
            '青岛片区管理委员会综合办公室', '2026年1月16日印发')
    meta = {
        'title': org + '关于2025年工作总结和2026年工作打算的报告',
        'doc_number': '青自贸管字〔2026〕2号',
        'issuer': [org],
        'date': '2026-01-16',
        'published': None,
        'level': 'zone',
        'region': '中国（山东）自由贸易试验区青岛片区',
        'effective': None,
        'expires': None,
        'attachments': ['青岛片区2025年度制度创新案例'],
        'doc_type': '报告',
        'recipients': ['山东省自由贸易试验区工作领导小组办公室'],
        'publicity': None,
        'repeals': None,
    }
    return d, meta


# ---------------------------------------------------------------- doc 3: 成都青白江
def make_chengdu():
    d = Doc('blind370_qingbaijiang_baogao')
    org1 = '中国（四川）自由贸易试验区成都青白江铁路港片区管理委员会'
    org2 = '成都国际铁路港经济技术开发区管理委员会'
    # joint red header typed as a borderless table: two organ names + merged 文件
    t = d.d.add_table(rows=2, cols=2)
    no_borders_table(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    t.columns[0].width = Cm(12.6)
    t.columns[1].width = Cm(3.0)
    for i, name in enumerate([org1, org2]):
        cp = t.rows[i].cells[0].paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        set_run(cp.add_run(name), XBS, 12, False, RED)
        t.rows[i].cells[0].width = Cm(12.6)
        t.rows[i].cells[1].width = Cm(3.0)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    mp = m.paragraphs[0]
    mp.alignment = C
    set_run(mp.add_run('文件'), XBS, 30, False, RED)
    d.empty()
    wp = d.p('青自贸铁〔2026〕1号\t签发人：赵明辉　孙立新', align=L, indent=False)
    wp.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    red_line(d)
    d.empty()
    d.p([('关于成都青白江铁路港片区2025年工作总结', XBS, 22, False)], align=C, indent=False, spacing=36)
    d.p([('和2026年工作打算的报告', XBS, 22, False)], align=C, indent=False, spacing=36)
    d.empty()
    d.p('四川省自由贸易试验区工作办公室：', indent=False)
    d.body('2025年，成都青白江铁路港片区深入贯彻落实省委、省政府和市委、市政府关于自贸试验区建设的决策部署，立足国际铁路港枢纽优势，以“枢纽+通道+产业”联动发展为主线，全力推进内陆开放高地建设，全年完成外贸进出口总额468.9亿元，同比增长15.2%。现将有关情况报告如下。')
    d.heading('一、2025年工作开展情况')
    ri = lambda h, r: d.runin(h, r, font=KT, bold=True)
    ri('（一）国际班列通道持续拓展。', '全年开行中欧班列（成渝）3642列，同比增长8.4%，其中回程班列1489列，同比增长12.7%。一是新开通至波兰马拉舍维奇、匈牙利布达佩斯等班列线路5条，境外通达城市增至112个。二是深化“陆海联动”，西部陆海新通道班列开行1156列，同比增长19.3%。三是推进中欧班列“班列+园区”运营，境外合作园区新增3个。')
    ri('（二）制度创新扎实推进。', '全年形成制度创新成果32项，其中“铁路运单物权化”等4项成果入选全省最佳实践案例，2项由国务院自由贸易试验区工作部际联席会议办公室向全国复制推广。一是深化陆上贸易规则探索，累计签发多式联运“一单制”提单1286单，货值达52.3亿元。二是创新铁路运输贸易融资，金融机构依托铁路运单发放贷款18.6亿元，同比增长42.1%。三是推行“铁路快通”模式，班列货物口岸通关时间平均压缩约36小时。')
    ri('（三）外向型产业加快集聚。', '新引进外商投资企业37家，实际利用外资1.86亿美元，同比增长5.7%。一是围绕汽车整车进口、跨境电商等领域，引进重点项目28个，协议投资额达216亿元。二是成都国际铁路港综合保税区实现进出口总额198.4亿元，同比增长23.6%。三是进口整车口岸进口各类车辆3862辆，同比增长11.5%。')
    ri('（四）跨境电商和新业态快速发展。', '跨境电商交易额达86.7亿元，同比增长31.8%。一是建成跨境电商“中欧班列+海外仓”集货中心，在德国、波兰等国布局海外仓14个。二是开通跨境电商“9610”“9710”“9810”全模式班列专列52列。三是培育数字贸易企业41家，实现数字服务出口额5.3亿美元。')
    ri('（五）营商环境持续优化。', '深化“放管服”改革，企业开办实现“一日办结”，涉企审批事项承诺时限平均压缩62%。全年新增市场主体6218户，同比增长7.3%，其中外资企业37家。')
    cap = d.p([('2025年主要指标完成情况', HT, 14, False)], align=C, indent=False, before=6)
    cap.paragraph_format.keep_with_next = True
    d.data_table(['序号', '指标', '2025年', '同比'], [
        ['1', '外贸进出口总额（亿元）', '468.9', '15.2%'],
        ['2', '中欧班列（成渝）开行量（列）', '3642', '8.4%'],
        ['3', '西部陆海新通道班列开行量（列）', '1156', '19.3%'],
        ['4', '综合保税区进出口总额（亿元）', '198.4', '23.6%'],
        ['5', '跨境电商交易额（亿元）', '86.7', '31.8%'],
        ['6', '实际利用外资（亿美元）', '1.86', '5.7%'],
        ['7', '新增市场主体（户）', '6218', '7.3%'],
    ], [1.5, 7.5, 3, 3])
    d.empty()
    d.heading('二、存在的困难和问题')
    ri('（一）通道运营成本偏高。', '受境外段运价上涨、回程货源不稳定等因素影响，中欧班列单箱综合运营成本同比上升约6%，市场化运营能力有待增强。')
    ri('（二）产业支撑能力不足。', '片区“重通道、轻产业”问题仍较突出，枢纽偏好型产业规模偏小，班列货源本地化率仅为28.4%。')
    ri('（三）改革授权仍需加强。', '铁路运单物权化等改革涉及国家层面法律法规调整，片区自主改革空间有限，部分创新成果推广应用受限。')
    d.heading('三、2026年工作打算')
    ri('（一）提升国际班列运营质效。', '优化中欧班列（成渝）线路布局，力争全年开行中欧班列3800列以上，回程班列占比提高到42%以上；加密西部陆海新通道班列，力争开行1300列以上。')
    ri('（二）深化陆上贸易规则创新。', '推动铁路运单物权化改革向全国复制推广，力争全年形成制度创新成果30项以上，签发多式联运“一单制”提单1500单以上。')
    ri('（三）壮大枢纽经济产业集群。', '围绕汽车、电子信息、跨境电商等领域开展精准招商，力争新引进外商投资企业40家以上，综合保税区进出口总额增长15%以上。')
    ri('（四）打造一流营商环境。', '持续深化“放管服”改革，推进涉企服务“一网通办”“一件事一次办”，力争新增市场主体6500户以上。')
    d.body('特此报告。')
    d.empty()
    d.p('附件：成都青白江铁路港片区2025年度制度创新案例清单')
    d.empty(3)
    # joint 落款 in a borderless layout table
    t2 = d.d.add_table(rows=1, cols=2)
    no_borders_table(t2)
    t2.autofit = False
    for j, name in enumerate([org1, org2]):
        t2.columns[j].width = Cm(7.8)
        t2.rows[0].cells[j].width = Cm(7.8)
        cp = t2.rows[0].cells[j].paragraphs[0]
        cp.alignment = C
        cp.paragraph_format.line_spacing = Pt(28)
        set_run(cp.add_run(name), FS, 16)
    d.empty()
    d.p('二〇二六年一月二十二日' + '　' * 4, align=R, indent=False)
    d.p('（联系人：何静；联系电话：028-83600123）')
    d.d.add_page_break()
    d.p([('附件', HT, 16, False)], indent=False, align=L)
    d.empty()
    d.p([('成都青白江铁路港片区2025年度制度创新案例清单', XBS, 20, False)], align=C, indent=False, spacing=36)
    d.empty()
    d.data_table(['序号', '案例名称', '主要做法及成效'], [
        ['1', '铁路运单物权化改革', '以中欧班列铁路运单为基础，联合银行、保险、物流企业建立“运单+仓单+保单”联动机制，赋予铁路运单物权凭证功能，全年依托铁路运单发放贷款18.6亿元，同比增长42.1%。'],
        ['2', '多式联运“一单制”提单', '推行多式联运“一次委托、一单到底、一次结算”，实现铁路、公路、海运全程一单流转，全年签发“一单制”提单1286单，货值52.3亿元。'],
        ['3', '中欧班列“铁路快通”模式', '海关在铁路港实行“铁路快通”监管，进出境班列在口岸站免于换装转关手续，货物通关时间平均压缩约36小时。'],
        ['4', '进口整车“保税仓储+展示交易”模式', '允许平行进口汽车在综合保税区内保税仓储、保税展示，经营企业按实际销售情况分批缴纳税款，企业资金占用平均减少约30%。'],
        ['5', '跨境电商“中欧班列+海外仓”集货模式', '依托中欧班列回程运力，在德国、波兰等国建设海外仓集货中心，实现跨境电商出口货物“集货—拼箱—班列运输—海外仓配送”全链条服务，物流时效较海运缩短约20天。'],
    ], [1.3, 4.2, 10.1])
    d.banji('抄送：四川省商务厅，成都市人民政府，成都市商务局，青白江区人民政府。',
            '青白江铁路港片区管委会党政办公室', '2026年1月22日印发')
    meta = {
        'title': '关于成都青白江铁路港片区2025年工作总结和2026年工作打算的报告',
        'doc_number': '青自贸铁〔2026〕1号',
        'issuer': [org1, org2],
        'date': '2026-01-22',
        'published': None,
        'level': 'zone',
        'region': '中国（四川）自由贸易试验区成都青白江铁路港片区',
        'effective': None,
        'expires': None,
        'attachments': ['成都青白江铁路港片区2025年度制度创新案例清单'],
        'doc_type': '报告',
        'recipients': ['四川省自由贸易试验区工作办公室'],
        'publicity': None,
        'repeals': None,
    }
    return d, meta


def main():
    expected = {}
    for maker in (make_nansha, make_qingdao, make_chengdu):
        d, meta = maker()
        d.keep_block('特此报告。', '附件：')
        path = d.save()
        expected[d.stem] = [{'meta': meta, 'clauses': d.clauses}]
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_370', '--headless',
                        '--convert-to', 'pdf', '--outdir', HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
