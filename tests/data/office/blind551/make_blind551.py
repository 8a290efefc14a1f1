# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 551: 商务局 答复函 on 人大代表建议 (跨境电商 / 自贸区), two replies per Word file."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
SOFT = "\u000b"  # marker for a manual (soft) line break inside a paragraph

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
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


def fmt(p, align=None, first=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align


def add_text(p, text, font, size, bold=False, color=None):
    """add text; SOFT markers become manual line breaks"""
    parts = text.split(SOFT)
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def border(p, side, color="FF0000", sz=12, val="single"):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc
        anchor = None
        for tag in ("w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc"):
            anchor = ppr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(pbdr)
        else:
            ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), val)
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, first=False)


class Reply:
    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    # a body paragraph that is a clause
    def para(self, text, lead=None, lead_font=FS, lead_bold=True):
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        full = text
        if lead:
            add_text(p, lead, lead_font, 16, bold=lead_bold)
            full = lead + text
        add_text(p, text, FS, 16)
        self.clauses.append(full.replace(SOFT, ""))
        return p

    # a heading on a line of its own (not a clause)
    def heading(self, text, font=HT):
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        add_text(p, text, font, 16)
        return p

    # an automatically numbered item (Word numbering); rendered text = "N." + text
    def numbered(self, num_id, n, lead, text):
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=False)
        ppr = p._p.get_or_add_pPr()
        numpr = ppr.get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = num_id
        p.paragraph_format.first_line_indent = Pt(32)
        add_text(p, lead, FS, 16, bold=True)
        add_text(p, text, FS, 16)
        self.clauses.append("%d.%s%s" % (n, lead, text))

    def table(self, header, rows, widths=None):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            c = t.cell(0, i)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_text(c.paragraphs[0], h, HT, 12)
        for r, row in enumerate(rows, start=1):
            for i, v in enumerate(row):
                c = t.cell(r, i)
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_text(c.paragraphs[0], v, FS, 12)
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        if widths:
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
        return t


def add_abstract_num(doc, num_id):
    """decimal "%1." list with no tab after the number, its own num so it restarts at 1"""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(num_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
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
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(num_id))
    num.append(an)
    numbering.append(num)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    # page number footer "— 1 —"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
        if kind == "instr":
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
        elif kind == "t":
            e = OxmlElement("w:t")
            e.text = txt
        else:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        r._element.append(e)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)
    return doc


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def class_mark(doc, text):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=False)
    add_text(p, text, HT, 16)


def red_header(doc, organ, size=30):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=False, line=48, before=12)
    add_text(p, organ, XBS, size, color=RED)


def red_line_para(doc, text="", align=WD_ALIGN_PARAGRAPH.CENTER):
    p = doc.add_paragraph()
    fmt(p, align=align, first=False, after=10)
    if text:
        add_text(p, text, FS, 16)
    border(p, "bottom", "FF0000", 18, "thickThinSmallGap")
    return p


def title(doc, lines):
    empty(doc)
    for ln in lines:
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=False, line=36)
        add_text(p, ln, XBS, 22)
    empty(doc)


def salutation(doc, text):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=False)
    add_text(p, text, FS, 16)


def signoff_spaces(doc, organ, date):
    empty(doc, 2)
    for t in (organ, date):
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=False)
        add_text(p, t, FS, 16)


def plain_left(doc, text, indent=True, font=FS, size=16):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=indent)
    add_text(p, text, font, size)
    return p


def banji(doc, chaosong):
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    add_text(p, chaosong, FS, 14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 8)


def meta(title_, number, issuer, date, region, recipients, publicity, attachments):
    return {
        "title": title_,
        "doc_number": number,
        "issuer": issuer,
        "date": date,
        "published": None,
        "level": "municipal",
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": attachments,
        "doc_type": "答复",
        "recipients": recipients,
        "publicity": publicity,
        "repeals": None,
    }


# ================================================================ 宁波
def build_ningbo():
    doc = new_doc()
    add_abstract_num(doc, 91)
    out = []

    # ---------------- reply 1 (A类)
    class_mark(doc, "A类")
    red_header(doc, "宁波市商务局")
    red_line_para(doc, "甬商建〔2026〕31号" + " " * 22 + "签发人：陈卫东",
                  align=WD_ALIGN_PARAGRAPH.LEFT)
    title(doc, ["宁波市商务局关于市十七届人大四次会议", "第86号建议的答复"])
    salutation(doc, "尊敬的王海燕代表：")
    R = Reply(doc)
    R.para("您提出的《关于加快推进我市跨境电商高质量发展的建议》（第86号）收悉。我局高度重视，会同宁波海关、市发展改革委、市财政局、市邮政管理局等单位进行了认真研究，并于2026年5月14日赴宁波前湾新区与您进行了面商座谈。现将办理情况答复如下：")
    R.heading("一、我市跨境电商发展基本情况")
    R.para("2025年，全市实现跨境电商进出口额2318.6亿元，同比增长17.4%，其中出口1986.2亿元、进口332.4亿元。中国（宁波）跨境电子商务综合试验区在商务部组织的综试区年度评估中连续三年位列第一档。截至2025年底，全市累计备案跨境电商企业6800余家，建成公共海外仓126个，海外仓面积超过380万平方米。主要指标完成情况见下表：")
    R.table(["指标", "2024年", "2025年", "同比增长"], [
        ["跨境电商进出口额（亿元）", "1975.1", "2318.6", "17.4%"],
        ["其中：出口额（亿元）", "1702.3", "1986.2", "16.7%"],
        ["公共海外仓数量（个）", "109", "126", "15.6%"],
        ["跨境电商产业园（个）", "31", "35", "12.9%"],
    ], widths=[6.5, 3, 3, 3])
    empty(doc)
    R.heading("二、关于您提出的具体建议")
    R.para("您提出要加大对传统外贸企业“触网”转型的扶持力度。我局持续实施跨境电商“品牌出海”行动，2025年组织开展“跨境电商进产业带”专题培训42场，服务企业3100余家次，新增跨境电商应用企业1126家。下一步，我们将重点做好以下工作：",
           lead="（一）关于培育跨境电商经营主体的建议。", lead_font=KT, lead_bold=False)
    R.para("聚焦家电、文具、汽车配件、服装等本地优势产业带，每年遴选100家传统外贸企业开展“一对一”转型辅导，力争到2027年全市跨境电商活跃主体突破8000家。",
           lead="1.实施主体倍增计划。")
    R.para("积极对接亚马逊、TikTok Shop、SHEIN、Temu等头部平台，推动其在甬设立区域运营中心或服务中心，支持本地企业入驻平台开设品牌旗舰店。",
           lead="2.强化平台招引。")
    R.para("联合宁波大学、浙江万里学院等高校共建跨境电商产业学院，2026年计划培训跨境电商实操人才5000人次。",
           lead="3.加强人才支撑。")
    R.para("您提出要加快在“一带一路”共建国家布局海外仓。2025年，我市新认定省级公共海外仓14个，其中位于“一带一路”共建国家的8个，分布在波兰、匈牙利、阿联酋、马来西亚等国家。下一步，我们将：",
           lead="（二）关于完善海外仓布局的建议。", lead_font=KT, lead_bold=False)
    R.para("对经认定的市级公共海外仓，按照实际租赁或自建面积给予最高不超过200万元的一次性补助，具体以当年度市级商务促进专项资金申报指南为准。",
           lead="1.优化资金支持方式。")
    R.para("支持海外仓企业建设海外仓信息管理系统并与宁波跨境电商综合服务平台对接，实现订单、仓储、物流数据互联互通。",
           lead="2.推动海外仓数字化。")
    R.para("宁波海关已在全市推广跨境电商出口“9710”“9810”模式，实现出口申报、查验、放行“一站式”办理，" + SOFT +
           "2025年全市跨境电商B2B出口申报单量同比增长41.2%。我局将配合宁波海关进一步扩大跨境电商出口退货监管试点范围，推动宁波栎社国际机场跨境电商货站扩容，压缩货物通关时间。",
           lead="（三）关于提升通关便利化水平的建议。", lead_font=KT, lead_bold=False)
    R.heading("三、关于资金扶持政策的说明")
    R.para("对您提出的设立市级跨境电商产业发展基金的建议，经与市财政局沟通研究，鉴于市级层面已设立总规模50亿元的宁波市外贸产业发展基金，并将跨境电商列为重点投向领域，暂不单独设立跨境电商产业基金。我局将会同市财政局、市委金融办推动现有基金加大对跨境电商企业的投资力度，并鼓励银行机构开发“跨境电商贷”“海外仓贷”等专属金融产品。")
    R.para("感谢您对我市跨境电商发展的关心和支持，希望继续对我们的工作提出宝贵意见和建议。")
    signoff_spaces(doc, " " * 36 + "宁波市商务局", " " * 34 + "2026年6月12日")
    empty(doc)
    plain_left(doc, "（此件公开发布）")
    empty(doc)
    plain_left(doc, "联系单位：宁波市商务局电子商务处", indent=False)
    plain_left(doc, "联系人：李晓雯", indent=False)
    plain_left(doc, "联系电话：0574-89182356", indent=False)
    banji(doc, "抄送：市人大常委会代表工作委员会，市人民政府办公厅，宁波海关，市财政局。")
    out.append({
        "meta": meta("宁波市商务局关于市十七届人大四次会议第86号建议的答复", "甬商建〔2026〕31号",
                     ["宁波市商务局"], "2026-06-12", "宁波市", ["王海燕代表"], "此件公开发布", []),
        "clauses": R.clauses,
    })

    page_break(doc)

    # ---------------- reply 2 (B类)
    class_mark(doc, "B类")
    red_header(doc, "宁波市商务局")
    red_line_para(doc, "甬商建〔2026〕44号" + " " * 22 + "签发人：陈卫东",
                  align=WD_ALIGN_PARAGRAPH.LEFT)
    title(doc, ["宁波市商务局关于市十七届人大四次会议", "第152号建议的答复"])
    salutation(doc, "尊敬的周立群、陈晓东代表：")
    R = Reply(doc)
    R.para("你们提出的《关于依托综合保税区打造跨境电商进口商品集散中心的建议》（第152号）收悉。经认真研究，并征求宁波海关、宁波保税区管委会、宁波梅山综合保税区管委会等单位意见，现答复如下：")
    R.heading("一、有关工作进展")
    R.para("2025年，全市跨境电商网购保税进口（“1210”模式）申报单量1.36亿票，进口额286.7亿元，规模继续保持全国前列。宁波保税区、宁波梅山综合保税区、宁波北仑港综合保税区等5个海关特殊监管区域均已开展网购保税进口业务。",
           lead="（一）跨境电商进口规模稳步扩大。", lead_font=KT, lead_bold=False)
    R.para("依托中国（浙江）自由贸易试验区宁波片区，我市在宁波保税区进口商品展示交易中心开展“保税展示+跨境电商”线上线下融合试点，2025年接待消费者超过420万人次。",
           lead="（二）保税展示交易试点有序推进。", lead_font=KT, lead_bold=False)
    R.para("宁波海关支持在宁波梅山综合保税区设立跨境电商退货中心仓，实现退货商品“区内分拣、合并退运”，退货处理时间由原来的15天缩短至5天以内。",
           lead="（三）跨境电商进口退货中心仓模式落地。", lead_font=KT, lead_bold=False)
    R.heading("二、存在的困难")
    R.para("对照你们提出的打造辐射长三角的进口商品集散中心的目标，我市还存在以下短板：一是进口商品货源组织能力不足，与国际品牌方直接合作的企业较少；二是区内仓储设施老化，智能化分拨能力有待提升；三是保税维修、保税研发等新业态受现行政策限制，部分业务需报海关总署审批。")
    R.heading("三、下一步工作")
    R.numbered(91, 1, "积极争取政策试点。", "会同宁波海关向海关总署争取在宁波梅山综合保税区开展跨境电商零售进口药品和医疗器械试点，积极争取“跨境电商零售进口+保税加工”融合发展试点。")
    R.numbered(91, 2, "推进区内设施改造。", "将宁波保税区南区智能仓储分拨中心项目列入2026—2027年市级重点项目计划，分两期推进建设，总投资约6.8亿元，预计2027年底建成投用。")
    R.numbered(91, 3, "加强招商引资。", "围绕美妆个护、母婴用品、保健食品等重点品类，赴日本、韩国、澳大利亚及欧洲开展定向招商，力争2026年引进品牌方区域分拨中心10家以上。")
    R.numbered(91, 4, "完善协调机制。", "建立由市商务局牵头，宁波海关、市市场监管局、各综合保税区管委会参加的跨境电商进口联席会议制度，每季度召开一次会议，协调解决企业反映的突出问题。")
    R.para("鉴于上述工作涉及国家层面政策审批和较大规模的基础设施投资，需要一定周期，我局已将你们的建议列入2026年度工作计划，逐步推进落实，并将及时向你们反馈工作进展。")
    R.para("感谢你们对我市开放型经济发展的关心和支持！")
    empty(doc)
    p = plain_left(doc, "附件：宁波市人大代表建议办理情况征询意见表")
    signoff_spaces(doc, " " * 36 + "宁波市商务局", " " * 34 + "2026年6月26日")
    empty(doc)
    plain_left(doc, "（此件公开发布）")
    empty(doc)
    plain_left(doc, "联系单位：宁波市商务局开发区与口岸处", indent=False)
    plain_left(doc, "联系人：郑涛", indent=False)
    plain_left(doc, "联系电话：0574-89182471", indent=False)
    banji(doc, "抄送：市人大常委会代表工作委员会，市人民政府办公厅，宁波海关，宁波保税区管委会，宁波梅山综合保税区管委会。")
    out.append({
        "meta": meta("宁波市商务局关于市十七届人大四次会议第152号建议的答复", "甬商建〔2026〕44号",
                     ["宁波市商务局"], "2026-06-26", "宁波市", ["周立群代表", "陈晓东代表"], "此件公开发布",
                     ["宁波市人大代表建议办理情况征询意见表"]),
        "clauses": R.clauses,
    })
    return doc, out


# ================================================================ 郑州
def build_zhengzhou():
    doc = new_doc()
    out = []

    # ---------------- reply 1 (A类)
    class_mark(doc, "A类")
    red_header(doc, "郑州市商务局", size=32)
    red_line_para(doc, "郑商建〔2026〕17号", align=WD_ALIGN_PARAGRAPH.RIGHT)
    # one title paragraph with a manual line break inside
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=False, line=36)
    add_text(p, "郑州市商务局关于市十七届人大四次会议" + SOFT + "第208号建议的答复", XBS, 22)
    empty(doc)
    salutation(doc, "尊敬的刘建军代表：")
    R = Reply(doc)
    R.para("您提出的关于“推动跨境电商与中欧班列融合发展 打造内陆开放新高地”的建议（第208号）收悉。我局会同郑州海关、市发展改革委、郑州国际陆港开发建设有限公司等单位认真研究办理，现答复如下：")
    R.para("2025年，中欧班列（郑州）累计开行3186列，同比增长12.3%，其中搭载跨境电商货物的班列612列，运输跨境电商货值约58.4亿元。我局会同郑州国际陆港开发建设有限公司开通了郑州至汉堡、郑州至华沙跨境电商专列，实现每周“去程3列、回程2列”稳定开行。",
           lead="一、关于推动“跨境电商+中欧班列”融合发展。", lead_font=HT, lead_bold=False)
    R.para("郑州海关在全市推广跨境电商B2B直接出口（“9710”）和跨境电商出口海外仓（“9810”）模式，为企业提供“一次登记、一点对接、便利通关、简化申报”服务。2025年，全市跨境电商B2B出口额达到412.6亿元，占跨境电商出口总额的比重提高到63.8%。",
           lead="二、关于拓展跨境电商B2B出口业务。", lead_font=HT, lead_bold=False)
    R.para("我市出台了《郑州市支持跨境电商海外仓高质量发展若干措施》，主要包括：",
           lead="三、关于支持企业建设海外仓。", lead_font=HT, lead_bold=False)
    R.para("（1）对在“一带一路”共建国家新建或租赁海外仓面积达到3000平方米以上的企业，按照实际投资额的10%给予最高不超过100万元的补助；")
    R.para("（2）对新入选省级公共海外仓的企业，一次性奖励50万元；")
    R.para("（3）支持海外仓企业与中欧班列运营平台合作，对通过中欧班列（郑州）运输至自有海外仓的货物给予运费补贴。")
    R.para("截至2025年底，全市企业在境外建设海外仓85个，面积106.1万平方米，分布情况如下：")
    R.table(["区域", "海外仓数量（个）", "面积（万平方米）", "主要国家"], [
        ["欧洲", "38", "52.6", "德国、波兰、匈牙利、比利时"],
        ["北美", "21", "31.2", "美国、墨西哥"],
        ["东南亚", "17", "14.8", "马来西亚、泰国、越南"],
        ["中东", "9", "7.5", "阿联酋、沙特阿拉伯"],
        ["合计", "85", "106.1", "—"],
    ], widths=[2.5, 3.2, 3.2, 6.5])
    empty(doc)
    R.para("我局联合郑州大学、河南工业大学、郑州职业技术学院等院校建立跨境电商人才培训基地12个，2025年累计培训跨境电商从业人员1.8万人次，举办第九届全球跨境电子商务大会配套人才对接活动，促成校企合作项目46个。",
           lead="四、关于加强跨境电商人才培养。", lead_font=HT, lead_bold=False)
    R.para("一是推动中欧班列（郑州）加密跨境电商专列开行频次，力争2026年搭载跨境电商货物班列突破800列；二是支持企业在“一带一路”共建国家新建海外仓10个以上；三是争取在郑州航空港经济综合实验区开展跨境电商“空铁联运”试点，打通“航空+班列”双通道。",
           lead="五、下一步工作。", lead_font=HT, lead_bold=False)
    R.para("您提出的建议对我市推进跨境电商高质量发展具有很强的指导意义，相关建议已在《郑州市2026年跨境电商发展工作要点》中予以吸收采纳。感谢您对商务工作的关心和支持！")
    signoff_spaces(doc, " " * 36 + "郑州市商务局", " " * 35 + "2026年6月5日")
    empty(doc)
    plain_left(doc, "（此件公开发布）")
    empty(doc)
    plain_left(doc, "联系单位：郑州市商务局电子商务处    联系人：王磊", indent=False)
    plain_left(doc, "联系电话：0371-67181234", indent=False)
    banji(doc, "抄送：市人大常委会人代工委，市政府督查室。")
    out.append({
        "meta": meta("郑州市商务局关于市十七届人大四次会议第208号建议的答复", "郑商建〔2026〕17号",
                     ["郑州市商务局"], "2026-06-05", "郑州市", ["刘建军代表"], "此件公开发布", []),
        "clauses": R.clauses,
    })

    page_break(doc)

    # ---------------- reply 2 (B类)
    class_mark(doc, "B类")
    red_header(doc, "郑州市商务局", size=32)
    red_line_para(doc, "郑商建〔2026〕29号", align=WD_ALIGN_PARAGRAPH.RIGHT)
    title(doc, ["郑州市商务局关于市十七届人大四次会议第317号建议的答复"])
    salutation(doc, "尊敬的赵敏代表：")
    R = Reply(doc)
    R.para("您提出的《关于进一步发挥河南自贸试验区郑州片区制度创新引领作用的建议》（第317号）收悉。我局作为主办单位，会同市发展改革委、郑州海关、市市场监管局、郑州片区管委会等协办单位进行了认真研究。现将有关情况答复如下：")
    empty(doc)
    R.heading("一、郑州片区建设总体情况")
    R.para("中国（河南）自由贸易试验区郑州片区自2017年4月挂牌以来，累计形成制度创新成果560余项，其中“跨境电商零售进口正面监管模式”“多式联运‘一单制’”等18项成果在全国复制推广。2025年，郑州片区新设立外商投资企业97家，实际使用外资4.3亿美元，以约占全市1%的面积贡献了全市约18%的外贸进出口额。")
    empty(doc)
    R.heading("二、关于您所提建议的办理情况")
    R.para("严格落实外商投资准入前国民待遇加负面清单管理制度，在郑州片区推行外商投资企业设立“一网通办”，办理时限压缩至2个工作日。2025年，会同市市场监管局为外商投资企业办理设立、变更登记1260余件。",
           lead="（一）关于扩大外商投资准入。", lead_font=KT, lead_bold=False)
    R.para("建立制度创新“清单式”管理机制，每年梳理形成郑州片区改革试点经验清单，会同市委改革办推动在全市范围内复制推广。2025年，向全市各开发区复制推广“企业投资项目承诺制”等创新成果23项。",
           lead="（二）关于推动制度创新成果复制推广。", lead_font=KT, lead_bold=False)
    R.para("您提出的推动河南自贸试验区郑州片区扩区的建议，涉及国务院审批权限。我局已会同市发展改革委将扩区研究工作列入《郑州市2026年对外开放工作要点》，配合省商务厅开展扩区前期研究论证，积极争取将新郑综合保税区、郑州经开综合保税区等区域纳入扩区范围。",
           lead="（三）关于自贸试验区扩区。", lead_font=KT, lead_bold=False)
    empty(doc)
    R.heading("三、下一步工作")
    R.para("围绕投资贸易便利化、金融开放创新、多式联运等重点领域，力争2026年形成制度创新成果30项以上。",
           lead="（一）深化首创性探索。", lead_font=KT, lead_bold=False)
    R.para("支持郑州片区与新郑综合保税区、郑州经开综合保税区在保税维修、保税研发、跨境电商等领域开展联动创新。",
           lead="（二）推动“自贸+综保”联动发展。", lead_font=KT, lead_bold=False)
    R.para("落实《河南省进一步优化外商投资环境加大吸引外商投资力度若干措施》，建立重点外资项目服务专班，实行全流程跟踪服务。",
           lead="（三）加强外资招引服务。", lead_font=KT, lead_bold=False)
    R.para("由于自贸试验区扩区需经国家层面审批，相关工作需要一定周期，我局将持续跟进并及时向您通报进展情况。再次感谢您对自贸试验区建设工作的关心和支持！")
    empty(doc, 2)
    # 落款 typed into a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.width = Cm(8)
    right.width = Cm(7.6)
    rp = right.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(rp, "郑州市商务局", FS, 16)
    rp2 = right.add_paragraph()
    rp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(rp2, "二〇二六年六月十九日", FS, 16)
    empty(doc)
    plain_left(doc, "联系单位：郑州市商务局自贸试验区工作处", indent=False)
    plain_left(doc, "联系人：孙晓琳", indent=False)
    plain_left(doc, "联系电话：0371-67181569", indent=False)
    banji(doc, "抄送：市人大常委会人代工委，市政府督查室，河南自贸试验区郑州片区管委会。")
    out.append({
        "meta": meta("郑州市商务局关于市十七届人大四次会议第317号建议的答复", "郑商建〔2026〕29号",
                     ["郑州市商务局"], "2026-06-19", "郑州市", ["赵敏代表"], None, []),
        "clauses": R.clauses,
    })
    return doc, out


def main():
    expected = {}
    for stem, builder in (("blind551_ningbo_dafu", build_ningbo),
                          ("blind551_zhengzhou_dafu", build_zhengzhou)):
        doc, docs = builder()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = docs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_551", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
