# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 698: customs / commerce notices carrying
form samples (格式文本样本) and 填制说明.  Writes .docx, .pdf and expected.json
next to this script."""
import copy
import json
import os
import re
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
ST = '宋体'
RED = RGBColor(0xE6, 0x00, 0x12)

BR = object()  # soft line break marker
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUST = WD_ALIGN_PARAGRAPH.JUSTIFY


def norm(s):
    s = re.sub(r' {2,}', ' ', s)
    return s.strip()


def set_run_font(run, font=FS, size=16, bold=False, color=None,
                 underline=False):
    run.font.name = 'Times New Roman'
    rpr = run._element.get_or_add_rPr()
    rf = rpr.get_or_add_rFonts()
    rf.set(qn('w:eastAsia'), font)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color
    if underline:
        run.font.underline = True


def add_border(par, side='bottom', color='E60012', sz=12):
    pPr = par._p.get_or_add_pPr()
    bdr = pPr.find(qn('w:pBdr'))
    if bdr is None:
        bdr = OxmlElement('w:pBdr')
        # pBdr must precede shd/tabs/spacing/ind/jc
        succ = [qn(t) for t in ('w:shd', 'w:tabs', 'w:suppressAutoHyphens',
                                'w:kinsoku', 'w:wordWrap', 'w:overflowPunct',
                                'w:topLinePunct', 'w:autoSpaceDE',
                                'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd',
                                'w:snapToGrid', 'w:spacing', 'w:ind',
                                'w:contextualSpacing', 'w:mirrorIndents',
                                'w:suppressOverlap', 'w:jc', 'w:rPr')]
        placed = False
        for i, ch in enumerate(list(pPr)):
            if ch.tag in succ:
                pPr.insert(i, bdr)
                placed = True
                break
        if not placed:
            pPr.append(bdr)
    e = OxmlElement('w:' + side)
    e.set(qn('w:val'), 'single')
    e.set(qn('w:sz'), str(sz))
    e.set(qn('w:space'), '1')
    e.set(qn('w:color'), color)
    bdr.append(e)


def table_no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), 'nil')
        b.append(e)
    tblPr.append(b)


def set_widths(tbl, widths):
    tbl.autofit = False
    for i, w in enumerate(widths):
        tbl.columns[i].width = Cm(w)
        for row in tbl.rows:
            row.cells[i].width = Cm(w)


class Builder:
    def __init__(self, stem):
        self.stem = stem
        self.doc = Document()
        self.objs = []
        self.cur = None
        self._numid = None
        self._setup()

    # ---------------------------------------------------------------
    def _setup(self):
        doc = self.doc
        st = doc.styles['Normal']
        st.font.name = 'Times New Roman'
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), FS)
        st.font.size = Pt(16)
        sec = doc.sections[0]
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        sec.footer_distance = Cm(2.6)
        fp = sec.footer.paragraphs[0]
        fp.alignment = CENTER
        r = fp.add_run('— ')
        set_run_font(r, ST, 14)
        r = fp.add_run()
        set_run_font(r, ST, 14)
        f1 = OxmlElement('w:fldChar')
        f1.set(qn('w:fldCharType'), 'begin')
        r._r.append(f1)
        r = fp.add_run()
        set_run_font(r, ST, 14)
        it = OxmlElement('w:instrText')
        it.set(qn('xml:space'), 'preserve')
        it.text = ' PAGE '
        r._r.append(it)
        r = fp.add_run()
        set_run_font(r, ST, 14)
        f2 = OxmlElement('w:fldChar')
        f2.set(qn('w:fldCharType'), 'end')
        r._r.append(f2)
        r = fp.add_run(' —')
        set_run_font(r, ST, 14)

    def obj(self, **meta):
        base = dict(title=None, doc_number=None, issuer=[], date=None,
                    published=None, level=None, region=None, effective=None,
                    expires=None, attachments=[], doc_type=None,
                    recipients=[], publicity=None, repeals=None)
        base.update(meta)
        self.cur = {'meta': base, 'clauses': []}
        self.objs.append(self.cur)

    # ---------------------------------------------------------------
    def p(self, runs='', font=FS, size=16, align=JUST, indent=True,
          clause=False, split=False, bold=False, color=None, line=28,
          before=0, after=0, page_break=False, left=None, numbered=False):
        """runs: str | list of str / BR / (text, dict)."""
        doc = self.doc
        par = doc.add_paragraph()
        pf = par.paragraph_format
        if page_break:
            pf.page_break_before = True
        if numbered:
            pPr = par._p.get_or_add_pPr()
            numPr = pPr.get_or_add_numPr()
            numPr.get_or_add_ilvl().val = 0
            numPr.get_or_add_numId().val = self._numid
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if line:
            pf.line_spacing = Pt(line)
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        if align is not None:
            par.alignment = align
        if indent:
            pf.first_line_indent = Pt(size * 2)
        if left is not None:
            pf.left_indent = Pt(left)
        if isinstance(runs, str):
            runs = [runs] if runs else []
        segs = ['']
        for item in runs:
            if item is BR:
                r = par.add_run()
                set_run_font(r, font, size)
                r.add_break()
                segs.append('')
                continue
            if isinstance(item, tuple):
                text, fmt = item
            else:
                text, fmt = item, {}
            r = par.add_run(text)
            set_run_font(r, fmt.get('font', font), fmt.get('size', size),
                         fmt.get('bold', bold), fmt.get('color', color),
                         fmt.get('underline', False))
            segs[-1] += text
        if clause:
            if split:
                for s in segs:
                    if norm(s):
                        self.cur['clauses'].append(norm(s))
            else:
                t = norm(''.join(segs))
                if t:
                    self.cur['clauses'].append(t)
        return par

    def blank(self, n=1, size=16, line=28):
        for _ in range(n):
            self.p('', size=size, line=line, indent=False)

    def red_line(self):
        par = self.doc.add_paragraph()
        add_border(par, 'bottom', 'E60012', 18)
        par.paragraph_format.space_after = Pt(0)
        par.paragraph_format.line_spacing = Pt(8)
        par.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        return par

    def table(self, header, rows, widths, size=14, clause=True,
              header_font=HT):
        doc = self.doc
        tbl = doc.add_table(rows=1 + len(rows), cols=len(header))
        tbl.style = 'Table Grid'
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_widths(tbl, widths)
        for ri, row in enumerate([header] + rows):
            for ci, val in enumerate(row):
                cell = tbl.rows[ri].cells[ci]
                cell.width = Cm(widths[ci])
                par = cell.paragraphs[0]
                par.alignment = CENTER if (ri == 0 or len(val) <= 6) else LEFT
                par.paragraph_format.line_spacing = Pt(22)
                par.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                if val:
                    r = par.add_run(val)
                    set_run_font(r, header_font if ri == 0 else FS, size)
            if ri > 0 and clause and any(v.strip() for v in row):
                self.cur['clauses'].append(
                    '；'.join('%s：%s' % (h, v) for h, v in zip(header, row)))
        return tbl

    def auto_numbering(self, fmt='%1.', font=FS, size=16):
        """Define a decimal list (Word numbering, not typed) and return numId."""
        numbering = self.doc.part.numbering_part.element
        aid, nid = '698', '698'
        xml = (
            '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="%s">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
            '<w:sz w:val="%d"/></w:rPr></w:lvl></w:abstractNum>'
        ) % (aid, fmt, size * 40, font, size * 2)
        from docx.oxml import parse_xml
        an = parse_xml(xml)
        nums = numbering.findall(qn('w:num'))
        if nums:
            nums[0].addprevious(an)
        else:
            numbering.append(an)
        num = parse_xml(
            '<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="%s">'
            '<w:abstractNumId w:val="%s"/></w:num>' % (nid, aid))
        numbering.append(num)
        self._numid = int(nid)
        return self._numid

    # ---------------------------------------------------------------
    def save(self):
        path = os.path.join(HERE, self.stem + '.docx')
        self.doc.save(path)
        return path


def sig(b, text, size=16, right_chars=4, keep=True):
    """Signature / date line aligned with trailing manual spaces (not a clause)."""
    par = b.p(text + ' ' * right_chars, size=size, align=RIGHT, indent=False)
    par.paragraph_format.keep_with_next = keep
    return par


# ======================================================================
# 1. 郑州海关公告 — form sample in underscores + 填制说明
# ======================================================================
def make_zhengzhou():
    b = Builder('blind698_zhengzhou_gonggao')
    title = '郑州海关关于启用新版《出口货物原产地证明书申请表》等格式文本的公告'
    att = ['出口货物原产地证明书申请表（样式）', '出口货物原产地证明书申请表填制说明']
    common = dict(issuer=['郑州海关'], date='2026-02-10', level='provincial',
                  region='河南省')
    b.obj(title=title, doc_number='郑关公告〔2026〕4号', effective='2026-03-01',
          attachments=att, doc_type='公告',
          repeals='《郑州海关关于启用出口货物原产地证明书申请表的公告》（郑关公告〔2020〕11号）',
          **common)

    b.blank(2)
    b.p('郑　州　海　关', font=XBS, size=42, color=RED, align=CENTER,
        indent=False, line=None)
    b.blank(1)
    b.p('郑关公告〔2026〕4号', align=CENTER, indent=False)
    b.red_line()
    b.blank(1)
    b.p('郑州海关关于启用新版《出口货物原产地', font=XBS, size=22,
        align=CENTER, indent=False, line=36)
    b.p('证明书申请表》等格式文本的公告', font=XBS, size=22, align=CENTER, indent=False, line=36)
    b.blank(1)

    b.p('为进一步规范出口货物原产地证明书签证管理，提升中欧班列（中豫号）等跨境物流通道项下出口企业办事便利度，'
        '根据《中华人民共和国进出口货物原产地条例》等规定，郑州海关对关区出口货物原产地证明书申请相关格式文本进行了修订。'
        '现将有关事项公告如下：', clause=True)
    b.p('一、自2026年3月1日起，关区企业向郑州海关及所属各隶属海关申请签发非优惠原产地证明书和优惠原产地证明书的，'
        '应当使用新版《出口货物原产地证明书申请表》（见附件1），并按照《出口货物原产地证明书申请表填制说明》（见附件2）如实填写。',
        clause=True)
    b.p('二、新版申请表增加了“运输方式”“生产企业是否与申请单位一致”“证明书用途”等勾选项目，删除了原“商品检验情况”栏目。'
        '企业通过国际贸易“单一窗口”原产地证书申报系统办理的，系统同步调整电子申请表式样，企业无需另行提交纸质申请表。',
        clause=True)
    b.p(['三、企业确需以纸质方式提交申请的，应当使用A4规格纸张打印申请表，由申请单位加盖公章（不得以报关专用章、业务专用章代替），',
         BR, '并由申报员签字。申请表有涂改的，应当在涂改处加盖申请单位公章。'], clause=True)
    b.p('四、2026年3月1日至3月31日为过渡期。过渡期内，企业使用旧版申请表提交申请的，各隶属海关继续予以受理；'
        '自2026年4月1日起，旧版申请表停止使用。', clause=True)
    b.p('五、《郑州海关关于启用出口货物原产地证明书申请表的公告》（郑关公告〔2020〕11号）自2026年4月1日起废止。', clause=True)
    b.p('六、企业在填写和提交申请表过程中遇到问题的，可咨询所在地隶属海关原产地签证窗口，或拨打12360海关服务热线。',
        clause=True)
    b.p('联系单位：郑州海关关税处；联系电话：0371-65956219（工作日9:00—12:00，13:30—17:30）。', clause=True)
    b.blank(1)
    b.p('附件：1.出口货物原产地证明书申请表（样式）', indent=True)
    b.p('      2.出口货物原产地证明书申请表填制说明', indent=True)
    b.blank(2)
    sig(b, '郑州海关', right_chars=8)
    sig(b, '2026年2月10日', right_chars=4, keep=False)

    # ---------------- 附件1 form sample ----------------
    b.obj(title='出口货物原产地证明书申请表（样式）', doc_type='申请表', **common)
    b.p('附件1', font=HT, indent=False, align=LEFT, page_break=True)
    b.blank(1)
    b.p('出口货物原产地证明书申请表', font=XBS, size=22, align=CENTER, indent=False, line=36)
    b.p('（样式）', font=KT, align=CENTER, indent=False)
    b.blank(1, size=14)
    F = dict(size=14, indent=False, align=LEFT, line=30, clause=True)
    b.p('申请单位：'+'＿'*22, **F)
    b.p('统一社会信用代码：'+'＿'*18, **F)
    b.p('海关注册编码：'+'＿'*12, **F)
    b.p('证书号：'+'＿'*10+'    发票号：'+'＿'*10, **F)
    b.p('申请证书种类：☐非优惠原产地证明书　☐中国—东盟自贸协定原产地证书　☐RCEP原产地证书　☐其他（请注明）：＿＿＿＿＿＿', **F)
    b.p('生产企业名称：'+'＿'*15+'    ☐同申请单位', **F)
    b.p('运输方式：☐铁路（☐中欧班列）　☐海运　☐空运　☐公路　☐多式联运', **F)
    b.p('启运地：'+'＿'*7+'    最终目的国（地区）：'+'＿'*7, **F)
    b.p('贸易方式：☐一般贸易　☐加工贸易　☐其他', **F)
    b.p('证明书用途：☐清关　☐信用证结汇　☐其他（请注明）：＿＿＿＿', **F)
    b.table(['序号', '商品名称', 'HS编码（前6位）', '数量及单位', 'FOB值（美元）', '原产地标准'],
            [[''] * 6, [''] * 6, [''] * 6], [1.2, 4.0, 2.8, 2.4, 2.6, 2.4], size=12)
    b.p('商品生产、加工工序简述（含主要原材料及来源）：', before=6, **F)
    b.blank(3, size=14, line=30)
    b.p([('申请人郑重声明：', {'font': HT}),
         '本申请单位已认真阅读《出口货物原产地证明书申请表填制说明》，保证所填内容及所附单证真实、准确、完整，'
         '所列货物符合相应原产地规则要求；如有不实，愿承担相应法律责任。'],
        size=14, indent=True, align=JUST, line=30, clause=True)
    b.blank(1, size=14)
    sig(b, '申报员（签字）：　　　　　　', size=14)
    sig(b, '申请单位（盖章）：　　　　　　', size=14)
    sig(b, '年　　月　　日', size=14, right_chars=6, keep=False)
    b.p('以下由签证海关填写', font=HT, size=14, align=CENTER, indent=False, before=12)
    b.p('审核意见：☐同意签证　☐不予签证　☐需补充材料（材料名称：＿＿）', **F)
    b.p('签证人员：　　　　　　　　　　　　　　　年　　月　　日', size=14, indent=False, align=LEFT, line=30)

    # ---------------- 附件2 填制说明 ----------------
    b.obj(title='出口货物原产地证明书申请表填制说明', doc_type='说明', **common)
    b.p('附件2', font=HT, indent=False, align=LEFT, page_break=True)
    b.blank(1)
    b.p('出口货物原产地证明书申请表填制说明', font=XBS, size=22, align=CENTER, indent=False, line=36)
    b.blank(1)
    items = [
        '1.申请单位：填写在海关备案的申请单位中文全称，应当与营业执照登记名称一致。',
        '2.统一社会信用代码、海关注册编码：分别填写申请单位18位统一社会信用代码和10位海关注册编码。',
        '3.证书号：通过申报系统申请的，由系统自动生成；纸质申请的，由签证海关受理后填写，申请单位无需填写。',
        '4.发票号：填写出口货物商业发票号码。一份申请表对应一张商业发票。',
        '5.申请证书种类：在对应方框内打“√”，每份申请表限选一项。选择“其他”的，应当注明证书具体名称。',
        '6.生产企业名称：填写所列货物实际生产企业名称。生产企业与申请单位一致的，勾选“同申请单位”，无需重复填写。',
        '7.运输方式：按货物实际出境运输方式勾选。经中欧班列运输的，应当同时勾选“铁路”和“中欧班列”，'
        '并在“启运地”栏填写班列始发站（如“郑州圃田站”）。',
    ]
    for t in items:
        b.p(t, clause=True)
    b.p(['8.货物明细：', BR,
         '（1）商品名称应当填写具体名称，不得使用“配件”“日用品”等概括性描述；', BR,
         '（2）HS编码填写商品编码前6位；', BR,
         '（3）数量及单位按照商业发票填写，FOB值保留两位小数；', BR,
         '（4）原产地标准按照对应自贸协定规定的代码填写，申请非优惠原产地证明书的无需填写。'],
        clause=True, split=True, align=LEFT)
    b.p('9.货物超过3项的，可另附货物明细续页，续页格式与本表货物明细栏一致，并由申请单位加盖骑缝章。', clause=True)
    b.p('10.“申请人郑重声明”栏由申请单位法定代表人或者其授权的申报员签字，并加盖申请单位公章。', clause=True)
    b.p('本说明由郑州海关负责解释。', clause=True)
    return b


# ======================================================================
# 2. 青岛片区 + 西海岸新区市场监管局 联合通知 — 承诺书 + auto-numbered 说明
# ======================================================================
def make_qingdao():
    b = Builder('blind698_qingdao_tongzhi')
    b.auto_numbering()
    ORG1 = '中国（山东）自由贸易试验区青岛片区管理委员会'
    ORG2 = '青岛西海岸新区市场监督管理局'
    att = ['外商投资企业登记告知承诺书（样式）', '外商投资企业登记告知承诺书填写说明']
    common = dict(issuer=[ORG1, ORG2], date='2026-03-12', level='zone',
                  region='中国（山东）自由贸易试验区青岛片区')
    b.obj(title=ORG1 + ' ' + ORG2 + '关于启用外商投资企业登记格式文本的通知',
          doc_number='青自贸管发〔2026〕9号', effective='2026-04-01', attachments=att,
          doc_type='通知', recipients=['片区各部门', '各功能区管理机构', '各有关企业'],
          publicity='此件公开发布',
          repeals='《关于规范外资企业登记办事材料的通知》（青自贸管发〔2023〕31号）',
          **common)

    # joint red header as a layout table
    b.blank(1)
    tbl = b.doc.add_table(rows=2, cols=2)
    table_no_borders(tbl)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tbl, [12.9, 2.7])
    for i, name in enumerate([ORG1, ORG2]):
        c = tbl.rows[i].cells[0]
        par = c.paragraphs[0]
        par.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = par.add_run(name)
        set_run_font(r, XBS, 15.5, color=RED)
    m = tbl.cell(0, 1).merge(tbl.cell(1, 1))
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    par = m.paragraphs[0]
    par.alignment = CENTER
    r = par.add_run('文件')
    set_run_font(r, XBS, 36, color=RED)
    b.blank(1)
    b.p('青自贸管发〔2026〕9号', align=CENTER, indent=False)
    b.red_line()
    b.blank(1)
    b.p('中国（山东）自由贸易试验区青岛片区', font=XBS, size=22, align=CENTER, indent=False, line=36)
    b.p(['管理委员会 ' + ORG2, BR, '关于启用外商投资企业登记格式文本的通知'], font=XBS, size=22,
        align=CENTER, indent=False, line=36)
    b.blank(1)
    b.p('片区各部门、各功能区管理机构，各有关企业：', indent=False)

    b.p('为深入落实外商投资准入前国民待遇加负面清单管理制度，持续优化片区外商投资环境，推动外商投资企业设立、变更、注销登记'
        '与商务备案、外汇登记等事项“一件事”集成办理，片区管委会、新区市场监管局对外商投资企业登记相关办事格式文本进行了统一修订。'
        '现就有关事项通知如下：', clause=True)
    b.p('一、启用范围', font=HT)
    b.p('（一）自2026年4月1日起，外国投资者或者外商投资企业在片区政务服务中心“外资企业服务专区”办理设立登记、变更登记、'
        '注销登记及相关联办事项的，统一使用本通知所列格式文本。', clause=True)
    b.p('（二）本次启用的格式文本共4种，具体如下：', clause=True)
    b.table(['序号', '文本名称', '适用事项', '受理窗口'], [
        ['1', '外商投资企业“一件事”办理申请表', '设立、变更、注销登记及联办事项', '外资企业服务专区1号至4号窗口'],
        ['2', '外商投资企业登记告知承诺书', '适用告知承诺制的登记事项', '外资企业服务专区1号至4号窗口'],
        ['3', '外国投资者主体资格证明文件翻译件确认书', '外国投资者主体资格证明文件为外文的', '外资企业服务专区5号窗口'],
        ['4', '授权委托书（外商投资企业适用）', '委托代理人办理的各类事项', '各窗口通用'],
    ], [1.3, 5.0, 4.6, 4.6])
    b.p('（三）格式文本可通过青岛片区门户网站“办事服务”栏目下载，也可在片区政务服务中心窗口免费领取。'
        '其中，《外商投资企业登记告知承诺书》样式及填写说明见附件1、附件2。', clause=True, before=6)
    b.p('二、办理要求', font=HT)
    K = {'font': KT, 'bold': True}
    b.p([('（一）如实规范填写。', K),
         '申请人应当如实填写格式文本，对所提交材料的真实性、合法性负责。格式文本中带“☐”的选项，在对应方框内打“√”；'
         '不适用的栏目填写“无”，不得空白。'], clause=True)
    b.p([('（二）外文材料翻译确认。', K),
         '外国投资者主体资格证明文件为外文的，应当附中文翻译件，并由申请人在《外国投资者主体资格证明文件翻译件确认书》上签章确认。'
         '香港、澳门、台湾地区投资者参照执行。'], clause=True)
    b.p([('（三）告知承诺办理。', K),
         '选择告知承诺方式办理的，申请人应当签署《外商投资企业登记告知承诺书》。窗口工作人员对材料形式审查通过后当场办结，'
         '新区市场监管局在办结后30个工作日内组织开展核查。'], clause=True)
    b.p([('（四）委托代理办理。', K),
         '委托代理人办理的，应当提交《授权委托书（外商投资企业适用）》及代理人身份证明。'], clause=True)
    b.p('三、其他事项', font=HT)
    b.p('（一）本通知自2026年4月1日起施行。片区管委会《关于规范外资企业登记办事材料的通知》（青自贸管发〔2023〕31号）同时废止。',
        clause=True)
    b.p('（二）本通知由片区管委会投资促进局、新区市场监管局登记注册科按照职责分工负责解释。', clause=True)
    b.p('（三）咨询电话：片区政务服务中心外资企业服务专区0532-86179215；新区市场监管局登记注册科0532-86987310。', clause=True)
    b.blank(1)
    b.p('附件：1.外商投资企业登记告知承诺书（样式）')
    b.p('　　　2.外商投资企业登记告知承诺书填写说明')
    b.blank(2)
    # 落款 as a borderless layout table
    lt = b.doc.add_table(rows=2, cols=2)
    table_no_borders(lt)
    set_widths(lt, [8.0, 7.6])
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = lt.cell(0, 0).paragraphs[0]
    c.alignment = CENTER
    r = c.add_run('中国（山东）自由贸易试验区')
    set_run_font(r, FS, 16)
    r.add_break()
    r = c.add_run('青岛片区管理委员会')
    set_run_font(r, FS, 16)
    c = lt.cell(0, 1).paragraphs[0]
    c.alignment = CENTER
    r = c.add_run('青岛西海岸新区')
    set_run_font(r, FS, 16)
    r.add_break()
    r = c.add_run('市场监督管理局')
    set_run_font(r, FS, 16)
    d = lt.cell(1, 0).merge(lt.cell(1, 1)).paragraphs[0]
    d.alignment = RIGHT
    r = d.add_run('2026年3月12日    ')
    set_run_font(r, FS, 16)
    b.blank(1)
    b.p('（此件公开发布）')
    b.blank(4)
    p1 = b.p('抄送：青岛市商务局，青岛市市场监督管理局，国家外汇管理局青岛市分局。', size=14,
             indent=False, left=Pt(14).pt, line=None)
    add_border(p1, 'top', '000000', 8)
    add_border(p1, 'bottom', '000000', 4)
    p2 = b.p('青岛片区管理委员会办公室                  2026年3月13日印发', size=14,
             indent=False, left=Pt(14).pt, line=None)
    add_border(p2, 'bottom', '000000', 8)

    # ---------------- 附件1 承诺书 (underlined-space blanks) ----------------
    b.obj(title='外商投资企业登记告知承诺书', doc_type='承诺书',
          recipients=['青岛西海岸新区市场监督管理局'], **common)
    b.p('附件1', font=HT, indent=False, align=LEFT, page_break=True)
    b.blank(1)
    b.p('外商投资企业登记告知承诺书', font=XBS, size=22, align=CENTER, indent=False, line=36)
    b.blank(1)
    b.p('青岛西海岸新区市场监督管理局：', indent=False)
    U = {'underline': True}
    b.p(['本企业（申请人）', ('                    ', U), '（企业名称），统一社会信用代码（或名称自主申报告知书编号）',
         ('                          ', U), '，现申请办理☐设立登记　☐变更登记　☐注销登记，拟采用告知承诺方式办理，并作出如下承诺：'],
        clause=True)
    for t in ['一、所提交的申请材料及填报信息真实、合法、有效，复印件与原件一致，外文材料的中文翻译件与原文内容一致。',
              '二、本企业已知晓所办理登记事项应当具备的条件、标准和要求，并确认符合相关条件；投资领域不属于《外商投资准入特别管理措施（负面清单）》禁止投资的领域。',
              '三、本企业同意登记机关及有关部门依法对承诺内容开展核查，并积极配合提供相关材料。',
              '四、本企业知晓，如承诺内容不实或者未履行承诺，登记机关可以依法撤销登记，相关失信信息将记入企业信用记录，本企业依法承担相应法律责任。',
              '五、本承诺书一式两份，一份由登记机关存档，一份由申请人留存。']:
        b.p(t, clause=True)
    b.p('承诺方式：☐法定代表人签署　☐委托代理人签署（须附授权委托书）', clause=True)
    b.blank(1)
    sig(b, '申请人（盖章）：' + '　' * 8)
    sig(b, '法定代表人（负责人）或委托代理人（签字）：' + '　' * 4)
    sig(b, '年　　月　　日', right_chars=8, keep=False)

    # ---------------- 附件2 填写说明 (Word auto numbering) ----------------
    b.obj(title='外商投资企业登记告知承诺书填写说明', doc_type='说明', **common)
    b.p('附件2', font=HT, indent=False, align=LEFT, page_break=True)
    b.blank(1)
    b.p('外商投资企业登记告知承诺书填写说明', font=XBS, size=22, align=CENTER, indent=False, line=36)
    b.blank(1)
    auto = [
        '本承诺书适用于在中国（山东）自由贸易试验区青岛片区办理外商投资企业登记且选择告知承诺方式的申请人。',
        '办理设立登记尚未取得统一社会信用代码的，填写名称自主申报告知书编号。',
        '“☐设立登记　☐变更登记　☐注销登记”为单选项，一份承诺书只能勾选一项登记事项；同时办理多项登记事项的，应当分别签署。',
        '申请人为外国公司的，由其授权签字人签署；申请人为外国自然人的，由本人签字。',
        '承诺书应当使用黑色签字笔或者钢笔填写，字迹清楚，不得涂改。',
        '本承诺书可通过青岛片区门户网站“办事服务”栏目下载，A4纸打印，复印有效。',
    ]
    for i, t in enumerate(auto, 1):
        b.p(t, numbered=True, indent=False)
        b.cur['clauses'].append('%d.%s' % (i, t))
    return b


# ======================================================================
# 3. 义乌市商务局通知 — 证明样本 + 申请表 + 填写说明 (full-width "1．")
# ======================================================================
def make_yiwu():
    b = Builder('blind698_yiwu_tongzhi')
    att = ['跨境电子商务出口企业经营情况证明（样本）',
           '跨境电子商务出口企业经营情况证明申请表',
           '跨境电子商务出口企业经营情况证明申请表填写说明']
    common = dict(issuer=['义乌市商务局'], date='2026-01-20', level='county',
                  region='义乌市')
    b.obj(title='义乌市商务局关于启用《跨境电子商务出口企业经营情况证明》格式文本的通知',
          doc_number='义商务〔2026〕7号', effective='2026-02-01', expires='2028-01-31',
          attachments=att, doc_type='通知',
          recipients=['各镇街', '市级有关单位', '各跨境电子商务企业'],
          publicity='此件公开发布', **common)

    b.blank(2)
    b.p('义乌市商务局文件', font=XBS, size=40, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
        indent=False, line=None)
    b.blank(2)
    b.p('义商务〔2026〕7号', align=CENTER, indent=False)
    b.red_line()
    b.blank(1)
    b.p('义乌市商务局关于启用《跨境电子商务', font=XBS, size=22, align=CENTER, indent=False, line=36)
    b.p('出口企业经营情况证明》格式文本的通知', font=XBS, size=22, align=CENTER, indent=False, line=36)
    b.blank(1)
    b.p('各镇街，市级有关单位，各跨境电子商务企业：', indent=False)
    b.p('为进一步规范跨境电子商务出口企业经营情况证明出具工作，便利企业办理出口信用保险投保、银行融资、海外仓项目申报等事项，'
        '根据《义乌市推动跨境电子商务高质量发展若干措施》有关规定，结合工作实际，我局制定了《跨境电子商务出口企业经营情况证明》'
        '等格式文本，现将有关事项通知如下：', clause=True)
    b.p('一、适用范围', font=HT)
    b.p('（一）本通知适用于在义乌市注册登记，已向海关办理跨境电子商务企业注册登记，且上一年度通过9610、9710、9810等'
        '跨境电子商务监管方式实现出口的企业。', clause=True)
    b.p('（二）经营情况证明仅用于企业向金融机构、保险机构和有关部门说明经营情况，不作为企业资质认定、评优评先的依据。', clause=True)
    b.p('二、办理程序', font=HT)
    K = {'font': KT, 'bold': True}
    b.p([('（一）提交申请。', K),
         '企业通过“义乌跨境电商公共服务平台”在线提交申请，或者到市行政服务中心商务窗口现场提交。需提交的材料包括：'],
        clause=True)
    for t in ['1.《跨境电子商务出口企业经营情况证明申请表》（见附件2）；',
              '2.营业执照复印件（加盖企业公章）；',
              '3.上一年度跨境电子商务出口报关单或者清单汇总数据（可从国际贸易“单一窗口”导出）；',
              '4.委托他人办理的，提交授权委托书及受托人身份证复印件。']:
        b.p(t, clause=True)
    b.p([('（二）审核出具。', K),
         '市商务局自受理之日起3个工作日内完成审核。符合条件的，按照附件1格式出具证明并加盖市商务局公章；'
         '不符合条件的，一次性告知理由。'], clause=True)
    b.p([('（三）办理时限。', K), '各环节办理主体及时限如下：'], clause=True)
    b.table(['环节', '办理主体', '办理时限'], [
        ['申请受理', '市行政服务中心商务窗口', '即时'],
        ['材料审核', '市商务局电子商务科', '2个工作日'],
        ['证明出具', '市商务局办公室', '1个工作日'],
    ], [3.5, 7.0, 4.5])
    b.p('三、有关要求', font=HT, before=6)
    b.p(['（一）企业应当对申请材料的真实性负责。提供虚假材料骗取证明的，市商务局将收回已出具的证明，',
         BR, '3年内不再受理其申请，并按规定纳入信用记录。'], clause=True)
    b.p('（二）证明有效期为自出具之日起6个月。证明载明事项发生变化的，企业应当重新申请。', clause=True)
    b.p('（三）各镇街要加强政策宣传解读，引导辖区企业规范使用格式文本。', clause=True)
    b.p('本通知自2026年2月1日起施行，有效期至2028年1月31日。', clause=True)
    b.p('特此通知。', clause=True)
    b.p('联系人：市商务局电子商务科 王晓峰，联系电话：0579-85232617。', clause=True)
    b.blank(1)
    b.p(['附件：1．跨境电子商务出口企业经营情况证明（样本）', BR,
         '　　　2．跨境电子商务出口企业经营情况证明申请表', BR,
         '　　　3．跨境电子商务出口企业经营情况证明申请表填写说明'], align=LEFT)
    b.blank(2)
    sig(b, '义乌市商务局', right_chars=8)
    sig(b, '2026年1月20日', right_chars=6, keep=False)
    b.blank(1)
    b.p('（此件公开发布）')
    b.blank(3)
    p1 = b.p('抄送：金华市商务局，义乌海关。', size=14, indent=False, left=14, line=None)
    add_border(p1, 'top', '000000', 8)
    add_border(p1, 'bottom', '000000', 4)
    p2 = b.p('义乌市商务局办公室                         2026年1月21日印发', size=14,
             indent=False, left=14, line=None)
    add_border(p2, 'bottom', '000000', 8)

    # ---------------- 附件1 证明样本 ----------------
    b.obj(title='跨境电子商务出口企业经营情况证明（样本）', doc_type='证明', **common)
    b.p('附件1', font=HT, indent=False, align=LEFT, page_break=True)
    b.blank(1)
    b.p('跨境电子商务出口企业经营情况证明', font=XBS, size=22, align=CENTER, indent=False, line=36)
    b.p('（样本）', font=KT, align=CENTER, indent=False)
    b.blank(1)
    b.p('兹证明＿＿＿＿＿＿＿＿＿＿（企业名称）（统一社会信用代码：＿＿＿＿＿＿＿＿＿＿＿＿），'
        '注册地址位于义乌市＿＿＿＿＿＿＿＿＿＿，已于＿＿＿＿年＿＿月＿＿日向＿＿＿＿＿＿海关办理跨境电子商务企业注册登记。',
        clause=True, line=32)
    b.p('经核，该企业＿＿＿＿年度通过☐9610　☐9710　☐9810　☐1210监管方式实现跨境电子商务出口，出口额合计＿＿＿＿＿＿万美元，'
        '主要出口市场为＿＿＿＿＿＿＿＿＿＿。', clause=True, line=32)
    b.p('本证明仅用于☐出口信用保险投保　☐银行融资　☐海外仓项目申报　☐其他：＿＿＿＿＿＿，有效期至＿＿＿＿年＿＿月＿＿日，复印无效。',
        clause=True, line=32)
    b.p('特此证明。', clause=True, line=32)
    b.blank(1)
    sig(b, '义乌市商务局（盖章）', right_chars=6)
    sig(b, '年　　月　　日', right_chars=8, keep=False)

    # ---------------- 附件2 申请表 ----------------
    b.obj(title='跨境电子商务出口企业经营情况证明申请表', doc_type='申请表', **common)
    b.p('附件2', font=HT, indent=False, align=LEFT, page_break=True)
    b.blank(1)
    b.p('跨境电子商务出口企业经营情况证明申请表', font=XBS, size=22, align=CENTER, indent=False, line=36)
    b.blank(1, size=14)
    F = dict(size=14, indent=False, align=LEFT, line=27, clause=True)
    b.p('申请企业名称：'+'＿'*19+'（盖章）', **F)
    b.p('统一社会信用代码：'+'＿'*18, **F)
    b.p('海关编码：'+'＿'*12, **F)
    b.p('企业类型：☐跨境电商平台企业　☐跨境电商出口卖家　☐跨境电商服务企业（物流、支付、海外仓等）', **F)
    b.p('上一年度跨境电商出口额：＿＿＿＿＿＿万美元（其中：9610＿＿＿＿万美元；9710＿＿＿＿万美元；9810＿＿＿＿万美元）', **F)
    b.p('证明用途：☐出口信用保险投保　☐银行融资　☐海外仓项目申报　☐其他：＿＿＿＿＿＿', **F)
    b.p('联系人：＿＿＿＿＿＿＿＿    联系电话：＿＿＿＿＿＿＿＿＿＿', **F)
    b.p([('企业承诺：', {'font': HT}), '本企业提交的申请材料真实、有效，如有虚假，愿承担相应责任。'],
        size=14, indent=True, align=JUST, line=27, clause=True)
    sig(b, '法定代表人（签字）：　　　　　　', size=14)
    sig(b, '年　　月　　日', size=14, right_chars=6, keep=False)
    b.p('以下由市商务局填写', font=HT, size=14, align=CENTER, indent=False, before=12)
    b.p('审核意见：☐符合条件，同意出具　☐不符合条件（理由：＿＿＿＿）', **F)
    b.p('经办人：　　　　　　审核人：　　　　　　　　年　　月　　日', size=14, indent=False, align=LEFT, line=27)

    # ---------------- 附件3 填写说明 ----------------
    b.obj(title='跨境电子商务出口企业经营情况证明申请表填写说明', doc_type='说明', **common)
    b.p('附件3', font=HT, indent=False, align=LEFT, page_break=True)
    b.blank(1)
    b.p('跨境电子商务出口企业经营情况证明', font=XBS, size=22, align=CENTER, indent=False, line=36)
    b.p('申请表填写说明', font=XBS, size=22, align=CENTER, indent=False, line=36)
    b.blank(1)
    for t in ['1．申请企业名称应当与营业执照登记名称一致，并加盖企业公章。',
              '2．海关编码填写企业在海关注册登记的10位编码。',
              '3．企业类型可以多选，按照企业实际开展的业务勾选。',
              '4．上一年度跨境电商出口额以海关统计数据为准，按美元计，保留两位小数。其中：']:
        b.p(t, clause=True)
    for t in ['（1）9610指跨境电子商务零售出口（直邮）；',
              '（2）9710指跨境电子商务企业对企业直接出口；',
              '（3）9810指跨境电子商务出口海外仓。']:
        b.p('　　' + t, indent=True, clause=True)
    for t in ['5．证明用途为单选项，一份申请表对应一种用途；同时用于多种用途的，应当分别申请。',
              '6．申请表一式一份，由市商务局存档。']:
        b.p(t, clause=True)
    return b


def to_pdf(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_698', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)


def main():
    expected = {}
    for fn in (make_zhengzhou, make_qingdao, make_yiwu):
        b = fn()
        path = b.save()
        to_pdf(path)
        expected[b.stem] = b.objs
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
