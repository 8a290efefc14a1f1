# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 610 blind test documents: Xinjiang bilingual (Chinese / Uyghur) notices."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

ZH_BODY = "仿宋_GB2312"
ZH_TITLE = "方正小标宋简体"
ZH_HEI = "黑体"
ZH_KAI = "楷体_GB2312"
ZH_SONG = "宋体"
UG_FONT = "UKIJ Tuz Tom"
UG_TITLE = "UKIJ Tuz Tom"
RED = "FF0000"

PPR_AFTER_NUMPR = ("w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
                   "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
                   "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                   "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                   "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
                   "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def _after(tag):
    return PPR_AFTER_NUMPR[PPR_AFTER_NUMPR.index(tag) + 1:]


# ---------------------------------------------------------------- low level
def mk_run(p, text, font=ZH_BODY, size=16, bold=False, color=None, ug=False, ascii_font=None):
    r = p.add_run()
    rPr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    if ug:
        for k in ("ascii", "hAnsi", "cs"):
            rf.set(qn("w:" + k), font)
        rf.set(qn("w:eastAsia"), ZH_BODY)
    else:
        af = ascii_font or ("Times New Roman" if font == ZH_BODY else font)
        rf.set(qn("w:ascii"), af)
        rf.set(qn("w:hAnsi"), af)
        rf.set(qn("w:eastAsia"), font)
        rf.set(qn("w:cs"), af)
    rPr.append(rf)
    if bold:
        rPr.append(OxmlElement("w:b"))
        rPr.append(OxmlElement("w:bCs"))
    if color:
        c = OxmlElement("w:color")
        c.set(qn("w:val"), color)
        rPr.append(c)
    for tag in ("w:sz", "w:szCs"):
        e = OxmlElement(tag)
        e.set(qn("w:val"), str(int(size * 2)))
        rPr.append(e)
    if ug:
        rPr.append(OxmlElement("w:rtl"))
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ug-CN")
    rPr.append(lang)
    r._r.insert(0, rPr)
    if text:
        r.text = text
    return r


def set_bidi(p):
    pPr = p._p.get_or_add_pPr()
    b = OxmlElement("w:bidi")
    pPr.insert_element_before(b, *_after("w:bidi"))


def para_border(p, side="bottom", color=RED, sz=18, space=1):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        pPr.insert_element_before(bdr, *_after("w:pBdr"))
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def set_numpr(p, num_id, ilvl=0):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.insert_element_before(numPr, *PPR_AFTER_NUMPR)


def fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, size=16, line=28, before=0, after=0, left=None,
        right=None):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    if align is not None:
        p.alignment = align
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def add_page_number(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    mk_run(p, "— ", ZH_SONG, 14)
    r = mk_run(p, "", ZH_SONG, 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = mk_run(p, "", ZH_SONG, 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = mk_run(p, "", ZH_SONG, 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    mk_run(p, "1", ZH_SONG, 14)
    r = mk_run(p, "", ZH_SONG, 14)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)
    mk_run(p, " —", ZH_SONG, 14)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    sec.footer_distance = Cm(2.8)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), ZH_BODY)
    add_page_number(sec)
    return doc


def set_cell_borders(cell, val="nil"):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        b.append(e)
    tcPr.append(b)


def no_table_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.insert_element_before(b, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")


# ---------------------------------------------------------------- mid level
class Writer:
    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    # Chinese body paragraph that is a clause
    def zh(self, text, runin=None, clause=True, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, numbered=None,
           runin_font=ZH_BODY, runin_bold=True, prefix_display=None):
        p = self.doc.add_paragraph()
        fmt(p, align=align, indent=indent)
        if numbered is not None:
            set_numpr(p, numbered)
        if runin:
            mk_run(p, runin, runin_font, 16, bold=runin_bold)
        mk_run(p, text)
        if clause:
            self.clauses.append((prefix_display or "") + (runin or "") + text)
        return p

    def ug(self, text, runin=None, indent=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=14, bold=False):
        p = self.doc.add_paragraph()
        set_bidi(p)
        fmt(p, align=align, indent=indent, size=size, line=26)
        if runin:
            mk_run(p, runin, UG_FONT, size, bold=True, ug=True)
        mk_run(p, text, UG_FONT, size, bold=bold, ug=True)
        return p

    def zh_heading(self, text, font=ZH_HEI):
        p = self.doc.add_paragraph()
        fmt(p)
        p.paragraph_format.keep_with_next = True
        mk_run(p, text, font, 16)
        return p

    def ug_heading(self, text):
        p = self.doc.add_paragraph()
        set_bidi(p)
        fmt(p, line=28)
        p.paragraph_format.keep_with_next = True
        mk_run(p, text, UG_FONT, 15, bold=True, ug=True)
        return p

    def table(self, header, rows, ug=False, widths=None, clause=True, size=12):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        if ug:
            bv = OxmlElement("w:bidiVisual")
            t._tbl.tblPr.insert_element_before(
                bv, "w:tblStyleRowBandSize", "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing",
                "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")
        if widths:
            t.autofit = False
            for gc, wd in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
                gc.set(qn("w:w"), str(int(wd.twips)))
        # repeat header row
        trPr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        trPr.append(th)
        for ri, row in enumerate([header] + rows):
            for ci, val in enumerate(row):
                cell = t.cell(ri, ci)
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                if widths:
                    cell.width = widths[ci]
                p = cell.paragraphs[0]
                if ug:
                    set_bidi(p)
                center = ri == 0 or ci == 0
                fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT, indent=False,
                    size=size, line=20)
                if ug:
                    mk_run(p, val, UG_FONT, size, bold=(ri == 0), ug=True)
                else:
                    mk_run(p, val, ZH_HEI if ri == 0 else ZH_BODY, size)
        if clause and not ug:
            for row in rows:
                self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        return t

    def title_zh(self, lines, size=22):
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=size, line=35)
        for i, ln in enumerate(lines):
            r = mk_run(p, ln, ZH_TITLE, size)
            if i < len(lines) - 1:
                r.add_break()  # soft line break inside the title
        return p

    def title_ug(self, text, size=18):
        p = self.doc.add_paragraph()
        set_bidi(p)
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=size, line=34)
        mk_run(p, text, UG_TITLE, size, bold=True, ug=True)
        return p

    def zh_plain(self, text, indent=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, font=ZH_BODY, size=16, right=None):
        p = self.doc.add_paragraph()
        fmt(p, align=align, indent=indent, size=size, right=right)
        mk_run(p, text, font, size)
        return p

    def red_header(self, zh_name, ug_name, doc_no):
        empty(self.doc, 1)
        p = self.doc.add_paragraph()
        set_bidi(p)
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=18, line=36)
        mk_run(p, ug_name, UG_TITLE, 18, bold=True, color=RED, ug=True)
        p = self.doc.add_paragraph()
        size = 36 if len(zh_name) <= 10 else 30
        fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=False, size=size, line=60, before=6)
        p.paragraph_format.left_indent = Cm(0.4)
        p.paragraph_format.right_indent = Cm(0.4)
        mk_run(p, zh_name, ZH_TITLE, size, color=RED)
        empty(self.doc, 1)
        self.doc_no_line(doc_no)

    def doc_no_line(self, doc_no):
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        mk_run(p, doc_no)
        para_border(p, "bottom", RED, 24, 8)
        empty(self.doc, 1)

    def banji(self, cc, printer, date_text):
        empty(self.doc, 2)
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, size=14)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        para_border(p, "top", "000000", 8, 1)
        para_border(p, "bottom", "000000", 4, 1)
        mk_run(p, cc, ZH_BODY, 14)
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, size=14)
        p.paragraph_format.left_indent = Pt(14)
        para_border(p, "bottom", "000000", 8, 1)
        pad = max(2, 29 - len(printer) - len(date_text) // 2 - 4)
        mk_run(p, printer + "\u3000" * pad + date_text, ZH_BODY, 14)

    def page_break(self):
        p = self.doc.add_paragraph()
        mk_run(p, "").add_break(WD_BREAK.PAGE)


def signoff_zh(w, organ, date_text, trailing=4):
    empty(w.doc, 2)
    p = w.doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    mk_run(p, organ + "\u3000" * 2)
    p = w.doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    mk_run(p, date_text + "\u3000" * trailing)


def signoff_ug(w, organ, date_text):
    p = w.doc.add_paragraph()
    set_bidi(p)
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=30)
    mk_run(p, organ, UG_FONT, 16, ug=True)
    p = w.doc.add_paragraph()
    set_bidi(p)
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=30)
    mk_run(p, date_text, UG_FONT, 16, ug=True)


def publicity(w, ug_too=True):
    p = w.doc.add_paragraph()
    fmt(p, indent=True)
    mk_run(p, "（此件公开发布）")
    if ug_too:
        w.ug("(بۇ ھۆججەت ئاشكارا ئېلان قىلىنىدۇ)")


# ================================================================ document 1
def doc_kashi():
    doc = new_doc()
    w = Writer(doc)
    w.red_header("喀什地区行政公署办公室文件",
                 "قەشقەر ۋىلايەتلىك مەمۇرىي مەھكىمە ئىشخانىسىنىڭ ھۆججىتى",
                 "喀署办发〔2025〕31号")
    w.title_zh(["喀什地区行政公署办公室关于加快", "中国（新疆）自由贸易试验区喀什片区", "口岸经济发展的通知"])
    w.title_ug("جۇڭگو (شىنجاڭ) ئەركىن سودا سىناق رايونى قەشقەر پارچە رايونىنىڭ پورت ئىقتىسادىنى "
               "تەرەققىي قىلدۇرۇشنى تېزلىتىش توغرىسىدا ئۇقتۇرۇش")
    empty(doc)
    w.zh_plain("各县（市）人民政府，行署各委、办、局，中国（新疆）自由贸易试验区喀什片区管委会，喀什经济开发区管委会：")
    w.ug("ھەرقايسى ناھىيە (شەھەر) خەلق ھۆكۈمەتلىرى، مەھكىمىنىڭ ھەرقايسى كومىتېت، ئىشخانا، ئىدارىلىرى، "
         "جۇڭگو (شىنجاڭ) ئەركىن سودا سىناق رايونى قەشقەر پارچە رايونى باشقۇرۇش كومىتېتى، "
         "قەشقەر ئىقتىسادىي تەرەققىيات رايونى باشقۇرۇش كومىتېتى:", indent=False)

    w.zh("为深入贯彻落实《中国（新疆）自由贸易试验区总体方案》，充分发挥喀什地区“五口通八国、一路连欧亚”的区位优势，"
         "加快推进喀什片区建设丝绸之路经济带核心区南疆支点，经行署同意，现就加快口岸经济发展有关事项通知如下。")
    w.ug("«جۇڭگو (شىنجاڭ) ئەركىن سودا سىناق رايونىنىڭ ئومۇمىي لايىھەسى»نى چوڭقۇر ئىزچىللاشتۇرۇپ ئەمەلىيلەشتۈرۈش، "
         "قەشقەر ۋىلايىتىنىڭ «بەش پورت سەككىز دۆلەتكە تۇتىشىدۇ، بىر يول ياۋرو-ئاسىياغا تۇتىشىدۇ» دىن ئىبارەت "
         "جۇغراپىيىلىك ئەۋزەللىكىنى تولۇق جارى قىلدۇرۇش، قەشقەر پارچە رايونىنى يىپەك يولى ئىقتىسادىي بەلبېغى "
         "يادرولۇق رايونىنىڭ جەنۇبىي شىنجاڭدىكى تايانچ نۇقتىسى قىلىپ قۇرۇشنى تېزلىتىش ئۈچۈن، مەھكىمىنىڭ قوشۇلۇشى "
         "بىلەن، پورت ئىقتىسادىنى تەرەققىي قىلدۇرۇشنى تېزلىتىشكە ئائىت مۇناسىۋەتلىك ئىشلار توغرىسىدا مۇنداق "
         "ئۇقتۇرۇش قىلىنىدۇ.")

    w.zh_heading("一、总体要求")
    w.ug_heading("بىرىنچى، ئومۇمىي تەلەپ")
    w.zh("坚持以共建“一带一路”为统领，以喀什片区为平台，统筹红其拉甫、吐尔尕特、伊尔克什坦、卡拉苏等口岸与喀什综合保税区"
         "联动发展。到2027年，全地区口岸进出口货运量力争达到800万吨，外贸进出口总额突破600亿元，跨境电商交易额年均增长20%以上。")
    w.ug("«بىر بەلباغ، بىر يول»نى ئورتاق بەرپا قىلىشنى يېتەكچى، قەشقەر پارچە رايونىنى سۇپا قىلىپ، خۇنجىراپ، "
         "تورۇغارت، ئىركەشتام، قاراسۇ قاتارلىق پورتلار بىلەن قەشقەر ئۇنىۋېرسال باجدىن ساقلاش رايونىنىڭ ماسلىشىپ "
         "تەرەققىي قىلىشىنى ئومۇمىي جەھەتتىن پىلانلاش كېرەك. 2027-يىلىغىچە پۈتۈن ۋىلايەتتىكى پورتلارنىڭ "
         "ئىمپورت-ئېكسپورت يۈك توشۇش مىقدارىنى 8 مىليون توننىغا يەتكۈزۈش، تاشقى سودا ئىمپورت-ئېكسپورت ئومۇمىي "
         "سوممىسىنى 60 مىليارد يۈەندىن ئاشۇرۇش، چېگرا ھالقىغان ئېلېكترونلۇق سودا سوممىسىنى يىلىغا ئوتتۇرا ھېساب "
         "بىلەن %20 تىن يۇقىرى ئۆستۈرۈشكە تىرىشىش كېرەك.")

    w.zh_heading("二、重点任务")
    w.ug_heading("ئىككىنچى، مۇھىم ۋەزىپىلەر")
    w.zh("推行“提前申报”“两步申报”“抵港直装”等通关模式，口岸整体通关时间较2024年压缩10%以上。对红其拉甫口岸实行冬季闭关"
         "期间应急通关保障机制，确保重点物资“随到随检”。责任单位：喀什海关、地区商务局、各口岸所在县人民政府。",
         runin="（一）提升口岸通关效率。", runin_font=ZH_KAI, runin_bold=False)
    w.ug("«ئالدىن مەلۇم قىلىش»، «ئىككى باسقۇچلۇق مەلۇم قىلىش»، «پورتقا يېتىپ كېلىپلا بىۋاسىتە قاچىلاش» قاتارلىق "
         "بوجى ئۆتكۈزۈش ئەندىزىلىرىنى يولغا قويۇپ، پورتلارنىڭ ئومۇمىي بوجى ئۆتكۈزۈش ۋاقتىنى 2024-يىلىدىكىدىن %10 تىن "
         "ئارتۇق قىسقارتىش. خۇنجىراپ پورتى قىشلىق تاقىلىش مەزگىلىدە جىددىي بوجى ئۆتكۈزۈش كاپالەت مېخانىزمىنى "
         "يولغا قويۇپ، مۇھىم ماتېرىياللارنىڭ «كېلىشى بىلەنلا تەكشۈرۈلۈشى»گە كاپالەتلىك قىلىش. مەسئۇل ئورۇنلار: "
         "قەشقەر تاموژنىسى، ۋىلايەتلىك سودا ئىدارىسى، پورتلار جايلاشقان ناھىيەلىك خەلق ھۆكۈمەتلىرى.",
         runin="(1) پورتتىن بوجى ئۆتكۈزۈش ئۈنۈمىنى ئۆستۈرۈش. ")
    w.zh("支持喀什片区在吐尔尕特、伊尔克什坦口岸建设边民互市贸易区，引导边民合作社规范开展互市贸易，探索互市商品落地加工，"
         "2026年底前培育互市商品落地加工企业不少于15家。",
         runin="（二）发展边民互市贸易。", runin_font=ZH_KAI, runin_bold=False)
    w.ug("قەشقەر پارچە رايونىنىڭ تورۇغارت ۋە ئىركەشتام پورتلىرىدا چېگرا ئاھالىلىرى ئۆز-ئارا سودا رايونى "
         "قۇرۇشىنى قوللاش، چېگرا ئاھالىلىرى ھەمكارلىق كوپېراتىپلىرىنى ئۆز-ئارا سودىنى قېلىپلاشقان ھالدا قانات "
         "يايدۇرۇشقا يېتەكلەش، ئۆز-ئارا سودا تاۋارلىرىنى يەرلىكتە پىششىقلاپ ئىشلەشنى ئىزدىنىش، 2026-يىلىنىڭ "
         "ئاخىرىدىن بۇرۇن ئۆز-ئارا سودا تاۋارلىرىنى يەرلىكتە پىششىقلاپ ئىشلەيدىغان 15 تىن كەم بولمىغان كارخانا "
         "يېتىلدۈرۈش.", runin="(2) چېگرا ئاھالىلىرى ئۆز-ئارا سودىسىنى تەرەققىي قىلدۇرۇش. ")
    w.zh("依托喀什综合保税区开展跨境电商“9610”“9710”“9810”“1210”业务，建设面向中亚、南亚的跨境电商海外仓不少于5个，"
         "对新建海外仓按照实际投资额的10%给予一次性补助，单个最高不超过100万元。",
         runin="（三）壮大跨境电商。", runin_font=ZH_KAI, runin_bold=False)
    w.ug("قەشقەر ئۇنىۋېرسال باجدىن ساقلاش رايونىغا تايىنىپ، چېگرا ھالقىغان ئېلېكترونلۇق سودىنىڭ «9610»، «9710»، "
         "«9810»، «1210» تىجارەتلىرىنى قانات يايدۇرۇش، ئوتتۇرا ئاسىيا ۋە جەنۇبىي ئاسىياغا يۈزلەنگەن چېگرا ھالقىغان "
         "ئېلېكترونلۇق سودا چەتئەل ئامبىرىدىن 5 تىن كەم بولمىغىنىنى قۇرۇش، يېڭىدىن قۇرۇلغان چەتئەل ئامبارلىرىغا "
         "ئەمەلىي مەبلەغ سېلىش سوممىسىنىڭ %10 ى بويىچە بىر قېتىملىق ياردەم پۇلى بېرىش، ھەربىرىگە ئەڭ كۆپ بولغاندا "
         "1 مىليون يۈەندىن ئاشمايدۇ.", runin="(3) چېگرا ھالقىغان ئېلېكترونلۇق سودىنى كۈچەيتىش. ")
    w.zh("落实外商投资准入前国民待遇加负面清单管理制度，对在喀什片区新设立、实际使用外资金额1000万美元以上的外商投资企业，"
         "由属地财政按照实际到位外资的1%给予奖励，单个企业最高不超过500万元。",
         runin="（四）扩大外商投资。", runin_font=ZH_KAI, runin_bold=False)
    w.ug("چەتئەل سودىگەرلىرى مەبلەغ سېلىشتا كىرىشتىن بۇرۇن دۆلەت ئىچى مۇئامىلىسى ۋە سەلبىي تىزىملىك باشقۇرۇش "
         "تۈزۈمىنى ئەمەلىيلەشتۈرۈش، قەشقەر پارچە رايونىدا يېڭىدىن قۇرۇلغان، ئەمەلىي ئىشلەتكەن چەتئەل مەبلىغى 10 "
         "مىليون ئامېرىكا دوللىرىدىن يۇقىرى بولغان چەتئەل مەبلىغىدىكى كارخانىلارغا، تەۋە جايدىكى مالىيە ئەمەلىي "
         "كەلگەن چەتئەل مەبلىغىنىڭ %1 ى بويىچە مۇكاپات بېرىدۇ، ھەر بىر كارخانىغا ئەڭ كۆپ بولغاندا 5 مىليون "
         "يۈەندىن ئاشمايدۇ.", runin="(4) چەتئەل سودىگەرلىرىنىڭ مەبلەغ سېلىشىنى كېڭەيتىش. ")
    w.zh("加快中吉乌铁路配套设施建设，常态化开行喀什—安集延、喀什—塔什干国际货运班列，推动喀什国际陆港与中欧班列集结中心联动。",
         runin="（五）畅通国际物流通道。", runin_font=ZH_KAI, runin_bold=False)
    w.ug("جۇڭگو-قىرغىزىستان-ئۆزبېكىستان تۆمۈر يولىنىڭ ماسلاشتۇرۇش ئەسلىھەلىرى قۇرۇلۇشىنى تېزلىتىش، "
         "قەشقەر-ئەنجان، قەشقەر-تاشكەنت خەلقئارالىق يۈك پويىزلىرىنى نورماللاشقان ھالدا قاتنىتىش، قەشقەر "
         "خەلقئارالىق قۇرۇقلۇق پورتى بىلەن جۇڭگو-ياۋروپا قاتناش پويىزى توپلىنىش مەركىزىنىڭ ماسلىشىشىنى ئىلگىرى "
         "سۈرۈش.", runin="(5) خەلقئارالىق لوگىستىكا يولىنى راۋانلاشتۇرۇش. ")

    w.zh_heading("三、支持政策")
    w.ug_heading("ئۈچىنچى، قوللاش سىياسەتلىرى")
    w.zh("对符合条件的企业和项目，按照下表给予支持（同一项目不重复享受地区级同类政策）：")
    w.ug("شەرتكە ئۇيغۇن كېلىدىغان كارخانا ۋە تۈرلەرگە تۆۋەندىكى جەدۋەل بويىچە قوللاش بېرىلىدۇ (ئوخشاش بىر تۈر "
         "ۋىلايەت دەرىجىلىك ئوخشاش تۈردىكى سىياسەتتىن تەكرار بەھرىمەن بولمايدۇ):")
    widths = [Cm(1.6), Cm(3.8), Cm(6.0), Cm(4.0)]
    w.table(["序号", "支持事项", "支持标准", "责任单位"], [
        ["1", "跨境电商海外仓", "按实际投资额10%一次性补助，最高100万元", "地区商务局"],
        ["2", "互市商品落地加工", "年加工互市商品货值超过5000万元的，奖励50万元", "地区商务局、地区工业和信息化局"],
        ["3", "国际货运班列", "每开行一列补助2万元", "地区发展和改革委员会"],
        ["4", "外资企业落户", "按实际到位外资1%奖励，最高500万元", "地区财政局、喀什片区管委会"],
    ], widths=widths)
    empty(doc, 1, line=14)
    w.table(["تەرتىپ نومۇرى", "قوللاش تۈرى", "قوللاش ئۆلچىمى", "مەسئۇل ئورۇن"], [
        ["1", "چېگرا ھالقىغان ئېلېكترونلۇق سودا چەتئەل ئامبىرى",
         "ئەمەلىي مەبلەغ سېلىش سوممىسىنىڭ %10 ى بويىچە بىر قېتىملىق ياردەم، ئەڭ كۆپ بولغاندا 1 مىليون يۈەن",
         "ۋىلايەتلىك سودا ئىدارىسى"],
        ["2", "ئۆز-ئارا سودا تاۋارلىرىنى يەرلىكتە پىششىقلاپ ئىشلەش",
         "يىللىق پىششىقلاپ ئىشلىگەن ئۆز-ئارا سودا تاۋارلىرىنىڭ قىممىتى 50 مىليون يۈەندىن ئاشقانلارغا 500 مىڭ يۈەن مۇكاپات",
         "ۋىلايەتلىك سودا ئىدارىسى، ۋىلايەتلىك سانائەت ۋە ئۇچۇرلاشتۇرۇش ئىدارىسى"],
        ["3", "خەلقئارالىق يۈك پويىزى", "ھەر بىر قېتىم قاتناتقان پويىزغا 20 مىڭ يۈەن ياردەم",
         "ۋىلايەتلىك تەرەققىيات ۋە ئىسلاھات كومىتېتى"],
        ["4", "چەتئەل مەبلىغىدىكى كارخانىلارنىڭ ئورۇنلىشىشى",
         "ئەمەلىي كەلگەن چەتئەل مەبلىغىنىڭ %1 ى بويىچە مۇكاپات، ئەڭ كۆپ بولغاندا 5 مىليون يۈەن",
         "ۋىلايەتلىك مالىيە ئىدارىسى، قەشقەر پارچە رايونى باشقۇرۇش كومىتېتى"],
    ], ug=True, widths=widths)
    empty(doc, 1, line=14)

    w.zh_heading("四、保障措施")
    w.ug_heading("تۆتىنچى، كاپالەت تەدبىرلىرى")
    w.zh("成立由行署分管领导任组长的喀什地区口岸经济发展工作专班，专班办公室设在地区商务局，负责统筹协调、督促落实。",
         runin="（一）加强组织领导。", runin_font=ZH_KAI, runin_bold=False)
    w.ug("مەھكىمىنىڭ مەسئۇل رەھبىرى گۇرۇپپا باشلىقى بولغان قەشقەر ۋىلايىتى پورت ئىقتىسادىنى تەرەققىي قىلدۇرۇش "
         "خىزمەت مەخسۇس گۇرۇپپىسى قۇرۇلىدۇ، مەخسۇس گۇرۇپپا ئىشخانىسى ۋىلايەتلىك سودا ئىدارىسىغا تەسىس قىلىنىپ، "
         "ئومۇمىي پىلانلاش، ماسلاشتۇرۇش ۋە ئەمەلىيلەشتۈرۈشكە نازارەتچىلىك قىلىشقا مەسئۇل بولىدۇ.",
         runin="(1) تەشكىلىي رەھبەرلىكنى كۈچەيتىش. ")
    w.zh("各县（市）要将口岸经济项目纳入重点项目库，优先保障用地、用能指标。",
         runin="（二）强化要素保障。", runin_font=ZH_KAI, runin_bold=False)
    w.ug("ھەرقايسى ناھىيە (شەھەر)لەر پورت ئىقتىسادى تۈرلىرىنى مۇھىم تۈرلەر ئامبىرىغا كىرگۈزۈپ، يەر ئىشلىتىش ۋە "
         "ئېنېرگىيە ئىشلىتىش كۆرسەتكۈچلىرىگە ئالدى بىلەن كاپالەتلىك قىلىشى كېرەك.",
         runin="(2) ئامىل كاپالىتىنى كۈچەيتىش. ")
    w.zh("专班办公室每季度通报工作进展，年底将落实情况纳入各县（市）绩效考核。各县（市）、各有关部门于每季度末月25日前"
         "将工作进展报送地区商务局。",
         runin="（三）严格督查考核。", runin_font=ZH_KAI, runin_bold=False)
    w.ug("مەخسۇس گۇرۇپپا ئىشخانىسى ھەر پەسىلدە خىزمەت ئىلگىرىلەشىنى ئۇقتۇرىدۇ، يىل ئاخىرىدا ئەمەلىيلەشتۈرۈش "
         "ئەھۋالىنى ھەرقايسى ناھىيە (شەھەر)لەرنىڭ ئىش ئۈنۈمىنى باھالاشقا كىرگۈزىدۇ. ھەرقايسى ناھىيە (شەھەر)لەر ۋە "
         "مۇناسىۋەتلىك تارماقلار ھەر پەسىلنىڭ ئاخىرقى ئېيىنىڭ 25-كۈنىدىن بۇرۇن خىزمەت ئىلگىرىلەشىنى ۋىلايەتلىك "
         "سودا ئىدارىسىغا يوللىشى كېرەك.", runin="(3) نازارەت-تەكشۈرۈش ۋە باھالاشنى قاتتىق قىلىش. ")

    w.zh("本通知自2025年10月1日起施行，有效期至2027年12月31日。")
    w.ug("بۇ ئۇقتۇرۇش 2025-يىلى 1-ئۆكتەبىردىن باشلاپ ئىجرا قىلىنىدۇ، ئىناۋەتلىك مۇددىتى 2027-يىلى 31-دېكابىرغىچە.")
    w.zh("联系人：阿依古丽·买买提（地区商务局对外贸易科），联系电话：0998-2821356。")
    w.ug("ئالاقىلاشقۇچى: ئايگۈل مامۇت (ۋىلايەتلىك سودا ئىدارىسى تاشقى سودا بۆلۈمى)، ئالاقە تېلېفونى: 0998-2821356.")

    signoff_zh(w, "喀什地区行政公署办公室", "2025年9月16日", trailing=5)
    signoff_ug(w, "قەشقەر ۋىلايەتلىك مەمۇرىي مەھكىمە ئىشخانىسى", "2025-يىلى 16-سېنتەبىر")
    publicity(w)
    w.banji("抄送：地委办公室，地区人大工委办公室，地区政协工委办公室，喀什海关。",
            "喀什地区行政公署办公室", "2025年9月18日印发")

    meta = {
        "title": "喀什地区行政公署办公室关于加快中国（新疆）自由贸易试验区喀什片区口岸经济发展的通知",
        "doc_number": "喀署办发〔2025〕31号",
        "issuer": ["喀什地区行政公署办公室"],
        "date": "2025-09-16",
        "published": None,
        "level": "municipal",
        "region": "喀什地区",
        "effective": "2025-10-01",
        "expires": "2027-12-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各县（市）人民政府", "行署各委、办、局", "中国（新疆）自由贸易试验区喀什片区管委会",
                       "喀什经济开发区管委会"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": w.clauses}]


# ================================================================ document 2
BANFA_ZH = [
    ("第一章　总则", [
        "第一条　为规范边民互市贸易秩序，促进边境地区经济发展和边民增收，推动中国（新疆）自由贸易试验区霍尔果斯片区高质量建设，"
        "根据《中华人民共和国海关法》《边民互市贸易管理办法》等有关规定，结合本市实际，制定本办法。",
        "第二条　本办法适用于本市行政区域内边民互市贸易区（点）开展的边民互市贸易及相关管理活动。",
        "第三条　本办法所称边民，是指持有边境地区居民身份证明的中国公民；所称互市商品，是指边民通过互市贸易方式进口、"
        "用于生活生产的商品。",
        "第四条　市商务局是本市边民互市贸易的主管部门，负责互市贸易区（点）的规划建设、边民备案和统计监测工作。霍尔果斯海关"
        "依法对互市商品实施监管，市财政、市场监管、公安、税务等部门按照各自职责做好相关工作。",
    ]),
    ("第二章　边民备案与合作社管理", [
        "第五条　边民参与互市贸易实行备案管理。边民应当持本人居民身份证、户口簿等材料到所在乡（镇）人民政府申请备案，"
        "经市商务局审核后纳入边民互市贸易管理系统。",
        "第六条　鼓励边民自愿组建或者加入边民互市贸易合作社。合作社应当依法登记，建立成员名册和交易台账，不得代替边民申报"
        "或者以边民名义从事非互市贸易经营活动。",
        "第七条　合作社、边民与落地加工企业开展交易的，应当签订书面购销合同，如实记录交易信息，确保资金流、货物流、信息流一致。",
    ]),
    ("第三章　交易与通关", [
        "第八条　边民通过互市贸易进口的生活用品，每人每日价值在人民币8000元以下的，免征进口关税和进口环节税；超过8000元的，"
        "对超出部分按照规定征收进口关税和进口环节税。",
        "第九条　互市商品实行清单管理。列入《边民互市贸易进口商品不予免税清单》的商品，不享受免税政策。",
        "第十条　边民应当通过边民互市贸易管理系统如实申报，一日内多次申报的金额合并计算。",
        "第十一条　互市商品进入互市贸易区后，海关实行“一次申报、分批查验、集中放行”的监管方式；对鲜活农产品等时效性强的商品"
        "开辟绿色通道，实行优先查验。",
    ]),
    ("第四章　落地加工与市场拓展", [
        "第十二条　支持互市商品在本市及中国（新疆）自由贸易试验区霍尔果斯片区内落地加工。落地加工企业使用互市商品作为原料的，"
        "应当按照规定办理相关手续。",
        "第十三条　对年采购互市商品货值3000万元以上、带动边民就业50人以上的落地加工企业，市财政按照采购额的1%给予奖励，"
        "单个企业年度奖励最高不超过200万元。",
        "第十四条　支持合作社和落地加工企业依托中欧班列、跨境电商等渠道拓展国内外市场，鼓励在霍尔果斯综合保税区设立分拨中心。",
        "第十五条　市商务局会同有关部门建立互市商品质量追溯体系，实现互市商品“来源可查、去向可追、责任可究”。",
    ]),
    ("第五章　监督管理与法律责任", [
        "第十六条　市商务局、霍尔果斯海关等部门建立信息共享和联合执法机制，定期开展互市贸易秩序专项检查。",
        "第十七条　边民有下列情形之一的，由市商务局暂停其备案资格6个月；情节严重的，取消其备案资格：",
        "（一）出借、出租本人身份证件用于互市贸易的；",
        "（二）虚假申报交易金额或者商品品名的；",
        "（三）将免税进口的互市商品直接转售牟利、未按规定进入落地加工环节的。",
        "第十八条　合作社违反本办法第六条规定的，由市商务局责令限期改正；逾期不改正的，暂停其参与互市贸易资格。",
        "第十九条　违反海关监管规定的，由海关依法处理；构成犯罪的，依法追究刑事责任。",
        "第二十条　有关部门工作人员在边民互市贸易管理中滥用职权、玩忽职守、徇私舞弊的，依法依规给予处分。",
    ]),
    ("第六章　附则", [
        "第二十一条　本办法由市商务局负责解释。",
        "第二十二条　本办法自2026年1月1日起施行，有效期至2030年12月31日。2021年印发的《霍尔果斯市边民互市贸易管理暂行办法》"
        "（霍市政发〔2021〕35号）同时废止。",
    ]),
]

BANFA_UG = [
    ("1-باب ئومۇمىي پرىنسىپلار", [
        "1-ماددا چېگرا ئاھالىلىرى ئۆز-ئارا سودا تەرتىپىنى قېلىپلاشتۇرۇش، چېگرا رايونلىرىنىڭ ئىقتىسادىي تەرەققىياتى ۋە چېگرا "
        "ئاھالىلىرىنىڭ كىرىمىنى ئاشۇرۇشنى ئىلگىرى سۈرۈش، جۇڭگو (شىنجاڭ) ئەركىن سودا سىناق رايونى قورغاس پارچە رايونىنى "
        "يۇقىرى سۈپەتتە قۇرۇشنى ئالغا سىلجىتىش ئۈچۈن، «جۇڭخۇا خەلق جۇمھۇرىيىتىنىڭ تاموژنا قانۇنى»، «چېگرا ئاھالىلىرى "
        "ئۆز-ئارا سودىسىنى باشقۇرۇش چارىسى» قاتارلىق مۇناسىۋەتلىك بەلگىلىمىلەرگە ئاساسەن، شەھىرىمىزنىڭ ئەمەلىيىتىگە "
        "بىرلەشتۈرۈپ، بۇ چارە تۈزۈلدى.",
        "2-ماددا بۇ چارە شەھىرىمىزنىڭ مەمۇرىي رايونى ئىچىدىكى چېگرا ئاھالىلىرى ئۆز-ئارا سودا رايونى (نۇقتىسى)دا ئېلىپ "
        "بېرىلىدىغان چېگرا ئاھالىلىرى ئۆز-ئارا سودىسى ۋە مۇناسىۋەتلىك باشقۇرۇش پائالىيەتلىرىگە تەتبىقلىنىدۇ.",
        "3-ماددا بۇ چارىدە دېيىلگەن چېگرا ئاھالىلىرى چېگرا رايونىدا تۇرۇشلۇق ئاھالە ئىكەنلىك ئىسپاتىغا ئىگە جۇڭگو "
        "پۇقرالىرىنى كۆرسىتىدۇ؛ ئۆز-ئارا سودا تاۋارلىرى چېگرا ئاھالىلىرى ئۆز-ئارا سودا ئۇسۇلى ئارقىلىق ئىمپورت قىلغان، "
        "تۇرمۇش ۋە ئىشلەپچىقىرىشقا ئىشلىتىلىدىغان تاۋارلارنى كۆرسىتىدۇ.",
        "4-ماددا شەھەرلىك سودا ئىدارىسى شەھىرىمىزنىڭ چېگرا ئاھالىلىرى ئۆز-ئارا سودىسىنىڭ باشقۇرغۇچى تارمىقى بولۇپ، "
        "ئۆز-ئارا سودا رايونى (نۇقتىسى)نى پىلانلاش ۋە قۇرۇش، چېگرا ئاھالىلىرىنى خاتىرىلەش ۋە ستاتىستىكىلىق كۆزىتىش "
        "خىزمىتىگە مەسئۇل بولىدۇ. قورغاس تاموژنىسى قانۇن بويىچە ئۆز-ئارا سودا تاۋارلىرىنى نازارەت قىلىپ باشقۇرىدۇ، "
        "شەھەرلىك مالىيە، بازار نازارەت قىلىپ باشقۇرۇش، جامائەت خەۋپسىزلىكى، باج قاتارلىق تارماقلار ئۆز مەسئۇلىيىتى "
        "بويىچە مۇناسىۋەتلىك خىزمەتلەرنى ياخشى ئىشلەيدۇ.",
    ]),
    ("2-باب چېگرا ئاھالىلىرىنى خاتىرىلەش ۋە ھەمكارلىق كوپېراتىپلىرىنى باشقۇرۇش", [
        "5-ماددا چېگرا ئاھالىلىرىنىڭ ئۆز-ئارا سودىغا قاتنىشىشىدا خاتىرىلەش باشقۇرۇشى يولغا قويۇلىدۇ. چېگرا ئاھالىلىرى "
        "ئۆزىنىڭ كىملىك كىنىشكىسى، نوپۇس دەپتىرى قاتارلىق ماتېرىياللارنى ئېلىپ تۇرۇشلۇق يېزا (بازار) خەلق ھۆكۈمىتىگە "
        "بېرىپ خاتىرىلىتىشنى ئىلتىماس قىلىدۇ، شەھەرلىك سودا ئىدارىسى تەستىقلىغاندىن كېيىن چېگرا ئاھالىلىرى ئۆز-ئارا "
        "سودىسىنى باشقۇرۇش سىستېمىسىغا كىرگۈزۈلىدۇ.",
        "6-ماددا چېگرا ئاھالىلىرىنىڭ ئۆز ئىختىيارلىقى بىلەن چېگرا ئاھالىلىرى ئۆز-ئارا سودا ھەمكارلىق كوپېراتىپى قۇرۇشى "
        "ياكى ئۇنىڭغا قاتنىشىشى ئىلھاملاندۇرۇلىدۇ. ھەمكارلىق كوپېراتىپى قانۇن بويىچە تىزىملىتىشى، ئەزالار تىزىملىكى ۋە "
        "سودا ھېساب دەپتىرى تۇرغۇزۇشى كېرەك، چېگرا ئاھالىلىرىنىڭ ئورنىدا مەلۇم قىلىشقا ياكى چېگرا ئاھالىلىرىنىڭ "
        "نامىدا ئۆز-ئارا سودا بولمىغان تىجارەت پائالىيىتى بىلەن شۇغۇللىنىشقا بولمايدۇ.",
        "7-ماددا ھەمكارلىق كوپېراتىپلىرى، چېگرا ئاھالىلىرى يەرلىكتە پىششىقلاپ ئىشلەيدىغان كارخانىلار بىلەن سودا "
        "قىلغاندا، يازما سېتىۋېلىش-سېتىش توختامى تۈزۈشى، سودا ئۇچۇرلىرىنى راست خاتىرىلىشى، مەبلەغ ئېقىمى، تاۋار "
        "ئېقىمى ۋە ئۇچۇر ئېقىمىنىڭ بىردەك بولۇشىغا كاپالەتلىك قىلىشى كېرەك.",
    ]),
    ("3-باب سودا ۋە بوجى ئۆتكۈزۈش", [
        "8-ماددا چېگرا ئاھالىلىرى ئۆز-ئارا سودا ئارقىلىق ئىمپورت قىلغان تۇرمۇش بۇيۇملىرىنىڭ قىممىتى ھەر كىشىگە ھەر "
        "كۈنى 8000 يۈەندىن تۆۋەن بولسا، ئىمپورت تاموژنا بېجى ۋە ئىمپورت ھالقىسى بېجىدىن كەچۈرۈم قىلىنىدۇ؛ 8000 "
        "يۈەندىن ئاشقانلىرىنىڭ ئاشقان قىسمىدىن بەلگىلىمە بويىچە ئىمپورت تاموژنا بېجى ۋە ئىمپورت ھالقىسى بېجى ئېلىنىدۇ.",
        "9-ماددا ئۆز-ئارا سودا تاۋارلىرىغا تىزىملىك بويىچە باشقۇرۇش يولغا قويۇلىدۇ. «چېگرا ئاھالىلىرى ئۆز-ئارا "
        "سودىسىدا ئىمپورت قىلىنغان باجدىن كەچۈرۈم قىلىنمايدىغان تاۋارلار تىزىملىكى»گە كىرگۈزۈلگەن تاۋارلار باجدىن "
        "كەچۈرۈم قىلىش سىياسىتىدىن بەھرىمەن بولالمايدۇ.",
        "10-ماددا چېگرا ئاھالىلىرى چېگرا ئاھالىلىرى ئۆز-ئارا سودىسىنى باشقۇرۇش سىستېمىسى ئارقىلىق راست مەلۇم قىلىشى "
        "كېرەك، بىر كۈن ئىچىدە كۆپ قېتىم مەلۇم قىلغان سوممىلار قوشۇپ ھېسابلىنىدۇ.",
        "11-ماددا ئۆز-ئارا سودا تاۋارلىرى ئۆز-ئارا سودا رايونىغا كىرگەندىن كېيىن، تاموژنا «بىر قېتىم مەلۇم قىلىش، "
        "تۈركۈملەپ تەكشۈرۈش، مەركەزلىك قويۇپ بېرىش» نازارەت قىلىپ باشقۇرۇش ئۇسۇلىنى يولغا قويىدۇ؛ يېڭى ۋە ھايات "
        "يېزا ئىگىلىك مەھسۇلاتلىرى قاتارلىق ۋاقىتچانلىقى كۈچلۈك تاۋارلار ئۈچۈن يېشىل يول ئېچىپ، ئالدى بىلەن تەكشۈرۈش "
        "يولغا قويۇلىدۇ.",
    ]),
    ("4-باب يەرلىكتە پىششىقلاپ ئىشلەش ۋە بازار ئېچىش", [
        "12-ماددا ئۆز-ئارا سودا تاۋارلىرىنىڭ شەھىرىمىز ۋە جۇڭگو (شىنجاڭ) ئەركىن سودا سىناق رايونى قورغاس پارچە "
        "رايونى ئىچىدە يەرلىكتە پىششىقلاپ ئىشلىنىشى قوللىنىدۇ. يەرلىكتە پىششىقلاپ ئىشلەيدىغان كارخانىلار ئۆز-ئارا "
        "سودا تاۋارلىرىنى خام ئەشيا قىلىپ ئىشلەتكەندە، بەلگىلىمە بويىچە مۇناسىۋەتلىك رەسمىيەتلەرنى بېجىرىشى كېرەك.",
        "13-ماددا يىللىق سېتىۋالغان ئۆز-ئارا سودا تاۋارلىرىنىڭ قىممىتى 30 مىليون يۈەندىن يۇقىرى بولغان، 50 تىن ئارتۇق "
        "چېگرا ئاھالىسىنىڭ ئىشقا ئورۇنلىشىشىغا تۈرتكە بولغان يەرلىكتە پىششىقلاپ ئىشلەيدىغان كارخانىلارغا شەھەرلىك "
        "مالىيە سېتىۋېلىش سوممىسىنىڭ %1 ى بويىچە مۇكاپات بېرىدۇ، ھەر بىر كارخانىغا بېرىلىدىغان يىللىق مۇكاپات ئەڭ "
        "كۆپ بولغاندا 2 مىليون يۈەندىن ئاشمايدۇ.",
        "14-ماددا ھەمكارلىق كوپېراتىپلىرى ۋە يەرلىكتە پىششىقلاپ ئىشلەيدىغان كارخانىلارنىڭ جۇڭگو-ياۋروپا قاتناش "
        "پويىزى، چېگرا ھالقىغان ئېلېكترونلۇق سودا قاتارلىق يوللارغا تايىنىپ دۆلەت ئىچى ۋە سىرتىدىكى بازارلارنى "
        "كېڭەيتىشى قوللىنىدۇ، قورغاس ئۇنىۋېرسال باجدىن ساقلاش رايونىدا تارقىتىش مەركىزى قۇرۇش ئىلھاملاندۇرۇلىدۇ.",
        "15-ماددا شەھەرلىك سودا ئىدارىسى مۇناسىۋەتلىك تارماقلار بىلەن بىرلىكتە ئۆز-ئارا سودا تاۋارلىرىنىڭ سۈپىتىنى "
        "ئىز قوغلاپ تەكشۈرۈش سىستېمىسىنى بەرپا قىلىپ، ئۆز-ئارا سودا تاۋارلىرىنىڭ «مەنبەسىنى تەكشۈرگىلى، بارىدىغان "
        "يېرىنى ئىز قوغلىغىلى، مەسئۇلىيىتىنى سۈرۈشتۈرگىلى بولىدىغان» بولۇشىنى ئەمەلگە ئاشۇرىدۇ.",
    ]),
    ("5-باب نازارەت قىلىپ باشقۇرۇش ۋە قانۇنىي جاۋابكارلىق", [
        "16-ماددا شەھەرلىك سودا ئىدارىسى، قورغاس تاموژنىسى قاتارلىق تارماقلار ئۇچۇر ئورتاق بەھرىلىنىش ۋە بىرلەشمە "
        "قانۇن ئىجرا قىلىش مېخانىزمى ئورنىتىپ، ئۆز-ئارا سودا تەرتىپى ئۈستىدىن قەرەللىك ھالدا مەخسۇس تەكشۈرۈش ئېلىپ "
        "بارىدۇ.",
        "17-ماددا چېگرا ئاھالىلىرىدا تۆۋەندىكى ئەھۋاللارنىڭ بىرى كۆرۈلسە، شەھەرلىك سودا ئىدارىسى ئۇلارنىڭ خاتىرىلىنىش "
        "سالاھىيىتىنى 6 ئاي توختىتىدۇ؛ ئەھۋالى ئېغىر بولسا، خاتىرىلىنىش سالاھىيىتى بىكار قىلىنىدۇ:",
        "(1) ئۆزىنىڭ كىملىك كىنىشكىسىنى ئۆز-ئارا سودىغا ئىشلىتىش ئۈچۈن ئارىيەتكە بەرگەن، ئىجارىگە بەرگەنلەر؛",
        "(2) سودا سوممىسى ياكى تاۋار نامىنى يالغان مەلۇم قىلغانلار؛",
        "(3) باجدىن كەچۈرۈم قىلىنىپ ئىمپورت قىلىنغان ئۆز-ئارا سودا تاۋارلىرىنى بىۋاسىتە قايتا سېتىپ پايدا ئالغان، "
        "بەلگىلىمە بويىچە يەرلىكتە پىششىقلاپ ئىشلەش ھالقىسىغا كىرگۈزمىگەنلەر.",
        "18-ماددا ھەمكارلىق كوپېراتىپلىرى بۇ چارىنىڭ 6-ماددىسىدىكى بەلگىلىمىگە خىلاپلىق قىلسا، شەھەرلىك سودا "
        "ئىدارىسى مۇددەت بېكىتىپ تۈزىتىشكە بۇيرۇيدۇ؛ مۇددىتى ئۆتۈپ كەتكۈچە تۈزەتمىسە، ئۆز-ئارا سودىغا قاتنىشىش "
        "سالاھىيىتى توختىتىلىدۇ.",
        "19-ماددا تاموژنىنىڭ نازارەت قىلىپ باشقۇرۇش بەلگىلىمىلىرىگە خىلاپلىق قىلغانلارنى تاموژنا قانۇن بويىچە بىر "
        "تەرەپ قىلىدۇ؛ جىنايەت شەكىللەنگەنلىرىنىڭ قانۇن بويىچە جىنايى جاۋابكارلىقى سۈرۈشتۈرۈلىدۇ.",
        "20-ماددا مۇناسىۋەتلىك تارماقلارنىڭ خادىملىرى چېگرا ئاھالىلىرى ئۆز-ئارا سودىسىنى باشقۇرۇشتا ھوقۇقىنى "
        "سۇيىئىستېمال قىلسا، ۋەزىپىسىگە سەل قارىسا، شەخسىيەتچىلىك قىلىپ ھىيلە-مىكىر ئىشلەتسە، قانۇن ۋە بەلگىلىمە "
        "بويىچە جازا بېرىلىدۇ.",
    ]),
    ("6-باب قوشۇمچە پرىنسىپلار", [
        "21-ماددا بۇ چارىگە شەھەرلىك سودا ئىدارىسى چۈشەنچە بېرىشكە مەسئۇل.",
        "22-ماددا بۇ چارە 2026-يىلى 1-يانۋاردىن باشلاپ ئىجرا قىلىنىدۇ، ئىناۋەتلىك مۇددىتى 2030-يىلى 31-دېكابىرغىچە. "
        "2021-يىلى تارقىتىلغان «قورغاس شەھىرىنىڭ چېگرا ئاھالىلىرى ئۆز-ئارا سودىسىنى باشقۇرۇش ۋاقىتلىق چارىسى» "
        "(霍市政发〔2021〕35号) بىرلا ۋاقىتتا ئەمەلدىن قالدۇرۇلىدۇ.",
    ]),
]


def doc_huoerguosi():
    doc = new_doc()
    w = Writer(doc)
    w.red_header("霍尔果斯市人民政府文件", "قورغاس شەھەرلىك خەلق ھۆكۈمىتىنىڭ ھۆججىتى", "霍市政发〔2025〕27号")

    # ---------------- Uyghur version first
    w.title_ug("قورغاس شەھەرلىك خەلق ھۆكۈمىتىنىڭ «قورغاس شەھىرىنىڭ چېگرا ئاھالىلىرى ئۆز-ئارا سودىسىنى باشقۇرۇش "
               "چارىسى»نى تارقىتىش توغرىسىدىكى ئۇقتۇرۇشى")
    empty(doc)
    w.ug("ھەرقايسى يېزا (بازار) خەلق ھۆكۈمەتلىرى، شەھەر قارمىقىدىكى ھەرقايسى تارماقلار، جۇڭگو-قازاقىستان قورغاس "
         "خەلقئارا چېگرا ھەمكارلىق مەركىزى باشقۇرۇش كومىتېتى، جۇڭگو (شىنجاڭ) ئەركىن سودا سىناق رايونى قورغاس "
         "پارچە رايونى باشقۇرۇش كومىتېتى:", indent=False)
    w.ug("«قورغاس شەھىرىنىڭ چېگرا ئاھالىلىرى ئۆز-ئارا سودىسىنى باشقۇرۇش چارىسى» شەھەرلىك خەلق ھۆكۈمىتىنىڭ "
         "32-قېتىملىق دائىمىي يىغىنىدا مۇزاكىرە قىلىنىپ ماقۇللاندى، ھازىر سىلەرگە تارقىتىپ بېرىلدى، ئەمەلىيەتكە "
         "بىرلەشتۈرۈپ ئەستايىدىل ئىزچىللاشتۇرۇپ ئىجرا قىلىڭلار.")
    empty(doc)
    signoff_ug(w, "قورغاس شەھەرلىك خەلق ھۆكۈمىتى", "2025-يىلى 20-نويابىر")
    w.ug("(بۇ ھۆججەت ئاشكارا ئېلان قىلىنىدۇ)")
    empty(doc, 2)
    w.title_ug("قورغاس شەھىرىنىڭ چېگرا ئاھالىلىرى ئۆز-ئارا سودىسىنى باشقۇرۇش چارىسى")
    empty(doc)
    for chap, arts in BANFA_UG:
        p = w.ug(chap, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
        for a in arts:
            w.ug(a)

    w.page_break()

    # ---------------- Chinese version
    w.title_zh(["霍尔果斯市人民政府关于印发", "《霍尔果斯市边民互市贸易管理办法》的通知"])
    empty(doc)
    w.zh_plain("各乡（镇）人民政府，市直各部门，中哈霍尔果斯国际边境合作中心管委会，中国（新疆）自由贸易试验区霍尔果斯片区管委会：")
    w.zh("《霍尔果斯市边民互市贸易管理办法》已经市人民政府第32次常务会议审议通过，现印发给你们，请结合实际认真贯彻执行。")
    notice_clauses = list(w.clauses)
    w.clauses = []
    signoff_zh(w, "霍尔果斯市人民政府", "2025年11月20日", trailing=3)
    publicity(w, ug_too=False)

    w.page_break()
    w.title_zh(["霍尔果斯市边民互市贸易管理办法"])
    empty(doc)
    for chap, arts in BANFA_ZH:
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        mk_run(p, chap, ZH_HEI, 16)
        for a in arts:
            if a.startswith("第") and "　" in a[:7]:
                head, rest = a.split("　", 1)
                w.zh(rest, runin=head + "　", runin_font=ZH_HEI, runin_bold=False)
            else:
                w.zh(a)
    banfa_clauses = list(w.clauses)

    w.banji("抄送：伊犁哈萨克自治州人民政府办公室，市委各部门，市人大常委会办公室，市政协办公室，霍尔果斯海关。",
            "霍尔果斯市人民政府办公室", "2025年11月21日印发")

    common = {"published": None, "level": "county", "region": "霍尔果斯市"}
    notice = {
        "title": "霍尔果斯市人民政府关于印发《霍尔果斯市边民互市贸易管理办法》的通知",
        "doc_number": "霍市政发〔2025〕27号",
        "issuer": ["霍尔果斯市人民政府"],
        "date": "2025-11-20",
        "published": None,
        "level": "county",
        "region": "霍尔果斯市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各乡（镇）人民政府", "市直各部门", "中哈霍尔果斯国际边境合作中心管委会",
                       "中国（新疆）自由贸易试验区霍尔果斯片区管委会"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    banfa = {
        "title": "霍尔果斯市边民互市贸易管理办法",
        "doc_number": None,
        "issuer": ["霍尔果斯市人民政府"],
        "date": "2025-11-20",
        "published": None,
        "level": "county",
        "region": "霍尔果斯市",
        "effective": "2026-01-01",
        "expires": "2030-12-31",
        "attachments": [],
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": "《霍尔果斯市边民互市贸易管理暂行办法》（霍市政发〔2021〕35号）",
    }
    del common
    return doc, [{"meta": notice, "clauses": notice_clauses}, {"meta": banfa, "clauses": banfa_clauses}]


# ================================================================ document 3
def add_decimal_numbering(doc):
    numbering = doc.part.numbering_part.element
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), "61")
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    pPr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    pPr.append(ind)
    lvl.append(pPr)
    rPr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), ZH_BODY)
    rPr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rPr.append(sz)
    lvl.append(rPr)
    an.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "61")
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), "61")
    num.append(ani)
    numbering.append(num)
    return 61


def doc_xinjiang():
    doc = new_doc()
    w = Writer(doc)
    num_id = add_decimal_numbering(doc)

    empty(doc, 1)
    p = doc.add_paragraph()
    set_bidi(p)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=14, line=26)
    mk_run(p, "شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق سودا نازارىتى  ئۈرۈمچى تاموژنىسى  "
              "شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق قاتناش-تىرانسپورت نازارىتى ھۆججىتى", UG_TITLE, 14, bold=True,
           color=RED, ug=True)
    # joint red header laid out with a borderless table
    t = doc.add_table(rows=1, cols=2)
    no_table_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for gc, wd in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), (Cm(11.8), Cm(3.8))):
        gc.set(qn("w:w"), str(int(wd.twips)))
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.width, right.width = Cm(11.8), Cm(3.8)
    names = ["新疆维吾尔自治区商务厅", "乌鲁木齐海关", "新疆维吾尔自治区交通运输厅"]
    for i, n in enumerate(names):
        cp = left.paragraphs[0] if i == 0 else left.add_paragraph()
        fmt(cp, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=False, size=24, line=38)
        mk_run(cp, n, ZH_TITLE, 24, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    rp = right.paragraphs[0]
    fmt(rp, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=36, line=60)
    mk_run(rp, "文件", ZH_TITLE, 36, color=RED)
    empty(doc, 1)
    w.doc_no_line("新商务发〔2026〕9号")

    w.title_zh(["关于促进中欧班列和口岸跨境物流", "高质量发展的通知"])
    w.title_ug("جۇڭگو-ياۋروپا قاتناش پويىزى ۋە پورتلارنىڭ چېگرا ھالقىغان لوگىستىكىسىنىڭ يۇقىرى سۈپەتلىك "
               "تەرەققىياتىنى ئىلگىرى سۈرۈش توغرىسىدا ئۇقتۇرۇش")
    empty(doc)
    w.zh_plain("各地（州、市）商务主管部门，各地（州、市）交通运输局，乌鲁木齐海关各隶属海关，中国（新疆）自由贸易试验区各片区管委会：")
    w.ug("ھەرقايسى ۋىلايەت (ئوبلاست، شەھەر)لىك سودا باشقۇرغۇچى تارماقلار، ھەرقايسى ۋىلايەت (ئوبلاست، شەھەر)لىك "
         "قاتناش-تىرانسپورت ئىدارىلىرى، ئۈرۈمچى تاموژنىسىغا قاراشلىق ھەرقايسى تاموژنىلار، جۇڭگو (شىنجاڭ) ئەركىن "
         "سودا سىناق رايونىنىڭ ھەرقايسى پارچە رايونلىرى باشقۇرۇش كومىتېتلىرى:", indent=False)

    w.zh("为贯彻落实国家关于推进中欧班列高质量发展和共建“一带一路”的决策部署，发挥中国（新疆）自由贸易试验区制度创新优势，"
         "提升霍尔果斯、阿拉山口、喀什等口岸跨境物流能力，现就有关事项通知如下：")
    w.ug("دۆلەتنىڭ جۇڭگو-ياۋروپا قاتناش پويىزىنىڭ يۇقىرى سۈپەتلىك تەرەققىياتىنى ئىلگىرى سۈرۈش ۋە «بىر بەلباغ، "
         "بىر يول»نى ئورتاق بەرپا قىلىش توغرىسىدىكى قارار ۋە ئورۇنلاشتۇرۇشلىرىنى ئەمەلىيلەشتۈرۈش، جۇڭگو (شىنجاڭ) "
         "ئەركىن سودا سىناق رايونىنىڭ تۈزۈم يېڭىلىق يارىتىش ئەۋزەللىكىنى جارى قىلدۇرۇش، قورغاس، ئالاتاغ ئېغىزى، "
         "قەشقەر قاتارلىق پورتلارنىڭ چېگرا ھالقىغان لوگىستىكا ئىقتىدارىنى ئۆستۈرۈش ئۈچۈن، مۇناسىۋەتلىك ئىشلار "
         "توغرىسىدا مۇنداق ئۇقتۇرۇش قىلىنىدۇ:")

    items_zh = [
        ("一、提升中欧班列集结和通关能力", "بىرىنچى، جۇڭگو-ياۋروپا قاتناش پويىزىنى توپلاش ۋە بوجى ئۆتكۈزۈش ئىقتىدارىنى ئۆستۈرۈش", [
            ("支持乌鲁木齐、霍尔果斯、喀什建设中欧班列区域集结中心，推动“中欧班列+跨境电商”“中欧班列+综合保税区”融合发展。",
             "1. ئۈرۈمچى، قورغاس، قەشقەرنىڭ جۇڭگو-ياۋروپا قاتناش پويىزى رايونلۇق توپلىنىش مەركىزى قۇرۇشىنى قوللاش، "
             "«جۇڭگو-ياۋروپا قاتناش پويىزى + چېگرا ھالقىغان ئېلېكترونلۇق سودا»، «جۇڭگو-ياۋروپا قاتناش پويىزى + "
             "ئۇنىۋېرسال باجدىن ساقلاش رايونى» نىڭ يۇغۇرۇلۇپ تەرەققىي قىلىشىنى ئىلگىرى سۈرۈش."),
            ("推广中欧班列“铁路快通”模式，对符合条件的过境班列实行“一次申报、全程放行”，力争霍尔果斯、阿拉山口口岸班列平均"
             "换装时间压缩至6小时以内。",
             "2. جۇڭگو-ياۋروپا قاتناش پويىزىنىڭ «تۆمۈر يول تېز ئۆتۈش» ئەندىزىسىنى ئومۇملاشتۇرۇش، شەرتكە ئۇيغۇن "
             "كېلىدىغان ئۆتكۈنچى پويىزلارغا «بىر قېتىم مەلۇم قىلىش، پۈتۈن جەرياندا قويۇپ بېرىش» نى يولغا قويۇش، "
             "قورغاس ۋە ئالاتاغ ئېغىزى پورتلىرىدا پويىزلارنىڭ ئوتتۇرىچە ئالماشتۇرۇپ قاچىلاش ۋاقتىنى 6 سائەت "
             "ئىچىگە قىسقارتىشقا تىرىشىش."),
            ("支持在喀什综合保税区、霍尔果斯综合保税区开展保税维修、保税检测等业务，拓展班列回程货源。",
             "3. قەشقەر ئۇنىۋېرسال باجدىن ساقلاش رايونى ۋە قورغاس ئۇنىۋېرسال باجدىن ساقلاش رايونىدا باجدىن ساقلاپ "
             "رېمونت قىلىش، باجدىن ساقلاپ تەكشۈرۈش قاتارلىق تىجارەتلەرنى قانات يايدۇرۇشنى قوللاپ، پويىزلارنىڭ "
             "قايتىش يۈك مەنبەسىنى كېڭەيتىش."),
        ]),
        ("二、畅通口岸跨境物流", "ئىككىنچى، پورتلارنىڭ چېگرا ھالقىغان لوگىستىكىسىنى راۋانلاشتۇرۇش", [
            ("推动霍尔果斯、巴克图、吐尔尕特、伊尔克什坦等公路口岸实行“7×24小时”预约通关，对农副产品、跨境电商包裹实行优先通行。",
             "4. قورغاس، باقتى، تورۇغارت، ئىركەشتام قاتارلىق تاشيول پورتلىرىدا «7×24 سائەت» ئالدىن ۋاقىت "
             "بەلگىلەپ بوجى ئۆتكۈزۈشنى يولغا قويۇشنى ئىلگىرى سۈرۈش، يېزا ئىگىلىك قوشۇمچە مەھسۇلاتلىرى ۋە چېگرا "
             "ھالقىغان ئېلېكترونلۇق سودا ئامانەتلىرىگە ئالدى بىلەن ئۆتۈش ئىمكانىيىتى يارىتىش."),
            ("加快中吉乌国际道路运输常态化运营，支持运输企业开展国际道路运输TIR业务，2026年TIR运输车次力争突破3000车次。",
             "5. جۇڭگو-قىرغىزىستان-ئۆزبېكىستان خەلقئارا يول توشۇشىنىڭ نورماللاشقان تىجارىتىنى تېزلىتىش، توشۇش "
             "كارخانىلىرىنىڭ خەلقئارا يول توشۇش TIR تىجارىتىنى قانات يايدۇرۇشىنى قوللاش، 2026-يىلى TIR توشۇش "
             "قاتنىشىنى 3000 قېتىمدىن ئاشۇرۇشقا تىرىشىش."),
            ("支持喀什、霍尔果斯边民互市贸易商品通过公铁联运进入内地市场，对互市商品落地加工企业物流费用给予适当补贴。",
             "6. قەشقەر ۋە قورغاستىكى چېگرا ئاھالىلىرى ئۆز-ئارا سودا تاۋارلىرىنىڭ تاشيول-تۆمۈر يول بىرلەشمە توشۇش "
             "ئارقىلىق ئىچكىرى ئۆلكىلەر بازىرىغا كىرىشىنى قوللاش، ئۆز-ئارا سودا تاۋارلىرىنى يەرلىكتە پىششىقلاپ "
             "ئىشلەيدىغان كارخانىلارنىڭ لوگىستىكا خىراجىتىگە مۇۋاپىق ياردەم بېرىش."),
        ]),
    ]
    n = 0
    for h_zh, h_ug, items in items_zh:
        w.zh_heading(h_zh)
        w.ug_heading(h_ug)
        for zh_text, ug_text in items:
            n += 1
            # Word automatic numbering "1." on the Chinese item, hand-typed number on the Uyghur one
            w.zh(zh_text, numbered=num_id, indent=False, prefix_display="%d." % n)
            w.ug(ug_text)

    w.zh_heading("三、2026年重点培育线路")
    w.ug_heading("ئۈچىنچى، 2026-يىلى مۇھىم يېتىلدۈرۈلىدىغان لىنىيەلەر")
    w.zh("2026年重点培育以下中欧班列（中亚班列）线路：")
    w.ug("2026-يىلى تۆۋەندىكى جۇڭگو-ياۋروپا قاتناش پويىزى (جۇڭگو-ئوتتۇرا ئاسىيا قاتناش پويىزى) لىنىيەلىرى مۇھىم "
         "نۇقتىلىق يېتىلدۈرۈلىدۇ:")
    widths = [Cm(1.4), Cm(3.6), Cm(3.4), Cm(2.6), Cm(4.6)]
    w.table(["序号", "线路名称", "始发站", "出境口岸", "牵头单位"], [
        ["1", "乌鲁木齐—杜伊斯堡", "乌鲁木齐国际陆港区", "阿拉山口", "乌鲁木齐国际陆港区管委会"],
        ["2", "霍尔果斯—阿拉木图", "霍尔果斯", "霍尔果斯", "霍尔果斯片区管委会"],
        ["3", "喀什—塔什干", "喀什", "吐尔尕特", "喀什片区管委会"],
        ["4", "库尔勒—伊斯坦布尔", "库尔勒", "霍尔果斯", "巴音郭楞蒙古自治州商务局"],
    ], widths=widths)
    empty(doc, 1, line=14)
    w.table(["تەرتىپ نومۇرى", "لىنىيە نامى", "قوزغىلىش بېكىتى", "چېگرادىن چىقىش پورتى", "باشلامچى ئورۇن"], [
        ["1", "ئۈرۈمچى—دۇيسبۇرگ", "ئۈرۈمچى خەلقئارا قۇرۇقلۇق پورتى رايونى", "ئالاتاغ ئېغىزى",
         "ئۈرۈمچى خەلقئارا قۇرۇقلۇق پورتى رايونى باشقۇرۇش كومىتېتى"],
        ["2", "قورغاس—ئالمۇتا", "قورغاس", "قورغاس", "قورغاس پارچە رايونى باشقۇرۇش كومىتېتى"],
        ["3", "قەشقەر—تاشكەنت", "قەشقەر", "تورۇغارت", "قەشقەر پارچە رايونى باشقۇرۇش كومىتېتى"],
        ["4", "كورلا—ئىستانبۇل", "كورلا", "قورغاس", "بايىنغولىن موڭغۇل ئاپتونوم ئوبلاستلىق سودا ئىدارىسى"],
    ], ug=True, widths=widths)
    empty(doc, 1, line=14)

    w.zh_heading("四、工作要求")
    w.ug_heading("تۆتىنچى، خىزمەت تەلەپلىرى")
    w.zh("各地、各有关单位要高度重视，细化工作措施，每半年将工作进展情况报送自治区商务厅（对外贸易处）。执行中遇到的问题请及时反馈。")
    w.ug("ھەرقايسى جايلار ۋە مۇناسىۋەتلىك ئورۇنلار يۈكسەك دەرىجىدە ئەھمىيەت بېرىپ، خىزمەت تەدبىرلىرىنى "
         "تەپسىلىيلەشتۈرۈپ، ھەر يېرىم يىلدا خىزمەت ئىلگىرىلەش ئەھۋالىنى ئاپتونوم رايونلۇق سودا نازارىتى (تاشقى سودا "
         "باشقارمىسى)غا يوللىشى كېرەك. ئىجرا قىلىش جەريانىدا يولۇققان مەسىلىلەرنى ۋاقتىدا ئىنكاس قىلىڭلار.")
    w.zh("本通知自2026年3月1日起施行，有效期至2028年2月29日。")
    w.ug("بۇ ئۇقتۇرۇش 2026-يىلى 1-مارتتىن باشلاپ ئىجرا قىلىنىدۇ، ئىناۋەتلىك مۇددىتى 2028-يىلى 29-فېۋرالغىچە.")
    w.zh("联系人：王建新（自治区商务厅），0991-2853021；努尔兰·叶尔肯（乌鲁木齐海关），0991-6573412。")
    w.ug("ئالاقىلاشقۇچىلار: ۋاڭ جيەنشىن (ئاپتونوم رايونلۇق سودا نازارىتى)، 0991-2853021؛ نۇرلان يەركىن (ئۈرۈمچى "
         "تاموژنىسى)، 0991-6573412.")

    empty(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=True)
    mk_run(p, "附件：1．2026年中欧班列（新疆）运行情况统计表")
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    mk_run(p, "\u3000" * 5 + "2．口岸跨境物流工作联络人名单")
    w.ug("قوشۇمچە: 1. 2026-يىللىق جۇڭگو-ياۋروپا قاتناش پويىزى (شىنجاڭ) نىڭ قاتنىشى ئەھۋالى ستاتىستىكا جەدۋىلى")
    w.ug("2. پورتلارنىڭ چېگرا ھالقىغان لوگىستىكا خىزمىتى ئالاقىلاشقۇچىلار تىزىملىكى", indent=False)

    # joint sign-off laid out in a borderless table
    empty(doc, 2)
    t = doc.add_table(rows=2, cols=2)
    no_table_borders(t)
    cells = [("新疆维吾尔自治区商务厅", "乌鲁木齐海关"), ("新疆维吾尔自治区交通运输厅", "")]
    for ri, row in enumerate(cells):
        for ci, txt in enumerate(row):
            cp = t.cell(ri, ci).paragraphs[0]
            fmt(cp, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
            if txt:
                mk_run(cp, txt)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=12)
    mk_run(p, "2026年2月10日" + "\u3000" * 4)
    for ln in ("شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق سودا نازارىتى", "ئۈرۈمچى تاموژنىسى",
               "شىنجاڭ ئۇيغۇر ئاپتونوم رايونلۇق قاتناش-تىرانسپورت نازارىتى", "2026-يىلى 10-فېۋرال"):
        p = doc.add_paragraph()
        set_bidi(p)
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=30)
        mk_run(p, ln, UG_FONT, 16, ug=True)
    publicity(w)
    w.banji("抄送：商务部对外贸易司，海关总署口岸监管司，中国国家铁路集团有限公司，自治区人民政府办公厅。",
            "新疆维吾尔自治区商务厅办公室", "2026年2月12日印发")

    meta = {
        "title": "关于促进中欧班列和口岸跨境物流高质量发展的通知",
        "doc_number": "新商务发〔2026〕9号",
        "issuer": ["新疆维吾尔自治区商务厅", "乌鲁木齐海关", "新疆维吾尔自治区交通运输厅"],
        "date": "2026-02-10",
        "published": None,
        "level": "provincial",
        "region": "新疆维吾尔自治区",
        "effective": "2026-03-01",
        "expires": "2028-02-29",
        "attachments": ["2026年中欧班列（新疆）运行情况统计表", "口岸跨境物流工作联络人名单"],
        "doc_type": "通知",
        "recipients": ["各地（州、市）商务主管部门", "各地（州、市）交通运输局", "乌鲁木齐海关各隶属海关",
                       "中国（新疆）自由贸易试验区各片区管委会"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": w.clauses}]


# ================================================================ main
def main():
    expected = {}
    for stem, fn in (("blind610_kashi_tongzhi", doc_kashi),
                     ("blind610_huoerguosi_banfa", doc_huoerguosi),
                     ("blind610_xinjiang_tongzhi", doc_xinjiang)):
        doc, key = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = key
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_610", "--headless", "--convert-to", "pdf",
                        "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
