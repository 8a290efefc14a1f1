# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 721 blind test documents: provincial foreign-trade / cross-border
e-commerce statistics releases with an inline chart, a data table, notes,
a glossary and contact lines.  Writes .docx, .pdf and expected.json next to
this script."""
import io
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Emu
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

CJK_FONT_CANDIDATES = [
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
]


def pil_font(size):
    for path, idx in CJK_FONT_CANDIDATES:
        if os.path.exists(path):
            try:
                return ImageFont.truetype(path, size, index=idx)
            except Exception:
                continue
    return ImageFont.load_default()


# ---------------------------------------------------------------- charts
def bar_chart(labels, values, title_unit, color, width=1400, height=760,
              highlight=None):
    img = Image.new("RGB", (width, height), "white")
    dr = ImageDraw.Draw(img)
    f_lab = pil_font(26)
    f_val = pil_font(24)
    f_unit = pil_font(24)
    left, right, top, bottom = 110, 40, 70, 120
    plot_w = width - left - right
    plot_h = height - top - bottom
    vmax = max(values) * 1.15
    # grid lines + y ticks
    steps = 5
    for i in range(steps + 1):
        y = top + plot_h - plot_h * i / steps
        dr.line([(left, y), (width - right, y)], fill=(215, 215, 215), width=1)
        v = vmax * i / steps
        txt = "%d" % round(v)
        tw = dr.textlength(txt, font=f_val)
        dr.text((left - 12 - tw, y - 14), txt, fill=(80, 80, 80), font=f_val)
    dr.line([(left, top), (left, top + plot_h)], fill="black", width=2)
    dr.line([(left, top + plot_h), (width - right, top + plot_h)],
            fill="black", width=2)
    dr.text((left - 90, 20), title_unit, fill=(60, 60, 60), font=f_unit)
    n = len(values)
    slot = plot_w / n
    bw = slot * 0.55
    for i, (lab, v) in enumerate(zip(labels, values)):
        x0 = left + slot * i + (slot - bw) / 2
        x1 = x0 + bw
        y0 = top + plot_h - plot_h * v / vmax
        c = color
        if highlight is not None and i == highlight:
            c = (200, 40, 40)
        dr.rectangle([x0, y0, x1, top + plot_h], fill=c)
        vt = ("%.1f" % v) if isinstance(v, float) else str(v)
        tw = dr.textlength(vt, font=f_val)
        dr.text((x0 + bw / 2 - tw / 2, y0 - 32), vt, fill="black", font=f_val)
        # label, possibly two lines
        lines = lab.split("\n")
        for k, ln in enumerate(lines):
            tw = dr.textlength(ln, font=f_lab)
            dr.text((x0 + bw / 2 - tw / 2, top + plot_h + 10 + 32 * k), ln,
                    fill="black", font=f_lab)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    return buf


# ---------------------------------------------------------------- docx helpers
def set_run_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
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
    if color:
        run.font.color.rgb = RGBColor(*color)


def set_spacing(p, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def first_line_indent(p, chars=2, size=16):
    ppr = p._element.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = OxmlElement("w:ind")
        ppr.append(ind)
    ind.set(qn("w:firstLineChars"), str(chars * 100))
    ind.set(qn("w:firstLine"), str(int(chars * size * 20)))


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._element.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def add_page_number_footer(doc, style="dash"):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if style == "dash":
        r = p.add_run("— ")
        set_run_font(r, "宋体", 14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    if style == "dash":
        r = p.add_run(" —")
        set_run_font(r, "宋体", 14)
    else:
        r = p.add_run()  # "第X页" style handled by caller if wanted


def setup_page(doc):
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.4)
    sec.bottom_margin = Cm(3.0)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def cell_text(cell, text, east=FS, size=12, bold=False, align="center",
              soft_break_at=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER,
                   "left": WD_ALIGN_PARAGRAPH.LEFT,
                   "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    set_spacing(p, line=20)
    if soft_break_at:
        a, b = text.split(soft_break_at, 1)
        r = p.add_run(a)
        set_run_font(r, east, size, bold)
        r.add_break()
        r = p.add_run(soft_break_at + b if soft_break_at != "|" else b)
        set_run_font(r, east, size, bold)
    else:
        r = p.add_run(text)
        set_run_font(r, east, size, bold)


def no_borders(table):
    tbl = table._tbl
    tblpr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def add_decimal_numbering(doc, num_id=91, abs_id=91, fmt="%1."):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                     ("w:lvlText", fmt), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    lvl.append(rpr)
    # suffix: nothing between number and text (typed like "1.xxx")
    sfx = OxmlElement("w:suff")
    sfx.set(qn("w:val"), "nothing")
    lvl.insert(4, sfx)
    absn.append(lvl)
    # abstractNum must precede all w:num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    num.append(an)
    numbering.append(num)
    return num_id


def set_num(p, num_id, ilvl=0):
    ppr = p._element.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


class Builder:
    def __init__(self):
        self.doc = Document()
        setup_page(self.doc)
        self.clauses = []

    # plain paragraph of runs [(text, font, size, bold)]
    def para(self, runs, align=None, indent=True, line=28, before=0, after=0,
             clause=None):
        p = self.doc.add_paragraph()
        if align:
            p.alignment = align
        set_spacing(p, line, before, after)
        if indent:
            first_line_indent(p)
        for item in runs:
            if item == "BR":
                p.runs[-1].add_break()
                continue
            text, font, size, bold = item
            r = p.add_run(text)
            set_run_font(r, font, size, bold)
        if clause is True:
            self.clauses.append("".join(i[0] for i in runs if i != "BR").strip("　 "))
        elif isinstance(clause, str):
            self.clauses.append(clause)
        elif isinstance(clause, list):
            self.clauses.extend(clause)
        return p

    def body(self, text, **kw):
        kw.setdefault("clause", True)
        return self.para([(text, FS, 16, False)], **kw)

    def runin(self, head, text, head_font=KT, head_bold=False, **kw):
        kw.setdefault("clause", True)
        return self.para([(head, head_font, 16, head_bold), (text, FS, 16, False)], **kw)

    def heading(self, text, font=HT, size=16, indent=True, align=None):
        return self.para([(text, font, size, False)], indent=indent,
                         align=align, clause=None)

    def empty(self):
        p = self.doc.add_paragraph()
        set_spacing(p, 28)
        return p

    def picture(self, buf, width_cm=15.0, caption=None, same_para=False):
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(6)
        r = p.add_run()
        r.add_picture(buf, width=Cm(width_cm))
        if caption and same_para:
            r.add_break()
            r2 = p.add_run(caption)
            set_run_font(r2, HT, 12)
        elif caption:
            c = self.doc.add_paragraph()
            c.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_spacing(c, 22, 0, 6)
            r2 = c.add_run(caption)
            set_run_font(r2, HT, 12)
        return p

    def data_table(self, header, rows, widths, header_break=None,
                   repeat=False, clause_header=None, size=12, lead_spaces=None):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            sb = header_break.get(i) if header_break else None
            cell_text(t.rows[0].cells[i], h, HT, size, False, "center",
                      soft_break_at=sb)
        if repeat:
            repeat_header(t.rows[0])
        names = clause_header or header
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                txt = val
                if lead_spaces and (ri, ci) in lead_spaces:
                    txt = lead_spaces[(ri, ci)] + val
                cell_text(t.rows[ri + 1].cells[ci], txt, FS, size, False,
                          "left" if ci == 0 else "center")
            self.clauses.append("；".join("%s：%s" % (n, v.strip("　 "))
                                         for n, v in zip(names, row)))
        t.autofit = False
        for ci, w in enumerate(widths):
            t.columns[ci].width = Cm(w)
        for row in t.rows:
            for ci, w in enumerate(widths):
                row.cells[ci].width = Cm(w)
        return t

    def save(self, path):
        self.doc.save(path)


# ================================================================ doc 1: Hunan
def make_hunan():
    b = Builder()
    add_page_number_footer(b.doc, "dash")
    RED = (0xFF, 0, 0)
    p = b.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_spacing(p, 40)
    r = p.add_run("湖南省商务厅　湖南省统计局")
    set_run_font(r, XBS, 26, False, RED)
    bottom_border(p)
    b.empty()
    # title typed on two lines (two paragraphs)
    for t in ("2026年1—10月湖南省对外贸易", "及跨境电商运行情况"):
        p = b.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_spacing(p, 34)
        r = p.add_run(t)
        set_run_font(r, XBS, 22)
    # date + source on one line, separated by manual full-width spaces
    p = b.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_spacing(p, 28, 6, 0)
    r = p.add_run("2026年11月18日　　　　来源：湖南省商务厅")
    set_run_font(r, KT, 14)
    b.empty()

    b.body("今年以来，全省商务系统深入实施“三高四新”美好蓝图，扎实推进外贸稳规模优结构，"
           "对外贸易保持平稳增长，跨境电商等新业态快速发展。1—10月，全省外贸进出口总值5386.2亿元，"
           "同比增长7.4%，高于全国平均水平3.8个百分点，规模居中部六省第2位。现将有关数据发布如下：")
    b.heading("一、对外贸易运行情况")
    b.runin("（一）进出口规模稳中有进。",
            "1—10月，全省进出口5386.2亿元，同比增长7.4%。其中，出口3621.5亿元，增长9.1%；"
            "进口1764.7亿元，增长4.1%；贸易顺差1856.8亿元，扩大14.3%。10月当月，全省进出口586.3亿元，"
            "增长10.2%，增速较9月加快2.6个百分点。", head_font=KT, head_bold=True)
    b.runin("（二）贸易方式持续优化。",
            "一般贸易进出口3912.6亿元，增长8.8%，占全省外贸总值的72.6%，比重较上年同期提升0.9个百分点；"
            "加工贸易进出口803.4亿元，下降2.7%；以保税物流方式进出口647.9亿元，增长12.5%。",
            head_font=KT, head_bold=True)
    b.runin("（三）市场多元化成效明显。",
            "对共建“一带一路”国家进出口2897.1亿元，增长11.6%，占比53.8%；对东盟进出口1043.5亿元，"
            "增长13.2%；对欧盟进出口618.7亿元，增长5.4%；对非洲进出口492.8亿元，增长21.7%，"
            "中非经贸深度合作先行区带动作用持续显现。", head_font=KT, head_bold=True)
    b.runin("（四）经营主体活力增强。",
            "1—10月，全省有进出口实绩的外贸企业达8216家，同比增加573家。其中，民营企业进出口4205.3亿元，"
            "增长9.3%，占比78.1%，较上年同期提升1.4个百分点。", head_font=KT, head_bold=True)
    b.runin("（五）开放平台支撑有力。",
            "中国（湖南）自由贸易试验区进出口1672.4亿元，增长12.8%，以不到全省千分之一的面积贡献了"
            "31.0%的外贸总值；全省综合保税区进出口1204.6亿元，增长6.9%；中欧班列（长沙）累计开行1021列，"
            "增长8.4%，运送货物9.8万标箱。", head_font=KT, head_bold=True)

    months = ["1—2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月"]
    vals = [982.4, 538.6, 520.1, 547.3, 566.0, 553.9, 549.5, 542.1, 586.3]
    assert abs(sum(vals) - 5386.2) < 0.05
    buf = bar_chart(months, vals, "亿元", (46, 117, 182), highlight=8)
    b.picture(buf, 12.5, "图1　2026年1—10月湖南省外贸进出口分月情况（单位：亿元）")

    b.heading("二、跨境电商运行情况")
    b.runin("（一）规模快速增长。",
            "据初步测算，1—10月全省跨境电商进出口412.7亿元，同比增长18.9%，高于全省外贸增速11.5个百分点。"
            "其中，出口331.2亿元，增长22.4%；进口81.5亿元，增长6.6%。", head_font=KT, head_bold=True)
    b.runin("（二）模式结构更趋多元。",
            "跨境电商B2B直接出口（9710）和出口海外仓（9810）合计实现出口198.6亿元，增长31.5%，"
            "占跨境电商出口的60.0%；一般出口（9610）132.6亿元，增长11.8%；网购保税进口（1210）61.3亿元，"
            "增长5.2%。", head_font=KT, head_bold=True)
    b.runin("（三）综试区带动作用突出。",
            "长沙、岳阳、湘潭、郴州、常德、株洲、衡阳等7个跨境电子商务综合试验区合计完成跨境电商进出口"
            "368.9亿元，占全省的89.4%。其中，中国（长沙）跨境电子商务综合试验区进出口214.6亿元，增长20.3%。",
            head_font=KT, head_bold=True)
    b.runin("（四）海外仓布局加快。",
            "截至10月底，全省企业在境外设立海外仓87个，面积合计112.3万平方米，覆盖32个国家和地区，"
            "其中位于共建“一带一路”国家的46个。", head_font=KT, head_bold=True)
    b.empty()

    # table title
    p = b.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_spacing(p, 26, 6, 4)
    r = p.add_run("表1　2026年1—10月湖南省对外贸易及跨境电商主要指标")
    set_run_font(r, HT, 14)
    header = ["指标", "1—10月", "同比增长（%）"]
    rows = [
        ["进出口总值（亿元）", "5386.2", "7.4"],
        ["其中：出口（亿元）", "3621.5", "9.1"],
        ["进口（亿元）", "1764.7", "4.1"],
        ["一般贸易进出口（亿元）", "3912.6", "8.8"],
        ["加工贸易进出口（亿元）", "803.4", "-2.7"],
        ["对共建“一带一路”国家进出口（亿元）", "2897.1", "11.6"],
        ["民营企业进出口（亿元）", "4205.3", "9.3"],
        ["自贸试验区进出口（亿元）", "1672.4", "12.8"],
        ["综合保税区进出口（亿元）", "1204.6", "6.9"],
        ["中欧班列（长沙）开行（列）", "1021", "8.4"],
        ["跨境电商进出口（亿元）", "412.7", "18.9"],
        ["其中：出口（亿元）", "331.2", "22.4"],
        ["有进出口实绩企业（家）", "8216", "7.5"],
    ]
    # office quirk: sub-items aligned with typed full-width spaces
    lead = {(2, 0): "　　　"}
    b.data_table(header, rows, [8.5, 3.3, 3.6], lead_spaces=lead)

    # note: two items in one paragraph separated by a soft line break
    n1 = "注：1.本表进出口数据为海关初步统计数，跨境电商数据为商务部门监测测算数，最终数据以海关总署公布为准。"
    n2 = "2.部分数据因四舍五入的原因，存在总计与分项合计不等的情况。"
    b.para([(n1, FS, 12, False), "BR", ("　　" + n2, FS, 12, False)],
           indent=False, line=22, before=4, clause=[n1, n2])
    b.body("数据来源：长沙海关、湖南省商务厅、湖南省统计局。", line=28, before=6)
    b.empty()
    b.heading("三、名词解释")
    b.body("1.跨境电商B2B直接出口（9710）：指境内企业通过跨境电商平台与境外企业达成交易后，"
           "通过跨境物流将货物直接出口至境外企业的模式。")
    b.body("2.跨境电商出口海外仓（9810）：指境内企业将出口货物通过跨境物流送达海外仓，"
           "通过跨境电商平台实现交易后从海外仓送达购买者的模式。")
    b.body("3.有进出口实绩企业：指统计期内在海关有进出口申报记录的企业。")
    b.empty()
    b.body("联系人：刘晓峰　　电话：0731-82283516")
    path = os.path.join(HERE, "blind721_hunan_shuju.docx")
    b.save(path)
    meta = {
        "title": "2026年1—10月湖南省对外贸易及跨境电商运行情况",
        "doc_number": None,
        "issuer": ["湖南省商务厅", "湖南省统计局"],
        "date": "2026-11-18",
        "published": "2026-11-18",
        "level": "provincial",
        "region": "湖南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "数据发布",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return "blind721_hunan_shuju", path, [{"meta": meta, "clauses": b.clauses}]


# ================================================================ doc 2: Sichuan
def make_sichuan():
    b = Builder()
    add_page_number_footer(b.doc, "dash")
    num_id = add_decimal_numbering(b.doc)
    p = b.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_spacing(p, 36)
    r = p.add_run("2026年1—10月四川省对外贸易和跨境电子商务运行数据")
    set_run_font(r, XBS, 22)
    # date / source in a borderless layout table
    t = b.doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.rows[0].cells[0], "发布日期：2026-11-21", KT, 14, False, "left")
    cell_text(t.rows[0].cells[1], "信息来源：四川省商务厅", KT, 14, False, "right")
    p = b.empty()
    bottom_border(p, "808080", 6)

    # paragraphs indented with typed full-width spaces, not with Word indent
    def sp(text, **kw):
        kw.setdefault("indent", False)
        return b.para([("　　" + text, FS, 16, False)], clause=text, **kw)

    sp("2026年以来，全省上下认真落实稳外贸各项政策措施，持续拓展多元化市场，外贸运行总体平稳、稳中提质。"
       "据成都海关统计，1—10月，四川省货物贸易进出口总值8412.6亿元，同比增长5.8%。其中，出口5236.9亿元，"
       "增长7.2%；进口3175.7亿元，增长3.6%。")
    b.heading("一、主要特点", indent=False)
    sp("一是贸易结构持续优化。一般贸易进出口3408.3亿元，增长10.4%，占全省进出口总值的40.5%，"
       "比重较上年同期提升1.7个百分点；加工贸易进出口3627.1亿元，增长1.9%；保税物流进出口1262.8亿元，增长8.1%。")
    # soft line break in the middle of a sentence (text pasted from the web)
    s2a = "二是市场布局更加多元。对共建“一带一路”国家进出口3986.4亿元，增长9.7%，占比47.4%；"
    s2b = "对东盟、欧盟分别进出口1284.5亿元和1136.8亿元，分别增长12.3%和4.6%；对美国进出口1012.3亿元，下降3.8%。"
    b.para([("　　" + s2a, FS, 16, False), "BR", (s2b, FS, 16, False)],
           indent=False, clause=s2a + s2b)
    sp("三是民营企业活力增强。民营企业进出口3527.9亿元，增长11.2%，占比41.9%，较上年同期提升2.3个百分点；"
       "外商投资企业进出口4231.6亿元，增长2.1%；国有企业进出口641.5亿元，增长4.4%。")
    sp("四是优势产品出口向好。机电产品出口4398.2亿元，增长6.5%，占出口总值的84.0%。其中，集成电路出口1326.7亿元，"
       "增长9.8%；笔记本电脑出口1452.6亿元，增长3.1%；锂电池出口186.4亿元，增长24.6%。农产品出口78.9亿元，增长15.3%。")
    sp("五是开放通道平台作用凸显。中国（四川）自由贸易试验区进出口1988.7亿元，增长7.9%；全省综合保税区进出口5162.4亿元，"
       "增长4.7%，占全省外贸的61.4%。中欧班列（成都）开行1653列，增长6.2%；西部陆海新通道班列开行1287列，增长18.5%。")

    labels = ["东盟", "欧盟", "美国", "中国台湾", "韩国", "日本"]
    vals = [1284.5, 1136.8, 1012.3, 986.1, 521.7, 402.6]
    buf = bar_chart(labels, vals, "亿元", (0, 128, 96))
    b.picture(buf, 12.5, "图1　2026年1—10月四川省对主要贸易伙伴进出口情况（单位：亿元）")

    b.heading("二、跨境电商情况", indent=False)
    sp("1—10月，全省跨境电商进出口563.4亿元，同比增长21.7%。其中，出口446.8亿元，增长26.3%；进口116.6亿元，增长6.8%。"
       "中国（成都）跨境电子商务综合试验区实现跨境电商交易额438.2亿元，增长19.6%，占全省的77.8%。")
    sp("跨境电商B2B出口持续发力，1—10月“9710”“9810”模式出口合计287.5亿元，增长34.2%；“9610”模式出口159.3亿元，"
       "增长13.9%。新增海外仓19个，全省企业累计建设海外仓达132个，其中在共建“一带一路”国家布局71个。")
    sp("跨境电商进口以“1210”网购保税进口为主，进口额92.4亿元，占跨境电商进口的79.2%，化妆品、保健食品、"
       "母婴用品为主要进口品类。")

    p = b.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_spacing(p, 26, 8, 4)
    r = p.add_run("表1　2026年1—10月四川省对外贸易及跨境电商主要指标")
    set_run_font(r, HT, 14, True)
    header = ["指标", "1—10月", "同比增长（%）"]
    rows = [
        ["进出口总值（亿元）", "8412.6", "5.8"],
        ["出口（亿元）", "5236.9", "7.2"],
        ["进口（亿元）", "3175.7", "3.6"],
        ["一般贸易（亿元）", "3408.3", "10.4"],
        ["加工贸易（亿元）", "3627.1", "1.9"],
        ["保税物流（亿元）", "1262.8", "8.1"],
        ["对共建“一带一路”国家（亿元）", "3986.4", "9.7"],
        ["对东盟（亿元）", "1284.5", "12.3"],
        ["对欧盟（亿元）", "1136.8", "4.6"],
        ["对美国（亿元）", "1012.3", "-3.8"],
        ["民营企业（亿元）", "3527.9", "11.2"],
        ["外商投资企业（亿元）", "4231.6", "2.1"],
        ["国有企业（亿元）", "641.5", "4.4"],
        ["机电产品出口（亿元）", "4398.2", "6.5"],
        ["其中：集成电路出口（亿元）", "1326.7", "9.8"],
        ["笔记本电脑出口（亿元）", "1452.6", "3.1"],
        ["锂电池出口（亿元）", "186.4", "24.6"],
        ["农产品出口（亿元）", "78.9", "15.3"],
        ["自贸试验区进出口（亿元）", "1988.7", "7.9"],
        ["综合保税区进出口（亿元）", "5162.4", "4.7"],
        ["中欧班列（成都）开行（列）", "1653", "6.2"],
        ["西部陆海新通道班列开行（列）", "1287", "18.5"],
        ["跨境电商进出口（亿元）", "563.4", "21.7"],
        ["跨境电商出口（亿元）", "446.8", "26.3"],
        ["跨境电商进口（亿元）", "116.6", "6.8"],
        ["新增海外仓（个）", "19", "—"],
    ]
    b.data_table(header, rows, [8.5, 3.3, 3.6], repeat=True, size=12)
    n1 = "注：1.进出口数据来源于成都海关，为初步统计数；跨境电商数据为监测统计数。"
    n2 = "2.“—”表示无可比数据。"
    b.para([(n1, FS, 12, False)], indent=False, line=22, before=4, clause=n1)
    b.para([("　　" + n2, FS, 12, False)], indent=False, line=22, clause=n2)
    b.para([("　　数据来源：成都海关、四川省商务厅、四川省统计局。", FS, 16, False)], indent=False,
           before=6, clause="数据来源：成都海关、四川省商务厅、四川省统计局。")
    b.empty()
    b.heading("名词解释", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    gl = [
        "保税物流：指以海关保税监管场所进出境货物和海关特殊监管区域进出区货物的贸易方式统计的进出口。",
        "跨境电商一般出口（9610）：指境内企业通过跨境电商平台与境外消费者达成交易，以邮件、快件等方式将小包裹直接寄递给境外消费者的模式。",
        "网购保税进口（1210）：指跨境电商企业将商品批量运至海关特殊监管区域或保税物流中心（B型）存放，境内消费者下单后从区内直接配送的模式。",
    ]
    for i, g in enumerate(gl, 1):
        p = b.para([(g, FS, 16, False)], indent=False, clause="%d.%s" % (i, g))
        set_num(p, num_id)
    b.empty()
    b.body("联系人：李　敏", indent=False)
    b.body("联系电话：028-86722153", indent=False)
    path = os.path.join(HERE, "blind721_sichuan_shuju.docx")
    b.save(path)
    meta = {
        "title": "2026年1—10月四川省对外贸易和跨境电子商务运行数据",
        "doc_number": None,
        "issuer": ["四川省商务厅"],
        "date": "2026-11-21",
        "published": "2026-11-21",
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "数据发布",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return "blind721_sichuan_shuju", path, [{"meta": meta, "clauses": b.clauses}]


# ================================================================ doc 3: Henan
def make_henan():
    b = Builder()
    add_page_number_footer(b.doc, "dash")
    p = b.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_spacing(p, 36)
    r = p.add_run("河南省2026年1—10月对外贸易及跨境电商运行情况发布")
    set_run_font(r, XBS, 22)
    # date line copied from the portal, with web-page widgets left in
    p = b.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_spacing(p, 26, 4, 8)
    r = p.add_run("2026-11-20 10:30　　来源：河南省统计局　　【字体：大 中 小】　【打印本页】")
    set_run_font(r, "宋体", 10.5, False, (100, 100, 100))
    bottom_border(p, "1F4E79", 8)

    b.body("1—10月，面对复杂多变的外部环境，全省上下坚定不移扩大高水平对外开放，全力稳外贸稳外资，"
           "对外贸易运行稳中向好，跨境电商等新业态新模式保持较快增长。")
    b.heading("一、对外贸易运行情况", font=HT)
    b.heading("（一）总体规模", font=KT)
    b.body("据郑州海关统计，1—10月，全省货物贸易进出口总值6582.4亿元，同比增长6.3%，较1—9月加快0.5个百分点。"
           "其中，出口4126.9亿元，增长8.0%；进口2455.5亿元，增长3.5%。10月份，全省进出口741.2亿元，增长11.7%。")
    b.heading("（二）主要产品", font=KT)
    b.body("手机出口2186.3亿元，增长2.9%，占全省出口的53.0%；汽车出口318.6亿元，增长27.4%；"
           "铝材出口206.1亿元，增长9.2%；农产品出口192.4亿元，增长12.6%，其中食用菌出口68.5亿元，增长15.1%。")
    b.heading("（三）开放平台", font=KT)
    b.body("郑州新郑综合保税区进出口3528.6亿元，增长4.2%，占全省进出口的53.6%；中国（河南）自由贸易试验区进出口1124.3亿元，"
           "增长10.6%；郑州经开综合保税区进出口216.8亿元，增长18.3%。中欧班列（郑州）开行1386列，增长9.5%；"
           "郑州机场完成货邮吞吐量62.5万吨，增长13.4%，“空中丝绸之路”辐射带动作用持续增强。")

    labels = ["郑州新郑\n综保区", "河南自贸\n试验区", "郑州经开\n综保区", "洛阳\n综保区", "南阳卧龙\n综保区"]
    vals = [3528.6, 1124.3, 216.8, 95.2, 48.7]
    buf = bar_chart(labels, vals, "亿元", (68, 114, 196))
    # picture and caption in the same paragraph, separated by a soft break
    b.picture(buf, 12.5, "图1　2026年1—10月河南省主要开放平台进出口额（单位：亿元）", same_para=True)

    b.heading("二、跨境电商运行情况", font=HT)
    b.heading("（一）总体情况", font=KT)
    b.body("1—10月，全省跨境电商进出口（含快递包裹）1986.4亿元，同比增长9.8%。其中，出口1421.7亿元，增长11.4%；"
           "进口564.7亿元，增长6.0%。郑州市跨境电商进出口1302.5亿元，占全省的65.6%。")
    b.heading("（二）业务模式", font=KT)
    b.body("网购保税进口（1210）业务完成单量1.12亿单，增长7.3%，郑州跨境电商综试区“1210”模式进口单量继续保持全国前列；"
           "跨境电商B2B出口（9710、9810）实现出口402.8亿元，增长25.9%。")
    b.heading("（三）主体培育", font=KT)
    b.body("截至10月底，全省跨境电商经营主体累计达2.6万家，较年初新增3150家；"
           "培育省级跨境电商示范园区32个、人才培训暨企业孵化平台41个，在境外设立海外仓215个。")

    p = b.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_spacing(p, 26, 8, 0)
    r = p.add_run("表1　2026年1—10月河南省对外贸易及跨境电商主要指标")
    set_run_font(r, HT, 14)
    p = b.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_spacing(p, 20, 0, 2)
    r = p.add_run("单位：亿元、%")
    set_run_font(r, FS, 12)
    header = ["指标", "1—10月", "同比增长（%）"]
    rows = [
        ["进出口总值", "6582.4", "6.3"],
        ["出口", "4126.9", "8.0"],
        ["进口", "2455.5", "3.5"],
        ["手机出口", "2186.3", "2.9"],
        ["汽车出口", "318.6", "27.4"],
        ["农产品出口", "192.4", "12.6"],
        ["郑州新郑综合保税区进出口", "3528.6", "4.2"],
        ["自贸试验区进出口", "1124.3", "10.6"],
        ["跨境电商进出口", "1986.4", "9.8"],
        ["跨境电商出口", "1421.7", "11.4"],
        ["跨境电商进口", "564.7", "6.0"],
    ]
    # header cell typed with a soft line break: "同比增长" / "（%）"
    b.data_table(header, rows, [8.5, 3.3, 3.6], header_break={2: "（"})
    b.para([("注：", FS, 12, False)], indent=False, line=22, before=4, clause=None)
    b.para([("1.进出口数据为郑州海关初步统计数，跨境电商数据含快递包裹，由省商务厅监测统计。", FS, 12, False)],
           indent=True, line=22, clause=True)
    b.para([("2.表中增速按可比口径计算。", FS, 12, False)], indent=True, line=22, clause=True)
    b.body("数据来源：郑州海关、河南省商务厅、河南省统计局。", before=6)
    b.heading("名词解释", font=HT)
    b.body("1.海关特殊监管区域：指经国务院批准设立的综合保税区、保税港区等实行封闭管理的特定经济功能区域。")
    b.body("2.跨境电商进出口（含快递包裹）：指通过跨境电商平台达成交易、经海关跨境电商监管方式及快递渠道通关的进出口商品总额。")
    b.empty()
    b.body("联系单位：河南省统计局贸易外经统计处　　联系人：王鹏　　电话：0371-65506137")
    path = os.path.join(HERE, "blind721_henan_shuju.docx")
    b.save(path)
    meta = {
        "title": "河南省2026年1—10月对外贸易及跨境电商运行情况发布",
        "doc_number": None,
        "issuer": ["河南省统计局"],
        "date": "2026-11-20",
        "published": "2026-11-20",
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "数据发布",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return "blind721_henan_shuju", path, [{"meta": meta, "clauses": b.clauses}]


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_721",
                    "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for fn in (make_hunan, make_sichuan, make_henan):
        stem, path, docs = fn()
        expected[stem] = docs
        to_pdf(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
