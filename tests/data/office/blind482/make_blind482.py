# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 482: provincial 转发 of a 商务部 海关总署公告."""
import os
import json
import subprocess
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
SONG = '宋体'
RED = 'FF0000'
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY

PPR_AFTER_PBDR = ['w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
                  'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN',
                  'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind',
                  'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc',
                  'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap',
                  'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange']


# ---------------------------------------------------------------- low level helpers
def set_font(run, font, size, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = OxmlElement('w:rFonts')
        rpr.insert(0, rfonts)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rfonts.set(qn(a), font)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def add_text(p, text, font=FS, size=16, bold=False, color=None):
    """Add text to paragraph; '\v' inside text becomes a soft line break."""
    pieces = text.split('\v')
    for i, piece in enumerate(pieces):
        r = p.add_run(piece)
        set_font(r, font, size, bold, color)
        if i < len(pieces) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def fmt(p, align=None, indent=0, line=28, before=0, after=0, left=None, exact=True):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(indent)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY if exact else WD_LINE_SPACING.AT_LEAST
        pf.line_spacing = Pt(line)
    return p


def P(c, text='', font=FS, size=16, bold=False, color=None, align=JUSTIFY, indent=32,
      line=28, before=0, after=0, left=None):
    p = c.add_paragraph()
    fmt(p, align, indent, line, before, after, left)
    if text:
        add_text(p, text, font, size, bold, color)
    return p


def p_border(p, sides=('bottom',), color=RED, sz=12, space=1):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement('w:pBdr')
    for s in sides:
        el = OxmlElement('w:' + s)
        el.set(qn('w:val'), 'single')
        el.set(qn('w:sz'), str(sz))
        el.set(qn('w:space'), str(space))
        el.set(qn('w:color'), color)
        bdr.append(el)
    pPr.insert_element_before(bdr, *PPR_AFTER_PBDR)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, None, 0, 28)
    p.add_run().add_break(WD_BREAK.PAGE)


def empty(c, n=1, line=28):
    for _ in range(n):
        P(c, '', indent=0, line=line)


def add_field(p, instr, font=SONG, size=14):
    r = p.add_run()
    set_font(r, font, size)
    b = OxmlElement('w:fldChar')
    b.set(qn('w:fldCharType'), 'begin')
    r._r.append(b)
    r2 = p.add_run()
    set_font(r2, font, size)
    it = OxmlElement('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = ' %s ' % instr
    r2._r.append(it)
    r3 = p.add_run()
    set_font(r3, font, size)
    s = OxmlElement('w:fldChar')
    s.set(qn('w:fldCharType'), 'separate')
    r3._r.append(s)
    r4 = p.add_run('1')
    set_font(r4, font, size)
    r5 = p.add_run()
    set_font(r5, font, size)
    e = OxmlElement('w:fldChar')
    e.set(qn('w:fldCharType'), 'end')
    r5._r.append(e)


def new_doc():
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        st.element.rPr.insert(0, rf)
    rf.set(qn('w:eastAsia'), FS)
    sec = doc.sections[0]
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)
    sec.footer_distance = Mm(20)
    fp = sec.footer.paragraphs[0]
    fp.alignment = CENTER
    r = fp.add_run('— ')
    set_font(r, SONG, 14)
    add_field(fp, 'PAGE')
    r = fp.add_run(' —')
    set_font(r, SONG, 14)
    return doc


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + s)
        el.set(qn('w:val'), 'nil')
        b.append(el)
    tblPr.append(b)


def cell_text(cell, text, font=FS, size=14, bold=False, align=CENTER, color=None, line=None):
    p = cell.paragraphs[0]
    fmt(p, align, 0, line, 0, 0, exact=True)
    if line is None:
        p.paragraph_format.line_spacing = 1.0
    add_text(p, text, font, size, bold, color)
    return p


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader')
    trPr.append(h)


# ---------------------------------------------------------------- numbering (Word auto numbering)
def add_cn_numbering(doc, abs_id=90, num_id=90):
    numbering = doc.part.numbering_part.element
    ab = OxmlElement('w:abstractNum')
    ab.set(qn('w:abstractNumId'), str(abs_id))
    mlt = OxmlElement('w:multiLevelType')
    mlt.set(qn('w:val'), 'multilevel')
    ab.append(mlt)
    specs = [(0, '%1、', HT), (1, '（%2）', KT)]
    for lvl, txt, font in specs:
        l = OxmlElement('w:lvl')
        l.set(qn('w:ilvl'), str(lvl))
        for tag, val in (('w:start', '1'), ('w:numFmt', 'chineseCounting'),
                         ('w:suff', 'nothing'), ('w:lvlText', txt), ('w:lvlJc', 'left')):
            el = OxmlElement(tag)
            el.set(qn('w:val'), val)
            l.append(el)
        ppr = OxmlElement('w:pPr')
        ind = OxmlElement('w:ind')
        ind.set(qn('w:left'), '0')
        ind.set(qn('w:firstLine'), '640')
        ppr.append(ind)
        l.append(ppr)
        rpr = OxmlElement('w:rPr')
        rf = OxmlElement('w:rFonts')
        for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:hint'):
            rf.set(qn(a), font if a != 'w:hint' else 'eastAsia')
        rpr.append(rf)
        sz = OxmlElement('w:sz')
        sz.set(qn('w:val'), '32')
        rpr.append(sz)
        l.append(rpr)
        ab.append(l)
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(ab)
    else:
        numbering.append(ab)
    num = OxmlElement('w:num')
    num.set(qn('w:numId'), str(num_id))
    an = OxmlElement('w:abstractNumId')
    an.set(qn('w:val'), str(abs_id))
    num.append(an)
    numbering.append(num)
    return num_id


def set_num(p, num_id, ilvl):
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


# ---------------------------------------------------------------- key helpers
class Key:
    def __init__(self, meta):
        self.meta = meta
        self.clauses = []

    def dump(self):
        return {'meta': self.meta, 'clauses': self.clauses}


def clause(c, key, text, **kw):
    p = P(c, text, **kw)
    key.clauses.append(text.replace('\v', ''))
    return p


def clause_runin(c, key, head, body, head_font=HT, head_bold=False, body_font=FS, indent=32):
    p = P(c, '', indent=indent)
    add_text(p, head, head_font, 16, head_bold)
    add_text(p, body, body_font, 16)
    key.clauses.append((head + body).replace('\v', ''))
    return p


def data_table(doc, key, headers, rows, widths, size=14, header_font=HT, repeat=True):
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(headers):
        cell_text(t.rows[0].cells[j], h, header_font, size)
    if repeat:
        repeat_header(t.rows[0])
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            al = LEFT if len(v) > 12 else CENTER
            cell_text(t.rows[i + 1].cells[j], v, FS, size, align=al)
        if key is not None:
            key.clauses.append('；'.join('%s：%s' % (h, v) for h, v in zip(headers, row)))
    set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(Mm(w).twips)))
    for j, w in enumerate(widths):
        for r in t.rows:
            r.cells[j].width = Mm(w)


def attach_label(doc, label, page_break_before=True):
    p = P(doc, label, font=HT, size=16, align=LEFT, indent=0)
    if page_break_before:
        p.paragraph_format.page_break_before = True
    return p


def attach_title(doc, title, size=22):
    empty(doc, 1)
    P(doc, title, font=XBS, size=size, align=CENTER, indent=0, line=36)
    empty(doc, 1)


def banji(doc, chaosong, office, date, gap='　　　　　　　　　'):
    empty(doc, 2)
    p = P(doc, '', align=LEFT, indent=0, left=14)
    p_border(p, ('top',), color='000000', sz=4)
    add_text(p, chaosong, FS, 14)
    p2 = P(doc, '', align=LEFT, indent=0, left=14)
    p_border(p2, ('top', 'bottom'), color='000000', sz=4)
    add_text(p2, office + gap + date + '印发', FS, 14)


# =====================================================================================
# Document 1: 福建 — 跨境电商出口退运
# =====================================================================================
def build_fujian():
    stem = 'blind482_fujian_zhuanfa'
    doc = new_doc()
    k1 = Key({
        'title': '福建省商务厅关于转发商务部 海关总署公告2026年第9号的通知',
        'doc_number': '闽商务贸〔2026〕21号',
        'issuer': ['福建省商务厅'],
        'date': '2026-03-18',
        'published': None,
        'level': 'provincial',
        'region': '福建省',
        'effective': None,
        'expires': None,
        'attachments': ['商务部 海关总署公告2026年第9号',
                        '各设区市商务主管部门跨境电商业务联系人名单'],
        'doc_type': '通知',
        'recipients': ['各设区市商务局', '平潭综合实验区经济发展局'],
        'publicity': '此件公开发布',
        'repeals': None,
    })
    k2 = Key({
        'title': '关于扩大跨境电子商务出口退运便利化商品范围的公告',
        'doc_number': '商务部 海关总署公告2026年第9号',
        'issuer': ['商务部', '海关总署'],
        'date': '2026-03-06',
        'published': None,
        'level': 'national',
        'region': '全国',
        'effective': '2026-04-01',
        'expires': '2028-03-31',
        'attachments': ['适用跨境电子商务出口退运便利化措施的商品目录'],
        'doc_type': '公告',
        'recipients': [],
        'publicity': None,
        'repeals': '《商务部 海关总署公告2023年第56号》（关于跨境电子商务出口退运商品有关事项的公告）',
    })

    # 版头
    empty(doc, 1)
    P(doc, '福建省商务厅文件', font=XBS, size=36, color=RED, align=CENTER, indent=0, line=60)
    empty(doc, 1)
    P(doc, '闽商务贸〔2026〕21号', align=CENTER, indent=0)
    p = P(doc, '', indent=0, line=12)
    p_border(p, ('bottom',), RED, 18)
    empty(doc, 1)
    # 标题 (two lines, soft break)
    P(doc, '福建省商务厅关于转发商务部 海关总署\v公告2026年第9号的通知', font=XBS, size=22,
      align=CENTER, indent=0, line=36)
    empty(doc, 1)
    P(doc, '各设区市商务局，平潭综合实验区经济发展局：', indent=0)

    clause(doc, k1, '为进一步支持跨境电子商务出口和海外仓高质量发展，降低企业退运成本，商务部、海关总署近日联合发布《关于扩大跨境电子商务出口退运便利化商品范围的公告》（商务部 海关总署公告2026年第9号，以下简称《公告》）。现将《公告》转发给你们，并提出以下要求，请一并抓好贯彻落实。')
    clause_runin(doc, k1, '一、加强政策宣传解读。', '各设区市商务局要会同属地海关，通过政策宣讲会、“跨境电商沙龙”、线上直播等形式，及时向辖区跨境电商企业、海外仓企业和综合服务企业宣传《公告》内容，重点解读新增商品范围、退运申报条件和时限要求，确保企业应知尽知。2026年4月底前，各地至少组织1场专题政策宣讲活动。')
    clause_runin(doc, k1, '二、做好企业摸底服务。', '各地要梳理辖区内2025年以来开展跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）业务的企业名单，摸清企业退运需求、退运商品品类及规模，建立重点企业服务台账，对有退运需求的企业实行“一企一策”跟踪服务。')
    clause_runin(doc, k1, '三、强化部门协同联动。', '各地要加强与海关、税务、外汇管理等部门的沟通协作，推动退运商品通关、退税、收付汇等环节衔接，帮助企业解决政策落地中的堵点难点问题。涉及跨部门协调的重大事项，请及时报省商务厅。')
    empty(doc, 1)   # stray empty paragraph
    clause_runin(doc, k1, '四、防范退运业务风险。', '各地要指导企业如实申报退运商品信息，严格落实《公告》关于退运商品应为原出口商品、退运期限不超过出口之日起1年等要求，不得借退运名义进口其他商品或者违规享受税收政策。发现企业存在虚假申报等违法违规行为的，要及时移送有关部门依法处理。')
    clause_runin(doc, k1, '五、及时报送实施情况。', '请各设区市商务局于每季度结束后10个工作日内，将本地区《公告》执行情况（包括适用企业数量、退运票数、货值及存在问题和建议）报送省商务厅电子商务处，电子版发送至邮箱fjdsc@fjcom.gov.cn。')
    clause(doc, k1, '联系人：省商务厅电子商务处　林晓峰，联系电话：0591-87851234；传真：0591-87851200。')
    empty(doc, 1)
    P(doc, '附件：1.商务部 海关总署公告2026年第9号', indent=32)
    P(doc, '　　　2.各设区市商务主管部门跨境电商业务联系人名单', indent=32)
    empty(doc, 3)
    P(doc, '　　　　　　　　　　　　　　　　福建省商务厅', indent=0, align=LEFT)
    P(doc, '　　　　　　　　　　　　　　　　2026年3月18日', indent=0, align=LEFT)
    empty(doc, 1)
    P(doc, '（此件公开发布）', indent=32)

    # ---------- 附件1: 公告
    attach_label(doc, '附件1')
    empty(doc, 1)
    P(doc, '商务部 海关总署公告', font=XBS, size=22, align=CENTER, indent=0, line=36)
    P(doc, '2026年第9号', font=KT, size=16, align=CENTER, indent=0)
    empty(doc, 1)
    P(doc, '关于扩大跨境电子商务出口退运便利化商品范围的公告', font=XBS, size=18, align=CENTER, indent=0, line=32)
    empty(doc, 1)
    clause(doc, k2, '为贯彻落实党中央、国务院关于促进外贸稳规模优结构的决策部署，支持跨境电子商务和海外仓健康发展，现就扩大跨境电子商务出口退运便利化商品范围有关事项公告如下：')
    clause(doc, k2, '一、将适用跨境电子商务出口退运便利化措施的商品范围扩大至本公告附件所列商品。对以跨境电子商务B2B直接出口（监管方式代码9710）、跨境电子商务出口海外仓（监管方式代码9810）、跨境电子商务零售出口（监管方式代码9610）方式出口的上述商品，因滞销、退货原因，自出口之日起1年内原状退运进境的，免征进口关税和进口环节增值税、消费税；出口时已征收的出口关税准予退还。')
    clause(doc, k2, '二、申请适用本公告措施的企业，应当为在海关注册登记的跨境电子商务企业、跨境电子商务出口海外仓企业或者物流企业，且海关信用等级不为失信企业。')
    clause(doc, k2, '三、企业办理退运手续时，应当向海关提交原出口报关单或者申报清单编号、退运原因说明、海外仓出库记录等材料。海关按照“原状退运”原则，对退运商品与原出口商品进行核对。')
    clause(doc, k2, '四、退运商品应当在退运进境之日起6个月内复运出境或者办理内销手续；办理内销手续的，应当按照规定补缴相关税款。')
    clause(doc, k2, '五、对已办理出口退税的退运商品，企业应当按照税务部门有关规定补缴已退税款，或者提供主管税务机关出具的《出口货物已补税/未退税证明》。')
    clause(doc, k2, '六、各地商务主管部门、海关应当加强协作配合，建立信息共享机制，对企业虚假申报、以退运名义违规进口商品等行为依法予以处理。')
    clause(doc, k2, '七、本公告自2026年4月1日起施行，有效期至2028年3月31日。《商务部 海关总署公告2023年第56号》（关于跨境电子商务出口退运商品有关事项的公告）同时废止。')
    empty(doc, 1)
    P(doc, '附件：适用跨境电子商务出口退运便利化措施的商品目录', indent=32)
    empty(doc, 2)
    P(doc, '商务部　　　　　　海关总署', align=RIGHT, indent=0)
    P(doc, '2026年3月6日　　　　　　', align=RIGHT, indent=0)

    # 公告's own 附件 (HS 目录)
    attach_label(doc, '附件')
    attach_title(doc, '适用跨境电子商务出口退运便利化措施的商品目录', size=20)
    hs = [
        ('8471.3010', '平板电脑', '含预装操作系统的整机'),
        ('8471.3090', '其他便携式自动数据处理设备', '重量不超过10千克'),
        ('8517.1300', '智能手机', '不含二手、翻新机'),
        ('8518.3000', '耳机、耳塞机及其组合件', '含无线蓝牙耳机'),
        ('8528.5200', '可直接连接自动数据处理设备的监视器', '仅限液晶显示'),
        ('8508.1100', '功率不超过1500瓦的真空吸尘器', '含扫地机器人'),
        ('8509.4000', '食品研磨机、搅拌器及果汁、蔬菜榨汁器', '家用型'),
        ('8516.3100', '电吹风机', '家用型'),
        ('8516.7100', '电咖啡机和电茶壶', '家用型'),
        ('8467.2100', '手提式电动钻', '含充电式'),
        ('9405.1100', '设计为仅使用发光二极管（LED）光源的枝形吊灯及其他天花板或墙壁电气照明装置', '不含公共场所用'),
        ('9401.6100', '装软垫的木框架坐具', '含可拆装组件'),
        ('6110.2000', '棉制针织或钩编套头衫、开襟衫、背心及类似品', '服装类'),
        ('6402.9900', '其他橡胶或塑料制外底及鞋面的鞋靴', '鞋类'),
        ('9503.0089', '其他玩具', '不含含电池的电动玩具'),
        ('9506.9190', '其他一般的体育活动、体操或竞技用品及设备', '含健身器材'),
    ]
    data_table(doc, k2, ['税则号列', '商品名称', '备注'], hs, [34, 84, 44], size=12)
    empty(doc, 1)
    P(doc, '注：税则号列以《中华人民共和国进出口税则（2026）》为准。', font=FS, size=14, indent=0)
    k2.clauses.append('注：税则号列以《中华人民共和国进出口税则（2026）》为准。')

    # ---------- 附件2: 联系人
    attach_label(doc, '附件2')
    attach_title(doc, '各设区市商务主管部门跨境电商业务联系人名单', size=20)
    contacts = [
        ('福州市', '福州市商务局', '陈静', '0591-83355678'),
        ('厦门市', '厦门市商务局', '黄志强', '0592-2855123'),
        ('莆田市', '莆田市商务局', '吴丽娟', '0594-2296301'),
        ('三明市', '三明市商务局', '邱建华', '0598-8246715'),
        ('泉州市', '泉州市商务局', '蔡雅婷', '0595-22178836'),
        ('漳州市', '漳州市商务局', '郑伟', '0596-2953421'),
        ('南平市', '南平市商务局', '李文斌', '0599-8833260'),
        ('龙岩市', '龙岩市商务局', '张小燕', '0597-2235871'),
        ('宁德市', '宁德市商务局', '郭海鹰', '0593-2875532'),
        ('平潭综合实验区', '平潭综合实验区经济发展局', '林一帆', '0591-86165520'),
    ]
    data_table(doc, k1, ['设区市', '单位', '联系人', '联系电话'], contacts, [34, 58, 24, 40], size=12)

    banji(doc, '抄送：商务部电子商务司，福州海关、厦门海关，国家税务总局福建省税务局、国家税务总局厦门市税务局。',
          '福建省商务厅办公室', '2026年3月18日')
    return stem, doc, [k1, k2]


# =====================================================================================
# Document 2: 四川 — 综合保税区保税维修产品目录 (Word auto numbering, joint header)
# =====================================================================================
def build_sichuan():
    stem = 'blind482_sichuan_zhuanfa'
    doc = new_doc()
    nid = add_cn_numbering(doc)
    k1 = Key({
        'title': '四川省商务厅 成都海关关于转发商务部 海关总署公告2026年第15号的通知',
        'doc_number': '川商务发〔2026〕8号',
        'issuer': ['四川省商务厅', '成都海关'],
        'date': '2026-03-12',
        'published': None,
        'level': 'provincial',
        'region': '四川省',
        'effective': None,
        'expires': None,
        'attachments': ['商务部 海关总署公告2026年第15号',
                        '重点市（州）保税维修业务联系人表'],
        'doc_type': '通知',
        'recipients': ['各市（州）商务主管部门', '成都海关各隶属海关'],
        'publicity': None,
        'repeals': None,
    })
    k2 = Key({
        'title': '关于调整综合保税区保税维修产品目录的公告',
        'doc_number': '商务部 海关总署公告2026年第15号',
        'issuer': ['商务部', '海关总署'],
        'date': '2026-02-27',
        'published': None,
        'level': 'national',
        'region': '全国',
        'effective': '2026-02-27',
        'expires': None,
        'attachments': ['综合保税区保税维修产品目录（2026年版）'],
        'doc_type': '公告',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    })

    # joint 版头 as a layout table
    empty(doc, 1)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), '四川省商务厅', XBS, 30, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=48)
    cell_text(t.cell(1, 0), '成　都　海　关', XBS, 30, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=48)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, '文件', XBS, 36, color=RED, align=CENTER, line=48)
    from docx.enum.table import WD_ALIGN_VERTICAL
    m.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    set_widths(t, [105, 45])
    empty(doc, 1)
    P(doc, '川商务发〔2026〕8号', align=CENTER, indent=0)
    p = P(doc, '', indent=0, line=12)
    p_border(p, ('bottom',), RED, 18)
    empty(doc, 1)
    P(doc, '四川省商务厅 成都海关关于转发', font=XBS, size=22, align=CENTER, indent=0, line=36)
    P(doc, '商务部 海关总署公告2026年第15号的通知', font=XBS, size=22, align=CENTER, indent=0, line=36)
    empty(doc, 1)
    P(doc, '各市（州）商务主管部门，成都海关各隶属海关：', indent=0)

    clause(doc, k1, '为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2022〕8号），推动我省综合保税区保税维修业务规范有序发展，现将《商务部 海关总署公告2026年第15号》（以下简称《公告》）转发给你们，并结合我省实际提出以下要求，请认真贯彻执行。')

    def heading(text):
        p = P(doc, text, font=HT, indent=0)
        set_num(p, nid, 0)
        p.paragraph_format.first_line_indent = Pt(32)
        return p

    def numitem(head, body):
        p = P(doc, '', indent=0)
        set_num(p, nid, 1)
        p.paragraph_format.first_line_indent = Pt(32)
        add_text(p, head, KT, 16)
        add_text(p, body, FS, 16)
        # numbering rendered by Word: （一）（二）...
        return p

    heading('充分认识保税维修业务的重要意义')
    clause(doc, k1, '保税维修是综合保税区推动加工制造、研发设计、物流分拨、检测维修、销售服务“五大中心”建设的重要内容，对于延伸产业链条、促进产业转型升级、稳定外贸外资具有重要作用。我省成都高新综合保税区、成都国际铁路港综合保税区、绵阳综合保税区等已形成一定规模的保税维修产业，《公告》新增的航空发动机、工业机器人、医疗设备等产品与我省产业基础高度契合。各地要抓住目录调整机遇，积极推动保税维修业务扩量提质。')
    heading('抓好《公告》贯彻落实')
    items = [
        ('梳理项目需求。', '各市（州）商务主管部门要会同属地海关，对辖区综合保税区内企业开展保税维修业务需求进行全面摸底，重点梳理航空航天、电子信息、装备制造、医疗器械等领域具有维修能力和意向的企业，形成重点项目清单，实行清单化管理。'),
        ('规范业务开展。', '综合保税区内企业开展保税维修业务，应当严格按照《公告》附件所列产品范围开展，不得超范围开展维修业务；不得开展国家禁止进口的旧机电产品、固体废物等的维修业务。各隶属海关要落实保税维修业务监管要求，指导企业建立完善的账册管理制度。'),
        ('强化安全环保监管。', '各地要会同生态环境部门督促企业落实环境保护主体责任，对维修过程中产生的固体废物、危险废物依法依规处置，严禁将维修产生的废物擅自内销或者转移出区。'),
        ('及时报送情况。', '请各市（州）商务主管部门于2026年5月15日前，将本地区保税维修重点项目清单报送省商务厅外贸发展处；此后每半年报送一次保税维修业务开展情况。'),
    ]
    cn = '一二三四五六七八九十'
    for i, (h, b) in enumerate(items):
        numitem(h, b)
        k1.clauses.append('（%s）%s%s' % (cn[i], h, b))
    heading('加强组织保障')
    clause(doc, k1, '省商务厅、成都海关将建立保税维修业务协调推进机制，定期会商解决业务开展中的困难和问题。各市（州）在执行中遇到的重大问题，请及时报告省商务厅、成都海关。')
    clause(doc, k1, '联系人：省商务厅外贸发展处　王磊，电话：028-83225566；成都海关自贸区和特殊区域发展处　赵雪梅，电话：028-85201234。')
    empty(doc, 1)
    P(doc, '附件：1.商务部 海关总署公告2026年第15号', indent=32)
    P(doc, '　　　2.重点市（州）保税维修业务联系人表', indent=32)
    empty(doc, 3)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), '四川省商务厅', FS, 16, line=28)
    cell_text(t.cell(0, 1), '成都海关', FS, 16, line=28)
    cell_text(t.cell(1, 0), '', FS, 16, line=28)
    cell_text(t.cell(1, 1), '2026年3月12日', FS, 16, line=28)
    set_widths(t, [78, 78])

    # ---------- 附件1: 公告 (typed numbering, soft break inside item)
    attach_label(doc, '附件1')
    empty(doc, 1)
    P(doc, '商务部 海关总署公告2026年第15号', font=XBS, size=22, align=CENTER, indent=0, line=36)
    P(doc, '关于调整综合保税区保税维修产品目录的公告', font=KT, size=16, align=CENTER, indent=0)
    empty(doc, 1)
    clause(doc, k2, '为贯彻落实党中央、国务院关于推动综合保税区高水平开放高质量发展的决策部署，支持综合保税区内企业开展高技术含量、高附加值、符合环保要求的保税维修业务，现就调整综合保税区保税维修产品目录有关事项公告如下：')
    clause(doc, k2, '一、在《商务部 生态环境部 海关总署公告2020年第16号》公布的综合保税区维修产品目录基础上，新增航空发动机及其零部件、工业机器人、医疗设备等产品，调整后的《综合保税区保税维修产品目录（2026年版）》见附件。')
    clause(doc, k2, '二、综合保税区内企业开展目录内产品保税维修业务，应当符合下列条件：')
    clause(doc, k2, '（一）具有与维修业务相适应的场所、设备、专业技术人员和质量保证能力；')
    clause(doc, k2, '（二）建立符合海关监管要求的管理制度和计算机管理系统，能够实现对维修耗用等信息的全程跟踪；')
    clause(doc, k2, '（三）按照生态环境部门有关规定，对维修过程中产生的固体废物、危险废物等进行处置。')
    clause(doc, k2, '三、待维修货物维修后应当复运出境；维修过程中替换下的坏件、旧件，属于固体废物的，原则上应当复运出境，\v不得擅自内销或者在境内处置，确需在境内处置的，应当按照固体废物管理有关规定办理。')
    clause(doc, k2, '四、综合保税区内企业开展保税维修业务，不得开展国家禁止进口的旧机电产品、固体废物、危险废物等的维修业务，不得以保税维修名义开展拆解、翻新业务。')
    clause(doc, k2, '五、商务部、海关总署将会同有关部门，根据产业发展需要和监管实践，对目录实施动态调整。')
    clause(doc, k2, '六、本公告自发布之日起施行。')
    empty(doc, 1)
    P(doc, '附件：综合保税区保税维修产品目录（2026年版）', indent=32)
    empty(doc, 2)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), '商务部', FS, 16, line=28)
    cell_text(t.cell(0, 1), '海关总署', FS, 16, line=28)
    set_widths(t, [78, 78])
    P(doc, '2026年2月27日　　　　', align=RIGHT, indent=0)

    attach_label(doc, '附件')
    attach_title(doc, '综合保税区保税维修产品目录（2026年版）', size=20)
    hs = [
        ('1', 'ex8411.1100', '推力不超过25千牛顿的涡轮喷气发动机', '仅限民用航空器用'),
        ('2', 'ex8411.9100', '涡轮喷气发动机或涡轮螺桨发动机的零件', '仅限民用航空器用'),
        ('3', '8471.3090', '其他便携式自动数据处理设备', '含笔记本电脑'),
        ('4', '8471.5040', '微型机的处理部件', '含服务器主板'),
        ('5', '8473.3090', '自动数据处理设备的其他零件、附件', '仅限维修后复运出境'),
        ('6', '8479.5010', '多功能工业机器人', '新增'),
        ('7', '8479.5090', '其他工业机器人', '新增'),
        ('8', 'ex8486.2090', '制造半导体器件或集成电路用的其他机器及装置', '仅限光刻设备'),
        ('9', '8517.1300', '智能手机', '含折叠屏手机'),
        ('10', '8807.3000', '飞机或直升机的其他零件', '仅限民用航空器用'),
        ('11', '9018.1210', 'B型超声波诊断仪', '新增'),
        ('12', '9022.1200', 'X射线断层检查仪', '新增'),
        ('13', '9027.8099', '其他理化分析仪器及装置', '新增'),
    ]
    data_table(doc, k2, ['序号', '税则号列', '商品名称', '备注'], hs, [14, 34, 74, 38], size=12)

    attach_label(doc, '附件2')
    attach_title(doc, '重点市（州）保税维修业务联系人表', size=20)
    contacts = [
        ('成都市', '成都市商务局', '李静', '028-61881234'),
        ('绵阳市', '绵阳市商务局', '张文斌', '0816-2221356'),
        ('德阳市', '德阳市商务局', '刘洋', '0838-2503321'),
        ('宜宾市', '宜宾市商务局', '陈晓', '0831-8202147'),
        ('泸州市', '泸州市商务局', '周红', '0830-3191078'),
        ('南充市', '南充市商务局', '罗建', '0817-2805532'),
        ('眉山市', '眉山市商务局', '杨帆', '028-38101246'),
        ('遂宁市', '遂宁市商务局', '何丽', '0825-2321790'),
        ('达州市', '达州市商务局', '唐勇', '0818-2376215'),
        ('雅安市', '雅安市商务局', '彭媛', '0835-2223407'),
    ]
    data_table(doc, k1, ['市（州）', '商务主管部门', '联系人', '联系电话'], contacts, [30, 56, 30, 40], size=12)

    banji(doc, '抄送：商务部对外贸易司，海关总署自贸区和特殊区域发展司，省发展改革委、省生态环境厅。',
          '四川省商务厅办公室', '2026年3月12日')
    return stem, doc, [k1, k2]


# =====================================================================================
# Document 3: 新疆 — 中欧班列 (公告 pasted into a one-cell box, 〇 date, bold run-ins)
# =====================================================================================
def build_xinjiang():
    stem = 'blind482_xinjiang_zhuanfa'
    doc = new_doc()
    k1 = Key({
        'title': '新疆维吾尔自治区商务厅关于转发《商务部 海关总署公告2026年第12号》的通知',
        'doc_number': '新商务发〔2026〕27号',
        'issuer': ['新疆维吾尔自治区商务厅'],
        'date': '2026-04-03',
        'published': None,
        'level': 'provincial',
        'region': '新疆维吾尔自治区',
        'effective': '2026-04-03',
        'expires': '2027-12-31',
        'attachments': ['商务部 海关总署公告2026年第12号',
                        '各地（州、市）中欧班列业务联系人名单'],
        'doc_type': '通知',
        'recipients': ['各地（州、市）商务局', '霍尔果斯综合保税区管委会',
                       '阿拉山口综合保税区管委会', '乌鲁木齐国际陆港区管委会'],
        'publicity': '此件公开发布',
        'repeals': None,
    })
    k2 = Key({
        'title': '关于进一步便利中欧班列运输出口商品通关有关事项的公告',
        'doc_number': '商务部 海关总署公告2026年第12号',
        'issuer': ['商务部', '海关总署'],
        'date': '2026-03-20',
        'published': None,
        'level': 'national',
        'region': '全国',
        'effective': '2026-05-01',
        'expires': None,
        'attachments': ['中欧班列运输出口便利化重点商品目录'],
        'doc_type': '公告',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    })

    empty(doc, 1)
    P(doc, '新疆维吾尔自治区商务厅文件', font=XBS, size=30, color=RED, align=CENTER, indent=0, line=54)
    empty(doc, 1)
    P(doc, '新商务发〔2026〕27号', align=CENTER, indent=0)
    p = P(doc, '', indent=0, line=12)
    p_border(p, ('bottom',), RED, 18)
    empty(doc, 1)
    P(doc, '新疆维吾尔自治区商务厅关于转发\v《商务部 海关总署公告2026年第12号》的通知', font=XBS, size=22,
      align=CENTER, indent=0, line=36)
    empty(doc, 1)
    P(doc, '各地（州、市）商务局，霍尔果斯综合保税区管委会，阿拉山口综合保税区管委会，乌鲁木齐国际陆港区管委会：', indent=0)

    clause(doc, k1, '为深入贯彻落实高质量共建“一带一路”和中欧班列高质量发展有关部署，进一步发挥我区中欧班列西通道枢纽作用，现将《商务部 海关总署公告2026年第12号》（以下简称《公告》）转发给你们，并提出如下要求，请结合实际认真抓好落实。')
    clause_runin(doc, k1, '一、提高思想认识。', '《公告》聚焦中欧班列运输出口商品通关便利化，对新能源汽车、锂离子蓄电池、光伏产品等重点商品实施提前申报、抵港直装等措施，是推动中欧班列提质增效的重要举措。各地要充分认识《公告》对我区打造丝绸之路经济带核心区的重要意义，主动作为，确保政策红利充分释放。', head_font=FS, head_bold=True)
    P(doc, '二、抓好重点工作', font=HT)
    clause_runin(doc, k1, '（一）组织企业对接。', '各地（州、市）商务局要组织辖区外贸企业、跨境电商企业与中欧班列运营平台公司开展供需对接，引导区内外企业通过中欧班列出口《公告》附件所列商品。', head_font=KT, head_bold=True)
    clause(doc, k1, '1.建立重点企业清单。2026年5月31日前，各地要梳理形成拟通过中欧班列出口附件所列商品的重点企业清单，报自治区商务厅。')
    clause(doc, k1, '2.开展专题培训。会同属地海关，围绕提前申报、铁路快通、危险货物运输等内容开展专题培训，每季度不少于1次。')
    clause_runin(doc, k1, '（二）提升口岸服务能力。', '霍尔果斯综合保税区管委会、阿拉山口综合保税区管委会要会同口岸海关、铁路部门，优化铁路口岸监管作业场所作业流程，压缩换装、查验时间。', head_font=KT, head_bold=True)
    clause(doc, k1, '1.优化换装作业。推动宽准轨换装作业效率提升，力争中欧班列口岸平均换装时间压缩至5小时以内。')
    clause(doc, k1, '2.推广“铁路快通”模式。对经属地海关放行的出口商品，支持直接换装出境，减少口岸重复作业。')
    clause_runin(doc, k1, '（三）培育跨境电商专列。', '乌鲁木齐国际陆港区管委会要发挥中欧班列集结中心作用，联合跨境电商企业、海外仓企业开行跨境电商专列，打造“中欧班列+跨境电商”品牌。', head_font=KT, head_bold=True)
    clause_runin(doc, k1, '三、强化组织保障。', '各地（州、市）要建立由商务部门牵头，海关、铁路、发展改革等部门参与的工作协调机制，及时研究解决政策落实中的困难和问题。各地贯彻落实情况请于每季度结束后5个工作日内报自治区商务厅。', head_font=FS, head_bold=True)
    clause(doc, k1, '本通知自印发之日起执行，有效期至2027年12月31日。')
    clause(doc, k1, '联系人：自治区商务厅对外贸易处　艾力·买买提，电话：0991-2851234，邮箱：xjswtwmc@163.com。')
    empty(doc, 1)
    P(doc, '附件：1.商务部 海关总署公告2026年第12号', indent=32)
    P(doc, '　　　2.各地（州、市）中欧班列业务联系人名单', indent=32)
    empty(doc, 3)
    P(doc, '新疆维吾尔自治区商务厅　　　　', align=RIGHT, indent=0)
    P(doc, '二〇二六年四月三日　　　　　　', align=RIGHT, indent=0)
    empty(doc, 1)
    P(doc, '（此件公开发布）', indent=32)

    # ---------- 附件1: 公告 pasted into a single-cell bordered table
    attach_label(doc, '附件1')
    empty(doc, 1)
    box = doc.add_table(rows=1, cols=1)
    box.style = 'Table Grid'
    box.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(box, [156])
    c = box.cell(0, 0)
    cell_text(c, '商务部 海关总署公告', XBS, 22, align=CENTER, line=36)
    P(c, '2026年第12号', font=KT, align=CENTER, indent=0)
    P(c, '关于进一步便利中欧班列运输出口商品通关有关事项的公告', font=XBS, size=18, align=CENTER, indent=0, line=32, before=6, after=6)
    clause(c, k2, '为深入贯彻落实高质量共建“一带一路”有关部署，推动中欧班列高质量发展，进一步便利中欧班列运输出口商品通关，现就有关事项公告如下：')
    clause(c, k2, '一、对通过中欧班列运输出口的本公告附件所列商品，海关实施“提前申报”“抵港直装”等便利化措施，企业可在货物运抵铁路口岸监管作业场所前向海关申报。')
    clause(c, k2, '二、支持中欧班列沿线口岸开展“铁路快通”模式，对经属地海关放行的出口商品，口岸海关不再重复查验，但发现涉嫌走私违规等情形的除外。')
    clause(c, k2, '三、对附件所列新能源汽车、锂离子蓄电池等商品，企业应当按照危险货物运输有关规定办理包装、运输手续，并在申报时如实填报商品信息。')
    clause(c, k2, '四、鼓励中欧班列运营平台公司与跨境电子商务企业、海外仓企业合作，开行跨境电商专列，对符合条件的跨境电商出口商品适用本公告措施。')
    clause(c, k2, '五、各地商务主管部门要会同海关加强对中欧班列运营秩序的监测，防止低价竞争、无序补贴等行为。')
    clause(c, k2, '六、本公告自2026年5月1日起施行。')
    P(c, '')
    P(c, '附件：中欧班列运输出口便利化重点商品目录', indent=32)
    P(c, '')
    P(c, '商务部　　　　海关总署　　　', align=RIGHT, indent=0)
    P(c, '2026年3月20日　　　　', align=RIGHT, indent=0)

    attach_label(doc, '附件')
    attach_title(doc, '中欧班列运输出口便利化重点商品目录', size=20)
    hs = [
        ('8703.8000', '仅装有驱动电动机的乘用车', '纯电动乘用车'),
        ('8703.6000', '同时装有点燃往复式活塞内燃发动机及驱动电动机、可通过接插外部电源进行充电的乘用车', '插电式混合动力乘用车'),
        ('8507.6000', '锂离子蓄电池', '需提供危险货物包装检验证明'),
        ('8541.4300', '已装在组件内或组装成块的光电池', '光伏组件'),
        ('8502.3100', '风力驱动的发电机组', '含整机及塔筒'),
        ('8429.5212', '履带式挖掘机', '整机'),
        ('8418.2110', '压缩式家用型冷藏箱', '含冷藏冷冻箱'),
        ('8450.1110', '全自动波轮式洗衣机', '家用型'),
        ('8517.1300', '智能手机', '含跨境电商出口'),
        ('6110.2000', '棉制针织或钩编套头衫、开襟衫、背心及类似品', '含跨境电商出口'),
        ('9401.7100', '装软垫的金属框架坐具', '含组装件'),
    ]
    data_table(doc, k2, ['税则号列', '商品名称', '备注'], hs, [34, 80, 42], size=12)

    attach_label(doc, '附件2')
    attach_title(doc, '各地（州、市）中欧班列业务联系人名单', size=20)
    contacts = [
        ('乌鲁木齐市', '乌鲁木齐市商务局', '王建新', '0991-4671234'),
        ('昌吉回族自治州', '昌吉州商务局', '马丽', '0994-2345678'),
        ('伊犁哈萨克自治州', '伊犁州商务局', '努尔兰·哈力木', '0999-8021567'),
        ('博尔塔拉蒙古自治州', '博州商务局', '刘海涛', '0909-2312456'),
        ('塔城地区', '塔城地区商务局', '赵敏', '0901-6223781'),
        ('哈密市', '哈密市商务局', '孙浩', '0902-2265432'),
        ('喀什地区', '喀什地区商务局', '阿依古丽·吐尔逊', '0998-2823145'),
        ('巴音郭楞蒙古自治州', '巴州商务局', '张磊', '0996-2021876'),
        ('阿克苏地区', '阿克苏地区商务局', '古丽娜尔·艾买提', '0997-2125643'),
        ('霍尔果斯综合保税区', '霍尔果斯综合保税区管委会', '周杰', '0999-8778123'),
        ('阿拉山口综合保税区', '阿拉山口综合保税区管委会', '吴昊', '0909-6981234'),
    ]
    data_table(doc, k1, ['地（州、市）', '单位', '联系人', '联系电话'], contacts, [38, 48, 34, 36], size=12)

    banji(doc, '抄送：商务部对外贸易司，乌鲁木齐海关，中国铁路乌鲁木齐局集团有限公司。',
          '新疆维吾尔自治区商务厅办公室', '2026年4月3日', gap='　　　　　')
    return stem, doc, [k1, k2]


def main():
    expected = {}
    docx_paths = []
    for builder in (build_fujian, build_sichuan, build_xinjiang):
        stem, doc, keys = builder()
        path = os.path.join(HERE, stem + '.docx')
        doc.save(path)
        docx_paths.append(path)
        expected[stem] = [k.dump() for k in keys]
    for path in docx_paths:
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_482', '--headless',
                        '--convert-to', 'pdf', '--outdir', HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
