# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 643: 自贸试验区制度创新成果复制推广 调研报告."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

IND = "\u3000\u3000"  # two full-width spaces typed by hand


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None, sup=False):
    run.font.name = "Times New Roman" if name in (FS, SONG) else name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:hint"), "eastAsia")
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    if sup:
        run.font.superscript = True


def spacing(p, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def border(p, side="bottom", color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)


def cell_borders(cell, **kw):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:" + side)
        v = kw.get(side, "nil")
        if v == "nil":
            el.set(qn("w:val"), "nil")
        else:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(v))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        b.append(el)
    tcpr.append(b)


def table_grid(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "6" if side.startswith("inside") else "10")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblpr.append(b)


def vmerge(cell, val):
    tcpr = cell._tc.get_or_add_tcPr()
    vm = OxmlElement("w:vMerge")
    if val:
        vm.set(qn("w:val"), val)
    tcpr.append(vm)


def add_page_number(section, style="dash"):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    def txt(t):
        r = p.add_run(t)
        set_font(r, SONG, 14)
    def fld(instr):
        r = p.add_run()
        set_font(r, SONG, 14)
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._element.append(b)
        r2 = p.add_run(); set_font(r2, SONG, 14)
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
        r2._element.append(it)
        r3 = p.add_run(); set_font(r3, SONG, 14)
        s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._element.append(s)
        r4 = p.add_run("1"); set_font(r4, SONG, 14)
        r5 = p.add_run(); set_font(r5, SONG, 14)
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._element.append(e)
    if style == "dash":
        txt("— ")
        fld(" PAGE ")
        txt(" —")
    else:
        txt("第 ")
        fld(" PAGE ")
        txt(" 页  共 ")
        fld(" NUMPAGES ")
        txt(" 页")


class Numbering:
    """Word automatic numbering (abstractNum + num) added to numbering.xml."""

    def __init__(self, doc):
        self.np = doc.part.numbering_part.element
        self.next_abs = 90
        self.next_num = 90

    def new(self, fmt, lvl_text, font=FS, suff="nothing", ind_first=640):
        aid = self.next_abs; self.next_abs += 1
        nid = self.next_num; self.next_num += 1
        a = OxmlElement("w:abstractNum")
        a.set(qn("w:abstractNumId"), str(aid))
        mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); a.append(mlt)
        lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:suff", suff),
                         ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
            el = OxmlElement(tag); el.set(qn("w:val"), val); lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), str(ind_first))
        ppr.append(ind); lvl.append(ppr)
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts"); rf.set(qn("w:ascii"), "Times New Roman"); rf.set(qn("w:hAnsi"), "Times New Roman")
        rf.set(qn("w:eastAsia"), font); rf.set(qn("w:hint"), "eastAsia"); rpr.append(rf)
        sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "32"); rpr.append(sz)
        lvl.append(rpr)
        a.append(lvl)
        # abstractNum elements must precede num elements
        first_num = self.np.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(a)
        else:
            self.np.append(a)
        n = OxmlElement("w:num"); n.set(qn("w:numId"), str(nid))
        an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), str(aid)); n.append(an)
        self.np.append(n)
        return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0"); numpr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(nid)); numpr.append(ni)
    ppr.insert(0, numpr)


class Builder:
    def __init__(self, doc, size=16, line=28):
        self.doc = doc
        self.clauses = []
        self.size = size
        self.line = line

    # generic paragraph from segments [(text, font, bold, sup)]
    def para(self, segs, clause=True, align=None, indent="manual", line=None,
             size=None, container=None, num=None, num_prefix="", before=0, after=0):
        c = container if container is not None else self.doc
        size = self.size if size is None else size
        line = self.line if line is None else line
        p = c.add_paragraph()
        spacing(p, line, before, after)
        if align is not None:
            p.alignment = align
        text = ""
        if indent == "manual":
            r = p.add_run(IND); set_font(r, FS, size)
        elif indent == "fmt":
            p.paragraph_format.first_line_indent = Pt(size * 2)
        if num is not None:
            apply_num(p, num)
        for seg in segs:
            if isinstance(seg, str):
                seg = (seg, FS, False, False)
            t, f, b, s = (list(seg) + [False, False])[:4]
            r = p.add_run(t)
            set_font(r, f, size, bold=b, sup=s)
            text += t
        if clause:
            self.clauses.append(num_prefix + text)
        return p

    def heading(self, text, font=HT, indent="manual", num=None):
        p = self.para([(text, font, False)], clause=False, indent=indent, num=num)
        return p

    def blank(self, n=1, container=None):
        c = container if container is not None else self.doc
        for _ in range(n):
            p = c.add_paragraph(); spacing(p, 28)

    def caption(self, text, font=HT, size=14):
        p = self.doc.add_paragraph()
        spacing(p, 24, 6, 3)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text); set_font(r, font, size)
        return p

    def source(self, text):
        p = self.doc.add_paragraph()
        spacing(p, 22, 3, 6)
        r = p.add_run(text); set_font(r, KT, 12)
        self.clauses.append(text)

    def data_table(self, header, rows, merge_col0=None, widths=None, num_cols=()):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_grid(t)
        for j, h in enumerate(header):
            cell = t.cell(0, j)
            p = cell.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            spacing(p, 20)
            r = p.add_run(h); set_font(r, HT, 12)
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                cell = t.cell(i, j)
                p = cell.paragraphs[0]
                spacing(p, 20)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (j in num_cols or j == 0) else WD_ALIGN_PARAGRAPH.LEFT
                if merge_col0 and j == 0:
                    state = merge_col0[i - 1]
                    if state == "cont":
                        vmerge(cell, None)
                        continue
                    if state == "start":
                        vmerge(cell, "restart")
                r = p.add_run(v); set_font(r, FS, 12)
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        return t


def new_doc(gb=True):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0); sec.page_height = Cm(29.7)
    if gb:
        sec.top_margin = Cm(3.7); sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8); sec.right_margin = Cm(2.6)
    else:  # Word default margins, as many research offices leave them
        sec.top_margin = Cm(2.54); sec.bottom_margin = Cm(2.54)
        sec.left_margin = Cm(3.17); sec.right_margin = Cm(3.17)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"; st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


def title(doc, lines, size=22, before=0, after=12):
    p = doc.add_paragraph()
    spacing(p, 36, before, after)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, ln in enumerate(lines):
        r = p.add_run(ln); set_font(r, XBS, size)
        if i < len(lines) - 1:
            r.add_break()  # soft line break inside title
    return p


def right_line(doc, text, font=FS, size=16, rpad=""):
    p = doc.add_paragraph(); spacing(p, 28)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(text + rpad); set_font(r, font, size)
    return p


def box_one_cell(doc, paras):
    """摘要 box typed as a single-cell table."""
    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_grid(t)
    cell = t.cell(0, 0)
    first = True
    for segs in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        spacing(p, 26, 3, 3)
        p.paragraph_format.first_line_indent = Pt(28)
        for t_, f, b in segs:
            r = p.add_run(t_); set_font(r, f, 14, bold=b)
    return t


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# ================================================================ doc 1 福建
def make_fujian():
    doc = new_doc(gb=False)
    add_page_number(doc.sections[0], "dash")
    B = Builder(doc, size=14, line=22)
    title(doc, ["关于福建自贸试验区制度创新成果", "复制推广情况的调研报告"], before=12)
    p = doc.add_paragraph(); spacing(p, 28, 0, 12); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("福建省政协经济委员会课题组"); set_font(r, KT, 16)

    abstract = ("中国（福建）自由贸易试验区挂牌十年来，累计推出创新举措612项，向全国复制推广46项，"
                "在省内分八批复制推广213项，为全省深化改革扩大开放提供了有力支撑。课题组调研发现，"
                "当前成果复制推广仍存在落地条件不足、跟踪评估不够、基层承接能力偏弱、系统集成不够等问题。"
                "建议从建立分类推广机制、健全全周期评估体系、强化基层承接能力、推动集成化改革等方面着力，"
                "推动更多制度创新成果在八闽大地落地见效。")
    box_one_cell(doc, [[("内容提要：", HT, False), (abstract, KT, False)]])
    B.clauses.append("内容提要：" + abstract)
    B.blank()

    B.para(["制度创新是自贸试验区建设的核心任务，复制推广是检验制度创新成效的重要标尺。为贯彻落实党中央关于实施自由贸易试验区提升战略的决策部署，根据省政协2025年度协商计划，省政协经济委员会于2025年6月至8月组织专题调研组，赴福州、厦门、平潭三个片区和泉州、漳州、三明、南平等地开展实地调研，召开座谈会12场，走访企业46家，听取省商务厅、省市场监管局、福州海关、厦门海关等18个部门和单位的意见建议。现将有关情况报告如下。"])

    B.heading("一、福建自贸试验区制度创新成果复制推广的基本情况")
    B.para(["挂牌以来，福建自贸试验区坚持以制度创新为核心，累计推出创新举措612项，其中全国首创266项；向全国复制推广的制度创新成果46项",
            ("①", FS, False, True),
            "，在全省范围内分八批复制推广创新成果213项，复制推广工作总体走在全国前列。"])
    B.para([("（一）复制推广工作机制逐步健全。", KT, True),
            "省自贸办建立了“成果总结—第三方评估—省级审定—清单发布—跟踪督查”的复制推广工作流程，2024年印发《福建自贸试验区制度创新成果复制推广工作规程（试行）》，明确了牵头部门、推广范围和完成时限。各设区市和平潭综合实验区均明确了承接复制推广工作的责任处室，省市县三级联动的工作格局初步形成。"])
    B.para([("（二）复制推广覆盖面持续扩大。", KT, True),
            "从调研情况看，贸易便利化、投资便利化、政府职能转变等领域的创新成果推广面较广。“船舶多证合一”“国际贸易‘单一窗口’福建特色应用”等举措已在全省沿海港口全面实施，“企业开办一网通办”“工程建设项目审批‘一张表单’”等举措已覆盖全省9个设区市和平潭综合实验区。各批次复制推广情况见表1。"])

    B.caption("表1  福建自贸试验区制度创新成果省内复制推广情况（截至2025年6月）")
    B.data_table(
        ["批次", "发布时间", "成果数量（项）", "已全面落地（项）", "落地率"],
        [["第一批", "2016年3月", "22", "22", "100%"],
         ["第二批", "2017年5月", "30", "29", "96.7%"],
         ["第三批", "2018年8月", "26", "25", "96.2%"],
         ["第四批", "2019年11月", "28", "26", "92.9%"],
         ["第五批", "2020年12月", "25", "22", "88.0%"],
         ["第六批", "2022年3月", "27", "23", "85.2%"],
         ["第七批", "2023年9月", "29", "22", "75.9%"],
         ["第八批", "2024年12月", "26", "15", "57.7%"],
         ["合计", "—", "213", "184", "86.4%"]],
        widths=[2.2, 3.2, 3.2, 3.6, 2.6], num_cols=(1, 2, 3, 4))
    B.source("资料来源：根据福建省商务厅（省自贸办）提供资料整理。")

    B.para(["从领域分布看，213项省内复制推广成果中，贸易便利化领域67项，投资便利化领域48项，政府职能转变领域52项，金融创新领域29项，对台交流合作领域17项（见图1）。贸易便利化和政府职能转变两个领域合计占55.9%，是复制推广的主体。"])
    B.blank(2)
    B.caption("图1  福建自贸试验区省内复制推广成果领域分布（单位：项）")
    B.para([("（三）对台特色成果示范效应明显。", KT, True),
            "台胞台企“同等待遇”“两岸检验检测结果采信”“台湾地区职业资格直接采认”等对台特色创新成果在全省推广，截至2025年6月，全省已有2316名台湾同胞通过直接采认方式取得执业资格，福州、厦门两地台资企业登记注册平均用时压缩至1个工作日以内。"])

    B.heading("二、存在的主要问题")
    B.para(["调研中发现，当前制度创新成果复制推广仍不同程度存在“重发布、轻落地”“重数量、轻实效”现象。从表1可以看出，越是近期发布的批次，落地率越低，第八批成果落地率仅为57.7%。主要问题表现在以下四个方面。"])
    B.heading("（一）部分成果落地条件不足", font=KT)
    B.para(["一些成果依托片区特有的海关特殊监管区域、港口设施或国家部委的先行先试授权，非自贸试验区地区缺少相应的政策授权和硬件支撑",
            ("②", FS, False, True),
            "。如“跨境电商出口退货‘一站式’监管”需依托综合保税区或保税物流中心（B型），全省仍有4个设区市尚不具备承接条件。"])
    B.heading("（二）跟踪评估机制不够完善", font=KT)
    B.para(["目前省级层面对复制推广成果的跟踪督查主要依靠各地自报，缺少第三方评估和企业评价环节，部分地方存在“文件转发即视为落地”的情况。课题组对46家企业的问卷调查显示，仅有41.3%的企业了解省级复制推广清单（见表2）。"])
    B.caption("表2  受访企业对复制推广成果的知晓度和获得感调查情况")
    B.data_table(
        ["调查内容", "回答“是”的企业（家）", "占比"],
        [["了解省级复制推广清单", "19", "41.3%"],
         ["享受过已复制推广的便利化举措", "31", "67.4%"],
         ["认为本地执行标准与片区存在差异", "24", "52.2%"],
         ["希望建立成果落地情况反馈渠道", "38", "82.6%"]],
        widths=[8.0, 4.4, 2.4], num_cols=(1, 2))
    B.source("资料来源：课题组问卷调查，共发放问卷50份，回收有效问卷46份。")
    B.heading("（三）基层承接能力相对薄弱", font=KT)
    B.para(["县（市、区）一级普遍缺少熟悉国际贸易规则和海关、外汇监管业务的专业人才，部分事项涉及系统对接、数据共享，基层缺乏必要的信息化支撑。调研中，有县级商务部门反映，一项成果从清单发布到实际落地平均需要9.6个月（见图2），明显长于片区的试点周期。"])
    B.blank(2)
    B.caption("图2  2016—2024年各批次成果平均落地周期（单位：月）")
    B.heading("（四）改革系统集成不够", font=KT)
    B.para(["已复制推广的成果多为单个环节、单一部门的“小切口”改革，跨部门、跨层级、全链条的集成化创新成果较少。部分成果分属不同部门推广，缺乏统筹衔接，企业感受到的是“点上有改进、面上变化小”",
            ("③", FS, False, True), "。"])

    B.heading("三、对策建议")
    B.para([("（一）建立分类推广机制。", KT, True),
            "对拟复制推广的成果，按照适用条件分为“全省普遍适用”“特定区域适用”“特定产业适用”三类，分类明确推广范围和推广方式，避免“一刀切”。具体可从以下方面入手："])
    B.para(["1.建立成果适用性评估制度。在成果纳入推广清单前，由省自贸办组织第三方机构对适用条件、配套要求和风险点进行评估，形成《成果落地指引》随清单一并发布。"])
    B.para(["2.探索“片区+联动区”结对推广模式。推动福州、厦门、平潭片区分别与3至4个设区市或开发区结对，由片区派员指导，联动区先行承接。"])
    B.para(["3.对依托海关特殊监管区域的成果，结合全省综合保税区布局，优先在具备条件的综合保税区、保税物流中心推广。"])
    B.para([("（二）健全全周期评估体系。", KT, True),
            "将复制推广成果落地情况纳入省对设区市高质量发展绩效评价，建立“清单发布—落地跟踪—效果评估—动态调整”的闭环管理机制。每年委托第三方机构开展一次复制推广成效评估，引入企业满意度评价，评估结果向社会公开。"])
    B.para([("（三）强化基层承接能力。", KT, True),
            "支持设区市组建自贸试验区制度创新专家库，开展“自贸业务进县区”专题培训；推动国际贸易“单一窗口”、“闽政通”等平台向县级延伸，打通数据共享堵点，为成果落地提供信息化支撑。"])
    B.para([("（四）推动集成化改革创新。", KT, True),
            "围绕企业全生命周期、货物全链条通关、跨境服务贸易等场景，推出一批跨部门、跨层级的集成化创新成果，以“一件事”为单位整体复制推广。加强与海南自由贸易港、粤港澳大湾区等地的交流合作，积极对接高标准国际经贸规则，力争形成更多可复制可推广的制度型开放成果。"])
    B.para([("（五）深化对台融合发展先行先试。", KT, True),
            "充分发挥福建对台独特优势，在台胞台企同等待遇、两岸标准共通、两岸产业合作等领域加大先行先试力度，将成熟的对台特色成果由片区向全省、由福建向全国复制推广，为探索海峡两岸融合发展新路提供制度支撑。"])

    B.blank()
    p = doc.add_paragraph(); spacing(p, 28, 6, 0)
    r = p.add_run("注  释"); set_font(r, HT, 14)
    for t in ["①数据截至2025年6月，含国务院集中复制推广的改革试点经验和国务院有关部门分别复制推广的改革事项。",
              "②海关特殊监管区域包括综合保税区、保税港区等。截至2025年6月，全省共有综合保税区6个。",
              "③参见《国务院关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知》（国函〔2023〕56号）。"]:
        B.para([t], indent=None, size=12, line=22)
    p = doc.add_paragraph(); spacing(p, 28, 6, 0)
    r = p.add_run("参考文献"); set_font(r, HT, 14)
    for t in ["[1] 国务院关于印发中国（福建）自由贸易试验区总体方案的通知（国发〔2015〕20号）[Z]. 2015.",
              "[2] 陈立新. 自贸试验区制度创新成果复制推广的障碍与路径[J]. 国际贸易, 2024(6): 35-42.",
              "[3] 福建省商务厅. 中国（福建）自由贸易试验区建设十周年发展报告[R]. 2025.",
              "[4] 黄茂兴, 林寿富. 自贸试验区提升战略下的制度型开放研究[M]. 北京: 中国社会科学出版社, 2024."]:
        B.para([t], indent=None, size=12, line=22)
    B.blank()
    right_line(doc, "执笔人：林海峰  黄雅琴  陈  睿", font=KT, size=14, rpad="    ")
    right_line(doc, "2025年9月26日", size=14, rpad="        ")

    stem = "blind643_fujian_diaoyanbaogao"
    save(doc, stem)
    meta = {
        "title": "关于福建自贸试验区制度创新成果复制推广情况的调研报告",
        "doc_number": None,
        "issuer": ["福建省政协经济委员会课题组"],
        "date": "2025-09-26",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "调研报告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": B.clauses}]


# ================================================================ doc 2 四川
def make_sichuan():
    doc = new_doc(gb=False)
    add_page_number(doc.sections[0], "page_of")
    B = Builder(doc, size=14, line=25)
    N = Numbering(doc)
    sec_num = N.new("chineseCounting", "%1、", font=HT, ind_first=640)
    title(doc, ["关于四川自贸试验区制度创新成果复制推广情况的调研报告"], before=6, after=6)
    p = doc.add_paragraph(); spacing(p, 28, 0, 12); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("四川省人民政府研究室课题组"); set_font(r, KT, 16)

    # 摘要 box: two-row one-column table (label row + text row)
    t = doc.add_table(rows=2, cols=1); t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_grid(t)
    c0 = t.cell(0, 0).paragraphs[0]; c0.alignment = WD_ALIGN_PARAGRAPH.CENTER; spacing(c0, 24)
    r = c0.add_run("摘　要"); set_font(r, HT, 14)
    abs1 = "四川自贸试验区自2017年4月挂牌运行以来，累计形成制度创新成果845项，其中27项在全国复制推广，省内分六批复制推广成果178项，并通过设立协同改革先行区，将改革红利向全省延伸。"
    abs2 = "课题组在赴成都、泸州、德阳、宜宾等地调研基础上，分析了复制推广中存在的“上热中温下冷”、差异化探索不足、协同机制不畅等问题，提出了完善推广清单全流程管理、赋予协同改革先行区更大改革自主权、打造内陆开放制度创新高地等建议。"
    cell = t.cell(1, 0)
    for i, a in enumerate([abs1, abs2]):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        spacing(p, 24, 2, 2); p.paragraph_format.first_line_indent = Pt(28)
        r = p.add_run(a); set_font(r, KT, 14)
        B.clauses.append(a)
    B.blank()

    B.para(["按照省政府领导批示要求，2025年5月至7月，省政府研究室会同省商务厅（省自贸办）组成联合课题组，围绕四川自贸试验区制度创新成果复制推广情况开展专题调研。课题组先后赴成都天府新区片区、成都青白江铁路港片区、川南临港片区和德阳、资阳、眉山、宜宾、南充等协同改革先行区实地调研，召开座谈会9场，访谈企业负责人和基层干部80余人次。现将调研情况报告如下。"],
           indent="fmt")

    B.heading("复制推广工作取得积极成效", indent=None, num=sec_num)
    B.para([("（一）成果产出保持较高水平。", KT, False),
            "截至2025年6月，四川自贸试验区累计形成制度创新成果845项，其中27项在全国复制推广",
            ("①", FS, False, True),
            "，11项入选商务部自贸试验区最佳实践案例。省内分六批复制推广成果178项，覆盖投资管理、贸易便利化、金融创新、政府职能转变、内陆开放等领域。"],
           indent="fmt")
    B.para([("（二）内陆开放特色成果持续涌现。", KT, False),
            "依托成都国际铁路港和中欧班列（成渝）通道，推出了一批具有内陆特色的制度创新成果，主要包括："],
           indent="fmt")
    lst = N.new("decimal", "（%1）")
    for i, t_ in enumerate(["铁路运输单证金融化改革。以铁路提单为载体，探索赋予其物权凭证属性，累计签发多式联运“一单制”提单1.2万余单，带动融资超过35亿元。",
                            "“中欧班列+跨境电商”出口模式。探索中欧班列运输跨境电商出口货物的通关监管模式，实现“一次申报、一次查验、一次放行”。",
                            "内陆港“口岸功能前移”。在川南临港片区推行“水铁联运、一次报关”，泸州港至成都国际铁路港货物中转时间压缩约40%。"], 1):
        B.para([t_], indent=None, num=lst, num_prefix="（%d）" % i)
    B.para([("（三）协同改革先行区承接作用逐步发挥。", KT, False),
            "2019年以来，全省分两批设立了21个自贸试验区协同改革先行区",
            ("②", FS, False, True),
            "，作为承接复制推广成果的主要载体。部分先行区承接复制推广成果情况见表1。"],
           indent="fmt")
    B.caption("表1  部分协同改革先行区承接复制推广成果情况（截至2025年6月）", font=HT, size=12)
    B.data_table(
        ["先行区", "承接成果（项）", "已落地（项）", "特色创新案例"],
        [["德阳协同改革先行区", "156", "142", "重大装备制造企业“保税维修+再制造”"],
         ["资阳协同改革先行区", "148", "127", "口腔装备材料进口“白名单”制度"],
         ["眉山协同改革先行区", "152", "136", "成眉同城化“跨市通办”"],
         ["宜宾协同改革先行区", "160", "149", "长江航运“水铁联运一单制”"],
         ["南充协同改革先行区", "139", "118", "—"]],
        widths=[4.2, 2.6, 2.4, 6.2], num_cols=(1, 2))
    B.source("资料来源：四川省商务厅（省自贸办）。")

    B.heading("复制推广中存在的主要问题", indent=None, num=sec_num)
    B.para([("（一）“上热中温下冷”现象仍然存在。", KT, False),
            "省级层面推广清单发布及时，但部分市县对成果的学习消化不够，存在照搬照转、以文件落实文件的情况。调研的5个协同改革先行区中，成果落地率最低的仅为84.9%，部分成果落地后使用企业寥寥，“有名无实”问题较为突出。"],
           indent="fmt")
    B.para([("（二）差异化探索不足。", KT, False),
            "协同改革先行区更多是“被动承接”，结合本地产业特色开展的差异化改革探索偏少。部分先行区反映，省级层面缺少相应的事权下放和容错激励机制，“想改不敢改、想试不能试”。"],
           indent="fmt")
    B.para([("（三）协同推进机制不够顺畅。", KT, False),
            "成果复制推广涉及商务、海关、税务、外汇、市场监管等多个部门，部分成果需要国家部委授权或系统改造，省级部门之间、省市之间的协同还不够紧密。有的成果因垂直管理系统未开放接口，在市县难以落地。"],
           indent="fmt")

    B.heading("对策建议", indent=None, num=sec_num)
    B.para([("（一）完善推广清单全流程管理。", KT, False),
            "建立成果入库、评估、发布、落地、评价的全流程管理制度，推广清单逐项明确责任单位、适用范围和完成时限。对落地情况实行“月调度、季通报、年评估”，对推进滞后的地方和部门进行督促提醒。"],
           indent="fmt")
    B.para([("（二）赋予协同改革先行区更大改革自主权。", KT, False), "建议："], indent="fmt")
    lst2 = N.new("decimal", "（%1）")
    for i, t_ in enumerate(["将部分省级经济管理权限依法下放或委托协同改革先行区实施，支持先行区围绕主导产业开展首创性、差异化改革探索。",
                            "建立协同改革先行区改革创新容错纠错机制，对符合规定条件的改革失误依规依纪依法予以免责或减轻责任。",
                            "每两年对协同改革先行区开展一次综合评估，实行动态调整、有进有出。"], 1):
        B.para([t_], indent=None, num=lst2, num_prefix="（%d）" % i)
    B.para([("（三）加强跨部门跨层级协同。", KT, False),
            "发挥省推进自贸试验区工作领导小组统筹作用，建立省级部门与中央垂直管理部门的常态化沟通机制，对需要国家层面授权或系统改造的事项，积极争取国家部委支持，推动更多成果在全省落地。"],
           indent="fmt")
    B.para([("（四）打造内陆开放制度创新高地。", KT, False),
            "主动对接高标准国际经贸规则，在多式联运、服务贸易、数字贸易、知识产权保护等领域开展更大力度的压力测试",
            ("③", FS, False, True),
            "，加快形成一批具有四川辨识度的制度型开放成果，为全国内陆地区扩大开放提供可复制可推广的经验。"],
           indent="fmt")

    B.blank()
    # layout table without borders: 课题组组长 / 执笔人 ; date
    lt = doc.add_table(rows=2, cols=2); lt.alignment = WD_TABLE_ALIGNMENT.RIGHT
    vals = [["课题组组长：", "陈光明"], ["执 笔 人：", "王志刚　李秋月　赵　阳"]]
    for i in range(2):
        for j in range(2):
            c = lt.cell(i, j); cell_borders(c)
            p = c.paragraphs[0]; spacing(p, 26)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if j == 0 else WD_ALIGN_PARAGRAPH.LEFT
            r = p.add_run(vals[i][j]); set_font(r, KT, 15)
    for row in lt.rows:
        row.cells[0].width = Cm(4.0); row.cells[1].width = Cm(6.5)
    right_line(doc, "2025年7月28日", size=14, rpad="      ")

    p = doc.add_paragraph(); spacing(p, 24, 12, 0)
    r = p.add_run("注释："); set_font(r, HT, 12)
    for t_ in ["①全国复制推广成果包括国务院集中复制推广的改革试点经验和国务院有关部门分别复制推广的改革事项。",
               "②第一批于2019年设立，第二批于2021年设立。",
               "③压力测试是指在自贸试验区等特定区域先行先试高标准经贸规则，检验其风险和适应性。"]:
        B.para([t_], indent=None, size=12, line=20)
    p = doc.add_paragraph(); spacing(p, 24, 6, 0)
    r = p.add_run("参考文献："); set_font(r, HT, 12)
    for t_ in ["[1] 国务院关于印发中国（四川）自由贸易试验区总体方案的通知（国发〔2017〕20号）.",
               "[2] 四川省人民政府办公厅关于印发中国（四川）自由贸易试验区协同改革先行区建设实施方案的通知（川办发〔2019〕35号）.",
               "[3] 刘永红. 内陆自贸试验区制度创新与复制推广研究[M]. 成都：西南财经大学出版社，2024."]:
        B.para([t_], indent=None, size=12, line=20)

    stem = "blind643_sichuan_diaoyanbaogao"
    save(doc, stem)
    meta = {
        "title": "关于四川自贸试验区制度创新成果复制推广情况的调研报告",
        "doc_number": None,
        "issuer": ["四川省人民政府研究室课题组"],
        "date": "2025-07-28",
        "published": None,
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "调研报告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": B.clauses}]


# ================================================================ doc 3 湖北 (报送报告 + 调研报告)
def make_hubei():
    doc = new_doc()
    add_page_number(doc.sections[0], "dash")
    B1 = Builder(doc)
    # red header (上行文)
    p = doc.add_paragraph(); spacing(p, 40, 24, 12); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("湖北省人民政府研究室"); set_font(r, XBS, 36, color=RED)
    p = doc.add_paragraph(); spacing(p, 28, 6, 0)
    r = p.add_run("\u3000鄂政研〔2025〕14号" + " " * 22); set_font(r, FS, 16)
    r = p.add_run("签发人："); set_font(r, FS, 16)
    r = p.add_run("周建明"); set_font(r, KT, 16)
    p = doc.add_paragraph(); spacing(p, 12, 0, 18); border(p, "bottom", "FF0000", 18)
    B1.blank()
    cover_title_lines = ["湖北省人民政府研究室", "关于报送《关于湖北自贸试验区制度创新成果",
                         "复制推广情况的调研报告》的报告"]
    title(doc, cover_title_lines, after=18)
    p = doc.add_paragraph(); spacing(p, 28)
    r = p.add_run("省人民政府："); set_font(r, FS, 16)
    B1.para(["根据省政府2025年度重点调研课题安排，我室会同省商务厅（省自贸办）、省政府发展研究中心，于2025年8月至10月对湖北自贸试验区制度创新成果复制推广情况开展了专题调研，形成了《关于湖北自贸试验区制度创新成果复制推广情况的调研报告》。"])
    B1.para(["调研认为，湖北自贸试验区挂牌以来制度创新成果丰硕，复制推广工作总体有序推进，但仍存在成果“含金量”不均衡、推广落地不平衡、市县承接能力不充分等问题。报告提出了聚焦产业链开展集成创新、建立复制推广成效评价制度、依托联动创新区扩大推广范围等建议，供省政府决策参考。"])
    B1.para(["现将调研报告随文报送，请审阅。"])
    B1.para(["联系人：经济研究处　刘晓东，联系电话：027-87231456。"])
    B1.blank()
    p = doc.add_paragraph(); spacing(p, 28)
    r = p.add_run(IND + "附件：关于湖北自贸试验区制度创新成果复制推广"); set_font(r, FS, 16)
    r.add_break()
    r = p.add_run(IND + "　　　情况的调研报告"); set_font(r, FS, 16)
    B1.blank(2)
    right_line(doc, "湖北省人民政府研究室", rpad="    ")
    right_line(doc, "2025年11月12日", rpad="      ")
    # page break before attachment
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)

    # ---------- attachment: the report
    B2 = Builder(doc, size=15, line=26)
    p = doc.add_paragraph(); spacing(p, 28)
    r = p.add_run("附件"); set_font(r, HT, 16)
    B2.blank()
    title(doc, ["关于湖北自贸试验区制度创新成果", "复制推广情况的调研报告"], after=6)
    p = doc.add_paragraph(); spacing(p, 28, 0, 12); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("湖北省人民政府研究室课题组"); set_font(r, KT, 16)
    abstract = ("湖北自贸试验区自2017年4月挂牌以来，累计形成制度创新成果712项，其中35项在全国复制推广，"
                "省内分七批复制推广成果165项。课题组调研发现，当前复制推广工作存在成果“含金量”不均衡、"
                "推广落地不平衡、市县承接能力不充分等问题，建议聚焦产业链开展集成创新，建立复制推广成效评价制度，"
                "依托联动创新区扩大推广范围。")
    box_one_cell(doc, [[("【内容提要】", HT, True), (abstract, KT, False)]])
    B2.clauses.append("【内容提要】" + abstract)
    B2.blank()
    B2.para(["为全面掌握湖北自贸试验区制度创新成果复制推广情况，课题组于2025年8月至10月赴武汉、襄阳、宜昌三个片区和黄石、鄂州、荆州、孝感等地开展调研，召开座谈会11场，实地走访企业52家，并对全省17个市（州）的推广落地情况进行了书面调查。现将有关情况报告如下。"])
    B2.heading("一、基本情况")
    B2.para(["湖北自贸试验区以全省0.06%的面积，贡献了全省约15%的新设外商投资企业和约13%的进出口总额",
             ("①", FS, False, True),
             "。截至2025年9月，累计形成制度创新成果712项，其中35项在全国复制推广，21项入选商务部自贸试验区最佳实践案例；省内分七批复制推广成果165项，部分代表性成果见表1。"])
    B2.caption("表1  湖北自贸试验区部分代表性复制推广成果")
    B2.data_table(
        ["领域", "代表性成果", "首创片区", "推广范围"],
        [["贸易便利化", "中欧班列（武汉）“车边直提”", "武汉片区", "全省"],
         ["贸易便利化", "进口汽车保税存储“一库多用”", "襄阳片区", "全省综合保税区"],
         ["投资便利化", "外资企业设立登记“跨省通办”", "武汉片区", "全省"],
         ["金融创新", "科技型企业“知识价值信用贷款”", "武汉片区", "全国"],
         ["金融创新", "跨境人民币结算“白名单”便利化", "武汉片区", "全省"],
         ["政府职能转变", "“智慧审批”无人干预自动审批", "宜昌片区", "全省"]],
        merge_col0=["start", "cont", None, "start", "cont", None],
        widths=[2.8, 6.6, 2.4, 3.4], num_cols=(2,))
    B2.source("资料来源：湖北省商务厅（省自贸办），课题组整理。")
    B2.para(["从推广效果看，全省17个市（州）中，复制推广成果落地率超过90%的有6个，在80%至90%之间的有7个，低于80%的有4个（见图1），武汉、襄阳、宜昌三个片区所在市明显高于其他地区。"])
    B2.blank(2)
    B2.caption("图1  全省17个市（州）复制推广成果落地率分布")
    B2.heading("二、存在的主要问题")
    B2.para([("1.成果“含金量”不均衡。", FS, True),
             "已复制推广的165项成果中，流程优化、材料精简类成果占比超过六成，涉及制度型开放、产业链供应链创新的突破性成果偏少，对企业的吸引力不强。"])
    B2.para([("2.推广落地不平衡。", FS, True),
             "鄂西、鄂东南部分市（州）受开放平台少、外贸主体少等因素制约，部分贸易便利化、金融创新类成果“有清单、无需求”，落地后长期“零使用”",
             ("②", FS, False, True), "。"])
    B2.para([("3.市县承接能力不充分。", FS, True),
             "部分市县推广工作停留在转发文件层面，缺少专人负责和工作经费保障，对需要跨部门协同、系统对接的成果“接不住、用不好”。"])
    B2.heading("三、对策建议")
    B2.para([("（一）聚焦产业链开展集成创新。", KT, False),
             "围绕光电子信息、汽车制造、生物医药等优势产业链，梳理企业在研发、生产、通关、融资等环节的堵点，推出一批全链条集成化创新成果，推动“单项改革”向“集成改革”转变。"])
    B2.para([("（二）建立复制推广成效评价制度。", KT, False),
             "将复制推广成果落地情况纳入省政府督查激励事项，探索建立以企业获得感为核心的评价指标体系，对“零使用”成果开展专项分析，该调整的调整、该退出的退出。"])
    B2.para([("（三）依托联动创新区扩大推广范围。", KT, False),
             "支持黄石、鄂州、荆州等地建设自贸试验区联动创新区",
             ("③", FS, False, True),
             "，优先承接与本地产业相匹配的创新成果，鼓励联动创新区与片区共建共享改革试验平台，形成“片区首创、联动区集成、全省推广”的梯次格局。"])
    B2.para([("（四）加强推广工作保障。", KT, False),
             "省自贸办会同有关部门编制年度复制推广工作要点，建立成果推广“一项一专班”工作机制；将制度创新和复制推广纳入各级干部培训内容，提升基层干部推动改革落地的能力。"])
    B2.blank()
    right_line(doc, "执笔人：刘晓东　张　敏", font=KT, rpad="    ")
    right_line(doc, "2025年10月30日", rpad="      ")
    p = doc.add_paragraph(); spacing(p, 24, 12, 0)
    r = p.add_run("注释"); set_font(r, HT, 12)
    for t_ in ["①数据来源于湖北省商务厅，统计口径为2024年全年。",
               "②“零使用”是指成果发布满一年后，在当地无企业或群众实际办理、使用的情况。",
               "③联动创新区是指在自贸试验区之外，与片区协同联动开展改革创新的区域。"]:
        B2.para([t_], indent=None, size=12, line=20)
    p = doc.add_paragraph(); spacing(p, 24, 6, 0)
    r = p.add_run("参考文献"); set_font(r, HT, 12)
    for t_ in ["[1] 国务院关于印发中国（湖北）自由贸易试验区总体方案的通知（国发〔2017〕18号）[Z].",
               "[2] 商务部自贸区港建设协调司. 自由贸易试验区建设十年发展报告[R]. 2023.",
               "[3] 湖北省人民政府. 关于进一步推进中国（湖北）自由贸易试验区高质量发展的若干措施[Z]. 2024."]:
        B2.para([t_], indent=None, size=12, line=20)

    # 版记 at the very end (layout table with top/bottom rules)
    B2.blank(2)
    vt = doc.add_table(rows=2, cols=1); vt.alignment = WD_TABLE_ALIGNMENT.CENTER
    texts = ["抄送：省商务厅。", "湖北省人民政府研究室秘书处" + "　" * 6 + "2025年11月12日印发"]
    for i, tx in enumerate(texts):
        c = vt.cell(i, 0)
        cell_borders(c, top=12 if i == 0 else 6, bottom=6 if i == 0 else 12)
        p = c.paragraphs[0]; spacing(p, 26)
        r = p.add_run("\u3000" + tx); set_font(r, FS, 14)

    stem = "blind643_hubei_baosong"
    save(doc, stem)
    report_title = "关于湖北自贸试验区制度创新成果复制推广情况的调研报告"
    meta1 = {
        "title": "湖北省人民政府研究室关于报送《关于湖北自贸试验区制度创新成果复制推广情况的调研报告》的报告",
        "doc_number": "鄂政研〔2025〕14号",
        "issuer": ["湖北省人民政府研究室"],
        "date": "2025-11-12",
        "published": None,
        "level": "provincial",
        "region": "湖北省",
        "effective": None,
        "expires": None,
        "attachments": [report_title],
        "doc_type": "报告",
        "recipients": ["省人民政府"],
        "publicity": None,
        "repeals": None,
    }
    meta2 = {
        "title": report_title,
        "doc_number": None,
        "issuer": ["湖北省人民政府研究室课题组"],
        "date": "2025-10-30",
        "published": None,
        "level": "provincial",
        "region": "湖北省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "调研报告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta1, "clauses": B1.clauses}, {"meta": meta2, "clauses": B2.clauses}]


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_643", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for fn in (make_fujian, make_sichuan, make_hubei):
        stem, docs = fn()
        expected[stem] = docs
        to_pdf(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
