# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 801: 自贸片区项目／制度创新案例专家评审意见（专家组名单、评审意见、组长签字、评分汇总表）.

Writes blind801_*.docx, blind801_*.pdf and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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


def add_par(container, runs, **kw):
    """runs: str or list of (text, font, size, bold[, color])."""
    p = container.add_paragraph()
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
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def field(par, instr, fname=SONG, size=14):
    r = par.add_run()
    font(r, fname, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = par.add_run()
    font(r, fname, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = par.add_run()
    font(r, fname, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), fname, size)
    r = par.add_run()
    font(r, fname, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash", margins=(3.7, 3.5, 2.8, 2.6)):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(margins[0]), Cm(margins[1])
    s.left_margin, s.right_margin = Cm(margins[2]), Cm(margins[3])
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
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    elif footer == "dijiye":
        font(fp.add_run("第"), SONG, 10.5)
        field(fp, "PAGE", SONG, 10.5)
        font(fp.add_run("页  共"), SONG, 10.5)
        field(fp, "NUMPAGES", SONG, 10.5)
        font(fp.add_run("页"), SONG, 10.5)
    elif footer == "hyphen":
        font(fp.add_run("- "), SONG, 12)
        field(fp, "PAGE", SONG, 12)
        font(fp.add_run(" -"), SONG, 12)
    return s


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>'
                          % (nsdecls("w"), fill)))


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(t, widths):
    """Word keeps widths in tcW, LibreOffice reads tblGrid: set both, fixed layout."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 567)))
    for tr in t._tbl.tr_lst:
        trpr = tr.get_or_add_trPr()
        trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
        for ci, tc in enumerate(tr.tc_lst):
            span = tc.grid_span
            # column index of this tc in the grid
            start = sum(x.grid_span for x in tr.tc_lst[:ci])
            w = sum(widths[start:start + span])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w * 567)))
            tcw.set(qn("w:type"), "dxa")


def simple_table(doc, header, rows, clauses, widths=None, size=12, left_cols=()):
    """One header row, plain data rows; one clause per data row."""
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


def two_level_table(doc, top, rows, clauses, widths=None, size=12, vmerge=(),
                    bold_last=False):
    """top: list of (label, [sub labels]) ; empty sub list = one column, merged over
    both header rows.  vmerge: (col, first_data_row, last_data_row) groups whose cell is
    merged vertically (the value is repeated in the key for every row of the group)."""
    ncols = sum(max(1, len(s)) for _, s in top)
    t = doc.add_table(rows=2 + len(rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    headers = []
    c = 0
    for label, subs in top:
        if not subs:
            a, b = t.cell(0, c), t.cell(1, c)
            m = a.merge(b)
            set_cell(m, label, HT, size)
            shade(m)
            headers.append(label)
            c += 1
        else:
            a, b = t.cell(0, c), t.cell(0, c + len(subs) - 1)
            m = a.merge(b)
            set_cell(m, label, HT, size)
            shade(m)
            for j, s in enumerate(subs):
                set_cell(t.cell(1, c + j), s, HT, size)
                shade(t.cell(1, c + j))
                headers.append(label + "／" + s)
            c += len(subs)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            b = bold_last and ri == len(rows) - 1
            set_cell(t.cell(2 + ri, ci), v, HT if b else FS, size)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    for col, r0, r1 in vmerge:
        val = rows[r0][col]
        m = t.cell(2 + r0, col).merge(t.cell(2 + r1, col))
        set_cell(m, val, FS, size)
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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_801", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering ------------------------------------------------
_next_abs = [800]


def make_numbering(doc, lvl_text, numfmt="decimal", first_line=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text, first_line))
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


def avg(vals):
    return "%.1f" % (sum(vals) / len(vals))


def score_rows_by_criterion(criteria, scores):
    """criteria: [(name, max)], scores: {expert: [per criterion]} -> rows + totals."""
    experts = list(scores)
    rows = []
    for i, (name, mx) in enumerate(criteria):
        vals = [scores[e][i] for e in experts]
        rows.append([name, str(mx)] + [str(v) for v in vals] + [avg(vals)])
    tot = [sum(scores[e]) for e in experts]
    rows.append(["合计", str(sum(m for _, m in criteria))] + [str(v) for v in tot] + [avg(tot)])
    return rows, avg(tot)


# =================================================================== DOC A
def doc_ningbo():
    """上行文报告（红头、份号、特急、签发人），附件1专家评审意见，附件2评分汇总表."""
    stem = "blind801_ningbo_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    case = "“大宗商品跨境贸易人民币结算便利化”"

    # 份号 + 紧急程度
    add_par(doc, [("000023", HT, 16, False)], indent=False)
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    # 版头: long organ name stacked in two lines + 文件, via a borderless table
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = t.rows[0].cells
    set_cell(left, "中国（浙江）自由贸易试验区", XBS, 24, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=34)
    p = left.add_paragraph()
    font(p.add_run("宁波片区管理委员会"), XBS, 24, color=RED)
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p.paragraph_format.line_spacing = Pt(34)
    set_cell(right, "文件", XBS, 48, color=RED, line=60)
    col_widths(t, [11.6, 4.0])
    empty(doc, 1)
    # 文号 (left) + 签发人 (right) with a right tab, then red rule
    p = add_par(doc, [("甬自贸〔2026〕9号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("周海峰", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three lines, wrapped in odd places (each line its own paragraph)
    for line in ("中国（浙江）自由贸易试验区宁波片区管理委员会",
                 "关于报送" + case,
                 "制度创新案例专家评审意见的报告"):
        add_par(doc, [(line, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "浙江省商务厅（省自贸办）：", indent=False)

    def body(txt):
        clauses.append(txt)
        add_par(doc, txt)

    def head(txt):
        add_par(doc, [(txt, HT, 16, False)])

    def runin(h, txt):
        clauses.append(h + txt)
        add_par(doc, [(h, KT, 16, False), (txt, FS, 16, False)])

    criteria = [("创新性", 30), ("实效性", 30), ("可复制推广性", 20), ("风险可控性", 10),
                ("材料规范性", 10)]
    experts = ["李文涛", "陈晓燕", "吴志明", "徐建平", "郑丽华"]
    sc = {"李文涛": [27, 27, 18, 9, 8], "陈晓燕": [28, 26, 17, 9, 8],
          "吴志明": [26, 27, 18, 8, 9], "徐建平": [27, 28, 17, 9, 8],
          "郑丽华": [28, 26, 18, 9, 9]}
    srows, mean = score_rows_by_criterion(criteria, sc)
    assert mean == "88.8", mean

    body("根据《浙江省商务厅关于组织开展2025年度中国（浙江）自由贸易试验区制度创新案例评选工作的通知》（浙商务函〔2025〕318号）要求，我委组织申报了" + case + "制度创新案例（以下简称“案例”），并于2026年3月12日在宁波市北仑区召开专家评审会。现将有关情况报告如下：")
    head("一、评审会基本情况")
    body("本次评审会邀请高校、金融监管部门、贸促机构和企业的5位专家组成专家组，由浙江大学经济学院李文涛教授担任组长。国家外汇管理局宁波市分局、宁波海关、宁波舟山港集团有限公司等单位有关负责同志列席会议。专家组听取了案例申报单位的汇报，审阅了案例材料，经质询和讨论，形成了专家评审意见（见附件1）。")
    head("二、专家评审主要结论")
    runin("（一）创新性方面。", "专家组认为，案例聚焦大宗商品贸易企业跨境人民币结算单证审核繁琐、资金到账慢、汇兑成本高等痛点，创新推出“白名单企业+电子单证审核+跨境收付一站办”模式，在全国自由贸易试验区中具有首创性。")
    runin("（二）实效性方面。", "2025年，片区内32家大宗商品贸易企业通过该模式办理跨境人民币结算业务1876笔、金额486.3亿元，同比增长41.2%；单笔业务平均办理时间由2个工作日压缩至2小时以内，为企业节约汇兑成本约1.2亿元。")
    runin("（三）可复制推广性方面。", "案例涉及的制度安排不依赖特殊政策授权，操作流程清晰，已在舟山片区、金义片区开展试点复制，具备在全国复制推广的条件。")
    runin("（四）评分情况。", "5位专家评分平均为%s分，评审等次为“优秀”（详见附件2）。" % mean)
    head("三、下一步工作")
    body("我委将按照专家组提出的意见，进一步提炼制度创新要点，补充油气、铁矿石等重点品种的典型企业案例和第三方评估数据，于2026年3月31日前将修改完善后的案例材料报送省自贸办。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    # 附件 list with hanging indent
    p = add_par(doc, "附件：1．" + case + "制度创新案例专家评审意见", indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48 + 16)
    p.paragraph_format.first_line_indent = Pt(-(48 + 16))
    p = add_par(doc, "2．专家评分汇总表", indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    empty(doc, 2)
    for txt in ("中国（浙江）自由贸易试验区宁波片区管理委员会", "2026年3月18日"):
        p = add_par(doc, txt, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(32 if txt.startswith("中") else 64)
    add_par(doc, "（联系人：王珊珊，联系电话：0574-86782351）")

    # ---- 附件1
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = add_par(doc, [(case, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=35)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("制度创新案例专家评审意见"), XBS, 22)
    empty(doc, 1)
    body("2026年3月12日，中国（浙江）自由贸易试验区宁波片区管理委员会在宁波市北仑区组织召开" + case + "制度创新案例专家评审会。专家组（名单见下表）听取了申报单位的汇报，审阅了有关材料，经质询和认真讨论，形成评审意见如下：")
    add_par(doc, [("专家组名单", HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    simple_table(doc, ["序号", "姓名", "工作单位", "职称／职务", "专家组职务"], [
        ["1", "李文涛", "浙江大学经济学院", "教授", "组长"],
        ["2", "陈晓燕", "国家外汇管理局宁波市分局", "高级经济师", "成员"],
        ["3", "吴志明", "宁波大学商学院", "教授", "成员"],
        ["4", "徐建平", "中国国际贸易促进委员会浙江省委员会", "研究员", "成员"],
        ["5", "郑丽华", "宁波舟山港集团有限公司", "高级会计师", "成员"],
    ], clauses, widths=[1.4, 2.0, 6.4, 2.8, 2.6], size=12)
    empty(doc, 1)
    body("1．案例聚焦大宗商品贸易企业跨境人民币结算中存在的单证审核繁琐、资金到账慢、汇兑成本高等问题，创新推出“白名单企业+电子单证审核+跨境收付一站办”的结算便利化模式，具有较强的首创性。")
    body("2．案例实施以来成效明显，有效提升了大宗商品贸易结算效率，降低了企业汇兑成本，对于推动人民币国际化、服务宁波舟山港大宗商品资源配置基地建设具有积极意义。")
    body("3．案例材料基本完整，制度设计科学合理，风险防控措施到位，具备在全国自由贸易试验区复制推广的条件。")
    body("4．建议进一步完善案例材料：（1）补充油气、铁矿石等重点品种的典型企业案例；（2）增加与国内其他自由贸易试验区同类做法的比较分析；（3）引入第三方机构评估数据，增强说服力。")
    body("专家组一致同意该案例通过评审，评审等次为“优秀”。")
    empty(doc, 1)
    p = add_par(doc, [("专家组组长（签字）：", FS, 16, False), ("李文涛", KT, 18, False)],
                indent=False)
    p.paragraph_format.left_indent = Cm(7.5)
    p = add_par(doc, "2026年3月12日", indent=False)
    p.paragraph_format.left_indent = Cm(9.8)

    # ---- 附件2
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("专家评分汇总表", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=35)
    empty(doc, 1)
    two_level_table(doc, [("评审指标", []), ("分值", []), ("专家评分", experts), ("平均分", [])],
                    srows, clauses, widths=[3.2, 1.4] + [1.75] * 5 + [1.8], size=12,
                    bold_last=True)
    note = "注：平均分为5位专家评分的算术平均值。总分85分（含）以上为“优秀”，75分（含）至85分为“良好”，60分（含）至75分为“合格”，60分以下为“不合格”。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)

    banji(doc, "抄送：宁波市人民政府办公厅，宁波市商务局。",
          "宁波片区管委会综合办公室", "2026年3月18日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（浙江）自由贸易试验区宁波片区管理委员会关于报送" + case
                     + "制度创新案例专家评审意见的报告",
            "doc_number": "甬自贸〔2026〕9号",
            "issuer": ["中国（浙江）自由贸易试验区宁波片区管理委员会"],
            "date": "2026-03-18",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": [case + "制度创新案例专家评审意见", "专家评分汇总表"],
            "doc_type": "报告",
            "recipients": ["浙江省商务厅（省自贸办）"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_chongqing():
    """项目可研报告专家评审意见：无红头，全角空格缩进，软回车，汉字日期，附评分表."""
    stem = "blind801_chongqing_keyan"
    doc = Document()
    setup(doc, footer="dijiye", margins=(3.0, 2.8, 2.8, 2.6))
    clauses = []
    proj = "西部陆海新通道果园港多式联运集散中心（二期）项目可行性研究报告"

    # title: one paragraph, Shift+Enter line break
    p = add_par(doc, [("西部陆海新通道果园港多式联运集散中心", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（二期）项目可行性研究报告专家评审意见"), XBS, 22)
    empty(doc, 1)

    def body(txt):
        clauses.append(txt)
        add_par(doc, IND + txt, indent=False)

    def head(txt):
        add_par(doc, [(IND, FS, 16, False), (txt, HT, 16, False)], indent=False)

    def runin(h, txt):
        clauses.append(h + txt)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (txt, FS, 16, False)],
                indent=False)

    body("受重庆市江北区发展和改革委员会委托，重庆市工程咨询中心于2026年2月26日在重庆市江北区组织召开了《" + proj + "》（以下简称《可研报告》）专家评审会。中国（重庆）自由贸易试验区果园港片区管理办公室、重庆果园港国家物流枢纽建设运营有限公司（项目业主）、中铁二院工程集团有限责任公司（编制单位）等单位代表参加了会议。会议成立了由5名专家组成的专家组，名单如下：")
    simple_table(doc, ["序号", "姓名", "工作单位", "专业", "职称"], [
        ["1", "张国庆", "重庆交通大学交通运输学院", "交通运输规划", "教授"],
        ["2", "王丽君", "招商局重庆交通科研设计院有限公司", "港口工程", "正高级工程师"],
        ["3", "刘志远", "重庆市工程咨询中心", "工程经济", "高级工程师"],
        ["4", "赵明华", "中国铁路成都局集团有限公司重庆货运中心", "铁路运输", "高级工程师"],
        ["5", "孙晓东", "西南政法大学经济法学院", "国际物流与贸易", "副教授"],
    ], clauses, widths=[1.3, 1.9, 6.6, 3.0, 2.6], size=12)
    empty(doc, 1, line=14)
    body("专家组听取了编制单位对《可研报告》的汇报，踏勘了项目现场，经质询和认真讨论，形成评审意见如下：")
    head("一、总体评价")
    body("《可研报告》编制依据较充分，内容较全面，基本符合国家和重庆市关于政府投资项目可行性研究报告编制的有关要求。项目建设对于完善果园港国家物流枢纽功能、提升西部陆海新通道和中欧班列（成渝）铁水联运组织能力、服务中国（重庆）自由贸易试验区开放型经济发展具有重要意义，项目建设是必要的。")
    head("二、修改完善意见")
    runin("（一）项目建设必要性。", "建议结合西部陆海新通道和中欧班列（成渝）运量增长趋势，补充2023—2025年果园港铁水联运集装箱吞吐量数据，细化二期工程服务对象和辐射范围分析。")
    runin("（二）建设规模和内容。", "二期工程拟新建集装箱堆场12.6万平方米、多式联运监管仓库3.2万平方米、铁路装卸线4条及配套道路、给排水、供电等设施。建议复核堆场规模与设计年吞吐能力（60万标准箱）的匹配性，优化监管仓库与海关查验场地的平面布局。")
    runin("（三）投资估算和资金筹措。", "项目总投资估算为18.74亿元，其中工程费用14.32亿元、工程建设其他费用2.96亿元、预备费1.46亿元。建议按照重庆市现行定额和材料信息价复核主要工程单价，进一步明确地方政府专项债券（拟申请9.5亿元）的偿还来源和资金平衡方案。")
    runin("（四）经济和社会效益分析。", "建议补充项目对降低企业综合物流成本、带动临港产业集聚的定量分析，完善财务评价敏感性分析。")
    runin("（五）其他。", "建议对以下内容进行补充完善：")
    # three sub-items typed in one paragraph separated by Shift+Enter, half-width dots
    subs = ["1.补充节能评估和碳排放分析相关内容;",
            "2.完善施工期对长江航道及周边环境影响的防治措施;",
            "3.补充项目招标方案及建设工期安排(拟于2026年第三季度开工,建设工期30个月)。"]
    p = doc.add_paragraph()
    for i, s in enumerate(subs):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(IND + s), FS, 16)
    fmt(p, indent=False)
    clauses.extend(subs)
    head("三、评审结论")
    experts = ["张国庆", "王丽君", "刘志远", "赵明华", "孙晓东"]
    crit = [("必要性", 20), ("建设方案", 25), ("投资估算", 25), ("效益分析", 15), ("编制质量", 15)]
    sc = {"张国庆": [17, 21, 20, 12, 13], "王丽君": [18, 20, 21, 13, 12],
          "刘志远": [16, 21, 19, 12, 13], "赵明华": [17, 22, 21, 13, 12],
          "孙晓东": [18, 21, 20, 12, 13]}
    rows = []
    for e in experts:
        rows.append([e] + [str(v) for v in sc[e]] + [str(sum(sc[e]))])
    cols = list(zip(*[sc[e] for e in experts]))
    tots = [sum(sc[e]) for e in experts]
    rows.append(["平均分"] + [avg(c) for c in cols] + [avg(tots)])
    mean = avg(tots)
    assert mean == "83.4", mean
    body("经专家组评分，《可研报告》平均得分%s分，评审等级为“优良”。专家组同意《可研报告》通过评审，请编制单位按照本意见修改完善后，报项目审批部门。" % mean)
    empty(doc, 1)
    add_par(doc, IND + "附：专家评分汇总表", indent=False)
    empty(doc, 1)
    # signature block typed with spaces
    add_par(doc, " " * 30 + "专家组组长（签字）：", indent=False)
    empty(doc, 1)
    add_par(doc, " " * 30 + "专家组成员（签字）：", indent=False)
    empty(doc, 2)
    p = add_par(doc, "二〇二六年二月二十六日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)

    # 附: 评分汇总表 on a new page
    page_break(doc)
    add_par(doc, [("附", HT, 16, False)], indent=False)
    add_par(doc, [("专家评分汇总表", XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=36)
    add_par(doc, [("单位：分", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
            line=20)
    top = [("专家姓名", []),
           ("评分项目", ["%s（%d分）" % c for c in crit]),
           ("合计（100分）", [])]
    two_level_table(doc, top, rows, clauses, widths=[2.3] + [2.25] * 5 + [2.6], size=12,
                    bold_last=True)
    note = "注：评审等级分为“优良”（80分及以上）、“合格”（60～79分）、“不合格”（60分以下）三档。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": proj + "专家评审意见",
            "doc_number": None,
            "issuer": ["专家组"],
            "date": "2026-02-26",
            "published": None,
            "level": "other",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": ["专家评分汇总表"],
            "doc_type": "意见",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_honghe():
    """一个文件里两份专家评审意见（同一评审会、两个案例），第二份另起一节、页码重排；
    自动编号、页眉、半角标点混用、续表（表格跨页手工拆分并重复表头）."""
    stem = "blind801_honghe_anli"
    doc = Document()
    sec = setup(doc, footer="hyphen")
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    font(hp.add_run("红河片区2026年第一批制度创新案例评审会材料"), SONG, 10.5)
    border(hp, "bottom", "000000", 6, 1)

    experts_tbl = [
        ["1", "杨立新", "云南大学经济学院", "教授", "组长"],
        ["2", "段红梅", "昆明海关综合业务处", "高级关务监督", "成员"],
        ["3", "李志强", "云南省商务研究院", "研究员", "成员"],
        ["4", "普丽萍", "红河哈尼族彝族自治州商务局", "高级经济师", "成员"],
        ["5", "黄建军", "云南财经大学国际工商学院", "副教授", "成员"],
    ]
    experts = [r[1] for r in experts_tbl]
    out = []

    def one(case, title_lines, intro, opinions, concl, crit, sc, split_after=None,
            vmerge=(), date_line="2026年4月16日"):
        clauses = []
        for ln in title_lines:
            add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                    indent=False, line=34)
        empty(doc, 1)
        clauses.append(intro)
        add_par(doc, intro)
        add_par(doc, [("一、专家组组成", HT, 16, False)])
        simple_table(doc, ["序号", "姓名", "工作单位", "职称／职务", "专家组职务"],
                     experts_tbl, clauses, widths=[1.3, 1.9, 6.2, 3.2, 2.6], size=12)
        add_par(doc, [("二、评审意见", HT, 16, False)], before=6)
        nid = make_numbering(doc, "%1．", "decimal")
        for i, o in enumerate(opinions, 1):
            clauses.append("%d．%s" % (i, o))
            p = add_par(doc, o, first=Pt(32))
            apply_num(p, nid)
        add_par(doc, [("三、评审结论", HT, 16, False)])
        clauses.append(concl)
        add_par(doc, concl)
        # score table
        add_par(doc, [("专家评分汇总表（单位：分）", HT, 14, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
        return clauses

    # ---------------- document 1
    case1 = "“边民互市进口商品落地加工‘一站式’监管”"
    intro1 = ("2026年4月16日，中国（云南）自由贸易试验区红河片区管理委员会在河口瑶族自治县组织召开"
              "2026年第一批制度创新案例专家评审会，对红河片区管委会会同河口海关申报的" + case1
              + "制度创新案例(以下简称“案例”)进行评审。专家组听取了申报单位汇报，查阅了相关材料，经质询和讨论，形成评审意见如下。")
    ops1 = [
        "案例针对边民互市进口商品“落地加工”环节多部门分段监管、企业重复申报等问题，整合海关、市场监管、税务等部门监管要求，建立“一次申报、分段核验、全程可溯”的一站式监管模式，创新性较强。",
        "案例实施成效明显。2025年，河口边民互市贸易区内18家落地加工企业累计加工互市进口商品12.7万吨,实现加工产值21.6亿元，同比分别增长36.4%和42.1%；带动边民增收1.03亿元，参与边民互助组247个。",
        "案例针对“伪报边民”“化整为零”等风险，设置了人脸识别核验、交易数据比对、随机抽查等防控措施，风险总体可控。",
        "建议进一步提炼制度创新要点，补充与广西东兴、凭祥等边境口岸同类做法的比较分析，突出案例的首创性和可复制性。",
    ]
    crit1 = [("创新性", 30), ("实效性", 30), ("可复制推广性", 25), ("风险防控", 15)]
    sc1 = {"杨立新": [27, 27, 21, 13], "段红梅": [26, 28, 22, 13], "李志强": [27, 26, 21, 12],
           "普丽萍": [28, 27, 22, 14], "黄建军": [26, 27, 20, 13]}
    tots1 = [sum(sc1[e]) for e in experts]
    mean1 = avg(tots1)
    assert mean1 == "88.0", mean1
    concl1 = "专家组一致同意该案例通过评审，专家平均得分%s分，建议推荐申报中国（云南）自由贸易试验区制度创新案例。" % mean1
    c1 = one(case1, ["中国（云南）自由贸易试验区红河片区", case1,
                     "制度创新案例专家评审意见"], intro1, ops1, concl1, crit1, sc1)
    header1 = ["专家姓名"] + ["%s（%d分）" % c for c in crit1] + ["总分"]
    rows1 = [[e] + [str(v) for v in sc1[e]] + [str(sum(sc1[e]))] for e in experts]
    cols1 = list(zip(*[sc1[e] for e in experts]))
    rows1.append(["平均分"] + [avg(c) for c in cols1] + [mean1])
    simple_table(doc, header1, rows1, c1, widths=[2.4, 2.6, 2.6, 3.2, 2.6, 2.0], size=12)
    empty(doc, 1)
    # signature + date on one line aligned with tabs
    p = add_par(doc, [("专家组组长（签字）：", FS, 16, False), ("\t", FS, 16, False),
                      ("日期：2026年4月16日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)
    out.append({
        "meta": {
            "title": "中国（云南）自由贸易试验区红河片区" + case1 + "制度创新案例专家评审意见",
            "doc_number": None,
            "issuer": ["专家组"],
            "date": "2026-04-16",
            "published": None,
            "level": "other",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "意见",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": c1,
    })

    # ---------------- document 2: new section, page numbers restart
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2._sectPr.append(parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w")))
    case2 = "“中越跨境劳务合作‘一窗通办’服务模式”"
    intro2 = ("2026年4月16日，中国（云南）自由贸易试验区红河片区管理委员会在河口瑶族自治县组织召开"
              "2026年第一批制度创新案例专家评审会，对河口瑶族自治县人力资源和社会保障局申报的" + case2
              + "制度创新案例(以下简称“案例”)进行评审。专家组听取了申报单位汇报，实地查看了河口口岸跨境劳务服务中心，经质询和讨论，形成评审意见如下。")
    ops2 = [
        "案例聚焦越南籍入境务工人员办理出入境证件、健康检查、用工备案、社会保险等事项“多头跑、耗时长”的问题，将公安、卫生健康、人力资源社会保障等7个部门的12个事项集成到“一窗通办”，在沿边地区具有较强的示范性。",
        "案例实施以来，跨境务工人员办证时间由原来的15个工作日压缩至3个工作日，2025年累计为1.86万人次越南籍务工人员提供服务，为片区内236家企业解决用工需求，有效缓解了边境地区加工制造业“招工难”问题。",
        "案例在跨境劳务人员管理、劳动权益保障等方面仍需完善配套制度，建议加强与越南老街省相关部门的对接合作，建立跨境劳务信息共享和纠纷协调机制。",
    ]
    crit2 = [("创新性", "首创性", 15), ("创新性", "突破性", 15),
             ("实效性", "经济社会效益", 15), ("实效性", "企业群众获得感", 15),
             ("可复制推广性", "可复制性", 15), ("可复制推广性", "推广价值", 10),
             ("风险防控", "风险可控性", 15)]
    sc2 = {"杨立新": [12, 12, 13, 13, 12, 8, 12], "段红梅": [13, 12, 12, 14, 12, 8, 13],
           "李志强": [12, 11, 13, 13, 11, 8, 12], "普丽萍": [13, 13, 13, 14, 12, 9, 13],
           "黄建军": [12, 12, 12, 13, 11, 8, 12]}
    tots2 = [sum(sc2[e]) for e in experts]
    mean2 = avg(tots2)
    assert mean2 == "82.6", mean2
    concl2 = "专家组同意该案例通过评审，专家平均得分%s分。请申报单位根据专家意见修改完善案例材料后，按程序报送片区管委会。" % mean2
    c2 = one(case2, ["中国（云南）自由贸易试验区红河片区“中",
                     "越跨境劳务合作‘一窗通办’服务模式”制度", "创新案例专家评审意见"], intro2, ops2, concl2, crit2, sc2)
    rows2 = []
    for i, (lv1, lv2, mx) in enumerate(crit2):
        vals = [sc2[e][i] for e in experts]
        rows2.append([lv1, lv2, str(mx)] + [str(v) for v in vals] + [avg(vals)])
    rows2.append(["合计", "—", "100"] + [str(v) for v in tots2] + [mean2])
    top2 = [("一级指标", []), ("二级指标", []), ("分值", []), ("专家评分", experts),
            ("平均分", [])]
    w2 = [2.2, 2.8, 1.2] + [1.6] * 5 + [1.6]
    # first part (创新性, 实效性) ... clerk splits the table by hand and types 续表
    two_level_table(doc, top2, rows2[:4], c2, widths=w2, size=11,
                    vmerge=[(0, 0, 1), (0, 2, 3)])
    p = add_par(doc, [("续表", HT, 12, False)], indent=False, line=20)
    p.paragraph_format.page_break_before = True
    two_level_table(doc, top2, rows2[4:], c2, widths=w2, size=11,
                    vmerge=[(0, 0, 1)], bold_last=True)
    note2 = "注：平均分保留一位小数；总分85分及以上的案例推荐申报省级制度创新案例。"
    c2.append(note2)
    add_par(doc, [(note2, FS, 12, False)], indent=False, line=20, before=6)
    empty(doc, 2)
    p = add_par(doc, [("专家组组长（签字）：", FS, 16, False)], indent=False)
    p.paragraph_format.left_indent = Cm(7.0)
    empty(doc, 1)
    p = add_par(doc, "2026年4月16日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    out.append({
        "meta": {
            "title": "中国（云南）自由贸易试验区红河片区" + case2 + "制度创新案例专家评审意见",
            "doc_number": None,
            "issuer": ["专家组"],
            "date": "2026-04-16",
            "published": None,
            "level": "other",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "意见",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": c2,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = out
    return path


def main():
    paths = [doc_ningbo(), doc_chongqing(), doc_honghe()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
