# ruff: noqa
#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""Round 742: a Shaanxi local standard (DB61/T) on overseas warehouses for
cross-border e-commerce, plus the SAMR-Shaanxi announcement that releases it.
Writes .docx, .pdf (via LibreOffice) and expected.json next to this script."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


# ----------------------------------------------------------------- helpers
def font(run, name, size=None, bold=None, color=None, latin=None):
    run.font.name = latin or name
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn('w:rFonts'))
    if rFonts is None:
        rFonts = OxmlElement('w:rFonts')
        rPr.insert(0, rFonts)
    rFonts.set(qn('w:ascii'), latin or name)
    rFonts.set(qn('w:hAnsi'), latin or name)
    rFonts.set(qn('w:eastAsia'), name)
    rFonts.set(qn('w:cs'), latin or name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def border(p, side='bottom', color='000000', sz=8, val='single', space=1):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn('w:pBdr'))
    if pBdr is None:
        pBdr = OxmlElement('w:pBdr')
        pPr.append(pBdr)
    b = OxmlElement('w:' + side)
    b.set(qn('w:val'), val)
    b.set(qn('w:sz'), str(sz))
    b.set(qn('w:space'), str(space))
    b.set(qn('w:color'), color)
    pBdr.append(b)


def par(container, runs=(), align=None, first=None, left=None, before=0, after=0,
        line=None, exact=False, borders=(), keep_next=False):
    """runs: list of (text, fontname, size, bold[, color[, latin]]);
    text may contain '\n' which becomes a soft line break (Shift+Enter)."""
    p = container.add_paragraph()
    for b in borders:
        border(p, **b)
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        if exact:
            pf.line_spacing = Pt(line)
        else:
            pf.line_spacing = line
    if keep_next:
        pf.keep_with_next = True
    for r in runs:
        text, fname, size, bold = r[0], r[1], r[2], r[3]
        color = r[4] if len(r) > 4 else None
        latin = r[5] if len(r) > 5 else None
        parts = text.split('\n')
        for i, part in enumerate(parts):
            run = p.add_run(part)
            font(run, fname, size, bold, color, latin)
            if i < len(parts) - 1:
                run.add_break(WD_BREAK.LINE)
    return p


def page_break(container, fname='宋体', size=10.5):
    p = container.add_paragraph()
    r = p.add_run()
    font(r, fname, size)
    r.add_break(WD_BREAK.PAGE)
    return p


def add_field(p, instr, fname, size, placeholder='1'):
    def mk(tag, **attrs):
        e = OxmlElement(tag)
        for k, v in attrs.items():
            e.set(qn(k), v)
        return e
    r = p.add_run(); font(r, fname, size)
    r._r.append(mk('w:fldChar', **{'w:fldCharType': 'begin'}))
    r = p.add_run(); font(r, fname, size)
    it = mk('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' %s ' % instr
    r._r.append(it)
    r = p.add_run(); font(r, fname, size)
    r._r.append(mk('w:fldChar', **{'w:fldCharType': 'separate'}))
    r = p.add_run(placeholder); font(r, fname, size)
    r = p.add_run(); font(r, fname, size)
    r._r.append(mk('w:fldChar', **{'w:fldCharType': 'end'}))


def set_pgnum(section, fmt=None, start=None):
    sectPr = section._sectPr
    for old in sectPr.findall(qn('w:pgNumType')):
        sectPr.remove(old)
    pg = OxmlElement('w:pgNumType')
    if fmt:
        pg.set(qn('w:fmt'), fmt)
    if start is not None:
        pg.set(qn('w:start'), str(start))
    cols = sectPr.find(qn('w:cols'))
    if cols is not None:
        cols.addprevious(pg)
    else:
        sectPr.append(pg)


def a4(section, top, bottom, left, right, header=1.5, footer=1.5):
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(top)
    section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left)
    section.right_margin = Cm(right)
    section.header_distance = Cm(header)
    section.footer_distance = Cm(footer)


def cell_text(cell, text, fname, size, bold=False, align=CENTER):
    cell.text = ''
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    run = p.add_run(text)
    font(run, fname, size, bold)


def set_widths(table, widths):
    tbl = table._tbl
    table.autofit = False
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w.twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.findall(qn('w:tc')), widths):
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn('w:tcW'))
            if tcW is None:
                tcW = OxmlElement('w:tcW')
                tcPr.insert(0, tcW)
            tcW.set(qn('w:w'), str(int(w.twips)))
            tcW.set(qn('w:type'), 'dxa')


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader')
    h.set(qn('w:val'), 'true')
    trPr.append(h)


def kill_borders(table):
    tblPr = table._tbl.tblPr
    tb = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), 'nil')
        tb.append(e)
    tblPr.append(tb)


def make_letter_numbering(doc, n_lists):
    """Word auto-numbering 'a)' 'b)' ... ; one w:num per list (restarts)."""
    numbering = doc.part.numbering_part.element
    abs_id = 742
    an = OxmlElement('w:abstractNum')
    an.set(qn('w:abstractNumId'), str(abs_id))
    mlt = OxmlElement('w:multiLevelType'); mlt.set(qn('w:val'), 'singleLevel'); an.append(mlt)
    lvl = OxmlElement('w:lvl'); lvl.set(qn('w:ilvl'), '0')
    for tag, val in (('w:start', '1'), ('w:numFmt', 'lowerLetter'), ('w:suff', 'space'),
                     ('w:lvlText', '%1)'), ('w:lvlJc', 'left')):
        e = OxmlElement(tag); e.set(qn('w:val'), val); lvl.append(e)
    pPr = OxmlElement('w:pPr')
    ind = OxmlElement('w:ind'); ind.set(qn('w:left'), '0'); ind.set(qn('w:firstLine'), '420')
    pPr.append(ind); lvl.append(pPr)
    rPr = OxmlElement('w:rPr')
    rf = OxmlElement('w:rFonts')
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia'):
        rf.set(qn(a), '宋体')
    rPr.append(rf)
    lvl.append(rPr)
    an.append(lvl)
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    ids = []
    for i in range(n_lists):
        num_id = 742 + i
        num = OxmlElement('w:num'); num.set(qn('w:numId'), str(num_id))
        a = OxmlElement('w:abstractNumId'); a.set(qn('w:val'), str(abs_id)); num.append(a)
        ov = OxmlElement('w:lvlOverride'); ov.set(qn('w:ilvl'), '0')
        so = OxmlElement('w:startOverride'); so.set(qn('w:val'), '1'); ov.append(so)
        num.append(ov)
        numbering.append(num)
        ids.append(num_id)
    return ids


def set_numbering(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement('w:numPr')
    il = OxmlElement('w:ilvl'); il.set(qn('w:val'), '0'); numPr.append(il)
    ni = OxmlElement('w:numId'); ni.set(qn('w:val'), str(num_id)); numPr.append(ni)
    # numPr must come early in pPr (after pStyle/keepNext/... but before spacing/ind/jc)
    anchor = None
    for tag in ('w:pBdr', 'w:shd', 'w:tabs', 'w:spacing', 'w:ind', 'w:jc'):
        anchor = pPr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(numPr)
    else:
        pPr.append(numPr)


def to_pdf(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_742', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)


# ======================================================= 1. the standard
STD_NO = 'DB61/T 2035—2026'
STD_TITLE = '跨境电子商务海外仓服务规范'

PREFACE = [
    '本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。',
    '请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。',
    '本文件由陕西省商务厅提出并归口。',
    '本文件起草单位：陕西省商务厅、陕西省标准化研究院、西安国际港务区管理委员会、西咸新区空港新城跨境电子商务服务中心、陕西省跨境电子商务协会、西安丝路云仓供应链管理有限公司。',
    '本文件主要起草人：王建军、李晓燕、赵鹏飞、张慧敏、刘子豪、陈思远、杨帆。',
    '本文件由陕西省商务厅负责具体技术内容的解释，联系信息如下：单位：陕西省商务厅；电话：029-63915266；地址：西安市新城区新城大院；邮编：710004。',
]

# kinds: h1/h2 heading (no clause) | p body para | ref reference line |
#        term heading line (no clause) | item numbered clause (number bold 黑体) |
#        li hand-typed list item | auto Word-numbered list item | runin run-in heading
BODY = [
    ('h1', '1　范围'),
    ('p', '本文件规定了跨境电子商务海外仓服务的基本要求、服务要求以及评价与改进。'),
    ('p', '本文件适用于陕西省内企业在境外设立、运营的跨境电子商务海外仓的服务提供与管理。'),
    ('h1', '2　规范性引用文件'),
    ('p', '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。'),
    ('ref', 'GB/T 18354　物流术语'),
    ('ref', 'GB/T 19001　质量管理体系　要求'),
    ('ref', 'GB/T 28581　通用仓库及库区规划设计参数'),
    ('h1', '3　术语和定义'),
    ('p', 'GB/T 18354界定的以及下列术语和定义适用于本文件。'),
    ('term', '3.1', '海外仓', 'overseas warehouse'),
    ('p', '企业在境外设立，为跨境电子商务交易提供仓储、分拣、包装、派送、退换货等服务的仓储设施及其配套服务体系。'),
    ('p', '注：按照服务对象不同，海外仓分为自营海外仓和公共海外仓。'),
    ('term', '3.2', '头程运输', 'first-leg transportation'),
    ('p', '货物从境内起运地运抵海外仓并完成入库前的运输及清关环节。'),
    ('term', '3.3', '一件代发', 'drop shipping'),
    ('p', '海外仓根据客户推送的单个订单，完成拣货、包装、贴标并交付尾程派送的服务模式。'),
    ('h1', '4　基本要求'),
    ('h2', '4.1　主体要求'),
    ('item', '4.1.1', '　', '海外仓服务提供方应依法在境内登记注册，并在海外仓所在国家（地区）依法取得仓储经营所需的登记、许可或者备案。'),
    ('item', '4.1.2', '　', '海外仓服务提供方应建立覆盖海外仓运营全流程的质量管理体系，宜通过GB/T 19001认证。'),
    ('h2', '4.2　设施设备要求'),
    ('item', '4.2.1', '　', '海外仓仓储设施应满足以下要求：'),
    ('li', 'a) 单仓面积不低于2000 m²，库内净高不低于6 m；'),
    ('li', 'b) 库区规划符合GB/T 28581的要求，设置收货区、存储区、拣选区、包装区、发货区和退货处理区；'),
    ('li', 'c) 配备消防、防盗、防潮等设施，符合所在国家（地区）的安全规定。'),
    ('item', '4.2.2', '　', '海外仓应配备全覆盖的视频监控系统，监控录像保存时间不少于90 d。'),
    ('h2', '4.3　信息系统要求'),
    ('item', '4.3.1', '　', '海外仓应使用仓储管理系统，具备入库、在库、出库、退货、库存预警及计费结算等功能。'),
    ('item', '4.3.2', '　', '仓储管理系统宜与跨境电子商务平台、物流服务商及国际贸易“单一窗口”实现数据对接，并对客户数据和消费者个人信息采取加密存储、访问权限控制等安全措施。'),
    ('h1', '5　服务要求'),
    ('h2', '5.1　头程服务'),
    ('item', '5.1.1', '　', '海外仓服务提供方应根据客户需求提供海运、空运、铁路等头程运输方案，鼓励依托中欧班列“长安号”开展头程运输。'),
    ('item', '5.1.2', '　', '海外仓服务提供方应协助客户办理出口申报和目的国（地区）进口清关，按规定提供跨境电子商务出口海外仓（9810）监管方式申报所需的单证信息。'),
    ('h2', '5.2　入库服务'),
    ('item', '5.2.1', ' ', '货物到仓后应在48 h内完成清点、质检和上架；销售旺季可延长至72 h。'),
    ('item', '5.2.2', '　', '入库时发现数量差异或者货物破损的，应拍照留存，并在12 h内通知客户。'),
    ('h2', '5.3　库存管理'),
    ('item', '5.3.1', '　', '库存准确率应不低于99.5%，每月至少开展1次全面盘点并向客户提供库存报告。'),
    ('item', '5.3.2', '　', '对超过180 d未动销的库存，应向客户发出滞销预警。'),
    ('h2', '5.4　订单处理与派送'),
    ('item', '5.4.1', '　', '一件代发订单处理应满足以下要求：'),
    ('auto', 0, '当地时间14:00前接收的订单，当日完成出库；'),
    ('auto', 0, '订单处理准确率不低于99.8%；'),
    ('auto', 0, '包装符合尾程承运商要求，易碎品采取防震措施。'),
    ('item', '5.4.2', '　', '海外仓服务提供方应向客户和消费者提供物流轨迹查询服务。'),
    ('runin', '5.5　退货服务', '　', '海外仓服务提供方应提供退货接收、检验、重新上架、销毁等服务，退货入库后72 h内完成检验并反馈结果。'),
    ('item', '5.6', '　', '海外仓服务提供方应建立投诉处理机制，收到投诉后24 h内响应，7个工作日内反馈处理结果。'),
    ('h1', '6　评价与改进'),
    ('item', '6.1', '　', '海外仓服务提供方应每年至少开展1次服务质量自我评价，评价指标见附录A。'),
    ('item', '6.2', '　', '评价可采用客户满意度调查、运营数据分析、现场检查等方式，宜委托第三方机构开展。'),
    ('item', '6.3', '　', '针对评价发现的问题，应分析原因、制定纠正措施并跟踪落实，评价和改进记录保存不少于3年。'),
]

ANNEX_LEAD = '表A.1给出了海外仓服务评价指标。'
ANNEX_HEAD = ['一级指标', '二级指标', '评价内容', '分值']
ANNEX_ROWS = [
    ['基础能力', '设施设备', '仓库面积、功能分区和视频监控符合4.2的要求', '15'],
    ['基础能力', '信息系统', '仓储管理系统功能完整，实现数据对接', '10'],
    ['服务质量', '入库时效', '48 h内上架率', '15'],
    ['服务质量', '库存准确率', '库存准确率≥99.5%', '15'],
    ['服务质量', '订单处理', '当日出库率、订单处理准确率', '15'],
    ['服务质量', '退货处理', '72 h内检验反馈率', '10'],
    ['客户评价', '客户满意度', '年度满意度调查得分', '20'],
]
ANNEX_NOTE = '注：总分100分，得分90分及以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。'

TOC = [
    ('前言', 'II'),
    ('1　范围', '1'),
    ('2　规范性引用文件', '1'),
    ('3　术语和定义', '1'),
    ('4　基本要求', '1'),
    ('5　服务要求', '2'),
    ('6　评价与改进', '3'),
    ('附录A（资料性）　海外仓服务评价指标', '4'),
]


def build_standard():
    doc = Document()
    st = doc.styles['Normal']
    font_el = st.font
    font_el.name = '宋体'
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '宋体')
    font_el.size = Pt(10.5)
    num_ids = make_letter_numbering(doc, 1)
    clauses = []
    SONG, HEI, TNR = '宋体', '黑体', 'Times New Roman'
    ind2 = Pt(21)

    # ---------------- cover (section 0, no header/footer)
    sec0 = doc.sections[0]
    a4(sec0, 2.5, 2.0, 2.5, 2.0)
    par(doc, [('ICS 03.080', HEI, 10.5, False, None, TNR)], align=LEFT)
    par(doc, [('CCS A 10', HEI, 10.5, False, None, TNR)], align=LEFT)
    par(doc, [('DB61', HEI, 36, True, None, TNR)], align=RIGHT, before=6)
    p = par(doc, [('陕　西　省　地　方　标　准', HEI, 26, False)], align=CENTER, before=18,
            after=12)
    par(doc, [(STD_NO, HEI, 14, False, None, TNR)], align=RIGHT,
        borders=[dict(side='bottom', sz=12)])
    doc.add_paragraph()
    doc.add_paragraph()
    doc.add_paragraph()
    # title typed with a soft line break in the middle
    par(doc, [('跨境电子商务海外仓\n服务规范', HEI, 26, False)], align=CENTER, before=36,
        after=18, line=1.3)
    par(doc, [('Service specification for overseas warehouse\nof cross-border e-commerce',
               TNR, 14, False, None, TNR)], align=CENTER, after=6)
    for _ in range(7):
        doc.add_paragraph()
    par(doc, [('', SONG, 10.5, False)], borders=[dict(side='bottom', sz=12)])
    # layout table for the release / implementation dates
    t = doc.add_table(rows=1, cols=2)
    kill_borders(t)
    cell_text(t.cell(0, 0), '2026-03-01发布', HEI, 14, align=LEFT)
    cell_text(t.cell(0, 1), '2026-04-01实施', HEI, 14, align=RIGHT)
    par(doc, [('', SONG, 10.5, False)], borders=[dict(side='bottom', sz=12)])
    par(doc, [('陕西省市场监督管理局', HEI, 18, False), ('　发布', HEI, 14, False)],
        align=CENTER, before=12)

    # ---------------- TOC + foreword (section 1, Roman page numbers)
    sec1 = doc.add_section(WD_SECTION.NEW_PAGE)
    par(doc, [('目　　次', HEI, 16, False)], align=CENTER, before=12, after=24)
    for label, pg in TOC:
        p = par(doc, [(label + '\t' + pg, SONG, 10.5, False)], align=LEFT, line=1.5)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT,
                                                  WD_TAB_LEADER.DOTS)
    page_break(doc)
    par(doc, [('前　　言', HEI, 16, False)], align=CENTER, before=12, after=24)
    for t_ in PREFACE:
        par(doc, [(t_, SONG, 10.5, False)], first=ind2, align=JUSTIFY, line=1.25)
        clauses.append(t_)

    # ---------------- body (section 2, Arabic from 1)
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    par(doc, [(STD_TITLE, HEI, 16, False)], align=CENTER, before=12, after=24)
    auto_count = {}
    for item in BODY:
        kind = item[0]
        if kind == 'h1':
            par(doc, [(item[1], HEI, 10.5, False)], before=8, after=8, keep_next=True)
        elif kind == 'h2':
            par(doc, [(item[1], HEI, 10.5, False)], before=4, after=4, keep_next=True)
        elif kind == 'term':
            _, no, zh, en = item
            par(doc, [(no + '　', HEI, 10.5, False), (zh + '　', HEI, 10.5, False),
                      (en, TNR, 10.5, False, None, TNR)], first=ind2, before=4, keep_next=True)
        elif kind in ('p', 'ref'):
            par(doc, [(item[1], SONG, 10.5, False)], first=ind2, align=JUSTIFY, line=1.25)
            clauses.append(item[1])
        elif kind == 'item':
            _, no, sep, txt = item
            par(doc, [(no, HEI, 10.5, False), (sep + txt, SONG, 10.5, False)],
                align=JUSTIFY, line=1.25)
            clauses.append(no + sep + txt)
        elif kind == 'runin':
            _, head, sep, txt = item
            par(doc, [(head, HEI, 10.5, True), (sep + txt, SONG, 10.5, False)],
                align=JUSTIFY, line=1.25)
            clauses.append(head + sep + txt)
        elif kind == 'li':
            par(doc, [(item[1], SONG, 10.5, False)], first=ind2, align=JUSTIFY, line=1.25)
            clauses.append(item[1])
        elif kind == 'auto':
            _, which, txt = item
            p = par(doc, [(txt, SONG, 10.5, False)], align=JUSTIFY, line=1.25)
            set_numbering(p, num_ids[which])
            # displayed text: a) b) c) ... (restarts per list)
            n = auto_count.get(which, 0)
            auto_count[which] = n + 1
            clauses.append(chr(ord('a') + n) + ') ' + txt)

    # ---------------- annex A
    page_break(doc)
    par(doc, [('附　录　A', HEI, 10.5, False)], align=CENTER, before=6)
    par(doc, [('（资料性）', HEI, 10.5, False)], align=CENTER)
    par(doc, [('海外仓服务评价指标', HEI, 10.5, False)], align=CENTER, after=12)
    par(doc, [(ANNEX_LEAD, SONG, 10.5, False)], first=ind2, line=1.25)
    clauses.append(ANNEX_LEAD)
    par(doc, [('表A.1　海外仓服务评价指标', HEI, 9, False)], align=CENTER, before=6, after=4,
        keep_next=True)
    t = doc.add_table(rows=1 + len(ANNEX_ROWS), cols=4)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.4), Cm(2.8), Cm(8.2), Cm(1.8)]
    for j, h in enumerate(ANNEX_HEAD):
        cell_text(t.cell(0, j), h, HEI, 9)
    repeat_header(t.rows[0])
    for i, row in enumerate(ANNEX_ROWS, start=1):
        for j, v in enumerate(row):
            if j == 0:
                continue
            cell_text(t.cell(i, j), v, SONG, 9, align=LEFT if j == 2 else CENTER)
    # vertically merged first column (one visible value per group)
    groups = {}
    for i, row in enumerate(ANNEX_ROWS, start=1):
        groups.setdefault(row[0], []).append(i)
    for name, rows_ in groups.items():
        top, bot = rows_[0], rows_[-1]
        c = t.cell(top, 0)
        if bot > top:
            c = c.merge(t.cell(bot, 0))
        cell_text(c, name, SONG, 9)
    set_widths(t, widths)
    for row in ANNEX_ROWS:
        clauses.append('；'.join('%s：%s' % (h, v) for h, v in zip(ANNEX_HEAD, row)))
    par(doc, [(ANNEX_NOTE, SONG, 9, False)], before=4, line=1.25)
    clauses.append(ANNEX_NOTE)
    # the closing short rule standards end with
    par(doc, [('_________________________________', SONG, 10.5, False)], align=CENTER,
        before=18)

    # ---------------- headers / footers / page numbering
    # (Section objects returned by add_section point at the body sectPr, which
    #  moves on when a further section is added, so re-fetch them here)
    sec1, sec2 = doc.sections[1], doc.sections[2]
    for s in (sec1, sec2):
        a4(s, 2.5, 2.0, 2.5, 2.0)
    sec1.header.is_linked_to_previous = False
    sec1.footer.is_linked_to_previous = False
    hp = sec1.header.paragraphs[0]
    hp.alignment = RIGHT
    font(hp.add_run(STD_NO), HEI, 10.5, False, None, TNR)
    border(hp, side='bottom', sz=6)
    fp = sec1.footer.paragraphs[0]
    fp.alignment = CENTER
    add_field(fp, 'PAGE', TNR, 9, 'I')
    set_pgnum(sec1, 'upperRoman', 1)
    set_pgnum(sec2, 'decimal', 1)

    out = os.path.join(HERE, 'blind742_shaanxi_difangbiaozhun.docx')
    doc.save(out)
    meta = {
        'title': STD_TITLE,
        'doc_number': STD_NO,
        'issuer': ['陕西省市场监督管理局'],
        'date': '2026-03-01',
        'published': '2026-03-01',
        'level': 'provincial',
        'region': '陕西省',
        'effective': '2026-04-01',
        'expires': None,
        'attachments': [],
        'doc_type': '地方标准',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    }
    return out, [{'meta': meta, 'clauses': clauses}]


# ======================================================= 2. the announcement
# the title is typed as three separate paragraphs (manual line breaking)
GG_TITLE_LINES = ['陕西省市场监督管理局关于批准发布',
                  '《跨境电子商务海外仓服务规范》等6项',
                  '陕西省地方标准的公告']
GG_BODY = [
    '根据《中华人民共和国标准化法》《地方标准管理办法》《陕西省标准化条例》有关规定，经组织审查，现批准发布《跨境电子商务海外仓服务规范》等6项陕西省地方标准（目录见附件），自2026年4月1日起实施。',
    '其中，DB61/T 2040—2026《跨境电子商务综合试验区公共服务平台建设规范》代替DB61/T 1392—2020《跨境电子商务公共服务平台建设规范》，DB61/T 1392—2020自2026年4月1日起废止。',
    '标准文本可通过陕西省市场监督管理局门户网站“标准化”专栏或者陕西省地方标准信息服务平台免费查阅。各有关单位在标准实施过程中发现问题或者有修改意见的，请及时反馈至标准归口单位。',
    '联系人：陕西省市场监督管理局标准化处　周立新，电话：029-86130217。',
    '特此公告。',
]
GG_ATTACH = '2026年第8号陕西省地方标准目录'
GG_HEAD = ['序号', '标准编号', '标准名称', '提出部门']
GG_ROWS = [
    ['1', 'DB61/T 2035—2026', '跨境电子商务海外仓服务规范', '陕西省商务厅'],
    ['2', 'DB61/T 2036—2026', '中欧班列“长安号”集结中心货物作业规范', '陕西省发展和改革委员会'],
    ['3', 'DB61/T 2037—2026', '综合保税区保税维修业务服务规范', '陕西省商务厅'],
    ['4', 'DB61/T 2038—2026', '外商投资企业投诉处理工作规范', '陕西省商务厅'],
    ['5', 'DB61/T 2039—2026', '自由贸易试验区涉企经营许可事项办理规范', '中国（陕西）自由贸易试验区工作办公室'],
    ['6', 'DB61/T 2040—2026', '跨境电子商务综合试验区公共服务平台建设规范', '陕西省商务厅'],
]


def build_gonggao():
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = '仿宋_GB2312'
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '仿宋_GB2312')
    st.font.size = Pt(16)
    sec = doc.sections[0]
    a4(sec, 3.7, 3.5, 2.8, 2.6, header=1.5, footer=2.8)
    XBS, FS, HEI, KAI = '方正小标宋简体', '仿宋_GB2312', '黑体', '楷体_GB2312'
    ind2 = Pt(32)
    clauses = []

    # red header
    par(doc, [('陕西省市场监督管理局公告', XBS, 36, False, RED)], align=CENTER, before=24,
        after=6, line=1.0)
    par(doc, [('2026年第8号', FS, 16, False)], align=CENTER, before=6, after=2,
        borders=[dict(side='bottom', color='E60012', sz=24, space=4)])
    doc.add_paragraph()
    # title typed as two separate paragraphs
    for tl in GG_TITLE_LINES:
        par(doc, [(tl, XBS, 22, False)], align=CENTER, line=36, exact=True)
    doc.add_paragraph()
    for t_ in GG_BODY:
        par(doc, [(t_, FS, 16, False)], first=ind2, align=JUSTIFY, line=28, exact=True)
        clauses.append(t_)
    par(doc, [('', FS, 16, False)], line=28, exact=True)
    par(doc, [('附件：' + GG_ATTACH, FS, 16, False)], first=ind2, line=28, exact=True)
    par(doc, [('', FS, 16, False)], line=28, exact=True)
    par(doc, [('', FS, 16, False)], line=28, exact=True)
    # signature block aligned with typed full-width spaces
    par(doc, [('　' * 13 + '陕西省市场监督管理局', FS, 16, False)], line=28, exact=True)
    par(doc, [('　' * 14 + '2026年3月1日', FS, 16, False)], line=28, exact=True)

    # attachment
    page_break(doc, FS, 16)
    par(doc, [('附件', HEI, 16, False)], align=LEFT, line=28, exact=True)
    doc.add_paragraph()
    par(doc, [(GG_ATTACH, XBS, 22, False)], align=CENTER, after=12)
    t = doc.add_table(rows=1 + len(GG_ROWS), cols=4)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.4), Cm(4.2), Cm(6.4), Cm(3.6)]
    for j, h in enumerate(GG_HEAD):
        cell_text(t.cell(0, j), h, HEI, 12)
    repeat_header(t.rows[0])
    for i, row in enumerate(GG_ROWS, start=1):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, FS, 12, align=LEFT if j == 2 else CENTER)
        clauses.append('；'.join('%s：%s' % (h, v) for h, v in zip(GG_HEAD, row)))
    set_widths(t, widths)

    # 版记
    for _ in range(6):
        doc.add_paragraph()
    par(doc, [('抄送：国家市场监督管理总局（国家标准化管理委员会），省级有关部门，各设区市市场监督管理局，杨凌示范区市场监督管理局。', FS, 14, False)],
        left=Pt(14), line=22, exact=True,
        borders=[dict(side='top', sz=8, space=4), dict(side='bottom', sz=4, space=4)])
    par(doc, [('陕西省市场监督管理局办公室' + '　' * 7 + '2026年3月2日印发', FS, 14, False)],
        left=Pt(14), line=22, exact=True, borders=[dict(side='bottom', sz=8, space=4)])

    # page number — 1 —
    fp = sec.footer.paragraphs[0]
    fp.alignment = CENTER
    r = fp.add_run('— '); font(r, '宋体', 14)
    add_field(fp, 'PAGE', '宋体', 14)
    r = fp.add_run(' —'); font(r, '宋体', 14)

    out = os.path.join(HERE, 'blind742_shaanxi_gonggao.docx')
    doc.save(out)
    meta = {
        'title': ''.join(GG_TITLE_LINES),
        'doc_number': '2026年第8号',
        'issuer': ['陕西省市场监督管理局'],
        'date': '2026-03-01',
        'published': None,
        'level': 'provincial',
        'region': '陕西省',
        'effective': '2026-04-01',
        'expires': None,
        'attachments': [GG_ATTACH],
        'doc_type': '公告',
        'recipients': [],
        'publicity': None,
        'repeals': 'DB61/T 1392—2020《跨境电子商务公共服务平台建设规范》',
    }
    return out, [{'meta': meta, 'clauses': clauses}]


def main():
    expected = {}
    for builder in (build_standard, build_gonggao):
        path, objs = builder()
        to_pdf(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = objs
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
