# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 733: 境外投资备案 file as a 商务厅 sends it (证书 + 备案通知书)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SS = "宋体"
RED = "FF0000"
BR = object()  # soft line break marker

PPR_AFTER_BDR = ['w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
                 'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN',
                 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind',
                 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc',
                 'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap',
                 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr',
                 'w:pPrChange']


# ----------------------------------------------------------------- helpers
def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles['Normal']
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), FS)
    return doc


def style_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.get_or_add_rFonts()
    rf.set(qn('w:eastAsia'), font)
    rf.set(qn('w:ascii'), font)
    rf.set(qn('w:hAnsi'), font)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def para(container, segs, align=None, indent=True, line=28, size=16, font=FS,
         before=0, after=0):
    """segs: str | list of str / (text, font, size, bold, color) / BR"""
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if isinstance(segs, str):
        segs = [segs]
    for s in segs:
        if s is BR:
            r = p.add_run()
            r.add_break()
            continue
        if isinstance(s, str):
            s = (s, font, size, False, None)
        t, f, sz, b, c = (list(s) + [None] * 5)[:5]
        style_run(p.add_run(t), f or font, sz or size, bool(b), c)
    return p


def border(p, side='bottom', color=RED, sz=18, space=4):
    ppr = p._p.get_or_add_pPr()
    el = parse_xml('<w:pBdr %s><w:%s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/></w:pBdr>'
                   % (nsdecls('w'), side, sz, space, color))
    ppr.insert_element_before(el, *PPR_AFTER_BDR)


def border2(p, color='000000', sz=8):
    ppr = p._p.get_or_add_pPr()
    el = parse_xml('<w:pBdr %s><w:top w:val="single" w:sz="%d" w:space="1" w:color="%s"/>'
                   '<w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
                   % (nsdecls('w'), sz, color, sz, color))
    ppr.insert_element_before(el, *PPR_AFTER_BDR)


def page_number(section):
    ftr = section.footer
    p = ftr.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    style_run(p.add_run('— '), SS, 14)
    fld = parse_xml('<w:fldSimple %s w:instr=" PAGE "><w:r><w:rPr><w:rFonts w:ascii="宋体" '
                    'w:eastAsia="宋体" w:hAnsi="宋体"/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r>'
                    '</w:fldSimple>' % nsdecls('w'))
    p._p.append(fld)
    style_run(p.add_run(' —'), SS, 14)


def make_numbering(doc, fmt, lvltext, font=FS, size=16):
    """Create a single-level Word list; returns numId."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn('w:abstractNumId'))) for a in numbering.findall(qn('w:abstractNum'))]
    aid = (max(ids) + 1) if ids else 0
    xml = ('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
           '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="nothing"/>'
           '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
           '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
           '<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/><w:sz w:val="%d"/></w:rPr>'
           '</w:lvl></w:abstractNum>' % (nsdecls('w'), aid, fmt, lvltext, font, font, font, size * 2))
    el = parse_xml(xml)
    nums = numbering.findall(qn('w:num'))
    if nums:
        nums[0].addprevious(el)
    else:
        numbering.append(el)
    num = numbering.add_num(aid)
    return num.numId


def numbered(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def cell_text(cell, segs, align=None, size=12, font=FS, line=20):
    p = cell.paragraphs[0]
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(3)
    pf.space_after = Pt(3)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if isinstance(segs, str):
        segs = [segs]
    for s in segs:
        if s is BR:
            p.add_run().add_break()
        else:
            style_run(p.add_run(s), font, size)


def empty(doc, n=1, line=28):
    for _ in range(n):
        para(doc, '', indent=False, line=line)


def join(segs):
    return ''.join(s for s in segs if s is not BR)


def convert(path):
    subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo_733', '--headless',
                    '--convert-to', 'pdf', '--outdir', HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def vermerk(doc, cc, office, date):
    """版记: 抄送 and 印发 lines between rules."""
    empty(doc, 2)
    p = para(doc, [('抄送：', FS, 14), (cc, FS, 14)], indent=False, line=28, size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border2(p)
    p = para(doc, [(office, FS, 14), ('　' * 9, FS, 14), (date + '印发', FS, 14)],
             indent=False, line=28, size=14)
    p.paragraph_format.left_indent = Pt(14)
    border(p, 'bottom', '000000', 8, 1)


# ------------------------------------------------------------- certificate
def certificate(doc, cert_no, rows, org, date_text, notes, spaced_title, notes_mode,
                num_id=None):
    """rows: list of (label, value_segs) or (label, v, label2, v2)."""
    title = '企 业 境 外 投 资 证 书' if spaced_title else '企业境外投资证书'
    para(doc, [(title, XBS, 26)], align='c', indent=False, line=40, before=6)
    para(doc, [(cert_no, FS, 14)], align='r', indent=False, line=26, size=14, after=4)
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(3.8), Cm(5.0), Cm(2.8), Cm(4.0)]
    for i, row in enumerate(rows):
        cells = t.rows[i].cells
        for j, w in enumerate(widths):
            cells[j].width = w
        if len(row) == 2:
            m = cells[1].merge(cells[3])
            cell_text(cells[0], row[0], 'c')
            cell_text(m, row[1])
        else:
            cell_text(cells[0], row[0], 'c')
            cell_text(cells[1], row[1])
            cell_text(cells[2], row[2], 'c')
            cell_text(cells[3], row[3])
    empty(doc, 1, 14)
    p = para(doc, [(org, FS, 16), ('（印章）', FS, 16)], align='r', indent=False, line=28)
    p.paragraph_format.right_indent = Pt(32)
    p = para(doc, [(date_text, FS, 16)], align='r', indent=False, line=28)
    p.paragraph_format.right_indent = Pt(32)
    empty(doc, 1, 10)
    if notes_mode == 'auto':
        para(doc, [('说明：', HT, 12)], indent=False, line=18, size=12)
        for n in notes:
            txt = n.split('.', 1)[1]
            p = para(doc, [(txt, FS, 12)], indent=True, line=18, size=12)
            numbered(p, num_id)
    else:  # one paragraph, soft breaks, typed numbers
        segs = [('说明：', HT, 12)]
        for k, n in enumerate(notes):
            if k:
                segs.append(BR)
            segs.append((n, FS, 12))
        para(doc, segs, indent=False, line=18, size=12)


def cert_clauses(rows, notes):
    out = []
    for row in rows:
        vals = [join(x) if isinstance(x, list) else x for x in row]
        if len(vals) == 2:
            out.append('%s：%s' % (vals[0], vals[1]))
        else:
            out.append('%s：%s；%s：%s' % tuple(vals))
    return out + list(notes)


# ================================================================ JIANGSU
JS_CERT_NO = '境外投资证第N3200202600123号'
JS_DOCNO = '苏商境外投资〔2026〕41号'
JS_CO = '江苏华澜新材料股份有限公司'

JS_ROWS = [
    ('境内投资主体', JS_CO),
    ('投资主体注册地', '江苏省南京市江宁区'),
    ('投资国别（地区）', '匈牙利'),
    ('境外企业名称', '华澜新材料（匈牙利）有限公司（Hualan New Materials Hungary Kft.）'),
    ('设立方式', '新设'),
    ('经营范围', '锂电池隔膜涂覆材料及功能性涂层材料的研发、生产和销售'),
    ('投资总额', '1850万美元'),
    ('中方投资额', '1850万美元'),
    ('投资路径', ['江苏华澜新材料股份有限公司→华澜国际控股（香港）有限公司（中国香港）→', BR,
              '华澜新材料（匈牙利）有限公司（匈牙利）']),
    ('核准或备案文号', JS_DOCNO),
    ('有效期', '2026年3月16日至2028年3月15日'),
]
JS_NOTES = [
    '1.本证书是企业境外投资获得备案或者核准的凭证，按照境外企业一家一证的原则颁发。',
    '2.企业自领取本证书之日起2年内未在境外开展投资的，本证书自动失效；如需再开展境外投资，应当按照规定重新办理核准或者备案。',
    '3.境外企业名称、投资总额、投资路径等事项发生变更，或者境外企业终止的，企业应当向原发证机关申请办理变更或者注销手续，并交回本证书。',
    '4.本证书不得伪造、涂改、出租、转借或者以任何形式转让。',
]


def build_js_cert():
    doc = new_doc()
    sec = doc.sections[0]
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    nid = make_numbering(doc, 'decimal', '%1.', FS, 12)
    certificate(doc, JS_CERT_NO, JS_ROWS, '江苏省商务厅', '2026年3月16日', JS_NOTES,
                spaced_title=True, notes_mode='auto', num_id=nid)
    empty(doc, 1, 16)
    para(doc, [('中华人民共和国商务部监制', SS, 10)], align='r', indent=False, line=16, size=10)
    name = 'blind733_jiangsu_zhengshu'
    doc.save(os.path.join(HERE, name + '.docx'))
    meta = {
        'title': '企业境外投资证书',
        'doc_number': JS_CERT_NO,
        'issuer': ['江苏省商务厅'],
        'date': '2026-03-16',
        'published': None,
        'level': 'provincial',
        'region': '江苏省',
        'effective': '2026-03-16',
        'expires': '2028-03-15',
        'attachments': [],
        'doc_type': '证书',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    }
    return name, [{'meta': meta, 'clauses': cert_clauses(JS_ROWS, JS_NOTES)}]


JS_TITLE_SEGS = ['江苏省商务厅关于江苏华澜新材料', BR,
                 '股份有限公司在匈牙利投资设立华澜新材料', BR, '（匈牙利）有限公司予以备案的通知']

JS_OPEN = ('你公司报送的《境外投资备案表》及相关申请材料收悉。根据《境外投资管理办法》（商务部令2014年第3号）'
           '有关规定，经审查，你公司在匈牙利投资设立华澜新材料（匈牙利）有限公司事项符合备案条件，我厅予以备案，'
           '并颁发《企业境外投资证书》（境外投资证第N3200202600123号）。现将有关事项通知如下：')
JS_ITEMS = [
    ('一、备案事项。', '境外企业名称为华澜新材料（匈牙利）有限公司，注册地为匈牙利豪伊杜-比豪尔州德布勒森市，'
                 '设立方式为新设；投资总额1850万美元，其中中方投资额1850万美元，由你公司以自有资金通过华澜国际控股'
                 '（香港）有限公司出资；主要从事锂电池隔膜涂覆材料及功能性涂层材料的研发、生产和销售。'),
    ('二、实施期限。', '你公司应当自领取《企业境外投资证书》之日起2年内在境外开展投资。逾期未开展投资的，证书自动失效；'
                 '如需再开展境外投资，应当按照规定重新办理备案。'),
    ('三、后续管理要求。', '境外企业设立后，你公司应当做好以下工作：'),
]
JS_SUB = [
    '自境外企业注册完成之日起30个工作日内，通过商务部业务系统统一平台报告境外企业设立情况，并上传境外企业注册证明文件。',
    '按照《对外直接投资统计调查制度》要求，按时、如实报送对外直接投资统计数据，参加对外直接投资联合年报。',
    '严格遵守匈牙利法律法规，尊重当地风俗习惯，依法履行劳动用工、环境保护、税收缴纳等方面义务，注重与当地社会融合发展，积极履行社会责任。',
    '建立健全境外安全风险防范和突发事件应急处置机制，落实境外人员和资产安全管理责任，境外企业设立后及时向我国驻匈牙利使馆经济商务处报到登记。',
    '境外企业名称、投资总额、投资路径等事项发生变更，或者境外企业终止的，及时向我厅申请办理变更或者注销手续，并交回《企业境外投资证书》。',
]
CN_NUM = '一二三四五六七八九十'
JS_TAIL = [
    ('四、其他手续。', '你公司应当按照国家发展改革委、国家外汇管理局等部门有关规定，办理境外投资项目备案、'
                 '境外直接投资外汇登记等相关手续。'),
    ('五、规范使用证书。', '你公司不得伪造、涂改、出租、转借或者以任何形式转让《企业境外投资证书》。存在违反'
                   '《境外投资管理办法》规定行为的，我厅将依法依规予以处理，并将有关情况纳入信用记录。'),
]
JS_CONTACT = '联系人：许晨阳（对外投资和经济合作处），联系电话：025-57710236。'


def build_js_notice():
    doc = new_doc()
    page_number(doc.sections[0])
    nid = make_numbering(doc, 'chineseCounting', '（%1）', FS)
    empty(doc, 1)
    para(doc, [('江苏省商务厅', XBS, 48, False, RED)], align='c', indent=False, line=60)
    empty(doc, 1)
    p = para(doc, [(JS_DOCNO, FS, 16)], align='c', indent=False, line=28)
    border(p, 'bottom', RED, 24, 6)
    empty(doc, 1)
    para(doc, [(s if s is BR else (s, XBS, 22)) for s in JS_TITLE_SEGS], align='c',
         indent=False, line=36, size=22)
    empty(doc, 1)
    para(doc, JS_CO + '：', indent=False)
    para(doc, JS_OPEN, align='j')
    for head, body in JS_ITEMS:
        para(doc, [(head, HT, 16), body], align='j')
    for s in JS_SUB:
        p = para(doc, s, align='j', indent=False)
        numbered(p, nid)
    for head, body in JS_TAIL:
        para(doc, [(head, HT, 16), body], align='j')
    para(doc, JS_CONTACT, align='j')
    empty(doc, 1)
    para(doc, '附件：企业境外投资证书', align='j')
    empty(doc, 3)
    para(doc, '　' * 12 + '江苏省商务厅', indent=False)
    para(doc, '　' * 11 + '2026年3月16日', indent=False)
    vermerk(doc, '省发展改革委，国家外汇管理局江苏省分局，南京市商务局，江宁区商务局。',
            '江苏省商务厅办公室', '2026年3月16日')
    name = 'blind733_jiangsu_tongzhi'
    doc.save(os.path.join(HERE, name + '.docx'))
    clauses = [JS_OPEN] + [h + b for h, b in JS_ITEMS]
    clauses += ['（%s）%s' % (CN_NUM[i], s) for i, s in enumerate(JS_SUB)]
    clauses += [h + b for h, b in JS_TAIL] + [JS_CONTACT]
    meta = {
        'title': join(JS_TITLE_SEGS),
        'doc_number': JS_DOCNO,
        'issuer': ['江苏省商务厅'],
        'date': '2026-03-16',
        'published': None,
        'level': 'provincial',
        'region': '江苏省',
        'effective': None,
        'expires': None,
        'attachments': ['企业境外投资证书'],
        'doc_type': '通知',
        'recipients': [JS_CO],
        'publicity': None,
        'repeals': None,
    }
    return name, [{'meta': meta, 'clauses': clauses}]


# ================================================================ ZHEJIANG
ZJ_CERT_NO = '境外投资证第N3300202600087号'
ZJ_DOCNO = '浙商境外投资〔2026〕19号'
ZJ_CO = '绍兴拓海智能装备股份有限公司'
ZJ_TITLE_SEGS = ['浙江省商务厅关于绍兴拓海智能装备股份', BR,
                 '有限公司并购德国凯斯勒传动技术有限公司', BR, '境外投资备案的通知']
ZJ_OPEN = ('你公司《关于并购德国凯斯勒传动技术有限公司的境外投资备案申请》（拓海〔2026〕3号）及《境外投资备案表》'
           '等材料收悉。经审核，该项目符合《境外投资管理办法》（商务部令2014年第3号）规定的备案条件。根据有关规定，'
           '我厅予以备案，现将有关事项通知如下：')
ZJ_P1 = ('你公司通过在新加坡设立的全资子公司拓海（新加坡）投资有限公司，以现金方式收购德国凯斯勒传动技术有限公司'
         '（Kessler Antriebstechnik GmbH）75%股权。凯斯勒传动技术有限公司注册地为德国巴登-符腾堡州斯图加特市，'
         '主要从事工业减速机、精密传动部件的研发、制造和销售。本项目投资总额4600万欧元，其中中方投资额4600万欧元，'
         '资金来源为你公司自有资金及银行并购贷款。')
ZJ_P2 = ('我厅已同时颁发《企业境外投资证书》（境外投资证第N3300202600087号）。你公司应当自领取证书之日起2年内'
         '在境外开展投资，逾期未开展投资的，证书自动失效。')
ZJ_REQ = [
    ('（一）依法合规经营。', '你公司及境外企业应当遵守我国法律法规和德国、欧盟相关法律法规，依法开展投资并购和生产经营活动，'
                     '尊重当地劳动用工、工会协商等制度安排，妥善处理并购后的整合事宜。'),
    ('（二）及时报告有关情况。', '你公司应当按照以下要求履行报告义务：'),
    (None, '1.自境外企业完成股权交割之日起30个工作日内，通过商务部业务系统统一平台报告境外投资实施情况；'),
    (None, '2.按照《对外直接投资统计调查制度》要求，按时报送对外直接投资统计数据，参加对外直接投资联合年报；'),
    (None, '3.境外企业发生重大经营变化、重大安全事件或者重大法律纠纷的，及时向我厅和我国驻德国使馆经济商务处报告。'),
    ('（三）加强境外风险防控。', '你公司应当建立健全境外投资合规管理和风险防控体系，密切关注欧盟《外国补贴条例》、数据保护等'
                      '领域监管要求，做好境外人员和资产安全管理，制定突发事件应急处置预案。'),
    ('（四）规范办理变更和注销。', '境外企业名称、投资路径、投资总额等备案事项发生变化的，你公司应当及时向我厅申请办理变更手续；'
                       '境外企业终止的，应当在依当地法律办结注销手续后15个工作日内向我厅报告，并交回《企业境外投资证书》。'),
]
ZJ_P3 = ('你公司应当按照国家发展改革委、国家外汇管理局等部门有关规定，办理境外投资项目备案、境外直接投资外汇登记等'
         '相关手续。项目实施过程中如遇重大问题，请及时与我厅对外投资和经济合作处联系（联系电话：0571-87701862）。')

ZJ_ROWS = [
    ('境内投资主体', ZJ_CO),
    ('投资主体注册地', '浙江省绍兴市柯桥区'),
    ('投资国别（地区）', '德国', '设立方式', '并购'),
    ('境外企业名称', '凯斯勒传动技术有限公司（Kessler Antriebstechnik GmbH）'),
    ('经营范围', '工业减速机、精密传动部件的研发、制造和销售'),
    ('投资总额', '4600万欧元', '中方投资额', '4600万欧元'),
    ('投资路径', ['绍兴拓海智能装备股份有限公司→', BR, '拓海（新加坡）投资有限公司（新加坡）→', BR,
              '凯斯勒传动技术有限公司（德国）']),
    ('核准或备案文号', ZJ_DOCNO),
    ('有效期', '2026年2月27日至2028年2月26日'),
]
ZJ_NOTES = [
    '1.本证书是企业境外投资获得备案或者核准的凭证，按照境外企业一家一证的原则颁发。',
    '2.企业自领取本证书之日起2年内未在境外开展投资的，本证书自动失效。',
    '3.本证书不得伪造、涂改、出租、转借或者以任何形式转让。',
]


def build_zj():
    doc = new_doc()
    page_number(doc.sections[0])
    empty(doc, 1)
    para(doc, [('浙江省商务厅', XBS, 48, False, RED)], align='c', indent=False, line=60)
    empty(doc, 1)
    p = para(doc, [(ZJ_DOCNO, FS, 16)], align='c', indent=False, line=28)
    border(p, 'bottom', RED, 24, 6)
    empty(doc, 1)
    para(doc, [(s if s is BR else (s, XBS, 22)) for s in ZJ_TITLE_SEGS], align='c',
         indent=False, line=36, size=22)
    empty(doc, 1)
    para(doc, ZJ_CO + '：', indent=False)
    para(doc, ZJ_OPEN, align='j')
    para(doc, [('一、备案基本情况', HT, 16)])
    para(doc, ZJ_P1, align='j')
    para(doc, ZJ_P2, align='j')
    para(doc, [('二、有关要求', HT, 16)])
    for head, body in ZJ_REQ:
        if head:
            para(doc, [(head, KT, 16, True), body], align='j')
        else:
            para(doc, body, align='j')
    para(doc, [('三、其他事项', HT, 16)])
    para(doc, ZJ_P3, align='j')
    empty(doc, 1)
    para(doc, '附件：企业境外投资证书', align='j')
    empty(doc, 2)
    # 落款 in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r in t.rows:
        r.cells[0].width = Cm(8.6)
        r.cells[1].width = Cm(7.0)
    cell_text(t.rows[0].cells[1], '浙江省商务厅', 'c', 16, FS, 28)
    cell_text(t.rows[1].cells[1], '2026年2月27日', 'c', 16, FS, 28)
    # attachment on a new page
    p = para(doc, '', indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, [('附件', HT, 16)], indent=False)
    certificate(doc, ZJ_CERT_NO, ZJ_ROWS, '浙江省商务厅', '二〇二六年二月二十七日', ZJ_NOTES,
                spaced_title=False, notes_mode='soft')
    p = para(doc, '', indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    empty(doc, 8)
    vermerk(doc, '省发展改革委，国家外汇管理局浙江省分局，绍兴市商务局，柯桥区商务局。',
            '浙江省商务厅办公室', '2026年2月27日')
    name = 'blind733_zhejiang_beian'
    doc.save(os.path.join(HERE, name + '.docx'))

    clauses = [ZJ_OPEN, ZJ_P1, ZJ_P2]
    clauses += [(h or '') + b for h, b in ZJ_REQ]
    clauses += [ZJ_P3]
    meta_n = {
        'title': join(ZJ_TITLE_SEGS),
        'doc_number': ZJ_DOCNO,
        'issuer': ['浙江省商务厅'],
        'date': '2026-02-27',
        'published': None,
        'level': 'provincial',
        'region': '浙江省',
        'effective': None,
        'expires': None,
        'attachments': ['企业境外投资证书'],
        'doc_type': '通知',
        'recipients': [ZJ_CO],
        'publicity': None,
        'repeals': None,
    }
    meta_c = {
        'title': '企业境外投资证书',
        'doc_number': ZJ_CERT_NO,
        'issuer': ['浙江省商务厅'],
        'date': '2026-02-27',
        'published': None,
        'level': 'provincial',
        'region': '浙江省',
        'effective': '2026-02-27',
        'expires': '2028-02-26',
        'attachments': [],
        'doc_type': '证书',
        'recipients': [],
        'publicity': None,
        'repeals': None,
    }
    return name, [{'meta': meta_n, 'clauses': clauses},
                  {'meta': meta_c, 'clauses': cert_clauses(ZJ_ROWS, ZJ_NOTES)}]


def main():
    expected = {}
    for fn in (build_js_cert, build_js_notice, build_zj):
        name, docs = fn()
        expected[name] = docs
        convert(os.path.join(HERE, name + '.docx'))
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == '__main__':
    main()
