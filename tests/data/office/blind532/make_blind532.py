# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 532: 市政府办公室转发多部门文件的通知."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = RGBColor(0xFF, 0x00, 0x00)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

CN_DIG = "零一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    t, u = divmod(n, 10)
    return CN_DIG[t] + "十" + (CN_DIG[u] if u else "")


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
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


def fmt(p, align=None, first_line=True, spacing=28):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_line:
        pf.first_line_indent = Pt(32)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)


def add_border(p, side="bottom", color="FF0000", sz=12):
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


def add_runs(p, text, name=FS, size=16, bold=False, splits=()):
    """Add text as several runs (office documents are rarely one run)."""
    cuts = [0] + [c for c in splits if 0 < c < len(text)] + [len(text)]
    for a, b in zip(cuts, cuts[1:]):
        r = p.add_run(text[a:b])
        set_font(r, name, size, bold)


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def setup_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    page_number_footer(sec)
    return doc


def add_article_numbering(doc, num_id=90):
    """Word automatic numbering: 第一条, 第二条 ... (chineseCounting)."""
    numbering = doc.part.numbering_part.element
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(num_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "第%1条"),
                     ("w:lvlJc", "left")):
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
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:hint"):
        rf.set(qn(a), HT if a != "w:hint" else "eastAsia")
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
    num.set(qn("w:numId"), str(num_id))
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(num_id))
    num.append(ani)
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    # numPr must come early in pPr (after pStyle / keepNext ...)
    ppr.insert(0, numpr)


def cell_text(cell, text, name=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    fmt(p, first_line=False, spacing=22)
    r = p.add_run(text)
    set_font(r, name, size, bold)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def grid_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def banji_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, val, sz in (("top", "single", "8"), ("left", "nil", "0"),
                          ("bottom", "single", "8"), ("right", "nil", "0"),
                          ("insideH", "single", "4"), ("insideV", "nil", "0")):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), sz)
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


# ---------------------------------------------------------------- renderer
def render(doc, blocks, num_id=None):
    """Render blocks; return list of clause texts per document index."""
    clauses = {}
    art_counter = [0]
    cur = [0]

    def clause(t):
        clauses.setdefault(cur[0], []).append(t)

    for blk in blocks:
        kind = blk[0]
        if kind == "doc":
            cur[0] = blk[1]
        elif kind == "hongtou":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 60)
            r = p.add_run(blk[1])
            set_font(r, XBS, 34, False, RED)
            for _ in range(2):
                e = doc.add_paragraph()
                fmt(e, first_line=False)
        elif kind == "wenhao":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False)
            r = p.add_run(blk[1])
            set_font(r, FS, 16)
            add_border(p, "bottom", "FF0000", 18)
            e = doc.add_paragraph()
            fmt(e, first_line=False)
        elif kind == "title":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
            for i, line in enumerate(blk[1]):
                if i:
                    br = p.add_run()
                    br.add_break()
                r = p.add_run(line)
                set_font(r, XBS, 22)
            e = doc.add_paragraph()
            fmt(e, first_line=False)
        elif kind == "title_paras":
            # title typed as separate paragraphs (Enter instead of Shift+Enter)
            for line in blk[1]:
                p = doc.add_paragraph()
                fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
                r = p.add_run(line)
                set_font(r, XBS, 22)
            e = doc.add_paragraph()
            fmt(e, first_line=False)
        elif kind == "marker":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False)
            r = p.add_run(blk[1])
            set_font(r, HT, 16)
            e = doc.add_paragraph()
            fmt(e, first_line=False)
        elif kind == "zhusong":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, False)
            add_runs(p, blk[1])
        elif kind == "p":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
            add_runs(p, blk[1], splits=blk[2] if len(blk) > 2 else ())
            clause(blk[1])
        elif kind == "pspace":
            # paragraph indented with typed full-width spaces instead of indent
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, False)
            add_runs(p, "　　" + blk[1])
            clause(blk[1])
        elif kind == "psoft":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
            for i, part in enumerate(blk[1]):
                if i:
                    br = p.add_run()
                    br.add_break()
                add_runs(p, part)
            clause("".join(blk[1]))
        elif kind == "h1":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
            r = p.add_run(blk[1])
            set_font(r, HT, 16)
        elif kind == "chapter":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False)
            r = p.add_run(blk[1])
            set_font(r, HT, 16)
        elif kind == "runin":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
            r = p.add_run(blk[1])
            set_font(r, KT, 16, True)
            if blk[2]:
                add_runs(p, blk[2], splits=(7,))
            clause(blk[1] + blk[2])
        elif kind == "runin_soft":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
            r = p.add_run(blk[1])
            set_font(r, KT, 16, True)
            for i, part in enumerate(blk[2]):
                if i:
                    br = p.add_run()
                    br.add_break()
                add_runs(p, part)
            clause(blk[1] + "".join(blk[2]))
        elif kind == "art":
            art_counter[0] += 1
            label = "第" + cn_num(art_counter[0]) + "条"
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
            r = p.add_run(label)
            set_font(r, HT, 16)
            add_runs(p, "　" + blk[1])
            clause(label + "　" + blk[1])
        elif kind == "artauto":
            art_counter[0] += 1
            label = "第" + cn_num(art_counter[0]) + "条"
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, False)
            set_num(p, num_id)
            add_runs(p, "　" + blk[1])
            clause(label + "　" + blk[1])
        elif kind == "resetart":
            art_counter[0] = 0
        elif kind == "table":
            header, rows, widths = blk[1], blk[2], blk[3]
            t = doc.add_table(rows=1 + len(rows), cols=len(header))
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            grid_borders(t)
            for j, h in enumerate(header):
                cell_text(t.rows[0].cells[j], h, HT, 14)
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    cell_text(t.rows[i + 1].cells[j], v, FS, 14)
                clause("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
            e = doc.add_paragraph()
            fmt(e, first_line=False)
        elif kind == "blank":
            e = doc.add_paragraph()
            fmt(e, first_line=False)
        elif kind == "attach":
            lines = blk[1]
            for i, line in enumerate(lines):
                p = doc.add_paragraph()
                fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False)
                if i == 0:
                    add_runs(p, "　　附件：" + line)
                else:
                    add_runs(p, "　　　　　" + line)
        elif kind == "sign_center":
            # single organ + date, right part of page, centred under organ
            for _ in range(2):
                e = doc.add_paragraph()
                fmt(e, first_line=False)
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, False)
            add_runs(p, blk[1] + "　　　")
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, False)
            add_runs(p, blk[2] + "　　　　")
        elif kind == "sign_spaces":
            # several organs typed on one line separated by spaces
            for _ in range(2):
                e = doc.add_paragraph()
                fmt(e, first_line=False)
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False)
            add_runs(p, "　　　　" + "        ".join(blk[1]))
            e = doc.add_paragraph()
            fmt(e, first_line=False)
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, False)
            add_runs(p, blk[2] + "　　　　")
        elif kind == "sign_table":
            grid, date = blk[1], blk[2]
            for _ in range(2):
                e = doc.add_paragraph()
                fmt(e, first_line=False)
            cols = max(len(r) for r in grid)
            t = doc.add_table(rows=len(grid), cols=cols)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            no_borders(t)
            for i, row in enumerate(grid):
                for j, v in enumerate(row):
                    cell_text(t.rows[i].cells[j], v, FS, 16)
                    t.rows[i].cells[j].paragraphs[0].paragraph_format.line_spacing = Pt(40)
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, False)
            add_runs(p, date + "　　　　")
        elif kind == "sign_lines":
            # organs stacked, right aligned, padded with full-width spaces
            for _ in range(2):
                e = doc.add_paragraph()
                fmt(e, first_line=False)
            for org in blk[1]:
                p = doc.add_paragraph()
                fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, False)
                add_runs(p, org + "　　")
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, False)
            add_runs(p, blk[2] + "　　　")
        elif kind == "public":
            e = doc.add_paragraph()
            fmt(e, first_line=False)
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
            add_runs(p, "（此件公开发布）")
        elif kind == "pagebreak":
            p = doc.add_paragraph()
            fmt(p, first_line=False)
            p.add_run().add_break(WD_BREAK.PAGE)
        elif kind == "banji_para":
            chaosong, org, date = blk[1], blk[2], blk[3]
            for _ in range(3):
                e = doc.add_paragraph()
                fmt(e, first_line=False)
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False)
            p.paragraph_format.left_indent = Pt(14)
            p.paragraph_format.right_indent = Pt(14)
            add_border(p, "top", "000000", 8)
            add_border(p, "bottom", "000000", 4)
            add_runs(p, "抄送：" + chaosong, FS, 14)
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False)
            p.paragraph_format.left_indent = Pt(14)
            p.paragraph_format.right_indent = Pt(14)
            add_border(p, "bottom", "000000", 8)
            add_runs(p, org + "　" * 8 + date + "印发", FS, 14)
        elif kind == "banji_table":
            chaosong, org, date = blk[1], blk[2], blk[3]
            for _ in range(3):
                e = doc.add_paragraph()
                fmt(e, first_line=False)
            t = doc.add_table(rows=2, cols=2)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            banji_borders(t)
            c = t.rows[0].cells[0].merge(t.rows[0].cells[1])
            cell_text(c, "抄送：" + chaosong, FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(t.rows[1].cells[0], org, FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(t.rows[1].cells[1], date + "印发", FS, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
        else:
            raise ValueError(kind)
    return clauses


# ================================================================ FILE 1: 金华
JH_T0 = ("金华市人民政府办公室关于转发市商务局等部门《金华市推进中欧班列（义新欧）高质量发展若干措施》"
         "《金华市跨境电子商务发展专项资金管理实施细则》两个文件的通知")
JH_T1 = "金华市推进中欧班列（义新欧）高质量发展若干措施"
JH_T2 = "金华市跨境电子商务发展专项资金管理实施细则"

JH_BLOCKS = [
    ("doc", 0),
    ("hongtou", "金华市人民政府办公室文件"),
    ("wenhao", "金政办发〔2025〕18号"),
    ("title", ["金华市人民政府办公室关于转发市商务局",
               "等部门《金华市推进中欧班列（义新欧）",
               "高质量发展若干措施》《金华市跨境电子",
               "商务发展专项资金管理实施细则》",
               "两个文件的通知"]),
    ("zhusong", "各县（市、区）人民政府，市政府各部门："),
    ("p", "市商务局、市发展改革委、市财政局、金华海关制定的《金华市推进中欧班列（义新欧）高质量发展若干措施》，"
          "市商务局、市财政局制定的《金华市跨境电子商务发展专项资金管理实施细则》，已经市政府同意，"
          "现转发给你们，请结合实际认真贯彻执行。", (31, 60)),
    ("p", "各县（市、区）人民政府要将中欧班列（义新欧）提质扩量和跨境电子商务发展纳入本地区开放型经济工作的重要内容，"
          "明确责任分工，强化要素保障，于每年1月15日前将上年度政策落实情况报送市商务局。"
          "市财政局要会同市商务局加强资金绩效管理，确保政策资金安全、规范、高效使用。"),
    ("p", "执行过程中遇到的问题，请及时向市商务局、市财政局反映。"),
    ("sign_center", "金华市人民政府办公室", "2025年3月12日"),
    ("public",),
    ("pagebreak",),

    ("doc", 1),
    ("title", ["金华市推进中欧班列（义新欧）", "高质量发展若干措施"]),
    ("zhusong", "各县（市、区）商务局，市级有关单位："),
    ("p", "为深入贯彻落实共建“一带一路”倡议，加快推进中欧班列（义新欧）高质量发展，巩固提升金华（义乌）国际陆港枢纽功能，"
          "服务构建新发展格局，结合我市实际，制定以下措施。"),
    ("h1", "一、提升班列运营能级"),
    ("runin", "（一）稳定开行规模。",
     "支持班列平台公司加密金华、义乌两个始发站点的图定班列，2025年全市中欧班列（义新欧）开行量力争达到2800列，"
     "到2027年力争达到3200列。对年度开行量同比增长10%以上的平台公司，按增量部分给予每列1万元奖励，"
     "单个企业年度奖励最高不超过500万元。"),
    ("runin", "（二）拓展线路网络。",
     "鼓励平台公司新开或加密至中亚、西亚、欧洲等方向的线路，支持开行“义新欧”至马德里、杜伊斯堡、华沙等城市的精品线路。"
     "对新开通并常态化运行的国际线路，按下表标准给予一次性补助："),
    ("table", ["线路方向", "年开行量", "一次性补助（万元）"],
     [["中亚、西亚方向", "12列（含）以上", "30"],
      ["欧洲方向", "12列（含）以上", "50"],
      ["跨里海（中间走廊）方向", "6列（含）以上", "60"]],
     [6.0, 5.0, 4.5]),
    ("runin", "（三）发展回程班列。",
     "支持平台公司在杜伊斯堡、马拉舍维奇、阿拉木图等境外节点设立集货中心，组织汽车零部件、机电产品、食品等回程货源。"
     "对回程班列按每标准箱（40英尺）给予500元补助，回程重箱率高于45%的平台公司补助标准上浮20%。"),
    ("blank",),
    ("h1", "二、提升枢纽服务功能"),
    ("runin_soft", "（四）完善场站设施。",
     ["加快义乌铁路口岸扩能改造和金华南站多式联运中心建设，2025年底前完成义乌西站海关监管作业场所三期工程，",
      "新增集装箱堆场面积8万平方米。"]),
    ("runin", "（五）推进多式联运。",
     "支持“义新欧”班列与宁波舟山港海铁联运、航空物流有效衔接，推广“一单制”多式联运提单，"
     "对使用多式联运“一单制”提单的企业，按每票200元给予奖励，单个企业年度奖励不超过50万元。"),
    ("runin", "（六）提升通关便利化水平。", "金华海关要会同有关部门落实以下举措："),
    ("p", "1．深化“铁路快通”模式，推动班列货物“一次申报、一次查验、一次放行”。"),
    ("p", "2．推广“提前申报”“两步申报”等通关模式，进口整体通关时间压缩至24小时以内。"),
    ("p", "3．支持在义乌铁路口岸开展进口肉类、水果、粮食等指定监管场地申建工作。"),
    ("blank",),
    ("h1", "三、培育班列经济"),
    ("runin", "（七）发展“班列+”产业。",
     "支持依托班列开展“班列+跨境电商”“班列+海外仓”业务，对通过班列运输跨境电商出口货物年货值超过1亿元的企业，给予20万元奖励。"),
    ("runin", "（八）推动贸易集聚。",
     "支持在金义综合保税区、义乌综合保税区建设中欧班列进口商品集散分拨中心，对年进口货值超过5000万元的分拨企业，"
     "按进口货值的0.5%给予奖励，单个企业年度奖励最高不超过100万元。"),
    ("blank",),
    ("h1", "四、强化保障措施"),
    ("runin", "（九）加强组织协调。",
     "建立由市商务局牵头，市发展改革委、市财政局、金华海关、中国铁路上海局集团有限公司金华车务段等单位参加的工作协调机制，"
     "定期研究解决班列发展中的重大问题。"),
    ("runin", "（十）规范资金管理。",
     "本措施所需资金由市、县两级财政按现行财政体制分担。同一项目符合本市多项扶持政策的，按照“从高不重复”原则执行。"
     "对弄虚作假骗取补助资金的企业，依法追回资金，并纳入信用记录。"),
    ("p", "本措施自2025年4月1日起施行，有效期至2027年12月31日，由市商务局会同市财政局负责解释。"),
    ("sign_table", [["金华市商务局", "金华市发展和改革委员会"],
                    ["金华市财政局", "金华海关"]], "2025年2月26日"),
    ("pagebreak",),

    ("doc", 2),
    ("title", ["金华市跨境电子商务发展专项资金", "管理实施细则"]),
    ("zhusong", "各县（市、区）商务主管部门，金华经济技术开发区经济发展局："),
    ("resetart",),
    ("chapter", "第一章　总　　则"),
    ("art", "为规范和加强金华市跨境电子商务发展专项资金（以下简称专项资金）管理，提高资金使用效益，"
            "推动中国（金华）跨境电子商务综合试验区高质量建设，根据《中华人民共和国预算法》"
            "《浙江省省级财政专项资金管理办法》等有关规定，结合我市实际，制定本细则。"),
    ("art", "本细则所称专项资金，是指市级财政预算安排，用于支持我市跨境电子商务主体培育、平台建设、海外仓布局、"
            "品牌打造和人才培训等方面的资金。"),
    ("art", "专项资金的管理和使用遵循公开透明、突出重点、绩效导向、从高不重复的原则。"),
    ("art", "市商务局负责提出专项资金年度支持方向和重点，组织项目申报、审核和绩效评价；"
            "市财政局负责专项资金预算管理，会同市商务局下达资金并开展监督检查。"),
    ("chapter", "第二章　支持范围和标准"),
    ("art", "支持跨境电商主体培育。对年度跨境电商出口额首次达到1000万美元、5000万美元、1亿美元的企业，"
            "分别给予10万元、30万元、50万元一次性奖励。同一企业按最高档次补差奖励。"),
    ("art", "支持公共海外仓建设。对在“一带一路”沿线国家和地区新建或租用面积5000平方米以上的公共海外仓，"
            "经认定后按实际投入的20%给予补助，单个海外仓最高不超过200万元。"),
    ("art", "支持跨境电商产业园区发展。对经市商务局认定的市级跨境电商产业园区，入驻跨境电商企业达到50家以上的，"
            "给予运营主体50万元奖励。"),
    ("art", "支持跨境电商品牌建设。对在境外主流电商平台注册自有品牌并年销售额超过500万美元的企业，给予最高20万元奖励。"),
    ("art", "支持跨境电商B2B出口。对通过海关9710、9810监管方式申报出口的企业，按实际申报出口额每1美元给予人民币0.01元奖励，"
            "单个企业年度最高不超过100万元。"),
    ("art", "支持人才培训。对经市商务局备案、年度培训跨境电商从业人员300人次以上的培训机构，按每人次300元给予补助，"
            "单个机构年度补助不超过30万元。"),
    ("chapter", "第三章　申报和审核"),
    ("art", "专项资金按年度集中申报。市商务局会同市财政局于每年3月底前发布申报通知，明确申报条件、材料清单和时间要求。"),
    ("art", "申报单位应当符合以下条件："),
    ("p", "（一）在我市依法登记注册，具有独立法人资格；"),
    ("p", "（二）财务管理制度健全，依法纳税；"),
    ("p", "（三）近三年内无严重失信行为，未被列入严重违法失信名单；"),
    ("p", "（四）申报项目真实、合法。"),
    ("art", "县（市、区）商务主管部门负责对本地区申报材料进行初审，并会同同级财政部门出具初审意见，"
            "于申报截止之日起15个工作日内报送市商务局。"),
    ("art", "市商务局组织第三方机构或专家对申报项目进行复核，提出拟支持项目和资金安排建议，经市财政局审核后，"
            "在市商务局门户网站公示，公示期不少于5个工作日。"),
    ("art", "公示无异议的，由市财政局按规定程序拨付资金；有异议的，由市商务局会同有关部门调查核实后作出处理。"),
    ("chapter", "第四章　监督管理"),
    ("art", "专项资金实行绩效管理。市商务局应当在资金下达后的次年一季度组织开展绩效评价，"
            "评价结果作为下一年度资金安排的重要依据。"),
    ("art", "获得资金支持的单位应当按规定进行财务处理，自觉接受财政、审计、商务等部门的监督检查。"),
    ("art", "对采取虚报、冒领、重复申报等手段骗取专项资金的单位，由市财政局、市商务局依法追回资金，"
            "三年内取消其申报资格；构成犯罪的，依法追究刑事责任。"),
    ("art", "各级有关部门及其工作人员在专项资金分配、审核工作中，存在滥用职权、玩忽职守、徇私舞弊等违法违规行为的，"
            "依法追究相应责任。"),
    ("chapter", "第五章　附　　则"),
    ("art", "本细则由市商务局、市财政局负责解释。"),
    ("art", "本细则自2025年4月1日起施行，有效期至2027年12月31日。原《金华市跨境电子商务发展专项资金管理办法》"
            "（金商务〔2022〕41号）同时废止。"),
    ("blank",),
    ("attach", ["金华市跨境电子商务发展专项资金申报表"]),
    ("sign_spaces", ["金华市商务局", "金华市财政局"], "2025年2月28日"),
    ("banji_para", "市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，金华军分区。",
     "金华市人民政府办公室", "2025年3月14日"),
]

JH_META = [
    {
        "title": JH_T0,
        "doc_number": "金政办发〔2025〕18号",
        "issuer": ["金华市人民政府办公室"],
        "date": "2025-03-12",
        "published": "2025-03-14",
        "level": "municipal",
        "region": "金华市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各县（市、区）人民政府", "市政府各部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    },
    {
        "title": JH_T1,
        "doc_number": None,
        "issuer": ["金华市商务局", "金华市发展和改革委员会", "金华市财政局", "金华海关"],
        "date": "2025-02-26",
        "published": None,
        "level": "municipal",
        "region": "金华市",
        "effective": "2025-04-01",
        "expires": "2027-12-31",
        "attachments": [],
        "doc_type": "措施",
        "recipients": ["各县（市、区）商务局", "市级有关单位"],
        "publicity": None,
        "repeals": None,
    },
    {
        "title": JH_T2,
        "doc_number": None,
        "issuer": ["金华市商务局", "金华市财政局"],
        "date": "2025-02-28",
        "published": None,
        "level": "municipal",
        "region": "金华市",
        "effective": "2025-04-01",
        "expires": "2027-12-31",
        "attachments": ["金华市跨境电子商务发展专项资金申报表"],
        "doc_type": "细则",
        "recipients": ["各县（市、区）商务主管部门", "金华经济技术开发区经济发展局"],
        "publicity": None,
        "repeals": "《金华市跨境电子商务发展专项资金管理办法》（金商务〔2022〕41号）",
    },
]

# ================================================================ FILE 2: 钦州
QZ_T0 = ("钦州市人民政府办公室关于转发市商务局等部门《钦州市进一步做好外商投资促进工作若干措施》"
         "《钦州市加工贸易承接转移奖补实施细则》两个文件的通知")
QZ_T1 = "钦州市进一步做好外商投资促进工作若干措施"
QZ_T2 = "钦州市加工贸易承接转移奖补实施细则"

QZ_BLOCKS = [
    ("doc", 0),
    ("hongtou", "钦州市人民政府办公室文件"),
    ("wenhao", "钦政办发〔2026〕7号"),
    ("title", ["钦州市人民政府办公室关于转发市商务局",
               "等部门《钦州市进一步做好外商投资促进",
               "工作若干措施》《钦州市加工贸易承接转移",
               "奖补实施细则》两个文件的通知"]),
    ("zhusong", "各县（区）人民政府，市直各委、办、局，中国（广西）自由贸易试验区钦州港片区管委会："),
    ("pspace", "经市人民政府同意，现将市商务局、市发展改革委、市投资促进局《钦州市进一步做好外商投资促进工作若干措施》"
               "和市商务局、市财政局、市工业和信息化局《钦州市加工贸易承接转移奖补实施细则》转发给你们，请认真组织实施。"),
    ("pspace", "各地各部门要立足西部陆海新通道门户港和中国（广西）自由贸易试验区钦州港片区建设，主动对接粤港澳大湾区和东盟市场，"
               "加大外资招引和加工贸易承接力度。各县（区）人民政府、中国（广西）自由贸易试验区钦州港片区管委会"
               "要于每半年结束后10日内将政策落实情况报市商务局汇总，由市商务局报市人民政府。"),
    ("pspace", "（联系人：市商务局外资科黄海燕，联系电话：0777－2826315）"),
    ("blank",),
    ("attach", ["1．钦州市进一步做好外商投资促进工作若干措施", "2．钦州市加工贸易承接转移奖补实施细则"]),
    ("sign_center", "钦州市人民政府办公室", "2026年1月30日"),
    ("public",),
    ("pagebreak",),

    ("doc", 1),
    ("marker", "附件1"),
    ("title_paras", ["钦州市进一步做好外商投资", "促进工作若干措施"]),
    ("zhusong", "各县（区）商务主管部门，市直有关单位："),
    ("p", "为贯彻落实《国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见》（国发〔2023〕11号）和自治区有关部署，"
          "更大力度吸引和利用外资，推动我市开放型经济高质量发展，制定以下措施。"),
    ("h1", "一、加大重点产业引资力度"),
    ("runin", "（一）聚焦重点产业链招商。",
     "围绕绿色化工、新能源材料、林浆纸、港航物流等重点产业链，编制外商投资重点项目招商图谱，重点引资方向如下："),
    ("table", ["产业链", "重点引资方向", "责任单位"],
     [["绿色化工", "高端聚烯烃、化工新材料、精细化学品", "市工业和信息化局、钦州港片区管委会"],
      ["新能源材料", "正极材料、储能电池、氢能装备", "市工业和信息化局、市发展改革委"],
      ["港航物流", "冷链物流、国际中转集拼、供应链金融", "市商务局、市交通运输局"],
      ["林浆纸", "高档生活用纸、特种纸", "市林业局、浦北县人民政府"]],
     [3.2, 6.3, 6.0]),
    ("runin", "（二）支持外资企业增资扩股。", "对符合条件的外资项目和外资企业，按以下标准给予奖励："),
    ("p", "1.对年度实际使用外资（不含外方股东贷款）达到1000万美元以上的新设外资项目，按实际到资额的1%给予奖励，"
          "单个项目最高不超过500万元。"),
    ("p", "2.对外资企业以利润再投资、增资扩股的，按增资部分实际到资额的0.5%给予奖励，单个企业年度最高不超过300万元。"),
    ("p", "3.对世界500强企业、行业龙头企业在我市设立区域总部或功能性机构的，按照“一事一议”方式给予支持。"),
    ("blank",),
    ("h1", "二、优化外资项目服务保障"),
    ("runin", "（三）强化要素保障。",
     "对符合条件的重大外资项目，优先纳入自治区、市重大项目库，在用地、用能、用海等方面予以保障。"),
    ("runin", "（四）提升投资便利化水平。", "市商务局、市行政审批局、市市场监管局等部门要重点做好以下工作："),
    ("p", "1.推行外商投资企业登记注册“一网通办”，实现设立登记1个工作日内办结。"),
    ("p", "2.落实外商投资准入前国民待遇加负面清单管理制度，负面清单之外的领域按照内外资一致原则实施管理。"),
    ("p", "3.在中国（广西）自由贸易试验区钦州港片区探索开展合格境外有限合伙人（QFLP）试点，支持外资股权投资基金落户。"),
    ("runin", "（五）完善外资企业服务机制。", "健全常态化政企沟通机制，具体包括："),
    ("p", "1.建立重点外资企业“服务专员”制度："),
    ("p", "（1）对年营业收入超过5亿元的外资企业，由市领导挂点联系；"),
    ("p", "（2）对其他规模以上外资企业，由所在县（区）或园区明确服务专员。"),
    ("p", "2.每季度召开外资企业圆桌会议，及时协调解决企业诉求。"),
    ("blank",),
    ("h1", "三、加强组织实施"),
    ("runin", "（六）压实工作责任。",
     "市商务局负责统筹推进本措施落实，各县（区）、各有关部门按职责分工抓好落实，并将外资工作纳入年度绩效考评。"),
    ("runin", "（七）加强资金保障。",
     "本措施所需奖励资金由市级财政和项目所在地财政按5∶5比例分担，纳入年度预算统筹安排。"),
    ("p", "本措施自2026年2月10日起施行，有效期至2028年12月31日。国家和自治区出台新规定的，从其规定。"),
    ("sign_table", [["钦州市商务局", "钦州市发展和改革委员会"], ["钦州市投资促进局", ""]], "2026年1月16日"),
    ("pagebreak",),

    ("doc", 2),
    ("marker", "附件2"),
    ("title", [QZ_T2]),
    ("zhusong", "各县（区）商务主管部门，钦州综合保税区管理服务中心，市直有关单位："),
    ("resetart",),
    ("artauto", "为积极承接东部地区加工贸易产业梯度转移，推动钦州综合保税区和各类开发区加工贸易集聚发展，"
                "根据国家和自治区关于推动加工贸易梯度转移的有关部署，结合我市实际，制定本细则。"),
    ("artauto", "本细则所称加工贸易企业，是指在我市依法注册登记、具有独立法人资格、以来料加工或进料加工方式开展加工贸易业务的企业。"),
    ("artauto", "本细则奖补资金由市级财政预算安排。市商务局负责项目组织和审核，市财政局负责资金拨付和监督，"
                "市工业和信息化局负责产业政策衔接，钦州海关负责提供企业进出口数据核验。"),
    ("artauto", "对新落户我市、从事加工贸易的企业，自首次开展加工贸易业务之日起12个月内加工贸易进出口额达到1000万美元的，"
                "给予100万元一次性落户奖励；达到5000万美元的，给予300万元一次性落户奖励。"),
    ("artauto", "对加工贸易企业年度进出口额较上年增长部分，按每1美元给予人民币0.02元奖励，单个企业年度奖励最高不超过200万元。"),
    ("artauto", "对加工贸易企业新购置生产设备投资额超过500万元的，按设备投资额的8%给予补助，单个企业年度补助最高不超过300万元。"),
    ("artauto", "对入驻钦州综合保税区开展保税维修、保税研发、保税检测等新业态的企业，年度业务收入超过2000万元的，给予50万元奖励。"),
    ("artauto", "对加工贸易企业新招用本市户籍劳动者并签订1年以上劳动合同、缴纳社会保险满6个月的，按每人1000元给予一次性用工补贴，"
                "单个企业年度补贴最高不超过100万元。"),
    ("artauto", "对租用标准厂房开展加工贸易的企业，前三年按实际租金的50%给予补贴，每平方米每月补贴最高不超过8元。"),
    ("artauto", "申请奖补资金的企业应当符合以下条件："),
    ("p", "（一）在我市依法注册登记并正常经营，纳入统计部门统计范围；"),
    ("p", "（二）依法纳税，财务制度健全；"),
    ("p", "（三）近两年内未发生重大安全生产、生态环境事故，无严重失信记录。"),
    ("artauto", "奖补资金实行年度申报。企业于每年4月30日前向所在县（区）商务主管部门提交申报材料，"
                "县（区）商务主管部门会同同级财政部门初审后报市商务局。"),
    ("artauto", "市商务局会同市财政局、市工业和信息化局对申报材料进行审核，必要时委托第三方机构开展专项审计，"
                "审核结果在市商务局门户网站公示7个工作日。"),
    ("artauto", "同一企业同一事项符合本细则和我市其他扶持政策的，按照“从高不重复”原则给予支持，不得重复享受。"),
    ("artauto", "获得奖补的企业自获得奖补之日起5年内迁离我市或者改变在我市的纳税义务的，应当退回已获得的奖补资金。"),
    ("artauto", "企业通过提供虚假材料等方式骗取奖补资金的，由市财政局、市商务局追回奖补资金，并依法依规纳入失信联合惩戒对象名单。"),
    ("artauto", "本细则由市商务局会同市财政局、市工业和信息化局负责解释。"),
    ("artauto", "本细则自2026年3月1日起施行，有效期至2031年2月28日。"),
    ("sign_lines", ["钦州市商务局", "钦州市财政局", "钦州市工业和信息化局"], "二〇二六年一月二十日"),
    ("banji_table", "市委各部门，市人大常委会办公室，市政协办公室，钦州海关，钦州军分区。",
     "钦州市人民政府办公室", "2026年2月2日"),
]

QZ_META = [
    {
        "title": QZ_T0,
        "doc_number": "钦政办发〔2026〕7号",
        "issuer": ["钦州市人民政府办公室"],
        "date": "2026-01-30",
        "published": "2026-02-02",
        "level": "municipal",
        "region": "钦州市",
        "effective": None,
        "expires": None,
        "attachments": [QZ_T1, QZ_T2],
        "doc_type": "通知",
        "recipients": ["各县（区）人民政府", "市直各委、办、局", "中国（广西）自由贸易试验区钦州港片区管委会"],
        "publicity": "此件公开发布",
        "repeals": None,
    },
    {
        "title": QZ_T1,
        "doc_number": None,
        "issuer": ["钦州市商务局", "钦州市发展和改革委员会", "钦州市投资促进局"],
        "date": "2026-01-16",
        "published": None,
        "level": "municipal",
        "region": "钦州市",
        "effective": "2026-02-10",
        "expires": "2028-12-31",
        "attachments": [],
        "doc_type": "措施",
        "recipients": ["各县（区）商务主管部门", "市直有关单位"],
        "publicity": None,
        "repeals": None,
    },
    {
        "title": QZ_T2,
        "doc_number": None,
        "issuer": ["钦州市商务局", "钦州市财政局", "钦州市工业和信息化局"],
        "date": "2026-01-20",
        "published": None,
        "level": "municipal",
        "region": "钦州市",
        "effective": "2026-03-01",
        "expires": "2031-02-28",
        "attachments": [],
        "doc_type": "细则",
        "recipients": ["各县（区）商务主管部门", "钦州综合保税区管理服务中心", "市直有关单位"],
        "publicity": None,
        "repeals": None,
    },
]


def build(stem, blocks, metas, auto_numbering=False):
    doc = setup_doc()
    num_id = add_article_numbering(doc) if auto_numbering else None
    clauses = render(doc, blocks, num_id)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_532", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = []
    for i, m in enumerate(metas):
        out.append({"meta": m, "clauses": clauses.get(i, [])})
    return out


def main():
    expected = {}
    expected["blind532_jinhua_zhuanfa"] = build("blind532_jinhua_zhuanfa", JH_BLOCKS, JH_META)
    expected["blind532_qinzhou_zhuanfa"] = build("blind532_qinzhou_zhuanfa", QZ_BLOCKS, QZ_META,
                                                 auto_numbering=True)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
