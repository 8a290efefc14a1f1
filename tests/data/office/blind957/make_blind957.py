# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 957: 国办函 复函 (信函格式) + 国家发展改革委、商务部 联合通知. Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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
SP = "\u3000"

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


def add_par(container, runs, **kw):
    """runs: str, or list of (text, font, size, bold[, color]); text '\n' -> manual line break."""
    p = container.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = font(p.add_run(part), name, size, bold, color)
            if i < len(parts) - 1:
                run.add_break(WD_BREAK.LINE)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(container, n=1, line=28):
    for _ in range(n):
        p = container.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def page_number(par):
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(par.add_run("— "), SONG, 14)
    r = font(par.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = font(par.add_run(), SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = font(par.add_run(), SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), SONG, 14)
    r5 = font(par.add_run(), SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(par.add_run(" —"), SONG, 14)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    page_number(s.footer.paragraphs[0])
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_957", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
# 国务院办公厅 复函, 信函格式
def doc_fuhan():
    stem = "blind957_guobanhan"
    doc = Document()
    s = setup(doc)
    s.top_margin = Cm(3.0)
    # 信函格式: first page has no page number, red double rule at the bottom instead
    s.different_first_page_header_footer = True
    fp = s.first_page_footer.paragraphs[0]
    fmt(fp, indent=False, line=12)
    border(fp, "top", "FF0000", 18, 1, "thinThickSmallGap")
    clauses = []

    # 版头: organ name only (no 文件), red, then red double rule 上粗下细
    p = add_par(doc, [("国务院办公厅", XBS, 36, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    p.paragraph_format.left_indent = Pt(0)
    p = add_par(doc, "", indent=False, line=8)
    border(p, "bottom", "FF0000", 18, 1, "thickThinSmallGap")
    # 文号 flush right, one char in from the edge
    p = add_par(doc, "国办函〔2026〕27号" + SP, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
                before=8)
    empty(doc, 1)
    # title broken by hand in an odd place
    add_par(doc, [("国务院办公厅关于同意建设中国—中亚", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    add_par(doc, [("（乌鲁木齐）国际陆港合作示范区的复函", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)
    empty(doc, 1)
    add_par(doc, "新疆维吾尔自治区人民政府，国家发展改革委、商务部：", indent=False)

    def body(t, display=None, spaces=False):
        clauses.append(t)
        shown = display if display is not None else t
        if spaces:
            # clerk indents with two full-width spaces instead of first-line indent
            add_par(doc, SP * 2 + shown, indent=False)
        else:
            add_par(doc, shown)

    body("你们《关于申请建设中国—中亚（乌鲁木齐）国际陆港合作示范区的请示》（新政报〔2025〕68号）收悉。经国务院同意，现函复如下：")
    body("一、同意建设中国—中亚（乌鲁木齐）国际陆港合作示范区（以下简称示范区）。示范区规划面积61.8平方公里(其中核心区23.5平方公里)，以乌鲁木齐国际陆港区为核心区，联动乌鲁木齐综合保税区、中国（新疆）自由贸易试验区乌鲁木齐片区协同发展，建设期为2026年至2030年。",
         spaces=True)
    t2a = "二、示范区建设要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻新发展理念，统筹发展和安全，"
    t2b = "高质量共建“一带一路”，发挥新疆向西开放桥头堡作用，以建设国际陆港为牵引，着力提升通道枢纽能级、创新陆港合作模式、培育陆港经济产业，努力把示范区打造成为中国—中亚合作的重要平台和丝绸之路经济带核心区的开放门户。"
    body(t2a + t2b, display=t2a + "\n" + t2b)
    body("三、新疆维吾尔自治区人民政府要切实加强组织领导，健全工作机制，按照《中国—中亚（乌鲁木齐）国际陆港合作示范区建设方案》（以下简称《方案》）明确的目标任务，细化落实措施，落实用地、资金等要素保障，扎实推进各项建设任务。新疆生产建设兵团要加强兵地融合发展，积极参与示范区建设。",
         spaces=True)
    body("四、国家发展改革委、商务部要会同有关部门按照职责分工，加强统筹协调和指导服务，在政策实施、项目布局、体制创新等方面给予积极支持，适时对示范区建设情况开展评估，重大问题及时向国务院报告。")
    body("五、示范区建设要严守耕地和永久基本农田保护红线、生态保护红线，节约集约利用土地资源，不得以示范区名义新增地方政府隐性债务，坚决防范化解各类风险。《方案》由国家发展改革委、商务部印发。")
    empty(doc, 2)
    # 落款 with typed spaces
    add_par(doc, " " * 40 + "国务院办公厅", indent=False)
    add_par(doc, " " * 38 + "2026年3月16日", indent=False)
    add_par(doc, "（此件公开发布）", indent=True)
    empty(doc, 3)
    p = add_par(doc, [("抄送：外交部、财政部、自然资源部、生态环境部、交通运输部、中国人民银行、海关总署、国家金融监督管理总局、国家移民管理局、国家铁路局，新疆生产建设兵团，中国国家铁路集团有限公司。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [("国务院办公厅秘书局", FS, 14, False), ("\t", FS, 14, False),
                       ("2026年3月17日印发", FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "国务院办公厅关于同意建设中国—中亚（乌鲁木齐）国际陆港合作示范区的复函",
            "doc_number": "国办函〔2026〕27号",
            "issuer": ["国务院办公厅"],
            "date": "2026-03-16",
            "published": None,
            "level": "state_council",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "函",
            "recipients": ["新疆维吾尔自治区人民政府", "国家发展改革委", "商务部"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 国家发展改革委 商务部 联合行文 通知, 附件 = 任务分工表
T1_TITLE = "中国—中亚（乌鲁木齐）国际陆港合作示范区重点任务分工表"


def col_widths(t, widths):
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = w
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def task_table(doc, rows, clauses, first_no):
    """rows: list of (task, measure, lead, partner, deadline); task None = merged with above."""
    widths = [Cm(1.3), Cm(2.7), Cm(4.4), Cm(2.6), Cm(2.8), Cm(2.0)]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, widths)
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for ci in (0, 1, 2, 5):
        h0[ci].merge(h1[ci])
    h0[3].merge(h0[4])
    set_cell(t.cell(0, 0), "序号", HT, 10.5)
    set_cell(t.cell(0, 1), "重点任务", HT, 10.5)
    set_cell(t.cell(0, 2), "具体举措", HT, 10.5)
    set_cell(t.cell(0, 3), "责任单位", HT, 10.5)
    set_cell(t.cell(0, 5), "完成时限", HT, 10.5)
    set_cell(t.cell(1, 3), "牵头单位", HT, 10.5)
    set_cell(t.cell(1, 4), "配合单位", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    start = None
    cur = None
    for i, (task, measure, lead, partner, deadline) in enumerate(rows):
        ri = 2 + i
        no_split(t.rows[ri])
        if task is not None:
            cur = task
            start = ri
            set_cell(t.cell(ri, 1), task, FS, 10.5)
        else:
            m = t.cell(start, 1).merge(t.cell(ri, 1))
            set_cell(m, cur, FS, 10.5)
        no = str(first_no + i)
        set_cell(t.cell(ri, 0), no, FS, 10.5)
        set_cell(t.cell(ri, 2), measure, FS, 10.5, align=WD_ALIGN_PARAGRAPH.LEFT)
        set_cell(t.cell(ri, 3), lead, FS, 10.5)
        set_cell(t.cell(ri, 4), partner, FS, 10.5)
        set_cell(t.cell(ri, 5), deadline, FS, 10.5)
        clauses.append("序号：%s；重点任务：%s；具体举措：%s；责任单位／牵头单位：%s；责任单位／配合单位：%s；完成时限：%s"
                       % (no, cur, measure, lead, partner, deadline))
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                p.paragraph_format.line_spacing = Pt(15)
    return t


def doc_tongzhi():
    stem = "blind957_fgw_swb_tongzhi"
    doc = Document()
    s = setup(doc)
    clauses = []

    # joint 版头: two organ names stacked, 文件 to the right in a merged cell
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [Cm(11.6), Cm(3.8)])
    set_cell(t.cell(0, 0), "国家发展和改革委员会", XBS, 28)
    set_cell(t.cell(1, 0), "商" + SP * 2 + "务" + SP * 2 + "部", XBS, 28)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 44)
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                p.paragraph_format.line_spacing = Pt(36)
                for r in p.runs:
                    r.font.color.rgb = RED
    t.cell(0, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    t.cell(1, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    empty(doc, 1)
    p = add_par(doc, "发改开放〔2026〕412号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title in one paragraph with manual line breaks at odd places
    add_par(doc, [("国家发展改革委" + SP + "商务部关于推进中国—\n中亚（乌鲁木齐）国际陆港合作示范区\n建设的通知", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    empty(doc, 1)
    add_par(doc, "新疆维吾尔自治区发展改革委、商务厅，新疆生产建设兵团发展改革委、商务局，乌鲁木齐海关，中国国家铁路集团有限公司：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head1(t):
        add_par(doc, [(t, HT, 16, False)])

    def head3(t):
        add_par(doc, [(t, FS, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为贯彻落实《国务院办公厅关于同意建设中国—中亚（乌鲁木齐）国际陆港合作示范区的复函》（国办函〔2026〕27号）精神，高质量推进中国—中亚（乌鲁木齐）国际陆港合作示范区（以下简称示范区）建设，经商有关部门同意，现就有关事项通知如下。")
    head1("一、总体要求")
    body("立足新疆丝绸之路经济带核心区功能定位，以国际陆港为载体，以中国—中亚合作为重点，统筹通道、枢纽、产业和开放平台建设。到2027年，陆港型国家物流枢纽功能基本完善；到2030年，基本建成辐射中亚、联通欧亚的国际陆港合作示范区。")
    head1("二、重点任务")
    runin("（一）提升国际陆港枢纽能级。", "加快乌鲁木齐国际陆港区铁路集装箱中心站三期扩能改造，2027年底前集装箱年作业能力达到80万标准箱，发展“铁路+公路+航空”多式联运。")
    runin("（二）畅通国际物流通道。", "推动中欧（中亚）班列扩量提质，重点做好以下工作：")
    body("1.积极拓展经中吉乌铁路、跨里海国际运输走廊至西亚、南欧的班列新线路。")
    body("2.推进班列运输单证物权化试点，支持金融机构开发“班列贷”等产品。")
    body("3.推广“铁路快通”、“一次申报、分段使用”等监管模式。")
    runin("（三）培育陆港经济产业集群。", "依托示范区发展进口资源加工、农产品精深加工、汽车及零部件出口集散等产业，支持建设面向中亚的商品展示交易中心和公共海外仓。")
    runin("（四）深化制度型开放探索。", "支持示范区与中国（新疆）自由贸易试验区乌鲁木齐片区联动发展，开展以下先行先试：")
    head3("1.跨境贸易便利化")
    body("（1）开展跨境人民币结算便利化试点。")
    body("（2）推动原产地证书、检验检疫证书电子化互认。")
    head3("2.服务业扩大开放")
    body("（1）支持外资企业在示范区设立国际货运代理、供应链管理企业。")
    head1("三、保障措施")
    runin("（一）加强组织实施。", "新疆维吾尔自治区要建立示范区建设工作推进机制，细化任务分工（见附件），明确时间表、路线图。")
    runin("（二）强化政策支持。", "国家发展改革委将在中央预算内投资安排上对示范区符合条件的项目予以支持。中国国家铁路集团有限公司要在运力安排等方面给予倾斜。")
    runin("（三）做好监测评估。", "每年12月15日前将示范区建设进展情况报送国家发展改革委、商务部，重大事项及时向国务院报告。")
    body("本通知自2026年5月1日起施行，有效期至2030年12月31日。")
    empty(doc, 1)
    # 附件 line, title wraps by itself; second line aligned by typed spaces? single attachment
    add_par(doc, "附件：%s" % T1_TITLE, indent=True)
    empty(doc, 1)
    # joint 落款 aligned by tabs
    p = add_par(doc, "\t国家发展改革委\t商务部", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(11.5))
    p = add_par(doc, "二〇二六年四月二十二日" + SP * 2, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_par(doc, "（此件主动公开）", indent=True)

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [(T1_TITLE, XBS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            line=30, after=6)
    task_table(doc, [
        ("提升国际陆港枢纽能级", "实施铁路集装箱中心站三期扩能改造",
         "自治区发展改革委", "中国国家铁路集团有限公司、乌鲁木齐市人民政府", "2027年12月"),
        (None, "建设陆港区至综合保税区、地窝堡国际机场集疏运通道",
         "乌鲁木齐市人民政府", "自治区交通运输厅", "2028年6月"),
        ("畅通国际物流通道", "拓展经中吉乌铁路、跨里海国际运输走廊的班列新线路",
         "中国国家铁路集团有限公司", "自治区商务厅", "持续推进"),
        (None, "开展班列运输单证物权化试点",
         "自治区商务厅", "人民银行新疆分行、新疆金融监管局", "2026年12月"),
        (None, "推广“铁路快通”等监管模式",
         "乌鲁木齐海关", "中国国家铁路集团有限公司", "2026年12月"),
        ("培育陆港经济产业集群", "建设面向中亚的商品展示交易中心和公共海外仓",
         "乌鲁木齐市人民政府", "自治区商务厅、兵团商务局", "2027年12月"),
        ("深化制度型开放探索", "开展跨境人民币结算便利化试点",
         "人民银行新疆分行", "自治区商务厅", "2026年12月"),
        (None, "推动原产地证书、检验检疫证书电子化互认",
         "乌鲁木齐海关", "自治区商务厅", "2027年6月"),
    ], clauses, 1)
    note1 = "注：各牵头单位要会同配合单位细化工作方案，于2026年6月30日前报自治区示范区建设工作推进机制办公室备案。"
    clauses.append(note1)
    add_par(doc, [(note1, FS, 12, False)], indent=False, line=20, before=4)

    # 版记
    p = add_par(doc, [("抄送：国务院办公厅，外交部、财政部、交通运输部、中国人民银行、海关总署，新疆维吾尔自治区人民政府，新疆生产建设兵团。", FS, 14, False)],
                indent=False, line=22)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [("国家发展改革委办公厅", FS, 14, False), (SP * 7, FS, 14, False),
                       ("2026年4月24日印发", FS, 14, False)], indent=False, line=22)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "国家发展改革委" + SP + "商务部关于推进中国—中亚（乌鲁木齐）国际陆港合作示范区建设的通知",
            "doc_number": "发改开放〔2026〕412号",
            "issuer": ["国家发展和改革委员会", "商务部"],
            "date": "2026-04-22",
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": "2026-05-01",
            "expires": "2030-12-31",
            "attachments": [T1_TITLE],
            "doc_type": "通知",
            "recipients": ["新疆维吾尔自治区发展改革委", "新疆维吾尔自治区商务厅",
                           "新疆生产建设兵团发展改革委", "新疆生产建设兵团商务局",
                           "乌鲁木齐海关", "中国国家铁路集团有限公司"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    for fn in (doc_fuhan, doc_tongzhi):
        convert(fn())
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
