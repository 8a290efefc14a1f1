# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1065: 督查/情况通报 (商务厅、自贸办), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
R = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"

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
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
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
    fmt(p, indent=False)


def page_field(fp, size=14, left="— ", right=" —"):
    font(fp.add_run(left), SONG, size)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, size)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(right), SONG, size)


def setup(doc, left="— ", right=" —"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    page_field(fp, 14, left, right)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def vcenter(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def widths(table, cms):
    """Set grid + cell widths (LibreOffice reads the grid) and a fixed layout."""
    tbl = table._tbl
    tblPr = tbl.tblPr
    for el in tblPr.findall(qn("w:tblW")):
        tblPr.remove(el)
    tblPr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>'
                           % (nsdecls("w"), int(sum(cms) * 567))))
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s w:val="true"/>' % nsdecls("w")))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def row_clause(headers, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, row))


def simple_table(doc, header, rows, clauses, cms, size=12, aligns=None, hdr_repeat=False,
                 line=18):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, cms)
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size, line=line)
        vcenter(t.rows[0].cells[i])
    if hdr_repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            a = aligns[ci] if aligns else C
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=a, line=line)
            vcenter(t.rows[ri].cells[ci])
        clauses.append(row_clause(header, row))
    return t


def banji(doc, lines, size=14):
    """版记: lines between black rules; each line a list of strings joined by tab."""
    for i, ln in enumerate(lines):
        p = add_par(doc, [(ln, FS, size, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if i == 0:
            border(p, "top", "000000", 8, 4)
        border(p, "bottom", "000000", 8 if i == len(lines) - 1 else 4, 4)
        if "\t" in ln:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1065", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


CN = "一二三四五六七八九十"


# =================================================================== DOC A
def doc_hunan():
    """湖南省商务厅文件: 外经贸发展专项资金督查情况通报 (红头, 自动编号, 表格+注)."""
    stem = "blind1065_hunan_zijin"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("湖南省商务厅文件", XBS, 40, False, RED)],
            align=C, indent=False, line=56)
    empty(doc, 1, line=20)
    p = add_par(doc, "湘商发〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title typed as three separate paragraphs, broken at odd places
    for t in ("湖南省商务厅关于2025年度全省外经贸",
              "发展专项资金使用管理督查",
              "情况的通报"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市州商务主管部门，各国家级、省级经济技术开发区管委会，"
                 "中国（湖南）自由贸易试验区各片区管委会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    items = [0]

    def auto_item(h, t):
        items[0] += 1
        clauses.append("（%s）%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("为加强外经贸发展专项资金监督管理，确保资金安全规范有效使用，2025年11月至12月，省商务厅会同省财政厅组成4个督查组，对14个市州、23个开发区2024—2025年度外经贸发展专项资金使用管理情况开展了专项督查。现将有关情况通报如下：")
    head("督查基本情况")
    body("本次督查共抽查项目312个，涉及省级专项资金4.86亿元。从督查情况看，各地资金使用总体规范，政策效应逐步显现。2024—2025年度专项资金共支持外贸企业开拓国际市场项目1426个、跨境电商和海外仓等新业态项目97个，带动新增出口订单约168亿元。")
    head("存在的主要问题")
    runin("（一）资金拨付不够及时。", "截至督查时，邵阳市、娄底市、湘西土家族苗族自治州仍有2025年度专项资金合计3826万元未拨付到项目单位，其中超过6个月未拨付的1540万元。")
    runin("（二）项目审核把关不严。", "怀化市、益阳市有5个项目存在申报材料前后矛盾、出口数据与海关统计口径不一致等问题，涉及资金216万元；娄底市1个项目存在同一展会重复申报省、市两级资金问题。")
    runin("（三）绩效管理仍较薄弱。", "永州市、张家界市商务局未按时报送2024年度绩效自评报告，部分项目绩效目标设定笼统、难以量化考核。")
    add_par(doc, [("表1　各市州督查发现问题统计（单位：个、万元）", HT, 14, False)],
            align=C, indent=False, before=4)
    hdr = ["市州", "抽查项目数", "发现问题数", "涉及资金", "整改时限"]
    rows = [
        ["长沙市", "38", "2", "45.0", "2026年3月31日"],
        ["株洲市", "22", "1", "12.6", "2026年3月31日"],
        ["岳阳市", "26", "1", "8.0", "2026年3月31日"],
        ["邵阳市", "24", "2", "1620.0", "2026年4月30日"],
        ["益阳市", "18", "1", "77.5", "2026年4月30日"],
        ["永州市", "21", "1", "—", "2026年3月31日"],
        ["怀化市", "20", "2", "138.5", "2026年4月30日"],
        ["娄底市", "19", "2", "1410.0", "2026年4月30日"],
        ["张家界市", "12", "1", "—", "2026年3月31日"],
        ["湘西州", "15", "1", "820.0", "2026年4月30日"],
        ["合计", "215", "14", "4131.6", "—"],
    ]
    simple_table(doc, hdr, rows, clauses, [2.8, 2.8, 2.8, 2.8, 4.0], size=10.5, line=15)
    note = "注：表中仅列出督查发现问题的市州，“—”表示该项问题不涉及资金金额；衡阳市、湘潭市、常德市、郴州市未发现需整改问题。"
    clauses.append(note)
    add_par(doc, [(note, FS, 10.5, False)], indent=False, line=16, before=3)
    head("通报表扬和批评")
    body("对资金拨付及时、绩效管理规范的长沙市商务局、岳阳市商务局、郴州市商务局和中国（湖南）自由贸易试验区长沙片区管委会予以通报表扬。")
    body("对资金拨付严重滞后的邵阳市商务局、娄底市商务局予以通报批评，由省商务厅约谈其主要负责同志；对湘西土家族苗族自治州商务局、怀化市商务局进行书面提醒。")
    head("整改要求")
    auto_item("压实整改责任。", "各有关单位要对照整改清单（见附件）逐项整改，明确责任人和整改时限，确保按期整改到位。")
    auto_item("加快资金拨付。", "已下达尚未拨付的资金，要于2026年4月30日前全部拨付到项目单位；确实无法使用的，按程序报批调整或收回。")
    auto_item("按时报送情况。", "请于2026年5月15日前将整改情况报告报送省商务厅财务处。整改情况将作为2026年度资金分配的重要参考因素。")
    empty(doc, 1)
    add_par(doc, "附件：2025年度全省外经贸发展专项资金督查发现问题整改清单")
    empty(doc, 1)
    p = add_par(doc, "湖南省商务厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月20日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件主动公开）")

    # -------- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("2025年度全省外经贸发展专项资金", XBS, 20, False)], align=C, indent=False, line=30)
    add_par(doc, [("督查发现问题整改清单", XBS, 20, False)], align=C, indent=False, line=30)
    empty(doc, 1, line=12)
    hdr = ["序号", "单位", "发现问题", "整改要求", "整改时限"]
    list_rows = [
        ["1", "长沙市商务局", "2个项目验收资料归档不全", "补齐验收资料，规范归档", "2026年3月31日"],
        ["2", "长沙市商务局", "1个项目公示时间不足5个工作日", "严格执行项目公示制度", "2026年3月31日"],
        ["3", "株洲市商务局", "1个海外仓项目绩效目标未量化", "修订绩效目标，补充量化指标", "2026年3月31日"],
        ["4", "岳阳市商务局", "1个项目资金拨付凭证不全", "补齐拨付凭证并归档", "2026年3月31日"],
        ["5", "邵阳市商务局", "1620万元未拨付，其中超过6个月的860万元", "加快拨付，无法使用的报批调整或收回", "2026年4月30日"],
        ["6", "邵阳市商务局", "专项资金未实行分账核算", "设立明细账，实行专账核算", "2026年4月30日"],
        ["7", "益阳市商务局", "2个项目出口数据与海关统计口径不一致，涉及资金77.5万元", "重新核实数据，不符合条件的追回资金", "2026年4月30日"],
        ["8", "永州市商务局", "未按时报送2024年度绩效自评报告", "补报绩效自评报告", "2026年3月31日"],
        ["9", "怀化市商务局", "3个项目申报材料前后矛盾，涉及资金138.5万元", "逐项复核，不符合条件的追回资金", "2026年4月30日"],
        ["10", "怀化市商务局", "项目验收未实地核查", "对已验收项目开展实地复核", "2026年4月30日"],
        ["11", "娄底市商务局", "1386万元未拨付，其中超过6个月的520万元", "加快拨付，无法使用的报批调整或收回", "2026年4月30日"],
        ["12", "娄底市商务局", "1个项目同一展会重复申报省、市两级资金，涉及资金24万元", "追回重复申报资金", "2026年4月30日"],
        ["13", "张家界市商务局", "未按时报送2024年度绩效自评报告", "补报绩效自评报告", "2026年3月31日"],
        ["14", "湘西土家族苗族自治州商务局", "820万元未拨付，其中超过6个月的160万元", "加快拨付，无法使用的报批调整或收回", "2026年4月30日"],
    ]
    simple_table(doc, hdr, list_rows, clauses, [1.0, 3.0, 5.4, 3.8, 2.4], size=10.5,
                 aligns=[C, C, L, L, C], hdr_repeat=True, line=14)
    empty(doc, 1, line=14)
    banji(doc, ["抄送：省财政厅，省审计厅。",
                "湖南省商务厅办公室\t2026年3月20日印发"])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "湖南省商务厅关于2025年度全省外经贸发展专项资金使用管理督查情况的通报",
            "doc_number": "湘商发〔2026〕9号",
            "issuer": ["湖南省商务厅"],
            "date": "2026-03-20",
            "published": None,
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度全省外经贸发展专项资金督查发现问题整改清单"],
            "doc_type": "通报",
            "recipients": ["各市州商务主管部门", "各国家级、省级经济技术开发区管委会",
                           "中国（湖南）自由贸易试验区各片区管委会"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_guangxi():
    """自贸办《自贸试验区工作情况通报》期刊式: 改革试点任务推进进度."""
    stem = "blind1065_guangxi_jindu"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []

    add_par(doc, [("内部资料　注意保存", HT, 14, False)], indent=False)
    add_par(doc, [("自贸试验区工作情况通报", XBS, 36, False, RED)],
            align=C, indent=False, line=50)
    add_par(doc, [("2026年第2期（总第27期）", KT, 16, False)], align=C, indent=False)
    p = add_par(doc, [("中国（广西）自由贸易试验区工作办公室", FS, 16, False),
                      ("\t", FS, 16, False), ("2026年4月15日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1, line=18)
    # title: one paragraph, soft line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("关于2026年第一季度中国（广西）自由贸易"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("试验区改革试点任务推进情况的通报"), XBS, 22)
    fmt(p, align=C, indent=False, line=34, after=10)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("根据《中国（广西）自由贸易试验区2026年度改革试点任务清单》（桂自贸办发〔2026〕2号，以下简称《任务清单》）安排，自贸办对第一季度改革试点任务推进情况进行了调度督查。现将有关情况通报如下：")
    head("一、总体进展")
    body("《任务清单》共部署改革试点任务136项。截至3月31日，已完成31项，完成率22.8%；按序时进度推进89项，占65.4%；进度滞后16项，占11.8%。全部任务平均进度34.1%，高于序时进度9.1个百分点。")
    p = add_par(doc, [("表1　各片区（单位）改革试点任务推进情况", HT, 14, False),
                      ("	单位：项，%", FS, 10.5, False)], align=L, indent=False, before=2)
    p.paragraph_format.left_indent = Cm(2.6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(13.0), 2)
    # two-level header with merged cells
    t = doc.add_table(rows=2 + 5, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [3.4, 1.9, 1.9, 2.1, 2.1, 1.9, 2.1])
    top = ["片区（单位）", "任务总数", "推进情况", "", "", "完成率", "平均进度"]
    sub = ["", "", "已完成", "序时推进", "进度滞后", "", ""]
    for c in (0, 1, 5, 6):
        m = t.cell(0, c).merge(t.cell(1, c))
        set_cell(m, top[c], HT, 10.5, line=15)
        vcenter(m)
    m = t.cell(0, 2).merge(t.cell(0, 4))
    set_cell(m, "推进情况", HT, 10.5, line=15)
    for c in (2, 3, 4):
        set_cell(t.cell(1, c), sub[c], HT, 10.5, line=15)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    flat = ["片区（单位）", "任务总数", "推进情况／已完成", "推进情况／序时推进",
            "推进情况／进度滞后", "完成率", "平均进度"]
    data = [
        ["南宁片区", "48", "13", "31", "4", "27.1", "38.6"],
        ["钦州港片区", "42", "10", "28", "4", "23.8", "35.2"],
        ["崇左片区", "30", "5", "19", "6", "16.7", "26.9"],
        ["自治区有关部门", "16", "3", "11", "2", "18.8", "31.5"],
        ["合计", "136", "31", "89", "16", "22.8", "34.1"],
    ]
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, line=15)
        clauses.append(row_clause(flat, row))
    note = "注：平均进度为各项任务进度的算术平均值；第一季度序时进度按25.0%计算。"
    clauses.append(note)
    add_par(doc, [(note, FS, 10.5, False)], indent=False, line=16, before=3)

    head("二、主要亮点")
    runin("（一）南宁片区跨境金融创新走在前列。", "一季度跨境人民币结算量386.2亿元，同比增长31.5%。")
    runin("（二）钦州港片区港航物流改革成效明显。", "一季度开行西部陆海新通道海铁联运班列2516列，同比增长14.2%。")
    body("对南宁片区管委会、钦州港片区管委会予以通报表扬。")
    head("三、存在的问题")
    runin("（一）部分任务进度明显滞后。", "崇左片区6项任务进度滞后，占该片区任务总数的20.0%，其中4项尚未实质性启动。")
    runin("（二）个别牵头单位推进不力。", "自治区交通运输厅、自治区数据局牵头的2项任务进度均不足10%。")
    body("对崇左片区管委会予以通报批评；对自治区交通运输厅、自治区数据局进行督办提醒。")
    head("四、下一步工作要求")
    body("各片区、各牵头单位要对照进度滞后改革试点任务清单（见附件）逐项制定赶超措施，确保滞后任务于2026年6月30日前回到序时进度。对连续两个季度滞后的任务，提请领导小组约谈牵头单位。")
    add_par(doc, "附件：进度滞后改革试点任务清单", before=8)

    # -------- 附件 (header row repeats across pages)
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("进度滞后改革试点任务清单", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=12)
    hdr = ["序号", "所属片区", "改革试点任务", "牵头单位", "当前进度（%）", "整改时限"]
    rows = [
        ["1", "崇左片区", "边民互市贸易进口商品落地加工“一件事”改革", "崇左片区管委会", "0", "2026年6月30日"],
        ["2", "崇左片区", "中越跨境劳务合作试点", "崇左片区管委会", "0", "2026年6月30日"],
        ["3", "崇左片区", "凭祥综合保税区保税维修业务拓展", "崇左片区管委会", "8", "2026年6月30日"],
        ["4", "崇左片区", "跨境电商边境仓建设", "崇左片区管委会", "0", "2026年6月30日"],
        ["5", "崇左片区", "中越边境口岸“智慧口岸”通关模式改革", "崇左片区管委会", "12", "2026年6月30日"],
        ["6", "崇左片区", "东盟水果进口“两段准入”监管模式扩面", "崇左片区管委会", "0", "2026年6月30日"],
        ["7", "南宁片区", "数字人民币跨境支付试点", "南宁片区管委会", "10", "2026年5月31日"],
        ["8", "南宁片区", "东盟国家人才工作签证便利化", "南宁片区管委会", "15", "2026年5月31日"],
        ["9", "南宁片区", "知识产权质押融资风险补偿机制", "南宁片区管委会", "12", "2026年5月31日"],
        ["10", "南宁片区", "国际商事纠纷多元化解决机制", "南宁片区管委会", "8", "2026年5月31日"],
        ["11", "钦州港片区", "保税燃料油加注业务扩面", "钦州港片区管委会", "14", "2026年5月31日"],
        ["12", "钦州港片区", "港口危险货物集装箱“直装直提”", "钦州港片区管委会", "10", "2026年5月31日"],
        ["13", "钦州港片区", "国际船舶登记制度改革", "钦州港片区管委会", "6", "2026年5月31日"],
        ["14", "钦州港片区", "进境粮食指定监管场地扩能", "钦州港片区管委会", "15", "2026年5月31日"],
        ["15", "跨片区", "西部陆海新通道多式联运“一单制”", "自治区交通运输厅", "8", "2026年5月31日"],
        ["16", "跨片区", "面向东盟的跨境数据流动服务平台", "自治区数据局", "5", "2026年5月31日"],
    ]
    simple_table(doc, hdr, rows, clauses, [1.0, 2.3, 4.7, 3.2, 1.6, 2.8], size=10.5,
                 aligns=[C, C, L, C, C, C], hdr_repeat=True, line=15)
    empty(doc, 1)
    banji(doc, ["报：自治区人民政府办公厅，商务部自贸区港司。",
                "送：自治区自贸试验区工作领导小组各成员单位。",
                "发：各片区管委会。",
                "中国（广西）自由贸易试验区工作办公室\t2026年4月15日印发"], size=12)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于2026年第一季度中国（广西）自由贸易试验区改革试点任务推进情况的通报",
            "doc_number": None,
            "issuer": ["中国（广西）自由贸易试验区工作办公室"],
            "date": "2026-04-15",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["进度滞后改革试点任务清单"],
            "doc_type": "通报",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_sichuan():
    """川商务厅+应急厅联合发文: 商务领域安全生产明查暗访通报 (特急, 空格缩进, 横排附件)."""
    stem = "blind1065_sichuan_anquan"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    # joint 红头 in a borderless layout table: two organ names + merged 文件
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [11.2, 3.6])
    set_cell(t.cell(0, 0), "四川省商务厅", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    set_cell(t.cell(1, 0), "四川省应急管理厅", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 30, line=40)
    vcenter(m)
    for cell in (t.cell(0, 0), t.cell(1, 0), m):
        for r in cell.paragraphs[0].runs:
            r.font.color.rgb = RED
    empty(doc, 1, line=20)
    p = add_par(doc, "川商流通〔2026〕5号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for tline in ("四川省商务厅 四川省应急管理厅",
                  "关于2025年第四季度全省商务领域安全生产",
                  "明查暗访情况的通报"):
        add_par(doc, [(tline, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市（州）商务主管部门，各市（州）应急管理局：", indent=False)

    # this clerk indents with typed full-width spaces, not first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t, hf=KT):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hf, 16, False), (t, FS, 16, False)], indent=False)

    body("为切实做好岁末年初商务领域安全生产工作，2025年11月下旬至12月中旬，省商务厅、省应急管理厅联合组成5个暗访组，采取“四不两直”方式，对8个市的商场超市、商品交易市场、加油站、住宿餐饮等场所开展了明查暗访。现将有关情况通报如下:")
    head("一、总体情况")
    body("本次共检查商贸经营单位126家，发现各类安全隐患和问题347项，其中重大事故隐患3项。截至2026年1月15日，已整改298项，整改率85.9%。")
    add_par(doc, [("表1 各市明查暗访发现问题情况（单位：家、项、%）", HT, 14, False)],
            align=C, indent=False, before=4)
    hdr = ["市", "检查单位数", "发现问题数", "其中：重大事故隐患", "已整改", "整改率"]
    rows = [
        ["成都市", "28", "62", "0", "60", "96.8"],
        ["德阳市", "14", "31", "0", "30", "96.8"],
        ["绵阳市", "16", "48", "1", "39", "81.3"],
        ["泸州市", "12", "35", "0", "31", "88.6"],
        ["乐山市", "13", "33", "0", "29", "87.9"],
        ["南充市", "15", "52", "1", "40", "76.9"],
        ["宜宾市", "14", "44", "0", "38", "86.4"],
        ["达州市", "14", "42", "1", "31", "73.8"],
        ["合计", "126", "347", "3", "298", "85.9"],
    ]
    simple_table(doc, hdr, rows, clauses, [2.4, 2.4, 2.4, 3.6, 2.4, 2.4], size=10.5, line=15)
    empty(doc, 1, line=12)
    head("二、存在的主要问题")
    runin("（一）消防安全隐患仍然突出。", "部分场所疏散通道堵塞、消防设施停用。南充市顺庆区五星商贸城安全出口被货物堵塞，达州市通川区万利达购物广场自动喷水灭火系统处于关闭状态。")
    runin("（二）电气线路私拉乱接较多。", "绵阳市涪城区鑫源农贸批发市场商户私拉电线为电动自行车充电，线路未穿管保护。")
    # half-width brackets typed by this clerk from here on
    runin("(三)加油站安全管理不规范。", "部分加油站卸油时未连接静电接地装置，个别站点在加油区违规从事非油品经营。")
    head("三、表扬和批评")
    # two paragraphs typed with Shift+Enter inside one w:p
    t1 = "成都市、德阳市商务和应急管理部门建立隐患“发现—交办—整改—销号”闭环机制，问题整改率均达到96%以上，予以通报表扬。"
    t2 = "对存在重大事故隐患且整改缓慢的南充市顺庆区五星商贸城、达州市通川区万利达购物广场、绵阳市涪城区鑫源农贸批发市场予以通报批评；对南充市、达州市商务主管部门分管负责同志进行约谈。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    head("四、工作要求")
    body("1.立即抓好隐患整改。各地要对照整改清单(见附件)督促逐项整改，重大事故隐患实行挂牌督办，整改完成后及时验收销号。")
    body("2.深入开展排查整治。春节、元宵节期间要以商业综合体、商品交易市场、加油站为重点，持续开展隐患排查整治。")
    body("3.按时报送整改情况。请于2026年2月10日前将整改完成情况报送省商务厅市场运行和消费促进处，同时抄送省应急管理厅。")
    add_par(doc, IND + "特此通报。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：2025年第四季度全省商务领域安全生产明查暗访发现问题整改清单", indent=False)
    empty(doc, 2)
    # joint 落款 with tabs, date in Chinese numerals, spaces to push right
    p = add_par(doc, [("\t四川省商务厅\t四川省应急管理厅", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.6))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.6))
    add_par(doc, " " * 28 + "二〇二六年一月二十三日", indent=False)
    empty(doc, 1)
    banji(doc, ["抄送：省消防救援总队，省市场监管局。",
                "四川省商务厅办公室\t2026年1月23日印发"])

    # -------- 附件 in a landscape section, vertical merges by 市, header repeated
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2025年第四季度全省商务领域安全生产明查暗访发现问题整改清单", XBS, 20, False)],
            align=C, indent=False, line=34)
    empty(doc, 1, line=10)
    hdr = ["序号", "市", "单位名称", "存在问题", "整改措施", "整改时限", "责任单位"]
    rows = [
        ["1", "成都市", "金牛区蓉北商贸城", "部分商铺在疏散通道堆放货物", "清理疏散通道，落实每日防火巡查", "2026年1月20日", "金牛区商务局"],
        ["2", "绵阳市", "涪城区鑫源农贸批发市场", "商户私拉电线为电动自行车充电，线路未穿管保护（重大事故隐患）", "拆除私拉电线，设置集中充电区域", "2026年1月25日", "涪城区商务局、应急管理局"],
        ["3", "绵阳市", "游仙区富乐超市", "灭火器过期失效12具", "更换失效灭火器", "2026年1月20日", "游仙区商务局"],
        ["4", "泸州市", "江阳区酒城购物广场", "消防控制室值班人员未持证上岗", "配备持证值班人员", "2026年1月31日", "江阳区商务局"],
        ["5", "乐山市", "市中区嘉州大酒店", "厨房未安装可燃气体报警装置", "安装可燃气体报警装置", "2026年1月31日", "市中区商务局"],
        ["6", "南充市", "顺庆区五星商贸城", "安全出口被货物堵塞，室内消火栓系统无水（重大事故隐患）", "清除堵塞物，修复消火栓供水系统", "2026年1月25日", "顺庆区商务局、应急管理局"],
        ["7", "南充市", "高坪区江东加油站", "卸油作业时未连接静电接地装置", "规范卸油作业流程", "2026年1月25日", "高坪区商务局"],
        ["8", "宜宾市", "翠屏区南岸东路加油站", "在加油区违规从事非油品经营", "清理加油区非油品经营设施", "2026年1月20日", "翠屏区商务局"],
        ["9", "宜宾市", "叙州区长江国际商贸城", "配电箱前堆放杂物，电气线路老化", "更换老化线路，清理杂物", "2026年1月31日", "叙州区商务局"],
        ["10", "达州市", "通川区万利达购物广场", "自动喷水灭火系统处于关闭状态（重大事故隐患）", "恢复系统运行，委托专业机构检测", "2026年1月25日", "通川区商务局、应急管理局"],
        ["11", "达州市", "达川区金龙大酒店", "应急预案未开展演练", "修订应急预案，组织全员演练", "2026年2月10日", "达川区商务局"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [1.1, 1.6, 4.0, 6.4, 5.0, 2.6, 3.6])
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=15)
        vcenter(t.rows[0].cells[i])
    repeat_header(t.rows[0])
    aligns = [C, C, L, L, L, C, C]
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=aligns[ci], line=15)
            vcenter(t.cell(ri, ci))
        clauses.append(row_clause(hdr, row))
    # merge the 市 column over runs of the same city
    ri = 0
    while ri < len(rows):
        rj = ri
        while rj + 1 < len(rows) and rows[rj + 1][1] == rows[ri][1]:
            rj += 1
        cell = t.cell(ri + 1, 1)
        if rj > ri:
            cell = cell.merge(t.cell(rj + 1, 1))
        set_cell(cell, rows[ri][1], FS, 10.5, line=15)
        vcenter(cell)
        ri = rj + 1

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省商务厅 四川省应急管理厅关于2025年第四季度全省商务领域安全生产明查暗访情况的通报",
            "doc_number": "川商流通〔2026〕5号",
            "issuer": ["四川省商务厅", "四川省应急管理厅"],
            "date": "2026-01-23",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": ["2025年第四季度全省商务领域安全生产明查暗访发现问题整改清单"],
            "doc_type": "通报",
            "recipients": ["各市（州）商务主管部门", "各市（州）应急管理局"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hunan(), doc_guangxi(), doc_sichuan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
