# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 738: 海关公告 on 春节期间口岸通关作业时间 / 综保区卡口作业时间."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"


# ---------------------------------------------------------------- helpers
def set_run_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt_par(p, align=None, first_indent=True, size=16, spacing=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(size * 2)
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def new_doc():
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
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def add_field(par, instr, font=SONG, size=14):
    r1 = par.add_run()
    set_run_font(r1, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._element.append(fc)
    r2 = par.add_run()
    set_run_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._element.append(it)
    r3 = par.add_run()
    set_run_font(r3, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._element.append(fc)
    r4 = par.add_run("1")
    set_run_font(r4, font, size)
    r5 = par.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._element.append(fc)


def add_page_number(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_run_font(r, SONG, 14)
    add_field(fp, "PAGE")
    r = fp.add_run(" —")
    set_run_font(r, SONG, 14)


def body(doc, text, font=FS, size=16, bold_head=None, breaks=None, indent=True,
         align=WD_ALIGN_PARAGRAPH.JUSTIFY, numbered=None):
    """Body paragraph. bold_head: run-in heading in a separate bold (黑体/楷体) run.
    breaks: list of substrings after which a soft line break is typed (text continues)."""
    p = doc.add_paragraph()
    fmt_par(p, align=align, first_indent=indent, size=size)
    if numbered is not None:
        set_numbering(p, numbered)
        p.paragraph_format.first_line_indent = None
    if bold_head:
        r = p.add_run(bold_head)
        set_run_font(r, HT, size, bold=True)
    parts = [text]
    if breaks:
        parts = []
        rest = text
        for b in breaks:
            i = rest.index(b) + len(b)
            parts.append(rest[:i])
            rest = rest[i:]
        parts.append(rest)
    for k, part in enumerate(parts):
        r = p.add_run(part)
        set_run_font(r, font, size)
        if k < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def empty(doc, n=1, keep=False):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt_par(p, first_indent=False)
        p.paragraph_format.keep_with_next = keep


def tecigonggao(doc):
    p = body(doc, "特此公告。")
    p.paragraph_format.keep_with_next = True
    return p


def title(doc, lines, size=22):
    for ln in lines:
        p = doc.add_paragraph()
        fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, size=size, spacing=35)
        r = p.add_run(ln)
        set_run_font(r, XBS, size)


def center_line(doc, text, font=FS, size=16, after=0):
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, after=after)
    r = p.add_run(text)
    set_run_font(r, font, size)
    return p


def right_line(doc, text, spaces=0, align=WD_ALIGN_PARAGRAPH.RIGHT):
    p = doc.add_paragraph()
    fmt_par(p, align=align, first_indent=False)
    r = p.add_run(text + "\u3000" * spaces)
    set_run_font(r, FS, 16)
    return p


def manual_spaced_line(doc, text, lead):
    """落款 pushed right with typed spaces (left-aligned paragraph)."""
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.LEFT, first_indent=False)
    r = p.add_run(" " * lead + text)
    set_run_font(r, FS, 16)
    return p


def red_rule(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "4")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def set_cell(cell, lines, size=14, font=FS, bold=False, soft=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    """lines: list of strings. soft=True -> one paragraph with soft breaks; else one paragraph per line."""
    if isinstance(lines, str):
        lines = [lines]
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    first = True
    for i, ln in enumerate(lines):
        if not soft and not first:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(18)
        r = p.add_run(ln)
        set_run_font(r, font, size, bold=bold)
        if soft and i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
        first = False


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit")
    trpr.append(h)


def data_table(doc, header, rows, widths, soft=False, merges=(), head_font=HT):
    """rows: list of lists; a cell is str or list of lines; None => part of a vertical merge
    (the merged value is written in the top cell)."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, font=head_font)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, start=1):
        cant_split(t.rows[ri])
        for ci, val in enumerate(row):
            if val is None:
                continue
            al = WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], val, soft=soft, align=al)
    for (c, r1, r2) in merges:
        top = t.cell(r1, c)
        keep = [p.text for p in top.paragraphs]
        m = top.merge(t.cell(r2, c))
        # merge() may leave stray empty paragraphs; rebuild
        for p in list(m.paragraphs)[1:]:
            p._p.getparent().remove(p._p)
        set_cell(m, keep, soft=soft)
    fix_widths(t, widths)
    return t


def fix_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths):
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))
            tcw.set(qn("w:type"), "dxa")


# numbering (Word automatic 一、二、三、)
def add_cn_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(num_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
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
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    lvl.append(rpr)
    absn.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(num_id))
    num.append(an)
    numbering.append(num)
    return num_id


def set_numbering(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)


def row_clause(header, row_vals):
    parts = []
    for h, v in zip(header, row_vals):
        if isinstance(v, list):
            v = " ".join(x for x in v if x)
        parts.append("%s：%s" % (h, v))
    return "；".join(parts)


def meta(title_, num, issuer, date, level, region, doc_type="公告"):
    return {
        "title": title_,
        "doc_number": num,
        "issuer": issuer,
        "date": date,
        "published": None,
        "level": level,
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": doc_type,
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }


EXPECTED = {}

# ====================================================================== 青岛
def make_qingdao():
    stem = "blind738_qingdao_gonggao"
    doc = new_doc()
    docs = []

    # ---------------- 公告 1
    t1 = "青岛海关关于调整2026年春节期间所属口岸通关作业时间的公告"
    title(doc, ["青岛海关关于调整2026年春节期间", "所属口岸通关作业时间的公告"])
    center_line(doc, "青岛海关公告2026年第2号", after=12)
    cl = []
    intro = ("根据《国务院办公厅关于2026年部分节假日安排的通知》精神，为保障春节期间进出境货物、物品和运输"
             "工具顺畅通关，结合关区实际，青岛海关决定对2026年春节期间所属口岸通关作业时间进行调整。现将有关"
             "事项公告如下：")
    body(doc, intro)
    cl.append(intro)
    i1 = "一、2026年1月28日至2月3日春节假期期间，青岛海关所属各口岸货运通关作业时间按下表执行："
    body(doc, i1)
    cl.append(i1)
    header = ["口岸名称", "作业时间", "备注"]
    std = ["1月28日—2月3日 9:00—17:00", "2月4日起恢复正常"]
    rows = [
        ["青岛港口岸（前湾港区）", std, "集装箱船舶进出境监管24小时受理"],
        ["青岛港口岸（董家口港区）", std, ""],
        ["青岛胶东国际机场口岸", ["1月28日—2月3日 按航班计划保障", "2月4日起恢复正常"], "旅客通关不受影响"],
        ["烟台港口岸", std, ""],
        ["威海港口岸", ["1月28日—2月3日 9:00—16:30", "2月4日起恢复正常"], ""],
        ["日照港口岸", std, "铁矿石、原油等大宗散货可预约通关"],
        ["龙口港口岸", ["1月28日—2月3日 9:00—16:00", "2月4日起恢复正常"], ""],
        ["潍坊港口岸", std, "1月29日（正月初一）暂停作业"],
    ]
    data_table(doc, header, rows, [5.2, 6.0, 4.6], soft=True)
    for r in rows:
        cl.append(row_clause(header, r))
    i2 = ("二、春节假期期间，对鲜活易腐农产品、防疫物资、能源资源等急需通关货物，以及中欧班列、RCEP项下"
          "享惠进出口货物，企业可提前1个工作日向现场海关申请预约通关，海关按照“急事急办、特事特办”原则予以保障。")
    body(doc, i2, breaks=["以及中欧班列、"])  # soft line break typed mid-sentence
    cl.append(i2)
    i3 = "三、进出境旅客及其行李物品、邮递物品和快件的通关作业不受上述调整影响，按正常作业时间办理。"
    body(doc, i3)
    cl.append(i3)
    i4 = ("四、春节假期期间，国际贸易“单一窗口”和“互联网+海关”平台7×24小时受理申报，企业可通过网上"
          "办理相关业务；需现场办理的，请在上述作业时间内办理。")
    body(doc, i4)
    cl.append(i4)
    i5 = "五、咨询电话：12360海关服务热线；青岛海关总值班室0532-82021000。"
    body(doc, i5)
    cl.append(i5)
    tecigonggao(doc)
    cl.append("特此公告。")
    empty(doc, keep=True)
    manual_spaced_line(doc, "青岛海关", 38)
    manual_spaced_line(doc, "2026年1月20日", 34)
    docs.append({"meta": meta(t1, "青岛海关公告2026年第2号", ["青岛海关"], "2026-01-20",
                              "provincial", "山东省"), "clauses": cl})

    # ---------------- 公告 2
    page_break(doc)
    t2 = "青岛海关关于2026年春节期间青岛前湾综合保税区卡口作业时间的公告"
    title(doc, ["青岛海关关于2026年春节期间", "青岛前湾综合保税区卡口作业时间的公告"])
    center_line(doc, "青岛海关公告2026年第3号", after=12)
    cl = []
    a = "为做好2026年春节期间青岛前湾综合保税区货物进出区监管工作，现将卡口作业时间公告如下："
    body(doc, a)
    cl.append(a)
    items = [
        "一、2026年1月28日至2月3日，青岛前湾综合保税区1号、2号卡口作业时间调整为每日9:00—16:00；3号卡口暂停作业。",
        "二、2月4日起，各卡口恢复7×24小时正常作业。",
        "三、区内企业确有紧急进出区需求的，应提前1个工作日通过金关二期系统办理核放单，并向黄岛海关综合保税区监管科报备，海关视情安排加班作业。",
        "四、春节期间进出区车辆应按规定路线行驶，服从卡口现场指挥，不得在卡口区域滞留。",
        "五、联系电话：0532-86881234（黄岛海关综合保税区监管科）。",
    ]
    for it in items:
        body(doc, it)
        cl.append(it)
    tecigonggao(doc)
    cl.append("特此公告。")
    empty(doc, 2, keep=True)
    manual_spaced_line(doc, "青岛海关", 38)
    manual_spaced_line(doc, "2026年1月21日", 34)
    docs.append({"meta": meta(t2, "青岛海关公告2026年第3号", ["青岛海关"], "2026-01-21",
                              "provincial", "青岛前湾综合保税区"), "clauses": cl})
    return stem, doc, docs


# ====================================================================== 南宁
def make_nanning():
    stem = "blind738_nanning_gonggao"
    doc = new_doc()
    nid = add_cn_numbering(doc, 90)
    docs = []

    t1 = "南宁海关关于调整2026年春节期间所属口岸通关作业时间的公告"
    title(doc, [t1])  # one long title, wraps by itself
    center_line(doc, "南宁海关公告2026年第5号", after=12)
    cl = []
    intro = ("根据国务院办公厅关于2026年部分节假日的安排，为便利春节期间中越边境贸易和人员往来，保障进出口货物"
             "顺畅通关，经商广西壮族自治区口岸管理部门并与越南相关口岸管理部门会晤确认，现将南宁海关所属口岸"
             "2026年春节期间通关作业时间公告如下：")
    body(doc, intro)
    cl.append(intro)

    def auto(text_wo_num, cn):
        body(doc, text_wo_num, numbered=nid)
        cl.append(cn + "、" + text_wo_num)

    auto("2026年2月15日至2月23日期间，南宁海关所属口岸货运通关作业时间按下表执行：", "一")
    header = ["序号", "口岸名称", "作业时间", "备注"]
    std = ["2月15日—2月23日 9:00—17:00", "2月24日起恢复正常"]
    bj = ["2月15日—2月23日 8:00—18:00", "2月24日起恢复正常"]
    rows = [
        ["1", "友谊关口岸", bj, "2月17日（正月初一）暂停货运通关"],
        ["2", "凭祥铁路口岸", std, "中越跨境班列正常接发"],
        ["3", "东兴口岸", bj, ""],
        ["4", "水口口岸", std, ""],
        ["5", "龙邦口岸", None, ""],
        ["6", "爱店口岸", None, "边民互市贸易暂停"],
        ["7", "南宁吴圩国际机场口岸", ["2月15日—2月23日 按航班计划保障", "2月24日起恢复正常"], ""],
        ["8", "钦州港口岸", std, "集装箱船舶可预约通关"],
        ["9", "北海港口岸", std, ""],
        ["10", "防城港口岸", std, ""],
    ]
    # 作业时间 of 水口、龙邦、爱店 typed once in a vertically merged cell (rows 4-6)
    data_table(doc, header, rows, [1.4, 5.0, 5.8, 3.6], soft=False, merges=[(2, 4, 6)])
    for r in rows:
        vals = [std if v is None else v for v in r]
        cl.append(row_clause(header, vals))
    auto("春节假期期间，对中越边境鲜活农产品、水果等有时效要求的货物，海关设立“绿色通道”，实行优先查验、优先放行；"
         "企业可通过“提前申报”“两步申报”等便利措施办理通关手续。", "二")
    auto("春节假期期间通关便利措施：", "三")
    subs = [
        "（一）国际贸易“单一窗口”7×24小时受理申报、税费支付等业务，企业可通过网上办理。",
        "（二）需在上述作业时间以外办理通关手续的，企业可提前向现场海关预约，海关视情安排加班。",
        "（三）中越跨境班列、跨境公路运输车辆实行预约通关，现场海关安排专人值守，确保应放尽放。",
    ]
    for s in subs:
        body(doc, s)
        cl.append(s)
    auto("进出境旅客通关作业时间以及边民互市贸易点作业时间，由各现场海关会同口岸所在地人民政府另行公告。", "四")
    auto("咨询电话：12360海关服务热线；南宁海关业务咨询电话0771-5536000。", "五")
    tecigonggao(doc)
    cl.append("特此公告。")
    empty(doc, 2, keep=True)
    right_line(doc, "南宁海关", spaces=3)
    right_line(doc, "2026年2月6日", spaces=2)
    docs.append({"meta": meta(t1, "南宁海关公告2026年第5号", ["南宁海关"], "2026-02-06",
                              "provincial", "广西壮族自治区"), "clauses": cl})

    # ---------------- 公告 2
    page_break(doc)
    t2 = "南宁海关关于2026年春节期间凭祥综合保税区和钦州综合保税区卡口作业时间的公告"
    title(doc, ["南宁海关关于2026年春节期间", "凭祥综合保税区和钦州综合保税区", "卡口作业时间的公告"])
    center_line(doc, "南宁海关公告2026年第6号", after=12)
    cl = []
    a = "为保障2026年春节期间综合保税区货物进出区有序通关，现将凭祥综合保税区、钦州综合保税区卡口作业时间公告如下："
    body(doc, a)
    cl.append(a)
    i1 = "一、2026年2月15日至2月23日，各卡口作业时间按下表执行："
    body(doc, i1)
    cl.append(i1)
    header2 = ["综合保税区", "卡口", "作业时间"]
    rows2 = [
        ["凭祥综合保税区", "1号卡口（货运）", ["2月15日—2月23日 9:00—17:00", "2月24日起恢复正常"]],
        [None, "2号卡口", ["2月15日—2月23日 暂停作业", "2月24日起恢复正常"]],
        ["钦州综合保税区", "1号卡口", ["2月15日—2月23日 8:30—17:30", "2月24日起恢复正常"]],
        [None, "2号卡口", ["2月15日—2月23日 8:30—17:30", "2月24日起恢复正常"]],
    ]
    data_table(doc, header2, rows2, [4.6, 4.2, 7.0], soft=False, merges=[(0, 1, 2), (0, 3, 4)])
    fill = ["凭祥综合保税区", "凭祥综合保税区", "钦州综合保税区", "钦州综合保税区"]
    for k, r in enumerate(rows2):
        vals = [fill[k]] + r[1:]
        cl.append(row_clause(header2, vals))
    items = [
        "二、区内企业因生产经营确需在上述时间以外进出区的，应提前通过金关二期系统申报核放单，并向凭祥海关或钦州港海关报备。",
        "三、联系电话：凭祥海关0771-8521234；钦州港海关0777-3881234。",
    ]
    for it in items:
        body(doc, it)
        cl.append(it)
    tecigonggao(doc)
    cl.append("特此公告。")
    empty(doc, 2, keep=True)
    right_line(doc, "南宁海关", spaces=3)
    right_line(doc, "2026年2月6日", spaces=2)
    docs.append({"meta": meta(t2, "南宁海关公告2026年第6号", ["南宁海关"], "2026-02-06",
                              "provincial", "凭祥综合保税区、钦州综合保税区"), "clauses": cl})
    return stem, doc, docs


# ====================================================================== 乌鲁木齐
def signature_table(doc, organ, date_text):
    """落款 typed into a borderless 2x2 layout table (left column empty)."""
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 1), organ, size=16)
    set_cell(t.cell(1, 1), date_text, size=16)
    for row in t.rows:
        cant_split(row)
    for c in (t.cell(0, 0), t.cell(0, 1)):
        for p in c.paragraphs:
            p.paragraph_format.keep_with_next = True
    fix_widths(t, [9.0, 6.8])


def red_head(doc, text):
    p = doc.add_paragraph()
    fmt_par(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, size=36, spacing=50)
    r = p.add_run(text)
    set_run_font(r, XBS, 36, color="FF0000")
    red_rule(p)
    empty(doc)


def make_urumqi():
    stem = "blind738_urumqi_gonggao"
    doc = new_doc()
    docs = []
    red_head(doc, "乌鲁木齐海关")
    t1 = "乌鲁木齐海关关于调整2026年春节期间所属口岸通关作业时间的公告"
    title(doc, ["乌鲁木齐海关关于调整2026年春节期间", "所属口岸通关作业时间的公告"])
    center_line(doc, "乌鲁木齐海关公告2026年第7号", font=KT, after=12)
    cl = []
    intro = ("为保障2026年春节期间口岸通关顺畅，服务丝绸之路经济带核心区建设和中欧（中亚）班列稳定运行，"
             "根据国家口岸管理有关规定，经与哈萨克斯坦、吉尔吉斯斯坦、巴基斯坦等国口岸管理部门会晤商定，"
             "现将乌鲁木齐海关所属口岸春节期间通关作业时间公告如下：")
    body(doc, intro)
    cl.append(intro)
    empty(doc)
    i1 = "一、2026年2月15日至2月23日，所属口岸通关作业时间按下表执行（均为北京时间）："
    body(doc, i1)
    cl.append(i1)
    header = ["口岸名称", "口岸类别", "作业时间", "备注"]
    rows = [
        ["霍尔果斯公路口岸", "公路", ["2月15日—2月23日 10:00—18:00", "2月24日起恢复正常"], "2月17日（正月初一）闭关"],
        ["霍尔果斯铁路口岸", "铁路", ["24小时作业", "春节期间不调整"], "保障中欧（中亚）班列通关"],
        ["阿拉山口公路口岸", "公路", ["2月15日—2月23日 10:00-18:00", "2月24日起恢复正常"], ""],
        ["阿拉山口铁路口岸", "铁路", ["24小时作业", "春节期间不调整"], ""],
        ["巴克图口岸", "公路", ["2月15日—2月23日 10:00—17:00", "2月24日起恢复正常"], "2月17日—2月18日闭关"],
        ["吉木乃口岸", "公路", ["2月15日—2月23日 10:00—17:00", "2月24日起恢复正常"], ""],
        ["伊尔克什坦口岸", "公路", ["2月15日—2月23日 10:00—18:00", "2月24日起恢复正常"], "吉方口岸同步调整"],
        ["吐尔尕特口岸", "公路", ["2月15日—2月23日 10:00—18:00", "2月24日起恢复正常"], ""],
        ["红其拉甫口岸", "公路", ["冬季闭关", "4月1日起恢复开关"], "季节性开放口岸"],
        ["乌鲁木齐国际机场口岸", "航空", ["2月15日—2月23日 按航班计划保障", "2月24日起恢复正常"], ""],
    ]
    data_table(doc, header, rows, [4.2, 2.6, 5.4, 3.6], soft=True)
    for r in rows:
        cl.append(row_clause(header, r))
    empty(doc)
    i2 = ("二、春节期间，霍尔果斯、阿拉山口铁路口岸中欧（中亚）班列实行“7×24小时”预约通关，海关对班列货物"
          "优先办理转关、查验和放行手续，保障班列“不断档、不积压”。")
    body(doc, i2)
    cl.append(i2)
    i3 = "三、对跨境电商、鲜活农产品及民生物资等急需通关的货物，企业可拨打现场海关值班电话申请预约加班通关。"
    body(doc, i3)
    cl.append(i3)
    i4 = ("四、口岸闭关期间，进出境旅客、运输工具暂停通关；如遇特殊情况需临时开关的，由口岸所在地人民政府"
          "商有关部门另行公告。")
    body(doc, i4)
    cl.append(i4)
    i5 = "五、咨询电话：12360海关服务热线；乌鲁木齐海关总值班室0991-6516000。"
    body(doc, i5)
    cl.append(i5)
    tecigonggao(doc)
    cl.append("特此公告。")
    empty(doc, keep=True)
    signature_table(doc, "乌鲁木齐海关", "二〇二六年二月五日")
    docs.append({"meta": meta(t1, "乌鲁木齐海关公告2026年第7号", ["乌鲁木齐海关"], "2026-02-05",
                              "provincial", "新疆维吾尔自治区"), "clauses": cl})

    # ---------------- 公告 2
    page_break(doc)
    t2 = "乌鲁木齐海关关于2026年春节期间阿拉山口综合保税区、霍尔果斯综合保税区卡口作业时间的公告"
    title(doc, ["乌鲁木齐海关关于2026年春节期间", "阿拉山口综合保税区、霍尔果斯综合保税区", "卡口作业时间的公告"])
    center_line(doc, "乌鲁木齐海关公告2026年第8号", font=KT, after=12)
    cl = []
    a = "为做好2026年春节期间综合保税区监管服务工作，现将阿拉山口综合保税区、霍尔果斯综合保税区卡口作业时间公告如下："
    body(doc, a)
    cl.append(a)
    runin = [
        ("一、阿拉山口综合保税区。", "2月15日至2月23日，卡口作业时间为每日10:00—18:00（北京时间，下同）；2月24日起恢复正常作业。"),
        ("二、霍尔果斯综合保税区。", "2月15日至2月16日、2月19日至2月23日，卡口作业时间为每日10:00—18:00；2月17日至2月18日卡口暂停作业；2月24日起恢复正常作业。"),
        ("三、中欧班列集拼货物。", "经综合保税区集拼的中欧（中亚）班列货物，可提前向阿拉山口海关、霍尔果斯海关申请预约，海关在卡口暂停作业期间安排专人办理。"),
        ("四、联系方式。", "阿拉山口海关0909-6991234；霍尔果斯海关0999-8791234。"),
    ]
    for h, txt in runin:
        body(doc, txt, bold_head=h)
        cl.append(h + txt)
    tecigonggao(doc)
    cl.append("特此公告。")
    empty(doc, keep=True)
    signature_table(doc, "乌鲁木齐海关", "二〇二六年二月五日")
    docs.append({"meta": meta(t2, "乌鲁木齐海关公告2026年第8号", ["乌鲁木齐海关"], "2026-02-05",
                              "provincial", "阿拉山口综合保税区、霍尔果斯综合保税区"), "clauses": cl})
    return stem, doc, docs


def main():
    expected = {}
    for maker in (make_qingdao, make_nanning, make_urumqi):
        stem, doc, docs = maker()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = docs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_738", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
