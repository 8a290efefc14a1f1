# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 425: notice (docx+pdf) with two xlsx attachments."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

# --------------------------------------------------------------------------
# shared data
# --------------------------------------------------------------------------
NOTICE_STEM = "blind425_sichuan_tongzhi"
LIST_STEM = "blind425_sichuan_xiangmuqingdan"
CONTACT_STEM = "blind425_sichuan_lianluoren"

ATT1 = "2026年中国（四川）自由贸易试验区重点项目清单"
ATT2 = "中国（四川）自由贸易试验区重点项目推进联络人名单"
SUMMARY_TITLE = "2026年中国（四川）自由贸易试验区重点项目分片区汇总表"

DASH = "—"
# 序号, 项目名称, 所在片区, 项目类型, 建设内容及规模, 建设起止年限, 总投资, 累计完成, 小计, 财政资金, 社会资金, 责任单位
PROJECTS = [
    (1, "天府国际数字贸易港（一期）", "成都天府新区片区", "平台类",
     "建设数字贸易服务中心、跨境数据服务平台及配套设施，总建筑面积约12万平方米",
     "2025—2027", 286000, 42500, 96000, 18000, 78000, "四川天府新区管委会"),
    (2, "成都跨境电商综合试验区天府服务中心", "成都天府新区片区", "平台类",
     "建设跨境电商公共服务中心、直播电商基地及公共海外仓信息服务平台",
     "2026—2027", 58500, 0, 31200, DASH, 31200, "成都天府国际投资集团有限公司"),
    (3, "成都高新综合保税区保税研发检测中心", "成都天府新区片区", "产业类",
     "建设集成电路、生物医药保税研发检测公共服务平台，新建检测实验用房3.2万平方米",
     "2025—2026", 45800, 21300, 24500, 6000, 18500, "成都高新区管委会"),
    (4, "成都国际铁路港中欧班列集结中心扩能改造", "成都青白江铁路港片区", "基础设施类",
     "新建集装箱作业线4条、堆场18万平方米，提升中欧班列（成渝）集结编组能力",
     "2025—2027", 168000, 35600, 62400, 22400, 40000, "成都国际铁路港管委会"),
    (5, "青白江综合保税区智慧物流园", "成都青白江铁路港片区", "基础设施类",
     "建设智能化保税仓库、冷链查验设施及园区智慧管理平台，总建筑面积约9.8万平方米",
     "2026—2028", 73500, 0, 18750.5, DASH, 18750.5, "成都市青白江区人民政府"),
    (6, "铁路港进口商品分拨中心", "成都青白江铁路港片区", "产业类",
     "建设进口商品展示交易、保税分拨及国际邮件快件处理设施",
     "2025—2026", 39600, 12800, 15600, 3600, 12000, "成都国际铁路港投资发展（集团）有限公司"),
    (7, "泸州港多式联运港区（三期）", "川南临港片区", "基础设施类",
     "新建5000吨级泊位3个及铁水联运作业区，配套建设疏港道路2.6公里",
     "2024—2027", 215000, 98700, 57300, 27300, 30000, "川南临港片区管委会"),
    (8, "泸州综合保税区跨境电商产业园", "川南临港片区", "产业类",
     "建设跨境电商监管中心、保税仓储及配套用房约6.5万平方米",
     "2025—2026", 32600, 14200, 18400, 2400, 16000, "泸州市人民政府"),
]

LIST_COLS = ["序号", "项目名称", "所在片区", "项目类型", "建设内容及规模", "建设起止年限",
             "总投资", "截至2025年底累计完成投资", "2026年计划投资小计",
             "2026年计划投资财政资金", "2026年计划投资社会资金", "责任单位"]
FMT0 = "#,##0"
FMT2 = "#,##0.00"
LIST_FMTS = [None, None, None, None, None, None, FMT0, FMT0, FMT2, FMT2, FMT2, None]

LIST_NOTES = [
    "1．本表由各片区管理机构会同项目责任单位填报，项目按所在片区排列。",
    "2．“项目类型”分为产业类、基础设施类、平台类三类。",
    "3．“2026年计划投资”中的“财政资金”包括中央预算内投资、地方政府专项债券及各级财政预算安排资金，无财政资金的填“—”。",
    "4．请于每月5日前通过四川省自贸试验区重点项目管理系统更新项目进展，并将本表电子版报送省商务厅（自贸处）。",
]

ZONES = ["成都天府新区片区", "成都青白江铁路港片区", "川南临港片区"]
SUM_COLS = ["序号", "片区", "项目个数（个）", "总投资", "2026年计划投资", "占全部计划投资比重"]
SUM_NOTE = "注：比重为各片区2026年计划投资占全部重点项目2026年计划投资的比重，按四舍五入保留一位小数。"

CONTACT_COLS = ["序号", "单位", "姓名", "职务", "办公电话", "手机", "备注"]
CONTACTS = [
    (1, "四川省商务厅", "刘思远", "自贸处二级调研员", "028-83225617", 13908012468, "牵头联络"),
    (2, "四川省商务厅", "陈嘉怡", "自贸处一级主任科员", "028-83225609", 18280134507, None),
    (3, "四川省发展和改革委员会", "王晓丹", "重大项目处副处长", "028-86705532", 13550226781, None),
    (4, "四川天府新区管委会", "赵振宇", "自贸试验区服务局副局长", "028-68032516", 13881907352, None),
    (5, "成都高新区管委会", "孙婧", "自贸试验区协调处处长", "028-85336120", 15928460173, None),
    (6, "成都国际铁路港管委会", "周海涛", "开放合作局局长", "028-83958867", 13708226415, "兼中欧班列项目联络"),
    (7, "川南临港片区管委会", "何俊峰", "综合协调部部长", "0830-3196608", 13982702251, None),
    (8, "川南临港片区管委会", "罗敏", "综合协调部副部长", "0830-3196612", 18383011796, None),
]
CONTACT_NOTE = "注：联络人如有变动，请于5个工作日内报省商务厅（自贸处）更新。"


def fmt(v, f):
    if isinstance(v, str):
        return v
    if f == FMT0:
        return f"{v:,.0f}"
    if f == FMT2:
        return f"{v:,.2f}"
    if f == "0.0%":
        return f"{v * 100:.1f}%"
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def row_clause(cols, vals, fmts=None):
    parts = []
    for i, (c, v) in enumerate(zip(cols, vals)):
        if v is None or v == "":
            continue
        parts.append(f"{c}：{fmt(v, fmts[i] if fmts else None)}")
    return "；".join(parts)


def num(v):
    return 0 if isinstance(v, str) else v


TOTALS = [sum(num(p[i]) for p in PROJECTS) for i in range(6, 11)]
ZONE_ROWS = []
for zi, z in enumerate(ZONES):
    ps = [p for p in PROJECTS if p[2] == z]
    ZONE_ROWS.append([zi + 1, z, len(ps), sum(p[6] for p in ps), sum(p[8] for p in ps)])
for r in ZONE_ROWS:
    r.append(r[4] / TOTALS[2])
ZONE_TOTAL = [None, "合计", len(PROJECTS), TOTALS[0], TOTALS[2], 1.0]
SUM_FMTS = [None, None, None, FMT0, FMT2, "0.0%"]

# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, east, size=16, bold=None, color=None, ascii_font="Times New Roman"):
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
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fixed_spacing(p, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, text="", east=FS, size=16, indent=True, align=None, bold=None, line=28):
    p = doc.add_paragraph()
    fixed_spacing(p, line)
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        set_font(p.add_run(text), east, size, bold)
    return p


def runin(doc, head, body, head_font=KT, head_bold=True, manual_indent=False):
    p = doc.add_paragraph()
    fixed_spacing(p)
    if manual_indent:
        set_font(p.add_run("　　"), FS)
    else:
        p.paragraph_format.first_line_indent = Pt(32)
    set_font(p.add_run(head), head_font, 16, head_bold)
    set_font(p.add_run(body), FS, 16)
    return p


def border(p, side, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{s}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, east=FS, size=16, bold=None, align=WD_ALIGN_PARAGRAPH.CENTER, color=None, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    if line:
        fixed_spacing(p, line)
    lines = text.split("\n")
    for i, t in enumerate(lines):
        r = p.add_run(t)
        set_font(r, east, size, bold, color)
        if i < len(lines) - 1:
            r.add_break()
    return p


def add_numbering(doc):
    """Add a decimal list '%1.' with no tab after the number; return numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
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
    a.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(nid))
    aref = OxmlElement("w:abstractNumId")
    aref.set(qn("w:val"), str(aid))
    n.append(aref)
    numbering.append(n)
    return nid


def numbered(doc, nid, head, body):
    p = doc.add_paragraph()
    fixed_spacing(p)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(nid))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    p.paragraph_format.first_line_indent = Pt(32)
    set_font(p.add_run(head), FS, 16, True)
    set_font(p.add_run(body), FS, 16)
    return p


def page_number_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), "宋体", 14, ascii_font="宋体")
    r = fp.add_run()
    set_font(r, "宋体", 14, ascii_font="宋体")
    for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
    set_font(fp.add_run(" —"), "宋体", 14, ascii_font="宋体")


# --------------------------------------------------------------------------
# the notice
# --------------------------------------------------------------------------
def make_notice():
    clauses = []
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    page_number_footer(sec)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)

    # 版头: joint header done with a layout table
    for _ in range(2):
        para(doc, "", indent=False)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.columns[0].width = Cm(11.5)
    t.columns[1].width = Cm(3.5)
    for row in t.rows:
        row.cells[0].width = Cm(11.5)
        row.cells[1].width = Cm(3.5)
    cell_text(t.cell(0, 0), "四川省商务厅", XBS, 24, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    cell_text(t.cell(1, 0), "四川省发展和改革委员会", XBS, 24, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XBS, 42, color=RED)
    m.vertical_alignment = 1

    para(doc, "", indent=False)
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_font(p.add_run("川商自贸〔2026〕7号"), FS, 16)
    border(p, "bottom", sz=18)
    para(doc, "", indent=False)

    # 标题 with soft line breaks
    p = doc.add_paragraph()
    fixed_spacing(p, 36)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t_ in enumerate(["四川省商务厅 四川省发展和改革委员会",
                            "关于印发2026年中国（四川）自由贸易",
                            "试验区重点项目清单的通知"]):
        r = p.add_run(t_)
        set_font(r, XBS, 22)
        if i < 2:
            r.add_break()
    para(doc, "", indent=False)

    p = para(doc, "成都市人民政府，泸州市人民政府，中国（四川）自由贸易试验区各片区管理机构，省直有关部门（单位）：", indent=False)

    def body(text, manual=False):
        if manual:
            p_ = para(doc, "", indent=False)
            set_font(p_.add_run("　　" + text), FS)
        else:
            para(doc, text)
        clauses.append(text)

    def heading(text):
        para(doc, text, east=HT)

    def ri(head, text, **kw):
        runin(doc, head, text, **kw)
        clauses.append(head + text)

    body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，加快推进中国（四川）自由贸易试验区（以下简称四川自贸试验区）高水平建设，以重大项目支撑内陆开放型经济高地建设，经省推进自由贸易试验区建设工作领导小组同意，现将《2026年中国（四川）自由贸易试验区重点项目清单》（以下简称《清单》）印发给你们，并就有关事项通知如下。")

    heading("一、总体要求")
    body("2026年《清单》共纳入重点项目8个，总投资91.9亿元，年度计划投资32.4亿元，涵盖数字贸易、跨境电商、中欧班列、综合保税区、多式联运等领域。各地各部门要把《清单》项目建设作为实施四川自贸试验区提升战略的重要抓手，坚持项目为王、要素跟着项目走，确保年度计划投资完成率达到100%，力争项目早开工、早投产、早见效。", manual=True)

    heading("二、扎实推进项目建设")
    ri("（一）压实推进责任。", "各片区管理机构是《清单》项目推进的责任主体，要逐个项目明确一名片区负责同志和一名具体联络人，建立“一个项目、一名领导、一个专班、一抓到底”的推进机制。项目责任单位要对照《清单》确定的建设内容和年度计划投资，倒排工期、挂图作战，确保按期完成年度目标任务。")
    ri("（二）强化要素保障。", "省直有关部门要按照职责分工，加大对《清单》项目的政策支持和要素保障力度，对符合条件的项目优先纳入省重点项目管理。")
    nid = add_numbering(doc)
    items = [
        ("用地保障。", "省自然资源厅要将《清单》中符合国土空间规划的项目纳入用地保障范围，对涉及新增建设用地的项目优先安排计划指标。"),
        ("资金保障。", "省财政厅、省发展改革委要统筹用好中央预算内投资、地方政府专项债券等资金，对符合条件的综合保税区、中欧班列集结中心等基础设施项目予以支持。"),
        ("通关便利。", "省商务厅要会同成都海关支持综合保税区项目加快验收，对跨境电商、保税研发检测等新业态项目创新监管模式，提升通关便利化水平。"),
    ]
    for i, (h, b) in enumerate(items, 1):
        numbered(doc, nid, h, b)
        clauses.append(f"{i}.{h}{b}")
    ri("（三）加快前期工作。", "对尚未开工的项目，各片区要加快办理立项、规划、用地、环评、施工许可等前期手续，推行“拿地即开工”“承诺即入库”等模式，确保2026年6月底前全部开工建设。")
    para(doc, "", indent=False)

    heading("三、建立健全调度机制")
    ri("（一）实行清单化管理。", "省商务厅会同省发展改革委对《清单》项目实行“月调度、季通报、年考评”，调度结果纳入四川自贸试验区建设年度评估。", manual_indent=True)
    ri("（二）规范信息报送。", "各片区管理机构要指定专人负责项目信息报送工作，按照以下时间节点报送有关材料：")
    rows = [
        ("报送事项", "报送时间", "报送要求"),
        ("项目月度进展", "每月5日前", "通过重点项目管理系统填报上月形象进度、完成投资及存在问题"),
        ("季度推进情况报告", "每季度首月10日前", "书面报告经片区管理机构审核后报送"),
        ("年中评估报告", "2026年7月15日前", "对照年度计划开展自评，形成评估报告"),
        ("年度总结及2027年项目建议", "2026年12月20日前", "报送年度工作总结和下一年度重点项目建议清单"),
    ]
    tb = doc.add_table(rows=len(rows), cols=3)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(4.2), Cm(3.6), Cm(7.8)]
    for ri_, r in enumerate(rows):
        for ci, v in enumerate(r):
            c = tb.cell(ri_, ci)
            c.width = widths[ci]
            cell_text(c, v, HT if ri_ == 0 else FS, 14,
                      align=WD_ALIGN_PARAGRAPH.CENTER if (ri_ == 0 or ci < 2) else WD_ALIGN_PARAGRAPH.LEFT)
        if ri_ > 0:
            clauses.append("；".join(f"{h}：{v}" for h, v in zip(rows[0], r)))
    # paragraph with a soft line break mid-sentence
    p = para(doc, "")
    a = "报送材料须经片区管理机构主要负责同志审核签字，电子版通过四川省自贸试验区重点项目管理系统上传，"
    b = "纸质版加盖公章后报送省商务厅（自贸处）。"
    r = p.add_run(a)
    set_font(r, FS)
    r.add_break()
    set_font(p.add_run(b), FS)
    clauses.append(a + b)

    ri("（三）实行动态调整。", "《清单》原则上每年调整一次，年度执行中确需调整的，按以下程序办理：")
    for t_ in [
        "1．调出项目。对因规划调整、市场变化等原因确需终止或暂缓实施的项目，由片区管理机构提出书面申请并说明理由，经省商务厅会同省发展改革委审核后调出《清单》。",
        "2．增补项目。对新引进的符合四川自贸试验区功能定位的重大项目，符合以下条件的予以增补：",
    ]:
        body(t_)
    for t_ in [
        "（1）项目总投资原则上不低于3亿元，其中平台类项目不低于1亿元；",
        "（2）项目已完成审批、核准或备案，具备年内开工条件；",
        "（3）项目符合四川自贸试验区产业发展方向和改革试点任务。",
    ]:
        body(t_, manual=True)
    body("3．发布调整结果。调整结果由省推进自由贸易试验区建设工作领导小组办公室统一发布。")
    para(doc, "", indent=False)

    heading("四、加强组织实施")
    ri("（一）加强统筹协调。", "省推进自由贸易试验区建设工作领导小组办公室要发挥统筹协调作用，对项目推进中遇到的重大问题，按程序提请领导小组研究解决。")
    ri("（二）强化督促检查。", "省商务厅、省发展改革委将定期对《清单》项目推进情况开展督导，对进度滞后的项目进行通报，对连续两个季度未完成计划进度的项目责任单位进行约谈。")
    ri("（三）注重总结推广。", "各片区要及时总结项目建设中形成的制度创新成果，每年至少形成2项可复制推广的经验案例报送省商务厅。")

    body("联系人及电话：省商务厅自贸处刘思远，028-83225617；省发展改革委重大项目处王晓丹，028-86705532。")

    para(doc, "", indent=False)
    p = para(doc, "附件：1．" + ATT1)
    p = para(doc, "", indent=True)
    set_font(p.add_run("　　　2．" + ATT2), FS)
    para(doc, "", indent=False)

    # 落款: joint signatures in a borderless table
    sig = doc.add_table(rows=1, cols=2)
    no_borders(sig)
    cell_text(sig.cell(0, 0), "四川省商务厅", FS, 16)
    cell_text(sig.cell(0, 1), "四川省发展和改革委员会", FS, 16)
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    set_font(p.add_run("2026年2月27日　　　　"), FS)
    para(doc, "", indent=False)
    para(doc, "（此件公开发布）")

    # 版记 on a new page end
    for _ in range(4):
        para(doc, "", indent=False)
    p = para(doc, "", indent=False)
    fixed_spacing(p, 28)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run("抄送：省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅，成都海关。"), FS, 14)
    border(p, "top", color="000000", sz=6)
    p = para(doc, "", indent=False)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run("四川省商务厅办公室                          2026年2月28日印发"), FS, 14)
    border(p, "top", color="000000", sz=4)
    border(p, "bottom", color="000000", sz=6)

    path = os.path.join(HERE, NOTICE_STEM + ".docx")
    doc.save(path)

    meta = {
        "title": "四川省商务厅 四川省发展和改革委员会关于印发2026年中国（四川）自由贸易试验区重点项目清单的通知",
        "doc_number": "川商自贸〔2026〕7号",
        "issuer": ["四川省商务厅", "四川省发展和改革委员会"],
        "date": "2026-02-27",
        "published": None,
        "level": "provincial",
        "region": "中国（四川）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [ATT1, ATT2],
        "doc_type": "通知",
        "recipients": ["成都市人民政府", "泸州市人民政府",
                       "中国（四川）自由贸易试验区各片区管理机构", "省直有关部门（单位）"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return path, [{"meta": meta, "clauses": clauses}]


# --------------------------------------------------------------------------
# xlsx helpers
# --------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFTW = Alignment(horizontal="left", vertical="center", wrap_text=True)


def fcell(ws, ref, value, font=None, align=CENTER, border=True, fmt=None):
    c = ws[ref]
    c.value = value
    c.font = font or Font(name="仿宋_GB2312", size=11)
    c.alignment = align
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


def L(i):
    from openpyxl.utils import get_column_letter
    return get_column_letter(i)


def make_list_workbook():
    clauses = []
    wb = Workbook()
    ws = wb.active
    ws.title = "重点项目清单"
    ncol = len(LIST_COLS)
    last = L(ncol)
    ws["A1"] = "附件1"
    ws["A1"].font = Font(name="黑体", size=14)
    ws.merge_cells(f"A2:{last}2")
    fcell(ws, "A2", ATT1, Font(name="方正小标宋简体", size=18), border=False)
    ws.row_dimensions[2].height = 36
    ws.merge_cells(f"A3:{last}3")
    fcell(ws, "A3", "单位：万元", Font(name="仿宋_GB2312", size=11),
          Alignment(horizontal="right", vertical="center"), border=False)

    hfont = Font(name="黑体", size=11)
    top = ["序号", "项目名称", "所在片区", "项目类型", "建设内容及规模", "建设起止年限",
           "总投资", "截至2025年底\n累计完成投资", "2026年计划投资", None, None, "责任单位"]
    sub = [None] * 8 + ["小计", "财政资金", "社会资金", None]
    for ci in range(1, ncol + 1):
        for rr in (4, 5):
            ws.cell(row=rr, column=ci).border = BOX
        if top[ci - 1] is not None:
            fcell(ws, f"{L(ci)}4", top[ci - 1], hfont)
        if sub[ci - 1] is not None:
            fcell(ws, f"{L(ci)}5", sub[ci - 1], hfont)
    for ci in range(1, ncol + 1):
        if sub[ci - 1] is None:
            ws.merge_cells(f"{L(ci)}4:{L(ci)}5")
    ws.merge_cells("I4:K4")
    ws.row_dimensions[4].height = 30
    ws.row_dimensions[5].height = 22

    widths = [6, 26, 14, 10, 40, 12, 12, 14, 12, 12, 12, 20]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[L(i)].width = w

    r0 = 6
    for k, p in enumerate(PROJECTS):
        rr = r0 + k
        for ci, v in enumerate(p, 1):
            f = LIST_FMTS[ci - 1]
            al = LEFTW if ci in (2, 5, 12) else CENTER
            if f and not isinstance(v, str):
                al = Alignment(horizontal="right", vertical="center")
            fcell(ws, f"{L(ci)}{rr}", v, align=al, fmt=f)
        ws.row_dimensions[rr].height = 42
        clauses.append(row_clause(LIST_COLS, p, LIST_FMTS))
    # vertical merges of 所在片区 (value only in the top cell)
    start = r0
    for k in range(1, len(PROJECTS) + 1):
        if k == len(PROJECTS) or PROJECTS[k][2] != PROJECTS[k - 1][2]:
            end = r0 + k - 1
            if end > start:
                ws.merge_cells(f"C{start}:C{end}")
            start = r0 + k
    # 合计
    tr = r0 + len(PROJECTS)
    bold = Font(name="黑体", size=11)
    total_row = [None, "合计", None, None, None, None] + TOTALS + [None]
    for ci, v in enumerate(total_row, 1):
        f = LIST_FMTS[ci - 1]
        fcell(ws, f"{L(ci)}{tr}", v, bold,
              Alignment(horizontal="right", vertical="center") if f else CENTER, fmt=f)
    clauses.append(row_clause(LIST_COLS, total_row, LIST_FMTS))
    # 填表说明
    nr = tr + 2
    ws.merge_cells(f"A{nr}:{last}{nr}")
    fcell(ws, f"A{nr}", "填表说明：", Font(name="黑体", size=11), LEFTW, border=False)
    for j, t in enumerate(LIST_NOTES, 1):
        ws.merge_cells(f"A{nr + j}:{last}{nr + j}")
        fcell(ws, f"A{nr + j}", t, Font(name="仿宋_GB2312", size=11), LEFTW, border=False)
        ws.row_dimensions[nr + j].height = 20
        clauses.append(t)
    ws.freeze_panes = "C6"
    ws.print_title_rows = "4:5"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1

    # second sheet
    ws2 = wb.create_sheet("分片区汇总")
    last2 = L(len(SUM_COLS))
    ws2.merge_cells(f"A1:{last2}1")
    fcell(ws2, "A1", SUMMARY_TITLE, Font(name="方正小标宋简体", size=16), border=False)
    ws2.row_dimensions[1].height = 34
    ws2.merge_cells(f"A2:{last2}2")
    fcell(ws2, "A2", "单位：万元", None, Alignment(horizontal="right"), border=False)
    head2 = ["序号", "片区", "项目个数\n（个）", "总投资", "2026年计划投资", "占全部计划投资\n比重"]
    for ci, h in enumerate(head2, 1):
        fcell(ws2, f"{L(ci)}3", h, hfont)
    ws2.row_dimensions[3].height = 32
    for i, w in enumerate([6, 24, 10, 14, 16, 16], 1):
        ws2.column_dimensions[L(i)].width = w
    for k, row in enumerate(ZONE_ROWS + [ZONE_TOTAL]):
        rr = 4 + k
        fnt = bold if row is ZONE_TOTAL else None
        for ci, v in enumerate(row, 1):
            f = SUM_FMTS[ci - 1]
            fcell(ws2, f"{L(ci)}{rr}", v, fnt,
                  Alignment(horizontal="right", vertical="center") if f else CENTER, fmt=f)
        clauses.append(row_clause(SUM_COLS, row, SUM_FMTS))
    nr2 = 4 + len(ZONE_ROWS) + 1
    ws2.merge_cells(f"A{nr2}:{last2}{nr2}")
    fcell(ws2, f"A{nr2}", SUM_NOTE, None, LEFTW, border=False)
    ws2.row_dimensions[nr2].height = 34
    clauses.append(SUM_NOTE)

    path = os.path.join(HERE, LIST_STEM + ".xlsx")
    wb.save(path)
    meta = {
        "title": ATT1,
        "doc_number": None,
        "issuer": [],
        "date": None,
        "published": None,
        "level": "provincial",
        "region": "中国（四川）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "清单",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return path, [{"meta": meta, "clauses": clauses}]


def make_contact_workbook():
    clauses = []
    wb = Workbook()
    ws = wb.active
    ws.title = "联络人名单"
    last = L(len(CONTACT_COLS))
    ws["A1"] = "附件2"
    ws["A1"].font = Font(name="黑体", size=14)
    ws.merge_cells(f"A2:{last}2")
    fcell(ws, "A2", ATT2, Font(name="方正小标宋简体", size=18), border=False)
    ws.row_dimensions[2].height = 36
    hfont = Font(name="黑体", size=12)
    for ci, h in enumerate(CONTACT_COLS, 1):
        fcell(ws, f"{L(ci)}3", h, hfont)
    for i, w in enumerate([6, 26, 10, 24, 15, 15, 20], 1):
        ws.column_dimensions[L(i)].width = w
    for k, row in enumerate(CONTACTS):
        rr = 4 + k
        for ci, v in enumerate(row, 1):
            fcell(ws, f"{L(ci)}{rr}", v, Font(name="仿宋_GB2312", size=12))
        ws.row_dimensions[rr].height = 24
        clauses.append(row_clause(CONTACT_COLS, row))
    # same unit on consecutive rows -> merged vertically (value kept in top cell only)
    ws.merge_cells("B4:B5")
    ws.merge_cells("B10:B11")
    nr = 4 + len(CONTACTS)
    ws.merge_cells(f"A{nr}:{last}{nr}")
    fcell(ws, f"A{nr}", CONTACT_NOTE, Font(name="仿宋_GB2312", size=12), LEFTW, border=False)
    clauses.append(CONTACT_NOTE)
    wb.create_sheet("Sheet2")  # leftover empty sheet
    path = os.path.join(HERE, CONTACT_STEM + ".xlsx")
    wb.save(path)
    meta = {
        "title": ATT2,
        "doc_number": None,
        "issuer": [],
        "date": None,
        "published": None,
        "level": "provincial",
        "region": "中国（四川）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "名单",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return path, [{"meta": meta, "clauses": clauses}]


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_425", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    npath, nexp = make_notice()
    expected[NOTICE_STEM] = nexp
    _, lexp = make_list_workbook()
    expected[LIST_STEM] = lexp
    _, cexp = make_contact_workbook()
    expected[CONTACT_STEM] = cexp
    to_pdf(npath)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
