# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 554: 自贸试验区“十四五”发展规划中期评估报告 test documents."""
import io
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))

FONTS = {
    'fs': '仿宋_GB2312',
    'ht': '黑体',
    'kt': '楷体_GB2312',
    'xbs': '方正小标宋简体',
    'ss': '宋体',
}
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
BR = 'BR'  # soft line break marker inside a segment list

PPR_ORDER = ['pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr',
             'widowControl', 'numPr', 'suppressLineNumbers', 'pBdr', 'shd',
             'tabs', 'suppressAutoHyphens', 'kinsoku', 'wordWrap',
             'overflowPunct', 'topLinePunct', 'autoSpaceDE', 'autoSpaceDN',
             'bidi', 'adjustRightInd', 'snapToGrid', 'spacing', 'ind',
             'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc',
             'textDirection', 'textAlignment', 'textboxTightWrap',
             'outlineLvl', 'divId', 'cnfStyle', 'rPr', 'sectPr', 'pPrChange']


def ppr_insert(p, el):
    pPr = p._p.get_or_add_pPr()
    name = el.tag.split('}')[1]
    succ = ['w:' + t for t in PPR_ORDER[PPR_ORDER.index(name) + 1:]]
    old = pPr.find(qn('w:' + name))
    if old is not None:
        pPr.remove(old)
    pPr.insert_element_before(el, *succ)
    return el


def set_run_font(run, key='fs', size=16, bold=False, color=None):
    name = FONTS[key]
    rPr = run._element.get_or_add_rPr()
    rf = rPr.get_or_add_rFonts()
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rf.set(qn(a), name)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def p_border(p, sides=('top', 'left', 'bottom', 'right'), color='000000', sz=6, space=4):
    bdr = OxmlElement('w:pBdr')
    for s in sides:
        e = OxmlElement('w:' + s)
        e.set(qn('w:val'), 'single')
        e.set(qn('w:sz'), str(sz))
        e.set(qn('w:space'), str(space))
        e.set(qn('w:color'), color)
        bdr.append(e)
    ppr_insert(p, bdr)


def set_col_widths(t, widths):
    t.autofit = False
    gcs = t._tbl.tblGrid.findall(qn('w:gridCol'))
    for gc, w in zip(gcs, widths):
        gc.set(qn('w:w'), str(int(w / 2.54 * 1440)))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)


def add_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = C
    r = p.add_run('— ')
    set_run_font(r, 'ss', 14)
    for kind, txt in (('begin', None), ('instr', ' PAGE '), ('separate', None),
                      ('text', '1'), ('end', None)):
        r = p.add_run()
        set_run_font(r, 'ss', 14)
        if kind == 'instr':
            it = OxmlElement('w:instrText')
            it.set(qn('xml:space'), 'preserve')
            it.text = txt
            r._element.append(it)
        elif kind == 'text':
            r.text = txt
        else:
            fc = OxmlElement('w:fldChar')
            fc.set(qn('w:fldCharType'), kind)
            r._element.append(fc)
    r = p.add_run(' —')
    set_run_font(r, 'ss', 14)


def placeholder_png(seed=1, w=900, h=420):
    img = Image.new('RGB', (w, h), (250, 250, 250))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, w - 1, h - 1], outline=(160, 160, 160), width=2)
    d.line([60, h - 50, w - 30, h - 50], fill=(60, 60, 60), width=2)
    d.line([60, 30, 60, h - 50], fill=(60, 60, 60), width=2)
    n = 7
    vals = [(seed * 37 + i * 53) % 100 for i in range(n)]
    vals = sorted(vals) if seed % 2 else vals
    bw = (w - 120) // n
    for i, v in enumerate(vals):
        x0 = 80 + i * bw
        top = h - 50 - int((h - 110) * (0.25 + 0.75 * v / 100))
        d.rectangle([x0, top, x0 + bw - 25, h - 51], fill=(190, 40, 40) if seed % 2 else (40, 90, 170))
    buf = io.BytesIO()
    img.save(buf, format='PNG')
    buf.seek(0)
    return buf


class Builder:
    def __init__(self):
        self.doc = Document()
        sec = self.doc.sections[0]
        sec.page_width = Cm(21)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        st = self.doc.styles['Normal']
        st.font.size = Pt(16)
        st.font.name = FONTS['fs']
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), FONTS['fs'])
        add_page_number(sec)
        self.docs = []   # list of dicts {meta, clauses}
        self.cur = None

    def start(self, meta):
        self.cur = {'meta': meta, 'clauses': []}
        self.docs.append(self.cur)

    # ---- paragraphs -------------------------------------------------
    def para(self, segs, container=None, align=J, indent=2, size=16,
             spacing=28, clause=False, before=0, after=0, default_font='fs'):
        box = container if container is not None else self.doc
        p = box.add_paragraph()
        if isinstance(segs, str):
            segs = [(segs, default_font)]
        text = ''
        for seg in segs:
            if seg == BR:
                p.add_run().add_break()
                continue
            t = seg[0]
            key = seg[1] if len(seg) > 1 else default_font
            bold = seg[2] if len(seg) > 2 else False
            color = seg[3] if len(seg) > 3 else None
            r = p.add_run(t)
            set_run_font(r, key, size, bold, color)
            text += t
        if align is not None:
            p.alignment = align
        pf = p.paragraph_format
        if indent:
            pf.first_line_indent = Pt(size * indent)
        if spacing:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(spacing)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if clause:
            self.cur['clauses'].append(text)
        return p

    def empty(self, n=1, container=None):
        for _ in range(n):
            box = container if container is not None else self.doc
            p = box.add_paragraph()
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            p.paragraph_format.line_spacing = Pt(28)

    def body(self, segs, **kw):
        kw.setdefault('clause', True)
        return self.para(segs, **kw)

    def heading(self, text, key='ht', **kw):
        kw.setdefault('indent', 2)
        return self.para([(text, key)], **kw)

    def picture(self, seed, container=None, width=14):
        box = container if container is not None else self.doc
        p = box.add_paragraph()
        p.alignment = C
        p.add_run().add_picture(placeholder_png(seed), width=Cm(width))
        return p

    def caption(self, text, container=None, size=14):
        return self.para([(text, 'kt')], container=container, align=C,
                         indent=0, size=size, spacing=24, after=6)

    # ---- tables -----------------------------------------------------
    @staticmethod
    def cell_write(cell, text, key='fs', size=10.5, bold=False, align=C):
        p = cell.paragraphs[0]
        parts = text.split('\n')
        for i, part in enumerate(parts):
            if i:
                p.add_run().add_break()
            r = p.add_run(part)
            set_run_font(r, key, size, bold)
        p.alignment = align
        p.paragraph_format.line_spacing = 1.0
        return p

    def data_table(self, header, rows, title_row=None, widths=None,
                   size=10.5, container=None, first_col_left=True):
        box = container if container is not None else self.doc
        ncol = len(header)
        nrow = len(rows) + 1 + (1 if title_row else 0)
        t = box.add_table(rows=nrow, cols=ncol)
        t.style = self.doc.styles['Table Grid']
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        r0 = 0
        if title_row:
            m = t.cell(0, 0).merge(t.cell(0, ncol - 1))
            self.cell_write(m, title_row, 'ht', 12)
            r0 = 1
        for j, h in enumerate(header):
            self.cell_write(t.cell(r0, j), h, 'ht', size)
        labels = [h.replace('\n', '') for h in header]
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                self.cell_write(t.cell(r0 + 1 + i, j), v, 'fs', size,
                                align=L if (j == 0 and first_col_left) else C)
            self.cur['clauses'].append('；'.join(
                '%s：%s' % (labels[j], row[j].replace('\n', '')) for j in range(ncol)))
        if widths:
            set_col_widths(t, widths)
        return t

    def box_table(self, width=15.6):
        t = self.doc.add_table(rows=1, cols=1)
        t.style = self.doc.styles['Table Grid']
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_col_widths(t, [width])
        return t.cell(0, 0)

    def layout_table(self, rows, cols):
        t = self.doc.add_table(rows=rows, cols=cols)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        return t

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def add_numbering(self, abs_id, num_id, fmt, lvltext, font_key, size=16):
        numbering = self.doc.part.numbering_part.element
        f = FONTS[font_key]
        absn = parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:hint="eastAsia"/>'
            '<w:sz w:val="%d"/></w:rPr></w:lvl></w:abstractNum>'
            % (nsdecls('w'), abs_id, fmt, lvltext, f, f, f, size * 2))
        first_num = numbering.find(qn('w:num'))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
            % (nsdecls('w'), num_id, abs_id)))

    @staticmethod
    def set_num(p, num_id):
        numPr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                          % (nsdecls('w'), num_id))
        ppr_insert(p, numPr)

    def save(self, stem):
        path = os.path.join(HERE, stem + '.docx')
        self.doc.save(path)
        return path


def meta(**kw):
    m = {
        'title': None, 'doc_number': None, 'issuer': [], 'date': None,
        'published': None, 'level': 'provincial', 'region': None,
        'effective': None, 'expires': None, 'attachments': [],
        'doc_type': '报告', 'recipients': [], 'publicity': None, 'repeals': None,
    }
    m.update(kw)
    return m


FW = '\u3000'  # full-width space

IND_HEADER = ['指标', '单位', '2020年基数', '2025年目标', '2026年完成', '完成进度', '属性']


# =====================================================================
# 1. 福建：单独成文的评估报告，手打编号
# =====================================================================
def make_fujian():
    b = Builder()
    org = '福建省自由贸易试验区工作领导小组办公室'
    b.start(meta(
        title='中国（福建）自由贸易试验区“十四五”发展规划中期评估报告——以制度型开放引领闽台融合发展和“海丝”核心区建设',
        issuer=[org], date='2026-11-20', region='中国（福建）自由贸易试验区'))
    b.empty()
    # title typed as two separate paragraphs
    b.para([('中国（福建）自由贸易试验区“十四五”', 'xbs')], align=C, indent=0, size=22, spacing=36)
    b.para([('发展规划中期评估报告', 'xbs')], align=C, indent=0, size=22, spacing=36)
    b.para([('——以制度型开放引领闽台融合发展和“海丝”核心区建设', 'kt')], align=C, indent=0, size=16, spacing=30, before=6)
    b.empty()
    b.para([(org, 'kt')], align=C, indent=0, size=16)
    b.empty()

    cell = b.box_table()
    b.para([('摘  要', 'ht')], container=cell, align=C, indent=0, size=16)
    b.body('2021年以来，福建自贸试验区对照《中国（福建）自由贸易试验区“十四五”发展规划》确定的5个方面28项主要任务和12项主要指标，坚持以制度创新为核心，累计推出创新举措312项，其中全国首创146项，24项在全国复制推广。评估显示，规划确定的12项主要指标中，8项已提前完成或超额完成2025年目标，3项完成进度在90%以上，1项进展相对滞后。',
           container=cell, size=15, spacing=26)
    b.body('评估认为，福建自贸试验区在投资贸易便利化、金融开放创新、闽台融合发展和“海丝”核心区建设等方面取得明显成效，但仍存在首创性、集成性改革不足，片区间发展不平衡，产业集聚能级不高等问题。下一步，建议围绕对接高标准经贸规则、深化两岸融合、提升“丝路海运”品牌等方面持续发力。',
           container=cell, size=15, spacing=26)
    b.empty()

    b.heading('一、规划实施总体进展')
    b.body('规划实施以来，省自贸办会同福州、厦门、平潭三个片区和省直有关部门，逐项分解规划任务，建立“年度计划、季度调度、年终考评”工作机制。截至2026年9月底，规划确定的28项主要任务中，已完成19项，基本完成7项，正在推进2项，总体进展符合预期。')
    b.body([('（一）投资贸易便利化水平持续提升。', 'kt', True),
            ('全面实施外商投资准入前国民待遇加负面清单管理制度，片区新设外商投资企业4126家，较“十三五”时期增长37.5%。国际贸易“单一窗口”主要业务应用率达100%，进口、出口整体通关时间分别压缩至28.6小时和0.9小时。在全国率先推出“两步申报”“船边直提”“抵港直装”等通关模式。', 'fs')])
    b.body([('（二）金融开放创新稳步推进。', 'kt', True),
            ('开展跨境贸易投资高水平开放试点，累计办理跨境人民币结算业务4860亿元。推动合格境外有限合伙人（QFLP）试点扩容，试点企业达57家，累计引进境外资金18.3亿美元。厦门片区获批开展跨境电商外汇结算便利化试点。', 'fs')])
    b.body([('（三）闽台融合发展走深走实。', 'kt', True),
            ('推进台湾地区职业资格采认，累计为台湾同胞直接采认职业资格1423人次。平潭片区对台通道建设加快，对台小额贸易进出口额年均增长12.6%。两岸共同市场先行区建设取得阶段性进展。', 'fs')])
    b.body([('（四）“海丝”核心区枢纽功能不断增强。', 'kt', True),
            ('“丝路海运”命名航线达126条，联通全球46个国家和地区的149个港口。中欧（厦门）班列累计开行1986列，开通至中亚、欧洲12条线路。跨境电商综合试验区建设成效明显，2025年片区跨境电商进出口额达486.2亿元。', 'fs')])

    b.empty()
    b.para([('专栏1  主要指标完成情况', 'ht')], align=C, indent=0, size=14, spacing=24, after=4)
    rows = [
        ['实际使用外资★', '亿美元', '18.6', '30', '31.4', '104.7%', '预期性'],
        ['货物进出口总额', '亿元', '3020', '4500', '4386', '97.5%', '预期性'],
        ['新设外商投资企业', '家', '512', '800', '846', '105.8%', '预期性'],
        ['跨境电商进出口额\n（含市场采购）★', '亿元', '168.5', '450', '512.6', '113.9%', '预期性'],
        ['服务贸易进出口额', '亿美元', '42.3', '70', '65.1', '93.0%', '预期性'],
        ['进口整体通关时间', '小时', '41.2', '≤30', '28.6', '已完成', '约束性'],
        ['出口整体通关时间', '小时', '1.6', '≤1', '0.9', '已完成', '约束性'],
        ['跨境人民币结算量', '亿元', '620', '1000', '1086', '108.6%', '预期性'],
        ['累计制度创新成果★', '项', '145', '300', '312', '104.0%', '预期性'],
        ['全国复制推广创新成果', '项', '12', '30', '24', '80.0%', '预期性'],
        ['“丝路海运”命名航线', '条', '60', '120', '126', '105.0%', '预期性'],
        ['规模以上工业单位增加值能耗下降', '%', '—', '〔13.5〕', '12.6', '93.3%', '约束性'],
    ]
    b.data_table(IND_HEADER, rows, widths=[4.3, 1.6, 1.9, 1.9, 1.9, 2.1, 1.6])
    b.body('注：1.标★的为核心指标；2.〔 〕内为规划期累计数；3.2026年完成值为1—9月实际数或全年预计数，完成进度=2026年完成值/2025年目标值×100%。',
           indent=0, size=12, spacing=20)
    b.empty()
    b.picture(1)
    b.caption('图1  2020—2026年福建自贸试验区实际使用外资（亿美元）')
    b.picture(2)
    b.caption('图2  福州、厦门、平潭片区制度创新成果数量对比（项）')

    # 专栏2 as a boxed 1-cell table
    b.empty()
    cell = b.box_table()
    b.para([('专栏2  典型制度创新案例', 'ht')], container=cell, align=C, indent=0, size=14, spacing=24)
    b.body('1.“两岸职业资格一试双证”：台胞参加一次考试，可同时取得两岸职业资格证书，已覆盖12个工种。', container=cell, size=14, spacing=24)
    b.body('2.“海运快件集中监管”：实现海运快件与跨境电商、邮件“三合一”集中监管，通关时效提升40%。', container=cell, size=14, spacing=24)
    b.body('3.“QFLP‘一站式’备案”：将外资股权投资企业设立备案时间由20个工作日压缩至5个工作日。', container=cell, size=14, spacing=24)
    b.empty()

    b.heading('二、存在的主要问题')
    b.body([('（一）改革创新的首创性、集成性有待提升。', 'kt', True),
            ('部分创新举措属于流程优化、服务提升类，涉及制度层面的系统集成创新偏少，全国复制推广创新成果完成进度为80.0%，与规划目标仍有差距。', 'fs')])
    b.body([('（二）片区协同联动不够。', 'kt', True),
            ('三个片区在产业定位、政策供给等方面存在同质化竞争，跨片区的协同创新机制尚不健全，联动创新区辐射带动作用有待发挥。', 'fs')])
    b.body([('（三）产业集聚能级不高。', 'kt', True),
            ('片区内龙头企业、总部型企业数量偏少，新兴产业和高端服务业占比较低，外贸新业态新模式规模与沿海先进自贸试验区相比仍有差距。', 'fs')])

    b.heading('三、下一步工作建议')
    b.body('对标规划目标和高标准国际经贸规则，建议在规划后半程重点抓好以下工作：')
    recs = [
        ('(1)主动对接高标准经贸规则。', '对照《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等规则，在数字贸易、知识产权保护、政府采购等领域开展压力测试，争取形成一批首创性制度成果。'),
        ('(2)深化两岸融合发展示范。', '扩大台湾地区职业资格采认范围，推动闽台标准共通，支持平潭片区建设两岸共同家园，打造台胞台企登陆“第一家园”。'),
        ('(3)提升“丝路海运”“丝路飞翔”品牌影响力。', '推动“丝路海运”与中欧班列、西部陆海新通道联动发展，完善海铁联运、空海联运体系，建设“海丝”核心区国际物流枢纽。'),
        ('(4)加强片区协同和联动创新。', '建立片区间改革试点经验共享和利益分享机制，推动联动创新区与片区政策互通、数据共享、产业协同。'),
        ('(5)健全评估考核机制。', '完善制度创新成果第三方评估，强化评估结果运用，将规划实施情况纳入对片区管委会和省直有关部门的年度绩效考评。'),
    ]
    for h, t in recs:
        b.body([(h, 'fs', True), (t, 'fs')])

    b.empty(3)
    b.para([(FW * 6 + org, 'fs')], align=L, indent=0)
    b.para([(FW * 14 + '2026年11月20日', 'fs')], align=L, indent=0)
    return b


# =====================================================================
# 2. 四川：红头印发通知 + 附件评估报告（两份文件）
# =====================================================================
def make_sichuan():
    b = Builder()
    org = '四川省自由贸易试验区工作办公室'
    rpt = '中国（四川）自由贸易试验区“十四五”发展规划中期评估报告'
    b.start(meta(
        title='四川省自由贸易试验区工作办公室关于印发《%s》的通知' % rpt,
        doc_number='川自贸办〔2026〕7号', issuer=[org], date='2026-10-28',
        region='中国（四川）自由贸易试验区', attachments=[rpt], doc_type='通知',
        recipients=['各片区管委会', '各协同改革先行区', '省自贸试验区工作领导小组各成员单位'],
        publicity='此件公开发布'))
    b.empty()
    b.para([(org + '文件', 'xbs', False, 'FF0000')], align=C, indent=0, size=24, spacing=40)
    b.empty()
    b.para([('川自贸办〔2026〕7号', 'fs')], align=C, indent=0)
    p = b.para([('', 'fs')], align=C, indent=0, spacing=10)
    p_border(p, sides=('bottom',), color='FF0000', sz=18, space=1)
    b.empty()
    b.para([(org, 'xbs'), BR, ('关于印发《%s》的通知' % rpt, 'xbs')],
           align=C, indent=0, size=22, spacing=36)
    b.empty()
    b.para([('各片区管委会，各协同改革先行区，省自贸试验区工作领导小组各成员单位：', 'fs')], align=L, indent=0)
    b.body('经省自贸试验区工作领导小组同意，现将《%s》印发给你们，请结合实际认真抓好贯彻落实。' % rpt)
    b.body('现就有关事项通知如下：')
    b.body([('（一）抓好问题整改。', 'kt'),
            ('各片区、各协同改革先行区要对照评估报告指出的问题，逐项制定整改措施，明确责任单位和完成时限，于2026年12月31日前将整改落实方案报送省自贸办。', 'fs')])
    b.body([('（二）加强指导支持。', 'kt'),
            ('省自贸试验区工作领导小组各成员单位要加强对片区的工作指导和政策支持，协调解决规划实施中的重大问题，对涉及中央事权的改革事项，积极向国家有关部委汇报争取。', 'fs')])
    b.body([('（三）狠抓指标攻坚。', 'kt'),
            ('对实际使用外资、跨境电商交易额等完成进度偏慢的指标，有关片区和省直部门要制定专项攻坚方案，确保规划目标如期实现。', 'fs')])
    b.body([('（四）做好跟踪评估。', 'kt'),
            ('省自贸办将于2027年上半年组织开展整改情况“回头看”，评估结果纳入年度自贸试验区建设工作考核。', 'fs')])
    b.body('联系人：省自贸办综合处王晓蕾，联系电话：028-86712345。')
    b.empty()
    b.para([('附件：' + rpt, 'fs')], align=L, indent=2)
    b.empty(3)
    b.para([(FW * 8 + org, 'fs')], align=L, indent=0)
    b.para([(FW * 12 + '2026年10月28日', 'fs')], align=L, indent=0)
    b.empty()
    b.para([('（此件公开发布）', 'fs')], align=L, indent=2)

    # ---------------- attachment: the report --------------------------
    b.start(meta(
        title=rpt + '——打造内陆开放战略高地和国际门户枢纽',
        issuer=[org], date='2026-10-28', region='中国（四川）自由贸易试验区'))
    b.page_break()
    b.para([('附件', 'ht')], align=L, indent=0)
    b.empty()
    b.para([(rpt, 'xbs')], align=C, indent=0, size=22, spacing=36)
    b.para([('——打造内陆开放战略高地和国际门户枢纽', 'kt')], align=C, indent=0, size=16, spacing=30)
    b.empty()
    # 摘要 box made of bordered paragraphs (no table)
    p = b.para([('摘要', 'ht')], align=C, indent=0, size=16)
    p_border(p)
    p = b.body('为全面掌握《中国（四川）自由贸易试验区“十四五”发展规划》实施进展，省自贸办委托第三方机构，采取数据分析、实地调研、问卷调查和部门座谈相结合的方式，对规划实施情况开展中期评估。评估范围包括成都天府新区、成都青白江铁路港、川南临港三个片区和15个协同改革先行区。',
               size=15, spacing=26)
    p_border(p)
    p = b.body('评估结果显示，规划确定的8项主要指标中，6项已完成或超额完成2025年目标，实际使用外资完成进度为93.5%，跨境电商交易额完成进度为82.1%。规划实施总体良好，但在首创性制度创新、开放型产业培育、协同改革先行区带动等方面仍需加力。',
               size=15, spacing=26)
    p_border(p)
    b.empty()

    b.heading('一、规划实施取得的主要成效')
    b.body('规划实施以来，四川自贸试验区紧扣“西部门户城市开发开放引领区、内陆开放战略支撑带先导区、国际开放通道枢纽区、内陆开放型经济新高地”战略定位，扎实推进各项改革试点任务，较好发挥了改革开放试验田作用。')
    b.body([('（一）国际开放通道枢纽功能显著增强。', 'fs', True),
            ('中欧班列（成渝）累计开行量突破2.8万列，开行线路覆盖欧洲、中亚、东盟等110余个境外城市。青白江铁路港片区创新推出“铁路运输单证+金融”服务，累计开具多式联运提单1.2万余单，融资金额超过18亿元。西部陆海新通道班列实现常态化开行。', 'fs')])
    b.body([('（二）制度创新成果持续涌现。', 'fs', True),
            ('累计形成制度创新成果936项，其中12项经验在全国复制推广，86项在全省复制推广。在全国率先开展“自贸通”综合服务改革，企业开办时间压缩至0.5个工作日。', 'fs')])
    b.body([('（三）外贸新业态加快发展。', 'fs', True),
            ('成都国际铁路港综合保税区、成都高新综合保税区等加快发展，综合保税区进出口额保持全国前列。跨境电商综合试验区建设提速，培育跨境电商龙头企业43家，建设海外仓89个。', 'fs')])
    b.body([('（四）协同改革先行区联动效应初步显现。', 'fs', True),
            ('15个协同改革先行区累计复制自贸试验区改革经验1260余项次，形成“自贸试验区+协同改革先行区”联动发展格局。', 'fs')])
    b.empty()
    rows = [
        ['★中欧班列（成渝）年开行量', '列', '2460', '5000', '5312', '106.2%', '预期性'],
        ['实际使用外资', '亿美元', '12.4', '20', '18.7', '93.5%', '预期性'],
        ['货物进出口总额', '亿元', '2865', '4000', '4215', '105.4%', '预期性'],
        ['★跨境电商交易额', '亿元', '95.6', '300', '246.3', '82.1%', '预期性'],
        ['综合保税区进出口额', '亿元', '3560', '5000', '5238', '104.8%', '预期性'],
        ['★累计形成制度创新成果', '项', '560', '900', '936', '104.0%', '预期性'],
        ['企业开办时间', '工作日', '3', '≤1', '0.5', '已完成', '约束性'],
        ['进口整体通关时间', '小时', '48.7', '≤35', '32.1', '已完成', '约束性'],
    ]
    b.data_table(IND_HEADER, rows, title_row='专栏1 主要指标完成情况',
                 widths=[4.3, 1.6, 1.9, 1.9, 1.9, 2.1, 1.6])
    b.body('注：标★的为核心指标。2026年完成值为2026年1—8月数据按全年测算。', indent=0, size=12, spacing=20)
    b.empty()
    # two figures side by side in a borderless layout table
    t = b.layout_table(1, 2)
    set_col_widths(t, [7.8, 7.8])
    for j, (seed, cap) in enumerate([(3, '图1  2020—2026年中欧班列（成渝）开行量（列）'),
                                     (4, '图2  2020—2026年综合保税区进出口额（亿元）')]):
        c = t.cell(0, j)
        b.picture(seed, container=c, width=7.2)
        b.caption(cap, container=c, size=12)
        c._element.remove(c.paragraphs[0]._p)  # drop the default empty paragraph
    b.empty()

    b.heading('二、存在的问题和不足')
    b.body([('（一）首创性差异化改革探索不够。', 'fs', True),
            ('部分改革事项仍停留在流程优化和简政放权层面，具有四川特色的首创性、引领性制度成果偏少，涉及中央事权的改革事项推进较慢。', 'fs')])
    b.body([('（二）开放型产业支撑偏弱。', 'fs', True),
            ('实际使用外资、跨境电商交易额等指标完成进度低于预期，外资项目落地和外贸新业态规模与东部沿海自贸试验区相比仍有较大差距。', 'fs')])
    b.body([('（三）通道优势向产业优势转化不足。', 'fs', True),
            ('中欧班列回程货源组织和“班列+产业”发展模式有待完善，通道经济对片区产业的带动作用尚未充分释放。', 'fs')])

    b.heading('三、对策建议')
    b.body('围绕规划后半程目标任务，提出以下建议：')
    b.body('(1)实施首创性改革攻坚行动。聚焦国际贸易、多式联运、金融服务等领域，每年谋划推出一批首创性改革试点事项，积极争取国家部委支持开展压力测试。')
    b.body('(2)大力引进外资项目。用好外商投资准入负面清单和鼓励外商投资产业目录，完善重点外资项目服务专班机制，力争实际使用外资完成规划目标。')
    b.body('(3)做强“通道+枢纽+网络”体系。推动中欧班列（成渝）高质量发展，拓展西部陆海新通道辐射范围，提升航空货运能力，加快发展枢纽经济。')
    b.body('(4)扩大协同改革先行区覆盖面。完善先行区考核评估和动态调整机制，推动制度创新成果在全省更大范围复制推广。')
    b.empty(2)

    # 版记 at the very end of the file
    p = b.para([('抄送：商务部自贸区港司，省委办公厅，省人大常委会办公厅，省政协办公厅。', 'fs')],
               align=L, indent=1, size=14)
    p_border(p, sides=('top',), sz=8, space=1)
    p = b.para([(FW + org + FW * 4 + '2026年10月28日印发', 'fs')], align=L, indent=0, size=14)
    p_border(p, sides=('top', 'bottom'), sz=8, space=1)
    return b


# =====================================================================
# 3. 河南：Word 自动编号的章标题和建议，落款放在无框表格
# =====================================================================
def make_henan():
    b = Builder()
    org = '河南省自由贸易试验区工作领导小组办公室'
    b.start(meta(
        title='中国（河南）自由贸易试验区“十四五”发展规划中期评估报告——加快建设服务于“一带一路”的现代综合交通枢纽',
        issuer=[org], date='2026-09-15', region='中国（河南）自由贸易试验区'))
    b.add_numbering(60, 60, 'chineseCounting', '%1、', 'ht')
    b.add_numbering(61, 61, 'decimal', '(%1)', 'fs')

    b.empty()
    b.para([('中国（河南）自由贸易试验区“十四五”发展规划中期评估报告', 'xbs')],
           align=C, indent=0, size=22, spacing=36)
    b.para([('——加快建设服务于“一带一路”的现代综合交通枢纽', 'kt')], align=C, indent=0, spacing=30, before=6)
    b.empty()

    cell = b.box_table()
    b.para([('内容摘要', 'ht', True)], container=cell, align=L, indent=0, size=15)
    b.body('本报告对《中国（河南）自由贸易试验区“十四五”发展规划》实施以来的进展情况进行了系统评估。评估显示，规划确定的9项主要指标中，6项已完成或超额完成2025年目标，2项完成进度在90%以上，郑州机场货邮吞吐量完成进度为75.0%；31项重点任务中，已完成20项，基本完成8项，正在推进3项。',
           container=cell, size=15, spacing=26)
    b.body('总体看，河南自贸试验区“两体系、一枢纽”建设取得积极成效，“四路协同”开放通道优势进一步巩固，但也存在制度创新系统集成不足、片区发展不平衡、开放型经济规模偏小等问题，需要在规划后半程加以解决。',
           container=cell, size=15, spacing=26)
    b.empty()

    def chap(text):
        p = b.heading(text)
        b.set_num(p, 60)
        return p

    chap('规划实施总体情况')
    b.body('规划实施以来，省自贸办会同郑州、开封、洛阳三个片区管委会和省直有关部门，围绕“两体系、一枢纽”战略定位，扎实推进各项改革任务，主要指标总体完成情况良好（见专栏1）。')
    b.para([('专栏1 主要指标完成情况', 'ht')], align=C, indent=0, size=14, spacing=24, after=4)
    header = ['指标', '单位', '2020年\n基数', '2025年\n目标', '2026年\n完成', '完成\n进度', '属性']
    rows = [
        ['实际使用外资★', '亿美元', '9.8', '15', '15.6', '104.0%', '预期性'],
        ['货物进出口总额', '亿元', '2156', '3000', '2872', '95.7%', '预期性'],
        ['中欧班列（中豫号）年开行量★', '列', '1106', '2000', '2368', '118.4%', '预期性'],
        ['郑州机场货邮吞吐量', '万吨', '63.9', '110', '82.5', '75.0%', '预期性'],
        ['跨境电商进出口额★', '亿元', '1745', '2500', '2630', '105.2%', '预期性'],
        ['新设外商投资企业', '家', '186', '300', '274', '91.3%', '预期性'],
        ['企业开办时间', '工作日', '1', '≤0.5', '0.5', '已完成', '约束性'],
        ['出口整体通关时间', '小时', '2.1', '≤1.5', '1.3', '已完成', '约束性'],
        ['累计形成制度创新成果', '项', '415', '600', '622', '103.7%', '预期性'],
    ]
    b.data_table(header, rows, widths=[4.4, 1.6, 1.8, 1.8, 1.8, 2.1, 1.7])
    b.body('注：标★的为核心指标；2026年完成值为1—6月数据年化测算。', indent=0, size=12, spacing=20)
    b.empty()
    b.picture(5)
    b.caption('图1  2020—2026年中欧班列（中豫号）开行量（列）')
    b.body([('（一）“四路协同”枢纽优势持续巩固。', 'kt', True),
            ('郑州—卢森堡“空中丝绸之路”航线网络不断拓展，郑州机场全货机航线达52条；中欧班列（中豫号）开行线路覆盖40多个国家140多个城市；跨境电商“1210”网购保税进口模式持续升级；海铁联运班列实现与青岛港、连云港港等沿海港口常态化对接。', 'fs')])
    b.body([('（二）政府职能转变成效明显。', 'kt', True),
            ('深化“放管服”改革，全面推行“证照分离”改革全覆盖，推出“一码集成服务”“企业集群注册”等改革举措，企业开办时间压缩至0.5个工作日。', 'fs')])
    b.body([('（三）投资贸易便利化水平不断提高。', 'kt', True),
            ('全面落实外商投资准入前国民待遇加负面清单管理制度，推进“智慧口岸”建设，出口整体通关时间压缩至1.3小时，较2020年压缩38.1%。', 'fs')])
    b.body([('（四）片区特色化发展格局基本形成。', 'kt', True),
            ('郑州片区聚焦现代物流、跨境电商和智能终端产业，开封片区打造国际文化贸易和人文旅游合作平台，洛阳片区推动高端装备制造和研发设计服务业集聚发展。', 'fs')])

    chap('重点任务推进情况')
    b.body('规划确定的5个领域31项重点任务中，已完成20项，基本完成8项，正在推进3项，任务完成率为64.5%。')
    b.para([('专栏2 重点任务推进情况', 'ht')], align=C, indent=0, size=14, spacing=24, after=4)
    rows2 = [
        ['加快政府职能转变', '6', '4', '2', '0'],
        ['扩大投资领域开放', '5', '3', '1', '1'],
        ['推动贸易转型升级', '7', '5', '2', '0'],
        ['深化金融领域开放创新', '5', '2', '2', '1'],
        ['构建现代综合交通枢纽', '8', '6', '1', '1'],
        ['合计', '31', '20', '8', '3'],
    ]
    b.data_table(['任务领域', '任务数（项）', '已完成', '基本完成', '正在推进'], rows2,
                 widths=[5.6, 2.6, 2.4, 2.4, 2.4])
    b.empty()
    b.picture(6)
    b.caption('图2  各领域重点任务推进情况')

    chap('存在的主要问题')
    b.body([('1.制度创新系统集成不足。', 'fs', True),
            ('改革举措碎片化问题仍然存在，跨部门、跨领域的集成性制度创新成果较少，在全国复制推广的改革经验数量与先进自贸试验区相比仍有差距。', 'fs')])
    b.body([('2.航空货运发展不及预期。', 'fs', True),
            ('受国际航空货运市场波动影响，郑州机场货邮吞吐量完成进度为75.0%，是唯一完成进度低于90%的主要指标。', 'fs')])
    b.body([('3.片区发展不平衡。', 'fs', True),
            ('开封、洛阳片区主要经济指标体量较小，对外开放平台功能发挥不够，与郑州片区协同联动有待加强。', 'fs')])

    chap('对策建议')
    b.body('为确保规划目标如期实现，建议重点做好以下工作：')
    recs = [
        ('强化“四路协同”枢纽功能。', '推动郑州—卢森堡“空中丝绸之路”扩线加密，积极引进基地货运航空公司，加快中欧班列（中豫号）集结中心建设，提升“陆上丝绸之路”运营质效。'),
        ('深化首创性集成性改革。', '聚焦多式联运“一单制”、跨境电商零售进口监管等领域开展集成创新，争取更多改革经验在全国复制推广。'),
        ('推动片区协同发展。', '建立片区间产业协作和利益分享机制，支持开封、洛阳片区发挥文化、装备制造等特色优势，打造差异化发展格局。'),
        ('加强规划实施监测评估。', '完善主要指标统计监测制度，按季度开展调度，将评估结果纳入片区年度考核。'),
    ]
    for i, (h, t) in enumerate(recs, 1):
        p = b.para([(h, 'fs', True), (t, 'fs')])
        b.set_num(p, 61)
        # numbering comes from Word's list, so the visible clause carries "(n)"
        b.cur['clauses'].append('(%d)%s%s' % (i, h, t))

    b.empty(2)
    t = b.layout_table(1, 2)
    set_col_widths(t, [3.4, 12.2])
    c = t.cell(0, 1)
    b.cell_write(c, org, 'fs', 16)
    q = c.add_paragraph()
    r = q.add_run('2026年9月15日')
    set_run_font(r, 'fs', 16)
    q.alignment = C
    return b


def main():
    out = {}
    paths = []
    for stem, fn in (('blind554_fujian_pinggu', make_fujian),
                     ('blind554_sichuan_tongzhi', make_sichuan),
                     ('blind554_henan_pinggu', make_henan)):
        b = fn()
        paths.append(b.save(stem))
        out[stem] = b.docs
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_554', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE] + paths,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for pth in paths:
        pdf = pth[:-5] + '.pdf'
        if not os.path.exists(pdf):
            raise SystemExit('PDF not produced: ' + pdf)


if __name__ == '__main__':
    main()
