# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 678: 领导班子分工通知 + 人事任免通知 (长沙片区)."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)

ORGAN = "中国（湖南）自由贸易试验区长沙片区管理委员会"
REGION = "中国（湖南）自由贸易试验区长沙片区"


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.first_line_indent = Pt(indent)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(container, runs, align=None, indent=None, line=28, before=0, after=0):
    """runs: list of (text, fontname, size, bold, color) or str or 'BR'."""
    p = container.add_paragraph()
    fmt(p, align, indent, line, before, after)
    for r in runs:
        if r == "BR":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        if isinstance(r, str):
            r = (r,)
        text = r[0]
        name = r[1] if len(r) > 1 else FS
        size = r[2] if len(r) > 2 else 16
        bold = r[3] if len(r) > 3 else False
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    return p


def empty(container, n=1, line=28):
    for _ in range(n):
        p = container.add_paragraph()
        fmt(p, line=line)


def bottom_border(p, color="E60012", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_bottom_border(p, top=True, bottom=True, sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:" + side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            bdr.append(b)
    ppr.append(bdr)


def table_borders(table, val="single", sz=4):
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000" if val != "nil" else "auto")
        borders.append(e)
    tblPr.append(borders)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cell_text(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              color=None, line=20):
    p = cell.paragraphs[0]
    fmt(p, align=align, line=line)
    font(p.add_run(text), name, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)


def page_number_footer(doc):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._element.append(e)
    font(p.add_run(" —"), "宋体", 14)


def add_numbering(doc, num_ids):
    """Create an abstract numbering '%1.' (no tab after) and one num per id (each restarts)."""
    numbering = doc.part.numbering_part.element
    absid = 678
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(absid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    for nid in num_ids:
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), str(absid))
        num.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    ppr.insert(0, numPr)


def banji(doc, chaosong, yinfa_org, yinfa_date):
    """版记: 抄送 + 印发 lines with rules, typed as paragraphs with borders."""
    empty(doc, 2)
    p = para(doc, [("抄送：", FS, 14), (chaosong, FS, 14)], indent=None, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    top_bottom_border(p, top=True, bottom=True, sz=6)
    p2 = para(doc, [(yinfa_org, FS, 14), ("　" * 6, FS, 14), (yinfa_date, FS, 14)],
              line=24)
    p2.paragraph_format.left_indent = Pt(14)
    top_bottom_border(p2, top=False, bottom=True, sz=12)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_678", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ================================================================ document 1
def make_fengong():
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)

    # 红头: layout table, organ name on two lines left, "文件" right
    t = doc.add_table(rows=1, cols=2)
    table_borders(t, "nil")
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    t.columns[0].width = Cm(12.3)
    t.columns[1].width = Cm(3.3)
    c0, c1 = t.rows[0].cells
    c0.width = Cm(12.3)
    c1.width = Cm(3.3)
    p = c0.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=36)
    font(p.add_run("中国（湖南）自由贸易试验区"), XBS, 24, False, RED)
    p = c0.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=36)
    font(p.add_run("长沙片区管理委员会"), XBS, 24, False, RED)
    p = c1.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=60)
    font(p.add_run("文件"), XBS, 40, False, RED)
    c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    empty(doc, 1)
    # 文号, split runs, red rule under it
    p = para(doc, [("长自贸管发", FS, 16), ("〔", FS, 16), ("2025", "Times New Roman", 16),
                   ("〕", FS, 16), ("6", "Times New Roman", 16), ("号", FS, 16)],
             align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p, sz=24, space=6)
    empty(doc, 1)

    # title on two paragraphs
    for ln in ("中国（湖南）自由贸易试验区长沙片区", "管理委员会关于调整管委会领导班子成员",
               "工作分工的通知"):
        para(doc, [(ln, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc, 1)

    para(doc, ["各局（办）、各直属单位："])

    clauses = []

    intro = ("因人事变动和工作需要，经2025年3月17日党工委（扩大）会议研究，"
             "现将管委会领导班子成员工作分工调整如下：")
    para(doc, [intro], indent=32)
    clauses.append(intro)

    leaders = [
        ("周建国　党工委书记、主任：",
         "主持党工委、管委会全面工作。负责党的建设、干部人事、机构编制、财政预算审批等方面工作。"
         "分管综合办公室（党群工作部）、组织人事部。联系片区纪检监察工作委员会、"
         "中国（湖南）自由贸易试验区工作办公室。", None),
        ("彭立新　党工委副书记、常务副主任：",
         "协助书记、主任负责党工委、管委会日常工作，负责财政金融、审计、国有资产管理、"
         "安全生产、信访维稳等方面工作。分管财政金融局、审计办公室、应急管理办公室。"
         "联系长沙片区开发建设投资集团有限公司、国家税务总局长沙市税务局自贸片区税务分局、"
         "片区金融服务中心。", None),
        ("王　刚　党工委委员、副主任：",
         "负责制度创新、改革试点、对外开放、综合保税区管理等方面工作。分管制度创新局（改革办）、"
         "商务和外事局、黄花综合保税区管理办公室。联系长沙海关驻片区办事处、"
         "长沙黄花国际机场口岸管理服务中心。", None),
        ("陈晓燕　党工委委员、副主任：",
         "负责招商引资、产业发展、跨境电商、中欧班列、统计等方面工作。分管投资促进局、产业发展局、"
         "跨境电商服务中心、中欧班列（长沙）运营协调办公室。联系湖南自贸试验区跨境电商产业园运营公司、"
         "中欧班列（长沙）平台公司。", None),
        ("刘志鹏　党工委委员、副主任：",
         "负责规划建设、自然资源、生态环境、城市管理、重大项目建设等方面工作。"
         "分管规划建设局、生态环境和城市管理局、重点项目建设办公室。联系长沙市自然资源和规划局片区分局、"
         "长沙市生态环境局片区分局。", None),
        ("赵　敏　党工委委员、纪工委书记、监察专员：",
         "主持纪工委（监察专员办）全面工作，负责党风廉政建设、反腐败、巡察整改督导等方面工作。"
         "分管纪检监察室、巡察工作办公室。", None),
        ("黄卫东　管委会副主任（挂职）：",
         "协助王刚同志负责外商投资服务、营商环境建设、政务服务、“一带一路”经贸合作等方面工作。"
         "分管政务服务局、", "外商投资服务中心。联系长沙片区涉外法律服务中心、湖南省“一带一路”"
         "国际商事调解中心长沙片区工作站。"),
    ]
    for head, body, after_break in leaders:
        runs = [(head, HT, 16, True), (body, FS, 16)]
        if after_break:
            runs += ["BR", (after_break, FS, 16)]
        para(doc, runs, indent=32)
        clauses.append(head + body + (after_break or ""))

    ab = ("管委会领导班子成员外出期间，实行AB角工作制度，由B角代为履行其分管工作职责："
          "周建国同志外出期间，由彭立新同志主持管委会日常工作；彭立新同志与王刚同志互为AB角；"
          "陈晓燕同志与刘志鹏同志互为AB角；赵敏同志与黄卫东同志互为AB角。遇有紧急情况和重大事项，"
          "B角应及时向A角和主要领导报告，不得擅自决定。领导班子成员外出，应提前向党工委书记、"
          "主任报告，并告知综合办公室。具体分工见下表：")
    para(doc, [ab], indent=32)
    clauses.append(ab)

    empty(doc, 1, line=14)
    para(doc, [("管委会领导班子成员工作分工表", HT, 16)], align=WD_ALIGN_PARAGRAPH.CENTER)

    header = ["领导", "分管部门", "联系单位", "AB角"]
    rows = [
        ["周建国", "综合办公室（党群工作部）、组织人事部",
         "片区纪检监察工作委员会、中国（湖南）自由贸易试验区工作办公室", "彭立新"],
        ["彭立新", "财政金融局、审计办公室、应急管理办公室",
         "长沙片区开发建设投资集团有限公司、国家税务总局长沙市税务局自贸片区税务分局、片区金融服务中心",
         "王刚"],
        ["王刚", "制度创新局（改革办）、商务和外事局、黄花综合保税区管理办公室",
         "长沙海关驻片区办事处、长沙黄花国际机场口岸管理服务中心", "彭立新"],
        ["陈晓燕", "投资促进局、产业发展局、跨境电商服务中心、中欧班列（长沙）运营协调办公室",
         "湖南自贸试验区跨境电商产业园运营公司、中欧班列（长沙）平台公司", "刘志鹏"],
        ["刘志鹏", "规划建设局、生态环境和城市管理局、重点项目建设办公室",
         "长沙市自然资源和规划局片区分局、长沙市生态环境局片区分局", "陈晓燕"],
        ["赵敏", "纪检监察室、巡察工作办公室", "—", "黄卫东"],
        ["黄卫东", "政务服务局、外商投资服务中心",
         "长沙片区涉外法律服务中心、湖南省“一带一路”国际商事调解中心长沙片区工作站", "赵敏"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=4)
    tb.style = doc.styles["Table Grid"]
    table_borders(tb, "single", 6)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.2), Cm(5.6), Cm(6.0), Cm(1.8)]
    for i, h in enumerate(header):
        cell_text(tb.rows[0].cells[i], h, HT, 12)
    repeat_header(tb.rows[0])
    for r, row in enumerate(rows, start=1):
        for i, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER if i in (0, 3) or v == "—" else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(tb.rows[r].cells[i], v, FS, 12, align=al)
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
    tb.autofit = False
    for i, w in enumerate(widths):
        tb.columns[i].width = w
    for row in tb.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    empty(doc, 1)
    last = ("本通知自2025年3月18日起执行。2024年6月印发的《中国（湖南）自由贸易试验区长沙片区管理委员会"
            "关于管委会领导班子成员工作分工的通知》（长自贸管发〔2024〕15号）同时废止。")
    para(doc, [last], indent=32)
    clauses.append(last)

    empty(doc, 3)
    # 落款 in a borderless layout table
    lk = doc.add_table(rows=2, cols=2)
    table_borders(lk, "nil")
    lk.autofit = False
    lk.columns[0].width = Cm(7)
    lk.columns[1].width = Cm(8.6)
    for row in lk.rows:
        row.cells[0].width = Cm(7)
        row.cells[1].width = Cm(8.6)
    cell_text(lk.rows[0].cells[1], ORGAN, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    cell_text(lk.rows[1].cells[1], "2025年3月18日", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
    empty(doc, 1)
    para(doc, ["（此件公开发布）"], indent=32)

    banji(doc, "省商务厅，省自贸办，长沙市委组织部、市委编办，长沙市商务局。",
          "长沙片区管委会综合办公室", "2025年3月19日印发")

    name = "blind678_changsha_fengong"
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    meta = {
        "title": ORGAN + "关于调整管委会领导班子成员工作分工的通知",
        "doc_number": "长自贸管发〔2025〕6号",
        "issuer": [ORGAN],
        "date": "2025-03-18",
        "published": None,
        "level": "zone",
        "region": REGION,
        "effective": "2025-03-18",
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各局（办）", "各直属单位"],
        "publicity": "此件公开发布",
        "repeals": "《中国（湖南）自由贸易试验区长沙片区管理委员会关于管委会领导班子成员工作分工的通知》"
                   "（长自贸管发〔2024〕15号）",
    }
    return name, path, [{"meta": meta, "clauses": clauses}]


# ================================================================ document 2
def make_renmian():
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)
    add_numbering(doc, [6781, 6782])

    # 红头 with short name
    para(doc, [("长沙自贸片区管理委员会文件", XBS, 32, False, RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=50, before=20)
    empty(doc, 1)
    p = para(doc, [("长自贸管任〔2025〕3号", FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p, sz=24, space=6)
    empty(doc, 1)

    # title: one paragraph, soft line break inside
    para(doc, [("中国（湖南）自由贸易试验区长沙片区", XBS, 22), "BR",
               ("管理委员会关于刘海波等同志", XBS, 22), "BR", ("职务任免的通知", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc, 1)
    para(doc, ["各局（办）、各直属单位、各国有企业："])

    clauses = []
    SP = "　　"  # manual indentation typed with full-width spaces

    def body(text):
        para(doc, [SP + text])
        clauses.append(text)

    body("经2025年3月26日党工委（扩大）会议研究决定，并按规定履行任前公示程序，"
         "现对以下同志职务作如下任免：")

    para(doc, [(SP + "任命：", HT, 16)])
    appoint = [
        "刘海波为综合办公室（党群工作部）主任；",
        "谭雅琴为制度创新局（改革办）副局长（主持工作）；",
        "易振华为投资促进局局长；",
        "邓思远为商务和外事局副局长（试用期一年）；",
        "胡婷为跨境电商服务中心主任；",
        "罗建军为黄花综合保税区管理办公室副主任；",
        "曾凡宇为中欧班列（长沙）运营协调办公室主任（试用期一年）；",
        "龙晓丽为政务服务局副局长（试用期一年）；",
        "彭博为外商投资服务中心副主任（试用期一年）。",
    ]
    for i, a in enumerate(appoint, 1):
        p = para(doc, [a])
        set_num(p, 6781)
        clauses.append(f"{i}.{a}")

    para(doc, [(SP + "免去：", HT, 16)])
    remove = [
        "王建平的综合办公室（党群工作部）主任职务；",
        "谭雅琴的制度创新局（改革办）综合科科长职务；",
        "李国庆的投资促进局局长职务（另有任用）；",
        "易振华的产业发展局副局长职务；",
        "罗建军的商务和外事局副局长职务；",
        "郭小红的政务服务局副局长职务（到龄退休）。",
    ]
    for i, a in enumerate(remove, 1):
        p = para(doc, [a])
        set_num(p, 6782)
        clauses.append(f"{i}.{a}")

    body("以上任命中注明试用期的，试用期为一年，试用期满经考核合格的正式任职；"
         "考核不合格的，按有关规定免去试任职务。")
    body("新任职同志要尽快熟悉岗位职责，切实履职尽责；免职同志要在10个工作日内完成工作交接，"
         "由组织人事部负责监交，确保制度创新、招商引资、跨境电商、中欧班列、综合保税区运营等"
         "各项工作有序衔接、不断不乱。")
    body("相关单位要在本通知印发后5个工作日内，将人员调整情况报组织人事部备案，"
         "并同步更新部门职责分工和对外公开信息。")
    body("特此通知。")

    empty(doc, 3)
    # 落款 with manual spaces
    para(doc, ["　" * 4 + ORGAN])
    para(doc, ["　" * 10 + "二〇二五年三月二十七日"])

    banji(doc, "长沙市委组织部，长沙市人力资源和社会保障局，片区纪工委（监察专员办）。",
          "长沙片区管委会综合办公室", "2025年3月28日印发")

    name = "blind678_changsha_renmian"
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    meta = {
        "title": ORGAN + "关于刘海波等同志职务任免的通知",
        "doc_number": "长自贸管任〔2025〕3号",
        "issuer": [ORGAN],
        "date": "2025-03-27",
        "published": None,
        "level": "zone",
        "region": REGION,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各局（办）", "各直属单位", "各国有企业"],
        "publicity": None,
        "repeals": None,
    }
    return name, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for maker in (make_fengong, make_renmian):
        name, path, docs = maker()
        convert(path)
        expected[name] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
