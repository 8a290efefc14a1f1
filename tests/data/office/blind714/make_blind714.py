# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 714: a 复函 to a company's inquiry and the 咨询函 itself."""
import json
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
FW = "\u3000"  # full-width space


# ---------------------------------------------------------------- helpers
def set_font(run, east, size=16, bold=False, color=None, ascii_font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font or ("Times New Roman" if east in (FS, KT, SONG) else east)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first=None, left=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32, line=26, size=16, left=None):
    """parts: list of (text, font, bold) ; text may contain '\n' = soft line break"""
    p = doc.add_paragraph()
    fmt(p, align=align, first=first, line=line, left=left)
    for text, font, bold in parts:
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            r = p.add_run(ch)
            set_font(r, font, size=size, bold=bold)
            if i < len(chunks) - 1:
                r.add_break()
    return p


def empty(doc, line=26):
    p = doc.add_paragraph()
    fmt(p, line=line)
    return p


def bottom_border(p, val="single", sz=12, color="FF0000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), val)
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def page_number_footer(doc, font=SONG):
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, font, size=14)
    r = p.add_run()
    set_font(r, font, size=14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, font, size=14)


def table_borders(table, spec):
    """spec: dict edge->(val, sz)"""
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        val, sz = spec.get(edge, ("nil", 0))
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, line=20):
    p = cell.paragraphs[0]
    fmt(p, align=align, first=0, line=line)
    chunks = text.split("\n")
    for i, ch in enumerate(chunks):
        r = p.add_run(ch)
        set_font(r, font, size=size, bold=bold)
        if i < len(chunks) - 1:
            r.add_break()


def add_decimal_numbering(doc):
    """Word auto numbering '1.' with no tab after the number; returns numId."""
    numbering = doc.part.numbering_part.element
    abstract_id = "71"
    num_id = "71"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abstract_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), SONG)
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), num_id)
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), abstract_id)
    num.append(ani)
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


# ====================================================================
# Document 1: 宁波市商务局复函
# ====================================================================
FUHAN_TITLE_1 = "宁波市商务局关于宁波优选汇跨境电子商务"
FUHAN_TITLE_1B = "有限公司咨询跨境电商零售进口政策"
FUHAN_TITLE_2 = "有关问题的复函"
COMPANY = "宁波优选汇跨境电子商务有限公司"
INQ_TITLE = "关于跨境电商零售进口业务有关政策问题的咨询函"

F_INTRO = "你公司《关于跨境电商零售进口业务有关政策问题的咨询函》收悉。经研究，现函复如下："
F_H1 = "一、关于“网购保税+线下自提”业务问题"
F_P1A = ("根据《商务部 发展改革委 财政部 海关总署 税务总局 市场监管总局关于完善跨境电子商务零售进口监管有关工作的通知》"
         "（商财发〔2018〕486号）和《商务部 发展改革委 财政部 海关总署 税务总局 市场监管总局关于扩大跨境电商零售进口试点、"
         "严格落实监管要求的通知》（商财发〔2021〕39号）有关规定，跨境电商零售进口商品按个人自用进境物品监管，"
         "原则上不允许网购保税进口商品在海关特殊监管区域外开展“网购保税+线下自提”模式。")
F_P1B = ("你公司拟在市区商业综合体内设立线下体验店，由消费者在店内下单后从综合保税区内保税仓库调拨商品至体验店现场提货的做法，"
         "不符合上述规定，请勿开展。该业务模式不属于需向商务部门备案或审批的事项，我局不予办理相关备案或批准手续。")
F_P1C = ("如需拓展线下渠道，你公司可在宁波梅山综合保税区内依规设置商品展示体验区域，消费者体验后通过跨境电商平台下单，"
         "商品按规定申报出区并配送至消费者；也可在区外设立展示门店开展样品展示，展示样品应当按一般贸易方式办理进口手续并依法缴纳税款，"
         "不得在门店直接向消费者交付网购保税进口商品。具体海关监管要求，建议你公司事先与宁波海关所属梅山海关沟通确认。")
F_H2_HEAD = "二、关于退货及超限值订单的处理。"
F_H2_TEXT = ("消费者购买的跨境电商零售进口商品属于个人自用的最终商品，不得进入国内市场再次销售。"
             "对你公司所询退货及超限值订单问题，答复如下：")
F_21_HEAD = "（一）退货商品处理。"
F_21_TEXT = ("根据《海关总署关于跨境电子商务零售进出口商品有关监管事宜的公告》（海关总署公告2018年第194号）有关规定，"
             "在跨境电商零售进口模式下，允许跨境电子商务企业境内代理人或其委托的报关企业申请退货，退回的商品应当符合二次销售要求，"
             "并在海关放行之日起30日内以原状运抵原监管作业场所，相应税款不予征收，并调整个人年度交易累计金额。"
             "符合上述条件的退货商品可按规定重新入区，并再次按跨境电商零售进口方式销售；不符合二次销售要求或超过退货时限的，"
             "不得按跨境电商零售进口退货办理。")
F_21B = ("目前，宁波梅山综合保税区已设立跨境电商零售进口退货中心仓，你公司可按照海关有关规定申请使用退货中心仓模式，"
         "在区内对退货商品进行分拣、查验和处置，以提高退货效率。")
F_22_HEAD = "（二）超限值订单处理。"
F_22_TEXT = ("按照《财政部 海关总署 税务总局关于完善跨境电子商务零售进口税收政策的通知》（财关税〔2018〕49号）规定，"
             "跨境电子商务零售进口商品的单次交易限值为人民币5000元，个人年度交易限值为人民币26000元。"
             "完税价格超过5000元单次交易限值但低于26000元年度交易限值，且订单下仅一件商品时，可以自跨境电商零售渠道进口，"
             "按照货物税率全额征收关税和进口环节增值税、消费税，交易额计入年度交易总额；年度交易总额超过年度交易限值的，"
             "应按一般贸易管理。你公司应在订单环节做好个人年度交易额校验，对超出年度交易限值的订单不得以跨境电商零售进口方式申报，"
             "也不得拆分订单或使用他人身份信息规避限值。消费者确需购买的，应由具备相应资质的进口企业按一般贸易方式办理进口手续。")
F_H3_HEAD = "三、关于市级扶持政策。"
F_H3_TEXT = ("根据《宁波市人民政府办公厅关于推动跨境电子商务高质量发展的若干意见》（甬政办发〔2025〕21号，以下简称《若干意见》）"
             "和《宁波市商务促进专项资金管理办法》有关规定，现将与你公司咨询事项相关的支持政策答复如下：")
F_31_HEAD = "（一）支持事项。"
F_31_TEXT = "与你公司业务相关的主要支持事项如下表："
F_TABLE_HEAD = ["序号", "支持事项", "支持标准", "申报条件"]
F_TABLE_ROWS = [
    ["1", "跨境电商零售进口规模增长奖励",
     "按年度进口额增量的0.5%给予奖励，单个企业最高不超过100万元",
     "年度跨境电商零售进口额5000万元以上，且同比增长20%以上"],
    ["2", "跨境电商保税仓储设施建设补助",
     "按智能化设备及软件投资额的20%给予补助，单个项目最高不超过200万元",
     "新建或扩建保税仓库面积5000平方米以上，且智能化设备及软件投资额500万元以上"],
    ["3", "退货中心仓运营补助",
     "按实际运营费用的30%给予补助，单个企业最高不超过50万元",
     "在本市海关特殊监管区域内开展退货中心仓业务满一年"],
]
F_32_HEAD = "（二）申报安排。"
F_32_TEXT = "2026年度市级跨境电商专项资金申报工作按以下安排开展："
F_I1 = "1.申报时间。申报工作预计于2026年5月启动，具体以我局届时发布的申报通知为准，逾期不予受理。"
F_I2 = "2.申报渠道。企业通过宁波市惠企政策服务平台（“甬易办”）在线提交申报材料，经所在区（县、市）商务主管部门初审后报我局复核。"
F_I3 = "3.申报材料。主要包括："
F_I3A = "（1）宁波市商务促进专项资金申请表；"
F_I3B = "（2）企业营业执照、海关跨境电子商务企业注册登记证明等资质材料；"
F_I3C = ("（3）经会计师事务所审计的2025年度跨境电商零售进口业务数据及相关佐证材料，申报仓储设施建设补助的，"
         "还应提供项目投资合同、发票及竣工验收材料。")
F_33_HEAD = "（三）有关说明。"
F_33_TEXT = ("你公司2025年度跨境电商零售进口额同比增长约32%，符合规模增长奖励的增长幅度要求；"
             "保税仓库扩建项目是否符合仓储设施建设补助条件，以项目竣工验收情况和申报审核结果为准。"
             "同一项目已获得其他市级财政资金支持的，不得重复申报。")
F_CONTACT = "如有其他问题，请与我局电子商务处联系（联系人：陈晓雯，联系电话：0574-89180372）。"
F_CLOSE = "此复。"


def make_fuhan():
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)

    # 版头: 信函格式 — red organ name, red double line
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=60, before=6)
    r = p.add_run("宁波市商务局")
    set_font(r, XBS, size=42, color=RED)
    bottom_border(p, val="thickThinSmallGap", sz=24, color="FF0000", space=6)

    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, line=28, before=8)
    r = p.add_run("甬商函〔2026〕33号")
    set_font(r, FS, size=16)
    # a stray space typed before the right edge, common in office files
    r = p.add_run(" ")
    set_font(r, FS, size=16)

    empty(doc)
    # title in one paragraph, broken with a soft line break
    para(doc, [(FUHAN_TITLE_1 + "\n" + FUHAN_TITLE_1B + "\n" + FUHAN_TITLE_2, XBS, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=36, size=22)
    empty(doc)

    para(doc, [(COMPANY + "：", FS, False)], align=WD_ALIGN_PARAGRAPH.LEFT, first=0)

    para(doc, [(F_INTRO, FS, False)])
    # own-line heading (typed with two full-width spaces instead of indent)
    para(doc, [(FW * 2 + F_H1, HT, False)], first=0)
    para(doc, [(F_P1A, FS, False)])
    para(doc, [(F_P1B, FS, False)])
    empty(doc)  # stray empty paragraph mid-section
    para(doc, [(FW * 2 + F_P1C, FS, False)], first=0)

    # run-in heading, split across several runs
    para(doc, [("二、", HT, False), ("关于退货及超限值订单的", HT, False), ("处理。", HT, False),
               (F_H2_TEXT, FS, False)])
    para(doc, [(F_21_HEAD, KT, True), (F_21_TEXT, FS, False)])
    para(doc, [(F_21B, FS, False)])
    para(doc, [(F_22_HEAD, KT, True), (F_22_TEXT, FS, False)])

    para(doc, [(F_H3_HEAD, HT, False), (F_H3_TEXT, FS, False)])
    para(doc, [(F_31_HEAD, KT, True), (F_31_TEXT, FS, False)])

    table = doc.add_table(rows=1 + len(F_TABLE_ROWS), cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(3.6), Cm(5.2), Cm(5.5)]
    for i, h in enumerate(F_TABLE_HEAD):
        cell_text(table.rows[0].cells[i], h, font=HT, size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER)
    for ri, row in enumerate(F_TABLE_ROWS, start=1):
        for ci, val in enumerate(row):
            cell_text(table.rows[ri].cells[ci], val, size=10.5,
                      align=WD_ALIGN_PARAGRAPH.CENTER if ci == 0 else WD_ALIGN_PARAGRAPH.LEFT)
    for row in table.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = w

    para(doc, [(F_32_HEAD, KT, True), (F_32_TEXT, FS, False)])
    para(doc, [(F_I1[:2], FS, False), (F_I1[2:7], FS, True), (F_I1[7:], FS, False)])
    para(doc, [(F_I2[:2], FS, False), (F_I2[2:7], FS, True), (F_I2[7:], FS, False)])
    para(doc, [(F_I3[:2], FS, False), (F_I3[2:7], FS, True), (F_I3[7:], FS, False)])
    for t in (F_I3A, F_I3B, F_I3C):
        para(doc, [(FW * 2 + t, FS, False)], first=0)
    para(doc, [(F_33_HEAD, KT, True), (F_33_TEXT, FS, False)])
    para(doc, [(F_CONTACT, FS, False)])
    para(doc, [(F_CLOSE, FS, False)])

    empty(doc)
    empty(doc)
    # 落款: organ and date in one paragraph, soft break, aligned with spaces
    para(doc, [(FW * 17 + "宁波市商务局" + "\n" + FW * 16 + "2026年3月20日", FS, False)],
         align=WD_ALIGN_PARAGRAPH.LEFT, first=0)
    empty(doc)
    para(doc, [("（此件依申请公开）", FS, False)], first=32)

    empty(doc)

    # 版记 as a two-row table with horizontal rules only
    bj = doc.add_table(rows=2, cols=1)
    table_borders(bj, {"top": ("single", 8), "bottom": ("single", 8), "insideH": ("single", 4)})
    cell_text(bj.rows[0].cells[0],
              "抄送：宁波海关，宁波市财政局，国家税务总局宁波市税务局，北仑区商务局，宁波梅山综合保税区管理委员会。",
              size=14, line=24)
    cell_text(bj.rows[1].cells[0], " 宁波市商务局办公室" + FW * 9 + "2026年3月20日印发", size=14, line=24)

    path = OUT / "blind714_ningbo_fuhan.docx"
    doc.save(path)

    clauses = [F_INTRO, F_P1A, F_P1B, F_P1C,
               F_H2_HEAD + F_H2_TEXT,
               F_21_HEAD + F_21_TEXT, F_21B,
               F_22_HEAD + F_22_TEXT,
               F_H3_HEAD + F_H3_TEXT,
               F_31_HEAD + F_31_TEXT]
    for row in F_TABLE_ROWS:
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(F_TABLE_HEAD, row)))
    clauses += [F_32_HEAD + F_32_TEXT, F_I1, F_I2, F_I3, F_I3A, F_I3B, F_I3C,
                F_33_HEAD + F_33_TEXT, F_CONTACT, F_CLOSE]
    meta = {
        "title": FUHAN_TITLE_1 + FUHAN_TITLE_1B + FUHAN_TITLE_2,
        "doc_number": "甬商函〔2026〕33号",
        "issuer": ["宁波市商务局"],
        "date": "2026-03-20",
        "published": None,
        "level": "municipal",
        "region": "宁波市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "函",
        "recipients": [COMPANY],
        "publicity": "此件依申请公开",
        "repeals": None,
    }
    return path, [{"meta": meta, "clauses": clauses}]


# ====================================================================
# Document 2: 公司咨询函
# ====================================================================
Z_P1 = ("我公司成立于2021年6月，注册地位于宁波梅山综合保税区，主要从事跨境电商零售进口（网购保税进口“1210”模式）业务，"
        "经营品类以母婴用品、保健食品和美妆个护为主。2025年度，我公司通过跨境电商零售进口统一版信息化系统申报清单约186万票，"
        "实现交易额约4.7亿元，同比增长约32%。目前，我公司已完成海关跨境电子商务企业注册登记，在梅山综合保税区内租赁保税仓库约1.2万平方米，"
        "并计划于2026年下半年扩建智能化仓储设施。")
Z_P2 = ("随着业务规模扩大和消费需求变化，我公司在拓展线下渠道、处理退货商品以及申报扶持政策等方面遇到一些政策理解上的问题。"
        "为确保业务依法合规开展，现就有关问题向贵局咨询如下：")
Z_Q1_HEAD = "关于“网购保税+线下自提”业务。"
Z_Q1_TEXT = ("我公司拟在宁波市区商业综合体内设立线下体验店，消费者在店内通过跨境电商平台下单后，由我公司从综合保税区内保税仓库"
             "调拨商品至体验店，消费者现场提货。请问该业务模式是否可以开展？如可以开展，是否需要向商务部门备案或取得批准？")
Z_Q2_HEAD = "关于退货及超限值订单的处理。"
Z_Q2_TEXT = "具体问题如下："
Z_Q2A = "（1）消费者签收商品后申请退货的，退货商品能否重新入区并再次销售？退货时限如何计算？"
Z_Q2B = ("（2）部分消费者年度交易额已超过26000元限值，其新提交的订单我公司应如何处理？"
         "能否由我公司代为按一般贸易方式办理进口手续？")
Z_Q3_HEAD = "关于市级扶持政策。"
Z_Q3_TEXT = ("请问我公司是否符合我市跨境电商相关扶持资金的申报条件？申报时间、申报渠道及所需材料有哪些？"
             "我公司计划扩建的智能化保税仓库能否享受仓储设施建设方面的补助？")
Z_CLOSE = "以上问题，恳请贵局予以研究答复为盼。"
Z_CONTACT = "联系人：王磊（运营总监）；联系电话：0574-86781236、13957412368。"
Z_ATT = ["公司营业执照（复印件）", "2025年度跨境电商零售进口业务开展情况说明"]


def make_zixunhan():
    doc = Document()
    page_setup(doc)
    for s in doc.sections:
        s.top_margin = Cm(2.2)
    num_id = add_decimal_numbering(doc)
    page_number_footer(doc, font=SONG)

    # letterhead: layout table, logo cell + name cell, no borders
    lh = doc.add_table(rows=1, cols=2)
    table_borders(lh, {})
    lh.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = lh.rows[0].cells
    lh.autofit = False
    c0.width = Cm(2.4)
    c1.width = Cm(13.2)
    grid = lh._tbl.tblGrid.findall(qn("w:gridCol"))
    grid[0].set(qn("w:w"), str(int(2.4 / 2.54 * 1440)))
    grid[1].set(qn("w:w"), str(int(13.2 / 2.54 * 1440)))
    cell_text(c0, "YXH\n优选汇", font=HT, size=14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, line=22)
    cell_text(c1, COMPANY, font=XBS, size=20, align=WD_ALIGN_PARAGRAPH.LEFT, line=32)
    p2 = c1.add_paragraph()
    fmt(p2, align=WD_ALIGN_PARAGRAPH.LEFT, first=0, line=16)
    r = p2.add_run("NINGBO YOUXUANHUI CROSS-BORDER E-COMMERCE CO., LTD.")
    set_font(r, SONG, size=9, ascii_font="Arial")
    for rr in (c0.paragraphs[0].runs + c1.paragraphs[0].runs):
        rr.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)

    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=0, line=16, before=4)
    r = p.add_run("地址：宁波市北仑区梅山街道梅山大道288号2幢501室" + FW * 2 + "邮编：315832")
    set_font(r, SONG, size=9)
    r.add_break()
    r = p.add_run("电话：0574-86781234" + FW * 2 + "传真：0574-86781235" + FW * 2 + "邮箱：service@yxh-cbec.com.cn")
    set_font(r, SONG, size=9)
    bottom_border(p, val="single", sz=18, color="C00000", space=4)

    empty(doc)
    # title typed as two separate centered paragraphs
    para(doc, [("关于跨境电商零售进口业务", SONG, True)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=34, size=22)
    para(doc, [("有关政策问题的咨询函", SONG, True)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=34, size=22)
    empty(doc)

    para(doc, [("致：宁波市商务局", FS, True)], align=WD_ALIGN_PARAGRAPH.LEFT, first=0)
    para(doc, [(Z_P1, FS, False)])
    para(doc, [(Z_P2, FS, False)])

    q1 = para(doc, [(Z_Q1_HEAD, FS, True), (Z_Q1_TEXT, FS, False)], first=None)
    set_num(q1, num_id)
    q2 = para(doc, [(Z_Q2_HEAD, FS, True), (Z_Q2_TEXT, FS, False)], first=None)
    set_num(q2, num_id)
    # sub-questions hand-typed, indented with spaces
    para(doc, [(FW * 2 + Z_Q2A, FS, False)], first=0)
    para(doc, [(FW * 2 + Z_Q2B, FS, False)], first=0)
    q3 = para(doc, [(Z_Q3_HEAD, FS, True), (Z_Q3_TEXT, FS, False)], first=None)
    set_num(q3, num_id)

    para(doc, [(Z_CLOSE, FS, False)])
    para(doc, [(Z_CONTACT, FS, False)], align=WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc)

    para(doc, [("附件：1." + Z_ATT[0], FS, False)], first=32)
    para(doc, [(FW * 5 + "2." + Z_ATT[1], FS, False)], first=0)
    empty(doc)

    para(doc, [(FW * 12 + COMPANY, FS, False)], align=WD_ALIGN_PARAGRAPH.LEFT, first=0)
    para(doc, [(FW * 18 + "（公章）", FS, False)], align=WD_ALIGN_PARAGRAPH.LEFT, first=0)
    para(doc, [(FW * 15 + "二〇二六年二月二十六日", FS, False)], align=WD_ALIGN_PARAGRAPH.LEFT, first=0)

    path = OUT / "blind714_ningbo_zixunhan.docx"
    doc.save(path)

    clauses = [Z_P1, Z_P2,
               "1." + Z_Q1_HEAD + Z_Q1_TEXT,
               "2." + Z_Q2_HEAD + Z_Q2_TEXT,
               Z_Q2A, Z_Q2B,
               "3." + Z_Q3_HEAD + Z_Q3_TEXT,
               Z_CLOSE, Z_CONTACT]
    meta = {
        "title": INQ_TITLE,
        "doc_number": None,
        "issuer": [COMPANY],
        "date": "2026-02-26",
        "published": None,
        "level": "municipal",
        "region": "宁波市",
        "effective": None,
        "expires": None,
        "attachments": Z_ATT,
        "doc_type": "函",
        "recipients": ["宁波市商务局"],
        "publicity": None,
        "repeals": None,
    }
    return path, [{"meta": meta, "clauses": clauses}]


def to_pdf(docx_path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_714", "--headless",
                    "--convert-to", "pdf", "--outdir", str(OUT), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for maker in (make_fuhan, make_zixunhan):
        path, docs = maker()
        to_pdf(path)
        expected[path.stem] = docs
    with open(OUT / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
