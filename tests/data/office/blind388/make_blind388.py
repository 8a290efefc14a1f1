# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 388: provincial 工作要点 issued by 印发 notices."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28)
    add_page_number(sec)
    return doc


def fmt_run(run, font=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    ascii_font = "Times New Roman" if font in (FS, KT) else font
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), font)
    if color is not None:
        run.font.color.rgb = color
    return run


def para(doc, runs=(), align=None, indent=True, size=16, line=28, container=None):
    """runs: list of (text, font, bold) or ('<br>',) for a soft line break."""
    c = container if container is not None else doc
    p = c.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    for r in runs:
        if r[0] == "<br>":
            p.add_run().add_break()
            continue
        text, font = r[0], r[1]
        bold = r[2] if len(r) > 2 else False
        color = r[3] if len(r) > 3 else None
        rsize = r[4] if len(r) > 4 else size
        fmt_run(p.add_run(text), font, rsize, bold, color)
    return p


def empty(doc, n=1):
    for _ in range(n):
        para(doc, [], indent=False)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def border(p, side="bottom", color="FF0000", sz=12):
    pPr = p._p.get_or_add_pPr()
    pbdr = pPr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        pPr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)


def add_page_number(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt_run(fp.add_run("— "), "宋体", 14)
    r = fp.add_run()
    fmt_run(r, "宋体", 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r2 = fp.add_run()
    fmt_run(r2, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._element.append(it)
    r3 = fp.add_run()
    fmt_run(r3, "宋体", 14)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._element.append(s)
    fmt_run(fp.add_run("1"), "宋体", 14)
    r4 = fp.add_run()
    fmt_run(r4, "宋体", 14)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r4._element.append(e)
    fmt_run(fp.add_run(" —"), "宋体", 14)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = parse_xml(
        "<w:tblBorders %s>"
        '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        "</w:tblBorders>" % nsdecls("w")
    )
    tblPr.append(b)


def banji_borders(table):
    tblPr = table._tbl.tblPr
    b = parse_xml(
        "<w:tblBorders %s>"
        '<w:top w:val="single" w:sz="8" w:color="000000"/>'
        '<w:left w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="8" w:color="000000"/>'
        '<w:right w:val="nil"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/>'
        '<w:insideV w:val="nil"/>'
        "</w:tblBorders>" % nsdecls("w")
    )
    tblPr.append(b)


def cell_text(cell, runs, align=None, size=16, line=28):
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(line)
    for r in runs:
        if r[0] == "<br>":
            p.add_run().add_break()
            continue
        fmt_run(p.add_run(r[0]), r[1], r[4] if len(r) > 4 else size,
                r[2] if len(r) > 2 else False, r[3] if len(r) > 3 else None)
    return p


def add_decimal_numbering(doc, num_id=90):
    """A single-level Word list '1.' with no suffix, continuing across the document."""
    numbering = doc.part.numbering_part.element
    absnum = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        'w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
        % (nsdecls("w"), num_id, FS)
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    num = parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), num_id, num_id)
    )
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def meta(title, doc_number, issuer, date, level, region, doc_type,
         recipients=(), attachments=(), publicity=None, published=None):
    return {
        "title": title,
        "doc_number": doc_number,
        "issuer": list(issuer),
        "date": date,
        "published": published,
        "level": level,
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": list(attachments),
        "doc_type": doc_type,
        "recipients": list(recipients),
        "publicity": publicity,
        "repeals": None,
    }


# ====================================================================
# 1. 福建：省政府办公厅印发 2026年全省自贸试验区工作要点
# ====================================================================
FJ_OPEN = (
    "2026年是“十五五”规划开局之年，也是中国（福建）自由贸易试验区（以下简称自贸试验区）"
    "深入实施提升战略的关键之年。全省自贸试验区工作要以习近平新时代中国特色社会主义思想为指导，"
    "全面贯彻党的二十大和二十届历次全会精神，深入落实习近平总书记对福建工作的重要讲话重要指示精神，"
    "坚持以制度创新为核心，以可复制可推广为基本要求，对接国际高标准经贸规则，深化两岸融合发展，"
    "服务高质量共建“一带一路”，努力打造更高水平开放型经济新体制试验田。现提出如下工作要点。"
)
FJ_CLOSE = (
    "各片区、各有关部门要提高政治站位，强化责任担当，对照本工作要点细化工作措施，明确时间节点，"
    "确保各项任务落地见效。各牵头单位要于2026年6月30日、12月20日前分别将上半年、全年工作进展情况"
    "报送省商务厅（省自贸办），省商务厅（省自贸办）要加强跟踪督促，重大事项及时报告省政府。"
)
# (runin bold part or "", text, note, mode)  mode: same | own
FJ_SECTIONS = [
    ("一、对接国际高标准经贸规则", [
        ("稳步扩大制度型开放。", "对标《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等高标准经贸规则，在货物贸易、服务贸易、数字贸易、知识产权等领域开展压力测试，全年形成首创性制度创新成果不少于10项。",
         "（省商务厅牵头，省发展改革委、省司法厅、省市场监管局等按职责分工负责）", "same"),
        ("", "全面落实外商投资准入前国民待遇加负面清单管理制度，推动自贸试验区外商投资准入特别管理措施落地见效，支持外资企业在增值电信、医疗、职业教育等领域扩大投资。",
         "（省商务厅、省发展改革委牵头，省通信管理局、省卫健委、省教育厅按职责分工负责）", "same"),
        ("", "落实跨境服务贸易负面清单，梳理清单外领域行政许可事项，推动境外专业人才在自贸试验区提供工程咨询、建筑设计、会计等服务。",
         "（省商务厅牵头，省住建厅、省财政厅、省人社厅按职责分工负责）", "same"),
        ("", "探索数据跨境流动便利化，制定自贸试验区数据出境管理清单（负面清单），在福州片区开展数据跨境流动试点，支持建设国际数据服务专区。",
         "（省委网信办、省数据管理局牵头，福州片区管委会负责）", "same"),
        ("", "加强知识产权保护，完善自贸试验区知识产权快速协同保护机制，推进海外知识产权纠纷应对指导工作站建设。",
         "（省知识产权局牵头，省法院、省检察院、省市场监管局按职责分工负责）", "same"),
        ("", "推进政府采购领域改革，探索与国际规则相衔接的采购程序，提高采购透明度。",
         "（省财政厅负责）", "same"),
    ]),
    ("二、提升贸易投资便利化水平", [
        ("", "深化国际贸易“单一窗口”建设，拓展“单一窗口”在口岸物流、跨境金融、出口退税等领域的特色功能，主要业务应用率保持100%。",
         "（省商务厅、福州海关、厦门海关牵头，省税务局、人民银行福建省分行按职责分工负责）", "same"),
        ("", "推进海关监管制度创新，扩大“两步申报”“提前申报”适用范围，在综合保税区推广“仓储货物按状态分类监管”模式。",
         "（福州海关、厦门海关负责）", "same"),
        ("", "支持福州、厦门、平潭综合保税区发展保税维修、保税研发、融资租赁等新业态，推动综合保税区加快建设“五大中心”。",
         "（省商务厅牵头，福州海关、厦门海关、各有关设区市人民政府按职责分工负责）", "own"),
        ("", "发展跨境电商，推动跨境电商综合试验区与自贸试验区联动发展，支持建设海外仓，推广跨境电商“9810”出口监管模式，全年跨境电商进出口额增长10%以上。",
         "（省商务厅牵头，福州海关、厦门海关、省邮政管理局按职责分工负责）", "same"),
        ("", "推进贸易外汇收支便利化试点扩面，支持更多优质企业纳入试点范围，推动跨境人民币结算便利化。",
         "（国家外汇管理局福建省分局、人民银行福建省分行负责）", "same"),
        ("", "深化外商投资促进，举办第二十六届中国国际投资贸易洽谈会自贸试验区专场活动，全年新设外商投资企业增长5%以上。",
         "（省商务厅牵头，各片区管委会负责）", "same"),
    ]),
    ("三、深化两岸融合发展", [
        ("", "支持台胞台企在自贸试验区投资兴业，落实台资企业同等待遇，探索台湾地区专业人才职业资格采认“一试双证”等便利举措。",
         "（省台港澳办牵头，省人社厅、省商务厅按职责分工负责）", "same"),
        ("", "推进闽台产业合作，支持厦门片区建设海峡两岸集成电路产业合作试验区，推动平潭片区建设两岸共同市场先行区。",
         "（省发展改革委、省工信厅牵头，厦门片区、平潭片区管委会负责）", "same"),
        ("", "深化两岸金融合作，支持台资金融机构在自贸试验区设立分支机构，扩大对台跨境人民币业务。",
         "（省委金融办、人民银行福建省分行、国家金融监督管理总局福建监管局按职责分工负责）", "own"),
        ("", "便利台胞入出境和往来，推广台胞证“一证通行”应用场景，完善台胞在闽就业创业服务体系。",
         "（省公安厅、省台港澳办、省人社厅按职责分工负责）", "same"),
        ("", "推进两岸标准共通，在电子信息、机械装备、文化旅游等领域推动标准互认。",
         "（省市场监管局牵头，省台港澳办负责）", "same"),
    ]),
    ("四、服务高质量共建“一带一路”", [
        ("", "推进“丝路海运”高质量发展，新增“丝路海运”命名航线10条以上，推动“丝路海运”与中欧班列、西部陆海新通道衔接。",
         "（省交通运输厅牵头，省港口集团、福州海关、厦门海关按职责分工负责）", "same"),
        ("", "提升中欧（厦门）班列运营水平，拓展至中亚、欧洲新线路，探索“海铁联运+班列”全程提单模式。",
         "（省交通运输厅、省商务厅牵头，厦门片区管委会、中国铁路南昌局集团有限公司按职责分工负责）", "same"),
        ("", "推动“丝路电商”合作，支持企业在共建“一带一路”国家布局营销网络和海外仓，打造面向东盟的跨境电商合作平台。",
         "（省商务厅负责）", "same"),
        ("", "深化与东盟国家经贸合作，用好《区域全面经济伙伴关系协定》（RCEP）规则，提升原产地证书签发与核查便利化水平。",
         "（省商务厅、省贸促会牵头，福州海关、厦门海关按职责分工负责）", "same"),
        ("", "建设“海上福建”对外合作平台，支持远洋渔业、海洋装备企业“走出去”，推动建设境外经贸合作区。",
         "（省海洋渔业局、省商务厅按职责分工负责）", "own"),
    ]),
    ("五、推动产业创新和营商环境优化", [
        ("", "培育航运物流、融资租赁、数字经济等特色产业，支持福州片区建设临空经济示范区，支持厦门片区建设国际航运中心核心区。",
         "（省发展改革委牵头，各片区管委会负责）", "same"),
        ("", "深化“证照分离”改革全覆盖，推行经营主体登记确认制，探索“一业一证”改革扩面。",
         "（省市场监管局牵头，省政务服务局、各片区管委会按职责分工负责）", "same"),
        ("", "下放省级管理权限，评估已下放事项运行效果，新梳理一批可下放至片区的省级权限事项。",
         "（省委编办、省司法厅牵头，省直有关部门按职责分工负责）", "same"),
        ("", "完善商事纠纷多元化解机制，支持厦门国际商事法庭、福州国际商事调解中心等发展，提升涉外法律服务能力。",
         "（省法院、省司法厅按职责分工负责）", "same"),
        ("", "加强金融服务实体经济，扩大本外币合一银行结算账户体系试点，支持开展跨境资产转让业务。",
         "（人民银行福建省分行、国家外汇管理局福建省分局负责）", "same"),
        ("", "推动绿色低碳发展，探索碳排放权、排污权交易制度创新，支持海峡资源环境交易中心开展跨境碳交易研究。",
         "（省生态环境厅、省发展改革委按职责分工负责）", "own"),
    ]),
    ("六、强化组织保障", [
        ("", "健全工作推进机制，发挥省自贸试验区工作领导小组统筹协调作用，定期召开联席会议，研究解决重大问题。",
         "（省商务厅（省自贸办）负责）", "same"),
        ("", "开展制度创新成果评估，做好第九批福建自贸试验区创新举措评估发布和复制推广工作，全年复制推广创新成果不少于20项。",
         "（省商务厅（省自贸办）牵头，省直有关部门按职责分工负责）", "same"),
        ("", "推动联动创新区建设，对全省联动创新区开展年度考核评估，支持联动创新区与片区开展协同试验。",
         "（省商务厅（省自贸办）、各设区市人民政府负责）", "same"),
        ("", "加强人才保障，落实自贸试验区高层次人才认定和服务保障政策，支持片区开展国际化人才招引。",
         "（省委人才办、省人社厅牵头，各片区管委会负责）", "same"),
        ("", "加强风险防控，健全风险防范体系，强化重点领域、重点环节监管，守牢安全底线。",
         "（省商务厅（省自贸办）牵头，省直有关部门按职责分工负责）", "same"),
    ]),
]


def build_fujian():
    doc = new_doc()
    # 版头
    empty(doc, 2)
    para(doc, [("福建省人民政府办公厅文件", XBS, False, RED, 36)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=36, line=48)
    empty(doc, 1)
    p = para(doc, [("闽政办〔2026〕8号", FS)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)
    # 标题（软回车断行）
    title = "福建省人民政府办公厅关于印发2026年全省自贸试验区工作要点的通知"
    para(doc, [("福建省人民政府办公厅关于印发2026年全省", XBS, False, None, 22), ("<br>",),
               ("自贸试验区工作要点的通知", XBS, False, None, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=36)
    empty(doc, 1)
    recips = ["各设区市人民政府", "平潭综合实验区管委会", "省直有关单位"]
    para(doc, [("，".join(recips) + "：", FS)], indent=False)
    notice_clauses = [
        "经省人民政府同意，现将《2026年全省自贸试验区工作要点》印发给你们，请认真贯彻执行。",
    ]
    for c in notice_clauses:
        para(doc, [(c, FS)])
    empty(doc, 3)
    # 落款：手工空格对齐
    para(doc, [("\u3000" * 14 + "福建省人民政府办公厅", FS)], indent=False)
    para(doc, [("\u3000" * 15 + "2026年2月27日", FS)], indent=False)
    para(doc, [("（此件公开发布）", FS)])
    page_break(doc)

    # 工作要点
    yd_title = "2026年全省自贸试验区工作要点"
    para(doc, [(yd_title, XBS, False, None, 22)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, size=22, line=36)
    empty(doc, 1)
    clauses = []
    para(doc, [(FJ_OPEN, FS)])
    clauses.append(FJ_OPEN)
    n = 0
    for si, (head, tasks) in enumerate(FJ_SECTIONS):
        if si > 0:
            empty(doc, 1)  # office habit: blank line between sections
        # heading as a bold 黑体 run in a plain Normal paragraph
        para(doc, [(head, HT, True)])
        for runin, text, note, mode in tasks:
            n += 1
            num = "%d." % n
            if n == 17:
                num = "17．"  # inconsistent full-width dot, typed by hand
            runs = [(num, FS)]
            if runin:
                runs.append((runin, FS, True))
            runs.append((text, FS))
            if mode == "same":
                runs.append((note, FS))
                para(doc, runs)
            else:
                para(doc, runs)
                para(doc, [(note, FS)])
            clauses.append(num + runin + text + note)
    para(doc, [(FJ_CLOSE, FS)])
    clauses.append(FJ_CLOSE)
    empty(doc, 2)

    # 版记 as a table
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    banji_borders(t)
    cell_text(t.cell(0, 0), [("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，福建省军区。", FS, False, None, 14)], size=14)
    cell_text(t.cell(1, 0), [(" 福建省人民政府办公厅" + "\u3000" * 7 + "2026年2月28日印发", FS, False, None, 14)], size=14)

    stem = "blind388_fujian_gongzuoyaodian"
    doc.save(os.path.join(HERE, stem + ".docx"))
    issuer = ["福建省人民政府办公厅"]
    exp = [
        {"meta": meta(title, "闽政办〔2026〕8号", issuer, "2026-02-27", "provincial", "福建省",
                      "通知", recipients=recips, publicity="此件公开发布"),
         "clauses": notice_clauses},
        {"meta": meta(yd_title, None, issuer, "2026-02-27", "provincial", "福建省", "要点"),
         "clauses": clauses},
    ]
    return stem, exp


# ====================================================================
# 2. 湖北：省商务厅、省发展改革委联合印发（Word 自动编号，责任单位另起一行）
# ====================================================================
HB_OPEN = [
    "2026年是“十五五”开局之年，是中国（湖北）自由贸易试验区（以下简称湖北自贸试验区）实施提升战略、"
    "建设更高水平开放平台的重要一年。为深入贯彻党中央、国务院关于实施自由贸易试验区提升战略的决策部署，"
    "全面落实省委、省政府工作要求，加快把湖北自贸试验区建设成为内陆开放新高地，制定本工作要点。",
    "全年主要目标是：力争形成制度创新成果30项以上，其中全国首创10项以上；自贸试验区实际使用外资、"
    "货物进出口额分别增长8%、10%以上；新增经营主体2万户以上。",
]
HB_CLOSE = (
    "各地、各有关部门要按照本工作要点要求，结合实际制定具体落实措施，明确责任人和时间表，"
    "于每季度结束后10日内将工作推进情况报送省商务厅（省自贸办）。省商务厅（省自贸办）将会同省发展改革委"
    "加强统筹调度和督促检查，确保全年各项任务落实到位。"
)
HB_SECTIONS = [
    ("一、聚焦制度型开放，推进改革试点任务落地", [
        ("系统推进提升战略。制定实施湖北自贸试验区提升行动方案，逐项分解国务院印发的提升战略任务清单，年内完成率达到80%以上。",
         "（省商务厅、省发展改革委牵头，省直有关部门、各片区管委会按职责分工负责）"),
        ("开展对接国际高标准经贸规则先行先试，聚焦货物贸易、服务贸易、数字贸易、环境保护等领域，探索推出一批差异化改革举措。",
         "（省商务厅牵头，省司法厅、省生态环境厅、省数据局按职责分工负责）"),
        ("推动在武汉片区开展生物医药研发用物品进口“白名单”试点扩围，探索医疗器械注册人制度跨区域协作。",
         "（省药监局、武汉海关牵头，武汉片区管委会负责）"),
        ("深化投资管理体制改革，推行外商投资企业“一站式”服务，落实外资企业国民待遇，建立重点外资项目专班推进机制。",
         "（省商务厅牵头，省发展改革委、省市场监管局按职责分工负责）"),
        ("深化“证照分离”改革，探索“一业一证”“一照多址”等改革，压减审批环节和时限。",
         "（省市场监管局牵头，省政务管理办、各片区管委会负责）"),
        ("完善制度创新成果评估机制，组织开展年度制度创新案例评选，推动省内复制推广不少于15项。",
         "（省商务厅（省自贸办）负责）"),
    ]),
    ("二、聚焦贸易便利，建设内陆开放大通道", [
        ("推动武汉天河国际机场和鄂州花湖国际机场联动发展，拓展全货机国际航线，力争国际货邮吞吐量增长15%。",
         "（省交通运输厅、省发展改革委牵头，武汉海关、湖北国际物流机场有限公司按职责分工负责）"),
        ("提升中欧班列（武汉）运营质效，稳定开行至欧洲、中亚、东盟线路，推进“江海铁”多式联运，全年开行班列1200列以上。",
         "（省发展改革委、省商务厅牵头，武汉海关、中国铁路武汉局集团有限公司按职责分工负责）"),
        ("深化长江中游航运中心建设，推进阳逻港、白洋港等港口与自贸试验区联动，推广“水铁联运”“江海直达”运输模式。",
         "（省交通运输厅、省港口集团负责）"),
        ("深化国际贸易“单一窗口”建设，推进口岸收费目录清单公示，推动进出口整体通关时间进一步压缩。",
         "（省商务厅（省口岸办）、武汉海关按职责分工负责）"),
        ("推进海关监管创新，推广“空铁联运一单制”“离港确认”等改革，在综合保税区开展“区港一体化”监管试点。",
         "（武汉海关负责）"),
        ("支持武汉东湖、武汉新港空港、襄阳、宜昌综合保税区提档升级，发展保税维修、保税研发、保税展示交易等业务，综合保税区进出口额增长10%以上。",
         "（省商务厅牵头，武汉海关、相关市人民政府按职责分工负责）"),
        ("加快跨境电商综合试验区建设，支持武汉、黄石、宜昌、襄阳等跨境电商综试区与自贸试验区协同发展，培育跨境电商产业园和品牌企业，推动海外仓高质量发展。",
         "（省商务厅牵头，武汉海关、省邮政管理局按职责分工负责）"),
        ("发展新型离岸国际贸易，支持银行为真实合规的离岸转手买卖提供跨境资金结算便利。",
         "（人民银行湖北省分行、国家外汇管理局湖北省分局负责）"),
    ]),
    ("三、聚焦产业创新，培育高质量发展新动能", [
        ("支持武汉片区建设光电子信息、生物医药国际合作产业园，推动“光芯屏端网”产业链开放合作。",
         "（省经信厅、省科技厅牵头，武汉片区管委会负责）"),
        ("支持襄阳片区发展新能源汽车和智能网联汽车产业，推动汽车及零部件出口，开展二手车出口业务。",
         "（省商务厅、省经信厅牵头，襄阳片区管委会负责）"),
        ("支持宜昌片区打造绿色化工和生物医药产业集群，探索长江大保护与开放发展协同机制。",
         "（省发展改革委、省生态环境厅牵头，宜昌片区管委会负责）"),
        ("推进科技创新开放合作，支持外资研发中心落户，推动国际技术转移中心建设，开展科技成果跨境转化试点。",
         "（省科技厅负责）"),
        ("发展数字贸易，推进数据跨境流动安全有序，在武汉片区建设国际数据服务试验区。",
         "（省委网信办、省数据局牵头，武汉片区管委会负责）"),
        ("发展服务贸易，推进国家服务贸易创新发展试点，培育数字服务出口基地，全年服务贸易进出口额增长8%。",
         "（省商务厅负责）"),
        ("推进金融开放创新，支持自贸试验区内企业开展跨境融资，扩大合格境外有限合伙人（QFLP）试点。",
         "（省委金融办、人民银行湖北省分行牵头，国家金融监督管理总局湖北监管局、国家外汇管理局湖北省分局按职责分工负责）"),
    ]),
    ("四、聚焦共建“一带一路”，拓展国际合作空间", [
        ("深化与共建“一带一路”国家经贸合作，组织企业参加中国国际进口博览会、中国—东盟博览会等重点展会，办好“楚商出海”系列活动。",
         "（省商务厅、省贸促会按职责分工负责）"),
        ("推动境外经贸合作区建设，支持企业在中亚、东南亚、非洲布局生产基地，带动装备、技术和标准“走出去”。",
         "（省商务厅、省发展改革委按职责分工负责）"),
        ("推进与RCEP成员国规则对接，开展RCEP企业服务中心建设，提升原产地证书“智能审核”“自助打印”覆盖面。",
         "（省商务厅、省贸促会、武汉海关按职责分工负责）"),
        ("拓展对外交流合作，支持自贸试验区与国外自由贸易区、经济特区建立友好合作关系。",
         "（省外办负责）"),
        ("加强国际物流通道建设，推动中欧班列与长江航运、航空货运衔接，打造“一带一路”内陆国际物流枢纽。",
         "（省发展改革委、省交通运输厅按职责分工负责）"),
    ]),
    ("五、聚焦营商环境，构建协同联动发展格局", [
        ("推进自贸试验区与联动创新区协同发展，新认定一批省级联动创新区，建立“自贸片区+联动创新区”结对帮扶机制。",
         "（省商务厅（省自贸办）牵头，各市州人民政府负责）"),
        ("深化法治保障，加快推进自贸试验区条例修订，建设国际商事法律服务中心，完善涉外商事纠纷“诉讼+仲裁+调解”一站式解决机制。",
         "（省司法厅、省法院按职责分工负责）"),
        ("推进政务服务“高效办成一件事”，在片区推行“跨省通办”“全省通办”，提升企业全生命周期服务水平。",
         "（省政务管理办负责）"),
        ("强化人才支撑，落实外籍高端人才工作许可和居留便利政策，探索建立国际职业资格证书认可清单。",
         "（省人社厅、省公安厅、省科技厅按职责分工负责）"),
        ("加强统计监测，完善自贸试验区统计指标体系，按季度开展运行监测分析。",
         "（省统计局、省商务厅按职责分工负责）"),
    ]),
    ("六、聚焦安全发展，强化组织保障", [
        ("健全风险防控体系，完善事中事后监管制度，加强对跨境资金流动、数据安全、生物安全等重点领域的风险监测。",
         "（省商务厅（省自贸办）牵头，省直有关部门按职责分工负责）"),
        ("强化考核激励，将自贸试验区建设纳入市州高质量发展综合绩效考评，对成效突出的片区和部门予以通报表扬。",
         "（省委督查室、省政府督查室、省商务厅按职责分工负责）"),
        ("加强宣传推介，办好湖北自贸试验区挂牌九周年系列宣传活动，讲好湖北自贸故事。",
         "（省委宣传部、省商务厅（省自贸办）按职责分工负责）"),
    ]),
]


def build_hubei():
    doc = new_doc()
    num_id = add_decimal_numbering(doc)
    empty(doc, 1)
    # 联合发文版头：布局表格
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    t.autofit = False
    t.columns[0].width = Cm(12.0)
    t.columns[1].width = Cm(3.5)
    for row in t.rows:
        row.cells[0].width = Cm(12.0)
        row.cells[1].width = Cm(3.5)
    cell_text(t.cell(0, 0), [("湖北省商务厅", XBS, False, RED, 26)],
              align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, size=26, line=40)
    cell_text(t.cell(1, 0), [("湖北省发展和改革委员会", XBS, False, RED, 26)],
              align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, size=26, line=40)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, [("文件", XBS, False, RED, 36)], align=WD_ALIGN_PARAGRAPH.CENTER, size=36, line=80)
    empty(doc, 1)
    p = para(doc, [("鄂商务发〔2026〕5号", FS)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)
    title = "关于印发湖北省2026年自贸试验区建设工作要点的通知"
    para(doc, [("关于印发湖北省2026年自贸试验区", XBS, False, None, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=36)
    para(doc, [("建设工作要点的通知", XBS, False, None, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=36)
    empty(doc, 1)
    recips = ["各市、州、直管市、神农架林区商务主管部门", "发展改革委",
              "中国（湖北）自由贸易试验区武汉、襄阳、宜昌片区管委会"]
    para(doc, [("，".join(recips) + "：", FS)], indent=False)
    notice_clauses = [
        "为深入实施自由贸易试验区提升战略，推动湖北自贸试验区高质量发展，经省人民政府同意，"
        "现将《湖北省2026年自贸试验区建设工作要点》印发给你们，请结合实际认真抓好贯彻落实。",
        "请各片区管委会、各有关单位于每季度末月25日前将工作进展情况和典型案例报送省商务厅（省自贸办）。"
        "联系人：陈思远，电话：027-87238016。",
    ]
    for c in notice_clauses:
        para(doc, [(c, FS)])
    empty(doc, 1)
    att = "湖北省2026年自贸试验区建设工作要点"
    para(doc, [("附件：" + att, FS)])
    empty(doc, 3)
    # 落款：布局表格
    t2 = doc.add_table(rows=2, cols=2)
    no_borders(t2)
    cell_text(t2.cell(0, 0), [("湖北省商务厅", FS)], align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t2.cell(0, 1), [("湖北省发展和改革委员会", FS)], align=WD_ALIGN_PARAGRAPH.CENTER)
    m2 = t2.cell(1, 0).merge(t2.cell(1, 1))
    cell_text(m2, [("2026年3月12日" + "\u3000" * 2, FS)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 1)
    para(doc, [("（此件主动公开）", FS)])
    page_break(doc)

    para(doc, [("附件", HT)], indent=False)
    empty(doc, 1)
    para(doc, [("湖北省2026年自贸试验区", XBS, False, None, 22), ("<br>",),
               ("建设工作要点", XBS, False, None, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=36)
    empty(doc, 1)
    clauses = []
    for o in HB_OPEN:
        para(doc, [(o, FS)])
        clauses.append(o)
    n = 0
    for head, tasks in HB_SECTIONS:
        para(doc, [(head, HT)])
        for text, note in tasks:
            n += 1
            p = para(doc, [(text, FS)])
            set_num(p, num_id)  # number comes from Word's list, not typed
            para(doc, [(note, KT)])  # responsibility line on its own
            clauses.append("%d.%s%s" % (n, text, note))
    para(doc, [(HB_CLOSE, FS)])
    clauses.append(HB_CLOSE)
    empty(doc, 2)
    p = para(doc, [("抄送：商务部自贸区港司，国家发展改革委地区振兴司，武汉海关。", FS, False, None, 14)],
             indent=False, size=14)
    border(p, "top", "000000", 8)
    p = para(doc, [(" 湖北省商务厅办公室" + "\u3000" * 8 + "2026年3月13日印发", FS, False, None, 14)],
             indent=False, size=14)
    border(p, "top", "000000", 4)
    border(p, "bottom", "000000", 8)

    stem = "blind388_hubei_gongzuoyaodian"
    doc.save(os.path.join(HERE, stem + ".docx"))
    issuer = ["湖北省商务厅", "湖北省发展和改革委员会"]
    exp = [
        {"meta": meta(title, "鄂商务发〔2026〕5号", issuer, "2026-03-12", "provincial", "湖北省",
                      "通知", recipients=recips, attachments=[att], publicity="此件主动公开"),
         "clauses": notice_clauses},
        {"meta": meta(att, None, issuer, "2026-03-12", "provincial", "湖北省", "要点"),
         "clauses": clauses},
    ]
    return stem, exp


# ====================================================================
# 3. 四川：省推进“一带一路”建设工作领导小组办公室
# ====================================================================
SC_OPEN = [
    "2026年是“十五五”开局之年，是推动共建“一带一路”高质量发展、实施自由贸易试验区提升战略的重要一年。"
    "全省要坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实习近平总书记对四川工作系列重要指示精神，"
    "全面落实省委、省政府决策部署，以高水平开放推动高质量发展，加快打造内陆开放战略高地和参与国际竞争新基地。",
    "为抓好2026年全省共建“一带一路”和自贸试验区建设工作，现制定如下工作要点。",
]
SC_CLOSE = (
    "各市（州）、各成员单位要将落实本工作要点作为推进高水平对外开放的重要抓手，主要负责同志亲自研究部署，"
    "细化分解任务，压实工作责任。对工作中遇到的重大问题，要及时报告领导小组办公室。"
)
# mode: same | own | br (soft line break between text and note)
SC_SECTIONS = [
    ("一、推动共建“一带一路”走深走实", [
        ("深度融入共建“一带一路”，制定我省年度重点任务清单和重大项目清单，建立清单化推进机制。",
         "（省发展改革委牵头，领导小组各成员单位按职责分工负责）", "same"),
        ("推进西部陆海新通道建设，加快西线主通道建设，推动川渝联合开行至北部湾港的铁海联运班列，全年开行4000列以上。",
         "（省发展改革委、省交通运输厅牵头，中国铁路成都局集团有限公司、成都海关按职责分工负责）", "br"),
        ("提升中欧班列（成渝）运行质效，巩固欧洲主通道，拓展中亚、西亚和跨里海通道，加强回程货源组织，全年开行班列5000列以上。",
         "（省发展改革委牵头，成都市人民政府、中国铁路成都局集团有限公司、成都海关按职责分工负责）", "own"),
        ("推动国际航空枢纽建设，支持成都双流、天府国际机场拓展至共建“一带一路”国家的客货运航线，新开通国际全货机航线3条以上。",
         "（省发展改革委、民航西南地区管理局牵头，四川机场集团有限公司、成都市人民政府按职责分工负责）", "same"),
        ("扩大与共建“一带一路”国家经贸往来，组织企业赴中亚、东盟、中东欧、中东等地区开展“川行天下”系列经贸活动20场以上。",
         "（省商务厅牵头，省贸促会负责）", "same"),
        ("推进境外经贸合作区建设，支持四川企业在共建国家建设产业园区，带动装备、工程、技术和服务“走出去”。",
         "（省商务厅、省发展改革委按职责分工负责）", "same"),
        ("深化国际产能合作，支持清洁能源、轨道交通、电子信息等优势产业开展境外投资，推动重大项目签约落地。",
         "（省发展改革委、省经济和信息化厅按职责分工负责）", "same"),
        ("推进“丝路电商”合作，支持建设“丝路电商”国别馆和海外仓，培育跨境电商优势品牌。",
         "（省商务厅负责）", "same"),
    ]),
    ("二、推动自贸试验区提升发展", [
        ("实施自由贸易试验区提升战略，落实中国（四川）自由贸易试验区提升方案，推动首创性、差异化改革探索，全年形成制度创新成果20项以上。",
         "（省商务厅（省自贸办）牵头，成都市、泸州市人民政府按职责分工负责）", "own"),
        ("对接国际高标准经贸规则，在成都天府新区片区、成都青白江铁路港片区、川南临港片区开展规则对接压力测试。",
         "（省商务厅牵头，各片区管委会负责）", "same"),
        ("推进铁路运输单证金融服务试点，扩大铁路提单物权化应用，推动多式联运“一单制”改革。",
         "（省商务厅、人民银行四川省分行牵头，成都青白江铁路港片区管委会负责）", "same"),
        ("推动川渝自贸试验区协同开放示范区建设，联合推出一批协同改革创新成果，推动川渝两地政务服务事项“一网通办”。",
         "（省商务厅（省自贸办）牵头，省大数据中心负责）", "br"),
        ("推进自贸试验区协同改革先行区建设，开展建设成效评估，推动改革试点经验在协同改革先行区率先复制推广。",
         "（省商务厅（省自贸办）牵头，有关市（州）人民政府负责）", "same"),
        ("深化投资领域改革，全面落实外商投资准入负面清单，优化外商投资企业服务，开展“投资四川”全球推介活动。",
         "（省商务厅、省投资促进局按职责分工负责）", "same"),
        ("加强自贸试验区法治保障，推动《中国（四川）自由贸易试验区条例》修订工作，完善涉外商事纠纷多元化解机制。",
         "（省司法厅牵头，省法院、省商务厅按职责分工负责）", "same"),
    ]),
    ("三、提升开放平台能级", [
        ("推动综合保税区高质量发展，支持成都高新、成都国际铁路港、绵阳、宜宾、泸州等综合保税区发展保税加工、保税物流、保税服务等业态，实施综合保税区绩效评估整改提升行动。",
         "（省商务厅牵头，成都海关、有关市人民政府按职责分工负责）", "own"),
        ("推进跨境电商综合试验区建设，支持成都、泸州、德阳、绵阳、天府新区等跨境电商综试区创新发展，全年跨境电商交易额增长10%以上。",
         "（省商务厅牵头，成都海关、省邮政管理局按职责分工负责）", "same"),
        ("推进进口贸易促进创新示范区建设，扩大先进技术、重要设备、关键零部件和优质消费品进口。",
         "（省商务厅负责）", "same"),
        ("办好第二十三届中国西部国际博览会、中国—欧洲中心国际合作活动等开放平台活动，提升国际影响力。",
         "（省商务厅、省投资促进局、省贸促会按职责分工负责）", "br"),
        ("提升口岸功能，推进指定监管场地建设，支持航空口岸、铁路口岸开展进境肉类、水果、粮食等业务。",
         "（省口岸物流办、成都海关按职责分工负责）", "same"),
        ("深化国际贸易“单一窗口”建设，推进“智慧口岸”建设，进一步压缩进出口整体通关时间。",
         "（省口岸物流办牵头，成都海关负责）", "same"),
    ]),
    ("四、优化外商投资和对外贸易环境", [
        ("稳外资促投资，落实外资企业国民待遇，健全重点外资企业“直通车”机制，全年实际使用外资保持稳定。",
         "（省商务厅、省投资促进局按职责分工负责）", "same"),
        ("支持外贸稳规模优结构，推动加工贸易梯度转移，培育外贸综合服务企业，发展市场采购贸易。",
         "（省商务厅牵头，成都海关负责）", "same"),
        ("加强出口信用保险支持，扩大短期险覆盖面，对中小微外贸企业开展“一揽子”承保。",
         "（省商务厅、中国出口信用保险公司四川分公司按职责分工负责）", "br"),
        ("推进跨境贸易投资高水平开放试点，扩大跨境人民币结算，便利经营主体跨境投融资。",
         "（人民银行四川省分行、国家外汇管理局四川省分局负责）", "same"),
        ("完善外籍人员服务，优化外籍人员入境、居留、就业、支付等服务，推广外卡刷卡和境外旅客购物离境退税。",
         "（省公安厅、省人力资源社会保障厅、人民银行四川省分行、四川省税务局按职责分工负责）", "own"),
    ]),
    ("五、强化统筹协调和风险防控", [
        ("强化领导小组统筹协调，定期召开领导小组会议和办公室会议，研究解决重大问题。",
         "（领导小组办公室负责）", "same"),
        ("开展年度评估，对各市（州）和成员单位落实情况进行评估，评估结果纳入目标绩效考核。",
         "（领导小组办公室牵头，省目标绩效办负责）", "same"),
        ("加强境外安全风险防范，完善境外项目和人员安全保护机制，开展境外安全风险预警和应急处置演练。",
         "（省委外办、省商务厅、省公安厅按职责分工负责）", "same"),
        ("加强涉外法律服务，建设涉外法律服务人才库，引导企业合规经营。",
         "（省司法厅、省贸促会按职责分工负责）", "same"),
        ("加强宣传引导，讲好四川共建“一带一路”故事，营造良好舆论氛围。",
         "（省委宣传部、省委外办按职责分工负责）", "same"),
    ]),
]


def build_sichuan():
    doc = new_doc()
    empty(doc, 1)
    para(doc, [("四川省推进“一带一路”建设", XBS, False, RED, 30)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=30, line=44)
    para(doc, [("工作领导小组办公室文件", XBS, False, RED, 30)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=30, line=44)
    empty(doc, 1)
    p = para(doc, [("川带路办〔2026〕4号", FS)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)
    issuer_name = "四川省推进“一带一路”建设工作领导小组办公室"
    title = (issuer_name + "关于印发《2026年四川省共建“一带一路”和自贸试验区建设工作要点》的通知")
    for line in ["四川省推进“一带一路”建设工作领导小组", "办公室关于印发《2026年四川省共建“一带",
                 "一路”和自贸试验区建设工作要点》的通知"]:
        para(doc, [(line, XBS, False, None, 22)], align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, size=22, line=36)
    empty(doc, 1)
    recips = ["各市（州）人民政府", "省推进“一带一路”建设工作领导小组成员单位"]
    para(doc, [("，".join(recips) + "：", FS)], indent=False)
    notice_clauses = [
        "《2026年四川省共建“一带一路”和自贸试验区建设工作要点》已经省推进“一带一路”建设工作领导小组"
        "第十次会议审议通过，现印发给你们，请认真抓好落实。",
        "各市（州）、各成员单位要于2026年7月10日、2027年1月10日前，分别将上半年和全年工作落实情况"
        "书面报送省推进“一带一路”建设工作领导小组办公室（设在省发展改革委）。",
    ]
    for c in notice_clauses:
        para(doc, [(c, FS)])
    empty(doc, 3)
    para(doc, [("四川省推进“一带一路”建设工作领导小组办公室" + "\u3000" * 2, FS)],
         align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, [("二〇二六年三月二十日" + "\u3000" * 6, FS)],
         align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, [("（此件公开发布）", FS)])
    empty(doc, 2)

    yd_title = "2026年四川省共建“一带一路”和自贸试验区建设工作要点"
    para(doc, [("2026年四川省共建“一带一路”和", XBS, False, None, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=36)
    para(doc, [("自贸试验区建设工作要点", XBS, False, None, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=36)
    empty(doc, 1)
    clauses = []
    for o in SC_OPEN:
        para(doc, [(o, FS)])
        clauses.append(o)
    n = 0
    for head, tasks in SC_SECTIONS:
        # section heading typed in 仿宋 with a bold run, not 黑体
        para(doc, [(head, FS, True)])
        for text, note, mode in tasks:
            n += 1
            num = "%d．" % n
            if mode == "same":
                para(doc, [(num + text, FS), (note, FS)])
            elif mode == "br":
                para(doc, [(num + text, FS), ("<br>",), (note, FS)])
            else:
                para(doc, [(num + text, FS)])
                para(doc, [(note, FS)], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
            clauses.append(num + text + note)
    para(doc, [(SC_CLOSE, FS)])
    clauses.append(SC_CLOSE)
    empty(doc, 2)
    p = para(doc, [("抄送：省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅。", FS, False, None, 14)],
             indent=False, size=14)
    border(p, "top", "000000", 8)
    p = para(doc, [(" " + issuer_name + "\u3000" * 3 + "2026年3月23日印发", FS, False, None, 14)],
             indent=False, size=14)
    border(p, "top", "000000", 4)
    border(p, "bottom", "000000", 8)

    stem = "blind388_sichuan_gongzuoyaodian"
    doc.save(os.path.join(HERE, stem + ".docx"))
    issuer = [issuer_name]
    exp = [
        {"meta": meta(title, "川带路办〔2026〕4号", issuer, "2026-03-20", "provincial", "四川省",
                      "通知", recipients=recips, publicity="此件公开发布"),
         "clauses": notice_clauses},
        {"meta": meta(yd_title, None, issuer, "2026-03-20", "provincial", "四川省", "要点"),
         "clauses": clauses},
    ]
    return stem, exp


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_388", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
    )


def main():
    expected = {}
    for builder in (build_fujian, build_hubei, build_sichuan):
        stem, exp = builder()
        expected[stem] = exp
        to_pdf(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
