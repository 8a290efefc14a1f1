# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 412 blind test documents: court FTZ judicial white paper / typical cases,
a provincial high court notice publishing typical cases, and a procuratorate notice."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_run_font(run, font=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    if color is not None:
        run.font.color.rgb = color


def new_document():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def add_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    inner = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "28")
    rpr.append(sz)
    inner.append(rpr)
    t = OxmlElement("w:t")
    t.text = "1"
    inner.append(t)
    fld.append(inner)
    p._p.append(fld)
    r2 = p.add_run(" —")
    set_run_font(r2, "宋体", 14)


def fmt(p, align=None, indent=True, line=28, before=0, after=0, size=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(2 * size)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def red_rule(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def set_cell_borders(cell, val="nil"):
    tcpr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), "8")
            e.set(qn("w:color"), "000000")
        borders.append(e)
    tcpr.append(borders)


class Builder:
    """Writes paragraphs into a docx and records the answer key in parallel."""

    def __init__(self, stem):
        self.stem = stem
        self.doc = new_document()
        self.entries = []
        self.cur = None
        self.size = 16   # body font size (pt)
        self.line = 28   # exact line spacing (pt)

    def start(self, meta):
        self.cur = {"meta": meta, "clauses": []}
        self.entries.append(self.cur)

    # raw paragraph from (text, font, size, bold, color) runs / "\n" soft break
    def para(self, runs, align=None, indent=True, clause=False, line=None,
             before=0, after=0):
        p = self.doc.add_paragraph()
        fmt(p, align=align, indent=indent, line=line or self.line, before=before,
            after=after, size=self.size)
        text = ""
        for item in runs:
            if item == "\n":
                p.add_run().add_break(WD_BREAK.LINE)
                continue
            if not isinstance(item, tuple):
                item = (item,)
            defaults = (None, FS, self.size, False, None)
            t, font, size, bold, color = tuple(item) + defaults[len(item):]
            r = p.add_run(t)
            set_run_font(r, font, size, bold, color)
            text += t
        if clause:
            self.cur["clauses"].append(text)
        return p

    def body(self, text, clause=True):
        return self.para([(text, FS, self.size)], clause=clause)

    def runin(self, head, rest, head_font=FS, bold=True, clause=True):
        return self.para([(head, head_font, self.size, bold), (rest, FS, self.size)],
                         clause=clause)

    def empty(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt(p, indent=False, line=self.line)

    def heading(self, text, font=HT, align=None, indent=True, bold=False, size=None):
        size = size or self.size
        return self.para([(text, font, size, bold)], align=align, indent=indent)

    def title(self, lines, size=22):
        runs = []
        for i, ln in enumerate(lines):
            if i:
                runs.append("\n")
            runs.append((ln, XBS, size))
        return self.para(runs, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)

    def table(self, header, rows, widths=None):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            c = t.cell(0, j)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_run_font(c.paragraphs[0].add_run(h), HT, 12)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                c = t.cell(i + 1, j)
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                set_run_font(c.paragraphs[0].add_run(v), FS, 12)
            self.cur["clauses"].append(
                "；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        return t

    def banji(self, lines, gap=2):
        """版记 typed as a one-column layout table (lines above/below)."""
        self.empty(gap)
        t = self.doc.add_table(rows=len(lines), cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, ln in enumerate(lines):
            c = t.cell(i, 0)
            tcpr = c._tc.get_or_add_tcPr()
            borders = OxmlElement("w:tcBorders")
            for side in ("top", "left", "bottom", "right"):
                e = OxmlElement("w:" + side)
                if side in ("top", "bottom"):
                    e.set(qn("w:val"), "single")
                    e.set(qn("w:sz"), "8" if side == "bottom" and i < len(lines) - 1 else "12")
                    e.set(qn("w:color"), "000000")
                else:
                    e.set(qn("w:val"), "nil")
                borders.append(e)
            tcpr.append(borders)
            p = c.paragraphs[0]
            p.paragraph_format.left_indent = Pt(14)
            set_run_font(p.add_run(ln), FS, 14)
        return t

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def save(self):
        path = os.path.join(HERE, self.stem + ".docx")
        self.doc.save(path)
        return path


def add_chinese_numbering(doc, num_id=90):
    """Word automatic numbering （一）（二）… (chineseCounting, no tab)."""
    numbering = doc.part.numbering_part.element
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="%s" w:hAnsi="Times New Roman"/>'
        '<w:b/><w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
        % (nsdecls("w"), num_id, FS))
    absnum = parse_xml(absxml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls("w"), num_id, num_id))
    numbering.append(num)
    return num_id


def apply_numbering(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    # keep schema order: numPr must precede spacing/ind/jc
    pstyle = ppr.find(qn("w:pStyle"))
    if pstyle is not None:
        pstyle.addnext(numpr)
    else:
        ppr.insert(0, numpr)


def meta(title, doc_number, issuer, date, level, region, doc_type,
         attachments=None, recipients=None, publicity=None, published=None,
         effective=None, expires=None, repeals=None):
    return {
        "title": title, "doc_number": doc_number, "issuer": issuer, "date": date,
        "published": published, "level": level, "region": region,
        "effective": effective, "expires": expires,
        "attachments": attachments or [], "doc_type": doc_type,
        "recipients": recipients or [], "publicity": publicity, "repeals": repeals,
    }


CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT


# ================================================================ doc 1
def doc_xiamen():
    b = Builder("blind412_xiamen_baipishu")
    b.size, b.line = 14, 23   # white paper printed in 四号仿宋
    for s_ in b.doc.sections:
        s_.top_margin, s_.bottom_margin = Cm(2.8), Cm(2.6)
        s_.left_margin, s_.right_margin = Cm(2.6), Cm(2.6)
    b.start(meta(
        "厦门市中级人民法院服务保障中国（福建）自由贸易试验区厦门片区建设白皮书（2023—2025年）",
        None, ["厦门市中级人民法院"], "2026-03-18", "municipal",
        "中国（福建）自由贸易试验区厦门片区", "白皮书"))
    b.empty(2)
    b.title(["厦门市中级人民法院服务保障",
             "中国（福建）自由贸易试验区厦门片区",
             "建设白皮书（2023—2025年）"])
    b.empty()
    b.heading("前    言", font=HT, align=CENTER, indent=False)
    b.body("2015年4月21日，中国（福建）自由贸易试验区厦门片区正式挂牌运行。十年来，厦门片区坚持以制度创新为核心，"
           "在投资贸易便利化、金融开放创新、两岸经贸合作、“海丝”核心区建设等方面先行先试，累计推出创新举措600余项，"
           "其中全国首创130余项。自贸试验区建设的纵深推进，对法治化、国际化、便利化营商环境提出了更高要求。")
    b.body("厦门市中级人民法院深入学习贯彻习近平法治思想，认真落实《最高人民法院关于为自由贸易试验区建设提供司法保障的意见》，"
           "依托自贸区人民法庭、涉外商事审判庭和厦门国际商事法庭，持续完善涉自贸试验区案件集中管辖、专业审判和多元解纷机制，"
           "为厦门片区高质量发展提供有力司法服务和保障。")
    b.body("现将2023年至2025年厦门法院涉自贸试验区案件审判工作情况及典型案例予以发布，以期发挥司法裁判的规范、指引和示范作用，"
           "进一步稳定市场主体预期，推动厦门片区在更高水平上扩大开放。")
    b.heading("一、审判工作基本情况")
    b.runin("（一）收结案情况。",
            "2023年至2025年，全市法院共受理涉厦门片区各类案件21687件，审结20954件，结案率96.62%。"
            "其中，民商事案件18342件，占84.58%；行政案件1126件，占5.19%；刑事案件489件，占2.25%；"
            "执行案件1730件，占7.98%。各年度收结案情况如下表：", head_font=KT, bold=False)
    b.table(["年度", "受理案件（件）", "审结案件（件）", "结案率", "其中涉外涉港澳台案件（件）"],
            [["2023年", "6815", "6560", "96.26%", "812"],
             ["2024年", "7209", "6975", "96.75%", "906"],
             ["2025年", "7663", "7419", "96.82%", "1047"],
             ["合计", "21687", "20954", "96.62%", "2765"]],
            widths=[2.4, 3.2, 3.2, 2.4, 4.4])
    b.empty()
    b.runin("（二）案件主要特点。",
            "一是国际贸易类纠纷占比较高，国际货物买卖、货运代理、海上货物运输合同纠纷合计占涉外商事案件的46.3%；"
            "二是新业态纠纷持续增长，跨境电商、保税维修、融资租赁、供应链金融等新类型案件年均增长21.7%；"
            "三是涉台案件特色鲜明，三年共审结涉台商事案件683件，台胞陪审员、调解员参与率达72.4%；"
            "四是多元化解成效明显，诉前调解成功5216件，调解成功率较2022年提高8.6个百分点。",
            head_font=KT, bold=False)
    b.heading("二、主要工作举措")
    b.runin("（一）健全专业审判机制。",
            "在厦门片区设立自贸区人民法庭，集中审理片区内一审民商事案件，组建国际商事、知识产权、金融、海事海商四个专业合议庭，"
            "推行“类案专审、繁简分流”，简单案件平均审理周期缩短至38天。", head_font=KT, bold=False)
    b.runin("（二）完善国际化纠纷解决平台。",
            "依托厦门国际商事法庭，与厦门仲裁委员会、海峡两岸仲裁中心、厦门国际商事调解中心建立诉讼与仲裁、调解有机衔接的"
            "“一站式”国际商事纠纷多元化解决机制，三年来共委派、委托调解涉外商事纠纷1384件。", head_font=KT, bold=False)
    b.runin("（三）提升涉外法律适用能力。",
            "准确适用《联合国国际货物销售合同公约》等国际条约和国际惯例，建立域外法查明“专家库+平台”工作模式，"
            "三年来依法查明并适用新加坡、马来西亚、德国等12个国家和地区法律，办理涉外送达、调查取证司法协助案件217件。",
            head_font=KT, bold=False)
    b.runin("（四）优化法治化营商环境。",
            "1.推进“立审执”全流程网上办理，涉片区案件网上立案率达98.5%；2.建立涉企案件“绿色通道”，"
            "对中小微企业、台资企业依法减免缓交诉讼费；3.开展“法官进园区”活动，走访企业426家，发送司法建议书19份。",
            head_font=KT, bold=False)
    b.heading("三、典型案例")

    # ---- case 1: labels alone on their line
    b.heading("典型案例一", font=HT, align=CENTER, indent=False)
    b.heading("厦门某供应链管理有限公司诉新加坡某贸易私人有限公司国际货物买卖合同纠纷案",
              font=KT, align=CENTER, indent=False, bold=True)
    b.heading("【基本案情】", font=HT)
    b.body("2023年5月，厦门某供应链管理有限公司（以下简称供应链公司）与新加坡某贸易私人有限公司（以下简称新加坡公司）"
           "签订《电解铜采购合同》，约定新加坡公司向供应链公司出售电解铜2000吨，价格条件为CIF厦门，付款方式为即期信用证，"
           "交货期为2023年7月31日前，合同适用《联合国国际货物销售合同公约》（以下简称《公约》）。供应链公司依约开立信用证后，"
           "新加坡公司以国际铜价大幅上涨为由，要求将合同单价上调8%，否则拒绝装运。")
    b.body("供应链公司未予同意，并于2023年8月15日以新加坡公司根本违约为由宣告合同无效，随后以较高价格向第三方购入替代货物。"
           "供应链公司诉至厦门市湖里区人民法院，请求判令新加坡公司赔偿替代交易差价损失等共计人民币1326万元。")
    b.heading("【裁判结果】", font=HT)
    b.body("厦门市湖里区人民法院经审理认为，双方当事人明确约定适用《公约》，应依约适用。新加坡公司在交货期届满前明确表示"
           "不履行合同主要义务，构成《公约》第七十二条规定的预期根本违约，供应链公司有权宣告合同无效。供应链公司在宣告合同"
           "无效后的合理时间内以合理方式购买替代货物，有权依据《公约》第七十五条主张合同价格与替代交易价格之间的差额。"
           "遂于2024年3月作出（2023）闽0206民初9821号民事判决：新加坡公司赔偿供应链公司损失人民币1187.6万元。"
           "新加坡公司不服，提起上诉。厦门市中级人民法院于2024年9月作出（2024）闽02民终3187号民事判决：驳回上诉，维持原判。")
    b.heading("【典型意义】", font=HT)
    b.body("本案是人民法院准确适用国际条约审理国际货物买卖合同纠纷的典型案例。在大宗商品价格剧烈波动背景下，部分境外卖方"
           "以市场行情变化为由拒绝履约或者要求加价，严重影响交易安全。本案准确把握《公约》关于预期根本违约、宣告合同无效"
           "和替代交易损害赔偿的计算规则，依法保护守约方合法权益，彰显了人民法院平等保护中外当事人、维护国际贸易秩序的"
           "司法立场，有助于增强境内外市场主体在厦门片区开展国际贸易的信心。")

    # ---- case 2: number + title on one line (manual ideographic spaces), labels run-in, bold
    b.heading("典型案例二　　某金融租赁股份有限公司诉厦门某航空维修工程有限公司等融资租赁合同纠纷案",
              font=HT, align=None, indent=False)
    b.runin("【基本案情】",
            "2022年11月，某金融租赁股份有限公司（以下简称租赁公司）与厦门某航空维修工程有限公司（以下简称维修公司）"
            "签订《融资租赁合同》，约定租赁公司根据维修公司的选择，向境外出卖人购买航空发动机试车台设备一套，以保税方式"
            "进口至厦门片区海关特殊监管区域内，出租给维修公司使用，租期五年，租金总额人民币8640万元。厦门某投资集团有限公司"
            "为维修公司的债务提供连带责任保证。合同履行过程中，维修公司自2024年2月起连续四期未支付租金。租赁公司依据合同"
            "约定的管辖条款诉至厦门市思明区人民法院，请求判令维修公司支付全部未付租金及逾期利息，并就租赁物优先受偿。",
            head_font=HT, bold=True)
    b.runin("【裁判结果】",
            "厦门市思明区人民法院作出（2024）闽0203民初1234号民事判决：维修公司向租赁公司支付全部未付租金人民币6912万元"
            "及逾期利息；厦门某投资集团有限公司承担连带清偿责任；维修公司未履行上述付款义务的，租赁公司有权以租赁物折价或者"
            "拍卖、变卖所得价款优先受偿。一审判决后，各方当事人均未上诉，判决已发生法律效力。",
            head_font=HT, bold=True)
    b.runin("【典型意义】",
            "保税融资租赁是厦门片区重点培育的金融创新业态，具有租赁物价值高、交易结构复杂、跨境因素多等特点。本案依照"
            "《中华人民共和国民法典》第七百五十二条和《最高人民法院关于适用〈中华人民共和国民法典〉有关担保制度的解释》"
            "第六十五条的规定，在支持出租人请求支付全部未付租金的同时，明确出租人可以就租赁物拍卖、变卖所得价款优先受偿，"
            "依法保障出租人的租赁物权益，对于规范保税租赁交易、促进航空维修等高端制造业集聚发展具有积极意义。",
            head_font=HT, bold=True)

    # ---- case 3: labels alone, each followed by an empty paragraph
    b.heading("典型案例三", font=HT, align=CENTER, indent=False)
    b.heading("厦门某进出口有限公司诉中华人民共和国海沧海关、中华人民共和国厦门海关行政处罚及行政复议案",
              font=KT, align=CENTER, indent=False, bold=True)
    b.heading("【基本案情】", font=HT)
    b.empty()
    b.body("厦门某进出口有限公司（以下简称进出口公司）系厦门海沧港综合保税区内企业，主要从事进口工程机械保税维修业务。"
           "2023年10月，进出口公司在申报一批保税维修用进口零部件时，因工作人员操作失误，将其中12台液压泵的商品编号申报错误。"
           "进出口公司在海关查验前主动向海沧海关报告并申请更正。海沧海关认定进出口公司申报不实，影响海关统计准确性，依据"
           "《中华人民共和国海关行政处罚实施条例》第十五条第一项的规定，对其处罚款人民币8000元。进出口公司不服，向厦门海关"
           "申请行政复议，厦门海关维持原处罚决定。进出口公司遂提起行政诉讼，请求撤销该处罚决定及行政复议决定。")
    b.heading("【裁判结果】", font=HT)
    b.empty()
    b.body("厦门市中级人民法院经审理认为，进出口公司系首次出现申报差错，在海关发现前主动报告并改正，未造成危害后果，符合"
           "《中华人民共和国行政处罚法》第三十三条第一款关于“初次违法且危害后果轻微并及时改正的，可以不予行政处罚”的情形。"
           "海沧海关在作出处罚决定时未对上述情节予以审查考量，未依法行使裁量权，处罚明显不当，遂作出（2024）闽02行初56号"
           "行政判决：撤销被诉行政处罚决定及行政复议决定。海沧海关不服，提起上诉。福建省高级人民法院于2025年4月作出"
           "（2025）闽行终210号行政判决：驳回上诉，维持原判。")
    b.heading("【典型意义】", font=HT)
    b.empty()
    b.body("本案是人民法院监督支持海关依法行政、落实包容审慎监管要求的典型案例。综合保税区内企业业务量大、申报频次高，"
           "难免出现轻微申报差错。本案依法适用行政处罚法“首违不罚”规则，引导行政机关在监管执法中准确把握过罚相当原则，"
           "对于营造宽严相济、公平透明的海关特殊监管区域营商环境具有示范意义。")

    # ---- case 4: number + title with colon; run-in labels except 典型意义 alone
    b.heading("典型案例四：某（厦门）国际物流有限公司诉某电子科技有限公司多式联运合同纠纷案",
              font=HT, indent=False)
    b.runin("【基本案情】",
            "2023年9月，某电子科技有限公司（以下简称电子公司）委托某（厦门）国际物流有限公司（以下简称物流公司）运输一批"
            "服务器整机，约定由物流公司负责将货物自电子公司位于东莞市的仓库经公路运至厦门海沧铁路场站，再经中欧（厦门）班列"
            "运至波兰罗兹，全程运费人民币46.8万元。物流公司签发了全程多式联运单据。货物运抵罗兹后，收货人发现部分服务器受潮"
            "损坏。电子公司以货损为由拒付运费。物流公司诉至厦门市海沧区人民法院，请求判令电子公司支付运费及逾期付款利息；"
            "电子公司提起反诉，请求判令物流公司赔偿货物损失人民币112.5万元。", head_font=HT, bold=True)
    b.runin("【裁判结果】",
            "厦门市海沧区人民法院经审理认为，物流公司作为多式联运经营人，对全程运输承担承运人的义务。现有证据无法查明货损"
            "发生的运输区段，依照《中华人民共和国民法典》第八百四十二条的规定，应当依照民法典运输合同章的有关规定确定赔偿"
            "责任。物流公司未能举证证明货损系由不可抗力、货物本身的自然性质或者合理损耗以及托运人、收货人的过错造成，应当"
            "承担赔偿责任；电子公司未如实告知货物的防潮包装要求，对损失亦有一定过错，酌定物流公司承担80%的赔偿责任。遂作出"
            "（2024）闽0205民初4410号民事判决：电子公司支付物流公司运费人民币46.8万元及利息；物流公司赔偿电子公司货物损失"
            "人民币90万元。双方均不服，提起上诉。厦门市中级人民法院作出（2025）闽02民终1562号民事判决：驳回上诉，维持原判。",
            head_font=HT, bold=True)
    b.heading("【典型意义】", font=HT)
    b.body("中欧班列是共建“一带一路”的重要载体，“公铁联运”“海铁联运”等多式联运模式在厦门片区快速发展。本案明确多式"
           "联运经营人对全程运输负责，在货损区段无法查明时适用民法典运输合同的一般规定确定责任，并综合考量托运人过错合理"
           "分配损失，有助于引导多式联运经营人规范签发和使用全程单证，为中欧（厦门）班列稳定运行提供司法保障。")

    # ---- case 5: labels alone
    b.heading("典型案例五", font=HT, align=CENTER, indent=False)
    b.heading("王某诉厦门某跨境电子商务有限公司网络购物合同纠纷案",
              font=KT, align=CENTER, indent=False, bold=True)
    b.heading("【基本案情】", font=HT)
    b.body("2024年6月，王某通过厦门某跨境电子商务有限公司（以下简称跨境电商公司）运营的跨境电商平台，以跨境电商零售进口"
           "方式购买澳大利亚产鱼油软胶囊20瓶，支付价款人民币5960元。该商品以保税备货模式存放于厦门象屿综合保税区，由跨境"
           "电商公司代为办理通关手续后寄递给王某。王某收货后以商品无中文标签、不符合我国食品安全标准为由，诉至厦门市湖里区"
           "人民法院，请求判令跨境电商公司退还货款并支付价款十倍的赔偿金人民币59600元。另查明，跨境电商公司在商品页面及订单"
           "提交页面以显著方式提示了《跨境电商零售进口商品消费者告知书》，载明所购商品符合原产地有关质量、安全、卫生、环保、"
           "标识等标准或者技术规范要求，但可能与我国标准存在差异，王某已勾选确认。")
    b.heading("【裁判结果】", font=HT)
    b.body("厦门市湖里区人民法院经审理认为，跨境电商零售进口商品按照个人自用进境物品监管，不执行有关商品首次进口许可批件、"
           "注册或者备案要求。跨境电商公司已履行告知义务，现有证据能够证明涉案商品符合原产地标准且系正规渠道进口，王某关于"
           "商品因无中文标签而不符合食品安全标准的主张缺乏依据。遂作出（2025）闽0206民初2035号民事判决：驳回王某的诉讼请求。"
           "宣判后，双方当事人均未上诉。")
    b.heading("【典型意义】", font=HT)
    b.body("跨境电商零售进口是厦门片区着力发展的外贸新业态。本案准确把握跨境电商零售进口商品“按个人自用进境物品监管”的"
           "政策定位，区分跨境电商零售进口商品与一般贸易进口商品的不同监管要求，在依法保护消费者合法权益的同时，防止惩罚性"
           "赔偿制度被滥用，为跨境电商新业态规范健康发展营造了良好的司法环境。")

    b.empty()
    b.heading("结    语", font=HT, align=CENTER, indent=False)
    b.body("2026年是“十五五”开局之年，也是实施自由贸易试验区提升战略的关键之年。厦门市中级人民法院将坚持以习近平新时代"
           "中国特色社会主义思想为指导，紧紧围绕厦门片区建设目标任务，持续深化涉外商事审判机制改革，加强与金砖国家新工业"
           "革命伙伴关系创新基地、“海丝”中央法务区的联动协作，不断提升司法服务保障的精准性和实效性，为厦门片区打造"
           "国际一流营商环境、建设高水平对外开放新高地贡献更多司法力量。")
    b.empty(2)
    b.para([("厦门市中级人民法院", FS, 14)], align=RIGHT, indent=False)
    b.para([("2026年3月18日　　", FS, 14)], align=RIGHT, indent=False)
    return b


# ================================================================ doc 2
def doc_chongqing():
    b = Builder("blind412_chongqing_tongzhi")
    att_title = "重庆法院服务保障中国（重庆）自由贸易试验区建设典型案例"
    b.start(meta(
        "重庆市高级人民法院关于发布服务保障中国（重庆）自由贸易试验区建设典型案例的通知",
        "渝高法〔2025〕186号", ["重庆市高级人民法院"], "2025-11-26", "provincial", "重庆市", "通知",
        attachments=[att_title],
        recipients=["各中级人民法院", "重庆两江新区（自贸区）人民法院", "各区县（自治县）人民法院", "本院各部门"],
        publicity="此件公开发布"))
    # red masthead
    b.empty()
    b.para([("重庆市高级人民法院", XBS, 48, False, RED)], align=CENTER, indent=False, line=60)
    b.empty()
    p = b.para([("渝高法〔2025〕186号", FS, 16)], align=CENTER, indent=False)
    red_rule(p)
    b.empty()
    # title split over two paragraphs
    b.para([("重庆市高级人民法院关于发布", XBS, 22)], align=CENTER, indent=False, line=36)
    b.para([("服务保障中国（重庆）自由贸易试验区", XBS, 22)], align=CENTER, indent=False, line=36)
    b.para([("建设典型案例的通知", XBS, 22)], align=CENTER, indent=False, line=36)
    b.empty()
    b.para([("各中级人民法院，重庆两江新区（自贸区）人民法院，各区县（自治县）人民法院，本院各部门：", FS, 16)],
           indent=False)
    b.body("为深入贯彻落实党中央关于实施自由贸易试验区提升战略的决策部署，充分发挥典型案例的示范引领作用，进一步提升"
           "全市法院涉自贸试验区案件审判质效，重庆市高级人民法院从近年来全市法院审结的涉中国（重庆）自由贸易试验区案件中，"
           "遴选出5件典型案例，经审判委员会讨论通过，现予发布。")
    # paragraph with a stray soft line break in mid-sentence
    p2a = "这批典型案例涵盖陆上贸易规则创新、跨境电商、外商投资、跨境金融和国际商事仲裁司法审查等领域，集中体现了人民法院"
    p2b = ("依法平等保护中外当事人合法权益、服务内陆开放高地建设的积极作为。各级人民法院要认真组织学习，在审理同类案件时"
           "参照把握裁判规则和尺度，统一法律适用标准。")
    b.para([(p2a, FS, 16), "\n", (p2b, FS, 16)], clause=True)
    b.body("各级人民法院在审判工作中遇到的新情况、新问题，请及时层报重庆市高级人民法院民事审判第四庭。")
    b.body("联系人：王某某，联系电话：023-67853021。")
    b.empty()
    b.para([("附件：" + att_title, FS, 16)])
    b.empty(2)
    # 落款 typed in a borderless layout table
    t = b.doc.add_table(rows=2, cols=2)
    for i, txt in enumerate(["重庆市高级人民法院", "2025年11月26日"]):
        for j in range(2):
            set_cell_borders(t.cell(i, j), "nil")
        cp = t.cell(i, 1).paragraphs[0]
        cp.alignment = CENTER
        set_run_font(cp.add_run(txt), FS, 16)
    b.empty()
    b.para([("（此件公开发布）", FS, 16)])

    # ---------------- attachment = second document
    b.page_break()
    b.start(meta(att_title, None, ["重庆市高级人民法院"], "2025-11-26", "provincial",
                 "中国（重庆）自由贸易试验区", "典型案例"))
    b.size, b.line = 14, 24   # compiled cases typed in 四号
    b.para([("附件", HT, 16)], indent=False)
    b.empty()
    b.title(["重庆法院服务保障中国（重庆）", "自由贸易试验区建设典型案例"])
    b.empty()
    b.body("中国（重庆）自由贸易试验区挂牌运行以来，全市法院深入贯彻落实中央关于建设内陆开放高地的决策部署，依托重庆两江"
           "新区（自贸区）人民法院和重庆市第一中级人民法院、第五中级人民法院涉外商事审判庭，依法审结涉自贸试验区案件4.2万余件，"
           "在陆上贸易规则探索、跨境电商纠纷化解、外商投资权益保护、跨境金融风险防范等方面形成了一批具有示范意义的裁判成果。"
           "现从中选取5件典型案例予以发布。")

    cases = [
        ("典型案例一　某汽车零部件（重庆）有限公司诉某国际物流有限公司多式联运合同纠纷案",
         "2023年3月，某汽车零部件（重庆）有限公司（以下简称零部件公司）从德国进口一批汽车变速箱总成，委托某国际物流有限公司"
         "（以下简称物流公司）办理自德国杜伊斯堡至重庆团结村的中欧班列（成渝）运输。物流公司作为多式联运经营人签发了记载"
         "“凭指示交付”的多式联运提单，零部件公司通过银行押汇取得该提单。货物运抵重庆后，物流公司在未收回提单的情况下，依据"
         "境外发货人的指示将货物交付给案外人，致使零部件公司无法提货。零部件公司诉至重庆两江新区（自贸区）人民法院，请求判令"
         "物流公司赔偿货物损失人民币356万元。",
         "重庆两江新区（自贸区）人民法院经审理认为，双方约定凭多式联运提单提取货物，该约定不违反法律、行政法规的强制性规定，"
         "合法有效。物流公司作为多式联运经营人，负有凭提单交付货物的合同义务，其未收回提单即交付货物，构成违约，应当赔偿由此"
         "给提单持有人造成的损失。遂作出（2024）渝0192民初1088号民事判决：物流公司赔偿零部件公司货物损失人民币356万元及利息。"
         "物流公司不服，提起上诉。重庆市第一中级人民法院作出（2024）渝01民终9317号民事判决：驳回上诉，维持原判。",
         "铁路运单不具有物权凭证功能，制约了中欧班列项下的贸易融资。本案依法认可当事人关于凭多式联运提单提取货物的约定效力，"
         "保护提单持有人的合法权益，为探索铁路运输单证金融化、推动陆上贸易规则创新提供了有力的司法支撑。"),
        ("典型案例二　重庆某外贸综合服务有限公司诉某网络科技有限公司服务合同纠纷案",
         "2023年8月，重庆某外贸综合服务有限公司（以下简称外贸公司）与某网络科技有限公司（以下简称网络公司）签订《跨境电商"
         "B2B出口平台服务协议》，约定网络公司为外贸公司提供境外买家撮合、订单数据推送及“9710”模式通关数据对接服务，外贸"
         "公司预付年度服务费人民币48万元。协议履行中，因网络公司推送的订单、物流、收款信息不一致，外贸公司有127票出口报关单"
         "被海关退单，并因此未能及时申报出口退税。外贸公司诉至重庆两江新区（自贸区）人民法院，请求解除合同，判令网络公司返还"
         "服务费并赔偿损失人民币73.6万元。",
         "法院经审理认为，网络公司提供的数据对接服务存在重大瑕疵，致使外贸公司合同目的无法实现，外贸公司有权解除合同。对于"
         "外贸公司主张的出口退税损失，因退税款仍可在法定期限内申报取得，仅支持其资金占用期间的利息损失。遂作出（2024）渝0192"
         "民初3345号民事判决：解除双方签订的服务协议；网络公司返还服务费人民币36万元，赔偿损失人民币8.2万元。判决已发生法律效力。",
         "跨境电商B2B直接出口（海关监管方式代码“9710”）对数据的真实性、一致性要求较高。本案合理界定跨境电商平台服务商的数据"
         "对接义务，准确区分可得利益损失与资金占用损失，既督促平台服务商规范提供服务，又防止损失赔偿范围不当扩大，对于促进"
         "跨境电商综合服务行业健康发展具有指引作用。"),
        ("典型案例三　香港某投资有限公司诉重庆某实业有限公司股权转让纠纷案",
         "2021年5月，香港某投资有限公司（以下简称香港公司）与重庆某实业有限公司（以下简称实业公司）签订《股权转让协议》，约定"
         "实业公司将其持有的重庆某新能源科技有限公司（注册地位于中国（重庆）自由贸易试验区两江片区）40%股权以人民币1.2亿元"
         "转让给香港公司。香港公司支付首期转让款6000万元后，实业公司以该协议未经商务主管部门审批、应属无效为由拒绝办理股权"
         "变更登记。香港公司诉至重庆市第一中级人民法院，请求判令实业公司继续履行协议。",
         "重庆市第一中级人民法院经审理认为，目标公司所属行业不属于《外商投资准入特别管理措施（负面清单）》规定的禁止或者限制"
         "投资领域。根据《最高人民法院关于适用〈中华人民共和国外商投资法〉若干问题的解释》第二条的规定，对负面清单之外的领域"
         "形成的投资合同，当事人以合同未经有关行政主管部门批准、登记为由主张合同无效的，人民法院不予支持。遂作出（2023）渝01"
         "民初1562号民事判决：实业公司于判决生效之日起三十日内协助办理股权变更登记手续；香港公司于股权变更登记完成之日起十日内"
         "支付剩余股权转让款6000万元。实业公司不服，提起上诉。重庆市高级人民法院作出（2024）渝民终412号民事判决：驳回上诉，"
         "维持原判。",
         "准入前国民待遇加负面清单管理制度是外商投资管理体制的根本性变革。本案依法认定负面清单之外的外商投资合同无需审批即"
         "可生效，防止一方当事人以未经审批为由恶意逃避合同义务，稳定了外国投资者的投资预期，体现了人民法院服务自贸试验区"
         "打造市场化、法治化、国际化一流营商环境的司法担当。"),
        ("典型案例四　某建设集团有限公司诉某（哈萨克斯坦）能源有限公司、某银行重庆分行独立保函欺诈纠纷案",
         "2022年4月，某建设集团有限公司（以下简称建设公司）承建哈萨克斯坦某光伏电站项目，应业主某（哈萨克斯坦）能源有限公司"
         "（以下简称能源公司）要求，申请某银行重庆分行开立以能源公司为受益人、金额为1850万美元的履约独立保函。项目于2024年"
         "1月通过竣工验收，能源公司出具了验收证书。2024年5月，能源公司以建设公司未履行合同义务为由向银行提交索赔。建设公司"
         "认为能源公司的索赔构成保函欺诈，向重庆市第五中级人民法院申请中止支付，并提起诉讼请求判令终止支付保函项下款项。",
         "重庆市第五中级人民法院经审查，裁定中止支付涉案独立保函项下款项。经审理认为，能源公司在出具工程验收证书、确认建设"
         "公司已履行主要合同义务后，仍以同一事由主张保函项下权利，属于明知其没有付款请求权仍滥用该权利，符合《最高人民法院"
         "关于审理独立保函纠纷案件若干问题的规定》第十二条规定的独立保函欺诈情形。遂作出（2024）渝05民初2891号民事判决："
         "终止支付涉案独立保函项下1850万美元款项。判决已发生法律效力。",
         "独立保函是“一带一路”建设中广泛使用的信用保障工具。本案在尊重独立保函独立性原则的前提下，准确适用欺诈例外规则，"
         "及时采取中止支付措施，有效防范了境外受益人滥用索赔权利，依法维护了“走出去”企业的合法权益，为企业参与共建"
         "“一带一路”提供了有力的司法保障。"),
        ("典型案例五　某（新加坡）贸易私人有限公司申请承认和执行新加坡国际仲裁中心仲裁裁决案",
         "某（新加坡）贸易私人有限公司（以下简称新加坡公司）与重庆某机电设备有限公司（以下简称机电公司）因设备买卖合同发生"
         "争议，新加坡公司依据合同中的仲裁条款向新加坡国际仲裁中心申请仲裁。2024年3月，仲裁庭作出裁决，裁令机电公司向"
         "新加坡公司支付货款及利息共计236万美元。因机电公司未履行裁决，新加坡公司向重庆市第一中级人民法院申请承认和执行该"
         "仲裁裁决。机电公司以仲裁庭未按其要求采用线下方式开庭、违反仲裁程序为由，请求不予承认和执行。",
         "重庆市第一中级人民法院经审查认为，中国和新加坡均为《承认及执行外国仲裁裁决公约》（以下简称《纽约公约》）缔约国。"
         "根据当事人约定适用的仲裁规则，仲裁庭有权在征询当事人意见后决定以视频方式开庭，机电公司已收到开庭通知并实际参加"
         "庭审、充分陈述意见，不存在《纽约公约》第五条第一款第（乙）项、第（丁）项规定的情形。遂作出（2025）渝01协外认3号"
         "民事裁定：承认和执行该仲裁裁决。",
         "本案严格依照《纽约公约》对外国仲裁裁决进行司法审查，准确认定线上开庭等新型仲裁程序的正当性，彰显了我国法院支持"
         "仲裁、友好仲裁的司法立场，有利于提升中国（重庆）自由贸易试验区国际商事纠纷解决的公信力和吸引力。"),
    ]
    for head, facts, ruling, meaning in cases:
        b.heading(head, font=HT, indent=False)
        b.runin("【基本案情】", facts, head_font=HT, bold=False)
        b.runin("【裁判结果】", ruling, head_font=HT, bold=False)
        b.runin("【典型意义】", meaning, head_font=HT, bold=False)
    b.body("全市法院将以此次典型案例发布为契机，持续加强涉自贸试验区审判工作，深化陆上贸易规则、跨境金融、数字贸易等领域"
           "的司法研究，不断完善国际商事纠纷多元化解机制，为中国（重庆）自由贸易试验区建设和西部陆海新通道高质量发展提供"
           "更加有力的司法服务和保障。")
    b.banji(["抄送：最高人民法院民事审判第四庭，市委政法委，市商务委（市自贸办）。",
             "重庆市高级人民法院办公室　　　　　　　　2025年11月27日印发"])
    return b


# ================================================================ doc 3
def doc_fujian_jcy():
    b = Builder("blind412_fujian_jianchayuan_tongzhi")
    b.start(meta(
        "福建省人民检察院关于开展服务保障中国（福建）自由贸易试验区高质量发展专项检察监督活动的通知",
        "闽检发〔2026〕7号", ["福建省人民检察院"], "2026-01-15", "provincial", "福建省", "通知",
        recipients=["各设区市人民检察院", "平潭综合实验区人民检察院", "福州铁路运输检察院", "省院各内设机构"]))
    num_id = add_chinese_numbering(b.doc)
    b.empty()
    b.para([("福建省人民检察院文件", XBS, 42, False, RED)], align=CENTER, indent=False, line=56)
    b.empty()
    p = b.para([("闽检发〔2026〕7号", FS, 16)], align=CENTER, indent=False)
    red_rule(p)
    b.empty()
    b.title(["福建省人民检察院关于开展服务保障",
             "中国（福建）自由贸易试验区高质量发展",
             "专项检察监督活动的通知"])
    b.empty()
    b.para([("各设区市人民检察院，平潭综合实验区人民检察院，福州铁路运输检察院，省院各内设机构：", FS, 16)],
           indent=False)
    b.body("为深入贯彻落实《中共中央关于进一步全面深化改革、推进中国式现代化的决定》关于“实施自由贸易试验区提升战略”的"
           "部署要求，充分发挥检察职能作用，服务保障中国（福建）自由贸易试验区福州、厦门、平潭片区高质量发展，省院决定自"
           "2026年2月至12月在全省检察机关开展服务保障自贸试验区高质量发展专项检察监督活动。现将有关事项通知如下：")
    b.heading("一、工作目标")
    b.body("围绕自贸试验区投资贸易自由化便利化、跨境电商、海关特殊监管区域、两岸融合发展等重点领域，依法惩治破坏市场经济"
           "秩序犯罪，强化民事、行政诉讼监督，积极稳妥开展公益诉讼，推动形成一批可复制可推广的检察工作经验，为自贸试验区"
           "建设营造稳定公平透明、可预期的法治化营商环境。")
    b.heading("二、重点任务")
    items = [
        ("依法惩治涉自贸试验区犯罪。",
         "重点打击走私、骗取出口退税、虚开增值税专用发票、侵犯知识产权、非法集资等犯罪，依法从严惩治利用综合保税区、"
         "跨境电商零售进口政策实施的走私犯罪；对涉案企业依法规范适用企业合规改革，做到惩治犯罪与保护企业发展并重。"),
        ("加强涉企民事行政诉讼监督。",
         "聚焦国际贸易、融资租赁、股权投资等领域的生效裁判和执行活动，依法监督纠正超标的查封、扣押、冻结和违法执行等"
         "问题；对行政机关在市场准入、海关监管、税收征管中可能存在的违法行使职权或者不行使职权情形，依法开展行政违法"
         "行为监督。"),
        ("积极稳妥开展公益诉讼。",
         "围绕进口商品质量安全、跨境电商个人信息保护、口岸生态环境保护等领域，依法办理公益诉讼案件；坚持诉前程序优先，"
         "通过磋商、检察建议等方式督促行政机关依法履职。"),
        ("深化涉台检务交流合作。",
         "依托厦门、平潭两岸融合发展先行区建设，完善台胞台企权益保护检察工作机制，探索聘请台胞担任特邀检察官助理，"
         "依法平等保护台胞台企合法权益。"),
    ]
    cn = "一二三四五六"
    for i, (head, rest) in enumerate(items):
        p = b.doc.add_paragraph()
        fmt(p)
        apply_numbering(p, num_id)
        set_run_font(p.add_run(head), FS, 16, bold=True)
        set_run_font(p.add_run(rest), FS, 16)
        b.cur["clauses"].append("（%s）%s%s" % (cn[i], head, rest))
    b.heading("三、工作要求")
    b.runin("1.加强组织领导。",
            "各设区市院要成立由检察长任组长的专项活动领导小组，结合实际制定具体实施方案，于2026年2月28日前报省院第四检察部。",
            bold=False)
    b.runin("2.强化协作配合。",
            "加强与法院、公安、海关、税务、市场监管、商务（自贸办）等部门的沟通协作，健全信息共享、线索移送、案件会商机制。",
            bold=False)
    b.runin("3.注重总结宣传。",
            "各地要及时总结专项活动中形成的经验做法，每季度末月20日前报送工作进展情况，11月30日前报送专项活动工作总结及"
            "典型案例2至3件。", bold=False)
    b.body("联系人：省院第四检察部　陈某某，电话：0591-87705316。")
    b.empty(2)
    b.para([("福建省人民检察院　　　　", FS, 16)], align=RIGHT, indent=False)
    b.para([("2026年1月15日　　　　　", FS, 16)], align=RIGHT, indent=False)
    b.banji(["抄送：最高人民检察院第四检察厅，省委政法委，省商务厅（省自贸办）。",
             "福建省人民检察院办公室　　　　　　　　　2026年1月16日印发"], gap=1)
    return b


def main():
    builders = [doc_xiamen(), doc_chongqing(), doc_fujian_jcy()]
    expected = {}
    profile = "-env:UserInstallation=file:///tmp/lo_412"
    for b in builders:
        path = b.save()
        expected[b.stem] = b.entries
        subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf",
                        "--outdir", HERE, path], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
