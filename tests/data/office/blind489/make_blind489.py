# ruff: noqa
#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Round 489 blind test documents: 自贸片区管委会 2026年部门预算公开说明."""
import os
import json
import subprocess
from decimal import Decimal as D, ROUND_HALF_UP

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls

HERE = os.path.dirname(os.path.abspath(__file__))

FONTS = {'xbs': '方正小标宋简体', 'fs': '仿宋_GB2312', 'ht': '黑体',
         'kt': '楷体_GB2312', 'ss': '宋体'}
ALIGN = {'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'c': WD_ALIGN_PARAGRAPH.CENTER,
         'l': WD_ALIGN_PARAGRAPH.LEFT, 'r': WD_ALIGN_PARAGRAPH.RIGHT}
BR = object()          # soft line break (Shift+Enter)
QS = '\u3000'          # full-width space


# ---------------------------------------------------------------- numbers
def fm(x):
    return '{:,.2f}'.format(D(str(x)))


def ft(x):
    return '{:.2f}'.format(D(str(x)))


def pc(a, b):
    return str((D(str(a)) / D(str(b)) * 100).quantize(D('0.1'), ROUND_HALF_UP)) + '%'


def chg(new, old, base='2025年预算'):
    new, old = D(str(new)), D(str(old))
    if new == old:
        return '与%s持平' % base
    diff = new - old
    if diff > 0:
        return '比%s增加%s万元，增长%s' % (base, fm(diff), pc(diff, old))
    return '比%s减少%s万元，下降%s' % (base, fm(-diff), pc(-diff, old))


def S(*xs):
    return sum((D(str(x)) for x in xs), D('0'))


# tree: [(code, name, [(code, name, [(code, name, basic, proj, prev, reason)])])]
def leaves(tree):
    for c1, n1, kuans in tree:
        for c2, n2, xs in kuans:
            for leaf in xs:
                yield (n1, n2) + tuple(leaf)


def tree_total(tree):
    return S(*[S(l[4], l[5]) for l in leaves(tree)])


def tree_rows(tree, ind1, ind2):
    """rows of 一般公共预算支出表; ind1/ind2 = prefix for 款/项 names, or ('P', pt)."""
    rows = []
    for c1, n1, kuans in tree:
        xs1 = [l for k in kuans for l in k[2]]
        b1 = S(*[l[2] for l in xs1]); p1 = S(*[l[3] for l in xs1])
        rows.append((c1, (n1, 0), b1 + p1, b1, p1))
        for c2, n2, xs in kuans:
            b2 = S(*[l[2] for l in xs]); p2 = S(*[l[3] for l in xs])
            rows.append((c2, (n2, 1), b2 + p2, b2, p2))
            for c3, n3, b, p, prev, why in xs:
                rows.append((c3, (n3, 2), S(b, p), D(str(b)), D(str(p))))
    out = []
    for code, (name, lvl), t, b, p in rows:
        if lvl == 0:
            nm = name
        else:
            ind = ind1 if lvl == 1 else ind2
            nm = {'t': name, 'left': ind[1]} if isinstance(ind, tuple) else ind + name
        out.append([code, nm, ft(t), ft(b), ft(p)])
    return out


def cat_totals(tree):
    res = []
    for c1, n1, kuans in tree:
        res.append((n1, S(*[S(l[2], l[3]) for k in kuans for l in k[2]])))
    return res


def item_lines(tree, numbering=True):
    lines = []
    for i, (n1, n2, c3, n3, b, p, prev, why) in enumerate(leaves(tree), 1):
        amt = S(b, p)
        head = '%d.' % i if numbering else ''
        s = '%s%s（类）%s（款）%s（项）2026年预算数为%s万元，%s' % (
            head, n1, n2, n3, fm(amt), chg(amt, prev))
        s += '，' + why + '。' if not why.startswith('。') else why
        lines.append(s)
    return lines


def structure(tree, gp):
    return '；'.join('%s%s万元，占%s' % (n, fm(t), pc(t, gp)) for n, t in cat_totals(tree))


ORD = ['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、']


def szb_rows(incomes, expenses, carry_in, carry_out):
    rows = []
    for i, ((ni, ai), (ne, ae)) in enumerate(zip(incomes, expenses)):
        rows.append([ORD[i] + ni, ft(ai), ORD[i] + ne, ft(ae)])
    ti = S(*[a for _, a in incomes]); te = S(*[a for _, a in expenses])
    rows.append(['本年收入合计', ft(ti), '本年支出合计', ft(te)])
    rows.append(['上年结转结余', ft(carry_in), '年终结转结余', ft(carry_out)])
    rows.append(['收入总计', ft(ti + D(str(carry_in))), '支出总计', ft(te + D(str(carry_out)))])
    assert ti + D(str(carry_in)) == te + D(str(carry_out)), (ti, te)
    return rows


# ---------------------------------------------------------------- docx helpers
PPR_ORDER = ['w:pStyle', 'w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:framePr',
             'w:widowControl', 'w:numPr', 'w:suppressLineNumbers', 'w:pBdr', 'w:shd',
             'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap', 'w:overflowPunct',
             'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd',
             'w:snapToGrid', 'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents',
             'w:suppressOverlap', 'w:jc', 'w:textDirection', 'w:textAlignment',
             'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr',
             'w:sectPr', 'w:pPrChange']
PPR_Q = [qn(t) for t in PPR_ORDER]


def ppr_insert(pPr, el):
    idx = PPR_Q.index(el.tag)
    after = set(PPR_Q[idx + 1:])
    for i, child in enumerate(list(pPr)):
        if child.tag in after:
            pPr.insert(i, el)
            return
    pPr.append(el)


def set_run_font(run, font='fs', size=16, bold=False, color=None):
    name = FONTS.get(font, font)
    run.font.name = name
    rPr = run._element.get_or_add_rPr()
    rPr.rFonts.set(qn('w:eastAsia'), name)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


class Builder:
    def __init__(self, stem):
        self.stem = stem
        self.doc = Document()
        sec = self.doc.sections[0]
        sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
        sec.top_margin = Cm(3.7); sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8); sec.right_margin = Cm(2.6)
        st = self.doc.styles['Normal']
        st.font.name = FONTS['fs']; st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn('w:eastAsia'), FONTS['fs'])
        self.objs = []
        self.cur = None
        self._nid = 300

    # -- answer key
    def obj(self, meta):
        self.cur = {'meta': meta, 'clauses': []}
        self.objs.append(self.cur)

    def add(self, c):
        self.cur['clauses'].append(c)

    # -- paragraphs
    def p(self, runs, align='j', indent=True, clause=True, line=28, before=0, after=0,
          left=None, hanging=None, numid=None, size=16):
        par = self.doc.add_paragraph()
        pf = par.paragraph_format
        pf.alignment = ALIGN[align]
        if line:
            pf.line_spacing = Pt(line)
        if indent:
            pf.first_line_indent = Pt(32)
        if left is not None:
            pf.left_indent = Pt(left)
        if hanging is not None:
            pf.first_line_indent = Pt(-hanging)
        pf.space_before = Pt(before); pf.space_after = Pt(after)
        if isinstance(runs, str):
            runs = [runs]
        texts = []
        for r in runs:
            if r is BR:
                par.add_run().add_break()
                continue
            if isinstance(r, str):
                r = (r,)
            text = r[0]
            font = r[1] if len(r) > 1 else 'fs'
            bold = r[2] if len(r) > 2 else False
            sz = r[3] if len(r) > 3 else size
            color = r[4] if len(r) > 4 else None
            run = par.add_run(text)
            set_run_font(run, font, sz, bold, color)
            texts.append(text)
        if numid is not None:
            numPr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                              % (nsdecls('w'), numid))
            ppr_insert(par._p.get_or_add_pPr(), numPr)
        if clause is True:
            self.add(''.join(texts).strip())
        elif isinstance(clause, str):
            self.add(clause)
        elif isinstance(clause, list):
            for c in clause:
                self.add(c)
        return par

    def empty(self, n=1):
        for _ in range(n):
            self.doc.add_paragraph()

    def pagebreak(self):
        self.doc.add_page_break()

    def border(self, par, side='bottom', color='FF0000', sz=18):
        pPr = par._p.get_or_add_pPr()
        bdr = parse_xml('<w:pBdr %s><w:%s w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
                        % (nsdecls('w'), side, sz, color))
        ppr_insert(pPr, bdr)

    def border2(self, par, color='000000', sz=8):
        pPr = par._p.get_or_add_pPr()
        bdr = parse_xml('<w:pBdr %s><w:top w:val="single" w:sz="%d" w:space="1" w:color="%s"/>'
                        '<w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
                        % (nsdecls('w'), sz, color, sz, color))
        ppr_insert(pPr, bdr)

    def make_num(self, fmt, text):
        numbering = self.doc.part.numbering_part.element
        aid = nid = self._nid
        self._nid += 1
        ab = parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="nothing"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/>'
            '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls('w'), aid, fmt, text))
        nums = numbering.findall(qn('w:num'))
        if nums:
            nums[0].addprevious(ab)
        else:
            numbering.append(ab)
        numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                                   % (nsdecls('w'), nid, aid)))
        return nid

    # -- tables
    def _cell(self, cell, val, font='fs', size=12, bold=False, align='c'):
        left = None
        if isinstance(val, dict):
            left = val.get('left'); align = val.get('al', align); val = val['t']
        par = cell.paragraphs[0]
        par.paragraph_format.alignment = ALIGN[align]
        par.paragraph_format.line_spacing = Pt(20)
        if left:
            par.paragraph_format.left_indent = Pt(left)
        run = par.add_run(val)
        set_run_font(run, font, size, bold)
        return val

    def table(self, header, rows, widths, aligns=None, size=12, clause=True, style='Table Grid',
              hfont='ht', repeat=True):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        if style:
            t.style = style
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        aligns = aligns or ['c'] * len(header)
        for i, h in enumerate(header):
            self._cell(t.cell(0, i), h, hfont, size, False, 'c')
        if repeat:
            trPr = t.rows[0]._tr.get_or_add_trPr()
            trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls('w')))
        for r, row in enumerate(rows):
            vals = []
            for c, v in enumerate(row):
                vals.append(self._cell(t.cell(r + 1, c), v, 'fs', size, False, aligns[c]))
            if clause:
                self.add('；'.join('%s：%s' % (h, v.strip()) for h, v in zip(header, vals)))
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
        return t

    def layout_table(self, rows, widths):
        """borderless table used only for alignment (落款)."""
        t = self.doc.add_table(rows=len(rows), cols=len(widths))
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                cell = t.cell(r, c)
                cell.width = Cm(widths[c])
                if v:
                    par = cell.paragraphs[0]
                    par.paragraph_format.alignment = ALIGN['c']
                    par.paragraph_format.line_spacing = Pt(28)
                    set_run_font(par.add_run(v), 'fs', 16)
        return t

    def page_numbers(self, font='ss', size=14):
        for sec in self.doc.sections:
            fp = sec.footer.paragraphs[0]
            fp.alignment = ALIGN['c']
            set_run_font(fp.add_run('— '), font, size)
            r = fp.add_run()
            set_run_font(r, font, size)
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls('w')))
            r2 = fp.add_run()
            set_run_font(r2, font, size)
            r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls('w')))
            r3 = fp.add_run()
            set_run_font(r3, font, size)
            r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls('w')))
            r4 = fp.add_run('1')
            set_run_font(r4, font, size)
            r5 = fp.add_run()
            r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls('w')))
            set_run_font(fp.add_run(' —'), font, size)

    def save(self):
        path = os.path.join(HERE, self.stem + '.docx')
        self.doc.save(path)
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_489', '--headless',
                        '--convert-to', 'pdf', '--outdir', HERE, path],
                       check=True, timeout=300,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return self.objs


def heading(b, text, font='ht', align='l', indent=True, bold=False):
    return b.p([(text, font, bold)], align=align, indent=indent, clause=None)


def part_heading(b, text):
    return b.p([(text, 'ht')], align='c', indent=False, clause=None, before=12, after=6)


def meta(title, issuer, date, region, attachments, doc_type='说明', doc_number=None,
         recipients=None, publicity=None):
    return {'title': title, 'doc_number': doc_number, 'issuer': issuer, 'date': date,
            'published': None, 'level': 'zone', 'region': region, 'effective': None,
            'expires': None, 'attachments': attachments, 'doc_type': doc_type,
            'recipients': recipients or [], 'publicity': publicity, 'repeals': None}


# =====================================================================
# Document 1: 厦门片区
# =====================================================================
def doc_xiamen():
    org = '中国（福建）自由贸易试验区厦门片区管理委员会'
    b = Builder('blind489_xiamen_yusuan')
    att = ['2026年部门收支总表', '2026年一般公共预算支出表']
    b.obj(meta(org + '2026年部门预算公开说明', [org], '2026-02-06',
               '中国（福建）自由贸易试验区厦门片区', att))

    tree = [
        ('201', '一般公共服务支出', [
            ('20103', '政府办公厅（室）及相关机构事务', [
                ('2010301', '行政运行', '3862.15', '0', '3735.67', '主要原因是人员调整及正常晋级晋档增资'),
                ('2010302', '一般行政管理事务', '0', '1896.57', '2109.97', '主要原因是压减一般性支出，部分政策宣传、课题研究项目调减'),
                ('2010350', '事业运行', '600.00', '0', '581.40', '主要原因是事业单位人员正常增资'),
            ])]),
        ('208', '社会保障和就业支出', [
            ('20805', '行政事业单位养老支出', [
                ('2080505', '机关事业单位基本养老保险缴费支出', '561.44', '0', '540.08', '主要原因是缴费基数调整'),
                ('2080506', '机关事业单位职业年金缴费支出', '280.72', '0', '270.04', '主要原因是缴费基数调整'),
            ])]),
        ('210', '卫生健康支出', [
            ('21011', '行政事业单位医疗', [
                ('2101101', '行政单位医疗', '238.19', '0', '230.95', '主要原因是医疗保险缴费基数调整'),
                ('2101102', '事业单位医疗', '58.16', '0', '56.28', '主要原因是医疗保险缴费基数调整'),
            ])]),
        ('216', '商业服务业等支出', [
            ('21602', '商业流通事务', [
                ('2160299', '其他商业流通事务支出', '0', '3150.00', '2700.00', '主要原因是新增跨境电商综合服务平台二期建设运维经费'),
            ]),
            ('21606', '涉外发展服务支出', [
                ('2160699', '其他涉外发展服务支出', '0', '7237.03', '6568.73', '主要原因是中欧班列（厦门）集结中心配套服务、外商投资促进活动等支出增加'),
            ])]),
        ('221', '住房保障支出', [
            ('22102', '住房改革支出', [
                ('2210201', '住房公积金', '336.90', '0', '328.05', '主要原因是缴存基数调整'),
                ('2210203', '购房补贴', '205.42', '0', '200.10', '主要原因是新进人员购房补贴增加'),
            ])]),
    ]
    gp = tree_total(tree)
    assert gp == D('18426.58'), gp
    gp25 = S(*[l[6] for l in leaves(tree)])
    assert gp25 == D('17321.27'), gp25
    basic = S(*[l[4] for l in leaves(tree)]); proj = S(*[l[5] for l in leaves(tree)])
    fund, fund25, other, other25 = D('3200.00'), D('3000.00'), D('125.40'), D('62.26')
    total = gp + fund + other; total25 = gp25 + fund25 + other25
    proj_all = proj + fund + other

    # title in two paragraphs
    b.p([(org, 'xbs', False, 22)], align='c', indent=False, clause=None, line=36)
    b.p([('2026年部门预算公开说明', 'xbs', False, 22)], align='c', indent=False, clause=None, line=36)
    b.empty()

    part_heading(b, '第一部分　部门概况')
    heading(b, '一、主要职能')
    b.p('中国（福建）自由贸易试验区厦门片区管理委员会（以下简称“片区管委会”）是厦门市人民政府派出机构，'
        '负责统筹推进中国（福建）自由贸易试验区厦门片区建设。主要职责是：')
    b.p('（一）贯彻落实国家、省、市关于自由贸易试验区建设的方针政策和决策部署，研究拟订片区发展规划、改革试点任务并组织实施。')
    b.p('（二）负责推进片区投资管理制度改革，落实外商投资准入前国民待遇加负面清单管理制度，协调做好外商投资促进和服务工作。')
    b.p('（三）负责推进贸易便利化改革，协调推动国际贸易“单一窗口”、跨境电子商务、保税维修、融资租赁等新业态发展。')
    b.p('（四）负责推进金融开放创新和两岸经贸合作，承担对台先行先试相关政策的研究和协调工作。')
    i5 = '（五）负责推进厦门海沧综合保税区、象屿综合保税区等海关特殊监管区域协调发展，配合做好口岸通关服务保障工作。'
    i6 = '（六）负责片区制度创新成果的总结、评估和复制推广工作。'
    b.p([i5, BR, i6], clause=[i5, i6])          # two items typed with Shift+Enter
    b.p('（七）完成市委、市政府交办的其他任务。')
    heading(b, '二、机构设置')
    b.p('片区管委会内设综合处、政策研究处、投资促进处、贸易发展处、金融创新处、两岸合作处6个处室，下属事业单位1个。'
        '纳入2026年部门预算编制范围的单位共2个，具体如下：')
    b.table(['序号', '单位名称', '单位性质', '经费保障方式'],
            [['1', org + '（本级）', '行政单位', '财政拨款'],
             ['2', '厦门自贸片区发展服务中心', '公益一类事业单位', '财政拨款']],
            [1.4, 7.6, 3.6, 3.0], aligns=['c', 'l', 'c', 'c'])
    b.p('截至2025年12月31日，片区管委会编制数68名，其中行政编制46名、事业编制22名；实有人员63名，其中在职61名、退休2名。')

    b.empty()
    part_heading(b, '第二部分　2026年部门预算情况说明')
    heading(b, '一、收支预算总体情况')
    s1 = ('按照综合预算的原则，片区管委会所有收入和支出均纳入部门预算管理。2026年收入预算总计%s万元，支出预算总计%s万元，'
          '与2025年预算相比收支预算总计各增加%s万元，增长%s。' % (fm(total), fm(total), fm(total - total25), pc(total - total25, total25)))
    s2 = '主要原因是片区跨境电商综合服务平台二期、中欧班列（厦门）集结中心配套服务等项目支出增加。'
    b.p([s1, BR, s2], clause=s1 + s2)          # manual line break inside one paragraph
    b.p([('（一）收入预算。', 'kt', True),
         '2026年本年收入预算%s万元，其中：一般公共预算拨款收入%s万元，占%s；政府性基金预算拨款收入%s万元，占%s；其他收入%s万元，占%s。'
         % (fm(total), fm(gp), pc(gp, total), fm(fund), pc(fund, total), fm(other), pc(other, total))])
    b.p([('（二）支出预算。', 'kt', True),
         '2026年本年支出预算%s万元，其中：基本支出%s万元，占%s；项目支出%s万元，占%s。'
         % (fm(total), fm(basic), pc(basic, total), fm(proj_all), pc(proj_all, total))])

    heading(b, '二、一般公共预算当年拨款情况说明')
    b.p([('（一）一般公共预算当年拨款规模变化情况。', 'kt', True),
         '2026年一般公共预算当年拨款%s万元，%s。' % (fm(gp), chg(gp, gp25))])
    b.p([('（二）一般公共预算当年拨款结构情况。', 'kt', True), structure(tree, gp) + '。'])
    heading(b, '（三）一般公共预算当年拨款具体使用情况', font='kt', bold=True)
    for line in item_lines(tree):
        b.p(line)

    heading(b, '三、政府性基金预算支出情况说明')
    b.p('2026年政府性基金预算拨款支出%s万元，%s，全部为城乡社区支出（类）国有土地使用权出让收入安排的支出（款）'
        '其他国有土地使用权出让收入安排的支出（项），主要用于片区基础设施配套及综合保税区围网设施维护。' % (fm(fund), chg(fund, fund25)))
    heading(b, '四、国有资本经营预算支出情况说明')
    b.p('片区管委会2026年无国有资本经营预算拨款安排的支出。')

    heading(b, '五、“三公”经费预算情况说明')
    sg = {'cg': ('22.00', '24.00'), 'gz': ('0.00', '0.00'), 'yx': ('14.80', '16.20'), 'jd': ('11.80', '13.60')}
    t26 = S(*[v[0] for v in sg.values()]); t25 = S(*[v[1] for v in sg.values()])
    car26 = S(sg['gz'][0], sg['yx'][0]); car25 = S(sg['gz'][1], sg['yx'][1])
    b.p('2026年“三公”经费预算%s万元，%s。其中：' % (fm(t26), chg(t26, t25)))
    b.p('（一）因公出国（境）费%s万元，%s，主要原因是严格控制出访团组数量和规模，2026年计划安排赴欧洲、东盟开展招商推介及自贸园区交流团组3个、共9人次。'
        % (fm(sg['cg'][0]), chg(*sg['cg'])))
    b.p('（二）公务用车购置及运行维护费%s万元，%s。其中：公务用车购置费%s万元，%s；公务用车运行维护费%s万元，%s，主要原因是车辆使用管理进一步规范，燃油、维修等费用有所下降。'
        % (fm(car26), chg(car26, car25), fm(sg['gz'][0]), chg(*sg['gz']), fm(sg['yx'][0]), chg(*sg['yx'])))
    b.p('（三）公务接待费%s万元，%s，主要原因是严格执行公务接待标准，从严控制接待批次和人数。' % (fm(sg['jd'][0]), chg(*sg['jd'])))

    heading(b, '六、机关运行经费情况说明')
    b.p('2026年片区管委会本级机关运行经费预算%s万元，%s，主要原因是落实过紧日子要求，压减办公费、差旅费等公用经费支出。'
        % (fm('786.40'), chg('786.40', '811.50')))
    heading(b, '七、政府采购预算情况说明')
    b.p('2026年政府采购预算总额%s万元，其中：政府采购货物预算%s万元，政府采购工程预算%s万元，政府采购服务预算%s万元。'
        '授予中小企业合同金额%s万元，占政府采购项目预算总额的%s，其中授予小微企业合同金额%s万元，占授予中小企业合同金额的%s。'
        % (fm('2386.50'), fm('312.00'), fm('0'), fm('2074.50'), fm('1655.00'), pc('1655.00', '2386.50'),
           fm('1240.00'), pc('1240.00', '1655.00')))
    heading(b, '八、国有资产占有使用情况')
    b.p('截至2025年12月31日，片区管委会共有车辆3辆，其中：机要通信用车1辆、其他用车2辆；单位价值50万元以上通用设备2台（套）。'
        '2026年部门预算未安排购置车辆及单位价值50万元以上通用设备。')
    heading(b, '九、预算绩效目标设置情况')
    b.p('2026年片区管委会实行绩效目标管理的项目9个，涉及一般公共预算当年拨款%s万元、政府性基金预算拨款%s万元。重点项目绩效目标如下：'
        % (fm(proj), fm(fund)))
    b.table(['项目名称', '预算金额（万元）', '绩效目标', '主要绩效指标'],
            [['跨境电商综合服务平台二期建设运维', '1280.00',
              '完成平台二期功能上线，提升跨境电商企业申报、结汇、退税一站式服务能力',
              '新增备案跨境电商企业不少于150家，平台系统可用率不低于99.5%，企业满意度不低于90%'],
             ['中欧班列（厦门）集结中心配套服务', '2600.00',
              '保障中欧班列（厦门）常态化开行，拓展跨境电商和海铁联运线路',
              '全年开行班列不少于300列，新增线路不少于2条，货物通关时间较上年压缩10%以上'],
             ['外商投资促进活动', '860.00',
              '组织开展境内外投资促进活动，推动外资项目落地',
              '举办招商推介活动不少于12场，新签约外资项目不少于20个，实际使用外资同比增长5%以上'],
             ['制度创新评估与复制推广', '320.00',
              '总结形成制度创新成果并开展第三方评估',
              '形成制度创新成果不少于15项，其中全国首创不少于3项']],
            [3.4, 2.2, 5.0, 5.0], aligns=['l', 'c', 'l', 'l'], size=10.5)

    b.empty()
    part_heading(b, '第三部分　名词解释')
    nid = b.make_num('decimal', '%1.')
    terms = [
        ('一般公共预算拨款收入：', '指本级财政当年拨付的一般公共预算资金。'),
        ('政府性基金预算拨款收入：', '指本级财政当年从政府性基金预算中拨付的资金。'),
        ('其他收入：', '指除上述收入以外的各项收入，主要是厦门自贸片区发展服务中心取得的场地租赁收入等。'),
        ('基本支出：', '指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。'),
        ('项目支出：', '指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。'),
        ('“三公”经费：', '指用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行维护费反映单位公务用车车辆购置支出（含车辆购置税）及租用费、燃料费、维修费、过路过桥费、保险费等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。'),
        ('机关运行经费：', '指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房物业管理费、公务用车运行维护费以及其他费用。'),
        ('综合保税区：', '指经国务院批准设立、由海关实施封闭监管的海关特殊监管区域，具有保税加工、保税物流、保税服务等功能。'),
    ]
    for i, (t, x) in enumerate(terms, 1):
        b.p([(t, 'fs', True), x], numid=nid, clause='%d.%s%s' % (i, t, x))

    b.empty(2)
    b.p(QS * 4 + org, align='r', indent=False, clause=None)
    b.p('2026年2月6日' + QS * 4, align='r', indent=False, clause=None)
    b.empty()
    b.p('附件：1.' + att[0], indent=True, clause=None)
    b.p(QS * 5 + '2.' + att[1], indent=True, clause=None)

    # 附件1
    b.pagebreak()
    b.p([('附件1', 'ht')], align='l', indent=False, clause=None)
    b.p([(att[0], 'xbs', False, 18)], align='c', indent=False, clause=None, line=32, after=6)
    incomes = [('一般公共预算拨款收入', gp), ('政府性基金预算拨款收入', fund), ('国有资本经营预算拨款收入', 0),
               ('事业收入', 0), ('事业单位经营收入', 0), ('其他收入', other)]
    cats = dict(cat_totals(tree))
    expenses = [('一般公共服务支出', cats['一般公共服务支出']), ('社会保障和就业支出', cats['社会保障和就业支出']),
                ('卫生健康支出', cats['卫生健康支出']), ('城乡社区支出', fund),
                ('商业服务业等支出', cats['商业服务业等支出'] + other), ('住房保障支出', cats['住房保障支出'])]
    b.table(['收入项目', '预算数', '支出项目', '预算数'], szb_rows(incomes, expenses, 0, 0),
            [5.2, 2.6, 5.2, 2.6], aligns=['l', 'r', 'l', 'r'], size=11)
    # 附件2
    b.pagebreak()
    b.p([('附件2', 'ht')], align='l', indent=False, clause=None)
    b.p([(att[1], 'xbs', False, 18)], align='c', indent=False, clause=None, line=32, after=6)
    b.table(['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
            tree_rows(tree, QS * 2, QS * 4),
            [2.2, 6.4, 2.4, 2.3, 2.3], aligns=['l', 'l', 'r', 'r', 'r'], size=11)
    b.page_numbers()
    return b


# =====================================================================
# Document 2: 川南临港片区 — 公告 + 附件 说明
# =====================================================================
def doc_luzhou():
    org = '中国（四川）自由贸易试验区川南临港片区管理委员会'
    region = '中国（四川）自由贸易试验区川南临港片区'
    b = Builder('blind489_luzhou_gonggao')
    sm_title = org + '2026年部门预算公开说明'
    b.obj(meta(org + '关于公开2026年部门预算的公告', [org], '2026-02-09', region, [sm_title],
               doc_type='公告', doc_number='泸临港管发〔2026〕6号', publicity='此件公开发布'))

    # 红头
    b.empty()
    b.p([('中国（四川）自由贸易试验区', 'xbs', False, 26, 'FF0000')], align='c', indent=False, clause=None, line=40)
    b.p([('川南临港片区管理委员会文件', 'xbs', False, 26, 'FF0000')], align='c', indent=False, clause=None, line=40)
    b.empty()
    b.p('泸临港管发〔2026〕6号', align='c', indent=False, clause=None)
    rl = b.p('', align='c', indent=False, clause=None, line=8)
    b.border(rl, 'bottom', 'FF0000', 24)
    b.empty()
    b.p([(org, 'xbs', False, 22), BR, ('关于公开2026年部门预算的公告', 'xbs', False, 22)],
        align='c', indent=False, clause=None, line=36)
    b.empty()
    b.p('根据《中华人民共和国预算法》《中华人民共和国预算法实施条例》和中共中央办公厅、国务院办公厅《关于进一步推进预算公开工作的意见》等有关规定，'
        '经泸州市财政局批复同意，现将中国（四川）自由贸易试验区川南临港片区管理委员会2026年部门预算向社会公开。')
    b.p('本次公开的内容包括部门概况、2026年部门预算情况说明、名词解释和部门预算公开表，公开范围为片区管委会本级及所属川南临港片区综合服务中心。'
        '除涉密信息外，一般公共预算当年拨款安排的支出均已按功能分类公开到项级科目。')
    b.p('社会公众对公开内容有疑问或意见建议的，可在工作日通过电话、信函等方式向片区管委会财务审计部反映。')
    b.p('联系人：王雪梅，联系电话：0830-3126578。')
    b.empty()
    b.p('附件：' + sm_title, indent=True, clause=None, left=0)
    b.empty(3)
    b.p(org + QS * 2, align='r', indent=False, clause=None)
    b.p('2026年2月9日' + QS * 5, align='r', indent=False, clause=None)
    b.p('（此件公开发布）', clause=None)

    # ---------------- 附件: 说明
    b.pagebreak()
    att = ['2026年部门收支总表', '2026年一般公共预算当年拨款支出表']
    b.obj(meta(sm_title, [org], '2026-02-09', region, att))
    b.p([('附件', 'ht')], align='l', indent=False, clause=None)
    b.empty()
    b.p([(org, 'xbs', False, 22), BR, ('2026年部门预算公开说明', 'xbs', False, 22)],
        align='c', indent=False, clause=None, line=36)
    b.empty()

    tree = [
        ('201', '一般公共服务支出', [
            ('20103', '政府办公厅（室）及相关机构事务', [
                ('2010301', '行政运行', '1528.46', '0', '1486.10', '主要原因是人员增加及正常增资'),
                ('2010302', '一般行政管理事务', '0', '417.92', '452.60', '主要原因是压减会议、培训等一般性支出'),
                ('2010350', '事业运行', '200.00', '0', '194.00', '主要原因是事业单位人员正常增资'),
            ])]),
        ('208', '社会保障和就业支出', [
            ('20805', '行政事业单位养老支出', [
                ('2080505', '机关事业单位基本养老保险缴费支出', '208.36', '0', '202.50', '主要原因是缴费基数调整'),
                ('2080506', '机关事业单位职业年金缴费支出', '104.18', '0', '101.25', '主要原因是缴费基数调整'),
            ])]),
        ('210', '卫生健康支出', [
            ('21011', '行政事业单位医疗', [
                ('2101101', '行政单位医疗', '118.27', '0', '115.10', '主要原因是医疗保险缴费基数调整'),
            ])]),
        ('215', '资源勘探工业信息等支出', [
            ('21508', '支持中小企业发展和管理支出', [
                ('2150899', '其他支持中小企业发展和管理支出', '0', '600.00', '600.00', '主要用于支持片区中小企业开拓国际市场'),
            ])]),
        ('216', '商业服务业等支出', [
            ('21606', '涉外发展服务支出', [
                ('2160699', '其他涉外发展服务支出', '0', '1860.00', '2100.00', '主要原因是2025年一次性安排的片区智慧口岸信息化建设项目已完成'),
            ])]),
        ('221', '住房保障支出', [
            ('22102', '住房改革支出', [
                ('2210201', '住房公积金', '201.41', '0', '191.25', '主要原因是缴存基数调整'),
            ])]),
    ]
    gp = tree_total(tree); gp25 = S(*[l[6] for l in leaves(tree)])
    assert gp == D('5238.60') and gp25 == D('5442.80'), (gp, gp25)
    basic = S(*[l[4] for l in leaves(tree)]); proj = S(*[l[5] for l in leaves(tree)])
    sy, sy25 = D('86.00'), D('73.40')
    total, total25 = gp + sy, gp25 + sy25
    basic_all = basic + sy

    part_heading(b, '第一部分　部门概况')
    heading(b, '一、主要职能')
    b.p('中国（四川）自由贸易试验区川南临港片区管理委员会（以下简称“片区管委会”）是泸州市委、市政府派出机构，负责川南临港片区的规划、建设、管理和服务工作。主要职能包括：')
    b.p(QS * 2 + '（一）贯彻落实国家、省、市关于自由贸易试验区建设的决策部署，组织实施川南临港片区改革试点任务。', indent=False)
    b.p(QS * 2 + '（二）负责片区投资促进和外商投资服务工作，推动临港产业、跨境电商、保税物流等产业集聚发展。', indent=False)
    b.p(QS * 2 + '（三）协调推进泸州综合保税区、泸州港进境粮食指定监管场地等开放平台建设和运营，配合推动中欧班列、西部陆海新通道班列与长江水运联动发展。', indent=False)
    b.p(QS * 2 + '（四）负责片区营商环境建设和政务服务工作，承接省、市下放的经济社会管理权限。', indent=False)
    b.p(QS * 2 + '（五）承担市委、市政府交办的其他任务。', indent=False)
    heading(b, '二、机构设置')
    b.p('片区管委会内设党政办公室、经济发展部、规划建设部、财务审计部、政务服务部5个部门，所属公益一类事业单位1个，即川南临港片区综合服务中心。纳入2026年部门预算编制范围的单位共2个。')
    b.empty()

    part_heading(b, '第二部分　2026年部门预算情况说明')
    heading(b, '一、收支预算总体情况')
    b.p('按照综合预算的原则，片区管委会所有收入和支出均纳入部门预算管理。2026年收入预算总计%s万元，支出预算总计%s万元，收支总计%s。'
        '主要原因是2025年一次性安排的片区智慧口岸信息化建设项目已完成，相应支出减少。' % (fm(total), fm(total), chg(total, total25)))
    b.p([('（一）收入预算。', 'kt', True),
         '2026年本年收入预算%s万元，其中：一般公共预算拨款收入%s万元，占%s；事业收入%s万元，占%s。'
         % (fm(total), fm(gp), pc(gp, total), fm(sy), pc(sy, total))])
    b.p([('（二）支出预算。', 'kt', True),
         '2026年本年支出预算%s万元，其中：基本支出%s万元，占%s；项目支出%s万元，占%s。'
         % (fm(total), fm(basic_all), pc(basic_all, total), fm(proj), pc(proj, total))])
    heading(b, '二、一般公共预算当年拨款情况')
    b.p([('（一）规模变化情况。', 'kt', True),
         '2026年一般公共预算当年拨款%s万元，%s。主要原因是涉外发展服务项目支出减少。' % (fm(gp), chg(gp, gp25))])
    b.p([('（二）结构情况。', 'kt', True), structure(tree, gp) + '。'])
    b.p([('（三）具体使用情况。', 'kt', True), '2026年一般公共预算当年拨款按支出功能分类科目安排如下：'])
    for line in item_lines(tree):
        b.p(QS * 2 + line, indent=False)
    heading(b, '三、政府性基金预算和国有资本经营预算支出情况')
    b.p('片区管委会2026年无政府性基金预算拨款和国有资本经营预算拨款安排的支出。')
    heading(b, '四、“三公”经费预算情况')
    sg = {'cg': ('0.00', '0.00'), 'gz': ('0.00', '0.00'), 'yx': ('9.50', '10.30'), 'jd': ('7.00', '8.00')}
    t26 = S(*[v[0] for v in sg.values()]); t25 = S(*[v[1] for v in sg.values()])
    car26 = S(sg['gz'][0], sg['yx'][0]); car25 = S(sg['gz'][1], sg['yx'][1])
    b.p('2026年“三公”经费预算%s万元，%s。其中：因公出国（境）费%s万元，%s；公务用车购置及运行维护费%s万元，%s，'
        '其中公务用车购置费%s万元，公务用车运行维护费%s万元；公务接待费%s万元，%s。'
        % (fm(t26), chg(t26, t25), fm(sg['cg'][0]), chg(*sg['cg']), fm(car26), chg(car26, car25),
           fm(sg['gz'][0]), fm(sg['yx'][0]), fm(sg['jd'][0]), chg(*sg['jd'])))
    b.p('“三公”经费预算减少的主要原因是：片区管委会坚持厉行节约，严格控制公务用车使用和公务接待标准，2026年无因公出国（境）计划。')
    heading(b, '五、机关运行经费情况')
    b.p('2026年片区管委会机关运行经费预算%s万元，%s，主要原因是严格控制办公费、印刷费、差旅费等支出。' % (fm('312.60'), chg('312.60', '330.15')))
    heading(b, '六、政府采购预算情况')
    b.p('2026年政府采购预算总额%s万元，其中：政府采购货物预算%s万元，政府采购服务预算%s万元，无政府采购工程预算。'
        % (fm('486.00'), fm('58.00'), fm('428.00')))
    heading(b, '七、国有资产占有使用情况')
    b.p('截至2025年12月31日，片区管委会共有车辆2辆，其中一般公务用车1辆、执法执勤用车1辆。2026年部门预算安排购置车辆0辆。')
    heading(b, '八、预算绩效目标情况')
    b.p('2026年片区管委会实行绩效目标管理的项目4个，涉及一般公共预算当年拨款%s万元。主要项目绩效目标如下：' % fm(proj))
    b.p('1.片区综合行政事务保障项目（417.92万元）：保障片区管委会各项改革试点任务顺利推进，省、市下达的改革试点任务完成率达到100%。')
    b.p('2.中小企业发展扶持项目（600.00万元）：支持片区中小企业开拓国际市场、参加境内外展会，全年扶持企业不少于80家。')
    b.p('3.外商投资环境建设及招商引资项目（1,260.00万元）：开展外商投资促进活动不少于8场，新设外商投资企业不少于12家，实际使用外资同比增长5%以上。')
    b.p('4.跨境电商及中欧班列（泸州）物流通道培育项目（600.00万元）：推动“泸州港—中欧班列”铁水联运常态化运行，全年完成铁水联运箱量不少于5,000标箱，跨境电商进出口额同比增长15%以上。')
    assert S('417.92', '600.00', '1260.00', '600.00') == proj
    b.empty()

    part_heading(b, '第三部分　名词解释')
    for line in [
        '1.一般公共预算拨款收入：指本级财政当年拨付的一般公共预算资金。',
        '2.事业收入：指事业单位开展专业业务活动及辅助活动所取得的收入。',
        '3.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。',
        '4.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。',
        '5.“三公”经费：指用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。',
        '6.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。',
        '7.西部陆海新通道：指以重庆为运营中心，各西部省区市为关键节点，利用铁路、海运、公路等运输方式，向南经广西北部湾等沿海沿边口岸通达世界各地的国际贸易物流通道。',
    ]:
        b.p(QS * 2 + line, indent=False)
    b.empty(2)
    b.p(org, align='r', indent=False, clause=None)
    b.p('2026年2月9日' + QS * 5, align='r', indent=False, clause=None)
    b.empty()
    b.p('附表：1.' + att[0], clause=None)
    b.p(QS * 5 + '2.' + att[1], clause=None)

    b.pagebreak()
    b.p([('附表1', 'ht')], align='l', indent=False, clause=None)
    b.p([(att[0], 'xbs', False, 18)], align='c', indent=False, clause=None, line=32, after=6)
    cats = dict(cat_totals(tree))
    incomes = [('一般公共预算拨款收入', gp), ('政府性基金预算拨款收入', 0), ('国有资本经营预算拨款收入', 0),
               ('事业收入', sy), ('事业单位经营收入', 0), ('其他收入', 0)]
    expenses = [('一般公共服务支出', cats['一般公共服务支出'] + sy), ('社会保障和就业支出', cats['社会保障和就业支出']),
                ('卫生健康支出', cats['卫生健康支出']), ('资源勘探工业信息等支出', cats['资源勘探工业信息等支出']),
                ('商业服务业等支出', cats['商业服务业等支出']), ('住房保障支出', cats['住房保障支出'])]
    b.table(['收入项目', '预算数', '支出项目', '预算数'], szb_rows(incomes, expenses, 0, 0),
            [5.2, 2.6, 5.2, 2.6], aligns=['l', 'r', 'l', 'r'], size=11)
    b.pagebreak()
    b.p([('附表2', 'ht')], align='l', indent=False, clause=None)
    b.p([(att[1], 'xbs', False, 18)], align='c', indent=False, clause=None, line=32, after=6)
    b.table(['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
            tree_rows(tree, '  ', '    '),
            [2.2, 6.4, 2.4, 2.3, 2.3], aligns=['l', 'l', 'r', 'r', 'r'], size=11)

    # 版记
    b.empty(2)
    bj1 = b.p('抄送：泸州市财政局，泸州市审计局。', indent=False, clause=None, size=14, left=14)
    b.border(bj1, 'top', '000000', 8)
    bj2 = b.p('川南临港片区管理委员会党政办公室' + QS * 6 + '2026年2月9日印发', indent=False,
              clause=None, size=14, left=14)
    b.border2(bj2)
    b.page_numbers()
    return b


# =====================================================================
# Document 3: 郑州片区 — cover, 目录, Word numbering, layout table
# =====================================================================
def doc_zhengzhou():
    org = '中国（河南）自由贸易试验区郑州片区管理委员会'
    b = Builder('blind489_zhengzhou_yusuan')
    b.obj(meta(org + '2026年部门预算公开说明', [org], '2026-02-12',
               '中国（河南）自由贸易试验区郑州片区', []))

    tree = [
        ('201', '一般公共服务支出', [
            ('20103', '政府办公厅（室）及相关机构事务', [
                ('2010301', '行政运行', '2108.64', '0', '2035.20', '主要原因是人员调整及正常增资'),
                ('2010302', '一般行政管理事务', '0', '707.16', '820.00', '主要原因是压减会议、课题研究等一般性支出'),
                ('2010350', '事业运行', '400.00', '0', '386.50', '主要原因是所属事业单位人员正常增资'),
            ])]),
        ('208', '社会保障和就业支出', [
            ('20805', '行政事业单位养老支出', [
                ('2080505', '机关事业单位基本养老保险缴费支出', '290.75', '0', '279.80', '主要原因是缴费基数调整'),
                ('2080506', '机关事业单位职业年金缴费支出', '145.37', '0', '139.90', '主要原因是缴费基数调整'),
            ])]),
        ('210', '卫生健康支出', [
            ('21011', '行政事业单位医疗', [
                ('2101101', '行政单位医疗', '122.60', '0', '118.10', '主要原因是医疗保险缴费基数调整'),
                ('2101102', '事业单位医疗', '35.80', '0', '34.50', '主要原因是医疗保险缴费基数调整'),
            ])]),
        ('216', '商业服务业等支出', [
            ('21602', '商业流通事务', [
                ('2160299', '其他商业流通事务支出', '0', '1600.00', '1610.00', '主要原因是跨境电商公共服务平台运维费用略有下降'),
            ]),
            ('21606', '涉外发展服务支出', [
                ('2160699', '其他涉外发展服务支出', '0', '3978.00', '3500.00', '主要原因是中欧班列（郑州）集结中心配套服务及外商投资促进支出增加'),
            ])]),
        ('221', '住房保障支出', [
            ('22102', '住房改革支出', [
                ('2210201', '住房公积金', '295.93', '0', '288.48', '主要原因是缴存基数调整'),
            ])]),
    ]
    gp = tree_total(tree); gp25 = S(*[l[6] for l in leaves(tree)])
    assert gp == D('9684.25') and gp25 == D('9212.48'), (gp, gp25)
    basic = S(*[l[4] for l in leaves(tree)]); proj = S(*[l[5] for l in leaves(tree)])
    fund, fund25, carry, carry25 = D('1500.00'), D('1400.00'), D('420.00'), D('320.18')
    total, total25 = gp + fund + carry, gp25 + fund25 + carry25
    proj_all = proj + fund + carry

    # cover
    b.empty(5)
    b.p([(org, 'xbs', False, 24)], align='c', indent=False, clause=None, line=44)
    b.p([('2026年部门预算公开说明', 'xbs', False, 24)], align='c', indent=False, clause=None, line=44)
    b.empty(10)
    b.p([('二〇二六年二月', 'kt', False, 16)], align='c', indent=False, clause=None)
    b.pagebreak()
    # 目录
    b.p([('目' + QS * 2 + '录', 'ht', False, 22)], align='c', indent=False, clause=None, after=12)
    toc = [('第一部分　郑州片区管委会概况', '1'), ('一、主要职能', '1'), ('二、机构设置', '1'),
           ('第二部分　2026年部门预算情况说明', '2'), ('第三部分　名词解释', '5'),
           ('第四部分　2026年部门预算公开表', '6')]
    for t, pg in toc:
        par = b.p(t + '\t' + pg, align='l', indent=not t.startswith('第'), clause=None)
        par.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    b.pagebreak()

    part_heading(b, '第一部分　郑州片区管委会概况')
    heading(b, '一、主要职能')
    b.p('中国（河南）自由贸易试验区郑州片区管理委员会（以下简称“郑州片区管委会”）为郑州市人民政府派出机构，主要职责是：')
    nid = b.make_num('chineseCounting', '（%1）')
    for i, t in enumerate([
        '贯彻执行国家和省、市关于自由贸易试验区建设的法律法规和政策，拟订郑州片区发展规划和年度工作计划并组织实施。',
        '统筹推进郑州片区投资贸易便利化改革，落实外商投资准入前国民待遇加负面清单管理制度。',
        '推动跨境电子商务综合试验区、中欧班列（郑州）集结中心和郑州航空港区联动发展，促进“空中丝绸之路”“陆上丝绸之路”“网上丝绸之路”“海上丝绸之路”融合发展。',
        '负责郑州片区综合保税区、保税物流中心等海关特殊监管区域和场所的协调服务工作。',
        '组织开展制度创新，做好改革试点经验的总结评估和复制推广。',
        '承办市委、市政府交办的其他事项。']):
        b.p(t, numid=nid, clause='（%s）%s' % ('一二三四五六'[i], t))
    heading(b, '二、机构设置')
    b.p('郑州片区管委会内设办公室、改革创新局、经济发展局、开放合作局、营商环境局5个内设机构，所属事业单位2个：郑州片区企业服务中心、'
        '郑州片区国际贸易促进中心。本部门2026年部门预算为汇总预算，包括管委会本级及所属2个事业单位预算。')
    b.pagebreak()

    part_heading(b, '第二部分　2026年部门预算情况说明')
    heading(b, '一、收支预算总体情况')
    b.p('按照综合预算的原则，郑州片区管委会所有收入和支出均纳入部门预算管理。2026年收入预算总计%s万元，支出预算总计%s万元，收支总计均%s。'
        '主要原因是中欧班列（郑州）集结中心配套服务及跨境电商综合试验区建设项目支出增加。'
        % (fm(total), fm(total), chg(total, total25)))
    b.p('收入预算包括：一般公共预算拨款收入%s万元，政府性基金预算拨款收入%s万元，上年结转结余%s万元。支出预算包括：基本支出%s万元，项目支出%s万元。'
        % (fm(gp), fm(fund), fm(carry), fm(basic), fm(proj_all)))
    heading(b, '二、一般公共预算当年拨款情况')
    b.p('2026年一般公共预算当年拨款%s万元，%s，主要原因是对外开放和招商引资相关项目支出增加。按支出功能分类，%s。'
        % (fm(gp), chg(gp, gp25), structure(tree, gp)))
    b.p('一般公共预算当年拨款具体安排情况如下：')
    nid2 = b.make_num('decimal', '%1.')
    for i, line in enumerate(item_lines(tree, numbering=False), 1):
        b.p(line, numid=nid2, clause='%d.%s' % (i, line))
    heading(b, '三、政府性基金预算支出情况')
    b.p('2026年政府性基金预算拨款支出%s万元，%s，全部为城乡社区支出（类）国有土地使用权出让收入安排的支出（款）城市建设支出（项），'
        '主要用于郑州片区综合保税区及片区道路等基础设施配套建设。' % (fm(fund), chg(fund, fund25)))
    heading(b, '四、“三公”经费预算情况')
    sg = [('因公出国（境）费', '15.00', '18.00'), ('公务用车购置及运行维护费', None, None),
          ('其中：公务用车购置费', '0.00', '0.00'), ('公务用车运行维护费', '10.20', '11.00'),
          ('公务接待费', '6.30', '7.50')]
    car26 = S('0.00', '10.20'); car25 = S('0.00', '11.00')
    t26 = S('15.00', car26, '6.30'); t25 = S('18.00', car25, '7.50')
    b.p('2026年“三公”经费预算%s万元，%s。具体情况如下表：' % (fm(t26), chg(t26, t25)))

    def row(name, a, c, left=None):
        a, c = D(str(a)), D(str(c))
        rate = '0.0%' if c == 0 else ('-' if a < c else '') + pc(abs(a - c), c)
        nm = {'t': name, 'left': left, 'al': 'l'} if left else name
        return [nm, ft(a), ft(c), ft(a - c), rate]
    b.table(['项目', '2026年预算数（万元）', '2025年预算数（万元）', '增减额（万元）', '增减率'],
            [row('合计', t26, t25), row('因公出国（境）费', '15.00', '18.00'),
             row('公务用车购置及运行维护费', car26, car25),
             row('其中：公务用车购置费', '0.00', '0.00', left=12),
             row('公务用车运行维护费', '10.20', '11.00', left=36),
             row('公务接待费', '6.30', '7.50')],
            [5.0, 2.8, 2.8, 2.6, 2.2], aligns=['l', 'r', 'r', 'r', 'r'], size=11)
    b.p('“三公”经费预算减少的主要原因是：认真落实过紧日子要求，严格控制因公出国（境）团组数量和规模，2026年计划安排因公出国（境）团组2个、共6人次；'
        '进一步加强公务用车使用管理；严格执行公务接待标准。')
    heading(b, '五、机关运行经费情况')
    b.p('2026年郑州片区管委会本级及参照公务员法管理的事业单位机关运行经费预算%s万元，%s，主要原因是压减会议费、培训费和一般性公用经费支出。'
        % (fm('602.80'), chg('602.80', '640.00')))
    heading(b, '六、政府采购预算情况')
    b.p('2026年政府采购预算总额%s万元，其中：政府采购货物预算%s万元，政府采购工程预算%s万元，政府采购服务预算%s万元。'
        % (fm('1236.00'), fm('146.00'), fm('0'), fm('1090.00')))
    b.p([('七、国有资产占有使用情况。', 'ht'),
         '截至2025年12月31日，郑州片区管委会共有车辆2辆，均为一般公务用车；单位价值50万元以上通用设备1台（套），单位价值100万元以上专用设备0台（套）。'
         '2026年部门预算未安排购置车辆。'])
    b.p([('八、预算绩效管理情况。', 'ht'),
         '2026年郑州片区管委会所有项目支出均编制了绩效目标，涉及一般公共预算当年拨款%s万元、政府性基金预算拨款%s万元。'
         '主要绩效目标包括：中欧班列（郑州）全年开行班列不少于1,000列；跨境电商进出口交易额同比增长10%%以上；新设外商投资企业不少于60家；'
         '形成可复制推广的制度创新成果不少于10项。' % (fm(proj), fm(fund))])
    b.pagebreak()

    part_heading(b, '第三部分　名词解释')
    n3 = '3.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。'
    n4 = '4.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。'
    b.p('1.财政拨款收入：指本级财政当年拨付的资金，包括一般公共预算拨款收入和政府性基金预算拨款收入。')
    b.p('2.上年结转结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。')
    b.p([n3, BR, n4], clause=[n3, n4])
    b.p('5.“三公”经费：指部门用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。')
    b.p('6.机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。')
    b.p('7.中欧班列集结中心：指按照国家有关规划布局，具备中欧班列货源集结、编组发运、多式联运等功能的物流枢纽。')
    b.pagebreak()

    part_heading(b, '第四部分　2026年部门预算公开表')
    b.p([('表一　2026年部门收支总表', 'ht', False, 14)], align='c', indent=False, clause=None, after=6)
    cats = dict(cat_totals(tree))
    incomes = [('一般公共预算拨款收入', gp), ('政府性基金预算拨款收入', fund), ('国有资本经营预算拨款收入', 0),
               ('事业收入', 0), ('事业单位经营收入', 0), ('其他收入', 0)]
    expenses = [('一般公共服务支出', cats['一般公共服务支出']), ('社会保障和就业支出', cats['社会保障和就业支出']),
                ('卫生健康支出', cats['卫生健康支出']), ('城乡社区支出', fund),
                ('商业服务业等支出', cats['商业服务业等支出'] + carry), ('住房保障支出', cats['住房保障支出'])]
    b.table(['收入项目', '预算数', '支出项目', '预算数'], szb_rows(incomes, expenses, carry, 0),
            [5.2, 2.6, 5.2, 2.6], aligns=['l', 'r', 'l', 'r'], size=11)
    b.empty()
    b.p([('表二　2026年一般公共预算当年拨款支出表', 'ht', False, 14)], align='c', indent=False, clause=None, after=6)
    b.table(['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
            tree_rows(tree, ('P', 11), ('P', 22)),
            [2.2, 6.4, 2.4, 2.3, 2.3], aligns=['l', 'l', 'r', 'r', 'r'], size=11)
    b.empty(2)
    b.layout_table([['', org], ['', '2026年2月12日']], [5.0, 10.6])
    b.page_numbers()
    return b


def main():
    expected = {}
    for fn in (doc_xiamen, doc_luzhou, doc_zhengzhou):
        b = fn()
        expected[b.stem] = b.save()
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for k, v in expected.items():
        print(k, [len(o['clauses']) for o in v])


if __name__ == '__main__':
    main()
