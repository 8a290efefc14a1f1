# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 450: a PDF bundle (通知 + 实施细则 + 政策解读) as offices send it.

Writes next to itself:
  blind450_chengdu_tongzhi.docx / .pdf
  blind450_chengdu_xize.docx    / .pdf
  blind450_chengdu_jiedu.docx   / .pdf
  blind450_chengdu_bundle.pdf   (the three PDFs merged with pypdf)
  expected.json
"""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

SIZE_2 = Pt(22)   # 二号
SIZE_3 = Pt(16)   # 三号
SIZE_4 = Pt(14)   # 四号


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=SIZE_3, bold=False, color=None):
    run.font.name = name
    run.font.size = size
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt_para(p, align=None, indent=False, line=Pt(28), before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)
    sec.footer_distance = Mm(20)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = SIZE_3
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def add_field(p, instr, font=SONG, size=SIZE_4):
    r1 = p.add_run()
    set_font(r1, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._element.append(fc)
    r2 = p.add_run()
    set_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._element.append(it)
    r3 = p.add_run()
    set_font(r3, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._element.append(fc)
    r4 = p.add_run("1")
    set_font(r4, font, size)
    r5 = p.add_run()
    set_font(r5, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._element.append(fc)


def add_page_number(sec):
    """Footer “— 1 —”, page numbering restarting at 1 in every file."""
    sectpr = sec._sectPr
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), "1")
    sectpr.append(pg)
    footer = sec.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, SONG, SIZE_4)
    add_field(p, "PAGE")
    r = p.add_run(" —")
    set_font(r, SONG, SIZE_4)


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt_para(p)


def para(doc, text, font=FS, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
         size=SIZE_3, bold=False, color=None, lead_spaces=""):
    p = doc.add_paragraph()
    fmt_para(p, align=align, indent=indent)
    r = p.add_run(lead_spaces + text)
    set_font(r, font, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, bold=True, lead_spaces=""):
    """Run-in heading: bold run for the heading, rest in 仿宋."""
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=not lead_spaces)
    if lead_spaces:
        r = p.add_run(lead_spaces)
        set_font(r, FS)
    r = p.add_run(head)
    set_font(r, head_font, SIZE_3, bold)
    r = p.add_run(body)
    set_font(r, FS)
    return p


def red_rule(p, color="FF0000", sz="18"):
    ppr = p._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "4")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def table_borders(table, mode):
    """mode: 'all' (grid), 'none' (layout), 'banji' (top/bottom + inner H)."""
    tbl = table._tbl
    tblpr = tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        on = (mode == "all") or (mode == "banji" and edge in ("top", "bottom", "insideH"))
        if on:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "8" if mode == "all" else "6")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        borders.append(e)
    tblpr.append(borders)


def cell_text(cell, text, font=FS, size=SIZE_4, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              color=None, line=Pt(22)):
    p = cell.paragraphs[0]
    fmt_para(p, align=align, line=line)
    r = p.add_run(text)
    set_font(r, font, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def data_table(doc, header, rows, widths):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "all")
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, font=HT, size=SIZE_4)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, size=SIZE_4,
                      align=WD_ALIGN_PARAGRAPH.CENTER if j == 0 else WD_ALIGN_PARAGRAPH.LEFT)
    fix_widths(t, widths)
    # repeat header row
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trpr.append(th)
    return t


def fix_widths(table, widths_mm, cant_split=True):
    table.autofit = False
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w / 25.4 * 1440)))
    for row in table.rows:
        for j, w in enumerate(widths_mm):
            if j < len(row.cells):
                row.cells[j].width = Mm(w)
        if cant_split:
            trpr = row._tr.get_or_add_trPr()
            trpr.append(OxmlElement("w:cantSplit"))


def table_clauses(header, rows):
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, row)) for row in rows]


# ---- Word automatic numbering (numbering typed by Word, not by hand)
def add_numbering(doc, num_fmt, lvl_text, indent_pt=32):
    """Create an abstractNum + num; return numId.  Number text is not in the runs."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", num_fmt), ("w:suff", "nothing"),
                     ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), str(int(indent_pt * 20)))
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    aref = OxmlElement("w:abstractNumId")
    aref.set(qn("w:val"), str(aid))
    num.append(aref)
    numbering.append(num)
    return nid


def num_para(doc, num_id, text):
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    ppr = p._element.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = Pt(32)
    r = p.add_run(text)
    set_font(r, FS)
    return p


def heading(doc, text, font=HT, align=None, indent=True):
    p = doc.add_paragraph()
    fmt_para(p, align=align, indent=indent)
    r = p.add_run(text)
    set_font(r, font, SIZE_3)
    return p


# ================================================================ content
CITY = "成都市"
ORG_SW = "成都市商务局"
ORG_KA = "成都市口岸与物流办公室"
ORG_CZ = "成都市财政局"
XIZE_TITLE = "成都市促进中欧班列高质量发展实施细则"
OLD_XIZE = "《成都市支持中欧班列（成都）发展若干措施实施细则》（成商务发〔2023〕9号）"

# ---------------------------------------------------------- 1. 通知
TZ_NO = "成商务发〔2026〕21号"
TZ_TITLE_L1 = "成都市商务局 成都市口岸与物流办公室 成都市财政局"
TZ_TITLE_L2 = "关于印发《%s》的通知" % XIZE_TITLE
TZ_RECIP = ["各区（市）县商务主管部门", "成都国际铁路港经济技术开发区管委会",
            "市级有关部门", "有关企业"]

TZ_INTRO = ("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，推动中欧班列（成都）提质增效，"
            "加快建设国际门户枢纽城市，根据《四川省推进中欧班列高质量发展实施方案》等文件精神，市商务局、"
            "市口岸物流办、市财政局联合制定了《成都市促进中欧班列高质量发展实施细则》，现印发给你们，"
            "并就有关事项通知如下。")
TZ_ITEMS = [
    ("runin", "一、提高思想认识。",
     "中欧班列是共建“一带一路”的标志性成果，是我市构建“四向拓展、全域开放”立体全面开放格局的重要支撑。"
     "各区（市）县、各有关部门要充分认识推动中欧班列高质量发展的重要意义，将其纳入本地区本部门年度重点工作，"
     "切实抓好细则落地。"),
    ("runin", "二、明确职责分工。", "各单位要按照职责分工，密切协作配合，形成工作合力。"),
    ("plain", "（一）市商务局负责牵头组织专项资金项目申报、审核和绩效评价，会同有关部门研究解决细则实施中的重大问题。"),
    ("plain", "（二）市口岸物流办负责班列开行计划统筹、通道线路拓展和口岸通关便利化工作，按季度提供班列开行数据。"),
    ("plain", "（三）市财政局负责专项资金预算安排和拨付，加强资金使用监督管理。"),
    ("plain", "（四）成都国际铁路港经济技术开发区管委会负责辖区内企业的申报初审和现场核查，做好政策宣传解读。"),
    ("runin", "三、规范资金管理。",
     "各区（市）县商务主管部门要严格按照细则规定的条件和程序组织申报，对申报材料的真实性、完整性进行审核，"
     "不得擅自扩大支持范围、提高支持标准。对弄虚作假骗取专项资金的，依法依规严肃处理。"),
    ("runin", "四、加强跟踪评估。",
     "各单位要及时总结细则执行情况，于每年7月15日和次年1月15日前分别将半年度、年度实施情况报送市商务局。"
     "执行中遇到的问题，请及时与市商务局对外贸易处联系。"),
    ("plain", "联系人：市商务局对外贸易处　王晓蓉，028-61882345；市口岸物流办通道建设处　李　军，028-61883176。"),
]


def build_tongzhi(path):
    doc = new_doc()
    # ---- 版头: joint header as a layout table, “文件” in a merged cell
    t = doc.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "none")
    for i, org in enumerate([ORG_SW, ORG_KA, ORG_CZ]):
        cell_text(t.rows[i].cells[0], org, font=XBS, size=Pt(24), color=RED,
                  align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=Pt(38))
    fix_widths(t, [118, 38], cant_split=False)
    m = t.cell(0, 1).merge(t.cell(2, 1))
    cell_text(m, "文件", font=XBS, size=Pt(42), color=RED, line=Pt(50))
    empty(doc, 1)
    p = para(doc, TZ_NO, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(p)
    empty(doc, 1)
    # ---- 标题 with a soft line break
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    r = p.add_run(TZ_TITLE_L1.rsplit(" ", 1)[0])
    set_font(r, XBS, SIZE_2)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run(TZ_TITLE_L1.rsplit(" ", 1)[1] + TZ_TITLE_L2[:10])
    set_font(r, XBS, SIZE_2)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run(TZ_TITLE_L2[10:])
    set_font(r, XBS, SIZE_2)
    empty(doc, 1)
    # ---- 主送
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    r = p.add_run("各区（市）县商务主管部门，成都国际铁路港经济技术开发区管委会，市级有关部门，有关企业：")
    set_font(r, FS)
    # ---- 正文, indentation typed as two full-width spaces (no first-line indent)
    clauses = []
    para(doc, TZ_INTRO, indent=False, lead_spaces="　　")
    clauses.append(TZ_INTRO)
    for it in TZ_ITEMS:
        if it[0] == "runin":
            runin(doc, it[1], it[2], head_font=HT, bold=False, lead_spaces="　　")
            clauses.append(it[1] + it[2])
        else:
            para(doc, it[1], indent=False, lead_spaces="　　")
            clauses.append(it[1])
    empty(doc, 1)
    # ---- 附件 line, aligned with manual spaces
    para(doc, "附件：" + XIZE_TITLE, indent=False, lead_spaces="　　")
    empty(doc, 3)
    # ---- 落款: three organs in a borderless layout table (for the seals)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "none")
    fix_widths(t, [70, 86], cant_split=False)
    cell_text(t.cell(0, 0), ORG_SW, size=SIZE_3)
    cell_text(t.cell(0, 1), ORG_KA, size=SIZE_3)
    cell_text(t.cell(1, 0), "", size=SIZE_3)
    cell_text(t.cell(1, 1), ORG_CZ, size=SIZE_3)
    empty(doc, 1)
    para(doc, "2026年3月16日", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT,
         lead_spaces="　" * 17)
    empty(doc, 1)
    para(doc, "（此件公开发布）", indent=False, lead_spaces="　　")
    empty(doc, 1)
    # ---- 版记 as a table with horizontal rules
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "banji")
    cell_text(t.cell(0, 0), "抄送：市政府办公厅，四川省商务厅，中国国家铁路集团有限公司成都局集团有限公司。",
              size=SIZE_4, align=WD_ALIGN_PARAGRAPH.LEFT, line=Pt(26))
    cell_text(t.cell(1, 0), "成都市商务局办公室" + "　" * 9 + "2026年3月17日印发",
              size=SIZE_4, align=WD_ALIGN_PARAGRAPH.LEFT, line=Pt(26))
    fix_widths(t, [156])
    doc.save(path)
    meta = {
        "title": TZ_TITLE_L1 + TZ_TITLE_L2,
        "doc_number": TZ_NO,
        "issuer": [ORG_SW, ORG_KA, ORG_CZ],
        "date": "2026-03-16",
        "published": None,
        "level": "municipal",
        "region": CITY,
        "effective": None,
        "expires": None,
        "attachments": [XIZE_TITLE],
        "doc_type": "通知",
        "recipients": TZ_RECIP,
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return {"meta": meta, "clauses": clauses}


# ---------------------------------------------------------- 2. 实施细则
XZ = [
    ("chapter", "第一章　总　则"),
    ("art", "第一条", "为推动中欧班列（成都）高质量发展，巩固提升成都国际铁路港枢纽功能，服务高质量共建“一带一路”，"
     "根据《中华人民共和国预算法》《四川省推进中欧班列高质量发展实施方案》等有关规定，结合我市实际，制定本细则。"),
    ("art", "第二条", "本细则所称中欧班列（成都），是指由本市平台公司组织开行、以成都国际铁路港为始发或到达站点，"
     "往来于中国与欧洲、中亚及“一带一路”沿线国家和地区之间的集装箱国际铁路联运班列，包括中欧班列、中亚班列及"
     "经由中欧班列通道开行的铁海联运、公铁联运班列。"),
    ("art", "第三条", "市级财政每年在商务发展专项资金中统筹安排资金，用于支持中欧班列（成都）提质增效。专项资金的使用"
     "遵循公开透明、突出重点、绩效导向、总额控制的原则，年度支持总额以当年预算为限。"),
    ("chapter", "第二章　支持内容"),
    ("art", "第四条", "支持班列稳定开行。对平台公司开行的中欧班列（成都），按照去程、回程分别给予支持，具体标准如下："),
    ("item", "（一）对开行西向中欧班列的，按标准箱（TEU）给予每箱最高1500元支持；"),
    ("item", "（二）对开行回程班列且重箱率达到80%以上的，按标准箱给予每箱最高2000元支持；"),
    ("item", "（三）对新开通至“一带一路”沿线国家的定期直达线路，连续稳定运行6个月以上、累计开行不少于24列的，"
     "给予一次性50万元支持。"),
    ("art", "第五条", "支持回程货源组织。鼓励企业利用中欧班列（成都）进口汽车整车、肉类、粮食、木材等商品，对年度通过"
     "回程班列进口货值达到5000万元以上的企业，按照进口货值的0.5%给予支持，单个企业每年最高不超过200万元。"),
    ("art", "第六条", "支持“班列+跨境电商”发展。对利用中欧班列（成都）开展跨境电商B2B出口（9710、9810监管方式）的"
     "企业，按照实际发运标准箱给予每箱800元支持，单个企业每年最高不超过100万元。"),
    ("art", "第七条", "支持“班列+综合保税区”联动。对在成都国际铁路港综合保税区开展保税物流、保税维修、保税展示交易等"
     "业务并通过中欧班列（成都）运输的企业，按照年度进出区货值给予分档支持，具体标准见下表。"),
    ("table", ["档次", "年度进出区货值", "支持金额"],
     [["第一档", "1亿元（含）至5亿元", "30万元"],
      ["第二档", "5亿元（含）至10亿元", "60万元"],
      ["第三档", "10亿元（含）以上", "100万元"]], [30, 80, 46]),
    ("art", "第八条", "支持境外节点建设。对在“一带一路”沿线国家和地区新建或租赁海外仓、集结分拨中心，面积在3000平方米"
     "以上且服务中欧班列（成都）货物的企业，按照实际投资额或首年租金的20%给予一次性支持，单个项目最高不超过150万元。"),
    ("art", "第九条", "支持通关便利化和数字化建设。推广“铁路快通”“两段准入”等监管模式，支持平台公司建设中欧班列（成都）"
     "数字化服务平台，实现订舱、报关、物流跟踪等“一站式”服务。对数字化平台建设项目，按照项目实际投资额的30%给予支持，"
     "最高不超过300万元。"),
    ("chapter", "第三章　申报与审核"),
    ("art", "第十条", "申请本细则支持的企业应当同时符合下列条件："),
    ("autoitem", "（一）", "在成都市依法注册登记，具有独立法人资格；"),
    ("autoitem", "（二）", "近三年内未被列入严重失信主体名单；"),
    ("autoitem", "（三）", "申报项目真实、合法，相关费用已实际支付；"),
    ("autoitem", "（四）", "未就同一事项重复享受市级其他财政资金支持。"),
    ("art", "第十一条", "专项资金原则上每年集中申报一次，由市商务局会同市口岸物流办发布申报通知。企业向注册地区（市）县"
     "商务主管部门提交申报材料，区（市）县商务主管部门会同同级财政部门进行初审后报送市商务局。"),
    ("art", "第十二条", "市商务局会同市口岸物流办组织第三方机构开展专项审计，提出资金分配建议，经市商务局党组会议审定后"
     "在市商务局门户网站公示5个工作日。公示无异议的，由市财政局按程序拨付资金。"),
    ("chapter", "第四章　监督管理"),
    ("art", "第十三条", "获得支持的企业应当按照有关规定使用资金，自觉接受财政、审计等部门的监督检查。市商务局会同市财政局"
     "对专项资金使用情况开展绩效评价，评价结果作为以后年度资金安排的重要依据。"),
    ("art", "第十四条", "企业以虚报、冒领、伪造材料等手段骗取专项资金的，由市财政局依法追回已拨付资金，三年内取消其申报资格，"
     "并纳入公共信用信息系统；涉嫌犯罪的，移送司法机关依法处理。"),
    ("chapter", "第五章　附　则"),
    ("art", "第十五条", "本细则由市商务局、市口岸物流办、市财政局按照职责分工负责解释。"),
    ("art", "第十六条", "本细则自2026年4月1日起施行，有效期至2028年12月31日。" + OLD_XIZE + "同时废止。"),
]


def build_xize(path):
    doc = new_doc()
    p = para(doc, "附件", font=HT, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    set_font(p.add_run(XIZE_TITLE), XBS, SIZE_2)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_font(p.add_run("（2026年3月16日　成都市商务局　成都市口岸与物流办公室　成都市财政局印发）"), KT, SIZE_3)
    empty(doc, 1)
    num_id = add_numbering(doc, "chineseCounting", "（%1）")
    clauses = []
    for blk in XZ:
        kind = blk[0]
        if kind == "chapter":
            empty(doc, 1)
            heading(doc, blk[1], font=HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
            empty(doc, 1)
        elif kind == "art":
            runin(doc, blk[1], "　" + blk[2], head_font=HT, bold=False)
            clauses.append(blk[1] + "　" + blk[2])
        elif kind == "item":
            para(doc, blk[1])
            clauses.append(blk[1])
        elif kind == "autoitem":
            num_para(doc, num_id, blk[2])
            clauses.append(blk[1] + blk[2])
        elif kind == "table":
            data_table(doc, blk[1], blk[2], blk[3])
            clauses.extend(table_clauses(blk[1], blk[2]))
    doc.save(path)
    meta = {
        "title": XIZE_TITLE,
        "doc_number": None,
        "issuer": [ORG_SW, ORG_KA, ORG_CZ],
        "date": "2026-03-16",
        "published": None,
        "level": "municipal",
        "region": CITY,
        "effective": "2026-04-01",
        "expires": "2028-12-31",
        "attachments": [],
        "doc_type": "细则",
        "recipients": [],
        "publicity": None,
        "repeals": OLD_XIZE,
    }
    return {"meta": meta, "clauses": clauses}


# ---------------------------------------------------------- 3. 政策解读
JD_TITLE = "《%s》政策解读" % XIZE_TITLE
JD = [
    ("h", "一、起草背景"),
    ("p", "中欧班列（成都）自2013年4月首发以来，累计开行超过3万列，已形成以成都为核心，西至欧洲、北至中亚、南至东盟的"
     "国际班列网络。2023年，市商务局等部门印发了《成都市支持中欧班列（成都）发展若干措施实施细则》，对推动班列规模化"
     "开行发挥了重要作用。"),
    ("p", "当前，中欧班列发展面临运价下行、回程货源不足、境外节点支撑不强等问题，原有政策侧重开行数量补贴，与高质量发展"
     "要求不相适应。为此，市商务局会同市口岸物流办、市财政局对原政策进行了修订，形成了《成都市促进中欧班列高质量发展"
     "实施细则》（以下简称《细则》）。"),
    ("h", "二、起草依据"),
    ("auto", "1.", "《中华人民共和国预算法》；"),
    ("auto", "2.", "《四川省推进中欧班列高质量发展实施方案》；"),
    ("auto", "3.", "《成都市市级商务发展专项资金管理办法》。"),
    ("h", "三、主要内容"),
    ("p", "《细则》共五章十六条，主要包括以下内容："),
    ("r", "（一）明确适用范围。", "《细则》将中亚班列以及经由中欧班列通道开行的铁海联运、公铁联运班列纳入支持范围，"
     "进一步拓展了政策覆盖面。"),
    ("r", "（二）优化开行支持方式。", "由原来按列补贴调整为按标准箱补贴，并对回程重箱率达到80%以上的班列给予更高标准支持，"
     "引导平台公司提升运营质量。"),
    ("r", "（三）突出产业带动。", "新增“班列+跨境电商”“班列+综合保税区”联动支持条款，推动班列通道优势转化为产业发展优势。"),
    ("r", "（四）强化境外节点和数字化建设。", "对海外仓、集结分拨中心建设和数字化服务平台建设给予支持，提升班列综合服务能力。"),
    ("h", "四、新旧政策主要变化"),
    ("p", "与原政策相比，《细则》主要支持标准变化如下："),
    ("table", ["支持事项", "原政策", "《细则》"],
     [["去程班列", "每列最高8万元", "每标准箱最高1500元"],
      ["回程班列", "每列最高10万元", "重箱率80%以上的每标准箱最高2000元"],
      ["跨境电商出口", "无", "每标准箱800元，单个企业每年最高100万元"],
      ["综合保税区联动", "无", "按年度进出区货值分档支持，最高100万元"]], [36, 44, 76]),
    ("h", "五、实施时间"),
    ("p", "《细则》自2026年4月1日起施行，有效期至2028年12月31日。原《成都市支持中欧班列（成都）发展若干措施实施细则》"
     "同时废止。2026年度专项资金申报工作另行通知。"),
]


def build_jiedu(path):
    doc = new_doc()
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    # title typed in two runs, the book-title part and “政策解读”, soft break between
    r = p.add_run("《" + XIZE_TITLE + "》")
    set_font(r, XBS, SIZE_2)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("政策解读"), XBS, SIZE_2)
    empty(doc, 1)
    num_id = add_numbering(doc, "decimal", "%1.")
    clauses = []
    for blk in JD:
        kind = blk[0]
        if kind == "h":
            heading(doc, blk[1], font=HT)
        elif kind == "p":
            para(doc, blk[1])
            clauses.append(blk[1])
        elif kind == "r":
            runin(doc, blk[1], blk[2], head_font=KT, bold=True)
            clauses.append(blk[1] + blk[2])
        elif kind == "auto":
            num_para(doc, num_id, blk[2])
            clauses.append(blk[1] + blk[2])
        elif kind == "table":
            data_table(doc, blk[1], blk[2], blk[3])
            clauses.extend(table_clauses(blk[1], blk[2]))
    empty(doc, 2)
    para(doc, ORG_SW, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, lead_spaces="")
    para(doc, "2026年3月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.save(path)
    meta = {
        "title": JD_TITLE,
        "doc_number": None,
        "issuer": [ORG_SW],
        "date": "2026-03-20",
        "published": None,
        "level": "municipal",
        "region": CITY,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "政策解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return {"meta": meta, "clauses": clauses}


# ================================================================ main
def to_pdf(docx_path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_450", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(docx_path)[0] + ".pdf"
    if not os.path.exists(pdf):
        raise RuntimeError("conversion failed: " + docx_path)
    return pdf


def main():
    from pypdf import PdfWriter, PdfReader

    parts = [
        ("blind450_chengdu_tongzhi", build_tongzhi),
        ("blind450_chengdu_xize", build_xize),
        ("blind450_chengdu_jiedu", build_jiedu),
    ]
    expected = {}
    pdfs = []
    for stem, fn in parts:
        path = os.path.join(HERE, stem + ".docx")
        expected[stem] = [fn(path)]
        pdfs.append(to_pdf(path))

    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(PdfReader(pdf))
    bundle = os.path.join(HERE, "blind450_chengdu_bundle.pdf")
    with open(bundle, "wb") as f:
        writer.write(f)
    expected["blind450_chengdu_bundle"] = [copy.deepcopy(expected[s][0]) for s, _ in parts]

    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
