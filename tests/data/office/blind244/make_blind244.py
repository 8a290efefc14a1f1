# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 244: local regulations and government rules on pilot free trade
zones and opening-up.  Writes every file next to itself plus expected.json.

    . /work/venv/bin/activate && python make_blind244.py
"""
import json
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"


# ----------------------------------------------------------------- helpers
def set_run_font(run, east, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc(title, author, line=28.95, size=16):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(20)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    doc.core_properties.title = title
    doc.core_properties.author = author
    doc.core_properties.comments = ""
    doc.settings.odd_and_even_pages_header_footer = True
    add_page_numbers(sec)
    return doc


def _field(paragraph, instr, east="宋体", size=14):
    r = paragraph.add_run()
    set_run_font(r, east, size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r2 = paragraph.add_run()
    set_run_font(r2, east, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._element.append(it)
    r3 = paragraph.add_run()
    set_run_font(r3, east, size)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._element.append(s)
    r4 = paragraph.add_run("1")
    set_run_font(r4, east, size)
    r5 = paragraph.add_run()
    set_run_font(r5, east, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r5._element.append(e)


def add_page_numbers(sec):
    """GB/T 9704: 4号半角宋体, “— N —”, odd pages right (one char in), even left."""
    for footer, align in ((sec.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        r = p.add_run("— ")
        set_run_font(r, "宋体", 14)
        _field(p, "PAGE")
        r = p.add_run(" —")
        set_run_font(r, "宋体", 14)


def para(doc, text="", east=FS, size=16, align=None, indent=True, bold=False,
         color=None, first_chars=2, right_chars=0, before=0, after=0, line=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent and align in (None, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT):
        p.paragraph_format.first_line_indent = Pt(size * first_chars)
    if right_chars:
        p.paragraph_format.right_indent = Pt(size * right_chars)
    if before:
        p.paragraph_format.space_before = Pt(before)
    if after:
        p.paragraph_format.space_after = Pt(after)
    if line:
        p.paragraph_format.line_spacing = Pt(line)
    if text:
        add_text(p, text, east, size, bold, color)
    return p


def add_text(p, text, east=FS, size=16, bold=False, color=None):
    """Add text; '\n' inside becomes a soft line break (w:br)."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_run_font(r, east, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def red_rule(doc, width_eighths=12):
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(8)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(width_eighths))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "E60012")
    bdr.append(b)
    ppr.append(bdr)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def article(doc, label, paras, size=16, soft_items=False):
    """A 条 with its label run-in in 黑体.  paras: list of paragraph strings.
    With soft_items the item lines (（一）…) are soft breaks inside the first
    paragraph instead of separate paragraphs."""
    first = paras[0]
    rest = paras[1:]
    p = para(doc, size=size)
    r = p.add_run(label)
    set_run_font(r, HEI, size)
    r = p.add_run("　")
    set_run_font(r, FS, size)
    if soft_items:
        items = [x for x in rest if x.startswith("（")]
        others = [x for x in rest if not x.startswith("（")]
        add_text(p, "\n".join([first] + items), FS, size)
        rest = others
    else:
        add_text(p, first, FS, size)
    for t in rest:
        para(doc, t, size=size)


def clause_text(label, paras):
    return label + "　" + "\n".join(paras)


def convert_pdf(docx_path):
    prof = "file:///tmp/lo_244"
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + prof,
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ 1. 条例
TIAOLI_TITLE = "中国（云南）自由贸易试验区条例"
TIAOLI_HISTORY = ("（2020年9月25日云南省第十三届人民代表大会常务委员会第二十次会议通过　"
                  "根据2023年11月30日云南省第十四届人民代表大会常务委员会第六次会议"
                  "《云南省人民代表大会常务委员会关于修改〈中国（云南）自由贸易试验区条例〉的决定》修正）")

ART10 = ["自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。负面清单之外的领域，按照内外资一致的原则实施管理。",
         "外商投资项目和外商投资企业设立及变更实行备案或者告知承诺管理，国家另有规定的除外。",
         "片区管理机构应当建立外商投资服务体系，为外国投资者提供政策咨询、项目对接、权益保护等服务。"]
ART21 = ["自贸试验区建立金融风险监测预警机制，加强对跨境资金流动的监测分析，防范洗钱、恐怖融资和逃税等风险。",
         "金融监管部门应当与片区管理机构建立信息共享和协同处置机制，守住不发生区域性、系统性金融风险的底线。"]
ART26_3 = "（三）建设跨境电子商务综合服务平台，发展边境贸易商品落地加工；"
ART27_2 = "支持德宏片区探索边民互市贸易进口商品落地加工，按照国家有关规定开展边民互市贸易商品经营者备案管理。"

CHAPTERS = [
    ("第一章　总　　则", [
        ("第一条", ["为了推进和保障中国（云南）自由贸易试验区（以下简称自贸试验区）建设，打造面向南亚东南亚辐射中心，服务和融入共建“一带一路”，根据有关法律、行政法规和国务院批准的《中国（云南）自由贸易试验区总体方案》，结合本省实际，制定本条例。"]),
        ("第二条", ["本条例适用于经国务院批准设立的自贸试验区，包括昆明片区、红河片区和德宏片区。",
                   "自贸试验区的实施范围根据国务院批准的方案确定；涉及海关特殊监管区域的，按照国家有关规定执行。"]),
        ("第三条", ["自贸试验区建设应当以制度创新为核心，以可复制可推广为基本要求，对标国际高标准经贸规则，推进贸易投资自由化便利化，着力打造“一带一路”和长江经济带互联互通的重要通道，建设连接南亚东南亚大通道的重要节点。"]),
        ("第四条", ["自贸试验区建立鼓励改革创新、允许试错、宽容失败的机制。改革创新未能实现预期目标，但有关单位和个人按照国家和本省有关规定决策、实施，且勤勉尽责、未牟取私利的，不作负面评价，依法免除相关责任。"]),
    ]),
    ("第二章　管理体制", [
        ("第五条", ["省人民政府统筹领导自贸试验区建设，研究决定自贸试验区发展规划、重大政策和重大事项。",
                   "省人民政府设立的自贸试验区工作领导小组办公室设在省人民政府商务主管部门，负责自贸试验区建设的组织协调、督促检查和评估推广等工作。"]),
        ("第六条", ["昆明市、红河哈尼族彝族自治州、德宏傣族景颇族自治州人民政府（以下简称所在地人民政府）应当设立片区管理机构，承担片区建设的主体责任。"]),
        ("第七条", ["片区管理机构履行下列职责：",
                   "（一）组织实施自贸试验区改革试点任务；",
                   "（二）制定片区发展规划和产业政策，报所在地人民政府批准后组织实施；",
                   "（三）负责片区内投资促进、招商引资和企业服务工作；",
                   "（四）依法集中行使省人民政府和所在地人民政府下放的行政管理事项；",
                   "（五）统筹协调海关、税务、金融监管等驻区机构的有关工作；",
                   "（六）省人民政府和所在地人民政府赋予的其他职责。"]),
        ("第八条", ["省人民政府及其有关部门应当按照能放尽放的原则，依法将省级经济管理权限下放或者委托片区管理机构实施。下放或者委托的行政权力事项目录由省人民政府公布，并实行动态调整。"]),
        ("第九条", ["海关、税务、外汇管理、金融监管等中央驻滇机构和省级有关部门应当在各自职责范围内支持自贸试验区建设，其在片区设立的派出机构依法履行管理职责。"]),
    ]),
    ("第三章　投资开放", [
        ("第十条", ART10),
        ("第十一条", ["自贸试验区推进企业登记注册便利化，实行经营范围规范化登记、住所（经营场所）申报承诺制和企业名称自主申报，推行“一业一证”和“证照分离”改革全覆盖。"]),
        ("第十二条", ["鼓励自贸试验区内企业开展境外投资，建立境外投资服务平台，为企业提供境外投资备案、风险预警、法律咨询等服务。",
                     "支持企业参与共建“一带一路”国家和地区的基础设施建设、产能合作和园区共建。"]),
        ("第十三条", ["自贸试验区应当围绕高端制造、生物医药、数字经济、现代物流、跨境旅游等产业，推动产业链供应链开放合作，培育面向南亚东南亚的外向型产业集群。"]),
    ]),
    ("第四章　贸易便利", [
        ("第十四条", ["自贸试验区建设国际贸易“单一窗口”，推进口岸通关与物流、贸易、金融等业务协同办理，实现企业一次提交、部门数据共享。"]),
        ("第十五条", ["海关在自贸试验区推行下列通关便利化措施：",
                     "（一）推进“两步申报”“提前申报”和“两段准入”监管模式；",
                     "（二）对进口货物实行“先放行、后改单”作业模式；",
                     "（三）对符合条件的企业实行汇总征税和自报自缴；",
                     "（四）推动与共建“一带一路”国家海关开展“经认证的经营者”互认合作。"]),
        ("第十六条", ["支持自贸试验区发展跨境电子商务，建设跨境电子商务公共服务平台和海外仓，开展跨境电子商务零售进口和出口业务。"]),
        ("第十七条", ["支持自贸试验区发展保税维修、保税研发、融资租赁等新型贸易业态。对符合条件的企业，海关可以实施保税监管。"]),
        ("第十八条", ["推进服务贸易创新发展，支持自贸试验区开展跨境旅游、国际医疗、教育培训、文化贸易等服务贸易，依法放宽服务业外资准入限制。"]),
    ]),
    ("第五章　金融服务", [
        ("第十九条", ["在风险可控的前提下，自贸试验区推进人民币跨境使用，扩大人民币在跨境贸易和投资中的结算规模，支持开展人民币与周边国家货币的直接交易和区域交易。"]),
        ("第二十条", ["支持符合条件的金融机构在自贸试验区设立分支机构，鼓励开展跨境融资、供应链金融、出口信用保险等业务。"]),
        ("第二十一条", ART21),
        ("第二十二条", ["支持在自贸试验区开展外汇管理改革试点，简化经常项目外汇收支手续，便利资本项目外汇资金结汇和使用。"]),
    ]),
    ("第六章　沿边开放与跨境合作", [
        ("第二十三条", ["自贸试验区应当发挥沿边区位优势，加强与越南、老挝、缅甸等周边国家的经贸合作，推进跨境经济合作区和边境经济合作区建设。"]),
        ("第二十四条", ["省人民政府应当推动中老铁路沿线开发开放，支持自贸试验区依托中老铁路发展国际铁路联运、冷链物流和国际中转集拼业务。"]),
        ("第二十五条", ["昆明片区应当加强与空港经济区联动发展，重点发展高端制造、航空物流、数字经济、总部经济等产业，建设面向南亚东南亚的互联互通枢纽和信息物流中心。"]),
        ("第二十六条", ["红河片区应当发挥河口口岸和中越跨境经济合作区的作用，重点推进下列工作：",
                       "（一）发展加工贸易、大健康服务和跨境旅游；",
                       "（二）推进中越跨境经济合作区建设，探索跨境劳务合作管理模式；",
                       ART26_3,
                       "（四）加强与越南老街省、河江省等地方政府的交流合作。",
                       "红河片区管理机构应当会同河口瑶族自治县人民政府建立口岸通关协调机制。"]),
        ("第二十七条", ["德宏片区应当依托瑞丽国家重点开发开放试验区，重点发展跨境产能合作、跨境金融、跨境物流和国际物流仓储等产业，建设中缅经济走廊的门户枢纽。",
                       ART27_2]),
        ("第二十八条", ["支持自贸试验区与磨憨、河口、瑞丽等口岸联动发展，推动口岸智能化建设，提升通关效率。"]),
        ("第二十九条", ["自贸试验区应当建立面向南亚东南亚的国际合作机制，推动与共建“一带一路”国家和地区在检验检疫、认证认可、标准计量等方面的合作。"]),
    ]),
    ("第七章　营商环境", [
        ("第三十条", ["自贸试验区深化“放管服”改革，推行政务服务“一网通办”“一窗受理”。除法律、法规另有规定或者涉及国家秘密等情形外，政务服务事项全部纳入政务服务平台办理。"]),
        ("第三十一条", ["自贸试验区建立以信用为基础的新型监管机制，全面实行“双随机、一公开”监管，对新技术、新产业、新业态、新模式实行包容审慎监管。"]),
        ("第三十二条", ["自贸试验区依法保护外国投资者和外商投资企业的合法权益，加强知识产权保护。",
                       "省人民政府知识产权主管部门应当在自贸试验区设立知识产权保护工作站，提供知识产权快速维权服务。"]),
        ("第三十三条", ["支持在自贸试验区设立国际商事调解组织和仲裁机构，完善诉讼、仲裁、调解相衔接的多元化纠纷解决机制。",
                       "人民法院、人民检察院可以根据自贸试验区建设需要，依法设立相应的派出机构或者工作机构。"]),
        ("第三十四条", ["省人民政府应当建立自贸试验区建设评估机制，对改革试点任务的实施情况开展第三方评估，并将评估结果向社会公布。"]),
        ("第三十五条", ["自贸试验区应当加强人才引进和服务保障，对符合条件的外籍高层次人才和急需紧缺人才，在出入境、停居留、工作许可等方面提供便利。"]),
    ]),
    ("第八章　附　　则", [
        ("第三十六条", ["本条例中下列用语的含义：",
                       "（一）片区管理机构，是指所在地人民政府设立的负责片区建设和管理的机构；",
                       "（二）所在地人民政府，是指昆明市、红河哈尼族彝族自治州、德宏傣族景颇族自治州人民政府。"]),
        ("第三十七条", ["本条例自2020年12月1日起施行。2019年11月20日云南省人民政府公布的《中国（云南）自由贸易试验区管理办法》同时废止。"]),
    ]),
]


def make_tiaoli():
    size = 12
    doc = new_doc(TIAOLI_TITLE, "省人大常委会法工委", line=22, size=size)
    para(doc, TIAOLI_TITLE, XBS, 20, WD_ALIGN_PARAGRAPH.CENTER, line=34, before=6)
    # legislative history: soft break before 根据
    hist = TIAOLI_HISTORY.replace("通过　根据", "通过\n根据")
    p = para(doc, hist, KAI, size, WD_ALIGN_PARAGRAPH.LEFT, indent=False, before=6, after=12)
    p.paragraph_format.left_indent = Pt(size * 2)
    p.paragraph_format.right_indent = Pt(size * 2)
    para(doc, "目　　录", HEI, size, WD_ALIGN_PARAGRAPH.CENTER, after=6)
    for ch, _ in CHAPTERS:
        para(doc, ch, FS, size, WD_ALIGN_PARAGRAPH.LEFT)
    # the body sits in its own (continuous) section, as in many real files
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    for ch, arts in CHAPTERS:
        para(doc, ch, HEI, size, WD_ALIGN_PARAGRAPH.CENTER, before=8, after=8)
        for label, paras in arts:
            article(doc, label, paras, size=size, soft_items=(label == "第七条"))
    path = os.path.join(HERE, "blind244_yunnan_tiaoli.docx")
    doc.save(path)
    convert_pdf(path)

    clauses = []
    applies = {}
    for ch, arts in CHAPTERS:
        for label, paras in arts:
            t = clause_text(label, paras)
            clauses.append(t)
            if label == "第二十五条":
                applies[t[:24]] = ["昆明片区"]
            if label == "第二十六条":
                applies[t[:24]] = ["红河片区"]
            if label == "第二十七条":
                applies[t[:24]] = ["德宏片区"]
    meta = {
        "title": TIAOLI_TITLE,
        "doc_number": None,
        "issuer": ["云南省人民代表大会常务委员会"],
        "date": "2020-09-25",
        "published": None,
        "level": "provincial",
        "region": "中国（云南）自由贸易试验区",
        "effective": "2020-12-01",
        "expires": None,
        "attachments": [],
        "doc_type": "地方性法规（条例，修正文本）",
        "recipients": [],
        "publicity": None,
        "repeals": "《中国（云南）自由贸易试验区管理办法》（2019年11月20日云南省人民政府公布）",
        "legislative_history": TIAOLI_HISTORY,
        "adopted": "2020-09-25",
        "amended": ["2023-11-30"],
    }
    return {"blind244_yunnan_tiaoli": [{"meta": meta, "clauses": clauses,
                                         "applies_to": {"specific": applies}}]}


# ================================================================ 2. 决定
JD_TITLE = "云南省人民代表大会常务委员会关于修改《中国（云南）自由贸易试验区条例》的决定"
JD_HISTORY = "（2023年11月30日云南省第十四届人民代表大会常务委员会第六次会议通过）"


def quoted(paras):
    """Chinese legislative quoting of several paragraphs: every paragraph opens
    with “, only the last one closes with ”."""
    out = ["“" + x for x in paras]
    out[-1] += "”"
    return out


JD_ITEMS = [
    ["一、将第十条修改为：" + quoted(ART10)[0]] + quoted(ART10)[1:],
    ["二、删去第二十条。"],
    ["三、增加一条，作为第二十一条：" + quoted(ART21)[0]] + quoted(ART21)[1:],
    ["四、将第二十六条第一款第三项修改为：“" + ART26_3 + "”"],
    ["五、将第二十七条第二款修改为：“" + ART27_2 + "”"],
    ["六、将第三十二条第二款中的“省知识产权局”修改为“省人民政府知识产权主管部门”。"],
    ["七、将第三十五条中的“外籍高层次人才”修改为“外籍高层次人才和急需紧缺人才”。"],
]
JD_LEAD = "云南省第十四届人民代表大会常务委员会第六次会议决定对《中国（云南）自由贸易试验区条例》作如下修改："
JD_TAIL = ["本决定自2024年1月1日起施行。",
           "《中国（云南）自由贸易试验区条例》根据本决定作相应修改并对条文顺序作相应调整，重新公布。"]


def make_jueding():
    doc = new_doc(JD_TITLE, "省人大常委会办公厅")
    # title broken over two lines with a soft break
    para(doc, "云南省人民代表大会常务委员会关于修改\n《中国（云南）自由贸易试验区条例》的决定",
         XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=36, before=20)
    para(doc, JD_HISTORY, KAI, 16, WD_ALIGN_PARAGRAPH.CENTER, before=8, after=16)
    para(doc, JD_LEAD)
    for item in JD_ITEMS:
        for t in item:
            para(doc, t)
    for t in JD_TAIL:
        para(doc, t)
    path = os.path.join(HERE, "blind244_yunnan_jueding.docx")
    doc.save(path)
    convert_pdf(path)

    clauses = [JD_LEAD] + ["\n".join(i) for i in JD_ITEMS] + JD_TAIL
    applies = {"五、将第二十七条第二款修改为：“支持德宏片区": ["德宏片区"]}
    meta = {
        "title": JD_TITLE,
        "doc_number": None,
        "issuer": ["云南省人民代表大会常务委员会"],
        "date": "2023-11-30",
        "published": None,
        "level": "provincial",
        "region": "中国（云南）自由贸易试验区",
        "effective": "2024-01-01",
        "expires": None,
        "attachments": [],
        "doc_type": "决定（地方性法规修正决定）",
        "recipients": [],
        "publicity": None,
        "repeals": None,
        "legislative_history": JD_HISTORY,
        "amends": "中国（云南）自由贸易试验区条例",
    }
    return {"blind244_yunnan_jueding": [{"meta": meta, "clauses": clauses,
                                          "applies_to": {"specific": applies}}]}


# ================================================================ 3. 政府令 (HTML)
BF_TITLE = "中国（湖南）自由贸易试验区长沙片区管理办法"
LING_TEXT = ("《中国（湖南）自由贸易试验区长沙片区管理办法》已经2024年3月12日市人民政府第46次常务会议通过，"
             "现予公布，自2024年5月1日起施行。")
BF_CHAPTERS = [
    ("第一章　总　　则", [
        ("第一条", ["为了推进中国（湖南）自由贸易试验区长沙片区（以下简称长沙片区）建设，打造世界级先进制造业集群、联通长江经济带和粤港澳大湾区的国际投资贸易走廊、中非经贸深度合作先行区，根据《中国（湖南）自由贸易试验区条例》等法规，结合本市实际，制定本办法。"]),
        ("第二条", ["本办法适用于长沙片区的建设、管理和服务活动。",
                   "长沙片区包括临空区块、经开区块和高新区块，具体范围以国务院批准的方案为准。各区块的功能布局见附件。"]),
        ("第三条", ["长沙片区建设以制度创新为核心，对接国际高标准经贸规则，加强与共建“一带一路”国家特别是非洲国家的经贸合作。"]),
        ("第四条", ["市人民政府应当将长沙片区建设纳入国民经济和社会发展规划，在规划编制、项目布局、资金安排、要素保障等方面予以支持。"]),
    ]),
    ("第二章　管理体制", [
        ("第五条", ["长沙片区管理委员会（以下简称片区管委会）是市人民政府的派出机构，履行下列职责：",
                   "（一）贯彻落实自贸试验区建设的法律、法规、规章和政策；",
                   "（二）组织实施长沙片区发展规划和改革试点任务；",
                   "（三）统筹推进长沙片区的投资促进、产业发展和企业服务；",
                   "（四）行使市人民政府依法赋予的市级经济管理权限；",
                   "（五）市人民政府确定的其他职责。"]),
        ("第六条", ["市人民政府有关部门应当按照各自职责支持片区管委会依法行使职权，依法将有关市级管理事项下放或者委托片区管委会实施。",
                   "区块所在区县（市）人民政府应当配合做好区块内的社会事务管理工作。"]),
        ("第七条", ["片区管委会应当会同省自贸试验区工作办公室、长沙海关、市税务局等单位建立联席会议制度，协调解决片区建设中的重大问题。"]),
    ]),
    ("第三章　投资贸易便利", [
        ("第八条", ["长沙片区实施外商投资准入前国民待遇加负面清单管理制度，推行企业开办“一件事一次办”，企业开办时间压缩至1个工作日以内。"]),
        ("第九条", ["长沙片区推行工程建设项目“拿地即开工”审批模式，对社会投资的一般工业项目实行告知承诺制审批。"]),
        ("第十条", ["支持长沙片区发展国际贸易新业态，培育跨境电子商务、市场采购贸易、二手车出口等外贸新模式。"]),
        ("第十一条", ["支持长沙片区建设中非经贸博览会配套设施，建设非洲非资源性产品集散交易加工中心，拓展对非易货贸易。"]),
        ("第十二条", ["推进长沙片区与湘粤非铁海联运、中欧班列（长沙）等国际物流通道衔接，支持开展多式联运“一单制”。"]),
    ]),
    ("第四章　区块发展与综合保税区", [
        ("第十三条", ["临空区块应当依托长沙黄花国际机场，重点发展航空物流、临空制造、跨境电商等产业，开通和加密国际货运航线。"]),
        ("第十四条", ["长沙黄花综合保税区实行“一线放开、二线安全高效管住”的监管模式，区内企业可以开展保税加工、保税物流、保税服务等业务。",
                     "对在长沙黄花综合保税区内开展的保税维修、保税研发项目，海关依法简化审批程序，实行“一企一策”监管。"]),
        ("第十五条", ["经开区块应当聚焦工程机械、汽车及零部件等产业，支持企业开展“两头在外”的保税维修和再制造业务。"]),
        ("第十六条", ["高新区块应当重点发展新一代信息技术、生物医药等产业，支持建设数据跨境流动安全评估服务平台。"]),
    ]),
    ("第五章　服务保障", [
        ("第十七条", ["市人民政府设立长沙片区发展专项资金，用于支持制度创新、产业发展、人才引进和公共服务平台建设。"]),
        ("第十八条", ["长沙片区对引进的外籍高层次人才，在工作许可、居留许可等方面提供便利；对符合条件的人才，按照规定给予住房、子女入学等保障。"]),
        ("第十九条", ["片区管委会应当建立改革创新容错免责机制。改革创新未达到预期效果，但符合规定条件的，对有关单位和个人不作负面评价，依法免除相关责任。"]),
        ("第二十条", ["长沙片区内的行政执法事项，由片区管委会依法相对集中行使行政处罚权，具体范围由市人民政府确定并公布。"]),
    ]),
    ("第六章　附　　则", [
        ("第二十一条", ["本办法自2024年5月1日起施行。"]),
    ]),
]
BF_TABLE_HEAD = ["区块", "面积（平方公里）", "功能定位", "重点产业"]
BF_TABLE = [  # (区块, 面积, 功能定位, 重点产业); None = merged with the row above
    ("临空区块", "21.36", "临空经济示范区核心区", "航空物流、临空制造、跨境电商"),
    ("经开区块", "32.42", "先进制造业集聚区", "工程机械、汽车及零部件"),
    ("高新区块", "26.20", "科技创新引领区", "新一代信息技术、软件和信息服务"),
    (None, None, "数字贸易先行区", "生物医药、数字服务"),
]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_ling_html():
    body = []
    P = '<p style="text-indent:2em;line-height:2em;">{}</p>'
    for ch, arts in BF_CHAPTERS:
        body.append('<p style="text-align:center;line-height:2em;"><strong>{}</strong></p>'.format(ch))
        for label, paras in arts:
            body.append(P.format("<strong>{}</strong>&nbsp;&nbsp;{}".format(label, esc(paras[0]))))
            for t in paras[1:]:
                body.append(P.format(esc(t)))
    # attachment table with merged cells
    rows = []
    rows.append("<tr>" + "".join('<td style="text-align:center;"><strong>{}</strong></td>'.format(h)
                                 for h in BF_TABLE_HEAD) + "</tr>")
    for i, r in enumerate(BF_TABLE):
        cells = []
        for j, v in enumerate(r):
            if v is None:
                continue
            span = ""
            if j < 2 and i + 1 < len(BF_TABLE) and BF_TABLE[i + 1][j] is None:
                span = ' rowspan="2"'
            cells.append('<td{} style="text-align:center;vertical-align:middle;">{}</td>'.format(span, v))
        rows.append("<tr>" + "".join(cells) + "</tr>")
    table = ('<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;width:90%;margin:0 auto;">'
             + "\n".join(rows) + "</table>")

    html = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>中国（湖南）自由贸易试验区长沙片区管理办法（长沙市人民政府令第152号）_政府规章_长沙市人民政府</title>
<meta name="SiteName" content="长沙市人民政府">
<meta name="ColumnName" content="政府规章">
<meta name="ArticleTitle" content="中国（湖南）自由贸易试验区长沙片区管理办法">
<meta name="PubDate" content="2024-03-28 10:15">
<meta name="ContentSource" content="市政府办公厅">
<link rel="stylesheet" href="/images/css/xxgk_content.css">
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问长沙市人民政府门户网站</span>
<a href="/wza/">无障碍</a> | <a href="/ydb/">移动版</a> | <a href="/en/">English</a> | <a href="javascript:;">长者模式</a></div></div>
<div class="header"><div class="w1200"><img src="/images/logo.png" alt="长沙市人民政府">
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjcs/">走进长沙</a></li></ul></div></div>
<div class="w1200">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfgz/">政府规章</a> &gt; 正文</div>
<table class="xxgk-info" border="0" cellspacing="0" cellpadding="0">
<tr><th>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</th><td>000014349/2024-03112</td><th>主题分类：</th><td>商务、贸易/自贸试验区</td></tr>
<tr><th>发文机关：</th><td>长沙市人民政府</td><th>成文日期：</th><td>2024年03月25日</td></tr>
<tr><th>标&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;题：</th><td colspan="3">中国（湖南）自由贸易试验区长沙片区管理办法</td></tr>
<tr><th>发文字号：</th><td>长沙市人民政府令第152号</td><th>发布日期：</th><td>2024年03月28日</td></tr>
<tr><th>有&nbsp;&nbsp;效&nbsp;&nbsp;性：</th><td>有效</td><th>公开方式：</th><td>主动公开</td></tr>
</table>
<div class="article">
<h1 class="article-title">中国（湖南）自由贸易试验区长沙片区管理办法</h1>
<div class="article-info"><span>发布时间：2024-03-28 10:15</span><span>来源：市政府办公厅</span><span>浏览次数：<em id="hits">3862</em></span>
<span class="font-size">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div>
<div class="TRS_Editor" id="zoom">
<p style="text-align:center;line-height:2em;"><span style="font-size:22px;color:#d40000;"><strong>长沙市人民政府令</strong></span></p>
<p style="text-align:center;line-height:2em;">第152号</p>
<p style="text-indent:2em;line-height:2em;">{ling}</p>
<p style="text-align:right;line-height:2em;padding-right:4em;">市长&nbsp;&nbsp;李卫东<br>2024年3月25日</p>
<p>&nbsp;</p>
<p style="text-align:center;line-height:2em;"><span style="font-size:20px;"><strong>中国（湖南）自由贸易试验区长沙片区管理办法</strong></span></p>
{body}
<p>&nbsp;</p>
<p style="line-height:2em;">附件</p>
<p style="text-align:center;line-height:2em;"><strong>长沙片区区块功能布局表</strong></p>
{table}
</div>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a>
<span class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></span></div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="/zwgk/zcjd/202403/t20240328_11482310.html">图解：《中国（湖南）自由贸易试验区长沙片区管理办法》政策解读</a></li>
<li><a href="/zwgk/zfgz/202311/t20231120_11291022.html">长沙市人民政府令第151号</a></li>
</ul></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p>主办：长沙市人民政府办公厅　承办：长沙市数据资源局　<a href="/wzdt/">网站地图</a>　<a href="/lxwm/">联系我们</a></p>
<p>网站标识码：4301000099　湘ICP备05010872号　湘公网安备 43010202000417号</p>
</div></div>
</body>
</html>
""".format(ling=esc(LING_TEXT), body="\n".join(body), table=table)
    with open(os.path.join(HERE, "blind244_changsha_ling.html"), "w", encoding="utf-8") as f:
        f.write(html)

    clauses = [LING_TEXT]
    applies = {}
    where = {"第十三条": ["临空区块"], "第十四条": ["长沙黄花综合保税区"],
             "第十五条": ["经开区块"], "第十六条": ["高新区块"]}
    for ch, arts in BF_CHAPTERS:
        for label, paras in arts:
            t = clause_text(label, paras)
            clauses.append(t)
            if label in where:
                applies[t[:22]] = where[label]
    last = (None, None)
    for r in BF_TABLE:
        a = r[0] if r[0] is not None else last[0]
        b = r[1] if r[1] is not None else last[1]
        last = (a, b)
        t = "；".join("{}：{}".format(h, v) for h, v in zip(BF_TABLE_HEAD, (a, b, r[2], r[3])))
        clauses.append(t)
        applies[t[:22]] = [a]
    meta = {
        "title": BF_TITLE,
        "doc_number": "长沙市人民政府令第152号",
        "issuer": ["长沙市人民政府"],
        "date": "2024-03-25",
        "published": "2024-03-28",
        "level": "municipal",
        "region": "中国（湖南）自由贸易试验区长沙片区",
        "effective": "2024-05-01",
        "expires": None,
        "attachments": ["长沙片区区块功能布局表"],
        "doc_type": "政府规章（市人民政府令）",
        "recipients": [],
        "publicity": "主动公开",
        "repeals": None,
        "signed_by": "市长李卫东",
        "adopted": "2024-03-12",
    }
    return {"blind244_changsha_ling": [{"meta": meta, "clauses": clauses,
                                         "applies_to": {"specific": applies}}]}


# ================================================================ 4. 市人大常委会公告 + 条例
LYG_TITLE = "连云港市跨境电子商务促进条例"
LYG_NOTICE = ("《连云港市跨境电子商务促进条例》已由连云港市第十七届人民代表大会常务委员会第十九次会议于2024年4月26日通过，"
              "江苏省第十四届人民代表大会常务委员会第九次会议于2024年5月31日批准，现予公布，自2024年9月1日起施行。")
LYG_HISTORY = ("（2024年4月26日连云港市第十七届人民代表大会常务委员会第十九次会议通过　"
               "2024年5月31日江苏省第十四届人民代表大会常务委员会第九次会议批准）")
LYG_ARTS = [
    ("第一条", ["为了促进跨境电子商务高质量发展，推进“一带一路”强支点建设，发展更高水平开放型经济，根据《中华人民共和国电子商务法》等法律、法规，结合本市实际，制定本条例。"]),
    ("第二条", ["本市行政区域内跨境电子商务的发展促进、服务保障和监督管理等活动，适用本条例。",
               "本条例所称跨境电子商务，是指分属不同关境的交易主体，通过电子商务平台达成交易、进行支付结算，并通过跨境物流送达商品、完成交易的国际商业活动。"]),
    ("第三条", ["市、县（区）人民政府应当加强对跨境电子商务工作的领导，将跨境电子商务发展纳入国民经济和社会发展规划，建立协调机制，统筹解决重大问题。",
               "市商务主管部门负责本市跨境电子商务促进工作的组织协调和指导。发展改革、财政、交通运输、市场监督管理、邮政管理等部门按照各自职责做好相关工作。",
               "海关、税务、外汇管理等部门依法做好跨境电子商务监督管理和服务工作。"]),
    ("第四条", ["市人民政府应当推进中国（连云港）跨境电子商务综合试验区（以下简称综试区）建设，重点做好下列工作：",
               "（一）完善线上综合服务平台，实现跨境电子商务数据互联互通；",
               "（二）建设线下产业园区，引导跨境电子商务企业集聚发展；",
               "（三）建立跨境电子商务信息共享、金融服务、智能物流、信用管理、统计监测和风险防控体系；",
               "（四）探索跨境电子商务新模式，复制推广综试区成熟经验。"]),
    ("第五条", ["连云港综合保税区应当发挥保税功能优势，建设跨境电子商务保税备货仓和进口商品展示交易中心，开展网购保税进口和特殊区域出口等业务。"]),
    ("第六条", ["东海县人民政府应当依托水晶产业基础，建设跨境电子商务产业园，培育水晶产品跨境电子商务品牌，推动直播电商与跨境电子商务融合发展。"]),
    ("第七条", ["支持企业利用中哈（连云港）物流合作基地、上合组织（连云港）国际物流园和中欧班列，发展跨境电子商务出口海外仓和国际物流业务。"]),
    ("第八条", ["市、县（区）人民政府应当在土地、资金等方面支持跨境电子商务产业园区建设。对经认定的市级跨境电子商务产业园区，按照有关规定给予支持。"]),
    ("第九条", ["鼓励企业在共建“一带一路”国家和地区建设海外仓、展示中心和售后服务网点。对企业建设公共海外仓的，市人民政府按照规定给予扶持。"]),
    ("第十条", ["海关应当优化跨境电子商务通关监管，推行“清单核放、汇总申报”和退货中心仓模式，支持跨境电子商务零售进口商品退货。"]),
    ("第十一条", ["鼓励金融机构创新适合跨境电子商务特点的金融产品和服务，开展出口信用保险保单融资、跨境人民币结算等业务。",
                 "支持支付机构依法开展跨境支付业务。"]),
    ("第十二条", ["市、县（区）人民政府应当推进跨境电子商务人才培养，支持高等院校、职业学校开设跨境电子商务相关专业，建设实训基地。"]),
    ("第十三条", ["跨境电子商务经营者应当遵守进出口商品质量安全、知识产权保护、个人信息保护等规定，依法履行纳税义务。"]),
    ("第十四条", ["市商务主管部门应当会同有关部门建立跨境电子商务统计监测制度，定期发布本市跨境电子商务发展报告。"]),
    ("第十五条", ["有关部门对跨境电子商务新业态新模式实行包容审慎监管。对首次出现且危害后果轻微并及时改正的违法行为，依法不予行政处罚，并加强教育引导。"]),
    ("第十六条", ["违反本条例规定的行为，法律、行政法规已有法律责任规定的，从其规定。"]),
    ("第十七条", ["本条例自2024年9月1日起施行。"]),
]


def make_gonggao():
    doc = new_doc(LYG_TITLE, "市人大常委会办公室")
    # 版头
    para(doc, "连云港市人民代表大会常务委员会公告", XBS, 24, WD_ALIGN_PARAGRAPH.CENTER,
         color=RED, line=40, before=24, after=12)
    para(doc, "第12号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(doc)
    para(doc, "")
    para(doc, LYG_NOTICE)
    para(doc, "")
    para(doc, "")
    para(doc, "连云港市人民代表大会常务委员会", align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=2)
    para(doc, "2024年6月12日", align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
    page_break(doc)
    para(doc, LYG_TITLE, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, line=36, before=12)
    hist = LYG_HISTORY.replace("通过　", "通过\n")
    p = para(doc, hist, KAI, 16, WD_ALIGN_PARAGRAPH.LEFT, indent=False, before=6, after=12)
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.right_indent = Pt(32)
    for label, paras in LYG_ARTS:
        article(doc, label, paras)
    path = os.path.join(HERE, "blind244_lianyungang_gonggao.docx")
    doc.save(path)
    convert_pdf(path)

    clauses = [LYG_NOTICE]
    applies = {}
    for label, paras in LYG_ARTS:
        t = clause_text(label, paras)
        clauses.append(t)
        if label == "第五条":
            applies[t[:22]] = ["连云港综合保税区"]
        if label == "第六条":
            applies[t[:22]] = ["东海县"]
    meta = {
        "title": LYG_TITLE,
        "doc_number": "连云港市人民代表大会常务委员会公告第12号",
        "issuer": ["连云港市人民代表大会常务委员会"],
        "date": "2024-06-12",
        "published": None,
        "level": "municipal",
        "region": "连云港市",
        "effective": "2024-09-01",
        "expires": None,
        "attachments": [],
        "doc_type": "公告（公布地方性法规）",
        "recipients": [],
        "publicity": None,
        "repeals": None,
        "legislative_history": LYG_HISTORY,
        "adopted": "2024-04-26",
        "approved": "2024-05-31",
        "approved_by": "江苏省人民代表大会常务委员会",
    }
    return {"blind244_lianyungang_gonggao": [{"meta": meta, "clauses": clauses,
                                               "applies_to": {"specific": applies}}]}


def main():
    exp = {}
    exp.update(make_tiaoli())
    exp.update(make_jueding())
    exp.update(make_ling_html())
    exp.update(make_gonggao())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    for k, v in exp.items():
        print(k, sum(len(d["clauses"]) for d in v), "clauses")


if __name__ == "__main__":
    main()
