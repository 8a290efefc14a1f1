# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 64: figures, formulas and units as subsidy rules print them.

Writes next to itself:
  blind64_jinhua_yunfeibuzhu.docx/.pdf  municipal 财政局+商务局 joint 印发通知 of a
      中欧班列运费补贴实施细则 (第X条): formulas on their own centred lines
      (补贴金额＝标准集装箱数量×补贴标准×调节系数), ≥ ≤ ＜ conditions, ranges
      (10%—20%, 5万元至50万元), 三成 / 百分之五十, a table with units in its
      header (补贴标准（元/标箱）), superscript ①② marks in cells with 注①/注②
      lines under the table, m² once as a superscript run and once as the
      Unicode character, one real Word footnote, a worked example (示例：…).
  blind64_hunan_haiwaicang.docx/.pdf  provincial 商务厅 印发通知 of a 省级公共海外仓
      认定办法 (第X条) with a 序号/评分项目/分值/评分标准 scoring table whose rows
      total 100 分 and a 合计 row, a formula inside a cell, and 附件 申报表 (a
      label/blank form table) on its own page before the 版记.
  expected.json
Run: python make_blind64.py  (needs python-docx; soffice for the PDFs)

Mini markup in the texts below: ^{x} = x as a superscript run (expected text
shows the printed glyph: ^{2} -> ², ^{①} -> ①); [[fn]] = a real Word footnote
reference (expected text leaves the mark out).
"""
import json
import os
import re
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
N = 64

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
SONG = '宋体'
LINE = Pt(28)
SUPMAP = {'2': '²', '3': '³', '①': '①', '②': '②', '③': '③'}


# ---------------------------------------------------------------- helpers
def set_rfonts(rpr, east, ascii_='Times New Roman'):
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.insert(0, rfonts)
    for a in ('w:asciiTheme', 'w:eastAsiaTheme', 'w:hAnsiTheme', 'w:cstheme'):
        if rfonts.get(qn(a)) is not None:
            del rfonts.attrib[qn(a)]
    rfonts.set(qn('w:ascii'), ascii_)
    rfonts.set(qn('w:hAnsi'), ascii_)
    rfonts.set(qn('w:eastAsia'), east)
    rfonts.set(qn('w:cs'), ascii_)


def run(p, text, font=FS, size=16, bold=False, color=None, sup=False):
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.bold = bold
    if sup:
        r.font.superscript = True
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    set_rfonts(r._element.get_or_add_rPr(), font)
    return r


TOK = re.compile(r'(\^\{[^}]*\}|\[\[fn\]\])')


def rich(p, text, font=FS, size=16, bold=False, doc=None):
    """Write text with ^{sup} and [[fn]] markup into paragraph p."""
    for part in TOK.split(text):
        if not part:
            continue
        if part.startswith('^{'):
            run(p, part[2:-1], font, size, bold, sup=True)
        elif part == '[[fn]]':
            footnote_ref(doc, p, size)
        else:
            run(p, part, font, size, bold)


def printed(text):
    """What the page shows: superscript digits as ², ³; footnote marks dropped."""
    def sup(m):
        s = m.group(0)[2:-1]
        return ''.join(SUPMAP.get(ch, ch) for ch in s)
    return re.sub(r'\^\{[^}]*\}', sup, text).replace('[[fn]]', '')


def fmt(p, align=None, indent=True, spacing=LINE, left=None, right=None):
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = spacing
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    return p


def body(doc, text, font=FS, size=16, **kw):
    p = doc.add_paragraph()
    fmt(p, **kw)
    if text:
        rich(p, text, font, size, doc=doc)
    return p


def article(doc, text):
    """第X条　… with the article number in 黑体 (run-in)."""
    p = doc.add_paragraph()
    fmt(p)
    m = re.match(r'(第[一二三四五六七八九十]+条)(　)(.*)$', text, re.DOTALL)
    run(p, m.group(1), HT, 16)
    run(p, m.group(2), FS, 16)
    rich(p, m.group(3), FS, 16, doc=doc)
    return p


def formula(doc, text):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    rich(p, text, FS, 16, doc=doc)
    return p


def blank(doc, n=1):
    for _ in range(n):
        body(doc, '', indent=False)


def border(p, side='bottom', color='FF0000', sz=12):
    ppr = p._p.get_or_add_pPr()
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


def page_field(p, size=14):
    run(p, '— ', SONG, size)
    r = p.add_run()
    r.font.size = Pt(size)
    set_rfonts(r._element.get_or_add_rPr(), SONG)
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t'); t.text = '1'
    f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
    for e in (f1, it, f2, t, f3):
        r._element.append(e)
    run(p, ' —', SONG, size)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.footer_distance = Mm(25)
    st = doc.styles['Normal']
    st.font.size = Pt(16)
    set_rfonts(st.element.get_or_add_rPr(), FS)
    doc.settings.odd_and_even_pages_header_footer = True
    fo = s.footer.paragraphs[0]
    fmt(fo, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, spacing=Pt(20), right=Pt(14))
    page_field(fo)
    fe = s.even_page_footer.paragraphs[0]
    fmt(fe, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, spacing=Pt(20), left=Pt(14))
    page_field(fe)


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), 'nil')
        b.append(e)
    tblPr.append(b)


def all_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement('w:' + side)
        e.set(qn('w:val'), 'single')
        e.set(qn('w:sz'), '6')
        e.set(qn('w:color'), '000000')
        b.append(e)
    tblPr.append(b)


def set_cell(cell, paras, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False, doc=None):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if isinstance(paras, str):
        paras = [paras]
    first = True
    for t in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt(p, align=align, indent=False, spacing=Pt(round(size * 1.4)))
        if t:
            rich(p, t, font, size, bold, doc=doc)


def widths(tbl, cms):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), cms):
        gc.set(qn('w:w'), str(int(Cm(w).twips)))
    for row in tbl.rows:
        k = 0
        for tc in row._tr.findall(qn('w:tc')):
            tcPr = tc.get_or_add_tcPr()
            gs = tcPr.find(qn('w:gridSpan'))
            span = int(gs.get(qn('w:val'))) if gs is not None else 1
            w = sum(cms[k:k + span]); k += span
            tcW = tcPr.find(qn('w:tcW'))
            if tcW is None:
                tcW = OxmlElement('w:tcW'); tcPr.insert(0, tcW)
            tcW.set(qn('w:type'), 'dxa'); tcW.set(qn('w:w'), str(int(Cm(w).twips)))
    lay = OxmlElement('w:tblLayout'); lay.set(qn('w:type'), 'fixed')
    tbl._tbl.tblPr.append(lay)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement('w:tblHeader')
    e.set(qn('w:val'), 'true')
    trPr.append(e)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement('w:cantSplit'))


def red_head_joint(doc, orgs, docno):
    """Joint 版头: organs stacked on the left, 文件 on the right over both rows (borderless table)."""
    tbl = doc.add_table(rows=len(orgs), cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(tbl)
    for i, o in enumerate(orgs):
        c = tbl.cell(i, 0)
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        p = c.paragraphs[0]
        fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=False, spacing=Pt(40))
        run(p, o, XBS, 30, color='FF0000')
    m = tbl.cell(0, 1).merge(tbl.cell(len(orgs) - 1, 1))
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=Pt(46))
    run(p, '文件', XBS, 32, color='FF0000')
    widths(tbl, [10.5, 4.0])
    blank(doc)
    p = body(doc, docno, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, 'bottom', 'FF0000', 18)
    blank(doc)


def red_head(doc, org, docno):
    p = body(doc, '', indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=Pt(60))
    run(p, org, XBS, 34, color='FF0000')
    blank(doc)
    p = body(doc, docno, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, 'bottom', 'FF0000', 18)
    blank(doc)


def title(doc, text, lines=None, new_page=False):
    for k, ln in enumerate(lines or [text]):
        p = body(doc, '', indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=Pt(36))
        if new_page and k == 0:
            p.paragraph_format.page_break_before = True
        run(p, ln, XBS, 22)


def banji(doc, chaosong, org, date_cn):
    blank(doc)
    p = body(doc, '', indent=False, spacing=Pt(22), left=Pt(14), right=Pt(14))
    border(p, 'top', '000000', 8)
    run(p, '抄送：', FS, 14)
    run(p, chaosong, FS, 14)
    border(p, 'bottom', '000000', 4)
    p = body(doc, '', indent=False, spacing=Pt(22), left=Pt(14), right=Pt(14))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6) - Pt(28), alignment=2)
    run(p, org, FS, 14)
    run(p, '\t' + date_cn, FS, 14)
    border(p, 'bottom', '000000', 8)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------ footnotes
FOOTNOTES_XML = (
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '</w:footnotes>'
)


def ensure_footnotes(doc):
    if getattr(doc, '_fn_el', None) is not None:
        return doc._fn_el
    el = parse_xml(FOOTNOTES_XML)
    doc._fn_el = el
    doc._fn_next = 1
    doc._fn_texts = []
    return el


def footnote_ref(doc, p, size):
    ensure_footnotes(doc)
    fid = doc._fn_next
    doc._fn_next += 1
    r = p.add_run()
    rpr = r._element.get_or_add_rPr()
    va = OxmlElement('w:vertAlign'); va.set(qn('w:val'), 'superscript'); rpr.append(va)
    ref = OxmlElement('w:footnoteReference'); ref.set(qn('w:id'), str(fid))
    r._element.append(ref)
    doc._fn_pending = fid


def footnote_text(doc, text):
    fid = doc._fn_pending
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    xml = (
        '<w:footnote xmlns:w="%s" w:id="%d"><w:p><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:vertAlign w:val="superscript"/><w:sz w:val="24"/></w:rPr><w:footnoteRef/></w:r>'
        '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
    ) % (W, fid, text)
    doc._fn_el.append(parse_xml(xml))


def attach_footnotes(doc):
    el = getattr(doc, '_fn_el', None)
    if el is None:
        return
    from lxml import etree
    blob = etree.tostring(el, xml_declaration=True, encoding='UTF-8', standalone=True)
    part = Part(PackURI('/word/footnotes.xml'),
                'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
                blob, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


# --------------------------------------------------------------- file (a)
A_STEM = 'blind64_jinhua_yunfeibuzhu'
A_ORGS = ['金华市财政局', '金华市商务局']
A_NO = '金财企〔2024〕21号'
A_TITLE = '金华市财政局 金华市商务局关于印发《金华市中欧班列运费补贴实施细则》的通知'
A_TITLE_LINES = ['金华市财政局 金华市商务局关于印发', '《金华市中欧班列运费补贴实施细则》的通知']
A_RULES = '金华市中欧班列运费补贴实施细则'
A_ZHUSONG = '各县（市、区）财政局、商务局，金华开发区财政局、经济发展局，有关企业：'
A_NOTICE = [
    '为深入贯彻落实共建“一带一路”倡议，加快金华国际陆港建设，根据《金华市人民政府关于加快推进国际陆港建设的若干意见》（金政发〔2023〕15号）精神，我们制定了《金华市中欧班列运费补贴实施细则》，现印发给你们，请遵照执行。',
    '执行中如有问题，请及时向市财政局、市商务局反馈。',
]
A_FOOTNOTE = '班列平台公司指经市人民政府确定、负责中欧班列（金华）组织运营和货源集结的企业。'

# ('A', text) article paragraph (opens a clause); ('F', text) formula line on its own (centred);
# ('P', text) continuation paragraph of the current article; ('T', rows) table; ('N', text) note line under the table
A_BODY = [
    ('A', '第一条　为规范中欧班列运费补贴资金管理，提高财政资金使用效益，支持金华国际陆港建设，制定本细则。'),
    ('A', '第二条　本细则适用于在金华市行政区域内（义乌市除外）依法注册、具有独立法人资格，并通过金华南站、金东铁路口岸发运中欧班列的进出口企业和班列平台公司[[fn]]。义乌市中欧班列运费补贴按义乌市有关规定执行。'),
    ('A', '第三条　补贴金额按下列公式计算：'),
    ('F', '补贴金额＝标准集装箱数量×补贴标准×调节系数'),
    ('P', '其中，标准集装箱数量按实际发运的重箱计算，空箱不予计算；补贴标准按本细则第四条确定；调节系数按本细则第五条确定。'),
    ('A', '第四条　补贴标准按线路类别和运输距离确定，具体见下表。'),
    ('T', [
        ['线路类别', '运输距离（公里）', '补贴标准（元/标箱）', '备注'],
        ['中欧班列（去程）', '≥9000', '3000', '终点站为欧洲国家'],
        ['中亚班列（去程）', '4000（含）—9000', '1500', '终点站为中亚五国^{①}'],
        ['中老、中越班列（去程）', '＜4000', '800', '经磨憨、凭祥口岸出境'],
        ['回程班列', '—', '按同线路去程标准的百分之五十执行', '限重箱^{②}'],
    ]),
    ('N', '注①：中亚五国指哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、乌兹别克斯坦、土库曼斯坦。'),
    ('N', '注②：重箱指单箱货重≥2吨（40英尺集装箱≥4吨）的集装箱；40英尺集装箱按2个标箱折算，45英尺集装箱按2.25个标箱折算。'),
    ('A', '第五条　调节系数根据单列实载率确定。单列实载率按下列公式计算：'),
    ('F', '单列实载率＝实际装载标箱数÷列车编组标箱数×100%'),
    ('P', '（一）单列实载率≥90%的，调节系数为1.0；'),
    ('P', '（二）70%≤单列实载率＜90%的，调节系数为0.8；'),
    ('P', '（三）50%≤单列实载率＜70%的，调节系数为0.5；'),
    ('P', '（四）单列实载率＜50%的，该列班列不予补贴。'),
    ('P', '示例：某企业2024年8月经金华南站发运中欧班列（去程）1列，列车编组50个标箱，实际装载40英尺重箱20个、20英尺重箱5个，则：'),
    ('F', '单列实载率＝（20×2＋5）÷50×100%＝90%，调节系数为1.0；'),
    ('F', '补贴金额＝45×3000×1.0＝135000（元）。'),
    ('A', '第六条　按本细则第三条计算的补贴金额，不得超过企业当年实际支付全程铁路运费的三成。班列平台公司组织的拼箱货物，按实际运费的10%—20%给予补贴，具体比例由市商务局会同市财政局根据年度资金规模确定。单个企业年度补贴金额原则上控制在5万元至50万元之间，低于5万元的由班列平台公司汇总申报，超过50万元的按50万元封顶。'),
    ('A', '第七条　对在金华市域内新建或改扩建中欧班列货物集结中心，且仓储面积≥5000m^{2}的班列平台公司，按设备和场地投资额的百分之五十给予一次性奖励，最高不超过200万元；仓储面积在2000m²（含）—5000m²之间的，奖励最高不超过80万元。'),
    ('A', '第八条　企业应于每年1月31日前向所在县（市、区）商务部门提交上一年度补贴申请，并提供以下材料：'),
    ('P', '（一）中欧班列运费补贴申请表；'),
    ('P', '（二）铁路运单、报关单及运费支付凭证复印件；'),
    ('P', '（三）班列平台公司出具的发运量确认函。'),
    ('P', '县（市、区）商务部门会同同级财政部门于2月28日前完成初审，报市商务局、市财政局复核后拨付资金。'),
    ('A', '第九条　企业虚报发运量、骗取补贴资金的，由市财政局会同市商务局追回补贴资金，并按照《财政违法行为处罚处分条例》有关规定处理；情节严重的，三年内不得申报市级商务专项资金。'),
    ('A', '第十条　本细则由市财政局、市商务局负责解释。'),
    ('A', '第十一条　本细则自2024年7月1日起施行，有效期至2026年12月31日。2024年1月1日至6月30日期间发运的班列，参照本细则执行。《金华市中欧班列扶持资金管理办法》（金财企〔2021〕9号）同时废止。'),
]
A_CHAOSONG = '市审计局，各县（市、区）人民政府，金华开发区管委会。'


def table_rows_text(rows):
    hdr = [printed(h) for h in rows[0]]
    return ['；'.join('%s：%s' % (h, printed(v)) for h, v in zip(hdr, r)) for r in rows[1:]]


def build_a():
    doc = Document()
    setup(doc)
    red_head_joint(doc, A_ORGS, A_NO)
    title(doc, A_TITLE, A_TITLE_LINES)
    blank(doc)
    body(doc, A_ZHUSONG, indent=False)
    for t in A_NOTICE:
        body(doc, t)
    blank(doc)
    p = body(doc, '金华市财政局　　　　　　金华市商务局', indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    body(doc, '2024年6月18日', indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64))
    body(doc, '（此件主动公开）')
    title(doc, A_RULES, new_page=True)
    blank(doc)
    for kind, x in A_BODY:
        if kind == 'A':
            article(doc, x)
            if '[[fn]]' in x:
                footnote_text(doc, A_FOOTNOTE)
        elif kind == 'F':
            formula(doc, x)
        elif kind == 'P':
            body(doc, x)
        elif kind == 'N':
            body(doc, x, size=12, indent=False, spacing=Pt(20))
        elif kind == 'T':
            tbl = doc.add_table(rows=len(x), cols=len(x[0]))
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            all_borders(tbl)
            for i, r in enumerate(x):
                for j, v in enumerate(r):
                    set_cell(tbl.cell(i, j), v, HT if i == 0 else FS, 10.5, WD_ALIGN_PARAGRAPH.CENTER, doc=doc)
                cant_split(tbl.rows[i])
            repeat_header(tbl.rows[0])
            widths(tbl, [3.6, 3.4, 4.4, 4.1])
    banji(doc, A_CHAOSONG, '金华市财政局办公室', '2024年6月19日印发')
    attach_footnotes(doc)
    doc.core_properties.title = ''
    doc.core_properties.author = 'jhcz'
    path = os.path.join(HERE, A_STEM + '.docx')
    doc.save(path)
    return path


def clauses_a():
    out = []
    cur = None
    for kind, x in A_BODY:
        if kind == 'A':
            m = re.match(r'(第[一二三四五六七八九十]+条)', x)
            cur = {'label': m.group(1), 'text': printed(x)}
            out.append(cur)
        elif kind in ('F', 'P'):
            cur['text'] += '\n' + printed(x)
        elif kind == 'T':
            for rt in table_rows_text(x):
                out.append({'label': cur['label'] + ' 表', 'text': rt, 'table_row': True})
        elif kind == 'N':
            out.append({'label': cur['label'] + ' 表注', 'text': printed(x)})
    out.insert(2, {'label': '脚注', 'text': A_FOOTNOTE, 'footnote_of': '第二条 “班列平台公司”'})
    return out


# --------------------------------------------------------------- file (b)
B_STEM = 'blind64_hunan_haiwaicang'
B_ORG = '湖南省商务厅'
B_NO = '湘商外贸〔2024〕27号'
B_TITLE = '湖南省商务厅关于印发《湖南省省级公共海外仓认定办法》的通知'
B_RULES = '湖南省省级公共海外仓认定办法'
B_ZHUSONG = '各市州商务局，省直有关单位：'
B_NOTICE = [
    '为贯彻落实《国务院办公厅关于推动外贸稳规模优结构的意见》（国办发〔2023〕10号），支持我省企业在共建“一带一路”国家和地区布局公共海外仓，促进外贸新业态新模式发展，我厅制定了《湖南省省级公共海外仓认定办法》，现印发给你们，请认真组织实施。',
]
B_SCORE = [
    ['序号', '评分项目', '分值', '评分标准'],
    ['1', '仓储规模', '20', '仓储面积≥10000m^{2}的得20分；5000m^{2}（含）—10000m^{2}的得15分；3000m^{2}（含）—5000m^{2}的得10分。'],
    ['2', '服务企业数量', '25', '上年度服务省内企业≥50家的得25分；30家（含）—50家的得18分；20家（含）—30家的得12分。'],
    ['3', '服务货值', '20', ['上年度服务货值≥5000万元的得20分；1000万元（含）—5000万元的，按下式计分：', '得分＝服务货值÷5000万元×20']],
    ['4', '信息化水平', '15', '具备仓储管理系统（WMS）的得5分；与跨境电商平台数据对接的得5分；订单全程可视化追踪的得5分。'],
    ['5', '布局区域', '10', '海外仓位于共建“一带一路”国家的得10分；位于其他国家和地区的得5分。'],
    ['6', '本地化运营', '10', '境外本地员工占比达到五成以上的得10分；三成（含）至五成的得6分；低于三成的得3分。'],
]
B_TOTAL = ['合计', '100', '—']
B_BODY = [
    ('A', '第一条　为支持我省外贸企业在共建“一带一路”国家和地区建设公共海外仓，完善跨境电商海外服务网络，结合我省实际，制定本办法。'),
    ('A', '第二条　本办法所称省级公共海外仓，是指由我省企业在境外自建或租赁，面向省内外贸企业提供仓储、配送、退换货等公共服务，并经省商务厅认定的海外仓储设施。'),
    ('A', '第三条　申报企业应同时具备以下条件：'),
    ('P', '（一）在湖南省内依法注册，具有独立法人资格，近3年未被列入严重失信主体名单；'),
    ('P', '（二）海外仓运营满1年，自有或租赁仓储面积≥3000m^{2}；注册地在中国（湖南）自由贸易试验区长沙、岳阳、郴州片区的企业，面积要求可放宽至≥2000m^{2}；'),
    ('P', '（三）上年度为省内外贸企业提供服务的货值≥1000万元，服务省内外贸企业≥20家；'),
    ('P', '（四）具备信息化管理系统，能够与主要跨境电商平台实现数据对接。'),
    ('A', '第四条　省商务厅每年组织一次认定工作。申报企业填写申报表（见附件），经注册地市州商务局初审后报省商务厅。'),
    ('A', '第五条　省商务厅委托第三方机构按照下表进行评分，评分结果作为认定的主要依据。'),
    ('T', None),
    ('N', '注：得分保留一位小数；各评分项目得分不得超过该项分值。'),
    ('A', '第六条　综合得分≥70分且各评分项目均不为0分的，经省商务厅审定并公示5个工作日无异议后，认定为省级公共海外仓。'),
    ('A', '第七条　对认定的省级公共海外仓，在省级外经贸发展专项资金中给予支持，支持金额不超过海外仓建设或租赁费用的百分之三十，单个企业最高100万元。'),
    ('A', '第八条　省级公共海外仓实行动态管理，每两年复核一次。复核得分＜60分的，取消认定；60分≤复核得分＜70分的，限期整改6个月。'),
    ('A', '第九条　本办法由省商务厅负责解释。'),
    ('A', '第十条　本办法自2024年10月1日起施行，有效期5年。'),
]
B_FORM = [
    # (cells, merge spec) ; each row 4 columns; merged cells written as one value spanning
    [('申报企业名称', 1), ('', 3)],
    [('统一社会信用代码', 1), ('', 1), ('注册地址', 1), ('', 1)],
    [('法定代表人', 1), ('', 1), ('联系电话', 1), ('', 1)],
    [('海外仓所在国家（地区）', 1), ('', 1), ('海外仓详细地址', 1), ('', 1)],
    [('仓储面积（m^{2}）', 1), ('', 1), ('运营起始时间', 1), ('', 1)],
    [('上年度服务省内企业数量（家）', 1), ('', 1), ('上年度服务货值（万元）', 1), ('', 1)],
    [('海外仓基本情况（可附页）', 1), ('', 3)],
    [('申报企业承诺', 1), (['本企业承诺所填报内容及提交材料真实、准确、完整，如有虚假，自愿承担相应法律责任。', '法定代表人（签字）：　　　　　（企业盖章）', '年　　月　　日'], 3)],
    [('市州商务局初审意见', 1), (['（盖章）', '年　　月　　日'], 3)],
]
B_CHAOSONG = '商务部对外贸易司，省财政厅，长沙海关。'


def build_b():
    doc = Document()
    setup(doc)
    red_head(doc, B_ORG + '文件', B_NO)
    title(doc, B_TITLE, ['湖南省商务厅关于印发《湖南省省级', '公共海外仓认定办法》的通知'])
    blank(doc)
    body(doc, B_ZHUSONG, indent=False)
    for t in B_NOTICE:
        body(doc, t)
    blank(doc, 2)
    body(doc, B_ORG, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(80))
    body(doc, '2024年9月10日', indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64))
    body(doc, '（此件主动公开）')
    title(doc, B_RULES, new_page=True)
    blank(doc)
    for kind, x in B_BODY:
        if kind == 'A':
            article(doc, x)
        elif kind == 'P':
            body(doc, x)
        elif kind == 'N':
            body(doc, x, size=12, indent=False, spacing=Pt(20))
        elif kind == 'T':
            tbl = doc.add_table(rows=len(B_SCORE) + 1, cols=4)
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            all_borders(tbl)
            for i, r in enumerate(B_SCORE):
                for j, v in enumerate(r):
                    al = WD_ALIGN_PARAGRAPH.LEFT if (j == 3 and i > 0) else WD_ALIGN_PARAGRAPH.CENTER
                    set_cell(tbl.cell(i, j), v, HT if i == 0 else FS, 10.5, al, doc=doc)
                    if j == 3 and i > 0 and isinstance(v, list):
                        tbl.cell(i, j).paragraphs[1].alignment = WD_ALIGN_PARAGRAPH.CENTER
                cant_split(tbl.rows[i])
            last = len(B_SCORE)
            m = tbl.cell(last, 0).merge(tbl.cell(last, 1))
            set_cell(m, B_TOTAL[0], HT, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
            set_cell(tbl.cell(last, 2), B_TOTAL[1], HT, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
            set_cell(tbl.cell(last, 3), B_TOTAL[2], FS, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
            repeat_header(tbl.rows[0])
            widths(tbl, [1.4, 3.0, 1.6, 9.5])
    blank(doc)
    p = body(doc, '附件：湖南省省级公共海外仓申报表', indent=True)
    p = body(doc, '附件', HT, 16, indent=False)
    p.paragraph_format.page_break_before = True
    blank(doc)
    title(doc, '湖南省省级公共海外仓申报表')
    blank(doc)
    tbl = doc.add_table(rows=len(B_FORM), cols=4)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    all_borders(tbl)
    for i, row in enumerate(B_FORM):
        col = 0
        for val, span in row:
            c = tbl.cell(i, col)
            if span > 1:
                c = c.merge(tbl.cell(i, col + span - 1))
            set_cell(c, val, FS, 12, WD_ALIGN_PARAGRAPH.CENTER if span == 1 else WD_ALIGN_PARAGRAPH.LEFT, doc=doc)
            for cp in c.paragraphs:
                if cp.text.startswith(('年', '（盖章）', '法定代表人')):
                    cp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    cp.paragraph_format.right_indent = Pt(24)
            col += span
        tbl.rows[i].height = Cm(4.0) if i == 6 else (Cm(2.6) if i >= 7 else Cm(0.9))
        cant_split(tbl.rows[i])
    widths(tbl, [3.8, 4.0, 3.6, 4.1])
    banji(doc, B_CHAOSONG, '湖南省商务厅办公室', '2024年9月11日印发')
    doc.core_properties.title = ''
    doc.core_properties.author = 'hnswt'
    path = os.path.join(HERE, B_STEM + '.docx')
    doc.save(path)
    return path


def cell_text(v):
    if isinstance(v, list):
        return '\n'.join(printed(x) for x in v)
    return printed(v)


def clauses_b():
    out = []
    cur = None
    for kind, x in B_BODY:
        if kind == 'A':
            m = re.match(r'(第[一二三四五六七八九十]+条)', x)
            cur = {'label': m.group(1), 'text': printed(x)}
            out.append(cur)
        elif kind == 'P':
            cur['text'] += '\n' + printed(x)
        elif kind == 'T':
            hdr = B_SCORE[0]
            for r in B_SCORE[1:]:
                out.append({'label': '第五条 表', 'table_row': True,
                            'text': '；'.join('%s：%s' % (h, cell_text(v)) for h, v in zip(hdr, r))})
            out.append({'label': '第五条 表', 'table_row': True,
                        'text': '序号：合计；评分项目：合计；分值：100；评分标准：—',
                        'also_fine': ['合计：100', '序号：合计；分值：100；评分标准：—', '评分项目：合计；分值：100；评分标准：—']})
        elif kind == 'N':
            out.append({'label': '第五条 表注', 'text': printed(x)})
    # build form rows explicitly (label：value with the blank values left blank)
    rows = []
    for row in B_FORM:
        parts = []
        for k in range(0, len(row), 2):
            lab = printed(row[k][0])
            val = row[k + 1][0]
            val = '\n'.join(printed(v) for v in val) if isinstance(val, list) else printed(val)
            parts.append('%s：%s' % (lab, val))
        rows.append('；'.join(parts))
    for r in rows:
        out.append({'label': '附件 申报表', 'form_row': True, 'text': r})
    return out


# ------------------------------------------------------------ expected
def expected():
    a_note_common = ('Furniture, never clauses: the joint red 版头 (a borderless 2×2 table: “金华市财政局”/“金华市商务局” stacked, “文件” merged on the right), '
                     'the 文号 line “金财企〔2024〕21号”, the 通知 title (two centred lines, meta), 主送 “各县（市、区）财政局、商务局，金华开发区财政局、经济发展局，有关企业：”, '
                     'the joint signature line “金华市财政局　　　　　　金华市商务局” and “2024年6月18日”, “（此件主动公开）”, the 细则 title at the top of page 2 (meta), '
                     'page numbers “— n —”, the 版记 (抄送 line, “金华市财政局办公室 2024年6月19日印发”), the table header row (线路类别/运输距离（公里）/补贴标准（元/标箱）/备注). ')
    a_note_rules = a_note_common + (
        'Clauses: one per 条, its 款/项 and formula lines joined by \\n (any separator tolerated; 项 （一）–（四） split into sub-clauses that keep the 第X条 label: low). '
        'Formula lines are centred paragraphs without a number: they belong to the article above and must keep their symbols exactly as printed: fullwidth ＝ and ＋, ×, ÷, %, ≥ ≤ ＜, “—” in ranges, “（元）”. '
        'Printed glyphs must survive: m² (第七条 once as “m” + superscript run “2”, once as the Unicode character ²; both print as m²; “m2” is a discrepancy, low-medium, since a search for 5000m² misses it; NFKC-style folding ＝→=, （→(, ①→1, ²→2 is a discrepancy). '
        'Table rows (第四条) as “header：value；…” with the header units kept (“补贴标准（元/标箱）：3000”); the superscript ①/② marks in 备注 cells print as ①/②. '
        'The two note lines 注①/注② under the table are their own clauses (or one clause for both; tolerated); they must not be glued to the last table row or to 第五条. '
        '第二条 carries a real Word footnote on “班列平台公司” (footnotes.xml; in the PDF at the foot of page 2 under a short rule, reference mark “1”): its text must not be lost; expected as its own clause right after 第二条 (tolerated: appended to 第二条; the mark “1”/“¹” after 班列平台公司 in the text tolerated). In the PDF it must not be glued to whichever article ends page 2. '
        'The worked example (示例：… and its two formula lines) is part of 第五条; it is not a rule: “2024年8月” there is no date of the document. '
        'Dates: 成文 2024-06-18; effective 2024-07-01 (not the 成文 date, not 2024-01-01 which is only a retroactive 参照 period), expires 2026-12-31. Repeals 金财企〔2021〕9号. '
        'Tolerated: 通知 and 细则 read as one document with the 通知 meta (then effective/expires must still come from 第十一条); the 细则 inheriting the 文号; issuers as the two organs in either order.')
    a_applies = {
        '第二条': {'where': ['金华市 (义乌市除外)', '金华南站', '金东铁路口岸'], 'must_not_see': ['义乌市 as a place where the 细则 applies (it is excluded)']},
        '第四条 表': {'must_not_see': ['哈萨克斯坦等中亚五国, 磨憨, 凭祥 as places where the 细则 applies (they are destinations / exit ports)']},
        '第七条': {'where': ['金华市域']},
        '第八条': {'when': ['每年1月31日前 (申报)', '2月28日前 (初审)']},
        '第十一条': {'when': ['effective 2024-07-01', 'expires 2026-12-31', '2024-01-01—2024-06-30 参照执行 (retroactive)']},
        '': {'where': ['金华市'], 'why': 'document level: 金华市 (a 地级市 in 浙江省); 浙江省金华市 fine'},
    }
    b_note = ('Furniture, never clauses: red 版头 “湖南省商务厅文件”, 文号 line “湘商外贸〔2024〕27号”, the 通知 title (two centred lines, meta), 主送 “各市州商务局，省直有关单位：”, '
              'signature “湖南省商务厅” / “2024年9月10日”, “（此件主动公开）”, the 办法 title at the top of page 2 (meta), page numbers, the 附件说明 line “附件：湖南省省级公共海外仓申报表” (meta: attachments; tolerated as a low-severity clause), '
              'the “附件” marker and the 申报表 title on the attachment page (attachment title, not a clause), the 版记 after the attachment (抄送 line, “湖南省商务厅办公室 2024年9月11日印发”), '
              'the header row 序号/评分项目/分值/评分标准 of the scoring table. '
              'Clauses: one per 条 with its 项 joined by \\n (split 项 keeping the 第X条 label: low). Scoring table: one clause per row as “序号：n；评分项目：…；分值：n；评分标准：…”, '
              'the 分值 of rows 1–6 are 20/25/20/15/10/10 and total 100; row 3’s cell holds two paragraphs, the second a centred formula “得分＝服务货值÷5000万元×20” which must stay in row 3 (separator tolerated). '
              'The 合计 row: “合计” merged over 序号+评分项目, 分值 100, 评分标准 “—”; expected “序号：合计；评分项目：合计；分值：100；评分标准：—” (tolerated: 合计 given once, e.g. “合计：100” or “序号：合计；分值：100；…”); it must not be lost and must not be glued onto row 6. '
              'The note line “注：得分保留一位小数；…” is its own clause after the table. m² in the table and in 第三条 are superscript runs: printed m²; “m2” is a discrepancy (low-medium). '
              'Percent words 五成/三成/百分之三十 stay as printed (no rewriting to 50%/30%). '
              'The 申报表 (附件) is a blank form: label cells with empty value cells; expected one clause per form row as “label：value；label：value” with the blanks empty (e.g. “统一社会信用代码：；注册地址：”). '
              'Tolerated: the form skipped entirely if the attachment is listed in meta (low); form rows in another readable layout keeping all labels in order. Not tolerated: form labels read as a header row so that rows become “申报企业名称：统一社会信用代码…” nonsense (medium), form text glued into 第十条 (medium), the 版记 after the form read as clauses. '
              'Dates: 成文 2024-09-10; effective 2024-10-01; expires 2029-09-30 (有效期5年 from 2024-10-01). '
              'Tolerated: 通知 and 办法 as one document with the 通知 meta (then effective/expires must still come from 第十条); the 办法 inheriting the 文号.')
    b_applies = {
        '第三条': {'where': ['湖南省', '中国（湖南）自由贸易试验区长沙片区', '岳阳片区', '郴州片区 (the relaxed area rule in （二）)'],
                   'must_not_see': ['共建“一带一路”国家 as a place of application']},
        '第五条 表': {'must_not_see': ['共建“一带一路”国家 in row 5 is where a warehouse sits, scored; not where the 办法 applies']},
        '第八条': {'when': ['每两年复核一次 (no date)']},
        '第十条': {'when': ['effective 2024-10-01', 'expires 2029-09-30']},
        '': {'where': ['湖南省']},
    }
    a_notice_meta = {'title': A_TITLE, 'doc_number': A_NO, 'issuer': '金华市财政局、金华市商务局', 'issuers': A_ORGS,
                     'date': '2024-06-18', 'level': 'municipal', 'region': '浙江省金华市',
                     'addressees': A_ZHUSONG.rstrip('：'), 'cc': A_CHAOSONG, 'printed_by': '金华市财政局办公室 2024-06-19'}
    a_rules_meta = {'title': A_RULES, 'doc_number': None, 'issuer': '金华市财政局、金华市商务局', 'issuers': A_ORGS,
                    'date': '2024-06-18', 'level': 'municipal', 'region': '浙江省金华市',
                    'effective': '2024-07-01', 'expires': '2026-12-31', 'repeals': ['《金华市中欧班列扶持资金管理办法》（金财企〔2021〕9号）']}
    b_notice_meta = {'title': B_TITLE, 'doc_number': B_NO, 'issuer': B_ORG, 'date': '2024-09-10', 'level': 'provincial',
                     'region': '湖南省', 'addressees': B_ZHUSONG.rstrip('：'), 'cc': B_CHAOSONG, 'printed_by': '湖南省商务厅办公室 2024-09-11'}
    b_rules_meta = {'title': B_RULES, 'doc_number': None, 'issuer': B_ORG, 'date': '2024-09-10', 'level': 'provincial',
                    'region': '湖南省', 'effective': '2024-10-01', 'expires': '2029-09-30',
                    'attachments': ['湖南省省级公共海外仓申报表']}
    exp = {
        A_STEM: [
            {'meta': a_notice_meta,
             'clauses': [{'label': '', 'text': t} for t in A_NOTICE],
             '_note': a_note_common + 'The 通知 has two body paragraphs (tolerated as one clause joined).'},
            {'meta': a_rules_meta, 'clauses': clauses_a(), 'applies': a_applies, '_note': a_note_rules},
        ],
        B_STEM: [
            {'meta': b_notice_meta,
             'clauses': [{'label': '', 'text': t} for t in B_NOTICE],
             '_note': b_note},
            {'meta': b_rules_meta, 'clauses': clauses_b(), 'applies': b_applies, '_note': b_note},
        ],
    }
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


def to_pdf(path):
    soffice = shutil.which('soffice') or shutil.which('libreoffice')
    if not soffice:
        print('soffice not found; PDF skipped for', path, file=sys.stderr)
        return
    subprocess.run([soffice, '--headless', '--convert-to', 'pdf', '--outdir', HERE, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == '__main__':
    pa = build_a()
    pb = build_b()
    expected()
    if '--no-pdf' not in sys.argv:
        for p in (pa, pb):
            to_pdf(p)
    print('wrote', pa, pb, 'expected.json')
