# ruff: noqa
#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Round 317 blind test files: ordinary 华南 / 西南 city and county documents on
跨境电商, 边民互市, 口岸经济, 外贸 and 一带一路 (fictional; numbers, dates and
amounts invented).

Writes, next to this script:
  blind317_zhanjiang_cuoshi.docx / .pdf   湛江市商务局 湛江市财政局 joint 印发 notice carrying
                                          a 若干措施 (money amounts, a reward table with merged
                                          cells, an 附件 申报表 form)
  blind317_longzhou_fangan.docx / .pdf    龙州县人民政府办公室 印发 notice carrying a 工作方案
                                          (目标 + 指标 table, tasks with （责任单位：…）)
  blind317_yibin_zhuanfa.docx / .pdf      宜宾市人民政府 转发 notice with its own 贯彻意见,
                                          followed by the forwarded 四川省 document
  expected.json                           the answer key
Run:  . /work/venv/bin/activate && python make_blind317.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
PFX = "blind317"
LO_PROFILE = "file:///tmp/lo_317"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"
TNR = "Times New Roman"
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

EXPECTED = {}


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------

def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font=TNR):
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
    if color is not None:
        run.font.color.rgb = color


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


def page_footer(section):
    """— N — in 4号宋体: odd pages right, even pages left (GB/T 9704 7.5)."""
    section.footer.is_linked_to_previous = False
    section.even_page_footer.is_linked_to_previous = False
    for ftr, align in ((section.footer, R), (section.even_page_footer, L)):
        p = ftr.paragraphs[0]
        p.text = ""
        p.alignment = align
        if align == R:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        r = p.add_run("— ")
        set_font(r, ST, 14)
        add_field(p, "PAGE")
        r = p.add_run(" —")
        set_font(r, ST, 14)


def new_doc():
    d = Document()
    s = d.sections[0]
    s.page_width = Cm(21)
    s.page_height = Cm(29.7)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    s.footer_distance = Cm(2.5)
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
    pf.line_spacing = Pt(28)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    d.settings.odd_and_even_pages_header_footer = True
    page_footer(s)
    return d


def para(d, segs, align=J, indent=2, size=16, east=FS, bold=False, color=None,
         left=None, right=None, spacing=None, before=None, after=None, container=None):
    """segs: str, or list of items: str (body font), (text, font[, bold]), or "\\n" (soft break)."""
    p = (container or d).add_paragraph()
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
        else:
            txt, f, b = s, east, bold
        r = p.add_run(txt)
        set_font(r, f, size, b, color)
    pf = p.paragraph_format
    p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if spacing is not None:
        pf.line_spacing = Pt(spacing)
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    return p


def blank(d, n=1, size=16):
    for _ in range(n):
        para(d, "", indent=0, size=size)


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


def new_section(d):
    """Section break (next page) carried by the last paragraph typed, as Word does,
    instead of by an extra empty paragraph that could spill onto a page of its own."""
    s = d.add_section(WD_SECTION.NEW_PAGE)
    body_el = d.element.body
    holder = [p for p in body_el.findall(qn("w:p"))
              if p.find(qn("w:pPr") + "/" + qn("w:sectPr")) is not None][-1]
    prev = holder.getprevious()
    if prev is not None and prev.tag == qn("w:p"):
        sect = holder.find(qn("w:pPr") + "/" + qn("w:sectPr"))
        ppr = prev.find(qn("w:pPr"))
        if ppr is None:
            ppr = OxmlElement("w:pPr")
            prev.insert(0, ppr)
        ppr.append(sect)
        body_el.remove(holder)
    return s


def red_rule(d, docno):
    p = para(d, docno, align=C, indent=0, size=16, before=0, after=6)
    border(p, "bottom", "FF0000", sz=18, space=6)
    blank(d, 1)


def banhead_single(d, mark, docno, size=36):
    blank(d, 1)
    p = para(d, mark, align=C, indent=0, size=size, east=XBS, color=RED, spacing=size * 1.3)
    # 发文机关标志 squeezed a little, as clerks do with long organ names
    for r in p.runs:
        rpr = r._r.get_or_add_rPr()
        w = OxmlElement("w:w")
        w.set(qn("w:val"), "90")
        rpr.append(w)
    blank(d, 1)
    red_rule(d, docno)


def no_borders(tbl):
    tblpr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def cell_text(cell, segs, size=10.5, east=ST, align=C, bold=False, color=None, indent=0,
              spacing=None):
    """Fill a cell: segs = list of lines (each a paragraph) or a single str."""
    if isinstance(segs, str):
        segs = [segs]
    first = True
    for line in segs:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(line)
        set_font(r, east, size, bold, color)
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing = Pt(spacing or size * 1.35)
        pf.first_line_indent = Pt(size * indent) if indent else None
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def banhead_joint(d, organs, docno):
    """Joint 版头: organ names stacked on the left, “文件” in a vertically merged cell."""
    t = d.add_table(rows=len(organs), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    for i, o in enumerate(organs):
        cell_text(t.cell(i, 0), o, size=28, east=XBS, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
                  color=RED, spacing=34)
    m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
    cell_text(m, "文件", size=40, east=XBS, align=C, color=RED, spacing=44)
    set_cell_width(t, [10.5, 4.5])
    blank(d, 1, size=8)
    red_rule(d, docno)


def title(d, lines, soft=True, size=22):
    """Title in 2号方正小标宋简体, centred; lines joined by soft breaks or typed as paragraphs."""
    if soft:
        segs = []
        for i, ln in enumerate(lines):
            if i:
                segs.append("\n")
            segs.append((ln, XBS))
        para(d, segs, align=C, indent=0, size=size, spacing=size * 1.5)
    else:
        for ln in lines:
            para(d, [(ln, XBS)], align=C, indent=0, size=size, spacing=size * 1.5)
    blank(d, 1)


def signoff(d, organ_line, date, right=64, gap=2):
    blank(d, gap)
    para(d, organ_line, align=R, indent=0, right=right)
    para(d, date, align=R, indent=0, right=right - 16)


def banji(d, chaosong, printer, pdate, gap=1):
    """版记: 抄送 line and 印发 line between rules (first/last thick, middle thin)."""
    blank(d, gap)
    p1 = para(d, [("抄送：", FS), (chaosong, FS)], align=J, indent=0, size=14, left=14,
              right=14, spacing=22, before=2, after=2)
    border(p1, "top", "000000", sz=8, space=4)
    p1.paragraph_format.keep_with_next = True
    p1.paragraph_format.keep_together = True
    border(p1, "bottom", "000000", sz=4, space=4)
    p1.paragraph_format.left_indent = Pt(14)
    p1.paragraph_format.first_line_indent = Pt(-0)
    p2 = para(d, [(printer, FS), ("\u3000" * 6, FS), (pdate + "印发", FS)], align=J, indent=0,
              size=14, left=14, right=14, spacing=22, before=2, after=2)
    border(p2, "bottom", "000000", sz=8, space=4)


def set_cell_width(tbl, widths):
    grid = tbl._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 567)))
    tbl.autofit = False
    for r_i, row in enumerate(tbl.rows):
        col = 0
        for tc in row._tr.findall(qn("w:tc")):
            span = tc.find(qn("w:tcPr") + "/" + qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            w = sum(widths[col:col + n])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w * 567)))
            tcw.set(qn("w:type"), "dxa")
            col += n


def grid_borders(tbl):
    tblpr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def data_table(d, header, rows, widths, vmerges=(), note=None, size=10.5):
    """A ruled table. rows: list of lists (logical values, a merged value repeated);
    vmerges: (col, first_row, last_row) over data rows counted from 0 — the value is
    typed only in the first cell and the cells are merged.  note: a full-width last
    row.  Returns the clause texts “列名：值；…” for every data row (+ note)."""
    n = len(rows) + 1 + (1 if note else 0)
    t = d.add_table(rows=n, cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid_borders(t)
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, size=size, east=HT)
    hidden = set()
    for (col, r0, r1) in vmerges:
        for r in range(r0 + 1, r1 + 1):
            hidden.add((r, col))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if (i, j) in hidden:
                continue
            cell_text(t.cell(i + 1, j), v, size=size, east=FS,
                      align=L if len(v) > 14 else C)
    for (col, r0, r1) in vmerges:
        t.cell(r0 + 1, col).merge(t.cell(r1 + 1, col))
    if note:
        m = t.cell(n - 1, 0).merge(t.cell(n - 1, len(header) - 1))
        cell_text(m, note, size=size, east=FS, align=L)
    set_cell_width(t, widths)
    clauses = []
    for row in rows:
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
    if note:
        clauses.append(note)
    return clauses


def soffice_pdf(path):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Doc:
    """Collects clause texts and place notes while the Word file is written."""

    def __init__(self):
        self.clauses = []
        self.specific = {}

    def clause(self, text, places=None):
        self.clauses.append(text)
        if places:
            self.specific[spec_key(text)] = places


def spec_key(text):
    return text.split("\n")[0][:20]


def body(d, doc, segs, places=None, clause=True, **kw):
    """A body paragraph; segs as in para().  The clause text is the concatenation."""
    p = para(d, segs, **kw)
    if clause:
        if isinstance(segs, str):
            txt = segs
        else:
            txt = "".join("\n" if s == "\n" else (s[0] if isinstance(s, tuple) else s)
                          for s in segs)
        doc.clause(txt, places)
    return p


def runin(d, doc, head, text, places=None, head_font=KT, head_bold=False):
    return body(d, doc, [(head, head_font, head_bold), text], places)


def h1(d, text):
    para(d, [(text, HT)])


def h2(d, text):
    para(d, [(text, KT)])


def save(d, stem, docs):
    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    soffice_pdf(path)
    EXPECTED[stem] = docs


def entry(meta, doc):
    return {"meta": meta, "clauses": doc.clauses, "applies_to": {"specific": doc.specific}}


# ---------------------------------------------------------------------------
# 1. 湛江 — joint 商务局/财政局 notice carrying a 若干措施
# ---------------------------------------------------------------------------

def make_zhanjiang():
    stem = f"{PFX}_zhanjiang_cuoshi"
    d = new_doc()
    k = Doc()
    banhead_joint(d, ["湛江市商务局", "湛江市财政局"], "湛商务〔2025〕97号")
    title(d, ["湛江市商务局　湛江市财政局关于印发",
              "《湛江市支持跨境电子商务和外贸新业态",
              "高质量发展若干措施》的通知"])
    para(d, "各县（市、区）商务主管部门、财政局，湛江经济技术开发区经济发展局、财政局，"
            "市直有关单位：", indent=0)
    body(d, k, "为加快培育外贸新动能，更好融入共建“一带一路”和西部陆海新通道建设，经市人民"
               "政府同意，现将《湛江市支持跨境电子商务和外贸新业态高质量发展"
               "若干措施》印发给你们，请认真贯彻执行。执行中遇到的问题，请径向市商务局反映。")
    blank(d, 1)
    para(d, "附件：湛江市跨境电子商务和外贸新业态扶持资金申报表", indent=2)
    blank(d, 1)
    para(d, "湛江市商务局　　　　　　湛江市财政局", align=R, indent=0, right=40)
    para(d, "2025年6月16日", align=R, indent=0, right=72)
    para(d, "（此件公开发布）", indent=2)

    # the 若干措施 in its own section
    new_section(d)
    title(d, ["湛江市支持跨境电子商务和外贸新业态",
              "高质量发展若干措施"])
    body(d, k, "为加快发展跨境电子商务、海外仓等外贸新业态新模式，推动我市外贸稳规模、优结构，"
               "结合我市实际，制定以下措施。")
    h1(d, "一、培育壮大经营主体")
    runin(d, k, "（一）支持企业做大做强。",
          "对年度跨境电商进出口额达到下表规定档次的企业给予一次性奖励，同一企业同一年度按就高"
          "原则奖励，不重复享受。")
    para(d, [("跨境电商企业规模奖励标准", HT)], align=C, indent=0, size=14, before=6)
    rows = [
        ["第一档", "1亿元（含）以上", "最高不超过50万元",
         "以海关统计数据为准，须通过湛江市跨境电商公共服务平台申报"],
        ["第二档", "5000万元（含）至1亿元", "最高不超过30万元",
         "以海关统计数据为准，须通过湛江市跨境电商公共服务平台申报"],
        ["第三档", "1000万元（含）至5000万元", "最高不超过10万元",
         "以海关统计数据为准，须通过湛江市跨境电商公共服务平台申报"],
    ]
    for c in data_table(d, ["档次", "年度跨境电商进出口额", "奖励金额", "备注"], rows,
                        [2.0, 4.6, 3.6, 5.4], vmerges=[(3, 0, 2)],
                        note="注：首次进入上一档次的企业，按两档奖励标准的差额给予补足。"):
        k.clause(c)
    blank(d, 1, size=6)
    runin(d, k, "（二）引进培育龙头企业。",
          "对新引进并在湛江综合保税区内注册开展跨境电商业务的企业，按其年度跨境电商进出口额"
          "每1美元奖励0.01元人民币，连续支持2年，每家企业每年最高不超过100万元。", places=["湛江综合保税区"])
    runin(d, k, "（三）支持传统外贸企业转型。",
          "对传统外贸企业、生产型企业首次开展跨境电商B2B出口（9710、9810）业务且年度出口额"
          "达到300万元以上的，给予一次性奖励5万元。")
    h1(d, "二、建设跨境电商发展载体")
    runin(d, k, "（四）支持跨境电商产业园建设。",
          "对经市商务局认定的市级跨境电商产业园，按其当年公共服务平台建设、运营投入的30%给予"
          "园区运营主体补助，每个园区每年最高不超过200万元。")
    runin(d, k, "（五）降低企业入园成本。",
          "对入驻湛江市跨境电子商务产业园（霞山园区）的企业，前两年按实际租金的50%、第三年按"
          "30%给予租金补贴，每家企业每年最高不超过20万元。",
          places=["湛江市跨境电子商务产业园（霞山园区）"])
    runin(d, k, "（六）支持海外仓建设。",
          "对企业在共建“一带一路”国家和地区自建或租赁海外仓的，经认定后按以下标准给予支持：")
    body(d, k, "1.自建海外仓且仓储面积在5000平方米以上的，按实际建设投资额的20%给予补助，"
               "最高不超过200万元；")
    body(d, k, "2.租赁海外仓且仓储面积在2000平方米以上的，按年度租金的30%给予补助，连续支持"
               "不超过3年，每年最高不超过50万元；")
    body(d, k, "3.海外仓入选省级公共海外仓的，在上述补助基础上再给予一次性奖励30万元。")
    runin(d, k, "（七）发展网购保税进口业务。",
          "在湛江综合保税区开展跨境电商网购保税进口（1210）业务的企业，按年度进口申报单量每单"
          "0.5元给予物流补贴，每家企业每年最高不超过100万元。", places=["湛江综合保税区"])
    h1(d, "三、拓展外贸新业态新模式")
    runin(d, k, "（八）支持开辟国际物流通道。",
          "对在湛江港宝满港区新开通至东盟国家港口的外贸集装箱班轮航线，开通首年每航次给予"
          "航运企业补助2万元，每条航线年度补助最高不超过150万元。", places=["湛江港宝满港区"])
    runin(d, k, "（九）支持“跨境电商+产业带”发展。",
          "对徐闻菠萝、遂溪对虾等特色农产品生产企业通过跨境电商出口的，按年度跨境电商"
          "出口额的3%给予奖励，每家企业每年最高不超过20万元。")
    h1(d, "四、强化要素保障")
    runin(d, k, "（十）加大金融支持。",
          "对跨境电商企业投保短期出口信用保险的，按实际缴纳保费的50%给予补助，每家企业每年"
          "最高不超过50万元。")
    # two sentences separated by a soft line break (Shift+Enter)
    body(d, k, [("（十一）加强人才培育。", KT),
                "对在湛江的高等院校、职业院校新开设跨境电商相关专业或开展订单式培养的，每年给予"
                "最高不超过30万元的补助。", "\n",
                "对年度培训200人次以上的跨境电商技能培训机构，按每人次200元给予补贴。"])
    body(d, k, "本措施所需资金从市级促进经济高质量发展专项资金中列支。企业同一项目符合本措施和"
               "本市其他同类扶持政策的，按照“就高不重复”原则给予支持。")
    body(d, k, "本措施由市商务局、市财政局负责解释，自2025年7月1日起施行，有效期至2027年12月"
               "31日。《湛江市跨境电子商务扶持办法》（湛商务〔2022〕41号）同时废止。")

    # 附件: the form, on a new page
    p = para(d, [("附件", HT)], align=L, indent=0)
    p.paragraph_format.page_break_before = True
    blank(d, 1)
    para(d, [("湛江市跨境电子商务和外贸新业态扶持资金申报表", XBS)], align=C, indent=0, size=18)
    para(d, "填报单位（盖章）：　　　　　　　　　　　　填报日期：　　年　　月　　日",
         align=L, indent=0, size=12, spacing=20, before=6, after=4)
    t = d.add_table(rows=9, cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid_borders(t)
    labels = [("企业名称", None), ("统一社会信用代码", "注册地址"), ("联系人", "联系电话")]
    for i, (a, b) in enumerate(labels):
        cell_text(t.cell(i, 0), a)
        if b:
            cell_text(t.cell(i, 2), b)
    t.cell(0, 1).merge(t.cell(0, 3))
    cell_text(t.cell(3, 0), "申报项目")
    m = t.cell(3, 1).merge(t.cell(3, 3))
    cell_text(m, ["□企业规模奖励　　□入园租金补贴　　□海外仓补助",
                  "□网购保税进口物流补贴　□国际航线补助　□出口信用保险保费补助",
                  "□其他（请注明）：＿＿＿＿＿＿"], align=L)
    cell_text(t.cell(4, 0), "上年度经营情况")
    cell_text(t.cell(4, 1), "跨境电商进出口额（万元）")
    cell_text(t.cell(5, 1), "出口信用保险保费（万元）")
    t.cell(4, 0).merge(t.cell(5, 0))
    t.cell(4, 2).merge(t.cell(4, 3))
    t.cell(5, 2).merge(t.cell(5, 3))
    cell_text(t.cell(6, 0), "申请金额（万元）")
    t.cell(6, 1).merge(t.cell(6, 3))
    cell_text(t.cell(7, 0), "企业承诺")
    m = t.cell(7, 1).merge(t.cell(7, 3))
    cell_text(m, ["本企业承诺所提交的申报材料真实、准确、完整，如有虚假，愿意承担相应法律责任。",
                  "法定代表人（签字）：　　　　　　　（企业盖章）",
                  "年　　月　　日"], align=L)
    cell_text(t.cell(8, 0), "县（市、区）商务主管部门初审意见")
    m = t.cell(8, 1).merge(t.cell(8, 3))
    cell_text(m, ["", "", "（盖章）　　　　年　　月　　日"], align=R)
    set_cell_width(t, [3.6, 4.4, 3.0, 4.6])
    para(d, "填报说明：", align=L, indent=0, size=12, spacing=20, before=6)
    body(d, k, "1.本表一式三份，经县（市、区）商务主管部门初审后汇总报送市商务局。", indent=2,
         size=12, spacing=20)
    body(d, k, "2.申请金额按《湛江市支持跨境电子商务和外贸新业态高质量发展若干措施》相应条款计算，"
               "涉及外币的按申报年度12月31日人民币汇率中间价折算。", indent=2, size=12, spacing=20)
    banji(d, "市人民政府办公室，市审计局，湛江海关。", "湛江市商务局办公室", "2025年6月18日")

    meta = {
        "title": "湛江市商务局　湛江市财政局关于印发《湛江市支持跨境电子商务和外贸新业态高质量发展"
                 "若干措施》的通知",
        "doc_number": "湛商务〔2025〕97号",
        "issuer": ["湛江市商务局", "湛江市财政局"],
        "date": "2025-06-16",
        "published": "2025-06-18",
        "level": "municipal",
        "region": "湛江市",
        "effective": "2025-07-01",
        "expires": "2027-12-31",
        "attachments": ["湛江市跨境电子商务和外贸新业态扶持资金申报表"],
        "doc_type": "通知",
        "recipients": ["各县（市、区）商务主管部门、财政局", "湛江经济技术开发区经济发展局、财政局",
                       "市直有关单位"],
        "publicity": "此件公开发布",
        "repeals": "《湛江市跨境电子商务扶持办法》（湛商务〔2022〕41号）",
    }
    save(d, stem, [entry(meta, k)])


# ---------------------------------------------------------------------------
# 2. 龙州 — 县政府办 notice carrying a 工作方案 with （责任单位：…）
# ---------------------------------------------------------------------------

def task(d, k, num, head, text, duty, places=None):
    """A numbered task: run-in head, text, and （责任单位：…） at its end."""
    return body(d, k, [(num + head, FS, True), text + "（责任单位：" + duty + "）"], places)


def make_longzhou():
    stem = f"{PFX}_longzhou_fangan"
    d = new_doc()
    k = Doc()
    banhead_single(d, "龙州县人民政府办公室文件", "龙政办发[2026]9号", size=32)
    # the clerk typed the title as three paragraphs
    title(d, ["龙州县人民政府办公室关于印发龙州县",
              "推进边民互市贸易和口岸经济高质量发展",
              "工作方案（2026—2027年）的通知"], soft=False)
    para(d, "各乡镇人民政府，县直各有关单位，龙州工业园区管委会：", indent=0)
    body(d, k, "《龙州县推进边民互市贸易和口岸经济高质量发展工作方案（2026—2027年）》已经县人民"
               "政府同意，现印发给你们，请结合实际认真组织实施。实施过程中遇到的问题，请及时向县商务"
               "和口岸管理局反映。")
    signoff(d, "龙州县人民政府办公室", "2026年3月2日", right=48)
    para(d, "（此件公开发布）", indent=2)

    new_section(d)
    title(d, ["龙州县推进边民互市贸易和口岸经济",
              "高质量发展工作方案（2026—2027年）"])
    body(d, k, "为贯彻落实自治区、崇左市关于推动边境贸易创新发展和中国（广西）自由贸易试验区"
               "崇左片区协同发展的部署要求，发挥我县水口口岸和科甲、那花等边民互市点的通道优势，推动"
               "边民互市贸易提质增效、口岸经济做大做强，结合我县实际，制定本方案。")
    h1(d, "一、工作目标")
    body(d, k, "到2026年底，全县边民互市贸易额达到120亿元，落地加工互市商品20万吨以上，参与互市"
               "贸易的边民互助组达到60个；到2027年底，边民互市贸易额达到150亿元，落地加工互市商品"
               "30万吨以上，培育年产值超亿元的落地加工企业5家以上。主要指标见下表。")
    para(d, [("表1　2026—2027年主要指标", HT)], align=C, indent=0, size=14, before=6)
    duty = "县商务和口岸管理局"
    rows = [
        ["1", "边民互市贸易额（亿元）", "96", "120", "150", duty],
        ["2", "落地加工互市商品（万吨）", "12.5", "20", "30", duty],
        ["3", "跨境电商进出口额（亿元）", "3.2", "5", "8", duty],
        ["4", "边民互助组（个）", "42", "60", "75", "县农业农村局、各乡镇人民政府"],
    ]
    for c in data_table(d, ["序号", "指标", "2025年基数", "2026年目标", "2027年目标", "牵头单位"],
                        rows, [1.2, 4.6, 2.2, 2.2, 2.2, 3.6], vmerges=[(5, 0, 2)]):
        k.clause(c)
    blank(d, 1, size=6)
    h1(d, "二、重点任务")
    h2(d, "（一）提升互市点建设和管理水平")
    task(d, k, "1.", "推进水口互市点提质改造。",
         "2026年底前完成水口边民互市点查验场地扩建和“智慧互市”卡口改造，实现边民申报、查验、"
         "结算“一站式”办理，单日通关能力提升至800车次以上。",
         "县商务和口岸管理局、水口镇人民政府，龙州海关配合", places=["水口边民互市点"])
    task(d, k, "2.", "规范科甲、那花互市点运营。",
         "在科甲、那花边民互市点推行“边民备案+互助组申报+合作社交易”模式，每季度开展一次边民"
         "身份和交易真实性核查。",
         "县商务和口岸管理局、下冻镇人民政府、金龙镇人民政府",
         places=["科甲边民互市点", "那花边民互市点"])
    task(d, k, "3.", "加强互市贸易监管。",
         "建立商务、海关、公安、税务等部门联合监管机制，严厉打击“伪报边民”“一证多用”等违规"
         "行为。",
         "县商务和口岸管理局、县公安局、县税务局，龙州海关配合")
    h2(d, "（二）推动互市商品落地加工")
    task(d, k, "4.", "建设边贸商品加工园。",
         "在龙州工业园区规划建设占地500亩的边贸商品落地加工园，对入园从事互市商品落地加工且"
         "年度加工量达到1万吨以上的企业，按新增生产设备投资额的10%给予补助，单个企业最高不超过"
         "100万元。",
         "龙州工业园区管委会、县财政局、县发展和改革局", places=["龙州工业园区"])
    body(d, k, [("5.培育边民互助组和合作社。", FS, True),
                "支持各乡镇按照“自愿、互助、共享”原则组建边民互助组、互市贸易合作社，对符合条件的"
                "给予以下支持："])
    body(d, k, "（1）新组建并实际开展互市贸易满6个月的边民互助组，给予一次性工作经费补助1万元；")
    body(d, k, "（2）对年度组织互市商品落地加工5000吨以上的互市贸易合作社，给予一次性奖励5万元。"
               "（责任单位：县农业农村局、县商务和口岸管理局、各乡镇人民政府）")
    h2(d, "（三）做大做强口岸经济")
    task(d, k, "6.", "提升口岸通关效率。",
         "推行“提前申报”“两步申报”和进出口货物“预约通关”，2026年进口、出口整体通关时间较"
         "2025年分别压缩10%、5%。",
         "龙州海关、县商务和口岸管理局")
    task(d, k, "7.", "发展口岸物流。",
         "在水口镇规划建设边境物流园，对在水口镇新建冷链仓储设施且库容达到5000吨以上的企业，"
         "按实际投资额的15%给予补助，最高不超过200万元。",
         "水口镇人民政府、县发展和改革局、县商务和口岸管理局", places=["水口镇"])
    task(d, k, "8.", "拓展对越经贸合作。",
         "深化与越南高平省的经贸交流，每年组织企业赴越南高平、河内等地开展经贸对接活动不少于"
         "2次。",
         "县商务和口岸管理局、县外事办")
    h2(d, "（四）培育跨境电商新业态")
    task(d, k, "9.", "建设跨境电商直播基地。",
         "依托县电子商务公共服务中心建设跨境电商直播基地，对通过跨境电商平台年度销售本地特色"
         "产品超过500万元的企业，给予一次性奖励3万元。",
         "县工业和信息化局、县商务和口岸管理局")
    task(d, k, "10.", "探索“边民互市+跨境电商”模式。",
         "支持互市贸易合作社与跨境电商企业合作，推动落地加工产品通过跨境电商平台销往国内外市场。",
         "县商务和口岸管理局、龙州海关")
    h1(d, "三、保障措施")
    runin(d, k, "（一）加强组织领导。",
          "成立由县人民政府分管副县长任组长的县边民互市贸易和口岸经济发展工作领导小组，领导小组"
          "办公室设在县商务和口岸管理局，统筹推进各项任务落实。")
    runin(d, k, "（二）强化资金保障。",
          "县财政每年统筹安排边境贸易发展资金不少于1500万元，用于支持本方案确定的重点任务。各项"
          "扶持资金按照“谁主管、谁负责”原则管理，严禁虚报冒领。")
    runin(d, k, "（三）加强督查考核。",
          "各责任单位于每季度结束后5日内将工作进展报送县商务和口岸管理局汇总后报县人民政府。"
          "任务完成情况纳入年度绩效考评。")
    banji(d, "县委办公室，县人大常委会办公室，县政协办公室，县纪委监委办公室。",
          "龙州县人民政府办公室", "2026年3月3日", gap=1)

    meta = {
        "title": "龙州县人民政府办公室关于印发龙州县推进边民互市贸易和口岸经济高质量发展工作方案"
                 "（2026—2027年）的通知",
        "doc_number": "龙政办发[2026]9号",
        "issuer": ["龙州县人民政府办公室"],
        "date": "2026-03-02",
        "published": "2026-03-03",
        "level": "county",
        "region": "龙州县",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各乡镇人民政府", "县直各有关单位", "龙州工业园区管委会"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    save(d, stem, [entry(meta, k)])


# ---------------------------------------------------------------------------
# 3. 宜宾 — 市政府 转发 notice with 贯彻意见, then the forwarded 省 document
# ---------------------------------------------------------------------------

def make_yibin():
    stem = f"{PFX}_yibin_zhuanfa"
    d = new_doc()
    k = Doc()
    banhead_single(d, "宜宾市人民政府文件", "宜府发（2025）27号", size=40)
    title(d, ["宜宾市人民政府",
              "关于转发《四川省人民政府办公厅关于推进",
              "口岸经济高质量发展的实施意见》的通知"])
    para(d, "各区县人民政府，宜宾三江新区管委会，市政府各部门，有关单位：", indent=0)
    body(d, k, "现将《四川省人民政府办公厅关于推进口岸经济高质量发展的实施意见》（川办发〔2025〕38号）"
               "转发给你们，并结合我市实际提出以下贯彻意见，请一并认真贯彻落实。")
    runin(d, k, "一、提升港口口岸开放功能。",
          "加快宜宾港志城作业区三期工程建设，推进宜宾港水运口岸扩大开放，2026年底前完成口岸查验"
          "设施改造提升。对在宜宾港志城作业区新开通的外贸集装箱航线，每条航线给予开通奖励30万元，"
          "并按实际运量每标箱补助200元，单条航线年度补助最高不超过300万元。（牵头单位：市港口物流局、"
          "市商务局）", places=["宜宾港志城作业区"], head_font=HT)
    runin(d, k, "二、做强综合保税区平台。",
          "推动宜宾综合保税区加工贸易、保税物流、保税维修等业务协同发展。对在宜宾综合保税区内新"
          "设立且年度进出口额达到1亿元以上的加工贸易企业，按其年度进出口额每1美元奖励0.02元人民币，"
          "单个企业年度奖励最高不超过500万元。（牵头单位：宜宾三江新区管委会、市商务局、市财政局）",
          places=["宜宾综合保税区"], head_font=HT)
    runin(d, k, "三、加快跨境电商发展。",
          "发挥中国（宜宾）跨境电子商务综合试验区政策优势，推进跨境电商“9610”“9710”“9810”"
          "“1210”业务全模式发展。对在宜宾临港经济技术开发区跨境电商产业园内开展业务、年度跨境电商"
          "进出口额首次达到5000万元的企业，给予一次性奖励20万元。（牵头单位：市商务局、宜宾临港"
          "经济技术开发区管委会）",
          places=["宜宾临港经济技术开发区跨境电商产业园"], head_font=HT)
    # item 四 has a second paragraph typed after Enter, without a label
    p1 = [("四、拓展“一带一路”国际物流通道。", HT),
          "积极融入西部陆海新通道建设，常态化开行宜宾至钦州港铁海联运班列，推动中欧班列（成渝）"
          "宜宾集结点建设。对经宜宾发运的中欧班列、西部陆海新通道班列，在省级补助基础上按1:0.5"
          "给予市级配套支持。"]
    p2 = ("鼓励市内外贸企业通过“宜宾—钦州—东盟”通道拓展越南、泰国、马来西亚等东盟市场，市商务局"
          "每年组织“川货出海”东盟专场对接活动不少于1次。（牵头单位：市发展改革委、市商务局、"
          "市港口物流局）")
    para(d, p1)
    para(d, p2)
    k.clause(p1[0][0] + p1[1] + "\n" + p2)
    runin(d, k, "五、优化口岸营商环境。",
          "全面落实“提前申报”“两步申报”等便利化措施，推广“智慧口岸”应用，规范口岸经营服务性"
          "收费并实行目录清单公示，2026年底前全市进出口整体通关时间压缩至全省平均水平以下。"
          "（牵头单位：宜宾海关、市商务局、市市场监管局）", head_font=HT)
    runin(d, k, "六、压实工作责任。",
          "各区县人民政府、市级有关部门要按照省实施意见和本通知要求，细化工作措施，明确责任分工。"
          "市商务局要会同有关部门加强统筹协调和督促检查，每年12月底前将贯彻落实情况报市人民政府。"
          "本通知提出的资金支持政策自2026年1月1日起执行，有效期至2028年12月31日。", head_font=HT)
    signoff(d, "宜宾市人民政府", "2025年11月18日", right=64)
    para(d, "（此件公开发布）", indent=2)

    # the forwarded provincial document, from a new page
    page_break(d)
    s = Doc()
    title(d, ["四川省人民政府办公厅",
              "关于推进口岸经济高质量发展的实施意见"])
    para(d, [("川办发〔2025〕38号", KT)], align=C, indent=0, after=8)
    para(d, "各市（州）人民政府，省政府各部门、各直属机构，有关单位：", indent=0)
    body(d, s, "为深入贯彻党中央、国务院关于推进高水平"
               "对外开放的决策部署，积极融入共建“一带一路”，推动我省口岸经济高质量发展，经省政府"
               "同意，提出如下实施意见。")
    h1(d, "一、优化口岸布局")
    runin(d, s, "（一）完善口岸开放体系。",
          "统筹航空、铁路、水运口岸布局，推动成都天府、成都双流国际机场航空口岸功能提升，支持"
          "泸州港、宜宾港水运口岸扩大开放。")
    runin(d, s, "（二）提升口岸通关效能。",
          "深化国际贸易“单一窗口”建设，推广“智慧口岸”“无感通关”等模式，到2027年，全省进出口"
          "整体通关时间较2024年压缩15%以上。")
    h1(d, "二、发展口岸经济")
    runin(d, s, "（三）支持自贸试验区先行先试。",
          "支持中国（四川）自由贸易试验区川南临港片区在长江航运口岸开展“离港确认”“联动接卸”"
          "等监管创新试点，成熟后在全省水运口岸复制推广。", places=["川南临港片区"])
    runin(d, s, "（四）做强综合保税区。",
          "支持成都高新、成都国际铁路港、泸州、宜宾等综合保税区提升发展绩效，对年度绩效评估为A类"
          "的综合保税区，省级财政给予一次性奖励500万元。")
    h1(d, "三、拓展开放通道")
    runin(d, s, "（五）提升国际物流通道能级。",
          "推动中欧班列（成渝）高质量开行，扩大西部陆海新通道班列规模，对新开行的国际货运班列"
          "线路，省级按首年实际运营费用的30%给予补助，单条线路最高不超过500万元。")
    h1(d, "四、强化保障措施")
    runin(d, s, "（六）加强组织协调。",
          "发挥省口岸工作领导小组统筹作用，各市（州）要明确责任部门，抓好工作落实。")
    runin(d, s, "（七）加强资金支持。",
          "省级统筹相关专项资金支持口岸基础设施和口岸经济发展项目，各地要加大配套投入。")
    signoff(d, "四川省人民政府办公厅", "2025年10月15日", right=48)
    para(d, "（此件公开发布）", indent=2)
    banji(d, "市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。",
          "宜宾市人民政府办公室", "2025年11月19日", gap=1)

    meta_city = {
        "title": "宜宾市人民政府关于转发《四川省人民政府办公厅关于推进口岸经济高质量发展的实施意见》"
                 "的通知",
        "doc_number": "宜府发（2025）27号",
        "issuer": ["宜宾市人民政府"],
        "date": "2025-11-18",
        "published": "2025-11-19",
        "level": "municipal",
        "region": "宜宾市",
        "effective": "2026-01-01",
        "expires": "2028-12-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各区县人民政府", "宜宾三江新区管委会", "市政府各部门", "有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    meta_prov = {
        "title": "四川省人民政府办公厅关于推进口岸经济高质量发展的实施意见",
        "doc_number": "川办发〔2025〕38号",
        "issuer": ["四川省人民政府办公厅"],
        "date": "2025-10-15",
        "published": None,
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "意见",
        "recipients": ["各市（州）人民政府", "省政府各部门、各直属机构", "有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    save(d, stem, [entry(meta_city, k), entry(meta_prov, s)])


def main():
    make_zhanjiang()
    make_longzhou()
    make_yibin()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
