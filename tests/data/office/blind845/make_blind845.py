# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 845: 境外经贸合作区考核评价办法与年度考核结果通报.

Writes three Word files (python-docx), their PDFs (LibreOffice) and
expected.json into this script's own directory.
"""
import json
import os
import subprocess

from docx import Document
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
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY

expected = {}


# ------------------------------------------------------------------ helpers
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
    p.alignment = align if align is not None else JUSTIFY
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


def setup(doc, footer=True):
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
    if not footer:
        return
    fp = s.footer.paragraphs[0]
    fp.alignment = CENTER
    font(fp.add_run("— "), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=CENTER, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths):
    """Set widths both in tblGrid (used by LibreOffice) and on each cell."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr = table._tbl.tblPr
    lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    tblpr.append(lay)
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, widths):
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))
            tcw.set(qn("w:type"), "dxa")


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p.paragraph_format.keep_with_next = True
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=26)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, HT, HT, HT))
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_845", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
# 江苏省商务厅 江苏省财政厅 joint notice issuing the 考核评价办法 (章/条) and
# an indicator table with a two-level merged header and merged 一级指标 cells.
def doc_jiangsu():
    stem = "blind845_jiangsu_banfa"
    doc = Document()
    setup(doc)
    clauses = []

    # joint red 版头: two organ names stacked on the left, 文件 on the right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    col_widths(t, [11.0, 4.4])
    for i, name in enumerate(["江苏省商务厅", "江苏省财政厅"]):
        c = t.rows[i].cells[0]
        c.text = ""
        p = c.paragraphs[0]
        font(p.add_run(name), XBS, 30, False, RED)
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(40)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    m.text = ""
    p = m.paragraphs[0]
    font(p.add_run("文件"), XBS, 30, False, RED)
    p.alignment = CENTER
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = add_par(doc, "苏商合〔2025〕318号", align=CENTER, indent=False, before=14)
    border(p, "bottom", "FF0000", 24, 8)
    # title over three paragraphs, wrapped where the clerk pressed Enter
    for i, line in enumerate(("江苏省商务厅 江苏省财政厅",
                              "关于印发《江苏省境外经贸合作区考核",
                              "评价办法》的通知")):
        add_par(doc, [(line, XBS, 22, False)], align=CENTER, indent=False, line=33,
                before=24 if i == 0 else 0, after=12 if i == 2 else 0)
    add_par(doc, "各设区市商务局、财政局，有关境外经贸合作区实施企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为进一步规范我省境外经贸合作区建设管理，省商务厅、省财政厅对《江苏省境外经贸合作区考核管理办法（试行）》进行了修订，形成了《江苏省境外经贸合作区考核评价办法》，现印发给你们，请认真贯彻执行。2025年度考核评价工作按照本办法执行。")
    # attachment list, second line aligned with typed full-width spaces
    add_par(doc, "附件：1．江苏省境外经贸合作区考核评价办法")
    add_par(doc, "\u3000\u3000\u30002．江苏省境外经贸合作区考核评价指标表")
    empty(doc, 1)
    # joint 落款: organs side by side in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    col_widths(t, [7.7, 7.7])
    set_cell(t.rows[0].cells[0], "江苏省商务厅", FS, 16, line=28)
    set_cell(t.rows[0].cells[1], "江苏省财政厅", FS, 16, line=28)
    p = add_par(doc, "2025年12月26日", align=RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件1: the 办法 itself
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("江苏省境外经贸合作区考核评价办法", XBS, 22, False)],
            align=CENTER, indent=False, line=36, before=6, after=10)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=CENTER, indent=False)

    def article(no, text, items=()):
        clauses.append(no + "\u3000" + text + "".join(items))
        add_par(doc, [(no, HT, 16, False), ("\u3000" + text, FS, 16, False)])
        for it in items:
            add_par(doc, it)

    chapter("第一章　总　则")
    article("第一条", "为规范我省境外经贸合作区（以下简称合作区）建设管理，发挥考核评价的导向激励作用，根据国家有关规定，结合我省实际，制定本办法。")
    article("第二条", "本办法所称合作区，是指我省企业（以下简称实施企业）在境外投资建设的基础设施完备、主导产业明确、公共服务功能健全的产业园区。",
            ["本办法适用于经省商务厅确认的省级合作区和我省企业承建的国家级合作区。"])
    article("第三条", "考核评价每年开展一次，考核期为上一自然年度。")
    chapter("第二章　考核内容")
    article("第四条", "考核评价内容包括建设进度、招商入区、运营管理、服务功能、社会责任与风险防控五个方面，实行百分制，具体指标及分值见附件2。")
    article("第五条", "有下列情形之一的，给予加分，加分累计不超过10分：", [
        "（一）新增入区中资企业10家以上的，加3分；",
        "（二）获得东道国经济特区等特殊政策地位的，加3分；",
        "（三）建设经验被商务部或者省委、省政府推广的，加2分。"])
    article("第六条", "未按要求报送统计数据或者数据严重失实的，每次扣5分；发生重大安全事故的，扣10分。")
    chapter("第三章　考核程序")
    article("第七条", "实施企业于每年3月15日前开展自评，经所在设区市商务局初审后报省商务厅。省商务厅会同省财政厅委托第三方机构进行评审，提出考核等次建议，审定后予以通报。")
    article("第八条", "考核结果分为优秀、良好、合格、不合格四个等次。得分90分以上（含90分）为优秀，75分以上（含75分）不足90分为良好，60分以上（含60分）不足75分为合格，不足60分为不合格。")
    chapter("第四章　结果运用")
    article("第九条", "考核结果作为省级商务发展专项资金安排的重要依据。考核优秀的，单个合作区年度支持金额最高不超过500万元；考核不合格的，当年不予安排专项资金；连续两年考核不合格的，撤销其省级合作区资格。")
    chapter("第五章　附　则")
    article("第十条", "本办法自2026年1月1日起施行，有效期至2030年12月31日。《江苏省境外经贸合作区考核管理办法（试行）》（苏商合〔2020〕112号）同时废止。")

    # ---------------- 附件2: indicator table
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("江苏省境外经贸合作区考核评价指标表", XBS, 20, False)],
            align=CENTER, indent=False, line=34, before=4, after=8)

    groups = [
        ("建设进度（20分）", [
            ("基础设施投资", "10", "完成年度投资计划的得满分，每低10%扣1分。"),
            ("土地开发", "10", "新增开发面积达到规划要求的得满分，未达到的按比例计分。")]),
        ("招商入区（25分）", [
            ("入区企业数量", "10", "入区企业30家以上的得满分，每少3家扣1分。"),
            ("中资企业占比", "7", "占比50%以上的得满分，其余按比例计分。"),
            ("入区企业累计投资", "8", "累计投资5亿美元以上的得满分，其余按比例计分。")]),
        ("运营管理（20分）", [
            ("入区企业产值", "12", "年产值同比增长10%以上的得满分，负增长的不得分。"),
            ("带动当地就业", "8", "带动东道国就业2000人以上的得满分。")]),
        ("服务功能（15分）", [
            ("公共服务平台", "8", "设立“一站式”服务中心并有效运行的得满分。"),
            ("入区企业满意度", "7", "满意度90%以上的得满分，每低5个百分点扣1分。")]),
        ("社会责任与风险防控（20分）", [
            ("环境保护与社会责任", "10", "遵守东道国环保、劳工法规，无重大负面舆情的得满分。"),
            ("安全风险防控", "10", "建立境外安全风险防范和应急处置机制的得满分。")]),
    ]
    nrows = sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=2 + nrows, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.1, 3.6, 3.3, 1.2, 6.3])
    h0, h1 = t.rows[0], t.rows[1]
    repeat_header(h0)
    repeat_header(h1)
    c = h0.cells[0].merge(h1.cells[0])
    set_cell(c, "序号", HT, 11)
    c = h0.cells[1].merge(h0.cells[2])
    set_cell(c, "考核指标", HT, 11)
    set_cell(h1.cells[1], "一级指标", HT, 11)
    set_cell(h1.cells[2], "二级指标", HT, 11)
    c = h0.cells[3].merge(h1.cells[3])
    set_cell(c, "分值", HT, 11)
    c = h0.cells[4].merge(h1.cells[4])
    set_cell(c, "评分要点", HT, 11)
    r = 2
    n = 0
    for g, subs in groups:
        top = t.rows[r].cells[1]
        bottom = t.rows[r + len(subs) - 1].cells[1]
        for sub, score, rule in subs:
            n += 1
            row = t.rows[r]
            set_cell(row.cells[0], str(n), FS, 11)
            set_cell(row.cells[2], sub, FS, 11)
            set_cell(row.cells[3], score, FS, 11)
            set_cell(row.cells[4], rule, FS, 11, align=LEFT)
            clauses.append("序号：%d；考核指标／一级指标：%s；考核指标／二级指标：%s；分值：%s；评分要点：%s"
                           % (n, g, sub, score, rule))
            r += 1
        mc = top.merge(bottom) if len(subs) > 1 else top
        set_cell(mc, g, FS, 11)
    note1 = "注：1．加分项、扣分项按照本办法第五条、第六条规定执行，不列入上表。"
    note2 = "2．“按比例计分”指按实际完成值占标准值的比例乘以该项分值计分。"
    add_par(doc, [(note1, FS, 12, False)], indent=False, line=20, before=6)
    add_par(doc, [("\u3000\u3000" + note2, FS, 12, False)], indent=False, line=20)
    clauses.extend([note1, note2])

    banji(doc, "抄送：商务部对外投资和经济合作司，省发展改革委，省外办。",
          "江苏省商务厅办公室", "2025年12月29日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "江苏省商务厅 江苏省财政厅关于印发《江苏省境外经贸合作区考核评价办法》的通知",
            "doc_number": "苏商合〔2025〕318号",
            "issuer": ["江苏省商务厅", "江苏省财政厅"],
            "date": "2025-12-26",
            "published": None,
            "level": "provincial",
            "region": "江苏省",
            "effective": "2026-01-01",
            "expires": "2030-12-31",
            "attachments": ["江苏省境外经贸合作区考核评价办法", "江苏省境外经贸合作区考核评价指标表"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "各设区市财政局", "有关境外经贸合作区实施企业"],
            "publicity": "此件公开发布",
            "repeals": "《江苏省境外经贸合作区考核管理办法（试行）》（苏商合〔2020〕112号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 浙江省商务厅 通报 of the 2025 results; indents typed with full-width
# spaces, manual line break inside a paragraph, half-width punctuation mixed
# in, date in Chinese numerals, results table split by hand with 续表.
def doc_zhejiang():
    stem = "blind845_zhejiang_tongbao"
    doc = Document()
    setup(doc)
    clauses = []
    IND = "\u3000\u3000"

    add_par(doc, [("浙江省商务厅文件", XBS, 44, False, RED)],
            align=CENTER, indent=False, line=60, before=20)
    p = add_par(doc, "浙商务发〔2026〕27号", align=CENTER, indent=False, before=24)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("浙江省商务厅关于2025年度全省境外经贸", XBS, 22, False)],
            align=CENTER, indent=False, line=34)
    add_par(doc, [("合作区考核评价结果的通报", XBS, 22, False)],
            align=CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市商务局，有关境外经贸合作区实施企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hf, 16, bold), (t, FS, 16, False)],
                indent=False)

    body("根据《浙江省境外经贸合作区考核评价办法》（浙商务发〔2024〕88号）规定，省商务厅会同省财政厅组织开展了2025年度全省境外经贸合作区考核评价工作。现将有关情况通报如下：")
    head("一、基本情况")
    body("本次纳入考核评价的境外经贸合作区共14个，其中国家级合作区3个、省级合作区11个，分布在亚洲、非洲、欧洲、美洲的14个国家。截至2025年底，14个合作区累计完成投资68.4亿美元，入区企业612家(其中中资企业387家)，带动当地就业6.3万人。考核采取企业自评、设区市初审、第三方评审和实地核查相结合的方式进行。")
    head("二、考核评价结果")
    body("经综合评定，泰国东部浙商工业园等4个合作区考核等次为优秀，印度尼西亚北苏拉威西镍产业园等7个合作区为良好，2个合作区为合格，1个合作区为不合格。具体结果如下：")

    header = ["序号", "合作区名称", "所在国家", "实施企业", "级别", "考核得分", "考核等次"]
    rows = [
        ["泰国东部浙商工业园", "泰国", "浙江华泰海外投资有限公司", "国家级", "94.6", "优秀"],
        ["越南海防甬越产业园", "越南", "宁波甬越国际产业发展有限公司", "省级", "92.3", "优秀"],
        ["乌兹别克斯坦吉扎克浙乌工业园", "乌兹别克斯坦", "浙江丝路产业投资集团有限公司", "国家级", "91.8", "优秀"],
        ["匈牙利佩奇中欧商贸物流园", "匈牙利", "杭州中欧联运投资有限公司", "省级", "90.5", "优秀"],
        ["印度尼西亚北苏拉威西镍产业园", "印度尼西亚", "浙江恒嘉矿业投资有限公司", "省级", "88.7", "良好"],
        ["柬埔寨贡布浙柬经济特区", "柬埔寨", "温州海丝投资控股有限公司", "国家级", "87.2", "良好"],
        ["埃塞俄比亚阿瓦萨浙商轻工园", "埃塞俄比亚", "浙江东非轻工投资有限公司", "省级", "85.9", "良好"],
        ["墨西哥新莱昂浙商工业园", "墨西哥", "绍兴越墨产业投资有限公司", "省级", "83.4", "良好"],
        ["塞尔维亚斯梅代雷沃汽配产业园", "塞尔维亚", "台州海欧汽配投资有限公司", "省级", "81.6", "良好"],
        ["马来西亚柔佛浙马数字产业园", "马来西亚", "浙江数链科技投资有限公司", "省级", "78.2", "良好"],
        ["尼日利亚拉各斯浙商建材产业园", "尼日利亚", "金华非洲建材投资有限公司", "省级", "76.0", "良好"],
        ["哈萨克斯坦阿拉木图中哈物流合作区", "哈萨克斯坦", "义乌欧亚物流投资有限公司", "省级", "71.5", "合格"],
        ["肯尼亚蒙巴萨浙肯商贸园", "肯尼亚", "浙江东方丝路贸易有限公司", "省级", "66.8", "合格"],
        ["坦桑尼亚达累斯萨拉姆浙坦工业园", "坦桑尼亚", "湖州坦中实业投资有限公司", "省级", "54.3", "不合格"],
    ]
    widths = [1.0, 4.6, 2.0, 4.6, 1.3, 1.3, 1.4]

    def part(rs, start):
        t = doc.add_table(rows=1 + len(rs), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        col_widths(t, widths)
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 10.5, line=16)
        for ri, row in enumerate(rs, 1):
            vals = [str(start + ri - 1)] + row
            for ci, v in enumerate(vals):
                al = LEFT if ci in (1, 3) else CENTER
                set_cell(t.rows[ri].cells[ci], v, FS, 10.5, line=16, align=al)
            t.rows[ri].height = Cm(1.4)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))

    SPLIT = 11
    part(rows[:SPLIT], 1)
    # the clerk split the table by hand and typed 续表 on the next page
    p = add_par(doc, [("续表", HT, 12, False)], indent=False, align=LEFT, line=20)
    p.paragraph_format.page_break_before = True
    part(rows[SPLIT:], SPLIT + 1)
    note = "注：考核得分已计入加分项和扣分项；同一等次内按考核得分由高到低排列。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4, after=6)
    clauses.append(note)

    head("三、存在问题")
    body("考核中也发现一些问题，需要引起重视：")
    # two numbered items typed in ONE paragraph with a manual line break
    i1 = "1.部分合作区招商后劲不足。个别合作区连续两年未引进新的入区企业，土地和厂房闲置率较高。"
    i2 = "2.部分合作区统计数据报送不规范。有的实施企业未按时报送季度数据，个别数据与佐证材料不一致。"
    p = doc.add_paragraph()
    font(p.add_run(IND + i1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + i2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([i1, i2])
    head("四、有关要求")
    runin("（一）强化结果运用。", "考核结果将作为2026年度省级商务促进资金安排的重要依据。对考核不合格的坦桑尼亚达累斯萨拉姆浙坦工业园，暂停其2026年度专项资金申报资格，限期一年整改。")
    runin("（二）抓好问题整改。", "考核等次为合格、不合格的合作区实施企业要制定整改方案，于2026年4月30日前报所在市商务局审核后报省商务厅。")
    runin("（三）规范统计报送。", "各实施企业要按时、准确报送运营数据：")
    body("（1）季度数据于每季度结束后15日内报送；")
    body("(2)年度建设运营情况报告于次年2月底前报送。")
    empty(doc, 2)
    # 落款 pushed right with typed spaces, date in Chinese numerals
    add_par(doc, "\u3000" * 16 + "浙江省商务厅", indent=False, align=LEFT)
    add_par(doc, "\u3000" * 15 + "二〇二六年三月二十日", indent=False, align=LEFT)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    banji(doc, "抄送：商务部对外投资和经济合作司，省财政厅，省外办。",
          "浙江省商务厅办公室", "2026年3月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅关于2025年度全省境外经贸合作区考核评价结果的通报",
            "doc_number": "浙商务发〔2026〕27号",
            "issuer": ["浙江省商务厅"],
            "date": "2026-03-20",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通报",
            "recipients": ["各市商务局", "有关境外经贸合作区实施企业"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 青岛市商务局 上行文 报告 to 山东省商务厅: 份号, 特急, 签发人 on a right tab,
# Word auto-numbered headings (一、 not in the text), table with 合计 row.
def doc_qingdao():
    stem = "blind845_qingdao_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    add_par(doc, [("000015", FS, 16, False)], indent=False, align=LEFT)
    add_par(doc, [("特急", HT, 16, False)], indent=False, align=LEFT)
    add_par(doc, [("青岛市商务局文件", XBS, 44, False, RED)],
            align=CENTER, indent=False, line=62, before=18)
    empty(doc, 2)
    p = add_par(doc, [("青商字〔2026〕19号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("孙建明", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = add_par(doc, [("青岛市商务局关于报送2025年度境外经贸", XBS, 22, False)],
                align=CENTER, indent=False, line=36)
    p.add_run().add_break(WD_BREAK.LINE)  # Shift+Enter inside the title
    font(p.add_run("合作区考核评价自评材料的报告"), XBS, 22)
    empty(doc, 1)
    add_par(doc, "山东省商务厅：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("根据《山东省商务厅关于开展2025年度境外经贸合作区考核评价工作的通知》（鲁商字〔2026〕7号）要求，我局组织全市3家省级境外经贸合作区实施企业开展了自评，并会同市财政局对自评材料进行了初审。现将有关情况报告如下：")
    head("总体情况")
    body("截至2025年底，我市企业在境外建设的省级经贸合作区共3个，分别位于乌兹别克斯坦、泰国和埃及，累计完成投资8.55亿美元，入区企业76家，带动当地就业9640人。2025年，3个合作区新增投资1.38亿美元，新增入区企业11家，入区企业实现产值12.7亿美元，同比增长16.4%。")
    body("各合作区自评及初审情况如下（投资额单位：亿美元）：")
    header = ["序号", "合作区名称", "实施企业", "累计投资额", "入区企业数（家）", "带动当地就业（人）", "自评得分", "初审得分"]
    rows = [
        ["1", "乌兹别克斯坦塔什干青岛纺织产业园", "青岛海纺国际投资有限公司", "2.86", "27", "3150", "88.5", "86.0"],
        ["2", "泰国罗勇青岛橡胶产业园", "青岛泰青橡胶投资有限公司", "4.12", "35", "4620", "91.2", "89.5"],
        ["3", "埃及苏伊士青岛家电产业园", "青岛中埃家电园区开发有限公司", "1.57", "14", "1870", "79.6", "76.5"],
        ["合计", "—", "—", "8.55", "76", "9640", "—", "—"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.3, 3.7, 3.4, 1.5, 1.5, 1.6, 1.3, 1.3])
    repeat_header(t.rows[0])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    empty(doc, 1, line=14)
    head("主要做法和成效")
    runin("（一）强化统筹推进。", "市商务局牵头建立境外经贸合作区联系服务机制，对3个合作区实行“一区一专班”，2025年协调解决用汇、签证、物流等问题27个；会同市财政局兑现合作区建设补助资金1850万元。")
    runin("（二）突出产业集聚。", "引导合作区聚焦纺织服装、轮胎橡胶、家用电器等我市优势产业开展定向招商，推动上下游企业“抱团出海”，带动我市设备、原辅材料出口3.6亿美元。")
    runin("（三）完善服务保障。", "依托中国—上海合作组织地方经贸合作示范区和中国（山东）自由贸易试验区青岛片区，为合作区入区企业提供物流集拼、跨境结算、出口信保等服务；组织开展境外安全风险培训4期，培训人员320人次。")
    head("存在的问题")
    body("一是埃及苏伊士青岛家电产业园受当地汇率波动影响，2025年仅新引进企业1家，初审得分低于自评得分3.1分，主要是部分佐证材料不完整。二是各合作区专业化运营管理人才不足。三是统计数据采集仍以人工填报为主，及时性和准确性有待提高。")
    head("下一步工作打算")
    runin("（一）推动提质升级。", "支持泰国罗勇青岛橡胶产业园申报国家级境外经贸合作区；指导埃及苏伊士青岛家电产业园制定招商专项方案，补齐佐证材料短板。")
    runin("（二）加强监测预警。", "建立合作区运营数据月度监测机制，强化东道国政治、汇率、安全等风险预警，及时协调解决企业困难。")
    add_par(doc, "特此报告。")  # closing formula: not a clause
    empty(doc, 1)
    add_par(doc, "附件：1．2025年度合作区考核评价自评表")
    add_par(doc, "\u3000\u3000\u30002．各合作区2025年度建设运营情况报告")
    add_par(doc, "\u3000\u3000\u30003．相关佐证材料目录")
    empty(doc, 2)
    p = add_par(doc, " " * 42 + "青岛市商务局", indent=False, align=LEFT)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 40 + "2026年2月27日", indent=False, align=LEFT)
    add_par(doc, "（联系人：王晓东，联系电话：0532-85912367）")
    banji(doc, "抄送：山东省财政厅，青岛市财政局。", "青岛市商务局办公室", "2026年2月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "青岛市商务局关于报送2025年度境外经贸合作区考核评价自评材料的报告",
            "doc_number": "青商字〔2026〕19号",
            "issuer": ["青岛市商务局"],
            "date": "2026-02-27",
            "published": None,
            "level": "municipal",
            "region": "青岛市",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度合作区考核评价自评表",
                            "各合作区2025年度建设运营情况报告",
                            "相关佐证材料目录"],
            "doc_type": "报告",
            "recipients": ["山东省商务厅"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_jiangsu(), doc_zhejiang(), doc_qingdao()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
