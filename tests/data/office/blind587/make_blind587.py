# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 587: 督查通报（无文号，期号）on 自贸试验区改革试点经验复制推广."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_p(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=28, before=0, after=0):
    """runs: list of (text, east, size, bold, color)"""
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    for r in runs:
        text, east, size, bold, color = (list(r) + [None] * 5)[:5]
        run = p.add_run(text)
        set_font(run, east or FS, size or 16, bool(bold), color)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, None, False, line)


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._element.append(e)


def page_number(doc, align=WD_ALIGN_PARAGRAPH.CENTER, left="— ", right=" —"):
    for s in doc.sections:
        p = s.footer.paragraphs[0]
        p.alignment = align
        r = p.add_run(left)
        set_font(r, "宋体", 14, ascii_font="宋体")
        r = p.add_run()
        set_font(r, "宋体", 14, ascii_font="宋体")
        add_field(r, "PAGE")
        r = p.add_run(right)
        set_font(r, "宋体", 14, ascii_font="宋体")


def cell_text(cell, text, east=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, east, size, bold)
        if i < len(parts) - 1:
            r.add_break()


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trpr.append(el)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = parse_xml(
        "<w:tblBorders %s>"
        '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        "</w:tblBorders>" % nsdecls("w")
    )
    tblpr.append(b)


def rate(done, total):
    return "%.1f%%" % (done * 100.0 / total)


def heading(doc, text, east=HT):
    add_p(doc, [(text, east, 16, east == HT and False)])


def body(doc, text, clauses, lead=""):
    add_p(doc, [(lead + text,)])
    clauses.append(text)


def runin(doc, head, rest, clauses, head_font=KT, bold=True, lead=""):
    add_p(doc, [(lead + head, head_font, 16, bold), (rest,)])
    clauses.append(head + rest)


def data_table(doc, headers, rows, clauses, widths=None, title_row=None, repeat=False, size=14):
    ncol = len(headers)
    nrow = len(rows) + 1 + (1 if title_row else 0)
    t = doc.add_table(rows=nrow, cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    i = 0
    if title_row:
        c = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
        cell_text(c, title_row, HT, 15, False)
        if repeat:
            repeat_header(t.rows[0])
        i = 1
    for j, h in enumerate(headers):
        cell_text(t.rows[i].cells[j], h, HT, size, False)
    if repeat:
        repeat_header(t.rows[i])
    for k, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.rows[i + 1 + k].cells[j], v, FS, size, False)
        clauses.append("；".join("%s：%s" % (headers[j], row[j]) for j in range(ncol)))
    if widths:
        for r in t.rows:
            for j, w in enumerate(widths):
                r.cells[j].width = Cm(w)
    return t


def add_custom_numbering(doc, num_id=87, lvl_text="%1.", east=FS):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), num_id, lvl_text, east)
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls("w"), num_id, num_id))
    numbering.append(num)
    return num_id


def numbered(doc, num_id, text, n, clauses):
    p = add_p(doc, [(text,)])
    p.paragraph_format.first_line_indent = None
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), num_id))
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)
    clauses.append("%d.%s" % (n, text))


def banji_paras(doc, lines, first_top=True):
    """版记 typed as paragraphs with black rules."""
    for i, ln in enumerate(lines):
        p = add_p(doc, [(ln, FS, 14)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if i == 0 and first_top:
            border(p, "top", "000000", 8, 4)
        if i == len(lines) - 1:
            border(p, "bottom", "000000", 8, 4)
        else:
            border(p, "bottom", "000000", 4, 4)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_587", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
    )


EXPECTED = {}


def meta(**kw):
    base = {
        "title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
        "level": "provincial", "region": None, "effective": None, "expires": None,
        "attachments": [], "doc_type": "通报", "recipients": [], "publicity": None,
        "repeals": None,
    }
    base.update(kw)
    return base


# ======================================================================
# 1. 福建：省政府督查室 督查通报 第5期
# ======================================================================
def make_fujian():
    stem = "blind587_fujian_duchatongbao"
    doc = Document()
    page_setup(doc)
    clauses = []

    # 红头（简报式版头）
    p = add_p(doc, [("督 查 通 报", XBS, 48, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, False, 60, 24)
    p = add_p(doc, [("第5期", KT, 16)], WD_ALIGN_PARAGRAPH.CENTER, False, 28, 6)
    # 发文机关与日期用手打全角空格对齐
    p = add_p(doc, [("福建省人民政府督查室" + "\u3000" * 9 + "2025年11月18日", FS, 16)],
              WD_ALIGN_PARAGRAPH.LEFT, False, 28)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)

    # 标题分两段手打
    add_p(doc, [("关于中国（福建）自由贸易试验区", XBS, 22)], WD_ALIGN_PARAGRAPH.CENTER, False, 35)
    add_p(doc, [("改革试点经验复制推广情况的督查通报", XBS, 22)], WD_ALIGN_PARAGRAPH.CENTER, False, 35)
    empty(doc, 1)

    add_p(doc, [("各设区市人民政府，平潭综合实验区管委会，省直有关单位：",)], WD_ALIGN_PARAGRAPH.LEFT, False)

    body(doc, "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动自贸试验区改革试点经验在全省复制推广落地见效，根据《福建省人民政府办公厅关于做好自由贸易试验区第七批改革试点经验复制推广工作的通知》要求，2025年9月至10月，省政府督查室会同省自贸办（省商务厅）组成4个督查组，采取听取汇报、查阅资料、实地走访、企业座谈等方式，对9个设区市和平潭综合实验区复制推广工作开展了专项督查。现将有关情况通报如下：", clauses)

    data = [
        ("福州市", 186, 181), ("厦门市", 192, 190), ("漳州市", 178, 168), ("泉州市", 183, 175),
        ("三明市", 165, 149), ("莆田市", 170, 158), ("南平市", 162, 143), ("龙岩市", 168, 155),
        ("宁德市", 171, 152), ("平潭综合实验区", 175, 169),
    ]
    tot = sum(d[1] for d in data)
    done = sum(d[2] for d in data)
    assert rate(143, 162) == "88.3%" and rate(152, 171) == "88.9%"

    heading(doc, "一、基本情况")
    body(doc, "截至2025年10月31日，国务院部署复制推广的自贸试验区改革试点经验及我省自贸试验区形成的创新成果中，需由设区市（综合实验区）承接落实的事项共计%d项次，已完成%d项次，总体完成率%s。其中，厦门市、福州市、平潭综合实验区完成率位居前列，南平市、宁德市完成率低于90%%。各地完成情况如下：" % (tot, done, rate(done, tot)), clauses)

    rows = [(n, str(a), str(b), rate(b, a)) for n, a, b in data]
    rows.append(("合计", str(tot), str(done), rate(done, tot)))
    data_table(doc, ["市", "应复制推广事项", "已完成", "完成率"], rows, clauses, widths=[4.5, 4, 3.5, 3.5])
    empty(doc, 1)

    body(doc, "从督查情况看，各地普遍将复制推广工作纳入年度重点改革任务，多数事项已落地见效，但仍有部分事项推进滞后、成效不明显，需要引起高度重视。", clauses)

    heading(doc, "二、主要成效")
    runin(doc, "（一）工作机制更加健全。", "各地均成立由政府分管领导牵头的复制推广工作专班，建立“清单化管理、项目化推进、销号式落实”工作机制。福州市、泉州市将复制推广情况纳入市直部门年度绩效考评，漳州市建立每月调度、季度通报制度，推动任务层层压实。", clauses)
    runin(doc, "（二）典型做法不断涌现。", "各地结合产业特点和开放优势，推动改革试点经验与本地实际深度融合，形成了一批可复制、可推广的典型做法。", clauses)
    nid = add_custom_numbering(doc, 87, "%1.")
    items = [
        "福州市推行“跨境电商零售进口退货中心仓”模式。在福州综合保税区设立退货中心仓，实现跨境电商退货商品“一仓集中、分拣复运”，退货处理时间由平均15天压缩至3天以内，2025年1—10月处理退货包裹12.6万单。",
        "厦门市深化海铁联运“一单制”改革。依托中欧（厦门）班列，推行海铁联运全程提单，实现“一次委托、一单到底、一次结算”，企业物流成本平均降低约8%。",
        "泉州市探索“市场采购贸易+跨境电商”融合发展。在石狮服装城市场采购贸易方式试点基础上，打通市场采购贸易与跨境电商出口海外仓通道，带动中小微企业出口额同比增长21.3%。",
        "平潭综合实验区创新“台胞台企服务一窗通办”。整合涉台政务服务事项86项，实现台胞证件、台企登记等事项“一窗受理、一次办结”，台胞满意度达98%以上。",
    ]
    for i, t in enumerate(items, 1):
        numbered(doc, nid, t, i, clauses)
    runin(doc, "（三）改革红利持续释放。", "2025年1—10月，全省新设外商投资企业1863家，同比增长12.4%；跨境电商进出口额同比增长18.7%；中欧（亚）班列开行量同比增长9.2%，复制推广工作对稳外贸稳外资的支撑作用进一步显现。", clauses)

    heading(doc, "三、存在问题")
    runin(doc, "（一）工作进展不平衡。", "南平市、宁德市完成率分别为88.3%、88.9%，低于全省平均水平；三明市仍有16项次事项未完成，其中涉及海关特殊监管区域、投资便利化的事项推进较慢。", clauses)
    runin(doc, "（二）部分事项“落地不落实”。", "督查发现，龙岩市、莆田市有的事项仅以印发文件作为完成标志，相关业务系统未对接、配套制度未出台，企业知晓度和获得感不强；漳州市个别已报完成的事项在实际办理中仍需企业多头跑。", clauses)
    runin(doc, "（三）部门协同不够顺畅。", "部分事项涉及海关、税务、市场监管等多个部门，宁德市、南平市存在牵头部门不明确、跨部门数据共享不畅等问题，导致“证照分离”“一业一证”等改革事项推进缓慢。", clauses)
    runin(doc, "（四）宣传培训不够到位。", "部分县（市、区）对复制推广事项清单不熟悉，基层窗口工作人员对新政策掌握不够，三明市、宁德市企业问卷中对相关改革措施的知晓率不足60%。", clauses)

    heading(doc, "四、下一步工作要求")
    runin(doc, "（一）抓紧补齐短板。", "各设区市、平潭综合实验区要对照督查反馈问题清单，逐项制定整改措施，明确责任单位和完成时限。完成率低于全省平均水平的设区市要于2026年3月底前完成剩余事项的复制推广工作。", clauses)
    runin(doc, "（二）注重落地实效。", "各地要坚持以企业获得感为检验标准，对已完成事项开展“回头看”，重点检查业务系统对接、配套制度制定和窗口实际办理情况，坚决防止以文件落实文件。", clauses)
    runin(doc, "（三）加强协同联动。", "省自贸办要会同省直有关部门加强对复制推广工作的业务指导，对涉及多部门的事项明确牵头单位，推动数据共享和流程再造，及时协调解决各地反映的困难问题。", clauses)
    runin(doc, "（四）强化督查问效。", "省政府督查室将会同省自贸办对整改情况开展跟踪督查，督查结果纳入年度绩效考评，对工作推进不力、整改不到位的予以通报。", clauses)
    body(doc, "请各设区市人民政府、平潭综合实验区管委会于2025年12月15日前将整改方案报送省政府督查室，同时抄送省自贸办。", clauses)

    empty(doc, 1)
    banji_paras(doc, [
        "报：省委、省政府领导同志。",
        "送：省委办公厅，省人大常委会办公厅，省政协办公厅，省纪委监委办公厅。",
        "发：各设区市人民政府，平潭综合实验区管委会，省自贸试验区工作领导小组各成员单位。",
    ])
    add_p(doc, [("（共印120份）", FS, 14)], WD_ALIGN_PARAGRAPH.RIGHT, False, 24)

    page_number(doc)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": meta(
            title="关于中国（福建）自由贸易试验区改革试点经验复制推广情况的督查通报",
            issuer=["福建省人民政府督查室"],
            date="2025-11-18",
            region="福建省",
            recipients=["各设区市人民政府", "平潭综合实验区管委会", "省直有关单位"],
        ),
        "clauses": clauses,
    }]
    return path


# ======================================================================
# 2. 河南：省政府督查室 + 省自贸办 督查通报 第5期
# ======================================================================
def make_henan():
    stem = "blind587_henan_duchatongbao"
    doc = Document()
    page_setup(doc)
    clauses = []

    add_p(doc, [("督查通报", XBS, 52, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, False, 66, 12)
    add_p(doc, [("第5期", FS, 16)], WD_ALIGN_PARAGRAPH.CENTER, False, 28, 6)
    # 版头机关/日期用无框表格排版
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.rows[0].cells[0], "河南省人民政府督查室\n河南省自贸办", FS, 16, False, WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.rows[0].cells[1], "2026年3月20日", FS, 16, False, WD_ALIGN_PARAGRAPH.RIGHT)
    p = add_p(doc, [("",)], WD_ALIGN_PARAGRAPH.LEFT, False, 12)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)

    # 标题一段，软回车换行
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 35)
    r = p.add_run("关于中国（河南）自由贸易试验区")
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("改革试点经验复制推广情况的督查通报")
    set_font(r, XBS, 22)
    empty(doc, 1)

    add_p(doc, [("各省辖市人民政府，济源示范区管委会，省自贸试验区工作领导小组各成员单位：",)],
          WD_ALIGN_PARAGRAPH.LEFT, False)
    body(doc, "按照省政府2026年度督查检查考核计划安排，2026年2月下旬至3月上旬，省政府督查室联合省自贸办（省商务厅），对各省辖市、济源示范区复制推广自贸试验区改革试点经验情况开展了专项督查。督查组采取“四不两直”方式，深入32个县（市、区）、11个开发区和87家企业实地核查，召开企业座谈会18场。现将督查情况通报如下。", clauses)

    data = [
        ("郑州市", 168, 166), ("开封市", 165, 161), ("洛阳市", 166, 160), ("平顶山市", 142, 123),
        ("安阳市", 145, 131), ("鹤壁市", 138, 129), ("新乡市", 147, 138), ("焦作市", 143, 133),
        ("濮阳市", 139, 118), ("许昌市", 146, 139), ("漯河市", 137, 126), ("三门峡市", 136, 119),
        ("南阳市", 150, 137), ("商丘市", 144, 130), ("信阳市", 141, 125), ("周口市", 140, 117),
        ("驻马店市", 139, 121), ("济源示范区", 132, 124),
    ]
    tot = sum(d[1] for d in data)
    done = sum(d[2] for d in data)
    low = [n for n, a, b in sorted(data, key=lambda d: d[2] / d[1]) if b / a < 0.9]
    assert low == ["周口市", "濮阳市", "平顶山市", "驻马店市", "三门峡市", "信阳市"], low
    assert all(b / a > 0.96 for n, a, b in data[:3])
    assert (rate(117, 140), rate(118, 139), rate(123, 142)) == ("83.6%", "84.9%", "86.6%")

    add_p(doc, [("一、基本情况", HT, 16, True)])
    body(doc, "截至2026年2月底，各省辖市、济源示范区应复制推广改革试点经验共计%d项次，已完成%d项次，平均完成率%s。郑州市、开封市、洛阳市3个自贸试验区片区所在市完成率均超过96%%，完成率低于90%%的有%s。具体情况见下表。" % (tot, done, rate(done, tot), "、".join(low)), clauses)

    rows = [(str(i), n, str(a), str(b), rate(b, a)) for i, (n, a, b) in enumerate(data, 1)]
    data_table(doc, ["序号", "省辖市", "应复制推广事项（项）", "已完成（项）", "完成率"], rows, clauses,
               widths=[1.6, 3.6, 4.2, 3.2, 2.8], title_row="各省辖市自贸试验区改革试点经验复制推广完成情况表",
               repeat=True, size=12)
    empty(doc, 1)

    add_p(doc, [("二、主要成效", HT, 16, True)])
    body(doc, "督查发现，各地把复制推广改革试点经验作为以制度型开放推动高质量发展的重要抓手，形成了一批特色鲜明、成效明显的典型做法。", clauses)
    runin(doc, "（一）郑州市：深化“空中丝绸之路”通关便利化改革。", "依托郑州—卢森堡“双枢纽”航线，复制推广“航空货运电子运单”“跨境电商零售进口药品试点”等经验，推行航空物流“一单到底”，国际货邮吞吐量同比增长14.6%。", clauses)
    runin(doc, "（二）开封市：推进“一枚印章管审批”改革。", "在全省率先将涉企审批事项集中到行政审批服务局办理，复制推广“证照分离”改革全覆盖经验，企业开办时间压缩至0.5个工作日。", clauses)
    runin(doc, "（三）洛阳市：探索“综合保税区+中欧班列”联动发展。", "依托洛阳综合保税区，推行“保税维修”“分类监管”等经验，中欧班列（洛阳）开行量同比增长26%，带动装备制造企业出口额同比增长19.8%。", clauses)
    runin(doc, "（四）许昌市：打造“跨境电商+产业带”模式。", "复制推广“跨境电商B2B出口监管”经验，推动发制品产业带企业“触网出海”，发制品跨境电商出口额同比增长23.5%。", clauses)
    runin(doc, "（五）鹤壁市：创新外商投资“全程代办”服务。", "复制推广“外商投资企业设立‘一口办理’”经验，组建专业代办队伍，为外资项目提供从签约到投产全流程服务，2025年实际使用外资同比增长31.2%。", clauses)

    add_p(doc, [("三、存在问题", HT, 16, True)])
    body(doc, "督查中也发现，部分地方复制推广工作还存在一些问题。", clauses)
    body(doc, "1.思想认识不到位。周口市、驻马店市部分县（区）认为复制推广是片区所在地的事，存在“等靠要”思想，工作推进主要依赖上级督促。", clauses)
    body(doc, "2.推进进度滞后。周口市、濮阳市、平顶山市完成率分别为83.6%、84.9%、86.6%，排名后三位；三门峡市、信阳市多项投资贸易便利化事项已超过规定时限仍未完成。", clauses)
    body(doc, "3.配套支撑不足。濮阳市、商丘市部分事项因信息系统未与省级平台对接，导致“线上办理”停留在纸面；南阳市个别事项缺乏专业人员，业务承接能力不足。", clauses)
    body(doc, "4.跟踪评估缺失。多数省辖市未建立复制推广效果评估机制，对已完成事项“重部署、轻评估”，安阳市、漯河市未按要求报送季度进展情况。", clauses)

    add_p(doc, [("四、下一步工作要求", HT, 16, True)])
    runin(doc, "（一）提高思想认识。", "各地要充分认识复制推广自贸试验区改革试点经验的重要意义，把复制推广工作摆上重要议事日程，主要负责同志要亲自研究部署、协调推动。", clauses)
    runin(doc, "（二）限期整改到位。", "被通报存在问题的省辖市要认真对照问题清单，举一反三，逐项整改。周口市、濮阳市、平顶山市要于2026年6月30日前将完成率提升至90%以上。", clauses)
    runin(doc, "（三）强化评估问效。", "省自贸办要建立复制推广效果第三方评估机制，2026年下半年对各地复制推广成效开展评估，评估结果作为省辖市年度目标考核的重要依据。", clauses)
    runin(doc, "（四）加强宣传推广。", "各地要通过政务服务窗口、政府网站、新媒体等渠道加强政策宣传解读，及时总结提炼典型做法，每季度末向省自贸办报送1至2个典型案例。", clauses)
    body(doc, "各省辖市、济源示范区整改情况请于2026年4月30日前报送省政府督查室和省自贸办。", clauses)

    empty(doc, 2)
    add_p(doc, [("河南省人民政府督查室" + "\u3000" * 9,)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    add_p(doc, [("河南省自由贸易试验区工作领导小组办公室",)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    add_p(doc, [("2026年3月20日" + "\u3000\u3000\u3000\u3000",)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    empty(doc, 2)

    # 版记用单列表格
    bt = doc.add_table(rows=4, cols=1)
    bt.style = "Table Grid"
    for i, ln in enumerate([
        "报：省委、省政府领导同志，省委督查室。",
        "送：省人大常委会办公厅，省政协办公厅，郑州海关。",
        "发：各省辖市人民政府，济源示范区管委会，省自贸试验区工作领导小组各成员单位。",
        "河南省人民政府督查室" + "\u3000" * 6 + "2026年3月20日印发",
    ]):
        cell_text(bt.rows[i].cells[0], ln, FS, 14, False, WD_ALIGN_PARAGRAPH.LEFT)

    page_number(doc, left="-", right="-")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": meta(
            title="关于中国（河南）自由贸易试验区改革试点经验复制推广情况的督查通报",
            issuer=["河南省人民政府督查室", "河南省自由贸易试验区工作领导小组办公室"],
            date="2026-03-20",
            region="河南省",
            recipients=["各省辖市人民政府", "济源示范区管委会", "省自贸试验区工作领导小组各成员单位"],
        ),
        "clauses": clauses,
    }]
    return path


# ======================================================================
# 3. 湖南：省自贸办 督查通报 第5期（附件表，此件公开发布）
# ======================================================================
def make_hunan():
    stem = "blind587_hunan_duchatongbao"
    doc = Document()
    page_setup(doc)
    clauses = []
    IND = "\u3000\u3000"  # 手打首行缩进

    add_p(doc, [("湖南省自由贸易试验区工作", XBS, 30, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, False, 40, 12)
    add_p(doc, [("督 查 通 报", XBS, 44, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, False, 56, 6)
    add_p(doc, [("第5期", KT, 16)], WD_ALIGN_PARAGRAPH.CENTER, False, 28, 6)
    p = add_p(doc, [("湖南省自由贸易试验区工作领导小组办公室\t二〇二六年一月十二日", FS, 15)],
              WD_ALIGN_PARAGRAPH.LEFT, False, 28)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)

    add_p(doc, [("关于2025年度自贸试验区改革试点经验", XBS, 22)], WD_ALIGN_PARAGRAPH.CENTER, False, 35)
    add_p(doc, [("复制推广情况的督查通报", XBS, 22)], WD_ALIGN_PARAGRAPH.CENTER, False, 35)
    empty(doc, 1)
    add_p(doc, [("各市州人民政府，省自贸试验区工作领导小组各成员单位：",)], WD_ALIGN_PARAGRAPH.LEFT, False)

    def b(text):
        p = add_p(doc, [(IND + text,)], indent=False)
        clauses.append(text)

    def ri(head, rest):
        add_p(doc, [(IND,), (head, KT, 16, True), (rest,)], indent=False)
        clauses.append(head + rest)

    b("根据《湖南省人民政府关于进一步做好自由贸易试验区改革试点经验复制推广工作的通知》要求，2025年11月至12月，省自贸办会同省政府督查室，对14个市州复制推广工作进行了专项督查，现将有关情况通报如下。")

    data = [
        ("长沙市", 175, 173), ("株洲市", 158, 150), ("湘潭市", 156, 147), ("衡阳市", 160, 149),
        ("邵阳市", 150, 136), ("岳阳市", 168, 164), ("常德市", 155, 143), ("张家界市", 138, 116),
        ("益阳市", 149, 137), ("郴州市", 166, 161), ("永州市", 148, 133), ("怀化市", 146, 127),
        ("娄底市", 147, 134), ("湘西土家族苗族自治州", 140, 119),
    ]
    tot = sum(d[1] for d in data)
    done = sum(d[2] for d in data)
    assert (rate(116, 138), rate(119, 140), rate(127, 146)) == ("84.1%", "85.0%", "87.0%")
    assert rate(133, 148) == "89.9%"

    add_p(doc, [("一、基本情况", HT, 16)])
    b("2025年，各市州应复制推广自贸试验区改革试点经验共%d项次，截至2025年12月15日已完成%d项次，完成率%s，较上年提高4.2个百分点。长沙市、岳阳市、郴州市3个片区所在市完成率保持领先，张家界市、湘西土家族苗族自治州、怀化市完成率相对较低。各市州完成情况详见附件。" % (tot, done, rate(done, tot)))

    add_p(doc, [("二、主要成效", HT, 16)])
    ri("（一）统筹推进机制更加完善。", "各市州均制定年度复制推广任务清单，明确责任部门和完成时限，长沙市、株洲市、湘潭市建立长株潭复制推广协同机制，实现改革事项同步部署、同步推进。")
    ri("（二）典型做法可圈可点。", "各市州结合自身区位和产业优势，探索形成了一批典型做法。")
    b("1.长沙市聚焦对非经贸合作和国际物流通道建设，重点推出两项举措：")
    b("（1）推行中欧班列“一单制”数字提单。依托中欧班列（长沙），复制推广铁路运输单证物权化经验，为企业办理数字提单融资2.3亿元。")
    b("（2）打造非洲非资源性产品集散交易中心。复制推广“进口商品直购”经验，建设非洲咖啡、坚果等产品分拨中心，2025年对非进口额同比增长36.8%。")
    b("2.岳阳市依托城陵矶综合保税区，复制推广“保税燃料油加注”“进境粮食‘提前申报、抵港直提’”等经验，粮食进口通关时间压缩40%以上。")
    b("3.郴州市依托湘南湘西承接产业转移示范区，复制推广“跨境电商+外贸综合服务”经验，培育外贸综合服务企业12家，服务中小微企业出口额同比增长27.4%。")
    b("4.衡阳市在衡阳综合保税区推行“加工贸易保税监管‘一本账’”改革，企业通关申报环节减少3个，年节约物流成本约1200万元。")
    ri("（三）开放型经济稳中有进。", "2025年1—11月，全省实际使用外资同比增长8.6%，新设外商投资企业同比增长15.1%，跨境电商进出口额同比增长22.3%，复制推广工作有力支撑了全省外贸外资稳定增长。")

    add_p(doc, [("三、存在问题", HT, 16)])
    ri("（一）部分市州进度滞后。", "张家界市、湘西土家族苗族自治州、怀化市完成率分别为84.1%、85.0%、87.0%，永州市完成率也未达到90%的目标要求。")
    ri("（二）复制推广质量不高。", "邵阳市、娄底市部分事项以转发文件代替落地实施，政务服务系统未同步改造，企业办事仍需线下提交纸质材料。")
    ri("（三）联动机制有待加强。", "常德市、益阳市与自贸试验区片区的对接合作不够紧密，在产业协作、人才交流、案例共享等方面缺乏常态化机制。")

    add_p(doc, [("四、下一步工作要求", HT, 16)])
    ri("（一）压实整改责任。", "各市州人民政府要对照通报问题，于2026年2月28日前制定整改方案，完成率未达到90%的市州要于2026年6月底前全面完成整改。")
    ri("（二）提升落地质量。", "各地要对已完成事项逐项开展成效评估，重点核查系统改造、流程再造和窗口办理情况，确保改革事项可感可及。")
    ri("（三）深化联动创新。", "支持非片区市州与长沙、岳阳、郴州片区开展结对合作，建立联动创新区，推动改革经验、政策红利向全省延伸。省自贸办将于2026年第三季度组织开展“回头看”，结果纳入全省开放型经济工作考核。")
    b("联系人：刘思远（省自贸办综合协调处），联系电话：0731-82283516。")

    empty(doc, 1)
    att = "2025年度各市州自贸试验区改革试点经验复制推广完成情况表"
    add_p(doc, [(IND + "附件：" + att,)], WD_ALIGN_PARAGRAPH.LEFT, False)
    empty(doc, 2)
    add_p(doc, [("湖南省自由贸易试验区工作领导小组办公室" + "\u3000\u3000",)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    add_p(doc, [("2026年1月12日" + "\u3000" * 7,)], WD_ALIGN_PARAGRAPH.RIGHT, False)
    empty(doc, 1)
    add_p(doc, [(IND + "（此件公开发布）",)], WD_ALIGN_PARAGRAPH.LEFT, False)

    # 附件
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    add_p(doc, [("附件", HT, 16)], WD_ALIGN_PARAGRAPH.LEFT, False)
    empty(doc, 1)
    add_p(doc, [(att, XBS, 18)], WD_ALIGN_PARAGRAPH.CENTER, False, 30)
    empty(doc, 1)
    rows = [(n, str(a), str(b_), rate(b_, a)) for n, a, b_ in data]
    rows.append(("全省合计", str(tot), str(done), rate(done, tot)))
    data_table(doc, ["市州", "应复制推广事项", "已完成", "完成率"], rows, clauses, widths=[5.5, 3.8, 3.2, 3.2])
    empty(doc, 1)
    banji_paras(doc, [
        "报：省委、省政府领导同志。",
        "送：省政府督查室，长沙海关，人民银行湖南省分行。",
        "发：各市州人民政府，省自贸试验区工作领导小组各成员单位，各片区管委会。",
    ])

    page_number(doc, align=WD_ALIGN_PARAGRAPH.RIGHT)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": meta(
            title="关于2025年度自贸试验区改革试点经验复制推广情况的督查通报",
            issuer=["湖南省自由贸易试验区工作领导小组办公室"],
            date="2026-01-12",
            region="湖南省",
            attachments=[att],
            recipients=["各市州人民政府", "省自贸试验区工作领导小组各成员单位"],
            publicity="此件公开发布",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [make_fujian(), make_henan(), make_hunan()]
    for pth in paths:
        convert(pth)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("ok:", [os.path.basename(p) for p in paths])


if __name__ == "__main__":
    main()
