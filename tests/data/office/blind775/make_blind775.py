# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 775: 调研通知（自贸试验区／“一带一路”专题调研，附调研提纲和日程安排表）.

Writes Word + PDF + expected.json into this script's directory.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ALIGN_VERTICAL, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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
IND = "\u3000\u3000"  # two full-width spaces typed instead of first-line indent

expected = {}


# ---------------------------------------------------------------- helpers
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
    return p


def add_par(doc, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # page number footer "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def set_widths(t, widths):
    """Column widths LibreOffice respects: tblGrid + every tcW, fixed layout."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def grid_table(doc, cols, rows, clauses, merge_cols=(), widths=None, row_height=None,
               left_cols=(), repeat=True, cell_line=20):
    """cols: list of (top, sub) -- sub None for a one-level column.

    Adds one clause per body row: 'header：value；…' (two-level headers joined with ／).
    merge_cols: body columns whose equal consecutive values are merged vertically.
    """
    two = any(s for _, s in cols)
    nh = 2 if two else 1
    t = doc.add_table(rows=nh + len(rows), cols=len(cols))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    names = [top + "／" + sub if sub else top for top, sub in cols]
    if widths:
        set_widths(t, widths)
    if two:
        i = 0
        while i < len(cols):
            top, sub = cols[i]
            if sub is None:
                c = t.cell(0, i).merge(t.cell(1, i))
                set_cell(c, top, HT, 12)
                i += 1
                continue
            j = i
            while j + 1 < len(cols) and cols[j + 1][0] == top and cols[j + 1][1]:
                j += 1
            c = t.cell(0, i).merge(t.cell(0, j)) if j > i else t.cell(0, i)
            set_cell(c, top, HT, 12)
            for k in range(i, j + 1):
                set_cell(t.cell(1, k), cols[k][1], HT, 12)
            i = j + 1
    else:
        for i, (top, _) in enumerate(cols):
            set_cell(t.cell(0, i), top, HT, 12)
    if repeat:
        for k in range(nh):
            repeat_header(t.rows[k])
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            set_cell(t.cell(nh + ri, ci), v, FS, 12, align=L if ci in left_cols else C, line=cell_line)
        # 表格属性：不允许跨页断行
        t.rows[nh + ri]._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
        if row_height:
            t.rows[nh + ri].height = Cm(row_height)
            t.rows[nh + ri].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(names, row)))
    for c in merge_cols:
        r = 0
        while r < len(rows):
            s = r
            while s + 1 < len(rows) and rows[s + 1][c] == rows[r][c]:
                s += 1
            if s > r:
                m = t.cell(nh + r, c).merge(t.cell(nh + s, c))
                set_cell(m, rows[r][c], FS, 12, align=L if c in left_cols else C, line=cell_line)
            r = s + 1
    return t


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_775", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(title, num, issuer, date, region, attachments, recipients, publicity=None):
    return {
        "title": title,
        "doc_number": num,
        "issuer": issuer,
        "date": date,
        "published": None,
        "level": "provincial",
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": attachments,
        "doc_type": "通知",
        "recipients": recipients,
        "publicity": publicity,
        "repeals": None,
    }


# =================================================================== DOC A
def doc_zhejiang():
    """浙江省商务厅文件 — 自贸试验区提升战略专题调研通知（红头“文件”式）."""
    stem = "blind775_zj_ftz_diaoyan"
    doc = Document()
    setup(doc)
    clauses = []
    LA = 24  # attachments typed a little tighter than the body

    def body(t, line=28):
        clauses.append(t)
        add_par(doc, t, line=line)

    def head(t, line=28):
        add_par(doc, [(t, HT, 16, False)], line=line)

    def runin(h, t, hfont=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    p = add_par(doc, [("浙江省商务厅文件", XBS, 38, False, RED)], align=C, indent=False, line=60)
    empty(doc, 1)
    add_par(doc, "浙商务函〔2026〕45号", align=C, indent=False)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 18, 1)
    empty(doc, 1)
    for ln in ["浙江省商务厅关于开展中国（浙江）", "自由贸易试验区提升战略实施情况", "专题调研的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，中国（浙江）自由贸易试验区各片区管委会：", indent=False)

    body("为深入贯彻党中央、国务院关于实施自由贸易试验区提升战略的决策部署，全面掌握中国（浙江）自由贸易试验区各片区制度创新、产业发展和风险防控情况，经厅领导同意，我厅决定于2026年4月开展专题调研，形成调研报告报省政府。现将有关事项通知如下：")
    head("一、调研时间和范围")
    runin("（一）调研时间。", "2026年4月13日至16日，共4天。")
    runin("（二）调研范围。", "舟山、宁波、杭州、金义4个片区及部分联动创新区，具体日程见附件2。")
    runin("二、调研方式。", "采取实地察看、座谈交流和个别访谈相结合的方式，每个片区召开1场座谈会，请当地商务、海关、税务等部门和5—8家重点企业代表参加。", HT)
    head("三、有关要求")
    runin("（一）认真准备汇报材料。", "各片区管委会要对照调研提纲（见附件1）形成书面汇报材料（5000字以内），于4月8日前报送我厅自贸区处。")
    runin("（二）严格落实中央八项规定精神。", "调研期间轻车简从，不安排迎送，不安排宴请，不层层陪同。")
    body("联系人：省商务厅自贸区处  陈晓东，电话:0571-87051236，邮箱：zmqc@zcom.zj.gov.cn。")
    empty(doc, 1)
    add_par(doc, "附件：1．中国（浙江）自由贸易试验区提升战略实施情况专题调研提纲")
    add_par(doc, "\u3000" * 5 + "2．自贸试验区提升战略实施情况专题调研日程安排表", indent=False)
    empty(doc, 1)
    for t in ["浙江省商务厅", "2026年3月20日"]:
        p = add_par(doc, t, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(64) if t.startswith("浙") else Pt(48)
        p.paragraph_format.keep_with_next = True
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件1 (page_break_before on the 附件1 line)
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("中国（浙江）自由贸易试验区提升战略", XBS, 22, False)], align=C, indent=False, line=34, before=12)
    add_par(doc, [("实施情况专题调研提纲", XBS, 22, False)], align=C, indent=False, line=34, after=12)
    head("一、总体情况", LA)
    body("1．提升战略实施以来，片区出台了哪些政策举措？2025年进出口额、实际使用外资、新增企业数等主要指标完成情况如何？", LA)
    body("2．承接省级下放管理权限情况如何？哪些事项存在“放而不活”的问题？", LA)
    head("二、制度创新", LA)
    body("3．累计形成多少项制度创新成果？在全国、全省复制推广的有哪些？请列举3—5个典型案例。", LA)
    body("4．对标CPTPP、DEPA等高标准经贸规则开展了哪些压力测试？遇到哪些制约？", LA)
    head("三、产业发展", LA)
    body("5．油气全产业链（舟山）、新型国际贸易（宁波）、数字贸易（杭州）、小商品数字自由贸易（金义）等特色产业发展情况如何？", LA)
    body("6．在用地、用能、资金、人才等要素保障方面存在哪些困难？", LA)
    head("四、风险防控和意见建议", LA)
    body("7．在跨境资金流动、数据安全等方面建立了哪些风险防控机制？对完善省级层面支持政策有何建议？", LA)

    # ---------------- 附件2
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("自贸试验区提升战略实施情况", XBS, 22, False)], align=C, indent=False, line=34, before=6)
    add_par(doc, [("专题调研日程安排表", XBS, 22, False)], align=C, indent=False, line=34, after=12)
    grid_table(doc,
               [("调研时间", "日期"), ("调研时间", "时段"), ("调研地点", None),
                ("调研内容", None), ("参加人员", None)],
               [
                   ["4月13日（星期一）", "上午", "舟山片区", "察看国际石油储运基地、浙江国际油气交易中心", "舟山片区管委会"],
                   ["4月13日（星期一）", "下午", "舟山片区", "召开座谈会", "舟山市商务局、片区管委会及企业代表"],
                   ["4月14日（星期二）", "上午", "宁波片区", "察看梅山综合保税区、宁波舟山港穿山港区", "宁波片区管委会"],
                   ["4月14日（星期二）", "下午", "宁波片区", "召开座谈会", "宁波市商务局、片区管委会及企业代表"],
                   ["4月15日（星期三）", "全天", "杭州片区", "察看数字贸易重点企业，召开座谈会", "杭州市商务局、片区管委会及企业代表"],
                   ["4月16日（星期四）", "上午", "金义片区", "察看义乌国际陆港、中国小商品城", "金华市商务局、金义片区管委会"],
                   ["4月16日（星期四）", "下午", "金义片区", "召开座谈会，调研组内部交流", "金义片区管委会及企业代表"],
               ], clauses, merge_cols=(0, 2), widths=[3.2, 1.4, 2.2, 5.0, 3.8], left_cols=(3, 4),
               cell_line=16)
    note = "注：调研组由省商务厅、省发展改革委、杭州海关、宁波海关、国家外汇管理局浙江省分局有关同志组成；具体日程如有调整，另行通知。"
    add_par(doc, [(note, FS, 14, False)], indent=False, line=22, before=6)
    clauses.append(note)

    banji(doc, "抄送：省发展改革委，杭州海关，宁波海关，国家外汇管理局浙江省分局。",
          "浙江省商务厅办公室", "2026年3月20日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta("浙江省商务厅关于开展中国（浙江）自由贸易试验区提升战略实施情况专题调研的通知",
                     "浙商务函〔2026〕45号", ["浙江省商务厅"], "2026-03-20", "浙江省",
                     ["中国（浙江）自由贸易试验区提升战略实施情况专题调研提纲",
                      "自贸试验区提升战略实施情况专题调研日程安排表"],
                     ["各设区市商务局", "中国（浙江）自由贸易试验区各片区管委会"],
                     "此件主动公开"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_shandong():
    """山东省人民政府研究室 信函格式 — 深度融入高质量共建“一带一路”专题调研通知."""
    stem = "blind775_sd_ydyl_diaoyan"
    doc = Document()
    setup(doc)
    clauses = []
    LA = 26

    def body(t, line=28):
        clauses.append(t)
        add_par(doc, t, line=line)

    def head(t, line=28):
        add_par(doc, [(t, HT, 16, False)], line=line)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    # 信函格式版头: organ name + double red rule, then 特急 <tab> 文号
    p = add_par(doc, [("山东省人民政府研究室", XBS, 30, False, RED)], align=C, indent=False, line=48)
    border(p, "bottom", "FF0000", 24, 4, val="thickThinSmallGap")
    p = add_par(doc, [("特急", HT, 16, False), ("\t", FS, 16, False), ("鲁政研函〔2026〕6号", FS, 16, False)],
                indent=False, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    empty(doc, 1)
    # title: one paragraph, soft line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("山东省人民政府研究室关于开展深度融入"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("高质量共建“一带一路”专题调研的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各有关市人民政府办公室，省发展改革委，省商务厅，省交通运输厅，省外办，济南海关，青岛海关：", indent=False)

    body("为深入贯彻落实习近平总书记关于高质量共建“一带一路”的重要论述，全面掌握我省深化与共建国家经贸合作的进展成效和存在问题，经省政府领导同意，省政府研究室将组织开展专题调研。现将有关事项通知如下：")
    head("一、调研重点")
    runin("（一）互联互通情况。", "重点了解中欧班列（齐鲁号）开行质量和陆海联运通道建设情况。")
    runin("（二）经贸合作情况。", "重点了解对共建国家贸易投资和中国—上海合作组织地方经贸合作示范区建设成效。")
    head("二、调研安排")
    runin("（一）时间地点。", "2026年4月20日至24日，赴青岛、日照、临沂、烟台4市开展实地调研，具体日程见附件2。")
    runin("（二）调研方式。", "采取以下方式进行：")
    body("1．座谈交流。每市召开1场座谈会，与10家左右外贸、物流、对外投资企业代表座谈。")
    body("2．问卷调查。面向对共建国家有进出口实绩的企业开展问卷调查，具体为：")
    # (1) and (2) typed in one Word paragraph with Shift+Enter, second one with half-width brackets
    t1 = "（1）问卷由各市商务部门组织企业在线填报，每市不少于50份；"
    t2 = "(2)填报时间为4月13日至4月19日，问卷链接另行发送。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p)
    clauses.extend([t1, t2])
    head("三、工作要求")
    runin("（一）提前准备材料。", "请各有关市对照调研提纲（附件1）准备书面汇报材料，于4月16日前发送至邮箱sdyjs_dy@shandong.gov.cn。")
    runin("（二）加强沟通衔接。", "各有关市要确定1名联络员。联系人：省政府研究室综合调研处\u3000孙明，电话:0531-51779856。")
    empty(doc, 1)
    add_par(doc, "附件：1．专题调研提纲")
    add_par(doc, "\u3000" * 5 + "2．调研日程安排表", indent=False)
    empty(doc, 1)
    # 落款 aligned with left tab stops
    p = add_par(doc, [("\t山东省人民政府研究室", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.6), WD_TAB_ALIGNMENT.LEFT)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, [("\t二〇二六年四月二日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.2), WD_TAB_ALIGNMENT.LEFT)

    # ---------------- 附件1 (explicit page-break paragraph)
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("专题调研提纲", XBS, 22, False)], align=C, indent=False, line=34, before=6, after=6)
    head("一、关于通道建设", LA)
    body("1．2025年本市中欧班列（齐鲁号）开行量、回程比例、货值分别是多少？“一单制”改革还存在哪些堵点？", LA)
    head("二、关于贸易投资", LA)
    q2 = "2．2025年本市对共建“一带一路”国家进出口额及占比是多少？"
    q3 = "3．本市企业在共建国家开展投资合作，在融资、保险、用工、合规等方面遇到哪些困难？"
    p = doc.add_paragraph()
    font(p.add_run(q2), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + q3), FS, 16)
    fmt(p, line=LA)
    clauses.extend([q2, q3])
    head("三、关于开放平台和意见建议", LA)
    body("4．（青岛市重点回答）上合示范区建设取得了哪些标志性成果？", LA)
    body("5．对省级层面完善支持政策、健全风险防控体系有何建议？", LA)

    # ---------------- 附件2 typed straight after 附件1 (no page break), table split by hand with 续表
    empty(doc, 1, LA)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("调研日程安排表", XBS, 22, False)], align=C, indent=False, line=34, before=6, after=6)
    cols = [("序号", None), ("时间", None), ("城市", None), ("调研内容", None), ("对接单位", None)]
    w = [1.3, 3.4, 1.8, 5.4, 3.7]
    rows = [
        ["1", "4月20日（周一）上午", "青岛市", "实地察看上合示范区多式联运中心", "上合示范区管委会"],
        ["2", "4月20日（周一）下午", "青岛市", "召开座谈会", "青岛市政府及有关部门、企业代表"],
        ["3", "4月21日（周二）上午", "青岛市", "实地察看青岛港前湾港区海铁联运场站", "山东港口青岛港集团"],
        ["4", "4月21日（周二）下午", "日照市", "实地察看日照港岚山港区、日照国际陆港", "日照市政府及有关部门"],
        ["5", "4月22日（周三）上午", "日照市", "召开座谈会", "日照市政府及有关部门、企业代表"],
        ["6", "4月22日（周三）下午", "临沂市", "实地察看临沂商城国际陆港", "临沂市政府及有关部门"],
        ["7", "4月23日（周四）上午", "临沂市", "召开座谈会", "临沂市政府及有关部门、企业代表"],
        ["8", "4月23日（周四）下午", "烟台市", "实地察看烟台综合保税区、中韩（烟台）产业园", "烟台市政府及有关部门"],
        ["9", "4月24日（周五）上午", "烟台市", "召开座谈会", "烟台市政府及有关部门、企业代表"],
        ["10", "4月24日（周五）下午", "济南市", "返回济南，调研组内部交流", "调研组成员"],
    ]
    split = SPLIT_B
    grid_table(doc, cols, rows[:split], clauses, widths=w, left_cols=(3, 4), cell_line=18)
    # clerk splits the table by hand: 续表 on the next page, header typed again
    p = add_par(doc, [("续表", HT, 14, False)], indent=False, line=24)
    p.paragraph_format.page_break_before = True
    grid_table(doc, cols, rows[split:], clauses, widths=w, left_cols=(3, 4), cell_line=18)
    note = "注：1．调研期间如遇天气等原因需调整行程，由省政府研究室另行通知。2．各市座谈会时间控制在2小时以内。"
    add_par(doc, [(note, FS, 14, False)], indent=False, line=24, before=6)
    clauses.append(note)

    banji(doc, "抄送：省委政策研究室，省政府办公厅。", "山东省人民政府研究室秘书处", "2026年4月2日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta("山东省人民政府研究室关于开展深度融入高质量共建“一带一路”专题调研的通知",
                     "鲁政研函〔2026〕6号", ["山东省人民政府研究室"], "2026-04-02", "山东省",
                     ["专题调研提纲", "调研日程安排表"],
                     ["各有关市人民政府办公室", "省发展改革委", "省商务厅", "省交通运输厅",
                      "省外办", "济南海关", "青岛海关"]),
        "clauses": clauses,
    }]
    return path


SPLIT_B = 2


# =================================================================== DOC C
def doc_yunnan():
    """Two documents in one file: 联合调研通知（云南省商务厅＋省政府研究室）and 商务厅补充通知."""
    stem = "blind775_yn_ftz_lianhe"
    doc = Document()
    setup(doc)
    docs = []
    LA = 26

    # ------------------------------------------------ C1 joint notice
    clauses = []

    def body(t, line=28):
        clauses.append(t)
        add_par(doc, IND + t, indent=False, line=line)

    def head(t, line=28):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False, line=line)

    def runin(h, t, hfont=HT):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hfont, 16, False), (t, FS, 16, False)], indent=False)

    # joint 版头 typed in a borderless layout table: two organ names | 文件
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [11.8, 3.6])
    lc, rc = t.rows[0].cells
    set_cell(lc, "云南省商务厅", XBS, 30, color=RED, line=44, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    p2 = lc.add_paragraph()
    font(p2.add_run("云南省人民政府研究室"), XBS, 30, color=RED)
    p2.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p2.paragraph_format.line_spacing = Pt(44)
    set_cell(rc, "文件", XBS, 36, color=RED, line=44)
    empty(doc, 1)
    add_par(doc, "云商发〔2026〕23号", align=C, indent=False)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 18, 1)
    empty(doc, 1)
    for ln in ["关于联合开展中国（云南）自由贸易试验区", "提升发展和面向南亚东南亚辐射中心", "建设专题调研的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "昆明市人民政府，红河哈尼族彝族自治州人民政府，德宏傣族景颇族自治州人民政府，中国（云南）自由贸易试验区各片区管委会，省直有关部门：", indent=False)

    body("为贯彻落实自由贸易试验区提升战略和高质量共建“一带一路”决策部署，省商务厅、省人民政府研究室决定联合开展专题调研，深入了解中国（云南）自由贸易试验区昆明、红河、德宏3个片区提升发展情况。现将有关事项通知如下：")
    runin("一、调研时间。", "2026年5月11日至15日。")
    runin("二、调研地点。", "昆明片区、红河片区（河口）、德宏片区（瑞丽）。")
    head("三、调研内容")
    runin("（一）制度创新。", "制度创新成果复制推广和对接RCEP等国际经贸规则情况。", KT)
    runin("（二）沿边开放。", "中老铁路带动跨境物流、跨境产业合作和边境经济合作区建设情况。", KT)
    runin("（三）困难问题。", "片区需要省级层面协调解决的事项。", KT)
    head("四、有关要求")
    body("（一）各片区管委会要对照调研提纲（见附件1），于5月6日前将书面汇报材料报送省商务厅自贸区发展处。")
    body("（二）调研期间严格执行中央八项规定及其实施细则精神，不搞迎送陪同。")
    body("联系人：省商务厅自贸区发展处 杨丽，0871-63136502；省人民政府研究室 李文斌，0871-63899217。")
    add_par(doc, IND + "附件：1．中国（云南）自由贸易试验区提升发展专题调研提纲", indent=False)
    add_par(doc, "\u3000" * 5 + "2．联合专题调研日程安排表", indent=False)
    empty(doc, 1)
    # 落款: two organs on one line, spaced by hand; date under, right-ish
    p = add_par(doc, "\u3000\u3000\u3000云南省商务厅\u3000\u3000\u3000\u3000云南省人民政府研究室", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, "\u3000" * 17 + "2026年4月24日", indent=False)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    # 附件1
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("中国（云南）自由贸易试验区提升发展", XBS, 22, False)], align=C, indent=False, line=34, before=6)
    add_par(doc, [("专题调研提纲", XBS, 22, False)], align=C, indent=False, line=34, after=6)
    for title, qs in [
        ("题目一\u3000制度创新与规则对接", [
            "1．片区挂牌以来累计形成多少项制度创新成果？入选国家级、省级最佳实践案例的有哪些？",
            "2．在对接RCEP原产地规则、跨境服务贸易规则方面开展了哪些探索？",
        ]),
        ("题目二\u3000沿边开放与“一带一路”通道建设", [
            "1．中老铁路开通以来，片区跨境货运量、进出口额增长情况如何？“中老铁路+中欧班列”开行情况如何？",
            "2．河口、瑞丽口岸在通关便利化和边民互市贸易落地加工方面有哪些创新做法？",
        ]),
        ("题目三\u3000产业发展与要素保障", [
            "1．2025年片区实际使用外资和进出口完成情况如何？在土地、资金、人才等方面存在哪些制约？",
        ]),
        ("题目四\u3000意见建议", [
            "1．对加快建设面向南亚东南亚辐射中心有何意见建议？",
        ]),
    ]:
        head(title, LA)
        for q in qs:
            body(q, LA)

    # 附件2
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("联合专题调研日程安排表", XBS, 22, False)], align=C, indent=False, line=34, before=6, after=12)
    grid_table(doc,
               [("日期", None), ("时间", None), ("地点", None), ("调研内容", None), ("陪同单位", None)],
               [
                   ["5月11日（星期一）", "9:00—12:00", "昆明片区", "察看昆明综合保税区、中老铁路王家营西站", "昆明片区管委会"],
                   ["5月11日（星期一）", "14:30—17:30", "昆明片区", "召开座谈会", "昆明市人民政府、昆明片区管委会"],
                   ["5月12日（星期二）", "全天", "红河片区", "察看河口口岸、中越河口—老街跨境经济合作区", "红河州人民政府、红河片区管委会"],
                   ["5月13日（星期三）", "9:00—12:00", "红河片区", "召开座谈会", "红河州人民政府、红河片区管委会"],
                   ["5月13日（星期三）", "14:00—20:00", "河口—昆明—芒市", "转场（经昆明乘机赴芒市）", "—"],
                   ["5月14日（星期四）", "全天", "德宏片区", "察看瑞丽口岸、姐告边境贸易区", "德宏州人民政府、德宏片区管委会"],
                   ["5月15日（星期五）", "9:00—12:00", "德宏片区", "召开座谈会", "德宏州人民政府、德宏片区管委会"],
               ], clauses, merge_cols=(0, 2), widths=[3.0, 2.4, 2.3, 4.6, 3.3], left_cols=(3,), cell_line=18)
    note = "注：调研组往返交通由省商务厅统一安排，各地不安排陪同车辆。"
    add_par(doc, [(note, FS, 14, False)], indent=False, line=24, before=6)
    clauses.append(note)
    banji(doc, "抄送：省人民政府办公厅，昆明海关。", "云南省商务厅办公室", "2026年4月24日印发", gap=1)

    docs.append({
        "meta": meta("关于联合开展中国（云南）自由贸易试验区提升发展和面向南亚东南亚辐射中心建设专题调研的通知",
                     "云商发〔2026〕23号", ["云南省商务厅", "云南省人民政府研究室"], "2026-04-24", "云南省",
                     ["中国（云南）自由贸易试验区提升发展专题调研提纲", "联合专题调研日程安排表"],
                     ["昆明市人民政府", "红河哈尼族彝族自治州人民政府", "德宏傣族景颇族自治州人民政府",
                      "中国（云南）自由贸易试验区各片区管委会", "省直有关部门"],
                     "此件公开发布"),
        "clauses": clauses,
    })

    # ------------------------------------------------ C2 补充通知 (printed after C1)
    clauses = []

    def body2(t):
        clauses.append(t)
        add_par(doc, t)

    page_break(doc)
    add_par(doc, [("云南省商务厅", XBS, 38, False, RED)], align=C, indent=False, line=60)
    p = add_par(doc, "云商函〔2026〕58号", align=R, indent=False, before=12)
    p.paragraph_format.right_indent = Pt(16)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    add_par(doc, [("云南省商务厅关于调整自贸试验区提升发展", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("专题调研日程安排的补充通知", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "昆明市人民政府，红河哈尼族彝族自治州人民政府，德宏傣族景颇族自治州人民政府，中国（云南）自由贸易试验区各片区管委会：", indent=False)
    body2("因工作安排调整，经与省人民政府研究室商定，现将《关于联合开展中国（云南）自由贸易试验区提升发展和面向南亚东南亚辐射中心建设专题调研的通知》（云商发〔2026〕23号）中的调研日程作如下调整：")
    body2("一、昆明片区、红河片区调研日程不变。")
    body2("二、德宏片区调研时间由5月14日至15日调整为5月19日至20日，5月13日下午转场安排相应取消，调研组于5月18日晚抵达芒市。调整后的德宏片区日程如下：")
    grid_table(doc, [("日期", None), ("时间", None), ("调研内容", None)], [
        ["5月19日（星期二）", "全天", "实地察看瑞丽口岸、姐告边境贸易区、边民互市贸易落地加工企业"],
        ["5月20日（星期三）", "9:00—12:00", "召开座谈会，听取德宏州人民政府和德宏片区管委会情况汇报"],
    ], clauses, widths=[4.8, 3.2, 7.6], left_cols=(2,))
    body2("三、德宏片区书面汇报材料报送时间顺延至5月13日。")
    body2("其他事项仍按云商发〔2026〕23号文件执行。")
    add_par(doc, "特此通知。")
    empty(doc, 2)
    for t, ri in [("云南省商务厅", 64), ("2026年5月6日", 48)]:
        p = add_par(doc, t, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(ri)
    banji(doc, "抄送：省人民政府研究室。", "云南省商务厅办公室", "2026年5月6日印发")

    docs.append({
        "meta": meta("云南省商务厅关于调整自贸试验区提升发展专题调研日程安排的补充通知",
                     "云商函〔2026〕58号", ["云南省商务厅"], "2026-05-06", "云南省", [],
                     ["昆明市人民政府", "红河哈尼族彝族自治州人民政府", "德宏傣族景颇族自治州人民政府",
                      "中国（云南）自由贸易试验区各片区管委会"]),
        "clauses": clauses,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_zhejiang(), doc_shandong(), doc_yunnan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
