# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 740 blind test documents: 自贸片区市场监管局“双随机、一公开”抽查结果公示."""
import json
import os
import random
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- credit codes
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
RNG = random.Random(740)


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def make_uscc(region, new_style=True):
    body_chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    if new_style:
        org = "MA" + RNG.choice("0123456789") + "".join(RNG.choice(body_chars) for _ in range(5))
    else:
        org = "".join(RNG.choice("0123456789") for _ in range(8))
    s = sum(_orgval(c) * w for c, w in zip(org, ORG_W))
    c9 = 11 - s % 11
    org += "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    code17 = "91" + region + org
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code17, USCC_W))
    chk = (31 - s % 31) % 31
    return code17 + USCC_CHARS[chk]


# ---------------------------------------------------------------- docx helpers
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_font(run, name, size, bold=False, color=None):
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
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, text="", font=FS, size=16, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
         indent=True, line=28, color=None):
    p = doc.add_paragraph()
    fmt(p, align, indent, line)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=28):
    """parts: list of (text, font, bold) or 'BR' for a soft line break."""
    p = doc.add_paragraph()
    fmt(p, align, indent, line)
    last = None
    for part in parts:
        if part == "BR":
            last.add_break(WD_BREAK.LINE)
            continue
        t, f, b = part
        last = p.add_run(t)
        set_font(last, f, 16, b)
    return p


def empty(doc, n=1):
    for _ in range(n):
        para(doc, "", indent=False)


def page_setup(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        section.top_margin, section.bottom_margin = Cm(2.8), Cm(2.6)
        section.left_margin, section.right_margin = Cm(3.0), Cm(3.0)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)


def add_page_number(section, style="dash"):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if style == "dash" else WD_ALIGN_PARAGRAPH.RIGHT
    pre = "— " if style == "dash" else "第 "
    post = " —" if style == "dash" else " 页"
    set_font(p.add_run(pre), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    set_font(p.add_run(post), "宋体", 14)


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              soft_break_at=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = None
    if soft_break_at:
        a, b = text[:soft_break_at], text[soft_break_at:]
        r = p.add_run(a); set_font(r, font, size, bold)
        r.add_break(WD_BREAK.LINE)
        r = p.add_run(b); set_font(r, font, size, bold)
    else:
        set_font(p.add_run(text), font, size, bold)


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true")
    trpr.append(h)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def data_table(doc, header, rows, widths, header_soft=None, merge_col=None, merge_rows=None,
               left_cols=(), trailing_blank=False, size=12):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        sb = header_soft.get(i) if header_soft else None
        cell_text(t.rows[0].cells[i], h, HT, size, False, soft_break_at=sb)
    repeat_header(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            al = WD_ALIGN_PARAGRAPH.LEFT if i in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(cells[i], v, FS, size, align=al)
    if trailing_blank:
        t.add_row()
    if merge_col is not None and merge_rows:
        a, b = merge_rows  # 1-based data rows, inclusive
        top = t.cell(a, merge_col)
        val = rows[a - 1][merge_col]
        merged = top.merge(t.cell(b, merge_col))
        cell_text(merged, val, FS, size)
    set_col_widths(t, widths)
    return t


def row_clause(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row))


def add_numbering(doc, fmt_text="%1.", indent_first=640):
    """Create a Word auto-numbering list (decimal) and return its numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    an = OxmlElement("w:abstractNum"); an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); an.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", fmt_text),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), str(indent_first))
    ppr.append(ind); lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "32"); rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), str(nid))
    ani = OxmlElement("w:abstractNumId"); ani.set(qn("w:val"), str(aid)); num.append(ani)
    numbering.append(num)
    return nid


def numbered_para(doc, text, nid):
    p = para(doc, text)
    p.paragraph_format.first_line_indent = None
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(nid))
    numpr.append(il); numpr.append(ni)
    ppr.insert(0, numpr)
    return p


def base_meta(**kw):
    m = {
        "title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
        "level": "zone", "region": None, "effective": None, "expires": None,
        "attachments": [], "doc_type": "公示", "recipients": [], "publicity": None,
        "repeals": None,
    }
    m.update(kw)
    return m


# ======================================================================== DOC 1
def doc_lingang():
    org = "中国（上海）自由贸易试验区临港新片区市场监督管理局"
    title2 = "2026年第一批“双随机、一公开”抽查结果公示"
    R = "310115"
    doc = Document()
    sec = doc.sections[0]
    page_setup(sec)
    add_page_number(sec)
    clauses = []

    empty(doc)
    for t_ in ("中国（上海）自由贸易试验区临港新片区", "市场监督管理局2026年第一批",
               "“双随机、一公开”抽查结果公示"):
        para(doc, t_, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc)

    op1 = ("根据《企业信息公示暂行条例》《市场监督管理行政处罚程序规定》和《上海市市场监督管理局"
           "关于深入推进“双随机、一公开”监管的实施意见》等规定，我局于2026年1月12日至2月13日，"
           "在临港新片区范围内开展了2026年第一批“双随机、一公开”抽查工作。")
    op2 = ("本次抽查通过国家企业信用信息公示系统（上海）随机抽取检查对象、随机选派执法检查人员，"
           "共抽取企业20户，涉及企业登记事项、企业公示信息、产品质量、价格收费行为等抽查事项，"
           "检查中未发现问题12户，发现问题并责令整改5户，通过登记的住所或者经营场所无法联系3户。"
           "现将抽查结果予以公示。")
    runs(doc, [(op1, FS, False), "BR", (op2, FS, False)])
    clauses.append(op1 + op2)

    para(doc, "一、“双随机、一公开”抽查结果", HT, 16)
    h1 = ["序号", "企业名称", "统一社会信用代码", "抽查事项", "检查结果", "处理情况"]
    names = [
        ("上海临港弘博新能源汽车零部件有限公司", "企业登记事项检查", "未发现问题", "/"),
        ("上海港城智造装备科技有限公司", "企业登记事项检查", "未发现问题", "/"),
        ("上海滴水湖国际贸易有限公司", "企业公示信息检查", "未发现问题", "/"),
        ("上海洋山臻远供应链管理有限公司", "企业公示信息检查", "公示的年度报告中从业人数、资产总额等信息与实际不符", "责令整改"),
        ("上海临港蓝湾跨境电子商务有限公司", "企业公示信息检查", "未按规定公示股东出资即时信息", "责令整改"),
        ("上海芯港半导体材料有限公司", "工业产品生产许可证获证企业检查", "未发现问题", "/"),
        ("上海泥城精密机械制造有限公司", "工业产品生产许可证获证企业检查", "未发现问题", "/"),
        ("上海书院镇鲜达餐饮管理有限公司", "食品经营者落实食品安全主体责任检查", "从业人员健康证明未及时更新", "责令整改"),
        ("上海万祥冷链物流有限公司", "食品经营者落实食品安全主体责任检查", "未发现问题", "/"),
        ("上海临港星海航运服务有限公司", "价格收费行为检查", "未发现问题", "/"),
        ("上海港航汇通船舶代理有限公司", "价格收费行为检查", "未在经营场所明码标价", "责令整改，已整改完毕"),
        ("上海东海大桥物流有限公司", "企业登记事项检查", "通过登记的住所无法联系", "列入经营异常名录"),
        ("上海环湖数字科技有限公司", "企业登记事项检查", "未发现问题", "/"),
        ("上海申港国际货运代理有限公司", "企业登记事项检查", "通过登记的住所无法联系", "列入经营异常名录"),
        ("上海临港汇智计量检测有限公司", "计量器具使用情况检查", "未发现问题", "/"),
        ("上海海港大道加油站有限公司", "计量器具使用情况检查", "加油机未按规定申请强制检定", "责令整改"),
        ("上海顺通特种车辆有限公司", "特种设备使用单位检查", "未发现问题", "/"),
        ("上海鹏程起重设备租赁有限公司", "特种设备使用单位检查", "未发现问题", "/"),
        ("上海芦潮港水产贸易有限公司", "企业登记事项检查", "通过登记的经营场所无法联系", "列入经营异常名录"),
        ("上海临港云帆信息技术有限公司", "企业登记事项检查", "未发现问题", "/"),
    ]
    rows1 = []
    for i, (n, item, res, act) in enumerate(names, 1):
        rows1.append([str(i), n, make_uscc(R), item, res, act])
    # rows 3-5 share one vertically merged 抽查事项 cell
    data_table(doc, h1, rows1, [0.9, 3.6, 5.0, 2.1, 2.3, 1.7], header_soft={2: 6},
               merge_col=3, merge_rows=(3, 5), left_cols=(1, 4), size=10.5)
    for r in rows1:
        clauses.append(row_clause(h1, r))

    para(doc, "", indent=False)
    para(doc, "二、未按规定公示年度报告企业名单", HT, 16)
    p2 = ("经查，下列企业未按照《企业信息公示暂行条例》规定的期限公示2024年度报告，"
          "根据《市场监督管理严重违法失信名单管理办法》《经营异常名录管理办法》相关规定，"
          "我局已将其列入经营异常名录。")
    para(doc, p2)
    clauses.append(p2)
    h2 = ["序号", "企业名称", "统一社会信用代码", "列入日期", "处理情况"]
    names2 = ["上海临港晟泰贸易有限公司", "上海港城锦程建材有限公司", "上海南汇嘉禾农业发展有限公司",
              "上海洋泾湾文化传播有限公司", "上海冠程汽车服务有限公司", "上海临港汇金企业管理咨询有限公司"]
    rows2 = []
    for i, n in enumerate(names2, 1):
        rows2.append([str(i), n, make_uscc(R), "2026年2月27日", "列入经营异常名录"])
    data_table(doc, h2, rows2, [0.9, 4.8, 5.0, 2.3, 2.6], header_soft={2: 6}, left_cols=(1,), size=10.5)
    for r in rows2:
        clauses.append(row_clause(h2, r))

    para(doc, "", indent=False)
    para(doc, "说明：", HT, 16)
    notes = [
        "1.检查结果为“未发现问题”的，仅表明被抽查企业在本次抽查事项范围内未发现违法违规行为，不代表对企业其他经营行为的认可。",
        "2.对检查中发现问题并责令整改的企业，我局将于整改期限届满后进行复查；逾期未改正的，依法予以处理。",
        "3.被列入经营异常名录的企业，依法履行公示义务或者办理住所变更登记后，可以向我局申请移出经营异常名录。",
        "4.对抽查结果有异议的，可自本公示发布之日起10个工作日内，以书面形式向我局提出异议，并提供相关证明材料。",
    ]
    for n in notes:
        para(doc, n)
        clauses.append(n)
    contacts = [
        "联系人：陈晓雯  施建国",
        "联系电话：021-68283517",
        "联系地址：上海市浦东新区环湖西三路168号",
    ]
    for c in contacts:
        para(doc, c)
        clauses.append(c)

    empty(doc, 2)
    p = para(doc, "                  中国（上海）自由贸易试验区", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    p = para(doc, "                  临港新片区市场监督管理局", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    p = para(doc, "                      2026年3月6日", indent=False,
             align=WD_ALIGN_PARAGRAPH.LEFT)

    meta = base_meta(
        title=org + title2, issuer=[org], date="2026-03-06",
        region="中国（上海）自由贸易试验区临港新片区",
    )
    return doc, [{"meta": meta, "clauses": clauses}]


# ======================================================================== DOC 2
def doc_nansha():
    org = "中国（广东）自由贸易试验区南沙片区市场监督管理局"
    title = "中国（广东）自由贸易试验区南沙片区市场监督管理局关于2026年第一批“双随机、一公开”抽查结果的公示"
    docno = "南自贸市监〔2026〕7号"
    R = "440115"
    doc = Document()
    sec = doc.sections[0]
    page_setup(sec)
    add_page_number(sec)
    clauses = []

    # red header
    para(doc, "中国（广东）自由贸易试验区", XBS, 26, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         line=40, color="FF0000")
    para(doc, "南沙片区市场监督管理局", XBS, 26, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         line=40, color="FF0000")
    empty(doc)
    p = para(doc, docno, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    empty(doc)
    p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 32)
    r = p.add_run("中国（广东）自由贸易试验区南沙片区"); set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("市场监督管理局关于2026年第一批"); set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("“双随机、一公开”抽查结果的公示"); set_font(r, XBS, 22)
    empty(doc)

    op = ("为进一步规范事中事后监管，营造市场化、法治化、国际化一流营商环境，根据《国务院关于在市场监管领域"
          "全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号）和《广东省市场监督管理局"
          "“双随机、一公开”监管工作细则》有关要求，我局按照2026年度抽查工作计划，于2026年1月至3月对南沙片区内"
          "跨境电商、保税物流、融资租赁等领域市场主体开展了第一批“双随机、一公开”抽查。本批次共抽查市场主体16户，"
          "其中未发现问题10户，责令整改4户，列入经营异常名录2户。现将有关情况公示如下。")
    para(doc, op)
    clauses.append(op)
    para(doc, "一、抽查结果", HT, 16)

    # landscape section for the wide table
    new = doc.add_section()
    page_setup(new, landscape=True)
    h1 = ["序号", "企业名称", "统一社会信用代码", "抽查事项", "检查结果", "处理情况"]
    data = [
        ("广州南沙悦购跨境电子商务有限公司", "跨境电商零售进口商品质量安全检查", "未发现问题", "/"),
        ("广州市南沙区海港通保税物流有限公司", "企业公示信息检查", "未发现问题", "/"),
        ("广州南沙湾区融资租赁有限公司", "企业公示信息检查", "未发现问题", "/"),
        ("广州明珠湾国际商业保理有限公司", "企业公示信息检查", "年度报告公示的通信地址与实际不符", "责令整改"),
        ("广州南沙蕉门河餐饮管理有限公司", "餐饮服务食品安全检查", "未发现问题", "/"),
        ("广州庆盛枢纽商贸有限公司", "餐饮服务食品安全检查", "未按规定公示食品经营许可证", "责令整改，已整改完毕"),
        ("广州南沙龙穴岛船舶配件有限公司", "企业登记事项检查", "未发现问题", "/"),
        ("广州市南沙区万顷沙农产品贸易有限公司", "企业登记事项检查", "通过登记的住所无法联系", "列入经营异常名录"),
        ("广州南沙粤港澳青创科技有限公司", "企业登记事项检查", "未发现问题", "/"),
        ("广州南沙全球优品进口商品有限公司", "进口商品价格标示检查", "未发现问题", "/"),
        ("广州南沙港湾冷链仓储有限公司", "特种设备使用单位检查", "叉车未按期进行定期检验", "责令整改"),
        ("广州黄阁汽车零部件有限公司", "工业产品质量监督抽查", "未发现问题", "/"),
        ("广州南沙海纳国际物流有限公司", "特种设备使用单位检查", "未发现问题", "/"),
        ("广州南沙鸿运电子商务有限公司", "网络交易经营行为检查", "未在网站首页显著位置持续公示营业执照信息", "责令整改"),
        ("广州市南沙区横沥建材贸易有限公司", "企业登记事项检查", "通过登记的经营场所无法联系", "列入经营异常名录"),
        ("广州南沙智港数字科技有限公司", "网络交易经营行为检查", "未发现问题", "/"),
    ]
    rows1 = [[str(i), n, make_uscc(R), a, b, c] for i, (n, a, b, c) in enumerate(data, 1)]
    data_table(doc, h1, rows1, [1.3, 5.6, 5.8, 4.4, 4.2, 2.4], left_cols=(1,), size=12)
    for r in rows1:
        clauses.append(row_clause(h1, r))

    para(doc, "", indent=False)
    para(doc, "二、未按规定公示年报企业名单", HT, 16)
    p2 = ("下列企业未在2025年6月30日前报送并公示2024年度报告，我局已依照《经营异常名录管理办法》"
          "第八条规定将其列入经营异常名录，通过国家企业信用信息公示系统向社会公示。")
    para(doc, p2)
    clauses.append(p2)
    h2 = ["序号", "企业名称", "统一社会信用代码", "法定代表人", "处理情况"]
    data2 = [
        ("广州南沙启航文化传媒有限公司", "黄某某"),
        ("广州市南沙区珠江街鑫荣五金店有限公司", "梁某"),
        ("广州南沙新垦水产养殖有限公司", "何某某"),
        ("广州南沙东涌供应链管理有限公司", "陈某"),
        ("广州南沙灵山电子科技有限公司", "李某某"),
        ("广州南沙大岗机械设备租赁有限公司", "冯某"),
        ("广州南沙榄核贸易有限公司", "吴某某"),
    ]
    rows2 = [[str(i), n, make_uscc(R), lr, "列入经营异常名录"] for i, (n, lr) in enumerate(data2, 1)]
    data_table(doc, h2, rows2, [1.3, 7.6, 5.8, 3.0, 4.0], left_cols=(1,), size=12)
    for r in rows2:
        clauses.append(row_clause(h2, r))

    # back to portrait
    back = doc.add_section()
    page_setup(back)
    para(doc, "三、有关说明", HT, 16)
    nid = add_numbering(doc)
    notes = [
        "本次抽查结果已同步归集至国家企业信用信息公示系统（广东），并记于相应企业名下。",
        "对责令整改的企业，我局将跟踪督促整改到位；拒不整改或者整改不到位的，依法依规严肃处理。",
        "被列入经营异常名录的企业，可在补报未报年份的年度报告并公示后，通过广东省市场监督管理局网上办事平台申请移出。",
        "被抽查企业对公示内容有异议的，可在本公示发布之日起20日内向我局书面提出，逾期不予受理。",
    ]
    for i, n in enumerate(notes, 1):
        numbered_para(doc, n, nid)
        clauses.append(f"{i}.{n}")
    c1 = "异议受理部门：南沙片区市场监督管理局信用监管科"
    c2 = "联系电话：020-39078426（工作日上午9:00—12:00，下午14:00—17:30）"
    c3 = "电子邮箱：nszmqscjg_xy@163.com"
    for c in (c1, c2, c3):
        para(doc, c)
        clauses.append(c)

    empty(doc, 2)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 1), "中国（广东）自由贸易试验区", FS, 16)
    p = t.cell(0, 1).add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("南沙片区市场监督管理局"), FS, 16)
    cell_text(t.cell(1, 1), "2026年3月18日", FS, 16)
    set_col_widths(t, [7.0, 8.6])
    empty(doc)
    para(doc, "（此件公开发布）", FS, 16)

    meta = base_meta(
        title=title, doc_number=docno, issuer=[org], date="2026-03-18",
        region="中国（广东）自由贸易试验区南沙片区", publicity="此件公开发布",
    )
    return doc, [{"meta": meta, "clauses": clauses}]


# ======================================================================== DOC 3
def doc_qingbaijiang():
    org = "中国（四川）自由贸易试验区成都青白江铁路港片区市场监督管理局"
    title = org + "2026年第一批“双随机、一公开”抽查结果公示"
    R = "510113"
    doc = Document()
    sec = doc.sections[0]
    page_setup(sec)
    add_page_number(sec, style="page")
    clauses = []

    p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 34)
    for k, t_ in enumerate(("中国（四川）自由贸易试验区成都", "青白江铁路港片区市场监督管理局",
                            "2026年第一批“双随机、一公开”", "抽查结果公示")):
        if k:
            r.add_break(WD_BREAK.LINE)
        r = p.add_run(t_); set_font(r, XBS, 22)
    empty(doc)

    op = ("按照《成都市市场监督管理局2026年度“双随机、一公开”抽查工作计划》安排，我局会同片区综合执法、"
          "应急管理等部门，对青白江铁路港片区内从事中欧班列（成渝）货运代理、国际多式联运、平行进口汽车、"
          "保税仓储等业务的市场主体开展了联合抽查。现将2026年第一批抽查结果公示如下：")
    para(doc, op)
    clauses.append(op)

    c_head = "一、抽查基本情况。"
    c_body = ("本批次抽查自2026年2月2日开始，至3月13日结束，共随机抽取检查对象14户，随机选派执法人员"
              "28人次。经检查，未发现问题的8户，发现问题已责令整改的4户，通过登记的住所或经营场所无法联系的2户。")
    runs(doc, [(c_head, HT, False), (c_body, FS, False)])
    clauses.append(c_head + c_body)

    c_head2 = "二、抽查结果明细。"
    c_body2 = "具体抽查结果见下表。"
    runs(doc, [(c_head2, HT, False), (c_body2, FS, False)])
    clauses.append(c_head2 + c_body2)

    h1 = ["序号", "企业名称", "统一社会信用代码", "抽查事项", "检查结果", "处理情况"]
    data = [
        ("成都国际铁路港班列运营服务有限公司", "企业登记事项检查", "未发现问题", "/"),
        ("成都蓉欧通达国际货运代理有限公司", "企业公示信息检查", "未发现问题", "/"),
        ("成都青白江陆港多式联运有限公司", "企业公示信息检查", "未按规定公示行政许可取得信息", "责令整改"),
        ("成都铁路港平行进口汽车贸易有限公司", "进口汽车产品质量及召回检查", "未发现问题", "/"),
        ("成都蓉欧锦宸汽车销售服务有限公司", "进口汽车产品质量及召回检查", "未建立进口汽车销售台账", "责令整改"),
        ("成都青白江保税仓储物流有限公司", "特种设备使用单位检查", "未发现问题", "/"),
        ("成都亚蓉欧冷链物流有限公司", "特种设备使用单位检查", "起重机械作业人员未持证上岗", "责令整改，已整改完毕"),
        ("成都弥牟国际商贸有限公司", "企业登记事项检查", "通过登记的住所无法联系", "列入经营异常名录"),
        ("成都大弯中欧商品展销有限公司", "进口商品价格标示检查", "未发现问题", "/"),
        ("成都城厢古镇文化旅游发展有限公司", "企业登记事项检查", "未发现问题", "/"),
        ("成都青白江木材进口贸易有限公司", "计量器具使用情况检查", "电子汽车衡超过检定周期使用", "责令整改"),
        ("成都铁路港食品供应链有限公司", "食品经营者落实食品安全主体责任检查", "未发现问题", "/"),
        ("成都清泉镇进出口贸易有限公司", "企业登记事项检查", "通过登记的经营场所无法联系", "列入经营异常名录"),
        ("成都蓉欧快铁数字贸易有限公司", "企业公示信息检查", "未发现问题", "/"),
    ]
    rows1 = [[str(i), n, make_uscc(R), a, b, c] for i, (n, a, b, c) in enumerate(data, 1)]
    data_table(doc, h1, rows1, [0.9, 3.6, 5.0, 2.1, 2.3, 1.7], header_soft={2: 6}, left_cols=(1,),
               trailing_blank=True, size=10.5)
    for r in rows1:
        clauses.append(row_clause(h1, r))

    c_head3 = "三、未按规定公示年报企业。"
    c_body3 = ("以下企业未按规定报送公示2024年度报告，我局已将其列入经营异常名录。企业补报并公示年度报告后，"
               "可申请移出经营异常名录。")
    runs(doc, [(c_head3, HT, False), (c_body3, FS, False)])
    clauses.append(c_head3 + c_body3)
    h2 = ["序号", "企业名称", "统一社会信用代码", "处理情况"]
    data2 = ["成都青白江祥福物流有限公司", "成都铁港汇联商务信息咨询有限公司", "成都姚渡农业科技有限公司",
             "成都华严建材销售有限公司"]
    rows2 = [[str(i), n, make_uscc(R), "列入经营异常名录"] for i, n in enumerate(data2, 1)]
    data_table(doc, h2, rows2, [1.1, 5.9, 5.0, 3.6], left_cols=(1,), size=10.5)
    for r in rows2:
        clauses.append(row_clause(h2, r))

    para(doc, "", indent=False)
    runs(doc, [("四、说明", HT, False)])
    notes = [
        "1．本公示所列检查结果，仅对本次抽查事项及抽查时点负责。",
        "2．对发现问题的企业，我局将依法采取以下措施：",
        "（1）对责令整改的企业，整改期限为30日，期满后组织复查；",
        "（2）对通过登记的住所或经营场所无法联系的企业，依法列入经营异常名录，并纳入重点监管对象；",
        "（3）涉嫌违法需要立案查处的，依照《市场监督管理行政处罚程序规定》办理。",
        "3．企业对抽查结果有异议的，可在公示之日起15个工作日内，填写《抽查结果异议申请书》（见附件），"
        "连同相关证明材料向我局提出。",
    ]
    for n in notes:
        para(doc, n)
        clauses.append(n)
    contact = ("异议受理联系人：刘先生，联系电话：028-83961275，地址：成都市青白江区香岛大道1509号"
               "铁路港片区政务服务中心3楼。")
    para(doc, contact)
    clauses.append(contact)

    empty(doc)
    para(doc, "附件：抽查结果异议申请书", FS, 16)
    empty(doc, 2)
    para(doc, "中国（四川）自由贸易试验区成都青白江铁路港片区", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT,
         indent=False)
    para(doc, "市场监督管理局          ", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "二〇二六年三月二十日          ", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    meta = base_meta(
        title=title, issuer=[org], date="2026-03-20",
        region="中国（四川）自由贸易试验区成都青白江铁路港片区",
        attachments=["抽查结果异议申请书"],
    )
    return doc, [{"meta": meta, "clauses": clauses}]


# ======================================================================== main
def main():
    expected = {}
    out = []
    for stem, fn in (("blind740_lingang_gongshi", doc_lingang),
                     ("blind740_nansha_gongshi", doc_nansha),
                     ("blind740_qingbaijiang_gongshi", doc_qingbaijiang)):
        doc, key = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        out.append(path)
        expected[stem] = key
    for path in out:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_740", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
