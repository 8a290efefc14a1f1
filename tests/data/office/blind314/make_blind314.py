# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test files, round 314: 请示 / 批复 / 报告 / 复函 on 自贸试验区 and 一带一路.

Writes next to itself:
  blind314_qinzhougang_qingshi.docx/.pdf  片区管委会 → 市政府 请示
  blind314_qinzhou_pifu.docx/.pdf         市政府 → 片区管委会 批复
  blind314_qinzhou_baogao.docx/.pdf       市商务局 → 自治区商务厅 报告
  blind314_guangxi_fuhan.docx/.pdf        自治区商务厅 → 云南省商务厅 复函 (函 format)
  expected.json
All documents, numbers, people and companies are fictional.
Run: . /work/venv/bin/activate && python make_blind314.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"

BODY = Pt(16)      # 三号
LINE = Pt(28.9)    # 22 lines a page
CHAR = Pt(16)


# ----------------------------------------------------------------- helpers
def set_font(run, name, size=BODY, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    run.font.size = size
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first=0, left=0, right=0, line=LINE, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = first
    pf.left_indent = left
    pf.right_indent = right
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = line
    pf.space_before = before
    pf.space_after = after
    pf.widow_control = False


def border(p, side, sz=12, color="FF0000", val="single", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def add_field(run, instr):
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._r.append(it)
        elif kind == "text":
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)


def page_footer(footer, align):
    p = footer.paragraphs[0]
    p.text = ""
    fmt(p, align=align, line=Pt(18),
        left=CHAR if align == WD_ALIGN_PARAGRAPH.LEFT else 0,
        right=CHAR if align == WD_ALIGN_PARAGRAPH.RIGHT else 0)
    r = p.add_run("— ")
    set_font(r, SONG, Pt(14))
    r = p.add_run()
    set_font(r, SONG, Pt(14))
    add_field(r, "PAGE")
    r = p.add_run(" —")
    set_font(r, SONG, Pt(14))


def new_doc(first_page_no_number=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = BODY
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)
    doc.settings.odd_and_even_pages_header_footer = True
    page_footer(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)          # odd pages: right
    page_footer(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)  # even pages: left
    if first_page_no_number:                                   # 函: 首页不显示页码
        sec.different_first_page_header_footer = True
        sec.first_page_footer.paragraphs[0].text = ""
    doc.core_properties.author = "办公室"
    return doc


def body(doc, text, font=FS, first=2 * CHAR, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
    p = doc.add_paragraph()
    fmt(p, align=align, first=first)
    r = p.add_run(text)
    set_font(r, font)
    return p


def runin(doc, head, rest, head_font=KT):
    """run-in heading: 「（一）标题。」 in 楷体/黑体 followed by text in 仿宋, one paragraph."""
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=2 * CHAR)
    set_font(p.add_run(head), head_font)
    set_font(p.add_run(rest), FS)
    return p


def heading(doc, text, font=HT):
    return body(doc, text, font=font)


def red_head(doc, lines, size=Pt(30), before=Mm(25)):
    for i, ln in enumerate(lines):
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(size.pt * 1.25),
            before=before if i == 0 else 0)
        r = p.add_run(ln)
        set_font(r, XBS, size, color=RED)
        r.font.spacing = Pt(0)


def number_line(doc, number, signer=None, centered=False):
    p = doc.add_paragraph()
    if signer:
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, left=CHAR, before=Pt(30))
        p.paragraph_format.tab_stops.add_tab_stop(Mm(149), WD_TAB_ALIGNMENT.RIGHT)
        set_font(p.add_run(number + "\t"), FS)
        set_font(p.add_run("签发人："), FS)
        set_font(p.add_run(signer), KT)
    else:
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=Pt(30))
        set_font(p.add_run(number), FS)
    return p


def red_rule(doc, double=False):
    p = doc.add_paragraph()
    fmt(p, line=Pt(6), after=Pt(20))
    if double:
        border(p, "bottom", sz=24, val="thickThinSmallGap")
    else:
        border(p, "bottom", sz=18)
    r = p.add_run("")
    set_font(r, FS, Pt(6))
    return p


def title(doc, lines):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35), before=Pt(6), after=Pt(28))
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_font(r, XBS, Pt(22))
        if i < len(lines) - 1:
            r.add_break()            # soft line break inside the title
    return p


def recipient(doc, text):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_font(p.add_run(text), FS)
    return p


def signature(doc, organ, date, blank_lines=2):
    for _ in range(blank_lines):
        body(doc, "")
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=2 * CHAR if len(organ) < 14 else 0)
    set_font(p.add_run(organ), FS)
    p.paragraph_format.keep_with_next = True
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=4 * CHAR)
    set_font(p.add_run(date), FS)


def banji(doc, cc, printer, pdate, gap=1, psize=Pt(14)):
    for _ in range(gap):
        body(doc, "")
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, left=CHAR, right=CHAR, line=Pt(26), before=Pt(4))
    border(p, "top", sz=8, color="000000", space=4)
    border(p, "bottom", sz=4, color="000000", space=4)
    p.paragraph_format.first_line_indent = 0
    p.paragraph_format.left_indent = Pt(14 * 4) + CHAR
    p.paragraph_format.first_line_indent = -Pt(14 * 4)
    set_font(p.add_run("抄送：" + cc), FS, Pt(14))
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, left=CHAR, right=CHAR, line=Pt(26))
    border(p, "bottom", sz=8, color="000000", space=4)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(149), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run(printer + "\t" + pdate + "印发"), FS, psize)


def cell_text(cell, text, font=FS, size=Pt(12), bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align=align, line=Pt(18))
    set_font(p.add_run(text), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def make_table(doc, header, rows, vmerge_col=None, hmerge_last=None, widths=None):
    """rows: list of lists (full values, repeated in merged cells).
    vmerge_col: index of a column whose equal consecutive values are merged vertically.
    hmerge_last: (span, text) — last row's first `span` cells merged and holding text."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, font=HT)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v,
                      align=WD_ALIGN_PARAGRAPH.LEFT if (j == len(header) - 1 and len(v) > 8) else WD_ALIGN_PARAGRAPH.CENTER)
    if vmerge_col is not None:
        n = len(rows) - (1 if hmerge_last else 0)
        i = 0
        while i < n:
            k = i
            while k + 1 < n and rows[k + 1][vmerge_col] == rows[i][vmerge_col]:
                k += 1
            if k > i:
                merged = t.cell(i + 1, vmerge_col).merge(t.cell(k + 1, vmerge_col))
                cell_text(merged, rows[i][vmerge_col])
            i = k + 1
    if hmerge_last:
        span, text = hmerge_last
        last = len(rows)
        merged = t.cell(last, 0).merge(t.cell(last, span - 1))
        cell_text(merged, text, font=HT)
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = w
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
    # repeat header row
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    return t


def row_clause(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row) if v != "")


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_314",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXPECTED = {}

ZONE = "中国（广西）自由贸易试验区钦州港片区"
ZONE_ORG = "中国（广西）自由贸易试验区钦州港片区管理委员会"
CENTER = "跨境电商与海外仓综合服务中心"


# ======================================================= (a) 请示 (片区 → 市)
def make_qingshi():
    stem = "blind314_qinzhougang_qingshi"
    doc = new_doc()
    red_head(doc, ["中国（广西）自由贸易试验区", "钦州港片区管理委员会文件"], size=Pt(28), before=Mm(20))
    number_line(doc, "钦港自贸管〔2024〕17号", signer="韦振华")
    red_rule(doc)
    ttl = ["关于在钦州港片区建设跨境电商与海外仓", "综合服务中心的请示"]
    title(doc, ttl)
    recipient(doc, "钦州市人民政府：")
    clauses = []

    c = ("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”和实施自由贸易试验区提升战略的决策部署，"
         "用好西部陆海新通道和《区域全面经济伙伴关系协定》（RCEP）政策红利，推动跨境电商与海外仓协同发展，"
         "我委拟在钦州港片区建设跨境电商与海外仓综合服务中心（以下简称“服务中心”）。现将有关事项请示如下：")
    body(doc, c); clauses.append(c)
    heading(doc, "一、基本情况")
    c = ("2023年，钦州港片区实现跨境电商进出口额46.8亿元，同比增长37.2%；片区内注册跨境电商企业达到213家，"
         "企业在东盟国家设立海外仓19个，总面积约15.6万平方米。但片区跨境电商仍存在通关、物流、结汇、退税等服务分散，"
         "中小企业“出海”成本较高等问题，亟需建设集成化的公共服务平台。")
    body(doc, c); clauses.append(c)
    c = ("服务中心选址于钦州港片区大榄坪南7路以南、中马钦州产业园区以西地块，规划用地约86亩，总建筑面积约6.2万平方米，"
         "总投资约3.86亿元（详见附件），拟于2024年6月开工、2025年12月建成投入运营。服务中心将设立通关服务、海外仓资源对接、"
         "跨境支付结算、品牌孵化和人才培训五大功能板块，面向西部陆海新通道沿线省（区、市）企业提供“一站式”服务。")
    body(doc, c); clauses.append(c)
    heading(doc, "二、请示事项")
    items = [
        "（一）同意在钦州港片区建设跨境电商与海外仓综合服务中心，将其列入2024年市级重大项目清单，并在项目用地、能耗指标等方面予以优先保障。",
        "（二）同意从市级开放型经济发展专项资金中安排5000万元，分2024年、2025年两年拨付，用于服务中心公共服务平台建设和设备购置，其余建设资金由片区通过专项债券和引入社会资本解决。",
        "（三）支持在钦州综合保税区开展跨境电商网购保税进口（1210）和特殊区域出口业务，由市商务局牵头协调钦州海关，将服务中心纳入跨境电商监管作业场所布局。",
        "（四）同意由市商务局、市发展改革委、市财政局、市自然资源局和钦州港片区管委会建立服务中心建设联席会议制度，每季度召开一次会议，协调解决项目推进中的重大问题。",
        "（五）对在服务中心注册并使用海外仓服务的中小跨境电商企业，按其上一年度海外仓租赁实际费用的30%给予补贴，单家企业每年最高不超过50万元，所需资金由市、片区按5∶5比例分担。",
    ]
    for c in items:
        body(doc, c); clauses.append(c)
    body(doc, "妥否，请批示。")
    body(doc, "")
    att = "钦州港片区跨境电商与海外仓综合服务中心投资估算表"
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, left=2 * CHAR + Pt(16 * 3), first=-Pt(16 * 3))
    set_font(p.add_run("附件：" + att), FS)
    signature(doc, ZONE_ORG, "2024年3月18日", blank_lines=3)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=2 * CHAR)
    set_font(p.add_run("（联系人：黄晓明，电话：0777-5218866）"), FS)

    # attachment on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, line=Pt(6))
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_font(p.add_run("附件"), HT)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(35), before=Pt(12), after=Pt(18))
    r = p.add_run("钦州港片区跨境电商与海外仓综合服务中心")
    set_font(r, XBS, Pt(20))
    r.add_break()
    set_font(p.add_run("投资估算表"), XBS, Pt(20))
    header = ["序号", "投资类别", "项目内容", "估算金额（万元）", "资金来源"]
    rows = [
        ["1", "建设投资", "土建及配套工程", "21800", "地方政府专项债券"],
        ["2", "建设投资", "智能仓储及分拣设备", "7200", "市级专项资金、社会资本"],
        ["3", "建设投资", "公共服务信息平台", "3600", "市级专项资金"],
        ["4", "运营投资", "前三年运营补助", "4200", "片区财政资金"],
        ["5", "运营投资", "人才培训及品牌孵化", "1800", "社会资本"],
    ]
    total = ["合计", "合计", "合计", "38600", "—"]
    make_table(doc, header, rows + [total], vmerge_col=1, hmerge_last=(3, "合计"),
               widths=[Mm(15), Mm(28), Mm(45), Mm(30), Mm(38)])
    for r in rows:
        clauses.append(row_clause(header, r))
    clauses.append("序号：合计；估算金额（万元）：38600；资金来源：—")
    body(doc, "")
    body(doc, "")
    banji(doc, "钦州市商务局，钦州市发展和改革委员会，钦州市财政局。",
          ZONE_ORG + "办公室", "2024年3月18日", gap=2, psize=Pt(11))
    save(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": "".join(ttl),
            "doc_number": "钦港自贸管〔2024〕17号",
            "issuer": [ZONE_ORG],
            "date": "2024-03-18",
            "published": "2024-03-18",
            "level": "zone",
            "region": ZONE,
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "请示",
            "recipients": ["钦州市人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            "（三）支持在钦州综合保税区开展跨境电商网购保税进口": ["钦州综合保税区"],
        }},
    }]


# ======================================================= (b) 批复 (市 → 片区)
def make_pifu():
    stem = "blind314_qinzhou_pifu"
    doc = new_doc()
    red_head(doc, ["钦州市人民政府文件"], size=Pt(36))
    number_line(doc, "钦政复〔2024〕6号")
    red_rule(doc)
    ttl = ["钦州市人民政府关于同意在钦州港片区", "建设跨境电商与海外仓综合服务中心的批复"]
    title(doc, ttl)
    recipient(doc, ZONE_ORG + "：")
    clauses = []
    c = ("你委《关于在钦州港片区建设跨境电商与海外仓综合服务中心的请示》（钦港自贸管〔2024〕17号）收悉。"
         "经市人民政府研究，现批复如下：")
    body(doc, c); clauses.append(c)
    c = ("一、同意在中国（广西）自由贸易试验区钦州港片区建设跨境电商与海外仓综合服务中心（以下简称服务中心），"
         "并将其列入2024年市级重大项目清单。你委要按照“政府引导、企业主体、市场运作”的原则，抓紧完善建设方案，"
         "确保项目于2024年6月底前开工。")
    body(doc, c); clauses.append(c)
    # item 二: second paragraph typed after a soft line break (Shift+Enter) plus two full-width spaces
    c1 = ("二、原则同意从市级开放型经济发展专项资金中安排4000万元支持服务中心公共服务平台建设和设备购置，"
          "其中2024年安排2000万元、2025年安排2000万元，由市财政局会同市商务局按项目实施进度拨付。")
    c2 = "你委请示的海外仓租赁费用补贴事项，请市商务局会同市财政局另行研究制定具体办法，按程序报批后实施。"
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=2 * CHAR)
    r = p.add_run(c1)
    set_font(r, FS)
    r.add_break()
    set_font(p.add_run("\u3000\u3000" + c2), FS)
    clauses.append(c1 + "\n" + c2)
    rest = [
        "三、支持在钦州综合保税区开展跨境电商网购保税进口（1210）和特殊区域出口业务。市商务局要牵头加强与钦州海关的沟通对接，"
        "推动将服务中心纳入跨境电商监管作业场所布局，力争2024年内具备业务开展条件。",
        "四、建立由市人民政府分管副市长召集，市商务局、市发展改革委、市财政局、市自然资源局、钦州港片区管委会等单位参加的"
        "服务中心建设联席会议制度，联席会议办公室设在市商务局，原则上每季度召开一次会议。",
        "五、你委要切实履行项目建设主体责任，严格执行基本建设程序和政府投资项目管理有关规定，加强资金监管，"
        "确保专项资金安全、规范、高效使用。项目建设中的重大事项要及时向市人民政府报告。",
    ]
    for c in rest:
        body(doc, c); clauses.append(c)
    body(doc, "此复。")
    signature(doc, "钦州市人民政府", "2024年4月9日", blank_lines=3)
    body(doc, "（此件公开发布）")
    for _ in range(5):
        body(doc, "")
    banji(doc, "市商务局，市发展改革委，市财政局，市自然资源局，钦州海关。",
          "钦州市人民政府办公室", "2024年4月10日", gap=1)
    save(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": "".join(ttl),
            "doc_number": "钦政复〔2024〕6号",
            "issuer": ["钦州市人民政府"],
            "date": "2024-04-09",
            "published": "2024-04-10",
            "level": "municipal",
            "region": ZONE,
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "批复",
            "recipients": [ZONE_ORG],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            "三、支持在钦州综合保税区开展跨境电商网购保税进口": ["钦州综合保税区"],
        }},
    }]


# ======================================================= (c) 报告 (市商务局 → 自治区商务厅)
def make_baogao():
    stem = "blind314_qinzhou_baogao"
    doc = new_doc()
    red_head(doc, ["钦州市商务局文件"], size=Pt(36))
    number_line(doc, "钦商务〔2024〕21号", signer="李建国")
    red_rule(doc)
    ttl = ["钦州市商务局关于2024年上半年", "全市开放型经济和自贸试验区建设", "工作情况的报告"]
    title(doc, ttl)
    recipient(doc, "广西壮族自治区商务厅：")
    clauses = []
    c = ("根据《广西壮族自治区商务厅关于报送2024年上半年开放型经济工作情况的通知》（桂商务函〔2024〕208号）要求，"
         "现将我市2024年上半年开放型经济和中国（广西）自由贸易试验区钦州港片区建设工作情况报告如下：")
    body(doc, c); clauses.append(c)
    heading(doc, "一、主要工作成效")
    ri = [
        ("（一）外贸进出口稳中有进。",
         "1—6月，全市实现外贸进出口总额486.3亿元，同比增长12.4%，增速高于全区平均水平5.1个百分点，"
         "其中出口198.7亿元、增长15.8%，进口287.6亿元、增长10.2%。对东盟进出口213.5亿元，增长18.6%，占全市外贸总额的43.9%。"),
        ("（二）“一带一路”经贸合作持续深化。",
         "西部陆海新通道海铁联运班列累计开行4862列，同比增长9.3%；钦州港新开通至印度尼西亚、越南、泰国等东盟国家外贸航线5条，"
         "集装箱航线总数达到78条。全市新签对外承包工程合同额3.2亿美元，对“一带一路”共建国家实际投资1.14亿美元，同比增长21.3%。"),
        ("（三）跨境电商加快发展。",
         "全市跨境电商进出口额31.6亿元，同比增长28.4%，新增跨境电商备案企业47家，新建海外仓3个。"
         "钦州综合保税区跨境电商网购保税进口（1210）业务于4月正式开通，截至6月底累计申报清单12.8万票。"),
        ("（四）钦州港片区制度创新成效明显。",
         "片区上半年新形成制度创新成果9项，其中“跨境电商海外仓出口‘离境即退税’模式”入选自治区自贸试验区第五批制度创新成果。"
         "片区新增注册企业1326家，实际利用外资1.86亿美元，完成外贸进出口总额302.4亿元，占全市的62.2%。"),
    ]
    for h, r in ri:
        runin(doc, h, r); clauses.append(h + r)
    c = "上半年主要指标完成情况详见表1。"
    body(doc, c); clauses.append(c)

    # landscape section for the wide table
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(30), after=Pt(10))
    set_font(p.add_run("表1  2024年上半年钦州市开放型经济主要指标完成情况"), HT, Pt(16))
    header = ["类别", "指标名称", "单位", "1—6月完成", "同比增长（%）", "全年目标", "完成进度（%）"]
    rows = [
        ["外贸", "外贸进出口总额", "亿元", "486.3", "12.4", "900", "54.0"],
        ["外贸", "其中：对东盟进出口", "亿元", "213.5", "18.6", "390", "54.7"],
        ["外贸", "跨境电商进出口额", "亿元", "31.6", "28.4", "60", "52.7"],
        ["利用外资", "实际利用外资", "亿美元", "2.35", "8.7", "4.5", "52.2"],
        ["利用外资", "其中：钦州港片区", "亿美元", "1.86", "11.4", "3.5", "53.1"],
        ["对外投资", "对“一带一路”共建国家实际投资", "亿美元", "1.14", "21.3", "2.0", "57.0"],
        ["通道建设", "海铁联运班列开行量", "列", "4862", "9.3", "9800", "49.6"],
    ]
    make_table(doc, header, rows, vmerge_col=0,
               widths=[Mm(28), Mm(72), Mm(22), Mm(28), Mm(28), Mm(22), Mm(28)])
    for r in rows:
        clauses.append(row_clause(header, r))
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, line=Pt(22), before=Pt(6))
    c = "注：数据来源于南宁海关钦州港区统计快报及市商务局业务统计，其中利用外资为商务部口径。"
    set_font(p.add_run(c), KT, Pt(12))
    clauses.append(c)

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)

    heading(doc, "二、存在的问题")
    c = ("一是外贸主体结构偏单一，全市进出口前十位企业占比达到68.5%，中小外贸企业抗风险能力较弱。"
         "二是跨境电商产业链条不完整，本地品牌和生产型企业偏少，海外仓布局以东盟为主，覆盖欧美市场能力不足。"
         "三是片区制度创新系统集成不够，部分改革事项需要国家部委和自治区层面协调推进。")
    body(doc, c); clauses.append(c)
    heading(doc, "三、下一步工作打算")
    plan = [
        ("（一）全力稳住外贸基本盘", [
            "1.开展“桂品出海·钦州行”系列拓市场活动，组织企业参加第21届中国—东盟博览会、广交会等重点展会，全年组织企业参展不少于200家次。",
            "2.落实外贸企业出口信用保险保费补贴政策，（1）对年出口额1000万美元以下的小微企业实行统保全覆盖；"
            "（2）对新开拓“一带一路”共建国家市场的企业，按实缴保费的50%给予补贴。",
        ]),
        ("（二）加快跨境电商和海外仓发展", [
            "1.推进钦州港片区跨境电商与海外仓综合服务中心建设，确保2024年6月底前开工、2025年底建成运营。",
            "2.扩大钦州综合保税区跨境电商网购保税进口业务规模，引进跨境电商头部企业5家以上，下半年申报清单力争突破30万票。",
        ]),
        ("（三）深化自贸试验区改革创新", [
            "1.对标《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则，在钦州港片区开展首批“国际贸易单一窗口+海外仓”数据互认试点，"
            "力争形成3项以上可复制推广的制度创新成果。",
            "2.恳请自治区商务厅在自贸试验区改革试点任务分配、对外开放平台申报等方面给予钦州更多支持。",
        ]),
    ]
    for h, subs in plan:
        heading(doc, h, font=KT)
        for c in subs:
            body(doc, c); clauses.append(c)
    body(doc, "特此报告。")
    signature(doc, "钦州市商务局", "2024年7月15日", blank_lines=3)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=2 * CHAR)
    set_font(p.add_run("（联系人：陈丽娟，电话：0777-2826015）"), FS)
    banji(doc, "钦州市人民政府办公室，" + ZONE_ORG + "。", "钦州市商务局办公室", "2024年7月15日", gap=3)
    save(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": "".join(ttl),
            "doc_number": "钦商务〔2024〕21号",
            "issuer": ["钦州市商务局"],
            "date": "2024-07-15",
            "published": "2024-07-15",
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["广西壮族自治区商务厅"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            "（四）钦州港片区制度创新成效明显。": ["钦州港片区"],
            "1.推进钦州港片区跨境电商与海外仓综合服务中心建设": ["钦州港片区"],
            "2.扩大钦州综合保税区跨境电商网购保税进口业务规模": ["钦州综合保税区"],
            "1.对标《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则": ["钦州港片区"],
        }},
    }]


# ======================================================= (d) 复函 (自治区商务厅 → 云南省商务厅), 函 format
def make_fuhan():
    stem = "blind314_guangxi_fuhan"
    doc = new_doc(first_page_no_number=True)
    red_head(doc, ["广西壮族自治区商务厅"], size=Pt(30), before=Mm(3))
    red_rule(doc, double=True)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=CHAR)
    set_font(p.add_run("桂商务函〔2024〕312号"), FS)
    ttl = ["广西壮族自治区商务厅关于共同推进", "西部陆海新通道跨境电商物流协作", "有关事项的复函"]
    title(doc, ttl)
    recipient(doc, "云南省商务厅：")
    clauses = []
    c = ("你厅《关于商请共同推进西部陆海新通道跨境电商物流协作的函》（云商务函〔2024〕156号）收悉。"
         "经商自治区发展改革委、南宁海关和北部湾港务集团，现函复如下：")
    body(doc, c); clauses.append(c)
    c = ("一、我厅赞同你厅关于共同推进西部陆海新通道跨境电商物流协作的意见，同意两省（区）商务主管部门建立跨境电商物流协作工作机制，"
         "联合推动滇桂跨境电商货物“陆海联运、一单到底”。")
    body(doc, c); clauses.append(c)
    heading(doc, "二、关于设立云南跨境电商货物集拼专区")
    subs = [
        "（一）同意在中国（广西）自由贸易试验区钦州港片区钦州综合保税区内设立“滇桂跨境电商货物集拼专区”，首期面积约2万平方米，"
        "由钦州港片区管委会会同北部湾港务集团负责建设运营，2024年9月底前投入使用。",
        "（二）对经专区集拼出口的云南跨境电商货物，执行与广西企业同等的港口作业收费优惠政策，"
        "海铁联运班列运费按北部湾港务集团公布价格下浮10%执行。",
    ]
    for c in subs:
        body(doc, c); clauses.append(c)
    c = ("三、支持凭祥综合保税区与中国（云南）自由贸易试验区红河片区开展跨境电商“前店后仓”协作，对两地互认的跨境电商企业，"
         "凭祥综合保税区在仓储用地、通关便利等方面与本区企业同等对待。")
    body(doc, c); clauses.append(c)
    h, r = ("四、关于信息共享。",
            "两省（区）依托国际贸易“单一窗口”，推动跨境电商企业备案、物流轨迹和通关状态等数据互联互通，"
            "具体技术方案由两省（区）商务主管部门会同口岸管理部门另行商定。")
    runin(doc, h, r, head_font=HT); clauses.append(h + r)
    c = "五、我厅联系处室为自由贸易试验区处，联系人：蒙志刚，电话：0771-2100735。请你厅明确相应联系处室和联系人，以便共同做好后续对接工作。"
    body(doc, c); clauses.append(c)
    body(doc, "专此函复。")
    signature(doc, "广西壮族自治区商务厅", "2024年5月20日", blank_lines=3)
    body(doc, "（此件依申请公开）")
    for _ in range(3):
        body(doc, "")
    banji(doc, "自治区人民政府办公厅，自治区发展改革委，南宁海关，北部湾港务集团，钦州港片区管委会，崇左片区管委会。",
          "广西壮族自治区商务厅办公室", "2024年5月21日", gap=1)
    save(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": "".join(ttl),
            "doc_number": "桂商务函〔2024〕312号",
            "issuer": ["广西壮族自治区商务厅"],
            "date": "2024-05-20",
            "published": "2024-05-21",
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "函",
            "recipients": ["云南省商务厅"],
            "publicity": "此件依申请公开",
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            "（一）同意在中国（广西）自由贸易试验区钦州港片区钦州综合保税区内": ["钦州综合保税区"],
            "三、支持凭祥综合保税区与中国（云南）自由贸易试验区红河片区": ["凭祥综合保税区"],
        }},
    }]


if __name__ == "__main__":
    make_qingshi()
    make_pifu()
    make_baogao()
    make_fuhan()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("wrote", len(EXPECTED), "files' expectations")
