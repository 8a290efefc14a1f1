# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 623: 省政府向自贸试验区下放第三批省级管理事项的决定."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

COLS = ["序号", "原实施部门", "事项名称", "子项", "事项类型", "下放方式", "承接主体", "设定依据"]


# ---------------------------------------------------------------- helpers
def fmt_run(run, ea=FS, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), ea)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def add_par(container, runs=None, align=None, first_chars=None, first_pt=None, line=28,
            left_pt=None, right_pt=None, space_before=0, space_after=0, exact=True):
    """runs: list of (text, ea, size, bold[, color]) ; text may contain '\n' => soft break."""
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if line:
        pf.line_spacing = Pt(line)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY if exact else WD_LINE_SPACING.AT_LEAST
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if first_pt is not None:
        pf.first_line_indent = Pt(first_pt)
    if left_pt is not None:
        pf.left_indent = Pt(left_pt)
    if right_pt is not None:
        pf.right_indent = Pt(right_pt)
    if first_chars is not None:
        ppr = p._p.get_or_add_pPr()
        ind = ppr.find(qn("w:ind"))
        if ind is None:
            ind = OxmlElement("w:ind")
            ppr.append(ind)
        ind.set(qn("w:firstLineChars"), str(first_chars))
        ind.set(qn("w:firstLine"), str(int(first_chars / 100 * 320)))
    for r in runs or []:
        text, ea, size, bold = r[0], r[1], r[2], r[3]
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = p.add_run(part)
            fmt_run(run, ea, size, bold, color)
            if i < len(parts) - 1:
                run.add_break()
    return p


def bottom_border(p, color="FF0000", sz=12, top=False, bottom=True):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            el = OxmlElement("w:" + side)
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "1")
            el.set(qn("w:color"), color)
            pbdr.append(el)
    ppr.append(pbdr)


def page_number_footer(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    fmt_run(r, "宋体", 14)
    r = p.add_run()
    fmt_run(r, "宋体", 14)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r._element.append(fc)
    r = p.add_run()
    fmt_run(r, "宋体", 14)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    fmt_run(r, "宋体", 14)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r._element.append(fc)
    r = p.add_run("1")
    fmt_run(r, "宋体", 14)
    r = p.add_run()
    fmt_run(r, "宋体", 14)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r._element.append(fc)
    r = p.add_run(" —")
    fmt_run(r, "宋体", 14)


def set_margins(section, top, bottom, left, right):
    section.top_margin = Cm(top)
    section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left)
    section.right_margin = Cm(right)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    set_margins(sec, 3.7, 3.5, 2.8, 2.6)
    page_number_footer(sec)
    return doc


def landscape_section(doc, margins=(2.4, 2.2, 2.5, 2.5)):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Cm(29.7)
    sec.page_height = Cm(21.0)
    set_margins(sec, *margins)
    return sec


def portrait_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    set_margins(sec, 3.7, 3.5, 2.8, 2.6)
    return sec


def mark_header_row(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def cell_write(cell, value, size, bold=False, ea=FS, align=WD_ALIGN_PARAGRAPH.CENTER,
               mode="paras"):
    """value: str, or list of paragraphs. mode 'paras' => one paragraph each;
    'softbreak' => one paragraph, pieces separated by soft line breaks."""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    pieces = value if isinstance(value, list) else [value]
    if mode == "softbreak":
        pieces = ["\n".join(pieces)]
    first = True
    for piece in pieces:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(size + 5)
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        parts = piece.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            fmt_run(r, ea, size, bold)
            if i < len(parts) - 1:
                r.add_break()


def flat(value):
    if isinstance(value, list):
        return "".join(value)
    return value.replace("\n", "")


def build_table(doc, header, rows, widths_cm, merge_rules, note, size=10.5,
                basis_mode="paras", left_cols=(7,), note_mode="paras"):
    """rows: list of 8-value lists (values may be list of paragraphs).
    merge_rules: dict col -> key function(row_index) ; consecutive rows with equal key
    (and equal value) are vertically merged in that column."""
    ncol = len(header)
    t = doc.add_table(rows=1 + len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, col in enumerate(t.columns):
        col.width = Cm(widths_cm[i])
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = Cm(widths_cm[i])
    hdr = t.rows[0]
    mark_header_row(hdr)
    for i, h in enumerate(header):
        cell_write(hdr.cells[i], h, size + 1, bold=True, ea=HT)
    # find merge groups
    groups = {}
    for col, keyf in merge_rules.items():
        runs = []
        start = 0
        for r in range(1, len(rows) + 1):
            if r == len(rows) or keyf(r) != keyf(start) or flat(rows[r][col]) != flat(rows[start][col]):
                runs.append((start, r - 1))
                start = r
        groups[col] = runs
    # write cells (only top cell of each merge run)
    for ri, vals in enumerate(rows):
        for ci, v in enumerate(vals):
            if ci in groups and not any(s == ri for s, e in groups[ci]):
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            mode = basis_mode if ci == 7 else "paras"
            cell_write(t.cell(ri + 1, ci), v, size, align=al, mode=mode)
    for ci, runs in groups.items():
        for s, e in runs:
            if e > s:
                t.cell(s + 1, ci).merge(t.cell(e + 1, ci))
    # note row spanning all columns
    if note is not None:
        nr = t.add_row()
        for i, c in enumerate(nr.cells):
            c.width = Cm(widths_cm[i])
        merged = nr.cells[0].merge(nr.cells[-1])
        cell_write(merged, note, size, align=WD_ALIGN_PARAGRAPH.LEFT, mode=note_mode)
    return t


def row_clause(cols, vals):
    return "；".join("%s：%s" % (c, flat(v)) for c, v in zip(cols, vals))


def banji(doc, cc, printer, pdate, width_note=None):
    """版记: 抄送 + 印发, lines above and below."""
    add_par(doc, [("", FS, 14, False)], line=28)
    p = add_par(doc, [("抄送：" + cc, FS, 14, False)], left_pt=14, right_pt=14, line=28)
    bottom_border(p, color="000000", sz=8, top=True, bottom=True)
    p = add_par(doc, [(printer, FS, 14, False), ("\t" + pdate + "印发", FS, 14, False)],
                left_pt=14, right_pt=14, line=28)
    ppr = p._p.get_or_add_pPr()
    tabs = OxmlElement("w:tabs")
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), "right")
    tab.set(qn("w:pos"), str(width_note or 8200))
    tabs.append(tab)
    ppr.append(tabs)
    bottom_border(p, color="000000", sz=12, top=False, bottom=True)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_623", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ document A: 湖北
def doc_hubei():
    stem = "blind623_hubei_jueding"
    doc = new_doc()
    clauses = []

    add_par(doc, [("湖北省人民政府文件", XBS, 44, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
            line=60, space_before=24)
    add_par(doc, [("", FS, 16, False)])
    add_par(doc, [("", FS, 16, False)])
    p = add_par(doc, [("鄂政发〔2025〕14号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER)
    p = add_par(doc, [("", FS, 10, False)], line=12)
    bottom_border(p, "FF0000", 24)
    add_par(doc, [("", FS, 16, False)])
    # title typed as two paragraphs
    add_par(doc, [("湖北省人民政府关于向中国（湖北）", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    add_par(doc, [("自由贸易试验区下放第三批省级", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    add_par(doc, [("管理事项的决定", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    add_par(doc, [("", FS, 16, False)])
    add_par(doc, [("各市、州、县人民政府，省政府各部门：", FS, 16, False)])

    def body(text, head=None):
        runs = []
        if head:
            runs.append((head, HT, 16, False))
        runs.append((text, FS, 16, False))
        add_par(doc, runs, first_chars=200)
        clauses.append((head or "") + text)

    body("为深入实施自由贸易试验区提升战略，进一步赋予中国（湖北）自由贸易试验区（以下简称湖北自贸试验区）"
         "更大改革自主权，根据《中华人民共和国行政许可法》《中国（湖北）自由贸易试验区条例》等有关规定，"
         "经省人民政府研究，决定向湖北自贸试验区武汉片区、襄阳片区、宜昌片区下放第三批省级管理事项共16项"
         "（见附件）。现将有关事项决定如下：")
    body("直接下放的事项，由承接主体以自己的名义实施，并承担相应的法律责任；委托实施的事项，由原实施部门与"
         "承接主体签订委托协议，承接主体以原实施部门的名义实施，原实施部门负责监督承接主体的实施行为，并对"
         "该行为的后果承担法律责任。", head="一、明确下放方式。")
    body("省直有关部门要在本决定施行前，与承接主体逐项办理交接手续，做到“应交尽交、交接到位”。",
         head="二、做好交接落实。")
    body("（一）制定移交清单。原实施部门要逐项明确事项的办理条件、申请材料、办理流程、办理时限和收费标准，"
         "编制办事指南，于2025年9月30日前提交承接主体。")
    body("（二）开展跟班培训。原实施部门要采取集中培训、跟班学习、“面对面”“手把手”指导等方式，帮助承接"
         "人员熟悉业务，确保下放事项“放得下、接得住、管得好”。")
    body("（三）同步调整系统。省政务服务和大数据管理局要指导各片区在湖北政务服务网和“鄂汇办”平台同步调整"
         "事项实施主体和办理权限，实现下放事项网上申请、网上受理、网上办结。")
    body("武汉、襄阳、宜昌市人民政府和各片区管委会要按照“人随事转”原则配齐配强承接人员，完善内部审批"
         "流程，不得擅自增加办理条件、环节和申请材料，不得将下放事项再行下放或者委托其他单位实施。",
         head="三、强化承接能力。")
    body("原实施部门要会同承接主体建立健全以“双随机、一公开”监管为基本手段、以重点监管为补充、以信用监管"
         "为基础的新型监管机制，加强对下放事项实施情况的监督检查，及时纠正违法违规行为。",
         head="四、加强事中事后监管。")
    body("省商务厅（省自贸办）要会同省委编办、省司法厅、省政务服务和大数据管理局等部门，对下放事项的实施"
         "情况开展跟踪评估。对承接不力、运行效果不好的事项，及时提出调整意见，按程序报省人民政府批准后调整。",
         head="五、开展评估调整。")
    body("本决定自2025年10月1日起施行。此前省人民政府有关规定与本决定不一致的，以本决定为准。",
         head="六、")
    add_par(doc, [("", FS, 16, False)])
    # 附件 line: long title wrapped by hand (soft break + spaces)
    add_par(doc, [("附件：中国（湖北）自由贸易试验区第三批下放省级\n      管理事项目录", FS, 16, False)],
            first_chars=200)
    add_par(doc, [("", FS, 16, False)])
    add_par(doc, [("", FS, 16, False)])
    add_par(doc, [("                              湖北省人民政府", FS, 16, False)])
    add_par(doc, [("                              2025年9月18日", FS, 16, False)])
    add_par(doc, [("（此件公开发布）", FS, 16, False)], first_chars=200)

    # ---------------- attachment (landscape)
    landscape_section(doc)
    add_par(doc, [("附件", HT, 16, False)])
    add_par(doc, [("", FS, 16, False)], line=20)
    add_par(doc, [("中国（湖北）自由贸易试验区第三批下放省级管理事项目录", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=32, space_after=8)

    WH = "武汉片区管委会"
    ALL3 = "武汉片区管委会、襄阳片区管委会、宜昌片区管委会"
    items = [
        # (dept, name, [subitems] or None, type, [modes], [takers], basis paragraphs)
        ("省商务厅", "对外劳务合作经营资格核准", None, "行政许可", ["直接下放"], [ALL3],
         ["《对外劳务合作管理条例》第五条：“从事对外劳务合作，应当按照省、自治区、直辖市人民政府的规定，"
          "经省级或者设区的市级人民政府商务主管部门批准，取得对外劳务合作经营资格。”"]),
        ("省商务厅", "境外投资备案（地方企业非金融类）", None, "行政备案", ["直接下放"], [ALL3],
         ["《境外投资管理办法》（商务部令2014年第3号）第九条：“对属于备案情形的境外投资，中央企业报商务部"
          "备案；地方企业报所在地省级商务主管部门备案。”"]),
        ("省商务厅", "拍卖企业及分公司设立许可", ["1.拍卖企业设立许可", "2.拍卖企业分公司设立许可"],
         "行政许可", ["直接下放", "直接下放"], [ALL3, ALL3],
         ["《中华人民共和国拍卖法》第十一条：“企业取得从事拍卖业务的许可必须经所在地的省、自治区、直辖市人民"
          "政府负责管理拍卖业的部门审核批准。拍卖企业可以在设区的市设立。”",
          "《拍卖管理办法》第十一条：“拍卖企业分公司申领营业执照前，应当取得拟设立分公司所在地省级商务主管"
          "部门的审核批准。”"]),
        ("省市场监管局", "工业产品生产许可证核发（省级发证产品）",
         ["1.危险化学品生产许可证核发", "2.化肥生产许可证核发"], "行政许可",
         ["委托实施", "委托实施"], ["宜昌片区管委会", "宜昌片区管委会"],
         ["《中华人民共和国工业产品生产许可证管理条例》第二条：“国家对生产下列重要工业产品的企业实行生产许可证"
          "制度：……”",
          "《国务院关于调整工业产品生产许可证管理目录加强事中事后监管的决定》（国发〔2019〕19号）：“……"
          "危险化学品、化肥等产品生产许可证由省级市场监管部门负责审批发证。”"]),
        ("省市场监管局", "计量标准器具核准（省级权限）", None, "行政许可", ["直接下放"], [WH],
         ["《中华人民共和国计量法》第六条：“县级以上地方人民政府计量行政部门根据本地区的需要，建立社会公用"
          "计量标准器具，经上级人民政府计量行政部门主持考核合格后使用。”",
          "《中华人民共和国计量法实施细则》第九条：“企业、事业单位建立本单位各项最高计量标准，须向与其主管"
          "部门同级的人民政府计量行政部门申请考核。”"]),
        ("省市场监管局", "检验检测机构资质认定（省级权限）", None, "行政许可", ["委托实施"], [WH],
         ["《中华人民共和国计量法》第二十二条：“为社会提供公证数据的产品质量检验机构，必须经省级以上人民政府"
          "计量行政部门对其计量检定、测试的能力和可靠性考核合格。”",
          "《检验检测机构资质认定管理办法》第五条：“……省级市场监督管理部门负责所辖区域内检验检测机构的资质"
          "认定工作。”"]),
        ("省药监局", "药品批发企业许可",
         ["1.《药品经营许可证》核发", "2.《药品经营许可证》登记事项变更"], "行政许可",
         ["委托实施", "直接下放"], [WH, WH],
         ["《中华人民共和国药品管理法》第五十一条：“从事药品批发活动，应当经所在地省、自治区、直辖市人民政府"
          "药品监督管理部门批准，取得药品经营许可证。……”"]),
        ("省药监局", "医疗器械网络交易服务第三方平台备案", None, "行政备案", ["直接下放"], [WH],
         ["《医疗器械网络销售监督管理办法》第十二条：“医疗器械网络交易服务第三方平台提供者应当……向所在地"
          "省、自治区、直辖市食品药品监督管理部门备案……”"]),
        ("省文化和旅游厅", "外商投资旅行社业务许可", None, "行政许可", ["直接下放"], [ALL3],
         ["《旅行社条例》第二十二条：“外商投资企业申请经营旅行社业务，应当向所在地省、自治区、直辖市旅游行政"
          "管理部门提出申请，并提交符合本条例第六条规定条件的相关证明文件。……”"]),
        ("省文化和旅游厅", "外商投资演出场所经营单位从事演出场所经营活动审批", None, "行政许可",
         ["直接下放"], [WH],
         ["《营业性演出管理条例》第十条：“……外商投资的演出场所经营单位申请从事演出场所经营活动，应当通过"
          "省级人民政府文化主管部门……提出申请……”"]),
        ("省交通运输厅", "国际道路运输经营许可", None, "行政许可", ["直接下放"], ["襄阳片区管委会、宜昌片区管委会"],
         ["《中华人民共和国道路运输条例》第四十八条：“从事国际道路运输经营的，应当具备下列条件：（一）依照本"
          "条例第十条、第二十四条规定取得道路运输经营许可证的企业法人；（二）在国内从事道路运输经营满3年，"
          "且未发生重大以上道路交通责任事故。”",
          "《中华人民共和国道路运输条例》第四十九条：“申请从事国际道路旅客运输经营的，应当向省、自治区、直辖市"
          "道路运输管理机构提出申请……”"]),
        ("省应急管理厅", "危险化学品经营许可（带有储存设施的）", None, "行政许可", ["委托实施"],
         ["宜昌片区管委会"],
         ["《危险化学品安全管理条例》第三十三条：“国家对危险化学品经营（包括仓储经营，下同）实行许可制度。"
          "未经许可，任何单位和个人不得经营危险化学品。……”"]),
        ("省应急管理厅", "危险化学品安全使用许可", None, "行政许可", ["委托实施"], ["宜昌片区管委会"],
         ["《危险化学品安全管理条例》第二十九条：“使用危险化学品从事生产并且使用量达到规定数量的化工企业"
          "（属于危险化学品生产企业的除外，下同），应当依照本条例的规定取得危险化学品安全使用许可证。”",
          "《危险化学品安全使用许可证实施办法》第五条：“……省、自治区、直辖市人民政府安全生产监督管理部门"
          "负责本行政区域内使用许可证的审批、颁发和管理工作。”"]),
        ("省人社厅", "外国人来华工作许可",
         ["1.外国高端人才（A类）工作许可", "2.外国专业人才（B类）工作许可"], "行政许可",
         ["直接下放", "直接下放"], [WH, WH],
         ["《中华人民共和国出境入境管理法》第四十一条：“外国人在中国境内工作，应当按照规定取得工作许可和"
          "工作类居留证件。任何单位和个人不得聘用未取得工作许可和工作类居留证件的外国人。……”",
          "《外国人在中国就业管理规定》第五条：“用人单位聘用外国人须为该外国人申请就业许可，经获准并取得"
          "《中华人民共和国外国人就业许可证书》后方可聘用。”"]),
        ("省人社厅", "中外合资人力资源服务机构设立许可", None, "行政许可", ["直接下放"], [ALL3],
         ["《人力资源市场暂行条例》第十八条：“经营性人力资源服务机构从事职业中介活动的，应当依法向人力资源"
          "社会保障行政部门申请行政许可，取得人力资源服务许可证。”"]),
        ("省自然资源厅", "建设项目压覆重要矿产资源审批", None, "行政许可", ["委托实施"], [ALL3],
         ["《中华人民共和国矿产资源法》第三十三条：“在建设铁路、工厂、水库、输油管道、输电线路和各种大型"
          "建筑物或者建筑群之前，建设单位必须向所在省、自治区、直辖市地质矿产主管部门了解拟建工程所在地区的"
          "矿产资源分布和开采情况。非经国务院授权的部门批准，不得压覆重要矿床。”"]),
    ]
    rows, seqs = [], []
    for n, (dept, name, subs, typ, modes, takers, basis) in enumerate(items, 1):
        subs_ = subs or ["无"]
        for k, sub in enumerate(subs_):
            rows.append([str(n), dept, name, sub, typ, modes[k], takers[k], basis])
            seqs.append(n)
    note = ("备注：1.“直接下放”是指将省级管理事项的实施权限依法调整由承接主体以自己的名义实施；“委托实施”是指"
            "原实施部门依法委托承接主体以原实施部门的名义实施。2.承接主体所在地为武汉片区、襄阳片区、宜昌片区"
            "的，仅限于在本片区范围内实施。")
    seqkey = lambda r: seqs[r] if r < len(seqs) else None
    deptkey = lambda r: rows[r][1] if r < len(rows) else None
    build_table(doc, COLS, rows, [1.1, 2.2, 3.4, 3.4, 1.7, 1.7, 3.3, 7.9],
                {1: deptkey, 0: seqkey, 2: seqkey, 7: seqkey}, note, size=10.5)
    for r in rows:
        clauses.append(row_clause(COLS, r))
    clauses.append(note)

    # 版记 on a portrait page
    portrait_section(doc)
    for _ in range(14):
        add_par(doc, [("", FS, 16, False)])
    banji(doc, "省委各部门，省军区，省法院，省检察院。省人大常委会办公厅，省政协办公厅。各民主党派省委。",
          "湖北省人民政府办公厅", "2025年9月20日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "湖北省人民政府关于向中国（湖北）自由贸易试验区下放第三批省级管理事项的决定",
        "doc_number": "鄂政发〔2025〕14号",
        "issuer": ["湖北省人民政府"],
        "date": "2025-09-18",
        "published": None,
        "level": "provincial",
        "region": "中国（湖北）自由贸易试验区",
        "effective": "2025-10-01",
        "expires": None,
        "attachments": ["中国（湖北）自由贸易试验区第三批下放省级管理事项目录"],
        "doc_type": "决定",
        "recipients": ["各市、州、县人民政府", "省政府各部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ================================================================ document B: 四川
def doc_sichuan():
    stem = "blind623_sichuan_jueding"
    doc = new_doc()
    clauses = []

    add_par(doc, [("四川省人民政府文件", XBS, 42, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
            line=60, space_before=30)
    add_par(doc, [("", FS, 16, False)])
    p = add_par(doc, [("川府发〔2026〕5号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                space_after=6)
    bottom_border(p, "FF0000", 18)
    add_par(doc, [("", FS, 16, False)])
    add_par(doc, [("", FS, 16, False)])
    # title in one paragraph with soft line break
    add_par(doc, [("四川省人民政府\n关于向中国（四川）自由贸易试验区下放\n第三批省级管理事项的决定", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    add_par(doc, [("", FS, 16, False)])
    add_par(doc, [("各市（州）人民政府，省政府各部门、各直属机构，有关单位：", FS, 16, False)])

    def body(text, head=None, head_font=FS, bold_head=True):
        runs = []
        if head:
            runs.append((head, head_font, 16, bold_head))
        runs.append((text, FS, 16, False))
        add_par(doc, runs, first_pt=32)
        clauses.append((head or "") + text)

    def heading(text, font=HT):
        add_par(doc, [(text, font, 16, False)], first_pt=32)

    body("为深入贯彻党中央、国务院关于实施自由贸易试验区提升战略的决策部署，落实《中国（四川）自由贸易试验区"
         "条例》关于“省人民政府根据自贸试验区改革发展需要，依法将省级管理事项下放或者委托自贸试验区实施”的"
         "规定，经省人民政府第68次常务会议审议通过，决定向中国（四川）自由贸易试验区（以下简称四川自贸试验区）"
         "下放第三批省级管理事项14项。现就有关事项决定如下：")
    body("本次下放的14项省级管理事项，涉及省发展改革委、省商务厅、省市场监管局、省生态环境厅、省住房城乡"
         "建设厅、省交通运输厅、省卫生健康委、省林草局8个部门，具体事项见附件。",
         head="一、下放事项范围。", head_font=HT, bold_head=False)
    heading("二、下放方式")
    body("对直接下放的事项，承接主体以自己的名义实施，省级原实施部门不再行使相应管理权限，但应当加强业务"
         "指导和监督。", head="（一）直接下放。", head_font=KT, bold_head=False)
    body("对委托实施的事项，省级原实施部门与承接主体签订委托实施协议，明确委托事项、权限、期限和双方权利"
         "义务。承接主体以省级原实施部门名义实施，不得再委托其他组织或者个人实施。",
         head="（二）委托实施。", head_font=KT, bold_head=False)
    body("下放事项的承接主体为四川自贸试验区成都天府新区片区、成都青白江铁路港片区、川南临港片区管理机构"
         "（以下统称片区管理机构），具体以附件所列为准。片区管理机构承接下放事项时，实施范围限于本片区规划"
         "区域。", head="三、承接主体。", head_font=HT, bold_head=False)
    heading("四、工作要求")
    body("省级原实施部门要于2026年2月28日前与片区管理机构完成事项交接，同步移交有关档案资料，对在办"
         "事项按照“谁受理、谁办结”的原则处理。", head="（一）抓好交接落实。", head_font=KT, bold_head=False)
    body("片区管理机构要将下放事项纳入天府通办平台统一受理、统一办理，严格执行国家和省规定的办理条件、"
         "程序和时限，不得擅自增设前置条件。", head="（二）规范运行管理。", head_font=KT, bold_head=False)
    body("省级原实施部门和片区管理机构要按照“谁审批、谁监管，谁主管、谁监管”原则，落实监管责任，"
         "防止出现监管空白。", head="（三）强化监管服务。", head_font=KT, bold_head=False)
    body("省商务厅（省自贸办）要会同省委编办、省司法厅等部门每年对下放事项承接运行情况开展评估，根据评估"
         "结果提出调整建议，报省人民政府同意后实施。", head="（四）做好动态调整。", head_font=KT,
         bold_head=False)
    body("本决定自2026年3月1日起施行，有效期至2030年12月31日。《四川省人民政府关于调整中国（四川）自由"
         "贸易试验区部分省级管理事项的决定》（川府发〔2023〕12号）同时废止。", head="五、",
         head_font=HT, bold_head=False)
    add_par(doc, [("", FS, 16, False)])
    add_par(doc, [("附件：中国（四川）自由贸易试验区第三批省级管理事项下放清单", FS, 16, False)], first_pt=32)
    add_par(doc, [("", FS, 16, False)])
    add_par(doc, [("", FS, 16, False)])
    add_par(doc, [("四川省人民政府", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, right_pt=64)
    add_par(doc, [("2026年1月20日", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, right_pt=64)

    # ---------------- attachment
    landscape_section(doc)
    add_par(doc, [("附件", HT, 16, False)])
    add_par(doc, [("中国（四川）自由贸易试验区第三批省级管理事项下放清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, line=32, space_before=6, space_after=10)

    A3 = "天府新区片区、青白江铁路港片区、川南临港片区管理机构"
    TF = "天府新区片区管理机构"
    QB = "青白江铁路港片区管理机构"
    CN = "川南临港片区管理机构"
    items = [
        ("省发展改革委", "企业投资项目核准（省级权限，跨市〔州〕项目除外）", None, "行政许可", ["直接下放"], [A3],
         ["《企业投资项目核准和备案管理条例》第三条：“对关系国家安全、涉及全国重大生产力布局、战略性资源开发"
          "和重大公共利益等项目，实行核准管理。具体项目范围以及核准机关、核准权限依照政府核准的投资项目目录"
          "执行。……”"]),
        ("省发展改革委", "外商投资项目核准（省级权限）", None, "行政许可", ["直接下放"], [A3],
         ["《企业投资项目核准和备案管理条例》第三条第一款。",
          "《外商投资项目核准和备案管理办法》第四条：“外商投资项目管理分为核准和备案两种方式。”"]),
        ("省发展改革委", "固定资产投资项目节能审查（省级权限）", None, "行政许可", ["委托实施"], [CN],
         ["《中华人民共和国节约能源法》第十五条：“国家实行固定资产投资项目节能评估和审查制度。不符合强制性"
          "节能标准的项目，建设单位不得开工建设；已经建成的，不得投入生产、使用。……”"]),
        ("省商务厅", "技术进出口合同登记", ["1.自由进出口技术合同登记", "2.自由进出口技术合同变更登记"],
         "其他行政权力", ["直接下放", "直接下放"], [A3, A3],
         ["《中华人民共和国技术进出口管理条例》第十七条：“对属于自由进口的技术，实行合同登记管理。……”",
          "《中华人民共和国技术进出口管理条例》第四十条：“对属于自由出口的技术，实行合同登记管理。……”"]),
        ("省商务厅", "报废机动车回收拆解企业资质认定", None, "行政许可", ["委托实施"], [QB],
         ["《报废机动车回收管理办法》第七条：“拟从事报废机动车回收活动的，应当向省、自治区、直辖市人民政府"
          "负责报废机动车回收管理的部门提出申请……”"]),
        ("省市场监管局", "特种设备生产单位许可（省级权限）", ["1.压力管道元件制造许可", "2.电梯安装改造修理许可"],
         "行政许可", ["直接下放", "直接下放"], [TF, TF],
         ["《中华人民共和国特种设备安全法》第十八条：“国家按照分类监督管理的原则对特种设备生产实行许可制度。"
          "……”",
          "《特种设备生产单位许可目录》（市场监管总局公告2019年第3号）。"]),
        ("省生态环境厅", "建设项目环境影响评价文件审批（省级权限）",
         ["1.环境影响报告书审批", "2.环境影响报告表审批"], "行政许可", ["委托实施", "直接下放"], [TF, TF],
         ["《中华人民共和国环境影响评价法》第二十二条：“建设项目的环境影响报告书、报告表，由建设单位按照国务院"
          "的规定报有审批权的生态环境主管部门审批。……”",
          "《建设项目环境保护管理条例》第九条：“依法应当编制环境影响报告书、环境影响报告表的建设项目，建设"
          "单位应当在开工建设前将环境影响报告书、环境影响报告表报有审批权的环境保护行政主管部门审批；……”"]),
        ("省生态环境厅", "排污许可证核发（省级权限）", None, "行政许可", ["委托实施"], [CN],
         ["《排污许可管理条例》第七条：“申请取得排污许可证，可以通过全国排污许可证管理信息平台提交排污许可"
          "证申请表，也可以通过信函等方式提交。……”"]),
        ("省住房城乡建设厅", "建筑业企业资质认定", ["1.施工总承包二级资质", "2.专业承包二级资质"],
         "行政许可", ["直接下放", "直接下放"], [A3, A3],
         ["《中华人民共和国建筑法》第十三条：“从事建筑活动的建筑施工企业、勘察单位、设计单位和工程监理单位，"
          "按照其拥有的注册资本、专业技术人员、技术装备和已完成的建筑工程业绩等资质条件，划分为不同的资质"
          "等级，经资质审查合格，取得相应等级的资质证书后，方可在其资质等级许可的范围内从事建筑活动。”",
          "《建设工程质量管理条例》第二十五条第一款。"]),
        ("省住房城乡建设厅", "工程监理企业资质认定（乙级）", None, "行政许可", ["直接下放"], [A3],
         ["《中华人民共和国建筑法》第十三条。",
          "《建设工程质量管理条例》第三十四条：“工程监理单位应当依法取得相应等级的资质证书，并在其资质等级"
          "许可的范围内承担工程监理业务。……”"]),
        ("省交通运输厅", "省际普通货船运输经营许可", None, "行政许可", ["委托实施"], [CN],
         ["《国内水路运输管理条例》第十条：“申请经营水路运输业务，申请人应当向前条规定的负责审批的部门提交"
          "申请书和证明申请人符合本条例第七条规定条件的相关材料。……”"]),
        ("省卫生健康委", "中外合资、合作医疗机构设置审批", None, "行政许可", ["直接下放"], [TF],
         ["《医疗机构管理条例》第九条：“单位或者个人设置医疗机构，按照国务院的规定应当办理设置医疗机构批准"
          "书的，应当经县级以上地方人民政府卫生行政部门审查批准……”",
          "《中外合资、合作医疗机构管理暂行办法》第十四条：“设置中外合资、合作医疗机构，应先向所在地设区的市级"
          "卫生行政部门提出申请……”"]),
        ("省卫生健康委", "放射诊疗许可（放射治疗、核医学）", None, "行政许可", ["委托实施"], [TF],
         ["《放射诊疗管理规定》第十六条：“医疗机构开展放射治疗、核医学工作的，向省级卫生行政部门申请办理……”"]),
        ("省林草局", "林草种子生产经营许可证核发（省级权限）", None, "行政许可", ["直接下放"], [A3],
         ["《中华人民共和国种子法》第三十一条：“……从事种子进出口业务的种子生产经营许可证，由省、自治区、"
          "直辖市人民政府农业农村、林业草原主管部门核发。……”"]),
    ]
    rows, seqs = [], []
    for n, (dept, name, subs, typ, modes, takers, basis) in enumerate(items, 1):
        subs_ = subs or ["—"]
        for k, sub in enumerate(subs_):
            rows.append([str(n), dept, name, sub, typ, modes[k], takers[k], basis])
            seqs.append(n)
    header = ["序号", "原实施部门", "事项名称", "子项", "事项类型", "下放\n方式", "承接主体", "设定依据"]
    note = ["备注：", "1.本清单所列事项的实施范围限于四川自贸试验区各片区规划区域。",
            "2.“委托实施”事项的委托期限与本决定有效期一致。",
            "3.法律、行政法规、国务院决定对有关事项另有规定的，从其规定。"]
    seqkey = lambda r: seqs[r] if r < len(seqs) else None
    deptkey = lambda r: rows[r][1] if r < len(rows) else None
    build_table(doc, header, rows, [1.1, 2.3, 3.6, 3.2, 1.8, 1.4, 3.4, 7.9],
                {1: deptkey, 0: seqkey, 2: seqkey, 7: seqkey}, note, size=10)
    for r in rows:
        clauses.append(row_clause(COLS, r))
    clauses.append("".join(note))

    add_par(doc, [("", FS, 14, False)])
    banji(doc, "省委各部门，省纪委监委机关，省人大常委会办公厅，省政协办公厅，省法院，省检察院，省军区。",
          "四川省人民政府办公厅", "2026年1月22日", width_note=13300)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "四川省人民政府关于向中国（四川）自由贸易试验区下放第三批省级管理事项的决定",
        "doc_number": "川府发〔2026〕5号",
        "issuer": ["四川省人民政府"],
        "date": "2026-01-20",
        "published": None,
        "level": "provincial",
        "region": "中国（四川）自由贸易试验区",
        "effective": "2026-03-01",
        "expires": "2030-12-31",
        "attachments": ["中国（四川）自由贸易试验区第三批省级管理事项下放清单"],
        "doc_type": "决定",
        "recipients": ["各市（州）人民政府", "省政府各部门、各直属机构", "有关单位"],
        "publicity": None,
        "repeals": "《四川省人民政府关于调整中国（四川）自由贸易试验区部分省级管理事项的决定》（川府发〔2023〕12号）",
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ================================================================ document C: 陕西
CN_NUM = "一二三四五六七八九十"


def add_chinese_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(num_id))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); absn.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640")
    ppr.append(ind); lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts"); rf.set(qn("w:eastAsia"), HT); rf.set(qn("w:hint"), "eastAsia")
    rpr.append(rf)
    sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "32"); rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), str(num_id)); num.append(an)
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0"); numpr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id)); numpr.append(ni)
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)


def doc_shaanxi():
    stem = "blind623_shaanxi_jueding"
    doc = new_doc()
    nid = add_chinese_numbering(doc)
    clauses = []

    add_par(doc, [("陕西省人民政府文件", XBS, 42, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
            line=58, space_before=20)
    add_par(doc, [("", FS, 16, False)])
    add_par(doc, [("", FS, 16, False)])
    add_par(doc, [("陕政发〔2024〕21号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER)
    # red line as an empty one-row table with only a red bottom border
    t = doc.add_table(rows=1, cols=1)
    tblpr = t._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        if side == "bottom":
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "24"); e.set(qn("w:color"), "FF0000")
        else:
            e.set(qn("w:val"), "nil")
        e.set(qn("w:space"), "0")
        borders.append(e)
    tblpr.append(borders)
    t.cell(0, 0).width = Cm(15.6)
    cp = t.cell(0, 0).paragraphs[0]
    cp.paragraph_format.line_spacing = Pt(6)
    cp.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    add_par(doc, [("", FS, 16, False)])
    add_par(doc, [("陕西省人民政府", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    add_par(doc, [("关于向中国（陕西）自由贸易试验区下放", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            line=35)
    add_par(doc, [("第三批省级管理事项的决定", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    add_par(doc, [("", FS, 16, False)])
    add_par(doc, [("各设区市人民政府，省人民政府各工作部门、各直属机构：", FS, 16, False)])

    counter = [0]

    def numbered(text):
        p = add_par(doc, [(text, FS, 16, False)])
        set_num(p, nid)
        counter[0] += 1
        clauses.append(CN_NUM[counter[0] - 1] + "、" + text)

    def plain(text, head=None):
        runs = []
        if head:
            runs.append((head, KT, 16, False))
        runs.append((text, FS, 16, False))
        add_par(doc, runs, first_chars=200)
        clauses.append((head or "") + text)

    plain("为深入实施自由贸易试验区提升战略，持续深化“放管服”改革，赋予中国（陕西）自由贸易试验区（以下简称"
          "陕西自贸试验区）更大改革自主权，根据《中华人民共和国行政许可法》《中国（陕西）自由贸易试验区条例》"
          "等法律法规规定，省人民政府决定，向陕西自贸试验区下放第三批省级管理事项12项（见附件）。现决定如下：")
    numbered("本次下放的省级管理事项，承接主体为陕西自贸试验区中心片区、西安国际港务区片区、杨凌示范区片区"
             "管理机构（以下统称片区管理机构）。各事项的具体承接主体以附件所列为准。")
    numbered("下放方式分为直接下放和委托实施。直接下放的事项，由片区管理机构以自己的名义实施并承担法律责任；"
             "委托实施的事项，由省级原实施部门与片区管理机构签订委托书，片区管理机构以委托部门的名义实施。")
    numbered("省级原实施部门要切实履行指导、培训、监管职责，自本决定印发之日起30个工作日内完成事项移交工作，"
             "并将移交情况报省商务厅（省自贸办）备案。")
    numbered("西安市、杨凌示范区管委会及各片区管理机构要做好以下工作：")
    plain("认真研究制定承接方案，明确承接机构、人员和工作流程，确保下放事项平稳有序衔接。",
          head="（一）细化承接方案。")
    plain("将下放事项纳入陕西政务服务网和“秦务员”平台运行，推行“一网通办”“跨省通办”，不断提升办事便利度。",
          head="（二）优化服务流程。")
    plain("建立健全与下放事项相适应的事中事后监管制度，强化信用监管和风险防控，守住安全底线。",
          head="（三）落实监管责任。")
    numbered("省司法厅要加强对下放事项法律适用的指导，省政务服务管理局要及时调整政务服务事项清单和实施主体。")
    numbered("省商务厅（省自贸办）要会同省委编办等部门，适时对下放事项运行情况进行评估，对不适宜继续下放的事项，"
             "按程序提请省人民政府调整。")
    numbered("本决定实施中的具体问题由省商务厅（省自贸办）负责协调解释。")
    add_par(doc, [("", FS, 16, False)])
    add_par(doc, [("附件：中国（陕西）自由贸易试验区第三批下放省级管理事项清单", FS, 16, False)], first_chars=200)
    add_par(doc, [("", FS, 16, False)])
    add_par(doc, [("", FS, 16, False)])
    # organ and date in one paragraph, soft break, aligned with spaces
    add_par(doc, [("陕西省人民政府    \n2024年11月8日    ", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_par(doc, [("", FS, 16, False)])
    add_par(doc, [("（此件公开发布）", FS, 16, False)], first_chars=200)

    # ---------------- attachment, portrait, small font
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_margins(sec, 3.0, 2.8, 2.2, 2.0)
    add_par(doc, [("附件", HT, 16, False)])
    add_par(doc, [("", FS, 16, False)], line=18)
    add_par(doc, [("中国（陕西）自由贸易试验区第三批下放", XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    add_par(doc, [("省级管理事项清单", XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=30,
            space_after=8)

    ZX = "中心片区管理机构"
    GW = "西安国际港务区片区管理机构"
    YL = "杨凌示范区片区管理机构"
    A3 = "中心片区、西安国际港务区片区、杨凌示范区片区管理机构"
    items = [
        ("省发展改革委", "企业投资项目核准（省级权限）", None, "行政许可", ["直接下放"], [A3],
         ["《企业投资项目核准和备案管理条例》第三条：“对关系国家安全、涉及全国重大生产力布局、战略性资源开发"
          "和重大公共利益等项目，实行核准管理。……”",
          "《陕西省企业投资项目核准和备案管理办法》第六条。"]),
        ("省商务厅", "对外劳务合作经营资格核准", None, "行政许可", ["直接下放"], [A3],
         ["《对外劳务合作管理条例》第五条：“从事对外劳务合作，应当按照省、自治区、直辖市人民政府的规定，"
          "经省级或者设区的市级人民政府商务主管部门批准，取得对外劳务合作经营资格。”"]),
        ("省商务厅", "境外投资备案（地方企业非金融类）", None, "行政备案", ["直接下放"], [A3],
         ["《境外投资管理办法》第九条：“对属于备案情形的境外投资，中央企业报商务部备案；地方企业报所在地"
          "省级商务主管部门备案。”"]),
        ("省农业农村厅", "农作物种子生产经营许可",
         ["1.农作物种子生产经营许可证核发（从事种子进出口业务的）", "2.农作物种子进出口审批（初审）"],
         "行政许可", ["直接下放", "委托实施"], [YL, YL],
         ["《中华人民共和国种子法》第三十一条：“……从事种子进出口业务的种子生产经营许可证，由省、自治区、"
          "直辖市人民政府农业农村、林业草原主管部门核发。……”",
          "《中华人民共和国种子法》第五十八条：“从事种子进出口业务的，应当具备种子生产经营许可证；……”"]),
        ("省农业农村厅", "兽药经营许可证核发（兽用生物制品）", None, "行政许可", ["委托实施"], [YL],
         ["《兽药管理条例》第二十二条：“经营兽药的企业，应当具备下列条件：……”",
          "《兽药管理条例》第二十三条：“……申请人凭兽药经营许可证办理工商登记手续。”"]),
        ("省农业农村厅", "农药经营许可（限制使用农药）", None, "行政许可", ["直接下放"], [YL],
         ["《农药管理条例》第二十四条：“……经营限制使用农药的，还应当配备相应的用药指导和病虫害防治专业"
          "技术人员，并按照所在地省、自治区、直辖市人民政府农业主管部门的规定实行定点经营。”"]),
        ("省市场监管局", "检验检测机构资质认定（省级权限）", None, "行政许可", ["委托实施"], [ZX],
         ["《中华人民共和国计量法》第二十二条：“为社会提供公证数据的产品质量检验机构，必须经省级以上人民政府"
          "计量行政部门对其计量检定、测试的能力和可靠性考核合格。”",
          "《检验检测机构资质认定管理办法》第五条。"]),
        ("省文化和旅游厅", "外商投资演出经纪机构从事营业性演出经营活动审批", None, "行政许可", ["直接下放"], [ZX],
         ["《营业性演出管理条例》第十条：“外国投资者可以依法在中国境内设立演出经纪机构、演出场所经营单位；"
          "不得设立文艺表演团体。……”"]),
        ("省药监局", "药品批发企业许可", ["1.《药品经营许可证》核发", "2.《药品经营许可证》变更"],
         "行政许可", ["委托实施", "委托实施"], [GW, GW],
         ["《中华人民共和国药品管理法》第五十一条：“从事药品批发活动，应当经所在地省、自治区、直辖市人民政府"
          "药品监督管理部门批准，取得药品经营许可证。……”"]),
        ("省交通运输厅", "国际道路运输经营许可", None, "行政许可", ["直接下放"], [GW],
         ["《中华人民共和国道路运输条例》第四十八条：“从事国际道路运输经营的，应当具备下列条件：……”",
          "《国际道路运输管理规定》第十一条。"]),
        ("省人力资源社会保障厅", "外国人来华工作许可", None, "行政许可", ["直接下放"], [ZX],
         ["《中华人民共和国出境入境管理法》第四十一条：“外国人在中国境内工作，应当按照规定取得工作许可和"
          "工作类居留证件。……”"]),
        ("省卫生健康委", "中外合资、合作医疗机构设置审批", None, "行政许可", ["直接下放"], [ZX],
         ["《医疗机构管理条例》第九条。",
          "《中外合资、合作医疗机构管理暂行办法》第十五条：“……由省级卫生行政部门审核……”"]),
    ]
    rows, seqs = [], []
    for n, (dept, name, subs, typ, modes, takers, basis) in enumerate(items, 1):
        subs_ = subs or ["无"]
        for k, sub in enumerate(subs_):
            rows.append([str(n), dept, name, sub, typ, modes[k], takers[k], basis])
            seqs.append(n)
    note = "备注：委托实施事项的委托期限为3年，期满后由省级原实施部门根据评估情况决定是否继续委托。"
    seqkey = lambda r: seqs[r] if r < len(seqs) else None
    deptkey = lambda r: rows[r][1] if r < len(rows) else None
    build_table(doc, COLS, rows, [0.9, 1.7, 2.5, 2.6, 1.3, 1.3, 2.2, 5.3],
                {1: deptkey, 0: seqkey, 2: seqkey, 6: deptkey, 7: seqkey}, note, size=9,
                basis_mode="softbreak")
    for r in rows:
        clauses.append(row_clause(COLS, r))
    clauses.append(note)

    add_par(doc, [("", FS, 14, False)])
    add_par(doc, [("", FS, 14, False)])
    banji(doc, "省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，省军区。",
          "陕西省人民政府办公厅", "2024年11月12日", width_note=8900)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "陕西省人民政府关于向中国（陕西）自由贸易试验区下放第三批省级管理事项的决定",
        "doc_number": "陕政发〔2024〕21号",
        "issuer": ["陕西省人民政府"],
        "date": "2024-11-08",
        "published": None,
        "level": "provincial",
        "region": "中国（陕西）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": ["中国（陕西）自由贸易试验区第三批下放省级管理事项清单"],
        "doc_type": "决定",
        "recipients": ["各设区市人民政府", "省人民政府各工作部门、各直属机构"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (doc_hubei, doc_sichuan, doc_shaanxi):
        stem, path, objs = fn()
        expected[stem] = objs
        convert(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
