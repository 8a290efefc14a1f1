# ruff: noqa
#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind round 562: policy pages saved from a government website (HTML -> Word -> .docx),
with nested layout tables, metadata tables, 相关链接 and footer tables; plus PDFs."""
import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent

FS = '仿宋_GB2312'
HT = '黑体'
KT = '楷体_GB2312'
XBS = '方正小标宋简体'
YH = '微软雅黑'
ST = '宋体'
NBSP = '\u00a0'
FW2 = '\u3000\u3000'
BR = object()          # marker: soft line break inside a paragraph
RED = RGBColor(0xCC, 0x00, 0x00)
GREY = RGBColor(0x66, 0x66, 0x66)
BLUE = RGBColor(0x1F, 0x4E, 0x9A)


# ----------------------------------------------------------------- helpers
def style_run(run, font=FS, size=14, bold=None, color=None, underline=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rfonts.set(qn(a), font)
    run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    if underline is not None:
        run.font.underline = underline
    return run


def para(container, parts, align=None, font=FS, size=14, first_line=None,
         left=None, before=0, after=0, line=None, use_first=False):
    """parts: str, or list of str / BR / (text, dict-of-style-overrides)."""
    if use_first and container.paragraphs and not container.paragraphs[0].text:
        p = container.paragraphs[0]
    else:
        p = container.add_paragraph()
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if part is BR:
            if p.runs:
                p.runs[-1].add_break()
            else:
                p.add_run().add_break()
            continue
        if isinstance(part, tuple):
            text, kw = part
        else:
            text, kw = part, {}
        st = dict(font=font, size=size)
        st.update(kw)
        style_run(p.add_run(text), **st)
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_line is not None:
        pf.first_line_indent = first_line
    if left is not None:
        pf.left_indent = left
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = line
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill)
    tcpr.append(shd)


def red_rule(container, color='CC0000', sz='18'):
    p = container.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement('w:pBdr')
    b = OxmlElement('w:bottom')
    b.set(qn('w:val'), 'single')
    b.set(qn('w:sz'), sz)
    b.set(qn('w:space'), '1')
    b.set(qn('w:color'), color)
    bdr.append(b)
    ppr.append(bdr)
    p.paragraph_format.space_after = Pt(6)
    return p


def add_hyperlink(p, url, text, font=ST, size=10.5, color='0563C1'):
    r_id = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement('w:hyperlink')
    h.set(qn('r:id'), r_id)
    r = OxmlElement('w:r')
    rpr = OxmlElement('w:rPr')
    rf = OxmlElement('w:rFonts')
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia'):
        rf.set(qn(a), font)
    rpr.append(rf)
    c = OxmlElement('w:color')
    c.set(qn('w:val'), color)
    rpr.append(c)
    sz = OxmlElement('w:sz')
    sz.set(qn('w:val'), str(int(size * 2)))
    rpr.append(sz)
    u = OxmlElement('w:u')
    u.set(qn('w:val'), 'single')
    rpr.append(u)
    r.append(rpr)
    t = OxmlElement('w:t')
    t.set(qn('xml:space'), 'preserve')
    t.text = text
    r.append(t)
    h.append(r)
    p._p.append(h)
    return h


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn('w:gridCol')), widths):
        gc.set(qn('w:w'), str(int(w.twips if hasattr(w, 'twips') else w / 635)))
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = parse_xml(
        '<w:tblBorders %s>' % nsdecls('w') +
        ''.join('<w:%s w:val="nil"/>' % e for e in
                ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) +
        '</w:tblBorders>')
    tblpr.append(b)


def cell_text(cell, text, font=ST, size=10.5, bold=None, align=None, color=None):
    p = cell.paragraphs[0]
    style_run(p.add_run(text), font=font, size=size, bold=bold, color=color)
    if align is not None:
        p.alignment = align
    return p


def data_table(cell, header, rows, clauses, widths=None, font=ST, size=10.5):
    """An HTML <table> pasted into the body cell; every non-header row is a clause."""
    t = cell.add_table(rows=len(rows) + 1, cols=len(header))
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        c = t.rows[0].cells[j]
        cell_text(c, h, font=HT, size=size, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(c, 'DCE6F1')
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate(r):
            cell_text(t.rows[i].cells[j], v, font=font, size=size,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append('；'.join('%s：%s' % (h, v) for h, v in zip(header, r)))
    if widths:
        set_col_widths(t, widths)
    return t


def meta_table(container, rows, title_label, title, widths):
    """rows: list of 4-tuples (label, value, label, value); a merged 标题 row is
    inserted at position given by title_label=(index)."""
    n = len(rows) + 1
    t = container.add_table(rows=n, cols=4)
    t.style = 'Table Grid'
    idx = 0
    for i in range(n):
        r = t.rows[i]
        if i == title_label:
            cell_text(r.cells[0], '标\u3000\u3000题：', font=YH, size=9, bold=True)
            shade(r.cells[0], 'F2F2F2')
            m = r.cells[1].merge(r.cells[2]).merge(r.cells[3])
            cell_text(m, title, font=YH, size=9)
            continue
        a, b, c, d = rows[idx]
        idx += 1
        cell_text(r.cells[0], a, font=YH, size=9, bold=True)
        shade(r.cells[0], 'F2F2F2')
        cell_text(r.cells[1], b, font=YH, size=9)
        cell_text(r.cells[2], c, font=YH, size=9, bold=True)
        shade(r.cells[2], 'F2F2F2')
        cell_text(r.cells[3], d, font=YH, size=9)
    set_col_widths(t, widths)
    return t


def add_cn_numbering(doc, num_id=90):
    """Word numbering with （一）（二）… (chineseCounting), no tab after the number."""
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="560"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="28"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls('w'), num_id))
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls('w'), num_id, num_id))
    numbering.append(num)
    return num_id


def numbered(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def page_footer(doc, fmt=('— ', ' —')):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    style_run(p.add_run(fmt[0]), font=ST, size=12)
    fld = OxmlElement('w:fldSimple')
    fld.set(qn('w:instr'), 'PAGE')
    r = OxmlElement('w:r')
    t = OxmlElement('w:t')
    t.text = '1'
    r.append(t)
    fld.append(r)
    p._p.append(fld)
    style_run(p.add_run(fmt[1]), font=ST, size=12)


def a4(doc, margin=Cm(1.8)):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = margin
    s.top_margin = s.bottom_margin = Cm(2)
    st = doc.styles['Normal']
    st.font.name = ST
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), ST)
    st.font.size = Pt(10.5)


def site_header(doc, site, right_text, nav, crumbs, banner='1F4E9A'):
    """Header layout table: row0 holds a nested logo/tools table, row1 nav, row2 breadcrumb."""
    t = doc.add_table(rows=3, cols=1)
    no_borders(t)
    c0 = t.rows[0].cells[0]
    shade(c0, banner)
    inner = c0.add_table(rows=1, cols=2)
    no_borders(inner)
    cell_text(inner.rows[0].cells[0], site, font=YH, size=18, bold=True,
              color=RGBColor(0xFF, 0xFF, 0xFF))
    cell_text(inner.rows[0].cells[1], right_text, font=YH, size=8,
              align=WD_ALIGN_PARAGRAPH.RIGHT, color=RGBColor(0xFF, 0xFF, 0xFF))
    set_col_widths(inner, [Cm(11), Cm(6)])
    c1 = t.rows[1].cells[0]
    shade(c1, 'E8EEF7')
    navt = c1.add_table(rows=1, cols=len(nav))
    no_borders(navt)
    for j, n in enumerate(nav):
        cell_text(navt.rows[0].cells[j], n, font=YH, size=10.5, bold=True,
                  align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.rows[2].cells[0], crumbs, font=YH, size=9, color=GREY)
    return t


def site_footer(doc, lines, fill='F0F0F0'):
    t = doc.add_table(rows=len(lines), cols=1)
    no_borders(t)
    for i, ln in enumerate(lines):
        c = t.rows[i].cells[0]
        shade(c, fill)
        cell_text(c, ln, font=YH, size=8, align=WD_ALIGN_PARAGRAPH.CENTER, color=GREY)
    return t


def related_links(doc, links, style=None, heading='相关链接：'):
    p = doc.add_paragraph()
    style_run(p.add_run(heading), font=YH, size=10.5, bold=True)
    p.paragraph_format.space_before = Pt(8)
    for text, url in links:
        q = doc.add_paragraph(style=style) if style else doc.add_paragraph()
        if not style:
            style_run(q.add_run('·\u00a0'), font=YH, size=10.5)
        add_hyperlink(q, url, text)


def convert(docx_path):
    subprocess.run(
        ['soffice', '-env:UserInstallation=file:///tmp/lo_562', '--headless',
         '--convert-to', 'pdf', '--outdir', str(HERE), str(docx_path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ============================================================ document 1
def make_xiamen():
    stem = 'blind562_xiamen_tongzhi'
    doc = Document()
    a4(doc)
    title = '厦门市商务局关于印发《厦门市促进跨境电子商务高质量发展若干措施》的通知'
    doc.core_properties.title = title + '_政策文件_厦门市商务局'
    doc.core_properties.author = 'Administrator'

    site_header(doc, '厦门市商务局', '无障碍浏览　|　长者模式　|　繁體　|　English',
                ['首页', '机构概况', '政务公开', '政务服务', '互动交流'],
                '当前位置：首页 > 政务公开 > 政策文件 > 规范性文件', banner='B22222')
    doc.add_paragraph()

    main = doc.add_table(rows=1, cols=1)
    no_borders(main)
    cell = main.rows[0].cells[0]
    meta_table(cell, [
        ('索 引 号：', 'XM00105-0200-2025-00034', '发布机构：', '厦门市商务局'),
        ('成文日期：', '2025-11-18', '发文字号：', '厦商务规〔2025〕6号'),
        ('发布日期：', '2025-11-24 16:30', '主题分类：', '商贸、海关、旅游\\电子商务'),
    ], 3, title, [Cm(2.4), Cm(5.6), Cm(2.4), Cm(5.6)])
    cell.add_paragraph()

    n1, n2 = [], []
    # title with a soft line break in the middle (typed that way in the CMS)
    para(cell, [('厦门市商务局关于印发《厦门市促进跨境电子商务', {}), BR,
                ('高质量发展若干措施》的通知', {})],
         align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=20, before=12, after=6)
    para(cell, '厦商务规〔2025〕6号', align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    red_rule(cell)
    para(cell, '各区商务主管部门，各有关单位：', size=14, before=6)

    c = ('为深入贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）'
         '和省委、省政府关于推进跨境电子商务高质量发展的决策部署，加快建设中国（厦门）跨境电子商务'
         '综合试验区，经市政府同意，现将《厦门市促进跨境电子商务高质量发展若干措施》印发给你们，'
         '请结合实际认真贯彻落实。')
    para(cell, FW2 + c)
    n1.append(c)
    c = ('各区商务主管部门要会同财政、海关、税务等部门建立工作协调机制，做好政策宣传、项目申报、'
         '资金审核和绩效评价工作。执行中遇到的问题，请及时向市商务局反映。')
    para(cell, NBSP * 4 + c)
    n1.append(c)
    c = '联系人：市商务局电子商务处　李文博，联系电话：0592-2855123。'
    para(cell, FW2 + c)
    n1.append(c)
    cell.add_paragraph()
    para(cell, FW2 + '附件：厦门市促进跨境电子商务高质量发展若干措施')
    cell.add_paragraph()
    cell.add_paragraph()
    # 落款 and date in one paragraph, right aligned, padded with manual spaces
    para(cell, ['厦门市商务局' + NBSP * 6, BR, '2025年11月18日' + NBSP * 4],
         align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(cell, FW2 + '（此件主动公开）')
    cell.add_paragraph()
    cell.add_paragraph()

    # ---- the attachment, pasted into the same body cell
    para(cell, '附件', font=HT, size=14)
    para(cell, '厦门市促进跨境电子商务高质量发展若干措施', align=WD_ALIGN_PARAGRAPH.CENTER,
         font=XBS, size=20, before=12, after=12)
    c = ('为加快中国（厦门）跨境电子商务综合试验区建设，培育外贸发展新动能，推动跨境电子商务与我市'
         '优势产业深度融合，助力“一带一路”经贸合作，结合我市实际，制定以下措施。')
    para(cell, FW2 + c)
    n2.append(c)

    def h(text):
        para(cell, FW2 + text, font=HT, size=14)

    def runin(head, rest, sep=FW2):
        para(cell, [(sep, {}), (head, {'font': KT, 'bold': True}), (rest, {})])
        n2.append(head + rest)

    h('一、培育壮大经营主体')
    runin('（一）支持企业扩大规模。',
          '对年度跨境电商进出口额首次达到下表标准的企业，给予一次性奖励。同一企业跨档升级的，'
          '按差额补足奖励。')
    data_table(cell, ['档次', '年度跨境电商进出口额', '奖励金额'],
               [['第一档', '首次突破1亿元', '30万元'],
                ['第二档', '首次突破5亿元', '80万元'],
                ['第三档', '首次突破10亿元', '150万元']], n2,
               widths=[Cm(3), Cm(6), Cm(4)])
    runin('（二）引进培育龙头企业。',
          '对新引进落户我市的跨境电商平台企业、头部卖家和综合服务企业，自落户次年起连续2年年度'
          '跨境电商进出口额均超过3亿元的，给予最高200万元奖励。')
    runin('（三）支持自主品牌出海。',
          '对企业在境外主流电商平台开设品牌旗舰店、取得境外商标注册或国际认证的，按实际发生费用的'
          '50%给予补助，每家企业每年最高50万元。')
    h('二、完善产业支撑体系')
    runin('（四）布局建设海外仓。',
          '对企业在共建“一带一路”国家和地区新建或租赁、单体面积3000平方米以上的海外仓，按投资额'
          '或首年租金的20%给予补助，单个海外仓最高100万元，每家企业最高300万元。')
    # (五) and (六): two items in ONE Word paragraph separated by a soft break (<br> in the HTML)
    h5 = '（五）畅通跨境物流通道。'
    r5 = ('支持企业利用中欧（厦门）班列、“丝路海运”航线和海铁联运开展跨境电商出口。对通过中欧'
          '（厦门）班列运输跨境电商货物的，按每标准箱1000元给予运费补助，每家企业每年最高100万元。')
    h6 = '（六）提升园区发展能级。'
    r6 = ('支持厦门象屿综合保税区、厦门海沧港综合保税区开展跨境电商保税备货、出口海外仓（9810）、'
          '保税维修和保税展示交易业务。对经认定的市级跨境电商产业园，给予运营主体最高100万元一次性'
          '补助。')
    para(cell, [(FW2, {}), (h5, {'font': KT, 'bold': True}), (r5, {}), BR,
                (FW2, {}), (h6, {'font': KT, 'bold': True}), (r6, {})])
    n2.append(h5 + r5)
    n2.append(h6 + r6)
    runin('（七）加强专业人才培养。',
          '支持高校、职业院校与跨境电商企业共建实训基地，对年培训跨境电商人才500人次以上的实训基地，'
          '给予最高30万元补助。')
    h('三、优化监管服务环境')
    runin('（八）提升通关便利化水平。',
          '推动海关在综合保税区内深化“跨境电商+市场采购”融合发展，推广跨境电商出口“清单申报、汇总'
          '统计”模式，落实跨境电商零售出口“无票免税”和企业所得税核定征收政策。')
    runin('（九）强化金融保险支持。',
          '鼓励银行机构为跨境电商企业提供出口信用保险保单融资、“跨境电商贷”等产品。对企业投保出口'
          '信用保险的，按实际缴纳保费的50%给予补助，每家企业每年最高50万元。', sep=NBSP * 4)
    runin('（十）完善公共服务平台。',
          '依托厦门跨境电子商务线上综合服务平台，为企业提供备案、通关、结汇、退税、数据统计等“一站式”'
          '服务，推动平台与国际贸易“单一窗口”数据互联互通。')
    h('四、附则')
    for c in ['本措施所称跨境电商进出口额，以海关统计的跨境电商（9610、9710、9810、1210）监管方式'
              '进出口数据为准。',
              '同一项目符合本措施和本市其他同类政策的，按照“从优、就高、不重复”的原则执行。本措施所需'
              '资金由市、区两级按现行财政体制分担。',
              '本措施由市商务局负责解释，自2025年12月20日起施行，有效期至2027年12月19日。《厦门市商务局'
              '关于印发〈厦门市支持跨境电子商务发展若干措施〉的通知》（厦商务规〔2022〕4号）同时废止。']:
        para(cell, FW2 + c)
        n2.append(c)
    cell.add_paragraph()
    para(cell, [('分享到：微信　微博　QQ空间', {'color': GREY})], font=YH, size=9)
    para(cell, '【打印本页】　　【关闭窗口】', align=WD_ALIGN_PARAGRAPH.RIGHT, font=YH, size=9)

    related_links(doc, [
        ('《厦门市促进跨境电子商务高质量发展若干措施》政策解读',
         'http://swj.xm.gov.cn/zwgk/zcjd/202511/t20251124_2901235.htm'),
        ('厦门市商务局关于开展2025年度跨境电商扶持资金申报工作的通知',
         'http://swj.xm.gov.cn/zwgk/tzgg/202511/t20251126_2901402.htm'),
        ('福建省人民政府办公厅关于加快跨境电子商务高质量发展的实施意见',
         'http://www.fujian.gov.cn/zwgk/zxwj/szfbgtwj/202410/t20241015_6543210.htm'),
    ])
    doc.add_paragraph()
    site_footer(doc, ['网站地图　|　联系我们　|　隐私声明　|　使用帮助',
                      '主办单位：厦门市商务局　　承办单位：厦门市信息中心　　地址：厦门市思明区湖滨北路61号',
                      '网站标识码：3502000041　　闽ICP备05001234号　　闽公网安备 35020302000456号'])
    out = HERE / (stem + '.docx')
    doc.save(out)

    common = dict(issuer=['厦门市商务局'], date='2025-11-18', published='2025-11-24',
                  level='municipal', region='厦门市')
    exp = [
        {'meta': dict(title=title, doc_number='厦商务规〔2025〕6号', **common,
                      effective=None, expires=None,
                      attachments=['厦门市促进跨境电子商务高质量发展若干措施'],
                      doc_type='通知', recipients=['各区商务主管部门', '各有关单位'],
                      publicity='此件主动公开', repeals=None),
         'clauses': n1},
        {'meta': dict(title='厦门市促进跨境电子商务高质量发展若干措施', doc_number=None, **common,
                      effective='2025-12-20', expires='2027-12-19', attachments=[],
                      doc_type='措施', recipients=[], publicity=None,
                      repeals='《厦门市商务局关于印发〈厦门市支持跨境电子商务发展若干措施〉的通知》'
                              '（厦商务规〔2022〕4号）'),
         'clauses': n2},
    ]
    return stem, out, exp


# ============================================================ document 2
def make_chongqing():
    stem = 'blind562_chongqing_yijian'
    doc = Document()
    a4(doc, margin=Cm(1.5))
    title = '重庆市人民政府办公厅关于推动中欧班列（成渝）高质量发展的实施意见'
    doc.core_properties.title = title + ' - 重庆市人民政府网'
    doc.core_properties.author = 'cqgov'
    page_footer(doc)

    site_header(doc, '重庆市人民政府', '无障碍　|　关怀版　|　English　|　登录',
                ['首页', '政务公开', '政务服务', '互动交流', '数据发布', '走进重庆'],
                '您当前的位置：首页 > 政务公开 > 政策文件 > 市政府办公厅文件')
    doc.add_paragraph()
    meta_table(doc, [
        ('索 引 号：', '11500000009275780L/2025-00213', '主题分类：', '商贸、海关、旅游'),
        ('发布机构：', '重庆市人民政府办公厅', '成文日期：', '2025年09月26日'),
        ('发文字号：', '渝府办发〔2025〕58号', '发布日期：', '2025年10月09日'),
    ], 2, title, [Cm(2.4), Cm(6.4), Cm(2.4), Cm(6.4)])
    doc.add_paragraph()

    # two-column layout: sidebar on the left, body on the right
    lay = doc.add_table(rows=1, cols=2)
    no_borders(lay)
    set_col_widths(lay, [Cm(3.6), Cm(14.4)])
    side = lay.rows[0].cells[0]
    shade(side, 'F3F6FA')
    para(side, [('栏目导航', {'bold': True})], font=YH, size=10.5, use_first=True)
    for s in ['政府信息公开指南', '政策文件', '　市政府令', '　市政府文件', '　市政府办公厅文件',
              '　部门文件', '政策解读', '重大决策预公开']:
        para(side, s, font=YH, size=9, before=2)
    body = lay.rows[0].cells[1]
    cl = []

    para(body, title, align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=18, before=6,
         after=6, use_first=True)
    para(body, '渝府办发〔2025〕58号', align=WD_ALIGN_PARAGRAPH.CENTER, size=14, after=6)
    para(body, '各区县（自治县）人民政府，市政府各部门，有关单位：', size=14)

    fi = Cm(0.99)

    def p(text, parts=None):
        para(body, parts or text, first_line=fi, line=Pt(26))
        cl.append(text)

    def h(text, font=HT):
        para(body, text, font=font, first_line=fi, line=Pt(26))

    def runin(head, rest, font=FS, bold=True):
        p(head + rest, [(head, {'font': font, 'bold': bold}), (rest, {})])

    p('中欧班列（成渝）是共建“一带一路”的重要载体和内陆开放的重要支撑。为深入落实推动共建“一带一路”'
      '高质量发展和新时代推动西部大开发形成新格局的决策部署，加快建设内陆开放综合枢纽，推动中欧班列'
      '（成渝）高质量发展，经市政府同意，现提出以下实施意见。')
    h('一、总体要求')
    p('以习近平新时代中国特色社会主义思想为指导，坚持市场主导、政府引导，坚持成渝协同、通道联动，'
      '着力拓展通道网络、提升枢纽能级、培育班列经济，推动中欧班列（成渝）由“通道经济”向“枢纽经济”'
      '“产业经济”转变。到2027年，主要指标达到下表目标。')
    data_table(body, ['指标', '2024年', '2027年目标'],
               [['年开行量（列）', '5000', '5500以上'],
                ['回程班列占比（%）', '42', '45以上'],
                ['跨境电商专列（列/年）', '150', '300以上'],
                ['境外集结分拨节点（个）', '12', '20以上']], cl,
               widths=[Cm(5.5), Cm(3), Cm(3.5)], size=10)
    h('二、重点任务')
    h('（一）拓展国际通道网络', font=KT)
    runin('1.巩固提升主通道。',
          '稳定开行经阿拉山口、霍尔果斯、满洲里、二连浩特口岸的西、中、东通道线路，优化至杜伊斯堡、'
          '汉堡、罗兹、布达佩斯等主要节点城市的班列组织，提升全程时效和运输稳定性。')
    runin('2.加密中亚、西亚线路。',
          '拓展至阿拉木图、塔什干、阿什哈巴德等城市的班列线路，探索经里海至高加索地区、土耳其的跨里海'
          '国际运输走廊线路。')
    runin('3．推进通道联动。',
          '推动中欧班列（成渝）与西部陆海新通道、长江黄金水道无缝衔接，发展“中欧班列+西部陆海新通道”'
          '“中欧班列+长江航运”多式联运，推广“一单制”提单。')
    h('（二）提升枢纽集结能力', font=KT)
    runin('4.建设集结中心。',
          '加快中欧班列（成渝）集结中心示范工程建设，完善团结村中心站、果园港、重庆西站等场站设施，'
          '提升集结分拨、仓储加工和信息服务能力。')
    runin('5.优化境外节点布局。',
          '支持平台企业在波兰、匈牙利、德国、哈萨克斯坦等国家布局海外仓和分拨中心，对新建境外集结分拨'
          '节点的，按照有关规定给予支持。')
    h('（三）培育班列经济', font=KT)
    runin('6.发展班列贸易。',
          '依托重庆两路果园港综合保税区、重庆西永综合保税区，发展整车进口、跨境电商、保税维修、冷链'
          '物流等业态，扩大笔电、汽车及零部件、机电产品等本地货源出口。')
    runin('7.开行特色专列。',
          '常态化开行跨境电商专列、汽车专列和冷链专列，支持开行“中欧班列+跨境电商”定制班列，对跨境'
          '电商专列按照“一事一议”方式给予支持。')
    runin('8.推动金融创新。',
          '深化铁路运单物权化探索，推广“铁路提单融资”“班列运费贷”等金融产品，支持金融机构为班列'
          '上下游企业提供供应链金融服务。')
    h('（四）优化口岸营商环境', font=KT)
    runin('9.提升通关效率。',
          '推广“提前申报”“两步申报”“铁路快通”等通关模式，压缩进口货物口岸整体通关时间。')
    runin('10.强化数字赋能。',
          '建设中欧班列（成渝）数字化服务平台，实现订舱、报关、查验、结算等环节“一网通办”，推动与'
          '沿线国家海关、铁路部门数据交换。')
    h('三、保障措施')
    runin('（一）加强组织领导。',
          '市政府口岸物流办牵头建立推动中欧班列（成渝）高质量发展工作机制，统筹协调重大事项。各区县'
          '（自治县）政府和市级有关部门要按照职责分工，细化工作措施，形成工作合力。', font=KT)
    runin('（二）强化要素保障。',
          '市财政局会同有关部门统筹用好中央和市级有关资金，对符合条件的通道建设、集结中心和多式联运'
          '项目给予支持。规划自然资源部门要优先保障枢纽场站建设用地需求。', font=KT)
    runin('（三）深化川渝协同。',
          '落实川渝两地中欧班列合作共建机制，统一品牌、统一运营、统一定价，共同开展境外推介和市场'
          '开拓。', font=KT)
    runin('（四）抓好督促落实。',
          '市政府口岸物流办要会同有关部门加强跟踪评估，定期通报工作进展，重大事项及时向市政府报告。',
          font=KT)
    p('本实施意见自2025年11月1日起施行，有效期5年。')
    body.add_paragraph()
    para(body, '附件：中欧班列（成渝）高质量发展重点任务分工表', first_line=fi)
    body.add_paragraph()
    para(body, '重庆市人民政府办公厅' + NBSP * 4, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(body, '2025年9月26日' + NBSP * 6, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(body, '（此件公开发布）', first_line=fi)
    body.add_paragraph()
    q = para(body, '附件下载：', font=YH, size=10.5)
    add_hyperlink(q, 'https://www.cq.gov.cn/zwgk/zfxxgkml/szfwj/qtgw/202510/W020251009512345678901.pdf',
                  '中欧班列（成渝）高质量发展重点任务分工表.pdf')
    para(body, '【字体：大　中　小】　　【打印本页】　【关闭窗口】', align=WD_ALIGN_PARAGRAPH.RIGHT,
         font=YH, size=9, before=6)

    related_links(doc, [
        ('图解：一图读懂《关于推动中欧班列（成渝）高质量发展的实施意见》',
         'https://www.cq.gov.cn/zwgk/zcjd/202510/t20251010_14600001.html'),
        ('重庆市人民政府关于印发重庆市建设内陆开放综合枢纽实施方案的通知',
         'https://www.cq.gov.cn/zwgk/zfxxgkml/szfwj/xzgfxwj/szf/202403/t20240312_12900001.html'),
        ('四川省人民政府办公厅关于推动中欧班列（成渝）高质量发展的实施意见',
         'https://www.sc.gov.cn/10462/zfwjts/2025/10/15/abc123.shtml'),
    ], style='List Number')
    doc.add_paragraph()
    site_footer(doc, ['主办：重庆市人民政府办公厅　　承办：重庆市大数据应用发展管理局',
                      '网站标识码：5000000095　　渝ICP备05003300号　　渝公网安备 50010302000450号',
                      '技术支持：重庆市政务服务网络运维中心　　建议使用1366×768分辨率浏览'],
                fill='E6ECF5')
    out = HERE / (stem + '.docx')
    doc.save(out)
    exp = [{'meta': dict(title=title, doc_number='渝府办发〔2025〕58号',
                         issuer=['重庆市人民政府办公厅'], date='2025-09-26',
                         published='2025-10-09', level='provincial', region='重庆市',
                         effective='2025-11-01', expires='2030-10-31',
                         attachments=['中欧班列（成渝）高质量发展重点任务分工表'],
                         doc_type='意见',
                         recipients=['各区县（自治县）人民政府', '市政府各部门', '有关单位'],
                         publicity='此件公开发布', repeals=None),
            'clauses': cl}]
    return stem, out, exp


# ============================================================ document 3
def make_qingdao():
    stem = 'blind562_qingdao_banfa'
    doc = Document()
    a4(doc)
    num_id = add_cn_numbering(doc)
    title = '中国（山东）自由贸易试验区青岛片区促进外商投资发展办法'
    doc.core_properties.title = title
    doc.core_properties.author = 'admin'
    org = '中国（山东）自由贸易试验区青岛片区管理委员会'

    site_header(doc, '中国（山东）自由贸易试验区青岛片区', '请输入关键字　　搜索',
                ['首页', '片区概况', '政务公开', '投资青岛片区', '政务服务', '互动交流'],
                '当前位置：首页 > 政务公开 > 政策文件 > 管委文件', banner='0B5394')
    doc.add_paragraph()

    outer = doc.add_table(rows=1, cols=1)
    no_borders(outer)
    frame = outer.rows[0].cells[0].add_table(rows=1, cols=1)   # table inside a table
    frame.style = 'Table Grid'
    cell = frame.rows[0].cells[0]
    meta_table(cell, [
        ('索 引 号：', '1137028MB1234567XY/2026-00005', '公开方式：', '主动公开'),
        ('发布机构：', org, '成文日期：', '2026-01-20'),
        ('发文字号：', '青自贸管发〔2026〕5号', '发布日期：', '2026-01-26'),
        ('有 效 性：', '有效', '生效日期：', '2026-03-01'),
    ], 4, title, [Cm(2.2), Cm(5.4), Cm(2.2), Cm(5.4)])
    cl = []
    para(cell, [(title, {'color': RGBColor(0xB0, 0x00, 0x00)})],
        align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=18, before=14, after=4)
    para(cell, '发布时间：2026-01-26　　来源：投资促进部　　浏览次数：2318　　【字体：大　中　小】',
         align=WD_ALIGN_PARAGRAPH.CENTER, font=YH, size=9, after=2)
    red_rule(cell, color='B00000', sz='12')

    def chapter(text):
        para(cell, text, align=WD_ALIGN_PARAGRAPH.CENTER, font=HT, size=14, before=8, after=4)

    def art(no, text, sep='\u3000'):
        para(cell, [(no, {'font': HT}), (sep + text, {})], first_line=Cm(0.99), line=Pt(26))
        cl.append(no + sep + text)

    chapter('第一章　总则')
    art('第一条', '为深入贯彻《中华人民共和国外商投资法》及其实施条例，落实《中国（山东）自由贸易试验区'
        '总体方案》，进一步扩大高水平对外开放，吸引和利用外资，推动中国（山东）自由贸易试验区青岛片区'
        '（以下简称青岛片区）高质量发展，结合青岛片区实际，制定本办法。')
    art('第二条', '本办法适用于在青岛片区内依法登记注册、具有独立法人资格且符合青岛片区产业发展导向的'
        '外商投资企业（以下简称外资企业）。')
    art('第三条', '青岛片区管理委员会（以下简称管委会）投资促进部门负责本办法的组织实施，财政、市场监管、'
        '税务等部门按照职责分工做好相关工作。')
    chapter('第二章　支持措施')
    art('第四条', '对新设外资企业，按照当年度实际使用外资金额给予分档奖励，具体标准如下：')
    data_table(cell, ['实际使用外资金额', '奖励比例', '单个企业年度奖励上限'],
               [['1000万美元（含）至5000万美元', '2%', '500万元'],
                ['5000万美元（含）至1亿美元', '2.5%', '1000万元'],
                ['1亿美元（含）以上', '3%', '2000万元']], cl,
               widths=[Cm(6.5), Cm(3), Cm(4.5)])
    art('第五条', '对现有外资企业利润再投资或增资扩股，当年度实际使用外资金额达到500万美元以上的，'
        '按照实际使用外资金额的1.5%给予奖励，单个企业年度最高1000万元。')
    art('第六条', '对世界500强企业、境外上市公司在青岛片区新设立的地区总部、功能性机构，经认定后给予'
        '最高1000万元落户奖励；对其租赁自用办公用房的，3年内按照租金的50%给予补贴，每年最高200万元。')
    art('第七条', '支持外资企业在青岛前湾综合保税区开展保税研发、保税维修、融资租赁和跨境电商等业务，'
        '对年度进出口额首次突破10亿元的，给予最高100万元一次性奖励。')
    art('第八条', '鼓励外资企业参与“一带一路”国际合作，依托中欧班列（齐鲁号）、上合示范区多式联运中心'
        '拓展国际物流业务，对开行中亚、欧洲方向班列的，按照每列1万元给予支持，每家企业每年最高200万元。')
    art('第九条', '外资企业引进的高层次人才，符合条件的，按照青岛市有关人才政策享受住房、子女入学、'
        '医疗保障等服务；外籍高层次人才可申请办理有效期最长5年的工作类居留许可。')
    art('第十条', '推进外资企业跨境投融资便利化，支持符合条件的外资企业开展外债一次性登记、资本项目收入'
        '支付便利化和本外币一体化资金池业务。')
    chapter('第三章　申报与管理')
    art('第十一条', '本办法扶持资金每年集中申报一次，具体申报时间以管委会发布的申报通知为准。')
    art('第十二条', '申请本办法扶持资金的外资企业，应当提交以下材料：')
    cn = ['一', '二', '三', '四', '五']
    for i, t in enumerate(['扶持资金申请表；',
                           '营业执照及外商投资信息报告回执；',
                           '外汇登记证明或银行出具的外资到账凭证；',
                           '经会计师事务所审计的上一年度财务报表；',
                           '管委会要求提供的其他材料。']):
        q = para(cell, t, line=Pt(26))
        numbered(q, num_id)              # （一）… comes from Word numbering, not typed
        cl.append('（%s）%s' % (cn[i], t))
    art('第十三条', '管委会投资促进部门会同财政部门对申报材料进行审核，审核结果在管委会门户网站公示5个'
        '工作日。公示无异议的，按程序拨付扶持资金。')
    art('第十四条', '同一项目同时符合本办法和国家、省、市其他同类扶持政策的，按照“就高不重复”原则执行。')
    art('第十五条', '企业通过提供虚假材料等方式骗取扶持资金的，由管委会追回已拨付资金，并依法依规纳入'
        '失信记录；涉嫌犯罪的，依法移送司法机关处理。')
    art('第十六条', '获得扶持资金的外资企业，自首次获得扶持之日起5年内注册地址迁离青岛片区或者减少注册'
        '资本的，应当退还已获得的扶持资金。')
    chapter('第四章　附则')
    art('第十七条', '本办法所称实际使用外资金额，以商务部门外资统计数据为准；所称“以上”包含本数。')
    art('第十八条', '本办法由管委会投资促进部门负责解释。', sep=NBSP + NBSP)
    art('第十九条', '本办法自2026年3月1日起施行，有效期至2028年2月29日。《中国（山东）自由贸易试验区'
        '青岛片区鼓励外商投资暂行办法》（青自贸管发〔2023〕11号）同时废止。')
    cell.add_paragraph()
    para(cell, '附件：青岛片区外商投资扶持资金申请表', first_line=Cm(0.99))
    cell.add_paragraph()
    q = para(cell, '附件下载：', font=YH, size=10.5)
    add_hyperlink(q, 'http://qdftz.qingdao.gov.cn/zwgk/zcwj/202601/P020260126385123456789.docx',
                  '1.青岛片区外商投资扶持资金申请表.docx')
    para(cell, '【打印本页】　【关闭窗口】', align=WD_ALIGN_PARAGRAPH.RIGHT, font=YH, size=9, before=6)

    para(doc, [('上一篇：', {'bold': True}),
               ('关于公布2025年度青岛片区外资企业扶持资金拟拨付名单的公示', {})], font=YH, size=9,
         before=6)
    para(doc, [('下一篇：', {'bold': True}),
               ('中国（山东）自由贸易试验区青岛片区2026年度招商引资工作要点', {})], font=YH, size=9)
    related_links(doc, [
        ('《中国（山东）自由贸易试验区青岛片区促进外商投资发展办法》政策解读',
         'http://qdftz.qingdao.gov.cn/zwgk/zcjd/202601/t20260127_8123456.shtml'),
        ('山东省人民政府关于进一步优化外商投资环境加大吸引外商投资力度的若干措施',
         'http://www.shandong.gov.cn/art/2024/3/5/art_107851_123456.html'),
    ], style='List Bullet', heading='相关文件')
    doc.add_paragraph()
    site_footer(doc, ['主办单位：' + org + '　　承办单位：青岛片区管委会综合办公室',
                      '网站标识码：3702110012　　鲁ICP备12345678号-2　　鲁公网安备 37021102000789号',
                      '地址：青岛市黄岛区前湾保税港区北京路45号　　邮编：266555'], fill='DDE7F2')
    out = HERE / (stem + '.docx')
    doc.save(out)
    exp = [{'meta': dict(title=title, doc_number='青自贸管发〔2026〕5号', issuer=[org],
                         date='2026-01-20', published='2026-01-26', level='zone',
                         region='中国（山东）自由贸易试验区青岛片区',
                         effective='2026-03-01', expires='2028-02-29',
                         attachments=['青岛片区外商投资扶持资金申请表'], doc_type='办法',
                         recipients=[], publicity=None,
                         repeals='《中国（山东）自由贸易试验区青岛片区鼓励外商投资暂行办法》'
                                 '（青自贸管发〔2023〕11号）'),
            'clauses': cl}]
    return stem, out, exp


def main():
    expected = {}
    for fn in (make_xiamen, make_chongqing, make_qingdao):
        stem, out, exp = fn()
        expected[stem] = exp
        convert(out)
    with open(HERE / 'expected.json', 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
