# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 329: 口岸 / 海关 / 跨境电商 公告, 解读, 通告.

Writes next to itself:
  blind329_quanguo_gonggao.docx/.pdf   海关总署公告2026年第37号 (指定监管场地名单, two landscape tables)
  blind329_quanguo_jiedu.docx/.pdf     its 政策解读 (numbered questions + 问/答 pairs)
  blind329_sichuan_gonggao.html        四川省商务厅 site page: 综试区评估结果公告
  blind329_yunnan_tonggao.docx/.pdf    云南省人民政府通告第2号 (口岸临时开放)
  expected.json
All content is fictional.
"""
import json
import os
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
BODY_PT = 16
LINE_PT = 28.9


# ----------------------------------------------------------------- helpers
def set_run_font(run, name, size=BODY_PT, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first_indent_chars=0, left_chars=0, right_chars=0,
        line=LINE_PT, before=0, after=0, size=BODY_PT):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(size * first_indent_chars) if first_indent_chars else None
    pf.left_indent = Pt(size * left_chars) if left_chars else None
    pf.right_indent = Pt(size * right_chars) if right_chars else None
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.widow_control = False
    return p


def para(doc, parts, **kw):
    """parts: list of (text, font) or a plain string (仿宋)."""
    p = doc.add_paragraph()
    if isinstance(parts, str):
        parts = [(parts, FS)]
    size = kw.get("size", BODY_PT)
    for item in parts:
        if item == "\n":  # soft line break (Shift+Enter)
            p.add_run().add_break()
            continue
        text, font = item[0], item[1]
        bold = item[2] if len(item) > 2 else False
        set_run_font(p.add_run(text), font, size, bold)
    fmt(p, **kw)
    return p


def border(p, side, sz=12, color="FF0000", space=1):
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


def add_field(p, instr, font=ST, size=14):
    def r():
        run = p.add_run()
        set_run_font(run, font, size)
        return run
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r()._r.append(b)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    r()._r.append(it)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r()._r.append(s)
    t = r(); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r()._r.append(e)


def page_number_footers(doc, section):
    """GB/T 9704: 4号半角宋体“— 1 —”, 单页居右空一字, 双页居左空一字."""
    section.footer_distance = Mm(24)
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        for r in list(p.runs):
            r._r.getparent().remove(r._r)
        set_run_font(p.add_run("— "), ST, 14)
        add_field(p, "PAGE")
        set_run_font(p.add_run(" —"), ST, 14)
        p.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)


def new_doc():
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(BODY_PT)
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    page_number_footers(doc, s)
    return doc


def red_head(doc, org_text, number_text, org_size=36, spacing=None):
    p = para(doc, [(org_text, XBS)], align=WD_ALIGN_PARAGRAPH.CENTER, line=None,
             before=30, after=0, size=org_size)
    for r in p.runs:
        r.font.color.rgb = RED
        if spacing:
            rpr = r._element.get_or_add_rPr()
            sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(spacing)); rpr.append(sp)
    para(doc, "", line=LINE_PT)
    p = para(doc, [(number_text, FS)], align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    border(p, "bottom", sz=18, color="FF0000", space=8)
    para(doc, "", line=LINE_PT)


def title(doc, lines, soft=False):
    """标题: 2号方正小标宋; lines either as separate paragraphs or one paragraph with soft breaks."""
    if soft:
        parts = []
        for i, ln in enumerate(lines):
            if i:
                parts.append("\n")
            parts.append((ln, XBS))
        para(doc, parts, align=WD_ALIGN_PARAGRAPH.CENTER, line=33, size=22)
    else:
        for ln in lines:
            para(doc, [(ln, XBS)], align=WD_ALIGN_PARAGRAPH.CENTER, line=33, size=22)
    para(doc, "", line=LINE_PT)


def body(doc, text, font=FS):
    return para(doc, [(text, font)], first_indent_chars=2, align=WD_ALIGN_PARAGRAPH.JUSTIFY)


def runin(doc, head, rest, head_font=HT):
    return para(doc, [(head, head_font), (rest, FS)], first_indent_chars=2,
                align=WD_ALIGN_PARAGRAPH.JUSTIFY)


def signature(doc, org, date, blank_lines=2):
    for _ in range(blank_lines):
        para(doc, "")
    p = para(doc, [(org, FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=5.5 if len(org) <= 6 else 4)
    p.paragraph_format.keep_with_next = True
    para(doc, [(date, FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)


def banji(doc, cc_lines, printer, print_date):
    """版记: 抄送 + 印发机关/印发日期 between black rules."""
    para(doc, "")
    para(doc, "")
    first = True
    for i, ln in enumerate(cc_lines):
        p = para(doc, [(ln, FS)], left_chars=1 if i == 0 else 3, right_chars=1,
                 size=14, line=26)
        if i == 0:
            p.paragraph_format.first_line_indent = None
            border(p, "top", sz=8, color="000000", space=4)
    p = para(doc, [(printer, FS), ("\t" + print_date + "印发", FS)], left_chars=1, size=14, line=26)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(148), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "top", sz=4, color="000000", space=4)
    border(p, "bottom", sz=8, color="000000", space=4)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    set_run_font(p.add_run(text), font, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    p.paragraph_format.first_line_indent = None
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trpr.append(h)


def table_with_merges(doc, header, rows, merge_cols, widths_mm):
    """rows: list of full rows (values repeated); consecutive equal values in merge_cols are merged."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, HT, 12)
    repeat_header(t.rows[0])
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate(r):
            if j in merge_cols:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.cell(i, j), v, align=al)
    for j in merge_cols:
        i = 0
        while i < len(rows):
            k = i
            while k + 1 < len(rows) and rows[k + 1][j] == rows[i][j] and \
                    all(rows[k + 1][c] == rows[i][c] for c in merge_cols if c < j):
                k += 1
            if k > i:
                m = t.cell(i + 1, j).merge(t.cell(k + 1, j))
                cell_text(m, rows[i][j])
            else:
                cell_text(t.cell(i + 1, j), rows[i][j])
            i = k + 1
    t.autofit = False
    for j, w in enumerate(widths_mm):
        t.columns[j].width = Mm(w)
    for row in t.rows:
        for j, w in enumerate(widths_mm):
            row.cells[j].width = Mm(w)
    return t


def landscape_section(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.top_margin, s.bottom_margin = Mm(28), Mm(26)
    s.left_margin, s.right_margin = Mm(37), Mm(35)
    return s


def row_clause(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row))


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# =========================================================== (a) 海关总署公告
A_STEM = "blind329_quanguo_gonggao"
A_TITLE_LINES = ["关于公布2026年第一批进境指定监管场地", "名单的公告"]
A_PRE = ("根据《中华人民共和国海关法》《中华人民共和国进出境动植物检疫法》《中华人民共和国食品安全法》"
         "及其实施条例和《海关指定监管场地管理规范》有关规定，经所在地直属海关初审、海关总署组织验收，"
         "满洲里国际物流园区进境粮食指定监管场地等11个场地符合进境指定监管场地建设和管理要求。"
         "为服务共建“一带一路”高质量发展，便利沿线国家和地区优质农产品进口，现将有关事项公告如下：")
A_ITEMS = [
    "一、附件1所列11个指定监管场地自本公告施行之日起正式运行，可按照公布的类别开展进境货物的查验、检疫处理和存放等业务。",
    "二、指定监管场地运营单位应当严格落实《海关指定监管场地管理规范》要求，建立健全场地管理制度，配齐查验、检疫处理等设施设备，"
    "确保视频监控和信息化系统与海关联网运行，并于每年1月31日前向所在地直属海关报送上一年度场地运行情况。",
    "三、所在地直属海关应当加强对指定监管场地的日常监管和年度核查，对经中欧班列、中老铁路、西部陆海新通道等国际物流通道运抵的进境货物，"
    "优化查验作业流程，推行“先放后检”“提前申报”等便利措施，压缩整体通关时间。",
    "四、附件2所列3个指定监管场地因连续两年未开展相应业务或设施设备不再符合要求，自本公告施行之日起取消其相应类别的指定监管场地资质。"
    "已在上述场地存放、尚未完成查验的货物，由所在地海关按规定监管处置。",
    "五、海关总署对指定监管场地实施动态管理，指定监管场地名单以海关总署门户网站公布的最新信息为准。",
    "六、本公告自2026年4月1日起施行。",
]
A_ATT1_TITLE = "2026年第一批进境指定监管场地名单"
A_ATT2_TITLE = "取消资质的进境指定监管场地名单"
A_H1 = ["序号", "省（区、市）", "直属海关", "口岸", "场地名称", "指定类别"]
A_R1 = [
    ["1", "内蒙古自治区", "满洲里海关", "满洲里铁路口岸", "满洲里国际物流园区进境粮食指定监管场地", "进境粮食"],
    ["2", "山东省", "青岛海关", "青岛港口岸", "青岛前湾港区进境冰鲜水产品指定监管场地", "进境冰鲜水产品"],
    ["3", "山东省", "青岛海关", "日照港口岸", "日照岚山港区进境粮食指定监管场地", "进境粮食"],
    ["4", "广西壮族自治区", "南宁海关", "凭祥（友谊关）公路口岸", "凭祥友谊关进境水果指定监管场地", "进境水果"],
    ["5", "广西壮族自治区", "南宁海关", "东兴公路口岸", "东兴北仑河进境冰鲜水产品指定监管场地", "进境冰鲜水产品"],
    ["6", "广西壮族自治区", "南宁海关", "钦州港口岸", "钦州港大榄坪进境肉类指定监管场地", "进境肉类"],
    ["7", "重庆市", "重庆海关", "重庆铁路口岸", "重庆团结村进境肉类指定监管场地", "进境肉类"],
    ["8", "云南省", "昆明海关", "磨憨铁路口岸", "磨憨铁路口岸进境水果指定监管场地", "进境水果"],
    ["9", "云南省", "昆明海关", "河口公路口岸", "河口北山进境水果指定监管场地", "进境水果"],
    ["10", "新疆维吾尔自治区", "乌鲁木齐海关", "霍尔果斯公路口岸", "霍尔果斯进境粮食指定监管场地", "进境粮食"],
    ["11", "新疆维吾尔自治区", "乌鲁木齐海关", "阿拉山口铁路口岸", "阿拉山口综合保税区进境肉类指定监管场地", "进境肉类"],
]
A_R1_PLACES = [
    ["内蒙古自治区", "满洲里市"], ["山东省", "青岛市"], ["山东省", "日照市"],
    ["广西壮族自治区", "凭祥市"], ["广西壮族自治区", "东兴市"], ["广西壮族自治区", "钦州市"],
    ["重庆市"], ["云南省", "勐腊县"], ["云南省", "河口瑶族自治县"],
    ["新疆维吾尔自治区", "霍尔果斯市"], ["新疆维吾尔自治区", "阿拉山口市"],
]
A_H2 = ["序号", "省（区、市）", "直属海关", "场地名称", "取消类别", "原公布文件"]
A_R2 = [
    ["1", "黑龙江省", "哈尔滨海关", "绥芬河铁路口岸进境粮食指定监管场地", "进境粮食", "海关总署公告2021年第58号"],
    ["2", "吉林省", "长春海关", "珲春公路口岸进境冰鲜水产品指定监管场地", "进境冰鲜水产品", "海关总署公告2020年第112号"],
    ["3", "吉林省", "长春海关", "图们铁路口岸进境粮食指定监管场地", "进境粮食", "海关总署公告2021年第58号"],
]
A_R2_PLACES = [["黑龙江省", "绥芬河市"], ["吉林省", "珲春市"], ["吉林省", "图们市"]]


def make_a():
    doc = new_doc()
    red_head(doc, "海关总署公告", "2026年第37号", org_size=42, spacing=40)
    title(doc, A_TITLE_LINES, soft=True)
    body(doc, A_PRE)
    for it in A_ITEMS:
        body(doc, it)
    body(doc, "特此公告。")
    para(doc, "")
    para(doc, [("附件：1．" + A_ATT1_TITLE, FS)], first_indent_chars=2)
    para(doc, [("2．" + A_ATT2_TITLE, FS)], left_chars=5)
    signature(doc, "海关总署", "2026年3月12日", blank_lines=2)

    landscape_section(doc)
    para(doc, [("附件1", HT)])
    para(doc, [(A_ATT1_TITLE, XBS)], align=WD_ALIGN_PARAGRAPH.CENTER, size=20, line=32, after=8)
    table_with_merges(doc, A_H1, A_R1, merge_cols=[1, 2], widths_mm=[14, 36, 30, 44, 80, 26])
    page_break(doc)
    para(doc, [("附件2", HT)])
    para(doc, [(A_ATT2_TITLE, XBS)], align=WD_ALIGN_PARAGRAPH.CENTER, size=20, line=32, after=8)
    table_with_merges(doc, A_H2, A_R2, merge_cols=[1, 2], widths_mm=[14, 32, 30, 86, 34, 50])
    out = HERE / f"{A_STEM}.docx"
    doc.save(out)

    clauses = [A_PRE] + A_ITEMS + [row_clause(A_H1, r) for r in A_R1] + [row_clause(A_H2, r) for r in A_R2]
    spec = {}
    for r, pl in zip(A_R1, A_R1_PLACES):
        spec[row_clause(A_H1, r)[:40]] = pl
    for r, pl in zip(A_R2, A_R2_PLACES):
        spec[row_clause(A_H2, r)[:40]] = pl
    meta = {
        "title": "".join(A_TITLE_LINES),
        "doc_number": "海关总署公告2026年第37号",
        "issuer": ["海关总署"],
        "date": "2026-03-12",
        "published": None,
        "level": "national",
        "region": "全国",
        "effective": "2026-04-01",
        "expires": None,
        "attachments": [A_ATT1_TITLE, A_ATT2_TITLE],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return out, [{"meta": meta, "clauses": clauses, "applies_to": {"specific": spec}}]


# =========================================================== (b) 政策解读
B_STEM = "blind329_quanguo_jiedu"
B_TITLE_LINES = ["关于《海关总署关于公布2026年第一批进境", "指定监管场地名单的公告》的解读"]
B_INTRO = ("近日，海关总署发布2026年第37号公告（以下简称《公告》），公布2026年第一批进境指定监管场地名单。"
           "为便于社会公众和相关企业准确理解《公告》内容，现就有关问题解读如下。")
# each: (question line, [answer paragraphs], soft) — soft=True: the answer paragraphs sit in one Word
# paragraph separated by Shift+Enter line breaks.
B_QS = [
    ("一、出台背景是什么？", [
        "进境指定监管场地是符合海关监管作业场所（场地）设置规范，满足动植物疫病疫情防控需要，对特定进境高风险动植物及其产品实施查验、检验、检疫的监管作业场地。"
        "近年来，随着共建“一带一路”深入推进，中欧班列、中老铁路、西部陆海新通道等国际物流通道运量持续增长，沿线国家和地区粮食、水果、肉类、冰鲜水产品等农产品进口需求旺盛，"
        "部分陆路和沿海口岸现有场地能力已难以满足业务需要。",
        "为此，海关总署按照“统筹规划、合理布局、总量控制、动态管理”的原则，组织对各地申报的场地开展验收，对验收合格的场地予以公布，"
        "对长期未开展业务或不再符合要求的场地取消相应资质，制定了《公告》。",
    ], True),
    ("二、本次公布了哪些指定监管场地？", [
        "《公告》附件1共公布11个进境指定监管场地，分布在内蒙古、山东、广西、重庆、云南、新疆6个省（区、市），"
        "其中进境粮食类3个、进境水果类3个、进境肉类3个、进境冰鲜水产品类2个。",
        "同时，《公告》附件2列明了3个取消相应类别资质的指定监管场地，涉及黑龙江、吉林2个省。",
    ], False),
    ("三、指定监管场地运营单位应当注意哪些事项？", [
        "《公告》第二条明确：",
        "“二、指定监管场地运营单位应当严格落实《海关指定监管场地管理规范》要求，建立健全场地管理制度，配齐查验、检疫处理等设施设备，"
        "确保视频监控和信息化系统与海关联网运行，并于每年1月31日前向所在地直属海关报送上一年度场地运行情况。”",
        "运营单位应当对照上述要求开展自查，重点做好隔离区、查验区、检疫处理区的分区管理和防疫消毒工作，发现问题及时整改，确保场地持续符合规范要求。",
    ], False),
    ("四、《公告》何时施行？附件2所列场地中尚未完成查验的货物如何处理？", [
        "《公告》自2026年4月1日起施行。根据《公告》第四条，已在附件2所列场地存放、尚未完成查验的货物，由所在地海关按规定监管处置。"
        "货物收发货人或者其代理人可以向所在地海关申请，在海关监管下将货物转运至就近的同类别指定监管场地办理查验手续。",
    ], False),
]
B_SUBHEAD = "五、企业关心的其他问题"
B_PAIRS = [
    ("问：进口企业如何查询某一口岸是否设有相应类别的指定监管场地？",
     "答：海关总署对指定监管场地实施动态管理，企业可以登录海关总署门户网站，在“政务公开—指定监管场地名单”栏目查询，"
     "名单以海关总署门户网站公布的最新信息为准。也可以拨打12360海关服务热线咨询。"),
    ("问：霍尔果斯进境粮食指定监管场地正式运行后，经霍尔果斯铁路口岸进境的粮食能否在该场地查验？",
     "答：可以。霍尔果斯进境粮食指定监管场地正式运行后，经霍尔果斯公路口岸和铁路口岸进境的粮食，"
     "均可在海关监管下运抵该场地集中实施查验和检疫处理，不再需要转运至乌鲁木齐等地查验。"),
    ("问：运营单位未按期报送年度运行情况的，会有什么后果？",
     "答：所在地直属海关将依据《海关指定监管场地管理规范》责令其限期整改；整改期间暂停受理该场地相应类别的新增业务。"
     "逾期未整改或者整改后仍不符合要求的，海关总署将按程序取消其指定监管场地资质。"),
]
B_ORG = "海关总署口岸监管司"
B_DATE = "2026年3月13日"


def make_b():
    doc = new_doc()
    para(doc, "")
    title(doc, B_TITLE_LINES, soft=False)
    body(doc, B_INTRO)
    clauses = [B_INTRO]
    for q, answers, soft in B_QS:
        para(doc, [(q, HT)], first_indent_chars=2)
        if soft:
            parts = []
            for i, a in enumerate(answers):
                if i:
                    parts.append("\n")
                    parts.append(("　　", FS))  # they typed two full-width spaces after Shift+Enter
                parts.append((a, FS))
            para(doc, parts, first_indent_chars=2, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        else:
            for a in answers:
                if a.startswith("“"):
                    para(doc, [(a, KT)], left_chars=2, right_chars=2, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                else:
                    body(doc, a)
        clauses.append(q + "\n" + "\n".join(answers))
    para(doc, [(B_SUBHEAD, HT)], first_indent_chars=2)
    for q, a in B_PAIRS:
        para(doc, [(q[:2], HT), (q[2:], FS, True)], first_indent_chars=2, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        para(doc, [(a[:2], HT), (a[2:], FS)], first_indent_chars=2, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        clauses.append(q + "\n" + a)
    signature(doc, B_ORG, B_DATE, blank_lines=1)
    out = HERE / f"{B_STEM}.docx"
    doc.save(out)
    spec = {B_PAIRS[1][0][:30]: ["新疆维吾尔自治区", "霍尔果斯市"]}
    meta = {
        "title": "".join(B_TITLE_LINES),
        "doc_number": None,
        "issuer": [B_ORG],
        "date": "2026-03-13",
        "published": None,
        "level": "national",
        "region": "全国",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "政策解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return out, [{"meta": meta, "clauses": clauses, "applies_to": {"specific": spec}}]


# =========================================================== (c) 四川省商务厅 HTML
C_STEM = "blind329_sichuan_gonggao"
C_TITLE = "四川省商务厅关于2025年度全省跨境电子商务综合试验区评估结果的公告"
C_NO = "川商务公告〔2026〕3号"
C_PRE = ("为贯彻落实国务院关于跨境电子商务综合试验区建设的决策部署和《四川省跨境电子商务综合试验区建设考核评估办法（试行）》"
         "（川商务发〔2024〕58号）有关要求，省商务厅会同省委网信办、成都海关、省税务局、国家外汇管理局四川省分局等部门，"
         "对全省10个跨境电子商务综合试验区（以下简称综试区）2025年度建设发展情况开展了评估。现将评估结果公告如下：")
C_1 = ("一、评估结果。经综合评估，全省10个综试区评估结果分为“成效显著”“成效较好”“成效初显”“有待提升”四个档次"
       "（同一档次内按行政区划顺序排列）：")
C_GRADES = [
    ("1.成效显著（2个）：成都市、泸州市", ["成都市", "泸州市"]),
    ("2.成效较好（4个）：德阳市、绵阳市、南充市、宜宾市", ["德阳市", "绵阳市", "南充市", "宜宾市"]),
    ("3.成效初显（2个）：自贡市、达州市", ["自贡市", "达州市"]),
    ("4.有待提升（2个）：遂宁市、眉山市", ["遂宁市", "眉山市"]),
]
C_2H = "二、结果运用"
C_2 = [
    ("（一）对评估结果为“成效显著”的成都市、泸州市，在2026年省级外经贸发展专项资金分配中予以倾斜支持，"
     "优先推荐申报国家级跨境电商公共海外仓和产业园区示范项目。", ["成都市", "泸州市"]),
    ("（二）对评估结果为“有待提升”的遂宁市、眉山市，由省商务厅会同有关部门进行约谈，相关市人民政府应于2026年6月30日前"
     "向省商务厅报送整改方案。连续两个年度评估结果为“有待提升”的，报请省人民政府同意后取消其省级跨境电商综试区支持政策。",
     ["遂宁市", "眉山市"]),
    ("（三）评估结果将作为2026年度全省开放型经济工作考核和省级跨境电商示范产业园认定的重要参考。", None),
]
C_3 = ("三、工作要求。各综试区所在市人民政府要对照评估指标体系查找短板弱项，用好中欧班列（成渝）、西部陆海新通道等国际物流通道，"
       "加快培育跨境电商经营主体和海外仓，推动跨境电商与产业带深度融合，并于2026年12月15日前将本年度综试区建设情况报送省商务厅。")
C_CONTACT = "联系人：省商务厅对外贸易处　刘　颖　　联系电话：028-83220715"
C_ATTS = ["2025年度四川省跨境电子商务综合试验区评估指标体系", "2025年度四川省跨境电子商务综合试验区评估得分情况表"]


def make_c():
    grades_html = "\n".join(
        f'<p style="text-indent:2em;">{g}</p>' for g, _ in C_GRADES)
    res_html = "\n".join(f'<p style="text-indent:2em;">{t}</p>' for t, _ in C_2)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="四川省商务厅">
<meta name="SiteDomain" content="swt.sc.gov.cn">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{C_TITLE}">
<meta name="PubDate" content="2026-04-08 10:30">
<meta name="ContentSource" content="对外贸易处">
<title>{C_TITLE}_通知公告_四川省商务厅</title>
<style>
body{{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;background:#f3f3f3;color:#333}}
.top{{background:#b5171d;color:#fff;height:36px;line-height:36px;padding:0 40px;font-size:13px}}
.banner{{background:#fff;height:110px;padding:0 40px}} .banner h1{{color:#b5171d;font-size:34px;margin:0;line-height:110px}}
.nav{{background:#c8161d}} .nav a{{color:#fff;display:inline-block;padding:0 26px;line-height:46px;text-decoration:none;font-size:17px}}
.wrap{{width:1100px;margin:14px auto;background:#fff;padding:20px 40px}}
.crumb{{font-size:14px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px}}
.xxgk{{width:100%;border-collapse:collapse;margin:16px 0;font-size:14px;background:#f8f8f8}}
.xxgk td{{border:1px solid #e0e0e0;padding:6px 10px}}
.art-title{{text-align:center;font-size:26px;color:#222;margin:26px 0 10px;line-height:40px}}
.art-info{{text-align:center;font-size:14px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}}
.TRS_Editor p{{font-size:18px;line-height:36px;margin:0}}
.fujian a{{color:#1a4c9c}}
.share{{margin:30px 0 10px;font-size:14px;color:#666}}
.side{{font-size:14px}}
.footer{{background:#333;color:#bbb;text-align:center;font-size:13px;line-height:26px;padding:18px 0}}
</style>
<script type="text/javascript">
function doZoom(size){{var el=document.getElementById('zoom');var ps=el.getElementsByTagName('p');for(var i=0;i<ps.length;i++){{ps[i].style.fontSize=size+'px';}}}}
</script>
</head>
<body>
<div class="top">欢迎访问四川省商务厅门户网站　　<a href="#" style="color:#fff">无障碍浏览</a>　|　<a href="#" style="color:#fff">长者模式</a>　|　<a href="#" style="color:#fff">English</a>　　今天是：<span id="today">2026年4月8日 星期三</span></div>
<div class="banner"><h1>四川省商务厅</h1></div>
<div class="nav">
<a href="/">首页</a><a href="/sswt/jggk/">机构概况</a><a href="/sswt/zwgk/">政务公开</a><a href="/sswt/zwfw/">政务服务</a><a href="/sswt/hdjl/">互动交流</a><a href="/sswt/ztzl/">专题专栏</a>
</div>
<div class="wrap">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/sswt/zwgk/">政务公开</a> &gt; <a href="/sswt/tzgg/">通知公告</a></div>

<table class="xxgk">
<tr><td>索&nbsp;引&nbsp;号：</td><td>11510000MB1A72093K/2026-00041</td><td>主题分类：</td><td>商贸、海关、旅游/对外经贸合作</td></tr>
<tr><td>发布机构：</td><td>四川省商务厅</td><td>发文日期：</td><td>2026-04-03</td></tr>
<tr><td>文&emsp;&emsp;号：</td><td>{C_NO}</td><td>公开方式：</td><td>主动公开</td></tr>
<tr><td>标&emsp;&emsp;题：</td><td colspan="3">{C_TITLE}</td></tr>
</table>

<div class="art-title">{C_TITLE}</div>
<div class="art-info">发布时间：2026-04-08 10:30　　来源：对外贸易处　　浏览次数：<span id="hits">1436</span>　　字号：<a href="javascript:doZoom(22)">大</a> <a href="javascript:doZoom(18)">中</a> <a href="javascript:doZoom(15)">小</a>　　<a href="javascript:window.print()">打印本页</a></div>

<div class="TRS_Editor" id="zoom">
<p style="text-align:center;">{C_NO}</p>
<p>&nbsp;</p>
<p style="text-indent:2em;">{C_PRE}</p>
<p style="text-indent:2em;">{C_1}</p>
{grades_html}
<p style="text-indent:2em;"><strong>{C_2H}</strong></p>
{res_html}
<p style="text-indent:2em;">{C_3}</p>
<p style="text-indent:2em;">{C_CONTACT}</p>
<p>&nbsp;</p>
<p style="text-indent:2em;">附件：1.{C_ATTS[0]}</p>
<p style="text-indent:5em;">2.{C_ATTS[1]}</p>
<p>&nbsp;</p>
<p style="text-align:right;padding-right:4em;">四川省商务厅</p>
<p style="text-align:right;padding-right:3em;">2026年4月3日</p>
</div>

<div class="fujian">
<p>附件下载：</p>
<p><a href="/sswt/tzgg/2026/4/8/P020260408573912614208.pdf">1.{C_ATTS[0]}.pdf</a></p>
<p><a href="/sswt/tzgg/2026/4/8/P020260408573912941352.xlsx">2.{C_ATTS[1]}.xlsx</a></p>
</div>

<div class="share">分享到：<a href="#">微信</a>　<a href="#">微博</a>　<a href="#">QQ空间</a>　　　<a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="side">
<p>上一篇：<a href="/sswt/tzgg/2026/3/27/a1.shtml">四川省商务厅关于公布第二批省级跨境电子商务示范产业园名单的公告</a></p>
<p>下一篇：<a href="/sswt/tzgg/2026/4/10/a2.shtml">四川省商务厅关于开展2026年度外贸企业“出海”培训的通知</a></p>
<h3>相关阅读</h3>
<ul>
<li><a href="/sswt/zcjd/2026/4/8/b1.shtml">图解：2025年度全省跨境电商综试区评估结果</a> <span>2026-04-08</span></li>
<li><a href="/sswt/wjfb/2024/9/2/b2.shtml">四川省商务厅等8部门关于印发《四川省跨境电子商务综合试验区建设考核评估办法（试行）》的通知</a> <span>2024-09-02</span></li>
<li><a href="/sswt/tzgg/2025/4/15/b3.shtml">四川省商务厅关于2024年度全省跨境电子商务综合试验区评估结果的公告</a> <span>2025-04-15</span></li>
</ul>
</div>
</div>
<div class="footer">
<p><a href="#" style="color:#bbb">网站地图</a> | <a href="#" style="color:#bbb">联系我们</a> | <a href="#" style="color:#bbb">隐私声明</a></p>
<p>主办单位：四川省商务厅　　承办：四川省商务厅电子商务和信息化处　　地址：成都市青羊区东城根上街85号　　邮编：610015</p>
<p>蜀ICP备05017385号-2　　<span>川公网安备 51010502010846号</span>　　网站标识码：5100000051</p>
</div>
</body>
</html>
"""
    out = HERE / f"{C_STEM}.html"
    out.write_text(html, encoding="utf-8")
    clauses = [C_PRE, C_1] + [g for g, _ in C_GRADES] + [t for t, _ in C_2] + [C_3]
    spec = {}
    for g, pl in C_GRADES:
        spec[g[:20]] = pl
    for t, pl in C_2:
        if pl:
            spec[t[:25]] = pl
    meta = {
        "title": C_TITLE,
        "doc_number": C_NO,
        "issuer": ["四川省商务厅"],
        "date": "2026-04-03",
        "published": "2026-04-08",
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": C_ATTS,
        "doc_type": "公告",
        "recipients": [],
        "publicity": "主动公开",
        "repeals": None,
    }
    return out, [{"meta": meta, "clauses": clauses, "applies_to": {"specific": spec}}]


# =========================================================== (d) 云南省人民政府通告
D_STEM = "blind329_yunnan_tonggao"
D_TITLE_LINES = ["关于勐满口岸和关累港", "临时开放的通告"]
D_PRE = ("为服务中国—老挝、中国—缅甸边境地区经贸往来和2026年澜沧江—湄公河国际航运旅游活动，推动沿边地区更好融入共建“一带一路”，"
         "经国家口岸管理办公室同意，省人民政府决定对西双版纳傣族自治州勐腊县勐满口岸和关累港实施临时开放。现将有关事项通告如下：")
D_ITEMS = [
    # (run-in head, rest, places or None, head font)
    ("一、临时开放期限。", "勐满口岸临时开放期限为2026年5月1日至2026年10月31日；关累港临时开放期限为2026年6月1日至2026年9月30日。",
     ["勐腊县", "勐满口岸", "关累港"], HT),
    ("二、开放范围。", "勐满口岸临时开放期间，允许中国、老挝两国人员、交通运输工具和货物出入境；"
     "关累港临时开放期间，允许中国、老挝、缅甸、泰国籍船舶及其船员、旅客出入境，暂不办理货物进出境业务。",
     ["勐腊县", "勐满口岸", "关累港"], HT),
    ("三、通关时间。", "勐满口岸每日通关时间为8:00至18:00，关累港每日通关时间为8:00至17:30（均为北京时间）。"
     "遇特殊情况需调整通关时间的，由勐腊县人民政府商口岸查验机构报省人民政府口岸工作主管部门同意后，提前向社会公告。",
     ["勐腊县", "勐满口岸", "关累港"], HT),
    ("四、查验监管。", "临时开放期间，由西双版纳海关、西双版纳出入境边防检查站依法对出入境人员、交通运输工具和货物实施查验监管。"
     "查验机构应当合理配备人员和设施设备，落实“一站式”通关服务，提高通关效率。", None, HT),
]
D_5H = "五、工作要求"
D_5 = [
    ("（一）落实属地责任。", "西双版纳傣族自治州人民政府、勐腊县人民政府要切实履行属地管理责任，"
     "负责临时开放期间口岸区域的安全稳定、环境卫生、交通疏导和突发事件应急处置等工作。",
     ["西双版纳傣族自治州", "勐腊县"], KT),
    ("（二）加强联检协作。", "口岸查验机构要建立联合值班和信息共享机制，对出入境高峰时段提前研判、科学调配力量，"
     "严厉打击走私、偷渡等违法犯罪活动。", None, KT),
    ("（三）做好信息发布。", "省人民政府口岸工作主管部门和有关州（市）、县（市、区）人民政府要通过政府网站、口岸现场公告等方式，"
     "及时发布临时开放期限、通关时间和办理流程等信息。", None, KT),
]
D_6 = "六、出入境人员、交通运输工具和货物应当遵守我国有关法律法规，服从口岸查验机构的监督管理。对违反规定的，由有关部门依法处理。"
D_7 = "七、本通告自2026年5月1日起施行，有效期至2026年10月31日。临时开放期满后，勐满口岸和关累港停止办理出入境业务。"


def make_d():
    doc = new_doc()
    red_head(doc, "云南省人民政府通告", "第 2 号", org_size=40, spacing=20)
    title(doc, D_TITLE_LINES, soft=False)
    body(doc, D_PRE)
    clauses = [D_PRE]
    spec = {D_PRE[:25]: ["勐腊县", "勐满口岸", "关累港"]}
    for h, rest, pl, f in D_ITEMS:
        runin(doc, h, rest, f)
        clauses.append(h + rest)
        if pl:
            spec[(h + rest)[:25]] = pl
    para(doc, [(D_5H, HT)], first_indent_chars=2)
    for h, rest, pl, f in D_5:
        runin(doc, h, rest, f)
        clauses.append(h + rest)
        if pl:
            spec[(h + rest)[:25]] = pl
    body(doc, D_6)
    body(doc, D_7)
    clauses += [D_6, D_7]
    spec[D_7[:25]] = ["勐腊县", "勐满口岸", "关累港"]
    signature(doc, "云南省人民政府", "2026年4月20日", blank_lines=2)
    para(doc, [("（此件公开发布）", FS)], first_indent_chars=2)
    banji(doc, ["抄送：国家口岸管理办公室，昆明海关，云南出入境边防检查总站。",
                "省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，云南省军区。"],
          "云南省人民政府办公厅", "2026年4月21日")
    out = HERE / f"{D_STEM}.docx"
    doc.save(out)
    meta = {
        "title": "".join(D_TITLE_LINES),
        "doc_number": "云南省人民政府通告第2号",
        "issuer": ["云南省人民政府"],
        "date": "2026-04-20",
        "published": "2026-04-21",
        "level": "provincial",
        "region": "云南省",
        "effective": "2026-05-01",
        "expires": "2026-10-31",
        "attachments": [],
        "doc_type": "通告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return out, [{"meta": meta, "clauses": clauses, "applies_to": {"specific": spec}}]


# ----------------------------------------------------------------- main
def to_pdf(paths):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: PDFs not written")
        return
    subprocess.run([soffice, "--headless", "-env:UserInstallation=file:///tmp/lo_329",
                    "--convert-to", "pdf", "--outdir", str(HERE)] + [str(p) for p in paths],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    docx_files = []
    for fn, stem in ((make_a, A_STEM), (make_b, B_STEM), (make_c, C_STEM), (make_d, D_STEM)):
        out, docs = fn()
        expected[stem] = docs
        if out.suffix == ".docx":
            docx_files.append(out)
    to_pdf(docx_files)
    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for stem, docs in expected.items():
        print(stem, sum(len(d["clauses"]) for d in docs), "clauses")


if __name__ == "__main__":
    main()
