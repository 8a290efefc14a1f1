# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 681: 团体标准 issued by an association 通知."""
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
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"


# ---------------------------------------------------------------- helpers
def set_font(run, font, size, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.first_line_indent = Pt(indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def add_page_field(p, font=ST, size=14):
    r = p.add_run("— ")
    set_font(r, font, size)
    r = p.add_run()
    set_font(r, font, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)
    r = p.add_run(" —")
    set_font(r, font, size)


def set_cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = tcPr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tcPr.append(borders)
    for edge, val in kw.items():
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), val.get("val", "single"))
        el.set(qn("w:sz"), str(val.get("sz", 4)))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), val.get("color", "000000"))
        borders.append(el)


def grid_table(doc, rows, cols):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t


def cell_text(cell, text, font, size, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.text = ""
    p.alignment = align
    fmt(p, line=None)
    r = p.add_run(text)
    set_font(r, font, size, bold)


def setup_page(section, top=3.7, bottom=3.5, left=2.8, right=2.6):
    section.page_height = Cm(29.7)
    section.page_width = Cm(21.0)
    section.top_margin = Cm(top)
    section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left)
    section.right_margin = Cm(right)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    setup_page(doc.sections[0])
    return doc


_numid = [200]


def letter_numbering(doc):
    """Create a fresh Word list 'a)' 'b)' ... and return its numId."""
    numbering = doc.part.numbering_part.element
    _numid[0] += 1
    nid = _numid[0]
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(nid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "lowerLetter"),
                     ("w:lvlText", "%1)"), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "840")
    ind.set(qn("w:hanging"), "420")
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(nid))
    num.append(an)
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


class Writer:
    """Adds paragraphs to a docx and records clauses for expected.json."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = None

    def start(self, clauses):
        self.clauses = clauses

    def rec(self, text):
        self.clauses.append(text.strip().strip("\u3000").strip())

    def empty(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt(p)

    def p(self, text, font=FS, size=16, clause=True, align=None, indent=32,
          bold=False, line=28, color=None, lead="", before=0, after=0):
        p = self.doc.add_paragraph()
        fmt(p, align=align, indent=indent, line=line, before=before, after=after)
        r = p.add_run(lead + text)
        set_font(r, font, size, bold, color)
        if clause:
            self.rec(text)
        return p

    def runin(self, head, body, hfont=HT, bfont=FS, size=16, hbold=False,
              indent=32, line=28, lead="", split_head=False):
        p = self.doc.add_paragraph()
        fmt(p, indent=indent, line=line)
        if lead:
            r = p.add_run(lead)
            set_font(r, bfont, size)
        if split_head:  # office quirk: heading typed in two runs
            r = p.add_run(head[:2])
            set_font(r, hfont, size, hbold)
            r = p.add_run(head[2:])
            set_font(r, hfont, size, hbold)
        else:
            r = p.add_run(head)
            set_font(r, hfont, size, hbold)
        r = p.add_run(body)
        set_font(r, bfont, size)
        self.rec(head + body)
        return p


def footer_pages(section, font=ST, size=14):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp, font, size)


def banji(doc, rows, font=FS, size=14):
    """版记 as a one-column table with top/bottom rules."""
    t = doc.add_table(rows=len(rows), cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, txt in enumerate(rows):
        c = t.rows[i].cells[0]
        p = c.paragraphs[0]
        fmt(p, line=None, before=2, after=2)
        r = p.add_run(txt)
        set_font(r, font, size)
        sz = 8 if i in (0, len(rows) - 1) else 4
        kw = {"top": {"sz": sz if i == 0 else 4},
              "bottom": {"sz": sz if i == len(rows) - 1 else 4},
              "left": {"val": "nil"}, "right": {"val": "nil"}}
        set_cell_border(c, **kw)
    return t


def meta(title, doc_number, issuer, date, level, region, doc_type,
         published=None, effective=None, expires=None, attachments=None,
         recipients=None, publicity=None, repeals=None):
    return {
        "title": title, "doc_number": doc_number, "issuer": issuer,
        "date": date, "published": published, "level": level,
        "region": region, "effective": effective, "expires": expires,
        "attachments": attachments or [], "doc_type": doc_type,
        "recipients": recipients or [], "publicity": publicity,
        "repeals": repeals,
    }


# ------------------------------------------------------- standard writer
def std_heading(w, text, size=10.5, before=6, after=6):
    """Chapter / clause heading of a standard (黑体), not a clause."""
    p = w.doc.add_paragraph()
    fmt(p, indent=0, line=None, before=before, after=after)
    r = p.add_run(text)
    set_font(r, HT, size)
    return p


def std_p(w, text, clause=True, indent=21, size=10.5):
    return w.p(text, font=ST, size=size, clause=clause, indent=indent, line=None,
               after=2)


def std_num(w, num, text, sep="\u3000"):
    """numbered clause like 4.1.1 text: number in 黑体, text in 宋体."""
    p = w.doc.add_paragraph()
    fmt(p, indent=0, line=None, after=2)
    r = p.add_run(num)
    set_font(r, HT, 10.5)
    r = p.add_run(sep + text)
    set_font(r, ST, 10.5)
    w.rec(num + sep + text)
    return p


def std_term_softbreak(w, num, zh, en, definition):
    """Term entry typed as one paragraph with soft line breaks."""
    p = w.doc.add_paragraph()
    fmt(p, indent=0, line=None, after=4)
    r = p.add_run(num)
    set_font(r, HT, 10.5)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run(zh)
    set_font(r, HT, 10.5)
    r = p.add_run("\u3000" + en)
    set_font(r, "Times New Roman", 10.5, bold=True)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("\u3000\u3000" + definition)
    set_font(r, ST, 10.5)
    w.rec(num + " " + zh + " " + en + " " + definition)


def std_term_paras(w, num, zh, en, definition):
    """Term entry typed GB/T 1.1 style: three separate paragraphs."""
    p = w.doc.add_paragraph()
    fmt(p, indent=0, line=None, before=4)
    set_font(p.add_run(num), HT, 10.5)
    p = w.doc.add_paragraph()
    fmt(p, indent=21, line=None)
    set_font(p.add_run(zh), HT, 10.5)
    set_font(p.add_run("  " + en), "Times New Roman", 10.5, bold=True)
    p = w.doc.add_paragraph()
    fmt(p, indent=21, line=None, after=4)
    set_font(p.add_run(definition), ST, 10.5)
    w.rec(num + " " + zh + " " + en + " " + definition)


def std_table(w, headers, rows, merge_col=None, widths=None, size=9):
    t = grid_table(w.doc, len(rows) + 1, len(headers))
    for j, h in enumerate(headers):
        cell_text(t.rows[0].cells[j], h, HT, size)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if merge_col is not None and j == merge_col and i > 0 and row[j] == rows[i - 1][j]:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[i + 1].cells[j], v, ST, size, align=al)
    if merge_col is not None:
        i = 0
        while i < len(rows):
            k = i
            while k + 1 < len(rows) and rows[k + 1][merge_col] == rows[i][merge_col]:
                k += 1
            if k > i:
                a = t.cell(i + 1, merge_col)
                b = t.cell(k + 1, merge_col)
                m = a.merge(b)
                # keep only the first paragraph text
                for extra in m.paragraphs[1:]:
                    extra._p.getparent().remove(extra._p)
            i = k + 1
    if widths:
        for row in t.rows:
            for j, wd in enumerate(widths):
                row.cells[j].width = Cm(wd)
    for row in rows:
        w.rec("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    return t


# ===================================================== file 1: zhejiang
def build_zhejiang(out):
    doc = new_doc()
    w = Writer(doc)
    sec = doc.sections[0]
    footer_pages(sec)

    notice = {"meta": meta(
        title="浙江省跨境电子商务协会关于发布《跨境电商海外仓服务规范》团体标准的通知",
        doc_number="浙跨电协〔2026〕12号",
        issuer=["浙江省跨境电子商务协会"],
        date="2026-03-16", level="provincial", region="浙江省",
        doc_type="通知",
        attachments=["跨境电商海外仓服务规范"],
        recipients=["各会员单位", "各有关单位"],
        repeals="T/ZJCEC 005—2023《跨境电商海外仓服务要求》"),
        "clauses": []}
    std = {"meta": meta(
        title="跨境电商海外仓服务规范",
        doc_number="T/ZJCEC 012—2026",
        issuer=["浙江省跨境电子商务协会"],
        date="2026-03-16", level="provincial", region="浙江省",
        doc_type="团体标准", effective="2026-04-16",
        repeals="T/ZJCEC 005—2023《跨境电商海外仓服务要求》"),
        "clauses": []}
    w.start(notice["clauses"])

    # 版头
    w.empty(2)
    w.p("浙江省跨境电子商务协会文件", font=XBS, size=30, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None, color=RED)
    w.empty(1)
    p = w.p("浙跨电协〔2026〕12号", clause=False, align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=0)
    bottom_border(p, sz=18)
    w.empty(1)
    # title typed as two paragraphs
    w.p("浙江省跨境电子商务协会关于发布", font=XBS, size=22, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=36)
    w.p("《跨境电商海外仓服务规范》团体标准的通知", font=XBS, size=22,
        clause=False, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=36)
    w.empty(1)
    w.p("各会员单位，各有关单位：", clause=False, indent=0)

    # body paragraphs indented with typed full-width spaces (no first-line indent)
    w.p("为贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）"
        "有关部署，引导我省海外仓服务规范化、标准化发展，提升跨境电商供应链服务保障能力，"
        "根据《团体标准管理规定》（国标委联〔2019〕1号）和《浙江省跨境电子商务协会团体标准管理办法》，"
        "我会组织杭州、宁波、金华（义乌）等地海外仓企业、跨境电商平台及有关科研机构编制了"
        "《跨境电商海外仓服务规范》团体标准。该标准已经专家技术审查通过，并经协会第三届理事会"
        "第七次会议审议批准，现予发布。有关事项通知如下：", indent=0, lead="\u3000\u3000")
    w.runin("一、标准编号及名称。",
            "标准编号为T/ZJCEC 012—2026，标准名称为《跨境电商海外仓服务规范》"
            "（英文名称：Specification for overseas warehouse services of cross-border e-commerce）。",
            indent=0, lead="\u3000\u3000")
    w.runin("二、发布和实施日期。",
            "本标准发布日期为2026年3月16日，实施日期为2026年4月16日。",
            indent=0, lead="\u3000\u3000", split_head=True)
    w.runin("三、代替情况。",
            "本标准代替T/ZJCEC 005—2023《跨境电商海外仓服务要求》。自本标准实施之日起，"
            "T/ZJCEC 005—2023同时废止。", indent=0, lead="\u3000\u3000")
    w.p("四、宣贯实施要求", font=HT, clause=False, indent=0, lead="\u3000\u3000")
    w.runin("（一）", "各会员单位要结合自身业务实际，组织开展标准学习培训，对照标准要求梳理海外仓"
            "入库、仓储、订单履约、退换货和信息系统等环节的服务流程，及时修订完善企业内部管理制度。",
            hfont=FS, indent=0, lead="\u3000\u3000")
    w.runin("（二）", "鼓励海外仓企业在对外服务合同、服务承诺和平台展示信息中声明执行本标准，"
            "并按照本标准表1所列服务质量指标开展自我评价。",
            hfont=FS, indent=0, lead="\u3000\u3000")
    w.runin("（三）", "协会将联合有关机构开展标准实施情况跟踪评价，适时组织“浙江优选海外仓”"
            "服务能力评价，评价结果向省商务厅等有关部门推荐。",
            hfont=FS, indent=0, lead="\u3000\u3000")
    w.runin("（四）", "标准实施过程中如有意见建议，请及时反馈协会秘书处标准化工作部。",
            hfont=FS, indent=0, lead="\u3000\u3000")
    w.runin("五、标准文本获取。",
            "标准文本可登录全国团体标准信息平台（www.ttbz.org.cn）或协会网站下载。",
            indent=0, lead="\u3000\u3000")
    w.p("联系人：林晓雯，电话：0571-87065213，邮箱：bzh@zjcec.org.cn。",
        indent=0, lead="\u3000\u3000")
    w.empty(1)
    w.p("附件：跨境电商海外仓服务规范", clause=False, indent=0, lead="\u3000\u3000")
    w.empty(3)
    w.p("浙江省跨境电子商务协会", clause=False, indent=0, lead="\u3000" * 13)
    w.p("2026年3月16日", clause=False, indent=0, lead="\u3000" * 14 + " ")

    # ---- attachment: the standard, new section with its own header
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(sec2, top=2.5, bottom=2.0, left=2.5, right=2.0)
    sec2.header.is_linked_to_previous = False
    hp = sec2.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("T/ZJCEC 012—2026"), HT, 10.5)
    bottom_border(hp, color="000000", sz=4)
    footer_pages(sec2, size=9)

    w.p("附件", font=HT, size=16, clause=False, indent=0)
    w.empty(1)
    w.p("ICS 03.080", font=HT, size=10.5, clause=False, indent=0, line=None)
    w.p("CCS A 16", font=HT, size=10.5, clause=False, indent=0, line=None)
    w.p("T/ZJCEC", font="Arial", size=36, bold=True, clause=False,
        align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, line=None)
    w.p("团\u3000\u3000体\u3000\u3000标\u3000\u3000准", font=HT, size=26, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None, before=12)
    p = w.p("T/ZJCEC 012—2026", font=HT, size=14, clause=False,
            align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, line=None)
    w.p("代替T/ZJCEC 005—2023", font=HT, size=10.5, clause=False,
        align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, line=None)
    bottom_border(doc.paragraphs[-1], color="000000", sz=12)
    w.empty(3)
    w.p("跨境电商海外仓服务规范", font=HT, size=26, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None)
    w.p("Specification for overseas warehouse services of cross-border e-commerce",
        font="Times New Roman", size=14, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None, before=6)
    w.empty(6)
    p = w.p("2026-03-16发布" + " " * 38 + "2026-04-16实施", font=HT, size=14,
            clause=False, indent=0, line=None)
    bottom_border(p, color="000000", sz=12)
    w.p("浙江省跨境电子商务协会\u3000\u3000发\u3000布", font=HT, size=16, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None, before=6)

    # 前言 on new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    w.start(std["clauses"])
    w.p("前\u3000\u3000言", font=HT, size=16, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None, after=12)
    std_p(w, "本文件按照GB/T 1.1—2020《标准化工作导则\u3000第1部分：标准化文件的结构和起草规则》的规定起草。")
    std_p(w, "本文件代替T/ZJCEC 005—2023《跨境电商海外仓服务要求》，与T/ZJCEC 005—2023相比，"
             "除结构调整和编辑性改动外，主要技术变化如下：")
    std_p(w, "——增加了海外仓信息系统与数据安全要求（见4.4）；")
    std_p(w, "——增加了服务质量指标及计算方法（见第6章）。")
    std_p(w, "本文件由浙江省跨境电子商务协会提出并归口。")
    std_p(w, "本文件起草单位：浙江省跨境电子商务协会、杭州中欧链通国际物流有限公司、"
             "宁波环球易仓供应链管理有限公司、义乌市新丝路海外仓储有限公司、浙江工商大学现代商贸研究中心。")

    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    w.p("跨境电商海外仓服务规范", font=HT, size=16, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None, after=12)
    std_heading(w, "1\u3000范围")
    std_p(w, "本文件规定了跨境电商海外仓服务的基本要求、服务流程要求和服务质量指标。")
    std_p(w, "本文件适用于为跨境电商出口企业提供境外仓储、订单履约、退换货处理等服务的海外仓服务提供方"
             "开展服务活动，海外仓服务的评价可参照使用。")
    std_heading(w, "2\u3000规范性引用文件")
    std_p(w, "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，"
             "仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。")
    for ref in ("GB/T 18354\u3000物流术语",
                "GB/T 21072\u3000通用仓库等级",
                "GB/T 22239\u3000信息安全技术\u3000网络安全等级保护基本要求"):
        std_p(w, ref)
    std_heading(w, "3\u3000术语和定义")
    std_p(w, "GB/T 18354界定的以及下列术语和定义适用于本文件。")
    std_term_softbreak(w, "3.1", "海外仓", "overseas warehouse",
                       "跨境电商出口企业或第三方物流服务商在境外设立或租用，为跨境电商出口商品提供仓储、"
                       "分拣、包装、配送、退换货处理及相关增值服务的仓储设施。")
    std_term_softbreak(w, "3.2", "海外仓服务提供方", "overseas warehouse service provider",
                       "具备海外仓运营能力，依据合同约定向委托方提供海外仓服务的组织。")
    std_term_softbreak(w, "3.3", "订单履约", "order fulfillment",
                       "海外仓服务提供方自接收委托方或电商平台订单信息起，完成拣货、复核、包装、"
                       "出库交付承运人的全过程。")

    std_heading(w, "4\u3000基本要求")
    std_heading(w, "4.1\u3000组织与人员", before=3, after=3)
    std_num(w, "4.1.1", "海外仓服务提供方应为依法设立的组织，并在海外仓所在国家（地区）依法取得"
                        "开展仓储经营活动所需的登记或许可。")
    std_heading(w, "4.2\u3000设施与设备", before=3, after=3)
    std_num(w, "4.2.1", "海外仓仓储设施宜符合GB/T 21072的相关要求，并满足所在国家（地区）消防、"
                        "建筑和环境保护等规定。")
    std_num(w, "4.2.2", "海外仓应配备下列安全防护设施：")
    nid = letter_numbering(doc)
    items = ["覆盖出入口、作业区和存储区的视频监控系统，监控录像保存期不少于90 d；",
             "符合所在国家（地区）要求的消防报警和灭火设施；",
             "涉及锂电池等特殊商品存储时，应设置独立的存储区域和相应的安全设施。"]
    for k, it in enumerate(items):
        p = doc.add_paragraph()
        fmt(p, indent=None, line=None)
        apply_num(p, nid)
        set_font(p.add_run(it), ST, 10.5)
        w.rec("abcdef"[k] + ") " + it)
    std_heading(w, "4.3\u3000合同与服务承诺", before=3, after=3)
    std_num(w, "4.3.1", "海外仓服务提供方应与委托方签订书面服务合同，明确服务内容、服务时效、收费标准、"
                        "责任划分、保险和争议解决方式等内容，合同主要条款示例见附录A。")
    std_heading(w, "4.4\u3000信息系统与数据安全", before=3, after=3)
    std_num(w, "4.4.1", "海外仓服务提供方应建立仓储管理系统（WMS），具备入库预报、库存查询、订单处理、"
                        "出库跟踪和退换货管理等功能，并能与委托方系统或主要电商平台实现数据对接。")
    std_num(w, "4.4.2", "信息系统宜达到GB/T 22239规定的第二级及以上安全保护要求，库存、订单和物流轨迹"
                        "数据保存期限不少于3年。")

    std_heading(w, "5\u3000服务流程要求")
    std_heading(w, "5.1\u3000入库", before=3, after=3)
    std_num(w, "5.1.1", "海外仓服务提供方应在货物到仓后对箱数、外包装状况进行核验，发现短少、破损等"
                        "异常情况时，应拍照留证并在24 h内通知委托方。")
    std_num(w, "5.1.2", "标准货物应在到仓后48 h内完成上架，并在信息系统中更新库存。")
    std_heading(w, "5.2\u3000仓储", before=3, after=3)
    std_num(w, "5.2.1", "海外仓服务提供方应至少每月进行一次循环盘点，每年至少进行一次全面盘点，"
                        "盘点结果应向委托方开放查询。")
    std_heading(w, "5.3\u3000订单履约", before=3, after=3)
    std_num(w, "5.3.1", "对于当地时间每日截单时间前接收的订单，海外仓服务提供方应于当日完成出库；"
                        "截单时间后接收的订单，应于次一工作日完成出库。")
    std_heading(w, "5.4\u3000退换货处理", before=3, after=3)
    std_num(w, "5.4.1", "海外仓服务提供方应在退货包裹签收后72 h内完成退货检验，并按商品状况分为"
                        "可二次销售、需维修或换标、不可销售三类处理。")

    std_heading(w, "6\u3000服务质量指标")
    std_p(w, "海外仓服务质量指标见表1。")
    w.p("表1\u3000服务质量指标", font=HT, size=10.5, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None, before=4, after=4)
    headers = ["序号", "类别", "指标名称", "指标要求", "计算方法"]
    rows = [
        ["1", "仓储作业", "入库上架及时率", "≥98%", "规定时限内完成上架的入库单数÷入库单总数×100%"],
        ["2", "仓储作业", "库存准确率", "≥99.5%", "账实相符的SKU数÷盘点SKU总数×100%"],
        ["3", "履约服务", "订单出库及时率", "≥99%", "规定时限内出库的订单数÷订单总数×100%"],
        ["4", "履约服务", "发货准确率", "≥99.9%", "无错发、漏发的订单数÷出库订单总数×100%"],
        ["5", "售后服务", "退货检验及时率", "≥95%", "72 h内完成检验的退货件数÷退货总件数×100%"],
    ]
    std_table(w, headers, rows, merge_col=1, widths=[1.2, 2.2, 3.2, 2.0, 7.4])
    std_p(w, "注：指标统计周期为自然月。", indent=0, size=9)

    # 附录A on new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    w.p("附\u3000录\u3000A", font=HT, size=12, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None)
    w.p("（资料性）", font=HT, size=12, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None)
    w.p("海外仓服务合同主要条款示例", font=HT, size=12, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None, after=8)
    std_num(w, "A.1", "服务范围：约定入库、仓储、订单履约、退换货处理及贴标、组套、拍照等增值服务的具体内容。")
    std_num(w, "A.2", "服务时效：约定入库上架、订单出库、退货检验等环节的时效要求，可直接引用本文件表1的指标。")
    std_num(w, "A.3", "责任划分：约定货物在仓期间灭失、损坏的赔偿标准、保险投保主体和免责情形。")
    w.empty(2)
    # 版记 at the very end of the file
    banji(doc, ["抄送：浙江省商务厅，浙江省市场监督管理局，杭州海关、宁波海关。",
                "浙江省跨境电子商务协会秘书处" + "\u3000" * 5 + "2026年3月17日印发"],
          size=12)

    path = os.path.join(out, "blind681_zhejiang_tongzhi.docx")
    doc.save(path)
    return "blind681_zhejiang_tongzhi", [notice, std]


# ===================================================== file 2: shenzhen
def build_shenzhen(out):
    doc = new_doc()
    w = Writer(doc)
    sec = doc.sections[0]
    setup_page(sec, top=2.5, bottom=2.0, left=2.5, right=2.0)
    st = doc.styles["Normal"]
    st.font.name = ST
    st.element.rPr.rFonts.set(qn("w:eastAsia"), ST)
    st.font.size = Pt(10.5)

    std = {"meta": meta(
        title="跨境电商海外仓服务质量评价规范",
        doc_number="T/SZCEA 023—2025",
        issuer=["深圳市跨境电子商务协会"],
        date="2025-11-28", level="municipal", region="深圳市",
        doc_type="团体标准", effective="2025-12-28"),
        "clauses": []}
    w.start(std["clauses"])

    # cover as a layout table (no borders)
    cov = doc.add_table(rows=6, cols=2)
    cov.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(cov.cell(0, 0), "ICS 03.080", HT, 10.5, align=WD_ALIGN_PARAGRAPH.LEFT)
    cov.cell(0, 0).add_paragraph()
    p = cov.cell(0, 0).paragraphs[1]
    set_font(p.add_run("CCS A 16"), HT, 10.5)
    cell_text(cov.cell(0, 1), "T/SZCEA", "Arial", 36, bold=True,
              align=WD_ALIGN_PARAGRAPH.RIGHT)
    m = cov.cell(1, 0).merge(cov.cell(1, 1))
    cell_text(m, "团\u3000\u3000体\u3000\u3000标\u3000\u3000准", HT, 26)
    m = cov.cell(2, 0).merge(cov.cell(2, 1))
    cell_text(m, "T/SZCEA 023—2025", HT, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    set_cell_border(m, bottom={"sz": 12})
    m = cov.cell(3, 0).merge(cov.cell(3, 1))
    cell_text(m, "跨境电商海外仓服务质量评价规范", HT, 26)
    m.paragraphs[0].paragraph_format.space_before = Pt(90)
    m.add_paragraph()
    set_font(m.paragraphs[1].add_run(
        "Evaluation specification for service quality of cross-border e-commerce overseas warehouses"),
        "Times New Roman", 14)
    m.paragraphs[1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell_text(cov.cell(4, 0), "2025-11-28发布", HT, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(cov.cell(4, 1), "2025-12-28实施", HT, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    cov.cell(4, 0).paragraphs[0].paragraph_format.space_before = Pt(200)
    cov.cell(4, 1).paragraphs[0].paragraph_format.space_before = Pt(200)
    set_cell_border(cov.cell(4, 0), bottom={"sz": 12})
    set_cell_border(cov.cell(4, 1), bottom={"sz": 12})
    m = cov.cell(5, 0).merge(cov.cell(5, 1))
    cell_text(m, "深圳市跨境电子商务协会\u3000\u3000发\u3000布", HT, 16)

    # section 2 with header + page numbers
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.header.is_linked_to_previous = False
    hp = sec2.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    set_font(hp.add_run("T/SZCEA 023—2025"), HT, 10.5)
    bottom_border(hp, color="000000", sz=4)
    footer_pages(sec2, size=9)

    # 目次 (typed with tabs)
    w.p("目\u3000\u3000次", font=HT, size=16, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None, after=12)
    for line in ("前言\t…………………………………………………………………\tII",
                 "1\u3000范围\t……………………………………………………………\t1",
                 "2\u3000规范性引用文件\t………………………………………………\t1",
                 "3\u3000术语和定义\t…………………………………………………\t1",
                 "4\u3000评价原则\t……………………………………………………\t1",
                 "5\u3000评价内容与指标\t………………………………………………\t2",
                 "6\u3000评价程序\t……………………………………………………\t2",
                 "7\u3000评价等级\t……………………………………………………\t3",
                 "附录A（资料性）\u3000海外仓服务质量评价报告格式\t…………………\t4"):
        w.p(line, font=ST, size=10.5, clause=False, indent=0, line=None)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    w.p("前\u3000\u3000言", font=HT, size=16, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None, after=12)
    std_p(w, "本文件按照GB/T 1.1—2020《标准化工作导则\u3000第1部分：标准化文件的结构和起草规则》的规定起草。")
    std_p(w, "本文件由深圳市跨境电子商务协会提出并归口。")
    std_p(w, "本文件起草单位：深圳市跨境电子商务协会、深圳前海跨境供应链研究院、"
             "深圳市仓联海外仓科技有限公司、盐田港国际物流服务有限公司。")
    std_p(w, "本文件主要起草人：黄志伟、刘倩、何俊杰、梁嘉欣、吴振宇。")
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    w.p("跨境电商海外仓服务质量评价规范", font=HT, size=16, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None, after=12)
    std_heading(w, "1\u3000范围")
    std_p(w, "本文件规定了跨境电商海外仓服务质量评价的评价原则、评价内容与指标、评价程序和评价等级。")
    std_p(w, "本文件适用于对深圳市跨境电商企业自建或合作的海外仓开展服务质量评价，"
             "也适用于海外仓服务提供方开展自我评价。")
    std_heading(w, "2\u3000规范性引用文件")
    std_p(w, "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，"
             "仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。")
    std_p(w, "GB/T 19038\u3000顾客满意测评模型和方法指南")
    std_p(w, "T/SZCEA 012—2024\u3000跨境电商海外仓服务基本要求")
    std_heading(w, "3\u3000术语和定义")
    std_p(w, "T/SZCEA 012—2024界定的以及下列术语和定义适用于本文件。")
    std_term_paras(w, "3.1", "服务质量评价", "service quality evaluation",
                   "依据规定的评价指标和程序，对海外仓服务提供方的服务能力和服务结果进行测量、"
                   "分析并确定等级的活动。")
    std_term_paras(w, "3.2", "评价机构", "evaluation body",
                   "受深圳市跨境电子商务协会委托，具备相应专业能力，承担海外仓服务质量评价工作的第三方机构。")

    std_heading(w, "4\u3000评价原则")
    std_num(w, "4.1", "客观公正：评价应以事实和数据为依据，评价人员与被评价方存在利害关系的应当回避。")
    std_num(w, "4.2", "公开透明：评价指标、评价程序和评价结果应向申请方公开。")

    std_heading(w, "5\u3000评价内容与指标")
    std_num(w, "5.1", "评价内容包括基础能力、作业质量、客户服务和合规管理4个方面，总分100分。")
    std_num(w, "5.2", "评价指标、分值及评价要点见表1。")
    w.p("表1\u3000评价指标及分值", font=HT, size=10.5, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None, before=4, after=4)
    headers = ["一级指标", "二级指标", "分值", "评价要点"]
    rows = [
        ["基础能力（25分）", "仓储设施", "10", "仓储面积、仓库等级及消防、安防设施配置情况"],
        ["基础能力（25分）", "信息系统", "15", "WMS功能完整性、与主要电商平台系统对接情况"],
        ["作业质量（40分）", "库存准确率", "15", "近12个月库存准确率统计数据"],
        ["作业质量（40分）", "订单出库及时率", "15", "近12个月订单出库及时率统计数据"],
        ["作业质量（40分）", "退换货处理", "10", "退货检验时效及二次上架管理情况"],
        ["客户服务（20分）", "客户满意度", "12", "按GB/T 19038开展的满意度测评结果"],
        ["客户服务（20分）", "投诉处理", "8", "投诉处理机制及办结情况"],
        ["合规管理（15分）", "经营合规", "8", "境外登记许可、税务合规及劳动用工情况"],
        ["合规管理（15分）", "数据安全", "7", "数据保护制度建立及执行情况"],
    ]
    std_table(w, headers, rows, merge_col=0, widths=[3.2, 3.2, 1.4, 8.4])

    std_heading(w, "6\u3000评价程序")
    std_num(w, "6.1", "申请：海外仓服务提供方自愿向深圳市跨境电子商务协会提出评价申请，并提交营业登记证明、"
                      "仓储设施证明、近12个月运营数据等材料。")
    std_num(w, "6.2", "材料审查：评价机构应在收到完整申请材料之日起10个工作日内完成材料审查。")
    std_num(w, "6.3", "现场评价：材料审查通过的，评价机构应组成不少于3人的评价组开展现场评价。"
                      "境外海外仓可采取远程视频核查与第三方实地核验相结合的方式。")
    std_num(w, "6.4", "结果确定：评价机构根据材料审查和现场评价情况形成评价报告，报协会评审委员会审定后，"
                      "在协会网站公示5个工作日。")

    std_heading(w, "7\u3000评价等级")
    std_num(w, "7.1", "根据评价总分，评价结果分为以下三个等级：")
    for it in ("a)\u3000总分≥90分的，为AAAAA级；",
               "b)\u300080分≤总分＜90分的，为AAAA级；",
               "c)\u300070分≤总分＜80分的，为AAA级。"):
        p = doc.add_paragraph()
        fmt(p, indent=None, line=None, left=21)
        set_font(p.add_run(it), ST, 10.5)
        w.rec(it)
    std_num(w, "7.2", "总分低于70分的，不予评定等级。评价结果有效期为3年，有效期内每年进行一次监督评价。")

    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    w.p("附\u3000录\u3000A", font=HT, size=12, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None)
    w.p("（资料性）", font=HT, size=12, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None)
    w.p("海外仓服务质量评价报告格式", font=HT, size=12, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None, after=8)
    std_num(w, "A.1", "评价报告宜包括下列内容：")
    for it in ("a)\u3000被评价海外仓基本情况；",
               "b)\u3000评价依据和评价过程；",
               "c)\u3000各项指标得分及扣分说明；",
               "d)\u3000评价结论和改进建议。"):
        p = doc.add_paragraph()
        fmt(p, indent=None, line=None, left=21)
        set_font(p.add_run(it), ST, 10.5)
        w.rec(it)
    std_num(w, "A.2", "评价报告应由评价组成员签字，并加盖评价机构公章。")
    w.empty(2)
    p = w.p("_" * 12, font=ST, size=10.5, clause=False,
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None)

    path = os.path.join(out, "blind681_shenzhen_biaozhun.docx")
    doc.save(path)
    return "blind681_shenzhen_biaozhun", [std]


# ===================================================== file 3: fujian
def build_fujian(out):
    doc = new_doc()
    w = Writer(doc)
    footer_pages(doc.sections[0])

    title = "福建省跨境电子商务协会关于发布《跨境电商海外仓服务规范》等3项团体标准的通知"
    notice = {"meta": meta(
        title=title,
        doc_number="闽跨电协〔2025〕21号",
        issuer=["福建省跨境电子商务协会"],
        date="2025-12-22", level="provincial", region="福建省",
        doc_type="通知",
        attachments=["跨境电商海外仓服务规范", "中欧班列跨境电商货物集拼服务规范",
                     "综合保税区跨境电商网购保税进口仓储作业规范"],
        recipients=["各会员单位", "各设区市跨境电商行业组织", "平潭综合实验区跨境电商行业协会"],
        publicity="此件公开发布",
        repeals="T/FJCEA 003—2022《跨境电商海外仓服务要求》"),
        "clauses": []}
    w.start(notice["clauses"])

    w.empty(1)
    w.p("福建省跨境电子商务协会", font=XBS, size=40, clause=False,
        align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None, color=RED)
    w.empty(1)
    p = w.p("闽跨电协〔2025〕21号", clause=False, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    bottom_border(p, sz=18)
    w.empty(1)
    # title in one paragraph with a soft line break
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=36)
    r = p.add_run("福建省跨境电子商务协会关于发布")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("《跨境电商海外仓服务规范》等3项")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("团体标准的通知"), XBS, 22)
    w.empty(1)
    w.p("各会员单位，各设区市跨境电商行业组织，平潭综合实验区跨境电商行业协会：",
        clause=False, indent=0)

    # first paragraph with a hard-wrapped (soft break) line mid-sentence
    a = ("为推动我省跨境电商与海外仓、中欧班列、综合保税区等外贸新业态融合发展，提升行业服务标准化水平，"
         "根据《团体标准管理规定》和《福建省跨境电子商务协会团体标准管理办法》，经立项、起草、征求意见、")
    b = ("技术审查等程序，协会批准发布《跨境电商海外仓服务规范》《中欧班列跨境电商货物集拼服务规范》"
         "《综合保税区跨境电商网购保税进口仓储作业规范》3项团体标准（见下表），现将有关事项通知如下。")
    p = doc.add_paragraph()
    fmt(p, indent=32)
    r = p.add_run(a)
    set_font(r, FS, 16)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run(b), FS, 16)
    w.rec(a + b)

    w.p("一、标准基本信息", font=HT, clause=False)
    headers = ["序号", "标准编号", "标准名称", "发布日期", "实施日期", "备注"]
    rows = [
        ["1", "T/FJCEA 008—2025", "跨境电商海外仓服务规范", "2025-12-22", "2026-02-01",
         "代替T/FJCEA 003—2022"],
        ["2", "T/FJCEA 009—2025", "中欧班列跨境电商货物集拼服务规范", "2025-12-22", "2026-02-01",
         "新制定"],
        ["3", "T/FJCEA 010—2025", "综合保税区跨境电商网购保税进口仓储作业规范", "2025-12-22",
         "2026-02-01", "新制定"],
    ]
    t = grid_table(doc, len(rows) + 1, len(headers))
    t.autofit = False
    for j, h in enumerate(headers):
        cell_text(t.rows[0].cells[j], h, HT, 10.5)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.rows[i + 1].cells[j], v, FS, 10.5)
    cws = [1.3, 3.2, 4.1, 2.4, 2.4, 2.2]
    for k, row in enumerate(t.rows):
        trpr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        trpr.append(cs)
        if k == 0:  # header row repeats on the next page
            th = OxmlElement("w:tblHeader")
            trpr.append(th)
    for j, cw in enumerate(cws):
        t.columns[j].width = Cm(cw)
    for row in t.rows:
        for j, cw in enumerate(cws):
            row.cells[j].width = Cm(cw)
    for row in rows:
        w.rec("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    w.empty(1)
    w.p("T/FJCEA 008—2025实施之日起，T/FJCEA 003—2022《跨境电商海外仓服务要求》同时废止。")

    w.p("二、宣贯实施", font=HT, clause=False)
    w.runin("（一）组织宣贯培训。",
            "协会将于2026年1月在福州、厦门、泉州分别举办标准宣贯培训会，具体安排另行通知。"
            "各设区市跨境电商行业组织要组织本地区会员企业积极参加。", hfont=KT)
    w.runin("（二）推动标准应用。", "鼓励会员单位在以下方面采用标准：", hfont=KT)
    w.p("1.海外仓企业在服务合同和服务承诺中明确执行T/FJCEA 008—2025；")
    w.p("2.中欧班列（厦门）、中欧班列（福州）集拼服务企业对照T/FJCEA 009—2025优化集拼作业流程；")
    w.p("3.综合保税区内跨境电商仓储企业对照T/FJCEA 010—2025开展作业规范化改造。")
    w.runin("（三）加强实施反馈。",
            "各单位在标准实施中发现的问题和意见建议，请于每年11月30日前书面反馈协会秘书处，"
            "协会将适时组织复审。", hfont=KT)
    w.runin("三、标准文本获取。",
            "标准文本可在全国团体标准信息平台（www.ttbz.org.cn）免费查阅下载。", hbold=False)
    w.p("联系人：协会秘书处\u3000郑雅琳，联系电话：0591-87683412。")
    w.empty(1)
    w.p("附件：1.跨境电商海外仓服务规范", clause=False)
    w.p("2.中欧班列跨境电商货物集拼服务规范", clause=False, lead="\u3000" * 3)
    w.p("3.综合保税区跨境电商网购保税进口仓储作业规范", clause=False, lead="\u3000" * 3)
    w.empty(3)
    w.p("福建省跨境电子商务协会", clause=False, indent=0, align=WD_ALIGN_PARAGRAPH.RIGHT,
        lead="", )
    doc.paragraphs[-1].paragraph_format.right_indent = Pt(64)
    w.p("2025年12月22日", clause=False, indent=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.paragraphs[-1].paragraph_format.right_indent = Pt(80)
    w.p("（此件公开发布）", clause=False, indent=32)
    w.empty(2)
    banji(doc, ["抄送：福建省商务厅，福建省市场监督管理局，福州海关、厦门海关。",
                "福建省跨境电子商务协会秘书处" + "\u3000" * 3 + "2025年12月23日印发"])

    path = os.path.join(out, "blind681_fujian_tongzhi.docx")
    doc.save(path)
    return "blind681_fujian_tongzhi", [notice]


def main():
    out = HERE
    expected = {}
    for fn in (build_zhejiang, build_shenzhen, build_fujian):
        stem, docs = fn(out)
        expected[stem] = docs
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_681", "--headless",
             "--convert-to", "pdf", "--outdir", out, os.path.join(out, stem + ".docx")],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
