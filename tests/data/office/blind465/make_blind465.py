# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 465: 政府公报 reprint section — 国务院批复 + 总体方案 + 自治区实施方案印发通知 (one Word file)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, ascii_name=None):
    run.font.name = ascii_name or name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if ascii_name:
        rfonts.set(qn("w:ascii"), ascii_name)
        rfonts.set(qn("w:hAnsi"), ascii_name)


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)


def para(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=28):
    """runs: list of (text, font, size, bold) or (text, font, size, bold, 'BR') for a soft break after."""
    p = doc.add_paragraph()
    fmt(p, align, indent, line)
    for r in runs:
        text, font, size, bold = r[:4]
        run = p.add_run(text)
        set_font(run, font, size, bold, ascii_name="Times New Roman" if font == FS else None)
        if len(r) > 4 and r[4] == "BR":
            run.add_break()
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False)


def add_box(p):
    ppr = p._p.get_or_add_pPr()
    bdr = parse_xml(
        '<w:pBdr %s>'
        '<w:top w:val="single" w:sz="6" w:space="4" w:color="000000"/>'
        '<w:left w:val="single" w:sz="6" w:space="4" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="6" w:space="4" w:color="000000"/>'
        '<w:right w:val="single" w:sz="6" w:space="4" w:color="000000"/>'
        '</w:pBdr>' % nsdecls("w")
    )
    numpr = ppr.find(qn("w:numPr"))
    pstyle = ppr.find(qn("w:pStyle"))
    if numpr is not None:
        numpr.addnext(bdr)
    elif pstyle is not None:
        pstyle.addnext(bdr)
    else:
        ppr.insert(0, bdr)


def make_numbering(doc):
    """Word auto numbering '1.' with no tab after the number (suff=nothing)."""
    numbering = doc.part.numbering_part.element
    absnum = parse_xml(
        '<w:abstractNum %s w:abstractNumId="465">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="560"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="楷体_GB2312"/>'
        '<w:sz w:val="28"/></w:rPr></w:lvl></w:abstractNum>' % nsdecls("w")
    )
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absnum)
    else:
        numbering.append(absnum)
    num = parse_xml('<w:num %s w:numId="465"><w:abstractNumId w:val="465"/></w:num>' % nsdecls("w"))
    numbering.append(num)
    return 465


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14, ascii_name="Times New Roman")
    r = p.add_run()
    set_font(r, "宋体", 14, ascii_name="Times New Roman")
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    r._element.append(b); r._element.append(it); r._element.append(e)
    r = p.add_run(" —")
    set_font(r, "宋体", 14, ascii_name="Times New Roman")


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = parse_xml(
        '<w:tblBorders %s>'
        '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>' % nsdecls("w")
    )
    tblPr.append(borders)


def cell_text(cell, text, font, size, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, line=20):
    p = cell.paragraphs[0]
    fmt(p, align, indent=False, line=line)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        run = p.add_run(part)
        set_font(run, font, size, bold, ascii_name="Times New Roman" if font == FS else None)
        if i < len(parts) - 1:
            run.add_break()


# ---------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------

PIFU_TITLE = "国务院关于中国（广西）自由贸易试验区提升战略总体方案的批复"
PIFU_NO = "国函〔2026〕18号"
PIFU_TO = "广西壮族自治区人民政府、商务部："

PIFU_BODY = [
    ("", "你们关于报请审批《中国（广西）自由贸易试验区提升战略总体方案》的请示收悉。现批复如下："),
    ("一、", "原则同意《中国（广西）自由贸易试验区提升战略总体方案》（以下简称《方案》），请认真组织实施。"),
    ("二、", "《方案》实施要以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，"
            "完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，坚持以制度创新为核心，"
            "以可复制可推广为基本要求，对接国际高标准经贸规则，深化面向东盟的开放合作，加快建设西部陆海新通道，"
            "努力将中国（广西）自由贸易试验区建设成为引领中国—东盟开放合作的高标准高质量自由贸易园区。"),
    ("三、", "广西壮族自治区人民政府要加强组织领导，完善工作机制，细化任务举措，明确责任分工，确保《方案》各项任务落地见效。"),
    ("", "要牢固树立总体国家安全观，统筹发展和安全，健全风险防控体系，加强重大风险识别和系统性风险防范，"
         "守住不发生系统性风险的底线。"),
    ("四、", "商务部要会同有关部门和单位按照职责分工，加强指导协调和服务保障，在政策实施、项目安排、改革试点等方面"
            "给予积极支持，做好跟踪评估和经验总结推广工作。"),
    ("五、", "《方案》实施中需要暂时调整实施有关法律、行政法规、国务院文件和经国务院批准的部门规章相关规定的，按规定程序办理。"),
    ("六、", "《方案》实施中的重大问题，广西壮族自治区人民政府、商务部要及时向党中央、国务院请示报告。"),
]

FA_TITLE = "中国（广西）自由贸易试验区提升战略总体方案"

FA_INTRO = ("中国（广西）自由贸易试验区（以下简称广西自贸试验区）自2019年8月设立以来，围绕构建面向东盟的国际陆海贸易新通道、"
            "打造西南中南西北出海口和面向东盟的国际门户，开展差异化制度创新探索，取得积极成效。为深入实施自由贸易试验区提升战略，"
            "推动广西自贸试验区在更高起点上深化改革、扩大开放，制定本方案。")

# items: ("H1", text) heading own line (黑体); ("H2", text) heading own line (楷体);
# ("RUN", head, body) run-in; ("P", text) plain body paragraph; ("N", head, body) numbered 1. run-in (typed)
FA_ITEMS = [
    ("H1", "一、总体要求"),
    ("RUN", "（一）指导思想。",
     "以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届历次全会精神，认真落实习近平总书记关于广西工作的"
     "重要论述，服务和融入新发展格局，聚焦“三大定位”，以制度型开放为牵引，以中国—东盟自由贸易区3.0版建设为契机，"
     "着力在跨境贸易便利化、跨境金融、跨境产业链供应链合作等领域开展首创性、集成式探索，为全面深化改革和扩大开放探索新途径、积累新经验。"),
    ("H2", "（二）发展目标"),
    ("P", "到2028年，对接国际高标准经贸规则取得明显进展，面向东盟的跨境贸易、投资、金融、数据流动便利化水平显著提升，"
          "形成一批具有东盟合作特色的制度创新成果，累计向全国复制推广制度创新成果20项以上。"),
    ("P", "到2030年，基本建成贸易投资便利、高端产业集聚、金融服务完善、监管安全高效、辐射带动作用突出的高标准高质量自由贸易园区，"
          "成为中国—东盟开放合作的重要制度型开放平台。"),
    ("H1", "二、主要任务"),
    ("H2", "（三）推动高水平制度型开放"),
    ("N", "1.对接国际高标准经贸规则。",
     "在符合国家法律法规前提下，主动对接《区域全面经济伙伴关系协定》（RCEP）、《数字经济伙伴关系协定》（DEPA）等相关规则，"
     "在货物贸易、服务贸易、知识产权保护、政府采购等领域先行先试，开展压力测试。"),
    ("N", "2.深化中国—东盟自由贸易区3.0版先行先试。",
     "率先落实中国—东盟自由贸易区3.0版升级议定书有关数字经济、绿色经济、供应链互联互通等领域承诺，"
     "探索建立与东盟国家标准互认、认证认可结果互认机制。"),
    ("N", "3.完善外商投资准入后管理。",
     "全面落实外商投资准入前国民待遇加负面清单管理制度，健全外商投资促进、保护和服务体系，"
     "支持在自贸试验区内设立面向东盟的外资研发中心和地区总部。"),
    ("H2", "（四）提升跨境贸易便利化水平"),
    ("N", "1.建设西部陆海新通道门户港。",
     "支持钦州港片区建设国际集装箱干线港，优化海铁联运“一单制”，推动中欧班列与西部陆海新通道班列无缝衔接，"
     "探索开行“中欧班列+海铁联运”跨境组合运输产品。"),
    ("N", "2.发展跨境电子商务。",
     "支持南宁、崇左跨境电子商务综合试验区与自贸试验区联动发展，完善跨境电商海外仓和边境仓布局，"
     "推广“跨境电商+市场采购”融合模式，支持开展跨境电商零售进口药品试点。"),
    ("N", "3.创新边境贸易监管模式。",
     "支持崇左片区深化边民互市贸易进口商品落地加工试点，推动互市商品“集中申报、整进整出”，探索建立互市贸易商品溯源体系。"),
    ("BOX", "专栏1　跨境物流通道建设重点", [
        "推进平陆运河配套港航设施建设，打造江海联运新通道。",
        "加快钦州港东航道扩建工程建设，提升30万吨级航道通航能力。",
        "拓展中越跨境公路直通运输线路，推进凭祥友谊关口岸智慧口岸建设。",
        "加密南宁—河内跨境班列，推动中越跨境铁路标准轨道连接。",
    ]),
    ("H2", "（五）深化跨境金融开放创新"),
    ("N", "1.推进人民币面向东盟跨区域使用。",
     "扩大跨境贸易和投资人民币结算规模，支持区内银行为东盟企业提供人民币跨境结算、融资服务，"
     "稳步推进人民币对东盟国家货币区域直接交易。"),
    ("N", "2.提升跨境投融资便利化水平。",
     "在自贸试验区内开展跨国公司本外币一体化资金池业务试点，支持符合条件的企业开展跨境融资，"
     "探索开展合格境外有限合伙人（QFLP）试点。"),
    ("N", "3.加强金融风险防控。",
     "健全跨境资金流动监测预警体系，完善反洗钱、反恐怖融资、反逃税监管措施，严厉打击跨境违法违规金融活动。"),
    ("RUN", "（六）推动产业链供应链协同发展。",
     "支持各片区立足功能定位、错位发展，依托综合保税区和边境经济合作区，共同打造面向东盟的跨境产业链供应链体系。"),
    ("TABLE", "专栏2　各片区功能定位", ["片区", "实施范围", "功能定位"], [
        ["南宁片区", "46.8平方公里（含南宁综合保税区2.37平方公里）",
         "重点发展现代金融、智慧物流、数字经济、文化传媒等现代服务业，大力发展新兴制造产业，"
         "打造面向东盟的金融开放门户核心区和国际陆海贸易新通道重要节点。"],
        ["钦州港片区", "58.19平方公里（含钦州保税港区8.81平方公里）",
         "重点发展港航物流、国际贸易、绿色化工、新能源汽车关键零部件、电子信息、生物医药等产业，"
         "打造国际陆海贸易新通道门户港和向海经济集聚区。"],
        ["崇左片区", "15平方公里（含凭祥综合保税区1.01平方公里）",
         "重点发展跨境贸易、跨境物流、跨境金融、跨境旅游和跨境劳务合作，打造跨境产业合作示范区，"
         "构建国际陆海贸易新通道陆路门户。"],
    ]),
    ("RUN", "（七）加强数据跨境流动和数字贸易合作。",
     "支持广西自贸试验区建设中国—东盟数字贸易中心，在保障数据安全前提下，探索制定区内数据出境负面清单，"
     "开展面向东盟的跨境数据流动试点，推动电子发票、电子提单、电子原产地证书等单证跨境互认。"),
    ("H1", "三、保障措施"),
    ("RUN2", ("（八）加强", "党的领导。"),
     "坚持和加强党对广西自贸试验区建设的全面领导，把党的领导贯穿自贸试验区建设全过程。"),
    ("RUN", "（九）强化统筹协调。",
     "在国务院自由贸易试验区工作部际联席会议统筹协调下，广西壮族自治区人民政府要落实主体责任，完善工作推进机制；"
     "有关部门要加强对口指导，按程序在权限范围内积极支持下放相关管理权限。"),
    ("RUN", "（十）加强评估推广。",
     "商务部要会同有关部门加强对《方案》实施情况的跟踪评估，及时总结推广可复制经验。各项改革举措凡涉及调整现行法律或"
     "行政法规的，按规定程序办理。重大事项及时向党中央、国务院请示报告。"),
]

TZ_TITLE = "广西壮族自治区人民政府关于印发中国（广西）自由贸易试验区提升战略实施方案的通知"
TZ_NO = "桂政发〔2026〕7号"
TZ_TO = "各市、县人民政府，自治区人民政府各组成部门、各直属机构："
TZ_ATT = "中国（广西）自由贸易试验区提升战略实施方案"

# ("P", text) ; ("RUN", head, body) with 黑体 head ; ("SUB", head, body) 楷体 head; ("PBR", text, split_at)
TZ_BODY = [
    ("P", "《国务院关于中国（广西）自由贸易试验区提升战略总体方案的批复》（国函〔2026〕18号）已正式印发。为贯彻落实党中央、"
          "国务院决策部署，高标准高质量推进中国（广西）自由贸易试验区提升战略，自治区人民政府制定了《中国（广西）自由贸易试验区"
          "提升战略实施方案》，现印发给你们，请认真贯彻执行。"),
    ("RUN", "一、提高思想认识。",
     "实施自由贸易试验区提升战略是党中央、国务院赋予广西的重大使命。各地各部门要切实提高政治站位，把推进广西自贸试验区"
     "提升发展作为服务和融入新发展格局、建设面向东盟开放合作高地的重要抓手，主动担当作为，确保各项任务落地见效。"),
    ("PBR_RUN", "二、压实工作责任。",
     "自治区自由贸易试验区工作领导小组办公室（设在自治区商务厅）要加强统筹协调，建立任务清单、责任清单和进度清单，"
     "定期调度重点任务推进情况。南宁市、钦州市、崇左市人民政府要切实履行片区建设主体责任，健全片区管理机构，"
     "配齐配强工作力量。", "定期调度"),
    ("RUN", "三、强化改革赋权。",
     "自治区各有关部门要按照“应放尽放、能放尽放”原则，于2026年6月30日前将第二批自治区级经济社会管理权限下放至各片区，"
     "并同步做好业务指导和事中事后监管。"),
    ("HONLY", "四、加强要素保障"),
    ("SUB", "（一）资金保障。",
     "自治区财政每年统筹安排自由贸易试验区发展专项资金，重点支持制度创新、平台建设和重大项目招引，各片区所在市要安排相应配套资金。"),
    ("SUB", "（二）用地保障。",
     "对列入自治区层面统筹推进重大项目清单的片区项目，优先保障新增建设用地计划指标，探索实行产业用地“标准地”出让。"),
    ("SUB", "（三）人才保障。",
     "支持各片区面向东盟国家引进高层次和紧缺人才，为符合条件的外籍人才办理工作许可、居留许可提供便利。"),
    ("RUN", "五、健全风险防控。",
     "各片区要建立健全风险防控清单，加强对跨境资金流动、进出口商品质量安全、生态环境保护和数据安全等领域的风险监测，"
     "及时发现和处置苗头性、倾向性问题。"),
    ("RUN", "六、严格督查考核。",
     "将实施方案落实情况纳入自治区绩效考评。各片区所在市人民政府、自治区各有关部门要于每年6月30日、12月20日前"
     "将半年和全年工作进展情况报送自治区自由贸易试验区工作领导小组办公室。"),
    ("P", "《中国（广西）自由贸易试验区提升战略实施方案》自印发之日起实施，有效期至2030年12月31日。"),
]


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(20)
    add_page_number(sec)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    num_id = make_numbering(doc)

    docs = []

    # ---------------- 国务院批复 ----------------
    clauses = []
    p = para(doc, [("【国务院文件】", HT, 14, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    r = p.add_run("国务院关于中国（广西）自由贸易试验区")
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("提升战略总体方案的批复")
    set_font(r, XBS, 22)
    para(doc, [(PIFU_NO, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)
    para(doc, [(PIFU_TO, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    for i, (num, text) in enumerate(PIFU_BODY):
        full = num + text
        if i == 3:
            # manual full-width spaces instead of first-line indent
            para(doc, [("　　" + full, FS, 16, False)], indent=False)
        else:
            para(doc, [(full, FS, 16, False)])
        clauses.append(full)
    empty(doc, 2)
    # 落款 aligned with typed spaces
    para(doc, [(" " * 44 + "国务院", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    para(doc, [(" " * 36 + "2026年2月9日", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    para(doc, [("（此件公开发布）", FS, 16, False)])
    docs.append({
        "meta": {
            "title": PIFU_TITLE,
            "doc_number": PIFU_NO,
            "issuer": ["国务院"],
            "date": "2026-02-09",
            "published": None,
            "level": "national",
            "region": "中国（广西）自由贸易试验区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "批复",
            "recipients": ["广西壮族自治区人民政府", "商务部"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    })

    # ---------------- 总体方案 ----------------
    clauses = []
    empty(doc, 2)
    k = FA_TITLE.index("提升")
    p = para(doc, [(FA_TITLE[:k], XBS, 22, False, "BR"), (FA_TITLE[k:], XBS, 22, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    para(doc, [(FA_INTRO, FS, 16, False)])
    clauses.append(FA_INTRO)
    for item in FA_ITEMS:
        kind = item[0]
        if kind == "H1":
            para(doc, [(item[1], HT, 16, False)])
        elif kind == "H2":
            para(doc, [(item[1], KT, 16, False)])
        elif kind == "P":
            para(doc, [(item[1], FS, 16, False)])
            clauses.append(item[1])
        elif kind == "RUN":
            para(doc, [(item[1], KT, 16, False), (item[2], FS, 16, False)])
            clauses.append(item[1] + item[2])
        elif kind == "RUN2":
            h1, h2 = item[1]
            para(doc, [(h1, KT, 16, True), (h2, KT, 16, True), (item[2], FS, 16, False)])
            clauses.append(h1 + h2 + item[2])
        elif kind == "N":
            para(doc, [(item[1], FS, 16, True), (item[2], FS, 16, False)])
            clauses.append(item[1] + item[2])
        elif kind == "BOX":
            p = para(doc, [(item[1], HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=26)
            add_box(p)
            for j, t in enumerate(item[2], 1):
                p = para(doc, [(t, KT, 14, False)], indent=False, line=26)
                set_num(p, num_id)
                add_box(p)
                clauses.append("%d.%s" % (j, t))
        elif kind == "TABLE":
            para(doc, [(item[1], HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
            header, rows = item[2], item[3]
            t = doc.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = [Mm(26), Mm(45), Mm(85)]
            t.autofit = False
            for gc, wd in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
                gc.set(qn("w:w"), str(int(wd.twips)))
            for ci, h in enumerate(header):
                c = t.rows[0].cells[ci]
                c.width = widths[ci]
                cell_text(c, h, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
            for ri, row in enumerate(rows, 1):
                for ci, v in enumerate(row):
                    c = t.rows[ri].cells[ci]
                    c.width = widths[ci]
                    cell_text(c, v, FS, 12,
                              align=WD_ALIGN_PARAGRAPH.CENTER if ci == 0 else WD_ALIGN_PARAGRAPH.JUSTIFY)
                clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
            empty(doc)
    docs.append({
        "meta": {
            "title": FA_TITLE,
            "doc_number": None,
            "issuer": ["国务院"],
            "date": "2026-02-09",
            "published": None,
            "level": "national",
            "region": "中国（广西）自由贸易试验区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "方案",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    })

    # ---------------- 自治区印发通知 ----------------
    clauses = []
    p = para(doc, [("【自治区人民政府文件】", HT, 14, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc)
    para(doc, [(TZ_TITLE, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, [(TZ_NO, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)
    para(doc, [(TZ_TO, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    for item in TZ_BODY:
        kind = item[0]
        if kind == "P":
            para(doc, [(item[1], FS, 16, False)])
            clauses.append(item[1])
        elif kind == "RUN":
            para(doc, [(item[1], HT, 16, False), (item[2], FS, 16, False)])
            clauses.append(item[1] + item[2])
        elif kind == "PBR_RUN":
            head, body, split_at = item[1], item[2], item[3]
            k = body.index(split_at)
            para(doc, [(head, HT, 16, False), (body[:k], FS, 16, False, "BR"), (body[k:], FS, 16, False)])
            clauses.append(head + body)
        elif kind == "HONLY":
            para(doc, [(item[1], HT, 16, False)])
        elif kind == "SUB":
            para(doc, [(item[1], KT, 16, True), (item[2], FS, 16, False)])
            clauses.append(item[1] + item[2])
    empty(doc)
    para(doc, [("附件：" + TZ_ATT, FS, 16, False)])
    empty(doc, 3)
    # 落款 in a borderless layout table
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    cell_text(lt.rows[0].cells[1], "广西壮族自治区人民政府", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    cell_text(lt.rows[1].cells[1], "2026年3月20日", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    cell_text(lt.rows[0].cells[0], "", FS, 16)
    cell_text(lt.rows[1].cells[0], "", FS, 16)
    empty(doc)
    para(doc, [("（此件公开发布）", FS, 16, False)])
    docs.append({
        "meta": {
            "title": TZ_TITLE,
            "doc_number": TZ_NO,
            "issuer": ["广西壮族自治区人民政府"],
            "date": "2026-03-20",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2026-03-20",
            "expires": "2030-12-31",
            "attachments": [TZ_ATT],
            "doc_type": "通知",
            "recipients": ["各市、县人民政府", "自治区人民政府各组成部门、各直属机构"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    })

    stem = "blind465_guangxi_gongbao"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_465", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({stem: docs}, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
