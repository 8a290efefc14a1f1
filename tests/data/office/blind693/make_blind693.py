# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 693: 专家论证意见 + 第三方评估报告（摘要）."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_font(run, east, size=16, bold=False, latin="Times New Roman"):
    run.font.name = latin
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)


def fmt(p, first_indent=True, align=None, exact=28):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if first_indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align


def para(doc, parts, first_indent=True, align=None, size=16):
    """parts: list of (text, font, bold)."""
    p = doc.add_paragraph()
    fmt(p, first_indent, align)
    for text, east, bold in parts:
        r = p.add_run(text)
        set_font(r, east, size, bold)
    return p


def body(doc, text, **kw):
    return para(doc, [(text, FS, False)], **kw)


def empty(doc):
    p = doc.add_paragraph()
    fmt(p, False)
    return p


def setup(doc):
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # page number — 1 —
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14, latin="宋体")
    r = fp.add_run()
    set_font(r, "宋体", 14, latin="宋体")
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run()
    set_font(r, "宋体", 14, latin="宋体")
    it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
    r._element.append(it)
    r = fp.add_run()
    set_font(r, "宋体", 14, latin="宋体")
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r = fp.add_run("1")
    set_font(r, "宋体", 14, latin="宋体")
    r = fp.add_run()
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r = fp.add_run(" —")
    set_font(r, "宋体", 14, latin="宋体")


def add_numbering(doc, num_id, num_fmt, lvl_text):
    """Add a single-level Word list definition, return num_id."""
    numbering = doc.part.numbering_part.element
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        'w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), num_id, num_fmt, lvl_text)
    )
    absnum = parse_xml(absxml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), num_id, num_id)))
    return num_id


def numbered(doc, num_id, parts):
    p = para(doc, parts)
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id
    return p


def set_cell(cell, text, bold=False, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, east=FS):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def fix_grid(tb, widths):
    tb.autofit = False
    grid = tb._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in tb.rows:
        for j, cell in enumerate(row.cells):
            cell.width = widths[j]


def title(doc, lines):
    p = doc.add_paragraph()
    fmt(p, False, WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_font(r, XBS, 22)
        if i < len(lines) - 1:
            r.add_break()  # soft line break inside the title
    return p


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_693", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


expected = {}

# ================================================================ doc 1
PLAN1 = "《中国（湖南）自由贸易试验区长沙片区发展规划（2026—2030年）》"
d1_title = "关于" + PLAN1 + "的专家论证意见"
d1 = Document()
setup(d1)
title(d1, ["关于《中国（湖南）自由贸易试验区", "长沙片区发展规划（2026—2030年）》", "的专家论证意见"])
empty(d1)

c1 = []
t = ("2026年3月18日，湖南省商务厅在长沙主持召开" + PLAN1 +
     "（以下简称《规划》）专家论证会。中国（湖南）自由贸易试验区长沙片区管理委员会"
     "（以下简称长沙片区管委会）及《规划》编制单位湖南省对外经济贸易研究院有关负责同志参加会议。"
     "会议成立了由7位来自高校、科研机构和相关部门的专家组成的专家组，专家组名单如下：")
body(d1, t)
c1.append(t)

experts = [
    ("刘建华（组长）", "湖南大学经济与贸易学院", "教授"),
    ("周立新", "中南大学商学院", "教授"),
    ("谭慧敏", "湖南省社会科学院", "研究员"),
    ("龙世杰", "商务部国际贸易经济合作研究院", "研究员"),
    ("肖雅琴", "湖南师范大学地理科学学院", "副教授"),
    ("彭国强", "长沙海关综合业务处", "高级经济师"),
    ("易文斌", "湖南省国土空间调查监测所", "正高级工程师"),
]
hdr = ["姓名", "单位", "职称", "签名"]
tb = d1.add_table(rows=1 + len(experts), cols=4)
tb.style = "Table Grid"
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
widths = [Cm(3.6), Cm(6.6), Cm(3.0), Cm(2.4)]
for j, h in enumerate(hdr):
    set_cell(tb.cell(0, j), h, bold=True, east=HT)
for i, (n, u, z) in enumerate(experts, start=1):
    set_cell(tb.cell(i, 0), n)
    set_cell(tb.cell(i, 1), u)
    set_cell(tb.cell(i, 2), z)
    set_cell(tb.cell(i, 3), "")
    c1.append("姓名：%s；单位：%s；职称：%s；签名：" % (n, u, z))
for row in tb.rows:
    row.height = Cm(1.0)
fix_grid(tb, widths)

empty(d1)
t = ("专家组听取了编制单位关于《规划》编制过程和主要内容的汇报，审阅了《规划》文本、编制说明及相关专题研究报告，"
     "经质询和充分讨论，形成论证意见如下：")
body(d1, t)
c1.append(t)

para(d1, [("一、总体评价", HT, False)])
for t in [
    "《规划》深入贯彻党的二十大和二十届历次全会精神，全面落实《中国（湖南）自由贸易试验区总体方案》和省委、省政府关于"
    "高水平建设自由贸易试验区的部署要求，立足长沙片区“打造世界级先进制造业集群、联通长江经济带和粤港澳大湾区的国际投资"
    "贸易走廊、中部地区崛起增长极”的战略定位，在系统总结2021—2025年建设成效和存在问题的基础上，提出了未来五年的发展目标、"
    "重点任务和保障措施。《规划》编制依据充分，技术路线合理，基础资料翔实。",
    "《规划》主动对接高标准国际经贸规则，围绕制度型开放、中非经贸深度合作、先进制造业集群、中欧班列（长沙）集结中心建设和"
    "跨境电商等重点领域谋划任务举措，提出的“一核两区多园”空间布局与长沙市国土空间总体规划相衔接，发展目标总体可行，"
    "任务举措针对性和可操作性较强，对指导长沙片区今后五年建设具有重要作用。",
    "专家组认为，《规划》结构完整、重点突出、特色鲜明，达到了自由贸易试验区片区发展规划编制的深度要求。",
]:
    body(d1, t)
    c1.append(t)

para(d1, [("二、主要意见和建议", HT, False)])
NUM_DEC = add_numbering(d1, 90, "decimal", "%1.")
items = [
    ("进一步深化现状评估。",
     "建议补充2021—2025年主要指标完成情况对比分析，量化评估制度创新成果复制推广成效，对外贸进出口、实际使用外资、"
     "中欧班列开行量等未达预期指标的原因作深入剖析，增强规划目标设定的科学性。"),
    ("进一步突出差异化定位。",
     "建议对照中国（湖南）自由贸易试验区岳阳片区、郴州片区及长沙临空经济示范区等功能平台，明确长沙片区在工程机械、"
     "轨道交通装备、中非经贸合作等领域的比较优势，避免与周边平台同质化竞争。"),
    ("进一步强化对接国际高标准经贸规则。",
     "建议对标《区域全面经济伙伴关系协定》（RCEP）和《全面与进步跨太平洋伙伴关系协定》（CPTPP）相关规则，在数据跨境流动、"
     "知识产权保护、政府采购、国有企业等领域提出可操作的压力测试事项清单。"),
    ("进一步完善指标体系。",
     "建议将主要指标区分为预期性指标和约束性指标，补充制度创新成果数量、外商投资企业数量、综合保税区进出口额、"
     "跨境电商交易额等指标，并明确指标口径、数据来源和年度分解目标。"),
    ("进一步细化重点任务和项目支撑。", "建议："),
    ("进一步加强风险防控和保障措施。",
     "建议增加金融、数据安全、生态环境等领域风险防控内容，完善规划实施评估和动态调整机制，明确中期评估时间节点和责任主体。"),
    ("进一步规范文本表述。",
     "建议统一规划期限、数据截止时间和专业术语表述，核对引用文件名称，补充规划图件图例，删减部分描述性内容。"),
]
subs5 = [
    "（1）将中欧班列（长沙）集结中心扩能、长沙黄花综合保税区扩区等事项细化为年度重点项目，明确责任单位和完成时限；",
    "（2）补充中国—非洲经贸博览会永久会址功能提升、非洲非资源性产品集散交易中心等标志性项目；",
    "（3）对跨境电子商务综合试验区与自贸片区政策叠加的实施路径作专门说明。",
]
for k, (head, rest) in enumerate(items, start=1):
    numbered(d1, NUM_DEC, [(head, FS, True), (rest, FS, False)])
    c1.append("%d.%s%s" % (k, head, rest))
    if k == 5:
        for s in subs5:
            body(d1, s)
            c1.append(s)

para(d1, [("三、论证结论", HT, False)])
t = ("专家组一致同意《规划》通过论证。建议编制单位根据专家意见对《规划》进行修改完善，"
     "经长沙片区管委会审核后按程序报批。")
body(d1, t)
c1.append(t)

empty(d1)
empty(d1)
para(d1, [("专家组组长签字：", FS, False), ("                    ", FS, False)], first_indent=True)
empty(d1)
para(d1, [("                              2026年3月18日", FS, False)], first_indent=False)

f1 = os.path.join(HERE, "blind693_changsha_lunzheng.docx")
d1.save(f1)
expected["blind693_changsha_lunzheng"] = [{
    "meta": {
        "title": d1_title,
        "doc_number": None,
        "issuer": ["专家组"],
        "date": "2026-03-18",
        "published": None,
        "level": "provincial",
        "region": "中国（湖南）自由贸易试验区长沙片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "意见",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    },
    "clauses": c1,
}]

# ================================================================ doc 2
PLAN2 = "《中国（广西）自由贸易试验区钦州港片区发展规划（2021—2025年）》"
d2_title = PLAN2 + "实施情况第三方评估报告（摘要）"
d2 = Document()
setup(d2)
title(d2, ["《中国（广西）自由贸易试验区钦州港片区", "发展规划（2021—2025年）》实施情况", "第三方评估报告（摘要）"])
empty(d2)
c2 = []

para(d2, [("一、评估概况", HT, False)])
for t in [
    "受中国（广西）自由贸易试验区钦州港片区管理委员会（以下简称钦州港片区管委会）委托，广西大学中国—东盟经济研究院"
    "（以下简称评估组）于2025年9月至12月对" + PLAN2 + "（以下简称《规划》）实施情况开展第三方评估。",
    "评估以《规划》确定的发展目标、主要任务和保障措施为基准，采取资料审查、数据分析、实地调研、问卷调查和座谈访谈相结合的方式，"
    "共走访片区内企业63家，回收有效问卷412份，召开部门和企业座谈会9场，数据截至2025年11月底。",
]:
    body(d2, t)
    c2.append(t)

empty(d2)
para(d2, [("二、评估指标体系及得分", HT, False)])
t = ("评估指标体系由制度创新、开放型经济、产业发展、通道建设、营商环境5个一级指标和14个二级指标构成，"
     "采用客观数据测算与专家打分相结合的方法确定得分，满分为100分。各项指标权重及得分情况如下：")
body(d2, t)
c2.append(t)

groups = [
    ("制度创新", [("制度创新成果数量及复制推广", "8", "7.2"),
                 ("投资贸易便利化改革", "7", "6.1"),
                 ("金融开放创新", "5", "3.9")]),
    ("开放型经济", [("外贸进出口增长", "10", "8.3"),
                  ("实际使用外资", "8", "6.4"),
                  ("跨境电商等新业态发展", "7", "6.0")]),
    ("产业发展", [("临港产业集群规模", "10", "8.9"),
                 ("重大项目落地", "6", "5.3"),
                 ("科技创新能力", "4", "3.1")]),
    ("通道建设", [("钦州港集装箱吞吐量", "8", "7.6"),
                 ("西部陆海新通道海铁联运班列开行", "7", "6.5"),
                 ("中国—东盟港口城市合作", "5", "4.2")]),
    ("营商环境", [("政务服务效能", "8", "7.1"),
                 ("企业满意度", "7", "5.8")]),
]
nrows = 1 + sum(len(g[1]) for g in groups) + 1
tb2 = d2.add_table(rows=nrows, cols=4)
tb2.style = "Table Grid"
tb2.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, h in enumerate(["一级指标", "二级指标", "权重", "得分"]):
    set_cell(tb2.cell(0, j), h, bold=True, east=HT)
r = 1
tw = tsc = 0.0
for g, subs in groups:
    start = r
    set_cell(tb2.cell(r, 0), g)
    for name, w, s in subs:
        set_cell(tb2.cell(r, 1), name, align=WD_ALIGN_PARAGRAPH.LEFT)
        set_cell(tb2.cell(r, 2), w)
        set_cell(tb2.cell(r, 3), s)
        c2.append("一级指标：%s；二级指标：%s；权重：%s；得分：%s" % (g, name, w, s))
        tw += float(w)
        tsc += float(s)
        r += 1
    m = tb2.cell(start, 0).merge(tb2.cell(r - 1, 0))
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
assert abs(tw - 100) < 1e-6 and abs(tsc - 86.4) < 1e-6, (tw, tsc)
set_cell(tb2.cell(r, 0), "合计", bold=True)
set_cell(tb2.cell(r, 1), "—")
set_cell(tb2.cell(r, 2), "100", bold=True)
set_cell(tb2.cell(r, 3), "86.4", bold=True)
c2.append("一级指标：合计；二级指标：—；权重：100；得分：86.4")
widths2 = [Cm(3.2), Cm(7.4), Cm(2.4), Cm(2.4)]
for row in tb2.rows:
    row.height = Cm(0.9)
fix_grid(tb2, widths2)

t = "注：各项得分保留一位小数，合计得分由各二级指标得分加总。"
para(d2, [(t, FS, False)], first_indent=False, size=12)
c2.append(t)

empty(d2)
para(d2, [("三、评估结论", HT, False)])
concl = [
    ("（一）总体评价。",
     "评估组认为，《规划》确定的发展目标和主要任务总体完成较好，综合得分86.4分，评估等级为“良好”（85分及以上、不足90分）。"
     "《规划》确定的23项主要指标中，已完成或超额完成18项，基本完成3项，未完成2项。"),
    ("（二）主要成效。",
     "制度创新方面，累计形成制度创新成果56项，其中“西部陆海新通道海铁联运‘一单制’”等4项在全国复制推广；"
     "通道建设方面，钦州港集装箱吞吐量由2020年的395万标箱增长到2025年的约950万标箱，西部陆海新通道海铁联运班列开行量年均增长超过20%；"
     "产业发展方面，绿色化工、新能源材料、林浆纸等临港产业集群加快成型，2025年片区规模以上工业总产值突破2000亿元。"),
    ("（三）存在问题。",
     "一是金融开放创新相对滞后，跨境人民币结算、离岸贸易等业务规模偏小；二是实际使用外资未达规划目标，外资项目引进质量有待提升；"
     "三是科技创新能力偏弱，高新技术企业数量和研发投入强度低于规划预期；四是企业对政策的知晓度和获得感仍有提升空间。"),
]
for head, rest in concl:
    para(d2, [(head, KT, False), (rest, FS, False)])
    c2.append(head + rest)

para(d2, [("四、有关建议", HT, False)])
NUM_ZH = add_numbering(d2, 91, "chineseCounting", "（%1）")
recs = [
    ("加快推进制度型开放。",
     "对接《区域全面经济伙伴关系协定》（RCEP）等高标准国际经贸规则，在跨境服务贸易、数字贸易等领域开展首创性、差异化改革探索。"),
    ("做强西部陆海新通道门户港。",
     "推进钦州港自动化集装箱码头和钦州铁路集装箱中心站扩能建设，提升海铁联运班列、中欧班列和中国—东盟跨境班列衔接水平。"),
    ("提升招商引资质量。",
     "聚焦新能源材料、绿色化工、高端装备等领域开展产业链精准招商，落实外商投资准入前国民待遇加负面清单管理制度，推动实际使用外资稳步增长。"),
    ("深化金融开放创新。",
     "扩大跨境人民币结算规模，支持片区内企业开展本外币一体化资金池、跨境融资便利化等试点业务。"),
    ("健全规划实施评估机制。",
     "将本次评估发现的问题纳入下一轮规划编制统筹考虑，建立年度监测、中期评估和总结评估相结合的工作机制。"),
]
zh = "一二三四五六七八九十"
for k, (head, rest) in enumerate(recs):
    numbered(d2, NUM_ZH, [(head, KT, False), (rest, FS, False)])
    c2.append("（%s）%s%s" % (zh[k], head, rest))

empty(d2)
empty(d2)
para(d2, [("广西大学中国—东盟经济研究院    ", FS, False)], first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
para(d2, [("2026年1月20日        ", FS, False)], first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)

f2 = os.path.join(HERE, "blind693_qinzhou_pinggu.docx")
d2.save(f2)
expected["blind693_qinzhou_pinggu"] = [{
    "meta": {
        "title": d2_title,
        "doc_number": None,
        "issuer": ["广西大学中国—东盟经济研究院"],
        "date": "2026-01-20",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "报告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    },
    "clauses": c2,
}]

for f in (f1, f2):
    convert(f)

with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("ok")
