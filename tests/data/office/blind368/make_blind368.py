# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 368: 片区管委会权责清单 / 政务服务事项清单 and 调整 notice.

Writes next to itself: blind368_*.docx, their PDFs (LibreOffice) and expected.json.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, east, size, bold=False, color=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(r"<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")


def fmt(p, align=None, indent=False, exact=28.95, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    if exact:
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, text="", east=FS, size=16, align=None, indent=False, bold=False,
         color=None, exact=28.95):
    p = doc.add_paragraph()
    fmt(p, align, indent, exact)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runs(doc, parts, indent=True, align=None, exact=28.95):
    """parts: list of (text, east, bold)."""
    p = doc.add_paragraph()
    fmt(p, align, indent, exact)
    for text, east, bold in parts:
        set_font(p.add_run(text), east, 16, bold)
    return p


def border(p, side="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml(r"<w:pBdr %s/>" % nsdecls("w"))
        later = ["shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
                 "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
                 "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
                 "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
                 "cnfStyle", "rPr", "sectPr", "pPrChange"]
        for child in ppr:
            if child.tag.split("}")[1] in later:
                child.addprevious(bdr)
                break
        else:
            ppr.append(bdr)
    bdr.append(parse_xml(
        r'<w:%s %s w:val="single" w:sz="%d" w:space="1" w:color="%s"/>'
        % (side, nsdecls("w"), sz, color)))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def a4(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        section.top_margin, section.bottom_margin = Cm(2.8), Cm(2.6)
        section.left_margin, section.right_margin = Cm(3.0), Cm(2.8)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)


def page_numbers(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml(r'<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    set_font(r2, "宋体", 14)
    r2._r.append(parse_xml(r'<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = p.add_run()
    set_font(r3, "宋体", 14)
    r3._r.append(parse_xml(r'<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r4 = p.add_run("1")
    set_font(r4, "宋体", 14)
    r5 = p.add_run()
    set_font(r5, "宋体", 14)
    r5._r.append(parse_xml(r'<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    set_font(p.add_run(" —"), "宋体", 14)


def new_doc():
    doc = Document()
    a4(doc.sections[0])
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_numbers(doc.sections[0])
    return doc


def cell_text(cell, lines, east=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              soft=False):
    """Put lines into a cell; separate paragraphs, or soft line breaks if soft."""
    if isinstance(lines, str):
        lines = [lines]
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    fmt(p, align, False, None)
    p.paragraph_format.line_spacing = 1.0
    if soft:
        for i, line in enumerate(lines):
            r = p.add_run(line)
            set_font(r, east, size, bold)
            if i < len(lines) - 1:
                r.add_break()
        return
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
            fmt(p, align, False, None)
            p.paragraph_format.line_spacing = 1.0
        set_font(p.add_run(line), east, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(r'<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(r'<w:cantSplit %s/>' % nsdecls("w")))


TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
               "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
               "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription"]


def tblpr_put(tblpr, el):
    """Insert el into tblPr in schema order, replacing an element of the same tag."""
    tag = el.tag.split("}")[1]
    for old in tblpr.findall(qn("w:" + tag)):
        tblpr.remove(old)
    idx = TBLPR_ORDER.index(tag)
    for i, child in enumerate(list(tblpr)):
        ctag = child.tag.split("}")[1]
        if ctag in TBLPR_ORDER and TBLPR_ORDER.index(ctag) > idx:
            child.addprevious(el)
            return
    tblpr.append(el)


def set_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr_put(tbl.tblPr, parse_xml(r'<w:tblW %s w:w="%d" w:type="dxa"/>'
                                   % (nsdecls("w"), int(Cm(sum(widths_cm)).twips))))
    tblpr_put(tbl.tblPr, parse_xml(r'<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def no_borders(table):
    tblpr_put(table._tbl.tblPr, parse_xml(
        r'<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        r'<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


COLS = ["序号", "事项名称", "事项类型", "实施依据", "承接层级（片区）", "承接层级（区县）", "备注"]


def row_clause(cols, values):
    return "；".join("%s：%s" % (c, v) for c, v in zip(cols, values))


def list_table(doc, groups, clauses, widths, header_soft_type=False, soft_basis=(),
               restart_numbers=False):
    """Two-row header list table with category rows spanning the whole table.

    groups: list of (category title, [(name, type, [basis lines], pq, qx, note), ...])
    """
    nrows = 2 + sum(1 + len(items) for _, items in groups)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, widths)
    h0, h1 = t.rows[0], t.rows[1]
    repeat_header(h0)
    repeat_header(h1)
    for i in (0, 1, 2, 3, 6):
        h0.cells[i].merge(h1.cells[i])
    h0.cells[4].merge(h0.cells[5])
    heads = ["序号", "事项名称", ["事项", "类型"] if header_soft_type else "事项类型",
             "实施依据", None, None, "备注"]
    for i, h in enumerate(heads):
        if h is not None:
            cell_text(t.cell(0, i), h, HT, 11, soft=True)
    cell_text(t.cell(0, 4), "承接层级", HT, 11)
    cell_text(t.cell(1, 4), "片区", HT, 11)
    cell_text(t.cell(1, 5), "区县", HT, 11)
    r = 2
    n = 0
    for cat, items in groups:
        row = t.rows[r]
        no_split(row)
        c = row.cells[0].merge(row.cells[6])
        cell_text(c, cat, HT, 11, align=WD_ALIGN_PARAGRAPH.LEFT)
        r += 1
        if restart_numbers:
            n = 0
        for name, typ, basis, pq, qx, note in items:
            n += 1
            row = t.rows[r]
            no_split(row)
            cells = row.cells
            cell_text(cells[0], str(n))
            cell_text(cells[1], name, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(cells[2], typ)
            cell_text(cells[3], basis, align=WD_ALIGN_PARAGRAPH.LEFT, soft=(n in soft_basis))
            cell_text(cells[4], pq)
            cell_text(cells[5], qx)
            cell_text(cells[6], note, align=WD_ALIGN_PARAGRAPH.LEFT if note != "/" else WD_ALIGN_PARAGRAPH.CENTER)
            clauses.append(row_clause(COLS, [str(n), name, typ, "\n".join(basis), pq, qx, note]))
            r += 1
    return t


def banji(doc, lines_as_table, chaosong, yinfa_left, yinfa_right):
    """版记 at the end of the document."""
    if lines_as_table:
        t = doc.add_table(rows=2, cols=1)
        no_borders(t)
        tblpr_put(t._tbl.tblPr, parse_xml(
            r'<w:tblBorders %s><w:top w:val="single" w:sz="8"/><w:left w:val="nil"/>'
            r'<w:bottom w:val="single" w:sz="8"/><w:right w:val="nil"/>'
            r'<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="nil"/></w:tblBorders>'
            % nsdecls("w")))
        set_widths(t, [15.6])
        cell_text(t.cell(0, 0), chaosong, FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(1, 0), yinfa_left + "\u3000\u3000\u3000\u3000" + yinfa_right, FS, 14,
                  align=WD_ALIGN_PARAGRAPH.LEFT)
    else:
        p = para(doc, chaosong, FS, 14)
        border(p, "top", "000000", 8)
        border(p, "bottom", "000000", 4)
        p = para(doc, yinfa_left + "          " + yinfa_right, FS, 14)
        border(p, "bottom", "000000", 8)


# =========================================================== document 1
def doc_qinzhou():
    name = "blind368_qinzhou_qingdan"
    organ = "中国（广西）自由贸易试验区钦州港片区管理委员会"
    list_title = "钦州港片区管理委员会权责清单（2025年版）"
    docnum = "钦港片管发〔2025〕23号"
    doc = new_doc()
    clauses = []

    # 版头
    p = para(doc, "中国（广西）自由贸易试验区", XBS, 30, WD_ALIGN_PARAGRAPH.CENTER, color=RED, exact=40)
    p.paragraph_format.space_before = Pt(24)
    para(doc, "钦州港片区管理委员会文件", XBS, 36, WD_ALIGN_PARAGRAPH.CENTER, color=RED, exact=48)
    para(doc)
    p = para(doc, docnum, FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18)
    para(doc)
    # title in two paragraphs
    para(doc, organ, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, exact=34)
    para(doc, "关于印发《%s》的通知" % list_title, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, exact=34)
    para(doc)
    para(doc, "片区各部门、各直属单位，钦州港经济技术开发区各有关单位，钦南区人民政府有关部门：")

    body = [
        "为深入贯彻落实《中华人民共和国行政许可法》和自治区关于深化“放管服”改革、优化营商环境的部署要求，"
        "进一步厘清片区管理委员会与钦南区人民政府在承接自治区、钦州市下放行政权力事项中的职责边界，"
        "推进权力运行公开透明，片区管理委员会对承接的行政权力事项进行了全面梳理，编制形成《%s》"
        "（以下简称《权责清单》），经片区管委会2025年第9次主任办公会议审议通过，现印发给你们，"
        "并就有关事项通知如下。" % list_title,
    ]
    for t in body:
        para(doc, t, indent=True)
        clauses.append(t)
    runin = [
        ("一、严格依单履职。",
         "各部门要严格按照《权责清单》所列事项名称、事项类型、实施依据和承接层级履行职责，"
         "不得擅自增加、减少或者变相设置行政权力事项。清单之外的事项，一律不得实施。"),
        ("二、做好工作衔接。",
         "对由片区与钦南区共同承接的事项，双方要于2025年12月31日前签订工作衔接协议，"
         "明确受理、审查、决定、送达等环节的分工，确保企业和群众办事“只进一扇门、最多跑一次”。"),
        ("三、实行动态调整。",
         "因法律法规规章立改废释、上级下放或者收回权限、机构职能调整等原因需要调整清单的，"
         "由事项实施部门提出调整意见，经片区行政审批局（政务服务中心）审核后，报片区管委会批准并及时向社会公布。"),
        ("四、强化监督检查。",
         "片区党政办公室要会同有关部门将《权责清单》执行情况纳入年度绩效考评，"
         "对不按清单履职、超越权限实施行政权力等行为，依规依纪依法严肃处理。"),
    ]
    for head, text in runin:
        runs(doc, [(head, HT, False), (text, FS, False)])
        clauses.append(head + text)
    last = ("本通知自印发之日起施行。《钦州港片区管理委员会权责清单（2023年版）》（钦港片管发〔2023〕15号）同时废止。"
            "执行中遇到的问题，请及时向片区行政审批局反馈（联系电话：0777-3886512）。")
    para(doc, last, indent=True)
    clauses.append(last)
    para(doc)
    p = para(doc, "附件：" + list_title, indent=True)
    para(doc)
    para(doc)
    para(doc, "中国（广西）自由贸易试验区", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "钦州港片区管理委员会　　 ", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "                                    2025年11月20日")
    para(doc)
    para(doc, "（此件公开发布）", indent=True)

    # ---- attachment
    page_break(doc)
    para(doc, "附件", HT, 16)
    para(doc)
    para(doc, list_title, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, exact=34)
    para(doc)
    list_clauses = []
    N = "/"
    groups = [
        ("一、商务领域", [
            ("拍卖企业设立及变更审批", "行政许可",
             ["《中华人民共和国拍卖法》第十一条、第十二条", "《拍卖管理办法》第八条"], "√", N,
             "由自治区商务厅下放"),
            ("成品油零售经营资格审批", "行政许可",
             ["《国务院对确需保留的行政审批项目设定行政许可的决定》附件第185项",
              "《国务院关于取消和下放一批行政许可事项的决定》（国发〔2019〕6号）"], "√", N,
             "由钦州市商务局委托实施"),
            ("单用途商业预付卡发卡企业备案", "其他",
             ["《单用途商业预付卡管理办法（试行）》第七条、第八条"], "√", "√", N),
            ("二手车交易市场经营者和二手车经营主体备案", "其他",
             ["《二手车流通管理办法》第十四条"], "√", "√", N),
            ("报废机动车回收拆解企业资质认定", "行政许可",
             ["《报废机动车回收管理办法》第六条", "《报废机动车回收管理办法实施细则》第九条"], "√", N, N),
        ]),
        ("二、交通运输领域", [
            ("道路货物运输经营许可（除使用总质量4500千克及以下普通货运车辆从事普通货运经营外）", "行政许可",
             ["《中华人民共和国道路运输条例》第二十一条、第二十四条", "《道路货物运输及站场管理规定》第六条"],
             "√", "√", N),
            ("港口经营许可", "行政许可",
             ["《中华人民共和国港口法》第二十二条", "《港口经营管理规定》第七条"], "√", N, N),
            ("危险货物港口作业认可", "行政许可",
             ["《中华人民共和国港口法》第三十五条", "《港口危险货物安全管理规定》第十九条"], "√", N,
             "限钦州港片区港口区域"),
            ("机动车维修经营备案", "其他",
             ["《中华人民共和国道路运输条例》第三十九条、第四十条", "《机动车维修管理规定》第八条"], N, "√", N),
        ]),
        ("三、生态环境领域", [
            ("建设项目环境影响报告书（表）审批", "行政许可",
             ["《中华人民共和国环境影响评价法》第二十二条", "《建设项目环境保护管理条例》第九条"], "√", N,
             "核与辐射类项目除外"),
            ("排污许可", "行政许可", ["《排污许可管理条例》第三条、第八条"], "√", N, N),
            ("危险废物经营许可（收集类）", "行政许可",
             ["《中华人民共和国固体废物污染环境防治法》第八十条", "《危险废物经营许可证管理办法》第七条"], "√", N, N),
            ("建设项目环境影响登记表备案", "其他",
             ["《中华人民共和国环境影响评价法》第十六条", "《建设项目环境影响登记表备案管理办法》第三条"],
             "√", "√", N),
        ]),
        ("四、应急管理领域", [
            ("危险化学品经营许可（不带储存设施）", "行政许可",
             ["《危险化学品安全管理条例》第三十三条、第三十五条", "《危险化学品经营许可证管理办法》第五条"],
             "√", N, N),
            ("危险化学品建设项目安全条件审查", "行政许可",
             ["《危险化学品安全管理条例》第十二条", "《危险化学品建设项目安全监督管理办法》第四条"], "√", N, N),
            ("生产安全事故应急预案备案", "其他",
             ["《生产安全事故应急条例》第七条", "《生产安全事故应急预案管理办法》第二十六条"], "√", "√", N),
        ]),
        ("五、住房城乡建设领域", [
            ("建筑工程施工许可证核发", "行政许可",
             ["《中华人民共和国建筑法》第七条", "《建筑工程施工许可管理办法》第二条"], "√", N, N),
            ("特殊建设工程消防验收", "行政确认",
             ["《中华人民共和国消防法》第十三条", "《建设工程消防设计审查验收管理暂行规定》第二十六条"], "√", N, N),
            ("房屋建筑和市政基础设施工程竣工验收备案", "其他",
             ["《建设工程质量管理条例》第四十九条", "《房屋建筑和市政基础设施工程竣工验收备案管理办法》第四条"],
             "√", "√", N),
            ("商品房预售许可", "行政许可",
             ["《中华人民共和国城市房地产管理法》第四十五条", "《城市商品房预售管理办法》第六条、第七条"], N, "√",
             "由钦南区住房和城乡建设局实施"),
        ]),
        ("六、人力资源社会保障领域", [
            ("工伤认定", "行政确认",
             ["《工伤保险条例》第十七条、第十九条", "《工伤认定办法》第四条"], N, "√", N),
            ("企业实行不定时工作制和综合计算工时工作制审批", "行政许可",
             ["《中华人民共和国劳动法》第三十九条",
              "《关于企业实行不定时工作制和综合计算工时工作制的审批办法》第七条"], "√", N, N),
        ]),
    ]
    list_table(doc, groups, list_clauses, [1.0, 3.4, 1.9, 4.8, 1.3, 1.3, 1.9],
               soft_basis=(6, 7, 13, 20))
    items = [it for _, g in groups for it in g]
    cnt = {k: sum(1 for it in items if it[1] == k) for k in ("行政许可", "行政确认", "其他")}
    both = sum(1 for it in items if it[3] == "√" and it[4] == "√")
    para(doc)
    para(doc, "说明：", HT, 16, indent=True)
    shuoming = [
        "1.本清单所列事项为钦州港片区管理委员会依法承接实施的行政权力事项，共%d项，其中行政许可%d项、行政确认%d项、其他行政权力%d项。"
        % (len(items), cnt["行政许可"], cnt["行政确认"], cnt["其他"]),
        "2.“承接层级”栏中，仅“片区”栏标注“√”的，由片区管委会相关部门在片区范围内实施；“片区”“区县”栏均标注“√”的（共%d项），"
        "片区范围内由片区管委会相关部门实施，片区范围外由钦南区人民政府相关部门实施；仅“区县”栏标注“√”的，"
        "由钦南区人民政府相关部门实施，片区管委会做好协调服务。" % both,
        "3.“实施依据”栏所列法律、法规、规章发生修改或者废止的，以修改后的规定为准，相关事项由实施部门按程序提出调整意见。",
        "4.事项的受理条件、办理流程、申请材料、办理时限等，以广西数字政务一体化平台公布的办事指南为准。",
        "5.本清单由片区行政审批局负责解释。",
    ]
    for s in shuoming:
        para(doc, s, indent=True)
        list_clauses.append(s)
    para(doc)
    para(doc)
    banji(doc, True, "抄送：自治区商务厅（自治区自贸办），钦州市人民政府办公室，钦南区人民政府。",
          "钦州港片区管理委员会党政办公室", "2025年11月21日印发")
    doc.save(os.path.join(HERE, name + ".docx"))

    region = "中国（广西）自由贸易试验区钦州港片区"
    exp = [
        {"meta": {
            "title": organ + "关于印发《%s》的通知" % list_title,
            "doc_number": docnum,
            "issuer": [organ],
            "date": "2025-11-20",
            "published": None,
            "level": "zone",
            "region": region,
            "effective": "2025-11-20",
            "expires": None,
            "attachments": [list_title],
            "doc_type": "通知",
            "recipients": ["片区各部门", "各直属单位", "钦州港经济技术开发区各有关单位", "钦南区人民政府有关部门"],
            "publicity": "此件公开发布",
            "repeals": "《钦州港片区管理委员会权责清单（2023年版）》（钦港片管发〔2023〕15号）",
        }, "clauses": clauses},
        {"meta": {
            "title": list_title,
            "doc_number": None,
            "issuer": [organ],
            "date": "2025-11-20",
            "published": None,
            "level": "zone",
            "region": region,
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "清单",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        }, "clauses": list_clauses},
    ]
    return name, exp


# =========================================================== document 2
def add_numbering(doc):
    """Create a decimal '%1.' list without a tab after the number; return numId."""
    numbering = doc.part.numbering_part.element
    abs_id = 368
    num_id = 368
    numbering.insert(0, parse_xml(
        r'<w:abstractNum %s w:abstractNumId="%d">'
        r'<w:multiLevelType w:val="singleLevel"/>'
        r'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        r'<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        r'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        r'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        r'<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), abs_id)))
    numbering.append(parse_xml(
        r'<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), num_id, abs_id)))
    return num_id


def numbered(p, num_id):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(
        r'<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id)))


def doc_fuzhou():
    name = "blind368_fuzhou_tiaozheng"
    organ = "中国（福建）自由贸易试验区福州片区管理委员会"
    docnum = "榕自贸委〔2026〕4号"
    title = organ + "关于取消和下放一批政务服务事项的通知"
    doc = new_doc()
    num_id = add_numbering(doc)
    clauses = []

    p = para(doc, "中国（福建）自由贸易试验区福州片区管理委员会", XBS, 26, WD_ALIGN_PARAGRAPH.CENTER,
             color=RED, exact=40)
    p.paragraph_format.space_before = Pt(30)
    para(doc)
    p = para(doc, docnum, FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18)
    para(doc)
    # title with soft line break
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, exact=34)
    r = p.add_run(organ)
    set_font(r, XBS, 22)
    r.add_break()
    set_font(p.add_run("关于取消和下放一批政务服务事项的通知"), XBS, 22)
    para(doc)
    # 主送 split by a soft break
    p = para(doc, "")
    r = p.add_run("片区各工作部门，马尾区人民政府，福州经济技术开发区、福州综合保税区各有关单位，")
    set_font(r, FS, 16)
    r.add_break()
    set_font(p.add_run("片区各驻区单位："), FS, 16)
    recipients = ["片区各工作部门", "马尾区人民政府", "福州经济技术开发区各有关单位", "福州综合保税区各有关单位",
                  "片区各驻区单位"]

    intro = ("为贯彻落实《福建省人民政府关于取消和下放一批行政许可事项的决定》（闽政〔2026〕3号）精神，"
             "进一步深化福州片区“放管服”改革，经片区管委会研究，决定取消4项、下放5项政务服务事项，"
             "并相应调整《福州片区政务服务事项清单（2025年版）》。现将有关事项通知如下：")
    para(doc, intro, indent=True)
    clauses.append(intro)

    para(doc, "一、取消事项（4项）", HT, 16, indent=True)
    cancel = [
        "对外劳务合作经营资格核准（片区承接部分）。取消后，申请人直接向福州市商务局申请办理，片区商务部门做好政策咨询和业务指导。",
        "粮食收购资格认定。取消后，加强粮食收购活动事中事后监管，督促粮食收购企业落实经营信息报送制度。",
        "公共场所卫生许可（饭馆、咖啡馆、酒吧、茶座4类公共场所）。取消后，上述场所不再办理卫生许可，"
        "片区卫生健康部门通过“双随机、一公开”抽查等方式加强监管。",
        "企业投资项目节能审查（年综合能源消费量不满1000吨标准煤且年电力消费量不满500万千瓦时的项目）。"
        "取消后，相关项目不再单独进行节能审查，由建设单位按照相关节能标准、规范建设。",
    ]
    for i, t in enumerate(cancel, 1):
        p = para(doc, t)
        numbered(p, num_id)
        clauses.append("%d.%s" % (i, t))

    para(doc, "二、下放事项（5项）", HT, 16, indent=True)
    lead = "下列事项自2026年4月1日起由片区管委会下放至马尾区有关部门实施，具体如下："
    para(doc, lead, indent=True)
    clauses.append(lead)
    cols = ["序号", "事项名称", "事项类型", "原实施层级", "调整后实施层级", "备注"]
    rows = [
        ["1", "户外广告设施设置审批", "行政许可", "片区", "马尾区", "福州综合保税区范围内仍由片区实施"],
        ["2", "城市道路挖掘许可", "行政许可", "片区", "马尾区", "/"],
        ["3", "临时占用城市绿地审批", "行政许可", "片区", "马尾区", "/"],
        ["4", "城镇污水排入排水管网许可", "行政许可", "片区", "马尾区", "/"],
        ["5", "民办非企业单位成立登记", "行政确认", "片区", "马尾区", "限教育、养老服务类"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(cols))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(cols):
        cell_text(t.cell(0, i), c, HT, 12)
    repeat_header(t.rows[0])
    for ri, rv in enumerate(rows, 1):
        for ci, v in enumerate(rv):
            cell_text(t.cell(ri, ci), v, FS, 12,
                      align=WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 5) and v != "/" else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(cols, rv))
    set_widths(t, [1.1, 4.6, 1.9, 1.9, 2.4, 3.6])

    para(doc, "三、工作要求", HT, 16, indent=True)
    reqs = [
        ("（一）做好交接承接。",
         "片区相关部门要在2026年3月31日前与马尾区承接部门完成档案资料、在办件和业务系统权限的移交，"
         "并联合开展业务培训，确保下放事项“接得住、管得好”，不出现服务断档。"),
        ("（二）加强事中事后监管。",
         "对取消的事项，原实施部门要逐项制定加强事中事后监管的具体措施，不得以备案、登记、年检、认定等形式变相审批。"),
        ("（三）及时更新清单。",
         "片区行政审批局要在本通知印发之日起10个工作日内，在福建省网上办事大厅同步更新事项信息和办事指南，"
         "并将调整后的《福州片区政务服务事项清单》向社会公布。"),
    ]
    for head, text in reqs:
        runs(doc, [(head, KT, True), (text, FS, False)])
        clauses.append(head + text)
    eff = "本通知自2026年4月1日起施行。此前有关规定与本通知不一致的，以本通知为准。"
    para(doc, eff, indent=True)
    clauses.append(eff)
    contact = "联系人：片区行政审批局　陈晓岚，联系电话：0591-83996217。"
    para(doc, contact, indent=True)
    clauses.append(contact)
    para(doc)
    para(doc)
    # 落款 by layout table (no borders)
    lt = doc.add_table(rows=2, cols=2)
    set_widths(lt, [2.0, 13.6])
    no_borders(lt)
    cell_text(lt.cell(0, 1), organ, FS, 16)
    cell_text(lt.cell(1, 1), "2026年3月16日", FS, 16)
    para(doc)
    para(doc, "（此件主动公开）", indent=True)
    para(doc)
    para(doc)
    banji(doc, False, "抄送：福建省商务厅（省自贸办），福州市人民政府办公厅，福州市行政审批服务管理办公室。",
          "福州片区管委会综合办公室", "2026年3月17日印发")
    doc.save(os.path.join(HERE, name + ".docx"))

    exp = [{"meta": {
        "title": title,
        "doc_number": docnum,
        "issuer": [organ],
        "date": "2026-03-16",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区福州片区",
        "effective": "2026-04-01",
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": recipients,
        "publicity": "此件主动公开",
        "repeals": None,
    }, "clauses": clauses}]
    return name, exp


# =========================================================== document 3
def doc_lianyungang():
    name = "blind368_lianyungang_qingdan"
    o1 = "中国（江苏）自由贸易试验区连云港片区管理委员会"
    o2 = "连云港市连云区人民政府"
    docnum = "连自贸发〔2026〕2号"
    a1 = "连云港片区政务服务事项清单（2026年版）"
    a2 = "连云港片区政务服务事项调整对照表"
    title = "关于印发《%s》的通知" % a1
    doc = new_doc()
    clauses = []

    # joint 版头 as layout table: two organs on the left, 文件 on the right
    ht = doc.add_table(rows=2, cols=2)
    set_widths(ht, [12.8, 2.8])
    no_borders(ht)
    for r_, txt in enumerate(["中国（江苏）自由贸易试验区连云港片区管委会", "连云港市连云区人民政府"]):
        c = ht.cell(r_, 0)
        cell_text(c, txt, XBS, 16, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RED
    m = ht.cell(0, 1).merge(ht.cell(1, 1))
    cell_text(m, "文件", XBS, 40)
    for run in m.paragraphs[0].runs:
        run.font.color.rgb = RED
    para(doc)
    p = para(doc, docnum, FS, 16, WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18)
    para(doc)
    para(doc, "关于印发《连云港片区政务服务事项清单", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, exact=34)
    para(doc, "（2026年版）》的通知", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, exact=34)
    para(doc)
    para(doc, "片区各部门，连云区各街道办事处、区各有关部门：")
    recipients = ["片区各部门", "连云区各街道办事处", "区各有关部门"]

    body = [
        "为贯彻落实《中国（江苏）自由贸易试验区条例》和省委、省政府关于推进政务服务标准化规范化便利化的部署要求，"
        "巩固片区与连云区“区政合一”管理体制改革成果，片区管委会与连云区人民政府共同梳理编制了《%s》，"
        "现印发给你们，请认真贯彻执行。" % a1,
        None,  # filled below with counts
        "各部门要对照清单，逐项编制标准化办事指南，统一在江苏政务服务网公开，推动清单内事项“一网通办”。"
        "片区范围内的事项原则上在片区政务服务中心集中办理，连云区范围内的事项在连云区政务服务中心办理，"
        "两中心互设“跨区通办”窗口，实行收件、受理、发证一体化服务。",
        "清单实行动态管理。因法律法规规章立改废释、上级政府取消或者下放权限等原因需要调整的，"
        "由事项实施部门于每年6月底、12月底前集中提出调整意见，经片区行政审批局和连云区行政审批局会商一致后，"
        "报片区管委会、连云区人民政府审定并公布。",
        "本清单自2026年2月1日起实施，有效期至2028年1月31日。",
    ]

    N = "/"
    groups = [
        ("一、投资贸易类", [
            ("外商投资企业登记注册", "行政许可",
             ["《中华人民共和国外商投资法》第三十一条", "《中华人民共和国市场主体登记管理条例》第三条"], "√", N, N),
            ("技术进出口合同登记", "其他",
             ["《中华人民共和国技术进出口管理条例》第十七条、第三十九条", "《技术进出口合同登记管理办法》第二条"],
             "√", N, "限自由进出口技术"),
            ("境外投资项目备案（地方企业中方投资额3亿美元以下）", "其他",
             ["《企业境外投资管理办法》第十四条"], "√", N, N),
            ("企业境外投资备案（非金融类）", "其他",
             ["《境外投资管理办法》第九条、第十一条"], "√", N, N),
        ]),
        ("二、航运物流类", [
            ("港口经营许可", "行政许可",
             ["《中华人民共和国港口法》第二十二条", "《港口经营管理规定》第七条"], "√", N, N),
            ("国内水路运输辅助业务备案", "其他",
             ["《国内水路运输管理条例》第二十七条", "《国内水路运输辅助业管理规定》第八条"], "√", "√", N),
            ("道路货物运输经营许可", "行政许可",
             ["《中华人民共和国道路运输条例》第二十一条、第二十四条"], "√", "√",
             "使用总质量4500千克及以下普通货运车辆的除外"),
        ]),
        ("三、市场监管类", [
            ("食品经营许可", "行政许可",
             ["《中华人民共和国食品安全法》第三十五条", "《食品经营许可和备案管理办法》第三条"], "√", "√", N),
            ("药品零售企业许可", "行政许可",
             ["《中华人民共和国药品管理法》第五十一条", "《药品经营和使用质量监督管理办法》第九条"], N, "√", N),
            ("特种设备使用登记", "行政许可",
             ["《中华人民共和国特种设备安全法》第三十三条", "《特种设备安全监察条例》第二十五条"], "√", "√", N),
            ("股权出质登记", "行政确认",
             ["《中华人民共和国民法典》第四百四十三条", "《股权出质登记办法》第二条"], "√", "√", N),
        ]),
        ("四、社会事务类", [
            ("外国人来华工作许可", "行政许可",
             ["《中华人民共和国出境入境管理法》第四十一条", "《外国人在中国就业管理规定》第五条"], "√", N,
             "片区受理，连云港市科技局决定"),
            ("劳务派遣经营许可", "行政许可",
             ["《中华人民共和国劳动合同法》第五十七条", "《劳务派遣行政许可实施办法》第三条"], "√", "√", N),
            ("民办职业培训学校设立、分立、合并、变更及终止审批", "行政许可",
             ["《中华人民共和国民办教育促进法》第十二条", "《中华人民共和国民办教育促进法实施条例》第十八条"],
             N, "√", N),
        ]),
    ]
    items = [it for _, g in groups for it in g]
    cnt = {k: sum(1 for it in items if it[1] == k) for k in ("行政许可", "行政确认", "其他")}
    body[1] = ("清单共收录政务服务事项%d项，其中行政许可%d项、行政确认%d项、其他%d项，分为投资贸易、航运物流、"
               "市场监管、社会事务4类。" % (len(items), cnt["行政许可"], cnt["行政确认"], cnt["其他"]))
    for t in body:
        para(doc, t, indent=True)
        clauses.append(t)
    para(doc)
    # 附件 list with manual-space hanging indent
    para(doc, "附件：1.%s" % a1, indent=True)
    para(doc, "　　　　　2.%s" % a2)
    para(doc)
    para(doc)
    # joint 落款 side by side in a layout table, date below
    lt = doc.add_table(rows=3, cols=2)
    set_widths(lt, [7.8, 7.8])
    no_borders(lt)
    cell_text(lt.cell(0, 0), "中国（江苏）自由贸易试验区", FS, 16)
    cell_text(lt.cell(1, 0), "连云港片区管理委员会", FS, 16)
    m = lt.cell(0, 1).merge(lt.cell(1, 1))
    cell_text(m, o2, FS, 16)
    d = lt.cell(2, 0).merge(lt.cell(2, 1))
    cell_text(d, "2026年1月28日", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)

    # ---- attachment 1 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(sec, landscape=True)
    para(doc, "附件1", HT, 16)
    para(doc, a1, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, exact=34)
    para(doc)
    c1 = []
    list_table(doc, groups, c1, [1.2, 5.6, 1.8, 8.6, 1.4, 1.4, 3.9],
               header_soft_type=True, soft_basis=(), restart_numbers=True)
    para(doc)
    para(doc, "说明", HT, 16, WD_ALIGN_PARAGRAPH.CENTER)
    shuoming = [
        "一、“承接层级”栏中标注“√”的，表示该层级承担相应事项的受理和办理职责；“片区”“区县”栏均标注“√”的，"
        "按照属地原则，片区范围内由片区行政审批局办理，其他区域由连云区行政审批局办理。",
        "二、“备注”栏标注“片区受理，连云港市科技局决定”的，由片区政务服务中心收件受理，材料网上流转至连云港市科学技术局作出决定。",
        "三、本清单所列事项办理时限均为法定时限，实际承诺时限以江苏政务服务网公布的办事指南为准。",
        "四、清单执行中的具体问题，由片区行政审批局会同连云区行政审批局负责解释。",
    ]
    for s in shuoming:
        para(doc, s, indent=True)
        c1.append(s)

    # ---- attachment 2 back in portrait
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(sec)
    para(doc, "附件2", HT, 16)
    para(doc, a2, XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, exact=34)
    para(doc)
    cols = ["序号", "事项名称", "调整类型", "调整说明"]
    rows = [
        ["1", "外国人来华工作许可", "新增",
         "依据《江苏省人民政府关于赋予中国（江苏）自由贸易试验区第三批省级管理事项的决定》新增"],
        ["2", "国际货运代理企业备案", "取消", "上位依据已修改，不再作为政务服务事项"],
        ["3", "道路货物运输经营许可", "承接层级调整", "由“片区”调整为“片区、区县”"],
        ["4", "药品零售企业许可", "名称调整", "原名称为“药品经营许可（零售）”"],
    ]
    c2 = []
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(cols):
        cell_text(t.cell(0, i), c, HT, 12)
    for ri, rv in enumerate(rows, 1):
        for ci, v in enumerate(rv):
            cell_text(t.cell(ri, ci), v, FS, 12,
                      align=WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER)
        c2.append(row_clause(cols, rv))
    set_widths(t, [1.3, 4.6, 2.6, 7.1])
    para(doc)
    para(doc)
    para(doc)
    banji(doc, True, "抄送：江苏自贸试验区工作办公室，连云港市人民政府办公室，连云港市行政审批局。",
          "连云港片区管委会综合办公室", "2026年1月29日印发")
    doc.save(os.path.join(HERE, name + ".docx"))

    issuers = [o1, o2]
    region = "中国（江苏）自由贸易试验区连云港片区"

    def meta(ti, dn, atts, dtype, recs, eff, exp_):
        return {"title": ti, "doc_number": dn, "issuer": issuers, "date": "2026-01-28", "published": None,
                "level": "zone", "region": region, "effective": eff, "expires": exp_, "attachments": atts,
                "doc_type": dtype, "recipients": recs, "publicity": None, "repeals": None}

    exp = [
        {"meta": meta(title, docnum, [a1, a2], "通知", recipients, "2026-02-01", "2028-01-31"), "clauses": clauses},
        {"meta": meta(a1, None, [], "清单", [], None, None), "clauses": c1},
        {"meta": meta(a2, None, [], "对照表", [], None, None), "clauses": c2},
    ]
    return name, exp


# ================================================================= main
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_368", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    for fn in (doc_qinzhou, doc_fuzhou, doc_lianyungang):
        name, exp = fn()
        expected[name] = exp
        to_pdf(os.path.join(HERE, name + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
