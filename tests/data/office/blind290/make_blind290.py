# ruff: noqa
#!/usr/bin/env python
"""Blind test files, round 290: standards (地方标准 / 团体标准) and the 公告 that publishes a batch of 地方标准.

Writes, next to this script (Word via python-docx, PDF via LibreOffice):
  blind290_shandong_difangbiaozhun.docx/.pdf  DB37/T 4861—2025 跨境电子商务海外仓服务规范
  blind290_zhejiang_tuantibiaozhun.docx/.pdf  T/ZJCBEC 015—2025 跨境电子商务综合服务企业服务规范
  blind290_shandong_gonggao.docx/.pdf         山东省市场监督管理局公告2025年第38号 (批准发布12项地方标准)
  expected.json
Run: . /work/venv/bin/activate && python make_blind290.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_BREAK, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"
SP = "\u3000"  # ideographic space between a clause number and its text

EXPECTED = {}


# ---------------------------------------------------------------- docx helpers
def set_run_font(run, east=ST, size=10.5, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first=None, line=None, before=0, after=0, left=None, hanging=None, exact=True):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY if exact else WD_LINE_SPACING.MULTIPLE
        pf.line_spacing = Pt(line) if exact else line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    if hanging is not None:
        pf.first_line_indent = -hanging
    return p


def para(container, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=None, line=None, before=0, after=0,
         left=None, hanging=None):
    """runs: list of (text, east, size, bold[, color]) or '\n' for a soft line break."""
    p = container.add_paragraph()
    fmt(p, align, first, line, before, after, left, hanging)
    for r in runs:
        if r == "\n":
            p.add_run().add_break()
            continue
        text, east, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        ascii_font = r[5] if len(r) > 5 else "Times New Roman"
        set_run_font(p.add_run(text), east, size, bold, color, ascii_font)
    return p


def border(p, side="bottom", color="000000", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def add_field(p, instr, east=ST, size=10.5):
    for kind in ("begin", "instr", "sep", "text", "end"):
        r = p.add_run()
        set_run_font(r, east, size)
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            r._element.append(it)
        elif kind == "text":
            t = OxmlElement("w:t")
            t.text = "1"
            r._element.append(t)
        else:
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), {"begin": "begin", "sep": "separate", "end": "end"}[kind])
            r._element.append(f)


def page_num_fmt(section, fmt_name="decimal", start=1):
    sectpr = section._sectPr
    pg = sectpr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sectpr.append(pg)
    pg.set(qn("w:fmt"), fmt_name)
    pg.set(qn("w:start"), str(start))


def setup_std_page(section):
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.0)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2.0)
    section.header_distance, section.footer_distance = Cm(1.2), Cm(1.0)


def setup_gw_page(section):
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.header_distance, section.footer_distance = Cm(1.5), Cm(2.2)


def new_doc(east=ST, size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(size)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    return doc


def set_cell_text(cell, text, east=ST, size=9, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=15):
    """text may contain '\n' = soft line break inside the cell."""
    p = cell.paragraphs[0]
    fmt(p, align, None, line)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = set_run_font(p.add_run(part), east, size, bold)
        if i < len(parts) - 1:
            r.add_break()
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def add_table(container, header, rows, widths_cm, vmerges=(), hmerges=(), east=ST, head_east=HT, size=9,
              line=15, left_cols=()):
    """vmerges: (col, first_row, last_row) in data-row indexes; hmerges: (row, first_col, last_col)."""
    t = container.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for j, h in enumerate(header):
        set_cell_text(t.cell(0, j), h, head_east, size, False, line=line)
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if j in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            set_cell_text(t.cell(i + 1, j), v, east, size, False, al, line=line)
    tblpr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    tw.set(qn("w:type"), "dxa")
    for row in t.rows:
        trpr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        trpr.insert(0, cs)
    for j, w in enumerate(widths_cm):
        t.columns[j].width = Cm(w)
        for c in t.columns[j].cells:
            c.width = Cm(w)
    for col, r0, r1 in vmerges:
        a, b = t.cell(r0 + 1, col), t.cell(r1 + 1, col)
        m = a.merge(b)
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
    for r, c0, c1 in hmerges:
        a, b = t.cell(r + 1, c0), t.cell(r + 1, c1)
        m = a.merge(b)
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
    return t


def table_clauses(header, rows, vmerges=(), skip_rows=(), hm_cols=None):
    """Row clauses 列名：值；… — a vertically merged value repeats on every row it spans."""
    filled = [list(r) for r in rows]
    for col, r0, r1 in vmerges:
        for i in range(r0 + 1, r1 + 1):
            filled[i][col] = filled[r0][col]
    out = []
    for i, r in enumerate(filled):
        if i in skip_rows:
            continue
        out.append("；".join(f"{h}：{v.replace(chr(10), '')}" for h, v in zip(header, r) if v is not None))
    return out


def soffice(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_290",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def plain(s):
    return s.replace(SP, " ")


# ---------------------------------------------------------------- standard writer
class StdWriter:
    """Writes a GB/T 1.1-2020 style standard body and collects the clauses an analyst would cite."""

    def __init__(self, doc, size=10.5):
        self.doc = doc
        self.size = size
        self.clauses = []
        self.line = 17

    def body_par(self, runs, first=Cm(0.74), left=None, hanging=None, before=0, after=0, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
        return para(self.doc, runs, align, first, self.line, before, after, left, hanging)

    def chap(self, num, title, page_break=False):
        p = para(self.doc, [(f"{num}{SP}{title}", HT, self.size, False)], WD_ALIGN_PARAGRAPH.LEFT, Cm(0),
                 self.line, 8, 6)
        if page_break:
            p.paragraph_format.page_break_before = True

    def sub(self, num, title):
        para(self.doc, [(f"{num}{SP}{title}", HT, self.size, False)], WD_ALIGN_PARAGRAPH.LEFT, Cm(0),
             self.line, 4, 2)

    def text(self, t):
        """Unnumbered paragraph of content = one clause."""
        self.body_par([(t, ST, self.size, False)])
        self.clauses.append(t)

    def ref(self, code, name):
        self.body_par([(code, ST, self.size, False), (f"{SP}{name}", ST, self.size, False)])
        self.clauses.append(f"{code} {name}")

    def num(self, n, t):
        self.body_par([(n, HT, self.size, False), (SP + t, ST, self.size, False)], first=Cm(0))
        self.clauses.append(f"{n} {t}")

    def item(self, lab, t):
        self.body_par([(f"{lab}{SP}{t}", ST, self.size, False)], first=None, left=Cm(1.48), hanging=Cm(0.74))
        self.clauses.append(f"{lab} {t}")

    def term(self, n, zh, en, definition):
        para(self.doc, [(n, HT, self.size, False)], WD_ALIGN_PARAGRAPH.LEFT, Cm(0), self.line, 4, 0)
        para(self.doc, [(zh, HT, self.size, False), (SP + SP, ST, self.size, False), (en, HT, self.size, True)],
             WD_ALIGN_PARAGRAPH.LEFT, Cm(0.74), self.line)
        self.body_par([(definition, ST, self.size, False)])
        self.clauses.append(f"{n}\n{zh} {en}\n{definition}")

    def note(self, t, label="注："):
        """注 / 示例 under a clause: part of that clause, joined with a newline."""
        self.body_par([(label, HT if label.startswith("示例") else ST, 9, False), (t, ST, 9, False)],
                      first=Cm(0.74))
        self.clauses[-1] += "\n" + label + t

    def table(self, caption, header, rows, widths, vmerges=(), hmerges=(), note=None, row_clauses=None,
              left_cols=()):
        para(self.doc, [(caption, HT, self.size, False)], WD_ALIGN_PARAGRAPH.CENTER, Cm(0), self.line, 6, 4)
        add_table(self.doc, header, rows, widths, vmerges, hmerges, size=9, left_cols=left_cols)
        self.clauses += row_clauses if row_clauses is not None else table_clauses(header, rows, vmerges)
        if note:
            para(self.doc, [("注：", ST, 9, False), (note, ST, 9, False)], WD_ALIGN_PARAGRAPH.JUSTIFY, Cm(0),
                 15, 2, 4, left=Cm(0.74))
            self.clauses.append("注：" + note)  # a note under a table is a clause of its own
        else:
            para(self.doc, [("", ST, 9, False)], line=8)

    def appendix(self, letter, kind, title, new_page=True):
        p = para(self.doc, [(f"附{SP}录{SP}{letter}", HT, 10.5, False)], WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 18,
                 0 if new_page else 24, 0)
        p.paragraph_format.page_break_before = new_page
        para(self.doc, [(f"（{kind}）", HT, 10.5, False)], WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 18)
        para(self.doc, [(title, HT, 10.5, False)], WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 18, 0, 10)


def header_std(section, code):
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    fmt(hp, WD_ALIGN_PARAGRAPH.RIGHT, Cm(0), 14)
    set_run_font(hp.add_run(code), HT, 10.5, True)
    border(hp, "bottom", "000000", 4, 1)
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.text = ""
    fmt(fp, WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 14)
    add_field(fp, "PAGE", ST, 9)


def std_cover(doc, ics, ccs, big_code, kind_line, code, replaces, title_lines, en_title, pub, eff, issuer):
    sec = doc.sections[0]
    setup_std_page(sec)
    para(doc, [(f"ICS{SP}{ics}", HT, 10.5, False)], WD_ALIGN_PARAGRAPH.LEFT, Cm(0), 16)
    para(doc, [(f"CCS{SP}{ccs}", HT, 10.5, False)], WD_ALIGN_PARAGRAPH.LEFT, Cm(0), 16)
    p = para(doc, [(big_code, HT, 36, True)], WD_ALIGN_PARAGRAPH.RIGHT, Cm(0), 48, 10, 6)
    p = para(doc, [(kind_line, HT, 30, False)], WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 48, 6, 6)
    border(p, "bottom", "000000", 12, 4)
    para(doc, [(code, HT, 14, False)], WD_ALIGN_PARAGRAPH.RIGHT, Cm(0), 22, 6)
    if replaces:
        para(doc, [(f"代替{replaces}", ST, 10.5, False)], WD_ALIGN_PARAGRAPH.RIGHT, Cm(0), 16)
    para(doc, [("", ST, 10.5, False)], line=120)
    runs = []
    for i, t in enumerate(title_lines):
        runs.append((t, HT, 26, False))
        if i < len(title_lines) - 1:
            runs.append("\n")
    para(doc, runs, WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 40, 0, 18)
    para(doc, [(en_title, ST, 14, False)], WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 20, 0, 0)
    para(doc, [("", ST, 10.5, False)], line=220 - 40 * (len(title_lines) - 1))
    p = para(doc, [(f"{pub}发布", HT, 14, False), ("\t", HT, 14, False), (f"{eff}实施", HT, 14, False)],
             WD_ALIGN_PARAGRAPH.LEFT, Cm(0), 24)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 12, 4)
    para(doc, [("", ST, 10.5, False)], line=30)
    para(doc, [(issuer, HT, 16, False), (f"{SP}{SP}发{SP}布", HT, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 24)


def std_toc(doc, entries):
    p = para(doc, [(f"目{SP}{SP}次", HT, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 24, 0, 18)
    for name, pg in entries:
        p = para(doc, [(name, ST, 10.5, False), ("\t", ST, 10.5, False), (pg, ST, 10.5, False)],
                 WD_ALIGN_PARAGRAPH.LEFT, Cm(0), 20)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)


def std_foreword(doc, paras, page_break=True):
    p = para(doc, [(f"前{SP}{SP}言", HT, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 24, 0, 18)
    if page_break:
        p.paragraph_format.page_break_before = True
    for t in paras:
        if isinstance(t, tuple):  # list item / dash line in the 前言
            para(doc, [(t[0], ST, 10.5, False)], WD_ALIGN_PARAGRAPH.JUSTIFY, None, 17, left=Cm(1.48),
                 hanging=Cm(0.74))
        else:
            para(doc, [(t, ST, 10.5, False)], WD_ALIGN_PARAGRAPH.JUSTIFY, Cm(0.74), 17)


# ====================================================================== 1. 山东 地方标准
SD_CODE = "DB37/T 4861—2025"
SD_TITLE = "跨境电子商务海外仓服务规范"


def make_shandong_std():
    stem = "blind290_shandong_difangbiaozhun"
    doc = new_doc()
    std_cover(doc, "03.080.99", "A 16", "DB37", "山　东　省　地　方　标　准", SD_CODE, "DB37/T 3012—2017",
              ["跨境电子商务海外仓服务规范"],
              "Service specification for overseas warehouses of cross-border e-commerce",
              "2025-09-12", "2025-10-12", "山东省市场监督管理局")
    # section 2: 目次 + 前言, roman page numbers
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_std_page(sec2)
    header_std(sec2, SD_CODE)
    page_num_fmt(sec2, "upperRoman", 1)
    std_toc(doc, [("前言", "I"), (f"1{SP}范围", "1"), (f"2{SP}规范性引用文件", "1"), (f"3{SP}术语和定义", "1"),
                  (f"4{SP}基本要求", "1"), (f"5{SP}服务要求", "2"), (f"6{SP}服务评价与改进", "3"),
                  ("附录A（规范性）　海外仓服务质量评价指标", "4"), ("附录B（资料性）　海外仓服务流程", "4")])
    para(doc, [("", ST, 10.5, False)], line=24)
    std_foreword(doc, [
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本文件代替DB37/T 3012—2017《跨境电子商务海外仓建设与服务规范》，与DB37/T 3012—2017相比，除结构调整和编辑性改动外，主要技术变化如下：",
        ("a)　删除了海外仓建设选址要求（见2017年版的第4章）；",),
        ("b)　增加了退换货与售后服务要求（见5.4）；",),
        ("c)　更改了海外仓服务项目及基本要求（见表1，2017年版的表2）。",),
        "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。",
        "本文件由山东省商务厅提出、归口并组织实施。",
        "本文件起草单位：山东省标准化研究院、山东省跨境电子商务发展研究中心、青岛远帆海外仓储服务有限公司、烟台鲁海通供应链管理有限公司。",
        "本文件主要起草人：孙立群、王海燕、刘振宇、陈思雨、赵德明、高晓菲。",
        "本文件及其所代替文件的历次版本发布情况为：",
        ("——2017年首次发布为DB37/T 3012—2017；",),
        ("——本次为第一次修订。",),
    ], page_break=False)
    # section 3: body, arabic page numbers
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_std_page(sec3)
    header_std(sec3, SD_CODE)
    page_num_fmt(sec3, "decimal", 1)
    para(doc, [(SD_TITLE, HT, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 24, 6, 18)
    w = StdWriter(doc)
    w.chap("1", "范围")
    w.text("本文件规定了跨境电子商务海外仓的基本要求、服务要求、服务评价与改进。")
    w.text("本文件适用于山东省内登记注册的企业在境外自建、租赁或合作运营的跨境电子商务海外仓的服务提供与管理。")
    w.chap("2", "规范性引用文件")
    w.text("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；"
           "不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。")
    w.ref("GB/T 18354", "物流术语")
    w.ref("GB/T 19001", "质量管理体系　要求")
    w.ref("GB/T 21072", "通用仓库等级")
    w.chap("3", "术语和定义")
    w.text("GB/T 18354界定的以及下列术语和定义适用于本文件。")
    w.term("3.1", "海外仓", "overseas warehouse",
           "跨境电子商务企业或物流服务企业在境外设立，为跨境电子商务交易提供仓储、分拣、包装、派送、退换货等服务的仓储设施。")
    w.term("3.2", "海外仓经营主体", "overseas warehouse operator",
           "在境外自建、租赁或合作运营海外仓，并对外提供海外仓服务的企业。")
    w.term("3.3", "头程运输", "first-leg transportation", "商品从境内发货地运抵海外仓的运输过程。")
    w.term("3.4", "尾程派送", "last-mile delivery", "商品从海外仓运抵境外消费者指定地址的配送过程。")
    w.chap("4", "基本要求")
    w.sub("4.1", "经营主体")
    w.num("4.1.1", "海外仓经营主体应依法在境内登记注册，具有独立法人资格，并按照海关规定办理跨境电子商务企业备案。")
    w.num("4.1.2", "海外仓经营主体应遵守海外仓所在国家（地区）的法律法规，取得当地开展仓储经营所需的许可或登记。")
    w.num("4.1.3", "在中国（山东）自由贸易试验区青岛片区、烟台片区内注册的海外仓经营主体，宜通过国际贸易“单一窗口”山东专区"
                   "报送海外仓基本信息，并每季度更新一次。")
    w.sub("4.2", "设施设备")
    w.num("4.2.1", "海外仓应具备与业务规模相适应的仓储设施，并符合下列要求：")
    w.item("a)", "仓库建筑面积不小于2 000 m²，库内净高不低于6 m；")
    w.item("b)", "配备货架、叉车、扫描终端、电子秤等作业设备；")
    w.item("c)", "设置收货区、存储区、拣选区、包装区、退货处理区和异常商品隔离区，各区域标识清晰。")
    w.num("4.2.2", "海外仓应配备仓储管理系统（WMS），具备库存实时查询、订单处理、库位管理和数据导出功能，"
                   "并能与跨境电子商务平台、物流企业信息系统对接。")
    w.num("4.2.3", "海外仓应配备视频监控、消防、防盗等安全设施，视频监控资料保存时间不少于90 d。")
    w.sub("4.3", "人员")
    w.num("4.3.1", "海外仓经营主体应配备熟悉所在国家（地区）海关、税务和消费者保护规定的管理人员。")
    w.num("4.3.2", "仓储作业人员上岗前应经过岗位培训，培训内容包括作业流程、设备操作、安全防护和信息安全。")
    w.note("培训可由海外仓经营主体自行组织，也可委托第三方机构实施。")
    w.chap("5", "服务要求")
    w.sub("5.1", "服务内容")
    w.num("5.1.1", "海外仓服务项目及基本要求应符合表1的规定。")
    head = ["服务类别", "服务项目", "基本要求"]
    rows = [["仓储服务", "入库验收", "到货后24 h内完成清点、验收和上架"],
            [None, "库存管理", "每月盘点不少于1次，账实相符率不低于99.5%"],
            [None, "订单处理", "当日16:00前确认的订单当日出库"],
            ["派送服务", "尾程派送", "提供不少于2家尾程派送服务商供客户选择"],
            [None, "轨迹查询", "派送信息实时回传，全程可查询"],
            ["增值服务", "贴标换标", "按客户指令及所在国家（地区）标签法规完成"],
            [None, "退货处理", "见5.4"]]
    filled = [r[:] for r in rows]
    for i in range(len(filled)):
        if filled[i][0] is None:
            filled[i][0] = filled[i - 1][0]
    w.table("表1　海外仓服务项目及基本要求", head, rows, [3.0, 3.2, 10.0], vmerges=[(0, 0, 2), (0, 3, 4), (0, 5, 6)],
            note="表中时限以海外仓所在地当地时间计算。",
            row_clauses=["；".join(f"{h}：{v}" for h, v in zip(head, r)) for r in filled], left_cols=(2,))
    w.sub("5.2", "头程与入库")
    w.num("5.2.1", "海外仓经营主体应在收到头程运输预报信息后，与客户核对商品品名、数量、规格和包装标识。")
    w.num("5.2.2", "商品到仓后，海外仓应按表1的时限完成入库验收；发现数量不符、外包装破损或标签缺失的，应拍照留存，并在12 h内通知客户。")
    w.num("5.2.3", "经青岛港、烟台港出口至海外仓的商品，海外仓经营主体宜协助客户按“9810”监管方式办理出口申报和清单核放。")
    w.sub("5.3", "仓储与出库")
    w.num("5.3.1", "海外仓应实行批次管理和先进先出，对有保质期要求的商品设置临期预警。")
    w.num("5.3.2", "订单出库应符合下列要求：")
    w.item("a)", "拣货准确率不低于99.9%；")
    w.item("b)", "包装满足尾程派送和所在国家（地区）的包装要求，易碎品加装缓冲材料；")
    w.item("c)", "出库后2 h内向客户推送包裹追踪号。")
    w.num("5.3.3", "在青岛前湾综合保税区开展“海外仓＋保税备货”业务的，入区货物应与境外仓库存分账管理，账册数据每日与海关辅助管理系统核对。")
    w.sub("5.4", "退换货与售后")
    w.num("5.4.1", "海外仓应提供退货接收、检验、重新上架、维修、翻新和销毁等处理服务，处理结果应在5个工作日内反馈客户。")
    w.num("5.4.2", "退货商品需退运回境内的，海外仓经营主体应协助客户按跨境电子商务出口退货监管要求办理手续。")
    w.note("在德国杜伊斯堡设仓的企业，退运商品可经中欧班列（齐鲁号）回运至济南。", label="示例：")
    w.num("5.4.3", "海外仓应建立客户投诉处理机制，在收到投诉后24 h内响应，7 d内办结。")
    w.sub("5.5", "信息安全")
    w.num("5.5.1", "海外仓经营主体应遵守所在国家（地区）个人信息保护法律法规，对消费者姓名、地址、电话等信息采取加密存储和访问控制措施。")
    w.num("5.5.2", "向境内传输消费者个人信息的，应符合国家数据出境安全管理有关规定。")
    w.chap("6", "服务评价与改进")
    w.num("6.1", "海外仓经营主体每年应至少开展1次服务质量自我评价，评价指标见附录A。")
    w.num("6.2", "评价得分低于80分的，应在30 d内制定整改措施并组织实施。")
    w.num("6.3", "鼓励海外仓经营主体委托第三方机构开展服务评价，评价结果可作为省级公共海外仓认定的参考依据。")
    w.appendix("A", "规范性", "海外仓服务质量评价指标")
    w.num("A.1", "海外仓服务质量评价采用百分制，评价指标及分值见表A.1。")
    headA = ["一级指标", "二级指标", "分值"]
    rowsA = [["基础能力", "设施设备", "15"], [None, "信息系统", "15"],
             ["服务质量", "订单时效", "20"], [None, "拣货准确率", "20"], [None, "退货处理", "15"],
             ["客户满意", "投诉办结率", "15"],
             ["合计", None, "100"]]
    rcA = ["一级指标：基础能力；二级指标：设施设备；分值：15", "一级指标：基础能力；二级指标：信息系统；分值：15",
           "一级指标：服务质量；二级指标：订单时效；分值：20", "一级指标：服务质量；二级指标：拣货准确率；分值：20",
           "一级指标：服务质量；二级指标：退货处理；分值：15", "一级指标：客户满意；二级指标：投诉办结率；分值：15",
           "一级指标：合计；分值：100"]
    w.table("表A.1　海外仓服务质量评价指标", headA, rowsA, [5.0, 6.0, 4.0], vmerges=[(0, 0, 1), (0, 2, 4)],
            hmerges=[(6, 0, 1)], row_clauses=rcA)
    w.num("A.2", "评价得分在90分及以上的为优秀，80分（含）至90分的为合格，80分以下的为不合格。")
    w.appendix("B", "资料性", "海外仓服务流程", new_page=False)
    w.num("B.1", "海外仓服务的一般流程为：客户下达头程预报→头程运输→入库验收→仓储管理→订单处理→尾程派送→售后及退货处理。")
    w.num("B.2", "各环节的时限要求见表1，评价要求见附录A。")
    para(doc, [("", ST, 10.5, False)], line=20)
    p = para(doc, [("_" * 12, ST, 10.5, False)], WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 20)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    soffice(path)
    clauses = [plain(c) for c in w.clauses]
    EXPECTED[stem] = [{
        "meta": {
            "title": SD_TITLE,
            "doc_number": SD_CODE,
            "issuer": ["山东省市场监督管理局"],
            "date": "2025-09-12",
            "published": "2025-09-12",
            "level": "provincial",
            "region": "山东省",
            "effective": "2025-10-12",
            "expires": None,
            "attachments": ["附录A（规范性）海外仓服务质量评价指标", "附录B（资料性）海外仓服务流程"],
            "doc_type": "地方标准",
            "recipients": [],
            "publicity": None,
            "repeals": "DB37/T 3012—2017",
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            "4.1.3 在中国（山东）自由贸易试验区青岛片区、烟台片区内注册": [
                "中国（山东）自由贸易试验区青岛片区", "中国（山东）自由贸易试验区烟台片区"],
            "5.3.3 在青岛前湾综合保税区开展“海外仓＋保税备货”业务": ["青岛前湾综合保税区"],
        }},
    }]
    return stem, clauses


# ====================================================================== 2. 浙江 团体标准
ZJ_CODE = "T/ZJCBEC 015—2025"
ZJ_TITLE = "跨境电子商务综合服务企业服务规范"


def make_zhejiang_std():
    stem = "blind290_zhejiang_tuantibiaozhun"
    doc = new_doc()
    std_cover(doc, "03.080.20", "A 10", "T/ZJCBEC", "团　　体　　标　　准", ZJ_CODE, None,
              ["跨境电子商务综合服务企业", "服务规范"],
              "Service specification for cross-border e-commerce comprehensive service enterprises",
              "2025-07-20", "2025-08-01", "浙江省跨境电子商务协会")
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_std_page(sec2)
    header_std(sec2, ZJ_CODE)
    page_num_fmt(sec2, "upperRoman", 1)
    std_toc(doc, [("前言", "I"), (f"1{SP}范围", "1"), (f"2{SP}规范性引用文件", "1"), (f"3{SP}术语和定义", "1"),
                  (f"4{SP}服务内容", "1"), (f"5{SP}服务要求", "1"), (f"6{SP}服务评价", "2"),
                  ("附录A（资料性）　跨境电子商务综合服务合同主要条款", "3")])
    para(doc, [("", ST, 10.5, False)], line=30)
    # 前言 on the same page as 目次 (short 团体标准)
    std_foreword(doc, [
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。",
        "本文件由浙江省跨境电子商务协会提出并归口。",
        "本文件起草单位：浙江省跨境电子商务协会、杭州数贸通供应链服务有限公司、义乌市丝路商通外贸综合服务有限公司、宁波甬链国际物流有限公司。",
        "本文件主要起草人：周晓东、何佳琪、吴梦瑶、楼建军、方立新。",
        "本文件为首次发布。",
    ], page_break=False)
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_std_page(sec3)
    header_std(sec3, ZJ_CODE)
    page_num_fmt(sec3, "decimal", 1)
    para(doc, [(ZJ_TITLE, HT, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 24, 6, 18)
    w = StdWriter(doc)
    w.chap("1", "范围")
    w.text("本文件规定了跨境电子商务综合服务企业的服务内容、服务要求和服务评价。")
    w.text("本文件适用于在浙江省内登记注册、为中小微企业提供跨境电子商务通关、物流、退（免）税、结汇和融资等综合服务的企业。")
    w.chap("2", "规范性引用文件")
    w.text("本文件没有规范性引用文件。")
    w.chap("3", "术语和定义")
    w.text("下列术语和定义适用于本文件。")
    w.term("3.1", "跨境电子商务综合服务企业", "cross-border e-commerce comprehensive service enterprise",
           "接受中小微企业委托，以自身名义或代理方式为其提供跨境电子商务进出口通关、物流、退（免）税、结汇、融资等服务的企业。")
    w.term("3.2", "委托企业", "entrusting enterprise", "与跨境电子商务综合服务企业签订服务合同、委托其办理跨境电子商务相关业务的企业。")
    w.chap("4", "服务内容")
    w.num("4.1", "跨境电子商务综合服务企业（以下简称综合服务企业）应向委托企业提供下列基础服务：")
    w.item("a)", "代理报关，包括“9610”“9710”“9810”监管方式下的申报；")
    w.item("b)", "国际物流组织与跟踪；")
    w.item("c)", "出口退（免）税申报辅助；")
    w.item("d)", "跨境收结汇辅助。")
    w.num("4.2", "综合服务企业可根据委托企业需求提供下列增值服务：")
    w.item("a)", "出口信用保险投保协助；")
    w.item("b)", "供应链融资对接；")
    w.item("c)", "面向共建“一带一路”国家的海外市场合规咨询。")
    w.chap("5", "服务要求")
    w.sub("5.1", "委托与合同")
    w.num("5.1.1", "综合服务企业应与委托企业签订书面服务合同，明确服务内容、费用、责任划分和数据使用范围，合同主要条款见附录A。")
    w.num("5.1.2", "综合服务企业应对委托企业的主体资格、经营范围和出口商品真实性进行核验，核验记录保存不少于3年。")
    w.sub("5.2", "通关服务")
    w.num("5.2.1", "综合服务企业应在收到委托企业完整单证后4 h内完成申报数据录入，申报数据应与订单、支付单、物流单“三单”信息一致。")
    w.num("5.2.2", "在杭州综合保税区、宁波梅山综合保税区开展“1210”网购保税进口业务的，综合服务企业应协助委托企业落实区内商品"
                   "“一线”入区备案和“二线”出区核注。")
    w.sub("5.3", "物流服务")
    w.num("5.3.1", "综合服务企业应提供不少于3条国际物流线路供委托企业选择，并公开各线路的参考时效和计费标准。")
    w.num("5.3.2", "经义乌铁路口岸发运中欧班列（义新欧）的，应提前2个工作日完成舱位预订和报关数据预录入。")
    w.sub("5.4", "退税与结汇服务")
    w.num("5.4.1", "综合服务企业应在货物报关离境后30 d内协助委托企业完成出口退（免）税申报资料归集。")
    w.num("5.4.2", "综合服务企业不应在代收货款后延迟支付，收汇资金应在到账后3个工作日内划转委托企业。")
    w.note("本条中的“工作日”按中国境内法定工作日计算。")
    w.sub("5.5", "服务质量")
    w.num("5.5.1", "综合服务企业的服务质量应符合表1的要求。")
    headQ = ["指标", "要求", "统计周期"]
    rowsQ = [["报关单证差错率", "≤0.5%", "季度"], ["物流轨迹可查询率", "≥98%", "月度"],
             ["退税资料归集及时率", "≥95%", "季度"], ["委托企业满意度", "≥90分", "年度"]]
    w.table("表1　服务质量指标", headQ, rowsQ, [6.0, 4.5, 4.5])
    w.num("5.5.2", "中国（浙江）自由贸易试验区杭州片区、宁波片区内的综合服务企业，应按月向所在片区管理机构报送表1所列指标数据。")
    w.chap("6", "服务评价")
    w.num("6.1", "协会每年组织1次会员单位服务评价，评价结果分为A、B、C三级，在协会网站公布。")
    w.num("6.2", "连续2年评价为C级的，协会可按章程取消其会员资格。")
    w.appendix("A", "资料性", "跨境电子商务综合服务合同主要条款")
    w.num("A.1", "服务合同宜包括下列条款：")
    w.item("a)", "双方名称、统一社会信用代码和联系方式；")
    w.item("b)", "服务项目、服务期限和收费标准；")
    w.item("c)", "单证、数据和资金的交接方式；")
    w.item("d)", "违约责任和争议解决方式。")
    para(doc, [("", ST, 10.5, False)], line=20)
    para(doc, [("_" * 12, ST, 10.5, False)], WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 20)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    soffice(path)
    clauses = [plain(c) for c in w.clauses]
    EXPECTED[stem] = [{
        "meta": {
            "title": ZJ_TITLE,
            "doc_number": ZJ_CODE,
            "issuer": ["浙江省跨境电子商务协会"],
            "date": "2025-07-20",
            "published": "2025-07-20",
            "level": "provincial",
            "region": "浙江省",
            "effective": "2025-08-01",
            "expires": None,
            "attachments": ["附录A（资料性）跨境电子商务综合服务合同主要条款"],
            "doc_type": "团体标准",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            "5.2.2 在杭州综合保税区、宁波梅山综合保税区开展“1210”": ["杭州综合保税区", "宁波梅山综合保税区"],
            "5.5.2 中国（浙江）自由贸易试验区杭州片区、宁波片区内的综合服务企业": [
                "中国（浙江）自由贸易试验区杭州片区", "中国（浙江）自由贸易试验区宁波片区"],
        }},
    }]
    return stem, clauses


# ====================================================================== 3. 山东 公告
def gw_page_number(section):
    """GB/T 9704: 4号半角宋体 “— N —”, odd pages right, even pages left."""
    for footer, al in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT), (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        p = footer.paragraphs[0]
        fmt(p, al, Cm(0), 14)
        if al == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        set_run_font(p.add_run("— "), ST, 14)
        add_field(p, "PAGE", ST, 14)
        set_run_font(p.add_run(" —"), ST, 14)


def gw(doc, text, east=FS, size=16, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=Pt(32), before=0, after=0, runs=None):
    return para(doc, runs or [(text, east, size, False)], align, first, 28.9, before, after)


GG_BODY = [
    ("p", "根据《中华人民共和国标准化法》《地方标准管理办法》和《山东省标准化条例》有关规定，经审查，山东省市场监督管理局"
          "批准发布《跨境电子商务海外仓服务规范》等12项山东省地方标准（目录见附件），现将有关事项公告如下："),
    ("runin", "一、", "上述标准的实施日期见附件。其中，DB37/T 4861—2025代替DB37/T 3012—2017，DB37/T 4865—2025代替"
                     "DB37/T 3350—2018，被代替标准自相应新标准实施之日起废止。"),
    ("runin", "二、", "标准文本可通过山东省地方标准公共服务平台免费查阅、下载。"),
    ("runin", "三、", "各市市场监督管理局要会同有关行业主管部门做好标准的宣传贯彻和实施监督工作，对标准实施中发现的问题，"
                     "及时反馈省市场监督管理局标准化处。"),
]

GG_HEAD = ["序号", "标准编号", "标准名称", "代替标准号", "实施日期"]
GG_ROWS = [
    ("一、自由贸易试验区与口岸服务",),
    ["1", "DB37/T 4857—2025", "自由贸易试验区政务服务\n“一窗通办”工作规范", "—", "2025-10-12"],
    ["2", "DB37/T 4858—2025", "中国（山东）自由贸易试验区烟台片区\n企业开办“一链办理”服务规范", "—", "2025-10-12"],
    ["3", "DB37/T 4859—2025", "口岸通关服务评价规范", "—", "2025-10-12"],
    ["4", "DB37/T 4860—2025", "综合保税区保税维修业务管理规范", "—", "2025-10-12"],
    ("二、跨境电子商务",),
    ["5", "DB37/T 4861—2025", "跨境电子商务海外仓服务规范", "DB37/T 3012—2017", "2025-10-12"],
    ["6", "DB37/T 4862—2025", "跨境电子商务产业园区建设与\n运营规范", "—", "2025-10-12"],
    ["7", "DB37/T 4863—2025", "跨境电子商务直播营销服务规范", "—", "2025-12-01"],
    ["8", "DB37/T 4864—2025", "跨境电子商务出口商品质量追溯\n通用要求", "—", "2025-10-12"],
    ("三、国际物流与“一带一路”经贸合作",),
    ["9", "DB37/T 4865—2025", "中欧班列（齐鲁号）集装箱装载\n作业规范", "DB37/T 3350—2018", "2025-10-12"],
    ["10", "DB37/T 4866—2025", "境外经贸合作区服务企业入驻指南", "—", "2025-10-12"],
    ["11", "DB37/T 4867—2025", "中国—上海合作组织地方经贸合作\n示范区多式联运服务规范", "—", "2025-10-12"],
    ["12", "DB37/T 4868—2025", "国际物流“门到门”服务质量要求", "—", "2025-10-12"],
]


def make_shandong_gonggao():
    stem = "blind290_shandong_gonggao"
    doc = new_doc(FS, 16)
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    setup_gw_page(sec)
    gw_page_number(sec)
    # 版头
    para(doc, [("山东省市场监督管理局", XBS, 36, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 50, 20, 0)
    para(doc, [("公　告", XBS, 36, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 50, 0, 14)
    gw(doc, "2025年第38号", align=WD_ALIGN_PARAGRAPH.CENTER, first=Cm(0))
    p = para(doc, [("", FS, 6, False)], WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 6, 2, 24)
    border(p, "bottom", "E60012", 18, 1)
    # title with soft line breaks
    para(doc, [("山东省市场监督管理局关于批准发布", XBS, 22, False), "\n",
               ("《跨境电子商务海外仓服务规范》等12项", XBS, 22, False), "\n",
               ("山东省地方标准的公告", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 35, 0, 28.9)
    clauses = []
    for b in GG_BODY:
        if b[0] == "p":
            gw(doc, b[1])
            clauses.append(b[1])
        else:
            gw(doc, None, runs=[(b[1], HT, 16, False), (b[2], FS, 16, False)])
            clauses.append(b[1] + b[2])
    gw(doc, "特此公告。")
    gw(doc, "")
    para(doc, [("附件：山东省地方标准目录", FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, Pt(32), 28.9)
    gw(doc, "")
    gw(doc, "")
    p = gw(doc, "山东省市场监督管理局", align=WD_ALIGN_PARAGRAPH.RIGHT, first=Cm(0))
    p.paragraph_format.right_indent = Pt(48)
    p = gw(doc, "2025年9月12日", align=WD_ALIGN_PARAGRAPH.RIGHT, first=Cm(0))
    p.paragraph_format.right_indent = Pt(64)
    gw(doc, "（此件公开发布）")
    # 附件 on a new page
    p = para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, Cm(0), 28.9)
    p.paragraph_format.page_break_before = True
    gw(doc, "")
    para(doc, [("山东省地方标准目录", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, Cm(0), 35, 0, 14)
    data_rows = []
    hm = []
    for r in GG_ROWS:
        if isinstance(r, tuple):
            hm.append((len(data_rows), 0, 4))
            data_rows.append([r[0], None, None, None, None])
        else:
            data_rows.append(r)
    t = add_table(doc, GG_HEAD, data_rows, [1.1, 3.3, 6.0, 3.0, 2.2], hmerges=hm, east=FS, head_east=HT, size=10,
                  line=18, left_cols=(2,))
    # category rows: left aligned 黑体
    for (ri, c0, c1) in hm:
        cell = t.cell(ri + 1, 0)
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        for r in p.runs:
            set_run_font(r, HT, 10)
    for r in GG_ROWS:
        if not isinstance(r, tuple):
            clauses.append("；".join(f"{h}：{v.replace(chr(10), '')}" for h, v in zip(GG_HEAD, r)))
    gw(doc, "")
    gw(doc, "")
    # 版记 at the foot of the last page (kept together)
    p1 = para(doc, [("抄送：国家市场监督管理总局（国家标准化管理委员会），省商务厅、省交通运输厅，济南海关、青岛海关。", FS, 14, False)],
              WD_ALIGN_PARAGRAPH.LEFT, Cm(0), 28.9, left=Pt(14))
    p1.paragraph_format.left_indent = Pt(14)
    p1.paragraph_format.right_indent = Pt(14)
    p1.paragraph_format.first_line_indent = Pt(-0)
    border(p1, "top", "000000", 8, 2)
    border(p1, "bottom", "000000", 4, 2)
    p1.paragraph_format.keep_with_next = True
    p2 = para(doc, [("山东省市场监督管理局办公室", FS, 14, False), ("\t", FS, 14, False), ("2025年9月15日印发", FS, 14, False)],
              WD_ALIGN_PARAGRAPH.LEFT, Cm(0), 28.9)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 2)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    soffice(path)
    EXPECTED[stem] = [{
        "meta": {
            "title": "山东省市场监督管理局关于批准发布《跨境电子商务海外仓服务规范》等12项山东省地方标准的公告",
            "doc_number": "山东省市场监督管理局公告2025年第38号",
            "issuer": ["山东省市场监督管理局"],
            "date": "2025-09-12",
            "published": "2025-09-15",
            "level": "provincial",
            "region": "山东省",
            "effective": None,
            "expires": None,
            "attachments": ["山东省地方标准目录"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": "DB37/T 3012—2017、DB37/T 3350—2018",
        },
        "clauses": clauses,
        "applies_to": {"specific": {
            "序号：2；标准编号：DB37/T 4858—2025；标准名称：中国（山东）自由贸易试验区烟台片区": [
                "中国（山东）自由贸易试验区烟台片区"],
            "序号：11；标准编号：DB37/T 4867—2025；标准名称：中国—上海合作组织地方经贸合作示范区": [
                "中国—上海合作组织地方经贸合作示范区"],
        }},
    }]
    return stem, clauses


if __name__ == "__main__":
    made = [make_shandong_std(), make_zhejiang_std(), make_shandong_gonggao()]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    for stem, cl in made:
        print(stem, len(cl), "clauses")
