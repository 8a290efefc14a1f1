# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 638: 自贸片区高层次人才分类认定申报指南."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = '方正小标宋简体'
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
RED = RGBColor(0xFF, 0x00, 0x00)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUST = WD_ALIGN_PARAGRAPH.JUSTIFY


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn('w:rFonts'))
    if rFonts is None:
        rFonts = OxmlElement('w:rFonts')
        rPr.insert(0, rFonts)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rFonts.set(qn(a), east)
    if color is not None:
        run.font.color.rgb = color


def add_runs(p, parts, east=FS, size=16, bold=False, color=None):
    """parts: str or list of str / (str, dict). '\n' inside text = soft line break."""
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, tuple):
            text, o = part
        else:
            text, o = part, {}
        pieces = text.split('\n')
        for i, piece in enumerate(pieces):
            r = p.add_run(piece)
            set_font(r, o.get('east', east), o.get('size', size),
                     o.get('bold', bold), o.get('color', color))
            if i < len(pieces) - 1:
                r.add_break()
    return p


def plain(parts):
    if isinstance(parts, str):
        parts = [parts]
    out = ''
    for part in parts:
        t = part[0] if isinstance(part, tuple) else part
        out += t.replace('\n', '')
    return out


def fmt_par(p, align=None, first=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if line:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def border_par(p, side='bottom', color='FF0000', sz=12):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn('w:pBdr'))
    if pBdr is None:
        pBdr = OxmlElement('w:pBdr')
        pPr.append(pBdr)
    b = OxmlElement('w:' + side)
    b.set(qn('w:val'), 'single')
    b.set(qn('w:sz'), str(sz))
    b.set(qn('w:space'), '1')
    b.set(qn('w:color'), color)
    pBdr.append(b)


def cell_borders(cell, **kw):
    """kw: top/bottom/left/right = 'nil' or 'single'."""
    tcPr = cell._tc.get_or_add_tcPr()
    tcB = tcPr.find(qn('w:tcBorders'))
    if tcB is None:
        tcB = OxmlElement('w:tcBorders')
        tcPr.append(tcB)
    for side in ('top', 'left', 'bottom', 'right'):
        if side in kw:
            e = OxmlElement('w:' + side)
            e.set(qn('w:val'), kw[side])
            if kw[side] != 'nil':
                e.set(qn('w:sz'), '6')
                e.set(qn('w:color'), '000000')
            tcB.append(e)


def set_widths(table, widths):
    tbl = table._tbl
    grid = tbl.tblGrid
    cols = grid.findall(qn('w:gridCol'))
    for gc, w in zip(cols, widths):
        gc.set(qn('w:w'), str(int(w * 567)))
    tblPr = tbl.tblPr
    lay = OxmlElement('w:tblLayout')
    lay.set(qn('w:type'), 'fixed')
    tblPr.append(lay)
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def table_no_borders(table):
    tblPr = table._tbl.tblPr
    b = parse_xml('<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/>'
                  '<w:bottom w:val="nil"/><w:right w:val="nil"/>'
                  '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
                  % nsdecls('w'))
    tblPr.append(b)


def page_field(p, pre='— ', post=' —', size=14, east='宋体'):
    r = p.add_run(pre)
    set_font(r, east, size)
    r = p.add_run()
    set_font(r, east, size)
    fc = OxmlElement('w:fldChar')
    fc.set(qn('w:fldCharType'), 'begin')
    r._r.append(fc)
    r = p.add_run()
    set_font(r, east, size)
    it = OxmlElement('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = ' PAGE '
    r._r.append(it)
    r = p.add_run()
    set_font(r, east, size)
    fc = OxmlElement('w:fldChar')
    fc.set(qn('w:fldCharType'), 'separate')
    r._r.append(fc)
    r = p.add_run('1')
    set_font(r, east, size)
    r = p.add_run()
    set_font(r, east, size)
    fc = OxmlElement('w:fldChar')
    fc.set(qn('w:fldCharType'), 'end')
    r._r.append(fc)
    r = p.add_run(post)
    set_font(r, east, size)


class Builder:
    def __init__(self, footer_pre='— ', footer_post=' —'):
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
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = OxmlElement('w:rFonts')
            rpr.insert(0, rf)
        for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia'):
            rf.set(qn(a), FS)
        fp = sec.footer.paragraphs[0]
        fp.alignment = CENTER
        page_field(fp, footer_pre, footer_post)
        self.docs = []      # list of (meta, clauses)
        self.clauses = None
        self._num_next = 700

    # -- document bookkeeping
    def start(self, meta):
        self.clauses = []
        self.docs.append((meta, self.clauses))

    # -- paragraphs
    def par(self, parts, align=JUST, first=32, east=FS, size=16, bold=False,
            color=None, line=28, before=0, after=0, left=None, clause=False):
        p = self.doc.add_paragraph()
        fmt_par(p, align, first, line, before, after, left)
        add_runs(p, parts, east, size, bold, color)
        if clause:
            self.clauses.append(plain(parts))
        return p

    def body(self, parts, **kw):
        kw.setdefault('clause', True)
        return self.par(parts, **kw)

    def runin(self, head, rest, head_font=FS, bold=True, **kw):
        return self.body([(head, {'east': head_font, 'bold': bold}), rest], **kw)

    def h1(self, text):
        return self.par(text, east=HT)

    def h2(self, text, bold=False):
        return self.par(text, east=KT, bold=bold)

    def empty(self, n=1):
        for _ in range(n):
            self.doc.add_paragraph()

    def title(self, lines, size=22):
        for ln in lines:
            self.par(ln, align=CENTER, first=0, east=XBS, size=size, line=36)

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    # -- auto numbering (Word list numbering)
    def new_list(self, fmt, lvl_text):
        numbering = self.doc.part.numbering_part.element
        nid = self._num_next
        self._num_next += 1
        absn = parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
            '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
            % (nsdecls('w'), nid, fmt, lvl_text, FS, FS, FS))
        first_num = numbering.find(qn('w:num'))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                        % (nsdecls('w'), nid, nid))
        numbering.append(num)
        return nid

    def list_item(self, num_id, shown_prefix, parts, **kw):
        kw.setdefault('first', None)
        p = self.par(parts, **kw)
        pPr = p._p.get_or_add_pPr()
        numPr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                          % (nsdecls('w'), num_id))
        pPr.insert(0, numPr)
        self.clauses.append(shown_prefix + plain(parts))
        return p

    # -- tables
    def table(self, header, rows, widths, size=12, header_bold=True, key=True,
              style='Table Grid', title_row=None, header_east=HT):
        """rows: list of lists; cell = str or list of str (paragraphs);
        None = vertically merged with the cell above (value repeated in key)."""
        ncols = len(header)
        extra = 1 if title_row else 0
        t = self.doc.add_table(rows=len(rows) + 1 + extra, cols=ncols)
        if style:
            t.style = self.doc.styles[style]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_widths(t, widths)
        if title_row:
            c = t.cell(0, 0).merge(t.cell(0, ncols - 1))
            p = c.paragraphs[0]
            fmt_par(p, CENTER, 0, 22)
            add_runs(p, title_row, HT, size + 2)
        for j, h in enumerate(header):
            p = t.cell(extra, j).paragraphs[0]
            fmt_par(p, CENTER, 0, 22)
            add_runs(p, h, header_east, size, bold=header_bold)
        prev = [None] * ncols
        for i, row in enumerate(rows):
            r = i + 1 + extra
            keyparts = []
            for j, val in enumerate(row):
                if val is None:
                    val = prev[j]
                    keyparts.append((header[j], val))
                    continue
                prev[j] = val
                paras = val if isinstance(val, list) else [val]
                cell = t.cell(r, j)
                for k, ptxt in enumerate(paras):
                    p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    al = LEFT if (len(plain(ptxt)) > 12 or isinstance(val, list)) else CENTER
                    fmt_par(p, al, 0, 22)
                    add_runs(p, ptxt, FS, size)
                keyparts.append((header[j], val))
            if key:
                self.clauses.append('；'.join(
                    '%s：%s' % (plain(h), ''.join(plain(x) for x in (v if isinstance(v, list) else [v])))
                    for h, v in keyparts))
        # vertical merges after filling
        for j in range(ncols):
            i = 0
            while i < len(rows):
                if rows[i][j] is not None:
                    k = i + 1
                    while k < len(rows) and rows[k][j] is None:
                        k += 1
                    if k - i > 1:
                        t.cell(i + 1 + extra, j).merge(t.cell(k + extra, j))
                    i = k
                else:
                    i += 1
        self.doc.add_paragraph()  # spacing paragraph after table (office habit)
        return t

    def flow(self, steps, widths=14.0, arrow_borders=False, size=13):
        """one-column flow chart table; steps are list of parts or list of paragraphs."""
        n = len(steps) * 2 - 1
        t = self.doc.add_table(rows=n, cols=1)
        t.style = self.doc.styles['Table Grid']
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_widths(t, [widths])
        for i in range(n):
            cell = t.cell(i, 0)
            if i % 2 == 1:
                p = cell.paragraphs[0]
                fmt_par(p, CENTER, 0, 20)
                add_runs(p, '↓', FS, 16, bold=True)
                if not arrow_borders:
                    cell_borders(cell, left='nil', right='nil')
                continue
            step = steps[i // 2]
            if isinstance(step, dict):  # multi-paragraph cell
                paras = step['paras']
            else:
                paras = [step]
            for k, ptxt in enumerate(paras):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                fmt_par(p, LEFT, 0, 22)
                add_runs(p, ptxt, FS, size)
            self.clauses.append(''.join(plain(x) for x in paras))
        self.doc.add_paragraph()
        return t

    def layout_table(self, cells, widths, sizes=None):
        t = self.doc.add_table(rows=1, cols=len(cells))
        table_no_borders(t)
        set_widths(t, widths)
        for j, c in enumerate(cells):
            cell = t.cell(0, j)
            paras = c if isinstance(c, list) else [c]
            for k, (txt, o) in enumerate(paras):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                fmt_par(p, o.get('align', CENTER), 0, o.get('line', 30))
                add_runs(p, txt, o.get('east', FS), o.get('size', 16), o.get('bold', False),
                         o.get('color'))
        return t

    def banji(self, chaosong, yinfa_left, yinfa_date, gap=12):
        p = self.par(chaosong, align=LEFT, first=0, size=14, left=14)
        border_par(p, 'top', '000000', 8)
        border_par(p, 'bottom', '000000', 4)
        p = self.par(yinfa_left + ' ' * gap + yinfa_date, align=LEFT, first=0, size=14, left=14)
        border_par(p, 'bottom', '000000', 8)

    def save(self, stem):
        path = os.path.join(HERE, stem + '.docx')
        self.doc.save(path)
        return path


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level='zone', region=None, effective=None, expires=None, attachments=[],
                doc_type=None, recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


# ================================================================ file 1: 南沙
def make_nansha():
    b = Builder()
    region = '中国（广东）自由贸易试验区广州南沙新区片区'
    guide = '中国（广东）自由贸易试验区广州南沙新区片区高层次人才分类认定申报指南（2026年度）'
    issuers = ['中共广州市南沙区委人才工作领导小组办公室', '广州市南沙区人力资源和社会保障局']
    notice_title = '关于印发《%s》的通知' % guide
    b.start(meta(title=notice_title, doc_number='穗南人才办〔2026〕4号', issuer=issuers,
                 date='2026-03-18', region=region, attachments=[guide], doc_type='通知',
                 recipients=['各镇（街）', '区直各有关单位', '各园区管理机构'],
                 publicity='此件公开发布'))
    b.empty()
    # red header as layout table: two organs stacked left, 文件 on the right
    b.layout_table(
        [[(issuers[0], {'east': XBS, 'size': 15, 'color': RED, 'align': JUST}),
          (issuers[1], {'east': XBS, 'size': 15, 'color': RED, 'align': JUST})],
         [('文件', {'east': XBS, 'size': 40, 'color': RED, 'line': 60})]],
        [12.2, 3.4])
    b.empty()
    p = b.par('穗南人才办〔2026〕4号', align=CENTER, first=0)
    border_par(p, 'bottom', 'FF0000', 18)
    b.empty()
    b.title(['关于印发《中国（广东）自由贸易试验区广州\n南沙新区片区高层次人才分类认定申报指南\n（2026年度）》的通知'])
    b.empty()
    b.par('各镇（街），区直各有关单位，各园区管理机构：', align=LEFT, first=0)
    b.body('为深入实施新时代人才强国战略，落实《广州南沙深化面向世界的粤港澳全面合作总体方案》关于建设高水平人才高地的部署，'
           '进一步规范中国（广东）自由贸易试验区广州南沙新区片区高层次人才分类认定工作，经区委人才工作领导小组同意，'
           '现将《中国（广东）自由贸易试验区广州南沙新区片区高层次人才分类认定申报指南（2026年度）》\n印发给你们，'
           '并就有关事项通知如下：')
    b.runin('一、加强宣传发动。', '各镇（街）、各园区管理机构要通过政策宣讲会、“南沙人才”微信公众号、企业服务专员等渠道，'
            '将申报指南送达辖区重点企业和新引进人才，做到应知尽知、应报尽报。', head_font=HT, bold=True)
    b.runin('二、压实审核责任。', '用人单位对申报材料的真实性负主体责任。各受理点要严格落实“一次性告知”和“容缺受理”制度，'
            '对材料齐全、符合条件的申报，应于5个工作日内完成初审并报送区人力资源和社会保障局。', head_font=HT, bold=True)
    b.runin('三、严格时间节点。', '2026年度集中受理时间为2026年4月1日至2026年11月30日，逾期不再受理；'
            '12月起提交的申报统一纳入下一年度办理。', head_font=HT, bold=True)
    b.runin('四、强化跟踪服务。', '对认定为A类、B类的人才，各有关单位要明确1名联系领导和1名服务专员，'
            '落实住房、子女入学、医疗等服务事项。', head_font=HT, bold=True)
    b.body('执行中遇到的问题，请及时向区委人才办、区人力资源和社会保障局反映。')
    b.body('联系人：区委人才办  黄嘉欣，电话：020-39912316；区人力资源和社会保障局  梁志远，电话：020-39912678。')
    b.par('附件：中国（广东）自由贸易试验区广州南沙新区片区高层次人才分类认定申报指南（2026年度）',
          left=80, first=-80)
    b.empty()
    b.layout_table([[(issuers[0].replace('领导小组', '\n领导小组'), {'size': 16, 'line': 28})],
                    [(issuers[1].replace('社会', '\n社会'), {'size': 16, 'line': 28})]], [8.0, 7.5])
    b.par('2026年3月18日' + '    ', align=RIGHT, first=0, before=6)
    b.empty()
    b.par('（此件公开发布）', first=32)
    # ---------------------------------------------------------- 附件: 指南
    b.page_break()
    b.par('附件', align=LEFT, first=0, east=HT)
    b.empty()
    b.start(meta(title=guide, issuer=issuers, date='2026-03-18', region=region,
                 effective='2026-04-01', expires='2026-12-31', doc_type='指南',
                 repeals='中国（广东）自由贸易试验区广州南沙新区片区高层次人才分类认定申报指南（2025年度）'))
    b.title(['中国（广东）自由贸易试验区', '广州南沙新区片区高层次人才分类认定', '申报指南（2026年度）'])
    b.empty()
    b.body('为加快建设粤港澳大湾区高水平人才高地，规范南沙片区高层次人才分类认定工作，根据《广州市南沙区高层次人才认定和支持办法》'
           '《中国（广东）自由贸易试验区广州南沙新区片区人才服务管理规定》等有关规定，结合工作实际，制定本指南。')
    b.h1('一、申报对象')
    b.body('（一）在南沙片区范围内注册登记、依法纳税且具有独立法人资格的企业、事业单位、社会组织（以下统称“用人单位”）'
           '全职引进或自主培养的人才。')
    b.body('（二）在南沙片区创办企业的创业人才，本人须为企业法定代表人或第一大股东（持股比例不低于30%），'
           '企业实缴注册资本不低于100万元。')
    b.body('（三）港澳及外籍人才在南沙片区用人单位工作，签订1年以上劳动（聘用）合同并在南沙缴纳社会保险或个人所得税的，可按本指南申报。')
    b.body('（四）下列人员不纳入本次认定范围：')
    b.body('1.公务员及参照公务员法管理的机关（单位）工作人员；')
    b.body('2.已获得南沙片区同类别人才认定且仍在有效期内的人员；')
    b.body('3.存在严重失信行为被列入联合惩戒对象名单的人员。')
    b.h1('二、认定标准')
    b.body('南沙片区高层次人才分为A类（杰出人才）、B类（领军人才）、C类（拔尖人才）、D类（骨干人才）四个类别，具体认定条件如下表。')
    b.table(['类别', '认定条件（符合其中一项即可）', '有效期'], [
        [['A类', '（杰出人才）'],
         ['1.诺贝尔奖、图灵奖、菲尔兹奖等国际顶尖奖项获得者；',
          '2.中国科学院院士、中国工程院院士，或发达国家最高学术权威机构会员；',
          '3.国家最高科学技术奖获得者，国家科学技术奖一等奖及以上项目第一完成人。'], '5年'],
        [['B类', '（领军人才）'],
         ['1.国家级重大人才工程入选者；',
          '2.国家自然科学奖、技术发明奖、科学技术进步奖二等奖项目前三位完成人；',
          '3.近三年内在南沙片区年缴纳个人所得税累计达200万元以上的企业核心管理人员或技术骨干。'], '5年'],
        [['C类', '（拔尖人才）'],
         ['1.省级重大人才工程入选者，或获得省部级科学技术奖一等奖的项目前三位完成人；',
          '2.具有正高级专业技术职称，且近三年在南沙片区用人单位全职工作满1年；',
          '3.上年度在南沙片区缴纳个人所得税达50万元以上的企业高级管理人员；',
          '4.获得国际知名高校博士学位并在南沙片区从事科研工作的港澳及外籍人才。'], '3年'],
        [['D类', '（骨干人才）'],
         ['1.具有博士研究生学历学位，年龄不超过45周岁；',
          '2.具有副高级专业技术职称或技师以上职业资格，在南沙片区用人单位全职工作满1年；',
          '3.上年度在南沙片区缴纳个人所得税达10万元以上的企业中层以上管理人员、技术骨干。'], '3年'],
    ], [2.6, 10.6, 2.0])
    b.body('注：同一申报人符合多个类别条件的，按就高原则认定，不重复认定；认定有效期自认定之日起计算。', size=14)
    b.h1('三、申报材料')
    b.body('申报人通过“南沙人才服务平台”在线填报，并按以下清单提交纸质材料（复印件须注明“与原件一致”并加盖用人单位公章）：')
    for item in [
        '□《中国（广东）自由贸易试验区广州南沙新区片区高层次人才分类认定申报表》（一式两份）；',
        '□身份证明材料（居民身份证、港澳居民来往内地通行证或外国人护照）；',
        '□学历学位证书，境外学历须提供教育部留学服务中心认证报告；',
        '□专业技术职称、职业资格证书或人才工程入选、奖项获得等证明材料；',
        '□与用人单位签订的劳动（聘用）合同，创业人才提供营业执照及股权结构证明；',
        '□近12个月在南沙片区的社会保险缴纳证明或个人所得税完税证明；',
        '□用人单位推荐意见及诚信承诺书。',
    ]:
        b.body(item)
    b.body('以上材料须按清单顺序装订成册，并在对应“□”内打“√”。')
    b.h1('四、办理流程')
    b.body('高层次人才分类认定按以下流程办理，全程不收取任何费用：')
    b.flow([
        [('第一步：网上申报。', {'bold': True}), '申报人登录“南沙人才服务平台”填写申报信息，上传材料扫描件。'],
        [('第二步：单位审核。', {'bold': True}), '用人单位对申报信息进行核实，在平台出具推荐意见，并向所在镇（街）或园区受理点报送纸质材料。'],
        [('第三步：受理初审。', {'bold': True}), '受理点在5个工作日内完成材料初审，材料不全的一次性告知需补正内容。'],
        [('第四步：部门复核。', {'bold': True}), '区人力资源和社会保障局会同区科技、工信、教育、卫健等行业主管部门在15个工作日内完成复核；'
         'A类、B类人才提交专家评审委员会评审。'],
        [('第五步：公示发证。', {'bold': True}), '认定结果在区政府门户网站公示5个工作日，无异议的颁发《南沙片区高层次人才认定证书》'
         '（电子证书与纸质证书具有同等效力）。'],
    ])
    b.h1('五、咨询方式')
    b.body('申报人可就近向以下受理点咨询和报送材料（工作日上午9:00—12:00，下午14:00—17:30）：')
    b.table(['镇（街）/园区', '受理点', '地址', '咨询电话'], [
        ['南沙街道', '南沙街道党群服务中心人才服务窗口', '南沙区进港大道12号', '020-84981023'],
        [None, '南沙区政务服务中心人才综合窗口', '南沙区凤凰大道1号政务服务中心2楼B区', '020-39078512'],
        ['珠江街道', '珠江街道公共服务办人才服务站', '南沙区珠江街珠江中路38号', '020-84946615'],
        ['黄阁镇', '黄阁镇政务服务中心', '南沙区黄阁镇市南公路黄阁段102号', '020-84971236'],
        ['南沙科学城', '南沙科学城人才服务驿站', '南沙区海滨路1119号明珠科学园3栋', '020-39398766'],
        ['庆盛枢纽区块', '粤港澳（国际）青年创新工场人才服务点', '南沙区东涌镇庆盛大道3号', '020-34665208'],
    ], [2.6, 4.6, 5.2, 3.0])
    b.h1('六、其他事项')
    b.body('（一）申报人对申报材料的真实性负责。对弄虚作假骗取认定的，撤销其认定资格，追回已享受的待遇，5年内不得再次申报，并纳入信用记录。')
    b.body('（二）本指南由区人力资源和社会保障局负责解释。')
    b.body('（三）本指南自2026年4月1日起施行，有效期至2026年12月31日。《中国（广东）自由贸易试验区广州南沙新区片区高层次人才分类认定申报指南（2025年度）》同时废止。')
    b.empty(3)
    b.banji('抄送：区委办，区人大常委会办公室，区政府办，区政协办，区纪委监委。',
            '中共广州市南沙区委人才工作领导小组办公室', '2026年3月18日印发')
    return b


# ================================================================ file 2: 前海
def make_qianhai():
    b = Builder('- ', ' -')
    region = '中国（广东）自由贸易试验区深圳前海蛇口片区'
    organ = '中国（广东）自由贸易试验区深圳前海蛇口片区管理委员会'
    title = '中国（广东）自由贸易试验区深圳前海蛇口片区高层次人才分类认定申报指南（2026年度）'
    b.start(meta(title=title, issuer=[organ], date='2026-02-27', region=region,
                 effective='2026-02-27', expires='2026-12-31', doc_type='指南',
                 attachments=['前海蛇口片区高层次人才分类认定申报表', '诚信承诺书（模板）']))
    b.empty()
    b.title(['中国（广东）自由贸易试验区', '深圳前海蛇口片区高层次人才', '分类认定申报指南（2026年度）'])
    b.empty()
    b.body('为贯彻落实《全面深化前海深港现代服务业合作区改革开放方案》，集聚国际化高层次人才，根据《深圳市前海深港现代服务业合作区支持人才发展办法》等规定，'
           '现就2026年度前海蛇口片区高层次人才分类认定申报工作制定本指南。')
    b.h1('一、申报对象')
    nid = b.new_list('chineseCounting', '（%1）')
    b.list_item(nid, '（一）', '在前海蛇口片区（含前海合作区、蛇口区块）依法注册并实际经营的企业、机构全职聘用的人才；')
    b.list_item(nid, '（二）', '在前海蛇口片区创办科技型、现代服务业企业的创业团队带头人；')
    b.list_item(nid, '（三）', '在前海蛇口片区执业的港澳专业人士及外籍人才，包括已在前海完成跨境执业登记的港澳律师、会计师、建筑师、医师等。')
    b.body('申报人一般不超过55周岁，A类、B类人才不受年龄限制。')
    b.h1('二、认定标准')
    b.body('前海蛇口片区高层次人才分为A、B、C、D四类，认定条件见下表（符合所列条件之一即可申报）：')
    b.table(['人才类别', '认定条件', '主要支持政策'], [
        ['A类',
         '1.国内外顶尖科学家、两院院士或同等层次专家；\n2.国家最高科学技术奖获得者；\n'
         '3.经前海管理局认定的在国际金融、法律等领域具有全球影响力的顶尖专业人才。',
         '1.一次性奖励最高300万元；\n2.免租入住人才住房或享受每月最高1万元租房补贴；\n3.子女入学、配偶就业“一人一策”保障。'],
        ['B类',
         '1.国家级重大人才工程入选者；\n2.世界500强企业、国际知名金融机构、国际四大会计师事务所亚太区及以上总部的高级管理人员；\n'
         '3.上年度在前海蛇口片区申报个人所得税工资薪金收入达300万元以上的人才。',
         '1.一次性奖励100万元；\n2.享受每月最高5000元租房补贴；\n3.优先办理人才引进入户。'],
        ['C类',
         '1.省级重大人才工程入选者；\n2.取得香港执业资格、在前海从业满1年的律师、注册会计师、注册建筑师；\n'
         '3.上年度工资薪金收入达100万元以上的金融、法律、数字经济等领域专业人才。',
         '1.一次性奖励30万元；\n2.享受每月最高3000元租房补贴。'],
        ['D类',
         '1.具有博士学位，在前海蛇口片区用人单位全职工作满6个月；\n2.取得副高级以上专业技术职称或高级技师职业资格；\n'
         '3.上年度工资薪金收入达50万元以上的骨干人才。',
         '1.一次性奖励10万元；\n2.享受人才公寓申请资格。'],
    ], [2.2, 8.2, 5.2], size=11)
    b.h1('三、申报材料')
    b.body('申报人请对照下列清单逐项准备材料，并在“核对”栏内勾选：')
    b.table(['序号', '材料名称', '提交要求', '核对'], [
        ['1', '高层次人才分类认定申报表', '平台在线填写后打印，申报人签字、单位盖章', '□'],
        ['2', '身份证明', '居民身份证或港澳居民来往内地通行证、护照复印件', '□'],
        ['3', '学历学位证明', '境外学历需附教育部留学服务中心认证书', '□'],
        ['4', '人才类别佐证材料', '人才工程入选文件、获奖证书、执业资格证书、收入完税证明等', '□'],
        ['5', '劳动合同或任职证明', '合同期限须在1年以上；创业人才提交营业执照、公司章程', '□'],
        ['6', '社保或个税缴纳证明', '近6个月在深圳市缴纳记录', '□'],
        ['7', '诚信承诺书', '按平台模板填写，申报人签字', '□'],
    ], [1.3, 4.4, 8.2, 1.5])
    b.body('港澳及外籍人才提交的境外证明材料，需附具有资质的翻译机构出具的中文译本。')
    b.h1('四、办理流程')
    b.flow([
        '1.线上申请：申报人登录“前海人才服务平台”，选择“高层次人才分类认定”事项在线填报。',
        '2.单位确认：用人单位在3个工作日内登录平台核对申报信息并确认推荐。',
        '3.审核认定：前海管理局人才服务部门会同行业主管部门在20个工作日内完成审核，必要时组织专家评审或实地核查。',
        '4.结果公示：拟认定名单在前海管理局官方网站公示7天。',
        '5.发放证书：公示无异议的，核发电子《前海蛇口片区高层次人才证书》，申报人可通过平台下载。',
    ], arrow_borders=True)
    b.h1('五、咨询方式')
    b.body('咨询时间：工作日9:00—12:00、14:00—18:00（法定节假日除外）。')
    b.h2('（一）前海合作区', bold=True)
    b.table(['受理点', '地址', '电话'], [
        ['前海e站通服务中心人才服务专区', '深圳市南山区前海深港合作区梦海大道5035号华润前海大厦T1栋2楼', '0755-88988120'],
        ['前海深港青年梦工场人才驿站', '深圳市南山区前海深港合作区前湾一路63号', '0755-36888266'],
    ], [4.6, 7.6, 3.4])
    b.h2('（二）蛇口区块', bold=True)
    b.table(['受理点', '地址', '电话'], [
        ['招商街道党群服务中心人才服务窗口', '深圳市南山区招商街道工业三路1号', '0755-26818721'],
        ['蛇口网谷人才服务站', '深圳市南山区兴华路6号南海意库3号楼', '0755-26690358'],
    ], [4.6, 7.6, 3.4])
    b.h2('（三）宝安区块', bold=True)
    b.table(['受理点', '地址', '电话'], [
        ['新安街道政务服务中心人才窗口', '深圳市宝安区新安街道新安二路与创业路交汇处', '0755-27786613'],
    ], [4.6, 7.6, 3.4])
    b.h1('六、其他')
    b.body('申报人应对所提交材料的真实性、准确性负责。经查实存在弄虚作假行为的，取消认定资格，3年内不得再次申报。')
    b.body('本指南由前海蛇口自贸片区管委会负责解释，自印发之日起施行，有效期至2026年12月31日。')
    b.empty()
    b.par('附件：1.前海蛇口片区高层次人才分类认定申报表', first=32)
    b.par('      2.诚信承诺书（模板）', first=32)
    b.empty(3)
    b.par(' ' * 22 + '中国（广东）自由贸易试验区\n' + ' ' * 20 + '深圳前海蛇口片区管理委员会', align=LEFT, first=0)
    b.par(' ' * 28 + '2026年2月27日', align=LEFT, first=0)
    return b


# ================================================================ file 3: 武汉
def make_wuhan():
    b = Builder()
    region = '中国（湖北）自由贸易试验区武汉片区'
    organ = '中国（湖北）自由贸易试验区武汉片区管理委员会办公室'
    title = '关于做好2026年度中国（湖北）自由贸易试验区武汉片区高层次人才分类认定申报工作的通知'
    b.start(meta(title=title, doc_number='武自贸办〔2026〕9号', issuer=[organ], date='2026-04-08',
                 region=region, effective='2026-04-08', doc_type='通知',
                 attachments=['武汉片区高层次人才分类认定申报表', '用人单位推荐汇总表'],
                 recipients=['片区各功能区管理机构', '各街道办事处', '各有关企事业单位'],
                 publicity='此件公开发布',
                 repeals='关于做好2025年度中国（湖北）自由贸易试验区武汉片区高层次人才分类认定申报工作的通知（武自贸办〔2025〕11号）'))
    b.empty()
    b.par('中国（湖北）自由贸易试验区\n武汉片区管理委员会办公室文件', align=CENTER, first=0, east=XBS, size=26,
          color=RED, line=44)
    b.empty()
    p = b.par('武自贸办〔2026〕9号', align=CENTER, first=0)
    border_par(p, 'bottom', 'FF0000', 18)
    b.empty()
    b.title(['关于做好2026年度中国（湖北）', '自由贸易试验区武汉片区高层次人才', '分类认定申报工作的通知'])
    b.empty()
    b.par('片区各功能区管理机构，各街道办事处，各有关企事业单位：', align=LEFT, first=0)
    b.body('为深入落实湖北省、武汉市关于建设全国重要人才中心和创新高地的部署要求，加快集聚光电子信息、生命健康、智能制造等重点产业高层次人才，'
           '根据《武汉市高层次人才分类认定办法》《中国（湖北）自由贸易试验区武汉片区人才发展若干措施》，'
           '现就做好2026年度高层次人才分类认定申报工作通知如下。')
    b.h1('一、申报对象')
    b.runin('（一）', '在武汉片区（含东湖新技术开发区自贸区块）注册、具有独立法人资格的企事业单位全职聘用，且在片区缴纳社会保险满6个月的人才。',
            head_font=KT, bold=False)
    b.runin('（二）', '在片区创办企业、持股比例不低于20%且担任企业主要负责人的创新创业人才。', head_font=KT, bold=False)
    b.runin('（三）', '与片区用人单位签订3年以上柔性工作协议、每年在片区工作时间累计不少于3个月的国内外高层次人才，可申报A类至C类认定。',
            head_font=KT, bold=False)
    # heading + soft break + body text in ONE paragraph
    p = b.par(align=LEFT, parts=[('二、认定标准', {'east': HT}), '\n本年度认定标准按A、B、C、D四类设置，申报人对照下表择一类别申报。'])
    b.clauses.append('本年度认定标准按A、B、C、D四类设置，申报人对照下表择一类别申报。')
    b.table(['类别', '层次定位', '认定条件', '备注'], [
        ['A类', '国际顶尖人才',
         ['（1）诺贝尔奖获得者，中国科学院院士、中国工程院院士；', '（2）国家最高科学技术奖获得者；',
          '（3）相当于上述层次的国际知名学者。'], '实行“一事一议”'],
        ['B类', '国家级领军人才',
         ['（1）国家级重大人才工程入选者；', '（2）国家自然科学奖、技术发明奖、科学技术进步奖一等奖项目主要完成人；',
          '（3）国家级重点实验室、技术创新中心主任。'], '/'],
        ['C类', '省级领军人才',
         ['（1）湖北省“楚天英才计划”入选者；', '（2）省部级科学技术奖一等奖项目前三位完成人；',
          '（3）年薪80万元以上的企业高级管理人员、核心技术人员。'], '/'],
        ['D类', '高级人才',
         ['（1）具有博士学位且年龄不超过40周岁的青年人才；', '（2）具有正高级职称的专业技术人才；',
          '（3）“武汉英才”计划入选者；', '（4）年薪40万元以上的企业骨干人才。'], '认定有效期3年'],
    ], [1.6, 2.8, 8.6, 2.6], title_row='武汉片区高层次人才分类认定标准')
    b.h1('三、申报材料')
    b.body('申报材料按以下清单准备，纸质材料一式一份，A4纸装订：')
    b.h2('（一）通用材料')
    for it in ['□ 《武汉片区高层次人才分类认定申报表》；', '□ 身份证、学历学位证书复印件；',
               '□ 劳动合同或柔性工作协议复印件；', '□ 近6个月社会保险缴费证明。']:
        b.body(it)
    b.h2('（二）分类佐证材料')
    for it in ['□ A类、B类人才提交人才工程入选文件、奖项证书或相关机构出具的证明；',
               '□ C类、D类人才提交职称证书、获奖证书或年薪证明（个人所得税完税证明及劳动合同薪酬条款）；',
               '□ 创业人才提交营业执照、公司章程及股东出资证明。']:
        b.body(it)
    b.h1('四、办理流程')
    b.flow([
        {'paras': [[('①网上申报：', {'bold': True})], '申报人登录“光谷人才”服务平台完成在线填报并上传材料。']},
        {'paras': [[('②街道（园区）受理：', {'bold': True})], '所在街道或园区受理点5个工作日内完成形式审查。']},
        {'paras': [[('③专业审核：', {'bold': True})], '片区人才工作部门会同行业主管部门10个工作日内完成审核，A类、B类人才组织专家评议。']},
        {'paras': [[('④公示认定：', {'bold': True})], '审核结果公示5个工作日，无异议的予以认定并发放人才服务卡。']},
    ])
    b.h1('五、咨询方式')
    b.table(['街道（园区）', '受理点', '地址', '电话'], [
        ['关东街道', '关东街道政务服务中心', '武汉市东湖新技术开发区光谷大道特1号', '027-87381126'],
        [None, '关东街道光谷创新天地人才服务站', '武汉市东湖新技术开发区光谷大道77号', '027-87551208'],
        ['佛祖岭街道', '佛祖岭街道政务服务中心', '武汉市东湖新技术开发区高新大道666号', '027-87983312'],
        ['花山街道', '花山街道政务服务中心', '武汉市东湖新技术开发区花山大道12号', '027-81793520'],
        ['光谷生物城', '光谷生物城人才服务中心', '武汉市东湖新技术开发区高新大道858号生物创新园B2栋', '027-87168905、027-87168906'],
        ['光谷软件园', '光谷软件园人才服务驿站', '武汉市东湖新技术开发区关山大道1号软件产业三期A3栋', '027-87773062'],
    ], [2.4, 4.0, 5.8, 3.4])
    b.h1('六、工作要求')
    b.body('（一）各街道、园区要落实“首问负责”制度，对符合条件的人才做到应认尽认。')
    b.body('（二）申报人须如实填报信息。对提供虚假材料的，取消认定资格并记入个人诚信档案。')
    b.body('（三）本次申报受理时间为2026年4月15日至2026年10月31日。')
    b.body('本通知自印发之日起施行，《关于做好2025年度中国（湖北）自由贸易试验区武汉片区高层次人才分类认定申报工作的通知》'
           '（武自贸办〔2025〕11号）同时废止。')
    b.empty()
    b.par('附件：1.武汉片区高层次人才分类认定申报表', first=32)
    b.par('2.用人单位推荐汇总表', first=0, left=112)
    b.empty(3)
    b.par('中国（湖北）自由贸易试验区武汉片区管理委员会办公室', align=RIGHT, first=0)
    b.par('2026年4月8日' + '\u3000' * 4, align=RIGHT, first=0)
    b.empty()
    b.par('（此件公开发布）', first=32)
    b.empty(4)
    b.banji('抄送：省商务厅，市商务局，市人社局。', organ, '2026年4月8日印发', gap=3)
    return b


def convert(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_638', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for stem, fn in [('blind638_nansha_tongzhi', make_nansha),
                     ('blind638_qianhai_zhinan', make_qianhai),
                     ('blind638_wuhan_tongzhi', make_wuhan)]:
        b = fn()
        path = b.save(stem)
        convert(path)
        expected[stem] = [{'meta': m, 'clauses': c} for m, c in b.docs]
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
