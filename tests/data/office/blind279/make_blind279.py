# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 279: one issue of a fictional 芜湖市人民政府公报 (2025年第6期), made in Word
and printed to PDF by LibreOffice, plus expected.json.

Run:  . /work/venv/bin/activate && python make_blind279.py
The issue is printed twice: the first PDF tells on which printed page each document
starts, and those numbers are typed into the 目录 on the cover.
"""
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
STEM = "blind279_wuhu_gongbao"
LO_PROFILE = "file:///tmp/lo_279"

FS = "仿宋_GB2312"
KT = "楷体_GB2312"
HT = "黑体"
XBS = "方正小标宋简体"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)

GAZ = "芜湖市人民政府公报"
ISSUE = "2025年第6期"

# ----------------------------------------------------------------------------
# low-level helpers
# ----------------------------------------------------------------------------


def set_font(run, east, size, bold=False, color=None, ascii_font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rPr = run._r.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    a = ascii_font or ("Times New Roman" if east in (FS, KT, ST) else east)
    rFonts.set(qn("w:ascii"), a)
    rFonts.set(qn("w:hAnsi"), a)
    rFonts.set(qn("w:eastAsia"), east)


def fmt(p, align=None, size=12, first_chars=0, left_chars=0, right_chars=0,
        before=0, after=0, exact=None, keep_next=False):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact if exact else round(size * 1.6))
    if keep_next:
        pf.keep_with_next = True
    if first_chars or left_chars or right_chars:
        pPr = p._p.get_or_add_pPr()
        ind = OxmlElement("w:ind")
        if first_chars:
            ind.set(qn("w:firstLineChars"), str(first_chars * 100))
            ind.set(qn("w:firstLine"), str(int(size * 20 * first_chars)))
        if left_chars:
            ind.set(qn("w:leftChars"), str(left_chars * 100))
            ind.set(qn("w:left"), str(int(size * 20 * left_chars)))
        if right_chars:
            ind.set(qn("w:rightChars"), str(right_chars * 100))
            ind.set(qn("w:right"), str(int(size * 20 * right_chars)))
        pPr.append(ind)
    return p


def add_runs(p, parts, size):
    """parts: list of (text, font[, bold]); '\n' inside a text is a soft line break."""
    for part in parts:
        text, font = part[0], part[1]
        bold = part[2] if len(part) > 2 else False
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            r = p.add_run(piece)
            set_font(r, font, size, bold)
            if i < len(pieces) - 1:
                r.add_break()


def bottom_border(p, color="000000", sz=6):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def add_field(p, instr, size, font=ST):
    def run_with(el):
        r = p.add_run()
        set_font(r, font, size)
        r._r.append(el)
        return r
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); run_with(b)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; run_with(it)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); run_with(s)
    r = p.add_run("1"); set_font(r, font, size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); run_with(e)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, size=12)
    r = p.add_run()
    r.add_break(__import__("docx").enum.text.WD_BREAK.PAGE)


def section_break(doc, start_type, cols=1):
    """End the current section at the last paragraph and start a new one."""
    body = doc.element.body
    sentinel = body.get_or_add_sectPr()
    children = [c for c in body.iterchildren() if c.tag in (qn("w:p"), qn("w:tbl"))]
    last = children[-1]
    if last.tag != qn("w:p") or last.pPr is not None and last.pPr.sectPr is not None:
        last = doc.add_paragraph()._p
    last.set_sectPr(sentinel.clone())
    for ref in sentinel.xpath("w:headerReference|w:footerReference"):
        sentinel.remove(ref)
    for pn in sentinel.xpath("w:pgNumType|w:titlePg"):
        sentinel.remove(pn)
    sec = Section(sentinel, doc.part)
    sec.start_type = start_type
    set_cols(sec, cols)
    return sec


def set_cols(section, num):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        grid = sectPr.find(qn("w:docGrid"))
        if grid is not None:
            grid.addprevious(cols)
        else:
            sectPr.append(cols)
    for k in list(cols.attrib):
        del cols.attrib[k]
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), "454")
    if num > 1:
        cols.set(qn("w:sep"), "1")


def restart_numbering(section, start=1):
    sectPr = section._sectPr
    pn = OxmlElement("w:pgNumType")
    pn.set(qn("w:start"), str(start))
    sectPr.find(qn("w:cols")).addprevious(pn)


def clear_hf(hf):
    for p in hf.paragraphs:
        for r in list(p.runs):
            r._r.getparent().remove(r._r)


def set_heads(section, odd_text, even_text, blank=False):
    for hdr, text in ((section.header, odd_text), (section.even_page_header, even_text)):
        hdr.is_linked_to_previous = False
        clear_hf(hdr)
        p = hdr.paragraphs[0]
        if not blank:
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, size=10.5)
            r = p.add_run(text)
            set_font(r, ST, 10.5)
            bottom_border(p)
    for ftr, align, side in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT, "right"),
                             (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "left")):
        ftr.is_linked_to_previous = False
        clear_hf(ftr)
        p = ftr.paragraphs[0]
        if not blank:
            fmt(p, align=align, size=14, right_chars=1 if side == "right" else 0,
                left_chars=1 if side == "left" else 0)
            r = p.add_run("— "); set_font(r, ST, 14)
            add_field(p, " PAGE ", 14)
            r = p.add_run(" —"); set_font(r, ST, 14)


# ----------------------------------------------------------------------------
# expected.json bookkeeping
# ----------------------------------------------------------------------------

DOCS = []          # list of dicts: meta, clauses, places(list of (index, places))


def new_doc(meta):
    d = {"meta": meta, "clauses": [], "places": []}
    DOCS.append(d)
    return d


# ----------------------------------------------------------------------------
# paragraph writers bound to a "style context" (one column 12 pt / two columns 10.5 pt)
# ----------------------------------------------------------------------------

class W:
    def __init__(self, doc):
        self.doc = doc
        self.size = 12
        self.cur = None

    def title(self, lines, soft=True, before=10):
        if soft:
            p = self.doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 16, before=before, after=2, exact=26, keep_next=True)
            add_runs(p, [("\n".join(lines), XBS)], 16)
        else:
            for i, ln in enumerate(lines):
                p = self.doc.add_paragraph()
                fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 16, before=before if i == 0 else 0,
                    after=2 if i == len(lines) - 1 else 0, exact=26, keep_next=True)
                add_runs(p, [(ln, XBS)], 16)

    def docno(self, text):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 12, after=6, keep_next=True)
        add_runs(p, [(text, KT)], 12)

    def plain(self, text, font=FS, align=None, first=0, left=0, right=0, before=0, after=0,
              size=None, keep_next=False):
        s = size or self.size
        p = self.doc.add_paragraph()
        fmt(p, align, s, first_chars=first, left_chars=left, right_chars=right,
            before=before, after=after, keep_next=keep_next)
        add_runs(p, [(text, font)], s)
        return p

    def zhusong(self, text):
        self.plain(text, first=0)

    def clause(self, parts, places=None, record=True):
        """parts: a string, or a list of (text, font) runs; '\n' = soft break."""
        if isinstance(parts, str):
            parts = [(parts, FS)]
        p = self.doc.add_paragraph()
        soft = any("\n" in t[0] for t in parts)
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT if soft else WD_ALIGN_PARAGRAPH.JUSTIFY, self.size, first_chars=2)
        add_runs(p, parts, self.size)
        text = "".join(t[0] for t in parts)
        if record:
            self.cur["clauses"].append(text)
            if places:
                self.cur["places"].append((len(self.cur["clauses"]) - 1, places))
        return text

    def article(self, paragraphs, places=None):
        """An article typed as several paragraphs: one clause joined with \n."""
        texts = []
        for i, par in enumerate(paragraphs):
            texts.append(self.clause(par, record=False))
        self.cur["clauses"].append("\n".join(texts))
        if places:
            self.cur["places"].append((len(self.cur["clauses"]) - 1, places))

    def h1(self, text):
        self.plain(text, font=HT, first=2, keep_next=True)

    def h2(self, text):
        self.plain(text, font=KT, first=2, keep_next=True)

    def chapter(self, text):
        self.plain(text, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=4, keep_next=True)

    def sign(self, organ, date, publicity=True, blank_before=True):
        if blank_before:
            self.plain("")
        self.plain(organ, align=WD_ALIGN_PARAGRAPH.RIGHT, right=4)
        self.plain(date, align=WD_ALIGN_PARAGRAPH.RIGHT, right=4)
        if publicity:
            self.plain("（此件公开发布）", first=2)


# ----------------------------------------------------------------------------
# the content
# ----------------------------------------------------------------------------

T1 = ["芜湖市人民政府关于印发芜湖市深度融入共建“一带一路”",
      "推进高水平对外开放三年行动方案（2025—2027年）的通知"]
FANGAN = "芜湖市深度融入共建“一带一路”推进高水平对外开放三年行动方案（2025—2027年）"
T2 = ["芜湖市人民政府关于同意繁昌区建设", "跨境电子商务产业园的批复"]
T3 = ["芜湖市人民政府关于张立明等同志职务任免的通知"]
T4 = ["芜湖市人民政府办公室关于进一步优化口岸营商环境", "促进跨境贸易便利化的通知"]
T5 = ["芜湖市商务局关于印发《芜湖市跨境电子商务", "产业园认定管理办法》的通知"]
BANFA = "芜湖市跨境电子商务产业园认定管理办法"
T6 = ["《芜湖市跨境电子商务产业园认定管理办法》", "政策解读"]

PIAN = "中国（安徽）自由贸易试验区芜湖片区"
ZBQ = "芜湖综合保税区"

TOC = [
    ("【市政府文件】", None),
    ("芜湖市人民政府关于印发芜湖市深度融入共建“一带一路”推进高水平对外开放三年行动方案（2025—2027年）的通知（芜政〔2025〕18号）", "d1"),
    ("芜湖市人民政府关于同意繁昌区建设跨境电子商务产业园的批复（芜政秘〔2025〕64号）", "d2"),
    ("芜湖市人民政府关于张立明等同志职务任免的通知（芜政人〔2025〕6号）", "d3"),
    ("【市政府办公室文件】", None),
    ("芜湖市人民政府办公室关于进一步优化口岸营商环境促进跨境贸易便利化的通知（芜政办秘〔2025〕52号）", "d4"),
    ("【部门文件】", None),
    ("芜湖市商务局关于印发《芜湖市跨境电子商务产业园认定管理办法》的通知（芜商规〔2025〕2号）", "d5"),
    ("《芜湖市跨境电子商务产业园认定管理办法》政策解读", "d6"),
]

# strings used to find on which PDF page each document starts
FIND = {
    "d1": "（芜政〔2025〕18号）",
    "d2": "（芜政秘〔2025〕64号）",
    "d3": "（芜政人〔2025〕6号）",
    "d4": "（芜政办秘〔2025〕52号）",
    "d5": "（芜商规〔2025〕2号）",
    "d6": "政策解读",
}

REC_CITY = ["各县、市、区人民政府",
            "芜湖经济技术开发区、芜湖高新技术产业开发区、中国（安徽）自由贸易试验区芜湖片区管委会",
            "市政府各部门、各直属单位"]


def build(pages):
    DOCS.clear()
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.size = Pt(12)
    w = W(doc)

    # ---------------- section 1: cover + 目录, 封二 ----------------
    s1 = doc.sections[0]
    s1.page_width, s1.page_height = Mm(210), Mm(297)
    s1.top_margin, s1.bottom_margin = Mm(28), Mm(25)
    s1.left_margin, s1.right_margin = Mm(24), Mm(22)
    s1.header_distance, s1.footer_distance = Mm(15), Mm(12)
    set_heads(s1, "", "", blank=True)

    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 40, before=6, exact=56)
    r = p.add_run(GAZ); set_font(r, XBS, 40, color=RED)
    p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 11, exact=18)
    r = p.add_run("WUHU SHI RENMIN ZHENGFU GONGBAO"); set_font(r, "Times New Roman", 11, color=RED)
    p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 14, before=4, exact=24)
    r = p.add_run("2025年第6期（总第255期）"); set_font(r, ST, 14)
    p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 12, exact=22)
    r = p.add_run("芜湖市人民政府办公室　　　　　　　　2025年6月30日出版"); set_font(r, KT, 12)
    bottom_border(p, "E60012", 24)
    p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 18, before=14, after=8, exact=30)
    r = p.add_run("目　　录"); set_font(r, HT, 18)
    text_width_twips = int((210 - 24 - 22) / 25.4 * 1440)
    for text, key in TOC:
        p = doc.add_paragraph()
        if key is None:
            fmt(p, None, 12, before=8, after=2, exact=22)
            r = p.add_run(text); set_font(r, HT, 12)
            continue
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, 12, exact=22, after=3)
        pf = p.paragraph_format
        pf.left_indent = Pt(24)
        pf.first_line_indent = Pt(-0)
        pf.right_indent = Pt(24)
        pf.tab_stops.add_tab_stop(Mm(210 - 24 - 22) - Pt(0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        r = p.add_run(text); set_font(r, FS, 12)
        r = p.add_run("\t" + str(pages.get(key, 0))); set_font(r, ST, 12)
        # the page number hangs out into the right indent
        pPr = p._p.get_or_add_pPr()
    # 封二 (imprint) on page 2
    page_break(doc)
    for i in range(14):
        w.plain("", size=12)
    imprint = [
        ("芜湖市人民政府公报", XBS, 20),
        ("（月刊）", KT, 12),
        ("2025年第6期（总第255期）", ST, 12),
        ("", ST, 12),
        ("主　　管：芜湖市人民政府", FS, 12),
        ("主　　办：芜湖市人民政府办公室", FS, 12),
        ("编辑出版：《芜湖市人民政府公报》编辑部", FS, 12),
        ("地　　址：芜湖市鸠江区政务中心路88号", FS, 12),
        ("邮　　编：241000", FS, 12),
        ("电　　话：0553-3112345", FS, 12),
        ("出版日期：2025年6月30日", FS, 12),
        ("内部资料　免费赠阅", FS, 12),
    ]
    for t, f, s in imprint:
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER if s > 12 or t.startswith("（") or t.startswith("2025") else None,
            s, left_chars=0 if s > 12 else 0, exact=s * 1.8)
        if s == 12 and not t.startswith("（") and not t.startswith("2025"):
            p.paragraph_format.left_indent = Mm(45)
        r = p.add_run(t); set_font(r, f, s)

    # ---------------- section 2: 市政府文件, one column ----------------
    s2 = section_break(doc, WD_SECTION.NEW_PAGE, 1)
    restart_numbering(s2, 1)
    set_heads(s2, f"{GAZ}　{ISSUE}", "市政府文件")
    w.size = 12

    # === document 1 : 印发通知 + 方案 ===
    w.cur = new_doc({
        "title": "".join(T1), "doc_number": "芜政〔2025〕18号", "issuer": ["芜湖市人民政府"],
        "date": "2025-05-26", "published": None, "level": "municipal", "region": "芜湖市",
        "effective": None, "expires": None, "attachments": [FANGAN], "doc_type": "通知",
        "recipients": REC_CITY, "publicity": "此件公开发布", "repeals": None})
    p = w.plain("市政府文件", font=HT, align=WD_ALIGN_PARAGRAPH.LEFT, size=14, after=4)
    bottom_border(p, "E60012", 12)
    w.title(T1, soft=True, before=6)
    w.docno("（芜政〔2025〕18号）")
    w.zhusong("，".join(REC_CITY) + "：")
    w.clause(f"现将《{FANGAN}》印发给你们，请结合实际认真抓好贯彻落实。")
    w.sign("芜湖市人民政府", "2025年5月26日")
    # the 方案 title, full width, run on
    w.title(["芜湖市深度融入共建“一带一路”推进高水平", "对外开放三年行动方案（2025—2027年）"], soft=True, before=12)

    s3 = section_break(doc, WD_SECTION.CONTINUOUS, 2)
    w.size = 10.5
    w.clause("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署和省委、省政府关于打造内陆开放新高地的工作要求，充分发挥" + PIAN + "、" + ZBQ + "和中国（芜湖）跨境电子商务综合试验区等开放平台作用，加快建设长江中下游地区对外开放枢纽城市，结合我市实际，制定本方案。")
    w.h1("一、总体目标")
    w.clause("到2027年，全市开放型经济规模和质量明显提升，对共建“一带一路”国家进出口额年均增长10%以上，占全市进出口总额比重达到50%；芜湖港外贸集装箱吞吐量达到30万标箱；跨境电商进出口额突破200亿元；新增对外投资项目100个以上，建成市级以上公共海外仓15个以上。")
    w.h1("二、重点任务")
    w.h2("（一）畅通国际物流大通道")
    w.clause([("1.提升江海联运能力。", FS, True), ("加密芜湖港至上海洋山港、宁波舟山港的江海联运航线，推动开行芜湖至日本、韩国近洋直航航线，巩固“芜湖—上海”外贸集装箱“五定”班轮运行。到2027年，芜湖港外贸航线达到12条。（责任单位：市交通运输局、芜湖海关、市港航集团）", FS)])
    w.clause([("2.打造中欧班列集结中心。", FS, True), ("支持弋江区依托三山港区铁水联运设施建设中欧班列（芜湖）集结中心，常态化开行芜湖至德国杜伊斯堡、哈萨克斯坦阿拉木图等方向班列，对年度开行量达到50列以上的运营平台按规定给予运营补助。（责任单位：市发展改革委、市商务局、弋江区人民政府）", FS)],
             places=["弋江区"])
    w.clause([("3.拓展国际航空物流。", FS, True), ("争取芜湖宣州机场开通至东南亚、中亚地区的国际货运航线，推动航空口岸临时开放常态化，培育“空陆联运”“卡车航班”等多式联运产品。（责任单位：市交通运输局、市商务局（市口岸办）、芜湖海关）", FS)])
    w.h2("（二）提升开放平台能级")
    w.clause([("4.深化芜湖片区改革创新。", FS, True), (PIAN + "要围绕智能网联汽车、机器人及智能装备、航空航天等产业，每年开展首创性、差异化改革探索不少于10项，探索开展二手车出口全链条便利化、跨境数据流动“白名单”等试点。（责任单位：芜湖片区管委会、市商务局）", FS)],
             places=[PIAN])
    w.clause([("5.推动综合保税区提质增效。", FS, True), ("支持" + ZBQ + "发展保税研发、保税维修、保税展示交易等新业态，推广“一企一账”“区内自行运输”等监管创新，力争在全国综合保税区发展绩效评估中进入A类。（责任单位：芜湖海关、芜湖经济技术开发区管委会）", FS)],
             places=[ZBQ])
    w.clause([("6.建设联动创新区。", FS, True), ("支持无为市、南陵县结合特色产业申建省级自贸试验区联动创新区，复制推广自贸试验区改革试点经验，对成功获批的县市给予一次性工作经费支持。（责任单位：市商务局、无为市人民政府、南陵县人民政府）", FS)],
             places=["无为市", "南陵县"])
    w.h2("（三）壮大跨境电商等外贸新业态")
    w.clause([("7.扩大跨境电商规模。", FS, True), ("依托中国（芜湖）跨境电子商务综合试验区线上综合服务平台，重点推进以下工作：", FS)])
    w.clause("（1）引育跨境电商经营主体，对首次实现年度跨境电商出口额超过500万美元的企业给予一次性奖励20万元；")
    w.clause("（2）推动汽车零部件、电线电缆、羽绒制品等产业带企业“上线出海”，每年举办跨境电商产业带对接活动不少于10场；")
    w.clause("（3）推广跨境电商“9710”“9810”出口模式，扩大“1210”保税进口业务规模。（责任单位：市商务局、芜湖海关、市财政局）")
    w.clause([("8.完善海外仓布局。", FS, True), ("支持企业在共建“一带一路”国家和RCEP成员国布局公共海外仓，对新认定的市级公共海外仓给予最高50万元奖励；鼓励海外仓企业与中欧班列、江海联运线路开展“仓运一体”合作。（责任单位：市商务局、市财政局）", FS)])
    w.clause([("9.发展保税维修新业态。", FS, True), ("支持湾沚区依托芜湖航空产业园开展航空器材“两头在外”保税维修业务，推动通用航空器整机保税维修项目落地。（责任单位：湾沚区人民政府、芜湖海关）", FS)],
             places=["湾沚区"])
    w.h2("（四）深化国际经贸合作")
    w.clause([("10.开拓共建“一带一路”市场。", FS, True), ("每年组织企业参加中国—东盟博览会、中国—中亚博览会、广交会等重点展会不少于30场次，对参展企业给予展位费70%的补助，单个企业年度补助最高20万元。（责任单位：市商务局、市财政局）", FS)])
    w.clause([("11.推动优势产能“走出去”。", FS, True), ("支持汽车、新材料、智能装备等龙头企业在东南亚、中东欧、中亚等地区建设海外生产基地和境外经贸合作区，对符合条件的境外投资项目按中方实际投资额的1%给予最高100万元补助。（责任单位：市商务局、市发展改革委）", FS)])
    w.clause([("12.深化人文交流合作。", FS, True), ("支持在芜高校扩大共建“一带一路”国家留学生招生规模，建设国际产能合作人才培训基地，每年开展涉外人才培训不少于1000人次。（责任单位：市教育局、市人力资源社会保障局）", FS)])
    w.h1("三、保障措施")
    w.clause([("（一）加强组织领导。", KT), ("市推进“一带一路”建设工作领导小组统筹推进本方案实施，领导小组办公室设在市发展改革委，负责日常协调、督促落实和年度评估，重大事项及时提请市政府研究。", FS)])
    w.clause([("（二）强化要素保障。", KT), ("市财政每年统筹安排开放型经济发展专项资金，对本方案所列支持事项予以保障；各县市区要结合实际制定配套措施，与市级政策不重复享受。", FS)])
    w.clause([("（三）加强风险防范。", KT), ("建立健全境外投资、对外贸易风险预警和应急处置机制，引导企业用好出口信用保险，依法合规开展境外经营。", FS)])
    w.clause([("（四）强化督查考核。", KT), ("将本方案重点任务纳入全市目标管理绩效考核，实行年度通报，对工作推进不力的单位予以督办。", FS)])

    # === document 2 : 批复 (one column, run on) ===
    s4 = section_break(doc, WD_SECTION.CONTINUOUS, 1)
    w.size = 12
    w.cur = new_doc({
        "title": "".join(T2), "doc_number": "芜政秘〔2025〕64号", "issuer": ["芜湖市人民政府"],
        "date": "2025-06-16", "published": None, "level": "municipal", "region": "繁昌区",
        "effective": None, "expires": None, "attachments": [], "doc_type": "批复",
        "recipients": ["繁昌区人民政府"], "publicity": "此件公开发布", "repeals": None})
    w.plain("", size=12)
    w.title(T2, soft=False, before=6)
    w.docno("（芜政秘〔2025〕64号）")
    w.zhusong("繁昌区人民政府：")
    w.clause("你区《关于申请建设繁昌区跨境电子商务产业园的请示》（繁政〔2025〕11号）收悉。经研究，现批复如下：")
    w.clause("一、同意你区在繁昌经济开发区建设芜湖市跨境电子商务产业园繁昌园区（以下简称繁昌园区），规划建筑面积约12万平方米，重点发展家居用品、光伏组件和装配式建材跨境电商出口业务。",
             places=["繁昌经济开发区"])
    w.clause("二、繁昌园区建设和运营由你区负责，要完善仓储物流、海外营销、人才培训等公共服务配套，力争到2027年入驻跨境电商企业80家以上，年跨境电商交易额达到20亿元。")
    w.clause("三、繁昌园区符合《芜湖市跨境电子商务产业园认定管理办法》规定条件的，可按程序申请认定为市级跨境电子商务产业园，享受相关扶持政策。")
    w.clause("四、市商务局、市财政局、市市场监管局等部门要按照职责分工加强指导和支持，协调解决园区建设中的重大问题。")
    w.sign("芜湖市人民政府", "2025年6月16日")

    # === document 3 : 任免 ===
    w.cur = new_doc({
        "title": "".join(T3), "doc_number": "芜政人〔2025〕6号", "issuer": ["芜湖市人民政府"],
        "date": "2025-06-13", "published": None, "level": "municipal", "region": "芜湖市",
        "effective": None, "expires": None, "attachments": [], "doc_type": "通知",
        "recipients": ["各县、市、区人民政府", "市政府各部门、各直属单位"], "publicity": "此件公开发布",
        "repeals": None})
    w.plain("", size=12)
    w.title(T3, soft=False, before=6)
    w.docno("（芜政人〔2025〕6号）")
    w.zhusong("各县、市、区人民政府，市政府各部门、各直属单位：")
    w.plain("经市人民政府研究决定：", first=2)
    w.clause("张立明同志任芜湖市商务局副局长（试用期一年）；")
    w.clause("刘　佳同志任" + PIAN + "管理委员会副主任；")
    w.clause("陈思远同志任芜湖市口岸服务中心主任；")
    w.clause("免去王建华同志的芜湖市口岸服务中心主任职务；")
    w.clause("免去赵明辉同志的芜湖市商务局副局长职务，另有任用。")
    w.sign("芜湖市人民政府", "2025年6月13日")

    # ---------------- section 5: 市政府办公室文件 ----------------
    s5 = section_break(doc, WD_SECTION.NEW_PAGE, 1)
    set_heads(s5, f"{GAZ}　{ISSUE}", "市政府办公室文件")
    w.cur = new_doc({
        "title": "".join(T4), "doc_number": "芜政办秘〔2025〕52号", "issuer": ["芜湖市人民政府办公室"],
        "date": "2025-06-05", "published": None, "level": "municipal", "region": "芜湖市",
        "effective": None, "expires": None, "attachments": ["芜湖市2025年口岸提效降费重点任务分工表"],
        "doc_type": "通知",
        "recipients": REC_CITY + ["有关中央驻芜单位"], "publicity": "此件公开发布", "repeals": None})
    p = w.plain("市政府办公室文件", font=HT, align=WD_ALIGN_PARAGRAPH.LEFT, size=14, after=4)
    bottom_border(p, "E60012", 12)
    w.title(T4, soft=False, before=6)
    w.docno("（芜政办秘〔2025〕52号）")
    w.zhusong("，".join(REC_CITY + ["有关中央驻芜单位"]) + "：")
    w.clause("为深入落实国家和省关于持续优化口岸营商环境、促进跨境贸易便利化的部署要求，进一步提升芜湖港口岸通关效率、降低进出口环节合规成本，经市政府同意，现就有关事项通知如下：")
    w.clause([("一、压缩整体通关时间。", HT), ("深化“提前申报”“两步申报”“船边直提”“抵港直装”等改革，推动进口、出口整体通关时间在2024年基础上分别再压缩10%和5%以上。芜湖海关、芜湖海事局等口岸查验单位要实行7×24小时预约通关服务。", FS)])
    w.clause([("二、规范口岸收费。", HT), ("各口岸经营服务单位要在国际贸易“单一窗口”和经营场所公示收费目录清单，清单之外一律不得收费；对经芜湖港中转的江海联运外贸集装箱，港口作业包干费在现行标准基础上下调10%，执行至2025年12月31日。", FS)])
    w.clause([("三、发展口岸特色功能。", HT), ("支持鸠江区依托" + ZBQ + "申建进口肉类指定监管场地；支持无为市加快高沟作业区水运口岸扩大开放前期工作，力争2026年通过国家验收。", FS)],
             places=["鸠江区", ZBQ, "无为市"])
    w.clause([("四、强化智慧口岸建设。", HT), ("市商务局（市口岸办）要会同芜湖海关依托国际贸易“单一窗口”建设芜湖港智慧口岸公共服务平台，2025年底前实现港口、船代、货代、查验单位数据“一次录入、共享共用”。", FS)])
    w.clause([("五、加强组织保障。", HT), ("各县市区、各有关部门要对照任务分工表，细化工作举措，明确完成时限，每季度末将工作进展情况报送市商务局（市口岸办）。", FS)])
    w.plain("")
    w.plain("附件：芜湖市2025年口岸提效降费重点任务分工表", first=2)
    w.sign("芜湖市人民政府办公室", "2025年6月5日")
    page_break(doc)
    w.plain("附件", font=HT, size=14)
    w.plain("芜湖市2025年口岸提效降费重点任务分工表", font=XBS, size=16,
            align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=8)
    header = ["序号", "类别", "重点任务", "牵头单位", "完成时限"]
    rows = [
        ["1", "通关提效", "推广“提前申报”“两步申报”，进口、出口整体通关时间分别再压缩10%和5%以上", "芜湖海关", "2025年12月底"],
        ["2", "通关提效", "在芜湖港朱家桥外贸码头推行“船边直提”“抵港直装”，作业比例达到30%以上", "芜湖海关、芜湖港务有限责任公司", "2025年9月底"],
        ["3", "通关提效", "在" + ZBQ + "推广“一企一账”“区内自行运输”监管模式", "芜湖海关、芜湖经济技术开发区管委会", "2025年10月底"],
        ["4", "降费减负", "公示口岸收费目录清单，开展口岸收费专项检查", "市发展改革委、市市场监管局", "2025年6月底"],
        ["5", "降费减负", "江海联运外贸集装箱港口作业包干费下调10%", "芜湖港务有限责任公司", "2025年7月底"],
        ["6", "智慧口岸", "建设芜湖港智慧口岸公共服务平台", "市商务局（市口岸办）", "2025年12月底"],
        ["7", "智慧口岸", "在" + PIAN + "试点跨境电商企业数据“一次申报、多方共享”", "芜湖片区管委会、芜湖海关", "2025年12月底"],
        ["8", "特色功能", "申建进口肉类指定监管场地", "鸠江区人民政府", "2025年11月底"],
        ["9", "特色功能", "推进高沟作业区水运口岸扩大开放", "无为市人民政府", "2026年6月底"],
    ]
    row_places = {2: [ZBQ], 6: [PIAN], 7: ["鸠江区"], 8: ["无为市"]}
    widths = [Mm(11), Mm(19), Mm(66), Mm(40), Mm(28)]
    tbl = doc.add_table(rows=1 + len(rows), cols=5)
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    # repeat header row
    trPr = tbl.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)

    def put(cell, text, font=FS, bold=False, center=True):
        cell.text = ""
        p = cell.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY, 10.5, exact=16)
        r = p.add_run(text); set_font(r, font, 10.5, bold)

    for j, h in enumerate(header):
        put(tbl.cell(0, j), h, HT)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            put(tbl.cell(i, j), v, center=(j != 2))
    tbl.autofit = False
    for j, gc in enumerate(tbl._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j].twips)))
    for row in tbl.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    # vertical merges: 类别 (rows 1-3, 4-5, 6-7, 8-9), 完成时限 (rows 6-7)
    for a, b in ((1, 3), (4, 5), (6, 7), (8, 9)):
        m = tbl.cell(a, 1).merge(tbl.cell(b, 1))
        put(m, rows[a - 1][1])
    m = tbl.cell(6, 4).merge(tbl.cell(7, 4))
    put(m, rows[5][4])
    for i, row in enumerate(rows):
        w.cur["clauses"].append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
        if i in row_places:
            w.cur["places"].append((len(w.cur["clauses"]) - 1, row_places[i]))
    p = doc.add_paragraph(); fmt(p, size=10.5)

    # ---------------- section 6: 部门文件 ----------------
    s6 = section_break(doc, WD_SECTION.NEW_PAGE, 1)
    set_heads(s6, f"{GAZ}　{ISSUE}", "部门文件")
    w.size = 12
    w.cur = new_doc({
        "title": "".join(T5), "doc_number": "芜商规〔2025〕2号", "issuer": ["芜湖市商务局"],
        "date": "2025-06-10", "published": None, "level": "municipal", "region": "芜湖市",
        "effective": "2025-07-10", "expires": "2030-07-09", "attachments": [BANFA],
        "doc_type": "通知", "recipients": ["各县、市、区商务主管部门", "各开发区经济发展部门", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": "《芜湖市跨境电子商务产业园认定办法（试行）》（芜商〔2021〕88号）"})
    p = w.plain("部门文件", font=HT, align=WD_ALIGN_PARAGRAPH.LEFT, size=14, after=4)
    bottom_border(p, "E60012", 12)
    w.plain("WHCR-2025-00103", font=HT, align=WD_ALIGN_PARAGRAPH.RIGHT, size=10.5, before=4)
    w.title(T5, soft=True, before=2)
    w.docno("（芜商规〔2025〕2号）")
    w.zhusong("各县、市、区商务主管部门，各开发区经济发展部门，各有关单位：")
    w.clause(f"现将《{BANFA}》印发给你们，请认真遵照执行。")
    w.sign("芜湖市商务局", "2025年6月10日")
    w.title([BANFA], soft=True, before=12)

    s7 = section_break(doc, WD_SECTION.CONTINUOUS, 2)
    w.size = 10.5
    A = "　"
    w.chapter("第一章　总　　则")
    w.clause([("第一条" + A, HT), ("为推动全市跨境电子商务产业集聚发展，规范市级跨境电子商务产业园（以下简称产业园）认定和管理工作，根据《中国（芜湖）跨境电子商务综合试验区实施方案》和有关规定，结合我市实际，制定本办法。", FS)])
    w.clause([("第二条" + A, HT), ("本办法所称产业园，是指在本市行政区域内依法设立，以跨境电子商务企业及其配套服务企业集聚为主要特征，具备完善公共服务功能的园区、楼宇或者产业集聚区。", FS)])
    w.clause([("第三条" + A, HT), ("市商务局负责产业园的认定、评估和动态管理工作，市财政局负责扶持资金的保障和监督。各县市区商务主管部门、各开发区经济发展部门负责本辖区产业园的培育、初审和日常管理。", FS)])
    w.chapter("第二章　认定条件")
    w.clause([("第四条" + A, HT), ("申请认定的产业园应当同时具备下列条件：\n"
              "（一）运营主体为在本市注册、具有独立法人资格的企业或者事业单位，近三年无重大违法违规记录；\n"
              "（二）园区集中连片，建筑面积不少于2万平方米，其中跨境电商企业办公和仓储面积占比不低于60%；\n"
              "（三）入驻跨境电商企业不少于30家，上一年度园区跨境电商进出口额不低于5亿元；\n"
              "（四）具备报关报检、跨境物流、海外营销、金融支付、人才培训等公共服务功能中的三项以上。", FS)])
    w.clause([("第五条" + A, HT), ("位于" + PIAN + "、" + ZBQ + "内的产业园，建筑面积不少于1万平方米、入驻跨境电商企业不少于20家，并符合本办法第四条其他条件的，可以申请认定。", FS)],
             places=[PIAN, ZBQ])
    w.clause([("第六条" + A, HT), ("无为市、南陵县以本地优势产业带企业开展跨境电商业务为主的县域特色产业园，上一年度园区跨境电商进出口额条件可以放宽至2亿元。", FS)],
             places=["无为市", "南陵县"])
    w.chapter("第三章　认定程序")
    w.clause([("第七条" + A, HT), ("产业园认定每年组织一次。市商务局发布申报通知，运营主体向所在地县市区商务主管部门或者开发区经济发展部门提出申请。", FS)])
    w.article([[("第八条" + A, HT), ("申请认定应当提交下列材料：", FS)],
               "（一）芜湖市跨境电子商务产业园认定申请表；",
               "（二）运营主体营业执照或者事业单位法人证书复印件；",
               "（三）园区规划、建设和运营情况报告；",
               "（四）入驻企业名单及上一年度跨境电商进出口额佐证材料。"])
    w.clause([("第九条" + A, HT), ("县市区商务主管部门、开发区经济发展部门应当自受理之日起15个工作日内完成初审，出具初审意见后报送市商务局。", FS)])
    w.clause([("第十条" + A, HT), ("市商务局组织专家评审和实地核查，提出拟认定名单，经市商务局党组会议研究后在市商务局门户网站公示5个工作日。公示无异议的，由市商务局发文认定并授牌。", FS)])
    w.chapter("第四章　扶持与管理")
    w.clause([("第十一条" + A, HT), ("对新认定的产业园，按照上一年度园区跨境电商进出口额给予运营主体一次性奖励，其中进出口额10亿元以上的奖励100万元，5亿元以上不足10亿元的奖励60万元，不足5亿元的奖励30万元。", FS)])
    w.clause([("第十二条" + A, HT), ("产业园运营主体为入驻企业提供免费或者低于市场价格的办公场所、公共海外仓服务的，按照实际减免金额的50%给予补助，每个产业园年度补助最高50万元。", FS)])
    w.clause([("第十三条" + A, HT), ("同一事项符合本市其他扶持政策的，按照从高不重复原则享受。", FS)])
    w.clause([("第十四条" + A, HT), ("市商务局每两年对已认定的产业园开展一次绩效评估，评估结果分为优秀、合格、不合格三个等次。评估结果为不合格的，限期整改；整改后仍不合格的，撤销认定。", FS)])
    w.article([[("第十五条" + A, HT), ("产业园有下列情形之一的，撤销认定，追回已拨付的奖补资金，三年内不得重新申报：", FS)],
               "（一）提供虚假材料骗取认定或者奖补资金的；",
               "（二）发生重大安全生产事故或者重大违法违规行为的；",
               "（三）运营主体注销或者园区停止运营的。"])
    w.clause([("第十六条" + A, HT), ("产业园运营主体应当于每季度结束后10日内，通过芜湖市跨境电商公共服务平台报送园区运营数据。", FS)])
    w.chapter("第五章　附　　则")
    w.clause([("第十七条" + A, HT), ("本办法由芜湖市商务局负责解释。", FS)])
    w.article([[("第十八条" + A, HT), ("本办法自2025年7月10日起施行，有效期至2030年7月9日。《芜湖市跨境电子商务产业园认定办法（试行）》（芜商〔2021〕88号）同时废止。", FS)],
               "本办法施行前已认定的产业园，在原认定有效期内继续享受相关政策，期满后按照本办法重新申请认定。"])

    # === document 6 : 政策解读 (title full width, body in two columns) ===
    s8 = section_break(doc, WD_SECTION.CONTINUOUS, 1)
    w.size = 12
    w.cur = new_doc({
        "title": "".join(T6), "doc_number": None, "issuer": ["芜湖市商务局"],
        "date": "2025-06-12", "published": None, "level": "municipal", "region": "芜湖市",
        "effective": None, "expires": None, "attachments": [], "doc_type": "政策解读",
        "recipients": [], "publicity": None, "repeals": None})
    w.plain("", size=12)
    w.title(T6, soft=True, before=12)
    s9 = section_break(doc, WD_SECTION.CONTINUOUS, 2)
    w.size = 10.5
    w.h1("一、出台背景")
    w.clause("2021年，我市出台《芜湖市跨境电子商务产业园认定办法（试行）》，累计认定市级跨境电子商务产业园9家，对集聚跨境电商经营主体、带动产业带企业“上线出海”发挥了积极作用。随着试行办法到期和跨境电商业态的发展变化，原办法在认定条件、动态管理等方面已不能完全适应工作需要。为此，市商务局在深入调研、广泛征求意见的基础上，制定了《" + BANFA + "》（以下简称《办法》）。")
    w.h1("二、主要内容")
    w.clause("《办法》共五章十八条，主要包括以下内容：")
    w.clause([("（一）明确认定条件。", KT), ("《办法》从运营主体、园区面积、入驻企业数量、跨境电商进出口额和公共服务功能五个方面设定了认定条件，园区建筑面积不少于2万平方米，入驻跨境电商企业不少于30家，上一年度跨境电商进出口额不低于5亿元。", FS)])
    w.clause([("（二）实行差别化标准。", KT), ("对位于" + PIAN + "、" + ZBQ + "内的产业园，面积和入驻企业数量条件分别放宽至1万平方米和20家；对无为市、南陵县的县域特色产业园，进出口额条件放宽至2亿元。", FS)],
             places=[PIAN, ZBQ, "无为市", "南陵县"])
    w.clause([("（三）规范认定程序。", KT), ("产业园认定每年组织一次，按照申报、初审、专家评审和实地核查、公示、发文授牌的程序进行，县级初审时限为15个工作日。", FS)])
    w.clause([("（四）加强动态管理。", KT), ("市商务局每两年开展一次绩效评估，对评估不合格且整改后仍不合格，或者存在弄虚作假等情形的产业园撤销认定，并追回奖补资金。", FS)])
    w.h1("三、与原办法相比的主要变化")
    w.clause("一是提高了认定门槛，将入驻企业数量由20家提高到30家，新增进出口额条件；二是对自贸试验区片区、综合保税区和县域特色产业园实行差别化认定标准；三是将一次性奖励由定额改为按进出口额分档奖励，并新增运营服务补助；四是建立两年一次的绩效评估和退出机制。")
    w.h1("四、施行时间")
    w.clause("《办法》自2025年7月10日起施行，有效期至2030年7月9日。原《芜湖市跨境电子商务产业园认定办法（试行）》同时废止。")
    w.plain("")
    w.plain("芜湖市商务局", align=WD_ALIGN_PARAGRAPH.RIGHT, right=2)
    w.plain("2025年6月12日", align=WD_ALIGN_PARAGRAPH.RIGHT, right=2)
    return doc


# ----------------------------------------------------------------------------
# printing and reading the page numbers back
# ----------------------------------------------------------------------------


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", "pdf", "--outdir", str(HERE), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return docx_path.with_suffix(".pdf")


def start_pages(pdf_path):
    import pdfplumber
    found = {}
    with pdfplumber.open(str(pdf_path)) as pdf:
        texts = [re.sub(r"\s+", "", (pg.extract_text() or "")) for pg in pdf.pages]
        npages = len(pdf.pages)
    for key, needle in FIND.items():
        for i in range(2, npages):
            if needle in texts[i]:
                m = re.search(r"—(\d+)—", texts[i][-12:])
                found[key] = int(m.group(1)) if m else i - 1
                break
    return found, npages


def applies_keys(clauses, places):
    out = {}
    for idx, pl in places:
        text = clauses[idx]
        n = 15
        while n < len(text) and sum(1 for c in clauses if c.startswith(text[:n])) > 1:
            n += 1
        out[text[:n]] = pl
    return out


def main():
    docx_path = HERE / f"{STEM}.docx"
    pages = {}
    for rnd in range(2):
        doc = build(pages)
        doc.save(str(docx_path))
        pdf = to_pdf(docx_path)
        pages, npages = start_pages(pdf)
        print("pass", rnd + 1, "pages:", npages, "starts:", pages)
    expected = {STEM: [{"meta": d["meta"], "clauses": d["clauses"],
                        "applies_to": {"specific": applies_keys(d["clauses"], d["places"])}}
                       for d in DOCS]}
    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for d in DOCS:
        print(len(d["clauses"]), d["meta"]["title"])


if __name__ == "__main__":
    main()
