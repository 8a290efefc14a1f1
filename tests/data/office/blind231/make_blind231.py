# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 231: four fictional Chinese government documents (docx + PDF)
whose tasks name the place where they apply mid-sentence, plus expected.json.

Run:  . /work/venv/bin/activate && python make_blind231.py
Everything is written next to this script.
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


def page_numbers(doc):
    """GB/T 9704: '— N —', 4号半角宋体, odd pages right, even pages left (1 char in)."""
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    for footer, align, key in ((sec.footer, 'right', 'right'), (sec.even_page_footer, 'left', 'left')):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        fmt(p, align=align, line=20, **{key: 14})
        r = p.add_run('— '); set_font(r, ST, 14)
        field_runs(p, 'PAGE')
        r = p.add_run(' —'); set_font(r, ST, 14)


# ---------------------------------------------------------------- document builder
class Gongwen:
    def __init__(self, stem):
        self.stem = stem
        self.doc = Document()
        st = self.doc.styles['Normal']
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn('w:eastAsia'), FS)
        page_setup(self.doc.sections[0])
        page_numbers(self.doc)
        self.clauses = []
        self.specific = {}

    # generic paragraph made of (text, font, bold) segments
    def p(self, segs, align='justify', first=32, left=0, right=0, size=16, color=None,
          line=28.95, before=0, after=0, container=None):
        c = container if container is not None else self.doc
        p = c.add_paragraph()
        fmt(p, align=align, first=first, left=left, right=right, line=line, before=before, after=after)
        if getattr(self, '_pb', False) and container is None:
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
        # the next paragraph starts a new page (paragraph property 'page break before')
        self._pb = True

    # record a clause for expected.json
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

    def bantou_joint(self, organs, docno):
        self.p('', line=24)
        t = self.doc.add_table(rows=len(organs), cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(t, {})
        set_widths(t, [118, 36])
        for i, o in enumerate(organs):
            c = t.cell(i, 0)
            c.width = Mm(120)
            p = c.paragraphs[0]
            fmt(p, align='justify', line=40)
            set_font(p.add_run(o), XBS, 26, color=RED)
        m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
        m.width = Mm(34)
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        p = m.paragraphs[0]
        fmt(p, align='center', line=40)
        set_font(p.add_run('文件'), XBS, 32, color=RED)
        self.blank(1)
        self.p([(docno, FS, False)], align='center', first=0)
        rule = self.doc.add_paragraph()
        add_border(rule, 'bottom', 18, 'FF0000')
        fmt(rule, line=6, after=20)

    def title(self, lines, soft=True):
        """lines: title pieces. soft=True -> one paragraph with line breaks; False -> one paragraph each."""
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

    # ---- body levels
    def h1(self, text):
        self.p([(text, HT, False)])

    def h2(self, text):
        self.p([(text, KT, False)])

    def para(self, text, places=None):
        self.p(text)
        self._rec(text, places)

    def item(self, label, text, places=None, label_font=FS, label_bold=True):
        """numbered item whose label is set apart (1. bold, （1） plain)"""
        self.p([(label, label_font, label_bold), (text, FS, False)])
        self._rec(label + text, places)

    def runin(self, head, text, places=None, head_font=KT, extra=()):
        """run-in heading: '（一）加强组织领导。' + text; extra = further paragraphs of the same clause"""
        self.p([(head, head_font, False), (text, FS, False)])
        for e in extra:
            self.p(e)
        self._rec('\n'.join([head + text] + list(extra)), places)

    def table(self, headers, rows, merge_cols=(), places_col=None, widths=None, size=12, places_map=None):
        """rows: list of lists (full values, merged cells repeated). Cells in merge_cols with
        equal consecutive values are merged vertically. Each data row is a clause."""
        t = self.doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(headers):
            c = t.cell(0, j)
            p = c.paragraphs[0]
            fmt(p, align='center', line=20)
            set_font(p.add_run(h), HT, size)
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        # mark the header row as repeating
        trpr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement('w:tblHeader'); th.set(qn('w:val'), 'true'); trpr.append(th)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if j in merge_cols and i > 0 and rows[i - 1][j] == v:
                    continue
                c = t.cell(i + 1, j)
                p = c.paragraphs[0]
                fmt(p, align='center' if len(v) <= 8 else 'justify', line=20)
                set_font(p.add_run(v), FS, size)
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for j in merge_cols:
            i = 0
            while i < len(rows):
                k = i
                while k + 1 < len(rows) and rows[k + 1][j] == rows[i][j]:
                    k += 1
                if k > i:
                    t.cell(i + 1, j).merge(t.cell(k + 1, j))
                i = k + 1
        if widths:
            set_widths(t, widths)
        for row in rows:
            text = '；'.join('%s：%s' % (h, v) for h, v in zip(headers, row))
            pl = None
            if places_col is not None:
                pl = [row[places_col]]
            if places_map is not None:
                pl = places_map.get(row[places_col]) if places_col is not None else None
            self._rec(text, pl)
        return t

    # ---- closing parts
    def fujian_shuoming(self, items):
        self.blank(1)
        if len(items) == 1:
            self.p('附件：' + items[0], first=32)
        else:
            for i, it in enumerate(items):
                self.p(('附件：' if i == 0 else '　　　') + '%d.%s' % (i + 1, it), first=32)

    def luokuan(self, organ, date, blank_before=2):
        self.blank(blank_before)
        self.p(organ, align='right', first=0, right=64)
        self.p(date, align='right', first=0, right=48)

    def luokuan_joint(self, organs, date):
        self.blank(2)
        t = self.doc.add_table(rows=1, cols=len(organs))
        table_borders(t, {})
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, o in enumerate(organs):
            p = t.cell(0, j).paragraphs[0]
            fmt(p, align='center')
            set_font(p.add_run(o), FS, 16)
        self.blank(1)
        self.p(date, align='right', first=0, right=64)

    def fuzhu(self, text):
        self.p(text, first=32)

    def banji(self, chaosong, yinfa_organ, yinfa_date, blank_before=3):
        self.blank(blank_before)
        t = self.doc.add_table(rows=2, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(t, {'top': 8, 'bottom': 8, 'insideH': 4})
        top = t.cell(0, 0).merge(t.cell(0, 1))
        p = top.paragraphs[0]
        fmt(p, align='justify', left=14, right=14, line=26, before=4, after=4)
        p.paragraph_format.first_line_indent = Pt(0)
        set_font(p.add_run(chaosong), FS, 14)
        p = t.cell(1, 0).paragraphs[0]
        fmt(p, align='left', left=14, line=26, before=4, after=4)
        set_font(p.add_run(yinfa_organ), FS, 14)
        p = t.cell(1, 1).paragraphs[0]
        fmt(p, align='right', right=14, line=26, before=4, after=4)
        set_font(p.add_run(yinfa_date), FS, 14)
        set_widths(t, [78, 76])

    def save(self):
        path = os.path.join(HERE, self.stem + '.docx')
        self.doc.save(path)
        return path

    def expected_doc(self, meta):
        spec = {}
        for text, places in self.specific.items():
            key = text[:22]
            assert len(key) >= 15, key
            n = sum(1 for c in self.clauses if c.startswith(key))
            assert n == 1, (key, n)
            spec[key] = places
        return {'meta': meta, 'clauses': list(self.clauses), 'applies_to': {'specific': spec}}


# =====================================================================
# 1. 河南省人民政府办公厅 印发 自贸试验区 提升行动实施方案
# =====================================================================
def make_henan():
    g = Gongwen('blind231_henan_fangan')
    g.bantou('河南省人民政府办公厅文件', '豫政办〔2024〕27号')
    g.title(['河南省人民政府办公厅', '关于印发中国（河南）自由贸易试验区', '深化改革开放提升行动实施方案的通知'], soft=True)
    g.zhusong('各省辖市人民政府、济源示范区管委会、航空港区管委会，省人民政府各部门：')
    g.para('《中国（河南）自由贸易试验区深化改革开放提升行动实施方案》已经省政府同意，现印发给你们，请结合实际，认真贯彻落实。')
    g.luokuan('河南省人民政府办公厅', '2024年5月20日')
    g.fuzhu('（此件公开发布）')
    g.page_break()

    g.title(['中国（河南）自由贸易试验区深化改革开放', '提升行动实施方案'], soft=True)
    g.para('为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动中国（河南）自由贸易试验区（以下简称河南自贸试验区）在服务共建“一带一路”和构建新发展格局中发挥更大作用，制定本方案。')
    g.h1('一、总体要求')
    g.para('以制度创新为核心，以“两体系、一枢纽”建设为主线，坚持大胆试、大胆闯、自主改，推动贸易投资自由化便利化。到2026年，河南自贸试验区累计形成具有全国影响力的制度创新成果30项以上，进出口总额、实际使用外资占全省比重明显提升，郑州、洛阳、开封三个片区特色更加鲜明，对全省开放型经济的引领带动作用进一步增强。')
    g.h1('二、重点任务')
    g.h2('（一）提升贸易投资自由便利水平')
    g.item('1.', '支持郑州片区建设国际物流枢纽核心功能区，深化多式联运“一单制”改革，推动中欧班列（郑州）与“空中丝绸之路”“海上丝绸之路”高效衔接，扩大跨境电商、冷链、汽车整车等多元货类运输规模。（责任单位：郑州市人民政府，省商务厅、省发展改革委、郑州海关）',
           ['郑州片区'])
    g.item('2.', '在洛阳片区开展高端装备制造业“保税维修+再制造”试点，支持片区内企业对境外返厂的工程机械、轴承等产品开展维修和再制造业务，试点成熟后按程序在全省综合保税区推广。（责任单位：洛阳市人民政府，郑州海关、省商务厅、省工业和信息化厅）',
           ['洛阳片区'])
    g.item('3.', '开封片区要发挥历史文化资源优势，建设国家文化出口基地，探索文物、艺术品保税展示交易，推动宋文化、菊文化等特色文化产品和服务走向共建“一带一路”国家。（责任单位：开封市人民政府，省委宣传部、省文化和旅游厅、省商务厅）',
           ['开封片区'])
    g.h2('（二）深化“四条丝绸之路”协同发展')
    g.item('1.', '推动郑州航空港经济综合实验区与郑州片区政策叠加、联动发展，深化郑州—卢森堡“空中丝绸之路”双枢纽合作，依托新郑国际机场加密至欧洲、北美和东盟的国际货运航线，开展航空物流电子货运试点。（责任单位：航空港区管委会、郑州市人民政府，省发展改革委、民航河南监管局）',
           ['郑州航空港经济综合实验区', '郑州片区'])
    # all three 片区 together = the whole FTZ the plan is about -> not narrower
    g.item('2.', '推动郑州、洛阳、开封三片区联动发展，建立片区间制度创新成果共享、重大项目协同招引、海关监管互认机制，鼓励各片区与省内综合保税区、跨境电商综试区开展“区区联动”。（责任单位：郑州市、洛阳市、开封市人民政府，省商务厅、郑州海关）')
    g.item('3.', '拓展“网上丝绸之路”，全面推广跨境电商零售进口退货中心仓模式，支持全省各跨境电商综试区学习借鉴郑州经验建设海外仓，鼓励企业在卢森堡、列日、布达佩斯等地布局海外仓和分拨中心。（责任单位：省商务厅、郑州海关，各省辖市人民政府）')
    g.h2('（三）推进制度型开放')
    g.item('1.', '对标《区域全面经济伙伴关系协定》（RCEP）、《全面与进步跨太平洋伙伴关系协定》（CPTPP）等高标准经贸规则，在知识产权保护、政府采购、数据跨境流动等领域开展压力测试，借鉴上海、海南等地经验，形成一批首创性制度成果。（责任单位：省商务厅，省市场监管局、省委网信办）')
    g.item('2.', '各片区要建立制度创新成果评估和容错纠错机制，每年至少形成5项可复制推广的制度创新案例，由省自贸办统一组织评估后在全省复制推广。（责任单位：郑州市、洛阳市、开封市人民政府，省商务厅）')
    g.h1('三、保障措施')
    g.runin('（一）加强组织领导。', '省自贸试验区工作领导小组统筹推进本方案实施，郑州、洛阳、开封市人民政府要落实片区建设主体责任，每年制定片区提升行动年度计划并报省自贸办备案。')
    g.runin('（二）强化要素保障。', '省级开放型经济发展专项资金对河南自贸试验区提升行动予以倾斜，符合条件的重大项目优先纳入省重点建设项目，优先保障用地、用能指标。')
    g.runin('（三）健全评估机制。', '省商务厅会同省有关部门建立提升行动实施情况第三方评估机制，每年对各片区建设成效进行评估并通报结果，评估结果作为安排专项资金的重要依据。')
    g.banji('抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，河南省军区。',
            '河南省人民政府办公厅', '2024年5月21日印发')
    g.save()
    meta = {
        'title': '河南省人民政府办公厅关于印发中国（河南）自由贸易试验区深化改革开放提升行动实施方案的通知',
        'doc_number': '豫政办〔2024〕27号',
        'issuer': ['河南省人民政府办公厅'],
        'date': '2024-05-20',
        'published': '2024-05-21',
        'level': 'provincial',
        'region': '河南省',
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '通知',
        'recipients': ['各省辖市人民政府', '济源示范区管委会', '航空港区管委会', '省人民政府各部门'],
        'publicity': '此件公开发布',
        'repeals': None,
    }
    return g, meta


# =====================================================================
# 2. 青岛市商务局 跨境电商综试区 重点工作通知
# =====================================================================
def make_qingdao():
    g = Gongwen('blind231_qingdao_tongzhi')
    g.bantou('青岛市商务局文件', '青商务字〔2024〕15号')
    g.title(['青岛市商务局关于做好2024年中国（青岛）跨境电子商务综合试验区建设重点工作的通知'], soft=False)
    g.zhusong('各区（市）商务主管部门，市有关部门：')
    g.para('为深入贯彻落实国家关于推动跨境电子商务高质量发展的部署要求，加快中国（青岛）跨境电子商务综合试验区（以下简称综试区）建设，打造面向日韩和上合组织国家的跨境电商枢纽城市，现就做好2024年综试区建设重点工作通知如下。')
    g.h1('一、壮大跨境电商经营主体')
    g.runin('（一）建设跨境电商产业园区。', '支持黄岛区依托前湾港区和青岛前湾综合保税区，建设西海岸跨境电商产业园，2024年新引进跨境电商平台型、服务型企业10家以上，园区跨境电商进出口额增长20%以上。（责任单位：黄岛区人民政府，市商务局）',
            ['黄岛区'])
    g.runin('（二）培育“跨境电商+产业带”。', '在即墨区围绕纺织服装产业带、在胶州市围绕家居用品和箱包产业带，开展跨境电商品牌出海培育行动，每个产业带年内培育跨境电商出口额超亿元企业2家以上。（责任单位：即墨区、胶州市人民政府，市商务局）',
            ['即墨区', '胶州市'])
    g.runin('（三）推广产业带发展经验。', '总结推广黄岛区“跨境电商+海外仓”、即墨区“直播+产业带”等发展经验，各区（市）要结合本地产业特点，年内至少打造1个跨境电商特色产业带。（责任单位：各区、市人民政府，市商务局）')
    g.h1('二、提升通关物流服务水平')
    g.runin('（四）开展上合示范区监管创新试点。', '支持中国—上海合作组织地方经贸合作示范区（以下简称上合示范区）开展跨境电商B2B出口监管试点，对在上合示范区多式联运中心集拼、通过中欧班列（齐鲁号）运往中亚和俄罗斯的跨境电商货物，实行“一次申报、分段实施”监管模式。（责任单位：上合示范区管委会，青岛海关、市商务局）',
            ['上合示范区'])
    g.runin('（五）畅通跨境电商海空通道。', '依托青岛港加密至日本、韩国的跨境电商海运快线，支持青岛胶东国际机场增开跨境电商货运包机，推动全市跨境电商出口货物“一点申报、多点通关”。（责任单位：市交通运输局、青岛海关、山东港口青岛港集团、青岛国际机场集团）')
    g.runin('（六）完善海外仓布局。', '鼓励企业在日本、韩国、俄罗斯及共建“一带一路”国家布局海外仓，2024年全市新增公共海外仓5个以上，对新认定的市级公共海外仓按规定给予支持。（责任单位：市商务局、市财政局）')
    g.h1('三、强化工作保障')
    g.runin('（七）加强统筹调度。', '市商务局建立综试区建设月调度机制，各区（市）商务主管部门要于每月5日前报送上月重点任务进展情况和附件所列项目推进情况。')
    g.runin('（八）强化统计监测。', '依托综试区线上综合服务平台，完善跨境电商统计监测体系，按季度发布全市跨境电商发展报告。')
    att = '2024年中国（青岛）跨境电子商务综合试验区重点项目清单'
    g.fujian_shuoming([att])
    g.luokuan('青岛市商务局', '2024年3月18日')
    g.fuzhu('（此件主动公开）')

    # attachment in a landscape section
    sec = g.doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    g.p([('附件', HT, False)], align='left', first=0)
    g.p([(att, XBS, False)], align='center', first=0, size=20, line=36, after=12)
    headers = ['序号', '区（市）', '项目名称', '主要建设内容', '完成时限']
    rows = [
        ['1', '黄岛区', '西海岸跨境电商产业园二期', '建设跨境电商办公、仓储及直播用房8万平方米', '2024年12月'],
        ['2', '黄岛区', '前湾综保区跨境电商保税备货仓', '新建保税仓库2万平方米，开展“1210”保税备货业务', '2024年10月'],
        ['3', '即墨区', '即墨服装跨境电商直播基地', '建设直播间50个，孵化服装跨境电商品牌20个', '2024年9月'],
        ['4', '胶州市', '胶州家居跨境电商选品中心', '建设线下选品展示中心1万平方米', '2024年11月'],
        ['5', '胶州市', '胶州跨境电商B2B出口监管中心', '建设跨境电商B2B出口监管场所，具备日均10万单处理能力', '2024年8月'],
    ]
    g.table(headers, rows, merge_cols=(1,), places_col=1, widths=[14, 24, 62, 91, 34], size=12)
    # 版记 on its own portrait page at the end
    sec = g.doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=False)
    g.banji('抄送：市人民政府办公厅，青岛海关，国家外汇管理局青岛市分局。',
            '青岛市商务局办公室', '2024年3月19日印发', blank_before=14)
    g.save()
    meta = {
        'title': '青岛市商务局关于做好2024年中国（青岛）跨境电子商务综合试验区建设重点工作的通知',
        'doc_number': '青商务字〔2024〕15号',
        'issuer': ['青岛市商务局'],
        'date': '2024-03-18',
        'published': '2024-03-19',
        'level': 'municipal',
        'region': '青岛市',
        'effective': None,
        'expires': None,
        'attachments': [att],
        'doc_type': '通知',
        'recipients': ['各区（市）商务主管部门', '市有关部门'],
        'publicity': '此件主动公开',
        'repeals': None,
    }
    return g, meta


# =====================================================================
# 3. 云南省商务厅 云南省发展和改革委员会 联合通知 沿边口岸
# =====================================================================
def make_yunnan():
    g = Gongwen('blind231_yunnan_tongzhi')
    g.bantou_joint(['云南省商务厅', '云南省发展和改革委员会'], '云商自贸〔2024〕31号')
    g.title(['云南省商务厅　云南省发展和改革委员会', '关于推进中国（云南）自由贸易试验区', '与沿边口岸联动发展的通知'], soft=False)
    g.zhusong('各州（市）商务主管部门、发展改革委，中国（云南）自由贸易试验区各片区管理机构：')
    g.para('为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略和加快沿边开放的决策部署，推动中国（云南）自由贸易试验区（以下简称云南自贸试验区）昆明、红河、德宏三个片区与沿边口岸联动发展，更好服务面向南亚东南亚辐射中心建设，经省人民政府同意，现就有关事项通知如下。')
    g.h1('一、推动片区与口岸功能联动')
    g.h2('（一）昆明片区与磨憨口岸联动')
    g.item('1.', '支持昆明片区建设中老铁路国际物流集结中心，推行“铁路快通”监管模式，对在昆明片区集结、经磨憨铁路口岸出境至老挝的中老铁路货物实行“一次申报、一次查验、一次放行”。（责任单位：昆明市人民政府，昆明海关、中国铁路昆明局集团有限公司）',
           ['昆明片区'])
    g.item('2.', '鼓励昆明片区企业在老挝万象赛色塔综合开发区设立生产基地和分拨中心，探索“昆明研发+老挝制造+全球销售”跨境产业链模式。（责任单位：昆明市人民政府，省商务厅）',
           ['昆明片区'])
    g.h2('（二）红河片区与河口口岸联动')
    g.item('1.', '红河片区要依托河口公路口岸和河口铁路口岸，深化与越南老街省在边境贸易、跨境物流等领域合作，推广中越红河公路大桥货运专用通道“跨境接驳”运输模式。（责任单位：红河州人民政府，昆明海关、省交通运输厅）',
           ['红河片区'])
    g.item('2.', '支持红河片区开展边民互市贸易进口商品落地加工试点，重点做好以下工作：', ['红河片区'])
    g.item('（1）', '引导互市商品落地加工企业在片区内集聚发展，建立互市商品来源可追溯、加工可监管、流向可查询的全链条监管体系；',
           ['红河片区'], label_bold=False)
    g.item('（2）', '简化落地加工企业备案手续，对加工企业收购的越南边民互市商品实行“集中申报、分批核放”。（责任单位：红河州人民政府，昆明海关、省商务厅）',
           ['红河片区'], label_bold=False)
    g.h2('（三）德宏片区与瑞丽口岸联动')
    g.item('1.', '德宏片区要依托瑞丽、畹町口岸，面向缅甸开展跨境人民币结算和边境贸易金融服务创新，支持在片区内设立面向缅甸的跨境人民币业务服务中心。（责任单位：德宏州人民政府，中国人民银行云南省分行、国家外汇管理局云南省分局）',
           ['德宏片区'])
    g.runin('（四）明确联动重点方向。', '各片区与沿边口岸联动的重点方向见下表，各片区管理机构要据此制定年度工作清单，并于每年1月底前报省商务厅、省发展改革委。')
    headers = ['片区', '联动口岸', '主要合作国家', '重点方向']
    rows = [
        ['昆明片区', '磨憨铁路口岸', '老挝、泰国', '中老铁路国际货运集结、冷链物流'],
        ['昆明片区', '昆明长水国际机场口岸', '南亚东南亚国家', '航空物流、跨境电商'],
        ['红河片区', '河口公路口岸、河口铁路口岸', '越南', '边民互市贸易、落地加工'],
        ['德宏片区', '瑞丽公路口岸', '缅甸', '跨境金融、边境贸易'],
        ['德宏片区', '畹町公路口岸', '缅甸', '农产品进口加工'],
    ]
    g.table(headers, rows, merge_cols=(0,), places_col=0, widths=[26, 46, 30, 52], size=12)
    g.h1('二、全面提升沿边口岸通关效能')
    g.item('（一）', '全省沿边口岸（含磨憨、河口、瑞丽、天保、清水河等口岸）全面推行“提前申报”“两步申报”和鲜活农产品快速通关“绿色通道”，2024年底前口岸整体通关时间较2023年压缩10%以上。（责任单位：昆明海关、省商务厅，各沿边州（市）人民政府）',
           None, label_font=FS, label_bold=False)
    g.item('（二）', '加快“智慧口岸”建设，推动国际贸易“单一窗口”与老挝、越南、缅甸相关口岸信息系统互联互通，实现运输工具、舱单等数据跨境交换。（责任单位：省商务厅、昆明海关）',
           None, label_font=FS, label_bold=False)
    g.item('（三）', '省商务厅、省发展改革委会同昆明海关等单位建立自贸试验区与沿边口岸联动发展工作机制，每半年召开一次联席会议，协调解决联动发展中的重大问题。',
           None, label_font=FS, label_bold=False)
    g.para('本通知自2024年9月1日起施行，有效期至2026年8月31日。')
    g.luokuan_joint(['云南省商务厅', '云南省发展和改革委员会'], '2024年8月12日')
    g.fuzhu('（此件公开发布）')
    g.banji('抄送：商务部自贸区港建设协调司，国家发展改革委地区振兴司，省人民政府办公厅，昆明海关。',
            '云南省商务厅办公室', '2024年8月13日印发', blank_before=2)
    g.save()
    meta = {
        'title': '云南省商务厅 云南省发展和改革委员会关于推进中国（云南）自由贸易试验区与沿边口岸联动发展的通知',
        'doc_number': '云商自贸〔2024〕31号',
        'issuer': ['云南省商务厅', '云南省发展和改革委员会'],
        'date': '2024-08-12',
        'published': '2024-08-13',
        'level': 'provincial',
        'region': '云南省',
        'effective': '2024-09-01',
        'expires': '2026-08-31',
        'attachments': [],
        'doc_type': '通知',
        'recipients': ['各州（市）商务主管部门、发展改革委', '中国（云南）自由贸易试验区各片区管理机构'],
        'publicity': '此件公开发布',
        'repeals': None,
    }
    return g, meta


# =====================================================================
# 4. 长沙市人民政府办公厅 印发 若干措施
# =====================================================================
def make_changsha():
    g = Gongwen('blind231_changsha_cuoshi')
    g.bantou('长沙市人民政府办公厅文件', '长政办发〔2024〕19号')
    g.p([('长沙市人民政府办公厅', XBS, False)], align='center', first=0, size=22, line=36)
    g.p([('关于印发《长沙市深度融入“一带一路”建设', XBS, False), ('\n', None, False),
         ('推动高水平对外开放若干措施》的通知', XBS, False)], align='center', first=0, size=22, line=36)
    g.blank(1)
    g.zhusong('各区县（市）人民政府，市直机关各单位：')
    g.para('《长沙市深度融入“一带一路”建设推动高水平对外开放若干措施》已经市人民政府同意，现印发给你们，请认真抓好贯彻落实。')
    g.luokuan('长沙市人民政府办公厅', '2024年7月10日')
    g.fuzhu('（此件公开发布）')
    g.page_break()
    g.title(['长沙市深度融入“一带一路”建设', '推动高水平对外开放若干措施'], soft=True)
    g.para('为深入贯彻落实党中央关于推动共建“一带一路”高质量发展的决策部署，加快建设内陆地区改革开放高地，推动我市开放型经济高质量发展，结合实际，制定如下措施。')
    R = lambda head, text, places=None, extra=(): g.runin(head, text, places, head_font=HT, extra=extra)
    R('一、支持长沙片区制度创新。', '对中国（湖南）自由贸易试验区长沙片区（以下简称长沙片区）形成并被国务院或国家有关部委复制推广的制度创新成果，每项给予牵头单位最高50万元奖励；被省级层面复制推广的，每项给予最高20万元奖励。（责任单位：市商务局、市财政局、长沙片区各区块管委会）',
      ['长沙片区'])
    R('二、做强长沙黄花综保区。', '支持长沙黄花综合保税区（以下简称长沙黄花综保区）发展保税维修、保税研发和跨境电商保税备货业务，对区内新开展保税维修业务且年维修货值超过1亿元的企业，一次性给予100万元奖励。（责任单位：长沙临空经济示范区管委会、长沙黄花机场海关）',
      ['长沙黄花综保区'])
    R('三、加密国际货运航线。', '对经长沙黄花国际机场新开通至共建“一带一路”国家的全货机定期航线，按每班次最高30万元给予航空公司补贴，单条航线年度补贴总额不超过1000万元。（责任单位：市商务局、市财政局、湖南省机场管理集团有限公司）')
    R('四、提升中欧班列（长沙）运营能级。', '支持中欧班列（长沙）加密至中亚、欧洲的线路，对新开通的国际班列线路给予运营平台一次性奖励50万元，推动班列与长沙片区、长沙黄花综保区业务联动，发展“班列+保税”“班列+跨境电商”。（责任单位：市商务局、长沙海关、长沙国际港务区管委会）')
    R('五、建设外贸转型升级基地。', '支持浏阳经开区依托电子信息、生物医药产业，望城区依托食品加工、有色金属新材料产业，创建国家级外贸转型升级基地，对上述区域新获批国家级基地的，给予所在园区管理机构最高200万元奖励。（责任单位：浏阳市人民政府、望城区人民政府，市商务局）',
      ['浏阳经开区', '望城区'])
    R('六、推动望城区建设江海联运枢纽。', '支持望城区依托铜官港区发展江海联运和铁水联运，加密至上海洋山港、广西北部湾港的集装箱航线，对从铜官港区始发的外贸集装箱按每标箱200元给予补贴。（责任单位：望城区人民政府，市交通运输局）',
      ['望城区'])
    R('七、推动政策延伸覆盖。', '浏阳经开区内符合条件的外贸企业，参照长沙片区有关政策享受通关便利化措施和资金支持，具体办法由市商务局会同浏阳市人民政府另行制定。',
      ['浏阳经开区'])
    R('八、发展跨境电商新业态。', '对全市新认定的市级跨境电商产业园，给予运营主体最高100万元奖励。', None,
      extra=('对在东盟、中东欧等共建“一带一路”国家和地区新建海外仓且单仓面积超过5000平方米的本市企业，按实际投资额的10%给予补助，单个企业最高200万元。（责任单位：市商务局、市财政局）',))
    R('九、支持企业“走出去”。', '支持本市企业参加中国—非洲经贸博览会、中国—东盟博览会等重点展会，对参展企业按展位费的70%给予补贴；对在共建“一带一路”国家投资建设境外经贸合作区的企业，按中方实际投资额的2%给予奖励，最高500万元。（责任单位：市商务局、市财政局）')
    R('十、开展跨境金融试点。', '鼓励金融机构在长沙片区开展跨境人民币结算便利化和贸易外汇收支便利化试点，试点经验成熟后在全市推广。（责任单位：中国人民银行湖南省分行、国家外汇管理局湖南省分局、长沙片区各区块管委会）',
      ['长沙片区'])
    R('十一、', '本措施与本市其他同类政策有重叠的，按照“就高、不重复”原则执行，不得重复享受。所需资金由市、区县（市）两级财政按现行财政体制分担。')
    R('十二、', '本措施自2024年8月1日起施行，有效期3年。', None,
      extra=('《长沙市人民政府办公厅关于印发〈长沙市加快开放型经济发展若干政策〉的通知》（长政办发〔2021〕8号）同时废止。',))
    g.banji('抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市中级人民法院，市人民检察院，长沙警备区。',
            '长沙市人民政府办公厅', '2024年7月11日印发')
    g.save()
    meta = {
        'title': '长沙市人民政府办公厅关于印发《长沙市深度融入“一带一路”建设推动高水平对外开放若干措施》的通知',
        'doc_number': '长政办发〔2024〕19号',
        'issuer': ['长沙市人民政府办公厅'],
        'date': '2024-07-10',
        'published': '2024-07-11',
        'level': 'municipal',
        'region': '长沙市',
        'effective': '2024-08-01',
        'expires': '2027-07-31',
        'attachments': [],
        'doc_type': '通知',
        'recipients': ['各区县（市）人民政府', '市直机关各单位'],
        'publicity': '此件公开发布',
        'repeals': '《长沙市人民政府办公厅关于印发〈长沙市加快开放型经济发展若干政策〉的通知》（长政办发〔2021〕8号）',
    }
    return g, meta


def to_pdf(path):
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo_231',
                    '--convert-to', 'pdf', '--outdir', HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for maker in (make_henan, make_qingdao, make_yunnan, make_changsha):
        g, meta = maker()
        expected[g.stem] = [g.expected_doc(meta)]
        to_pdf(os.path.join(HERE, g.stem + '.docx'))
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for k, v in expected.items():
        print(k, len(v[0]['clauses']), 'clauses,', len(v[0]['applies_to']['specific']), 'specific')


if __name__ == '__main__':
    main()
