# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 593: 港口 / 综合保税区 收费目录清单 公告 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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
FW = "\u3000"  # full-width space

COLS = ["序号", "收费项目", "收费主体", "收费标准", "计费单位", "政策依据"]


# ---------------------------------------------------------------- helpers
def set_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._element.append(f1)
    r._element.append(it)
    r._element.append(f2)
    r._element.append(t)
    r._element.append(f3)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, text="", font=FS, size=16, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
         indent=True, color=None, line=28):
    p = doc.add_paragraph()
    fmt(p, align, indent, line)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runin(doc, head, rest, head_font=FS, head_bold=True):
    """Run-in heading typed as a bold (or 楷体) run followed by body text."""
    p = para(doc)
    set_font(p.add_run(head), head_font, 16, head_bold)
    set_font(p.add_run(rest), FS, 16)
    return p


def empty(doc, n=1):
    for _ in range(n):
        para(doc, "", indent=False)


def red_rule(p, color="FF0000", sz="12"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_rule(p, sz="8"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)
    ppr.append(bdr)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement("w:" + e)
        x.set(qn("w:val"), "nil")
        b.append(x)
    tblPr.append(b)


def set_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
        for row in table.rows:
            try:
                row.cells[i].width = Cm(w)
            except IndexError:
                pass


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.line_spacing = 1.0
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    set_font(p.add_run(text), font, size, bold, color)


def fee_table(doc, rows, merges, widths=(1.4, 2.9, 2.9, 3.1, 2.3, 3.0)):
    """rows: list of 6-tuples (full values, repeated for merged cells).
    merges: {col_index: [(first_row, last_row), ...]} using 0-based data-row indexes.
    Returns the analyst clauses for the rows."""
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(COLS):
        cell_text(t.rows[0].cells[i], c, HT, 12)
    merged_cells = set()
    for col, spans in merges.items():
        for a, b in spans:
            for r in range(a + 1, b + 1):
                merged_cells.add((r, col))
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            if (ri, ci) in merged_cells:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (3, 5) else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[ri + 1].cells[ci], val, FS, 12, align=al)
    for col, spans in merges.items():
        for a, b in spans:
            top = t.cell(a + 1, col)
            top.merge(t.cell(b + 1, col))
    set_widths(t, widths)
    return ["；".join("%s：%s" % (COLS[i], row[i]) for i in range(6)) for row in rows]


def add_chinese_numbering(doc):
    """Word auto-numbering 一、二、三、 (chineseCounting). Returns numId."""
    numbering = doc.part.numbering_part.element
    abs_id = "90"
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
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
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), HT)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), abs_id)
    num.append(an)
    numbering.append(num)
    return "90"


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = Pt(32)


# ================================================================ 1. 青岛 公告
def make_qingdao():
    stem = "blind593_qingdao_gonggao"
    doc = new_doc()
    clauses = []
    # title: both organs on line 1, soft line break, then 关于...
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    r = p.add_run("青岛市发展和改革委员会 青岛市交通运输局")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("关于公布青岛港口收费目录清单（2025年版）的公告"), XBS, 22)
    para(doc, "青发改价格〔2025〕286号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    intro = ("为深入贯彻落实党中央、国务院关于优化营商环境、有效降低全社会物流成本的决策部署，"
             "进一步规范港口收费行为，提高港口收费透明度，服务“一带一路”海上合作支点和中国（山东）自由贸易试验区青岛片区建设，"
             "根据《中华人民共和国价格法》《港口收费计费办法》（交水规〔2019〕2号）等有关规定，"
             "我们对青岛港口现行收费项目进行了全面梳理，形成了《青岛港口收费目录清单（2025年版）》（以下简称《清单》），"
             "现将有关事项公告如下：")
    para(doc, intro)
    clauses.append(intro)

    items = [
        "一、《清单》所列收费项目共12项，其中实行政府定价、政府指导价的收费6项，实行市场调节价的收费6项。"
        "《清单》之外，各收费主体一律不得向船方、货方、代理方收取任何费用。",
        "二、各收费主体应当严格执行明码标价规定，在收费场所显著位置、门户网站或者“青岛港口收费公示平台”"
        "公示收费项目、收费主体、收费标准、计费单位、服务内容、政策依据和举报电话等内容，自觉接受社会监督。"
        "收费标准调整的，应当提前30日公示。",
    ]
    for it in items:
        para(doc, it)
        clauses.append(it)
    # quirk: items 三 and 四 typed in ONE Word paragraph separated by a soft line break
    i3 = ("三、实行政府定价、政府指导价的收费项目，各收费主体不得擅自提高收费标准、扩大收费范围、增加收费频次；"
          "实行市场调节价的收费项目，应当遵循公平、合法和诚实信用的原则，按照补偿服务成本并合理盈利的原则制定收费标准。")
    i4 = ("四、各收费主体不得强制提供服务并收费，不得只收费不服务或者少服务多收费，"
          "不得将应由自身承担的费用转嫁给船方、货方，不得以拆分服务项目、重复计费等方式变相提高收费标准。")
    p = para(doc)
    r = p.add_run(i3)
    set_font(r, FS, 16)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run(i4), FS, 16)
    clauses += [i3, i4]
    more = [
        "五、市发展改革委、市交通运输局将会同市市场监管局等部门加强对港口收费行为的监督检查，"
        "对违法违规收费行为依法严肃查处，并按规定纳入信用记录。对违反本公告规定的行为，"
        "任何单位和个人均可拨打12315投诉举报。",
        "六、本公告自2026年1月1日起施行，有效期至2030年12月31日。"
        "《青岛市发展和改革委员会 青岛市交通运输局关于公布青岛港口收费目录清单的公告》（青发改价格〔2022〕95号）同时废止。"
        "国家和省出台新规定的，从其规定。",
        "特此公告。",
    ]
    for it in more:
        para(doc, it)
        clauses.append(it)
    # 附件 list line
    para(doc, "附件：青岛港口收费目录清单（2025年版）")
    empty(doc)
    # 落款: both organs on one line, aligned with full-width spaces (manual spacing)
    para(doc, FW * 2 + "青岛市发展和改革委员会" + FW * 3 + "青岛市交通运输局", indent=False)
    para(doc, FW * 17 + "2025年12月15日", indent=False)

    # ---------- attachment
    page_break(doc)
    para(doc, "附件", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    empty(doc)
    para(doc, "青岛港口收费目录清单（2025年版）", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    para(doc, "一、实行政府定价、政府指导价的收费", HT, 16)
    basis = "《港口收费计费办法》（交水规〔2019〕2号）"
    rows1 = [
        ("1", "引航（移泊）费（国际航行船舶）", "青岛港引航站", "按交通运输部规定的基准费率计收", "元/净吨", basis),
        ("2", "引航（移泊）费（国内航行船舶）", "青岛港引航站", "0.40", "元/净吨", basis),
        ("3", "拖轮费", "各拖轮经营人", "按基准费率下浮10%计收", "元/拖轮艘次", basis),
        ("4", "货物港务费（外贸集装箱）", "各港口经营人", "32.00", "元/标箱", basis),
        ("5", "货物港务费（外贸散杂货）", "各港口经营人", "0.50", "元/吨", basis),
        ("6", "港口设施保安费", "各港口经营人", "外贸集装箱8.50，外贸散杂货0.25", "元/标箱、元/吨", basis),
    ]
    clauses += fee_table(doc, rows1, {2: [(0, 1), (3, 5)], 5: [(0, 5)]})
    empty(doc)
    para(doc, "二、实行市场调节价的收费", HT, 16)
    mk = "实行市场调节价，由收费主体自主制定并公示"
    rows2 = [
        ("7", "港口作业包干费", "各港口经营人", mk, "元/标箱", basis),
        ("8", "库场使用费（集装箱）", "各港口经营人", "免费堆存期满后按实际堆存天数计收", "元/标箱·天", basis),
        ("9", "库场使用费（散杂货）", "各港口经营人", "免费堆存期满后按实际堆存天数计收", "元/吨·天", basis),
        ("10", "船舶供应服务费", "各船舶供应服务单位", mk, "元/艘次", basis),
        ("11", "船舶污染物接收处理服务费", "各船舶污染物接收单位", mk, "元/立方米", basis),
        ("12", "理货服务费", "各理货机构", mk, "元/标箱、元/吨", basis),
    ]
    clauses += fee_table(doc, rows2, {2: [(0, 2)], 5: [(0, 5)]})
    empty(doc)
    notes = [
        "注：1.实行政府定价、政府指导价的收费项目，收费主体不得超过规定标准收费；国家调整收费标准的，按调整后的标准执行。",
        "2.集装箱免费堆存期：进口重箱不少于4天，出口重箱不少于7天，空箱不少于10天；散杂货免费堆存期不少于5天。",
        "3.对经中欧班列、海铁联运方式进出港的集装箱，港口作业包干费按不高于同类业务平均水平的90%执行。",
        "4.本清单由青岛市发展和改革委员会会同青岛市交通运输局负责解释。",
    ]
    for n in notes:
        p = para(doc, n, FS, 14, indent=(not n.startswith("注")), line=24)
        clauses.append(n)
    para(doc, "监督举报电话：12315", FS, 14, indent=False, line=24)
    clauses.append("监督举报电话：12315")

    meta = {
        "title": "青岛市发展和改革委员会 青岛市交通运输局关于公布青岛港口收费目录清单（2025年版）的公告",
        "doc_number": "青发改价格〔2025〕286号",
        "issuer": ["青岛市发展和改革委员会", "青岛市交通运输局"],
        "date": "2025-12-15",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": "2026-01-01",
        "expires": "2030-12-31",
        "attachments": ["青岛港口收费目录清单（2025年版）"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": "《青岛市发展和改革委员会 青岛市交通运输局关于公布青岛港口收费目录清单的公告》（青发改价格〔2022〕95号）",
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# ================================================================ 2. 西安 综保区 公告
def make_xian():
    stem = "blind593_xian_gonggao"
    doc = new_doc()
    num_id = add_chinese_numbering(doc)
    clauses = []
    empty(doc)
    title = "关于公布西安综合保税区及西安国际港站收费目录清单的公告"
    para(doc, title, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    intro = ("为贯彻落实《国务院办公厅关于进一步降低物流成本的实施意见》（国办发〔2020〕10号）有关要求，"
             "支持中欧班列（西安）集结中心和西安综合保税区高质量发展，规范进出区货物及中欧班列场站服务收费行为，"
             "经市发展改革委、市交通运输局、西安国际港务区管理委员会对相关收费项目进行清理规范，"
             "现将《西安综合保税区及西安国际港站收费目录清单》予以公布，并将有关事项公告如下：")
    para(doc, intro)
    clauses.append(intro)

    # Word auto-numbered items (一、二、… generated by numbering.xml, not typed)
    auto_items = [
        ("适用范围。", "本清单适用于在西安综合保税区内从事仓储物流、海关查验场站服务，"
                   "以及在西安国际港站从事中欧班列（长安号）集装箱场站服务的经营主体所收取的经营服务性收费。"),
        ("收费原则。", "清单内收费项目均实行市场调节价，由收费主体遵循公平、合法、诚实信用的原则自主确定收费标准，"
                   "不得在清单之外另行设立收费项目，不得对同一服务重复收费。"),
        ("明码标价。", "各收费主体应当在营业场所、“单一窗口”及企业网站显著位置公示收费项目、服务内容、收费标准、"
                   "计费单位和投诉举报电话，未公示的收费项目一律不得收取。"),
    ]
    for h, rest in auto_items:
        p = runin(doc, h, rest)
        set_num(p, num_id)
    # item 四 with manual (一)(二) sub-items
    h4, r4 = "减免措施。", "对以下情形，各收费主体应当按照规定减免相关费用："
    p = runin(doc, h4, r4)
    set_num(p, num_id)
    subs = [
        "（一）进出区货物经海关查验未发现问题的，吊装、移位、仓储费用按规定由财政承担，查验场站不得向企业收取。",
        "（二）2026年3月1日至2026年12月31日，经中欧班列（长安号）进出区的跨境电商货物，集装箱堆存费免费堆存期由7天延长至10天。",
        "（三）对中欧班列回程空箱，免收集装箱场站作业费。",
    ]
    for s in subs:
        para(doc, s)
    h5, r5 = "监督管理。", ("市发展改革委、市交通运输局、西安国际港务区管理委员会将会同市场监管部门加强日常监管，"
                       "对不执行清单规定、不按规定明码标价等行为依法查处。价格监督举报电话：12315。")
    h6, r6 = "执行时间。", "本公告自2026年3月1日起执行，执行期至2028年12月31日。"
    for h, r in ((h5, r5), (h6, r6)):
        p = runin(doc, h, r)
        set_num(p, num_id)

    nums = ["一、", "二、", "三、", "四、", "五、", "六、"]
    allh = auto_items + [(h4, r4)]
    for i, (h, r) in enumerate(allh):
        clauses.append(nums[i] + h + r)
    clauses += subs
    clauses.append("五、" + h5 + r5)
    clauses.append("六、" + h6 + r6)
    empty(doc)
    para(doc, "附件：西安综合保税区及西安国际港站收费目录清单")
    empty(doc)
    # 落款 set out in a borderless 1x3 layout table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), "西安市发展和改革委员会", FS, 16)
    cell_text(t.cell(0, 1), "西安市交通运输局", FS, 16)
    cell_text(t.cell(1, 1), "西安国际港务区管理委员会", FS, 16)
    set_widths(t, (7.8, 7.8))
    para(doc, "二〇二六年二月九日" + FW * 2, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）")

    # ---------- attachment
    page_break(doc)
    para(doc, "附件", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    empty(doc)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    r = p.add_run("西安综合保税区及西安国际港站")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("收费目录清单"), XBS, 22)
    empty(doc)
    basis = "《中华人民共和国价格法》《明码标价和禁止价格欺诈规定》"
    a = "西安综保国际物流有限公司"
    b = "区内各仓储物流企业"
    c = "西安国际陆港多式联运有限公司"
    rows = [
        ("1", "查验场站吊装移位费", a, "20英尺箱200，40英尺箱300", "元/自然箱", basis),
        ("2", "查验场站仓储费", a, "60", "元/标箱·天", basis),
        ("3", "掏箱装箱费", a, "20英尺箱280，40英尺箱420", "元/自然箱", basis),
        ("4", "仓储费（普通货物）", b, "0.80", "元/吨·天", basis),
        ("5", "装卸搬运费", b, "12.00", "元/吨", basis),
        ("6", "集装箱场站作业费", c, "20英尺箱320，40英尺箱480", "元/自然箱", basis),
        ("7", "集装箱堆存费", c, "免费堆存期7天，超期后10.00", "元/标箱·天", basis),
        ("8", "冷藏箱插电监护费", c, "260", "元/自然箱·天", basis),
        ("9", "班列订舱代理服务费", c, "由双方协商确定", "元/标箱", basis),
        ("10", "报关代理服务费", "各报关企业", "由双方协商确定", "元/票", basis),
    ]
    clauses += fee_table(doc, rows, {2: [(0, 2), (3, 4), (5, 8)], 5: [(0, 9)]})
    empty(doc)
    para(doc, "注：", FS, 14, indent=False, line=24)
    notes = [
        "1.本清单所列收费项目均为经营服务性收费，实行市场调节价，表中所列收费标准为收费上限。",
        "2.“标箱”按20英尺集装箱计算，40英尺集装箱按2个标箱计。",
        "3.海关查验未发现问题的，第1、2项费用按照规定不向企业收取。",
    ]
    for n in notes:
        para(doc, n, FS, 14, line=24)
        clauses.append(n)

    meta = {
        "title": title,
        "doc_number": None,
        "issuer": ["西安市发展和改革委员会", "西安市交通运输局", "西安国际港务区管理委员会"],
        "date": "2026-02-09",
        "published": None,
        "level": "municipal",
        "region": "西安综合保税区",
        "effective": "2026-03-01",
        "expires": "2028-12-31",
        "attachments": ["西安综合保税区及西安国际港站收费目录清单"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# ================================================================ 3. 厦门 通知 (红头)
def make_xiamen():
    stem = "blind593_xiamen_tongzhi"
    doc = new_doc()
    clauses = []
    # red header as a borderless 2x2 layout table, 文件 merged vertically on the right
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "厦门市发展和改革委员会", XBS, 24, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED)
    cell_text(t.cell(1, 0), "厦门市交通运输局", XBS, 24, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XBS, 40, color=RED)
    set_widths(t, (11.6, 4.0))
    empty(doc)
    p = para(doc, "厦发改价格〔2026〕31号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_rule(p)
    empty(doc)
    p = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    r = p.add_run("厦门市发展和改革委员会 厦门市交通运输局")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("关于印发厦门港口收费目录清单")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("（2026年版）的通知"), XBS, 22)
    empty(doc)
    para(doc, "各港口经营企业、船舶代理企业，各有关单位：", indent=False)

    intro = ("为进一步降低港口物流成本，服务中国（福建）自由贸易试验区厦门片区和“丝路海港”建设，"
             "根据《中华人民共和国价格法》《港口收费计费办法》（交水规〔2019〕2号）等规定，"
             "我们对厦门港口收费目录清单进行了修订，形成了《厦门港口经营服务性收费目录清单（2026年版）》"
             "和《厦门港口岸政府定价收费目录清单（2026年版）》，现印发给你们，并就有关事项通知如下：")
    para(doc, intro)
    clauses.append(intro)

    para(doc, "一、严格执行清单管理", HT, 16)
    s = [("（一）实行清单外无收费。", "清单所列收费项目为厦门港口现行全部收费项目，清单之外的收费项目一律不得收取。"
                             "收费主体新增服务项目的，应当事先报市交通运输局备案，并按规定公示后方可收费。"),
         ("（二）严格执行政府定价。", "实行政府定价、政府指导价的收费项目，收费主体应当严格按照规定的收费标准和计费办法收费，"
                              "不得自立名目、擅自提高标准或者扩大范围收费。")]
    for h, r in s:
        runin(doc, h, r, KT, False)
        clauses.append(h + r)

    para(doc, "二、规范明码标价", HT, 16)
    h, r = "（一）公示内容。", "各收费主体应当在以下载体公示收费信息："
    runin(doc, h, r, KT, False)
    clauses.append(h + r)
    subs = ["1.在营业场所、业务受理窗口显著位置设置收费公示栏；",
            "2.在企业门户网站和“厦门港口服务”公共平台设置收费公示专栏；",
            "3.在与船方、货方签订的服务合同中载明收费项目、收费标准和计费方式。"]
    for x in subs:
        para(doc, x)
        clauses.append(x)
    h, r = "（二）公示要求。", "公示信息应当真实、准确、完整，收费标准发生变动的，应当至少提前30日公示，并明确执行日期。"
    runin(doc, h, r, KT, False)
    clauses.append(h + r)

    para(doc, "三、加强监督检查", HT, 16)
    s = [("（一）强化部门协同。", "市发展改革委、市交通运输局会同市市场监管局、厦门海关等部门建立港口收费联合监管机制，"
                            "每年至少开展一次港口收费专项检查。"),
         ("（二）畅通投诉渠道。", "船方、货方及代理企业对港口收费有异议的，可拨打12345政务服务便民热线或者12315价格举报电话反映，"
                            "有关部门应当依法及时处理。")]
    for h, r in s:
        runin(doc, h, r, KT, False)
        clauses.append(h + r)
    para(doc, "四、其他事项", HT, 16)
    x = ("本通知自2026年3月1日起执行，有效期至2031年2月28日。"
         "《厦门市发展和改革委员会 厦门市交通运输局关于印发厦门港口收费目录清单的通知》（厦发改价格〔2021〕208号）同时废止。")
    para(doc, x)
    clauses.append(x)
    x = ("联系人：市发展改革委价格管理处 林晓峰，电话：0592-2895361；"
         "市交通运输局港口管理处 陈志远，电话：0592-2263748。")
    para(doc, x)
    clauses.append(x)
    empty(doc)
    # 附件 list, second line aligned with full-width spaces
    para(doc, "附件：1.厦门港口经营服务性收费目录清单（2026年版）")
    para(doc, FW * 5 + "2.厦门港口岸政府定价收费目录清单（2026年版）")
    empty(doc, 2)
    para(doc, "厦门市发展和改革委员会" + FW * 3 + "厦门市交通运输局", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2026年1月20日" + FW * 4, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）")

    # ---------- 附件1
    page_break(doc)
    para(doc, "附件1", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    empty(doc)
    para(doc, "厦门港口经营服务性收费目录清单（2026年版）", XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    basis = "《港口收费计费办法》（交水规〔2019〕2号）"
    std = "由收费主体自主制定并公示"
    rows = [
        ("1", "港口作业包干费", "各集装箱码头经营企业", std, "元/标箱", basis),
        ("2", "库场使用费（集装箱）", "各集装箱码头经营企业", std, "元/标箱·天", basis),
        ("3", "冷藏集装箱服务费", "各集装箱码头经营企业", std, "元/自然箱·天", basis),
        ("4", "库场使用费（散杂货）", "各散杂货码头经营企业", std, "元/吨·天", basis),
        ("5", "散杂货装卸包干费", "各散杂货码头经营企业", std, "元/吨", basis),
        ("6", "船舶供应服务费", "各船舶供应服务企业", std, "元/艘次", basis),
        ("7", "理货服务费", "各理货机构", std, "元/标箱", basis),
    ]
    clauses += fee_table(doc, rows, {2: [(0, 2), (3, 4)], 3: [(0, 6)], 5: [(0, 6)]})
    empty(doc)
    n = "注：本清单所列收费项目实行市场调节价，收费主体应当按照补偿服务成本并合理盈利的原则制定收费标准，并报市交通运输局备案。"
    para(doc, n, FS, 14, indent=False, line=24)
    clauses.append(n)

    # ---------- 附件2
    page_break(doc)
    para(doc, "附件2", HT, 16, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    empty(doc)
    para(doc, "厦门港口岸政府定价收费目录清单（2026年版）", XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    rows = [
        ("1", "货物港务费", "各港口经营人", "外贸32.00，内贸16.00", "元/标箱", basis),
        ("2", "港口设施保安费", "各港口经营人", "外贸集装箱8.50", "元/标箱", basis),
        ("3", "引航（移泊）费", "厦门港引航站", "按交通运输部规定的基准费率计收", "元/净吨", basis),
        ("4", "航行国内航线船舶拖轮费", "各拖轮经营人", "按交通运输部规定的基准费率计收", "元/拖轮艘次", basis),
    ]
    clauses += fee_table(doc, rows, {2: [(0, 1)], 5: [(0, 3)]})
    empty(doc)
    notes = ["注：1.货物港务费、港口设施保安费由港口经营人代收，按规定缴入国库或者专款专用。",
             "2.航行国际航线船舶拖轮费实行市场调节价，不列入本清单。",
             "价格监督举报电话：12315"]
    for n in notes:
        para(doc, n, FS, 14, indent=(n[0].isdigit()), line=24)
        clauses.append(n)

    # ---------- 版记 as a bordered layout table at the very end
    empty(doc, 2)
    t = doc.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "抄送：省发展改革委，省交通运输厅，厦门海关，厦门港口管理局。", FS, 14,
              align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.cell(1, 0), "厦门市发展和改革委员会办公室" + FW * 6 + "2026年1月21日印发", FS, 14,
              align=WD_ALIGN_PARAGRAPH.LEFT)

    meta = {
        "title": "厦门市发展和改革委员会 厦门市交通运输局关于印发厦门港口收费目录清单（2026年版）的通知",
        "doc_number": "厦发改价格〔2026〕31号",
        "issuer": ["厦门市发展和改革委员会", "厦门市交通运输局"],
        "date": "2026-01-20",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": "2026-03-01",
        "expires": "2031-02-28",
        "attachments": ["厦门港口经营服务性收费目录清单（2026年版）", "厦门港口岸政府定价收费目录清单（2026年版）"],
        "doc_type": "通知",
        "recipients": ["各港口经营企业", "船舶代理企业", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": "《厦门市发展和改革委员会 厦门市交通运输局关于印发厦门港口收费目录清单的通知》（厦发改价格〔2021〕208号）",
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for maker in (make_qingdao, make_xian, make_xiamen):
        stem, doc, objs = maker()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_593", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
