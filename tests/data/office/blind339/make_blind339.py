# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 339: 批复 / 复函 / 代表建议答复 between levels of government
on 自贸试验区 and 一带一路 matters.  Writes 3 × (.docx + .pdf via LibreOffice), one .html
and expected.json next to itself.

Run:  . /work/venv/bin/activate && python make_blind339.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
FS, XBS, HT, KT, ST = "仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "宋体"
C, L, R = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT
EXPECTED = {}


# ------------------------------------------------------------------ helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rFonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=0, line=28, before=0, after=0, exact=True):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    else:
        pf.line_spacing = 1.0
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pPr = p._p.get_or_add_pPr()
        ind = OxmlElement("w:ind")
        ind.set(qn("w:firstLineChars"), str(indent * 100))
        ind.set(qn("w:firstLine"), str(indent * 320))
        pPr.append(ind)
    return p


def par(container, runs, align=None, indent=0, line=28, before=0, after=0):
    """runs: list of (text, font, size, bold, color) or plain str (仿宋三号).
    '\v' inside a text = soft line break (Shift+Enter)."""
    p = container.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16)]
    for r in runs:
        text, font, size, bold, color = (list(r) + [None] * 5)[:5]
        for i, part in enumerate(text.split("\v")):
            if i:
                br = p.add_run()
                br.add_break()
                set_font(br, font, size)
            set_font(p.add_run(part), font, size, bold, color)
    fmt(p, align, indent, line, before, after)
    return p


def blank(container, n=1, line=28):
    for _ in range(n):
        fmt(container.add_paragraph(), line=line)


def border(p, edge="bottom", color="FF0000", sz=18, val="single", space=4):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn("w:pBdr"))
    if pBdr is None:
        pBdr = OxmlElement("w:pBdr")
        pPr.append(pBdr)
    b = OxmlElement("w:" + edge)
    b.set(qn("w:val"), val)
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pBdr.append(b)


def page_setup(sec):
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(22)
    sec.header_distance = Mm(15)


def _page_field(p):
    def fld(kind):
        r = p.add_run()
        set_font(r, ST, 14)
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._element.append(el)
    set_font(p.add_run("— "), ST, 14)
    fld("begin")
    r = p.add_run()
    set_font(r, ST, 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    fld("separate")
    set_font(p.add_run("1"), ST, 14)
    fld("end")
    set_font(p.add_run(" —"), ST, 14)


def page_numbers(doc, sec):
    """GB/T 9704: odd pages right, even pages left, one character in."""
    doc.settings.odd_and_even_pages_header_footer = True
    p = sec.footer.paragraphs[0]
    _page_field(p)
    fmt(p, R, exact=False)
    p.paragraph_format.right_indent = Pt(14)
    p = sec.even_page_footer.paragraphs[0]
    _page_field(p)
    fmt(p, L, exact=False)
    p.paragraph_format.left_indent = Pt(14)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_setup(doc.sections[0])
    page_numbers(doc, doc.sections[0])
    return doc


def table_borders(table, grid=True, sz=4):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        if grid:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def table_widths(table, widths_mm):
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_mm):
                c.width = Mm(widths_mm[i])
    for i, gc in enumerate(table._tbl.tblGrid.findall(qn("w:gridCol"))):
        if i < len(widths_mm):
            gc.set(qn("w:w"), str(int(widths_mm[i] / 25.4 * 1440)))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_write(cell, text, font=FS, size=12, bold=False, align=C, line=None):
    p0 = cell.paragraphs[0]
    for r in list(p0.runs):
        r._r.getparent().remove(r._r)
    for i, part in enumerate(text.split("\v")):
        if i:
            p0.add_run().add_break()
        set_font(p0.add_run(part), font, size, bold)
    p0.alignment = align
    pf = p0.paragraph_format
    pf.space_before = pf.space_after = Pt(0)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    else:
        pf.line_spacing = 1.0
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def row_clause(pairs):
    return "；".join(f"{k}：{v}" for k, v in pairs if v not in (None, ""))


def clean(text):
    return text.replace("\v", "")


def body(doc, clauses, text, runin=None, runin_font=KT, indent=2, count=True):
    """A body paragraph. runin = the run-in heading at its start (other font)."""
    if runin:
        assert text.startswith(runin), runin
        runs = [(runin, runin_font, 16), (text[len(runin):], FS, 16)]
    else:
        runs = [(text, FS, 16)]
    par(doc, runs, L if indent else None, indent=indent)
    if count:
        clauses.append(clean(text))


def heading(doc, text, font=HT):
    par(doc, [(text, font, 16)], L, indent=2)


def banji(doc, chaosong, org, date_text, width=156):
    """版记: 抄送 + 印发机关/印发日期, with the thick/thin rules of GB/T 9704."""
    blank(doc, 1)
    p = par(doc, [("抄送：" + chaosong, FS, 14)], L, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, space=2)
    border(p, "bottom", "000000", 4, space=2)
    p = par(doc, [(org + "\t" + date_text + "印发", FS, 14)], L, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(width - 5), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 8, space=2)


def signature(doc, organ, date_text, gap=2):
    blank(doc, gap)
    p = par(doc, [(organ, FS, 16)], R)
    p.paragraph_format.right_indent = Pt(16 * 4)
    p = par(doc, [(date_text, FS, 16)], R)
    p.paragraph_format.right_indent = Pt(16 * 4)


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_339",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)


# ======================================================= (a) 湖北省人民政府 批复
def make_hubei():
    stem = "blind339_hubei_pifu"
    doc = new_doc()
    cl, spec = [], {}

    # 版头: 发文机关标志 in red, 发文字号 centred, red rule
    blank(doc, 2)
    par(doc, [("湖北省人民政府", XBS, 42, False, RED)], C, line=56)
    blank(doc, 1)
    p = par(doc, [("鄂政函〔2025〕87号", FS, 16)], C)
    border(p, "bottom", "FF0000", 18, space=8)
    blank(doc, 1)

    title = "湖北省人民政府关于同意十堰市申请设立十堰综合保税区的批复"
    # title broken with a soft line break
    par(doc, [("湖北省人民政府关于同意十堰市申请设立\v十堰综合保税区的批复", XBS, 22)], C, line=35)
    blank(doc, 1)
    par(doc, [("十堰市人民政府：", FS, 16)], L)

    body(doc, cl, "你市《关于申请设立十堰综合保税区的请示》（十政〔2025〕19号）收悉。现批复如下：")
    body(doc, cl,
         "一、同意十堰市申请设立十堰综合保税区（以下简称综保区），由省人民政府按程序向国务院请示。"
         "\v综保区选址位于十堰经济技术开发区，规划面积0.86平方公里，分两个区块：A区块0.62平方公里，位于白浪东路以南、"
         "工业新区大道以西；B区块0.24平方公里，位于十堰铁路物流基地西侧（具体四至范围及拐点坐标见附件）。")
    body(doc, cl,
         "二、十堰市人民政府是综保区申建工作的责任主体，要对照海关特殊监管区域设立审核有关要求，"
         "扎实做好以下工作：")
    body(doc, cl,
         "（一）高标准规划建设。按照海关特殊监管区域基础和监管设施验收标准，统筹建设隔离围网、卡口、"
         "查验场地、视频监控和信息化辅助管理系统等设施，确保基础和监管设施一次性建成、一次性通过验收。",
         runin="（一）高标准规划建设。")
    body(doc, cl,
         "（二）突出汽车产业特色。立足十堰商用车及零部件产业基础，重点发展保税加工、保税物流、保税研发、"
         "保税检测维修等业态，积极引进整车出口配套、二手车出口集拼、跨境电商等项目，打造面向共建“一带一路”"
         "国家的汽车及零部件出口基地。",
         runin="（二）突出汽车产业特色。")
    body(doc, cl,
         "（三）坚持生态优先。十堰市地处南水北调中线工程核心水源区，要把生态环境保护放在综保区规划建设的首位，"
         "严格执行规划环境影响评价和“三线一单”生态环境分区管控要求。",
         runin="（三）坚持生态优先。")
    body(doc, cl,
         "（四）集约节约用地。严格落实国土空间规划和产业用地标准，将综保区用地纳入十堰经济技术开发区"
         "国土空间详细规划统筹保障，不得占用永久基本农田和生态保护红线。",
         runin="（四）集约节约用地。")
    body(doc, cl,
         "三、综保区获批设立后，要严格执行海关特殊监管区域管理有关规定，实行封闭管理。区内不得建设商业性生活消费设施、"
         "不得开展商业零售业务，除安全保卫人员外不得有其他人员居住；入区项目须符合综保区产业定位，"
         "严禁引进高耗能、高排放和水污染风险大的项目。")
    spec["三、综保区获批设立后，要严格执行海关特殊"] = ["十堰综合保税区"]
    body(doc, cl,
         "四、支持丹江口市、郧阳区依托现有产业园区与综保区开展“区区联动”，建设保税物流和出口加工配套基地，"
         "符合条件的按规定申请设立保税仓库、出口监管仓库。")
    spec["四、支持丹江口市、郧阳区依托现有产业园区"] = ["丹江口市", "郧阳区"]
    body(doc, cl,
         "五、省发展改革委、省商务厅、省自然资源厅、省生态环境厅等省直有关部门和武汉海关要按照职责分工，"
         "加强对综保区申建工作的指导和支持，在用地保障、项目布局、通关便利化等方面给予倾斜。"
         "省商务厅要会同武汉海关做好申报材料审核和预验收工作。")
    body(doc, cl,
         "六、十堰市人民政府要切实加强组织领导，建立综保区申建工作专班，落实建设资金，"
         "申建过程中的重大事项要及时向省人民政府请示报告。")
    body(doc, cl, "此复。", count=False)
    blank(doc, 1)
    par(doc, [("附件：十堰综合保税区四至范围及拐点坐标", FS, 16)], L, indent=2)
    signature(doc, "湖北省人民政府", "2025年6月18日", gap=3)
    blank(doc, 1)
    par(doc, [("（此件公开发布）", FS, 16)], L, indent=2)

    # 附件 in a new section (new page), page numbers continue
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec)
    par(doc, [("附件", HT, 16)], L)
    blank(doc, 1)
    par(doc, [("十堰综合保税区四至范围及拐点坐标", XBS, 22)], C, line=35)
    blank(doc, 1)
    cols = ["区块", "拐点编号", "X坐标（m）", "Y坐标（m）", "面积（平方公里）"]
    pts = [
        ("A区块", "J1", "3608420.315", "37481105.226"),
        ("A区块", "J2", "3608436.882", "37482012.540"),
        ("A区块", "J3", "3607748.105", "37482031.671"),
        ("A区块", "J4", "3607729.466", "37481540.918"),
        ("A区块", "J5", "3607741.230", "37481118.034"),
        ("B区块", "J6", "3606912.447", "37479830.115"),
        ("B区块", "J7", "3606921.703", "37480431.286"),
        ("B区块", "J8", "3606520.158", "37480437.902"),
        ("B区块", "J9", "3606511.390", "37479836.521"),
    ]
    area = {"A区块": "0.62", "B区块": "0.24"}
    t = doc.add_table(rows=1 + len(pts) + 1, cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    for i, h in enumerate(cols):
        cell_write(t.rows[0].cells[i], h, HT, 14)
    repeat_header(t.rows[0])
    for r, (blk, no, x, y) in enumerate(pts, start=1):
        cells = t.rows[r].cells
        if r == 1 or pts[r - 2][0] != blk:
            cell_write(cells[0], blk, FS, 14)
            cell_write(cells[4], area[blk], FS, 14)
        cell_write(cells[1], no, FS, 14)
        cell_write(cells[2], x, FS, 14)
        cell_write(cells[3], y, FS, 14)
        cl.append(row_clause([("区块", blk), ("拐点编号", no), ("X坐标（m）", x),
                              ("Y坐标（m）", y), ("面积（平方公里）", area[blk])]))
    # vertical merges 区块 / 面积
    t.cell(1, 0).merge(t.cell(5, 0))
    t.cell(6, 0).merge(t.cell(9, 0))
    t.cell(1, 4).merge(t.cell(5, 4))
    t.cell(6, 4).merge(t.cell(9, 4))
    last = len(pts) + 1
    cell_write(t.cell(last, 0), "合计", HT, 14)
    t.cell(last, 0).merge(t.cell(last, 3))
    cell_write(t.cell(last, 4), "0.86", FS, 14)
    cl.append(row_clause([("区块", "合计"), ("面积（平方公里）", "0.86")]))
    table_widths(t, [26, 22, 38, 40, 30])
    p = par(doc, [("注：坐标系为2000国家大地坐标系，3度分带，中央经线东经111°。", FS, 12)], L, line=22)
    # the 注 above is a table note, not a clause
    blank(doc, 4)
    banji(doc, "省委各部门，省人大常委会办公厅，省政协办公厅。\v　　　省发展改革委、省财政厅、省自然资源厅、"
               "省生态环境厅、省交通运输厅、省商务厅，武汉海关。",
          "湖北省人民政府办公厅", "2025年6月19日")
    save(doc, stem)

    EXPECTED[stem] = [{
        "meta": {"title": title, "doc_number": "鄂政函〔2025〕87号", "issuer": ["湖北省人民政府"],
                 "date": "2025-06-18", "published": "2025-06-19", "level": "provincial",
                 "region": "湖北省十堰市", "effective": None, "expires": None,
                 "attachments": ["十堰综合保税区四至范围及拐点坐标"], "doc_type": "批复",
                 "recipients": ["十堰市人民政府"], "publicity": "此件公开发布", "repeals": None},
        "clauses": cl,
        "applies_to": {"specific": spec},
    }]


# ======================================================= (b) 商务部办公厅 复函
def make_mofcom():
    stem = "blind339_shangwubu_fuhan"
    doc = new_doc()
    cl, spec = [], {}

    # 信函格式版头: red organ name, red double rule, 文号 at right below
    par(doc, [("中华人民共和国商务部办公厅", XBS, 30, False, RED)], C, line=42)
    p = par(doc, [("", FS, 8)], C, line=8)
    border(p, "bottom", "FF0000", 24, val="thickThinSmallGap", space=1)
    par(doc, [("商办资函〔2025〕412号", FS, 16)], R, before=6)
    blank(doc, 1)

    title = "商务部办公厅关于支持中国（云南）自由贸易试验区深化外商投资促进和沿边开放有关事项的复函"
    # title on three separate paragraphs
    par(doc, [("商务部办公厅关于支持中国（云南）", XBS, 22)], C, line=35)
    par(doc, [("自由贸易试验区深化外商投资促进和", XBS, 22)], C, line=35)
    par(doc, [("沿边开放有关事项的复函", XBS, 22)], C, line=35)
    blank(doc, 1)
    par(doc, [("云南省商务厅：", FS, 16)], L)

    body(doc, cl, "你厅《关于恳请支持中国（云南）自由贸易试验区深化外商投资促进和沿边开放有关事项的函》"
                  "（云商资函〔2025〕37号）收悉。经研究，现函复如下：")
    heading(doc, "一、关于外商投资准入便利化改革")
    body(doc, cl,
         "支持中国（云南）自由贸易试验区昆明片区（以下简称昆明片区）开展外商投资企业设立登记“一表申报、一窗受理、"
         "一网通办”改革试点，推动外商投资信息报告与市场主体登记、银行开户、外汇登记等事项“一次办结”，"
         "将外资企业开办时间压缩至2个工作日以内。昆明片区要会同市场监管、外汇管理等部门制定试点实施方案，"
         "试点期限为2年，试点期满后我部将会同有关部门开展评估。")
    spec["支持中国（云南）自由贸易试验区昆明片区（以下简称昆明片区）"] = ["中国（云南）自由贸易试验区昆明片区"]
    body(doc, cl,
         "对你厅提出的在自贸试验区进一步放宽医疗、职业教育等领域外资准入限制的建议，我部将结合"
         "《自由贸易试验区外商投资准入特别管理措施（负面清单）》修订工作统筹研究。在负面清单调整前，"
         "自贸试验区各片区要严格执行现行特别管理措施，不得自行突破。")
    body(doc, cl,
         "二、关于建设中越跨境产业合作平台。支持中国（云南）自由贸易试验区红河片区（以下简称红河片区）依托河口口岸，"
         "与越南老街省开展跨境产业合作，探索“境内研发制造+境外组装”“两国双园”等合作模式，引导电子信息、"
         "农产品精深加工等产业向红河片区有序集聚。我部将指导红河片区用好边境（跨境）经济合作区相关政策，"
         "在跨境劳务合作、跨境产能合作项目推介等方面给予支持。",
         runin="二、关于建设中越跨境产业合作平台。", runin_font=HT)
    spec["二、关于建设中越跨境产业合作平台。支持中国"] = ["中国（云南）自由贸易试验区红河片区"]
    body(doc, cl,
         "三、关于边民互市贸易创新发展。支持中国（云南）自由贸易试验区德宏片区（以下简称德宏片区）开展边民互市贸易"
         "进口商品落地加工试点，完善“互市+加工+物流”发展模式，推动互市贸易由“通道经济”向“落地经济”转变。"
         "德宏片区要会同海关等部门健全互市商品质量安全和溯源管理制度，严防借道互市贸易从事走私等违法违规活动。",
         runin="三、关于边民互市贸易创新发展。", runin_font=HT)
    spec["三、关于边民互市贸易创新发展。支持中国（云南"] = ["中国（云南）自由贸易试验区德宏片区"]
    body(doc, cl,
         "四、关于投资促进和外资企业服务保障。支持云南省在2026年第10届中国—南亚博览会期间举办自贸试验区专场"
         "投资推介会，将中国（云南）自由贸易试验区符合条件的重点外资项目纳入“投资中国”品牌活动项目库和"
         "重大外资项目工作专班服务范围。请你厅指导各片区健全外资企业圆桌会议制度和外资企业问题诉求“直通车”机制，"
         "及时协调解决外资企业在投资经营中反映的困难问题。",
         runin="四、关于投资促进和外资企业服务保障。", runin_font=HT)
    body(doc, cl,
         "五、关于涉及其他部门职责的事项。你厅来函中提出的在德宏片区开展跨境人民币结算便利化试点、"
         "扩大边境口岸进境水果指定监管场地等事项，涉及中国人民银行、海关总署等部门职责，"
         "我部已将有关意见转送相关部门研究办理。",
         runin="五、关于涉及其他部门职责的事项。", runin_font=HT)
    body(doc, cl,
         "请你厅会同中国（云南）自由贸易试验区工作办公室加强对各片区的指导，压实片区主体责任，"
         "对试点中出现的新情况新问题及时研究解决，每半年将试点进展情况报送我部（外国投资管理司）。")
    body(doc, cl, "特此函复。", count=False)
    signature(doc, "商务部办公厅", "2025年9月26日", gap=3)
    blank(doc, 1)
    par(doc, [("（此件公开发布）", FS, 16)], L, indent=2)
    par(doc, [("（联系人：外国投资管理司　周凯；电话：010-65197432）", FS, 16)], L, indent=2)
    blank(doc, 5)
    banji(doc, "外交部、国家发展改革委、公安部、司法部、人民银行、海关总署、市场监管总局、国家外汇局，"
               "云南省人民政府办公厅，昆明海关。",
          "商务部办公厅", "2025年9月28日")
    save(doc, stem)

    EXPECTED[stem] = [{
        "meta": {"title": title, "doc_number": "商办资函〔2025〕412号", "issuer": ["商务部办公厅"],
                 "date": "2025-09-26", "published": "2025-09-28", "level": "national",
                 "region": "中国（云南）自由贸易试验区", "effective": None, "expires": None,
                 "attachments": [], "doc_type": "复函", "recipients": ["云南省商务厅"],
                 "publicity": "此件公开发布", "repeals": None},
        "clauses": cl,
        "applies_to": {"specific": spec},
    }]


# ======================================================= (c) 连云港市商务局 代表建议答复
def make_lianyungang():
    stem = "blind339_lianyungang_dafu"
    doc = new_doc()
    cl, spec = [], {}

    par(doc, [("答复类别：A类", HT, 16)], L)
    blank(doc, 1)
    par(doc, [("连云港市商务局", XBS, 42, False, RED)], C, line=56)
    blank(doc, 1)
    # 文号 left, 签发人 right, laid out as a borderless two-cell table
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, grid=False)
    cell_write(t.cell(0, 0), "连商建〔2025〕23号", FS, 16, align=L)
    c = t.cell(0, 1)
    p0 = c.paragraphs[0]
    set_font(p0.add_run("签发人："), FS, 16)
    set_font(p0.add_run("李卫东"), KT, 16)
    p0.alignment = R
    table_widths(t, [78, 78])
    p = par(doc, [("", FS, 8)], C, line=8)
    border(p, "bottom", "FF0000", 18, space=1)
    blank(doc, 1)

    title = "关于市十七届人大四次会议第0123号代表建议的答复"
    par(doc, [("关于市十七届人大四次会议\v第0123号代表建议的答复", XBS, 22)], C, line=35)
    blank(doc, 1)
    par(doc, [("孙立群代表：", FS, 16)], L)
    body(doc, cl,
         "您提出的《关于加快跨境电商发展助推连云港“一带一路”强支点建设的建议》（第0123号）收悉。"
         "感谢您对全市开放型经济发展的关心和支持。我局高度重视，会同市财政局、市交通运输局、连云港海关和"
         "中国（江苏）自由贸易试验区连云港片区管委会等单位认真研究办理，现答复如下：")
    heading(doc, "一、全市跨境电商发展基本情况")
    body(doc, cl,
         "近年来，我市依托中国（连云港）跨境电子商务综合试验区建设，加快培育外贸新业态新模式，跨境电商规模持续扩大。"
         "截至2024年底，全市备案跨境电商企业达到1126家，建成跨境电商产业园8个、公共海外仓14个，"
         "覆盖共建“一带一路”国家和地区23个；9610、9710、9810、1210等监管方式全面落地。"
         "2022年以来全市跨境电商进出口情况如下：")
    # two-level header table
    data = [("2022年", "41.3", "29.8", "11.5", "18.6"),
            ("2023年", "52.7", "39.2", "13.5", "27.6"),
            ("2024年", "66.9", "51.4", "15.5", "26.9")]
    t = doc.add_table(rows=2 + len(data), cols=5)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    cell_write(t.cell(0, 0), "年度", HT, 14)
    cell_write(t.cell(0, 1), "进出口额（亿元）", HT, 14)
    cell_write(t.cell(0, 2), "其中", HT, 14)
    cell_write(t.cell(0, 4), "同比增长（%）", HT, 14)
    cell_write(t.cell(1, 2), "出口", HT, 14)
    cell_write(t.cell(1, 3), "进口", HT, 14)
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 2).merge(t.cell(0, 3))
    t.cell(0, 4).merge(t.cell(1, 4))
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for r, row in enumerate(data, start=2):
        for i, v in enumerate(row):
            cell_write(t.cell(r, i), v, FS, 14)
        cl.append(row_clause(list(zip(["年度", "进出口额（亿元）", "出口", "进口", "同比增长（%）"], row))))
    table_widths(t, [28, 36, 30, 30, 32])
    body(doc, cl,
         "同时也要看到，我市跨境电商仍存在龙头企业偏少、物流成本偏高、本地产业带与跨境电商融合不够等短板，"
         "您在建议中提出的问题切中要害，对我们改进工作很有帮助。")
    heading(doc, "二、下一步工作措施")
    body(doc, cl,
         "（一）加快综试区提质升级。以中国（连云港）跨境电子商务综合试验区考核评估为抓手，完善线上综合服务平台和"
         "线下产业园区“两平台”功能，推动跨境电商与海铁联运、中欧班列、海外仓协同发展。力争到2026年，"
         "全市跨境电商进出口额突破90亿元，培育年进出口额超亿元的跨境电商企业15家以上。",
         runin="（一）加快综试区提质升级。")
    body(doc, cl,
         "（二）畅通跨境物流通道。依托中哈（连云港）物流合作基地和上合组织（连云港）国际物流园，常态化开行跨境电商"
         "“班列+海运”联运专线，加密至阿拉木图、塔什干、比什凯克等中亚城市的班列线路；支持企业在哈萨克斯坦、"
         "乌兹别克斯坦等共建“一带一路”国家布局海外仓，提升“最后一公里”配送能力。",
         runin="（二）畅通跨境物流通道。")
    body(doc, cl,
         "（三）推动产业带“跨境出海”。支持东海县建设水晶跨境电商产业园，打造全国知名的水晶饰品跨境电商供货基地；"
         "支持赣榆区发展海产品、服装等特色产业跨境电商，组织企业开展跨境电商平台专题培训和选品对接活动。",
         runin="（三）推动产业带“跨境出海”。")
    spec["（三）推动产业带“跨境出海”。支持东海县建设"] = ["东海县", "赣榆区"]
    body(doc, cl,
         "（四）发挥自贸片区和综保区平台作用。支持中国（江苏）自由贸易试验区连云港片区开展跨境电商制度创新，"
         "探索跨境电商出口退货“一站式”监管模式；推动连云港综合保税区拓展“保税备货+直播销售”"
         "“保税维修+跨境电商”等新业态，年内实现跨境电商零售进口（1210）业务常态化运作。",
         runin="（四）发挥自贸片区和综保区平台作用。")
    spec["（四）发挥自贸片区和综保区平台作用。支持中国"] = ["中国（江苏）自由贸易试验区连云港片区",
                                                  "连云港综合保税区"]
    body(doc, cl,
         "三、关于设立跨境电商专项扶持资金。经与市财政局会商，2025年市级商务发展专项资金中安排2000万元"
         "用于支持跨境电商发展，具体支持方向如下：",
         runin="三、关于设立跨境电商专项扶持资金。", runin_font=HT)
    body(doc, cl,
         "1.出口规模奖励。对年度跨境电商出口额首次突破1000万美元、3000万美元的企业，分别给予一次性奖励20万元、50万元。",
         runin="1.出口规模奖励。", runin_font=FS)
    body(doc, cl,
         "2.海外仓建设补助。对我市企业在共建“一带一路”国家新建或租赁海外仓的，按以下标准给予支持：",
         runin="2.海外仓建设补助。", runin_font=FS)
    body(doc, cl, "（1）自建海外仓面积达到3000平方米以上的，按实际建设投入的20%给予补助，最高不超过150万元；")
    body(doc, cl, "（2）租赁海外仓面积达到2000平方米以上且租期1年以上的，按年度租金的30%给予补助，"
                  "最高不超过50万元。")
    body(doc, cl,
         "3.人才培训支持。对跨境电商企业组织员工参加我局认定的跨境电商专业培训的，按实际培训费用的50%给予补贴，"
         "每家企业每年最高不超过10万元。",
         runin="3.人才培训支持。", runin_font=FS)
    body(doc, cl, "具体申报指南由我局会同市财政局另行发布。")
    body(doc, cl, "再次感谢您对商务工作的关心和支持，欢迎继续提出宝贵意见和建议。", count=False)
    blank(doc, 1)
    par(doc, [("联系人及电话：周晓敏（对外贸易发展处）\v　　　　　　　0518-85623417", FS, 16)], L, indent=2)
    signature(doc, "连云港市商务局", "2025年6月20日", gap=2)
    blank(doc, 1)
    par(doc, [("（此件公开发布）", FS, 16)], L, indent=2)
    blank(doc, 3)
    banji(doc, "市人大常委会代表工委，市政府办公室，市财政局，连云港海关。",
          "连云港市商务局办公室", "2025年6月20日")
    save(doc, stem)

    EXPECTED[stem] = [{
        "meta": {"title": title, "doc_number": "连商建〔2025〕23号", "issuer": ["连云港市商务局"],
                 "date": "2025-06-20", "published": "2025-06-20", "level": "municipal",
                 "region": "连云港市", "effective": None, "expires": None,
                 "attachments": [], "doc_type": "建议答复", "recipients": ["孙立群代表"],
                 "publicity": "此件公开发布", "repeals": None},
        "clauses": cl,
        "applies_to": {"specific": spec},
    }]


# ======================================================= (d) 浙江 政府信息公开 HTML
def make_zhejiang():
    stem = "blind339_zhejiang_gongkai"
    cl, spec = [], {}
    title = "浙江省人民政府关于同意调整扩大温州、台州自贸试验区联动创新区范围的批复"
    paras = []  # (html, clause or None)

    def P(text, clause=True):
        paras.append(text)
        if clause:
            cl.append(text)

    P("温州市人民政府《关于调整扩大温州自贸试验区联动创新区范围的请示》（温政〔2025〕61号）、台州市人民政府"
      "《关于调整扩大台州自贸试验区联动创新区范围的请示》（台政〔2025〕74号）收悉。经研究，现批复如下：")
    P("一、同意调整扩大温州自贸试验区联动创新区范围，新增瓯江口产业集聚区区块2.36平方公里、温州综合保税区区块"
      "0.93平方公里，调整后温州自贸试验区联动创新区总面积为9.27平方公里。")
    spec["一、同意调整扩大温州自贸试验区联动创新区范围"] = ["温州市"]
    P("二、同意调整扩大台州自贸试验区联动创新区范围，新增台州湾新区区块1.85平方公里、路桥区块0.78平方公里，"
      "调整后台州自贸试验区联动创新区总面积为6.75平方公里。")
    spec["二、同意调整扩大台州自贸试验区联动创新区范围"] = ["台州市"]
    P("三、温州市、台州市人民政府要切实履行主体责任，对标中国（浙江）自由贸易试验区改革试点任务，"
      "聚焦特色产业开展差异化探索：")
    spec["三、温州市、台州市人民政府要切实履行主体责任"] = ["温州市", "台州市"]
    P("（一）温州自贸试验区联动创新区要发挥民营经济和侨贸资源优势，重点发展数字贸易、跨境电商和“一带一路”"
      "侨商回归项目，探索市场采购贸易与跨境电商融合发展。")
    spec["（一）温州自贸试验区联动创新区要发挥民营经济"] = ["温州市"]
    P("（二）台州自贸试验区联动创新区要立足汽车、医药化工和模具等制造业基础，重点发展保税研发、国际航行船舶"
      "保税油供应和先进制造业“走出去”，推动头门港与宁波舟山港联动发展。")
    spec["（二）台州自贸试验区联动创新区要立足汽车、医"] = ["台州市"]
    P("四、新增区块要严格落实国土空间规划，不得占用永久基本农田和生态保护红线，不涉及新增建设用地指标，"
      "不享受自由贸易试验区专项政策中需国家授权的事项。")
    spec["四、新增区块要严格落实国土空间规划，不得占用"] = ["温州市", "台州市"]
    P("五、省商务厅（省自贸办）要会同省级有关部门加强对联动创新区的指导服务和评估考核，推动自贸试验区"
      "改革试点经验在联动创新区率先复制推广，重大事项及时向省人民政府报告。")
    P("特此批复。", clause=False)

    rows = [
        ("温州市", "温州经济技术开发区区块", "3.52", "东至滨海大道，南至滨海十五路，西至甬台温高速复线，北至瓯江南岸", "原有"),
        ("温州市", "乐清湾港区区块", "2.46", "东至乐清湾，南至港区二路，西至沿海产业带大道，北至港区六路", "原有"),
        ("温州市", "瓯江口产业集聚区区块", "2.36", "东至灵昆大道，南至瓯江口新区三路，西至霓屿大桥连接线，北至瓯江", "新增"),
        ("温州市", "温州综合保税区区块", "0.93", "以温州综合保税区围网范围为界", "新增"),
        ("台州市", "头门港区块", "3.10", "东至东海，南至头门港大道，西至沿海高速，北至北洋路", "原有"),
        ("台州市", "台州综合保税区区块", "1.02", "以台州综合保税区围网范围为界", "原有"),
        ("台州市", "台州湾新区区块", "1.85", "东至东海大道，南至海城路，西至甲南大道，北至聚洋大道", "新增"),
        ("台州市", "路桥区块", "0.78", "东至飞龙湖路，南至南官大道，西至路桥大道，北至腾达路", "新增"),
    ]
    cols = ["所在市", "区块名称", "面积（平方公里）", "四至范围", "类别"]
    trs = []
    for i, r in enumerate(rows):
        first = i == 0 or rows[i - 1][0] != r[0]
        tds = ""
        if first:
            n = sum(1 for x in rows if x[0] == r[0])
            tds += f'<td rowspan="{n}" style="text-align:center">{r[0]}</td>'
        tds += "".join(f"<td>{v}</td>" for v in r[1:])
        trs.append(f"<tr>{tds}</tr>")
        c = row_clause(list(zip(cols, r)))
        cl.append(c)
        spec[c[:24]] = [r[0]]

    body_html = "\n".join(f'<p style="text-indent:2em">{t}</p>' for t in paras)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_省政府文件_浙江省人民政府门户网站</title>
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2026-01-22 16:30">
<meta name="ContentSource" content="浙江省人民政府办公厅">
<style>
 body{{font-family:"Microsoft YaHei",sans-serif;margin:0}}
 .xxgk-table td{{border:1px solid #d9d9d9;padding:6px 10px;font-size:14px}}
 .fj td{{border:1px solid #333;padding:4px 8px}}
</style>
</head>
<body>
<div class="top-bar"><a href="/">浙江省人民政府</a> | <a href="#">无障碍</a> | <a href="#">长者版</a> | <a href="#">English</a></div>
<div class="nav"><a href="/">首页</a> <a href="#">要闻动态</a> <a href="#">政务公开</a> <a href="#">政务服务</a> <a href="#">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开目录</a> &gt; <a href="#">省政府文件</a></div>
<div class="xxgk-head">
<table class="xxgk-table" cellspacing="0">
<tr><td>索引号：</td><td>002482410/2026-00017</td><td>主题分类：</td><td>综合政务\\其他</td></tr>
<tr><td>发布机构：</td><td>浙江省人民政府</td><td>成文日期：</td><td>2026-01-15</td></tr>
<tr><td>发文字号：</td><td>浙政函〔2026〕9号</td><td>发布日期：</td><td>2026-01-22</td></tr>
<tr><td>有效性：</td><td>有效</td><td>统一编号：</td><td>ZJSP00-2026-0009</td></tr>
</table>
</div>
<div class="article">
<h1 style="text-align:center">浙江省人民政府关于同意调整扩大温州、台州<br>自贸试验区联动创新区范围的批复</h1>
<p>温州市、台州市人民政府：</p>
{body_html}
<p style="text-indent:2em">附件：温州、台州自贸试验区联动创新区调整后范围</p>
<p style="text-align:right">浙江省人民政府</p>
<p style="text-align:right">2026年1月15日</p>
<p style="text-indent:2em">（此件公开发布）</p>
<p><b>附件</b></p>
<p style="text-align:center"><b>温州、台州自贸试验区联动创新区调整后范围</b></p>
<table class="fj" cellspacing="0" style="border-collapse:collapse;width:100%">
<tr><th>{cols[0]}</th><th>{cols[1]}</th><th>{cols[2]}</th><th>{cols[3]}</th><th>{cols[4]}</th></tr>
{chr(10).join(trs)}
</table>
</div>
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】　扫一扫在手机打开当前页</div>
<div class="related"><p>相关解读：</p><ul><li><a href="#">一图读懂：温州、台州自贸试验区联动创新区扩区</a></li>
<li><a href="#">省商务厅负责人解读联动创新区扩区批复</a></li></ul></div>
<div class="footer">主办单位：浙江省人民政府办公厅　承办：浙江省大数据发展中心　<br>浙ICP备00000000号　浙公网安备33010000000000号　网站标识码3300000000</div>
</body>
</html>
"""
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(html)

    EXPECTED[stem] = [{
        "meta": {"title": title, "doc_number": "浙政函〔2026〕9号", "issuer": ["浙江省人民政府"],
                 "date": "2026-01-15", "published": "2026-01-22", "level": "provincial",
                 "region": "浙江省", "effective": None, "expires": None,
                 "attachments": ["温州、台州自贸试验区联动创新区调整后范围"], "doc_type": "批复",
                 "recipients": ["温州市人民政府", "台州市人民政府"], "publicity": "此件公开发布",
                 "repeals": None},
        "clauses": cl,
        "applies_to": {"specific": spec},
    }]


if __name__ == "__main__":
    make_hubei()
    make_mofcom()
    make_lianyungang()
    make_zhejiang()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    for k, v in EXPECTED.items():
        print(k, len(v[0]["clauses"]), "clauses")
