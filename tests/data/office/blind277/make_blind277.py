# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 277: Word structures produced by office templates, printed to PDF
by LibreOffice.  Writes four .docx files, their .pdf renderings and expected.json
next to this script.

  . /work/venv/bin/activate && python make_blind277.py
"""
import copy
import json
import os
import re
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"


# ----------------------------------------------------------------- helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_text(p, text, font=FS, size=16, bold=None, color=None):
    """Add text to paragraph p; '\n' inside text becomes a soft line break."""
    parts = text.split("\n")
    last = None
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break()
        last = r
    return last


def fmt(p, align=None, first=None, left=None, right=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if line is None:
        pass
    else:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def border(p, side, sz=8, color="000000", space=1):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn("w:pBdr"))
    if pBdr is None:
        pBdr = OxmlElement("w:pBdr")
        # pBdr must come before shd/tabs/spacing/ind/jc: insert right after numPr/pStyle
        anchor = None
        for tag in ("w:spacing", "w:ind", "w:jc", "w:tabs", "w:shd"):
            anchor = pPr.find(qn(tag))
            if anchor is not None:
                break
        kids = list(pPr)
        idx = len(kids)
        for i, k in enumerate(kids):
            if k.tag in (qn("w:shd"), qn("w:tabs"), qn("w:suppressAutoHyphens"), qn("w:kinsoku"),
                         qn("w:spacing"), qn("w:ind"), qn("w:jc"), qn("w:rPr"), qn("w:sectPr")):
                idx = i
                break
        pPr.insert(idx, pBdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    pBdr.append(e)


def add_tab_stop(p, pos_twips, kind="right", leader=None):
    pPr = p._p.get_or_add_pPr()
    tabs = pPr.find(qn("w:tabs"))
    if tabs is None:
        tabs = OxmlElement("w:tabs")
        kids = list(pPr)
        idx = len(kids)
        for i, k in enumerate(kids):
            if k.tag in (qn("w:suppressAutoHyphens"), qn("w:kinsoku"), qn("w:spacing"), qn("w:ind"),
                         qn("w:jc"), qn("w:rPr"), qn("w:sectPr")):
                idx = i
                break
        pPr.insert(idx, tabs)
    t = OxmlElement("w:tab")
    t.set(qn("w:val"), kind)
    if leader:
        t.set(qn("w:leader"), leader)
    t.set(qn("w:pos"), str(pos_twips))
    tabs.append(t)


def field_runs(p, instr, shown, font=SONG, size=14):
    r = p.add_run()
    set_font(r, font, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r._r.append(fc)
    r = p.add_run()
    set_font(r, font, size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr
    r._r.append(it)
    r = p.add_run()
    set_font(r, font, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r._r.append(fc)
    r = p.add_run(shown)
    set_font(r, font, size)
    r = p.add_run()
    set_font(r, font, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r._r.append(fc)


def page_footer(par, align):
    par.alignment = align
    pf = par.paragraph_format
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        pf.right_indent = Pt(14)
    elif align == WD_ALIGN_PARAGRAPH.LEFT:
        pf.left_indent = Pt(14)
    r = par.add_run("— ")
    set_font(r, SONG, 14)
    field_runs(par, "PAGE", "1")
    r = par.add_run(" —")
    set_font(r, SONG, 14)


def setup(doc, odd_even=True):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rPr = st.element.get_or_add_rPr()
    rf = rPr.find(qn("w:rFonts"))
    rf.set(qn("w:eastAsia"), FS)
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        page_footer(sec.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
        page_footer(sec.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)
    else:
        page_footer(sec.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.CENTER)


def cn_num(n):
    d = "零一二三四五六七八九十"
    if n <= 10:
        return d[n]
    if n < 20:
        return "十" + d[n - 10]
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def table_borders(tbl, sz=8, inside=True, val="single"):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    sides = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for s in sides:
        e = OxmlElement("w:" + s)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    # schema order: tblStyle, tblpPr, tblOverlap, bidiVisual, tblStyleRowBandSize, tblStyleColBandSize, tblW, jc, tblCellSpacing, tblInd, tblBorders, shd, tblLayout, tblCellMar, tblLook
    anchor = None
    for tag in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"):
        anchor = tblPr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(b)
    else:
        tblPr.append(b)


def no_borders(tbl):
    table_borders(tbl, sz=0, inside=True, val="nil")


def set_col_widths(tbl, widths_mm):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in tbl.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_mm):
                c.width = Mm(widths_mm[i])


def cell_text(cell, text, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, bold=None):
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    fmt(p, align=align, line=size + 6)
    if text:
        add_text(p, text, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


class Doc:
    """Wraps a python-docx Document and records the answer key while writing."""

    def __init__(self, odd_even=True):
        self.doc = Document()
        setup(self.doc, odd_even)
        self.clauses = []
        self.specific = {}

    # --- answer-key bookkeeping
    def clause(self, text, places=None):
        self.clauses.append(text)
        if places:
            key = text[:22]
            self.specific[key] = places

    # --- GB/T 9704 blocks
    def banner(self, organ_lines, number, size=30, container=None):
        c = container or self.doc
        p = c.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=None, before=0, after=0)
        p.paragraph_format.line_spacing = 1.0
        add_text(p, "\n".join(organ_lines), XBS, size, color=RED)
        p = c.add_paragraph()
        fmt(p, line=28)
        p = c.add_paragraph()
        fmt(p, line=28)
        p = c.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=28, after=6)
        add_text(p, number, FS, 16)
        border(p, "bottom", sz=18, color="FF0000", space=6)
        return p

    def joint_banner(self, organs, number):
        d = self.doc
        t = d.add_table(rows=len(organs), cols=2)
        no_borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, o in enumerate(organs):
            c = t.cell(i, 0)
            cell_text(c, o, XBS, 28, WD_ALIGN_PARAGRAPH.DISTRIBUTE)
            c.paragraphs[0].runs[0].font.color.rgb = RED
        m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
        cell_text(m, "文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER)
        m.paragraphs[0].runs[0].font.color.rgb = RED
        set_col_widths(t, [120, 36])
        p = d.add_paragraph(); fmt(p, line=28)
        p = d.add_paragraph(); fmt(p, line=28)
        p = d.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=28, after=6)
        add_text(p, number, FS, 16)
        border(p, "bottom", sz=18, color="FF0000", space=6)

    def title(self, text, container=None, before=28):
        c = container or self.doc
        p = c.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=35, before=before, after=28)
        add_text(p, text, XBS, 22)
        return p

    def plain(self, text, container=None, clause=True, places=None, first=32, font=FS,
              align=WD_ALIGN_PARAGRAPH.JUSTIFY):
        c = container or self.doc
        p = c.add_paragraph()
        fmt(p, align, first=first)
        add_text(p, text, font)
        if clause:
            self.clause(text, places)
        return p

    def heading_line(self, text, font=HT, container=None):
        c = container or self.doc
        p = c.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
        add_text(p, text, font)
        return p

    def runin(self, label, head, rest, head_font=KT, container=None, places=None):
        """'（一）加快……。rest' with the run-in heading in 楷体."""
        c = container or self.doc
        p = c.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
        add_text(p, label + head, head_font)
        if rest:
            add_text(p, rest, FS)
        self.clause(label + head + rest, places)
        return p

    def recipients(self, text, container=None):
        c = container or self.doc
        p = c.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first=0)
        add_text(p, text)

    def attachment_note(self, lines, container=None):
        c = container or self.doc
        p = c.add_paragraph(); fmt(p)
        for i, l in enumerate(lines):
            p = c.add_paragraph()
            if i == 0:
                fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
            else:
                fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, left=32 + 48)
            add_text(p, l)

    def signature(self, organ, date, container=None, blank_lines=3):
        c = container or self.doc
        for _ in range(blank_lines):
            p = c.add_paragraph(); fmt(p)
        p = c.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, right=48)
        add_text(p, organ)
        p = c.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, right=64)
        add_text(p, date)

    def publicity(self, text, container=None):
        c = container or self.doc
        p = c.add_paragraph(); fmt(p)
        p = c.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, first=32)
        add_text(p, text)

    def banji(self, cc, printer, pdate):
        d = self.doc
        p = d.add_paragraph(); fmt(p)
        p = d.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, left=14, right=14, line=28)
        border(p, "top", sz=8)
        border(p, "bottom", sz=4)
        add_text(p, cc, FS, 14)
        p = d.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, left=14, right=14, line=28)
        border(p, "bottom", sz=8)
        add_tab_stop(p, 8560 - 280 - 280, "right")
        add_text(p, printer, FS, 14)
        r = p.add_run("\t" + pdate)
        set_font(r, FS, 14)

    def page_break(self):
        p = self.doc.add_paragraph()
        fmt(p)
        p.add_run().add_break(WD_BREAK.PAGE)

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


# ------------------------------------------------------- automatic numbering
ABSTRACT_XML = """
<w:abstractNum %s w:abstractNumId="%d">
  <w:nsid w:val="5E2B%04X"/>
  <w:multiLevelType w:val="multilevel"/>
  <w:tmpl w:val="0F8C3A2E"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>
    <w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体" w:hint="eastAsia"/><w:b w:val="0"/><w:sz w:val="32"/></w:rPr>
  </w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>
    <w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312" w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr>
  </w:lvl>
  <w:lvl w:ilvl="2">
    <w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>
    <w:lvlText w:val="%%3."/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr>
  </w:lvl>
  <w:lvl w:ilvl="3">
    <w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>
    <w:lvlText w:val="（%%4）"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr>
  </w:lvl>
</w:abstractNum>"""


class AutoList:
    """Word multilevel list 一、/（一）/1./（1） and a simulation of its counters."""

    def __init__(self, d, abstract_id, num_id, restart=False):
        self.d = d
        self.num_id = num_id
        numbering = d.doc.part.numbering_part.element
        if not any(a.get(qn("w:abstractNumId")) == str(abstract_id)
                   for a in numbering.findall(qn("w:abstractNum"))):
            a = parse_xml(ABSTRACT_XML % (nsdecls("w"), abstract_id, abstract_id))
            first_num = numbering.find(qn("w:num"))
            if first_num is not None:
                first_num.addprevious(a)
            else:
                numbering.append(a)
        n = OxmlElement("w:num")
        n.set(qn("w:numId"), str(num_id))
        an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), str(abstract_id)); n.append(an)
        if restart:
            for lvl in range(4):
                lo = OxmlElement("w:lvlOverride"); lo.set(qn("w:ilvl"), str(lvl))
                so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); lo.append(so)
                n.append(lo)
        numbering.append(n)
        self.counters = [0, 0, 0, 0]

    def label(self, lvl):
        self.counters[lvl] += 1
        for k in range(lvl + 1, 4):
            self.counters[k] = 0
        v = self.counters[lvl]
        return ["%s、" % cn_num(v), "（%s）" % cn_num(v), "%d." % v, "（%d）" % v][lvl]

    def para(self, lvl, head="", rest="", clause=True, places=None, head_font=None):
        d = self.d
        p = d.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
        numPr = p._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = lvl
        numPr.get_or_add_numId().val = self.num_id
        p.paragraph_format.first_line_indent = Pt(32)
        if head_font is None:
            head_font = [HT, KT, FS, FS][lvl]
        if head:
            add_text(p, head, head_font)
        if rest:
            add_text(p, rest, FS)
        lab = self.label(lvl)
        if clause:
            d.clause(lab + head + rest, places)
        return p


# ----------------------------------------------------------- file 1: 广西
def make_guangxi():
    stem = "blind277_guangxi_tongzhi"
    d = Doc(odd_even=True)
    d.joint_banner(["广西壮族自治区商务厅", "广西壮族自治区财政厅"], "桂商贸发〔2024〕23号")
    d.title("广西壮族自治区商务厅 \n广西壮族自治区财政厅\n关于加快跨境电子商务发展 \n深化面向东盟开放合作的通知")
    d.recipients("各设区市商务局、财政局，中国（广西）自由贸易试验区各片区管委会，自治区有关单位：")
    d.plain("为贯彻落实党中央、国务院关于推动跨境电子商务健康持续创新发展的决策部署，发挥中国（广西）自由贸易试验区（以下简称广西自贸试验区）面向东盟开放合作的制度创新优势，加快建设面向东盟的跨境电商枢纽，服务共建“一带一路”高质量发展，经自治区人民政府同意，现就有关事项通知如下。")
    L = AutoList(d, 9101, 201)
    L.para(0, "培育壮大跨境电商经营主体", clause=False)
    L.para(1, "引进培育龙头企业。", "对新引进落户广西自贸试验区、年跨境电商进出口额首次突破1亿元的企业，由所在设区市按照不超过50万元的标准给予一次性奖励，自治区财政按照1∶1比例予以配套。",
           places=["中国（广西）自由贸易试验区"])
    L.para(1, "支持传统外贸企业转型。", "鼓励传统外贸企业和制造企业通过跨境电商拓展东盟市场，对首次开展跨境电商出口业务且年出口额超过500万元的企业，给予最高20万元奖励。")
    L.para(1, "加强人才培养。", "支持区内高校、职业院校与跨境电商企业共建实训基地，每年培养跨境电商专业人才不少于2000人次，对新认定的自治区级跨境电商人才实训基地给予10万元补助。")
    L.para(0, "完善跨境电商基础设施", clause=False)
    L.para(1, "建设公共海外仓。", "支持企业在东盟国家和共建“一带一路”其他国家建设或租用公共海外仓，认定条件见附件。对经认定的公共海外仓，按照以下标准给予支持：")
    L.para(2, "", "仓储面积5000平方米以上的，一次性奖励100万元；")
    L.para(2, "", "仓储面积2000平方米以上、不足5000平方米的，一次性奖励50万元；")
    L.para(2, "", "同一企业在同一国家建设多个海外仓的，按面积合并计算，奖励金额最高不超过200万元。")
    L.para(1, "提升自贸试验区片区承载功能", clause=False)
    L.para(2, "", "支持南宁片区依托南宁综合保税区建设跨境电商直播基地，开展“保税+直播”业务试点，对年直播销售额超过1亿元的基地运营主体给予30万元奖励。",
           places=["南宁片区", "南宁综合保税区"])
    L.para(2, "", "支持钦州港片区发展跨境电商海运快件业务，加密至东盟主要港口的海运航线，对新开通的跨境电商海运专线给予每条20万元补助。",
           places=["钦州港片区"])
    L.para(2, "", "支持崇左片区依托凭祥综合保税区探索“跨境电商+边民互市”融合发展模式，开展边民互市商品落地加工试点。",
           places=["崇左片区", "凭祥综合保税区"])
    L.para(1, "畅通跨境物流通道。", "依托西部陆海新通道，加密广西至东盟国家的跨境电商物流专线，对开行的跨境电商专列、专线按照实际运输量给予运费补贴，具体办法由自治区商务厅会同自治区财政厅另行制定。")
    L.para(0, "强化政策保障", clause=False)
    L.para(1, "加大资金支持。", "自治区财政每年从外经贸发展专项资金中安排不少于3000万元，用于支持跨境电商发展。各设区市要统筹本级资金予以配套，不得挤占挪用。")
    L.para(1, "优化通关监管服务", clause=False)
    L.para(2, "", "配合海关推广跨境电商企业对企业直接出口（9710）、跨境电商出口海外仓（9810）监管方式，落实“一次登记、一点对接、便利通关、简化申报”等便利化措施。")
    L.para(2, "", "对符合条件的跨境电商出口企业，按照以下方式办理出口退税：")
    L.para(3, "", "适用增值税、消费税退（免）税政策的，按规定申报办理退（免）税；")
    L.para(3, "", "未取得有效进货凭证但符合条件的，试行增值税、消费税免税政策。")
    L.para(1, "加强统计监测。", "各片区管委会、各设区市商务局要于每季度结束后10个工作日内，将跨境电商进出口数据报送自治区商务厅，同时抄送自治区财政厅。")
    L.para(0, "其他事项", clause=False)
    L.para(1, "", "本通知自2024年5月1日起施行，有效期至2026年12月31日。执行期间如遇国家政策调整，按国家有关规定执行。")
    d.attachment_note(["附件：广西跨境电商公共海外仓认定条件"])
    # 联合落款
    for _ in range(3):
        p = d.doc.add_paragraph(); fmt(p)
    p = d.doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, left=16)
    add_text(p, "广西壮族自治区商务厅　　　　广西壮族自治区财政厅")
    p = d.doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    add_text(p, "2024年4月18日")
    d.publicity("（此件公开发布）")
    # 附件 on a new page, list restarts
    d.page_break()
    p = d.doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_text(p, "附件", HT)
    d.title("广西跨境电商公共海外仓认定条件", before=14)
    A = AutoList(d, 9101, 202, restart=True)
    A.para(0, "基本条件", clause=False)
    A.para(2, "", "申报企业在广西壮族自治区内依法注册，具有独立法人资格，信用状况良好，近三年未发生重大违法违规行为。")
    A.para(2, "", "海外仓位于东盟国家或共建“一带一路”其他国家，企业拥有海外仓所有权或3年以上使用权。")
    A.para(2, "", "海外仓仓储面积不低于2000平方米，配备仓储管理系统（WMS），能够与国内跨境电商平台实现数据对接。")
    A.para(0, "服务能力", clause=False)
    A.para(2, "", "海外仓年服务广西跨境电商企业不少于10家，为其提供仓储、分拣、配送、退换货等服务。")
    A.para(2, "", "海外仓年出入库货值不低于3000万元人民币，其中服务广西企业的货值占比不低于30%。")
    A.para(2, "", "具备目的国清关、本地配送和售后服务能力，能够提供海外仓信息公开查询服务。")
    A.para(0, "申报材料", clause=False)
    d.plain("申报企业应提交申报表、营业执照、海外仓产权证明或租赁合同、仓储管理系统截图及上一年度业务数据等材料，并对材料的真实性负责。")
    d.banji("抄送：自治区人民政府办公厅，南宁海关，国家税务总局广西壮族自治区税务局。",
            "广西壮族自治区商务厅办公室", "2024年4月19日印发")
    d.save(stem)
    meta = {
        "title": "广西壮族自治区商务厅 广西壮族自治区财政厅关于加快跨境电子商务发展 深化面向东盟开放合作的通知",
        "doc_number": "桂商贸发〔2024〕23号",
        "issuer": ["广西壮族自治区商务厅", "广西壮族自治区财政厅"],
        "date": "2024-04-18",
        "published": "2024-04-19",
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": "2024-05-01",
        "expires": "2026-12-31",
        "attachments": ["广西跨境电商公共海外仓认定条件"],
        "doc_type": "通知",
        "recipients": ["各设区市商务局、财政局", "中国（广西）自由贸易试验区各片区管委会", "自治区有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": d.clauses, "applies_to": {"specific": d.specific}}]


# ------------------------------------------------------------ file 2: 岳阳
def make_yueyang():
    stem = "blind277_yueyang_fangan"
    d = Doc(odd_even=False)
    d.banner(["中国（湖南）自由贸易试验区", "岳阳片区管理委员会文件"], "岳自贸管发〔2024〕12号", size=26)
    # one-cell bordered table used as a frame for the whole text
    frame = d.doc.add_table(rows=1, cols=1)
    table_borders(frame, sz=12, inside=False)
    set_col_widths(frame, [156])
    cell = frame.cell(0, 0)
    first = cell.paragraphs[0]
    fmt(first, line=14)
    d.title("中国（湖南）自由贸易试验区岳阳片区\n深度融入共建“一带一路”三年行动方案\n（2024—2026年）", container=cell, before=6)
    d.plain("为贯彻落实推动共建“一带一路”高质量发展的决策部署，发挥岳阳片区长江经济带与自贸试验区叠加优势，加快打造内陆地区对接“一带一路”的重要节点，结合片区实际，制定本方案。", container=cell)
    d.heading_line("一、总体目标", container=cell)
    d.plain("到2026年，片区外贸进出口总额突破800亿元，其中与共建“一带一路”国家进出口额年均增长12%以上；新开通国际及近洋航线3条以上；培育年进出口额超10亿元的外贸企业5家以上；形成可复制推广的制度创新成果10项以上。", container=cell)
    d.heading_line("二、重点任务", container=cell)
    d.runin("（一）", "畅通国际物流通道。", "加密城陵矶港至东盟、中东地区的近洋航线，推动“岳阳—东盟”江海联运航线常态化运营；发展中欧班列岳阳集结点业务，力争年开行班列100列以上。", container=cell)
    d.runin("（二）", "提升城陵矶综合保税区能级。", "支持综保区内企业开展保税维修、保税研发和融资租赁业务，对新开展保税维修业务且年维修货值超过5000万元的企业，给予一次性奖励30万元。", container=cell,
            places=["城陵矶综合保税区"])
    d.runin("（三）", "推进贸易便利化改革。", "推广“提前申报”“两步申报”“船边直提”“抵港直装”等改革措施，进口、出口整体通关时间较2023年分别压缩10%以上。", container=cell)
    d.runin("（四）", "扩大与共建国家经贸合作。", "组织企业参加中国—东盟博览会、中国—非洲经贸博览会等重点展会，对参展企业按照展位费的50%给予补助，单个企业每年最高10万元。", container=cell)
    d.runin("（五）", "推动优势产业“走出去”。", "支持片区石化、装备制造企业在共建“一带一路”国家建设境外经贸合作区和生产基地，对实际投资额超过1000万美元的项目，按照实际投资额的1%给予奖励，最高不超过100万元。", container=cell)
    d.runin("（六）", "发展临港新业态。", "在临港产业新区规划建设跨境电商产业园，对入驻产业园且年跨境电商交易额超过3000万元的企业，按照交易额的0.5%给予奖励，最高不超过50万元。", container=cell,
            places=["临港产业新区"])
    d.heading_line("三、重点任务清单", container=cell)
    # nested table with vertically merged 任务类别
    head = ["序号", "任务类别", "具体任务", "责任单位", "完成时限"]
    rows = [
        ["1", "通道建设", "开通“岳阳—东盟”江海联运直航航线", "片区港航物流局、城陵矶港务公司", "2024年12月底"],
        ["2", "通道建设", "建设中欧班列岳阳集结点并实现常态化开行", "片区港航物流局", "2025年6月底"],
        ["3", "平台建设", "申报设立进口冰鲜水产品指定监管场地", "片区经济发展局", "2024年10月底"],
        ["4", "平台建设", "建成片区跨境电商产业园一期并投入运营", "片区规划建设局", "2025年12月底"],
        ["5", "制度创新", "形成“一带一路”贸易投资便利化制度创新成果不少于3项", "片区政策研究室", "每年12月底"],
    ]
    nt = cell.add_table(rows=1 + len(rows), cols=5)
    table_borders(nt, sz=4, inside=True)
    for j, h in enumerate(head):
        cell_text(nt.cell(0, j), h, HT, 12)
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate(r):
            cell_text(nt.cell(i, j), v, FS, 12,
                      WD_ALIGN_PARAGRAPH.LEFT if j in (2, 3) else WD_ALIGN_PARAGRAPH.CENTER)
    # merge 任务类别 rows 1-2 and 3-4 (text kept once, as Word does)
    for a, b in ((1, 2), (3, 4)):
        m = nt.cell(a, 1).merge(nt.cell(b, 1))
        ps = m.paragraphs
        for extra in ps[1:]:
            extra._p.getparent().remove(extra._p)
    set_col_widths(nt, [14, 22, 54, 38, 24])
    for r in rows:
        d.clause("；".join("%s：%s" % (h, v) for h, v in zip(head, r)))
    d.heading_line("四、保障措施", container=cell)
    d.runin("（一）", "加强组织领导。", "成立片区融入共建“一带一路”工作专班，由管委会主要负责同志任组长，统筹推进各项任务落实。", container=cell)
    d.runin("（二）", "强化资金保障。", "片区每年安排不少于2000万元专项资金，用于本方案所列奖励补助事项。奖励补助资金与片区其他同类政策不重复享受。", container=cell)
    d.runin("（三）", "实施考核评估。", "建立重点任务台账，每半年开展一次评估，评估结果纳入片区年度绩效考核。", container=cell)
    d.runin("（四）", "", "本方案自印发之日起施行，有效期至2026年12月31日。", container=cell)
    d.signature("中国（湖南）自由贸易试验区岳阳片区管理委员会", "2024年3月26日", container=cell, blank_lines=2)
    d.publicity("（此件公开发布）", container=cell)
    d.banji("抄送：岳阳市人民政府，湖南省商务厅（省自贸办），岳阳海关。",
            "岳阳片区管委会综合办公室", "2024年3月28日印发")
    d.save(stem)
    meta = {
        "title": "中国（湖南）自由贸易试验区岳阳片区深度融入共建“一带一路”三年行动方案（2024—2026年）",
        "doc_number": "岳自贸管发〔2024〕12号",
        "issuer": ["中国（湖南）自由贸易试验区岳阳片区管理委员会"],
        "date": "2024-03-26",
        "published": "2024-03-28",
        "level": "zone",
        "region": "中国（湖南）自由贸易试验区岳阳片区",
        "effective": "2024-03-28",
        "expires": "2026-12-31",
        "attachments": [],
        "doc_type": "方案",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": d.clauses, "applies_to": {"specific": d.specific}}]


# ------------------------------------------------------------ file 3: 西安
def heading_styles(doc):
    """Rename built-in Heading 1/2 ids to the ids Chinese Word writes ("1", "2") and
    restyle them as 黑体 三号 / 楷体 三号; add toc 1 / toc 2 styles."""
    styles = doc.styles.element
    for sid, new, font, jc, before in (("Heading1", "1", HT, "center", 12), ("Heading2", "2", KT, "center", 6)):
        st = [e for e in styles.findall(qn("w:style")) if e.get(qn("w:styleId")) == sid][0]
        st.set(qn("w:styleId"), new)
        rPr = st.find(qn("w:rPr"))
        for c in list(rPr):
            rPr.remove(c)
        rPr.append(parse_xml('<w:rFonts %s w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/>' % (nsdecls("w"), font, font, font)))
        rPr.append(parse_xml('<w:b %s w:val="0"/>' % nsdecls("w")))
        rPr.append(parse_xml('<w:color %s w:val="000000"/>' % nsdecls("w")))
        rPr.append(parse_xml('<w:sz %s w:val="32"/>' % nsdecls("w")))
        rPr.append(parse_xml('<w:szCs %s w:val="32"/>' % nsdecls("w")))
        pPr = st.find(qn("w:pPr"))
        sp = pPr.find(qn("w:spacing"))
        sp.set(qn("w:before"), str(before * 20)); sp.set(qn("w:after"), "120")
        sp.set(qn("w:line"), "560"); sp.set(qn("w:lineRule"), "exact")
        jce = parse_xml('<w:jc %s w:val="%s"/>' % (nsdecls("w"), jc))
        pPr.find(qn("w:outlineLvl")).addprevious(jce)
    for st in styles.findall(qn("w:style")):
        for tag in ("w:basedOn", "w:next"):
            e = st.find(qn(tag))
            if e is not None and e.get(qn("w:val")) in ("Heading1", "Heading2"):
                e.set(qn("w:val"), e.get(qn("w:val"))[-1])
    for sid, name, ind in (("TOC1", "toc 1", 0), ("TOC2", "toc 2", 640)):
        x = ('<w:style %s w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/>'
             '<w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>'
             '<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs>'
             '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:left="%d"/></w:pPr>'
             '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>'
             % (nsdecls("w"), sid, name, ind))
        styles.append(parse_xml(x))


def make_xian(toc_pages=None):
    stem = "blind277_xian_banfa"
    d = Doc(odd_even=True)
    doc = d.doc
    heading_styles(doc)
    d.banner(["西安国际港务区管理委员会文件"], "西港管发〔2024〕21号", size=30)
    d.title("西安国际港务区管理委员会\n关于印发《西安国际港务区跨境电子商务\n海外仓扶持管理办法》的通知")
    d.recipients("区属各部门，各园区管理机构，各有关企业：")
    d.plain("《西安国际港务区跨境电子商务海外仓扶持管理办法》已经2024年6月3日管委会第12次主任办公会议审议通过，现印发给你们，请认真遵照执行。")
    d.signature("西安国际港务区管理委员会", "2024年6月4日", blank_lines=3)
    d.publicity("（此件公开发布）")

    # section 2: the 办法's title page with the TOC
    doc.add_section(WD_SECTION.NEW_PAGE)
    p = doc.add_paragraph(); fmt(p, line=28)
    d.title("西安国际港务区跨境电子商务\n海外仓扶持管理办法")
    p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, before=14, after=14)
    add_text(p, "目　　录", HT)

    # chapter / section plan
    plan = [
        (1, "第一章　总　　则", [
            ("第一条", "为贯彻落实国家关于加快发展外贸新业态新模式的部署，推动跨境电子商务与中欧班列（西安）融合发展，支持企业建设和运营海外仓，服务共建“一带一路”，根据国家和省、市有关规定，结合港务区实际，制定本办法。"),
            ("第二条", "本办法所称海外仓，是指在港务区注册的企业在境外自建或者租赁，为跨境电子商务企业提供仓储、分拣、配送、退换货等服务的仓储设施。"),
            ("第三条", "扶持资金由港务区年度财政预算安排，遵循公开公正、突出重点、绩效导向的原则。"),
        ]),
        (1, "第二章　认定管理", []),
        (2, "第一节　认定条件", [
            ("第四条", "申请认定的海外仓应当同时符合下列条件：\n（一）运营主体在港务区依法注册并具有独立法人资格，纳税关系在港务区；\n（二）海外仓位于共建“一带一路”国家，自有或者租赁期限不少于3年；\n（三）仓储面积不少于1500平方米，配备仓储管理系统；\n（四）上一年度服务跨境电子商务企业不少于5家。"),
        ]),
        (2, "第二节　认定程序", [
            ("第五条", "海外仓认定每年开展一次。企业应当在申报通知规定的期限内，向港务区商务局提交申请材料。"),
            ("第六条", "港务区商务局会同港务区财政局组织第三方机构对申报材料进行审核，必要时开展实地核查，审核结果在港务区门户网站公示5个工作日。\n公示无异议的，认定为港务区扶持海外仓；有异议的，由港务区商务局复核后确定。"),
        ]),
        (1, "第三章　扶持标准", [
            ("第七条", "对新认定的海外仓，按照仓储面积给予一次性建设补助：面积1500平方米以上不足5000平方米的，补助50万元；5000平方米以上的，补助100万元。"),
            ("第八条", "对通过中欧班列（西安）运输货物至扶持海外仓的，按照每标准箱2000元给予物流补贴，单个企业每年最高200万元。"),
            ("第九条", "对在西安综合保税区内开展跨境电子商务特殊区域出口（1210）业务并使用扶持海外仓的企业，按照年出口额的1%给予奖励，最高不超过100万元。"),
            ("第十条", "同一企业同一年度享受本办法各项扶持资金总额不超过300万元。已享受港务区其他同类政策的，按照“就高不重复”原则执行。"),
        ]),
        (1, "第四章　监督管理", [
            ("第十一条", "获得扶持的企业应当按照要求报送海外仓运营数据，并配合开展绩效评价。"),
            ("第十二条", "企业通过提供虚假材料等方式骗取扶持资金的，由港务区财政局追回已拨付资金，三年内不得申报港务区各类扶持资金；涉嫌犯罪的，依法移送司法机关处理。"),
        ]),
        (1, "第五章　附　　则", [
            ("第十三条", "本办法由港务区商务局负责解释。"),
            ("第十四条", "本办法自2024年7月1日起施行，有效期3年。《西安国际港务区跨境电子商务扶持办法（试行）》（西港管发〔2021〕8号）同时废止。"),
        ]),
    ]
    specific = {"第九条": ["西安综合保税区"]}
    guess = toc_pages or {}
    bm_base = 168420
    # TOC field with cached entries
    entries = [(lvl, txt) for lvl, txt, _ in plan]
    for k, (lvl, txt) in enumerate(entries):
        p = doc.add_paragraph()
        p.style = doc.styles["toc %d" % lvl]
        pPr = p._p.get_or_add_pPr()
        if k == 0:
            for typ, instr in (("begin", None), (None, ' TOC \\o "1-2" \\h \\z \\u '), ("separate", None)):
                r = OxmlElement("w:r")
                if typ:
                    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), typ); r.append(fc)
                else:
                    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r.append(it)
                p._p.append(r)
        anchor = "_Toc%d" % (bm_base + k)
        pg = str(guess.get(txt, 3))
        hl = parse_xml(
            '<w:hyperlink %s w:anchor="%s" w:history="1">'
            '<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
            '<w:r><w:tab/></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> PAGEREF %s \\h </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t>%s</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            '</w:hyperlink>' % (nsdecls("w"), anchor, txt, anchor, pg))
        p._p.append(hl)
    p = doc.add_paragraph()
    r = OxmlElement("w:r"); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r.append(fc)
    p._p.append(r)

    # chapters, each chapter after a section break (next page before ch.1 and ch.3,
    # continuous otherwise)
    breaks = {"第一章": WD_SECTION.NEW_PAGE, "第三章": WD_SECTION.NEW_PAGE}
    for k, (lvl, txt, arts) in enumerate(plan):
        if lvl == 1:
            doc.add_section(breaks.get(txt[:3], WD_SECTION.CONTINUOUS))
        p = doc.add_paragraph()
        p.style = doc.styles["Heading %d" % lvl]
        bs = OxmlElement("w:bookmarkStart"); bs.set(qn("w:id"), str(k + 10)); bs.set(qn("w:name"), "_Toc%d" % (bm_base + k))
        p._p.append(bs)
        r = p.add_run(txt)
        be = OxmlElement("w:bookmarkEnd"); be.set(qn("w:id"), str(k + 10))
        p._p.append(be)
        for lab, body in arts:
            paras = body.split("\n")
            for i, para in enumerate(paras):
                q = doc.add_paragraph()
                fmt(q, WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
                if i == 0:
                    add_text(q, lab, HT)
                    add_text(q, "　" + para, FS)
                else:
                    add_text(q, para, FS)
            text = lab + "　" + body
            d.clause(text, specific.get(lab))
    d.banji("抄送：西安市商务局，西安市财政局，西安海关。",
            "西安国际港务区管理委员会办公室", "2024年6月5日印发")
    d.save(stem)
    meta = {
        "title": "西安国际港务区管理委员会关于印发《西安国际港务区跨境电子商务海外仓扶持管理办法》的通知",
        "doc_number": "西港管发〔2024〕21号",
        "issuer": ["西安国际港务区管理委员会"],
        "date": "2024-06-04",
        "published": "2024-06-05",
        "level": "zone",
        "region": "西安国际港务区",
        "effective": "2024-07-01",
        "expires": "2027-06-30",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["区属各部门", "各园区管理机构", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": "《西安国际港务区跨境电子商务扶持办法（试行）》（西港管发〔2021〕8号）",
    }
    return stem, [{"meta": meta, "clauses": d.clauses, "applies_to": {"specific": d.specific}}], plan


# ------------------------------------------------------------ file 4: 云南
def make_yunnan():
    stem = "blind277_yunnan_tongzhi"
    d = Doc(odd_even=True)
    d.banner(["云南省商务厅文件"], "云商自贸〔2024〕45号", size=36)
    d.title("云南省商务厅关于举办2024年全省\n自贸试验区和跨境电商政策业务\n培训班的通知")
    d.recipients("各州（市）商务局，中国（云南）自由贸易试验区昆明、红河、德宏片区管委会，有关企业：")
    d.plain("为深入推进中国（云南）自由贸易试验区建设，提升跨境电商从业人员政策水平和业务能力，更好服务和融入共建“一带一路”和面向南亚东南亚辐射中心建设，省商务厅定于2024年9月在昆明举办全省自贸试验区和跨境电商政策业务培训班。现将有关事项通知如下：")
    d.heading_line("一、培训时间和地点")
    d.plain("2024年9月5日至6日，9月4日14:00—20:00报到。培训地点为云南商务培训中心（昆明市盘龙区北京路1188号）。")
    d.heading_line("二、培训内容")
    d.plain("（一）自贸试验区制度创新政策解读及典型案例分析；")
    d.plain("（二）跨境电商综合试验区建设和跨境电商出口海外仓（9810）、企业对企业直接出口（9710）监管实务；")
    d.plain("（三）面向南亚东南亚的跨境物流、跨境支付和外汇管理政策；")
    d.plain("（四）RCEP规则运用和原产地证书申领实务。")
    d.heading_line("三、参训人员")
    d.plain("（一）各州（市）商务局分管负责同志及业务科室负责人各1名；")
    d.plain("（二）各片区管委会分管负责同志及相关业务人员2至3名；")
    d.plain("（三）各州（市）推荐的跨境电商重点企业负责人1至2名。")
    d.heading_line("四、有关要求")
    d.plain("（一）请各单位于2024年8月28日前将报名回执（见附件）报送省商务厅自贸处，逾期不再受理。")
    d.plain("（二）培训不收取费用，食宿由会务组统一安排，费用按规定回原单位报销，往返交通费用自理。")
    d.plain("（三）请昆明片区管委会协助做好培训场地协调和会务保障工作。", places=["中国（云南）自由贸易试验区昆明片区"])
    d.plain("（四）参训人员须严格遵守培训纪律，不得无故缺席或者请人代训。")
    d.heading_line("五、联系方式")
    d.plain("联系人：省商务厅自贸处王磊，电话：0871-63110245；\n会务组李敏，电话：0871-63110267，邮箱：ynzmpx2024@163.com。",
            align=WD_ALIGN_PARAGRAPH.LEFT)
    d.attachment_note(["附件：2024年全省自贸试验区和跨境电商政策业务培训班报名回执"])
    d.signature("云南省商务厅", "2024年8月12日", blank_lines=3)
    d.publicity("（此件依申请公开）")
    # 回执 on the last page after a page break
    d.page_break()
    p = d.doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_text(p, "附件", HT)
    d.title("2024年全省自贸试验区和跨境电商\n政策业务培训班报名回执", before=14)
    t = d.doc.add_table(rows=7, cols=4)
    table_borders(t, sz=8, inside=True)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(["单位名称", "联系人", "电话", "参会人数"]):
        cell_text(t.cell(0, j), h, HT, 14)
    for i in range(1, 7):
        for j in range(4):
            cell_text(t.cell(i, j), "", FS, 14)
        t.rows[i].height = Mm(12)
    set_col_widths(t, [66, 28, 36, 26])
    p = d.doc.add_paragraph(); fmt(p, before=6)
    add_text(p, "注：请于2024年8月28日前将回执电子版发送至ynzmpx2024@163.com，并电话确认。", FS, 14)
    d.clause("注：请于2024年8月28日前将回执电子版发送至ynzmpx2024@163.com，并电话确认。")
    d.banji("抄送：省自贸办，昆明海关。", "云南省商务厅办公室", "2024年8月13日印发")
    d.save(stem)
    meta = {
        "title": "云南省商务厅关于举办2024年全省自贸试验区和跨境电商政策业务培训班的通知",
        "doc_number": "云商自贸〔2024〕45号",
        "issuer": ["云南省商务厅"],
        "date": "2024-08-12",
        "published": "2024-08-13",
        "level": "provincial",
        "region": "云南省",
        "effective": None,
        "expires": None,
        "attachments": ["2024年全省自贸试验区和跨境电商政策业务培训班报名回执"],
        "doc_type": "通知",
        "recipients": ["各州（市）商务局", "中国（云南）自由贸易试验区昆明、红河、德宏片区管委会", "有关企业"],
        "publicity": "此件依申请公开",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": d.clauses, "applies_to": {"specific": d.specific}}]


# ------------------------------------------------------------------ output
def to_pdf(stem):
    src = os.path.join(HERE, stem + ".docx")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_277",
                    "--convert-to", "pdf", "--outdir", HERE, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(HERE, stem + ".pdf")


def heading_pages(pdf, plan):
    import pdfplumber
    found = {}
    with pdfplumber.open(pdf) as pp:
        texts = [re.sub(r"\s+", "", pg.extract_text() or "") for pg in pp.pages]
    # skip the pages up to and including the TOC page
    toc_page = max(i for i, t in enumerate(texts) if "目录" in t)
    for lvl, txt, _ in plan:
        key = re.sub(r"\s+", "", txt)
        for i in range(toc_page + 1, len(texts)):
            if key in texts[i]:
                found[txt] = i + 1
                break
    return found, len(texts)


def main():
    expected = {}
    for fn in (make_guangxi, make_yueyang, make_yunnan):
        stem, docs = fn()
        to_pdf(stem)
        expected[stem] = docs
    stem, docs, plan = make_xian()
    to_pdf(stem)
    pages, _ = heading_pages(os.path.join(HERE, stem + ".pdf"), plan)
    stem, docs, plan = make_xian(pages)      # second pass: real page numbers in the TOC
    to_pdf(stem)
    pages2, _ = heading_pages(os.path.join(HERE, stem + ".pdf"), plan)
    if pages2 != pages:
        print("warning: TOC page numbers moved", pages, pages2, file=sys.stderr)
    expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(expected.items())), f, ensure_ascii=False, indent=1)
    import pdfplumber
    for s in sorted(expected):
        with pdfplumber.open(os.path.join(HERE, s + ".pdf")) as pp:
            print(s, len(pp.pages), "pages,", sum(len(x["clauses"]) for x in expected[s]), "clauses")


if __name__ == "__main__":
    main()
