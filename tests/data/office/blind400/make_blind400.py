# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 400: PBOC branch + SAFE branch joint notices on
cross-border RMB / FX facilitation in pilot free trade zones."""
import os
import json
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls

OUT = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
RED = RGBColor(0xFF, 0x00, 0x00)
BR = object()  # soft line break marker

PPR_AFTER_BDR = ('shd', 'tabs', 'suppressAutoHyphens', 'kinsoku', 'wordWrap',
                 'overflowPunct', 'topLinePunct', 'autoSpaceDE', 'autoSpaceDN',
                 'bidi', 'adjustRightInd', 'snapToGrid', 'spacing', 'ind',
                 'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc',
                 'textDirection', 'textAlignment', 'textboxTightWrap',
                 'outlineLvl', 'divId', 'cnfStyle', 'rPr', 'sectPr', 'pPrChange')


def set_run_font(r, font=FS, size=16, bold=False, color=None):
    r.font.name = font
    rPr = r._element.get_or_add_rPr()
    rFonts = rPr.find(qn('w:rFonts'))
    if rFonts is None:
        rFonts = OxmlElement('w:rFonts')
        rPr.insert(0, rFonts)
    latin = 'Times New Roman' if font in (FS, KT) else font
    rFonts.set(qn('w:ascii'), latin)
    rFonts.set(qn('w:hAnsi'), latin)
    rFonts.set(qn('w:eastAsia'), font)
    rFonts.set(qn('w:cs'), latin)
    if size:
        r.font.size = Pt(size)
    if bold:
        r.font.bold = True
    if color is not None:
        r.font.color.rgb = color


def p_border(p, sides=('bottom',), color='FF0000', sz=12):
    pPr = p._p.get_or_add_pPr()
    pBdr = OxmlElement('w:pBdr')
    for side in sides:
        el = OxmlElement('w:' + side)
        el.set(qn('w:val'), 'single')
        el.set(qn('w:sz'), str(sz))
        el.set(qn('w:space'), '1')
        el.set(qn('w:color'), color)
        pBdr.append(el)
    succ = None
    for child in pPr:
        tag = child.tag.split('}')[1]
        if tag in PPR_AFTER_BDR:
            succ = child
            break
    if succ is not None:
        succ.addprevious(pBdr)
    else:
        pPr.append(pBdr)


def cell_borders_none(table):
    tblPr = table._tbl.tblPr
    b = parse_xml('<w:tblBorders %s>'
                  '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                  '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
                  '</w:tblBorders>' % nsdecls('w'))
    succ = None
    for child in tblPr:
        if child.tag.split('}')[1] in ('shd', 'tblLayout', 'tblCellMar', 'tblLook',
                                       'tblCaption', 'tblDescription'):
            succ = child
            break
    if succ is not None:
        succ.addprevious(b)
    else:
        tblPr.append(b)


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w * 567)))
    tblPr = table._tbl.tblPr
    tw = tblPr.find(qn('w:tblW'))
    if tw is None:
        tw = OxmlElement('w:tblW')
        tblPr.append(tw)
    tw.set(qn('w:type'), 'dxa')
    tw.set(qn('w:w'), str(int(sum(widths) * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader')
    h.set(qn('w:val'), 'true')
    trPr.append(h)


class Builder:
    def __init__(self):
        self.doc = Document()
        sec = self.doc.sections[0]
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        sec.footer_distance = Cm(2.6)
        st = self.doc.styles['Normal']
        st.font.name = 'Times New Roman'
        st.font.size = Pt(16)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = OxmlElement('w:rFonts')
            rpr.insert(0, rf)
        rf.set(qn('w:eastAsia'), FS)
        self.absid = 90
        self.numid = 90
        self.cl = None
        self.add_page_number()

    # ---------- numbering (Word auto numbering) ----------
    def new_numbering(self, numfmt, lvltext, font=FS, bold=False):
        numbering = self.doc.part.numbering_part.element
        self.absid += 1
        self.numid += 1
        a, n = self.absid, self.numid
        latin = 'Times New Roman' if font in (FS, KT) else font
        b = '<w:b/>' if bold else ''
        absxml = (
            '<w:abstractNum %s w:abstractNumId="%d">'
            '<w:nsid w:val="%08X"/>'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>%s'
            '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
        ) % (nsdecls('w'), a, 0x1A2B0000 + a, numfmt, lvltext, latin, latin, font, b)
        absel = parse_xml(absxml)
        first_num = numbering.find(qn('w:num'))
        if first_num is not None:
            first_num.addprevious(absel)
        else:
            numbering.append(absel)
        numxml = ('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
                  '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
                  '</w:num>') % (nsdecls('w'), n, a)
        numbering.append(parse_xml(numxml))
        return n

    def add_page_number(self):
        sec = self.doc.sections[0]
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run('— ')
        set_run_font(r, 'Times New Roman', 14)
        r = p.add_run()
        set_run_font(r, 'Times New Roman', 14)
        f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
        it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '
        f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
        t = OxmlElement('w:t'); t.text = '1'
        f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
        for el in (f1, it, f2, t, f3):
            r._element.append(el)
        r = p.add_run(' —')
        set_run_font(r, 'Times New Roman', 14)

    # ---------- paragraphs ----------
    def fmt(self, p, indent=True, align=None, line=28, size=16, left=None):
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        if indent:
            pf.first_line_indent = Pt(size * 2)
        if left is not None:
            pf.left_indent = Pt(left)
        if align is not None:
            p.alignment = align

    def para(self, segs, font=FS, size=16, indent=True, align=None, clause=True,
             prefix='', num=None, line=28, bold=False, color=None, container=None,
             left=None, page_break_before=False):
        if container is None:
            p = self.doc.add_paragraph()
        else:
            p = container.add_paragraph()
        self.fmt(p, indent=indent, align=align, line=line, size=size, left=left)
        if page_break_before:
            p.paragraph_format.page_break_before = True
        if num is not None:
            numPr = p._p.get_or_add_pPr().get_or_add_numPr()
            numPr.get_or_add_ilvl().val = 0
            numPr.get_or_add_numId().val = num
        if isinstance(segs, str):
            segs = [segs]
        texts = []
        for s in segs:
            if s is BR:
                r = p.add_run()
                r.add_break()
                continue
            if isinstance(s, tuple):
                txt, f, b = s
            else:
                txt, f, b = s, font, bold
            r = p.add_run(txt)
            set_run_font(r, f, size, b, color)
            texts.append(txt)
        full = prefix + ''.join(texts)
        if clause and self.cl is not None:
            self.cl.append(full)
        return p

    def empty(self, n=1, container=None):
        for _ in range(n):
            p = (container or self.doc).add_paragraph()
            self.fmt(p, indent=False)

    def h1(self, text):
        return self.para(text, font=HT, clause=False)

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    # ---------- tables ----------
    def table(self, headers, rows, widths, clause=True, merges=(), mode='para',
              size=12, header_repeat=False, center_cols=()):
        t = self.doc.add_table(rows=len(rows) + 1, cols=len(headers))
        t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        skip = set()
        for col, r0, r1 in merges:
            for r in range(r0 + 1, r1 + 1):
                skip.add((r, col))
        for j, h in enumerate(headers):
            c = t.cell(0, j)
            c.width = Cm(widths[j])
            c.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
            p = c.paragraphs[0]
            self.fmt(p, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=20, size=size)
            r = p.add_run(h)
            set_run_font(r, HT, size)
        if header_repeat:
            repeat_header(t.rows[0])
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i + 1, j)
                c.width = Cm(widths[j])
                c.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
                if (i, j) in skip:
                    continue
                lines = val if isinstance(val, list) else [val]
                al = WD_ALIGN_PARAGRAPH.CENTER if j in center_cols else WD_ALIGN_PARAGRAPH.LEFT
                if mode == 'br' or len(lines) == 1:
                    p = c.paragraphs[0]
                    self.fmt(p, indent=False, align=al, line=20, size=size)
                    for k, ln in enumerate(lines):
                        if k:
                            p.add_run().add_break()
                        r = p.add_run(ln)
                        set_run_font(r, FS, size)
                else:
                    for k, ln in enumerate(lines):
                        p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                        self.fmt(p, indent=False, align=al, line=20, size=size)
                        r = p.add_run(ln)
                        set_run_font(r, FS, size)
        for col, r0, r1 in merges:
            t.cell(r0 + 1, col).merge(t.cell(r1 + 1, col))
        set_widths(t, widths)
        if clause and self.cl is not None:
            for row in rows:
                parts = []
                for h, val in zip(headers, row):
                    v = ''.join(val) if isinstance(val, list) else val
                    parts.append('%s：%s' % (h, v))
                self.cl.append('；'.join(parts))
        return t

    def layout_table(self, cells, widths):
        """1-row borderless table; cells = list of list of (text, font, size, color)."""
        t = self.doc.add_table(rows=1, cols=len(cells))
        cell_borders_none(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, content in enumerate(cells):
            c = t.cell(0, j)
            c.width = Cm(widths[j])
            c.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
            for k, (txt, f, sz, col, al) in enumerate(content):
                p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                self.fmt(p, indent=False, align=al, line=max(28, int(sz * 1.3)), size=sz)
                r = p.add_run(txt)
                set_run_font(r, f, sz, False, col)
        set_widths(t, widths)
        return t

    # ---------- office furniture ----------
    def red_line(self):
        p = self.doc.add_paragraph()
        self.fmt(p, indent=False, line=12)
        p_border(p, ('bottom',), 'FF0000', 18)

    def banji(self, chaosong, office, date):
        self.empty(2)
        p = self.para(chaosong, size=14, indent=False, clause=False, left=14)
        p_border(p, ('top', 'bottom'), '000000', 8)
        p = self.para(office, size=14, indent=False, clause=False, left=14)
        p_border(p, ('bottom',), '000000', 12)

    def save(self, stem):
        path = os.path.join(OUT, stem + '.docx')
        self.doc.save(path)
        return path


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level='provincial', region=None, effective=None, expires=None,
                attachments=[], doc_type='通知', recipients=[], publicity=None,
                repeals=None)
    base.update(kw)
    return base


def kt(t):
    return (t, KT, True)


def cn(n):
    d = '零一二三四五六七八九'
    if n < 10:
        return d[n]
    if n < 20:
        return '十' + (d[n % 10] if n % 10 else '')
    return d[n // 10] + '十' + (d[n % 10] if n % 10 else '')


EXPECTED = {}


# =====================================================================
# 1. Fujian (Fuzhou): joint notice, layout-table red header, Word
#    auto-numbered "1." items and "第一步：" steps, attachment guide table
#    with multi-paragraph cells, contact table in the body.
# =====================================================================
def make_fuzhou():
    stem = 'blind400_fuzhou_tongzhi'
    b = Builder()
    b.cl = []
    CA = (FS, 16)
    # red header as layout table: two organs + 文件
    b.layout_table([
        [('中国人民银行福建省分行', XBS, 24, RED, WD_ALIGN_PARAGRAPH.DISTRIBUTE),
         ('国家外汇管理局福建省分局', XBS, 24, RED, WD_ALIGN_PARAGRAPH.DISTRIBUTE)],
        [('文件', XBS, 40, RED, WD_ALIGN_PARAGRAPH.CENTER)],
    ], [12.0, 3.5])
    b.empty(1)
    b.para('闽银发〔2025〕138号', indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, clause=False)
    b.red_line()
    b.empty(1)
    b.para(['中国人民银行福建省分行 国家外汇管理局福建省分局', BR,
            '关于进一步推进中国（福建）自由贸易试验区', BR,
            '跨境人民币和外汇业务便利化的通知'],
           font=XBS, size=22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
           clause=False, line=36)
    b.empty(1)
    zhusong = ('中国人民银行福州市分行，国家外汇管理局福州市分局，中国人民银行平潭综合实验区支行；'
               '各政策性银行福建省分行，各国有商业银行福建省分行，各股份制商业银行福州分行，'
               '福建海峡银行，各外资银行福州分行；各非银行支付机构福建分公司：')
    b.para(zhusong, indent=False, clause=False)
    b.para('为深入贯彻党中央、国务院关于推进高水平对外开放的决策部署，支持中国（福建）自由贸易试验区'
           '（以下简称福建自贸试验区）建设21世纪海上丝绸之路核心区、深化两岸经贸合作，进一步提升跨境贸易'
           '投资便利化水平，根据跨境人民币业务和外汇管理有关规定，经中国人民银行、国家外汇管理局同意，'
           '现就有关事项通知如下：')
    b.h1('一、优化跨境人民币结算服务')
    b.para([kt('（一）扩大优质企业贸易投资便利化范围。'),
            '银行可按照“展业三原则”，自主将福建自贸试验区内纳税信用良好、近两年无重大违法违规记录的企业'
            '纳入优质企业名单，凭企业提交的《跨境人民币收付款说明》或收付款指令，直接为其办理货物贸易、'
            '服务贸易跨境人民币结算以及资本项目人民币收入在境内的依法合规使用，无需事前逐笔提交单证材料。'])
    b.para([kt('（二）支持新型离岸国际贸易跨境人民币结算。'),
            '银行应当结合企业经营情况，为真实、合规的新型离岸国际贸易提供高效便捷的跨境人民币结算服务：'])
    b.para('1.对于转手买卖、全球采购等业务，银行可凭企业提交的合同、发票或电子单证，在审核交易真实性后办理结算；')
    b.para('2.对于委托境外加工、承包工程境外购买货物等业务，银行可根据企业业务特点合理确定审核材料；')
    b.para('3.对于首次办理新型离岸国际贸易结算的企业，银行应当加强尽职调查，必要时可开展实地核查。')
    b.para([kt('（三）便利跨境电商等外贸新业态结算。'),
            '支持银行、非银行支付机构依托中国（福州）跨境电子商务综合试验区线上综合服务平台，为跨境电商、'
            '市场采购贸易、海外仓等外贸新业态经营主体提供跨境人民币结算服务。非银行支付机构办理跨境人民币'
            '业务的，应当按规定逐笔报送交易信息。'])
    b.empty(1)
    b.h1('二、深化外汇管理改革试点')
    b.para([kt('（四）开展贸易外汇收支便利化试点。'),
            '符合条件的银行可为福建自贸试验区内优质企业办理贸易外汇收支便利化业务，试点企业名单由银行'
            '审核后报所在地外汇管理部门备案。试点企业可享受以下便利：'])
    n1 = b.new_numbering('decimal', '%1.')
    items = ['简化单证审核，银行可凭试点企业提交的收付款指令直接办理货物贸易和服务贸易外汇收支；',
             '货物贸易超期限等特殊退汇业务，免于到外汇管理部门办理登记手续；',
             '进口付汇业务无需办理进口报关单核验。']
    for i, t in enumerate(items, 1):
        b.para(t, num=n1, prefix='%d.' % i)
    b.para([kt('（五）扩大资本项目收入支付便利化范围。'),
            '允许福建自贸试验区内非投资性外商投资企业在不违反现行外商投资准入特别管理措施且境内所投项目'
            '真实、合规的前提下，依法以资本金进行境内股权投资。', BR,
            '企业资本项目外汇收入及其结汇所得人民币资金用于境内支付的，无需事前向银行逐笔提供真实性证明材料。'])
    b.para([kt('（六）开展跨国公司本外币一体化资金池业务。'),
            '支持在福建自贸试验区注册的跨国公司开展本外币一体化资金池业务试点，集中运营管理境内外成员企业'
            '本外币资金，试点企业的外债和境外放款额度按照本外币一体化资金池业务有关规定管理。'])
    b.para([kt('（七）支持科技型企业和台资企业跨境融资便利化。'),
            '福建自贸试验区内符合条件的高新技术和“专精特新”企业可在不超过等值1000万美元的额度内自主借用外债；'
            '在福建自贸试验区设立的台资企业，经银行审核符合条件的，可参照上述政策办理跨境融资。'])
    b.empty(1)
    b.h1('三、提升重点领域跨境金融服务水平')
    b.para([kt('（八）服务“海丝”核心区建设。'),
            '鼓励银行为福建自贸试验区企业参与共建“一带一路”项目提供跨境人民币贷款、跨境担保、境外项目融资等'
            '金融服务，支持企业在境外承包工程、对外直接投资中优先使用人民币计价结算。'])
    b.para([kt('（九）支持中欧（亚）班列和海铁联运发展。'),
            '对于通过中欧（亚）班列、海铁联运开展的进出口业务，银行可凭铁路运单、多式联运单据等电子信息'
            '办理跨境人民币和外汇结算，提升结算时效。'])
    b.para([kt('（十）推动综合保税区业务便利化。'),
            '支持银行为福州综合保税区、福州江阴港综合保税区内企业开展保税维修、保税研发、融资租赁等业务'
            '提供跨境结算服务，区内企业与境外之间的货物贸易收支可按规定使用人民币或外币结算。'])
    b.empty(1)
    b.h1('四、强化组织实施和风险防范')
    b.para([kt('（十一）压实银行主体责任。'),
            '各银行要制定便利化业务内部操作规程，明确优质企业、试点企业的准入和退出标准，于2026年1月15日前'
            '报所在地人民银行分支机构、外汇管理部门备案。'])
    b.para([kt('（十二）加强事中事后监管。'),
            '人民银行分支机构、外汇管理部门应当加强对便利化业务的监测分析：'])
    b.para('1.按季度开展便利化业务非现场监测，及时发现和处置异常交易；')
    b.para('2.对存在下列情形之一的企业，银行应当将其移出优质企业或试点企业名单：')
    b.para('（1）虚构贸易背景、提供虚假材料办理业务的；')
    b.para('（2）被外汇管理部门或人民银行行政处罚的；')
    b.para([kt('（十三）做好政策宣传和效果评估。'),
            '各银行要通过网点公告、线上渠道等方式加强政策宣传，主动对接福建自贸试验区内企业需求，并于每季度'
            '结束后10个工作日内，将便利化业务开展情况报送所在地人民银行分支机构、外汇管理部门。'])
    b.empty(1)
    b.para('本通知自2026年1月1日起施行，有效期至2028年12月31日。执行中如遇问题，请及时向所在地人民银行分支机构、外汇管理部门反馈。联系方式如下：')
    b.table(['单位', '联系部门', '联系人', '联系电话'], [
        ['中国人民银行福建省分行', '跨境人民币业务处', '林　峰', '0591-87315426'],
        ['国家外汇管理局福建省分局', '经常项目管理处', '陈思远', '0591-87315561'],
        ['中国人民银行福州市分行（国家外汇管理局福州市分局）', '跨境人民币和外汇管理科', '黄志强', '0591-83356702'],
        ['中国人民银行平潭综合实验区支行', '货币信贷和外汇管理股', '吴晓燕', '0591-23123518'],
    ], [5.4, 4.4, 2.2, 3.6], center_cols=(2, 3))
    b.empty(1)
    att = '中国（福建）自由贸易试验区跨境人民币和外汇便利化业务办理指引'
    b.para(['附件：', att], indent=True, clause=False, left=0)
    b.empty(3)
    b.layout_table([
        [('中国人民银行福建省分行', FS, 16, None, WD_ALIGN_PARAGRAPH.CENTER)],
        [('国家外汇管理局福建省分局', FS, 16, None, WD_ALIGN_PARAGRAPH.CENTER)],
    ], [7.8, 7.8])
    b.para('2025年11月26日        ', indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, clause=False)
    b.empty(1)
    b.para('（此件公开发布）', clause=False)

    # ---------------- attachment ----------------
    b.page_break()
    b.para('附件', font=HT, indent=False, clause=False)
    b.empty(1)
    b.para(att, font=XBS, size=22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
           clause=False, line=36)
    b.empty(1)
    b.h1('一、适用范围')
    b.para('本指引适用于福建自贸试验区内企业通过银行、非银行支付机构办理《中国人民银行福建省分行 国家外汇管理局'
           '福建省分局关于进一步推进中国（福建）自由贸易试验区跨境人民币和外汇业务便利化的通知》所列便利化业务。')
    b.h1('二、办理流程')
    n2 = b.new_numbering('chineseCounting', '第%1步：')
    steps = ['企业向开户银行提出便利化业务申请，填写《便利化业务申请表》，并按照本指引所列清单提交相关材料。',
             '银行按照“展业三原则”开展尽职调查，核实企业身份、经营状况和交易背景，一般应当在3个工作日内完成审核。',
             '审核通过的，银行将企业纳入优质企业或试点企业名单，书面告知企业，并在5个工作日内报所在地人民银行分支机构、'
             '外汇管理部门备案。',
             '企业凭收付款指令等材料办理跨境收支，银行按照便利化措施直接办理，并按规定报送跨境人民币业务信息和'
             '国际收支申报数据。']
    for i, t in enumerate(steps, 1):
        b.para(t, num=n2, prefix='第%s步：' % cn(i))
    b.h1('三、业务类型、办理条件及所需材料')
    b.para('各项业务的办理条件和所需材料见下表。银行可在“展业三原则”基础上，根据企业风险状况合理增减审核材料。')
    b.table(['序号', '业务类型', '办理条件', '所需材料'], [
        ['1', '优质企业货物贸易跨境人民币结算',
         '被银行纳入优质企业名单，近两年无外汇和跨境人民币业务违规记录',
         ['1.《跨境人民币收付款说明》或收付款指令；', '2.首次办理时提交营业执照复印件；', '3.银行要求的其他材料']],
        ['2', '新型离岸国际贸易结算',
         '具有真实贸易背景，企业具备相应的经营能力和资金实力',
         ['1.贸易合同；', '2.发票或电子单证；', '3.提单、仓单等货权凭证或物流单据；',
          '4.《新型离岸国际贸易业务情况说明》']],
        ['3', '贸易外汇收支便利化',
         '已列入贸易外汇收支便利化试点企业名单',
         ['1.收付款指令；', '2.涉及特殊退汇的，提交退汇情况说明']],
        ['4', '资本项目收入支付便利化',
         '资金使用符合资本项目收入使用负面清单管理要求',
         ['1.《资本项目收入支付便利化业务支付命令函》；', '2.用于境内股权投资的，提交被投资企业营业执照复印件']],
        ['5', '跨境融资便利化',
         '符合高新技术、“专精特新”或台资企业条件，跨境融资余额不超过便利化额度',
         ['1.外债签约情况表；', '2.外债合同；', '3.企业资质证明材料；', '4.近一年经审计的财务报表']],
    ], [1.2, 3.8, 4.8, 5.8], center_cols=(0,))
    b.banji('抄送：中国人民银行，国家外汇管理局；中国人民银行厦门市分行，国家外汇管理局厦门市分局；'
            '福建省商务厅，福建省地方金融管理局，福州海关。',
            '中国人民银行福建省分行办公室　　　2025年11月28日印发', None)
    b.save(stem)
    EXPECTED[stem] = [{
        'meta': meta(
            title='中国人民银行福建省分行 国家外汇管理局福建省分局关于进一步推进中国（福建）自由贸易试验区'
                  '跨境人民币和外汇业务便利化的通知',
            doc_number='闽银发〔2025〕138号',
            issuer=['中国人民银行福建省分行', '国家外汇管理局福建省分局'],
            date='2025-11-26', region='中国（福建）自由贸易试验区',
            effective='2026-01-01', expires='2028-12-31', attachments=[att],
            recipients=['中国人民银行福州市分行', '国家外汇管理局福州市分局', '中国人民银行平潭综合实验区支行',
                        '各政策性银行福建省分行', '各国有商业银行福建省分行', '各股份制商业银行福州分行',
                        '福建海峡银行', '各外资银行福州分行', '各非银行支付机构福建分公司'],
            publicity='此件公开发布'),
        'clauses': b.cl,
    }]
    return stem


# =====================================================================
# 2. Guangxi (Nanning): title in two paragraphs, Word auto-numbered
#    "（一）" restarting per section, date in 〇 style, merged category
#    column, soft line breaks in material cells, two attachments.
# =====================================================================
def make_nanning():
    stem = 'blind400_nanning_tongzhi'
    b = Builder()
    b.cl = []
    for org in ('中国人民银行广西壮族自治区分行', '国家外汇管理局广西壮族自治区分局'):
        b.para(org, font=XBS, size=26, indent=False, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
               clause=False, color=RED, line=40)
    b.empty(2)
    b.para('桂银发〔2026〕9号', indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, clause=False)
    b.red_line()
    b.empty(1)
    b.para('中国人民银行广西壮族自治区分行 国家外汇管理局广西壮族自治区分局', font=XBS, size=22,
           indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, clause=False, line=36)
    b.para('关于推进中国（广西）自由贸易试验区面向东盟跨境人民币和外汇业务便利化的通知', font=XBS, size=22,
           indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, clause=False, line=36)
    b.empty(1)
    b.para('中国人民银行广西壮族自治区分行营业管理部，中国人民银行钦州市分行、中国人民银行崇左市分行，'
           '国家外汇管理局钦州市分局、国家外汇管理局崇左市分局；中国（广西）自由贸易试验区内各银行业金融机构：',
           indent=False, clause=False)
    b.para('为深入贯彻落实党中央、国务院关于建设中国（广西）自由贸易试验区（以下简称广西自贸试验区）的决策部署，'
           '服务西部陆海新通道建设和中国—东盟自由贸易区3.0版升级，稳慎扎实推进人民币在东盟国家使用，'
           '提升跨境贸易和投资便利化水平，现就有关事项通知如下：')

    def sec(title, items):
        b.para(title, font=HT, bold=True, clause=False)
        n = b.new_numbering('chineseCounting', '（%1）', font=KT, bold=True)
        for i, (head, body) in enumerate(items, 1):
            segs = [kt(head)] + (body if isinstance(body, list) else [body])
            b.para(segs, num=n, prefix='（%s）' % cn(i))
        return n

    sec('一、扩大面向东盟的人民币跨境使用', [
        ('推动大宗商品贸易人民币计价结算。',
         '支持广西自贸试验区内企业在与东盟国家开展铝土矿、棕榈油、天然橡胶、木材等大宗商品贸易中使用人民币'
         '计价结算，银行可为相关企业提供人民币贸易融资、跨境人民币结算一揽子金融服务。'),
        ('便利边民互市贸易人民币结算。',
         '支持崇左片区内银行为边民互市贸易落地加工企业办理跨境人民币结算，凭边民互市贸易申报单、互市商品交易'
         '凭证等材料办理资金收付；鼓励银行通过互市贸易结算平台实现“一站式”结算。'),
        ('扩大人民币对东盟国家货币区域交易。',
         '支持银行开展人民币对越南盾、泰铢、印尼盾等东盟国家货币的区域柜台挂牌交易，丰富汇率避险产品，'
         '降低企业汇兑成本。'),
    ])
    sec('二、提升外汇管理便利化水平', [
        ('推进贸易外汇收支便利化。', '银行可为广西自贸试验区内优质企业办理以下便利化业务：'),
    ])
    b.para('1.凭优质企业提交的收付款指令直接办理货物贸易和服务贸易外汇收支；')
    b.para(['2.允许试点企业按规定对经常项目外汇资金集中收付、轧差净额结算，', BR,
            '净额结算涉及的国际收支申报按照有关规定办理；'])
    b.para('3.货物贸易超期限等特殊退汇业务，免于到外汇管理部门登记。')
    # continue （二）（三） of section 二 with the same numbering instance
    n_sec2 = b.numid
    for i, (head, body) in enumerate([
        ('提高跨境融资便利化额度。',
         '广西自贸试验区内符合条件的高新技术和“专精特新”企业，跨境融资便利化额度提高至等值1000万美元，'
         '企业可在额度内自主借用外债。'),
        ('便利境外直接投资。',
         '支持广西自贸试验区企业赴东盟国家开展境外直接投资，银行可直接办理境外直接投资外汇登记；企业境外直接'
         '投资前期费用累计汇出额不超过等值300万美元且不超过中方投资总额15%的，可在银行直接办理汇出手续。'),
    ], 2):
        b.para([kt(head), body], num=n_sec2, prefix='（%s）' % cn(i))
    sec('三、服务西部陆海新通道建设', [
        ('提升海铁联运结算效率。',
         '对于经由钦州港开展的海铁联运进出口业务及国际航行船舶相关跨境收支，银行可凭电子运单、船舶动态等'
         '信息办理结算，进一步压缩结算时间。'),
        ('支持跨境班列运输企业结算。',
         '鼓励银行为中越跨境班列、中欧班列（南宁）运营企业提供跨境人民币运费结算和供应链融资服务。'),
    ])
    sec('四、加强组织实施', [
        ('落实主体责任。',
         '各银行要制定便利化业务内部操作规程，于2026年3月31日前报所在地人民银行分支机构、外汇管理部门备案。'),
        ('强化风险防控。',
         '各银行要切实履行反洗钱、反恐怖融资、反逃税义务，加强对便利化业务的交易监测，发现异常交易的，'
         '应当及时报告。'),
        ('加强监测评估。',
         '人民银行分支机构、外汇管理部门要加强对便利化业务的跟踪监测和效果评估，及时总结推广典型经验做法。'),
    ])
    b.para('本通知自印发之日起施行，有效期至2030年12月31日。《中国人民银行南宁中心支行 国家外汇管理局广西壮族'
           '自治区分局关于印发〈中国（广西）自由贸易试验区跨境人民币业务操作指引〉的通知》（南宁银发〔2021〕62号）'
           '同时废止。')
    b.empty(1)
    att1 = '中国（广西）自由贸易试验区跨境人民币和外汇业务办理指引'
    att2 = '各片区人民银行、外汇管理部门联系方式'
    b.para('附件：1.' + att1, clause=False)
    b.para('　　　2.' + att2, clause=False)
    b.empty(3)
    b.para('中国人民银行广西壮族自治区分行', indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, clause=False)
    b.para('国家外汇管理局广西壮族自治区分局', indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, clause=False)
    b.para('二〇二六年一月二十日　　　', indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, clause=False)
    b.empty(1)
    b.para('（此件公开发布）', clause=False)

    # ---- 附件1 ----
    b.para('附件1', font=HT, indent=False, clause=False, page_break_before=True)
    b.empty(1)
    b.para(att1, font=XBS, size=22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, clause=False, line=36)
    b.empty(1)
    b.h1('一、适用对象')
    b.para('本指引适用于在广西自贸试验区南宁片区、钦州港片区、崇左片区内依法注册登记的企业，以及为其办理跨境人民币'
           '和外汇业务的银行业金融机构。')
    b.h1('二、办理流程')
    steps = [('第一步　提交申请。', '企业向开户银行提交便利化业务申请书和相关材料。'),
             ('第二步　银行审核。', '银行按照“展业三原则”对企业资质和交易背景进行审核，原则上在2个工作日内完成。'),
             ('第三步　办理业务。', '审核通过的，银行按照便利化措施为企业办理跨境收付、结售汇或外汇登记。'),
             ('第四步　报送备案。', '银行于每月前5个工作日内，将上月便利化业务办理情况报所在地人民银行分支机构、'
                                  '外汇管理部门备案。')]
    for head, body in steps:
        b.para([(head, FS, True), body])
    b.h1('三、业务类型及材料清单')
    b.para('便利化业务的办理条件和所需材料见下表：')
    b.table(['业务类别', '业务类型', '办理条件', '所需材料'], [
        ['跨境人民币', '大宗商品贸易人民币结算', '具有真实合法的交易背景',
         ['1.贸易合同；', '2.发票；', '3.提单或仓单']],
        ['跨境人民币', '边民互市贸易人民币结算', '在崇左片区登记的边民互市贸易落地加工企业',
         ['1.边民互市贸易申报单；', '2.互市商品交易凭证；', '3.落地加工企业收购凭证']],
        ['外汇', '贸易外汇收支便利化', '已列入试点企业名单', '收付款指令'],
        ['外汇', '跨境融资便利化', '高新技术或“专精特新”企业，在便利化额度内借用外债',
         ['1.外债签约情况表；', '2.外债合同；', '3.企业资质证明材料']],
        ['外汇', '境外直接投资前期费用汇出', '累计汇出额不超过等值300万美元且不超过中方投资总额15%',
         ['1.境外直接投资前期费用汇出申请书；', '2.境外直接投资项目可行性说明材料']],
    ], [2.2, 3.6, 4.8, 5.0], merges=[(0, 0, 1), (0, 2, 4)], mode='br', center_cols=(0,))
    b.empty(1)
    b.h1('四、注意事项')
    b.para('银行发现企业存在虚构交易背景、拆分交易逃避监管等异常情况的，应当暂停为其办理便利化业务，并及时向'
           '所在地人民银行分支机构、外汇管理部门报告。')

    # ---- 附件2 ----
    b.page_break()
    b.para('附件2', font=HT, indent=False, clause=False)
    b.empty(1)
    b.para(att2, font=XBS, size=22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, clause=False, line=36)
    b.empty(1)
    b.table(['片区', '联系单位', '联系人', '联系电话'], [
        ['南宁片区', '中国人民银行广西壮族自治区分行营业管理部', '韦海燕', '0771-5552301'],
        ['钦州港片区', '中国人民银行钦州市分行、国家外汇管理局钦州市分局', '梁家豪', '0777-2835106'],
        ['崇左片区', '中国人民银行崇左市分行、国家外汇管理局崇左市分局', '农　丽', '0771-7963215'],
    ], [2.6, 7.2, 2.2, 3.6], center_cols=(0, 2, 3), size=12)
    b.banji('抄送：中国人民银行，国家外汇管理局；广西壮族自治区商务厅，广西壮族自治区地方金融管理局，南宁海关。',
            '中国人民银行广西壮族自治区分行办公室　2026年1月21日印发', None)
    b.save(stem)
    EXPECTED[stem] = [{
        'meta': meta(
            title='中国人民银行广西壮族自治区分行 国家外汇管理局广西壮族自治区分局关于推进中国（广西）自由贸易试验区'
                  '面向东盟跨境人民币和外汇业务便利化的通知',
            doc_number='桂银发〔2026〕9号',
            issuer=['中国人民银行广西壮族自治区分行', '国家外汇管理局广西壮族自治区分局'],
            date='2026-01-20', region='中国（广西）自由贸易试验区',
            effective='2026-01-20', expires='2030-12-31', attachments=[att1, att2],
            recipients=['中国人民银行广西壮族自治区分行营业管理部', '中国人民银行钦州市分行',
                        '中国人民银行崇左市分行', '国家外汇管理局钦州市分局', '国家外汇管理局崇左市分局',
                        '中国（广西）自由贸易试验区内各银行业金融机构'],
            publicity='此件公开发布',
            repeals='《中国人民银行南宁中心支行 国家外汇管理局广西壮族自治区分局关于印发〈中国（广西）自由贸易试验区'
                    '跨境人民币业务操作指引〉的通知》（南宁银发〔2021〕62号）'),
        'clauses': b.cl,
    }]
    return stem


# =====================================================================
# 3. Sichuan (Chengdu): 印发 notice + the 实施办法 it issues (two
#    documents in one file); contact table in notice body; steps given as
#    a table; 办法 carries its own appended guide; repeated header row.
# =====================================================================
def make_chengdu():
    stem = 'blind400_chengdu_banfa'
    b = Builder()
    notice_cl = []
    b.cl = notice_cl
    b.para('中国人民银行四川省分行', font=XBS, size=26, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
           clause=False, color=RED, line=40)
    b.para('国家外汇管理局四川省分局', font=XBS, size=26, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
           clause=False, color=RED, line=40)
    b.empty(1)
    b.para('川银发〔2026〕21号', indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, clause=False)
    b.red_line()
    b.empty(1)
    banfa_title = '中国（四川）自由贸易试验区跨境人民币和外汇业务便利化实施办法'
    b.para('中国人民银行四川省分行 国家外汇管理局四川省分局关于印发《' + banfa_title + '》的通知',
           font=XBS, size=22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, clause=False, line=36)
    b.empty(1)
    b.para('中国人民银行四川省分行营业管理部，中国人民银行泸州市分行，国家外汇管理局泸州市分局；'
           '中国（四川）自由贸易试验区内各银行、非银行支付机构：', indent=False, clause=False)
    b.para('为深入贯彻落实党中央、国务院关于推进高水平对外开放的决策部署，支持中国（四川）自由贸易试验区'
           '（以下简称四川自贸试验区）打造内陆开放型经济高地，服务成渝地区双城经济圈建设和中欧班列（成渝）'
           '高质量发展，中国人民银行四川省分行、国家外汇管理局四川省分局制定了《' + banfa_title +
           '》，现印发给你们，请认真贯彻执行。')
    b.para('各单位要高度重视，结合实际制定内部操作规程，加强对一线业务人员的培训，确保各项便利化政策落地见效。'
           '执行中遇到的问题，请及时向所在地人民银行、外汇管理部门报告。')
    b.para('各银行要于2026年2月28日前完成业务系统改造和内部制度修订，将优质企业名单管理、交易电子信息审核等要求'
           '嵌入业务流程。')
    b.para('人民银行各分支机构、外汇管理部门要加强政策宣传和窗口指导，每半年对辖内便利化业务开展情况进行评估，'
           '评估情况于每年7月15日和次年1月15日前报送中国人民银行四川省分行、国家外汇管理局四川省分局。')
    b.para('各片区联系方式如下：')
    b.table(['片区', '联系单位', '联系人', '联系电话'], [
        ['成都天府新区片区', '中国人民银行四川省分行营业管理部', '赵　磊', '028-86716532'],
        ['成都青白江铁路港片区', '中国人民银行成都市青白江区支行', '何佳琪', '028-83613270'],
        ['川南临港片区', '中国人民银行泸州市分行、国家外汇管理局泸州市分局', '罗建国', '0830-3196625'],
        ['综合协调', '中国人民银行四川省分行跨境人民币业务处、国家外汇管理局四川省分局经常项目管理处',
         '刘雨桐', '028-86793417'],
    ], [3.4, 7.0, 2.0, 3.2], center_cols=(2, 3))
    b.empty(1)
    b.para('附件：' + banfa_title, clause=False)
    b.empty(3)
    b.layout_table([
        [('中国人民银行四川省分行', FS, 16, None, WD_ALIGN_PARAGRAPH.CENTER)],
        [('国家外汇管理局四川省分局', FS, 16, None, WD_ALIGN_PARAGRAPH.CENTER)],
    ], [7.8, 7.8])
    b.para('2026年2月10日　　　　', indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, clause=False)

    # ---------------- 办法 ----------------
    banfa_cl = []
    b.cl = banfa_cl
    b.page_break()
    b.para('附件', font=HT, indent=False, clause=False)
    b.empty(1)
    b.para(['中国（四川）自由贸易试验区跨境人民币和外汇', BR, '业务便利化实施办法'], font=XBS, size=22,
           indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, clause=False, line=36)
    b.empty(1)

    def chap(t):
        b.para(t, font=HT, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, clause=False)

    def art(no, text):
        b.para([('第%s条' % no, HT, False), '　' + text], prefix='')

    chap('第一章　总则')
    art('一', '为支持中国（四川）自由贸易试验区（以下简称四川自贸试验区）建设，提升跨境人民币和外汇业务便利化水平，'
              '根据《中华人民共和国中国人民银行法》《中华人民共和国外汇管理条例》等法律法规和跨境人民币业务有关规定，'
              '制定本办法。')
    art('二', '本办法适用于在四川自贸试验区成都天府新区片区、成都青白江铁路港片区、川南临港片区内依法注册登记的企业'
              '（以下简称区内企业），以及为区内企业办理跨境人民币和外汇业务的银行、非银行支付机构。')
    art('三', '银行、非银行支付机构办理便利化业务，应当遵循“了解客户、了解业务、尽职审查”的展业原则，坚持便利化与'
              '防风险并重。')
    chap('第二章　跨境人民币业务便利化')
    art('四', '银行可将符合下列条件的区内企业纳入跨境人民币结算优质企业名单：')
    b.para('（一）近两年无跨境人民币、外汇业务违规记录；')
    b.para('（二）纳税信用等级为A级或B级；')
    b.para('（三）未被列入经营异常名录或严重违法失信名单；')
    b.para('（四）银行认定的其他条件。')
    art('五', '对于优质企业的货物贸易、服务贸易跨境人民币结算，银行可凭企业提交的收付款指令直接办理，无需事前逐笔'
              '审核合同、发票等单证。')
    art('六', '支持银行为区内跨境电商、市场采购贸易、海外仓等外贸新业态经营主体办理跨境人民币结算。银行可与依法取得'
              '支付业务许可的非银行支付机构合作，凭交易电子信息为其提供经常项下跨境人民币结算服务。')
    art('七', '对于经由中欧班列（成渝）、西部陆海新通道开展的进出口业务，银行可凭铁路运单、多式联运单据等电子信息'
              '办理跨境人民币结算，并可探索以铁路运单为载体开展贸易融资。')
    chap('第三章　外汇业务便利化')
    art('八', '符合条件的银行可为区内优质企业开展贸易外汇收支便利化试点，试点企业办理贸易外汇收支时享受以下便利：')
    b.para('（一）凭收付款指令直接办理货物贸易和服务贸易外汇收支；')
    b.para('（二）货物贸易超期限等特殊退汇业务免于登记；')
    b.para('（三）进口付汇无需办理进口报关单核验。')
    art('九', '区内非投资性外商投资企业在不违反现行外商投资准入特别管理措施且境内所投项目真实、合规的前提下，可依法'
              '以资本金进行境内股权投资。')
    art('十', '区内符合条件的高新技术和“专精特新”企业，可在不超过等值1000万美元的额度内自主借用外债。')
    art('十一', '支持符合条件的跨国公司在四川自贸试验区开展本外币一体化资金池业务。')
    chap('第四章　监督管理')
    art('十二', '银行、非银行支付机构应当按规定报送跨境人民币业务和国际收支相关数据，确保数据真实、准确、完整、及时。')
    art('十三', '人民银行、外汇管理部门应当加强对便利化业务的事中事后监管。存在下列情形之一的，可以暂停或者取消相关'
                '银行、企业的便利化业务资格：')
    b.para('（一）虚构贸易背景或者提供虚假材料办理业务的；')
    b.para('（二）未按规定报送数据或者报送数据严重失实的；')
    b.para('（三）发生重大违法违规行为的。')
    art('十四', '银行、非银行支付机构违反本办法规定的，由人民银行、外汇管理部门依法予以处理。')
    chap('第五章　附则')
    guide = '中国（四川）自由贸易试验区跨境人民币和外汇业务办理指引'
    art('十五', '具体业务办理流程和所需材料按照本办法所附《' + guide + '》执行。')
    art('十六', '本办法由中国人民银行四川省分行、国家外汇管理局四川省分局负责解释。')
    art('十七', '本办法自2026年3月1日起施行。')
    b.empty(1)
    b.para('附：' + guide, clause=False)

    # appended guide (part of the 办法)
    b.page_break()
    b.para(guide, font=XBS, size=22, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, clause=False, line=36)
    b.empty(1)
    b.h1('一、办理流程')
    b.table(['步骤', '办理事项', '办理时限'], [
        ['第一步', '企业向开户银行提出便利化业务申请，提交《便利化业务申请表》及相关材料', '随时'],
        ['第二步', '银行按照展业原则开展尽职调查，审核企业资质和材料真实性', '3个工作日内'],
        ['第三步', '银行将符合条件的企业纳入优质企业或试点企业名单，并告知企业', '审核通过后1个工作日内'],
        ['第四步', '企业凭收付款指令等材料办理跨境收支', '随时'],
        ['第五步', '银行报送相关数据，并将名单报所在地人民银行、外汇管理部门备案', '每月前5个工作日内'],
    ], [2.0, 9.6, 4.0], center_cols=(0, 2))
    b.empty(1)
    b.h1('二、业务类型、办理条件及所需材料')
    b.table(['业务类型', '办理条件', '所需材料'], [
        ['优质企业跨境人民币结算', '符合本办法第四条规定的条件', '（1）收付款指令；（2）首次办理时提供营业执照'],
        ['外贸新业态跨境人民币结算', '跨境电商、市场采购贸易、海外仓等经营主体',
         '（1）交易电子信息；（2）通过支付机构办理的，提供支付机构合作协议'],
        ['中欧班列项下跨境人民币结算', '经由中欧班列（成渝）、西部陆海新通道开展进出口',
         '（1）铁路运单或多式联运单据电子信息；（2）贸易合同'],
        ['贸易外汇收支便利化', '已纳入试点企业名单', '（1）收付款指令'],
        ['资本金境内股权投资', '非投资性外商投资企业，所投项目真实、合规',
         '（1）被投资企业营业执照；（2）股权转让协议或投资协议；（3）资本项目收入支付命令函'],
        ['外债便利化', '高新技术或“专精特新”企业，在便利化额度内借用外债',
         '（1）外债签约情况表；（2）外债合同；（3）企业资质证明材料'],
    ], [4.4, 5.2, 6.0], header_repeat=True)
    b.empty(1)
    b.h1('三、其他')
    b.para('本指引未尽事宜，按照跨境人民币和外汇管理有关规定办理。')
    b.banji('抄送：中国人民银行，国家外汇管理局；中国人民银行重庆市分行，国家外汇管理局重庆市分局；'
            '四川省商务厅，四川省地方金融管理局，成都海关。',
            '中国人民银行四川省分行办公室　　　2026年2月11日印发', None)
    b.save(stem)
    issuer = ['中国人民银行四川省分行', '国家外汇管理局四川省分局']
    EXPECTED[stem] = [
        {'meta': meta(
            title='中国人民银行四川省分行 国家外汇管理局四川省分局关于印发《' + banfa_title + '》的通知',
            doc_number='川银发〔2026〕21号', issuer=issuer, date='2026-02-10',
            region='中国（四川）自由贸易试验区', attachments=[banfa_title],
            recipients=['中国人民银行四川省分行营业管理部', '中国人民银行泸州市分行', '国家外汇管理局泸州市分局',
                        '中国（四川）自由贸易试验区内各银行、非银行支付机构']),
         'clauses': notice_cl},
        {'meta': meta(
            title=banfa_title, doc_number=None, issuer=issuer, date='2026-02-10',
            region='中国（四川）自由贸易试验区', effective='2026-03-01', attachments=[guide],
            doc_type='办法', recipients=[]),
         'clauses': banfa_cl},
    ]
    return stem


def to_pdf(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_400', '--headless',
                    '--convert-to', 'pdf', '--outdir', OUT, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    stems = [make_fuzhou(), make_nanning(), make_chengdu()]
    for s in stems:
        to_pdf(os.path.join(OUT, s + '.docx'))
    with open(os.path.join(OUT, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
