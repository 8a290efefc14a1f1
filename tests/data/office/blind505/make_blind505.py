# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 505: 人大法制委员会 zone 条例 revision drafts."""
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

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)
BR = object()  # soft line break marker
FW = "\u3000"  # full-width space


# ----------------------------------------------------------------- helpers
def set_font(run, font, size, bold=False, color=None):
    run.font.name = "Times New Roman" if font in (FS, KT) else font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    add_page_number(sec)
    return doc


def add_field(par, instr, font=FS, size=14):
    r1 = par.add_run()
    set_font(r1, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._element.append(fc)
    r2 = par.add_run()
    set_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._element.append(it)
    r3 = par.add_run()
    set_font(r3, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._element.append(fc)
    r4 = par.add_run("1")
    set_font(r4, font, size)
    r5 = par.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._element.append(fc)


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    add_field(p, "PAGE", "宋体", 14)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def fmt(p, align=None, indent=True, spacing=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, runs, font=FS, size=16, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
         indent=True, spacing=28, bold=False, color=None, before=0, after=0):
    """runs: str or list of str / (text, dict) / BR. Returns (paragraph, plain text)."""
    p = doc.add_paragraph()
    fmt(p, align, indent, spacing, before, after)
    if isinstance(runs, (str, tuple)):
        runs = [runs]
    text = ""
    for item in runs:
        if item is BR:
            r = p.add_run()
            r.add_break()
            continue
        if isinstance(item, tuple):
            t, o = item
        else:
            t, o = item, {}
        r = p.add_run(t)
        set_font(r, o.get("font", font), o.get("size", size), o.get("bold", bold),
                 o.get("color", color))
        text += t
    return p, text


def empty(doc, n=1, spacing=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, None, False, spacing)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def border_bottom(p, color="E60012", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def table_borders(tbl, which=("top", "left", "bottom", "right", "insideH", "insideV"), sz=4):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        if side in which:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        e.set(qn("w:space"), "0")
        b.append(e)
    tblPr.append(b)


def set_widths(tbl, widths):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in tbl.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(20)
    r = p.add_run(text)
    set_font(r, font, size, bold)


def data_table(doc, header, rows, widths, size=12):
    """Real data table; returns clause strings for rows."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, size)
    out = []
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 8 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[ri + 1].cells[ci], v, FS, size, align=al)
        out.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    set_widths(t, widths)
    return out


# numbering (Word auto numbering, （一）style)
def add_cn_numbering(doc, lvl_text="（%1）", fmt_val="chineseCounting", indent_twips=640):
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 10
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt_val), ("w:suff", "nothing"),
                     ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), str(indent_twips))
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    szz = OxmlElement("w:sz")
    szz.set(qn("w:val"), "32")
    rpr.append(szz)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    nums = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(nums + [0]) + 10
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(aid))
    num.append(a)
    numbering.append(num)
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(nid))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level=None, region=None, effective=None, expires=None, attachments=[],
                doc_type=None, recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


# ======================================================== 1. 福建 修订草案 + 说明
def build_fujian():
    doc = new_doc()
    clauses_a = []

    def art(num, body, mark_before="", mark_after="", extra=None):
        runs = []
        if mark_before:
            runs.append((mark_before, {"font": HT}))
        runs.append((num, {"font": HT}))
        runs.append(FW + body if not isinstance(body, list) else FW)
        if isinstance(body, list):
            runs.extend(body)
        if mark_after:
            runs.append((mark_after, {"font": HT}))
        _, t = para(doc, runs)
        clauses_a.append(t)

    def note(text):
        _, t = para(doc, [(text, {"font": KT, "size": 14})], indent=True)
        clauses_a.append(t)

    def item(text):
        _, t = para(doc, text)
        clauses_a.append(t)

    def chapter(text):
        para(doc, (text, {"font": HT}), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
             before=6, after=6)

    # --- title block
    empty(doc)
    para(doc, "中国（福建）自由贸易试验区条例", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    para(doc, "（修订草案征求意见稿）", KT, 16, WD_ALIGN_PARAGRAPH.CENTER, False, 30)
    para(doc, "（福建省人民代表大会法制委员会2026年3月20日提出）", KT, 14,
         WD_ALIGN_PARAGRAPH.CENTER, False, 28)
    empty(doc)
    para(doc, "目" + FW * 2 + "录", HT, 16, WD_ALIGN_PARAGRAPH.CENTER, False)
    for c in ["第一章" + FW + "总则", "第二章" + FW + "管理体制", "第三章" + FW + "投资开放与便利",
              "第四章" + FW + "贸易便利", "第五章" + FW + "金融服务",
              "第六章" + FW + "闽台合作与综合服务", "第七章" + FW + "附则"]:
        para(doc, c, KT, 16, WD_ALIGN_PARAGRAPH.LEFT, True)
    empty(doc)

    chapter("第一章" + FW + "总则")
    art("第一条", "为了推进和保障中国（福建）自由贸易试验区建设，深化两岸经济合作，服务共建“一带一路”和高水平对外开放，根据有关法律、行政法规和国务院批准的中国（福建）自由贸易试验区总体方案、深化改革开放方案，结合本省实际，制定本条例。")
    art("第二条", "本条例适用于经国务院批准设立的中国（福建）自由贸易试验区（以下简称自贸试验区）。")
    item("自贸试验区包括福州片区、厦门片区和平潭片区，具体四至范围按照国务院批准的方案确定。")
    art("第三条", "自贸试验区建设应当坚持以制度创新为核心，对标国际高标准经贸规则，稳步扩大规则、规制、管理、标准等制度型开放，打造深化两岸融合发展示范区和21世纪海上丝绸之路核心区重要枢纽。")
    note("〔说明：根据国家实施自由贸易试验区提升战略的部署，在现行条例第三条基础上增加稳步扩大制度型开放的表述，并突出21世纪海上丝绸之路核心区定位。〕")
    art("第四条", "自贸试验区建立鼓励改革创新、宽容失败的容错机制。改革创新未能实现预期目标，但符合国家确定的改革方向，决策程序符合规定，且勤勉尽责、未谋取私利的，对有关单位和个人不作负面评价，依法免除相关责任。")

    chapter("第二章" + FW + "管理体制")
    art("第五条", "省人民政府领导自贸试验区建设工作，研究决定自贸试验区发展规划、重大政策和重大事项。")
    art("第六条", "省自贸试验区工作领导小组办公室（设在省商务厅）负责统筹协调自贸试验区改革试点任务，组织开展制度创新成果评估和复制推广工作。")
    art("第七条", "福州片区、厦门片区、平潭片区管理机构具体负责片区内的改革试点、投资促进、政策研究和统计分析等工作，依法行使省人民政府及其有关部门下放的行政管理职权。")
    note("〔说明：现行条例第七条规定片区管理机构“统一行使”片区经济管理权限，实践中部分权限已按照“放管服”改革要求调整，修订草案改为“依法行使省人民政府及其有关部门下放的行政管理职权”。〕")
    art("原第八条", "自贸试验区所在地设区的市人民政府应当设立自贸试验区综合协调机构，负责本市自贸试验区的日常协调工作。",
        mark_before="【删除】")
    note("〔说明：该条内容与第六条、第七条存在交叉，且有关综合协调机构已在机构改革中整合，建议删除。〕")

    chapter("第三章" + FW + "投资开放与便利")
    art("第八条", "自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。负面清单之外的领域，按照内外资一致的原则实施管理。")
    art("第九条（新增）", "自贸试验区探索实施跨境服务贸易负面清单管理模式，在金融、电信、专业服务等领域有序扩大开放，支持符合条件的台港澳服务提供者依法设立独资或者合资企业。")
    note("〔说明：新增条款。落实跨境服务贸易特别管理措施有关要求，为自贸试验区先行先试跨境服务贸易开放提供法规依据。〕")
    art("第十条", "自贸试验区推行“证照分离”“一照多址”改革，实行市场主体登记确认制，推动涉企经营许可事项“一业一证”，为投资者提供便利化服务。")
    art("第十一条", "支持自贸试验区企业参与共建“一带一路”国家和地区投资合作，依法开展境外投资，有关部门应当在信息咨询、风险预警、法律服务等方面提供指导。")
    art("原第十二条", "自贸试验区内企业变更投资总额的，应当报片区管理机构备案。", mark_after="【删除】")

    chapter("第四章" + FW + "贸易便利")
    art("第十二条", "自贸试验区应当推进贸易便利化，重点做好以下工作：")
    item("（一）深化国际贸易“单一窗口”建设，推动与共建“一带一路”国家和地区“单一窗口”互联互通；")
    item("（二）推进海关特殊监管区域整合优化，支持福州片区、厦门片区内综合保税区发展保税维修、保税研发和保税展示交易；")
    item("（三）支持发展跨境电子商务，完善跨境电子商务综合试验区线上综合服务平台和线下产业园区；")
    item("（四）推动中欧班列（厦门）、海铁联运与“丝路海运”融合发展，提升多式联运“一单制”服务水平；")
    item("（五）对两岸贸易实行便利化通关措施，支持对台小额贸易发展；")
    item("（六）省人民政府确定的其他贸易便利化措施。")
    # soft line break in the middle + inline 说明 run
    art("第十三条（新增）", ["自贸试验区推进数字贸易发展，在保障数据安全的前提下，探索建立数据跨境",
                      BR, "流动便利化机制，支持企业依法开展数据出境安全评估、个人信息出境标准合同备案等工作。",
                      ("〔说明：新增条款，固化数据跨境流动便利化改革试点经验。〕", {"font": KT, "size": 14})])
    art("第十四条", "海关、海事、边检等口岸查验单位应当优化监管流程，推行“提前申报”“两步申报”“两段准入”等通关模式，压缩货物整体通关时间。")

    chapter("第五章" + FW + "金融服务")
    art("第十五条", "自贸试验区在风险可控的前提下，推进人民币资本项目可兑换、人民币跨境使用和外汇管理改革等金融创新。")
    art("第十六条", "支持在自贸试验区内开展跨境贸易投资高水平开放试点，便利企业跨境资金结算和融资。")
    art("第十七条", "支持台湾地区金融机构在自贸试验区依法设立分支机构，支持两岸金融机构开展跨境人民币贷款、跨境担保等业务合作。")
    note("〔说明：对现行条例第十七条作文字修改，删去“试点”二字，并增加跨境担保业务内容。〕")
    art("原第十八条", "自贸试验区内金融机构开展创新业务的，应当事先报省人民政府金融工作办公室同意。",
        mark_before="【删除】")
    note("〔说明：省人民政府金融工作办公室已不再保留，且该规定与金融监管事权划分不符，建议删除。〕")

    chapter("第六章" + FW + "闽台合作与综合服务")
    art("第十八条", "自贸试验区应当深化闽台产业合作，推进两岸标准共通，支持台湾同胞在自贸试验区投资兴业、就业创业。")
    art("第十九条", "平潭片区应当推进两岸共同家园建设，在通关模式、人员往来、职业资格采认等方面先行先试。")
    art("第二十条（新增）", "自贸试验区建立涉外商事纠纷多元化解决机制，支持国际商事仲裁、调解机构依法在自贸试验区设立业务机构，推动诉讼与仲裁、调解有机衔接。")
    art("第二十一条", "自贸试验区应当加强知识产权保护，建立知识产权快速协同保护机制，依法查处侵犯知识产权的违法行为。")
    art("第二十二条", "有关部门应当依托公共信用信息平台，对自贸试验区内市场主体实施信用分级分类监管。")

    chapter("第七章" + FW + "附则")
    art("第二十三条", "本条例所称片区管理机构，是指中国（福建）自由贸易试验区福州片区管理委员会、厦门片区管理委员会和平潭综合实验区管理委员会。")
    art("第二十四条", "本条例自" + FW * 2 + "年" + FW * 2 + "月" + FW * 2 + "日起施行。")

    # ---------------------------------------------------------- 说明
    page_break(doc)
    clauses_b = []

    def body(runs):
        _, t = para(doc, runs)
        clauses_b.append(t)

    def runin(head, text):
        body([(head, {"font": KT, "bold": True}), text])

    def h1(text):
        para(doc, (text, {"font": HT}), indent=True)

    empty(doc)
    para(doc, "关于《中国（福建）自由贸易试验区条例", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    para(doc, "（修订草案）》的说明", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    empty(doc)
    body("《中国（福建）自由贸易试验区条例》（以下简称现行条例）于2016年4月1日经福建省第十二届人民代表大会常务委员会第二十二次会议通过，施行近十年来，对保障和推进自贸试验区建设发挥了重要作用。根据省人大常委会2026年度立法工作计划，省人大法制委员会会同省商务厅、省司法厅起草了《中国（福建）自由贸易试验区条例（修订草案）》（以下简称修订草案）。现将有关情况说明如下：")
    h1("一、修订的必要性")
    runin("（一）贯彻落实国家自贸试验区提升战略的需要。", "党中央、国务院作出实施自由贸易试验区提升战略的重大部署，要求自贸试验区对接国际高标准经贸规则，推进高水平制度型开放。现行条例制定时间较早，部分规定已不能适应新形势新要求，需要及时修改完善。")
    runin("（二）固化改革创新成果的需要。", "自贸试验区挂牌以来，累计形成制度创新成果600余项，其中一批在全国复制推广。有必要将实践证明行之有效的改革举措上升为地方性法规。")
    runin("（三）解决实践中突出问题的需要。", "随着机构改革的推进，现行条例中有关管理机构、审批程序等规定与实际不符，需要予以修改或者删除。")
    h1("二、起草过程")
    body("2025年4月起，起草小组先后赴福州、厦门、平潭三个片区开展调研，召开企业、行业协会、专家学者座谈会12场，书面征求了省直有关部门、设区的市人大常委会和部分全国人大代表、省人大代表的意见，并委托厦门大学开展立法评估。在此基础上，经反复研究修改，形成了修订草案。")
    h1("三、主要修改内容")
    body("修订草案共七章二十四条，与现行条例相比，新增3条，删除3条，修改14条。各章条文变化情况如下表：")
    rows = [
        ["第一章" + FW + "总则", "4", "4", "修改第三条，增加制度型开放的表述"],
        ["第二章" + FW + "管理体制", "4", "3", "删除综合协调机构的规定"],
        ["第三章" + FW + "投资开放与便利", "4", "4", "新增跨境服务贸易负面清单条款，删除投资总额变更备案的规定"],
        ["第四章" + FW + "贸易便利", "2", "3", "新增数字贸易条款"],
        ["第五章" + FW + "金融服务", "4", "3", "删除金融创新事前同意的规定"],
        ["第六章" + FW + "闽台合作与综合服务", "4", "5", "新增涉外商事纠纷多元化解决条款"],
        ["第七章" + FW + "附则", "2", "2", "修改片区管理机构的含义"],
        ["合计", "24", "24", "新增3条，删除3条，修改14条"],
    ]
    clauses_b.extend(data_table(doc, ["章节", "现行条例条数", "修订草案条数", "主要变化"], rows,
                                [4.2, 2.6, 2.6, 6.2]))
    empty(doc, 1, 14)
    runin("（一）关于管理体制。", "为与机构改革后的职责配置相衔接，修订草案明确省自贸试验区工作领导小组办公室的统筹协调职责（第六条），将片区管理机构“统一行使”经济管理权限修改为“依法行使”下放的行政管理职权（第七条），删除了现行条例第八条关于设立综合协调机构的规定。")
    runin("（二）关于投资开放。", "修订草案新增跨境服务贸易负面清单管理的规定（第九条），对“证照分离”“一照多址”等改革成果予以固化（第十条），并鼓励企业参与共建“一带一路”投资合作（第十一条）。")
    runin("（三）关于贸易便利和数字贸易。", "修订草案将中欧班列（厦门）、“丝路海运”、跨境电子商务、综合保税区保税维修等内容写入第十二条，新增数字贸易和数据跨境流动便利化的规定（第十三条）。")
    runin("（四）关于金融服务。", "修订草案删除了金融机构开展创新业务须事先报省人民政府金融工作办公室同意的规定，并对两岸金融合作的表述作了调整（第十七条）。")
    runin("（五）关于法治保障。", "修订草案新增涉外商事纠纷多元化解决机制的规定（第二十条），完善了容错免责（第四条）和信用监管（第二十二条）的规定。")
    h1("四、需要说明的问题")
    body("修订草案中以“【删除】”标注的条文为拟删除的现行条例条文，以“（新增）”标注的条文为新增条文，“〔说明：〕”部分为起草说明，不属于条文内容，正式提请审议时将予删除。")
    body("以上说明连同修订草案征求意见稿，请一并研究提出意见。")
    empty(doc, 2)
    para(doc, "福建省人民代表大会法制委员会", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, False)
    para(doc, "2026年3月20日" + FW * 3, FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, False)

    exp = [
        {"meta": meta(title="中国（福建）自由贸易试验区条例（修订草案征求意见稿）",
                      issuer=["福建省人民代表大会法制委员会"], date="2026-03-20",
                      level="provincial", region="中国（福建）自由贸易试验区",
                      doc_type="条例"),
         "clauses": clauses_a},
        {"meta": meta(title="关于《中国（福建）自由贸易试验区条例（修订草案）》的说明",
                      issuer=["福建省人民代表大会法制委员会"], date="2026-03-20",
                      level="provincial", region="中国（福建）自由贸易试验区",
                      doc_type="说明"),
         "clauses": clauses_b},
    ]
    return doc, exp


# ======================================================== 2. 重庆 征求意见函
def build_chongqing():
    doc = new_doc()
    clauses = []
    organ = "重庆市人民代表大会常务委员会法制工作委员会"

    def body(runs, **kw):
        p, t = para(doc, runs, **kw)
        clauses.append(t)
        return p, t

    # red header
    para(doc, "重庆市人大常委会法制工作委员会", XBS, 26, WD_ALIGN_PARAGRAPH.CENTER, False, 44,
         color=RED, before=12)
    empty(doc, 1, 16)
    p, _ = para(doc, "渝人大法工函〔2026〕14号", FS, 16, WD_ALIGN_PARAGRAPH.CENTER, False)
    border_bottom(p)
    empty(doc)
    para(doc, "关于征求《中国（重庆）自由贸易试验区条例", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    para(doc, "（修订草案征求意见稿）》意见的函", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    empty(doc)
    recips = ["市发展改革委", "市商务委", "市财政局", "市司法局", "市市场监管局", "市口岸物流办",
              "重庆海关", "国家外汇管理局重庆市分局", "两江新区管委会", "重庆高新区管委会",
              "江北区人大常委会", "沙坪坝区人大常委会"]
    para(doc, "、".join(recips) + "：", FS, 16, WD_ALIGN_PARAGRAPH.JUSTIFY, False)
    body("为深入实施自由贸易试验区提升战略，推动中国（重庆）自由贸易试验区更好服务共建“一带一路”和西部陆海新通道建设，市人大常委会将《中国（重庆）自由贸易试验区条例》修订列入2026年度立法计划。修订草案经市六届人大常委会第二十三次会议初次审议后，市人大法制委员会根据常委会组成人员的审议意见进行了修改，形成了《中国（重庆）自由贸易试验区条例（修订草案征求意见稿）》（以下简称征求意见稿）。现印送你们，请认真研究并提出修改意见。有关事项函告如下：")
    body([("一、征求意见的重点。", {"font": HT}), "请结合本单位职责和工作实际，重点就以下内容提出意见："])
    nid = add_cn_numbering(doc)
    items = [
        "征求意见稿第七条关于片区管理机构依法行使市级行政管理权限的规定是否可行；",
        "征求意见稿第十五条关于探索中欧班列（成渝）、西部陆海新通道铁路运输单证物权化的规定是否明确；",
        "征求意见稿第十八条（新增）关于跨境电子商务综合试验区与综合保税区联动发展的规定是否需要细化；",
        "其他需要修改完善的内容。",
    ]
    labels = ["（一）", "（二）", "（三）", "（四）"]
    for lab, it in zip(labels, items):
        p, _ = para(doc, it, indent=False)
        p.paragraph_format.first_line_indent = None
        apply_num(p, nid)
        clauses.append(lab + it)
    body([("二、主要修改内容。", {"font": HT}), "与现行条例相比，征求意见稿主要作了以下修改："])
    header = ["序号", "条款", "修改类型", "主要内容"]
    rows = [
        ["1", "第三条", "修改", "增加服务共建“一带一路”和西部陆海新通道建设的表述"],
        ["2", "第七条", "修改", "明确片区管理机构依法行使市级行政管理权限"],
        ["3", "第十五条", "修改", "探索铁路运输单证物权化，支持开展“铁路提单”融资"],
        ["4", "第十八条", "（新增）", "推动跨境电子商务综合试验区与综合保税区联动发展"],
        ["5", "原第二十六条", "【删除】", "删除关于设立自贸试验区专项资金的规定"],
        ["6", "第三十二条", "（新增）", "建立自贸试验区制度创新容错免责机制"],
    ]
    clauses.extend(data_table(doc, header, rows, [1.6, 3.0, 2.4, 8.6], size=12))
    empty(doc, 1, 14)
    body([("三、反馈方式。", {"font": HT}), "请于2026年4月30日前将书面意见（加盖单位公章）反馈市人大常委会法制工作委员会，电子版同时发送至电子邮箱cqrdfgwjjc@126.com。逾期未反馈的，视为无意见。"])
    body("联系人：市人大常委会法制工作委员会经济法规处" + FW + "周" + FW + "宁，电话：023-63896152（传真同）。")
    empty(doc)
    para(doc, "附件：1．中国（重庆）自由贸易试验区条例（修订草案征求意见稿）", FS, 16,
         WD_ALIGN_PARAGRAPH.LEFT, True)
    para(doc, FW * 3 + "2．关于《中国（重庆）自由贸易试验区条例（修订草案）》修改情况的说明", FS, 16,
         WD_ALIGN_PARAGRAPH.LEFT, True)
    empty(doc, 2)
    para(doc, FW * 5 + organ, FS, 16, WD_ALIGN_PARAGRAPH.LEFT, False)
    para(doc, FW * 17 + "2026年4月3日", FS, 16, WD_ALIGN_PARAGRAPH.LEFT, False)
    empty(doc)
    para(doc, "（此件公开发布）", FS, 16, WD_ALIGN_PARAGRAPH.LEFT, True)
    empty(doc, 1)
    # 版记 as layout table
    t = doc.add_table(rows=2, cols=1)
    table_borders(t, which=("top", "bottom", "insideH"), sz=8)
    set_widths(t, [15.6])
    cell_text(t.rows[0].cells[0], "抄送：市人大常委会办公厅，市人大财政经济委员会，市人大法制委员会。", FS, 14,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.rows[1].cells[0], "重庆市人大常委会法制工作委员会办公室" + FW * 3 + "2026年4月3日印发", FS, 14,
              align=WD_ALIGN_PARAGRAPH.LEFT)

    exp = [{"meta": meta(title="关于征求《中国（重庆）自由贸易试验区条例（修订草案征求意见稿）》意见的函",
                         doc_number="渝人大法工函〔2026〕14号", issuer=[organ], date="2026-04-03",
                         level="provincial", region="重庆市",
                         attachments=["中国（重庆）自由贸易试验区条例（修订草案征求意见稿）",
                                      "关于《中国（重庆）自由贸易试验区条例（修订草案）》修改情况的说明"],
                         doc_type="函", recipients=recips, publicity="此件公开发布"),
            "clauses": clauses}]
    return doc, exp


# ======================================================== 3. 南宁 公告
def build_nanning():
    doc = new_doc()
    clauses = []
    organ = "南宁市人民代表大会常务委员会法制工作委员会"
    law = "《南宁市中国（广西）自由贸易试验区南宁片区条例（修订草案征求意见稿）》"

    def body(runs):
        _, t = para(doc, runs)
        clauses.append(t)

    empty(doc)
    for line in ("南宁市人民代表大会常务委员会", "法制工作委员会关于公开征求《南宁市",
                 "中国（广西）自由贸易试验区南宁片区条例", "（修订草案征求意见稿）》意见的公告"):
        para(doc, line, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    empty(doc)
    body("为提高立法质量，增强立法的公开性和透明度，根据《中华人民共和国立法法》和《南宁市制定地方性法规条例》的有关规定，现将" + law + "及其说明全文公布，公开征求社会各界意见。")
    body("本次修订主要围绕以下几个方面：")
    body("（一）落实中国—东盟自由贸易区3.0版建设要求，完善面向东盟的跨境贸易、跨境金融和跨境物流制度；")
    body("（二）推动西部陆海新通道与中欧班列、中越跨境班列衔接，支持南宁综合保税区发展保税加工、保税物流和跨境电子商务；")
    body("（三）完善外商投资促进和保护措施，推行外国人来华工作许可和居留许可“一窗受理”；")
    body("（四）调整片区管理机构职责，删除与上位法不一致和已不适应实际需要的规定。")
    body("有关单位和各界人士可以通过以下方式提出意见：")
    body("1.登录南宁人大网，在“立法意见征集”栏目中提出意见。")
    body("2.通过信函方式将意见寄送至南宁市青秀区民族大道100号南宁市人大常委会法制工作委员会法规二处（邮政编码：530028），并在信封上注明“自贸片区条例修订意见”字样。")
    body("3.通过电子邮件将意见发送至nnrdfgwfgec@163.com。")
    body("提出意见时，请注明修改条款序号、具体修改意见和理由，并留下真实姓名和联系方式。征求意见截止时间为2026年5月15日。")
    body("联系电话：0771-5502316。")
    empty(doc)
    para(doc, "附件：1.南宁市中国（广西）自由贸易试验区南宁片区条例（修订草案征求意见稿）", FS, 16,
         WD_ALIGN_PARAGRAPH.LEFT, True)
    p, _ = para(doc, "2.关于《南宁市中国（广西）自由贸易试验区南宁片区条例（修订草案）》的说明", FS, 16,
                WD_ALIGN_PARAGRAPH.LEFT, False)
    p.paragraph_format.left_indent = Pt(80)
    empty(doc, 2)
    # 落款 in borderless layout table
    t = doc.add_table(rows=2, cols=2)
    table_borders(t, which=())
    set_widths(t, [2.4, 13.2])
    cell_text(t.rows[0].cells[1], organ, FS, 16)
    cell_text(t.rows[1].cells[1], "二〇二六年四月八日", FS, 16)

    exp = [{"meta": meta(title=organ + "关于公开征求" + law + "意见的公告",
                         issuer=[organ], date="2026-04-08", level="municipal", region="南宁市",
                         attachments=["南宁市中国（广西）自由贸易试验区南宁片区条例（修订草案征求意见稿）",
                                      "关于《南宁市中国（广西）自由贸易试验区南宁片区条例（修订草案）》的说明"],
                         doc_type="公告"),
            "clauses": clauses}]
    return doc, exp


def main():
    expected = {}
    files = []
    for stem, fn in (("blind505_fujian_xiudingcaoan", build_fujian),
                     ("blind505_chongqing_zhengqiuhan", build_chongqing),
                     ("blind505_nanning_gonggao", build_nanning)):
        doc, exp = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        files.append(path)
        expected[stem] = exp
    for path in files:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_505", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
