# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 419: statistical report theme (自贸试验区运行情况 / 统计公报 + 报送通知)."""
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

EXPECTED = {}


# ---------------------------------------------------------------- helpers
def set_run_font(run, font, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, size=16, line=28, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if left is not None:
        pf.left_indent = Pt(left)


def para(doc, runs, align=None, indent=True, size=16, line=28, left=None):
    """runs: list of (text, font, bold) or a str (仿宋)."""
    p = doc.add_paragraph()
    fmt(p, align, indent, size, line, left)
    if isinstance(runs, str):
        runs = [(runs, FS, False)]
    for r in runs:
        text, font, bold = r[0], r[1], r[2]
        color = r[3] if len(r) > 3 else None
        rr = p.add_run(text)
        set_run_font(rr, font, size, bold, color)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False)


def bottom_border(p, color="FF0000", sz=12, top=False):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in (["top"] if top else []) + ["bottom"]:
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "1")
        el.set(qn("w:color"), color)
        bdr.append(el)
    ppr.append(bdr)


def setup(doc):
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    add_page_number(sec)


def add_page_number(sec):
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_run_font(r, "宋体", 14)
    r = fp.add_run()
    set_run_font(r, "宋体", 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            r._element.append(el)
        elif txt.strip() == "PAGE":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
            r._element.append(el)
        else:
            el = OxmlElement("w:t")
            el.text = txt
            r._element.append(el)
    r = fp.add_run(" —")
    set_run_font(r, "宋体", 14)


def cell_text(cell, text, font=FS, size=11, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              left=None, color=None):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if left is not None:
        pf.left_indent = Pt(left)
    r = p.add_run(text)
    set_run_font(r, font, size, bold, color)
    return p


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def data_table(doc, header, rows, clauses, indents=None, unit_row=None, widths=None):
    """Grid table. rows are lists of strings as displayed (may carry leading
    full-width spaces); clause text strips them. indents: per-row left indent (pt)."""
    nrows = len(rows) + 1 + (1 if unit_row else 0)
    t = doc.add_table(rows=nrows, cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    r0 = 0
    if unit_row:
        c = t.cell(0, 0).merge(t.cell(0, len(header) - 1))
        cell_text(c, unit_row, align=WD_ALIGN_PARAGRAPH.RIGHT)
        r0 = 1
    for j, h in enumerate(header):
        cell_text(t.cell(r0, j), h, font=HT, size=11)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            left = None
            if j == 0 and indents and indents[i]:
                left = indents[i]
            cell_text(t.cell(r0 + 1 + i, j), v,
                      align=WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER,
                      left=left)
        clauses.append("；".join("%s：%s" % (h, v.strip("　 ")) for h, v in zip(header, row)))
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def add_numbering(doc):
    """Word auto numbering '1.' with no tab after the number."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "419")
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "419")
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), "419")
    num.append(an)
    numbering.append(num)
    return 419


def numbered_para(doc, text, num_id):
    p = para(doc, text)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    return p


def title_para(doc, lines, soft=True, size=22):
    """Title in 方正小标宋; lines joined by soft breaks (one paragraph) or as
    separate paragraphs."""
    if soft:
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=size, line=36)
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            set_run_font(r, XBS, size)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
    else:
        for ln in lines:
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=size, line=36)
            r = p.add_run(ln)
            set_run_font(r, XBS, size)


def heading1(doc, text):
    return para(doc, [(text, HT, False)])


def body(doc, clauses, text, runin=None, runin_font=KT, bold=False):
    if runin:
        p = para(doc, [(runin, runin_font, bold), (text, FS, False)])
        clauses.append(runin + text)
    else:
        p = para(doc, text)
        clauses.append(text)
    return p


def meta(title, doc_number, issuer, date, level, region, doc_type, attachments=None,
         recipients=None, publicity=None, published=None):
    return {
        "title": title,
        "doc_number": doc_number,
        "issuer": issuer,
        "date": date,
        "published": published,
        "level": level,
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": attachments or [],
        "doc_type": doc_type,
        "recipients": recipients or [],
        "publicity": publicity,
        "repeals": None,
    }


# ====================================================== 1. 湖北 统计公报
def make_hubei():
    stem = "blind419_hubei_gongbao"
    doc = Document()
    setup(doc)
    num_id = add_numbering(doc)
    cl = []

    # title typed as two separate paragraphs
    title_para(doc, ["2025年中国（湖北）自由贸易试验区", "运行情况统计公报"], soft=False)
    empty(doc)
    para(doc, [("湖北省统计局　　湖北省商务厅", KT, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, [("（2026年3月6日）", KT, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)

    body(doc, cl, "2025年，在省委、省政府的坚强领导下，中国（湖北）自由贸易试验区（以下简称湖北自贸试验区）"
         "坚持以制度创新为核心，深入实施自由贸易试验区提升战略，主要经济指标保持稳中有进、进中提质的良好态势，"
         "对全省经济增长的支撑作用进一步增强。现将有关情况公报如下：")

    heading1(doc, "一、综合经济")
    body(doc, cl, "初步核算，2025年湖北自贸试验区实现地区生产总值4386.52亿元，按不变价格计算，比上年增长6.8%，"
         "增速高于全省平均水平1.0个百分点，占全省地区生产总值的比重为7.3%，比上年提高0.2个百分点。"
         "分片区看，武汉片区实现地区生产总值3215.37亿元，增长7.1%；襄阳片区612.84亿元，增长6.2%；"
         "宜昌片区558.31亿元，增长5.9%。")
    body(doc, cl, "规模以上工业增加值比上年增长7.5%，其中，高技术制造业增加值增长14.2%，占规模以上工业增加值的比重为38.6%。"
         "固定资产投资比上年增长5.2%，其中，工业投资增长9.6%，高技术产业投资增长18.3%。"
         "社会消费品零售总额1298.40亿元，增长6.1%。一般公共预算收入286.73亿元，增长3.4%，其中，"
         "税收收入231.05亿元，增长4.0%，税收收入占一般公共预算收入的比重为80.6%。")

    empty(doc)
    para(doc, [("表1　2025年湖北自贸试验区主要经济指标", HT, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, size=14)
    header = ["指标", "单位", "2025年", "比上年增长（%）"]
    rows = [
        ["地区生产总值", "亿元", "4386.52", "6.8"],
        ["规模以上工业增加值", "—", "—", "7.5"],
        ["其中：高技术制造业", "—", "—", "14.2"],
        ["固定资产投资", "—", "—", "5.2"],
        ["其中：工业投资", "—", "—", "9.6"],
        ["高技术产业投资", "—", "—", "18.3"],
        ["社会消费品零售总额", "亿元", "1298.40", "6.1"],
        ["一般公共预算收入", "亿元", "286.73", "3.4"],
        ["其中：税收收入", "亿元", "231.05", "4.0"],
        ["货物进出口总额", "亿元", "1036.82", "12.3"],
        ["其中：出口", "亿元", "684.19", "15.7"],
        ["进口", "亿元", "352.63", "6.2"],
        ["实际使用外资", "亿美元", "11.86", "9.3"],
        ["新设企业", "万家", "2.13", "8.4"],
    ]
    indents = [0, 0, 11, 0, 11, 44, 0, 0, 11, 0, 11, 44, 0, 0]
    data_table(doc, header, rows, cl, indents=indents, widths=[5.2, 2.4, 3.4, 4.6])
    body(doc, cl, "注：地区生产总值、规模以上工业增加值增速按不变价格计算，其余指标增速按现价计算。")
    body(doc, cl, "数据来源：湖北省统计局，武汉海关，湖北省商务厅，湖北省市场监督管理局。")
    empty(doc)

    heading1(doc, "二、对外贸易")
    body(doc, cl, "2025年，湖北自贸试验区实现货物进出口总额1036.82亿元，比上年增长12.3%，"
         "高于全省平均水平4.1个百分点，占全省的比重为14.9%。其中，出口684.19亿元，增长15.7%；"
         "进口352.63亿元，增长6.2%。从贸易方式看，一般贸易进出口612.50亿元，增长10.8%，"
         "占进出口总额的59.1%；加工贸易进出口243.17亿元，增长18.9%。",
         runin="（一）货物贸易规模再创新高。", runin_font=KT)
    body(doc, cl, "跨境电商进出口额186.42亿元，增长27.5%，其中，跨境电商出口152.68亿元，增长31.2%。"
         "市场采购贸易出口47.35亿元，增长22.6%。保税维修业务产值13.08亿元，增长40.7%。",
         runin="（二）新业态新模式加快发展。", runin_font=KT)
    body(doc, cl, "中欧班列（武汉）全年开行1126列，比上年增加153列，增长15.7%；发送10.82万标箱，增长13.1%。"
         "综合保税区进出口总额398.64亿元，增长9.8%，其中，武汉东湖综合保税区进出口286.27亿元，增长11.3%。",
         runin="（三）开放通道支撑有力。", runin_font=KT)

    empty(doc)
    para(doc, [("表2　2025年湖北自贸试验区分片区主要指标", HT, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, size=14)
    para(doc, [("单位：亿元，%", FS, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, size=12)
    header2 = ["片区", "地区生产总值", "增长", "货物进出口总额", "增长"]
    rows2 = [
        ["合计", "4386.52", "6.8", "1036.82", "12.3"],
        ["武汉片区", "3215.37", "7.1", "812.45", "13.5"],
        ["襄阳片区", "612.84", "6.2", "121.06", "8.1"],
        ["宜昌片区", "558.31", "5.9", "103.31", "7.6"],
    ]
    data_table(doc, header2, rows2, cl, widths=[3.2, 3.4, 2.3, 3.4, 2.3])
    body(doc, cl, "注：武汉片区数据含武汉东湖综合保税区；表中增速按可比口径计算。")
    empty(doc)

    heading1(doc, "三、投资和市场主体")
    body(doc, cl, "2025年，湖北自贸试验区新设外商投资企业386家，比上年增长12.9%；实际使用外资11.86亿美元，"
         "增长9.3%，占全省的32.4%。其中，高技术产业实际使用外资5.27亿美元，增长21.6%，"
         "占自贸试验区实际使用外资的44.4%。",
         runin="（一）外商投资稳中有升。", runin_font=KT)
    body(doc, cl, "新设企业2.13万家，增长8.4%。截至2025年末，累计新设企业17.65万家，是自贸试验区挂牌前的5.2倍。"
         "新增高新技术企业1083家，年末有效期内高新技术企业总数达到6427家。",
         runin="（二）市场主体持续壮大。", runin_font=KT)

    heading1(doc, "四、制度创新")
    body(doc, cl, "2025年，湖北自贸试验区新形成制度创新成果56项，其中，4项在全国复制推广，21项在全省复制推广。"
         "截至2025年末，累计形成制度创新成果827项，累计在全国复制推广39项。")

    empty(doc)
    para(doc, [("附注", HT, False)], indent=False)
    body(doc, cl, "1.本公报2025年数据为初步统计数，最终数据以《湖北统计年鉴2026》公布为准。")
    body(doc, cl, "2.湖北自贸试验区统计范围为武汉、襄阳、宜昌三个片区实施范围，总面积119.96平方公里。")
    body(doc, cl, "3.部分数据因四舍五入，存在总计与分项合计不等的情况。")
    para(doc, [("主要指标解释", HT, False)], indent=False)
    expl = [
        "地区生产总值：指按市场价格计算的一个地区所有常住单位在一定时期内生产活动的最终成果。",
        "实际使用外资：指外国投资者在自贸试验区范围内以货币、实物、无形资产、股权等方式实际缴付的出资额，"
        "以及外商投资企业获得的境外股东贷款等，按商务部统计口径计算。",
        "跨境电商进出口额：指通过海关跨境电子商务监管方式（9610、9710、9810、1210）申报的进出口商品总额。",
        "新设企业：指报告期内在自贸试验区范围内新登记注册的企业法人，不含个体工商户和农民专业合作社。",
    ]
    for i, t in enumerate(expl, 1):
        numbered_para(doc, t, num_id)
        cl.append("%d.%s" % (i, t))

    doc.save(os.path.join(HERE, stem + ".docx"))
    EXPECTED[stem] = [{
        "meta": meta("2025年中国（湖北）自由贸易试验区运行情况统计公报", None,
                     ["湖北省统计局", "湖北省商务厅"], "2026-03-06", "provincial",
                     "中国（湖北）自由贸易试验区", "公报"),
        "clauses": cl,
    }]
    return stem


# ====================================================== 2. 重庆 报送通知
def make_chongqing():
    stem = "blind419_chongqing_tongzhi"
    doc = Document()
    setup(doc)
    cl = []

    # red joint header typed as a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "重庆市商务委员会", font=XBS, size=30, color=RED,
              align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    cell_text(t.cell(1, 0), "重庆市统计局", font=XBS, size=30, color=RED,
              align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", font=XBS, size=40, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER)
    t.columns[0].width = Cm(11)
    t.columns[1].width = Cm(4.5)
    for row in t.rows:
        row.cells[0].width = Cm(11)
        row.cells[1].width = Cm(4.5)
    empty(doc)
    p = para(doc, "渝商务〔2026〕18号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p, sz=18)
    empty(doc)

    title_para(doc, ["关于做好2025年度中国（重庆）自由贸易试验区", "统计数据报送工作的通知"], soft=True)
    empty(doc)
    recipients = ["两江新区管委会", "西部科学城重庆高新区管委会", "重庆经开区管委会",
                  "各有关区县商务主管部门", "各有关区县统计局"]
    para(doc, "，".join(recipients) + "：", indent=False)

    body(doc, cl, "为全面、准确、及时反映中国（重庆）自由贸易试验区（以下简称重庆自贸试验区）建设成效，"
         "根据自由贸易试验区统计监测工作有关要求，现就做好2025年度重庆自贸试验区统计数据报送工作通知如下。")
    heading1(doc, "一、报送范围")
    body(doc, cl, "重庆自贸试验区两江片区、西永片区、果园港片区实施范围内的各类市场主体及相关管理部门。"
         "片区实施范围以《中国（重庆）自由贸易试验区总体方案》确定的四至范围为准，跨片区经营的企业按注册地归属统计。")
    heading1(doc, "二、报送内容")
    body(doc, cl, "包括地区生产总值、规模以上工业增加值、固定资产投资、社会消费品零售总额、一般公共预算收入、"
         "货物进出口、服务贸易进出口、实际使用外资、新设企业等9项指标，按季度报送累计值及同比增速。",
         runin="（一）主要经济指标。", runin_font=FS)
    body(doc, cl, "包括中欧班列（成渝）开行列数及货值、西部陆海新通道班列开行情况、综合保税区进出口、"
         "跨境电商进出口等指标，按月报送。",
         runin="（二）开放平台指标。", runin_font=FS)
    body(doc, cl, "各片区应于每季度末梳理本季度形成的制度创新成果，填写《中国（重庆）自由贸易试验区制度创新成果报送表》，"
         "注明创新事项、实施主体、实施成效及可复制推广性。",
         runin="（三）制度创新成果。", runin_font=FS)
    heading1(doc, "三、报送时间和方式")
    body(doc, cl, "各单位应按照下表规定的时间节点报送数据，遇法定节假日顺延。")
    header = ["序号", "报送事项", "报送单位", "报送时限", "报送方式"]
    rows = [
        ["1", "2025年四季度及全年主要经济指标", "各片区管理机构", "2026年1月20日前", "自贸试验区统计监测系统"],
        ["2", "2025年度开放平台指标", "各片区管理机构、各有关区县商务主管部门", "2026年1月23日前", "自贸试验区统计监测系统"],
        ["3", "2025年度制度创新成果", "各片区管理机构", "2026年1月30日前", "电子邮件（加盖公章扫描件）"],
        ["4", "2026年一季度主要经济指标", "各有关区县统计局", "2026年4月15日前", "自贸试验区统计监测系统"],
    ]
    data_table(doc, header, rows, cl, widths=[1.2, 4.4, 3.8, 3.0, 3.2])
    empty(doc)
    heading1(doc, "四、工作要求")
    body(doc, cl, "各片区管理机构要明确一名分管负责同志和一名统计联络员，统筹做好本片区统计数据的收集、审核和报送工作。"
         "统计联络员发生变动的，应于5个工作日内报市商务委备案。",
         runin="（一）压实工作责任。", runin_font=FS)
    body(doc, cl, "各单位要严格执行统计法律法规，对报送数据的真实性、准确性负责，建立数据三级审核机制，"
         "对同比增速波动超过20个百分点的指标，须附书面说明。严禁虚报、瞒报、拒报、迟报，严禁伪造、篡改统计资料。",
         runin="（二）严格数据审核。", runin_font=FS)
    body(doc, cl, "市统计局、重庆海关、市市场监管局等部门数据按季度推送至统计监测系统，"
         "各片区不得重复向企业采集已共享数据，切实减轻基层填报负担。",
         runin="（三）加强数据共享。", runin_font=FS)
    body(doc, cl, "统计数据将作为自贸试验区建设成效评估和片区年度考核的重要依据。"
         "市商务委将按季度通报各片区数据报送情况，对报送不及时、数据质量差的单位予以通报。",
         runin="（四）做好结果运用。", runin_font=FS)
    # contacts: second line aligned with manual full-width spaces
    body(doc, cl, "联系人：市商务委自贸处　刘洋，电话：023-62663058")
    para(doc, "　　　　　市统计局综合处　陈晓雯，电话：023-67708421")
    cl.append("市统计局综合处　陈晓雯，电话：023-67708421")
    empty(doc)

    att = ["中国（重庆）自由贸易试验区主要经济指标统计表",
           "中国（重庆）自由贸易试验区制度创新成果报送表"]
    para(doc, "附件：1.%s" % att[0])
    para(doc, "　　　2.%s" % att[1])
    empty(doc, 3)

    # joint signature typed as a borderless 1x2 table
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), "重庆市商务委员会", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(0, 1), "重庆市统计局", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "　　　　　　　　　　　　　　　　　2026年1月9日", indent=False)
    empty(doc)
    para(doc, "（此件公开发布）")
    empty(doc, 4)
    p = para(doc, [("抄送：商务部自贸区港司，国家统计局重庆调查总队，重庆海关。", FS, False)], indent=False,
             size=14)
    p.paragraph_format.left_indent = Pt(14)
    bottom_border(p, color="000000", sz=6, top=True)
    p = para(doc, [("重庆市商务委员会办公室　　　　　　　　　　2026年1月9日印发", FS, False)], indent=False,
             size=14)
    p.paragraph_format.left_indent = Pt(14)
    bottom_border(p, color="000000", sz=6)

    doc.save(os.path.join(HERE, stem + ".docx"))
    EXPECTED[stem] = [{
        "meta": meta("关于做好2025年度中国（重庆）自由贸易试验区统计数据报送工作的通知", "渝商务〔2026〕18号",
                     ["重庆市商务委员会", "重庆市统计局"], "2026-01-09", "provincial",
                     "中国（重庆）自由贸易试验区", "通知", attachments=att, recipients=recipients,
                     publicity="此件公开发布"),
        "clauses": cl,
    }]
    return stem


# ====================================================== 3. 厦门片区 通知 + 运行情况
def make_xiamen():
    stem = "blind419_xiamen_tongzhi"
    doc = Document()
    setup(doc)
    cl1, cl2 = [], []
    organ = "中国（福建）自由贸易试验区厦门片区管理委员会"

    p = para(doc, [("中国（福建）自由贸易试验区", XBS, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, size=26, line=40)
    para(doc, [("厦门片区管理委员会文件", XBS, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, size=26, line=40)
    empty(doc)
    p = para(doc, "厦自贸委〔2025〕31号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p, sz=18)
    empty(doc)
    title_para(doc, ["中国（福建）自由贸易试验区厦门片区管理委员会",
                     "关于印发2025年前三季度厦门片区运行情况的通知"], soft=True)
    empty(doc)
    recipients = ["片区各部门", "各功能区管理机构", "市直有关单位"]
    para(doc, "，".join(recipients) + "：", indent=False)
    att_title = "2025年前三季度中国（福建）自由贸易试验区厦门片区运行情况"
    body(doc, cl1, "现将《%s》印发给你们，请认真研究，结合各自职责，针对运行中存在的问题，"
         "抓紧研究提出第四季度工作措施，确保完成全年目标任务。" % att_title)
    body(doc, cl1, "一、各功能区管理机构要对照年度目标任务，逐项分析进度滞后的指标，明确责任单位和完成时限。")
    body(doc, cl1, "二、片区经济发展局要会同厦门海关、市统计局加强外贸进出口运行监测，重点关注进口增速回落和大宗商品价格波动情况。")
    body(doc, cl1, "三、片区招商服务局要加快推动在谈外资项目落地，力争第四季度实际使用外资不低于2.2亿美元。")
    body(doc, cl1, "各单位第四季度工作措施请于2025年11月10日前报片区综合协调局（经济运行处），"
         "同时发送电子版至xmftzjyc@163.com。")
    empty(doc)
    para(doc, "附件：" + att_title, indent=True)
    empty(doc, 3)
    # 落款 typed with manual spaces instead of right alignment
    para(doc, "　　　　　　　　　　　　中国（福建）自由贸易试验区", indent=False)
    para(doc, "　　　　　　　　　　　　　　厦门片区管理委员会", indent=False)
    para(doc, "　　　　　　　　　　　　　　　2025年10月28日", indent=False)
    empty(doc)
    para(doc, "（此件主动公开）")
    empty(doc, 3)
    p = para(doc, [("中国（福建）自由贸易试验区厦门片区管理委员会综合协调局　2025年10月28日印发", FS, False)],
             indent=False, size=14)
    bottom_border(p, color="000000", sz=6, top=True)

    # ---- attachment on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, [("附件", HT, False)], indent=False)
    empty(doc)
    title_para(doc, ["2025年前三季度中国（福建）自由贸易试验区", "厦门片区运行情况"], soft=True)
    empty(doc)
    body(doc, cl2, "2025年前三季度，厦门片区坚持稳中求进工作总基调，围绕建设“两岸融合发展示范区”和"
         "“高水平开放引领区”，扎实推进自由贸易试验区提升战略，主要经济指标总体保持平稳增长。")
    heading1(doc, "一、主要指标运行情况")
    body(doc, cl2, "前三季度，厦门片区实现地区生产总值1127.46亿元，同比增长5.9%，比上半年加快0.3个百分点，"
         "高于全市平均水平0.4个百分点。规模以上工业增加值同比增长6.7%，其中，电子信息产业增加值增长9.2%。",
         runin="（一）经济总量稳步增长。", runin_font=KT)
    body(doc, cl2, "前三季度，片区实现货物进出口总额2318.75亿元，同比增长4.6%，占全市的比重为31.2%。"
         "其中，出口1342.08亿元，增长7.9%；进口976.67亿元，增长0.4%。对共建“一带一路”国家进出口1085.32亿元，"
         "增长10.5%，占片区进出口总额的46.8%；对台湾地区进出口142.56亿元，增长6.3%。",
         runin="（二）外贸进出口保持韧性。", runin_font=KT)
    body(doc, cl2, "跨境电商进出口额103.84亿元，同比增长24.7%；保税维修进出口额61.27亿元，增长18.2%；"
         "融资租赁累计引进飞机、船舶等大型设备资产总额1526.30亿元，比上年末增加87.45亿元。",
         runin="（三）新业态加快培育。", runin_font=KT)
    body(doc, cl2, "前三季度，片区新设外商投资企业415家，同比增长16.2%，其中，台资企业203家，增长21.6%；"
         "实际使用外资5.94亿美元，同比增长3.8%，扭转了上半年下降1.7%的态势。",
         runin="（四）利用外资回稳向好。", runin_font=KT)
    empty(doc)
    para(doc, [("表　2025年前三季度厦门片区主要经济指标", HT, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, size=14)
    header = ["指标", "1—9月", "同比增长", "增速比上半年加快（百分点）"]
    rows = [
        ["地区生产总值", "1127.46", "5.9", "0.3"],
        ["规模以上工业增加值", "—", "6.7", "0.5"],
        ["　其中：电子信息产业", "—", "9.2", "1.1"],
        ["货物进出口总额", "2318.75", "4.6", "-0.8"],
        ["　其中：出口", "1342.08", "7.9", "0.6"],
        ["　　　　进口", "976.67", "0.4", "-2.9"],
        ["跨境电商进出口额", "103.84", "24.7", "3.5"],
        ["实际使用外资（亿美元）", "5.94", "3.8", "5.5"],
    ]
    # unit line typed inside the table as a merged first row
    data_table(doc, header, rows, cl2, unit_row="单位：亿元，%", widths=[5.4, 2.8, 2.6, 4.8])
    body(doc, cl2, "注：实际使用外资单位为亿美元；“—”表示该指标不发布绝对值。")
    body(doc, cl2, "数据来源：厦门市统计局、厦门海关、厦门市商务局。")
    empty(doc)
    heading1(doc, "二、存在的问题")
    body(doc, cl2, "受大宗商品价格下行影响，前三季度片区进口增速比上半年回落2.9个百分点，其中，"
         "铁矿砂、原油进口额分别下降12.4%和8.7%。", runin="一是进口增长乏力。", runin_font=FS, bold=True)
    body(doc, cl2, "前三季度片区固定资产投资同比下降2.3%，其中，工业投资下降5.1%，新开工亿元以上项目数量同比减少9个。",
         runin="二是产业投资后劲不足。", runin_font=FS, bold=True)
    body(doc, cl2, "数字贸易、离岸贸易等新业态仍处于起步阶段，对片区外贸增长的贡献率不足5%。",
         runin="三是部分新业态规模偏小。", runin_font=FS, bold=True)
    heading1(doc, "三、下一步工作")
    body(doc, cl2, "用好RCEP、“丝路海运”等平台，组织企业参加第八届中国国际进口博览会等重点展会，"
         "支持企业拓展共建“一带一路”国家市场，力争全年进出口增长5%左右。",
         runin="（一）稳住外贸基本盘。", runin_font=KT)
    body(doc, cl2, "加快推进重点项目建设，第四季度力争新开工项目15个以上，完成投资85亿元以上。",
         runin="（二）扩大有效投资。", runin_font=KT)
    body(doc, cl2, "扩大保税维修、跨境电商等业务规模，推进离岸贸易试点，探索开展数据跨境流动便利化试点。",
         runin="（三）培育新业态新模式。", runin_font=KT)
    empty(doc)
    para(doc, [("附：主要指标解释", HT, False)], indent=False)
    body(doc, cl2, "1.货物进出口总额：指实际进出我国关境的货物总金额，按片区内企业注册地统计，数据来源于厦门海关。")
    body(doc, cl2, "2.跨境电商进出口额：指片区内企业通过海关跨境电子商务监管方式申报的进出口商品总额。")
    body(doc, cl2, "3.保税维修进出口额：指片区内企业以保税方式开展境外及区外入区检测、维修业务的进出口货值。")

    doc.save(os.path.join(HERE, stem + ".docx"))
    EXPECTED[stem] = [
        {
            "meta": meta(organ + "关于印发2025年前三季度厦门片区运行情况的通知", "厦自贸委〔2025〕31号",
                         [organ], "2025-10-28", "zone", "中国（福建）自由贸易试验区厦门片区", "通知",
                         attachments=[att_title], recipients=recipients, publicity="此件主动公开"),
            "clauses": cl1,
        },
        {
            "meta": meta(att_title, None, [organ], "2025-10-28", "zone",
                         "中国（福建）自由贸易试验区厦门片区", "报告"),
            "clauses": cl2,
        },
    ]
    return stem


def to_pdf(stem):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_419", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


if __name__ == "__main__":
    stems = [make_hubei(), make_chongqing(), make_xiamen()]
    for s in stems:
        to_pdf(s)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("written:", ", ".join(stems))
