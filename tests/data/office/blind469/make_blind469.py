# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 469 blind test documents: 综合保税区进出口统计快报 (cover 函 + wide landscape tables)."""
import json
import os
import random
import subprocess
from decimal import Decimal, ROUND_HALF_UP

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
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


def fmt_par(p, align=None, indent=False, line=28, before=0, after=0, left=None, hanging=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    if left is not None:
        pf.left_indent = Pt(left)
    if hanging is not None:
        pf.first_line_indent = Pt(-hanging)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, runs, align=None, indent=False, line=28, **kw):
    """runs: list of (text, font, size, bold[, color]) or a plain string (仿宋 三号)."""
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    p = doc.add_paragraph()
    fmt_par(p, align=align, indent=indent, line=line, **kw)
    for r in runs:
        if r == "BR":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        text, font, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        run = p.add_run(text)
        set_font(run, font, size, bold, color)
    return p


def empty(doc, line=28):
    p = doc.add_paragraph()
    fmt_par(p, line=line)
    return p


def red_bottom_line(p, sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "4")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    ppr.append(bdr)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def page_number_footer(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, ST, 14)
    r = p.add_run()
    set_font(r, ST, 14)
    add_field(r, "PAGE")
    r = p.add_run(" —")
    set_font(r, ST, 14)


def a4_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)


def new_landscape(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width = Cm(29.7)
    s.page_height = Cm(21.0)
    s.top_margin = Cm(2.5)
    s.bottom_margin = Cm(2.2)
    s.left_margin = Cm(2.0)
    s.right_margin = Cm(2.0)
    return s


def new_portrait(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(s)
    return s


def set_cell(cell, text, font=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text)
    set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_table_borders(table, spec):
    """spec: dict edge -> (val, sz)"""
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        val, sz = spec.get(edge, ("nil", 0))
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def stat_table(doc, top_groups, sub_cols, lead_col, rows, widths=None, size=10):
    """Two-row header: lead_col (vertically merged) + groups [(group_title, [subcols]) or (title, None) for
    vertically merged single columns].  rows: list of lists of strings.
    Returns the list of flattened column names."""
    ncols = 1 + sum(len(sc) if sc else 1 for _, sc in top_groups)
    t = doc.add_table(rows=2 + len(rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    names = [lead_col]
    c = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(c, lead_col, HT, size)
    col = 1
    for title, subs in top_groups:
        if subs:
            m = t.cell(0, col).merge(t.cell(0, col + len(subs) - 1))
            set_cell(m, title, HT, size)
            for i, s in enumerate(subs):
                set_cell(t.cell(1, col + i), s, HT, size)
                names.append(title + s)
            col += len(subs)
        else:
            m = t.cell(0, col).merge(t.cell(1, col))
            set_cell(m, title, HT, size)
            names.append(title)
            col += 1
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            bold = row[0] in ("合计", "全年") or row[0].endswith("累计")
            set_cell(t.cell(2 + ri, ci), v, HT if bold else FS, size)
    if widths:
        t.autofit = False
        for ci, w in enumerate(widths):
            t.columns[ci].width = Cm(w)
        for r in t.rows:
            for ci, w in enumerate(widths):
                r.cells[ci].width = Cm(w)
    return names


def row_clauses(names, rows):
    return ["；".join(f"{n}：{v}" for n, v in zip(names, row)) for row in rows]


def f2(v):
    """v: int in units of 0.01亿元"""
    return f"{v // 100}.{v % 100:02d}"


def yoy(a, b):
    d = (Decimal(a) - Decimal(b)) / Decimal(b) * 100
    s = str(d.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    return "0.0" if s == "-0.0" else s


def gtext(a, b):
    y = yoy(a, b)
    return f"下降{y[1:]}%" if y.startswith("-") else f"增长{y}%"


def share(a, b):
    return str((Decimal(a) / Decimal(b) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def red_masthead(doc, name, docno, size=30):
    p = para(doc, [(name, XBS, size, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, line=None, before=12, after=6)
    red_bottom_line(p, 18)
    para(doc, [(docno, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, line=28, before=6)


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None, level=None, region=None,
                effective=None, expires=None, attachments=[], doc_type=None, recipients=[], publicity=None,
                repeals=None)
    base.update(kw)
    return base


def zone_month_data(rng, zones, nmonths):
    """zones: list of (name, exp_range, imp_range, growth_range, has_2024)
    returns dict name -> list of (e25, i25, e24, i24) per month in 0.01亿元"""
    out = {}
    for name, er, ir, gr, has24 in zones:
        seq = []
        for m in range(nmonths):
            e = rng.randint(*er)
            i = rng.randint(*ir)
            if has24:
                g1 = 1 + rng.uniform(*gr)
                g2 = 1 + rng.uniform(*gr)
                e24 = int(round(e / g1))
                i24 = int(round(i / g2))
            else:
                e24 = i24 = 0
            seq.append((e, i, e24, i24))
        out[name] = seq
    return out


# ======================================================================= 1 厦门
def make_xiamen():
    stem = "blind469_xiamen_kuaibao"
    rng = random.Random(46901)
    zones = [
        ("厦门象屿综合保税区", (2150, 2700), (2900, 3600), (0.04, 0.17), True),
        ("厦门海沧港综合保税区", (1350, 1700), (850, 1150), (-0.09, 0.03), True),
        ("厦门火炬（翔安）综合保税区", (2500, 3050), (2700, 3300), (0.08, 0.20), True),
    ]
    N = 11
    data = zone_month_data(rng, zones, N)
    zn = [z[0] for z in zones]

    def ztot(name, months):
        e = sum(data[name][m][0] for m in months)
        i = sum(data[name][m][1] for m in months)
        e24 = sum(data[name][m][2] for m in months)
        i24 = sum(data[name][m][3] for m in months)
        return e, i, e24, i24

    last = [N - 1]
    allm = list(range(N))
    zrows = []
    agg_last = [0, 0, 0, 0]
    agg_cum = [0, 0, 0, 0]
    zstats = {}
    for n in zn:
        e, i, e24, i24 = ztot(n, last)
        ce, ci, ce24, ci24 = ztot(n, allm)
        zstats[n] = (e + i, e24 + i24, ce + ci, ce24 + ci24)
        for k, v in enumerate((e, i, e24, i24)):
            agg_last[k] += v
        for k, v in enumerate((ce, ci, ce24, ci24)):
            agg_cum[k] += v
        zrows.append([n, f2(e + i), f2(e), f2(i), yoy(e + i, e24 + i24),
                      f2(ce + ci), f2(ce), f2(ci), yoy(ce + ci, ce24 + ci24)])
    e, i, e24, i24 = agg_last
    ce, ci, ce24, ci24 = agg_cum
    zrows.append(["合计", f2(e + i), f2(e), f2(i), yoy(e + i, e24 + i24),
                  f2(ce + ci), f2(ce), f2(ci), yoy(ce + ci, ce24 + ci24)])
    tot_last, tot_last24, tot_cum, tot_cum24 = e + i, e24 + i24, ce + ci, ce24 + ci24
    tot_exp_cum, tot_imp_cum = ce, ci
    # month table
    mrows = []
    mt = []
    for m in range(N):
        e = sum(data[n][m][0] for n in zn)
        i = sum(data[n][m][1] for n in zn)
        t24 = sum(data[n][m][2] + data[n][m][3] for n in zn)
        mt.append((e + i, t24))
        mrows.append([f"{m + 1}月", f2(e + i), f2(e), f2(i), yoy(e + i, t24), f2(t24)])
    mrows.append([f"1—{N}月累计", f2(tot_cum), f2(ce), f2(ci), yoy(tot_cum, tot_cum24), f2(tot_cum24)])
    oct_y = yoy(*mt[N - 2])
    nov_y = yoy(*mt[N - 1])
    diff = (Decimal(nov_y) - Decimal(oct_y))
    diff_txt = (f"增速较10月提高{abs(diff)}个百分点" if diff > 0 else f"增速较10月回落{abs(diff)}个百分点")

    doc = Document()
    a4_portrait(doc.sections[0])
    page_number_footer(doc.sections[0])
    red_masthead(doc, "厦门市商务局", "厦商务函〔2025〕236号", size=34)
    empty(doc)
    title1 = "厦门市商务局关于报送2025年1—11月"
    title2 = "全市综合保税区进出口统计快报的函"
    para(doc, [(title1, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [(title2, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc)
    para(doc, "福建省商务厅：")
    cl = []

    def body(runs, **kw):
        p = para(doc, runs, indent=True, **kw)
        if isinstance(runs, str):
            cl.append(runs)
        else:
            cl.append("".join(r[0] for r in runs if r != "BR"))
        return p

    share_city = "18.6"
    body("根据《福建省商务厅关于进一步做好综合保税区运行监测和统计分析工作的通知》（闽商务外贸〔2025〕9号）要求，"
         "我局会同厦门海关、市统计局对全市3个综合保税区2025年1—11月进出口数据进行了汇总核对，"
         "形成《2025年1—11月厦门市综合保税区进出口统计快报》（以下简称《快报》），现予报送。")
    body(f"从汇总情况看，1—11月全市综合保税区实现进出口总额{f2(tot_cum)}亿元，同比{gtext(tot_cum, tot_cum24)}，"
         f"占全市外贸进出口总值的{share_city}%。其中，11月当月实现进出口{f2(tot_last)}亿元，"
         f"同比{gtext(tot_last, tot_last24)}，{diff_txt}。")
    body("需要说明的是，《快报》中11月数据为海关快报口径，与海关正式统计数据可能存在差异，最终数据以厦门海关正式发布为准。"
         "12月及全年数据我局将于2026年1月20日前另行报送。")
    body("下一步，我局将重点做好以下工作：")
    body([("（一）加强运行监测。", FS, 16, True),
          ("建立综合保税区重点企业进出口周调度机制，对进出口额排名前50位的企业开展“一企一档”跟踪服务，"
           "及时协调解决企业在通关、物流、资金结算等方面遇到的困难。", FS, 16, False)])
    body([("（二）推动新业态落地。", FS, 16, True),
          ("支持厦门象屿综合保税区扩大保税维修、保税研发业务范围，推动厦门海沧港综合保税区开展跨境电商网购保税进口"
           "和“保税+中欧班列”集拼业务，培育新的外贸增长点。", FS, 16, False)])
    body([("（三）优化监管服务。", FS, 16, True),
          ("配合厦门海关深化“两步申报”“提前申报”等通关便利化改革，推广“分送集报”“自行运输”等监管创新举措，"
           "进一步压缩货物进出区时间。", FS, 16, False)])
    body("联系人：市商务局对外贸易处陈晓玲，联系电话：0592-2853617。")
    empty(doc)
    att_title = "2025年1—11月厦门市综合保税区进出口统计快报"
    para(doc, [("附件：" + att_title, FS, 16, False)], left=80, hanging=48)
    empty(doc)
    # 落款 typed with spaces
    para(doc, [("                              厦门市商务局", FS, 16, False)])
    para(doc, [("                             2025年12月12日", FS, 16, False)])
    cl_letter = cl

    # ---------------- attachment: the 快报 (landscape)
    new_landscape(doc)
    para(doc, [("附件", HT, 16, False)], line=28)
    para(doc, [(att_title, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=34, before=6)
    para(doc, [("（第11期）", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    p = para(doc, [("厦门市商务局编" + " " * 74 + "2025年12月10日", KT, 14, False)], line=26)
    red_bottom_line(p, 12)
    cl = []
    para(doc, [("表1　2025年11月及1—11月厦门市各综合保税区进出口情况", HT, 14, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=26, before=8)
    para(doc, [("单位：亿元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, line=20)
    subs = ["进出口总额", "出口", "进口", "同比（%）"]
    names = stat_table(doc, [("11月", subs), ("1—11月累计", subs)], subs, "综保区", zrows,
                       widths=[5.6] + [2.5] * 8, size=10.5)
    cl += row_clauses(names, zrows)
    para(doc, [("表2　2025年1—11月厦门市综合保税区分月进出口情况", HT, 14, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=26, before=10)
    para(doc, [("单位：亿元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, line=20)
    names = stat_table(doc, [("2025年", subs), ("2024年", ["进出口总额"])], None, "月份", mrows,
                       widths=[3.6] + [3.0] * 5, size=10.5)
    cl += row_clauses(names, mrows)
    notes = ["注：1.本快报数据来源于厦门海关，11月数据为快报数，最终以海关正式统计数据为准。",
             "2.同比增速按可比口径计算，表中“同比（%）”为进出口总额同比增速。",
             "3.因四舍五入原因，部分分项数据之和与合计数可能存在微小差异。"]
    for k, n in enumerate(notes):
        para(doc, [(n, FS, 12, False)], line=20, left=(0 if k == 0 else 36), before=(6 if k == 0 else 0))
        cl.append(n)
    para(doc, [("简要分析", HT, 16, False)], line=28, before=8)
    # analysis
    best = max(zn, key=lambda n: Decimal(yoy(zstats[n][2], zstats[n][3])))
    worst = min(zn, key=lambda n: Decimal(yoy(zstats[n][2], zstats[n][3])))
    ana = (f"1—11月，全市综合保税区进出口保持稳中有进态势，累计实现进出口总额{f2(tot_cum)}亿元，"
           f"同比{gtext(tot_cum, tot_cum24)}，其中出口{f2(tot_exp_cum)}亿元、进口{f2(tot_imp_cum)}亿元。"
           f"分区看，{best}进出口{f2(zstats[best][2])}亿元，同比{gtext(zstats[best][2], zstats[best][3])}，"
           f"增速居全市首位，主要得益于集成电路、新型显示等产业链龙头企业产能释放；"
           f"{worst}进出口{f2(zstats[worst][2])}亿元，同比{gtext(zstats[worst][2], zstats[worst][3])}，"
           f"主要受大宗商品价格波动及部分物流分拨企业业务调整影响。"
           f"从月度走势看，11月当月进出口{f2(tot_last)}亿元，同比{gtext(tot_last, tot_last24)}。"
           f"预计12月受年底订单集中交付带动，全年综合保税区进出口有望保持平稳增长。")
    para(doc, [(ana, FS, 14, False)], indent=True, line=24)
    cl.append(ana)
    cl_kb = cl

    # 版记 on a portrait page
    new_portrait(doc)
    for _ in range(14):
        empty(doc)
    t = doc.add_table(rows=2, cols=1)
    set_table_borders(t, {"top": ("single", 8), "bottom": ("single", 8), "insideH": ("single", 4)})
    set_cell(t.cell(0, 0), "抄送：厦门海关，市统计局，市发展改革委。", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell(t.cell(1, 0), "厦门市商务局办公室" + "　" * 8 + "2025年12月12日印发", FS, 14,
             align=WD_ALIGN_PARAGRAPH.LEFT)

    exp = [
        {"meta": meta(title="厦门市商务局关于报送2025年1—11月全市综合保税区进出口统计快报的函",
                      doc_number="厦商务函〔2025〕236号", issuer=["厦门市商务局"], date="2025-12-12",
                      level="municipal", region="厦门市", attachments=[att_title], doc_type="函",
                      recipients=["福建省商务厅"]),
         "clauses": cl_letter},
        {"meta": meta(title=att_title, doc_number=None, issuer=["厦门市商务局"], date="2025-12-10",
                      level="municipal", region="厦门市", attachments=[], doc_type="快报", recipients=[]),
         "clauses": cl_kb},
    ]
    return stem, doc, exp


# ======================================================================= 2 河南
def make_henan():
    stem = "blind469_henan_kuaibao"
    rng = random.Random(46902)
    zones = [
        ("郑州新郑综合保税区", (20500, 31000), (11500, 17500), (-0.06, 0.12), True),
        ("郑州经开综合保税区", (900, 1500), (700, 1150), (0.05, 0.22), True),
        ("洛阳综合保税区", (180, 330), (120, 260), (0.10, 0.35), True),
        ("南阳卧龙综合保税区", (150, 260), (60, 140), (-0.12, 0.05), True),
        ("开封综合保税区", (30, 90), (20, 70), (0, 0), False),
    ]
    N = 10
    data = zone_month_data(rng, zones, N)
    zn = [z[0] for z in zones]
    subs = ["进出口总额", "出口", "进口", "同比（%）"]

    # month table
    mrows = []
    cum = [0, 0, 0, 0]
    for m in range(N):
        e = sum(data[n][m][0] for n in zn)
        i = sum(data[n][m][1] for n in zn)
        e24 = sum(data[n][m][2] for n in zn)
        i24 = sum(data[n][m][3] for n in zn)
        for k, v in enumerate((e, i, e24, i24)):
            cum[k] += v
        mrows.append([f"{m + 1}月", f2(e + i), f2(e), f2(i), yoy(e + i, e24 + i24), f2(e24 + i24), f2(e24), f2(i24)])
    ce, ci, ce24, ci24 = cum
    mrows.append([f"1—{N}月累计", f2(ce + ci), f2(ce), f2(ci), yoy(ce + ci, ce24 + ci24),
                  f2(ce24 + ci24), f2(ce24), f2(ci24)])
    # zone table
    zrows = []
    zst = {}
    agg = [0] * 8
    for n in zn:
        e, i, e24, i24 = data[n][N - 1]
        ze = sum(x[0] for x in data[n]); zi = sum(x[1] for x in data[n])
        ze24 = sum(x[2] for x in data[n]); zi24 = sum(x[3] for x in data[n])
        has24 = ze24 > 0
        zst[n] = (ze + zi, ze24 + zi24, ze, zi)
        zrows.append([n, f2(e + i), f2(e), f2(i), yoy(e + i, e24 + i24) if has24 else "—",
                      f2(ze + zi), f2(ze), f2(zi), yoy(ze + zi, ze24 + zi24) if has24 else "—"])
        for k, v in enumerate((e, i, e24, i24, ze, zi, ze24, zi24)):
            agg[k] += v
    e, i, e24, i24, ze, zi, ze24, zi24 = agg
    zrows.append(["合计", f2(e + i), f2(e), f2(i), yoy(e + i, e24 + i24),
                  f2(ze + zi), f2(ze), f2(zi), yoy(ze + zi, ze24 + zi24)])
    tot, tot24 = ce + ci, ce24 + ci24
    xz = zn[0]

    doc = Document()
    a4_portrait(doc.sections[0])
    page_number_footer(doc.sections[0])
    red_masthead(doc, "河南省商务厅办公室", "豫商办函〔2025〕87号", size=30)
    empty(doc)
    para(doc, [("河南省商务厅办公室关于印送2025年", XBS, 22, False), "BR",
               ("1—10月全省综合保税区进出口统计快报的函", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc)
    para(doc, "各省辖市商务局，各综合保税区管理机构：")
    cl = []

    def body(runs, size=16, line=28):
        if isinstance(runs, str):
            runs = [(runs, FS, size, False)]
        para(doc, runs, indent=True, line=line)
        cl.append("".join(r[0] for r in runs if r != "BR"))

    body("为及时掌握全省综合保税区运行态势，推动综合保税区提升能级和高质量发展，我厅根据郑州海关提供的统计数据，"
         "对2025年1—10月全省综合保税区进出口情况进行了汇总分析，现将统计快报印送你们，请结合实际参考使用。")
    para(doc, [("一、全省综合保税区分月进出口情况", HT, 16, False)], indent=True)
    new_landscape(doc)
    para(doc, [("表1　2025年1—10月全省综合保税区分月进出口情况", HT, 14, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=26)
    para(doc, [("单位：亿元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, line=20)
    names = stat_table(doc, [("2025年", subs), ("2024年", ["进出口总额", "出口", "进口"])], None, "月份", mrows,
                       widths=[3.2] + [3.0] * 7, size=10.5)
    cl += row_clauses(names, mrows)
    empty(doc, line=16)
    para(doc, [("二、各综合保税区进出口情况", HT, 16, False)], line=28)
    para(doc, [("表2　2025年10月及1—10月全省各综合保税区进出口情况", HT, 14, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=26)
    para(doc, [("单位：亿元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, line=20)
    names = stat_table(doc, [("10月", subs), ("1—10月累计", subs)], None, "综保区", zrows,
                       widths=[4.9] + [2.6] * 8, size=10.5)
    cl += row_clauses(names, zrows)
    notes = ["注：1.数据来源于郑州海关，10月数据为初步统计数，以海关正式发布数据为准。",
             "2.表中金额按人民币计价，同比增速按可比口径计算。",
             "3.开封综合保税区于2024年12月通过验收并封关运作，上年同期无可比数据，同比以“—”表示。"]
    para(doc, [(notes[0], FS, 12, False), "BR", (notes[1], FS, 12, False), "BR", (notes[2], FS, 12, False)],
         line=20, before=6)
    cl += notes
    # back to portrait
    new_portrait(doc)
    n_sz = zn[1]
    ana = ("分析：", FS, 16, True)
    ana_txt = (f"1—10月，全省综合保税区累计实现进出口总额{f2(tot)}亿元，同比{gtext(tot, tot24)}，"
               f"其中出口{f2(ce)}亿元，同比{gtext(ce, ce24)}；进口{f2(ci)}亿元，同比{gtext(ci, ci24)}。"
               f"{xz}进出口{f2(zst[xz][0])}亿元，占全省综合保税区进出口总额的{share(zst[xz][0], tot)}%，"
               f"同比{gtext(zst[xz][0], zst[xz][1])}，对全省综合保税区进出口走势起决定性作用，"
               f"手机等电子信息产品出口季节性特征明显；{n_sz}进出口{f2(zst[n_sz][0])}亿元，"
               f"同比{gtext(zst[n_sz][0], zst[n_sz][1])}，跨境电商网购保税进口和中欧班列（郑州）集拼分拨业务带动作用逐步显现；"
               f"洛阳、南阳卧龙综合保税区受加工贸易订单波动影响，增速分化明显；开封综合保税区封关运作以来业务稳步起步，"
               f"1—10月累计进出口{f2(zst['开封综合保税区'][0])}亿元。总体看，全省综合保税区外贸“压舱石”作用持续巩固，"
               f"但产业结构单一、对龙头企业依赖度较高的问题仍较突出。")
    body([ana, (ana_txt, FS, 16, False)])
    body("请各地商务主管部门和综合保税区管理机构加强运行监测，对进出口增速持续下滑的综合保税区深入分析原因，"
         "研究提出针对性措施，有关情况请于2025年12月5日前报送我厅对外贸易处。")
    empty(doc)
    empty(doc)
    para(doc, [("                          河南省商务厅办公室", FS, 16, False)])
    para(doc, [("                            2025年11月20日", FS, 16, False)])
    para(doc, [("（此件公开发布）", FS, 16, False)], indent=True)
    for _ in range(3):
        empty(doc)
    t = doc.add_table(rows=2, cols=1)
    set_table_borders(t, {"top": ("single", 8), "bottom": ("single", 8), "insideH": ("single", 4)})
    set_cell(t.cell(0, 0), "抄送：郑州海关，省统计局，省发展改革委。", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell(t.cell(1, 0), "河南省商务厅办公室" + "　" * 7 + "2025年11月20日印发", FS, 14,
             align=WD_ALIGN_PARAGRAPH.LEFT)

    exp = [{"meta": meta(title="河南省商务厅办公室关于印送2025年1—10月全省综合保税区进出口统计快报的函",
                         doc_number="豫商办函〔2025〕87号", issuer=["河南省商务厅办公室"], date="2025-11-20",
                         level="provincial", region="河南省", attachments=[], doc_type="函",
                         recipients=["各省辖市商务局", "各综合保税区管理机构"], publicity="此件公开发布"),
            "clauses": cl}]
    return stem, doc, exp


# ======================================================================= 3 苏州
def add_decimal_numbering(doc):
    """Word auto-numbering '1.' with no tab after the number."""
    numbering = doc.part.numbering_part.element
    abs_id = "469"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
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
    an.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "469")
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), abs_id)
    num.append(ani)
    numbering.append(num)
    return "469"


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numPr.append(il)
    numPr.append(ni)
    ppr.insert(0, numPr)


def make_suzhou():
    stem = "blind469_suzhou_kuaibao"
    rng = random.Random(46903)
    zones = [
        ("苏州工业园综合保税区", (8200, 9800), (7300, 8900), (0.02, 0.11), True),
        ("昆山综合保税区", (6100, 7400), (4300, 5600), (-0.07, 0.04), True),
        ("苏州高新技术产业开发区综合保税区", (3000, 3700), (2500, 3200), (0.03, 0.14), True),
        ("吴江综合保税区", (650, 900), (400, 620), (0.06, 0.24), True),
        ("常熟综合保税区", (420, 600), (300, 460), (-0.05, 0.09), True),
        ("太仓港综合保税区", (330, 520), (260, 430), (0.12, 0.30), True),
        ("吴中综合保税区", (220, 360), (150, 260), (-0.10, 0.06), True),
    ]
    N = 12
    data = zone_month_data(rng, zones, N)
    zn = [z[0] for z in zones]
    tot = sum(x[0] + x[1] for n in zn for x in data[n])
    tot24 = sum(x[2] + x[3] for n in zn for x in data[n])
    tot_e = sum(x[0] for n in zn for x in data[n])
    tot_i = sum(x[1] for n in zn for x in data[n])
    tot_e24 = sum(x[2] for n in zn for x in data[n])
    tot_i24 = sum(x[3] for n in zn for x in data[n])
    dec = sum(data[n][N - 1][0] + data[n][N - 1][1] for n in zn)
    dec24 = sum(data[n][N - 1][2] + data[n][N - 1][3] for n in zn)
    zrows = []
    zst = {}
    for n in zn:
        d = data[n][N - 1]
        ze = sum(x[0] for x in data[n]); zi = sum(x[1] for x in data[n])
        zt24 = sum(x[2] + x[3] for x in data[n])
        zst[n] = (ze + zi, zt24)
        zrows.append([n, f2(d[0] + d[1]), yoy(d[0] + d[1], d[2] + d[3]), f2(ze + zi), f2(ze), f2(zi),
                      yoy(ze + zi, zt24), share(ze + zi, tot)])
    zrows.append(["合计", f2(dec), yoy(dec, dec24), f2(tot), f2(tot_e), f2(tot_i), yoy(tot, tot24), "100.0"])
    mrows = []
    for m in range(N):
        e = sum(data[n][m][0] for n in zn); i = sum(data[n][m][1] for n in zn)
        e24 = sum(data[n][m][2] for n in zn); i24 = sum(data[n][m][3] for n in zn)
        mrows.append([f"{m + 1}月", f2(e + i), f2(e), f2(i), yoy(e + i, e24 + i24), f2(e24 + i24), f2(e24), f2(i24)])
    mrows.append(["全年", f2(tot), f2(tot_e), f2(tot_i), yoy(tot, tot24), f2(tot24), f2(tot_e24), f2(tot_i24)])
    # fastest / slowest months
    h1 = sum(data[n][m][0] + data[n][m][1] for n in zn for m in range(6))
    h1_24 = sum(data[n][m][2] + data[n][m][3] for n in zn for m in range(6))
    h2 = tot - h1
    h2_24 = tot24 - h1_24

    doc = Document()
    num_id = add_decimal_numbering(doc)
    a4_portrait(doc.sections[0])
    page_number_footer(doc.sections[0])
    red_masthead(doc, "苏州市商务局", "苏市商务函〔2026〕6号", size=36)
    empty(doc)
    title = "苏州市商务局关于报送2025年全市综合保税区进出口统计快报的函"
    para(doc, [(title, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc)
    para(doc, "江苏省商务厅：")
    cl = []

    def body(runs, size=16, line=28):
        if isinstance(runs, str):
            runs = [(runs, FS, size, False)]
        para(doc, runs, indent=True, line=line)
        cl.append("".join(r[0] for r in runs))

    body("按照省商务厅关于建立综合保税区进出口统计监测月报制度的有关要求，结合苏州海关提供的统计数据，"
         "现将2025年1—12月我市综合保税区进出口统计快报报送如下。")
    para(doc, [("一、总体情况", HT, 16, False)], indent=True)
    body(f"2025年，全市7个综合保税区累计实现进出口总额{f2(tot)}亿元，同比{gtext(tot, tot24)}，"
         f"占全市外贸进出口总额的31.4%。其中，出口{f2(tot_e)}亿元，同比{gtext(tot_e, tot_e24)}；"
         f"进口{f2(tot_i)}亿元，同比{gtext(tot_i, tot_i24)}。12月当月，全市综合保税区实现进出口{f2(dec)}亿元，"
         f"同比{gtext(dec, dec24)}。各综合保税区及分月进出口情况见表1、表2。")
    new_landscape(doc)
    para(doc, [("表1　2025年苏州市各综合保税区进出口情况", HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=26)
    para(doc, [("单位：亿元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, line=20)
    names = stat_table(doc, [("12月", ["进出口总额", "同比（%）"]),
                             ("1—12月累计", ["进出口总额", "出口", "进口", "同比（%）"]),
                             ("占全市综保区比重（%）", None)], None, "综保区", zrows,
                       widths=[6.6, 2.6, 2.2, 2.8, 2.6, 2.6, 2.2, 3.0], size=10.5)
    cl += row_clauses(names, zrows)
    para(doc, [("表2　2025年苏州市综合保税区分月进出口情况", HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
         line=26, before=12)
    para(doc, [("单位：亿元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, line=20)
    names = stat_table(doc, [("2025年", ["进出口总额", "出口", "进口", "同比（%）"]),
                             ("2024年", ["进出口总额", "出口", "进口"])], None, "月份", mrows,
                       widths=[3.0] + [3.0] * 7, size=10.5)
    cl += row_clauses(names, mrows)
    para(doc, [("注：", FS, 12, False)], line=20, before=6)
    notes = ["本表数据来源于苏州海关，12月数据为快报数，全年数据以海关正式公布为准。",
             "“占全市综保区比重”指该综合保税区1—12月累计进出口总额占全市综合保税区进出口总额的比重。",
             "因四舍五入原因，各综合保税区比重之和可能不等于100%。"]
    for k, n in enumerate(notes):
        p = para(doc, [(n, FS, 12, False)], line=20, left=24)
        set_num(p, num_id)
        cl.append(f"{k + 1}." + n)
    new_portrait(doc)
    para(doc, [("二、简要分析", HT, 16, False)], indent=True)
    top = max(zn, key=lambda n: Decimal(yoy(*zst[n])))
    low = min(zn, key=lambda n: Decimal(yoy(*zst[n])))
    body(f"2025年，全市综合保税区进出口运行总体平稳，上半年进出口{f2(h1)}亿元，同比{gtext(h1, h1_24)}；"
         f"下半年进出口{f2(h2)}亿元，同比{gtext(h2, h2_24)}。从区域看，苏州工业园综合保税区进出口{f2(zst[zn[0]][0])}亿元，"
         f"占全市综合保税区的{share(zst[zn[0]][0], tot)}%，继续发挥龙头带动作用；"
         f"{top}同比{gtext(*zst[top])}，增速居全市首位，保税维修、跨境电商网购保税进口等新业态贡献突出；"
         f"{low}同比{gtext(*zst[low])}，主要受笔记本电脑等加工贸易订单向境外转移影响。"
         f"下一步，我局将会同苏州海关持续深化综合保税区“一区一策”发展路径，推动保税研发、保税检测、"
         f"融资租赁等新业态扩容提质，依托中欧班列（苏州）拓展“综保区+班列”联动模式，巩固综合保税区外贸主阵地地位。")
    body("特此函告。")
    empty(doc)
    t = doc.add_table(rows=2, cols=2)
    for r, txt in enumerate(("苏州市商务局", "2026年1月16日")):
        set_cell(t.cell(r, 1), txt, FS, 16)
        t.cell(r, 0).width = Cm(9.0)
        t.cell(r, 1).width = Cm(6.6)
    empty(doc)
    para(doc, [("（联系人：周敏，联系电话：0512-68616392）", FS, 16, False)], indent=True)

    exp = [{"meta": meta(title=title, doc_number="苏市商务函〔2026〕6号", issuer=["苏州市商务局"],
                         date="2026-01-16", level="municipal", region="苏州市", attachments=[], doc_type="函",
                         recipients=["江苏省商务厅"]),
            "clauses": cl}]
    return stem, doc, exp


# ======================================================================= main
def main():
    expected = {}
    for maker in (make_xiamen, make_henan, make_suzhou):
        stem, doc, exp = maker()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = exp
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_469", "--headless", "--convert-to", "pdf",
                        "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
