# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 667 blind test documents: 联席会议 / 会商 纪要 (Word + PDF + expected.json)."""
import os
import json
import subprocess

from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn, nsdecls
from docx.oxml import OxmlElement, parse_xml

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
ST = '宋体'
RED = 'FF0000'
SP = '　'  # full-width space

CN = '零一二三四五六七八九十'


def cn_num(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return '十' + CN[n - 10]
    return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')


# ---------------------------------------------------------------- helpers
def set_run_font(r, font=FS, size=16, bold=False, color=None, spacing=None):
    r.font.name = 'Times New Roman'
    r.font.size = Pt(size)
    r.font.bold = bold
    rpr = r._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        rpr.insert(0, rf)
    rf.set(qn('w:ascii'), 'Times New Roman')
    rf.set(qn('w:hAnsi'), 'Times New Roman')
    rf.set(qn('w:eastAsia'), font)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if spacing is not None:
        sp = OxmlElement('w:spacing')
        sp.set(qn('w:val'), str(int(spacing * 20)))
        rpr.append(sp)


def new_doc():
    d = Document()
    s = d.sections[0]
    s.page_width = Mm(210)
    s.page_height = Mm(297)
    s.top_margin = Mm(37)
    s.bottom_margin = Mm(35)
    s.left_margin = Mm(28)
    s.right_margin = Mm(26)
    s.footer_distance = Mm(18)
    st = d.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        rpr.insert(0, rf)
    rf.set(qn('w:eastAsia'), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28.9)
    return d


def add_page_number(d, style='dash'):
    footer = d.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    left, right = ('— ', ' —') if style == 'dash' else ('－', '－')
    r = p.add_run(left)
    set_run_font(r, ST, 14)
    r = p.add_run()
    set_run_font(r, ST, 14)
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(right)
    set_run_font(r, ST, 14)


def para_border(p, side='bottom', color=RED, sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn('w:pBdr'))
    if bdr is None:
        bdr = OxmlElement('w:pBdr')
        ppr.append(bdr)
    b = OxmlElement('w:' + side)
    b.set(qn('w:val'), 'single')
    b.set(qn('w:sz'), str(sz))
    b.set(qn('w:space'), '1')
    b.set(qn('w:color'), color)
    bdr.append(b)


def write_runs(p, runs, size=16):
    """runs: list of (text, font, bold, color); '\n' in text -> soft line break."""
    for text, font, bold, color in runs:
        parts = text.split('\n')
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_run_font(r, font, size, bold, color)
            if i < len(parts) - 1:
                r.add_break()


def add_p(d, runs, align=None, first_indent=True, size=16, line=28.9,
          before=0, after=0, left=None, keep_spaces=False):
    if isinstance(runs, str):
        runs = [(runs, FS, False, None)]
    p = d.add_paragraph()
    pf = p.paragraph_format
    if align == 'center':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'right':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'justify' or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'left':
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    if first_indent:
        pf.first_line_indent = Pt(size * 2)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    write_runs(p, runs, size)
    return p


def empty(d, n=1, line=28.9):
    for _ in range(n):
        p = d.add_paragraph()
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(line)


def cell_text(cell, text, font=FS, size=14, bold=False, align='center', color=None):
    cell.text = ''
    p = cell.paragraphs[0]
    p.alignment = {'center': WD_ALIGN_PARAGRAPH.CENTER, 'left': WD_ALIGN_PARAGRAPH.LEFT,
                   'justify': WD_ALIGN_PARAGRAPH.JUSTIFY,
                   'distribute': WD_ALIGN_PARAGRAPH.DISTRIBUTE}[align]
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(size * 1.5)
    p.paragraph_format.first_line_indent = Pt(0)
    r = p.add_run(text)
    set_run_font(r, font, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def table_borders(tbl, spec):
    """spec: dict side -> (val, sz) e.g. {'top': ('single', 8)}"""
    tblPr = tbl._tbl.tblPr
    b = tblPr.find(qn('w:tblBorders'))
    if b is not None:
        tblPr.remove(b)
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + side)
        val, sz = spec.get(side, ('nil', 0))
        el.set(qn('w:val'), val)
        if val != 'nil':
            el.set(qn('w:sz'), str(sz))
            el.set(qn('w:space'), '0')
            el.set(qn('w:color'), '000000')
        b.append(el)
    tblPr.append(b)


def set_col_widths(tbl, widths_mm):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
        if i < len(widths_mm):
            gc.set(qn('w:w'), str(int(widths_mm[i] * 56.7)))
    for i, col in enumerate(tbl.columns):
        if i < len(widths_mm):
            col.width = Mm(widths_mm[i])
    for row in tbl.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


class Builder:
    """Writes paragraphs and records the expected clauses at the same time."""

    def __init__(self, doc):
        self.d = doc
        self.clauses = []

    def clause(self, runs, expect=None, **kw):
        if isinstance(runs, str):
            runs = [(runs, FS, False, None)]
        p = add_p(self.d, runs, **kw)
        if expect is None:
            expect = ''.join(t for t, *_ in runs)
        self.clauses.append(expect.strip(SP + ' '))
        return p

    def lines_clause(self, lines, **kw):
        """one paragraph with soft line breaks, each line its own clause"""
        text = '\n'.join(lines)
        p = add_p(self.d, [(text, FS, False, None)], **kw)
        for ln in lines:
            self.clauses.append(ln.strip(SP + ' '))
        return p

    def heading(self, text, font=HT, **kw):
        return add_p(self.d, [(text, font, False, None)], **kw)

    def data_table(self, header, rows, widths, size=12):
        t = self.d.add_table(rows=1 + len(rows), cols=len(header))
        t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            cell_text(t.rows[0].cells[i], h, HT, size)
        for ri, row in enumerate(rows, start=1):
            for ci, v in enumerate(row):
                cell_text(t.rows[ri].cells[ci], v, FS, size,
                          align='center' if len(v) <= 12 else 'left')
            self.clauses.append('；'.join(f'{h}：{v}' for h, v in zip(header, row)))
        set_col_widths(t, widths)
        return t


# ---------------------------------------------------- Word auto numbering
def add_cn_paren_numbering(d, n_instances, abs_id=77, first_num=300):
    """（一）（二）… numbering via Word list (chineseCounting), one num per section."""
    numbering = d.part.numbering_part.element
    abs_xml = (
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abs_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{KT}" w:hint="eastAsia"/>'
        '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:lvl></w:abstractNum>')
    el = parse_xml(abs_xml)
    nums = numbering.findall(qn('w:num'))
    if nums:
        nums[0].addprevious(el)
    else:
        numbering.append(el)
    ids = []
    for i in range(n_instances):
        nid = first_num + i
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{abs_id}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        ids.append(nid)
    return ids


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numPr = ppr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id
    # indentation comes from the list level (firstLine 640 twips = 2 chars)
    p.paragraph_format.first_line_indent = None


# =====================================================================
# 1. 福建 — 省推进“一带一路”建设工作领导小组第五次联席会议纪要 〔2026〕3号
# =====================================================================
def make_fujian():
    d = new_doc()
    add_page_number(d)
    b = Builder(d)
    office = '福建省推进“一带一路”建设工作领导小组办公室'

    # 版头
    empty(d, 1)
    add_p(d, [(office, XBS, False, RED)], align='center', first_indent=False, size=20, line=34)
    add_p(d, [('会　议　纪　要', XBS, False, RED)], align='center', first_indent=False,
          size=36, line=52, before=4)
    p = add_p(d, [('〔2026〕3号', FS, False, None)], align='center', first_indent=False,
              before=12, after=4)
    para_border(p, 'bottom', RED, 24)
    empty(d, 1)

    # 标题 (soft line break inside title)
    add_p(d, [('福建省推进“一带一路”建设工作领导小组\n第五次联席会议纪要', XBS, False, None)],
          align='center', first_indent=False, size=22, line=36)
    empty(d, 1)

    b.clause('2026年3月12日下午，副省长、省推进“一带一路”建设工作领导小组副组长林志远在福州西湖宾馆1号楼三层会议室主持召开领导小组第五次联席会议。会议听取了省商务厅（省推进“一带一路”建设工作领导小组办公室）关于2025年全省推进“一带一路”建设工作情况及2026年工作安排的汇报，省发展改革委、省交通运输厅、福州海关、厦门海关、省港口集团作了交流发言，会议研究了“丝路海运”、中欧（厦门）班列、海外仓和境外经贸合作区建设等重点事项。现将会议议定事项纪要如下：')
    b.clause('会议认为，2025年全省各级各部门深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，对外开放各项工作取得积极成效。全年全省对共建“一带一路”国家进出口1.12万亿元，增长6.8%；“丝路海运”命名航线累计达到135条，中欧（厦门）班列全年开行412列，福建作为21世纪海上丝绸之路核心区的枢纽作用进一步彰显。')
    b.clause('会议强调，2026年是“十五五”规划开局之年，各成员单位要坚持稳中求进工作总基调，把推进“一带一路”建设与自由贸易试验区提升战略、海峡两岸融合发展示范区建设结合起来，聚焦通道、平台、产业、人文四个方面，确保全年目标任务如期完成。')

    b.heading('一、关于“丝路海运”高质量发展')
    def runin(head, rest):
        return [(head, FS, True, None), (rest, FS, False, None)]
    b.clause(runin('（一）推进港口航线加密。', '会议同意由省交通运输厅牵头，会同省港口集团、厦门港口管理局、福州港口发展中心，2026年新增“丝路海运”命名航线15条以上，重点加密至东南亚、中东、南美西海岸的集装箱航线。省财政厅按照现行政策对新开航线给予运营补助，具体办法由省交通运输厅会同省财政厅另行制定。'))
    b.clause(runin('（二）提升通关便利化水平。', '会议要求福州海关、厦门海关重点抓好以下工作：'))
    b.clause('1.在福州港江阴港区、厦门港海沧港区全面推广“船边直提”“抵港直装”模式，进口货物整体通关时间较2025年压缩10%以上；')
    b.clause('2.对“丝路海运”航线项下的重点货主企业，优先开展海关AEO高级认证培育；')
    b.clause('3.依托国际贸易“单一窗口”，于2026年9月底前上线“丝路海运”电子信息平台二期功能。')
    b.clause(runin('（三）强化运力保障。', '会议原则同意省港口集团提出的组建“丝路海运”联盟运力池的方案，请省国资委指导省港口集团于2026年6月底前完成方案细化，报领导小组办公室备案。'))

    b.heading('二、关于中欧（厦门）班列和国际物流通道建设')
    b.clause(runin('（一）稳定班列开行规模。', '会议明确，2026年中欧（厦门）班列开行目标为450列，其中回程班列占比不低于40%。厦门市人民政府要落实班列运营主体责任，省商务厅负责统筹协调省内货源组织。'))
    b.clause(runin('（二）推动海铁联运发展。', '会议同意在中国（福建）自由贸易试验区厦门片区开展“丝路海运+中欧班列”海铁联运试点，由厦门海关、中国铁路南昌局集团有限公司福州货运中心配合，实行“一次申报、一次查验、一次放行”。'))
    b.clause(runin('（三）规范班列支持政策。', '会议讨论了部分设区市提出的延续班列补贴政策的建议。会议明确，班列支持政策按照国家规范中欧班列发展的有关要求执行，不得违规补贴；补贴退坡机制由省发展改革委会同省财政厅研究提出意见，于2026年5月底前报省政府。'))

    b.heading('三、关于外贸新业态和海外仓建设')
    b.clause('（一）会议同意将中国（福建）自由贸易试验区福州片区、平潭片区内的跨境电商企业纳入省级公共海外仓培育名单申报范围，2026年培育认定省级公共海外仓10个以上。')
    b.clause('（二）省商务厅要会同中国出口信用保险公司福建分公司，扩大海外仓建设短期险、中长期险承保规模，对在共建“一带一路”国家新建海外仓的企业按规定予以支持。')
    b.clause('（三）福州、厦门、泉州跨境电子商务综合试验区要对照国家考核评估指标，于2026年4月底前提交年度工作要点，报省商务厅汇总。')

    b.heading('四、关于下一步工作要求')
    b.clause(runin('（一）压实工作责任。', '各成员单位要对照本纪要及附件所列任务，明确责任处室和责任人，建立工作台账，实行清单化管理、项目化推进。'))
    b.clause(runin('（二）加强督促检查。', '领导小组办公室要建立“月调度、季通报”制度：'))
    b.clause('（1）每月10日前，各牵头单位报送上月任务进展情况；')
    b.clause('（2）每季度首月15日前，领导小组办公室印发工作通报；')
    b.clause('（3）对进度滞后的任务，由领导小组办公室发函督办，并抄送省政府督查室。')
    b.clause(runin('（三）做好信息报送。', '各成员单位要及时报送推进“一带一路”建设的典型案例和经验做法，领导小组办公室择优编发《福建省推进“一带一路”建设工作简报》。'))
    b.clause('会议还明确，下一次联席会议原则上于2026年第三季度召开，具体时间另行通知。')

    empty(d, 1)
    add_p(d, '附件：2026年全省推进“一带一路”建设重点任务分工表', first_indent=True)

    # 出席 / 列席 / 请假 — each line its own paragraph, hand-aligned with full-width spaces
    att = [
        [('出席：', HT, False, None), ('林志远　副省长', FS, False, None)],
        '　　　陈　明　省政府副秘书长',
        '　　　王　强　省商务厅厅长',
        '　　　黄建华　省发展改革委副主任',
        '　　　郑丽萍　省交通运输厅副厅长',
        '　　　刘　涛　福州海关副关长',
        '　　　蔡文斌　厦门海关副关长',
        '　　　林国栋　省港口集团董事长',
        [('列席：', HT, False, None), ('吴海燕　省商务厅对外投资和经济合作处处长', FS, False, None)],
        '　　　许　晨　省国资委规划发展处处长',
        '　　　邱志强　厦门市商务局副局长',
        [('请假：', HT, False, None), ('李卫东　省财政厅副厅长（出差）', FS, False, None)],
    ]
    for a in att:
        b.clause(a if isinstance(a, list) else [(a, FS, False, None)],
                 first_indent=False, align='left')
    b.clause('记录人：林　珊　省商务厅综合处一级主任科员', first_indent=False, align='left')

    # 附件 page
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    add_p(d, [('附件', HT, False, None)], first_indent=False, align='left')
    empty(d, 1)
    add_p(d, [('2026年全省推进“一带一路”建设重点任务分工表', XBS, False, None)],
          align='center', first_indent=False, size=20, line=32)
    empty(d, 1, line=16)
    header = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限']
    rows = [
        ['1', '新增“丝路海运”命名航线15条以上', '省交通运输厅', '省港口集团、省财政厅', '2026年12月底前'],
        ['2', '“丝路海运”电子信息平台二期上线', '厦门海关', '福州海关、省商务厅', '2026年9月底前'],
        ['3', '“丝路海运”联盟运力池方案细化', '省港口集团', '省国资委', '2026年6月底前'],
        ['4', '中欧（厦门）班列开行450列', '厦门市人民政府', '省商务厅、厦门海关', '2026年12月底前'],
        ['5', '班列补贴退坡机制研究', '省发展改革委', '省财政厅', '2026年5月底前'],
        ['6', '培育认定省级公共海外仓10个以上', '省商务厅', '中国出口信用保险公司福建分公司', '2026年11月底前'],
        ['7', '跨境电商综试区年度工作要点报送', '福州、厦门、泉州市人民政府', '省商务厅', '2026年4月底前'],
    ]
    b.data_table(header, rows, [14, 50, 32, 38, 24], size=12)

    # 版记 as a layout table (top/bottom thick rules, thin inner rule)
    empty(d, 2)
    t = d.add_table(rows=2, cols=1)
    table_borders(t, {'top': ('single', 8), 'bottom': ('single', 8), 'insideH': ('single', 4)})
    c = t.rows[0].cells[0]
    cell_text(c, '分送：省推进“一带一路”建设工作领导小组成员单位，各设区市人民政府，平潭综合实验区管委会。',
              FS, 14, align='left')
    c.paragraphs[0].paragraph_format.left_indent = Pt(14)
    c.paragraphs[0].paragraph_format.first_line_indent = Pt(-14 * 3)
    c.paragraphs[0].paragraph_format.left_indent = Pt(14 * 4)
    c = t.rows[1].cells[0]
    cell_text(c, '福建省推进“一带一路”建设工作领导小组办公室　2026年3月18日印发',
              FS, 12, align='left')
    c.paragraphs[0].paragraph_format.left_indent = Pt(14)

    meta = {
        'title': '福建省推进“一带一路”建设工作领导小组第五次联席会议纪要',
        'doc_number': '〔2026〕3号',
        'issuer': [office],
        'date': '2026-03-18',
        'published': None,
        'level': 'provincial',
        'region': '福建省',
        'effective': None,
        'expires': None,
        'attachments': ['2026年全省推进“一带一路”建设重点任务分工表'],
        'doc_type': '纪要',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    }
    return d, [{'meta': meta, 'clauses': b.clauses}]


# =====================================================================
# 2. 青岛 — 会议纪要 第3期 (Word auto-numbered （一） items, soft breaks)
# =====================================================================
def make_qingdao():
    d = new_doc()
    add_page_number(d, style='fw')
    b = Builder(d)
    office = '青岛市推进“一带一路”建设工作领导小组办公室'
    num_ids = add_cn_paren_numbering(d, 4)

    empty(d, 1)
    add_p(d, [('会议纪要', XBS, False, RED)], align='center', first_indent=False,
          size=48, line=66)
    add_p(d, [('第3期', FS, False, None)], align='center', first_indent=False, before=10, after=6)
    # issuer left / date right, aligned with typed spaces
    p = add_p(d, [(office + '　　　2026年4月9日', FS, False, None)], align='left',
              first_indent=False, size=14, after=4)
    para_border(p, 'bottom', RED, 18)
    empty(d, 1)
    add_p(d, [('青岛市推进“一带一路”建设工作领导小组第十二次联席会议纪要', XBS, False, None)],
          align='center', first_indent=False, size=22, line=36)
    empty(d, 1)

    b.clause('2026年4月2日上午，市委常委、副市长、市推进“一带一路”建设工作领导小组副组长赵立新在市政府第一会议室主持召开领导小组第十二次联席会议，传达学习全省推进“一带一路”建设工作会议精神，听取市商务局关于2026年一季度全市“一带一路”建设工作进展情况的汇报，研究部署下一阶段重点工作。上合示范区管委会、青岛自贸片区管委会、青岛海关、市发展改革委、市交通运输局等单位作了发言。现纪要如下：')
    b.clause('会议指出，一季度全市对共建“一带一路”国家实现进出口1386.5亿元，同比增长7.2%，占全市外贸总额的比重提高到52.3%；中欧班列（齐鲁号）青岛方向累计开行238列，同比增长11.2%。各成员单位要坚持目标导向，确保上半年各项指标任务“双过半”。')

    sections = [
        ('一、关于上合示范区和国际物流通道建设', [
            ('加快多式联运中心建设。', '会议同意上合示范区管委会提出的多式联运中心二期工程建设计划，请市发展改革委协调将其纳入2026年市级重点项目，市自然资源和规划局做好用地保障，力争2026年10月底前主体完工。'),
            ('稳定中欧班列开行。', '2026年中欧班列（齐鲁号）青岛方向开行目标确定为1000列，其中“日韩—青岛—中亚”过境班列不少于200列。市交通运输局要会同上合示范区管委会加强与中国铁路济南局集团有限公司的沟通，争取增加图定班列线路。'),
            ('拓展海铁联运。', '青岛港集团要加大对海铁联运箱量的支持力度。会议原则同意对经青岛港中转的中亚、蒙古方向过境集装箱给予港口作业费用优惠，具体标准由青岛港集团制定后报市交通运输局备案。'),
        ]),
        ('二、关于中国（山东）自由贸易试验区青岛片区制度创新', [
            (None, '会议同意青岛自贸片区管委会报送的2026年制度创新任务清单（第一批）共28项，请青岛自贸片区管委会按季度报送进展情况。'),
            ('深化经贸规则对接。', '青岛自贸片区要在《区域全面经济伙伴关系协定》（RCEP）原产地累积规则应用、跨境数据流动等领域先行先试，2026年形成可复制推广经验2项以上。'),
            (None, '青岛海关要支持青岛自贸片区开展保税维修、保税再制造业务，对符合条件的企业实行“一企一策”监管。'),
        ]),
        ('三、关于跨境电商和综合保税区发展', [
            ('推动综合保税区提质升级。', '青岛前湾综合保税区、青岛胶州湾综合保税区、青岛西海岸综合保税区要对照综合保税区发展绩效评估有关指标，逐项补齐短板，力争在2026年度绩效评估中进入A类。'),
            ('做强跨境电商产业。', '市商务局要会同中国（青岛）跨境电子商务综合试验区各成员单位，推动跨境电商“9710”“9810”出口业务规模化发展，支持企业在共建“一带一路”国家建设公共海外仓。'),
            (None, '会议研究了跨境电商企业反映的出口退税周期较长问题，请国家税务总局青岛市税务局进一步优化出口退税流程，将一类、二类出口企业正常退税业务平均办理时间压缩至3个工作日以内。'),
        ]),
        ('四、关于外商投资促进', [
            (None, '市商务局要做好2026年上合组织国家投资贸易博览会筹备工作，力争签约外资项目30个以上，合同外资额10亿美元以上。'),
            ('完善外资服务机制。', '落实外商投资企业“服务管家”制度，对在谈的共建“一带一路”国家投资项目建立“一项目一专班”工作机制，市发展改革委、市商务局按职责做好外商投资项目核准、备案服务。'),
        ]),
    ]
    for si, (head, items) in enumerate(sections):
        b.heading(head)
        for ii, (h, rest) in enumerate(items, start=1):
            prefix = '（' + cn_num(ii) + '）'
            runs = []
            if h:
                runs.append((h, KT, False, None))
            runs.append((rest, FS, False, None))
            p = b.clause(runs, expect=prefix + (h or '') + rest, first_indent=False)
            set_num(p, num_ids[si])

    # paragraph indented by typed full-width spaces instead of first-line indent
    b.clause('　　会议要求，各成员单位要按照本次会议确定的分工，抓好议定事项落实，落实情况于2026年6月30日前书面报送市推进“一带一路”建设工作领导小组办公室（设在市商务局）。',
             first_indent=False)
    empty(d, 1)
    add_p(d, '（此件公开发布）', first_indent=True)
    empty(d, 1)

    # attendee lists: one paragraph per group, lines separated by soft line breaks
    b.lines_clause(['出席：赵立新　市委常委、副市长',
                    '　　　孙　伟　市政府副秘书长',
                    '　　　韩明杰　市商务局局长',
                    '　　　曲晓峰　市发展改革委副主任',
                    '　　　王　强　市交通运输局副局长',
                    '　　　姜文涛　青岛海关副关长',
                    '　　　刘海波　上合示范区管委会副主任',
                    '　　　崔　颖　青岛自贸片区管委会副主任'],
                   first_indent=False, align='left')
    b.lines_clause(['列席：杨　帆　国家税务总局青岛市税务局副局长',
                    '　　　徐志成　青岛港集团副总裁'],
                   first_indent=False, align='left')
    b.lines_clause(['请假：周　涛　市财政局局长（参加全省财政工作会议）'],
                   first_indent=False, align='left')
    b.clause('记录人：高　洁　市商务局综合处二级主任科员', first_indent=False, align='left')

    empty(d, 3)
    p = add_p(d, '分送：市推进“一带一路”建设工作领导小组成员单位，各区、市人民政府，青岛西海岸新区管委会。',
              first_indent=False, size=14, align='left', line=26)
    p.paragraph_format.left_indent = Pt(14 * 3)
    p.paragraph_format.first_line_indent = Pt(-14 * 3)
    para_border(p, 'top', '000000', 8)
    para_border(p, 'bottom', '000000', 4)
    p = add_p(d, office + '　2026年4月9日印发', first_indent=False, size=12, align='left', line=26)
    p.paragraph_format.left_indent = Pt(14)
    para_border(p, 'bottom', '000000', 8)

    meta = {
        'title': '青岛市推进“一带一路”建设工作领导小组第十二次联席会议纪要',
        'doc_number': '第3期',
        'issuer': [office],
        'date': '2026-04-09',
        'published': None,
        'level': 'municipal',
        'region': '青岛市',
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '纪要',
        'recipients': [],
        'publicity': '此件公开发布',
        'repeals': None,
    }
    return d, [{'meta': meta, 'clauses': b.clauses}]


# =====================================================================
# 3. 陕西 — 省商务厅、西安海关 会商纪要 陕商务会纪〔2026〕3号
# =====================================================================
def make_shaanxi():
    d = new_doc()
    add_page_number(d)
    b = Builder(d)

    # joint red header in a layout table: organs stacked left, 会商纪要 right
    empty(d, 1)
    t = d.add_table(rows=2, cols=2)
    table_borders(t, {})
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.rows[0].cells[0], '陕西省商务厅', XBS, 30, align='distribute', color=RED)
    cell_text(t.rows[1].cells[0], '西安海关', XBS, 30, align='distribute', color=RED)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    cell_text(m, '会商纪要', XBS, 36, align='center', color=RED)
    for row in t.rows:
        for cp in row.cells[0].paragraphs:
            cp.paragraph_format.line_spacing = Pt(46)
    set_col_widths(t, [100, 56])
    empty(d, 1)
    p = add_p(d, '陕商务会纪〔2026〕3号', align='center', first_indent=False, after=4)
    para_border(p, 'bottom', RED, 24)
    empty(d, 1)
    add_p(d, [('关于支持中欧班列（西安）集结中心和\n综合保税区高质量发展的会商纪要', XBS, False, None)],
          align='center', first_indent=False, size=22, line=36)
    empty(d, 1)

    b.clause('2026年5月14日下午，陕西省商务厅与西安海关在西安海关机关三楼第一会议室召开工作会商会。省商务厅党组书记、厅长王强，西安海关党委书记、关长刘建军出席会议并讲话，双方相关处室（部门）负责同志参加会议。会议通报了2026年1—4月全省外贸运行和口岸通关情况，围绕中欧班列（西安）集结中心建设、综合保税区高质量发展、自由贸易试验区监管创新和跨境电商发展等议题进行了深入会商，达成共识。现将会商议定事项纪要如下：')

    def runin(head, rest, hfont=HT):
        return [(head, hfont, False, None), (rest, FS, False, None)]

    b.clause(runin('一、共同推动中欧班列（西安）集结中心提质增效。', '双方同意以中欧班列“长安号”为依托，合力提升集结中心辐射带动能力，2026年力争开行量保持全国前列，重箱率稳定在99%以上。'))
    b.clause('（一）西安海关在西安国际港站持续推行“中欧班列+跨境电商”“中欧班列+保税”等监管模式，对集结中心“通平台”“区港联动”业务实行7×24小时预约通关。')
    b.clause('（二）省商务厅负责协调省内市场主体组织回程货源，推动企业在中欧班列沿线国家布局海外仓和分拨中心，2026年新增省级公共海外仓5个以上。')
    b.clause('（三）双方共同推进“长安号”与西部陆海新通道班列、“空中丝绸之路”国际货运航线的衔接，探索开展“铁海联运”“空铁联运”一单制试点。')

    b.clause(runin('二、支持综合保税区高质量发展。', '双方同意以绩效评估为抓手，推动全省综合保税区由“数量扩张”向“质量提升”转变。'))
    b.clause('（一）西安海关对西安综合保税区、西安高新综合保税区、西安航空基地综合保税区、西安关中综合保税区、宝鸡综合保税区、杨凌综合保税区实行分类指导，对2025年度绩效评估排名靠后的综合保税区开展“一区一策”帮扶。')
    b.clause('（二）省商务厅会同有关市人民政府，支持综合保税区发展保税研发、保税检测、保税维修等新业态，引导加工制造企业向区内集聚。')
    b.clause('（三）对于综合保税区内企业申请增值税一般纳税人资格试点的，双方共同加强与国家税务总局陕西省税务局的沟通协调，推动试点范围扩大到全省全部6个综合保税区。')

    b.clause(runin('三、深化自由贸易试验区监管制度创新。', '西安海关支持中国（陕西）自由贸易试验区中心片区、西安国际港务区片区、杨凌示范区片区复制推广自贸试验区改革试点经验。'))
    b.clause('（一）2026年底前，双方联合推出海关监管领域制度创新成果3项以上，成熟一项、上报一项。')
    b.clause('（二）双方联合梳理外商投资企业在通关、检验检疫方面的共性诉求，每半年开展一次“关企面对面”活动，对企业反映的问题实行清单化办理、限时办结。')

    b.clause(runin('四、推进跨境电子商务发展。', '支持中国（西安）跨境电子商务综合试验区扩大业务规模，双方重点做好以下工作：'))
    b.clause('1．西安海关优化跨境电商B2B出口监管，推广“跨境电商+市场采购”组合模式；')
    b.clause('2．省商务厅加快认定一批省级跨境电商产业园和公共服务平台，2026年全省跨境电商进出口额力争增长15%以上；')
    b.clause('3．双方共同推动跨境电商零售进口“网购保税+线下自提”模式在西安综合保税区试点运行。')

    b.clause(runin('五、建立常态化会商机制。', '双方同意将本次会商形成的工作机制固定下来，长期坚持。'))
    b.clause('（一）双方建立季度会商制度，原则上每季度召开一次，由省商务厅、西安海关轮流承办；遇重大事项可随时会商。')
    b.clause('（二）双方各明确一名处级干部担任联络员，省商务厅联络员设在对外贸易处，西安海关联络员设在口岸监管处。')
    b.clause('（三）2026年重点合作事项清单如下：')
    header = ['序号', '合作事项', '省商务厅责任处室', '西安海关责任部门', '完成时限']
    rows = [
        ['1', '集结中心7×24小时预约通关', '口岸处', '口岸监管处', '2026年6月底前'],
        ['2', '综合保税区“一区一策”帮扶', '开发区处', '自贸区和特殊区域发展处', '2026年9月底前'],
        ['3', '海关监管领域制度创新成果', '自贸试验区工作处', '综合业务处', '2026年12月底前'],
        ['4', '跨境电商B2B出口监管优化', '电子商务处', '综合业务处', '2026年8月底前'],
        ['5', '“关企面对面”活动', '外国投资管理处', '办公室', '每半年一次'],
    ]
    b.data_table(header, rows, [14, 54, 30, 34, 26], size=12)
    empty(d, 1, line=14)
    b.clause('本纪要自印发之日起执行，有效期至2027年12月31日。')
    empty(d, 1)

    att = [
        [('出席：', HT, False, None), ('王　强　省商务厅厅长', FS, False, None)],
        '　　　刘建军　西安海关关长',
        '　　　张　敏　省商务厅副厅长',
        '　　　马国栋　西安海关副关长',
        [('列席：', HT, False, None), ('赵　磊　省商务厅对外贸易处处长', FS, False, None)],
        '　　　何　静　省商务厅口岸处处长',
        '　　　陈卫平　西安海关口岸监管处处长',
        '　　　胡晓东　西安海关综合业务处处长',
    ]
    for a in att:
        b.clause(a if isinstance(a, list) else [(a, FS, False, None)],
                 first_indent=False, align='left')
    b.clause('记录人：李　娜　省商务厅对外贸易处四级调研员', first_indent=False, align='left')
    empty(d, 2)
    # 落款: two organs on one line, spaced by hand; date right-ish with trailing spaces
    add_p(d, '　　　　陕西省商务厅　　　　　　　　西安海关', first_indent=False, align='left')
    add_p(d, '2026年5月20日　　　　', first_indent=False, align='right')

    empty(d, 3)
    p = add_p(d, '抄送：商务部、海关总署，省人民政府办公厅。', first_indent=False, size=14,
              align='left', line=26)
    p.paragraph_format.left_indent = Pt(14)
    para_border(p, 'top', '000000', 8)
    para_border(p, 'bottom', '000000', 4)
    p = add_p(d, '陕西省商务厅办公室　　　　　　　　　　2026年5月20日印发', first_indent=False,
              size=14, align='left', line=26)
    p.paragraph_format.left_indent = Pt(14)
    para_border(p, 'bottom', '000000', 8)

    meta = {
        'title': '关于支持中欧班列（西安）集结中心和综合保税区高质量发展的会商纪要',
        'doc_number': '陕商务会纪〔2026〕3号',
        'issuer': ['陕西省商务厅', '西安海关'],
        'date': '2026-05-20',
        'published': None,
        'level': 'provincial',
        'region': '陕西省',
        'effective': '2026-05-20',
        'expires': '2027-12-31',
        'attachments': [],
        'doc_type': '纪要',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    }
    return d, [{'meta': meta, 'clauses': b.clauses}]


def main():
    expected = {}
    for stem, fn in [('blind667_fujian_jiyao', make_fujian),
                     ('blind667_qingdao_jiyao', make_qingdao),
                     ('blind667_shaanxi_huishang', make_shaanxi)]:
        doc, objs = fn()
        path = os.path.join(HERE, stem + '.docx')
        doc.save(path)
        expected[stem] = objs
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_667', '--headless',
                        '--convert-to', 'pdf', '--outdir', HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
