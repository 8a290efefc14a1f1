# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1074: 自贸片区 / 商务局 年度工作总结与工作报告, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
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
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
IND = "\u3000\u3000"


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


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc, dash="—"):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(dash + " "), SONG, 14)
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
    font(fp.add_run(" " + dash), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None):
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for r in table.rows:
        for c, w in zip(r.cells, widths):
            c.width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1074", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
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


expected = {}


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": "municipal", "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_kunming():
    """自贸片区管委会向市政府的年度工作总结报告（上行文，红头）."""
    stem = "blind1074_kunming_zmq"
    doc = Document()
    setup(doc)
    clauses = []

    # red 版头 typed in a borderless 1x2 table: organ name on two lines | 文件
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [Cm(11.4), Cm(4.2)])
    c0, c1 = t.rows[0].cells
    set_cell(c0, "中国（云南）自由贸易试验区", XBS, 22, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    p = c0.add_paragraph()
    font(p.add_run("昆明片区管理委员会"), XBS, 22, color=RED)
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p.paragraph_format.line_spacing = Pt(34)
    c0.paragraphs[0].paragraph_format.line_spacing = Pt(34)
    set_cell(c1, "文件", XBS, 48, color=RED)
    empty(doc, 1)
    p = add_par(doc, [("昆自贸管报〔2026〕2号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("杨建明", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped by hand at odd places (three paragraphs)
    for line in ("中国（云南）自由贸易试验区昆明片区",
                 "管理委员会关于2025年工作总结及2026年",
                 "工作思路的报告"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "昆明市人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def lead(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, FS, 16, True), (t, FS, 16, False)])

    def h1(t):
        add_par(doc, [(t, HT, 16, False)])

    def h2(t):
        add_par(doc, [(t, KT, 16, False)])

    body("2025年，昆明片区坚持以制度创新为核心，统筹推进改革试点、开放平台和营商环境建设，各项工作取得新成效。现将有关情况报告如下：")
    h1("一、2025年工作情况")
    h2("（一）主要经济指标稳中有进")
    lead("经济总量稳步扩大。", "全年实现地区生产总值1186.4亿元（同比增长6.8%）；固定资产投资完成412.7亿元（同比增长5.3%），其中产业投资占比达到58.6%。")
    lead("开放型经济量质齐升。", "全年实现外贸进出口总额586.3亿元（同比增长14.2%），占全市的31.5%；其中对东盟进出口238.9亿元（同比增长21.7%）。实际使用外资1.86亿美元（同比增长9.4%），新设外商投资企业67家。")
    h2("（二）制度创新取得新突破")
    body("全年形成制度创新成果62项，其中4项在全国复制推广。一是深化投资贸易便利化改革。全年跨境人民币结算量达到312.6亿元（同比增长18.3%）。二是推进商事制度改革。推行“一业一证”改革覆盖行业扩大到38个，企业开办时间压缩至0.5个工作日。")
    h2("（三）开放通道和平台功能持续增强")
    body("一是国际物流通道加快建设。依托中老铁路常态化开行“澜湄快线”国际货运列车，全年开行412列（同比增长26.8%）。二是开放平台提质升级。昆明综合保税区全年进出口额176.5亿元（同比增长16.9%），跨境电子商务综合试验区线上综合服务平台备案企业突破1500家。")
    h2("（四）营商环境持续优化")
    lead("政务服务效能提升。", "承接省、市下放行政权力事项186项，实现“片区事片区办”；“一网通办”事项网办率达到96.3%。")
    h1("二、存在的问题")
    body("一是制度创新系统集成不够，首创性、差异化改革成果偏少；二是产业支撑能力不强，加工贸易和新业态新模式占比偏低，外向型龙头企业数量不多；三是要素保障存在短板，高层次专业人才引进难、留住难。")
    h1("三、2026年工作思路")
    body("2026年，片区将深入实施自贸试验区提升战略，力争外贸进出口总额增长12%以上，新形成制度创新成果50项以上。重点抓好以下工作：")

    def item(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    item("（一）聚焦制度创新。", "对标《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则开展压力测试，每季度发布一批制度创新案例。")
    item("（二）聚焦产业发展。", "实施外贸主体培育行动，力争新增有进出口实绩企业150家，大力发展跨境电商、保税维修、离岸贸易等新业态。")
    item("（三）聚焦通道建设。", "推动“澜湄快线”扩容增效，力争全年开行500列以上，加快昆明综合保税区二期建设。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    att = "中国（云南）自由贸易试验区昆明片区2025年主要指标完成情况表"
    p = add_par(doc, "附件：" + att, indent=True)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 1)
    # 落款: organ name on two lines, date in Chinese numerals, right aligned with right indent
    for line in ("中国（云南）自由贸易试验区", "昆明片区管理委员会", "二〇二六年一月二十日"):
        p = add_par(doc, line, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(48)

    # ---------------- 附件 on its own page, two-level header repeated
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("中国（云南）自由贸易试验区昆明片区", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("2025年主要指标完成情况表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=14)

    top = ["序号", "指标名称", "单位", "2025年", "2025年", "2025年", "同比增长（%）"]
    sub = [None, None, None, "目标值", "完成值", "完成率（%）", None]
    keys = [a if b is None else a + "／" + b for a, b in zip(top, sub)]

    def ind_table(rows):
        tb = doc.add_table(rows=2 + len(rows), cols=7)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        col_widths(tb, [Cm(1.2), Cm(4.8), Cm(1.6), Cm(1.8), Cm(1.8), Cm(2.0), Cm(2.4)])
        for i in (0, 1, 2, 6):
            m = tb.cell(0, i).merge(tb.cell(1, i))
            set_cell(m, top[i], HT, 11)
        m = tb.cell(0, 3).merge(tb.cell(0, 5))
        set_cell(m, "2025年", HT, 11)
        for i in (3, 4, 5):
            set_cell(tb.cell(1, i), sub[i], HT, 11)
        repeat_header(tb.rows[0])
        repeat_header(tb.rows[1])
        for ri, row in enumerate(rows, 2):
            for ci, v in enumerate(row):
                set_cell(tb.cell(ri, ci), v, FS, 11,
                         align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
            clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
        return tb

    part1 = [
        ["1", "地区生产总值", "亿元", "1180", "1186.4", "100.5", "6.8"],
        ["2", "规模以上工业增加值增速", "%", "8.5", "9.2", "108.2", "—"],
        ["3", "固定资产投资", "亿元", "420", "412.7", "98.3", "5.3"],
        ["4", "外贸进出口总额", "亿元", "560", "586.3", "104.7", "14.2"],
        ["5", "其中：对东盟进出口", "亿元", "220", "238.9", "108.6", "21.7"],
        ["6", "实际使用外资", "亿美元", "1.8", "1.86", "103.3", "9.4"],
        ["7", "新设外商投资企业", "家", "60", "67", "111.7", "8.1"],
        ["8", "跨境人民币结算量", "亿元", "300", "312.6", "104.2", "18.3"],
        ["9", "新增市场主体", "万户", "1.0", "1.12", "112.0", "12.6"],
        ["10", "新引进亿元以上产业项目", "个", "40", "43", "107.5", "10.3"],
        ["11", "“澜湄快线”开行量", "列", "400", "412", "103.0", "26.8"],
        ["12", "综合保税区进出口额", "亿元", "170", "176.5", "103.8", "16.9"],
    ]
    part2 = [
        ["13", "制度创新成果", "项", "50", "62", "124.0", "19.2"],
        ["14", "其中：全国复制推广", "项", "3", "4", "133.3", "—"],
        ["15", "政务服务事项网办率", "%", "95", "96.3", "101.4", "—"],
        ["16", "跨境电商平台备案企业", "家", "1200", "1526", "127.2", "35.8"],
    ]
    ind_table(part1 + part2)
    p = add_par(doc, [("注：完成率=完成值÷目标值×100%；地区生产总值、规模以上工业增加值增速按可比价格计算；“—”表示无可比数据。", FS, 12, False)],
                indent=False, line=20, before=6)
    clauses.append("注：完成率=完成值÷目标值×100%；地区生产总值、规模以上工业增加值增速按可比价格计算；“—”表示无可比数据。")

    banji(doc, "抄送：省自贸办，市发展改革委、市商务局。",
          "昆明片区管委会党政办公室", "2026年1月20日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（云南）自由贸易试验区昆明片区管理委员会关于2025年工作总结及2026年工作思路的报告",
            doc_number="昆自贸管报〔2026〕2号",
            issuer=["中国（云南）自由贸易试验区昆明片区管理委员会"],
            date="2026-01-20",
            level="municipal",
            region="昆明市",
            attachments=[att],
            doc_type="报告",
            recipients=["昆明市人民政府"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_hefei():
    """市商务局年度工作总结（无红头，网上公开稿，附表）."""
    stem = "blind1074_hefei_zongjie"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    # title typed as two paragraphs, no 版头
    add_par(doc, [("合肥市商务局2025年工作总结", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=24)
    add_par(doc, [("和2026年工作思路", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    # indentation typed with full-width spaces
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def lead(h, t, hname=FS):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hname, 16, True), (t, FS, 16, False)], indent=False)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    body("2025年，市商务局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届历次全会精神，围绕“稳外贸、稳外资、促消费”主线，全力以赴扩大内需、稳住外贸外资基本盘，各项工作取得积极成效。全年实现社会消费品零售总额6218.5亿元，同比增长5.6%；外贸进出口总额3926.4亿元，同比增长9.8%；实际使用外资31.2亿美元，同比增长4.3%。现将有关情况总结如下：")
    head("2025年工作情况")
    lead("（一）促消费持续发力。", "全年举办“合肥消费节”等各类促消费活动320余场。一是以旧换新扎实推进。全市汽车以旧换新补贴申请量达到8.7万份，家电以旧换新销售额58.6亿元(同比增长62.3%)。二是首店经济加快发展。引进各类首店186家，其中全国首店12家。", KT)
    lead("（二）外贸稳中提质。", "全年外贸进出口总额3926.4亿元，同比增长9.8%，增速高于全省2.1个百分点。其中出口2614.7亿元，增长12.4%；进口1311.7亿元，增长5.0%。“新三样”产品出口额达到862.3亿元(同比增长31.6%)。跨境电商进出口额达到412.8亿元，同比增长26.5%。", KT)
    lead("（三）招商引资和利用外资取得新进展。", "全年实际使用外资31.2亿美元，同比增长4.3%；新设外商投资企业418家，同比增长15.8%。举办“合肥—德国”投资推介会等活动，签约外资项目67个。", KT)
    add_par(doc, [(IND, FS, 16, False), ("（四）开放平台和通道建设", KT, 16, True)], indent=False)
    # two paragraphs typed with Shift+Enter inside one w:p
    h1, t1 = "开放平台能级提升。", "中国（安徽）自由贸易试验区合肥片区形成制度创新成果48项，其中“科技成果转化‘先用后转’”等3项入选全国自贸试验区最佳实践案例；合肥综合保税区、合肥经济技术开发区综合保税区进出口额合计1086.2亿元，同比增长11.7%。"
    h2, t2 = "开放通道更加畅通。", "中欧班列（合肥）全年开行952列，同比增长8.3%，线路通达欧洲16个国家、134个城市；合肥国际航空货运开通全货机航线12条，货邮吞吐量达到16.8万吨。"
    p = doc.add_paragraph()
    font(p.add_run(IND), FS, 16)
    font(p.add_run(h1), FS, 16, True)
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND), FS, 16)
    font(p.add_run(h2), FS, 16, True)
    font(p.add_run(t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([h1 + t1, h2 + t2])
    head("存在的问题")
    body("一是外贸增长动能有待增强，传统劳动密集型产品出口下滑，部分企业订单转移压力加大;二是外资规模与城市经济体量不相匹配，制造业大项目、好项目储备不足;三是消费增长后劲不足，居民消费意愿偏弱，商圈同质化竞争问题突出。")
    head("2026年工作思路")
    body("2026年，市商务局将锚定“十五五”开局目标，力争社会消费品零售总额增长5%左右，外贸进出口增长8%左右，实际使用外资保持稳定。重点做好以下工作：")
    lead("1.大力提振消费。", "持续开展“合肥消费节”系列活动，推进淮河路步行街、骆岗公园商圈等消费载体提质升级。")
    lead("2.稳住外贸基本盘。", "实施外贸主体培育“千企出海”行动，扩大“新三样”、汽车及零部件出口。")
    lead("3.加力招引外资。", "聚焦新能源汽车、集成电路、新型显示等主导产业开展精准招商，建立重点外资项目“服务专班”，全年新引进外资项目60个以上。")
    lead("4.提升开放平台能级。", "推动自贸试验区合肥片区实施提升战略，加快中欧班列（合肥）集结中心建设，积极争取开通更多国际全货机航线。")
    empty(doc, 1)
    att = "2025年合肥市商务主要指标完成情况表"
    add_par(doc, IND + "附表：" + att, indent=False)
    empty(doc, 2)
    # 落款 pushed right with typed half-width spaces
    add_par(doc, " " * 42 + "合肥市商务局", indent=False)
    add_par(doc, " " * 41 + "2026年1月9日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---------------- 附表 page, header row repeated
    p = add_par(doc, [("附表", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [(att, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            line=36, before=12, after=12)
    header = ["序号", "指标", "单位", "年度目标", "完成值", "同比增长(%)", "完成率(%)"]
    rows = [
        ["1", "社会消费品零售总额", "亿元", "6200", "6218.5", "5.6", "100.3"],
        ["2", "外贸进出口总额", "亿元", "3850", "3926.4", "9.8", "102.0"],
        ["3", "其中：出口", "亿元", "2550", "2614.7", "12.4", "102.5"],
        ["4", "其中：进口", "亿元", "1300", "1311.7", "5.0", "100.9"],
        ["5", "跨境电商进出口额", "亿元", "400", "412.8", "26.5", "103.2"],
        ["6", "实际使用外资", "亿美元", "32", "31.2", "4.3", "97.5"],
        ["7", "新设外商投资企业", "家", "380", "418", "15.8", "110.0"],
        ["8", "中欧班列（合肥）开行量", "列", "900", "952", "8.3", "105.8"],
        ["9", "引进首店", "家", "150", "186", "18.5", "124.0"],
        ["10", "新建改造一刻钟便民生活圈", "个", "40", "42", "—", "105.0"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=len(header))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tb, [Cm(1.2), Cm(4.8), Cm(1.6), Cm(1.9), Cm(1.8), Cm(2.2), Cm(2.1)])
    for i, h in enumerate(header):
        set_cell(tb.rows[0].cells[i], h, HT, 11)
    repeat_header(tb.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(tb.rows[ri].cells[ci], v, FS, 11,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    note = "注：实际使用外资未完成年度目标，主要受个别重大项目资金到位延后影响。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="合肥市商务局2025年工作总结和2026年工作思路",
            doc_number=None,
            issuer=["合肥市商务局"],
            date="2026-01-09",
            level="municipal",
            region="合肥市",
            attachments=[att],
            doc_type="总结",
            recipients=[],
            publicity="此件主动公开",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_xiamen():
    """向市人大常委会会议所作的报告（宣读稿）."""
    stem = "blind1074_xiamen_renda"
    doc = Document()
    setup(doc, dash="-")
    clauses = []

    add_par(doc, [("市十六届人大常委会", HT, 14, False)], indent=False, line=22)
    add_par(doc, [("第二十二次会议文件（5）", HT, 14, False)], indent=False, line=22)
    empty(doc, 2)
    for line in ("厦门市人民政府关于2025年度全市开放型",
                 "经济发展和自贸试验区厦门片区建设",
                 "情况的报告"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=36)
    empty(doc, 1)
    # subtitle with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("——2026年4月23日在厦门市第十六届人民代表大会"), KT, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("常务委员会第二十二次会议上"), KT, 16)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1)
    add_par(doc, [("厦门市商务局局长　吴志明", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1)
    add_par(doc, "主任、各位副主任、秘书长、各位委员：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def lead(h, t, hname=FS):
        clauses.append(h + t)
        add_par(doc, [(h, hname, 16, True), (t, FS, 16, False)])

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    body("受市人民政府委托，现将2025年度全市开放型经济发展和自贸试验区厦门片区建设情况报告如下，请予审议。")
    head("一、2025年工作情况")
    body("2025年，面对复杂严峻的外部环境，市政府坚决贯彻落实党中央、国务院决策部署和省委、省政府工作要求，在市人大常委会的监督支持下，坚持以高水平开放促进高质量发展，全市开放型经济运行总体平稳、稳中有进。")
    lead("（一）外贸外资稳中提质。", "全年外贸进出口总额9426.8亿元，同比增长4.6%，规模继续保持全省首位；其中对共建“一带一路”国家进出口4718.3亿元，同比增长8.9%，占比提高到50.1%。一是贸易结构持续优化。机电产品出口2316.4亿元（同比增长7.2%），高新技术产品出口增长11.5%。二是新业态新模式加快发展。跨境电商进出口额达到436.7亿元（同比增长19.8%），保税维修业务进出口值增长23.4%。三是利用外资质量提升。全年实际使用外资23.6亿美元（同比增长3.1%），其中高技术产业实际使用外资占比达到38.7%。", KT)
    lead("（二）自贸试验区厦门片区改革创新深入推进。", "厦门片区全年新推出创新举措78项，其中全国首创26项；累计形成创新举措601项，42项在全国复制推广。一是深化两岸融合发展。推进“两岸一家亲”示范区建设，实施台湾地区职业资格采认，累计为台胞办理职业资格采认1600余人次。二是推进航运物流创新。厦门港集装箱吞吐量达到1286万标箱（同比增长3.4%），开通“丝路海运”命名航线18条，总数达到128条。三是拓展国际合作。推动中欧班列（厦门）与“丝路海运”无缝衔接，全年开行中欧（亚）班列286列，同比增长12.2%。", KT)
    lead("（三）开放平台功能持续增强。", "成功举办第二十五届中国国际投资贸易洽谈会，签约项目金额2860亿元；金砖国家新工业革命伙伴关系创新基地建设扎实推进，累计实施金砖创新基地赋能项目152个。海沧、象屿综合保税区全年进出口额1268.4亿元（同比增长6.7%）。", KT)
    lead("（四）营商环境持续优化。", "深入开展营商环境创新试点，出台《厦门市优化外商投资环境若干措施》，建立外资企业“服务大使”制度，全年为外资企业解决诉求问题368个；国际贸易“单一窗口”主要业务应用率保持100%。", KT)
    head("二、存在的问题")
    body("在肯定成绩的同时，我们也清醒地看到，全市开放型经济发展仍面临不少困难和挑战。")
    lead("一是外贸增长压力较大。", "受国际贸易保护主义抬头等因素影响，部分外贸企业订单减少、利润收窄，外贸增速低于预期目标。")
    lead("二是利用外资结构有待优化。", "外资项目中制造业大项目偏少，服务业利用外资集中于房地产和商贸领域，引资后劲不足。")
    lead("三是自贸试验区改革系统集成不够。", "部分创新举措碎片化，首创性、引领性制度创新成果偏少，与上海、海南等先行地区相比存在差距。")
    head("三、2026年工作思路")
    body("2026年是“十五五”开局之年，市政府将以建设高素质高颜值现代化国际化城市为目标，重点抓好以下工作：")
    lead("（一）全力稳外贸。", "实施外贸主体培育和市场多元化行动，支持企业开拓共建“一带一路”国家和RCEP成员国市场，力争外贸进出口总额增长5%以上。", KT)
    lead("（二）提质稳外资。", "完善“厦门投资”全球推介网络，聚焦新能源、生物医药、集成电路等产业开展精准招商，力争实际使用外资保持增长。", KT)
    lead("（三）深化自贸试验区改革。", "实施自贸试验区提升战略，积极争取更多改革试点在厦门片区先行先试，全年推出创新举措60项以上。", KT)
    lead("（四）强化开放平台支撑。", "高水平办好第二十六届投洽会，推进金砖创新基地、“丝路海运”、中欧班列（厦门）等平台协同发展。", KT)
    body("主任、各位副主任、秘书长、各位委员，我们将认真落实本次会议审议意见，自觉接受市人大常委会的监督，奋力推动全市开放型经济高质量发展，为加快建设现代化国际化城市作出新的更大贡献！")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="厦门市人民政府关于2025年度全市开放型经济发展和自贸试验区厦门片区建设情况的报告",
            doc_number=None,
            issuer=["厦门市人民政府"],
            date="2026-04-23",
            level="municipal",
            region="厦门市",
            attachments=[],
            doc_type="报告",
            recipients=["主任", "各位副主任", "秘书长", "各位委员"],
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_kunming(), doc_hefei(), doc_xiamen()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
