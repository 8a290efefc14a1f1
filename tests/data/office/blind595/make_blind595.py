# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 595: 省政府令 + 修改决定 + 重新公布的自贸试验区管理办法."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
RED = 'FF0000'
SP = '\u3000'  # full-width space


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    rfonts.set(qn('w:eastAsia'), name)
    rfonts.set(qn('w:ascii'), name)
    rfonts.set(qn('w:hAnsi'), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt(p, align=None, first_indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        ppr = p._p.get_or_add_pPr()
        ind = OxmlElement('w:ind')
        ind.set(qn('w:firstLineChars'), '200')
        ind.set(qn('w:firstLine'), '640')
        ppr.append(ind)


def para(doc, text='', font=FS, size=16, bold=False, color=None, align=None,
         first_indent=True, line=28, before=0, after=0):
    p = doc.add_paragraph()
    fmt(p, align, first_indent, line, before, after)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(doc, parts, align=None, first_indent=True, line=28):
    """parts: list of (text, font, size, bold) or 'BR' for a soft line break."""
    p = doc.add_paragraph()
    fmt(p, align, first_indent, line)
    last = None
    for part in parts:
        if part == 'BR':
            last.add_break(WD_BREAK.LINE)
            continue
        text, font, size, bold = part
        last = p.add_run(text)
        set_font(last, font, size, bold)
    return p


def border(p, side='bottom', color=RED, sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn('w:pBdr'))
    if pbdr is None:
        pbdr = OxmlElement('w:pBdr')
        ppr.append(pbdr)
    b = OxmlElement('w:' + side)
    b.set(qn('w:val'), 'single')
    b.set(qn('w:sz'), str(sz))
    b.set(qn('w:space'), '1')
    b.set(qn('w:color'), color)
    pbdr.append(b)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_field(run, instr):
    f1 = OxmlElement('w:fldChar')
    f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText')
    it.set(qn('xml:space'), 'preserve')
    it.text = instr
    f2 = OxmlElement('w:fldChar')
    f2.set(qn('w:fldCharType'), 'separate')
    t = OxmlElement('w:t')
    t.text = '1'
    f3 = OxmlElement('w:fldChar')
    f3.set(qn('w:fldCharType'), 'end')
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def new_doc():
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), FS)
    sec = doc.sections[0]
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    sec.footer_distance = Cm(2.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run('— ')
    set_font(r, '宋体', 14)
    r = fp.add_run()
    set_font(r, '宋体', 14)
    add_field(r, ' PAGE ')
    r = fp.add_run(' —')
    set_font(r, '宋体', 14)
    return doc


def ling_head(doc, organ_ling, number):
    for _ in range(2):
        para(doc, '', first_indent=False)
    para(doc, organ_ling, XBS, 36, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=False, line=40)
    para(doc, '', first_indent=False)
    p = para(doc, number, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    border(p, 'bottom', RED, 18)
    para(doc, '', first_indent=False)


def title(doc, parts):
    """parts: strings, 'BR' = soft line break."""
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    last = None
    for part in parts:
        if part == 'BR':
            last.add_break(WD_BREAK.LINE)
        else:
            last = p.add_run(part)
            set_font(last, XBS, 22)
    return p


def heading(doc, text, font=HT, bold=False):
    return para(doc, text, font, 16, bold=bold, align=WD_ALIGN_PARAGRAPH.CENTER,
                first_indent=False, before=6, after=6)


def article(doc, text, style):
    """text begins with 第X条 + full-width space. style: 'ht' (黑体 run), 'bold', 'plain'."""
    head, rest = text.split(SP, 1)
    if style == 'plain':
        return para(doc, text)
    if style == 'ht':
        return runs(doc, [(head, HT, 16, False), (SP + rest, FS, 16, False)])
    return runs(doc, [(head, FS, 16, True), (SP + rest, FS, 16, False)])


def convert(docx_path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_595', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level='provincial', region=None, effective=None, expires=None,
                attachments=[], doc_type=None, recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


EXPECTED = {}


# =================================================================== 1 福建
def doc_fujian():
    stem = 'blind595_fujian_jueding'
    doc = new_doc()
    ling_head(doc, '福建省人民政府令', '第245号')
    ling_par = ('《福建省人民政府关于修改〈中国（福建）自由贸易试验区管理办法〉的决定》已经2026年3月6日'
                '省人民政府第58次常务会议通过，现予公布，自2026年5月1日起施行。')
    para(doc, ling_par)
    para(doc, '', first_indent=False)
    para(doc, ' ' * 34 + '省长' + SP + SP + '林振华', first_indent=False)
    para(doc, ' ' * 32 + '2026年3月18日', first_indent=False)
    page_break(doc)

    # ---- 决定
    title(doc, ['福建省人民政府关于修改', 'BR', '《中国（福建）自由贸易试验区管理办法》的决定'])
    para(doc, '', first_indent=False)
    jd = [
        '为贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，进一步推进中国（福建）自由贸易试验区'
        '高水平制度型开放，省人民政府决定对《中国（福建）自由贸易试验区管理办法》作如下修改：',
        '一、将第一条修改为：“第一条' + SP + '为了推进和保障中国（福建）自由贸易试验区（以下简称自贸试验区）建设，'
        '实施自由贸易试验区提升战略，深化两岸经济合作，根据《中华人民共和国外商投资法》等法律、行政法规和国务院批准的'
        '《中国（福建）自由贸易试验区总体方案》，结合本省实际，制定本办法。”',
        '二、将第五条修改为：“第五条' + SP + '省人民政府设立中国（福建）自由贸易试验区工作领导小组（以下简称领导小组），'
        '研究决定自贸试验区发展规划、重大政策和改革试点事项，协调解决发展中的重大问题。领导小组办公室设在省商务厅，'
        '承担领导小组日常工作。”',
        '三、将第八条修改为：“第八条' + SP + '片区管理机构履行下列职责：',
        '（一）贯彻落实自贸试验区改革试点任务，组织实施片区发展规划；',
        '（二）统筹片区产业布局和招商引资工作，推进外商投资促进和服务；',
        '（三）依法集中行使省、市下放的行政审批、行政执法等权限；',
        '（四）推进片区内国际贸易‘单一窗口’、综合保税区等开放平台建设；',
        '（五）省人民政府和所在地人民政府赋予的其他职责。”',
        '四、删去第九条第二款。',
        '五、将第十条中的“对外商投资项目实行备案制”修改为“按照内外资一致原则实施管理，法律、行政法规另有规定的除外”。',
        '六、增加一条，作为第十五条：“第十五条' + SP + '自贸试验区支持跨境电子商务发展，推动与中国（福州）、'
        '中国（厦门）跨境电子商务综合试验区联动，支持企业开展保税备货、直购进口、跨境电商企业对企业出口等业务，'
        '鼓励建设公共海外仓和跨境电商综合服务平台。”',
        '七、将第十五条改为第十六条，修改为：“第十六条' + SP + '自贸试验区支持中欧（厦门）班列拓展线路和货源，'
        '推进铁海联运和‘丝路海港’建设，支持开展中欧班列运贸一体化和集拼集运业务，服务共建‘一带一路’。”',
        '八、将第十八条中的“外汇管理部门”修改为“国家外汇管理局福建省分局”。',
        '九、将第二十五条改为第二十六条，修改为：“第二十六条' + SP + '在自贸试验区改革创新中，有关单位和个人依照国家和'
        '本省规定决策、实施，且勤勉尽责、未牟取私利的，即使未能实现预期目标，也不作负面评价，依法免除相关责任。”',
        '十、删去第二十六条。',
        '此外，对条文顺序作相应调整。',
        '本决定自2026年5月1日起施行。《中国（福建）自由贸易试验区管理办法》根据本决定作相应修改，重新公布。',
    ]
    for t in jd:
        para(doc, t)
    page_break(doc)

    # ---- 办法 reprinted
    title(doc, ['中国（福建）自由贸易试验区管理办法'])
    para(doc, '（2016年4月11日福建省人民政府令第176号公布' + SP + '根据2026年3月18日福建省人民政府令第245号修正）',
         KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    para(doc, '', first_indent=False)
    bf = [
        ('H', '第一章' + SP + '总' + SP + SP + '则'),
        ('A', '第一条' + SP + '为了推进和保障中国（福建）自由贸易试验区（以下简称自贸试验区）建设，实施自由贸易试验区提升战略，'
              '深化两岸经济合作，根据《中华人民共和国外商投资法》等法律、行政法规和国务院批准的《中国（福建）自由贸易试验区总体方案》，'
              '结合本省实际，制定本办法。'),
        ('A', '第二条' + SP + '本办法适用于经国务院批准设立的中国（福建）自由贸易试验区，包括福州片区、厦门片区和平潭片区。'
              '自贸试验区的具体实施范围按照国务院批准的方案执行。'),
        ('A', '第三条' + SP + '自贸试验区以制度创新为核心，以可复制可推广为基本要求，对接国际高标准经贸规则，建设投资贸易便利、'
              '监管高效便捷、法治环境规范的高水平自由贸易园区。'),
        ('A', '第四条' + SP + '自贸试验区在投资、贸易、金融、航运、两岸合作等领域先行先试。法律、行政法规和国家有关规定另有规定的，从其规定。'),
        ('H', '第二章' + SP + '管理体制'),
        ('A', '第五条' + SP + '省人民政府设立中国（福建）自由贸易试验区工作领导小组（以下简称领导小组），研究决定自贸试验区发展规划、'
              '重大政策和改革试点事项，协调解决发展中的重大问题。领导小组办公室设在省商务厅，承担领导小组日常工作。'),
        ('A', '第六条' + SP + '省商务厅负责自贸试验区改革试点任务的统筹协调、督促落实和评估推广工作。省人民政府有关部门按照各自职责，'
              '支持自贸试验区建设。'),
        ('A', '第七条' + SP + '福州市、厦门市人民政府和平潭综合实验区管理委员会设立片区管理机构，负责片区的建设、管理和服务工作。'),
        ('A', '第八条' + SP + '片区管理机构履行下列职责：'),
        ('P', '（一）贯彻落实自贸试验区改革试点任务，组织实施片区发展规划；'),
        ('P', '（二）统筹片区产业布局和招商引资工作，推进外商投资促进和服务；'),
        ('P', '（三）依法集中行使省、市下放的行政审批、行政执法等权限；'),
        ('P', '（四）推进片区内国际贸易“单一窗口”、综合保税区等开放平台建设；'),
        ('P', '（五）省人民政府和所在地人民政府赋予的其他职责。'),
        ('A', '第九条' + SP + '省人民政府有关部门应当按照能放尽放的原则，依法将省级经济管理权限下放或者委托片区管理机构实施。'),
        ('H', '第三章' + SP + '投资开放'),
        ('A', '第十条' + SP + '自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。负面清单以外的领域，'
              '按照内外资一致原则实施管理，法律、行政法规另有规定的除外。'),
        ('A', '第十一条' + SP + '自贸试验区推行商事登记确认制和“证照分离”改革，企业登记实行“一照一码”“一网通办”。'),
        ('A', '第十二条' + SP + '自贸试验区内企业开展境外投资，除涉及敏感国家和地区、敏感行业的项目外，实行备案管理。'),
        ('H', '第四章' + SP + '贸易便利'),
        ('A', '第十三条' + SP + '自贸试验区建设国际贸易“单一窗口”，推进货物申报、运输工具申报、支付结算、出口退税等业务一站式办理。'),
        ('A', '第十四条' + SP + '自贸试验区内的综合保税区等海关特殊监管区域实行“一线放开、二线安全高效管住”的通关监管服务模式，'
              '支持发展保税研发、保税维修、保税展示交易等新型业态。'),
        ('A', '第十五条' + SP + '自贸试验区支持跨境电子商务发展，推动与中国（福州）、中国（厦门）跨境电子商务综合试验区联动，'
              '支持企业开展保税备货、直购进口、跨境电商企业对企业出口等业务，鼓励建设公共海外仓和跨境电商综合服务平台。'),
        ('A', '第十六条' + SP + '自贸试验区支持中欧（厦门）班列拓展线路和货源，推进铁海联运和“丝路海港”建设，'
              '支持开展中欧班列运贸一体化和集拼集运业务，服务共建“一带一路”。'),
        ('A', '第十七条' + SP + '自贸试验区推进国际航运枢纽建设，支持开展国际船舶登记、国际中转集拼和船舶保税燃料油加注业务。'),
        ('H', '第五章' + SP + '金融创新'),
        ('A', '第十八条' + SP + '自贸试验区推动跨境人民币业务创新，支持金融机构为区内企业和个人提供跨境人民币结算、投融资等服务。'),
        ('A', '第十九条' + SP + '国家外汇管理局福建省分局在自贸试验区开展资本项目收入支付便利化、跨境投融资便利化等外汇管理改革试点，'
              '支持符合条件的企业开展跨国公司本外币一体化资金池业务。'),
        ('A', '第二十条' + SP + '省地方金融管理部门会同国家金融监督管理总局福建监管局等单位，建立自贸试验区金融风险监测和预警机制，'
              '守住不发生系统性金融风险的底线。'),
        ('H', '第六章' + SP + '两岸合作'),
        ('A', '第二十一条' + SP + '自贸试验区扩大对台湾地区服务业开放，支持台湾地区投资者在区内设立独资或者合资企业，'
              '依法享受与本省企业同等待遇。'),
        ('A', '第二十二条' + SP + '符合条件的台湾地区专业人才，可以按照国家和本省有关规定在自贸试验区内执业，'
              '其职业资格和执业经历依法予以认可。'),
        ('H', '第七章' + SP + '综合监管'),
        ('A', '第二十三条' + SP + '自贸试验区建立以信用监管为基础的事中事后监管体系，推行“双随机、一公开”监管和包容审慎监管。'),
        ('A', '第二十四条' + SP + '自贸试验区加强知识产权保护，健全行政执法与司法保护衔接机制，落实公平竞争审查制度。'),
        ('A', '第二十五条' + SP + '自贸试验区依法实施外商投资安全审查、经营者集中反垄断审查等制度，加强生态环境保护，健全风险防控体系。'),
        ('H', '第八章' + SP + '法治保障'),
        ('A', '第二十六条' + SP + '在自贸试验区改革创新中，有关单位和个人依照国家和本省规定决策、实施，且勤勉尽责、未牟取私利的，'
              '即使未能实现预期目标，也不作负面评价，依法免除相关责任。'),
        ('A', '第二十七条' + SP + '支持在自贸试验区设立商事调解、仲裁机构，推动建立诉讼、仲裁、调解有机衔接的多元化纠纷解决机制，'
              '依法为涉外、涉台商事纠纷提供解决途径。'),
        ('A', '第二十八条' + SP + '省商务厅应当会同有关部门及时总结自贸试验区改革创新经验，对可复制可推广的经验在全省范围内推广实施。'),
        ('H', '第九章' + SP + '附' + SP + SP + '则'),
        ('A', '第二十九条' + SP + '本办法自2016年4月21日起施行。'),
    ]
    bf_clauses = []
    for kind, t in bf:
        if kind == 'H':
            heading(doc, t)
        elif kind == 'A':
            article(doc, t, 'ht')
            bf_clauses.append(t)
        else:
            para(doc, t)
            bf_clauses.append(t)

    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    EXPECTED[stem] = [
        {'meta': meta(title='福建省人民政府关于修改《中国（福建）自由贸易试验区管理办法》的决定',
                      doc_number='福建省人民政府令第245号', issuer=['福建省人民政府'],
                      date='2026-03-18', published='2026-03-18',
                      region='中国（福建）自由贸易试验区', effective='2026-05-01', doc_type='决定'),
         'clauses': [ling_par] + jd},
        {'meta': meta(title='中国（福建）自由贸易试验区管理办法', doc_number=None, issuer=['福建省人民政府'],
                      date='2026-03-18', published='2026-03-18',
                      region='中国（福建）自由贸易试验区', effective='2016-04-21', doc_type='办法'),
         'clauses': bf_clauses},
    ]
    return path


# =================================================================== 2 陕西
def add_cn_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls('w'), num_id, FS, FS, FS))
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls('w'), num_id, num_id))
    numbering.append(num)
    return num_id


def numbered(doc, text, num_id):
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(28)
    p.paragraph_format.space_after = Pt(0)
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls('w'), num_id))
    ppr.insert(0, numpr)
    ind = OxmlElement('w:ind')
    ind.set(qn('w:left'), '0')
    ind.set(qn('w:firstLine'), '640')
    ppr.append(ind)
    set_font(p.add_run(text), FS, 16)
    return p


CN = '一二三四五六七八九十'


def doc_shaanxi():
    stem = 'blind595_shaanxi_jueding'
    doc = new_doc()
    nid = add_cn_numbering(doc)
    ling_head(doc, '陕西省人民政府令', '第251号')
    ling_par = ('《陕西省人民政府关于修改〈中国（陕西）自由贸易试验区管理办法〉的决定》已经2026年1月9日'
                '省政府第12次常务会议通过，现予公布，自公布之日起施行。')
    para(doc, ling_par)
    para(doc, '', first_indent=False)
    para(doc, '', first_indent=False)
    para(doc, ' ' * 30 + '省' + SP + '长' + SP + SP + '赵' + SP + '刚', first_indent=False)
    para(doc, ' ' * 30 + '2026年1月15日', first_indent=False)
    para(doc, '', first_indent=False)
    para(doc, '', first_indent=False)
    para(doc, '', first_indent=False)

    title(doc, ['陕西省人民政府关于修改《中国（陕西）', 'BR', '自由贸易试验区管理办法》的决定'])
    para(doc, '', first_indent=False)
    intro = ('省人民政府决定对《中国（陕西）自由贸易试验区管理办法》（陕西省人民政府令第205号）作如下修改：')
    para(doc, intro)
    items = [
        '将第三条第二款修改为：“自贸试验区实施范围119.95平方公里，涵盖中心片区、西安国际港务区片区和杨凌示范区片区。”',
        '将第六条修改为：“第六条' + SP + '省人民政府建立自贸试验区建设协调推进机制，统筹研究自贸试验区改革发展中的重大事项。'
        '协调推进机制办公室设在省商务厅。”',
        '将第九条第一款第三项修改为：“（三）依法行使省、市人民政府赋予的行政审批和行政处罚等管理权限；”',
        '在第十二条后增加一条，作为第十三条：“第十三条' + SP + '自贸试验区落实外商投资信息报告制度，外国投资者或者外商投资企业'
        '应当通过企业登记系统以及国家企业信用信息公示系统报送投资信息。”',
        '将第十五条修改为：“第十五条' + SP + '自贸试验区依托西安国际港务区，推动中欧班列（西安）集结中心建设，'
        '拓展‘长安号’国际货运线路，发展铁海联运、公铁联运等多式联运，建设内陆型国际中转枢纽港。”',
        '删去第十八条第二项。',
        '将第十九条中的“省地方金融监督管理局”修改为“省地方金融管理局”，“中国人民银行西安分行”修改为“中国人民银行陕西省分行”，'
        '“陕西银保监局”修改为“国家金融监督管理总局陕西监管局”。',
        '将第二十三条修改为：“第二十三条' + SP + '自贸试验区深化与共建‘一带一路’国家和地区在农业、科技、教育、文化等领域的'
        '交流合作，支持杨凌示范区片区建设上海合作组织农业技术交流培训示范基地。”',
        '删去第二十七条。',
    ]
    for t in items:
        numbered(doc, t, nid)
    tail = ['此外，对条文顺序和部分文字作相应调整。',
            '本决定自公布之日起施行。《中国（陕西）自由贸易试验区管理办法》根据本决定作相应修改，重新公布。']
    for t in tail:
        para(doc, t)
    jd_clauses = [ling_par, intro] + [CN[i] + '、' + t for i, t in enumerate(items)] + tail

    page_break(doc)
    title(doc, ['中国（陕西）自由贸易试验区管理办法'])
    para(doc, '（2017年6月30日陕西省人民政府令第205号公布', KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=False)
    para(doc, '根据2026年1月15日陕西省人民政府令第251号修正）', KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=False)
    para(doc, '', first_indent=False)
    bf = [
        ('A', '第一条' + SP + '为了规范和促进中国（陕西）自由贸易试验区（以下简称自贸试验区）建设与发展，根据有关法律、行政法规和'
              '国务院批准的《中国（陕西）自由贸易试验区总体方案》，结合本省实际，制定本办法。'),
        ('A', '第二条' + SP + '本办法适用于中国（陕西）自由贸易试验区。'),
        ('A', '第三条' + SP + '自贸试验区以制度创新为核心，全面落实党中央、国务院关于更好发挥“一带一路”建设对西部大开发带动作用的'
              '要求，努力打造内陆型改革开放新高地。'),
        ('P', '自贸试验区实施范围119.95平方公里，涵盖中心片区、西安国际港务区片区和杨凌示范区片区。'),
        ('A', '第四条' + SP + '自贸试验区建设应当坚持深化改革、扩大开放、风险可控的原则，积极探索可复制可推广的经验。'),
        ('A', '第五条' + SP + '省人民政府领导自贸试验区建设工作，制定自贸试验区发展规划和支持政策。'),
        ('A', '第六条' + SP + '省人民政府建立自贸试验区建设协调推进机制，统筹研究自贸试验区改革发展中的重大事项。'
              '协调推进机制办公室设在省商务厅。'),
        ('A', '第七条' + SP + '省商务厅承担自贸试验区建设协调推进机制办公室日常工作，负责改革试点任务的组织推进、督促检查和评估总结。'),
        ('A', '第八条' + SP + '各片区设立片区管理机构，具体负责片区内的规划建设、产业发展、行政管理和公共服务等工作。'),
        ('A', '第九条' + SP + '片区管理机构履行下列职责：'),
        ('P', '（一）组织实施片区发展规划和改革试点任务；'),
        ('P', '（二）负责片区内投资促进、产业发展和企业服务工作；'),
        ('P', '（三）依法行使省、市人民政府赋予的行政审批和行政处罚等管理权限；'),
        ('P', '（四）统筹协调海关、税务、市场监管等部门驻片区机构的相关工作；'),
        ('P', '（五）省人民政府和所在地人民政府赋予的其他职责。'),
        ('P', '片区管理机构应当公布其行使的管理权限清单，并实行动态调整。'),
        ('A', '第十条' + SP + '省人民政府有关部门和西安市、咸阳市人民政府应当支持片区管理机构开展工作，依法下放或者委托相关管理权限。'),
        ('A', '第十一条' + SP + '自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。'),
        ('A', '第十二条' + SP + '自贸试验区推进企业开办“一网通办”，实行企业登记全程电子化，压缩企业开办时间。'),
        ('A', '第十三条' + SP + '自贸试验区落实外商投资信息报告制度，外国投资者或者外商投资企业应当通过企业登记系统以及'
              '国家企业信用信息公示系统报送投资信息。'),
        ('A', '第十四条' + SP + '自贸试验区推进贸易监管制度创新，建设国际贸易“单一窗口”，推行货物“提前申报”“两步申报”等通关模式。'),
        ('A', '第十五条' + SP + '西安综合保税区、西安关中综合保税区等海关特殊监管区域应当发挥政策功能优势，'
              '发展保税加工、保税物流和保税服务等业务。'),
        ('A', '第十六条' + SP + '自贸试验区依托西安国际港务区，推动中欧班列（西安）集结中心建设，拓展“长安号”国际货运线路，'
              '发展铁海联运、公铁联运等多式联运，建设内陆型国际中转枢纽港。'),
        ('A', '第十七条' + SP + '自贸试验区支持跨境电子商务发展，依托中国（西安）跨境电子商务综合试验区，推进跨境电商线上综合服务平台'
              '和线下产业园区建设。'),
        ('A', '第十八条' + SP + '自贸试验区推进航空物流枢纽建设，支持西安咸阳国际机场拓展国际货运航线，发展航空快件、冷链物流等业务。'),
        ('A', '第十九条' + SP + '自贸试验区推动金融领域开放创新，重点开展下列业务：'),
        ('P', '（一）开展跨境人民币结算、跨境双向人民币资金池等业务；'),
        ('P', '（二）开展资本项目收入支付便利化等外汇管理改革试点；'),
        ('P', '（三）支持发展融资租赁、供应链金融等业务。'),
        ('A', '第二十条' + SP + '省地方金融管理局会同中国人民银行陕西省分行、国家金融监督管理总局陕西监管局等单位，'
              '建立自贸试验区金融风险防控机制。'),
        ('A', '第二十一条' + SP + '自贸试验区推进科技创新和产业协同，支持建设秦创原创新驱动平台，促进科技成果转化和知识产权运营。'),
        ('A', '第二十二条' + SP + '自贸试验区推动文化、旅游、教育、医疗等服务业扩大开放，支持发展文化贸易和数字贸易。'),
        ('A', '第二十三条' + SP + '杨凌示范区片区推进现代农业国际合作，支持农业企业开展境外农业投资和农产品国际贸易。'),
        ('A', '第二十四条' + SP + '自贸试验区深化与共建“一带一路”国家和地区在农业、科技、教育、文化等领域的交流合作，'
              '支持杨凌示范区片区建设上海合作组织农业技术交流培训示范基地。'),
        ('A', '第二十五条' + SP + '自贸试验区建立健全以信用监管为基础的事中事后监管体系，实行跨部门协同监管和信息共享。'),
        ('A', '第二十六条' + SP + '自贸试验区依法实施外商投资安全审查、经营者集中反垄断审查等制度。'),
        ('A', '第二十七条' + SP + '鼓励自贸试验区内各单位和个人开展改革创新。改革创新未达到预期目标，但符合国家和本省确定的改革方向，'
              '决策程序符合规定，且勤勉尽责、未牟取私利的，对有关单位和个人不作负面评价，依法免除相关责任。'),
        ('A', '第二十八条' + SP + '省商务厅应当会同有关部门建立自贸试验区建设评估机制，定期对改革试点任务落实情况开展评估，'
              '评估结果向省人民政府报告。'),
        ('A', '第二十九条' + SP + '本办法自2017年7月1日起施行。'),
    ]
    bf_clauses = []
    for kind, t in bf:
        if kind == 'A':
            article(doc, t, 'bold')
        else:
            para(doc, t)
        bf_clauses.append(t)

    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    EXPECTED[stem] = [
        {'meta': meta(title='陕西省人民政府关于修改《中国（陕西）自由贸易试验区管理办法》的决定',
                      doc_number='陕西省人民政府令第251号', issuer=['陕西省人民政府'],
                      date='2026-01-15', published='2026-01-15',
                      region='中国（陕西）自由贸易试验区', effective='2026-01-15', doc_type='决定'),
         'clauses': jd_clauses},
        {'meta': meta(title='中国（陕西）自由贸易试验区管理办法', doc_number=None, issuer=['陕西省人民政府'],
                      date='2026-01-15', published='2026-01-15',
                      region='中国（陕西）自由贸易试验区', effective='2017-07-01', doc_type='办法'),
         'clauses': bf_clauses},
    ]
    return path


# =================================================================== 3 四川
def no_borders(table):
    tblpr = table._tbl.tblPr
    b = parse_xml('<w:tblBorders %s>' % nsdecls('w') +
                  ''.join('<w:%s w:val="nil"/>' % s for s in
                          ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) +
                  '</w:tblBorders>')
    tblpr.append(b)


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(22)
    set_font(p.add_run(text), font, size, bold)


def doc_sichuan():
    stem = 'blind595_sichuan_jueding'
    doc = new_doc()
    ling_head(doc, '四川省人民政府令', '第378号')
    ling_par = ('《四川省人民政府关于修改〈中国（四川）自由贸易试验区管理办法〉的决定》已经2026年4月10日四川省人民政府'
                '第80次常务会议审议通过，现予公布，自2026年6月1日起施行。')
    para(doc, ling_par)
    para(doc, '', first_indent=False)
    # 落款 laid out in a borderless table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 1), '省长' + SP + '周明远', size=16)
    cell_text(t.cell(1, 1), '2026年4月20日', size=16)
    page_break(doc)

    title(doc, ['四川省人民政府', 'BR', '关于修改《中国（四川）自由贸易试验区管理办法》的决定'])
    para(doc, '', first_indent=False)
    jd = [
        '四川省人民政府决定对《中国（四川）自由贸易试验区管理办法》作如下修改：',
        '一、将第五条修改为：“第五条' + SP + '省人民政府建立自贸试验区工作领导小组，统筹推进自贸试验区建设。'
        '领导小组办公室设在省商务厅（省自贸试验区工作办公室）。”',
        '二、在第十一条后增加一条，作为第十二条：“第十二条' + SP + '自贸试验区支持跨境电子商务发展，推动跨境电商企业对企业出口'
        '监管试点，支持建设跨境电商海外仓和‘跨境电商＋产业带’。”',
        '三、将第十二条修改为：“第十二条' + SP + '自贸试验区依托成都国际铁路港，推动中欧班列（成渝）高质量发展，'
        '拓展至欧洲、中亚及东盟方向的国际铁路班列线路，深化西部陆海新通道建设，探索铁路运单物权化。”',
        '四、第十六条增加一款，作为第二款：“支持符合条件的金融机构在自贸试验区开展合格境外有限合伙人（QFLP）、'
        '合格境内有限合伙人（QDLP）试点。”',
        '五、将第十九条第二项、第三项分别修改为：',
        '“（二）数据安全和网络安全风险；',
        '（三）生态环境和安全生产风险；”',
        '六、删去第二十二条。',
        '七、将第二十三条中的“予以免责”修改为“依法予以免责或者从轻、减轻处理”。',
        '此外，对条文顺序作相应调整。',
        '本决定自2026年6月1日起施行。',
        '《中国（四川）自由贸易试验区管理办法》根据本决定作相应修改，重新公布。',
    ]
    for x in jd:
        para(doc, x)
    page_break(doc)

    title(doc, ['中国（四川）自由贸易试验区管理办法'])
    para(doc, '（2018年3月1日四川省人民政府令第325号公布' + SP + '根据2026年4月20日四川省人民政府令第378号修正）',
         KT, 14, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    para(doc, '', first_indent=False)
    table_rows = [
        ('成都天府新区片区', '90.32', '成都市天府新区、成都高新区、双流区相关区域'),
        ('成都青白江铁路港片区', '9.68', '成都市青白江区相关区域'),
        ('川南临港片区', '19.99', '泸州市龙马潭区、江阳区相关区域'),
    ]
    table_hdr = ('片区名称', '面积（平方公里）', '范围')
    bf_clauses = []

    def A(text, br_after=None):
        # 黑体 第X条 + 仿宋 text; optional soft line break after the given substring
        head, rest = text.split(SP, 1)
        if br_after:
            i = rest.index(br_after) + len(br_after)
            parts = [(head, HT, 16, False), (SP + rest[:i], FS, 16, False), 'BR', (rest[i:], FS, 16, False)]
        else:
            parts = [(head, HT, 16, False), (SP + rest, FS, 16, False)]
        runs(doc, parts)
        bf_clauses.append(text)

    def P(text):
        para(doc, text)
        bf_clauses.append(text)

    def H(text):
        heading(doc, text, HT, bold=True)

    H('第一章' + SP + '总则')
    A('第一条' + SP + '为了推进中国（四川）自由贸易试验区（以下简称自贸试验区）建设，发挥自贸试验区在全省改革开放中的示范引领作用，'
      '根据有关法律、行政法规和国务院批准的《中国（四川）自由贸易试验区总体方案》，结合四川实际，制定本办法。')
    A('第二条' + SP + '本办法适用于自贸试验区内的国家机关、企业事业单位、其他组织和个人。')
    A('第三条' + SP + '自贸试验区实施范围119.99平方公里，涵盖三个片区，具体如下：')
    tb = doc.add_table(rows=1 + len(table_rows), cols=3)
    tb.style = 'Table Grid'
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(table_hdr):
        cell_text(tb.cell(0, j), h, HT, 14)
    for i, row in enumerate(table_rows, 1):
        for j, v in enumerate(row):
            cell_text(tb.cell(i, j), v, FS, 14,
                      align=WD_ALIGN_PARAGRAPH.LEFT if j == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        bf_clauses.append('；'.join('%s：%s' % (table_hdr[j], row[j]) for j in range(3)))
    P('自贸试验区的开发利用应当遵守土地管理、生态环境保护和城乡规划等有关法律法规。')
    A('第四条' + SP + '自贸试验区以制度创新为核心，立足内陆、承东启西、服务全国、面向世界，打造西部门户城市开发开放引领区、'
      '内陆开放战略支撑带先导区、国际开放通道枢纽区和内陆开放型经济新高地。')
    H('第二章' + SP + '管理体制')
    A('第五条' + SP + '省人民政府建立自贸试验区工作领导小组，统筹推进自贸试验区建设。领导小组办公室设在省商务厅（省自贸试验区工作办公室）。')
    A('第六条' + SP + '成都市、泸州市人民政府应当建立相应工作机制，负责本行政区域内片区的建设管理工作。')
    A('第七条' + SP + '各片区管理机构负责片区内的具体建设管理工作，依法行使省、市人民政府下放或者委托的管理权限。')
    H('第三章' + SP + '投资和贸易便利化')
    A('第八条' + SP + '自贸试验区实行外商投资准入前国民待遇加负面清单管理制度，负面清单以外的领域按照内外资一致原则实施管理。')
    A('第九条' + SP + '自贸试验区深化商事制度改革，推行企业开办“一网通办”、经营范围规范化登记和简易注销。')
    A('第十条' + SP + '自贸试验区建设国际贸易“单一窗口”，推动口岸监管部门信息互换、监管互认、执法互助。')
    A('第十一条' + SP + '成都高新综合保税区、成都国际铁路港综合保税区、泸州综合保税区等海关特殊监管区域应当创新监管模式，'
      '发展保税研发、保税检测、保税维修等业务。')
    A('第十二条' + SP + '自贸试验区支持跨境电子商务发展，推动跨境电商企业对企业出口监管试点，支持建设跨境电商海外仓和“跨境电商＋产业带”。')
    H('第四章' + SP + '国际通道建设')
    A('第十三条' + SP + '自贸试验区依托成都国际铁路港，推动中欧班列（成渝）高质量发展，拓展至欧洲、中亚及东盟方向的国际铁路班列线路，'
      '深化西部陆海新通道建设，探索铁路运单物权化。', br_after='高质量发展，')
    A('第十四条' + SP + '川南临港片区依托泸州港，发展长江水运和铁水联运，建设长江上游航运物流中心。')
    A('第十五条' + SP + '自贸试验区支持成都天府国际机场、成都双流国际机场拓展国际航线，发展航空物流和临空经济。')
    H('第五章' + SP + '金融和服务业开放')
    A('第十六条' + SP + '自贸试验区推进跨境人民币业务创新，支持符合条件的企业开展跨境人民币双向资金池业务。')
    A('第十七条' + SP + '自贸试验区推动金融机构创新发展供应链金融、科技金融和绿色金融。')
    P('支持符合条件的金融机构在自贸试验区开展合格境外有限合伙人（QFLP）、合格境内有限合伙人（QDLP）试点。')
    A('第十八条' + SP + '自贸试验区扩大服务业对外开放，在医疗、教育、文化、专业服务等领域开展开放试点。')
    H('第六章' + SP + '综合监管和风险防控')
    A('第十九条' + SP + '自贸试验区建立以信用监管为基础的新型监管机制，对市场主体实施分级分类监管。')
    A('第二十条' + SP + '自贸试验区建立健全风险防控体系，重点防范下列风险：')
    P('（一）金融风险；')
    P('（二）数据安全和网络安全风险；')
    P('（三）生态环境和安全生产风险；')
    P('（四）其他可能影响自贸试验区健康发展的风险。')
    A('第二十一条' + SP + '自贸试验区加强知识产权保护，建立知识产权快速维权机制。')
    H('第七章' + SP + '保障措施')
    A('第二十二条' + SP + '省人民政府有关部门应当支持自贸试验区开展首创性、差异化改革探索，对需要国家层面支持的改革事项，'
      '积极向国家有关部门争取。')
    A('第二十三条' + SP + '在自贸试验区改革创新中出现失误或者偏差，符合国家确定的改革方向，决策程序符合法律、法规规定，'
      '且未牟取私利的，依法予以免责或者从轻、减轻处理。')
    A('第二十四条' + SP + '省商务厅应当会同有关部门对自贸试验区改革试点经验进行评估，对可复制可推广的经验在全省推广。')
    H('第八章' + SP + '附则')
    A('第二十五条' + SP + '本办法自2018年4月1日起施行。')

    # 版记
    para(doc, '', first_indent=False)
    para(doc, '', first_indent=False)
    p = para(doc, '抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省纪委监委，省法院，省检察院，'
             '成都、泸州市人民政府。', FS, 14, first_indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, 'top', '000000', 8)
    border(p, 'bottom', '000000', 4)
    p = para(doc, ' 四川省人民政府办公厅' + ' ' * 22 + '2026年4月20日印发', FS, 14, first_indent=False)
    border(p, 'bottom', '000000', 8)

    path = os.path.join(HERE, stem + '.docx')
    doc.save(path)
    EXPECTED[stem] = [
        {'meta': meta(title='四川省人民政府关于修改《中国（四川）自由贸易试验区管理办法》的决定',
                      doc_number='四川省人民政府令第378号', issuer=['四川省人民政府'],
                      date='2026-04-20', published='2026-04-20',
                      region='中国（四川）自由贸易试验区', effective='2026-06-01', doc_type='决定'),
         'clauses': [ling_par] + jd},
        {'meta': meta(title='中国（四川）自由贸易试验区管理办法', doc_number=None, issuer=['四川省人民政府'],
                      date='2026-04-20', published='2026-04-20',
                      region='中国（四川）自由贸易试验区', effective='2018-04-01', doc_type='办法'),
         'clauses': bf_clauses},
    ]
    return path


def main():
    paths = [doc_fujian(), doc_shaanxi(), doc_sichuan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
