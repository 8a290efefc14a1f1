# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 242: four fictional Chinese government documents (docx + PDF via
LibreOffice) that carry 附件 the way offices really do, plus expected.json.

Run:  . /work/venv/bin/activate && python make_blind242.py
Everything is written next to this script (needs soffice; profile /tmp/lo_242).
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
ST = '宋体'
RED = RGBColor(0xFF, 0x00, 0x00)
ALIGN = {'left': WD_ALIGN_PARAGRAPH.LEFT, 'center': WD_ALIGN_PARAGRAPH.CENTER,
         'right': WD_ALIGN_PARAGRAPH.RIGHT, 'justify': WD_ALIGN_PARAGRAPH.JUSTIFY}


# ---------------------------------------------------------------- low level
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.insert(0, rfonts)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rfonts.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align='justify', first=0, left=0, right=0, line=28.95, before=0, after=0):
    pf = p.paragraph_format
    pf.alignment = ALIGN[align]
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.first_line_indent = Pt(first)
    pf.left_indent = Pt(left)
    pf.right_indent = Pt(right)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_border(p, side='bottom', sz=18, color='FF0000'):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement('w:pBdr')
    el = OxmlElement('w:' + side)
    el.set(qn('w:val'), 'single')
    el.set(qn('w:sz'), str(sz))
    el.set(qn('w:space'), '1')
    el.set(qn('w:color'), color)
    bdr.append(el)
    ppr.append(bdr)


def table_borders(table, spec):
    """spec: dict side -> sz (0 = none)."""
    tblpr = table._tbl.tblPr
    old = tblpr.find(qn('w:tblBorders'))
    if old is not None:
        tblpr.remove(old)
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + side)
        sz = spec.get(side, 0)
        if sz:
            el.set(qn('w:val'), 'single')
            el.set(qn('w:sz'), str(sz))
            el.set(qn('w:color'), spec.get('color', '000000'))
        else:
            el.set(qn('w:val'), 'nil')
        b.append(el)
    tblpr.append(b)


def set_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn('w:gridCol'))):
        gc.set(qn('w:w'), str(int(widths_mm[j] * 56.7)))
    for r in table.rows:
        for j, c in enumerate(r.cells):
            if j < len(widths_mm):
                c.width = Mm(widths_mm[j])


def field_runs(p, instr, font=ST, size=14):
    def r():
        run = p.add_run()
        set_font(run, font, size)
        return run
    a = r()._r
    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'begin'); a.append(e)
    b = r()._r
    e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = ' %s ' % instr; b.append(e)
    c = r()._r
    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'separate'); c.append(e)
    d = r(); d.text = '1'
    f = r()._r
    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end'); f.append(e)


def page_setup(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.top_margin, section.bottom_margin = Mm(28), Mm(26)
        section.left_margin, section.right_margin = Mm(37), Mm(35)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance = Mm(15)
    section.footer_distance = Mm(25)


def page_numbers(doc, first_page_blank=False):
    """GB/T 9704: '— N —', 4号半角宋体, odd pages right, even pages left (1 char in).
    first_page_blank: 信函格式 shows no number on the first page."""
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    if first_page_blank:
        sec.different_first_page_header_footer = True
        sec.first_page_footer.is_linked_to_previous = False
    for footer, align, key in ((sec.footer, 'right', 'right'), (sec.even_page_footer, 'left', 'left')):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        fmt(p, align=align, line=20, **{key: 14})
        r = p.add_run('— '); set_font(r, ST, 14)
        field_runs(p, 'PAGE')
        r = p.add_run(' —'); set_font(r, ST, 14)


def add_border_val(p, side, val, sz, color='FF0000'):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn('w:pBdr'))
    if bdr is None:
        bdr = OxmlElement('w:pBdr')
        ppr.append(bdr)
    el = OxmlElement('w:' + side)
    el.set(qn('w:val'), val)
    el.set(qn('w:sz'), str(sz))
    el.set(qn('w:space'), '1')
    el.set(qn('w:color'), color)
    bdr.append(el)


def cell_text(cell, segs, align='center', size=12, line=20, font=FS, first=0):
    """write into a table cell; segs is a string or a list of strings where '\\n' is a soft break"""
    p = cell.paragraphs[0]
    fmt(p, align=align, line=line, first=first)
    if isinstance(segs, str):
        segs = [segs]
    for s in segs:
        if s == '\n':
            p.add_run().add_break(WD_BREAK.LINE)
        else:
            set_font(p.add_run(s), font, size)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    th = OxmlElement('w:tblHeader'); th.set(qn('w:val'), 'true'); trpr.append(th)


def row_height(row, mm):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:trHeight'); h.set(qn('w:val'), str(int(mm * 56.7))); h.set(qn('w:hRule'), 'atLeast')
    trpr.append(h)


# ---------------------------------------------------------------- document builder
class Gongwen:
    def __init__(self, stem, letter=False):
        self.stem = stem
        self.doc = Document()
        st = self.doc.styles['Normal']
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn('w:eastAsia'), FS)
        page_setup(self.doc.sections[0])
        page_numbers(self.doc, first_page_blank=letter)
        self.clauses = []
        self.specific = {}
        self._pb = False

    def p(self, segs, align='justify', first=32, left=0, right=0, size=16, color=None,
          line=28.95, before=0, after=0):
        p = self.doc.add_paragraph()
        fmt(p, align=align, first=first, left=left, right=right, line=line, before=before, after=after)
        if self._pb:
            p.paragraph_format.page_break_before = True
            self._pb = False
        if isinstance(segs, str):
            segs = [(segs, FS, False)]
        for seg in segs:
            text, font, bold = seg[:3]
            if text == '\n':
                p.add_run().add_break(WD_BREAK.LINE)
                continue
            r = p.add_run(text)
            set_font(r, font, size, bold, color)
        return p

    def blank(self, n=1, line=28.95):
        for _ in range(n):
            self.p('', line=line)

    def page_break(self):
        self._pb = True

    def new_section(self, landscape=False):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        page_setup(sec, landscape=landscape)
        return sec

    def _rec(self, text, places):
        self.clauses.append(text)
        if places:
            self.specific[text] = list(places)

    # ---- 版头
    def bantou(self, organ, docno):
        self.p([(organ, XBS, False)], align='center', first=0, size=32, color=RED, line=48, before=24)
        self.blank(2)
        self.p([(docno, FS, False)], align='center', first=0)
        rule = self.doc.add_paragraph()
        add_border(rule, 'bottom', 18, 'FF0000')
        fmt(rule, line=6, after=20)

    def bantou_letter(self, organ, docno):
        """信函格式: organ name only, red double rule (thick over thin), 文号 right under it"""
        self.p([(organ, XBS, False)], align='center', first=0, size=30, color=RED, line=44, before=6)
        rule = self.doc.add_paragraph()
        add_border_val(rule, 'bottom', 'thickThinSmallGap', 24)
        fmt(rule, line=6, after=6)
        self.p([(docno, FS, False)], align='right', first=0, right=16)
        self.blank(1)

    def title(self, lines, soft=True):
        if soft:
            segs = []
            for i, ln in enumerate(lines):
                if i:
                    segs.append(('\n', None, False))
                segs.append((ln, XBS, False))
            self.p(segs, align='center', first=0, size=22, line=36)
        else:
            for ln in lines:
                self.p([(ln, XBS, False)], align='center', first=0, size=22, line=36)
        self.blank(1)

    def zhusong(self, text):
        self.p(text, first=0)

    def h1(self, text):
        self.p([(text, HT, False)])

    def h2(self, text):
        self.p([(text, KT, False)])

    def para(self, text, places=None, record=True):
        self.p(text)
        if record:
            self._rec(text, places)

    def item(self, label, text, places=None):
        self.p([(label, FS, False), (text, FS, False)])
        self._rec(label + text, places)

    def runin(self, head, text, places=None, head_font=KT, extra=()):
        self.p([(head, head_font, False), (text, FS, False)])
        for e in extra:
            self.p(e)
        self._rec('\n'.join([head + text] + list(extra)), places)

    # ---- closing parts
    def fujian_shuoming(self, items):
        self.blank(1)
        if len(items) == 1:
            self.p('附件：' + items[0], first=32)
        else:
            for i, it in enumerate(items):
                # GB/T 9704: a long name wraps under the first character of the name
                self.p(('附件：' if i == 0 else '') + '%d.%s' % (i + 1, it),
                       first=(-64 if i == 0 else -16), left=96)

    def luokuan(self, organ, date, blank_before=2):
        self.blank(blank_before)
        self.p(organ, align='right', first=0, right=64)
        self.p(date, align='right', first=0, right=48)

    def fuzhu(self, text):
        self.p(text, first=32)

    def fujian_label(self, label, title_lines, new_page=True):
        if new_page:
            self.page_break()
        self.p([(label, HT, False)], align='left', first=0)
        self.blank(1, line=20)
        segs = []
        for i, ln in enumerate(title_lines):
            if i:
                segs.append(('\n', None, False))
            segs.append((ln, XBS, False))
        self.p(segs, align='center', first=0, size=22, line=36, after=12)

    def banji(self, chaosong, yinfa_organ, yinfa_date, blank_before=3):
        self.blank(blank_before)
        t = self.doc.add_table(rows=2 if yinfa_organ else 1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(t, {'top': 8, 'bottom': 8, 'insideH': 4})
        top = t.cell(0, 0).merge(t.cell(0, 1))
        p = top.paragraphs[0]
        fmt(p, align='justify', left=14, right=14, line=26, before=4, after=4)
        set_font(p.add_run(chaosong), FS, 14)
        if yinfa_organ:
            p = t.cell(1, 0).paragraphs[0]
            fmt(p, align='left', left=14, line=26, before=4, after=4)
            set_font(p.add_run(yinfa_organ), FS, 14)
            p = t.cell(1, 1).paragraphs[0]
            fmt(p, align='right', right=14, line=26, before=4, after=4)
            set_font(p.add_run(yinfa_date), FS, 14)
        set_widths(t, [78, 78])

    def save(self):
        path = os.path.join(HERE, self.stem + '.docx')
        self.doc.save(path)
        return path

    def expected_doc(self, meta):
        spec = {}
        for text, places in self.specific.items():
            key = text[:24].rstrip()
            assert len(key) >= 15, key
            n = sum(1 for c in self.clauses if c.startswith(key))
            assert n == 1, (key, n)
            spec[key] = places
        assert len(set(self.clauses)) == len(self.clauses)
        return {'meta': meta, 'clauses': list(self.clauses), 'applies_to': {'specific': spec}}


# =====================================================================
# 1. 江苏省商务厅 通知 with three 附件: 申报指南 / 申报表 / 承诺书
# =====================================================================
JS_ATT = ['2025年度省级跨境电商专项资金项目申报指南',
          '2025年度省级跨境电商专项资金项目申报表',
          '承诺书']


def make_jiangsu():
    g = Gongwen('blind242_jiangsu_tongzhi')
    g.bantou('江苏省商务厅文件', '苏商电〔2025〕46号')
    title = '江苏省商务厅关于组织申报2025年度省级跨境电子商务公共海外仓和产业园区专项资金项目的通知'
    g.title(['江苏省商务厅关于组织申报2025年度',
             '省级跨境电子商务公共海外仓和产业园区',
             '专项资金项目的通知'], soft=False)
    g.zhusong('各设区市商务局，昆山市、泰兴市、沭阳县商务局：')
    g.para('为加快发展跨境电商等外贸新业态，培育外贸新动能，根据《江苏省省级商务发展专项资金管理办法》，'
           '现就组织申报2025年度省级跨境电子商务公共海外仓和产业园区专项资金项目有关事项通知如下。')
    g.runin('一、申报范围和条件。', '申报范围、申报条件、支持标准和申报材料要求详见《2025年度省级跨境电商专项资金项目申报指南》（附件1）。',
            head_font=HT)
    g.h1('二、申报程序')
    g.runin('（一）企业申报。', '符合条件的企业在线填报《申报表》（附件2），并将申报材料和《承诺书》（附件3）纸质版'
            '报送所在设区市商务局（昆山市、泰兴市、沭阳县企业报送所在县（市）商务局）。')
    g.runin('（二）审核推荐。', '各设区市商务局会同同级财政部门对申报材料的真实性、完整性进行审核，于2025年5月30日前将推荐文件、'
            '项目汇总表及申报材料报送省商务厅（电子商务处），逾期不予受理。')
    g.runin('（三）评审公示。', '省商务厅组织专家评审，评审结果在省商务厅门户网站公示5个工作日。')
    g.runin('三、加强资金监管。', '获得支持的项目单位要专款专用，自觉接受财政、审计和商务部门的监督检查。'
            '对以虚报、冒领等手段骗取专项资金的，依法依规追回资金并纳入信用记录。', head_font=HT)
    g.fujian_shuoming(JS_ATT)
    g.luokuan('江苏省商务厅', '2025年4月18日', blank_before=2)
    g.fuzhu('（此件公开发布）')

    # ---------- 附件1 申报指南
    g.fujian_label('附件1', ['2025年度省级跨境电商专项资金', '项目申报指南'])
    g.h1('一、支持方向')
    g.runin('（一）公共海外仓项目。', '支持我省企业在境外自建或租赁、面向中小外贸企业提供仓储、分拨、退换货等公共服务的海外仓，'
            '重点支持布局在共建“一带一路”国家和地区、RCEP成员国的海外仓，如在越南胡志明市、泰国曼谷、阿联酋迪拜等地设立的海外仓。')
    g.runin('（二）跨境电商产业园区项目。', '支持省级跨境电子商务产业园区完善孵化培训、仓储物流、通关申报等公共服务功能。')
    g.h1('二、申报条件')
    g.h2('（一）公共海外仓项目')
    g.item('1.', '申报主体为在我省依法注册、具有独立法人资格的企业，近三年未发生严重失信行为。')
    g.item('2.', '海外仓面积不低于5000平方米，2024年服务省内外贸企业不少于50家。')
    g.item('3.', '具备海外仓信息化管理系统，能够与江苏省跨境电子商务公共服务平台实现数据对接。')
    g.h2('（二）跨境电商产业园区项目')
    g.item('1.', '申报主体为省级跨境电子商务产业园区的运营主体。')
    g.item('2.', '园区入驻跨境电商企业不少于50家，2024年园区跨境电商交易额不低于5亿元。')
    g.item('3.', '位于徐州、淮安、盐城、连云港、宿迁5市的园区，入驻企业数量可放宽至30家，交易额可放宽至2亿元。',
           ['徐州市', '淮安市', '盐城市', '连云港市', '宿迁市'])
    g.item('4.', '对位于中国（江苏）自由贸易试验区苏州片区和昆山综合保税区内、开展跨境电商网购保税进口（“1210”）业务的园区，同等条件下优先支持。',
           ['苏州片区', '昆山综合保税区'])
    g.h1('三、支持标准')
    g.runin('（一）', '公共海外仓项目，按2024年实际投入的30%给予支持，单个项目最高不超过200万元。', head_font=FS)
    g.runin('（二）', '跨境电商产业园区项目，按2024年实际投入的40%给予支持，单个园区最高不超过300万元。', head_font=FS)
    g.h1('四、申报材料')
    g.para('申报单位须提交以下材料（一式三份，加盖公章）：')
    g.item('1.', '《申报表》（附件2）；')
    g.item('2.', '营业执照复印件；')
    g.item('3.', '项目实际投入的合同、发票及付款凭证等证明材料；')
    g.item('4.', '2024年度财务审计报告；')
    g.item('5.', '《承诺书》（附件3）。')

    # ---------- 附件2 申报表 (form)
    g.fujian_label('附件2', [JS_ATT[1]])
    g.p('填报单位（盖章）：____________　　填报日期：　年　月　日', first=0, size=14, line=26)
    W = [36, 42, 34, 42]
    t = g.doc.add_table(rows=0, cols=4)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER

    def row(cells, height=8):
        r = t.add_row()
        row_height(r, height)
        return r

    def lab(c, text):
        cell_text(c, text, size=10.5, font=FS, line=16)

    # one-label rows span the value over three cells
    def full_row(label, value='', height=8, align='left'):
        r = row(None, height)
        lab(r.cells[0], label)
        m = r.cells[1].merge(r.cells[3])
        if value:
            cell_text(m, value, align=align, size=10.5, line=16)
        return r

    def two_row(l1, l2):
        r = row(None)
        lab(r.cells[0], l1)
        lab(r.cells[2], l2)
        return r

    full_row('单位名称')
    two_row('统一社会信用代码', '注册地址')
    full_row('申报类别', '□跨境电商公共海外仓　　□跨境电商产业园区')
    two_row('项目名称', '项目所在地')
    two_row('项目总投资（万元）', '申请资金（万元）')
    two_row('联系人', '联系电话')
    full_row(['项目基本情况', '\n', '（限500字）'], height=17)
    # investment breakdown: a sub-header and blank rows to fill
    r = row(None)
    for j, h in enumerate(['序号', '投入内容', '金额（万元）', '凭证编号']):
        cell_text(r.cells[j], h, size=10.5, font=HT, line=16)
    for _ in range(3):
        row(None, 7)
    r = row(None, 7)
    lab(r.cells[0], '合计')
    full_row('申报单位意见', ['\n', '（盖章）　　　　　', '\n', '年　　月　　日　　　'], height=15, align='right')
    full_row('设区市商务局推荐意见', ['\n', '（盖章）　　　　　', '\n', '年　　月　　日　　　'], height=15, align='right')
    full_row('备注', '跨境电商产业园区类项目须同时报送园区入驻企业名单。')
    set_widths(t, W)
    # clauses from the form: only labelled rows that hold printed text
    g._rec('申报类别：□跨境电商公共海外仓　　□跨境电商产业园区', None)
    g._rec('备注：跨境电商产业园区类项目须同时报送园区入驻企业名单。', None)
    g.p([('填表说明：', HT, False)], first=0, size=12, line=20, before=4)
    for lbl, txt in (('1.', '本表一个项目填写一张，“申报类别”栏在对应方框内打“√”。'),
                     ('2.', '“申请资金”按申报指南规定的支持比例和上限测算，金额保留两位小数。'),
                     ('3.', '“项目投入明细”不够填写的，可另附页。')):
        g.p(lbl + txt, first=24, size=12, line=20)
        g._rec(lbl + txt, None)

    # ---------- 附件3 承诺书
    g.fujian_label('附件3', ['承　诺　书'])
    g.p('江苏省商务厅：', first=0)
    g.para('本单位自愿申报2025年度省级跨境电子商务公共海外仓和产业园区专项资金项目，现郑重承诺如下：')
    g.item('一、', '所提交的申报材料真实、准确、完整，不存在虚报、冒领、重复申报等情形。')
    g.item('二、', '本项目未获得其他省级财政专项资金支持。')
    g.item('三、', '近三年内本单位未发生严重失信行为，未被列入严重违法失信主体名单。')
    g.item('四、', '获得支持后，严格按照规定使用专项资金，自觉接受财政、审计和商务部门的监督检查。')
    g.para('如违反上述承诺，本单位自愿退回已获得的专项资金，并承担相应法律责任。')
    g.blank(1)
    g.p([('法定代表人（签字）：', FS, False), ('\n', None, False), ('承诺单位（盖章）：', FS, False)],
        align='left', first=0, left=200, line=26)
    g.p('日期：　　　年　　月　　日', align='left', first=0, left=200, line=26)
    g.banji('抄送：省财政厅。', '江苏省商务厅办公室', '2025年4月21日印发', blank_before=0)
    g.save()
    meta = {
        'title': title,
        'doc_number': '苏商电〔2025〕46号',
        'issuer': ['江苏省商务厅'],
        'date': '2025-04-18',
        'published': '2025-04-21',
        'level': 'provincial',
        'region': '江苏省',
        'effective': None,
        'expires': None,
        'attachments': list(JS_ATT),
        'doc_type': '通知',
        'recipients': ['各设区市商务局', '昆山市、泰兴市、沭阳县商务局'],
        'publicity': '此件公开发布',
        'repeals': None,
    }
    return g, meta


# =====================================================================
# 2. 四川省发展和改革委员会 通知: 附件1 landscape project list, 附件2 （略）
# =====================================================================
SC_ATT = ['2025年四川省推进共建“一带一路”重点项目清单', '重点项目推进情况季度调度表']


def make_sichuan():
    g = Gongwen('blind242_sichuan_tongzhi')
    g.bantou('四川省发展和改革委员会文件', '川发改开放〔2025〕72号')
    title = '四川省发展和改革委员会关于印发2025年四川省推进共建“一带一路”重点项目清单的通知'
    g.title(['四川省发展和改革委员会关于印发', '2025年四川省推进共建“一带一路”', '重点项目清单的通知'], soft=False)
    g.zhusong('各市（州）发展改革委，省直有关部门，有关企业：')
    g.para('为深入贯彻落实省委、省政府关于深度融入共建“一带一路”的决策部署，加快推进一批强基础、增功能、利长远的重大项目，'
           '现将《2025年四川省推进共建“一带一路”重点项目清单》（以下简称《清单》）印发给你们，并就有关事项通知如下。')
    g.runin('一、加快项目建设。', '各市（州）发展改革委和项目业主要对照《清单》明确的年度计划投资，细化施工组织和资金安排，'
            '确保新开工项目6月底前全部开工、续建项目按计划推进。', head_font=HT)
    g.runin('二、强化通道项目协同。', '成都市要加快成都国际铁路港扩能改造，提升中欧班列（成渝）集结和分拨能力；'
            '泸州市、宜宾市要加快港口集疏运体系建设，推动长江上游港口与西部陆海新通道高效衔接。',
            ['成都市', '泸州市', '宜宾市'], head_font=HT)
    g.runin('三、强化要素保障。', '省直有关部门要在用地、用能、环评等方面对《清单》项目给予支持，'
            '对纳入国家中欧班列集结中心示范工程的项目优先安排中央预算内投资。', head_font=HT)
    g.runin('四、建立调度机制。', '各市（州）发展改革委要于每季度首月10日前，按照《重点项目推进情况季度调度表》（附件2）'
            '报送上季度项目进展情况。', head_font=HT)
    g.para('《清单》实施中确需调整的，由项目所在市（州）发展改革委提出申请，报省发展改革委审核后统一调整。')
    g.fujian_shuoming(SC_ATT)
    g.luokuan('四川省发展和改革委员会', '2025年2月26日', blank_before=2)
    g.fuzhu('（此件主动公开）')

    # ---------- 附件1 in a landscape section
    g.new_section(landscape=True)
    g.p([('附件1', HT, False)], align='left', first=0)
    g.p([(SC_ATT[0], XBS, False)], align='center', first=0, size=20, line=34, after=6)
    g.p('单位：亿元', align='right', first=0, size=12, line=20)
    headers = ['序号', '项目名称', '建设地点', '主要建设内容', '总投资', ['2025年', '\n', '计划投资'], '项目业主', '备注']
    hnames = ['序号', '项目名称', '建设地点', '主要建设内容', '总投资', '2025年计划投资', '项目业主', '备注']
    groups = [
        ('一、国际物流通道项目（3个）', [
            ['1', '成都国际铁路港扩能改造工程', '成都市青白江区', '新建到发线6条、集装箱作业区12万平方米，年集装箱作业能力提升至150万标箱',
             '86.5', '21.0', '成都国际铁路港投资发展有限公司', '续建'],
            ['2', '泸州港多式联运枢纽（二期）', '泸州市龙马潭区', '建设铁水联运专用线3.2公里、多用途泊位2个',
             '42.3', '9.8', '泸州港航投资集团有限公司', '续建'],
            ['3', '宜宾港志城作业区二期工程', '宜宾市翠屏区', '建设3000吨级集装箱泊位4个，年吞吐能力60万标箱',
             '38.6', '8.5', '宜宾临港港务有限公司', '新开工'],
        ]),
        ('二、开放平台和产业合作项目（4个）', [
            ['4', '天府国际空港综合保税区跨境电商监管中心', '成都东部新区', '建设跨境电商监管中心、保税仓储及配套设施18万平方米',
             '24.8', '6.2', '成都东部新区临空产业投资有限公司', '新开工'],
            ['5', '德阳国际装备制造合作产业园（一期）', '德阳市旌阳区', '建设面向共建“一带一路”国家的重型装备出口组装及检测基地',
             '31.2', '7.5', '德阳市国际产业合作投资有限公司', ''],
            ['6', '绵阳综合保税区保税研发检测中心', '绵阳市游仙区', '建设保税研发、检测维修公共服务平台及标准厂房6万平方米',
             '12.4', '3.6', '绵阳科技城产业投资有限公司', '续建'],
            ['7', '川南临港跨境贸易综合服务中心', '泸州市江阳区', '建设进出口商品展示交易、跨境结算和国际货代服务中心',
             '15.0', '4.1', '泸州临港投资集团有限公司', '新开工'],
        ]),
    ]
    allrows = [r for _, rs in groups for r in rs]
    tot = '%.1f' % sum(float(r[4]) for r in allrows)
    plan = '%.1f' % sum(float(r[5]) for r in allrows)
    ncol = len(headers)
    nrows = 1 + 1 + sum(1 + len(rs) for _, rs in groups)
    t = g.doc.add_table(rows=nrows, cols=ncol)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(headers):
        cell_text(t.cell(0, j), h, size=11, font=HT)
    repeat_header(t.rows[0])
    # 合计 row right under the header; '合计' spans 序号 and 项目名称
    m = t.cell(1, 0).merge(t.cell(1, 1))
    cell_text(m, '合计', size=11, font=HT)
    cell_text(t.cell(1, 4), tot, size=11)
    cell_text(t.cell(1, 5), plan, size=11)
    g._rec('序号：合计；总投资：%s；2025年计划投资：%s' % (tot, plan), None)
    i = 2
    for gname, rs in groups:
        m = t.cell(i, 0).merge(t.cell(i, ncol - 1))
        cell_text(m, gname, align='left', size=11, font=HT)
        i += 1
        for r in rs:
            for j, v in enumerate(r):
                if v:
                    cell_text(t.cell(i, j), v, align='center' if len(v) <= 8 else 'left', size=11)
            i += 1
            g._rec('；'.join('%s：%s' % (h, v) for h, v in zip(hnames, r) if v), [r[2]])
    set_widths(t, [10, 42, 25, 62, 15, 18, 34, 19])

    # ---------- 附件2 printed only as （略）, then 版记, back in portrait
    g.new_section(landscape=False)
    g.p([('附件2', HT, False)], align='left', first=0)
    g.blank(1, line=20)
    g.p([(SC_ATT[1], XBS, False)], align='center', first=0, size=22, line=36)
    g.p('（略）', align='center', first=0)
    g.banji('抄送：省推进“一带一路”建设工作领导小组各成员单位，国家开发银行四川省分行，中国进出口银行四川省分行。',
            '四川省发展和改革委员会办公室', '2025年2月27日印发', blank_before=12)
    g.save()
    meta = {
        'title': title,
        'doc_number': '川发改开放〔2025〕72号',
        'issuer': ['四川省发展和改革委员会'],
        'date': '2025-02-26',
        'published': '2025-02-27',
        'level': 'provincial',
        'region': '四川省',
        'effective': None,
        'expires': None,
        'attachments': list(SC_ATT),
        'doc_type': '通知',
        'recipients': ['各市（州）发展改革委', '省直有关部门', '有关企业'],
        'publicity': '此件主动公开',
        'repeals': None,
    }
    return g, meta


# =====================================================================
# 3. 湖南省人民政府办公厅 通知 印发 two 方案, each after its own 附件N label
# =====================================================================
HN_ATT = ['湖南省跨境电商高质量发展三年行动方案（2025—2027年）', '湖南省口岸提质增效实施方案']


def make_hunan():
    g = Gongwen('blind242_hunan_tongzhi')
    g.bantou('湖南省人民政府办公厅文件', '湘政办发〔2025〕21号')
    title = ('湖南省人民政府办公厅关于印发《湖南省跨境电商高质量发展三年行动方案（2025—2027年）》'
             '和《湖南省口岸提质增效实施方案》的通知')
    g.title(['湖南省人民政府办公厅关于印发', '《湖南省跨境电商高质量发展三年行动方案', '（2025—2027年）》和《湖南省口岸', '提质增效实施方案》的通知'], soft=True)
    g.zhusong('各市州、县市区人民政府，省政府各厅委、各直属机构：')
    g.para('《湖南省跨境电商高质量发展三年行动方案（2025—2027年）》和《湖南省口岸提质增效实施方案》已经省人民政府同意，'
           '现印发给你们，请结合实际认真贯彻落实。')
    g.fujian_shuoming(HN_ATT)
    # 落款 would stand alone on page 2: offices mark such a page （此页无正文）
    g.page_break()
    g.p('（此页无正文）', first=32)
    g.luokuan('湖南省人民政府办公厅', '2025年6月9日', blank_before=3)
    g.fuzhu('（此件公开发布）')

    # ---------- 附件1: 三年行动方案 (page break before)
    g.fujian_label('附件1', ['湖南省跨境电商高质量发展三年行动方案', '（2025—2027年）'])
    g.para('为抢抓跨境电商发展机遇，推动我省跨境电商规模扩大、结构优化、质量提升，更好服务湖南打造内陆地区改革开放高地，'
           '结合我省实际，制定本方案。')
    g.h1('一、总体目标')
    g.para('到2027年，全省跨境电商进出口额突破1000亿元，培育年交易额超10亿元的跨境电商企业30家以上，'
           '建设省级跨境电商产业园30个以上，跨境电子商务综合试验区建设水平走在中部地区前列。')
    g.h1('二、重点任务')
    g.h2('（一）壮大跨境电商经营主体')
    g.item('1.', '支持长沙市建设跨境电商总部基地，引进培育平台型、服务型龙头企业，对新落户的全国性跨境电商平台区域总部按规定给予奖励。'
           '（责任单位：长沙市人民政府，省商务厅）', ['长沙市'])
    g.item('2.', '推动“跨境电商+产业带”发展，支持各市州依托特色产业集群开展跨境电商应用全覆盖行动，'
           '打造浏阳花炮、醴陵陶瓷、邵东箱包等一批跨境电商出口品牌。（责任单位：各市州人民政府，省商务厅）')
    g.h2('（二）完善物流和通关体系')
    g.item('1.', '支持岳阳市依托城陵矶港开通至东盟国家的跨境电商海运专线，推动跨境电商货物江海联运“一次申报、一次查验、一次放行”。'
           '（责任单位：岳阳市人民政府，长沙海关、省商务厅）', ['岳阳市'])
    g.item('2.', '在中国（湖南）自由贸易试验区郴州片区开展跨境电商零售进口退货中心仓试点，探索“保税+跨境电商”融合发展模式。'
           '（责任单位：郴州市人民政府，长沙海关）', ['郴州片区'])
    g.item('3.', '鼓励企业在共建“一带一路”国家和地区布局海外仓，对新认定的省级公共海外仓按规定给予支持。'
           '（责任单位：省商务厅、省财政厅）')
    g.h1('三、保障措施')
    g.runin('（一）加强组织领导。', '省商务厅牵头建立全省跨境电商发展工作协调机制，定期调度重点任务推进情况，协调解决重大问题。')
    g.runin('（二）加大政策支持。', '统筹用好省级商务发展专项资金，对跨境电商重点项目、公共服务平台和人才培训给予支持。')

    # ---------- 附件2: 口岸方案, in its own section
    g.new_section(landscape=False)
    g.p([('附件2', HT, False)], align='left', first=0)
    g.blank(1, line=20)
    g.p([(HN_ATT[1], XBS, False)], align='center', first=0, size=22, line=36, after=12)
    g.para('为进一步提升口岸通关效率和服务能力，持续优化口岸营商环境，制定本方案。')
    g.h1('一、工作目标')
    g.para('到2026年底，全省口岸整体通关时间较2024年压缩10%以上，口岸收费进一步规范透明，口岸营商环境进入全国内陆省份前列。')
    g.h1('二、主要措施')
    g.runin('（一）推进航空口岸扩大开放。', '支持长沙市加快长沙黄花国际机场T3航站楼口岸查验设施建设，推动第五航权航线常态化运营。'
            '（责任单位：长沙市人民政府，省机场管理集团、长沙海关、长沙边检总站）', ['长沙市'])
    g.runin('（二）提升水运口岸能级。', '支持岳阳市推动城陵矶港与上海洋山港开展“联动接卸”业务，实现进出口货物“一次申报、一次查验、一次放行”。'
            '（责任单位：岳阳市人民政府，长沙海关）', ['岳阳市'])
    g.runin('（三）优化通关流程。', '全面推广“提前申报”“两段准入”等通关模式，推进进口货物“船边直提”、出口货物“抵港直装”。'
            '（责任单位：长沙海关、省商务厅）')
    g.runin('（四）规范口岸收费。', '严格落实口岸收费目录清单制度，清单之外一律不得收费，每季度开展一次口岸收费专项检查。'
            '（责任单位：省发展改革委、省市场监管局、省商务厅）')
    g.runin('（五）建设国际陆港。', '支持怀化市依托怀化国际陆港申建铁路对外开放口岸，常态化开行至越南、老挝的国际货运班列。'
            '（责任单位：怀化市人民政府，省商务厅、长沙海关）', ['怀化市'])
    g.h1('三、保障措施')
    g.runin('（一）强化协同联动。', '省商务厅（省口岸办）会同长沙海关、长沙边检总站等口岸查验单位建立联席会议制度，每半年召开一次会议。')
    g.runin('（二）强化督促考核。', '将口岸通关效率和收费规范情况纳入对市州开放型经济工作的考核评价内容。')
    g.banji('抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省高级人民法院，省人民检察院，长沙海关。',
            '湖南省人民政府办公厅', '2025年6月10日印发', blank_before=4)
    g.save()
    meta = {
        'title': title,
        'doc_number': '湘政办发〔2025〕21号',
        'issuer': ['湖南省人民政府办公厅'],
        'date': '2025-06-09',
        'published': '2025-06-10',
        'level': 'provincial',
        'region': '湖南省',
        'effective': None,
        'expires': None,
        'attachments': list(HN_ATT),
        'doc_type': '通知',
        'recipients': ['各市州、县市区人民政府', '省政府各厅委、各直属机构'],
        'publicity': '此件公开发布',
        'repeals': None,
    }
    return g, meta


# =====================================================================
# 4. 南宁市商务局 函 (信函格式) with a 联系人名单 table
# =====================================================================
NN_ATT = '南宁市跨境电子商务工作联络员名单'


def make_nanning():
    g = Gongwen('blind242_nanning_han', letter=True)
    g.bantou_letter('南宁市商务局', '南商务函〔2025〕36号')
    title = '南宁市商务局关于建立南宁市跨境电子商务工作联络员机制的函'
    g.title(['南宁市商务局关于建立南宁市跨境电子商务', '工作联络员机制的函'], soft=True)
    g.zhusong('市发展改革委、市财政局、市交通运输局，南宁海关，中国（广西）自由贸易试验区南宁片区管委会，南宁综合保税区管委会：')
    g.para('为贯彻落实《中国（南宁）跨境电子商务综合试验区实施方案》，加强部门协同，及时协调解决跨境电商发展中的困难和问题，'
           '经研究，我局拟建立南宁市跨境电子商务工作联络员机制。现将有关事项函告如下：')
    g.runin('一、联络员职责。', '联络员负责本单位与市商务局的日常工作对接，收集反馈跨境电商企业诉求，跟踪落实联络员会议议定事项。', head_font=HT)
    g.runin('二、工作机制。', '联络员会议原则上每季度召开一次，由市商务局召集，遇重大事项可临时召开。'
            '各成员单位提出的议题，请于会前5个工作日报市商务局。', head_font=HT)
    g.runin('三、开展重点企业监测。', '对中国（广西）自由贸易试验区南宁片区和南宁综合保税区内年进出口额超过1亿元的跨境电商企业，'
            '实行“一企一联络员”服务，由所在园区联络员每月跟踪企业经营情况和诉求。', ['南宁片区', '南宁综合保税区'], head_font=HT)
    g.runin('四、核对联络员名单。', '我局已根据各单位推荐情况汇总形成联络员名单（见附件），请各单位于2025年3月14日前予以核对，'
            '如有调整请函告市商务局（对外贸易发展科）。联络员如有变动，请及时告知。', head_font=HT)
    g.p('特此函告。', first=32)
    g.fujian_shuoming([NN_ATT])
    g.luokuan('南宁市商务局', '2025年3月6日', blank_before=3)
    g.fuzhu('（联系人：陆海燕，联系电话：0771-5512318）')
    g.fuzhu('（此件依申请公开）')

    # ---------- 附件: 联络员名单 table, 单位 merged vertically
    g.fujian_label('附件', [NN_ATT])
    headers = ['单位', '姓名', '职务', '电话']
    rows = [
        ['南宁市商务局', '覃志刚', '对外贸易发展科科长', '0771-5512306'],
        ['南宁市商务局', '陆海燕', '对外贸易发展科四级主任科员', '0771-5512318'],
        ['南宁市发展和改革委员会', '韦振华', '开放合作科副科长', '0771-5560213'],
        ['南宁市财政局', '黄丽娟', '经济建设科科员', '0771-5538842'],
        ['南宁市交通运输局', '梁　俊', '物流发展科副科长', '0771-5610537'],
        ['南宁海关', '莫文斌', '综合业务科副科长', '0771-2396415'],
        ['中国（广西）自由贸易试验区南宁片区管委会', '李明远', '产业发展局副局长', '0771-5771026'],
        ['中国（广西）自由贸易试验区南宁片区管委会', '潘晓琳', '产业发展局科员', '0771-5771035'],
        ['南宁综合保税区管委会', '蒙家豪', '招商服务部部长', '0771-4730618'],
    ]
    t = g.doc.add_table(rows=1 + len(rows), cols=4)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(headers):
        cell_text(t.cell(0, j), h, size=12, font=HT, line=22)
    repeat_header(t.rows[0])
    for i, r in enumerate(rows):
        row_height(t.rows[i + 1], 10)
        for j, v in enumerate(r):
            if j == 0 and i > 0 and rows[i - 1][0] == v:
                continue
            cell_text(t.cell(i + 1, j), v, size=12, line=22)
    i = 0
    while i < len(rows):
        k = i
        while k + 1 < len(rows) and rows[k + 1][0] == rows[i][0]:
            k += 1
        if k > i:
            t.cell(i + 1, 0).merge(t.cell(k + 1, 0))
        i = k + 1
    set_widths(t, [52, 19, 45, 40])
    for r in rows:
        # '梁　俊': the full-width space only pads a two-character name
        g._rec('；'.join('%s：%s' % (h, v.replace('　', '')) for h, v in zip(headers, r)), None)
    # 信函格式: 抄送 at the foot, no 印发机关/印发日期
    g.banji('抄送：广西壮族自治区商务厅，市人民政府办公室。', None, None, blank_before=1)
    g.save()
    meta = {
        'title': title,
        'doc_number': '南商务函〔2025〕36号',
        'issuer': ['南宁市商务局'],
        'date': '2025-03-06',
        'published': None,
        'level': 'municipal',
        'region': '南宁市',
        'effective': None,
        'expires': None,
        'attachments': [NN_ATT],
        'doc_type': '函',
        'recipients': ['市发展改革委', '市财政局', '市交通运输局', '南宁海关',
                       '中国（广西）自由贸易试验区南宁片区管委会', '南宁综合保税区管委会'],
        'publicity': '此件依申请公开',
        'repeals': None,
    }
    return g, meta


def to_pdf(path):
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo_242',
                    '--convert-to', 'pdf', '--outdir', HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for maker in (make_jiangsu, make_sichuan, make_hunan, make_nanning):
        g, meta = maker()
        expected[g.stem] = [g.expected_doc(meta)]
        to_pdf(os.path.join(HERE, g.stem + '.docx'))
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for k, v in expected.items():
        print(k, len(v[0]['clauses']), 'clauses,', len(v[0]['applies_to']['specific']), 'specific')


if __name__ == '__main__':
    main()
