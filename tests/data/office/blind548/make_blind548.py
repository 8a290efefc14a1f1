# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 548 blind test documents: 自贸片区专项资金管理办法 + 申报表格.

Run:  /work/venv/bin/python make_blind548.py
Writes blind548_*.docx, blind548_*.pdf and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
SONG = '宋体'
RED = RGBColor(0xFF, 0x00, 0x00)
BR = object()          # soft line break token
CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY

CN_DIGITS = '零一二三四五六七八九'


def cn_num(n):
    """Chinese counting numeral as Word shows it (1..99)."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    s = ('' if tens == 1 else CN_DIGITS[tens]) + '十'
    if ones:
        s += CN_DIGITS[ones]
    return s


def set_font(run, name=FS, size=16, bold=False, color=None, ascii_name=None):
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        rpr.insert(0, rf)
    a = ascii_name or ('Times New Roman' if name == FS else name)
    rf.set(qn('w:ascii'), a)
    rf.set(qn('w:hAnsi'), a)
    rf.set(qn('w:eastAsia'), name)
    rf.set(qn('w:cs'), a)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color


def add_field(paragraph, instr, font=SONG, size=14):
    r1 = paragraph.add_run()
    set_font(r1, font, size)
    fc = OxmlElement('w:fldChar')
    fc.set(qn('w:fldCharType'), 'begin')
    r1._element.append(fc)
    r2 = paragraph.add_run()
    set_font(r2, font, size)
    it = OxmlElement('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = ' %s ' % instr
    r2._element.append(it)
    r3 = paragraph.add_run()
    set_font(r3, font, size)
    fc = OxmlElement('w:fldChar')
    fc.set(qn('w:fldCharType'), 'separate')
    r3._element.append(fc)
    r4 = paragraph.add_run('1')
    set_font(r4, font, size)
    r5 = paragraph.add_run()
    fc = OxmlElement('w:fldChar')
    fc.set(qn('w:fldCharType'), 'end')
    r5._element.append(fc)


PPR_AFTER_BDR = ('w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
                 'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN',
                 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind',
                 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc',
                 'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap',
                 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange')


def para_border(p, top=None, bottom=None):
    pPr = p._p.get_or_add_pPr()
    xml = '<w:pBdr %s>' % nsdecls('w')
    if top:
        xml += '<w:top w:val="single" w:sz="%d" w:space="1" w:color="%s"/>' % top
    if bottom:
        xml += '<w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/>' % bottom
    xml += '</w:pBdr>'
    pPr.insert_element_before(parse_xml(xml), *PPR_AFTER_BDR)


def table_borders(table, **edges):
    """edges: top=(sz,color) ... ; missing edges are 'nil'."""
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn('w:tblBorders'))
    if old is not None:
        tblPr.remove(old)
    xml = '<w:tblBorders %s>' % nsdecls('w')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        if e in edges:
            sz, color = edges[e]
            xml += '<w:%s w:val="single" w:sz="%d" w:space="0" w:color="%s"/>' % (e, sz, color)
        else:
            xml += '<w:%s w:val="nil"/>' % e
    xml += '</w:tblBorders>'
    tblPr.insert_element_before(parse_xml(xml), 'w:shd', 'w:tblLayout', 'w:tblCellMar', 'w:tblLook',
                                'w:tblCaption', 'w:tblDescription', 'w:tblPrChange')


class Builder:
    def __init__(self, page_fmt='— {} —', page_align=CENTER):
        self.doc = Document()
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
        sec.footer_distance = Cm(2.5)
        st = self.doc.styles['Normal']
        st.font.name = 'Times New Roman'
        st.font.size = Pt(16)
        st.element.get_or_add_rPr()
        rf = st.element.rPr.find(qn('w:rFonts'))
        if rf is None:
            rf = OxmlElement('w:rFonts')
            st.element.rPr.insert(0, rf)
        rf.set(qn('w:eastAsia'), FS)
        pre, post = page_fmt.split('{}')
        fp = sec.footer.paragraphs[0]
        fp.alignment = page_align
        r = fp.add_run(pre)
        set_font(r, SONG, 14)
        add_field(fp, 'PAGE')
        r = fp.add_run(post)
        set_font(r, SONG, 14)
        self.objs = []
        self.cur = None
        self._num_ids = {}

    # ---------------------------------------------------------------- key
    def start(self, meta):
        self.cur = {'meta': meta, 'clauses': []}
        self.objs.append(self.cur)

    def clause(self, text):
        self.cur['clauses'].append(text)

    # ---------------------------------------------------------- numbering
    def numbering(self, key, fmt, lvl_text, first_line=640, font=None, bold=False):
        numbering = self.doc.part.numbering_part.element
        nid = 60 + len(self._num_ids)
        rpr = ''
        if font:
            rpr = ('<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/>%s</w:rPr>'
                   % (font, font, font, '<w:b/>' if bold else ''))
        absxml = (
            '<w:abstractNum %s w:abstractNumId="%d">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>%s</w:lvl>'
            '</w:abstractNum>' % (nsdecls('w'), nid, fmt, lvl_text, first_line, rpr))
        absel = parse_xml(absxml)
        first_num = numbering.find(qn('w:num'))
        if first_num is not None:
            first_num.addprevious(absel)
        else:
            numbering.append(absel)
        numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                                   % (nsdecls('w'), nid, nid)))
        self._num_ids[key] = nid
        return nid

    # ---------------------------------------------------------- paragraphs
    def p(self, runs, align=JUSTIFY, first_indent=True, line=28, before=0, after=0,
          clause=False, font=FS, size=16, num=None, left_indent=None):
        """runs: str | list of str / (str, dict) / BR."""
        if isinstance(runs, str):
            runs = [runs]
        par = self.doc.add_paragraph()
        if num is not None:
            numPr = par._p.get_or_add_pPr().get_or_add_numPr()
            numPr.get_or_add_ilvl().val = 0
            numPr.get_or_add_numId().val = self._num_ids[num]
        pf = par.paragraph_format
        pf.alignment = align
        if line:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(line)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if first_indent is True:
            pf.first_line_indent = Pt(size * 2)
        elif first_indent:
            pf.first_line_indent = first_indent
        if left_indent is not None:
            pf.left_indent = left_indent
        text = ''
        for item in runs:
            if item is BR:
                r = par.add_run()
                r.add_break()
                continue
            if isinstance(item, tuple):
                t, o = item
            else:
                t, o = item, {}
            r = par.add_run(t)
            set_font(r, o.get('font', font), o.get('size', size), o.get('bold', False),
                     o.get('color'))
            text += t
        if clause:
            self.clause(clause if isinstance(clause, str) else text.lstrip('　 '))
        return par

    def body(self, runs, **kw):
        kw.setdefault('clause', True)
        return self.p(runs, **kw)

    def blank(self, n=1, line=28):
        for _ in range(n):
            self.p('', line=line, first_indent=False)

    def heading(self, text, font=HT, align=LEFT, indent=True):
        return self.p([(text, {'font': font})], align=align, first_indent=indent)

    def page_break(self):
        par = self.doc.add_paragraph()
        par.add_run().add_break(WD_BREAK.PAGE)

    # --------------------------------------------------------------- tables
    def new_table(self, nrows, ncols, widths, style='Table Grid'):
        t = self.doc.add_table(rows=nrows, cols=ncols)
        if style:
            t.style = self.doc.styles[style]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for i, col in enumerate(t.columns):
            col.width = widths[i]
        for row in t.rows:
            for i, c in enumerate(row.cells):
                c.width = widths[i]
        return t

    @staticmethod
    def fill(cell, paras, size=12, bold=False, align=CENTER, font=FS, line=20):
        if isinstance(paras, str):
            paras = [paras]
        for extra in cell.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for i, (ptxt) in enumerate(paras):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            a = align
            if isinstance(ptxt, tuple):
                ptxt, a = ptxt
            p.alignment = a
            pf = p.paragraph_format
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(line)
            pf.space_before = Pt(0)
            pf.space_after = Pt(0)
            if ptxt:
                r = p.add_run(ptxt)
                set_font(r, font, size, bold)

    def form_table(self, ncols, widths, rows, heights=None):
        """rows: list of rows; each row a list of (kind, paras, span), kind 'L' label / 'V' value /
        'F' full-width free text.  Key: 'label：value；label：value', free text joined."""
        t = self.new_table(len(rows), ncols, widths)
        for ri, row in enumerate(rows):
            c = 0
            parts = []
            pending_label = None
            for kind, paras, span in row:
                cell = t.cell(ri, c)
                if span > 1:
                    cell = cell.merge(t.cell(ri, c + span - 1))
                plist = [paras] if isinstance(paras, str) else list(paras)
                if kind == 'L':
                    self.fill(cell, plist, bold=True)
                    pending_label = ''.join(x[0] if isinstance(x, tuple) else x for x in plist)
                elif kind == 'V':
                    self.fill(cell, plist, align=LEFT if any(plist) else CENTER)
                    val = ''.join(x[0] if isinstance(x, tuple) else x for x in plist)
                    parts.append('%s：%s' % (pending_label, val))
                    pending_label = None
                else:  # 'F'
                    self.fill(cell, plist, align=LEFT)
                    parts.append(''.join(x[0] if isinstance(x, tuple) else x for x in plist))
                c += span
            if heights and ri in heights:
                tr = t.rows[ri]
                tr.height = heights[ri]
            self.clause('；'.join(parts))
        return t

    def indicator_rows(self, t, start_row, header, data, merge_cols=(0, 1)):
        """Write header-based rows with vertical merges of repeated values; add key clauses."""
        # vertical merges
        n = len(data)
        for col in merge_cols:
            r = 0
            while r < n:
                r2 = r
                while (r2 + 1 < n and data[r2 + 1][col] == data[r][col]
                       and all(data[r2 + 1][k] == data[r][k] for k in range(col))):
                    r2 += 1
                cell = t.cell(start_row + r, col)
                if r2 > r:
                    cell = cell.merge(t.cell(start_row + r2, col))
                self.fill(cell, data[r][col])
                r = r2 + 1
        for r, row in enumerate(data):
            for col in range(len(header)):
                if col in merge_cols:
                    continue
                self.fill(t.cell(start_row + r, col), row[col],
                          align=CENTER)
            self.clause('；'.join('%s：%s' % (h, v) for h, v in zip(header, row)))

    def save(self, path):
        self.doc.save(path)


def red_header_table(b, organs, word='文件'):
    """Joint red header: organ names stacked left, '文件' on the right (layout table)."""
    t = b.new_table(len(organs), 2, [Cm(12.4), Cm(3.2)], style=None)
    table_borders(t)
    for i, o in enumerate(organs):
        c = t.cell(i, 0)
        Builder.fill(c, [(o, WD_ALIGN_PARAGRAPH.DISTRIBUTE)], size=22 if len(o) < 14 else 12,
                     font=XBS, line=36)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RED
    m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
    Builder.fill(m, word, size=36, font=XBS, line=44)
    for r in m.paragraphs[0].runs:
        r.font.color.rgb = RED
    return t


def title(b, lines, size=22):
    runs = []
    for i, ln in enumerate(lines):
        if i:
            runs.append(BR)
        runs.append((ln, {'font': XBS, 'size': size}))
    return b.p(runs, align=CENTER, first_indent=False, line=36)


# =====================================================================
# Document 1: 泸州 — 印发通知 + 办法 + 附件1申请表 + 附件2绩效目标表
# =====================================================================

def make_luzhou():
    b = Builder()
    zone = '中国（四川）自由贸易试验区川南临港片区'
    issuers = ['泸州市财政局', '中国（四川）自由贸易试验区川南临港片区管理委员会']
    docno = '泸市财规〔2025〕4号'
    banfa_title = '中国（四川）自由贸易试验区川南临港片区专项资金管理办法'
    notice_title = ('泸州市财政局　中国（四川）自由贸易试验区川南临港片区管理委员会关于印发《'
                    + banfa_title + '》的通知')
    recips = ['龙马潭区财政局', '泸县财政局', '片区管委会各局（办）', '各有关单位']

    b.blank(1)
    red_header_table(b, ['泸州市财政局', '中国（四川）自由贸易试验区川南临港片区管理委员会'])
    b.blank(1)
    b.p(docno, align=CENTER, first_indent=False)
    rl = b.p('', first_indent=False, line=12)
    para_border(rl, bottom=(24, 'FF0000'))
    b.blank(1)

    b.start({
        'title': notice_title, 'doc_number': docno, 'issuer': issuers, 'date': '2025-06-18',
        'published': None, 'level': 'municipal', 'region': zone, 'effective': None,
        'expires': None, 'attachments': [], 'doc_type': '通知', 'recipients': recips,
        'publicity': '此件公开发布', 'repeals': None})
    title(b, ['泸州市财政局　中国（四川）自由贸易',
              '试验区川南临港片区管理委员会关于印发',
              '《中国（四川）自由贸易试验区川南临港',
              '片区专项资金管理办法》的通知'])
    b.blank(1)
    b.p('龙马潭区财政局，泸县财政局，片区管委会各局（办），各有关单位：', first_indent=False)
    b.body('为贯彻落实《国务院关于印发中国（四川）自由贸易试验区总体方案的通知》（国发〔2017〕20号）'
           '和《中共中央　国务院关于全面实施预算绩效管理的意见》精神，进一步规范中国（四川）自由贸易试验区'
           '川南临港片区专项资金管理，提高财政资金使用效益，市财政局、片区管委会对《中国（四川）自由贸易试验区'
           '川南临港片区专项资金管理办法（试行）》进行了修订，形成了《中国（四川）自由贸易试验区川南临港片区'
           '专项资金管理办法》，现印发给你们，请认真贯彻执行。')
    # manual indentation typed with full-width spaces
    b.p('　　执行中如有问题和建议，请及时向市财政局经济建设科、片区管委会财政金融局反馈。',
        first_indent=False, clause=True)
    b.blank(3)
    # 落款 typed in a borderless layout table
    t = b.new_table(1, 2, [Cm(7.2), Cm(8.4)], style=None)
    table_borders(t)
    Builder.fill(t.cell(0, 0), '泸州市财政局', size=16, line=28)
    Builder.fill(t.cell(0, 1), ['中国（四川）自由贸易试验区', '川南临港片区管理委员会'], size=16, line=28)
    b.p('2025年6月18日　　　　', align=RIGHT, first_indent=False)
    b.blank(1)
    b.p('（此件公开发布）', first_indent=True)

    # ------------------------------------------------------------- 办法
    b.page_break()
    b.start({
        'title': banfa_title, 'doc_number': docno, 'issuer': issuers, 'date': '2025-06-18',
        'published': None, 'level': 'municipal', 'region': zone, 'effective': '2025-07-01',
        'expires': '2030-06-30', 'attachments': ['专项资金申请表', '绩效目标表'],
        'doc_type': '办法', 'recipients': [], 'publicity': '此件公开发布',
        'repeals': '中国（四川）自由贸易试验区川南临港片区专项资金管理办法（试行）（泸市财规〔2021〕6号）'})
    title(b, ['中国（四川）自由贸易试验区川南临港片区', '专项资金管理办法'])
    b.blank(1)

    art_no = [0]

    def art(text_runs, **kw):
        art_no[0] += 1
        label = '第%s条' % cn_num(art_no[0])
        if isinstance(text_runs, str):
            text_runs = [text_runs]
        return b.body([(label, {'font': HT}), '　'] + text_runs, **kw)

    def chapter(t):
        b.p([(t, {'font': HT})], align=CENTER, first_indent=False)

    chapter('第一章　总　　则')
    art('为规范中国（四川）自由贸易试验区川南临港片区（以下简称片区）专项资金管理，提高财政资金使用效益，'
        '支持片区深化改革开放和高质量发展，根据《中华人民共和国预算法》《中华人民共和国预算法实施条例》'
        '和《四川省省级财政专项资金管理办法》等有关规定，结合片区实际，制定本办法。')
    art('本办法所称片区专项资金（以下简称专项资金），是指由市级财政预算安排，用于支持片区制度创新、'
        '产业发展、开放平台建设和营商环境优化的资金。')
    b.body('上级财政下达的自由贸易试验区建设相关资金，上级另有规定的，从其规定；没有规定的，参照本办法执行。')
    art('专项资金的管理和使用遵循以下原则：')
    b.body('（一）公开透明、公平公正。专项资金的申报条件、分配程序和分配结果依法公开，接受社会监督。')
    b.body('（二）突出重点、注重实效。专项资金重点支持具有示范带动作用的制度创新和开放型经济项目。')
    b.body('（三）专款专用、绩效管理。专项资金实行项目化管理，严禁截留、挤占、挪用，全面实施预算绩效管理。')
    art('专项资金实行总额控制、分类支持。年度预算规模由市财政局会同片区管委会根据片区建设任务和财力状况确定，'
        '原则上每年不超过5000万元。')

    chapter('第二章　职责分工')
    art('市财政局主要职责：')
    b.body('（一）负责专项资金年度预算安排和资金拨付；')
    b.body('（二）会同片区管委会制定专项资金管理制度；')
    b.body('（三）组织开展专项资金重点绩效评价和监督检查。')
    art('片区管委会主要职责：')
    b.body('（一）负责编制专项资金年度使用计划，提出年度预算建议；')
    b.body('（二）负责组织项目申报、审核、公示，提出资金分配方案；')
    b.body('（三）负责项目实施过程管理、绩效目标管理和绩效自评；')
    b.body('（四）负责专项资金分配结果和绩效信息公开。')
    art('项目申报单位对申报材料的真实性、合法性、完整性负责，按规定使用专项资金，自觉接受财政、审计等部门的监督检查。')

    chapter('第三章　支持范围和标准')
    art('专项资金重点支持以下方向：')
    b.body([('（一）制度创新。', {'bold': True}),
            '对在片区率先开展并经省级以上部门认定或复制推广的制度创新成果，给予牵头单位一次性奖励：'])
    b.body('1.被国务院或国家部委在全国复制推广的，每项奖励50万元；')
    b.body('2.被省级部门在全省复制推广的，每项奖励20万元；')
    b.body('3.入选四川自贸试验区最佳实践案例的，每项奖励10万元。')
    b.body([('（二）开放平台建设。', {'bold': True}),
            '对新获批建设的综合保税区、保税物流中心（B型）、指定监管场地等开放平台，按项目建设实际投资额的30%'
            '给予补助，单个项目补助不超过200万元。'])
    b.body([('（三）外贸新业态发展。', {'bold': True}),
            '对在片区注册并开展跨境电商业务的企业，年度跨境电商进出口额首次达到1000万美元、5000万美元的，'
            '分别给予10万元、30万元一次性奖励；对片区企业新设立的海外仓，按实际租赁或建设费用的20%给予补助，'
            '单个企业每年不超过50万元。'])
    b.body([('（四）国际物流通道。', {'bold': True}),
            '对通过泸州港开展铁水联运、依托中欧班列（成渝）开展集拼集运业务的企业，按照每标箱300元给予运费补贴，'
            '单个企业每年补贴不超过100万元。'])
    b.body([('（五）招才引智。', {'bold': True}),
            '对片区重点企业新引进的国际贸易、跨境金融、国际物流等紧缺人才，按其在片区缴纳个人所得税地方留成部分的'
            '50%给予奖励，每人每年不超过10万元。'])
    b.body([('（六）其他事项。', {'bold': True}), '经片区管委会党工委会议研究确定的其他事项。'])
    art('同一项目符合本办法多项支持政策的，按照“就高不重复”原则予以支持；已获得市级其他财政资金支持的，不得重复申报。')
    art('有下列情形之一的，不予支持：')
    b.body('（一）申报单位在申报前三年内被列入严重失信主体名单的；')
    b.body('（二）申报单位存在违法违规行为尚在立案调查期间的；')
    b.body('（三）同一事项已获得其他财政资金支持的；')
    b.body('（四）法律法规规定的其他情形。')

    chapter('第四章　申报和拨付')
    art('片区管委会每年根据专项资金年度使用计划发布申报通知，明确申报条件、申报材料和时间要求。')
    art('申报单位应当按照申报通知要求，填写《专项资金申请表》（附件1）和《绩效目标表》（附件2），并提供以下材料：')
    b.body('（一）营业执照复印件；')
    b.body('（二）项目实施方案或相关证明材料；')
    b.body('（三）经审计的上年度财务报表；')
    b.body('（四）信用承诺书。')
    art('片区管委会组织有关部门或委托第三方机构对申报项目进行审核，必要时组织专家评审或现场核查，提出资金安排建议方案，'
        '报片区管委会主任办公会审定后，在片区门户网站公示，公示期不少于5个工作日。')
    art('公示无异议的，片区管委会按程序向市财政局申请拨付资金。市财政局收到拨款申请后，在10个工作日内将资金拨付至'
        '片区管委会，由片区管委会按规定拨付至项目单位。')
    art('单个项目支持金额在100万元以上（含100万元）的，可采取分期拨付方式，首期拨付不超过支持金额的60%，'
        '项目验收合格后拨付剩余资金。')

    chapter('第五章　绩效管理和监督检查')
    art('专项资金实行全过程预算绩效管理。片区管委会应当在项目申报时设定绩效目标，绩效目标应当指向明确、细化量化、合理可行。')
    art('项目实施完成后，项目单位应当在3个月内开展绩效自评并报送片区管委会。片区管委会汇总后于每年3月31日前'
        '将上年度专项资金绩效自评报告报送市财政局。')
    art('市财政局根据需要对专项资金开展重点绩效评价，评价结果作为以后年度预算安排和政策调整的重要依据。'
        '绩效评价结果为“差”的，相应扣减下一年度专项资金预算规模，扣减比例不低于10%。')
    # soft line break in the middle of an article (pasted text)
    art(['任何单位和个人不得截留、挤占、挪用专项资金。对以虚报、冒领、伪造材料等手段骗取专项资金的，由片区管委会',
         BR, '追回已拨付资金，5年内取消其申报资格，并依照《财政违法行为处罚处分条例》等规定处理；涉嫌犯罪的，'
         '依法移送司法机关处理。'])
    art('各级财政部门、片区管委会及其工作人员在专项资金分配、审核工作中，存在违反规定分配资金、向不符合条件的单位分配资金'
        '或者擅自超出规定的范围、标准分配资金等，以及存在其他滥用职权、玩忽职守、徇私舞弊等违法违纪行为的，依法追究相应责任。')

    chapter('第六章　附　　则')
    art('本办法由市财政局、片区管委会负责解释。')
    art('本办法自2025年7月1日起施行，有效期至2030年6月30日。原《中国（四川）自由贸易试验区川南临港片区专项资金管理办法'
        '（试行）》（泸市财规〔2021〕6号）同时废止。')
    b.blank(1)
    b.p('附件：1.专项资金申请表', first_indent=True)
    b.p('　　　　　2.绩效目标表', first_indent=False)

    # ---------------------------------------------------------- 附件1
    b.page_break()
    b.p([('附件1', {'font': HT})], align=LEFT, first_indent=False)
    b.blank(1)
    title(b, ['中国（四川）自由贸易试验区川南临港片区', '专项资金申请表'], size=20)
    b.blank(1, line=14)
    W = [Cm(3.6), Cm(4.3), Cm(3.4), Cm(4.3)]
    sig = ['本单位郑重承诺：所提交的申报材料真实、准确、完整，申报项目未获得其他财政资金支持；如有虚假，'
           '愿承担相应法律责任并退回已获得的专项资金。', '', ('法定代表人（签字）：　　　　　（盖章）', LEFT),
           ('年　　月　　日', RIGHT)]
    rows = [
        [('L', '申请单位', 1), ('V', '', 3)],
        [('L', '统一社会信用代码', 1), ('V', '', 1), ('L', '注册时间', 1), ('V', '', 1)],
        [('L', '注册地址', 1), ('V', '', 3)],
        [('L', '法定代表人', 1), ('V', '', 1), ('L', '联系电话', 1), ('V', '', 1)],
        [('L', '项目联系人', 1), ('V', '', 1), ('L', '手机号码', 1), ('V', '', 1)],
        [('L', '项目名称', 1), ('V', '', 3)],
        [('L', '支持类别', 1), ('V', '□制度创新　□开放平台建设　□外贸新业态　□国际物流通道　□招才引智', 3)],
        [('L', '项目总投资（万元）', 1), ('V', '', 1), ('L', '申请金额（万元）', 1), ('V', '', 1)],
        [('L', '项目实施期限', 1), ('V', '　　年　　月至　　年　　月', 3)],
        [('L', '项目主要内容及预期效益（500字以内）', 1), ('V', '', 3)],
        [('L', '申请单位承诺', 1), ('V', sig, 3)],
        [('L', '片区管委会审核意见', 1), ('V', ['', ('（盖章）', RIGHT), ('年　　月　　日', RIGHT)], 3)],
        [('L', '市财政局意见', 1), ('V', ['', ('（盖章）', RIGHT), ('年　　月　　日', RIGHT)], 3)],
    ]
    b.form_table(4, W, rows, heights={9: Cm(3.0)})

    # ---------------------------------------------------------- 附件2
    b.page_break()
    b.p([('附件2', {'font': HT})], align=LEFT, first_indent=False)
    b.blank(1)
    title(b, ['绩效目标表'], size=20)
    b.blank(1, line=14)
    header = ['一级指标', '二级指标', '三级指标', '指标值']
    data = [
        ['产出指标', '数量指标', '支持项目数量', '≥15个'],
        ['产出指标', '数量指标', '新增复制推广制度创新成果', '≥3项'],
        ['产出指标', '质量指标', '项目验收合格率', '100%'],
        ['产出指标', '质量指标', '资金拨付合规率', '100%'],
        ['产出指标', '时效指标', '资金拨付及时率', '≥95%'],
        ['效益指标', '经济效益指标', '带动片区外贸进出口额增长', '≥10%'],
        ['效益指标', '经济效益指标', '带动新增社会投资', '≥2亿元'],
        ['效益指标', '社会效益指标', '新增就业岗位', '≥500个'],
        ['满意度指标', '服务对象满意度指标', '企业满意度', '≥90%'],
    ]
    t = b.new_table(1 + len(data), 4, [Cm(3.2), Cm(3.8), Cm(5.6), Cm(3.0)])
    for i, h in enumerate(header):
        Builder.fill(t.cell(0, i), h, bold=True, font=HT)
    b.indicator_rows(t, 1, header, data)
    b.blank(1, line=14)
    b.body([('填表说明：', {'font': HT, 'size': 14}), ('1.三级指标可根据项目实际情况增减，指标值应当细化、量化、可衡量。',
                                                  {'size': 14})], line=22)
    b.body([('2.本表由申请单位填写，一式三份，与《专项资金申请表》一并报送片区管委会财政金融局。', {'size': 14})],
           line=22)

    # ---------------------------------------------------------- 版记
    b.blank(6)
    p1 = b.p(['抄送：市委办公室，市人大常委会办公室，市政府办公室，', BR,
              '　　　市政协办公室，市审计局，省自贸试验区工作办公室。'], size=14, first_indent=False, line=24,
             left_indent=Pt(14), align=LEFT)
    para_border(p1, top=(8, '000000'), bottom=(4, '000000'))
    p2 = b.p('泸州市财政局办公室　　　　　　　　2025年6月19日印发', size=14,
             first_indent=False, line=24, left_indent=Pt(14))
    para_border(p2, bottom=(8, '000000'))
    return b


# =====================================================================
# Document 2: 宁波片区 — 申报通知 + 申请表 + 绩效目标表 + 信用承诺书
# =====================================================================

def make_ningbo():
    b = Builder(page_fmt='- {} -', page_align=RIGHT)
    zone = '中国（浙江）自由贸易试验区宁波片区'
    issuers = ['中国（浙江）自由贸易试验区宁波片区管理委员会', '宁波市北仑区财政局']
    docno = '甬自贸片〔2026〕7号'
    nt = '关于组织申报2026年度中国（浙江）自由贸易试验区宁波片区专项资金项目的通知'
    atts = ['2026年度片区专项资金申请表', '项目绩效目标表', '信用承诺书']
    b.numbering('mat', 'decimal', '%1.', first_line=640)

    # red header typed as two paragraphs + "文件" pushed right with spaces
    b.blank(1)
    b.p([('中国（浙江）自由贸易试验区宁波片区管理委员会', {'font': XBS, 'size': 20, 'color': RED})],
        align=LEFT, first_indent=False, line=34)
    b.p([('宁波市北仑区财政局', {'font': XBS, 'size': 20, 'color': RED}),
         ('　　　　　　　　', {'font': XBS, 'size': 20}),
         ('文件', {'font': XBS, 'size': 28, 'color': RED})],
        align=LEFT, first_indent=False, line=40)
    b.blank(1)
    b.p(docno, align=CENTER, first_indent=False)
    rl = b.p('', first_indent=False, line=10)
    para_border(rl, bottom=(18, 'FF0000'))
    b.blank(1)

    b.start({
        'title': nt, 'doc_number': docno, 'issuer': issuers, 'date': '2026-03-10',
        'published': None, 'level': 'zone', 'region': zone, 'effective': None, 'expires': None,
        'attachments': atts, 'doc_type': '通知', 'recipients': ['片区各有关企业（单位）', '各街道（乡镇）'],
        'publicity': '此件公开发布', 'repeals': None})
    title(b, ['关于组织申报2026年度中国（浙江）自由', '贸易试验区宁波片区专项资金项目的通知'])
    b.blank(1)
    b.p('片区各有关企业（单位），各街道（乡镇）：', first_indent=False)
    b.body('根据《中国（浙江）自由贸易试验区宁波片区专项资金管理办法》（甬自贸片〔2024〕21号，以下简称《管理办法》）'
           '有关规定，现就组织申报2026年度片区专项资金项目有关事项通知如下：')
    b.heading('一、申报范围')
    b.body('本次申报支持2025年1月1日至2025年12月31日期间在片区内实施完成（或取得阶段性成果）的以下项目：')
    b.body([('（一）油气全产业链发展项目。', {'font': KT}),
            '对在片区新设立的油气贸易企业，年度油气贸易额首次突破10亿元、50亿元、100亿元的，分别给予20万元、50万元、'
            '100万元一次性奖励。'])
    b.body([('（二）跨境电商发展项目。', {'font': KT}), '对在片区开展跨境电商业务的企业，按以下标准给予支持：'])
    b.body('1.对在片区综合保税区开展跨境电商“1210”保税进口业务的企业，年度进口额首次超过5000万元的，给予不超过30万元奖励；')
    b.body('2.对企业新建或租用的海外仓，经认定为省级公共海外仓的，给予50万元一次性奖励；')
    b.body('3.对跨境电商企业开展品牌建设、参加境外展会的，按实际费用的50%给予补助，单个企业最高不超过20万元。')
    b.body([('（三）航运物流发展项目。', {'font': KT}), '支持企业依托宁波舟山港拓展多式联运业务：'])
    b.body('1.海铁联运。对经宁波舟山港开展海铁联运业务的货代企业，按以下标准给予补贴：')
    b.body('（1）标准集装箱每标箱补贴100元；')
    b.body('（2）冷链集装箱每标箱补贴200元。')
    b.body('2.中欧班列。对组织货源通过“义新欧”中欧班列宁波片区集结中心发运的企业，按每标箱500元给予补贴，'
           '单个企业年度补贴不超过150万元。')
    b.body([('（四）制度创新项目。', {'font': KT}),
            '对入选国务院自由贸易试验区改革试点经验复制推广清单的制度创新成果，给予牵头单位50万元奖励。'])
    b.heading('二、申报条件')
    b.body('（一）在片区范围内依法登记注册，具有独立法人资格，财务管理制度健全；')
    b.body('（二）申报项目实施地在片区范围内；')
    b.body('（三）近三年内未发生重大安全生产、生态环境、产品质量事故，未被列入严重失信主体名单；')
    b.body('（四）同一项目已获得其他财政资金支持的，不得重复申报。')
    b.p('', first_indent=False)  # stray empty paragraph
    b.heading('三、申报材料')
    b.body('申报单位须提交以下材料（一式三份，A4纸装订成册，加盖公章）：')
    # Word automatic numbering — the "1." is NOT typed in the text
    items = ['《2026年度片区专项资金申请表》（附件1）；',
             '《项目绩效目标表》（附件2）；',
             '营业执照复印件；',
             '项目相关证明材料（合同、发票、银行付款凭证、海关报关单等）；',
             '《信用承诺书》（附件3）。']
    for i, it in enumerate(items, 1):
        b.p(it, first_indent=False, num='mat', clause='%d.%s' % (i, it))
    b.heading('四、申报时间及方式')
    b.body([('（一）申报时间。', {'font': KT}), '2026年3月16日至4月15日，逾期不予受理。'])
    b.body([('（二）申报方式。', {'font': KT}),
            '申报单位通过“宁波片区惠企服务平台”在线填报，并将纸质材料报送至片区管委会行政服务中心3号窗口。'])
    b.heading('五、其他事项')
    b.body('（一）申报单位对申报材料的真实性负责。对弄虚作假骗取专项资金的，一经查实，追回已拨付资金，三年内取消申报资格，'
           '并将相关信息纳入公共信用信息平台。')
    b.body('（二）片区管委会、区财政局不向申报单位收取任何费用，也未委托任何中介机构代理申报。')
    b.body('（三）联系人：片区管委会经济发展局　陈工，0574-86781234；北仑区财政局经济建设科　王工，0574-86785678。')
    b.blank(1)
    b.p('附件：1.2026年度片区专项资金申请表', first_indent=True)
    b.p('　　　　　2.项目绩效目标表', first_indent=False)
    b.p('　　　　　3.信用承诺书', first_indent=False)
    b.blank(2)
    b.p('中国（浙江）自由贸易试验区　　　　　　　　', align=RIGHT, first_indent=False)
    b.p('宁波片区管理委员会　　　　宁波市北仑区财政局', align=RIGHT, first_indent=False)
    b.p('2026年3月10日　　　　　　', align=RIGHT, first_indent=False)
    b.blank(1)
    b.p('（此件公开发布）', first_indent=True)

    # ---------------------------------------------------------- 附件1
    b.page_break()
    b.p([('附件1', {'font': HT})], align=LEFT, first_indent=False)
    title(b, ['2026年度片区专项资金申请表'], size=20)
    b.blank(1, line=12)
    W = [Cm(3.6), Cm(4.3), Cm(3.6), Cm(4.1)]
    rows = [
        [('L', '申报单位名称', 1), ('V', '', 3)],
        [('L', '统一社会信用代码', 1), ('V', '', 1), ('L', '所属行业', 1), ('V', '', 1)],
        [('L', '法定代表人', 1), ('V', '', 1), ('L', '联系人及电话', 1), ('V', '', 1)],
        [('L', '申报项目类别', 1), ('V', '□油气全产业链　□跨境电商　□航运物流　□制度创新', 3)],
        [('L', '项目名称', 1), ('V', '', 3)],
        [('L', '2025年度营业收入（万元）', 1), ('V', '', 1), ('L', '2025年度进出口额（万美元）', 1), ('V', '', 1)],
        [('L', '申请金额（万元）', 1), ('V', '', 1), ('L', '开户银行及账号', 1), ('V', '', 1)],
        [('L', '申报单位意见', 1),
         ('V', ['本单位承诺以上所填内容及所附材料真实有效，如有不实，自愿承担一切法律责任。', '',
                ('法定代表人（签字）：　　　　　　单位（盖章）', LEFT), ('2026年　　月　　日', RIGHT)], 3)],
        [('L', '经济发展局审核意见', 1),
         ('V', ['', ('经办人：　　　　　　负责人：', LEFT), ('年　　月　　日', RIGHT)], 3)],
        [('L', '北仑区财政局意见', 1), ('V', ['', ('（盖章）', RIGHT), ('年　　月　　日', RIGHT)], 3)],
    ]
    b.form_table(4, W, rows)

    # ---------------------------------------------------------- 附件2
    b.page_break()
    b.p([('附件2', {'font': HT})], align=LEFT, first_indent=False)
    title(b, ['项目绩效目标表'], size=20)
    b.blank(1, line=12)
    header = ['一级指标', '二级指标', '三级指标', '指标值']
    data = [
        ['产出指标', '数量指标', '奖补项目数量', ''],
        ['产出指标', '数量指标', '海铁联运或中欧班列发运量（标箱）', ''],
        ['产出指标', '质量指标', '项目完成率', ''],
        ['产出指标', '时效指标', '项目完成时间', ''],
        ['效益指标', '经济效益指标', '新增进出口额（万美元）', ''],
        ['效益指标', '经济效益指标', '新增税收（万元）', ''],
        ['效益指标', '社会效益指标', '带动就业人数', ''],
        ['满意度指标', '服务对象满意度指标', '合作客户满意度', ''],
    ]
    pre = [
        [('L', '项目名称', 1), ('V', '', 3)],
        [('L', '申报单位', 1), ('V', '', 1), ('L', '主管部门', 1), ('V', '片区管委会经济发展局', 1)],
        [('L', '资金总额（万元）', 1), ('V', '', 1), ('L', '其中：申请专项资金（万元）', 1), ('V', '', 1)],
        [('L', '年度总体目标', 1), ('V', '', 3)],
    ]
    W2 = [Cm(3.4), Cm(4.2), Cm(4.8), Cm(3.2)]
    t = b.new_table(len(pre) + 1 + len(data), 4, W2)
    # pre rows (label/value), then a header row in the middle of the table
    for ri, row in enumerate(pre):
        c = 0
        parts = []
        lab = None
        for kind, txt, span in row:
            cell = t.cell(ri, c)
            if span > 1:
                cell = cell.merge(t.cell(ri, c + span - 1))
            if kind == 'L':
                Builder.fill(cell, txt, bold=True)
                lab = txt
            else:
                Builder.fill(cell, txt)
                parts.append('%s：%s' % (lab, txt))
            c += span
        b.clause('；'.join(parts))
    t.rows[3].height = Cm(2.4)
    hr = len(pre)
    for i, h in enumerate(header):
        Builder.fill(t.cell(hr, i), h, bold=True, font=HT)
    b.indicator_rows(t, hr + 1, header, data)
    b.p([('注：指标值由申报单位根据项目实际填写，原则上应当量化。', {'size': 12})], first_indent=False,
        line=22, clause=True)

    # ---------------------------------------------------------- 附件3
    b.page_break()
    b.p([('附件3', {'font': HT})], align=LEFT, first_indent=False)
    b.blank(1)
    title(b, ['信用承诺书'])
    b.blank(1)
    b.p('中国（浙江）自由贸易试验区宁波片区管理委员会、宁波市北仑区财政局：', first_indent=False)
    b.body('本单位自愿申报2026年度中国（浙江）自由贸易试验区宁波片区专项资金项目，现郑重承诺如下：')
    b.body('一、所提交的申报材料及相关数据真实、准确、完整，不存在虚报、瞒报、伪造等情况。')
    b.body('二、申报项目未获得其他同类财政资金支持，不存在重复申报情形。')
    b.body('三、获得专项资金后严格按照规定使用，主动配合绩效评价和监督检查。')
    b.body('四、如违反上述承诺，自愿退回已获得的专项资金，承担相应法律责任，并同意将失信信息纳入公共信用信息平台。')
    b.blank(2)
    b.p('承诺单位（盖章）：　　　　　　　　', align=RIGHT, first_indent=False)
    b.p('法定代表人（签字）：　　　　　　　　', align=RIGHT, first_indent=False)
    b.p('年　　月　　日　　　　', align=RIGHT, first_indent=False)

    # ---------------------------------------------------------- 版记 (layout table)
    b.blank(4)
    t = b.new_table(2, 2, [Cm(8.4), Cm(7.2)], style=None)
    table_borders(t, top=(12, '000000'), bottom=(12, '000000'), insideH=(4, '000000'))
    c = t.cell(0, 0).merge(t.cell(0, 1))
    Builder.fill(c, '抄送：宁波市财政局，宁波市商务局，北仑区审计局。', size=14, align=LEFT, line=26)
    Builder.fill(t.cell(1, 0), '宁波市北仑区财政局办公室', size=14, align=LEFT, line=26)
    Builder.fill(t.cell(1, 1), '2026年3月10日印发', size=14, align=RIGHT, line=26)
    return b


# =====================================================================
# Document 3: 钦州港片区 — 办法 (articles numbered by Word) + 附件
# =====================================================================

def make_qinzhou():
    b = Builder()
    zone = '中国（广西）自由贸易试验区钦州港片区'
    issuers = ['钦州市财政局', '中国（广西）自由贸易试验区钦州港片区管理委员会']
    docno = '钦财规〔2024〕9号'
    bt = '中国（广西）自由贸易试验区钦州港片区开放型经济发展专项资金管理办法'
    b.numbering('art', 'chineseCounting', '第%1条　', first_line=640, font=HT)

    b.blank(1)
    for o in issuers:
        b.p([(o, {'font': XBS, 'size': 22 if len(o) < 10 else 18, 'color': RED})],
            align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, first_indent=False, line=36)
    b.blank(1)
    b.p(docno, align=RIGHT, first_indent=False)
    rl = b.p('', first_indent=False, line=10)
    para_border(rl, bottom=(24, 'FF0000'))
    b.blank(1)
    b.start({
        'title': bt, 'doc_number': docno, 'issuer': issuers, 'date': '2024-11-26',
        'published': None, 'level': 'municipal', 'region': zone, 'effective': '2024-11-26',
        'expires': '2027-11-25',
        'attachments': ['钦州港片区开放型经济发展专项资金申请表', '项目绩效目标表'],
        'doc_type': '办法', 'recipients': [], 'publicity': '此件公开发布', 'repeals': None})
    title(b, ['中国（广西）自由贸易试验区钦州港片区', '开放型经济发展专项资金管理办法'])
    b.blank(1)

    n = [0]

    def art(text, **kw):
        n[0] += 1
        key = '第%s条　%s' % (cn_num(n[0]), text)
        return b.p(text, num='art', first_indent=False, clause=key, **kw)

    def chapter(t):
        b.p([(t, {'font': HT, 'bold': True})], align=CENTER, first_indent=False, before=6, after=6)

    chapter('第一章　总则')
    art('为加快中国（广西）自由贸易试验区钦州港片区（以下简称片区）开放型经济发展，推动西部陆海新通道建设，'
        '规范专项资金管理，根据《中国（广西）自由贸易试验区总体方案》《广西壮族自治区本级财政专项资金管理办法》等规定，'
        '结合片区实际，制定本办法。')
    art('本办法所称专项资金，是指钦州市本级财政预算安排和自治区下达片区的自由贸易试验区建设资金中，'
        '用于支持片区开放型经济发展的资金。')
    art('专项资金管理遵循“统筹安排、突出重点、公开公正、注重绩效”的原则。')
    chapter('第二章　支持方向和标准')
    art('支持海铁联运班列发展。对在片区注册的企业组织货源经钦州铁路集装箱中心站发运西部陆海新通道海铁联运班列的，'
        '按以下标准给予补贴：')
    b.body('（一）去程重箱每标箱补贴200元，回程重箱每标箱补贴300元；')
    b.body('（二）冷链集装箱在前项标准基础上每标箱增加100元；')
    b.body('（三）单个企业年度补贴总额不超过300万元。')
    art('支持跨境电商发展。对在片区综合保税区开展跨境电商业务的企业，按以下标准给予奖励：')
    b.body('（一）年度跨境电商进出口额达到500万美元（含）以上的，按进出口额的0.5%给予奖励，最高不超过80万元；')
    b.body('（二）对新认定的自治区级跨境电商产业园，给予运营主体一次性奖励100万元。')
    art('支持外商投资。对在片区新设立的外商投资企业，当年实际到位外资（不含外方股东贷款）达到1000万美元以上的，'
        '按实际到位外资的1%给予奖励，单个企业奖励不超过200万元。')
    b.body('世界500强企业在片区设立区域总部的，另给予一次性奖励300万元。')
    art('支持东盟经贸合作。对片区企业赴东盟国家参加境外展会的，按展位费的70%给予补助，单个企业年度补助不超过15万元。')
    art('同一企业同一项目符合本办法和其他财政政策支持条件的，按照就高原则给予支持，不重复享受。'
        '单个企业年度获得专项资金支持总额不超过500万元。')
    chapter('第三章　申报与审核')
    art('专项资金原则上每年集中申报一次。片区管委会经济发展局（以下简称经发局）根据年度预算发布申报指南。')
    art('申报单位应当提交下列材料：')
    b.body('（一）《钦州港片区开放型经济发展专项资金申请表》（附件1）；')
    b.body('（二）《项目绩效目标表》（附件2）；')
    b.body('（三）营业执照、银行开户许可证复印件；')
    b.body('（四）符合支持条件的相关证明材料。')
    art('经发局会同片区财政分局对申报材料进行初审，并委托第三方机构进行专项审计。初审和审计结果经片区管委会主任办公会议'
        '审议通过后，在片区门户网站公示7日。')
    art('公示无异议的，由片区财政分局按照国库集中支付有关规定拨付资金。')
    chapter('第四章　资金使用与管理')
    art('项目单位收到专项资金后，应当按照国家统一的会计制度进行账务处理，严格专款专用。')
    art('专项资金不得用于以下支出：')
    b.body('（一）偿还债务、缴纳罚款；')
    b.body('（二）捐赠、赞助；')
    b.body('（三）发放职工工资、奖金、福利；')
    b.body('（四）其他与项目无关的支出。')
    chapter('第五章　绩效评价与监督')
    art('经发局负责组织开展专项资金绩效运行监控，对偏离绩效目标的项目及时纠偏。')
    art('市财政局会同片区管委会对专项资金实施情况开展绩效评价。绩效评价结果分为优、良、中、差四个等级，'
        '评价结果为“差”的项目单位，2年内不得申报专项资金。')
    art('项目单位有下列行为之一的，由片区管委会收回已拨付的专项资金，并按有关规定追究责任：')
    b.body('（一）提供虚假材料骗取专项资金的；')
    b.body('（二）擅自改变专项资金用途的；')
    b.body('（三）拒不配合监督检查和绩效评价的。')
    chapter('第六章　附则')
    art('本办法由钦州市财政局、片区管委会负责解释。')
    art('本办法自印发之日起施行，有效期3年。')
    b.blank(1)
    b.p('附件：1.钦州港片区开放型经济发展专项资金申请表', first_indent=True)
    b.p('　　　　　2.项目绩效目标表', first_indent=False)
    b.blank(3)
    b.p(['钦州市财政局　　　　　　中国（广西）自由贸易试验区', BR, '　　　　　　　　　　　　钦州港片区管理委员会'],
        align=RIGHT, first_indent=False)
    b.p('2024年11月26日　　　　　', align=RIGHT, first_indent=False)
    b.blank(1)
    b.p('（此件公开发布）', first_indent=True)

    # ---------------------------------------------------------- 附件1
    b.page_break()
    b.p([('附件1', {'font': HT})], align=LEFT, first_indent=False)
    b.blank(1)
    title(b, ['钦州港片区开放型经济发展专项资金申请表'], size=18)
    b.blank(1, line=12)
    W = [Cm(2.6), Cm(2.7), Cm(2.6), Cm(2.7), Cm(2.7), Cm(2.3)]
    rows = [
        [('L', '企业名称', 1), ('V', '', 3), ('L', '成立时间', 1), ('V', '', 1)],
        [('L', '统一社会信用代码', 1), ('V', '', 3), ('L', '注册资本（万元）', 1), ('V', '', 1)],
        [('L', '法定代表人', 1), ('V', '', 1), ('L', '联系人', 1), ('V', '', 1), ('L', '联系电话', 1), ('V', '', 1)],
        [('L', '申报事项', 1), ('V', '□海铁联运班列　□跨境电商　□外商投资　□东盟经贸合作', 5)],
        [('L', '申报依据', 1), ('V', '《钦州港片区开放型经济发展专项资金管理办法》第　　条', 5)],
        [('L', '申请金额（万元）', 1), ('V', '', 1), ('L', '上年度纳税额（万元）', 1), ('V', '', 1),
         ('L', '上年度进出口额（万美元）', 1), ('V', '', 1)],
        [('F', ['承诺：本企业保证所报材料真实有效，并同意在片区门户网站公示。如有虚报，愿意退回所获资金并承担相关法律责任。',
                '', ('法定代表人（签字）：　　　　　　（盖章）', RIGHT), ('年　　月　　日', RIGHT)], 6)],
        [('L', '经发局初审意见', 1), ('V', ['', ('（盖章）', RIGHT), ('年　　月　　日', RIGHT)], 2),
         ('L', '片区财政分局意见', 1), ('V', ['', ('（盖章）', RIGHT), ('年　　月　　日', RIGHT)], 2)],
    ]
    b.form_table(6, W, rows)

    # ---------------------------------------------------------- 附件2
    b.page_break()
    b.p([('附件2', {'font': HT})], align=LEFT, first_indent=False)
    b.blank(1)
    title(b, ['项目绩效目标表'], size=18)
    b.blank(1, line=12)
    header = ['一级指标', '二级指标', '三级指标', '指标值']
    data = [
        ['产出指标', '数量指标', '海铁联运班列发运量', '≥30万标箱'],
        ['产出指标', '数量指标', '支持跨境电商企业数', '≥20家'],
        ['产出指标', '数量指标', '新设外商投资企业数', '≥10家'],
        ['产出指标', '质量指标', '补贴资金审核准确率', '100%'],
        ['产出指标', '时效指标', '资金兑现时间', '公示结束后30日内'],
        ['产出指标', '成本指标', '单标箱补贴标准', '≤300元'],
        ['效益指标', '经济效益指标', '实际利用外资', '≥1亿美元'],
        ['效益指标', '经济效益指标', '跨境电商进出口额增长率', '≥15%'],
        ['效益指标', '社会效益指标', '西部陆海新通道辐射能力', '持续提升'],
        ['效益指标', '可持续影响指标', '政策持续发挥作用年限', '≥3年'],
        ['满意度指标', '服务对象满意度指标', '受益企业满意度', '≥90%'],
    ]
    t = b.new_table(1 + len(data), 4, [Cm(3.0), Cm(4.0), Cm(5.6), Cm(3.0)])
    for i, h in enumerate(header):
        Builder.fill(t.cell(0, i), h, bold=True, font=HT)
    # repeat header row on each page
    trPr = t.rows[0]._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls('w')))
    for r in t.rows[1:]:
        r.height = Cm(1.3)
    b.indicator_rows(t, 1, header, data)

    # ---------------------------------------------------------- 版记
    b.blank(5)
    p1 = b.p('抄送：自治区财政厅，自治区商务厅（自贸办），市审计局。', size=14, first_indent=False,
             line=24, left_indent=Pt(14), align=LEFT)
    para_border(p1, top=(8, '000000'), bottom=(4, '000000'))
    p2 = b.p('钦州市财政局办公室　　　　　　　　2024年11月26日印发', size=14, first_indent=False,
             line=24, left_indent=Pt(14), align=LEFT)
    para_border(p2, bottom=(8, '000000'))
    return b


def to_pdf(docx_path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_548', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for stem, fn in [('blind548_luzhou_banfa', make_luzhou),
                     ('blind548_ningbo_tongzhi', make_ningbo),
                     ('blind548_qinzhou_banfa', make_qinzhou)]:
        b = fn()
        path = os.path.join(HERE, stem + '.docx')
        b.save(path)
        to_pdf(path)
        expected[stem] = b.objs
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
