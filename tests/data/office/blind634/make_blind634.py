# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 634: 境外经贸合作区 (overseas economic and trade cooperation zones)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = '方正小标宋简体'
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
RED = RGBColor(0xFF, 0x00, 0x00)

FONT_OF = {'fs': FS, 'ht': HT, 'kt': KT, 'xbs': XBS}


def set_font(run, font, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn('w:rFonts'))
    if rFonts is None:
        rFonts = OxmlElement('w:rFonts')
        rPr.insert(0, rFonts)
    rFonts.set(qn('w:ascii'), 'Times New Roman')
    rFonts.set(qn('w:hAnsi'), 'Times New Roman')
    rFonts.set(qn('w:eastAsia'), font)
    rFonts.set(qn('w:cs'), 'Times New Roman')


def add_text(p, text, font, size, bold=False, color=None):
    """Add text to paragraph p; '\n' inside text becomes a soft line break (w:br)."""
    parts = text.split('\n')
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break()


def border_bottom(p, color='FF0000', sz=12, side='bottom'):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn('w:pBdr'))
    if bdr is None:
        bdr = OxmlElement('w:pBdr')
        pPr.append(bdr)
    b = OxmlElement('w:' + side)
    b.set(qn('w:val'), 'single')
    b.set(qn('w:sz'), str(sz))
    b.set(qn('w:space'), '1')
    b.set(qn('w:color'), color)
    bdr.append(b)


class Builder:
    def __init__(self, stem):
        self.stem = stem
        self.doc = Document()
        self.objects = []
        self.next_abs = 900
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
        st = self.doc.styles['Normal']
        st.font.size = Pt(16)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = OxmlElement('w:rFonts')
            rpr.insert(0, rf)
        rf.set(qn('w:eastAsia'), FS)
        rf.set(qn('w:ascii'), 'Times New Roman')
        rf.set(qn('w:hAnsi'), 'Times New Roman')
        self.page_numbers()

    # ---------- key ----------
    def start(self, meta):
        self.objects.append({'meta': meta, 'clauses': []})

    def clause(self, text):
        self.objects[-1]['clauses'].append(text)

    # ---------- layout helpers ----------
    def page_numbers(self):
        footer = self.doc.sections[0].footer
        p = footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run('— ')
        set_font(r, 'Times New Roman', 14)
        r = p.add_run()
        set_font(r, 'Times New Roman', 14)
        f1 = OxmlElement('w:fldChar')
        f1.set(qn('w:fldCharType'), 'begin')
        r._r.append(f1)
        r = p.add_run()
        set_font(r, 'Times New Roman', 14)
        it = OxmlElement('w:instrText')
        it.set(qn('xml:space'), 'preserve')
        it.text = ' PAGE '
        r._r.append(it)
        r = p.add_run()
        set_font(r, 'Times New Roman', 14)
        f2 = OxmlElement('w:fldChar')
        f2.set(qn('w:fldCharType'), 'separate')
        r._r.append(f2)
        r = p.add_run('1')
        set_font(r, 'Times New Roman', 14)
        r = p.add_run()
        f3 = OxmlElement('w:fldChar')
        f3.set(qn('w:fldCharType'), 'end')
        r._r.append(f3)
        r = p.add_run(' —')
        set_font(r, 'Times New Roman', 14)

    def para(self, segs='', align=None, indent=True, exact=True, size=16, space_after=0):
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        if exact:
            pf.line_spacing = Pt(28)
        pf.space_before = Pt(0)
        pf.space_after = Pt(space_after)
        if indent:
            pf.first_line_indent = Pt(32)
        if align is not None:
            p.alignment = align
        if isinstance(segs, str):
            segs = [(segs, 'fs')] if segs else []
        for text, style in segs:
            bold = style.endswith('b')
            font = FONT_OF[style.rstrip('b')]
            add_text(p, text, font, size, bold)
        return p

    def empty(self, n=1):
        for _ in range(n):
            self.para('', indent=False)

    def body(self, segs, indent=True, split=False):
        """A body paragraph that is (or contains) clauses.
        '\n' = soft line break. split=True -> each soft-broken line is its own clause,
        otherwise the lines are joined (break inside one sentence/article)."""
        if isinstance(segs, str):
            segs = [(segs, 'fs')]
        p = self.para(segs, indent=indent)
        text = ''.join(t for t, _ in segs)
        if split:
            for line in text.split('\n'):
                if line.strip():
                    self.clause(line.strip(' \u3000'))
        else:
            self.clause(text.replace('\n', '').strip(' \u3000'))
        return p

    def heading(self, text, style='ht', align=None, indent=True):
        return self.para([(text, style)], align=align, indent=indent)

    def title(self, text):
        self.empty(1)
        p = self.para([(text, 'xbs')], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=False, size=22)
        p.paragraph_format.line_spacing = Pt(36)
        self.empty(1)

    def red_header(self, organ_text, size=34):
        p = self.para([], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=False)
        add_text(p, organ_text, XBS, size, False, RED)
        return p

    def joint_red_header(self, organs):
        """Layout table: organ names stacked on the left, '文件' on the right."""
        t = self.doc.add_table(rows=len(organs), cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, o in enumerate(organs):
            c = t.cell(i, 0)
            c.width = Mm(110)
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
            add_text(p, o, XBS, 30, False, RED)
        m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
        m.width = Mm(45)
        tcPr = m._tc.get_or_add_tcPr()
        va = OxmlElement('w:vAlign')
        va.set(qn('w:val'), 'center')
        tcPr.append(va)
        p = m.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_text(p, '文件', XBS, 40, False, RED)
        return t

    def number_line(self, text, align=WD_ALIGN_PARAGRAPH.CENTER):
        self.empty(1)
        p = self.para([(text, 'fs')], align=align, indent=False)
        border_bottom(p, 'FF0000', 18)
        return p

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def data_table(self, headers, rows, widths=None, size=12, key=True):
        t = self.doc.add_table(rows=1, cols=len(headers))
        t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(headers):
            p = t.rows[0].cells[i].paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_text(p, h, HT, size)
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                p = cells[i].paragraphs[0]
                if i == 0 or str(v).replace('.', '').isdigit():
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_text(p, str(v), FS, size)
        if widths:
            t.autofit = False
            grid = t._tbl.tblGrid
            for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
                gc.set(qn('w:w'), str(int(widths[i] * 56.7)))
            for r in t.rows:
                for i, w in enumerate(widths):
                    r.cells[i].width = Mm(w)
        if key:
            names = [h.replace('\n', '') for h in headers]
            for row in rows:
                self.clause('；'.join('%s：%s' % (n, v) for n, v in zip(names, row)))
        return t

    def auto_list(self, items, fmt='decimal', lvl_text='%1.', indent_pt=32, key=True, segs_style='fs'):
        """Items numbered by Word's own numbering (the number is not in the text)."""
        numbering = self.doc.part.numbering_part.element
        aid = self.next_abs
        self.next_abs += 1
        absn = OxmlElement('w:abstractNum')
        absn.set(qn('w:abstractNumId'), str(aid))
        mlt = OxmlElement('w:multiLevelType')
        mlt.set(qn('w:val'), 'singleLevel')
        absn.append(mlt)
        lvl = OxmlElement('w:lvl')
        lvl.set(qn('w:ilvl'), '0')
        for tag, val in (('w:start', '1'), ('w:numFmt', fmt), ('w:suff', 'nothing'),
                         ('w:lvlText', lvl_text), ('w:lvlJc', 'left')):
            e = OxmlElement(tag)
            e.set(qn('w:val'), val)
            lvl.append(e)
        ppr = OxmlElement('w:pPr')
        ind = OxmlElement('w:ind')
        ind.set(qn('w:left'), '0')
        ind.set(qn('w:firstLine'), str(indent_pt * 20))
        ppr.append(ind)
        lvl.append(ppr)
        absn.append(lvl)
        # abstractNum elements must precede num elements
        first_num = numbering.find(qn('w:num'))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        num = OxmlElement('w:num')
        nid = aid + 100
        num.set(qn('w:numId'), str(nid))
        an = OxmlElement('w:abstractNumId')
        an.set(qn('w:val'), str(aid))
        num.append(an)
        numbering.append(num)
        cn = {1: '一', 2: '二', 3: '三', 4: '四', 5: '五', 6: '六', 7: '七', 8: '八', 9: '九'}
        out = []
        for i, it in enumerate(items, 1):
            segs = it if isinstance(it, list) else [(it, segs_style)]
            p = self.para(segs, indent=False)
            pPr = p._p.get_or_add_pPr()
            numPr = OxmlElement('w:numPr')
            il = OxmlElement('w:ilvl')
            il.set(qn('w:val'), '0')
            ni = OxmlElement('w:numId')
            ni.set(qn('w:val'), str(nid))
            numPr.append(il)
            numPr.append(ni)
            pPr.insert(0, numPr)
            p.paragraph_format.first_line_indent = Pt(indent_pt)
            n = str(i) if fmt == 'decimal' else cn[i]
            label = lvl_text.replace('%1', n)
            if key:
                self.clause(label + ''.join(t for t, _ in segs))
            out.append(p)
        return out

    def signature(self, organ_lines, date_line, gap=2):
        self.empty(gap)
        for o in organ_lines:
            self.para([(o, 'fs')], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        self.para([(date_line, 'fs')], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    def banji(self, chaosong, yinfa_org, yinfa_date):
        self.empty(2)
        p = self.para([], indent=False, size=14)
        border_bottom(p, '000000', 8, 'top')
        p.paragraph_format.left_indent = Pt(14)
        add_text(p, chaosong, FS, 14)
        border_bottom(p, '000000', 4, 'bottom')
        p2 = self.para([], indent=False, size=14)
        p2.paragraph_format.left_indent = Pt(14)
        # office habit: pad with spaces so the date lands at the right edge
        add_text(p2, yinfa_org + '\u3000' * 8 + yinfa_date + '印发', FS, 14)
        border_bottom(p2, '000000', 8, 'bottom')

    def save(self):
        path = os.path.join(HERE, self.stem + '.docx')
        self.doc.save(path)
        return path


# =====================================================================
# Document 1: 江苏省商务厅 江苏省财政厅 关于印发《确认考核办法》的通知 + 办法 + 评分表
# =====================================================================
def make_banfa():
    b = Builder('blind634_jiangsu_banfa')
    b.joint_red_header(['江苏省商务厅', '江苏省财政厅'])
    b.number_line('苏商合〔2025〕186号')
    p = b.para([('江苏省商务厅 江苏省财政厅\n关于印发《江苏省境外经贸合作区\n确认考核办法》的通知', 'xbs')],
               align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=False, size=22)
    b.empty(1)
    b.start({
        'title': '江苏省商务厅 江苏省财政厅关于印发《江苏省境外经贸合作区确认考核办法》的通知',
        'doc_number': '苏商合〔2025〕186号',
        'issuer': ['江苏省商务厅', '江苏省财政厅'],
        'date': '2025-12-18',
        'published': None,
        'level': 'provincial',
        'region': '江苏省',
        'effective': None,
        'expires': None,
        'attachments': ['江苏省境外经贸合作区确认考核办法'],
        'doc_type': '通知',
        'recipients': ['各设区市商务局', '各设区市财政局'],
        'publicity': '此件公开发布',
        'repeals': None,
    })
    b.para([('各设区市商务局、财政局：', 'fs')], indent=False)
    b.body('\u3000\u3000为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，进一步规范我省境外经贸合作区'
           '（以下简称合作区）确认考核工作，推动合作区提质增效、健康发展，省商务厅、省财政厅研究制定了《江苏省境外经贸合作区'
           '确认考核办法》，现印发给你们，请结合实际认真贯彻执行。', indent=False)
    b.body('\u3000\u3000各设区市商务局要会同同级财政局做好本地区合作区实施企业的政策宣传、申报指导和日常服务工作，'
           '及时掌握合作区建设运营情况，遇有重大问题及时报告省商务厅、省财政厅。', indent=False)
    b.body('\u3000\u3000请各设区市商务局于2026年1月31日前，将本地区拟申报确认的合作区名单及联系人报送省商务厅'
           '（对外投资和经济合作处）。', indent=False)
    b.empty(1)
    b.para([('附件：江苏省境外经贸合作区确认考核办法', 'fs')])
    b.empty(1)
    # office habit: both organs on one line separated by typed spaces
    p = b.para([('江苏省商务厅' + '\u3000' * 6 + '江苏省财政厅\u3000\u3000', 'fs')], align=WD_ALIGN_PARAGRAPH.RIGHT,
               indent=False)
    p.paragraph_format.keep_with_next = True
    b.para([('2025年12月18日\u3000\u3000\u3000\u3000', 'fs')], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    b.empty(1)
    b.para([('（此件公开发布）', 'fs')])

    # ----------------------- the 办法 -----------------------
    b.page_break()
    b.para([('附件', 'ht')], indent=False)
    b.empty(1)
    p = b.para([('江苏省境外经贸合作区确认考核办法', 'xbs')], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
               exact=False, size=22)
    b.empty(1)
    b.start({
        'title': '江苏省境外经贸合作区确认考核办法',
        'doc_number': None,
        'issuer': ['江苏省商务厅', '江苏省财政厅'],
        'date': '2025-12-18',
        'published': None,
        'level': 'provincial',
        'region': '江苏省',
        'effective': '2026-01-01',
        'expires': '2030-12-31',
        'attachments': ['江苏省境外经贸合作区考核评分表'],
        'doc_type': '办法',
        'recipients': [],
        'publicity': None,
        'repeals': '《江苏省省级境外经贸合作区考核办法》（苏商合〔2019〕231号）',
    })

    def chapter(t):
        b.heading(t, 'ht', align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def art(num, text, split=False):
        b.body([(num, 'htb'), ('\u3000' + text, 'fs')], split=split)

    chapter('第一章\u3000\u3000总\u3000\u3000则')
    art('第一条', '为贯彻落实高质量共建“一带一路”决策部署，规范江苏省境外经贸合作区（以下简称合作区）的确认和考核工作，'
              '引导企业有序开展境外产业集聚投资，根据《境外投资管理办法》（商务部令2014年第3号）、《企业境外投资管理办法》'
              '（国家发展和改革委员会令第11号）等有关规定，结合我省实际，制定本办法。')
    art('第二条', '本办法所称合作区，是指在江苏省内依法注册的中资控股企业（以下简称实施企业），通过其在境外设立的中资控股'
              '独立法人机构，投资建设的基础设施完备、主导产业明确、公共服务功能健全、具有集聚和辐射效应的产业园区。')
    art('第三条', '合作区的确认考核工作遵循“企业为主体、市场化运作、政府引导、动态管理”的原则，坚持公开、公平、公正，'
              '注重实绩、优进劣出。')
    art('第四条', '省商务厅会同省财政厅负责合作区确认考核的组织实施工作。各设区市商务主管部门会同同级财政部门负责本地区'
              '合作区的申报初审、日常监管和服务保障工作。')

    chapter('第二章\u3000\u3000确认条件')
    art('第五条', '申请确认的合作区应当同时具备下列条件：')
    b.body('（一）实施企业在江苏省内注册满3年，具有独立法人资格，近3年未发生严重失信行为，未被列入经营异常名录；')
    b.body('（二）合作区已取得所在国政府或地方政府批准设立的文件，土地权属清晰，规划面积不低于1平方公里'
           '（轻工、农业类合作区不低于0.5平方公里）；')
    # two items typed in one paragraph with a soft line break (Shift+Enter)
    b.body('（三）实施企业对合作区累计实际投资不低于3000万美元，其中基础设施投资不低于1500万美元；\n'
           '（四）入区企业不少于10家，其中中资企业不少于5家，入区企业累计实际投资不低于5000万美元；', split=True)
    b.body('（五）建立了完善的安全生产、环境保护和境外风险防控制度，近2年未发生重大安全生产事故和重大环境污染事件。')
    art('第六条', '鼓励合作区积极践行环境、社会和公司治理（ESG）理念，定期发布社会责任报告或ESG报告，同等条件下优先确认。')
    art('第七条', '以工程总承包（EPC）方式为合作区提供基础设施建设服务的企业，其承建合同额不计入实施企业对合作区的实际投资额。')
    art('第八条', '有下列情形之一的，不予确认：')
    b.body('（一）合作区以房地产开发为主要业务的；')
    b.body('（二）提供虚假申报材料的；')
    b.body('（三）所在国家（地区）存在重大安全风险，经评估不宜继续投资的；')
    b.body('（四）法律法规规定的其他情形。')

    chapter('第三章\u3000\u3000确认程序')
    art('第九条', '确认工作原则上每两年开展一次，由省商务厅会同省财政厅发布申报通知。')
    art('第十条', '实施企业向所在地设区市商务主管部门提交申报材料，主要包括：')
    b.auto_list([
        '合作区确认申请表；',
        '合作区总体发展规划及可行性研究报告；',
        '所在国政府批准设立合作区的文件或与所在国政府签订的投资协议；',
        '经会计师事务所审计的合作区上一年度财务报告及投资情况专项审计报告；',
        '境外安全风险防控预案及ESG相关制度文件。',
    ])
    art('第十一条', '设区市商务主管部门会同同级财政部门对申报材料进行初审，并在规定时间内将初审意见及申报材料报送省商务厅、'
                '省财政厅。')
    art('第十二条', '省商务厅会同省财政厅组织专家或委托第三方机构进行评审，必要时开展实地核查，提出拟确认名单，'
                '经省商务厅厅务会审议后，在省商务厅门户网站公示5个工作日。公示无异议的，由省商务厅、省财政厅联合发文'
                '确认为“江苏省境外经贸合作区”。')

    chapter('第四章\u3000\u3000考核评价')
    art('第十三条', '对已确认的合作区实行年度考核。实施企业应于每年3月31日前，通过所在地设区市商务主管部门报送上一年度'
                '合作区建设运营情况报告及相关统计数据。')
    art('第十四条', '年度考核内容包括基础设施建设、投资和入区企业情况、产业集聚和带动效应、运营管理和公共服务、'
                '安全环保和社会责任等方面。')
    # soft line break inside one article (continuation, not a new clause)
    art('第十五条', '年度考核实行百分制，评分标准见附件。\n考核结果分为优秀（90分及以上）、良好（75分至89分）、'
                '合格（60分至74分）、不合格（60分以下）四个等次。')
    art('第十六条', '年度新增入区企业数、新增投资额、当地就业人数等主要指标连续两年下降超过30%的，或者年度考核结果为'
                '不合格的，由省商务厅予以书面提醒并督促整改；连续两年考核不合格的，撤销其“江苏省境外经贸合作区”称号。')
    art('第十七条', '考核结果作为安排省级商务发展专项资金、推荐申报国家级境外经贸合作区的重要依据。')

    chapter('第五章\u3000\u3000支持政策')
    art('第十八条', '对经确认的合作区，省财政按照实施企业上一年度基础设施实际投资额的一定比例给予支持，'
                '单个合作区年度支持金额最高不超过500万元人民币。')
    art('第十九条', '对年度考核优秀的合作区，在中欧班列舱位保障、出口信用保险、跨境人民币结算、境外投资外汇登记便利化'
                '等方面给予优先支持。')
    art('第二十条', '支持合作区与省内综合保税区、中国（江苏）自由贸易试验区联动发展，探索“境外园区＋境内园区”'
                '协同招商和产业链合作模式。')
    art('第二十一条', '鼓励金融机构为合作区建设提供融资支持。对实施企业新增的合作区基础设施项目贷款给予贴息，'
                  '贴息比例不超过同期贷款市场报价利率（LPR）的50%，单个项目贴息额不超过80万美元等值人民币。')

    chapter('第六章\u3000\u3000监督管理')
    art('第二十二条', '实施企业应当遵守所在国法律法规，尊重当地风俗习惯，履行社会责任，不得以合作区名义从事与合作区建设'
                  '无关的经营活动。')
    art('第二十三条', '实施企业对申报材料和统计数据的真实性负责。弄虚作假骗取财政资金的，由省财政厅依法追回资金，'
                  '取消确认资格，3年内不得再次申报，并按规定纳入信用记录。')
    art('第二十四条', '各级商务、财政部门工作人员在确认考核工作中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。')

    chapter('第七章\u3000\u3000附\u3000\u3000则')
    art('第二十五条', '本办法由省商务厅、省财政厅负责解释。')
    art('第二十六条', '本办法自2026年1月1日起施行，有效期至2030年12月31日。《江苏省省级境外经贸合作区考核办法》'
                  '（苏商合〔2019〕231号）同时废止。')
    b.empty(1)
    b.para([('附件：江苏省境外经贸合作区考核评分表', 'fs')])

    # ----------------------- 附件 评分表 -----------------------
    b.page_break()
    b.para([('附件', 'ht')], indent=False)
    b.para([('江苏省境外经贸合作区考核评分表', 'xbs')], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
           exact=False, size=20)
    b.empty(1)
    rows = [
        ('1', '基础设施建设', '基础设施投资', '累计基础设施投资达到3000万美元的得满分，每少300万美元扣1分', '10'),
        ('2', '基础设施建设', '配套设施', '具备水、电、路、通信、污水处理等“七通一平”条件的得满分，每缺一项扣1分', '8'),
        ('3', '投资和入区企业', '入区企业数', '入区企业达到30家的得满分，每少3家扣1分', '10'),
        ('4', '投资和入区企业', '累计投资', '入区企业累计投资达到2亿美元的得满分，每少2000万美元扣1分', '12'),
        ('5', '产业集聚', '主导产业', '主导产业企业占入区企业总数50%以上的得满分，每低5个百分点扣1分', '10'),
        ('6', '产业集聚', '带动出口', '年度带动国内设备、原材料出口达到5000万美元的得满分，每少500万美元扣1分', '10'),
        ('7', '运营管理', '公共服务', '设立“一站式”服务中心，提供政策咨询、报关报检、法律等服务的得满分', '10'),
        ('8', '运营管理', '统计报送', '按时、准确报送统计数据的得满分，逾期或数据失实的酌情扣分', '5'),
        ('9', '社会责任', '当地就业', '带动当地就业达到3000人的得满分，每少300人扣1分', '10'),
        ('10', '社会责任', 'ESG实践', '发布ESG报告或社会责任报告的得5分，获得国际认证的另加5分', '10'),
        ('11', '安全环保', '安全与环保', '未发生重大安全生产事故和环境污染事件的得满分，发生一起扣5分', '5'),
    ]
    assert sum(int(r[4]) for r in rows) == 100
    b.data_table(['序号', '一级指标', '二级指标', '评分标准', '分值'], rows, widths=[12, 30, 28, 72, 14], size=12)
    b.empty(1)
    b.banji('抄送：商务部对外投资和经济合作司，省发展改革委、省外办，各设区市人民政府。',
            '江苏省商务厅办公室', '2025年12月19日')
    return b


# =====================================================================
# Document 2: 江苏省商务厅关于2025年度境外经贸合作区建设情况的报告 (上行文)
# =====================================================================
def make_baogao():
    b = Builder('blind634_jiangsu_baogao')
    b.empty(1)
    b.red_header('江苏省商务厅文件', 36)
    b.empty(1)
    # 上行文: 文号 left, 签发人 right, aligned with typed spaces
    p = b.para([('苏商合〔2026〕23号' + '\u3000' * 9 + '签发人：', 'fs'), ('周建明', 'kt')], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border_bottom(p, 'FF0000', 18)
    b.empty(1)
    p = b.para([('江苏省商务厅关于2025年度境外经贸合作区\n建设情况的报告', 'xbs')],
               align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=False, size=22)
    b.empty(1)
    b.start({
        'title': '江苏省商务厅关于2025年度境外经贸合作区建设情况的报告',
        'doc_number': '苏商合〔2026〕23号',
        'issuer': ['江苏省商务厅'],
        'date': '2026-02-10',
        'published': None,
        'level': 'provincial',
        'region': '江苏省',
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '报告',
        'recipients': ['商务部'],
        'publicity': None,
        'repeals': None,
    })
    b.para([('商务部：', 'fs')], indent=False)
    b.body('根据《商务部办公厅关于做好2025年度境外经贸合作区统计和考核工作的通知》要求，我厅会同各设区市商务局对我省'
           '境外经贸合作区（以下简称合作区）2025年度建设运营情况进行了全面梳理，现将有关情况报告如下：')
    b.heading('一、基本情况')
    rows = [
        ('1', '柬埔寨西哈努克港经济特区', '柬埔寨', '红豆集团有限公司', 212, 168500, 32600),
        ('2', '埃塞俄比亚东方工业园', '埃塞俄比亚', '江苏永元投资有限公司', 128, 76300, 21800),
        ('3', '中阿（联酋）产能合作示范园', '阿联酋', '江苏省海外合作投资有限公司', 46, 52800, 3100),
        ('4', '匈牙利中欧（苏州）产业合作园', '匈牙利', '苏州工业园区海外发展有限公司', 27, 38600, 2400),
        ('5', '印度尼西亚巴淡江苏产业园', '印度尼西亚', '江苏海润国际投资有限公司', 31, 24500, 5200),
        ('6', '越南海防江苏产业园', '越南', '常州恒远国际投资有限公司', 35, 21400, 8600),
        ('7', '乌兹别克斯坦塔什干苏中纺织产业园', '乌兹别克斯坦', '南通华纺国际有限公司', 19, 15800, 4200),
        ('8', '塞尔维亚斯梅代雷沃中塞产业园', '塞尔维亚', '徐州恒信海外发展有限公司', 14, 12600, 1300),
    ]
    n_ent = sum(r[4] for r in rows)
    n_inv = sum(r[5] for r in rows)
    n_job = sum(r[6] for r in rows)
    assert (n_ent, n_inv, n_job) == (512, 410500, 79200)
    b.body('截至2025年12月底，我省共有境外经贸合作区8家，其中国家级合作区3家、省级合作区5家，分布在亚洲、非洲、'
           '欧洲的8个国家。各合作区累计投资%d万美元，入区企业%d家，带动当地就业%d人。各合作区基本情况如下：'
           % (n_inv, n_ent, n_job))
    b.data_table(['序号', '合作区名称', '所在国家', '实施企业', '入区企业数', '累计投资\n（万美元）', '就业人数'],
                 [tuple(str(x) for x in r) for r in rows], widths=[10, 40, 20, 38, 16, 18, 14], size=10.5)
    b.empty(1)
    b.heading('二、主要成效')
    b.body([('（一）投资规模稳步扩大。', 'ktb'),
            ('2025年，全省合作区新增投资48600万美元，同比增长12.4%；新增入区企业41家，其中制造业企业占比超过七成。'
             '柬埔寨西哈努克港经济特区新增入区企业17家，累计入区企业突破200家，成为中柬共建“一带一路”的标志性项目。', 'fs')])
    b.body([('（二）产业集聚效应逐步显现。', 'ktb'),
            ('各合作区主导产业更加清晰，纺织服装、机械装备、建材、新能源等产业集聚发展。埃塞俄比亚东方工业园已形成以'
             '水泥、制鞋、纺织、汽车组装为主导的产业体系，年产值超过4亿美元；中阿（联酋）产能合作示范园新引进新能源、'
             '新材料项目6个，协议投资额12800万美元。', 'fs')])
    b.body([('（三）境内外园区联动不断深化。', 'ktb'),
            ('依托中欧班列（南京、苏州、连云港）和中国（江苏）自由贸易试验区、苏州工业园综合保税区等开放平台，推动合作区'
             '与省内园区开展“两园联动”。匈牙利中欧（苏州）产业合作园全年通过中欧班列进口设备和零部件货值'
             '9600万美元，开展跨境电商海外仓业务的入区企业达到11家。', 'fs')])
    b.body([('（四）ESG和社会责任履行成效明显。', 'ktb'),
            ('5家合作区发布了年度ESG报告或社会责任报告，各合作区当地员工占比平均达到86%，累计开展职业技能培训2.3万人次，'
             '援建学校、医疗站等民生项目14个。', 'fs')])
    b.heading('三、存在的问题')
    b.body('一是部分合作区所在国政局和安全形势复杂，汇率波动较大，经营风险有所上升；二是合作区融资渠道较为单一，'
           '基础设施投资回收期长，实施企业资金压力较大；三是个别合作区招商引资进展缓慢，入区企业数量偏少，'
           '主导产业尚未形成规模；四是部分合作区以EPC方式建设的配套工程存在工期延误、成本超支等问题。')
    b.heading('四、下一步工作打算')
    b.body([('（一）', 'fs'), ('加强分类指导。', 'ktb'),
            ('对照《江苏省境外经贸合作区确认考核办法》，对8家合作区开展年度考核，推动考核结果与专项资金安排挂钩，'
             '对连续两年考核不合格的合作区予以退出。', 'fs')])
    b.body([('（二）', 'fs'), ('强化风险防控。', 'ktb'),
            ('指导实施企业完善境外安全风险评估和应急处置机制，会同中国出口信用保险公司江苏分公司扩大海外投资保险覆盖面。', 'fs')])
    b.body([('（三）', 'fs'), ('深化联动发展。', 'ktb'),
            ('推动省内综合保税区、跨境电子商务综合试验区与合作区建立对接机制，2026年力争新增入区企业40家以上、'
             '新增投资50000万美元以上。', 'fs')])
    b.heading('五、有关建议')
    b.body('1.建议商务部加大对国家级境外经贸合作区的支持力度，将柬埔寨西哈努克港经济特区等成熟合作区纳入双边经贸'
           '合作重点项目清单。')
    b.body('2.建议协调政策性金融机构设立合作区专项融资产品，对单个合作区提供不低于5000万美元的中长期贷款支持。')
    b.body('3.建议加快修订境外经贸合作区统计制度，统一入区企业数、累计投资、就业人数等指标口径。')
    b.body('特此报告。')
    b.signature(['江苏省商务厅\u3000\u3000\u3000'], '2026年2月10日\u3000\u3000\u3000')
    b.para([('（联系人：刘晓峰；联系电话：025-57710386）', 'fs')])
    b.banji('抄送：省发展改革委、省财政厅、省外办。', '江苏省商务厅办公室', '2026年2月10日')
    return b


# =====================================================================
# Document 3: 商务部关于加强境外经贸合作区建设和管理的指导意见
# =====================================================================
def make_yijian():
    b = Builder('blind634_quanguo_yijian')
    b.empty(1)
    b.red_header('中华人民共和国商务部文件', 32)
    b.number_line('商合发〔2025〕211号')
    b.empty(1)
    b.para([('商务部关于加强境外经贸合作区建设\n和管理的指导意见', 'xbs')],
           align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=False, size=22)
    b.empty(1)
    b.start({
        'title': '商务部关于加强境外经贸合作区建设和管理的指导意见',
        'doc_number': '商合发〔2025〕211号',
        'issuer': ['商务部'],
        'date': '2025-09-26',
        'published': None,
        'level': 'national',
        'region': '全国',
        'effective': '2025-11-01',
        'expires': None,
        'attachments': [],
        'doc_type': '意见',
        'recipients': ['各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门', '各有关中央企业'],
        'publicity': '此件公开发布',
        'repeals': None,
    })
    b.para([('各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门，各有关中央企业：', 'fs')], indent=False)
    b.body('境外经贸合作区（以下简称合作区）是我国企业“走出去”集群式发展的重要平台，是高质量共建“一带一路”的重要载体。'
           '经过多年发展，合作区在促进东道国工业化、推动国际产能合作、带动当地就业等方面发挥了积极作用，但也存在布局'
           '不够合理、产业集聚度不高、风险防控能力不足等问题。为加强合作区建设和管理，推动合作区高质量发展，现提出如下意见。')
    # headings numbered by Word (chineseCounting) - the "一、" is not in the text
    b.auto_list([[('总体要求', 'ht')]], fmt='chineseCounting', lvl_text='%1、', key=False)
    b.body('以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，坚持共商共建共享原则，'
           '坚持企业主体、市场运作、政府引导、互利共赢，以提升合作区发展质量和效益为核心，优化布局、规范管理、'
           '强化服务、防控风险，推动合作区成为高质量共建“一带一路”的标志性工程。')
    b.body('到2027年，合作区布局进一步优化，管理制度更加健全，重点培育20家左右主导产业突出、运营管理规范、综合效益显著的'
           '高水平合作区，入区企业累计投资超过800亿美元，带动东道国就业超过60万人。')
    h = b.para([('二、重点任务', 'ht')])  # this one typed by hand
    b.body([('（一）优化合作区布局。', 'ktb'),
            ('引导企业围绕东道国资源禀赋、产业基础和市场需求，在共建“一带一路”重点国家和地区科学布局合作区。支持在东南亚、'
             '中东欧、非洲等区域建设一批特色鲜明的产业园区。严格控制在安全风险较高、投资环境不稳定的国家和地区新设合作区。', 'fs')])
    b.body([('（二）突出产业集聚发展。', 'ktb'),
            ('合作区要明确1至2个主导产业，围绕产业链上下游开展招商，避免“有园无产”。鼓励制造业合作区与国内产业有序转移'
             '相衔接，支持柬埔寨西哈努克港经济特区、埃塞俄比亚东方工业园等成熟合作区拓展产业链条，向研发设计、品牌营销'
             '等环节延伸。', 'fs')])
    b.body([('（三）推进绿色可持续发展。', 'ktb'),
            ('合作区应严格遵守东道国环保法律法规，依法开展环境影响评价，建设污水集中处理等环保基础设施。鼓励合作区对标'
             '国际通行的环境、社会和公司治理（ESG）标准，建立信息披露制度，定期发布ESG报告。', 'fs')])
    b.body([('（四）规范建设运营管理。', 'ktb'),
            ('实施企业应依法履行境外投资备案（核准）手续，建立健全合作区治理结构和内控制度。合作区基础设施建设采用工程总承包'
             '（EPC）模式的，应通过公开招标等方式择优选定承包商，防范工程质量和债务风险。合作区不得以房地产开发为主要业务。',
             'fs')])
    b.body([('（五）深化境内外园区联动。', 'ktb'),
            ('支持自由贸易试验区、国家级经济技术开发区、综合保税区与合作区开展结对合作，探索“两国双园”“境内研发＋境外制造”'
             '等合作模式。支持合作区利用中欧班列、跨境电子商务综合试验区和海外仓拓展国际市场，推动匈牙利等中东欧国家的'
             '合作区发挥辐射欧洲市场的枢纽作用。', 'fs')])
    b.para([('三、保障措施', 'ht')])
    b.body([('（一）加强统筹协调。', 'ktb'),
            ('商务部会同有关部门建立合作区工作协调机制，加强与东道国政府的政策沟通，推动将合作区纳入双边经贸合作机制。'
             '各地商务主管部门要将合作区建设纳入本地区对外开放总体部署。', 'fs')])
    b.body([('（二）加大金融支持力度。', 'ktb'),
            ('鼓励政策性、开发性金融机构按照市场化原则为合作区提供中长期融资支持。', 'fs')])
    b.auto_list([
        '支持符合条件的合作区实施企业在境外发行债券，拓宽融资渠道；',
        '鼓励中国出口信用保险公司扩大对合作区的海外投资保险承保规模，单个合作区承保金额原则上不超过50000万美元；',
        '推动在合作区使用人民币开展跨境投融资和贸易结算。',
    ])
    b.body([('（三）强化风险防控。', 'ktb'),
            ('实施企业是合作区安全风险防范的第一责任主体，要建立境外安全风险评估和应急处置机制，购买必要的保险。'
             '各地商务主管部门要定期开展风险排查，指导企业妥善应对东道国政局变化、汇率波动、劳资纠纷等风险。', 'fs')])
    b.body([('（四）完善确认考核制度。', 'ktb'),
            ('商务部将修订合作区确认考核办法，对合作区实行动态管理。考核结果优秀的，在政策、资金等方面给予倾斜；'
             '连续两年考核不合格或者发生重大安全事故、造成恶劣国际影响的，撤销其合作区资格。', 'fs')])
    b.para([('四、组织实施', 'ht')])
    b.body('各地商务主管部门要高度重视合作区建设和管理工作，结合本地区实际制定具体落实措施，加强对实施企业的指导和服务。'
           '各有关中央企业要切实履行主体责任，规范合作区建设运营。执行中遇到的重大问题，请及时报告商务部（对外投资和'
           '经济合作司）。')
    b.body('本意见自2025年11月1日起施行。')
    b.signature(['商务部\u3000\u3000\u3000\u3000'], '2025年9月26日\u3000\u3000', gap=1)
    b.empty(1)
    b.para([('（此件公开发布）', 'fs')])
    b.banji('抄送：国家发展改革委、外交部、财政部、中国人民银行、国务院国资委、国家外汇局，中国出口信用保险公司。',
            '商务部办公厅', '2025年9月28日')
    return b


def to_pdf(path):
    cmd = ['soffice', '-env:UserInstallation=file:///tmp/lo_634', '--headless',
           '--convert-to', 'pdf', '--outdir', HERE, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    pdf = os.path.splitext(path)[0] + '.pdf'
    if not os.path.exists(pdf):
        raise RuntimeError('PDF conversion failed for %s' % path)


def main():
    expected = {}
    for maker in (make_banfa, make_baogao, make_yijian):
        b = maker()
        path = b.save()
        to_pdf(path)
        expected[b.stem] = b.objects
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
