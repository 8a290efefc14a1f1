# ruff: noqa
# -*- coding: utf-8 -*-
"""Write the 257th round of blind test files next to this script.

Run:  . /work/venv/bin/activate && python make_blind257.py
Needs soffice (LibreOffice) for the PDFs; uses the private profile /tmp/lo_257.
All organs' document numbers, dates, companies, amounts and phone numbers are invented.
"""
import json
import os
import re
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xFF, 0x00, 0x00)
FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"

EXPECTED = {}


# ----------------------------------------------------------------- helpers
def clean(t):
    """Clause text as the analyst writes it: soft breaks dropped."""
    return t.replace("\x0b", "").replace("\n", "")


def key(t):
    return clean(t)[:20]


def set_run_font(run, name, size=None, bold=None, color=None, superscript=False):
    run.font.name = name
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(a), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    if superscript:
        run.font.superscript = True


def add_runs(p, text, font, size, bold=None, color=None):
    """Add text; '\x0b' in text becomes a soft line break (w:br)."""
    parts = text.split("\x0b")
    for i, part in enumerate(parts):
        if i:
            r = p.add_run()
            r.add_break()
        if part:
            r = p.add_run(part)
            set_run_font(r, font, size, bold, color)


def fmt(p, align=None, first_indent=None, line=28, before=0, after=0, left=None, right=None,
        hanging=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if hanging is not None:
        pf.first_line_indent = Pt(-hanging)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, segs, size=16, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=28, style=None,
         **kw):
    """segs: str or list of (text, font[, bold])."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if isinstance(segs, str):
        segs = [(segs, FS)]
    for s in segs:
        add_runs(p, s[0], s[1], size, s[2] if len(s) > 2 else None)
    fmt(p, align=align, first_indent=2 * size if indent else None, line=line, **kw)
    return p


def border(p, side, sz=8, color="000000", space=1):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn("w:pBdr"))
    if pBdr is None:
        pBdr = OxmlElement("w:pBdr")
        pPr.append(pBdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pBdr.append(b)


def page_break(doc):
    p = doc.add_paragraph()
    r = p.add_run()
    r.add_break(__import__("docx").enum.text.WD_BREAK.PAGE)
    fmt(p, line=12)
    return p


def setup_a4(section):
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.footer_distance = Mm(25)
    section.header_distance = Mm(15)


def add_field(p, instr, font=SONG, size=14):
    r = p.add_run()
    set_run_font(r, font, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = p.add_run()
    set_run_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._r.append(it)
    r3 = p.add_run()
    set_run_font(r3, font, size)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r3._r.append(f2)
    r4 = p.add_run("1")
    set_run_font(r4, font, size)
    r5 = p.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r5._r.append(f3)


def page_number_footer(doc, section, odd_even=False):
    """GB/T 9704 page number: '— N —', 4号 宋体; odd right / even left when odd_even."""
    def fill(footer, align, right=None, left=None):
        p = footer.paragraphs[0]
        p.text = ""
        p.alignment = align
        if right is not None:
            p.paragraph_format.right_indent = Pt(right)
        if left is not None:
            p.paragraph_format.left_indent = Pt(left)
        r = p.add_run("— ")
        set_run_font(r, SONG, 14)
        add_field(p, "PAGE")
        r = p.add_run(" —")
        set_run_font(r, SONG, 14)

    if odd_even:
        settings = doc.settings.element
        eo = OxmlElement("w:evenAndOddHeaders")
        settings.insert(0, eo)
        fill(section.footer, WD_ALIGN_PARAGRAPH.RIGHT, right=14)
        fill(section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, left=14)
    else:
        fill(section.footer, WD_ALIGN_PARAGRAPH.CENTER)


def base_doc():
    doc = Document()
    setup_a4(doc.sections[0])
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), FS)
    st.paragraph_format.space_after = Pt(0)
    return doc


def red_head(doc, text, size=40, spacing=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    set_run_font(r, XBS, size, False, RED)
    if spacing:
        r.font._element  # noqa
        rPr = r._element.get_or_add_rPr()
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        rPr.append(sp)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=size + 12, before=30)
    return p


def doc_number_line(doc, text):
    doc.add_paragraph()
    p = para(doc, text, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=20)
    border(p, "bottom", sz=18, color="FF0000", space=8)
    doc.add_paragraph()
    return p


def title_lines(doc, lines):
    for i, ln in enumerate(lines):
        p = doc.add_paragraph()
        add_runs(p, ln, XBS, 22)
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    doc.add_paragraph()


def signature(doc, organ, date, right=64):
    doc.add_paragraph()
    doc.add_paragraph()
    p = para(doc, organ, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=right)
    p = para(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=right - 16)
    return p


def banji(doc, cc, printer, pdate):
    """版记: 抄送 line between rules, then 印发机关 left and 印发日期 right."""
    p = doc.add_paragraph()
    add_runs(p, "抄送：" + cc, FS, 14)
    fmt(p, left=14 + 42, right=14, hanging=42, line=24)
    border(p, "top", sz=8, space=4)
    border(p, "bottom", sz=4, space=4)
    p2 = doc.add_paragraph()
    r = p2.add_run(printer)
    set_run_font(r, FS, 14)
    r = p2.add_run("\t" + pdate + "印发")
    set_run_font(r, FS, 14)
    fmt(p2, left=14, right=14, line=24)
    sec = doc.sections[-1]
    width = sec.page_width - sec.left_margin - sec.right_margin
    p2.paragraph_format.tab_stops.add_tab_stop(width - Pt(28), alignment=2)
    border(p2, "bottom", sz=8, space=4)


def cell_text(cell, text, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, bold=None, sup=None):
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    # footnote marks ① ② rendered as superscript
    pieces = re.split("([①②③])", text) if sup else [text]
    for piece in pieces:
        if not piece:
            continue
        if piece in "①②③" and sup:
            r = p.add_run(piece)
            set_run_font(r, font, size, bold, superscript=True)
        else:
            add_runs(p, piece, font, size, bold)
    fmt(p, align=align, line=size + 6)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit")
    trPr.append(h)


def set_col_widths(table, widths_mm):
    table.autofit = False
    tbl = table._tbl
    tblPr = tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_mm[i] * 56.7)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_mm):
                c.width = Mm(widths_mm[i])


def to_pdf(docx_path):
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_257", "--convert-to", "pdf",
         "--outdir", str(HERE), str(docx_path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def table_clauses(header, rows):
    """rows: list of cell values (None = empty/covered-but-empty); header names."""
    out = []
    for row in rows:
        parts = []
        for h, v in zip(header, row):
            if v is None or v == "":
                continue
            parts.append(f"{h}：{clean(v)}")
        out.append("；".join(parts))
    return out


# =================================================================== 1 Yiwu (HTML)
def make_yiwu():
    stem = "blind257_yiwu_gongshi"
    title = "关于2024年度义乌市市场采购贸易和跨境电商扶持政策（第一批）兑现结果的公示"
    pre = ("根据《义乌市人民政府办公室关于印发义乌市推进市场采购贸易和跨境电商高质量发展若干政策的通知》"
           "（义政办发〔2024〕15号，以下简称《若干政策》）和《关于组织申报2024年度市场采购贸易和跨境电商扶持资金的通知》"
           "（义商务〔2024〕102号）要求，经企业自主申报、镇街（园区）初审、市商务局会同市财政局复核及第三方机构专项审计，\x0b"
           "现将2024年度第一批拟兑现企业（主体）名单及金额予以公示（详见附表）。")
    items = [
        "一、公示时间：2025年3月5日至2025年3月11日（5个工作日）。",
        "二、异议受理：公示期内，任何单位和个人对公示内容有异议的，可以书面形式实名向市商务局反映，并提供必要的证明材料。匿名异议及超出公示期限提出的异议，不予受理。",
        "三、资金拨付：公示期满无异议的，由市财政局按国库集中支付有关规定将兑现资金直接拨付至企业（主体）银行账户。",
        "四、综保区企业：注册地在义乌综合保税区内的企业，兑现资金由义乌综合保税区管理中心汇总后统一拨付，拨付结果同步报市商务局备案。",
    ]
    header = ["序号", "政策类别", "兑现项目", "企业（主体）名称", "所在镇街（园区）", "兑现金额（万元）"]
    groups = [
        ("市场采购贸易", [
            ("1", "市场采购贸易出口规模奖励", "义乌市恒拓进出口有限公司", "福田街道", "86.40"),
            ("2", "市场采购贸易出口规模奖励", "义乌市佳禾供应链管理有限公司", "稠江街道", "52.15"),
            ("3", "市场采购贸易出口规模奖励", "义乌市鸿逸贸易有限公司", "北苑街道", "31.80"),
            ("4", "市场采购组货人培育奖励①", "义乌市丝路汇达国际货运代理有限公司", "后宅街道", "20.00"),
        ], "190.35"),
        ("跨境电商", [
            ("5", "跨境电商出口额奖励", "义乌市速通优品电子商务有限公司", "江东街道", "45.60"),
            ("6", "跨境电商出口额奖励", "浙江义新欧云仓科技有限公司", "稠城街道", "38.20"),
            ("7", "公共海外仓建设奖励②", "义乌市环宇海外仓储服务有限公司（波兰华沙仓）", "佛堂镇", "100.00"),
            ("8", "公共海外仓建设奖励②", "义乌市铂洋跨境物流有限公司（美国洛杉矶仓）", "苏溪镇", "64.50"),
            ("9", "综保区跨境电商网购保税进口奖励", "义乌市保税优选供应链有限公司", "义乌综合保税区", "12.30"),
        ], "260.60"),
        ("自贸试验区", [
            ("10", "金义片区义乌区块新设外贸主体奖励", "义乌市智联国际贸易有限公司", "稠江街道", "15.00"),
            ("11", "金义片区义乌区块新设外贸主体奖励", "义乌市欧亚通商贸易有限公司", "福田街道", "10.00"),
        ], "25.00"),
    ]
    total = "475.95"
    # sanity: sums
    s_all = 0
    for _, rows, sub in groups:
        s = round(sum(float(r[4]) for r in rows), 2)
        assert f"{s:.2f}" == sub, (s, sub)
        s_all += s
    assert f"{s_all:.2f}" == total
    notes = [
        "注：①市场采购组货人培育奖励按《若干政策》第三条第（二）项执行，奖励金额已扣减该主体2023年度已享受的同类奖励。",
        "②公共海外仓建设奖励按海外仓实际使用面积和租赁（购置）合同金额核定，单个企业年度奖励最高不超过100万元。",
    ]
    att = "2024年度义乌市市场采购贸易和跨境电商扶持政策（第一批）兑现明细表"

    # --- html rows
    trs = []
    table_rows = []
    for cat, rows, sub in groups:
        n = len(rows) + 1
        for i, r in enumerate(rows):
            cells = [f'<td>{r[0]}</td>']
            if i == 0:
                cells.append(f'<td rowspan="{n}" style="vertical-align:middle">{cat}</td>')
            proj = r[1].replace("①", "<sup>①</sup>").replace("②", "<sup>②</sup>")
            cells += [f"<td>{proj}</td>", f"<td>{r[2]}</td>", f"<td>{r[3]}</td>",
                      f'<td style="text-align:right">{r[4]}</td>']
            trs.append("<tr>" + "".join(cells) + "</tr>")
            table_rows.append([r[0], cat, r[1], r[2], r[3], r[4]])
        trs.append('<tr class="xj"><td></td><td colspan="3" style="text-align:center"><b>小计</b></td>'
                   f'<td style="text-align:right"><b>{sub}</b></td></tr>')
        table_rows.append([None, cat, "小计", None, None, sub])
    trs.append('<tr class="hj"><td colspan="5" style="text-align:center"><b>合　计</b></td>'
               f'<td style="text-align:right"><b>{total}</b></td></tr>')
    table_rows.append(["合计", None, None, None, None, total])

    ths = "".join(f"<th>{h}</th>" for h in header)
    body_items = "\n".join(f'<p style="text-indent:2em;">{t}</p>' for t in items)
    html = f"""<!DOCTYPE html>
<!-- saved from url=(0071)https://www.yiwu.gov.cn/art/2025/3/4/art_1229187453_59217734.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}_公示公告_义乌市人民政府</title>
<meta name="SiteName" content="义乌市人民政府">
<meta name="SiteDomain" content="www.yiwu.gov.cn">
<meta name="ColumnName" content="公示公告">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2025-03-04 16:21">
<meta name="ContentSource" content="市商务局">
<meta name="Keywords" content="市场采购贸易,跨境电商,政策兑现,公示">
<style>
body{{font-family:"Microsoft YaHei",sans-serif;margin:0;background:#f4f4f4}}
.top{{background:#b5121b;color:#fff;padding:10px 60px}} .nav a{{color:#fff;margin-right:18px}}
.main{{width:1100px;margin:0 auto;background:#fff;padding:20px 40px}}
.xxgk td{{border:1px solid #d9d9d9;padding:4px 8px;font-size:13px}}
.art h1{{text-align:center;font-size:24px;color:#333;line-height:38px}}
.art .info{{text-align:center;color:#888;font-size:13px;border-bottom:1px dashed #ccc;padding-bottom:8px}}
.art p{{font-size:16px;line-height:30px}}
table.gs{{border-collapse:collapse;width:100%;font-size:14px}} table.gs td,table.gs th{{border:1px solid #333;padding:4px}}
.foot{{background:#333;color:#bbb;text-align:center;font-size:12px;padding:16px}}
</style></head>
<body>
<div class="top"><span style="font-size:26px;font-weight:bold">义乌市人民政府</span>
<span class="nav"><a href="https://www.yiwu.gov.cn/">首页</a><a href="https://www.yiwu.gov.cn/col/col1229187001/">政务动态</a><a href="https://www.yiwu.gov.cn/col/col1229187002/">政府信息公开</a><a href="https://www.yiwu.gov.cn/col/col1229187003/">政务服务</a><a href="https://www.yiwu.gov.cn/col/col1229187004/">互动交流</a></span></div>
<div class="main">
<div class="crumb">当前位置：<a href="https://www.yiwu.gov.cn/">首页</a> &gt; <a href="https://www.yiwu.gov.cn/col/col1229187002/">政府信息公开</a> &gt; <a href="https://www.yiwu.gov.cn/col/col1229187440/">部门信息公开</a> &gt; <a href="https://www.yiwu.gov.cn/col/col1229187450/">市商务局</a> &gt; 公示公告</div>
<table class="xxgk" width="100%">
<tr><td>索引号：</td><td>002609231/2025-031207</td><td>主题分类：</td><td>商贸、海关、旅游/对外经贸合作</td></tr>
<tr><td>发布机构：</td><td>义乌市商务局</td><td>生成日期：</td><td>2025-03-04</td></tr>
<tr><td>文号：</td><td></td><td>公开方式：</td><td>主动公开</td></tr>
</table>
<div class="art">
<h1>关于2024年度义乌市市场采购贸易和跨境电商扶持政策<br>（第一批）兑现结果的公示</h1>
<div class="info">发布日期：2025-03-04 16:21　　信息来源：市商务局　　浏览次数：<span id="hits">1386</span>　　字号：[ 大 中 小 ]</div>
<div class="zoom">
<p style="text-indent:2em;">{pre.replace(chr(11), "<br>")}</p>
{body_items}
<p style="text-indent:2em;">联系电话：市商务局外贸发展科　0579-85523816；市财政局经济建设科　0579-85524371。</p>
<p>&nbsp;</p>
<p style="text-align:right;">义乌市商务局　　义乌市财政局</p>
<p style="text-align:right;">2025年3月3日　　　　</p>
<p>&nbsp;</p>
<p style="text-align:center;"><b>附表：2024年度义乌市市场采购贸易和跨境电商扶持政策（第一批）兑现结果</b></p>
<table class="gs">
<tr>{ths}</tr>
{chr(10).join(trs)}
</table>
<p style="font-size:14px">{notes[0]}</p>
<p style="font-size:14px;text-indent:2em;">{notes[1]}</p>
</div>
<div class="fj"><p>附件：<a href="https://www.yiwu.gov.cn/module/download/downfile.jsp?classid=0&amp;filename=2503041621.xlsx">{att}.xlsx</a></p></div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="xgxx"><h3>相关信息</h3><ul>
<li><a href="https://www.yiwu.gov.cn/art/2025/1/16/art_1229187453_59200011.html">关于组织开展2025年度义乌市跨境电商海外仓认定工作的通知</a><span>2025-01-16</span></li>
<li><a href="https://www.yiwu.gov.cn/art/2024/12/30/art_1229187453_59188412.html">关于2023年度义乌市市场采购贸易扶持政策（第三批）兑现结果的公示</a><span>2024-12-30</span></li>
<li><a href="https://www.yiwu.gov.cn/art/2024/9/2/art_1229187453_59107730.html">关于组织申报2024年度市场采购贸易和跨境电商扶持资金的通知</a><span>2024-09-02</span></li>
</ul></div>
</div></div>
<div class="foot">主办单位：义乌市人民政府办公室　　承办单位：义乌市大数据发展中心<br>
网站标识码：3307820001　　浙ICP备05012378号　　浙公网安备 33078202000213号<br>
建议使用1280×800以上分辨率浏览</div>
</body></html>
"""
    (HERE / f"{stem}.html").write_text(html, encoding="utf-8")

    clauses = [clean(pre)] + items + table_clauses(header, table_rows) + notes
    spec = {key(items[3]): ["义乌综合保税区"]}
    for r in table_rows:
        if r[0] == "9":
            spec[key(table_clauses(header, [r])[0])] = ["义乌综合保税区"]
        if r[0] in ("10", "11"):
            spec[key(table_clauses(header, [r])[0])] = ["中国（浙江）自由贸易试验区金义片区"]
    EXPECTED[stem] = [{
        "meta": {"title": title, "doc_number": None, "issuer": ["义乌市商务局", "义乌市财政局"],
                 "date": "2025-03-03", "published": "2025-03-04", "level": "county", "region": "义乌市",
                 "effective": None, "expires": None, "attachments": [att], "doc_type": "公示",
                 "recipients": [], "publicity": "主动公开", "repeals": None},
        "clauses": clauses,
        "applies_to": {"specific": spec},
    }]


# =================================================================== 2 Qingdao (申报通知)
def make_qingdao():
    stem = "blind257_qingdao_shenbao"
    title = "青岛市商务局关于组织申报2025年度跨境电商海外仓和市场采购贸易发展专项资金项目的通知"
    doc = base_doc()
    sec = doc.sections[0]
    page_number_footer(doc, sec, odd_even=True)
    red_head(doc, "青岛市商务局文件", size=42)
    doc_number_line(doc, "青商务字〔2025〕21号")
    title_lines(doc, ["青岛市商务局关于组织申报2025年度",
                      "跨境电商海外仓和市场采购贸易发展",
                      "专项资金项目的通知"])
    recipients = ["各区、市商务主管部门", "中国（山东）自由贸易试验区青岛片区管委", "青岛胶州湾综合保税区管委",
                  "各有关企业"]
    para(doc, "各区、市商务主管部门，中国（山东）自由贸易试验区青岛片区管委，青岛胶州湾综合保税区管委，各有关企业：",
         indent=False)
    clauses = []
    spec = {}
    pre = ("为贯彻落实《山东省人民政府办公厅关于支持跨境电商和海外仓高质量发展的若干措施》（鲁政办字〔2024〕58号）"
           "和《青岛市加快发展外贸新业态新模式若干政策》（青政办发〔2024〕9号），支持企业在共建“一带一路”国家和地区"
           "布局海外仓、做大市场采购贸易规模，现就组织申报2025年度跨境电商海外仓和市场采购贸易发展专项资金项目有关事项通知如下：")
    para(doc, pre)
    clauses.append(pre)

    def h1(t):
        para(doc, [(t, HEI)])

    def item(label, rest):
        para(doc, [(label, KAI), (rest, FS)])
        clauses.append(clean(label + rest))
        return clean(label + rest)

    h1("一、支持方向和标准")
    item("（一）公共海外仓建设运营。",
         "支持企业在共建“一带一路”国家和地区新建或租赁公共海外仓，对单仓面积5000平方米以上、2024年度服务本市外贸企业20家以上的，"
         "按照不超过项目实际投入的30%给予支持，单个项目最高200万元。")
    item("（二）海外仓数字化改造。",
         "支持海外仓企业建设仓储管理系统（WMS）、订单管理系统（OMS）并与国际贸易“单一窗口”对接，按照不超过软硬件投入的40%给予支持，"
         "单个企业最高50万元。")
    c = item("（三）市场采购贸易主体培育。",
             "对在即墨区市场采购贸易方式试点范围内新增备案、2024年度通过市场采购贸易方式出口额达到500万美元以上的经营主体，"
             "按照每出口1美元奖励0.02元人民币给予支持，单个主体最高80万元。")
    spec[key(c)] = ["青岛市即墨区"]
    c = item("（四）自贸片区创新业务。",
             "对在中国（山东）自由贸易试验区青岛片区内开展“跨境电商+保税+海外仓”联动、跨境电商出口海外仓退货等创新业务的企业，"
             "经认定后给予最高30万元支持。")
    spec[key(c)] = ["中国（山东）自由贸易试验区青岛片区"]
    h1("二、申报条件")
    item("（一）", "申报主体应在青岛市行政区域内依法注册，具有独立法人资格，财务管理制度健全。")
    item("（二）", "申报主体近三年未发生严重失信行为，未被列入失信联合惩戒对象名单。")
    item("（三）", "同一项目已获得其他市级财政资金支持的，不得重复申报；同一企业申报项目原则上不超过2个。")
    h1("三、申报程序和时间安排")
    intro = "本次申报采取网上申报与纸质材料报送相结合的方式，各环节时间安排如下表："
    para(doc, intro)
    clauses.append(intro)

    header = ["阶段", "环节", "时间安排", "责任单位", "工作要求"]
    rows = [
        ["申报阶段", "企业网上申报", "2025年4月8日—\x0b4月30日", "申报主体",
         "登录“青岛市商务发展专项资金管理系统”在线填报，上传营业执照、项目合同、付款凭证等材料"],
        ["申报阶段", "属地初审", "2025年5月6日—\x0b5月16日", "各区、市商务主管部门，青岛片区管委",
         "对申报材料真实性、完整性进行审核，必要时开展实地核查"],
        ["申报阶段", "材料报送", "2025年5月20日\x0b17:00前", "各区、市商务主管部门，青岛片区管委",
         "报送初审意见、项目汇总表及纸质申报材料"],
        ["评审阶段", "专项审计和专家评审", "2025年6月", "市商务局、市财政局",
         "委托第三方机构开展专项审计，组织专家评审"],
        ["评审阶段", "结果公示", "评审结束后，公示期5个工作日", "市商务局",
         "在市商务局门户网站公示拟支持项目"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HEI, 12, WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for ri, r in enumerate(rows, start=1):
        for ci, v in enumerate(r):
            if ci == 0 and ri not in (1, 4):
                continue
            if ci == 3 and ri == 3:
                continue
            cell_text(t.rows[ri].cells[ci], v, FS, 12,
                      WD_ALIGN_PARAGRAPH.CENTER if ci < 4 else WD_ALIGN_PARAGRAPH.LEFT)
    set_col_widths(t, [16, 24, 36, 34, 46])
    t.cell(1, 0).merge(t.cell(3, 0))
    t.cell(4, 0).merge(t.cell(5, 0))
    t.cell(2, 3).merge(t.cell(3, 3))
    clauses += table_clauses(header, rows)

    after = ("各区、市商务主管部门和青岛片区管委应于初审结束后，将初审意见、项目汇总表（加盖公章）及企业纸质申报材料（一式两份）"
             "报送市商务局对外贸易处，逾期不予受理。")
    para(doc, after, before=6)
    clauses.append(after)
    h1("四、工作要求")
    item("（一）加强组织宣传。", "各区、市商务主管部门要加强政策宣传和申报辅导，严格审核把关，确保申报材料真实、完整、合规。")
    item("（二）严肃财经纪律。",
         "申报主体对申报材料的真实性负责。对弄虚作假、骗取套取财政资金的，依法依规追回资金，取消其三年内申报市级专项资金资格，"
         "并纳入社会信用记录。")
    para(doc, "联系人：市商务局对外贸易处　孙晓晨，电话：0532-85911263；市财政局经济建设处　王　磊，电话：0532-85912087。")
    doc.add_paragraph()
    atts = ["2025年度跨境电商海外仓项目申报表", "2025年度市场采购贸易发展项目申报表", "申报主体信用承诺书"]
    para(doc, "附件：1．" + atts[0], left=0)
    for i, a in enumerate(atts[1:], start=2):
        para(doc, f"{i}．{a}", indent=False, left=80)
    signature(doc, "青岛市商务局", "2025年3月28日", right=48)
    para(doc, "（此件公开发布）")
    # 版记 on its own (even) page at the bottom
    page_break(doc)
    for _ in range(19):
        p = doc.add_paragraph()
        fmt(p, line=28)
    banji(doc, "市财政局，市审计局，青岛海关。", "青岛市商务局办公室", "2025年3月31日")
    out = HERE / f"{stem}.docx"
    doc.core_properties.author = "sunxc"
    doc.core_properties.title = "关于组织申报2025年度专项资金项目的通知"
    doc.save(out)
    to_pdf(out)
    EXPECTED[stem] = [{
        "meta": {"title": title, "doc_number": "青商务字〔2025〕21号", "issuer": ["青岛市商务局"],
                 "date": "2025-03-28", "published": "2025-03-31", "level": "municipal", "region": "青岛市",
                 "effective": None, "expires": None, "attachments": atts, "doc_type": "通知",
                 "recipients": recipients, "publicity": "此件公开发布", "repeals": None},
        "clauses": [clean(c) for c in clauses],
        "applies_to": {"specific": spec},
    }]


# =================================================================== 3 Wuhan (joint, WPS styles, 细则)
def make_wuhan():
    stem = "blind257_wuhan_xize"
    title = "武汉市商务局 武汉市财政局关于印发《武汉市跨境电子商务综合试验区和海外仓发展专项资金实施细则》的通知"
    rules_title = "武汉市跨境电子商务综合试验区和海外仓发展专项资金实施细则"
    doc = base_doc()
    sec = doc.sections[0]
    page_number_footer(doc, sec, odd_even=False)
    # WPS-like odd styles
    body_st = doc.styles.add_style("样式 仿宋_GB2312 三号 首行缩进:  2 字符", WD_STYLE_TYPE.PARAGRAPH)
    body_st.base_style = doc.styles["Normal"]
    body_st.paragraph_format.first_line_indent = Pt(32)
    art_st = doc.styles.add_style("正文文本 (WPS)", WD_STYLE_TYPE.PARAGRAPH)
    art_st.base_style = doc.styles["Body Text"]
    chap = doc.styles["Heading 2"]
    chap.font.color.rgb = RGBColor(0, 0, 0)
    chap.font.name = HEI
    chap.font.size = Pt(16)
    chap.font.bold = False
    chap.paragraph_format.keep_with_next = True

    # joint 版头 as a borderless table: two organ names left, 文件 right (vertically merged)
    doc.add_paragraph()
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [110, 40])
    for i, name in enumerate(["武汉市商务局", "武汉市财政局"]):
        c = t.cell(i, 0)
        cell_text(c, name, XBS, 36, WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RED
        c.paragraphs[0].paragraph_format.line_spacing = Pt(50)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XBS, 44, WD_ALIGN_PARAGRAPH.CENTER)
    for r in m.paragraphs[0].runs:
        r.font.color.rgb = RED
    m.paragraphs[0].paragraph_format.line_spacing = Pt(60)
    doc_number_line(doc, "武商务规〔2024〕4号")
    p = doc.add_paragraph()
    add_runs(p, "武汉市商务局　武汉市财政局\x0b关于印发《武汉市跨境电子商务综合试验区\x0b和海外仓发展专项资金实施细则》的通知",
             XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=33)
    doc.add_paragraph()
    recipients = ["各区商务主管部门、财政局",
                  "武汉东湖新技术开发区、武汉经济技术开发区（汉南区）、武汉临空港经济技术开发区（东西湖区）、长江新区有关部门",
                  "各有关企业"]
    para(doc, "，".join(recipients) + "：", indent=False)
    cover = f"现将《{rules_title}》印发给你们，请结合实际认真遵照执行。"
    para(doc, cover, style=body_st.name, indent=False)
    doc.add_paragraph()
    para(doc, "武汉市商务局　　　　　　　　武汉市财政局", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "2024年5月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=64)
    para(doc, "（此件公开发布）")
    page_break(doc)

    p = doc.add_paragraph()
    add_runs(p, "武汉市跨境电子商务综合试验区和海外仓\x0b发展专项资金实施细则", XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=33, after=16)

    clauses = [cover]
    spec = {}

    def chapter(t):
        p = doc.add_paragraph(style="Heading 2")
        add_runs(p, t, HEI, 16, False, RGBColor(0, 0, 0))
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28, before=8, after=8)

    def article(label, paras, wps_spaces=False, places=None):
        """paras: list of paragraph texts; first gets the label."""
        for i, tx in enumerate(paras):
            if i == 0:
                segs = [(label, HEI), ("　" + tx, FS)]
            else:
                segs = [(tx, FS)]
            if wps_spaces:
                segs = [("　　", FS)] + segs
                para(doc, segs, style=art_st.name, indent=False)
            else:
                para(doc, segs, style=body_st.name)
        text = "\n".join([clean(label + "　" + paras[0])] + [clean(x) for x in paras[1:]])
        clauses.append(text)
        if places:
            spec[key(text)] = places

    chapter("第一章　总　　则")
    article("第一条", ["为加快中国（武汉）跨境电子商务综合试验区建设，推动海外仓高质量发展，更好服务和融入共建“一带一路”，"
                     "根据《湖北省跨境电子商务发展专项资金管理办法》（鄂商务规〔2023〕2号）、《武汉市市级财政专项资金管理办法》等规定，"
                     "结合本市实际，制定本细则。"])
    article("第二条", ["本细则所称专项资金，是指市级财政预算安排，用于支持中国（武汉）跨境电子商务综合试验区（以下简称综试区）"
                     "建设和海外仓发展的资金。",
                     "专项资金的分配和使用遵循公开透明、突出重点、注重绩效、强化监督的原则。"], wps_spaces=True)
    article("第三条", ["市商务局负责提出专项资金年度支持重点，组织项目申报、审核和绩效评价。",
                     "市财政局负责专项资金预算管理和资金拨付，会同市商务局开展监督检查。",
                     "各区商务主管部门、财政局负责本辖区项目的初审、跟踪管理和资金监管。"], wps_spaces=True)
    chapter("第二章　支持内容和标准")
    article("第四条", ["支持跨境电商经营主体做大做强。对年度跨境电商进出口额首次达到1000万美元、5000万美元、1亿美元的企业，"
                     "分别给予20万元、50万元、100万元一次性奖励；同一企业按差额补足方式享受，累计不超过100万元。"])
    article("第五条", ["支持海外仓建设。企业在共建“一带一路”国家和地区新建、购买或租赁海外仓，符合下列条件之一的，"
                     "按照不超过项目实际投入的30%给予\x0b补助，单个企业年度最高300万元：",
                     "（一）单仓面积在5000平方米以上，且年度服务本市企业不少于15家；",
                     "（二）入选商务部或湖北省海外仓典型案例、重点培育名单。"])
    article("第六条", ["支持跨境电商产业园区发展。对位于武汉东湖综合保税区、武汉经开综合保税区内，经认定的市级跨境电商产业园区，"
                     "按照园区年度跨境电商交易额增长情况，给予园区运营主体最高200万元奖励。"],
            places=["武汉东湖综合保税区", "武汉经开综合保税区"])
    article("第七条", ["支持市场采购贸易发展。对在黄陂区汉口北市场采购贸易方式试点范围内备案、年度市场采购贸易出口额达到300万美元以上的"
                     "经营主体，按照每出口1美元奖励0.02元人民币给予支持，单个主体最高50万元。"],
            places=["武汉市黄陂区"])
    article("第八条", ["支持自贸试验区武汉片区先行先试。对在中国（湖北）自由贸易试验区武汉片区内开展跨境电商零售进口药品、"
                     "“跨境电商+中欧班列（武汉）”等首创性业务，并形成可复制推广经验的企业，给予最高50万元奖励。"],
            places=["中国（湖北）自由贸易试验区武汉片区"])
    article("第九条", ["支持公共服务平台和人才培训。对综试区线上综合服务平台运营维护、跨境电商人才培训基地建设，"
                     "按照不超过实际投入的50%给予补助，单个项目最高100万元。"])
    chapter("第三章　申报和审核")
    article("第十条", ["专项资金实行年度申报制。市商务局会同市财政局每年发布申报通知，明确申报条件、材料和时限。"])
    article("第十一条", ["各区商务主管部门会同同级财政部门对申报材料进行初审，市商务局委托第三方机构开展专项审计，经集体研究后"
                       "在市商务局门户网站公示，公示期不少于5个工作日。",
                       "公示无异议的，由市财政局按程序拨付资金。"], wps_spaces=True)
    chapter("第四章　监督管理")
    article("第十二条", ["专项资金实行绩效管理。获得支持的企业应按要求报送项目实施情况和绩效目标完成情况。",
                       "对虚报冒领、骗取套取专项资金的，依照《财政违法行为处罚处分条例》等规定处理，追回已拨付资金，"
                       "5年内不得申报市级财政专项资金。"])
    chapter("第五章　附　　则")
    article("第十三条", ["本细则由市商务局、市财政局负责解释。"])
    repeals = ("《武汉市商务局 武汉市财政局关于印发〈武汉市跨境电子商务综合试验区发展专项资金管理实施细则〉的通知》"
               "（武商务规〔2021〕6号）")
    article("第十四条", ["本细则自2024年7月1日起施行，有效期至2027年6月30日。《武汉市商务局　武汉市财政局关于印发〈武汉市跨境电子商务"
                       "综合试验区发展专项资金管理实施细则〉的通知》（武商务规〔2021〕6号）同时废止。",
                       "本细则施行前已受理但尚未拨付的项目，按原规定执行。"])
    doc.add_paragraph()
    doc.add_paragraph()
    banji(doc, "市人民政府办公厅，市审计局，武汉海关。", "武汉市商务局办公室", "2024年5月22日")

    out = HERE / f"{stem}.docx"
    doc.core_properties.author = "Administrator"
    doc.core_properties.title = ""
    doc.core_properties.comments = ""
    doc.save(out)
    # make the package look saved by WPS Office
    import zipfile, shutil
    tmp = out.with_suffix(".tmp")
    with zipfile.ZipFile(out) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/app.xml":
                data = re.sub(rb"<Application>.*?</Application>", b"<Application>WPS Office_12.1.0.17147_F1E327BC-269C-435d-A152-05C5408002CA</Application>", data)
                if b"<Application>" not in data:
                    data = data.replace(b"</Properties>", b"<Application>WPS Office_12.1.0.17147</Application></Properties>")
            zout.writestr(item, data)
    shutil.move(tmp, out)
    to_pdf(out)
    EXPECTED[stem] = [{
        "meta": {"title": title, "doc_number": "武商务规〔2024〕4号", "issuer": ["武汉市商务局", "武汉市财政局"],
                 "date": "2024-05-20", "published": "2024-05-22", "level": "municipal", "region": "武汉市",
                 "effective": "2024-07-01", "expires": "2027-06-30", "attachments": [], "doc_type": "通知",
                 "recipients": recipients, "publicity": "此件公开发布", "repeals": repeals},
        "clauses": clauses,
        "applies_to": {"specific": spec},
    }]


# =================================================================== 4 Chongqing (附件 政策清单)
def make_chongqing():
    stem = "blind257_chongqing_qingdan"
    title = "重庆市商务委员会关于印发2025年度重庆市开放型经济重点支持政策清单的通知"
    doc = base_doc()
    sec = doc.sections[0]
    page_number_footer(doc, sec, odd_even=True)
    red_head(doc, "重庆市商务委员会文件", size=38)
    doc_number_line(doc, "渝商务发〔2025〕9号")
    title_lines(doc, ["重庆市商务委员会关于印发2025年度", "重庆市开放型经济重点支持政策清单的通知"])
    recipients = ["各区县（自治县）商务主管部门", "两江新区、西部科学城重庆高新区、万盛经开区商务主管部门", "各有关单位"]
    para(doc, "，".join(recipients) + "：", indent=False)
    clauses, spec = [], {}
    pre = ("为帮助企业全面了解和用好各级支持政策，加快中国（重庆）自由贸易试验区和中国（重庆）跨境电子商务综合试验区建设，"
           "推动海外仓、市场采购贸易等外贸新业态发展，更好服务共建“一带一路”和西部陆海新通道建设，我委梳理形成了"
           "《2025年度重庆市开放型经济重点支持政策清单》（以下简称《清单》），现印发给你们，并就有关事项通知如下：")
    para(doc, pre)
    clauses.append(pre)
    items = [
        ("一、做好政策宣传解读。", "各区县（自治县）商务主管部门要通过政策宣讲会、“渝快办”平台等渠道，开展《清单》集中宣传，确保政策直达快享。"),
        ("二、规范政策执行口径。", "《清单》所列政策的支持对象、条件和标准以政策原文为准；政策原文修订或废止的，按修订后的规定执行。"),
        ("三、推行“免申即享”。", "对《清单》中标注“★”的政策，由受理部门依托部门共享数据主动识别符合条件的企业，无需企业申报，直接兑现。"),
        ("四、实行动态调整。", "《清单》有效期至2025年12月31日。执行期间国家、市级出台新政策的，我委将及时更新并在委门户网站发布。"),
        ("五、强化片区联动。", "中国（重庆）自由贸易试验区两江片区、西永片区、果园港片区管理机构要结合片区实际制定配套措施，"
                        "做好与《清单》政策的衔接，每半年向我委报送政策落实情况。"),
    ]
    three = ["中国（重庆）自由贸易试验区两江片区", "中国（重庆）自由贸易试验区西永片区", "中国（重庆）自由贸易试验区果园港片区"]
    for lab, rest in items:
        para(doc, [(lab, HEI), (rest, FS)])
        clauses.append(lab + rest)
    spec[key(items[4][0] + items[4][1])] = three
    doc.add_paragraph()
    att = "2025年度重庆市开放型经济重点支持政策清单"
    para(doc, "附件：" + att)
    signature(doc, "重庆市商务委员会", "2025年2月14日", right=48)
    para(doc, "（此件公开发布）")

    # landscape section for the 附件
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Mm(297), Mm(210)
    new.top_margin = Mm(28)
    new.bottom_margin = Mm(26)
    new.left_margin = Mm(30)
    new.right_margin = Mm(28)
    p = para(doc, [("附件", HEI)], indent=False)
    p = doc.add_paragraph()
    add_runs(p, att, XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, after=10)

    header = ["类别", "序号", "政策名称", "支持内容和标准", "政策依据", "受理部门"]
    B1 = "《重庆市加快跨境电子商务高质量发展若干措施》（渝府办发〔2023〕117号）"
    B2 = "《重庆市支持海外仓高质量发展若干措施》（渝商务发〔2024〕58号）"
    groups = [
        ("跨境电商", [
            ("1", "跨境电商主体引育", "对新引进的跨境电商平台企业，年度交易额首次超过1亿元的，给予最高200万元奖励①。", B1, "市商务委"),
            ("2", "跨境电商B2B出口", "对通过跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）模式出口的企业，按年度出口额每1美元给予0.01元奖励，单个企业最高100万元①。", "同上", "市商务委、重庆海关"),
            ("3", "网购保税进口", "对在重庆西永综合保税区、重庆两路果园港综合保税区开展网购保税进口（1210）业务的企业，按年度新增单量每单给予0.5元补贴，单个企业最高80万元。", "《重庆市推进综合保税区高质量发展若干措施》（渝商务发〔2024〕33号）", "市商务委、市财政局"),
            ("4", "跨境电商产业园", "对新认定的市级跨境电商产业园，给予运营主体一次性补助100万元★。", B1, "市商务委"),
        ]),
        ("海外仓", [
            ("5", "公共海外仓建设", "在共建“一带一路”国家和地区新建或租赁面积5000平方米以上的公共海外仓，按实际投入的30%给予补助，单个项目最高500万元②。", B2, "市商务委、市财政局"),
            ("6", "海外仓物流通道", "对经西部陆海新通道、中欧班列（成渝）向海外仓发运货物的企业，按实际运费的20%给予补贴，单个企业最高50万元②。", "同上", "市商务委、市口岸物流办"),
            ("7", "海外仓出口信用保险", "对海外仓企业投保出口信用保险的，按实缴保费的50%给予补贴★。", "同上", "市商务委"),
            ("8", "海外仓示范企业", "对新认定的市级海外仓示范企业，给予一次性奖励30万元；入选商务部海外仓典型案例的，再给予50万元奖励①。", "同上", "市商务委"),
        ]),
        ("自贸试验区", [
            ("9", "制度创新奖励", "对在中国（重庆）自由贸易试验区两江片区、西永片区、果园港片区内形成并经认定的市级以上制度创新案例，给予牵头单位10万元至50万元奖励。", "《中国（重庆）自由贸易试验区制度创新奖励办法》（渝自贸办发〔2024〕5号）", "市自贸办"),
            ("10", "新型离岸国际贸易", "对在重庆自贸试验区内开展新型离岸国际贸易、年度结算额达到1000万美元以上的企业，给予最高100万元奖励。", "《重庆市推动新型离岸国际贸易发展若干措施》（渝商务发〔2024〕71号）", "市自贸办、人民银行重庆市分行"),
        ]),
        ("市场采购贸易", [
            ("11", "市场采购贸易主体培育", "对在沙坪坝区市场采购贸易方式试点市场内新增备案，年度市场采购贸易出口额首次超过500万美元的经营主体，给予最高30万元奖励①。", "《重庆市市场采购贸易方式试点管理办法》（渝商务发〔2023〕90号）", "市商务委、沙坪坝区政府"),
        ]),
    ]
    nrows = sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=1 + nrows, cols=6)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HEI, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    ri = 1
    table_rows = []
    merges = []
    for cat, rows in groups:
        start = ri
        for r in rows:
            if ri == start:
                cell_text(t.cell(ri, 0), cat, HEI, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(t.cell(ri, 1), r[0], FS, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(t.cell(ri, 2), r[1], FS, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
            cell_text(t.cell(ri, 3), r[2], FS, 10.5, sup=True)
            cell_text(t.cell(ri, 4), r[3], FS, 10.5)
            cell_text(t.cell(ri, 5), r[4], FS, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
            cant_split(t.rows[ri])
            table_rows.append([cat, r[0], r[1], r[2], r[3], r[4]])
            ri += 1
        if ri - 1 > start:
            merges.append((start, ri - 1))
    set_col_widths(t, [16, 12, 30, 95, 62, 24])
    for a, b in merges:
        t.cell(a, 0).merge(t.cell(b, 0))
    tcl = table_clauses(header, table_rows)
    clauses += tcl
    for r, c in zip(table_rows, tcl):
        if r[1] == "3":
            spec[key(c)] = ["重庆西永综合保税区", "重庆两路果园港综合保税区"]
        elif r[1] == "9":
            spec[key(c)] = three
        elif r[1] == "10":
            spec[key(c)] = ["中国（重庆）自由贸易试验区"]
        elif r[1] == "11":
            spec[key(c)] = ["重庆市沙坪坝区"]
    notes = [
        "注：①同一企业同一年度在市级层面获得的同类奖励不重复享受，按“就高不就低”原则执行。",
        "②“一带一路”共建国家和地区范围以国家发布的为准；海外仓面积以租赁合同或产权证明载明的面积为准。",
        "标注“★”的政策实行“免申即享”，其余政策按受理部门发布的申报通知执行。",
    ]
    para(doc, notes[0], size=12, indent=False, line=20, before=6)
    para(doc, notes[1], size=12, indent=False, line=20, left=24)
    para(doc, notes[2], size=12, indent=False, line=20, left=24)
    clauses += notes
    doc.add_paragraph()
    banji(doc, "市发展改革委，市财政局，市口岸物流办，重庆海关，人民银行重庆市分行。", "重庆市商务委员会办公室", "2025年2月17日")
    out = HERE / f"{stem}.docx"
    doc.core_properties.author = "cqswsw"
    doc.save(out)
    to_pdf(out)
    EXPECTED[stem] = [{
        "meta": {"title": title, "doc_number": "渝商务发〔2025〕9号", "issuer": ["重庆市商务委员会"],
                 "date": "2025-02-14", "published": "2025-02-17", "level": "provincial", "region": "重庆市",
                 "effective": None, "expires": "2025-12-31", "attachments": [att], "doc_type": "通知",
                 "recipients": recipients, "publicity": "此件公开发布", "repeals": None},
        "clauses": clauses,
        "applies_to": {"specific": spec},
    }]


if __name__ == "__main__":
    os.chdir(HERE)
    make_yiwu()
    make_qingdao()
    make_wuhan()
    make_chongqing()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1), encoding="utf-8")
    for k, v in EXPECTED.items():
        print(k, sum(len(d["clauses"]) for d in v), "clauses")
