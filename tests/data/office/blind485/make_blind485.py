# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 485: 2025中国—东盟跨境电商合作论坛 会议材料.

Writes next to itself:
  blind485_nanning_tongzhi.docx/.pdf   通知 + 附件 工作方案 (two documents)
  blind485_nanning_yaoqinghan.docx/.pdf 邀请函
  blind485_nanning_huizhi.docx/.pdf    参会回执 (form)
  expected.json
"""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

FORUM = "2025中国—东盟跨境电商合作论坛"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None, ascii_name=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_name or "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if ascii_name is None:
        rfonts.set(qn("w:ascii"), "Times New Roman")
        rfonts.set(qn("w:hAnsi"), "Times New Roman")
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, spacing=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)


def para(container, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True,
         spacing=28, before=0, after=0):
    """runs: str or list of (text, font, size, bold[, color]).
    '\n' inside a run text becomes a soft line break (w:br)."""
    p = container.add_paragraph()
    fmt(p, align, indent, spacing, before, after)
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, font, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = p.add_run(part)
            set_font(run, font, size, bold, color)
            if i < len(parts) - 1:
                run.add_break()
    return p


def blank(container, n=1, spacing=28):
    for _ in range(n):
        p = container.add_paragraph()
        fmt(p, None, False, spacing)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, None, False)
    p.add_run().add_break(WD_BREAK.PAGE)


def bottom_border(p, color="FF0000", sz=12, top=False):
    ppr = p._p.get_or_add_pPr()
    side = "top" if top else "bottom"
    ppr.append(parse_xml(
        '<w:pBdr %s><w:%s w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), side, sz, color)))


def both_borders(p, sz=6):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:top w:val="single" w:sz="%d" w:space="1" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="%d" w:space="1" w:color="000000"/></w:pBdr>'
        % (nsdecls("w"), sz, sz)))


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.8)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def add_page_field(p, font_size=14):
    def r(text):
        run = p.add_run(text)
        set_font(run, "宋体", font_size, False, ascii_name="宋体")
        return run

    r("— ")
    run = p.add_run()
    set_font(run, "宋体", font_size, False, ascii_name="宋体")
    run._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    run = p.add_run()
    set_font(run, "宋体", font_size, False, ascii_name="宋体")
    run._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    run = p.add_run()
    set_font(run, "宋体", font_size, False, ascii_name="宋体")
    run._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r("1")
    run = p.add_run()
    set_font(run, "宋体", font_size, False, ascii_name="宋体")
    run._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    r(" —")


def page_numbers(doc, odd_even=True):
    """单页码居右、双页码居左 (odd/even footers)."""
    doc.settings.odd_and_even_pages_header_footer = odd_even
    s = doc.sections[0]
    f = s.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if odd_even else WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(p)
    if odd_even:
        ef = s.even_page_footer
        p2 = ef.paragraphs[0]
        p2.alignment = WD_ALIGN_PARAGRAPH.LEFT
        add_page_field(p2)


def set_cell_borders(table, none=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    val = "nil" if none else "single"
    xml = ('<w:tblBorders %s><w:top w:val="%s" w:sz="4" w:color="000000"/>'
           '<w:left w:val="%s" w:sz="4" w:color="000000"/><w:bottom w:val="%s" w:sz="4" w:color="000000"/>'
           '<w:right w:val="%s" w:sz="4" w:color="000000"/><w:insideH w:val="%s" w:sz="4" w:color="000000"/>'
           '<w:insideV w:val="%s" w:sz="4" w:color="000000"/></w:tblBorders>'
           % (nsdecls("w"), val, val, val, val, val, val))
    tblPr.append(parse_xml(xml))


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              color=None, spacing=22):
    p = cell.paragraphs[0]
    fmt(p, align, False, spacing)
    run = p.add_run(text)
    set_font(run, font, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def grid_table(doc, header, rows, widths, merges=(), body_align=None):
    """rows: list of lists; merges: (col, first_row_idx, last_row_idx) over body rows
    (the text of the merged cell is taken from the first row; others left empty)."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell_borders(t, none=False)
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 14)
    repeat_header(t.rows[0])
    merged_skip = set()
    for col, a, b in merges:
        for r in range(a + 1, b + 1):
            merged_skip.add((r, col))
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            if (ri, ci) in merged_skip:
                continue
            al = WD_ALIGN_PARAGRAPH.CENTER
            if body_align and body_align[ci] is not None:
                al = body_align[ci]
            cell_text(t.rows[ri + 1].cells[ci], val, FS, 14, align=al)
    for col, a, b in merges:
        c = t.cell(a + 1, col).merge(t.cell(b + 1, col))
        # merge() concatenates empty paragraphs; drop the trailing empties
        ps = c.paragraphs
        for extra in ps[1:]:
            if not extra.text:
                extra._p.getparent().remove(extra._p)
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_widths(t, widths)
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        trPr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
    return t


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            try:
                row.cells[i].width = Cm(w)
            except IndexError:
                pass


def row_clauses(header, rows):
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, r)) for r in rows]


def add_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), num_id))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), num_id, num_id)))
    return num_id


def numbered_para(doc, text, num_id):
    p = para(doc, text)
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(
        '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
        % (nsdecls("w"), num_id)))
    return p


def runin(doc, head, body, head_font=KT, bold=True):
    """run-in heading: bold 楷体 head + 仿宋 body in one paragraph."""
    para(doc, [(head, head_font, 16, bold), (body, FS, 16, False)])
    return head + body


def heading1(doc, text):
    para(doc, [(text, HT, 16, False)])


def heading2(doc, text):
    para(doc, [(text, KT, 16, False)])


# ---------------------------------------------------------------- file 1
def make_tongzhi():
    doc = Document()
    page_setup(doc)
    page_numbers(doc, odd_even=True)
    num_id = add_numbering(doc)
    clauses_n = []
    clauses_f = []

    # 红头: layout table, two organs stacked left, “文件” on the right
    blank(doc, 1)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell_borders(t, none=True)
    left, right = t.rows[0].cells
    set_widths(t, [12.4, 3.2])
    p = left.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, False, 40)
    set_font(p.add_run("广西壮族自治区商务厅"), XBS, 21, False, RED)
    p = left.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, False, 40)
    set_font(p.add_run("广西壮族自治区人民政府外事办公室"), XBS, 21, False, RED)
    p = right.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 40)
    set_font(p.add_run("文件"), XBS, 36, False, RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    blank(doc, 1)
    p = para(doc, "桂商务发〔2025〕31号", WD_ALIGN_PARAGRAPH.CENTER, False)
    bottom_border(p, "FF0000", 18)
    blank(doc, 1)

    # title, broken with a soft line break
    para(doc, [("关于印发2025中国—东盟跨境电商合作论坛\n工作方案的通知", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 34)
    blank(doc, 1)
    para(doc, "南宁市人民政府，自治区各有关单位，论坛各协办单位：", WD_ALIGN_PARAGRAPH.LEFT, False)

    body = [
        "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，用好中国—东盟自由贸易区3.0版建设成果，"
        "推动我区与东盟国家跨境电商合作走深走实，经自治区人民政府同意，定于2025年9月16日至18日在南宁市举办"
        "2025中国—东盟跨境电商合作论坛。现将《2025中国—东盟跨境电商合作论坛工作方案》印发给你们，"
        "请结合职责认真抓好落实。",
        "各单位要高度重视，按照方案明确的分工抓紧开展筹备工作，于2025年8月15日前确定1名处级联络员，"
        "并将联络员信息报送论坛组委会办公室（设在自治区商务厅）。各工作组要于9月5日前细化形成本组工作方案，"
        "筹备过程中的重大事项及时向组委会报告。",
        "联系人：自治区商务厅电子商务处  覃丽萍，联系电话：0771-2810536，电子邮箱：cafe_forum@163.com。",
    ]
    for b in body:
        para(doc, b)
        clauses_n.append(b)
    blank(doc, 1)
    # 附件 list with hanging indent
    p = para(doc, "附件：2025中国—东盟跨境电商合作论坛工作方案", WD_ALIGN_PARAGRAPH.LEFT, True)
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.first_line_indent = Pt(0)
    blank(doc, 3)
    # 落款: two organs in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    set_cell_borders(t, none=True)
    cell_text(t.cell(0, 0), "广西壮族自治区商务厅", FS, 16, spacing=28)
    cell_text(t.cell(0, 1), "广西壮族自治区人民政府外事办公室", FS, 16, spacing=28)
    cell_text(t.cell(1, 1), "2025年7月18日", FS, 16, spacing=28)
    set_widths(t, [6.1, 9.5])
    blank(doc, 1)
    para(doc, "（此件公开发布）", WD_ALIGN_PARAGRAPH.LEFT, True)

    # ---------------- 附件: 工作方案
    page_break(doc)
    para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    blank(doc, 1)
    para(doc, [("2025中国—东盟跨境电商合作论坛工作方案", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 34)
    blank(doc, 1)

    def P(text):
        para(doc, text)
        clauses_f.append(text)

    def R(head, text, font=KT, bold=True):
        clauses_f.append(runin(doc, head, text, font, bold))

    P("为办好2025中国—东盟跨境电商合作论坛（以下简称论坛），搭建中国与东盟国家跨境电商政策沟通、产业对接和项目合作平台，"
      "助力中国（广西）自由贸易试验区、中国（南宁）跨境电子商务综合试验区高水平开放发展，制定本方案。")

    heading1(doc, "一、论坛名称")
    P("2025中国—东盟跨境电商合作论坛（2025 China-ASEAN Cross-border E-commerce Cooperation Forum）。")

    heading1(doc, "二、时间地点")
    R("（一）时间。", "2025年9月16日至18日，其中16日全天报到，17日至18日举办论坛及配套活动。")
    R("（二）地点。", "开幕式暨主论坛、平行分论坛在南宁国际会展中心举办，欢迎晚宴在荔园山庄举办，"
                   "企业考察活动在中国（广西）自由贸易试验区南宁片区举办。")

    heading1(doc, "三、组织机构")
    R("（一）主办单位：", "广西壮族自治区人民政府、中国国际贸易促进委员会", KT, False)
    R("（二）承办单位：", "广西壮族自治区商务厅、广西壮族自治区人民政府外事办公室、南宁市人民政府、"
                       "中国国际贸易促进委员会广西壮族自治区分会", KT, False)
    R("（三）协办单位：", "东盟—中国中心、中国（广西）自由贸易试验区南宁片区管理委员会、南宁综合保税区管理委员会、"
                       "广西北部湾国际港务集团有限公司、中国—东盟信息港股份有限公司", KT, False)
    R("（四）论坛组委会。", "论坛设组委会，由自治区人民政府分管副主席任主任，自治区人民政府副秘书长、自治区商务厅主要负责同志"
                       "任副主任，成员由自治区各有关单位和南宁市人民政府分管负责同志组成。组委会下设办公室，办公室设在自治区"
                       "商务厅，负责论坛筹备的统筹协调和日常工作。")

    heading1(doc, "四、议程安排")
    P("论坛设开幕式暨主论坛、3场平行分论坛、项目签约仪式和企业考察等活动，具体安排如下（以最终议程为准）：")
    header = ["时间", "活动", "地点"]
    L = WD_ALIGN_PARAGRAPH.LEFT
    C = WD_ALIGN_PARAGRAPH.CENTER
    widths = [3.6, 7.6, 4.4]

    heading2(doc, "（一）9月16日（星期二）")
    rows_a = [
        ["全天", "嘉宾报到、注册", "荔园山庄"],
        ["19:00—20:30", "欢迎晚宴（邀请东盟国家驻华使节、主要嘉宾出席）", "荔园山庄"],
    ]
    grid_table(doc, header, rows_a, widths, merges=[(2, 0, 1)], body_align=[C, L, C])
    clauses_f.extend(row_clauses(header, rows_a))

    p = para(doc, [("（二）9月17日（星期三）", KT, 16, False)])
    p.paragraph_format.page_break_before = True
    b1 = "南宁国际会展中心B1厅"
    rows_b = [
        ["08:30—09:00", "嘉宾入场", b1],
        ["09:00—09:30", "开幕式：自治区人民政府领导致辞，东盟国家嘉宾代表致辞", b1],
        ["09:30—09:50", "发布《中国—东盟跨境电商发展报告（2025）》", b1],
        ["09:50—11:30", "主论坛：主旨演讲及高端对话", b1],
        ["11:30—12:00", "中国—东盟跨境电商合作项目签约仪式", b1],
        ["14:30—17:30", "平行分论坛一：跨境电商与海外仓建设", "南宁国际会展中心C1会议室"],
        ["14:30—17:30", "平行分论坛二：中欧班列、西部陆海新通道与跨境物流", "南宁国际会展中心C2会议室"],
        ["14:30—17:30", "平行分论坛三：数字支付与跨境电商监管创新", "南宁国际会展中心C3会议室"],
    ]
    grid_table(doc, header, rows_b, widths, merges=[(2, 0, 4)], body_align=[C, L, C])
    clauses_f.extend(row_clauses(header, rows_b))

    heading2(doc, "（三）9月18日（星期四）")
    rows_c = [
        ["09:00—11:30", "考察中国（广西）自由贸易试验区南宁片区、南宁综合保税区跨境电商产业园", "南宁市"],
        ["12:00以后", "嘉宾离会", "—"],
    ]
    grid_table(doc, header, rows_c, widths, body_align=[C, L, C])
    clauses_f.extend(row_clauses(header, rows_c))

    heading1(doc, "五、参会人员")
    P("论坛规模约500人，主要包括：")
    items5 = [
        "国家有关部委和单位领导，东盟秘书处、东盟国家政府部门代表及驻华使节、驻南宁总领事；",
        "自治区领导，自治区有关部门、各设区市人民政府分管负责同志；",
        "国内外行业协会、研究机构专家学者；",
        "国内外跨境电商平台、物流、支付和海外仓企业代表；",
        "中央驻桂及区内主要新闻媒体记者。",
    ]
    for i, it in enumerate(items5, 1):
        numbered_para(doc, it, num_id)  # Word automatic numbering "1."
        clauses_f.append("%d.%s" % (i, it))

    heading1(doc, "六、工作分工")
    P("组委会办公室下设6个工作组，各工作组按照职责分工抓好落实。")
    R("（一）综合协调组。", "由自治区商务厅牵头，自治区人民政府办公厅、自治区外事办配合。负责论坛总体方案制定、议程统筹、"
                        "工作调度和请示报告等工作，牵头组织论坛筹备工作会议。")
    R("（二）嘉宾邀请组。", "由自治区外事办牵头，自治区商务厅、自治区贸促会配合。具体负责以下工作：")
    for s in ["1.拟定国内外嘉宾邀请名单，报组委会审定后发出邀请函；",
              "2.负责东盟国家驻华使节、驻南宁总领事及其他外宾的邀请、接待和礼宾工作；",
              "3.统计汇总参会回执，于9月10日前形成嘉宾名单。"]:
        P(s)
    R("（三）会务保障组。", "由南宁市人民政府牵头，南宁国际会展中心、荔园山庄配合。负责会场布置、报到注册、食宿交通、"
                        "医疗卫生等保障工作。")
    R("（四）宣传报道组。", "由自治区党委宣传部牵头，自治区商务厅、广西广播电视台配合。负责论坛新闻发布、媒体邀请、"
                        "宣传报道和舆情监测工作。")
    R("（五）安全保卫组。", "由自治区公安厅牵头，南宁市公安局配合。负责论坛期间安全保卫、交通疏导和消防安全等工作。")
    R("（六）考察活动组。", "由中国（广西）自由贸易试验区南宁片区管理委员会牵头，南宁海关、南宁综合保税区管理委员会配合。"
                        "负责9月18日企业考察线路设计、现场讲解和接待工作。")

    heading1(doc, "七、工作要求")
    R("（一）加强统筹协调。", "各单位要明确1名分管负责同志具体抓，建立周调度机制，确保各项筹备工作按时间节点推进。")
    R("（二）严格经费管理。", "论坛经费纳入自治区商务厅部门预算统筹安排，严格执行中央八项规定及其实施细则精神，"
                        "厉行勤俭节约，不得超标准接待。")

    # 版记 on the last page
    blank(doc, 2)
    p = para(doc, "抄送：自治区人民政府办公厅，商务部外贸发展事务局。", WD_ALIGN_PARAGRAPH.LEFT, False)
    p.paragraph_format.left_indent = Pt(14)
    both_borders(p, 6)
    p.runs[0].font.size = Pt(14)
    p = para(doc, "广西壮族自治区商务厅办公室                      2025年7月21日印发",
             WD_ALIGN_PARAGRAPH.LEFT, False)
    p.paragraph_format.left_indent = Pt(14)
    bottom_border(p, "000000", 6)
    p.runs[0].font.size = Pt(14)

    stem = "blind485_nanning_tongzhi"
    doc.save(os.path.join(HERE, stem + ".docx"))

    issuers = ["广西壮族自治区商务厅", "广西壮族自治区人民政府外事办公室"]
    fangan_title = "2025中国—东盟跨境电商合作论坛工作方案"
    exp = [
        {"meta": {
            "title": "关于印发2025中国—东盟跨境电商合作论坛工作方案的通知",
            "doc_number": "桂商务发〔2025〕31号",
            "issuer": issuers,
            "date": "2025-07-18",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": [fangan_title],
            "doc_type": "通知",
            "recipients": ["南宁市人民政府", "自治区各有关单位", "论坛各协办单位"],
            "publicity": "此件公开发布",
            "repeals": None},
         "clauses": clauses_n},
        {"meta": {
            "title": fangan_title,
            "doc_number": None,
            "issuer": issuers,
            "date": "2025-07-18",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "方案",
            "recipients": [],
            "publicity": None,
            "repeals": None},
         "clauses": clauses_f},
    ]
    return stem, exp


# ---------------------------------------------------------------- file 2
def make_yaoqinghan():
    doc = Document()
    page_setup(doc)
    page_numbers(doc, odd_even=False)
    clauses = []

    blank(doc, 1)
    # title: forum name + letter-spaced 邀　请　函, soft break between
    para(doc, [("2025中国—东盟跨境电商合作论坛\n邀　请　函", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    blank(doc, 1)
    para(doc, "尊敬的广西东兴国家重点开发开放试验区管理委员会：", WD_ALIGN_PARAGRAPH.LEFT, False)

    body = [
        "中国与东盟互为最大贸易伙伴，跨境电商已成为双方经贸合作的新引擎。为进一步深化中国—东盟数字经济合作，"
        "推动共建“一带一路”高质量发展，广西壮族自治区人民政府、中国国际贸易促进委员会定于2025年9月17日至18日"
        "在广西南宁举办2025中国—东盟跨境电商合作论坛。",
        "本届论坛以“数智赋能·丝路通达——携手共建中国—东盟跨境电商新生态”为主题，设开幕式暨主论坛、3场平行分论坛"
        "及项目签约、企业考察等活动，届时将邀请东盟国家政府官员、驻华使节、国内外知名专家学者和跨境电商龙头企业"
        "代表共商合作、共谋发展。",
        "贵单位在推动边境贸易和跨境电商发展方面成效显著。我们诚挚邀请贵单位主要负责同志拨冗出席论坛，并在平行分论坛一"
        "“跨境电商与海外仓建设”上作交流发言（发言时间约10分钟）。现将有关事项告知如下：",
    ]
    for b in body:
        para(doc, b)
        clauses.append(b)
    items = [
        ("一、报到安排。", "请于2025年9月16日全天到荔园山庄（南宁市青秀区）报到注册，领取参会证件和会议资料。"),
        ("二、食宿安排。", "会议期间食宿由组委会统一安排，费用自理；往返交通费用回所在单位按规定报销。"),
        ("三、回执报送。", "请于2025年9月5日前将参会回执（见附件）及发言材料电子版发送至组委会办公室邮箱；"
                         "如需播放PPT，请一并提供。"),
        ("四、联系方式。", "组委会办公室  梁振宇，电话：0771-2810536，传真：0771-2810537，电子邮箱：cafe_forum@163.com。"),
    ]
    for h, t in items:
        clauses.append(runin(doc, h, t, HT, False))
    para(doc, "期待您的莅临！")
    clauses.append("期待您的莅临！")
    para(doc, "此致")
    para(doc, "敬礼！", WD_ALIGN_PARAGRAPH.LEFT, False)
    blank(doc, 1)
    p = para(doc, "附件：2025中国—东盟跨境电商合作论坛参会回执", WD_ALIGN_PARAGRAPH.LEFT, True)
    blank(doc, 2)
    para(doc, "                2025中国—东盟跨境电商合作论坛组委会", WD_ALIGN_PARAGRAPH.LEFT, False)
    para(doc, "                            二〇二五年八月十五日", WD_ALIGN_PARAGRAPH.LEFT, False)

    stem = "blind485_nanning_yaoqinghan"
    doc.save(os.path.join(HERE, stem + ".docx"))
    exp = [{"meta": {
        "title": "2025中国—东盟跨境电商合作论坛邀请函",
        "doc_number": None,
        "issuer": ["2025中国—东盟跨境电商合作论坛组委会"],
        "date": "2025-08-15",
        "published": None,
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": None,
        "expires": None,
        "attachments": ["2025中国—东盟跨境电商合作论坛参会回执"],
        "doc_type": "邀请函",
        "recipients": ["广西东兴国家重点开发开放试验区管理委员会"],
        "publicity": None,
        "repeals": None},
        "clauses": clauses}]
    return stem, exp


# ---------------------------------------------------------------- file 3
def make_huizhi():
    doc = Document()
    page_setup(doc)
    page_numbers(doc, odd_even=False)
    clauses = []

    para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    blank(doc, 1)
    para(doc, [("2025中国—东盟跨境电商合作论坛\n参会回执", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 34)
    blank(doc, 1)
    fields = [
        "单位名称（盖章）：________________________________",
        "联 系 人：__________  职务：__________  手机：____________",
        "参会人员1：__________  职务：__________  手机：____________",
        "参会人员2：__________  职务：__________  手机：____________",
    ]
    for f in fields:
        para(doc, [(f, FS, 14, False)], WD_ALIGN_PARAGRAPH.LEFT, False, 30)
        clauses.append(f)
    blank(doc, 1)
    header = ["序号", "活动名称", "时间", "是否参加（请在□内打“√”）"]
    ck = "□参加　□不参加"
    rows = [
        ["1", "欢迎晚宴", "9月16日19:00—20:30", ck],
        ["2", "开幕式暨主论坛", "9月17日09:00—12:00", ck],
        ["3", "平行分论坛一：跨境电商与海外仓建设", "9月17日14:30—17:30", ck],
        ["4", "平行分论坛二：中欧班列、西部陆海新通道与跨境物流", "9月17日14:30—17:30", ck],
        ["5", "平行分论坛三：数字支付与跨境电商监管创新", "9月17日14:30—17:30", ck],
        ["6", "跨境电商企业考察", "9月18日09:00—11:30", ck],
    ]
    L = WD_ALIGN_PARAGRAPH.LEFT
    C = WD_ALIGN_PARAGRAPH.CENTER
    grid_table(doc, header, rows, [1.2, 5.6, 4.6, 4.2], body_align=[C, L, C, C])
    clauses.extend(row_clauses(header, rows))
    blank(doc, 1)
    tail = [
        "住宿需求：□单间　□标间　□不需要住宿",
        "抵邕时间：____月____日____时，航班/车次：__________",
    ]
    for f in tail:
        para(doc, f, WD_ALIGN_PARAGRAPH.LEFT, False)
        clauses.append(f)
    notes = [
        "注：1.请于2025年9月5日前将本回执发送至cafe_forum@163.com，邮件标题注明“单位名称+论坛回执”。",
        "2.参会人员请携带本人身份证件，外籍人员请携带护照。",
    ]
    p = para(doc, [(notes[0], KT, 14, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    p = para(doc, [(notes[1], KT, 14, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    p.paragraph_format.left_indent = Pt(28)
    clauses.extend(notes)

    stem = "blind485_nanning_huizhi"
    doc.save(os.path.join(HERE, stem + ".docx"))
    exp = [{"meta": {
        "title": "2025中国—东盟跨境电商合作论坛参会回执",
        "doc_number": None,
        "issuer": ["2025中国—东盟跨境电商合作论坛组委会"],
        "date": None,
        "published": None,
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "回执",
        "recipients": [],
        "publicity": None,
        "repeals": None},
        "clauses": clauses}]
    return stem, exp


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_485", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for maker in (make_tongzhi, make_yaoqinghan, make_huizhi):
        stem, exp = maker()
        expected[stem] = exp
        to_pdf(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
