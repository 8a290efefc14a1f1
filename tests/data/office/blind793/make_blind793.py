# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 793: 自贸片区“十五五”发展规划 (印发通知 / 请示 / 批复+分工方案), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
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
IND = "\u3000\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
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
    if scale is not None:
        w = parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale))
        sz = rpr.find(qn("w:sz"))
        if sz is not None:
            sz.addprevious(w)
        else:
            rpr.append(w)
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


def add_par(target, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color[, scale]]) or plain str."""
    p = target.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        scale = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, scale)
    fmt(p, **kw)
    if _PB[0]:
        p.paragraph_format.page_break_before = True
        _PB[0] = False
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


_PB = [False]


def page_break(doc):
    """next paragraph starts on a new page (段前分页)."""
    _PB[0] = True


def add_page_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for kind, payload in (("begin", None), ("instr", " PAGE "), ("separate", None),
                          ("text", "1"), ("end", None)):
        r = fp.add_run("1" if kind == "text" else "")
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), payload)))
        elif kind != "text":
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


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
    add_page_footer(s)


def set_cell(cell, text, name=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(16)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def set_widths(table, widths_cm):
    """Word reads tcW, LibreOffice reads tblGrid: set both (merged cells get the sum), no autofit."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for tr in table._tbl.findall(qn("w:tr")):
        col = 0
        for tc in tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            gs = tcpr.find(qn("w:gridSpan"))
            span = int(gs.get(qn("w:val"))) if gs is not None else 1
            w = sum(widths_cm[col:col + span])
            for old in tcpr.findall(qn("w:tcW")):
                tcpr.remove(old)
            tcpr.insert(0, parse_xml('<w:tcW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), int(w * 567))))
            col += span
    tblpr = table._tbl.tblPr
    for old in tblpr.findall(qn("w:tblW")):
        tblpr.remove(old)
    tblw = parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), int(sum(widths_cm) * 567)))
    jc = tblpr.find(qn("w:jc"))
    if jc is not None:
        jc.addprevious(tblw)
    else:
        tblpr.append(tblw)


def indicator_table(doc, top, sub, rows, clauses, widths, merge_first=True, hdr_repeat=True):
    """top: list of header texts for row 0; entries that are a tuple (text, span) span columns
    and get their sub-headers from `sub` (a dict col -> text).  Columns without sub-header are
    merged vertically over two header rows.  If `sub` is empty, only one header row.
    rows: data rows (first column may repeat and is merged vertically when merge_first)."""
    ncols = sum(t[1] if isinstance(t, tuple) else 1 for t in top)
    nh = 2 if sub else 1
    t = doc.add_table(rows=nh + len(rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    keys = []
    c = 0
    for item in top:
        if isinstance(item, tuple):
            text, span = item
            cell = t.cell(0, c).merge(t.cell(0, c + span - 1))
            set_cell(cell, text, HT, 10.5)
            for k in range(c, c + span):
                set_cell(t.cell(1, k), sub[k], HT, 10.5)
                keys.append("%s／%s" % (text, sub[k]))
            c += span
        else:
            if nh == 2:
                cell = t.cell(0, c).merge(t.cell(1, c))
            else:
                cell = t.cell(0, c)
            set_cell(cell, item, HT, 10.5)
            keys.append(item)
            c += 1
    for r in range(nh):
        repeat_header(t.rows[r]) if hdr_repeat else None
    # data
    start = None
    for ri, row in enumerate(rows):
        tr = nh + ri
        cant_split(t.rows[tr])
        for ci, v in enumerate(row):
            if ci == 0 and merge_first:
                continue
            align = WD_ALIGN_PARAGRAPH.LEFT if keys[ci].startswith("指标") and "／" not in keys[ci] else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.cell(tr, ci), v, FS, 10.5, align=align)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    if merge_first:
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][0] == rows[i][0]:
                j += 1
            cell = t.cell(nh + i, 0)
            if j > i:
                cell = cell.merge(t.cell(nh + j, 0))
            set_cell(cell, rows[i][0], FS, 10.5)
            i = j + 1
    set_widths(t, widths)
    return t


def box(doc, title, items, clauses):
    """专栏: a single-cell bordered table holding a title line and item paragraphs."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell = t.cell(0, 0)
    set_cell(cell, title, HT, 12)
    cell.paragraphs[0].paragraph_format.space_before = Pt(4)
    for it in items:
        p = cell.add_paragraph()
        font(p.add_run(it), FS, 12)
        p.paragraph_format.line_spacing = Pt(20)
        p.paragraph_format.first_line_indent = Pt(24)
        clauses.append(it)
    cell.paragraphs[-1].paragraph_format.space_after = Pt(4)
    set_widths(t, [15.4])
    return t


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1, line=int(14 * gap))
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_793", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_qinzhou():
    """钦州市政府办印发片区“十五五”规划的通知 + 规划全文（章/节、专栏、主要指标表）。"""
    stem = "blind793_qinzhou_guihua"
    doc = Document()
    setup(doc)
    clauses = []

    sz = {"v": 16, "line": 28}   # the notice is 三号; the plan text below is set in 四号

    def body(t):
        clauses.append(t)
        add_par(doc, [(t, FS, sz["v"], False)], line=sz["line"], first=Pt(2 * sz["v"]))

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, sz["v"], True), (t, FS, sz["v"], False)], line=sz["line"],
                first=Pt(2 * sz["v"]))

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                before=6, after=2)

    def section(t):
        add_par(doc, [(t, KT, 15, True)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=sz["line"])

    # ---- 版头
    add_par(doc, [("钦州市人民政府办公室文件", XBS, 34, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    empty(doc, 1, line=20)
    p = add_par(doc, "钦政办发〔2026〕8号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title typed as three separate paragraphs, broken at odd places
    for line in ("钦州市人民政府办公室关于印发中国（广西）",
                 "自由贸易试验区钦州港片区“十五五”发展",
                 "规划的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=20)
    add_par(doc, "各县、区人民政府，市人民政府各组成部门、各直属机构，中国（广西）自由贸易试验区钦州港片区管理委员会：",
            indent=False)
    body("《中国（广西）自由贸易试验区钦州港片区“十五五”发展规划》已经市人民政府同意，现印发给你们，请认真组织实施。")
    body("各有关单位要按照职责分工，将规划确定的主要目标和重点任务纳入年度工作计划，确保规划各项任务落到实处。钦州港片区管委会要会同市发展改革委、市商务局做好规划实施监测评估，重大问题及时报告市人民政府。")
    empty(doc, 1)
    p = add_par(doc, "钦州市人民政府办公室", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年3月16日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")
    page_break(doc)

    # ---- 规划正文
    sz["v"], sz["line"] = 14, 22
    add_par(doc, [("中国（广西）自由贸易试验区钦州港片区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("“十五五”发展规划", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1, line=20)
    body("本规划根据《中国（广西）自由贸易试验区总体方案》和《钦州市国民经济和社会发展第十五个五年规划纲要》编制，主要阐明“十五五”时期钦州港片区发展的总体思路、发展目标、重点任务和保障措施。规划期限为2026—2030年，展望到2035年。")
    chapter("第一章　发展基础")
    body("“十四五”时期，钦州港片区累计形成制度创新成果132项，其中“海铁联运‘一箱到底’”等9项在全国复制推广。2025年，片区实现地区生产总值486.2亿元，外贸进出口总额1352.8亿元，钦州港集装箱吞吐量突破960万标准箱，西部陆海新通道海铁联运班列开行量达到1.08万列。")
    body("同时也要看到，片区产业链条较短、高能级市场主体偏少、制度创新系统集成不足等问题依然存在。")
    chapter("第二章　总体要求")
    body("立足西部陆海新通道陆海交汇门户，建设面向东盟的国际门户港、中国—东盟产业合作示范区、西部陆海新通道制度创新高地。")
    body("到2030年，片区地区生产总值达到760亿元，外贸进出口总额达到2200亿元，集装箱吞吐量达到1500万标准箱，累计形成制度创新成果200项以上，基本建成高水平开放型经济新体制先行区。展望2035年，全面建成具有国际竞争力的开放型产业集聚区。")
    add_par(doc, [("表1　钦州港片区“十五五”时期主要指标", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    indicator_table(
        doc,
        ["类别", "序号", "指标", "单位", ("指标值", 2), "年均增长（%）", "属性"],
        {4: "2025年", 5: "2030年"},
        [
            ["经济发展", "1", "地区生产总值", "亿元", "486.2", "760", "9.3", "预期性"],
            ["经济发展", "2", "规模以上工业总产值", "亿元", "1820", "3000", "10.5", "预期性"],
            ["开放合作", "3", "外贸进出口总额", "亿元", "1352.8", "2200", "10.2", "预期性"],
            ["开放合作", "4", "实际使用外资", "亿美元", "3.2", "5.0", "9.3", "预期性"],
            ["开放合作", "5", "集装箱吞吐量", "万标准箱", "960", "1500", "9.3", "预期性"],
            ["开放合作", "6", "西部陆海新通道海铁联运班列开行量", "万列", "1.08", "1.6", "8.2", "预期性"],
            ["创新驱动", "7", "制度创新成果", "项", "〔132〕", "〔200〕", "—", "预期性"],
            ["创新驱动", "8", "研究与试验发展经费投入强度", "%", "2.1", "2.8", "—", "预期性"],
            ["绿色低碳", "9", "单位地区生产总值能耗降低", "%", "〔14.2〕", "完成自治区下达任务", "—", "约束性"],
            ["绿色低碳", "10", "单位地区生产总值二氧化碳排放降低", "%", "〔18.0〕", "完成自治区下达任务", "—", "约束性"],
            ["绿色低碳", "11", "近岸海域水质优良比例", "%", "92.5", "≥93", "—", "约束性"],
        ],
        clauses,
        widths=[1.9, 1.1, 3.5, 1.9, 2.1, 2.2, 1.5, 1.6],
    )
    note = "注：〔　〕内为五年累计数；地区生产总值、规模以上工业总产值增速按可比价计算。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=2)

    chapter("第三章　重点任务")
    section("第一节　打造西部陆海新通道国际门户港")
    runin("（一）提升港口枢纽能级。", "加快钦州港东航道扩建、30万吨级油码头等工程建设，推进自动化集装箱码头三期建设，拓展至东盟、中东、非洲的远洋航线，力争外贸航线达到90条。")
    runin("（二）畅通海铁联运通道。", "推动钦州港东站集装箱办理站扩能，加密至重庆、成都、昆明、兰州等地的海铁联运班列，推广“一单制”“一箱制”多式联运模式。")
    box(doc, "专栏1　国际门户港重大工程", [
        "1．港口设施工程：钦州港东航道扩建、自动化集装箱泊位。",
        "2．集疏运工程：钦州港东站扩能改造、钦州港至防城港铁路联络线。",
        "3．物流枢纽工程：西部陆海新通道（钦州）国际冷链物流基地。",
    ], clauses)
    empty(doc, 1, line=14)
    section("第二节　构建面向东盟的现代产业体系")
    runin("（一）壮大临港先进制造业。", "依托石化、新能源材料、高端装备制造等产业基础，推动绿色化工新材料、新能源电池材料全产业链发展，打造两个千亿元级产业集群。")
    runin("（二）发展现代服务业。", "发展航运金融、船舶交易、供应链管理，建设中国—东盟大宗商品交易中心。")
    section("第三节　深化制度创新")
    runin("（一）对接国际高标准经贸规则。", "对标《区域全面经济伙伴关系协定》（RCEP）和《数字经济伙伴关系协定》（DEPA），在货物贸易、跨境服务贸易、数字贸易等领域开展压力测试。")
    runin("（二）推进贸易投资便利化。", "深化国际贸易“单一窗口”建设，推行“船边直提”“抵港直装”，整体通关时间较2025年压缩20%以上。")
    box(doc, "专栏2　制度创新重点领域", [
        "1．通道物流：海铁联运“一单制”、国际中转集拼、内外贸同船运输。",
        "2．跨境金融：跨境人民币结算便利化、跨境征信合作。",
        "3．投资管理：外商投资准入负面清单落地、“极简审批”改革。",
    ], clauses)
    chapter("第四章　保障措施")
    runin("（一）加强组织领导。", "在片区工作领导小组统筹下，明确各项任务的牵头单位和责任单位。")
    runin("（二）强化要素保障。", "统筹用地、用海、用能指标，优先保障重大平台和重大项目需求，设立片区高质量发展专项资金。")
    runin("（三）做好监测评估。", "建立规划实施年度监测、中期评估和总结评估制度，评估结果作为考核的重要依据，确保规划目标任务如期完成。")
    banji(doc, "抄送：市委各部门，市人大常委会办公室，市政协办公室。",
          "钦州市人民政府办公室", "2026年3月17日印发", gap=0.6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="钦州市人民政府办公室关于印发中国（广西）自由贸易试验区钦州港片区“十五五”发展规划的通知",
            doc_number="钦政办发〔2026〕8号",
            issuer=["钦州市人民政府办公室"],
            date="2026-03-16",
            level="municipal",
            region="钦州市",
            doc_type="通知",
            recipients=["各县、区人民政府", "市人民政府各组成部门、各直属机构",
                        "中国（广西）自由贸易试验区钦州港片区管理委员会"],
            publicity="此件公开发布",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_changsha():
    """长沙片区管委会报市政府的请示（上行文，签发人，特急），附件1主要指标表（续表）。"""
    stem = "blind793_changsha_qingshi"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    # ---- 版头
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("中国（湖南）自由贸易试验区", XBS, 28, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40, before=4)
    add_par(doc, [("长沙片区管理委员会", XBS, 28, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    empty(doc, 1, line=16)
    p = add_par(doc, [("长自贸管〔2026〕11号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("周立新", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1, line=20)
    # title: one paragraph with soft line breaks
    p = doc.add_paragraph()
    font(p.add_run("关于提请印发《中国（湖南）自由贸易试验区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("长沙片区“十五五”发展规划》"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("的请示"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=20)
    add_par(doc, "长沙市人民政府：", indent=False)
    body("按照市委、市人民政府关于编制“十五五”规划的统一部署，我委牵头编制了《中国（湖南）自由贸易试验区长沙片区“十五五”发展规划》（以下简称《规划》）。现将有关情况报告如下：")
    head("一、编制过程")
    body("《规划》编制工作于2025年3月启动，先后开展实地调研32次，召开座谈会、论证会14场，两轮征求市直有关部门和各区县（市）人民政府意见，采纳或部分采纳意见建议71条。2026年1月，《规划》通过合法性审核和专家评审。")
    head("二、主要内容")
    body("《规划》共分七章，规划期限为2026年至2030年，展望到2035年。")
    for h, t in (
        ("（一）发展定位。", "打造世界级先进制造业集群、中非经贸深度合作先行区和内陆开放新高地。"),
        ("（二）发展目标。", "《规划》设置4类14项主要指标，其中预期性指标11项、约束性指标3项（详见附件1)。到2030年，片区外贸进出口总额达到3800亿元，实际使用外资达到18亿美元。"),
        ("（三）重点任务。", "《规划》提出8项重点任务，谋划重大工程项目46个，总投资约1260亿元。"),
    ):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])
    head("三、请示事项")
    body("恳请市人民政府审定《规划》，并以市人民政府办公厅名义印发实施。")
    add_par(doc, "妥否，请批示。")
    empty(doc, 1, line=20)
    # 附件 list: hanging indent so wrapped lines line up under the title text
    for i, a in enumerate(("附件：1.中国（湖南）自由贸易试验区长沙片区“十五五”发展规划主要指标表",
                           "2.中国（湖南）自由贸易试验区长沙片区“十五五”发展规划（送审稿）")):
        p = add_par(doc, a, indent=False)
        p.paragraph_format.left_indent = Pt(32 + 48 + 16)
        p.paragraph_format.first_line_indent = Pt(-16 - (48 if i == 0 else 0))
    empty(doc, 1, line=20)
    # 落款 with typed spaces, date in Chinese numerals
    p = add_par(doc, "\u3000" * 4 + "中国（湖南）自由贸易试验区长沙片区管理委员会", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, "\u3000" * 12 + "二〇二六年二月九日", indent=False)
    add_par(doc, "（联系人：谭晓军，联系电话：0731-84872016）")

    # ---- 附件1 on its own page
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("中国（湖南）自由贸易试验区长沙片区“十五五”", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    add_par(doc, [("发展规划主要指标表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    empty(doc, 1, line=16)
    top = ["类别", "序号", "指标名称", "单位", "2025年基期值", "2030年目标值", "年均增长（%）", "属性"]
    widths = [1.9, 1.1, 3.9, 1.7, 2.1, 2.0, 1.5, 1.6]
    rows1 = [
        ["经济发展", "1", "地区生产总值", "亿元", "1286", "1950", "8.7", "预期性"],
        ["经济发展", "2", "规模以上工业总产值", "亿元", "3420", "5200", "8.7", "预期性"],
        ["经济发展", "3", "社会消费品零售总额", "亿元", "612", "860", "7.0", "预期性"],
        ["经济发展", "4", "税收收入", "亿元", "168.5", "240", "7.3", "预期性"],
        ["开放合作", "5", "外贸进出口总额", "亿元", "2415.6", "3800", "9.5", "预期性"],
        ["开放合作", "6", "实际使用外资", "亿美元", "11.2", "18", "10.0", "预期性"],
        ["开放合作", "7", "对非贸易额", "亿元", "398", "650", "10.3", "预期性"],
        ["开放合作", "8", "新增制度创新成果", "项", "〔96〕", "〔150〕", "—", "预期性"],
    ]
    rows2 = [
        ["创新驱动", "9", "研究与试验发展经费投入强度", "%", "3.6", "4.2", "—", "预期性"],
        ["创新驱动", "10", "高新技术企业数量", "家", "1860", "3000", "10.0", "预期性"],
        ["创新驱动", "11", "每万人口高价值发明专利拥有量", "件", "38.6", "55", "7.3", "预期性"],
        ["绿色低碳", "12", "单位地区生产总值能耗降低", "%", "〔14.0〕", "完成市下达任务", "—", "约束性"],
        ["绿色低碳", "13", "单位地区生产总值二氧化碳排放降低", "%", "〔18.5〕", "完成市下达任务", "—", "约束性"],
        ["绿色低碳", "14", "工业用水重复利用率", "%", "92", "≥94", "—", "约束性"],
    ]
    t1 = indicator_table(doc, top, {}, rows1, clauses, widths, hdr_repeat=False)
    for row in t1.rows:
        row.height = Cm(1.5)
    # clerk split the table by hand and typed 续表 on the next page
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False)
    t2 = indicator_table(doc, top, {}, rows2, clauses, widths, hdr_repeat=False)
    for row in t2.rows:
        row.height = Cm(1.25)
    note = "注：〔 〕内为五年累计数；地区生产总值、规模以上工业总产值增速按可比价计算。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    banji(doc, "抄送：市发展改革委，市商务局，市司法局。",
          "长沙片区管委会综合部", "2026年2月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="关于提请印发《中国（湖南）自由贸易试验区长沙片区“十五五”发展规划》的请示",
            doc_number="长自贸管〔2026〕11号",
            issuer=["中国（湖南）自由贸易试验区长沙片区管理委员会"],
            date="2026-02-09",
            level="municipal",
            region="长沙市",
            attachments=[
                "中国（湖南）自由贸易试验区长沙片区“十五五”发展规划主要指标表",
                "中国（湖南）自由贸易试验区长沙片区“十五五”发展规划（送审稿）",
            ],
            doc_type="请示",
            recipients=["长沙市人民政府"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_honghe():
    """一个文件里两份文件：省政府批复 + 州政府办印发分工方案的通知（分节、页码重排）。"""
    stem = "blind793_honghe_pifu"
    doc = Document()
    setup(doc)

    # ------------------------------------------------ C1 批复 (省政府)
    c1 = []

    def body1(t):
        c1.append(t)
        add_par(doc, t)

    empty(doc, 1)
    add_par(doc, [("云南省人民政府文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    empty(doc, 1)
    p = add_par(doc, "云政复〔2026〕23号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("云南省人民政府关于中国（云南）自由贸易试验区红河片区“十五五”发展规划的批复", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "红河哈尼族彝族自治州人民政府，省商务厅：", indent=False)
    body1("你们《关于报请审批〈中国（云南）自由贸易试验区红河片区“十五五”发展规划〉的请示》（红政请〔2026〕6号）收悉。现批复如下：")
    body1("一、原则同意《中国（云南）自由贸易试验区红河片区“十五五”发展规划》（以下简称《规划》），请认真组织实施。《规划》期限为2026—2030年。")
    body1("二、《规划》实施要完整准确全面贯彻新发展理念，服务和融入高质量共建“一带一路”，发挥红河片区沿边跨境优势，加快建设连接越南、辐射东盟的沿边开放合作高地、跨境产业合作示范区和面向东盟的国际物流枢纽。")
    body1("三、红河州人民政府要切实履行主体责任，健全工作机制，分解落实《规划》确定的目标任务，加强中国—越南河口—老街跨境经济合作区、河口口岸等重大平台建设，推动中越跨境物流、跨境电商、边民互市贸易转型升级。到2030年，片区外贸进出口总额力争达到560亿元，口岸进出境货运量达到1200万吨。")
    body1("四、省商务厅（省自由贸易试验区工作领导小组办公室）要会同省发展改革委等有关部门加强对《规划》实施的指导、协调和监督检查，在政策、资金、项目等方面给予积极支持。《规划》实施中的重大问题，红河州人民政府要及时向省人民政府请示报告。")
    empty(doc, 2)
    # 落款 via tab stop
    p = add_par(doc, [("\t云南省人民政府", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.2))
    p = add_par(doc, [("\t2026年4月3日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.0))
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：省发展改革委，省财政厅，省自然资源厅，昆明海关。",
          "云南省人民政府办公厅", "2026年4月4日印发")

    # ------------------------------------------------ C2 州政府办通知 + 分工方案
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sectpr = sec._sectPr
    cols = sectpr.find(qn("w:cols"))
    pg = parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w"))
    if cols is not None:
        cols.addprevious(pg)
    else:
        sectpr.append(pg)
    c2 = []

    def body2(t):
        # this clerk indents with two typed full-width spaces
        c2.append(t)
        add_par(doc, IND + t, indent=False)

    def runin2(h, t):
        c2.append(h + t)
        add_par(doc, [(IND + h, KT, 16, False), (t, FS, 16, False)], indent=False)

    def head2(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    add_par(doc, [("红河哈尼族彝族自治州人民政府办公室文件", XBS, 30, False, RED, 72)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=52)
    empty(doc, 1)
    p = add_par(doc, "红政办发〔2026〕27号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("红河哈尼族彝族自治州人民政府办公室关于印发中国（云南）自由贸易试验区红河片区“十五五”发展规划主要目标任务分工方案的通知", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县、市人民政府，州直各委、办、局，中国（云南）自由贸易试验区红河片区管理委员会：",
            indent=False)
    body2("经州人民政府同意，现将《中国（云南）自由贸易试验区红河片区“十五五”发展规划主要目标任务分工方案》印发给你们，请结合实际认真抓好贯彻落实。各牵头单位于每年12月10日前将年度落实情况报送州商务局，由州商务局汇总后报州人民政府。")
    empty(doc, 1)
    p = add_par(doc, [("\t红河哈尼族彝族自治州人民政府办公室", FS, 16, False)], indent=False)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.tab_stops.add_tab_stop(Cm(5.6))
    p = add_par(doc, [("\t2026年4月20日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.8))
    add_par(doc, IND + "（此件主动公开）", indent=False)
    empty(doc, 2)
    add_par(doc, [("中国（云南）自由贸易试验区红河片区“十五五”", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("发展规划主要目标任务分工方案", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1)
    body2("为确保《中国（云南）自由贸易试验区红河片区“十五五”发展规划》（以下简称《规划》）确定的目标任务如期完成，结合我州实际，制定本方案。")
    head2("一、主要指标分解")
    add_par(doc, [("红河片区“十五五”主要指标分解表", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    indicator_table(
        doc,
        ["序号", "指标名称", "单位", "2030年目标值", "属性", "牵头单位", "责任单位"],
        {},
        [
            ["1", "外贸进出口总额", "亿元", "560", "预期性", "州商务局", "红河片区管委会，河口县、蒙自市人民政府"],
            ["2", "口岸进出境货运量", "万吨", "1200", "预期性", "州口岸办", "河口县人民政府"],
            ["3", "实际使用外资", "亿美元", "2.5", "预期性", "州商务局", "红河片区管委会"],
            ["4", "新增制度创新成果", "项", "〔60〕", "预期性", "红河片区管委会", "州司法局"],
            ["5", "单位地区生产总值能耗降低", "%", "完成州下达任务", "约束性", "州发展改革委", "州工业和信息化局"],
            ["6", "生态保护红线面积", "平方公里", "不减少", "约束性", "州自然资源和规划局", "州生态环境局"],
        ],
        c2,
        widths=[1.1, 3.4, 1.9, 2.0, 1.6, 2.6, 3.2],
        merge_first=False,
    )
    note = "注：〔 〕内为五年累计数。"
    c2.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=2)
    head2("二、重点任务分工")
    runin2("（一）建设面向东盟的国际物流枢纽。", "推进河口口岸扩能改造和中越跨境货运专用通道建设，常态化开行中越班列。牵头单位：州交通运输局、州口岸办；责任单位：河口县人民政府、红河片区管委会。")
    runin2("（二）推动边民互市贸易转型升级。", "探索“互市+落地加工”模式，建设边民互市商品落地加工园区。牵头单位：州商务局；责任单位：河口县、金平县人民政府。")
    runin2("（三）培育跨境产业集群。", "围绕新能源电池材料、有色金属精深加工、绿色食品加工等领域，推动中越跨境产业链供应链协同发展。牵头单位：州工业和信息化局；责任单位：红河片区管委会。")
    runin2("（四）深化制度创新。", "复制推广自由贸易试验区改革试点经验，每年形成制度创新成果不少于10项。牵头单位：红河片区管委会；责任单位：州司法局、州市场监管局。")
    head2("三、工作要求")
    body2("各牵头单位要切实履行牵头职责，会同责任单位制定年度工作计划，建立工作台账，实行清单化管理。州人民政府督查室将把《规划》实施情况纳入年度督查重点，对工作推进不力的单位予以通报。")
    banji(doc, "抄送：州委办公室，州人大常委会办公室，州政协办公室。",
          "红河哈尼族彝族自治州人民政府办公室", "2026年4月21日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [
        {
            "meta": meta(
                title="云南省人民政府关于中国（云南）自由贸易试验区红河片区“十五五”发展规划的批复",
                doc_number="云政复〔2026〕23号",
                issuer=["云南省人民政府"],
                date="2026-04-03",
                level="provincial",
                region="云南省",
                doc_type="批复",
                recipients=["红河哈尼族彝族自治州人民政府", "省商务厅"],
                publicity="此件公开发布",
            ),
            "clauses": c1,
        },
        {
            "meta": meta(
                title="红河哈尼族彝族自治州人民政府办公室关于印发中国（云南）自由贸易试验区红河片区“十五五”发展规划主要目标任务分工方案的通知",
                doc_number="红政办发〔2026〕27号",
                issuer=["红河哈尼族彝族自治州人民政府办公室"],
                date="2026-04-20",
                level="municipal",
                region="红河哈尼族彝族自治州",
                doc_type="通知",
                recipients=["各县、市人民政府", "州直各委、办、局",
                            "中国（云南）自由贸易试验区红河片区管理委员会"],
                publicity="此件主动公开",
            ),
            "clauses": c2,
        },
    ]
    return path


def main():
    paths = [doc_qinzhou(), doc_changsha(), doc_honghe()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
