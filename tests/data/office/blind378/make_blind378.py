# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 378: 片区“十五五”发展规划 test documents + answer key."""
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

# ----------------------------------------------------------------- helpers


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
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = Pt(28)
    add_page_number(sec)
    return doc


def add_field(par, instr, name=FS, size=14):
    r1 = par.add_run()
    set_font(r1, name, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._element.append(fc)
    r2 = par.add_run()
    set_font(r2, name, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._element.append(it)
    r3 = par.add_run()
    set_font(r3, name, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._element.append(fc)
    r4 = par.add_run("1")
    set_font(r4, name, size)
    r5 = par.add_run()
    set_font(r5, name, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._element.append(fc)


def add_page_number(sec):
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    add_field(fp, "PAGE", "宋体", 14)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


def para(doc_or_cell, runs=None, align=None, indent=True, line=None,
         before=0, after=0, keep=False):
    """runs: list of (text, font, size, bold, color) or plain string."""
    p = doc_or_cell.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "l":
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    pf = p.paragraph_format
    if indent:
        pf.first_line_indent = Pt(32)
    if line:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if keep:
        pf.keep_with_next = True
    if runs is None:
        return p
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False, None)]
    for item in runs:
        text, font, size, bold, color = (list(item) + [FS, 16, False, None])[:5] \
            if len(item) < 5 else item
        if text == "\n":
            r = p.add_run()
            r.add_break()  # soft line break (Shift+Enter)
            set_font(r, font, size)
            continue
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def border_para(p, side="bottom", color="000000", sz=8):
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


def empty(doc, n=1):
    for _ in range(n):
        para(doc, indent=False)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, font=FS, size=12, bold=False, align="c"):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.line_spacing = Pt(18)
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER,
                   "l": WD_ALIGN_PARAGRAPH.LEFT,
                   "j": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
    r = p.add_run(text)
    set_font(r, font, size, bold)


def set_widths(table, widths):
    """Fix column widths in tblGrid and every cell (LibreOffice reads gridCol)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, widths):
            tc.width = Cm(w)


def set_repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def box_borders(table, sz=12):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


# ---------------------------------------------------- Word list numbering

class Numbering:
    """Adds abstractNums/nums to the numbering part of a document."""

    def __init__(self, doc):
        self.part = doc.part.numbering_part
        self.root = self.part.element
        self.next_abs = 50
        self.next_num = 50

    def _abstract(self, fmt, lvl_text, font, ind_left, hanging, first_line=None):
        aid = self.next_abs
        self.next_abs += 1
        a = OxmlElement("w:abstractNum")
        a.set(qn("w:abstractNumId"), str(aid))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        a.append(mlt)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        s = OxmlElement("w:start")
        s.set(qn("w:val"), "1")
        lvl.append(s)
        f = OxmlElement("w:numFmt")
        f.set(qn("w:val"), fmt)
        lvl.append(f)
        sfx = OxmlElement("w:suff")
        sfx.set(qn("w:val"), "nothing" if fmt != "bullet" else "space")
        lvl.append(sfx)
        t = OxmlElement("w:lvlText")
        t.set(qn("w:val"), lvl_text)
        lvl.append(t)
        j = OxmlElement("w:lvlJc")
        j.set(qn("w:val"), "left")
        lvl.append(j)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(ind_left))
        if hanging:
            ind.set(qn("w:hanging"), str(hanging))
        if first_line:
            ind.set(qn("w:firstLine"), str(first_line))
        ppr.append(ind)
        lvl.append(ppr)
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        for at in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            rf.set(qn(at), font)
        rpr.append(rf)
        lvl.append(rpr)
        a.append(lvl)
        # abstractNums must precede nums
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(a)
        else:
            self.root.append(a)
        return aid

    def _num(self, aid):
        nid = self.next_num
        self.next_num += 1
        n = OxmlElement("w:num")
        n.set(qn("w:numId"), str(nid))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(aid))
        n.append(an)
        self.root.append(n)
        return nid

    def chinese_paren(self):
        aid = self._abstract("chineseCounting", "（%1）", FS, 0, 0, 640)
        return self._num(aid)

    def bullet(self, char="●"):
        aid = self._abstract("bullet", char, "宋体", 420, 420)
        return self._num(aid)


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    npr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    npr.append(il)
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    npr.append(ni)
    ppr.insert(0, npr)
    p.paragraph_format.first_line_indent = None


CN = "一二三四五六七八九十"

# ---------------------------------------------------------- plan renderer


def render_plan(doc, blocks, clauses, numbering, cfg):
    """Render plan body blocks; append expected clause strings to clauses."""
    num_id = None
    counter = 0
    for b in blocks:
        kind = b[0]
        if kind == "chap":
            empty(doc) if cfg.get("blank_before_chap") else None
            para(doc, [(b[1], HT, 16, False, None)], align="c", indent=False,
                 keep=True, before=6, after=6)
        elif kind == "sec":
            if cfg.get("sec_bold_fs"):
                # section heading typed as a bold 仿宋 run, not a style
                para(doc, [(b[1], FS, 16, True, None)], align="c",
                     indent=False, keep=True)
            else:
                para(doc, [(b[1], KT, 16, True, None)], align="c",
                     indent=False, keep=True)
        elif kind == "p":
            # ("p", text) or ("p", runin, rest) ; "\n" in text = soft break
            if len(b) == 3:
                runin, rest = b[1], b[2]
                runs = [(runin, FS, 16, True, None)]
                runs += _split_soft(rest)
                para(doc, runs)
                clauses.append(runin + rest.replace("\n", ""))
            else:
                para(doc, _split_soft(b[1]))
                clauses.append(b[1].replace("\n", ""))
        elif kind == "numstart":
            num_id = numbering.chinese_paren()
            counter = 0
        elif kind == "np":
            counter += 1
            runin, rest = b[1], b[2]
            p = para(doc, [(runin, FS, 16, True, None), (rest, FS, 16, False, None)])
            set_num(p, num_id)
            p.paragraph_format.first_line_indent = Pt(32)
            clauses.append("（" + CN[counter - 1] + "）" + runin + rest)
        elif kind == "box":
            _, title, items, style = b
            t = doc.add_table(rows=1, cols=1)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            box_borders(t)
            c = t.cell(0, 0)
            c.text = ""
            p0 = c.paragraphs[0]
            p0.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p0.paragraph_format.line_spacing = Pt(24)
            r = p0.add_run(title)
            set_font(r, HT, 14)
            bid = numbering.bullet(style) if style not in ("hand", "plain") else None
            for i, it in enumerate(items):
                if isinstance(it, tuple):
                    runin, rest = it
                else:
                    runin, rest = "", it
                q = c.add_paragraph()
                q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                q.paragraph_format.line_spacing = Pt(24)
                if runin:
                    rr = q.add_run(runin)
                    set_font(rr, FS, 14, True)
                rr = q.add_run(rest)
                set_font(rr, FS, 14)
                if bid is not None:
                    set_num(q, bid)
                else:
                    q.paragraph_format.first_line_indent = Pt(28)
                clauses.append(runin + rest)
            para(doc, indent=False, line=12)
        elif kind == "table":
            _, title, headers, rows, note, opts = b
            para(doc, [(title, HT, 14, False, None)], align="c", indent=False,
                 keep=True, before=6)
            t = doc.add_table(rows=1 + len(rows), cols=len(headers))
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(headers):
                cell_text(t.cell(0, j), h, HT, 12)
            set_repeat_header(t.rows[0])
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    al = "l" if j in opts.get("left_cols", ()) else "c"
                    cell_text(t.cell(i + 1, j), v, FS, 12, align=al)
            # vertical merges for a category column (values repeat in key)
            mc = opts.get("merge_col")
            if mc is not None:
                i = 0
                while i < len(rows):
                    k = i
                    while k + 1 < len(rows) and rows[k + 1][mc] == rows[i][mc]:
                        k += 1
                    if k > i:
                        m = t.cell(i + 1, mc).merge(t.cell(k + 1, mc))
                        cell_text(m, rows[i][mc], FS, 12)
                    i = k + 1
            if opts.get("widths"):
                set_widths(t, opts["widths"])
            keys = [h.replace(" ", "").replace("\u3000", "") for h in headers]
            for row in rows:
                clauses.append("；".join(k + "：" + v for k, v in zip(keys, row)))
            if note:
                np_ = para(doc, [(note, FS, 12, False, None)], indent=False,
                           line=20, before=3)
                clauses.append(note)
            para(doc, indent=False, line=12)
        elif kind == "annex":
            _, title, headers, rows, opts = b
            page_break(doc)
            para(doc, [("附表", HT, 16, False, None)], align="l", indent=False)
            para(doc, [(title, XBS, 18, False, None)], align="c", indent=False,
                 before=6, after=6)
            t = doc.add_table(rows=1 + len(rows), cols=len(headers))
            t.style = doc.styles["Table Grid"]
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(headers):
                cell_text(t.cell(0, j), h, HT, 11)
            set_repeat_header(t.rows[0])
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    al = "l" if j in opts.get("left_cols", ()) else "c"
                    cell_text(t.cell(i + 1, j), v, FS, 11, align=al)
            if opts.get("widths"):
                set_widths(t, opts["widths"])
            keys = [h.replace(" ", "").replace("\u3000", "") for h in headers]
            for row in rows:
                clauses.append("；".join(k + "：" + v for k, v in zip(keys, row)))
        elif kind == "blank":
            empty(doc, b[1])
        elif kind == "prefhead":
            para(doc, [(b[1], HT, 16, False, None)], align="c", indent=False)
        else:
            raise ValueError(kind)


def _split_soft(text):
    out = []
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            out.append(("\n", FS, 16, False, None))
        out.append((part, FS, 16, False, None))
    return out


def red_header(doc, organ_lines, word="文件", size=26):
    empty(doc, 1)
    if len(organ_lines) == 1:
        para(doc, [(organ_lines[0] + word, XBS, size, False, RED)], align="c",
             indent=False, line=40)
    else:
        # joint header: layout table, organs stacked left, 文件 right
        t = doc.add_table(rows=len(organ_lines), cols=2)
        no_borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, o in enumerate(organ_lines):
            c = t.cell(i, 0)
            c.text = ""
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
            r = p.add_run(o)
            set_font(r, XBS, size - 8, False, RED)
        m = t.cell(0, 1).merge(t.cell(len(organ_lines) - 1, 1))
        m.text = ""
        p = m.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(word)
        set_font(r, XBS, size + 6, False, RED)
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        set_widths(t, [12.5, 3.0])


def wenhao_line(doc, wh):
    empty(doc, 1)
    p = para(doc, [(wh, FS, 16, False, None)], align="c", indent=False)
    border_para(p, "bottom", "FF0000", 18)
    empty(doc, 1)


def banji(doc, cc, printer, pdate):
    empty(doc, 2)
    p = para(doc, [("抄送：", FS, 14, False, None), (cc, FS, 14, False, None)],
             indent=False, line=22, align="l")
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border_para(p, "top", "000000", 8)
    border_para(p, "bottom", "000000", 4)
    p = para(doc, [(" " + printer + "      " + pdate + "印发", FS, 14, False, None)],
             indent=False, line=22, align="l")
    border_para(p, "bottom", "000000", 8)


# ================================================================= DOC A
# 南沙：管委会印发规划的通知 + 规划

NS_ORG = "中国（广东）自由贸易试验区广州南沙新区片区管理委员会"
NS_PLAN = "中国（广东）自由贸易试验区广州南沙新区片区“十五五”发展规划"

NS_BLOCKS = [
    ("prefhead", "前　　言"),
    ("p", "“十五五”时期是南沙片区深入落实《广州南沙深化面向世界的粤港澳全面合作总体方案》、加快建设高水平对外开放门户的关键五年。本规划依据《中国（广东）自由贸易试验区总体方案》和《广州市南沙区国民经济和社会发展第十五个五年规划纲要》编制，规划期为2026年至2030年，展望到2035年，是指导片区未来五年改革开放和经济社会发展的纲领性文件。"),
    ("chap", "第一章　发展基础和面临形势"),
    ("sec", "第一节　发展基础"),
    ("p", "“十四五”以来，南沙片区累计形成制度创新成果856项，其中47项在全国复制推广、126项在全省复制推广。2025年，片区实现地区生产总值2780亿元，港口货物吞吐量达3.8亿吨，集装箱吞吐量达2050万标箱，跨境电商进出口额突破1200亿元，实际使用外资连续五年保持两位数增长。"),
    ("p", "对外开放平台能级持续提升。", "南沙综合保税区二期、国际邮件互换中心相继封关运作，中欧班列（南沙）开通线路增至12条，南沙港铁路实现“船车直取”常态化运作，粤港澳大湾区国际商业银行、广州期货交易所南沙服务中心等功能性平台落地运营。"),
    ("p", "营商环境持续优化。", "在全省率先实施外商投资企业商事登记“跨境通办”，企业开办时间压缩至0.5个工作日，“证照分离”改革全覆盖，外商投资准入前国民待遇加负面清单管理制度全面落实。"),
    ("sec", "第二节　面临形势"),
    ("p", "从国际看，世界百年未有之大变局加速演进，全球产业链供应链深度调整，国际经贸规则加快重构，数字贸易、绿色贸易成为国际竞争新赛道。从国内看，我国坚定推进高水平对外开放，稳步扩大规则、规制、管理、标准等制度型开放，为南沙片区先行先试提供了更大空间。同时，片区也面临高端要素集聚不足、国际航运服务能级不高、与港澳规则衔接仍需深化等挑战。"),
    ("chap", "第二章　总体要求"),
    ("sec", "第一节　指导思想"),
    ("p", "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，以制度创新为核心，以粤港澳全面合作为主线，对接高标准国际经贸规则，着力建设国际航运物流枢纽、国际贸易投资便利化示范区和粤港澳规则衔接先行区。"),
    ("sec", "第二节　发展目标"),
    ("p", "到2030年，片区地区生产总值达到4000亿元，港口集装箱吞吐量达到2600万标箱，跨境电商进出口额达到2000亿元，累计形成制度创新成果1200项以上，基本建成面向世界的高水平对外开放门户。到2035年，全面建成具有全球影响力的国际航运物流枢纽和粤港澳全面合作示范区。"),
    ("table", "表1　南沙片区“十五五”时期主要指标",
     ["类别", "指　　标", "单  位", "2025年", "2030年", "属  性"],
     [
         ["经济实力", "地区生产总值", "亿元", "2780", "4000", "预期性"],
         ["经济实力", "规模以上工业增加值年均增长", "%", "—", "7", "预期性"],
         ["开放型经济", "港口集装箱吞吐量", "万标箱", "2050", "2600", "预期性"],
         ["开放型经济", "跨境电商进出口额", "亿元", "1200", "2000", "预期性"],
         ["开放型经济", "实际使用外资", "亿美元", "18.6", "〔100〕", "预期性"],
         ["制度创新", "累计形成制度创新成果", "项", "856", "1200", "预期性"],
         ["绿色发展", "单位地区生产总值能耗降低", "%", "—", "完成市下达任务", "约束性"],
         ["绿色发展", "单位地区生产总值二氧化碳排放降低", "%", "—", "完成市下达任务", "约束性"],
     ],
     "注：〔〕内数据为五年累计数；2025年数据为预计数；“—”表示不适用。",
     {"merge_col": 0, "widths": [2.5, 4.3, 1.8, 2.0, 3.1, 1.9]}),
    ("chap", "第三章　建设高水平对外开放门户"),
    ("sec", "第一节　打造国际航运物流枢纽"),
    ("p", "提升港口综合服务能力。", "加快南沙港区五期、国际通用码头工程建设，推进广州港出海航道拓宽工程，提升超大型集装箱船舶靠泊能力。推广“湾区一港通”模式，完善组合港、“一站式”通关服务，拓展内陆无水港网络。"),
    ("p", "发展多式联运。", "建设南沙国际物流枢纽中心，做大中欧班列（南沙）和海铁联运班列规模，推动“一单制”多式联运提单在班列、海运间互认互通，到2030年海铁联运量达到60万标箱。"),
    ("box", "专栏1　国际航运物流重点工程",
     [("港口设施：", "南沙港区五期工程、国际通用码头工程、广州港出海航道拓宽工程。"),
      ("铁路物流：", "南沙港铁路二期、南沙国际物流枢纽中心、中欧班列南沙集结中心。"),
      ("航运服务：", "广州航运交易所南沙分中心、国际船舶登记服务中心、航运金融集聚区。")],
     "●"),
    ("sec", "第二节　推动贸易投资自由化便利化"),
    ("p", "深化跨境电商综合试验区建设。", "支持跨境电商企业在南沙综合保税区开展“保税备货+直播”业务，建设跨境电商海外仓服务中心，完善跨境电商出口退运、退货监管模式。"),
    ("p", "扩大外商投资准入。", "全面落实外商投资准入负面清单，在增值电信、医疗、文化等领域争取开放措施先行先试，健全外商投资企业投诉协调处理机制，依法保护外商投资合法权益。"),
    ("box", "专栏2　贸易新业态培育行动",
     [("跨境电商：", "建设跨境电商产业园3个，培育年进出口额超10亿元企业20家。"),
      ("保税维修：", "支持南沙综合保税区开展航空器材、船舶发动机等保税维修业务。"),
      ("数字贸易：", "建设国际数据传输枢纽，探索开展数据出境安全评估便利化试点。"),
      ("离岸贸易：", "支持企业开展新型离岸国际贸易，优化真实性审核和跨境资金结算服务。")],
     "●"),
    ("chap", "第四章　保障措施"),
    ("p", "加强组织领导。", "片区管委会统筹规划实施，建立重点任务台账，实行清单化管理、项目化推进，定期研究解决规划实施中的重大问题。"),
    ("p", "强化要素保障。", "优先保障重大项目用地用海需求，设立片区开放发展专项资金，每年安排不少于5亿元支持制度创新、平台建设和产业培育。"),
    ("p", "健全监测评估。", "建立规划实施年度监测、中期评估和总结评估制度，中期评估结果向社会公开，根据评估结果依法依规对规划目标和任务进行动态调整。"),
    ("annex", "南沙片区“十五五”时期重大项目表",
     ["序号", "项目名称", "建设内容", "总投资（亿元）", "建设年限", "责任单位"],
     [
         ["1", "南沙港区五期工程", "新建7万吨级集装箱泊位4个及配套设施", "128", "2026—2029年", "广州港集团"],
         ["2", "南沙国际物流枢纽中心", "建设多式联运作业区、冷链物流中心及智慧仓储设施", "46", "2026—2028年", "区交通运输局"],
         ["3", "南沙综合保税区三期", "建设保税仓储、保税维修及跨境电商监管作业场所", "32", "2027—2030年", "区商务局"],
         ["4", "国际数据传输枢纽", "建设国际互联网数据专用通道及数据中心", "25", "2026—2027年", "区工业和信息化局"],
         ["5", "粤港澳规则衔接服务中心", "建设港澳专业人士执业、商事调解及仲裁服务平台", "8.5", "2026—2027年", "区司法局"],
     ],
     {"left_cols": (1, 2), "widths": [1.1, 3.6, 5.4, 1.8, 2.4, 2.1]}),
]


def make_nansha():
    doc = new_doc()
    numbering = Numbering(doc)
    clauses_n, clauses_p = [], []
    red_header(doc, [NS_ORG], size=15)
    wenhao_line(doc, "南自贸管〔2026〕4号")
    para(doc, [("关于印发《" + NS_PLAN + "》的通知", XBS, 22, False, None)],
         align="c", indent=False, line=36)
    empty(doc)
    para(doc, "各镇人民政府、街道办事处，区各部门、各直属机构：", indent=False)
    n1 = "《" + NS_PLAN + "》已经片区管委会2026年第1次主任办公会议审议通过，现印发给你们，请结合实际认真组织实施。"
    n2 = "各单位要按照职责分工，将规划确定的主要目标、重点任务和重大项目纳入本单位年度工作计划，细化工作措施，明确时间节点。区发展和改革局要会同有关部门加强规划实施监测评估，于每年12月底前将年度实施情况报送片区管委会。实施中遇到的问题，请径向区发展和改革局反映。"
    para(doc, n1)
    para(doc, n2)
    clauses_n += [n1, n2]
    empty(doc)
    p = para(doc, [("附件：" + NS_PLAN, FS, 16, False, None)], indent=True)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 3)
    # 落款 aligned with typed spaces (office habit)
    para(doc, "　　　　　　" + NS_ORG, align="r", indent=False)
    para(doc, "2026年1月16日　　　　　　", align="r", indent=False)
    empty(doc)
    para(doc, "（此件公开发布）", indent=True)
    banji(doc, "广东省商务厅（省自贸办），广州市商务局，区委办公室、区人大常委会办公室、区政协办公室。",
          "中国（广东）自由贸易试验区广州南沙新区片区管理委员会办公室", "2026年1月16日")
    page_break(doc)
    para(doc, [("附件", HT, 16, False, None)], align="l", indent=False)
    empty(doc)
    para(doc, [(NS_PLAN, XBS, 22, False, None)], align="c", indent=False, line=36)
    empty(doc)
    render_plan(doc, NS_BLOCKS, clauses_p, numbering, {"blank_before_chap": True})
    stem = "blind378_nansha_guihua"
    doc.save(os.path.join(HERE, stem + ".docx"))
    key = [
        {"meta": {
            "title": "关于印发《" + NS_PLAN + "》的通知",
            "doc_number": "南自贸管〔2026〕4号",
            "issuer": [NS_ORG],
            "date": "2026-01-16",
            "published": None,
            "level": "zone",
            "region": "中国（广东）自由贸易试验区广州南沙新区片区",
            "effective": None,
            "expires": None,
            "attachments": [NS_PLAN],
            "doc_type": "通知",
            "recipients": ["各镇人民政府", "街道办事处", "区各部门", "各直属机构"],
            "publicity": "此件公开发布",
            "repeals": None},
         "clauses": clauses_n},
        {"meta": {
            "title": NS_PLAN,
            "doc_number": None,
            "issuer": [NS_ORG],
            "date": "2026-01-16",
            "published": None,
            "level": "zone",
            "region": "中国（广东）自由贸易试验区广州南沙新区片区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "规划",
            "recipients": [],
            "publicity": None,
            "repeals": None},
         "clauses": clauses_p},
    ]
    return stem, key


# ================================================================= DOC B
# 郑州片区：单独成文的规划文本（无文号），Word 自动编号（一）、专栏内手打序号

ZZ_ORG = "中国（河南）自由贸易试验区郑州片区管理委员会"
ZZ_PLAN = "中国（河南）自由贸易试验区郑州片区“十五五”发展规划"

ZZ_BLOCKS = [
    ("chap", "第一章　规划背景"),
    ("sec", "第一节　发展成效"),
    ("p", "“十四五”时期，郑州片区坚持以制度创新为核心，统筹推进“空中、陆上、网上、海上”四条丝绸之路建设，累计形成制度创新成果412项，其中“跨境电商零售进口退货中心仓模式”等23项在全国复制推广。"),
    ("p", "2025年，片区新设外商投资企业186家，实际使用外资9.2亿美元；中欧班列（郑州）全年开行2200列，通达欧洲、中亚、东盟等地区40多个国家的140多个城市；跨境电商进出口额达到1350亿元，占全省比重超过六成。"),
    ("sec", "第二节　机遇挑战"),
    ("p", "共建“一带一路”高质量发展深入推进，中欧班列集结中心示范工程、国家物流枢纽等重大平台布局为片区拓展开放通道提供了有力支撑。与此同时，片区也面临产业国际化水平不高、通道带动产业发展能力不足、\n制度创新系统集成程度有待提升等问题，必须增强机遇意识和风险意识，在更高起点上推动开放发展。"),
    ("chap", "第二章　总体思路和发展目标"),
    ("sec", "第一节　总体思路"),
    ("p", "以服务构建新发展格局为引领，以“两体系、一枢纽”为主线，围绕政务、监管、金融、法律、多式联运五大服务体系，深化首创性、差异化改革探索，打造内陆地区制度型开放高地，建设服务“一带一路”建设的现代综合交通枢纽。"),
    ("sec", "第二节　主要目标"),
    ("p", "到2030年，片区开放型经济规模和质量显著提升，中欧班列（郑州）集结中心功能更加完善，跨境电商核心功能集聚区基本建成，形成一批具有全国影响力的制度创新成果。"),
    ("table", "表1　郑州片区“十五五”主要指标",
     ["序号", "指标", "单位", "2025年", "2030年", "属性"],
     [
         ["1", "中欧班列（郑州）年开行量", "列", "2200", "3000", "预期性"],
         ["2", "跨境电商进出口额", "亿元", "1350", "2200", "预期性"],
         ["3", "货物进出口总额", "亿元", "2860", "3800", "预期性"],
         ["4", "实际使用外资", "亿美元", "9.2", "12", "预期性"],
         ["5", "新增制度创新成果", "项", "—", "≥150", "预期性"],
         ["6", "综合保税区进出口额", "亿元", "3100", "4000", "预期性"],
         ["7", "单位地区生产总值能耗降低", "%", "—", "〔13.5〕", "约束性"],
     ],
     "注：1.〔〕内为五年累计数。2.2025年为预计数，以统计部门最终核定数据为准。",
     {"widths": [1.4, 5.6, 1.8, 2.1, 2.4, 2.0]}),
    ("chap", "第三章　建设服务“一带一路”的现代综合交通枢纽"),
    ("sec", "第一节　提升中欧班列（郑州）枢纽功能"),
    ("numstart",),
    ("np", "拓展班列线路网络。", "稳定运行郑州至汉堡、慕尼黑、阿拉木图等干线，加密至中亚、东盟方向班列，开行“中欧班列+跨境电商”“中欧班列+冷链”等特色专列，到2030年线路达到25条以上。"),
    ("np", "建设集结中心示范工程。", "推进中欧班列郑州集结中心二期建设，完善集疏运体系和国际分拨功能，推动境外集疏分拨网点增至15个。"),
    ("np", "创新班列运贸一体化模式。", "推广“一单到底、一票结算”多式联运服务，探索铁路运单物权化，支持金融机构开展基于铁路提单的质押融资业务。"),
    ("box", "专栏1　中欧班列（郑州）集结中心建设重点",
     ["1.郑州国际陆港第二节点：新建集装箱作业区、海关监管作业场所及多式联运调度中心。",
      "2.境外分拨网络：在汉堡、华沙、阿拉木图等地布局境外集疏分拨中心和海外仓。",
      "3.数字陆港平台：建设班列运输全程可视化追踪和单证电子化流转系统。"],
     "hand"),
    ("sec", "第二节　建设跨境电商核心功能集聚区"),
    ("numstart",),
    ("np", "做强跨境电商综试区。", "深化中国（郑州）跨境电子商务综合试验区建设，完善“单一窗口”综合服务平台功能，推广跨境电商零售进口退货中心仓模式。"),
    ("np", "培育跨境电商经营主体。", "引进培育跨境电商龙头企业和服务商，支持企业建设海外仓、独立站，到2030年培育年交易额超10亿元跨境电商企业30家。"),
    ("p", "与此同时，", "发挥郑州航空港经济综合实验区和郑州新郑综合保税区联动作用，推动“空中丝绸之路”和“网上丝绸之路”融合发展，打造全球跨境电商进口商品集散分拨中心。"),
    ("box", "专栏2　跨境电商重点平台",
     ["1.跨境电商产业园：建设经开、金水两个跨境电商产业园，集聚企业500家以上。",
      "2.跨境电商监管中心：升级改造E贸易监管中心，日处理能力达到1000万单。"],
     "hand"),
    ("chap", "第四章　实施保障"),
    ("p", "片区管委会负责本规划的组织实施，各有关部门要按照职责分工制定具体实施方案，确保各项任务落到实处。建立规划实施评估机制，2028年开展中期评估，2030年开展总结评估，评估结果作为考核的重要依据。"),
    ("annex", "郑州片区“十五五”重点项目表",
     ["序号", "项目名称", "建设内容及规模", "总投资（亿元）", "建设期限"],
     [
         ["1", "中欧班列郑州集结中心二期", "新建铁路装卸线6条、集装箱堆场25万平方米", "36.8", "2026—2028年"],
         ["2", "郑州国际陆港第二节点", "建设海关监管作业场所及多式联运调度中心", "22", "2026—2029年"],
         ["3", "跨境电商E贸易监管中心升级改造", "改造分拣线及智能查验设施", "6.5", "2026—2027年"],
         ["4", "郑州片区国际商事法律服务中心", "集聚商事调解、仲裁、公证等法律服务机构", "3.2", "2027—2028年"],
     ],
     {"left_cols": (1, 2), "widths": [1.2, 4.6, 6.2, 2.0, 2.6]}),
]


def make_zhengzhou():
    doc = new_doc()
    numbering = Numbering(doc)
    clauses = []
    empty(doc, 2)
    # title broken with a soft line break (Shift+Enter)
    para(doc, [("中国（河南）自由贸易试验区郑州片区", XBS, 22, False, None),
               ("\n", XBS, 22, False, None),
               ("“十五五”发展规划", XBS, 22, False, None)],
         align="c", indent=False, line=36)
    empty(doc)
    para(doc, [(ZZ_ORG, KT, 16, False, None)], align="c", indent=False)
    para(doc, [("二〇二六年二月九日", KT, 16, False, None)], align="c", indent=False)
    empty(doc, 2)
    render_plan(doc, ZZ_BLOCKS, clauses, numbering, {})
    stem = "blind378_zhengzhou_guihua"
    doc.save(os.path.join(HERE, stem + ".docx"))
    key = [{"meta": {
        "title": ZZ_PLAN,
        "doc_number": None,
        "issuer": [ZZ_ORG],
        "date": "2026-02-09",
        "published": None,
        "level": "zone",
        "region": "中国（河南）自由贸易试验区郑州片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "规划",
        "recipients": [],
        "publicity": None,
        "repeals": None},
        "clauses": clauses}]
    return stem, key


# ================================================================= DOC C
# 钦州港片区：两机关联合印发（联合版头、落款用无框表格排版）+ 规划

QZ_ORG1 = "中国（广西）自由贸易试验区钦州港片区管理委员会"
QZ_ORG2 = "钦州市发展和改革委员会"
QZ_PLAN = "中国（广西）自由贸易试验区钦州港片区“十五五”发展规划"

QZ_BLOCKS = [
    ("chap", "第一章　发展基础"),
    ("p", "钦州港片区是中国（广西）自由贸易试验区的核心片区和西部陆海新通道的关键节点。“十四五”期间，片区累计形成制度创新成果268项，其中“港航物流一体化服务模式”等11项在全国推广。2025年，钦州港集装箱吞吐量突破1000万标箱，西部陆海新通道海铁联运班列开行1.2万列，钦州综合保税区进出口额达到620亿元。"),
    ("p", "片区开放平台体系基本形成，中国—东盟港口城市合作网络、中马“两国双园”联动发展机制作用日益凸显，绿色化工、新能源材料、港航物流三大主导产业集群初具规模，为“十五五”时期高质量发展奠定了坚实基础。"),
    ("chap", "第二章　总体要求"),
    ("sec", "第一节　功能定位"),
    ("p", "西部陆海新通道国际门户港。", "加快建设集装箱干线港和区域性国际航运中心，构建通达全球主要港口的航线网络。"),
    ("p", "面向东盟的开放合作高地。", "深化与东盟国家在港口、产业、贸易、金融等领域合作，打造中国—东盟产业合作区核心区。"),
    ("sec", "第二节　主要目标"),
    ("p", "到2030年，钦州港集装箱吞吐量达到1500万标箱，西部陆海新通道海铁联运班列年开行量达到2万列，基本建成西部陆海新通道国际门户港，制度型开放取得明显成效。"),
    ("table", "表1　钦州港片区“十五五”时期主要指标",
     ["指标", "单位", "2025年", "2030年", "属性"],
     [
         ["钦州港集装箱吞吐量", "万标箱", "1000", "1500", "预期性"],
         ["海铁联运班列开行量", "万列", "1.2", "2", "预期性"],
         ["外贸进出口总额", "亿元", "1450", "2200", "预期性"],
         ["钦州综合保税区进出口额", "亿元", "620", "1000", "预期性"],
         ["实际使用外资", "亿美元", "3.1", "5", "预期性"],
         ["累计形成制度创新成果", "项", "268", "400", "预期性"],
         ["国际航线数量", "条", "42", "60", "预期性"],
         ["工业用水重复利用率", "%", "93", "≥95", "约束性"],
         ["单位地区生产总值能耗降低", "%", "—", "完成自治区下达目标", "约束性"],
     ],
     "注：2025年数据为预计数。",
     {"widths": [6.4, 2.0, 2.0, 3.4, 1.8]}),
    ("chap", "第三章　重点任务"),
    ("sec", "第一节　建设西部陆海新通道国际门户港"),
    ("p", "完善港口基础设施。", "推进钦州港东航道扩建、大榄坪南作业区自动化集装箱码头建设，提升30万吨级油轮、20万吨级集装箱船舶通航能力。"),
    ("p", "做大海铁联运规模。", "推进钦州港东站集装箱办理站扩能改造，加密重庆、成都、昆明等方向海铁联运班列，推动中欧班列与西部陆海新通道班列在钦州港衔接，\n实现“一箱到底、一单到底”全程服务。"),
    ("box", "专栏1　港航物流重点工程",
     [("码头工程：", "大榄坪南作业区9号至10号自动化集装箱泊位、金谷港区鹰岭作业区泊位。"),
      ("航道工程：", "钦州港东航道扩建工程、三墩作业区30万吨级航道工程。"),
      ("集疏运工程：", "钦州港东站集装箱办理站扩能改造、钦州港支线扩能改造。")],
     "■"),
    ("sec", "第二节　深化中国—东盟开放合作"),
    ("p", "推进中马“两国双园”升级发展。", "深化中马钦州产业园区与马来西亚关丹产业园区联动，探索“一园两区”跨境产业链合作模式，推动两园海关监管、检验检疫标准互认。"),
    ("p", "提升跨境贸易便利化水平。", "深化国际贸易“单一窗口”建设，推广“提前申报”“两段准入”等通关模式，支持钦州综合保税区发展保税维修、跨境电商、大宗商品保税交割等新业态，争取设立中国—东盟跨境电商产业园。"),
    ("box", "专栏2　开放合作重点平台",
     [("中马“两国双园”：", "建设中马钦州产业园区金谷园区、中马国际科创中心。"),
      ("跨境电商：", "建设中国—东盟跨境电商产业园、东盟海外仓服务中心。"),
      ("大宗商品：", "建设钦州港大宗商品交易中心和保税交割仓库。")],
     "■"),
    ("chap", "第四章　保障措施"),
    ("p", "加强统筹协调。", "建立片区管委会与市直有关部门联席会议制度，协调解决规划实施中的重大事项。"),
    ("p", "强化督促落实。", "将规划目标任务分解落实到各责任单位，纳入年度绩效考评，市发展改革委会同片区管委会组织开展中期评估和总结评估。"),
    ("annex", "钦州港片区“十五五”重大项目表",
     ["序号", "项目名称", "主要建设内容", "总投资（亿元）", "“十五五”计划投资（亿元）", "建设起止年限"],
     [
         ["1", "大榄坪南作业区自动化集装箱码头（9—10号泊位）", "建设2个20万吨级自动化集装箱泊位，设计年通过能力200万标箱", "58.6", "52", "2026—2029年"],
         ["2", "钦州港东航道扩建工程", "航道按30万吨级油轮、20万吨级集装箱船舶双向通航标准扩建", "42.3", "42.3", "2026—2028年"],
         ["3", "钦州港东站集装箱办理站扩能改造", "新增装卸线4条，年办理能力提升至150万标箱", "12.8", "12.8", "2026—2027年"],
         ["4", "中国—东盟跨境电商产业园", "建设跨境电商监管中心、海外仓服务中心及配套设施", "9.6", "9.6", "2027—2029年"],
         ["5", "钦州港大宗商品交易中心", "建设交易结算平台、保税交割仓库及检验检测中心", "15", "13.5", "2026—2030年"],
         ["6", "中马国际科创中心", "建设研发孵化、国际技术转移及人才服务设施", "7.2", "7.2", "2027—2030年"],
     ],
     {"left_cols": (1, 2), "widths": [1.1, 4.0, 5.6, 1.8, 2.0, 2.1]}),
]


def make_qinzhou():
    doc = new_doc()
    numbering = Numbering(doc)
    clauses_n, clauses_p = [], []
    red_header(doc, [QZ_ORG1, QZ_ORG2], size=22)
    wenhao_line(doc, "钦港管发〔2026〕3号")
    para(doc, [("关于印发《中国（广西）自由贸易试验区", XBS, 22, False, None),
               ("\n", XBS, 22, False, None),
               ("钦州港片区“十五五”发展规划》的通知", XBS, 22, False, None)],
         align="c", indent=False, line=36)
    empty(doc)
    para(doc, "钦州港经济技术开发区各部门，钦南区人民政府，市直有关单位：", indent=False)
    n1 = "为深入贯彻落实《中国（广西）自由贸易试验区总体方案》，加快建设西部陆海新通道国际门户港，片区管委会会同市发展改革委编制了《" + QZ_PLAN + "》，经市人民政府同意，现印发给你们，请认真抓好贯彻落实。"
    n2 = "各有关单位要对照规划确定的目标任务，抓紧制定年度工作计划和重大项目推进清单，每年1月10日前将上一年度规划实施情况报送片区管委会经济发展局，抄送市发展改革委。"
    para(doc, n1)
    para(doc, n2)
    clauses_n += [n1, n2]
    empty(doc)
    para(doc, "附件：" + QZ_PLAN, indent=True)
    empty(doc, 3)
    # joint 落款 laid out in a borderless table (seal positions)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), "中国（广西）自由贸易试验区" + "钦州港片区管理委员会", FS, 16)
    cell_text(t.cell(0, 1), QZ_ORG2, FS, 16)
    t.cell(1, 0).text = ""
    cell_text(t.cell(1, 1), "2026年3月2日", FS, 16)
    set_widths(t, [8.0, 7.6])
    empty(doc)
    para(doc, "（此件公开发布）", indent=True)
    banji(doc, "自治区商务厅（自治区自贸办），自治区发展改革委，钦州市人民政府办公室。",
          "钦州港片区管委会党政办公室", "2026年3月3日")
    page_break(doc)
    para(doc, [("附件", HT, 16, False, None)], align="l", indent=False)
    empty(doc)
    para(doc, [(QZ_PLAN, XBS, 22, False, None)], align="c", indent=False, line=36)
    empty(doc)
    render_plan(doc, QZ_BLOCKS, clauses_p, numbering, {"sec_bold_fs": True})
    stem = "blind378_qinzhou_guihua"
    doc.save(os.path.join(HERE, stem + ".docx"))
    common = {
        "doc_number": None, "issuer": [QZ_ORG1, QZ_ORG2], "date": "2026-03-02",
        "published": None, "level": "zone",
        "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": None, "expires": None, "repeals": None}
    m1 = dict(common)
    m1.update({"title": "关于印发《" + QZ_PLAN + "》的通知",
               "doc_number": "钦港管发〔2026〕3号",
               "attachments": [QZ_PLAN], "doc_type": "通知",
               "recipients": ["钦州港经济技术开发区各部门", "钦南区人民政府", "市直有关单位"],
               "publicity": "此件公开发布"})
    m2 = dict(common)
    m2.update({"title": QZ_PLAN, "attachments": [], "doc_type": "规划",
               "recipients": [], "publicity": None})
    order = ["title", "doc_number", "issuer", "date", "published", "level", "region",
             "effective", "expires", "attachments", "doc_type", "recipients",
             "publicity", "repeals"]
    m1 = {k: m1[k] for k in order}
    m2 = {k: m2[k] for k in order}
    return stem, [{"meta": m1, "clauses": clauses_n}, {"meta": m2, "clauses": clauses_p}]


# ------------------------------------------------------------------- main


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_378",
                    "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def main():
    expected = {}
    for maker in (make_nansha, make_zhengzhou, make_qinzhou):
        stem, key = maker()
        expected[stem] = key
        to_pdf(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
