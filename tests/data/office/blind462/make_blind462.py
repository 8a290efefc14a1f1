# ruff: noqa
#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""Blind test documents, round 462: 专项资金绩效评价报告 (第三方机构出具)."""
import os
import json
import subprocess
from decimal import Decimal, ROUND_HALF_UP

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"
RED = "FF0000"

C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def add_text(p, text, font, size, bold=False, color=None):
    """'\n' inside text becomes a soft line break (Shift+Enter)."""
    pieces = text.split("\n")
    for i, piece in enumerate(pieces):
        r = p.add_run(piece)
        set_font(r, font, size, bold, color)
        if i < len(pieces) - 1:
            r.add_break()
    return p


def P(container, parts, align=J, indent=True, spacing=28, size=16, font=FS,
      bold=False, color=None, before=0, after=0, right_indent=None):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if spacing:
        pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if right_indent is not None:
        pf.right_indent = Pt(right_indent)
    if align is not None:
        p.alignment = align
    if isinstance(parts, str):
        parts = [(parts, {})]
    for txt, kw in parts:
        add_text(p, txt, kw.get("font", font), kw.get("size", size),
                 kw.get("bold", bold), kw.get("color", color))
    return p


def empty(container, n=1, spacing=28):
    for _ in range(n):
        p = container.add_paragraph()
        p.paragraph_format.line_spacing = Pt(spacing)
        p.paragraph_format.space_after = Pt(0)


def page_break(doc):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.add_run().add_break(WD_BREAK.PAGE)


def setup_page(section):
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)
    section.header_distance = Cm(1.5)
    section.footer_distance = Cm(2.8)


def add_field(p, instr, font=ST, size=14):
    r = p.add_run()
    set_font(r, font, size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r = p.add_run()
    set_font(r, font, size)
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " %s " % instr
    r._element.append(t)
    r = p.add_run()
    set_font(r, font, size)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._element.append(s)
    r = p.add_run("1")
    set_font(r, font, size)
    r = p.add_run()
    set_font(r, font, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._element.append(e)


def page_number_footer(footer):
    p = footer.paragraphs[0]
    p.alignment = C
    r = p.add_run("— ")
    set_font(r, ST, 14)
    add_field(p, "PAGE")
    r = p.add_run(" —")
    set_font(r, ST, 14)


def para_border(p, edge="bottom", color="000000", sz=6):
    pPr = p._p.get_or_add_pPr()
    pBdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:%s" % edge)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pBdr.append(el)
    # pBdr must precede spacing/ind/jc in pPr
    anchor = None
    for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
                "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
                "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
                "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                "w:mirrorIndents", "w:suppressOverlap", "w:jc"):
        anchor = pPr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(pBdr)
    else:
        pPr.append(pBdr)


def set_tbl_borders(table, top=None, bottom=None, insideH=None, left=None,
                    right=None, insideV=None):
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge, val in (("top", top), ("left", left), ("bottom", bottom),
                      ("right", right), ("insideH", insideH),
                      ("insideV", insideV)):
        el = OxmlElement("w:%s" % edge)
        if val:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(val))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        else:
            el.set(qn("w:val"), "nil")
        borders.append(el)
    anchor = None
    for tag in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"):
        anchor = tblPr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(borders)
    else:
        tblPr.append(borders)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, size=12, font=FS, bold=False, align=C):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(size + 6)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.first_line_indent = None
    if text:
        add_text(p, text, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_col_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def row_clause(headers, values, skip=()):
    return "；".join("%s：%s" % (h, v) for i, (h, v) in enumerate(zip(headers, values))
                    if i not in skip)


def pct(n, d):
    v = (Decimal(n) * 100 / Decimal(d)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return "%s%%" % v


# Word automatic numbering "1." (no tab after the number) -----------------
def make_decimal_numbering(doc, num_id, abstract_id):
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
        '<w:b/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), abstract_id, FS, FS, FS))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls("w"), num_id, abstract_id))
    numbering.append(num)


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), num_id))
    # numPr goes right after pStyle / keepNext etc.; put it first unless pStyle exists
    ps = pPr.find(qn("w:pStyle"))
    if ps is not None:
        ps.addnext(numPr)
    else:
        pPr.insert(0, numPr)


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    setup_page(doc.sections[0])
    return doc


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_462",
                    "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


# ======================================================================
# Document 1: 厦门 跨境电商专项资金 第三方绩效评价报告
# ======================================================================
def make_xiamen():
    doc = base_doc()
    cl = []
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = C
    add_text(hp, "2025年度厦门市跨境电子商务发展专项资金绩效评价报告", KT, 10.5)
    para_border(hp, "bottom", "000000", 6)
    page_number_footer(sec.footer)

    TITLE = "2025年度厦门市跨境电子商务发展专项资金绩效评价报告"
    AGENCY = "厦门鹭信会计师事务所有限公司"
    ATT = "2025年度厦门市跨境电子商务发展专项资金受益企业满意度问卷调查统计表"

    # ---- cover
    empty(doc, 3)
    P(doc, "2025年度厦门市跨境电子商务发展专项资金\n绩效评价报告", align=C,
      indent=False, spacing=40, size=22, font=XBS)
    empty(doc, 4)
    cover = doc.add_table(rows=5, cols=2)  # borderless layout table
    cover.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows = [("项目名称：", "2025年度厦门市跨境电子商务发展专项资金"),
            ("委托单位：", "厦门市商务局"),
            ("评价机构：", AGENCY),
            ("报告编号：", "鹭信绩评字〔2026〕第018号"),
            ("报告日期：", "二〇二六年三月十八日")]
    for i, (a, b) in enumerate(rows):
        cell_text(cover.cell(i, 0), a, size=16, font=HT, align=R)
        cell_text(cover.cell(i, 1), b, size=16, font=FS, align=L)
        for c in (0, 1):
            cover.cell(i, c).paragraphs[0].paragraph_format.line_spacing = Pt(36)
    set_col_widths(cover, [3.6, 10.4])
    page_break(doc)

    # ---- 摘要
    P(doc, "摘　　要", align=C, indent=False, size=16, font=HT, after=12)
    abstract = [
        "受厦门市商务局委托，厦门鹭信会计师事务所有限公司依据《中华人民共和国预算法》"
        "《项目支出绩效评价管理办法》（财预〔2020〕10号）等规定，对2025年度厦门市跨境电子商务"
        "发展专项资金（以下简称“专项资金”）开展了绩效评价。",
        "2025年度专项资金预算安排8000万元，实际到位8000万元，实际支出6912万元，预算执行率86.4%。"
        "资金重点支持跨境电商主体培育、海外仓建设、跨境电商产业园区运营和公共服务平台建设等4个方向，"
        "共支持项目152个、企业136家。",
        "评价结果显示，专项资金综合得分87.5分，绩效等级为“良”。其中，决策指标得分13分，"
        "过程指标得分17.5分，产出指标得分31.5分，效益指标得分25.5分。",
        "评价发现的主要问题：一是部分绩效目标未细化量化；二是预算执行进度偏慢，第二批资金拨付延迟；"
        "三是个别项目申报材料审核不严；四是项目后续跟踪管理机制尚不健全。",
        "主要建议：科学设定绩效目标，加快资金拨付进度，强化申报审核和事中事后监管，建立项目绩效跟踪和退出机制。",
    ]
    for t in abstract:
        P(doc, t)
        cl.append(t)
    page_break(doc)

    # ---- body
    P(doc, "厦门市商务局：", indent=False)
    t = ("受贵局委托，我公司组成绩效评价工作组（以下简称“评价组”），于2026年1月5日至3月10日"
         "对2025年度厦门市跨境电子商务发展专项资金开展了绩效评价。评价组遵循客观公正、科学规范、"
         "绩效相关的原则，通过资料核查、现场勘查、问卷调查和座谈访谈等方式，对专项资金的决策、过程、"
         "产出和效益进行了全面评价。现将评价情况报告如下：")
    P(doc, t)
    cl.append(t)

    P(doc, "一、项目概况", font=HT)
    P(doc, "（一）项目背景", font=KT)
    t = ("为贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）和"
         "中国（厦门）跨境电子商务综合试验区建设要求，厦门市商务局、厦门市财政局联合印发"
         "《厦门市跨境电子商务发展专项资金管理办法》（厦商务规〔2024〕3号），设立跨境电子商务发展"
         "专项资金，支持全市跨境电商产业集聚发展。")
    P(doc, t)
    cl.append(t)
    P(doc, "（二）资金安排及使用情况", font=KT)
    t = ("2025年度专项资金预算8000万元，全部为市级财政资金。截至2025年12月31日，资金到位8000万元，"
         "到位率100%；实际支出6912万元，预算执行率86.4%。资金分配及使用情况见表1。")
    P(doc, t)
    cl.append(t)

    P(doc, "表1　2025年度专项资金分配及使用情况", align=C, indent=False, size=14,
      font=HT, before=6)
    hdr = ["支持方向", "项目数（个）", "安排资金（万元）", "实际支出（万元）", "执行率"]
    data = [
        ("跨境电商主体培育", 96, 3200, 2950),
        ("海外仓建设", 18, 2400, 1962),
        ("跨境电商产业园区运营", 6, 1200, 1020),
        ("公共服务平台建设", 32, 1200, 980),
    ]
    tot = ("合计", sum(d[1] for d in data), sum(d[2] for d in data), sum(d[3] for d in data))
    assert tot == ("合计", 152, 8000, 6912)
    tb = doc.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        cell_text(tb.rows[0].cells[i], h, size=12, font=HT)
    for d in data + [tot]:
        vals = [d[0], str(d[1]), str(d[2]), str(d[3]), pct(d[3], d[2])]
        row = tb.add_row()
        for i, v in enumerate(vals):
            cell_text(row.cells[i], v, size=12, align=L if i == 0 else C)
        cl.append(row_clause(hdr, vals))
    set_col_widths(tb, [4.6, 2.6, 3.2, 3.2, 2.0])
    empty(doc, 1, spacing=14)

    P(doc, "（三）绩效目标", font=KT)
    t = ("根据预算批复，专项资金年度绩效目标为：支持跨境电商企业不少于120家，全市跨境电商进出口额"
         "达到500亿元，新增公共海外仓不少于5个，受益企业满意度不低于95%。")
    P(doc, t)
    cl.append(t)
    empty(doc)

    # ---- 二、
    P(doc, "二、评价工作开展情况", font=HT)
    SCORE = [
        ("决策", [
            ("项目立项", [("立项依据充分性", "3", "3", "无"),
                       ("立项程序规范性", "2", "2", "无")]),
            ("绩效目标", [("绩效目标合理性", "2", "1.5", "部分绩效目标与资金规模匹配度不高，扣0.5分"),
                       ("绩效指标明确性", "3", "2", "“带动效应明显”等指标未细化量化，扣1分")]),
            ("资金投入", [("预算编制科学性", "3", "2.5", "预算编制测算依据不够充分，扣0.5分"),
                       ("资金分配合理性", "2", "2", "无")]),
        ]),
        ("过程", [
            ("资金管理", [("资金到位率", "3", "3", "无"),
                       ("预算执行率", "4", "3", "预算执行率86.4%，未达到90%，扣1分"),
                       ("资金使用合规性", "5", "4.5", "2家企业物流费用发票与报关单金额不一致，扣0.5分")]),
            ("组织实施", [("管理制度健全性", "4", "4", "无"),
                       ("制度执行有效性", "4", "3", "3个项目未按期开展事中核查，部分验收资料归档不完整，扣1分")]),
        ]),
        ("产出", [
            ("产出数量", [("支持企业数量", "5", "5", "无"),
                       ("跨境电商进出口额", "5", "4", "完成目标值的93.7%，扣1分"),
                       ("新增公共海外仓数量", "5", "5", "无")]),
            ("产出质量", [("项目验收合格率", "5", "5", "无"),
                       ("海外仓面积达标率", "5", "4", "2个海外仓实际使用面积低于申报面积，扣1分")]),
            ("产出时效", [("资金拨付及时性", "5", "3.5", "第二批资金拨付延迟约2个月，扣1.5分")]),
            ("产出成本", [("单位补助成本控制", "5", "5", "无")]),
        ]),
        ("效益", [
            ("经济效益", [("带动企业营收增长", "6", "5.5", "部分企业营收数据未经核实，扣0.5分"),
                       ("带动配套产业发展", "6", "5", "配套产业带动数据统计不完整，扣1分")]),
            ("社会效益", [("带动就业人数", "4", "4", "无"),
                       ("品牌出海成效", "4", "3", "自主品牌出口企业占比偏低，扣1分")]),
            ("可持续影响", [("长效机制建设", "5", "3.5", "未建立项目绩效跟踪和退出机制，扣1.5分")]),
            ("满意度", [("企业满意度", "5", "4.5", "满意度为91.5%，未达到95%的目标值，扣0.5分")]),
        ]),
    ]
    n1 = len(SCORE)
    n2 = sum(len(s[1]) for s in SCORE)
    n3 = sum(len(x[1]) for s in SCORE for x in s[1])
    tot_w = sum(Decimal(r[1]) for s in SCORE for x in s[1] for r in x[1])
    tot_s = sum(Decimal(r[2]) for s in SCORE for x in s[1] for r in x[1])
    assert (n1, n2, n3) == (4, 13, 24), (n1, n2, n3)
    assert tot_w == Decimal("100") and tot_s == Decimal("87.5"), (tot_w, tot_s)
    lvl1 = {s[0]: sum(Decimal(r[2]) for x in s[1] for r in x[1]) for s in SCORE}
    assert lvl1 == {"决策": Decimal("13"), "过程": Decimal("17.5"),
                    "产出": Decimal("31.5"), "效益": Decimal("25.5")}, lvl1

    items = [
        ("（一）评价目的和范围。",
         "本次评价以2025年度专项资金为对象，涵盖市商务局组织实施的全部152个项目，旨在全面了解资金使用"
         "绩效，发现管理中存在的问题，为完善资金政策和预算安排提供参考。"),
        ("（二）评价方法。",
         "评价组采用比较法、因素分析法、公众评判法等方法，以财政部《项目支出绩效评价管理办法》为基础，"
         "结合专项资金特点构建了包含4个一级指标、13个二级指标、24个三级指标的评价指标体系。"),
    ]
    for h, t in items:
        P(doc, [(h, {"bold": True}), (t, {})])
        cl.append(h + t)
    # run-in heading + soft line break typed in the middle of the paragraph
    h = "（三）评价过程。"
    t1 = "评价工作分为前期准备、组织实施和分析评价三个阶段。"
    t2 = ("评价组共核查项目资料152套，现场勘查项目36个，召开座谈会4场，发放调查问卷150份，"
          "回收有效问卷142份。")
    P(doc, [(h, {"bold": True}), (t1 + "\n" + t2, {})])
    cl.append(h + t1 + t2)
    empty(doc)

    # ---- 三、
    P(doc, "三、绩效分析及评分情况", font=HT)
    t = "评价组依据评价指标体系对专项资金进行了逐项评分，具体评分情况见表2。"
    P(doc, t)
    cl.append(t)
    P(doc, "表2　绩效评价指标体系及评分表", align=C, indent=False, size=14, font=HT, before=6)
    shdr = ["一级指标", "二级指标", "三级指标", "分值", "得分", "扣分原因"]
    st = doc.add_table(rows=1, cols=6)
    st.style = "Table Grid"
    st.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(shdr):
        cell_text(st.rows[0].cells[i], h, size=10.5, font=HT)
    repeat_header(st.rows[0])
    merges = []
    for l1, subs in SCORE:
        start1 = len(st.rows)
        for l2, leaves in subs:
            start2 = len(st.rows)
            for (l3, w, s, why) in leaves:
                row = st.add_row()
                cell_text(row.cells[2], l3, size=10.5)
                cell_text(row.cells[3], w, size=10.5)
                cell_text(row.cells[4], s, size=10.5)
                cell_text(row.cells[5], why, size=10.5, align=L if why != "无" else C)
                cl.append(row_clause(shdr, [l1, l2, l3, w, s, why]))
            merges.append((1, start2, len(st.rows) - 1, l2))
        merges.append((0, start1, len(st.rows) - 1, l1))
    for col, a, b, txt in merges:
        cell_text(st.cell(a, col), txt, size=10.5)
        if b > a:
            m = st.cell(a, col).merge(st.cell(b, col))
            m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    row = st.add_row()
    cell_text(row.cells[0], "合计", size=10.5, font=HT)
    cell_text(row.cells[3], "100", size=10.5, font=HT)
    cell_text(row.cells[4], "87.5", size=10.5, font=HT)
    cell_text(row.cells[5], "—", size=10.5)
    ri = len(st.rows) - 1
    st.cell(ri, 0).merge(st.cell(ri, 2))
    cl.append("一级指标：合计；分值：100；得分：87.5；扣分原因：—")
    set_col_widths(st, [1.5, 1.9, 3.0, 1.2, 1.2, 6.8])
    empty(doc, 1, spacing=14)

    analysis = [
        ("（一）决策情况。",
         "决策指标分值15分，得分13分，得分率86.7%。项目立项依据充分，程序规范，但部分绩效目标设置不够细化，"
         "预算编制测算依据不够充分。"),
        ("（二）过程情况。",
         "过程指标分值20分，得分17.5分，得分率87.5%。资金到位及时足额，管理制度较为健全，但预算执行率"
         "未达到90%的要求，部分项目事中核查未按期开展。"),
        ("（三）产出情况。",
         "产出指标分值35分，得分31.5分，得分率90.0%。2025年共支持企业136家，完成目标的113.3%；"
         "全市跨境电商进出口额468.3亿元，完成目标的93.7%；新增公共海外仓7个，超额完成目标。"),
        ("（四）效益情况。",
         "效益指标分值30分，得分25.5分，得分率85.0%。受支持企业2025年营业收入同比增长18.6%，"
         "带动新增就业岗位约2300个；受益企业满意度为91.5%，较目标值低3.5个百分点。"),
    ]
    for h, t in analysis:
        P(doc, [(h, {"bold": True}), (t, {})])
        cl.append(h + t)
    empty(doc)

    # ---- 四、
    P(doc, "四、存在的问题及建议", font=HT)
    P(doc, "（一）存在的问题", font=KT)
    make_decimal_numbering(doc, 462, 4620)
    problems = [
        ("绩效目标设置不够细化。",
         "部分绩效指标表述笼统，如“带动效应明显”“产业集聚度提升”等指标未设定量化目标值，难以衡量和考核。"),
        ("预算执行进度偏慢。",
         "专项资金预算执行率为86.4%，其中海外仓建设、公共服务平台建设方向执行率分别为81.8%、81.7%；"
         "第二批资金原计划于2025年9月拨付，实际于11月下旬拨付，延迟约2个月。"),
        ("申报审核不够严格。",
         "抽查发现2家企业申报材料中物流费用发票与报关单金额不一致，2个海外仓实际使用面积低于申报面积。"),
        ("后续管理机制不健全。",
         "专项资金尚未建立项目绩效跟踪和退出机制，3个项目未按期开展事中核查，部分项目验收资料归档不完整。"),
    ]
    for i, (h, t) in enumerate(problems, 1):
        p = P(doc, [(h, {"bold": True}), (t, {})])
        set_num(p, 462)  # Word auto-numbering: "1." is not in the run text
        cl.append("%d.%s%s" % (i, h, t))
    P(doc, "（二）有关建议", font=KT)
    advice = [
        ("1.科学设定绩效目标。",
         "建议市商务局在编制年度预算时，将“带动效应”“产业集聚度”等定性目标细化为可量化、可考核的指标值，"
         "确保绩效目标与资金规模相匹配。"),
        ("2.加快预算执行进度。",
         "优化项目申报和审核流程，合理安排资金拨付批次，力争当年9月底前完成全部资金拨付。"),
        ("3.强化申报审核和监督检查。",
         "加强与海关、税务等部门的数据比对，对海外仓等建设类项目实行现场核验，发现虚报冒领的，"
         "依规追回资金并取消申报资格。"),
        ("4.健全全过程绩效管理机制。",
         "建立项目绩效跟踪台账和退出机制，对连续两年绩效评价结果较差的项目不再予以支持。"),
    ]
    for h, t in advice:
        P(doc, [(h, {"bold": True}), (t, {})])
        cl.append(h + t)
    empty(doc)

    # ---- 五、
    P(doc, "五、评价结论", font=HT)
    concl = [
        "综上所述，2025年度厦门市跨境电子商务发展专项资金立项依据充分，管理制度较为健全，资金使用总体规范，"
        "在培育跨境电商主体、完善海外仓布局、扩大跨境电商进出口规模等方面取得了较好成效。按照评价指标体系评分，"
        "专项资金综合得分87.5分，绩效等级为“良”。",
        "（注：绩效评价结果采取评分和评级相结合的方式，总分100分，90（含）—100分为“优”、80（含）—90分为“良”、"
        "60（含）—80分为“中”、60分以下为“差”。）",
        "本报告仅供委托单位用于专项资金绩效管理，未经我公司书面同意，不得用于其他用途。",
    ]
    for t in concl:
        P(doc, t)
        cl.append(t)
    empty(doc)
    P(doc, "附件：" + ATT)
    empty(doc, 2)
    P(doc, AGENCY, align=R, indent=False, right_indent=32)
    P(doc, "2026年3月18日", align=R, indent=False, right_indent=48)

    # ---- 附件
    page_break(doc)
    P(doc, "附件", indent=False, font=HT)
    empty(doc)
    P(doc, ATT, align=C, indent=False, size=18, font=XBS, spacing=32)
    empty(doc, 1)
    t = ("本次问卷调查面向2025年度获得专项资金支持的企业开展，共发放问卷150份，回收有效问卷142份，"
         "有效回收率94.7%。")
    assert pct(142, 150) == "94.7%"
    P(doc, t)
    cl.append(t)
    qhdr = ["调查内容", "选项", "份数", "占比"]
    Q = [
        ("专项资金政策知晓程度", [("非常了解", 52), ("比较了解", 67), ("一般", 18), ("不了解", 5)]),
        ("申报流程便利程度", [("便利", 61), ("比较便利", 54), ("一般", 21), ("不便利", 6)]),
        ("资金拨付及时性", [("及时", 48), ("比较及时", 50), ("一般", 32), ("不及时", 12)]),
        ("专项资金总体满意度", [("满意", 85), ("比较满意", 45), ("一般", 9), ("不满意", 3)]),
    ]
    for q, opts in Q:
        assert sum(o[1] for o in opts) == 142, q
    assert pct(85 + 45, 142) == "91.5%"
    qt = doc.add_table(rows=1, cols=4)
    qt.style = "Table Grid"
    qt.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(qhdr):
        cell_text(qt.rows[0].cells[i], h, size=12, font=HT)
    repeat_header(qt.rows[0])
    qi = 0
    for q, opts in Q:
        qi += 1
        qlabel = "%d.%s" % (qi, q)
        start = len(qt.rows)
        for o, n in opts:
            row = qt.add_row()
            vals = [qlabel, o, str(n), pct(n, 142)]
            for i in (1, 2, 3):
                cell_text(row.cells[i], vals[i], size=12)
            cl.append(row_clause(qhdr, vals))
        cell_text(qt.cell(start, 0), qlabel, size=12, align=L)
        qt.cell(start, 0).merge(qt.cell(len(qt.rows) - 1, 0))
    set_col_widths(qt, [6.0, 3.4, 2.4, 2.8])
    t = ("注：占比=选择该项的有效问卷份数÷有效问卷总份数×100%，因四舍五入，各项占比之和可能不等于100%。")
    P(doc, t, size=14, before=6)
    cl.append(t)

    stem = "blind462_xiamen_pingjia"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": TITLE,
        "doc_number": "鹭信绩评字〔2026〕第018号",
        "issuer": [AGENCY],
        "date": "2026-03-18",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": None,
        "expires": None,
        "attachments": [ATT],
        "doc_type": "报告",
        "recipients": ["厦门市商务局"],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": cl}]


# ======================================================================
# Document 2: 重庆 通报 + 附件 第三方评价报告（摘要）
# ======================================================================
def make_chongqing():
    doc = base_doc()
    sec = doc.sections[0]
    page_number_footer(sec.footer)
    ORG1 = "重庆市财政局"
    ORG2 = "重庆市人民政府口岸和物流办公室"
    AGENCY = "重庆天衡信达会计师事务所有限公司"
    RPT = "2025年度中欧班列（成渝）发展专项资金绩效评价报告（摘要）"
    TITLE = ("重庆市财政局 重庆市人民政府口岸和物流办公室关于2025年度中欧班列（成渝）"
             "发展专项资金绩效评价结果的通报")

    # ---- 联合行文版头: layout table, "文件" merged on the right
    hd = doc.add_table(rows=2, cols=2)
    hd.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(hd.cell(0, 0), ORG1, size=21, font=XBS, align=J)
    cell_text(hd.cell(1, 0), ORG2, size=21, font=XBS, align=J)
    for r_ in (0, 1):
        p = hd.cell(r_, 0).paragraphs[0]
        p.paragraph_format.line_spacing = Pt(36)
        for run in p.runs:
            run.font.color.rgb = RGBColor.from_string(RED)
    cell_text(hd.cell(0, 1), "文件", size=36, font=XBS, align=C)
    for run in hd.cell(0, 1).paragraphs[0].runs:
        run.font.color.rgb = RGBColor.from_string(RED)
    hd.cell(0, 1).paragraphs[0].paragraph_format.line_spacing = Pt(48)
    hd.cell(0, 1).merge(hd.cell(1, 1)).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_col_widths(hd, [12.4, 3.2])
    empty(doc, 1)
    p = P(doc, "渝财绩〔2026〕9号", align=C, indent=False)
    p = P(doc, "", indent=False, spacing=12)
    para_border(p, "bottom", RED, 18)
    empty(doc, 1)

    # title: two paragraphs, the first with a soft line break
    P(doc, "重庆市财政局 重庆市人民政府口岸和物流办公室\n关于2025年度中欧班列（成渝）发展专项资金",
      align=C, indent=False, size=18, font=XBS, spacing=32)
    P(doc, "绩效评价结果的通报", align=C, indent=False, size=18, font=XBS, spacing=32)
    empty(doc)
    RECIP = ["沙坪坝区财政局", "九龙坡区财政局", "两江新区财政局", "市级有关部门",
             "重庆渝欧通达物流有限公司"]
    P(doc, "沙坪坝区财政局、九龙坡区财政局、两江新区财政局，市级有关部门，重庆渝欧通达物流有限公司：",
      indent=False)

    cl = []

    def body(t):
        P(doc, t)
        cl.append(t)

    def runin(h, t):
        P(doc, [(h, {"bold": True}), (t, {})])
        cl.append(h + t)

    body("为深入贯彻落实《中共中央 国务院关于全面实施预算绩效管理的意见》，提高财政资金使用效益，"
         "根据《重庆市市级预算绩效管理办法》有关规定，市财政局会同市政府口岸物流办委托重庆天衡信达会计师事务所"
         "有限公司对2025年度中欧班列（成渝）发展专项资金开展了第三方绩效评价。现将评价结果通报如下。")
    P(doc, "一、评价基本情况", font=HT)
    body("2025年度中欧班列（成渝）发展专项资金预算安排1.2亿元，实际支出1.08亿元，预算执行率90%，"
         "主要用于中欧班列（成渝）开行补贴、集结中心建设、回程货源组织及数字化平台建设等方面。2025年，"
         "中欧班列（成渝）重庆方向开行2860列，同比增长6.7%；回程班列占比达到44.5%，较上年提高3.2个百分点。")
    body("经第三方机构评价，该专项资金综合得分83.5分，绩效等级为“良”。评价认为，专项资金对稳定班列开行规模、"
         "提升回程比例、降低企业物流成本发挥了积极作用，但在绩效目标管理、补贴资金核查、项目后续管理等方面"
         "仍存在不足。")
    P(doc, "二、存在的主要问题", font=HT)
    runin("（一）绩效目标设置不够科学。",
          "部分绩效指标以开行列数为主，对班列重载率、运输时效、带动本地产业等质量效益类指标设置不足。")
    runin("（二）补贴资金审核不够精细。",
          "部分开行补贴按列数定额核拨，未与实际装载箱量、货值挂钩，抽查发现4列班列重载率低于70%仍全额享受补贴。")
    runin("（三）项目后续管理有待加强。",
          "集结中心建设项目竣工验收后缺乏运营绩效跟踪，数字化平台部分功能模块使用率不高。")
    P(doc, "三、整改要求", font=HT)
    runin("（一）认真组织整改。",
          "各有关单位要高度重视评价发现的问题，逐项制定整改措施，明确责任人和完成时限。")
    body("1.对抽查发现的4列低重载率班列，由重庆渝欧通达物流有限公司核实情况，按规定扣回相应补贴资金。")
    body("2.对集结中心建设项目，由项目所在区财政局牵头建立运营绩效跟踪台账，按季度报送运营数据。")
    body("3.请于2026年6月30日前将整改情况书面报送市财政局（绩效管理处）和市政府口岸物流办（综合处）。")
    runin("（二）完善资金管理办法。",
          "市政府口岸物流办要会同市财政局修订《中欧班列（成渝）发展专项资金管理办法》，重点做好以下工作：")
    # one paragraph, sub-items separated by soft line breaks (Shift+Enter)
    s0 = "1.优化补贴方式。建立开行补贴与下列指标挂钩的分档补贴机制："
    subs = ["（1）班列重载率；", "（2）回程班列比例；", "（3）全程运输时效。"]
    P(doc, "\n".join([s0] + subs), align=L)
    cl.append(s0)
    cl.extend(subs)
    body("2.细化集结中心、数字化平台等建设类项目的绩效目标和验收标准，建立补贴资金动态调整和退出机制。")
    P(doc, "四、强化结果运用", font=HT)
    body("评价结果将作为2027年度专项资金预算安排和政策调整的重要依据。对整改不到位的单位，市财政局将相应核减"
         "下一年度专项资金预算。")
    body("联系人及电话：市财政局绩效管理处 刘洋，023-67575362；市政府口岸物流办综合处 陈静，023-63898417。")
    empty(doc)
    P(doc, "附件：" + RPT)
    empty(doc, 3)
    # joint signature typed on one line with manual full-width spaces
    P(doc, "　　重庆市财政局　　　　　重庆市人民政府口岸和物流办公室", indent=False, align=L)
    P(doc, "2026年4月10日", align=R, indent=False, right_indent=64)
    empty(doc)
    P(doc, "（此件公开发布）")
    notice_clauses = cl

    # ---- 附件: the third-party report (its own document)
    page_break(doc)
    cl = []
    P(doc, "附件", indent=False, font=HT)
    empty(doc)
    P(doc, RPT, align=C, indent=False, size=20, font=XBS, spacing=34)
    P(doc, AGENCY, align=C, indent=False, font=KT)
    empty(doc)
    P(doc, "一、项目概况", font=HT)
    body("中欧班列（成渝）发展专项资金由市政府口岸物流办负责管理，2025年度预算安排12000万元，实际支出10800万元，"
         "预算执行率90.0%。资金支持方向包括班列开行补贴、集结中心建设、回程货源组织和数字化平台建设。")
    P(doc, "二、评价工作情况", font=HT)
    body("受市财政局委托，我公司于2026年1月至3月组织开展评价工作，采取资料核查、现场核验、数据比对、问卷调查"
         "等方式，对28个项目、6家运营及承运企业进行了全覆盖评价。")
    P(doc, "三、评价指标及得分情况", font=HT)
    body("评价指标体系包括决策、过程、产出、效益4个一级指标，各一级指标得分情况如下：")
    thdr = ["一级指标", "分值", "得分", "得分率"]
    rows = [("决策", "15", "13.5"), ("过程", "20", "16"), ("产出", "35", "30.5"),
            ("效益", "30", "23.5")]
    tw = sum(Decimal(r[1]) for r in rows)
    ts = sum(Decimal(r[2]) for r in rows)
    assert (tw, ts) == (Decimal("100"), Decimal("83.5"))
    rows.append(("合计", "100", "83.5"))
    tt = doc.add_table(rows=1, cols=4)
    tt.style = "Table Grid"
    tt.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(thdr):
        cell_text(tt.rows[0].cells[i], h, size=12, font=HT)
    for a, w, s in rows:
        vals = [a, w, s, pct(Decimal(s), Decimal(w))]
        row = tt.add_row()
        for i, v in enumerate(vals):
            cell_text(row.cells[i], v, size=12)
        cl.append(row_clause(thdr, vals))
    set_col_widths(tt, [4.0, 3.0, 3.0, 3.0])
    empty(doc, 1, spacing=14)
    P(doc, "四、主要问题", font=HT)
    runin("（一）绩效目标偏重数量指标。",
          "绩效目标主要围绕开行列数、集结箱量设置，重载率、运输时效等质量类指标和带动本地外贸、产业发展等"
          "效益类指标设置不足。")
    runin("（二）开行补贴与实际运量挂钩不紧。",
          "开行补贴按列定额核拨，抽查的120列班列中有4列重载率低于70%，仍按标准全额补贴。")
    runin("（三）建设类项目运营绩效跟踪缺位。",
          "集结中心建设项目验收后未建立运营数据报送制度，数字化平台“一单制”等功能模块企业使用率不足30%。")
    P(doc, "五、评价结论", font=HT)
    body("综合评价，2025年度中欧班列（成渝）发展专项资金综合得分83.5分，绩效等级为“良”。")
    body("（评价等级划分标准：90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，"
         "60分以下为“差”。）")
    empty(doc, 2)
    P(doc, AGENCY, align=R, indent=False, right_indent=32)
    P(doc, "2026年3月26日", align=R, indent=False, right_indent=64)
    report_clauses = cl

    # ---- 版记 (after the attachment, per GB/T 9704): layout table with rules
    empty(doc, 2)
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_tbl_borders(bj, top=12, bottom=12, insideH=4)
    cell_text(bj.cell(0, 0), "抄送：市审计局，市发展改革委。", size=14, align=L)
    p = bj.cell(1, 0).paragraphs[0]
    p.paragraph_format.line_spacing = Pt(20)
    add_text(p, "重庆市财政局办公室　　　　　　　　　　　2026年4月10日印发", FS, 14)
    set_col_widths(bj, [15.6])

    stem = "blind462_chongqing_tongbao"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    notice_meta = {
        "title": TITLE,
        "doc_number": "渝财绩〔2026〕9号",
        "issuer": [ORG1, ORG2],
        "date": "2026-04-10",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": [RPT],
        "doc_type": "通报",
        "recipients": RECIP,
        "publicity": "此件公开发布",
        "repeals": None,
    }
    report_meta = {
        "title": RPT,
        "doc_number": None,
        "issuer": [AGENCY],
        "date": "2026-03-26",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "报告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": notice_meta, "clauses": notice_clauses},
                        {"meta": report_meta, "clauses": report_clauses}]


def main():
    expected = {}
    for fn in (make_xiamen, make_chongqing):
        stem, path, objs = fn()
        convert(path)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
