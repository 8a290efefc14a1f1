# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 929: 跨境电商综合试验区考核评估结果通报（评分表、等次、整改要求）.

Writes three Word files, their PDFs (LibreOffice) and expected.json next to
this script.
"""
import json
import os
import subprocess
from decimal import Decimal

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: plain str, or list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


_PPR_AFTER_BDR = ("shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
                  "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
                  "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
                  "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
                  "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr",
                  "pPrChange")


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        nxt = None
        for child in ppr:
            if child.tag in [qn("w:" + n) for n in _PPR_AFTER_BDR]:
                nxt = child
                break
        if nxt is not None:
            nxt.addprevious(bdr)
        else:
            ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(fp, size=14):
    font(fp.add_run("— "), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, size)


def setup(doc):
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
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)


def set_cell(cell, text, name=FS, size=12, bold=False,
             align=WD_ALIGN_PARAGRAPH.CENTER, line=20, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def widths(table, cms):
    """Set grid columns and every cell's tcW (respecting gridSpan)."""
    table.autofit = False
    tbl = table._tbl
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(round(w * 567))))
    for tr in tbl.findall(qn("w:tr")):
        idx = 0
        for tc in tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            gs = tcpr.find(qn("w:gridSpan"))
            span = int(gs.get(qn("w:val"))) if gs is not None else 1
            w = sum(cms[idx:idx + span])
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(round(w * 567))))
            tcw.set(qn("w:type"), "dxa")
            idx += span


def banji(doc, cc, printer, date_txt, size=14, gap=2, tab=15.0):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(tab), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_929", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# Word automatic numbering ----------------------------------------------------
_next_abs = [930]


def make_numbering(doc, lvl_text, fmt_name="chineseCounting", font_name=HT, first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_name, lvl_text, first,
                              font_name, font_name, font_name))
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
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = nid


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


# =================================================================== DOC A
def doc_jiangsu():
    """江苏省商务厅等4部门 联合通报 (provincial, joint 红头, 评分表 annex)."""
    stem = "blind929_jiangsu_tongbao"
    doc = Document()
    setup(doc)
    clauses = []

    # ---- joint red head: organs stacked left, 文件 on the right (layout table)
    organs = ["江苏省商务厅", "江苏省发展和改革委员会", "江苏省财政厅", "南京海关"]
    t = doc.add_table(rows=4, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, o in enumerate(organs):
        set_cell(t.rows[i].cells[0], o, XBS, 26, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
                 line=33, color=RED)
    right = t.cell(0, 1).merge(t.cell(3, 1))
    set_cell(right, "文件", XBS, 48, line=60, color=RED)
    widths(t, [11.2, 4.2])
    empty(doc, 1)
    add_par(doc, "苏商电商〔2026〕45号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    # title typed as three paragraphs, broken at odd places
    for part in ["江苏省商务厅等4部门关于2025年度全省",
                 "跨境电子商务综合试验区考核评估结果",
                 "的通报"]:
        add_par(doc, [(part, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("根据《江苏省跨境电子商务综合试验区考核评估办法》（苏商电商〔2024〕88号），省商务厅会同省发展改革委、省财政厅、南京海关，对全省13个跨境电子商务综合试验区（以下简称综试区）2025年度建设发展情况进行了考核评估。现将有关情况通报如下：")
    head("一、考核评估结果")
    body("本次考核评估围绕发展规模、创新发展、主体培育、监管服务、综合影响5个方面22项指标评分，基础分满分100分，另设加分项最高5分。按综合得分，结果分为优秀（90分及以上）、良好（80—89.9分）、合格（70—79.9分）、基本合格（60—69.9分）和不合格（60分以下）5个等次。")
    body("经综合评定，苏州、南京、无锡等3个综试区为优秀等次，常州、徐州、连云港、扬州等4个综试区为良好等次，南通、泰州、镇江、盐城等4个综试区为合格等次，淮安、宿迁等2个综试区为基本合格等次（得分情况见附件）。")
    head("二、主要成效和存在问题")
    body("2025年，全省综试区跨境电商进出口额3862.7亿元，同比增长16.4%；各综试区形成创新案例46个，其中5个被列入全国综试区最佳实践；新增省级跨境电商产业园9个、公共海外仓23个。")
    body("同时，部分综试区仍存在发展不平衡、线上综合服务平台功能单一、统计监测数据报送不及时、扶持资金拨付进度偏慢等问题，淮安、宿迁综试区跨境电商进出口额增速低于全省平均水平10个百分点以上。")
    head("三、整改要求")
    runin("（一）压实整改责任。", "各设区市人民政府要对照反馈问题制定整改方案，建立整改台账，明确责任单位和完成时限，实行销号管理。")
    # a heading with nothing after it on the line -> not a clause
    add_par(doc, [("（二）实行分类整改。", KT, 16, False)])
    body("1．合格等次的南通、泰州、镇江、盐城综试区，要聚焦失分指标逐项补齐短板，于2026年5月31日前将整改情况书面报送省商务厅。")
    body("2．基本合格等次的淮安、宿迁综试区，由省商务厅会同有关部门进行约谈，于2026年4月30日前报送整改方案，9月30日前完成整改，省商务厅将组织专项复核。")
    runin("（三）强化结果运用。", "考核评估结果作为省级商务发展专项资金分配的重要依据。对优秀等次的综试区给予倾斜支持；连续两年为基本合格等次的，提请商务部等部门按程序研究调整。")
    empty(doc, 1)
    att = "2025年度全省跨境电子商务综合试验区考核评估得分情况表"
    p = add_par(doc, "附件：" + att, indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    # 落款: four organs in a borderless layout table, date under the right column
    lk = doc.add_table(rows=3, cols=2)
    lk.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(lk.cell(0, 0), "江苏省商务厅", FS, 16, line=28)
    set_cell(lk.cell(0, 1), "江苏省发展和改革委员会", FS, 16, line=28)
    set_cell(lk.cell(1, 0), "江苏省财政厅", FS, 16, line=28)
    set_cell(lk.cell(1, 1), "南京海关", FS, 16, line=28)
    set_cell(lk.cell(2, 1), "2026年3月20日", FS, 16, line=28)
    widths(lk, [7.6, 7.6])
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1, line=20)
    add_par(doc, [("2025年度全省跨境电子商务综合试验区", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    add_par(doc, [("考核评估得分情况表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    add_par(doc, [("单位：分", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=22)

    subs = ["发展规模（30分）", "创新发展（25分）", "主体培育（20分）",
            "监管服务（15分）", "综合影响（10分）"]
    data = [
        ("苏州", "28.4", "23.6", "18.7", "14.1", "8.5", "2.0", "95.3"),
        ("南京", "27.9", "23.8", "18.1", "13.9", "8.9", "1.5", "94.1"),
        ("无锡", "27.1", "22.5", "17.6", "13.4", "8.0", "2.0", "90.6"),
        ("常州", "26.3", "21.4", "17.2", "13.6", "7.7", "2.0", "88.2"),
        ("徐州", "26.0", "21.1", "16.8", "13.2", "7.8", "2.0", "86.9"),
        ("连云港", "25.2", "21.0", "16.5", "13.5", "7.2", "2.0", "85.4"),
        ("扬州", "25.6", "20.3", "16.4", "12.9", "7.0", "1.5", "83.7"),
        ("南通", "24.8", "18.2", "15.9", "11.6", "7.1", "2.0", "79.6"),
        ("泰州", "23.9", "18.6", "15.2", "12.3", "6.7", "1.5", "78.2"),
        ("镇江", "23.1", "18.4", "14.8", "12.0", "6.7", "1.5", "76.5"),
        ("盐城", "23.5", "17.3", "14.6", "11.8", "6.4", "1.5", "75.1"),
        ("淮安", "20.6", "15.8", "13.1", "11.2", "6.1", "1.5", "68.3"),
        ("宿迁", "19.4", "14.9", "12.2", "10.9", "5.8", "1.5", "64.7"),
    ]
    grades = [("优秀", 0, 2), ("良好", 3, 6), ("合格", 7, 10), ("基本合格", 11, 12)]
    prev = Decimal("999")
    for r in data:
        tot = sum(Decimal(x) for x in r[1:7])
        assert tot == Decimal(r[7]), (r, tot)
        assert tot < prev
        prev = tot
    grade_of = {}
    for g, a, b in grades:
        for i in range(a, b + 1):
            grade_of[i] = g

    headers = (["序号", "综试区"] + ["评估指标得分／" + s for s in subs]
               + ["加分项", "综合得分", "等次"])
    ncol = 10
    t = doc.add_table(rows=2 + len(data), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in [(0, "序号"), (1, "综试区"), (7, "加分项"), (8, "综合得分"), (9, "等次")]:
        m = t.cell(0, c).merge(t.cell(1, c))
        set_cell(m, h, HT, 10.5, line=16)
    m = t.cell(0, 2).merge(t.cell(0, 6))
    set_cell(m, "评估指标得分", HT, 10.5, line=16)
    for i, s in enumerate(subs):
        set_cell(t.cell(1, 2 + i), s, HT, 10.5, line=16)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for i, r in enumerate(data):
        ri = 2 + i
        vals = [str(i + 1)] + list(r)
        for c, v in enumerate(vals):
            set_cell(t.cell(ri, c), v, FS, 10.5, line=16)
        clauses.append(row_clause(headers, vals + [grade_of[i]]))
    for g, a, b in grades:
        m = t.cell(2 + a, 9).merge(t.cell(2 + b, 9))
        set_cell(m, g, FS, 10.5, line=16)
    widths(t, [1.0, 1.6, 1.55, 1.55, 1.55, 1.55, 1.55, 1.3, 1.5, 2.0])
    for row in t.rows[2:]:
        row.height = Cm(0.75)
    note = ("注：综合得分＝各项指标得分之和＋加分项得分。加分项主要包括入选全国综试区最佳实践案例、"
            "承办国家级跨境电商重大活动等。")
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    banji(doc, "抄送：商务部电子商务司，省人民政府办公厅。", "江苏省商务厅办公室",
          "2026年3月20日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "江苏省商务厅等4部门关于2025年度全省跨境电子商务综合试验区考核评估结果的通报",
            "doc_number": "苏商电商〔2026〕45号",
            "issuer": organs,
            "date": "2026-03-20",
            "published": None,
            "level": "provincial",
            "region": "江苏省",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "通报",
            "recipients": ["各设区市人民政府"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_nantong():
    """南通市商务局 上行 报告 on rectification (签发人, 加急, landscape 台账 with 续表)."""
    stem = "blind929_nantong_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("加急", HT, 16, False)], indent=False)
    add_par(doc, [("南通市商务局文件", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=58, before=6)
    empty(doc, 1, line=14)
    p = add_par(doc, [("通商电〔2026〕19号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("顾建明", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1, line=20)
    # title: one paragraph, manual line break (Shift+Enter)
    p = doc.add_paragraph()
    font(p.add_run("南通市商务局关于2025年度跨境电子商务"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("综合试验区考核评估问题整改情况的报告"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "江苏省商务厅：", indent=False)

    # this clerk indents with typed full-width spaces, not paragraph indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)],
                indent=False)

    body("根据《江苏省商务厅等4部门关于2025年度全省跨境电子商务综合试验区考核评估结果的通报》（苏商电商〔2026〕45号）要求，我局会同有关部门对照反馈问题逐项整改。截至2026年5月20日,反馈的6项问题已完成整改4项、基本完成2项。现将有关情况报告如下：")
    head("一、整改工作开展情况")
    runin("（一）加强组织领导。", "市政府召开综试区建设领导小组专题会议部署整改工作，印发整改方案，建立“一个问题、一名牵头领导、一套整改措施”工作机制。")
    runin("（二）逐项推进整改。", "重点抓好以下工作：")
    t1 = "1.升级线上综合服务平台。完成平台二期建设，新增海外仓备案、出口退税申报等8项功能，与“单一窗口”实现数据实时交互。"
    t2 = "2.规范统计监测工作。会同南通海关等部门建立跨境电商数据会商机制，明确统计口径和报送时限。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    body("3.加快扶持资金兑现。已拨付2025年度扶持资金2860万元，拨付进度由41.3%提高到92.6%，剩余资金6月底前全部拨付到位。")
    head("二、整改成效")
    body("2026年1—4月，全市跨境电商进出口额98.4亿元，同比增长21.7%，高于全省平均水平5.2个百分点；新增跨境电商B2B出口(9710、9810)备案企业137家。")
    head("三、下一步工作打算")
    body("对尚未完成整改的2项问题，我局将持续跟踪推进，确保2026年9月底前全部整改到位，并建立长效机制。")
    add_par(doc, IND + "特此报告。", indent=False)
    empty(doc, 1)
    att = "南通市跨境电子商务综合试验区考核评估问题整改台账"
    add_par(doc, IND + "附件：" + att, indent=False)
    empty(doc, 1)
    # 落款 pushed right with typed spaces
    add_par(doc, " " * 36 + "南通市商务局", indent=False)
    add_par(doc, " " * 35 + "2026年5月26日", indent=False)
    add_par(doc, IND + "（联系人：陈思远，联系电话：0513-85098216）", indent=False)

    # ---- landscape section for the 台账
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.8)
    sec.footer_distance = Cm(1.4)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [(att, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=32, after=6)

    headers = ["序号", "反馈问题", "整改措施", "责任单位", "完成时限", "整改进展"]
    rows = [
        ["1", "线上综合服务平台功能单一，与国际贸易“单一窗口”对接不畅",
         "实施平台二期建设，新增海外仓备案、出口退税申报、跨境结算等功能，打通与“单一窗口”数据接口",
         "市商务局、市数据局", "2026年4月30日", "已完成"],
        ["2", "统计监测数据报送不及时、口径不一致",
         "建立跨境电商数据会商机制，制定统计监测工作规程，明确数据口径、报送时限和责任人",
         "市商务局、南通海关、国家外汇管理局南通市分局", "2026年3月31日", "已完成"],
        ["3", "2025年度跨境电商扶持资金拨付进度偏慢",
         "开展扶持资金专项清理，简化申报兑现流程，推行“免申即享”",
         "市财政局、市商务局", "2026年6月30日", "基本完成（已拨付2860万元，拨付进度92.6%）"],
        ["4", "跨境电商B2B出口业务占比偏低",
         "开展9710、9810业务专项辅导，组织重点外贸企业开展“跨境电商+产业带”对接活动",
         "南通海关、市商务局", "2026年5月31日", "已完成"],
        ["5", "创新案例数量少，未形成可复制推广的经验做法",
         "围绕家纺产业带出海、跨境电商“海运快线”等开展制度创新，梳理形成创新案例3个",
         "市商务局、各县（市、区）人民政府", "2026年9月30日", "基本完成（已形成案例初稿2个）"],
        ["6", "跨境电商专业人才培训覆盖面不足",
         "联合南通大学等院校开展跨境电商人才培训，全年培训不少于3000人次",
         "市人力资源社会保障局、市商务局", "2026年5月31日", "已完成（1—5月培训3260人次）"],
    ]
    colw = [1.3, 5.4, 7.6, 4.2, 2.6, 2.8]

    def ledger(rs):
        t = doc.add_table(rows=1 + len(rs), cols=len(headers))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, HT, 12, line=20)
        repeat_header(t.rows[0])
        for ri, r in enumerate(rs, 1):
            for ci, v in enumerate(r):
                al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 2, 5) else WD_ALIGN_PARAGRAPH.CENTER
                set_cell(t.rows[ri].cells[ci], v, FS, 12, line=20, align=al)
            t.rows[ri].height = Cm(2.3)
            no_split(t.rows[ri])
            clauses.append(row_clause(headers, r))
        widths(t, colw)
        return t

    ledger(rows[:4])
    # the clerk split the table by hand and typed 续表 on the next page
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False, line=24)
    ledger(rows[4:])

    banji(doc, "抄送：南通市人民政府办公室，南通海关。", "南通市商务局办公室",
          "2026年5月26日印发", gap=2, tab=23.0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "南通市商务局关于2025年度跨境电子商务综合试验区考核评估问题整改情况的报告",
            "doc_number": "通商电〔2026〕19号",
            "issuer": ["南通市商务局"],
            "date": "2026-05-26",
            "published": None,
            "level": "municipal",
            "region": "南通市",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "报告",
            "recipients": ["江苏省商务厅"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
      "十一", "十二", "十三", "十四", "十五"]


def doc_sichuan():
    """四川省商务厅 印发 考核评估办法 (notice + 办法 with 章/条, 指标评分表 annex)."""
    stem = "blind929_sichuan_banfa"
    doc = Document()
    setup(doc)
    clauses = []
    n_art = make_numbering(doc, "第%1条\u3000")

    add_par(doc, [("四川省商务厅文件", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=62, before=24)
    empty(doc, 1)
    add_par(doc, "川商电商〔2025〕112号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    add_par(doc, [("四川省商务厅关于印发《四川省跨境电子商务", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("综合试验区考核评估办法》的通知", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市（州）商务主管部门：", indent=False)
    t = ("为规范和加强我省跨境电子商务综合试验区考核评估工作，推动综试区高质量发展，我厅会同省发展改革委、"
         "省财政厅、成都海关研究制定了《四川省跨境电子商务综合试验区考核评估办法》，现印发给你们，"
         "请结合实际认真贯彻执行。执行中遇到的问题，请及时反馈省商务厅（电子商务处）。")
    add_par(doc, t)
    clauses.append(t)
    empty(doc, 2)
    # 落款 right-aligned with a right indent; date in Chinese numerals
    for s in ["四川省商务厅", "二〇二五年十二月十八日"]:
        p = add_par(doc, s, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        p.paragraph_format.right_indent = Pt(64 if s == "四川省商务厅" else 32)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # ---- the 办法 on a new page (this clerk uses "page break before")
    p = add_par(doc, [("四川省跨境电子商务综合试验区考核评估办法", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.paragraph_format.page_break_before = True

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    counter = [0]

    def article(text, items=()):
        counter[0] += 1
        p = add_par(doc, text, first=Pt(32))
        apply_num(p, n_art)
        full = "第%s条\u3000%s" % (CN[counter[0] - 1], text)
        for it in items:
            add_par(doc, it)
            full += it
        clauses.append(full)

    chapter("第一章\u3000总\u3000\u3000则")
    article("为科学评价我省跨境电子商务综合试验区（以下简称综试区）建设成效，结合我省实际，制定本办法。")
    article("本办法适用于我省各综试区。考核评估由省商务厅会同有关部门组织实施，每年开展一次。")
    chapter("第二章\u3000评估内容和方法")
    article("考核评估指标体系由以下5个方面构成：", [
        "（一）发展规模，主要评价进出口规模及增速；",
        "（二）创新发展，主要评价制度和模式创新；",
        "（三）主体培育，主要评价经营主体和载体；",
        "（四）监管服务，主要评价平台和统计监测；",
        "（五）综合影响，主要评价产业带动和就业。",
    ])
    article("考核评估基础分满分100分，另设加分项最高5分，具体指标及评分标准见附件。")
    article("考核评估采取综试区自评、数据核验、实地抽查和第三方评估相结合的方式。")
    chapter("第三章\u3000等次评定")
    article("考核评估结果按综合得分分为优秀（90分及以上）、良好（80—89.9分）、合格（70—79.9分）、基本合格（60—69.9分）和不合格（60分以下）5个等次。")
    article("有下列情形之一的，当年不得评为优秀等次：", [
        "（一）发生重大走私案件的；",
        "（二）统计数据弄虚作假，经查证属实的；",
        "（三）上一年度整改要求未按期落实的。",
    ])
    chapter("第四章\u3000结果运用和整改")
    article("考核评估结果由省商务厅以通报形式印发，并作为省级外经贸发展专项资金分配的重要依据。对评为优秀等次的综试区，在资金安排、试点示范等方面予以倾斜支持。")
    article("对评为基本合格等次的综试区，由省商务厅进行约谈，相关综试区应于通报印发之日起30日内报送整改方案，6个月内完成整改。对评为不合格等次或者连续两年评为基本合格等次的，提请商务部等部门按程序研究调整。")
    chapter("第五章\u3000附\u3000\u3000则")
    article("本办法由省商务厅负责解释。")
    article("本办法自2026年1月1日起施行，有效期至2030年12月31日。《四川省跨境电子商务综合试验区考核评价办法（试行）》（川商电商〔2021〕56号）同时废止。")
    empty(doc, 1)
    att = "四川省跨境电子商务综合试验区考核评估指标及评分标准"
    p = add_par(doc, "附件：" + att, indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)

    # ---- 附件 table on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("四川省跨境电子商务综合试验区", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    add_par(doc, [("考核评估指标及评分标准", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=6)
    headers = ["序号", "一级指标", "二级指标", "分值", "评分标准"]
    groups = [
        ("发展规模（30分）", [
            ("跨境电商进出口额", "15", "按各综试区进出口额排名计分，第1名得15分，每后退1名扣1分"),
            ("跨境电商进出口额增速", "10", "增速不低于全省平均水平的得10分，每低1个百分点扣1分，扣完为止"),
            ("B2B出口占比", "5", "跨境电商B2B出口（9710、9810）占跨境电商出口额比重达到50%的得满分，未达到的按比例折算"),
        ]),
        ("创新发展（25分）", [
            ("制度创新成果", "15", "形成创新案例并被省级以上部门复制推广的，每项得5分，最高15分"),
            ("新模式新业态", "10", "开展跨境电商零售进口、海外仓、直播电商等新模式的，每项得2分，最高10分"),
        ]),
        ("主体培育（20分）", [
            ("跨境电商经营主体", "8", "按年度新增经营主体数量排名计分"),
            ("产业园区和公共海外仓", "12", "每新认定1个省级产业园得3分、1个省级公共海外仓得2分，最高12分"),
        ]),
        ("监管服务（15分）", [
            ("线上综合服务平台", "8", "平台功能完备、与国际贸易“单一窗口”对接的得8分，视情况扣分"),
            ("统计监测", "7", "数据按时准确报送的得7分，每迟报或者错报1次扣1分"),
        ]),
        ("综合影响（10分）", [
            ("带动产业和就业", "10", "根据带动传统产业转型升级、新增就业等情况综合评分"),
        ]),
        ("加分项（最高5分）", [
            ("最佳实践和重大活动", "5", "入选全国综试区最佳实践的每项加2分，承办国家级跨境电商重大活动的加1分，最高加5分"),
        ]),
    ]
    nrows = sum(len(g[1]) for g in groups)
    base = sum(int(r[1]) for g in groups[:-1] for r in g[1])
    assert base == 100, base
    t = doc.add_table(rows=1 + nrows, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        set_cell(t.cell(0, i), h, HT, 12, line=18)
    repeat_header(t.rows[0])
    ri = 1
    k = 0
    for g, items in groups:
        start = ri
        for name, score, std in items:
            k += 1
            set_cell(t.cell(ri, 0), str(k), FS, 10.5, line=16)
            set_cell(t.cell(ri, 2), name, FS, 10.5, line=16)
            set_cell(t.cell(ri, 3), score, FS, 10.5, line=16)
            set_cell(t.cell(ri, 4), std, FS, 10.5, line=16, align=WD_ALIGN_PARAGRAPH.LEFT)
            clauses.append(row_clause(headers, [str(k), g, name, score, std]))
            ri += 1
        m = t.cell(start, 1).merge(t.cell(ri - 1, 1)) if ri - 1 > start else t.cell(start, 1)
        set_cell(m, g, FS, 10.5, line=16)
    widths(t, [1.1, 2.6, 3.2, 1.2, 7.4])
    for row in t.rows[1:]:
        row.height = Cm(1.1)
    note = "注：考核评估数据以商务部跨境电商统计监测系统和成都海关统计数据为准。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    banji(doc, "抄送：商务部电子商务司，省发展改革委、省财政厅，成都海关。", "四川省商务厅办公室",
          "2025年12月18日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省商务厅关于印发《四川省跨境电子商务综合试验区考核评估办法》的通知",
            "doc_number": "川商电商〔2025〕112号",
            "issuer": ["四川省商务厅"],
            "date": "2025-12-18",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": "2026-01-01",
            "expires": "2030-12-31",
            "attachments": [att],
            "doc_type": "通知",
            "recipients": ["各市（州）商务主管部门"],
            "publicity": "此件公开发布",
            "repeals": "《四川省跨境电子商务综合试验区考核评价办法（试行）》（川商电商〔2021〕56号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_jiangsu(), doc_nantong(), doc_sichuan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
