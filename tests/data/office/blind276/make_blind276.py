# ruff: noqa
#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Round 276 blind test files: bilingual (Chinese-English) documents of free trade zones
and commerce offices, published for foreign investors.

Writes, next to this script:
  blind276_qinzhou_zhinan.docx / .pdf   钦州港片区 外商投资服务指南（2025年版）, 中英对照
                                        paragraph by paragraph, cover page in its own section,
                                        a bilingual heading with a soft break, a bilingual
                                        contact table with a vertically merged cell
  blind276_yantai_cuoshi.docx / .pdf    烟台市人民政府办公室 印发 若干措施 的通知; the 措施 in a new
                                        section as a two-column table (中文 | English), heading
                                        rows, a two-paragraph cell, a merged 注/Note row, 版记
  blind276_yunnan_tongzhi.docx / .pdf   云南省商务厅 昆明海关 国家外汇管理局云南省分局 联合通知, joint
                                        版头 laid out in a borderless table, 附件 = English-only
                                        "Unofficial Translation", 版记 after the 附件
  blind276_ningbo_gonggao.html          宁波片区管委会 公告 saved from the browser: 中文|English
                                        toggle, English block hidden with style="display:none"
  expected.json                         the answer key
Run:  . /work/venv/bin/activate && python make_blind276.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
PFX = "blind276"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"
TNR = "Times New Roman"
RED = RGBColor(0xFF, 0x00, 0x00)
EN = "EN"  # marker: an English run (Times New Roman for both scripts)


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------

def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font=TNR, italic=False):
    if east == EN:
        east = TNR
    run.font.name = ascii_font
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    if color is not None:
        run.font.color.rgb = color


def new_doc(footer=True):
    d = Document()
    s = d.sections[0]
    s.page_width = Cm(21)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    s.footer_distance = Cm(2.6)
    st = d.styles["Normal"]
    st.font.name = TNR
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.line_spacing = Pt(28.9)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    d.settings.odd_and_even_pages_header_footer = True
    if footer:
        page_footer(s)
    return d


def add_field(par, instr, east=ST, size=14):
    def fc(kind):
        r = par.add_run()
        set_font(r, east, size)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._r.append(e)
    fc("begin")
    r = par.add_run()
    set_font(r, east, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r._r.append(it)
    fc("separate")
    r = par.add_run("1")
    set_font(r, east, size)
    fc("end")


def page_footer(section, restart=None):
    """— N — : odd pages right, even pages left, 4号宋体 (GB/T 9704 7.5)."""
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False
    for ftr, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                       (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        p = ftr.paragraphs[0]
        p.text = ""
        p.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        r = p.add_run("— ")
        set_font(r, ST, 14)
        add_field(p, "PAGE")
        r = p.add_run(" —")
        set_font(r, ST, 14)
    if restart is not None:
        sectpr = section._sectPr
        pg = sectpr.find(qn("w:pgNumType"))
        if pg is None:
            pg = OxmlElement("w:pgNumType")
            sectpr.append(pg)
        pg.set(qn("w:start"), str(restart))


def empty_footer(section):
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False
    for ftr in (section.footer, section.even_page_footer):
        ftr.paragraphs[0].text = ""


def fill(p, segs, east=FS, size=16, bold=False, color=None, italic=False):
    """segs: str, or list of (text, font[, bold]) / str / "\\n" (soft line break)."""
    if isinstance(segs, str):
        segs = [segs]
    for s in segs:
        if s == "\n":
            r = p.add_run()
            r.add_break()
            continue
        if isinstance(s, tuple):
            txt, f = s[0], s[1]
            b = s[2] if len(s) > 2 else bold
            sz = s[3] if len(s) > 3 else size
        else:
            txt, f, b, sz = s, east, bold, size
        r = p.add_run(txt)
        set_font(r, f, sz, b, color, italic=italic)
    return p


def para(d, segs, align=None, indent=2, size=16, spacing=None, east=FS, bold=False,
         color=None, left=None, right=None, hanging=None, keep=False, italic=False,
         before=None, after=None):
    p = d.add_paragraph()
    fill(p, segs, east, size, bold, color, italic)
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * indent)
    if hanging is not None:
        pf.left_indent = Pt(hanging)
        pf.first_line_indent = Pt(-hanging)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if spacing is not None:
        pf.line_spacing = Pt(spacing)
    if keep:
        pf.keep_with_next = True
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    return p


def blank(d, size=16):
    return para(d, "", indent=0, size=size)


def border(p, side, color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    pbdr.append(e)


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def banhead(d, organ_mark, docno, mark_size=40, top=2):
    for _ in range(top):
        blank(d)
    para(d, organ_mark, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=mark_size,
         east=XBS, color=RED, spacing=mark_size + 12)
    blank(d)
    p = para(d, docno, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    border(p, "bottom", "FF0000", 18, 6)
    blank(d)


def title(d, lines, size=22):
    for ln in lines:
        para(d, ln, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=size, east=XBS, spacing=35)
    blank(d)


def signoff(d, organs, date, gap=2):
    for _ in range(gap):
        blank(d)
    for o in organs:
        para(d, o, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=16 * 2)
    para(d, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, right=16 * 4)


def banji(d, chaosong, printer, pdate):
    blank(d)
    blank(d)
    p = para(d, chaosong, indent=0, size=14)
    pf = p.paragraph_format
    pf.left_indent = Pt(14 * 4)
    pf.first_line_indent = Pt(-14 * 3)
    pf.right_indent = Pt(14)
    border(p, "top", "000000", 12, 4)
    border(p, "bottom", "000000", 4, 4)
    p = d.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Pt(14)
    pf.right_indent = Pt(14)
    pf.tab_stops.add_tab_stop(Cm(15.6) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(printer + "\t" + pdate)
    set_font(r, FS, 14)
    border(p, "bottom", "000000", 12, 4)


def cell_text(c, segs_list, size=12, align=None, spacing=None, east=FS, bold=False, indent=0):
    """segs_list: list of paragraphs (each a segs value for fill())."""
    c.text = ""
    first = True
    for segs in segs_list:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        fill(p, segs, east, size, bold)
        if align is not None:
            p.alignment = align
        p.paragraph_format.line_spacing = Pt(spacing or size + 7)
        if indent:
            p.paragraph_format.first_line_indent = Pt(size * indent)


def shade(c, fillhex):
    tcpr = c._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fillhex)
    tcpr.append(shd)


def set_widths(t, widths):
    """Call before merging cells: fixed layout, grid, table and cell widths."""
    t.autofit = False
    tblpr = t._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths) * 567)))
    tw.set(qn("w:type"), "dxa")
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for row in t.rows:
        for j, c in enumerate(row.cells):
            if j < len(widths):
                c.width = Cm(widths[j])


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


def no_borders(t):
    tblpr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def soffice_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_276",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXPECTED = {}


def record(stem, meta, clauses, specific):
    for k, places in specific.items():
        assert len(k) >= 15, k
        assert sum(1 for c in clauses if c.startswith(k)) == 1, k
    EXPECTED.setdefault(stem, []).append(
        {"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}})


def key(text):
    return text[:20]


def plain(segs):
    """The text of a segs value, soft breaks as \\n."""
    if isinstance(segs, str):
        return segs
    out = []
    for s in segs:
        if s == "\n":
            out.append("\n")
        elif isinstance(s, tuple):
            out.append(s[0])
        else:
            out.append(s)
    return "".join(out)


# ---------------------------------------------------------------------------
# (1) 钦州港片区 外商投资服务指南 — 中英对照 paragraph by paragraph
# ---------------------------------------------------------------------------

QZ_ORGAN = "中国（广西）自由贸易试验区钦州港片区管理委员会"
QZ_ORGAN_EN = "Administrative Committee of Qinzhou Port Area, China (Guangxi) Pilot Free Trade Zone"

QZ_BODY = [
    # ("h", zh, en, soft) heading; ("c", zh segs, en segs, places) clause paragraph
    ("h", "前　言", "Preface", False),
    ("c", "钦州港片区是中国（广西）自由贸易试验区三个片区之一，实施范围约58平方公里，是西部陆海新通道与"
          "“一带一路”有机衔接的重要门户港。为便于外国投资者和外商投资企业全面了解片区投资环境、办事流程和"
          "支持政策，我们编制了本指南，供投资者参考。",
     "Qinzhou Port Area is one of the three areas of China (Guangxi) Pilot Free Trade Zone. Covering about "
     "58 square kilometers, it is an important gateway port connecting the New Western Land-Sea Corridor with "
     "the Belt and Road. This Guide has been compiled to help foreign investors and foreign-invested "
     "enterprises learn about the investment environment, procedures and supporting policies of the Area, "
     "and is provided for their reference.", None),
    ("h", "一、片区概况", "I. Overview of the Area", False),
    ("c", [("（一）区位优势。", KT), "片区地处北部湾经济区核心区域，面向东盟、背靠西南中南腹地。钦州港已开通至东盟"
           "主要港口的集装箱班轮航线，西部陆海新通道海铁联运班列通达全国18个省（区、市）。"],
     [("(I) Location. ", EN, True), "Situated at the core of the Beibu Gulf Economic Zone, the Area faces ASEAN "
      "and is backed by the vast hinterland of Southwest and Central South China. Qinzhou Port has opened "
      "container liner routes to major ASEAN ports, and the sea-rail intermodal trains of the New Western "
      "Land-Sea Corridor reach 18 provinces, autonomous regions and municipalities across China."], None),
    ("c", [("（二）功能定位。", KT), "片区重点发展港航物流、国际贸易、绿色化工、新能源汽车关键零部件、电子信息和"
           "生物医药等产业，着力建设西部陆海新通道门户港和向海经济集聚区。"],
     [("(II) Positioning. ", EN, True), "The Area focuses on port and shipping logistics, international trade, "
      "green chemicals, key components of new energy vehicles, electronic information, biomedicine and other "
      "industries, and strives to build a gateway port of the New Western Land-Sea Corridor and a cluster of "
      "the marine economy."], None),
    ("h", "二、准入与设立", "II. Market Access and Establishment", True),
    ("c", [("（一）准入管理。", KT), "外国投资者在片区投资，适用《自由贸易试验区外商投资准入特别管理措施（负面清单）》；"
           "负面清单以外的领域，按照内外资一致原则实施管理。"],
     [("(I) Market access. ", EN, True), "Investments made by foreign investors in the Area are subject to the "
      "Special Administrative Measures for Foreign Investment Access in Pilot Free Trade Zones (Negative List). "
      "Sectors outside the Negative List are administered under the principle of treating domestic and "
      "foreign investment alike."], None),
    ("c", [("（二）设立登记。", KT), "外商投资企业设立登记实行“一窗通办”，申请材料齐全、符合法定形式的，片区行政审批局"
           "1个工作日内核发营业执照，并同步办理公章刻制、涉税事项和社保登记。"],
     [("(II) Establishment and registration. ", EN, True), "Registration of foreign-invested enterprises is "
      "handled through a single window. Where the application materials are complete and conform to the "
      "statutory form, the Administrative Approval Bureau of the Area issues the business license within one "
      "working day and concurrently completes seal engraving, tax-related matters and social insurance "
      "registration."], None),
    ("c", [("（三）信息报告。", KT), "外商投资企业通过企业登记系统和国家企业信用信息公示系统报送投资信息，商务部门"
           "不再另行要求报送。"],
     [("(III) Information reporting. ", EN, True), "Foreign-invested enterprises submit their investment "
      "information through the enterprise registration system and the National Enterprise Credit Information "
      "Publicity System; no separate submission to the commerce authorities is required."], None),
    ("h", "三、投资便利化服务", "III. Investment Facilitation Services", False),
    ("c", "1.全程代办。对总投资1亿元人民币以上的外商投资项目，片区投资促进局指定专人提供从签约、立项、报建到"
          "竣工投产的全程免费代办服务。",
     "1. Full-process agency service. For foreign-invested projects with a total investment of RMB 100 "
     "million or more, the Investment Promotion Bureau of the Area assigns dedicated staff to provide free "
     "agency services covering the whole process from contract signing, project filing and construction "
     "permits to completion and commissioning.", None),
    ("c", "2.跨境资金。符合条件的外商投资企业可按规定办理资本项目收入支付便利化、跨境人民币结算和本外币一体化"
          "资金池等业务。",
     "2. Cross-border funds. Eligible foreign-invested enterprises may, in accordance with the regulations, "
     "use facilitated payment of capital account income, cross-border RMB settlement and integrated domestic "
     "and foreign currency cash pooling.", None),
    ("c", "3.外籍人员。片区设立外国人来华工作许可和居留许可“单一窗口”，对片区内外商投资企业聘雇的外籍高层次"
          "人才，可办理有效期最长5年的工作许可。",
     "3. Foreign personnel. The Area has set up a single window for work permits and residence permits of "
     "foreigners. High-level foreign talents employed by foreign-invested enterprises in the Area may obtain "
     "work permits valid for up to five years.", None),
    ("c", "4.保税监管。在钦州保税港区内，对进出境货物实行“两段准入”“先入区、后报关”等监管模式，区内企业可开展"
          "保税维修、保税研发和保税检测业务。",
     "4. Bonded supervision. In Qinzhou Bonded Port Area, inbound and outbound goods are supervised under "
     "models such as \"two-stage access\" and \"entry into the zone before customs declaration\", and "
     "enterprises in the zone may engage in bonded maintenance, bonded R&D and bonded testing.",
     ["钦州保税港区"]),
    ("h", "四、支持政策", "IV. Supporting Policies", False),
    ("c", [("（一）落户奖励。", KT), "对新设立且当年实际到资1000万美元以上的外商投资企业，按实际到资额的1%给予奖励，"
           "单个企业最高500万元人民币。"],
     [("(I) Establishment award. ", EN, True), "A newly established foreign-invested enterprise whose paid-in "
      "foreign capital reaches USD 10 million or more in the year will receive an award equal to 1% of the "
      "paid-in capital, capped at RMB 5 million per enterprise."], None),
    ("c", [("（二）航线补贴。", KT), "对在钦州港新开通至东盟国家港口集装箱班轮航线的航运企业，按照航线开通首年实际"
           "完成航次给予补贴。"],
     [("(II) Shipping route subsidy. ", EN, True), "Shipping companies that open new container liner routes "
      "from Qinzhou Port to ports in ASEAN countries will be subsidized according to the voyages actually "
      "completed in the first year of operation."], None),
    ("c", [("（三）园区支持。", KT), "对入驻片区绿色化工新材料产业园的外商投资项目，前三年厂房租金给予最高50%的减免。"],
     [("(III) Industrial park support. ", EN, True), "Foreign-invested projects located in the Green Chemical "
      "New Materials Industrial Park of the Area are eligible for a reduction of up to 50% of factory rent "
      "for the first three years."], ["绿色化工新材料产业园"]),
    ("h", "五、服务联系方式", "V. Service Contacts", False),
]

# contact table: rows of ((zh, en), (zh, en), tel); 受理部门 merged over rows 1-2
QZ_TABLE_HEAD = (("服务事项", "Service"), ("受理部门", "Department"), ("咨询电话", "Tel."))
QZ_TABLE = [
    (("企业设立登记", "Company Registration"), ("片区行政审批局", "Administrative Approval Bureau"),
     "0777-3880516"),
    (("外国人工作许可", "Work Permits for Foreigners"), ("片区行政审批局", "Administrative Approval Bureau"),
     "0777-3880561"),
    (("项目全程代办", "Project Agency Service"), ("片区投资促进局", "Investment Promotion Bureau"),
     "0777-3880538"),
    (("通关业务咨询", "Customs Clearance"), ("钦州港海关", "Qinzhou Port Customs"), "0777-3880599"),
]

QZ_TAIL = ("本指南所列政策以相关部门正式发布的文件为准。中英文表述不一致的，以中文为准。",
           "The policies described in this Guide are subject to the official documents issued by the "
           "competent authorities. In case of any discrepancy between the Chinese and English versions, the "
           "Chinese version shall prevail.")


def make_qinzhou():
    stem = f"{PFX}_qinzhou_zhinan"
    d = new_doc(footer=False)
    empty_footer(d.sections[0])
    # ---- cover (section 1, no page number)
    for _ in range(3):
        blank(d)
    para(d, "中国（广西）自由贸易试验区钦州港片区", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=22,
         east=XBS, spacing=40)
    para(d, "外商投资服务指南", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=36, east=XBS, spacing=56)
    para(d, "（2025年版）", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=16, east=KT)
    blank(d)
    para(d, [("Investment Service Guide for Foreign Investors", EN, True, 18)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=18)
    para(d, [("Qinzhou Port Area, China (Guangxi) Pilot Free Trade Zone", EN, False, 15)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=15)
    para(d, [("(2025 Edition)", EN, False, 14)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=14)
    for _ in range(5):
        blank(d)
    para(d, QZ_ORGAN, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=16, east=KT)
    para(d, [(QZ_ORGAN_EN, EN, False, 12)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=12)
    para(d, ["二〇二五年三月", "\n", ("March 2025", EN, False, 14)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=0, size=16, east=KT)
    # ---- body (section 2, page numbers from 1)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    page_footer(sec, restart=1)
    para(d, ["中国（广西）自由贸易试验区钦州港片区", "\n", "外商投资服务指南"], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=0, size=22, east=XBS, spacing=35)
    para(d, [("Investment Service Guide for Foreign Investors, Qinzhou Port Area", EN, True, 14)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, size=14, spacing=22)
    blank(d)

    clauses, specific = [], {}
    for item in QZ_BODY:
        if item[0] == "h":
            _, zh, en, soft = item
            if soft:   # one paragraph: 二、准入与设立 ⏎ II. Market Access ...
                para(d, [(zh, HT), "\n", (en, EN, True, 12)], indent=2, size=14, keep=True, spacing=25,
                     before=6)
            else:
                para(d, [(zh, HT)], indent=2, size=14, keep=True, spacing=25, before=6)
                para(d, [(en, EN, True, 12)], indent=0, size=12, keep=True, spacing=18, left=28)
            continue
        _, zh, en, places = item
        para(d, zh, indent=2, size=14, spacing=25)
        para(d, en, indent=2, size=12, spacing=17, after=6)
        txt = plain(zh)
        clauses.append(txt)
        if places:
            specific[key(txt)] = places

    t = d.add_table(rows=1 + len(QZ_TABLE), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, (zh, en) in enumerate(QZ_TABLE_HEAD):
        c = t.cell(0, j)
        cell_text(c, [[(zh, HT), "\n", (en, EN, True, 10.5)]], size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(c, "D9D9D9")
    repeat_header(t.rows[0])
    for i, (svc, dept, tel) in enumerate(QZ_TABLE, start=1):
        cell_text(t.cell(i, 0), [[svc[0]], [(svc[1], EN, False, 10.5)]], size=12)
        cell_text(t.cell(i, 1), [[dept[0]], [(dept[1], EN, False, 10.5)]], size=12)
        cell_text(t.cell(i, 2), [[(tel, EN, False, 12)]], size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
        for c in t.rows[i].cells:
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_widths(t, [5.0, 6.4, 4.2])
    m = t.cell(1, 1).merge(t.cell(2, 1))
    cell_text(m, [[QZ_TABLE[0][1][0]], [(QZ_TABLE[0][1][1], EN, False, 10.5)]], size=12)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for svc, dept, tel in QZ_TABLE:
        clauses.append(f"服务事项：{svc[0]}；受理部门：{dept[0]}；咨询电话：{tel}")

    blank(d)
    para(d, QZ_TAIL[0], indent=2, size=14, spacing=25)
    para(d, QZ_TAIL[1], indent=2, size=12, spacing=17)
    clauses.append(QZ_TAIL[0])

    blank(d, 14)
    para(d, QZ_ORGAN, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, size=14, right=14 * 2)
    para(d, "2025年3月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0, size=14, right=14 * 6)

    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    soffice_pdf(path)
    meta = {
        "title": "中国（广西）自由贸易试验区钦州港片区外商投资服务指南（2025年版）",
        "doc_number": None,
        "issuer": [QZ_ORGAN],
        "date": "2025-03-18",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "指南",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    record(stem, meta, clauses, specific)


# ---------------------------------------------------------------------------
# (2) 烟台 若干措施 — two-column table, 中文 left, English right
# ---------------------------------------------------------------------------

YT_ROWS = [
    # ("h", zh, en) heading row; ("c", [zh paragraphs], [en paragraphs], places)
    ("c", ["为深入贯彻落实国家和省关于稳外资的决策部署，充分发挥中国（山东）自由贸易试验区烟台片区和RCEP地方经贸"
           "合作示范区平台作用，进一步优化外商投资环境，推动外商投资企业高质量发展，结合我市实际，制定以下措施。"],
     ["To implement the decisions and arrangements of the State and the Province on stabilizing foreign "
      "investment, give full play to the Yantai Area of China (Shandong) Pilot Free Trade Zone and the RCEP "
      "Local Economic and Trade Cooperation Demonstration Zone, further improve the environment for foreign "
      "investment and promote the high-quality development of foreign-invested enterprises, the following "
      "measures are formulated in light of the actual conditions of Yantai."], None),
    ("h", "一、加大外资招引力度", "I. Intensifying Efforts to Attract Foreign Investment"),
    ("c", ["1.支持重大外资项目落地。对当年新设或增资且实际使用外资金额5000万美元以上的制造业项目，按其实际使用"
           "外资金额的2%给予奖励，单个项目最高2000万元。"],
     ["1. Supporting major foreign-funded projects. A manufacturing project newly established or with "
      "increased capital in the year, whose actual use of foreign capital reaches USD 50 million or more, "
      "will receive an award of 2% of the foreign capital actually used, up to RMB 20 million per project."],
     None),
    ("c", ["2.鼓励外资总部和研发中心集聚。对新认定的跨国公司地区总部、功能性机构给予一次性500万元奖励；对新认定"
           "的外资研发中心，按其年度研发投入的10%给予补助，最高300万元。"],
     ["2. Encouraging foreign-funded headquarters and R&D centers. A newly recognized regional headquarters "
      "or functional institution of a multinational company will receive a one-off award of RMB 5 million. A "
      "newly recognized foreign-funded R&D center will receive a subsidy of 10% of its annual R&D "
      "expenditure, up to RMB 3 million."], None),
    ("c", ["3.实施以商引商奖励。对成功引荐外资项目落地的境外商协会、中介机构，按项目实际使用外资金额的千分之五"
           "给予奖励，单个项目最高100万元。"],
     ["3. Rewarding investment introduction by business. Overseas chambers of commerce, associations and "
      "intermediaries that successfully introduce foreign-funded projects will be rewarded with 0.5% of the "
      "foreign capital actually used by the project, up to RMB 1 million per project."], None),
    ("h", "二、支持开放平台建设", "II. Supporting Opening-up Platforms"),
    ("c", ["4.支持自贸片区先行先试。对在中国（山东）自由贸易试验区烟台片区内新设立的外资融资租赁、国际船舶管理"
           "企业，自开业年度起3年内，按其对地方经济发展贡献给予扶持。"],
     ["4. Supporting pilot programs in the FTZ Area. Foreign-funded financial leasing and international ship "
      "management enterprises newly established in the Yantai Area of China (Shandong) Pilot Free Trade Zone "
      "will be supported according to their contribution to the local economy for three years from the year "
      "they commence business."], ["中国（山东）自由贸易试验区烟台片区"]),
    ("c", ["5.发展综保区保税业态。支持烟台综合保税区内外商投资企业开展保税维修、再制造和跨境电商保税进口业务，"
           "对年进出口额首次突破1亿美元的企业给予50万元奖励。"],
     ["5. Developing bonded business in the comprehensive bonded zone. Foreign-invested enterprises in Yantai "
      "Comprehensive Bonded Zone are supported in bonded maintenance, remanufacturing and bonded imports for "
      "cross-border e-commerce. An enterprise whose annual import and export value exceeds USD 100 million "
      "for the first time will receive an award of RMB 500,000."], ["烟台综合保税区"]),
    ("c", ["6.推动中韩产业合作。对入驻中韩（烟台）产业园的韩资企业，优先保障用地、用能指标，并在项目审批中"
           "实行“容缺受理”。"],
     ["6. Promoting China-ROK industrial cooperation. ROK-funded enterprises located in the China-Korea "
      "(Yantai) Industrial Park will be given priority in land and energy quotas, and their project "
      "approvals may be accepted with non-essential materials to be supplemented later."],
     ["中韩（烟台）产业园"]),
    ("h", "三、优化外商投资服务", "III. Improving Services for Foreign Investment"),
    ("c", ["7.保障外商投资企业国民待遇。依法保障外商投资企业平等参与政府采购、招标投标和标准制定，不得以所有制"
           "形式、投资者国别等为由实行差别待遇。"],
     ["7. Ensuring national treatment. Foreign-invested enterprises are guaranteed equal participation in "
      "government procurement, bidding and standard-setting in accordance with the law. No differential "
      "treatment may be imposed on the grounds of form of ownership or the nationality of investors."], None),
    ("c", ["8.便利外籍人员往来。对外商投资企业邀请的外籍商务人员，优先办理来华邀请函和口岸签证。",
           "符合条件的外籍高层次人才，可申请办理有效期5年以内的居留许可。"],
     ["8. Facilitating the travel of foreign personnel. Invitation letters and port visas for foreign "
      "business people invited by foreign-invested enterprises will be processed with priority.",
      "Eligible high-level foreign talents may apply for residence permits valid for up to five years."],
     None),
    ("c", ["9.健全外资企业诉求解决机制。依托市外商投资企业投诉中心，对外资企业反映的问题实行“受理—转办—督办—"
           "反馈”闭环管理，原则上10个工作日内答复。"],
     ["9. Improving the mechanism for resolving complaints. Relying on the municipal Complaint Center for "
      "Foreign-Invested Enterprises, issues raised by foreign-invested enterprises are handled in a closed "
      "loop of acceptance, referral, supervision and feedback, and a reply is given in principle within 10 "
      "working days."], None),
    ("c", ["本措施自2025年3月1日起施行，有效期至2027年12月31日。《烟台市促进外商投资若干政策》（烟政办发〔2021〕"
           "15号）同时废止。同一事项符合市级多项政策的，按照“从优、就高、不重复”原则执行。"],
     ["These Measures shall come into force on March 1, 2025 and remain valid until December 31, 2027. The "
      "Several Policies of Yantai Municipality on Promoting Foreign Investment (Yan Zheng Ban Fa [2021] No. "
      "15) shall be repealed at the same time. Where the same matter qualifies under several municipal "
      "policies, the most favorable one applies, without duplication."], None),
]
YT_NOTE = ("注：本措施英文文本为参考译文，如中英文文本存在歧义，以中文文本为准。",
           "Note: The English text is a reference translation. In case of any discrepancy between the Chinese "
           "and English texts, the Chinese text shall prevail.")
YT_INTRO = ("《烟台市支持外商投资企业高质量发展若干措施》已经市政府同意，现印发给你们，请认真组织实施。为方便外国"
            "投资者阅读，中英文对照文本一并印发。")


def make_yantai():
    stem = f"{PFX}_yantai_cuoshi"
    d = new_doc()
    banhead(d, "烟台市人民政府办公室文件", "烟政办发〔2025〕6号", mark_size=36, top=1)
    title(d, ["烟台市人民政府办公室", "关于印发烟台市支持外商投资企业高质量发展", "若干措施的通知"])
    para(d, "各区市人民政府（管委），市政府各部门，各直属机构，各大企业，各高等院校：", indent=0)
    para(d, YT_INTRO)
    clauses = [YT_INTRO]
    specific = {}
    signoff(d, ["烟台市人民政府办公室"], "2025年2月26日", gap=2)
    para(d, "（此件公开发布）", indent=2)

    # the 措施 start a new section on a new page
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    page_footer(sec)
    title(d, ["烟台市支持外商投资企业高质量发展若干措施"])
    para(d, [("Several Measures of Yantai Municipality for Supporting the High-Quality Development of "
              "Foreign-Invested Enterprises", EN, True, 13)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=0,
         size=13, spacing=20)
    blank(d, 12)

    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), [[("中　文", HT)]], size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(0, 1), [[("English", EN, True, 12)]], size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    shade(t.cell(0, 0), "D9D9D9")
    shade(t.cell(0, 1), "D9D9D9")
    repeat_header(t.rows[0])
    for item in YT_ROWS:
        row = t.add_row()
        if item[0] == "h":
            cell_text(row.cells[0], [[(item[1], HT)]], size=12)
            cell_text(row.cells[1], [[(item[2], EN, True, 11)]], size=11)
            shade(row.cells[0], "F2F2F2")
            shade(row.cells[1], "F2F2F2")
            continue
        _, zh, en, places = item
        cell_text(row.cells[0], [[p] for p in zh], size=12, indent=2, spacing=20)
        cell_text(row.cells[1], [[(p, EN, False, 11)] for p in en], size=11, spacing=15)
        txt = "\n".join(zh)
        clauses.append(txt)
        if places:
            specific[key(txt)] = places
    row = t.add_row()
    set_widths(t, [7.6, 8.0])
    m = row.cells[0].merge(row.cells[1])
    cell_text(m, [[(YT_NOTE[0], KT)], [(YT_NOTE[1], EN, False, 10.5)]], size=12)
    clauses.append(YT_NOTE[0])

    banji(d, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，烟台警备区。",
          "烟台市人民政府办公室", "2025年2月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    soffice_pdf(path)
    meta = {
        "title": "烟台市人民政府办公室关于印发烟台市支持外商投资企业高质量发展若干措施的通知",
        "doc_number": "烟政办发〔2025〕6号",
        "issuer": ["烟台市人民政府办公室"],
        "date": "2025-02-26",
        "published": "2025-02-27",
        "level": "municipal",
        "region": "烟台市",
        "effective": "2025-03-01",
        "expires": "2027-12-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各区市人民政府（管委）", "市政府各部门", "各直属机构", "各大企业", "各高等院校"],
        "publicity": "此件公开发布",
        "repeals": "《烟台市促进外商投资若干政策》（烟政办发〔2021〕15号）",
    }
    record(stem, meta, clauses, specific)


# ---------------------------------------------------------------------------
# (3) 云南 联合通知 — 附件 is an English-only unofficial translation
# ---------------------------------------------------------------------------

YN_ORGANS = ["云南省商务厅", "昆明海关", "国家外汇管理局云南省分局"]
YN_BODY = [
    ("c", "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”和稳外资稳外贸的决策部署，发挥我省面向南亚东南亚"
          "辐射中心作用，进一步便利外商投资企业参与跨境贸易和投资合作，现就有关事项通知如下：", None, 2),
    ("h", "一、提升跨境贸易便利化水平"),
    ("c", "（一）全面推广“提前申报”“两步申报”等通关模式，对外商投资企业进出口的鲜活农产品、水果实行“即到即查、"
          "即查即放”；全省各公路口岸（如河口、磨憨、瑞丽口岸）农副产品快速通关“绿色通道”全天候开放。", None, 2),
    ("c", "（二）支持昆明综合保税区内的外商投资企业开展“保税+”研发设计、检测维修业务，对符合条件的企业实施"
          "“自主备案、自定核销周期”等便利措施。", ["昆明综合保税区"], 2),
    ("c", "（三）对在中国（云南）自由贸易试验区德宏片区内从事边民互市商品落地加工的外商投资企业，允许其按规定"
          "收购互市商品作为生产原料，并简化进口申报手续。", ["中国（云南）自由贸易试验区德宏片区"], 2),
    ("h", "二、便利跨境资金结算"),
    ("c", "（一）支持银行为优质外商投资企业办理贸易外汇收支便利化业务，凭企业收付款指令直接办理货物贸易外汇收支，"
          "无需事前逐笔审核单证。", None, 2),
    ("c", "（二）扩大人民币在面向南亚东南亚跨境贸易中的使用，鼓励外商投资企业在与老挝、越南、缅甸等周边国家的贸易"
          "中使用人民币计价结算。", None, 2),
    ("c", "（三）在中国（云南）自由贸易试验区红河片区开展跨境人民币结算便利化试点，区内符合条件的外商投资企业可凭"
          "收付款说明直接办理跨境人民币结算。", ["中国（云南）自由贸易试验区红河片区"], 2),
    ("h", "三、强化服务保障"),
    ("c", "（一）各州、市商务部门要建立外商投资企业“服务专员”制度，每季度至少走访一次重点外资企业，及时协调解决"
          "企业在参与“一带一路”经贸合作中遇到的困难和问题。", None, 2),
    ("c", "（二）各地、各部门要加强政策宣介，用好本通知英文译本，通过驻外商务机构、境外商协会等渠道面向境外投资者"
          "开展精准推介。", None, 2),
    ("c", "本通知自2025年5月1日起施行，有效期3年。执行中遇到的问题，请及时向省商务厅（外国投资管理处）反馈。",
     None, 2),
]

YN_EN = [
    ("it", "Unofficial Translation"),
    ("it", "For reference only. In case of any discrepancy, the Chinese version shall prevail."),
    ("t", "Notice of the Department of Commerce of Yunnan Province, Kunming Customs and the Yunnan Branch of "
          "the State Administration of Foreign Exchange on Further Facilitating the Participation of "
          "Foreign-Invested Enterprises in Belt and Road Economic and Trade Cooperation"),
    ("c", "Yun Shang Wai Zi [2025] No. 12"),
    ("p0", "To: the commerce bureaus of all prefectures and cities, all customs offices under Kunming Customs, "
           "all prefecture- and city-level branches of the State Administration of Foreign Exchange, and the "
           "Administrative Committees of the Kunming, Honghe and Dehong Areas of China (Yunnan) Pilot Free "
           "Trade Zone:"),
    ("p", "In order to implement the decisions of the CPC Central Committee and the State Council on "
          "high-quality Belt and Road cooperation and on stabilizing foreign investment and foreign trade, "
          "give play to Yunnan's role as a center radiating to South Asia and Southeast Asia, and further "
          "facilitate the participation of foreign-invested enterprises in cross-border trade and investment "
          "cooperation, the relevant matters are hereby notified as follows:"),
    ("h", "I. Improving Cross-Border Trade Facilitation"),
    ("p", "(I) Clearance models such as \"advance declaration\" and \"two-step declaration\" shall be fully "
          "promoted. Fresh agricultural products and fruits imported or exported by foreign-invested "
          "enterprises shall be inspected upon arrival and released upon inspection. Green channels for the "
          "fast clearance of agricultural products at all highway ports in the province (such as Hekou, "
          "Mohan and Ruili) shall be open around the clock."),
    ("p", "(II) Foreign-invested enterprises in Kunming Comprehensive Bonded Zone are supported in carrying "
          "out \"bonded plus\" R&D, design, testing and maintenance business. Eligible enterprises may enjoy "
          "facilitation measures such as self-filing and self-determined write-off cycles."),
    ("p", "(III) Foreign-invested enterprises engaged in processing goods from border residents' mutual "
          "trade in the Dehong Area of China (Yunnan) Pilot Free Trade Zone are allowed to purchase such "
          "goods as raw materials in accordance with the regulations, with simplified import declaration."),
    ("h", "II. Facilitating Cross-Border Settlement"),
    ("p", "(I) Banks are supported in providing facilitated foreign exchange receipts and payments under "
          "trade for high-quality foreign-invested enterprises, handling them directly on the payment "
          "instructions of the enterprises without prior item-by-item review of documents."),
    ("p", "(II) The use of RMB in cross-border trade with South Asia and Southeast Asia shall be expanded. "
          "Foreign-invested enterprises are encouraged to use RMB for pricing and settlement in trade with "
          "neighboring countries such as Laos, Viet Nam and Myanmar."),
    ("p", "(III) A pilot program on facilitated cross-border RMB settlement shall be carried out in the Honghe "
          "Area of China (Yunnan) Pilot Free Trade Zone, where eligible foreign-invested enterprises may "
          "settle cross-border RMB directly on the basis of payment statements."),
    ("h", "III. Strengthening Services"),
    ("p", "(I) The commerce authorities of all prefectures and cities shall establish a \"service "
          "commissioner\" system for foreign-invested enterprises, visit key foreign-invested enterprises at "
          "least once every quarter, and help solve the difficulties they encounter in Belt and Road economic "
          "and trade cooperation in a timely manner."),
    ("p", "(II) All localities and departments shall strengthen policy publicity, make good use of the "
          "English translation of this Notice, and promote it to overseas investors through commercial "
          "offices abroad, overseas chambers of commerce and other channels."),
    ("p", "This Notice shall come into force on May 1, 2025 and remain valid for three years. Problems "
          "encountered in implementation shall be reported to the Department of Commerce of Yunnan Province "
          "(Foreign Investment Administration Division)."),
    ("r", "Department of Commerce of Yunnan Province"),
    ("r", "Kunming Customs"),
    ("r", "Yunnan Branch of the State Administration of Foreign Exchange"),
    ("r", "April 8, 2025"),
]


def make_yunnan():
    stem = f"{PFX}_yunnan_tongzhi"
    d = new_doc()
    # joint 版头: three organ names stacked on the left, 文件 on the right (borderless table)
    blank(d)
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [12.2, 3.4])
    cell_text(t.cell(0, 0), [[o] for o in YN_ORGANS], size=26, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
              spacing=36, east=XBS)
    for p in t.cell(0, 0).paragraphs:
        for r in p.runs:
            r.font.color.rgb = RED
    cell_text(t.cell(0, 1), [["文件"]], size=40, align=WD_ALIGN_PARAGRAPH.CENTER, spacing=50, east=XBS)
    for r in t.cell(0, 1).paragraphs[0].runs:
        r.font.color.rgb = RED
    t.cell(0, 1).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    blank(d)
    p = para(d, "云商外资〔2025〕12号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
    border(p, "bottom", "FF0000", 18, 6)
    blank(d)
    title(d, ["云南省商务厅　昆明海关", "国家外汇管理局云南省分局关于进一步便利", "外商投资企业参与“一带一路”经贸合作的通知"])
    para(d, "各州、市商务局，昆明海关各隶属海关，国家外汇管理局各州、市分局（中心支局），中国（云南）自由贸易"
            "试验区昆明、红河、德宏片区管委会：", indent=0)
    clauses, specific = [], {}
    for item in YN_BODY:
        if item[0] == "h":
            para(d, [(item[1], HT)], keep=True)
            continue
        _, txt, places, ind = item
        para(d, txt, indent=ind)
        clauses.append(txt)
        if places:
            specific[key(txt)] = places
    para(d, "联系人：李明哲，电话：0871-63218745，邮箱：wzc@ynswt-example.cn", indent=2)
    blank(d)
    para(d, "附件：本通知英文译本（非官方译文，仅供参考）", indent=2, hanging=None)
    # 落款: three organs for a joint document, date centred under them
    blank(d)
    blank(d)
    p = para(d, "云南省商务厅　　　　　　　　昆明海关", indent=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=16 * 3)
    blank(d)
    para(d, "国家外汇管理局云南省分局", indent=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=16 * 3)
    para(d, "2025年4月8日", indent=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=16 * 5)
    para(d, "（此件公开发布）", indent=2)

    # 附件 on a new page, English only
    page_break(d)
    para(d, [("附件", HT)], indent=0)
    blank(d)
    for kind, txt in YN_EN:
        if kind == "it":
            para(d, [(txt, EN, False, 12)], indent=0, size=12, italic=True, spacing=18,
                 align=WD_ALIGN_PARAGRAPH.RIGHT)
        elif kind == "t":
            blank(d, 12)
            para(d, [(txt, EN, True, 14)], indent=0, size=14, spacing=20, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "c":
            para(d, [(txt, EN, False, 12)], indent=0, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
            blank(d, 12)
        elif kind == "h":
            para(d, [(txt, EN, True, 12)], indent=0, size=12, spacing=18, keep=True, before=6)
        elif kind == "p0":
            para(d, [(txt, EN, False, 12)], indent=0, size=12, spacing=18)
        elif kind == "p":
            para(d, [(txt, EN, False, 12)], indent=2, size=12, spacing=18)
        elif kind == "r":
            para(d, [(txt, EN, False, 12)], indent=0, size=12, spacing=18, align=WD_ALIGN_PARAGRAPH.RIGHT)

    banji(d, "抄送：商务部外国投资管理司，海关总署综合业务司，国家外汇管理局经常项目管理司，省人民政府办公厅。",
          "云南省商务厅办公室", "2025年4月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    soffice_pdf(path)
    meta = {
        "title": "云南省商务厅 昆明海关 国家外汇管理局云南省分局关于进一步便利外商投资企业参与“一带一路”经贸合作的通知",
        "doc_number": "云商外资〔2025〕12号",
        "issuer": YN_ORGANS,
        "date": "2025-04-08",
        "published": "2025-04-09",
        "level": "provincial",
        "region": "云南省",
        "effective": "2025-05-01",
        "expires": "2028-04-30",
        "attachments": ["本通知英文译本（非官方译文，仅供参考）"],
        "doc_type": "通知",
        "recipients": ["各州、市商务局", "昆明海关各隶属海关", "国家外汇管理局各州、市分局（中心支局）",
                       "中国（云南）自由贸易试验区昆明、红河、德宏片区管委会"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    record(stem, meta, clauses, specific)


# ---------------------------------------------------------------------------
# (4) 宁波片区 公告 — HTML page with a 中文|English toggle
# ---------------------------------------------------------------------------

NB_ORGAN = "中国（浙江）自由贸易试验区宁波片区管理委员会"
NB_TITLE = "中国（浙江）自由贸易试验区宁波片区管理委员会关于支持外商投资企业发展跨境电子商务的公告"
NB_ZH = [
    ("c", "为贯彻落实《中国（浙江）自由贸易试验区扩展区域方案》，支持外商投资企业在宁波片区发展跨境电子商务，"
          "推动与共建“一带一路”国家贸易畅通，现将有关事项公告如下：", None),
    ("h", "一、支持对象"),
    ("c", "在宁波片区依法注册、具有独立法人资格的外商投资企业（含港澳台投资企业），从事跨境电子商务进出口、"
          "海外仓运营及相关服务的，可按本公告申请支持。", None),
    ("h", "二、支持措施"),
    ("c", "（一）海外仓建设。对外商投资企业在共建“一带一路”国家新建或租用面积5000平方米以上公共海外仓的，按实际"
          "投入的20%给予补助，最高200万元。", None),
    ("c", "（二）保税进口。对在宁波梅山综合保税区内开展跨境电商网购保税进口（1210）业务的外商投资企业，按年度"
          "进口额每1亿元给予30万元奖励，最高150万元。", ["宁波梅山综合保税区"]),
    ("c", "（三）出口监管仓。支持在宁波北仑港综合保税区设立跨境电商出口监管仓，对首单业务实现通关的企业给予一次性"
          "20万元奖励。", ["宁波北仑港综合保税区"]),
    ("c", "（四）人才服务。外商投资跨境电商企业引进的外籍专业人才，可按规定办理工作类居留许可，其子女入学按片区"
          "人才政策予以保障。", None),
    ("h", "三、申报方式"),
    ("c", "符合条件的企业于每年3月31日前通过“浙里办”宁波片区惠企服务专区提交申请，片区经济发展局会同财政局审核"
          "后拨付资金。", None),
    ("h", "四、其他事项"),
    ("c", "本公告自2025年6月1日起施行，有效期至2027年5月31日。本公告中英文版本如有不一致，以中文版本为准。",
     None),
]
NB_EN = [
    ("p", "In order to implement the Plan for the Expanded Areas of China (Zhejiang) Pilot Free Trade Zone, "
          "support foreign-invested enterprises in developing cross-border e-commerce in Ningbo Area and "
          "promote unimpeded trade with Belt and Road partner countries, the relevant matters are hereby "
          "announced as follows:"),
    ("h", "I. Eligible Enterprises"),
    ("p", "Foreign-invested enterprises (including those invested from Hong Kong, Macao and Taiwan) lawfully "
          "registered in Ningbo Area with independent legal person status and engaged in cross-border "
          "e-commerce imports and exports, overseas warehouse operation or related services may apply for "
          "support under this Announcement."),
    ("h", "II. Support Measures"),
    ("p", "(I) Overseas warehouses. A foreign-invested enterprise that builds or leases a public overseas "
          "warehouse of 5,000 square meters or more in a Belt and Road partner country will receive a subsidy "
          "of 20% of its actual investment, up to RMB 2 million."),
    ("p", "(II) Bonded imports. A foreign-invested enterprise carrying out bonded online-shopping imports "
          "(customs code 1210) in Ningbo Meishan Comprehensive Bonded Zone will receive RMB 300,000 for every "
          "RMB 100 million of annual imports, up to RMB 1.5 million."),
    ("p", "(III) Export supervision warehouses. Cross-border e-commerce export supervision warehouses are "
          "supported in Ningbo Beilun Port Comprehensive Bonded Zone. An enterprise whose first shipment "
          "clears customs will receive a one-off award of RMB 200,000."),
    ("p", "(IV) Talent services. Foreign professionals recruited by foreign-invested cross-border e-commerce "
          "enterprises may apply for work-type residence permits, and the schooling of their children is "
          "guaranteed under the talent policies of the Area."),
    ("h", "III. Application"),
    ("p", "Eligible enterprises shall apply before March 31 each year through the Ningbo Area service zone "
          "of the \"Zheli Ban\" app. Funds will be disbursed after review by the Economic Development Bureau "
          "together with the Finance Bureau of the Area."),
    ("h", "IV. Other Matters"),
    ("p", "This Announcement shall come into force on June 1, 2025 and remain valid until May 31, 2027. In "
          "case of any discrepancy between the Chinese and English versions, the Chinese version shall "
          "prevail."),
]


def make_ningbo():
    stem = f"{PFX}_ningbo_gonggao"
    url = "https://www.nbftz-pq.gov.cn/art/2025/5/16/art_1229_4821733.html"
    zh_parts, clauses, specific = [], [], {}
    for item in NB_ZH:
        if item[0] == "h":
            zh_parts.append(f'<p style="text-indent:2em;"><strong>{item[1]}</strong></p>')
            continue
        _, txt, places = item
        zh_parts.append(f'<p style="text-indent:2em;">{txt}</p>')
        clauses.append(txt)
        if places:
            specific[key(txt)] = places
    en_parts = []
    for kind, txt in NB_EN:
        txt = txt.replace('"', "&quot;")
        if kind == "h":
            en_parts.append(f"<p><strong>{txt}</strong></p>")
        else:
            en_parts.append(f'<p style="text-indent:2em;">{txt}</p>')
    zh_body = "\n".join(zh_parts)
    en_body = "\n".join(en_parts)
    html = f"""<!DOCTYPE html>
<!-- saved from url=({len(url):04d}){url} -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{NB_TITLE}_通知公告_中国（浙江）自由贸易试验区宁波片区</title>
<meta name="SiteName" content="中国（浙江）自由贸易试验区宁波片区">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{NB_TITLE}">
<meta name="PubDate" content="2025-05-16 09:30">
<meta name="ContentSource" content="宁波片区管委会">
<link rel="stylesheet" href="./blind276_ningbo_gonggao_files/common.css">
<style>
  body {{ font-family: "Microsoft YaHei", SimSun, sans-serif; background:#f4f6f9; margin:0; }}
  .header {{ background:#0b4f9c; color:#fff; padding:14px 0; }}
  .header .logo {{ width:1200px; margin:0 auto; font-size:24px; }}
  .nav {{ background:#0a3f7d; }}
  .nav ul {{ width:1200px; margin:0 auto; padding:0; list-style:none; display:flex; }}
  .nav li a {{ color:#fff; display:block; padding:10px 22px; text-decoration:none; }}
  .wrap {{ width:1200px; margin:16px auto; background:#fff; padding:24px 40px; box-sizing:border-box; }}
  .crumb {{ color:#666; font-size:14px; border-bottom:1px solid #e5e5e5; padding-bottom:10px; }}
  .lang-switch {{ text-align:right; font-size:14px; margin:10px 0; }}
  .lang-switch a {{ color:#0b4f9c; cursor:pointer; padding:0 6px; }}
  .lang-switch a.on {{ font-weight:bold; color:#c00; }}
  .art-title {{ text-align:center; font-size:24px; color:#222; line-height:1.6; margin:18px 60px; }}
  .art-info {{ text-align:center; color:#888; font-size:14px; border-bottom:1px dashed #ccc; padding-bottom:12px; }}
  .art-content {{ font-size:16px; line-height:2; color:#333; margin-top:20px; }}
  .wh {{ text-align:center; }}
  .sign {{ text-align:right; }}
  .fj {{ margin-top:20px; font-size:15px; }}
  .related {{ margin-top:30px; border-top:2px solid #0b4f9c; }}
  .related li {{ line-height:2; font-size:14px; }}
  .footer {{ background:#333; color:#aaa; text-align:center; font-size:13px; padding:18px 0; line-height:2; }}
</style>
</head>
<body>
<div class="header"><div class="logo">中国（浙江）自由贸易试验区宁波片区 &nbsp; <small>Ningbo Area, China (Zhejiang) Pilot Free Trade Zone</small></div></div>
<div class="nav"><ul>
  <li><a href="https://www.nbftz-pq.gov.cn/">首页</a></li>
  <li><a href="https://www.nbftz-pq.gov.cn/col/col1228/">片区概况</a></li>
  <li><a href="https://www.nbftz-pq.gov.cn/col/col1229/">政务公开</a></li>
  <li><a href="https://www.nbftz-pq.gov.cn/col/col1230/">投资服务</a></li>
  <li><a href="https://www.nbftz-pq.gov.cn/col/col1231/">制度创新</a></li>
  <li><a href="https://www.nbftz-pq.gov.cn/en/">Invest in Ningbo Area</a></li>
</ul></div>
<div class="wrap">
  <div class="crumb">当前位置：<a href="https://www.nbftz-pq.gov.cn/">首页</a> &gt; <a href="https://www.nbftz-pq.gov.cn/col/col1229/">政务公开</a> &gt; 通知公告</div>
  <div class="lang-switch"><a id="btn-zh" class="on" onclick="switchLang('zh')">中文</a>|<a id="btn-en" onclick="switchLang('en')">English</a></div>

  <div id="lang-zh" class="lang-block">
    <h1 class="art-title">{NB_TITLE}</h1>
    <div class="art-info">发布日期：2025-05-16 09:30&nbsp;&nbsp;&nbsp;&nbsp;来源：宁波片区管委会&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">1286</span>&nbsp;&nbsp;&nbsp;&nbsp;字号：[ <a>大</a> <a>中</a> <a>小</a> ]</div>
    <div class="art-content">
<p class="wh">宁波片区公告〔2025〕3号</p>
{zh_body}
<p style="text-indent:2em;">特此公告。</p>
<p class="fj">附件：<a href="https://www.nbftz-pq.gov.cn/module/download/downfile.jsp?classid=0&amp;filename=2505161032117.docx">宁波片区跨境电商外商投资企业支持资金申报表.docx</a></p>
<p class="sign">{NB_ORGAN}</p>
<p class="sign">2025年5月15日</p>
    </div>
  </div>

  <div id="lang-en" class="lang-block" style="display:none">
    <h1 class="art-title">Announcement of the Administrative Committee of Ningbo Area, China (Zhejiang) Pilot Free Trade Zone on Supporting Foreign-Invested Enterprises in Developing Cross-Border E-Commerce</h1>
    <div class="art-info">Release Date: 2025-05-16&nbsp;&nbsp;&nbsp;&nbsp;Source: Administrative Committee of Ningbo Area</div>
    <div class="art-content">
<p class="wh">Ningbo Area Announcement [2025] No. 3</p>
{en_body}
<p class="fj">Attachment: <a href="https://www.nbftz-pq.gov.cn/module/download/downfile.jsp?classid=0&amp;filename=2505161032117.docx">Application Form for Support Funds (in Chinese)</a></p>
<p class="sign">Administrative Committee of Ningbo Area, China (Zhejiang) Pilot Free Trade Zone</p>
<p class="sign">May 15, 2025</p>
    </div>
  </div>

  <div class="related">
    <h3>相关信息</h3>
    <ul>
      <li><a href="https://www.nbftz-pq.gov.cn/art/2025/5/9/art_1229_4819021.html">宁波片区召开2025年外资企业圆桌会议</a> <span>2025-05-09</span></li>
      <li><a href="https://www.nbftz-pq.gov.cn/art/2025/4/22/art_1229_4810358.html">关于开展2025年度跨境电商海外仓认定工作的通知</a> <span>2025-04-22</span></li>
      <li><a href="https://www.nbftz-pq.gov.cn/art/2025/3/28/art_1229_4802176.html">宁波梅山综合保税区一季度进出口额同比增长18.6%</a> <span>2025-03-28</span></li>
    </ul>
  </div>
</div>
<div class="footer">
  主办单位：中国（浙江）自由贸易试验区宁波片区管理委员会&nbsp;&nbsp;承办：宁波片区管委会办公室<br>
  地址：宁波市北仑区新大路1069号&nbsp;&nbsp;联系电话：0574-86870512<br>
  网站标识码：3302000047&nbsp;&nbsp;浙ICP备05013418号-7&nbsp;&nbsp;浙公网安备 33020602000918号
</div>
<script>
function switchLang(lang) {{
  document.getElementById('lang-zh').style.display = (lang === 'zh') ? 'block' : 'none';
  document.getElementById('lang-en').style.display = (lang === 'en') ? 'block' : 'none';
  document.getElementById('btn-zh').className = (lang === 'zh') ? 'on' : '';
  document.getElementById('btn-en').className = (lang === 'en') ? 'on' : '';
}}
</script>
</body></html>
"""
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(html)
    meta = {
        "title": NB_TITLE,
        "doc_number": "宁波片区公告〔2025〕3号",
        "issuer": [NB_ORGAN],
        "date": "2025-05-15",
        "published": "2025-05-16",
        "level": "zone",
        "region": "中国（浙江）自由贸易试验区宁波片区",
        "effective": "2025-06-01",
        "expires": "2027-05-31",
        "attachments": ["宁波片区跨境电商外商投资企业支持资金申报表"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    record(stem, meta, clauses, specific)


def main():
    make_qinzhou()
    make_yantai()
    make_yunnan()
    make_ningbo()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    for stem, docs in EXPECTED.items():
        print(stem, sum(len(x["clauses"]) for x in docs), "clauses")


if __name__ == "__main__":
    main()
