# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 882: 自贸区改革试点任务清单中期评估报告（第三方，带封面、目录）.

Writes three Word files + PDFs + expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


# ------------------------------------------------------------------ helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, size=16, **kw):
    """runs: str or list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, size, False)]
    for r in runs:
        text, name, sz, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, sz, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    """Ctrl+Enter typed at the end of the last paragraph."""
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)


def base_setup(doc, body_size=16):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.4)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(body_size)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    return s


def page_footer(section, dash="— ", dash2=" —", size=14):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(dash), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(dash2), SONG, size)


def restart_numbering(section, start=1):
    sp = section._sectPr
    old = sp.find(qn("w:pgNumType"))
    if old is not None:
        sp.remove(old)
    sp.append(parse_xml('<w:pgNumType %s w:start="%d"/>' % (nsdecls("w"), start)))


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Cm(widths[i]).twips)))
    for row in table.rows:
        for tc in row._tr.findall(qn("w:tc")):
            pass
    # set tcW on every physical cell according to its grid span
    for tr in table._tbl.findall(qn("w:tr")):
        col = 0
        for tc in tr.findall(qn("w:tc")):
            span = tc.grid_span
            w = sum(widths[col:col + span])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.append(tcw)
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))
            tcw.set(qn("w:type"), "dxa")
            col += span


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji(doc, cc, printer, date_txt, size=14):
    """版记: 抄送 + 印发 between black rules."""
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_882", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ----------------------------
_next_abs = [880]


def make_numbering(doc, lvl_text, fmt_name="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_name, lvl_text))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


CN = "一二三四五六七八九十"
expected = {}


# ============================================================ DOC A: 南沙 report
def doc_nansha():
    """Stand-alone third-party mid-term evaluation report: cover, 目录, body."""
    stem = "blind882_nansha_pinggu"
    doc = Document()
    base_setup(doc, 14)
    clauses = []
    BS = 14      # body size 四号
    LN = 23      # line spacing

    # ---------------- cover (section 1: no footer)
    empty(doc, 3, line=30)
    # title wrapped at odd places, over two paragraphs + a soft break
    add_par(doc, [("中国（广东）自由贸易试验区南沙片区深化", XBS, 22, False)],
            align=C, indent=False, line=40)
    p = add_par(doc, [("改革创新试点任务清单实施情况", XBS, 22, False)],
                align=C, indent=False, line=40)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("第三方中期评估报告"), XBS, 22)
    empty(doc, 7, line=30)
    # 委托单位 / 评估单位 aligned with typed full-width spaces and a tab
    p = add_par(doc, [("委托单位：", HT, 15, False),
                      ("中国（广东）自由贸易试验区", KT, 15, False)], indent=False, line=32)
    p.paragraph_format.left_indent = Cm(1.5)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000" * 5 + "广州南沙新区片区管理委员会"), KT, 15)
    p = add_par(doc, [("评估单位：", HT, 15, False), ("岭南开放经济研究院", KT, 15, False)],
                indent=False, line=32)
    p.paragraph_format.left_indent = Cm(1.5)
    empty(doc, 2, line=30)
    add_par(doc, [("二〇二五年十月", KT, 16, False)], align=C, indent=False, line=30)
    page_break(doc)

    # ---------------- 目录 (still section 1)
    add_par(doc, [("目　　录", HT, 18, False)], align=C, indent=False, line=40, after=18)
    toc = [("一、评估背景与方法", "1"), ("二、试点任务总体推进情况", "2"),
           ("三、主要成效", "2"), ("四、存在的主要问题", "3"),
           ("五、下一阶段工作建议", "3")]
    for t, pg in toc:
        p = add_par(doc, [(t, FS, 15, False), ("\t", FS, 15, False), (pg, FS, 15, False)],
                    indent=False, line=36)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT,
                                                  WD_TAB_LEADER.DOTS)
    p = add_par(doc, [("　　表1　分领域试点任务推进情况", FS, 14, False), ("\t", FS, 14, False),
                      ("2", FS, 14, False)], indent=False, line=32)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)

    # ---------------- body: new section, page numbers restart at 1
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    restart_numbering(sec, 1)
    page_footer(sec, "- ", " -", 12)

    add_par(doc, [("中国（广东）自由贸易试验区南沙片区深化改革", XBS, 18, False)],
            align=C, indent=False, line=30)
    add_par(doc, [("创新试点任务清单实施情况第三方中期评估报告", XBS, 18, False)],
            align=C, indent=False, line=30, after=8)

    def body(t):
        clauses.append(t)
        add_par(doc, t, size=BS, line=LN, first=Pt(28))

    def head(t):
        p = add_par(doc, [(t, HT, BS, False)], line=LN, first=Pt(28))
        p.paragraph_format.keep_with_next = True

    def runin(h, t, hf=KT, bold=True):
        clauses.append(h + t)
        add_par(doc, [(h, hf, BS, bold), (t, FS, BS, False)], line=LN, first=Pt(28))

    head("一、评估背景与方法")
    body("2023年5月，经省人民政府同意，中国（广东）自由贸易试验区工作办公室印发《中国（广东）自由贸易试验区南沙片区深化改革创新试点任务清单（2023—2026年）》（以下简称《任务清单》），明确投资便利、贸易便利、金融开放、粤港澳规则衔接、营商环境等5个领域共86项试点任务。受南沙片区管委会委托，岭南开放经济研究院组成评估组，于2025年7月至9月对《任务清单》实施情况开展第三方中期评估。")
    runin("（一）评估范围。", "本次评估以2023年6月1日至2025年9月30日为评估期，覆盖《任务清单》全部86项试点任务，涉及片区管委会内设机构、市直部门和中央驻穗单位共31家责任单位。")
    runin("（二）评估方法。", "评估采取“资料审核+实地核查+问卷调查+专家评议”相结合的方式。评估组共审阅佐证材料1,246份，实地走访企业和机构58家，回收有效企业问卷612份，组织专题座谈会9场。")
    runin("（三）评价标准。", "按照任务完成程度，将试点任务评价为“已完成”“基本完成”“推进中”“滞后”四个等次：")
    for t in ("1．已完成：改革举措已落地实施，并形成制度文件或可复制推广的案例；",
              "2．基本完成：主要举措已落地，但配套细则或实施效果有待完善；",
              "3．推进中：已启动实施，按计划有序推进；",
              "4．滞后：未启动或进度明显慢于计划安排。"):
        body(t)

    head("二、试点任务总体推进情况")
    body("截至2025年9月30日，86项试点任务中，已完成41项，基本完成22项，推进中17项，滞后6项，完成率（含基本完成）为73.3%，总体进度符合中期预期。分领域情况见表1。")

    add_par(doc, [("表1　分领域试点任务推进情况（单位：项）", HT, 12, False)],
            align=C, indent=False, line=22, before=6)
    sub = ["已完成", "基本完成", "推进中", "滞后"]
    rows = [
        ["投资便利", "18", "10", "5", "2", "1", "83.3"],
        ["贸易便利", "20", "11", "5", "3", "1", "80.0"],
        ["金融开放", "19", "7", "4", "5", "3", "57.9"],
        ["粤港澳规则衔接", "16", "6", "4", "5", "1", "62.5"],
        ["营商环境", "13", "7", "4", "2", "0", "84.6"],
        ["合计", "86", "41", "22", "17", "6", "73.3"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-level header with merges
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "任务领域", HT, 11)
    a = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(a, "任务总数", HT, 11)
    a = t.cell(0, 2).merge(t.cell(0, 5))
    set_cell(a, "推进情况", HT, 11)
    for i, s in enumerate(sub):
        set_cell(t.cell(1, 2 + i), s, HT, 11)
    a = t.cell(0, 6).merge(t.cell(1, 6))
    set_cell(a, "完成率（%）", HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    heads = ["任务领域", "任务总数"] + ["推进情况／" + s for s in sub] + ["完成率（%）"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, HT if row[0] == "合计" else FS, 11)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    col_widths(t, [3.6, 1.9, 1.8, 2.0, 1.8, 1.6, 2.4])
    note = "注：完成率=（已完成+基本完成）÷任务总数×100%。"
    clauses.append(note)
    add_par(doc, [(note, FS, 11, False)], indent=False, line=20, before=3)

    head("三、主要成效")
    # a paragraph with a manual line break (Shift+Enter) in the middle of the text
    h1 = "（一）投资便利化改革走在前列。"
    t1a = "片区在全省率先推行商事登记“跨境通”和外商投资企业“一口受理”，港澳投资者可在港澳本地远程办理南沙企业设立登记，平均办理时间由5个工作日压缩至1个工作日。"
    t1b = "2024年以来，片区新设外商投资企业1,037家，其中港澳资企业占68.4%。"
    p = add_par(doc, [(h1, KT, BS, True), (t1a, FS, BS, False)], line=LN, first=Pt(28))
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(t1b), FS, BS)
    clauses.append(h1 + t1a + t1b)
    runin("（二）贸易便利化水平持续提升。", "南沙港区全面推广“船边直提”“抵港直装”模式，进口、出口整体通关时间分别压缩至28.6小时和1.1小时；建成粤港澳大湾区跨境贸易大数据平台，实现与香港、澳门及共建“一带一路”国家12个港口的物流信息互联。")
    runin("（三）粤港澳规则衔接取得突破。", "出台港澳工程建设领域专业机构和专业人士执业备案管理办法，累计为港澳专业人士办理执业备案412人次；设立南沙国际仲裁中心港澳庭审平台，2025年1—9月受理涉港澳商事案件236件。")

    head("四、存在的主要问题")
    runin("（一）金融开放类任务推进相对滞后。", "金融开放领域19项任务中，推进中和滞后的共8项，占该领域任务总数的42.1%，主要原因是跨境资金流动管理、金融牌照审批等事权在国家层面，片区自主改革空间有限。")
    runin("（二）部分改革举措系统集成不足。", "评估发现，有14项已完成任务仍停留在“单点突破”，部门之间数据共享、业务协同不够，企业需在多个系统重复填报。")
    runin("（三）企业获得感有待增强。", "问卷调查显示，仅有58.7%的受访企业表示“了解”或“比较了解”片区出台的改革举措，其中中小微企业的知晓率为49.2%，明显低于大型企业(76.5%)。")

    head("五、下一阶段工作建议")
    runin("（一）分类推进剩余任务。", "对17项推进中任务，逐项明确完成时限和阶段目标，实行月调度；对6项滞后任务，由片区管委会主要负责同志牵头会商，2025年12月底前提出调整或加快推进的意见。")
    runin("（二）加强向上争取。", "建议重点围绕以下事项争取国家部委支持：")
    for t_ in ("（1）争取扩大合格境外有限合伙人（QFLP）外汇管理便利化试点范围；",
               "（2）争取在片区开展跨境理财和资产管理中心建设试点；",
               "（3）争取将港澳专业人士执业备案范围拓展至医疗、法律服务领域。"):
        body(t_)
    runin("（三）强化评估结果运用。", "建议将本次评估结果纳入各责任单位年度绩效考核，对形成的典型案例及时总结提炼，争取在全省乃至全国复制推广。")

    empty(doc, 1, line=LN)
    # 落款 typed with spaces
    add_par(doc, " " * 44 + "岭南开放经济研究院", size=BS, indent=False, line=LN)
    add_par(doc, " " * 46 + "2025年10月28日", size=BS, indent=False, line=LN)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广东）自由贸易试验区南沙片区深化改革创新试点任务清单实施情况第三方中期评估报告",
            "doc_number": None,
            "issuer": ["岭南开放经济研究院"],
            "date": "2025-10-28",
            "published": None,
            "level": "other",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ============================================================ DOC B: 四川 上行文报告 + 附件评估报告
def doc_sichuan():
    stem = "blind882_sichuan_baosong"
    doc = Document()
    s = base_setup(doc, 16)
    page_footer(s)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False, line=28)
    add_par(doc, [("四川省商务厅文件", XBS, 40, False, RED)],
            align=C, indent=False, line=56, before=12, after=18)
    p = add_par(doc, [("川商自贸〔2026〕5号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("刘　明", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.right_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(14.8), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1, line=20)
    for line_ in ("四川省商务厅关于报送中国（四川）",
                  "自由贸易试验区深化改革试点任务清单",
                  "中期第三方评估情况的报告"):
        add_par(doc, [(line_, XBS, 22, False)], align=C, indent=False, line=32)
    add_par(doc, "省人民政府：", indent=False, before=10)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)])
        p.paragraph_format.keep_with_next = True

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("按照《四川省人民政府关于印发〈中国（四川）自由贸易试验区深化改革试点任务清单（2024—2026年）〉的通知》（川府发〔2024〕18号）要求，我厅（省自贸办）委托成渝开放发展研究院对试点任务清单实施情况开展了第三方中期评估，现将有关情况报告如下。")
    head("一、评估总体情况")
    body("本次评估对象为清单所列6个方面95项试点任务，评估期为2024年7月至2025年11月。评估结果显示，已完成或基本完成试点任务68项，占71.6%；推进中21项，占22.1%；滞后6项，占6.3%。")
    head("二、主要成效")
    runin("（一）内陆开放通道能级提升。", "依托中欧班列（成渝）和西部陆海新通道，推行铁路运输“一单制”和多式联运“一箱到底”，2025年1—11月中欧班列（成渝）开行5,312列，西部陆海新通道班列开行3,086列，分别增长6.8%和21.4%。")
    runin("（二）制度创新成果持续涌现。", "评估期内形成制度创新成果57项，其中“铁路运单物权化”等6项经验在全国复制推广；自贸试验区新设企业6.9万户。")
    head("三、存在问题和下步打算")
    runin("（一）存在问题。", "一是金融领域开放创新任务推进偏慢，17项任务中仍有7项处于推进中或滞后状态；二是部分任务牵头单位与配合单位职责不清，协同推进机制有待健全。")
    runin("（二）下步打算。", "我厅将会同各片区和省直有关部门逐项建立整改台账，2026年6月底前完成滞后任务整改，并加强与商务部等部委的汇报衔接。")
    add_par(doc, "特此报告。")
    # 附件 line, second line aligned with full-width spaces
    p = add_par(doc, [("附件：中国（四川）自由贸易试验区深化改革试点任务清", FS, 16, False)])
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000\u3000\u3000\u3000单中期第三方评估报告"), FS, 16)
    empty(doc, 1)
    p = add_par(doc, "四川省商务厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(80)
    p = add_par(doc, "2026年1月15日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（联系人：王晓雯；联系电话：028-83225716）")

    # -------------- 附件: cover page + body
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("中国（四川）自由贸易试验区深化改革", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("试点任务清单中期第三方评估报告", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("成渝开放发展研究院", KT, 16, False)], align=C, indent=False, line=28, before=6)
    add_par(doc, [("（2025年12月）", KT, 16, False)], align=C, indent=False, line=28, after=6)

    head("一、评估方法")
    body("评估组按照“任务台账核查—责任单位自评—实地调研—专家会审”的流程，对95项试点任务逐项评估。评估组调阅佐证材料2,318份，赴3个片区和协同改革先行区实地调研21次，访谈企业103家，组织专家会审4次。")
    head("二、分领域评估结果")
    add_par(doc, [("表1　试点任务分领域评估结果（单位：项）", HT, 14, False)], align=C,
            indent=False, line=24)
    hdr = ["序号", "任务领域", "任务数", "已完成或基本完成", "推进中", "滞后"]
    rows = [
        ["1", "投资管理制度改革", "16", "12", "3", "1"],
        ["2", "贸易便利化", "18", "14", "3", "1"],
        ["3", "金融领域开放创新", "17", "10", "5", "2"],
        ["4", "内陆开放通道建设", "15", "12", "3", "0"],
        ["5", "协同开放与区域合作", "14", "10", "3", "1"],
        ["6", "政府职能转变", "15", "10", "4", "1"],
        ["", "合计", "95", "68", "21", "6"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
    # 合计 row: 序号 and 任务领域 cells merged
    m = t.cell(len(rows), 0).merge(t.cell(len(rows), 1))
    set_cell(m, "合计", HT, 12)
    for row in rows:
        if row[1] == "合计":
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr[1:], row[1:])))
        else:
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    col_widths(t, [1.3, 5.2, 1.8, 3.6, 1.8, 1.8])

    head("三、重点任务评估情况")
    body("评估组选取12项社会关注度高、改革难度大的重点任务进行了深度评估，现将其中6项任务的评估情况列示如下：")
    add_par(doc, [("表2　部分重点试点任务评估情况", HT, 14, False)], align=C, indent=False, line=24)
    hdr2 = ["序号", "试点任务", "牵头单位", "评估等次", "评估意见"]
    rows2 = [
        ["1", "开展本外币合一银行结算账户体系试点", "人民银行四川省分行", "推进中", "已在天府新区片区选取3家银行开展试点，需扩大覆盖面"],
        ["2", "探索中欧班列运费分段结算估价管理", "成都海关", "已完成", "形成操作指引，已在青白江铁路港片区全面实施"],
        ["3", "推进跨境贸易投资高水平开放试点", "国家外汇管理局四川省分局", "滞后", "需国家层面批复，建议加强向上争取"],
        ["4", "建设川南临港片区进口肉类指定监管场地", "泸州市人民政府", "滞后", "场地建设已完工，验收工作尚未启动"],
        ["5", "推行国际航行船舶保税加油", "宜宾市人民政府", "滞后", "受航道条件和市场主体限制，进展缓慢"],
        ["6", "建立川渝自贸试验区协同开放示范区联动机制", "省商务厅", "基本完成", "已签署合作协议，配套政策仍需细化"],
    ]
    split = 4

    def tbl2(part, header_first=True):
        tt = doc.add_table(rows=1 + len(part), cols=len(hdr2))
        tt.style = "Table Grid"
        tt.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(hdr2):
            set_cell(tt.rows[0].cells[i], h, HT, 11)
        for ri, row in enumerate(part, 1):
            for ci, v in enumerate(row):
                set_cell(tt.rows[ri].cells[ci], v, FS, 11,
                         align=L if ci in (1, 4) else C)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr2, row)))
        col_widths(tt, [1.2, 4.7, 3.5, 2.0, 4.2])
        return tt

    tbl2(rows2[:split])
    add_par(doc, [("续表2", KT, 12, False)], indent=False, line=22, before=6)
    tbl2(rows2[split:])
    note = "注：表中“牵头单位”为试点任务清单确定的牵头单位。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=3)
    head("四、评估结论")
    body("总体看，中国（四川）自由贸易试验区试点任务推进有力有序，中期目标基本实现。建议下一阶段聚焦金融开放和通道建设等重点领域，强化系统集成和协同联动，确保2026年底前全面完成试点任务。")
    banji(doc, "抄送：商务部自由贸易试验区港建设协调司。", "四川省商务厅办公室", "2026年1月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省商务厅关于报送中国（四川）自由贸易试验区深化改革试点任务清单中期第三方评估情况的报告",
            "doc_number": "川商自贸〔2026〕5号",
            "issuer": ["四川省商务厅"],
            "date": "2026-01-15",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": ["中国（四川）自由贸易试验区深化改革试点任务清单中期第三方评估报告"],
            "doc_type": "报告",
            "recipients": ["省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ============================================================ DOC C: 厦门 整改清单通知
def doc_xiamen():
    stem = "blind882_xiamen_zhenggai"
    doc = Document()
    s = base_setup(doc, 16)
    page_footer(s)
    clauses = []
    n_item = make_numbering(doc, "%1、")

    # 版头: borderless layout table, organ name on two lines + "文件"
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.rows[0].cells
    c0.text = ""
    p = c0.paragraphs[0]
    font(p.add_run("中国（福建）自由贸易试验区"), XBS, 24, color=RED)
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p2 = c0.add_paragraph()
    font(p2.add_run("厦门片区管理委员会"), XBS, 24, color=RED)
    p2.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    set_cell(c1, "", XBS, 40)
    font(c1.paragraphs[0].add_run("文件"), XBS, 40, color=RED)
    c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    col_widths(t, [12.2, 3.4])
    empty(doc, 1)
    p = add_par(doc, "厦自贸委〔2025〕62号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    for line_ in ("中国（福建）自由贸易试验区厦门片区",
                  "管理委员会关于印发改革试点任务中期",
                  "评估问题整改清单的通知"):
        add_par(doc, [(line_, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "片区各局（办）、各直属单位，海沧区人民政府、湖里区人民政府：", indent=False)

    IND = "\u3000\u3000"

    def body(t_):
        clauses.append(t_)
        add_par(doc, IND + t_, indent=False)

    body("2025年7月至9月，片区管委会委托闽台经贸研究中心作为第三方评估机构，对《中国（福建）自由贸易试验区厦门片区改革试点任务清单（2024—2026年）》实施情况开展了中期评估，评估共发现问题8个。为抓好问题整改，现将《改革试点任务中期评估问题整改清单》印发给你们，并提出如下要求，请认真抓好落实。")

    # items with Word automatic numbering 一、二、…; bold run-in heading in 黑体
    def item(h, t_, n):
        clauses.append("%s、%s%s" % (CN[n - 1], h, t_))
        p = add_par(doc, [(h, HT, 16, False), (t_, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    item("压实整改责任。", "各牵头单位主要负责同志是整改第一责任人，要对照清单逐项制定整改措施，明确时间表、路线图，于2025年12月10日前将整改方案报片区管委会改革创新局。", 1)
    item("建立销号机制。", "整改任务实行“月调度、季通报、清单式销号”管理。整改完成后，由牵头单位提出销号申请，经改革创新局会同第三方评估机构核验后予以销号。", 2)
    item("强化结果运用。", "整改落实情况纳入片区年度绩效考评，对整改不力、敷衍整改的单位予以通报，并在2026年下半年开展“回头看”。", 3)
    item("其他。", "本清单自2025年12月1日起实施，有效期至2026年12月31日。", 4)
    empty(doc, 1)
    add_par(doc, IND + "附件：改革试点任务中期评估问题整改清单", indent=False)
    empty(doc, 2)
    # 落款 with right tab alignment
    p = add_par(doc, [("\t", FS, 16, False), ("中国（福建）自由贸易试验区", FS, 16, False)],
                indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(14.6), WD_TAB_ALIGNMENT.RIGHT)
    p = add_par(doc, [("\t", FS, 16, False), ("厦门片区管理委员会", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(13.4), WD_TAB_ALIGNMENT.RIGHT)
    p = add_par(doc, [("\t", FS, 16, False), ("二〇二五年十一月二十日", FS, 16, False)],
                indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(14.0), WD_TAB_ALIGNMENT.RIGHT)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # -------------- 附件 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.2)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.8)
    sec.footer_distance = Cm(1.2)
    add_par(doc, [("附件", HT, 16, False)], indent=False, line=24)
    add_par(doc, [("改革试点任务中期评估问题整改清单", XBS, 22, False)], align=C,
            indent=False, line=32, after=6)
    hdr = ["序号", "问题类别", "评估发现问题", "整改措施", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "任务推进", "“跨境数据流动安全评估便利化”等2项任务进度滞后", "逐项分析滞后原因，报请省商务厅协调国家有关部委给予支持", "改革创新局", "数字经济局", "2026年3月"],
        ["2", "任务推进", "“保税维修目录外产品试点”配套监管办法未出台", "会同厦门海关制定监管办法并组织首批企业开展业务", "经济发展局", "厦门海关", "2026年1月"],
        ["3", "任务推进", "部分任务佐证材料不完整，台账更新不及时", "完善任务台账，实行季度更新、专人负责", "改革创新局", "各责任单位", "长期坚持"],
        ["4", "系统集成", "国际贸易“单一窗口”与片区政务服务平台数据未完全打通", "推进平台接口改造，实现企业信息“一次填报、多方共享”", "数字经济局", "厦门海关、行政审批局", "2026年6月"],
        ["5", "系统集成", "航运物流领域改革举措分散，未形成集成效应", "编制航运物流改革集成方案，推动“海丝”港航数据互联", "港口管理局", "经济发展局", "2026年6月"],
        ["6", "企业获得感", "政策知晓度偏低，中小企业申报便利度不高", "编印改革政策“明白纸”，推行惠企政策“免申即享”", "企业服务局", "各片区服务中心", "2025年12月"],
        ["7", "企业获得感", "对台服务举措知名度不高，台资企业利用率低", "开展两岸融合发展政策宣讲进台企活动", "对台事务办", "企业服务局", "2026年3月"],
        ["8", "成果总结", "制度创新案例提炼不足，全国复制推广数量偏少", "建立创新案例培育库，每季度遴选上报一批案例", "改革创新局", "各责任单位", "长期坚持"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.cell(ri, ci), v, FS, 11, align=L if ci in (2, 3) else C, line=15)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    # vertically merge 问题类别 runs
    r0 = 1
    while r0 <= len(rows):
        r1 = r0
        while r1 + 1 <= len(rows) and rows[r1][1] == rows[r0 - 1][1]:
            r1 += 1
        cell = t.cell(r0, 1) if r1 == r0 else t.cell(r0, 1).merge(t.cell(r1, 1))
        set_cell(cell, rows[r0 - 1][1], FS, 11)
        r0 = r1 + 1
    col_widths(t, [1.3, 2.6, 5.9, 5.7, 2.4, 3.1, 2.9])
    note = "注：完成时限为“长期坚持”的，牵头单位每半年报送一次整改进展情况。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4, after=16)
    banji(doc, "抄送：省商务厅（省自贸办），市委办公厅，市政府办公厅。",
          "厦门片区管委会办公室", "2025年11月21日印发")
    # widen the 版记 tab for landscape
    last = doc.paragraphs[-1]
    last.paragraph_format.tab_stops.add_tab_stop(Cm(23.0), WD_TAB_ALIGNMENT.RIGHT)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（福建）自由贸易试验区厦门片区管理委员会关于印发改革试点任务中期评估问题整改清单的通知",
            "doc_number": "厦自贸委〔2025〕62号",
            "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
            "date": "2025-11-20",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2025-12-01",
            "expires": "2026-12-31",
            "attachments": ["改革试点任务中期评估问题整改清单"],
            "doc_type": "通知",
            "recipients": ["片区各局（办）", "各直属单位", "海沧区人民政府", "湖里区人民政府"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_nansha(), doc_sichuan(), doc_xiamen()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
