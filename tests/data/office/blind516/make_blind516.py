# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 516: 自贸片区知识产权保护若干措施 (joint 管委会 + 市场监管局)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
BR = object()  # soft line break marker
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
DIST = WD_ALIGN_PARAGRAPH.DISTRIBUTE
SP2 = "\u3000\u3000"

PPR_AFTER_BDR = ('w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
                 'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN',
                 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid', 'w:spacing', 'w:ind',
                 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc',
                 'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl',
                 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange')


# ---------------------------------------------------------------- helpers
def set_font(run, east, size=16, bold=None, color=None):
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.get_or_add_rFonts()
    asc = "Times New Roman" if east in (FS, KT) else east
    rFonts.set(qn('w:ascii'), asc)
    rFonts.set(qn('w:hAnsi'), asc)
    rFonts.set(qn('w:eastAsia'), east)
    run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=2, size=16, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * indent)
    if align is not None:
        p.alignment = align
    return p


def add_runs(p, runs, size=16, color=None):
    """runs: list of (text, font, bold) or BR"""
    for r in runs:
        if r is BR:
            run = p.add_run()
            run.add_break(WD_BREAK.LINE)
            continue
        text, font, bold = (r + (False,))[:3] if len(r) == 2 else r
        run = p.add_run(text)
        set_font(run, font, size, bold, color)
    return p


def para(container, runs=(), align=J, indent=2, size=16, line=28, before=0, after=0, color=None):
    p = container.add_paragraph()
    fmt(p, align, indent, size, line, before, after)
    add_runs(p, runs, size, color)
    return p


def empty(container, n=1, line=28):
    for _ in range(n):
        p = container.add_paragraph()
        fmt(p, None, 0, 16, line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, None, 0)
    p.add_run().add_break(WD_BREAK.PAGE)


def red_line(doc, sz=18):
    p = doc.add_paragraph()
    fmt(p, C, 0, 16, 8)
    pPr = p._p.get_or_add_pPr()
    bdr = parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="FF0000"/></w:pBdr>'
                    % (nsdecls('w'), sz))
    pPr.insert_element_before(bdr, *PPR_AFTER_BDR)
    return p


def set_borders(table, spec=None):
    """spec: dict edge -> (val, sz). Missing edges = nil."""
    spec = spec or {}
    tblPr = table._tbl.tblPr
    for e in tblPr.findall(qn('w:tblBorders')):
        tblPr.remove(e)
    b = OxmlElement('w:tblBorders')
    for edge in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + edge)
        val, sz = spec.get(edge, ('nil', 0))
        el.set(qn('w:val'), val)
        el.set(qn('w:sz'), str(sz))
        el.set(qn('w:space'), '0')
        el.set(qn('w:color'), '000000')
        b.append(el)
    tblPr.insert_element_before(b, 'w:shd', 'w:tblLayout', 'w:tblCellMar', 'w:tblLook',
                                'w:tblCaption', 'w:tblDescription', 'w:tblPrChange')


def widths(table, cms):
    table.autofit = False
    for i, col in enumerate(table.columns):
        col.width = Cm(cms[i])
    tblPr = table._tbl.tblPr
    for e in tblPr.findall(qn('w:tblW')):
        tblPr.remove(e)
    tblW = parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls('w'), int(sum(cms) * 567)))
    tblPr.insert_element_before(tblW, 'w:jc', 'w:tblCellSpacing', 'w:tblInd', 'w:tblBorders', 'w:shd',
                                'w:tblLayout', 'w:tblCellMar', 'w:tblLook', 'w:tblCaption',
                                'w:tblDescription', 'w:tblPrChange')
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            cell.width = Cm(cms[i])


def cell_para(cell, first, runs=(), align=C, size=16, line=28, indent=0, color=None):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    fmt(p, align, indent, size, line)
    add_runs(p, runs, size, color)
    return p


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls('w'), fill)))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls('w')))


def page_setup(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21)
        section.top_margin, section.bottom_margin = Cm(2.8), Cm(2.6)
        section.left_margin, section.right_margin = Cm(3.7), Cm(3.5)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.footer_distance = Cm(2.4)


def fld(p, instr, font, size):
    def mk(tag, **attrs):
        r = p.add_run()
        set_font(r, font, size)
        el = OxmlElement(tag)
        for k, v in attrs.items():
            el.set(qn(k), v)
        r._element.append(el)
        return r, el
    mk('w:fldChar', **{'w:fldCharType': 'begin'})
    r, el = mk('w:instrText')
    el.text = ' %s ' % instr
    el.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
    mk('w:fldChar', **{'w:fldCharType': 'separate'})
    r = p.add_run('1')
    set_font(r, font, size)
    mk('w:fldChar', **{'w:fldCharType': 'end'})


def page_number(section, left='— ', right=' —', align=C, font='宋体', size=14):
    p = section.footer.paragraphs[0]
    p.alignment = align
    r = p.add_run(left)
    set_font(r, font, size)
    fld(p, 'PAGE', font, size)
    r = p.add_run(right)
    set_font(r, font, size)


def new_doc():
    doc = Document()
    st = doc.styles['Normal']
    st.font.size = Pt(16)
    rf = st.element.get_or_add_rPr().get_or_add_rFonts()
    rf.set(qn('w:ascii'), 'Times New Roman')
    rf.set(qn('w:hAnsi'), 'Times New Roman')
    rf.set(qn('w:eastAsia'), FS)
    st.paragraph_format.space_after = Pt(0)
    page_setup(doc.sections[0])
    return doc


def banji(doc, chaosong, office, date_txt):
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(t, {'top': ('single', 8), 'bottom': ('single', 8), 'insideH': ('single', 4)})
    widths(t, [15.6])
    p = cell_para(t.cell(0, 0), True, [(chaosong, FS, False)], J, 14, 24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(-14 * 3)  # hanging after 抄送：
    p.paragraph_format.left_indent = Pt(14 * 4)
    p = cell_para(t.cell(1, 0), True, [(office + "\u3000" * 6 + date_txt, FS, False)], L, 14, 24)
    p.paragraph_format.left_indent = Pt(14)


def flow_rows(table_rows, h=("环节", "办理时限", "责任单位")):
    return ["%s：%s；%s：%s；%s：%s" % (h[0], a, h[1], b, h[2], c) for a, b, c in table_rows]


def flow_table(doc, rows, merged=(), cms=(3.6, 5.4, 6.6), size=14, repeat=False):
    """merged: list of (r0, r1) row ranges (0-based data rows) whose 责任单位 cell is vertically merged."""
    t = doc.add_table(rows=len(rows) + 1, cols=3)
    t.style = doc.styles['Table Grid']
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, cms)
    for i, h in enumerate(("环节", "办理时限", "责任单位")):
        c = t.cell(0, i)
        cell_para(c, True, [(h, HT, False)], C, size, 22)
        c.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        shade(c)
    if repeat:
        repeat_header(t.rows[0])
    skip = set()
    for r0, r1 in merged:
        for r in range(r0 + 1, r1 + 1):
            skip.add(r)
    for ri, (a, b, c_) in enumerate(rows):
        for ci, txt in enumerate((a, b, c_)):
            cell = t.cell(ri + 1, ci)
            cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
            if ci == 2 and ri in skip:
                continue
            cell_para(cell, True, [(txt, FS, False)], C if ci != 1 else L, size, 22)
    for r0, r1 in merged:
        t.cell(r0 + 1, 2).merge(t.cell(r1 + 1, 2))
    return t


def item_runs(num, lead, rest, split_lead=None, num_font=FS, lead_font=FS):
    """bold run-in lead sentence. split_lead: index where the bold lead is split into two runs;
    the final 。 of the lead is then left un-bold (typical copy/paste quirk)."""
    runs = [(num, num_font, True)] if num else []
    if split_lead:
        runs += [(lead[:split_lead], lead_font, True), (lead[split_lead:-1], lead_font, True), (lead[-1], FS, False)]
    else:
        runs.append((lead, lead_font, True))
    if rest:
        runs.append((rest, FS, False))
    return runs


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_516", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


CN_NUM = "一二三四五六七八九十"

# ================================================================ 1. 厦门片区
XM_ORG1 = "中国（福建）自由贸易试验区厦门片区管理委员会"
XM_ORG2 = "厦门市市场监督管理局"
XM_TITLE = "关于加强自由贸易试验区知识产权保护的若干措施"
XM_NO = "厦自贸委〔2025〕27号"
XM_PRE = ("为深入贯彻落实《知识产权强国建设纲要（2021—2035年）》和《中国（福建）自由贸易试验区条例》，"
          "全面加强中国（福建）自由贸易试验区厦门片区（以下简称片区）知识产权保护，营造市场化、法治化、"
          "国际化一流营商环境，服务高质量共建“一带一路”，结合片区实际，制定以下措施。")
XM_ITEMS = [
    ("建立知识产权快速协同保护机制。",
     "依托中国（厦门）知识产权保护中心，在片区设立知识产权纠纷快速处理中心，整合行政裁决、人民调解、仲裁、"
     "公证等资源，实行“一窗受理、分类处置、限时办结”。对事实清楚、证据确凿的专利侵权纠纷，适用简易程序处理，"
     "原则上自立案之日起1个月内结案。"),
    ("加强跨境电商领域知识产权保护。",
     "聚焦中国（厦门）跨境电子商务综合试验区和厦门象屿综合保税区等重点区域，建立跨境电商平台知识产权投诉快速响应机制，"
     "指导平台企业完善侵权商品下架、商户信用评价等内部治理规则。对涉嫌侵犯知识产权的跨境电商零售进口商品，"
     "依法依规开展线索通报和联合处置。"),
    ("强化进出口环节知识产权海关保护。",
     "配合厦门海关开展知识产权保护专项行动，推动片区重点企业办理知识产权海关保护备案。对经由中欧（厦门）班列、"
     "海运快件等渠道进出境的货物，加强侵权风险研判和布控查验，支持权利人依法申请扣留侵权嫌疑货物。"),
    ("完善知识产权行政执法与司法衔接。",
     "市市场监督管理局与厦门市中级人民法院、市人民检察院、市公安局建立案件线索移送、信息共享和联席会商制度。"
     "对涉嫌犯罪的知识产权案件，依法及时移送司法机关，不得以罚代刑。"),
    ("推行知识产权纠纷多元化解。",
     "支持厦门国际商事仲裁院、片区知识产权纠纷人民调解委员会等机构开展涉外知识产权纠纷调解和仲裁，"
     "引导当事人优先选择非诉讼方式化解纠纷。具体措施包括："),
    ("提升海外知识产权维权援助能力。",
     "设立海外知识产权维权援助服务点，为“走出去”企业提供海外知识产权风险预警、纠纷应对指导和维权援助。"
     "对在共建“一带一路”国家遭遇知识产权纠纷的片区企业，按照实际发生的律师费、鉴定费等费用的50%给予补助，"
     "每家企业每年最高不超过30万元。"),
    ("加大知识产权侵权违法行为惩治力度。",
     "聚焦商标、专利、地理标志、商业秘密等重点领域，常态化开展执法检查。对重复侵权、恶意侵权等行为依法从重处罚，"
     "并将相关行政处罚信息依法归集至国家企业信用信息公示系统（福建），实施信用联合惩戒。"),
    ("加强外商投资企业知识产权保护。",
     "落实《中华人民共和国外商投资法》及其实施条例，依法保护外国投资者和外商投资企业的知识产权，"
     "严禁利用行政手段强制转让技术。建立外商投资企业知识产权诉求“直通车”，对企业反映的问题，"
     "应当在5个工作日内响应、15个工作日内反馈办理情况。"),
    ("推动知识产权数据互通共享。",
     "依托中国（厦门）国际贸易“单一窗口”和片区政务服务平台，建设知识产权保护信息共享模块，推动权利信息、"
     "执法信息、信用信息在管委会、市场监管、海关、法院之间互联互通，提高案件线索研判和处置效率。"),
    ("强化组织实施。",
     "片区管委会和市市场监督管理局建立联席会议制度，每半年至少召开一次会议，研究解决知识产权保护重大问题。"
     "本措施自2025年10月1日起施行，有效期至2028年9月30日。实施过程中如遇国家、省有新规定的，从其规定。"),
]
XM_SUB5 = [
    "（一）对达成调解协议的，引导当事人依法申请司法确认；",
    "（二）建立涉外知识产权调解专家库，首批聘请调解专家不少于30名；",
    "（三）对小微企业申请调解的，不收取调解费用。",
]
XM_FLOW = [
    ("受理登记", "收到申请之日起1个工作日", "片区知识产权纠纷快速处理中心"),
    ("材料审查", "2个工作日", "片区知识产权纠纷快速处理中心"),
    ("分流转办", "1个工作日", "片区知识产权纠纷快速处理中心"),
    ("人民调解", "15个工作日", "片区知识产权纠纷人民调解委员会"),
    ("侵权判定咨询", "10个工作日", "中国（厦门）知识产权保护中心"),
    ("行政裁决", "自立案之日起1个月", "厦门市市场监督管理局"),
    ("结果反馈与跟踪回访", "办结后3个工作日", "片区知识产权纠纷快速处理中心"),
]


def build_xiamen():
    doc = new_doc()
    sec = doc.sections[0]
    page_number(sec)
    # 版头: 2x2 table, 文件 merged on the right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(t)
    widths(t, [12.8, 2.8])
    cell_para(t.cell(0, 0), True, [(XM_ORG1, XBS, False)], DIST, 16, 30, color=RED)
    cell_para(t.cell(1, 0), True, [(XM_ORG2, XBS, False)], DIST, 16, 30, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_para(m, True, [("文件", XBS, False)], C, 36, 48, color=RED)
    m.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    empty(doc)
    para(doc, [(XM_NO, FS, False)], C, 0)
    red_line(doc)
    empty(doc, 2)
    para(doc, [("关于加强自由贸易试验区", XBS, False), BR, ("知识产权保护的若干措施", XBS, False)], C, 0, 22, 33)
    empty(doc)
    para(doc, [("片区各部门，各有关单位：", FS, False)], J, 0)
    para(doc, [(XM_PRE, FS, False)])
    empty(doc)  # stray empty paragraph
    clauses = [XM_PRE]
    for i, (lead, rest) in enumerate(XM_ITEMS):
        num = CN_NUM[i] + "、"
        if i in (2, 6):  # indented by typed full-width spaces, not by paragraph indent
            runs = [(SP2, FS, False)] + item_runs(num, lead, rest)
            para(doc, runs, J, 0)
        elif i == 3:
            para(doc, item_runs(num, lead, rest, split_lead=6))
        else:
            para(doc, item_runs(num, lead, rest))
        clauses.append(num + lead + rest)
        if i == 4:
            for s in XM_SUB5:
                para(doc, [(s, FS, False)])
                clauses.append(s)
    empty(doc)
    para(doc, [("附件：知识产权纠纷快速处理流程", FS, False)])
    empty(doc, 3)
    # 联合落款: borderless 1x2 table, organ name split over two paragraphs, date under each
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(t)
    widths(t, [7.8, 7.8])
    a, b = t.cell(0, 0), t.cell(0, 1)
    cell_para(a, True, [("中国（福建）自由贸易试验区", FS, False)])
    cell_para(a, False, [("厦门片区管理委员会", FS, False)])
    cell_para(a, False, [("2025年9月18日", FS, False)])
    cell_para(b, True, [(XM_ORG2, FS, False)])
    cell_para(b, False, [])  # empty line to align the dates
    cell_para(b, False, [("2025年9月18日", FS, False)])
    empty(doc)
    para(doc, [("（此件公开发布）", FS, False)])
    page_break(doc)
    para(doc, [("附件", HT, False)], L, 0)
    empty(doc)
    para(doc, [("知识产权纠纷快速处理流程", XBS, False)], C, 0, 20, 30)
    empty(doc)
    flow_table(doc, XM_FLOW)
    clauses += flow_rows(XM_FLOW)
    empty(doc, 2)
    banji(doc, "抄送：省商务厅（省自贸办），省市场监督管理局（省知识产权局），厦门海关，厦门市中级人民法院，"
               "市人民检察院，市公安局。", "厦门片区管委会综合办公室", "2025年9月18日印发")
    path = os.path.join(HERE, "blind516_xiamen_cuoshi.docx")
    doc.save(path)
    meta = {
        "title": XM_TITLE, "doc_number": XM_NO, "issuer": [XM_ORG1, XM_ORG2],
        "date": "2025-09-18", "published": None, "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区", "effective": "2025-10-01", "expires": "2028-09-30",
        "attachments": ["知识产权纠纷快速处理流程"], "doc_type": "措施",
        "recipients": ["片区各部门", "各有关单位"], "publicity": "此件公开发布", "repeals": None,
    }
    return path, [{"meta": meta, "clauses": clauses}]


# ================================================================ 2. 南沙片区 (印发通知 + 措施)
NS_ORG1 = "中国（广东）自由贸易试验区广州南沙新区片区管理委员会"
NS_ORG2 = "广州市南沙区市场监督管理局"
NS_NO = "穗南自贸〔2025〕9号"
NS_TITLE = "关于印发《关于加强自由贸易试验区知识产权保护的若干措施》的通知"
NS_M_TITLE = "关于加强自由贸易试验区知识产权保护的若干措施"
NS_BODY = ("为进一步加强中国（广东）自由贸易试验区广州南沙新区片区知识产权保护，打造粤港澳大湾区知识产权保护高地，"
           "现将《关于加强自由贸易试验区知识产权保护的若干措施》印发给你们，请结合实际认真贯彻落实。"
           "执行中遇到的问题，请径向区市场监督管理局（知识产权局）反映。")
NS_CONTACT = "（联系人：陈晓岚，联系电话：020-39078516）"
NS_PRE = ("为贯彻落实《广州南沙深化面向世界的粤港澳全面合作总体方案》，加强中国（广东）自由贸易试验区广州南沙新区片区"
          "（以下简称南沙片区）知识产权保护，制定如下措施。")
NS_ITEMS = [
    ("健全知识产权快速维权体系。",
     "依托中国（南沙）知识产权保护中心，建立覆盖专利、商标、版权的快速预审、快速确权、快速维权“一站式”服务机制。"
     "对南沙片区重点产业领域的发明专利申请，预审合格后进入快速审查通道。"),
    ("建立粤港澳知识产权协同保护机制。",
     "推动与香港特别行政区知识产权署、澳门特别行政区经济及科技发展局开展信息交流和执法协作，"
     "探索建立粤港澳知识产权纠纷联合调解机制，支持港澳调解员、仲裁员依法参与南沙片区知识产权纠纷化解。"),
    ("强化重点领域知识产权保护。", "重点做好以下工作："),
    ("加强商业秘密保护。",
     "在南沙片区建设商业秘密保护指导站不少于5个，指导企业建立商业秘密内部管理制度。对侵犯商业秘密案件，"
     "探索适用证据披露、举证责任转移等规则，降低权利人维权成本。"),
    ("提高行政裁决效率。",
     "对专利侵权纠纷行政裁决案件实行繁简分流，简易案件自立案之日起30日内办结，普通案件原则上自立案之日起3个月内办结。"),
    ("推进知识产权信用监管。",
     "将故意侵权、恶意申请商标注册、非正常专利申请等行为纳入信用记录，依法实施分级分类监管。对信用良好的企业，"
     "在专项资金申报、评优评先等方面予以支持。"),
    ("深化知识产权海关保护合作。",
     "会同南沙海关建立知识产权保护重点企业名录，对名录内企业开展海关保护备案指导；对经南沙港区进出境的"
     "中欧班列海铁联运货物和跨境电商货物加强侵权风险布控。"),
    ("支持知识产权服务业集聚发展。",
     "引进国内外知识产权代理、鉴定评估、法律服务等机构入驻南沙片区，对新设立且年营业收入达到500万元以上的"
     "知识产权服务机构，给予一次性奖励50万元。"),
    ("加强知识产权人才队伍建设。",
     "每年组织不少于4期知识产权执法业务培训，推动知识产权执法人员、技术调查官和调解员交流培训，"
     "建立南沙片区知识产权专家咨询库。"),
    ("抓好组织保障。",
     "南沙片区管委会和区市场监督管理局（知识产权局）建立工作协调机制，定期通报工作进展。本措施自印发之日起施行，"
     "有效期至2028年11月5日。《南沙区知识产权纠纷快速处理工作指引（试行）》（穗南市监〔2022〕15号）同时废止。"),
]
NS_SUB3 = [
    "1.加强对跨境电商、数字贸易、生物医药等新兴领域的知识产权保护，建立侵权线索快速核查机制；",
    "2.加大对南沙综合保税区内加工贸易、保税维修等业态的知识产权风险提示；",
    "3.依法打击在南沙片区举办的各类展会期间发生的侵权行为，展会期间派驻执法人员现场受理投诉。",
]
NS_FLOW = [
    ("1.申请受理", "即时受理，材料不全的1个工作日内一次性告知", "中国（南沙）知识产权保护中心"),
    ("2.立案审查", "3个工作日", "区市场监督管理局（知识产权局）"),
    ("3.繁简分流", "1个工作日", "区市场监督管理局（知识产权局）"),
    ("4.调解", "20个工作日（经双方同意可延长10个工作日）", "南沙区知识产权纠纷人民调解委员会"),
    ("5.技术调查", "10个工作日", "中国（南沙）知识产权保护中心"),
    ("6.行政裁决", "简易案件30日，普通案件3个月", "区市场监督管理局（知识产权局）"),
    ("7.文书送达与执行", "作出决定之日起5个工作日", "区市场监督管理局（知识产权局）"),
]


def add_cn_numbering(doc):
    """Word numbering 一、二、… (chineseCounting, no tab after the number)."""
    numbering = doc.part.numbering_part.element
    absid = 516
    abs_xml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        '<w:b/><w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls('w'), absid))
    abs_el = parse_xml(abs_xml)
    nums = numbering.findall(qn('w:num'))
    if nums:
        nums[0].addprevious(abs_el)
    else:
        numbering.append(abs_el)
    num = numbering.add_num(absid)
    return num.numId


def numbered(p, num_id):
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def build_nansha():
    doc = new_doc()
    sec = doc.sections[0]
    page_number(sec, '— ', ' —', C)
    num_id = add_cn_numbering(doc)
    # 版头 as stacked red paragraphs
    para(doc, [(NS_ORG1, XBS, False)], DIST, 0, 15, 24, color=RED)
    para(doc, [(NS_ORG2, XBS, False)], DIST, 0, 15, 24, color=RED)
    para(doc, [("文　件", XBS, False)], C, 0, 36, 42, color=RED)
    para(doc, [(NS_NO, FS, False)], C, 0)
    red_line(doc, 24)
    empty(doc)
    para(doc, [("关于印发《关于加强自由贸易试验区", XBS, False), BR, ("知识产权保护的若干措施》的通知", XBS, False)],
         C, 0, 22, 33)
    empty(doc)
    para(doc, [("各镇（街），区各有关单位：", FS, False)], J, 0)
    para(doc, [(NS_BODY, FS, False)])
    para(doc, [(NS_CONTACT, FS, False)])
    empty(doc, 1)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(t)
    widths(t, [7.8, 7.8])
    a, b = t.cell(0, 0), t.cell(0, 1)
    cell_para(a, True, [("中国（广东）自由贸易试验区", FS, False), BR, ("广州南沙新区片区管理委员会", FS, False)])
    cell_para(a, False, [("二〇二五年十一月六日", FS, False)])
    cell_para(b, True, [(NS_ORG2, FS, False)])
    cell_para(b, False, [])
    cell_para(b, False, [("二〇二五年十一月六日", FS, False)])
    empty(doc)
    para(doc, [("（此件公开发布）", FS, False)])
    # ---- the measures issued by the notice (new page via page-break-before, not a break paragraph)
    p = para(doc, [("关于加强自由贸易试验区", XBS, False), BR, ("知识产权保护的若干措施", XBS, False)], C, 0, 22, 33)
    p.paragraph_format.page_break_before = True
    empty(doc)
    para(doc, [(NS_PRE, FS, False)])
    m_clauses = [NS_PRE]
    for i, (lead, rest) in enumerate(NS_ITEMS):
        p = para(doc, item_runs("", lead, rest, split_lead=4 if i == 7 else None))
        numbered(p, num_id)
        m_clauses.append(CN_NUM[i] + "、" + lead + rest)
        if i == 2:
            for s in NS_SUB3:
                para(doc, [(s, FS, False)])
                m_clauses.append(s)
    empty(doc)
    para(doc, [("附件：知识产权纠纷快速处理流程", FS, False)])
    page_break(doc)
    para(doc, [("附件", HT, False)], L, 0)
    empty(doc)
    para(doc, [("知识产权纠纷快速处理流程", XBS, False)], C, 0, 20, 30)
    empty(doc)
    flow_table(doc, NS_FLOW, cms=(3.4, 6.4, 5.8))
    m_clauses += flow_rows(NS_FLOW)
    empty(doc, 3)
    banji(doc, "抄送：市商务局（市自贸办），市市场监督管理局（市知识产权局），南沙海关，广州知识产权法院。",
          "广州南沙新区片区管委会办公室", "2025年11月6日印发")
    path = os.path.join(HERE, "blind516_nansha_tongzhi.docx")
    doc.save(path)
    common = {"issuer": [NS_ORG1, NS_ORG2], "date": "2025-11-06", "published": None, "level": "zone",
              "region": "中国（广东）自由贸易试验区广州南沙新区片区"}
    notice = dict(title=NS_TITLE, doc_number=NS_NO, **common)
    notice.update({"effective": None, "expires": None, "attachments": [], "doc_type": "通知",
                   "recipients": ["各镇（街）", "区各有关单位"], "publicity": "此件公开发布", "repeals": None})
    measures = dict(title=NS_M_TITLE, doc_number=None, **common)
    measures.update({"effective": "2025-11-06", "expires": "2028-11-05",
                     "attachments": ["知识产权纠纷快速处理流程"], "doc_type": "措施", "recipients": [],
                     "publicity": None,
                     "repeals": "《南沙区知识产权纠纷快速处理工作指引（试行）》（穗南市监〔2022〕15号）"})
    return path, [{"meta": notice, "clauses": [NS_BODY, NS_CONTACT]},
                  {"meta": measures, "clauses": m_clauses}]


# ================================================================ 3. 青岛片区
QD_ORG1 = "中国（山东）自由贸易试验区青岛片区管理委员会"
QD_ORG2 = "青岛市市场监督管理局"
QD_NO = "青自贸片发〔2026〕3号"
QD_TITLE = "关于加强自由贸易试验区知识产权保护的若干措施"
QD_PRE = ("为全面落实《中国（山东）自由贸易试验区总体方案》和山东省知识产权保护有关部署，加快打造知识产权保护高地，"
          "服务中国—上海合作组织地方经贸合作示范区建设和“一带一路”国际合作，现就加强中国（山东）自由贸易试验区"
          "青岛片区（以下简称片区）知识产权保护提出以下措施。")
QD_ITEMS = [
    ("构建知识产权大保护工作格局。",
     "坚持严保护、大保护、快保护、同保护，建立由片区管委会牵头，市场监管、海关、公安、法院、检察院等部门参与的"
     "知识产权保护协作机制，形成行政执法、司法保护、仲裁调解、行业自律、社会监督协调运作的工作格局。"),
    ("建设知识产权快速维权分中心。",
     "依托中国（青岛）知识产权保护中心，在片区设立快速维权分中心，为海洋装备、智能家电、跨境电商等产业"
     "提供专利快速预审、快速确权和快速维权服务。"),
    ("加强跨境贸易知识产权保护。",
     "围绕青岛前湾综合保税区、青岛港前湾港区等重点区域，开展进出口货物知识产权专项执法。对经中欧班列（齐鲁号）"
     "进出境的货物，联合青岛海关加强风险研判，严厉打击侵权假冒违法行为。"),
    ("创新知识产权纠纷快速处理模式。",
     "对知识产权纠纷实行“快速受理、快速调处、快速反馈”，具体按照附件所列流程办理。其中："),
    ("强化商标和地理标志保护。",
     "加强对驰名商标、中华老字号和“胶州大白菜”“崂山绿茶”等地理标志产品的保护，严厉打击商标恶意抢注和"
     "地理标志侵权假冒行为。"),
    ("提升海外知识产权纠纷应对能力。",
     "依托国家海外知识产权纠纷应对指导中心青岛分中心，为片区企业开拓日韩、东盟及共建“一带一路”国家市场提供"
     "知识产权风险排查和纠纷应对指导。对企业在境外发生的知识产权诉讼、仲裁费用，按照不超过实际支出30%的比例"
     "给予补助，单个企业每年最高20万元。"),
    ("保障外商投资企业知识产权平等受保护。",
     "依法平等保护外商投资企业知识产权，畅通外商投资企业投诉渠道，对涉及外商投资企业的知识产权投诉举报，"
     "应当自收到之日起7个工作日内作出处理并告知结果。"),
    ("推进知识产权领域信用监管。",
     "对存在故意侵权、恶意诉讼、非正常专利申请等失信行为的市场主体，依法依规列入严重违法失信名单，"
     "在政府采购、财政资金扶持、评优评先等方面依法予以限制。"),
    ("加强知识产权保护宣传培训。",
     "每年“4·26”世界知识产权日期间集中开展宣传活动，面向片区企业举办知识产权合规培训不少于6场次。"),
    ("加强组织保障。",
     "片区管委会、市市场监督管理局要明确责任分工，加强工作调度，确保各项措施落地见效。本措施自2026年3月1日起施行。"),
]
QD_SUB4 = [
    "（一）对事实清楚、争议不大的纠纷，适用简易程序，自受理之日起10个工作日内办结；",
    "（二）对涉外、涉港澳台知识产权纠纷，可委托青岛仲裁委员会国际仲裁院开展调解或者仲裁；",
    "（三）对当事人拒不履行调解协议的，引导其依法申请司法确认或者提起诉讼。",
]
QD_FLOW = [
    ("受理登记", "1个工作日", "片区知识产权快速维权分中心"),
    ("材料审核", "2个工作日", "片区知识产权快速维权分中心"),
    ("纠纷调解", "10个工作日", "青岛仲裁委员会国际仲裁院、片区知识产权纠纷人民调解委员会"),
    ("侵权判定咨询", "5个工作日", "中国（青岛）知识产权保护中心"),
    ("行政裁决", "自立案之日起2个月", "青岛市市场监督管理局"),
    ("执法查处", "按照《市场监督管理行政处罚程序规定》执行", "青岛市市场监督管理局"),
    ("结果反馈", "办结后2个工作日", "片区知识产权快速维权分中心"),
]


def build_qingdao():
    doc = new_doc()
    sec = doc.sections[0]
    page_number(sec, '- ', ' -', R, '宋体', 14)
    # web-style: no red 版头; title in two separate paragraphs, 文号 under the title
    para(doc, [("关于加强自由贸易试验区", XBS, False)], C, 0, 22, 33)
    para(doc, [("知识产权保护的若干措施", XBS, False)], C, 0, 22, 33)
    para(doc, [(QD_NO, KT, False)], C, 0, 16, 28, before=6)
    empty(doc)
    para(doc, [("片区各部门，市市场监督管理局各处室：", FS, False)], J, 0)
    para(doc, [(QD_PRE, FS, False)])
    clauses = [QD_PRE]
    for i, (lead, rest) in enumerate(QD_ITEMS):
        num = CN_NUM[i] + "、"
        if i == 1:
            runs = item_runs(num, lead, rest, split_lead=6, num_font=HT, lead_font=HT)
        else:
            runs = item_runs(num, lead, rest, num_font=HT, lead_font=HT)
        if i == 6:  # typed Shift+Enter line wrap in the middle of the sentence
            cut = rest.index("投诉渠道，") + len("投诉渠道，")
            runs = runs[:-1] + [(rest[:cut], FS, False), BR, (rest[cut:], FS, False)]
        para(doc, runs)
        clauses.append(num + lead + rest)
        if i == 3:
            for s in QD_SUB4:
                para(doc, [(s, FS, False)])
                clauses.append(s)
    empty(doc)
    para(doc, [("附件：知识产权纠纷快速处理流程", FS, False)])
    empty(doc, 3)
    # 2x2 borderless 落款: names row + dates row
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(t)
    widths(t, [8.2, 7.4])
    cell_para(t.cell(0, 0), True, [("中国（山东）自由贸易试验区", FS, False), BR, ("青岛片区管理委员会", FS, False)])
    cell_para(t.cell(0, 1), True, [(QD_ORG2, FS, False)])
    t.cell(0, 1).vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    cell_para(t.cell(1, 0), True, [("2026年1月20日", FS, False)])
    cell_para(t.cell(1, 1), True, [("2026年1月20日", FS, False)])
    # attachment on a landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s2, landscape=True)
    para(doc, [("附件", HT, False)], L, 0)
    para(doc, [("知识产权纠纷快速处理流程", XBS, False)], C, 0, 20, 30)
    empty(doc)
    flow_table(doc, QD_FLOW, merged=[(0, 1), (4, 5)], cms=(4.5, 8.5, 9.5), size=15, repeat=True)
    clauses += flow_rows(QD_FLOW)
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s3)
    empty(doc, 14)
    banji(doc, "抄送：省商务厅（省自贸办），省市场监督管理局（省知识产权局），青岛海关，青岛市中级人民法院，"
               "青岛西海岸新区管委。", "青岛片区管委综合办公室", "2026年1月21日印发")
    path = os.path.join(HERE, "blind516_qingdao_cuoshi.docx")
    doc.save(path)
    meta = {
        "title": QD_TITLE, "doc_number": QD_NO, "issuer": [QD_ORG1, QD_ORG2],
        "date": "2026-01-20", "published": None, "level": "zone",
        "region": "中国（山东）自由贸易试验区青岛片区", "effective": "2026-03-01", "expires": None,
        "attachments": ["知识产权纠纷快速处理流程"], "doc_type": "措施",
        "recipients": ["片区各部门", "市市场监督管理局各处室"], "publicity": None, "repeals": None,
    }
    return path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for build in (build_xiamen, build_nansha, build_qingdao):
        path, docs = build()
        convert(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
