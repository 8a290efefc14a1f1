# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 729: 综合保税区突发事件应急预案（2026年修订）."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = '方正小标宋简体'
FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
RED = RGBColor(0xFF, 0x00, 0x00)
BR = object()  # soft line break marker


# ---------------------------------------------------------------- helpers
def set_font(run, font, size, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        rpr.insert(0, rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rf.set(qn(a), font)
    run.font.size = Pt(size)
    if bold:
        run.bold = True
    if color is not None:
        run.font.color.rgb = color


def add_runs(p, runs, font=FS, size=16):
    for r in runs:
        if r is BR:
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        if isinstance(r, str):
            r = (r,)
        text = r[0]
        f = r[1] if len(r) > 1 and r[1] else font
        s = r[2] if len(r) > 2 and r[2] else size
        b = r[3] if len(r) > 3 else False
        c = r[4] if len(r) > 4 else None
        set_font(p.add_run(text), f, s, b, c)


def fmt(p, align=None, indent=True, exact=28, before=0, after=0, size=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if exact:
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def border(p, side='bottom', color='FF0000', sz=12):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn('w:pBdr'))
    if bdr is None:
        bdr = OxmlElement('w:pBdr')
        pPr.append(bdr)
    el = OxmlElement('w:' + side)
    el.set(qn('w:val'), 'single')
    el.set(qn('w:sz'), str(sz))
    el.set(qn('w:space'), '1')
    el.set(qn('w:color'), color)
    bdr.append(el)


def page_number_footer(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run('— '), 'Times New Roman', 14)
    r = p.add_run()
    set_font(r, 'Times New Roman', 14)
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    r._r.append(f1); r._r.append(it); r._r.append(f2)
    r2 = p.add_run('1'); set_font(r2, 'Times New Roman', 14)
    r3 = p.add_run(); f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    r3._r.append(f3)
    set_font(p.add_run(' —'), 'Times New Roman', 14)


def cell_text(cell, runs, font=FS, size=12, align=None, bold=False):
    p = cell.paragraphs[0]
    if isinstance(runs, str):
        runs = [(runs, font, size, bold)]
    add_runs(p, runs, font, size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    return p


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = parse_xml('<w:tblBorders %s>' % nsdecls('w') + ''.join(
        '<w:%s w:val="nil"/>' % s for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
        + '</w:tblBorders>')
    tblPr.append(b)


def header_repeat(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader')
    h.set(qn('w:val'), 'true')
    trPr.append(h)


def set_widths(table, widths_cm):
    """Fix column widths so Word and LibreOffice agree (grid + cells + table width)."""
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    cols = grid.findall(qn('w:gridCol'))
    for gc, w in zip(cols, widths_cm):
        gc.set(qn('w:w'), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)
    tblPr = tbl.tblPr
    tw = tblPr.find(qn('w:tblW'))
    if tw is None:
        tw = OxmlElement('w:tblW')
        tblPr.append(tw)
    tw.set(qn('w:type'), 'dxa')
    tw.set(qn('w:w'), str(int(sum(widths_cm) * 567)))


class Builder:
    def __init__(self):
        self.d = Document()
        sec = self.d.sections[0]
        sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
        sec.top_margin = Cm(3.7); sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8); sec.right_margin = Cm(2.6)
        st = self.d.styles['Normal']
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn('w:eastAsia'), FS)
        page_number_footer(sec)
        self.clauses = None
        self.num_id = None
        self.counters = [0, 0, 0]

    # plain paragraphs -------------------------------------------------
    def p(self, runs, align=None, indent=True, exact=28, font=FS, size=16, clause=None):
        if isinstance(runs, str):
            runs = [runs]
        par = self.d.add_paragraph()
        add_runs(par, runs, font, size)
        fmt(par, align, indent, exact, size=size)
        if clause is not None:
            self.clauses.append(clause)
        return par

    def empty(self, n=1):
        for _ in range(n):
            self.d.add_paragraph()

    def body(self, text):
        return self.p(text, clause=text)

    def runin(self, head, text, hfont=FS, bold=True):
        return self.p([(head, hfont, 16, bold), text], clause=head + text)

    def heading(self, text, font=HT, bold=False):
        return self.p([(text, font, 16, bold)])

    def page_break(self):
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # tables -------------------------------------------------------------
    def table(self, header, rows, widths, size=12, clause_rows=True, cell_runs=None):
        t = self.d.add_table(rows=1 + len(rows), cols=len(header))
        t.style = 'Table Grid'
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            cell_text(t.rows[0].cells[i], [(h, HT, size)], align=WD_ALIGN_PARAGRAPH.CENTER)
        header_repeat(t.rows[0])
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                runs = val if isinstance(val, list) else [val]
                al = WD_ALIGN_PARAGRAPH.CENTER if len(''.join(x for x in runs if isinstance(x, str))) < 14 else None
                cell_text(t.rows[ri + 1].cells[ci], runs, size=size, align=al)
            if clause_rows:
                vals = [''.join(x for x in (v if isinstance(v, list) else [v]) if isinstance(x, str))
                        for v in row]
                self.clauses.append('；'.join('%s：%s' % (h, v) for h, v in zip(header, vals)))
        set_widths(t, widths)
        return t

    # Word automatic multilevel numbering (decimal 1 / 1.1 / 1.1.1) -------
    def init_numbering(self):
        npart = self.d.part.numbering_part
        root = npart.element
        abs_id = 729
        lvls = []
        for i, (txt, font) in enumerate([('%1', HT), ('%1.%2', KT), ('%1.%2.%3', FS)]):
            lvls.append(
                '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="space"/>'
                '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
                '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
                '</w:lvl>' % (i, txt, font, font, font))
        absnum = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>'
                           % (nsdecls('w'), abs_id, ''.join(lvls)))
        nums = root.findall(qn('w:num'))
        if nums:
            nums[0].addprevious(absnum)
        else:
            root.append(absnum)
        ids = [int(n.get(qn('w:numId'))) for n in nums] or [0]
        self.num_id = max(ids) + 1
        num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                        % (nsdecls('w'), self.num_id, abs_id))
        root.append(num)

    def _numbered(self, level, runs):
        self.counters[level] += 1
        for k in range(level + 1, 3):
            self.counters[k] = 0
        label = '.'.join(str(c) for c in self.counters[:level + 1])
        par = self.d.add_paragraph()
        add_runs(par, runs)
        fmt(par, indent=False)
        pPr = par._p.get_or_add_pPr()
        numPr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                          % (nsdecls('w'), level, self.num_id))
        pPr.insert(0, numPr)
        return par, label

    def nhead(self, level, text):
        font = [HT, KT, FS][level]
        self._numbered(level, [(text, font, 16, level == 2)])

    def nrunin(self, level, head, text):
        font = [HT, KT, FS][level]
        _, label = self._numbered(level, [(head, font, 16, True), text])
        self.clauses.append('%s %s%s' % (label, head, text))

    def save(self, path):
        self.d.save(path)


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None, level='zone',
                region=None, effective=None, expires=None, attachments=[], doc_type=None,
                recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


# =================================================================== DOC 1
def doc_chongqing():
    b = Builder()
    zone = '重庆西永综合保税区'
    organ = '重庆西永综合保税区管理委员会'
    plan_title = '重庆西永综合保税区突发事件应急预案（2026年修订）'
    contact_title = '重庆西永综合保税区突发事件应急联系方式'
    docno = '西永综保管发〔2026〕5号'

    # 版头
    b.empty()
    b.p([(organ + '文件', XBS, 26, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=None)
    b.empty()
    b.p(docno, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    rl = b.p('', indent=False, exact=None)
    border(rl, 'bottom', 'FF0000', 24)
    b.empty()
    # 标题 split over two paragraphs
    for line in ('重庆西永综合保税区管理委员会', '关于印发《重庆西永综合保税区突发事件',
                 '应急预案（2026年修订）》的通知'):
        b.p([(line, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    b.empty()

    notice = []
    b.clauses = notice
    b.p('管委会各处室，各驻区监管单位，区内各企业：', indent=False)
    b.body('为进一步健全重庆西永综合保税区突发事件应急管理体系，提高防范和处置各类突发事件的能力，'
           '最大程度减少突发事件及其造成的损害，保障区内人员生命财产安全和海关监管秩序，管委会对'
           '《重庆西永综合保税区突发事件应急预案（2021年版）》进行了修订，形成了《重庆西永综合保税区'
           '突发事件应急预案（2026年修订）》，经2026年第3次主任办公会议审议通过，现印发给你们，'
           '并就有关事项通知如下。')
    b.runin('一、加强组织领导。', '各处室、各驻区单位要高度重视突发事件应急管理工作，严格落实“一岗双责”，'
            '主要负责同志为本单位应急管理第一责任人，确保预案各项措施落到实处。')
    b.runin('二、抓好预案衔接。', '区内各企业要对照本预案，于2026年5月31日前完成本单位专项应急预案或现场处置方案的修订，'
            '并报管委会安全监管处备案。涉及危险化学品、锂电池等特殊货物的企业应当单独编制专项处置方案。')
    b.runin('三、强化演练培训。', '各单位每年至少组织1次综合应急演练和2次专项演练，演练情况于每年12月15日前'
            '书面报送管委会应急管理办公室。')
    b.runin('四、做好宣传解读。', '各单位要通过多种形式开展预案宣传，确保一线作业人员知晓应急报告程序和避险措施。')
    b.runin('五、严格督促检查。', '管委会将预案落实情况纳入年度安全生产目标考核，对预案修订不及时、演练流于形式的单位予以通报。')
    b.body('执行中遇到的问题，请及时与管委会应急管理办公室联系。')
    b.body('联系人：陈立群，电话：023-65791206。')
    b.empty()
    # 附件 list (hanging, typed with full-width spaces)
    b.p('附件：' + plan_title)
    b.empty(3)
    # 落款 aligned with typed spaces
    b.p(' ' * 22 + organ, indent=False)
    b.p(' ' * 30 + '2026年3月18日', indent=False)
    b.p('（此件公开发布）')

    # ---------------- 预案 ----------------
    b.page_break()
    b.p([('附件', HT, 16)], indent=False)
    b.empty()
    b.p([('重庆西永综合保税区突发事件应急预案', XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    b.p([('（2026年修订）', KT, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    b.empty()

    plan = []
    b.clauses = plan
    b.heading('1 总则')
    b.heading('1.1 编制目的', KT, True)
    b.body('为规范重庆西永综合保税区（以下简称综保区）突发事件应对工作，建立统一指挥、反应灵敏、协调有序、'
           '运转高效的应急管理机制，有效预防和妥善处置各类突发事件，保障区内人员生命财产安全，'
           '维护海关监管秩序和区内生产经营秩序，制定本预案。')
    b.runin('1.2 编制依据。', '依据《中华人民共和国突发事件应对法》《中华人民共和国安全生产法》《中华人民共和国海关法》'
            '《生产安全事故应急条例》《综合保税区管理办法》《重庆市突发事件总体应急预案》等法律法规和有关规定，'
            '结合综保区实际，制定本预案。', KT)
    # heading + soft break + body typed in one paragraph
    scope = ('本预案适用于综保区围网区域内及卡口、查验场地、保税仓储物流设施等配套区域发生的，'
             '需要由管委会组织或者参与应对的下列突发事件：')
    b.p([('1.3 适用范围', KT, 16, True), BR, '　　' + scope], indent=True)
    plan.append(scope)
    for t in ['（1）火灾、爆炸、危险化学品泄漏等生产安全事故；',
              '（2）暴雨、洪涝、地震等自然灾害及其引发的次生灾害；',
              '（3）区内发生的传染病疫情、群体性不明原因疾病、食物中毒等公共卫生事件；',
              '（4）卡口冲关、海关监管信息化系统大面积瘫痪、围网及视频监控设施严重损坏等影响监管秩序的事件。']:
        b.body(t)
    b.heading('2 组织体系')
    b.heading('2.1 应急指挥机构', KT, True)
    b.heading('2.1.1 应急指挥部', FS, True)
    b.body('管委会设立综保区突发事件应急指挥部（以下简称指挥部），统一领导、指挥和协调综保区突发事件应对工作。'
           '总指挥由管委会主任担任，副总指挥由管委会分管安全生产工作的副主任和西永海关分管副关长担任，'
           '成员由管委会各处室、各驻区单位主要负责人组成。')
    b.runin('2.1.2 指挥部办公室。', '指挥部办公室设在管委会应急管理办公室，负责指挥部日常工作，承担信息汇总、上报，'
            '组织协调应急处置、预案修订和演练等工作。办公室主任由应急管理办公室主任兼任。')
    b.runin('2.1.3 现场指挥部。', '突发事件发生后，根据需要设立现场指挥部，由总指挥或者其指定的负责同志担任现场指挥长，'
            '下设综合协调、抢险救援、医疗救护、治安警戒、监管保障、后勤保障和新闻宣传7个工作组。')
    b.heading('2.2 成员单位职责', KT, True)
    b.body('指挥部各成员单位按照职责分工，做好相关突发事件的预防和应急处置工作，具体职责见下表。')
    b.p([('表1  成员单位职责', HT, 14)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    b.table(['序号', '成员单位', '主要职责'], [
        ['1', '管委会应急管理办公室', '承担指挥部办公室日常工作；负责突发事件信息接报、汇总和报送；组织预案编制、修订和演练。'],
        ['2', '管委会安全监管处', '负责区内企业安全生产监督检查；参与生产安全事故的调查处理；指导企业编制专项应急预案。'],
        ['3', '管委会综合保障处', '负责应急物资储备、调拨和后勤保障；协调供水、供电、供气等公共设施的抢修恢复。'],
        ['4', '西永海关', '负责突发事件期间进出区货物、物品的海关监管；依法办理应急物资快速验放；配合做好卡口管控和涉事货物处置。'],
        ['5', '高新区公安分局西永派出所', '负责现场治安警戒、交通管制和人员疏散；依法处置群体性事件和冲关等违法行为。'],
        ['6', '西永消防救援站', '负责火灾扑救、危险化学品泄漏处置和被困人员搜救等抢险救援工作。'],
    ], [1.4, 4.6, 9.6])
    b.empty()
    b.heading('3 预防与预警')
    b.heading('3.1 风险防控', KT, True)
    b.body('各单位应当建立健全风险隐患排查治理制度，对区内仓库、堆场、生产车间、危险品库房等重点部位开展经常性检查。'
           '区内企业每月至少开展1次安全隐患自查，管委会安全监管处每季度至少组织1次专项检查。')
    b.runin('3.2 预警发布。', '指挥部办公室根据气象、应急管理等部门发布的预警信息和区内监测情况，及时向各成员单位和区内企业'
            '转发预警信息。预警级别由高到低分为红色、橙色、黄色和蓝色。', KT)
    b.heading('3.3 预警措施', KT, True)
    b.body('发布预警后，有关单位应当根据实际情况采取以下措施：')
    for t in ['（1）加强值班值守，实行24小时领导带班制度；',
              '（2）对重点部位、重点货物开展巡查，必要时暂停危险作业；',
              '（3）通过广播、短信、微信工作群等方式及时告知区内企业和人员。']:
        b.body(t)

    b.heading('4 应急响应')
    b.heading('4.1 信息报告', KT, True)
    b.body('突发事件发生后，事发企业应当立即向指挥部办公室报告，最迟不得超过30分钟；指挥部办公室接报后应当在1小时内'
           '向总指挥报告，并按规定向高新区管委会和市级有关部门报告。涉及人员死亡或者造成重大社会影响的，'
           '应当先电话报告、后书面报告。')
    b.heading('4.2 分级响应', KT, True)
    b.body('根据突发事件的性质、严重程度和影响范围，综保区应急响应分为Ⅰ级、Ⅱ级、Ⅲ级，具体见下表。')
    b.p([('表2  应急响应分级', HT, 14)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    b.table(['级别', '启动条件', '响应措施'], [
        ['Ⅰ级', '发生造成3人以上死亡或者10人以上重伤的事件；发生危及综保区整体运行的火灾、爆炸事故；'
                '海关监管信息化系统全面瘫痪超过4小时。',
         '总指挥组织指挥应急处置，立即报告市、区人民政府，请求上级应急力量支援；全区暂停货物进出区作业。'],
        ['Ⅱ级', '发生造成1至2人死亡或者3至9人重伤的事件；火灾、危险化学品泄漏等事故影响范围超出事发企业；'
                '卡口或者围网设施严重损坏影响监管。',
         '副总指挥组织指挥应急处置，成立现场指挥部，调集相关成员单位力量开展处置；对事发区域实施临时管控。'],
        ['Ⅲ级', '发生造成人员轻伤或者一定财产损失、影响范围局限于事发企业的事件。',
         '指挥部办公室主任组织协调处置，督促事发企业启动本单位应急预案，有关成员单位按照职责予以配合。'],
    ], [1.8, 7.0, 6.8])
    b.empty()
    b.runin('4.3 响应终止。', '突发事件得到有效控制、危害因素基本消除后，由启动响应的指挥机构宣布应急响应终止，'
            '并通知各成员单位和区内企业恢复正常生产经营秩序。', KT)

    b.heading('5 后期处置')
    b.body('突发事件处置结束后，指挥部办公室会同有关单位做好伤亡人员救治、抚恤和受损设施修复等工作，'
           '并在15个工作日内组织对事件原因、处置过程和损失情况进行调查评估，形成评估报告报送总指挥。')

    b.heading('6 保障措施')
    b.runin('6.1 物资保障。', '管委会综合保障处负责在综保区应急物资储备库储备消防器材、防汛物资、个人防护用品和'
            '医疗急救用品，并建立物资台账，每半年检查更新一次。', KT)
    b.runin('6.2 通信保障。', '各成员单位应当确保24小时通信畅通，值班电话和传真号码发生变化的，'
            '应当在3个工作日内报指挥部办公室。应急联系方式见附件。', KT)

    b.heading('7 附则')
    b.runin('7.1 预案管理。', '本预案由管委会应急管理办公室负责解释，原则上每3年评估修订一次。', KT)
    b.runin('7.2 实施时间。', '本预案自印发之日起施行。《重庆西永综合保税区突发事件应急预案（2021年版）》'
            '（西永综保管发〔2021〕17号）同时废止。', KT)
    b.empty()
    b.p('附件：' + contact_title)

    b.page_break()
    b.p([('附件', HT, 16)], indent=False)
    b.empty()
    b.p([(contact_title, XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    b.empty()
    b.table(['单位', '值班电话', '传真'], [
        ['管委会应急管理办公室', '023-65791206', '023-65791208'],
        ['管委会安全监管处', '023-65791235', '023-65791236'],
        ['管委会综合保障处', '023-65791260', '023-65791261'],
        ['西永海关', '023-65793100', '023-65793101'],
        ['高新区公安分局西永派出所', '023-65795110', '—'],
        ['西永消防救援站', '023-65796119', '—'],
    ], [7.4, 4.2, 4.2], size=14)

    # 版记
    b.empty(4)
    cc = b.p([('抄送：重庆高新区管委会，西永海关，高新区应急管理局。', FS, 14)], indent=False)
    border(cc, 'top', '000000', 8)
    border(cc, 'bottom', '000000', 4)
    yf = b.p([('重庆西永综合保税区管理委员会办公室' + ' ' * 8 + '2026年3月18日印发', FS, 14)], indent=False)
    border(yf, 'bottom', '000000', 8)

    stem = 'blind729_chongqing_tongzhi'
    b.save(os.path.join(HERE, stem + '.docx'))
    exp = [
        {'meta': meta(title='重庆西永综合保税区管理委员会关于印发《重庆西永综合保税区突发事件应急预案（2026年修订）》的通知',
                      doc_number=docno, issuer=[organ], date='2026-03-18', region=zone,
                      attachments=[plan_title], doc_type='通知',
                      recipients=['管委会各处室', '各驻区监管单位', '区内各企业'],
                      publicity='此件公开发布'),
         'clauses': notice},
        {'meta': meta(title=plan_title, issuer=[organ], date='2026-03-18', region=zone,
                      effective='2026-03-18', attachments=[contact_title], doc_type='预案',
                      repeals='《重庆西永综合保税区突发事件应急预案（2021年版）》（西永综保管发〔2021〕17号）'),
         'clauses': plan},
    ]
    return stem, exp


# =================================================================== DOC 2
def doc_kunshan():
    b = Builder()
    b.init_numbering()
    zone = '昆山综合保税区'
    o1 = '昆山综合保税区管理委员会'
    o2 = '昆山海关'
    plan_title = '昆山综合保税区突发事件应急预案（2026年修订）'
    contact_title = '昆山综合保税区突发事件应急联系方式'
    docno = '昆综保管〔2026〕11号'

    # joint 版头 as a layout table: two organs stacked, 文件 on the right
    b.empty()
    t = b.d.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    cell_text(t.cell(0, 0), [(o1, XBS, 22, False, RED)], align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    cell_text(t.cell(1, 0), [(o2, XBS, 22, False, RED)], align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, [('文件', XBS, 36, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER)
    for c in m._tc.iter(qn('w:tcPr')):
        va = OxmlElement('w:vAlign'); va.set(qn('w:val'), 'center'); c.append(va)
        break
    set_widths(t, [11.0, 4.6])
    b.empty()
    b.p(docno, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    rl = b.p('', indent=False, exact=None)
    border(rl, 'bottom', 'FF0000', 24)
    b.empty()
    # title with soft line break
    b.p([('关于印发《昆山综合保税区突发事件应急预案', XBS, 22), BR, ('（2026年修订）》的通知', XBS, 22)],
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    b.empty()

    notice = []
    b.clauses = notice
    b.p('各部门、各有关单位，区内各企业：', indent=False)
    b.body('为贯彻落实《中华人民共和国突发事件应对法》和省、市关于加强开发区安全生产和应急管理工作的部署要求，'
           '进一步提升综合保税区突发事件防范应对能力，昆山综合保税区管理委员会、昆山海关联合修订了'
           '《昆山综合保税区突发事件应急预案》。现将《昆山综合保税区突发事件应急预案（2026年修订）》印发给你们，'
           '请结合实际认真抓好贯彻落实。')
    b.runin('一、认真组织学习。', '各部门、各有关单位要将本预案纳入年度安全生产培训内容，组织全体工作人员特别是值班人员、'
            '一线监管人员认真学习，熟练掌握信息报告程序和先期处置要求。', HT, False)
    b.runin('二、完善企业预案。', '区内各企业特别是仓储物流、保税维修、跨境电商等重点企业，要于2026年6月30日前'
            '对照本预案完成本企业应急预案修订，并报管委会安全环保部备案。', HT, False)
    b.runin('三、落实值班值守。', '节假日和重要时段，各单位要严格执行24小时值班和领导带班制度，'
            '确保突发事件信息第一时间报告、第一时间处置。', HT, False)
    b.runin('四、加强协同联动。', '管委会和昆山海关要建立突发事件信息互通和联合处置机制，涉及海关监管货物的突发事件，'
            '应当同步报告昆山海关综保区监管科。', HT, False)
    b.runin('五、及时报送情况。', '各部门、各有关单位贯彻落实本预案的情况，请于2026年7月15日前书面报送管委会安全环保部。', HT, False)
    b.body('执行中如有问题和建议，请及时向管委会安全环保部、昆山海关综保区监管科反馈。')
    b.body('联系人：管委会安全环保部 吴嘉怡，0512-57368012；昆山海关综保区监管科 周子昂，0512-57368250。')
    b.empty()
    b.p('附件：' + plan_title)
    b.empty(3)
    # joint 落款 in a borderless layout table
    lk = b.d.add_table(rows=2, cols=2)
    no_borders(lk)
    cell_text(lk.cell(0, 0), [(o1, FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(lk.cell(0, 1), [(o2, FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER)
    set_widths(lk, [8.6, 7.0])
    d = lk.cell(1, 0).merge(lk.cell(1, 1))
    cell_text(d, [('2026年4月27日' + ' ' * 8, FS, 16)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.empty()
    b.p('（此件公开发布）')

    # ---------------- 预案 ----------------
    b.page_break()
    b.p([('附件', HT, 16)], indent=False)
    b.empty()
    b.p([(plan_title, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    b.empty()

    plan = []
    b.clauses = plan
    b.nhead(0, '总则')
    b.nhead(1, '编制目的')
    b.body('为建立健全昆山综合保税区（以下简称综保区）突发事件应急机制，科学、高效、有序处置区内各类突发事件，'
           '最大限度减少人员伤亡、财产损失和对海关监管秩序的影响，保障综保区安全稳定运行，制定本预案。')
    b.nrunin(1, '编制依据。', '《中华人民共和国突发事件应对法》《中华人民共和国安全生产法》《中华人民共和国海关法》'
             '《国务院关于促进综合保税区高水平开放高质量发展的若干意见》《江苏省突发事件总体应急预案》'
             '《昆山市突发事件总体应急预案》等。')
    b.nhead(1, '适用范围')
    b.body('本预案适用于综保区规划范围内发生的下列突发事件的预防和应对工作：')
    for t in ['（1）仓储、物流、加工制造、保税维修等环节发生的火灾、爆炸、有毒有害物质泄漏等生产安全事故；',
              '（2）台风、暴雨、雷电等极端天气造成的险情灾情；',
              '（3）卡口冲关、聚集滋事、海关监管信息系统网络攻击等社会安全事件。']:
        b.body(t)
    b.nhead(0, '组织机构与职责')
    b.nhead(1, '应急领导小组')
    b.nrunin(2, '领导小组组成。', '综保区突发事件应急领导小组（以下简称领导小组）组长由管委会主任担任，'
             '副组长由管委会分管副主任和昆山海关分管副关长担任，成员为各成员单位主要负责人。')
    b.nrunin(2, '领导小组职责。', '贯彻落实上级关于应急管理工作的决策部署；决定启动和终止Ⅲ级以上应急响应；'
             '统一指挥较大以上突发事件的应急处置；向昆山市人民政府报告突发事件处置情况。')
    b.nrunin(1, '领导小组办公室。', '领导小组办公室设在管委会安全环保部，办公室主任由安全环保部部长兼任，'
             '负责应急值守、信息汇总报送、预案管理和应急演练组织等日常工作。')
    b.nhead(1, '成员单位职责')
    b.body('各成员单位在领导小组统一指挥下，按照下表所列职责开展突发事件应对工作。')
    b.table(['成员单位', '职责'], [
        ['管委会安全环保部', '承担领导小组办公室日常工作；负责区内企业安全生产和环境保护监管；组织开展应急演练和隐患排查。'],
        ['管委会综合办公室', '负责应急值班、信息报送和新闻发布的组织协调；做好应急处置期间的后勤保障。'],
        ['昆山海关综保区监管科', '负责突发事件涉及的保税货物监管；对应急救援物资进出区办理快速通关；配合处置卡口冲关等事件。'],
        ['昆山综保区投资发展有限公司', '负责围网、卡口、道路、消防设施等公共基础设施的维护和抢修；提供应急物资储备场所。'],
        ['昆山市公安局综保区派出所', '负责事发现场治安秩序维护、交通疏导和人员疏散；依法查处违法犯罪行为。'],
        ['昆山开发区消防救援大队', '负责火灾扑救、危险化学品事故处置和人员搜救等工作。'],
    ], [5.0, 10.6])
    b.empty()
    b.nhead(0, '监测预警')
    b.nrunin(1, '风险监测。', '管委会安全环保部依托综保区智慧监管平台，对区内重点企业、危险品仓库、卡口和围网'
             '实行24小时视频监控和在线监测，发现异常情况及时核查处置。')
    b.nhead(0, '应急响应')
    b.nhead(1, '响应分级')
    b.body('按照突发事件的严重程度和影响范围，综保区应急响应分为四级，具体标准如下：')
    b.table(['级别', '启动条件', '响应措施'], [
        [['Ⅰ级', BR, '（特别重大）'], '发生造成10人以上死亡，或者对综保区整体运行和海关监管造成特别严重影响的突发事件。',
         '领导小组立即报告昆山市人民政府，在市应急指挥机构统一指挥下开展先期处置和配合处置。'],
        [['Ⅱ级', BR, '（重大）'], '发生造成3人以上10人以下死亡，或者造成综保区卡口全部关闭超过12小时的突发事件。',
         '组长赶赴现场指挥，成立现场工作组，全面调集区内应急力量，同时请求市级有关部门支援。'],
        [['Ⅲ级', BR, '（较大）'], '发生造成1至2人死亡或者3人以上重伤，或者危险化学品泄漏影响范围超出事发企业的突发事件。',
         '副组长赶赴现场组织处置，相关现场工作组按照职责开展抢险救援、治安警戒和监管保障。'],
        [['Ⅳ级', BR, '（一般）'], '发生人员轻伤或者财产损失较小，影响范围局限于事发企业内部的突发事件。',
         '领导小组办公室指导事发企业启动本单位应急预案开展处置，并跟踪报告处置进展。'],
    ], [2.4, 6.8, 6.4])
    b.empty()
    b.nrunin(1, '信息报告。', '事发企业应当在事发后15分钟内电话报告领导小组办公室，30分钟内书面报告。'
             '领导小组办公室接报后，应当立即报告组长，并在1小时内报告昆山市应急管理局；'
             '涉及海关监管货物的，同时报告昆山海关。')
    b.nhead(1, '处置措施')
    b.body('突发事件发生后，根据事件类型和响应级别，采取以下处置措施：')
    for t in ['（1）组织营救和救治受伤人员，疏散、撤离并妥善安置受威胁人员；',
              '（2）迅速控制危险源，标明危险区域，封锁危险场所，划定警戒区；',
              '（3）做好现场监测，防止发生次生、衍生事件。']:
        b.body(t)
    b.nrunin(1, '海关监管特别措施。', '应急处置期间，对进出区的应急救援物资、设备，昆山海关可按规定实行'
             '“先登记放行、后补办手续”；因突发事件造成保税货物灭失、短少的，企业应当在事件处置结束后'
             '10个工作日内向昆山海关书面报告。')
    b.nhead(0, '后期处置')
    b.nrunin(1, '善后处置。', '管委会综合办公室会同有关单位做好伤亡人员善后、受损设施修复和企业恢复生产工作。')
    b.nrunin(1, '总结评估。', '应急响应终止后20个工作日内，领导小组办公室组织对事件处置情况进行总结评估，'
             '提出改进措施，形成总结评估报告。')

    b.nhead(0, '应急保障')
    b.nrunin(1, '通信保障。', '各成员单位应当保持值班电话和传真24小时畅通，应急联系方式见附件。')

    b.nhead(0, '附则')
    b.nrunin(1, '预案解释。', '本预案由昆山综合保税区管理委员会会同昆山海关负责解释。')
    b.nrunin(1, '施行日期。', '本预案自2026年5月1日起施行。2022年4月印发的《昆山综合保税区突发事件应急预案》'
             '（昆综保管〔2022〕9号）同时废止。')
    b.empty()
    b.p('附件：' + contact_title)

    b.page_break()
    b.p([('附件', HT, 16)], indent=False)
    b.empty()
    b.p([(contact_title, XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    b.empty()
    b.table(['单位', '值班电话', '传真'], [
        ['管委会安全环保部', '0512-57368012', '0512-57368013'],
        ['管委会综合办公室', '0512-57368001', '0512-57368002'],
        ['昆山海关综保区监管科', '0512-57368250', '0512-57368251'],
        ['昆山综保区投资发展有限公司', '0512-57368500', '0512-57368501'],
        ['昆山市公安局综保区派出所', '0512-57368110', '无'],
        ['昆山开发区消防救援大队', '0512-57368119', '无'],
    ], [7.0, 4.4, 4.4], size=14)

    # 版记 as a two-row table
    b.empty(3)
    bj = b.d.add_table(rows=2, cols=2)
    bj.style = 'Table Grid'
    cc = bj.cell(0, 0).merge(bj.cell(0, 1))
    cell_text(cc, [('抄送：昆山市人民政府办公室，昆山市应急管理局，苏州海关。', FS, 14)])
    cell_text(bj.cell(1, 0), [('昆山综合保税区管理委员会综合办公室', FS, 14)])
    cell_text(bj.cell(1, 1), [('2026年4月27日印发', FS, 14)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    set_widths(bj, [10.0, 5.6])

    stem = 'blind729_kunshan_tongzhi'
    b.save(os.path.join(HERE, stem + '.docx'))
    exp = [
        {'meta': meta(title='关于印发《昆山综合保税区突发事件应急预案（2026年修订）》的通知',
                      doc_number=docno, issuer=[o1, o2], date='2026-04-27', region=zone,
                      attachments=[plan_title], doc_type='通知',
                      recipients=['各部门', '各有关单位', '区内各企业'],
                      publicity='此件公开发布'),
         'clauses': notice},
        {'meta': meta(title=plan_title, issuer=[o1, o2], date='2026-04-27', region=zone,
                      effective='2026-05-01', attachments=[contact_title], doc_type='预案',
                      repeals='《昆山综合保税区突发事件应急预案》（昆综保管〔2022〕9号）'),
         'clauses': plan},
    ]
    return stem, exp


def main():
    expected = {}
    for fn in (doc_chongqing, doc_kunshan):
        stem, exp = fn()
        expected[stem] = exp
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_729', '--headless',
                        '--convert-to', 'pdf', '--outdir', HERE, os.path.join(HERE, stem + '.docx')],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
