# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 981: 县人民政府关于设立边境经济合作区管理委员会的批复 + 县编办三定方案.

Writes blind981_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
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
IND = "\u3000\u3000"  # two full-width spaces typed instead of a first-line indent

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
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
    if scale is not None:
        # character scaling (字符缩放), as clerks do to squeeze a long 版头 onto one line
        w = parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale))
        sz = rpr.find(qn("w:sz"))
        if sz is not None:
            sz.addprevious(w)
        else:
            rpr.append(w)
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
    """runs: list of (text, fontname, size, bold[, color[, scale]]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        scale = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, scale)
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


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


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
    # page number footer "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_981", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [981]


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
def doc_pifu_jiangcheng():
    """县人民政府批复 (红头文件式, typed numbering, odd title wrap, 落款 by spaces)."""
    stem = "blind981_jiangcheng_pifu"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    # 版头: long organ name squeezed with character scaling, red
    add_par(doc, [("江城哈尼族彝族自治县人民政府文件", XBS, 36, False, RED, 62)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=12)
    empty(doc, 1)
    p = add_par(doc, "江政复〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped by hand at an odd place (Shift+Enter inside one paragraph)
    p = add_par(doc, [("江城哈尼族彝族自治县人民政府关于设立", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("江城勐康边境经济合作区管理委员会的批复"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "县商务局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("你局《关于设立江城勐康边境经济合作区管理委员会的请示》（江商发〔2026〕11号）收悉。经县人民政府第42次常务会议研究，现批复如下：")
    body("一、同意设立江城勐康边境经济合作区管理委员会（以下简称管委会），为县人民政府派出机构，机构规格为正科级，委托县商务局代管。管委会办公地点设在康平镇勐康口岸联检楼。")
    body("二、管委会负责江城勐康边境经济合作区(以下简称合作区）的规划建设、投资促进、产业发展和日常管理服务工作，统筹推进勐康口岸、中老经济走廊江城段建设和面向老挝、越南的边境贸易发展。管委会的具体职责、内设机构和人员编制，由县委机构编制委员会办公室另行核定。")
    body("三、合作区规划面积12.68平方公里，分为口岸通关服务区（2.15平方公里）、边民互市贸易区（1.37平方公里）、进出口加工区（6.42平方公里）和仓储物流区（2.74平方公里）四个功能区，四至范围以县自然资源局核定的界线为准。")
    body("四、管委会设主任1名，由县人民政府分管副县长兼任；设常务副主任1名（正科级）、副主任2名（副科级）。管委会所需经费列入县级财政预算，非税收入按照\"收支两条线\"规定管理。")
    body("五、县商务局要会同县发展改革局、县财政局、县自然资源局、县人力资源社会保障局和康平镇人民政府，抓紧做好管委会组建、人员调配和资产移交等工作，确保2026年4月30日前挂牌运行。各有关部门要按照职责分工，积极支持合作区建设，把合作区打造成为我省建设面向南亚东南亚辐射中心、联动中国（云南）自由贸易试验区和共建“一带一路”的重要平台。")
    add_par(doc, "此复。")
    empty(doc, 2)
    # 落款 pushed right with typed half-width spaces
    add_par(doc, " " * 28 + "江城哈尼族彝族自治县人民政府", indent=False)
    add_par(doc, " " * 36 + "二〇二六年三月十二日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：县委办公室，县人大常委会办公室，县政协办公室，县委机构编制委员会办公室，县发展改革局，县财政局，县自然资源局，康平镇人民政府。",
          "江城哈尼族彝族自治县人民政府办公室", "2026年3月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "江城哈尼族彝族自治县人民政府关于设立江城勐康边境经济合作区管理委员会的批复",
            "doc_number": "江政复〔2026〕7号",
            "issuer": ["江城哈尼族彝族自治县人民政府"],
            "date": "2026-03-12",
            "published": None,
            "level": "county",
            "region": "江城哈尼族彝族自治县",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "批复",
            "recipients": ["县商务局"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_sanding_jiangcheng():
    """县编办印发管委会职能配置、内设机构和人员编制方案的通知 (notice + 方案 = one document)."""
    stem = "blind981_jiangcheng_sanding"
    doc = Document()
    setup(doc)
    clauses = []

    # 版头 in two red lines
    add_par(doc, [("中共江城哈尼族彝族自治县委", XBS, 30, False, RED, 80)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("机构编制委员会办公室", XBS, 30, False, RED, 80)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    p = add_par(doc, "江编办发〔2026〕5号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    # title over three separate paragraphs, broken at odd places
    for t in ("关于印发《江城勐康边境经济合作区管理", "委员会职能配置、内设机构和人员编制",
              "方案》的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=36)
    empty(doc, 1)
    add_par(doc, "县商务局，江城勐康边境经济合作区管理委员会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("根据《江城哈尼族彝族自治县人民政府关于设立江城勐康边境经济合作区管理委员会的批复》（江政复〔2026〕7号）精神，经县委机构编制委员会2026年第2次会议研究同意，现将《江城勐康边境经济合作区管理委员会职能配置、内设机构和人员编制方案》印发给你们，请认真贯彻执行。")
    empty(doc, 1)
    # 落款 on the right via right-aligned paragraphs with right indent
    for t, ri in (("中共江城哈尼族彝族自治县委机构编制委员会办公室", 16), ("2026年4月8日", 80)):
        p = add_par(doc, t, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(ri)

    # ---- the 方案 itself, on a new page
    page_break(doc)
    add_par(doc, [("江城勐康边境经济合作区管理委员会", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("职能配置、内设机构和人员编制方案", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    body("为加快推进江城勐康边境经济合作区（以下简称合作区）建设，理顺合作区管理体制，根据有关规定和《江城哈尼族彝族自治县人民政府关于设立江城勐康边境经济合作区管理委员会的批复》（江政复〔2026〕7号），制定本方案。")
    body("江城勐康边境经济合作区管理委员会（以下简称管委会）是县人民政府的派出机构，机构规格为正科级，委托县商务局代管。")
    head("一、主要职责")
    body("（一）贯彻执行党和国家关于沿边开发开放和边境经济合作区建设的方针政策及法律法规，研究拟订合作区发展规划、产业政策和年度工作计划，并组织实施。")
    body("（二）负责合作区国土空间规划的编制申报和实施管理，配合做好合作区土地征收、房屋征收和基础设施建设工作。")
    body("（三）负责合作区招商引资和投资促进工作，承担入区项目的前期服务、协调推进和跟踪管理，优化合作区营商环境。")
    body("（四）负责推进勐康口岸通关便利化和边民互市贸易发展，配合海关、边检等口岸查验单位做好监管服务工作，推动与老挝丰沙里省、越南奠边省的经贸交流合作。")
    body("（五）负责合作区经济运行监测、统计分析和信息发布，协调推进合作区与中国（云南）自由贸易试验区、中老铁路沿线开发开放平台的联动发展。")
    body("（六）负责合作区安全生产、生态环境保护、应急管理和社会事务的统筹协调工作。")
    body("（七）完成县委、县人民政府交办的其他任务。")
    head("二、内设机构")
    body("根据上述职责，管委会设4个内设机构：")
    body("1.综合办公室。负责管委会日常运转，承担文电、会务、机要、档案、信息、督查、保密、政务公开等工作；承担财务、资产管理、人事和机关党建工作；承担合作区安全生产、应急管理和社会事务的综合协调工作。")
    body("2．规划建设部。负责组织编制合作区产业发展规划和详细规划，承担合作区基础设施和公共服务设施建设项目的前期工作和建设管理；配合做好用地报批、征地拆迁和生态环境保护工作。")
    body("3.招商合作部。负责拟订合作区招商引资政策措施和年度计划，承担项目引进、洽谈、签约和落地服务工作；承担与老挝、越南边境地区的经贸交流合作事务。")
    body("4.口岸贸易部。负责协调推进勐康口岸基础设施建设和通关便利化，承担边民互市贸易区运营管理、边民互助组和落地加工企业的服务工作；承担合作区经济运行监测和统计分析工作。")
    head("三、人员编制")
    body("管委会核定行政编制8名，事业编制6名（从县属事业单位调剂划转）。设主任1名，由县人民政府分管副县长兼任，不占管委会编制；常务副主任1名（正科级），副主任2名（副科级）；内设机构负责人4名。各内设机构编制分配如下：")

    # caption + unit line
    add_par(doc, [("江城勐康边境经济合作区管理委员会编制分配表", HT, 15, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    add_par(doc, [("单位：名", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
            line=20)
    keys = ["机构名称", "编制数／行政编制", "编制数／事业编制", "领导职数", "备注"]
    rows = [
        ["管委会领导", "3", "—", "常务副主任1名、副主任2名", "主任由副县长兼任，不占编制"],
        ["综合办公室", "2", "1", "主任1名", "—"],
        ["规划建设部", "1", "2", "部长1名", "—"],
        ["招商合作部", "1", "1", "部长1名", "—"],
        ["口岸贸易部", "1", "2", "部长1名", "事业编制从县口岸服务中心划转"],
        ["合计", "8", "6", "7名", "—"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    set_cell(h0[0], "机构名称", HT, 12)
    set_cell(h0[1], "编制数", HT, 12)
    set_cell(h0[3], "领导职数", HT, 12)
    set_cell(h0[4], "备注", HT, 12)
    set_cell(h1[1], "行政编制", HT, 12)
    set_cell(h1[2], "事业编制", HT, 12)
    h0[1].merge(h0[2])
    set_cell(t.rows[0].cells[1], "编制数", HT, 12)
    for ci in (0, 3, 4):
        txt = t.rows[0].cells[ci].text
        m = t.rows[0].cells[ci].merge(t.rows[1].cells[ci])
        set_cell(m, txt, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    bw = [Cm(2.9), Cm(2.0), Cm(2.0), Cm(4.3), Cm(4.4)]
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), bw):
        gc.set(qn("w:w"), str(int(w.twips)))
    body_note = "注：事业编制人员从县属事业单位调剂划转，实行总量控制，不得突破；领导职数按规定程序配备。"
    clauses.append(body_note)
    add_par(doc, [(body_note, FS, 12, False)], indent=False, line=20, before=4)

    head("四、其他事项")
    body("（一）合作区范围内的行政审批和公共服务事项，按照“依法委托、能放则放”的原则，由县直有关部门委托或下放管委会承办，具体事项清单由县商务局会同县司法局另行拟定，报县人民政府审定。")
    body("（二）管委会与县直有关部门、康平镇人民政府的职责分工，按照“县直部门管行业、管委会抓发展、乡镇管社会”的原则划分；涉及边境管控、口岸查验的事项，按照有关规定执行。")
    body("（三）本方案由县委机构编制委员会办公室负责解释，其调整由县委机构编制委员会办公室按规定程序办理。")
    body("（四）本方案自印发之日起施行。")

    banji(doc, "抄送：县委办公室，县人民政府办公室，县委组织部，县财政局，县人力资源社会保障局。",
          "中共江城县委机构编制委员会办公室", "2026年4月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于印发《江城勐康边境经济合作区管理委员会职能配置、内设机构和人员编制方案》的通知",
            "doc_number": "江编办发〔2026〕5号",
            "issuer": ["中共江城哈尼族彝族自治县委机构编制委员会办公室"],
            "date": "2026-04-08",
            "published": None,
            "level": "county",
            "region": "江城哈尼族彝族自治县",
            "effective": "2026-04-08",
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["县商务局", "江城勐康边境经济合作区管理委员会"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_pifu_jimunai():
    """Another county's 批复: 函件式 red head, 特急, Word auto numbering, 附件 page with table."""
    stem = "blind981_jimunai_pifu"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("吉木乃县人民政府", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=6)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    p = add_par(doc, "吉政函〔2025〕86号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    add_par(doc, [("吉木乃县人民政府关于同意设立吉木乃边境", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("经济合作区管理委员会的批复", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "县商务和工业信息化局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    heads = [0]

    def item(t):
        heads[0] += 1
        clauses.append("%s、%s" % (CN[heads[0] - 1], t))
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_head)

    body("你局《关于设立吉木乃边境经济合作区管理委员会的请示》（吉商工信〔2025〕29号）收悉。经县人民政府2025年第18次常务会议研究，现批复如下：")
    item("同意设立吉木乃边境经济合作区管理委员会（以下简称管委会），为县人民政府派出机构，机构规格为正科级，与吉木乃口岸管理委员会合署办公，实行“一套人马、两块牌子”。")
    item("吉木乃边境经济合作区（以下简称合作区）规划面积8.36平方公里，由口岸物流园区、进出口商品加工区和边民互市贸易区组成，四至范围及功能分区详见附件。")
    item("管委会主要承担合作区规划建设、招商引资、边境贸易促进和企业服务等职责，推动合作区深度融入丝绸之路经济带核心区建设，加强与哈萨克斯坦东哈萨克斯坦州的经贸合作。管委会内设机构和人员编制，按程序报县委机构编制委员会审批。")
    item("合作区建设要坚持“规划先行、集约节约、生态优先”，严格落实耕地保护红线和生态保护红线管控要求，依法依规办理用地、环评、林草等审批手续，严禁未批先建。")
    item("请你局会同县发展和改革委员会、县财政局、县自然资源局、吉木乃海关、吉木乃边境检查站等单位，抓紧做好管委会组建、规划编制和项目储备工作，重大事项及时向县人民政府报告。")
    add_par(doc, "此复。")
    empty(doc, 1)
    add_par(doc, "附件：吉木乃边境经济合作区四至范围及功能分区", indent=True)
    empty(doc, 2)
    # 落款 in a borderless layout table, organ and date in one cell with Shift+Enter
    lt = doc.add_table(rows=1, cols=2)
    no_borders(lt)
    c = lt.rows[0].cells[1]
    c.text = ""
    cp = c.paragraphs[0]
    font(cp.add_run("吉木乃县人民政府"), FS, 16)
    cp.add_run().add_break(WD_BREAK.LINE)
    font(cp.add_run("2025年11月20日"), FS, 16)
    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cp.paragraph_format.line_spacing = Pt(28)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("吉木乃边境经济合作区四至范围及功能分区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    body("合作区位于吉木乃县城以西、吉木乃口岸以东，规划总面积8.36平方公里，分为3个功能区，具体如下：")
    add_par(doc, [("吉木乃边境经济合作区功能分区一览表（面积单位：平方公里）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    header = ["序号", "功能分区", "面积", "四至范围", "主要功能"]
    rows = [
        ["1", "口岸物流园区", "2.48", "东至口岸大道，西至吉木乃口岸限定区域，南至S229线，北至边防巡逻路",
         "国际货物中转、仓储分拨、冷链物流、保税物流"],
        ["2", "进出口商品加工区", "4.12", "东至托斯特乡界，西至口岸大道，南至S229线，北至额尔齐斯河支流引水渠",
         "进口油气、粮油、矿产品落地加工，出口机电产品组装"],
        ["3", "边民互市贸易区", "1.76", "东至口岸大道，西至边民互市监管场所围网，南至边防巡逻路以北300米，北至边防巡逻路",
         "边民互市交易、互市商品落地加工、跨境电商"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci >= 3 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    widths = [Cm(1.3), Cm(3.0), Cm(1.6), Cm(5.8), Cm(3.9)]
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = w
    note = "注：四至范围以县自然资源局勘测定界成果为准，具体坐标另见合作区总体规划图件。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "吉木乃县人民政府关于同意设立吉木乃边境经济合作区管理委员会的批复",
            "doc_number": "吉政函〔2025〕86号",
            "issuer": ["吉木乃县人民政府"],
            "date": "2025-11-20",
            "published": None,
            "level": "county",
            "region": "吉木乃县",
            "effective": None,
            "expires": None,
            "attachments": ["吉木乃边境经济合作区四至范围及功能分区"],
            "doc_type": "批复",
            "recipients": ["县商务和工业信息化局"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_pifu_jiangcheng(), doc_sanding_jiangcheng(), doc_pifu_jimunai()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
