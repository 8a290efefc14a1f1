# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 415: hand-built tables in Chinese policy notices."""
import json
import os
import subprocess
from decimal import Decimal, ROUND_HALF_UP

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT as VA
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:eastAsia"), east)
    rFonts.set(qn("w:ascii"), ascii_font)
    rFonts.set(qn("w:hAnsi"), ascii_font)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt_para(p, align=None, first_indent=True, size=16, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(size * 2)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, text="", east=FS, size=16, bold=False, align=None, first_indent=True, line=28, color=None):
    p = doc.add_paragraph()
    fmt_para(p, align=align, first_indent=first_indent, size=size, line=line)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, head_bold=False):
    """Run-in heading: （一）xxx。 body text in one paragraph."""
    p = doc.add_paragraph()
    fmt_para(p)
    set_font(p.add_run(head), head_font, 16, head_bold)
    set_font(p.add_run(body), FS, 16)
    return p


def heading1(doc, text):
    return para(doc, text, east=HT)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def red_rule(doc):
    p = doc.add_paragraph()
    fmt_para(p, first_indent=False, line=None)
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    pPr.append(bdr)
    return p


def banji_rule(p, top=True, bottom=True, sz="8"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), sz)
            e.set(qn("w:space"), "1")
            e.set(qn("w:color"), "000000")
            bdr.append(e)
    pPr.append(bdr)


def add_page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), SONG, 14)
    r = p.add_run()
    set_font(r, SONG, 14)
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
    for e in (f1, it, f2, t, f3):
        r._element.append(e)
    set_font(p.add_run(" —"), SONG, 14)


def setup(doc, default_tab_twips=None):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    if default_tab_twips:
        settings = doc.settings.element
        dts = settings.find(qn("w:defaultTabStop"))
        if dts is None:
            dts = OxmlElement("w:defaultTabStop")
            settings.insert(0, dts)
        dts.set(qn("w:val"), str(default_tab_twips))
    add_page_number_footer(s)


def cell_borders(cell, sz="4"):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, east=SONG, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              ascii_font="Times New Roman"):
    """text may contain '\n' -> soft line break inside the cell."""
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, east, size, bold, ascii_font=ascii_font)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def set_col_widths(table, widths_cm):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def row_height(row, cm, rule="atLeast"):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(int(cm * 567)))
    h.set(qn("w:hRule"), rule)
    trPr.append(h)


def money(d):
    if d is None:
        return "—"
    d = Decimal(d).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return "{:,.2f}".format(d)


def intc(n):
    return "{:,}".format(n)


def row_clause(cols, vals):
    return "；".join("%s：%s" % (c, v) for c, v in zip(cols, vals))


def red_header_single(doc, organ_text):
    p = para(doc, "", first_indent=False, line=None)
    p = para(doc, organ_text, east=XBS, size=48, align=WD_ALIGN_PARAGRAPH.CENTER,
             first_indent=False, line=None, color=RED)
    p.runs[0].font.spacing = Pt(-1)


def convert(path, outdir):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_415", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ======================================================== document 1: 重庆
def make_chongqing():
    doc = Document()
    setup(doc)
    clauses = []

    # joint red header, built with a borderless layout table
    para(doc, "", first_indent=False, line=None)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [11.2, 4.4])
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    r = c0.paragraphs[0].add_run("重庆市商务委员会")
    set_font(r, XBS, 30, color=RED)
    p2 = c0.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    set_font(p2.add_run("重庆市财政局"), XBS, 30, color=RED)
    c1.vertical_alignment = VA.CENTER  # center
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(c1.paragraphs[0].add_run("文件"), XBS, 48, color=RED)
    para(doc, "", first_indent=False)
    para(doc, "渝商务发〔2025〕47号", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    red_rule(doc)
    para(doc, "", first_indent=False)

    # title with a soft line break
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    r = p.add_run("关于下达2025年度外贸新业态")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("发展专项资金的通知"), XBS, 22)
    para(doc, "", first_indent=False)

    para(doc, "各区县（自治县）商务主管部门，两江新区经济运行局，重庆高新区改革发展局：", first_indent=False)

    # ---- allocation data (万元) : 跨境, 海外仓, 班列, 市场采购
    dirs_short = ["跨境电商综试区建设", "公共海外仓", "中欧班列货源组织", "市场采购贸易"]
    alloc = [
        ("渝中区", "420.00", None, None, "380.00"),
        ("江北区", "365.50", "120.00", None, None),
        ("沙坪坝区", "510.00", "180.00", "960.00", None),
        ("九龙坡区", "388.20", "150.00", "210.00", None),
        ("南岸区", "296.00", None, None, None),
        ("渝北区", "402.30", "200.00", "180.00", None),
        ("巴南区", "265.00", "85.00", "150.00", None),
        ("北碚区", "188.00", None, None, None),
        ("江津区", "236.40", "95.00", "320.00", None),
        ("永川区", "210.00", "60.00", None, None),
        ("涪陵区", "175.60", None, "120.00", None),
        ("万州区", "198.00", "70.00", None, None),
        ("綦江区", "96.50", None, None, None),
        ("璧山区", "142.00", "40.00", None, None),
        ("合川区", "118.00", None, None, None),
        ("长寿区", "86.00", None, "90.00", None),
        ("两江新区", "635.00", "260.00", "280.00", None),
        ("重庆高新区", "312.80", "150.00", None, None),
    ]
    col_tot = [sum((Decimal(r[i]) for r in alloc if r[i] is not None), Decimal(0)) for i in range(1, 5)]
    grand = sum(col_tot, Decimal(0))

    def pct(x):
        v = (x / grand * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        return "%s%%" % v

    clauses.append(para(doc, "为深入贯彻落实党中央、国务院关于推动外贸稳规模优结构的决策部署，加快跨境电商、海外仓、中欧班列（成渝）、市场采购贸易等外贸新业态新模式发展，根据《重庆市外经贸发展专项资金管理办法》（渝财规〔2023〕5号）有关规定，经研究，现将2025年度外贸新业态发展专项资金（以下简称专项资金）下达你们，并就有关事项通知如下。").text)
    heading1(doc, "一、资金分配情况")
    clauses.append(para(doc, "本次共下达专项资金%s万元，采取因素法与项目法相结合的方式分配。因素法分配资金按照各区县2024年跨境电商进出口额、中欧班列（成渝）货源组织量等因素测算；项目法分配资金按照项目评审结果确定。分方向安排情况如下：" % money(grand)).text)

    # ---- tab-stop "table": explicit left tab stops, no real table
    tab_cols = ["支持方向", "资金（万元）", "项目数", "分配方式"]
    tab_rows = [
        ("跨境电商综合试验区建设", money(col_tot[0]), "46", "因素法"),
        ("公共海外仓", money(col_tot[1]), "14", "项目法"),
        ("中欧班列（成渝）货源组织", money(col_tot[2]), "9", "因素法"),
        ("市场采购贸易", money(col_tot[3]), "3", "项目法"),
        ("合计", money(grand), "72", "—"),
    ]
    stops = [Cm(7.2), Cm(10.9), Cm(13.1)]
    for i, row in enumerate([tuple(tab_cols)] + tab_rows):
        p = doc.add_paragraph()
        fmt_para(p, first_indent=False, line=28)
        for s in stops:
            p.paragraph_format.tab_stops.add_tab_stop(s, WD_TAB_ALIGNMENT.LEFT)
        set_font(p.add_run("\t".join(row)), HT if i == 0 else FS, 15)
        if i > 0:
            clauses.append(row_clause(tab_cols, row))
    clauses.append(para(doc, "各区县具体分配金额详见附件1。").text)

    heading1(doc, "二、资金使用要求")
    items2 = [
        ("（一）明确支持重点。", "专项资金重点支持跨境电商公共服务平台建设运营、公共海外仓租赁及数字化改造、中欧班列（成渝）回程货源集结、市场采购贸易主体培育等，不得用于楼堂馆所建设、人员经费、一般性行政支出和偿还债务。"),
        ("（二）规范拨付程序。", "各区县商务主管部门要会同同级财政部门在收到资金后30日内制定具体分配方案，按程序拨付至项目单位，并于2025年11月30日前将分配方案报市商务委、市财政局备案。"),
        ("（三）加快预算执行。", "各区县要加快资金支出进度，2025年12月31日前支出进度原则上不低于80%。结转结余资金按照市级财政结转结余资金管理有关规定处理。"),
        ("（四）加强资金监管。", "项目单位要对专项资金实行专账核算、专款专用。对虚报冒领、截留挪用专项资金的，依照《财政违法行为处罚处分条例》等规定严肃处理，并按规定纳入信用记录。"),
    ]
    for h, b in items2:
        clauses.append(runin(doc, h, b).text)

    heading1(doc, "三、绩效管理")
    clauses.append(para(doc, "（一）各区县要按照附件2确定的区域绩效目标，组织做好绩效运行监控，于2026年1月31日前完成绩效自评，并将自评报告报送市商务委。").text)
    clauses.append(para(doc, "（二）市商务委、市财政局将适时组织开展重点绩效评价，评价结果作为以后年度专项资金分配的重要依据。对绩效评价结果为“差”的区县，相应扣减下一年度因素法分配资金。").text)

    heading1(doc, "四、其他事项")
    clauses.append(para(doc, "请各区县于2025年10月15日前将资金到位情况报送市商务委外贸发展处。执行中如有问题，请及时与市商务委、市财政局联系。").text)
    clauses.append(para(doc, "联系人：市商务委外贸发展处　王　璐，电话：023-62663125；市财政局经济建设处　陈　立，电话：023-67575341。").text)

    para(doc, "")
    # 附件 list, second line aligned with full-width spaces
    para(doc, "附件：1．2025年度外贸新业态发展专项资金分配表")
    para(doc, "　　　2．2025年度外贸新业态发展专项资金区域绩效目标表")
    para(doc, "")
    para(doc, "")
    para(doc, "重庆市商务委员会　　　　　　重庆市财政局", first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2025年9月18日　　　　", first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件公开发布）")

    # ---------------- 附件1: pasted from Excel, split by 续表
    page_break(doc)
    para(doc, "附件1", east=HT, first_indent=False)
    para(doc, "")
    para(doc, "2025年度外贸新业态发展专项资金分配表", east=XBS, size=20,
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=32)
    p = para(doc, "单位：万元", east=SONG, size=10.5, align=WD_ALIGN_PARAGRAPH.RIGHT,
             first_indent=False, line=None)

    xcols = ["区县"] + dirs_short + ["小计", "占比"]
    widths = [2.4, 2.4, 2.2, 2.4, 2.0, 2.2, 1.8]

    def excel_table(rows):
        t = doc.add_table(rows=1 + len(rows), cols=len(xcols))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_col_widths(t, widths)
        for j, c in enumerate(xcols):
            cell = t.rows[0].cells[j]
            cell_borders(cell)
            cell_text(cell, c, east="等线", size=10.5, bold=True, ascii_font="等线")
        row_height(t.rows[0], 0.9)
        for i, vals in enumerate(rows, start=1):
            for j, v in enumerate(vals):
                cell = t.rows[i].cells[j]
                cell_borders(cell)
                al = WD_ALIGN_PARAGRAPH.CENTER if (j == 0 or v == "—") else WD_ALIGN_PARAGRAPH.RIGHT
                cell_text(cell, v, east="等线", size=10.5, bold=False, align=al,
                          ascii_font="等线")
            row_height(t.rows[i], 0.75, "exact")
        return t

    xrows = []
    for r_ in alloc:
        sub = sum((Decimal(x) for x in r_[1:] if x is not None), Decimal(0))
        xrows.append([r_[0]] + [money(x) for x in r_[1:]] + [money(sub), pct(sub)])
    xrows.append(["合计"] + [money(x) for x in col_tot] + [money(grand), "100.0%"])
    excel_table(xrows[:12])
    # typist: Ctrl+Enter, then "续表", then pastes the rest again with header retyped
    page_break(doc)
    para(doc, "续表", east=HT, size=12, first_indent=False, line=None)
    excel_table(xrows[12:])
    for vals in xrows:
        clauses.append(row_clause(xcols, vals))
    clauses.append(para(doc, "注：占比为各区县资金小计占本次下达资金总额的比例；“—”表示该方向未安排资金。",
                        size=12, line=None, first_indent=False).text)

    # ---------------- 附件2: real table, header typed with spaces, merged 一级指标
    page_break(doc)
    para(doc, "附件2", east=HT, first_indent=False)
    para(doc, "")
    para(doc, "2025年度外贸新业态发展专项资金区域绩效目标表", east=XBS, size=20,
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=32)
    para(doc, "")
    hdr_typed = ["一级指标", "二级指标", "三　级　指　标", "指　标　值"]
    hdr_key = ["一级指标", "二级指标", "三级指标", "指标值"]
    perf = [
        ("产出指标", "数量指标", "支持跨境电商公共服务平台数量", "≥15个"),
        ("产出指标", "数量指标", "支持公共海外仓数量", "≥12个"),
        ("产出指标", "时效指标", "资金拨付完成时间", "2025年12月31日前"),
        ("效益指标", "经济效益指标", "全市跨境电商进出口额增速", "≥10%"),
        ("效益指标", "经济效益指标", "中欧班列（成渝）重庆方向开行量", "≥2,500列"),
        ("效益指标", "社会效益指标", "带动外贸新业态市场主体数量", "≥300家"),
        ("满意度指标", "服务对象满意度指标", "项目单位满意度", "≥90%"),
    ]
    t = doc.add_table(rows=1 + len(perf), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [2.8, 3.4, 6.0, 3.4])
    for j, c in enumerate(hdr_typed):
        cell_text(t.rows[0].cells[j], c, east=HT, size=14)
    for i, vals in enumerate(perf, start=1):
        for j, v in enumerate(vals):
            if j == 0 and i > 1 and perf[i - 2][0] == v:
                continue
            cell_text(t.rows[i].cells[j], v, east=FS, size=14,
                      align=WD_ALIGN_PARAGRAPH.LEFT if j == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(hdr_key, vals))
    # vertical merge of 一级指标 (and 二级指标 where repeated)
    t.cell(1, 0).merge(t.cell(3, 0))
    t.cell(4, 0).merge(t.cell(6, 0))
    t.cell(1, 1).merge(t.cell(2, 1))
    # merged cells keep the empty paragraphs from the merged-away cells; trim them
    for (ri, ci) in ((1, 0), (4, 0), (1, 1)):
        c = t.cell(ri, ci)
        for extra in c.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
    for row in t.rows:
        for c in row.cells:
            c.vertical_alignment = VA.CENTER

    # ---------------- 版记
    para(doc, "")
    para(doc, "")
    p = para(doc, "抄送：市发展改革委，重庆海关，国家税务总局重庆市税务局。", size=14,
             first_indent=False, line=None)
    p.paragraph_format.left_indent = Pt(14)
    banji_rule(p, top=True, bottom=True, sz="4")
    p = para(doc, "重庆市商务委员会办公室　　　　　　　　2025年9月19日印发", size=14,
             first_indent=False, line=None)
    p.paragraph_format.left_indent = Pt(14)
    banji_rule(p, top=False, bottom=True, sz="8")

    stem = "blind415_chongqing_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "关于下达2025年度外贸新业态发展专项资金的通知",
        "doc_number": "渝商务发〔2025〕47号",
        "issuer": ["重庆市商务委员会", "重庆市财政局"],
        "date": "2025-09-18",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": ["2025年度外贸新业态发展专项资金分配表",
                        "2025年度外贸新业态发展专项资金区域绩效目标表"],
        "doc_type": "通知",
        "recipients": ["各区县（自治县）商务主管部门", "两江新区经济运行局", "重庆高新区改革发展局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ======================================================== document 2: 郑州
def make_zhengzhou():
    doc = Document()
    setup(doc, default_tab_twips=420)  # Word's Chinese default: 2 characters = 21pt
    clauses = []

    red_header_single(doc, "郑州市商务局文件")
    para(doc, "", first_indent=False)
    para(doc, "郑商务〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    red_rule(doc)
    para(doc, "", first_indent=False)

    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    r = p.add_run("郑州市商务局")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("关于公布2026年度跨境电商和综合保税区")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("重点项目清单的通知"), XBS, 22)
    para(doc, "", first_indent=False)
    para(doc, "各区县（市）商务主管部门，郑州航空港经济综合实验区经济发展局，市直有关单位：", first_indent=False)

    # project list: (name, builder, place, total, plan, category index)
    projects = [
        ("中国（郑州）跨境电商综试区数字化公共服务平台升级项目", "郑州跨境电子商务综合服务有限公司", "郑州航空港区", 12800, 5200, 0),
        ("郑州经开区跨境电商产业园二期", "郑州经开投资发展集团有限公司", "郑州经开区", 86500, 24000, 0),
        ("金水区直播电商与跨境电商融合发展基地", "河南豫商数字科技有限公司", "金水区", 18600, 7500, 0),
        ("中原跨境电商海外仓综合服务中心", "河南中欧物流集团有限公司", "管城回族区", 35000, 12000, 0),
        ("跨境电商B2B出口监管场所改造提升项目", "郑州新郑综合保税区发展有限公司", "郑州航空港区", 9600, 9600, 0),
        ("二七区跨境电商选品及直播中心", "郑州二七商贸集团有限公司", "二七区", 7200, 3600, 0),
        ("郑州新郑综合保税区智能终端保税研发中心", "河南航空港投资集团有限公司", "郑州航空港区", 126000, 38000, 1),
        ("郑州经开综合保税区冷链保税仓储项目", "郑州经开综保区建设发展有限公司", "郑州经开区", 42300, 15000, 1),
        ("新郑综保区航空货运集拼分拨中心", "郑州航空港兴港投资集团有限公司", "郑州航空港区", 58000, 20000, 1),
        ("经开综保区跨境电商进口保税展示交易中心", "河南保税物流中心有限公司", "郑州经开区", 15400, 6800, 1),
        ("新郑综保区保税维修检测中心", "郑州合晶电子科技有限公司", "郑州航空港区", 23500, 8000, 1),
        ("综合保税区生物医药保税研发平台", "河南中原医药供应链有限公司", "郑州航空港区", 31200, 9500, 1),
        ("中欧班列（中豫号）郑州圃田集结中心扩能工程", "郑州国际陆港开发建设有限公司", "郑州经开区", 68000, 22000, 2),
        ("郑州国际陆港多式联运监管中心二期", "郑州国际陆港开发建设有限公司", "郑州经开区", 27500, 10000, 2),
        ("中欧班列回程冷链分拨中心", "河南陆港冷链物流有限公司", "中牟县", 19800, 7600, 2),
        ("郑州南站空铁联运货运配套工程", "郑州航空港兴港投资集团有限公司", "郑州航空港区", 44000, 12500, 2),
    ]
    cats = ["跨境电商园区平台", "综合保税区功能提升", "中欧班列配套设施"]
    n_by = [sum(1 for p_ in projects if p_[5] == k) for k in range(3)]
    tot_by = [sum(p_[3] for p_ in projects if p_[5] == k) for k in range(3)]
    plan_by = [sum(p_[4] for p_ in projects if p_[5] == k) for k in range(3)]
    yi = lambda wan: "%.2f" % (Decimal(wan) / Decimal(10000)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    total_all, plan_all = sum(tot_by), sum(plan_by)

    clauses.append(para(doc, "为加快中国（郑州）跨境电子商务综合试验区和郑州国际物流枢纽建设，推动郑州新郑综合保税区、郑州经开综合保税区高质量发展，根据《河南省人民政府办公厅关于推进综合保税区高质量发展的实施意见》等文件精神，市商务局在各地申报、专家评审的基础上，研究确定了2026年度跨境电商和综合保税区重点项目（以下简称重点项目）清单，现予公布，并将有关事项通知如下。").text)
    heading1(doc, "一、项目基本情况")
    clauses.append(para(doc, "2026年度重点项目共%d个，总投资%s亿元，年度计划投资%s亿元。按类别划分如下：" % (len(projects), yi(total_all), yi(plan_all))).text)

    # ---- tab "table" typed against Word's default tab stops (several tabs per gap)
    tcols = ["项目类别", "项目数", "总投资（亿元）", "年度投资（亿元）"]
    trows = [(cats[k], str(n_by[k]), yi(tot_by[k]), yi(plan_by[k])) for k in range(3)]
    trows.append(("合计", str(len(projects)), yi(total_all), yi(plan_all)))
    SZ = 14
    DEF = 21.0  # pt
    targets = [0, 147, 210, 315]

    def width(s):
        return sum(SZ / 2.0 if ord(ch) < 128 else SZ for ch in s)

    def tab_line(cells):
        out, x = "", 0.0
        for k, s in enumerate(cells):
            if k > 0:
                tgt = targets[k]
                n = 0
                while True:
                    x = (int(x // DEF) + 1) * DEF
                    n += 1
                    if x >= tgt:
                        break
                out += "\t" * n
            out += s
            x += width(s)
        return out

    for i, row in enumerate([tuple(tcols)] + trows):
        p = doc.add_paragraph()
        fmt_para(p, first_indent=False, line=26, size=SZ)
        set_font(p.add_run(tab_line(row)), HT if i == 0 else FS, SZ, bold=False)
        if i > 0:
            clauses.append(row_clause(tcols, row))
    clauses.append(para(doc, "具体项目详见附件。").text)

    heading1(doc, "二、工作要求")
    items = [
        ("（一）落实推进责任。", "各区县（市）商务主管部门要建立重点项目包联机制，明确一名负责同志和一名联络员，逐项制定推进计划，明确时间节点，确保项目按期开工、竣工、投产。"),
        ("（二）强化要素保障。", "对列入清单的项目，各地要在用地、用能、融资等方面予以优先保障；符合条件的，优先推荐申报省级开放型经济发展专项资金和中欧班列（中豫号）运营补贴。"),
        ("（三）实行动态管理。", "重点项目实行季度调度，各地于每季度结束后5个工作日内通过郑州市商务项目管理系统报送项目进展。对连续两个季度未实质性开工或年度投资完成率低于30%的项目，调出重点项目清单。"),
        ("（四）做好协调服务。", "市商务局将会同郑州海关、市发展改革委等部门，定期召开重点项目协调会，及时协调解决项目推进中的海关监管、口岸通关、跨境结算等问题。"),
    ]
    for h, b in items:
        clauses.append(runin(doc, h, b, head_font=FS, head_bold=True).text)

    heading1(doc, "三、其他事项")
    clauses.append(para(doc, "本通知印发后，《郑州市商务局关于公布2025年度跨境电商和综合保税区重点项目清单的通知》（郑商务〔2025〕6号）同时废止。").text)
    clauses.append(para(doc, "联系人：市商务局开放型经济发展处　李　航，联系电话：0371-67181562。").text)

    para(doc, "")
    para(doc, "附件：2026年度跨境电商和综合保税区重点项目清单")
    para(doc, "")
    para(doc, "")
    para(doc, "郑州市商务局　　　　", first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2026年2月27日　　　　", first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "（此件公开发布）")

    # ---------------- 附件: header typed with spaces, 续表 retyped by hand
    page_break(doc)
    para(doc, "附件", east=HT, first_indent=False)
    para(doc, "")
    para(doc, "2026年度跨境电商和综合保税区重点项目清单", east=XBS, size=20,
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=32)
    para(doc, "")
    hdr_typed = ["序　号", "项　目　名　称", "建　设　单　位", "建设地点", "总投资\n（万元）", "2026年计划\n投资（万元）"]
    hdr_key = ["序号", "项目名称", "建设单位", "建设地点", "总投资（万元）", "2026年计划投资（万元）"]
    widths = [1.1, 4.6, 3.8, 2.2, 1.9, 2.0]

    def proj_table(rows, start):
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_col_widths(t, widths)
        for j, c in enumerate(hdr_typed):
            cell_text(t.rows[0].cells[j], c, east=HT, size=12)
        for i, pr in enumerate(rows):
            vals = [str(start + i), pr[0], pr[1], pr[2], intc(pr[3]), intc(pr[4])]
            for j, v in enumerate(vals):
                al = WD_ALIGN_PARAGRAPH.LEFT if j in (1, 2) else WD_ALIGN_PARAGRAPH.CENTER
                cell_text(t.rows[i + 1].cells[j], v, east=FS, size=12, align=al)
            clauses.append(row_clause(hdr_key, vals))
        for row in t.rows:
            for c in row.cells:
                c.vertical_alignment = VA.CENTER
        return t

    proj_table(projects[:8], 1)
    page_break(doc)
    para(doc, "续表", east=KT, size=14, first_indent=False, line=None)
    proj_table(projects[8:], 9)

    para(doc, "")
    para(doc, "")
    p = para(doc, "抄送：市发展改革委，市财政局，郑州海关，郑州新郑综合保税区管理委员会。", size=14,
             first_indent=False, line=None)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.hanging_indent = None
    banji_rule(p, top=True, bottom=True, sz="4")
    p = para(doc, "郑州市商务局办公室　　　　　　　　　　2026年2月28日印发", size=14,
             first_indent=False, line=None)
    p.paragraph_format.left_indent = Pt(14)
    banji_rule(p, top=False, bottom=True, sz="8")

    stem = "blind415_zhengzhou_tongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "郑州市商务局关于公布2026年度跨境电商和综合保税区重点项目清单的通知",
        "doc_number": "郑商务〔2026〕9号",
        "issuer": ["郑州市商务局"],
        "date": "2026-02-27",
        "published": None,
        "level": "municipal",
        "region": "郑州市",
        "effective": None,
        "expires": None,
        "attachments": ["2026年度跨境电商和综合保税区重点项目清单"],
        "doc_type": "通知",
        "recipients": ["各区县（市）商务主管部门", "郑州航空港经济综合实验区经济发展局", "市直有关单位"],
        "publicity": "此件公开发布",
        "repeals": "郑州市商务局关于公布2025年度跨境电商和综合保税区重点项目清单的通知（郑商务〔2025〕6号）",
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (make_chongqing, make_zhengzhou):
        stem, path, objs = fn()
        convert(path, HERE)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
