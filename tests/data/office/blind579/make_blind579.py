# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 579: 口岸通关服务承诺公告 (Word + PDF + answer key)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
L = WD_ALIGN_PARAGRAPH.LEFT


# ---------------------------------------------------------------- helpers
def fnt(run, east, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        rpr.insert(0, rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rf.set(qn(a), east)


def add_text(par, text, east, size, bold=False, color=None):
    parts = text.split('\n')
    for i, part in enumerate(parts):
        r = par.add_run(part)
        fnt(r, east, size, bold, color)
        if i < len(parts) - 1:
            r.add_break()  # soft line break (Shift+Enter)


def border(par, side, color='000000', sz=8):
    ppr = par._p.get_or_add_pPr()
    bdr = ppr.find(qn('w:pBdr'))
    if bdr is None:
        bdr = OxmlElement('w:pBdr')
        ppr.append(bdr)
    e = OxmlElement('w:' + side)
    e.set(qn('w:val'), 'single')
    e.set(qn('w:sz'), str(sz))
    e.set(qn('w:space'), '1')
    e.set(qn('w:color'), color)
    bdr.append(e)


def page_setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles['Normal']
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        rpr.insert(0, rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia'):
        rf.set(qn(a), FS)
    # page number "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    r = fp.add_run('— ')
    fnt(r, 'Times New Roman', 14)
    r = fp.add_run()
    fnt(r, 'Times New Roman', 14)
    b = OxmlElement('w:fldChar')
    b.set(qn('w:fldCharType'), 'begin')
    r._r.append(b)
    r = fp.add_run()
    fnt(r, 'Times New Roman', 14)
    it = OxmlElement('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = ' PAGE '
    r._r.append(it)
    r = fp.add_run()
    fnt(r, 'Times New Roman', 14)
    e = OxmlElement('w:fldChar')
    e.set(qn('w:fldCharType'), 'end')
    r._r.append(e)
    r = fp.add_run(' —')
    fnt(r, 'Times New Roman', 14)


def add_numbering(doc, abs_id, num_id, fmt, lvltext, first_line=640, jc='left',
                  font=FS, size=16):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement('w:abstractNum')
    absn.set(qn('w:abstractNumId'), str(abs_id))
    mlt = OxmlElement('w:multiLevelType')
    mlt.set(qn('w:val'), 'singleLevel')
    absn.append(mlt)
    lvl = OxmlElement('w:lvl')
    lvl.set(qn('w:ilvl'), '0')
    for tag, val in (('w:start', '1'), ('w:numFmt', fmt), ('w:suff', 'nothing'),
                     ('w:lvlText', lvltext), ('w:lvlJc', jc)):
        el = OxmlElement(tag)
        el.set(qn('w:val'), val)
        lvl.append(el)
    ppr = OxmlElement('w:pPr')
    ind = OxmlElement('w:ind')
    ind.set(qn('w:left'), '0')
    ind.set(qn('w:firstLine'), str(first_line))
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement('w:rPr')
    rf = OxmlElement('w:rFonts')
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia'):
        rf.set(qn(a), font)
    rpr.append(rf)
    sz = OxmlElement('w:sz')
    sz.set(qn('w:val'), str(size * 2))
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    nums = numbering.findall(qn('w:num'))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement('w:num')
    num.set(qn('w:numId'), str(num_id))
    an = OxmlElement('w:abstractNumId')
    an.set(qn('w:val'), str(abs_id))
    num.append(an)
    numbering.append(num)


def set_num(par, num_id):
    ppr = par._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), 'nil')
        b.append(e)
    tblpr.append(b)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader')
    h.set(qn('w:val'), 'true')
    trpr.append(h)


def cell_text(cell, text, font=FS, size=12, bold=False, align=C, color=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    add_text(p, text, font, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
        gc.set(qn('w:w'), str(int(widths[i] * 567)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


class B:
    """Builds one document and collects the expected clauses."""

    def __init__(self):
        self.doc = Document()
        page_setup(self.doc)
        self.clauses = []

    def p(self, runs, align=J, indent=True, clause=False, lead='', line=28,
          before=0, after=0, font=FS, size=16):
        if isinstance(runs, str):
            runs = [(runs, font, False)]
        par = self.doc.add_paragraph()
        par.alignment = align
        pf = par.paragraph_format
        pf.line_spacing = Pt(line)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if indent:
            pf.first_line_indent = Pt(size * 2)
        if lead:
            add_text(par, lead, font, size)
        for text, f, bold in runs:
            add_text(par, text, f, size, bold)
        if clause:
            self.clauses.append(''.join(t for t, _, _ in runs).replace('\n', ''))
        return par

    def blank(self, n=1, line=28):
        for _ in range(n):
            par = self.doc.add_paragraph()
            par.paragraph_format.line_spacing = Pt(line)
            par.paragraph_format.space_after = Pt(0)

    def page_break(self):
        par = self.doc.add_paragraph()
        par.add_run().add_break(WD_BREAK.PAGE)

    def red_line(self):
        par = self.doc.add_paragraph()
        par.paragraph_format.line_spacing = Pt(8)
        par.paragraph_format.space_after = Pt(0)
        border(par, 'bottom', 'FF0000', 18)

    def banji(self, lines):
        """版记: lines list of (left, right)."""
        for i, (left, right) in enumerate(lines):
            par = self.doc.add_paragraph()
            par.paragraph_format.line_spacing = Pt(28)
            par.paragraph_format.space_after = Pt(0)
            par.paragraph_format.left_indent = Pt(14)
            if i == 0:
                border(par, 'top', '000000', 8)
            border(par, 'bottom', '000000', 4 if i < len(lines) - 1 else 8)
            add_text(par, left, FS, 14)
            if right:
                par.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), alignment=2)
                add_text(par, '\t' + right, FS, 14)

    def data_table(self, header, rows, widths, merges=(), auto_num=None,
                   section_rows=(), clause=True):
        """rows: list of lists (strings); a row of one string = section row.
        merges: list of (col, first_row_index, last_row_index) in data rows.
        auto_num: numId for 序号 column filled by Word numbering."""
        t = self.doc.add_table(rows=1, cols=len(header))
        t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            cell_text(t.rows[0].cells[i], h, HT, 12)
        repeat_header(t.rows[0])
        data_idx = []
        n = 0
        for row in rows:
            cells = t.add_row().cells
            if len(row) == 1:  # section row merged across
                m = cells[0].merge(cells[-1])
                cell_text(m, row[0], HT, 12, align=L)
                data_idx.append(None)
                continue
            data_idx.append(len(t.rows) - 1)
            n += 1
            for i, v in enumerate(row):
                if i == 0 and auto_num is not None:
                    p = cell_text(cells[0], '', FS, 12)
                    set_num(p, auto_num)
                    continue
                if v is None:
                    continue
                cell_text(cells[i], v, FS, 12, align=(L if i == 4 else C))
        col_widths(t, widths)
        for col, a, b in merges:
            ra = data_idx[a]
            rb = data_idx[b]
            t.cell(ra, col).merge(t.cell(rb, col))
        if clause:
            last = {}
            k = 0
            for row in rows:
                if len(row) == 1:
                    continue
                k += 1
                vals = []
                for i, v in enumerate(row):
                    if i == 0 and auto_num is not None:
                        v = str(k)
                    if v is None:
                        v = last[i]
                    last[i] = v
                    vals.append(header[i] + '：' + v.replace('\n', ''))
                self.clauses.append('；'.join(vals))
        return t

    def save(self, name):
        path = os.path.join(HERE, name + '.docx')
        self.doc.save(path)
        return path


# ================================================================ 1 青岛
def make_qingdao():
    b = B()
    b.p([('青岛市口岸办公室文件', XBS, False)], align=C, indent=False, line=60,
        before=20)
    b.doc.paragraphs[-1].runs[0].font.color.rgb = RED
    b.doc.paragraphs[-1].runs[0].font.size = Pt(40)
    b.p('青口岸发〔2025〕14号', align=C, indent=False)
    b.red_line()
    b.blank()
    b.p([('青岛市口岸办公室 青岛海关\n关于公布2025年青岛口岸通关服务承诺事项的公告',
          XBS, False)], align=C, indent=False, line=34, size=22)
    b.blank()
    L2 = '　　'
    b.p('为深入贯彻落实国务院关于优化营商环境的决策部署，持续巩固压缩整体通关时间成效，'
        '进一步提升青岛口岸跨境贸易便利化水平，青岛市口岸办公室、青岛海关会同口岸各查验单位和'
        '口岸经营单位，梳理形成了2025年青岛口岸通关服务承诺事项清单（见附件）。现将有关事项公告如下：',
        indent=False, lead=L2, clause=True)
    b.p([('一、承诺范围。', HT, False),
         ('本公告所列承诺事项适用于青岛港前湾港区、董家口港区、黄岛港区，青岛胶东国际机场口岸，'
          '以及青岛前湾综合保税区、青岛胶州湾综合保税区、青岛西海岸综合保税区、青岛空港综合保税区内'
          '办理的相关业务。', FS, False)], indent=False, lead=L2, clause=True)
    b.p([('二、承诺标准', HT, False)], indent=False, lead=L2)
    b.p('（一）承诺时限短于法定时限的，按承诺时限办理；法律法规未规定办理时限的，按本公告所列承诺时限办理。',
        indent=False, lead=L2, clause=True)
    b.p('（二）承诺时限中的“工作日”不含法定节假日；“小时”按自然时间连续计算，自企业申报材料齐全、'
        '符合法定形式之时起算。', indent=False, lead=L2, clause=True)
    b.p('（三）“即时办结”是指企业申报材料齐全、符合法定形式的，窗口工作人员当场受理并当场办结。',
        indent=False, lead=L2, clause=True)
    b.p('（四）因企业补正材料、现场查验、检测鉴定、专家评审等所需时间，不计入承诺时限，'
        '但承办单位应当一次性告知企业需补正的材料和预计办理时间。', indent=False, lead=L2, clause=True)
    b.p([('三、主要举措', HT, False)], indent=False, lead=L2)
    b.p([('（一）', FS, False), ('深化通关模式改革。', KT, True),
         ('推行“提前申报”“两步申报”“两段准入”等改革措施，鼓励企业在货物运抵前提前申报，'
          '对符合条件的进口货物实施“船边直提”，对出口货物实施“抵港直装”。', FS, False)],
        indent=False, lead=L2, clause=True)
    b.p([('（二）', FS, False), ('开通鲜活产品“绿色通道”。', KT, True),
         ('对进出口鲜活易腐农食产品实施优先查验、优先检测、优先放行，节假日不停歇。', FS, False)],
        indent=False, lead=L2, clause=True)
    b.p([('（三）', FS, False), ('实行预约通关服务。', KT, True),
         ('口岸查验单位实行“7×24小时”预约通关服务，企业可通过国际贸易“单一窗口”或拨打附件所列'
          '监督电话预约非工作时间通关业务。', FS, False)], indent=False, lead=L2, clause=True)
    b.p([('（四）', FS, False), ('规范口岸收费。', KT, True),
         ('严格执行口岸收费目录清单制度，清单之外一律不得收费。港口经营单位、船公司及其代理企业'
          '应当在经营场所和“单一窗口”公示收费项目和收费标准。', FS, False)],
        indent=False, lead=L2, clause=True)
    b.p([('四、监督评价。', HT, False),
         ('青岛市口岸办公室会同青岛海关对承诺事项落实情况按季度开展通报，通报结果纳入口岸营商环境'
          '评价。对无正当理由超出承诺时限的，依法依规追究相关单位和人员责任。', FS, False)],
        indent=False, lead=L2, clause=True)
    b.p([('五、投诉渠道。', HT, False),
         ('企业和群众对承诺事项落实情况有意见建议或投诉的，可通过以下渠道反映：\n拨打12360海关服务热线'
          '或12345政务服务便民热线；拨打附件所列各事项监督电话；登录中国国际贸易单一窗口青岛口岸专区'
          '“意见建议”栏目留言。相关单位应当自接到投诉之日起5个工作日内予以答复。', FS, False)],
        indent=False, lead=L2, clause=True)
    b.p([('六、', HT, False),
         ('本公告自2025年5月1日起施行，有效期至2026年12月31日。《青岛市口岸办公室 青岛海关关于公布'
          '青岛口岸通关服务承诺事项的公告》（青口岸发〔2023〕9号）同时废止。', FS, False)],
        indent=False, lead=L2, clause=True)
    b.p('特此公告。', indent=False, lead=L2, clause=True)
    b.p('附件：2025年青岛口岸通关服务承诺事项清单', indent=False, lead=L2)
    b.blank()
    # 落款 in a borderless layout table
    t = b.doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), '青岛市口岸办公室', FS, 16)
    cell_text(t.cell(0, 1), '青岛海关', FS, 16)
    col_widths(t, [8.6, 7.0])
    b.p('2025年4月18日', align=R, indent=False, lead='', before=6)
    b.doc.paragraphs[-1].paragraph_format.right_indent = Pt(56)
    b.p('（此件公开发布）', indent=False, lead=L2)
    b.page_break()
    b.p([('附件', HT, False)], indent=False, align=L)
    b.blank()
    b.p([('2025年青岛口岸通关服务承诺事项清单', XBS, False)], align=C, indent=False, size=20,
        line=32)
    b.blank(line=12)
    header = ['序号', '服务事项', '承诺时限', '法定时限', '承诺内容', '监督电话']
    rows = [
        ['1', '进口货物报关单审核放行', '2小时', '无明确规定',
         '对未布控查验的进口货物报关单，自海关接受申报之时起2小时内完成审核放行。', '0532-82983566'],
        ['2', '出口货物报关单审核放行', '1小时', '无明确规定',
         '对未布控查验的出口货物报关单，自货物运抵海关监管作业场所之时起1小时内完成审核放行。', None],
        ['3', '进出口货物查验', '1个工作日', '无明确规定',
         '自企业完成查验准备、货物到达查验场地之时起1个工作日内完成查验作业；鲜活易腐货物随到随验。',
         '0532-82983571'],
        ['4', '进口食品实验室检测', '3个工作日', '5个工作日',
         '进口食品需实验室检测的，自样品送达实验室之时起3个工作日内出具检测结果（特殊检测项目除外）。',
         '0532-80885412'],
        ['5', '报关单修改和撤销', '即时办结', '3个工作日',
         '企业通过“单一窗口”提交修改或撤销申请且材料齐全的，即时办结。', '0532-82983566'],
        ['6', '进出口货物收发货人备案', '即时办结', '无明确规定',
         '企业通过“单一窗口”或“互联网+海关”提交备案申请，材料齐全的即时办结，无需现场递交纸质材料。',
         '0532-82983580'],
        ['7', '优惠原产地证书签发', '2小时', '2个工作日',
         '对申领RCEP等优惠原产地证书的，自企业申报之时起2小时内完成审核；符合条件的实行“智能审核+自助打印”。',
         '0532-82983593'],
        ['8', '加工贸易手册设立', '1个工作日', '5个工作日',
         '材料齐全、符合法定形式的，1个工作日内完成手册设立。', '0532-82983602'],
        ['9', '综合保税区企业电子账册设立', '1个工作日', '5个工作日',
         '综合保税区内企业申请设立电子账册，材料齐全的1个工作日内办结。', '0532-86897325'],
        ['10', '国际航行船舶进出境监管', '2小时', '无明确规定',
         '对申报无误的国际航行船舶，2小时内办结进出境手续；对集装箱班轮实行“零待时”登临检查。',
         '0532-82983617'],
        ['11', '进口集装箱提箱作业', '4小时', '—',
         '港口经营单位在海关放行信息到达后4小时内具备提箱条件；“船边直提”货物即时提离。', '0532-82982222'],
        ['12', '口岸收费咨询与争议处理', '3个工作日', '—',
         '对企业反映的口岸收费问题，3个工作日内完成核实并答复。', '0532-85912736'],
    ]
    b.data_table(header, rows, [1.1, 3.0, 1.9, 1.9, 5.6, 2.6], merges=[(5, 0, 1)])
    b.blank()
    b.banji([('抄送：海关总署，山东省人民政府口岸办公室，济南海关，市发展改革委、市商务局、市交通运输局，青岛港集团。', None),
             ('青岛市口岸办公室综合处', '2025年4月18日印发')])
    meta = {
        'title': '青岛市口岸办公室 青岛海关关于公布2025年青岛口岸通关服务承诺事项的公告',
        'doc_number': '青口岸发〔2025〕14号',
        'issuer': ['青岛市口岸办公室', '青岛海关'],
        'date': '2025-04-18',
        'published': None,
        'level': 'municipal',
        'region': '青岛市',
        'effective': '2025-05-01',
        'expires': '2026-12-31',
        'attachments': ['2025年青岛口岸通关服务承诺事项清单'],
        'doc_type': '公告',
        'recipients': [],
        'publicity': '此件公开发布',
        'repeals': '《青岛市口岸办公室 青岛海关关于公布青岛口岸通关服务承诺事项的公告》（青口岸发〔2023〕9号）',
    }
    stem = 'blind579_qingdao_gonggao'
    return stem, b.save(stem), [{'meta': meta, 'clauses': b.clauses}]


# ================================================================ 2 厦门
def make_xiamen():
    b = B()
    add_numbering(b.doc, 90, 90, 'chineseCounting', '%1、', first_line=640)
    # joint 版头 in a layout table: organs stacked left, 公告 on the right
    t = b.doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    p = cell_text(c0, '厦门海关', XBS, 28, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    p.paragraph_format.line_spacing = Pt(44)
    p = c0.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p.paragraph_format.line_spacing = Pt(44)
    add_text(p, '厦门市口岸管理办公室', XBS, 28, color=RED)
    p = cell_text(c1, '公告', XBS, 44, color=RED)
    col_widths(t, [11.6, 4.0])
    b.p('2025年第5号', align=C, indent=False)
    b.red_line()
    b.blank()
    b.p([('厦门海关 厦门市口岸管理办公室关于发布厦门口岸跨境贸易服务承诺事项的公告', XBS, False)],
        align=C, indent=False, line=34, size=22)
    b.blank()
    b.p('为贯彻落实《优化营商环境条例》和海关总署、国家口岸管理办公室关于促进跨境贸易便利化的'
        '工作部署，巩固提升厦门口岸通关效率，厦门海关、厦门市口岸管理办公室决定在厦门口岸推出'
        '跨境贸易服务承诺事项。现就有关事项公告如下：', clause=True)

    def item(runs, n):
        if isinstance(runs, str):
            runs = [(runs, FS, False)]
        par = b.p(runs, indent=False)
        set_num(par, 90)
        b.clauses.append(n + '、' + ''.join(t for t, _, _ in runs).replace('\n', ''))
        return par

    item('本公告所称服务承诺事项，是指厦门海关及所属海关、厦门市口岸管理办公室以及厦门港口、'
         '机场、国际班列场站运营单位在法定时限基础上，向企业公开承诺的办理时限和服务标准，'
         '具体见附件。', '一')
    item('承诺事项适用于厦门海港口岸、厦门航空口岸和中欧（厦门）班列场站，以及厦门象屿综合保税区、'
         '厦门海沧港综合保税区和中国（福建）自由贸易试验区厦门片区内各海关监管作业场所。', '二')
    item([('提速跨境电商和班列通关。', HT, False),
          ('对跨境电商零售进口申报清单，实行7×24小时自动审核，符合放行条件的即时放行；对中欧（厦门）'
           '班列进出口货物，推行“铁路快通”模式，实现\n到站即放行。', FS, False)], '三')
    # continuation paragraph under item 三 (not numbered)
    b.p('对中欧（厦门）班列回程货物涉及检疫的，海关在场站内同步实施检疫处置，不再移至其他场所。',
        clause=True)
    item([('规范口岸作业服务。', HT, False),
          ('各口岸经营单位应当做到：', FS, False)], '四')
    b.p('（一）在“单一窗口”公示作业时限、收费标准和服务流程；', clause=True)
    b.p('（二）对船舶靠泊、集装箱吊装移箱、查验后货物提离等作业，按照附件所列时限完成；', clause=True)
    b.p('（三）建立预约作业“绿色通道”，对鲜活易腐货物、国际邮件和跨境电商包裹优先安排作业。',
        clause=True)
    item('因不可抗力、信息系统故障、企业自身原因或者涉嫌违法违规需进一步核查等情形超出承诺时限的，'
         '不视为违反承诺，但承办单位应当及时告知企业原因和预计办结时间。', '五')
    item([('投诉渠道。', HT, False),
          ('企业对服务承诺落实情况有投诉或意见建议的，可拨打12360海关服务热线、12345厦门市民服务热线，'
           '或拨打附件所列监督电话反映，也可发送电子邮件至xmka_tousu@163.com。受理单位应当在1个工作日内'
           '联系投诉人，在5个工作日内反馈处理结果。', FS, False)], '六')
    item('本公告自2025年3月1日起施行。', '七')
    par = b.p('附件：厦门口岸跨境贸易服务承诺事项清单', indent=True)
    b.blank(2)
    b.p('厦门海关　　　　　厦门市口岸管理办公室', align=R, indent=False)
    b.doc.paragraphs[-1].paragraph_format.right_indent = Pt(32)
    b.p('二〇二五年二月二十日', align=R, indent=False)
    b.doc.paragraphs[-1].paragraph_format.right_indent = Pt(80)
    b.page_break()
    b.p([('附件', HT, False)], indent=False, align=L)
    b.blank()
    b.p([('厦门口岸跨境贸易服务承诺事项清单', XBS, False)], align=C, indent=False, size=20, line=32)
    b.blank(line=12)
    header = ['序号', '服务事项', '承诺时限', '法定时限', '承诺内容', '监督电话']
    rows = [
        ['一、海关业务'],
        ['1', '跨境电商零售进口申报清单审核', '即时办结', '无明确规定',
         '对无布控指令的申报清单，系统自动审核，7×24小时即时放行。', '0592-5675012'],
        ['2', '进出口货物报关单审核放行', '1小时', '无明确规定',
         '对无布控查验指令的报关单，自海关接受申报之时起1小时内完成审核放行。', '0592-5675012'],
        ['3', '进境动植物检疫审批', '5个工作日', '20个工作日',
         '在线申请材料齐全、符合法定形式的，5个工作日内作出审批决定。', '0592-5675387'],
        ['4', '出口食品生产企业备案', '即时办结', '5个工作日',
         '通过“互联网+海关”提交备案申请，材料齐全的即时办结。', '0592-5675391'],
        ['5', '中欧（厦门）班列进出境监管', '2小时', '无明确规定',
         '实行“铁路快通”模式，班列到站后2小时内完成舱单核销和货物放行。', '0592-5675430'],
        ['6', '海关行政许可事项办理', '法定时限压缩50%以上', '按各事项法律法规规定',
         '除即时办结事项外，行政许可事项在法定时限基础上压缩一半以上办结。', '12360'],
        ['二、口岸作业'],
        ['7', '国际航行船舶靠泊作业', '即时', '/',
         '船舶抵港后具备靠泊条件的即时安排靠泊；因泊位原因不能靠泊的，提前告知预计靠泊时间。',
         '0592-5827605'],
        ['8', '集装箱吊装移箱', '4小时', '/',
         '海关下达查验指令后4小时内完成吊装移箱作业。', '0592-5827605'],
        ['9', '查验后货物提离', '2小时', '/',
         '海关查验完毕且企业办结相关手续后，2小时内完成货物提离作业。', '0592-5827618'],
        ['10', '国际邮件、快件通关', '当日办结', '/',
         '当日进境的邮件、快件，无布控查验指令的当日完成放行。', '0592-5675502'],
        ['11', '航空口岸鲜活货物提货', '2小时', '/',
         '鲜活易腐货物自航班落地之时起2小时内具备提货条件。', '0592-5730216'],
    ]
    b.data_table(header, rows, [1.1, 3.2, 2.2, 2.2, 5.0, 2.4])
    b.p('注：1.“工作日”不含法定节假日。2.“即时办结”指企业申报材料齐全、符合法定形式的，当场办结。'
        '3.监督电话受理时间为工作日8:00—12:00、14:30—17:30，12360海关服务热线全天受理。',
        indent=False, size=12, line=20, before=6, clause=True)
    meta = {
        'title': '厦门海关 厦门市口岸管理办公室关于发布厦门口岸跨境贸易服务承诺事项的公告',
        'doc_number': '2025年第5号',
        'issuer': ['厦门海关', '厦门市口岸管理办公室'],
        'date': '2025-02-20',
        'published': None,
        'level': 'municipal',
        'region': '厦门市',
        'effective': '2025-03-01',
        'expires': None,
        'attachments': ['厦门口岸跨境贸易服务承诺事项清单'],
        'doc_type': '公告',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    }
    stem = 'blind579_xiamen_gonggao'
    return stem, b.save(stem), [{'meta': meta, 'clauses': b.clauses}]


# ================================================================ 3 凭祥
def make_pingxiang():
    b = B()
    add_numbering(b.doc, 91, 91, 'decimal', '%1', first_line=0, jc='center', size=12)
    for name in ('凭祥市口岸管理办公室', '友 谊 关 海 关', '凭  祥  海  关'):
        p = b.p([(name, XBS, False)], align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=False, line=40,
                size=26)
        p.runs[0].font.color.rgb = RED
        p.paragraph_format.left_indent = Cm(2.2)
        p.paragraph_format.right_indent = Cm(2.2)
    b.blank()
    b.p('凭口岸公告〔2026〕1号', align=C, indent=False)
    b.red_line()
    b.blank()
    b.p([('凭祥市口岸管理办公室 友谊关海关 凭祥海关', XBS, False)], align=C, indent=False, line=34,
        size=22)
    b.p([('关于友谊关口岸、凭祥（铁路）口岸通关时效服务承诺的公告', XBS, False)], align=C,
        indent=False, line=34, size=22)
    b.blank()
    b.p('为落实广西壮族自治区优化口岸营商环境有关部署，进一步压缩友谊关口岸、凭祥（铁路）口岸进出口'
        '货物整体通关时间，提升中国—东盟跨境物流效率，现将两口岸通关时效服务承诺事项公告如下：',
        clause=True)
    b.p([('一、承诺事项', HT, False)])
    b.p([('（一）货物通关类。', KT, False),
         ('对进出口货物报关单实行“提前申报”“两步申报”，无布控查验指令的，自申报之时起30分钟内完成'
          '放行操作；对越南进境水果，在完成检疫且符合要求后即时放行。', FS, False)], clause=True)
    b.p([('（二）运输工具类。', KT, False),
         ('对进出境载货汽车实行“预约通关+智能卡口”模式，空车出境即验即放；对中越跨境班列，按照以下'
          '标准办理：', FS, False)], clause=True)
    b.p('1.进境班列自抵达凭祥站之时起4小时内完成铁路舱单核销和货物查验放行；', clause=True)
    b.p('2.出境班列在货物运抵凭祥站且申报无误后2小时内办结出境手续；', clause=True)
    b.p('3.需要换装的班列，海关会同铁路部门同步开展查验和换装作业，不额外增加班列停留时间。',
        clause=True)
    b.p([('（三）边民互市类。', KT, False),
         ('边民互市贸易申报实行“一次申报、分步处置”，具体如下：', FS, False)], clause=True)
    b.p('1.边民通过互市贸易服务平台申报的，按照以下时限办结：', clause=True)
    b.p('（1）单笔申报不涉及检疫的，即时办结；', clause=True)
    b.p('（2）需实施检疫的，1个工作日内办结。', clause=True)
    b.p('2.互市商品落地加工企业申请备案的，3个工作日内办结。', clause=True)
    b.p([('二、保障措施', HT, False)])
    b.p('（一）两口岸查验单位实行周末及节假日预约通关，企业可提前1个工作日通过国际贸易“单一窗口”'
        '或拨打附件所列监督电话预约。', clause=True)
    b.p('（二）口岸运营单位应当在场站显著位置公示收费目录清单和作业时限，不得擅自增加收费项目或者'
        '提高收费标准。', clause=True)
    b.p('（三）凭祥市口岸管理办公室每月通报两口岸通关时效，对连续两个月未达到承诺时限的单位予以约谈。',
        clause=True)
    b.p([('三、投诉监督。', HT, False),
         ('企业对承诺事项落实情况有异议的，可拨打12360海关服务热线，或拨打凭祥市口岸管理办公室投诉'
          '电话0771-8521365、12345政务服务便民热线反映。承办单位应当在接到投诉后2个工作日内核实处理，'
          '并将处理结果反馈投诉人。', FS, False)], clause=True)
    b.p([('四、', HT, False), ('本公告自2026年2月1日起施行，有效期至2028年1月31日。', FS, False)],
        clause=True)
    b.blank()
    b.p('附件：友谊关口岸、凭祥（铁路）口岸通关服务承诺事项清单', indent=True)
    b.blank(2)
    for name in ('凭祥市口岸管理办公室', '友谊关海关　　　　', '凭祥海关　　　　　'):
        par = b.p(name, align=R, indent=False)
        par.paragraph_format.right_indent = Pt(48)
    b.p('2026年1月12日', align=R, indent=False).paragraph_format.right_indent = Pt(64)
    b.blank()
    b.p('（此件公开发布）')
    b.page_break()
    b.p([('附件', HT, False)], indent=False, align=L)
    b.blank()
    b.p([('友谊关口岸、凭祥（铁路）口岸\n通关服务承诺事项清单', XBS, False)], align=C, indent=False,
        size=20, line=32)
    b.blank(line=12)
    header = ['序号', '服务事项', '承诺时限', '法定时限', '承诺内容', '监督电话']
    rows = [
        ['', '进出口货物报关单放行', '30分钟', '无明确规定',
         '无布控查验指令的，自申报之时起30分钟内完成放行操作。', '0771-8520360'],
        ['', '进境水果\n检疫放行', '即时放行', '无明确规定',
         '越南进境水果完成检疫且符合要求的即时放行，实行“边检边放”。', '0771-8520366'],
        ['', '进出境载货汽车通关', '即验即放', '无明确规定',
         '空车出境实行“预约通关+智能卡口”自动核放。', '0771-8520371'],
        ['', '中越跨境班列进境手续', '4小时', '无明确规定',
         '自班列抵达凭祥站之时起4小时内完成铁路舱单核销和货物查验放行。', '0771-8531236'],
        ['', '中越跨境班列出境手续', '2小时', '无明确规定',
         '货物运抵凭祥站且申报无误后2小时内办结出境手续。', None],
        ['', '边民互市申报（不涉及检疫）', '即时办结', '无明确规定',
         '通过互市贸易服务平台申报的，系统自动审核即时办结。', '0771-8520388'],
        ['', '边民互市申报（需实施检疫）', '1个工作日', '无明确规定',
         '需实施检疫的互市商品，1个工作日内完成检疫并办结。', None],
        ['', '互市商品落地加工企业备案', '3个工作日', '5个工作日',
         '材料齐全、符合法定形式的，3个工作日内办结备案。', '0771-8521365'],
        ['', '节假日预约通关', '提前1个工作日预约', '—',
         '周末及法定节假日实行预约通关，预约成功后按正常工作日时限办理。', '0771-8521365'],
        ['', '口岸收费投诉处理', '2个工作日', '—',
         '对企业反映的口岸收费问题，2个工作日内核实处理并反馈。', '0771-8521365'],
    ]
    b.data_table(header, rows, [1.1, 3.2, 2.2, 2.0, 5.2, 2.4], auto_num=91,
                 merges=[(5, 3, 4), (5, 5, 6)])
    b.blank()
    b.banji([('抄送：南宁海关，自治区口岸管理办公室，崇左市口岸管理办公室，凭祥市人民政府。', None),
             ('凭祥市口岸管理办公室综合科', '2026年1月12日印发')])
    meta = {
        'title': '凭祥市口岸管理办公室 友谊关海关 凭祥海关关于友谊关口岸、凭祥（铁路）口岸通关时效服务承诺的公告',
        'doc_number': '凭口岸公告〔2026〕1号',
        'issuer': ['凭祥市口岸管理办公室', '友谊关海关', '凭祥海关'],
        'date': '2026-01-12',
        'published': None,
        'level': 'county',
        'region': '凭祥市',
        'effective': '2026-02-01',
        'expires': '2028-01-31',
        'attachments': ['友谊关口岸、凭祥（铁路）口岸通关服务承诺事项清单'],
        'doc_type': '公告',
        'recipients': [],
        'publicity': '此件公开发布',
        'repeals': None,
    }
    stem = 'blind579_pingxiang_gonggao'
    return stem, b.save(stem), [{'meta': meta, 'clauses': b.clauses}]


def main():
    expected = {}
    for fn in (make_qingdao, make_xiamen, make_pingxiang):
        stem, path, docs = fn()
        expected[stem] = docs
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_579', '--headless',
                        '--convert-to', 'pdf', '--outdir', HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
