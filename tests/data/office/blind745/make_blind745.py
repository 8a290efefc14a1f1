# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 745: third-party 绩效评价报告 on 外经贸发展专项资金 (Nanning / Qingdao FTZ areas)."""
import os
import json
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_LINE_SPACING
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ALIGN_VERTICAL
from docx.oxml.ns import qn, nsdecls
from docx.oxml import OxmlElement, parse_xml

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
ST = '宋体'
RED = RGBColor(0xFF, 0x00, 0x00)

PPR_AFTER_NUMPR = ['w:suppressLineNumbers', 'w:pBdr', 'w:shd', 'w:tabs', 'w:suppressAutoHyphens',
                   'w:kinsoku', 'w:wordWrap', 'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE',
                   'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind',
                   'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc', 'w:textDirection',
                   'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle',
                   'w:rPr', 'w:sectPr', 'w:pPrChange']
PPR_AFTER_PBDR = PPR_AFTER_NUMPR[2:]


def set_font(run, font=FS, size=16, bold=False, color=None, scale=None):
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn('w:rFonts'))
    if rFonts is None:
        rFonts = OxmlElement('w:rFonts')
        rPr.insert(0, rFonts)
    latin = 'Times New Roman' if font in (FS, KT) else font
    rFonts.set(qn('w:ascii'), latin)
    rFonts.set(qn('w:hAnsi'), latin)
    rFonts.set(qn('w:eastAsia'), font)
    if bold:
        run.bold = True
    if color is not None:
        run.font.color.rgb = color
    if scale:
        w = OxmlElement('w:w')
        w.set(qn('w:val'), str(scale))
        rPr.append(w)
    run.font.size = Pt(size)


def border(p, side, color='000000', sz=8):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn('w:pBdr'))
    if pBdr is None:
        pBdr = OxmlElement('w:pBdr')
        pPr.insert_element_before(pBdr, *PPR_AFTER_PBDR)
    el = OxmlElement('w:' + side)
    el.set(qn('w:val'), 'single')
    el.set(qn('w:sz'), str(sz))
    el.set(qn('w:space'), '1')
    el.set(qn('w:color'), color)
    pBdr.append(el)


class Builder:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles['Normal']
        st.font.name = 'Times New Roman'
        st.font.size = Pt(16)
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), FS)
        sec = self.doc.sections[0]
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        self.docs = []        # list of clause lists
        self.clauses = None

    def new_doc(self):
        self.clauses = []
        self.docs.append(self.clauses)

    # -- paragraphs -------------------------------------------------------
    def p(self, parts, align=None, indent=True, clause=True, exact=28, lead='', size=16,
          before=0, after=0, right_indent=None, left_indent=None):
        """parts: str, or list of (text, font, bold) / '\n' for soft break."""
        doc = self.doc
        para = doc.add_paragraph()
        pf = para.paragraph_format
        if exact:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(exact)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if indent:
            pf.first_line_indent = Pt(size * 2)
        if right_indent is not None:
            pf.right_indent = right_indent
        if left_indent is not None:
            pf.left_indent = left_indent
        if align is not None:
            para.alignment = align
        if isinstance(parts, str):
            parts = [(parts, FS, False)]
        if lead:
            r = para.add_run(lead)
            set_font(r, FS, size)
        text = ''
        for part in parts:
            if part == '\n':
                para.add_run().add_break()
                continue
            t, f, b = part
            r = para.add_run(t)
            set_font(r, f, size, bold=b)
            text += t
        if clause:
            self.clauses.append(text)
        return para

    def body(self, text, **kw):
        return self.p([(text, FS, False)], **kw)

    def runin(self, head, rest, font=KT, bold=False, **kw):
        return self.p([(head, font, bold), (rest, FS, False)], **kw)

    def h1(self, text):
        return self.p([(text, HT, False)], clause=False)

    def h2(self, text):
        return self.p([(text, KT, False)], clause=False)

    def empty(self, n=1):
        for _ in range(n):
            self.doc.add_paragraph()

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def numbered(self, num_id, head, rest):
        para = self.p([(head, FS, True), (rest, FS, False)], clause=False)
        pPr = para._p.get_or_add_pPr()
        numPr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                          % (nsdecls('w'), num_id))
        pPr.insert_element_before(numPr, *PPR_AFTER_NUMPR)
        n = sum(1 for _ in getattr(self, '_numcount', {}).get(num_id, [])) + 1
        self._numcount = getattr(self, '_numcount', {})
        self._numcount.setdefault(num_id, []).append(1)
        self.clauses.append('%d.' % n + head + rest)
        return para

    def add_numbering(self, num_id):
        numbering = self.doc.part.numbering_part.element
        absn = parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>'
            '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
            '<w:b/><w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls('w'), num_id))
        first_num = numbering.find(qn('w:num'))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                                   % (nsdecls('w'), num_id, num_id)))

    # -- tables ------------------------------------------------------------
    def table(self, headers, rows, widths, size=12, merge_cols=(), left_cols=(), clause=True):
        doc = self.doc
        t = doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        clean = [h.replace('\n', '') for h in headers]

        def put(cell, text, bold=False, font=FS, align=WD_ALIGN_PARAGRAPH.CENTER):
            para = cell.paragraphs[0]
            para.alignment = align
            para.paragraph_format.line_spacing = 1.0
            chunks = text.split('\n')
            for i, ch in enumerate(chunks):
                if i:
                    para.add_run().add_break()
                r = para.add_run(ch)
                set_font(r, font, size, bold=bold)
            cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER

        for ci, h in enumerate(headers):
            put(t.cell(0, ci), h, bold=True, font=HT)
        # which cells to show (merged groups show only top)
        groups = {}
        for c in merge_cols:
            key_cols = [k for k in merge_cols if k <= c]
            start = 0
            for ri in range(1, len(rows) + 1):
                if ri == len(rows) or [rows[ri][k] for k in key_cols] != [rows[start][k] for k in key_cols]:
                    groups.setdefault(c, []).append((start, ri - 1))
                    start = ri
        hidden = set()
        for c, gl in groups.items():
            for a, b in gl:
                for r in range(a + 1, b + 1):
                    hidden.add((r, c))
        for ri, row in enumerate(rows):
            for ci, v in enumerate(row):
                if (ri, ci) in hidden:
                    continue
                put(t.cell(ri + 1, ci), v,
                    align=WD_ALIGN_PARAGRAPH.JUSTIFY if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER)
            if clause:
                self.clauses.append('；'.join('%s：%s' % (clean[i], row[i]) for i in range(len(row))))
        for c, gl in groups.items():
            for a, b in gl:
                if b > a:
                    m = t.cell(a + 1, c).merge(t.cell(b + 1, c))
                    m.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        for ci, w in enumerate(widths):
            t.columns[ci].width = w
        for row in t.rows:
            for ci, cell in enumerate(row.cells):
                cell.width = widths[ci]
        return t

    def page_numbers(self, different_first=False):
        sec = self.doc.sections[0]
        sec.different_first_page_header_footer = different_first
        para = sec.footer.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = para.add_run('— ')
        set_font(r, ST, 14)
        r = para.add_run()
        set_font(r, ST, 14)
        fb = OxmlElement('w:fldChar'); fb.set(qn('w:fldCharType'), 'begin')
        it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '
        fe = OxmlElement('w:fldChar'); fe.set(qn('w:fldCharType'), 'end')
        r._element.append(fb); r._element.append(it); r._element.append(fe)
        r = para.add_run(' —')
        set_font(r, ST, 14)


# ============================================================================
# Document 1: 南宁片区 report (with cover, 目录, 主送-style addressee, 附件 with merged table)
# ============================================================================

def build_nanning():
    b = Builder()
    b.new_doc()
    b.page_numbers(different_first=True)
    C = WD_ALIGN_PARAGRAPH.CENTER
    R = WD_ALIGN_PARAGRAPH.RIGHT

    # ---- cover ----
    b.p([('报告编号：桂鼎绩评字〔2026〕第018号', FS, False)], align=R, indent=False, clause=False, size=14)
    b.empty(4)
    b.p([('中国（广西）自由贸易试验区南宁片区', XBS, False)], align=C, indent=False, clause=False,
        size=22, exact=40)
    b.p([('2025年度外经贸发展专项资金', XBS, False)], align=C, indent=False, clause=False, size=22, exact=40)
    b.p([('绩效评价报告', XBS, False)], align=C, indent=False, clause=False, size=22, exact=40)
    b.empty(6)
    lay = b.doc.add_table(rows=3, cols=2)  # layout table without borders
    lay.alignment = WD_TABLE_ALIGNMENT.CENTER
    lay.autofit = False
    lay.columns[0].width = Cm(3.6)
    lay.columns[1].width = Cm(11.0)
    cov = [('委 托 单 位：', '中国（广西）自由贸易试验区南宁片区管理委员会'),
           ('评 价 机 构：', '广西桂鼎会计师事务所（特殊普通合伙）'),
           ('报 告 日 期：', '二〇二六年三月二十日')]
    for i, (k, v) in enumerate(cov):
        c0, c1 = lay.cell(i, 0), lay.cell(i, 1)
        c0.width, c1.width = Cm(3.6), Cm(11.0)
        r = c0.paragraphs[0].add_run(k); set_font(r, HT, 15)
        r = c1.paragraphs[0].add_run(v); set_font(r, FS, 15)
        for c in (c0, c1):
            c.paragraphs[0].paragraph_format.space_after = Pt(12)
    b.page_break()

    # ---- hand-made 目录 with dot-leader tab ----
    b.p([('目    录', HT, False)], align=C, indent=False, clause=False, size=18, after=12)
    toc = [('一、项目基本情况', '1'), ('二、绩效评价工作开展情况', '2'), ('三、综合评价结论', '4'),
           ('四、绩效目标实现情况', '4'), ('五、存在的问题', '6'), ('六、有关建议', '7'),
           ('附件：绩效评价指标体系及评分表', '8')]
    for t, pg in toc:
        para = b.p([(t + '\t' + pg, FS, False)], indent=False, clause=False, exact=36)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    b.page_break()

    # ---- body ----
    b.p([('中国（广西）自由贸易试验区南宁片区', XBS, False), '\n',
         ('2025年度外经贸发展专项资金绩效评价报告', XBS, False)],
        align=C, indent=False, clause=False, size=22, exact=36, after=16)
    b.empty()
    b.p([('中国（广西）自由贸易试验区南宁片区管理委员会：', FS, False)], indent=False, clause=False)
    b.p([('受贵单位委托，我所组成评价工作组，按照《项目支出绩效评价管理办法》（财预〔2020〕10号）等有关规定，'
          '对中国（广西）自由贸易试验区南宁片区2025年度外经贸发展专项资金（以下简称专项资金）开展了第三方绩效评价。', FS, False),
         '\n',
         ('评价工作组通过资料核查、现场勘查、抽样访谈和问卷调查等方式，对专项资金的决策、过程、产出和效益情况进行了全面评价。'
          '现将评价情况报告如下：', FS, False)])

    b.h1('一、项目基本情况')
    b.h2('（一）项目背景')
    b.body('中国（广西）自由贸易试验区南宁片区（以下简称南宁片区）是面向东盟开放合作的重要平台，承担着建设西部陆海新通道门户枢纽、'
           '服务“一带一路”有机衔接重要门户的任务。为加快培育外贸新业态新模式，推动跨境电商、加工贸易和国际物流通道高质量发展，'
           '南宁片区管委会于2025年设立外经贸发展专项资金，并制定了《南宁片区外经贸发展专项资金管理办法》。')
    b.body('专项资金主要支持跨境电商发展、国际物流通道建设、综合保税区加工贸易提质、外商投资促进以及境外投资与“一带一路”合作等五个方向，'
           '由片区管委会经济发展局负责项目组织实施，财政金融局负责资金拨付和监督管理。')
    b.h2('（二）资金安排及使用情况')
    b.body('2025年度专项资金预算安排3,000.00万元，全部为片区本级财政资金，资金到位率100%。截至2025年12月31日，共支持项目42个，'
           '累计拨付资金2,856.40万元，预算执行率95.21%；结余资金143.60万元已按规定收回片区财政统筹使用。各支持方向资金安排及使用情况如下表：')
    b.table(['支持方向', '项目数\n（个）', '预算金额\n（万元）', '拨付金额\n（万元）', '执行率'],
            [['跨境电商发展', '18', '900.00', '872.50', '96.94%'],
             ['国际物流通道建设', '6', '800.00', '780.00', '97.50%'],
             ['综合保税区加工贸易提质', '9', '600.00', '551.90', '91.98%'],
             ['外商投资促进', '5', '400.00', '382.00', '95.50%'],
             ['境外投资与“一带一路”合作', '4', '300.00', '270.00', '90.00%'],
             ['合计', '42', '3,000.00', '2,856.40', '95.21%']],
            [Cm(5.4), Cm(2.2), Cm(2.8), Cm(2.8), Cm(2.2)])
    b.empty()
    b.h2('（三）绩效目标')
    b.body('根据专项资金年度绩效目标申报表，2025年度总体目标为：通过专项资金引导，培育一批跨境电商经营主体和外贸综合服务平台，'
           '提升国际物流通道运营能力，推动南宁综合保税区加工贸易转型升级，扩大利用外资规模，深化与东盟国家经贸合作。')
    b.body('年度绩效指标主要包括：支持项目验收数42个，新增跨境电商经营主体60家，跨境班列开行300列，跨境电商进出口额同比增长15%，'
           '综合保税区加工贸易进出口额同比增长8%，实际使用外资1.5亿美元，受益企业满意度不低于90%。')

    b.h1('二、绩效评价工作开展情况')
    b.runin('（一）评价目的。', '通过开展绩效评价，全面了解专项资金的使用管理情况和政策实施效果，总结经验做法，查找存在问题，'
            '为片区管委会优化资金分配、完善管理制度和编制下一年度预算提供参考。')
    b.runin('（二）评价对象和范围。', '本次评价对象为2025年度专项资金3,000.00万元，评价范围涵盖资金的预算编制、分配拨付、使用管理和绩效产出等全过程，'
            '涉及片区经济发展局、财政金融局及42个项目承担单位。')
    b.runin('（三）评价依据。', '主要包括：')
    b.body('1.《中华人民共和国预算法》；')
    b.body('2.《中共中央 国务院关于全面实施预算绩效管理的意见》；')
    b.body('3.《项目支出绩效评价管理办法》（财预〔2020〕10号）；')
    b.body('4.《南宁片区外经贸发展专项资金管理办法》及2025年度申报指南；')
    b.body('5.专项资金预算批复、项目申报材料、验收资料及会计凭证等。')
    b.runin('（四）评价方法。', '本次评价采用比较法、因素分析法和公众评判法相结合的方式，按照决策、过程、产出、效益四个维度构建评价指标体系，'
            '共设置一级指标4个、二级指标11个、三级指标21个。')
    b.body('评价结果采用百分制，综合得分90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。')
    b.runin('（五）评价过程。', '评价工作分为前期准备、组织实施和分析评价三个阶段：')
    b.body('1.前期准备阶段（2026年1月5日至1月16日）。成立评价工作组，收集专项资金相关政策文件和预算资料，制定评价工作方案，设计评价指标体系和调查问卷。')
    b.body('2.组织实施阶段（2026年1月19日至2月13日）。对片区经济发展局、财政金融局开展座谈，对42个项目采取全面核查与重点抽查相结合的方式进行资料审核，'
           '其中现场核查项目21个，抽查比例50%；向受益企业发放满意度调查问卷125份，回收有效问卷118份。')
    b.body('3.分析评价阶段（2026年2月16日至3月20日）。对收集的数据进行汇总分析，逐项评分，与被评价单位交换意见后形成本报告。')

    b.h1('三、综合评价结论')
    b.body('经评价，2025年度专项资金决策依据充分，管理制度较为健全，资金拨付和使用基本规范，绩效目标总体完成情况较好，'
           '在培育外贸新业态、畅通国际物流通道等方面取得了明显成效。但也存在绩效目标细化不足、资金拨付进度不均衡、部分效益指标未达预期等问题。')
    b.p([('专项资金绩效评价综合得分88.80分，评价等级为“良”。', FS, True), ('各一级指标得分情况如下：', FS, False)])
    b.table(['一级指标', '分值', '得分', '得分率'],
            [['决策', '15', '13.50', '90.00%'],
             ['过程', '25', '22.00', '88.00%'],
             ['产出', '30', '27.60', '92.00%'],
             ['效益', '30', '25.70', '85.67%'],
             ['合计', '100', '88.80', '88.80%']],
            [Cm(4.0), Cm(3.0), Cm(3.0), Cm(3.0)])
    b.empty()

    b.h1('四、绩效目标实现情况')
    b.h2('（一）产出目标完成情况')
    b.body('1.项目完成情况。2025年度计划支持项目42个，已完成验收40个，验收合格率100%；2个项目因企业经营调整延期至2026年6月底前完成。')
    b.body('2.新增跨境电商经营主体。通过专项资金支持，南宁片区新增跨境电商经营主体73家，超过目标值13家，完成率121.67%。')
    b.body('3.国际物流通道建设。支持开行中越跨境班列及中欧班列（南宁）共326列，完成目标值的108.67%；西部陆海新通道海铁联运班列在片区集结货物同比增长18.2%。')
    b.body('4.资金拨付时效。2025年第四季度拨付资金1,420.00万元，占全年拨付总额的49.71%，资金拨付进度前慢后快。')
    b.h2('（二）效益目标完成情况')
    b.body('1.经济效益。2025年南宁片区跨境电商进出口额186.30亿元，同比增长12.0%，低于15%的目标值；南宁综合保税区加工贸易进出口额412.60亿元，'
           '同比增长6.4%，低于8%的目标值；片区实际使用外资1.38亿美元，完成目标值的92.00%。')
    b.body('2.社会效益。受支持项目带动新增就业2,350人，超过2,000人的目标值。')
    b.body('3.满意度。本次共回收有效问卷118份，受益企业总体满意度为93.6%，达到不低于90%的目标值。')
    b.body('主要绩效指标完成情况见下表：')
    b.table(['指标名称', '目标值', '实际完成值', '完成情况'],
            [['支持项目验收数', '42个', '40个', '部分完成'],
             ['新增跨境电商经营主体', '60家', '73家', '完成'],
             ['跨境班列开行列数', '300列', '326列', '完成'],
             ['跨境电商进出口额增长率', '15%', '12.0%', '未完成'],
             ['综合保税区加工贸易进出口额增长率', '8%', '6.4%', '未完成'],
             ['实际使用外资金额', '1.5亿美元', '1.38亿美元', '未完成'],
             ['受益企业满意度', '≥90%', '93.6%', '完成']],
            [Cm(6.0), Cm(2.8), Cm(3.0), Cm(2.6)])
    b.empty()

    b.h1('五、存在的问题')
    b.runin('1.绩效目标设置不够细化。', '部分绩效指标以定性描述为主，如“外贸综合服务能力明显提升”“东盟合作进一步深化”等，难以量化考核；'
            '个别指标目标值依据不足，未充分结合往年实际完成情况测算。', font=FS, bold=True)
    b.runin('2.资金拨付进度不均衡。', '受项目申报评审周期较长等因素影响，2025年前三季度累计拨付资金仅占全年拨付总额的50.29%，'
            '第四季度集中拨付1,420.00万元，影响了资金使用效益的及时发挥。', font=FS, bold=True)
    b.runin('3.项目过程监管有待加强。', '现场核查发现，2个项目存在以前年度发票列支本年度项目支出的情况，涉及金额18.60万元；'
            '3个项目验收资料不完整，缺少第三方审计报告或实施效果说明。', font=FS, bold=True)
    b.runin('4.部分效益指标未达预期。', '跨境电商进出口额增长率、综合保税区加工贸易进出口额增长率和实际使用外资金额等3项指标未完成年度目标，'
            '资金对产业发展的带动作用有待进一步提升。', font=FS, bold=True)

    b.h1('六、有关建议')
    b.runin('（一）科学设定绩效目标。', '建议在编制年度预算时，结合往年实际完成情况和产业发展趋势，细化、量化绩效指标，减少定性指标，'
            '增强绩效目标的可衡量性和可考核性。', bold=True)
    b.runin('（二）加快资金拨付进度。', '优化项目申报、评审和公示流程，推行“免申即享”“分批拨付”等方式，合理安排季度用款计划，避免资金在年底集中拨付。',
            bold=True)
    b.runin('（三）强化项目全过程监管。', '加强对项目实施过程的跟踪检查，严格审核项目支出的真实性和相关性；对违规列支的18.60万元，'
            '建议责令项目单位限期整改并按规定追回。', bold=True)
    b.runin('（四）突出资金支持重点。', '围绕面向东盟的跨境产业链供应链建设，将资金向跨境电商综合服务平台、海外仓、加工贸易转型升级等领域倾斜，'
            '进一步提升专项资金的引导和带动效应。', bold=True)
    b.runin('（五）加强绩效评价结果运用。', '将本次绩效评价结果作为2026年度预算安排和政策调整的重要依据，建立问题整改台账，及时跟踪整改落实情况。',
            bold=True)
    b.empty()
    b.p([('附件：绩效评价指标体系及评分表', FS, False)], clause=False)
    b.empty(2)
    b.p([('广西桂鼎会计师事务所（特殊普通合伙）', FS, False)], align=R, indent=False, clause=False,
        right_indent=Cm(1.0))
    b.p([('二〇二六年三月二十日', FS, False)], indent=False, clause=False,
        lead='\u3000' * 14)

    # ---- 附件 ----
    b.page_break()
    b.p([('附件', HT, False)], indent=False, clause=False)
    b.p([('绩效评价指标体系及评分表', XBS, False)], align=C, indent=False, clause=False, size=20, exact=36,
        after=10)
    rows = [
        ['决策', '项目立项', '立项依据充分性', '3', '项目立项符合国家及自治区外经贸政策导向、与片区发展规划相匹配的，得3分；每有一项不符合扣1分。', '3.00'],
        ['决策', '项目立项', '立项程序规范性', '2', '按规定程序申报、审核、公示的，得2分；程序缺失的酌情扣分。', '2.00'],
        ['决策', '绩效目标', '绩效目标合理性', '3', '绩效目标与资金量、实施内容相匹配的，得3分；目标偏低或偏高的酌情扣分。', '2.50'],
        ['决策', '绩效目标', '绩效指标明确性', '3', '绩效指标细化、量化、可衡量的，得3分；每有一项指标不可衡量扣0.5分。', '2.50'],
        ['决策', '资金投入', '预算编制科学性', '2', '预算编制经过论证、测算依据充分的，得2分；否则酌情扣分。', '1.50'],
        ['决策', '资金投入', '资金分配合理性', '2', '资金分配依据充分、额度与项目实际相适应的，得2分。', '2.00'],
        ['过程', '资金管理', '资金到位率', '4', '资金到位率=实际到位资金/预算资金×100%，得分=资金到位率×4分。', '4.00'],
        ['过程', '资金管理', '预算执行率', '5', '预算执行率≥98%的得5分；95%（含）至98%的得4.5分；90%（含）至95%的得4分；低于90%的不得分。', '4.50'],
        ['过程', '资金管理', '资金使用合规性', '6', '资金使用符合财经法规和专项资金管理办法、无截留挪用的，得6分；发现1项不合规情形扣0.5分。', '5.00'],
        ['过程', '组织实施', '管理制度健全性', '4', '已制定专项资金管理制度且合法合规、完整的，得4分。', '4.00'],
        ['过程', '组织实施', '制度执行有效性', '6', '严格执行申报、评审、公示、验收、监督检查等制度的，得6分；每发现1项执行不到位扣0.5分。', '4.50'],
        ['产出', '产出数量', '支持项目完成数', '6', '全部完成的得6分；每有1个项目未按期完成扣0.2分。', '5.60'],
        ['产出', '产出数量', '新增跨境电商经营主体数', '6', '达到或超过目标值60家的得6分；未达到的按比例得分。', '6.00'],
        ['产出', '产出质量', '项目验收合格率', '6', '验收合格率达到100%的得6分；每低1个百分点扣0.5分。', '6.00'],
        ['产出', '产出时效', '资金拨付及时性', '6', '资金按计划进度及时拨付的得6分；第四季度拨付占比超过40%的扣1.5分。', '4.50'],
        ['产出', '产出时效', '项目完成及时性', '6', '项目均在计划期限内完成的得6分；每有1个项目延期扣0.25分。', '5.50'],
        ['效益', '经济效益', '跨境电商进出口额增长率', '8', '增长率达到目标值15%的得8分；每低1个百分点扣0.5分。', '6.50'],
        ['效益', '经济效益', '综合保税区加工贸易进出口额增长率', '6', '增长率达到目标值8%的得6分；每低1个百分点扣0.5分。', '5.20'],
        ['效益', '经济效益', '实际使用外资金额', '6', '完成目标值的得6分；完成90%（含）至100%的得5分；完成80%（含）至90%的得4分；低于80%的不得分。', '5.00'],
        ['效益', '社会效益', '带动就业人数', '4', '带动就业达到2000人的得4分；未达到的按比例得分。', '4.00'],
        ['效益', '满意度', '受益企业满意度', '6', '满意度≥95%的得6分；90%（含）至95%的得5分；低于90%的不得分。', '5.00'],
    ]
    b.table(['一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分'], rows,
            [Cm(1.5), Cm(1.8), Cm(2.8), Cm(1.1), Cm(6.9), Cm(1.3)], size=10.5,
            merge_cols=(0, 1), left_cols=(4,))

    meta = {
        "title": "中国（广西）自由贸易试验区南宁片区2025年度外经贸发展专项资金绩效评价报告",
        "doc_number": "桂鼎绩评字〔2026〕第018号",
        "issuer": ["广西桂鼎会计师事务所（特殊普通合伙）"],
        "date": "2026-03-20",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区南宁片区",
        "effective": None,
        "expires": None,
        "attachments": ["绩效评价指标体系及评分表"],
        "doc_type": "报告",
        "recipients": ["中国（广西）自由贸易试验区南宁片区管理委员会"],
        "publicity": None,
        "repeals": None,
    }
    return b, [{"meta": meta, "clauses": b.docs[0]}]


# ============================================================================
# Document 2: 青岛片区 通报 (red header) with the 评价报告 attached; Word auto-numbering; 版记 at end
# ============================================================================

def build_qingdao():
    b = Builder()
    b.add_numbering(90)
    b.page_numbers()
    C = WD_ALIGN_PARAGRAPH.CENTER
    R = WD_ALIGN_PARAGRAPH.RIGHT

    # ---------------- notice ----------------
    b.new_doc()
    b.empty(2)
    para = b.doc.add_paragraph()
    para.alignment = C
    r = para.add_run('中国（山东）自由贸易试验区青岛片区管理委员会文件')
    set_font(r, XBS, 26, color=RED, scale=62)
    b.empty(2)
    b.p([('青自贸管发〔2026〕7号', FS, False)], align=C, indent=False, clause=False)
    red = b.doc.add_paragraph()
    red.paragraph_format.space_after = Pt(24)
    border(red, 'bottom', color='FF0000', sz=18)
    b.p([('关于2025年度外经贸发展专项资金', XBS, False), '\n', ('绩效评价结果的通报', XBS, False)],
        align=C, indent=False, clause=False, size=22, exact=36, after=16)
    b.p([('片区各部门，各功能区管理机构：', FS, False)], indent=False, clause=False)
    b.p([('为深入贯彻落实全面实施预算绩效管理的决策部署，进一步提高财政资金使用效益，根据《项目支出绩效评价管理办法》'
          '（财预〔2020〕10号）等有关规定，片区管委会委托山东海诚会计师事务所有限公司对2025年度外经贸发展专项资金开展了第三方绩效评价。'
          '现将有关情况通报如下。', FS, False)], indent=False, lead='\u3000\u3000')
    b.h1('一、评价结果')
    b.body('2025年度片区外经贸发展专项资金预算5,000.00万元，实际拨付4,712.60万元，预算执行率94.25%。经第三方机构评价，'
           '专项资金绩效评价综合得分91.00分，评价等级为“优”。')
    b.h1('二、主要成效')
    b.runin('（一）外贸新业态加快发展。', '专项资金支持跨境电商企业及海外仓项目26个，片区跨境电商进出口额达294亿元，新增公共海外仓5个，'
            '外贸新业态带动就业3,420人。')
    b.runin('（二）国际物流通道更加畅通。', '支持中欧班列（齐鲁号）和多式联运项目3个，全年开行中欧班列（齐鲁号）360列，'
            '通达“一带一路”沿线国家和地区的班列线路增至12条。')
    b.runin('（三）开放平台能级持续提升。', '支持青岛前湾综合保税区保税维修、保税研发项目11个，综合保税区实现进出口额760亿元；'
            '引进外资项目7个，实际使用外资9.3亿美元。')
    b.h1('三、存在问题')
    b.body('评价也发现，专项资金在绩效目标设置、预算执行进度、资金使用合规性和制度执行等方面仍存在薄弱环节，中欧班列（齐鲁号）开行列数、'
           '跨境电商进出口额、综合保税区进出口额和实际使用外资等4项指标未完成年度目标。')
    b.h1('四、工作要求')
    b.runin('（一）抓好问题整改。', '各有关部门要对照绩效评价报告指出的问题，逐项制定整改措施，明确责任人和整改时限，'
            '于2026年5月31日前将整改情况报送片区财政金融部。')
    b.runin('（二）强化结果运用。', '片区财政金融部将绩效评价结果作为2026年度专项资金预算安排的重要依据，对评价等级为“优”的支持方向在预算安排上予以优先保障。')
    b.runin('（三）健全长效机制。', '各有关部门要进一步完善专项资金申报、评审、拨付和监管制度，加快资金拨付进度，切实提升专项资金使用效益。')
    b.body('联系人及电话：片区财政金融部，王宁，0532-86985516。')
    b.empty()
    att = b.p([('附件：中国（山东）自由贸易试验区青岛片区2025年度外经贸发展专项资金绩效评价报告', FS, False)],
              clause=False, left_indent=Pt(80))
    att.paragraph_format.first_line_indent = Pt(-48)
    b.empty(3)
    b.p([('中国（山东）自由贸易试验区青岛片区管理委员会', FS, False)], align=R, indent=False, clause=False,
        right_indent=Pt(32))
    b.p([('2026年4月15日', FS, False)], align=R, indent=False, clause=False, right_indent=Pt(64))
    b.p([('（此件公开发布）', FS, False)], clause=False)

    # ---------------- attached report ----------------
    b.page_break()
    b.new_doc()
    b.p([('附件', HT, False)], indent=False, clause=False)
    b.empty(4)
    b.p([('中国（山东）自由贸易试验区青岛片区', XBS, False), '\n', ('2025年度外经贸发展专项资金', XBS, False), '\n',
         ('绩效评价报告', XBS, False)], align=C, indent=False, clause=False, size=22, exact=40)
    b.empty(7)
    for line in ['委托单位：中国（山东）自由贸易试验区青岛片区管理委员会',
                 '评价机构：山东海诚会计师事务所有限公司',
                 '报告日期：2026年3月27日']:
        b.p([(line, FS, False)], indent=False, clause=False, lead='\u3000' * 2, size=15, exact=32)
    b.page_break()

    b.h1('一、项目基本情况')
    b.runin('（一）项目概况。', '为加快建设高水平对外开放新高地，推动外贸稳规模优结构，片区管委会自2023年起设立外经贸发展专项资金，'
            '重点支持跨境电商及海外仓、中欧班列（齐鲁号）及多式联运、综合保税区保税维修和保税研发、外资招引以及国际市场开拓等领域。'
            '专项资金由片区商务部门负责项目组织和绩效管理，财政金融部负责资金拨付和监督。')
    b.runin('（二）资金安排及使用情况。', '2025年度专项资金预算5,000.00万元，资金到位率100%。截至2025年12月31日，累计支持项目82个、企业78家，'
            '拨付资金4,712.60万元，预算执行率94.25%。其中：跨境电商及海外仓1,560.00万元，中欧班列（齐鲁号）及多式联运1,150.00万元，'
            '综合保税区保税维修和保税研发912.60万元，外资招引奖励740.00万元，国际市场开拓350.00万元。')
    b.runin('（三）绩效目标。', '专项资金2025年度绩效目标为：扶持企业不少于75家，开行中欧班列（齐鲁号）400列，项目验收合格率100%，'
            '跨境电商进出口额达到300亿元，综合保税区进出口额达到800亿元，实际使用外资10亿美元，外贸新业态带动就业3000人，'
            '服务对象满意度不低于90%。')
    b.h1('二、绩效评价工作开展情况')
    b.runin('（一）评价目的、对象和范围。', '本次评价以2025年度外经贸发展专项资金为对象，评价范围包括专项资金的决策、过程、产出和效益，'
            '涉及片区商务部门、财政金融部和78家受支持企业。')
    b.runin('（二）评价方法和标准。', '评价工作组采用成本效益分析法、比较法和公众评判法，以预算批复的绩效目标为主要评价标准，'
            '结合历史数据和行业标准进行综合评判。评价指标体系由决策、过程、产出、效益4个一级指标、11个二级指标和21个三级指标构成。')
    b.runin('（三）评价工作过程。', '2026年1月至3月，评价工作组先后开展了前期调研、资料核查、现场核查、问卷调查和综合评价等工作，'
            '现场核查项目41个，覆盖资金2,986.30万元，占拨付总额的63.37%；发放满意度问卷156份，回收有效问卷150份。')
    b.h1('三、综合评价结论')
    b.body('经综合评价，2025年度专项资金立项依据充分，资金管理较为规范，产出和效益目标大部分得以实现，对推动片区外贸新业态发展和开放平台建设发挥了积极作用。'
           '专项资金绩效评价综合得分91.00分，评价等级为“优”。具体得分情况见下表。')
    b.table(['一级指标', '分值', '得分', '得分率'],
            [['决策', '20', '18.00', '90.00%'],
             ['过程', '20', '17.50', '87.50%'],
             ['产出', '30', '28.20', '94.00%'],
             ['效益', '30', '27.30', '91.00%'],
             ['合计', '100', '91.00', '91.00%']],
            [Cm(4.0), Cm(3.0), Cm(3.0), Cm(3.0)])
    b.empty()
    b.h1('四、绩效目标实现情况')
    b.runin('（一）产出指标。', '2025年度扶持企业78家，完成目标值的104.00%；开行中欧班列（齐鲁号）360列，完成目标值的90.00%；'
            '项目验收合格率100%；申报材料合规率98%；全年分6个批次拨付资金，其中2个批次较计划时限延迟超过30日。')
    b.runin('（二）效益指标。', '2025年片区跨境电商进出口额294亿元，完成目标值的98.00%；综合保税区进出口额760亿元，完成目标值的95.00%；'
            '实际使用外资9.3亿美元，完成目标值的93.00%；外贸新业态带动就业3420人；服务对象满意度92.8%。')
    b.body('主要绩效指标完成情况如下：')
    b.table(['指标名称', '目标值', '完成值', '是否完成'],
            [['扶持企业数量', '75家', '78家', '是'],
             ['中欧班列（齐鲁号）开行列数', '400列', '360列', '否'],
             ['项目验收合格率', '100%', '100%', '是'],
             ['跨境电商进出口额', '300亿元', '294亿元', '否'],
             ['综合保税区进出口额', '800亿元', '760亿元', '否'],
             ['实际使用外资', '10亿美元', '9.3亿美元', '否'],
             ['外贸新业态带动就业', '3000人', '3420人', '是'],
             ['服务对象满意度', '≥90%', '92.8%', '是']],
            [Cm(6.0), Cm(3.0), Cm(3.0), Cm(2.4)])
    b.empty()
    b.h1('五、存在的问题')
    b.numbered(90, '绩效目标设置偏保守。', '扶持企业数量、项目验收合格率等指标目标值低于上年实际完成水平，对资金使用的激励约束作用不足。')
    b.numbered(90, '资金拨付存在延迟。', '2025年第二批、第五批资金拨付较计划时限分别延迟36日和42日，部分企业反映资金到账周期较长。')
    b.numbered(90, '资金使用合规性有待提高。', '现场核查发现，1家企业将展会补助用于支付非展会相关的差旅费用，涉及金额4.20万元；'
               '1家企业海外仓租赁合同与申报材料不一致。')
    b.numbered(90, '项目监管制度执行不到位。', '部分项目未按规定开展中期检查，2个多式联运项目的绩效自评报告未按期报送。')
    b.h1('六、有关建议')
    b.runin('（一）提高绩效目标的科学性。', '结合历年完成情况和片区发展规划，合理设定具有挑战性的绩效目标，做到目标值与资金投入相匹配。')
    b.runin('（二）优化资金拨付流程。', '推行项目评审与资金拨付并联办理，压缩审核时限，确保资金在计划时限内拨付到位。')
    b.runin('（三）加强资金使用监管。', '对核查发现的违规使用资金4.20万元予以追回，对申报材料不一致的企业开展专项核查，并纳入企业信用记录。')
    b.runin('（四）严格落实过程管理。', '建立项目中期检查和绩效自评定期报送制度，对未按期报送的项目在下一年度申报时予以限制。')
    b.empty()
    b.p([('附件：绩效评价指标体系及评分表', FS, False)], clause=False)
    b.empty(2)
    b.p([('山东海诚会计师事务所有限公司', FS, False)], align=R, indent=False, clause=False, right_indent=Pt(32))
    b.p([('2026年3月27日', FS, False)], align=R, indent=False, clause=False, right_indent=Pt(48))

    b.page_break()
    b.p([('附件', HT, False)], indent=False, clause=False)
    b.p([('绩效评价指标体系及评分表', XBS, False)], align=C, indent=False, clause=False, size=20, exact=36, after=10)
    rows = [
        ['决策', '项目立项', '立项依据充分性', '3', '符合国家、省、市外经贸政策及片区发展规划的，得3分；否则酌情扣分。', '3.00'],
        ['决策', '项目立项', '立项程序规范性', '3', '申报、审核、公示、批复程序完整规范的，得3分；每缺失一个环节扣1分。', '3.00'],
        ['决策', '绩效目标', '绩效目标合理性', '4', '绩效目标与资金规模、支持内容相匹配的，得4分；目标设置偏低的扣0.5分。', '3.50'],
        ['决策', '绩效目标', '绩效指标明确性', '4', '绩效指标清晰、细化、可衡量的，得4分；每有1项指标不可衡量扣0.5分。', '3.00'],
        ['决策', '资金投入', '预算编制科学性', '3', '预算测算依据充分、额度合理的，得3分；未经充分测算的扣0.5分。', '2.50'],
        ['决策', '资金投入', '资金分配合理性', '3', '资金分配办法明确、分配结果与企业实际相适应的，得3分。', '3.00'],
        ['过程', '资金管理', '资金到位率', '3', '资金全部到位的得3分；未全部到位的按比例得分。', '3.00'],
        ['过程', '资金管理', '预算执行率', '4', '执行率≥98%的得4分；90%（含）至98%的得3.5分；低于90%的不得分。', '3.50'],
        ['过程', '资金管理', '资金使用合规性', '5', '符合专项资金管理规定的得5分；每发现1项不合规情形扣0.5分。', '4.00'],
        ['过程', '组织实施', '管理制度健全性', '4', '管理制度健全的得4分。', '4.00'],
        ['过程', '组织实施', '制度执行有效性', '4', '制度执行到位的得4分；每发现1项执行不到位扣0.5分。', '3.00'],
        ['产出', '产出数量', '扶持企业数量', '6', '扶持企业数量达到目标值（75家）的得6分；未达到的按比例得分。', '6.00'],
        ['产出', '产出数量', '中欧班列（齐鲁号）开行列数', '6', '达到目标值的得6分；未达到的按完成比例×6分计算。', '5.40'],
        ['产出', '产出质量', '项目验收合格率', '5', '验收合格率100%的得5分。', '5.00'],
        ['产出', '产出质量', '申报材料合规率', '5', '申报材料合规率100%的得5分；每低1个百分点扣0.1分。', '4.80'],
        ['产出', '产出时效', '资金拨付及时性', '8', '按计划时限拨付的得8分；每有1批次资金延迟拨付扣0.5分。', '7.00'],
        ['效益', '经济效益', '跨境电商进出口额', '6', '达到目标值的得6分；每低1个百分点扣0.1分。', '5.80'],
        ['效益', '经济效益', '综合保税区进出口额', '6', '达到目标值的得6分；每低1个百分点扣0.1分。', '5.50'],
        ['效益', '经济效益', '实际使用外资', '6', '完成目标值的得6分；完成90%（含）至100%的得5分；低于90%的不得分。', '5.00'],
        ['效益', '社会效益', '外贸新业态带动就业', '6', '带动就业达到目标值（3000人）的得6分。', '6.00'],
        ['效益', '满意度', '服务对象满意度', '6', '满意度≥95%的得6分；90%（含）至95%的得5分。', '5.00'],
    ]
    b.table(['一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分'], rows,
            [Cm(1.5), Cm(1.8), Cm(2.9), Cm(1.1), Cm(6.8), Cm(1.3)], size=10.5,
            merge_cols=(0, 1), left_cols=(4,))

    # ---------------- 版记 (at the very end of the file) ----------------
    b.empty(2)
    cc = b.p([('抄送：青岛市商务局，青岛市财政局。', FS, False)], indent=False, clause=False, size=14,
             left_indent=Pt(14))
    border(cc, 'top', sz=8)
    border(cc, 'bottom', sz=4)
    yf = b.p([('青岛片区管理委员会办公室\t2026年4月15日印发', FS, False)],
             indent=False, clause=False, size=14, left_indent=Pt(14))
    yf.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT)
    border(yf, 'bottom', sz=8)

    notice_meta = {
        "title": "关于2025年度外经贸发展专项资金绩效评价结果的通报",
        "doc_number": "青自贸管发〔2026〕7号",
        "issuer": ["中国（山东）自由贸易试验区青岛片区管理委员会"],
        "date": "2026-04-15",
        "published": None,
        "level": "zone",
        "region": "中国（山东）自由贸易试验区青岛片区",
        "effective": None,
        "expires": None,
        "attachments": ["中国（山东）自由贸易试验区青岛片区2025年度外经贸发展专项资金绩效评价报告"],
        "doc_type": "通报",
        "recipients": ["片区各部门", "各功能区管理机构"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    report_meta = {
        "title": "中国（山东）自由贸易试验区青岛片区2025年度外经贸发展专项资金绩效评价报告",
        "doc_number": None,
        "issuer": ["山东海诚会计师事务所有限公司"],
        "date": "2026-03-27",
        "published": None,
        "level": "zone",
        "region": "中国（山东）自由贸易试验区青岛片区",
        "effective": None,
        "expires": None,
        "attachments": ["绩效评价指标体系及评分表"],
        "doc_type": "报告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return b, [{"meta": notice_meta, "clauses": b.docs[0]},
               {"meta": report_meta, "clauses": b.docs[1]}]


def main():
    expected = {}
    for stem, fn in [('blind745_nanning_pingjia', build_nanning),
                     ('blind745_qingdao_tongbao', build_qingdao)]:
        b, entries = fn()
        path = os.path.join(HERE, stem + '.docx')
        b.doc.save(path)
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_745', '--headless',
                        '--convert-to', 'pdf', '--outdir', HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        expected[stem] = entries
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
