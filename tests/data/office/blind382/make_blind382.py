# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test round 382: 广西人大常委会 修改自贸试验区条例 package (公告 + 决定 + 重新公布的条例)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def font(run, east, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rPr = run._element.get_or_add_rPr()
    rf = rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    return run


def fmt(p, align=None, first=None, left=None, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def insert_ppr_child(p, el):
    """put el into pPr before the elements that must follow it (schema order)."""
    pPr = p._p.get_or_add_pPr()
    later = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind",
             "w:jc", "w:outlineLvl", "w:rPr")
    for child in pPr:
        for tag in later:
            if child.tag == qn(tag):
                child.addprevious(el)
                return
    pPr.append(el)


def red_rule(p):
    insert_ppr_child(p, parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="12" w:space="6" '
        'w:color="FF0000"/></w:pBdr>' % nsdecls("w")))


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p)
    p.add_run().add_break(WD_BREAK.PAGE)


def blank(doc, text=""):
    p = doc.add_paragraph()
    fmt(p)
    if text:
        font(p.add_run(text), FS)
    return p


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="382">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        'w:eastAsia="%s"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), FS))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(
        '<w:num %s w:numId="382"><w:abstractNumId w:val="382"/></w:num>'
        % nsdecls("w")))
    return 382


def set_num(p, num_id):
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def footer_page_numbers(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    fld = parse_xml(
        '<w:fldSimple %s w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:rPr>'
        '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
        '<w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w"))
    fp._p.append(fld)
    font(fp.add_run(" —"), SONG, 14)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/>'
        '<w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/>'
        '<w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


# ---------------------------------------------------------------- content
GONGGAO_BODY = ("《广西壮族自治区人民代表大会常务委员会关于修改〈中国（广西）自由贸易试验区条例〉的决定》"
                "已由广西壮族自治区第十四届人民代表大会常务委员会第十八次会议于2025年9月26日通过，"
                "现予公布，自2025年11月1日起施行。")

JUEDING_TITLE = "广西壮族自治区人民代表大会常务委员会关于修改《中国（广西）自由贸易试验区条例》的决定"
JUEDING_NOTE = "（2025年9月26日广西壮族自治区第十四届人民代表大会常务委员会第十八次会议通过）"
JUEDING_INTRO = ("广西壮族自治区第十四届人民代表大会常务委员会第十八次会议决定对"
                 "《中国（广西）自由贸易试验区条例》作如下修改：")

# (auto-numbered?, text)  -- numbered items get Word numbering 一、二、...
NUMS = "一二三四五六七八九十"
JUEDING_ITEMS = [
    (True, "将第十条修改为：“南宁市、钦州市、崇左市人民政府分别设立南宁片区、钦州港片区、崇左片区管理机构"
           "（以下统称片区管理机构），具体承担片区建设、管理和服务工作，依法履行相应的行政管理和公共服务职责。"),
    (False, "“片区管理机构可以根据精简高效原则，自主确定内设机构和人员配置，实行扁平化管理，"
            "并按照规定实行聘任制、绩效工资制等人事薪酬制度改革。”"),
    (True, "将第十二条第一款中的“外商投资准入负面清单”修改为“外商投资准入特别管理措施（负面清单）”。"),
    (True, "在第十七条中增加一款，作为第二款：“支持自贸试验区内综合保税区依法开展保税维修、再制造业务，"
           "维修、再制造后的货物应当按照规定复运出境或者办理进口手续。”"),
    (True, "删去第二十条。"),
    (True, "将第二十二条修改为：“自贸试验区支持跨境电子商务综合试验区建设，发展跨境电子商务企业对企业出口、"
           "海外仓出口等业务，推动跨境电子商务线上综合服务平台与国际贸易‘单一窗口’数据互联互通，"
           "探索建立面向东盟的跨境电子商务退换货中心和公共海外仓。”"),
    (True, "在第三十条后增加一条，作为第三十一条：“自贸试验区应当发挥中欧班列、西部陆海新通道班列等国际物流通道作用，"
           "推动钦州港与南宁国际铁路港、凭祥铁路口岸协同联动，探索开展‘一单制’多式联运，"
           "推行‘提单+’等物流金融服务模式。”"),
    (True, "将第三十三条第二款修改为：“对守信主体在行政审批、监管执法等方面依法给予便利；"
           "对失信主体依法依规实施失信惩戒，但不得超越法律、法规规定的种类和幅度。”"),
    (True, "删去第三十四条第三项。"),
]
JUEDING_TAIL = [
    "本决定自2025年11月1日起施行。",
    "《中国（广西）自由贸易试验区条例》根据本决定作相应修改并对条文顺序作相应调整，重新公布。",
]

TIAOLI_TITLE = "中国（广西）自由贸易试验区条例"
TIAOLI_NOTE = ("（2022年11月25日广西壮族自治区第十三届人民代表大会常务委员会第三十五次会议通过　"
               "根据2025年9月26日广西壮族自治区第十四届人民代表大会常务委员会第十八次会议"
               "《关于修改〈中国（广西）自由贸易试验区条例〉的决定》修正）")

CHAPTERS = ["第一章　总　　则", "第二章　管理体制", "第三章　投资开放", "第四章　贸易便利",
            "第五章　金融服务", "第六章　开放通道与区域合作", "第七章　营商环境", "第八章　附　　则"]

# list of (chapter_index, kind, text); kind: 'art' article first paragraph (text after 第X条　),
# 'para' further 款, 'item' numbered item typed by hand
ART = []


def art(ch, num, text, *more):
    ART.append((ch, "art", num, text))
    for m in more:
        kind = "item" if m.startswith("（") else "para"
        ART.append((ch, kind, None, m))


art(0, "第一条", "为了推进和保障中国（广西）自由贸易试验区建设，推动形成面向东盟的国际陆海贸易新通道和开放合作高地，"
    "根据有关法律、行政法规和《中国（广西）自由贸易试验区总体方案》，结合自治区实际，制定本条例。")
art(0, "第二条", "本条例适用于经国务院批准设立的中国（广西）自由贸易试验区（以下简称自贸试验区），"
    "包括南宁片区、钦州港片区和崇左片区。",
    "自贸试验区的实施范围按照国务院批准的总体方案确定；实施范围调整的，按照国家有关规定执行。")
art(0, "第三条", "自贸试验区建设应当以制度创新为核心，以可复制可推广为基本要求，深度融入共建“一带一路”，"
    "高质量实施《区域全面经济伙伴关系协定》（RCEP），打造引领中国—东盟开放合作的高标准高质量自由贸易园区。")
art(0, "第四条", "自贸试验区应当主动对接高标准国际经贸规则，稳步扩大规则、规制、管理、标准等制度型开放，"
    "在投资、贸易、金融、跨境物流、人员往来等领域开展先行先试。")
art(0, "第五条", "自治区鼓励自贸试验区改革创新，建立健全容错纠错机制。",
    "改革创新未能实现预期目标，但有关单位和个人依照国家和自治区有关规定决策、实施，且勤勉尽责、未牟取私利的，"
    "不作负面评价，依法免除相关责任。")
art(1, "第六条", "自治区人民政府设立自贸试验区工作领导小组，研究决定自贸试验区发展规划、重大政策和改革事项，"
    "统筹协调自贸试验区建设中的重大问题。")
art(1, "第七条", "自治区人民政府商务主管部门承担自贸试验区工作领导小组办公室日常工作，履行下列职责：",
    "（一）组织实施自贸试验区发展规划和改革试点任务；",
    "（二）协调推进自治区有关部门和片区所在地人民政府落实改革创新措施；",
    "（三）组织开展制度创新成果的评估、复制和推广；",
    "（四）自治区人民政府交办的其他事项。")
art(1, "第八条", "自治区发展改革、财政、自然资源、交通运输、市场监督管理、地方金融管理等部门，"
    "以及海关、外汇、金融监管、海事、边检等单位，按照各自职责做好自贸试验区相关工作。")
art(1, "第九条", "南宁市、钦州市、崇左市人民政府应当加强对本行政区域内片区建设的领导，统筹解决片区发展中的重大问题。")
art(1, "第十条", "南宁市、钦州市、崇左市人民政府分别设立南宁片区、钦州港片区、崇左片区管理机构"
    "（以下统称片区管理机构），具体承担片区建设、管理和服务工作，依法履行相应的行政管理和公共服务职责。",
    "片区管理机构可以根据精简高效原则，自主确定内设机构和人员配置，实行扁平化管理，"
    "并按照规定实行聘任制、绩效工资制等人事薪酬制度改革。")
art(2, "第十一条", "自治区人民政府及其有关部门应当按照“应放尽放”的原则，依法将自贸试验区发展需要的"
    "自治区级经济社会管理权限下放或者委托片区管理机构行使。",
    "下放或者委托的权限事项目录应当向社会公布，并实行动态调整。")
art(2, "第十二条", "自贸试验区对外商投资实行准入前国民待遇加外商投资准入特别管理措施（负面清单）管理制度。",
    "负面清单之外的领域，按照内外资一致的原则实施管理。")
art(2, "第十三条", "自贸试验区推行商事主体登记确认制，实行经营范围规范化登记和住所申报承诺制，推进“证照分离”改革全覆盖。")
art(2, "第十四条", "支持外国投资者在自贸试验区依法设立投资性公司、地区总部和研发中心，"
    "支持符合条件的东盟国家企业在自贸试验区设立区域性总部。")
art(2, "第十五条", "自贸试验区建立外商投资企业投诉工作机制，依法及时处理外商投资企业或者其投资者反映的问题，"
    "协调完善相关政策措施。")
art(2, "第十六条", "自贸试验区应当加强境外投资服务，为企业开展对东盟国家投资提供政策咨询、风险预警、法律服务等支持。")
art(3, "第十七条", "自贸试验区内的海关特殊监管区域实施“一线放开、二线安全高效管住”的监管制度，"
    "推进综合保税区高水平开放高质量发展。",
    "支持自贸试验区内综合保税区依法开展保税维修、再制造业务，维修、再制造后的货物应当按照规定复运出境或者办理进口手续。")
art(3, "第十八条", "自贸试验区建设国际贸易“单一窗口”，推动与东盟国家“单一窗口”互联互通，"
    "实现货物贸易和服务贸易主要业务全覆盖。")
art(3, "第十九条", "支持崇左片区深化边民互市贸易改革，推进互市商品落地加工，探索互市贸易与一般贸易、加工贸易融合发展。")
art(3, "第二十条", "海关、海事、边检等口岸查验单位应当优化口岸通关流程，推行“两步申报”“船边直提”“抵港直装”等便利化措施，"
    "压缩整体通关时间。")
art(3, "第二十一条", "自贸试验区支持跨境电子商务综合试验区建设，发展跨境电子商务企业对企业出口、海外仓出口等业务，"
    "推动跨境电子商务线上综合服务平台与国际贸易“单一窗口”数据互联互通，"
    "探索建立面向东盟的跨境电子商务退换货中心和公共海外仓。")
art(3, "第二十二条", "自贸试验区应当发展数字贸易、技术贸易和文化贸易，支持建设面向东盟的服务外包基地和数字贸易平台。")
art(4, "第二十三条", "自贸试验区在依法合规、风险可控的前提下，推动人民币在面向东盟的跨境贸易、投资中的使用，"
    "扩大人民币跨境结算规模。")
art(4, "第二十四条", "支持在自贸试验区开展本外币合一银行结算账户体系试点、跨境融资便利化试点，便利企业跨境投融资。")
art(4, "第二十五条", "金融管理部门应当会同自治区地方金融管理部门建立自贸试验区金融风险监测和预警机制，"
    "防范跨境资金异常流动等风险。")
art(5, "第二十六条", "自贸试验区应当发挥面向东盟的区位优势，深化与东盟国家在经贸、产能、人文等领域的合作，"
    "推进中国—东盟产业合作区建设。")
art(5, "第二十七条", "支持钦州港片区建设西部陆海新通道国际门户港，发展集装箱干线运输和海铁联运，提升港口航运服务能级。")
art(5, "第二十八条", "支持南宁片区建设中国—东盟数字经济合作平台，发展跨境数据服务、跨境物流服务等产业。")
art(5, "第二十九条", "支持崇左片区建设跨境产业链供应链，推进中越跨境经济合作区建设，发展跨境加工、跨境物流等产业。")
art(5, "第三十条", "自贸试验区应当发挥中欧班列、西部陆海新通道班列等国际物流通道作用，"
    "推动钦州港与南宁国际铁路港、凭祥铁路口岸协同联动，探索开展“一单制”多式联运，推行“提单+”等物流金融服务模式。")
art(6, "第三十一条", "自贸试验区推行政务服务“一网通办”“跨省通办”，实现企业和群众办事“最多跑一次”。")
art(6, "第三十二条", "自贸试验区应当加强知识产权保护，建立知识产权快速维权和纠纷多元化解机制。",
    "支持在自贸试验区设立国际商事仲裁、调解机构，为中国—东盟经贸往来提供商事争议解决服务。")
art(6, "第三十三条", "自贸试验区建立以信用为基础的新型监管机制，推行信用分级分类监管。",
    "对守信主体在行政审批、监管执法等方面依法给予便利；对失信主体依法依规实施失信惩戒，"
    "但不得超越法律、法规规定的种类和幅度。")
art(6, "第三十四条", "自治区人民政府及其有关部门应当在下列方面对自贸试验区建设给予支持：",
    "（一）安排专项资金支持自贸试验区制度创新和重大项目建设；",
    "（二）优先保障自贸试验区重大产业项目建设用地、用海需求；",
    "（三）支持自贸试验区引进高层次人才和紧缺急需人才，在落户、住房、子女入学等方面提供便利。")
art(6, "第三十五条", "片区所在地人民政府和片区管理机构应当依法保障企业和个人的合法权益，不得违法设置市场准入和退出条件。")
art(7, "第三十六条", "南宁市、钦州市、崇左市人民政府可以依照本条例，结合片区实际，制定具体实施办法。")
art(7, "第三十七条", "本条例自2023年1月1日起施行。")


# ---------------------------------------------------------------- build
def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    footer_page_numbers(sec)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    num_id = add_numbering(doc)

    gg_clauses, jd_clauses, tl_clauses = [], [], []

    # ------------------------------------------------ 公告 (red title in two paragraphs)
    blank(doc)
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, exact=40)
    font(p.add_run("广西壮族自治区人民代表大会常务委员会"), XBS, 22, color=RED)
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, exact=48)
    font(p.add_run("公　　告"), XBS, 26, color=RED)
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, before=12, after=6)
    font(p.add_run("〔十四届〕第"), FS)
    font(p.add_run("58"), FS)
    font(p.add_run("号"), FS)
    red_rule(p)
    blank(doc)
    p = fmt(doc.add_paragraph(), first=32)
    # body typed in three runs (the bracketed title pasted in)
    font(p.add_run(GONGGAO_BODY[:44]), FS)
    font(p.add_run(GONGGAO_BODY[44:97]), FS)
    font(p.add_run(GONGGAO_BODY[97:]), FS)
    gg_clauses.append(GONGGAO_BODY)
    blank(doc)
    blank(doc)
    # 落款 in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, txt in enumerate(["广西壮族自治区人民代表大会常务委员会", "2025年9月26日"]):
        c = t.cell(r, 1)
        cp = c.paragraphs[0]
        fmt(cp, WD_ALIGN_PARAGRAPH.CENTER)
        font(cp.add_run(txt), FS)
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), (Cm(4.6), Cm(11))):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        row.cells[0].width = Cm(4.6)
        row.cells[1].width = Cm(11)
    blank(doc)

    page_break(doc)

    # ------------------------------------------------ 决定
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    font(p.add_run("广西壮族自治区人民代表大会常务委员会"), XBS, 22)
    p.runs[-1].add_break()  # soft line breaks inside the title
    font(p.add_run("关于修改《中国（广西）自由贸易试验区"), XBS, 22)
    p.runs[-1].add_break()
    font(p.add_run("条例》的决定"), XBS, 22)
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, left=16, before=6)
    font(p.add_run(JUEDING_NOTE), KT, 16)
    blank(doc)
    p = fmt(doc.add_paragraph())
    # indentation typed by hand with two full-width spaces
    font(p.add_run("　　" + JUEDING_INTRO), FS)
    jd_clauses.append(JUEDING_INTRO)
    k = 0
    for numbered, text in JUEDING_ITEMS:
        p = fmt(doc.add_paragraph(), first=32)
        if numbered:
            set_num(p, num_id)
            jd_clauses.append(NUMS[k] + "、" + text)
            k += 1
        else:
            jd_clauses.append(text)
        font(p.add_run(text), FS)
    for text in JUEDING_TAIL:
        p = fmt(doc.add_paragraph(), first=32)
        font(p.add_run(text), FS)
        jd_clauses.append(text)
    p = blank(doc, "　　")  # whitespace-only paragraph

    page_break(doc)

    # ------------------------------------------------ 条例 (republished)
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, exact=40)
    font(p.add_run(TIAOLI_TITLE), XBS, 22)
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.JUSTIFY, left=32, before=6)
    p.paragraph_format.right_indent = Pt(32)
    font(p.add_run(TIAOLI_NOTE), KT, 16)
    blank(doc)
    p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER)
    font(p.add_run("目　　录"), HT)
    for ch in CHAPTERS:
        p = fmt(doc.add_paragraph(), left=64)
        font(p.add_run(ch), KT)
    blank(doc)

    cur = -1
    for idx, (ch, kind, num, text) in enumerate(ART):
        if ch != cur:
            cur = ch
            if ch > 0:
                blank(doc)
            p = fmt(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
            font(p.add_run(CHAPTERS[ch]), HT)
        p = fmt(doc.add_paragraph(), first=32)
        if kind == "art":
            if num == "第二十四条":
                # edited article number: split across two bold runs
                font(p.add_run("第二十"), HT, bold=True)
                font(p.add_run("四条"), HT, bold=True)
                font(p.add_run("　" + text), FS)
            elif num in ("第十条", "第三十条"):
                # full-width space typed inside the bold 黑体 run
                font(p.add_run(num + "　"), HT, bold=True)
                font(p.add_run(text), FS)
            else:
                font(p.add_run(num), HT, bold=True)
                font(p.add_run("　"), FS)
                font(p.add_run(text), FS)
            tl_clauses.append(num + "　" + text)
        else:
            font(p.add_run(text), FS)
            tl_clauses.append(text)

    stem = "blind382_guangxi_xiuzheng"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    issuer = ["广西壮族自治区人民代表大会常务委员会"]
    base = dict(issuer=issuer, level="provincial", expires=None, attachments=[],
                recipients=[], publicity=None, repeals=None)
    expected = {stem: [
        {"meta": dict(base, title="广西壮族自治区人民代表大会常务委员会公告",
                      doc_number="〔十四届〕第58号", date="2025-09-26", published="2025-09-26",
                      region="广西壮族自治区", effective="2025-11-01", doc_type="公告"),
         "clauses": gg_clauses},
        {"meta": dict(base, title=JUEDING_TITLE, doc_number=None, date="2025-09-26",
                      published="2025-09-26", region="中国（广西）自由贸易试验区",
                      effective="2025-11-01", doc_type="决定"),
         "clauses": jd_clauses},
        {"meta": dict(base, title=TIAOLI_TITLE, doc_number=None, date="2025-09-26",
                      published="2025-09-26", region="中国（广西）自由贸易试验区",
                      effective="2023-01-01", doc_type="条例"),
         "clauses": tl_clauses},
    ]}
    # key order as in the format description
    order = ["title", "doc_number", "issuer", "date", "published", "level", "region", "effective",
             "expires", "attachments", "doc_type", "recipients", "publicity", "repeals"]
    for d in expected[stem]:
        d["meta"] = {k2: d["meta"][k2] for k2 in order}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    return [path]


def to_pdf(paths):
    for pth in paths:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_382", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, pth],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)


if __name__ == "__main__":
    to_pdf(build())
