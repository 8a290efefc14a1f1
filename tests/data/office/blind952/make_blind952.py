# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 952: 商务部办公厅统计报送函 + 省商务厅报送报告 (Word + PDF + expected.json)."""
import json
import os
import subprocess
from decimal import Decimal, ROUND_HALF_UP

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
SP = "\u3000"  # full-width space
L = "\u201c"   # “
R = "\u201d"   # ”
YDYL = L + "一带一路" + R

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
    """runs: list of (text, fontname, size, bold[, color]) or a plain str."""
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
    fmt(p, indent=False, line=12)


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
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=11, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             left=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)
    if left is not None:
        p.paragraph_format.left_indent = left


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(t):
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def set_widths(t, widths):
    t.autofit = False
    for c, w in enumerate(widths):
        t.columns[c].width = Cm(w)
    for row in t.rows:
        for c, w in enumerate(widths):
            row.cells[c].width = Cm(w)


def pct(a, b):
    return str((Decimal(a) / Decimal(b) * 100 - 100).quantize(Decimal("0.1"), ROUND_HALF_UP))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt, gap=8, before=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, before)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), (SP * gap, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


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
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, HT, HT, HT))
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


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_952", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- the 统计表 (shared by the blank form and the filled ones) -------------
GRP = "对共建" + YDYL + "国家"
FORM_HEAD = ["序号", "指标名称", "计量单位", GRP + "／2025年", GRP + "／2024年",
             GRP + "／同比增减（%）", "备注"]
INDICATORS = [
    ("非金融类直接投资额", "万美元"),
    ("其中：股权投资", "万美元"),
    ("收益再投资", "万美元"),
    ("债务工具投资", "万美元"),
    ("经备案（核准）境外投资项目", "个"),
    ("对外承包工程新签合同额", "万美元"),
    ("对外承包工程完成营业额", "万美元"),
    ("其中：上亿美元项目数", "个"),
    ("境外经贸合作区数量", "家"),
    ("境外经贸合作区累计投资额", "万美元"),
    ("年末在外各类劳务人员", "人"),
    ("共建国家在本地区新设外商投资企业", "家"),
    ("共建国家在本地区实际投资额", "万美元"),
]
SUB_ROWS = {2, 3}  # indented sub-items (收益再投资, 债务工具投资)


def form_table(doc, data, clauses, size=10.5, widths=None):
    """data: list of (cur, prev, note) per indicator, or None for a blank form."""
    n = len(INDICATORS)
    t = doc.add_table(rows=2 + n, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-level header with merged cells
    for c, h in ((0, "序号"), (1, "指标名称"), (2, "计量单位"), (6, "备注")):
        m = t.cell(0, c).merge(t.cell(1, c))
        set_cell(m, h, HT, size)
    m = t.cell(0, 3).merge(t.cell(0, 5))
    set_cell(m, GRP, HT, size)
    for c, h in ((3, "2025年"), (4, "2024年"), (5, "同比增减（%）")):
        set_cell(t.cell(1, c), h, HT, size)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for i, (name, unit) in enumerate(INDICATORS):
        r = t.rows[2 + i]
        if data is None:
            cur = prev = g = note = ""
        else:
            cur, prev, note = data[i]
            g = pct(cur, prev)
            cur, prev = str(cur), str(prev)
        vals = [str(i + 1), name, unit, cur, prev, g, note]
        for c, v in enumerate(vals):
            if c == 1:
                set_cell(r.cells[c], v, FS, size, align=WD_ALIGN_PARAGRAPH.LEFT,
                         left=Pt(2 * size) if i in SUB_ROWS else None)
            else:
                set_cell(r.cells[c], v, FS, size)
        clauses.append(row_clause(FORM_HEAD, vals))
    if widths:
        set_widths(t, widths)
    return t


# =================================================================== DOC A
def doc_mofcom_han():
    """商务部办公厅 函 (信函格式), blank form as 附件1, 填报说明 as 附件2."""
    stem = "blind952_mofcom_han"
    doc = Document()
    setup(doc)
    clauses = []

    # 信函格式: organ name in red, double rule (thick over thin) below
    p = add_par(doc, [("商务部办公厅", XBS, 36, False, RED)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54, before=0)
    border(p, "bottom", "FF0000", 24, 8, val="thickThinSmallGap")
    empty(doc, 1, line=14)
    # 紧急程度 left, 文号 right (tab stop)
    p = add_par(doc, [("加急", HT, 16, False), ("\t", FS, 16, False),
                      ("商办合函〔2026〕37号", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    # title on three lines, wrapped where the clerk pressed Shift+Enter
    p = doc.add_paragraph()
    font(p.add_run("商务部办公厅关于做好2025年度对共建"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(YDYL + "国家投资合作统计报送"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("工作的函"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hfont=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    body("为全面掌握各地对共建" + YDYL + "国家投资合作进展情况，根据《对外直接投资统计制度》《对外承包工程统计调查制度》"
         "有关规定，现就做好2025年度对共建" + YDYL + "国家投资合作统计报送工作有关事项函告如下：")
    head("一、报送内容")
    runin("（一）主要指标完成情况。", "2025年度本地区对共建" + YDYL
          + "国家非金融类直接投资、对外承包工程、对外劳务合作、境外经贸合作区等主要指标完成情况，请按附件1格式填报。")
    runin("（二）重点国别和重点项目。", "本地区对共建国家投资额居前10位的国别（地区），以及对外承包工程新签合同额5000万美元以上项目清单。")
    runin("（三）工作情况和意见建议。", "主要做法、存在问题和意见建议，文字材料原则上不超过3000字。")
    runin("二、报送时间和方式。", "请于2026年2月28日前，通过" + L + "对外投资合作信息服务系统" + R
          + "报送加盖公章的统计表和文字材料，电子版同时发送至指定邮箱。"
          "计划单列市数据请同时抄送所在省商务主管部门，省级汇总数据不含计划单列市数据。", HT)
    runin("三、有关要求。", "请严格按照统计制度规定的指标口径填报，做好数据审核和逻辑校验。统计表数据应与对外直接投资统计直报系统、"
          "对外承包工程业务统计系统保持一致，如有差异请在备注栏中说明原因。统计数据未经商务部同意，不得对外公开发布。", HT)
    runin("四、联系人：", "对外投资和经济合作司" + SP + "李" + SP + "楠" + SP + "周晓光，电话：010-65197563，010-65197408，"
          "传真：010-65197926，电子邮箱：hzsitj@mofcom.gov.cn。", HT)
    add_par(doc, "特此函告。")
    # 附件 list with hanging indent (second item aligned under the first by spaces)
    add_par(doc, "附件：1．2025年度对共建" + YDYL + "国家投资合作情况统计表")
    add_par(doc, SP * 3 + "2．统计指标解释及填报说明")
    empty(doc, 1)
    p = add_par(doc, "商务部办公厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    p = add_par(doc, "2026年1月16日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(72)
    p = add_par(doc, [("抄送：国家统计局，国家外汇管理局。", FS, 14, False)], indent=False, line=24)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 8, 4)

    # ---- 附件1: blank form, landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("2025年度对共建" + YDYL + "国家投资合作情况统计表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=6)
    t = "填报单位（盖章）：" + SP * 22 + "填报日期：2026年" + SP * 2 + "月" + SP * 2 + "日"
    clauses.append(t)
    add_par(doc, [(t, FS, 14, False)], indent=False, line=24)
    form_table(doc, None, clauses, size=11,
               widths=[1.4, 7.6, 2.2, 3.2, 3.2, 3.2, 3.5])
    for t in ("注：1．本表统计范围为境内投资者对共建" + YDYL + "国家的投资合作，不含对香港、澳门特别行政区和台湾地区的投资。",
              "2．" + L + "同比增减" + R + "栏按美元口径计算，保留一位小数。"):
        clauses.append(t)
        p = add_par(doc, [(t, FS, 12, False)], indent=False, line=20)
        if t.startswith("2"):
            p.paragraph_format.left_indent = Pt(24)
    t = "填报人：" + SP * 8 + "联系电话：" + SP * 8 + "审核人："
    clauses.append(t)
    add_par(doc, [(t, FS, 14, False)], indent=False, line=28, before=6)

    # ---- 附件2: 填报说明, back to portrait
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("统计指标解释及填报说明", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=12)
    for t in (
        "1．非金融类直接投资额：指境内投资者以现金、实物、无形资产等方式在共建" + YDYL
        + "国家设立、并购、参股境外企业，并拥有该企业10%或以上股权、投票权或其他等价利益的经济活动中，"
        "不含对境外金融类企业投资的部分。按股权投资、收益再投资和债务工具投资分项填报。",
        "2．经备案（核准）境外投资项目：指报告期内经商务主管部门备案或核准的对共建国家境外投资项目数量，含新设和增资项目。",
        "3．对外承包工程新签合同额、完成营业额：按对外承包工程业务统计系统口径填报。上亿美元项目数指单个项目新签合同额在1亿美元及以上的项目个数。",
        "4．境外经贸合作区：指本地区企业作为实施主体在共建国家建设的境外经贸合作区，累计投资额统计至报告期末。",
        "5．共建国家在本地区投资：指共建" + YDYL + "国家投资者在本地区新设外商投资企业数和实际使用外资金额，按外商投资信息报告口径填报。",
        "6．统计表中金额以万美元为单位，保留整数；同比增减以百分比表示，保留一位小数。各项指标如无数据请填写"
        + L + "0" + R + "，不得空项。",
    ):
        body(t)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "商务部办公厅关于做好2025年度对共建" + YDYL + "国家投资合作统计报送工作的函",
            "doc_number": "商办合函〔2026〕37号",
            "issuer": ["商务部办公厅"],
            "date": "2026-01-16",
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": ["2025年度对共建" + YDYL + "国家投资合作情况统计表",
                            "统计指标解释及填报说明"],
            "doc_type": "函",
            "recipients": ["各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
ZJ_DATA = [
    (523600, 470860, "不含宁波市"),
    (386200, 352400, ""),
    (98700, 83200, ""),
    (38700, 35260, ""),
    (612, 564, ""),
    (638400, 582500, ""),
    (412700, 388250, ""),
    (14, 11, ""),
    (13, 12, ""),
    (489200, 436800, ""),
    (14630, 13870, ""),
    (486, 441, ""),
    (87650, 79320, ""),
]
ZJ_COUNTRIES = [
    ("印度尼西亚", 106500, "15.8", "新能源电池、镍冶炼"),
    ("越南", 72300, "9.4", "纺织服装、电子元器件"),
    ("泰国", 61800, "12.7", "汽车零部件、家电"),
    ("马来西亚", 38600, "6.2", "光伏组件"),
    ("匈牙利", 34200, "41.3", "新能源汽车、电池材料"),
    ("沙特阿拉伯", 27400, "22.5", "建材、石化装备"),
    ("塞尔维亚", 21900, "28.6", "轮胎、汽车零部件"),
    ("柬埔寨", 19800, "7.1", "纺织服装、农业"),
    ("阿联酋", 18500, "18.9", "商贸物流"),
    ("埃及", 16300, "33.0", "纺织、建材"),
]


def doc_zhejiang():
    """浙江省商务厅 报告 (上行文, 签发人), filled form + country table with manual 续表."""
    stem = "blind952_zhejiang_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, "000015", indent=False)
    add_par(doc, [("浙江省商务厅文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=52, before=6)
    empty(doc, 1)
    p = add_par(doc, [("浙商务报〔2026〕6号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("陈立峰", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title: two separate paragraphs
    add_par(doc, [("浙江省商务厅关于报送2025年度对共建", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [(YDYL + "国家投资合作统计数据的报告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "商务部：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    hu_se_prev = round(34200 / 1.413) + round(21900 / 1.286)
    hu_se = pct(34200 + 21900, hu_se_prev)
    body("按照《商务部办公厅关于做好2025年度对共建" + YDYL + "国家投资合作统计报送工作的函》（商办合函〔2026〕37号）要求，"
         "我厅对全省2025年度对共建" + YDYL + "国家投资合作情况进行了统计汇总和审核，现将有关情况报告如下：")
    head("一、总体情况")
    # half-width parenthesis and comma typed by the clerk
    body("2025年，全省(不含宁波市,下同)经备案（核准）对共建国家境外投资项目612个，同比增长" + pct(612, 564) + "%；"
         "非金融类直接投资额52.36亿美元，同比增长" + pct(523600, 470860) + "%。"
         "对外承包工程新签合同额63.84亿美元、完成营业额41.27亿美元，同比分别增长" + pct(638400, 582500)
         + "%和" + pct(412700, 388250) + "%。")
    head("二、主要特点")
    runin("（一）投资结构持续优化。", "对共建国家制造业投资31.58亿美元，占比60.3%，主要集中在汽车及零部件、新能源电池、光伏组件等领域。")
    runin("（二）重点国别集聚明显。", "对前10位国别投资合计41.73亿美元，占79.7%。对印度尼西亚投资10.65亿美元，继续位居首位；"
          "对匈牙利、塞尔维亚投资同比增长" + hu_se + "%。")
    runin("（三）境外经贸合作区带动作用增强。", "全省企业在共建国家建设境外经贸合作区13家，累计投资额48.92亿美元，"
          "全年新增入区企业52家。")
    runin("三、存在问题和下一步工作。", "部分国别政治、安全风险上升，民营企业境外融资难问题仍较突出。下一步，我厅将加强与外汇、海关等部门的数据比对，"
          "健全统计监测和风险预警体系，推动对共建" + YDYL + "国家投资合作高质量发展。")
    add_par(doc, "特此报告。")
    p = add_par(doc, "附件：2025年度浙江省对共建" + YDYL + "国家投资合作情况统计表")
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.first_line_indent = Pt(-0)
    empty(doc, 1, line=14)
    # 落款 aligned with typed half-width spaces
    add_par(doc, " " * 42 + "浙江省商务厅", indent=False)
    add_par(doc, " " * 40 + "2026年2月25日", indent=False)
    add_par(doc, "（联系人：吴晓东，电话：0571-87703245）")
    banji(doc, "抄送：省政府办公厅，省统计局。", "浙江省商务厅办公室", "2026年2月25日印发", before=0)

    # ---- 附件 (new page)
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("2025年度浙江省对共建" + YDYL + "国家", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    add_par(doc, [("投资合作情况统计表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=6)
    t = "填报单位（盖章）：浙江省商务厅" + SP * 5 + "填报日期：2026年2月25日"
    clauses.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=22)
    add_par(doc, [("表1" + SP + "主要指标完成情况", HT, 12, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=22)
    form_table(doc, ZJ_DATA, clauses, size=10,
               widths=[1.0, 5.0, 1.5, 2.0, 2.0, 2.2, 1.9])
    t = "注：数据来源于商务部对外直接投资统计直报系统和对外承包工程业务统计系统，不含宁波市。"
    clauses.append(t)
    add_par(doc, [(t, FS, 11, False)], indent=False, line=18)

    # 表2: 前10位国别, split by hand with 续表
    head2 = ["序号", "国别（地区）", "直接投资额（万美元）", "同比增长（%）", "主要投资领域"]
    widths2 = [1.2, 3.2, 3.6, 2.8, 4.8]

    def country_table(rows):
        t = doc.add_table(rows=1 + len(rows), cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for c, h in enumerate(head2):
            set_cell(t.rows[0].cells[c], h, HT, 10.5)
        for ri, vals in enumerate(rows, 1):
            for c, v in enumerate(vals):
                set_cell(t.rows[ri].cells[c], v, FS, 10.5)
            clauses.append(row_clause(head2, vals))
        set_widths(t, widths2)

    rows = [[str(i + 1), n, str(v), g, f] for i, (n, v, g, f) in enumerate(ZJ_COUNTRIES)]
    prev_total = sum(round(v / (1 + float(g) / 100)) for _, v, g, _ in ZJ_COUNTRIES)
    total = sum(v for _, v, _, _ in ZJ_COUNTRIES)
    rows.append(["", "合计", str(total), pct(total, prev_total), "—"])
    add_par(doc, [("表2" + SP + "2025年度对共建国家直接投资前10位国别（地区）", HT, 12, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=22, before=8)
    country_table(rows[:3])
    p = add_par(doc, [("续表", KT, 12, False)], indent=False, line=22)
    p.paragraph_format.page_break_before = True
    country_table(rows[3:])
    t = "填报人：吴晓东" + SP * 3 + "联系电话：0571-87703245" + SP * 3 + "审核人：孙建平"
    clauses.append(t)
    add_par(doc, [(t, FS, 12, False)], indent=False, line=24, before=8)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅关于报送2025年度对共建" + YDYL + "国家投资合作统计数据的报告",
            "doc_number": "浙商务报〔2026〕6号",
            "issuer": ["浙江省商务厅"],
            "date": "2026-02-25",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度浙江省对共建" + YDYL + "国家投资合作情况统计表"],
            "doc_type": "报告",
            "recipients": ["商务部"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
GX_DATA = [
    (184700, 161600, ""),
    (128300, 115400, ""),
    (35600, 28900, ""),
    (20800, 17300, ""),
    (168, 147, ""),
    (246500, 218900, ""),
    (173200, 165800, ""),
    (5, 3, ""),
    (6, 6, ""),
    (152600, 138400, ""),
    (3860, 3520, ""),
    (312, 268, ""),
    (46800, 51200, "部分项目资金延后到位"),
]
GX_PROJECTS = [
    ("越南海防安阳工业园区道路及配套工程", "越南", "广西北部湾国际工程有限公司", 18600, "2025.3", "2027.6"),
    ("柬埔寨西哈努克港经济特区污水处理厂项目", "柬埔寨", "广西桂水环境工程有限公司", 6850, "2025.5", "2026.12"),
    ("老挝万象—万荣高速公路连接线工程", "老挝", "广西交通建设集团有限公司", 23400, "2025.4", "2027.10"),
    ("印度尼西亚中苏拉威西镍铁冶炼厂配套码头项目", "印度尼西亚", "广西有色桂冶工程有限公司", 15200, "2025.7", "2027.3"),
    ("马来西亚关丹产业园二期标准厂房项目", "马来西亚", "广西建工国际有限公司", 9800, "2025.2", "2026.8"),
    ("泰国东部经济走廊罗勇光伏电站项目", "泰国", "广西能源国际工程有限公司", 12600, "2025.9", "2026.12"),
    ("菲律宾棉兰老岛农田水利灌溉工程", "菲律宾", "广西水电工程局有限公司", 7350, "2025.6", "2027.5"),
    ("文莱大摩拉岛化工园区储罐工程", "文莱", "广西北部湾国际工程有限公司", 21400, "2025.10", "2027.12"),
    ("孟加拉国吉大港输变电工程", "孟加拉国", "广西电力建设工程有限公司", 8600, "2025.8", "2026.11"),
]


def doc_guangxi():
    """广西壮族自治区商务厅 报告: 特急, auto numbering, spaces as indent, table in body
    with Word-repeated header row, date in Chinese numerals, filled form as 附件."""
    stem = "blind952_guangxi_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")
    IND = SP * 2

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("广西壮族自治区商务厅文件", XBS, 34, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=18)
    empty(doc, 1)
    # 文号 and 签发人 aligned with typed spaces
    p = add_par(doc, [(" " + "桂商务报〔2026〕11号", FS, 16, False), (" " * 18, FS, 16, False),
                      ("签发人：", FS, 16, False), ("黄志强", KT, 16, False)], indent=False)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title on three paragraphs, broken at odd places
    for tl in ("广西壮族自治区商务厅关于报送", "2025年度对共建" + YDYL + "国家投资",
               "合作统计数据的报告"):
        add_par(doc, [(tl, XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "商务部：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    num_i = [0]
    CN = "一二三四五六七八九十"

    def numhead(h, t):
        num_i[0] += 1
        clauses.append(CN[num_i[0] - 1] + "、" + h + t)
        p = add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)], indent=False)

    body("根据《商务部办公厅关于做好2025年度对共建" + YDYL + "国家投资合作统计报送工作的函》（商办合函〔2026〕37号）要求，"
         "我厅会同自治区发展改革委、外汇局广西壮族自治区分局，对全区2025年度对共建" + YDYL
         + "国家投资合作数据进行了汇总核实，现将有关情况报告如下：")
    numhead("主要指标完成情况。", "2025年，全区对共建" + YDYL + "国家非金融类直接投资额18.47亿美元，同比增长"
            + pct(184700, 161600) + "%；对外承包工程新签合同额24.65亿美元，同比增长" + pct(246500, 218900)
            + "%，完成营业额17.32亿美元，同比增长" + pct(173200, 165800) + "%。"
            "共建国家在我区新设外商投资企业312家，实际投资额4.68亿美元，同比下降" + pct(46800, 51200).lstrip("-") + "%。")
    numhead("重点国别和项目情况。", "我区对共建国家投资高度集中于东盟国家，全年对东盟投资额15.62亿美元，占"
            + str((Decimal(156200) / Decimal(184700) * 100).quantize(Decimal("0.1"), ROUND_HALF_UP))
            + "%。对外承包工程新签合同额5000万美元以上项目9个,合同额合计12.38亿美元,具体情况见下表：")
    # caption + unit line
    add_par(doc, [("表1" + SP + "2025年度对外承包工程新签合同额5000万美元以上项目情况", HT, 12, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=22, before=6)
    add_par(doc, [("单位：万美元", FS, 11, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
            line=18)
    head = ["序号", "项目名称", "所在国", "承揽企业", "新签合同额", "开工时间", "计划完工时间"]
    widths = [0.9, 4.2, 1.6, 3.2, 1.8, 1.9, 2.0]
    t = doc.add_table(rows=2 + len(GX_PROJECTS), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in enumerate(head):
        set_cell(t.rows[0].cells[c], h, HT, 10)
    repeat_header(t.rows[0])
    for i, (name, ctry, firm, amt, s, e) in enumerate(GX_PROJECTS):
        vals = [str(i + 1), name, ctry, firm, str(amt), s, e]
        for c, v in enumerate(vals):
            set_cell(t.rows[1 + i].cells[c], v, FS, 10,
                     align=WD_ALIGN_PARAGRAPH.LEFT if c in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(head, vals))
    total = sum(p_[3] for p_ in GX_PROJECTS)
    vals = ["", "合计", "", "", str(total), "", ""]
    for c, v in enumerate(vals):
        set_cell(t.rows[-1].cells[c], v, HT if v else FS, 10)
    clauses.append(row_clause(head, vals))
    set_widths(t, widths)
    tn = "注：项目按签约时间先后排列；新签合同额按合同签订当月汇率折算。"
    clauses.append(tn)
    add_par(doc, [(tn, FS, 11, False)], indent=False, line=18)
    numhead("存在的困难和建议。", "当前，我区企业" + L + "走出去" + R + "仍面临境外融资渠道窄、沿边口岸物流成本偏高、部分东盟国家政策变动频繁等困难。为此，建议：")
    runin("（一）", "加大对沿边地区企业" + L + "走出去" + R + "的金融支持力度，扩大中国—东盟投资合作基金对中小企业项目的覆盖面。")
    runin("（二）", "支持中国（广西）自由贸易试验区开展境外投资备案" + L + "一站式" + R + "服务试点，将部分境外投资备案权限下放至自贸试验区各片区。")
    runin("（三）", "依托中国—东盟博览会平台，建立面向东盟国家的境外投资风险预警信息共享机制。")
    add_par(doc, IND + "特此报告。", indent=False)
    add_par(doc, IND + "附件：2025年度广西对共建" + YDYL + "国家投资合作情况统计表", indent=False)
    empty(doc, 2)
    p = add_par(doc, "广西壮族自治区商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "二〇二六年二月二十七日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, IND + "（联系人：覃" + SP + "敏，电话：0771-2116385）", indent=False)
    banji(doc, "抄送：自治区人民政府办公厅，自治区统计局。", "广西壮族自治区商务厅办公室", "2026年2月27日印发", gap=3)

    # ---- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("2025年度广西对共建" + YDYL + "国家投资合作情况统计表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=6)
    t_ = "填报单位（盖章）：广西壮族自治区商务厅" + SP * 4 + "填报日期：2026年2月27日"
    clauses.append(t_)
    add_par(doc, [(t_, FS, 12, False)], indent=False, line=22)
    form_table(doc, GX_DATA, clauses, size=10,
               widths=[1.0, 5.0, 1.5, 2.0, 2.0, 2.2, 1.9])
    t_ = "注：同比增减栏负数表示下降。"
    clauses.append(t_)
    add_par(doc, [(t_, FS, 11, False)], indent=False, line=18)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区商务厅关于报送2025年度对共建" + YDYL + "国家投资合作统计数据的报告",
            "doc_number": "桂商务报〔2026〕11号",
            "issuer": ["广西壮族自治区商务厅"],
            "date": "2026-02-27",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度广西对共建" + YDYL + "国家投资合作情况统计表"],
            "doc_type": "报告",
            "recipients": ["商务部"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_mofcom_han(), doc_zhejiang(), doc_guangxi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
