# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 917: 自贸试验区条例实施情况评估报告（第三方评估）.

Writes blind917_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
import io
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
SP2 = "\u3000\u3000"
CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

expected = {}


# ------------------------------------------------------------------ helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None, size=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(size * 2)
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, size=16, **kw):
    """runs: plain str or list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, size, False)]
    for r in runs:
        text, name, sz, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, sz, bold, color)
    fmt(p, size=size, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def base_setup(doc, body_font=FS, body_size=16):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(body_size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), body_font)


def page_footer(section, size=14):
    """Footer with '— N —' page field."""
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                          % nsdecls("w")))
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, size)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             line=16):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    """Fixed column widths: tblGrid + every tcW (LibreOffice reads the grid)."""
    table.autofit = False
    tbl = table._tbl
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for tr in tbl.findall(qn("w:tr")):
        gi = 0
        for tc in tr.findall(qn("w:tc")):
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[gi:gi + span]))
            gi += span


def simple_table(doc, header, rows, clauses, widths=None, size=12, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        col_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_917", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def bar_chart_png(years, values, unit_label):
    """A plain bar chart drawn with PIL (the kind pasted into Word from Excel)."""
    from PIL import Image, ImageDraw, ImageFont
    W, H = 1400, 720
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(CJK_FONT, 30, index=2)
    fs = ImageFont.truetype(CJK_FONT, 26, index=2)
    x0, y0, x1, y1 = 140, 60, W - 60, H - 100
    d.line([(x0, y0), (x0, y1), (x1, y1)], fill="black", width=3)
    vmax = 3500
    for k in range(0, vmax + 1, 500):
        y = y1 - (y1 - y0) * k / vmax
        d.line([(x0 - 8, y), (x0, y)], fill="black", width=2)
        if k:
            d.line([(x0, y), (x1, y)], fill=(210, 210, 210), width=1)
        d.text((x0 - 20, y), str(k), fill="black", font=fs, anchor="rm")
    d.text((x0 - 10, y0 - 40), unit_label, fill="black", font=fs, anchor="lm")
    n = len(years)
    slot = (x1 - x0) / n
    for i, (yr, v) in enumerate(zip(years, values)):
        cx = x0 + slot * (i + 0.5)
        top = y1 - (y1 - y0) * v / vmax
        d.rectangle([cx - slot * 0.28, top, cx + slot * 0.28, y1], fill=(68, 114, 196))
        d.text((cx, top - 8), "%.1f" % v, fill="black", font=fs, anchor="mb")
        d.text((cx, y1 + 16), yr, fill="black", font=f, anchor="mt")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    return buf


# ====================================================================== DOC A
def doc_hunan():
    """Stand-alone third-party evaluation report: cover, 目录, 1 / 1.1 headings,
    tables with captions and notes, a pasted chart with 图表说明."""
    stem = "blind917_hunan_pinggu"
    doc = Document()
    base_setup(doc, FS, 14)
    clauses = []
    S = 12   # body size (小四)
    L = 20   # body line spacing

    # ---------- cover (section 1, no page number) ----------
    add_par(doc, [("项目编号：HNLF-PG-2025-07", FS, 12, False)],
            align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)
    empty(doc, 3, line=30)
    # title split over three paragraphs at odd places, as typed on covers
    for t in ("中国（湖南）自由贸易试验区", "条例实施情况", "第三方评估报告"):
        add_par(doc, [(t, XBS, 28, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=48)
    empty(doc, 4, line=30)
    # cover lines aligned with typed full-width spaces
    for lab, val in (("委托单位：", "湖南省人大常委会法制工作委员会"),
                     ("评估单位：", "湖南大学法学院区域法治研究中心"),
                     ("项目负责人：", "周文斌　教授")):
        p = add_par(doc, [(lab, HT, 16, False), (val, KT, 16, False)], indent=False, line=36)
        p.paragraph_format.left_indent = Cm(3.2)
    empty(doc, 2, line=30)
    add_par(doc, [("二〇二六年三月", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=30)
    page_break(doc)

    # ---------- 目录 ----------
    add_par(doc, [("目　　录", HT, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=36, after=18)
    toc = [("1　评估概述", 0, "1"), ("1.1　评估背景与依据", 1, "1"),
           ("1.2　评估方法与指标", 1, "1"), ("2　条例实施总体情况", 0, "2"),
           ("2.1　配套制度建设", 1, "2"), ("2.2　主要经济指标", 1, "2"),
           ("3　存在的主要问题", 0, "3"), ("4　对策建议", 0, "4")]
    for text, lvl, pg in toc:
        p = add_par(doc, [(text, HT if lvl == 0 else FS, 14, False), ("\t" + pg, FS, 14, False)],
                    indent=False, line=30)
        p.paragraph_format.left_indent = Pt(28 * lvl)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT,
                                                  WD_TAB_LEADER.DOTS)

    # ---------- body (section 2, page numbers restart at 1) ----------
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
    sec._sectPr.append(parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w")))
    page_footer(sec, 12)

    def h1(t):
        add_par(doc, [(t, HT, 14, False)], indent=False, line=26, before=4, after=2)

    def h2(t):
        add_par(doc, [(t, KT, 13, True)], indent=False, line=24)

    def body(t):
        clauses.append(t)
        add_par(doc, t, size=S, line=L)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, S, False), (t, FS, S, False)], size=S, line=L)

    def caption(t):
        add_par(doc, [(t, HT, 10.5, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=18, before=3)

    def note(t):
        clauses.append(t)
        add_par(doc, [(t, FS, 10.5, False)], indent=False, line=16, before=2)

    h1("1　评估概述")
    h2("1.1　评估背景与依据")
    body("《中国（湖南）自由贸易试验区条例》（以下简称《条例》）由湖南省第十三届人民代表大会常务委员会第三十一次会议于2022年5月26日通过，自2022年7月1日起施行，共9章68条，是湖南自贸试验区建设的基础性法规。")
    body("受湖南省人大常委会法制工作委员会委托，湖南大学法学院区域法治研究中心于2025年9月至2026年2月对《条例》实施情况开展第三方评估。")
    h2("1.2　评估方法与指标")
    body("评估采用文献研究、问卷调查、实地调研、座谈访谈和数据分析相结合的方法。评估组赴三个片区开展实地调研12次，召开座谈会18场；面向市场主体发放问卷1200份，回收有效问卷1087份，有效回收率90.6%。")
    body("评估指标体系由合法性、合理性、协调性、可操作性、实效性和立法技术性6个一级指标、21个二级指标构成，采用百分制计分。各一级指标权重及得分见表1-1。")
    caption("表1-1　《条例》实施情况评估一级指标得分（单位：分）")
    simple_table(doc, ["序号", "一级指标", "权重（%）", "得分", "等级"], [
        ["1", "合法性", "15", "92.5", "优"],
        ["2", "合理性", "15", "88.0", "良"],
        ["3", "协调性", "15", "84.5", "良"],
        ["4", "可操作性", "20", "79.0", "中"],
        ["5", "实效性", "25", "86.5", "良"],
        ["6", "立法技术性", "10", "90.0", "优"],
        ["合计", "—", "100", "86.2", "良"],
    ], clauses, widths=[1.6, 4.0, 3.0, 3.0, 2.4], size=10.5)
    note("注：综合得分按各一级指标得分加权计算，90分以上为优，80—89.9分为良，70—79.9分为中，70分以下为差。")

    h1("2　条例实施总体情况")
    h2("2.1　配套制度建设")
    # paragraph with a manual line break in the middle of a sentence (pasted text)
    a1 = "《条例》施行以来，省人民政府及有关部门、三个片区所在地人民政府围绕《条例》规定的授权事项和配套要求，累计出台配套政策文件47件，其中省级规章1件、省级规范性文件19件、"
    a2 = "片区规范性文件27件。《条例》明确要求制定配套制度的11个事项中，已出台9项，完成率81.8%；尚未出台的2项为自贸试验区容错免责具体办法和跨境数据流动分类管理办法。"
    p = doc.add_paragraph()
    font(p.add_run(a1), FS, S)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(a2), FS, S)
    fmt(p, size=S, line=L)
    clauses.append(a1 + a2)
    h2("2.2　主要经济指标")
    # half-width commas typed by mistake (mixed punctuation)
    body("2025年，湖南自贸试验区实现进出口总额3256.8亿元,占全省的比重为45.3%;实际使用外资13.6亿美元,新设外商投资企业428家。三个片区主要指标见表2-1，2021—2025年进出口总额变化情况见图2-1。")
    caption("表2-1　2025年湖南自贸试验区各片区主要经济指标")
    simple_table(doc, ["片区", "进出口总额（亿元）", "同比增长（%）", "实际使用外资（亿美元）",
                       "新设外资企业（家）"], [
        ["长沙片区", "1784.2", "11.6", "8.9", "263"],
        ["岳阳片区", "706.5", "14.2", "2.1", "58"],
        ["郴州片区", "766.1", "9.8", "2.6", "107"],
        ["合计", "3256.8", "11.7", "13.6", "428"],
    ], clauses, widths=[2.4, 3.4, 2.8, 3.8, 3.2], size=10.5)
    note("资料来源：湖南省商务厅、长沙海关。")
    # chart picture + caption below + 图表说明
    pic = bar_chart_png(["2021年", "2022年", "2023年", "2024年", "2025年"],
                        [1835.6, 2250.3, 2603.9, 2915.7, 3256.8], "亿元")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(pic, width=Cm(7.5))
    p.paragraph_format.space_before = Pt(2)
    caption("图2-1　2021—2025年湖南自贸试验区进出口总额（单位：亿元）")
    note("图表说明：2021—2022年数据为三个片区合计数，2023年起含长沙片区临空区块扩区部分。")

    h1("3　存在的主要问题")
    runin("3.1　部分条款可操作性不强。", "《条例》第二十三条关于“探索开展跨境数据流动试点”、第四十一条关于“建立容错纠错机制”等规定较为原则，缺乏具体的适用情形和程序。问卷显示，认为《条例》“可操作性较强”的受访企业占比为61.4%，低于其他各项评价。")
    runin("3.2　片区之间协同联动不足。", "三个片区在政务服务、监管标准和数据共享等方面仍存在差异，《条例》第五十二条规定的片区协同发展机制尚未有效运行，跨片区通办事项仅占片区政务服务事项的23.5%。")

    h1("4　对策建议")
    runin("4.1　适时启动《条例》修改。", "建议对第二十三条、第四十一条等原则性条款予以细化，将实践中行之有效的制度创新成果上升为法规规定。")
    runin("4.2　加快配套制度出台。", "建议省人民政府于2026年底前出台自贸试验区容错免责具体办法和跨境数据流动分类管理办法，完善《条例》配套制度体系。")
    p = add_par(doc, [("湖南大学法学院区域法治研究中心", FS, S, False)],
                align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=L)
    p.paragraph_format.right_indent = Pt(28)
    p = add_par(doc, [("二〇二六年三月十八日", FS, S, False)],
                align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=L)
    p.paragraph_format.right_indent = Pt(56)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（湖南）自由贸易试验区条例实施情况第三方评估报告",
            "doc_number": None,
            "issuer": ["湖南大学法学院区域法治研究中心"],
            "date": "2026-03-18",
            "published": None,
            "level": "other",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== DOC B
def doc_sichuan():
    """上行文 报告 with 红头, 签发人, merged two-level table header repeated,
    附件1 on its own page with a manually split table (续表), 版记 at the end."""
    stem = "blind917_sichuan_baogao"
    doc = Document()
    base_setup(doc)
    page_footer(doc.sections[0])
    clauses = []

    add_par(doc, [("四川省商务厅文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=12)
    empty(doc, 1)
    p = add_par(doc, [("川商自贸〔2026〕9号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("杨立新", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title: one paragraph, soft breaks at odd places
    p = doc.add_paragraph()
    parts = ["四川省商务厅关于《中国（四川）自由贸易", "试验区条例》实施情况第三方评估", "结果的报告"]
    for i, t in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "省人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("按照省政府工作部署，我厅（省自贸办）委托四川省社会科学院法学研究所于2025年10月至2026年3月对《中国（四川）自由贸易试验区条例》（以下简称《条例》）实施情况开展了第三方评估。评估采取资料审查、问卷调查、实地走访和专家论证相结合的方式，覆盖3个片区和7个协同改革先行区。现将评估结果报告如下。")
    head("一、总体评价")
    body("评估认为，《条例》自2020年施行以来，总体实施情况良好，立法目的基本实现，综合得分85.7分，较2023年中期评估提高4.3分，等级为“良好”。各评估维度得分情况如下：")

    # two-level merged header, header rows repeated on each page
    p = add_par(doc, [("表1　《条例》实施情况各评估维度得分", HT, 14, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24)
    p.paragraph_format.keep_with_next = True
    rows = [
        ["1", "制度供给", "15", "80.2", "86.4", "+6.2"],
        ["2", "投资便利", "20", "82.5", "87.1", "+4.6"],
        ["3", "贸易便利", "20", "84.0", "88.3", "+4.3"],
        ["4", "金融开放", "15", "76.8", "80.5", "+3.7"],
        ["5", "协同改革", "15", "79.1", "83.6", "+4.5"],
        ["6", "法治保障", "15", "84.6", "86.9", "+2.3"],
        ["合计", "—", "100", "81.4", "85.7", "+4.3"],
    ]
    hdr_keys = ["序号", "评估维度", "权重（%）", "得分／2023年中期评估", "得分／2025年评估",
                "增减（分）"]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c in (0, 1, 2, 5):
        t.cell(0, c).merge(t.cell(1, c))
    t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(t.cell(0, 0), "序号", HT, 12)
    set_cell(t.cell(0, 1), "评估维度", HT, 12)
    set_cell(t.cell(0, 2), "权重（%）", HT, 12)
    set_cell(t.cell(0, 3), "得分", HT, 12)
    set_cell(t.cell(0, 5), "增减（分）", HT, 12)
    set_cell(t.cell(1, 3), "2023年中期评估", HT, 12)
    set_cell(t.cell(1, 4), "2025年评估", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr_keys, row)))
    col_widths(t, [1.4, 2.8, 2.6, 3.3, 3.0, 2.4])
    n = "注：2023年中期评估由省人大常委会法工委组织开展；“增减”为2025年评估得分与2023年中期评估得分之差。"
    clauses.append(n)
    add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=3)

    head("二、主要成效")
    runin("（一）制度创新成果持续涌现。", "《条例》施行以来，四川自贸试验区累计形成制度创新成果812项，其中“中欧班列运输规则”“铁路运单物权化”等21项在全国复制推广，136项在全省复制推广。")
    runin("（二）投资贸易便利化水平明显提升。", "2025年，四川自贸试验区新设企业5.8万户，其中外商投资企业486户；实现进出口总额4218.6亿元，同比增长9.4%，以不到全省五百分之一的面积贡献了全省40.1%的进出口额。")
    head("三、存在的问题")
    body("1．部分条款落实不到位。《条例》第十八条、第三十五条等规定的8项配套制度中，尚有3项未出台，部分授权事项因国家层面政策调整未能落地。")
    body("2．协同改革先行区发展不平衡。7个协同改革先行区中，德阳、宜宾等4个先行区制度创新成果较多，其余3个先行区改革试点任务完成率不足60%。")
    head("四、下一步工作建议")
    runin("（一）推动《条例》修订。", "建议省人民政府提请省人大常委会将《条例》修订列入2027年度立法计划，及时将成熟的改革经验上升为法规。")
    runin("（二）狠抓问题整改。", "我厅将会同有关部门和片区，对照评估发现的问题清单（见附件1），逐项制定整改措施，明确责任单位和完成时限，整改情况于2026年12月底前报省人民政府。")
    add_par(doc, "特此报告。")
    # attachment list, second item aligned with typed full-width spaces
    att1 = "《中国（四川）自由贸易试验区条例》实施情况第三方评估问题清单"
    att2 = "《中国（四川）自由贸易试验区条例》实施情况第三方评估报告（全文）"
    p = add_par(doc, "附件：1．" + att1, indent=False)
    p.paragraph_format.left_indent = Pt(32 + 80)
    p.paragraph_format.first_line_indent = Pt(-80)
    p = add_par(doc, "2．" + att2, indent=False)
    p.paragraph_format.left_indent = Pt(32 + 80)
    p.paragraph_format.first_line_indent = Pt(-32)
    empty(doc, 1)
    p = add_par(doc, "四川省商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年4月15日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（联系人：黄晓丽；联系电话：028-83225176）")

    # ---- 附件1 on its own page
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("《中国（四川）自由贸易试验区条例》实施情况"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("第三方评估问题清单"), XBS, 20)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    hdr = ["序号", "问题类型", "具体问题", "涉及条款", "责任单位"]
    w = [1.3, 2.2, 6.3, 2.2, 3.6]
    simple_table(doc, hdr, [
        ["1", "配套制度", "自贸试验区跨境服务贸易负面清单配套管理办法尚未出台", "第十八条", "省商务厅"],
        ["2", "配套制度", "自贸试验区知识产权纠纷多元化解决办法尚未出台", "第五十二条",
         "省市场监管局（省知识产权局）、省高级人民法院"],
        ["3", "配套制度", "协同改革先行区考核评价办法尚未出台", "第三十五条", "省商务厅"],
        ["4", "协同改革", "3个协同改革先行区改革试点任务完成率不足60%", "第三十六条", "有关市人民政府"],
        ["5", "金融开放", "跨境投融资便利化措施落地效果不明显", "第四十四条",
         "中国人民银行四川省分行、国家金融监督管理总局四川监管局"],
        ["6", "宣传实施", "市场主体对《条例》知晓率为63.5%，低于预期目标", "第六十三条",
         "省商务厅、省司法厅"],
    ], clauses, widths=w, size=12, left_cols=(2, 4))
    n = "注：问题清单根据第三方评估报告整理，共6项。"
    clauses.append(n)
    add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=3)

    banji(doc, "抄送：省人大常委会法工委，省司法厅。", "四川省商务厅办公室", "2026年4月15日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省商务厅关于《中国（四川）自由贸易试验区条例》实施情况第三方评估结果的报告",
            "doc_number": "川商自贸〔2026〕9号",
            "issuer": ["四川省商务厅"],
            "date": "2026-04-15",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [att1, att2],
            "doc_type": "报告",
            "recipients": ["省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== DOC C
def doc_zhejiang():
    """Joint 通知 (联合行文红头 in a layout table), 特急, body indented with typed
    spaces, the issued 方案 on a new page, task table, （此件公开发布）, 版记."""
    stem = "blind917_zhejiang_zhenggai"
    doc = Document()
    base_setup(doc)
    page_footer(doc.sections[0])
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    # joint red header: two organ names stacked left, "文件" on the right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.cell(0, 1).merge(t.cell(1, 1))
    for r, name in enumerate(("浙江省商务厅", "浙江省司法厅")):
        c = t.cell(r, 0)
        c.text = ""
        pp = c.paragraphs[0]
        font(pp.add_run(name), XBS, 30, False, RED)
        pp.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        pp.paragraph_format.line_spacing = Pt(40)
    c = t.cell(0, 1)
    c.text = ""
    pp = c.paragraphs[0]
    font(pp.add_run("文件"), XBS, 40, False, RED)
    pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c.vertical_alignment = 1  # center
    col_widths(t, [9.6, 4.2])
    empty(doc, 1, line=16)
    p = add_par(doc, "浙商务联发〔2026〕21号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    title_parts = ["浙江省商务厅　浙江省司法厅关于印发", "《中国（浙江）自由贸易试验区条例》",
                   "实施情况第三方评估问题整改方案的通知"]
    for tp in title_parts:
        add_par(doc, [(tp, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=30)
    empty(doc, 1, line=12)
    add_par(doc, "各设区市商务局、司法局，中国（浙江）自由贸易试验区各片区管委会：", indent=False)

    # indentation typed with two full-width spaces, no first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, SP2 + t, indent=False)

    def head(t):
        add_par(doc, [(SP2 + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(SP2, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("为推动《中国（浙江）自由贸易试验区条例》全面有效实施，做好第三方评估发现问题的整改工作，现将《〈中国（浙江）自由贸易试验区条例〉实施情况第三方评估问题整改方案》印发给你们，请认真贯彻落实。")
    body("各单位要于2026年11月30日前将整改落实情况书面报送省商务厅（省自贸办），同时抄送省司法厅。")
    empty(doc, 1, line=20)
    # joint signature typed with spaces
    add_par(doc, "　　　　浙江省商务厅　　　　　　　　浙江省司法厅", indent=False)
    add_par(doc, "　　　　　　　　　　　　　　　2026年6月3日", indent=False)
    add_par(doc, "（此件公开发布）", indent=False, first=Pt(32))

    # ---- the issued 方案 on a new page
    p = doc.add_paragraph()
    p.paragraph_format.page_break_before = True
    font(p.add_run("《中国（浙江）自由贸易试验区条例》"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("实施情况第三方评估问题整改方案"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    body("2025年，省商务厅、省司法厅委托浙江大学立法研究院对《中国（浙江）自由贸易试验区条例》实施情况开展第三方评估。评估报告认为，《条例》实施总体成效明显，综合得分87.3分，同时指出了配套制度不够完善、数据共享不够充分、片区赋权落地不到位等问题。为抓好问题整改，制定本方案。")
    head("一、总体要求")
    body("坚持问题导向、目标导向和结果导向，以第三方评估发现的问题为重点，分类施策、逐项销号，力争到2026年底，评估发现问题整改完成率达到90%以上，《条例》规定的配套制度全部出台，自贸试验区法治化、国际化、便利化营商环境进一步优化。")
    head("二、整改任务")
    body("对照第三方评估报告，梳理形成4个方面8项整改任务，具体见表1。")
    add_par(doc, [("表1　《条例》实施情况评估问题整改任务清单", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24)
    hdr = ["序号", "问题类别", "整改任务", "牵头单位", "完成时限"]
    w = [1.4, 2.2, 5.6, 3.0, 3.4]
    simple_table(doc, hdr, [
        ["1", "配套制度", "出台自贸试验区数据跨境流动分类分级管理细则", "省委网信办、省商务厅", "2026年9月"],
        ["2", "配套制度", "修订自贸试验区容错免责实施办法", "省司法厅", "2026年10月"],
    ], clauses, widths=w, size=12, left_cols=(2,))
    # the clerk cut the table at the page end by hand and typed 续表 over the rest
    p = add_par(doc, [("续表", HT, 12, False)], indent=False, line=22)
    p.paragraph_format.page_break_before = True
    simple_table(doc, hdr, [
        ["3", "数据共享", "建设自贸试验区数据共享平台，实现4个片区政务数据互通", "省大数据局", "2026年12月"],
        ["4", "数据共享", "推动海关、税务、市场监管等部门监管数据向片区开放", "杭州海关、宁波海关", "2026年12月"],
        ["5", "赋权落地", "梳理下放片区的省级经济社会管理权限，开展赋权事项实施效果评估", "省委编办、省司法厅", "2026年8月"],
        ["6", "赋权落地", "对“放不下、接不住、用不好”的赋权事项进行动态调整", "省委编办", "2026年11月"],
        ["7", "宣传培训", "将《条例》纳入全省“九五”普法重点内容", "省司法厅", "2026年7月"],
        ["8", "宣传培训", "组织片区执法人员开展《条例》专题培训，全年不少于2000人次", "省商务厅", "2026年12月"],
    ], clauses, widths=w, size=12, left_cols=(2,))
    n = "注：完成时限为最迟完成时间；牵头单位为第一责任单位，配合单位由牵头单位商定。"
    clauses.append(n)
    add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=3)
    head("三、保障措施")
    runin("（一）加强组织领导。", "省自贸试验区工作领导小组办公室负责统筹推进整改工作，建立整改台账，实行“清单化管理、闭环式推进”。")
    runin("（二）强化督查考核。", "整改任务完成情况纳入自贸试验区年度考核，对整改不力、进度滞后的单位予以通报。")
    runin("（三）做好评估衔接。", "整改完成后，由省司法厅组织开展整改效果评估，评估结果作为《条例》修改的重要参考。")
    body("本方案自印发之日起施行。")

    banji(doc, "抄送：省人民政府办公厅，省人大常委会法工委。", "浙江省商务厅办公室",
          "2026年6月3日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅　浙江省司法厅关于印发《中国（浙江）自由贸易试验区条例》实施情况第三方评估问题整改方案的通知",
            "doc_number": "浙商务联发〔2026〕21号",
            "issuer": ["浙江省商务厅", "浙江省司法厅"],
            "date": "2026-06-03",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": "2026-06-03",
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各设区市商务局、司法局", "中国（浙江）自由贸易试验区各片区管委会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hunan(), doc_sichuan(), doc_zhejiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
