# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 686: 中欧班列 2026年下半年开行计划 notices with timetable attachments."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
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


# ----------------------------------------------------------------- helpers
def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = "Times New Roman" if font in (FS,) else font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
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
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=None, line=28, before=0, after=0):
    """runs: str or list of (text, font, size, bold) ; '\n' inside text = soft line break."""
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for item in runs:
        text, font, size, bold = item[:4]
        color = item[4] if len(item) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_run(r, font, size, bold, color)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, line=line)


def border(p, side="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)


def page_setup(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width = Cm(29.7)
        section.page_height = Cm(21.0)
        section.top_margin = Cm(2.6)
        section.bottom_margin = Cm(2.4)
        section.left_margin = Cm(2.5)
        section.right_margin = Cm(2.5)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width = Cm(21.0)
        section.page_height = Cm(29.7)
        section.top_margin = Cm(3.7)
        section.bottom_margin = Cm(3.5)
        section.left_margin = Cm(2.8)
        section.right_margin = Cm(2.6)


def add_field(p, instr, font="宋体", size=14):
    r = p.add_run()
    set_run(r, font, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = p.add_run()
    set_run(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._r.append(it)
    r3 = p.add_run()
    set_run(r3, font, size)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r3._r.append(f2)
    r4 = p.add_run("1")
    set_run(r4, font, size)
    r5 = p.add_run()
    set_run(r5, font, size)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r5._r.append(f3)


def page_numbers(section, align=WD_ALIGN_PARAGRAPH.CENTER):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = align
    r = p.add_run("— ")
    set_run(r, "宋体", 14)
    add_field(p, "PAGE")
    r = p.add_run(" —")
    set_run(r, "宋体", 14)


def cell_text(cell, text, font=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.0
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_run(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def set_widths(table, widths_cm):
    """Fix column widths in tblGrid and every tcW (LibreOffice reads the grid)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths_cm):
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))
            tcw.set(qn("w:type"), "dxa")


def row_clause(header, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, values))


def add_numbering(doc, fmt_name, lvl_text, abs_id, num_id, indent_twips=640):
    """Append an abstractNum + num (Word automatic numbering) and return num_id."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt_name), ("w:suff", "nothing"),
                     ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), str(indent_twips))
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    num.append(an)
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    # numPr goes first in pPr (no pStyle is used on these paragraphs)
    ppr.insert(0, numpr)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    page_setup(doc.sections[0])
    return doc


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    return sec


def portrait_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=False)
    return sec


def convert(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_686", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
    )


# =================================================================== doc 1: 西安
def make_xian():
    stem = "blind686_xian_tongzhi"
    doc = new_doc()
    page_numbers(doc.sections[0])
    clauses = []

    empty(doc, 2)
    para(doc, [("西安市人民政府口岸服务办公室文件", XBS, 30, False, RED)],
         WD_ALIGN_PARAGRAPH.CENTER, line=None)
    empty(doc, 1)
    p = para(doc, [("西口岸发〔2026〕15号", FS, 16, False)], WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)
    # title with a soft line break in the middle
    para(doc, [("西安市人民政府口岸服务办公室关于下达\n中欧班列（西安）2026年下半年\n开行计划的通知", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc, 1)
    para(doc, "国际港务区管委会，市发改委、市商务局、市交通局，西安海关，"
              "中国铁路西安局集团有限公司西安货运中心，各班列运营平台公司：")

    def body(text, clause=True):
        # office quirk: indentation typed as two full-width spaces instead of first-line indent
        para(doc, "\u3000\u3000" + text)
        if clause:
            clauses.append(text)

    def runin(head, text):
        para(doc, [("\u3000\u3000" + head, HT, 16, False), (text, FS, 16, False)])
        clauses.append(head + text)

    body("为贯彻落实国家推进中欧班列高质量发展有关部署，进一步稳定班列开行频次、优化线路结构，"
         "服务陕西打造内陆改革开放高地，经与中国铁路西安局集团有限公司、各班列运营平台公司会商，"
         "现将中欧班列（西安）2026年下半年开行计划（以下简称开行计划）下达给你们，并就有关事项通知如下。")
    runin("一、严格按图开行。",
          "开行计划共安排常态化线路8条，其中去程线路5条、回程线路3条，计划开行班列1850列以上。"
          "各运营平台公司要按照附件所列班期组织发运，原则上不得擅自停开、并开或调整始发时间；"
          "确需调整的，应提前10个工作日书面报市口岸办，经铁路部门确认后执行。")
    runin("二、做好货源组织。",
          "各运营平台公司要加强与省内外货主企业、物流企业的对接，重点做好汽车及零部件、新能源电池、"
          "光伏组件、工程机械等货源组织，去程重箱率不低于95%，回程重箱率不低于85%。")
    runin("三、强化通关保障。",
          "西安海关要持续深化“两步申报”“提前申报”和“铁路快通”模式应用，对班列货物实施优先查验、优先放行；"
          "西安货运中心要优先保障班列运力、装车计划和线路资源。")
    runin("四、加强运行监测。",
          "各运营平台公司须于每月5日前将上月班列开行列数、货值货量、重箱率等数据报送市口岸办；"
          "遇境外口岸拥堵、线路中断等突发情况，应于24小时内报告并启动应急预案。")
    runin("五、明确执行期限。",
          "开行计划执行期为2026年7月1日至2026年12月31日。执行中如遇国家铁路集团运输政策调整，按新规定执行。")
    body("联系人：市口岸办物流通道处　刘晓峰，电话：029-86785213。")
    empty(doc, 1)
    # 附件 list line; title aligned by hand
    para(doc, "\u3000\u3000附件：中欧班列（西安）2026年下半年开行计划表")
    empty(doc, 3)
    # 落款 pushed right by manual spaces (quirk)
    para(doc, "\u3000" * 9 + "西安市人民政府口岸服务办公室")
    para(doc, "\u3000" * 12 + "2026年6月18日")
    empty(doc, 1)
    para(doc, "\u3000\u3000（此件公开发布）")

    # ---- attachment in a landscape section
    landscape_section(doc)
    para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, [("中欧班列（西安）2026年下半年开行计划表", XBS, 20, False)], WD_ALIGN_PARAGRAPH.CENTER,
         line=32, after=6)
    header_disp = ["序号", "线路", "始发站", "口岸", "终到站", "班期", "运行时间\n（天）", "箱型", "运营主体", "备注"]
    header = [h.replace("\n", "") for h in header_disp]
    rows = [
        ["1", "西安—阿拉山口—汉堡", "西安国际港站", "阿拉山口", "汉堡（德国）", "每周二、五 14:30", "13",
         "40英尺高箱", "陕西长安号国际物流有限公司", "经停马拉舍维奇①"],
        ["2", "西安—霍尔果斯—杜伊斯堡", "西安国际港站", "霍尔果斯", "杜伊斯堡（德国）", "每周一、四 10:00", "14",
         "40英尺高箱", "陕西长安号国际物流有限公司", "②"],
        ["3", "西安—二连浩特—莫斯科", "西安国际港站", "二连浩特", "莫斯科沃尔西诺（俄罗斯）", "每周三、六 09:30", "12",
         "40英尺、20英尺", "西安陆港国际多式联运有限公司", "—"],
        ["4", "西安—阿拉山口—布达佩斯", "西安国际港站", "阿拉山口", "布达佩斯（匈牙利）", "每周日 16:00", "15",
         "40英尺高箱", "陕西长安号国际物流有限公司", "经停马拉舍维奇①②"],
        ["5", "西安↔阿拉木图", "西安国际港站", "霍尔果斯", "阿拉木图（哈萨克斯坦）", "周一至周六每日 11:20", "6",
         "40英尺", "西安陆港国际多式联运有限公司", "往返对开"],
        ["6", "汉堡—阿拉山口—西安", "汉堡（德国）", "阿拉山口", "西安国际港站", "每周三", "15",
         "40英尺高箱", "陕西长安号国际物流有限公司", "回程②"],
        ["7", "马拉舍维奇—霍尔果斯—西安", "马拉舍维奇（波兰）", "霍尔果斯", "西安国际港站", "每周二、六", "13",
         "40英尺高箱", "陕西长安号国际物流有限公司", "回程"],
        ["8", "莫斯科—满洲里—西安", "莫斯科沃尔西诺（俄罗斯）", "满洲里", "西安国际港站", "每周五", "14",
         "40英尺、冷藏箱", "西安陆港国际多式联运有限公司", "回程"],
    ]
    widths = [1.0, 4.0, 2.6, 1.8, 3.1, 2.8, 1.5, 2.2, 3.5, 2.2]
    t = doc.add_table(rows=1 + len(rows), cols=len(header_disp))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header_disp):
        cell_text(t.rows[0].cells[j], h, HT, 11)
    repeat_header(t.rows[0])
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.rows[i + 1].cells[j], v, FS, 10.5)
        clauses.append(row_clause(header, r))
    set_widths(t, widths)
    para(doc, [("说明：", HT, 14, False)], WD_ALIGN_PARAGRAPH.LEFT, line=24, before=6)
    notes = [
        "1.班期为班列在始发站的计划发车日，表中所列时刻为计划发车时间，实际发车时间以铁路部门日班计划为准。",
        "2.运行时间为始发站发车至终到站到达的全程计划天数，不含境外口岸换装等待时间。",
        "3.①表示该线路可根据货源情况在波兰马拉舍维奇办理分拨；②表示11月至12月冬季运输期间运行时间相应延长1—2天。",
        "4.线路栏中“—”表示途经，“↔”表示往返对开；备注栏中“—”表示无特殊说明。",
    ]
    for n in notes:
        para(doc, [("\u3000\u3000" + n, FS, 14, False)], line=24)
        clauses.append(n)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "西安市人民政府口岸服务办公室关于下达中欧班列（西安）2026年下半年开行计划的通知",
        "doc_number": "西口岸发〔2026〕15号",
        "issuer": ["西安市人民政府口岸服务办公室"],
        "date": "2026-06-18",
        "published": None,
        "level": "municipal",
        "region": "西安市",
        "effective": "2026-07-01",
        "expires": "2026-12-31",
        "attachments": ["中欧班列（西安）2026年下半年开行计划表"],
        "doc_type": "通知",
        "recipients": ["国际港务区管委会", "市发改委", "市商务局", "市交通局", "西安海关",
                       "中国铁路西安局集团有限公司西安货运中心", "各班列运营平台公司"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# =================================================================== doc 2: 合肥 (joint)
def make_hefei():
    stem = "blind686_hefei_tongzhi"
    doc = new_doc()
    page_numbers(doc.sections[0])
    clauses = []
    NUM_CN = add_numbering(doc, "chineseCounting", "%1、", 9101, 9101)
    NUM_DEC = add_numbering(doc, "decimal", "%1.", 9102, 9102, indent_twips=560)

    empty(doc, 1)
    # joint red header laid out with a borderless table: organ names left, 文件 merged on the right
    ht = doc.add_table(rows=2, cols=2)
    no_borders(ht)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(ht.cell(0, 0), "合肥市发展和改革委员会", XBS, 26, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    cell_text(ht.cell(1, 0), "合肥市交通运输局", XBS, 26, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = ht.cell(0, 1).merge(ht.cell(1, 1))
    cell_text(m, "文件", XBS, 34, color=RED)
    m.vertical_alignment = 1  # center
    set_widths(ht, [11.8, 3.6])
    empty(doc, 1)
    p = para(doc, [("合发改开放〔2026〕41号", FS, 16, False)], WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)
    para(doc, [("合肥市发展和改革委员会　合肥市交通运输局", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("关于公布合肥中欧班列2026年下半年开行计划的通知", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc, 1)
    para(doc, "各县（市）区人民政府，合肥高新区管委会、合肥经开区管委会、合肥新站高新区管委会，"
              "市直有关单位，合肥中欧班列运营有限公司：")

    def body(text):
        para(doc, text, indent=32)
        clauses.append(text)

    def heading_auto(text):
        p = para(doc, [(text, HT, 16, False)], indent=32)
        set_num(p, NUM_CN)

    def runin(head, text):
        para(doc, [(head, KT, 16, True), (text, FS, 16, False)], indent=32)
        clauses.append(head + text)

    body("为深入推进“一带一路”建设和长三角一体化发展，巩固提升合肥中欧班列枢纽功能，"
         "根据《安徽省推进中欧班列高质量发展若干措施》有关要求，结合我市班列运营和货源实际，"
         "市发展改革委、市交通运输局会同合肥海关、中国铁路上海局集团有限公司合肥货运中心编制了"
         "合肥中欧班列2026年下半年开行计划，现予公布，并将有关事项通知如下：")
    heading_auto("总体安排")
    runin("（一）开行规模。", "2026年下半年全市计划开行中欧班列450列，其中去程270列、回程180列，"
          "力争全年累计开行突破900列。")
    runin("（二）线路布局。", "在巩固合肥至汉堡、杜伊斯堡等传统线路基础上，加密至中亚五国线路班期，"
          "稳定开行经跨里海国际运输走廊至伊斯坦布尔线路，探索开行合肥至米兰、马德里线路。")
    heading_auto("保障措施")
    runin("（一）运力保障。", "合肥货运中心要按照开行计划优先安排合肥北站物流基地装车作业，"
          "确保班列正点率不低于95%。")
    runin("（二）通关便利。", "合肥海关要推广应用“铁路快通”和跨境电商“9610”“9810”铁路出口模式，"
          "支持班列搭载跨境电商货物、邮件快件出境。")
    runin("（三）资金支持。", "班列运营补贴按照《合肥市中欧班列运营补贴管理办法》执行。"
          "对未按开行计划组织发运且无正当理由的，相应扣减年度补贴额度。")
    heading_auto("其他事项")
    runin("（一）", "开行计划自2026年7月1日起执行，至2026年12月31日止。"
          "《合肥中欧班列2026年上半年开行计划》（合发改开放〔2025〕118号）同时停止执行。")
    runin("（二）", "各有关单位在执行中遇到的问题，请及时反馈市发展改革委（开放合作处），联系电话：0551-63538726。")
    empty(doc, 1)
    para(doc, "附件：1.合肥中欧班列2026年下半年开行计划表", indent=32)
    # second line aligned under "1." by manual full-width spaces
    para(doc, "\u3000\u3000\u3000\u3000\u3000 2.合肥中欧班列服务窗口联系方式")
    empty(doc, 3)
    # 落款: two organs side by side in a borderless layout table (quirk)
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    cell_text(lt.cell(0, 0), "合肥市发展和改革委员会", FS, 16)
    cell_text(lt.cell(0, 1), "合肥市交通运输局", FS, 16)
    cell_text(lt.cell(1, 0), "", FS, 16)
    cell_text(lt.cell(1, 1), "2026年6月24日", FS, 16)
    empty(doc, 1)
    para(doc, "（此件公开发布）", indent=32)

    # ---- attachment 1, landscape
    landscape_section(doc)
    para(doc, [("附件1", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, [("合肥中欧班列2026年下半年开行计划表", XBS, 20, False)], WD_ALIGN_PARAGRAPH.CENTER,
         line=32, after=6)
    header = ["方向", "线路", "始发站", "口岸", "终到站", "班期", "运行时间（天）", "箱型", "运营主体", "备注"]
    OP1, OP2 = "合肥中欧班列运营有限公司", "安徽陆海联运物流有限公司"
    rows = [
        ["去程", "合肥—阿拉山口—汉堡", "合肥北站物流基地", "阿拉山口", "汉堡（德国）", "每周一、四", "14",
         "40英尺高箱", OP1, "①"],
        ["去程", "合肥—霍尔果斯—杜伊斯堡", "合肥北站物流基地", "霍尔果斯", "杜伊斯堡（德国）", "每周三、六", "15",
         "40英尺高箱", OP1, "—"],
        ["去程", "合肥—霍尔果斯—阿拉木图—塔什干", "合肥北站物流基地", "霍尔果斯", "塔什干（乌兹别克斯坦）",
         "周二、五、日", "10", "40英尺、20英尺", OP1, "阿拉木图分拨②"],
        ["去程", "合肥—阿拉山口—阿克套—伊斯坦布尔", "合肥北站物流基地", "阿拉山口", "伊斯坦布尔（土耳其）",
         "每周六 22:10", "18", "40英尺高箱", OP2, "跨里海线路"],
        ["去程", "合肥↔明斯克", "合肥北站物流基地", "满洲里", "明斯克（白俄罗斯）", "每周二 14:30", "13",
         "40英尺、冷藏箱", OP2, "往返对开"],
        ["回程", "汉堡—阿拉山口—合肥", "汉堡（德国）", "阿拉山口", "合肥北站物流基地", "每周四", "16",
         "40英尺高箱", OP1, "①"],
        ["回程", "杜伊斯堡—二连浩特—合肥", "杜伊斯堡（德国）", "二连浩特", "合肥北站物流基地", "每周日", "16",
         "40英尺高箱", OP1, "—"],
        ["回程", "塔什干—霍尔果斯—合肥", "塔什干（乌兹别克斯坦）", "霍尔果斯", "合肥北站物流基地", "周一、三", "11",
         "40英尺", OP2, "②"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, HT, 11)
    repeat_header(t.rows[0])
    # vertical merges: 方向 (rows 1-5, 6-8) and 运营主体 (1-3, 4-5, 6-7, 8)
    merges = {0: [(1, 5), (6, 8)], 8: [(1, 3), (4, 5), (6, 7)]}
    merged_cells = set()
    for col, spans in merges.items():
        for a, b in spans:
            for r in range(a + 1, b + 1):
                merged_cells.add((r, col))
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if (i + 1, j) in merged_cells:
                continue
            cell_text(t.cell(i + 1, j), v, FS, 10.5)
        clauses.append(row_clause(header, r))
    for col, spans in merges.items():
        for a, b in spans:
            c = t.cell(a, col).merge(t.cell(b, col))
            c.vertical_alignment = 1
    set_widths(t, [1.1, 4.4, 2.8, 1.8, 3.1, 2.3, 1.5, 2.2, 3.3, 2.2])
    para(doc, [("说明：", HT, 14, False)], WD_ALIGN_PARAGRAPH.LEFT, line=24, before=6)
    notes = [
        "“方向”栏中去程指自合肥始发出境，回程指自境外始发入境至合肥。",
        "运行时间为始发至终到全程计划天数；①线路如遇口岸换装拥堵，运行时间相应顺延。",
        "②线路在阿拉木图设分拨点，可办理中亚五国集拼分拨业务。",
        "各线路班期如需调整，由运营主体提前10个工作日报市发展改革委备案后另行公布。",
    ]
    for k, n in enumerate(notes, 1):
        p = para(doc, [(n, FS, 14, False)], line=24)
        set_num(p, NUM_DEC)  # Word automatic numbering "1." — the number is not in the text
        clauses.append("%d.%s" % (k, n))

    # ---- attachment 2, back to portrait
    portrait_section(doc)
    para(doc, [("附件2", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc, 1)
    para(doc, [("合肥中欧班列服务窗口联系方式", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, line=36, after=8)
    header2 = ["单位", "服务事项", "联系人", "联系电话"]
    rows2 = [
        ["合肥市发展和改革委员会（开放合作处）", "开行计划、运营补贴", "陈思远", "0551-63538726"],
        ["合肥市交通运输局（综合运输处）", "运力协调、集疏运保障", "王志刚", "0551-63536019"],
        ["合肥海关（综合业务处）", "通关业务咨询", "李晓红", "0551-62657345"],
        ["中国铁路上海局集团有限公司合肥货运中心", "车皮计划、装车作业", "周立新", "0551-64187260"],
        ["合肥中欧班列运营有限公司", "订舱、货源组织", "孙佳怡", "0551-65663198"],
        ["安徽陆海联运物流有限公司", "跨里海线路订舱", "吴海涛", "0551-65897712"],
    ]
    t2 = doc.add_table(rows=1 + len(rows2), cols=4)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header2):
        cell_text(t2.rows[0].cells[j], h, HT, 14)
    for i, r in enumerate(rows2):
        for j, v in enumerate(r):
            cell_text(t2.rows[i + 1].cells[j], v, FS, 14,
                      align=WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(header2, r))
    set_widths(t2, [6.0, 4.2, 2.2, 3.2])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "合肥市发展和改革委员会、合肥市交通运输局关于公布合肥中欧班列2026年下半年开行计划的通知",
        "doc_number": "合发改开放〔2026〕41号",
        "issuer": ["合肥市发展和改革委员会", "合肥市交通运输局"],
        "date": "2026-06-24",
        "published": None,
        "level": "municipal",
        "region": "合肥市",
        "effective": "2026-07-01",
        "expires": "2026-12-31",
        "attachments": ["合肥中欧班列2026年下半年开行计划表", "合肥中欧班列服务窗口联系方式"],
        "doc_type": "通知",
        "recipients": ["各县（市）区人民政府", "合肥高新区管委会", "合肥经开区管委会", "合肥新站高新区管委会",
                       "市直有关单位", "合肥中欧班列运营有限公司"],
        "publicity": "此件公开发布",
        "repeals": "《合肥中欧班列2026年上半年开行计划》（合发改开放〔2025〕118号）",
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# =================================================================== doc 3: 长沙
def make_changsha():
    stem = "blind686_changsha_tongzhi"
    doc = new_doc()
    page_numbers(doc.sections[0])
    clauses = []

    empty(doc, 2)
    para(doc, [("长沙市人民政府办公厅", XBS, 36, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, line=None)
    empty(doc, 1)
    # 文号 right-ish with a hand-typed space run; red rule drawn as a 1-row table's bottom border? no: paragraph border
    p = para(doc, [("长政办函〔2026〕63号", FS, 16, False)], WD_ALIGN_PARAGRAPH.RIGHT)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)
    para(doc, [("长沙市人民政府办公厅", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("关于下发中欧班列（长沙）2026年下半年", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("开行计划的通知", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc, 1)
    para(doc, "各区县（市）人民政府，市直机关各单位，长沙金霞经济开发区管委会，湖南中南国际陆港有限公司：")

    def body(text):
        para(doc, text, indent=32)
        clauses.append(text)

    def heading(text):
        para(doc, [(text, HT, 16, False)], indent=32)

    def runin(head, text):
        para(doc, [(head, KT, 16, False), (text, FS, 16, False)], indent=32)
        clauses.append(head + text)

    body("为进一步提升中欧班列（长沙）运行质效，助力中国（湖南）自由贸易试验区长沙片区和中非经贸深度合作先行区建设，"
         "经市人民政府同意，现将中欧班列（长沙）2026年下半年开行计划印发给你们，请认真组织实施。有关事项通知如下：")
    heading("一、目标任务")
    body("2026年下半年，中欧班列（长沙）计划开行600列，其中常态化线路12条（去程8条、回程4条），"
         "综合重箱率保持在98%以上，带动进出口货值150亿元以上。")
    heading("二、工作要求")
    runin("（一）加强组织调度。", "湖南中南国际陆港有限公司要根据开行计划做好舱位管理和货源统筹，具体做到：")
    body("1.严格执行附件所列班期，不得以任何理由擅自减少开行频次；")
    body("2.每周五前向市商务局报送下周班列开行安排；")
    body("3.建立境外站点动态监测机制，遇口岸拥堵及时启用备用通道。")
    runin("（二）强化政策协同。", "市商务局、市财政局要落实中欧班列发展专项资金政策；长沙海关要做好班列通关保障，"
          "推广“铁路快通”“跨境电商铁路出口”等模式；长沙金霞经济开发区管委会要加快长沙国际铁路港二期建设。")
    runin("（三）做好安全防控。", "各有关单位要落实安全生产主体责任，重点抓好以下工作：")
    body("1.严把货物受理关。对以下货物不予受理：")
    body("（1）国家禁止出口或目的国禁止进口的货物；")
    body("（2）未按规定申报品名或瞒报危险货物的；")
    body("（3）超出铁路装载加固技术条件的超限货物。")
    body("2.严把装箱加固关。装箱作业须全程视频监控，影像资料留存不少于6个月。")
    heading("三、其他事项")
    body("本通知自印发之日起施行，有效期至2026年12月31日。")
    body("联系人：市商务局　黄振宇，联系电话：0731-88665042。")
    empty(doc, 1)
    para(doc, "附件：中欧班列（长沙）2026年下半年开行计划表", indent=32)
    empty(doc, 3)
    # 落款 right aligned with trailing full-width spaces (quirk)
    para(doc, "长沙市人民政府办公厅\u3000\u3000\u3000", WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2026年6月29日\u3000\u3000\u3000\u3000", WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 1)
    para(doc, "（此件主动公开）", indent=32)

    # ---- attachment on a new page (portrait, long table that spills to a 2nd page, header repeats)
    p = para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    para(doc, [("中欧班列（长沙）2026年下半年开行计划表", XBS, 18, False)], WD_ALIGN_PARAGRAPH.CENTER,
         line=32, after=6)
    header_disp = ["序号", "线路", "始发站", "口岸", "终到站", "班期", "运行\n时间\n（天）", "箱型", "运营主体", "备注"]
    header = [h.replace("\n", "") for h in header_disp]
    A, B = "湖南中南国际陆港有限公司", "长沙中欧班列物流有限公司"
    S = "长沙北站（霞凝货场）"
    rows = [
        ["1", "长沙—二连浩特—莫斯科", S, "二连浩特", "莫斯科别雷拉斯特（俄罗斯）", "周一、三、五", "12", "40英尺", A, "—"],
        ["2", "长沙—满洲里—叶卡捷琳堡", S, "满洲里", "叶卡捷琳堡（俄罗斯）", "每周四", "11", "40英尺、冷藏箱", B, "—"],
        ["3", "长沙—阿拉山口—汉堡", S, "阿拉山口", "汉堡（德国）", "每周二、六 14:30", "15", "40英尺高箱", A, "①"],
        ["4", "长沙—阿拉山口—杜伊斯堡", S, "阿拉山口", "杜伊斯堡（德国）", "每周三", "15", "40英尺高箱", A, "①"],
        ["5", "长沙—霍尔果斯—塔什干", S, "霍尔果斯", "塔什干（乌兹别克斯坦）", "每日（周一至周日）", "9",
         "40英尺、20英尺", B, "—"],
        ["6", "长沙—霍尔果斯—巴库—伊斯坦布尔", S, "霍尔果斯", "伊斯坦布尔（土耳其）", "每周五", "20",
         "40英尺高箱", A, "跨里海②"],
        ["7", "长沙↔明斯克", S, "二连浩特", "明斯克（白俄罗斯）", "每周日 08:00", "14", "40英尺", B, "往返对开"],
        ["8", "长沙—阿拉山口—布达佩斯", S, "阿拉山口", "布达佩斯（匈牙利）", "每周一", "16", "40英尺高箱", A, "①"],
        ["9", "莫斯科—二连浩特—长沙", "莫斯科别雷拉斯特（俄罗斯）", "二连浩特", S, "周二、四", "13", "40英尺", A, "—"],
        ["10", "汉堡—阿拉山口—长沙", "汉堡（德国）", "阿拉山口", S, "每周五", "16", "40英尺高箱", A, "①"],
        ["11", "叶卡捷琳堡—满洲里—长沙", "叶卡捷琳堡（俄罗斯）", "满洲里", S, "每周六", "12", "40英尺、冷藏箱", B,
         "进口冻品专列"],
        ["12", "塔什干—霍尔果斯—长沙", "塔什干（乌兹别克斯坦）", "霍尔果斯", S, "周一至周五每日 21:00", "10",
         "40英尺", B, "—"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header_disp))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header_disp):
        cell_text(t.rows[0].cells[j], h, HT, 9)
    repeat_header(t.rows[0])
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.rows[i + 1].cells[j], v, FS, 9)
        clauses.append(row_clause(header, r))
    set_widths(t, [0.9, 2.2, 1.8, 1.3, 2.0, 1.7, 1.2, 1.3, 2.0, 1.2])
    notes = [
        "说明：1.班期按始发站发车日计，未标注发车时刻的，以铁路部门日班计划为准。",
        "2.①表示该线路可在德国杜伊斯堡、汉堡办理欧洲境内分拨；②表示该线路经跨里海国际运输走廊，"
        "运行时间受海运衔接影响可能延长。",
        "3.线路栏中“—”表示途经口岸或站点，“↔”表示往返对开；备注栏中“—”表示无。",
        "4.班期如有调整，以运营主体公告为准。",
    ]
    for k, n in enumerate(notes):
        # hand-typed: first line carries the run-in 说明：, later items hang under it with spaces
        txt = n if k == 0 else "\u3000\u3000\u3000" + n
        para(doc, [(txt, FS, 14, False)], line=24, before=6 if k == 0 else 0)
        clauses.append(n)

    # 版记 at the very end (after the attachment), as GB/T 9704 wants
    empty(doc, 2)
    p = para(doc, [("抄送：市委各部门，市人大常委会办公厅，市政协办公厅，长沙海关，"
                    "中国铁路广州局集团有限公司长沙货运中心。", FS, 14, False)], line=24)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, [("长沙市人民政府办公厅\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002026年6月29日印发",
                    FS, 14, False)], line=24)
    border(p, "bottom", "000000", 8)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "长沙市人民政府办公厅关于下发中欧班列（长沙）2026年下半年开行计划的通知",
        "doc_number": "长政办函〔2026〕63号",
        "issuer": ["长沙市人民政府办公厅"],
        "date": "2026-06-29",
        "published": None,
        "level": "municipal",
        "region": "长沙市",
        "effective": "2026-06-29",
        "expires": "2026-12-31",
        "attachments": ["中欧班列（长沙）2026年下半年开行计划表"],
        "doc_type": "通知",
        "recipients": ["各区县（市）人民政府", "市直机关各单位", "长沙金霞经济开发区管委会", "湖南中南国际陆港有限公司"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for maker in (make_xian, make_hefei, make_changsha):
        stem, path, docs = maker()
        convert(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
