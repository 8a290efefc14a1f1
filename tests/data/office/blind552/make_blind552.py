# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 552: 一带一路 论坛/博览会 总体方案 with 日程安排 and 分工表."""
import datetime
import json
import os
import re
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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


def clean(s):
    """Text as an analyst cites it: soft breaks and the alignment spaces after them dropped."""
    return re.sub(r"\n[ \u3000]*", "", s)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent is not None:
        pf.first_line_indent = Pt(indent)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)


def add_runs(p, segs):
    """segs: list of (text, font, size, bold[, color]). '\n' inside text = soft line break."""
    for seg in segs:
        text, fname, size, bold = seg[:4]
        color = seg[4] if len(seg) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                br = p.add_run()
                set_font(br, fname, size, bold, color)
                br.add_break()
            if part:
                r = p.add_run(part)
                set_font(r, fname, size, bold, color)


def para(doc, segs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=32, line=28, before=0, after=0):
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    if id(doc) in _PENDING:
        _PENDING.discard(id(doc))
        p.paragraph_format.page_break_before = True
    if isinstance(segs, str):
        segs = [(segs, FS, 16, False)]
    add_runs(p, segs)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, None, 0, 28)


def border(p, edge, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + edge)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


_PENDING = set()


def page_break(doc):
    """Next paragraph starts a new page (page-break-before, avoids blank pages)."""
    _PENDING.add(id(doc))


def setup_section(sec, landscape=False):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
        sec.left_margin, sec.right_margin = Cm(3.0), Cm(3.0)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)


def page_number_footer(sec, style="dash"):
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre, post = ("— ", " —") if style == "dash" else ("- ", " -")
    r = fp.add_run(pre)
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._r.append(s)
    r = fp.add_run("1")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._r.append(e)
    r = fp.add_run(post)
    set_font(r, "宋体", 14)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def fixed_layout(table, total_cm):
    tblpr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(int(total_cm * 567)))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trpr.append(e)


def cell_write(cell, text, fname=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    fmt(p, align, 0, None)
    p.paragraph_format.line_spacing = 1.0
    add_runs(p, [(text, fname, size, bold)])
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def data_table(doc, headers, rows, widths, merges=(), title_row=None, left_cols=(), size=12):
    """rows: full (filled-down) data; merges: (col, first_row, last_row) over data rows.
    Returns the clauses an analyst would cite (one per data row, merged values filled down)."""
    off = 1 + (1 if title_row else 0)
    t = doc.add_table(rows=len(rows) + off, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if title_row:
        c = t.cell(0, 0).merge(t.cell(0, len(headers) - 1))
        cell_write(c, title_row, XBS, 16)
    hdr = t.rows[off - 1]
    repeat_header(hdr)
    if title_row:
        repeat_header(t.rows[0])
    for i, h in enumerate(headers):
        cell_write(hdr.cells[i], h, HT, 12)
    skip = set()
    tops = {}
    for col, r0, r1 in merges:
        m = t.cell(r0 + off, col).merge(t.cell(r1 + off, col))
        tops[(r0, col)] = m
        for r in range(r0 + 1, r1 + 1):
            skip.add((r, col))
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            if (ri, ci) in skip:
                continue
            cell = tops.get((ri, ci)) or t.cell(ri + off, ci)
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            cell_write(cell, val, size=size, align=al)
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    return ["；".join("%s：%s" % (h, clean(v)) for h, v in zip(headers, row)) for row in rows]


def red_header(doc, organ, docno, size=36, spacing_before=2):
    empty(doc, spacing_before)
    p = para(doc, [(organ, XBS, size, False, RED)], WD_ALIGN_PARAGRAPH.CENTER, 0, line=None)
    p.paragraph_format.line_spacing = 1.0
    empty(doc, 1)
    p = para(doc, [(docno, FS, 16, False)], WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)


def title(doc, lines, size=22):
    for ln in lines:
        p = para(doc, [(ln, XBS, size, False)], WD_ALIGN_PARAGRAPH.CENTER, 0, line=36)


def banji(doc, chaosong, printer, printdate):
    empty(doc, 2)
    p = para(doc, [(chaosong, FS, 14, False)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p.paragraph_format.left_indent = Pt(14)
    # printing organ and date aligned by hand with spaces
    pad = " " * max(2, 46 - 2 * len(printer) - len(printdate))
    p = para(doc, [("  " + printer + pad + printdate, FS, 14, False)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    border(p, "bottom", "000000", 8)


def weekday_cn(d):
    return "星期" + "一二三四五六日"[d.weekday()]


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_552", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    setup_section(doc.sections[0])
    page_number_footer(doc.sections[0])
    return doc


class Body:
    """Adds body paragraphs and records clauses."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def p(self, text, indent=32):
        para(self.doc, [(text, FS, 16, False)], indent=indent)
        self.clauses.append(clean(text))

    def runin(self, head, rest, hfont=KT, hbold=False):
        para(self.doc, [(head, hfont, 16, hbold), (rest, FS, 16, False)])
        self.clauses.append(clean(head + rest))

    def h1(self, text, font=HT, bold=False):
        para(self.doc, [(text, font, 16, bold)])

    def h2(self, text):
        para(self.doc, [(text, KT, 16, False)])


# =====================================================================
# Document 1: 福州 — notice issuing the 总体方案 (two documents in one file)
# =====================================================================
def doc_fuzhou():
    stem = "blind552_fuzhou_tongzhi"
    doc = new_doc()
    red_header(doc, "福州市人民政府办公厅文件", "榕政办〔2026〕21号", spacing_before=1)
    t_notice = "福州市人民政府办公厅关于印发2026海上丝绸之路（福州）国际合作论坛总体方案的通知"
    title(doc, ["福州市人民政府办公厅关于印发", "2026海上丝绸之路（福州）国际合作论坛", "总体方案的通知"])
    para(doc, "各县（市）区人民政府，高新区管委会，滨海新城管委会，市直各委、办、局（公司）：", indent=0)
    b = Body(doc)
    b.p("经市政府同意，现将《2026海上丝绸之路（福州）国际合作论坛总体方案》印发给你们，请认真组织实施。")
    b.p("2026海上丝绸之路（福州）国际合作论坛是我市深度融入共建“一带一路”、打造21世纪海上丝绸之路核心区"
        "战略枢纽城市的重要平台。各地各部门要提高政治站位，严格按照职责分工抓好各项筹备工作，确保论坛安全、"
        "顺利、务实、高效举办。筹备工作中遇到的重大问题，请及时报告市政府。")
    notice_clauses = b.clauses
    empty(doc, 1)
    para(doc, "福州市人民政府办公厅" + "　" * 2, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    para(doc, "2026年3月16日" + "　" * 3, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    para(doc, "（此件公开发布）", indent=32)

    # ---- the 方案
    page_break(doc)
    t_plan = "2026海上丝绸之路（福州）国际合作论坛总体方案"
    title(doc, ["2026海上丝绸之路（福州）", "国际合作论坛总体方案"])
    empty(doc)
    b = Body(doc)
    b.p("为深入贯彻落实习近平总书记关于高质量共建“一带一路”的重要论述，持续放大21世纪海上丝绸之路核心区效应，"
        "进一步深化我市与共建国家和地区在经贸、物流、人文等领域务实合作，经研究，决定于2026年5月举办2026海上"
        "丝绸之路（福州）国际合作论坛。为确保论坛顺利举办，制定本方案。")
    b.h1("一、活动名称")
    b.p("2026海上丝绸之路（福州）国际合作论坛（以下简称“论坛”）。")
    b.h1("二、时间地点")
    b.p("时间：2026年5月18日—20日（5月17日报到）。")
    b.p("地点：福州海峡国际会展中心、福州数字中国会展中心、中国（福建）自由贸易试验区福州片区。")
    empty(doc)
    b.h1("三、组织机构")
    b.p("主办单位：福建省商务厅、福州市人民政府、\n中国国际贸易促进委员会福建省分会")
    # hard return + manual spaces used to continue the list of 承办单位
    l1 = "承办单位：福州市商务局、福州市人民政府外事办公室、"
    l2 = "福州市发展和改革委员会、福州新区管委会、中国（福建）自由贸易试验区福州片区管委会"
    para(doc, [(l1, FS, 16, False)])
    para(doc, [("　" * 7 + l2, FS, 16, False)], indent=0)
    b.clauses.append(l1 + l2)
    b.p("支持单位：商务部外贸发展事务局、中国国际经济交流中心、\n21世纪海上丝绸之路港口合作联盟（拟邀）")
    b.p("论坛设组委会，组委会下设办公室，办公室设在市商务局，负责论坛筹备的统筹协调和日常工作，"
        "办公室主任由市商务局主要负责同志兼任。")
    b.h1("四、活动内容")
    b.p("论坛由开幕式暨主论坛、专题论坛、经贸洽谈及签约、配套活动等组成，具体日程见附件1。")
    b.runin("（一）开幕式暨主论坛。", "5月18日上午在福州海峡国际会展中心举行。邀请商务部、福建省领导，共建“一带一路”"
            "国家驻华使节、国际组织代表、境内外知名企业负责人等约600人出席。主论坛围绕“互联互通·共享繁荣”主题，"
            "安排主旨演讲和高端对话。", KT)
    b.runin("（二）专题论坛。", "5月18日下午至19日举办4场专题论坛：", KT)
    b.p("1.海上丝绸之路港航物流合作论坛。聚焦港口互联、海铁联运和中欧班列（福州）扩线提质，发布福州港国际航线拓展计划。")
    b.p("2.跨境电商与数字贸易论坛。围绕跨境电商综合试验区建设、海外仓布局和数字贸易规则开展研讨，组织跨境电商平台"
        "与传统外贸企业对接。")
    b.p("3.自贸试验区制度创新论坛。交流中国（福建）自由贸易试验区福州片区制度创新成果，发布一批可复制推广的创新案例。")
    b.p("4.中国—东盟产业合作论坛。推动我市与东盟国家在纺织服装、食品加工、新能源等领域开展产能合作。")
    b.runin("（三）经贸洽谈及签约。", "5月19日举办“一带一路”项目对接洽谈会，组织境内外采购商、投资商与我市企业开展"
            "“一对一”洽谈；5月20日上午举行重点项目集中签约仪式，力争签约外资项目不少于30个、合同外资额不少于10亿美元。", KT)
    b.runin("（四）配套活动。", "同期举办海丝沿线国家特色商品展、福州综合保税区及跨境电商产业园参观考察、"
            "“海丝之夜”文化交流活动等。", KT)
    b.h1("五、工作要求")
    b.runin("（一）加强组织领导。", "各有关单位要将论坛筹备工作列入重要议事日程，主要负责同志亲自过问，明确专人负责，"
            "按照分工（见附件2）抓好落实。", KT)
    b.runin("（二）强化协调配合。", "组委会办公室要加强统筹调度，建立筹备工作周报告制度，每周五前汇总筹备进展。"
            "各牵头单位要主动对接配合单位，形成工作合力。", KT)
    b.runin("（三）做好安全保障。", "公安、卫健、市场监管、应急管理等部门要制定专项保障方案，做好安保、医疗、"
            "食品安全、消防和应急处置工作，确保论坛期间安全有序。", KT)
    b.runin("（四）严格厉行节约。", "严格落实中央八项规定及其实施细则精神，简化礼仪性活动，控制活动规模和经费支出，"
            "杜绝铺张浪费。", KT)
    b.runin("（五）加强宣传报道。", "市委宣传部牵头制定宣传方案，统筹中央、省、市媒体和境外媒体资源，做好论坛前、中、"
            "后期宣传，营造良好舆论氛围。", KT)
    att1 = "2026海上丝绸之路（福州）国际合作论坛日程安排"
    att2 = "2026海上丝绸之路（福州）国际合作论坛工作任务分工表"
    empty(doc)
    para(doc, "附件：1．" + att1, indent=32)
    para(doc, "　" * 5 + "2．" + att2, indent=0)

    # ---- 附件1 日程安排
    page_break(doc)
    para(doc, [("附件1", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    empty(doc)
    title(doc, [att1], 20)
    empty(doc)

    def dcell(m, d):
        dt = datetime.date(2026, m, d)
        return "%d月%d日\n（%s）" % (m, d, weekday_cn(dt))

    d17, d18, d19, d20 = dcell(5, 17), dcell(5, 18), dcell(5, 19), dcell(5, 20)
    hall = "福州海峡国际会展中心"
    rows = [
        [d17, "全天", "嘉宾报到", "福州香格里拉大酒店、福州世茂洲际酒店", "境内外嘉宾"],
        [d17, "19:00—20:30", "欢迎晚宴", "福州香格里拉大酒店", "主办单位负责同志、\n境外重要嘉宾"],
        [d18, "09:00—09:30", "开幕式", hall + "1号馆", "出席领导、中外嘉宾"],
        [d18, "09:30—12:00", "主论坛（主旨演讲、高端对话）", hall + "1号馆", "出席领导、中外嘉宾"],
        [d18, "14:30—17:30", "海上丝绸之路港航物流合作论坛", hall + "3号会议室", "港航物流企业、行业协会代表"],
        [d18, "14:30—17:30", "跨境电商与数字贸易论坛", hall + "5号会议室", "跨境电商平台及外贸企业代表"],
        [d19, "09:00—12:00", "自贸试验区制度创新论坛", "福州数字中国会展中心", "自贸试验区各片区、有关部门代表"],
        [d19, "09:00—17:00", "“一带一路”项目对接洽谈会", "福州数字中国会展中心", "境内外采购商、投资商及我市企业"],
        [d19, "14:30—17:00", "中国—东盟产业合作论坛", "福州数字中国会展中心", "东盟国家商协会及企业代表"],
        [d19, "19:30—21:00", "“海丝之夜”文化交流活动", "福州三坊七巷", "中外嘉宾"],
        [d20, "09:00—10:30", "重点项目集中签约仪式", hall + "1号馆", "出席领导、签约双方代表"],
        [d20, "10:30—12:00", "参观考察福州综合保税区、跨境电商产业园", "中国（福建）自由贸易试验区福州片区",
         "境外嘉宾、企业代表"],
    ]
    sched = data_table(doc, ["日期", "时间", "活动内容", "地点", "参加人员"], rows,
                       [2.4, 2.6, 4.2, 3.8, 3.2], merges=[(0, 0, 1), (0, 2, 5), (0, 6, 9), (0, 10, 11)])
    b.clauses.extend(sched)

    # ---- 附件2 分工表
    page_break(doc)
    para(doc, [("附件2", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    empty(doc)
    title(doc, [att2], 20)
    empty(doc)
    rows = [
        ["1", "制定论坛总体方案和日程安排，统筹协调各项筹备工作", "市商务局", "市外办、市发改委", "2026年3月底前"],
        ["2", "邀请境外嘉宾、驻华使节和国际组织代表", "市外办", "市商务局、市贸促会", "2026年4月20日前"],
        ["3", "邀请国家部委及省领导、省直有关部门出席", "市商务局", "市政府办公厅", "2026年4月20日前"],
        ["4", "组织境内外采购商、投资商参会，策划储备签约项目", "市商务局", "市发改委、市工信局、\n福州新区管委会",
         "2026年5月10日前"],
        ["5", "筹办自贸试验区制度创新论坛，遴选发布创新案例", "福州片区管委会", "市委改革办、市司法局",
         "2026年5月10日前"],
        ["6", "安全保卫、交通组织和证件制发", "市公安局", "市交通运输局、福州海峡国际会展中心", "论坛期间"],
        ["7", "医疗卫生和食品安全保障", "市卫健委", "市市场监管局", "论坛期间"],
        ["8", "宣传报道和新闻中心运行", "市委宣传部", "市委网信办、福州日报社", "2026年5月20日前"],
        ["9", "会场布置、接待住宿和经费保障", "市商务局", "市机关事务管理局、市财政局", "2026年5月15日前"],
        ["10", "参观考察线路安排", "福州片区管委会", "福州综合保税区管理办公室、市商务局", "2026年5月15日前"],
    ]
    div = data_table(doc, ["序号", "任务", "牵头单位", "配合单位", "完成时限"], rows,
                     [1.3, 5.6, 2.6, 3.9, 2.8], merges=[(2, 2, 3), (4, 5, 6)], left_cols=(1,), size=14)
    b.clauses.extend(div)

    banji(doc, "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，省商务厅。",
          "福州市人民政府办公厅", "2026年3月17日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta_common = dict(published=None, level="municipal", region="福州市", effective=None,
                       expires=None, repeals=None)
    notice = {"meta": dict(title=t_notice, doc_number="榕政办〔2026〕21号", issuer=["福州市人民政府办公厅"],
                           date="2026-03-16", attachments=[], doc_type="通知",
                           recipients=["各县（市）区人民政府", "高新区管委会", "滨海新城管委会", "市直各委、办、局（公司）"],
                           publicity="此件公开发布", **meta_common),
              "clauses": notice_clauses}
    plan = {"meta": dict(title=t_plan, doc_number=None, issuer=["福州市人民政府办公厅"], date="2026-03-16",
                         attachments=[att1, att2], doc_type="方案", recipients=[], publicity=None, **meta_common),
            "clauses": b.clauses}
    # key order fixed as in the schema
    return stem, path, [order(notice), order(plan)]


def order(d):
    keys = ["title", "doc_number", "issuer", "date", "published", "level", "region", "effective", "expires",
            "attachments", "doc_type", "recipients", "publicity", "repeals"]
    return {"meta": {k: d["meta"][k] for k in keys}, "clauses": d["clauses"]}


# =====================================================================
# Document 2: 新疆 — standalone joint 方案 (web version, no 红头), landscape 附件
# =====================================================================
def doc_xinjiang():
    stem = "blind552_xinjiang_fangan"
    doc = new_doc()
    empty(doc)
    t_plan = "第九届中国—亚欧博览会暨2025“一带一路”经贸合作论坛总体方案"
    title(doc, ["第九届中国—亚欧博览会暨2025“一带一路”", "经贸合作论坛总体方案"])
    empty(doc)
    b = Body(doc)
    b.p("为全面落实党中央关于推进丝绸之路经济带核心区建设的决策部署，发挥中国—亚欧博览会作为我国向西开放重要平台的"
        "作用，进一步拓展与共建“一带一路”国家特别是中亚、西亚、南亚和欧洲国家的经贸合作，经自治区人民政府同意，"
        "定于2025年8月在乌鲁木齐市举办第九届中国—亚欧博览会暨2025“一带一路”经贸合作论坛。现制定总体方案如下。")
    b.h1("一、活动名称")
    b.p("第九届中国—亚欧博览会暨2025“一带一路”经贸合作论坛（以下简称“亚欧博览会”）。")
    b.h1("二、时间地点")
    b.runin("（一）时间：", "2025年8月21日至25日。其中，8月21日至22日为专业观众日，8月23日至25日对公众开放。", FS)
    b.runin("（二）地点：", "新疆国际会展中心（乌鲁木齐市水磨沟区红光山路3号）。", FS)
    b.h1("三、组织机构")
    b.h2("（一）主办单位")
    b.p("商务部、外交部、国家发展改革委、中国国际贸易促进委员会、\n新疆维吾尔自治区人民政府")
    b.h2("（二）承办单位")
    b.p("新疆维吾尔自治区商务厅、新疆维吾尔自治区发展和改革委员会、\n新疆维吾尔自治区人民政府外事办公室、"
        "乌鲁木齐市人民政府、\n新疆生产建设兵团商务局")
    b.h2("（三）支持单位")
    b.p("上海合作组织秘书处、亚洲相互协作与信任措施会议秘书处、\n中国—中亚合作论坛秘书处（拟邀）")
    b.runin("（四）工作机构。", "亚欧博览会设组委会和执行委员会。组委会主任由自治区人民政府主要负责同志担任；"
            "执行委员会办公室设在自治区商务厅（中国—亚欧博览会秘书处），负责日常筹备工作。", KT)
    b.h1("四、活动内容")
    b.h2("（一）开幕式及主旨论坛")
    b.p("1．开幕式。8月21日上午在新疆国际会展中心举行，拟邀请国家领导同志出席并致辞，邀请共建“一带一路”国家政要、"
        "国际组织负责人、驻华使节和中外企业家代表约1000人参加。")
    b.p("2．主旨论坛。以“共享新机遇　共创新未来”为主题，围绕互联互通、贸易畅通、产业合作等议题安排主旨演讲和圆桌对话。")
    b.h2("（二）专题论坛和经贸活动")
    b.p("1．中国—中亚商务合作论坛。邀请中亚五国商务主管部门和商协会参加，推动建立常态化对接机制。")
    b.p("2．“丝路电商”合作论坛。围绕跨境电商、海外仓建设和数字支付，推动“丝路电商”伙伴国务实合作。")
    b.p("3．中欧班列发展论坛。会同中国铁路乌鲁木齐局集团有限公司，研讨中欧班列（乌鲁木齐）集结中心建设、"
        "多式联运和口岸通关便利化。")
    b.p("4．投资贸易洽谈及项目签约。主要包括：")
    b.p("（1）重点项目推介会。发布自治区重点招商项目清单，组织各地州市开展专场推介。")
    b.p("（2）集中签约仪式。8月22日上午举行，重点签约先进制造、能源资源、现代物流、农产品加工等领域项目。")
    b.h2("（三）展览展示")
    b.p("展览总面积8万平方米，设国际馆、国内馆、中国（新疆）自由贸易试验区馆以及综合保税区、跨境电商专区等展区，"
        "集中展示共建国家特色商品和我国先进技术装备。")
    b.h1("五、工作要求")
    b.runin("（一）压实工作责任。", "各成员单位要按照工作分工（附件2）细化工作措施，明确时间节点和责任人，"
            "确保各项任务按期完成。", KT)
    b.runin("（二）做好外事和安全保障。", "自治区外办负责境外嘉宾邀请和礼宾接待；公安、国家安全、卫生健康等部门"
            "制定安全保卫和应急预案，确保展会期间安全稳定。", KT)
    b.runin("（三）优化参展参会服务。", "乌鲁木齐海关要为参展物品开辟绿色通道，实行“提前申报、快速验放”；"
            "乌鲁木齐市要做好交通疏导、住宿接待和城市环境整治。", KT)
    b.runin("（四）加强宣传推介。", "充分运用新媒体和驻外机构资源开展境外推介，扩大亚欧博览会国际影响力。", KT)
    b.runin("（五）严格经费管理。", "各项经费按照规定程序申报和使用，严格执行财务管理制度，确保资金使用安全规范。", KT)
    att1 = "第九届中国—亚欧博览会暨2025“一带一路”经贸合作论坛日程安排"
    att2 = "第九届中国—亚欧博览会暨2025“一带一路”经贸合作论坛工作分工表"
    empty(doc)
    para(doc, "附件：1．" + att1, indent=32)
    para(doc, "　" * 5 + "2．" + att2, indent=0)
    empty(doc, 1)
    # joint 落款 in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.autofit = False
    for row in t.rows:
        row.cells[0].width = Cm(6.6)
        row.cells[1].width = Cm(9.6)
    t.columns[0].width = Cm(6.6)
    t.columns[1].width = Cm(9.6)
    fixed_layout(t, 16.2)
    cell_write(t.cell(0, 0), "新疆维吾尔自治区商务厅", FS, 16)
    cell_write(t.cell(0, 1), "新疆维吾尔自治区发展和改革委员会", FS, 16)
    c = t.cell(1, 0).merge(t.cell(1, 1))
    cell_write(c, "　" * 12 + "二〇二五年五月二十六日", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)

    # ---- attachments in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec, landscape=True)
    para(doc, [("附件1", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    title(doc, [att1], 20)
    empty(doc)
    hall = "新疆国际会展中心"
    rows = [
        ["8月20日", "全天", "嘉宾报到、布展", "乌鲁木齐市各接待酒店、" + hall, "参展商、境内外嘉宾"],
        ["8月20日", "20:00—21:30", "组委会欢迎晚宴", "新疆迎宾馆", "主办单位领导、\n境外政要及重要嘉宾"],
        ["8月21日", "10:00—10:40", "开幕式", hall + "会议中心1号厅", "出席领导、中外嘉宾"],
        ["8月21日", "10:40—12:30", "主旨论坛", hall + "会议中心1号厅", "出席领导、中外嘉宾"],
        ["8月21日", "12:40—13:40", "领导巡馆", hall + "国际馆、国内馆", "出席领导、主办单位负责同志"],
        ["8月21日", "15:30—18:30", "中国—中亚商务合作论坛", hall + "会议中心3号厅", "中亚五国商务部门、商协会及企业代表"],
        ["8月21日", "15:30—18:30", "“丝路电商”合作论坛", hall + "会议中心5号厅", "跨境电商平台、海外仓企业代表"],
        ["8月22日", "10:00—11:30", "集中签约仪式", hall + "会议中心1号厅", "出席领导、签约双方代表"],
        ["8月22日", "10:00—18:00", "重点项目推介会（分地州市专场）", hall + "会议中心2号厅", "各地州市、境内外投资商"],
        ["8月22日", "15:30—18:00", "中欧班列发展论坛", hall + "会议中心3号厅", "铁路、口岸、物流企业代表"],
        ["8月23日—25日", "10:00—18:00", "展览展示（公众开放日）", hall + "各展馆", "参展商、公众"],
        ["8月25日", "16:00", "闭馆", hall, "参展商"],
    ]
    sched = data_table(doc, ["日期", "时间", "活动内容", "地点", "参加人员"], rows,
                       [3.0, 3.0, 6.0, 6.0, 5.5], merges=[(0, 0, 1), (0, 2, 6), (0, 7, 9)])
    b.clauses.extend(sched)

    page_break(doc)
    para(doc, [("附件2", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    title(doc, [att2], 20)
    empty(doc)
    rows = [
        ["制定总体方案和各项活动子方案，统筹推进筹备工作", "自治区商务厅", "自治区发展改革委、自治区外办", "2025年6月15日前"],
        ["邀请境外政要、国际组织负责人和驻华使节", "自治区外办", "自治区商务厅、自治区贸促会", "2025年7月31日前"],
        ["组织境内外企业参展、招揽采购商", "自治区商务厅", "各地州市人民政府（行政公署）、\n自治区贸促会", "2025年7月31日前"],
        ["策划储备重点签约项目", "自治区发展改革委", "自治区商务厅、各地州市人民政府（行政公署）", "2025年7月31日前"],
        ["筹办中欧班列发展论坛", "自治区发展改革委", "中国铁路乌鲁木齐局集团有限公司、乌鲁木齐海关", "2025年8月10日前"],
        ["参展物品通关保障", "乌鲁木齐海关", "自治区商务厅", "展会期间"],
        ["安全保卫和交通保障", "自治区公安厅", "乌鲁木齐市人民政府", "展会期间"],
        ["城市环境整治、住宿接待和志愿者服务", "乌鲁木齐市人民政府", "兵团商务局", "2025年8月15日前"],
        ["新闻宣传和境外推介", "自治区党委宣传部", "自治区外办、自治区商务厅", "2025年8月25日前"],
    ]
    div = data_table(doc, ["任务", "牵头单位", "配合单位", "完成时限"], rows,
                     [8.0, 4.5, 7.5, 4.0], merges=[(3, 1, 3), (1, 3, 4)], left_cols=(0,))
    b.clauses.extend(div)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    plan = {"meta": dict(title=t_plan, doc_number=None,
                         issuer=["新疆维吾尔自治区商务厅", "新疆维吾尔自治区发展和改革委员会"],
                         date="2025-05-26", published=None, level="provincial", region="新疆维吾尔自治区",
                         effective=None, expires=None, attachments=[att1, att2], doc_type="方案",
                         recipients=[], publicity=None, repeals=None),
            "clauses": b.clauses}
    return stem, path, [order(plan)]


# =====================================================================
# Document 3: 连云港片区 — zone 方案 with 红头, title row inside the schedule table
# =====================================================================
def doc_lianyungang():
    stem = "blind552_lianyungang_fangan"
    doc = new_doc()
    organ = "中国（江苏）自由贸易试验区连云港片区管理委员会"
    red_header(doc, organ, "连自贸管发〔2026〕9号", size=22, spacing_before=1)
    t_plan = "2026“一带一路”国际物流合作论坛（连云港）总体方案"
    title(doc, ["2026“一带一路”国际物流合作论坛", "（连云港）总体方案"])
    b = Body(doc)
    b.p("为深入落实共建“一带一路”倡议和中国（江苏）自由贸易试验区连云港片区建设要求，放大上合组织（连云港）国际物流园"
        "和中哈（连云港）物流合作基地的平台效应，推动新亚欧陆海联运通道高质量发展，片区管委会决定举办2026“一带一路”"
        "国际物流合作论坛（连云港）。结合片区实际，制定本方案。")
    # run-in headings typed in bold 仿宋 rather than 黑体
    b.runin("一、活动名称。", "2026“一带一路”国际物流合作论坛（连云港）（以下简称“论坛”）。", FS, True)
    b.runin("二、时间地点。", "2026年6月9日至10日，在连云港市连云区上合组织（连云港）国际物流园举办，"
            "部分活动在中哈（连云港）物流合作基地举行。", FS, True)
    b.h1("三、组织机构", FS, True)
    b.p("主办单位：江苏省商务厅、连云港市人民政府、\n　　　　　中国（江苏）自由贸易试验区工作办公室")
    b.p("承办单位：中国（江苏）自由贸易试验区连云港片区管理委员会、\n　　　　　连云港市商务局、连云港港口控股集团有限公司、"
        "\n　　　　　上合组织（连云港）国际物流园管理办公室")
    b.p("支持单位：中国物流与采购联合会、中国港口协会、\n　　　　　中国铁路上海局集团有限公司（拟邀）")
    b.h1("四、活动内容", FS, True)
    b.runin("（一）开幕式暨主论坛。", "6月9日上午举行。围绕“陆海联动　通达亚欧”主题，邀请中亚、西亚及欧洲国家物流主管部门、"
            "港航企业和国际物流组织代表作主旨发言，发布新亚欧陆海联运通道年度发展报告。", KT)
    b.runin("（二）平行论坛。", "6月9日下午同时举办以下平行论坛：", KT)
    b.p("1.中欧班列与海铁联运分论坛。研讨中欧（亚）班列“连新亚”线路提质扩量、海铁联运“一单制”改革等议题。")
    b.p("2.跨境电商与综合保税区发展分论坛。推介连云港综合保税区保税物流、跨境电商1210网购保税进口等业务，"
        "组织跨境电商企业与物流服务商对接。")
    b.p("3.外商投资促进分论坛。解读外商投资准入特别管理措施（负面清单）和片区外商投资便利化举措，"
        "推介重点外资招引项目。")
    b.runin("（三）项目签约和实地考察。", "6月10日上午举行物流合作项目签约仪式，下午组织与会嘉宾考察连云港港东方港务"
            "分公司、中哈物流合作基地和连云港综合保税区。", KT)
    b.h1("五、工作要求", FS, True)
    b.runin("（一）明确责任分工。", "各牵头单位要按照工作任务分工表（附件2）制定具体实施方案，"
            "于2026年5月15日前报片区综合协调局。", KT)
    b.runin("（二）做好服务保障。", "片区综合协调局负责统筹会务、接待和后勤保障；连云港港口控股集团有限公司负责"
            "考察点位的现场组织和安全管理。", KT)
    b.runin("（三）注重活动实效。", "各单位要聚焦项目招引和务实合作，提前对接意向企业，确保签约项目质量，"
            "会后做好签约项目跟踪落地。", KT)
    b.p("联系人：王磊，联系电话：0518-82312345。")
    b.p("本方案自印发之日起施行。")
    att1 = "2026“一带一路”国际物流合作论坛（连云港）日程安排"
    att2 = "2026“一带一路”国际物流合作论坛（连云港）工作任务分工表"
    para(doc, "附件：1．" + att1, indent=32)
    para(doc, "　" * 5 + "2．" + att2, indent=0)
    para(doc, organ, WD_ALIGN_PARAGRAPH.RIGHT, 0, before=14)
    para(doc, "2026年4月8日" + "　" * 4, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    para(doc, "（此件公开发布）", indent=32)

    page_break(doc)
    para(doc, [("附件1", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    empty(doc)
    park = "上合组织（连云港）国际物流园"
    rows = [
        ["6月8日", "14:00—20:00", "嘉宾报到", "连云港苏宁索菲特酒店", "全体参会嘉宾"],
        ["6月9日", "8:30—9:00", "嘉宾签到、参观陆海联运成果展", park + "会议中心", "全体参会嘉宾"],
        ["6月9日", "9:00—9:20", "开幕式", park + "会议中心主会场", "出席领导、中外嘉宾"],
        ["6月9日", "9:20—11:50", "主论坛（主旨发言、发布年度发展报告）", park + "会议中心主会场", "出席领导、中外嘉宾"],
        ["6月9日", "14:00—17:00", "中欧班列与海铁联运分论坛", park + "会议中心A厅", "铁路、港口、物流企业代表"],
        ["6月9日", "14:00—17:00", "跨境电商与综合保税区发展分论坛", "连云港综合保税区服务中心", "跨境电商企业、物流服务商"],
        ["6月9日", "14:00—17:00", "外商投资促进分论坛", park + "会议中心B厅", "外资企业、\n境外商协会代表"],
        ["6月10日", "9:00—10:30", "物流合作项目签约仪式", park + "会议中心主会场", "出席领导、签约双方代表"],
        ["6月10日", "14:00—17:30", "实地考察", "连云港港东方港务分公司、中哈物流合作基地、连云港综合保税区", "境内外嘉宾"],
    ]
    sched = data_table(doc, ["日期", "时间", "活动内容", "地点", "参加人员"], rows,
                       [2.2, 2.6, 4.4, 4.4, 3.0], merges=[(0, 1, 6), (0, 7, 8)], title_row=att1)
    b.clauses.extend(sched)

    page_break(doc)
    para(doc, [("附件2", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, 0)
    empty(doc)
    title(doc, [att2], 20)
    empty(doc)
    rows = [
        ["制定论坛总体方案、各分论坛方案和会务手册", "片区综合协调局", "片区经济发展局", "2026年4月30日前"],
        ["邀请境外物流主管部门、国际物流组织和驻华机构代表", "市商务局", "市外办、片区综合协调局", "2026年5月20日前"],
        ["筹办中欧班列与海铁联运分论坛", "连云港港口控股集团有限公司", "中国铁路上海局集团有限公司徐州车务段、\n连云港海关",
         "2026年5月31日前"],
        ["筹办跨境电商与综合保税区发展分论坛", "连云港综合保税区管理办公室", "市商务局、片区综合协调局", "2026年5月31日前"],
        ["筹办外商投资促进分论坛，策划储备外资签约项目", "片区招商服务局", "市商务局、市发展改革委", "2026年5月31日前"],
        ["安全保卫、交通疏导和应急处置", "连云区公安分局", "片区综合协调局、连云港港口控股集团有限公司", "论坛期间"],
        ["新闻宣传和媒体服务", "片区综合协调局", "连云区融媒体中心", "2026年6月10日前"],
    ]
    div = data_table(doc, ["任务", "牵头单位", "配合单位", "完成时限"], rows,
                     [6.0, 3.6, 4.6, 2.6], merges=[(3, 2, 4)], left_cols=(0,))
    b.clauses.extend(div)

    banji(doc, "抄送：市委办公室，市政府办公室，省商务厅，省自贸办。",
          "连云港片区管委会综合协调局", "2026年4月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    plan = {"meta": dict(title=t_plan, doc_number="连自贸管发〔2026〕9号", issuer=[organ],
                         date="2026-04-08", published=None, level="zone",
                         region="中国（江苏）自由贸易试验区连云港片区", effective="2026-04-08", expires=None,
                         attachments=[att1, att2], doc_type="方案", recipients=[], publicity="此件公开发布",
                         repeals=None),
            "clauses": b.clauses}
    return stem, path, [order(plan)]


def main():
    expected = {}
    for fn in (doc_fuzhou, doc_xinjiang, doc_lianyungang):
        stem, path, docs = fn()
        expected[stem] = docs
        convert(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
