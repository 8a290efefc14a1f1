# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 580 blind test documents: 新疆维吾尔自治区人民政府 批转 notices with the 意见 they transmit."""
import json
import os
import subprocess
import copy
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = Path(__file__).resolve().parent

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None, west="Times New Roman"):
    run.font.name = west
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), west)
    rfonts.set(qn("w:hAnsi"), west)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    return p


def para(doc, text="", east=FS, size=16, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
         indent=True, color=None, exact=28, before=0, after=0):
    p = doc.add_paragraph()
    fmt(p, align, indent, exact, before, after)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, head_bold=False, indent=True):
    """Run-in heading: heading run + body run in the same paragraph."""
    p = para(doc, indent=indent)
    set_font(p.add_run(head), head_font, 16, head_bold)
    if body:
        set_font(p.add_run(body), FS, 16)
    return p


def empty(doc, n=1):
    for _ in range(n):
        para(doc, indent=False)


def bottom_border(p, color="FF0000", sz=12, side="bottom"):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def setup_page(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def add_page_number(doc):
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    set_font(p.add_run(" —"), "宋体", 14)


def red_header(doc, org_line, docno):
    empty(doc, 2)
    p = para(doc, org_line, XBS, 30, False, WD_ALIGN_PARAGRAPH.CENTER, False, RED, exact=46)
    p.runs[0].font.character_spacing = Pt(-1)
    empty(doc, 1)
    p = para(doc, docno, FS, 16, False, WD_ALIGN_PARAGRAPH.CENTER, False)
    bottom_border(p, "FF0000", 18)
    empty(doc, 1)


def title(doc, lines, soft=True):
    """Document title; several lines either via soft breaks (one paragraph) or separate paragraphs."""
    if soft:
        p = para(doc, "", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, exact=36)
        for i, ln in enumerate(lines):
            r = set_font(p.add_run(ln), XBS, 22)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
    else:
        for ln in lines:
            para(doc, ln, XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, exact=36)


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    set_font(p.add_run(text), east, size, bold)


def table_borders(table, val="single"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(b)


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def data_table(doc, header, rows, widths, body_align=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    for r, row in enumerate(rows, start=1):
        for i, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER
            if body_align and body_align[i] == "L":
                al = WD_ALIGN_PARAGRAPH.JUSTIFY
            cell_text(t.rows[r].cells[i], v, FS, 12, False, al)
    set_col_widths(t, widths)
    # repeat header row
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true")
    trPr.append(th)
    return t


def banji_paragraphs(doc, chaosong, office, date_text):
    """版记 typed as bordered paragraphs (lines above/below)."""
    p = para(doc, "", FS, 14, indent=False, exact=28)
    set_font(p.add_run("抄送：" + chaosong), FS, 14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    bottom_border(p, "000000", 4, "top")
    bottom_border(p, "000000", 4, "bottom")
    p = para(doc, "", FS, 14, indent=False, exact=28)
    p.paragraph_format.left_indent = Pt(14)
    # manual spaces to push the date right
    set_font(p.add_run(office + "　　　　　" + date_text + "印发"), FS, 14)
    bottom_border(p, "000000", 12, "bottom")


def banji_table(doc, chaosong, office, date_text):
    """版记 typed as a two-row table with only horizontal lines."""
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, val, sz in (("top", "single", "8"), ("bottom", "single", "8"), ("insideH", "single", "4"),
                          ("left", "nil", "0"), ("right", "nil", "0"), ("insideV", "nil", "0")):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), val); e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)
    top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    cell_text(top, "抄送：" + chaosong, FS, 14, False, WD_ALIGN_PARAGRAPH.JUSTIFY)
    cell_text(t.rows[1].cells[0], office, FS, 14, False, WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.rows[1].cells[1], date_text + "印发", FS, 14, False, WD_ALIGN_PARAGRAPH.RIGHT)
    set_col_widths(t, [9.5, 6.0])
    return t


# ---------- Word automatic numbering (（一）（二）… generated by Word, not typed)
_ABS_ID = [100]


def new_cn_list(doc):
    numbering = doc.part.numbering_part.element
    aid = _ABS_ID[0]
    _ABS_ID[0] += 1
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="楷体_GB2312" w:hint="eastAsia"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), aid)
    )
    absnum = parse_xml(absxml)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absnum)
    else:
        numbering.append(absnum)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), aid, aid))
    numbering.append(num)
    return aid


def auto_item(doc, num_id, head, body):
    p = para(doc, indent=False)
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id))
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = Pt(32)
    set_font(p.add_run(head), KT, 16)
    set_font(p.add_run(body), FS, 16)
    return p


# ====================================================================== 文件一
def doc_hexinqu():
    doc = Document()
    setup_page(doc)
    add_page_number(doc)
    red_header(doc, "新疆维吾尔自治区人民政府文件", "新政发〔2026〕18号")

    t1 = ["新疆维吾尔自治区人民政府批转", "自治区发展改革委关于推进丝绸之路经济带", "核心区建设的意见的通知"]
    title(doc, t1, soft=True)
    empty(doc)
    zhusong = "伊犁哈萨克自治州，各州、市（地）、县（市）人民政府（行政公署），自治区人民政府各组成部门、各直属机构："
    para(doc, zhusong, indent=False)

    n1 = "自治区人民政府同意自治区发展改革委《关于推进丝绸之路经济带核心区建设的意见》，现转发给你们，请认真贯彻执行。"
    n2 = ("各地、各部门要把推进丝绸之路经济带核心区建设作为服务和融入新发展格局的重要抓手，结合实际细化工作举措，"
          "明确责任分工，确保各项任务落地见效。工作中的重大事项及时向自治区人民政府报告。")
    # quirk: indentation typed with full-width spaces instead of first-line indent
    para(doc, "　　" + n1, indent=False)
    para(doc, "　　" + n2, indent=False)
    empty(doc, 2)
    # quirk: 落款 pushed right with typed spaces
    para(doc, "　　　　　　　　　　　　　新疆维吾尔自治区人民政府", indent=False)
    para(doc, "　　　　　　　　　　　　　　　　2026年3月12日", indent=False)
    empty(doc)
    para(doc, "（此件公开发布）")

    # ---------------- the 意见
    page_break(doc)
    para(doc, "关于推进丝绸之路经济带核心区建设的意见", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, exact=36)
    para(doc, "自治区发展改革委", KT, 16, False, WD_ALIGN_PARAGRAPH.CENTER, False)
    para(doc, "（2026年2月26日）", KT, 16, False, WD_ALIGN_PARAGRAPH.CENTER, False)
    empty(doc)

    C = []  # clauses of the 意见

    def body(text):
        para(doc, text)
        C.append(text)

    def ri(head, text, hf=KT, bold=False):
        runin(doc, head, text, hf, bold)
        C.append(head + text)

    def heading(text, font=HT):
        para(doc, text, font, 16)

    body("为深入贯彻落实党中央、国务院关于推进共建“一带一路”高质量发展的决策部署，全面落实自治区党委工作要求，"
         "充分发挥新疆独特区位优势和向西开放重要窗口作用，加快推进丝绸之路经济带核心区建设，现提出如下意见。")

    heading("一、总体要求")
    ri("（一）指导思想。", "以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，坚持以推进共建“一带一路”"
       "高质量发展为统领，以交通枢纽、商贸物流、文化科教、医疗服务、区域金融“五大中心”建设为重点，统筹口岸、通道、"
       "产业、园区协同发展，推动核心区建设由“大写意”向“工笔画”纵深迈进，着力打造内陆开放和沿边开放高地。")
    # quirk: (二) heading on a line of its own, no full stop
    heading("（二）主要目标", KT)
    body("到2027年，丝绸之路经济带核心区建设取得重要进展，对外开放通道更加畅通，开放型经济规模质量显著提升。具体目标是：")
    body("1.中欧班列（乌鲁木齐）集结中心功能进一步完善，经霍尔果斯、阿拉山口口岸通行的中欧（中亚）班列年均开行量稳定在1.6万列以上。")
    body("2.全区货物贸易进出口总额年均增长8%以上，跨境电商进出口额突破300亿元。")
    body("3.综合保税区、边境经济合作区、跨境经济合作区等开放平台实际利用外资和进出口额占全区比重明显提高。")
    body("到2030年，丝绸之路经济带核心区基本建成，成为我国向西开放的重要枢纽和亚欧黄金通道的关键节点。")

    heading("二、重点任务")
    ri("（一）建设交通枢纽中心。", "围绕“东联西出、南北畅通”，加快构建内外联通、安全高效的综合立体交通网络。")
    ri("1.完善国际运输通道。", "推进中吉乌铁路建设，加快精伊霍铁路扩能改造前期工作，提升霍尔果斯、阿拉山口、巴克图、"
       "吐尔尕特等口岸通关能力。", FS, True)
    ri("2.提升中欧班列运营质效。", "支持中欧班列（乌鲁木齐）集结中心扩能提质，推动“中欧班列+跨境电商”“中欧班列+冷链”"
       "等新模式发展，稳定开行乌鲁木齐至阿拉木图、塔什干等中亚方向精品线路。", FS, True)
    body("（1）优化班列运输组织，推动班列运行图与口岸换装作业有效衔接，压缩口岸换装和通关时间。")
    body("（2）鼓励班列运营平台与境外铁路公司、物流企业共建海外仓和分拨中心，提高回程班列货源组织能力。")
    ri("3.建设国际航空枢纽。", "加快乌鲁木齐国际机场北区改扩建工程投运，增开至中亚、西亚、欧洲等地客货运航线，"
       "支持喀什、伊宁等机场开通国际（地区）航线。", FS, True)
    ri("（二）建设商贸物流中心。", "依托口岸和开放平台，发展国际贸易、国际物流和口岸经济。")
    ri("1.做强开放平台。", "支持乌鲁木齐、喀什、霍尔果斯等综合保税区提升发展水平，推进保税加工、保税物流、保税维修等"
       "业务发展，对标先进地区开展综合保税区发展绩效评估。", FS, True)
    ri("2.发展跨境电子商务。", "支持中国（乌鲁木齐）、中国（喀什）等跨境电子商务综合试验区建设，完善线上综合服务平台和"
       "线下产业园区“两平台”功能，鼓励企业在中亚国家布局海外仓。", FS, True)
    ri("3.培育口岸经济。", "推动“口岸+通道+产业”联动发展，支持沿边口岸发展落地加工，扩大能源资源、农副产品、"
       "机电产品等商品进出口。", FS, True)
    ri("（三）建设文化科教中心。", "深化与周边国家人文交流合作，扩大留学生培养规模，支持区内高校与中亚国家高校开展合作办学，"
       "推进中国—中亚科技合作中心建设，办好中国—亚欧博览会等重大展会活动。")
    ri("（四）建设医疗服务中心。", "支持乌鲁木齐打造面向中亚、西亚的区域医疗服务高地，推进国际医疗服务中心建设，"
       "发展远程医疗和“互联网+医疗健康”，探索开展跨境医疗保险结算试点。")
    ri("（五）建设区域金融中心。", "稳步扩大跨境贸易和投资人民币结算，支持符合条件的企业开展跨境人民币资金池业务，"
       "推进霍尔果斯国际边境合作中心金融创新，鼓励金融机构为外商投资企业和“走出去”企业提供综合金融服务。")

    heading("三、保障措施")
    ri("（一）加强组织领导。", "在自治区推进丝绸之路经济带核心区建设工作领导小组统筹下，建立任务清单、责任清单和进度清单，"
       "自治区发展改革委负责日常协调和督促落实，重大问题及时提请领导小组研究解决。")
    ri("（二）强化政策支持。", "统筹用好中央预算内投资、地方政府专项债券等资金，对核心区重大基础设施和开放平台建设项目"
       "予以倾斜支持；落实外商投资准入前国民待遇加负面清单管理制度，依法保护外商投资合法权益。")
    ri("（三）健全考核评价。", "将核心区建设重点任务完成情况纳入自治区对各地、各部门绩效考核内容，每年开展一次评估，"
       "评估结果报自治区人民政府。")
    body("本意见自2026年4月1日起施行，有效期5年。")
    empty(doc)
    # 附件 list line (hanging)
    p = para(doc, "附件：丝绸之路经济带核心区建设2026年重点任务分工表")
    att = "丝绸之路经济带核心区建设2026年重点任务分工表"

    # ---------------- attachment page
    page_break(doc)
    para(doc, "附件", HT, 16, indent=False)
    empty(doc)
    para(doc, att, XBS, 18, False, WD_ALIGN_PARAGRAPH.CENTER, False, exact=30)
    empty(doc)
    header = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "推进中吉乌铁路国内段前期工作", "自治区发展改革委", "自治区交通运输厅、中国铁路乌鲁木齐局集团有限公司", "2026年12月底前"],
        ["2", "中欧班列（乌鲁木齐）集结中心扩能提质", "自治区交通运输厅", "乌鲁木齐市人民政府、自治区商务厅", "2026年10月底前"],
        ["3", "开展综合保税区发展绩效评估", "自治区商务厅", "乌鲁木齐海关、自治区财政厅", "2026年11月底前"],
        ["4", "跨境电子商务综合试验区线上综合服务平台升级", "自治区商务厅", "乌鲁木齐海关、国家税务总局新疆维吾尔自治区税务局", "2026年9月底前"],
        ["5", "推进中国—中亚科技合作中心建设", "自治区科技厅", "自治区教育厅、新疆大学", "持续推进"],
        ["6", "开展跨境人民币结算便利化试点", "中国人民银行新疆维吾尔自治区分行", "国家外汇管理局新疆维吾尔自治区分局、自治区地方金融管理局", "2026年12月底前"],
    ]
    data_table(doc, header, rows, [1.3, 4.6, 3.2, 4.6, 2.3], "CLLLC")
    for r in rows:
        C.append("；".join("%s：%s" % (h, v) for h, v in zip(header, r)))

    empty(doc, 2)
    banji_paragraphs(doc, "自治区党委各部门，新疆军区，自治区人大常委会办公厅、政协办公厅，自治区高级人民法院，"
                          "自治区人民检察院，新疆生产建设兵团。",
                     "新疆维吾尔自治区人民政府办公厅", "2026年3月13日")

    doc.save(str(HERE / "blind580_xinjiang_hexinqu.docx"))

    notice = {
        "meta": {
            "title": "".join(t1),
            "doc_number": "新政发〔2026〕18号",
            "issuer": ["新疆维吾尔自治区人民政府"],
            "date": "2026-03-12",
            "published": None,
            "level": "provincial",
            "region": "新疆维吾尔自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["伊犁哈萨克自治州", "各州、市（地）、县（市）人民政府（行政公署）",
                           "自治区人民政府各组成部门、各直属机构"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": [n1, n2],
    }
    yijian = {
        "meta": {
            "title": "关于推进丝绸之路经济带核心区建设的意见",
            "doc_number": None,
            "issuer": ["新疆维吾尔自治区发展和改革委员会"],
            "date": "2026-02-26",
            "published": None,
            "level": "provincial",
            "region": "新疆维吾尔自治区",
            "effective": "2026-04-01",
            "expires": "2031-03-31",
            "attachments": [att],
            "doc_type": "意见",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": C,
    }
    return [notice, yijian]


# ====================================================================== 文件二
def doc_zimaoqu():
    doc = Document()
    setup_page(doc)
    add_page_number(doc)
    red_header(doc, "新疆维吾尔自治区人民政府文件", "新政发〔2026〕31号")

    t1 = ["新疆维吾尔自治区人民政府批转自治区商务厅", "关于加快推进中国（新疆）自由贸易试验区", "高质量发展的意见的通知"]
    # quirk: title typed as three separate paragraphs (hard returns)
    title(doc, t1, soft=False)
    empty(doc)
    para(doc, "伊犁哈萨克自治州，各州、市（地）人民政府（行政公署），自治区人民政府各组成部门、各直属机构：", indent=False)
    n1 = ("自治区人民政府同意自治区商务厅《关于加快推进中国（新疆）自由贸易试验区高质量发展的意见》，"
          "现转发给你们，请结合实际认真贯彻执行。")
    para(doc, n1)
    empty(doc, 2)
    # quirk: 落款 in a borderless layout table
    lt = doc.add_table(rows=2, cols=2)
    table_borders(lt, "nil")
    cell_text(lt.rows[0].cells[1], "新疆维吾尔自治区人民政府", FS, 16)
    cell_text(lt.rows[1].cells[1], "2026年4月20日", FS, 16)
    set_col_widths(lt, [7.0, 8.6])
    empty(doc)
    para(doc, "（此件公开发布）")

    page_break(doc)
    # quirk: title of the 意见 in two paragraphs, organ and date on one line in brackets
    para(doc, "关于加快推进中国（新疆）自由贸易试验区", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, exact=36)
    para(doc, "高质量发展的意见", XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, exact=36)
    para(doc, "（自治区商务厅　2026年4月8日）", KT, 16, False, WD_ALIGN_PARAGRAPH.CENTER, False)
    empty(doc)

    C = []

    def body(text):
        para(doc, text)
        C.append(text)

    def heading(text):
        para(doc, text, HT, 16)
        empty(doc)  # quirk: stray empty paragraph after some headings

    def auto(nid, idx, head, text):
        auto_item(doc, nid, head, text)
        C.append("（%s）" % "一二三四五六七八九十"[idx] + head + text)

    body("中国（新疆）自由贸易试验区（以下简称新疆自贸试验区）挂牌运行以来，各项改革试点任务有序推进，制度创新成果不断涌现。"
         "为深入实施自由贸易试验区提升战略，推动新疆自贸试验区高质量发展，更好服务丝绸之路经济带核心区建设，现提出如下意见。")

    heading("一、明确发展定位")
    nid = new_cn_list(doc)
    auto(nid, 0, "突出差异化发展。", "立足各片区资源禀赋和产业基础，推动乌鲁木齐片区、喀什片区、霍尔果斯片区错位发展、协同联动，"
         "避免同质化竞争。")
    auto(nid, 1, "强化片区功能定位。", "各片区实施范围和功能定位如下：")
    header = ["片区", "实施范围", "功能定位"]
    rows = [
        ["乌鲁木齐片区", "134.6平方公里（含新疆生产建设兵团第十二师30.8平方公里）",
         "重点发展国际贸易、现代物流、先进制造业、纺织服装业及生物医药、新能源、新材料、软件和信息技术服务等新兴产业，"
         "打造与中亚等周边国家交流合作的重要平台"],
        ["喀什片区", "19.76平方公里（含新疆生产建设兵团第三师3.81平方公里）",
         "重点发展农副产品精深加工、纺织服装制造、电子产品组装等劳动密集型产业，打造联通中亚、南亚等市场的商品加工集散基地"],
        ["霍尔果斯片区", "24.6平方公里（含新疆生产建设兵团第四师1.95平方公里）",
         "重点发展跨境物流、跨境旅游、金融服务、展览展示等现代服务业，打造跨境经贸投资合作新样板"],
    ]
    data_table(doc, header, rows, [2.6, 4.6, 8.4], "CLL")
    for r in rows:
        C.append("；".join("%s：%s" % (h, v) for h, v in zip(header, r)))
    auto(nid, 2, "深化区港联动。", "推动新疆自贸试验区与综合保税区、中欧班列集结中心、边境口岸联动发展，探索"
         "“自贸试验区+综合保税区”“自贸试验区+口岸”协同创新模式。")

    heading("二、深化制度创新")
    nid = new_cn_list(doc)
    # quirk: soft line break in the middle of a sentence
    p = auto_item(doc, nid, "提升贸易便利化水平。", "深化国际贸易“单一窗口”建设，推广“提前申报”“两步申报”")
    r = p.runs[-1]
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("“两段准入”等通关模式，推动与中亚国家海关开展AEO互认和信息互换。"), FS, 16)
    C.append("（一）提升贸易便利化水平。深化国际贸易“单一窗口”建设，推广“提前申报”“两步申报”“两段准入”等通关模式，"
             "推动与中亚国家海关开展AEO互认和信息互换。")
    auto(nid, 1, "扩大投资开放。", "全面落实外商投资准入前国民待遇加负面清单管理制度，在新疆自贸试验区探索开展外商投资"
         "“一站式”服务，支持外资企业参与能源资源、现代农业、数字经济等领域项目建设。")
    auto(nid, 2, "推进金融开放创新。", "支持区内企业开展跨境人民币结算和本外币合一银行结算账户试点，探索开展与中亚国家"
         "本币互换和跨境融资便利化业务。")
    auto(nid, 3, "创新跨境电子商务发展。", "支持新疆自贸试验区内企业开展跨境电商出口海外仓（9810）和企业对企业直接出口（9710）"
         "业务，推动跨境电商与中欧班列、国际货运航线融合发展。")

    heading("三、强化保障措施")
    nid = new_cn_list(doc)
    auto(nid, 0, "加强统筹协调。", "自治区推进自由贸易试验区建设工作领导小组办公室设在自治区商务厅，负责统筹推进新疆自贸试验区"
         "建设各项工作，各片区所在地人民政府（管委会）履行主体责任。")
    auto(nid, 1, "加大赋权力度。", "按照“应放尽放、能放则放”原则，分批向各片区下放自治区级经济社会管理权限，建立赋权事项"
         "评估和动态调整机制。")
    auto(nid, 2, "强化评估推广。", "建立制度创新成果评估、复制推广机制，每年总结推广一批制度创新案例，对成效显著的片区和单位"
         "予以通报表扬。")
    body("本意见自2026年6月1日起施行，有效期至2028年12月31日。《新疆维吾尔自治区人民政府批转自治区商务厅关于支持中国（新疆）"
         "自由贸易试验区建设若干措施的通知》（新政发〔2024〕9号）同时废止。")

    empty(doc, 4)
    banji_table(doc, "自治区党委各部门，新疆军区，自治区人大常委会办公厅、政协办公厅，自治区高级人民法院，自治区人民检察院，"
                     "新疆生产建设兵团，乌鲁木齐海关。",
                "新疆维吾尔自治区人民政府办公厅", "2026年4月22日")

    doc.save(str(HERE / "blind580_xinjiang_zimaoqu.docx"))

    notice = {
        "meta": {
            "title": "".join(t1),
            "doc_number": "新政发〔2026〕31号",
            "issuer": ["新疆维吾尔自治区人民政府"],
            "date": "2026-04-20",
            "published": None,
            "level": "provincial",
            "region": "新疆维吾尔自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["伊犁哈萨克自治州", "各州、市（地）人民政府（行政公署）",
                           "自治区人民政府各组成部门、各直属机构"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": [n1],
    }
    yijian = {
        "meta": {
            "title": "关于加快推进中国（新疆）自由贸易试验区高质量发展的意见",
            "doc_number": None,
            "issuer": ["新疆维吾尔自治区商务厅"],
            "date": "2026-04-08",
            "published": None,
            "level": "provincial",
            "region": "新疆维吾尔自治区",
            "effective": "2026-06-01",
            "expires": "2028-12-31",
            "attachments": [],
            "doc_type": "意见",
            "recipients": [],
            "publicity": None,
            "repeals": "《新疆维吾尔自治区人民政府批转自治区商务厅关于支持中国（新疆）自由贸易试验区建设若干措施的通知》（新政发〔2024〕9号）",
        },
        "clauses": C,
    }
    return [notice, yijian]


def main():
    expected = {}
    expected["blind580_xinjiang_hexinqu"] = doc_hexinqu()
    expected["blind580_xinjiang_zimaoqu"] = doc_zimaoqu()
    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for stem in expected:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_580", "--headless",
                        "--convert-to", "pdf", "--outdir", str(HERE), str(HERE / (stem + ".docx"))],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
