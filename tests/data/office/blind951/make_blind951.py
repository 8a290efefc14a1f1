# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 951: 开放型经济“十五五”规划 + 市政府印发通知 + 任务分工通知.

Writes blind951_*.docx, their PDFs (LibreOffice) and expected.json into
this script's own directory.
"""
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
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
IND = "\u3000\u3000"          # two full-width spaces typed as indent

expected = {}


# ---------------------------------------------------------------- helpers
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
    """runs: str, or list of (text, font, size, bold[, color]); text may hold
    '\n' for a manual line break (Shift+Enter)."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = font(p.add_run(part), name, size, bold, color)
            if i < len(parts) - 1:
                run.add_break()
    fmt(p, **kw)
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
    fmt(p, indent=False)


def _field_runs(fp, size, name=SONG):
    r = font(fp.add_run(), name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = font(fp.add_run(), name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = font(fp.add_run(), name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r = font(fp.add_run(), name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    if footer == "dash":             # — 1 —
        font(fp.add_run("— "), SONG, 14)
        _field_runs(fp, 14)
        font(fp.add_run(" —"), SONG, 14)
    else:                            # plain number
        _field_runs(fp, 10.5)


def cell_text(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(2)
    p.paragraph_format.space_after = Pt(2)


def set_widths(t, widths):
    """Fixed column widths (tblGrid + every cell), autofit off."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w / 635)))
    for row in t.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths):
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w / 635)))
            tcw.set(qn("w:type"), "dxa")


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(-14 * 3)   # hanging after "抄送："
    p.paragraph_format.left_indent = Pt(14 * 4)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), alignment=2)  # right tab
    border(p2, "bottom", "000000", 8, 4)
    return p, p2


def text_box(doc, paras, width_pt=430):
    """A VML text box (inline) holding the given python-docx paragraphs —
    the way a clerk draws a 专栏 frame with Insert > Text Box."""
    holder = doc.add_paragraph()
    fmt(holder, align=C, indent=False, line=12)
    holder.paragraph_format.line_spacing = None
    text_box.n += 1
    xml = (
        '<w:pict %s xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox%d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
        'style="width:%dpt;height:60pt;mso-fit-shape-to-text:t" '
        'fillcolor="#FFFFFF" strokecolor="#000000" strokeweight="1pt">'
        '<v:textbox style="mso-fit-shape-to-text:t" inset="7.2pt,5pt,7.2pt,5pt">'
        '<w:txbxContent/></v:textbox></v:shape></w:pict>'
        % (nsdecls("w"), text_box.n, text_box.n, width_pt))
    pict = parse_xml(xml)
    txbx = pict.find(".//" + qn("w:txbxContent"))
    for p in paras:
        el = p._p
        el.getparent().remove(el)
        txbx.append(el)
    r = holder.add_run()
    r._r.append(pict)
    return holder


text_box.n = 0


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_951", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": "municipal", "region": None,
            "effective": None, "expires": None, "attachments": [],
            "doc_type": None, "recipients": [], "publicity": None, "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
# 钦州市“十五五”开放型经济发展规划 — the plan text as typed (no 版头):
# cover lines, 第X章/第X节 headings, 1． items, 专栏 in a TEXT BOX,
# indicator table with two-level merged header, merged 类别 cells, 属性 column.
def doc_qinzhou():
    stem = "blind951_qinzhou_guihua"
    doc = Document()
    setup(doc, footer="plain")
    cl = []

    def body(t):
        cl.append(t)
        add_par(doc, IND + t, indent=False, align=J)

    def item(h, t):                           # 1．对外贸易规模稳步扩大。…
        cl.append(h + t)
        add_par(doc, [(IND + h, FS, 16, True), (t, FS, 16, False)], indent=False, align=J)

    def runin(h, t):                          # （一）提升港口综合能级。…
        cl.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)],
                indent=False, align=J)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False, before=6)

    def section(t):
        add_par(doc, [(t, KT, 16, True)], align=C, indent=False)

    # title on two lines by Shift+Enter, wrapped in an odd place
    add_par(doc, [("钦州市“十五五”开放型经济\n发展规划", XBS, 24, False)],
            align=C, indent=False, line=40)
    empty(doc, 1)
    add_par(doc, [("钦州市人民政府", KT, 16, False)], align=C, indent=False)
    add_par(doc, [("二〇二六年一月", KT, 16, False)], align=C, indent=False, after=14)

    body("本规划根据《钦州市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要》编制，是指导全市开放型经济发展的行动纲领。规划期为2026—2030年，展望到2035年。")

    chapter("第一章　发展基础和面临形势")
    section("第一节　“十四五”时期发展成效")
    body("“十四五”时期，面对复杂严峻的外部环境，全市上下坚持以开放促改革、促发展，深度融入共建“一带一路”，全力推进西部陆海新通道建设，开放型经济发展取得显著成效。")
    item("1．对外贸易规模稳步扩大。", "2025年，全市货物贸易进出口总额达到1286.4亿元，是2020年的2.1倍，年均增长16.0%；跨境电商进出口额46.2亿元，市场采购贸易实现“零”的突破。")
    item("2．通道枢纽地位日益凸显。", "钦州港集装箱吞吐量由2020年的395万标准箱增长到2025年的985万标准箱，跻身全国沿海港口前十；西部陆海新通道海铁联运班列2025年开行1.16万列，线路通达全国18个省（区、市）75个城市。")
    item("3．开放平台能级持续提升。", "中国（广西）自由贸易试验区钦州港片区累计形成制度创新成果126项，其中12项在全国复制推广；钦州综合保税区2025年进出口额达到412.7亿元，在全国综合保税区发展绩效评估中位列A类。")
    item("4．利用外资和对外投资合作取得新突破。", "“十四五”期间累计实际使用外资18.6亿美元，中马钦州产业园区新引进外资项目37个；全市企业在东盟国家设立境外企业和机构29家，对外直接投资额累计4.3亿美元。")

    section("第二节　面临形势")
    body("“十五五”时期，《区域全面经济伙伴关系协定》（RCEP）全面深入实施，中国—东盟自由贸易区3.0版升级议定书落地生效，平陆运河建成通航，我市“江海联动、陆海统筹”的区位优势将进一步放大；同时，周边港口竞争日趋激烈，外贸主体偏少、产业支撑偏弱等短板依然突出。")

    chapter("第二章　总体要求")
    section("第一节　发展目标")
    body("到2030年，西部陆海新通道国际门户港基本建成，面向东盟的开放合作高地初步形成，开放型经济规模和质量效益显著提升，主要指标见表1。")

    # ---- indicator table, caption with unit note; two-level merged header
    cap = add_par(doc, [("表1　钦州市“十五五”开放型经济发展主要指标", HT, 14, False)],
                  align=C, indent=False, before=6)
    cap.paragraph_format.keep_with_next = True
    hdr = ["类别", "序号", "指标名称", "单位", "指标值／2025年", "指标值／2030年", "属性"]
    groups = [
        ("对外贸易", [
            ["1", "货物贸易进出口总额", "亿元", "1286.4", "2000", "预期性"],
            ["2", "服务贸易进出口总额", "亿美元", "18.5", "30", "预期性"],
            ["3", "跨境电商进出口额", "亿元", "46.2", "120", "预期性"],
        ]),
        ("利用外资", [
            ["4", "实际使用外资", "亿美元", "〔18.6〕", "〔25〕", "预期性"],
            ["5", "外商投资企业数量", "家", "312", "450", "预期性"],
        ]),
        ("通道平台", [
            ["6", "钦州港集装箱吞吐量", "万标准箱", "985", "1500", "预期性"],
            ["7", "西部陆海新通道海铁联运班列开行量", "万列", "1.16", "1.8", "预期性"],
            ["8", "自贸试验区钦州港片区制度创新成果", "项", "〔126〕", "〔80〕", "预期性"],
        ]),
        ("绿色发展", [
            ["9", "港口生产单位吞吐量综合能耗下降", "%", "〔6.2〕", "〔7〕", "约束性"],
        ]),
    ]
    nrows = 2 + sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.8), Cm(1.0), Cm(4.4), Cm(1.9), Cm(2.3), Cm(2.3), Cm(1.7)])
    # header: 类别 序号 指标名称 单位 span two rows; 指标值 spans two columns
    for ci, h in ((0, "类别"), (1, "序号"), (2, "指标名称"), (3, "单位"), (6, "属性")):
        a = t.cell(0, ci).merge(t.cell(1, ci))
        cell_text(a, h, HT, 12)
    m = t.cell(0, 4).merge(t.cell(0, 5))
    cell_text(m, "指标值", HT, 12)
    cell_text(t.cell(1, 4), "2025年", HT, 12)
    cell_text(t.cell(1, 5), "2030年", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    r = 2
    for cat, rows in groups:
        top = r
        for row in rows:
            for ci, v in enumerate(row, start=1):
                cell_text(t.cell(r, ci), v, FS, 12, align=L if ci == 2 else C)
            cl.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, [cat] + row)))
            no_split(t.rows[r])
            r += 1
        mc = t.cell(top, 0).merge(t.cell(r - 1, 0)) if r - 1 > top else t.cell(top, 0)
        cell_text(mc, cat, FS, 12)
    notes = ["注：1.〔 〕内为五年累计数，其中指标8的2025年数值为自贸试验区钦州港片区设立以来累计数。",
             "2.货物贸易、跨境电商按人民币计价，服务贸易、实际使用外资按美元计价。"]
    for i, n in enumerate(notes):
        cl.append(n)
        p = add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=4 if i == 0 else 0)
        if i:
            p.paragraph_format.left_indent = Pt(36)   # aligned under "1." with indent

    chapter("第三章　重点任务")
    section("第一节　建设西部陆海新通道国际门户港")
    runin("（一）提升港口综合能级。", "加快钦州港东航道扩建、大榄坪南作业区自动化集装箱泊位等工程建设，推动30万吨级油轮和20万吨级集装箱船舶常态化靠泊。到2030年，港口货物吞吐量达到2.8亿吨，集装箱航线达到100条，其中外贸航线60条以上。")
    runin("（二）完善多式联运体系。", "推进钦州铁路集装箱中心站二期建设，畅通“平陆运河+海铁联运”通道，发展“一单制”“一箱制”多式联运，培育3家以上具有国际竞争力的多式联运经营人。")

    # ---- 专栏1 in a text box (VML)
    box = []
    box.append(add_par(doc, [("专栏1　“十五五”开放型经济重点项目", HT, 14, False)],
                       align=C, indent=False, line=24, after=4))
    box_items = [
        "1．港航基础设施：钦州港东航道扩建二期工程，钦州港大榄坪南作业区9号至10号泊位，钦州港金鼓江作业区集装箱码头工程。",
        "2．多式联运设施：钦州铁路集装箱中心站二期，钦州港东站集装箱办理站扩能改造，平陆运河配套集疏运工程。",
        "3．开放平台项目：钦州综合保税区二期，中国—东盟跨境产业融合发展合作区钦州片区，RCEP国际冷链物流中心。",
        "4．产业合作项目：中马钦州产业园区新能源材料产业基地，钦州石化化工新材料一体化基地二期。",
    ]
    for b in box_items:
        cl.append(b)
        box.append(add_par(doc, [(b, KT, 12, False)], indent=False, line=20, align=J,
                           first=Pt(24)))
    text_box(doc, box)

    section("第二节　深化面向东盟的开放合作")
    runin("（三）深化中马“两国双园”合作。", "推动中马钦州产业园区与马来西亚关丹产业园区在产业链供应链、跨境贸易结算等方面深度对接。")
    runin("（四）拓展与RCEP成员国经贸合作。", "用好RCEP原产地累积规则，支持企业在越南、泰国、印度尼西亚等国布局营销网络和生产基地。")

    chapter("第四章　保障措施")
    body("建立市开放型经济发展工作联席会议制度，由市商务局会同市发展改革委等部门统筹推进规划实施，开展中期评估和总结评估。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="钦州市“十五五”开放型经济发展规划",
                     doc_number=None, issuer=["钦州市人民政府"], date=None,
                     level="municipal", region="钦州市", doc_type="规划"),
        "clauses": cl,
    }]
    return path


# =================================================================== DOC B
# 连云港市人民政府 印发通知 + the plan following on a new page; 红头, 文号,
# red rule, title split over two paragraphs, 专栏 in a ONE-CELL TABLE,
# indicator table with 属性 and repeated header, 版记 at the very end.
def doc_lianyungang():
    stem = "blind951_lianyungang_yinfa"
    doc = Document()
    setup(doc, footer="dash")
    cl = []

    def body(t):
        cl.append(t)
        add_par(doc, IND + t, indent=False, align=J)

    def num(t):                    # 1.推进…  (half-width dot, as typed)
        cl.append(t)
        add_par(doc, t, align=J)   # first-line indent by paragraph format

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    def section(t):
        add_par(doc, [(IND + t, KT, 16, False)], indent=False)

    # ---- 版头
    empty(doc, 1)
    add_par(doc, [("连云港市人民政府文件", XBS, 36, False, RED)],
            align=C, indent=False, line=56)
    empty(doc, 1)
    p = add_par(doc, "连政发〔2026〕21号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("连云港市人民政府关于印发连云港市“十五五”", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("开放型经济发展规划的通知", XBS, 22, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县、区人民政府，各功能板块管委会，市各委、办、局，市各直属单位：",
            indent=False)
    body("现将《连云港市“十五五”开放型经济发展规划》印发给你们，请结合实际认真贯彻落实。")
    body("各地各部门要把规划实施作为推动高水平对外开放的重要抓手，细化分解目标任务，明确责任分工和时间节点，确保各项任务落地见效。市商务局要加强统筹协调和跟踪督促，重大情况及时向市政府报告。")
    empty(doc, 1)
    # 落款 by typed spaces and a manual line break inside one paragraph
    add_par(doc, " " * 36 + "连云港市人民政府\n" + " " * 37 + "2026年3月6日", indent=False)
    add_par(doc, "（此件公开发布）", indent=True)

    # ---- the plan, starting on a new page (段前分页)
    p = add_par(doc, [("连云港市“十五五”开放型经济发展规划", XBS, 22, False)],
                align=C, indent=False, line=36, after=12)
    p.paragraph_format.page_break_before = True
    body("为加快建设新亚欧大陆桥经济走廊重要节点城市和“一带一路”强支点，根据《连云港市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要》，制定本规划。规划期为2026年至2030年。")

    chapter("第一章　发展基础")
    body("“十四五”时期，全市开放型经济发展迈上新台阶。2025年，全市外贸进出口总额达到1168亿元，年均增长9.8%；连云港港货物吞吐量达到3.6亿吨，集装箱吞吐量突破700万标准箱；中哈（连云港）物流合作基地、上合组织（连云港）国际物流园累计完成集装箱进出场量超过500万标准箱，中欧（亚）班列年开行量保持在800列以上；中国（江苏）自由贸易试验区连云港片区累计形成创新成果98项。")

    chapter("第二章　总体要求")
    section("第一节　发展目标")
    body("到2030年，陆海内外联动、东西双向互济的开放格局全面形成，国际枢纽海港地位更加巩固，主要指标如下：")

    add_par(doc, [("表1　“十五五”时期连云港市开放型经济主要指标", HT, 14, False)],
            align=C, indent=False, before=4)
    hdr = ["序号", "指标", "单位", "2025年", "2030年", "年均增长（%）", "属性"]
    rows = [
        ["1", "外贸进出口总额", "亿元", "1168", "1600", "6.5", "预期性"],
        ["2", "其中：服务贸易进出口额", "亿美元", "21.4", "32", "8.4", "预期性"],
        ["3", "实际使用外资", "亿美元", "〔36.5〕", "〔40〕", "—", "预期性"],
        ["4", "港口货物吞吐量", "亿吨", "3.6", "4.5", "4.6", "预期性"],
        ["5", "港口集装箱吞吐量", "万标准箱", "702", "1000", "7.3", "预期性"],
        ["6", "中欧（亚）班列开行量", "列", "826", "1200", "7.8", "预期性"],
        ["7", "港口单位吞吐量综合能耗下降", "%", "—", "〔5〕", "—", "约束性"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.0), Cm(3.7), Cm(1.9), Cm(2.4), Cm(2.4), Cm(2.3), Cm(1.7)])
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            cell_text(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 1 else C)
        cl.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    n = "注：〔 〕内为五年累计数。"
    cl.append(n)
    add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=4)

    chapter("第三章　重点任务")
    section("第一节　打造新亚欧陆海联运通道标杆示范")
    num("1.提升国际枢纽海港能级。加快连云港港30万吨级航道二期、徐圩港区和赣榆港区公共码头建设，推动港口由运输港向贸易港、枢纽港转型，2030年港口集装箱航线达到90条。")
    num("2.深化中哈物流合作基地和上合组织国际物流园建设。拓展“连新亚”“连新欧”国际班列线路，推进哈萨克斯坦、乌兹别克斯坦等国海外仓和集装箱场站布局，打造上合组织成员国东向出海口。")

    # ---- 专栏1 typed in a one-cell table
    bt = doc.add_table(rows=1, cols=1)
    bt.style = "Table Grid"
    bt.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(bt, [Cm(15.4)])
    cell = bt.rows[0].cells[0]
    cell_text(cell, "专栏1　重点项目", HT, 14)
    box_items = [
        "（1）港航设施：连云港港30万吨级航道二期工程，徐圩港区六港池公共码头，赣榆港区10万吨级通用泊位。",
        "（2）物流通道：上合组织（连云港）国际物流园二期，中哈物流合作基地扩能改造，连云港铁路集装箱中心站。",
        "（3）开放平台：连云港综合保税区二期，自贸试验区连云港片区国际大宗商品交易中心，跨境电商产业园。",
    ]
    for b in box_items:
        cl.append(b)
        p = cell.add_paragraph()
        font(p.add_run(b), FS, 14)
        p.alignment = J
        p.paragraph_format.line_spacing = Pt(22)
        p.paragraph_format.first_line_indent = Pt(28)
    empty(doc, 1, line=14)

    section("第二节　提升自贸试验区连云港片区开放能级")
    num("3.深化制度创新。围绕航运物流、大宗商品交易、跨境投融资等领域开展首创性、差别化改革探索，每年形成制度创新成果15项以上。")
    num("4.做强开放平台。推动连云港综合保税区提档升级，支持开展保税维修、保税研发等新业态，争取设立进口贸易促进创新示范区。")

    chapter("第四章　保障措施")
    cl.append("（一）加强组织领导。市开放型经济工作领导小组统筹推进规划实施，各县区、各功能板块和市有关部门按照职责分工抓好落实。")
    add_par(doc, [(IND, FS, 16, False), ("（一）加强组织领导。", KT, 16, False),
                  ("市开放型经济工作领导小组统筹推进规划实施，各县区、各功能板块和市有关部门按照职责分工抓好落实。", FS, 16, False)],
            indent=False, align=J)
    cl.append("（二）强化评估考核。市商务局会同市发展改革委于2028年开展规划中期评估，评估结果纳入全市高质量发展综合考核。")
    add_par(doc, [(IND, FS, 16, False), ("（二）强化评估考核。", KT, 16, False),
                  ("市商务局会同市发展改革委于2028年开展规划中期评估，评估结果纳入全市高质量发展综合考核。", FS, 16, False)],
            indent=False, align=J)

    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，连云港军分区。",
          "连云港市人民政府办公室", "2026年3月7日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="连云港市人民政府关于印发连云港市“十五五”开放型经济发展规划的通知",
                     doc_number="连政发〔2026〕21号", issuer=["连云港市人民政府"],
                     date="2026-03-06", level="municipal", region="连云港市",
                     doc_type="通知",
                     recipients=["各县、区人民政府", "各功能板块管委会", "市各委、办、局", "市各直属单位"],
                     publicity="此件公开发布"),
        "clauses": cl,
    }]
    return path


# =================================================================== DOC C
# 义乌市人民政府办公室 通知 印发规划重点任务分工; 红头, 3-line title,
# 一、 run-in items, 附件 line, 落款 date in Chinese numerals, （此件主动公开）,
# 附件 on its own page: 分工表 with merged 类别 cells and repeated header.
def doc_yiwu():
    stem = "blind951_yiwu_fengong"
    doc = Document()
    setup(doc, footer="dash")
    cl = []

    def body(t):
        cl.append(t)
        add_par(doc, t, align=J)

    def runin(h, t):
        cl.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], align=J)

    empty(doc, 1)
    add_par(doc, [("义乌市人民政府办公室文件", XBS, 32, False, RED)],
            align=C, indent=False, line=52)
    empty(doc, 1)
    p = add_par(doc, "义政办发〔2026〕14号", align=C, indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    # title over three lines, broken with Enter at odd places
    for ln in ("义乌市人民政府办公室关于印发", "义乌市“十五五”开放型经济发展规划重点", "任务分工的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各镇人民政府、街道办事处，市政府各部门、各直属单位：", indent=False)
    body("《义乌市“十五五”开放型经济发展规划》已经市政府第58次常务会议审议通过，并由市政府印发实施（义政发〔2026〕3号）。为确保规划确定的各项目标任务落到实处，经市政府同意，现将规划重点任务分工印发给你们，并就有关事项通知如下：")
    runin("一、压实工作责任。", "各牵头单位要对照分工表制定具体实施方案，明确时间表、路线图，于2026年5月31日前报市商务局备案；各配合单位要主动对接、密切配合，形成工作合力。")
    runin("二、强化协同推进。", "充分发挥中国（浙江）自由贸易试验区金义片区、义乌综合保税区、市场采购贸易方式试点等开放平台作用，建立重点任务清单化、项目化推进机制，重大问题提交市开放型经济工作领导小组协调解决。")
    runin("三、加强跟踪评估。", "市商务局要会同市发展改革局建立规划实施监测评估机制，各牵头单位每年12月10日前将年度推进情况报市商务局，由市商务局汇总后报市政府。规划中期评估工作于2028年6月底前完成。")
    empty(doc, 1)
    p = add_par(doc, "附件：义乌市“十五五”开放型经济发展规划重点任务分工表", align=L)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 2)
    # 落款 right-aligned with trailing spaces typed to pull it left; date in Chinese numerals
    add_par(doc, "义乌市人民政府办公室" + "\u3000" * 2, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_par(doc, "二〇二六年四月二十日" + "\u3000" * 2, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_par(doc, "（此件主动公开）", indent=True, before=6)
    page_break(doc)

    # ---- 附件 on its own page
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("义乌市“十五五”开放型经济发展规划重点任务分工表", XBS, 18, False)],
            align=C, indent=False, line=32, before=6, after=8)
    hdr = ["任务类别", "序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    groups = [
        ("建设世界小商品之都", [
            ["1", "推进义乌国际商贸城迭代升级，建设全球数字自贸中心，到2030年市场成交额突破3000亿元", "市市场发展委", "市商务局、商城集团", "2030年底前"],
            ["2", "深化市场采购贸易方式试点，扩大组货人备案和“市场采购+跨境电商”融合发展", "市商务局", "义乌海关、市市场监管局", "持续推进"],
            ["3", "培育进口商品集散中心，办好中国义乌进口商品博览会", "市商务局", "市贸促会、义乌海关", "每年"],
        ]),
        ("畅通国际物流通道", [
            ["4", "稳定开行“义新欧”中欧班列，拓展至中亚、西亚新线路，2030年年开行量达到3000列", "市口岸办", "市交通运输局、陆港集团", "2030年底前"],
            ["5", "推进义乌—宁波舟山港海铁联运常态化，建设“第六港区”", "市口岸办", "市交通运输局、义乌海关", "2027年底前"],
            ["6", "加快义乌机场口岸扩能，开通至中东、非洲全货机航线", "市交通运输局", "市口岸办、机场公司", "2028年底前"],
        ]),
        ("提升开放平台能级", [
            ["7", "推进自贸试验区金义片区义乌区块制度创新，每年形成创新案例10项以上", "市自贸办", "市商务局、市司法局", "每年"],
            ["8", "推动义乌综合保税区二期建设，争取开展保税维修、保税展示交易业务", "市综保区管委会", "义乌海关、市发展改革局", "2028年底前"],
            ["9", "深化跨境电商综试区建设，新增公共海外仓20个以上", "市商务局", "市邮政管理局、市金融工作中心", "2030年底前"],
        ]),
        ("深化国际经贸合作", [
            ["10", "拓展与共建“一带一路”国家和RCEP成员国经贸合作，建设一批境外义乌商品分销中心", "市商务局", "市外办、市贸促会", "2030年底前"],
            ["11", "实施外资招引攻坚行动，“十五五”期间累计实际使用外资10亿美元", "市投资促进中心", "市商务局、各镇街", "2030年底前"],
        ]),
    ]
    nrows = 1 + sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(2.0), Cm(1.0), Cm(5.6), Cm(2.3), Cm(2.7), Cm(1.9)])
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    r = 1
    for cat, rows in groups:
        top = r
        for row in rows:
            for ci, v in enumerate(row, start=1):
                cell_text(t.cell(r, ci), v, FS, 12, align=L if ci == 2 else C)
            cl.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, [cat] + row)))
            no_split(t.rows[r])
            r += 1
        mc = t.cell(top, 0).merge(t.cell(r - 1, 0))
        cell_text(mc, cat, FS, 12)
    n = "注：配合单位中列在首位的为主要配合单位；“持续推进”“每年”类任务须在每年12月10日前报送进展情况。"
    cl.append(n)
    add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=4)

    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。",
          "义乌市人民政府办公室", "2026年4月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="义乌市人民政府办公室关于印发义乌市“十五五”开放型经济发展规划重点任务分工的通知",
                     doc_number="义政办发〔2026〕14号", issuer=["义乌市人民政府办公室"],
                     date="2026-04-20", level="county", region="义乌市",
                     attachments=["义乌市“十五五”开放型经济发展规划重点任务分工表"],
                     doc_type="通知",
                     recipients=["各镇人民政府、街道办事处", "市政府各部门、各直属单位"],
                     publicity="此件主动公开"),
        "clauses": cl,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_lianyungang(), doc_yiwu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
