# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 557: 自贸片区政务服务事项清单 / 办事指南 (wide multi-level-header tables)."""
import os
import json
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
RED = 'FF0000'
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

PPR_AFTER_NUMPR = ['w:suppressLineNumbers', 'w:pBdr', 'w:shd', 'w:tabs', 'w:suppressAutoHyphens',
                   'w:kinsoku', 'w:wordWrap', 'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE',
                   'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind',
                   'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc',
                   'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl',
                   'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange']
PPR_AFTER_PBDR = PPR_AFTER_NUMPR[2:]


def clean(t):
    return t.replace('\n', '').replace('|', '').strip(' \u3000\t')


def set_run_font(run, font, size, bold=False, color=None, scale=None):
    run.font.name = 'Times New Roman' if font in (FS, KT) else font
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.get_or_add_rFonts()
    rFonts.set(qn('w:eastAsia'), font)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if scale:
        w = OxmlElement('w:w')
        w.set(qn('w:val'), str(scale))
        # w:w goes after color/spacing, before sz
        sz = rPr.find(qn('w:sz'))
        if sz is not None:
            sz.addprevious(w)
        else:
            rPr.append(w)


def add_text(par, text, font, size, bold=False, color=None, scale=None):
    pieces = text.split('\n')
    for i, piece in enumerate(pieces):
        r = par.add_run(piece)
        set_run_font(r, font, size, bold, color, scale)
        if i < len(pieces) - 1:
            r.add_break()


def fmt(par, align=None, first=None, line=None, before=0, after=0, left=None):
    pf = par.paragraph_format
    if align is not None:
        pf.alignment = align
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    if line:
        pf.line_spacing = Pt(line)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def border(par, where, color='000000', sz=8):
    pPr = par._p.get_or_add_pPr()
    pBdr = pPr.find(qn('w:pBdr'))
    if pBdr is None:
        pBdr = OxmlElement('w:pBdr')
        pPr.insert_element_before(pBdr, *PPR_AFTER_PBDR)
    el = OxmlElement('w:' + where)
    el.set(qn('w:val'), 'single')
    el.set(qn('w:sz'), str(sz))
    el.set(qn('w:space'), '1')
    el.set(qn('w:color'), color)
    pBdr.append(el)


def add_page_number(section, size=14):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = C
    r = p.add_run('— ')
    set_run_font(r, 'Times New Roman', size)
    r = p.add_run()
    set_run_font(r, 'Times New Roman', size)
    b = OxmlElement('w:fldChar')
    b.set(qn('w:fldCharType'), 'begin')
    r._element.append(b)
    r = p.add_run()
    set_run_font(r, 'Times New Roman', size)
    it = OxmlElement('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = ' PAGE '
    r._element.append(it)
    r = p.add_run()
    set_run_font(r, 'Times New Roman', size)
    s = OxmlElement('w:fldChar')
    s.set(qn('w:fldCharType'), 'separate')
    r._element.append(s)
    r = p.add_run('1')
    set_run_font(r, 'Times New Roman', size)
    r = p.add_run()
    set_run_font(r, 'Times New Roman', size)
    e = OxmlElement('w:fldChar')
    e.set(qn('w:fldCharType'), 'end')
    r._element.append(e)
    r = p.add_run(' —')
    set_run_font(r, 'Times New Roman', size)


def page_setup(sec, w, h, top, bottom, left, right, landscape=False):
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    sec.page_width = Cm(w)
    sec.page_height = Cm(h)
    sec.top_margin = Cm(top)
    sec.bottom_margin = Cm(bottom)
    sec.left_margin = Cm(left)
    sec.right_margin = Cm(right)
    sec.footer_distance = Cm(1.2)


class Builder:
    def __init__(self, size=16, line=28):
        self.doc = Document()
        self.size = size
        self.line = line
        st = self.doc.styles['Normal']
        st.font.name = 'Times New Roman'
        st.font.size = Pt(size)
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), FS)
        self.objs = []
        self.cur = None

    def start(self, meta):
        self.cur = {'meta': meta, 'clauses': []}
        self.objs.append(self.cur)

    def p(self, parts, clause=False, align=J, indent=True, size=None, line=None,
          before=0, after=0, container=None):
        container = container if container is not None else self.doc
        par = container.add_paragraph()
        size = size or self.size
        if isinstance(parts, str):
            parts = [(parts, FS)]
        for part in parts:
            text, font = part[0], part[1]
            bold = len(part) > 2 and part[2]
            color = part[3] if len(part) > 3 else None
            scale = part[4] if len(part) > 4 else None
            add_text(par, text, font, size, bold, color, scale)
        fmt(par, align, Pt(size * 2) if indent else Pt(0), line=line or self.line,
            before=before, after=after)
        if clause:
            self.cur['clauses'].append(clean(''.join(pt[0] for pt in parts)))
        return par

    def blank(self, n=1, size=None):
        for _ in range(n):
            par = self.doc.add_paragraph()
            fmt(par, None, None, line=self.line)

    def numbered(self, num_id, parts, size=None):
        """Paragraph numbered by Word's automatic numbering (text carries no number)."""
        par = self.p(parts, clause=False, size=size)
        pPr = par._p.get_or_add_pPr()
        numPr = OxmlElement('w:numPr')
        ilvl = OxmlElement('w:ilvl')
        ilvl.set(qn('w:val'), '0')
        nid = OxmlElement('w:numId')
        nid.set(qn('w:val'), str(num_id))
        numPr.append(ilvl)
        numPr.append(nid)
        pPr.insert_element_before(numPr, *PPR_AFTER_NUMPR)
        return par

    def add_chinese_numbering(self, num_id=90, size=16):
        numbering = self.doc.part.numbering_part.element
        half = int(size * 2)
        abstract = parse_xml(
            '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体" w:hint="eastAsia"/>'
            '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:lvl></w:abstractNum>'
            % (num_id, size * 40, half, half))
        num = parse_xml(
            '<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (num_id, num_id))
        first_num = numbering.find(qn('w:num'))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(num)
        return num_id

    # ---------------------------------------------------------------- tables
    def table(self, header, rows, widths, key_names, aligns, size=8, merge=None,
              head_font=HT, body_font=FS, repeat_header=True):
        """header: list of (name, [children] or None). rows: lists of cell strings
        ('\n' soft break, '|' new paragraph inside the cell).
        merge: {col: 'group' | 'all'} columns merged vertically over equal values."""
        merge = merge or {}
        ncols = sum(len(ch) if ch else 1 for _, ch in header)
        assert ncols == len(widths) == len(key_names) == len(aligns), (ncols, len(widths), len(key_names), len(aligns))
        nrows = 2 + len(rows)
        t = self.doc.add_table(rows=nrows, cols=ncols)
        t.style = self.doc.styles['Table Grid']
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for gc, w in zip(t._tbl.tblGrid.gridCol_lst, widths):
            gc.w = Cm(w)
        for r in range(nrows):
            for c in range(ncols):
                t.cell(r, c).width = Cm(widths[c])
        # header
        to_fill = []
        c = 0
        for name, ch in header:
            if not ch:
                cell = t.cell(0, c).merge(t.cell(1, c))
                to_fill.append((cell, name, head_font, C))
                c += 1
            else:
                if len(ch) > 1:
                    cell = t.cell(0, c).merge(t.cell(0, c + len(ch) - 1))
                else:
                    cell = t.cell(0, c)
                to_fill.append((cell, name, head_font, C))
                for k, chn in enumerate(ch):
                    to_fill.append((t.cell(1, c + k), chn, head_font, C))
                c += len(ch)
        for r in (0, 1):
            trPr = t.rows[r]._tr.get_or_add_trPr()
            if repeat_header:
                h = OxmlElement('w:tblHeader')
                h.set(qn('w:val'), 'true')
                trPr.append(h)
        # body merges
        body_fill = {}
        for ci in range(ncols):
            mode = merge.get(ci)
            i = 0
            while i < len(rows):
                j = i
                if mode:
                    while (j + 1 < len(rows) and rows[j + 1][ci] == rows[i][ci]
                           and (mode == 'all' or rows[j + 1][0] == rows[i][0])):
                        j += 1
                if j > i:
                    cell = t.cell(2 + i, ci).merge(t.cell(2 + j, ci))
                else:
                    cell = t.cell(2 + i, ci)
                body_fill[(i, ci)] = cell
                i = j + 1
        for cell, txt, font, al in to_fill:
            self._fill(cell, txt, font, size, al, bold=False)
        for (i, ci), cell in body_fill.items():
            self._fill(cell, rows[i][ci], body_font, size, aligns[ci])
        # key
        for row in rows:
            self.cur['clauses'].append('；'.join('%s：%s' % (k, clean(v)) for k, v in zip(key_names, row)))
        return t

    @staticmethod
    def _fill(cell, text, font, size, align, bold=False):
        paras = text.split('|')
        for i, ptxt in enumerate(paras):
            par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            add_text(par, ptxt, font, size, bold)
            fmt(par, align, Pt(0), line=size + 3)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def red_header_line(b, text, size=26, scale=None):
    par = b.p([(text, XBS, False, RED, scale)], align=C, indent=False, size=size, line=size + 14)
    return par


def banji(b, chaosong, yinfa_left, yinfa_date, size=14):
    par = b.p([(chaosong, FS)], align=L, indent=False, size=size, line=26)
    border(par, 'top', sz=8)
    border(par, 'bottom', sz=4)
    par.paragraph_format.left_indent = Pt(size)
    par = b.p([(yinfa_left + '\u3000' * 8 + yinfa_date, FS)], align=L, indent=False, size=size, line=26)
    border(par, 'bottom', sz=8)
    par.paragraph_format.left_indent = Pt(size)


# =====================================================================
# Document A: 厦门片区 通知 + 清单 (A3 landscape attachment)
# =====================================================================
def make_xiamen():
    b = Builder()
    sec = b.doc.sections[0]
    page_setup(sec, 21.0, 29.7, 3.7, 3.5, 2.8, 2.6)
    add_page_number(sec)

    issuer = '中国（福建）自由贸易试验区厦门片区管理委员会'
    region = '中国（福建）自由贸易试验区厦门片区'
    title = '中国（福建）自由贸易试验区厦门片区管理委员会关于印发厦门片区政务服务事项清单（2025年版）的通知'
    att_title = '中国（福建）自由贸易试验区厦门片区政务服务事项清单（2025年版）'

    b.start({
        'title': title,
        'doc_number': '厦自贸委〔2025〕21号',
        'issuer': [issuer],
        'date': '2025-06-18',
        'published': None,
        'level': 'zone',
        'region': region,
        'effective': '2025-06-18',
        'expires': None,
        'attachments': [att_title],
        'doc_type': '通知',
        'recipients': ['片区各职能局', '各功能区管理机构', '驻片区各有关单位'],
        'publicity': '此件公开发布',
        'repeals': '《中国（福建）自由贸易试验区厦门片区政务服务事项清单（2023年版）》（厦自贸委〔2023〕15号）',
    })
    b.blank(2)
    red_header_line(b, '中国（福建）自由贸易试验区厦门片区管理委员会文件', size=26, scale=58)
    b.blank(1)
    par = b.p('厦自贸委〔2025〕21号', align=C, indent=False)
    border(par, 'bottom', RED, 18)
    b.blank(1)
    b.p([('中国（福建）自由贸易试验区厦门片区管理委员会关于印发\n厦门片区政务服务事项清单（2025年版）的通知', XBS)],
        align=C, indent=False, size=22, line=34)
    b.blank(1)
    b.p('片区各职能局、各功能区管理机构，驻片区各有关单位：', align=L, indent=False)
    b.p('为深入贯彻落实《国务院关于加快推进政务服务标准化规范化便利化的指导意见》（国发〔2022〕5号）精神，\n'
        '进一步规范厦门片区政务服务事项管理，推动政务服务事项同源发布、同标办理，管委会组织编制了'
        '《中国（福建）自由贸易试验区厦门片区政务服务事项清单（2025年版）》（以下简称《清单》），'
        '现印发给你们，并就有关事项通知如下：', clause=True)
    b.p([('一、严格按照清单实施。', HT),
         ('《清单》共梳理片区4个部门14项政务服务事项，其中行政许可8项、其他行政权力2项、公共服务4项。'
          '各实施部门要严格按照《清单》所列事项名称、办理依据、办理时限等要素实施，不得擅自增加办理环节、'
          '申请材料和中介服务，不得超出承诺时限办结。', FS)], clause=True)
    b.p([('二、同步编制办事指南。', HT),
         ('各实施部门要对照《清单》，在2025年7月15日前完成对应事项办事指南的编制和更新，并在福建省网上办事大厅'
          '同步发布，确保线上线下办事指南要素一致、标准统一。', FS)], clause=True)
    b.p([('三、推进“一件事”集成办理。', HT),
         ('对纳入“一件事”集成办理的事项，牵头部门要会同相关部门优化业务流程，实行“一表申请、一套材料、'
          '一窗受理、一次办结”。', FS)], clause=True)
    b.p([('四、加强监督考核。', HT),
         ('片区行政审批处要加强对《清单》执行情况的跟踪督查，将事项办理情况纳入片区年度绩效考评；'
          '对群众反映强烈、超时办理的事项，及时督促整改。', FS)], clause=True)
    b.p([('五、做好宣传解读。', HT),
         ('各实施部门要通过门户网站、政务新媒体和办事窗口等渠道做好《清单》的宣传解读，'
          '方便企业和群众知晓办事要求。', FS)], clause=True)
    b.p([('六、', HT),
         ('本通知自印发之日起施行。《中国（福建）自由贸易试验区厦门片区政务服务事项清单（2023年版）》'
          '（厦自贸委〔2023〕15号）同时废止。', FS)], clause=True)
    b.p('联系人：陈晓琳（片区行政审批处），联系电话：0592-6898217。', clause=True)
    b.blank(1)
    b.p('附件：中国（福建）自由贸易试验区厦门片区政务服务事项清单（2025年版）', indent=True)
    b.blank(3)
    b.p(issuer + '\u3000\u3000', align=R, indent=False)
    b.p('2025年6月18日' + '\u3000' * 5, align=R, indent=False)
    b.blank(1)
    b.p('（此件公开发布）', align=L, indent=True)
    b.blank(4)
    banji(b, '抄送：厦门市人民政府办公厅，市商务局、市市场监管局、市政务服务中心管委会。',
          '厦门片区管委会综合处', '2025年6月18日印发')

    # ---- attachment: A3 landscape
    sec2 = b.doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec2, 42.0, 29.7, 2.0, 1.8, 1.5, 1.5, landscape=True)
    b.p([('附件', HT)], align=L, indent=False)
    b.start({
        'title': att_title,
        'doc_number': None,
        'issuer': [issuer],
        'date': '2025-06-18',
        'published': None,
        'level': 'zone',
        'region': region,
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '清单',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    })
    b.p([(att_title, XBS)], align=C, indent=False, size=22, line=36, after=6)
    b.p([('说明：', HT),
         ('本清单依据法律、法规、规章和上级有关文件编制，共涉及片区4个部门14项政务服务事项。'
          '清单中“法定时限”“承诺时限”均以工作日计算，标注“即办”的事项当场办结；'
          '“是否收费”栏标注“否”的事项，一律不得向申请人收取任何费用。', FS)],
        clause=True, size=14, line=24, after=6)

    header = [
        ('实施部门', None), ('序号', None), ('事项名称', ['主项名称', '子项名称']), ('事项类型', None),
        ('事项编码', None), ('办理依据', ['设定依据', '实施依据']), ('办理时限', ['法定时限', '承诺时限']),
        ('收费', ['是否收费', '收费依据']), ('办理方式', ['网上办理', '窗口办理', '最多跑动\n次数']),
        ('申请材料\n（份）', None), ('办件类型', None), ('办理地点', None), ('咨询电话', None),
        ('监督投诉电话', None), ('是否纳入\n“一件事”', None), ('办理结果', None)]
    keys = ['实施部门', '序号', '主项名称', '子项名称', '事项类型', '事项编码', '设定依据', '实施依据',
            '法定时限', '承诺时限', '是否收费', '收费依据', '网上办理', '窗口办理', '最多跑动次数',
            '申请材料（份）', '办件类型', '办理地点', '咨询电话', '监督投诉电话', '是否纳入“一件事”', '办理结果']
    widths = [1.6, 0.9, 2.4, 2.4, 1.4, 1.8, 3.2, 3.2, 1.4, 1.4, 1.0, 2.6, 1.0, 1.0, 1.2, 1.1, 1.2,
              2.4, 2.0, 2.0, 1.5, 2.0]
    aligns = [C, C, L, L, C, C, L, L, C, C, C, L, C, C, C, C, C, L, C, C, C, C]
    D1 = '片区贸易\n发展处'
    D2 = '片区投资\n促进处'
    D3 = '片区行政审批处'
    D4 = '片区规划\n建设处'
    HALL1 = '厦门片区政务服务中心\n综合受理窗口'
    HALL2 = '厦门片区政务服务中心\n投资服务窗口'
    HALL3 = '厦门片区政务服务中心\n市场准入窗口'
    HALL4 = '厦门片区政务服务中心\n工程建设窗口'
    JD = '0592-6898200'
    KJ = '跨境电子商务企业扶持资金申报'
    KJ_SD = '《中国（福建）自由贸易试验区条例》'
    KJ_SS = '《厦门片区促进跨境电子商务高质量发展若干措施》\n（厦自贸委〔2024〕9号）'
    JW = '企业境外投资备案'
    JW_SD = '《境外投资管理办法》\n（商务部令2014年第3号）'
    JW_SS = '《福建省企业境外投资备案管理实施细则》'
    SP = '食品经营许可'
    rows = [
        [D1, '1', KJ, '跨境电商出口海外仓补助', '公共服务', 'XMZM-GG-0101', KJ_SD, KJ_SS, '无', '15个\n工作日',
         '否', '无', '是', '是', '0次', '6', '承诺件', HALL1, '0592-6898231', JD, '否', '资金拨付通知书'],
        [D1, '2', KJ, '跨境电商平台企业落户奖励', '公共服务', 'XMZM-GG-0102', KJ_SD, KJ_SS, '无', '15个\n工作日',
         '否', '无', '是', '是', '0次', '7', '承诺件', HALL1, '0592-6898231', JD, '否', '资金拨付通知书'],
        [D1, '3', '中欧（厦门）班列运营补贴申报', '/', '公共服务', 'XMZM-GG-0103', KJ_SD,
         '《厦门市支持中欧（厦门）班列\n发展若干措施》', '无', '20个\n工作日', '否', '无', '是', '是', '1次', '9',
         '承诺件', HALL1, '0592-6898233', JD, '否', '补贴核定结果\n告知书'],
        [D1, '4', '对外劳务合作经营资格核准', '/', '行政许可', 'XMZM-XK-0104', '《对外劳务合作管理条例》',
         '《福建省人民政府关于向中国（福建）自由贸易试验区下放一批省级行政许可事项的决定》',
         '20个\n工作日', '5个\n工作日', '否', '无', '是', '是', '0次', '8', '承诺件', HALL1, '0592-6898233', JD,
         '否', '对外劳务合作\n经营资格证书'],
        [D2, '5', JW, '新设境外企业备案', '其他行政权力', 'XMZM-QT-0201', JW_SD, JW_SS, '3个\n工作日', '1个\n工作日',
         '否', '无', '是', '否', '0次', '4', '承诺件', HALL2, '0592-6898245', JD, '否', '《企业境外投资证书》'],
        [D2, '6', JW, '境外投资变更备案', '其他行政权力', 'XMZM-QT-0202', JW_SD, JW_SS, '3个\n工作日', '1个\n工作日',
         '否', '无', '是', '否', '0次', '3', '承诺件', HALL2, '0592-6898245', JD, '否', '《企业境外投资证书》'],
        [D2, '7', '外商投资企业落户综合服务', '/', '公共服务', 'XMZM-GG-0203', '《中华人民共和国外商投资法》',
         '《中华人民共和国外商投资法实施条例》', '无', '即办', '否', '无', '是', '是', '0次', '2', '即办件', HALL2,
         '0592-6898245', JD, '是（外资企业\n开办一件事）', '服务办结告知单'],
        [D3, '8', SP, '食品经营许可（新办）', '行政许可', 'XMZM-XK-0301', '《中华人民共和国食品安全法》',
         '《食品经营许可和备案管理办法》\n（国家市场监督管理总局令第78号）', '10个\n工作日', '3个\n工作日', '否',
         '无', '是', '是', '1次', '5', '承诺件', HALL3, '0592-6898251', JD, '是（开餐馆\n一件事）', '《食品经营许可证》'],
        [D3, '9', SP, '食品经营许可（延续）', '行政许可', 'XMZM-XK-0302', '《中华人民共和国食品安全法》',
         '《食品经营许可和备案管理办法》\n（国家市场监督管理总局令第78号）', '10个\n工作日', '即办', '否', '无', '是',
         '是', '0次', '3', '即办件', HALL3, '0592-6898251', JD, '否', '《食品经营许可证》'],
        [D3, '10', '公共场所卫生许可', '/', '行政许可', 'XMZM-XK-0303', '《公共场所卫生管理条例》',
         '《公共场所卫生管理条例实施细则》', '20个\n工作日', '5个\n工作日', '否', '无', '是', '是', '1次', '4',
         '承诺件', HALL3, '0592-6898251', JD, '否', '《公共场所卫生许可证》'],
        [D3, '11', '道路货物运输经营许可', '/', '行政许可', 'XMZM-XK-0304', '《中华人民共和国道路运输条例》',
         '《道路货物运输及站场管理规定》', '20个\n工作日', '5个\n工作日', '否', '无', '是', '是', '0次', '6',
         '承诺件', HALL3, '0592-6898253', JD, '否', '《道路运输经营许可证》'],
        [D4, '12', '建设工程规划许可证核发', '/', '行政许可', 'XMZM-XK-0401', '《中华人民共和国城乡规划法》',
         '《福建省实施〈中华人民共和国城乡规划法〉办法》', '20个\n工作日', '10个\n工作日', '否', '无', '是', '是',
         '1次', '8', '承诺件', HALL4, '0592-6898262', JD, '否', '《建设工程规划许可证》'],
        [D4, '13', '城市建筑垃圾处置核准', '/', '行政许可', 'XMZM-XK-0402',
         '《国务院对确需保留的行政审批项目设定行政许可的决定》\n（国务院令第412号）',
         '《城市建筑垃圾管理规定》\n（建设部令第139号）', '20个\n工作日', '5个\n工作日', '否', '无', '是', '是', '0次',
         '5', '承诺件', HALL4, '0592-6898262', JD, '否', '建筑垃圾处置\n核准文件'],
        [D4, '14', '占用、挖掘城市道路审批', '/', '行政许可', 'XMZM-XK-0403', '《城市道路管理条例》',
         '《厦门市市政设施管理条例》', '20个\n工作日', '7个\n工作日', '是',
         '《城市道路管理条例》第三十七条、\n《福建省物价局 福建省财政厅关于城市道路占用挖掘收费有关问题的通知》',
         '是', '是', '1次', '7', '承诺件', HALL4, '0592-6898262', JD, '否', '准予行政许可\n决定书'],
    ]
    b.table(header, rows, widths, keys, aligns, size=9, merge={0: 'group', 2: 'group'})
    b.p([('备注：', HT), ('1.本清单实行动态管理，法律法规规章修改或上级部门调整事项的，由片区行政审批处会同实施部门及时更新，'
                         '并在厦门片区门户网站公布。', FS)], clause=True, size=12, line=20, before=6, indent=False)
    b.p('\u3000\u3000\u30002.“最多跑动次数”为0次的事项，申请人可通过福建省网上办事大厅或“闽政通”APP全程网上办理。',
        clause=True, size=12, line=20, indent=False)
    b.p('\u3000\u3000\u30003.“办件类型”为承诺件的，承诺时限自受理之日起计算，不含补正材料、现场勘查、专家评审及公示时间。',
        clause=True, size=12, line=20, indent=False)
    return b


# =====================================================================
# Document B: 南沙 公告, whole document A4 landscape, table in the body
# =====================================================================
def make_nansha():
    b = Builder(size=16, line=28)
    sec = b.doc.sections[0]
    page_setup(sec, 29.7, 21.0, 2.5, 2.0, 1.5, 1.5, landscape=True)
    add_page_number(sec)
    org1 = '中国（广东）自由贸易试验区广州南沙新区片区管理委员会办公室'
    org2 = '广州市南沙区政务服务数据管理局'
    title = '关于公布南沙自贸片区涉企高频政务服务事项“一窗通办”清单的公告'
    b.start({
        'title': title,
        'doc_number': '穗南政数〔2025〕17号',
        'issuer': [org1, org2],
        'date': '2025-08-25',
        'published': None,
        'level': 'zone',
        'region': '中国（广东）自由贸易试验区广州南沙新区片区',
        'effective': '2025-09-01',
        'expires': '2028-08-31',
        'attachments': [],
        'doc_type': '公告',
        'recipients': [],
        'publicity': '此件主动公开',
        'repeals': None,
    })
    # red header built with a borderless layout table
    lt = b.doc.add_table(rows=1, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    lt.autofit = False
    for gc, w in zip(lt._tbl.tblGrid.gridCol_lst, (20.5, 5.5)):
        gc.w = Cm(w)
    lt.cell(0, 0).width = Cm(20.5)
    lt.cell(0, 1).width = Cm(5.5)
    c0 = lt.cell(0, 0)
    add_text(c0.paragraphs[0], org1, XBS, 18, color=RED)
    fmt(c0.paragraphs[0], WD_ALIGN_PARAGRAPH.DISTRIBUTE, Pt(0), line=34)
    p2 = c0.add_paragraph()
    add_text(p2, org2, XBS, 18, color=RED)
    fmt(p2, WD_ALIGN_PARAGRAPH.DISTRIBUTE, Pt(0), line=34)
    c0.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    c1 = lt.cell(0, 1)
    add_text(c1.paragraphs[0], '公告', XBS, 48, color=RED)
    fmt(c1.paragraphs[0], C, Pt(0), line=60)
    c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    par = b.p('穗南政数〔2025〕17号', align=C, indent=False, before=6)
    border(par, 'bottom', RED, 18)
    b.blank(1)
    b.p([('关于公布南沙自贸片区涉企高频政务服务事项', XBS)], align=C, indent=False, size=22, line=34)
    b.p([('“一窗通办”清单的公告', XBS)], align=C, indent=False, size=22, line=34)
    b.blank(1)
    b.p('为贯彻落实《广州南沙深化面向世界的粤港澳全面合作总体方案》和《中国（广东）自由贸易试验区提升战略行动方案》部署，'
        '深化自贸试验区“放管服”改革，推动涉企政务服务事项“一窗受理、集成服务、一次办结”，我们梳理形成了南沙自贸片区'
        '涉企高频政务服务事项“一窗通办”清单（以下简称清单），现予公布，有关事项公告如下：', clause=True)
    b.p([('一、适用范围。', HT),
         ('本清单适用于在中国（广东）自由贸易试验区广州南沙新区片区内登记注册的各类经营主体，以及拟在片区内投资兴业的境内外'
          '投资者。港澳投资者可通过“湾区通办”专窗或粤港澳大湾区跨境通办自助终端办理清单中标注“是”的事项。', FS)],
        clause=True)
    b.p([('二、办理渠道', HT)], clause=False)
    b.p([('（一）线下渠道。', KT),
         ('申请人可到南沙区政务服务中心（广州市南沙区凤凰大道1号）一楼“一窗通办”综合窗口办理，工作时间为周一至周五'
          '上午9:00—12:00、下午13:00—17:00（法定节假日除外）。', FS)], clause=True)
    b.p([('（二）线上渠道。', KT),
         ('申请人可登录广东政务服务网南沙区分站或“粤省事”“粤商通”移动端办理，“办理渠道”栏“线上”列标注“●”的事项'
          '无需到现场。', FS)], clause=True)
    b.p([('（三）自助渠道。', KT),
         ('南沙区政务服务中心及各镇（街）便民服务中心设置的政务服务自助终端，可办理清单中“自助终端”列标注“●”的事项。', FS)],
        clause=True)
    b.p([('三、时限说明。', HT),
         ('清单“承诺时限”栏下设“法定”“承诺”两列，“法定”列为法律法规规定的办理时限，“承诺”列为我区承诺的办理时限，'
          '均以工作日计算，不含法定节假日；标注“即办”的事项，材料齐全、符合法定形式的当场办结。', FS)], clause=True)
    b.p([('四、事项清单。', HT),
         ('南沙自贸片区涉企高频政务服务事项“一窗通办”清单如下：', FS)], clause=True)
    b.p([('南沙自贸片区涉企高频政务服务事项“一窗通办”清单', HT)], align=C, indent=False, size=14, line=24,
        before=6)
    b.p([('说明：', HT), ('表中“●”表示该渠道可以办理，“○”表示该渠道暂不支持办理；“—”表示法律法规未规定法定办理时限。', FS)],
        clause=True, size=12, line=20, indent=False, after=4)
    header = [('实施部门', None), ('序号', None), ('事项名称', None), ('事项类型', None), ('办理依据', None),
              ('承诺时限', ['法定', '承诺']), ('收费', ['是否收费', '收费依据']),
              ('办理渠道', ['线上', '线下', '自助\n终端']), ('跑动\n次数', None), ('申请材料\n数量（份）', None),
              ('是否支持\n“湾区通办”', None), ('是否实行\n告知承诺制', None), ('办理窗口', None), ('咨询电话', None),
              ('办理结果', ['结果名称', '送达方式'])]
    keys = ['实施部门', '序号', '事项名称', '事项类型', '办理依据', '承诺时限（法定）', '承诺时限（承诺）', '是否收费',
            '收费依据', '办理渠道（线上）', '办理渠道（线下）', '办理渠道（自助终端）', '跑动次数', '申请材料数量（份）',
            '是否支持“湾区通办”', '是否实行告知承诺制', '办理窗口', '咨询电话', '结果名称', '送达方式']
    widths = [1.5, 0.7, 2.2, 1.2, 2.8, 0.9, 0.9, 0.9, 2.4, 0.8, 0.8, 0.9, 0.9, 1.0, 1.1, 1.1, 1.4, 1.9, 1.8, 1.4]
    aligns = [C, C, L, C, L, C, C, C, L, C, C, C, C, C, C, C, C, C, C, C]
    M = '区市场监督\n管理局'
    S = '区商务局'
    T = '区交通\n运输局'
    Z = '区住房城乡\n建设局'
    H = '区人力资源和\n社会保障局'
    DJ = '《中华人民共和国外商投资法》\n《中华人民共和国市场主体登记管理条例》'
    rows = [
        [M, '1', '外商投资企业设立登记', '行政许可', DJ, '3', '0.5', '否', '无', '●', '●', '●', '0', '4', '是', '否',
         '5号—12号\n窗口', '020-39071611', '营业执照', '窗口领取、\n邮寄送达'],
        [M, '2', '外商投资企业变更登记', '行政许可', DJ, '3', '0.5', '否', '无', '●', '●', '○', '0', '3', '是', '否',
         '5号—12号\n窗口', '020-39071611', '营业执照', '窗口领取、\n邮寄送达'],
        [M, '3', '食品经营许可（含告知承诺）', '行政许可', '《中华人民共和国食品安全法》', '10', '即办', '否', '无',
         '●', '●', '○', '0', '5', '否', '是', '13号窗口', '020-39071625', '食品经营许可证', '电子证照、\n窗口领取'],
        [S, '4', '境外投资企业备案（非金融类）', '其他行政权力', '《境外投资管理办法》\n（商务部令2014年第3号）', '3', '1',
         '否', '无', '●', '●', '○', '0', '3', '否', '否', '20号窗口', '020-39071652', '企业境外投资证书', '窗口领取'],
        [S, '5', '跨境电商企业扶持资金申报', '公共服务', '《广州市南沙区促进跨境电子商务高质量发展扶持办法》', '—', '20',
         '否', '无', '●', '○', '○', '0', '8', '否', '否', '20号窗口', '020-39071652', '扶持资金拨付\n通知', '线上推送'],
        [S, '6', '汽车平行进口试点企业资格确认', '行政确认', '《广东省商务厅关于进一步促进汽车平行进口发展的通知》',
         '—', '10', '否', '无', '●', '●', '○', '1', '9', '否', '否', '20号窗口', '020-39071652', '试点企业资格\n确认函',
         '窗口领取'],
        [T, '7', '道路货物运输经营许可（不含危险货物）', '行政许可', '《中华人民共和国道路运输条例》', '20', '3', '否', '无',
         '●', '●', '●', '0', '6', '是', '是', '18号窗口', '020-39071678', '道路运输经营\n许可证', '电子证照、\n邮寄送达'],
        [T, '8', '港口经营许可', '行政许可', '《中华人民共和国港口法》\n《港口经营管理规定》', '30', '10', '否', '无', '●',
         '●', '○', '1', '10', '否', '否', '18号窗口', '020-39071678', '港口经营许可证', '窗口领取'],
        [Z, '9', '建筑工程施工许可证核发', '行政许可', '《中华人民共和国建筑法》', '7', '3', '否', '无', '●', '●', '○',
         '0', '6', '否', '是', '25号窗口', '020-39071690', '建筑工程施工\n许可证', '电子证照'],
        [Z, '10', '占用、挖掘城市道路审批', '行政许可', '《城市道路管理条例》', '20', '5', '是',
         '《城市道路管理条例》第三十七条、\n《广东省物价局 广东省财政厅关于城市道路占用费收费标准的通知》', '●', '●', '○',
         '1', '7', '否', '否', '25号窗口', '020-39071690', '准予行政许可\n决定书', '窗口领取、\n邮寄送达'],
        [H, '11', '人力资源服务许可', '行政许可', '《人力资源市场暂行条例》', '20', '5', '否', '无', '●', '●', '○', '0',
         '5', '是', '是', '30号窗口', '020-39071703', '人力资源服务\n许可证', '电子证照'],
        [H, '12', '劳务派遣经营许可', '行政许可', '《中华人民共和国劳动合同法》\n《劳务派遣行政许可实施办法》', '20', '5',
         '否', '无', '●', '●', '○', '0', '7', '是', '否', '30号窗口', '020-39071703', '劳务派遣经营\n许可证',
         '电子证照、\n窗口领取'],
    ]
    b.table(header, rows, widths, keys, aligns, size=7.5, merge={0: 'group'})
    b.p([('备注：', HT)], clause=False, size=12, line=20, indent=False, before=6)
    b.p('1.清单所列事项的申请材料目录、办理流程、收费标准等以广东政务服务网公布的办事指南为准。',
        clause=True, size=12, line=20)
    b.p('2.实行告知承诺制的事项，申请人书面承诺符合审批条件并提交材料的，审批部门当场作出审批决定；申请人作出不实承诺的，'
        '依法撤销审批决定并纳入信用记录。', clause=True, size=12, line=20)
    b.p('3.清单实行动态调整，调整情况在南沙区人民政府门户网站“政务服务”专栏公布。', clause=True, size=12, line=20)
    b.p([('五、', HT), ('本公告自2025年9月1日起施行，有效期至2028年8月31日。', FS)], clause=True)
    b.blank(2)
    b.p(org1 + '\u3000\u3000' + org2, align=R, indent=False)
    b.p('2025年8月25日' + '\u3000' * 12, align=R, indent=False)
    b.blank(1)
    b.p('（此件主动公开）', align=L, indent=True)
    return b


# =====================================================================
# Document C: 青岛片区 通知 (Word auto numbering) + 目录 (A4 landscape, multi-page)
# =====================================================================
def make_qingdao():
    b = Builder()
    sec = b.doc.sections[0]
    page_setup(sec, 21.0, 29.7, 3.7, 3.5, 2.8, 2.6)
    add_page_number(sec)
    numid = b.add_chinese_numbering(90, 16)
    issuer = '中国（山东）自由贸易试验区青岛片区管理委员会'
    region = '中国（山东）自由贸易试验区青岛片区'
    att_title = '青岛片区跨境贸易便利化政务服务事项办事指南目录'
    title = '中国（山东）自由贸易试验区青岛片区管理委员会关于公布青岛片区跨境贸易便利化政务服务事项办事指南目录的通知'
    b.start({
        'title': title,
        'doc_number': '青自贸管发〔2026〕2号',
        'issuer': [issuer],
        'date': '2026-01-20',
        'published': None,
        'level': 'zone',
        'region': region,
        'effective': '2026-02-01',
        'expires': '2028-01-31',
        'attachments': [att_title],
        'doc_type': '通知',
        'recipients': ['片区各部门', '青岛前湾综合保税区管理局各处室', '各有关单位'],
        'publicity': '此件公开发布',
        'repeals': None,
    })
    b.blank(2)
    red_header_line(b, '中国（山东）自由贸易试验区青岛片区管理委员会文件', size=26, scale=58)
    b.blank(1)
    par = b.p('青自贸管发〔2026〕2号', align=C, indent=False)
    border(par, 'bottom', RED, 18)
    b.blank(1)
    b.p([(title, XBS)], align=C, indent=False, size=22, line=34)
    b.blank(1)
    b.p('片区各部门，青岛前湾综合保税区管理局各处室，各有关单位：', align=L, indent=False)
    b.p('为贯彻落实《中国（山东）自由贸易试验区提升战略实施方案》关于打造国际一流营商环境的部署，进一步提升跨境贸易便利化'
        '水平，服务跨境电商、中欧班列和综合保税区企业发展，片区管委会梳理形成了《青岛片区跨境贸易便利化政务服务事项办事指南'
        '目录》（以下简称《目录》），经片区管委会主任办公会议研究同意，现予公布。有关事项通知如下：', clause=True)
    items = [
        ('目录范围。', '《目录》共收录片区5个部门13项跨境贸易便利化政务服务事项，涵盖跨境电子商务、中欧班列、综合保税区、'
                   '外商投资等领域。'),
        ('规范指南要素。', '各责任单位要按照《目录》载明的事项名称、设定依据、办理时限、收费情况等要素，于2026年1月31日前'
                     '在山东省政务服务网（青岛站）更新发布办事指南，做到线上线下同源同标。'),
        ('压缩办理时限。', '《目录》所列事项的承诺时限在法定时限基础上平均压缩60%以上，各责任单位不得以任何理由超时办理；'
                     '确需延长的，应当书面告知申请人并说明理由。'),
        ('强化跨部门协同。', '涉及海关、海事、边检等驻区单位的关联事项，由片区营商环境建设部会同驻区单位建立“一口受理、'
                       '并联审批”工作机制，推动国际贸易“单一窗口”与政务服务平台数据共享。'),
        ('加强宣传引导。', '各责任单位要通过政务服务大厅、门户网站和“青岛自贸”微信公众号等渠道宣传《目录》，'
                     '主动向重点企业推送办事指南。'),
        ('', '本通知自2026年2月1日起施行，有效期至2028年1月31日。'),
    ]
    cn = '一二三四五六七八九十'
    for i, (h, t) in enumerate(items):
        parts = ([(h, HT)] if h else []) + [(t, FS)]
        b.numbered(numid, parts)
        b.cur['clauses'].append(cn[i] + '、' + h + t)
    b.p('联系人及电话：片区营商环境建设部王振宇，0532-86899501。', clause=True)
    b.blank(1)
    b.p('附件：' + att_title)
    b.blank(3)
    b.p(issuer + '\u3000\u3000', align=R, indent=False)
    b.p('二〇二六年一月二十日' + '\u3000' * 5, align=R, indent=False)
    b.blank(1)
    b.p('（此件公开发布）', align=L, indent=True)

    sec2 = b.doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec2, 29.7, 21.0, 2.0, 1.8, 1.2, 1.2, landscape=True)
    b.p([('附件', HT)], align=L, indent=False)
    b.start({
        'title': att_title,
        'doc_number': None,
        'issuer': [issuer],
        'date': '2026-01-20',
        'published': None,
        'level': 'zone',
        'region': region,
        'effective': None,
        'expires': None,
        'attachments': [],
        'doc_type': '目录',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    })
    b.p([(att_title, XBS)], align=C, indent=False, size=20, line=32, after=4)
    b.p([('说\u3000\u3000明', HT)], align=C, indent=False, size=14, line=24)
    b.p('1.本目录所列“法定时限”“承诺时限”均以工作日计算，“—”表示法律法规未规定法定办理时限。',
        clause=True, size=12, line=20)
    b.p('2.“到现场次数”为0次的事项可通过山东省政务服务网（青岛站）或“爱山东”APP全程网上办理。',
        clause=True, size=12, line=20, after=4)
    header = [('责任单位', None), ('序号', None), ('事项名称', None), ('业务办理项', None), ('事项类型', None),
              ('行使层级', None), ('设定依据', None), ('办理时限（工作日）', ['法定时限', '承诺时限']),
              ('收费', ['是否收费', '收费依据']), ('办理方式', ['办理形式', '是否可全程\n网办', '到现场\n次数']),
              ('办件类型', None), ('主要申请材料', None), ('办理地点', None), ('办公时间', None), ('咨询方式', None),
              ('监督投诉\n方式', None), ('网上办理地址', None)]
    keys = ['责任单位', '序号', '事项名称', '业务办理项', '事项类型', '行使层级', '设定依据', '法定时限', '承诺时限',
            '是否收费', '收费依据', '办理形式', '是否可全程网办', '到现场次数', '办件类型', '主要申请材料', '办理地点',
            '办公时间', '咨询方式', '监督投诉方式', '网上办理地址']
    widths = [1.4, 0.7, 1.7, 1.7, 1.1, 1.0, 2.4, 0.9, 0.9, 0.8, 1.5, 1.4, 0.9, 0.9, 1.0, 2.0, 1.4, 1.5, 1.5, 1.2, 1.4]
    aligns = [C, C, L, L, C, C, L, C, C, C, L, C, C, C, C, L, C, C, C, C, C]
    YS = '片区营商环境\n建设部'
    JF = '片区经济\n发展部'
    ZB = '青岛前湾综合\n保税区管理局'
    JS = '片区建设\n管理部'
    CJ = '片区财政\n金融部'
    HOURS = '工作日上午9:00—12:00，\n下午13:30—17:00'
    TS = '12345政务服务便民热线'
    URL = 'http://qd.zwfw.shandong.gov.cn'
    DJ = '《中华人民共和国外商投资法》、\n《中华人民共和国市场主体登记管理条例》'
    rows = [
        [YS, '1', '企业开办“一件事”', '企业设立登记、\n公章刻制、\n申领发票、\n员工参保登记', '公共服务', '片区级',
         '《国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见》（国发〔2024〕3号）', '—', '0.5',
         '否', '无', '网上办理、\n窗口办理', '是', '0次', '即办件', '企业开办申请表、\n公司章程、\n经营场所证明',
         '片区政务服务\n大厅A区', HOURS, '0532-86899501', TS, URL],
        [YS, '2', '外商投资企业设立登记', '有限责任公司设立登记', '行政许可', '片区级（委托实施）', DJ, '3', '即办', '否',
         '无', '网上办理、\n窗口办理', '是', '0次', '即办件', '设立登记申请书、\n公司章程、\n投资者主体资格证明',
         '片区政务服务\n大厅A区', HOURS, '0532-86899501', TS, URL],
        [YS, '3', '外商投资企业设立登记', '股份有限公司设立登记', '行政许可', '片区级（委托实施）', DJ, '3', '1', '否',
         '无', '网上办理、\n窗口办理', '是', '0次', '承诺件', '设立登记申请书、\n公司章程、\n创立大会会议记录',
         '片区政务服务\n大厅A区', HOURS, '0532-86899501', TS, URL],
        [JF, '1', '跨境电子商务企业线上服务平台注册', '跨境电商综试区线上综合服务平台企业注册', '公共服务', '片区级',
         '《中国（青岛）跨境电子商务综合试验区实施方案》', '—', '1', '否', '无', '网上办理', '是', '0次', '承诺件',
         '营业执照、\n法定代表人身份证明', '线上办理', HOURS, '0532-86899522', TS, URL],
        [JF, '2', '中欧班列（齐鲁号）运营补贴申报', '班列运费补贴', '公共服务', '片区级',
         '《山东省人民政府办公厅关于支持中欧班列高质量发展的若干措施》', '—', '15', '否', '无', '网上办理、\n窗口办理',
         '否', '1次', '承诺件', '补贴申请表、\n班列运单、\n运费支付凭证', '片区政务服务\n大厅B区', HOURS,
         '0532-86899522', TS, URL],
        [JF, '3', '跨境电商海外仓建设奖励申报', '海外仓建设奖励', '公共服务', '片区级', '《青岛片区促进跨境电商发展若干政策》',
         '—', '20', '否', '无', '网上办理', '是', '0次', '承诺件', '申报书、\n海外仓租赁合同或产权证明、\n审计报告',
         '线上办理', HOURS, '0532-86899522', TS, URL],
        [ZB, '1', '综合保税区内企业项目准入审核', '新设项目准入', '其他行政权力', '片区级',
         '《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）', '—', '5', '否', '无',
         '窗口办理', '否', '1次', '承诺件', '项目准入申请表、\n项目可行性研究报告', '综合保税区\n服务中心', HOURS,
         '0532-86899560', TS, '—'],
        [ZB, '2', '综合保税区保税维修项目认定', '/', '其他行政权力', '片区级',
         '《商务部 生态环境部 海关总署关于支持综合保税区内企业开展维修业务的公告》（2020年第16号）', '—', '10', '否',
         '无', '窗口办理', '否', '1次', '承诺件', '维修项目申请表、\n环境影响评价文件、\n维修业务管理制度',
         '综合保税区\n服务中心', HOURS, '0532-86899560', TS, '—'],
        [ZB, '3', '综合保税区货运车辆电子信息备案', '/', '公共服务', '片区级',
         '《中华人民共和国海关综合保税区管理办法》（海关总署令第256号）', '—', '即办', '否', '无', '网上办理、\n窗口办理',
         '是', '0次', '即办件', '车辆行驶证、\n道路运输证', '综合保税区\n服务中心', HOURS, '0532-86899560', TS, URL],
        [JS, '1', '建筑工程施工许可证核发', '/', '行政许可', '片区级（委托实施）', '《中华人民共和国建筑法》', '7', '1',
         '否', '无', '网上办理', '是', '0次', '承诺件', '施工许可申请表、\n施工合同', '片区政务服务\n大厅C区', HOURS,
         '0532-86899577', TS, URL],
        [JS, '2', '城镇污水排入排水管网许可', '/', '行政许可', '片区级（委托实施）', '《城镇排水与污水处理条例》', '20', '3',
         '否', '无', '网上办理、\n窗口办理', '否', '1次', '承诺件', '排水许可申请表、\n排水户内部排水管网图',
         '片区政务服务\n大厅C区', HOURS, '0532-86899577', TS, URL],
        [JS, '3', '防空地下室易地建设审批', '/', '行政许可', '片区级（委托实施）', '《中华人民共和国人民防空法》', '20', '5',
         '是', '《山东省物价局 山东省财政厅关于防空地下室易地建设费收费标准的通知》', '网上办理、\n窗口办理', '否', '1次',
         '承诺件', '易地建设申请表、\n建设工程规划许可证', '片区政务服务\n大厅C区', HOURS, '0532-86899577', TS, URL],
        [CJ, '1', '合格境外有限合伙人（QFLP）试点企业资格认定', '/', '行政确认', '片区级',
         '《青岛市合格境外有限合伙人试点暂行办法》', '—', '10', '否', '无', '窗口办理', '否', '1次', '承诺件',
         '申请书、\n营业执照、\n管理人资质证明', '片区政务服务\n大厅B区', HOURS, '0532-86899590', TS, '—'],
    ]
    b.table(header, rows, widths, keys, aligns, size=7, merge={0: 'group', 17: 'all', 19: 'all'})
    b.p([('注：', HT), ('本目录由片区营商环境建设部负责解释，实施过程中如遇法律法规调整，以最新规定为准。', FS)],
        clause=True, size=11, line=20, indent=False, before=6)
    b.blank(2)
    banji(b, '抄送：青岛市人民政府办公厅，市商务局、市行政审批服务局，青岛海关、黄岛海关。',
          '中国（山东）自由贸易试验区青岛片区管理委员会办公室', '2026年1月20日印发', size=12)
    return b


def main():
    out = {}
    files = []
    for stem, fn in (('blind557_xiamen_tongzhi', make_xiamen),
                     ('blind557_nansha_gonggao', make_nansha),
                     ('blind557_qingdao_tongzhi', make_qingdao)):
        b = fn()
        path = os.path.join(HERE, stem + '.docx')
        b.doc.save(path)
        files.append(path)
        out[stem] = b.objs
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
    for path in files:
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_557', '--headless',
                        '--convert-to', 'pdf', '--outdir', HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


if __name__ == '__main__':
    main()
