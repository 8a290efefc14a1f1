# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 697: 推进中欧班列高质量发展联席会议制度 (provincial 办公厅 通知)."""
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
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align


def para(doc, text="", font=FS, size=16, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
         indent=True, color=None, line=28):
    p = doc.add_paragraph()
    fmt(p, align, indent, line)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, head_bold=False):
    """Run-in heading: heading typed in its own run, body in the next run."""
    p = para(doc)
    set_font(p.add_run(head), head_font, 16, head_bold)
    set_font(p.add_run(body), FS, 16)
    return p


def heading(doc, text, font=HT):
    return para(doc, text, font=font)


def blank(doc, line=28):
    p = doc.add_paragraph()
    fmt(p, None, False, line)
    return p


def red_rule(p, color="FF0000", sz=18, double=False):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "thinThickSmallGap" if double else "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def setup_page(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def add_field(run, instr):
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText")
    i.set(qn("xml:space"), "preserve")
    i.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for x in (b, i, s, t, e):
        run._r.append(x)


def page_numbers(doc, align=WD_ALIGN_PARAGRAPH.CENTER):
    for s in doc.sections:
        p = s.footer.paragraphs[0]
        p.alignment = align
        set_font(p.add_run("— "), "宋体", 14)
        r = p.add_run()
        set_font(r, "宋体", 14)
        add_field(r, "PAGE")
        set_font(p.add_run(" —"), "宋体", 14)


def title_lines(doc, lines, soft=True):
    """Title in 方正小标宋简体 二号; soft=True puts the lines in ONE paragraph split by line breaks."""
    if soft:
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
        for k, ln in enumerate(lines):
            r = p.add_run(ln)
            set_font(r, XBS, 22)
            if k < len(lines) - 1:
                r.add_break()
        return p
    for ln in lines:
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
        set_font(p.add_run(ln), XBS, 22)


def red_header(doc, organ_text, docno, size=36, docno_right=False):
    blank(doc)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 60)
    set_font(p.add_run(organ_text), XBS, size, False, RED)
    blank(doc)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.RIGHT if docno_right else WD_ALIGN_PARAGRAPH.CENTER, False, 28)
    set_font(p.add_run(docno), FS, 16)
    red_rule(p)
    blank(doc)


def luokuan_spaces(doc, organ, date, organ_sp=14, date_sp=16):
    blank(doc)
    p = para(doc, " " * organ_sp + "　" * 4 + organ, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    p = para(doc, "　" * 14 + date, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    return p


def set_cell(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    fmt(p, align, False, 22)
    parts = text.split("\n")
    for k, t in enumerate(parts):
        r = p.add_run(t)
        set_font(r, font, size, bold)
        if k < len(parts) - 1:
            r.add_break()


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def member_table(doc, rows, widths=(3.0, 3.0, 9.6), repeat=False):
    """rows: list of (职务, 姓名, 单位及职务). 职务 cells merged down over runs of equal values."""
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(("职务", "姓名", "单位及职务")):
        set_cell(t.cell(0, j), h, HT, 14)
    if repeat:
        repeat_header(t.rows[0])
    # fill
    i = 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1][0] == rows[i][0]:
            j += 1
        set_cell(t.cell(i + 1, 0), rows[i][0], FS, 14)
        if j > i:
            t.cell(i + 1, 0).merge(t.cell(j + 1, 0))
        i = j + 1
    for k, (_, name, pos) in enumerate(rows):
        set_cell(t.cell(k + 1, 1), name, FS, 14)
        set_cell(t.cell(k + 1, 2), pos, FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    return t


def banji(doc, chaosong, yinfa_organ, yinfa_date):
    """版记 as a 1-column borderless table with top/bottom rules."""
    blank(doc)
    rows = 2 if chaosong else 1
    t = doc.add_table(rows=rows, cols=1)
    tbl = t._tbl
    tblpr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "bottom", "insideH"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "8")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblpr.append(borders)
    k = 0
    if chaosong:
        c = t.cell(0, 0)
        p = c.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False, 28)
        set_font(p.add_run("抄送：" + chaosong), FS, 14)
        k = 1
    c = t.cell(k, 0)
    p = c.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False, 28)
    set_font(p.add_run(" " + yinfa_organ + " " * 18 + yinfa_date + "印发"), FS, 14)


# ---------------------------------------------------------------- Word numbering
def add_numbering(doc, num_fmt, lvl_text, start=1, suff="nothing", bold=False, font=FS):
    """Create a single-level abstractNum + num; return numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", str(start)), ("w:numFmt", num_fmt), ("w:suff", suff),
                     ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
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
    for at in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:hint"):
        rf.set(qn(at), font if at != "w:hint" else "eastAsia")
    rpr.append(rf)
    if bold:
        rpr.append(OxmlElement("w:b"))
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    a.append(lvl)
    # abstractNums must precede nums
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(nid))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(aid))
    n.append(an)
    numbering.append(n)
    return nid


def numbered(doc, text, num_id, font=FS):
    p = para(doc, text, font=font)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    # numPr must come early in pPr (after pStyle/keepNext...), put it first
    ppr.insert(0, numpr)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def units_sentence(prefix, units, tail):
    return prefix + "、".join(units) + "等%d个部门和单位组成" % len(units) + tail


def rows_key(rows):
    return ["职务：%s；姓名：%s；单位及职务：%s" % (a, b, c.replace("\n", "")) for a, b, c in rows]


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_697", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXPECTED = {}


# ================================================================= 1. 四川
def make_sichuan():
    stem = "blind697_sichuan_tongzhi"
    doc = Document()
    setup_page(doc)
    red_header(doc, "四川省人民政府办公厅文件", "川办函〔2026〕21号")

    title = "四川省人民政府办公厅关于建立四川省推进中欧班列高质量发展联席会议制度的通知"
    title_lines(doc, ["四川省人民政府办公厅", "关于建立四川省推进中欧班列高质量发展", "联席会议制度的通知"], soft=True)
    blank(doc)
    recips = ["各市（州）人民政府", "省政府有关部门", "有关单位"]
    para(doc, "，".join(recips) + "：", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)

    n_clauses = []
    t1 = ("为深入贯彻落实党中央、国务院关于推进中欧班列高质量发展的决策部署，加快建设中欧班列（成渝）集结中心和内陆开放高地，"
          "经省政府同意，建立四川省推进中欧班列高质量发展联席会议制度。现将《四川省推进中欧班列高质量发展联席会议制度》印发给你们，"
          "请认真贯彻执行。")
    t2 = ("各成员单位要高度重视，指定1名处级干部作为联络员，于2026年3月31日前将联络员名单报送联席会议办公室（省商务厅）。"
          "联席会议成员单位名单今后如有调整，以联席会议办公室通知为准。")
    t3 = ("各市（州）人民政府要参照建立相应工作推进机制，明确牵头部门和联络人员，加强与省级联席会议的工作对接，"
          "确保各项工作任务落到实处。")
    for t in (t1, t2, t3):
        para(doc, t)
        n_clauses.append(t)
    # 落款 typed with spaces
    luokuan_spaces(doc, "四川省人民政府办公厅", "2026年3月18日")
    blank(doc)
    para(doc, "（此件公开发布）", indent=True)

    # ------------- the 制度 (follows on a new page, no 附件 label)
    page_break(doc)
    zd_title = "四川省推进中欧班列高质量发展联席会议制度"
    title_lines(doc, ["四川省推进中欧班列高质量发展", "联席会议制度"], soft=False)
    blank(doc)
    z = []
    t = ("为深入贯彻落实党中央、国务院关于推进中欧班列高质量发展的决策部署，统筹推进全省中欧班列开行、通道建设、枢纽运营和产业集聚，"
         "加强部门协同和省市联动，经省政府同意，建立四川省推进中欧班列高质量发展联席会议制度（以下简称联席会议）。")
    para(doc, t)
    z.append(t)

    heading(doc, "一、主要职责")
    nid = add_numbering(doc, "chineseCounting", "（%1）")
    duties = [
        "深入贯彻落实党中央、国务院和省委、省政府关于推进中欧班列高质量发展的决策部署，研究拟订全省中欧班列发展的重大政策措施，统筹推进中欧班列（成渝）集结中心建设。",
        "统筹协调全省中欧班列线路布局、运力安排和货源组织，推动成都国际铁路港与省内各市（州）铁路物流基地、无水港联动发展，推进西部陆海新通道与中欧班列高效衔接。",
        "协调解决中欧班列开行中通关便利化、运输组织、口岸功能、境外站点建设、资金保障等方面的重大问题。",
        "推动中欧班列与跨境电商、综合保税区、中国（四川）自由贸易试验区联动发展，支持“班列+产业”“班列+贸易”“班列+金融”等模式创新，培育外向型产业集群。",
        "指导各地规范有序开展中欧班列相关工作，加强运行监测、风险防范和安全管理，防止无序竞争。",
        "完成省委、省政府交办的其他事项。",
    ]
    cn = "一二三四五六七八九十"
    for k, d in enumerate(duties):
        numbered(doc, d, nid)
        z.append("（%s）%s" % (cn[k], d))

    heading(doc, "二、成员单位")
    units = ["省商务厅", "省发展改革委", "省经济和信息化厅", "省公安厅", "省财政厅", "省自然资源厅", "省交通运输厅",
             "省农业农村厅", "省应急厅", "省市场监管局", "省外事办", "省政府口岸物流办", "人行四川省分行", "四川金融监管局",
             "国家外汇管理局四川省分局", "成都海关", "四川省税务局", "中国出口信用保险公司四川分公司",
             "中国铁路成都局集团有限公司", "成都市人民政府", "德阳市人民政府", "泸州市人民政府", "宜宾市人民政府",
             "达州市人民政府", "成都国际铁路港经济开发区管委会", "四川省港航投资集团有限责任公司"]
    t = units_sentence("联席会议由", units, "，省商务厅为牵头单位。")
    para(doc, t)
    z.append(t)
    t = ("联席会议由省政府分管副省长担任召集人，省政府分管副秘书长、省商务厅厅长、省发展改革委主任担任副召集人，"
         "各成员单位有关负责同志为联席会议成员（名单附后）。联席会议成员因工作变动需要调整的，由所在单位提出，"
         "联席会议办公室报召集人确认后予以调整。")
    para(doc, t)
    z.append(t)
    t = ("联席会议办公室设在省商务厅，承担联席会议日常工作，办公室主任由省商务厅分管负责同志兼任。"
         "联席会议设联络员，由各成员单位有关处室负责同志担任。")
    para(doc, t)
    z.append(t)

    # caption line (a heading, not a clause) + table
    blank(doc)
    para(doc, "四川省推进中欧班列高质量发展联席会议成员名单", font=XBS, size=18,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    positions = ["省商务厅副厅长", "省发展改革委副主任", "省经济和信息化厅副厅长", "省公安厅副厅长", "省财政厅副厅长",
                 "省自然资源厅副厅长", "省交通运输厅副厅长", "省农业农村厅副厅长", "省应急厅副厅长", "省市场监管局副局长",
                 "省外事办副主任", "省政府口岸物流办主任", "人行四川省分行副行长", "四川金融监管局副局长",
                 "国家外汇管理局四川省分局副局长", "成都海关副关长", "四川省税务局副局长",
                 "中国出口信用保险公司四川分公司总经理", "中国铁路成都局集团有限公司副总经理", "成都市人民政府副市长",
                 "德阳市人民政府副市长", "泸州市人民政府副市长", "宜宾市人民政府副市长", "达州市人民政府副市长",
                 "成都国际铁路港经济开发区管委会主任", "四川省港航投资集团有限责任公司副总经理"]
    names = ["杨晓东", "刘国强", "陈志远", "王海涛", "李春燕", "张德明", "周建平", "吴学军", "赵红梅", "黄振宇",
             "徐丽君", "孙卫东", "马俊峰", "朱文静", "胡明辉", "郭世杰", "林雪松", "何晓燕", "高志刚", "罗晓军",
             "梁文涛", "宋建华", "郑国栋", "谢长青", "韩冬梅", "唐振华"]
    assert len(positions) == len(names) == len(units)
    rows = [("召集人", "罗永康", "省政府副省长"),
            ("副召集人", "曾庆华", "省政府副秘书长"),
            ("副召集人", "何文斌", "省商务厅厅长"),
            ("副召集人", "蒋立新", "省发展改革委主任")]
    rows += [("成员", n, p) for n, p in zip(names, positions)]
    member_table(doc, rows)
    z.extend(rows_key(rows))
    blank(doc)

    heading(doc, "三、工作规则")
    rules = [
        ("（一）会议制度。", "联席会议原则上每年召开1次全体会议，由召集人或召集人委托的副召集人主持。根据工作需要，可不定期召开专题会议，"
                        "研究协调中欧班列发展中的具体事项，专题会议由召集人或副召集人主持，有关成员单位参加。联络员会议原则上每季度召开1次，"
                        "由联席会议办公室主任主持。"),
        ("（二）议定事项。", "联席会议以会议纪要形式明确会议议定事项，经召集人或主持会议的副召集人审定后印发有关方面，同时抄报省政府。"
                        "重大事项按程序报省委、省政府审定。"),
        ("（三）信息报送。", "各成员单位每季度结束后10个工作日内向联席会议办公室报送中欧班列相关工作进展情况，联席会议办公室汇总后编发工作简报。"),
        ("（四）督促落实。", "联席会议办公室负责跟踪督促联席会议议定事项落实情况，定期向召集人报告，对推进不力的事项提出督办建议。"),
    ]
    for h, b in rules:
        runin(doc, h, b, head_font=KT, head_bold=True)
        z.append(h + b)

    heading(doc, "四、工作要求")
    reqs = [
        "省商务厅要会同有关成员单位，认真做好联席会议各项工作，加强对全省中欧班列高质量发展的统筹谋划和督促指导。",
        "各成员单位要按照职责分工，主动研究中欧班列发展中的重大问题，认真落实联席会议确定的工作任务和议定事项，"
        "互通信息、密切配合、相互支持，形成工作合力。有关市（州）人民政府要落实属地责任，健全本地区中欧班列工作推进机制，"
        "规范使用各类支持资金，严禁以低于成本的运价恶性竞争揽货。",
    ]
    for r in reqs:
        para(doc, r)
        z.append(r)

    for _ in range(3):
        blank(doc)
    banji(doc, "省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院。",
          "四川省人民政府办公厅", "2026年3月19日")
    page_numbers(doc)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    EXPECTED[stem] = [
        {"meta": {"title": title, "doc_number": "川办函〔2026〕21号", "issuer": ["四川省人民政府办公厅"],
                  "date": "2026-03-18", "published": None, "level": "provincial", "region": "四川省",
                  "effective": None, "expires": None, "attachments": [], "doc_type": "通知",
                  "recipients": recips, "publicity": "此件公开发布", "repeals": None},
         "clauses": n_clauses},
        {"meta": {"title": zd_title, "doc_number": None, "issuer": ["四川省人民政府办公厅"],
                  "date": "2026-03-18", "published": None, "level": "provincial", "region": "四川省",
                  "effective": None, "expires": None, "attachments": [], "doc_type": "制度",
                  "recipients": [], "publicity": None, "repeals": None},
         "clauses": z},
    ]
    return path


# ================================================================= 2. 河南
def make_henan():
    stem = "blind697_henan_tongzhi"
    doc = Document()
    setup_page(doc)
    red_header(doc, "河南省人民政府办公厅", "豫政办函〔2026〕21号", size=34, docno_right=True)
    title = "河南省人民政府办公厅关于建立河南省推进中欧班列高质量发展联席会议制度的通知"
    title_lines(doc, ["河南省人民政府办公厅", "关于建立河南省推进中欧班列高质量发展", "联席会议制度的通知"], soft=False)
    blank(doc)
    recips = ["各省辖市人民政府", "济源示范区管委会", "航空港区管委会", "省人民政府有关部门"]
    para(doc, "，".join(recips) + "：", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    c = []
    t = ("为深入贯彻落实党中央、国务院关于推进中欧班列高质量发展的决策部署，进一步巩固提升中欧班列（郑州）集结中心枢纽地位，"
         "加快建设“空中、陆上、网上、海上”四条丝绸之路，经省政府同意，建立河南省推进中欧班列高质量发展联席会议制度"
         "（以下简称联席会议）。现将有关事项通知如下：")
    para(doc, t)
    c.append(t)

    heading(doc, "一、主要职责")
    duties = [
        "（一）贯彻落实党中央、国务院和省委、省政府关于中欧班列发展的决策部署，研究提出全省推进中欧班列高质量发展的总体思路、重点任务和政策措施。",
        "（二）统筹全省中欧班列线路开行、场站布局和运力资源，推动中欧班列（郑州）集结中心与郑州航空港经济综合实验区、郑州经开综合保税区、中国（河南）自由贸易试验区联动发展。",
        "（三）协调解决中欧班列运营中海关监管、铁路运输、口岸建设、多式联运、金融保险等方面的重大问题，推动多式联运“一单制”“一箱制”改革。",
        "（四）推动中欧班列与跨境电商、冷链物流、汽车及零部件等产业融合发展，支持企业建设海外仓和境外分拨中心。",
        "（五）承办省委、省政府交办的其他事项。",
    ]
    # all five items in ONE paragraph, separated by soft line breaks; indentation typed as full-width spaces
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, False, 28)
    for k, d in enumerate(duties):
        r = p.add_run("　　" + d)
        set_font(r, FS, 16)
        if k < len(duties) - 1:
            r.add_break()
    c.extend(duties)

    heading(doc, "二、成员单位")
    units = ["省商务厅", "省发展改革委", "省工业和信息化厅", "省财政厅", "省自然资源厅", "省交通运输厅", "省农业农村厅",
             "省市场监管局", "省外事办", "省政府口岸办", "人行河南省分行", "河南金融监管局", "国家外汇管理局河南省分局",
             "郑州海关", "河南省税务局", "中国铁路郑州局集团有限公司", "郑州市人民政府", "洛阳市人民政府",
             "郑州航空港经济综合实验区管委会", "河南中豫国际港务集团有限公司"]
    t = units_sentence("联席会议由", units, "。省商务厅为联席会议牵头单位。")
    para(doc, t)
    c.append(t)
    t = ("联席会议由分管副省长担任召集人，省政府副秘书长和省商务厅、省发展改革委主要负责同志担任副召集人，"
         "其他成员单位有关负责同志为成员。联席会议成员名单如下：")
    para(doc, t)
    c.append(t)
    positions = ["省商务厅副厅长", "省发展改革委副主任", "省工业和信息化厅副厅长", "省财政厅副厅长", "省自然资源厅副厅长",
                 "省交通运输厅副厅长", "省农业农村厅副厅长", "省市场监管局副局长", "省外事办副主任", "省政府口岸办主任",
                 "人行河南省分行副行长", "河南金融监管局副局长", "国家外汇管理局河南省分局副局长", "郑州海关副关长",
                 "河南省税务局副局长", "中国铁路郑州局集团有限公司副总经理", "郑州市人民政府副市长", "洛阳市人民政府副市长",
                 "郑州航空港经济综合实验区管委会副主任", "河南中豫国际港务集团有限公司董事长"]
    names = ["张丽萍", "陈建军", "赵国庆", "杨静怡", "周海波", "吴明华", "冯志强", "朱晓峰", "黄立群", "许文博",
             "韩雪梅", "曹永胜", "郑晓光", "谢东升", "马瑞林", "董建新", "田慧敏", "程国华", "潘文杰", "袁志明"]
    assert len(positions) == len(names) == len(units)
    rows = [("召集人", "孙明远", "省政府副省长"),
            ("副召集人", "李振华", "省政府副秘书长"),
            ("副召集人", "刘德胜", "省商务厅厅长"),
            ("副召集人", "王永刚", "省发展改革委主任")]
    rows += [("成员", n, p) for n, p in zip(names, positions)]
    member_table(doc, rows, widths=(3.2, 3.2, 9.2), repeat=True)
    c.extend(rows_key(rows))
    t = ("联席会议办公室设在省商务厅，办公室主任由省商务厅分管负责同志兼任，承担联席会议日常工作。"
         "联席会议成员因工作变动等原因需要调整的，由所在单位提出，报联席会议办公室备案。")
    para(doc, t)
    c.append(t)
    blank(doc)

    heading(doc, "三、工作规则")
    rules = [
        "1.联席会议原则上每半年召开1次全体会议，由召集人或召集人委托的副召集人主持；根据工作需要，可以临时召开全体会议或部分成员单位参加的专题会议。",
        "2.联席会议办公室根据工作需要召开联络员会议，研究讨论联席会议议题和需提交联席会议议定的事项及其他有关事项。",
        "3.联席会议以纪要形式明确会议议定事项，经与会单位同意后印发有关方面。重大事项按程序报省政府。",
        "4.联席会议办公室建立中欧班列运行监测和通报制度，每月汇总全省中欧班列开行数据，每季度通报重点工作进展情况。",
    ]
    for r in rules:
        para(doc, r)
        c.append(r)

    # heading "四、工作要求" and first body paragraph in the SAME paragraph, split by a soft break
    req1 = ("各成员单位要按照职责分工，主动研究推进中欧班列高质量发展的重大问题，认真落实联席会议布置的工作任务，"
            "按时完成联席会议议定事项。要互通信息、相互配合、相互支持、形成合力，充分发挥联席会议作用。")
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, False, 28)
    r = p.add_run("　　四、工作要求")
    set_font(r, HT, 16)
    r.add_break()
    set_font(p.add_run("　　" + req1), FS, 16)
    c.append(req1)
    req2 = ("联席会议办公室要加强对议定事项的跟踪督促落实，及时向各成员单位通报有关情况。各省辖市人民政府要参照建立相应工作机制，"
            "于2026年4月30日前将本地区中欧班列工作联系人名单报联席会议办公室。")
    para(doc, req2)
    c.append(req2)

    # 落款 in a borderless layout table
    blank(doc)
    blank(doc)
    lt = doc.add_table(rows=1, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    lt.cell(0, 0).width = Cm(7.6)
    lt.cell(0, 1).width = Cm(8.0)
    cc = lt.cell(0, 1)
    p0 = cc.paragraphs[0]
    fmt(p0, WD_ALIGN_PARAGRAPH.CENTER, False, 28)
    set_font(p0.add_run("河南省人民政府办公厅"), FS, 16)
    p1 = cc.add_paragraph()
    fmt(p1, WD_ALIGN_PARAGRAPH.CENTER, False, 28)
    set_font(p1.add_run("2026年4月2日"), FS, 16)
    blank(doc)
    para(doc, "（此件公开发布）")
    blank(doc)
    banji(doc, None, "河南省人民政府办公厅", "2026年4月3日")
    page_numbers(doc)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [
        {"meta": {"title": title, "doc_number": "豫政办函〔2026〕21号", "issuer": ["河南省人民政府办公厅"],
                  "date": "2026-04-02", "published": None, "level": "provincial", "region": "河南省",
                  "effective": None, "expires": None, "attachments": [], "doc_type": "通知",
                  "recipients": recips, "publicity": "此件公开发布", "repeals": None},
         "clauses": c},
    ]
    return path


# ================================================================= 3. 陕西
def make_shaanxi():
    stem = "blind697_shaanxi_tongzhi"
    doc = Document()
    setup_page(doc)
    red_header(doc, "陕西省人民政府办公厅文件", "陕政办函〔2026〕21号")
    title = "陕西省人民政府办公厅关于印发陕西省推进中欧班列高质量发展联席会议制度的通知"
    title_lines(doc, ["陕西省人民政府办公厅关于印发", "陕西省推进中欧班列高质量发展", "联席会议制度的通知"], soft=True)
    blank(doc)
    recips = ["各设区市人民政府", "杨凌示范区管委会", "省人民政府有关部门"]
    para(doc, "，".join(recips) + "：", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    n = []
    t = "《陕西省推进中欧班列高质量发展联席会议制度》已经省政府同意，现印发给你们，请结合实际认真贯彻落实。"
    para(doc, t)
    n.append(t)
    t = ("联席会议办公室设在省商务厅（联系人：赵立峰，电话：029-63915723）。各成员单位请于2026年3月13日前确定1名联络员，"
         "报联席会议办公室。")
    para(doc, t)
    n.append(t)
    t = ("各地、各有关部门要切实加强组织领导，结合本地区本部门实际细化工作举措，主动对接联席会议办公室，"
         "共同推动中欧班列（西安）集结中心高质量发展。")
    para(doc, t)
    n.append(t)
    blank(doc)
    att = "陕西省推进中欧班列高质量发展联席会议制度"
    # 附件 list line with hanging layout typed by spaces
    para(doc, "附件：" + att)
    luokuan_spaces(doc, "陕西省人民政府办公厅", "2026年2月27日")
    blank(doc)

    # ------------------------------------------------ attachment
    page_break(doc)
    p = para(doc, "附件", font=HT, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    blank(doc)
    title_lines(doc, ["陕西省推进中欧班列高质量发展", "联席会议制度"], soft=True)
    blank(doc)
    z = []
    t = ("为贯彻落实党中央、国务院关于推进中欧班列高质量发展的决策部署，加快建设中欧班列（西安）集结中心，"
         "推动陕西深度融入共建“一带一路”大格局，建立陕西省推进中欧班列高质量发展联席会议制度（以下简称联席会议）。")
    # indentation typed as full-width spaces instead of first-line indent
    para(doc, "　　" + t, indent=False)
    z.append(t)

    # section headings auto-numbered "一、" by Word numbering (one list, continues across sections)
    hid = add_numbering(doc, "chineseCounting", "%1、", font=HT)
    numbered(doc, "主要职责", hid, font=HT)
    duties = [
        "（一）贯彻落实党中央、国务院和省委、省政府关于推进中欧班列高质量发展的决策部署，研究制定全省中欧班列发展规划和政策措施。",
        "（二）统筹协调中欧班列“长安号”线路开行、集结组织和运力保障，推动西安国际港站与省内铁路物流节点协同发展，加强与西部陆海新通道、长江经济带等通道衔接。",
        "（三）协调解决中欧班列运营中通关监管、铁路运输、口岸功能拓展、境外合作、金融服务等重大问题，推进西安国际港务区、西安综合保税区、中国（陕西）自由贸易试验区政策叠加和功能联动。",
        "（四）推动中欧班列与跨境电商、先进制造业、现代农业等产业深度融合，引导“班列经济”向“枢纽经济”转型。",
        "（五）研究防范化解中欧班列运营中的重大风险，督促各地、各有关单位落实安全生产责任。",
        "（六）完成省委、省政府交办的其他工作。",
    ]
    for d in duties:
        para(doc, "　　" + d, indent=False)
        z.append(d)

    numbered(doc, "成员单位", hid, font=HT)
    units = ["省商务厅", "省发展改革委", "省工业和信息化厅", "省公安厅", "省财政厅", "省自然资源厅", "省交通运输厅",
             "省农业农村厅", "省市场监管局", "省外事办", "人行陕西省分行", "陕西金融监管局", "国家外汇管理局陕西省分局",
             "西安海关", "陕西省税务局", "中国铁路西安局集团有限公司", "西安市人民政府", "宝鸡市人民政府",
             "西安国际港务区管委会", "陕西省西咸新区管委会", "陕西省物流集团有限责任公司"]
    t = units_sentence("联席会议由", units, "。")
    para(doc, "　　" + t, indent=False)
    z.append(t)
    t = ("省政府分管副省长担任召集人，省政府协助分管副秘书长、省商务厅主要负责同志担任副召集人，"
         "各成员单位分管负责同志为联席会议成员。联席会议成员名单见下表。")
    para(doc, "　　" + t, indent=False)
    z.append(t)
    positions = ["省商务厅副厅长", "省发展改革委副主任", "省工业和信息化厅副厅长", "省公安厅副厅长", "省财政厅副厅长",
                 "省自然资源厅副厅长", "省交通运输厅副厅长", "省农业农村厅副厅长", "省市场监管局副局长", "省外事办副主任",
                 "人行陕西省分行副行长", "陕西金融监管局副局长", "国家外汇管理局陕西省分局\n副局长", "西安海关副关长",
                 "陕西省税务局副局长", "中国铁路西安局集团有限公司\n副总经理", "西安市人民政府副市长",
                 "宝鸡市人民政府副市长", "西安国际港务区管委会\n副主任", "陕西省西咸新区管委会副主任",
                 "陕西省物流集团有限责任公司\n副总经理"]
    names = ["张志远", "刘文华", "陈晓辉", "杨建林", "赵敏杰", "周立平", "吴海燕", "孙永强", "胡晓峰", "郭红霞",
             "何振东", "罗建军", "梁国栋", "宋雅琴", "唐志华", "冯卫平", "邓晓琳", "曹俊杰", "彭立新", "蒋文斌", "余海龙"]
    assert len(positions) == len(names) == len(units)
    rows = [("召集人", "高建民", "省政府副省长"),
            ("副召集人", "王晓明", "省政府副秘书长"),
            ("副召集人", "李卫国", "省商务厅厅长")]
    rows += [("成员", nm, ps) for nm, ps in zip(names, positions)]
    member_table(doc, rows, widths=(2.8, 3.0, 9.8))
    z.extend(rows_key(rows))
    t = ("联席会议办公室设在省商务厅，承担联席会议日常工作，办公室主任由省商务厅分管负责同志兼任。联席会议设联络员，"
         "由各成员单位有关处室负责同志担任。联席会议成员和联络员因工作变动需要调整的，由所在单位提出，联席会议办公室统一调整。")
    para(doc, "　　" + t, indent=False)
    z.append(t)

    numbered(doc, "工作规则", hid, font=HT)
    rid = add_numbering(doc, "decimal", "%1.")
    rules = [
        "联席会议根据工作需要定期或不定期召开全体会议，原则上每年至少召开1次，由召集人或召集人委托的副召集人主持。",
        "联席会议办公室根据工作需要召开联络员会议或专题会议，研究讨论具体事项，协调推进议定事项落实。",
        "联席会议以会议纪要形式明确议定事项，经召集人同意后印发各成员单位，重大事项按程序报省委、省政府。",
        "各成员单位要结合职责定期向联席会议办公室报送工作进展，重要情况及时报告。",
    ]
    for k, r in enumerate(rules):
        numbered(doc, r, rid)
        z.append("%d.%s" % (k + 1, r))

    numbered(doc, "工作要求", hid, font=HT)
    reqs = [
        "各成员单位要按照职责分工，主动研究推进中欧班列高质量发展的有关问题，认真落实联席会议议定事项。"
        "要互通信息，密切配合，相互支持，形成合力，充分发挥联席会议作用。",
        "联席会议办公室要加强对联席会议议定事项的跟踪督促和落实，及时向各成员单位通报有关情况。"
        "西安市人民政府、西安国际港务区管委会要切实履行中欧班列（西安）集结中心建设主体责任，定期向联席会议报告工作推进情况。",
    ]
    for r in reqs:
        para(doc, "　　" + r, indent=False)
        z.append(r)
    banji(doc, "省委有关部门，省人大常委会办公厅，省政协办公厅，西安海关。",
          "陕西省人民政府办公厅", "2026年2月28日")
    page_numbers(doc)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [
        {"meta": {"title": title, "doc_number": "陕政办函〔2026〕21号", "issuer": ["陕西省人民政府办公厅"],
                  "date": "2026-02-27", "published": None, "level": "provincial", "region": "陕西省",
                  "effective": None, "expires": None, "attachments": [att], "doc_type": "通知",
                  "recipients": recips, "publicity": None, "repeals": None},
         "clauses": n},
        {"meta": {"title": att, "doc_number": None, "issuer": ["陕西省人民政府办公厅"],
                  "date": "2026-02-27", "published": None, "level": "provincial", "region": "陕西省",
                  "effective": None, "expires": None, "attachments": [], "doc_type": "制度",
                  "recipients": [], "publicity": None, "repeals": None},
         "clauses": z},
    ]
    return path


if __name__ == "__main__":
    paths = [make_sichuan(), make_henan(), make_shaanxi()]
    for pth in paths:
        convert(pth)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("wrote", len(paths), "documents")
