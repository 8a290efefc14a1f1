# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 712 blind test documents: 自贸片区 2026年惠企政策清单 (通知 + wide 清单 table)."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, east, size=16, bold=False, color=None, scale=None, spacing=None):
    run.font.name = "Times New Roman" if east in (FS, KT, SONG) else east
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color
    sz = rpr.find(qn("w:sz"))
    if spacing is not None:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        sz.addprevious(sp)
    if scale is not None:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        sz.addprevious(w)
    return run


def fmt(p, align=None, indent_chars=0, size=16, line=28, before=0, after=0,
        left=None, right=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(container, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2, size=16,
         line=28, **kw):
    """parts: list of (text, font[, bold]) ; text may contain '\n' = soft line break."""
    p = container.add_paragraph()
    fmt(p, align=align, indent_chars=indent_chars, size=size, line=line, **kw)
    for part in parts:
        text, font = part[0], part[1]
        bold = part[2] if len(part) > 2 else False
        color = part[3] if len(part) > 3 else None
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            r = p.add_run(ch)
            set_font(r, font, size, bold, color)
            if i < len(chunks) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def body(doc, text, **kw):
    return para(doc, [(text, FS)], **kw)


def empty(doc, n=1, size=16):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, size=size, line=28)


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc; insert early
        ppr.insert(0, pbdr) if ppr.find(qn("w:pStyle")) is None else ppr.insert(1, pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def page_field(p, size=14):
    r = p.add_run("— ")
    set_font(r, SONG, size)
    r1 = p.add_run()
    set_font(r1, SONG, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._element.append(fc)
    r2 = p.add_run()
    set_font(r2, SONG, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._element.append(it)
    r3 = p.add_run()
    set_font(r3, SONG, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._element.append(fc)
    r4 = p.add_run("1")
    set_font(r4, SONG, size)
    r5 = p.add_run()
    set_font(r5, SONG, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._element.append(fc)
    r6 = p.add_run(" —")
    set_font(r6, SONG, size)


def setup_footers(doc, section):
    """odd pages right, even pages left: '— 1 —' in 宋体四号"""
    doc.settings.odd_and_even_pages_header_footer = True
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(14)
    page_field(fp)
    ep = section.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(14)
    page_field(ep)


def a4_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.footer_distance = Mm(25)


def a4_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Mm(297)
    section.page_height = Mm(210)
    section.top_margin = Mm(22)
    section.bottom_margin = Mm(20)
    section.left_margin = Mm(20)
    section.right_margin = Mm(20)
    section.footer_distance = Mm(10)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w"))
    tblPr.append(b)


def fixed_layout(table):
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(lay)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trPr.append(h)


def cell_text(cell, parts_list, font=FS, size=10.5, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False,
              soft=False):
    """parts_list: list of strings -> one paragraph each (or soft breaks when soft=True)."""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    first = cell.paragraphs[0]
    if soft:
        p = first
        fmt(p, align=align, size=size, line=15)
        for i, t in enumerate(parts_list):
            r = p.add_run(t)
            set_font(r, font, size, bold)
            if i < len(parts_list) - 1:
                r.add_break(WD_BREAK.LINE)
        return
    for i, t in enumerate(parts_list):
        p = first if i == 0 else cell.add_paragraph()
        fmt(p, align=align, size=size, line=15)
        r = p.add_run(t)
        set_font(r, font, size, bold)


def add_chinese_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        'w:eastAsia="楷体_GB2312" w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), num_id))
    abs_el = parse_xml(absxml)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(abs_el)
    else:
        numbering.append(abs_el)
    num_el = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                       % (nsdecls("w"), num_id, num_id))
    numbering.append(num_el)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), num_id))
    # numPr goes after pStyle/keepNext etc.; put it first (no pStyle used)
    ppr.insert(0, numpr)


COLS = ["序号", "政策类别", "政策名称", "文件名称及文号", "支持内容", "申报条件", "申报时间",
        "受理部门及咨询电话"]
COL_W = [10, 16, 24, 40, 80, 42, 22, 23]  # mm, total 257 (landscape A4, 20 mm margins)


def row_clause(r):
    vals = [str(r["no"]), r["cat"], r["name"], r["file"], "".join(r["support"]), r["cond"],
            r["time"], r["dept"]]
    return "；".join("%s：%s" % (c, v) for c, v in zip(COLS, vals))


def build_table(doc, rows, merge_cols=(1,), repeat_header=False, soft_support=False):
    t = doc.add_table(rows=1 + len(rows), cols=len(COLS))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    hdr = t.rows[0]
    if repeat_header:
        mark_header_row(hdr)
    for j, c in enumerate(COLS):
        cell_text(hdr.cells[j], [c], font=HT, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, r in enumerate(rows, start=1):
        cells = t.rows[i].cells
        cell_text(cells[0], [str(r["no"])], align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(cells[2], [r["name"]])
        cell_text(cells[4], r["support"], soft=soft_support)
        cell_text(cells[5], [r["cond"]])
        cell_text(cells[6], [r["time"]], align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(cells[7], [r["dept"]], align=WD_ALIGN_PARAGRAPH.CENTER)
    # widths (grid + cells, fixed layout)
    fixed_layout(t)
    for j, w in enumerate(COL_W):
        t.columns[j].width = Mm(w)
    for row in t.rows:
        for j, w in enumerate(COL_W):
            row.cells[j].width = Mm(w)
    # merged columns: write value only in the first cell of a run, then merge down
    colkey = {1: "cat", 3: "file", 6: "time", 7: "dept"}
    for j in (1, 3, 6, 7):
        key = colkey[j]
        i = 0
        while i < len(rows):
            k = i
            if j in merge_cols:
                while (k + 1 < len(rows) and rows[k + 1][key] == rows[i][key]
                       and rows[k + 1]["cat"] == rows[i]["cat"]):
                    k += 1
            if j in (1, 3):
                cell_text(t.cell(i + 1, j), [rows[i][key]],
                          font=HT if j == 1 else FS,
                          align=WD_ALIGN_PARAGRAPH.CENTER if j == 1 else WD_ALIGN_PARAGRAPH.LEFT)
            if k > i:
                if j in (6, 7):
                    # clear the duplicates typed in lower cells before merging
                    for m in range(i + 2, k + 2):
                        c = t.cell(m, j)
                        for p in c.paragraphs[1:]:
                            p._p.getparent().remove(p._p)
                        for rr in list(c.paragraphs[0].runs):
                            rr._r.getparent().remove(rr._r)
                t.cell(i + 1, j).merge(t.cell(k + 1, j))
            i = k + 1
    return t


def banji(doc, cc_text, printer, date_text, width_mm=156):
    """版记: 抄送 + 印发 line between thin rules"""
    p = para(doc, [(cc_text, FS)], align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0, size=14,
             left=Pt(14), right=Pt(14), line=26)
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.left_indent = Pt(14)
    # hanging so that continuation aligns after 抄送：
    p.paragraph_format.first_line_indent = Pt(-42)
    p.paragraph_format.left_indent = Pt(14 + 42)
    border(p, "top", "000000", 8, 1)
    border(p, "bottom", "000000", 4, 1)
    q = doc.add_paragraph()
    fmt(q, align=WD_ALIGN_PARAGRAPH.LEFT, size=14, line=26, left=Pt(14))
    q.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    r = q.add_run(printer + "\t" + date_text)
    set_font(r, FS, 14)
    border(q, "bottom", "000000", 8, 1)


# ---------------------------------------------------------------- data: 厦门
XM_ZONE = "中国（福建）自由贸易试验区厦门片区"
XM_ORG = XM_ZONE + "管理委员会"
XM_LIST = XM_ZONE + "2026年惠企政策清单"

XM_F1 = "《中国（福建）自由贸易试验区厦门片区促进总部经济发展若干措施》（厦自贸委规〔2025〕3号）"
XM_F2 = "《中国（福建）自由贸易试验区厦门片区促进外贸稳规模优结构若干措施》（厦自贸委规〔2025〕2号）"
XM_F3 = "《厦门片区支持跨境电子商务高质量发展若干措施》（厦自贸委规〔2025〕4号）"
XM_F4 = "《中国（福建）自由贸易试验区厦门片区促进航运物流发展若干措施》（厦自贸委规〔2025〕6号）"
XM_F5 = "《中国（福建）自由贸易试验区厦门片区促进金融业发展若干措施》（厦自贸委规〔2025〕8号）"
XM_F6 = "《厦门片区促进科技创新若干措施》（厦自贸委规〔2024〕4号）"
XM_F7 = "《中国（福建）自由贸易试验区厦门片区高层次人才引进办法》（厦自贸委规〔2025〕11号）"

XM_JF = "片区经济发展局，0592-5676321"
XM_JF2 = "片区经济发展局，0592-5676322"
XM_MY = "片区贸易发展局，0592-5676331"
XM_MY2 = "片区贸易发展局，0592-5676332"
XM_HY = "片区航运物流局，0592-5676341"
XM_JR = "片区金融服务局，0592-5676351"
XM_KJ = "片区科技创新局，0592-5676361"
XM_RC = "片区人才服务中心，0592-5676371"


def R(no, cat, name, file, support, cond, time, dept):
    return dict(no=no, cat=cat, name=name, file=file, support=support, cond=cond, time=time,
                dept=dept)


XM_ROWS = [
    R(1, "产业发展", "总部企业落户奖励", XM_F1,
      ["（1）对新落户片区、经认定的跨国公司地区总部，给予一次性落户奖励500万元。",
       "（2）对新落户的国内企业总部、区域总部，按其实缴注册资本的1%给予奖励，最高不超过300万元。",
       "（3）对总部企业租用自用办公用房的，按实际租金的30%给予补助，连续补助3年，每年最高100万元。"],
      "在片区办理工商和税务登记、具有独立法人资格，经片区管委会认定为总部企业；承诺自获得奖励之日起10年内不迁离片区。",
      "2026年3月1日—3月31日", XM_JF),
    R(2, "产业发展", "总部企业经营贡献奖励", XM_F1,
      ["（1）总部企业年度营业收入首次突破10亿元、50亿元、100亿元的，分别给予100万元、300万元、500万元一次性奖励。",
       "（2）总部企业年度对片区经济发展贡献较上年增长10%以上的，按增量部分的20%给予奖励，最高不超过1000万元。"],
      "上一年度在片区实现营业收入不低于5亿元的已认定总部企业；近三年无重大违法违规记录。",
      "2026年6月1日—6月30日", XM_JF),
    R(3, "产业发展", "集成电路设计企业流片补助", "《厦门市加快发展集成电路产业的若干措施》（厦府规〔2024〕6号）",
      ["（1）对集成电路设计企业首次流片的，按流片费用的30%给予补助，单个企业年度最高500万元。",
       "（2）对购买EDA设计工具软件的，按实际支出的20%给予补助，最高200万元。"],
      "注册在片区的集成电路设计企业，上年度主营业务收入不低于500万元。",
      "2026年4月1日—4月30日", XM_JF2),
    R(4, "产业发展", "生物医药研发及产业化奖励",
      "《中国（福建）自由贸易试验区厦门片区促进生物医药产业高质量发展实施办法》（厦自贸委规〔2024〕5号）",
      ["（1）对取得创新药（1类化学药、1类生物制品）临床试验批件并在片区开展临床试验的，分阶段给予最高3000万元奖励。",
       "（2）对取得第三类医疗器械注册证并在片区实现产业化的，每个产品给予200万元奖励。"],
      "在片区注册且研发、生产、结算均在片区的生物医药企业。",
      "常年受理，每季度末月集中审核", "片区经济发展局，0592-5676323"),
    R(5, "产业发展", "数字经济企业培育奖励", "《厦门片区促进数字经济高质量发展若干措施》（厦自贸委规〔2025〕1号）",
      ["（1）对首次纳入规模以上软件和信息技术服务业统计的企业，给予一次性奖励30万元。",
       "（2）对获评国家级专精特新“小巨人”企业的，给予一次性奖励100万元。",
       "（3）对数据产品在福建大数据交易所挂牌交易的，按年度交易额的5%给予奖励，最高50万元。"],
      "在片区注册的数字经济企业，统计关系在片区。",
      "2026年5月1日—5月31日", XM_JF2),
    R(6, "产业发展", "企业上市挂牌奖励", "《厦门市推进企业上市工作若干措施》（厦府办规〔2024〕9号）",
      ["（1）企业在境内主板、科创板、创业板上市的，分阶段给予合计最高500万元奖励。",
       "（2）在北京证券交易所上市的，给予300万元奖励。",
       "（3）在境外主要资本市场上市的，给予200万元奖励。"],
      "注册地和纳税地在片区，承诺上市后3年内不迁离片区。",
      "常年受理", XM_JR),
    R(7, "跨境贸易", "外贸稳规模奖励", XM_F2,
      ["（1）对年度进出口额首次突破1亿美元、5亿美元、10亿美元的企业，分别给予20万元、50万元、100万元奖励。",
       "（2）对年度进出口额同比增长20%以上且超过5000万美元的企业，按增量部分每美元0.005元给予奖励，最高200万元。"],
      "在片区注册、具有进出口经营资质，海关进出口数据统计在片区的企业。",
      "2026年7月1日—7月31日", XM_MY),
    R(8, "跨境贸易", "跨境电商主体培育奖励", XM_F3,
      ["（1）对年度跨境电商进出口额达到1000万元、5000万元、1亿元的企业，分别给予10万元、30万元、60万元奖励。",
       "（2）对新设立跨境电商海外仓并通过商务部门备案的，按实际投入的20%给予补助，最高100万元。"],
      "在片区注册且通过跨境电商“9610”“9710”“9810”“1210”监管方式申报的企业。",
      "2026年3月1日—3月31日", XM_MY2),
    R(9, "跨境贸易", "跨境电商平台引进奖励", XM_F3,
      ["（1）对新引进的年交易额超过10亿元的跨境电商平台企业，给予一次性落户奖励300万元。",
       "（2）对平台企业租赁片区办公用房的，3年内按租金的50%给予补助，每年最高50万元。"],
      "新落户片区且承诺5年内不迁离；平台年度交易额经第三方审计确认。",
      "常年受理", XM_MY2),
    R(10, "跨境贸易", "服务贸易创新发展奖励", "《厦门市推动服务贸易创新发展若干措施》（厦商务规〔2024〕3号）",
      ["（1）对年度服务贸易进出口额超过500万美元的企业，按每美元0.01元给予奖励，最高100万元。",
       "（2）对新获得国际认证（ISO27001、CMMI等）的服务外包企业，按认证费用的50%给予补助，最高20万元。"],
      "在商务部服务贸易统计监测管理信息系统中填报数据的片区企业。",
      "2026年8月1日—8月31日", "片区贸易发展局，0592-5676333"),
    R(11, "跨境贸易", "国际贸易“单一窗口”应用补助", "《厦门片区推进贸易便利化若干措施》（厦自贸委规〔2024〕2号）",
      ["对通过国际贸易“单一窗口”开展货物申报、舱单申报并使用特色应用的企业，按其上年度使用第三方增值服务费用的50%给予补助，单个企业最高10万元。"],
      "上年度通过“单一窗口”申报报关单不少于1000票的片区企业。",
      "2026年4月1日—4月30日", "片区贸易发展局，0592-5676334"),
    R(12, "跨境贸易", "先进技术设备进口贴息", XM_F2,
      ["（1）对列入《鼓励进口技术和产品目录》的先进技术设备进口，按进口额的2%给予贴息，单个企业最高300万元。",
       "（2）对参加中国国际进口博览会并签约成交的企业，按实际成交额的1%给予奖励，最高50万元。"],
      "进口额统计在片区，且进口设备用于片区内生产经营。",
      "2026年9月1日—9月30日", XM_MY),
    R(13, "航运物流", "国际集装箱航线拓展奖励", XM_F4,
      ["（1）对新开辟厦门港始发的国际集装箱班轮航线、年度航班数达到40班以上的，每条航线给予100万元奖励。",
       "（2）对开通“丝路海运”命名航线的，额外给予50万元奖励。"],
      "在片区注册的航运企业或其在片区设立的分支机构。",
      "2026年3月1日—3月31日", XM_HY),
    R(14, "航运物流", "海铁联运及中欧班列补助", XM_F4,
      ["（1）对经厦门港进出口并通过中欧（厦门）班列运输的集装箱，按每标箱300元给予补助。",
       "（2）对开展海铁联运“一单制”业务的企业，按每票200元给予补助，单个企业年度最高100万元。"],
      "业务数据经片区航运物流局会同铁路部门核实确认。",
      "每季度首月1日—15日申报上一季度", "片区航运物流局，0592-5676342"),
    R(15, "航运物流", "国际船舶登记奖励", "《厦门片区国际船舶登记制度实施办法》（厦自贸委规〔2024〕7号）",
      ["（1）对在“中国厦门”船籍港新登记的国际航行船舶，按船舶净吨位每吨10元给予一次性奖励，单船最高50万元。",
       "（2）对开展保税船用燃料油加注业务的企业，按加注量每吨5元给予奖励。"],
      "船舶所有人或经营人在片区注册登记。",
      "2026年6月1日—6月30日", "片区航运物流局，0592-5676343"),
    R(16, "航运物流", "冷链物流设施建设补助", "《厦门市促进现代物流业高质量发展若干措施》（厦府办规〔2025〕4号）",
      ["对新建或改造冷库、冷链分拨中心等设施，固定资产投资500万元以上的，按设备投资额的15%给予补助，最高300万元。"],
      "项目位于片区内且已竣工投用，未享受其他同类财政补助。",
      "2026年5月1日—5月31日", "片区航运物流局，0592-5676344"),
    R(17, "航运物流", "航空物流发展奖励", XM_F4,
      ["（1）对新开通厦门始发的国际全货机航线，每条航线给予最高200万元奖励。",
       "（2）对年度国际航空货邮量超过1万吨的货运代理企业，给予50万元奖励。"],
      "在片区注册的航空公司、货运代理企业。",
      "2026年10月1日—10月31日", XM_HY),
    R(18, "金融服务", "金融机构落户奖励", XM_F5,
      ["（1）对新设立的法人银行、保险公司、证券公司，按实收资本的2%给予一次性奖励，最高2000万元。",
       "（2）对新设立的融资租赁、商业保理企业，实收资本达到1亿元以上的，给予100万元奖励。"],
      "经国家金融监督管理部门批准设立或依法登记，注册地在片区。",
      "常年受理", XM_JR),
    R(19, "金融服务", "跨境人民币结算奖励", XM_F5,
      ["（1）对年度跨境人民币结算量超过1亿元的企业，按结算量的0.5‰给予奖励，最高50万元。",
       "（2）对首次办理跨境人民币业务的企业，给予一次性奖励5万元。"],
      "结算数据以中国人民银行厦门市分行统计为准。",
      "2026年3月1日—3月31日", "片区金融服务局，0592-5676352"),
    R(20, "金融服务", "出口信用保险保费补助", "《厦门市促进外贸稳增长若干措施》（厦商务规〔2025〕1号）",
      ["（1）对小微外贸企业投保短期出口信用保险的，给予全额保费补助。",
       "（2）对其他企业投保的，按实缴保费的50%给予补助，单个企业最高100万元。"],
      "上年度出口额统计在片区，承保机构为经批准开展出口信用保险业务的保险机构。",
      "2026年7月1日—7月31日", XM_MY),
    R(21, "金融服务", "中小微企业融资贴息", "《厦门片区支持中小微企业纾困发展若干措施》（厦自贸委规〔2025〕9号）",
      ["（1）对片区中小微企业通过“信易贷”平台获得的贷款，按贷款市场报价利率（LPR）的50%给予贴息，单个企业年度最高30万元。",
       "（2）对首次获得银行贷款的企业，额外给予1个百分点的贴息。"],
      "符合《中小企业划型标准规定》的片区企业，贷款用于生产经营。",
      "2026年4月1日—4月30日、10月1日—10月31日", "片区金融服务局，0592-5676353"),
    R(22, "科技创新", "高新技术企业认定奖励", XM_F6,
      ["（1）对首次认定的国家高新技术企业，给予30万元奖励。",
       "（2）对重新认定的，给予10万元奖励。"],
      "当年取得高新技术企业证书且在片区纳税。",
      "2026年11月1日—11月30日", XM_KJ),
    R(23, "科技创新", "企业研发投入补助", XM_F6,
      ["对上年度研发费用加计扣除额超过200万元的企业，按研发费用增量部分的10%给予补助，最高200万元。"],
      "上年度在片区税务机关办理研发费用加计扣除。",
      "2026年6月1日—6月30日", XM_KJ),
    R(24, "科技创新", "新型研发机构建设支持", "《厦门市新型研发机构认定管理办法》（厦科规〔2024〕2号）",
      ["（1）对经认定的市级新型研发机构，给予最高500万元建设经费支持。",
       "（2）对绩效评价优秀的，按年度研发投入的10%给予后补助，最高300万元。"],
      "在片区注册、具有独立法人资格，研发人员占比不低于30%。",
      "2026年8月1日—8月31日", "片区科技创新局，0592-5676362"),
    R(25, "科技创新", "知识产权质押融资补助", "《厦门片区知识产权强区建设若干措施》（厦自贸委规〔2025〕10号）",
      ["（1）对以知识产权质押方式获得贷款的企业，按实际支付利息的50%给予贴息，最高50万元。",
       "（2）对评估、担保等费用按50%给予补助，最高10万元。"],
      "质押登记已在国家知识产权局办理完成，贷款已按期还本付息。",
      "常年受理", "片区科技创新局，0592-5676363"),
    R(26, "人才支持", "高层次人才安家补助", XM_F7,
      ["（1）对认定为A、B、C类的高层次人才，分别给予200万元、100万元、50万元安家补助，分5年发放。",
       "（2）对人才所在企业，按其引进人才安家补助额的10%给予引才奖励。"],
      "与片区企业签订3年以上劳动合同并在片区缴纳社会保险。",
      "2026年3月1日—12月31日", XM_RC),
    R(27, "人才支持", "台湾青年就业创业支持", "《厦门片区深化两岸融合发展若干措施》（厦自贸委规〔2024〕8号）",
      ["（1）对来片区就业的台湾青年，给予每月2000元生活补贴，最长3年。",
       "（2）对台湾青年在片区首次创业的，给予10万元创业启动资金。",
       "（3）对经认定的海峡两岸青年就业创业基地，每年给予最高100万元运营补助。"],
      "持有台湾居民居住证或台湾居民来往大陆通行证，年龄在45周岁以下。",
      "常年受理", "片区人才服务中心，0592-5676372"),
    R(28, "人才支持", "青年人才租房补贴", XM_F7,
      ["对在片区企业工作的全日制本科及以上学历人才，按博士每月2000元、硕士每月1500元、本科每月1000元标准给予租房补贴，最长36个月。"],
      "毕业5年内首次来厦就业，本人及配偶在厦门市无自有住房。",
      "每月1日—10日", XM_RC),
    R(29, "人才支持", "技能人才培训补贴", "《厦门市职业技能提升行动实施方案》（厦人社〔2024〕56号）",
      ["（1）企业组织职工参加职业技能培训并取得职业资格证书或职业技能等级证书的，按初级1000元、中级1500元、高级2000元每人给予补贴。",
       "（2）对新设立企业技能大师工作室的，给予10万元补助。"],
      "培训对象与片区企业签订劳动合同并缴纳社会保险。",
      "2026年5月1日—11月30日", "片区人才服务中心，0592-5676373"),
    R(30, "人才支持", "境外高端紧缺人才个人所得税补贴",
      "《厦门片区境外高端紧缺人才个人所得税财政补贴实施办法》（厦自贸委规〔2025〕12号）",
      ["对在片区工作的境外高端人才和紧缺人才，其在厦已缴纳的个人所得税额超过其按应纳税所得额的15%计算的税额部分，给予财政补贴，该补贴免征个人所得税。"],
      "符合片区境外高端紧缺人才认定标准，上一纳税年度在片区工作满90天。",
      "2026年4月1日—6月30日", "片区人才服务中心，0592-5676374"),
]

XM_NOTICE = [
    # (kind, text)   kind: p = plain body, run = run-in heading (黑体), h = heading line,
    #                kt = run-in heading in 楷体
    ("p", "为深入贯彻党中央、国务院关于促进民营经济发展壮大和持续优化营商环境的决策部署，推动各项惠企政策直达快享，片区管委会对现行有效的惠企政策进行了全面梳理，形成了《中国（福建）自由贸易试验区厦门片区2026年惠企政策清单》（以下简称《清单》），现印发给你们，并就有关事项通知如下："),
    ("run", "一、加强政策宣传解读。|各局（办）要按照“谁制定、谁解读”的原则，通过片区门户网站、“厦门自贸片区”微信公众号、政企面对面等渠道，做好《清单》所列政策的宣传解读工作，逐项编制申报指南，于2026年2月28日前集中对外公布。"),
    ("h", "二、优化申报兑现流程"),
    ("kt", "（一）推行“免申即享”。|对依托企业登记、纳税、海关、社保等数据即可确定兑现对象和金额的政策事项，由牵头部门主动比对数据、直接兑现，企业无需申报。"),
    ("kt", "（二）压缩兑现时限。|需企业申报的政策事项，牵头部门应自受理之日起20个工作日内完成审核，审核结果公示5个工作日无异议的，于公示期满后10个工作日内拨付资金。"),
    ("kt", "（三）实行“一口受理”。|片区政务服务中心设立惠企政策综合服务窗口，统一受理企业咨询和申报材料，按职责分送各牵头部门办理，办理结果统一反馈。"),
    ("h", "三、强化政策动态管理"),
    ("p", "《清单》实行动态调整。政策新出台、修订或废止的，牵头部门应于5个工作日内报片区经济发展局，由片区经济发展局汇总后更新《清单》并在片区门户网站公布。"),
    ("p", "各牵头部门要定期对政策实施效果开展评估，于每年11月底前形成评估报告，对效果不明显、企业获得感不强的政策，提出修改完善或退出建议。"),
    ("run", "四、严格资金监督管理。|各牵头部门要加强对申报材料真实性的审核，会同片区财政局开展资金使用绩效评价。对弄虚作假、骗取政策资金的，依法依规追回已拨付资金，取消其三年内申报片区各类扶持政策的资格，并按规定纳入信用记录；涉嫌犯罪的，依法移送司法机关处理。"),
    ("p", "《清单》自2026年2月1日起施行，有效期至2026年12月31日。执行期间，国家、省、市出台相关政策或原政策文件修订的，按新规定执行。"),
    ("p", "联系人：陈晓雯，电话：0592-5676321（片区经济发展局）。"),
]

XM_NOTES = [
    "注：1.本清单所列政策以原政策文件为准，支持标准、申报条件等与原政策文件不一致的，以原政策文件规定为准。",
    "2.同一企业同一项目符合片区多项同类政策的，按照“从高不重复”原则执行。",
    "3.“免申即享”政策事项另行在片区门户网站“惠企政策”专栏公布。",
]


def clause_text(kind, text):
    return text.replace("|", "")


def write_notice_items(doc, items, num_id=None):
    for kind, text in items:
        if kind == "p":
            body(doc, text)
        elif kind == "h":
            para(doc, [(text, HT)])
        elif kind == "run":
            a, b = text.split("|")
            para(doc, [(a, HT), (b, FS)])
        elif kind == "kt":
            a, b = text.split("|")
            para(doc, [(a, KT, True), (b, FS)])
        elif kind == "autokt":
            # numbering by Word: the text itself lacks "（一）"
            a, b = text.split("|")
            a = a.split("）", 1)[1]
            p = para(doc, [(a, KT, True), (b, FS)])
            set_num(p, num_id)
        elif kind == "item":
            body(doc, text)


def make_xiamen():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    sec = doc.sections[0]
    a4_portrait(sec)
    setup_footers(doc, sec)

    # 版头
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, before=18, after=0)
    r = p.add_run(XM_ORG + "文件")
    set_font(r, XBS, 22, color=RED, scale=80, spacing=-10)
    empty(doc, 2)
    p = para(doc, [("厦自贸委〔2026〕5号", FS)], align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0,
             after=6)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # 标题 (two lines by soft break)
    para(doc, [("中国（福建）自由贸易试验区\n厦门片区管理委员会关于印发\n2026年惠企政策清单的通知", XBS)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, size=22, line=35)
    empty(doc, 1)
    para(doc, [("片区各局（办）、各功能区管理机构，各有关企业：", FS)], align=WD_ALIGN_PARAGRAPH.LEFT,
         indent_chars=0)
    write_notice_items(doc, XM_NOTICE)
    empty(doc, 1)
    # 附件 line, continuation typed with full-width spaces
    para(doc, [("附件：中国（福建）自由贸易试验区厦门片区2026年\n　　　　　惠企政策清单", FS)],
         align=WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc, 3)
    para(doc, [(XM_ORG, FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent_chars=0, right=Pt(32))
    para(doc, [("　　　　　　　　　　　　　　　　2026年1月20日", FS)], align=WD_ALIGN_PARAGRAPH.LEFT,
         indent_chars=0)
    empty(doc, 1)
    para(doc, [("（此件公开发布）", FS)], align=WD_ALIGN_PARAGRAPH.LEFT)

    # 附件：landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(sec2)
    para(doc, [("附件", HT)], align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0)
    empty(doc, 1, size=12)
    para(doc, [(XM_LIST, XBS)], align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, size=20,
         line=32, after=8)
    build_table(doc, XM_ROWS, merge_cols=(1,), repeat_header=False)
    for i, n in enumerate(XM_NOTES):
        para(doc, [(n, FS)], align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0 if i == 0 else 0,
             size=12, line=20, left=Pt(0) if i == 0 else Pt(36), before=6 if i == 0 else 0)

    # 版记 on its own portrait page
    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(sec3)
    empty(doc, 16)
    banji(doc, "抄送：福建省商务厅，厦门市人民政府办公厅，市发展改革委、市财政局、市商务局。",
          "厦门自贸片区管委会办公室", "2026年1月20日印发")

    path = os.path.join(HERE, "blind712_xiamen_tongzhi.docx")
    doc.save(path)

    meta_common = dict(
        doc_number=None, issuer=[XM_ORG], date="2026-01-20", published=None, level="zone",
        region=XM_ZONE, effective="2026-02-01", expires="2026-12-31")
    notice = dict(meta=dict(
        title=XM_ORG + "关于印发2026年惠企政策清单的通知",
        doc_number="厦自贸委〔2026〕5号", issuer=[XM_ORG], date="2026-01-20", published=None,
        level="zone", region=XM_ZONE, effective="2026-02-01", expires="2026-12-31",
        attachments=[XM_LIST], doc_type="通知",
        recipients=["片区各局（办）", "各功能区管理机构", "各有关企业"],
        publicity="此件公开发布", repeals=None),
        clauses=[clause_text(k, t) for k, t in XM_NOTICE if k != "h"])
    lst = dict(meta=dict(title=XM_LIST, attachments=[], doc_type="清单", recipients=[],
                         publicity=None, repeals=None, **meta_common),
               clauses=[row_clause(r) for r in XM_ROWS] + XM_NOTES)
    return path, [notice, lst]


# ---------------------------------------------------------------- data: 青岛
QD_ZONE = "中国（山东）自由贸易试验区青岛片区"
QD_ORG = QD_ZONE + "管理委员会"
QD_ORG2 = "青岛市黄岛区财政局"
QD_LIST = QD_ZONE + "2026年惠企政策清单"

QD_F1 = "《中国（山东）自由贸易试验区青岛片区促进外商投资若干措施》（青自贸管规〔2025〕1号）"
QD_F2 = "《青岛市支持外贸稳规模优结构若干政策措施》（青政办规〔2024〕10号）"
QD_F3 = "《中国（青岛）跨境电子商务综合试验区青岛片区扶持政策》（青自贸管规〔2025〕5号）"
QD_F4 = "《青岛片区支持中欧班列高质量发展若干措施》（青自贸管规〔2025〕7号）"
QD_F5 = "《青岛前湾综合保税区高质量发展若干措施》（青自贸管规〔2025〕9号）"
QD_F6 = "《青岛片区推进跨境金融创新若干措施》（青自贸管规〔2025〕10号）"
QD_F7 = "《青岛片区优化营商环境若干措施》（青自贸管规〔2025〕12号）"

QD_TZ = "片区投资促进局（0532-86891201）"
QD_SW = "片区商务局（0532-86891211）"
QD_SW4 = "片区商务局（0532-86891214）"
QD_GH = "片区港航物流部（0532-86891241）"
QD_GH2 = "片区港航物流部（0532-86891242）"
QD_ZB = "综保区管理局（0532-86891251）"
QD_ZB2 = "综保区管理局（0532-86891252）"
QD_JR = "片区金融服务部（0532-86891261）"
QD_JR2 = "片区金融服务部（0532-86891262）"
QD_RL = "片区人力资源部（0532-86891231）"

QD_ROWS = [
    R(1, "外贸外资", "外资项目落地奖励", QD_F1,
      ["（1）对新设立外商投资企业、当年实际使用外资金额超过1000万美元的，按实际使用外资金额的1%给予奖励，最高1000万元；",
       "（2）对外资企业增资扩股、当年新增实际使用外资超过3000万美元的，按新增部分的1%给予奖励，最高500万元。"],
      "实际使用外资数据以商务部外资统计系统为准，项目注册地在片区。",
      "2026年4月1日至4月30日", QD_TZ),
    R(2, "外贸外资", "跨国公司功能性机构认定奖励", QD_F1,
      ["（1）对新认定的跨国公司地区总部，给予500万元一次性奖励；",
       "（2）对新认定的研发中心、结算中心、采购中心等功能性机构，给予100万元一次性奖励。"],
      "母公司资产总额不低于2亿美元，在片区设立并实际运营满1年。",
      "2026年4月1日至4月30日", QD_TZ),
    R(3, "外贸外资", "外贸企业开拓国际市场支持", QD_F2,
      ["（1）对企业参加境外展会的展位费，按实际发生额的70%给予补助，单个展会最高10万元；",
       "（2）参加共建“一带一路”国家重点展会的，补助比例提高至80%。"],
      "上年度进出口额统计在片区，展会列入市商务局年度重点展会目录。",
      "展会结束后3个月内申报", QD_SW),
    R(4, "外贸外资", "外贸综合服务企业奖励", QD_F2,
      ["对年度服务中小微企业出口额超过1亿美元的外贸综合服务企业，按服务出口额每美元0.01元给予奖励，最高200万元。"],
      "经商务部门认定的外贸综合服务企业，注册地在片区。",
      "2026年5月1日至5月31日", QD_SW),
    R(5, "外贸外资", "新型离岸国际贸易发展奖励", "《青岛片区促进新型离岸国际贸易发展若干措施》（青自贸管规〔2025〕3号）",
      ["（1）对年度新型离岸国际贸易收支额超过5000万美元的企业，按每美元0.01元给予奖励，最高300万元；",
       "（2）对新引进开展离岸贸易业务的贸易型总部企业，给予100万元落户奖励。"],
      "收支数据以国家外汇管理局青岛市分局统计为准。",
      "2026年6月1日至6月30日", "片区商务局（0532-86891212）"),
    R(6, "外贸外资", "共建“一带一路”国家经贸合作支持",
      "《青岛片区深化与共建“一带一路”国家经贸合作若干措施》（青自贸管规〔2025〕4号）",
      ["（1）对年度对共建“一带一路”国家进出口额增长30%以上且超过3000万元的企业，给予最高50万元奖励；",
       "（2）对在共建国家设立境外经贸合作区、海外仓的企业，按实际投资额的5%给予补助，最高200万元。"],
      "在片区注册并依法办理境外投资备案（核准）手续。",
      "2026年7月1日至7月31日", "片区商务局（0532-86891213）"),
    R(7, "跨境电商", "跨境电商经营主体奖励", QD_F3,
      ["（1）对年度跨境电商出口额首次达到500万美元、1000万美元、5000万美元的企业，分别给予20万元、50万元、100万元奖励；",
       "（2）对年度跨境电商进口额超过1亿元的企业，给予50万元奖励。"],
      "通过青岛海关跨境电商监管方式申报，数据统计在片区。",
      "2026年3月1日至3月31日", QD_SW4),
    R(8, "跨境电商", "公共海外仓建设补助", QD_F3,
      ["（1）对新认定的省级公共海外仓，给予50万元奖励；",
       "（2）对海外仓面积超过1万平方米的，按租赁或建设费用的10%给予补助，最高100万元。"],
      "海外仓运营满6个月，服务片区企业不少于20家。",
      "2026年3月1日至3月31日", QD_SW4),
    R(9, "跨境电商", "跨境电商产业园运营补助", QD_F3,
      ["对经认定的跨境电商产业园，按入驻跨境电商企业数量和年度交易额，给予运营主体每年最高100万元补助。"],
      "园区面积不少于1万平方米，入驻跨境电商企业不少于30家。",
      "2026年9月1日至9月30日", QD_SW4),
    R(10, "跨境电商", "跨境电商人才培训补贴",
      "《青岛市跨境电商人才培养三年行动计划（2024—2026年）》（青商务字〔2024〕18号）",
      ["（1）对开展跨境电商实训的企业，按每人1500元给予培训补贴；",
       "（2）对获评市级跨境电商人才培训基地的，给予30万元一次性补助。"],
      "培训学员与片区企业签订劳动合同，培训时长不少于40学时。",
      "常年受理", QD_RL),
    R(11, "跨境电商", "“网购保税+线下自提”业务支持",
      "《青岛片区推动跨境电商零售进口创新发展若干措施》（青自贸管规〔2025〕6号）",
      ["（1）对开展“网购保税+线下自提”业务的企业，按年度自提业务销售额的1%给予奖励，最高50万元；",
       "（2）对新开设线下自提门店的，每家给予10万元一次性补助。"],
      "在青岛前湾综合保税区内开展“1210”业务的企业。",
      "2026年8月1日至8月31日", QD_SW4),
    R(12, "中欧班列及多式联运", "中欧班列开行补助", QD_F4,
      ["（1）对在片区集结始发的中欧班列，按每列10万元给予平台公司补助；",
       "（2）对开行“齐鲁号”中欧班列“上合快线”回程班列的，每列额外给予5万元补助。"],
      "班列平台公司注册在片区，开行数据以中国铁路济南局集团有限公司统计为准。",
      "每季度首月申报上一季度", QD_GH),
    R(13, "中欧班列及多式联运", "中欧班列货源组织奖励", QD_F4,
      ["（1）对通过片区始发中欧班列运输货物的企业，按每标准箱500元给予奖励，单个企业年度最高100万元；",
       "（2）使用班列运输跨境电商货物的，按每标准箱800元给予奖励。"],
      "货物报关单位或收发货人注册在片区。",
      "每季度首月申报上一季度", QD_GH),
    R(14, "中欧班列及多式联运", "海铁联运箱量奖励", "《青岛市促进海铁联运发展扶持办法》（青交规〔2024〕3号）",
      ["（1）对经青岛港进出口的海铁联运集装箱，按每标准箱200元给予奖励；",
       "（2）对新开通海铁联运班列线路且年开行不少于50列的，给予50万元一次性奖励。"],
      "海铁联运箱量以山东港口青岛港集团统计为准。",
      "2026年2月1日至2月28日申报上年度", QD_GH2),
    R(15, "中欧班列及多式联运", "多式联运“一单制”试点支持",
      "《青岛片区推进多式联运“一单制”改革试点实施方案》（青自贸管发〔2025〕15号）",
      ["（1）对签发多式联运“一单制”提单的企业，按每单100元给予补助，单个企业年度最高50万元；",
       "（2）对开展“一单制”提单质押融资的，按融资额的1%给予补助，最高20万元。"],
      "纳入片区“一单制”试点企业名单。",
      "2026年11月1日至11月30日", "片区港航物流部（0532-86891243）"),
    R(16, "中欧班列及多式联运", "国际中转集拼业务奖励", "《青岛片区促进航运物流高质量发展若干措施》（青自贸管规〔2025〕8号）",
      ["对在片区开展国际中转集拼业务的企业，按年度中转集拼箱量每标准箱150元给予奖励，最高200万元。"],
      "业务在青岛前湾综合保税区或前湾港区海关监管作业场所内开展。",
      "2026年3月1日至3月31日", QD_GH2),
    R(17, "综合保税区发展", "保税维修业务奖励", QD_F5,
      ["（1）对开展全球保税维修业务、年度维修货值超过1亿元的企业，按维修货值的0.5%给予奖励，最高200万元；",
       "（2）对新获批纳入保税维修产品目录的，每个产品给予20万元奖励。"],
      "在综合保税区内注册并开展保税维修业务。",
      "2026年6月1日至6月30日", QD_ZB),
    R(18, "综合保税区发展", "保税研发支持", QD_F5,
      ["对在综合保税区内开展保税研发的企业，按研发设备投资额的10%给予补助，最高300万元。"],
      "研发项目已纳入海关保税研发监管。",
      "2026年6月1日至6月30日", QD_ZB),
    R(19, "综合保税区发展", "大宗商品保税交割支持", QD_F5,
      ["（1）对在综合保税区开展期货保税交割业务的交割库，按年度交割量给予最高100万元奖励；",
       "（2）对开展大宗商品“保税混矿”业务的企业，按每吨1元给予奖励，最高200万元。"],
      "交割库经期货交易所批准设立。",
      "2026年7月1日至7月31日", QD_ZB2),
    R(20, "综合保税区发展", "保税物流仓储设施补助", "《青岛市综合保税区发展扶持资金管理办法》（青财规〔2024〕6号）",
      ["（1）对新建保税仓库、监管作业场所投资超过2000万元的，按投资额的5%给予补助，最高500万元；",
       "（2）对租用保税仓储设施开展业务的企业，按租金的20%给予补助，最高50万元。"],
      "设施位于综合保税区内，已通过海关验收。",
      "2026年5月1日至5月31日", "综保区管理局（0532-86891253）"),
    R(21, "综合保税区发展", "进口商品展示交易中心补助", "《青岛片区促进进口贸易发展若干措施》（青自贸管规〔2024〕11号）",
      ["对在综合保税区设立进口商品展示交易中心、年度交易额超过5亿元的运营企业，给予最高100万元奖励。"],
      "运营满1年，入驻进口商品经营企业不少于20家。",
      "2026年9月1日至9月30日", QD_ZB2),
    R(22, "金融创新", "跨境金融业务创新奖励", QD_F6,
      ["（1）对首次开展跨国公司本外币一体化资金池业务的企业，给予20万元奖励；",
       "（2）对银行机构在片区落地全国首单跨境金融创新业务的，给予50万元奖励。"],
      "业务已按规定向国家外汇管理局青岛市分局备案。",
      "2026年10月1日至10月31日", QD_JR),
    R(23, "金融创新", "跨境融资租赁业务奖励", QD_F6,
      ["（1）对融资租赁企业在片区开展飞机、船舶、大型设备跨境租赁业务的，按租赁合同金额的0.5%给予奖励，最高300万元；",
       "（2）对设立SPV项目公司的，每家给予10万元奖励。"],
      "融资租赁企业注册在片区，租赁物已交付。",
      "2026年10月1日至10月31日", QD_JR),
    R(24, "金融创新", "政府性融资担保费补助", "《青岛市政府性融资担保降费奖补实施细则》（青财金〔2025〕12号）",
      ["（1）片区小微企业通过政府性融资担保机构获得贷款的，担保费率降至1%以下；",
       "（2）按实际缴纳担保费的50%给予企业补助，单户最高10万元。"],
      "单户担保金额1000万元以下的小微企业。",
      "常年受理", QD_JR2),
    R(25, "金融创新", "外贸企业汇率避险补助", "《青岛片区支持外贸企业汇率避险若干措施》（青自贸管发〔2025〕22号）",
      ["对中小微外贸企业首次办理外汇套期保值业务的，按实际支付保证金或担保费用的50%给予补助，单个企业最高5万元。"],
      "上年度进出口额在5000万美元以下的片区企业。",
      "2026年4月1日至11月30日", QD_JR2),
    R(26, "营商环境及人才", "首次进出口企业奖励", QD_F7,
      ["对当年首次开展进出口业务且进出口额超过100万美元的企业，给予5万元一次性奖励。"],
      "在片区新登记的外贸经营主体。",
      "2026年12月1日至12月20日", QD_SW),
    R(27, "营商环境及人才", "企业开办“零成本”", QD_F7,
      ["（1）新开办企业免费刻制公章等首套印章；",
       "（2）免费邮寄营业执照及印章；",
       "（3）免费发放税务UKey。"],
      "在片区新设立的各类企业。",
      "常年受理，即申即享", "片区政务服务中心（0532-86891271）"),
    R(28, "营商环境及人才", "高层次人才安居支持", "《青岛西海岸新区高层次人才安居办法》（青西新管发〔2024〕35号）",
      ["（1）对新引进的顶尖人才，给予最高500万元购房补贴；",
       "（2）对A、B、C类人才，分别给予每月5000元、3000元、2000元租房补贴，最长5年。"],
      "经认定的高层次人才，与片区企业签订5年以上劳动合同。",
      "2026年3月1日至11月30日", QD_RL),
    R(29, "营商环境及人才", "外籍人才服务保障", "《青岛片区外籍人才服务保障若干措施》（青自贸管发〔2025〕30号）",
      ["（1）片区企业聘雇外籍高端人才的，工作许可实行“不见面审批”；",
       "（2）为外籍人才子女入学提供协调服务；",
       "（3）外籍人才在片区购买商业医疗保险的，按保费的50%给予补贴，每人每年最高1万元。"],
      "持有外国人工作许可证（A类）且在片区工作。",
      "常年受理", "片区人力资源部（0532-86891232）"),
    R(30, "营商环境及人才", "高校毕业生就业补贴", "《青岛市促进高校毕业生等青年就业创业若干措施》（青人社规〔2025〕4号）",
      ["（1）对片区企业吸纳离校2年内高校毕业生就业并缴纳社会保险满12个月的，按每人2000元给予一次性吸纳就业补贴；",
       "（2）对毕业5年内的博士、硕士、本科毕业生，分别给予每月1500元、1000元、500元生活补贴，最长3年。"],
      "与片区企业签订1年以上劳动合同并缴纳社会保险。",
      "2026年3月1日至12月31日", QD_RL),
]

QD_NOTICE = [
    ("p", "为全面落实国家、省、市关于推动经济持续回升向好、提振经营主体信心的决策部署，进一步增强惠企政策的透明度和可及性，帮助企业“找得到、看得懂、用得上、享得快”，片区管委会会同黄岛区财政局对片区现行有效的惠企政策进行了系统梳理，形成了《中国（山东）自由贸易试验区青岛片区2026年惠企政策清单》（以下简称《清单》），现印发给你们，请结合实际认真抓好落实。"),
    ("h", "一、明确责任分工"),
    ("p", "（一）各政策牵头部门是政策兑现的责任主体，要对照《清单》逐项制定申报指南，明确申报材料、审核流程和兑现时限，于2026年3月15日前通过“青岛政策通”平台和片区门户网站发布。"),
    ("p", "（二）片区财政审计部会同黄岛区财政局做好政策资金保障，将《清单》所列政策资金纳入年度预算统筹安排，对审核通过的政策资金，原则上在公示结束后15个工作日内拨付到位。"),
    ("p", "（三）片区政务服务中心设立惠企政策“一站式”服务窗口，实行“一窗受理、分类办理、限时办结”，为企业提供政策咨询、申报辅导和进度查询服务。"),
    ("h", "二、创新兑现方式"),
    ("autokt", "（一）推行“免申即享”。|对依据现有数据可直接认定的政策事项，各牵头部门要通过数据共享比对，主动确定兑现对象和金额，实现企业免申报、直接享受。2026年“免申即享”政策事项占比力争达到40%以上。"),
    ("autokt", "（二）推行“即申即享”。|对确需企业申报的政策事项，要精简申报材料、优化审核流程，能通过部门共享获取的材料一律不再要求企业提供。具体包括："),
    ("item", "1.营业执照、纳税证明、社会保险缴纳证明等材料，通过数据共享方式获取；"),
    ("item", "2.企业已在其他政策申报中提交且仍在有效期内的材料，不再重复提交；"),
    ("item", "3.专项审计报告可由企业书面承诺替代的，实行告知承诺制，事后予以核查。"),
    ("autokt", "（三）推行“直达快享”。|政策资金原则上直接拨付至企业对公账户，不得要求企业另行开立账户或设置附加条件。"),
    ("h", "三、加强监督管理"),
    ("p", "各牵头部门要加强政策资金绩效评价，对政策执行效果开展跟踪评估，于每年12月15日前将评估情况报片区管委会。对以虚假材料骗取政策资金的，依法依规追回资金，纳入信用记录，三年内不得申报片区各类扶持政策。"),
    ("p", "本清单自2026年3月1日起执行，有效期至2026年12月31日。《中国（山东）自由贸易试验区青岛片区2025年惠企政策清单》（青自贸管发〔2025〕3号）同时废止。清单所列政策如遇上级政策调整或原政策文件失效的，以最新政策规定为准。"),
    ("p", "政策咨询电话：0532-86891270（片区政务服务中心惠企政策服务窗口）。"),
]

QD_NOTES = [
    "备注：1.清单所列“申报时间”为计划时间，具体以各牵头部门发布的申报通知为准。",
    "2.企业同一项目符合多项政策的，按照“就高不重复”原则享受，另有规定的除外。",
]


def make_qingdao():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    sec = doc.sections[0]
    a4_portrait(sec)
    setup_footers(doc, sec)
    num_id = add_chinese_numbering(doc)

    # 联合行文版头：layout table, organ names left (spaced by hand), 文件 right (merged)
    empty(doc, 1)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    no_borders(t)
    names = [QD_ORG, "青　岛　市　黄　岛　区　财　政　局"]
    for i, n in enumerate(names):
        c = t.cell(i, 0)
        c.width = Mm(128)
        p = c.paragraphs[0]
        fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=None, before=2, after=2)
        r = p.add_run(n)
        set_font(r, XBS, 16, color=RED, scale=90)
    for i in range(2):
        t.cell(i, 1).width = Mm(28)
    t.columns[0].width = Mm(128)
    t.columns[1].width = Mm(28)
    fixed_layout(t)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    r = p.add_run("文件")
    set_font(r, XBS, 36, color=RED)
    empty(doc, 2)
    p = para(doc, [("青自贸管发〔2026〕2号", FS)], align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0,
             after=6)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # 标题：四行，手工软回车，两机关之间留空格
    para(doc, [("中国（山东）自由贸易试验区青岛片区\n管理委员会 青岛市黄岛区财政局关于印发\n《中国（山东）自由贸易试验区青岛片区\n2026年惠企政策清单》的通知", XBS)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent_chars=0, size=22, line=35)
    empty(doc, 1)
    para(doc, [("片区各部门、各园区，黄岛区各有关单位，各有关企业：", FS)],
         align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0)
    write_notice_items(doc, QD_NOTICE, num_id=num_id)
    empty(doc, 1)
    para(doc, [("附件：中国（山东）自由贸易试验区青岛片区2026年惠企政策清单", FS)],
         align=WD_ALIGN_PARAGRAPH.LEFT, left=Pt(0))
    empty(doc, 3)
    # 联合落款：layout table
    t2 = doc.add_table(rows=2, cols=2)
    t2.autofit = False
    no_borders(t2)
    sign = [("中国（山东）自由贸易试验区\n青岛片区管理委员会", "青岛市黄岛区财政局"), ("", "2026年2月10日")]
    for i in range(2):
        for j in range(2):
            c = t2.cell(i, j)
            c.width = Mm(86 if j == 0 else 70)
            t2.columns[j].width = Mm(86 if j == 0 else 70)
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
            txt = sign[i][j]
            p = c.paragraphs[0]
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28)
            chunks = txt.split("\n")
            for k, ch in enumerate(chunks):
                r = p.add_run(ch)
                set_font(r, FS, 16)
                if k < len(chunks) - 1:
                    r.add_break(WD_BREAK.LINE)
    empty(doc, 1)
    para(doc, [("（此件主动公开）", FS)], align=WD_ALIGN_PARAGRAPH.LEFT)

    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_landscape(sec2)
    para(doc, [("附件", HT)], align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=0)
    para(doc, [(QD_ZONE + "\n2026年惠企政策清单", XBS)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent_chars=0, size=20, line=30, after=8)
    build_table(doc, QD_ROWS, merge_cols=(1, 3, 6, 7), repeat_header=True, soft_support=True)
    for i, n in enumerate(QD_NOTES):
        para(doc, [(n, KT)], align=WD_ALIGN_PARAGRAPH.LEFT, indent_chars=2 if i == 0 else 0,
             size=12, line=20, left=Pt(0) if i == 0 else Pt(24 + 36), before=6 if i == 0 else 0)

    sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4_portrait(sec3)
    empty(doc, 18)
    banji(doc, "抄送：山东省商务厅，青岛市商务局、市财政局，青岛西海岸新区管委办公室。",
          "青岛片区管委会党政办公室", "2026年2月10日印发")

    path = os.path.join(HERE, "blind712_qingdao_tongzhi.docx")
    doc.save(path)

    issuers = [QD_ORG, QD_ORG2]
    notice = dict(meta=dict(
        title=QD_ORG + " " + QD_ORG2 + "关于印发《" + QD_LIST + "》的通知",
        doc_number="青自贸管发〔2026〕2号", issuer=issuers, date="2026-02-10", published=None,
        level="zone", region=QD_ZONE, effective="2026-03-01", expires="2026-12-31",
        attachments=[QD_LIST], doc_type="通知",
        recipients=["片区各部门", "各园区", "黄岛区各有关单位", "各有关企业"],
        publicity="此件主动公开",
        repeals="《中国（山东）自由贸易试验区青岛片区2025年惠企政策清单》（青自贸管发〔2025〕3号）"),
        clauses=[clause_text(k, t) for k, t in QD_NOTICE if k != "h"])
    lst = dict(meta=dict(
        title=QD_LIST, doc_number=None, issuer=issuers, date="2026-02-10", published=None,
        level="zone", region=QD_ZONE, effective="2026-03-01", expires="2026-12-31",
        attachments=[], doc_type="清单", recipients=[], publicity=None, repeals=None),
        clauses=[row_clause(r) for r in QD_ROWS] + QD_NOTES)
    return path, [notice, lst]


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_712", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def main():
    expected = {}
    for maker in (make_xiamen, make_qingdao):
        path, docs = maker()
        to_pdf(path)
        stem = os.path.splitext(os.path.basename(path))[0]
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
