# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 639 blind test documents: 综保区突发事件应急预案 + 应急演练实施方案."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
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
    run.font.name = "Times New Roman" if name in (FS, KT) else name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt_par(p, first_indent=True, align=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align


def new_doc():
    doc = Document()
    for s in doc.sections:
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.page_width = Cm(21)
        s.page_height = Cm(29.7)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.get_or_add_rPr()
    st.font.size = Pt(16)
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    add_page_number(doc)
    return doc


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
        run._element.append(el)


def add_page_number(doc):
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    add_field(r, "PAGE")
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt_par(p, first_indent=False)


def border_bottom(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "4")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def title(doc, text, size=22, lines=None):
    p = doc.add_paragraph()
    fmt_par(p, first_indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=34)
    parts = lines or [text]
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, XBS, size)
        if i < len(parts) - 1:
            r.add_break()  # soft line break inside the title
    return p


def heading(doc, text, font=HT, style=None, bold=False, indent=True):
    """A heading on a line of its own (not a clause)."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    fmt_par(p, first_indent=indent)
    if style:
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text)
    set_font(r, font, 16, bold=bold, color=RGBColor(0, 0, 0))
    return p


class Body:
    """Collects clauses while writing paragraphs."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def para(self, text, lead=None, lead_font=KT, lead_bold=False, soft_break_at=None,
             record=True):
        p = self.doc.add_paragraph()
        fmt_par(p)
        if lead:
            r = p.add_run(lead)
            set_font(r, lead_font, 16, bold=lead_bold)
        if soft_break_at:
            a, b = text[:soft_break_at], text[soft_break_at:]
            r = p.add_run(a)
            set_font(r, FS)
            r.add_break()
            r = p.add_run(b)
            set_font(r, FS)
        else:
            r = p.add_run(text)
            set_font(r, FS)
        if record:
            self.clauses.append((lead or "") + text)
        return p

    def numbered(self, text, num_id, shown):
        """Paragraph numbered by Word's automatic numbering; the key carries the shown number."""
        p = self.doc.add_paragraph()
        fmt_par(p)
        ppr = p._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(num_id))
        numpr.append(il)
        numpr.append(ni)
        ppr.insert(0, numpr)
        r = p.add_run(text)
        set_font(r, FS)
        self.clauses.append(shown + text)

    def table(self, headers, rows, widths=None, record=True, font_size=12):
        t = self.doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(headers):
            c = t.rows[0].cells[i]
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = c.paragraphs[0].add_run(h)
            set_font(r, HT, font_size)
        # repeat header row
        trpr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        trpr.append(th)
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                r = cells[i].paragraphs[0].add_run(v)
                set_font(r, FS, font_size)
            if record:
                self.clauses.append("；".join(f"{h}：{v}" for h, v in zip(headers, row)))
        if widths:
            set_col_widths(t, widths)
        return t


def add_numbering(doc, fmt="%1."):
    """Create a decimal list (1. 2. 3.) without tab after the number; return numId."""
    numbering = doc.part.numbering_part.element
    existing = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(existing + [0]) + 10
    nids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(nids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", fmt), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(aid))
    num.append(ani)
    numbering.append(num)
    return nid


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------ document 1
def make_yuan():
    doc = new_doc()
    ZONE = "青岛前湾综合保税区"
    ORG = "青岛前湾综合保税区管理委员会"
    TITLE_YA = "青岛前湾综合保税区突发事件应急预案"

    # 版头
    empty(doc)
    p = doc.add_paragraph()
    fmt_par(p, first_indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=60)
    r = p.add_run("青岛前湾综合保税区管理委员会文件")
    set_font(r, XBS, 26, color=RED)
    empty(doc)
    p = doc.add_paragraph()
    fmt_par(p, first_indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    r = p.add_run("青前综保管发〔2025〕21号")
    set_font(r, FS)
    border_bottom(p)
    empty(doc)

    # notice
    title(doc, None, lines=["关于印发《青岛前湾综合保税区突发事件", "应急预案》的通知"])
    empty(doc)
    p = doc.add_paragraph()
    fmt_par(p, first_indent=False)
    r = p.add_run("区内各部门，驻区各单位，区内各企业：")
    set_font(r, FS)

    nb = Body(doc)
    nb.para("为进一步做好综保区突发事件应对工作，保障人民群众生命财产安全和口岸物流通关秩序，"
            "根据《中华人民共和国突发事件应对法》等法律法规，管委会对《青岛前湾保税港区突发事件应急预案（试行）》"
            "进行了修订，形成了《青岛前湾综合保税区突发事件应急预案》，经管委会主任办公会议研究通过，"
            "现印发给你们，请结合实际认真贯彻落实。")
    nb.para("各部门、各单位要对照预案明确的职责分工，抓紧修订完善本部门、本单位应急预案和工作手册，"
            "于2025年7月31日前报管委会应急管理局备案。区内重点企业每年至少组织开展1次综合应急演练"
            "或者专项应急演练。", soft_break_at=38)
    nb.para("执行中遇到的问题，请及时向管委会应急管理局反馈（联系人：刘晓燕；联系电话：0532-86887615）。")
    empty(doc)
    # 附件 list, typed with hanging manual spaces
    p = doc.add_paragraph()
    fmt_par(p)
    r = p.add_run("附件：青岛前湾综合保税区突发事件应急预案")
    set_font(r, FS)
    empty(doc, 2)
    # 落款 right-aligned by manual spaces
    p = doc.add_paragraph()
    fmt_par(p, first_indent=False)
    r = p.add_run("　" * 11 + ORG)
    set_font(r, FS)
    p = doc.add_paragraph()
    fmt_par(p, first_indent=False)
    r = p.add_run("　" * 15 + "2025年6月18日")
    set_font(r, FS)
    empty(doc)
    p = doc.add_paragraph()
    fmt_par(p)
    r = p.add_run("（此件公开发布）")
    set_font(r, FS)

    # ---- 附件: the 预案
    page_break(doc)
    p = doc.add_paragraph()
    fmt_par(p, first_indent=False)
    r = p.add_run("附件")
    set_font(r, HT)
    empty(doc)
    title(doc, TITLE_YA)
    empty(doc)

    yb = Body(doc)
    H1 = dict(font=HT)
    H2 = dict(font=KT, bold=True)

    heading(doc, "1  总则", **H1)
    heading(doc, "1.1　编制目的", **H2)
    yb.para("为健全青岛前湾综合保税区（以下简称综保区）突发事件应急管理体制机制，提高防范和处置各类突发事件的能力，"
            "最大程度减少突发事件造成的人员伤亡、财产损失和对口岸通关秩序的影响，保障区内企业正常生产经营和港区物流畅通，"
            "制定本预案。")
    heading(doc, "1.2　编制依据", **H2)
    yb.para("依据《中华人民共和国突发事件应对法》《中华人民共和国安全生产法》《生产安全事故应急条例》"
            "《中华人民共和国海关综合保税区管理办法》《山东省突发事件总体应急预案》《青岛市突发事件总体应急预案》"
            "等法律法规和有关规定，结合综保区实际，制定本预案。")
    heading(doc, "1.3　适用范围", **H2)
    yb.para("本预案适用于综保区规划范围内（含围网区域、卡口、查验场地及毗邻港区作业区）发生的，需要由管委会组织"
            "或者参与处置的自然灾害、事故灾难、公共卫生事件和社会安全事件的应对工作。", soft_break_at=44)
    yb.para("区内企业应当根据本预案，结合本单位实际制定应急预案，并报管委会应急管理局备案。")
    heading(doc, "1.4　工作原则", **H2)
    yb.para("（1）人民至上，生命至上。把保障人民群众生命财产安全作为首要任务，最大程度减少突发事件及其造成的人员伤亡和危害。")
    yb.para("（2）统一领导，分级负责。在管委会统一领导下，建立健全分类管理、分级负责、条块结合、属地为主的应急管理体制。")
    yb.para("（3）快速反应，协同应对。加强与海关、港口、公安、消防等单位的联动，形成信息畅通、反应迅速、处置高效的工作格局。")
    yb.para("(4)预防为主，平战结合。坚持常态与非常态相结合，做好风险排查、隐患治理和应急准备工作。")

    empty(doc)
    heading(doc, "2  组织体系", style="Heading 1", **H1)
    heading(doc, "2.1　应急指挥机构", **H2)
    yb.para("管委会设立综保区突发事件应急指挥部（以下简称区指挥部），统一领导、组织、协调综保区突发事件应对工作。"
            "总指挥由管委会主任担任，副总指挥由分管安全生产工作的副主任担任，成员由管委会各部门、驻区海关监管部门"
            "及区内重点企业负责人组成。")
    heading(doc, "2.2　指挥部办公室", **H2)
    yb.para("区指挥部下设办公室，设在管委会应急管理局，办公室主任由应急管理局局长兼任。主要职责是：承担区指挥部日常工作，"
            "汇总、分析、报告突发事件信息，组织编制和修订应急预案，组织开展应急演练和培训。")
    heading(doc, "2.3　现场指挥部", **H2)
    yb.para("突发事件发生后，根据处置需要设立现场指挥部，下设综合协调组、抢险救援组、医疗救护组、治安警戒组、"
            "通关保障组等工作组，各工作组按照职责分工开展处置工作。")
    yb.para("由管委会办公室牵头，负责现场指挥部日常运转、信息汇总和上传下达，协调各工作组开展工作。",
            lead="2.3.1 综合协调组。", lead_font=FS, lead_bold=True)
    yb.para("由管委会应急管理局牵头，消防救援站、区内企业专职消防队参加，负责现场抢险救援、危险源控制和人员搜救。",
            lead="2.3.2 抢险救援组。", lead_font=FS, lead_bold=True)
    yb.para("由管委会社会事务局牵头，负责联系120急救中心和就近医院，开展伤员救治、转运和卫生防疫工作。",
            lead="2.3.3 医疗救护组。", lead_font=FS, lead_bold=True)
    yb.para("由综保区派出所牵头，负责事发现场警戒、交通管制、人员疏散和治安维护。",
            lead="2.3.4 治安警戒组。", lead_font=FS, lead_bold=True)
    yb.para("由管委会经济发展局牵头，驻区海关监管部门参加，负责协调应急物资通关、受影响保税货物监管和企业通关服务。",
            lead="2.3.5 通关保障组。", lead_font=FS, lead_bold=True)

    empty(doc)
    heading(doc, "3  风险分析与预警", style="Heading 1", **H1)
    heading(doc, "3.1　风险分析", **H2)
    yb.para("综保区内企业以保税仓储、国际物流、加工制造和跨境电商为主，存在危险货物泄漏、火灾爆炸、集装箱倒塌、"
            "特种设备事故等安全风险，同时受台风、暴雨、风暴潮等自然灾害影响较大。")
    heading(doc, "3.2　预警分级和发布", **H2)
    yb.para("按照突发事件的紧急程度、发展态势和可能造成的危害程度，预警级别分为一级、二级、三级和四级，"
            "分别用红色、橙色、黄色和蓝色标示，一级为最高级别。区指挥部办公室接到气象、海洋、海事等部门发布的预警信息后，应当及时通过短信、微信工作群、园区广播等方式"
            "向区内企业转发，督促相关企业落实防范措施。")

    empty(doc)
    heading(doc, "4  应急响应", style="Heading 1", **H1)
    heading(doc, "4.1　信息报告", **H2)
    yb.para("突发事件发生后，事发单位应当立即向区指挥部办公室报告，最迟不得超过30分钟；区指挥部办公室接报后应当在1小时内"
            "向管委会主要领导和市有关部门报告。造成人员死亡或者社会影响较大的，应当立即报告，并随时续报处置进展。")
    heading(doc, "4.2　响应分级", **H2)
    yb.para("根据突发事件的性质、危害程度和影响范围，综保区突发事件应急响应由高到低分为Ⅰ级、Ⅱ级、Ⅲ级、Ⅳ级四个等级，"
            "具体如下：")
    yb.table(["响应级别", "启动条件", "指挥主体"], [
        ["Ⅰ级", "发生重大及以上突发事件，或者造成10人以上死亡的",
         "在市委、市政府统一领导下，区指挥部配合市级应急指挥机构开展处置"],
        ["Ⅱ级", "发生较大突发事件，或者造成3人以上10人以下死亡的",
         "区指挥部总指挥组织指挥，并报请市有关部门支援"],
        ["Ⅲ级", "发生一般突发事件，或者造成3人以下死亡、口岸通关中断2小时以上的",
         "区指挥部副总指挥组织指挥"],
        ["Ⅳ级", "发生险情或者突发事件苗头，尚未造成人员死亡，可控制在事发单位范围内的",
         "区指挥部办公室协调事发单位处置"],
    ], widths=[2.5, 7.5, 5.6])
    heading(doc, "4.3　响应启动", **H2)
    yb.para("Ⅰ级、Ⅱ级响应由总指挥决定启动；Ⅲ级响应由副总指挥决定启动；IV级响应由区指挥部办公室主任决定启动。"
            "响应启动后，可视事态发展及时调整响应级别。")
    heading(doc, "4.4　先期处置", **H2)
    yb.para("事发单位应当立即组织本单位应急救援队伍和工作人员营救受害人员，疏散、撤离、安置受威胁人员，控制危险源，"
            "标明危险区域，封锁危险场所，并采取其他防止危害扩大的必要措施。")
    heading(doc, "4.5　分类处置措施", **H2)
    yb.para("立即划定警戒区域，疏散无关人员，查明泄漏物品名、数量和危险特性，采取关阀断源、围堵收容等措施，"
            "防止泄漏物进入雨水管网和海域。", lead="4.5.1 危险货物泄漏事故。", lead_font=FS, lead_bold=True)
    yb.para("迅速切断火场电源和可燃物来源，组织消防力量扑救，对毗邻仓库、堆场的货物实施冷却保护和转移。",
            lead="4.5.2 火灾爆炸事故。", lead_font=FS, lead_bold=True)
    yb.para("提前加固集装箱堆垛和起重设备，停止露天作业，转移低洼地带人员和货物，做好排涝准备。",
            lead="4.5.3 台风、暴雨等自然灾害。", lead_font=FS, lead_bold=True)
    heading(doc, "4.6　通关保障", **H2)
    yb.para("突发事件影响正常通关的，通关保障组应当及时与海关沟通，协调开辟应急物资绿色通道，对受影响的保税货物"
            "依法办理延期核销、异地查验等手续，最大限度降低对区内企业经营的影响。")
    heading(doc, "4.7　响应终止", **H2)
    yb.para("突发事件处置工作基本完成，次生、衍生事件危害基本消除后，由启动响应的指挥机构决定终止应急响应。")

    empty(doc)
    heading(doc, "5  后期处置与应急保障", style="Heading 1", **H1)
    heading(doc, "5.1　调查评估", **H2)
    yb.para("应急响应终止后，区指挥部办公室应当会同有关部门对突发事件的起因、性质、影响和应对处置工作进行调查评估，"
            "在15个工作日内形成评估报告报管委会。")
    heading(doc, "5.2　应急保障", **H2)
    yb.para("区内危险货物仓储企业应当建立专职或者兼职应急救援队伍，配备必要的应急装备和物资，并定期开展培训和演练。管委会应急管理局建立应急物资储备库，储备吸附棉、围油栏、防化服、排水泵等物资，实行动态管理。")

    empty(doc)
    heading(doc, "6  附则", style="Heading 1", **H1)
    yb.para("本预案由管委会应急管理局负责组织修订，原则上每3年评估修订一次。有关法律法规和上级预案发生重大变化、"
            "应急指挥机构及其职责发生重大调整或者在突发事件应对和应急演练中发现重大问题的，应当及时修订。",
            lead="6.1　预案管理。", lead_font=KT, lead_bold=True)
    yb.para("本预案由管委会应急管理局负责解释。", lead="6.2　预案解释。", lead_font=KT, lead_bold=True)
    yb.para("本预案自印发之日起实施。2019年5月印发的《青岛前湾保税港区突发事件应急预案（试行）》同时废止。",
            lead="6.3　实施时间。", lead_font=KT, lead_bold=True)

    empty(doc)
    p = doc.add_paragraph()
    fmt_par(p)
    r = p.add_run("附件：综保区突发事件应急指挥部成员单位联系表")
    set_font(r, FS)

    # 附件 of the 预案
    page_break(doc)
    p = doc.add_paragraph()
    fmt_par(p, first_indent=False)
    r = p.add_run("附件")
    set_font(r, HT)
    title(doc, "综保区突发事件应急指挥部成员单位联系表", size=18)
    empty(doc)
    yb.table(["序号", "成员单位", "职责分工", "24小时值班电话"], [
        ["1", "管委会办公室", "综合协调组牵头单位", "0532-86887601"],
        ["2", "管委会应急管理局", "区指挥部办公室、抢险救援组牵头单位", "0532-86887615"],
        ["3", "管委会经济发展局", "通关保障组牵头单位", "0532-86887633"],
        ["4", "管委会社会事务局", "医疗救护组牵头单位", "0532-86887648"],
        ["5", "综保区派出所", "治安警戒组牵头单位", "0532-86887110"],
        ["6", "前湾消防救援站", "抢险救援组成员单位", "0532-86887119"],
    ], widths=[1.5, 4.5, 6.0, 3.6])

    # 版记 as a table
    empty(doc, 2)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    set_col_widths(t, [9.6, 6.0])
    vals = [("抄送：青岛市应急管理局，青岛海关，青岛市西海岸新区管委。", ""),
            ("青岛前湾综合保税区管理委员会办公室", "2025年6月18日印发")]
    for i, (a, b) in enumerate(vals):
        c0, c1 = t.rows[i].cells
        r = c0.paragraphs[0].add_run(a)
        set_font(r, FS, 14)
        r = c1.paragraphs[0].add_run(b)
        set_font(r, FS, 14)
        c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # top/bottom lines of 版记
    tblpr = t._tbl.tblPr
    b = tblpr.find(qn("w:tblBorders"))
    for edge in ("top", "bottom", "insideH"):
        e = b.find(qn(f"w:{edge}"))
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "8")
        e.set(qn("w:color"), "000000")
    t.rows[0].cells[0].merge(t.rows[0].cells[1])

    stem = "blind639_qingdao_yuan"
    doc.save(os.path.join(HERE, stem + ".docx"))

    common = {
        "issuer": [ORG],
        "date": "2025-06-18",
        "published": None,
        "level": "zone",
        "region": ZONE,
        "expires": None,
    }
    notice = {
        "meta": dict(common, title="青岛前湾综合保税区管理委员会关于印发《青岛前湾综合保税区突发事件应急预案》的通知",
                     doc_number="青前综保管发〔2025〕21号", effective=None,
                     attachments=[TITLE_YA], doc_type="通知",
                     recipients=["区内各部门", "驻区各单位", "区内各企业"],
                     publicity="此件公开发布", repeals=None),
        "clauses": nb.clauses,
    }
    yuan = {
        "meta": dict(common, title=TITLE_YA, doc_number=None, effective="2025-06-18",
                     attachments=["综保区突发事件应急指挥部成员单位联系表"],
                     doc_type="预案", recipients=[], publicity=None,
                     repeals="青岛前湾保税港区突发事件应急预案（试行）"),
        "clauses": yb.clauses,
    }
    # key order: title, doc_number, issuer, ...
    order = ["title", "doc_number", "issuer", "date", "published", "level", "region", "effective",
             "expires", "attachments", "doc_type", "recipients", "publicity", "repeals"]
    for d in (notice, yuan):
        d["meta"] = {k: d["meta"][k] for k in order}
    return stem, [notice, yuan]


# ------------------------------------------------------------ document 2
def make_yanlian():
    doc = new_doc()
    nid = add_numbering(doc)
    ISSUER = "青岛前湾综合保税区管理委员会应急管理局"
    TITLE = "青岛前湾综合保税区2025年危险货物泄漏事故综合应急演练实施方案"

    empty(doc)
    title(doc, None, lines=["青岛前湾综合保税区2025年", "危险货物泄漏事故综合应急演练实施方案"])
    empty(doc)
    b = Body(doc)
    b.para("为检验《青岛前湾综合保税区突发事件应急预案》的科学性和可操作性，提高区内各部门、驻区单位和企业协同处置"
           "危险货物泄漏事故的能力，经管委会同意，定于2025年9月下旬组织开展危险货物泄漏事故综合应急演练，特制定本方案。")

    heading(doc, "一、演练目的")
    b.para("检验预案中信息报告、响应启动、现场处置和通关保障等环节的衔接情况，查找预案存在的问题和不足。",
           lead="（一）检验预案。")
    b.para("提高区内企业专兼职应急救援队伍处置危险货物泄漏事故的实战能力。", lead="（二）锻炼队伍。")
    b.para("进一步理顺管委会各部门、驻区海关监管部门、消防救援站和区内企业之间的协调联动机制。",
           lead="（三）磨合机制。")

    heading(doc, "二、演练时间和地点")
    b.para("演练时间：2025年9月24日（星期三）08:30—11:30，如遇恶劣天气另行通知。")
    b.para("演练地点：综保区3号查验场地及海晟国际物流有限公司保税仓库东侧集装箱堆场。")

    heading(doc, "三、演练情景")
    b.para("一辆装载易燃液体（乙酸乙酯，UN1173）罐式集装箱的集卡车在进入3号查验场地时与叉车发生碰撞，罐体阀门破损"
           "导致物料泄漏，现场1名司机受伤被困，泄漏物料存在起火风险。事发企业报告后，区指挥部办公室研判启动Ⅲ级应急响应。",
           soft_break_at=52)

    heading(doc, "四、组织机构")
    b.para("演练设领导小组，组长由管委会分管副主任担任，副组长由应急管理局局长担任，成员由管委会办公室、经济发展局、"
           "社会事务局、综保区派出所、前湾消防救援站和海晟国际物流有限公司负责人组成。领导小组下设以下工作组：")
    b.numbered("导调组。由应急管理局牵头，负责编写演练脚本，控制演练进程，发布情景指令。", nid, "1.")
    b.numbered("评估组。邀请市应急管理局专家组成，负责观摩演练全过程，现场点评并形成书面评估报告。", nid, "2.")
    b.numbered("保障组。由管委会办公室牵头，负责演练场地布置、车辆调度、通信保障和后勤服务。", nid, "3.")

    heading(doc, "五、演练时间安排")
    b.table(["时间", "演练环节", "主要内容", "责任单位"], [
        ["08:00—08:30", "集结准备", "参演人员、车辆、装备到达指定位置，检查通信设备", "保障组"],
        ["08:30—09:00", "情景导入、信息报告", "模拟事故发生，事发企业先期处置并逐级报告", "导调组、海晟国际物流有限公司"],
        ["09:00—09:40", "应急响应启动", "区指挥部办公室研判后启动Ⅲ级响应，成立现场指挥部", "应急管理局"],
        ["09:40—10:30", "现场处置", "警戒疏散、伤员救治、堵漏处置、泄漏物收集", "前湾消防救援站、社会事务局"],
        ["10:30—11:00", "通关保障", "协调驻区海关监管部门对受影响货物实施应急查验和放行", "经济发展局"],
        ["11:00—11:30", "响应终止及点评", "宣布响应终止，评估组现场点评", "评估组"],
    ], widths=[2.9, 3.5, 5.8, 3.4])

    heading(doc, "六、保障措施")
    b.para("演练区域设置安全警戒线，泄漏物料使用清水模拟，现场配备消防车1辆、救护车1辆，确保演练安全。",
           lead="（一）安全保障。")
    b.para("演练期间使用对讲机统一频道指挥，各工作组明确1名联络员，保持通信畅通。", lead="（二）通信保障。")
    b.para("保障组负责参演人员饮水、防暑及车辆停放等工作。", lead="（三）后勤保障。")

    heading(doc, "七、工作要求")
    b.para("各参演单位要高度重视，于9月17日前将参演人员名单报应急管理局，9月22日前完成预演。",
           lead="（一）提前做好准备。")
    b.para("演练期间不得影响综保区卡口正常通关和区内企业正常作业，涉及临时交通管制的，由综保区派出所提前发布公告。",
           lead="（二）确保不影响通关。")
    b.para("演练结束后5个工作日内，评估组形成评估报告，应急管理局据此提出预案修订建议报管委会。",
           lead="（三）做好总结评估。")
    b.para("联系人：应急管理局张振华，联系电话：0532-86887620。")

    empty(doc)
    # 落款 placed in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    set_col_widths(t, [4.2, 11.4])
    c = t.rows[0].cells[1]
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = c.paragraphs[0].add_run(ISSUER)
    set_font(r, FS)
    p2 = c.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p2.add_run("2025年9月5日")
    set_font(r, FS)

    stem = "blind639_qingdao_yanlian"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": TITLE,
        "doc_number": None,
        "issuer": [ISSUER],
        "date": "2025-09-05",
        "published": None,
        "level": "zone",
        "region": "青岛前湾综合保税区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "方案",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_639", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for maker in (make_yuan, make_yanlian):
        stem, docs = maker()
        expected[stem] = docs
        to_pdf(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
