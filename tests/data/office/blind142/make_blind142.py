# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 142: 公文 PDFs printed several pages to a sheet.

Three ordinary 公文 are written with python-docx (A4 portrait, red 版头, 文号 + red rule,
一、（一）1. outlines or 第X条 articles, a ruled table, footer page numbers “— N —”
right on odd pages / left on even pages, 版记), turned into PDF by LibreOffice, and then
imposed with pypdf (PageObject.merge_transformed_page, scale + translation):

  blind142_<short>_2up.pdf     “2 pages per sheet”: A4 landscape sheets, pages scaled
                               to ~68 % and set side by side, reading order 1|2, 3|4 …;
                               an odd page count leaves the right half of the last sheet empty.
  blind142_<short>_booklet.pdf saddle-stitch booklet: page count padded with blank pages
                               to a multiple of 4, A4 landscape sheet sides printed
                               n|1, 2|n-1, n-2|3, … (8|1, 2|7, 6|3, 4|5 for 8 pages),
                               pages scaled to A5 (70.7 %) with no gutter.
  blind142_<short>_4up.pdf     4-up: A4 portrait sheets, 2×2 cells in Z order
                               (1 2 / 3 4), pages scaled to 48 %, a thin grey frame round
                               each cell as printer drivers draw it.

Documents:
  hlj      黑龙江省商务厅 通知 (provincial; 一、（一）1. outline; 附件 task table)
  xiamen   厦门市商务局 厦门市财政局 联合印发 (municipal; joint 版头 / joint 落款; the 附件
           is a 管理办法 with 第一章 … 第X条 articles and a 奖励标准 table)
  erlian   二连浩特市人民政府办公室 通知 (county-level city; 3 pages → the booklet
           is padded with one blank page: sheet 1 = blank|1, sheet 2 = 2|3)

Needs pypdf (pip install pypdf) besides python-docx and pdfplumber.
Run:  . /work/venv/bin/activate && python make_blind142.py
"""
import json
import os
import re
import shutil
import subprocess
import tempfile

import pdfplumber
from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.generic import DecodedStreamObject, NameObject

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN = 16      # 三号
ER = 22       # 二号
SI = 14       # 四号
LINE = Pt(28.9)

A4W, A4H = 595.28, 841.89


# =================================================================== docx helpers
def set_font(run, east, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def para(doc_or_cell, text="", east=FS, size=SAN, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False,
         color=None, line=LINE, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.widow_control = False
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, bold=False):
    p = para(doc, "")
    set_font(p.add_run(head), head_font, SAN, bold)
    set_font(p.add_run(body), FS, SAN)
    return p


def border(p, side, sz, color, space):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))


def break_before(p):
    """Start paragraph p on a new page (w:pageBreakBefore, no empty page-break paragraph)."""
    p.paragraph_format.page_break_before = True
    return p


def page_field(p):
    def r(t):
        set_font(p.add_run(t), ST, SI)
    r("— ")
    for kind in ("begin", "instr", "separate", "text", "end"):
        rr = p.add_run()
        set_font(rr, ST, SI)
        if kind == "instr":
            rr._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            rr._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            rr._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    r(" —")


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(24)
    doc.settings.odd_and_even_pages_header_footer = True
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(SI)
    page_field(fp)
    ep = s.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(SI)
    page_field(ep)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sp = s._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), "lines")
    g.set(qn("w:linePitch"), "579")


def red_head(doc, text, size=40):
    p = para(doc, "", XBZ, size, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(size * 1.2))
    r = p.add_run(text)
    set_font(r, XBZ, size, color=RED)
    r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="90"/>' % nsdecls("w")))


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml('<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                           '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def joint_red_head(doc, organs, size=34):
    """Joint 版头: organ names stacked on the left, 文件 on the right, vertically centred."""
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    left, right = t.rows[0].cells
    left.width, right.width = Mm(112), Mm(40)
    left.paragraphs[0]._p.getparent().remove(left.paragraphs[0]._p)
    for o in organs:
        p = para(left, "", XBZ, size, WD_ALIGN_PARAGRAPH.DISTRIBUTE, 0, line=Pt(size * 1.25))
        set_font(p.add_run(o), XBZ, size, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = right.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("文件"), XBZ, size + 6, color=RED)


def docnum(doc, number):
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, number, FS, SAN, WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, "", indent=0)


def title_lines(doc, lines):
    """Title typed as several centred paragraphs, the way many offices break it."""
    for t in lines:
        para(doc, t, XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)


def signoff(doc, organ_line, date, right_chars=4):
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, organ_line, FS, SAN, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p.paragraph_format.keep_with_next = True
    p = para(doc, date, FS, SAN, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    para(doc, "", indent=0)
    para(doc, "（此件公开发布）", FS, SAN, WD_ALIGN_PARAGRAPH.LEFT, 2)


def banji(doc, chaosong, printer, printdate, blank_lines=0, new_page=False):
    for k in range(blank_lines):
        q = para(doc, "", indent=0)
        if k == 0 and new_page:
            break_before(q)
    p = para(doc, "", FS, SI, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI * 4)
    p.paragraph_format.first_line_indent = Pt(-SI * 3)
    p.paragraph_format.right_indent = Pt(SI)
    set_font(p.add_run("抄送：" + chaosong), FS, SI)
    border(p, "top", 12, "000000", 2)
    p = para(doc, "", FS, SI, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI)
    p.paragraph_format.right_indent = Pt(SI)
    set_font(p.add_run(printer), FS, SI)
    set_font(p.add_run("\t" + printdate + "印发"), FS, SI)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def ruled_table(doc, header, rows, widths_mm, size=12, center_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for ci, wmm in enumerate(widths_mm):
        t.columns[ci].width = Mm(wmm)
    for ri, row in enumerate([header] + rows):
        tr = t.rows[ri]
        trPr = tr._tr.get_or_add_trPr()
        trPr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
        if ri == 0:
            trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
        for ci, val in enumerate(row):
            c = tr.cells[ci]
            c.width = Mm(widths_mm[ci])
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            p = c.paragraphs[0]
            p.paragraph_format.line_spacing = Pt(size * 1.45)
            p.paragraph_format.space_before = Pt(2)
            p.paragraph_format.space_after = Pt(2)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (ri == 0 or ci in center_cols) else WD_ALIGN_PARAGRAPH.LEFT
            set_font(p.add_run(str(val)), HT if ri == 0 else FS, size)
    return t


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# =================================================================== document 1: 黑龙江
HLJ_ISSUER = "黑龙江省商务厅"
HLJ_NUM = "黑商发〔2024〕58号"
HLJ_TITLE_LINES = ["黑龙江省商务厅关于推动中国（黑龙江）", "自由贸易试验区深化对俄及东北亚跨境合作", "更好服务共建“一带一路”的通知"]
HLJ_TITLE = "".join(HLJ_TITLE_LINES)
HLJ_MAIN_TO = "哈尔滨市、黑河市、牡丹江市商务局，中国（黑龙江）自由贸易试验区哈尔滨片区、黑河片区、绥芬河片区管委会，省直有关单位："
HLJ_ATT = "中国（黑龙江）自由贸易试验区对俄及东北亚跨境合作2024年重点任务分工表"
HLJ_PRE = "为深入贯彻习近平总书记关于推动东北全面振兴的重要讲话精神，落实《中国（黑龙江）自由贸易试验区总体方案》和省委、省政府关于打造我国向北开放新高地的部署要求，推动自贸试验区在共建“一带一路”和中蒙俄经济走廊建设中发挥示范引领作用，经省政府同意，现就有关事项通知如下。"
HLJ_1H = "一、总体目标"
HLJ_1 = "到2025年底，自贸试验区对俄进出口额力争达到420亿元，年均增长12%以上；跨境电商进出口额突破60亿元；累计形成对俄合作制度创新成果30项以上，其中在全国复制推广3项以上。哈尔滨片区重点建设对俄合作中心城市和东北亚国际物流枢纽，黑河片区重点建设跨境产业集聚区和边境城市合作示范区，绥芬河片区重点建设木材、粮食、清洁能源等进口加工基地。"
HLJ_2H = "二、重点任务"
# (kind, head, body)  kind: h = heading-only （一） line, r = run-in （一） item, n = 1. item
HLJ_2 = [
    ("h", "（一）畅通跨境物流通道。", ""),
    ("n", "1.提升口岸通关能力。", "推动黑河公路口岸、黑龙江大桥实现客货并行通关，2024年10月31日前完成黑河口岸查验设施改造，黑河口岸货运通关能力提升至每年300万吨。"),
    ("n", "2.加密中欧班列开行。", "支持哈尔滨国际集装箱中心站扩大中欧班列（哈尔滨）开行规模，2024年开行班列不少于400列，其中回程班列占比不低于45%。"),
    ("n", "3.发展跨境多式联运。", "支持绥芬河片区开展“铁路+公路”跨境多式联运试点，对年集装箱运量超过1万标准箱的多式联运企业，由绥芬河片区管委会给予最高200万元奖励。"),
    ("r", "（二）做大跨境贸易规模。", "支持片区企业开展对俄农产品、木材、矿产品进口和机电产品、日用消费品出口，培育年进出口额超过10亿元的外贸企业5家以上。对年对俄出口额首次突破1亿元的企业，由省级外经贸发展专项资金给予一次性奖励50万元。"),
    ("h", "（三）发展跨境电商和边民互市贸易。", ""),
    ("n", "1.建设跨境电商公共海外仓。", "支持企业在俄罗斯新西伯利亚、叶卡捷琳堡、莫斯科等地建设公共海外仓，经认定的省级公共海外仓按照实际投资额的20%给予补助，单个海外仓补助最高不超过300万元。"),
    ("n", "2.推进互市贸易进口商品落地加工。", "在黑河片区、绥芬河片区开展边民互市贸易进口商品落地加工试点，2024年互市贸易进口商品落地加工交易额力争达到15亿元。"),
    ("r", "（四）推动跨境产业合作。", "支持哈尔滨片区建设对俄合作产业园，重点发展新一代信息技术、生物医药、高端装备等产业；支持黑河片区依托黑龙江大桥建设跨境能源资源综合加工利用基地。对在片区新设立、实际利用外资金额达到1000万美元以上的对俄合作项目，按照实际利用外资金额的2%给予奖励，最高不超过500万元。"),
    ("r", "（五）深化跨境金融服务。", "推进人民币与卢布现汇交易，支持在哈尔滨片区设立对俄跨境人民币结算中心，2024年片区对俄跨境人民币结算量力争达到600亿元。鼓励银行机构为对俄贸易企业提供出口信用保险保单融资，单户融资额度最高3000万元。"),
    ("r", "（六）加强制度创新。", "聚焦跨境物流、跨境贸易、跨境金融等领域开展差别化探索，各片区每季度末向省商务厅报送制度创新案例不少于2项。省商务厅每年组织一次制度创新成果评估，对评估为优秀的案例予以通报表扬。"),
]
HLJ_3H = "三、保障措施"
HLJ_3 = [
    ("r", "（一）加强组织领导。", "省自贸试验区工作领导小组办公室（设在省商务厅）负责统筹协调，各片区管委会要建立任务台账，明确时间表、路线图和责任人。"),
    ("r", "（二）强化资金支持。", "2024年省级统筹安排自贸试验区发展专项资金2.5亿元，其中哈尔滨片区1.2亿元、黑河片区0.6亿元、绥芬河片区0.7亿元，按照“因素法+项目法”分配。"),
    ("r", "（三）严格督查考核。", "省商务厅将重点任务完成情况纳入对各片区的年度考核，每半年通报一次进展情况。各片区于2024年12月20日前将年度工作总结报送省商务厅。"),
]
HLJ_CONTACT = "联系人及电话：省商务厅自由贸易试验区处　王磊　0451-82628731。"
HLJ_DATE = "2024年7月12日"
HLJ_TB_HEADER = ["序号", "重点任务", "责任单位", "完成时限"]
HLJ_TB = [
    ["1", "黑河口岸查验设施改造", "黑河片区管委会、黑河海关", "2024年10月31日"],
    ["2", "中欧班列（哈尔滨）开行不少于400列", "哈尔滨片区管委会、中铁哈尔滨局集团有限公司", "2024年12月31日"],
    ["3", "“铁路+公路”跨境多式联运试点", "绥芬河片区管委会", "2024年12月31日"],
    ["4", "省级公共海外仓认定", "省商务厅", "2024年9月30日"],
    ["5", "互市贸易进口商品落地加工试点", "黑河片区管委会、绥芬河片区管委会", "2024年11月30日"],
    ["6", "对俄跨境人民币结算中心建设", "哈尔滨片区管委会、中国人民银行黑龙江省分行", "2025年6月30日"],
    ["7", "制度创新案例报送", "各片区管委会", "每季度末"],
    ["8", "年度工作总结报送", "各片区管委会", "2024年12月20日"],
]
HLJ_CC = "商务部自由贸易区港建设协调司，省发展改革委、省财政厅，哈尔滨海关。"
HLJ_PRINTER = "黑龙江省商务厅办公室"
HLJ_PRINTDATE = "2024年7月15日"


def build_hlj(path):
    doc = Document()
    setup(doc)
    red_head(doc, "黑龙江省商务厅文件", 44)
    docnum(doc, HLJ_NUM)
    title_lines(doc, HLJ_TITLE_LINES)
    para(doc, HLJ_MAIN_TO, indent=0)
    para(doc, HLJ_PRE)
    para(doc, HLJ_1H, HT)
    para(doc, HLJ_1)
    para(doc, HLJ_2H, HT)
    for kind, h, b in HLJ_2:
        if kind == "h":
            para(doc, h, KT)
        elif kind == "r":
            runin(doc, h, b, KT)
        else:
            runin(doc, h, b, FS, bold=True)
    para(doc, HLJ_3H, HT)
    for kind, h, b in HLJ_3:
        runin(doc, h, b, KT)
    para(doc, HLJ_CONTACT)
    para(doc, "", indent=0)
    p = para(doc, "附件：" + HLJ_ATT)
    p.paragraph_format.left_indent = Pt(SAN * 5)
    p.paragraph_format.first_line_indent = Pt(-SAN * 3)
    signoff(doc, HLJ_ISSUER, HLJ_DATE)
    break_before(para(doc, "附件", HT, SAN, WD_ALIGN_PARAGRAPH.LEFT, 0))
    para(doc, "", indent=0)
    para(doc, HLJ_ATT, XBZ, 20, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(30))
    para(doc, "", indent=0)
    ruled_table(doc, HLJ_TB_HEADER, HLJ_TB, [14, 52, 56, 32], 13, center_cols=(0, 3))
    banji(doc, HLJ_CC, HLJ_PRINTER, HLJ_PRINTDATE, blank_lines=17, new_page=True)
    doc.save(path)


def hlj_clauses():
    out = [HLJ_PRE, HLJ_1]
    out += [h + b for k, h, b in HLJ_2 if k != "h"]
    out += [h + b for k, h, b in HLJ_3]
    out += [HLJ_CONTACT]
    out += [row_clause(HLJ_TB_HEADER, r) for r in HLJ_TB]
    return out


# =================================================================== document 2: 厦门 (joint, 第X条)
XM_ISSUERS = ["厦门市商务局", "厦门市财政局"]
XM_NUM = "厦商务〔2024〕213号"
XM_MEAS = "厦门市“丝路海运”港航发展专项资金管理办法"
XM_TITLE_LINES = ["厦门市商务局　厦门市财政局关于印发", "《厦门市“丝路海运”港航发展专项资金", "管理办法》的通知"]
XM_TITLE = "厦门市商务局 厦门市财政局关于印发《厦门市“丝路海运”港航发展专项资金管理办法》的通知"
XM_MAIN_TO = "各区人民政府，市直有关单位，各有关企业："
XM_COVER = [
    "为推动“丝路海运”高质量发展，加快建设国际航运中心，更好服务共建“一带一路”，根据《福建省“丝路海运”发展专项资金管理办法》等规定，市商务局、市财政局制定了《厦门市“丝路海运”港航发展专项资金管理办法》，现印发给你们，请认真贯彻执行。",
    "执行中遇到的问题，请及时向市商务局口岸物流处反映（联系电话：0592-2855613）。",
]
XM_DATE = "2024年5月8日"
# ("c", 第X章 heading) / ("a", article text) / ("i", （一） item) / ("t", table)
XM_BODY = [
    ("c", "第一章　总　则"),
    ("a", "第一条　为规范“丝路海运”港航发展专项资金（以下简称专项资金）管理，提高资金使用效益，推动“丝路海运”品牌建设，服务共建“一带一路”，根据《中华人民共和国预算法》和《厦门市市级财政专项资金管理办法》等规定，制定本办法。"),
    ("a", "第二条　本办法所称专项资金，是指市级财政预算安排，用于支持“丝路海运”命名航线运营、港航企业集聚和航运服务发展的资金。2024年至2026年，专项资金每年安排8000万元。"),
    ("a", "第三条　专项资金的管理和使用遵循“公开透明、突出重点、绩效导向、专款专用”的原则。"),
    ("c", "第二章　职责分工"),
    ("a", "第四条　市商务局负责专项资金的申报受理、审核、项目公示和绩效管理，会同市财政局提出资金分配方案。"),
    ("a", "第五条　市财政局负责专项资金的预算安排和资金拨付，对资金使用情况进行监督。"),
    ("a", "第六条　各区人民政府和中国（福建）自由贸易试验区厦门片区管理委员会负责辖区内项目的初审和日常监管。"),
    ("c", "第三章　支持范围和标准"),
    ("a", "第七条　对新开辟并经“丝路海运”联盟命名的集装箱航线，按照以下标准给予航线运营企业奖励，同一航线只奖励一次："),
    ("i", "（一）通达共建“一带一路”国家港口的远洋航线，每条奖励200万元；"),
    ("i", "（二）近洋航线，每条奖励80万元；"),
    ("i", "（三）内支线、内贸航线，每条奖励30万元。"),
    ("a", "第八条　对“丝路海运”命名航线按照年度集装箱吞吐量给予奖励，奖励标准如下表："),
    ("t", None),
    ("a", "第九条　对新落户厦门片区、注册资本1亿元以上的国际航运企业区域总部，给予一次性落户奖励500万元；新落户本市其他区域的，给予一次性落户奖励300万元。"),
    ("a", "第十条　支持海沧港区、翔安港区建设“丝路海运”智慧物流服务平台，按照项目实际投资额的30%给予补助，单个项目最高不超过1000万元。"),
    ("a", "第十一条　同一企业同一事项符合本市其他财政专项资金支持条件的，按照“从高不重复”原则予以支持。"),
    ("c", "第四章　申报和拨付"),
    ("a", "第十二条　专项资金原则上每年集中申报一次。市商务局于每年3月发布申报指南，企业于4月30日前通过“i厦门”平台提交申报材料。"),
    ("a", "第十三条　市商务局会同市财政局组织第三方机构对申报项目进行评审，评审结果在市商务局门户网站公示，公示期不少于5个工作日。"),
    ("a", "第十四条　公示无异议的，市财政局在收到资金分配方案后15个工作日内将资金拨付至企业。"),
    ("c", "第五章　监督管理"),
    ("a", "第十五条　专项资金实行全过程绩效管理。市商务局于每年1月31日前完成上年度专项资金绩效自评，并将结果报送市财政局。"),
    ("a", "第十六条　企业以虚报、冒领等手段骗取专项资金的，由市财政局追回已拨付资金，5年内取消其申报资格，并依法依规纳入信用记录。"),
    ("c", "第六章　附　则"),
    ("a", "第十七条　本办法由市商务局、市财政局负责解释。"),
    ("a", "第十八条　本办法自2024年6月1日起施行，有效期至2026年12月31日。《厦门市港航发展专项资金管理暂行办法》（厦商务〔2021〕96号）同时废止。"),
]
XM_TB_HEADER = ["年度航线吞吐量（万标准箱）", "奖励标准（元/标准箱）", "单条航线年度奖励上限（万元）"]
XM_TB = [
    ["5（含）—10", "10", "80"],
    ["10（含）—20", "15", "200"],
    ["20（含）以上", "20", "400"],
]
XM_CC = "省商务厅，省财政厅，厦门海关，厦门港口管理局。"
XM_PRINTER = "厦门市商务局办公室"
XM_PRINTDATE = "2024年5月10日"


def build_xiamen(path):
    doc = Document()
    setup(doc)
    joint_red_head(doc, XM_ISSUERS)
    docnum(doc, XM_NUM)
    title_lines(doc, XM_TITLE_LINES)
    para(doc, XM_MAIN_TO, indent=0)
    for t in XM_COVER:
        para(doc, t)
    para(doc, "", indent=0)
    p = para(doc, "附件：" + XM_MEAS)
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    # joint 落款: both organs on one line, date below
    p = para(doc, "厦门市商务局　　　　　　厦门市财政局", FS, SAN, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN * 2)
    p = para(doc, XM_DATE, FS, SAN, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN * 4)
    para(doc, "", indent=0)
    para(doc, "（此件公开发布）", FS, SAN, WD_ALIGN_PARAGRAPH.LEFT, 2)
    break_before(para(doc, "附件", HT, SAN, WD_ALIGN_PARAGRAPH.LEFT, 0))
    para(doc, "", indent=0)
    para(doc, "厦门市“丝路海运”港航发展专项资金", XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "管理办法", XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)
    for kind, text in XM_BODY:
        if kind == "c":
            para(doc, text, HT, SAN, WD_ALIGN_PARAGRAPH.CENTER, 0)
        elif kind == "a":
            m = re.match(r"(第[一二三四五六七八九十]+条)　(.*)", text)
            p = para(doc, "")
            set_font(p.add_run(m.group(1)), HT, SAN)
            set_font(p.add_run("　" + m.group(2)), FS, SAN)
        elif kind == "i":
            para(doc, text)
        else:
            ruled_table(doc, XM_TB_HEADER, XM_TB, [58, 46, 50], 13, center_cols=(0, 1, 2))
    banji(doc, XM_CC, XM_PRINTER, XM_PRINTDATE, blank_lines=4)
    doc.save(path)


def xiamen_clauses():
    out = list(XM_COVER)
    for kind, text in XM_BODY:
        if kind in ("a", "i"):
            out.append(text)
        elif kind == "t":
            out += [row_clause(XM_TB_HEADER, r) for r in XM_TB]
    return out


# =================================================================== document 3: 二连浩特 (county)
EL_ISSUER = "二连浩特市人民政府办公室"
EL_NUM = "二政办发〔2024〕19号"
EL_TITLE_LINES = ["二连浩特市人民政府办公室关于做好2024年", "中欧班列（二连浩特口岸）过境运输", "保障工作的通知"]
EL_TITLE = "".join(EL_TITLE_LINES)
EL_MAIN_TO = "各苏木镇人民政府，市直各有关部门，各驻市单位："
EL_PRE = "二连浩特口岸是中蒙俄经济走廊中线通道的重要节点。2024年1—5月，经二连浩特口岸进出境中欧班列1263列，同比增长8.6%。为进一步提升口岸通关效率，保障中欧班列安全畅通运行，经市人民政府同意，现就有关事项通知如下。"
EL_ITEMS = [
    ("r", "一、提升换装作业能力。", "二连站换装库实行24小时作业，2024年8月31日前完成宽准轨换装线改造，换装能力由每日18列提升至每日22列。"),
    ("r", "二、压缩口岸通关时间。", "中欧班列过境运输平均通关时间压缩至6小时以内，进出口班列平均通关时间压缩至12小时以内。各环节作业时限见下表："),
    ("t", None, None),
    ("h", "三、强化要素保障", ""),
    ("s", "（一）", "市发展改革委负责协调口岸用电、用水，保障换装库和监管场站电力供应。"),
    ("s", "（二）", "市交通运输局负责口岸集疏运道路通行保障，冬季（11月至次年3月）落实道路除雪防滑措施。"),
    ("r", "四、做好应急处置。", "市口岸办牵头制定中欧班列过境运输应急预案，遇恶劣天气、设备故障等突发情况时，2小时内启动应急响应，并及时向市人民政府报告。"),
]
EL_TB_HEADER = ["作业环节", "责任单位", "作业时限"]
EL_TB = [
    ["列车到达后舱单核对", "二连海关", "1小时"],
    ["边防检查", "二连浩特出入境边防检查站", "1小时"],
    ["宽准轨换装", "二连站", "3小时"],
    ["出境放行", "二连海关、二连站", "1小时"],
]
EL_CONTACT = "联系人及电话：市口岸办　其其格　0479-7522316。"
EL_DATE = "2024年6月24日"
EL_CC = "锡林郭勒盟行政公署办公室，二连海关，二连站。"
EL_PRINTER = "二连浩特市人民政府办公室"
EL_PRINTDATE = "2024年6月24日"


def build_erlian(path):
    doc = Document()
    setup(doc)
    red_head(doc, "二连浩特市人民政府办公室文件", 32)
    docnum(doc, EL_NUM)
    title_lines(doc, EL_TITLE_LINES)
    para(doc, EL_MAIN_TO, indent=0)
    para(doc, EL_PRE)
    for kind, h, b in EL_ITEMS:
        if kind == "r":
            runin(doc, h, b, HT)
        elif kind == "h":
            para(doc, h, HT)
        elif kind == "s":
            para(doc, h + b)
        else:
            ruled_table(doc, EL_TB_HEADER, EL_TB, [52, 66, 34], 13, center_cols=(0, 2))
    para(doc, EL_CONTACT)
    signoff(doc, EL_ISSUER, EL_DATE, right_chars=2)
    banji(doc, EL_CC, EL_PRINTER, EL_PRINTDATE, blank_lines=16)
    doc.save(path)


def erlian_clauses():
    out = [EL_PRE]
    for kind, h, b in EL_ITEMS:
        if kind in ("r", "s"):
            out.append(h + b)
        elif kind == "t":
            out += [row_clause(EL_TB_HEADER, r) for r in EL_TB]
    out.append(EL_CONTACT)
    return out


# =================================================================== imposition
def frame_page(w, h, rects):
    pg = PageObject.create_blank_page(width=w, height=h)
    s = DecodedStreamObject()
    ops = ["q", "0.6 G", "0.5 w"] + ["%.2f %.2f %.2f %.2f re S" % r for r in rects] + ["Q"]
    s.set_data(("\n".join(ops) + "\n").encode())
    pg[NameObject("/Contents")] = s
    return pg


def place(sheet, page, scale, tx, ty):
    sheet.merge_transformed_page(page, Transformation().scale(scale).translate(tx, ty))


def impose_2up(src, dst):
    """2 pages per sheet, A4 landscape, printer-driver style (margins, centred in each half)."""
    pages = PdfReader(src).pages
    W, H = A4H, A4W  # landscape sheet
    s = 0.68
    pw, ph = A4W * s, A4H * s
    w = PdfWriter()
    order = []
    for i in range(0, len(pages), 2):
        sheet = PageObject.create_blank_page(width=W, height=H)
        side = []
        for k, idx in enumerate((i, i + 1)):
            if idx < len(pages):
                place(sheet, pages[idx], s, k * W / 2 + (W / 2 - pw) / 2, (H - ph) / 2)
                side.append(idx + 1)
            else:
                side.append(None)
        w.add_page(sheet)
        order.append(side)
    with open(dst, "wb") as f:
        w.write(f)
    return order


def booklet_order(n):
    sides = []
    for k in range(n // 4):
        sides.append((n - 2 * k, 1 + 2 * k))       # front: n|1, n-2|3 …
        sides.append((2 + 2 * k, n - 1 - 2 * k))   # back: 2|n-1, 4|n-3 …
    return sides


def impose_booklet(src, dst):
    pages = PdfReader(src).pages
    n = len(pages)
    m = (n + 3) // 4 * 4
    W, H = A4H, A4W
    s = (W / 2) / A4W  # 0.7071: one A4 page to one A5 half
    w = PdfWriter()
    order = []
    for left, right in booklet_order(m):
        sheet = PageObject.create_blank_page(width=W, height=H)
        side = []
        for k, pno in enumerate((left, right)):
            if pno <= n:
                place(sheet, pages[pno - 1], s, k * W / 2, (H - A4H * s) / 2)
                side.append(pno)
            else:
                side.append(None)  # blank padding page
        w.add_page(sheet)
        order.append(side)
    with open(dst, "wb") as f:
        w.write(f)
    return order


def impose_4up(src, dst):
    pages = PdfReader(src).pages
    W, H = A4W, A4H
    s = 0.48
    pw, ph = A4W * s, A4H * s
    cw, chh = W / 2, H / 2
    w = PdfWriter()
    order = []
    for i in range(0, len(pages), 4):
        sheet = PageObject.create_blank_page(width=W, height=H)
        side = []
        rects = []
        for k in range(4):
            idx = i + k
            col, row = k % 2, k // 2
            x = col * cw + (cw - pw) / 2
            y = H - (row + 1) * chh + (chh - ph) / 2
            if idx < len(pages):
                place(sheet, pages[idx], s, x, y)
                rects.append((x, y, pw, ph))
                side.append(idx + 1)
            else:
                side.append(None)
        sheet.merge_page(frame_page(W, H, rects))
        w.add_page(sheet)
        order.append(side)
    with open(dst, "wb") as f:
        w.write(f)
    return order


# =================================================================== PDF + analysis
def to_pdf(docx_path):
    prof = "/tmp/lo_142"
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(docx_path)[0] + ".pdf"


def squash(t):
    return re.sub(r"\s+", "", t)


def page_map(pdf, clauses):
    """For each clause, the pages of the plain PDF it starts and ends on (text-layer search)."""
    with pdfplumber.open(pdf) as p:
        texts = [squash(pg.extract_text() or "") for pg in p.pages]
    joined = ""
    starts = []
    for t in texts:
        starts.append(len(joined))
        joined += t
    def page_of(pos):
        k = 0
        for i, s in enumerate(starts):
            if pos >= s:
                k = i
        return k + 1
    out = []
    pos = 0
    for c in clauses:
        q = squash(c).replace("；", "")
        # table rows are not in the text layer as “列名：值”; search the values
        if "：" in c and "；" in c and not c.startswith(("第", "（", "联系人")):
            # a table row: cells wrap inside their column, so look for the start of its
            # second cell only (rows cannot split: w:cantSplit)
            v = squash(c.split("；")[1].split("：", 1)[1])[:5]
            i = joined.find(v, pos)
            if i < 0:
                out.append((c, None, None)); continue
            out.append((c, page_of(i), page_of(i)))
            pos = i
            continue
        i = joined.find(q[:14], pos)
        j = joined.find(q[-10:], max(i, 0))
        if i < 0 or j < 0:
            out.append((c, None, None)); continue
        out.append((c, page_of(i), page_of(j + 9)))
        pos = i
    return out, len(texts)


# =================================================================== expected.json
def doc_entry(which):
    if which == "hlj":
        return {
            "meta": {
                "title": HLJ_TITLE,
                "doc_number": HLJ_NUM,
                "issuer": [HLJ_ISSUER],
                "date": "2024-07-12",
                "published": "2024-07-15",
                "level": "provincial",
                "region": "黑龙江省",
                "effective": None,
                "expires": None,
                "attachments": [HLJ_ATT],
                "doc_type": "通知",
                "recipients": ["哈尔滨市、黑河市、牡丹江市商务局", "中国（黑龙江）自由贸易试验区哈尔滨片区、黑河片区、绥芬河片区管委会", "省直有关单位"],
                "publicity": "此件公开发布",
            },
            "clauses": hlj_clauses(),
            "applies_to": {
                "default": "黑龙江省（中国（黑龙江）自由贸易试验区）",
                "specific": {
                    "一、总体目标 (paragraph)": ["中国（黑龙江）自由贸易试验区哈尔滨片区", "黑河片区", "绥芬河片区"],
                    "二、（一）1.": "黑河市（黑河片区 / 黑河公路口岸、黑龙江大桥）",
                    "二、（一）2.": "哈尔滨市（哈尔滨国际集装箱中心站; 哈尔滨片区）",
                    "二、（一）3.": "绥芬河片区（牡丹江市绥芬河市）",
                    "二、（三）2.": ["黑河片区", "绥芬河片区"],
                    "二、（四）": ["哈尔滨片区", "黑河片区"],
                    "二、（五）": "哈尔滨片区",
                    "三、（二）": ["哈尔滨片区", "黑河片区", "绥芬河片区"],
                    "附件 row 1": "黑河片区",
                    "附件 row 2": "哈尔滨片区",
                    "附件 row 3": "绥芬河片区",
                    "附件 row 5": ["黑河片区", "绥芬河片区"],
                    "附件 row 6": "哈尔滨片区",
                },
                "note": "俄罗斯新西伯利亚、叶卡捷琳堡、莫斯科 (二、（三）1.) are where the overseas warehouses are built: the clause still applies to Heilongjiang enterprises — placing it in Russia is wrong (medium), not placing it there is right. 中蒙俄经济走廊 / 东北亚 do not place a clause. 哈尔滨海关 (抄送), 黑河海关 and 中国人民银行黑龙江省分行 are organs; 中铁哈尔滨局集团有限公司 is a company.",
            },
        }
    if which == "xiamen":
        return {
            "meta": {
                "title": XM_TITLE,
                "doc_number": XM_NUM,
                "issuer": list(XM_ISSUERS),
                "date": "2024-05-08",
                "published": "2024-05-10",
                "level": "municipal",
                "region": "福建省厦门市",
                "effective": "2024-06-01",
                "expires": "2026-12-31",
                "attachments": [XM_MEAS],
                "doc_type": "通知",
                "recipients": ["各区人民政府", "市直有关单位", "各有关企业"],
                "publicity": "此件公开发布",
                "repeals": ["《厦门市港航发展专项资金管理暂行办法》（厦商务〔2021〕96号）"],
            },
            "clauses": xiamen_clauses(),
            "applies_to": {
                "default": "福建省厦门市",
                "specific": {
                    "第六条": "中国（福建）自由贸易试验区厦门片区 (with 各区)",
                    "第九条": "厦门片区 (500万元) / 本市其他区域 (300万元) — both in the one clause; 厦门片区 is right, 厦门市 tolerable",
                    "第十条": ["海沧港区", "翔安港区"],
                },
                "note": "共建“一带一路”国家港口 (第七条（一）) does not place a clause abroad. 福建省 in 《福建省“丝路海运”发展专项资金管理办法》 is a cited law, not a place. 厦门海关 / 厦门港口管理局 (抄送) are organs.",
            },
        }
    return {
        "meta": {
            "title": EL_TITLE,
            "doc_number": EL_NUM,
            "issuer": [EL_ISSUER],
            "date": "2024-06-24",
            "published": "2024-06-24",
            "level": "county",
            "region": "内蒙古自治区锡林郭勒盟二连浩特市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各苏木镇人民政府", "市直各有关部门", "各驻市单位"],
            "publicity": "此件公开发布",
        },
        "clauses": erlian_clauses(),
        "applies_to": {
            "default": "内蒙古自治区锡林郭勒盟二连浩特市（二连浩特口岸）",
            "specific": {},
            "note": "Every clause is about the 二连浩特口岸 / 二连站 in the city itself; 中蒙俄经济走廊 does not place the preamble in Mongolia or Russia. 锡林郭勒盟 (抄送) is not a place of application; 二连海关 / 二连站 are organs.",
        },
    }


NOTES = {
    "hlj": "Furniture, not clauses: red 版头 黑龙江省商务厅文件; 文号 黑商发〔2024〕58号 and the red rule; the title typed as THREE centred paragraphs (…自由贸易试验区 / 深化对俄及东北亚跨境合作更好服务 / 共建“一带一路”的通知) that must be joined into one title; 主送 line (→ recipients, 3 entries split at the full-width commas between organs, NOT at 、); 附件说明 附件：… (→ attachments); 落款 黑龙江省商务厅 / 2024年7月12日; （此件公开发布）; the label 附件 and the 附件 title paragraph above the table; 版记 on its own last page after 17 empty paragraphs (抄送… / 黑龙江省商务厅办公室 2024年7月15日印发); footer page numbers “— N —”. Section headings 一、总体目标 / 二、重点任务 / 三、保障措施 and the heading-only lines （一）畅通跨境物流通道。 / （三）发展跨境电商和边民互市贸易。 carry no text (tolerable as heading clauses, low; must not be glued to the next item). （二）（四）（五）（六） and 三、（一）（二）（三） are run-in headings: heading + text = ONE clause; 1.2.3. items are run-in too (bold heading). Table rows = clauses “序号：…；重点任务：…；责任单位：…；完成时限：…” (the header row is not a clause). date = 2024-07-12 (落款), 2024-07-15 is the 印发 date; 2024-10-31, 2024-12-20, 2025-06-30 are deadlines, not dates of the document. No effective/expires (a 通知 with targets to 2025年底 — expires 2025-12-31 is wrong).",
    "xiamen": "Joint document. Furniture: joint 版头 (a borderless 2-column table: 厦门市商务局 / 厦门市财政局 stacked on the left, 文件 on the right, centred between the two lines) — it must give issuer = [厦门市商务局, 厦门市财政局], not “厦门市商务局文件”; 文号 厦商务〔2024〕213号 (the lead organ’s 文号); title typed as THREE centred paragraphs (the first line has a full-width space between the two organ names; title with an ordinary space or no space between them both fine); 主送; 附件说明; joint 落款 (厦门市商务局　　　　　　厦门市财政局 on ONE line, date 2024年5月8日 below) — not a clause; （此件公开发布）; label 附件; the title of the 办法 typed as two paragraphs (厦门市“丝路海运”港航发展专项资金 / 管理办法); 第一章　总　则 … 第六章　附　则 chapter headings (tolerable as heading clauses or as path, low; the spaced 总　则/附　则 must not become a clause glued to 第一条); 版记 (抄送… / 厦门市商务局办公室 2024年5月10日印发); footer “— N —”. The cover notice has 2 clauses; the 办法 (the 附件) holds 第一条…第十八条 (第X条 label = article, each ONE clause), with 第七条 followed by three （一）（二）（三） items (separate clauses; merged into 第七条 tolerable, low) and 第八条 followed by a 3-row table (rows as clauses). Treating the 办法 as a second document (title 厦门市“丝路海运”港航发展专项资金管理办法, same issuers, effective 2024-06-01, expires 2026-12-31) is equally right. date = 2024-05-08 (落款); published 2024-05-10 (印发); effective 2024-06-01 and expires 2026-12-31 from 第十八条; 厦商务〔2021〕96号 is the REPEALED old 办法, not this document's 文号.",
    "erlian": "Furniture: red 版头 二连浩特市人民政府办公室文件; 文号 二政办发〔2024〕19号 + red rule; title typed as THREE paragraphs (…关于做好2024年 / 中欧班列（二连浩特口岸）过境运输 / 保障工作的通知) joined into one; 主送; 落款 二连浩特市人民政府办公室 / 2024年6月24日; （此件公开发布）; 版记 (抄送：锡林郭勒盟行政公署办公室，二连海关，二连站。 / 二连浩特市人民政府办公室 2024年6月24日印发) — here 成文 and 印发 are the same day; footer “— N —”. 一、二、四、 are run-in 黑体 headings (heading + text = ONE clause); 三、强化要素保障 is a heading-only line (no text; tolerable as heading clause) with （一）（二） items that have no heading of their own. The 4-row table after 二、 (作业环节 / 责任单位 / 作业时限) = 4 row clauses. No attachments, no effective/expires. 2024年1—5月 is a statistical period and 2024-08-31 a deadline, not dates of the document.",
}

IMPOSE_NOTE = {
    "2up": "2 pages per sheet: each PDF page is an A4 LANDSCAPE sheet holding two A4 pages scaled to 68 % side by side, centred in each half with a white margin (printer-driver style, no frame). Reading order is natural: sheet 1 = pages 1|2, sheet 2 = 3|4 … (an odd page count leaves the right half of the last sheet empty). The two halves share the same baselines (both pages have the same layout), so a reader that takes each sheet as one page of lines glues left and right lines together: “line of page 1 + line of page 2” on every row — that destroys every clause on the sheet (HIGH). What an analyst needs: the sheet cut into its two halves (two columns/pages), each read top to bottom, left half before right half; then the document is exactly the plain PDF's (same metadata, same clauses; a clause crossing pages 1→2 or 2→3 is re-joined across the half/sheet boundary). Furniture now appears twice per sheet: two “— N —” page numbers per sheet, one under each half (must not become clauses or be glued into text). The 版头, 文号 and title are on the left half of sheet 1 only, so the document's fields must come out as in the plain PDF.",
    "booklet": "Saddle-stitch booklet imposition: page count padded with BLANK pages to a multiple of 4; each PDF page is one side of an A4 LANDSCAPE sheet holding two A5-size halves (A4 pages scaled 70.7 %, no gutter, no frame). Sheet sides are in print order, not reading order: for 8 pages 8|1, 2|7, 6|3, 4|5 (for 4 pages 4|1, 2|3). The sheet page numbers “— N —” under each half (printed by the original document, odd right / even left) are the only in-file clue to the reading order. Ideal: the reader undoes the imposition (halves re-ordered by their page numbers) and yields exactly the plain PDF's document. What an analyst would accept if it cannot: the halves read as separate columns in sheet order (e.g. 8,1,2,7,6,3,4,5) with NOTHING mixed within a line or a sentence from the two halves — then clauses that do not cross a page boundary are intact, and only clauses crossing a page boundary are cut in two (their two parts come out in the wrong place: medium each), and metadata still has to come from page 1 (the right half of sheet 1), not from the 版记 page that sits on the LEFT of sheet 1 (the last page comes FIRST in the file: a reader that takes the first text it sees as the head of the document will take 抄送/印发 or the table for the head — HIGH for title/文号). Gluing left and right lines together (page n + page 1 on one line) is HIGH. Blank padding halves must not produce anything.",
    "4up": "4-up: each PDF page is an A4 PORTRAIT sheet holding four A4 pages scaled to 48 % in a 2×2 grid, Z order (1 2 / 3 4), each cell framed by a thin grey rectangle (printer driver “print page borders”). Text is small (三号 16 pt × 0.48 ≈ 7.7 pt). Reading order: top-left, top-right, bottom-left, bottom-right. Pages 1 and 2 (and 3 and 4) share baselines, so row-wise reading glues the two columns together (HIGH). What an analyst needs: the four cells read separately in Z order, giving the plain PDF's document. Tolerable: column order (1,3,2,4) if nothing is mixed within a sentence — clauses crossing 1→2 / 3→4 boundaries are then cut (medium each). The frames are drawing only (no text). Page numbers “— N —” appear under every cell (furniture).",
}


EXTRA = {
    ("hlj", "2up"): "Sheet 3 = 5|6: page 5 holds the 附件 label, the table title, the header and rows 1–7; page 6 (right half) holds the REPEATED header row and row 8 only — row 8 must come after row 7, and the repeated header is not a row.",
    ("hlj", "booklet"): "7 pages + 1 blank: sheets blank|1, 2|7, 6|3, 4|5. Sheet 2 puts the 版记 page (7) right of page 2, whose last line is the heading-only （三）发展跨境电商和边民互市贸易。 (its items 1./2. are on page 3, which comes two halves later in file order) — 抄送/印发 must not be glued to that heading or read as clauses, and published (印发 2024-07-15) / 抄送 should still be found. Sheet 3 puts page 6 (repeated table header + row 8) LEFT of page 3 (body text): in file order row 8 comes before the 附件 title and rows 1–7.",
    ("hlj", "4up"): "Sheet 1 = pages 1–4 (1 2 / 3 4): the 版头 line 黑龙江省商务厅文件 of page 1 sits on the same baseline as the first body line of page 2 (…形成对俄合作制度创新成果30项以上…) — gluing them gives a wrong title. Sheet 2 = 5 6 / 7 blank: the table (rows 1–7) top-left, the repeated header + row 8 top-right, the 版记 bottom-left.",
    ("xiamen", "2up"): "",
    ("xiamen", "booklet"): "6 pages + 2 blanks: sheets blank|1, 2|blank, 6|3, 4|5. Page 6 (the last line of 第十八条 “2026年12月31日。《…暂行办法》（厦商务〔2021〕96号）同时废止。” + the 版记) is printed LEFT of page 3 — in file order it comes right after the cover notice, before the 办法 even starts: 第十八条 is cut at “有效期至” and expires (2026-12-31) can only be found if the imposition is undone.",
    ("xiamen", "4up"): "Sheet 1: the joint 版头 (厦门市商务局 / 文件 / 厦门市财政局) of page 1 shares its rows with the 附件说明 / joint 落款 of page 2 (page 2 holds only 附件：…, the 落款 and （此件公开发布）); sheet 2 = 5 6 / blank blank: 第十八条 runs from the bottom of the top-left cell to the top of the top-right cell.",
    ("erlian", "2up"): "",
    ("erlian", "booklet"): "3 pages + 1 blank: sheet 1 = blank|1, sheet 2 = 2|3. Page 3 holds only the 版记 (抄送 / 印发), at mid height of the right half — level with item 四、 on page 2: nothing of the 版记 may be read into 四、, and 四、 must stay one clause.",
    ("erlian", "4up"): "One sheet: 1 2 / 3 blank. The 版头 二连浩特市人民政府办公室文件 (page 1) is level with the first line of page 2 (内。各环节作业时限见下表：, the end of 二、); the 版记 (page 3, bottom-left cell) sits right under the end of page 1.",
}


def pdf_note(which, pm, npages, orders):
    spans = [{"clause": c[:40] + "…", "pages": [a, b]} for c, a, b in pm if a and b and a != b]
    missing = [c[:40] for c, a, b in pm if not a]
    return spans, missing


def main():
    tmp = tempfile.mkdtemp()
    out = {}
    readme_rows = []
    builders = {"hlj": build_hlj, "xiamen": build_xiamen, "erlian": build_erlian}
    clauses_of = {"hlj": hlj_clauses, "xiamen": xiamen_clauses, "erlian": erlian_clauses}
    info = {}
    for short, build in builders.items():
        stem = "blind142_" + short
        dx = os.path.join(HERE, stem + ".docx")
        build(dx)
        pdf = to_pdf(dx)
        pm, n = page_map(pdf, clauses_of[short]())
        o2 = impose_2up(pdf, os.path.join(HERE, stem + "_2up.pdf"))
        ob = impose_booklet(pdf, os.path.join(HERE, stem + "_booklet.pdf"))
        o4 = impose_4up(pdf, os.path.join(HERE, stem + "_4up.pdf"))
        spans, missing = pdf_note(short, pm, n, None)
        info[short] = dict(pages=n, spans=spans, missing=missing, o2=o2, ob=ob, o4=o4)
        base = doc_entry(short)
        e = dict(base)
        e["_note"] = NOTES[short]
        e["_pdf"] = {
            "pages": n,
            "clauses_crossing_pages": spans,
            "note": "plain LibreOffice PDF (the baseline): same metadata and clauses as the .docx; the page numbers “— N —” (odd right, even left) and the 版记 are furniture; clauses crossing a page boundary (listed) must be re-joined.",
        }
        out[stem] = [e]
        for kind, order in (("2up", o2), ("booklet", ob), ("4up", o4)):
            # halves/cells in the order they sit in the file (sheet by sheet, left to right,
            # for 4-up the tolerable column order 1,3,2,4)
            seq = []
            for side in order:
                cells = [side[0], side[2], side[1], side[3]] if kind == "4up" else list(side)
                seq += [p for p in cells if p]
            cut = [x["clause"] for x in spans if seq.index(x["pages"][1]) != seq.index(x["pages"][0]) + 1]
            e2 = dict(base)
            e2["_note"] = IMPOSE_NOTE[kind] + (" This file: " + EXTRA[(short, kind)] if EXTRA[(short, kind)] else "") + " Underlying document: " + NOTES[short]
            e2["_pdf"] = {
                "imposition": kind,
                "source_pages": n,
                "sheets": [[p if p else "blank" for p in side] for side in order],
                "clauses_crossing_pages": spans,
                "file_order_of_pages": seq,
                "clauses_cut_if_pages_read_in_file_order": cut,
                "note": "expected metadata and clauses = those of the plain PDF / .docx, in the document's reading order. file_order_of_pages = the order the halves/cells come in if the reader keeps them apart but does not undo the imposition (4-up: column order); clauses_cut_if_pages_read_in_file_order = the clauses that such a reading necessarily cuts in two (tolerable, medium each, only if nothing is mixed within a line).",
            }
            out[stem + "_" + kind] = [e2]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    for k, v in info.items():
        print(k, v["pages"], "pages; 2up", v["o2"], "booklet", v["ob"], "4up", v["o4"])
        print("   crossing:", v["spans"])
        print("   not found in text layer:", v["missing"])
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
