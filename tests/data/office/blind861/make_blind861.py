# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 861: 外资项目用地预审与规划许可批复（自然资源部门批复，含项目基本情况表）.

Writes blind861_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
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
IND = "\u3000\u3000"  # clerk-typed full-width spaces instead of a first-line indent

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
    """runs: plain str or list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


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
    # footer page number "— 1 —"
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


def col_widths(t, widths_cm):
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for ri, row in enumerate(t.rows):
        ci = 0
        for tc in row._tr.findall(qn("w:tc")):
            gs = tc.find(qn("w:tcPr") + "/" + qn("w:gridSpan"))
            span = int(gs.get(qn("w:val"))) if gs is not None else 1
            w = sum(widths_cm[ci:ci + span])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w * 567)))
            tcw.set(qn("w:type"), "dxa")
            ci += span


def banji(doc, cc, printer=None, date_txt=None):
    """版记: 抄送 (+ 印发) between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    if printer:
        p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                           (date_txt, FS, 14, False)], indent=False, line=24)
        p2.paragraph_format.left_indent = Pt(14)
        p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
        border(p2, "bottom", "000000", 8, 4)
    else:
        border(p, "bottom", "000000", 8, 4)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [861]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
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


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_861", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
# 浙江省自然资源厅 用地预审与规划选址批复（文件式版头，附件1/附件2 各占一页）
def doc_zhejiang():
    stem = "blind861_zhejiang_yushen"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    add_par(doc, [("浙江省自然资源厅文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    empty(doc, 2)
    p = add_par(doc, "浙自然资预〔2026〕23号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs, wrapped at odd places
    for part in ("浙江省自然资源厅关于维斯特瑞（宁波）新材",
                 "料有限公司年产12万吨高性能锂电池隔膜及",
                 "配套材料项目用地预审与规划选址的批复"):
        add_par(doc, [(part, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "宁波市自然资源和规划局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("你局《关于维斯特瑞（宁波）新材料有限公司年产12万吨高性能锂电池隔膜及配套材料项目用地预审与规划选址的请示》（甬自然资规〔2026〕41号）及相关材料收悉。经审查，现批复如下：")
    body("一、维斯特瑞（宁波）新材料有限公司年产12万吨高性能锂电池隔膜及配套材料项目为外商独资项目，由德国维斯特瑞控股有限公司全资设立的维斯特瑞（宁波）新材料有限公司投资建设，已由宁波市发展和改革委员会予以备案（项目代码：2601-330206-04-01-583216），并列入《2026年浙江省重大建设项目实施计划》。项目建设符合国家产业政策和《鼓励外商投资产业目录（2022年版）》，原则同意该项目通过用地预审，并核发建设项目用地预审与选址意见书（用字第330200202600017号）。")
    body("二、项目拟选址位于宁波市北仑区小港街道、大碶街道，地处中国（浙江）自由贸易试验区宁波片区。项目拟用地总面积42.3618公顷，其中农用地18.2547公顷（含耕地6.1032公顷），建设用地21.0436公顷，未利用地3.0635公顷，不占用永久基本农田，不涉及生态保护红线。项目选址位于《宁波市国土空间总体规划（2021—2035年）》确定的城镇开发边界内，符合国土空间规划管控要求。")
    body("三、项目用地规模和功能分区基本符合《工业项目建设用地控制指标》要求。项目容积率不低于1.2，建筑系数不低于40%，行政办公及生活服务设施用地面积不得超过项目总用地面积的7%，严禁在项目用地范围内建造成套住宅、专家楼、宾馆、招待所和培训中心等非生产性配套设施。你局要督促建设单位在初步设计阶段进一步优化总平面布置，提高土地利用效率。")
    body("四、项目占用耕地6.1032公顷，须严格落实耕地占补平衡制度，按照“占一补一、占优补优、占水田补水田”的要求补充数量相等、质量相当的耕地，补充耕地方案须在用地报批前落实到位。")
    body("五、项目用地涉及土地征收的，宁波市、北仑区人民政府要依法履行征地前期程序，做好土地现状调查、社会稳定风险评估和征地补偿安置等工作，确保被征地农民原有生活水平不降低、长远生计有保障。")
    body("六、该项目为外商投资项目，用地应当以出让方式供应，出让价格不得低于所在地土地等级相对应的《全国工业用地出让最低价标准》。你局要在土地出让合同中明确约定投资强度、产出效益、开竣工时间等内容，依法实施履约监管。")
    # items 七 and 八 typed in one paragraph separated by Shift+Enter
    t7 = "七、本批复有效期至2029年3月26日。在有效期内，项目建设地点、用地规模发生重大调整的，应当重新申请办理用地预审与规划选址。"
    t8 = "八、你局要加强对项目用地的全过程监管，严禁未批先用、边批边用。项目正式用地报批时，应按规定提交本批复及用地预审与选址意见书。"
    p = doc.add_paragraph()
    font(p.add_run(t7), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t8), FS, 16)
    fmt(p)
    clauses.extend([t7, t8])

    empty(doc, 1)
    add_par(doc, "附件：1．项目基本情况表")
    add_par(doc, "\u3000\u3000\u3000" + "2．项目拟用地地类构成表")
    empty(doc, 2)
    p = add_par(doc, "浙江省自然资源厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年3月27日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件1
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("项目基本情况表", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=36)
    empty(doc, 1, line=14)
    header = ["序号", "项目", "内容"]
    rows = [
        ["1", "项目名称", "维斯特瑞（宁波）新材料有限公司年产12万吨高性能锂电池隔膜及配套材料项目"],
        ["2", "建设单位", "维斯特瑞（宁波）新材料有限公司"],
        ["3", "外方投资者及国别", "维斯特瑞控股有限公司（Westrey Holding GmbH），德国"],
        ["4", "企业类型", "外商独资企业"],
        ["5", "项目代码", "2601-330206-04-01-583216"],
        ["6", "备案机关", "宁波市发展和改革委员会"],
        ["7", "建设地点", "宁波市北仑区小港街道、大碶街道（中国（浙江）自由贸易试验区宁波片区）"],
        ["8", "总投资", "38.6亿元（其中外资5.2亿美元）"],
        ["9", "主要建设内容", "新建隔膜生产车间、涂覆车间、原料仓库、成品仓库、研发中心及配套公用工程，总建筑面积约31.8万平方米"],
        ["10", "拟用地总面积", "42.3618公顷"],
        ["11", "用地预审与选址意见书编号", "用字第330200202600017号"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 14)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 14,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, [1.6, 4.4, 9.6])

    # ---------------- 附件2
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("项目拟用地地类构成表", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=36)
    add_par(doc, [("单位：公顷", FS, 14, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    # two-level header: 农用地 spans 小计/耕地/永久基本农田
    t = doc.add_table(rows=2, cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in ((0, "序号"), (1, "行政区域"), (2, "总面积"), (6, "建设用地"), (7, "未利用地")):
        c = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(c, h, HT, 10.5)
    c = t.cell(0, 3).merge(t.cell(0, 5))
    set_cell(c, "农用地", HT, 10.5)
    for ci, h in ((3, "小计"), (4, "耕地"), (5, "永久基本农田")):
        set_cell(t.cell(1, ci), h, HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    flat = ["序号", "行政区域", "总面积", "农用地／小计", "农用地／耕地", "农用地／永久基本农田",
            "建设用地", "未利用地"]
    data = [
        ["1", "北仑区小港街道", "30.1275", "12.4108", "4.0817", "0", "15.6532", "2.0635"],
        ["2", "北仑区大碶街道", "12.2343", "5.8439", "2.0215", "0", "5.3904", "1.0000"],
        ["合计", "—", "42.3618", "18.2547", "6.1032", "0", "21.0436", "3.0635"],
    ]
    for row in data:
        cells = t.add_row().cells
        for ci, v in enumerate(row):
            set_cell(cells[ci], v, FS, 10.5)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(flat, row)))
    col_widths(t, [1.3, 2.1, 2.1, 2.1, 2.0, 2.0, 2.1, 1.9])
    note = "注：表中面积以宁波市自然资源和规划局组织的勘测定界成果为准；项目用地不占用永久基本农田。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    banji(doc, "抄送：自然资源部，省发展改革委、省商务厅，宁波市人民政府，北仑区人民政府。",
          "浙江省自然资源厅办公室", "2026年3月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省自然资源厅关于维斯特瑞（宁波）新材料有限公司年产12万吨高性能锂电池隔膜及配套材料项目用地预审与规划选址的批复",
            "doc_number": "浙自然资预〔2026〕23号",
            "issuer": ["浙江省自然资源厅"],
            "date": "2026-03-27",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": "2029-03-26",
            "attachments": ["项目基本情况表", "项目拟用地地类构成表"],
            "doc_type": "批复",
            "recipients": ["宁波市自然资源和规划局"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 三亚市自然资源和规划局：建设用地规划许可批复 + 批后公告（一个文件两份公文）
def doc_sanya():
    stem = "blind861_sanya_guihua"
    doc = Document()
    setup(doc)
    c1 = []

    add_par(doc, [("三亚市自然资源和规划局", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=48, before=6)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    # 文号 pushed right with typed spaces
    add_par(doc, " " * 44 + "三自然资规〔2026〕186号", indent=False)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("三亚市自然资源和规划局关于海蓝深科"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（三亚）海洋科技有限公司深海装备研发及"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("测试基地项目建设用地规划许可的批复"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "三亚崖州湾科技城管理局：", indent=False)

    def body(t):
        c1.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def item(h, t):
        c1.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("你局《关于海蓝深科（三亚）海洋科技有限公司深海装备研发及测试基地项目申请办理建设用地规划许可的请示》（崖科城管〔2026〕58号）收悉。经研究，现批复如下：")
    head("一、项目概况")
    body("该项目由新加坡海蓝深科私人有限公司(Oceanus Deep Technologies Pte. Ltd.)在三亚崖州湾科技城投资设立的外商独资企业海蓝深科（三亚）海洋科技有限公司建设，总投资12.8亿元，主要建设深海装备研发中心、水池测试厂房、中试车间及配套设施。项目已取得海南省发展和改革委员会备案（项目代码：2603-460200-04-01-219874），用地已通过海南省自然资源和规划厅用地预审（琼自然资预〔2026〕12号）。")
    head("二、许可意见")
    body("经审查，该项目符合《三亚崖州湾科技城南山港片区控制性详细规划（修编）》，同意核发建设用地规划许可证（地字第460200202600042号）。项目用地位于三亚崖州湾科技城南山港片区，用地面积85326.47平方米（约128亩），用地性质为一类工业用地（M1）和科研用地（A35），土地供应方式为挂牌出让。")
    head("三、规划设计条件")
    body("项目用地按两个地块实施，各地块规划设计条件如下：")
    add_par(doc, [("地块规划设计条件表", HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=24)
    add_par(doc, [("（面积单位：平方米）", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=20)
    t = doc.add_table(rows=2, cols=9)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in ((0, "序号"), (1, "地块编号"), (2, "用地性质"), (3, "用地面积"),
                  (6, "建筑密度"), (7, "绿地率"), (8, "建筑限高（米）")):
        set_cell(t.cell(0, ci).merge(t.cell(1, ci)), h, HT, 10.5)
    set_cell(t.cell(0, 4).merge(t.cell(0, 5)), "容积率", HT, 10.5)
    set_cell(t.cell(1, 4), "下限", HT, 10.5)
    set_cell(t.cell(1, 5), "上限", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    flat = ["序号", "地块编号", "用地性质", "用地面积", "容积率／下限", "容积率／上限",
            "建筑密度", "绿地率", "建筑限高（米）"]
    data = [
        ["1", "YZW-NS-03-07", "一类工业用地（M1）", "52418.36", "1.2", "2.0", "≥40%", "≤15%", "40"],
        ["2", "YZW-NS-03-08", "科研用地（A35）", "32908.11", "—", "2.5", "≤35%", "≥30%", "60"],
        ["合计", "—", "—", "85326.47", "—", "—", "—", "—", "—"],
    ]
    for row in data:
        cells = t.add_row().cells
        for ci, v in enumerate(row):
            set_cell(cells[ci], v, FS, 10.5)
        c1.append("；".join("%s：%s" % (h, v) for h, v in zip(flat, row)))
    col_widths(t, [1.2, 2.2, 2.2, 2.4, 1.2, 1.2, 1.7, 1.7, 1.8])
    note = "注：建筑限高自室外地坪起算，并须同时满足三亚凤凰国际机场净空保护要求。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    c1.append(note)
    head("四、有关要求")
    item("（一）", "建设单位应依据本批复及建设用地规划许可证，委托具有相应资质的设计单位编制建设工程设计方案，报我局审查。")
    item("（二）", "项目须执行以下规划管控要求：")
    body("1.建筑退让用地红线不少于10米，沿南山港路一侧退让不少于15米。")
    body("2.机动车停车位按每100平方米建筑面积0.6个配置，并按不低于20%的比例建设充电设施。")
    body("3.建筑风貌应体现热带滨海特色，色彩以浅色调为主，屋顶宜采用坡屋顶或设置屋顶绿化。")
    item("（三）", "建设单位自本批复及建设用地规划许可证核发之日起一年内未签订国有建设用地使用权出让合同，又未申请延期的，本批复及建设用地规划许可证自行失效。")
    item("（四）", "项目建设涉及文物保护、军事设施保护等事项的，应按规定征求相关部门意见。")
    empty(doc, 2)
    add_par(doc, " " * 36 + "三亚市自然资源和规划局", indent=False)
    add_par(doc, " " * 38 + "二〇二六年五月十二日", indent=False)
    add_par(doc, IND + "（此件主动公开）", indent=False)
    banji(doc, "抄送：三亚市人民政府，海南省自然资源和规划厅，三亚市商务局、三亚市住房和城乡建设局。",
          "三亚市自然资源和规划局办公室", "2026年5月12日印发")

    meta_common = {"issuer": ["三亚市自然资源和规划局"], "published": None,
                   "level": "municipal", "region": "三亚市", "effective": None,
                   "expires": None, "attachments": [], "repeals": None}
    d1 = dict(meta_common)
    d1.update({
        "title": "三亚市自然资源和规划局关于海蓝深科（三亚）海洋科技有限公司深海装备研发及测试基地项目建设用地规划许可的批复",
        "doc_number": "三自然资规〔2026〕186号",
        "date": "2026-05-12",
        "doc_type": "批复",
        "recipients": ["三亚崖州湾科技城管理局"],
        "publicity": "此件主动公开",
    })

    # ---------------- second document: 批后公告
    c2 = []
    p = add_par(doc, [("深海装备研发及测试基地项目", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("建设用地规划许可批后公告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body2(t):
        c2.append(t)
        add_par(doc, IND + t, indent=False, line=25)

    body2("根据《中华人民共和国城乡规划法》《海南省城乡规划条例》有关规定，我局已于2026年5月12日对海蓝深科（三亚）海洋科技有限公司深海装备研发及测试基地项目核发建设用地规划许可证，现将有关内容公告如下：")
    body2("一、项目名称：深海装备研发及测试基地项目。")
    body2("二、建设单位：海蓝深科（三亚）海洋科技有限公司。")
    body2("三、用地位置：三亚崖州湾科技城南山港片区，东至规划南山港路，南至规划滨海二路，西至规划科创七路，北至现状防护绿地。")
    body2("四、用地面积：85326.47平方米。")
    body2("五、用地性质：一类工业用地（M1）、科研用地（A35）。")
    body2("六、许可证编号：地字第460200202600042号。")
    body2("七、公告期限：自2026年5月15日起至2026年5月24日止，共10日。")
    body2("公民、法人和其他组织对公告内容有意见的，可在公告期内以书面形式向三亚市自然资源和规划局反映。联系电话：0898-88365217；地址：三亚市吉阳区迎宾路369号。")
    add_par(doc, IND + "特此公告。", indent=False)
    p = add_par(doc, "三亚市自然资源和规划局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年5月15日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)

    d2 = dict(meta_common)
    d2.update({
        "title": "深海装备研发及测试基地项目建设用地规划许可批后公告",
        "doc_number": None,
        "date": "2026-05-15",
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{"meta": d1, "clauses": c1}, {"meta": d2, "clauses": c2}]
    return path


# =================================================================== DOC C
# 自然资源部复函（信函式版头、特急、自动编号、项目基本情况表分页“续表”）
def doc_qinzhou():
    stem = "blind861_qinzhou_fuhan"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("中华人民共和国自然资源部", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=48, before=6)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    p = add_par(doc, [("\t", FS, 16, False), ("自然资函〔2026〕318号", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)
    empty(doc, 1)
    for part in ("自然资源部关于中国—东盟（钦州）",
                 "绿色石化一体化项目用地预审",
                 "与选址意见的复函"):
        add_par(doc, [(part, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "广西壮族自治区自然资源厅：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    items = [0]

    def num(t):
        items[0] += 1
        clauses.append(CN[items[0] - 1] + "、" + t)
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_head)

    body("你厅《关于中国—东盟（钦州）绿色石化一体化项目用地预审与选址的请示》（桂自然资报〔2026〕37号）收悉。经研究，现函复如下：")
    num("该项目是共建“一带一路”和中国—东盟全面战略伙伴关系框架下的重大外资项目，由广西北部湾投资集团有限公司与泰国东盟联合石化大众有限公司(Asean United Petrochemical Public Company Limited)合资建设，外方持股49%，已经国家发展改革委核准（发改产业〔2026〕512号）。项目建设符合国家产业政策和国土空间规划，同意通过用地预审。项目基本情况如下：")

    p = add_par(doc, [("中国—东盟（钦州）绿色石化一体化项目基本情况表", HT, 15, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=26, before=6)
    p.paragraph_format.keep_with_next = True
    header = ["序号", "类别", "项目", "内容"]
    part1 = [
        ["1", "项目信息", "项目名称", "中国—东盟（钦州）绿色石化一体化项目"],
        ["2", "项目信息", "建设单位", "广西钦州华泰石化有限公司"],
        ["3", "项目信息", "股权结构", "广西北部湾投资集团有限公司持股51%，泰国东盟联合石化大众有限公司持股49%"],
        ["4", "项目信息", "建设地点", "广西壮族自治区钦州市钦南区，中国（广西）自由贸易试验区钦州港片区"],
        ["5", "项目信息", "总投资", "486.3亿元，其中外方出资折合约16.8亿美元"],
        ["6", "项目信息", "主要建设内容", "120万吨/年乙烯裂解装置及下游聚烯烃、环氧乙烷/乙二醇等14套主要生产装置，配套建设公用工程、储运设施和10万吨级液体化工码头后方罐区"],
    ]
    part2 = [
        ["7", "用地情况", "拟用地总面积", "386.2154公顷"],
        ["8", "用地情况", "农用地", "142.6735公顷（含耕地58.3216公顷，不占用永久基本农田）"],
        ["9", "用地情况", "建设用地", "201.0348公顷"],
        ["10", "用地情况", "未利用地", "42.5071公顷"],
        ["11", "用地情况", "生态保护红线", "不涉及"],
        ["12", "用地情况", "规划符合性", "位于《钦州市国土空间总体规划（2021—2035年）》确定的城镇开发边界内"],
        ["13", "用地指标", "单位产能用地", "约3.22公顷/万吨乙烯"],
        ["14", "用地指标", "节地评价", "项目用地规模符合《石油化工工程项目建设用地指标》要求"],
    ]

    def table(rows):
        t = doc.add_table(rows=1 + len(rows), cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 12)
        repeat_header(t.rows[0])
        for ri, row in enumerate(rows, 1):
            for ci in (0, 2, 3):
                set_cell(t.rows[ri].cells[ci], row[ci], FS, 12,
                         align=WD_ALIGN_PARAGRAPH.LEFT if ci == 3 else WD_ALIGN_PARAGRAPH.CENTER)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        # vertically merged 类别 cells
        start = 1
        for ri in range(2, len(rows) + 2):
            if ri == len(rows) + 1 or rows[ri - 1][1] != rows[start - 1][1]:
                c = t.cell(start, 1)
                if ri - 1 > start:
                    c = c.merge(t.cell(ri - 1, 1))
                set_cell(c, rows[start - 1][1], FS, 12)
                start = ri
        col_widths(t, [1.3, 2.2, 3.0, 9.1])
        return t

    table(part1)
    # clerk split the table by hand and typed 续表 on the next page
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False, line=24)
    table(part2)
    note = "注：用地面积以勘测定界成果为准。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    num("项目拟用地总面积386.2154公顷，占用耕地58.3216公顷。你厅要督促地方人民政府按照耕地占补平衡的要求，在项目用地报批前落实补充耕地任务，确保补充耕地数量不减少、质量不降低。")
    num("项目用地涉及钦州港片区海岸带区域，须严格落实海岸带保护利用管控要求，不得占用自然岸线，并做好与《广西壮族自治区国土空间规划（2021—2035年）》和相关专项规划的衔接。")
    num("项目用地涉及征收集体土地的，要严格履行征地前期程序，依法足额支付土地补偿费、安置补助费以及农村村民住宅、其他地上附着物和青苗等的补偿费用，妥善安置被征地农民，维护其合法权益。")
    num("该项目由中外双方合资建设，项目用地须以有偿方式供应，不得以划拨方式供地。地方人民政府不得以土地换项目、先征后返、补贴等形式变相减免土地出让价款。")
    num("本复函有效期至2029年6月29日。项目建设用地规模、选址等发生重大变化的，须重新申请用地预审与选址。")
    num("你厅要加强对项目用地的监督管理，督促建设单位严格按照批准的用地范围和规模使用土地，防止未批先建。")
    empty(doc, 1)
    p = add_par(doc, "自然资源部", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(88)
    p = add_par(doc, "2026年6月30日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    banji(doc, "抄送：国家发展改革委、商务部，广西壮族自治区人民政府，国家自然资源督察广州局，广西钦州华泰石化有限公司。",
          "自然资源部办公厅", "2026年6月30日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "自然资源部关于中国—东盟（钦州）绿色石化一体化项目用地预审与选址意见的复函",
            "doc_number": "自然资函〔2026〕318号",
            "issuer": ["自然资源部"],
            "date": "2026-06-30",
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": None,
            "expires": "2029-06-29",
            "attachments": [],
            "doc_type": "函",
            "recipients": ["广西壮族自治区自然资源厅"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_sanya(), doc_qinzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
