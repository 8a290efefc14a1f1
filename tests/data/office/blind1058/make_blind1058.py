# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1058: 省人民政府印发"十五五"对外开放/自贸试验区规划的通知 (章/节, 专栏, 表1).

Writes blind1058_*.docx, their PDFs (LibreOffice) and expected.json into this
script's own directory.
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
BLACK = RGBColor(0, 0, 0)
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

expected = {}


# ------------------------------------------------------------------ helpers
def set_rfonts(rpr, name):
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in list(rf.attrib):
        if a.endswith("Theme"):
            del rf.attrib[a]
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)


def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    set_rfonts(run._element.get_or_add_rPr(), name)
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(container, runs, style=None, **kw):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


_PPR_AFTER_SHD = ("tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
                  "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
                  "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
                  "suppressOverlap", "jc", "textDirection", "textAlignment",
                  "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr",
                  "pPrChange")


def _ppr_insert(ppr, el, after=()):
    """insert el into pPr before the first child that must follow it (schema order)."""
    names = set(after) | set(_PPR_AFTER_SHD)
    for child in ppr:
        if child.tag.split("}")[1] in names:
            child.addprevious(el)
            return el
    ppr.append(el)
    return el


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = _ppr_insert(ppr, parse_xml('<w:pBdr %s/>' % nsdecls("w")), after=("shd",))
    order = ["top", "left", "bottom", "right"]
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    for child in bdr:
        if order.index(child.tag.split("}")[1]) > order.index(side):
            child.addprevious(el)
            break
    else:
        bdr.append(el)


def shade(p, fill="F2F2F2"):
    ppr = p._p.get_or_add_pPr()
    _ppr_insert(ppr, parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                               % (nsdecls("w"), fill)))


def empty(container, n=1, line=28):
    for _ in range(n):
        fmt(container.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def page_field(fp, left, right, fname=SONG, size=14):
    font(fp.add_run(left), fname, size)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, fname, size)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(right), fname, size)


def setup(doc, pagefmt=("— ", " —"), falign=C):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    set_rfonts(st.element.get_or_add_rPr(), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = falign
    page_field(fp, *pagefmt)


def heading_style(doc, sname, fname, size, align=C, bold=False, before=6, after=6,
                  numid=None, ilvl=0):
    """Re-dress a built-in Word heading style the way offices do (black, 黑体/楷体)."""
    st = doc.styles[sname]
    st.font.name = fname
    st.font.size = Pt(size)
    st.font.bold = bold
    st.font.italic = False
    st.font.color.rgb = BLACK
    set_rfonts(st.element.get_or_add_rPr(), fname)
    pf = st.paragraph_format
    pf.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = Pt(28)
    pf.first_line_indent = Pt(0) if align == C else Pt(32)
    pf.keep_with_next = True
    if numid is not None:
        numpr = st.element.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = ilvl
        numpr.get_or_add_numId().val = numid
    return st


def heading(doc, text, sname):
    p = doc.add_paragraph(style=sname)
    r = p.add_run(text)
    return p


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cell_shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (nsdecls("w"), fill)))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1058", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    m = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
         "level": "provincial", "region": None, "effective": None, "expires": None,
         "attachments": [], "doc_type": "通知", "recipients": [], "publicity": None,
         "repeals": None}
    m.update(kw)
    return m


# =================================================================== DOC A
def doc_yunnan():
    """云南省人民政府文件: 红头, Chinese-numeral date, plan after 落款 on a new page,
    Heading 1/2 styles with typed 第X章/第X节, run-in （一） items, 专栏 as a
    one-cell boxed table, 表1 with a vertically merged 类别 column, notes."""
    stem = "blind1058_yunnan_kaifang"
    doc = Document()
    setup(doc)
    heading_style(doc, "Heading 1", HT, 16, before=12, after=6)
    heading_style(doc, "Heading 2", KT, 16, bold=True, before=6, after=0)
    clauses = []

    # 红头
    add_par(doc, [("云南省人民政府文件", XBS, 36, False, RED)], align=C, indent=False,
            line=54, before=24)
    empty(doc, 1)
    p = add_par(doc, "云政发〔2026〕6号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title in two paragraphs, broken at an odd place
    add_par(doc, [("云南省人民政府关于印发云南省“十五五”", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("对外开放规划的通知", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各州、市人民政府，省直各委、办、厅、局：", indent=False)

    def body(t, cont=doc):
        clauses.append(t)
        add_par(cont, t)

    body("现将《云南省“十五五”对外开放规划》印发给你们，请认真组织实施。各地、各部门要结合实际制定具体实施方案，细化工作举措，确保规划确定的目标任务落到实处。")
    empty(doc, 2)
    # 落款 with spaces, Chinese-numeral date
    add_par(doc, " " * 38 + "云南省人民政府", indent=False)
    add_par(doc, " " * 36 + "二〇二六年三月五日", indent=False)
    add_par(doc, "（此件公开发布）", indent=True)

    page_break(doc)
    add_par(doc, [("云南省“十五五”对外开放规划", XBS, 22, False)], align=C, indent=False,
            line=36, after=12)
    body("为深入推进高水平对外开放，加快建设我国面向南亚东南亚辐射中心，根据《云南省国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要》，制定本规划。规划期为2026—2030年，展望到2035年。")

    heading(doc, "第一章　发展基础和形势", "Heading 1")
    body("“十四五”时期，全省对外开放取得显著成效。2025年，全省货物贸易进出口总额达到2765亿元，较2020年增长41.2%；对南亚东南亚国家进出口额占全省比重达到48.6%。中老铁路开通运营以来累计运输货物突破6000万吨，中国（云南）自由贸易试验区累计形成制度创新成果128项。")

    heading(doc, "第二章　总体要求", "Heading 1")
    heading(doc, "第一节　基本原则", "Heading 2")
    body("坚持以开放促改革、促发展，坚持通道、平台、产业联动，坚持统筹发展和安全，推动由商品和要素流动型开放向规则、规制、管理、标准等制度型开放转变。")
    heading(doc, "第二节　主要目标", "Heading 2")
    body("到2030年，面向南亚东南亚辐射中心建设取得重大进展，开放通道更加畅通，开放平台能级显著提升，主要指标见表1。")

    add_par(doc, [("表1　云南省“十五五”对外开放主要指标", HT, 14, False)], align=C,
            indent=False, line=24, before=6)
    header = ["类别", "指标", "2025年", "2030年", "属性"]
    groups = [
        ("开放规模", [["货物贸易进出口总额（亿元）", "2765", "4000", "预期性"],
                      ["服务贸易进出口总额（亿美元）", "41.5", "60", "预期性"],
                      ["实际使用外资（亿美元）", "9.8", "〔60〕", "预期性"]]),
        ("开放质量", [["对南亚东南亚国家进出口占比（%）", "48.6", "55", "预期性"],
                      ["边民互市商品落地加工比重（%）", "35", "50", "预期性"]]),
        ("开放通道", [["中老铁路年货运量（万吨）", "1320", "2000", "预期性"],
                      ["进出口整体通关时间压缩比例（%）", "—", "〔20〕", "约束性"]]),
    ]
    nrows = 1 + sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    ri = 1
    for cat, rows in groups:
        top = ri
        for row in rows:
            for ci, v in enumerate(row, 1):
                set_cell(t.rows[ri].cells[ci], v, FS, 12,
                         align=L if ci == 1 else C)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, [cat] + row)))
            ri += 1
        m = t.cell(top, 0).merge(t.cell(ri - 1, 0))
        set_cell(m, cat, FS, 12)
    col_widths(t, [2.2, 7.0, 2.2, 2.2, 2.0])
    for n in ("注：1.〔　〕内为五年累计数。",
              "2.货物贸易进出口总额以人民币计价，2025年为预计数。"):
        clauses.append(n)
        add_par(doc, [(n, FS, 12, False)], indent=False, line=20,
                first=None).paragraph_format.left_indent = Pt(24) if n[0] == "2" else Pt(0)

    heading(doc, "第三章　建设面向南亚东南亚辐射中心", "Heading 1")
    heading(doc, "第一节　畅通国际大通道", "Heading 2")

    def runin(h, t, cont=doc):
        clauses.append(h + t)
        add_par(cont, [(h, KT, 16, True), (t, FS, 16, False)])

    runin("（一）提升中老铁路运营效能。", "推动中老铁路与中老泰、中老越等国际货运班列联动发展，加快磨憨、万象南等站场扩能改造，做大“澜湄快线”“中老铁路+中欧班列”品牌。")
    runin("（二）推进中缅、中越通道建设。", "加快中缅印度洋新通道建设，推进瑞丽、清水河、河口等口岸基础设施提档升级，提升跨境公路运输便利化水平。")

    # 专栏1 as a one-cell boxed table
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = box.rows[0].cells[0]
    cell.width = Cm(15.6)
    cp = cell.paragraphs[0]
    font(cp.add_run("专栏1　开放通道重点工程"), HT, 14)
    fmt(cp, align=C, indent=False, line=24)
    for it in ("1.铁路通道：推进大理至瑞丽铁路保山至瑞丽段、临沧至清水河铁路建设，开展中缅铁路木姐至曼德勒段前期工作。",
               "2.公路通道：建成昆明至磨憨、昆明至河口高速公路扩容工程，推进口岸连接线提级改造。",
               "3.航空枢纽：实施昆明长水国际机场改扩建工程，国际和地区航线达到60条。"):
        clauses.append(it)
        add_par(cell, [(it, FS, 14, False)], line=24, first=Pt(28))

    heading(doc, "第二节　建设高能级开放平台", "Heading 2")
    runin("（一）实施自由贸易试验区提升战略。", "支持昆明、红河、德宏片区开展差异化探索，在跨境电商、跨境金融、沿边特色产业等领域形成一批首创性制度创新成果。")
    runin("（二）推进沿边产业园区建设。", "高水平建设中国老挝磨憨—磨丁经济合作区、中国（德宏）边境经济合作区，发展边民互市商品落地加工，打造沿边开放型产业集群。")

    heading(doc, "第四章　保障措施", "Heading 1")
    runin("（一）加强组织领导。", "省对外开放工作领导小组统筹推进规划实施，省商务厅负责日常协调，各州、市要建立相应工作机制。")
    runin("（二）抓好评估落实。", "建立规划实施年度监测制度，2028年开展中期评估，评估结果作为有关考核的重要参考。")

    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省纪委监委，省法院，省检察院，云南省军区。",
          "云南省人民政府办公厅", "2026年3月6日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="云南省人民政府关于印发云南省“十五五”对外开放规划的通知",
                     doc_number="云政发〔2026〕6号", issuer=["云南省人民政府"],
                     date="2026-03-05", region="云南省",
                     recipients=["各州、市人民政府", "省直各委、办、厅、局"],
                     publicity="此件公开发布"),
        "clauses": clauses,
    }]
    return path


# ---- Word automatic multilevel numbering linked to heading styles ----------
def chapter_numbering(doc):
    numbering = doc.part.numbering_part.element
    aid, nid = 950, 951
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:pStyle w:val="Heading1"/>'
        '<w:lvlText w:val="第%%1章"/><w:lvlJc w:val="center"/><w:suff w:val="space"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:pStyle w:val="Heading2"/>'
        '<w:lvlText w:val="第%%2节"/><w:lvlJc w:val="center"/><w:suff w:val="space"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


# =================================================================== DOC B
def doc_hubei():
    """公报-style reprint: no 红头, title with a soft line break at an odd place, 文号
    under the title in 楷体, 落款 right-aligned, plan follows on the same page;
    chapter/section numbers produced by Word multilevel list on Heading 1/2; 专栏 as
    bordered shaded paragraphs; 表1 with a two-level merged header; no 版记."""
    stem = "blind1058_hubei_ftz"
    doc = Document()
    setup(doc, pagefmt=("- ", " -"))
    nid = chapter_numbering(doc)
    heading_style(doc, "Heading 1", HT, 16, before=12, after=6, numid=nid, ilvl=0)
    heading_style(doc, "Heading 2", KT, 16, bold=True, before=6, after=0, numid=nid, ilvl=1)
    clauses = []

    p = doc.add_paragraph()
    font(p.add_run("湖北省人民政府关于印发中国（湖北）"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("自由贸易试验区“十五五”发展规划的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=36, before=12)
    add_par(doc, [("鄂政发〔2026〕4号", KT, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)
    add_par(doc, "各市、州、县人民政府，省政府各部门：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("现将《中国（湖北）自由贸易试验区“十五五”发展规划》印发给你们，请结合实际认真贯彻执行。")
    empty(doc, 1)
    for t in ("湖北省人民政府", "2026年1月26日"):
        p = add_par(doc, t, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(48 if t.startswith("湖北") else 40)
    empty(doc, 1)

    add_par(doc, [("中国（湖北）自由贸易试验区“十五五”发展规划", XBS, 20, False)],
            align=C, indent=False, line=34, after=6)
    body("中国（湖北）自由贸易试验区（以下简称湖北自贸试验区）于2017年4月挂牌运行，实施范围119.96平方公里，涵盖武汉、襄阳、宜昌三个片区。为推动湖北自贸试验区在“十五五”时期实施提升战略，依据《中国（湖北）自由贸易试验区总体方案》和全省“十五五”规划纲要，制定本规划。")

    heading(doc, "发展回顾", "Heading 1")
    body("挂牌以来，湖北自贸试验区累计形成制度创新成果236项，其中24项在全国复制推广；2025年实现进出口总额1860亿元，实际使用外资12.6亿美元，以不到全省千分之一的面积贡献了全省约1/5的外贸进出口和1/4的高新技术企业。")

    heading(doc, "总体要求", "Heading 1")
    heading(doc, "发展定位", "Heading 2")
    body("立足中部、辐射全国、联通全球，努力把湖北自贸试验区建设成为中部有序承接产业转移示范区、战略性新兴产业和高技术产业集聚区、全面改革开放试验田和内陆对外开放新高地。")
    heading(doc, "发展目标", "Heading 2")
    body("到2030年，基本建成贸易投资便利、高端产业集聚、创新创业活跃、金融服务完善、监管安全高效的高水平自由贸易园区，主要指标如下。")

    add_par(doc, [("表1　湖北自贸试验区“十五五”主要发展指标", HT, 14, False)], align=C,
            indent=False, line=24, before=6)
    rows = [
        ["1", "进出口总额（亿元）", "1860", "3000", "预期性"],
        ["2", "实际使用外资（亿美元）", "12.6", "20", "预期性"],
        ["3", "新增市场主体（万户）", "4.3", "〔25〕", "预期性"],
        ["4", "高新技术企业数量（家）", "6120", "9000", "预期性"],
        ["5", "累计形成制度创新成果（项）", "236", "400", "预期性"],
        ["6", "单位地区生产总值能耗降低（%）", "—", "完成省下达任务", "约束性"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0).merge(t.cell(1, 0)), "序号", HT, 12)
    set_cell(t.cell(0, 1).merge(t.cell(1, 1)), "指标", HT, 12)
    set_cell(t.cell(0, 2).merge(t.cell(0, 3)), "目标值", HT, 12)
    set_cell(t.cell(1, 2), "2025年", HT, 12)
    set_cell(t.cell(1, 3), "2030年", HT, 12)
    set_cell(t.cell(0, 4).merge(t.cell(1, 4)), "属性", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["序号", "指标", "目标值／2025年", "目标值／2030年", "属性"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12, align=L if ci == 1 else C)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    col_widths(t, [1.4, 7.4, 2.3, 2.9, 1.8])
    n = "注：〔 〕内为五年累计数；进出口总额、实际使用外资为武汉、襄阳、宜昌三个片区合计数。"
    clauses.append(n)
    add_par(doc, [(n, FS, 12, False)], indent=False, line=20, after=6)

    heading(doc, "主要任务", "Heading 1")
    heading(doc, "稳步扩大制度型开放", "Heading 2")
    body("1．对接高标准经贸规则。主动对接《区域全面经济伙伴关系协定》（RCEP）和《数字经济伙伴关系协定》（DEPA）等国际高标准经贸规则，在服务贸易、数字贸易、知识产权保护等领域开展压力测试。")
    body("2．提升贸易便利化水平。深化国际贸易“单一窗口”建设，推广“铁水联运一单制”“空铁联运”等监管模式，推动长江中游航运中心与自贸试验区联动发展。")

    # 专栏 as bordered, shaded paragraphs
    box = []
    p = add_par(doc, [("专栏1　制度型开放压力测试重点领域", HT, 14, False)], align=C,
                indent=False, line=24, before=6)
    box.append(p)
    for it in ("（1）数字贸易：探索数据跨境流动分类监管，在武汉片区建设数据跨境服务中心。",
               "（2）服务贸易：落实跨境服务贸易负面清单，放宽专业服务领域准入限制。",
               "（3）知识产权：建设知识产权运营交易平台，开展海外知识产权纠纷应对指导。"):
        clauses.append(it)
        box.append(add_par(doc, [(it, FS, 14, False)], indent=True, line=24, first=Pt(28)))
    for p in box[:-1]:
        p.paragraph_format.keep_with_next = True
    for p in box:
        for side in ("top", "left", "bottom", "right"):
            border(p, side, "000000", 6, 4)
        shade(p, "F2F2F2")

    heading(doc, "提升片区产业能级", "Heading 2")
    body("1．武汉片区。聚焦光电子信息、生物医药、人工智能等产业，建设具有全球影响力的“光谷”创新高地。")
    body("2．襄阳片区。聚焦新能源汽车、航空航天等产业，建设汉江流域开放型产业集聚区。")
    body("3．宜昌片区。聚焦绿色化工、生物医药和现代物流，建设长江中上游综合交通枢纽和开放节点。")

    heading(doc, "保障措施", "Heading 1")
    body("省自贸试验区工作领导小组统筹推进规划实施，各片区管委会按年度制定工作计划。完善容错纠错机制，鼓励大胆试、大胆闯、自主改，对规划实施情况开展年度评估，重大事项及时向省人民政府报告。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="湖北省人民政府关于印发中国（湖北）自由贸易试验区“十五五”发展规划的通知",
                     doc_number="鄂政发〔2026〕4号", issuer=["湖北省人民政府"],
                     date="2026-01-26", region="湖北省",
                     recipients=["各市、州、县人民政府", "省政府各部门"]),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_heilongjiang():
    """红头 文件 with 附件 list: plan printed as 附件 (label + title on a fresh page),
    full-width spaces typed for indentation in the notice, 落款 aligned with tabs,
    Heading 1/2/3 styles, half-width punctuation slips, 专栏 as a 2-column data table,
    表1 with 序号 and 单位 columns, notes split by a manual line break, 版记."""
    stem = "blind1058_heilongjiang_kaifang"
    doc = Document()
    setup(doc, falign=C)
    heading_style(doc, "Heading 1", HT, 16, before=12, after=6)
    heading_style(doc, "Heading 2", KT, 16, bold=False, before=6, after=0)
    heading_style(doc, "Heading 3", HT, 16, align=L, before=0, after=0)
    clauses = []
    IND = "\u3000\u3000"

    add_par(doc, [("黑龙江省人民政府文件", XBS, 36, False, RED)], align=C, indent=False,
            line=54, before=12)
    empty(doc, 1)
    p = add_par(doc, "黑政发〔2026〕2号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("黑龙江省人民政府", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("关于印发黑龙江省“十五五”对外开放规划的", XBS, 22, False)], align=C,
            indent=False, line=36)
    add_par(doc, [("通知", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各市（地）人民政府（行署），省政府各直属单位：", indent=False)
    t1 = "现将《黑龙江省“十五五”对外开放规划》印发给你们,请认真贯彻落实。"
    t2 = "各地、各部门要立足向北开放前沿区位优势,明确责任分工,加强督促检查。规划实施中的重大问题,请及时报告省政府。"
    for t in (t1, t2):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：黑龙江省“十五五”对外开放规划", indent=False)
    empty(doc, 1)
    for t in ("黑龙江省人民政府", "2026年1月20日"):
        p = add_par(doc, [("\t", FS, 16, False), (t, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.6 if t.startswith("2") else 12.2), 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("黑龙江省“十五五”对外开放规划", XBS, 22, False)], align=C, indent=False,
            line=36, after=12)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    heading(doc, "第一章　开放基础", "Heading 1")
    body("“十四五”以来,全省对外开放步伐明显加快。2025年,全省货物贸易进出口总额达到3152亿元,其中对俄罗斯进出口2180亿元,占全省的69.2%;中国（黑龙江）自由贸易试验区哈尔滨、黑河、绥芬河片区累计形成制度创新成果172项。同江中俄铁路界河桥、黑河—布拉戈维申斯克公路大桥投入运营,对俄通道能力显著增强。")

    heading(doc, "第二章　总体要求", "Heading 1")
    heading(doc, "第一节　发展目标", "Heading 2")
    body("到2030年,向北开放新高地基本建成,对俄合作规模和质量实现新跨越,形成陆海联动、东西互济的开放格局。主要指标如下:")
    add_par(doc, [("表1　黑龙江省“十五五”对外开放主要指标", HT, 14, False)], align=C,
            indent=False, line=24, before=6)
    header = ["序号", "指标", "单位", "2025年", "2030年", "属性"]
    rows = [
        ["1", "货物贸易进出口总额", "亿元", "3152", "4500", "预期性"],
        ["2", "对俄罗斯进出口额", "亿元", "2180", "3000", "预期性"],
        ["3", "服务贸易进出口总额", "亿美元", "38.6", "55", "预期性"],
        ["4", "实际使用外资*", "亿美元", "5.2", "〔30〕", "预期性"],
        ["5", "口岸过货量", "万吨", "4260", "6500", "预期性"],
        ["6", "跨境电商进出口额*", "亿元", "92", "200", "预期性"],
        ["7", "进口资源落地加工率", "%", "42", "60", "约束性"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
        cell_shade(t.rows[0].cells[i], "D9D9D9")
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 1 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, [1.3, 6.0, 1.8, 2.2, 2.2, 2.0])
    # notes: one paragraph, two notes separated by Shift+Enter
    n1 = "注：1.带“*”的为新增指标。"
    n2 = "2.〔 〕内为五年累计数。"
    p = doc.add_paragraph()
    font(p.add_run(n1), FS, 12)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + n2), FS, 12)
    fmt(p, indent=False, line=20, after=6)
    clauses.extend([n1, n2])

    heading(doc, "第三章　重点任务", "Heading 1")
    heading(doc, "第一节　构建对俄开放大通道", "Heading 2")
    heading(doc, "一、提升口岸综合能力", "Heading 3")
    body("1.推进黑河、绥芬河、东宁、同江等重点口岸扩能改造,实现口岸查验设施智能化升级。")
    body("2.推动同江铁路口岸、黑河公路口岸与对应俄方口岸同步提升通关能力,推行“一站式”联合查验。")
    add_par(doc, [("专栏1　重点口岸建设工程", HT, 14, False)], align=C, indent=False,
            line=24, before=6)
    zh = ["口岸", "建设内容"]
    zr = [["黑河公路口岸", "完善大桥配套查验设施,建设跨境物流园区和保税仓储中心。"],
          ["同江铁路口岸", "建设换装场站二期工程,年过货能力提升至1050万吨。"],
          ["绥芬河铁路口岸", "实施宽准轨换装线改造,发展中欧班列集结和进口木材加工。"]]
    zt = doc.add_table(rows=1 + len(zr), cols=2)
    zt.style = "Table Grid"
    zt.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(zh):
        set_cell(zt.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(zr, 1):
        for ci, v in enumerate(row):
            set_cell(zt.rows[ri].cells[ci], v, FS, 12, align=C if ci == 0 else L)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(zh, row)))
    col_widths(zt, [3.6, 11.9])
    empty(doc, 1, line=14)
    heading(doc, "二、打造跨境物流枢纽", "Heading 3")
    body("依托哈尔滨国际陆港和哈尔滨太平国际机场,发展“哈欧”“哈俄”班列和对俄航空货运,建设面向东北亚的国际物流枢纽。")
    heading(doc, "第二节　提升开放平台能级", "Heading 2")
    body("1.实施自由贸易试验区提升战略,支持哈尔滨片区建设对俄合作中心城市,黑河、绥芬河片区发展跨境产业链。")
    body("2.推动绥芬河—东宁、黑河重点开发开放试验区和边境经济合作区提质升级,建设一批进口资源落地加工基地。")

    heading(doc, "第四章　保障措施", "Heading 1")
    body("强化省推进高水平对外开放工作领导小组统筹协调作用,省商务厅牵头建立规划实施年度监测评估机制,各市（地）制定年度工作计划并抓好落实。")

    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院。",
          "黑龙江省人民政府办公厅", "2026年1月21日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(title="黑龙江省人民政府关于印发黑龙江省“十五五”对外开放规划的通知",
                     doc_number="黑政发〔2026〕2号", issuer=["黑龙江省人民政府"],
                     date="2026-01-20", region="黑龙江省",
                     attachments=["黑龙江省“十五五”对外开放规划"],
                     recipients=["各市（地）人民政府（行署）", "省政府各直属单位"],
                     publicity="此件主动公开"),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_yunnan(), doc_hubei(), doc_heilongjiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
