# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 437: 项目工作台账 / 推进表 in landscape sections + 工作周报."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

STATUS_FILL = {"已完成": "C6EFCE", "推进中": "FFEB9C", "滞后": "FFC7CE"}

COLS = ["序号", "项目名称", "建设内容", "总投资（亿元）", "年度计划投资", "1—6月完成",
        "完成率", "形象进度", "存在问题", "责任单位", "推进状态"]
HEAD_TXT = ["序号", "项目名称", "建设内容", "总投资\n（亿元）", "年度计\n划投资", "1—6月\n完成",
            "完成率", "形象进度", "存在\n问题", "责任\n单位", "推进\n状态"]
WIDTHS = [9, 34, 52, 15, 15, 15, 14, 46, 16, 13, 9]


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=None, bold=None, color=None, ascii_name=None):
    run.font.name = ascii_name or name
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:ascii"), ascii_name or name)
    rFonts.set(qn("w:hAnsi"), ascii_name or name)
    rFonts.set(qn("w:eastAsia"), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt_para(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=28, size=16):
    """runs: list of (text, font, bold) or a plain string (仿宋)."""
    p = doc.add_paragraph()
    fmt_para(p, align, indent, line)
    if isinstance(runs, str):
        runs = [(runs, FS, False)]
    for item in runs:
        text, font, bold = item[0], item[1], item[2]
        color = item[3] if len(item) > 3 else None
        r = p.add_run(text)
        set_font(r, font, size, bold, color,
                 ascii_name="Times New Roman" if font == FS else None)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt_para(p, None, False, line)


def red_line(p, color="FF0000", sz=12, where="bottom"):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc: insert right after pStyle/keepNext etc.
        pPr.insert(0, bdr)
    b = OxmlElement("w:" + where)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)


def page_number_footer(section, size=14):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), SONG, size)
    r = p.add_run()
    set_font(r, SONG, size)
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
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)
    r._r.append(t)
    r._r.append(f3)
    set_font(p.add_run(" —"), SONG, size)


def portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)


def landscape(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    sec.left_margin, sec.right_margin = Mm(20), Mm(20)
    return sec


def back_to_portrait(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec)
    return sec


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    # keep schema order: shd before vAlign
    va = tcPr.find(qn("w:vAlign"))
    if va is not None:
        va.addprevious(shd)
    else:
        tcPr.append(shd)


def cell_text(cell, text, size=9, font=FS, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None):
    p = cell.paragraphs[0]
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    pf.first_line_indent = Pt(0)
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_font(r, font, size, bold, color, ascii_name="Times New Roman" if font == FS else None)
        if i < len(lines) - 1:
            r.add_break()  # soft line break inside the cell
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def new_table(doc, nrows, widths_mm):
    t = doc.add_table(rows=nrows, cols=len(widths_mm))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for i, w in enumerate(widths_mm):
        t.columns[i].width = Mm(w)
        for c in t.columns[i].cells:
            c.width = Mm(w)
    return t


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    trPr.append(el)


def row_clause(cols, cells):
    """cells: list of (text, span). Empty cells omitted; a merged cell is
    named by its first grid column."""
    parts, i = [], 0
    for text, span in cells:
        if text:
            parts.append("%s：%s" % (cols[i], text))
        i += span
    return "；".join(parts)


def money(x):
    return "%.2f" % x


def rate(done, plan, digits=1):
    v = done / plan * 100
    return ("%." + str(digits) + "f%%") % v


# ----------------------------------------------------------- table data
def build_rows(categories, digits=1, subtotal_col=0, subtotal_span=3, cat_merge=False):
    """Return list of (kind, cells) where cells = [(text, span)] covering 11 grid cols,
    plus per-category sums and grand total."""
    rows = []
    n = 0
    g = [0.0, 0.0, 0.0]
    cat_sums = []
    for cat_no, cat_name, projects in categories:
        if cat_merge:
            rows.append(("cat", [(cat_no, 1), (cat_name, 10)]))
        else:
            rows.append(("cat", [(cat_no, 1), (cat_name, 1)] + [("", 1)] * 9))
        s = [0.0, 0.0, 0.0]
        for pr in projects:
            n += 1
            name, content, tot, plan, done, prog, prob, unit, status = pr
            s[0] += tot
            s[1] += plan
            s[2] += done
            rows.append(("item", [(str(n), 1), (name, 1), (content, 1), (money(tot), 1),
                                  (money(plan), 1), (money(done), 1), (rate(done, plan, digits), 1),
                                  (prog, 1), (prob, 1), (unit, 1), (status, 1)]))
        g = [g[k] + s[k] for k in range(3)]
        cat_sums.append(s)
        rows.append(("sub", subtotal_cells("小计", s, digits, subtotal_col, subtotal_span)))
    rows.append(("sub", subtotal_cells("合计", g, digits, subtotal_col, subtotal_span)))
    return rows, cat_sums, g


def subtotal_cells(label, s, digits, col, span):
    if col == 0:
        head = [(label, span)]
    else:  # label in 项目名称 column, 序号 blank, no merge
        head = [("", 1), (label, 1), ("", 1)]
    return head + [(money(s[0]), 1), (money(s[1]), 1), (money(s[2]), 1),
                   (rate(s[2], s[1], digits), 1), ("", 1), ("", 1), ("", 1), ("", 1)]


def fill_table(t, start_row, rows, size=9, shade_status=True, status_color=False):
    for ri, (kind, cells) in enumerate(rows):
        r = t.rows[start_row + ri]
        cant_split(r)
        gi = 0
        for text, span in cells:
            if span > 1:
                c = t.cell(start_row + ri, gi).merge(t.cell(start_row + ri, gi + span - 1))
            else:
                c = t.cell(start_row + ri, gi)
            align = WD_ALIGN_PARAGRAPH.CENTER
            if gi in (1, 2, 7, 8) and kind == "item":
                align = WD_ALIGN_PARAGRAPH.LEFT
            if kind == "cat" and gi == 1:
                align = WD_ALIGN_PARAGRAPH.LEFT
            bold = kind in ("cat", "sub")
            font = HT if kind == "cat" else FS
            color = None
            if status_color and gi == 10 and text == "滞后":
                color = RED
            cell_text(c, text, size=size, font=font, bold=bold, align=align, color=color)
            if shade_status and gi == 10 and text in STATUS_FILL:
                shade(c, STATUS_FILL[text])
            if kind == "sub":
                shade(c, "F2F2F2")
            gi += span


def header_row(t, ri, texts, size=9):
    r = t.rows[ri]
    for i, tx in enumerate(texts):
        c = t.cell(ri, i)
        cell_text(c, tx, size=size, font=HT)
        shade(c, "D9E2F3")


def banji(doc, lines):
    """版记: lines of (left, right) with thin rules; first line gets top rule."""
    for i, (left, right) in enumerate(lines):
        p = doc.add_paragraph()
        fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT, False, 28)
        text = left
        if right:
            text = left + " " * max(2, 44 - 2 * len(left)) + right
        r = p.add_run(text)
        set_font(r, FS, 14, ascii_name="Times New Roman")
        if i == 0:
            red_line(p, "000000", 8, "top")
        red_line(p, "000000", 8 if i < len(lines) - 1 else 12, "bottom")


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_437", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ======================================================================
# Document 1: 郑州 通报 (portrait -> landscape table in body -> portrait)
# ======================================================================
ZZ_CATS = [
    ("一", "通道平台类", [
        ("中欧班列（中豫号）郑州集结中心扩能项目",
         "新建集装箱作业线4条、海关监管作业场所2.6万平方米，购置正面吊等装卸设备32台（套）",
         28.60, 6.50, 4.12, "集装箱作业线主体完工，监管场所进入设备调试", "无",
         "郑州国际陆港开发建设有限公司", "推进中"),
        ("郑州航空港区“空中丝绸之路”货站三期",
         "建设国际货站4.8万平方米及配套冷链、跨境电商处理中心",
         35.20, 8.00, 8.00, "已竣工验收，6月18日投入试运营", "无",
         "郑州航空港经济综合实验区管委会", "已完成"),
        ("郑州国际邮件枢纽口岸功能提升项目",
         "改造国际邮件处理中心，新增自动分拣线2条",
         3.80, 1.60, 0.52, "分拣设备完成招标，土建尚未开工", "用地手续办理滞后",
         "郑东新区管委会、市邮政管理局", "滞后"),
        ("圃田多式联运物流园（二期）",
         "建设铁路专用线3.2公里、仓储设施12万平方米",
         16.40, 4.20, 2.35, "铁路专用线路基施工完成60%", "无",
         "中牟县人民政府", "推进中"),
        ("郑州经开区保税物流中心（B型）升级改造",
         "升级查验场地及信息化监管系统，建设跨境电商监管仓3万平方米",
         5.30, 2.10, 2.10, "已竣工，6月通过海关验收", "无",
         "郑州经济技术开发区管委会", "已完成"),
    ]),
    ("二", "产业合作类", [
        ("中德（郑州）智能装备产业园",
         "建设标准化厂房22万平方米，引进德资装备制造企业8家",
         42.00, 9.50, 5.16, "一期厂房主体完工，签约入驻企业5家", "外资企业落地进度慢于预期",
         "郑州高新技术产业开发区管委会", "推进中"),
        ("中哈（郑州）农产品加工贸易园",
         "建设农产品精深加工车间及冷链仓储设施",
         9.80, 3.00, 0.86, "完成场地平整，加工车间桩基施工", "境外合作方资金未及时到位",
         "新郑市人民政府", "滞后"),
        ("上街区通航产业“一带一路”国际合作项目",
         "建设通用航空器整机组装及维修基地",
         12.60, 2.80, 1.55, "维修机库钢结构吊装完成", "无",
         "上街区人民政府", "推进中"),
        ("郑州—吉隆坡跨境电商产业合作园",
         "建设跨境电商海外仓运营中心、直播基地及配套设施",
         6.90, 2.40, 1.30, "运营中心装修完成70%", "无",
         "郑州航空港经济综合实验区管委会", "推进中"),
        ("荥阳市中欧新材料合作产业园",
         "建设高性能铝基新材料生产线3条",
         18.50, 5.00, 2.61, "1号生产线设备安装", "无",
         "荥阳市人民政府", "推进中"),
    ]),
    ("三", "经贸服务类", [
        ("中国（河南）自由贸易试验区郑州片区“单一窗口”功能拓展项目",
         "新增跨境贸易、中欧班列运单等应用模块12个",
         0.85, 0.40, 0.40, "12个模块全部上线运行", "无",
         "市商务局", "已完成"),
        ("郑州“一带一路”国际商品展示交易中心",
         "改造展示交易场馆5.2万平方米，设立进口商品国别馆15个",
         7.20, 2.00, 1.04, "场馆改造完成50%，签约国别馆9个", "无",
         "金水区人民政府", "推进中"),
        ("郑州海关技术中心“一带一路”检测实验室",
         "建设进出口商品检测实验室4800平方米",
         1.90, 0.90, 0.31, "完成初步设计，施工图审查中", "设计方案多次调整",
         "郑州海关、市商务局", "滞后"),
        ("郑州国际会展中心“一带一路”服务平台",
         "建设境外展会信息服务、企业出海综合服务平台",
         0.60, 0.30, 0.16, "平台一期已上线试运行", "无",
         "市贸促会", "推进中"),
    ]),
]


def make_zhengzhou():
    stem = "blind437_zhengzhou_tongbao"
    rows, cs, g = build_rows(ZZ_CATS)
    clauses = []
    doc = Document()
    portrait(doc.sections[0])
    page_number_footer(doc.sections[0])
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    # 版头
    empty(doc, 1)
    p = para(doc, [("郑州市“一带一路”建设领导小组办公室", XBS, False, RED)],
             WD_ALIGN_PARAGRAPH.CENTER, False, 40, 24)
    empty(doc, 1)
    p = para(doc, [("郑带路办〔2026〕9号", FS, False)], WD_ALIGN_PARAGRAPH.CENTER, False)
    red_line(p, sz=18)
    empty(doc, 1)
    # 标题 split over two paragraphs mid-phrase
    para(doc, [("郑州市“一带一路”建设领导小组办公室关于2026年上半年", XBS, False)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 36, 22)
    para(doc, [("“一带一路”重点项目推进情况的通报", XBS, False)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 36, 22)
    empty(doc, 1)
    para(doc, "各县（市、区）人民政府，各开发区管委会，市“一带一路”建设领导小组各成员单位：",
         indent=False)

    n_done = sum(1 for k, c in rows if k == "item" and c[10][0] == "已完成")
    n_lag = sum(1 for k, c in rows if k == "item" and c[10][0] == "滞后")
    n_go = sum(1 for k, c in rows if k == "item" and c[10][0] == "推进中")
    g_rate = g[2] / g[1] * 100
    t1 = ("为深入贯彻落实省委、省政府关于高质量推进“一带一路”建设的部署要求，加快建设郑州—卢森堡"
          "“空中丝绸之路”、中欧班列（中豫号）集结中心等重大开放通道平台，市“一带一路”建设领导小组"
          "办公室（以下简称市带路办）对2026年纳入市级台账管理的14个重点项目进行了调度梳理。"
          "现将1—6月推进情况通报如下。")
    # split the run inside a word (typed / edited in several passes)
    para(doc, [(t1[:37], FS, False), (t1[37:60], FS, False), (t1[60:], FS, False)])
    clauses.append(t1)
    para(doc, [("一、总体情况", HT, False)])
    t2 = ("截至6月底，14个重点项目总投资%s亿元，年度计划投资%s亿元，1—6月累计完成投资%s亿元，"
          "完成率%.1f%%，较序时进度（50%%）高出%.1f个百分点。其中，已完成年度任务项目%d个，"
          "正常推进项目%d个，进度滞后项目%d个。各项目推进情况详见下表。"
          % (money(g[0]), money(g[1]), money(g[2]), g_rate, g_rate - 50, n_done, n_go, n_lag))
    para(doc, t2)
    clauses.append(t2)

    # ---- landscape section with the 推进情况表 in the body
    landscape(doc)
    p = para(doc, [("2026年上半年郑州市“一带一路”重点项目推进情况表", XBS, False)],
             WD_ALIGN_PARAGRAPH.CENTER, False, 30, 18)
    t = new_table(doc, 1 + len(rows), WIDTHS)
    header_row(t, 0, HEAD_TXT)
    repeat_header(t.rows[0])
    fill_table(t, 1, rows)
    for kind, cells in rows:
        clauses.append(row_clause(COLS, cells))

    # ---- back to portrait for the rest of the 通报
    back_to_portrait(doc)
    para(doc, [("二、主要特点", HT, False)])
    items2 = [
        ("（一）通道平台项目带动作用明显。",
         "5个通道平台类项目完成投资%s亿元，完成率%s，其中郑州航空港区“空中丝绸之路”货站三期、"
         "郑州经开区保税物流中心（B型）升级改造2个项目已完成年度投资计划，中欧班列（中豫号）郑州集结"
         "中心扩能项目集装箱作业线主体完工，为下半年班列扩量提供了硬件支撑。"
         % (money(cs[0][2]), rate(cs[0][2], cs[0][1]))),
        ("（二）产业合作项目稳步推进。",
         "5个产业合作类项目完成投资%s亿元，完成率%s。中德（郑州）智能装备产业园签约入驻德资企业"
         "5家，荥阳市中欧新材料合作产业园1号生产线进入设备安装阶段。"
         % (money(cs[1][2]), rate(cs[1][2], cs[1][1]))),
        ("（三）经贸服务平台功能不断完善。",
         "中国（河南）自由贸易试验区郑州片区“单一窗口”功能拓展项目新增的12个应用模块全部上线运行，"
         "郑州国际会展中心“一带一路”服务平台一期上线试运行，企业“走出去”“引进来”服务渠道进一步拓宽。"),
    ]
    for h, b in items2:
        para(doc, [(h, KT, True), (b, FS, False)])
        clauses.append(h + b)
    para(doc, [("三、存在问题", HT, False)])
    items3 = [
        ("（一）部分项目进度滞后。",
         "郑州国际邮件枢纽口岸功能提升项目、中哈（郑州）农产品加工贸易园、郑州海关技术中心“一带一路”"
         "检测实验室3个项目完成率均低于序时进度15个百分点以上，列为滞后项目，分别涉及用地手续、"
         "境外资金和设计方案调整等问题。"),
        ("（二）外资项目落地节奏偏慢。",
         "受境外投资方审批周期较长等因素影响，中德（郑州）智能装备产业园等项目外资企业实际到位进度"
         "慢于预期。"),
        ("（三）要素保障仍有短板。",
         "部分项目在用地指标、施工许可、融资对接等方面仍需市级层面加大协调力度。"),
    ]
    for h, b in items3:
        para(doc, [(h, KT, True), (b, FS, False)])
        clauses.append(h + b)
    para(doc, [("四、下一步工作要求", HT, False)])
    items4 = [
        ("（一）压紧压实责任。",
         "各责任单位要对照推进情况表，逐项目制定下半年推进计划，明确时间节点和责任人，确保全年投资"
         "计划按期完成。"),
        ("（二）加快滞后项目追赶。",
         "对3个滞后项目实行“一项目一专班”，由市带路办牵头每月调度一次，8月底前推动郑州国际邮件枢纽"
         "口岸功能提升项目完成用地手续、开工建设。"),
        ("（三）强化要素保障。",
         "市自然资源和规划局、市住房城乡建设局、市委金融办等部门要建立重点项目要素保障绿色通道，"
         "对台账项目实行并联审批、容缺受理。"),
        ("（四）做好信息报送。",
         "各责任单位于每月5日前通过郑州市重点项目管理平台更新项目台账，推进状态按“已完成”“推进中”"
         "“滞后”填报，市带路办每季度通报一次。"),
    ]
    for h, b in items4:
        para(doc, [(h, KT, True), (b, FS, False)])
        clauses.append(h + b)
    t3 = "联系人：市带路办综合协调处　王晓丹，电话：0371-67188217。"
    para(doc, t3)
    clauses.append(t3)
    empty(doc, 2)
    # 落款: right aligned with trailing manual spaces
    para(doc, "郑州市“一带一路”建设领导小组办公室    ", WD_ALIGN_PARAGRAPH.RIGHT, False)
    para(doc, "2026年7月15日        ", WD_ALIGN_PARAGRAPH.RIGHT, False)
    empty(doc, 1)
    para(doc, "（此件公开发布）")
    empty(doc, 3)
    banji(doc, [("抄送：市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅。", ""),
                ("郑州市“一带一路”建设领导小组办公室", "2026年7月16日印发")])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "郑州市“一带一路”建设领导小组办公室关于2026年上半年“一带一路”重点项目推进情况的通报",
        "doc_number": "郑带路办〔2026〕9号",
        "issuer": ["郑州市“一带一路”建设领导小组办公室"],
        "date": "2026-07-15",
        "published": None,
        "level": "municipal",
        "region": "郑州市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通报",
        "recipients": ["各县（市、区）人民政府", "各开发区管委会", "市“一带一路”建设领导小组各成员单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ======================================================================
# Document 2: 西安国际港务区 工作周报 + 附表 (landscape, repeated header)
# ======================================================================
XA_CATS = [
    ("一", "国际物流通道", [
        ("中欧班列（长安号）西安集结中心二期",
         "新建到发线6条、集装箱堆场18万平方米及智能闸口",
         24.80, 6.00, 3.42, "到发线铺轨完成4条，堆场硬化完成65%", "无", "陆港集团", "推进中"),
        ("西安港多式联运海关监管中心",
         "建设监管仓库2.4万平方米、查验平台及H986查验设备",
         4.60, 1.80, 1.80, "已竣工并通过西安海关验收", "无", "陆港集团、口岸服务中心", "已完成"),
        ("西安铁路口岸进口肉类指定监管场地提升",
         "扩建冷库8000立方米及查验设施",
         1.20, 0.60, 0.21, "冷库主体施工", "环评批复延迟", "口岸服务中心", "滞后"),
        ("中欧班列集结中心数字化平台",
         "建设班列订舱、运单、通关一体化数字平台",
         0.95, 0.50, 0.50, "平台上线运行，接入企业312家", "无", "陆港集团", "已完成"),
        ("西安综合保税区二期围网及卡口工程",
         "建设围网4.3公里、卡口3处及监管设施",
         3.40, 1.50, 0.63, "围网基础施工完成", "验收申报材料待审核", "综保区管理办公室", "滞后"),
        ("新筑铁路物流基地冷链仓储项目",
         "建设冷链仓储设施6万平方米",
         6.30, 2.20, 1.27, "主体结构施工至4层", "无", "陆港集团", "推进中"),
    ]),
    ("二", "跨境电商及贸易", [
        ("西安国际港务区跨境电商产业园（三期）",
         "建设跨境电商监管中心、直播电商基地7.6万平方米",
         9.20, 3.00, 1.68, "监管中心主体封顶", "无", "招商合作局、陆港集团", "推进中"),
        ("丝路国际商品交易中心",
         "建设进口商品保税展示交易场馆及配套仓储",
         5.60, 1.60, 0.95, "场馆钢结构安装", "无", "商务局", "推进中"),
        ("中亚国家商品集散分拨中心",
         "建设分拨仓储、展示中心及配套设施3.5万平方米",
         4.10, 1.40, 0.42, "完成桩基施工", "资金筹措困难", "商务局", "滞后"),
        ("跨境电商海外仓服务平台",
         "在哈萨克斯坦、乌兹别克斯坦等国布局海外仓5个",
         2.30, 0.90, 0.90, "5个海外仓全部投入运营", "无", "陆港集团", "已完成"),
        ("西安港进口汽车保税仓",
         "建设平行进口汽车保税仓储及展示中心",
         3.70, 1.20, 0.66, "仓储区主体完工", "无", "口岸服务中心", "推进中"),
        ("丝路跨境贸易结算服务中心",
         "建设跨境人民币结算、外汇服务综合平台",
         0.40, 0.20, 0.11, "系统开发完成60%", "无", "金融服务局", "推进中"),
    ]),
    ("三", "产业配套", [
        ("港务区临港智能制造产业园",
         "建设标准化厂房15万平方米",
         18.60, 4.50, 2.37, "一期厂房主体完工", "无", "招商合作局", "推进中"),
        ("陕西—中亚农业合作产业园",
         "建设农产品加工及冷链集散设施",
         7.80, 2.00, 0.58, "办理施工许可", "土地征收未完成", "自然资源分局", "滞后"),
        ("港务区国际物流人才实训基地",
         "建设实训楼及配套设施2.1万平方米",
         1.60, 0.70, 0.70, "已竣工交付", "无", "社会事业局", "已完成"),
        ("丝路国际会展配套酒店",
         "建设国际会展配套酒店及会议中心",
         12.50, 3.00, 1.62, "主体结构施工至12层", "无", "城建局", "推进中"),
        ("港务区能源中心（二期）",
         "建设分布式能源站及冷热联供管网",
         3.20, 1.20, 0.64, "管网敷设完成50%", "无", "城建局", "推进中"),
        ("长安号配套物流园区道路提升工程",
         "改造提升港务大道等道路8.6公里",
         2.90, 1.50, 1.03, "完成道路改造5.8公里", "无", "城建局", "推进中"),
    ]),
]


def make_xian():
    stem = "blind437_xian_zhoubao"
    rows, cs, g = build_rows(XA_CATS)
    items = [c for k, c in rows if k == "item"]
    clauses = []
    doc = Document()
    portrait(doc.sections[0])
    page_number_footer(doc.sections[0])

    # 报头
    para(doc, [("西安国际港务区", XBS, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, False, 40, 26)
    para(doc, [("工 作 周 报", XBS, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, False, 64, 48)
    para(doc, "2026年第26期（总第137期）", WD_ALIGN_PARAGRAPH.CENTER, False)
    empty(doc, 1)
    p = para(doc, "西安国际港务区管委会办公室" + " " * 17 + "2026年7月3日",
             WD_ALIGN_PARAGRAPH.LEFT, False)
    red_line(p, sz=18)
    empty(doc, 1)
    para(doc, [("港务区“一带一路”重点项目上半年推进情况", XBS, False)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 36, 22)
    empty(doc, 1)

    t0 = ("本周（6月24日—6月30日），港务区围绕“一带一路”重点项目“双过半”目标，组织开展上半年项目"
          "集中调度，现将有关情况报告如下。")
    para(doc, t0)
    clauses.append(t0)
    para(doc, [("一、本周工作动态", HT, False)])
    dyn = [
        ("1.中欧班列（长安号）开行保持高位。",
         "本周长安号共开行98列，其中去程56列、回程42列；1—6月累计开行2486列，同比增长8.2%，"
         "开行量、重箱率、货运量等核心指标继续位居全国前列。"),
        ("2.召开上半年重点项目集中调度会。",
         "6月27日，港务区召开上半年重点项目集中调度会，逐项梳理18个“一带一路”重点项目推进情况，"
         "现场协调解决用地、用电、手续办理等问题11个，形成问题清单和责任清单（见附表）。"),
        ("3.中亚国家商品集散分拨中心签约合作方。",
         "6月28日，中亚国家商品集散分拨中心（附表第9项）与哈萨克斯坦国家铁路公司下属物流企业签订"
         "运营合作协议，双方将共同开展分拨仓储和商品展示运营。"),
    ]
    for h, b in dyn:
        # heading bold, body plain; the "1." typed by hand
        para(doc, [(h, FS, True), (b, FS, False)])
        clauses.append(h + b)

    para(doc, [("二、重点项目推进情况", HT, False)])
    done_idx = [i + 1 for i, c in enumerate(items) if c[10][0] == "已完成"]
    lag_idx = [i + 1 for i, c in enumerate(items) if c[10][0] == "滞后"]
    go_n = sum(1 for c in items if c[10][0] == "推进中")
    t1 = ("截至6月30日，18个重点项目累计完成投资%s亿元，占年度计划投资%s亿元的%s，实现“时间过半、"
          "任务过半”。其中，已完成年度任务项目%d个（附表第%s项），推进中项目%d个，滞后项目%d个"
          "（附表第%s项）。"
          % (money(g[2]), money(g[1]), rate(g[2], g[1]), len(done_idx), "、".join(map(str, done_idx)),
             go_n, len(lag_idx), "、".join(map(str, lag_idx))))
    para(doc, t1)
    clauses.append(t1)
    t2 = ("从分类看，国际物流通道类项目完成投资%s亿元，完成率%s；跨境电商及贸易类项目完成投资%s亿元，"
          "完成率%s；产业配套类项目完成投资%s亿元，完成率%s。"
          % (money(cs[0][2]), rate(cs[0][2], cs[0][1]), money(cs[1][2]), rate(cs[1][2], cs[1][1]),
             money(cs[2][2]), rate(cs[2][2], cs[2][1])))
    para(doc, t2)
    clauses.append(t2)
    i3, i5, i9, i14 = items[2], items[4], items[8], items[13]
    t3 = ("滞后项目中，西安铁路口岸进口肉类指定监管场地提升项目因环评批复延迟，完成率仅为%s；"
          "西安综合保税区二期围网及卡口工程验收申报材料尚待审核，完成率%s；中亚国家商品集散分拨中心"
          "受资金筹措影响，完成率%s；陕西—中亚农业合作产业园土地征收尚未完成，完成率%s。"
          % (i3[6][0], i5[6][0], i9[6][0], i14[6][0]))
    para(doc, t3)
    clauses.append(t3)

    para(doc, [("三、存在问题", HT, False)])
    prob = [
        ("1.要素保障有待加强。",
         "部分项目用地征收、环评审批等前置手续办理周期较长，制约了项目开工和投资进度。"),
        ("2.项目融资渠道较窄。",
         "中亚国家商品集散分拨中心等项目主要依靠企业自筹，政策性金融工具和专项债券支持力度不足。"),
    ]
    for h, b in prob:
        para(doc, [(h, FS, True), (b, FS, False)])
        clauses.append(h + b)

    para(doc, [("四、下周工作安排", HT, False)])
    nxt = [
        "1.对4个滞后项目逐一开展现场督导，7月10日前形成“一项目一方案”追赶计划。",
        "2.配合市生态环境局加快西安铁路口岸进口肉类指定监管场地提升项目环评审批，力争7月中旬取得批复。",
        "3.对接国家开发银行陕西省分行，推动中亚国家商品集散分拨中心纳入政策性金融支持项目储备库。",
        "4.更新重点项目推进表，于7月5日前报送市商务局、市发展改革委。",
    ]
    for s in nxt:
        para(doc, s)
        clauses.append(s)
    empty(doc, 1)
    para(doc, "附表：港务区“一带一路”重点项目推进表", indent=True)
    empty(doc, 2)
    banji(doc, [("报：市委、市政府，市商务局，市发展改革委。", ""),
                ("送：港务区党工委、管委会领导，各部门、各单位。", ""),
                ("", "（共印30份）")])

    # ---- 附表 in landscape section, long enough to spill onto a 2nd page
    landscape(doc)
    para(doc, [("附表", HT, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    para(doc, [("港务区“一带一路”重点项目推进表", XBS, False)], WD_ALIGN_PARAGRAPH.CENTER, False, 30, 18)
    para(doc, [("（截至2026年6月30日）", KT, False)], WD_ALIGN_PARAGRAPH.CENTER, False, 24, 12)
    t = new_table(doc, 1 + len(rows), WIDTHS)
    header_row(t, 0, HEAD_TXT, size=10)
    repeat_header(t.rows[0])
    fill_table(t, 1, rows, size=10.5, status_color=True)
    for kind, cells in rows:
        clauses.append(row_clause(COLS, cells))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "西安国际港务区工作周报（2026年第26期）",
        "doc_number": None,
        "issuer": ["西安国际港务区管委会办公室"],
        "date": "2026-07-03",
        "published": None,
        "level": "zone",
        "region": "西安国际港务区",
        "effective": None,
        "expires": None,
        "attachments": ["港务区“一带一路”重点项目推进表"],
        "doc_type": "周报",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ======================================================================
# Document 3: 钦州港片区 通知 + 方案 (Word auto numbering) + 附件 landscape
# table with a two-row header
# ======================================================================
QZ_CATS = [
    ("一", "港口航运类", [
        ("钦州港大榄坪南作业区9号、10号泊位工程",
         "建设10万吨级集装箱泊位2个及配套堆场",
         32.50, 7.00, 3.89, "水工结构完成75%，堆场地基处理中", "无", "北部湾港钦州码头有限公司", "推进中"),
        ("钦州港东航道扩建工程（二期）",
         "航道拓宽浚深，满足20万吨级船舶通航",
         21.80, 5.50, 1.86, "疏浚完成约40%", "海域使用论证审批较慢", "片区港航发展中心", "滞后"),
        ("西部陆海新通道钦州铁路集装箱中心站扩能",
         "新增装卸线4条及自动化轨道吊",
         8.60, 2.60, 2.60, "已完工并投入使用", "无", "广西沿海铁路股份有限公司", "已完成"),
        ("钦州港自动化集装箱码头智能化升级",
         "建设智能闸口、远程操控中心",
         4.20, 1.80, 1.13, "智能闸口完成安装调试", "无", "北部湾港钦州码头有限公司", "推进中"),
        ("钦州港海铁联运冷链物流基地",
         "建设冷库12万吨及配套交易区",
         6.80, 2.00, 0.66, "冷库主体施工", "用海手续办理滞后", "片区经济发展局", "滞后"),
    ]),
    ("二", "临港产业类", [
        ("中国—东盟产业合作区钦州片区新材料产业园",
         "建设高端新材料生产线及配套设施",
         45.00, 10.00, 5.90, "一期3条生产线设备安装", "无", "片区投资促进局", "推进中"),
        ("钦州港片区东盟进口粮油加工项目",
         "建设年加工进口大豆300万吨生产线",
         15.60, 4.00, 4.00, "已竣工投产", "无", "片区投资促进局", "已完成"),
        ("钦州港片区绿色化工新材料配套项目",
         "建设化工新材料中试基地及公用工程",
         28.40, 6.50, 3.32, "公用工程管廊完成60%", "无", "石化产业园区管理办公室", "推进中"),
        ("中马钦州产业园区—钦州港片区联动发展项目",
         "建设联动发展产业加速器及配套厂房",
         5.20, 1.50, 0.46, "完成方案设计", "联动合作机制尚待明确", "片区经济发展局", "滞后"),
        ("钦州港片区新能源汽车出口基地",
         "建设整车出口集散、检测及滚装配套设施",
         9.70, 3.00, 1.83, "集散场地硬化完成", "无", "片区投资促进局", "推进中"),
    ]),
    ("三", "开放平台类", [
        ("钦州综合保税区二期",
         "建设保税仓储、加工厂房及监管设施",
         12.30, 3.50, 1.96, "二期围网验收材料准备中", "无", "综保区管理局", "推进中"),
        ("中国—东盟跨境电商监管中心",
         "建设跨境电商监管作业场所1.8万平方米",
         2.60, 1.20, 1.20, "已通过海关验收", "无", "综保区管理局", "已完成"),
        ("钦州港片区国际贸易“单一窗口”特色应用",
         "开发东盟跨境贸易数据交换、船舶通关应用",
         0.70, 0.35, 0.21, "完成6个应用模块开发", "无", "片区行政审批局", "推进中"),
        ("西部陆海新通道大数据服务中心",
         "建设通道物流大数据平台及展示中心",
         1.80, 0.80, 0.26, "平台需求调研完成", "系统建设方案未审定", "片区大数据发展中心", "滞后"),
        ("中国—东盟港口城市合作网络服务中心",
         "建设合作网络秘书处办公及培训设施",
         1.10, 0.50, 0.27, "装修施工中", "无", "片区管委会办公室", "推进中"),
    ]),
]


def add_numbering(doc):
    """Create two abstract nums: （一） chineseCounting, and 1. decimal.
    Returns dict of num ids: list_a (二 section), list_b (三 section restart), dec1."""
    numbering = doc.part.numbering_part.element

    def abstract(aid, fmt, text):
        an = OxmlElement("w:abstractNum")
        an.set(qn("w:abstractNumId"), str(aid))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        an.append(mlt)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:suff", "nothing"),
                         ("w:lvlText", text), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        pPr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), "640")
        pPr.append(ind)
        lvl.append(pPr)
        rPr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            rf.set(qn(a), KT if fmt == "chineseCounting" else FS)
        rPr.append(rf)
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), "32")
        rPr.append(sz)
        lvl.append(rPr)
        an.append(lvl)
        return an

    def num(nid, aid, restart=False):
        n = OxmlElement("w:num")
        n.set(qn("w:numId"), str(nid))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), str(aid))
        n.append(a)
        if restart:
            lo = OxmlElement("w:lvlOverride")
            lo.set(qn("w:ilvl"), "0")
            so = OxmlElement("w:startOverride")
            so.set(qn("w:val"), "1")
            lo.append(so)
            n.append(lo)
        return n

    # abstractNums must precede nums
    first_num = numbering.find(qn("w:num"))
    for an in (abstract(71, "chineseCounting", "（%1）"), abstract(72, "decimal", "%1.")):
        if first_num is not None:
            first_num.addprevious(an)
        else:
            numbering.append(an)
    for n in (num(171, 71), num(172, 71, True), num(173, 72)):
        numbering.append(n)
    return {"a": 171, "b": 172, "d": 173}


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    # numPr goes after pStyle/keepNext.. and before spacing/ind/jc
    sp = pPr.find(qn("w:spacing"))
    if sp is not None:
        sp.addprevious(numPr)
    else:
        pPr.insert(0, numPr)
    # let the numbering level supply the indent
    pf = p.paragraph_format
    pf.first_line_indent = None


CN = "一二三四五六七八九十"


def make_qinzhou():
    stem = "blind437_qinzhou_tongzhi"
    rows, cs, g = build_rows(QZ_CATS, digits=0, subtotal_col=1, cat_merge=True)
    items = [c for k, c in rows if k == "item"]
    doc = Document()
    nums = add_numbering(doc)
    portrait(doc.sections[0])
    page_number_footer(doc.sections[0])

    notice_clauses = []
    # 版头
    empty(doc, 1)
    para(doc, [("中国（广西）自由贸易试验区钦州港片区", XBS, False, RED)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 40, 26)
    para(doc, [("管 理 委 员 会 文 件", XBS, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, False, 48, 36)
    empty(doc, 1)
    p = para(doc, "钦自贸管发〔2026〕21号", WD_ALIGN_PARAGRAPH.CENTER, False)
    red_line(p, sz=18)
    empty(doc, 1)
    p = para(doc, [("关于印发钦州港片区2026年下半年重点项目", XBS, False)],
             WD_ALIGN_PARAGRAPH.CENTER, False, 36, 22)
    r = p.add_run()
    r.add_break()  # soft line break inside the title
    set_font(p.add_run("攻坚行动方案的通知"), XBS, 22)
    empty(doc, 1)
    para(doc, "管委会各部门，各直属单位，各驻区有关单位：", indent=False)
    n1 = ("《钦州港片区2026年下半年重点项目攻坚行动方案》已经片区管委会2026年第11次主任办公会议"
          "审议通过，现印发给你们，请结合实际认真抓好落实。")
    para(doc, n1)
    notice_clauses.append(n1)
    n2 = ("各责任单位要于每月5日前将上月项目推进情况报送片区项目建设服务中心（联系人：黄　磊，"
          "电话：0777-3880521，邮箱：qzgxmzx@163.com）。")
    para(doc, n2)
    notice_clauses.append(n2)
    empty(doc, 3)
    para(doc, "中国（广西）自由贸易试验区钦州港片区管理委员会", WD_ALIGN_PARAGRAPH.RIGHT, False)
    para(doc, "2026年7月20日" + "　" * 4, WD_ALIGN_PARAGRAPH.RIGHT, False)
    empty(doc, 1)
    para(doc, "（此件公开发布）")

    # ---- the 方案 on a new page (hard page break, same section)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    plan_clauses = []
    para(doc, [("钦州港片区2026年下半年重点项目攻坚行动方案", XBS, False)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 36, 22)
    empty(doc, 1)
    lag_n = sum(1 for c in items if c[10][0] == "滞后")
    remain = g[1] - g[2]
    m0 = ("为全面完成2026年重点项目建设目标任务，加快西部陆海新通道国际门户港和中国—东盟合作重要平台"
          "建设，针对上半年重点项目推进中存在的问题，制定本方案。")
    para(doc, m0)
    plan_clauses.append(m0)
    para(doc, [("一、攻坚目标", HT, False)])
    m1 = ("聚焦片区15个重点项目（详见附件），1—6月已完成投资%s亿元，完成率%s。下半年完成投资%s亿元"
          "以上，确保年度计划投资%s亿元全部完成；%d个滞后项目于9月底前追赶至序时进度，10月底前全部"
          "转为正常推进状态。"
          % (money(g[2]), rate(g[2], g[1], 0), money(remain), money(g[1]), lag_n))
    para(doc, m1)
    plan_clauses.append(m1)

    para(doc, [("二、攻坚任务", HT, False)])
    tasks = [
        ("实施滞后项目“一项目一专班”。",
         "对钦州港东航道扩建工程（二期）、钦州港海铁联运冷链物流基地、中马钦州产业园区—钦州港片区"
         "联动发展项目、西部陆海新通道大数据服务中心等4个滞后项目，逐一明确一名片区领导牵头、一个"
         "专班推进，每半月召开一次专题协调会。"),
        ("加快用海用地要素保障。",
         "片区自然资源和规划部门要会同港航发展中心，8月底前完成钦州港东航道扩建工程（二期）海域使用"
         "论证报批，9月底前完成冷链物流基地用海手续。"),
        ("强化项目资金保障。",
         "积极争取超长期特别国债、地方政府专项债券和政策性开发性金融工具支持，推动金融机构对台账项目"
         "开展“一对一”融资对接。"),
        ("推动已完成项目达产见效。",
         "对钦州铁路集装箱中心站扩能、东盟进口粮油加工、中国—东盟跨境电商监管中心等已完成年度任务的"
         "项目，加强运营跟踪服务，尽快形成实物工作量和外贸增量。"),
    ]
    for i, (h, b) in enumerate(tasks):
        p = para(doc, [(h, KT, True), (b, FS, False)])
        set_num(p, nums["a"])
        plan_clauses.append("（%s）%s%s" % (CN[i], h, b))

    para(doc, [("三、工作机制", HT, False)])
    mech = [
        ("台账管理制度。", "建立片区重点项目工作台账，实行清单化、动态化管理。"),
        ("周调度月通报制度。",
         "片区项目建设服务中心每周调度项目进展，每月通报一次推进情况，通报结果抄送各责任单位主要负责同志。"),
        ("督查问效制度。",
         "对连续两个月标注为“滞后”的项目，由片区纪工委会同督查室开展专项督查。"),
    ]
    sub_items = [
        "各责任单位每月5日前更新附件所列推进表，如实填报年度计划投资、1—6月完成情况和形象进度。",
        "推进状态按“已完成”“推进中”“滞后”三类标注，完成率低于序时进度15个百分点以上的，标注为“滞后”。",
        "推进表原则上不得删减项目，确需调整的，报片区管委会主任办公会议研究同意。",
    ]
    for i, (h, b) in enumerate(mech):
        p = para(doc, [(h, KT, True), (b, FS, False)])
        set_num(p, nums["b"])
        plan_clauses.append("（%s）%s%s" % (CN[i], h, b))
        if i == 0:
            for j, s in enumerate(sub_items):
                p = para(doc, s)
                set_num(p, nums["d"])
                plan_clauses.append("%d.%s" % (j + 1, s))

    para(doc, [("四、保障措施", HT, False)])
    # this part typed by hand (no auto numbering)
    guar = [
        ("（一）加强组织领导。",
         "成立由片区管委会主要负责同志任组长的重点项目攻坚行动领导小组，领导小组办公室设在片区项目建设"
         "服务中心，负责日常协调调度。"),
        ("（二）严格考核奖惩。",
         "将重点项目攻坚情况纳入片区年度绩效考评，对推进有力的单位予以通报表扬，对工作不力、造成项目"
         "严重滞后的，按规定约谈问责。"),
    ]
    for h, b in guar:
        para(doc, [(h, KT, True), (b, FS, False)])
        plan_clauses.append(h + b)
    m9 = "本方案自印发之日起实施，实施期限至2026年12月31日。"
    para(doc, m9)
    plan_clauses.append(m9)
    empty(doc, 1)
    para(doc, "附件：钦州港片区重点项目推进表（截至2026年6月底）", indent=True)
    empty(doc, 3)
    banji(doc, [("抄送：钦州市人民政府办公室，自治区商务厅（自贸办）。", ""),
                ("中国（广西）自由贸易试验区钦州港片区管理委员会办公室", "2026年7月20日印发")])

    # ---- 附件 landscape with two-row header
    landscape(doc)
    para(doc, [("附件", HT, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    para(doc, [("钦州港片区重点项目推进表", XBS, False)], WD_ALIGN_PARAGRAPH.CENTER, False, 30, 18)
    para(doc, [("（截至2026年6月底）", KT, False)], WD_ALIGN_PARAGRAPH.CENTER, False, 24, 12)
    t = new_table(doc, 2 + len(rows), WIDTHS)
    for ci in list(range(0, 4)) + list(range(7, 11)):
        c = t.cell(0, ci).merge(t.cell(1, ci))
        cell_text(c, HEAD_TXT[ci], size=9, font=HT)
        shade(c, "D9E2F3")
    c = t.cell(0, 4).merge(t.cell(0, 6))
    cell_text(c, "2026年投资完成情况（亿元）", size=9, font=HT)
    shade(c, "D9E2F3")
    for ci in (4, 5, 6):
        c = t.cell(1, ci)
        cell_text(c, HEAD_TXT[ci], size=9, font=HT)
        shade(c, "D9E2F3")
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    fill_table(t, 2, rows, size=9)
    for kind, cells in rows:
        plan_clauses.append(row_clause(COLS, cells))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    notice_meta = {
        "title": "关于印发钦州港片区2026年下半年重点项目攻坚行动方案的通知",
        "doc_number": "钦自贸管发〔2026〕21号",
        "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
        "date": "2026-07-20",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["管委会各部门", "各直属单位", "各驻区有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    plan_meta = {
        "title": "钦州港片区2026年下半年重点项目攻坚行动方案",
        "doc_number": None,
        "issuer": ["中国（广西）自由贸易试验区钦州港片区管理委员会"],
        "date": "2026-07-20",
        "published": None,
        "level": "zone",
        "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": "2026-07-20",
        "expires": "2026-12-31",
        "attachments": ["钦州港片区重点项目推进表（截至2026年6月底）"],
        "doc_type": "方案",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, [{"meta": notice_meta, "clauses": notice_clauses},
                        {"meta": plan_meta, "clauses": plan_clauses}]


def main():
    expected = {}
    for fn in (make_zhengzhou, make_xian, make_qinzhou):
        stem, path, objs = fn()
        expected[stem] = objs
        convert(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
