# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 651: 公文信函格式 (GB/T 9704 letter format)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = RGBColor(0xFF, 0x00, 0x00)
XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first_indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        pf.first_line_indent = Pt(32)
    return p


def para(doc, text="", font=FS, size=16, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
         indent=True, color=None, line=28):
    p = doc.add_paragraph()
    fmt(p, align, indent, line)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runin(doc, head, rest, head_font=KT, bold=False):
    """paragraph with run-in heading in a different font."""
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, True)
    set_font(p.add_run(head), head_font, 16, bold)
    set_font(p.add_run(rest), FS, 16)
    return p


def border(p, side, val, sz, color="FF0000", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), val)
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


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


def page_number_para(p, align):
    p.alignment = align
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    add_field(r, "PAGE")
    set_font(p.add_run(" —"), "宋体", 14)


def setup_page(doc):
    s = doc.sections[0]
    s.page_width = Mm(210)
    s.page_height = Mm(297)
    s.top_margin = Mm(37)
    s.bottom_margin = Mm(35)
    s.left_margin = Mm(28)
    s.right_margin = Mm(26)
    s.header_distance = Mm(15)
    s.footer_distance = Mm(18)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return s


def letter_head(doc, organ_lines, size=30, english=None):
    """organ full name in red, no 文件, then red double line (上粗下细)."""
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, line=size + 12)
    for i, ln in enumerate(organ_lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        set_font(p.add_run(ln), XBS, size, False, RED)
    last = p
    if english:
        q = doc.add_paragraph()
        fmt(q, WD_ALIGN_PARAGRAPH.CENTER, False, line=16)
        set_font(q.add_run(english), "Times New Roman", 10, True, RED)
        last = q
    border(last, "bottom", "thickThinSmallGap", 36, space=4)
    return p


def first_page_bottom_line(section, with_number=False):
    section.different_first_page_header_footer = True
    fp = section.first_page_footer
    p = fp.paragraphs[0]
    p.text = ""
    border(p, "top", "thinThickSmallGap", 36, space=4)
    if with_number:
        page_number_para(p, WD_ALIGN_PARAGRAPH.RIGHT)
    else:
        set_font(p.add_run(" "), FS, 8)


def other_page_numbers(doc, section, odd_even=True):
    f = section.footer
    page_number_para(f.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        e = section.even_page_footer
        page_number_para(e.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)


def set_cell(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    set_font(p.add_run(text), font, size, bold)


def data_table(doc, header, rows, widths):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for r, row in enumerate(rows, 1):
        for i, v in enumerate(row):
            set_cell(t.rows[r].cells[i], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if len(v) > 8 else WD_ALIGN_PARAGRAPH.CENTER)
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 56.7)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Mm(w)
    return t


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


# ---------------------------------------------------------------- doc 1
def make_fujian():
    doc = Document()
    sec = setup_page(doc)
    clauses = []
    letter_head(doc, ["福建省商务厅"], size=32)

    # 份号 left, 文号 right on the same line (tab stop)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run("000086"), "Times New Roman", 16)
    set_font(p.add_run("\t闽商务函〔2026〕45号"), FS, 16)
    para(doc, "", line=20)

    # title with a soft line break
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, line=33)
    set_font(p.add_run("福建省商务厅关于商请协助开展跨境电商"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    set_font(p.add_run("海外仓及中欧班列（厦门）跨境电商专列"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    set_font(p.add_run("运行情况联合调研的函"), XBS, 22)
    para(doc, "")
    para(doc, "福州海关、厦门海关：", indent=False)

    def body(t):
        para(doc, t)
        clauses.append(t)

    def head(t):
        para(doc, t, font=HT)

    def item(h, r):
        runin(doc, h, r)
        clauses.append(h + r)

    body("为贯彻落实《福建省人民政府办公厅关于加快发展外贸新业态新模式的实施意见》"
         "（闽政办〔2024〕31号）部署，全面掌握我省跨境电商海外仓布局和中欧班列（厦门）"
         "跨境电商专列运行情况，推动跨境电商综合试验区与中国（福建）自由贸易试验区联动发展，"
         "我厅拟于2026年4月至5月开展专题调研。鉴于贵关在跨境电商监管、班列通关等方面掌握"
         "大量一手数据，现商请贵关给予支持协助。有关事项函告如下：")
    head("一、调研内容")
    item("（一）跨境电商出口海外仓建设运营情况。",
         "重点了解我省企业在境外自建、租赁海外仓的数量、面积、分布国别，“9810”跨境电商出口"
         "海外仓模式业务规模，以及海外仓退换货、售后服务等配套功能建设情况。")
    item("（二）跨境电商B2B出口监管便利化情况。",
         "重点了解“9710”“9810”监管方式申报量、通关时效，跨境电商出口商品退货监管措施落实"
         "情况，以及企业在报关、退税、结汇等环节反映的主要困难。")
    item("（三）中欧班列（厦门）跨境电商专列运行情况。",
         "重点了解2025年以来专列开行列数、货值、主要品类和境外目的地，“一单制”“铁路快通”"
         "等模式应用情况，以及回程班列货源组织情况。")
    item("（四）自贸试验区制度创新成果复制推广情况。",
         "重点了解福州、厦门片区在跨境电商、海关特殊监管区域等领域形成的制度创新成果在全省"
         "复制推广的成效和存在问题。")
    head("二、商请协助事项")
    body("（一）请贵关于2026年4月3日前，按照附件1格式提供关区2025年1月至2026年2月跨境电商"
         "进出口监管数据（分“9610”“9710”“9810”“1210”监管方式统计），以及中欧班列（厦门）"
         "进出口货运量、货值数据。")
    body("（二）请贵关各指派1名熟悉跨境电商和铁路口岸监管业务的处级干部参加联合调研组，"
         "并于3月27日前将参会回执（附件2）报送我厅。")
    body("（三）请贵关协调所属隶属海关为调研组实地走访监管场所、综合保税区提供便利，"
         "并安排业务骨干现场介绍情况。")
    head("三、调研安排")
    body("调研采取座谈交流、实地走访、问卷调查相结合的方式，初步安排如下：")
    header = ["序号", "时间", "地点", "调研对象"]
    rows = [
        ["1", "4月8日—9日", "福州市", "福州海关、福州综合保税区、马尾区跨境电商企业"],
        ["2", "4月15日—16日", "厦门市", "厦门海关、厦门象屿综合保税区、中欧班列（厦门）运营平台"],
        ["3", "4月22日", "泉州市", "泉州市跨境电商综合试验区线上综合服务平台及重点企业"],
        ["4", "5月上旬", "福州市", "全省跨境电商发展情况座谈会（省直有关部门、各设区市商务主管部门）"],
    ]
    data_table(doc, header, rows, [12, 36, 20, 88])
    clauses += [row_clause(header, r) for r in rows]
    body("具体时间如有调整，我厅将另行通知。")
    head("四、其他事项")
    body("（一）有关数据仅用于政策研究，我厅将严格做好数据保密工作，未经贵关同意不对外公开。")
    body("（二）调研结束后，我厅将形成专题调研报告，并就发现的共性问题与贵关会商，"
         "共同研究提出支持举措。")
    body("联系人：省商务厅电子商务和信息化处 林晓晨，电话：0591-87271235，"
         "传真：0591-87271240，电子邮箱：fjswt_dzsw@163.com。")
    body("恳请予以支持为盼。")
    para(doc, "")
    # 附件 list, second line aligned with manual full-width spaces
    para(doc, "附件：1．跨境电商及中欧班列监管数据统计表")
    para(doc, "　　　2．联合调研参会回执")
    para(doc, "")
    para(doc, "")
    para(doc, "福建省商务厅　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2026年3月12日　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    first_page_bottom_line(sec, with_number=False)
    other_page_numbers(doc, sec, odd_even=True)
    doc.save(os.path.join(HERE, "blind651_fujian_han.docx"))

    meta = {
        "title": "福建省商务厅关于商请协助开展跨境电商海外仓及中欧班列（厦门）跨境电商专列运行情况联合调研的函",
        "doc_number": "闽商务函〔2026〕45号",
        "issuer": ["福建省商务厅"],
        "date": "2026-03-12",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": ["跨境电商及中欧班列监管数据统计表", "联合调研参会回执"],
        "doc_type": "函",
        "recipients": ["福州海关", "厦门海关"],
        "publicity": None,
        "repeals": None,
    }
    return "blind651_fujian_han", [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc 2
def make_xian():
    doc = Document()
    sec = setup_page(doc)
    clauses = []
    letter_head(doc, ["西安市商务局"], size=34, english="XI’AN MUNICIPAL BUREAU OF COMMERCE")

    # 文号 in a borderless layout table (left cell empty)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    set_cell(t.rows[0].cells[0], "", FS, 16)
    set_cell(t.rows[0].cells[1], "市商务函〔2025〕186号", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    t.rows[0].cells[0].width = Mm(70)
    t.rows[0].cells[1].width = Mm(86)
    para(doc, "", line=20)

    # title split over two paragraphs
    for ln in ("西安市商务局关于支持西安国际港务区", "开展中欧班列跨境电商集拼业务", "有关事项的复函"):
        para(doc, ln, font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    para(doc, "")
    para(doc, "西安国际港务区管委会：", indent=False)

    def body(t):
        para(doc, t)
        clauses.append(t)

    body("你委《关于恳请支持中欧班列（西安）跨境电商集拼业务发展的请示》（西港管发〔2025〕112号）"
         "收悉。经研究，现函复如下：")
    body("一、原则同意你委依托西安综合保税区和西安国际陆港多式联运海关监管中心，开展中欧班列"
         "（西安）跨境电商集拼业务试点，试点期限为2026年1月1日至2026年12月31日。")
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, True)
    set_font(p.add_run("二、关于支持政策。"), HT, 16)
    rest = "我局将在现有政策框架内对试点给予以下支持："
    set_font(p.add_run(rest), FS, 16)
    clauses.append("二、关于支持政策。" + rest)
    body("（一）对纳入试点的跨境电商集拼专列，按照《西安市促进跨境电子商务高质量发展若干措施》"
         "有关规定，每列给予运营主体一次性补助，具体标准由市财政局、市商务局另行核定。")
    body("（二）支持试点企业申报市级跨境电商公共海外仓，对在中欧班列沿线国家新建海外仓面积达到"
         "3000平方米以上的，优先推荐申报省级外经贸发展专项资金。")
    body("（三）将试点纳入市级跨境电商综合试验区年度工作要点，在西安跨境电商综合试验区线上综合"
         "服务平台开设集拼业务专区，为试点企业提供备案、申报、结汇等“一站式”服务。")
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, True)
    set_font(p.add_run("三、关于其他事项。"), HT, 16)
    rest = ("请示中提出的增设海关监管作业场所、调整铁路运价等事项，不属于我局职权范围，请你委按程序"
            "分别向西安海关、中国铁路西安局集团有限公司对接。我局将积极配合做好协调工作。")
    set_font(p.add_run(rest), FS, 16)
    clauses.append("三、关于其他事项。" + rest)
    # heading on its own line, then Word's automatic numbering
    para(doc, "四、试点工作要求", font=HT)
    reqs = [
        "严格落实跨境电商出口商品质量安全主体责任，不得以集拼名义夹带禁止、限制出口类商品。",
        "建立试点工作台账，按季度于季后10日内向我局报送集拼专列开行列数、货值、参与企业数量等数据。",
        "会同海关、外汇管理等部门做好风险防控，发现重大问题及时报告。",
        "试点结束后1个月内形成评估报告报我局，作为下一步扩大试点范围的重要依据。",
    ]
    for i, r in enumerate(reqs, 1):
        p = doc.add_paragraph(style="List Number")
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, False)
        set_font(p.add_run(r), FS, 16)
        clauses.append("%d.%s" % (i, r))
    body("五、本复函自印发之日起施行，有效期至2026年12月31日。《西安市商务局关于同意西安国际港务区"
         "开展跨境电商“班列+海外仓”模式探索的复函》（市商务函〔2024〕95号）同时废止。")
    body("此复。")
    para(doc, "")
    para(doc, "")
    para(doc, "西安市商务局　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2025年11月20日　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    # 附注 under the date (not body)
    para(doc, "（联系人：市商务局电子商务处 王卓；联系电话：029-86786123）")

    first_page_bottom_line(sec, with_number=True)   # quirk: page number on first page too
    other_page_numbers(doc, sec, odd_even=False)
    doc.save(os.path.join(HERE, "blind651_xian_fuhan.docx"))

    meta = {
        "title": "西安市商务局关于支持西安国际港务区开展中欧班列跨境电商集拼业务有关事项的复函",
        "doc_number": "市商务函〔2025〕186号",
        "issuer": ["西安市商务局"],
        "date": "2025-11-20",
        "published": None,
        "level": "municipal",
        "region": "西安市",
        "effective": "2025-11-20",
        "expires": "2026-12-31",
        "attachments": [],
        "doc_type": "复函",
        "recipients": ["西安国际港务区管委会"],
        "publicity": None,
        "repeals": "《西安市商务局关于同意西安国际港务区开展跨境电商“班列+海外仓”模式探索的复函》（市商务函〔2024〕95号）",
    }
    return "blind651_xian_fuhan", [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc 3
def make_nanning():
    doc = Document()
    sec = setup_page(doc)
    clauses = []
    # long organ name broken with a soft line break
    letter_head(doc, ["中国（广西）自由贸易试验区", "南宁片区管理委员会"], size=26)

    para(doc, "南宁自贸委函〔2026〕9号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "", line=20)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, line=33)
    set_font(p.add_run("中国（广西）自由贸易试验区南宁片区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    set_font(p.add_run("管理委员会关于商请联合开展南宁综合保税区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    set_font(p.add_run("外商投资企业服务专项行动的函"), XBS, 22)
    para(doc, "")
    para(doc, "南宁海关，国家税务总局南宁市税务局，南宁市市场监督管理局，南宁市投资促进局：",
         indent=False)

    def body(t):
        para(doc, t)
        clauses.append(t)

    def head(t):
        # heading typed as bold run in 仿宋 rather than 黑体
        para(doc, t, font=FS, bold=True)

    body("为深入贯彻《国务院关于进一步优化外商投资环境 加大吸引外商投资力度的意见》"
         "（国发〔2023〕11号）精神，落实自治区关于稳外资工作的部署要求，进一步提升南宁综合保税区"
         "外商投资企业服务水平，我委拟于2026年3月至6月联合有关部门开展南宁综合保税区外商投资企业"
         "服务专项行动。现将有关事项函商如下：")
    head("一、工作目标")
    body("通过专项行动，全面摸清南宁综合保税区内外商投资企业经营状况和诉求，建立“一企一档”服务"
         "台账，协调解决一批通关、税务、登记注册等方面的具体问题，力争专项行动期间新增外商投资企业"
         "不少于15家，实际使用外资同比增长10%以上。")
    head("二、主要任务")
    items = [
        ("（一）开展走访摸排。", "对综保区内已登记的外商投资企业逐一走访，了解企业投资经营、进出口、"
         "用工用地等情况，收集企业诉求，建立问题清单，实行销号管理。"),
        ("（二）优化通关服务。", "推广“两步申报”“提前申报”等便利化措施，对保税研发、保税维修、"
         "跨境电商“1210”等新业态企业实施“一企一策”监管服务。"),
        ("（三）落实税收政策。", "做好综保区增值税一般纳税人资格试点、出口退税备案单证数字化管理等"
         "政策辅导，帮助外商投资企业用足用好境外投资者以分配利润直接投资暂不征收预提所得税等政策。"),
        ("（四）便利登记注册。", "推行外商投资企业设立、变更登记“跨境通办”，对符合条件的外国投资者"
         "主体资格证明文件实行简化办理。"),
        ("（五）强化招商联动。", "围绕面向东盟的电子信息、跨境电商、新能源汽车零部件等产业链，联合"
         "开展精准招商，推动一批外资项目落地综保区。"),
    ]
    for h, r in items:
        runin(doc, h, r, head_font=KT)
        clauses.append(h + r)
    head("三、任务分工")
    header = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "走访摸排、建立服务台账", "南宁片区管委会", "南宁市投资促进局", "2026年4月15日前"],
        ["2", "通关便利化措施落地", "南宁海关", "南宁片区管委会", "2026年6月30日前"],
        ["3", "税收政策辅导", "国家税务总局南宁市税务局", "南宁片区管委会", "2026年6月30日前"],
        ["4", "登记注册便利化", "南宁市市场监督管理局", "南宁片区管委会", "2026年5月31日前"],
        ["5", "外资项目招引", "南宁市投资促进局", "南宁片区管委会", "持续推进"],
    ]
    t = data_table(doc, header, rows, [12, 42, 38, 32, 32])
    # merge 配合单位 for rows 2-5 (same value)
    m = t.cell(2, 3).merge(t.cell(5, 3))
    set_cell(m, "南宁片区管委会", FS, 12)
    clauses += [row_clause(header, r) for r in rows]
    head("四、有关请求")
    body("（一）请各单位于2026年3月20日前确定1名处级联络员，填写联络员信息表（见附件）并反馈我委。")
    body("（二）请各单位按照任务分工，结合职责制定具体措施，于每月25日前将工作进展报送我委，"
         "我委汇总后报自治区商务厅（自治区自贸办）。")
    body("（三）专项行动中发现的跨部门问题，由我委牵头召开联席会议协调解决；重大问题报南宁市人民政府"
         "研究。")
    body("联系人：南宁片区管委会投资促进局 韦丽娟，电话：0771-5536218，邮箱：nnftz_tc@163.com。")
    body("感谢大力支持！")
    para(doc, "")
    para(doc, "附件：专项行动联络员信息表")
    para(doc, "")
    para(doc, "")
    para(doc, "中国（广西）自由贸易试验区南宁片区管理委员会", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2026年3月9日　　　　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）")
    para(doc, "")
    # 抄送 directly under the body, no 版记 lines, no 印发 line (letter format)
    p = para(doc, "抄送：广西壮族自治区商务厅（自治区自贸办），南宁市人民政府办公室。",
             size=14, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)

    first_page_bottom_line(sec, with_number=False)
    other_page_numbers(doc, sec, odd_even=True)
    doc.save(os.path.join(HERE, "blind651_nanning_han.docx"))

    meta = {
        "title": "中国（广西）自由贸易试验区南宁片区管理委员会关于商请联合开展南宁综合保税区外商投资企业服务专项行动的函",
        "doc_number": "南宁自贸委函〔2026〕9号",
        "issuer": ["中国（广西）自由贸易试验区南宁片区管理委员会"],
        "date": "2026-03-09",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区南宁片区",
        "effective": None,
        "expires": None,
        "attachments": ["专项行动联络员信息表"],
        "doc_type": "函",
        "recipients": ["南宁海关", "国家税务总局南宁市税务局", "南宁市市场监督管理局", "南宁市投资促进局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return "blind651_nanning_han", [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (make_fujian, make_xian, make_nanning):
        stem, docs = fn()
        expected[stem] = docs
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_651", "--headless",
             "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
