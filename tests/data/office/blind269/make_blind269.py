# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 269: bilingual (two-script) documents of autonomous regions.

Writes, next to this script:
  blind269_xinjiang_tongzhi.docx/.pdf   Chinese + Uyghur (Arabic script, RTL), paragraph by paragraph
  blind269_neimenggu_banfa.docx/.pdf    Mongolian-script organ names and title above the Chinese
  blind269_yanbian_fangan.docx/.pdf     Chinese, then a Korean (조선문) version after it
  blind269_xizang_wangye.html           portal page, Chinese paragraphs each followed by Tibetan
  expected.json

Run:  . /work/venv/bin/activate && python make_blind269.py
"""
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xE6, 0x00, 0x12)
BLACK = RGBColor(0, 0, 0)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
SONG = "宋体"
UG_FONT = "UKIJ Tuz Tom"
MN_FONT = "Mongolian Baiti"
KO_FONT = "바탕"

PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
             "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
             "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
             "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
             "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
             "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]
RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
             "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
             "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight",
             "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
             "eastAsianLayout", "specVanish", "oMath"]


def _ordered_add(parent, tag, order, attrs=None):
    old = parent.find(qn("w:" + tag))
    if old is not None:
        parent.remove(old)
    el = OxmlElement("w:" + tag)
    for k, v in (attrs or {}).items():
        el.set(qn("w:" + k), str(v))
    idx = order.index(tag)
    for child in list(parent):
        local = child.tag.split("}")[-1]
        if local in order and order.index(local) > idx:
            child.addprevious(el)
            return el
    parent.append(el)
    return el


def ppr_add(p, tag, attrs=None):
    return _ordered_add(p._p.get_or_add_pPr(), tag, PPR_ORDER, attrs)


def rpr_add(run, tag, attrs=None):
    return _ordered_add(run._r.get_or_add_rPr(), tag, RPR_ORDER, attrs)


def set_font(run, name, size=None, bold=False, color=None, script="zh", spacing=None):
    """Set all font slots the way Word does for the given script."""
    rpr = run._r.get_or_add_rPr()
    f = {"ascii": name, "hAnsi": name, "eastAsia": name, "cs": name}
    if script == "zh":
        f["ascii"] = f["hAnsi"] = "Times New Roman" if name == FS else name
    _ordered_add(rpr, "rFonts", RPR_ORDER, f)
    if bold:
        run.bold = True
        rpr_add(run, "bCs")
    if color is not None:
        run.font.color.rgb = color
    if spacing is not None:
        rpr_add(run, "spacing", {"val": spacing})
    if size:
        run.font.size = Pt(size)
        rpr_add(run, "szCs", {"val": int(size * 2)})
    if script == "ug":
        rpr_add(run, "rtl")
        rpr_add(run, "lang", {"val": "zh-CN", "eastAsia": "zh-CN", "bidi": "ug-CN"})
    elif script == "mn":
        rpr_add(run, "lang", {"val": "mn-Mong-CN", "eastAsia": "zh-CN", "bidi": "mn-Mong-CN"})
    elif script == "ko":
        rpr_add(run, "lang", {"val": "ko-KR", "eastAsia": "ko-KR"})
    return run


def fmt(p, align=None, first=None, left=None, right=None, before=0, after=0, line=28, exact=True):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY if exact else WD_LINE_SPACING.AT_LEAST
    return p


def border(p, side, sz, color="000000", space=1):
    pbdr = p._p.get_or_add_pPr().find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = ppr_add(p, "pBdr")
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    # order inside pBdr: top, left, bottom, right, between, bar
    order = ["top", "left", "bottom", "right", "between", "bar"]
    for child in list(pbdr):
        if order.index(child.tag.split("}")[-1]) > order.index(side):
            child.addprevious(el)
            return
    pbdr.append(el)


class Writer:
    """Small helper that writes 公文-style paragraphs into a python-docx Document."""

    def __init__(self):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.get_or_add_rPr()
        rf = st.element.rPr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            st.element.rPr.insert(0, rf)
        rf.set(qn("w:eastAsia"), FS)
        rf.set(qn("w:ascii"), "Times New Roman")
        rf.set(qn("w:hAnsi"), "Times New Roman")
        sec = self.doc.sections[0]
        self.page_setup(sec)
        self.doc.settings.odd_and_even_pages_header_footer = True
        self.page_numbers(sec)

    @staticmethod
    def page_setup(sec, landscape=False):
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
            sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
            sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
            sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
            sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
        sec.header_distance = Cm(1.5)
        sec.footer_distance = Cm(2.5)

    @staticmethod
    def _page_field(p):
        r = p.add_run("— ")
        set_font(r, SONG, 14)
        r = p.add_run()
        set_font(r, SONG, 14)
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), "begin")
        r._r.append(fc)
        r = p.add_run()
        set_font(r, SONG, 14)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = " PAGE "
        r._r.append(it)
        r = p.add_run()
        set_font(r, SONG, 14)
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), "separate")
        r._r.append(fc)
        r = p.add_run("1")
        set_font(r, SONG, 14)
        r = p.add_run()
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), "end")
        r._r.append(fc)
        r = p.add_run(" —")
        set_font(r, SONG, 14)

    def page_numbers(self, sec):
        # GB/T 9704: odd pages right, even pages left, one character in from the edge
        p = sec.footer.paragraphs[0]
        fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=14, line=None)
        self._page_field(p)
        p = sec.even_page_footer.paragraphs[0]
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, left=14, line=None)
        self._page_field(p)

    # ---- paragraphs -------------------------------------------------------
    def p(self, text="", font=FS, size=16, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32, bold=False,
          color=None, before=0, after=0, line=28, script="zh", left=None, right=None, spacing=None):
        p = self.doc.add_paragraph()
        fmt(p, align=align, first=first, before=before, after=after, line=line, left=left, right=right)
        if getattr(self, "pending_break", False):
            p.paragraph_format.page_break_before = True
            self.pending_break = False
        if script == "ug":
            ppr_add(p, "bidi")
        if text:
            set_font(p.add_run(text), font, size, bold, color, script, spacing)
        return p

    def runin(self, head, body, head_font=KAI, bold=False):
        """Run-in heading: （一）推进…。 in 楷体 followed by the body text in 仿宋."""
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
        set_font(p.add_run(head), head_font, 16, bold)
        if body:
            set_font(p.add_run(body), FS, 16)
        return p

    def ug(self, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=11, bold=False, color=None, first=22,
           line=19):
        return self.p(text, UG_FONT, size, align, first, bold, color, line=line, script="ug")

    def mn(self, text, size=14, bold=False, color=None, align=WD_ALIGN_PARAGRAPH.CENTER, line=24):
        return self.p(text, MN_FONT, size, align, 0, bold, color, line=line, script="mn")

    def ko(self, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=11, bold=False, color=None, first=22,
           line=19):
        return self.p(text, KO_FONT, size, align, first, bold, color, line=line, script="ko")

    def blank(self, n=1, line=28):
        for _ in range(n):
            self.p("", first=0, line=line)

    def page_break(self):
        # as Word does with Ctrl+Enter typed at the start of the next line: the following
        # paragraph starts a new page (no empty page when the break falls on a page end)
        self.pending_break = True

    def banner(self, name, size=26, spacing=None):
        return self.p(name, XBS, size, WD_ALIGN_PARAGRAPH.CENTER, 0, color=RED, line=None,
                      spacing=spacing)

    def docno(self, no):
        p = self.p(no, FS, 16, WD_ALIGN_PARAGRAPH.CENTER, 0, before=14, after=6)
        border(p, "bottom", 18, "E60012", space=10)
        return p

    def title(self, text, size=22):
        return self.p(text, XBS, size, WD_ALIGN_PARAGRAPH.CENTER, 0, line=35)

    def heading1(self, text):
        p = self.p(text, HEI, 16, WD_ALIGN_PARAGRAPH.JUSTIFY, 32)
        p.paragraph_format.keep_with_next = True
        return p

    def heading2(self, text):
        p = self.p(text, KAI, 16, WD_ALIGN_PARAGRAPH.JUSTIFY, 32)
        p.paragraph_format.keep_with_next = True
        return p

    def sign(self, organ, date, right=64):
        self.p(organ, FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, 0, right=right)
        self.p(date, FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, 0, right=right + 16)

    def banji(self, chaosong, yinfa_organ, yinfa_date, gap=2):
        self.blank(gap)
        p = self.p("", first=0, left=14, right=14, line=26)
        r = p.add_run("抄送：")
        set_font(r, FS, 14)
        set_font(p.add_run(chaosong), FS, 14)
        border(p, "top", 8, space=4)
        border(p, "bottom", 4, space=4)
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        p2 = self.p("", first=0, left=14, right=14, line=26)
        tab = f"{yinfa_organ}"
        set_font(p2.add_run(tab), FS, 14)
        # right-aligned date via a right tab stop
        p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.3) - Pt(14))
        set_font(p2.add_run("\t" + yinfa_date), FS, 14)
        border(p2, "bottom", 8, space=4)

    def cell_text(self, cell, text, size=12, font=FS, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        parts = text.split("\n")
        p = cell.paragraphs[0]
        for i, part in enumerate(parts):
            if i:
                p = cell.add_paragraph()
            fmt(p, align=align, first=0, line=20, exact=False)
            set_font(p.add_run(part), font, size, bold)

    def save(self, path):
        self.doc.save(str(path))


def set_widths(table, widths):
    """LibreOffice reads the grid columns, Word the cell widths: set both."""
    table.autofit = False
    for col, wd in zip(table.columns, widths):
        col.width = wd
    for r in table.rows:
        for c, wd in zip(r.cells, widths):
            c.width = wd


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trPr.append(el)


def to_pdf(docx_path):
    out = docx_path.parent
    cmd = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_269",
           "--convert-to", "pdf", "--outdir", str(out), str(docx_path)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)


def row_clause(headers, values):
    return "；".join(f"{h}：{v}" for h, v in zip(headers, values))


EXPECTED = {}

# =====================================================================================
# 1. 新疆维吾尔自治区商务厅 — Chinese paragraph followed by its Uyghur paragraph
# =====================================================================================


def make_xinjiang():
    stem = "blind269_xinjiang_tongzhi"
    w = Writer()
    clauses = []
    specific = {}

    w.banner("新疆维吾尔自治区商务厅文件", 28, spacing=-10)
    w.p("شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق سودا نازارىتى ھۆججىتى", UG_FONT, 15,
        WD_ALIGN_PARAGRAPH.CENTER, 0, bold=True, color=RED, line=None, script="ug")
    w.docno("新商外贸发〔2024〕58号")
    w.blank(1, line=20)
    w.title("新疆维吾尔自治区商务厅关于加快\n丝绸之路经济带核心区口岸经济和\n跨境电子商务发展的通知")
    w.ug("شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق سودا نازارىتىنىڭ يىپەك يولى ئىقتىسادىي بەلبېغى يادرولۇق "
         "رايونىنىڭ ئېغىز ئىقتىسادى ۋە چېگرا ھالقىغان ئېلېكترونلۇق سودا تەرەققىياتىنى تېزلىتىش "
         "توغرىسىدىكى ئۇقتۇرۇشى", align=WD_ALIGN_PARAGRAPH.CENTER, size=14, bold=True, first=0, line=24)
    w.blank(1, line=16)
    w.p("各地、州、市商务局，各有关单位：", first=0)
    w.ug("ھەرقايسى ۋىلايەت، ئوبلاست، شەھەرلىك سودا ئىدارىلىرى، مۇناسىۋەتلىك ئورۇنلار:", first=0)

    def para(cn, ug, clause=True):
        w.p(cn)
        w.ug(ug)
        if clause:
            clauses.append(cn)

    def item(head, body, ug, places=None):
        w.runin(head, body)
        w.ug(ug)
        clauses.append(head + body)
        if places:
            specific[(head + body)[:24]] = places

    def h1(cn, ug):
        w.heading1(cn)
        w.ug(ug, bold=True)

    para("为深入贯彻落实党中央关于推进丝绸之路经济带核心区建设的决策部署，进一步发挥我区口岸和边境贸易优势，"
         "推动边民互市贸易和跨境电子商务协同发展，加快构建开放型经济新体制，经自治区人民政府同意，"
         "现就有关事项通知如下：",
         "پارتىيە مەركىزىي كومىتېتىنىڭ يىپەك يولى ئىقتىسادىي بەلبېغى يادرولۇق رايونى قۇرۇلۇشىنى ئىلگىرى "
         "سۈرۈش توغرىسىدىكى قارار ۋە ئورۇنلاشتۇرمىلىرىنى چوڭقۇر ئىزچىللاشتۇرۇش، رايونىمىزنىڭ ئېغىز ۋە چېگرا "
         "سودىسىدىكى ئەۋزەللىكىنى تېخىمۇ جارى قىلدۇرۇش، چېگرا ئاھالىلىرى ئۆز-ئارا سودىسى بىلەن چېگرا "
         "ھالقىغان ئېلېكترونلۇق سودىنىڭ ماسلىشىپ تەرەققىي قىلىشىنى ئىلگىرى سۈرۈش، ئوچۇق ئىقتىسادنىڭ يېڭى "
         "تۈزۈلمىسىنى بەرپا قىلىشنى تېزلىتىش ئۈچۈن، ئاپتونوم رايونلۇق خەلق ھۆكۈمىتىنىڭ قوشۇلۇشى بىلەن، "
         "مۇناسىۋەتلىك ئىشلار توغرىسىدا مۇنداق ئۇقتۇرۇش قىلىنىدۇ:")

    h1("一、拓展口岸开放功能", "بىرىنچى، ئېغىزلارنىڭ ئېچىۋېتىش ئىقتىدارىنى كېڭەيتىش")
    item("（一）支持口岸功能拓展。",
         "支持具备条件的口岸申建进境肉类、冰鲜水产品、粮食等指定监管场地，对新获批的指定监管场地，"
         "自治区按照每个不超过300万元的标准给予一次性补助。",
         "(1) ئېغىزلارنىڭ ئىقتىدارىنى كېڭەيتىشنى قوللاش. شەرتى ھازىرلانغان ئېغىزلارنىڭ چەتئەلدىن كىرگەن "
         "گۆش، مۇزلىتىلغان سۇ مەھسۇلاتلىرى، ئاشلىق قاتارلىقلار ئۈچۈن بېكىتىلگەن نازارەت قىلىش ئورنى "
         "ئىلتىماس قىلىشىنى قوللاپ، يېڭىدىن تەستىقلانغان ھەر بىر ئورۇنغا ئاپتونوم رايون 3 مىليون "
         "يۈەندىن ئاشمايدىغان بىر قېتىملىق ياردەم پۇلى بېرىدۇ.")

    h1("二、规范发展边民互市贸易", "ئىككىنچى، چېگرا ئاھالىلىرى ئۆز-ئارا سودىسىنى قېلىپلاشتۇرۇپ تەرەققىي قىلدۇرۇش")
    item("（二）扩大互市商品落地加工。",
         "支持边民互市贸易区（点）所在县（市）引进落地加工企业，对收购边民互市进口商品在区内加工的企业，"
         "按实际收购金额的2%给予奖励，单个企业年度奖励不超过200万元。",
         "(2) ئۆز-ئارا سودا تاۋارلىرىنى يەرلىكتە پىششىقلاپ ئىشلەشنى كېڭەيتىش. چېگرا ئاھالىلىرى ئۆز-ئارا "
         "سودا رايونى (نۇقتىسى) جايلاشقان ناھىيە (شەھەر) لەرنىڭ يەرلىكتە پىششىقلاپ ئىشلەش كارخانىلىرىنى "
         "جەلپ قىلىشىنى قوللاپ، ئۆز-ئارا سودىدا ئىمپورت قىلىنغان تاۋارلارنى سېتىۋېلىپ رايون ئىچىدە "
         "پىششىقلاپ ئىشلىگەن كارخانىلارغا ئەمەلىي سېتىۋېلىش سوممىسىنىڭ 2% ى بويىچە مۇكاپات بېرىلىدۇ، "
         "يەككە كارخانىغا بېرىلىدىغان يىللىق مۇكاپات 2 مىليون يۈەندىن ئاشمايدۇ.")
    item("（三）开展“互市贸易＋跨境电商”试点。",
         "在塔城市、阿拉山口市、霍尔果斯市边民互市贸易区开展“互市贸易＋跨境电商”试点，允许试点企业通过跨境电商渠道"
         "销售互市进口商品，试点期为2024年7月1日至2026年6月30日。",
         "(3) «ئۆز-ئارا سودا + چېگرا ھالقىغان ئېلېكترونلۇق سودا» سىنىقىنى قانات يايدۇرۇش. چۆچەك شەھىرى، "
         "ئالاشاڭكۇ شەھىرى ۋە قورغاس شەھىرىدىكى چېگرا ئاھالىلىرى ئۆز-ئارا سودا رايونلىرىدا بۇ سىناق "
         "ئېلىپ بېرىلىپ، سىناق كارخانىلىرىنىڭ ئۆز-ئارا سودىدا ئىمپورت قىلىنغان تاۋارلارنى چېگرا ھالقىغان "
         "ئېلېكترونلۇق سودا يولى ئارقىلىق سېتىشىغا يول قويۇلىدۇ، سىناق مۇددىتى 2024-يىلى 7-ئاينىڭ "
         "1-كۈنىدىن 2026-يىلى 6-ئاينىڭ 30-كۈنىگىچە.",
         ["塔城市", "阿拉山口市", "霍尔果斯市"])

    h1("三、推动跨境电子商务提质增效", "ئۈچىنچى، چېگرا ھالقىغان ئېلېكترونلۇق سودىنىڭ سۈپىتى ۋە ئۈنۈمىنى ئۆستۈرۈش")
    item("（四）做强跨境电商综合试验区。",
         "乌鲁木齐市、喀什地区跨境电子商务综合试验区要对照国家考核评估指标，于2024年9月30日前完成年度任务清单编制，"
         "并报自治区商务厅备案。",
         "(4) چېگرا ھالقىغان ئېلېكترونلۇق سودا ئۇنىۋېرسال سىناق رايونلىرىنى كۈچەيتىش. ئۈرۈمچى شەھىرى ۋە "
         "قەشقەر ۋىلايىتى چېگرا ھالقىغان ئېلېكترونلۇق سودا ئۇنىۋېرسال سىناق رايونلىرى دۆلەتنىڭ باھالاش "
         "كۆرسەتكۈچلىرىگە ئاساسەن، 2024-يىلى 9-ئاينىڭ 30-كۈنىدىن ئىلگىرى يىللىق ۋەزىپە تىزىملىكىنى "
         "تۈزۈپ، ئاپتونوم رايونلۇق سودا نازارىتىگە ئەنگە ئالدۇرۇشى كېرەك.",
         ["乌鲁木齐市", "喀什地区"])
    item("（五）开展自贸试验区跨境电商创新试点。",
         "支持中国（新疆）自由贸易试验区乌鲁木齐片区、喀什片区开展跨境电商出口退货“反向物流”试点，"
         "对试点企业退货入区的国际物流费用按50%给予补贴。",
         "(5) ئەركىن سودا سىناق رايونىدا چېگرا ھالقىغان ئېلېكترونلۇق سودا يېڭىلىق يارىتىش سىنىقى ئېلىپ "
         "بېرىش. جۇڭگو (شىنجاڭ) ئەركىن سودا سىناق رايونىنىڭ ئۈرۈمچى پارچە رايونى ۋە قەشقەر پارچە "
         "رايونىنىڭ ئېكسپورت تاۋارلىرىنى قايتۇرۇشتا «تەتۈر ئەشيا ئوبوروتى» سىنىقى ئېلىپ بېرىشىنى قوللاپ، "
         "سىناق كارخانىلىرىنىڭ قايتۇرۇلغان تاۋارلارنى رايونغا كىرگۈزۈشتىكى خەلقئارا ئەشيا ئوبوروتى "
         "خىراجىتىنىڭ 50% ىگە ياردەم بېرىلىدۇ.",
         ["中国（新疆）自由贸易试验区乌鲁木齐片区", "中国（新疆）自由贸易试验区喀什片区"])
    item("（六）支持海外仓布局。",
         "鼓励企业在中亚、西亚、欧洲等共建“一带一路”国家和地区布局海外仓，对经认定的自治区级公共海外仓，"
         "按照不超过仓储设施租赁费用30%的标准给予支持，每个最高不超过100万元。",
         "(6) چەتئەل ئامبارلىرىنى ئورۇنلاشتۇرۇشنى قوللاش. كارخانىلارنىڭ ئوتتۇرا ئاسىيا، غەربىي ئاسىيا، "
         "ياۋروپا قاتارلىق «بىر بەلباغ، بىر يول»نى بىرلىكتە قۇرۇش دۆلەتلىرى ۋە رايونلىرىدا چەتئەل ئامبىرى "
         "قۇرۇشىغا ئىلھام بېرىلىدۇ، ئېتىراپ قىلىنغان ئاپتونوم رايون دەرىجىلىك ئاممىۋى چەتئەل ئامبارلىرىغا "
         "ئامبار ئىجارە خىراجىتىنىڭ 30% ىدىن ئاشمايدىغان ئۆلچەم بويىچە ياردەم بېرىلىدۇ، ھەر بىرىگە ئەڭ "
         "كۆپ بولغاندا 1 مىليون يۈەندىن ئاشمايدۇ.")
    item("（七）培育跨境电商经营主体。",
         "对年度跨境电商进出口额首次突破1000万元、5000万元、1亿元的企业，分别给予10万元、30万元、50万元一次性奖励，"
         "具体标准见附件。",
         "(7) چېگرا ھالقىغان ئېلېكترونلۇق سودا تىجارەت سۇبيېكتلىرىنى يېتىشتۈرۈش. يىللىق ئىمپورت-ئېكسپورت "
         "سوممىسى تۇنجى قېتىم 10 مىليون، 50 مىليون، 100 مىليون يۈەندىن ئاشقان كارخانىلارغا ئايرىم-ئايرىم "
         "ھالدا 100 مىڭ، 300 مىڭ، 500 مىڭ يۈەن بىر قېتىملىق مۇكاپات بېرىلىدۇ، كونكرېت ئۆلچىمى ئىلاۋىدە.")
    item("（八）发展“跨境电商＋中欧班列”。",
         "支持企业利用中欧（中亚）班列开展跨境电商B2B出口，对经乌鲁木齐国际陆港区集结开行的跨境电商专列，"
         "每列给予不超过5万元运费补贴。",
         "(8) «چېگرا ھالقىغان ئېلېكترونلۇق سودا + جۇڭگو-ياۋروپا پويىزى»نى تەرەققىي قىلدۇرۇش. "
         "كارخانىلارنىڭ جۇڭگو-ياۋروپا (جۇڭگو-ئوتتۇرا ئاسىيا) پويىزىدىن پايدىلىنىپ B2B ئېكسپورتى قىلىشىنى "
         "قوللاپ، ئۈرۈمچى خەلقئارا قۇرۇقلۇق پورت رايونىدا توپلىنىپ قوزغالغان مەخسۇس پويىزلارنىڭ ھەر "
         "بىرىگە 50 مىڭ يۈەندىن ئاشمايدىغان توشۇش ھەققى ياردىمى بېرىلىدۇ.")

    h1("四、强化组织保障", "تۆتىنچى، تەشكىلىي كاپالەتنى كۈچەيتىش")
    item("（九）加强协调和资金管理。",
         "各地（州、市）商务部门要会同财政等部门建立工作协调机制，各类奖补资金按照“谁申报、谁负责”的原则严格审核，"
         "对弄虚作假骗取奖补资金的，依法依规追回资金，并取消其3年内申报资格。",
         "(9) ماسلاشتۇرۇش ۋە مەبلەغ باشقۇرۇشنى كۈچەيتىش. ھەرقايسى ۋىلايەت (ئوبلاست، شەھەر) لەرنىڭ سودا "
         "تارماقلىرى مالىيە قاتارلىق تارماقلار بىلەن بىرلىكتە خىزمەت ماسلاشتۇرۇش مېخانىزمى ئورنىتىشى كېرەك. "
         "ھەر خىل مۇكاپات ۋە ياردەم مەبلىغى «كىم ئىلتىماس قىلسا، شۇ مەسئۇل» پرىنسىپى بويىچە قاتتىق "
         "تەكشۈرۈلىدۇ، ساختىپەزلىك قىلىپ مەبلەغنى ئالدامچىلىق بىلەن ئالغانلارنىڭ مەبلىغى قانۇن ۋە بەلگىلىمە "
         "بويىچە قايتۇرۇۋېلىنىپ، 3 يىل ئىچىدە ئىلتىماس قىلىش سالاھىيىتى بىكار قىلىنىدۇ.")
    para("本通知自2024年7月1日起施行，有效期至2026年12月31日。《新疆维吾尔自治区商务厅关于促进边民互市贸易发展的通知》"
         "（新商贸发〔2021〕19号）同时废止。",
         "بۇ ئۇقتۇرۇش 2024-يىلى 7-ئاينىڭ 1-كۈنىدىن باشلاپ ئىجرا قىلىنىدۇ، كۈچكە ئىگە مۇددىتى 2026-يىلى "
         "12-ئاينىڭ 31-كۈنىگىچە. «شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق سودا نازارىتىنىڭ چېگرا ئاھالىلىرى "
         "ئۆز-ئارا سودىسىنىڭ تەرەققىياتىنى ئىلگىرى سۈرۈش توغرىسىدىكى ئۇقتۇرۇشى» (شىنسودا [2021] "
         "19-نومۇر) بىرلا ۋاقىتتا ئەمەلدىن قالدۇرۇلىدۇ.")
    w.blank(1, line=14)
    w.p("附件：跨境电子商务奖励支持标准", left=32, first=0)
    w.ug("ئىلاۋە: چېگرا ھالقىغان ئېلېكترونلۇق سودىنى مۇكاپاتلاش ۋە قوللاش ئۆلچىمى", first=28)
    w.blank(1)
    w.sign("新疆维吾尔自治区商务厅", "2024年6月18日")
    w.ug("شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق سودا نازارىتى", align=WD_ALIGN_PARAGRAPH.LEFT, first=0)
    w.ug("2024-يىلى 6-ئاينىڭ 18-كۈنى", align=WD_ALIGN_PARAGRAPH.LEFT, first=0)
    w.p("（此件公开发布）", left=32, first=0)
    w.ug("(بۇ ھۆججەت ئاشكارا ئېلان قىلىنىدۇ)", first=28)

    # ---- 附件 on a new page -------------------------------------------------
    w.page_break()
    w.p("附件", HEI, 16, WD_ALIGN_PARAGRAPH.LEFT, 0)
    w.blank(1)
    w.title("跨境电子商务奖励支持标准")
    w.ug("چېگرا ھالقىغان ئېلېكترونلۇق سودىنى مۇكاپاتلاش ۋە قوللاش ئۆلچىمى",
         align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    w.blank(1, line=14)
    headers = ["支持类别", "支持对象及条件", "支持标准", "备注"]
    rows = [
        ["跨境电商经营主体", "年度跨境电商进出口额首次突破1000万元", "一次性奖励10万元", "同一企业同一档次只奖励一次，晋档的补足差额"],
        ["跨境电商经营主体", "年度跨境电商进出口额首次突破5000万元", "一次性奖励30万元", "同一企业同一档次只奖励一次，晋档的补足差额"],
        ["跨境电商经营主体", "年度跨境电商进出口额首次突破1亿元", "一次性奖励50万元", "同一企业同一档次只奖励一次，晋档的补足差额"],
        ["公共海外仓", "经认定的自治区级公共海外仓", "不超过仓储设施租赁费用的30%，每个最高100万元", "须经自治区商务厅认定，连续支持不超过3年"],
        ["跨境电商专列", "经乌鲁木齐国际陆港区集结开行的跨境电商专列", "每列不超过5万元", "按年度据实结算"],
    ]
    t = w.doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(3.0), Cm(4.6), Cm(4.2), Cm(3.8)])
    repeat_header(t.rows[0])
    for j, h in enumerate(headers):
        w.cell_text(t.cell(0, j), h, 12, HEI)
    # vertical merges: 支持类别 and 备注 over the three 经营主体 rows
    m1 = t.cell(1, 0).merge(t.cell(3, 0))
    m2 = t.cell(1, 3).merge(t.cell(3, 3))
    w.cell_text(m1, rows[0][0])
    w.cell_text(m2, rows[0][3], align=WD_ALIGN_PARAGRAPH.LEFT)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if i in (1, 2, 3) and j in (0, 3):
                continue
            w.cell_text(t.cell(i, j), v, align=WD_ALIGN_PARAGRAPH.CENTER if j != 1 else WD_ALIGN_PARAGRAPH.LEFT)
    for row in rows:
        clauses.append(row_clause(headers, row))

    w.banji("自治区发展改革委、财政厅，乌鲁木齐海关，新疆出入境边防检查总站。",
            "新疆维吾尔自治区商务厅办公室", "2024年6月20日印发")

    path = HERE / f"{stem}.docx"
    w.save(path)
    to_pdf(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "新疆维吾尔自治区商务厅关于加快丝绸之路经济带核心区口岸经济和跨境电子商务发展的通知",
            "doc_number": "新商外贸发〔2024〕58号",
            "issuer": ["新疆维吾尔自治区商务厅"],
            "date": "2024-06-18",
            "published": "2024-06-20",
            "level": "provincial",
            "region": "新疆维吾尔自治区",
            "effective": "2024-07-01",
            "expires": "2026-12-31",
            "attachments": ["跨境电子商务奖励支持标准"],
            "doc_type": "通知",
            "recipients": ["各地、州、市商务局", "各有关单位"],
            "publicity": "此件公开发布",
            "repeals": "《新疆维吾尔自治区商务厅关于促进边民互市贸易发展的通知》（新商贸发〔2021〕19号）",
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# =====================================================================================
# 2. 内蒙古自治区商务厅 内蒙古自治区财政厅 — Mongolian-script organ names and title above the Chinese
# =====================================================================================

MN_SHANGWU = "ᠥᠪᠦᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠣᠷᠤᠨ ᠤ ᠬᠤᠳᠠᠯᠳᠤᠭ᠎ᠠ ᠶᠢᠨ ᠲᠢᠩᠬᠢᠮ"
MN_CAIZHENG = "ᠥᠪᠦᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠣᠷᠤᠨ ᠤ ᠰᠠᠩᠬᠦᠦ ᠶᠢᠨ ᠲᠢᠩᠬᠢᠮ"
MN_WENJIAN = "ᠪᠢᠴᠢᠭ"
MN_TITLE = [
    "ᠥᠪᠦᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠣᠷᠤᠨ ᠤ ᠬᠤᠳᠠᠯᠳᠤᠭ᠎ᠠ ᠶᠢᠨ ᠲᠢᠩᠬᠢᠮ᠂ ᠰᠠᠩᠬᠦᠦ ᠶᠢᠨ ᠲᠢᠩᠬᠢᠮ ᠤᠨ",
    "《ᠥᠪᠦᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠣᠷᠤᠨ ᠤ ᠬᠢᠯᠢ ᠶᠢᠨ ᠠᠷᠠᠳ ᠤᠨ ᠬᠠᠷᠢᠯᠴᠠᠨ ᠬᠤᠳᠠᠯᠳᠤᠭ᠎ᠠ ᠪᠠᠷ ᠣᠷᠤᠭᠤᠯᠤᠭᠰᠠᠨ",
    "ᠪᠠᠷᠠᠭ᠎ᠠ ᠶᠢ ᠭᠠᠵᠠᠷ ᠲᠤ ᠨᠢ ᠪᠣᠯᠪᠠᠰᠤᠷᠠᠭᠤᠯᠬᠤ ᠱᠠᠩᠨᠠᠯ ᠤᠨ ᠮᠥᠩᠭᠥ ᠶᠢ ᠣᠷᠳᠤᠭᠠᠨ ᠵᠠᠰᠠᠬᠤ ᠠᠷᠭ᠎ᠠ》",
    "ᠶᠢ ᠨᠡᠶᠢᠲᠡᠯᠡᠬᠦ ᠲᠤᠬᠠᠢ ᠮᠡᠳᠡᠭᠳᠡᠯ",
]


def make_neimenggu():
    stem = "blind269_neimenggu_banfa"
    w = Writer()
    clauses = []
    specific = {}

    # Mongolian organ names on their own lines (vertical in the printed original)
    w.mn(MN_SHANGWU, 11, True, RED, line=20)
    w.mn(MN_CAIZHENG, 11, True, RED, line=20)
    w.mn(MN_WENJIAN, 11, True, RED, line=20)
    w.blank(1, line=12)
    # joint 版头: two organs stacked in the left cell, 文件 in the right cell
    t = w.doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(12.0), Cm(3.4)])
    left, right = t.cell(0, 0), t.cell(0, 1)
    for k, name in enumerate(["内蒙古自治区商务厅", "内蒙古自治区财政厅"]):
        p = left.paragraphs[0] if k == 0 else left.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, first=0, line=None)
        set_font(p.add_run(name), XBS, 28, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = right.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=None)
    set_font(p.add_run("文件"), XBS, 34, color=RED)
    w.blank(1)
    w.docno("内商边贸发〔2024〕31号")
    w.blank(1, line=16)
    for line in MN_TITLE:
        w.mn(line, 10.5, True, line=18)
    w.blank(1, line=14)
    w.title("内蒙古自治区商务厅 内蒙古自治区财政厅\n关于印发《内蒙古自治区边民互市贸易进口\n商品落地加工奖补资金管理办法》的通知")
    w.blank(1)
    w.p("各盟市商务局、财政局，满洲里市、二连浩特市商务局、财政局：", first=0)
    t1 = ("为贯彻落实《国务院办公厅关于促进边境贸易创新发展的指导意见》（国办发〔2019〕46号），规范边民互市贸易进口商品"
          "落地加工奖补资金管理，自治区商务厅、财政厅制定了《内蒙古自治区边民互市贸易进口商品落地加工奖补资金管理办法》，"
          "现印发给你们，请认真遵照执行。")
    w.p(t1)
    clauses.append(t1)
    w.blank(3)
    # joint 落款 side by side
    t = w.doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(7.7), Cm(7.7)])
    for cell, name in zip(t.rows[0].cells, ["内蒙古自治区商务厅", "内蒙古自治区财政厅"]):
        p = cell.paragraphs[0]
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
        set_font(p.add_run(name), FS, 16)
    w.p("2024年9月10日", align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, right=64)
    w.blank(1)
    w.p("（此件公开发布）", left=32, first=0)

    # ---- 办法 on its own page --------------------------------------------------
    w.page_break()
    w.title("内蒙古自治区边民互市贸易进口商品\n落地加工奖补资金管理办法")
    w.blank(1)

    def chapter(t):
        w.p(t, HEI, 16, WD_ALIGN_PARAGRAPH.CENTER, 0)

    def article(label, *paras, places=None):
        first = True
        for para in paras:
            if first:
                p = w.doc.add_paragraph()
                fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
                set_font(p.add_run(label), HEI, 16)
                set_font(p.add_run("　" + para), FS, 16)
                first = False
            else:
                w.p(para)
        text = label + "　" + "\n".join(paras)
        clauses.append(text)
        if places:
            specific[text[:24]] = places

    chapter("第一章　总　　则")
    article("第一条", "为规范内蒙古自治区边民互市贸易进口商品落地加工奖补资金（以下简称奖补资金）管理，提高资金使用效益，"
            "根据《中华人民共和国预算法》等法律法规和国家有关规定，结合自治区实际，制定本办法。")
    article("第二条", "本办法所称奖补资金，是指自治区本级财政预算安排，用于支持边民互市贸易进口商品落地加工、"
            "互市贸易区（点）基础设施建设和边民互助组（合作社）规范化建设的专项资金。")
    article("第三条", "奖补资金的分配和使用遵循公开透明、突出重点、注重绩效、强化监督的原则。自治区商务厅负责提出资金分配建议，"
            "自治区财政厅负责资金预算管理和拨付。")
    chapter("第二章　支持范围和标准")
    article("第四条", "奖补资金支持以下事项：",
            "（一）收购边民互市进口商品在自治区内进行落地加工；",
            "（二）互市贸易区（点）查验设施、信息化平台等基础设施建设；",
            "（三）边民互助组（合作社）规范化建设和边民业务培训。")
    article("第五条", "对落地加工企业，按照其使用边民互市进口商品加工产品年度销售额的3%给予奖补，单个企业年度奖补金额不超过300万元。",
            "对在满洲里、二连浩特国家重点开发开放试验区内新设立的落地加工企业，自设立之日起3年内奖补比例提高至4%，"
            "单个企业年度奖补金额不超过500万元。",
            places=["满洲里国家重点开发开放试验区", "二连浩特国家重点开发开放试验区"])
    article("第六条", "对互市贸易区（点）基础设施建设项目，按照不超过项目实际完成投资额40%的比例给予补助，单个项目补助金额不超过800万元。",
            "位于中蒙二连浩特—扎门乌德经济合作区中方区域内的项目，补助比例可提高至50%。",
            places=["中蒙二连浩特—扎门乌德经济合作区中方区域"])
    article("第七条", "对运行规范、带动边民50人以上的边民互助组（合作社），每个给予不超过10万元的一次性补助。")
    chapter("第三章　申报和审核")
    article("第八条", "申请奖补资金的企业应当同时符合下列条件：",
            "（一）在自治区内依法登记注册，具有独立法人资格；",
            "（二）上一年度收购边民互市进口商品金额不低于500万元；",
            "（三）近三年内无重大违法违规记录，未被列入严重失信主体名单。")
    article("第九条", "奖补资金实行年度申报制度。申报单位于每年3月31日前向所在旗县（市、区）商务部门提出申请，经旗县（市、区）"
            "和盟市商务、财政部门逐级审核后，报自治区商务厅、财政厅。")
    article("第十条", "自治区商务厅会同财政厅委托第三方机构对申报材料进行评审，评审结果在自治区商务厅门户网站公示，"
            "公示期不少于5个工作日。")
    chapter("第四章　监督管理")
    article("第十一条", "各级商务、财政部门应当加强奖补资金全过程绩效管理，自治区商务厅会同财政厅每年对资金使用情况开展绩效评价，"
            "评价结果作为下一年度资金分配的重要依据。")
    article("第十二条", "申报单位通过弄虚作假等方式骗取奖补资金的，由财政部门依法追回资金，5年内不得申报自治区商务领域各类财政资金；"
            "涉嫌犯罪的，依法移送有关机关处理。")
    chapter("第五章　附　　则")
    article("第十三条", "本办法由自治区商务厅、财政厅负责解释。")
    article("第十四条", "本办法自2024年10月1日起施行，有效期5年。《内蒙古自治区边民互市贸易专项资金管理暂行办法》"
            "（内商边贸发〔2019〕44号）同时废止。")

    w.banji("自治区人民政府办公厅，自治区审计厅，呼和浩特海关、满洲里海关。",
            "内蒙古自治区商务厅办公室", "2024年9月12日印发")
    path = HERE / f"{stem}.docx"
    w.save(path)
    to_pdf(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "内蒙古自治区商务厅 内蒙古自治区财政厅关于印发《内蒙古自治区边民互市贸易进口商品落地加工奖补资金管理办法》的通知",
            "doc_number": "内商边贸发〔2024〕31号",
            "issuer": ["内蒙古自治区商务厅", "内蒙古自治区财政厅"],
            "date": "2024-09-10",
            "published": "2024-09-12",
            "level": "provincial",
            "region": "内蒙古自治区",
            "effective": "2024-10-01",
            "expires": "2029-09-30",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各盟市商务局、财政局", "满洲里市、二连浩特市商务局、财政局"],
            "publicity": "此件公开发布",
            "repeals": "《内蒙古自治区边民互市贸易专项资金管理暂行办法》（内商边贸发〔2019〕44号）",
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# =====================================================================================
# 3. 延边朝鲜族自治州人民政府办公室 — Chinese, then the Korean (조선문) version after it
# =====================================================================================


def make_yanbian():
    stem = "blind269_yanbian_fangan"
    w = Writer()
    clauses = []
    specific = {}

    def add(text, places=None):
        clauses.append(text)
        if places:
            specific[text[:24]] = places

    w.blank(1)
    w.banner("延边朝鲜族自治州人民政府办公室文件", 25, spacing=-8)
    w.blank(2)
    w.docno("延州政办发〔2024〕15号")
    w.blank(1)
    w.title("延边朝鲜族自治州人民政府办公室关于印发\n延边州推进跨境电子商务和边民互市贸易\n融合发展实施方案的通知")
    w.blank(1)
    w.p("各县（市）人民政府，州政府各部门、各直属机构：", first=0)
    t = "《延边州推进跨境电子商务和边民互市贸易融合发展实施方案》已经州政府同意，现印发给你们，请结合实际认真组织实施。"
    w.p(t)
    add(t)
    w.blank(2)
    w.sign("延边朝鲜族自治州人民政府办公室", "2024年4月25日", right=32)
    w.blank(1)
    w.p("（此件公开发布）", left=32, first=0)

    # ---- 方案 on a new page ---------------------------------------------------------
    w.page_break()
    w.title("延边州推进跨境电子商务和边民互市贸易\n融合发展实施方案")
    w.blank(1)
    t = ("为深度融入共建“一带一路”和中蒙俄经济走廊建设，发挥我州沿边近海和图们江区域合作开发的区位优势，"
         "推进跨境电子商务和边民互市贸易融合发展，结合我州实际，制定本方案。")
    w.p(t)
    add(t)
    w.heading1("一、发展目标")
    t = ("到2026年，全州跨境电商进出口额突破50亿元，边民互市贸易额达到20亿元，培育跨境电商经营主体200家以上，"
         "建成互市商品落地加工园区1个以上。")
    w.p(t)
    add(t)
    w.heading1("二、重点任务")
    w.heading2("（一）建设跨境电商发展平台")

    def num(head, body, places=None):
        p = w.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
        set_font(p.add_run(head), FS, 16, bold=True)
        set_font(p.add_run(body), FS, 16)
        add(head + body, places)

    num("1.建设珲春跨境电商产业园。", "依托珲春综合保税区，建设集保税仓储、分拨配送、直播销售于一体的跨境电商产业园，"
        "2025年底前入驻企业达到50家以上。", ["珲春综合保税区"])
    num("2.常态化开展“1210”业务。", "在珲春综合保税区常态化开展跨境电商网购保税进口业务，支持延吉市申建跨境电商零售进口试点城市。",
        ["珲春综合保税区", "延吉市"])
    w.heading2("（二）推动边民互市贸易转型升级")
    num("1.建设互市商品落地加工园区。", "在珲春边民互市贸易区周边规划建设互市商品落地加工园区，对入园加工企业，"
        "自投产之日起3年内按其缴纳税收地方留成部分的50%给予扶持。", ["珲春市"])
    num("2.推进“互市＋电商”融合。", "支持边民互助合作社与跨境电商企业开展合作，重点做好以下工作：")
    for t in ["（1）支持跨境电商企业通过边民互助合作社收购互市商品，经落地加工后在境内电商平台销售；",
              "（2）探索互市商品通过跨境电商渠道二次出口的监管模式；",
              "（3）对带动边民50人以上、年交易额超过300万元的合作社，每个给予5万元奖励。"]:
        w.p(t)
        add(t)
    w.heading2("（三）提升口岸通关和物流能力")
    num("1.推进口岸智慧化改造。", "推进珲春、圈河、南坪等公路口岸智慧化改造，2025年底前实现主要口岸货运车辆“一站式”通关。")
    num("2.畅通跨境物流通道。", "支持开通经俄罗斯扎鲁比诺港、符拉迪沃斯托克港的陆海联运航线，对新开通的国际物流线路，"
        "按首年运营费用的20%给予补贴，最高不超过100万元。")
    t = "本方案自2024年5月1日起施行，有效期至2026年12月31日。"
    w.p(t)
    add(t)
    w.p("附件：重点任务分工表", left=32, first=0, before=10)

    # ---- 附件: landscape section --------------------------------------------------
    sec = w.doc.add_section(WD_SECTION.NEW_PAGE)
    Writer.page_setup(sec, landscape=True)
    w.p("附件", HEI, 16, WD_ALIGN_PARAGRAPH.LEFT, 0)
    w.title("重点任务分工表")
    w.blank(1, line=14)
    headers = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "建设珲春跨境电商产业园", "珲春市人民政府", "州商务局、州发展改革委", "2025年12月"],
        ["2", "珲春综合保税区常态化开展“1210”业务", "珲春市人民政府", "延吉海关、州商务局", "长期坚持"],
        ["3", "建设珲春互市商品落地加工园区", "珲春市人民政府", "州发展改革委、州工业和信息化局", "2025年6月"],
        ["4", "推进“互市＋电商”融合", "州商务局", "州农业农村局、州市场监管局", "长期坚持"],
        ["5", "扩大互市商品进口和跨境电商出口规模", "州商务局", "延吉海关、各县（市）人民政府", "长期坚持"],
        ["6", "推进口岸智慧化改造", "州口岸办", "延吉海关、延边边防检查站", "2025年12月"],
    ]
    row_places = {0: ["珲春市"], 1: ["珲春综合保税区"], 2: ["珲春市"]}
    tb = w.doc.add_table(rows=1 + len(rows), cols=5)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tb, [Cm(1.6), Cm(7.5), Cm(4.2), Cm(5.8), Cm(3.2)])
    repeat_header(tb.rows[0])
    for j, h in enumerate(headers):
        w.cell_text(tb.cell(0, j), h, 14, HEI)
    m1 = tb.cell(1, 2).merge(tb.cell(3, 2))
    m2 = tb.cell(4, 2).merge(tb.cell(5, 2))
    w.cell_text(m1, "珲春市人民政府", 14)
    w.cell_text(m2, "州商务局", 14)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if j == 2 and i in (1, 2, 3, 4, 5):
                continue
            w.cell_text(tb.cell(i, j), v, 14, align=WD_ALIGN_PARAGRAPH.LEFT if j in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER)
    for k, row in enumerate(rows):
        add(row_clause(headers, row), row_places.get(k))

    # ---- Korean version: new portrait section ------------------------------------
    sec = w.doc.add_section(WD_SECTION.NEW_PAGE)
    Writer.page_setup(sec)
    w.ko("（조선문）", align=WD_ALIGN_PARAGRAPH.LEFT, first=0)
    w.ko("연변조선족자치주인민정부판공실 문건", size=22, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, color=RED,
         bold=True, line=None)
    p = w.ko("연주정판발〔2024〕15호", align=WD_ALIGN_PARAGRAPH.CENTER, first=0, size=14)
    border(p, "bottom", 18, "E60012", space=8)
    w.blank(1, line=14)
    w.ko("연변조선족자치주인민정부판공실\n《연변주 국경간 전자상거래와 변경주민 호시무역 융합발전\n추진 실시방안》을 인발할데 관한 통지",
         size=16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=26)
    w.blank(1, line=14)
    ko = [
        ("각 현(시) 인민정부, 주정부 각 부문, 각 직속기구:", 0),
        ("《연변주 국경간 전자상거래와 변경주민 호시무역 융합발전 추진 실시방안》은 이미 주정부의 동의를 거쳤기에 지금 "
         "여러분들에게 인발하니 실제와 결부하여 착실히 조직, 실시하기 바랍니다.", 30),
    ]
    for text, first in ko:
        w.ko(text, first=first)
    w.blank(1, line=14)
    w.ko("연변조선족자치주인민정부판공실", align=WD_ALIGN_PARAGRAPH.RIGHT, first=0)
    w.ko("2024년 4월 25일", align=WD_ALIGN_PARAGRAPH.RIGHT, first=0)
    w.blank(1, line=14)
    w.ko("연변주 국경간 전자상거래와 변경주민 호시무역 융합발전 추진 실시방안", size=14, bold=True,
         align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    body_ko = [
        "“일대일로” 공동건설과 중몽로경제회랑 건설에 깊이 융합되고 우리 주의 연변근해 및 두만강지역 합작개발의 구위우세를 "
        "발휘하여 국경간 전자상거래와 변경주민 호시무역의 융합발전을 추진하기 위하여 우리 주의 실제와 결부하여 본 방안을 제정한다.",
        "一、발전목표",
        "2026년에 이르러 전 주 국경간 전자상거래 수출입액이 50억원을 돌파하고 변경주민 호시무역액이 20억원에 도달하며 국경간 "
        "전자상거래 경영주체를 200개 이상 육성하고 호시상품 현지가공원구를 1개 이상 건설한다.",
        "二、중점임무",
        "（一）국경간 전자상거래 발전플랫폼 건설",
        "1.훈춘 국경간 전자상거래 산업원을 건설한다. 훈춘종합보세구에 의탁하여 보세창고, 분배송, 생방송판매를 일체화한 "
        "산업원을 건설하며 2025년말까지 입주기업이 50개 이상에 달하도록 한다.",
        "2.“1210”업무를 상시화한다. 훈춘종합보세구에서 온라인구매 보세수입업무를 상시적으로 전개하며 연길시가 국경간 "
        "전자상거래 소매수입 시범도시를 신청하는것을 지지한다.",
        "（二）변경주민 호시무역의 전형승격 추진",
        "1.호시상품 현지가공원구를 건설한다. 훈춘 변경주민 호시무역구 주변에 현지가공원구를 계획, 건설하며 입주 가공기업에 "
        "대하여 생산개시일로부터 3년내에 지방에 남는 세수의 50%를 부축한다.",
        "2.“호시＋전자상거래” 융합을 추진한다. 변경주민 호조합작사와 국경간 전자상거래 기업의 합작을 지지하며 아래의 사업을 "
        "중점적으로 잘한다.",
        "（1）국경간 전자상거래 기업이 호조합작사를 통하여 호시상품을 수매하고 현지가공을 거친후 국내 전자상거래 플랫폼에서 "
        "판매하는것을 지지한다.",
        "（2）호시상품이 국경간 전자상거래 경로를 통하여 재수출하는 감독관리방식을 탐색한다.",
        "（3）변경주민 50명이상을 이끌고 년간 거래액이 300만원을 초과한 합작사에 매개 5만원을 장려한다.",
        "（三）통상구 통관 및 물류 능력 제고",
        "1.통상구 지능화 개조를 추진한다. 훈춘, 권하, 남평 등 도로통상구의 지능화 개조를 추진하여 2025년말까지 주요 "
        "통상구의 화물차량 “원스톱” 통관을 실현한다.",
        "2.국경간 물류통로를 원활히 한다. 로씨야 자루비노항, 블라지보스또크항을 경유하는 륙해련운항로의 개통을 지지하며 "
        "새로 개통한 국제물류로선에 대하여 첫해 운영비용의 20%에 따라 보조하되 최고 100만원을 초과하지 않는다.",
        "본 방안은 2024년 5월 1일부터 시행하며 유효기는 2026년 12월 31일까지이다.",
        "부건: 중점임무분공표(중문본을 참조)",
    ]
    for t in body_ko:
        is_head = (t[0] in "一二三" and "、" in t[:2]) or (t.startswith("（") and len(t) < 26)
        w.ko(t, bold=is_head)

    w.banji("州委各部门，州人大常委会办公室，州政协办公室，延吉海关。",
            "延边朝鲜族自治州人民政府办公室", "2024年4月26日印发", gap=1)
    path = HERE / f"{stem}.docx"
    w.save(path)
    to_pdf(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "延边朝鲜族自治州人民政府办公室关于印发延边州推进跨境电子商务和边民互市贸易融合发展实施方案的通知",
            "doc_number": "延州政办发〔2024〕15号",
            "issuer": ["延边朝鲜族自治州人民政府办公室"],
            "date": "2024-04-25",
            "published": "2024-04-26",
            "level": "municipal",
            "region": "延边朝鲜族自治州",
            "effective": "2024-05-01",
            "expires": "2026-12-31",
            "attachments": ["重点任务分工表"],
            "doc_type": "通知",
            "recipients": ["各县（市）人民政府", "州政府各部门、各直属机构"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# =====================================================================================
# 4. 西藏自治区商务厅 — portal page, Chinese paragraph followed by its Tibetan paragraph
# =====================================================================================


def make_xizang():
    stem = "blind269_xizang_wangye"
    clauses = []
    specific = {}
    pairs = [
        ("为深入贯彻落实党中央关于推进共建“一带一路”和加快建设面向南亚开放重要通道的决策部署，推动我区边境贸易和跨境电子商务"
         "高质量发展，经自治区人民政府同意，现就有关事项通知如下：",
         "ཏང་ཀྲུང་དབྱང་གིས་“ཞེང་ཐིག་གཅིག་དང་ལམ་ཐིག་གཅིག”མཉམ་འཛུགས་དང་ལྷོ་ཨེ་ཤ་ཡར་སྒོ་ཕྱེ་བའི་ལམ་ཆེན་གལ་ཆེན་"
         "འཛུགས་སྐྲུན་མགྱོགས་སུ་གཏོང་རྒྱུའི་སྐོར་གྱི་ཐག་གཅོད་དང་གྲ་སྒྲིག་ཞིབ་ཏུ་ལག་བསྟར་བྱས་ཏེ། ང་ཚོའི་ལྗོངས་ཀྱི་ས་མཚམས་"
         "ཚོང་འབྲེལ་དང་རྒྱལ་མཚམས་བརྒལ་བའི་གློག་རྡུལ་ཚོང་ལས་སྤུས་ཚད་མཐོ་བའི་འཕེལ་རྒྱས་ལ་སྐུལ་འདེད་གཏོང་ཆེད། རང་སྐྱོང་ལྗོངས་"
         "མི་དམངས་སྲིད་གཞུང་གིས་མོས་མཐུན་བྱུང་བར་བརྟེན། འབྲེལ་ཡོད་དོན་དག་གཤམ་གསལ་ལྟར་བརྡ་ཁྱབ་བྱེད་རྒྱུ་སྟེ།", None),
        ("一、支持边民互市贸易扩量提质。严格执行边民互市贸易每人每日8000元免税额度政策，支持边民互助组集中申报、统一结算，"
         "2024年底前实现全区边民互市贸易点申报信息化全覆盖。",
         "གཅིག ས་མཚམས་མི་དམངས་ཕན་ཚུན་ཚོང་འབྲེལ་གྱི་ཁྱོན་ཚད་དང་སྤུས་ཚད་ཇེ་མཐོར་གཏོང་བར་རྒྱབ་སྐྱོར་བྱ་རྒྱུ། ས་མཚམས་མི་དམངས་"
         "རེ་རེར་ཉིན་རེར་སྒོར་ ༨༠༠༠ ཡན་ཆོད་ཁྲལ་ཡང་གཏོང་བའི་སྲིད་ཇུས་ནན་ཏན་ལག་བསྟར་བྱེད་པ་དང་། ས་མཚམས་མི་དམངས་རོགས་རམ་"
         "ཚོ་ཆུང་གིས་མཉམ་དུ་ཞུ་འབུལ་དང་གཅིག་གྱུར་རྩིས་སྤྲོད་བྱེད་པར་རྒྱབ་སྐྱོར་བྱས་ཏེ། ༢༠༢༤ ལོའི་ལོ་མཇུག་གི་སྔོན་ལ་ལྗོངས་"
         "ཡོངས་ཀྱི་ས་མཚམས་ཕན་ཚུན་ཚོང་འབྲེལ་ས་ཚིགས་ཀྱི་ཞུ་འབུལ་ཆ་འཕྲིན་ཅན་དུ་ཁྱབ་ཡོངས་སུ་བཏང་རྒྱུ།", None),
        ("二、支持吉隆边境经济合作区建设。对在吉隆边境经济合作区内新设立并实际开展边境贸易业务的企业，给予每家不超过20万元的"
         "开办费补助；合作区内边贸企业的仓储租金，前两年按50%给予补贴。",
         "གཉིས། སྐྱིད་གྲོང་ས་མཚམས་དཔལ་འབྱོར་མཉམ་ལས་ཁུལ་འཛུགས་སྐྲུན་ལ་རྒྱབ་སྐྱོར་བྱ་རྒྱུ། མཉམ་ལས་ཁུལ་ནང་གསར་དུ་བཙུགས་ཤིང་"
         "དངོས་གནས་ས་མཚམས་ཚོང་འབྲེལ་བྱེད་པའི་ཁེ་ལས་རེ་རེར་སྒོར་ཁྲི་ ༢༠ ཡན་ཆོད་ཀྱི་འགོ་འཛུགས་འགྲོ་སོང་གི་རོགས་དངུལ་སྤྲོད་"
         "རྒྱུ། མཉམ་ལས་ཁུལ་ནང་གི་ས་མཚམས་ཚོང་འབྲེལ་ཁེ་ལས་ཀྱི་མཛོད་ཁང་གླ་ཆར་ལོ་སྔ་མ་གཉིས་རིང་བརྒྱ་ཆ་ ༥༠ ལྟར་རོགས་དངུལ་"
         "སྤྲོད་རྒྱུ།", ["吉隆边境经济合作区"]),
        ("三、提升口岸设施和通关效率。支持吉隆、樟木、普兰、里孜口岸完善查验设施和仓储物流设施，对新建的口岸公共仓储设施，"
         "按照实际投资额的30%给予补助，单个项目不超过500万元。",
         "གསུམ། རྒྱལ་སྒོའི་སྒྲིག་ཆས་དང་སྒོ་བརྒལ་ནུས་ཚད་ཇེ་མཐོར་གཏོང་རྒྱུ། སྐྱིད་གྲོང་། གྲམ། སྤུ་ཧྲེང་། རི་རྩེ་བཅས་རྒྱལ་སྒོ་ཁག་"
         "གིས་ཞིབ་བཤེར་སྒྲིག་ཆས་དང་མཛོད་ཁང་དངོས་རྫས་རྒྱུ་འགྲེམས་སྒྲིག་ཆས་ཆ་ཚང་དུ་གཏོང་བར་རྒྱབ་སྐྱོར་བྱས་ཏེ། གསར་དུ་བཞེངས་"
         "པའི་རྒྱལ་སྒོའི་སྤྱི་མཐུན་མཛོད་ཁང་ལ་དངོས་གནས་མ་འཇོག་འབོར་གྱི་བརྒྱ་ཆ་ ༣༠ ལྟར་རོགས་དངུལ་སྤྲོད་པ་དང་། ལས་གཞི་རེ་རེར་"
         "སྒོར་ཁྲི་ ༥༠༠ ལས་མི་བརྒལ།", None),
        ("四、培育边贸和跨境电商经营主体。鼓励边民、边民互助组和小微企业开展边境贸易和跨境电子商务业务，对年度边境贸易进出口额"
         "首次超过1000万元的企业，给予一次性奖励10万元。",
         "བཞི། ས་མཚམས་ཚོང་འབྲེལ་དང་རྒྱལ་མཚམས་བརྒལ་བའི་གློག་རྡུལ་ཚོང་ལས་ཀྱི་ལས་སྣེ་གཙོ་བོ་གསོ་སྐྱོང་བྱ་རྒྱུ། ས་མཚམས་མི་དམངས་"
         "དང་རོགས་རམ་ཚོ་ཆུང་། ཁེ་ལས་ཆུང་ཆུང་བཅས་ལ་ས་མཚམས་ཚོང་འབྲེལ་དང་གློག་རྡུལ་ཚོང་ལས་བྱེད་པར་སྐུལ་མ་གཏོང་བ་དང་། ལོ་"
         "གཅིག་གི་ས་མཚམས་ཚོང་འབྲེལ་ནང་འདྲེན་ཕྱིར་གཏོང་འབོར་ཐེངས་དང་པོར་སྒོར་ཁྲི་ ༡༠༠༠ ལས་བརྒལ་བའི་ཁེ་ལས་ལ་ཐེངས་གཅིག་གི་"
         "བྱ་དགའ་སྒོར་ཁྲི་ ༡༠ སྤྲོད་རྒྱུ།", None),
        ("五、发展跨境电子商务。支持企业利用跨境电商拓展南亚市场，对年度跨境电商交易额超过500万元的企业给予最高30万元奖励；"
         "对在拉萨综合保税区开展跨境电商网购保税进口业务的企业，按照进口货值的1%给予物流补贴，每家企业每年不超过50万元。",
         "ལྔ། རྒྱལ་མཚམས་བརྒལ་བའི་གློག་རྡུལ་ཚོང་ལས་འཕེལ་རྒྱས་གཏོང་རྒྱུ། ཁེ་ལས་ཀྱིས་གློག་རྡུལ་ཚོང་ལས་བརྒྱུད་ལྷོ་ཨེ་ཤ་ཡའི་"
         "ཚོང་ར་རྒྱ་བསྐྱེད་པར་རྒྱབ་སྐྱོར་བྱས་ཏེ། ལོ་གཅིག་གི་ཚོང་འབོར་སྒོར་ཁྲི་ ༥༠༠ ལས་བརྒལ་བའི་ཁེ་ལས་ལ་མང་མཐའ་སྒོར་ཁྲི་ ༣༠ "
         "བྱ་དགའ་སྤྲོད་རྒྱུ། ལྷ་ས་ཕྱོགས་བསྡུས་ཁྲལ་འགོག་ཁུལ་དུ་དྲ་ཉོ་ཁྲལ་འགོག་ནང་འདྲེན་ལས་དོན་སྤེལ་བའི་ཁེ་ལས་ལ་ནང་འདྲེན་"
         "ཅ་དངོས་རིན་ཐང་གི་བརྒྱ་ཆ་ ༡ ལྟར་རྒྱུ་འགྲེམས་རོགས་དངུལ་སྤྲོད་པ་དང་། ཁེ་ལས་རེ་རེར་ལོ་རེར་སྒོར་ཁྲི་ ༥༠ ལས་མི་བརྒལ།",
         ["拉萨综合保税区"]),
        ("六、加强边贸金融服务。推动银行机构在边境口岸设立服务网点，扩大边境贸易人民币结算，支持开展人民币与尼泊尔卢比直接兑换业务。",
         "དྲུག ས་མཚམས་ཚོང་འབྲེལ་གྱི་དངུལ་རྩིས་ཞབས་ཞུ་ཤུགས་ཆེར་གཏོང་རྒྱུ། དངུལ་ཁང་ཁག་གིས་ས་མཚམས་རྒྱལ་སྒོར་ཞབས་ཞུ་ས་ཚིགས་"
         "འཛུགས་པར་སྐུལ་འདེད་བྱས་ཏེ། ས་མཚམས་ཚོང་འབྲེལ་གྱི་མི་དམངས་ཤོག་སྒོར་རྩིས་སྤྲོད་རྒྱ་བསྐྱེད་པ་དང་། མི་དམངས་ཤོག་སྒོར་དང་"
         "བལ་ཡུལ་གྱི་སྒོར་མོ་ཐད་བརྗེ་ལས་དོན་ལ་རྒྱབ་སྐྱོར་བྱ་རྒྱུ།", None),
        ("七、强化资金保障和监督。自治区商务发展专项资金对本通知所列事项予以保障，各地（市）商务部门要加强资金审核和绩效评价，"
         "对骗取、挪用资金的依法依规严肃处理。",
         "བདུན། མ་དངུལ་ཁག་ཐེག་དང་ལྟ་སྐུལ་ཤུགས་ཆེར་གཏོང་རྒྱུ། རང་སྐྱོང་ལྗོངས་ཀྱི་ཚོང་ལས་འཕེལ་རྒྱས་ཆེད་དམིགས་མ་དངུལ་གྱིས་"
         "བརྡ་ཐོ་འདིའི་ནང་བཀོད་པའི་དོན་དག་ལ་ཁག་ཐེག་བྱེད་རྒྱུ་དང་། ས་ཁུལ་（གྲོང་ཁྱེར）ཁག་གི་ཚོང་ལས་སྡེ་ཚན་གྱིས་མ་དངུལ་"
         "ཞིབ་བཤེར་དང་ནུས་འབྲས་དཔྱད་བསྡུར་ཤུགས་ཆེར་གཏོང་དགོས། མ་དངུལ་གཡོ་ཐབས་ཀྱིས་ལེན་པ་དང་འཁྲུལ་སྤྱོད་བྱེད་མཁན་ལ་"
         "ཁྲིམས་དང་མཐུན་པར་ནན་ཏན་ཐག་གཅོད་བྱ་རྒྱུ།", None),
        ("本通知自2024年8月1日起施行，有效期至2026年12月31日。",
         "བརྡ་ཐོ་འདི་ ༢༠༢༤ ལོའི་ཟླ་ ༨ ཚེས་ ༡ ནས་ལག་བསྟར་བྱེད་རྒྱུ་དང་། ནུས་ལྡན་དུས་ཚོད་ ༢༠༢༦ ལོའི་ཟླ་ ༡༢ ཚེས་ ༣༡ "
         "བར་ཡིན།", None),
    ]
    body = []
    for zh, bo, places in pairs:
        body.append(f'<p style="text-indent:2em;">{zh}</p>')
        body.append(f'<p class="zangwen" lang="bo" style="text-indent:2em;">{bo}</p>')
        clauses.append(zh)
        if places:
            specific[zh[:24]] = places
    body_html = "\n".join(body)
    title = "西藏自治区商务厅关于支持边境贸易和跨境电子商务高质量发展的通知"
    bo_title = ("བོད་རང་སྐྱོང་ལྗོངས་ཚོང་ལས་ཐིང་གིས་ས་མཚམས་ཚོང་འབྲེལ་དང་རྒྱལ་མཚམས་བརྒལ་བའི་གློག་རྡུལ་ཚོང་ལས་སྤུས་ཚད་"
                "མཐོ་བའི་འཕེལ་རྒྱས་ལ་རྒྱབ་སྐྱོར་བྱ་རྒྱུའི་སྐོར་གྱི་བརྡ་ཐོ།")
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-07-22 16:30">
<meta name="ContentSource" content="西藏自治区商务厅">
<title>{title}_政策文件_西藏自治区商务厅</title>
<style>
body{{font-family:"Microsoft YaHei",sans-serif;margin:0;background:#f4f4f4}}
.top{{background:#8b1a1a;color:#fff;padding:8px 40px;font-size:13px}}
.logo{{background:#a52a2a;color:#fff;padding:18px 40px;font-size:26px}}
.logo .bo{{font-family:"Microsoft Himalaya","Qomolangma-Uchen Sarchen";font-size:22px;display:block}}
.nav a{{color:#fff;margin-right:24px;text-decoration:none}}
.main{{width:1000px;margin:16px auto;background:#fff;padding:24px 40px}}
table.xxgk{{width:100%;border-collapse:collapse;font-size:14px;margin-bottom:20px}}
table.xxgk td{{border:1px solid #ddd;padding:6px 10px}}
table.xxgk td.t{{background:#f7f7f7;width:110px}}
h1{{text-align:center;font-size:24px;color:#1a1a1a}}
.zangwen{{font-family:"Microsoft Himalaya","Qomolangma-Uchen Sarchen";font-size:20px;line-height:1.9}}
.content p{{font-size:17px;line-height:2;margin:6px 0}}
.footer{{background:#333;color:#ccc;font-size:12px;text-align:center;padding:18px}}
</style>
</head>
<body>
<div class="top">您好，欢迎访问西藏自治区商务厅网站！ | <a href="/bo/">བོད་ཡིག</a> | 无障碍浏览 | 长者模式</div>
<div class="logo">西藏自治区商务厅<span class="bo">བོད་རང་སྐྱོང་ལྗོངས་ཚོང་ལས་ཐིང་།</span>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bmfw/">便民服务</a><a href="/hdjl/">互动交流</a><a href="/bmbw/">边贸口岸</a></div>
</div>
<div class="main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a></div>
<table class="xxgk">
<tr><td class="t">索 引 号：</td><td>11540000MB0W31428K/2024-00087</td><td class="t">主题分类：</td><td>商贸、海关、旅游\\边境贸易</td></tr>
<tr><td class="t">发布机构：</td><td>西藏自治区商务厅</td><td class="t">成文日期：</td><td>2024年07月15日</td></tr>
<tr><td class="t">标　　题：</td><td colspan="3">{title}</td></tr>
<tr><td class="t">文　　号：</td><td>藏商发〔2024〕47号</td><td class="t">发布日期：</td><td>2024年07月22日</td></tr>
</table>
<h1>{title}</h1>
<p class="zangwen" lang="bo" style="text-align:center;">{bo_title}</p>
<p style="text-align:center;color:#666;">藏商发〔2024〕47号</p>
<div class="content" id="zoom">
<p>各地（市）商务局，自治区各有关单位：</p>
<p class="zangwen" lang="bo">ས་ཁུལ་（གྲོང་ཁྱེར）ཁག་གི་ཚོང་ལས་ཅུས་དང་རང་སྐྱོང་ལྗོངས་ཀྱི་འབྲེལ་ཡོད་ལས་ཁུངས་ཁག་ལ།</p>
{body_html}
<p style="text-indent:2em;">附件：<a href="/zwgk/zcwj/202407/P020240722563114285.docx">西藏自治区边民互市贸易点名录.docx</a></p>
<p style="text-align:right;">西藏自治区商务厅</p>
<p class="zangwen" lang="bo" style="text-align:right;">བོད་རང་སྐྱོང་ལྗོངས་ཚོང་ལས་ཐིང་།</p>
<p style="text-align:right;">2024年7月15日</p>
<p class="zangwen" lang="bo" style="text-align:right;">༢༠༢༤ ལོའི་ཟླ་ ༧ ཚེས་ ༡༥</p>
<p style="text-indent:2em;">（此件公开发布）</p>
</div>
<div class="share">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="xgjd">相关解读：<a href="/zwgk/zcjd/202407/t20240723_418820.html">图解：《关于支持边境贸易和跨境电子商务高质量发展的通知》（藏商发〔2024〕47号）</a></div>
</div>
<div class="footer">
<p>主办：西藏自治区商务厅　地址：拉萨市城关区江苏路8号　邮编：850000</p>
<p>网站标识码：5400000018　藏ICP备05000312号-1　藏公网安备54010202000115号</p>
</div>
</body>
</html>
"""
    (HERE / f"{stem}.html").write_text(html, encoding="utf-8")
    EXPECTED[stem] = [{
        "meta": {
            "title": title,
            "doc_number": "藏商发〔2024〕47号",
            "issuer": ["西藏自治区商务厅"],
            "date": "2024-07-15",
            "published": "2024-07-22",
            "level": "provincial",
            "region": "西藏自治区",
            "effective": "2024-08-01",
            "expires": "2026-12-31",
            "attachments": ["西藏自治区边民互市贸易点名录"],
            "doc_type": "通知",
            "recipients": ["各地（市）商务局", "自治区各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


def main():
    make_xinjiang()
    make_neimenggu()
    make_yanbian()
    make_xizang()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=2), encoding="utf-8")
    for stem, docs in EXPECTED.items():
        print(stem, sum(len(d["clauses"]) for d in docs), "clauses")


if __name__ == "__main__":
    main()
