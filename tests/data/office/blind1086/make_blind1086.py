# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1086: 发展报告 / 白皮书 / 国别投资指南 excerpts, Word + PDF + expected.json.

A  blind1086_qinzhou_nianbao  自贸试验区钦州港片区2025年度发展报告 (网站转存, 主要指标表)
B  blind1086_laos_zhinan      对外投资合作国别（地区）指南·老挝 第3章节选
C  blind1086_zj_baogao        浙江省商务厅印发《浙江省对外投资合作发展报告（2025）》的通知 (红头+附件)
"""
import io
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, sup=False):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if sup:
        run.font.superscript = True
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


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color[, sup]]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        sup = r[5] if len(r) > 5 else False
        font(p.add_run(text), name, size, bold, color, sup)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def _field(fp, instr, fname, size):
    r = fp.add_run()
    font(r, fname, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, fname, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                           % (nsdecls("w"), instr)))
    r3 = fp.add_run()
    font(r3, fname, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), fname, size)
    r5 = fp.add_run()
    font(r5, fname, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer=("— ", " —"), start=None, header_text=None, body_font=FS,
          margins=(3.7, 3.5, 2.8, 2.6)):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
    st = doc.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), body_font)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    if footer[0]:
        font(fp.add_run(footer[0]), SONG, 14)
    _field(fp, "PAGE", SONG, 14)
    if footer[1]:
        font(fp.add_run(footer[1]), SONG, 14)
    if start is not None:
        s._sectPr.append(parse_xml('<w:pgNumType %s w:start="%d"/>' % (nsdecls("w"), start)))
    if header_text:
        hp = s.header.paragraphs[0]
        hp.alignment = R
        font(hp.add_run(header_text), KT, 10.5)
        border(hp, "bottom", "000000", 6, 1)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def set_widths(t, widths):
    """Fixed layout + grid widths so LibreOffice keeps the column widths."""
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths_for_row(row, widths)):
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w * 567)))
            tcw.set(qn("w:type"), "dxa")


def widths_for_row(row, widths):
    out, i = [], 0
    for tc in row._tr.findall(qn("w:tc")):
        span = 1
        tcpr = tc.tcPr
        if tcpr is not None and tcpr.find(qn("w:gridSpan")) is not None:
            span = int(tcpr.find(qn("w:gridSpan")).get(qn("w:val")))
        out.append(sum(widths[i:i + span]))
        i += span
    return out


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cell_shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (nsdecls("w"), fill)))


def simple_table(doc, header, rows, clauses, size=12, widths=None, repeat=False,
                 aligns=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        t.rows[ri]._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
        for ci, v in enumerate(row):
            a = aligns[ci] if aligns else C
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=a)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        set_widths(t, widths)
    return t


def caption(doc, text, before=6, after=2):
    p = add_par(doc, [(text, HT, 14, False)], align=C, indent=False, line=22,
                before=before, after=after)
    p.paragraph_format.keep_with_next = True
    return p


def source(doc, text, clauses, size=12):
    clauses.append(text)
    return add_par(doc, [(text, KT, size, False)], indent=False, line=20, after=4)


def footnote(doc, text, clauses, size=10.5):
    """Manually typed footnote: short rule then small text."""
    p = doc.add_paragraph()
    fmt(p, indent=False, line=10, before=6)
    p.paragraph_format.right_indent = Cm(10.5)
    border(p, "bottom", "000000", 6, 1)
    clauses.append(text)
    return add_par(doc, [(text, SONG, size, False)], indent=False, line=16)


def banji(doc, cc, printer, date_txt):
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=22, before=18)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=22)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def bar_chart(values, labels, color=(178, 34, 34), w=900, h=420):
    """Draw a simple bar chart PNG with PIL; returns BytesIO."""
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    try:
        f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 22)
    except Exception:
        f = ImageFont.load_default()
    left, bottom, top = 80, h - 60, 40
    d.line([(left, top), (left, bottom)], fill="black", width=2)
    d.line([(left, bottom), (w - 30, bottom)], fill="black", width=2)
    vmax = max(values) * 1.15
    n = len(values)
    slot = (w - 30 - left) / n
    for i, (v, lab) in enumerate(zip(values, labels)):
        x0 = left + slot * i + slot * 0.25
        x1 = left + slot * i + slot * 0.75
        y0 = bottom - (bottom - top) * v / vmax
        d.rectangle([x0, y0, x1, bottom], fill=color)
        d.text((x0, y0 - 28), str(v), fill="black", font=f)
        d.text((x0, bottom + 10), lab, fill="black", font=f)
    bio = io.BytesIO()
    img.save(bio, "PNG")
    bio.seek(0)
    return bio


def picture(doc, bio, width_cm=14):
    doc.add_picture(bio, width=Cm(width_cm))
    p = doc.paragraphs[-1]
    p.alignment = C
    p.paragraph_format.first_line_indent = Pt(0)
    return p


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1086", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_qinzhou():
    stem = "blind1086_qinzhou_nianbao"
    doc = Document()
    setup(doc, margins=(2.8, 2.6, 2.6, 2.5))
    clauses = []

    BS, LS = 14, 22  # report typeset in 四号 仿宋

    def body(t):
        clauses.append(t)
        return add_par(doc, [(t, FS, BS, False)], line=LS, first=Pt(28))

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False, before=10, after=4)

    def section(t):
        add_par(doc, [(t, KT, 15, True)], indent=False, line=LS, before=4)

    # line kept from the web page the text was copied from
    add_par(doc, [("发布时间：2026-03-18", KT, 12, False), ("\u3000" * 4, KT, 12, False),
                  ("来源：钦州港片区管委会办公室", KT, 12, False)], indent=False, line=20)
    empty(doc, 1)
    # title wrapped at an odd place, two paragraphs
    add_par(doc, [("中国（广西）自由贸易试验区钦州港", XBS, 22, False)], align=C,
            indent=False, line=36)
    add_par(doc, [("片区2025年度发展报告", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("中国（广西）自由贸易试验区钦州港片区管理委员会", KT, 16, False)],
            align=C, indent=False, before=6)
    empty(doc, 1)

    add_par(doc, [("前　　言", HT, 16, False)], align=C, indent=False, after=6)
    body("2025年是“十四五”规划收官之年，也是中国（广西）自由贸易试验区钦州港片区（以下简称“片区”）挂牌运行的第六年。一年来，片区坚持以制度创新为核心，以西部陆海新通道建设为牵引，以面向东盟的港航物流、国际贸易和临港产业为主攻方向，统筹推进高水平开放与高质量发展，各项主要指标保持稳中有进、进中向好的发展态势。")
    body("本报告全面回顾2025年片区建设发展情况，系统梳理制度创新、产业发展、开放合作等方面取得的主要成效，分析存在的问题和不足，并提出2026年重点工作安排。报告数据除特别注明外，均为片区管委会统计口径，统计时间截至2025年12月31日。")

    chapter("第一章　总体发展情况")
    section("第一节　主要经济指标稳中有进")
    t = ("2025年，片区实现地区生产总值612.4亿元，同比增长7.8%，高于全市平均水平2.1个百分点；"
         "完成固定资产投资418.6亿元，同比增长9.3%；实现外贸进出口总额1286.7亿元，同比增长11.4%，"
         "占钦州市外贸总额的83.5%；实际使用外资2.36亿美元，同比增长15.1%。新设立企业2874家，"
         "其中外商投资企业46家，累计入驻企业突破2.1万家")
    clauses.append(t + "①。片区主要指标完成情况见表1。")
    add_par(doc, [(t, FS, BS, False), ("①", FS, BS, False, None, True),
                  ("。片区主要指标完成情况见表1。", FS, BS, False)], line=LS, first=Pt(28))

    caption(doc, "表1　2025年钦州港片区主要指标完成情况")
    rows = [
        ["1", "地区生产总值", "亿元", "612.4", "7.8", "568.1"],
        ["2", "固定资产投资", "亿元", "418.6", "9.3", "383.0"],
        ["3", "规模以上工业总产值", "亿元", "1835.2", "10.6", "1659.3"],
        ["4", "外贸进出口总额", "亿元", "1286.7", "11.4", "1155.0"],
        ["5", "其中：对东盟进出口", "亿元", "524.3", "14.7", "457.1"],
        ["6", "实际使用外资", "亿美元", "2.36", "15.1", "2.05"],
        ["7", "集装箱吞吐量", "万标箱", "986.5", "12.3", "878.4"],
        ["8", "海铁联运班列开行量", "列", "12680", "8.9", "11644"],
        ["9", "新设立企业", "家", "2874", "6.2", "2706"],
        ["10", "一般公共预算收入", "亿元", "38.9", "5.4", "36.9"],
    ]
    heads = ["序号", "指标", "单位", "2025年／完成值", "2025年／同比增长（%）", "2024年完成值"]
    tb = doc.add_table(rows=2 + len(rows), cols=6)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci in (0, 1, 2, 5):
        m = tb.cell(0, ci).merge(tb.cell(1, ci))
        set_cell(m, ["序号", "指标", "单位", "", "", "2024年完成值"][ci], HT, 12)
    m = tb.cell(0, 3).merge(tb.cell(0, 4))
    set_cell(m, "2025年", HT, 12)
    set_cell(tb.cell(1, 3), "完成值", HT, 12)
    set_cell(tb.cell(1, 4), "同比增长（%）", HT, 12)
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(tb.cell(ri, ci), v, FS, 12, align=L if ci == 1 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    set_widths(tb, [1.2, 5.0, 1.9, 2.3, 2.6, 2.6])
    source(doc, "注：同比增长按可比价格计算；实际使用外资为商务部统计口径。", clauses)
    source(doc, "资料来源：钦州港片区管委会经济发展局、钦州海关、钦州市统计局。", clauses)
    footnote(doc, "①　累计入驻企业数为片区挂牌以来在片区范围内登记注册且存续的企业数量，不含分支机构。", clauses)

    section("第二节　港航物流枢纽功能持续增强")
    body("2025年，钦州港完成货物吞吐量2.18亿吨，同比增长6.9%；集装箱吞吐量986.5万标箱，同比增长12.3%，在全国沿海港口中排名第8位。西部陆海新通道海铁联运班列开行12680列，同比增长8.9%，班列线路覆盖全国18个省（区、市）72个城市的156个站点，货物通达全球124个国家和地区的563个港口。")
    picture(doc, bar_chart([463.1, 541.2, 702.8, 878.4, 986.5],
                           ["2021", "2022", "2023", "2024", "2025"]), 11)
    caption(doc, "图1　2021—2025年钦州港集装箱吞吐量（万标箱）", before=2)
    source(doc, "资料来源：北部湾港集团钦州港务分公司。", clauses)

    # 专栏 box made of paragraph borders (4 sides on consecutive paragraphs)
    box = []
    p = add_par(doc, [("专栏1　“钦州港—新加坡”集装箱航线“快船+快线”服务模式", HT, 14, False)],
                align=C, indent=False, line=24, before=6)
    box.append(p)
    for t in ["2025年5月，片区联合北部湾港集团、新加坡港务集团推出“钦州港—新加坡”集装箱航线“快船+快线”服务，航线实现“天天班”，单程航行时间压缩至4.5天。",
              "依托该模式，重庆、四川等地货物经海铁联运至钦州港后，可实现“港口直装、船边直提”，全程物流时间由原来的15天左右缩短至9天以内，综合物流成本降低约12%。截至2025年底，该航线累计运输集装箱8.6万标箱。"]:
        clauses.append(t)
        box.append(add_par(doc, [(t, KT, 14, False)], line=24, first=Pt(28)))
    for p in box:
        p.paragraph_format.left_indent = Pt(6)
        p.paragraph_format.right_indent = Pt(6)
        for side in ("top", "left", "bottom", "right"):
            border(p, side, "000000", 6, 4)
    empty(doc, 1)

    chapter("第二章　制度创新与营商环境")
    section("第一节　制度创新成果丰硕")
    t = ("2025年，片区围绕贸易投资便利化、港航物流、金融开放等领域，新形成制度创新成果42项，"
         "其中“西部陆海新通道海铁联运‘一单制’”“进境粮食‘船边直提+铁路直运’”等6项入选自治区"
         "自贸试验区第五批制度创新成果，“跨境人民币结算‘东盟快付’”入选商务部自贸试验区“最佳实践案例”。"
         "挂牌以来，片区累计形成制度创新成果236项")
    clauses.append(t + "①。")
    add_par(doc, [(t, FS, BS, False), ("①", FS, BS, False, None, True), ("。", FS, BS, False)],
            line=LS, first=Pt(28))
    section("第二节　营商环境持续优化")
    for h, t in [("（一）深化“放管服”改革。", "片区政务服务中心实行“一窗受理、集成服务”，468项涉企事项实现“一网通办”，企业开办时间压缩至0.5个工作日。"),
                 ("（二）提升通关便利化水平。", "钦州海关推行“提前申报”“两步申报”“抵港直装”等改革，2025年片区进口、出口整体通关时间分别为18.6小时和0.9小时，较全国平均水平分别压缩42%和67%。"),
                 ("（三）强化金融服务支撑。", "落地跨境贸易投资高水平开放试点，全年办理跨境人民币结算业务1526亿元，同比增长23.8%，对东盟跨境人民币结算量占比达到46.3%。")]:
        clauses.append(h + t)
        add_par(doc, [(h, KT, BS, True), (t, FS, BS, False)], line=LS, first=Pt(28))
    footnote(doc, "①　制度创新成果包括在全国、自治区复制推广的成果及片区自主形成并组织实施的改革举措。", clauses)

    chapter("第三章　存在问题与2026年工作安排")
    section("第一节　存在的主要问题")
    body("对照国家赋予自贸试验区的战略定位，片区发展仍存在一些短板：一是制度创新的系统性、集成性有待提升，首创性、引领性成果偏少；二是临港产业链条仍然偏短，石化、新能源材料等主导产业精深加工能力不足；三是港航服务业态较为单一，航运金融、海事仲裁等高端服务功能尚未形成规模。")
    section("第二节　2026年重点工作")
    # numbering typed by hand, inconsistent 1． / 2.
    for t in ["1．加快建设西部陆海新通道门户港。推进钦州港东航道扩建二期、大榄坪南作业区自动化码头等项目建设，力争全年集装箱吞吐量突破1050万标箱，海铁联运班列开行量达到13500列。",
              "2.推进高水平制度型开放。主动对接《区域全面经济伙伴关系协定》（RCEP）和《数字经济伙伴关系协定》（DEPA）等高标准经贸规则，在港航服务、跨境金融、数据跨境流动等领域开展压力测试，力争新形成制度创新成果40项以上。",
              "3.做大做强临港产业。围绕绿色化工、新能源材料、粮油加工等产业，全年引进亿元以上项目60个以上，完成固定资产投资440亿元以上。"]:
        body(t)
    empty(doc, 1)
    # 落款 aligned with typed spaces
    add_par(doc, [("\u3000" * 8 + "中国（广西）自由贸易试验区钦州港片区管理委员会", FS, BS, False)],
            indent=False, line=LS)
    add_par(doc, [("\u3000" * 20 + "2026年3月10日", FS, BS, False)], indent=False, line=LS)
    add_par(doc, [("（此件主动公开）", FS, BS, False)], line=LS, first=Pt(28), before=12)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区2025年度发展报告",
            "doc_number": None,
            "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
            "date": "2026-03-10",
            "published": "2026-03-18",
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_laos():
    stem = "blind1086_laos_zhinan"
    doc = Document()
    setup(doc, footer=("", ""), start=23, header_text="对外投资合作国别（地区）指南　老挝",
          body_font=SONG)
    clauses = []
    SP = "    "  # clerk indents with typed half-width spaces

    def body(t, size=12):
        clauses.append(t)
        return add_par(doc, [(SP + t, SONG, size, False)], indent=False, line=22, after=3)

    def tag(h, t):
        clauses.append(h + t)
        return add_par(doc, [(SP, SONG, 12, False), (h, HT, 12, False), (t, SONG, 12, False)],
                       indent=False, line=22, after=3)

    def h1(t):
        add_par(doc, [(t, HT, 18, False)], indent=False, line=30, before=12, after=8)

    def h2(t):
        add_par(doc, [(t, HT, 14, False)], indent=False, line=26, before=8, after=4)

    def h3(t):
        add_par(doc, [(t, KT, 14, True)], indent=False, line=24, before=4, after=2)

    # title: one paragraph with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("对外投资合作国别（地区）指南·老挝"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（2025年版）"), XBS, 18)
    fmt(p, align=C, indent=False, line=34)
    for org in ["商务部国际贸易经济合作研究院",
                "中国驻老挝人民民主共和国大使馆经济商务处",
                "商务部对外投资和经济合作司"]:
        add_par(doc, [(org, KT, 14, False)], align=C, indent=False, line=24)
    add_par(doc, [("（节选）", KT, 12, False)], align=C, indent=False, line=24, after=6)

    h1("3. 老挝经济概况")
    h2("3.1 宏观经济")
    tag("【经济增长】", "2024年，老挝国内生产总值(GDP)约为156.1亿美元,同比增长4.3%，人均GDP约2041美元。2025年，受益于中老铁路带动、旅游业复苏和电力出口增长，老挝经济保持恢复性增长，全年GDP增速约为4.5%（老挝国家统计局初步数据）。")
    h = "【通货膨胀】"
    t1 = "受基普"
    t2 = "大幅贬值、进口商品价格上涨等因素影响，老挝通货膨胀率一度高企，2023年全年平均通胀率达31.2%。2024年以来，老挝政府采取收紧外汇管理、稳定汇率等措施，通胀压力有所缓解，2024年全年平均通胀率降至23.1%，2025年全年平均通胀率初步统计为9.2%。"
    clauses.append(h + t1 + "①" + t2)
    add_par(doc, [(SP, SONG, 12, False), (h, HT, 12, False), (t1, SONG, 12, False),
                  ("①", SONG, 12, False, None, True), (t2, SONG, 12, False)],
            indent=False, line=22, after=3)
    tag("【公共债务】", "截至2024年底，老挝公共债务总额约137.2亿美元，约占GDP的88%，其中外债约107亿美元。老挝政府正在通过延长还款期限、推进债务重组等方式缓解偿债压力。")

    caption(doc, "表3-1　2021—2025年老挝主要宏观经济指标（单位：亿美元，%）")
    simple_table(doc, ["年份", "国内生产总值", "实际增长率", "人均GDP（美元）", "通货膨胀率"], [
        ["2021", "188.3", "2.5", "2535", "3.8"],
        ["2022", "155.8", "2.7", "2075", "23.0"],
        ["2023", "141.1", "4.2", "1885", "31.2"],
        ["2024", "156.1", "4.3", "2041", "23.1"],
        ["2025", "163.8", "4.5", "2110", "9.2"],
    ], clauses, size=10.5, widths=[2.2, 3.4, 3.0, 3.4, 3.2])
    source(doc, "注：2025年数据为初步统计数。", clauses, size=10.5)
    source(doc, "资料来源：老挝国家统计局、老挝银行、国际货币基金组织。", clauses, size=10.5)
    footnote(doc, "①　基普（Kip，货币代码LAK）为老挝法定货币。2025年老挝银行公布的基普兑美元平均汇率约为21600:1。", clauses, size=9)

    h2("3.2 对外贸易")
    tag("【贸易总量】", "据老挝工业与贸易部统计，2025年老挝对外贸易总额约为149.6亿美元，同比增长7.2%，其中出口额约83.4亿美元，进口额约66.2亿美元，实现贸易顺差17.2亿美元。")
    tag("【主要贸易伙伴】", "老挝的主要贸易伙伴为泰国、中国、越南。2025年，中国与老挝双边贸易额为92.7亿美元，同比增长13.5%，中国是老挝第二大贸易伙伴和第一大外资来源国。")

    h2("3.3 中老经贸合作")
    h3("3.3.1 双边投资")
    body("据中国商务部统计，2025年中国对老挝直接投资流量16.8亿美元；截至2025年末，中国对老挝直接投资存量约136.4亿美元。中资企业在老投资主要集中在电力、矿产、交通基础设施、农业、房地产、园区开发等领域。部分重点项目见表3-2。")

    caption(doc, "表3-2　中资企业在老挝部分重点投资合作项目")
    heads = ["序号", "项目名称", "所在地", "合作领域", "项目进展"]
    part1 = [
        ["1", "中老铁路（老挝段）", "万象市—琅南塔省", "交通基础设施", "2021年12月开通运营"],
        ["2", "万象赛色塔综合开发区", "万象市", "园区开发", "运营中，入驻企业162家"],
        ["3", "南欧江梯级水电站", "丰沙里省", "电力", "七级电站全部投产"],
        ["4", "万象至万荣高速公路", "万象市、万象省", "交通基础设施", "2020年12月通车"],
    ]
    part2 = [
        ["5", "磨丁经济特区", "琅南塔省", "园区开发", "建设中"],
        ["6", "老挝国家输电网项目", "全国", "电力", "部分线路建成投运"],
        ["7", "甘蒙省钾盐开采及加工项目", "甘蒙省", "矿产", "一期投产，二期建设中"],
        ["8", "琅勃拉邦至会晒输变电工程", "琅勃拉邦省、博胶省", "电力", "2025年6月投运"],
        ["9", "沙湾拿吉农业产业园", "沙湾拿吉省", "农业", "建设中"],
        ["10", "万象物流园（陆港）", "万象市", "物流", "一期运营"],
    ]
    simple_table(doc, heads, part1, clauses, size=10.5, widths=[1.3, 4.3, 3.6, 2.8, 3.6])
    # clerk split the table by hand and typed 续表 on the next page
    p = add_par(doc, [("续表3-2", HT, 12, False)], align=R, indent=False, line=20)
    p.paragraph_format.page_break_before = True
    simple_table(doc, heads, part2, clauses, size=10.5, widths=[1.3, 4.3, 3.6, 2.8, 3.6])
    source(doc, "注：上表仅列示部分项目，排名不分先后。", clauses, size=10.5)
    source(doc, "资料来源：中国驻老挝大使馆经济商务处。", clauses, size=10.5)

    # 专栏 as a one-cell shaded table
    bt = doc.add_table(rows=1, cols=1)
    bt.style = "Table Grid"
    bt.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = bt.cell(0, 0)
    cell_shade(cell, "EDEDED")
    set_cell(cell, "专栏3-1　中老铁路开通运营四周年", HT, 12, align=C, line=22)
    for t in ["中老铁路北起中国云南昆明，南至老挝万象，全长1035公里，其中老挝段422公里，于2021年12月3日全线开通运营。",
              "截至2025年12月3日，中老铁路累计发送旅客5380万人次、货物6430万吨，其中跨境货物1960万吨；跨境货物品类由开通初期的10多种扩展到3000多种，辐射老挝、泰国、越南、缅甸、马来西亚、柬埔寨、新加坡等19个国家和地区。"]:
        clauses.append(t)
        cp = cell.add_paragraph()
        font(cp.add_run(t), KT, 11)
        cp.paragraph_format.first_line_indent = Pt(22)
        cp.paragraph_format.line_spacing = Pt(20)
    empty(doc, 1, line=12)

    h3("3.3.2 合作机制")
    tag("【双边协定】", "中老两国已签署《关于鼓励和相互保护投资协定》《关于对所得避免双重征税和防止偷漏税的协定》等，双方均为《区域全面经济伙伴关系协定》（RCEP）成员国。")
    tag("【合作区建设】", "万象赛色塔综合开发区是中老两国政府共同确定的国家级合作项目，截至2025年底，已吸引来自中国、老挝、泰国、日本等国家的企业162家入驻，累计完成投资约16亿美元。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "对外投资合作国别（地区）指南·老挝（2025年版）",
            "doc_number": None,
            "issuer": ["商务部国际贸易经济合作研究院",
                       "中国驻老挝人民民主共和国大使馆经济商务处",
                       "商务部对外投资和经济合作司"],
            "date": None,
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "指南",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_zhejiang():
    stem = "blind1086_zj_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    sz = {"b": 16, "l": 28}  # notice in 三号; the attached report is set smaller

    def body(t):
        clauses.append(t)
        return add_par(doc, [(t, FS, sz["b"], False)], line=sz["l"], first=Pt(2 * sz["b"]))

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False, before=8, after=4)

    def section(t):
        add_par(doc, [(t, KT, 15, True)], indent=False, line=sz["l"])

    # 红头
    add_par(doc, [("浙江省商务厅文件", XBS, 48, False, RED)], align=C, indent=False,
            line=64)
    p = add_par(doc, "浙商务发〔2026〕27号", align=C, indent=False, before=18, after=4)
    border(p, "bottom", "FF0000", 24, 8)
    # title wrapped inside the book-title mark, manual line break
    p = doc.add_paragraph()
    font(p.add_run("浙江省商务厅关于印发《浙江省对外投资合作"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("发展报告（2025）》的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=36, before=18, after=14)
    add_par(doc, "各市、县（市、区）商务主管部门，省级有关单位：", indent=False)
    body("为全面总结我省对外投资合作发展成效，引导企业更好把握共建“一带一路”机遇、有序开展跨国经营，我厅组织编写了《浙江省对外投资合作发展报告（2025）》，现印发给你们，请结合实际参考使用。")
    body("各地要加强对报告的宣传解读，将其作为开展对外投资合作政策培训、企业服务和风险提示的重要参考；在工作中发现的新情况、新问题，请及时反馈省商务厅对外投资和经济合作处（联系人：陈晓雯，电话：0571-87052136）。")
    add_par(doc, "附件：浙江省对外投资合作发展报告（2025）", indent=True, before=14)
    empty(doc, 1)
    p = add_par(doc, "浙江省商务厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年4月16日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件公开发布）", indent=True)

    # ---- 附件 on its own page
    sz["b"], sz["l"] = 14, 22
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("浙江省对外投资合作发展报告（2025）", XBS, 22, False)], align=C,
            indent=False, line=36, before=10, after=10)
    add_par(doc, [("前　　言", HT, 16, False)], align=C, indent=False, after=6)
    body("2025年，面对复杂严峻的外部环境，全省商务系统坚持以高质量共建“一带一路”为统领，推动对外投资合作规模稳步扩大、结构持续优化、质量效益不断提升。全省经备案核准的境外企业和机构共计1186家，中方投资备案额146.3亿美元，同比增长8.6%；对外承包工程完成营业额72.4亿美元，同比增长5.1%。")
    t = ("本报告共分三章，分别介绍全省对外投资合作总体情况、区域与行业分布、面临的风险挑战及下一步工作考虑，"
         "数据主要来源于商务部对外投资和经济合作业务统计系统及省商务厅境外投资备案数据")
    clauses.append(t + "①。")
    add_par(doc, [(t, FS, 14, False), ("①", FS, 14, False, None, True), ("。", FS, 14, False)],
            line=22, first=Pt(28))
    footnote(doc, "①　本报告中对外直接投资数据为中方投资备案额，与实际对外直接投资流量统计口径存在差异。", clauses)

    chapter("第一章　发展概况")
    body("2025年，全省对外直接投资备案额146.3亿美元，占全国地方对外直接投资备案额的9.8%，居全国第3位。其中，对共建“一带一路”国家投资备案额68.5亿美元，同比增长17.3%，占全省的46.8%，较上年提高3.4个百分点。")
    caption(doc, "表1　2021—2025年浙江省对外投资合作主要指标（单位：家，亿美元）")
    rows = [
        ["2021年", "862", "98.7", "71.2", "55.8"],
        ["2022年", "913", "104.5", "78.6", "60.3"],
        ["2023年", "1024", "121.9", "86.4", "64.7"],
        ["2024年", "1097", "134.7", "92.1", "68.9"],
        ["2025年", "1186", "146.3", "98.5", "72.4"],
    ]
    heads = ["年份", "对外直接投资／境外企业数", "对外直接投资／中方投资备案额",
             "对外承包工程／新签合同额", "对外承包工程／完成营业额"]
    tb = doc.add_table(rows=2 + len(rows), cols=5)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    m = tb.cell(0, 0).merge(tb.cell(1, 0))
    set_cell(m, "年份", HT, 12)
    m = tb.cell(0, 1).merge(tb.cell(0, 2))
    set_cell(m, "对外直接投资", HT, 12)
    m = tb.cell(0, 3).merge(tb.cell(0, 4))
    set_cell(m, "对外承包工程", HT, 12)
    for ci, h in enumerate(["境外企业数", "中方投资备案额", "新签合同额", "完成营业额"], 1):
        set_cell(tb.cell(1, ci), h, HT, 12)
    for r in tb.rows[:2]:
        repeat_header(r)
        for c in r.cells:
            c.paragraphs[0].paragraph_format.keep_with_next = True
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(tb.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    set_widths(tb, [2.4, 3.3, 3.5, 3.2, 3.2])
    source(doc, "资料来源：浙江省商务厅。", clauses)

    chapter("第二章　区域与行业布局")
    section("第一节　区域分布")
    body("从区域看，亚洲仍是我省对外投资的主要目的地，2025年对亚洲投资备案额82.6亿美元，占全省的56.5%；对欧洲、北美洲、拉丁美洲、非洲、大洋洲投资备案额分别为24.1亿美元、15.8亿美元、11.2亿美元、8.3亿美元和4.3亿美元。")
    picture(doc, bar_chart([82.6, 24.1, 15.8, 11.2, 8.3, 4.3],
                           ["亚洲", "欧洲", "北美洲", "拉美", "非洲", "大洋洲"],
                           color=(31, 78, 121)), 9)
    caption(doc, "图1　2025年浙江省对外直接投资备案额地区分布（亿美元）", before=2)
    source(doc, "资料来源：浙江省商务厅。", clauses)
    section("第二节　行业分布")
    body("从行业看，制造业对外投资备案额63.7亿美元，占全省的43.5%，主要投向汽车及零部件、新能源、纺织服装、电气机械等领域；批发和零售业、租赁和商务服务业投资备案额分别为31.2亿美元和18.9亿美元。")

    # 专栏 box: one-cell table
    bt = doc.add_table(rows=1, cols=1)
    bt.style = "Table Grid"
    bt.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = bt.cell(0, 0)
    set_cell(cell, "专栏1　浙江企业在印度尼西亚建设新能源产业链", HT, 14, align=C, line=24)
    for t in ["近年来，我省企业加快在印度尼西亚布局镍资源开发和新能源材料产业，形成了从镍矿开采、湿法冶炼到前驱体、正极材料生产的较为完整的产业链。",
              "截至2025年底，我省企业在印度尼西亚累计投资备案额超过85亿美元，带动当地就业4.6万人，项目所在地中苏拉威西省、北马鲁古省已成为全球重要的镍产业集聚区。"]:
        clauses.append(t)
        cp = cell.add_paragraph()
        font(cp.add_run(t), KT, 12)
        cp.paragraph_format.first_line_indent = Pt(24)
        cp.paragraph_format.line_spacing = Pt(20)
    empty(doc, 1)

    chapter("第三章　风险挑战与下一步工作")
    section("第一节　面临的风险挑战")
    body("当前，全球跨境投资持续低迷，部分国家外资安全审查趋严，地缘政治冲突、汇率波动等风险交织叠加，我省企业“走出去”面临的不确定性明显增加。同时，部分企业合规经营意识不强、境外风险防控能力不足等问题依然存在。")
    section("第二节　下一步工作考虑")
    for h, t in [("（一）优化对外投资布局。", "引导企业有序开展跨国经营，推动在共建“一带一路”国家建设一批境外经贸合作区和海外仓，力争2026年全省对外直接投资备案额稳定在140亿美元以上。"),
                 ("（二）强化风险防控。", "用好“浙江省境外投资服务平台”，健全境外安全风险监测预警和应急处置机制，组织开展境外合规经营专题培训，全年培训企业人员不少于3000人次。")]:
        clauses.append(h + t)
        add_par(doc, [(h, KT, 14, True), (t, FS, 14, False)], line=22, first=Pt(28))
    add_par(doc, [("结　束　语", HT, 16, False)], align=C, indent=False, before=4, after=2)
    body("对外投资合作是构建双循环新发展格局的重要支撑。站在新的起点上，全省商务系统将坚持统筹发展和安全，推动对外投资合作高质量发展，为浙江在推进中国式现代化中更好发挥“重要窗口”作用作出新的贡献。")

    banji(doc, "抄送：商务部对外投资和经济合作司，省发展改革委、省财政厅、省外办，国家外汇管理局浙江省分局。",
          "浙江省商务厅办公室", "2026年4月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅关于印发《浙江省对外投资合作发展报告（2025）》的通知",
            "doc_number": "浙商务发〔2026〕27号",
            "issuer": ["浙江省商务厅"],
            "date": "2026-04-16",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["浙江省对外投资合作发展报告（2025）"],
            "doc_type": "通知",
            "recipients": ["各市、县（市、区）商务主管部门", "省级有关单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_laos(), doc_zhejiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
