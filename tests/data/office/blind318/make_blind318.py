# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 318: three 规范性文件 of 自贸片区 / 综保区 / 开发区 管委会 (2025-2026),
each a 印发 notice carrying a 管理办法 / 实施细则 (第一章…, 第一条…).
Writes .docx (python-docx) and .pdf (LibreOffice) next to itself, plus expected.json.
Run:  . /work/venv/bin/activate && python make_blind318.py
"""
import json
import os
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xFF, 0x00, 0x00)
FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
BODY = Pt(16)   # 三号
LINE = Pt(29)   # 22 lines per page

# --------------------------------------------------------------------------
# low-level helpers
# --------------------------------------------------------------------------

def font(run, name=FS, size=BODY, bold=False, color=None):
    run.font.name = name
    run.font.size = size
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def para(doc_or_cell, text="", name=FS, size=BODY, align=None, indent=True,
         bold=False, color=None, line=LINE, left=None, right=None, space_before=0,
         space_after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = line
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if indent:
        pf.first_line_indent = Pt(size.pt * 2)
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    if align is not None:
        p.alignment = align
    if text:
        parts = text.split("\n")  # "\n" inside a paragraph = soft line break
        for i, part in enumerate(parts):
            r = font(p.add_run(part), name, size, bold, color)
            if i < len(parts) - 1:
                r.add_break()
    return p


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def page_break(doc):
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(2)
    p.add_run().add_break(WD_BREAK.PAGE)


def add_page_field(p, size=Pt(14)):
    font(p.add_run("— "), SONG, size)
    r = font(p.add_run(), SONG, size)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r = font(p.add_run(), SONG, size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    r._element.append(it)
    r = font(p.add_run(), SONG, size)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    r._element.append(s)
    font(p.add_run("1"), SONG, size)
    r = font(p.add_run(), SONG, size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    r._element.append(e)
    font(p.add_run(" —"), SONG, size)


def setup(doc):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = BODY
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # GB/T 9704: page number right on odd pages, left on even pages
    doc.settings.odd_and_even_pages_header_footer = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(14)
    add_page_field(fp)
    ep = sec.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(14)
    add_page_field(ep)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def all_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "4")
        e.set(qn("w:color"), "000000"); b.append(e)
    tblPr.append(b)


def cell_text(cell, text, name=FS, size=Pt(12), align=WD_ALIGN_PARAGRAPH.CENTER, bold=False,
              color=None, line=Pt(18)):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = line
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = font(p.add_run(part), name, size, bold, color)
        if i < len(parts) - 1:
            r.add_break()
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true")
    trPr.append(h)


def data_table(doc, header, rows, widths, merge_col=None, merge_runs=()):
    """rows: list of lists (full values, merged values repeated).
    merge_runs: list of (first_row, last_row) (0-based data row indexes) to merge in merge_col."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    all_borders(t)
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, HT, Pt(12))
    repeat_header(t.rows[0])
    merged_skip = set()
    for a, b in merge_runs:
        for i in range(a + 1, b + 1):
            merged_skip.add(i)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if j == merge_col and i in merged_skip:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 14 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.cell(i + 1, j), v, FS, Pt(12), al)
    for a, b in merge_runs:
        t.cell(a + 1, merge_col).merge(t.cell(b + 1, merge_col))
    set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Mm(w)
        for r in t.rows:
            r.cells[j].width = Mm(w)


def row_clause(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row))


# --------------------------------------------------------------------------
# GB/T 9704 blocks
# --------------------------------------------------------------------------

def banhead_single(doc, organ_lines, size, docno, reg_line=None, reg_where="top"):
    if reg_line and reg_where == "top":
        para(doc, reg_line, FS, Pt(12), WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=Pt(18))
    p = para(doc, "\n".join(organ_lines), XBS, size, WD_ALIGN_PARAGRAPH.CENTER, indent=False,
             color=RED, line=Pt(size.pt * 1.25))
    para(doc, "", indent=False)
    p = para(doc, docno, FS, BODY, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 12)
    if reg_line and reg_where == "under":
        para(doc, reg_line, FS, Pt(12), WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=Pt(18),
             space_before=4)
    para(doc, "", indent=False)


def banhead_joint(doc, organs, docno, reg_line=None):
    t = doc.add_table(rows=len(organs), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    for i, o in enumerate(organs):
        c = t.cell(i, 0)
        cell_text(c, o, XBS, Pt(15), WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED, line=Pt(26))
    m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
    cell_text(m, "文件", XBS, Pt(30), WD_ALIGN_PARAGRAPH.CENTER, color=RED, line=Pt(36))
    set_widths(t, [124, 30])
    para(doc, "", indent=False)
    p = para(doc, docno, FS, BODY, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 12)
    if reg_line:
        para(doc, reg_line, FS, Pt(12), WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=Pt(18),
             space_before=4)
    para(doc, "", indent=False)


def title(doc, text, size=Pt(22)):
    para(doc, text, XBS, size, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=Pt(34))
    para(doc, "", indent=False)


def signoff_single(doc, organ, date, publicity="（此件公开发布）"):
    para(doc, "", indent=False)
    para(doc, organ, FS, BODY, WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=Pt(32))
    para(doc, date, FS, BODY, WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=Pt(64))
    para(doc, publicity, FS, BODY)


def signoff_joint(doc, organs, date, publicity="（此件公开发布）"):
    para(doc, "", indent=False)
    t = doc.add_table(rows=1, cols=len(organs))
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, o in enumerate(organs):
        cell_text(t.cell(0, j), o, FS, BODY, WD_ALIGN_PARAGRAPH.CENTER, line=LINE)
    set_widths(t, [78, 76])
    para(doc, date, FS, BODY, WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right=Pt(96))
    para(doc, publicity, FS, BODY)


def banji(doc, cc, printer, pdate):
    para(doc, "", indent=False)
    p = para(doc, cc, FS, Pt(14), indent=False, left=Pt(14), line=Pt(26))
    p.paragraph_format.keep_with_next = True
    border(p, "top", "000000", 8, 4)
    p.paragraph_format.first_line_indent = None
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(26)
    pf.left_indent = Pt(14)
    pf.right_indent = Pt(14)
    pf.tab_stops.add_tab_stop(Mm(145), alignment=2)  # right tab
    font(p.add_run(printer + "\t" + pdate), FS, Pt(14))
    border(p, "top", "000000", 4, 4)
    border(p, "bottom", "000000", 8, 4)


def chapter(doc, text):
    para(doc, text, HT, BODY, WD_ALIGN_PARAGRAPH.CENTER, indent=False)


def article(doc, label, sep, paras, soft=False, label_font=HT):
    """paras: list of paragraph texts (款/项). soft=True: one Word paragraph, items after a
    soft line break (Shift+Enter), as many offices type them."""
    if soft:
        p = para(doc, "")
        font(p.add_run(label), label_font, BODY)
        body = "\n".join(paras)
        parts = (sep + body).split("\n")
        for i, part in enumerate(parts):
            r = font(p.add_run(part), FS, BODY)
            if i < len(parts) - 1:
                r.add_break()
        return
    p = para(doc, "")
    font(p.add_run(label), label_font, BODY)
    font(p.add_run(sep + paras[0]), FS, BODY)
    for t in paras[1:]:
        para(doc, t)


def build_body(doc, items, clauses):
    """items: ('ch', text) | ('art', label, paras, opts) | ('tbl', header, rows, widths, merge)
    | ('p', text) | ('pt', text) plain paragraph not a clause."""
    for it in items:
        kind = it[0]
        if kind == "ch":
            chapter(doc, it[1])
        elif kind == "art":
            _, label, paras, opts = it
            sep = opts.get("sep", "　")
            article(doc, label, sep, paras, soft=opts.get("soft", False))
            clauses.append(label + sep + "\n".join(paras))
        elif kind == "tbl":
            _, header, rows, widths, merge = it
            data_table(doc, header, rows, widths, merge.get("col"), merge.get("runs", ()))
            for r in rows:
                clauses.append(row_clause(header, r))
        elif kind == "p":
            para(doc, it[1])
            clauses.append(it[1])
        elif kind == "pt":
            para(doc, it[1])


# ==========================================================================
# Document 1: 钦州港片区 企业投资项目承诺制管理办法
# ==========================================================================

def doc_qinzhou():
    stem = "blind318_qinzhou_banfa"
    doc = Document(); setup(doc)
    clauses = []
    organ = "中国（广西）自由贸易试验区钦州港片区管理委员会"
    docno = "钦港自贸管规〔2025〕4号"
    banhead_single(doc, ["中国（广西）自由贸易试验区", "钦州港片区管理委员会文件"], Pt(26), docno,
                   reg_line="规范性文件登记号：GXQZ01-2025-0004", reg_where="top")
    title(doc, "中国（广西）自由贸易试验区钦州港片区\n管理委员会关于印发《中国（广西）自由贸易\n试验区钦州港片区企业投资项目承诺制\n管理办法》的通知")
    para(doc, "片区各部门、各直属单位，各有关企业：", indent=False)
    notice = [
        "为深化“放管服”改革，加快建设西部陆海新通道门户港，经片区管委会2025年第9次主任办公会议审议通过，现将《中国（广西）自由贸易试验区钦州港片区企业投资项目承诺制管理办法》印发给你们，请认真贯彻执行。执行中遇到的问题，请及时向片区行政审批局反映。",
    ]
    for t in notice:
        para(doc, t); clauses.append(t)
    signoff_single(doc, organ, "2025年8月26日")
    page_break(doc)

    title(doc, "中国（广西）自由贸易试验区钦州港片区\n企业投资项目承诺制管理办法")
    tbl_header = ["序号", "事项名称", "实施部门", "承诺方式"]
    tbl_rows = [
        ["1", "建设工程规划许可证核发", "片区规划建设局", "告知承诺"],
        ["2", "建筑工程施工许可证核发", "片区规划建设局", "告知承诺"],
        ["3", "建设项目环境影响报告表审批", "生态环境分局", "容缺承诺"],
        ["4", "生产建设项目水土保持方案审批", "自然资源分局", "告知承诺"],
        ["5", "建设项目安全设施设计审查（非高危行业）", "应急管理局", "告知承诺"],
    ]
    A = lambda label, paras, **o: ("art", label, paras, o)
    items = [
        ("ch", "第一章　总　　则"),
        A("第一条", ["为深化投资审批制度改革，推动企业投资项目早落地、早开工、早投产，根据《优化营商环境条例》《中国（广西）自由贸易试验区条例》等规定，结合中国（广西）自由贸易试验区钦州港片区（以下简称片区）实际，制定本办法。"]),
        A("第二条", ["本办法所称企业投资项目承诺制（以下简称承诺制），是指对符合条件的企业投资项目，由政府部门公开审批条件和标准，企业作出书面承诺后，有关部门依据承诺直接作出审批决定，并在事中事后对承诺履行情况实施监管的管理方式。"]),
        A("第三条", ["本办法适用于在片区范围内依法备案的工业、仓储物流和生产性服务业企业投资项目。",
                    "下列项目不适用承诺制：",
                    "（一）涉及国家安全、公共安全、生态环境安全的项目；",
                    "（二）依法须经核准或者列入负面清单管理的项目；",
                    "（三）涉及危险化学品生产、储存的项目。"]),
        A("第四条", ["承诺制遵循“政府定标准、企业作承诺、过程强监管、失信有惩戒”的原则。"]),
        ("ch", "第二章　职责分工"),
        A("第五条", ["片区行政审批局是承诺制的牵头部门，负责编制并动态调整承诺事项清单，受理企业承诺申请，组织联合审查。"]),
        A("第六条", ["片区规划建设局、自然资源分局、生态环境分局、应急管理局等部门（以下统称监管部门）按照各自职责，制定本领域承诺事项的审批条件和标准，实施事中事后监管。",
                    "片区综合执法局负责依法查处企业违反承诺涉及的违法行为。"]),
        ("ch", "第三章　承诺事项与办理流程"),
        A("第七条", ["片区行政审批局会同监管部门编制承诺事项清单，经片区管委会同意后向社会公布，并实行动态管理。首批纳入承诺制的事项如下："]),
        ("tbl", tbl_header, tbl_rows, [14, 74, 36, 30], {"col": 2, "runs": [(0, 1)]}),
        A("第八条", ["企业申请以承诺制方式办理的，应当通过广西数字政务一体化平台或者片区政务服务中心“承诺制专窗”提交下列材料：",
                    "（一）企业投资项目承诺制申请表；",
                    "（二）企业投资项目信用承诺书；",
                    "（三）承诺事项清单规定的其他材料。",
                    "企业对所提交材料的真实性、合法性负责。"]),
        A("第九条", ["片区行政审批局应当自受理申请之日起3个工作日内组织联合审查。符合承诺条件的，当场或者在5个工作日内作出审批决定；不符合的，一次性告知企业并说明理由。"]),
        A("第十条", ["已取得土地使用权、完成项目备案的企业投资项目，企业承诺在开工前按规定完成施工图审查、落实安全生产和质量保障措施的，可以先行办理建筑工程施工许可证，实现“拿地即开工”。"]),
        A("第十一条", ["在大榄坪南区块、三墩区块内实施的临港工业项目，企业在签订土地出让合同后，可以凭项目设计方案和信用承诺书先行开展场地平整和桩基础施工；主体工程施工许可证应当在桩基础施工完成前取得。",
                      "前款所称临港工业项目，是指依托钦州港口岸发展石化、新能源材料、装备制造等产业的项目。"]),
        A("第十二条", ["企业应当在承诺期限内达到承诺的条件和标准。承诺期限一般不超过6个月；情况复杂的，经片区行政审批局同意可以延长一次，延长期限不超过3个月。"]),
        ("ch", "第四章　承诺履行与监管"),
        A("第十三条", ["监管部门应当自审批决定作出之日起2个月内，对企业承诺履行情况进行首次核查；涉及公共安全的事项，应当在项目开工前完成现场核查。"]),
        A("第十四条", ["经核查发现企业未履行承诺的，监管部门应当责令其限期整改；逾期不整改或者整改后仍不符合条件的，依法撤销相关审批决定。",
                      "企业作出虚假承诺的，除依照前款规定处理外，3年内不得再适用承诺制。"], soft=True),
        A("第十五条", ["因企业未履行承诺导致审批决定被撤销的，由此造成的损失由企业自行承担。"]),
        ("ch", "第五章　信用管理"),
        A("第十六条", ["企业承诺履行情况纳入企业信用记录，按规定推送至全国信用信息共享平台（广西）。"]),
        A("第十七条", ["对守信企业，在后续审批中优先适用承诺制；对失信企业，依法依规实施联合惩戒。"]),
        A("第十八条", ["企业对信用记录有异议的，可以向片区行政审批局提出书面申请，片区行政审批局应当在10个工作日内核实处理并书面答复。"]),
        ("ch", "第六章　附　　则"),
        A("第十九条", ["本办法第十一条仅适用于片区大榄坪南区块和三墩区块；片区其他区域的企业投资项目，按照本办法第十条规定办理。"]),
        A("第二十条", ["本办法由片区管委会负责解释，具体解释工作由片区行政审批局承担。"]),
        A("第二十一条", ["本办法自2025年10月1日起施行，有效期3年。《中国（广西）自由贸易试验区钦州港片区企业投资项目告知承诺制试点办法（试行）》（钦港自贸管发〔2021〕12号）同时废止。"]),
    ]
    build_body(doc, items, clauses)
    banji(doc, "抄送：自治区商务厅（自治区自贸办），钦州市人民政府办公室。",
          "钦州港片区管理委员会办公室", "2025年8月28日印发")
    doc.save(HERE / f"{stem}.docx")
    meta = {
        "title": "中国（广西）自由贸易试验区钦州港片区管理委员会关于印发《中国（广西）自由贸易试验区钦州港片区企业投资项目承诺制管理办法》的通知",
        "doc_number": docno,
        "issuer": [organ],
        "date": "2025-08-26",
        "published": "2025-08-28",
        "level": "zone",
        "region": "中国（广西）自由贸易试验区钦州港片区",
        "effective": "2025-10-01",
        "expires": "2028-09-30",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["片区各部门", "各直属单位", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": "《中国（广西）自由贸易试验区钦州港片区企业投资项目告知承诺制试点办法（试行）》（钦港自贸管发〔2021〕12号）",
    }
    specific = {
        "第十一条　在大榄坪南区块、三墩区块内实施的临港工业项目": ["大榄坪南区块", "三墩区块"],
        "第十九条　本办法第十一条仅适用于片区大榄坪南区块和三墩区块": ["大榄坪南区块", "三墩区块"],
    }
    return stem, [{"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}]


# ==========================================================================
# Document 2: 红河综合保税区 保税维修业务管理办法 (joint, two organs)
# ==========================================================================

def doc_honghe():
    stem = "blind318_honghe_banfa"
    doc = Document(); setup(doc)
    clauses = []
    organs = ["中国（云南）自由贸易试验区红河片区管理委员会", "红河哈尼族彝族自治州商务局"]
    docno = "红自贸片规〔2025〕2号"
    banhead_joint(doc, organs, docno, reg_line="登记号：HHZM-2025-0002")
    title(doc, "中国（云南）自由贸易试验区红河片区\n管理委员会　红河哈尼族彝族自治州商务局\n关于印发《红河综合保税区保税维修\n业务管理办法》的通知")
    para(doc, "片区各部门，州级有关部门，红河综合保税区内各企业：", indent=False)
    n1 = "为推动红河综合保税区高水平开放、高质量发展，支持区内企业开展保税维修业务，打造面向南亚东南亚的维修检测服务基地，现将《红河综合保税区保税维修业务管理办法》印发给你们，并就有关事项通知如下："
    para(doc, n1); clauses.append(n1)
    for head, rest in [
        ("一、加强组织协调。", "片区经济发展局、州商务局要会同蒙自海关建立保税维修业务协调机制，定期会商，及时研究解决业务开展中的重大问题。"),
        ("二、做好政策衔接。", "本办法印发前已经开展保税维修业务的企业，应当在2026年3月31日前按照本办法规定补充办理业务备案；逾期未办理的，不得新承接保税维修业务。"),
        ("三、强化风险防控。", "各有关部门要加强对保税维修业务的事中事后监管，督促企业落实固体废物管理和安全生产主体责任，守住不发生系统性风险的底线。"),
    ]:
        p = para(doc, "")
        font(p.add_run(head), HT, BODY)   # run-in heading in 黑体
        font(p.add_run(rest), FS, BODY)
        clauses.append(head + rest)
    n5 = "请各单位认真抓好贯彻落实。"
    para(doc, n5); clauses.append(n5)
    signoff_joint(doc, ["中国（云南）自由贸易试验区\n红河片区管理委员会", "红河哈尼族彝族自治州\n商务局"],
                  "2025年11月14日")
    # the 办法 starts in a new section (next page)
    doc.add_section(WD_SECTION.NEW_PAGE)
    title(doc, "红河综合保税区保税维修业务管理办法")
    A = lambda label, paras, **o: ("art", label, paras, o)
    items = [
        ("ch", "第一章　总　　则"),
        A("第一条", ["为规范红河综合保税区（以下简称综保区）保税维修业务管理，推动综保区建设成为面向南亚东南亚的维修检测中心，根据《中华人民共和国海关综合保税区管理办法》等有关规定，制定本办法。"]),
        A("第二条", ["本办法所称保税维修，是指综保区内企业以保税方式将存在部件损坏、功能失效等问题的货物（以下简称待维修货物）从境外或者境内区外运入综保区进行检测、维修后复运出区的业务。"]),
        A("第三条", ["本办法适用于在综保区内开展保税维修业务的企业（以下简称维修企业）。"]),
        A("第四条", ["片区经济发展局负责保税维修业务的统筹协调；州商务局负责业务指导；片区生态环境分局负责固体废物监督管理。",
                    "海关依法对保税维修货物实施监管。"]),
        ("ch", "第二章　业务准入"),
        A("第五条", ["申请开展保税维修业务的企业，应当具备下列条件：",
                    "（一）在综保区内依法注册，具有独立法人资格；",
                    "（二）海关信用等级为一般信用及以上；",
                    "（三）具备与维修业务相适应的场所、设备、技术人员和检测能力；",
                    "（四）建立符合海关监管要求的维修业务管理系统。"]),
        A("第六条", ["维修企业可以开展下列维修业务：",
                    "（一）航空航天、船舶、工程机械、数控机床、通讯设备等产品的维修；",
                    "（二）列入综合保税区维修产品目录的其他产品的维修；",
                    "（三）本企业生产出口产品的返厂维修。",
                    "禁止开展国家禁止进口的旧机电产品、固体废物的维修业务。"]),
        A("第七条", ["企业申请开展保税维修业务，应当向片区经济发展局提交下列材料：",
                    "（一）业务申请书，内容包括：",
                    "1.企业基本情况；",
                    "2.拟维修产品的名称、型号、来源地及年度维修规模；",
                    "3.维修工艺流程及场所布局说明。",
                    "（二）维修能力证明材料。",
                    "（三）固体废物处置方案及与有资质处置单位签订的协议。"]),
        A("第八条", ["片区经济发展局应当自收到完整申请材料之日起10个工作日内完成审核并出具书面意见。审核通过的，由企业按规定向海关办理账册设立手续。"]),
        ("ch", "第三章　作业管理"),
        A("第九条", ["维修企业应当在海关认可的专门场所开展维修作业，维修场所与生产、仓储场所应当明确区分，并安装视频监控设备。"]),
        A("第十条", ["维修企业应当按照下列要求开展维修作业：",
                    "（一）待维修货物应当在进入综保区之日起1年内完成维修并复运出区，确需延期的，延期期限不超过6个月；",
                    "（二）维修过程中替换的零部件，应当记录其名称、数量及去向；",
                    "（三）维修后货物应当进行质量检测，检测记录保存不少于3年。"]),
        A("第十一条", ["自境外进入综保区维修的货物，维修后应当复运出境；境内区外的货物进入综保区维修的，维修后应当复运回境内区外。"]),
        A("第十二条", ["维修企业通过河口口岸、天保口岸等陆路口岸承接越南等东盟国家待维修货物的，应当按照海关规定办理进出境手续。"]),
        ("ch", "第四章　物料与废料管理"),
        A("第十三条", ["维修过程中产生的旧件、坏件和边角料，按照下列规定处理：",
                      "（一）原则上应当复运出境；",
                      "（二）属于固体废物的，应当交由有资质的单位处置，不得擅自运往境内区外；",
                      "（三）属于危险废物的，应当执行危险废物转移联单制度。"]),
        A("第十四条", ["在综保区二期围网区域内开展航空器、船舶及大型工程机械等大型装备保税维修的企业，经片区经济发展局和海关同意，可以在围网内设置面积不超过5000平方米的临时露天维修作业区，使用期限不超过2年。",
                      "临时露天维修作业区应当设置隔离设施和视频监控，并符合消防和环境保护要求。"]),
        A("第十五条", ["维修企业应当建立废料台账，按月向片区生态环境分局报送旧件、坏件、废料的产生、贮存和处置情况。"]),
        ("ch", "第五章　监督管理"),
        A("第十六条", ["片区经济发展局会同有关部门建立保税维修企业年度评估制度。",
                      "评估结果为不合格的企业，应当限期整改，整改期间暂停承接新的维修业务。"]),
        A("第十七条", ["维修企业有下列情形之一的，由片区经济发展局终止其保税维修业务，并通报海关：",
                      "（一）以维修名义从事国家禁止进口的旧机电产品、固体废物进口活动的；",
                      "（二）连续2年评估结果为不合格的；",
                      "（三）发生重大安全生产事故或者严重环境违法行为的。"]),
        A("第十八条", ["有关部门工作人员在保税维修业务管理中玩忽职守、滥用职权、徇私舞弊的，依法依规给予处理。"]),
        ("ch", "第六章　附　　则"),
        A("第十九条", ["本办法第十四条仅适用于综保区二期围网区域，综保区一期围网区域不得设置临时露天维修作业区。"]),
        A("第二十条", ["本办法未尽事宜，按照国家和省有关规定执行。"]),
        A("第二十一条", ["本办法由片区管委会会同州商务局负责解释。"]),
        A("第二十二条", ["本办法自印发之日起施行，有效期5年。"]),
    ]
    build_body(doc, items, clauses)
    banji(doc, "抄送：云南省商务厅（省自贸办），红河州人民政府办公室，蒙自海关。",
          "红河片区管理委员会办公室", "2025年11月17日印发")
    doc.save(HERE / f"{stem}.docx")
    meta = {
        "title": "中国（云南）自由贸易试验区红河片区管理委员会 红河哈尼族彝族自治州商务局关于印发《红河综合保税区保税维修业务管理办法》的通知",
        "doc_number": docno,
        "issuer": organs,
        "date": "2025-11-14",
        "published": "2025-11-17",
        "level": "zone",
        "region": "红河综合保税区",
        "effective": "2025-11-17",
        "expires": "2030-11-16",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["片区各部门", "州级有关部门", "红河综合保税区内各企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    specific = {
        "第十四条　在综保区二期围网区域内开展航空器": ["红河综合保税区二期围网区域"],
        "第十九条　本办法第十四条仅适用于综保区二期围网区域": ["红河综合保税区二期围网区域", "红河综合保税区一期围网区域"],
    }
    return stem, [{"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}]


# ==========================================================================
# Document 3: 乌鲁木齐经开区 开放型经济产业扶持资金实施细则 (细则 as 附件, own 附件 table)
# ==========================================================================

def doc_urumqi():
    stem = "blind318_urumqi_xize"
    doc = Document(); setup(doc)
    clauses = []
    organ = "乌鲁木齐经济技术开发区管理委员会"
    docno = "乌经开管规〔2026〕1号"
    banhead_single(doc, ["乌鲁木齐经济技术开发区管理委员会文件"], Pt(24), docno,
                   reg_line="规范性文件登记号：WLMQJK-2026-0001", reg_where="under")
    title(doc, "乌鲁木齐经济技术开发区管理委员会关于印发\n《乌鲁木齐经济技术开发区开放型经济产业\n扶持资金实施细则》的通知")
    para(doc, "开发区各部门、各街道、各直属单位，各有关企业：", indent=False)
    n1 = "为深入落实共建“一带一路”倡议，推动开发区开放型经济高质量发展，经开发区管委会2026年第1次主任办公会议研究同意，现将《乌鲁木齐经济技术开发区开放型经济产业扶持资金实施细则》印发给你们，请结合实际认真贯彻执行。"
    para(doc, n1); clauses.append(n1)
    para(doc, "")
    p = para(doc, "附件：乌鲁木齐经济技术开发区开放型经济产业扶持资金\n实施细则", left=Pt(32))
    p.paragraph_format.first_line_indent = None
    # hanging indent so the wrapped line aligns after "附件："
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    signoff_single(doc, organ, "2026年1月20日")
    page_break(doc)
    para(doc, "附件", HT, BODY, indent=False)
    para(doc, "", indent=False)
    title(doc, "乌鲁木齐经济技术开发区开放型经济产业\n扶持资金实施细则")
    sep = "  "  # this office types two half-width spaces after the article number
    A = lambda label, paras, **o: ("art", label, paras, dict({"sep": sep}, **o))
    t_header = ["支持类别", "支持事项", "扶持标准", "单个企业年度上限（万元）"]
    t_rows = [
        ["外贸发展", "进出口实绩奖励", "年度进出口额1000万美元以上的，按每1美元奖励0.01元", "200"],
        ["外贸发展", "班列货源组织", "经乌鲁木齐国际陆港区开行的中欧（中亚）班列，按每标准箱补贴800元", "100"],
        ["跨境电商", "跨境电商B2B出口", "按年度出口额的1%给予奖励", "100"],
        ["跨境电商", "海外仓建设", "按海外仓实际投资额的20%给予补助", "300"],
        ["服务贸易", "离岸服务外包", "按离岸执行额每1美元奖励0.05元", "50"],
        ["国际物流", "国际道路运输", "按年度国际道路运输车次每车次补贴500元", "80"],
    ]
    items = [
        ("ch", "第一章　总　　则"),
        A("第一条", ["为规范乌鲁木齐经济技术开发区（以下简称开发区）开放型经济产业扶持资金（以下简称扶持资金）管理，支持企业深度融入共建“一带一路”，根据《乌鲁木齐经济技术开发区产业扶持资金管理办法》（乌经开管规〔2024〕3号）等规定，制定本细则。"]),
        A("第二条", ["本细则所称扶持资金，是指开发区财政预算安排，用于支持外贸发展、跨境电商、服务贸易、国际物流等开放型经济领域发展的专项资金。"]),
        A("第三条", ["开发区商务和工业信息化局（以下简称商工局）负责扶持资金项目的申报受理、审核和公示；开发区财政局负责扶持资金预算安排和拨付。"]),
        ("ch", "第二章　支持对象和标准"),
        A("第四条", ["申请扶持资金的企业应当同时符合下列条件：",
                    "（一）在开发区依法注册登记，且统计关系、税收关系在开发区；",
                    "（二）依法取得对外贸易经营者备案或者相关经营资质；",
                    "（三）近3年内无严重失信行为。"]),
        A("第五条", ["扶持资金重点支持下列方向：",
                    "（一）外贸发展。支持企业扩大进出口规模，组织中欧（中亚）班列货源，开拓中亚、西亚和欧洲市场。",
                    "（二）跨境电商。支持企业开展跨境电商B2B出口，在境外布局海外仓。",
                    "（三）服务贸易。支持企业承接国际服务外包，发展数字贸易。",
                    "（四）国际物流。支持企业开展国际道路运输和多式联运。"]),
        A("第六条", ["扶持资金按照下表标准给予支持："]),
        ("tbl", t_header, t_rows, [24, 34, 70, 26], {"col": 0, "runs": [(0, 1), (2, 3)]}),
        A("第七条", ["同一企业同一年度获得本细则第六条各项扶持资金合计不超过500万元。企业同一项目同时符合开发区其他扶持政策的，按照“从高、不重复”原则给予支持。"]),
        A("第八条", ["对首次在中亚五国、俄罗斯等共建“一带一路”国家设立海外仓的企业，在第六条规定的基础上，一次性再给予50万元奖励。"]),
        A("第九条", ["对在中国（新疆）自由贸易试验区乌鲁木齐片区经开区区块内注册的企业，开展跨境人民币结算、新型离岸国际贸易等首创性业务，经认定的，按每项首创业务给予30万元奖励，同一企业年度奖励不超过90万元。"]),
        ("ch", "第三章　申报与审核"),
        A("第十条", ["扶持资金实行年度申报制度。商工局每年第一季度发布申报通知，明确申报时间和材料要求。"]),
        A("第十一条", ["企业应当通过开发区产业政策兑现平台提交申报材料，并对其真实性、完整性负责。申报材料清单见本细则附件。"]),
        A("第十二条", ["商工局会同财政局对申报材料进行审核，必要时委托第三方机构进行专项审计或者实地核查。"]),
        A("第十三条", ["审核结果经开发区管委会主任办公会议审定后，在开发区门户网站公示5个工作日。",
                      "公示期间有异议的，由商工局会同有关部门调查核实并作出处理。"]),
        ("ch", "第四章　资金拨付"),
        A("第十四条", ["公示无异议的，由商工局下达扶持资金计划，财政局按照国库集中支付有关规定将扶持资金拨付至企业基本账户。"]),
        A("第十五条", ["扶持资金实行总额控制。年度申报资金总额超过预算安排的，按照同比例核减后予以拨付。"]),
        ("ch", "第五章　监督管理"),
        A("第十六条", ["企业有下列行为之一的，由商工局追回已拨付的扶持资金，3年内取消其申报资格：",
                      "（一）以虚报、冒领、伪造材料等方式骗取扶持资金的；",
                      "（二）获得扶持资金后5年内将注册地、统计关系或者税收关系迁离开发区的；",
                      "（三）拒不配合监督检查的。"], soft=True),
        A("第十七条", ["有关部门工作人员在扶持资金审核、拨付和监督管理中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。"]),
        ("ch", "第六章　附　　则"),
        A("第十八条", ["本细则第九条仅适用于中国（新疆）自由贸易试验区乌鲁木齐片区经开区区块内注册的企业，开发区其他区域的企业不享受该条规定的奖励。"]),
        A("第十九条", ["本细则由开发区管委会负责解释，具体解释工作由商工局承担。"]),
        A("第二十条", ["本细则自2026年3月1日起施行，有效期至2028年12月31日。"]),
    ]
    build_body(doc, items, clauses)
    para(doc, "")
    para(doc, "附件：开放型经济产业扶持资金申报材料清单")
    # attachment of the 细则 in its own section
    doc.add_section(WD_SECTION.NEW_PAGE)
    para(doc, "附件", HT, BODY, indent=False)
    para(doc, "", indent=False)
    title(doc, "开放型经济产业扶持资金申报材料清单")
    a_header = ["序号", "材料名称", "适用事项", "备注"]
    a_rows = [
        ["1", "扶持资金申报表", "全部事项", "加盖企业公章"],
        ["2", "营业执照复印件", "全部事项", "验原件"],
        ["3", "海关进出口数据证明", "进出口实绩奖励", "由企业通过国际贸易“单一窗口”导出"],
        ["4", "班列货物运单及箱量证明", "班列货源组织", "由班列运营平台出具"],
        ["5", "海外仓投资凭证及租赁或产权证明", "海外仓建设", "境外材料须附中文译本"],
        ["6", "离岸服务外包合同及收汇凭证", "离岸服务外包", "外币按申报年度平均汇率折算"],
        ["7", "首创业务认定材料", "首创性业务奖励", "由商工局组织认定"],
    ]
    data_table(doc, a_header, a_rows, [14, 60, 36, 44], 2, [(0, 1)])
    for r in a_rows:
        clauses.append(row_clause(a_header, r))
    banji(doc, "抄送：自治区商务厅，乌鲁木齐市人民政府办公厅。",
          "乌鲁木齐经开区管委会办公室", "2026年1月22日印发")
    doc.save(HERE / f"{stem}.docx")
    meta = {
        "title": "乌鲁木齐经济技术开发区管理委员会关于印发《乌鲁木齐经济技术开发区开放型经济产业扶持资金实施细则》的通知",
        "doc_number": docno,
        "issuer": [organ],
        "date": "2026-01-20",
        "published": "2026-01-22",
        "level": "zone",
        "region": "乌鲁木齐经济技术开发区",
        "effective": "2026-03-01",
        "expires": "2028-12-31",
        "attachments": ["乌鲁木齐经济技术开发区开放型经济产业扶持资金实施细则",
                        "开放型经济产业扶持资金申报材料清单"],
        "doc_type": "通知",
        "recipients": ["开发区各部门", "各街道", "各直属单位", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    specific = {
        "第九条  对在中国（新疆）自由贸易试验区乌鲁木齐片区经开区区块内注册的企业":
            ["中国（新疆）自由贸易试验区乌鲁木齐片区经开区区块"],
        "第十八条  本细则第九条仅适用于中国（新疆）自由贸易试验区乌鲁木齐片区经开区区块":
            ["中国（新疆）自由贸易试验区乌鲁木齐片区经开区区块"],
    }
    return stem, [{"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}]


def to_pdf(docx):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_318",
                    "--convert-to", "pdf", "--outdir", str(HERE), str(docx)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for fn in (doc_qinzhou, doc_honghe, doc_urumqi):
        stem, docs = fn()
        # sanity: every applies_to key is the start of a clause
        for d in docs:
            for k in d["applies_to"]["specific"]:
                assert len(k) >= 15 and any(c.startswith(k) for c in d["clauses"]), k
        expected[stem] = docs
        to_pdf(HERE / f"{stem}.docx")
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1),
                                        encoding="utf-8")


if __name__ == "__main__":
    main()
