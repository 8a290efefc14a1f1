# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420
"""Blind round 148: a 政策汇编 assembled by merging the PDFs of ordinary 公文.

Writes next to itself:
  blind148_huibian.pdf           the compilation: cover page + 目录 page (made in Word, LibreOffice
      PDF) + three documents, each converted from Word by LibreOffice and appended with pypdf:
        1. 河南省人民政府办公厅 意见 (豫政办〔2024〕31号), 一、（一）1. outline;
        2. 郑州市商务局 郑州市财政局 joint 印发通知 + 办法 (第X章/第X条) whose 附件 扶持标准一览表
           sits in an A4 LANDSCAPE section (vertical merge in 扶持类别), 版记 on a last portrait page;
        3. 开封片区管委会 申报通知 with 附件1 申报表 (a form with merged cells) and 附件2 承诺书.
      Each document keeps its own footer “— N —” restarting at 1; the 目录 gives the merged
      file's page ranges; one bookmark (outline item) per document, titled with its title;
      PDF /Title = the 汇编 title.
  blind148_zhengzhou_banfa.docx  the source Word file of document 2, kept as is.
  expected.json

Needs pypdf (pip install pypdf; 7.x used).  Run:  . /work/venv/bin/activate && python make_blind148.py
"""
import json
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from pypdf import PdfReader, PdfWriter

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo_148"

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN_HAO, ER_HAO, SI_HAO, XIAO_SI = 16, 22, 14, 12
LINE = Pt(28.9)
J = WD_ALIGN_PARAGRAPH


# ---------------------------------------------------------------- docx helpers
def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def para(container, text="", east=FS, size=SAN_HAO, align=J.JUSTIFY, indent=2, bold=False, color=None, line=LINE, before=0, after=0):
    p = container.add_paragraph()
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


def runin(doc, head, body, head_font=KT, head_bold=False):
    p = para(doc, "")
    set_font(p.add_run(head), head_font, SAN_HAO, head_bold)
    set_font(p.add_run(body), FS, SAN_HAO)
    return p


def heading1(doc, text):
    return para(doc, text, HT, SAN_HAO)


def border(p, side="bottom", sz=12, color="E60012", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))


def page_break(doc):
    p = para(doc, "", indent=0)
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def add_page_field(p, size=SI_HAO):
    def r(text):
        set_font(p.add_run(text), ST, size)
    r("— ")
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        rr = p.add_run()
        set_font(rr, ST, size)
        if kind == "instr":
            el = parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>' % (nsdecls("w"), txt))
        elif kind == "text":
            el = parse_xml('<w:t %s>%s</w:t>' % (nsdecls("w"), txt))
        else:
            el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind))
        rr._element.append(el)
    r(" —")


def portrait(s):
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)


def landscape(s):
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.top_margin, s.bottom_margin = Mm(22), Mm(24)
    s.left_margin, s.right_margin = Mm(37), Mm(35)
    s.header_distance, s.footer_distance = Mm(15), Mm(12)


def new_doc(footer=True):
    doc = Document()
    s = doc.sections[0]
    portrait(s)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN_HAO)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    if footer:
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = J.RIGHT
        fp.paragraph_format.right_indent = Pt(SI_HAO)
        add_page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = J.LEFT
        ep.paragraph_format.left_indent = Pt(SI_HAO)
        add_page_field(ep)
    grid = s._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        s._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")
    return doc


def banhead(doc, text, size=42):
    p = para(doc, "", XBZ, size, J.CENTER, 0, line=Pt(size * 1.2))
    r = p.add_run(text)
    set_font(r, XBZ, size, color=RED)
    r._element.get_or_add_rPr().append(parse_xml('<w:spacing %s w:val="-10"/>' % nsdecls("w")))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def cell_text(cell, text, east=FS, size=SI_HAO, align=J.CENTER, bold=False, color=None, line=Pt(22)):
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.line_spacing = line
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p._p.get_or_add_pPr().append(parse_xml('<w:snapToGrid %s w:val="0"/>' % nsdecls("w")))
        if ln:
            set_font(p.add_run(ln), east, size, bold, color)


def vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def col_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_mm):
            c.width = Mm(w)


def joint_banhead(doc, organs, size=36):
    """Joint 版头: organ names stacked on the left, one 文件 on the right spanning them (as 联合行文 does)."""
    t = doc.add_table(rows=len(organs), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    col_widths(t, [112, 40])
    for i, o in enumerate(organs):
        c = t.cell(i, 0)
        cell_text(c, o, XBZ, size, J.DISTRIBUTE, color=RED, line=Pt(size * 1.25))
    m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
    cell_text(m, "文件", XBZ, size, J.CENTER, color=RED, line=Pt(size * 1.25))
    vcenter(m)
    return t


def docnum_and_rule(doc, number):
    para(doc, "", indent=0)
    p = para(doc, number, FS, SAN_HAO, J.CENTER, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, "", indent=0)


def title(doc, parts, soft_break=True):
    if soft_break:
        p = para(doc, "", XBZ, ER_HAO, J.CENTER, 0, line=Pt(33))
        for i, t in enumerate(parts):
            r = p.add_run(t)
            set_font(r, XBZ, ER_HAO)
            if i < len(parts) - 1:
                r.add_break()
    else:
        for t in parts:
            para(doc, t, XBZ, ER_HAO, J.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)


def zhusong(doc, text):
    para(doc, text, FS, SAN_HAO, J.JUSTIFY, 0)


def attach_note(doc, items):
    """附件说明: 附件：1．… with the following items hanging under the first title."""
    if len(items) == 1:
        para(doc, "附件：" + items[0])
        return
    for i, it in enumerate(items):
        p = para(doc, ("附件：" if i == 0 else "") + "%d．%s" % (i + 1, it), indent=2)
        if i:
            p.paragraph_format.first_line_indent = Pt(SAN_HAO * 5)


def signoff(doc, issuers, date, right_chars=4, blanks=2):
    for _ in range(blanks):
        para(doc, "", indent=0)
    if len(issuers) == 1:
        p = para(doc, issuers[0], FS, SAN_HAO, J.RIGHT, 0)
        p.paragraph_format.right_indent = Pt(SAN_HAO * right_chars)
    else:
        # joint 落款: organs side by side, one date centred under the right-hand one
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        col_widths(t, [78, 78])
        cell_text(t.cell(0, 0), issuers[0], FS, SAN_HAO, J.CENTER, line=LINE)
        cell_text(t.cell(0, 1), issuers[1], FS, SAN_HAO, J.CENTER, line=LINE)
    p = para(doc, date, FS, SAN_HAO, J.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * right_chars)
    para(doc, "", indent=0)
    para(doc, "（此件公开发布）", FS, SAN_HAO, J.LEFT, 2)


def banji(doc, chaosong, printer, printdate, blank_lines=0, tab_pos=8560):
    for _ in range(blank_lines):
        para(doc, "", indent=0)
    p = para(doc, "", FS, SI_HAO, J.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO * 4)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    p.paragraph_format.first_line_indent = Pt(-SI_HAO * 3)
    set_font(p.add_run("抄送：" + chaosong), FS, SI_HAO)
    border(p, "top", 12, "000000", 2)
    p = para(doc, "", FS, SI_HAO, J.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    set_font(p.add_run(printer), FS, SI_HAO)
    set_font(p.add_run("\t" + printdate + "印发"), FS, SI_HAO)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="%d"/></w:tabs>' % (nsdecls("w"), tab_pos)))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def attach_label(doc, label):
    para(doc, label, HT, SAN_HAO, J.LEFT, 0)
    para(doc, "", indent=0)


def table_title(doc, text, size=ER_HAO):
    para(doc, text, XBZ, size, J.CENTER, 0, line=Pt(size * 1.5))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if v not in ("", None))


# ================================================================ document 1: 省政府办公厅 意见
D1_BANTOU = "河南省人民政府办公厅文件"
D1_NUM = "豫政办〔2024〕31号"
D1_TITLE_PARTS = ["河南省人民政府办公厅", "关于支持中国（河南）自由贸易试验区", "深度融入共建“一带一路”的意见"]
D1_TITLE = "".join(D1_TITLE_PARTS)
D1_ZHUSONG = "各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门："
D1_INTRO = ("中国（河南）自由贸易试验区设立以来，郑州、开封、洛阳三个片区累计形成制度创新成果516项，其中38项在全国复制推广。"
            "为深入贯彻党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，支持自贸试验区在服务和融入共建“一带一路”中发挥示范引领作用，经省政府同意，现提出如下意见。")
D1_S1_HEAD = "一、总体要求"
D1_S1 = ("坚持以制度创新为核心，以“空中、陆上、网上、海上”四条丝绸之路建设为牵引，推动规则、规制、管理、标准等制度型开放。"
         "到2027年，自贸试验区以不到全省千分之一的国土面积，贡献全省20%以上的进出口额和15%以上的实际使用外资；中欧班列（中豫号）年开行量突破3000列，"
         "郑州—卢森堡“空中丝绸之路”年货运量达到100万吨。")
# (kind, head, body): kind h1 = 一、 heading alone; h2 = （一） run-in; h3 = 1. run-in
D1_BODY = [
    ("h1", "二、推进“四路协同”开放通道建设", ""),
    ("h2", "（一）做强“空中丝绸之路”。", "支持郑州片区与郑州航空港经济综合实验区联动发展，巩固提升郑州—卢森堡“双枢纽”合作。"),
    ("h3", "1.加密国际货运航线。", "对在郑州新郑国际机场新开通至共建“一带一路”国家全货机定期航线的航空公司，每条航线每年给予最高500万元奖励，连续奖励3年。"),
    ("h3", "2.推进航空物流数字化。", "2024年12月底前建成“空中丝绸之路”航空物流公共信息平台，2025年电子货运单使用率达到90%以上。"),
    ("h2", "（二）做优“陆上丝绸之路”。", "支持中欧班列（中豫号）扩量提质，打造“中豫号”国际物流品牌。"),
    ("h3", "1.完善集结分拨网络。", "在郑州国际陆港布局建设中欧班列集结中心，在洛阳片区设立中欧班列（中豫号）洛阳集结分拨点，2025年洛阳集结分拨点年发运量达到200列。"),
    ("h3", "2.拓展班列运贸一体化。", "支持郑州片区开展中欧班列运邮、汽车整车进出口、冷链运输等业务，培育年进出口额超10亿元的班列运贸企业5家以上。"),
    ("h2", "（三）做大“网上丝绸之路”。", "深化跨境电子商务综合试验区建设，推广“跨境电商+产业带”模式。"),
    ("h3", "1.创新监管模式。", "在郑州片区深化跨境电商零售进口药品试点，探索跨境电商“1210”保税备货出口退货监管新模式。"),
    ("h3", "2.布局海外仓。", "支持企业在共建“一带一路”国家建设海外仓，对经认定的省级公共海外仓，按实际投资额的15%给予最高300万元补助。"),
    ("h2", "（四）畅通“海上丝绸之路”。", "推进郑州、洛阳与青岛港、连云港港、宁波舟山港开展铁海联运，探索“一单制”多式联运，2025年铁海联运集装箱运量达到15万标准箱。"),
    ("h1", "三、深化首创性差异化制度创新", ""),
    ("h2", "（五）推进贸易投资自由化便利化。", "全面落实外商投资准入前国民待遇加负面清单管理制度，在自贸试验区试点跨境服务贸易负面清单管理模式，推行外商投资企业登记“一网通办”，办理时限压缩至3个工作日以内。"),
    ("h2", "（六）支持各片区特色发展。", "郑州片区重点发展智能终端、现代物流和国际商贸，打造“一带一路”国际物流枢纽；开封片区重点发展文化贸易、医疗旅游和创意设计，打造国际文化贸易和人文旅游合作平台；洛阳片区重点发展装备制造、机器人和新材料，打造国际智能制造合作示范区。"),
    ("h2", "（七）建设联动创新区。", "在每个省辖市至少选择1个开发区建设自贸试验区联动创新区，2024年首批认定10个左右，复制推广自贸试验区改革试点经验。"),
    ("h1", "四、强化保障措施", ""),
    ("h2", "（八）加强组织领导。", "省自贸试验区建设领导小组统筹推进本意见落实，省商务厅（省自贸办）负责日常协调，每半年向省政府报告一次工作进展。"),
    ("h2", "（九）加大资金支持。", "省财政每年安排自贸试验区发展专项资金3亿元，重点支持制度创新、开放通道和重大平台建设；各片区所在市应当安排相应配套资金。"),
    ("h2", "（十）强化评估考核。", "将自贸试验区建设纳入省辖市目标绩效考核，省商务厅会同省发展改革委每年开展一次制度创新成果评估，评估结果于次年3月底前向社会公布。"),
]
D1_ISSUER = "河南省人民政府办公厅"
D1_DATE = "2024年6月18日"
D1_CHAOSONG = "省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，河南省军区。"
D1_PRINTER = "河南省人民政府办公厅"
D1_PRINTDATE = "2024年6月19日"


def d1_clauses():
    out = [D1_INTRO, D1_S1]
    for kind, h, b in D1_BODY:
        if kind != "h1":
            out.append(h + b)
    return out


def build_d1(path):
    doc = new_doc()
    para(doc, "", indent=0)
    banhead(doc, D1_BANTOU, 34)
    docnum_and_rule(doc, D1_NUM)
    title(doc, D1_TITLE_PARTS, soft_break=False)  # three paragraphs
    zhusong(doc, D1_ZHUSONG)
    para(doc, D1_INTRO)
    heading1(doc, D1_S1_HEAD)
    para(doc, D1_S1)
    for kind, h, b in D1_BODY:
        if kind == "h1":
            heading1(doc, h)
        elif kind == "h2":
            runin(doc, h, b, KT)
        else:
            runin(doc, h, b, FS)
    signoff(doc, [D1_ISSUER], D1_DATE)
    banji(doc, D1_CHAOSONG, D1_PRINTER, D1_PRINTDATE, blank_lines=6)
    doc.save(path)


# ================================================================ document 2: 郑州 联合印发 办法
D2_ORGANS = ["郑州市商务局", "郑州市财政局"]
D2_NUM = "郑商发〔2024〕27号"
D2_BANFA = "郑州市“一带一路”国际物流通道建设扶持资金管理办法"
D2_TITLE_PARTS = ["郑州市商务局　郑州市财政局", "关于印发《%s》的通知" % D2_BANFA]
D2_TITLE = "郑州市商务局　郑州市财政局关于印发《%s》的通知" % D2_BANFA
D2_TITLE_PLAIN = "郑州市商务局郑州市财政局关于印发《%s》的通知" % D2_BANFA
D2_ZHUSONG = "各区县（市）商务主管部门、财政局，郑州航空港经济综合实验区、郑东新区、郑州经开区、郑州高新区管委会有关部门，各有关企业："
D2_COVER = ("为加快建设“一带一路”国际物流通道枢纽，落实《河南省人民政府办公厅关于支持中国（河南）自由贸易试验区深度融入共建“一带一路”的意见》（豫政办〔2024〕31号）要求，"
            "市商务局、市财政局制定了《%s》，现印发给你们，请认真贯彻执行。" % D2_BANFA)
D2_DATE = "2024年7月22日"
D2_ATT = "郑州市“一带一路”国际物流通道建设扶持标准一览表"
# chapters: (chapter heading, [articles]); articles are (label, text, [items])
D2_CHAPTERS = [
    ("第一章　总则", [
        ("第一条", "为加快建设“一带一路”国际物流通道枢纽，规范和加强郑州市“一带一路”国际物流通道建设扶持资金（以下简称扶持资金）管理，提高资金使用效益，根据《中华人民共和国预算法》《河南省人民政府办公厅关于支持中国（河南）自由贸易试验区深度融入共建“一带一路”的意见》（豫政办〔2024〕31号）等规定，结合本市实际，制定本办法。", []),
        ("第二条", "本办法所称扶持资金，是指市级财政预算安排，用于支持中欧班列（中豫号）、国际航空货运、跨境电商、海外仓和铁海联运等国际物流通道建设的专项资金。2024年度扶持资金规模为1.2亿元。", []),
        ("第三条", "扶持资金的管理和使用遵循“公开透明、突出重点、绩效导向、专款专用”的原则。", []),
    ]),
    ("第二章　职责分工", [
        ("第四条", "市商务局负责扶持资金的项目申报组织、审核和绩效管理，会同市财政局编制资金分配方案。", []),
        ("第五条", "市财政局负责扶持资金的预算安排和资金拨付，对资金使用情况进行监督检查。", []),
        ("第六条", "各区县（市）商务主管部门及郑州航空港经济综合实验区、郑东新区、郑州经开区、郑州高新区管委会有关部门负责本辖区项目的初审、推荐和日常监管。", []),
    ]),
    ("第三章　扶持范围和标准", [
        ("第七条", "申请扶持资金的企业应当同时符合下列条件：", [
            "（一）在本市依法登记注册，具有独立法人资格；",
            "（二）近三年未发生重大安全生产事故，未被列入严重失信主体名单；",
            "（三）财务管理制度健全，按规定报送统计数据。",
        ]),
        ("第八条", "扶持资金重点支持中欧班列（中豫号）扩量提质、国际航空货运航线开辟、跨境电商进出口和海外仓建设、铁海联运通道拓展等领域，具体扶持标准见附件。", []),
        ("第九条", "同一项目已获得省级以上同类资金支持的，市级按照“就高不重复”原则予以扶持。", []),
    ]),
    ("第四章　申报和拨付", [
        ("第十条", "扶持资金实行年度申报制。市商务局每年3月发布申报通知，企业按属地原则向所在区县（市）商务主管部门申报。", []),
        ("第十一条", "市商务局会同市财政局组织专家评审，评审结果在市商务局门户网站公示5个工作日。公示无异议的，由市财政局在30日内拨付资金。", []),
    ]),
    ("第五章　监督管理", [
        ("第十二条", "扶持资金实行绩效评价制度。获得扶持资金的企业应当于次年1月31日前报送资金使用情况和绩效自评报告，市商务局会同市财政局组织绩效评价，评价结果作为以后年度资金安排的重要依据。", []),
        ("第十三条", "对以虚报、冒领等手段骗取扶持资金的，由市财政局会同市商务局追回资金，5年内取消申报资格，并依照《财政违法行为处罚处分条例》等规定处理；涉嫌犯罪的，依法移送司法机关。", []),
    ]),
    ("第六章　附则", [
        ("第十四条", "本办法由市商务局、市财政局负责解释，自2024年9月1日起施行，有效期3年。《郑州市中欧班列发展扶持资金管理暂行办法》（郑商发〔2021〕9号）同时废止。", []),
    ]),
]
D2_TABLE_HEADER = ["序号", "扶持类别", "扶持对象", "扶持条件", "扶持标准", "年度上限（万元）", "牵头审核部门"]
D2_TABLE = [
    ["1", "中欧班列（中豫号）", "班列运营平台公司", "去程重箱率不低于85%", "去程每标准箱1500元、回程每标准箱1000元", "3000", "市商务局"],
    ["2", "中欧班列（中豫号）", "集结货源的物流企业", "年集结货量不少于500标准箱", "每标准箱300元", "200", "市商务局"],
    ["3", "国际航空货运", "航空公司及货运代理企业", "在郑州新郑国际机场新开通至共建“一带一路”国家的全货机定期航线，每周不少于2班", "每条航线每年300万元，连续支持3年", "900", "郑州航空港经济综合实验区管委会"],
    ["4", "跨境电商", "跨境电商企业", "在郑州片区开展“1210”保税备货进出口，年单量超过100万单", "每单0.5元", "300", "市商务局"],
    ["5", "海外仓", "在共建“一带一路”国家建设海外仓的本市企业", "海外仓面积不少于5000平方米且运营满1年", "按实际投资额的10%补助", "200", "市商务局"],
    ["6", "铁海联运", "多式联运经营企业", "经郑州国际陆港开行至青岛港、连云港港的铁海联运班列", "每标准箱400元", "150", "市交通运输局"],
]
D2_TABLE_NOTE = "注：同一企业同一年度获得本办法各类扶持资金合计不超过3000万元。"
D2_CHAOSONG = "市人民政府办公厅，市审计局，郑州海关。"
D2_PRINTER = "郑州市商务局办公室"
D2_PRINTDATE = "2024年7月24日"


def d2_clauses():
    out = [D2_COVER]
    for ch, arts in D2_CHAPTERS:
        for lab, text, items in arts:
            out.append(lab + "　" + text)
            out.extend(items)
    out += [row_clause(D2_TABLE_HEADER, r) for r in D2_TABLE]
    out.append(D2_TABLE_NOTE)
    return out


def build_d2(path):
    doc = new_doc()
    para(doc, "", indent=0)
    joint_banhead(doc, D2_ORGANS)
    docnum_and_rule(doc, D2_NUM)
    title(doc, D2_TITLE_PARTS, soft_break=True)
    zhusong(doc, D2_ZHUSONG)
    para(doc, D2_COVER)
    signoff(doc, D2_ORGANS, D2_DATE)
    page_break(doc)
    # the 办法 itself (not labelled 附件, as 印发 notices print it)
    para(doc, "", indent=0)
    p = para(doc, "", XBZ, ER_HAO, J.CENTER, 0, line=Pt(33))
    set_font(p.add_run("郑州市“一带一路”国际物流通道建设"), XBZ, ER_HAO)
    p.runs[-1].add_break()
    set_font(p.add_run("扶持资金管理办法"), XBZ, ER_HAO)
    para(doc, "", indent=0)
    for ch, arts in D2_CHAPTERS:
        para(doc, ch, HT, SAN_HAO, J.CENTER, 0)
        for lab, text, items in arts:
            p = para(doc, "")
            set_font(p.add_run(lab), HT, SAN_HAO)
            set_font(p.add_run("　" + text), FS, SAN_HAO)
            for it in items:
                para(doc, it)
    para(doc, "", indent=0)
    attach_note(doc, [D2_ATT])
    # landscape section for the 附件 table
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(s2)
    s2._sectPr.find(qn("w:docGrid")).set(qn("w:type"), "default")
    para(doc, "附件", HT, SAN_HAO, J.LEFT, 0)
    table_title(doc, D2_ATT, 20)
    t = doc.add_table(rows=1 + len(D2_TABLE), cols=len(D2_TABLE_HEADER))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [12, 28, 36, 50, 44, 26, 29]
    for j, h in enumerate(D2_TABLE_HEADER):
        cell_text(t.cell(0, j), h, HT, XIAO_SI)
        vcenter(t.cell(0, j))
    trPr = t.rows[0]._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    for row in t.rows:
        row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
    for i, r in enumerate(D2_TABLE):
        for j, v in enumerate(r):
            if j == 1 and i == 1:
                continue  # merged below
            al = J.LEFT if j in (2, 3, 4) else J.CENTER
            cell_text(t.cell(i + 1, j), v, FS, XIAO_SI, al, line=Pt(18))
            vcenter(t.cell(i + 1, j))
    m = t.cell(1, 1).merge(t.cell(2, 1))  # 中欧班列（中豫号） over rows 1-2
    # merge() concatenates paragraphs: keep a single one
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    col_widths(t, widths)
    p = para(doc, D2_TABLE_NOTE, FS, XIAO_SI, J.LEFT, 0, line=Pt(22), before=4)
    # last page, back to portrait: the 版记 alone at the foot of the page
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(s3)
    banji(doc, D2_CHAOSONG, D2_PRINTER, D2_PRINTDATE, blank_lines=17)
    doc.save(path)


# ================================================================ document 3: 开封片区 申报通知
D3_BANTOU = ["中国（河南）自由贸易试验区", "开封片区管理委员会文件"]
D3_NUM = "汴自贸管〔2024〕15号"
D3_ISSUER = "中国（河南）自由贸易试验区开封片区管理委员会"
D3_TITLE_PARTS = ["中国（河南）自由贸易试验区开封片区", "管理委员会关于组织申报2024年度", "开封片区文化贸易和服务贸易创新发展", "扶持项目的通知"]
D3_TITLE = "".join(D3_TITLE_PARTS)
D3_ZHUSONG = "片区各部门，各有关企业："
D3_INTRO = ("为贯彻落实《河南省人民政府办公厅关于支持中国（河南）自由贸易试验区深度融入共建“一带一路”的意见》（豫政办〔2024〕31号），"
            "加快打造国际文化贸易和人文旅游合作平台，推动片区服务贸易创新发展，现就组织申报2024年度开封片区文化贸易和服务贸易创新发展扶持项目有关事项通知如下。")
D3_BODY = [
    ("h1", "一、支持范围", ""),
    ("h2", "（一）文化贸易项目。", "支持企业向共建“一带一路”国家出口演艺、动漫游戏、创意设计、非物质文化遗产衍生品等文化产品和服务。"),
    ("h2", "（二）服务外包项目。", "支持企业承接离岸信息技术外包、业务流程外包和知识流程外包业务。"),
    ("h2", "（三）保税服务项目。", "支持企业在开封综合保税区内开展保税研发、保税维修和文物艺术品保税展示交易业务。"),
    ("h1", "二、申报条件", ""),
    ("p", "", "1.在开封片区内注册登记、具有独立法人资格，且2023年度服务贸易进出口额不低于50万美元；"),
    ("p", "", "2.近两年内无海关、税务、外汇等方面严重违法失信记录；"),
    ("p", "", "3.申报项目应于2023年1月1日至2024年6月30日期间实施并已产生实际业务。"),
    ("h1", "三、支持标准", ""),
    ("p", "", "对文化贸易项目，按项目服务出口额的5%给予奖励，单个企业最高不超过100万元；对服务外包项目，按离岸执行额每美元0.2元人民币给予奖励，单个企业最高不超过80万元；"
              "对保税服务项目，按实际投资额的10%给予补助，单个企业最高不超过150万元。同一企业只能选择一个类别申报。"),
    ("h1", "四、申报程序", ""),
    ("h2", "（一）企业申报。", "申报企业于2024年9月30日前登录“开封片区企业服务平台”填报申报信息，并将申报表（附件1）、信用承诺书（附件2）及相关证明材料纸质版一式两份（加盖公章）报送片区管委会经济发展局。"),
    ("h2", "（二）审核评审。", "片区管委会经济发展局会同财政金融局对申报材料进行初审，委托第三方机构开展专项审计，于2024年10月31日前提出拟支持名单。"),
    ("h2", "（三）公示拨付。", "拟支持名单在开封片区门户网站公示7日，公示无异议后拨付资金。"),
    ("h1", "五、其他事项", ""),
    ("p", "", "企业对申报材料的真实性负责。对弄虚作假骗取扶持资金的，追回已拨付资金，3年内取消其申报资格。"),
    ("p", "", "联系人及电话：片区管委会经济发展局　王磊　0371-23880615；财政金融局　赵丹　0371-23880627。"),
]
D3_ATTS = ["2024年度开封片区文化贸易和服务贸易创新发展扶持项目申报表", "企业信用承诺书"]
D3_DATE = "2024年8月26日"
# the 申报表: a form, (label, value-or-blank, label, value) rows; None = merged into previous cell
D3_FORM = [
    ["企业名称", "", "统一社会信用代码", ""],
    ["联系人", "", "联系电话", ""],
    ["申报类别", "□文化贸易项目　□服务外包项目　□保税服务项目", None, None],
    ["2023年度服务贸易进出口额（万美元）", "", "其中：对共建“一带一路”国家（万美元）", ""],
    ["申请扶持金额（万元）", "", None, None],
    ["项目简介", "（不超过500字，可另附页）", None, None],
    ["片区经济发展局初审意见", "（盖章）\n年　月　日", None, None],
]
D3_FORM_CLAUSES = [
    "企业名称；统一社会信用代码",
    "联系人；联系电话",
    "申报类别：□文化贸易项目　□服务外包项目　□保税服务项目",
    "2023年度服务贸易进出口额（万美元）；其中：对共建“一带一路”国家（万美元）",
    "申请扶持金额（万元）",
    "项目简介：（不超过500字，可另附页）",
    "片区经济发展局初审意见：（盖章）年　月　日",
]
D3_FORM_NOTE = "注：金额保留两位小数；服务贸易进出口额以外汇管理部门国际收支申报数据为准。"
D3_PROMISE = [
    "本企业郑重承诺：",
    "一、所提交的申报材料真实、准确、完整，不存在弄虚作假行为；",
    "二、申报项目未重复享受开封片区同类扶持政策；",
    "三、如有违反，自愿退回扶持资金，并承担相应法律责任。",
]
D3_CHAOSONG = "开封市人民政府办公室，开封市商务局，开封市财政局。"
D3_PRINTER = "开封片区管理委员会党政办公室"
D3_PRINTDATE = "2024年8月27日"


def d3_clauses():
    out = [D3_INTRO]
    for kind, h, b in D3_BODY:
        if kind != "h1":
            out.append(h + b)
    out += D3_FORM_CLAUSES + [D3_FORM_NOTE]
    out += D3_PROMISE
    return out


def build_d3(path):
    doc = new_doc()
    para(doc, "", indent=0)
    for ln in D3_BANTOU:
        banhead(doc, ln, 30)
    docnum_and_rule(doc, D3_NUM)
    title(doc, D3_TITLE_PARTS, soft_break=True)
    zhusong(doc, D3_ZHUSONG)
    para(doc, D3_INTRO)
    for kind, h, b in D3_BODY:
        if kind == "h1":
            heading1(doc, h)
        elif kind == "h2":
            runin(doc, h, b, KT)
        else:
            para(doc, b)
    attach_note(doc, D3_ATTS)
    signoff(doc, [D3_ISSUER], D3_DATE, right_chars=2, blanks=1)
    # 附件1 申报表
    page_break(doc)
    attach_label(doc, "附件1")
    table_title(doc, "2024年度开封片区文化贸易和服务贸易", ER_HAO)
    table_title(doc, "创新发展扶持项目申报表", ER_HAO)
    para(doc, "", indent=0)
    p = para(doc, "申报单位（盖章）：　　　　　　　　　　　填报日期：　　年　月　日", FS, XIAO_SI, J.LEFT, 0, line=Pt(22))
    t = doc.add_table(rows=len(D3_FORM), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [40, 40, 40, 36]
    for i, row in enumerate(D3_FORM):
        for j, v in enumerate(row):
            if v is None:
                continue
            al = J.CENTER if j in (0, 2) else J.LEFT
            if i == len(D3_FORM) - 1 and j == 1:
                al = J.RIGHT
            cell_text(t.cell(i, j), v, FS, XIAO_SI, al)
            vcenter(t.cell(i, j))
        if row[2] is None:
            m = t.cell(i, 1).merge(t.cell(i, 3))
            for extra in list(m.paragraphs)[len(row[1].split("\n")):]:
                extra._p.getparent().remove(extra._p)
    col_widths(t, widths)
    # taller rows for 项目简介 / 初审意见
    for i in (5, 6):
        trPr = t.rows[i]._tr.get_or_add_trPr()
        trPr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>' % (nsdecls("w"), 1700 if i == 5 else 1100)))
    para(doc, D3_FORM_NOTE, FS, XIAO_SI, J.LEFT, 0, line=Pt(22), before=4)
    # 附件2 承诺书
    page_break(doc)
    attach_label(doc, "附件2")
    table_title(doc, "企业信用承诺书")
    para(doc, "", indent=0)
    for ln in D3_PROMISE:
        para(doc, ln)
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, "承诺企业（盖章）：", FS, SAN_HAO, J.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 6)
    p = para(doc, "法定代表人（签字）：", FS, SAN_HAO, J.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 5)
    p = para(doc, "年　　月　　日", FS, SAN_HAO, J.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 4)
    banji(doc, D3_CHAOSONG, D3_PRINTER, D3_PRINTDATE, blank_lines=6)
    doc.save(path)


# ================================================================ cover + 目录
HB_TITLE = "中国（河南）自由贸易试验区服务共建“一带一路”政策汇编"
HB_TITLE_PARTS = ["中国（河南）自由贸易试验区", "服务共建“一带一路”政策汇编"]
HB_SERIES = "（2024年第二辑）"
HB_MEETING = "全省自由贸易试验区建设推进会参阅材料"
HB_COMPILER = "河南省商务厅（省自贸办）编"
HB_MONTH = "二〇二四年九月"


def build_cover_toc(path, entries):
    """entries: (seq, title, number, first_page, last_page) in merged-file page numbers."""
    doc = new_doc(footer=False)
    para(doc, "内部资料　注意保存", HT, SI_HAO, J.LEFT, 0)
    for _ in range(4):
        para(doc, "", indent=0)
    para(doc, HB_MEETING, KT, SAN_HAO, J.CENTER, 0)
    para(doc, "", indent=0)
    for t in HB_TITLE_PARTS:
        para(doc, t, XBZ, 30, J.CENTER, 0, line=Pt(48))
    para(doc, HB_SERIES, KT, SAN_HAO, J.CENTER, 0)
    for _ in range(5):
        para(doc, "", indent=0)
    para(doc, HB_COMPILER, KT, SAN_HAO, J.CENTER, 0)
    para(doc, HB_MONTH, KT, SAN_HAO, J.CENTER, 0)
    page_break(doc)
    para(doc, "目　　录", XBZ, ER_HAO, J.CENTER, 0, line=Pt(40))
    para(doc, "", indent=0)
    for seq, t, num, a, b in entries:
        p = para(doc, "", FS, SAN_HAO, J.LEFT, 0, line=Pt(30))
        p.paragraph_format.left_indent = Pt(SAN_HAO * 2)
        p.paragraph_format.first_line_indent = Pt(-SAN_HAO * 2)
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:leader="dot" w:pos="8900"/></w:tabs>' % nsdecls("w")))
        set_font(p.add_run("%s　%s（%s）" % (seq, t, num)), FS, SAN_HAO)
        set_font(p.add_run("\t%d—%d" % (a, b)), FS, SAN_HAO)
        para(doc, "", indent=0, line=Pt(12))
    doc.save(path)


# ================================================================ conversion + merge
def to_pdf(docx_path, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")


DOCS = [
    ("一、", D1_TITLE, D1_NUM),
    ("二、", D2_TITLE, D2_NUM),
    ("三、", D3_TITLE, D3_NUM),
]


def main():
    out_pdf = os.path.join(HERE, "blind148_huibian.pdf")
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name, fn in (("d1_yijian", build_d1), ("d2_zhengzhou_banfa", build_d2), ("d3_kaifeng_tongzhi", build_d3)):
            dp = os.path.join(tmp, name + ".docx")
            fn(dp)
            paths.append(dp)
        pdfs = [to_pdf(p, tmp) for p in paths]
        counts = [len(PdfReader(p).pages) for p in pdfs]
        first = 3  # cover = page 1, 目录 = page 2
        entries, ranges = [], []
        for (seq, t, num), n in zip(DOCS, counts):
            entries.append((seq, t, num, first, first + n - 1))
            ranges.append((first, first + n - 1))
            first += n
        cover = os.path.join(tmp, "cover_toc.docx")
        build_cover_toc(cover, entries)
        cover_pdf = to_pdf(cover, tmp)
        assert len(PdfReader(cover_pdf).pages) == 2, "cover + 目录 must be 2 pages"
        w = PdfWriter()
        w.append(cover_pdf)
        for (seq, t, num), p, (a, b) in zip(DOCS, pdfs, ranges):
            w.append(p)
            w.add_outline_item(title=t, page_number=a - 1)
        w.add_metadata({"/Title": HB_TITLE, "/Author": "河南省商务厅（省自贸办）", "/Subject": HB_MEETING})
        w.page_mode = "/UseOutlines"
        with open(out_pdf, "wb") as fh:
            w.write(fh)
        shutil.copy(paths[1], os.path.join(HERE, "blind148_zhengzhou_banfa.docx"))
    # The same 汇编 merged without its cover and 目录 (the bookmarks alone name its documents), added after the blind
    # round for tests/test_office_blind148.py.
    bare = PdfWriter()
    merged = PdfReader(out_pdf)
    for page in merged.pages[2:]:
        bare.add_page(page)
    for (seq, t, num), (a, b) in zip(DOCS, ranges):
        bare.add_outline_item(title=t, page_number=a - 3)
    with open(os.path.join(HERE, "blind148_huibian_bookmarks.pdf"), "wb") as fh:
        bare.write(fh)
    # landscape pages in the merged file
    rd = PdfReader(out_pdf)
    land = [i + 1 for i, pg in enumerate(rd.pages) if float(pg.mediabox.width) > float(pg.mediabox.height)]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(ranges, counts, land, len(rd.pages)), fh, ensure_ascii=False, indent=1)
    print("pages per document", counts, "ranges", ranges, "landscape pages", land, "total", len(rd.pages))


# ================================================================ expected.json
def expected(ranges, counts, land, total):
    d1 = {
        "meta": {
            "title": D1_TITLE,
            "doc_number": D1_NUM,
            "issuer": [D1_ISSUER],
            "date": "2024-06-18",
            "published": "2024-06-19",
            "level": "provincial",
            "region": "河南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "意见",
            "recipients": ["各省辖市人民政府", "济源示范区、航空港区管委会", "省人民政府各部门"],
            "publicity": "此件公开发布",
            "compilation_pages": list(ranges[0]),
            "printed_page_numbers": "— 1 — … — %d —" % counts[0],
        },
        "clauses": d1_clauses(),
        "applies_to": {
            "default": "河南省",
            "specific": {
                "（一）": "郑州片区 / 郑州航空港经济综合实验区",
                "（一）1.": "郑州新郑国际机场（郑州航空港区）",
                "（二）1.": "郑州国际陆港（郑州）; 洛阳片区",
                "（二）2.": "郑州片区",
                "（三）1.": "郑州片区",
                "（四）": "郑州、洛阳 (NOT 青岛港/连云港港/宁波舟山港 — those are the destination ports in Shandong/Jiangsu/Zhejiang)",
                "（六）": "郑州片区; 开封片区; 洛阳片区 (three places in one clause)",
                "（七）": "各省辖市 (province-wide)",
            },
            "note": "卢森堡 (郑州—卢森堡 双枢纽) and 共建“一带一路”国家 do not place a clause abroad. 省商务厅/省发展改革委 are organs.",
        },
        "_note": (
            "Pages %d–%d of the merged PDF (physical), printed — 1 — to — %d —. Furniture: red 版头 河南省人民政府办公厅文件; 文号 line and red rule; "
            "title typed as THREE centred paragraphs (河南省人民政府办公厅 / 关于支持中国（河南）自由贸易试验区 / 深度融入共建“一带一路”的意见) to be joined into one; 主送 line; "
            "落款 河南省人民政府办公厅 + 2024年6月18日; （此件公开发布）; 版记 (抄送：省委各部门… / 河南省人民政府办公厅 2024年6月19日印发); footer “— N —”. "
            "一、总体要求 / 二、… / 三、… / 四、… are 黑体 headings alone on their line (tolerable as heading clauses, but must not swallow the next paragraph). "
            "一、总体要求 has an untitled body paragraph (the 2027 targets) — a clause of its own. （一）…（十） are 楷体 run-in headings (heading + text = ONE clause); numbering (五)…(十) continues across 三、/四、 (not restarting). "
            "1./2. under （一）（二）（三） are run-in items (clause each), numbering restarts under each （）. No 附件. No effective/expires (an 意见 with none; effective = 2024-06-18 tolerable, low). "
            "date = 2024-06-18 (落款), 2024-06-19 is the 印发 date. Dates like 2024年12月底前 / 2025年 / 到2027年 are targets, not effective/expires. "
            "Compilation traps: this document starts on page 3 of the file, after the 汇编 cover (page 1) and 目录 (page 2) — the cover title 中国（河南）自由贸易试验区服务共建“一带一路”政策汇编 is NOT this document's title, "
            "the compiling office 河南省商务厅（省自贸办） is NOT its issuer, 二〇二四年九月 is NOT its date; the 目录 lines (title（文号）……3—%d) are not clauses. In the PDF the 版记 falls alone at the TOP of the document's last page (merged page %d, printed — %d —) — it is furniture there too, and must not be taken for the start of the next document."
            % (ranges[0][0], ranges[0][1], counts[0], ranges[0][1], ranges[0][1], counts[0])
        ),
        "_pdf": {
            "file": "blind148_huibian.pdf",
            "pages": list(ranges[0]),
            "bookmark": D1_TITLE,
            "note": "LibreOffice PDF of the Word file, appended by pypdf; its own footer restarts at — 1 — on merged page %d." % ranges[0][0],
        },
    }
    d2_specific = {
        "第六条": "郑州各区县（市）; 郑州航空港经济综合实验区; 郑东新区; 郑州经开区; 郑州高新区",
        "附件 row 3": "郑州新郑国际机场（郑州航空港经济综合实验区）",
        "附件 row 4": "郑州片区",
        "附件 row 6": "郑州国际陆港 (NOT 青岛港/连云港港)",
    }
    d2_meta = {
        "title": D2_TITLE,
        "doc_number": D2_NUM,
        "issuer": D2_ORGANS,
        "date": "2024-07-22",
        "published": "2024-07-24",
        "level": "municipal",
        "region": "河南省郑州市",
        "effective": "2024-09-01",
        "expires": "2027-08-31",
        "attachments": [D2_ATT],
        "doc_type": "通知（印发办法）",
        "recipients": ["各区县（市）商务主管部门、财政局", "郑州航空港经济综合实验区、郑东新区、郑州经开区、郑州高新区管委会有关部门", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": ["《郑州市中欧班列发展扶持资金管理暂行办法》（郑商发〔2021〕9号）"],
        "issued_text": D2_BANFA,
    }
    d2_note_common = (
        "Joint document (联合行文): the 版头 is a borderless 2×2 table — 郑州市商务局 / 郑州市财政局 stacked (distributed alignment) with ONE 文件 in a vertically merged right cell; "
        "issuer must be BOTH organs (a single “郑州市商务局郑州市财政局” string, or only 商务局, is medium). The 文号 is the lead organ's (郑商发〔2024〕27号). "
        "Title typed as one paragraph with a soft line break after 郑州市商务局　郑州市财政局 (a full-width space between the two organs in the title; title with or without that space is fine, a line break in it is low). "
        "落款: the two organs side by side in a borderless 1×2 table, one date 2024年7月22日 under them — not clauses. 主送 (3 recipients), （此件公开发布）, 版记 (抄送：市人民政府办公厅，市审计局，郑州海关。 / 郑州市商务局办公室 2024年7月24日印发) — furniture. "
        "After the cover notice (1 clause) comes the 办法 itself, NOT labelled 附件: its title (two-line, soft break) is a heading, not a clause; 第一章…第六章 are chapter headings (tolerable as heading clauses); "
        "第X条 are the clauses (label in 黑体, then a full-width space and the text); 第七条 has three （一）（二）（三） items as separate paragraphs — item-per-clause or merged into the article are both tolerable (low); "
        "what matters is that the items are not glued to 第八条 and are labelled under 第七条 (path 第三章 > 第七条). "
        "Cross-reference traps: 第一条 and the cover notice cite 豫政办〔2024〕31号 (document 1's number) and 第十四条 cites 郑商发〔2021〕9号 (a repealed act) — neither is this document's 文号. "
        "effective = 2024-09-01 (第十四条 …自2024年9月1日起施行), NOT the 成文日期 2024-07-22; expires = 2027-08-31 is derived from 有效期3年 (null is medium: the analyst must compute it; 2027-09-01 is tolerable, low). "
        "附件说明 附件：郑州市“一带一路”国际物流通道建设扶持标准一览表 (→ attachments). The 附件 sits in an A4 LANDSCAPE section: label 附件, table title (furniture), a 7-column table with a repeated header row; "
        "扶持类别 “中欧班列（中豫号）” is ONE cell vertically merged over rows 1–2 — row 2 must still carry 扶持类别：中欧班列（中豫号） (blank is medium). Rows as clauses (列名：值); the note 注：同一企业… is a clause. "
        "The 版记 is alone on a final PORTRAIT page after the landscape page (after 17 empty paragraphs)."
    )
    d2 = {
        "meta": dict(d2_meta, compilation_pages=list(ranges[1]), printed_page_numbers="— 1 — … — %d —" % counts[1]),
        "clauses": d2_clauses(),
        "applies_to": {
            "default": "河南省郑州市",
            "specific": d2_specific,
            "note": "共建“一带一路”国家 (海外仓 row) does not place a clause abroad; 郑州海关 (抄送) and 市交通运输局 are organs; 青岛港/连云港港 are destinations, not where the rule applies.",
        },
        "_note": (
            "Pages %d–%d of the merged PDF (physical), printed — 1 — to — %d —; merged page(s) %s are A4 LANDSCAPE (the 附件 table); the last page (版记 only) is portrait again. "
            % (ranges[1][0], ranges[1][1], counts[1], ", ".join(str(x) for x in land)) + d2_note_common
            + " Compilation traps: a reader that splits the merged file by 版头/文号 must start this document at the joint 版头 on page %d, and must not end document 1 before its 版记 nor start a new document at the 办法 title or at the landscape 附件 page." % ranges[1][0]
        ),
        "_pdf": {
            "file": "blind148_huibian.pdf",
            "pages": list(ranges[1]),
            "landscape_pages": land,
            "bookmark": D2_TITLE,
            "note": "In the PDF the joint 版头 is two text lines (郑州市商务局 / 郑州市财政局) with 文件 on the right between them: text extraction may give 郑州市商务局 文件 郑州市财政局 — furniture either way. The table on the landscape page keeps the merged 扶持类别 cell drawn once, centred over rows 1–2 (its text belongs to both).",
        },
    }
    d3 = {
        "meta": {
            "title": D3_TITLE,
            "doc_number": D3_NUM,
            "issuer": [D3_ISSUER],
            "date": "2024-08-26",
            "published": "2024-08-27",
            "level": "municipal",
            "region": "河南省开封市（中国（河南）自由贸易试验区开封片区）",
            "effective": None,
            "expires": None,
            "attachments": D3_ATTS,
            "doc_type": "通知",
            "recipients": ["片区各部门", "各有关企业"],
            "publicity": "此件公开发布",
            "deadline": "2024-09-30",
            "compilation_pages": list(ranges[2]),
            "printed_page_numbers": "— 1 — … — %d —" % counts[2],
        },
        "clauses": d3_clauses(),
        "applies_to": {
            "default": "中国（河南）自由贸易试验区开封片区（河南省开封市）",
            "specific": {
                "一、（三）": "开封综合保税区",
            },
            "note": "共建“一带一路”国家 does not place a clause abroad. level county is tolerable (low); region 河南省 alone is too broad (low).",
        },
        "_note": (
            "Pages %d–%d of the merged PDF (physical), printed — 1 — to — %d —. Furniture: two-line red 版头 (中国（河南）自由贸易试验区 / 开封片区管理委员会文件); 文号; "
            "title in ONE paragraph with three soft breaks (中国（河南）自由贸易试验区开封片区 / 管理委员会关于组织申报2024年度 / 开封片区文化贸易和服务贸易创新发展 / 扶持项目的通知) — the first break falls inside the organ name (…开封片区 / 管理委员会): the joined title must carry no space or newline there; "
            "主送; 附件说明 (附件：1．… / 2．… → 2 attachments without “1．/2．”); 落款 + 2024年8月26日; （此件公开发布）; labels 附件1 / 附件2; the form title (two centred lines) and 承诺书 title; "
            "the line 申报单位（盖章）：…填报日期：　年　月　日 above the form; the signature block 承诺企业（盖章）：/ 法定代表人（签字）：/ 年　月　日; 版记 (抄送… / 开封片区管理委员会党政办公室 2024年8月27日印发). "
            "一、…五、 are 黑体 headings alone (三、支持标准 and 五、其他事项 are followed by plain paragraphs which are clauses). 二、申报条件's 1./2./3. are plain paragraphs (clause each). "
            "附件1 is a blank FORM (4 columns, label/blank pairs, rows 3/5/6/7 with the value cell spanning 3 columns): its rows may be clauses in any sensible form (label-only text, label：value) — the representation is taste; "
            "what matters is that the 申报类别 options and the 进出口额 labels are readable and that the form is not glued to the 落款 or to 附件2. The note 注：金额保留两位小数… is a clause. "
            "附件2 承诺书: 本企业郑重承诺： and its 一、二、三、 are clauses whose labels collide with the body's 一、…三、 — they must be under 附件2 (path), not merged with or overwriting the body's 一、支持范围 etc. "
            "date = 2024-08-26 (落款); 2024-08-27 印发; 2024-09-30 is the application deadline; 2024-10-31 the 审核 deadline; 2023-01-01…2024-06-30 the eligible period — none is the date/effective/expires. "
            "Compilation traps: this is the last document; the 汇编 has no back cover. Its first page starts right after document 2's portrait 版记 page; its own 版记 sits alone at the top of the file's last page."
            % (ranges[2][0], ranges[2][1], counts[2])
        ),
        "_pdf": {
            "file": "blind148_huibian.pdf",
            "pages": list(ranges[2]),
            "bookmark": D3_TITLE,
            "note": "The blank form's empty cells have no text; the □ check boxes print as text.",
        },
    }
    kept = {
        "meta": d2_meta,
        "clauses": d2_clauses(),
        "applies_to": d2["applies_to"],
        "_note": "The source Word file of document 2 of the 汇编, kept as is (sections: portrait → landscape 附件 → portrait 版记 page). " + d2_note_common,
        "_pdf": {"note": "No standalone PDF: its LibreOffice PDF is pages %d–%d of blind148_huibian.pdf." % ranges[1]},
    }
    d1["_compilation"] = {
            "file": "blind148_huibian.pdf",
            "total_pages": total,
            "cover": {"page": 1, "title": HB_TITLE, "series": HB_SERIES, "meeting": HB_MEETING, "compiler": "河南省商务厅（省自贸办）", "month": "2024-09"},
            "toc": {"page": 2, "entries": [{"title": t, "doc_number": n, "pages": [a, b]} for (s, t, n), (a, b) in zip(DOCS, ranges)]},
            "bookmarks": [t for s, t, n in DOCS],
            "pdf_title_metadata": HB_TITLE,
            "note": "cover + 目录 are furniture: no document, no clauses. The PDF /Title is the 汇编 title, not any document's. Every document restarts its printed page numbers at — 1 —; the 目录 ranges are physical pages of the merged file.",
        }
    return {
        "blind148_huibian": [d1, d2, d3],
        "blind148_zhengzhou_banfa": [kept],
    }


if __name__ == "__main__":
    main()
