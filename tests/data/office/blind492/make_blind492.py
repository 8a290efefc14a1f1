# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 492 blind test documents: 重点工作推进计划 with Gantt-style month tables."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
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
MONTHS = ["%d月" % i for i in range(1, 13)]


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first=None, left=None, before=0, after=0, line=28):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    return p


def para(doc, parts, align=None, first=32, **kw):
    """parts: str or list of (text, font, bold)."""
    p = doc.add_paragraph()
    fmt(p, align=align, first=first, **kw)
    if isinstance(parts, str):
        parts = [(parts, FS, False)]
    for text, font, bold in parts:
        set_font(p.add_run(text), font, 16, bold)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, first=0)


def border(p, side="bottom", color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:%s w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), side, sz, color)))


def borders2(p, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:top w:val="single" w:sz="%d" w:space="1" w:color="%s"/>'
        '<w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color, sz, color)))


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    fld = parse_xml('<w:fldSimple %s w:instr=" PAGE "><w:r><w:rPr><w:rFonts w:ascii="宋体" '
                    'w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r>'
                    '</w:fldSimple>' % nsdecls("w"))
    p._p.append(fld)
    set_font(p.add_run(" —"), "宋体", 14)


def portrait_setup(section):
    section.page_width = Cm(21)
    section.page_height = Cm(29.7)
    section.orientation = WD_ORIENT.PORTRAIT
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)
    section.footer_distance = Cm(2.5)


def new_section(doc, landscape):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width = Cm(29.7)
        s.page_height = Cm(21)
        s.top_margin = Cm(2.5)
        s.bottom_margin = Cm(2.3)
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)
        s.footer_distance = Cm(1.2)
    else:
        portrait_setup(s)
    return s


def red_header(doc, lines, docnum, size=30):
    for ln in lines:
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=None)
        set_font(p.add_run(ln), XBS, size, False, RED)
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    set_font(p.add_run(docnum), FS, 16)
    border(p)
    empty(doc)


def title(doc, lines, soft=False):
    if soft:
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=35)
        for i, ln in enumerate(lines):
            r = set_font(p.add_run(ln), XBS, 22)
            if i < len(lines) - 1:
                r.add_break(WD_BREAK.LINE)
    else:
        for ln in lines:
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=35)
            set_font(p.add_run(ln), XBS, 22)
    empty(doc)


def cell_text(cell, text, size=10.5, bold=False, font=FS, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    fmt(p, align=align, first=0, line=None)
    if text:
        set_font(p.add_run(text), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def gantt_table(doc, rows, mark, widths, extra_col=None, vmerge=None, mark_bold=False):
    """rows: list of dicts (no, task, unit, person, months(set), note).
    vmerge: list of (first_row_idx, last_row_idx, col_idx) merges in the data area."""
    head = ["序号", "工作任务", "责任单位", "责任人"]
    ncol = 4 + 12 + (1 if extra_col else 0)
    t = doc.add_table(rows=2 + len(rows), cols=ncol)
    t.style = "Table Grid"
    t.autofit = False
    # header
    for ci, h in enumerate(head):
        a = t.cell(0, ci).merge(t.cell(1, ci))
        cell_text(a, h, 11, True, HT)
    m = t.cell(0, 4).merge(t.cell(0, 15))
    cell_text(m, "2026年", 11, True, HT)
    for i, mo in enumerate(MONTHS):
        cell_text(t.cell(1, 4 + i), mo, 9, True, HT)
    if extra_col:
        a = t.cell(0, 16).merge(t.cell(1, 16))
        cell_text(a, extra_col, 11, True, HT)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    merged_skip = set()
    if vmerge:
        for r0, r1, ci in vmerge:
            val = rows[r0][["no", "task", "unit", "person"][ci]]
            for k in range(r0, r1 + 1):
                assert rows[k][["no", "task", "unit", "person"][ci]] == val
            a = t.cell(2 + r0, ci).merge(t.cell(2 + r1, ci))
            cell_text(a, val, 10.5)
            for k in range(r0, r1 + 1):
                merged_skip.add((k, ci))
    for ri, row in enumerate(rows):
        r = 2 + ri
        no_split(t.rows[r])
        vals = [row["no"], row["task"], row["unit"], row["person"]]
        for ci, v in enumerate(vals):
            if (ri, ci) in merged_skip:
                continue
            cell_text(t.cell(r, ci), v, 10.5,
                      align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        for mi in range(12):
            cell_text(t.cell(r, 4 + mi), mark if (mi + 1) in row["months"] else "", 10.5, mark_bold,
                      "宋体")
        if extra_col:
            cell_text(t.cell(r, 16), row.get("note", ""), 9, align=WD_ALIGN_PARAGRAPH.LEFT)
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)
    fix_grid(t, widths)
    return t


def fix_grid(t, widths):
    tbl = t._tbl
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr = tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    tblpr.append(parse_xml('<w:tblCellMar %s><w:left w:w="40" w:type="dxa"/>'
                           '<w:right w:w="40" w:type="dxa"/></w:tblCellMar>' % nsdecls("w")))
    tw = tblpr.find(qn("w:tblW"))
    if tw is not None:
        tw.set(qn("w:type"), "dxa")
        tw.set(qn("w:w"), str(int(Cm(sum(widths)).twips)))


def row_clauses(rows, mark, extra_col=None):
    out = []
    for row in rows:
        parts = ["序号：%s" % row["no"], "工作任务：%s" % row["task"],
                 "责任单位：%s" % row["unit"], "责任人：%s" % row["person"]]
        for m in range(1, 13):
            if m in row["months"]:
                parts.append("%d月：%s" % (m, mark))
        if extra_col and row.get("note"):
            parts.append("%s：%s" % (extra_col, row["note"]))
        out.append("；".join(parts))
    return out


def stats(rows):
    units = []
    for r in rows:
        for u in r["unit"].split("、"):
            if u not in units:
                units.append(u)
    full = [r for r in rows if r["months"] == set(range(1, 13))]
    starts = [min(r["months"]) for r in rows]
    q = [sum(1 for s in starts if (s - 1) // 3 == k) for k in range(4)]
    h = [sum(1 for s in starts if s <= 6), sum(1 for s in starts if s > 6)]
    per_month = [sum(1 for r in rows if m in r["months"]) for m in range(1, 13)]
    return dict(n=len(rows), units=len(units), full=len(full), part=len(rows) - len(full),
                q=q, h=h, per_month=per_month)


def M(a, b):
    return set(range(a, b + 1))


def banji(doc, cc, printer, date, gap=8):
    """版记: 抄送 / 印发 lines with top and bottom rules."""
    empty(doc, 2)
    p = doc.add_paragraph()
    fmt(p, first=0, left=14, line=None)
    set_font(p.add_run(cc), FS, 14)
    borders2(p)
    p = doc.add_paragraph()
    fmt(p, first=0, left=14, line=None)
    set_font(p.add_run(printer), FS, 14)
    set_font(p.add_run("　" * gap + date), FS, 14)
    border(p, "bottom", "000000", 8)


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_492", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    portrait_setup(doc.sections[0])
    page_number_footer(doc.sections[0])
    return doc


def add_cn_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), num_id))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), num_id, num_id)))
    return num_id


def numbered(p, num_id):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), num_id)))


# ======================================================== doc 1: 福州
def doc_fuzhou():
    stem = "blind492_fuzhou_tongzhi"
    doc = base_doc()
    notice_cl, plan_cl = [], []

    # 版头: joint header typed as a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    a = t.cell(0, 1).merge(t.cell(1, 1))
    for ri, name in enumerate(["福州市商务局", "福州市财政局"]):
        c = t.cell(ri, 0)
        p = c.paragraphs[0]
        fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, first=0, line=None)
        set_font(p.add_run(name), XBS, 30, False, RED)
    p = a.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0, line=None)
    set_font(p.add_run("文件"), XBS, 42, False, RED)
    a.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for row in t.rows:
        row.cells[0].width = Cm(11)
        row.cells[1].width = Cm(4.5)
    fix_grid(t, [11, 4.5])
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    set_font(p.add_run("榕商务〔2026〕15号"), FS, 16)
    border(p)
    empty(doc)

    title(doc, ["关于印发《福州市2026年跨境电商", "高质量发展重点工作推进计划》的通知"])

    para(doc, "各县（市）区商务局，福州新区经济发展局，福州高新区经济发展局，市直有关单位：", first=0)

    def body(text, cl=notice_cl, parts=None):
        para(doc, parts or text)
        cl.append(text)

    body("为贯彻落实《国务院办公厅关于推动外贸稳规模优结构的意见》和省委、省政府关于加快发展跨境电商等外贸新业态新模式的部署要求，市商务局、市财政局研究制定了《福州市2026年跨境电商高质量发展重点工作推进计划》，现印发给你们，并就有关事项通知如下。")
    items = [
        ("一、加强组织领导。", "各县（市）区、各责任单位要将跨境电商发展纳入年度重点工作，主要负责同志亲自研究部署，明确分管领导和具体联络人，于2026年2月10日前将联络人名单报送市商务局。"),
        ("二、压实推进责任。", "推进计划明确的责任单位为牵头单位，责任人为具体推进责任人。各牵头单位要对照推进计划逐项细化工作措施，按月推进、按季见效；涉及多个单位的任务，排名第一的单位负责牵头协调，其他单位要主动对接、协同落实。"),
        ("三、强化资金保障。", "市财政局统筹市级商务发展专项资金，对跨境电商产业园区建设、海外仓布局、自主品牌培育等按规定给予支持，资金申报指南另行发布。各县（市）区要结合实际安排配套资金。"),
        ("四、实行按月调度。", "各责任单位于每月5日前将上月推进情况及下月工作安排报送市商务局电子商务和信息化科，市商务局按月汇总通报，对进度滞后的任务进行提醒督办。"),
        ("五、做好年度评估。", "2026年12月底前，市商务局会同市财政局对推进计划执行情况开展评估，评估结果作为下一年度专项资金安排的重要参考。"),
    ]
    for h, b in items:
        # run-in heading typed as a bold 黑体 run
        body(h + b, parts=[(h, HT, True), (b, FS, False)])
    body("联系人：陈思远（市商务局电子商务和信息化科），联系电话：0591-83356127。")
    p = para(doc, "附件：福州市2026年跨境电商高质量发展重点工作推进计划", first=32)
    empty(doc, 1)
    # 落款 aligned with manual spaces
    p = para(doc, "　　福州市商务局　　　　　　　　福州市财政局", first=0)
    p.paragraph_format.keep_with_next = True
    p = para(doc, "　　　　　　　　　　　　　　　　　2026年1月20日", first=0)
    para(doc, "（此件公开发布）", first=32)

    # ---- attachment in a landscape section
    new_section(doc, True)
    p = doc.add_paragraph()
    fmt(p, first=0)
    set_font(p.add_run("附件"), HT, 16)
    empty(doc)
    title(doc, ["福州市2026年跨境电商高质量发展重点工作推进计划"])
    body("为加快建设中国（福州）跨境电子商务综合试验区，力争2026年全市跨境电商进出口额增长15%以上，新培育跨境电商年交易额超亿元企业10家，制定本推进计划。各项任务推进安排如下表（“√”表示该月为任务推进月份）。", cl=plan_cl)
    rows = [
        dict(no="1", task="修订出台跨境电商发展扶持政策实施细则", unit="市商务局、市财政局", person="王立新", months=M(1, 3)),
        dict(no="2", task="新认定市级跨境电商产业园区2个，园区入驻企业突破600家", unit="市商务局", person="陈思远", months=M(3, 10)),
        dict(no="3", task="支持企业在共建“一带一路”国家新建海外仓5个以上", unit="市商务局", person="林晓峰", months=M(1, 12)),
        dict(no="4", task="推广跨境电商B2B直接出口（9710）和出口海外仓（9810）监管模式", unit="福州海关", person="黄海涛", months=M(1, 12)),
        dict(no="5", task="建设跨境电商公共海外仓信息服务平台并上线运行", unit="市商务局、市数据管理局", person="郑凯", months=M(4, 9)),
        dict(no="6", task="举办2026中国（福州）跨境电商交易博览会", unit="市商务局、市贸促会", person="刘晓东", months=M(2, 5)),
        dict(no="7", task="开展跨境电商人才培训，全年培训3000人次以上", unit="市人社局、市商务局", person="吴丽华", months=M(3, 11)),
        dict(no="8", task="推进跨境电商综试区线上综合服务平台数据归集", unit="市商务局", person="陈思远", months=M(1, 12)),
        dict(no="9", task="落实跨境电商出口退（免）税和企业所得税核定征收政策", unit="市税务局", person="张建平", months=M(1, 12)),
        dict(no="10", task="争取开通福州至东盟跨境电商海运快线", unit="福州港口发展中心", person="蔡明辉", months=M(5, 8)),
        dict(no="11", task="培育跨境电商自主品牌20个", unit="市商务局、市市场监管局", person="林晓峰", months=M(6, 11)),
        dict(no="12", task="组织开展推进计划执行情况年度评估", unit="市商务局、市财政局", person="王立新", months=M(11, 12)),
    ]
    widths = [1.1, 6.8, 3.6, 1.8] + [1.0] * 12
    gantt_table(doc, rows, "√", widths)
    plan_cl.extend(row_clauses(rows, "√"))
    s = stats(rows)
    assert s["n"] == 12 and s["units"] == 9 and s["full"] == 4 and s["q"] == [8, 3, 0, 1], s
    pm = s["per_month"]
    mx = max(pm)
    mx_months = [i + 1 for i, v in enumerate(pm) if v == mx]
    assert mx_months == [5, 6, 7, 8] and mx == 9, pm
    empty(doc)
    stat = ("推进情况统计：本计划共安排重点工作任务12项，涉及责任单位9个。按推进周期分，全年持续推进任务4项，阶段性推进任务8项；按启动时间分，一季度启动8项，二季度启动3项，四季度启动1项。"
            "从月度分布看，5月至8月同时推进的任务最多，均为9项，各责任单位要提前统筹力量，确保任务按期推进。")
    body(stat, cl=plan_cl)

    # ---- 版记 in a final portrait section
    new_section(doc, False)
    empty(doc, 18)
    banji(doc, "抄送：市人民政府办公厅，省商务厅、省财政厅。", "福州市商务局办公室", "2026年1月21日印发")
    save(doc, stem)

    meta_n = dict(title="关于印发《福州市2026年跨境电商高质量发展重点工作推进计划》的通知",
                  doc_number="榕商务〔2026〕15号", issuer=["福州市商务局", "福州市财政局"],
                  date="2026-01-20", published=None, level="municipal", region="福州市",
                  effective=None, expires=None,
                  attachments=["福州市2026年跨境电商高质量发展重点工作推进计划"], doc_type="通知",
                  recipients=["各县（市）区商务局", "福州新区经济发展局", "福州高新区经济发展局", "市直有关单位"],
                  publicity="此件公开发布", repeals=None)
    meta_p = dict(title="福州市2026年跨境电商高质量发展重点工作推进计划", doc_number=None,
                  issuer=["福州市商务局", "福州市财政局"], date="2026-01-20", published=None,
                  level="municipal", region="福州市", effective=None, expires=None, attachments=[],
                  doc_type="计划", recipients=[], publicity=None, repeals=None)
    return stem, [dict(meta=meta_n, clauses=notice_cl), dict(meta=meta_p, clauses=plan_cl)]


# ======================================================== doc 2: 重庆
def doc_chongqing():
    stem = "blind492_chongqing_banlie"
    doc = base_doc()
    nid = add_cn_numbering(doc)
    notice_cl, plan_cl = [], []
    red_header(doc, ["重庆市人民政府口岸和物流办公室"], "渝口岸物流办〔2026〕9号", size=26)
    title(doc, ["重庆市人民政府口岸和物流办公室关于印发2026年中欧班列（成渝）（重庆）",
                "高质量发展重点工作推进计划的通知"], soft=True)
    para(doc, "沙坪坝区人民政府，两江新区管委会，市级有关部门，有关企业：", first=0)

    def body(text, cl, parts=None):
        para(doc, parts or text)
        cl.append(text)

    body("为深入落实高质量共建“一带一路”和西部陆海新通道建设部署，持续巩固中欧班列（成渝）运行质效，经市政府同意，现将《2026年中欧班列（成渝）（重庆）高质量发展重点工作推进计划》印发给你们，请认真组织实施。现就有关事项通知如下：", notice_cl)
    items = [
        ("明确年度目标。", "2026年中欧班列（成渝）（重庆）力争开行2600列以上，其中回程班列占比不低于45%；新开辟国际线路3条，新增境外集结分拨点2个，全程运输时效较2025年压缩5%以上。"),
        ("强化运行组织。", "重庆国际物流集团要会同中欧班列（成渝）运营平台优化班列开行计划，加密至德国杜伊斯堡、波兰马拉舍维奇、匈牙利布达佩斯等主要站点班次，稳定开行“渝新欧”品牌专列。"),
        ("提升通关便利化水平。", "重庆海关要深化“铁路快通”“两段准许”等监管模式，推广“中欧班列+跨境电商”“中欧班列+保税”集拼模式，确保进出口整体通关时间稳中有降。"),
        ("推动通道与产业融合。", "沙坪坝区、两江新区要依托团结村中心站和果园港，加快建设国际物流分拨中心，引导汽车整车、电子信息、机电设备等本地产业扩大班列运量，培育“班列+贸易+产业”发展生态。"),
        ("加强调度督办。", "各责任单位每月3日前将上月任务推进情况报送市政府口岸物流办通道发展处，每季度末报送季度工作小结。市政府口岸物流办将推进情况纳入年度目标考核，对推进不力的单位予以通报。"),
    ]
    cn = "一二三四五六七八九十"
    for i, (h, b) in enumerate(items):
        p = para(doc, [(h, KT, True), (b, FS, False)], first=None)
        numbered(p, nid)  # "一、" etc. come from Word auto-numbering
        notice_cl.append(cn[i] + "、" + h + b)
    empty(doc)
    para(doc, "附件：2026年中欧班列（成渝）（重庆）高质量发展重点工作推进计划", first=32)
    empty(doc, 3)
    p = para(doc, "重庆市人民政府口岸和物流办公室", first=0)
    p.paragraph_format.left_indent = Pt(16 * 11)
    p = para(doc, "二〇二六年二月六日", first=0)
    p.paragraph_format.left_indent = Pt(16 * 14)

    # ---- landscape attachment
    new_section(doc, True)
    p = doc.add_paragraph()
    fmt(p, first=0)
    set_font(p.add_run("附件"), HT, 16)
    title(doc, ["2026年中欧班列（成渝）（重庆）高质量发展重点工作推进计划"])
    p = para(doc, [("一、工作目标", HT, False)])
    body("到2026年底，中欧班列（成渝）（重庆）年开行量达到2600列以上，回程班列占比不低于45%，重箱率保持在95%以上；国际线路总数达到55条，辐射欧亚110个以上城市；班列运输货值突破1200亿元。", plan_cl)
    para(doc, [("二、重点任务及推进时序", HT, False)])
    body("重点任务及推进时序详见下表（■为推进月份）。", plan_cl)
    rows = [
        dict(no="1", task="编制2026年中欧班列（成渝）（重庆）开行计划并分解到月", unit="重庆国际物流集团", person="谭永刚", months=M(1, 2)),
        dict(no="2", task="稳定开行至杜伊斯堡、汉堡等德国站点班列，全年开行不少于600列", unit="重庆国际物流集团", person="谭永刚", months=M(1, 12)),
        dict(no="3", task="新开辟至土耳其伊斯坦布尔、塞尔维亚贝尔格莱德等国际线路3条", unit="重庆国际物流集团", person="何晓军", months=M(3, 10)),
        dict(no="4", task="新增境外集结分拨点2个，提升回程货源组织能力", unit="中欧班列（成渝）运营平台", person="邓光明", months=M(2, 11)),
        dict(no="5", task="深化“铁路快通”监管模式，扩大适用企业范围", unit="重庆海关", person="罗建华", months=M(1, 12)),
        dict(no="6", task="推广“中欧班列+跨境电商”集拼出口模式", unit="重庆海关", person="罗建华", months=M(4, 12)),
        dict(no="7", task="推进团结村中心站扩能改造工程", unit="中国铁路成都局集团有限公司重庆货运中心", person="秦志远", months=M(1, 12)),
        dict(no="8", task="建设沙坪坝国际物流分拨中心二期", unit="沙坪坝区人民政府", person="周德明", months=M(3, 12)),
        dict(no="9", task="打造果园港“铁公水”多式联运枢纽", unit="两江新区管委会", person="冉启东", months=M(1, 12)),
        dict(no="10", task="组织汽车整车及零部件出口专列", unit="市经济信息委", person="杨红梅", months=M(5, 9)),
        dict(no="11", task="开展中欧班列运营补贴资金绩效评价", unit="市财政局、市政府口岸物流办", person="唐丽", months=M(6, 7)),
        dict(no="12", task="举办中欧班列（成渝）国际合作论坛", unit="市政府口岸物流办", person="熊伟", months=M(8, 9)),
        dict(no="13", task="推进中欧班列数字化平台与国际贸易“单一窗口”数据对接", unit="市政府口岸物流办、市大数据发展局", person="熊伟", months=M(2, 8)),
        dict(no="14", task="开展班列运行安全隐患排查整治", unit="重庆国际物流集团", person="何晓军", months={4, 10}),
        dict(no="15", task="编制2026年度中欧班列（成渝）（重庆）发展报告", unit="市政府口岸物流办", person="熊伟", months=M(11, 12)),
    ]
    widths = [1.0, 6.6, 4.0, 1.6] + [1.0] * 12
    gantt_table(doc, rows, "■", widths, vmerge=[(0, 2, 2), (4, 5, 2), (4, 5, 3)])
    plan_cl.extend(row_clauses(rows, "■"))
    s = stats(rows)
    assert s["n"] == 15 and s["units"] == 10 and s["full"] == 4 and s["h"] == [13, 2], s
    empty(doc)
    body("推进情况统计：本计划共列重点工作任务15项，由10家单位牵头或参与负责。其中，全年推进任务4项，阶段性推进任务11项；上半年启动任务13项，下半年启动任务2项。截至本计划印发时，第1项任务已启动实施。", plan_cl)
    para(doc, [("三、保障措施", HT, False)])
    ms = [
        ("（一）健全协调机制。", "依托市中欧班列（成渝）工作专班，每季度召开一次推进会，协调解决班列运行、通关监管、场站建设中的重大问题。"),
        ("（二）加强要素保障。", "对列入推进计划的场站、分拨中心等项目，优先保障用地、用能指标，符合条件的纳入市级重点项目管理。"),
        ("（三）严格考核问效。", "推进计划完成情况纳入市级部门和相关区年度目标考核，考核结果作为安排中欧班列相关支持资金的重要依据。"),
    ]
    for h, b in ms:
        body(h + b, plan_cl, parts=[(h, KT, False), (b, FS, False)])

    new_section(doc, False)
    empty(doc, 16)
    banji(doc, "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅。", "重庆市人民政府口岸和物流办公室", "2026年2月6日印发", gap=3)
    save(doc, stem)

    meta_n = dict(title="重庆市人民政府口岸和物流办公室关于印发2026年中欧班列（成渝）（重庆）高质量发展重点工作推进计划的通知",
                  doc_number="渝口岸物流办〔2026〕9号", issuer=["重庆市人民政府口岸和物流办公室"],
                  date="2026-02-06", published=None, level="provincial", region="重庆市",
                  effective=None, expires=None,
                  attachments=["2026年中欧班列（成渝）（重庆）高质量发展重点工作推进计划"], doc_type="通知",
                  recipients=["沙坪坝区人民政府", "两江新区管委会", "市级有关部门", "有关企业"],
                  publicity=None, repeals=None)
    meta_p = dict(title="2026年中欧班列（成渝）（重庆）高质量发展重点工作推进计划", doc_number=None,
                  issuer=["重庆市人民政府口岸和物流办公室"], date="2026-02-06", published=None,
                  level="provincial", region="重庆市", effective=None, expires=None, attachments=[],
                  doc_type="计划", recipients=[], publicity=None, repeals=None)
    return stem, [dict(meta=meta_n, clauses=notice_cl), dict(meta=meta_p, clauses=plan_cl)]


# ======================================================== doc 3: 钦州港片区
def doc_qinzhou():
    stem = "blind492_qinzhou_tongzhi"
    doc = base_doc()
    cl = []
    red_header(doc, ["中国（广西）自由贸易试验区", "钦州港片区管理委员会文件"], "钦自贸片委〔2026〕5号", size=26)
    title(doc, ["中国（广西）自由贸易试验区钦州港片区管理委员会", "关于下达2026年稳外资促外贸重点工作推进计划的通知"])
    para(doc, "片区各局（办），各直属单位：", first=0)

    def body(text, parts=None, indent_spaces=False):
        if indent_spaces:
            # indentation typed as two full-width spaces instead of a first-line indent
            para(doc, "　　" + text, first=0)
        else:
            para(doc, parts or text)
        cl.append(text)

    body("为贯彻落实《中华人民共和国外商投资法》和自治区关于稳外资稳外贸的工作部署，发挥中国（广西）自由贸易试验区钦州港片区面向东盟开放合作前沿作用，推动片区外商投资和对外贸易高质量发展，经片区管委会主任办公会议研究，现将2026年稳外资促外贸重点工作推进计划下达给你们，请认真抓好落实。", indent_spaces=True)
    para(doc, [("一、总体目标", HT, False)])
    body("2026年，片区力争新设外商投资企业25家以上，实际使用外资1.8亿美元以上；外贸进出口总额突破800亿元，其中对东盟进出口占比保持在40%以上；钦州综合保税区进出口额增长10%以上。", indent_spaces=True)
    para(doc, [("二、推进安排", HT, False)])
    body("各项重点工作按月推进，具体安排见下表。表中“■”为计划推进月份，未标注月份视为不作阶段性要求。", indent_spaces=True)

    new_section(doc, True)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    set_font(p.add_run("2026年稳外资促外贸重点工作推进计划表"), HT, 16)
    rows = [
        dict(no="1", task="开展面向东盟及RCEP成员国的专题招商推介活动不少于6场", unit="投资促进局", person="梁海燕", months=M(3, 11), note="含中国—东盟博览会期间专场"),
        dict(no="2", task="建立外资项目全生命周期服务专员制度", unit="投资促进局", person="梁海燕", months=M(1, 3)),
        dict(no="3", task="推动中马钦州产业园区新引进外资制造业项目3个", unit="中马钦州产业园区管委会", person="黄振宇", months=M(1, 12)),
        dict(no="4", task="落实外商投资准入前国民待遇加负面清单管理制度，开展外资准入政策宣讲", unit="行政审批局", person="陆春燕", months=M(4, 6)),
        dict(no="5", task="扩大钦州综合保税区保税维修、保税研发等新业态规模", unit="综合保税区管理局", person="韦志坚", months=M(1, 12), note="配合钦州海关"),
        dict(no="6", task="推进钦州港至东盟国家集装箱航线加密，新开航线5条", unit="港航发展局", person="苏建国", months=M(2, 11)),
        dict(no="7", task="开展外资企业“服务月”走访活动，实现重点外资企业走访全覆盖", unit="投资促进局、经济发展局", person="覃晓明", months={5, 11}),
        dict(no="8", task="推动跨境人民币结算便利化，外资企业跨境人民币结算量增长15%", unit="金融工作局", person="莫丽君", months=M(1, 12), note="配合人民银行钦州市分行"),
        dict(no="9", task="建立外资外贸运行监测月报制度", unit="经济发展局", person="覃晓明", months=M(1, 12)),
        dict(no="10", task="开展年度稳外资促外贸工作考核评估", unit="党政办公室", person="李文斌", months={12}),
    ]
    widths = [1.0, 5.8, 3.2, 1.5] + [1.0] * 12 + [1.8]
    gantt_table(doc, rows, "■", widths, extra_col="备注", mark_bold=True)
    cl.extend(row_clauses(rows, "■", extra_col="备注"))
    s = stats(rows)
    pm = s["per_month"]
    assert s["n"] == 10 and s["units"] == 8 and s["full"] == 4, s
    assert max(pm) == 8 and [i + 1 for i, v in enumerate(pm) if v == 8] == [5], pm

    # statistics paragraph starts a new portrait section right after the table
    new_section(doc, False)
    body("推进情况统计：2026年片区共下达稳外资促外贸重点工作10项，涉及责任部门8个；其中全年推进4项，阶段性推进6项。按月统计，5月推进任务最多，为8项；1月至3月需启动的任务7项，请各责任部门及早谋划。", indent_spaces=True)
    para(doc, [("三、工作要求", HT, False)])
    reqs = [
        ("（一）强化统筹调度。", "各责任部门要按照推进计划明确的月份节点倒排工期，主要负责同志为第一责任人，分管负责同志为直接责任人，确保每项工作有专人跟进。"),
        ("（二）做好信息报送。", "各责任部门于每月5日前将上月推进情况书面报送片区经济发展局，每季度首月10日前报送上季度工作总结，经济发展局汇总后报片区管委会主要领导。"),
        ("（三）严格督查考核。", "片区党政办公室将推进计划纳入片区年度绩效考评，对未按时间节点推进的工作实行“红黄灯”预警，连续两次亮红灯的进行通报批评。"),
    ]
    for h, b in reqs:
        body(h + b, parts=[(h, KT, True), (b, FS, False)])
    empty(doc, 3)
    p = para(doc, "中国（广西）自由贸易试验区钦州港片区管理委员会", first=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = para(doc, "2026年1月28日　　　　", first=0, align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc)
    para(doc, "（此件公开发布）", first=32)
    empty(doc, 6)
    banji(doc, "抄送：钦州市人民政府办公室，自治区商务厅（自贸办）。",
          "钦州港片区管委会党政办公室", "2026年1月28日印发", gap=5)
    save(doc, stem)

    # sanity: months with >=1 start in Q1
    assert s["q"][0] == 7, s
    meta = dict(title="中国（广西）自由贸易试验区钦州港片区管理委员会关于下达2026年稳外资促外贸重点工作推进计划的通知",
                doc_number="钦自贸片委〔2026〕5号",
                issuer=["中国（广西）自由贸易试验区钦州港片区管理委员会"], date="2026-01-28",
                published=None, level="zone", region="中国（广西）自由贸易试验区钦州港片区",
                effective=None, expires=None, attachments=[], doc_type="通知",
                recipients=["片区各局（办）", "各直属单位"], publicity="此件公开发布", repeals=None)
    return stem, [dict(meta=meta, clauses=cl)]


def main():
    expected = {}
    for fn in (doc_fuzhou, doc_chongqing, doc_qinzhou):
        stem, objs = fn()
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
