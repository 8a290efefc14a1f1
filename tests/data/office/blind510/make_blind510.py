# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 510: 跨境电商综试区考核结果通报 (provincial)."""
import os
import json
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
SONG = '宋体'
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
DIST = WD_ALIGN_PARAGRAPH.DISTRIBUTE
W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=None, color=None):
    run.font.name = name
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn('w:rFonts'))
    if rFonts is None:
        rFonts = OxmlElement('w:rFonts')
        rPr.insert(0, rFonts)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rFonts.set(qn(a), name)
    run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_runs(p, runs, size):
    """runs: list of (text, font, bold[, color]); '\v' inside text = soft line break."""
    for spec in runs:
        text, font, bold = spec[0], spec[1], spec[2]
        color = spec[3] if len(spec) > 3 else None
        parts = text.split('\v')
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, font, size, bold, color)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)


def fmt_para(p, align=None, indent=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent is not None:
        pf.first_line_indent = Pt(indent)
    if align is not None:
        p.alignment = align


def border(p, sides=('bottom',), color='FF0000', sz=18, val='single'):
    pPr = p._p.get_or_add_pPr()
    pbdr = OxmlElement('w:pBdr')
    for s in sides:
        b = OxmlElement('w:' + s)
        b.set(qn('w:val'), val)
        b.set(qn('w:sz'), str(sz))
        b.set(qn('w:space'), '1')
        b.set(qn('w:color'), color)
        pbdr.append(b)
    pPr.append(pbdr)


def set_num(p, num_id, ilvl=0):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def add_numbering(doc, abs_id, fmt, lvltext, font, bold=False):
    numbering = doc.part.numbering_part.element
    b = '<w:b/>' if bold else ''
    xml = (
        '<w:abstractNum xmlns:w="%s" w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/>%s'
        '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
    ) % (W_NS, abs_id, fmt, lvltext, font, font, font, b)
    el = parse_xml(xml)
    nums = numbering.findall(qn('w:num'))
    if nums:
        nums[0].addprevious(el)
    else:
        numbering.append(el)
    num = numbering.add_num(abs_id)
    return num.numId


def page_number_footer(section, font=SONG):
    p = section.footer.paragraphs[0]
    p.alignment = C
    r = p.add_run('— ')
    set_font(r, font, 14)
    r = p.add_run()
    set_font(r, font, 14)
    f1 = OxmlElement('w:fldChar')
    f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = ' PAGE '
    f2 = OxmlElement('w:fldChar')
    f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t')
    t.text = '1'
    f3 = OxmlElement('w:fldChar')
    f3.set(qn('w:fldCharType'), 'end')
    for e in (f1, it, f2, t, f3):
        r._element.append(e)
    r = p.add_run(' —')
    set_font(r, font, 14)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e)
        el.set(qn('w:val'), 'nil')
        b.append(el)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader')
    trPr.append(el)


def clean(s):
    return s.replace('\v', '').replace('\n', '').strip(' \u3000')


class Builder:
    def __init__(self, core_title=None):
        self.doc = Document()
        self.clauses = []
        sec = self.doc.sections[0]
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        page_number_footer(sec)
        st = self.doc.styles['Normal']
        st.font.name = FS
        st.element.rPr.rFonts.set(qn('w:eastAsia'), FS)
        st.font.size = Pt(16)
        cp = self.doc.core_properties
        cp.author = 'Administrator'
        cp.title = core_title or ''

    def para(self, runs, clause=False, align=J, indent=32, size=16, line=28,
             before=0, after=0, num=None, prefix='', container=None, red_line=False):
        cont = container if container is not None else self.doc
        p = cont.add_paragraph()
        if red_line:
            border(p)
        if num is not None:
            set_num(p, num)
            indent = None
        fmt_para(p, align, indent, line, before, after)
        if isinstance(runs, str):
            runs = [(runs, FS, False)]
        add_runs(p, runs, size)
        if clause:
            self.clauses.append(prefix + clean(''.join(r[0] for r in runs)))
        return p

    def body(self, text, **kw):
        return self.para([(text, FS, False)], clause=True, **kw)

    def runin(self, head, text, head_font=KT, head_bold=False, **kw):
        return self.para([(head, head_font, head_bold), (text, FS, False)], clause=True, **kw)

    def h1(self, text):
        return self.para([(text, HT, False)], clause=False)

    def blank(self, n=1, size=16):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt_para(p, None, None, 28)

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def fill_cell(self, cell, text, font=FS, size=12, bold=False, align=C, line=None):
        pieces = text.split('\n')
        for i, piece in enumerate(pieces):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            pf = p.paragraph_format
            pf.space_before = Pt(0)
            pf.space_after = Pt(0)
            if line:
                pf.line_spacing = Pt(line)
            p.alignment = align
            add_runs(p, [(piece, font, bold)], size)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    def grid(self, headers, rows, widths, merge_cols=(), aligns=None, size=12,
             repeat=True, title_row=None, key_headers=None, line=None):
        """Bordered data table. rows: list of lists of str ('\n' new para in cell,
        '\v' soft break). merge_cols: column indexes whose consecutive equal
        values are merged vertically (a column merges only inside the merge
        group of the columns to its left)."""
        extra = 1 if title_row else 0
        n = len(headers)
        t = self.doc.add_table(rows=len(rows) + 1 + extra, cols=n)
        t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for i, col in enumerate(t.columns):
            col.width = Cm(widths[i])
        for row in t.rows:
            for i, cell in enumerate(row.cells):
                cell.width = Cm(widths[i])
        if title_row:
            c0 = t.cell(0, 0).merge(t.cell(0, n - 1))
            self.fill_cell(c0, title_row, HT, 14, False)
            repeat_header(t.rows[0])
        for i, h in enumerate(headers):
            self.fill_cell(t.cell(extra, i), h, HT, size, False)
        if repeat:
            repeat_header(t.rows[extra])
        aligns = aligns or [C] * n
        # merge groups
        spans = {}
        for col in merge_cols:
            start = 0
            for r in range(1, len(rows) + 1):
                same = (r < len(rows) and rows[r][col] == rows[start][col]
                        and all(rows[r][k] == rows[start][k] for k in merge_cols if k < col))
                if not same:
                    spans[(start, col)] = r - 1
                    for rr in range(start + 1, r):
                        spans[(rr, col)] = None
                    start = r
        for r, row in enumerate(rows):
            for c, val in enumerate(row):
                key = (r, c)
                if key in spans and spans[key] is None:
                    continue
                cell = t.cell(r + 1 + extra, c)
                if key in spans and spans[key] > r:
                    cell = cell.merge(t.cell(spans[key] + 1 + extra, c))
                self.fill_cell(cell, val, FS, size, False, aligns[c], line)
        kh = key_headers or [h.replace(' ', '').replace('\u3000', '').replace('\v', '').replace('\n', '')
                             for h in headers]
        for row in rows:
            self.clauses.append('；'.join('%s：%s' % (kh[i], clean(v)) for i, v in enumerate(row)))
        return t

    def layout_table(self, cells_text, widths, size=16, font=FS, aligns=None):
        rows = len(cells_text)
        cols = len(cells_text[0])
        t = self.doc.add_table(rows=rows, cols=cols)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        no_borders(t)
        for c in range(cols):
            t.columns[c].width = Cm(widths[c])
        for r in range(rows):
            for c in range(cols):
                cell = t.cell(r, c)
                cell.width = Cm(widths[c])
                a = aligns[c] if aligns else C
                self.fill_cell(cell, cells_text[r][c], font, size, False, a)
        return t

    def banji(self, chaosong, yinfa_org, yinfa_date):
        if chaosong:
            p = self.doc.add_paragraph()
            border(p, ('top', 'bottom'), '000000', 6)
            fmt_para(p, J, None, 28)
            p.paragraph_format.left_indent = Pt(14)
            p.paragraph_format.right_indent = Pt(14)
            add_runs(p, [('抄送：' + chaosong, FS, False)], 14)
        p = self.doc.add_paragraph()
        border(p, ('bottom',), '000000', 6)
        fmt_para(p, J, None, 28)
        p.paragraph_format.left_indent = Pt(14)
        add_runs(p, [(yinfa_org + '\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000' + yinfa_date + '印发', FS, False)], 14)

    def save(self, stem):
        path = os.path.join(HERE, stem + '.docx')
        self.doc.save(path)
        return path


# ====================================================================== doc 1
def doc_zhejiang():
    b = Builder()
    d = b.doc
    # 版头: layout table, four organs + 文件
    t = d.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    no_borders(t)
    left, right = t.cell(0, 0), t.cell(0, 1)
    t.columns[0].width = Cm(11.6)
    t.columns[1].width = Cm(4.0)
    left.width = Cm(11.6)
    right.width = Cm(4.0)
    organs = ['浙江省商务厅', '浙江省发展和改革委员会', '杭州海关', '宁波海关']
    for i, o in enumerate(organs):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        p.alignment = DIST
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = Pt(40)
        add_runs(p, [(o, XBS, False, RED)], 26)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = right.paragraphs[0]
    p.alignment = C
    add_runs(p, [('文件', XBS, False, RED)], 48)
    b.blank(1)
    b.para([('浙商务联发〔2026〕15号', FS, False)], align=C, indent=None, red_line=True, after=6)
    b.blank(1)
    b.para([('浙江省商务厅等4部门关于2025年度全省\v跨境电子商务综合试验区考核结果的通报', XBS, False)],
           align=C, indent=None, size=22, line=36)
    b.blank(1)
    b.para([('各设区市人民政府，义乌市人民政府，省跨境电子商务综合试验区建设工作领导小组各成员单位：', FS, False)],
           align=J, indent=None)

    b.body('为深入贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）和省委、省政府关于推进跨境电子商务高质量发展的决策部署，根据《浙江省跨境电子商务综合试验区考核评估办法（试行）》（浙商务联发〔2024〕38号），省商务厅会同省发展改革委、杭州海关、宁波海关组织开展了2025年度全省跨境电子商务综合试验区（以下简称综试区）考核工作。考核采取地市自评、材料审核、数据比对和实地核查相结合的方式进行，现将考核结果通报如下。')

    b.h1('一、考核结果')
    b.body('经综合评定，2025年度全省12个综试区中，杭州、宁波、义乌3个综试区考核等次为优秀，金华、温州、嘉兴、绍兴、湖州、台州6个综试区考核等次为良好，衢州、舟山、丽水3个综试区考核等次为合格。全省综试区平均得分为84.17分，较上年度提高2.17分。具体排名如下：')
    rows = [
        ['1', '杭州综试区', '96.38', '优秀'],
        ['2', '宁波综试区', '93.71', '优秀'],
        ['3', '义乌综试区', '92.05', '优秀'],
        ['4', '金华综试区', '88.64', '良好'],
        ['5', '温州综试区', '86.90', '良好'],
        ['6', '嘉兴综试区', '85.12', '良好'],
        ['7', '绍兴综试区', '83.47', '良好'],
        ['8', '湖州综试区', '81.95', '良好'],
        ['9', '台州综试区', '80.33', '良好'],
        ['10', '衢州综试区', '76.28', '合格'],
        ['11', '舟山综试区', '74.16', '合格'],
        ['12', '丽水综试区', '71.09', '合格'],
    ]
    b.grid(['排名', '综试区', '得分', '等次'], rows, [2.2, 6.0, 3.2, 3.2], merge_cols=(3,), size=14)
    b.para([('注：考核得分由基础指标得分（满分100分）与加分项得分（最高5分）相加后按100分制折算，保留两位小数。', FS, False)],
           clause=True, size=14, before=6)

    b.h1('二、存在问题')
    b.body('从考核情况看，全省综试区建设总体保持良好态势，但也存在一些不容忽视的问题。')
    b.runin('（一）部分综试区业务规模出现下滑。', '舟山、丽水综试区2025年跨境电商进出口额同比分别下降3.2%和1.7%，衢州综试区跨境电商出口额增速低于全省平均水平14.6个百分点，产业带“触网出海”进展缓慢。')
    b.runin('（二）线上综合服务平台功能发挥不充分。', '湖州、台州、衢州综试区线上综合服务平台与国际贸易“单一窗口”数据对接不完整，企业备案、订单、物流、支付等信息归集率不足60%，平台服务企业的能力有待提升。')
    b.runin('（三）海外仓布局和运营质量有待提高。', '温州、绍兴综试区省级公共海外仓数量未达到年度目标，舟山综试区现有海外仓平均仓容利用率仅为41%，部分海外仓存在“重建设、轻运营”现象。')
    b.runin('（四）统计监测和风险防控工作存在短板。', '丽水、舟山综试区跨境电商统计试点数据报送不及时、不完整，嘉兴综试区个别企业存在9610模式申报信息与实际不符的情况，已被海关责令整改。')
    b.runin('（五）政策落实和工作推进力度不够。', '衢州、丽水综试区年度工作方案明确的12项重点任务中，分别有4项和5项未按期完成；个别综试区考核材料存在数据口径不一致、佐证材料缺失等问题。')

    b.h1('三、下一步要求')
    b.runin('（一）认真抓好问题整改。', '各综试区要对照考核反馈问题，逐项制定整改措施，明确责任单位和完成时限，于2026年4月30日前将整改方案报送省商务厅。考核等次为合格的衢州、舟山、丽水综试区所在地人民政府要专题研究整改工作，省商务厅将会同有关部门适时开展督导。')
    b.runin('（二）巩固提升发展优势。', '考核等次为优秀的杭州、宁波、义乌综试区要发挥示范引领作用，在跨境电商品牌出海、数字化供应链、海外智慧物流等领域加大先行先试力度，形成更多可复制推广的制度创新成果。')
    b.runin('（三）加快推动产业带转型。', '各综试区要深入实施“跨境电商+产业带”行动，聚焦本地特色产业集群，2026年每个综试区至少培育2个跨境电商产业带示范区，推动传统外贸企业和制造企业应用跨境电商拓展国际市场。')
    b.runin('（四）完善海外仓服务网络。', '各综试区要引导企业在共建“一带一路”国家和RCEP成员国等重点市场优化海外仓布局，支持海外仓企业提升数字化、智能化水平，提高仓容利用率和本地化服务能力。')
    b.runin('（五）强化统计监测和风险防控。', '各综试区要落实跨境电商统计监测制度，按月报送统计数据，确保数据真实、准确、完整；要会同海关、税务、外汇等部门加强风险监测，严厉打击虚假交易、刷单骗税等违法违规行为。')
    b.runin('（六）做好2026年度考核准备。', '2026年度考核工作继续按照附件所列指标体系执行，省商务厅将根据国家有关部署和全省综试区发展实际对部分指标分值进行动态调整，调整情况另行通知。')
    b.body('联系人：省商务厅电子商务处 陈晓峰，联系电话：0571-87056231。')
    b.blank(1)
    b.para([('附件：2025年度全省跨境电子商务综合试验区考核指标体系', FS, False)], indent=32)
    b.blank(2)
    # 落款: layout table of organs, date typed with spaces
    b.layout_table([['浙江省商务厅', '浙江省发展和改革委员会'], ['杭州海关', '宁波海关']], [7.5, 8.0])
    b.blank(1)
    b.para([('                              2026年3月16日', FS, False)], align=L, indent=None)
    b.blank(1)
    b.para([('（此件公开发布）', FS, False)], indent=32)

    # 附件
    b.page_break()
    b.para([('附件', HT, False)], align=L, indent=None)
    b.blank(1)
    b.para([('2025年度全省跨境电子商务综合试验区\v考核指标体系', XBS, False)], align=C, indent=None, size=22, line=36)
    b.blank(1)
    ind = [
        ['发展规模', '进出口规模', '跨境电商进出口额', '10',
         '以各综试区2025年跨境电商进出口额占全省比重计分。\n占比最高的综试区得10分，其余综试区按其占比与最高占比的比值乘以10分计算得分。\n数据以海关统计和跨境电商统计试点数据为准。'],
        ['发展规模', '进出口规模', '跨境电商进出口额增速', '8',
         '增速达到或超过全省平均增速的得8分。\n增速低于全省平均增速但为正增长的，每低1个百分点扣0.5分，扣完为止。\n负增长的不得分。'],
        ['发展规模', '市场主体', '跨境电商经营主体数量', '6',
         '以年末在海关备案且全年有实际进出口业绩的跨境电商企业数量计分。数量排名前三的综试区得6分，第4至8名得4分，其余得2分。'],
        ['发展规模', '市场主体', '年出口额超千万美元企业数量', '6',
         '每有1家年出口额超过1000万美元的跨境电商企业得0.5分，最高6分。\n企业名单须附海关或外汇部门出具的数据证明，未提供证明材料的不予认定。'],
        ['发展质量', '品牌建设', '跨境电商自主品牌培育', '7',
         '每新增1个在境外注册商标并通过跨境电商渠道年销售额超过500万元的自主品牌得1分，最高7分。同一企业拥有多个品牌的，最多计算2个。'],
        ['发展质量', '产业带建设', '跨境电商产业带培育', '8',
         '获评省级跨境电商产业带示范区的，每个得3分；市级认定的产业带每个得1分；合计最高8分。\n产业带内应用跨境电商的企业数量较上年增长20%以上的，另加1分，但本项总分不超过8分。'],
        ['发展质量', '海外仓建设', '公共海外仓数量与运营', '10',
         '每有1个省级公共海外仓得2分，最高6分。\n海外仓年平均仓容利用率达到70%以上的得4分，50%（含）至70%的得2分，低于50%的不得分。\n海外仓数据以省商务厅海外仓监测系统数据为准。'],
        ['创新发展', '制度创新', '制度创新成果', '8',
         '制度创新案例被国务院有关部门复制推广的，每项得4分；被商务部等部委通报表扬或刊发推广的，每项得2分；被省级部门推广的，每项得1分。同一案例按最高级别计分，不重复计分，最高8分。'],
        ['创新发展', '监管创新', '海关监管模式应用', '6',
         '综试区内开展9610、9710、9810、1210等跨境电商监管模式业务的，每开展1种模式且年度业务量不低于10万单（或货值不低于1000万元）的得1.5分，最高6分。'],
        ['创新发展', '平台建设', '线上综合服务平台运行', '6',
         '线上综合服务平台与国际贸易“单一窗口”实现数据对接，且企业备案、订单、物流、支付信息归集率达到80%以上的得6分；归集率在60%（含）至80%之间的得3分；低于60%的不得分。'],
        ['工作推进', '组织保障', '工作机制建设', '5',
         '成立由市政府主要领导或分管领导牵头的综试区建设工作领导小组并实质运作的得3分。\n年度内召开专题会议研究综试区建设工作的得2分。\n未按要求报送年度工作方案的，本项不得分。'],
        ['工作推进', '组织保障', '政策支持', '5',
         '出台支持跨境电商发展的专项政策并落实专项资金的得5分。仅出台政策但未安排资金的得2分。政策文件须附正式印发文本。'],
        ['工作推进', '任务落实', '年度重点任务完成情况', '8',
         '按年度工作方案明确的重点任务完成比例计分，全部完成的得8分。\n每有1项任务未按期完成扣1分，扣完为止。\n因客观原因调整任务并经省综试区建设工作领导小组办公室同意的，不予扣分。'],
        ['工作推进', '统计监测与风险防控', '统计数据报送与风险防控', '7',
         '按时、完整报送跨境电商统计监测数据的得4分，每迟报或漏报1次扣1分。年度内未发生重大违法违规案件的得3分。\n发生被海关、税务等部门立案查处的虚假交易、骗取出口退税等案件的，每起扣1.5分，扣完为止。'],
    ]
    b.grid(['一级指标', '二级指标', '三级指标', '分值', '评分标准'], ind,
           [2.0, 2.4, 2.8, 1.4, 7.2], merge_cols=(0, 1), aligns=[C, C, C, C, J], size=10.5)
    b.para([('注：加分项。综试区获得国家级表彰或在商务部综试区考核评估中等次为“成效明显”的，加3分；承办国家级跨境电商重大活动的，加2分。加分项合计不超过5分。', FS, False)],
           clause=True, size=12, before=6, line=22)
    b.blank(2)
    b.banji('商务部外贸司，省委办公厅，省政府办公厅，国家税务总局浙江省税务局，国家外汇管理局浙江省分局。',
            '浙江省商务厅办公室', '2026年3月17日')

    meta = {
        "title": "浙江省商务厅等4部门关于2025年度全省跨境电子商务综合试验区考核结果的通报",
        "doc_number": "浙商务联发〔2026〕15号",
        "issuer": ["浙江省商务厅", "浙江省发展和改革委员会", "杭州海关", "宁波海关"],
        "date": "2026-03-16",
        "published": None,
        "level": "provincial",
        "region": "浙江省",
        "effective": None,
        "expires": None,
        "attachments": ["2025年度全省跨境电子商务综合试验区考核指标体系"],
        "doc_type": "通报",
        "recipients": ["各设区市人民政府", "义乌市人民政府", "省跨境电子商务综合试验区建设工作领导小组各成员单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return b, 'blind510_zhejiang_tongbao', [{"meta": meta, "clauses": b.clauses}]


# ====================================================================== doc 2
def doc_guangdong():
    b = Builder(core_title='关于通报2024年度综试区考核结果的通知')
    d = b.doc
    num_cn = add_numbering(d, 91, 'chineseCounting', '（%1）', FS)
    # 信函式版头
    b.para([('广东省商务厅', XBS, False, RED)], align=C, indent=None, size=36, line=48)
    p = b.para([('', FS, False)], align=C, indent=None, line=8)
    border(p, ('bottom',), 'FF0000', 24, 'thinThickSmallGap')
    b.para([('粤商务电函〔2026〕9号', FS, False)], align=R, indent=None, before=6)
    b.blank(1)
    b.para([('广东省商务厅关于通报2025年度全省跨境\v电子商务综合试验区考核评价结果的通知', XBS, False)],
           align=C, indent=None, size=22, line=36)
    b.blank(1)
    b.para([('各地级以上市商务主管部门：', FS, False)], align=J, indent=None)
    b.body('根据《广东省跨境电子商务综合试验区考核评价办法》（粤商务电字〔2024〕11号）有关规定，我厅会同省发展改革委、省财政厅、海关总署广东分署、国家税务总局广东省税务局、国家外汇管理局广东省分局等单位，对全省21个跨境电子商务综合试验区（以下简称综试区）2025年度建设发展情况进行了考核评价。现将有关情况通知如下：')
    b.h1('一、考核结果')
    b.body('本次考核评价满分为100分，设优秀、良好、合格、不合格四个等次。经各地自评、第三方机构复核和省有关单位联审，广州、深圳、东莞、佛山、珠海5个综试区考核等次为优秀，汕头、中山、惠州、江门、揭阳、肇庆、清远、湛江8个综试区考核等次为良好，其余8个综试区考核等次为合格，无不合格等次。具体结果如下：')
    data = [
        ('1', '广州', '97.12', '优秀'), ('2', '深圳', '96.85', '优秀'), ('3', '东莞', '94.30', '优秀'),
        ('4', '佛山', '92.58', '优秀'), ('5', '珠海', '90.14', '优秀'),
        ('6', '汕头', '87.66', '良好'), ('7', '中山', '86.21', '良好'), ('7', '惠州', '86.21', '良好'),
        ('9', '江门', '84.73', '良好'), ('10', '揭阳', '83.09', '良好'), ('11', '肇庆', '81.56', '良好'),
        ('12', '清远', '80.92', '良好'), ('13', '湛江', '80.05', '良好'),
        ('14', '茂名', '78.40', '合格'), ('15', '梅州', '77.18', '合格'), ('16', '潮州', '76.35', '合格'),
        ('17', '阳江', '75.02', '合格'), ('18', '韶关', '73.87', '合格'), ('19', '汕尾', '72.64', '合格'),
        ('20', '河源', '70.91', '合格'), ('21', '云浮', '68.47', '合格'),
    ]
    b.grid(['名  次', '地  市', '得  分', '等  次'], [list(x) for x in data], [2.6, 4.0, 3.4, 3.4],
           merge_cols=(3,), size=12)
    b.blank(1)
    b.h1('二、存在问题')
    b.body('考核中发现，部分综试区仍存在以下问题：')
    b.runin('1.发展不平衡问题突出。', '珠三角地区5个综试区跨境电商进出口额占全省的92.4%，粤东、粤西、粤北12个综试区合计占比不足5%，其中河源、云浮、汕尾综试区全年跨境电商进出口额均不足5亿元。', head_font=FS, head_bold=True)
    b.runin('2.市场主体培育成效不明显。', '韶关、河源、云浮综试区年度新增跨境电商备案企业均少于20家，阳江、潮州综试区缺少年出口额超亿元的龙头企业，带动作用不强。', head_font=FS, head_bold=True)
    b.runin('3.园区载体作用发挥不足。', '梅州、茂名综试区线下产业园区入驻率分别为38%和45%，入驻企业数量偏少；汕尾综试区线下产业园区尚未实现实体化运营。', head_font=FS, head_bold=True)
    b.runin('4.工作推进机制不够健全。', '云浮、河源综试区年度内未召开领导小组专题会议，韶关综试区未按时报送季度工作进展；部分地市考核佐证材料报送不及时、不规范。', head_font=FS, head_bold=True)
    b.h1('三、下一步要求')
    items = [
        ('一', '抓好整改落实。', '各地市要针对考核发现的问题，认真分析原因，制定整改清单，于2026年5月15日前将整改落实情况报送我厅（电子商务处）。考核等次为合格的综试区，要在整改报告中明确下一步提升目标和具体举措。'),
        ('二', '推动区域协调发展。', '广州、深圳、东莞等考核等次为优秀的综试区要加强与粤东粤西粤北综试区结对帮扶，通过共建产业园区、共享海外仓资源、联合开展培训等方式，带动欠发达地区综试区加快发展。'),
        ('三', '加大主体培育力度。', '各地市要实施跨境电商龙头企业培育计划，支持传统外贸企业、制造企业和专业市场商户开展跨境电商业务，力争2026年全省新增跨境电商备案企业3000家以上。'),
        ('四', '用好考核结果。', '考核结果将作为省级促进经济高质量发展专项资金（外经贸发展方向）分配的重要因素，对考核等次为优秀的综试区在资金安排、试点示范项目申报等方面予以倾斜；连续两年考核等次为合格的，我厅将约谈所在地市商务主管部门主要负责同志。'),
    ]
    for n, head, text in items:
        b.para([(head, KT, False), (text, FS, False)], clause=True, num=num_cn, prefix='（%s）' % n)
    b.body('特此通知。')
    b.blank(1)
    b.para([('附件：1.2025年度广东省跨境电子商务综合试验区考核评价指标体系\v      2.2025年度综试区考核加分事项认定情况表', FS, False)], indent=32)
    b.blank(2)
    b.para([('广东省商务厅', FS, False)], align=R, indent=None).paragraph_format.right_indent = Pt(64)
    b.para([('2026年4月3日', FS, False)], align=R, indent=None).paragraph_format.right_indent = Pt(48)
    b.para([('（联系人：李嘉欣，电话：020-38819624）', FS, False)], indent=32)
    b.blank(1)
    b.para([('（此件主动公开）', FS, False)], indent=32)

    # 附件1
    b.page_break()
    b.para([('附件1', HT, False)], align=L, indent=None)
    b.blank(1)
    b.para([('2025年度广东省跨境电子商务综合试验区\v考核评价指标体系', XBS, False)], align=C, indent=None, size=22, line=36)
    b.blank(1)
    ind = [
        ['规模效益', '贸易规模', '跨境电商进出口额', '12',
         '按本地区跨境电商进出口额在全省21个综试区中的位次计分。第1至5名得12分，第6至10名得10分，第11至15名得8分，第16至21名得6分。'],
        ['规模效益', '贸易规模', '跨境电商进出口额增长率', '8',
         '增长率在全省综试区中排名前5位的得8分，第6至10位得6分，第11至15位得4分，其余得2分。增长率为负的，本项不得分。'],
        ['规模效益', '经营主体', '跨境电商备案企业新增数量', '10',
         '年度新增跨境电商备案企业100家以上的得10分，50家（含）至100家的得7分，20家（含）至50家的得4分，少于20家的得1分。备案企业数据以海关系统数据为准。'],
        ['载体建设', '园区载体', '线下产业园区建设', '10',
         '线下产业园区实现实体化运营且入驻率达到70%以上的得10分。入驻率在50%（含）至70%的得6分。入驻率低于50%或未实现实体化运营的得2分。'],
        ['载体建设', '服务平台', '公共服务平台建设', '7',
         '建成线上综合服务平台并与国际贸易“单一窗口”对接的得4分。平台年度服务企业数量超过200家的得3分，100家（含）至200家的得2分，不足100家的不得分。'],
        ['载体建设', '海外仓', '海外仓布局', '8',
         '本地企业在境外建设运营海外仓面积合计超过5万平方米的得8分，2万（含）至5万平方米的得5分，不足2万平方米的得2分。在共建“一带一路”国家新设海外仓的，每个加1分，本项最高不超过8分。'],
        ['创新示范', '模式创新', '新模式新业态探索', '10',
         '开展跨境电商B2B直接出口、出口海外仓、保税进口、跨境电商零售进口退货中心仓等业务模式试点的，每项得2.5分，最高10分。试点须经海关等部门书面确认。'],
        ['创新示范', '经验推广', '创新经验复制推广', '10',
         '创新经验做法被国家部委推广的，每项得5分；被省级部门推广的，每项得3分；在全省性会议上作经验交流的，每次得2分。最高10分。'],
        ['组织保障', '工作机制', '领导小组运作', '8',
         '建立市级综试区建设领导小组且年度内召开专题会议2次以上的得8分，召开1次的得5分，未召开的不得分。'],
        ['组织保障', '政策资金', '专项政策与资金保障', '9',
         '出台综试区建设专项支持政策的得4分。市级财政年度安排跨境电商专项资金1000万元以上的得5分，500万元（含）至1000万元的得3分，不足500万元的得1分。'],
        ['组织保障', '信息报送', '统计与信息报送', '8',
         '按时报送季度工作进展和统计数据的得5分，每迟报1次扣1分。报送材料被省级以上简报、信息采用的，每篇加1分，最高3分。'],
    ]
    b.grid(['一级指标', '二级指标', '三级指标', '分值', '评分标准'], ind,
           [2.0, 2.2, 3.0, 1.4, 7.2], merge_cols=(0, 1), aligns=[C, C, C, C, J], size=10.5)
    # 附件2
    b.page_break()
    b.para([('附件2', HT, False)], align=L, indent=None)
    b.blank(1)
    b.para([('2025年度综试区考核加分事项认定情况表', XBS, False)], align=C, indent=None, size=22, line=36)
    b.blank(1)
    extra = [
        ['1', '广州', '承办2025年中国跨境电商交易会（秋季）等国家级重大活动', '2'],
        ['2', '深圳', '跨境电商出口海外仓监管创新做法被商务部通报推广', '2'],
        ['3', '东莞', '获评国家外贸转型升级基地（跨境电商）', '1.5'],
        ['4', '汕头', '玩具产业带入选商务部“跨境电商赋能产业带”典型案例', '1'],
        ['5', '揭阳', '举办全省跨境电商产业带对接活动并获省政府通报表扬', '0.5'],
    ]
    b.grid(['序号', '地市', '加分事项', '加分值（分）'], extra, [1.6, 2.2, 9.0, 2.8],
           aligns=[C, C, J, C], size=12)
    b.para([('注：加分值已计入各综试区考核总得分，单个综试区加分合计不超过5分。', FS, False)],
           clause=True, size=12, before=6, line=22)

    meta = {
        "title": "广东省商务厅关于通报2025年度全省跨境电子商务综合试验区考核评价结果的通知",
        "doc_number": "粤商务电函〔2026〕9号",
        "issuer": ["广东省商务厅"],
        "date": "2026-04-03",
        "published": None,
        "level": "provincial",
        "region": "广东省",
        "effective": None,
        "expires": None,
        "attachments": ["2025年度广东省跨境电子商务综合试验区考核评价指标体系",
                        "2025年度综试区考核加分事项认定情况表"],
        "doc_type": "通知",
        "recipients": ["各地级以上市商务主管部门"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return b, 'blind510_guangdong_tongzhi', [{"meta": meta, "clauses": b.clauses}]


# ====================================================================== doc 3
def doc_henan():
    b = Builder()
    d = b.doc
    num_dec = add_numbering(d, 92, 'decimal', '%1.', FS)
    b.blank(1)
    b.para([('河南省商务厅文件', XBS, False, RED)], align=C, indent=None, size=48, line=60)
    b.blank(1)
    b.para([('豫商电商〔2025〕7号', FS, False)], align=C, indent=None, red_line=True, after=6)
    b.blank(1)
    # title typed as two separate paragraphs
    b.para([('河南省商务厅', XBS, False)], align=C, indent=None, size=22, line=36)
    b.para([('关于2024年度全省跨境电子商务综合试验区考核结果的通报', XBS, False)], align=C, indent=None, size=22, line=36)
    b.blank(1)
    b.para([('各有关省辖市商务局，郑州航空港经济综合实验区经济发展局：', FS, False)], align=J, indent=None)
    sp = '\u3000\u3000'
    b.para([(sp + '2024年，全省各跨境电子商务综合试验区（以下简称综试区）认真贯彻落实省委、省政府决策部署，扎实推进跨境电商高质量发展，全省跨境电商进出口额达到2598.6亿元，同比增长9.8%。为进一步压实工作责任，根据《河南省跨境电子商务综合试验区考核办法》（豫商电商〔2023〕15号），省商务厅会同郑州海关、国家税务总局河南省税务局、国家外汇管理局河南省分局，对郑州、洛阳、南阳、许昌、焦作、商丘、开封7个综试区2024年度建设情况进行了考核。现将有关情况通报如下。', FS, False)],
           clause=True, indent=None)
    b.para([(sp + '一、考核结果。', HT, False), ('经综合评定，郑州、洛阳综试区考核等次为优秀，南阳、许昌、焦作综试区考核等次为良好，商丘、开封综试区考核等次为合格。各综试区得分及排名情况如下：', FS, False)],
           clause=True, indent=None)
    rows = [
        ['1', '郑州综试区', '95.40', '优秀'],
        ['2', '洛阳综试区', '90.25', '优秀'],
        ['3', '南阳综试区', '86.72', '良好'],
        ['4', '许昌综试区', '84.90', '良好'],
        ['5', '焦作综试区', '82.18', '良好'],
        ['6', '商丘综试区', '77.35', '合格'],
        ['7', '开封综试区', '73.60', '合格'],
    ]
    b.grid(['排名', '综试区', '得分', '等次'], rows, [2.4, 5.6, 3.4, 3.4], size=14,
           title_row='2024年度全省跨境电商综试区考核结果')
    b.blank(1)
    b.para([(sp + '二、存在问题。', HT, False), ('从考核情况看，各综试区发展仍不平衡，部分综试区工作推进不够有力，主要表现在：', FS, False)],
           clause=True, indent=None)
    probs = [
        ('规模体量偏小。', '商丘、开封综试区2024年跨境电商进出口额分别为38.2亿元和26.5亿元，合计占全省比重不足3%，与所在地外贸规模不相匹配。'),
        ('增长动力不足。', '焦作综试区跨境电商进出口额同比下降4.6%，许昌综试区发制品以外的产业跨境电商应用率偏低，新增长点培育不够。'),
        ('平台作用发挥不够。', '开封综试区线上综合服务平台年度活跃企业仅37家，南阳综试区线下产业园区企业入驻率为52%，孵化服务功能较弱。'),
        ('基础工作有待加强。', '商丘、开封综试区统计监测数据存在迟报、漏报现象，商丘综试区未按期报送年度工作总结。'),
    ]
    for i, (h, t) in enumerate(probs, 1):
        b.para([(h, FS, True), (t, FS, False)], clause=True, num=num_dec, prefix='%d.' % i)
    b.blank(1)
    b.para([(sp + '三、下一步要求。', HT, False), ('各综试区要对照考核结果，坚持问题导向，切实抓好以下工作：', FS, False)],
           clause=True, indent=None)
    b.para([(sp + '（一）压实整改责任。', KT, False), ('各综试区要针对存在问题认真制定整改方案，明确整改目标、措施和时限，于2025年5月31日前报省商务厅。商丘、开封综试区要将整改情况纳入当地政府督查事项，确保整改到位。', FS, False)],
           clause=True, indent=None)
    b.para([(sp + '（二）突出特色发展。', KT, False), ('各综试区要立足本地产业基础，做大做强特色产业带：', FS, False)],
           clause=True, indent=None)
    b.para([(sp + '1.郑州综试区要发挥郑州航空港和中欧班列（郑州）枢纽优势，拓展跨境电商“空运+班列”多式联运通道；', FS, False)], clause=True, indent=None)
    b.para([(sp + '2.洛阳、南阳、许昌综试区要分别围绕装备制造、中药材与仿真花、发制品等产业，打造跨境电商产业带；', FS, False)], clause=True, indent=None)
    b.para([(sp + '3.焦作、商丘、开封综试区要加快补齐平台和园区短板，培育一批跨境电商骨干企业。', FS, False)], clause=True, indent=None)
    b.para([(sp + '（三）加强要素保障。', KT, False), ('用好省级外经贸发展专项资金，对考核等次为优秀的综试区在资金分配上予以倾斜。鼓励金融机构针对跨境电商企业开发“出口信用保险+融资”等产品，降低企业融资成本。', FS, False)],
           clause=True, indent=None)
    b.para([(sp + '（四）做好2025年度考核准备。', KT, False), ('2025年度考核继续采用附件所列指标体系，各综试区要加强日常资料积累，于2026年1月15日前完成自评并报送考核材料。', FS, False)],
           clause=True, indent=None)
    b.blank(1)
    b.para([(sp + '附件：2024年度全省跨境电子商务综合试验区考核指标体系', FS, False)], indent=None)
    b.blank(2)
    b.layout_table([['', '河南省商务厅\n2025年4月21日']], [7.0, 8.6])
    b.blank(1)

    b.page_break()
    b.para([('附件', HT, False)], align=L, indent=None)
    b.blank(1)
    b.para([('2024年度全省跨境电子商务综合试验区\v考核指标体系', XBS, False)], align=C, indent=None, size=20, line=34)
    b.blank(1)
    ind = [
        ['规模与增长\v（30分）', '进出口规模', '跨境电商进出口额', '12',
         '以全省综试区进出口额最高值为基准，按比例计分。计算公式为：本综试区进出口额÷全省综试区进出口额最高值×12分。'],
        ['规模与增长\v（30分）', '增长速度', '跨境电商进出口额同比增速', '10',
         '（1）增速高于全省平均水平的，得10分；\v（2）增速低于全省平均水平但为正增长的，得6分；\v（3）负增长的，得2分。'],
        ['规模与增长\v（30分）', '市场主体', '跨境电商企业数量', '8',
         '年度有跨境电商进出口实绩的企业达到200家以上的，得8分；100家至199家的，得5分；不足100家的，得2分。企业数量以郑州海关统计数据为准。'],
        ['平台与载体\v（25分）', '线上平台', '线上综合服务平台功能', '8',
         '平台实现备案、通关、结汇、退税等服务功能一站式办理的，得5分。平台年度活跃企业超过100家的，得3分。'],
        ['平台与载体\v（25分）', '线下园区', '线下产业园区运营', '9',
         '（1）园区入驻企业数量达到50家以上且入驻率超过70%的，得9分；\v（2）入驻企业数量30家至49家或入驻率在50%至70%之间的，得5分；\v（3）其他情况得2分。'],
        ['平台与载体\v（25分）', '海外仓', '海外仓建设', '8',
         '本地企业在境外自建或租用海外仓的，每个得1分，最高5分。被认定为省级以上公共海外仓的，每个加1.5分，本项最高8分。'],
        ['创新与服务\v（20分）', '创新成果', '制度与模式创新', '12',
         '形成的创新经验被国家部委复制推广的，每项得6分；被省级部门推广的，每项得3分。本项最高12分。'],
        ['创新与服务\v（20分）', '物流通道', '跨境电商物流通道建设', '8',
         '利用中欧班列、国际货运航线开展跨境电商运输，年度货值超过10亿元的得8分，5亿元至10亿元的得5分，不足5亿元的得2分。'],
        ['组织实施\v（25分）', '机制与政策', '工作机制和政策支持', '13',
         '建立综试区建设联席会议或领导小组制度并正常运行的，得5分。出台专项扶持政策并足额兑现资金的，得8分；出台政策未兑现资金的，得3分。'],
        ['组织实施\v（25分）', '基础工作', '统计监测和材料报送', '12',
         '按时报送月度统计数据和季度工作进展的，得8分，每迟报、漏报1次扣1分。按时报送年度工作总结和自评报告的，得4分。'],
    ]
    b.grid(['一级指标', '二级指标', '三级指标', '分值（分）', '评分标准'], ind,
           [2.2, 2.2, 3.0, 1.6, 6.8], merge_cols=(0,), aligns=[C, C, C, C, J], size=10.5)
    b.blank(2)
    b.banji(None, '河南省商务厅办公室', '2025年4月22日')

    meta = {
        "title": "河南省商务厅关于2024年度全省跨境电子商务综合试验区考核结果的通报",
        "doc_number": "豫商电商〔2025〕7号",
        "issuer": ["河南省商务厅"],
        "date": "2025-04-21",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": ["2024年度全省跨境电子商务综合试验区考核指标体系"],
        "doc_type": "通报",
        "recipients": ["各有关省辖市商务局", "郑州航空港经济综合实验区经济发展局"],
        "publicity": None,
        "repeals": None,
    }
    return b, 'blind510_henan_tongbao', [{"meta": meta, "clauses": b.clauses}]


def to_pdf(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_510', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for fn in (doc_zhejiang, doc_guangdong, doc_henan):
        b, stem, objs = fn()
        path = b.save(stem)
        to_pdf(path)
        expected[stem] = objs
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
