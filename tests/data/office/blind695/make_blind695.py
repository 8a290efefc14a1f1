# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 695: joint 市委办公室 + 市政府办公室 notices issuing
an 一带一路 three-year action plan.  Writes .docx, .pdf and expected.json next to itself."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
RED = RGBColor(0xFF, 0x00, 0x00)
BR = object()  # soft line break marker inside a parts list

RPR_AFTER_POSITION = ('w:sz', 'w:szCs', 'w:highlight', 'w:u', 'w:effect', 'w:bdr', 'w:shd',
                      'w:fitText', 'w:vertAlign', 'w:rtl', 'w:cs', 'w:em', 'w:lang',
                      'w:eastAsianLayout', 'w:specVanish', 'w:oMath')


# ---------------------------------------------------------------- helpers
def fmt_run(run, font=FS, size=16, bold=False, color=None, position=None, scale=None):
    run.font.name = 'Times New Roman'
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.insert(0, rfonts)
    rfonts.set(qn('w:eastAsia'), font)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color
    if scale is not None:
        w = OxmlElement('w:w')
        w.set(qn('w:val'), str(scale))
        rpr.insert_element_before(w, 'w:kern', 'w:position', *RPR_AFTER_POSITION)
    if position is not None:
        pos = OxmlElement('w:position')
        pos.set(qn('w:val'), str(position))
        rpr.insert_element_before(pos, *RPR_AFTER_POSITION)
    return run


def add_parts(p, parts, font=FS, size=16, bold=False, color=None):
    """parts: str | BR | (text, dict_of_overrides)"""
    for part in parts:
        if part is BR:
            r = p.add_run()
            r.add_break()  # soft line break <w:br/>
            continue
        if isinstance(part, tuple):
            text, ov = part
        else:
            text, ov = part, {}
        kw = dict(font=font, size=size, bold=bold, color=color)
        kw.update(ov)
        fmt_run(p.add_run(text), **kw)
    return p


def spacing(p, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def bottom_border(p, color='FF0000', sz=18, val='single'):
    pPr = p._p.get_or_add_pPr()
    pbdr = OxmlElement('w:pBdr')
    b = OxmlElement('w:bottom')
    b.set(qn('w:val'), val)
    b.set(qn('w:sz'), str(sz))
    b.set(qn('w:space'), '1')
    b.set(qn('w:color'), color)
    pbdr.append(b)
    pPr.insert_element_before(
        pbdr, 'w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
        'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:bidi',
        'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind', 'w:contextualSpacing',
        'w:mirrorIndents', 'w:suppressOverlap', 'w:jc', 'w:textDirection', 'w:textAlignment',
        'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr',
        'w:pPrChange')


def page_setup(doc, page_fmt=('— ', ' —')):
    s = doc.sections[0]
    s.page_width = Cm(21.0)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    s.footer_distance = Cm(2.8)
    # normal style east asian font
    st = doc.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        rpr.insert(0, rf)
    rf.set(qn('w:eastAsia'), FS)
    # footer page number  — 1 —
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt_run(fp.add_run(page_fmt[0]), font='宋体', size=14)
    fld = OxmlElement('w:fldSimple')
    fld.set(qn('w:instr'), 'PAGE')
    r = OxmlElement('w:r')
    t = OxmlElement('w:t')
    t.text = '1'
    r.append(t)
    fld.append(r)
    fp._p.append(fld)
    fmt_run(fp.add_run(page_fmt[1]), font='宋体', size=14)


def set_cell_borders(cell, **edges):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement('w:tcBorders')
    for edge in ('top', 'left', 'bottom', 'right'):
        val = edges.get(edge, 'nil')
        e = OxmlElement('w:' + edge)
        if val == 'nil':
            e.set(qn('w:val'), 'nil')
        else:
            e.set(qn('w:val'), 'single')
            e.set(qn('w:sz'), val)
            e.set(qn('w:space'), '0')
            e.set(qn('w:color'), '000000')
        b.append(e)
    tcPr.append(b)


def no_table_borders(table):
    tblPr = table._tbl.tblPr
    borders = parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls('w'))
    tblPr.append(borders)


def cell_text(cell, parts, align=WD_ALIGN_PARAGRAPH.CENTER, font=FS, size=14, bold=False,
              color=None, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    if line:
        spacing(p, line=line)
    add_parts(p, parts if isinstance(parts, list) else [parts], font=font, size=size,
              bold=bold, color=color)
    return p


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader')
    h.set(qn('w:val'), 'true')
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement('w:cantSplit')
    trPr.append(c)


class Numbering:
    """Word automatic numbering "1." with no tab after the number (suff=nothing)."""

    def __init__(self, doc, abs_id=90):
        self.el = doc.part.numbering_part.element
        self.abs_id = abs_id
        absnum = parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
            'w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>'
            '</w:lvl></w:abstractNum>' % (nsdecls('w'), abs_id))
        first_num = self.el.find(qn('w:num'))
        if first_num is not None:
            first_num.addprevious(absnum)
        else:
            self.el.append(absnum)
        self.next_id = 900

    def new_list(self):
        nid = self.next_id
        self.next_id += 1
        num = parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            % (nsdecls('w'), nid, self.abs_id))
        self.el.append(num)
        return nid


class Writer:
    def __init__(self, doc, manual_indent=True):
        self.doc = doc
        self.manual = manual_indent
        self.clauses = []

    def blank(self, n=1, line=28):
        for _ in range(n):
            p = self.doc.add_paragraph()
            spacing(p, line=line)

    def para(self, parts, clause=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True,
             font=FS, size=16, line=28):
        """parts: list of str/BR/(text, ov). clause: text recorded, or None for auto, False for none."""
        p = self.doc.add_paragraph()
        p.alignment = align
        spacing(p, line=line)
        if indent:
            if self.manual:
                fmt_run(p.add_run('\u3000\u3000'), font=font, size=size)
            else:
                p.paragraph_format.first_line_indent = Pt(32)
        add_parts(p, parts, font=font, size=size)
        if clause is None:
            clause = ''.join(x if isinstance(x, str) else x[0] for x in parts if x is not BR)
        if clause:
            self.clauses.append(clause)
        return p

    def h1(self, text):
        return self.para([(text, {'font': HT})], clause=False)

    def h2(self, text):
        return self.para([(text, {'font': KT})], clause=False)

    def runin(self, head, rest, head_font=KT, head_bold=False, split_rest=None):
        parts = [(head, {'font': head_font, 'bold': head_bold})]
        if split_rest:
            parts += split_rest
        else:
            parts.append(rest)
        clause = head + ''.join(x if isinstance(x, str) else x[0] for x in parts[1:] if x is not BR)
        return self.para(parts, clause=clause)

    def auto_item(self, num_id, n, head, rest):
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        spacing(p, line=28)
        numPr = p._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = 0
        numPr.get_or_add_numId().val = num_id
        add_parts(p, [(head, {'bold': True}), rest])
        self.clauses.append('%d.%s%s' % (n, head, rest))
        return p


def convert(docx_path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_695', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level='municipal', region=None, effective=None, expires=None, attachments=[],
                doc_type=None, recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


# ======================================================= document 1: 泉州
def build_quanzhou():
    doc = Document()
    page_setup(doc, ('— ', ' —'))
    w = Writer(doc, manual_indent=True)
    plan_title = '泉州市深度融入共建“一带一路”三年行动方案（2026—2028年）'
    organs = ['中共泉州市委办公室', '泉州市人民政府办公室']

    # --- red header: layout table, organs left (2 rows), 文件 right (merged)
    w.blank(1)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_table_borders(t)
    widths = (Cm(11.6), Cm(3.8))
    t.autofit = False
    for i, col in enumerate(t.columns):
        col.width = widths[i]
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[i]
    for i, name in enumerate(organs):
        p = cell_text(t.cell(i, 0), name, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, font=XBS,
                      size=28, color=RED)
        spacing(p, line=46)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    p = cell_text(m, '文件', align=WD_ALIGN_PARAGRAPH.LEFT, font=XBS, size=42, color=RED)
    w.blank(1)
    # 文号 + red rule under it
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    spacing(p, line=28, after=6)
    add_parts(p, ['泉委办发〔', ('2026', {}), '〕12号'])
    bottom_border(p, sz=24)
    w.blank(1)

    # --- title typed as three separate paragraphs
    for ln in ['中共泉州市委办公室　泉州市人民政府办公室',
               '关于印发《泉州市深度融入共建“一带一路”',
               '三年行动方案（2026—2028年）》的通知']:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        spacing(p, line=36)
        add_parts(p, [ln], font=XBS, size=22)
    w.blank(1)
    p = w.para(['各县（市、区）党委和人民政府，市委各部委，市直各单位：'], clause=False, indent=False)

    w.para(['经市委、市政府同意，现将《', plan_title,
            '》印发给你们，请结合实际认真贯彻落实。'])
    w.para(['深度融入共建“一带一路”是我市建设21世纪海上丝绸之路核心区先行区的重大任务。各地各部门要切实提高政治站位，'
            '把落实行动方案作为推动高水平对外开放的重要抓手，主要负责同志要亲自研究、亲自部署，确保各项任务落地见效。'])
    w.para(['各牵头单位要于2026年4月30日前制定具体实施方案，报市推进“一带一路”建设工作领导小组办公室（设在市发改委）备案；'
            '每年6月底、12月底前报送工作进展情况。'])
    w.para(['联系人：市发改委对外开放科陈志鹏；联系电话：0595-22178536。'])
    w.blank(3)
    # 落款: both organs side by side on one line, separated by typed spaces
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    spacing(p, line=28)
    add_parts(p, ['中共泉州市委办公室\u3000\u3000\u3000\u3000泉州市人民政府办公室'])
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    spacing(p, line=28)
    add_parts(p, ['2026年3月18日\u3000\u3000\u3000\u3000\u3000'])
    w.blank(1)
    p = doc.add_paragraph()
    spacing(p, line=28)
    add_parts(p, ['\u3000\u3000（此件发至县级）'])
    notice_clauses = w.clauses
    w.clauses = []

    # --- page break, then the 方案 itself (no 附件 label)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    spacing(p, line=36)
    add_parts(p, ['泉州市深度融入共建“一带一路”', BR, '三年行动方案（2026—2028年）'], font=XBS, size=22)
    w.blank(1)

    w.para(['为深入贯彻习近平总书记关于推动共建“一带一路”高质量发展的重要论述，全面落实省委、省政府关于建设21世纪海上丝绸之路核心区的部署要求，'
            '发挥“泉州：宋元中国的世界海洋商贸中心”世界遗产品牌和民营经济优势，推动我市更深层次融入共建“一带一路”，结合我市实际，制定本方案。'])
    w.h1('一、总体要求')
    w.runin('（一）指导思想。',
            '以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，坚持共商共建共享原则，'
            '以互联互通为基础，以经贸合作为重点，以人文交流为纽带，统筹推进硬联通、软联通、心联通，努力在21世纪海上丝绸之路核心区建设中走在前列。')
    w.runin('（二）主要目标。',
            '到2028年，全市与共建“一带一路”国家进出口总额突破2600亿元，年均增长8%以上；泉州港集装箱吞吐量达到300万标箱；'
            '新增境外投资项目150个以上；中欧（亚）班列累计开行600列以上；培育跨境电商年交易额超亿元企业50家；与共建国家新增友好城市3对以上。')
    w.h1('二、重点任务')
    w.h2('（一）构建陆海联动大通道')
    w.runin('1.提升港口枢纽能级。',
            '加快石湖港区、围头湾港区深水泊位建设，推进斗尾港区30万吨级码头前期工作，2026年底前新开通至东南亚、南亚外贸航线4条以上，'
            '到2028年外贸集装箱航线达到30条。', head_font=FS, head_bold=True)
    w.runin('2.做大中欧（亚）班列。',
            '巩固“泉州—莫斯科”“泉州—阿拉木图”班列线路，推动海铁联运班列常态化开行，支持陆地港拓展集拼集运、中转分拨功能，'
            '对符合条件的回程班列按规定给予运费补助。', head_font=FS, head_bold=True)
    w.runin('3.拓展空中通道。',
            '支持晋江国际机场开辟至吉隆坡、马尼拉、曼谷等国际（地区）客货航线，推进航空货运站改扩建，发展跨境电商包机和卡车航班业务。',
            head_font=FS, head_bold=True)
    w.h2('（二）推动经贸合作提质升级')
    w.runin('1.巩固传统市场。',
            '实施“泉企出海”行动，每年组织企业参加境外展会100场次以上，重点开拓东盟、中东、非洲、拉美等市场，'
            '支持鞋服、纺织、建材、食品等优势产业扩大出口。', head_font=FS, head_bold=True)
    w.runin('2.发展跨境电子商务。', None, head_font=FS, head_bold=True, split_rest=[
        '深化中国（泉州）跨境电子商务综合试验区建设，支持企业在共建国家布局海外仓，到2028年全市公共海外仓达到',
        ('40', {}), '个以上；推广“跨境电商+产业带”模式，打造5个以上跨境电商产业集聚区。'])
    w.runin('3.提升开放平台能级。',
            '推动泉州综合保税区高质量发展，拓展保税维修、保税研发、融资租赁等新业态；支持石狮服装城、晋江国际鞋纺城申建市场采购贸易方式试点。',
            head_font=FS, head_bold=True)
    w.runin('4.引导企业有序“走出去”。',
            '支持企业在印度尼西亚、马来西亚、越南等国家建设境外经贸合作区和生产基地，完善境外投资风险防控体系，引导企业合规经营。',
            head_font=FS, head_bold=True)
    w.h2('（三）深化产业和科技合作')
    w.runin('1.加强产能合作。',
            '聚焦石化、新材料、纺织鞋服、机械装备等产业，推动与共建国家开展上下游产业链合作，每年举办“一带一路”产业对接活动不少于3场。',
            head_font=FS, head_bold=True)
    w.runin('2.扩大双向投资。',
            '落实外商投资准入前国民待遇加负面清单管理制度，用好中国—东盟投资合作基金等平台，力争三年实际使用外资累计达到25亿美元。',
            head_font=FS, head_bold=True)
    w.runin('3.开展科技创新合作。',
            '支持企业与共建国家高校、科研机构共建联合实验室和技术转移中心，推动数字技术、新能源等领域合作项目落地。',
            head_font=FS, head_bold=True)
    w.h2('（四）促进人文交流和民心相通')
    w.runin('1.擦亮世界遗产品牌。',
            '依托“泉州：宋元中国的世界海洋商贸中心”世界遗产，办好海上丝绸之路国际艺术节、世界闽南文化节等活动，打造“海丝文化”交流品牌。',
            head_font=FS, head_bold=True)
    w.runin('2.深化侨务和友城合作。',
            '发挥泉州重点侨乡优势，办好世界泉州青年大会，拓展与东南亚友好城市在教育、卫生、文化旅游等领域交流。',
            head_font=FS, head_bold=True)
    w.runin('3.扩大教育和人才交流。',
            '支持华侨大学、泉州师范学院等高校扩大共建国家留学生规模，建设“一带一路”职业技能培训基地。',
            head_font=FS, head_bold=True)

    w.h1('三、重点任务清单')
    w.para(['各牵头单位要会同配合单位细化工作措施，按年度推进落实，重点任务清单如下：'])
    header = ['任务', '牵头单位', '配合单位']
    rows = [
        ('提升泉州港枢纽能级，新开辟外贸集装箱航线', '市交通运输局', '市商务局、泉州海关、石狮市人民政府、晋江市人民政府'),
        ('推动中欧（亚）班列和海铁联运班列常态化开行', '市商务局', '市交通运输局、市财政局、泉州海关'),
        ('拓展晋江国际机场国际客货航线', '晋江市人民政府', '市交通运输局、市商务局、泉州海关'),
        ('实施“泉企出海”行动，组织企业参加境外展会', '市商务局', '市贸促会、市财政局、各县（市、区）人民政府'),
        ('建设跨境电商综试区，布局公共海外仓', '市商务局', '市邮政管理局、泉州海关、市税务局'),
        ('推动泉州综合保税区拓展保税维修、保税研发等新业态', '泉州综合保税区管委会', '市商务局、泉州海关'),
        ('支持申建市场采购贸易方式试点', '市商务局', '石狮市人民政府、晋江市人民政府、泉州海关、市税务局'),
        ('建设境外经贸合作区和生产基地', '市商务局', '市发改委、市工信局、市外办'),
        ('举办“一带一路”产业对接活动', '市工信局', '市商务局、市发改委'),
        ('扩大双向投资，推进重大外资项目落地', '市商务局', '市发改委、市自然资源局、各县（市、区）人民政府'),
        ('共建联合实验室和技术转移中心', '市科技局', '市教育局、华侨大学、泉州师范学院'),
        ('办好海上丝绸之路国际艺术节等文化交流活动', '市文旅局', '市委宣传部、市外办'),
        ('办好世界泉州青年大会，深化友城交流', '市委统战部', '市外办、市侨联'),
        ('建设“一带一路”职业技能培训基地', '市人社局', '市教育局、市商务局'),
        ('健全境外安全风险预警和应急处置机制', '市外办', '市商务局、市公安局、市应急局'),
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=3)
    tb.style = doc.styles['Table Grid']
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    cw = (Cm(6.8), Cm(3.2), Cm(5.6))
    tb.autofit = False
    for c_i, col in enumerate(tb.columns):
        col.width = cw[c_i]
    for r_i, row in enumerate(tb.rows):
        cant_split(row)
        for c_i, c in enumerate(row.cells):
            c.width = cw[c_i]
            c.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    repeat_header(tb.rows[0])
    for c_i, h in enumerate(header):
        cell_text(tb.cell(0, c_i), h, font=HT, size=14, line=22)
    for r_i, row in enumerate(rows, start=1):
        for c_i, v in enumerate(row):
            cell_text(tb.cell(r_i, c_i), v,
                      align=WD_ALIGN_PARAGRAPH.LEFT if c_i != 1 else WD_ALIGN_PARAGRAPH.CENTER,
                      size=14, line=22)
        w.clauses.append('；'.join('%s：%s' % (h, v) for h, v in zip(header, row)))
    w.blank(1)

    w.h1('四、保障措施')
    w.runin('（一）加强组织领导。',
            '市推进“一带一路”建设工作领导小组要统筹协调全市融入共建“一带一路”工作，领导小组办公室设在市发改委，负责日常协调、跟踪督促和年度评估。'
            '各县（市、区）要建立相应工作机制，明确责任分工。')
    # soft line break typed in the middle of a sentence
    w.runin('（二）强化政策支持。', None, split_rest=[
        '统筹用好市级商务发展、工业和信息化、科技等专项资金，对重点项目予以倾斜支持；', BR,
        '鼓励金融机构创新跨境金融产品，扩大出口信用保险覆盖面。'])
    w.runin('（三）防范化解风险。',
            '健全境外安全风险预警和应急处置机制，加强对境外项目、人员、资产的安全保障，指导企业做好合规管理。')
    w.runin('（四）加强督查考核。',
            '将本方案落实情况纳入全市高质量发展绩效评价，领导小组办公室每年12月底前向市委、市政府报告年度推进情况。')
    plan_clauses = w.clauses

    # --- 版记 at the very end (after the 方案)
    w.blank(4)
    p = doc.add_paragraph()
    spacing(p, line=28)
    bottom_border(p, color='000000', sz=4)
    p = doc.add_paragraph()
    spacing(p, line=28)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    add_parts(p, ['抄送：市纪委监委，市人大常委会办公室，市政协办公室，泉州军分区，市中级人民法院，市人民检察院。'], size=14)
    bottom_border(p, color='000000', sz=4)
    p = doc.add_paragraph()
    spacing(p, line=28)
    p.paragraph_format.left_indent = Pt(14)
    add_parts(p, ['中共泉州市委办公室\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u00a02026年3月19日印发'],
              size=14)
    bottom_border(p, color='000000', sz=8)

    stem = 'blind695_quanzhou_tongzhi'
    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)

    common = dict(issuer=organs, date='2026-03-18', region='泉州市')
    key = [
        {'meta': meta(title='中共泉州市委办公室 泉州市人民政府办公室关于印发《%s》的通知' % plan_title,
                      doc_number='泉委办发〔2026〕12号', doc_type='通知',
                      recipients=['各县（市、区）党委和人民政府', '市委各部委', '市直各单位'],
                      publicity='此件发至县级', **common),
         'clauses': notice_clauses},
        {'meta': meta(title=plan_title, doc_type='方案', **common),
         'clauses': plan_clauses},
    ]
    return stem, path, key


# ======================================================= document 2: 赣州
def build_ganzhou():
    doc = Document()
    page_setup(doc, ('—', '—'))
    w = Writer(doc, manual_indent=False)
    num = Numbering(doc)
    plan_title = '赣州市深度融入共建“一带一路”三年行动方案（2026—2028年）'
    organs = ['中共赣州市委办公室', '赣州市人民政府办公室']

    # --- red header: one paragraph, organs split by a soft break, 文件 after a tab, lowered
    w.blank(2)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    spacing(p, line=48)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT)
    fmt_run(p.add_run('中共赣州市委办公室'), font=XBS, size=30, color=RED, scale=90)
    fmt_run(p.add_run('\t'), font=XBS, size=30, color=RED)
    fmt_run(p.add_run('文件'), font=XBS, size=40, color=RED, position=-24)
    r = p.add_run()
    r.add_break()
    fmt_run(p.add_run('赣州市人民政府办公室'), font=XBS, size=30, color=RED, scale=90)
    w.blank(1)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    spacing(p, line=28, after=4)
    add_parts(p, ['赣市委办发〔2026〕12号'])
    bottom_border(p, sz=18, val='thickThinSmallGap')
    w.blank(1)

    # --- title with soft line breaks inside one paragraph
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    spacing(p, line=36)
    add_parts(p, ['中共赣州市委办公室\u3000赣州市人民政府办公室', BR,
                  '关于印发《赣州市深度融入共建“一带一路”', BR,
                  '三年行动方案（2026—2028年）》的通知'], font=XBS, size=22)
    w.blank(1)
    # 主送 wraps with a typed soft break
    p = doc.add_paragraph()
    spacing(p, line=28)
    add_parts(p, ['各县（市、区）党委和人民政府，', BR, '市委各部委，市直各单位：'])

    w.para(['《', plan_title, '》已经市委、市政府同意，现印发给你们，请认真组织实施。'])
    w.para(['各地各部门要按照职责分工，细化工作举措，明确时间节点，压紧压实责任，推动各项任务落地落实。'
            '实施过程中遇到的重大问题，请及时向市委、市政府报告。'])
    w.blank(1)
    # 附件 list line with hanging indent
    p = doc.add_paragraph()
    spacing(p, line=28)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    add_parts(p, ['附件：', plan_title])
    w.blank(3)
    # 落款 in a borderless two-cell layout table
    t = doc.add_table(rows=1, cols=2)
    no_table_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(organs):
        t.cell(0, i).width = Cm(7.8)
        cell_text(t.cell(0, i), name, size=16, line=28)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    spacing(p, line=28)
    p.paragraph_format.right_indent = Pt(64)
    add_parts(p, ['2026年4月3日'])
    w.blank(1)
    p = doc.add_paragraph()
    spacing(p, line=28)
    p.paragraph_format.first_line_indent = Pt(32)
    add_parts(p, ['（此件发至县级）'])
    notice_clauses = w.clauses
    w.clauses = []

    # --- 附件: the 方案, new page via page_break_before
    p = doc.add_paragraph()
    p.paragraph_format.page_break_before = True
    spacing(p, line=28)
    add_parts(p, ['附件'], font=HT)
    w.blank(1)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    spacing(p, line=36)
    add_parts(p, ['赣州市深度融入共建“一带一路”', BR, '三年行动方案（2026—2028年）'], font=XBS, size=22)
    w.blank(1)

    w.para(['为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署和省委、省政府工作要求，抢抓新时代支持革命老区振兴发展政策机遇，'
            '发挥赣州国际陆港和赣州综合保税区等开放平台作用，推动我市深度融入共建“一带一路”，加快打造内陆双向开放新高地，制定本方案。'])
    w.h1('一、总体目标')
    w.para(['到2028年，全市对共建“一带一路”国家进出口额年均增长10%以上，占全市外贸比重提高到45%；赣州国际陆港中欧（亚）班列年开行量稳定在400列以上，'
            '铁海联运班列年开行量达到2000列；引进共建国家投资项目50个以上；跨境电商进出口额突破120亿元。'])
    w.h1('二、重点任务')
    groups = [
        ('（一）打造内陆开放通道枢纽', [
            ('赣州国际陆港提质扩能。', '推进赣州国际陆港二期建设，完善铁路专用线、海关监管作业场所等配套设施，争创国家物流枢纽示范工程。'),
            ('稳定开行中欧（亚）班列。', '加密至中亚五国、俄罗斯方向班列，培育经中老铁路至老挝万象的国际货运班列，推动回程班列开行比例提高到35%以上。'),
            ('深化铁海联运。', '加强与深圳、厦门、宁波舟山等港口合作，常态化开行“赣深”“赣厦”铁海联运班列，推广“一单制”全程联运。'),
        ]),
        ('（二）壮大外向型产业', [
            ('推动外贸稳规模优结构。', '巩固家具、稀土永磁、电子信息、纺织服装等优势产品出口，扩大中间品贸易，培育外贸综合服务企业10家以上。'),
            ('发展跨境电商。', '推进中国（赣州）跨境电子商务综合试验区建设，依托赣州综合保税区发展跨境电商“1210”保税进口业务，支持南康家具企业在共建国家设立海外仓、展示中心。'),
            ('加强产业链合作。', '围绕稀土、钨等特色资源，推动与共建国家开展资源开发和精深加工合作，支持龙南经开区、赣州经开区建设外贸转型升级基地。'),
        ]),
        ('（三）提升开放平台能级', [
            ('做强综合保税区。', '支持赣州综合保税区、龙南保税物流中心（B型）开展保税加工、保税物流、保税服务，力争2027年底前综合保税区绩效评估进入A类。'),
            ('用好开放口岸。', '完善赣州国际陆港进境肉类、粮食指定监管场地功能，推动赣州黄金机场航空口岸开放，拓展国际航线。'),
            ('优化外商投资环境。', '全面落实外商投资准入前国民待遇加负面清单管理制度，推行“外资项目服务专员”制度，依法保护外商投资合法权益。'),
        ]),
        ('（四）深化人文交流', [
            ('推进文旅交流。', '依托瑞金、于都红色资源和客家文化资源，面向共建国家举办文化旅游推介活动，每年不少于2场。'),
            ('扩大教育合作。', '支持江西理工大学、赣南师范大学等高校与共建国家高校开展合作办学，扩大来华留学生规模。'),
        ]),
    ]
    for g_head, items in groups:
        w.h2(g_head)
        nid = num.new_list()
        for n, (head, rest) in enumerate(items, start=1):
            w.auto_item(nid, n, head, rest)
    w.para(['重点任务分工见下表。'])
    header = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限']
    header_typed = ['序号', '重点任务', ['牵头', BR, '单位'], '配合单位', ['完成', BR, '时限']]
    rows = [
        ('1', '推进赣州国际陆港二期建设', '南康区人民政府', '市发改委、市商务局、赣州海关', '2027年底前'),
        ('2', '稳定开行中欧（亚）班列和铁海联运班列', '市商务局', '市交通运输局、赣州海关、南康区人民政府', '持续推进'),
        ('3', '培育外贸综合服务企业', '市商务局', '市税务局、赣州海关', '2028年底前'),
        ('4', '建设中国（赣州）跨境电子商务综合试验区', '市商务局', '赣州海关、市邮政管理局、赣州综合保税区管委会', '持续推进'),
        ('5', '建设外贸转型升级基地', '市商务局', '龙南市人民政府、赣州经开区管委会', '2028年底前'),
        ('6', '综合保税区绩效评估进入A类', '赣州综合保税区管委会', '赣州海关、市商务局', '2027年底前'),
        ('7', '推动赣州黄金机场航空口岸开放', '市口岸办', '市交通运输局、赣州海关、赣州边检站', '2028年底前'),
        ('8', '推行“外资项目服务专员”制度', '市商务局', '各县（市、区）人民政府', '2026年6月底前'),
        ('9', '面向共建国家举办文化旅游推介活动', '市文广新旅局', '瑞金市人民政府、于都县人民政府', '每年'),
        ('10', '开展合作办学，扩大来华留学生规模', '市教育局', '江西理工大学、赣南师范大学', '持续推进'),
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=5)
    tb.style = doc.styles['Table Grid']
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    cw = (Cm(1.3), Cm(5.0), Cm(2.8), Cm(4.4), Cm(2.1))
    tb.autofit = False
    for c_i, col in enumerate(tb.columns):
        col.width = cw[c_i]
    for row in tb.rows:
        for c_i, c in enumerate(row.cells):
            c.width = cw[c_i]
            c.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    for c_i, h in enumerate(header_typed):
        cell_text(tb.cell(0, c_i), h if isinstance(h, list) else [h], font=HT, size=12, line=20)
    for r_i, row in enumerate(rows, start=1):
        for c_i, v in enumerate(row):
            cell_text(tb.cell(r_i, c_i), v,
                      align=WD_ALIGN_PARAGRAPH.LEFT if c_i in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER,
                      size=12, line=20)
        w.clauses.append('；'.join('%s：%s' % (h, v) for h, v in zip(header, row)))
    w.blank(1)

    w.h1('三、保障措施')
    w.runin('（一）加强统筹协调。',
            '充分发挥市推进“一带一路”建设工作领导小组统筹作用，建立重点任务清单化管理、项目化推进机制，领导小组办公室（设在市发改委）定期调度工作进展。')
    w.runin('（二）加大要素保障。',
            '市财政每年统筹安排开放型经济发展专项资金，重点支持班列开行、海外仓建设和开放平台提升；对列入省市重大项目的开放合作项目优先保障用地、用能指标。')
    w.runin('（三）优化营商环境。',
            '深化通关便利化改革，推广“提前申报”“两段准入”等监管模式，进一步压缩进出口整体通关时间，持续降低进出口环节合规成本。')
    w.runin('（四）强化督导评估。',
            '将本方案实施情况纳入市对县（市、区）和市直单位高质量发展综合考核，每年开展一次评估，评估结果报市委、市政府。')
    w.para(['本方案自印发之日起实施，有效期至2028年12月31日。'])
    plan_clauses = w.clauses

    # --- 版记 as a one-column table with horizontal rules only
    w.blank(3)
    vb = doc.add_table(rows=2, cols=1)
    vb.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_table_borders(vb)
    c0 = vb.cell(0, 0)
    c1 = vb.cell(1, 0)
    c0.width = c1.width = Cm(15.6)
    set_cell_borders(c0, top='8', bottom='4')
    set_cell_borders(c1, bottom='8')
    p = cell_text(c0, '抄送：市纪委监委，市人大常委会办公室，市政协办公室，赣州军分区，市中级人民法院，市人民检察院。',
                  align=WD_ALIGN_PARAGRAPH.LEFT, size=14, line=26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(-0)
    p = cell_text(c1, '中共赣州市委办公室\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002026年4月3日印发',
                  align=WD_ALIGN_PARAGRAPH.LEFT, size=14, line=26)
    p.paragraph_format.left_indent = Pt(14)

    stem = 'blind695_ganzhou_tongzhi'
    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)

    common = dict(issuer=organs, date='2026-04-03', region='赣州市')
    key = [
        {'meta': meta(title='中共赣州市委办公室 赣州市人民政府办公室关于印发《%s》的通知' % plan_title,
                      doc_number='赣市委办发〔2026〕12号', doc_type='通知',
                      recipients=['各县（市、区）党委和人民政府', '市委各部委', '市直各单位'],
                      attachments=[plan_title], publicity='此件发至县级', **common),
         'clauses': notice_clauses},
        {'meta': meta(title=plan_title, doc_type='方案', effective='2026-04-03',
                      expires='2028-12-31', **common),
         'clauses': plan_clauses},
    ]
    return stem, path, key


def main():
    expected = {}
    for build in (build_quanzhou, build_ganzhou):
        stem, path, key = build()
        convert(path)
        expected[stem] = key
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
