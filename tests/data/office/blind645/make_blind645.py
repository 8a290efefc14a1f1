# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 645: 省级跨境电商产业园和公共海外仓名单 notices (Word + PDF + answer key)."""
import json
import os
import subprocess
from decimal import Decimal

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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

SAN = Pt(16)      # 三号
XIAOSI = Pt(12)   # 小四
SIHAO = Pt(14)    # 四号
ERHAO = Pt(22)    # 二号


# ----------------------------------------------------------------- helpers
def set_font(run, font=FS, size=SAN, bold=False, color=None):
    run.font.size = size
    run.font.bold = bold
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first_indent=None, line=Pt(28), before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    if left is not None:
        pf.left_indent = left
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, text="", font=FS, size=SAN, bold=False, align=None, indent=True,
         color=None, line=Pt(28)):
    p = doc.add_paragraph()
    fmt(p, align=align, first_indent=Pt(32) if indent else None, line=line)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runin(doc, head, body, head_font=FS, head_bold=True, brk_after=None):
    """Run-in heading typed in a bold run, then the body in the same paragraph.
    brk_after: insert a soft line break after this substring of body."""
    p = para(doc, "")
    set_font(p.add_run(head), head_font, SAN, head_bold)
    if brk_after and brk_after in body:
        a, b = body.split(brk_after, 1)
        r = set_font(p.add_run(a + brk_after), FS, SAN)
        r.add_break()
        set_font(p.add_run(b), FS, SAN)
    else:
        set_font(p.add_run(body), FS, SAN)
    return p


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_border(p, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
    ppr.append(bdr)


def page_setup(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width = Cm(29.7)
        section.page_height = Cm(21.0)
        section.top_margin = Cm(2.8)
        section.bottom_margin = Cm(2.6)
        section.left_margin = Cm(3.0)
        section.right_margin = Cm(2.8)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width = Cm(21.0)
        section.page_height = Cm(29.7)
        section.top_margin = Cm(3.7)
        section.bottom_margin = Cm(3.5)
        section.left_margin = Cm(2.8)
        section.right_margin = Cm(2.6)


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", SIHAO)
    r = p.add_run()
    set_font(r, "宋体", SIHAO)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._element.append(f1)
    r._element.append(it)
    r._element.append(f2)
    r._element.append(t)
    r._element.append(f3)
    set_font(p.add_run(" —"), "宋体", SIHAO)


def set_cell_border(table, sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "000000")
        borders.append(b)
    tblPr.append(borders)


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "nil")
        borders.append(b)
    tblPr.append(borders)


def vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    tcPr.append(v)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit")
    trPr.append(h)


def cell_text(cell, text, font=FS, size=XIAOSI, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              soft_break_at=None, lead_empty=False):
    """Write text into the first paragraph of a cell.  '\n' in text becomes a soft break."""
    # remove extra paragraphs that merges may leave behind
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    fmt(p, align=align, line=Pt(20))
    if lead_empty:
        # typist left an empty paragraph above the text
        p2 = cell.add_paragraph()
        fmt(p2, align=align, line=Pt(20))
        p = p2
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = set_font(p.add_run(part), font, size, bold)
        if i < len(parts) - 1:
            r.add_break()
    vcenter(cell)
    return p


def set_widths(table, widths_cm):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            try:
                row.cells[idx].width = Cm(w)
            except IndexError:
                pass


def dec_sum(vals):
    s = Decimal("0")
    for v in vals:
        s += Decimal(v.replace(",", ""))
    return s


def fmt_like(total, sample):
    """format a Decimal total like the sample strings (decimals, thousands separator)."""
    sample = sample.replace(",", "")
    places = len(sample.split(".")[1]) if "." in sample else 0
    q = Decimal(1).scaleb(-places)
    total = total.quantize(q)
    return total


def fmt_num(total, samples, thousands=False):
    places = 0
    for s in samples:
        s = s.replace(",", "")
        if "." in s:
            places = max(places, len(s.split(".")[1]))
    q = Decimal(1).scaleb(-places) if places else Decimal(1)
    total = total.quantize(q)
    if thousands:
        return "{:,}".format(total)
    return str(total)


def row_clause(cols, vals):
    """列名：值；列名：值 — empty cells left out."""
    parts = []
    for c, v in zip(cols, vals):
        v = v.replace("\n", "")
        if v == "":
            continue
        parts.append("%s：%s" % (c.replace("\n", ""), v))
    return "；".join(parts)


def build_list_table(doc, cols, widths, groups, num_idx, style, thousands=False,
                     header_repeat=True, soft_breaks=None, lead_empty_names=()):
    """groups: list of (city, [ [序号, 名称, 运营主体, ...rest...] ... ]).
    style: 'name'  -> 小计 row: 设区市 merged down incl. the 小计 row, "小计" in the name column
                      (name and 运营主体 cells merged), 序号 empty
           'seq'   -> 小计 row: "小计" typed in the 序号 column, 设区市 merged down incl. it,
                      name/运营主体 (and other text columns) left blank
    合计 row: "合计" in a cell spanning from 序号 to the last text column.
    Returns the list of clauses for the data rows (in order)."""
    soft_breaks = soft_breaks or {}
    ncol = len(cols)
    first_num = min(num_idx)
    nrows = 1 + sum(len(items) + 1 for _, items in groups) + 1
    t = doc.add_table(rows=nrows, cols=ncol)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell_border(t)
    set_widths(t, widths)
    clauses = []
    # header
    hdr = t.rows[0]
    if header_repeat:
        repeat_header(hdr)
    for i, c in enumerate(cols):
        cell_text(hdr.cells[i], c, font=HT, size=XIAOSI)
    r = 1
    all_rows = []
    for city, items in groups:
        start = r
        for it in items:
            seq, rest = it[0], it[1:]
            vals = [seq, city] + list(rest)
            all_rows.append(vals)
            row = t.rows[r]
            cant_split(row)
            for i, v in enumerate(vals):
                if i == 1:
                    continue
                if i in num_idx:
                    al = WD_ALIGN_PARAGRAPH.RIGHT
                elif i in (2, 3):
                    al = WD_ALIGN_PARAGRAPH.LEFT
                else:
                    al = WD_ALIGN_PARAGRAPH.CENTER
                txt = soft_breaks.get(v, v) if i == 2 else v
                cell_text(row.cells[i], txt, align=al,
                          lead_empty=(i == 2 and v in lead_empty_names))
            clauses.append(row_clause(cols, vals))
            r += 1
        # 小计
        sub = t.rows[r]
        cant_split(sub)
        sums = {}
        for ni in num_idx:
            s = dec_sum([it[ni - 1] for it in items])
            sums[ni] = fmt_num(s, [it[ni - 1] for it in items], thousands)
        if style == "name":
            merged = sub.cells[2].merge(sub.cells[3])
            cell_text(merged, "小计", font=HT)
            for i in range(4, ncol):
                if i in num_idx:
                    cell_text(sub.cells[i], sums[i], align=WD_ALIGN_PARAGRAPH.RIGHT, font=HT)
            vals = [""] * ncol
            vals[1] = city
            vals[2] = "小计"
            for ni in num_idx:
                vals[ni] = sums[ni]
        else:
            cell_text(sub.cells[0], "小计", font=HT)
            for i in num_idx:
                cell_text(sub.cells[i], sums[i], align=WD_ALIGN_PARAGRAPH.RIGHT, font=HT)
            vals = [""] * ncol
            vals[0] = "小计"
            vals[1] = city
            for ni in num_idx:
                vals[ni] = sums[ni]
        clauses.append(row_clause(cols, vals))
        # merge 设区市 down (items + 小计)
        top = t.cell(start, 1)
        merged_city = top.merge(t.cell(r, 1))
        cell_text(merged_city, city)
        r += 1
    # 合计
    tot = t.rows[r]
    cant_split(tot)
    merged = tot.cells[0].merge(tot.cells[first_num - 1])
    cell_text(merged, "合计", font=HT)
    vals = [""] * ncol
    vals[0] = "合计"
    for ni in num_idx:
        col = [v[ni] for v in all_rows]
        s = fmt_num(dec_sum(col), col, thousands)
        cell_text(tot.cells[ni], s, align=WD_ALIGN_PARAGRAPH.RIGHT, font=HT)
        vals[ni] = s
    clauses.append(row_clause(cols, vals))
    return t, clauses


def red_header(doc, organ_text, wenhao, size=Pt(42)):
    for _ in range(2):
        para(doc, "", indent=False)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(60))
    set_font(p.add_run(organ_text), XBS, size, False, RED)
    para(doc, "", indent=False)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    set_font(p.add_run(wenhao), FS, SAN)
    bottom_border(p)
    para(doc, "", indent=False)


def title(doc, lines):
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(36))
    for i, ln in enumerate(lines):
        r = set_font(p.add_run(ln), XBS, ERHAO)
        if i < len(lines) - 1:
            r.add_break()
    para(doc, "", indent=False)


def banji(doc, chaosong, yinfa_organ, yinfa_date):
    """版记 typed as a 1-col borderless table with top/bottom rules."""
    for _ in range(3):
        para(doc, "", indent=False)
    t = doc.add_table(rows=2, cols=1)
    no_borders(t)
    p = t.rows[0].cells[0].paragraphs[0]
    fmt(p, line=Pt(24), left=Pt(14))
    set_font(p.add_run(chaosong), FS, SIHAO)
    top_bottom_border(p, sz=8)
    p = t.rows[1].cells[0].paragraphs[0]
    fmt(p, line=Pt(24), left=Pt(14))
    set_font(p.add_run(yinfa_organ + "\t" * 1), FS, SIHAO)
    # manual spaces to push the date right
    set_font(p.add_run("　" * 9 + yinfa_date), FS, SIHAO)
    bottom = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "8")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)
    bottom.append(bdr)


def add_chinese_numbering(doc, fmt_text="（%1）", numfmt="chineseCounting"):
    """Add a Word numbering definition; returns numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", numfmt), ("w:suff", "nothing"),
                     ("w:lvlText", fmt_text), ("w:lvlJc", "left")):
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
    b = OxmlElement("w:b")
    rpr.append(b)
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


def set_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(nid))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = SAN
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_setup(doc.sections[0])
    add_page_number(doc.sections[0])
    return doc


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def attach_head(doc, label, ttl):
    p = para(doc, "", indent=False)
    set_font(p.add_run(label), HT, SAN)
    para(doc, "", indent=False)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(32))
    set_font(p.add_run(ttl), XBS, Pt(18))
    para(doc, "", indent=False, line=Pt(14))


# =============================================================== document 1
def doc_jiangsu():
    stem = "blind645_jiangsu_tongzhi"
    doc = base_doc()
    red_header(doc, "江苏省商务厅文件", "苏商电〔2026〕23号")
    title(doc, ["江苏省商务厅关于公布2026年度省级",
                "跨境电商产业园和公共海外仓名单的通知"])
    p = para(doc, "各设区市商务局，各有关单位：", indent=False)

    clauses = []
    c1 = ("为深入贯彻落实《国务院办公厅关于推动外贸稳规模优结构的意见》（国办发〔2023〕10号）和省委、省政府"
          "关于加快发展外贸新业态新模式的决策部署，推动跨境电商与产业带深度融合，根据《江苏省省级跨境电商产业园"
          "和公共海外仓认定管理办法》（苏商电〔2024〕118号，以下简称《管理办法》），经各设区市商务局推荐、第三方"
          "机构评审、实地核查和网上公示等程序，现将2026年度省级跨境电商产业园和公共海外仓名单予以公布（见附件1、2），"
          "并就有关事项通知如下：")
    para(doc, c1)
    clauses.append(c1)
    items = [
        ("（一）强化示范引领。",
         "各入选产业园要围绕本地优势产业带，完善跨境电商通关、物流、支付、结汇、退税等配套服务，积极引进跨境电商平台、"
         "服务商和品牌企业，打造“跨境电商＋产业带”集聚发展高地，力争2026年园区跨境电商进出口额同比增长15%以上。", None),
        ("（二）提升海外仓服务能力。",
         "各入选公共海外仓要面向省内中小外贸企业开放共享仓储资源，完善头程集货、清关、仓储、配送、退换货和售后维修等"
         "服务功能，公开服务项目和收费标准，年度服务省内企业数量不少于30家。", "开放共享仓储资源，"),
        ("（三）加强政策支持。",
         "各设区市商务局要会同有关部门，统筹用好省级商务发展专项资金和地方配套资金，对入选产业园和公共海外仓在公共服务"
         "平台建设、人才培训、品牌推广等方面给予支持，并协调海关、税务、外汇管理等部门在通关便利、出口退税、跨境结算等"
         "方面加大服务力度。", None),
        ("（四）实行动态管理。",
         "省商务厅将按照《管理办法》对入选单位实行“有进有出”的动态管理，每两年组织一次综合评估。对评估不合格、发生重大"
         "安全生产事故或者存在严重违法失信行为的，取消其省级跨境电商产业园或者省级公共海外仓称号。", None),
        ("（五）做好数据报送。",
         "各入选单位应于每季度结束后10日内，通过江苏省跨境电商公共服务平台报送运营数据和典型案例；各设区市商务局应于每年"
         "1月15日前将上一年度工作总结报送省商务厅（电子商务处）。", None),
    ]
    for head, body, brk in items:
        runin(doc, head, body, brk_after=brk)
        clauses.append(head + body)
    c7 = "联系人：省商务厅电子商务处王晓东，联系电话：025-57710362。"
    para(doc, c7)
    clauses.append(c7)
    para(doc, "", indent=False)
    # 附件 list: second line aligned with full-width spaces typed by hand
    para(doc, "附件：1．2026年度江苏省省级跨境电商产业园名单")
    para(doc, "　　　2．2026年度江苏省省级公共海外仓名单")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, "　" * 17 + "江苏省商务厅", indent=False)
    para(doc, "　" * 16 + "2026年3月18日", indent=False)
    para(doc, "（此件公开发布）")

    # ---- 附件1
    page_break(doc)
    attach_head(doc, "附件1", "2026年度江苏省省级跨境电商产业园名单")
    cols1 = ["序号", "设区市", "产业园名称", "运营主体", "规划面积\n（万平方米）", "入驻企业\n（家）"]
    g1 = [
        ("南京市", [
            ["1", "中国（江苏）自由贸易试验区南京片区跨境电子商务产业园（江北新区跨境电商综合服务园）",
             "南京江北新区跨境电商产业发展有限公司", "12.6", "138"],
            ["2", "南京空港跨境电商产业园（南京综合保税区（禄口片区）跨境电商集聚区）",
             "南京空港枢纽经济区开发建设有限公司", "8.3", "76"],
        ]),
        ("苏州市", [
            ["3", "中国（江苏）自由贸易试验区苏州片区跨境电子商务产业园（苏州工业园区综合保税区跨境电商园）",
             "苏州工业园区综保跨境电商发展有限公司", "15.2", "182"],
            ["4", "昆山综合保税区跨境电商产业园", "昆山综保区跨境电商服务有限公司", "9.8", "104"],
            ["5", "苏州高新区（虎丘区）跨境电子商务产业园（苏州高新技术产业开发区综合保税区跨境电商集聚区）",
             "苏州高新区跨境电商产业园管理有限公司", "7.5", "91"],
        ]),
        ("无锡市", [
            ["6", "无锡（江阴）跨境电子商务产业园", "江阴临港跨境电商发展有限公司", "6.4", "58"],
        ]),
        ("连云港市", [
            ["7", "中国（江苏）自由贸易试验区连云港片区跨境电子商务产业园（中哈物流合作基地跨境电商集聚区）",
             "连云港港口跨境电商有限公司", "10.1", "67"],
        ]),
    ]
    soft = {
        "中国（江苏）自由贸易试验区苏州片区跨境电子商务产业园（苏州工业园区综合保税区跨境电商园）":
            "中国（江苏）自由贸易试验区苏州片区跨境电子商务产业园\n（苏州工业园区综合保税区跨境电商园）",
        "中国（江苏）自由贸易试验区南京片区跨境电子商务产业园（江北新区跨境电商综合服务园）":
            "中国（江苏）自由贸易试验区南京片区跨境电子商务产业园\n（江北新区跨境电商综合服务园）",
    }
    _, cl = build_list_table(doc, cols1, [1.2, 1.9, 5.6, 3.9, 1.8, 1.5], g1, num_idx=[4, 5],
                             style="name", header_repeat=True, soft_breaks=soft)
    clauses += cl

    # ---- 附件2
    page_break(doc)
    attach_head(doc, "附件2", "2026年度江苏省省级公共海外仓名单")
    cols2 = ["序号", "设区市", "海外仓名称", "运营主体", "海外仓所在国家（地区）", "仓储面积（万平方米）"]
    g2 = [
        ("南京市", [
            ["1", "金陵跨境美国洛杉矶公共海外仓", "南京金陵跨境供应链管理有限公司", "美国", "3.2"],
            ["2", "江苏新通达德国杜伊斯堡公共海外仓（中欧班列（南京）海外集散分拨中心）",
             "江苏新通达国际物流有限公司", "德国", "2.6"],
        ]),
        ("苏州市", [
            ["3", "苏州环太湖跨境电商墨西哥蒙特雷公共海外仓", "苏州环太湖国际供应链有限公司", "墨西哥", "4.1"],
            ["4", "常熟服装城跨境电商中国香港公共海外仓", "常熟市国泰跨境贸易有限公司", "中国香港", "1.8"],
        ]),
        ("徐州市", [
            ["5", "徐州淮海国际陆港哈萨克斯坦阿拉木图公共海外仓", "徐州淮海国际陆港跨境物流有限公司",
             "哈萨克斯坦", "1.5"],
        ]),
        ("南通市", [
            ["6", "南通家纺城跨境电商英国伯明翰公共海外仓", "南通叠石桥跨境贸易服务有限公司", "英国", "2.2"],
            ["7", "海门港跨境电商泰国曼谷公共海外仓（中国—东盟跨境电商物流节点仓）",
             "南通海门港新区跨境电商发展有限公司", "泰国", "1.6"],
        ]),
    ]
    _, cl = build_list_table(doc, cols2, [1.2, 1.9, 5.0, 3.9, 2.2, 1.7], g2, num_idx=[5],
                             style="name", header_repeat=True)
    clauses += cl

    banji(doc, "抄送：商务部电子商务司，南京海关，国家税务总局江苏省税务局，国家外汇管理局江苏省分局。",
          "江苏省商务厅办公室", "2026年3月19日印发")

    meta = {
        "title": "江苏省商务厅关于公布2026年度省级跨境电商产业园和公共海外仓名单的通知",
        "doc_number": "苏商电〔2026〕23号",
        "issuer": ["江苏省商务厅"],
        "date": "2026-03-18",
        "published": None,
        "level": "provincial",
        "region": "江苏省",
        "effective": None,
        "expires": None,
        "attachments": ["2026年度江苏省省级跨境电商产业园名单", "2026年度江苏省省级公共海外仓名单"],
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# =============================================================== document 2
def joint_header(doc, organs, wenhao):
    for _ in range(2):
        para(doc, "", indent=False)
    t = doc.add_table(rows=len(organs), cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [11.0, 4.0])
    for i, o in enumerate(organs):
        c = t.rows[i].cells[0]
        p = c.paragraphs[0]
        fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=Pt(50))
        set_font(p.add_run(o), XBS, Pt(36), False, RED)
    m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
    p = m.paragraphs[0]
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(50))
    set_font(p.add_run("文件"), XBS, Pt(36), False, RED)
    vcenter(m)
    para(doc, "", indent=False)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    set_font(p.add_run(wenhao), FS, SAN)
    bottom_border(p)
    para(doc, "", indent=False)


def doc_fujian():
    stem = "blind645_fujian_tongzhi"
    doc = base_doc()
    nid = add_chinese_numbering(doc)
    joint_header(doc, ["福建省商务厅", "福建省财政厅"], "闽商务电商〔2026〕12号")
    title(doc, ["福建省商务厅 福建省财政厅关于公布",
                "2026年度省级跨境电商产业园和",
                "公共海外仓名单的通知"])
    para(doc, "各设区市商务局、财政局，平潭综合实验区经济发展局、财政金融局：", indent=False)
    clauses = []
    c1 = ("为贯彻落实商务部等9部门《关于拓展跨境电商出口推进海外仓建设的意见》（商贸发〔2024〕125号）和《福建省加快"
          "跨境电商高质量发展若干措施》，加快构建“跨境电商＋产业带＋海外仓”联动发展格局，根据《福建省省级跨境电商产业园"
          "和公共海外仓认定办法》（闽商务电商〔2025〕5号），经设区市申报、第三方评审、实地核查和社会公示，认定中国（福建）"
          "自由贸易试验区福州片区跨境电子商务产业园等7家园区为2026年度省级跨境电商产业园，认定福建海丝通达美国洛杉矶公共"
          "海外仓等6家海外仓为2026年度省级公共海外仓（名单见附件1、2）。现将有关事项通知如下：")
    para(doc, c1)
    clauses.append(c1)
    items = [
        ("认定有效期。",
         "本次认定的省级跨境电商产业园和公共海外仓有效期为3年，自2026年5月1日起至2029年4月30日止。有效期满后，按照届时"
         "认定办法重新申报认定。"),
        ("资金支持。",
         "省商务厅、省财政厅将从2026年省级外经贸发展专项资金中，对新认定的省级跨境电商产业园给予一次性不超过200万元奖励，"
         "对新认定的省级公共海外仓按照仓储面积和服务企业数量给予不超过100万元奖励，具体按照专项资金申报指南执行。"),
        ("建设要求。",
         "各园区运营主体要完善“一站式”公共服务中心功能，引进跨境电商平台、物流、支付、营销等服务机构；各海外仓运营主体"
         "要提升信息化管理水平，实现与福建省跨境电商公共服务平台数据对接，为省内企业提供仓储、配送、退换货等海外本地化服务。"),
        ("监督管理。",
         "各设区市商务局、财政局要加强对辖区内省级跨境电商产业园和公共海外仓的日常指导和监督，对弄虚作假骗取奖励资金的，"
         "依法依规追回资金，取消认定资格，3年内不得再次申报。"),
    ]
    cn = "一二三四五六七八九十"
    for i, (head, body) in enumerate(items):
        p = doc.add_paragraph()
        fmt(p, line=Pt(28))
        set_num(p, nid)
        set_font(p.add_run(head), FS, SAN, True)
        set_font(p.add_run(body), FS, SAN)
        clauses.append("（%s）" % cn[i] + head + body)
    c6 = "平潭综合实验区经济发展局、财政金融局参照本通知执行。"
    para(doc, c6)
    clauses.append(c6)
    para(doc, "", indent=False)
    # 附件 list typed with a hanging indent rather than spaces
    p = para(doc, "附件：1.2026年度福建省省级跨境电商产业园名单", indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    r = p.runs[0]
    r.add_break()
    set_font(p.add_run("2.2026年度福建省省级公共海外仓名单"), FS, SAN)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    # joint 落款 laid out in a borderless table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    set_widths(t, [7.8, 7.8])
    for i, o in enumerate(["福建省商务厅", "福建省财政厅"]):
        p = t.rows[0].cells[i].paragraphs[0]
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_font(p.add_run(o), FS, SAN)
    m = t.cell(1, 0).merge(t.cell(1, 1))
    p = m.paragraphs[0]
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
    set_font(p.add_run("2026年4月10日" + "　" * 3), FS, SAN)
    para(doc, "", indent=False)
    para(doc, "（此件公开发布）")

    page_break(doc)
    attach_head(doc, "附件1", "2026年度福建省省级跨境电商产业园名单")
    cols1 = ["序号", "设区市", "产业园名称", "运营主体", "入驻企业（家）", "2025年跨境电商交易额（亿元）"]
    g1 = [
        ("福州市", [
            ["1", "中国（福建）自由贸易试验区福州片区跨境电子商务产业园（福州江阴港城综合保税区跨境电商园）",
             "福州自贸片区跨境电商产业发展有限公司", "126", "58.36"],
            ["2", "福州长乐临空经济区跨境电商产业园", "福州临空经济区发展集团有限公司", "74", "21.05"],
        ]),
        ("厦门市", [
            ["3", "中国（福建）自由贸易试验区厦门片区跨境电子商务产业园（厦门象屿综合保税区跨境电商监管中心）",
             "厦门海沧湾跨境电商运营有限公司", "158", "86.42"],
            ["4", "厦门同安跨境电商产业园（厦门东南国际航运中心跨境电商集聚区）",
             "厦门同安城建跨境电商发展有限公司", "62", "17.80"],
        ]),
        ("泉州市", [
            ["5", "泉州（晋江）跨境电子商务产业园（晋江陆地港跨境电商监管中心）",
             "晋江陆地港跨境电商服务有限公司", "143", "45.27"],
            ["6", "石狮服装城跨境电商产业园", "石狮市跨境电商产业发展有限公司", "97", "31.66"],
        ]),
        ("莆田市", [
            ["7", "莆田（湄洲湾）跨境电商产业园（莆田鞋业跨境电商集聚区）",
             "莆田市湄洲湾跨境贸易发展有限公司", "55", "12.39"],
        ]),
    ]
    _, cl = build_list_table(doc, cols1, [1.2, 1.7, 5.4, 3.8, 1.8, 2.0], g1, num_idx=[4, 5],
                             style="seq", header_repeat=True,
                             lead_empty_names={"福州长乐临空经济区跨境电商产业园"})
    clauses += cl

    page_break(doc)
    attach_head(doc, "附件2", "2026年度福建省省级公共海外仓名单")
    cols2 = ["序号", "设区市", "海外仓名称", "运营主体", "海外仓所在国家（地区）", "仓储面积（平方米）"]
    g2 = [
        ("福州市", [
            ["1", "福建海丝通达美国洛杉矶公共海外仓", "福建海丝通达供应链有限公司", "美国", "25,000"],
            ["2", "福州马尾船政跨境电商菲律宾马尼拉公共海外仓", "福州马尾船政国际物流有限公司", "菲律宾", "8,600"],
        ]),
        ("厦门市", [
            ["3", "厦门丝路跨境电商德国法兰克福公共海外仓（中欧班列（厦门）欧洲集散中心）",
             "厦门丝路纵横国际物流有限公司", "德国", "18,500"],
            ["4", "厦门鹭港跨境电商中国香港公共海外仓", "厦门鹭港供应链管理有限公司", "中国香港", "6,200"],
        ]),
        ("泉州市", [
            ["5", "泉州海丝跨境电商马来西亚吉隆坡公共海外仓", "泉州海丝国际供应链有限公司", "马来西亚", "12,000"],
            ["6", "晋江鞋服跨境电商巴西圣保罗公共海外仓", "晋江市南美通跨境贸易有限公司", "巴西", "9,800"],
        ]),
    ]
    _, cl = build_list_table(doc, cols2, [1.2, 1.7, 5.0, 3.8, 2.2, 2.0], g2, num_idx=[5],
                             style="seq", thousands=True, header_repeat=True)
    clauses += cl

    banji(doc, "抄送：财政部福建监管局，福州海关，厦门海关。",
          "福建省商务厅办公室", "2026年4月11日印发")

    meta = {
        "title": "福建省商务厅 福建省财政厅关于公布2026年度省级跨境电商产业园和公共海外仓名单的通知",
        "doc_number": "闽商务电商〔2026〕12号",
        "issuer": ["福建省商务厅", "福建省财政厅"],
        "date": "2026-04-10",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": "2026-05-01",
        "expires": "2029-04-30",
        "attachments": ["2026年度福建省省级跨境电商产业园名单", "2026年度福建省省级公共海外仓名单"],
        "doc_type": "通知",
        "recipients": ["各设区市商务局、财政局", "平潭综合实验区经济发展局、财政金融局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# =============================================================== document 3
def doc_hubei():
    stem = "blind645_hubei_tongzhi"
    doc = base_doc()
    red_header(doc, "湖北省商务厅文件", "鄂商务发〔2026〕15号")
    title(doc, ["湖北省商务厅", "关于公布2026年度省级跨境电商产业园和", "公共海外仓名单的通知"])
    para(doc, "各市、州、直管市、神农架林区商务主管部门：", indent=False)
    clauses = []
    c1 = ("为贯彻落实《湖北省加快跨境电商高质量发展三年行动方案（2024—2026年）》，推动跨境电商综合试验区、综合保税区"
          "和产业园区协同发展，省商务厅组织开展了2026年度省级跨境电商产业园和公共海外仓认定工作。现将有关事项通知如下：")
    para(doc, c1)
    clauses.append(c1)
    para(doc, "一、认定结果", font=HT)
    c2 = ("经各地推荐、专家评审、实地核查和网上公示，认定中国（湖北）自由贸易试验区武汉片区跨境电子商务产业园（武汉东湖"
          "综合保税区跨境电商监管中心）等6家园区为省级跨境电商产业园，认定中欧班列（武汉）德国汉堡公共海外仓等6家海外仓为"
          "省级公共海外仓（名单见附件1、附件2）。")
    para(doc, c2)
    clauses.append(c2)
    para(doc, "二、工作要求", font=HT)
    reqs = [
        "（一）各地商务主管部门要将省级跨境电商产业园和公共海外仓建设纳入本地外贸发展重点工作，建立专班服务机制，"
        "协调解决用地、用工、融资、通关等方面的困难和问题。",
        "（二）各产业园运营主体要健全招商引资、孵化培育、人才培训、数据统计等功能，2026年底前园区入驻跨境电商企业"
        "数量较认定时增长20%以上。",
        "（三）各公共海外仓运营主体要面向省内企业提供公平、透明、非歧视的仓储物流服务，鼓励与中欧班列（武汉）、长江"
        "航运和鄂州花湖机场国际货运航线联动，构建“海外仓＋国际物流通道”服务体系。",
    ]
    for i, rq in enumerate(reqs):
        p = para(doc, "")
        if i == 1:
            # typist pressed Shift+Enter in the middle of the sentence
            a, b = rq.split("2026年底前", 1)
            r = set_font(p.add_run(a), FS, SAN)
            r.add_break()
            set_font(p.add_run("2026年底前" + b), FS, SAN)
        else:
            set_font(p.add_run(rq), FS, SAN)
        clauses.append(rq)
        if i == 0:
            para(doc, "", indent=False)  # stray empty paragraph
    para(doc, "三、其他事项", font=HT)
    c6 = ("省商务厅将对省级跨境电商产业园和公共海外仓实行年度监测和动态调整，监测结果作为省级外经贸发展专项资金支持的"
          "重要依据。")
    para(doc, c6)
    clauses.append(c6)
    c7 = ("本通知自印发之日起施行。《湖北省商务厅关于公布第一批省级跨境电商产业园名单的通知》（鄂商务发〔2023〕27号）"
          "同时废止。")
    para(doc, c7)
    clauses.append(c7)
    para(doc, "", indent=False)
    para(doc, "附件：1.2026年度湖北省省级跨境电商产业园名单")
    para(doc, "　　　2.2026年度湖北省省级公共海外仓名单")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, "　" * 17 + "湖北省商务厅", indent=False)
    para(doc, "　" * 15 + "二〇二六年五月二十日", indent=False)
    para(doc, "（此件公开发布）")

    # attachments in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    attach_head(doc, "附件1", "2026年度湖北省省级跨境电商产业园名单")
    cols1 = ["序号", "市（州）", "产业园名称", "运营主体", "规划面积（万平方米）", "入驻企业（家）"]
    g1 = [
        ("武汉市", [
            ["1", "中国（湖北）自由贸易试验区武汉片区跨境电子商务产业园（武汉东湖综合保税区跨境电商监管中心）",
             "武汉东湖综保区跨境电商运营管理有限公司", "11.8", "156"],
            ["2", "武汉经济技术开发区跨境电商产业园（武汉经开综合保税区跨境电商集聚区）",
             "武汉经开跨境电商产业发展有限公司", "7.2", "83"],
        ]),
        ("宜昌市", [
            ["3", "中国（湖北）自由贸易试验区宜昌片区跨境电子商务产业园（宜昌综合保税区跨境电商集聚区）",
             "宜昌三峡跨境电商产业园管理有限公司", "6.5", "61"],
        ]),
        ("襄阳市", [
            ["4", "中国（湖北）自由贸易试验区襄阳片区跨境电子商务产业园（襄阳综合保税区跨境电商园）",
             "襄阳自贸跨境电商发展有限公司", "5.9", "54"],
        ]),
        ("黄石市", [
            ["5", "黄石跨境电子商务产业园（黄石棋盘洲保税物流中心（B型）跨境电商园）",
             "黄石新港跨境电商服务有限公司", "4.3", "38"],
        ]),
        ("鄂州市", [
            ["6", "鄂州花湖机场临空经济区跨境电商产业园（鄂州空港综合保税区跨境电商监管中心）",
             "鄂州临空跨境电商发展有限公司", "8.6", "47"],
        ]),
    ]
    # narrow name column on purpose so the long names wrap several times
    _, cl = build_list_table(doc, cols1, [1.3, 2.0, 6.5, 6.2, 3.2, 2.6], g1, num_idx=[4, 5],
                             style="name", header_repeat=False)
    clauses += cl

    page_break(doc)
    attach_head(doc, "附件2", "2026年度湖北省省级公共海外仓名单")
    cols2 = ["序号", "市（州）", "海外仓名称", "运营主体", "海外仓所在国家（地区）", "仓储面积（万平方米）"]
    g2 = [
        ("武汉市", [
            ["1", "中欧班列（武汉）德国汉堡公共海外仓", "武汉长江国际陆港物流有限公司", "德国", "2.4"],
            ["2", "楚通跨境电商越南胡志明市公共海外仓", "湖北楚通跨境供应链有限公司", "越南", "1.2"],
            ["3", "光谷跨境电商北美联营公共海外仓（洛杉矶仓、多伦多仓）", "武汉光谷跨境电商供应链有限公司",
             "美国、加拿大", "3.1"],
        ]),
        ("宜昌市", [
            ["4", "三峡跨境电商俄罗斯莫斯科公共海外仓", "宜昌三峡跨境物流有限公司", "俄罗斯", "1.6"],
        ]),
        ("襄阳市", [
            ["5", "襄阳汽配跨境电商沙特阿拉伯利雅得公共海外仓", "襄阳隆中国际贸易有限公司", "沙特阿拉伯", "0.9"],
        ]),
        ("鄂州市", [
            ["6", "鄂州空港跨境电商匈牙利布达佩斯公共海外仓", "鄂州空港国际物流有限公司", "匈牙利", "1.8"],
        ]),
    ]
    _, cl = build_list_table(doc, cols2, [1.3, 2.0, 6.8, 6.0, 3.4, 2.3], g2, num_idx=[5],
                             style="name", header_repeat=False)
    clauses += cl

    banji(doc, "抄送：商务部电子商务司，武汉海关，国家外汇管理局湖北省分局。",
          "湖北省商务厅办公室", "2026年5月21日印发")

    meta = {
        "title": "湖北省商务厅关于公布2026年度省级跨境电商产业园和公共海外仓名单的通知",
        "doc_number": "鄂商务发〔2026〕15号",
        "issuer": ["湖北省商务厅"],
        "date": "2026-05-20",
        "published": None,
        "level": "provincial",
        "region": "湖北省",
        "effective": "2026-05-20",
        "expires": None,
        "attachments": ["2026年度湖北省省级跨境电商产业园名单", "2026年度湖北省省级公共海外仓名单"],
        "doc_type": "通知",
        "recipients": ["各市、州、直管市、神农架林区商务主管部门"],
        "publicity": "此件公开发布",
        "repeals": "湖北省商务厅关于公布第一批省级跨境电商产业园名单的通知（鄂商务发〔2023〕27号）",
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (doc_jiangsu, doc_fujian, doc_hubei):
        stem, doc, objs = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = objs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_645", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
