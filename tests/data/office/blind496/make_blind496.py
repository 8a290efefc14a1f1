# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 496: 东西部协作 agreements and work plan."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(att), name)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, parts, font=FS, size=16, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
         indent=True, bold=False, color=None, exact=28):
    """parts: str, or list of (text, font, bold) tuples; '\n' in text => soft break."""
    p = doc.add_paragraph()
    fmt(p, align, indent, exact)
    if isinstance(parts, str):
        parts = [(parts, font, bold)]
    for text, f, b in parts:
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            r = p.add_run(ch)
            set_font(r, f, size, b, color)
            if i < len(chunks) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False)


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    add_field(r, " PAGE ")
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, lines, font=FS, size=14, bold=False,
              align=WD_ALIGN_PARAGRAPH.CENTER, exact=22):
    """lines: list of paragraphs; '\n' inside => soft break."""
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt(p, align, indent=False, exact=exact)
        chunks = line.split("\n")
        for i, ch in enumerate(chunks):
            r = p.add_run(ch)
            set_font(r, font, size, bold)
            if i < len(chunks) - 1:
                r.add_break(WD_BREAK.LINE)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def add_numbering(doc, abs_id, num_id, lvl_text, num_fmt, indent_pt=32):
    """Add an abstractNum/num to the numbering part; return num_id."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", num_fmt),
                     ("w:suff", "nothing"), ("w:lvlText", lvl_text),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), str(int(indent_pt * 20)))
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    num.append(an)
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def data_table(doc, header, rows, widths):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], [h], font=HT, size=12)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER if j in (2,) else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(t.rows[i].cells[j], [v], size=12, align=al)
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    # repeat header row
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trpr.append(th)
    return t


def row_clause(cols, row):
    return "；".join("%s：%s" % (c, v) for c, v in zip(cols, row))


# ================================================================ doc 1
def make_xiamen_xieyi():
    doc = new_doc()
    clauses = []

    def c(text, parts=None, **kw):
        """add clause paragraph; text for key (soft breaks removed)."""
        para(doc, parts if parts is not None else text, **kw)
        clauses.append(text.replace("\n", ""))

    # title split over two paragraphs
    para(doc, "中国（福建）自由贸易试验区厦门片区与", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    para(doc, "东乡族自治县东西部协作合作协议", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc)
    c("甲方：中国（福建）自由贸易试验区厦门片区管理委员会", indent=False)
    c("乙方：东乡族自治县人民政府", indent=False)
    empty(doc)
    c("为深入贯彻党中央、国务院关于深化东西部协作的决策部署，全面落实福建省、甘肃省东西部协作联席会议精神，"
      "发挥中国（福建）自由贸易试验区厦门片区制度创新、开放平台和产业资源优势，助力东乡族自治县巩固拓展脱贫攻坚成果、"
      "全面推进乡村振兴，本着“优势互补、互利共赢、长期合作、共同发展”的原则，经甲乙双方友好协商，"
      "就开展东西部协作达成如下协议：")

    def chap(t):
        para(doc, t, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def art(head, body, sep="　", bold_head=True):
        txt = head + sep + body
        parts = [(head, FS, bold_head), (sep + body, FS, False)]
        para(doc, parts)
        clauses.append(txt.replace("\n", ""))

    chap("第一章　总　　则")
    art("第一条", "合作目标。双方围绕产业协作、劳务协作、消费帮扶、人才交流和开放平台共享，建立“片区+县域”结对协作机制，"
        "力争到2027年底，在东乡族自治县落地协作产业项目不少于15个，带动农村劳动力稳定就业不少于3000人，"
        "实现消费帮扶金额累计不低于1.2亿元。")
    art("第二条", "合作原则。双方坚持政府引导、市场运作、企业主体、群众参与，坚持当前与长远相结合、“输血”与“造血”相结合，"
        "确保各项协作举措可操作、可考核、可持续。")
    # typed with two half-width spaces instead of a full-width space, no bold
    art("第三条", "合作期限。本协议合作期限为2025年至2027年。双方每年共同编制年度工作计划，明确年度项目、资金安排和责任单位，"
        "年度工作计划作为本协议的组成部分。", sep="  ", bold_head=False)
    empty(doc)
    chap("第二章　合作内容")
    art("第四条", "产业协作。甲方发挥自贸试验区招商平台作用，引导片区内企业到乙方投资兴业，重点支持以下领域：")
    c("（一）依托东乡手抓羊肉、东乡土豆等特色农产品，建设标准化养殖、精深加工和冷链仓储项目；")
    c("（二）推动乙方特色产品通过厦门跨境电子商务综合试验区平台、海沧港综合保税区进入国际市场；")
    c("（三）支持乙方建设东西部协作产业园，甲方每年协调引进不少于3家企业入园。")
    art("第五条", "开放平台共享。甲方向乙方开放自贸试验区制度创新成果，协助乙方复制推广“跨境电商+产业带”“两步申报”“提前申报”"
        "等改革经验；支持乙方企业利用中欧（厦门）班列、“丝路海运”航线开展进出口业务，甲方在舱位、班列运力协调方面给予支持。")
    art("第六条", "劳务协作。双方建立劳务输转对接机制，甲方每年组织片区企业赴乙方开展专场招聘会不少于2场，提供就业岗位不少于1000个；"
        "乙方负责做好劳动力摸底、技能培训和有组织输转。对赴厦稳定就业3个月以上的脱贫劳动力，双方按照各自政策给予交通补助和稳岗补贴。")
    # soft line break typed in the middle of the article
    art("第七条", "消费帮扶。甲方动员片区内国有企业、商协会和餐饮企业采购乙方农特产品，在象屿综合保税区设立“东乡好物”展销专区；\n"
        "乙方负责健全农产品质量追溯体系，确保供货稳定、品质可靠。")
    art("第八条", "人才交流。双方每年互派干部挂职不少于5人次。甲方每年为乙方培训党政干部、专业技术人员和乡村振兴带头人不少于300人次，"
        "重点开展自贸试验区政策、跨境电商运营、外贸实务等培训。")
    art("第九条", "社会帮扶。甲方引导片区内企业、社会组织参与“万企兴万村”行动，在教育、医疗、饮水安全等领域开展结对帮扶。")
    empty(doc)
    chap("第三章　资金保障与项目管理")
    art("第十条", "资金安排。甲方每年安排东西部协作财政援助资金不低于3000万元，主要用于产业发展、劳务协作、人才培训和乡村建设。"
        "具体项目及资金额度以双方确认的年度工作计划为准。")
    # continuation paragraph without article number
    c("2026年、2027年援助资金规模，由甲方根据上年度项目实施绩效和福建省东西部协作资金安排统筹确定，并于当年3月底前书面告知乙方。")
    art("第十一条", "资金管理。乙方应当将援助资金纳入财政专户管理，严格执行项目库管理和资金公告公示制度，不得截留、挤占、挪用。"
        "援助资金形成的经营性资产，应当明确产权归属和收益分配方式，收益优先用于帮扶脱贫人口和防止返贫监测对象。")
    art("第十二条", "项目管理。乙方负责协作项目的申报、实施和验收，项目实施情况每季度报甲方备案；甲方有权对项目实施进度和资金使用情况"
        "进行跟踪检查，发现问题的，乙方应当及时整改。")
    empty(doc)
    chap("第四章　组织保障")
    art("第十三条", "工作机制。双方成立东西部协作工作领导小组，由甲方管委会主要负责同志和乙方县政府主要负责同志任组长，"
        "每年至少召开一次联席会议，研究解决协作中的重大问题。双方分别明确一名联络员负责日常沟通。")
    art("第十四条", "考核评估。双方按照国家东西部协作考核评价有关规定，对年度目标任务完成情况进行自查评估，于每年11月底前互相通报。")
    empty(doc)
    chap("第五章　附　　则")
    art("第十五条", "本协议未尽事宜，由双方协商一致后另行签订补充协议。补充协议与本协议具有同等效力。")
    art("第十六条", "本协议执行过程中发生争议的，双方应当本着友好合作的精神协商解决。")
    art("第十七条", "本协议自双方法定代表人或授权代表签字并加盖公章之日起生效，有效期至2027年12月31日。")
    art("第十八条", "本协议一式四份，甲乙双方各执二份，具有同等法律效力。")
    empty(doc)
    para(doc, "（以下无正文）", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 2)

    # signature block: two-column layout table without borders
    t = doc.add_table(rows=4, cols=2)
    no_borders(t)
    left = ["甲方（盖章）：\n中国（福建）自由贸易试验区\n厦门片区管理委员会",
            "法定代表人或\n授权代表（签字）：",
            "签订日期：2025年3月12日",
            "签订地点：福建省厦门市"]
    right = ["乙方（盖章）：\n东乡族自治县人民政府",
             "法定代表人或\n授权代表（签字）：",
             "签订日期：2025年3月20日",
             "签订地点：甘肃省临夏州东乡族自治县"]
    for i in range(4):
        cell_text(t.rows[i].cells[0], [left[i]], size=15, align=WD_ALIGN_PARAGRAPH.LEFT, exact=28)
        cell_text(t.rows[i].cells[1], [right[i]], size=15, align=WD_ALIGN_PARAGRAPH.LEFT, exact=28)

    meta = {
        "title": "中国（福建）自由贸易试验区厦门片区与东乡族自治县东西部协作合作协议",
        "doc_number": None,
        "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会", "东乡族自治县人民政府"],
        "date": "2025-03-20",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": "2025-03-20",
        "expires": "2027-12-31",
        "attachments": [],
        "doc_type": "协议",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ================================================================ doc 2
PLAN_TITLE = "厦门片区—东乡族自治县2025年度东西部协作工作计划"


def make_xiamen_jihua():
    doc = new_doc()
    n_clauses = []
    p_clauses = []

    # red header (two paragraphs), doc number, red line
    para(doc, "中国（福建）自由贸易试验区厦门片区", font=XBS, size=26, color=RED,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=40)
    para(doc, "管理委员会办公室文件", font=XBS, size=36, color=RED,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=50)
    empty(doc)
    p = para(doc, "厦自贸委办〔2025〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc)
    # title with manual soft line breaks
    para(doc, "中国（福建）自由贸易试验区厦门片区\n管理委员会办公室关于印发《厦门片区—东乡族\n"
         "自治县2025年度东西部协作工作计划》的通知", font=XBS, size=20,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=34)
    empty(doc)
    para(doc, "管委会各局（办），象屿综合保税区管理局，海沧港综合保税区管理局，各有关单位：", indent=False)

    def nc(text, **kw):
        para(doc, text, **kw)
        n_clauses.append(text.replace("\n", ""))

    nc("《厦门片区—东乡族自治县2025年度东西部协作工作计划》已经片区东西部协作工作领导小组会议研究同意，现印发给你们，"
       "请结合实际认真贯彻落实。")
    nc("各责任单位要按照计划确定的目标任务，细化工作举措，明确完成时限，于每季度末月25日前将工作进展情况报送片区东西部协作"
       "工作领导小组办公室（设在管委会经济发展局）。工作中遇到的重大问题，请及时报告。")
    nc("联系人：经济发展局　林晓鹭，电话：0592-6051283。")
    empty(doc)
    # attachment line with hanging alignment typed with spaces
    para(doc, "附件：" + PLAN_TITLE, indent=True)
    empty(doc, 3)
    # 落款 pushed right with manual spaces (left aligned)
    para(doc, "　　　　　中国（福建）自由贸易试验区厦门片区" , indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "管理委员会办公室　　　　", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2025年4月8日　　　　　", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc)
    para(doc, "（此件公开发布）", indent=True)
    page_break(doc)

    # ---------- attachment: the plan
    para(doc, "附件", font=HT, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc)
    para(doc, "厦门片区—东乡族自治县\n2025年度东西部协作工作计划", font=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc)

    def pc(text, parts=None, **kw):
        para(doc, parts if parts is not None else text, **kw)
        p_clauses.append(text.replace("\n", ""))

    def runin(head, body, hfont=KT):
        para(doc, [(head, hfont, False), (body, FS, False)])
        p_clauses.append(head + body)

    pc("为贯彻落实《中国（福建）自由贸易试验区厦门片区与东乡族自治县东西部协作合作协议》，扎实推进2025年度东西部协作各项工作，"
       "结合双方实际，制定本计划。")
    para(doc, "一、总体目标", font=HT)
    pc("2025年，双方围绕产业协作、劳务协作、消费帮扶、人才交流四个重点，全年安排东西部协作财政援助资金3260万元，实施协作项目10个；"
       "引导片区企业到东乡族自治县新增投资不少于2亿元；帮助农村劳动力转移就业1200人以上，其中脱贫劳动力不少于600人；"
       "消费帮扶金额不低于4000万元。")
    para(doc, "二、重点任务", font=HT)
    runin("（一）推进产业协作。", "聚焦特色种养、农产品加工和跨境电商，着力引进一批带动能力强的企业。")
    num = add_numbering(doc, 91, 91, "%1.", "decimal")
    items = [
        "推动片区龙头企业与东乡族自治县合作建设10万只肉羊标准化养殖及屠宰加工项目，6月底前完成项目备案，年内开工建设。",
        "在东西部协作产业园新建标准化厂房2万平方米，年内引进片区企业不少于3家。",
        "依托厦门跨境电子商务公共服务平台，为东乡族自治县培育跨境电商经营主体不少于5家，推动东乡土豆粉、牛羊肉制品"
        "通过“9610”“9710”模式出口。",
    ]
    for i, it in enumerate(items, start=1):
        p = para(doc, it)
        p.paragraph_format.first_line_indent = None
        set_num(p, num)
        p_clauses.append("%d.%s" % (i, it))
    runin("（二）深化劳务协作。", "建立“东乡—厦门”劳务协作工作站，全年组织专场招聘会3场以上，开展职业技能培训1500人次。"
          "对在片区企业稳定就业3个月以上的东乡籍脱贫劳动力，按每人每月300元标准给予稳岗补贴，补贴期限不超过12个月。")
    runin("（三）做实消费帮扶。", "在象屿综合保税区跨境商品直营中心设立“东乡好物”展销专区，组织片区企业工会、机关食堂优先采购"
          "东乡农特产品；支持东乡农产品纳入“厦门消费帮扶馆”线上商城。")
    runin("（四）加强人才交流。", "片区选派2名干部到东乡族自治县挂职，接收东乡族自治县5名干部到片区管委会跟岗学习；"
          "举办自贸试验区政策和外贸实务培训班4期，培训东乡族自治县干部和技术人员300人次。")
    para(doc, "三、年度项目安排", font=HT)
    pc("2025年度东西部协作项目及资金安排见下表。")
    cols = ["项目名称", "合作内容", "资金（万元）", "责任单位"]
    header = ["项目名称", "合作内容", "资金\n（万元）", "责任单位"]
    rows = [
        ["东乡肉羊标准化养殖及屠宰加工项目", "援建标准化圈舍、屠宰加工车间及冷库，带动脱贫户入股分红", "900",
         "东乡县农业农村局、片区经济发展局"],
        ["东西部协作产业园标准化厂房（二期）", "新建标准化厂房2万平方米及配套设施", "650",
         "东乡县工信局、片区招商服务中心"],
        ["跨境电商孵化中心", "建设跨境电商直播基地，开展经营主体培育和运营培训", "300",
         "东乡县商务局、片区贸易发展局"],
        ["农产品冷链物流中心", "建设冷藏库5000吨及分拣包装线", "420", "东乡县商务局"],
        ["劳务协作工作站及稳岗补贴", "运营劳务协作工作站，落实稳岗补贴和交通补助", "260",
         "东乡县人社局、片区人力资源服务中心"],
        ["职业技能培训", "开展电焊、家政、电商运营等技能培训1500人次", "150", "东乡县人社局"],
        ["干部人才培训", "举办自贸试验区政策、外贸实务培训班4期", "80", "东乡县委组织部、片区党群工作部"],
        ["乡村振兴示范村建设", "在锁南镇、达板镇建设示范村2个，完善村内道路和人居环境设施", "350", "东乡县农业农村局"],
        ["乡村学校教育帮扶", "为5所乡村中小学配备智慧教室设备", "100", "东乡县教育局"],
        ["“东乡好物”展销专区", "在象屿综合保税区建设“东乡好物”展销专区", "50",
         "片区贸易发展局、象屿综合保税区管理局"],
        ["合计", "—", "3260", "—"],
    ]
    data_table(doc, header, rows, [3.4, 5.8, 2.3, 4.1])
    for r in rows:
        p_clauses.append(row_clause(cols, r))
    para(doc, "四、保障措施", font=HT)
    runin("（一）加强组织领导。", "片区东西部协作工作领导小组统筹推进计划实施，各责任单位主要负责同志为第一责任人，确保各项任务按期完成。")
    runin("（二）强化资金监管。", "援助资金实行项目化管理，按照“资金跟着项目走”的原则拨付，项目资金拨付进度年底前达到100%。")
    runin("（三）严格督查考核。", "领导小组办公室每季度对计划执行情况进行调度，年底前组织开展自评，评估结果纳入片区年度绩效考核。")
    empty(doc, 2)

    # 版记
    p = para(doc, "抄送：东乡族自治县人民政府办公室，福建省东西部协作工作领导小组办公室。", size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 1)
    border(p, "bottom", "000000", 4, 1)
    p = para(doc, "中国（福建）自由贸易试验区厦门片区管委会办公室    2025年4月8日印发", size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8, 1)

    notice_meta = {
        "title": "中国（福建）自由贸易试验区厦门片区管理委员会办公室关于印发《厦门片区—东乡族自治县2025年度东西部协作工作计划》的通知",
        "doc_number": "厦自贸委办〔2025〕9号",
        "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会办公室"],
        "date": "2025-04-08",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": None,
        "expires": None,
        "attachments": [PLAN_TITLE],
        "doc_type": "通知",
        "recipients": ["管委会各局（办）", "象屿综合保税区管理局", "海沧港综合保税区管理局", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    plan_meta = {
        "title": PLAN_TITLE,
        "doc_number": None,
        "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会办公室"],
        "date": "2025-04-08",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "计划",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": notice_meta, "clauses": n_clauses},
                 {"meta": plan_meta, "clauses": p_clauses}]


# ================================================================ doc 3
def make_suzhou_xieyi():
    doc = new_doc()
    clauses = []

    para(doc, "中国（江苏）自由贸易试验区苏州片区—\n沿河土家族自治县2026年度\n东西部协作项目合作协议书",
         font=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=34)
    empty(doc, 2)

    def c(text, parts=None, **kw):
        para(doc, parts if parts is not None else text, **kw)
        clauses.append(text.replace("\n", ""))

    c("甲方：苏州工业园区管理委员会（中国（江苏）自由贸易试验区苏州片区）", indent=False)
    c("乙方：沿河土家族自治县人民政府", indent=False)
    empty(doc)
    c("为贯彻落实党中央、国务院关于东西部协作的决策部署，根据江苏省、贵州省东西部协作有关安排和甲乙双方签订的结对帮扶框架协议，"
      "经友好协商，甲乙双方就2026年度东西部协作项目实施事宜达成如下协议：")

    # 第X条 by Word automatic numbering (chineseCounting)
    num = add_numbering(doc, 92, 92, "第%1条　", "chineseCounting", indent_pt=32)
    cn = "一二三四五六七八九十"

    def cnum(n):
        if n <= 10:
            return cn[n - 1]
        return "十" + cn[n - 11]

    counter = [0]

    def art(head, body):
        counter[0] += 1
        p = para(doc, [(head, FS, True), (body, FS, False)])
        p.paragraph_format.first_line_indent = None
        set_num(p, num)
        clauses.append("第%s条　%s%s" % (cnum(counter[0]), head, body))

    art("项目范围。", "本协议所称协作项目，是指甲方安排财政援助资金，在乙方实施的产业发展、就业帮扶、乡村建设和社会事业等项目。")
    art("资金总额。", "2026年度甲方向乙方拨付东西部协作财政援助资金共计2580万元（大写：贰仟伍佰捌拾万元整），"
        "其中产业类项目资金占比不低于60%。")
    art("项目安排。", "2026年度协作项目及资金安排如下：")
    cols = ["项目名称", "合作内容", "资金（万元）", "责任单位"]
    rows = [
        ["沿河空心李精深加工项目", "建设空心李果脯、果酒生产线各1条，配套冷藏库2000吨", "780", "沿河县农业农村局"],
        ["乌江沿岸生态茶园提质项目", "改造低产茶园3000亩，建设茶叶初制加工厂1座", "520", "沿河县农业农村局"],
        ["苏沿跨境电商协作中心", "依托苏州片区跨境电商资源，建设直播选品中心和海外仓对接服务平台", "360",
         "沿河县商务局、苏州工业园区经济发展委员会"],
        ["劳务协作稳岗就业项目", "对到苏州稳定就业的脱贫劳动力发放一次性交通补助和稳岗补贴", "300", "沿河县人力资源和社会保障局"],
        ["乡村振兴示范点建设", "在中界镇、官舟镇建设乡村振兴示范点2个", "440", "中界镇人民政府、官舟镇人民政府"],
        ["医疗卫生帮扶项目", "为县人民医院购置CT设备1台，建设远程会诊平台", "180", "沿河县卫生健康局"],
    ]
    data_table(doc, cols, rows, [3.5, 6.0, 2.3, 3.8])
    for r in rows:
        clauses.append(row_clause(cols, r))
    art("资金拨付。", "甲方应当于本协议生效后30个工作日内拨付援助资金总额的70%，项目完工验收合格后拨付剩余30%。"
        "援助资金拨付至乙方财政专户。")
    art("甲方的权利和义务：", "")
    for s in ["（一）按照本协议约定及时足额拨付援助资金；",
              "（二）协调苏州片区企业参与乙方项目建设和产品销售；",
              "（三）对项目实施和资金使用情况进行监督检查。"]:
        c(s)
    art("乙方的权利和义务：", "")
    for s in ["（一）按照项目管理规定组织实施协作项目，落实项目法人责任制、招标投标制和工程监理制；",
              "（二）确保援助资金专款专用，不得用于偿还债务、发放工资和“三公”经费支出；",
              "（三）每季度结束后10日内向甲方报送项目进度和资金使用情况；",
              "（四）项目建成后及时办理资产移交，明确管护主体和管护责任。"]:
        c(s)
    art("项目变更。", "确需调整项目或资金用途的，乙方应当提出书面申请，经甲方书面同意后方可调整。调整后的项目应当符合东西部协作资金使用范围。")
    art("绩效管理。", "乙方应当为每个项目设定联农带农绩效目标，项目年度绩效自评结果于2027年1月31日前报送甲方。")
    art("违约责任。", "乙方擅自改变资金用途或者项目未按期实施的，甲方有权暂停拨付剩余资金，并要求乙方限期整改。")
    art("其他约定。", "本协议未尽事宜，双方可另行协商签订补充协议。")
    art("协议效力。", "本协议自双方签字盖章之日起生效，有效期至2026年12月31日。项目跨年度实施的，双方权利义务延续至项目验收完成。")
    art("", "本协议一式六份，甲乙双方各执三份。")
    empty(doc, 3)

    # signature: one row, two cells, several paragraphs each
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.rows[0].cells[0],
              ["甲方：苏州工业园区管理委员会", "（盖章）", "", "代表（签字）：", "", "2026年2月10日"],
              size=14, align=WD_ALIGN_PARAGRAPH.LEFT, exact=28)
    cell_text(t.rows[0].cells[1],
              ["乙方：沿河土家族自治县人民政府", "（盖章）", "", "代表（签字）：", "", "2026年2月6日"],
              size=14, align=WD_ALIGN_PARAGRAPH.LEFT, exact=28)

    meta = {
        "title": "中国（江苏）自由贸易试验区苏州片区—沿河土家族自治县2026年度东西部协作项目合作协议书",
        "doc_number": None,
        "issuer": ["苏州工业园区管理委员会", "沿河土家族自治县人民政府"],
        "date": "2026-02-10",
        "published": None,
        "level": "zone",
        "region": "中国（江苏）自由贸易试验区苏州片区",
        "effective": "2026-02-10",
        "expires": "2026-12-31",
        "attachments": [],
        "doc_type": "协议",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ================================================================ main
def main():
    expected = {}
    for stem, fn in (("blind496_xiamen_xieyi", make_xiamen_xieyi),
                     ("blind496_xiamen_jihua", make_xiamen_jihua),
                     ("blind496_suzhou_xieyi", make_suzhou_xieyi)):
        doc, entries = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = entries
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_496", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
