# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 488: 突发事件应急预案 of 中欧班列集结中心 / 综合保税区.

Writes the .docx files, their PDFs (LibreOffice) and expected.json next to itself.
"""
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
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

ALIGN = {
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}


def set_font(run, east, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def add_border(par, sides, color="000000", sz=8):
    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in sides:
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "1")
        el.set(qn("w:color"), color)
        bdr.append(el)
    ppr.insert_element_before(
        bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
        "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
        "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
        "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
        "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
        "w:rPr", "w:sectPr", "w:pPrChange")


def add_page_number_footer(section):
    footer = section.footer
    par = footer.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = par.add_run("— ")
    set_font(r, "宋体", 14)
    r = par.add_run()
    set_font(r, "宋体", 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r = par.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = par.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._element.append(s)
    r = par.add_run("1")
    set_font(r, "宋体", 14)
    r = par.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._element.append(e)
    r = par.add_run(" —")
    set_font(r, "宋体", 14)


class Builder:
    def __init__(self):
        self.doc = Document()
        sec = self.doc.sections[0]
        sec.page_width = Mm(210)
        sec.page_height = Mm(297)
        sec.top_margin = Mm(37)
        sec.bottom_margin = Mm(35)
        sec.left_margin = Mm(28)
        sec.right_margin = Mm(26)
        add_page_number_footer(sec)
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(16)
        st.element.get_or_add_rPr()
        self.docs = []
        self.cur = None

    # ---------- answer key ----------
    def start(self, meta):
        obj = {"meta": meta, "clauses": []}
        self.docs.append(obj)
        self.cur = obj

    def _record(self, text):
        self.cur["clauses"].append(text)

    # ---------- paragraphs ----------
    def p(self, text="", clause=False, font=FS, size=16, bold=False,
          align="justify", indent=True, runs=None, prefix="", color=None,
          line=28, num=None, left_chars=0, space_before=0):
        par = self.doc.add_paragraph()
        par.alignment = ALIGN[align]
        pf = par.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
        pf.space_after = Pt(0)
        pf.space_before = Pt(space_before)
        if indent:
            pf.first_line_indent = Pt(size * 2)
        if left_chars:
            pf.left_indent = Pt(size * left_chars)
        if num is not None:
            ppr = par._p.get_or_add_pPr()
            numpr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl")
            il.set(qn("w:val"), str(num[1]))
            ni = OxmlElement("w:numId")
            ni.set(qn("w:val"), str(num[0]))
            numpr.append(il)
            numpr.append(ni)
            ppr.insert(0, numpr)
        if runs is None:
            runs = [(text, font, bold)]
        full = ""
        for rt, rf, rb in runs:
            parts = rt.split("\n")
            for i, part in enumerate(parts):
                if i > 0:
                    br = par.add_run()
                    set_font(br, rf, size, rb, color)
                    br.add_break(WD_BREAK.LINE)
                if part:
                    r = par.add_run(part)
                    set_font(r, rf, size, rb, color)
            full += rt.replace("\n", "")
        if clause:
            self._record(prefix + full.strip().strip("\u3000").strip())
        return par

    def c(self, text, **kw):
        """body clause paragraph"""
        return self.p(text, clause=True, **kw)

    def blank(self, n=1):
        for _ in range(n):
            self.p("", indent=False)

    def page_break(self):
        par = self.doc.add_paragraph()
        par.add_run().add_break(WD_BREAK.PAGE)

    # ---------- tables ----------
    def table(self, header, rows, widths=None, merge_cols=(), size=12,
              font=FS, clause=True, repeat_header=True, header_font=HT):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        if repeat_header:
            trpr = t.rows[0]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader")
            th.set(qn("w:val"), "true")
            trpr.append(th)

        def fill(cell, text, f, b, align="center"):
            cell.text = ""
            par = cell.paragraphs[0]
            par.alignment = ALIGN[align]
            par.paragraph_format.space_after = Pt(0)
            par.paragraph_format.line_spacing = 1.15
            if text:
                r = par.add_run(text)
                set_font(r, f, size, b)

        for j, h in enumerate(header):
            fill(t.cell(0, j), h, header_font, False)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                # merged columns: only the first of a run of equal values gets text
                if j in merge_cols and i > 0 and rows[i - 1][j] == v:
                    fill(t.cell(i + 1, j), "", font, False)
                else:
                    al = "left" if len(v) > 14 else "center"
                    fill(t.cell(i + 1, j), v, font, False, al)
        for j in merge_cols:
            start = 0
            for i in range(1, len(rows) + 1):
                if i == len(rows) or rows[i][j] != rows[start][j]:
                    if i - 1 > start:
                        a = t.cell(start + 1, j)
                        b = t.cell(i, j)
                        m = a.merge(b)
                        # python-docx may leave empty paragraphs; keep the first only
                        ps = m.paragraphs
                        for extra in ps[1:]:
                            if not extra.text:
                                extra._p.getparent().remove(extra._p)
                    start = i
        if widths:
            t.autofit = False
            grid = t._tbl.tblGrid
            for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
                gc.set(qn("w:w"), str(int(widths[j] * 56.7)))
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Mm(w)
        if clause:
            for row in rows:
                self._record("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        return t

    # ---------- numbering ----------
    def add_abstract_num(self, xml_abs_id, levels):
        numbering = self.doc.part.numbering_part.element
        an = OxmlElement("w:abstractNum")
        an.set(qn("w:abstractNumId"), str(xml_abs_id))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "multilevel" if len(levels) > 1 else "singleLevel")
        an.append(mlt)
        for ilvl, (fmt, text, suff, east, size, bold, firstline) in enumerate(levels):
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(ilvl))
            s = OxmlElement("w:start")
            s.set(qn("w:val"), "1")
            lvl.append(s)
            nf = OxmlElement("w:numFmt")
            nf.set(qn("w:val"), fmt)
            lvl.append(nf)
            if ilvl > 0:
                lg = OxmlElement("w:isLgl")
                lvl.append(lg)
            sf = OxmlElement("w:suff")
            sf.set(qn("w:val"), suff)
            lvl.append(sf)
            lt = OxmlElement("w:lvlText")
            lt.set(qn("w:val"), text)
            lvl.append(lt)
            jc = OxmlElement("w:lvlJc")
            jc.set(qn("w:val"), "left")
            lvl.append(jc)
            ppr = OxmlElement("w:pPr")
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), "0")
            ind.set(qn("w:firstLine"), str(firstline))
            ppr.append(ind)
            lvl.append(ppr)
            rpr = OxmlElement("w:rPr")
            rf = OxmlElement("w:rFonts")
            rf.set(qn("w:ascii"), "Times New Roman")
            rf.set(qn("w:hAnsi"), "Times New Roman")
            rf.set(qn("w:eastAsia"), east)
            rpr.append(rf)
            if bold:
                rpr.append(OxmlElement("w:b"))
            sz = OxmlElement("w:sz")
            sz.set(qn("w:val"), str(size * 2))
            rpr.append(sz)
            lvl.append(rpr)
            an.append(lvl)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(an)
        else:
            numbering.append(an)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(xml_abs_id))
        ani = OxmlElement("w:abstractNumId")
        ani.set(qn("w:val"), str(xml_abs_id))
        num.append(ani)
        numbering.append(num)
        return xml_abs_id

    # ---------- office furniture ----------
    def red_header(self, organ_line, docno):
        self.blank(1)
        self.p(organ_line, font=XBS, size=30, align="center", indent=False,
               color="FF0000", line=40)
        self.blank(1)
        par = self.p(docno, font=FS, size=16, align="center", indent=False)
        add_border(par, ["bottom"], color="FF0000", sz=18)
        self.blank(1)

    def title(self, lines, size=22):
        for ln in lines:
            self.p(ln, font=XBS, size=size, align="center", indent=False, line=36)

    def signature(self, organ, date, pad_organ, pad_date):
        self.p("\u3000" * pad_organ + organ, indent=False, align="left")
        self.p("\u3000" * pad_date + date, indent=False, align="left")

    def banji(self, cc, printer, pdate, gap):
        self.blank(2)
        par = self.p(cc, indent=False, size=14, align="left", left_chars=0)
        add_border(par, ["top", "bottom"], sz=8)
        par = self.p(printer + " " * gap + pdate, indent=False, size=14, align="left")
        add_border(par, ["bottom"], sz=12)

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


# =====================================================================
# 1. 西安国际港务区：印发中欧班列（西安）集结中心突发事件应急预案的通知
# =====================================================================
def make_xian():
    b = Builder()
    steps = b.add_abstract_num(90, [("decimal", "%1.", "nothing", FS, 16, False, 640)])

    notice_title = "西安国际港务区管理委员会关于印发中欧班列（西安）集结中心突发事件应急预案的通知"
    plan_title = "中欧班列（西安）集结中心突发事件应急预案"
    contact_title = "中欧班列（西安）集结中心突发事件应急联络表"
    old = "《西安国际港务区中欧班列运营突发事件应急预案（试行）》（西港管发〔2021〕52号）"

    b.start({
        "title": notice_title,
        "doc_number": "西港管发〔2025〕37号",
        "issuer": ["西安国际港务区管理委员会"],
        "date": "2025-07-02",
        "published": None,
        "level": "zone",
        "region": "西安国际港务区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["港务区各部门", "各直属单位", "各驻区单位", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": old,
    })
    b.red_header("西安国际港务区管理委员会文件", "西港管发〔2025〕37号")
    # title typed as two separate paragraphs
    b.title(["西安国际港务区管理委员会",
             "关于印发中欧班列（西安）集结中心",
             "突发事件应急预案的通知"])
    b.blank(1)
    b.p("港务区各部门、各直属单位，各驻区单位，各有关企业：", indent=False, align="left")
    b.c("为有效预防和妥善处置中欧班列（西安）集结中心运营过程中发生的各类突发事件，保障班列安全、稳定、畅通运行，"
        "经管委会2025年第12次主任办公会议研究同意，现将《中欧班列（西安）集结中心突发事件应急预案》印发给你们，"
        "请结合实际认真贯彻执行。")
    b.c("各单位要按照预案要求，于2025年7月31日前完成本单位应急联络人员报备；联络人员及电话发生变动的，"
        "应当于变动后3个工作日内报港务区应急管理局备案。")
    b.c("原" + old + "同时废止。")
    b.blank(2)
    b.signature("西安国际港务区管理委员会", "2025年7月2日", 9, 10)
    b.p("（此件公开发布）", indent=True, align="left")

    # ---------------- the plan ----------------
    b.page_break()
    b.start({
        "title": plan_title,
        "doc_number": None,
        "issuer": ["西安国际港务区管理委员会"],
        "date": "2025-07-02",
        "published": None,
        "level": "zone",
        "region": "西安国际港务区",
        "effective": "2025-08-01",
        "expires": "2030-07-31",
        "attachments": [contact_title],
        "doc_type": "预案",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    b.title([plan_title])
    b.blank(1)

    def h1(t):
        b.p(t, font=HT, indent=True)

    def h2(t):
        b.p(t, font=KT, indent=True)

    def runin(head, body):
        b.p(runs=[(head, FS, True), (body, FS, False)], clause=True)

    h1("1  总则")
    h2("1.1  编制目的")
    b.c("为建立健全中欧班列（西安）集结中心（以下简称集结中心）突发事件应急处置机制，科学、高效、有序应对各类突发事件，"
        "最大限度减少人员伤亡、财产损失和对班列开行的影响，保障国际物流供应链安全稳定，制定本预案。")
    h2("1.2  编制依据")
    b.c("依据《中华人民共和国突发事件应对法》《中华人民共和国安全生产法》《生产安全事故应急条例》"
        "《铁路交通事故应急救援和调查处理条例》\n《陕西省突发事件总体应急预案》《西安市突发事件总体应急预案》"
        "等法律法规和有关规定，结合集结中心运营实际，制定本预案。")
    h2("1.3  适用范围")
    b.c("本预案适用于集结中心场站（含西安国际港站、新筑车站作业区及海关监管作业场所）内发生的，"
        "以及中欧班列（西安）境内段运行中发生的、需由港务区组织或者参与处置的下列突发事件：")
    b.c("（1）铁路调车、装卸作业、仓储堆存过程中发生的生产安全事故；")
    b.c("（2）危险货物泄漏、火灾、爆炸等事故；")
    b.c("（3）暴雨、暴雪、大风、地震等自然灾害造成场站设施损毁或者班列停运；")
    b.c("（4）境外口岸拥堵、通关受阻、国际运输通道中断等造成班列大面积晚点、积压；")
    b.c("（5）突发公共卫生事件、涉外群体性事件以及调度、通关等信息系统安全事件。")
    h2("1.4  工作原则")
    b.c("坚持人民至上、生命至上，统一领导、分级负责，属地为主、协调联动，预防为主、快速反应，依法规范、科技支撑，"
        "在保障人员安全的前提下，优先恢复班列开行和口岸通关秩序。")
    b.blank(1)

    h1("2  组织体系")
    h2("2.1  应急指挥部")
    b.c("港务区设立集结中心突发事件应急指挥部（以下简称指挥部），总指挥由管委会分管物流工作的副主任担任，"
        "副总指挥由港务区应急管理局局长、物流发展局局长和西安国际陆港多式联运有限公司总经理担任。"
        "成员单位包括港务区党政办公室、应急管理局、物流发展局、建设局、卫生健康局、公安分局、消防救援大队，"
        "新筑车站，西安港海关，西安国际陆港多式联运有限公司、西安国际内陆港运营管理有限公司等单位。")
    runin("2.1.1 指挥部职责。",
          "贯彻落实省、市关于突发事件应对工作的决策部署；统一领导、指挥和协调集结中心Ⅱ级以上突发事件应对工作；"
          "决定启动和终止Ⅱ级、Ⅲ级应急响应；向西安市人民政府提出启动Ⅰ级应急响应的建议；研究解决应急处置中的重大问题。")
    runin("2.1.2 指挥部办公室。",
          "指挥部办公室设在港务区应急管理局，办公室主任由应急管理局局长兼任，副主任由物流发展局分管副局长担任。主要职责是：")
    b.c("（1）承担指挥部日常工作，组织落实指挥部决定事项；")
    b.c("（2）汇总、分析和报送突发事件信息，提出应急响应级别建议；")
    b.c("（3）组织编制、修订本预案，指导成员单位和运营企业编制专项预案和现场处置方案；")
    b.c("（4）组织开展应急演练、培训和宣传教育。")
    runin("2.1.3 成员单位职责。",
          "各成员单位按照职责分工，负责本行业、本领域突发事件的预防和处置工作。物流发展局负责协调班列运力调配、"
          "境外代理沟通和货主服务；公安分局负责现场警戒、交通疏导和治安维护；消防救援大队负责火灾扑救和危险货物泄漏抢险；"
          "西安港海关负责应急通关保障和监管货物处置；新筑车站负责铁路行车组织和线路抢修协调。")
    h2("2.2  现场指挥部")
    b.c("突发事件发生后，根据处置需要设立现场指挥部，由指挥部指定的负责同志任现场指挥长，统一指挥现场处置工作。"
        "参与现场处置的单位和人员应当服从现场指挥部的指挥，及时报告处置进展情况。")
    h2("2.3  专家组")
    b.c("指挥部办公室建立由铁路运输、危险化学品、消防、海关监管、国际物流等领域专家组成的专家库，"
        "突发事件发生后根据需要抽调专家组成专家组，为应急处置提供技术支持和决策咨询。")
    b.blank(1)

    h1("3  预防与预警")
    h2("3.1  风险监测")
    b.c("运营企业应当建立集结中心安全风险分级管控和隐患排查治理双重预防机制，对场站设施设备、危险货物集装箱、"
        "境外口岸通行状况和极端天气实行动态监测，发现重大风险隐患及时报告指挥部办公室。")
    h2("3.2  预警发布")
    b.c("根据突发事件可能造成的危害程度、紧急程度和发展态势，预警级别由高到低分为一级、二级、三级、四级，"
        "分别用红色、橙色、黄色和蓝色标示。蓝色、黄色预警由指挥部办公室发布，橙色、红色预警由指挥部报请管委会发布。")
    b.c("预警发布后，相关单位应当立即采取加强值班值守、暂停高风险作业、调整班列开行计划、预置应急救援力量和物资等措施。")
    b.blank(1)

    h1("4  应急响应")
    h2("4.1  响应分级")
    b.c("按照突发事件的性质、严重程度、可控性和影响范围，集结中心应急响应由高到低分为Ⅰ级、Ⅱ级、Ⅲ级、Ⅳ级四个等级，"
        "具体判定标准和启动主体如下：")
    b.table(["响应级别", "判定标准", "启动主体"], [
        ["Ⅰ级",
         "造成或者可能造成3人以上死亡（含失踪）或者10人以上重伤，或者集结中心场站全面停止作业48小时以上，"
         "或者中欧班列（西安）主要国际通道中断7日以上的突发事件",
         "指挥部报请西安市人民政府启动，在市应急指挥机构统一领导下组织先期处置"],
        ["Ⅱ级",
         "造成或者可能造成1至2人死亡（含失踪）或者3人以上10人以下重伤，或者场站全面停止作业24小时以上48小时以下，"
         "或者单日积压待发班列20列以上的突发事件",
         "指挥部总指挥决定启动"],
        ["Ⅲ级",
         "造成1至2人重伤，或者单一作业区停止作业12小时以上，或者单日积压待发班列10列以上20列以下的突发事件",
         "指挥部副总指挥（应急管理局局长）决定启动"],
        ["Ⅳ级",
         "造成人员轻伤或者一般财产损失，或者单一作业区停止作业12小时以下，或者积压待发班列10列以下的突发事件",
         "指挥部办公室决定启动，运营企业组织处置"],
    ], widths=[22, 90, 44])
    b.c("上述数量表述中，“以上”含本数，“以下”不含本数。")
    h2("4.2  应急处置流程")
    b.c("突发事件发生后，按照下列流程组织处置：")
    step_texts = [
        ("信息报告。", "事发单位或者现场人员发现突发事件后，应当立即向集结中心调度指挥中心（24小时值班电话：029-83361110）报告。"
         "调度指挥中心接报后10分钟内电话报告指挥部办公室，30分钟内书面报告；Ⅱ级以上突发事件，"
         "指挥部办公室应当在1小时内报告管委会和西安市应急管理局。"),
        ("先期处置。", "事发单位应当立即组织本单位应急救援队伍和工作人员营救受伤人员，疏散、撤离、安置受威胁人员，"
         "控制危险源，标明危险区域，封锁危险场所，并采取其他防止危害扩大的必要措施。"),
        ("研判启动。", "指挥部办公室接报后立即组织研判，提出响应级别建议，按照本预案4.1规定报请相应启动主体决定启动应急响应，"
         "并通知各成员单位。"),
        ("现场处置。", "现场指挥部根据事件类型组织开展抢险救援、医疗救治、现场警戒、环境监测等工作；涉及危险货物的，"
         "在专家指导下确定处置方案，严禁盲目施救。"),
        ("运输与通关保障。", "物流发展局协调铁路部门调整班列开行计划，组织受影响货物分流；西安港海关启动应急通关机制，"
         "对受影响班列货物实行优先查验、快速放行；涉及境外段的，通过班列运营平台与境外代理、沿线国家铁路部门沟通协调。"),
        ("信息发布。", "Ⅱ级以上突发事件信息由指挥部统一发布，首次发布不迟于事发后5小时，其他单位和个人不得擅自对外发布。"),
        ("响应终止。", "突发事件得到有效控制、危害基本消除、班列恢复正常开行后，由启动主体决定终止应急响应。"),
        ("总结报告。", "应急响应终止后7个工作日内，指挥部办公室应当形成书面总结报告管委会。"),
    ]
    for i, (hd, body) in enumerate(step_texts, 1):
        # numbering "1." comes from Word's list numbering, not typed
        b.p(runs=[(hd, FS, True), (body, FS, False)], clause=True, num=(steps, 0),
            prefix="%d." % i)
    b.blank(1)

    h1("5  后期处置")
    h2("5.1  善后处置")
    b.c("事发单位和有关成员单位应当做好伤亡人员救治、抚恤和补偿，受影响货物的清点、保管和理赔协助等善后工作，"
        "尽快恢复集结中心正常作业秩序。")
    h2("5.2  调查评估")
    b.c("生产安全事故按照有关规定开展调查处理；其他突发事件由指挥部办公室组织对事件原因、处置过程和损失情况进行评估，"
        "提出改进措施。")
    b.blank(1)

    h1("6  保障措施")
    runin("6.1 通信保障。", "运营企业和各成员单位应当确保应急通信畅通，指挥部办公室建立应急通讯录并及时更新。")
    runin("6.2 队伍保障。", "运营企业应当建立专（兼）职应急救援队伍，与港务区消防救援大队、周边医疗机构签订应急联动协议。")
    runin("6.3 物资保障。", "运营企业应当在集结中心储备消防器材、堵漏器材、个人防护装备、应急照明和吊装设备等应急物资，"
                             "并定期检查维护。")
    runin("6.4 资金保障。", "集结中心突发事件应急处置所需经费，按照现行事权、财权划分原则分级负担。")
    b.blank(1)

    h1("7  附则")
    h2("7.1  预案管理")
    b.c("指挥部办公室每年至少组织1次综合应急演练，原则上每3年对本预案评估修订1次。成员单位发生调整、"
        "应急资源发生重大变化或者在演练和实际处置中发现问题的，应当及时修订。")
    h2("7.2  预案解释")
    b.c("本预案由港务区应急管理局负责解释。")
    h2("7.3  实施时间")
    b.c("本预案自2025年8月1日起施行，有效期至2030年7月31日。")
    b.blank(1)
    b.p("附件：" + contact_title, indent=True, align="left")

    # attachment
    b.page_break()
    b.p("附件", font=HT, indent=False, align="left")
    b.blank(1)
    b.p(contact_title, font=XBS, size=18, indent=False, align="center")
    b.blank(1)
    b.table(["单位", "职务", "姓名", "办公电话", "手机"], [
        ["指挥部", "总指挥", "刘建国", "029-83361001", "13909182216"],
        ["指挥部", "副总指挥", "张海涛", "029-83361020", "13572098135"],
        ["指挥部办公室（港务区应急管理局）", "主任", "王\u3000磊", "029-83361106", "18691870342"],
        ["指挥部办公室（港务区应急管理局）", "值班室", "——", "029-83361110", "——"],
        ["港务区物流发展局", "副局长", "陈晓燕", "029-83361253", "13991366820"],
        ["港务区公安分局", "指挥中心主任", "赵\u3000毅", "029-83360110", "13809257761"],
        ["港务区消防救援大队", "大队长", "孙\u3000伟", "029-83360119", "15319476603"],
        ["新筑车站", "站长", "杨立新", "029-86372215", "13649210587"],
        ["西安港海关", "副关长", "周\u3000敏", "029-83362808", "13186087716"],
        ["西安国际陆港多式联运有限公司", "总调度", "李文博", "029-83369936", "17391803362"],
    ], widths=[52, 28, 22, 30, 30], merge_cols=(0,), size=12)

    b.banji("抄送：西安市人民政府办公厅，西安市应急管理局，西安海关。",
            "西安国际港务区管理委员会办公室", "2025年7月3日印发", 14)
    return b.save("blind488_xian_tongzhi"), b.docs


# =====================================================================
# 2. 郑州新郑综合保税区突发事件应急预案（2025年修订） — standalone
# =====================================================================
def make_zhengzhou():
    b = Builder()
    hd = b.add_abstract_num(91, [
        ("decimal", "%1", "space", HT, 16, False, 640),
        ("decimal", "%1.%2", "space", KT, 16, False, 640),
    ])
    title = "郑州新郑综合保税区突发事件应急预案（2025年修订）"
    att1 = "郑州新郑综合保税区突发事件应急联络表"
    att2 = "郑州新郑综合保税区应急救援物资储备清单"
    b.start({
        "title": title,
        "doc_number": None,
        "issuer": ["郑州新郑综合保税区管理委员会"],
        "date": "2025-09-16",
        "published": None,
        "level": "zone",
        "region": "郑州新郑综合保税区",
        "effective": "2025-10-01",
        "expires": None,
        "attachments": [att1, att2],
        "doc_type": "预案",
        "recipients": [],
        "publicity": None,
        "repeals": "2020年8月印发的《郑州新郑综合保税区突发事件应急预案》",
    })
    b.blank(1)
    b.title(["郑州新郑综合保税区突发事件应急预案"])
    b.p("（2025年修订）", font=KT, size=16, align="center", indent=False)
    b.blank(1)

    def h1(t):
        b.p(t, font=HT, num=(hd, 0), indent=True)

    def h2(t):
        b.p(t, font=KT, num=(hd, 1), indent=True)

    h1("总则")
    h2("编制目的")
    b.c("为规范郑州新郑综合保税区（以下简称综保区）突发事件应急管理工作，提高综保区应对突发事件的组织指挥和应急处置能力，"
        "保障区内人员生命财产安全和海关监管秩序，维护国际供应链稳定，制定本预案。")
    h2("编制依据")
    b.c("《中华人民共和国突发事件应对法》《中华人民共和国海关法》《中华人民共和国海关综合保税区管理办法》"
        "《河南省突发事件总体应急预案》《郑州市突发事件总体应急预案》等法律法规和有关规定。")
    h2("适用范围")
    b.c("本预案适用于综保区围网内及卡口、查验场地、公共保税仓库、海关监管作业场所发生的下列突发事件的应对工作：")
    b.c("①生产安全事故，包括火灾、爆炸、危险化学品泄漏、特种设备事故、建筑施工事故等；", left_chars=0)
    b.c("②自然灾害，包括暴雨洪涝、大风、冰雪、地震等；")
    b.c("③公共卫生事件，包括传染病疫情、群体性不明原因疾病、食物中毒等；")
    b.c("④社会安全事件，包括区内企业群体性劳资纠纷、围网设施遭受破坏、走私等违法犯罪活动引发的事件；")
    b.c("⑤监管运行事件，包括卡口系统、辅助管理系统、金关二期等信息系统故障导致通关中断超过2小时的事件。")
    h2("工作原则")
    b.c("以人为本、减少危害；统一领导、分级负责；快速反应、协同应对；依法规范、兼顾监管。应急处置过程中，"
        "涉及海关监管货物的，应当同时落实海关监管要求，防止监管货物灭失或者非法流出围网。")

    h1("组织机构与职责")
    h2("领导机构")
    b.c("综保区设立突发事件应急领导小组（以下简称领导小组），组长由管委会主任担任，常务副组长由管委会分管安全生产的副主任担任，"
        "副组长由郑州新郑海关分管副关长、管委会安全生产监督管理局局长担任。")
    b.c("领导小组下设办公室，设在管委会安全生产监督管理局，负责应急值守、信息汇总、综合协调等日常工作。")
    h2("成员单位职责")
    b.c("各成员单位职责分工如下：")
    b.table(["成员单位", "主要职责"], [
        ["管委会安全生产监督管理局", "承担领导小组办公室日常工作；负责生产安全事故应急处置的组织协调；牵头组织预案演练和评估。"],
        ["郑州新郑海关", "负责突发事件涉及的海关监管货物的监管处置；启动应急通关措施；协调卡口、查验场地恢复运行。"],
        ["管委会经济发展局", "负责协调区内企业恢复生产经营；统计突发事件造成的经济损失；协调保障物资供应。"],
        ["公安分局综保区派出所", "负责现场警戒、交通管制和治安秩序维护；依法打击违法犯罪活动。"],
        ["综保区消防救援站", "负责火灾扑救、危险化学品泄漏处置和抢险救援。"],
        ["综保区运营公司", "负责围网、卡口、仓库等公共设施的抢修恢复；组织企业员工疏散安置；提供应急物资和车辆保障。"],
    ], widths=[48, 108], size=12)
    h2("现场指挥部")
    b.c("Ⅲ级以上突发事件发生后，领导小组设立现场指挥部，现场指挥长由领导小组指定。现场指挥部下设综合协调、抢险救援、"
        "监管保障、治安警戒、医疗救护、后勤保障6个工作组，具体组成由现场指挥长根据事件情况确定。")

    h1("风险防控与预警")
    h2("风险防控")
    b.c("区内企业是本企业安全生产和突发事件防范的第一责任人，应当定期开展风险辨识和隐患排查，"
        "建立隐患台账并落实整改。存储危险化学品的保税仓库，应当在海关和应急管理部门备案，并设置明显标识。")
    h2("预警发布")
    b.c("领导小组办公室根据气象、地震、卫生健康等部门发布的预警信息，以及区内监测情况，及时通过短信、企业微信群、"
        "广播等方式向区内企业发布预警信息，并督促采取防范措施。遇暴雨红色预警时，区内露天作业一律停止，"
        "低洼地段仓库应当提前转移货物。")

    h1("应急响应")
    h2("响应分级")
    b.c("综保区突发事件应急响应分为Ⅰ级（特别重大）、Ⅱ级（重大）、Ⅲ级（较大）、Ⅳ级（一般）四级，判定标准和启动主体如下表：")
    b.table(["级别", "事件类型", "判定标准", "启动主体"], [
        ["Ⅰ级（特别重大）", "生产安全事故", "造成或者可能造成10人以上死亡，或者50人以上重伤", "报请郑州市人民政府启动"],
        ["Ⅰ级（特别重大）", "监管运行事件", "综保区卡口全部关闭或者通关系统中断72小时以上", "报请郑州市人民政府启动"],
        ["Ⅱ级（重大）", "生产安全事故", "造成或者可能造成3人以上10人以下死亡，或者10人以上50人以下重伤", "领导小组组长"],
        ["Ⅱ级（重大）", "监管运行事件", "通关系统中断24小时以上72小时以下", "领导小组组长"],
        ["Ⅲ级（较大）", "生产安全事故", "造成1至2人死亡，或者3人以上10人以下重伤", "领导小组常务副组长"],
        ["Ⅲ级（较大）", "监管运行事件", "通关系统中断8小时以上24小时以下", "领导小组常务副组长"],
        ["Ⅳ级（一般）", "生产安全事故", "造成3人以下重伤，或者直接经济损失100万元以下", "领导小组办公室"],
        ["Ⅳ级（一般）", "监管运行事件", "通关系统中断2小时以上8小时以下", "领导小组办公室"],
    ], widths=[30, 28, 62, 36], merge_cols=(0, 3), size=12)
    b.c("对其他类型突发事件，参照上述标准，由领导小组办公室提出响应级别建议。")
    h2("应急处置流程")
    b.c("应急处置按照以下步骤进行：")
    b.c("（1）接报。领导小组办公室实行24小时值班制度（值班电话：0371-86198110），接到突发事件报告后，"
        "详细记录事发时间、地点、单位、事件类型、伤亡情况和已采取的措施。")
    b.c("（2）核实。值班人员接报后15分钟内通过电话、视频监控等方式核实情况，并报告领导小组办公室主任。")
    b.c("（3）报告。领导小组办公室在接报后30分钟内电话报告领导小组，1小时内书面报告；Ⅲ级以上突发事件，"
        "同时报告郑州市应急管理局和郑州航空港经济综合实验区管理委员会。")
    b.c("（4）启动。启动主体根据事件级别决定启动相应级别应急响应，领导小组办公室通知各成员单位赶赴现场。")
    b.c("（5）处置。现场指挥部组织开展以下工作：")
    b.c("①组织人员疏散、搜救和医疗救治；")
    b.c("②设置警戒区域，实施交通管制；")
    b.c("③对受影响的海关监管货物进行登记、隔离和看管，需要转移的，在海关监管下转移；")
    b.c("④抢修围网、卡口和信息系统，尽快恢复监管秩序。")
    b.c("（6）终止。事件处置完毕、次生衍生危害消除后，由启动主体宣布应急响应终止。")
    b.c("（7）评估。应急响应终止后15日内，领导小组办公室组织对处置工作进行总结评估，形成评估报告报管委会。")
    h2("信息发布")
    b.c("突发事件信息由领导小组按照有关规定统一发布，涉及海关监管事项的，会同郑州新郑海关发布。")

    h1("应急保障")
    h2("队伍保障")
    b.c("综保区运营公司组建不少于30人的专职应急抢险队伍，区内重点企业组建兼职应急队伍，每半年至少开展1次联合演练。")
    h2("物资保障")
    b.c("综保区运营公司按照附件2所列清单储备应急救援物资，建立物资台账，定期检查、及时补充更新。")
    h2("通关保障")
    b.c("突发事件期间，郑州新郑海关对急需的救援物资、受影响企业的生产原料开辟绿色通道，实行“即到即查、即查即放”。")

    h1("附则")
    h2("预案管理")
    b.c("本预案由综保区管委会安全生产监督管理局负责解释，原则上每3年修订1次。")
    h2("实施时间")
    b.c("本预案自2025年10月1日起施行。2020年8月印发的《郑州新郑综合保税区突发事件应急预案》同时废止。")
    b.blank(1)
    # 附件 list with hanging layout by spaces
    b.p("附件：1.郑州新郑综合保税区突发事件应急联络表", indent=True, align="left")
    b.p("\u3000\u3000\u3000\u3000\u3000" + "2.郑州新郑综合保税区应急救援物资储备清单", indent=True, align="left")
    b.blank(2)
    b.signature("郑州新郑综合保税区管理委员会", "2025年9月16日", 8, 10)

    b.page_break()
    b.p("附件1", font=HT, indent=False, align="left")
    b.blank(1)
    b.p(att1, font=XBS, size=18, indent=False, align="center")
    b.blank(1)
    b.table(["序号", "单位", "职务", "姓名", "办公电话", "手机"], [
        ["1", "领导小组", "组长", "马振华", "0371-86198001", "139-3851-0627"],
        ["2", "领导小组", "常务副组长", "郭永强", "0371-86198006", "137-8373-2156"],
        ["3", "领导小组办公室", "主任", "冯丽君", "0371-86198102", "150-3990-4412"],
        ["4", "领导小组办公室", "24小时值班", "——", "0371-86198110", "——"],
        ["5", "郑州新郑海关", "副关长", "韩卫东", "0371-86198560", "138-0386-7205"],
        ["6", "公安分局综保区派出所", "所长", "宋  涛", "0371-86198700", "135-2547-9931"],
        ["7", "综保区消防救援站", "站长", "邓  辉", "0371-86198119", "189-3719-6620"],
        ["8", "综保区运营公司", "总经理", "许文亮", "0371-86198388", "186-0371-5508"],
    ], widths=[12, 38, 24, 18, 32, 32], size=10.5)

    b.page_break()
    b.p("附件2", font=HT, indent=False, align="left")
    b.blank(1)
    b.p(att2, font=XBS, size=18, indent=False, align="center")
    b.blank(1)
    b.table(["序号", "物资名称", "规格型号", "数量", "存放地点"], [
        ["1", "移动式排水泵", "流量300m³/h", "6台", "综保区应急物资库"],
        ["2", "防汛沙袋", "50kg", "3000个", "综保区应急物资库"],
        ["3", "正压式空气呼吸器", "6.8L", "20套", "综保区消防救援站"],
        ["4", "化学品堵漏工具", "组合式", "4套", "综保区消防救援站"],
        ["5", "应急照明车", "—", "2辆", "运营公司车辆场"],
        ["6", "防化服", "轻型", "40套", "综保区应急物资库"],
    ], widths=[12, 40, 30, 20, 50], size=12)
    return b.save("blind488_zhengzhou_yuan"), b.docs


# =====================================================================
# 3. 合肥市人民政府办公室：印发合肥中欧班列集结中心突发事件应急预案的通知
# =====================================================================
def make_hefei():
    b = Builder()
    notice_title = "合肥市人民政府办公室关于印发合肥中欧班列集结中心突发事件应急预案的通知"
    plan_title = "合肥中欧班列集结中心突发事件应急预案"
    contact_title = "合肥中欧班列集结中心突发事件应急联络表"
    b.start({
        "title": notice_title,
        "doc_number": "合政办〔2026〕5号",
        "issuer": ["合肥市人民政府办公室"],
        "date": "2026-01-20",
        "published": None,
        "level": "municipal",
        "region": "合肥市",
        "effective": None,
        "expires": None,
        "attachments": [plan_title],
        "doc_type": "通知",
        "recipients": ["各县（市）、区人民政府", "市政府各部门", "各直属机构"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    b.red_header("合肥市人民政府办公室文件", "合政办〔2026〕5号")
    # one title paragraph with a soft line break
    b.p("合肥市人民政府办公室\n关于印发合肥中欧班列集结中心突发事件\n应急预案的通知",
        font=XBS, size=22, align="center", indent=False, line=36)
    b.blank(1)
    b.p("各县（市）、区人民政府，市政府各部门、各直属机构：", indent=False, align="left")
    # body paragraphs indented by typed full-width spaces, no paragraph indent
    b.c("\u3000\u3000《合肥中欧班列集结中心突发事件应急预案》已经市政府同意，现印发给你们，请认真组织实施。", indent=False)
    b.c("\u3000\u3000各县（市）区政府和市有关部门要按照预案明确的职责分工，健全应急联动机制，加强应急队伍和物资保障，"
        "定期开展应急演练，切实提高中欧班列突发事件应急处置能力，确保班列安全稳定运行。", indent=False)
    b.c("\u3000\u3000联系人：市口岸办综合物流处 吴晓东，联系电话：0551-63538217。", indent=False)
    b.p("", indent=False)
    b.p("\u3000\u3000附件：合肥中欧班列集结中心突发事件应急预案", indent=False, align="left")
    b.blank(2)
    b.signature("合肥市人民政府办公室", "二〇二六年一月二十日", 11, 11)
    b.p("\u3000\u3000（此件公开发布）", indent=False, align="left")

    b.page_break()
    b.start({
        "title": plan_title,
        "doc_number": None,
        "issuer": ["合肥市人民政府办公室"],
        "date": "2026-01-20",
        "published": None,
        "level": "municipal",
        "region": "合肥市",
        "effective": "2026-02-01",
        "expires": None,
        "attachments": [contact_title],
        "doc_type": "预案",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    })
    b.p("附件", font=HT, indent=False, align="left")
    b.blank(1)
    b.title([plan_title])
    b.blank(1)

    def h1(t):
        b.p(t, font=HT, indent=True)

    def run2(num, head, body):
        # bold run-in heading separated by full-width spaces
        b.p(runs=[(num + "\u3000" + head, FS, True), ("\u3000" + body, FS, False)], clause=True)

    h1("1  总则")
    run2("1.1", "编制目的", "为有效应对合肥中欧班列集结中心（以下简称集结中心）运营中发生的各类突发事件，保障班列运行安全和国际物流通道畅通，"
         "维护我市开放型经济稳定发展，制定本预案。")
    run2("1.2", "编制依据", "《中华人民共和国突发事件应对法》《中华人民共和国安全生产法》《安徽省突发事件总体应急预案》"
         "《合肥市突发事件总体应急预案》等。")
    run2("1.3", "适用范围", "本预案适用于集结中心（包括合肥北站物流基地、合肥国际内陆港及合肥经济技术开发区综合保税区中欧班列监管作业场所）"
         "范围内发生的，以及合肥始发、到达的中欧班列在境内运行中发生的需由我市处置的突发事件。")
    run2("1.4", "事件分类", "集结中心突发事件主要包括：")
    b.c("（1）事故灾难类：铁路交通事故、装卸搬运事故、集装箱火灾、危险货物泄漏等；")
    b.c("（2）自然灾害类：暴雨、暴雪、冰冻、大风、雷电等极端天气及地震灾害；")
    b.c("（3）公共卫生类：重大传染病疫情、进口货物携带有害生物疫情等；")
    b.c("（4）运营中断类：境外口岸关闭、国际通道中断、运营平台经营异常等导致班列停开或者货物滞留。")
    b.p("", indent=False)

    h1("2  组织指挥体系")
    run2("2.1", "市级指挥机构", "市政府成立合肥中欧班列集结中心突发事件应急指挥部（以下简称市指挥部），指挥长由分管副市长担任，"
         "副指挥长由市政府分管副秘书长、市口岸办主任、市应急管理局局长担任。")
    run2("2.2", "指挥部办公室", "市指挥部办公室设在市口岸办，承担市指挥部日常工作，负责信息收集、报送和协调联络。")
    run2("2.3", "成员单位", "市发展改革委、市商务局、市口岸办、市应急管理局、市公安局、市交通运输局、市卫生健康委、市外办、"
         "市消防救援支队，合肥海关，中国铁路上海局集团有限公司合肥货运中心，合肥中欧班列运营平台公司等。")
    run2("2.4", "运营企业", "合肥中欧班列运营平台公司是集结中心突发事件应对的责任主体，应当建立健全应急管理制度，"
         "配备专（兼）职应急救援队伍，第一时间组织先期处置。")
    b.p("", indent=False)

    h1("3  响应分级")
    run2("3.1", "分级标准", "根据突发事件危害程度和影响范围，应急响应分为I级、II级、III级、IV级，具体如下：")
    b.table(["响应级别", "判定标准", "启动主体"], [
        ["I级", "特别重大突发事件，或者合肥始发国际班列全线停运7日以上", "报请省人民政府启动"],
        ["II级", "重大突发事件，或者集结中心停止作业72小时以上", "市人民政府（市指挥部指挥长）"],
        ["III级", "较大突发事件，或者集结中心停止作业24小时以上72小时以下", "市指挥部副指挥长（市口岸办主任）"],
        ["IV级", "一般突发事件，或者集结中心停止作业24小时以下", "市指挥部办公室"],
    ], widths=[24, 86, 46], size=12)
    run2("3.2", "响应调整", "应急响应启动后，可视事态发展和处置情况对响应级别进行相应调整，避免响应不足或者响应过度。")
    b.p("", indent=False)

    h1("4  应急处置")
    run2("4.1", "处置流程", "应急处置按以下流程进行：")
    b.c("1．报告。运营企业在突发事件发生后15分钟内向市指挥部办公室电话报告，1小时内书面报告，"
        "报告内容包括事件发生时间、地点、涉及班列车次、货物品类、人员伤亡和已采取措施等。")
    b.c("2．先期处置。运营企业和铁路部门立即组织现场人员自救互救，控制危险源，划定警戒区域，并做好货物、单证等证据保全。")
    b.c("3．分级响应。市指挥部办公室会同有关单位研判事件等级，按照本预案3.1规定报请启动相应级别响应。")
    b.c("4．协同处置。各成员单位按照职责开展处置：")
    b.c("（1）公安、消防部门负责人员搜救、火灾扑救和现场秩序维护；")
    b.c("（2）合肥海关负责受影响进出境货物的应急通关和检疫处置；")
    b.c("（3）市商务局、市口岸办负责协调境外代理、班列运营平台和沿线口岸，组织货物转运或者改道；")
    b.c("（4）市卫生健康委负责伤员医疗救治和卫生防疫。")
    b.c("5．信息发布。突发事件信息由市指挥部按照有关规定统一发布，涉及外国籍人员或者境外货主的，应当会同市外办做好涉外沟通。")
    b.c("6．应急结束。事件处置完毕、班列恢复正常开行后，由启动响应的主体宣布应急结束。")
    run2("4.2", "恢复运营", "应急结束后，市口岸办会同铁路部门、运营平台公司制定班列恢复开行计划，优先保障滞留货物发运，"
         "并协调合肥海关做好积压货物的通关验放。")
    b.p("", indent=False)

    h1("5  保障措施")
    run2("5.1", "经费保障", "市财政局按规定保障市级应急处置工作经费；运营企业应当按规定提取安全生产费用，用于应急能力建设。")
    run2("5.2", "运力保障", "铁路部门和运营平台公司应当建立应急运力储备，必要时启用公路、航空等替代运输方式。")
    run2("5.3", "宣传培训", "市指挥部办公室每年组织不少于1次应急培训和演练，提高从业人员应急处置能力。")
    b.p("", indent=False)

    h1("6  附则")
    run2("6.1", "预案修订", "本预案由市口岸办负责组织评估和修订，原则上每3年修订1次。")
    run2("6.2", "预案实施", "本预案自2026年2月1日起实施。")
    b.p("", indent=False)
    b.p("附：" + contact_title, indent=True, align="left")

    b.page_break()
    b.p("附", font=HT, indent=False, align="left")
    b.p(contact_title, font=XBS, size=18, indent=False, align="center")
    b.blank(1)
    b.table(["单位", "职务", "姓名", "办公电话", "手机"], [
        ["市指挥部办公室（市口岸办）", "主任", "唐志远", "0551-63538201", "13805601187"],
        ["市指挥部办公室（市口岸办）", "综合物流处处长", "吴晓东", "0551-63538217", "13956932270"],
        ["市应急管理局", "应急指挥中心主任", "许  峰", "0551-62638110（24小时）", "18955103361"],
        ["市商务局", "对外贸易处处长", "章丽萍", "0551-63538432", "13339083512"],
        ["合肥海关", "口岸监管处副处长", "程  军", "0551-63355172", "15905516628"],
        ["合肥货运中心", "调度科科长", "汪海波", "0551-62109235", "13865917740"],
        ["合肥中欧班列运营平台公司", "安全总监", "鲍  颖", "0551-65773106", "17755167019"],
    ], widths=[46, 36, 18, 36, 28], size=11)

    b.banji("抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院。",
            "合肥市人民政府办公室", "2026年1月21日印发", 22)
    return b.save("blind488_hefei_tongzhi"), b.docs


def to_pdf(path):
    subprocess.run([
        "soffice", "-env:UserInstallation=file:///tmp/lo_488", "--headless",
        "--convert-to", "pdf", "--outdir", HERE, path,
    ], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for fn in (make_xian, make_zhengzhou, make_hefei):
        path, docs = fn()
        stem = os.path.splitext(os.path.basename(path))[0]
        expected[stem] = docs
        to_pdf(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
