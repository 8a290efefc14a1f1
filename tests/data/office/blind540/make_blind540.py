# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 540: 告知承诺制 实施办法 (自贸片区) + 告知承诺书 + 解读 + 公告."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
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


def fmt(p, align=None, first=None, left=None, spacing=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32, left=None,
         spacing=28, before=0, after=0):
    """parts: str | list of (text, font, size, bold[, color]) or '\\n' soft break marker."""
    p = doc.add_paragraph()
    fmt(p, align, first, left, spacing, before, after)
    if isinstance(parts, str):
        parts = [(parts, FS, 16, False)]
    for part in parts:
        if part == "BR":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        text, font, size, bold = part[:4]
        color = part[4] if len(part) > 4 else None
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def empty(doc, n=1, size=16):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, spacing=28)
        r = p.add_run("")
        set_font(r, FS, size)


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc):
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
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number(sec)


def add_page_number(sec):
    ft = sec.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._element.append(e)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    r = p.add_run(text)
    set_font(r, font, size, bold)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def data_table(doc, header, rows, widths, merges=(), size=11):
    """rows: list of lists. merges: (col, r_from, r_to) in data row indices (vertical)."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.cell(0, i), h, HT, size, False, WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    skip = set()
    for col, a, b in merges:
        for r in range(a + 1, b + 1):
            skip.add((r, col))
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            if (ri, ci) in skip:
                continue
            al = WD_ALIGN_PARAGRAPH.CENTER if ci == 0 else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(t.cell(ri + 1, ci), val, FS, size, False, al)
    for col, a, b in merges:
        t.cell(a + 1, col).merge(t.cell(b + 1, col))
    set_widths(t, widths)
    clauses = []
    for row in rows:
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    return t, clauses


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_540", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ---------------------------------------------------------------- doc 1: 南沙 通知 + 办法
NS_ORG = "中国（广东）自由贸易试验区广州南沙新区片区管理委员会"
NS_REGION = "中国（广东）自由贸易试验区广州南沙新区片区"
NS_BF = "中国（广东）自由贸易试验区广州南沙新区片区行政许可事项告知承诺制实施办法"
NS_ML = "中国（广东）自由贸易试验区广州南沙新区片区实行告知承诺制的行政许可事项目录（第一批）"
NS_CNS = "行政许可事项告知承诺书（格式文本）"


def make_nansha():
    doc = Document()
    setup(doc)
    notice, banfa = [], []

    # 版头
    empty(doc, 1)
    p = para(doc, [(NS_ORG, XBS, 16, False, RED), "BR", ("文件", XBS, 36, False, RED)],
             WD_ALIGN_PARAGRAPH.CENTER, 0, spacing=44)
    empty(doc, 1)
    p = para(doc, [("南自贸管〔2025〕21号", FS, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    # 标题（软回车分行）
    para(doc, [(NS_ORG + "关于印发《中国（广东）自由贸易试验区", XBS, 22, False), "BR",
               ("广州南沙新区片区行政许可事项告知承诺制实施办法》的通知", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, 0, spacing=36)
    empty(doc, 1)
    para(doc, "片区管委会各部门，区直各有关单位：", WD_ALIGN_PARAGRAPH.LEFT, 0)

    t = ("为深入贯彻落实《国务院办公厅关于全面推行证明事项告知承诺制的指导意见》（国办发〔2020〕42号）"
         "和省、市关于深化“证照分离”改革的工作部署，进一步优化自贸片区营商环境，经片区管委会2025年第9次"
         "主任办公会议审议通过，现将《" + NS_BF + "》印发给你们，请认真贯彻执行。"
         "执行中遇到的问题，请径向片区管委会政务服务和数据管理局反映。")
    para(doc, t)
    notice.append(t)
    t = "联系人：陈晓玲，电话：020-39071826。"
    para(doc, t)
    notice.append(t)
    empty(doc, 1)
    # 附件说明（悬挂缩进）
    p = para(doc, "附件：" + NS_BF, WD_ALIGN_PARAGRAPH.LEFT, -48, left=80)
    empty(doc, 2)
    # 落款：手工空格对齐
    para(doc, NS_ORG + "　　", WD_ALIGN_PARAGRAPH.RIGHT, 0)
    para(doc, "　　　　　　　　　　　　　　　　2025年11月18日　　　　", WD_ALIGN_PARAGRAPH.LEFT, 0)
    empty(doc, 1)
    para(doc, "（此件公开发布）", WD_ALIGN_PARAGRAPH.LEFT, 32)

    # ---------------- 附件：办法
    page_break(doc)
    para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    empty(doc, 1)
    # 标题分两段
    para(doc, [("中国（广东）自由贸易试验区广州南沙新区片区", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, 0, spacing=36)
    para(doc, [("行政许可事项告知承诺制实施办法", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, 0, spacing=36)
    empty(doc, 1)

    def chapter(text):
        para(doc, [(text, HT, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, 0, before=6, after=6)

    def art(num, text, sep="　", bold_head=True, soft_at=None):
        """An article with 第X条 in 黑体 run-in; soft_at: split text with a soft line break."""
        head = num
        parts = [(head, HT if bold_head else FS, 16, False), (sep, FS, 16, False)]
        if soft_at:
            a, b = text.split(soft_at, 1)
            parts += [(a + soft_at, FS, 16, False), "BR", (b, FS, 16, False)]
        else:
            parts.append((text, FS, 16, False))
        para(doc, parts)
        banfa.append(head + sep + text)

    def body(text):
        para(doc, text)
        banfa.append(text)

    chapter("第一章　总　　则")
    art("第一条", "为深化“放管服”改革，规范行政许可事项告知承诺制，降低制度性交易成本，激发市场主体活力，"
        "根据《中华人民共和国行政许可法》《优化营商环境条例》《国务院办公厅关于全面推行证明事项告知承诺制的"
        "指导意见》等规定，结合中国（广东）自由贸易试验区广州南沙新区片区（以下简称片区）实际，制定本办法。")
    art("第二条", "片区范围内行政许可事项实行告知承诺制的，适用本办法。")
    body("法律、行政法规对行政许可事项的审批方式另有规定的，从其规定。")
    art("第三条", "本办法所称告知承诺制，是指申请人提出行政许可申请，行政机关一次性告知其审批条件和需要提交的材料，"
        "申请人以书面形式承诺其符合审批条件并按要求提交材料的，由行政机关当场或者在规定期限内作出行政许可决定的"
        "审批方式。", soft_at="需要提交的材料，")
    art("第四条", "实行告知承诺制应当遵循依法推进、自愿选择、诚信守诺、风险可控、强化监管的原则。")
    art("第五条", "片区管委会政务服务和数据管理局（以下简称政务服务部门）负责统筹、协调、指导片区告知承诺制工作，"
        "会同有关部门编制、调整告知承诺制事项目录。")
    body("片区各行政许可实施机关（以下简称实施机关）负责本部门告知承诺制事项的具体实施和事中事后监管。")

    chapter("第二章　事项范围")
    art("第六条", "实行告知承诺制的行政许可事项应当同时符合下列条件：")
    body("（一）法律、行政法规、国务院决定未禁止采取告知承诺方式；")
    body("（二）审批条件难以事先核实，能够通过事中事后监管纠正且风险可控；")
    body("（三）不直接涉及国家安全、生态环境保护和公共安全，不直接关系人身健康、生命财产安全。")
    art("第七条", "实行告知承诺制的事项实行目录管理。片区首批实行告知承诺制的行政许可事项目录见附件1。")
    body("事项目录实行动态调整，由政务服务部门会同实施机关提出调整意见，报片区管委会批准后向社会公布。")
    art("第八条", "对纳入事项目录的行政许可事项，申请人可以自主选择是否采用告知承诺方式办理。申请人不愿承诺或者"
        "无法承诺的，应当按照一般程序办理。")
    body("申请人有较严重的不良信用记录或者曾作出虚假承诺的，在信用修复前不适用告知承诺制。")

    chapter("第三章　办理程序")
    art("第九条", "实施机关应当编制告知承诺书格式文本（参考样式见附件2），并通过广东政务服务网、片区政务服务中心"
        "窗口等渠道公开，方便申请人查阅、索取和下载。")
    art("第十条", "告知承诺书应当载明以下内容：")
    body("（一）事项名称、设定依据；")
    body("（二）审批条件、需要提交的材料；")
    body("（三）申请人应当承担的义务和违反承诺的法律责任；")
    body("（四）实施机关事中事后监管的方式；")
    body("（五）申请人作出的承诺及其签字或者盖章。")
    art("第十一条", "申请人选择告知承诺方式办理的，应当如实填写告知承诺书，签字或者盖章后连同其他申请材料一并"
        "提交实施机关。告知承诺书一式两份，实施机关和申请人各执一份。")
    art("第十二条", "申请人提交的申请材料齐全、符合法定形式，告知承诺书内容完整的，实施机关应当当场作出行政许可"
        "决定；不能当场作出决定的，应当自受理之日起5个工作日内作出决定。", bold_head=False)
    # 半角空格的手工录入
    art("第十三条", "申请人在作出承诺时尚不完全具备审批条件的，可以承诺在规定期限内具备审批条件，实施机关可以"
        "先行作出行政许可决定。承诺期限最长不超过3个月，法律、法规另有规定的除外。", sep=" ", bold_head=False)

    chapter("第四章　监管核查")
    art("第十四条", "实施机关应当自作出行政许可决定之日起2个月内，对申请人的承诺内容进行核查。涉及现场核查的，"
        "应当在核查前告知申请人核查时间和内容。")
    art("第十五条", "实施机关应当将告知承诺事项纳入“双随机、一公开”监管，对有不良信用记录、被投诉举报较多的申请人"
        "提高抽查比例和频次。")
    art("第十六条", "经核查发现申请人实际情况与承诺内容不符的，实施机关应当责令其限期整改，整改期限一般不超过30日；"
        "逾期拒不整改或者整改后仍不符合条件的，依法撤销行政许可决定。")
    art("第十七条", "申请人作出虚假承诺的，实施机关应当依法撤销行政许可决定，并依法予以处罚；构成犯罪的，依法追究"
        "刑事责任。")
    art("第十八条", "实施机关应当将申请人的承诺履行情况记入信用记录，并推送至广东省公共信用信息管理系统。对作出"
        "虚假承诺或者违反承诺的申请人，依法实施失信惩戒。")

    chapter("第五章　保障措施")
    art("第十九条", "政务服务部门应当依托片区一体化政务服务平台，建设告知承诺信息管理模块，实现告知承诺书在线签署、"
        "核查结果在线反馈、信用信息实时推送。")
    art("第二十条", "实施机关及其工作人员在实施告知承诺制工作中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。")
    art("第二十一条", "实施机关及其工作人员已按规定履行告知、核查、监管职责，因申请人虚假承诺造成损失的，依法免除"
        "相应责任。")

    chapter("第六章　附　　则")
    art("第二十二条", "片区内备案事项、证明事项实行告知承诺制的，参照本办法执行。")
    art("第二十三条", "本办法由片区管委会政务服务和数据管理局负责解释。")
    art("第二十四条", "本办法自2026年1月1日起施行，有效期5年。《广州南沙新区片区行政审批告知承诺制试点工作方案》"
        "（南自贸管〔2021〕15号）同时废止。")

    # ---------------- 附件1：横向页面 + 目录表
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.5)
    para(doc, [("附件1", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, [(NS_ML, XBS, 20, False)], WD_ALIGN_PARAGRAPH.CENTER, 0, spacing=32, after=6)
    header = ["序号", "事项名称", "实施机关", "设定依据", "承诺内容", "监管方式"]
    WH = "广州市南沙区文化广电旅游体育局"
    JT = "广州市南沙区交通运输局"
    rows = [
        ["1", "食品经营许可（新办）", "广州市南沙区市场监督管理局", "《中华人民共和国食品安全法》第三十五条",
         "经营场所、设施设备、食品安全管理人员及管理制度符合《食品经营许可审查通则》要求",
         "自许可决定作出之日起2个月内现场核查；纳入“双随机、一公开”监管"],
        ["2", "公共场所卫生许可", "广州市南沙区卫生健康局", "《公共场所卫生管理条例》第八条",
         "卫生设施设备、从业人员健康合格证明及卫生管理制度符合公共场所卫生标准",
         "自许可决定作出之日起2个月内现场核查"],
        ["3", "出版物零售业务经营许可", WH, "《出版管理条例》第三十七条",
         "有固定的经营场所，经营场所面积及从业人员条件符合规定",
         "书面核查；纳入“双随机、一公开”监管"],
        ["4", "娱乐场所经营许可", WH, "《娱乐场所管理条例》第九条",
         "经营场所符合消防安全、治安管理及娱乐场所设置标准，投资人员和从业人员无禁止性情形",
         "自许可决定作出之日起2个月内现场核查"],
        ["5", "旅行社业务经营许可", WH, "《旅行社条例》第六条、第七条",
         "有固定的经营场所、必要的营业设施，按规定交存质量保证金",
         "书面核查；信息共享核查"],
        ["6", "城镇污水排入排水管网许可", "广州市南沙区水务局", "《城镇排水与污水处理条例》第二十一条",
         "排水设施、污水预处理设施及排水水质符合国家和地方排放标准",
         "自许可决定作出之日起2个月内现场核查；水质抽检"],
        ["7", "道路货物运输经营许可（使用总质量4.5吨以下普通货运车辆的除外）", JT,
         "《中华人民共和国道路运输条例》第二十一条、第二十四条",
         "有与经营业务相适应并经检测合格的车辆、符合条件的驾驶人员和健全的安全生产管理制度",
         "书面核查；纳入“双随机、一公开”监管"],
        ["8", "港口经营许可", JT, "《中华人民共和国港口法》第二十二条",
         "有固定的经营场所、与经营范围相适应的港口设施设备及专业技术人员",
         "自许可决定作出之日起2个月内现场核查"],
    ]
    _, cl = data_table(doc, header, rows, [1.2, 4.2, 3.8, 4.6, 6.4, 4.6],
                       merges=[(2, 2, 4), (2, 6, 7)])
    banfa.extend(cl)
    t = "注：事项目录中的设定依据以现行有效的法律、法规为准，法律、法规修改的，按修改后的规定执行。"
    para(doc, [(t, KT, 14, False)], WD_ALIGN_PARAGRAPH.LEFT, 0, spacing=24, before=6)
    banfa.append(t)

    # ---------------- 附件2：告知承诺书，竖向页面
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    para(doc, [("附件2", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    empty(doc, 1)
    para(doc, [(NS_CNS, XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, 0, spacing=36)
    empty(doc, 1)
    for t in ["申请人名称（姓名）：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
              "统一社会信用代码（身份证号码）：＿＿＿＿＿＿＿＿＿＿＿＿",
              "申请事项：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"]:
        para(doc, t, WD_ALIGN_PARAGRAPH.LEFT, 0)
        banfa.append(t)
    para(doc, [("一、行政机关告知", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, 32)
    for t in ["（一）审批依据：＿＿＿＿＿＿＿＿（填写设定依据，如《中华人民共和国食品安全法》第三十五条）。",
              "（二）审批条件：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿。",
              "（三）需要提交的材料：＿＿＿＿＿＿＿＿＿＿＿＿＿＿。",
              "（四）监管方式：行政机关将自作出行政许可决定之日起2个月内对申请人的承诺内容进行核查。"
              "申请人承诺不实的，行政机关将依法撤销行政许可决定，并将失信信息推送至广东省公共信用信息管理系统。"]:
        para(doc, t)
        banfa.append(t)
    para(doc, [("二、申请人承诺", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, 32)
    for t in ["申请人现作出如下承诺：",
              "（一）所填写的信息真实、准确、完整；",
              "（二）已经知晓行政机关告知的全部内容；",
              "（三）本人（单位）符合行政机关告知的审批条件，或者能够在＿＿＿＿年＿＿月＿＿日前具备审批条件并提交相关材料；",
              "（四）愿意承担不实承诺、违反承诺的法律责任；",
              "（五）所作承诺是申请人真实意思的表示。",
              "本告知承诺书一式两份，行政机关和申请人各执一份。"]:
        para(doc, t)
        banfa.append(t)
    empty(doc, 1)
    # 签字栏：无框线表格
    sig = doc.add_table(rows=1, cols=2)
    no_borders(sig)
    set_widths(sig, [7.8, 7.8])
    for ci, lines in enumerate([["申请人（签字/盖章）：", "", "　　　　年　　月　　日"],
                                ["行政机关（盖章）：", "经办人（签字）：", "　　　　年　　月　　日"]]):
        c = sig.cell(0, ci)
        for li, ln in enumerate(lines):
            p = c.paragraphs[0] if li == 0 else c.add_paragraph()
            p.paragraph_format.line_spacing = Pt(28)
            r = p.add_run(ln)
            set_font(r, FS, 16)
    empty(doc, 2)
    # 版记放在最后一页
    p = para(doc, "抄送：片区管委会领导，区纪委监委，区司法局。", WD_ALIGN_PARAGRAPH.LEFT, 0, left=14,
             spacing=24)
    border(p, "top", "000000", 8, 1)
    border(p, "bottom", "000000", 4, 1)
    p = para(doc, [("中国（广东）自由贸易试验区广州南沙新区片区管理委员会办公室　　2025年11月18日印发", FS, 14,
                    False)], WD_ALIGN_PARAGRAPH.LEFT, 0, left=14, spacing=24)
    border(p, "bottom", "000000", 8, 1)

    stem = "blind540_nansha_banfa"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta_common = {
        "issuer": [NS_ORG],
        "date": "2025-11-18",
        "published": None,
        "level": "zone",
        "region": NS_REGION,
    }
    objs = [
        {"meta": dict(meta_common, **{
            "title": NS_ORG + "关于印发《" + NS_BF + "》的通知",
            "doc_number": "南自贸管〔2025〕21号",
            "effective": None, "expires": None,
            "attachments": [NS_BF],
            "doc_type": "通知",
            "recipients": ["片区管委会各部门", "区直各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None}),
         "clauses": notice},
        {"meta": dict(meta_common, **{
            "title": NS_BF,
            "doc_number": None,
            "effective": "2026-01-01", "expires": "2030-12-31",
            "attachments": [NS_ML, NS_CNS],
            "doc_type": "办法",
            "recipients": [],
            "publicity": None,
            "repeals": "广州南沙新区片区行政审批告知承诺制试点工作方案（南自贸管〔2021〕15号）"}),
         "clauses": banfa},
    ]
    return stem, path, objs


# ---------------------------------------------------------------- doc 2: 南沙 解读
def make_jiedu():
    doc = Document()
    setup(doc)
    cl = []
    title = "《" + NS_BF + "》政策解读"
    para(doc, [("《" + NS_BF + "》", XBS, 20, False), "BR", ("政策解读", XBS, 20, False)],
         WD_ALIGN_PARAGRAPH.CENTER, 0, spacing=34)
    para(doc, [("发布日期：2025-11-20　　　来源：片区政务服务和数据管理局", KT, 12, False)],
         WD_ALIGN_PARAGRAPH.CENTER, 0, spacing=22, after=8)

    def h(t):
        para(doc, [(t, HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, 32)

    def b(t, runin=None):
        if runin:
            para(doc, [(runin, KT, 16, True), (t, FS, 16, False)])
            cl.append(runin + t)
        else:
            para(doc, t)
            cl.append(t)

    h("一、制定背景")
    b("2020年，国务院办公厅印发《关于全面推行证明事项告知承诺制的指导意见》，要求在更大范围推行告知承诺制。"
      "片区自2021年起开展行政审批告知承诺制试点，累计以告知承诺方式办结许可事项3200余件，平均办理时限压缩70%以上。"
      "为总结试点经验、固化改革成果，片区管委会政务服务和数据管理局牵头起草了《" + NS_BF + "》（以下简称《办法》）。")
    h("二、主要内容")
    b("《办法》共六章二十四条，主要包括以下内容：")
    b("明确《办法》适用于片区范围内实行告知承诺制的行政许可事项，确立依法推进、自愿选择、诚信守诺、风险可控、强化监管的原则。",
      "（一）明确适用范围和基本原则。")
    b("首批纳入目录的行政许可事项共8项，涉及市场监管、卫生健康、文化广电旅游体育、水务、交通运输等5个部门，"
      "目录实行动态调整。", "（二）实行目录管理。")
    b("申请人自主选择告知承诺方式，实施机关一次性告知审批条件和材料，申请人签署告知承诺书后，实施机关当场或者"
      "5个工作日内作出许可决定。", "（三）规范办理流程。")
    b("实施机关在许可决定作出之日起2个月内开展核查，将承诺履行情况纳入信用记录，对虚假承诺依法撤销许可并实施失信惩戒。",
      "（四）强化事中事后监管。")
    b("第十三条是本次《办法》的创新条款，允许申请人在尚不完全具备审批条件时先承诺后补齐，承诺期限最长不超过3个月，"
      "有效解决企业“准入不准营”问题。")
    h("三、施行时间")
    b("《办法》自2026年1月1日起施行，有效期5年。原《广州南沙新区片区行政审批告知承诺制试点工作方案》同时废止。")
    h("四、解读机关及联系方式")
    b("解读机关：片区管委会政务服务和数据管理局")
    b("联系电话：020-39071826")
    empty(doc, 1)
    para(doc, NS_ORG + "政务服务和数据管理局", WD_ALIGN_PARAGRAPH.RIGHT, 0)
    para(doc, "2025年11月20日　　　　", WD_ALIGN_PARAGRAPH.RIGHT, 0)

    stem = "blind540_nansha_jiedu"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    objs = [{"meta": {
        "title": title,
        "doc_number": None,
        "issuer": [NS_ORG + "政务服务和数据管理局"],
        "date": "2025-11-20",
        "published": "2025-11-20",
        "level": "zone",
        "region": NS_REGION,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "解读",
        "recipients": [],
        "publicity": None,
        "repeals": None},
        "clauses": cl}]
    return stem, path, objs


# ---------------------------------------------------------------- doc 3: 厦门 公告（Word自动编号）
XM_ORG = "中国（福建）自由贸易试验区厦门片区管理委员会"
XM_SJ = "厦门市市场监督管理局"
XM_REGION = "中国（福建）自由贸易试验区厦门片区"
XM_CNS = "备案事项告知承诺书（参考文本）"


def add_chinese_numbering(doc):
    """Create a Word numbering definition 一、二、三、 (chineseCounting, no tab)."""
    numbering = doc.part.numbering_part.element
    abs_id, num_id = 90, 90
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), HT)
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(abs_id))
    num.append(ani)
    numbering.append(num)
    return num_id


def numbered(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)


def make_xiamen():
    doc = Document()
    setup(doc)
    num_id = add_chinese_numbering(doc)
    cl = []

    # 联合版头：无框线表格（左：两机关；右：公告）
    ht = doc.add_table(rows=2, cols=2)
    no_borders(ht)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, txt in enumerate([XM_ORG, "厦 门 市 市 场 监 督 管 理 局"]):
        c = ht.cell(ri, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = p.add_run(txt)
        set_font(r, XBS, 15, False, RED)
    m = ht.cell(0, 1).merge(ht.cell(1, 1))
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("公告")
    set_font(r, XBS, 36, False, RED)
    set_widths(ht, [12.6, 3.0])
    empty(doc, 1)
    p = para(doc, "厦自贸委〔2026〕5号", WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    title = "关于公布中国（福建）自由贸易试验区厦门片区第二批实行告知承诺制的备案事项目录的公告"
    para(doc, [(title, XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, 0, spacing=36)
    empty(doc, 1)

    t = ("为贯彻落实《中华人民共和国行政许可法》《优化营商环境条例》《福建省优化营商环境条例》有关规定，深化"
         "中国（福建）自由贸易试验区厦门片区“证照分离”改革，现将第二批实行告知承诺制的备案事项目录"
         "（以下简称《目录》）及有关事项公告如下：")
    para(doc, t)
    cl.append(t)

    def item(head, text):
        p = para(doc, [(head, HT, 16, False), (text, FS, 16, False)], first=None)
        numbered(p, num_id)
        cl.append(NUMS[len([c for c in cl if c[:2] in NUMSET])] + head + text)

    NUMS = ["一、", "二、", "三、", "四、", "五、", "六、"]
    NUMSET = set(NUMS)

    item("实施范围。", "《目录》共列入备案事项7项（见下表）。在厦门片区范围内（含厦门象屿综合保税区、厦门海沧港综合"
         "保税区）办理《目录》所列事项的，申请人可以自主选择告知承诺方式。")

    # 表格在正文中
    header = ["序号", "事项名称", "实施机关", "设定依据", "承诺内容", "监管方式"]
    HG = "厦门海关"
    rows = [
        ["1", "第二类医疗器械经营备案", XM_SJ, "《医疗器械监督管理条例》第四十一条",
         "具有与经营规模和经营范围相适应的经营场所、贮存条件和质量管理制度", "备案之日起3个月内现场核查"],
        ["2", "仅销售预包装食品备案", XM_SJ, "《中华人民共和国食品安全法》第三十五条第一款",
         "经营场所和贮存条件符合食品安全要求", "纳入“双随机、一公开”监管"],
        ["3", "报关单位备案", HG, "《中华人民共和国海关报关单位备案管理规定》第三条",
         "所填报的企业信息真实、准确", "信息共享核查"],
        ["4", "出口食品生产企业备案", HG, "《中华人民共和国进出口食品安全管理办法》第三十五条",
         "已建立完善可追溯的食品安全卫生控制体系", "书面核查；必要时现场核查"],
        ["5", "跨境电子商务企业备案", HG,
         "《关于跨境电子商务零售进出口商品有关监管事宜的公告》（海关总署公告2018年第194号）第四条",
         "企业信息真实，按规定建立跨境电商交易、支付、物流数据传输机制", "信息共享核查；纳入“双随机、一公开”监管"],
        ["6", "人力资源服务备案", "厦门市人力资源和社会保障局", "《人力资源市场暂行条例》第十九条",
         "有明确的服务范围和相应的服务场所、人员", "书面核查"],
        ["7", "单用途商业预付卡发卡企业备案", "厦门市商务局", "《单用途商业预付卡管理办法（试行）》第七条",
         "按规定建立资金存管制度，发卡余额符合规定", "书面核查；预付资金监测"],
    ]
    tb, tcl = data_table(doc, header, rows, [1.1, 3.2, 2.6, 3.6, 3.6, 2.6],
                         merges=[(2, 0, 1), (2, 2, 4)], size=10.5)
    cl.extend(tcl)
    empty(doc, 1)

    item("办理方式。", "申请人选择告知承诺方式的，应当填写《备案事项告知承诺书》（见附件），通过“i厦门”平台或者"
         "厦门片区政务服务中心提交。备案机关收到材料后当场予以备案。")
    item("监管要求。", "备案机关应当自备案之日起30日内对承诺内容进行核查，核查可以采取以下方式：")
    for t in ["1.书面核查。对申请人提交的材料与承诺内容进行比对；",
              "2.现场核查。对经营场所、设施设备等进行实地查验；",
              "3.信息共享核查。通过厦门市公共信用信息平台、国际贸易“单一窗口”等共享数据进行比对。"]:
        para(doc, t)
        cl.append(t)
    item("信用管理。", "申请人作出虚假承诺或者未履行承诺的，备案机关依法撤销备案，将相关信息记入市场主体信用记录，"
         "并在“信用中国（福建厦门）”网站公示。")
    item("施行时间。", "本公告自2026年3月1日起施行，有效期至2028年2月29日。《" + XM_ORG + "关于公布第一批实行"
         "告知承诺制的备案事项目录的公告》（厦自贸委〔2024〕11号）同时废止。")
    t = "特此公告。"
    para(doc, t)
    cl.append(t)
    empty(doc, 1)
    para(doc, "附件：" + XM_CNS, WD_ALIGN_PARAGRAPH.LEFT, 32)
    empty(doc, 2)
    # 联合落款：无框线表格
    lk = doc.add_table(rows=2, cols=2)
    no_borders(lk)
    set_widths(lk, [7.8, 7.8])
    for ci, org in enumerate([XM_ORG, XM_SJ]):
        c = lk.cell(0, ci)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(org)
        set_font(r, FS, 16)
    c = lk.cell(1, 0).merge(lk.cell(1, 1))
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("二〇二六年二月十日　　　　")
    set_font(r, FS, 16)

    # 附件
    page_break(doc)
    para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    empty(doc, 1)
    para(doc, [(XM_CNS, XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, 0, spacing=36)
    empty(doc, 1)
    for t in ["备案机关：＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
              "申请人：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿（以下简称申请人）",
              "备案事项：＿＿＿＿＿＿＿＿＿＿＿＿＿＿"]:
        para(doc, t, WD_ALIGN_PARAGRAPH.LEFT, 0)
        cl.append(t)
    for t in ["申请人已认真阅读备案机关一次性告知的备案条件、所需材料和监管方式，现郑重承诺如下：",
              "一、所提交的备案信息和材料真实、合法、有效；",
              "二、符合《" + "中华人民共和国食品安全法" + "》第三十五条等设定依据规定的备案条件（按所申请事项填写）；",
              "三、接受备案机关自备案之日起30日内开展的核查，如实提供有关情况；",
              "四、如有虚假承诺或者未履行承诺，自愿承担撤销备案、记入信用记录等法律责任。"]:
        para(doc, t)
        cl.append(t)
    empty(doc, 2)
    para(doc, "申请人（签字/盖章）：　　　　　　　", WD_ALIGN_PARAGRAPH.RIGHT, 0)
    para(doc, "法定代表人（负责人）签字：　　　　　", WD_ALIGN_PARAGRAPH.RIGHT, 0)
    para(doc, "　　　　年　　月　　日　　　　　　　", WD_ALIGN_PARAGRAPH.RIGHT, 0)
    empty(doc, 1)
    para(doc, "备案机关经办人（签字）：　　　　　　", WD_ALIGN_PARAGRAPH.RIGHT, 0)
    para(doc, "　　　　年　　月　　日　　　　　　　", WD_ALIGN_PARAGRAPH.RIGHT, 0)

    stem = "blind540_xiamen_gonggao"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    objs = [{"meta": {
        "title": title,
        "doc_number": "厦自贸委〔2026〕5号",
        "issuer": [XM_ORG, XM_SJ],
        "date": "2026-02-10",
        "published": None,
        "level": "zone",
        "region": XM_REGION,
        "effective": "2026-03-01",
        "expires": "2028-02-29",
        "attachments": [XM_CNS],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": XM_ORG + "关于公布第一批实行告知承诺制的备案事项目录的公告（厦自贸委〔2024〕11号）"},
        "clauses": cl}]
    return stem, path, objs


def main():
    expected = {}
    for fn in (make_nansha, make_jiedu, make_xiamen):
        stem, path, objs = fn()
        order = ["title", "doc_number", "issuer", "date", "published", "level", "region", "effective",
                 "expires", "attachments", "doc_type", "recipients", "publicity", "repeals"]
        for o in objs:
            o["meta"] = {k: o["meta"][k] for k in order}
        expected[stem] = objs
        convert(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
