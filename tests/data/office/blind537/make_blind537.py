# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 537: 综合保税区“四自一简” / 企业集团加工贸易监管改革试点方案 + 政策问答."""
import copy
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
RED = RGBColor(0xFF, 0x00, 0x00)

SANHAO = 16
ERHAO = 22


def set_font(run, name, size=SANHAO, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color


def border_bottom(paragraph, color="FF0000", sz=18):
    ppr = paragraph._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def border_topbottom(paragraph, top=True, bottom=True, sz=8):
    ppr = paragraph._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            pbdr.append(b)
    ppr.append(pbdr)


def add_page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r._element.append(f2)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def new_document():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(SANHAO)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = Pt(28)
    add_page_number_footer(sec)
    return doc


class Builder:
    """Writes paragraphs into a docx and records the expected clauses."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = None  # list currently collecting clauses

    def start(self, clauses):
        self.clauses = clauses

    def para(self, runs, align=None, indent=True, clause=False, clause_text=None,
             line_spacing=None, soft_breaks=False):
        """runs: list of (text, font, size, bold[, color]) ; text '\n' in a run = soft line break."""
        p = self.doc.add_paragraph()
        if align is not None:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(SANHAO * 2)
        if line_spacing is not None:
            p.paragraph_format.line_spacing = Pt(line_spacing)
        for spec in runs:
            text, font, size, bold = spec[:4]
            color = spec[4] if len(spec) > 4 else None
            parts = text.split("\n")
            for i, part in enumerate(parts):
                r = p.add_run(part)
                set_font(r, font, size, bold, color)
                if i < len(parts) - 1:
                    r.add_break(WD_BREAK.LINE)
        if clause:
            t = clause_text if clause_text is not None else "".join(s[0] for s in runs).strip()
            self.clauses.append(t)
        return p

    def body(self, text, clause=True, bold_prefix=None, prefix_font=None, hand_indent=False):
        """A body paragraph in 仿宋; optional run-in heading in bold / other font."""
        runs = []
        if hand_indent:
            runs.append(("\u3000\u3000", FS, SANHAO, False))
        if bold_prefix:
            pf = prefix_font or FS
            runs.append((bold_prefix, pf, SANHAO, pf == FS))
        runs.append((text, FS, SANHAO, False))
        return self.para(runs, indent=not hand_indent, clause=clause)

    def h1(self, text, hand_indent=False):
        runs = [("\u3000\u3000" + text if hand_indent else text, HT, SANHAO, False)]
        return self.para(runs, indent=not hand_indent)

    def empty(self, n=1):
        for _ in range(n):
            self.doc.add_paragraph()

    def title(self, text, size=ERHAO):
        p = self.para([(text, XBS, size, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                      indent=False, line_spacing=36)
        return p

    def table(self, header, rows, widths=None, font=FS, size=14, record=True):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            c = t.cell(0, j)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = c.paragraphs[0].add_run(h)
            set_font(r, HT, size)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                c = t.cell(i + 1, j)
                r = c.paragraphs[0].add_run(v)
                set_font(r, font, size)
            if record:
                self.clauses.append("；".join("%s：%s" % (header[j], row[j]) for j in range(len(header))))
        if widths:
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        return t

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def red_header(self, organ_text, doc_number, size=36):
        self.empty(2)
        p = self.para([(organ_text, XBS, size, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
                      indent=False, line_spacing=50)
        self.empty(1)
        p = self.para([(doc_number, FS, SANHAO, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        border_bottom(p)
        self.empty(1)

    def banji(self, chaosong, printer, printed):
        self.empty(2)
        p = self.para([("抄送：" + chaosong, FS, 14, False)], indent=False)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        border_topbottom(p, top=True, bottom=True)
        gap = "\u3000" * max(1, 22 - len(printer) - len(printed))
        p = self.para([(printer + gap + printed, FS, 14, False)], indent=False)
        p.paragraph_format.left_indent = Pt(14)
        border_topbottom(p, top=False, bottom=True)


def no_table_borders(t):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


# ---------------------------------------------------------------- numbering (Word auto numbers)

def add_numbering(doc, fmt, lvl_text, start=1):
    """Adds an abstractNum + num to numbering.xml and returns numId. suffix = nothing."""
    numbering = doc.part.numbering_part.element
    existing = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(existing + [0]) + 10
    nums = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(nums + [0]) + 10
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    s = OxmlElement("w:start")
    s.set(qn("w:val"), str(start))
    lvl.append(s)
    nf = OxmlElement("w:numFmt")
    nf.set(qn("w:val"), fmt)
    lvl.append(nf)
    suff = OxmlElement("w:suff")
    suff.set(qn("w:val"), "nothing")
    lvl.append(suff)
    lt = OxmlElement("w:lvlText")
    lt.set(qn("w:val"), lvl_text)
    lvl.append(lt)
    lj = OxmlElement("w:lvlJc")
    lj.set(qn("w:val"), "left")
    lvl.append(lj)
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
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(aid))
    n.append(an)
    numbering.append(n)
    return nid


def apply_numbering(paragraph, num_id):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    numpr.append(il)
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(ni)
    ppr.insert(0, numpr)


def meta(title, doc_number, issuer, date, level, region, doc_type, attachments=None,
         recipients=None, publicity=None, repeals=None, effective=None, expires=None, published=None):
    return {
        "title": title,
        "doc_number": doc_number,
        "issuer": issuer,
        "date": date,
        "published": published,
        "level": level,
        "region": region,
        "effective": effective,
        "expires": expires,
        "attachments": attachments or [],
        "doc_type": doc_type,
        "recipients": recipients or [],
        "publicity": publicity,
        "repeals": repeals,
    }


# ================================================================ 1. 厦门海关（方案 + 附件政策问答）

def make_xiamen():
    stem = "blind537_xiamen_fangan"
    doc = new_document()
    b = Builder(doc)
    fa_title = "厦门海关综合保税区“四自一简”监管改革试点方案"
    qa_title = "厦门海关综合保税区“四自一简”监管改革试点政策问答"
    c1, c2 = [], []
    b.start(c1)

    b.red_header("厦门海关文件", "厦关发〔2025〕52号")
    # title typed with a soft line break in the middle
    b.title("厦门海关综合保税区“四自一简”\n监管改革试点方案")
    b.empty()
    b.para([("各隶属海关，关内各处室：", FS, SANHAO, False)], indent=False)
    b.body("为贯彻落实海关总署关于深化综合保税区改革、促进加工贸易高质量发展的部署要求，进一步释放综合保税区政策红利，"
           "支持区内企业优化供应链管理，结合厦门关区实际，制定本方案。")

    b.h1("一、目标")
    b.body("以综合保税区内加工贸易企业为重点，在厦门象屿综合保税区、厦门海沧港综合保税区开展“四自一简”监管改革试点，"
           "推动企业自主备案、自定核销周期、自主核报、自主补缴税款，简化业务核准手续。到2026年底，试点企业覆盖区内主要加工制造类企业，"
           "企业通关和核销时间进一步压缩，形成可复制可推广的监管经验。")

    b.h1("二、适用范围")
    b.body("本方案适用于在厦门象屿综合保税区、厦门海沧港综合保税区内开展加工贸易、保税维修、研发设计等业务，并同时符合下列条件的企业：")
    b.body("（一）海关信用等级为一般信用及以上；")
    b.body("（二）已实施加工贸易账册管理，且具有较为完善的企业资源计划（ERP）管理系统；")
    b.body("（三）能够按照海关要求设置并管理料号级数据，实现物料进、出、转、存全流程可追溯；")
    b.body("（四）近一年内未因走私行为受到海关刑事或者行政处罚。")

    b.h1("三、主要内容")
    b.body("企业可根据自身生产经营实际，自主选择以料号或者项号方式设立账册，自主确定账册备案内容，海关对备案内容原则上不再进行人工审核。",
           bold_prefix="1.自主备案。")
    b.body("企业可结合生产周期、财务核算周期等因素自主确定核销周期，核销周期最长不超过1年，报主管海关备案后执行。",
           bold_prefix="2.自定核销周期。")
    b.body("企业可自主核定保税料件耗用及单耗情况，自主确定核报方式，在核销周期结束后30日内如实向海关申报核销数据。",
           bold_prefix="3.自主核报。")
    b.body("企业在核报过程中发现需要补缴税款的，可以主动向海关申报并自行补缴税款及缓税利息，海关依法从轻、减轻或者不予行政处罚。",
           bold_prefix="4.自主补缴税款。")
    b.body("对外发加工、深加工结转、余料结转、不作价设备监管等业务，由海关事前核准调整为企业自主备案，海关不再逐票核准；"
           "对企业申请内销的，实行“集中申报、自行缴税”。",
           bold_prefix="5.简化业务核准手续。")
    b.body("对试点企业实施差别化监管，减少常规稽核查频次，将企业守法自律情况作为信用管理的重要参考。",
           bold_prefix="6.实施差别化监管。")

    b.h1("四、保障措施")
    b.body("成立由关领导牵头，加工贸易监管、综合业务、企业管理和稽查、缉私等部门组成的试点工作专班，统筹推进试点各项工作。",
           bold_prefix="（一）加强组织领导。", prefix_font=KT)
    b.body("各隶属海关要主动加强与厦门市商务局、综合保税区管理机构的沟通协作，做好政策宣讲和企业辅导，及时协调解决试点中遇到的问题。",
           bold_prefix="（二）强化协同配合。", prefix_font=KT)
    b.body("综合运用大数据分析、稽核查等手段，对试点企业实施动态监控，发现企业存在重大风险的，及时终止其试点资格。",
           bold_prefix="（三）加强风险防控。", prefix_font=KT)
    b.body("各隶属海关要于每季度结束后10个工作日内将试点工作进展情况报关加工贸易监管处，重大情况随时报告。",
           bold_prefix="（四）做好总结评估。", prefix_font=KT)
    b.body("本方案由厦门海关负责解释。")
    b.empty()
    # attachment list, label hand-indented with spaces
    b.para([("附件：" + qa_title, FS, SANHAO, False)])
    b.empty(2)
    # 落款: one paragraph, manual spaces + soft break
    b.para([("\u3000" * 17 + "厦门海关\n" + "\u3000" * 15 + "2025年9月12日", FS, SANHAO, False)], indent=False)
    b.empty()
    b.body("（此件公开发布）", clause=False)

    # ---------------- 附件 政策问答
    b.page_break()
    b.start(c2)
    b.para([("附件", HT, SANHAO, False)], indent=False)
    b.empty()
    b.title(qa_title)
    b.empty()

    def q(text):
        b.para([(text, FS, SANHAO, True)], clause=True)

    def a(text):
        b.para([(text, FS, SANHAO, False)], clause=True)

    q("Q1：哪些企业可以参与“四自一简”监管改革试点？")
    a("A1：在厦门象屿综合保税区、厦门海沧港综合保税区内开展加工贸易、保税维修、研发设计等业务，海关信用等级为一般信用及以上，"
      "且具备完善的企业资源计划管理系统、能够实现料号级管理的企业，均可自愿申请参与试点。")
    q("Q2：企业如何申请参与试点？")
    a("A2：企业向主管海关提交《“四自一简”监管改革试点申请表》和企业内部管理制度说明，主管海关自收到申请之日起10个工作日内完成评估，"
      "符合条件的纳入试点企业名单并告知企业。")
    q("Q3：试点企业的核销周期如何确定？")
    a("A3：企业可结合自身生产周期和财务核算周期自主确定核销周期，报主管海关备案后执行。不同类型企业的核销周期上限如下：")
    b.table(["企业类型", "核销周期上限", "备注"], [
        ["高级认证企业", "不超过1年", "可跨自然年度确定"],
        ["一般信用企业", "不超过6个月", "—"],
        ["设立未满1年的企业", "不超过3个月", "设立满1年后可申请调整"],
    ], widths=[5, 4, 6.5])
    a("核销周期确定后，原则上在一个周期内不得变更；确需变更的，应当向主管海关书面说明理由。")
    q("Q4：企业发现少缴税款怎么办？")
    a("A4：企业在核报过程中发现需要补缴税款的，可通过国际贸易“单一窗口”加工贸易模块主动申报，自行计算并补缴税款及缓税利息。"
      "对企业主动披露且及时补缴的，海关依法从轻、减轻或者不予行政处罚。")
    q("Q5：“一简”具体简化了哪些手续？")
    a("A5：主要包括以下几类业务：")
    b.table(["业务类型", "改革前", "改革后"], [
        ["外发加工", "事前向海关申报，经核准后开展", "企业自主备案，海关不再逐票核准"],
        ["深加工结转", "逐票申报，海关审核", "企业自主备案，集中申报"],
        ["余料结转", "向海关申请，经核准后办理", "企业自主备案后直接办理"],
        ["不作价设备", "海关审核后办理进口手续", "企业自主备案"],
    ], widths=[3.5, 6, 6])
    q("Q6：试点企业在什么情况下会被终止试点资格？")
    a("A6：试点企业信用等级下调为失信企业、因走私行为受到处罚，或者未按规定如实申报核销数据、拒不配合海关稽核查的，"
      "海关将终止其试点资格，并恢复常规监管。")
    q("Q7：企业遇到问题可以向谁咨询？")
    a("A7：企业可向主管海关加工贸易监管部门咨询，也可拨打12360海关服务热线。")

    b.banji("海关总署加工贸易及保税监管司，厦门市商务局，厦门市人民政府口岸管理办公室。",
            "厦门海关办公室", "2025年9月12日印发")

    docs = [
        {"meta": meta(fa_title, "厦关发〔2025〕52号", ["厦门海关"], "2025-09-12", "municipal", "厦门市", "方案",
                      attachments=[qa_title], recipients=["各隶属海关", "关内各处室"], publicity="此件公开发布"),
         "clauses": c1},
        {"meta": meta(qa_title, None, ["厦门海关"], "2025-09-12", "municipal", "厦门市", "问答"),
         "clauses": c2},
    ]
    return stem, doc, docs


# ================================================================ 2. 苏州工业园区（联合，企业集团加工贸易）

def make_suzhou():
    stem = "blind537_suzhou_fangan"
    doc = new_document()
    b = Builder(doc)
    fa_title = "苏州工业园综合保税区企业集团加工贸易监管改革试点方案"
    qa_title = "苏州工业园综合保税区企业集团加工贸易监管改革试点政策问答"
    c1, c2 = [], []
    b.start(c1)

    # joint red header laid out in a borderless table
    b.empty(2)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_table_borders(t)
    for i, organ in enumerate(["苏州工业园区海关", "苏州工业园区管理委员会"]):
        cp = t.cell(i, 0).paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = cp.add_run(organ)
        set_font(r, XBS, 24, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cp = m.paragraphs[0]
    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = cp.add_run("文件")
    set_font(r, XBS, 40, color=RED)
    t.autofit = False
    t.columns[0].width = Cm(12.0)
    t.columns[1].width = Cm(3.5)
    for row in t.rows:
        row.cells[0].width = Cm(12.0)
        row.cells[1].width = Cm(3.5)
    b.empty()
    p = b.para([("苏园关发〔2026〕7号", FS, SANHAO, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border_bottom(p)
    b.empty()

    b.title(fa_title)
    b.empty()
    b.para([("园区各有关部门，各有关单位：", FS, SANHAO, False)], indent=False)
    # body paragraphs indented by typed full-width spaces
    HI = dict(hand_indent=True)
    b.body("为深化苏州工业园综合保税区加工贸易监管改革，支持企业集团统筹配置保税料件、设备等资源，提升产业链供应链韧性，"
           "根据海关总署关于企业集团加工贸易监管改革的有关要求，结合园区实际，制定本方案。", **HI)

    # level-1 headings with Word automatic Chinese numbering (一、二、…)
    h_num = add_numbering(doc, "chineseCounting", "%1、")

    def h1(text):
        p = b.para([(text, HT, SANHAO, False)], indent=True)
        apply_numbering(p, h_num)

    h1("目标")
    b.body("以苏州工业园综合保税区内加工贸易企业集团为试点对象，以企业集团为单元实施加工贸易监管，推动保税料件、设备在集团成员企业间自主流转、"
           "统一核销。力争试点期内培育不少于10家试点企业集团，集团内保税货物流转时间压缩50%以上。", **HI)
    h1("适用范围")
    b.body("本方案适用于同时符合下列条件的企业集团：", **HI)
    b.body("（一）集团母公司或者牵头企业注册在苏州工业园综合保税区内，且集团成员企业中至少有2家在区内开展加工贸易业务；", **HI)
    b.body("（二）牵头企业及成员企业海关信用等级均为一般信用及以上；", **HI)
    b.body("（三）集团建立统一的信息化管理系统，能够对保税料件、成品、设备实施集中管理并与海关联网。", **HI)
    b.body("集团内注册在综合保税区外的成员企业，可参照本方案申请加入试点，具体按照海关有关规定办理。", **HI)
    h1("主要内容")
    # items 1.–6. carry Word automatic decimal numbering ("%1." with no tab)
    i_num = add_numbering(doc, "decimal", "%1.")
    items = [
        ("实施集团统一账册管理。", "牵头企业可代表集团向海关申请设立集团账册，集团成员企业共用一本账册，实现保税料件集团内统一备案、统一管理。"),
        ("保税料件自主调配。", "集团成员企业间可根据生产需要自主调配保税料件，无需办理深加工结转或者余料结转手续，按月向海关集中申报调配情况。"),
        ("设备集团内共享使用。", "集团成员企业的不作价设备、保税设备可在集团内共享使用，企业报海关备案后即可流转，使用期满后按规定办理结转或者退运手续。"),
        ("统一核销。", "以集团为单元实施核销，牵头企业可自主确定核销周期，最长不超过1年，核销周期结束后30日内统一报核。"),
        ("外发加工集中备案。", "集团成员企业之间以及集团成员企业委托区外企业开展外发加工的，实行一次备案、全年有效。"),
        ("实施集团信用联动。", "海关对试点企业集团实施信用联动管理，集团成员企业发生失信行为的，对牵头企业予以重点关注。"),
    ]
    for k, (head, text) in enumerate(items, 1):
        p = b.para([(head, FS, SANHAO, True), (text, FS, SANHAO, False)], indent=True, clause=True,
                   clause_text="%d.%s%s" % (k, head, text))
        apply_numbering(p, i_num)
    h1("保障措施")
    b.body("苏州工业园区海关与苏州工业园区管理委员会建立联席会议制度，定期会商试点推进中的重大事项。",
           bold_prefix="（一）健全工作机制。", prefix_font=KT, hand_indent=True)
    b.body("园区管委会对纳入试点的企业集团在信息化系统建设、供应链管理等方面给予支持，具体按照园区有关产业政策执行。",
           bold_prefix="（二）强化政策支持。", prefix_font=KT, hand_indent=True)
    b.body("海关对试点企业集团实施风险分析和动态监控，对发现违规问题的，依法处置并视情终止试点。",
           bold_prefix="（三）加强事中事后监管。", prefix_font=KT, hand_indent=True)
    b.body("本方案自2026年4月1日起施行，试点期至2028年3月31日。", **HI)
    b.empty()
    b.para([("\u3000\u3000附件：" + qa_title, FS, SANHAO, False)], indent=False)
    b.empty(3)
    # 落款 in a borderless layout table (two organs side by side, date below)
    t = doc.add_table(rows=2, cols=2)
    no_table_borders(t)
    for j, txt in enumerate(["苏州工业园区海关", "苏州工业园区管理委员会"]):
        cp = t.cell(0, j).paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = cp.add_run(txt)
        set_font(r, FS, SANHAO)
    cp = t.cell(1, 1).paragraphs[0]
    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = cp.add_run("2026年3月20日")
    set_font(r, FS, SANHAO)

    # ---------------- 附件 政策问答: Q bold run + A normal run in one paragraph
    b.page_break()
    b.start(c2)
    b.para([("附件", HT, SANHAO, False)], indent=False)
    b.empty()
    b.title(qa_title)
    b.empty()

    def qa(qt, at):
        b.para([(qt, FS, SANHAO, True), (at, FS, SANHAO, False)], clause=True)

    qa("Q1：什么是企业集团加工贸易监管模式？",
       "A1：企业集团加工贸易监管模式是指以企业集团为单元，以信息化系统为依托，对集团内加工贸易企业实施整体监管的模式。"
       "集团成员企业可在集团内自主调配保税料件、共享使用设备，实现统一核销。")
    qa("Q2：企业集团如何申请参与试点？",
       "A2：由牵头企业向苏州工业园区海关提交试点申请书、集团成员企业清单及集团信息化系统说明材料。"
       "海关会同园区管委会自受理之日起15个工作日内完成评估，并将结果书面告知牵头企业。")
    qa("Q3：集团内保税料件调配需要办理哪些手续？",
       "A3：集团成员企业间调配保税料件，无需办理深加工结转或者余料结转手续，由牵头企业按月汇总向海关集中申报。不同情形的申报要求如下：")
    b.table(["调配情形", "申报方式", "申报时限"], [
        ["区内成员企业之间调配", "按月集中申报", "次月15日前"],
        ["区内成员企业向区外成员企业调配", "按月集中申报并办理出区手续", "次月15日前"],
        ["区外成员企业向区内成员企业调配", "按票申报", "货物实际流转前"],
    ], widths=[6, 6, 3.5])
    b.para([("申报时限遇法定节假日的，顺延至节假日后第一个工作日。", FS, SANHAO, False)], clause=True)
    qa("Q4：设备在集团内共享使用有什么要求？",
       "A4：共享使用的设备应当已在集团账册内备案，企业在设备流转前向海关备案流转信息即可，无需逐次审批。设备在集团外使用的，仍按现行规定办理。")
    qa("Q5：试点期间企业集团成员发生变化怎么办？",
       "A5：集团新增或者减少成员企业的，牵头企业应当自变化之日起10个工作日内向海关办理变更手续。")
    qa("Q6：园区对试点企业集团有哪些支持政策？",
       "A6：对纳入试点的企业集团，园区管委会可按照园区有关产业政策，对其信息化系统建设和改造投入给予补助，单个集团补助金额最高不超过100万元。")

    b.banji("南京海关，苏州市商务局，苏州市人民政府口岸办公室。", "苏州工业园区海关办公室", "2026年3月20日印发")

    issuers = ["苏州工业园区海关", "苏州工业园区管理委员会"]
    docs = [
        {"meta": meta(fa_title, "苏园关发〔2026〕7号", issuers, "2026-03-20", "zone", "苏州工业园综合保税区", "方案",
                      attachments=[qa_title], recipients=["园区各有关部门", "各有关单位"],
                      effective="2026-04-01", expires="2028-03-31"),
         "clauses": c1},
        {"meta": meta(qa_title, None, issuers, "2026-03-20", "zone", "苏州工业园综合保税区", "问答"),
         "clauses": c2},
    ]
    return stem, doc, docs


# ================================================================ 3. 重庆海关（通知 + 方案 + 问答）

def make_chongqing():
    stem = "blind537_chongqing_tongzhi"
    doc = new_document()
    b = Builder(doc)
    tz_title = "重庆海关关于印发综合保税区“四自一简”监管改革扩大试点方案的通知"
    fa_title = "重庆海关综合保税区“四自一简”监管改革扩大试点方案"
    qa_title = "重庆海关综合保税区“四自一简”监管改革扩大试点政策问答"
    c0, c1, c2 = [], [], []
    b.start(c0)

    b.red_header("重庆海关文件", "渝关发〔2024〕88号")
    b.title("重庆海关关于印发综合保税区“四自一简”\n监管改革扩大试点方案的通知")
    b.empty()
    b.para([("各隶属海关，关内各部门：", FS, SANHAO, False)], indent=False)
    b.body("为进一步深化综合保税区改革，在总结前期试点经验的基础上，重庆海关决定在关区综合保税区扩大“四自一简”监管改革试点范围。"
           "现将《" + fa_title + "》及政策问答印发给你们，请结合实际认真贯彻执行。")
    b.body("自本方案实施之日起，《重庆海关关于印发综合保税区“四自一简”监管改革试点方案的通知》（渝关发〔2023〕41号）同时废止。")
    b.body("执行中遇到的问题，请及时报关加工贸易监管处。")
    b.empty()
    # attachment list: second line aligned with typed spaces
    b.para([("附件：1.", FS, SANHAO, False), (fa_title, FS, SANHAO, False)])
    b.para([("\u3000\u3000\u3000 2." + qa_title, FS, SANHAO, False)])
    b.empty(3)
    b.para([("重庆海关", FS, SANHAO, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    b.para([("2024年11月25日", FS, SANHAO, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(40)
    b.empty()
    b.body("（此件公开发布）", clause=False)

    # ---------------- 附件1 方案
    b.page_break()
    b.start(c1)
    b.para([("附件1", HT, SANHAO, False)], indent=False)
    b.empty()
    b.title(fa_title)
    b.empty()
    b.body("为复制推广“四自一简”监管改革试点经验，进一步优化综合保税区营商环境，服务内陆开放高地建设，结合重庆关区实际，制定本方案。")
    b.h1("一、目标")
    b.body("在前期重庆西永综合保税区试点基础上，将“四自一简”监管改革扩大至关区全部综合保税区。到2025年底，符合条件的区内加工贸易企业应纳尽纳，"
           "企业账册核销平均时长压缩30%以上。")
    b.h1("二、适用范围")
    b.body("本方案适用于重庆西永综合保税区、重庆两路果园港综合保税区、重庆江津综合保税区、重庆涪陵综合保税区、重庆永川综合保税区、"
           "重庆万州综合保税区内符合条件的加工贸易企业。")
    b.body("企业申请参与试点，应当具备海关认可的企业资源计划管理系统，海关信用等级为一般信用及以上，且近一年内未因走私行为受到海关处罚。")
    b.h1("三、主要内容")
    # run-in headings typed in 楷体, not bold
    items = [
        ("1.自主备案。", "企业根据生产经营实际自主确定账册备案内容，海关对备案内容原则上不再进行人工审核。"),
        ("2.自定核销周期。", "企业结合生产周期、财务核算周期等自主确定核销周期，最长不超过1年。"),
        ("3.自主核报。", "企业自主核定保税料件耗用情况，在核销周期结束后30日内向海关如实申报核销数据。"),
        ("4.自主补缴税款。", "企业在核报中发现需要补缴税款的，主动向海关申报并自行补缴税款及缓税利息。"),
        ("5.简化业务核准手续。", "外发加工、深加工结转、余料结转、不作价设备监管等业务由事前核准调整为企业自主备案。"),
        ("6.拓展适用业务范围。", "在加工贸易基础上，将试点业务范围拓展至保税维修、保税研发和委内加工业务。"),
    ]
    for head, text in items:
        b.body(text, bold_prefix=head, prefix_font=KT)
    b.h1("四、保障措施")
    b.body("关区成立由分管关领导任组长的试点工作领导小组，领导小组办公室设在加工贸易监管处，负责试点的统筹协调和督促落实。",
           bold_prefix="（一）加强组织领导。", prefix_font=KT)
    b.body("各项重点任务分工如下：", bold_prefix="（二）明确任务分工。", prefix_font=KT)
    b.table(["序号", "重点任务", "责任部门", "完成时限"], [
        ["1", "修订试点企业管理操作规程", "加工贸易监管处", "2024年12月31日前"],
        ["2", "完成金关工程二期加工贸易管理系统参数配置", "科技处", "2024年12月31日前"],
        ["3", "组织试点企业政策宣讲和培训", "各隶属海关", "2025年3月31日前"],
        ["4", "开展试点成效评估", "加工贸易监管处、企业管理和稽查处", "2025年12月31日前"],
    ], widths=[1.5, 6.5, 4.5, 3.5])
    b.body("加强对试点企业的风险分析和后续监管，对存在违规行为的企业依法处置，确保改革试点放得开、管得住。",
           bold_prefix="（三）强化风险防控。", prefix_font=KT)
    b.body("通过“关企面对面”、政策宣讲会等方式，向企业解读试点政策，引导符合条件的企业积极参与试点。",
           bold_prefix="（四）加强宣传引导。", prefix_font=KT)
    b.body("本方案自2025年1月1日起实施，有效期至2026年12月31日。")

    # ---------------- 附件2 政策问答: separate Q / A paragraphs, "A1：" label bold
    b.page_break()
    b.start(c2)
    b.para([("附件2", HT, SANHAO, False)], indent=False)
    b.empty()
    b.title(qa_title)
    b.empty()

    def q(text):
        b.para([(text, FS, SANHAO, True)], clause=True)

    def a(label, text):
        b.para([(label, FS, SANHAO, True), (text, FS, SANHAO, False)], clause=True)

    q("Q1：本次扩大试点与前期试点相比有哪些变化？")
    a("A1：", "一是试点区域由重庆西永综合保税区扩大至关区全部6个综合保税区；二是试点业务范围由加工贸易拓展至保税维修、保税研发和委内加工业务；"
              "三是信用等级要求统一调整为一般信用及以上。")
    q("Q2：已参与前期试点的企业是否需要重新申请？")
    a("A2：", "不需要。已纳入前期试点的企业自动转入扩大试点，原备案的核销周期等内容继续有效。")
    q("Q3：企业自定核销周期后能否调整？")
    a("A3：", "企业确需调整核销周期的，应当在当前核销周期结束前向主管海关提出，经备案后自下一核销周期起执行。")
    q("Q4：保税维修业务如何适用“四自一简”？")
    a("A4：", "开展保税维修业务的企业，可按照试点方案自主备案维修账册、自定核销周期，维修产生的旧件、坏件按规定处置后纳入核报。")
    q("Q5：各综合保税区的主管海关是哪个？")
    a("A5：", "企业可向所在综合保税区的主管海关申请参与试点，具体如下：")
    b.table(["综合保税区", "主管海关", "受理窗口"], [
        ["重庆西永综合保税区", "西永海关", "西永海关综合业务科"],
        ["重庆两路果园港综合保税区", "两路寸滩海关", "两路寸滩海关加工贸易监管科"],
        ["重庆江津综合保税区", "江津海关", "江津海关综合业务科"],
        ["重庆涪陵综合保税区", "涪陵海关", "涪陵海关综合业务科"],
        ["重庆永川综合保税区", "永川海关", "永川海关综合业务科"],
        ["重庆万州综合保税区", "万州海关", "万州海关综合业务科"],
    ], widths=[6, 3.5, 6])
    q("Q6：企业主动补缴税款能否免于处罚？")
    a("A6：", "企业在核报中主动发现并向海关报告少缴税款，且及时补缴税款及缓税利息的，海关依法从轻、减轻或者不予行政处罚；构成走私的，依法处理。")

    b.banji("海关总署加工贸易及保税监管司，重庆市商务委员会，关区各综合保税区管理机构。", "重庆海关办公室", "2024年11月25日印发")

    docs = [
        {"meta": meta(tz_title, "渝关发〔2024〕88号", ["重庆海关"], "2024-11-25", "provincial", "重庆市", "通知",
                      attachments=[fa_title, qa_title], recipients=["各隶属海关", "关内各部门"],
                      publicity="此件公开发布",
                      repeals="《重庆海关关于印发综合保税区“四自一简”监管改革试点方案的通知》（渝关发〔2023〕41号）"),
         "clauses": c0},
        {"meta": meta(fa_title, None, ["重庆海关"], "2024-11-25", "provincial", "重庆市", "方案",
                      effective="2025-01-01", expires="2026-12-31"),
         "clauses": c1},
        {"meta": meta(qa_title, None, ["重庆海关"], "2024-11-25", "provincial", "重庆市", "问答"),
         "clauses": c2},
    ]
    return stem, doc, docs


def main():
    expected = {}
    for fn in (make_xiamen, make_suzhou, make_chongqing):
        stem, doc, docs = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_537", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
