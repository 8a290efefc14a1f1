# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 915: 信息专报 / 要情专报 (报头两行机关名、密级、签发人、编号、批示栏), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ROW_HEIGHT_RULE
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
SP = "\u3000"

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


def add_runs(p, runs):
    for r in runs:
        if r == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)


def add_par(doc_or_cell, runs, **kw):
    """runs: list of (text, font, size, bold[, color]) or "\n" for a soft break, or plain str."""
    p = doc_or_cell.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    add_runs(p, runs)
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
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def setup(doc, footer_style="dash"):
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
    left, right = ("— ", " —") if footer_style == "dash" else ("- ", " -")
    font(fp.add_run(left), SONG, 14)
    r = fp.add_run(); font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = fp.add_run(); font(r, SONG, 14)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = fp.add_run(); font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run(); font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    return p


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(t):
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def col_widths(t, widths_cm):
    t.autofit = False
    for col, w in zip(t.columns, widths_cm):
        col.width = Cm(w)
    for row in t.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def pishi_box(doc, label="领导批示", height_cm=4.2):
    """Empty 领导批示栏 — a form field for the leader's handwriting, no content."""
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    row = t.rows[0]
    row.height = Cm(height_cm)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    c0 = row.cells[0]
    c0.text = ""
    p = c0.paragraphs[0]
    font(p.add_run(label[:2]), HT, 14)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(label[2:]), HT, 14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    vcenter(c0)
    set_cell(row.cells[1], "")
    col_widths(t, [2.2, 13.4])
    return t


def banji_lines(doc, lines, last_rule=True):
    """版记: lines between black rules (first line gets top rule, each gets bottom rule)."""
    for i, (left, right) in enumerate(lines):
        runs = [(left, FS, 14, False)]
        p = add_par(doc, runs, indent=False, line=24)
        if right:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
            font(p.add_run("\t" + right), FS, 14)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if i == 0:
            border(p, "top", "000000", 12, 4)
        if i < len(lines) - 1 or last_rule:
            border(p, "bottom", "000000", 12 if i == len(lines) - 1 else 4, 4)


def data_rows(t, headers, rows, start, clauses, size=11, left_cols=()):
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[start + ri].cells[ci], v, FS, size, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_915", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
# 钦州 两办 要情专报: two organs stacked in a layout table, 要情专报 in a merged cell,
# 密级 + 特急, 期号 + two 签发人 on a tab line, empty 批示栏 at the top, 3-line title.
def doc_qinzhou():
    stem = "blind915_qinzhou_yaoqing"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("秘密★1年", HT, 16, False)], indent=False)
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    empty(doc, 1, line=16)

    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "中共钦州市委办公室", XBS, 24, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=34)
    set_cell(t.cell(1, 0), "钦州市人民政府办公室", XBS, 24, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=34)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "要情专报", XBS, 36, color=RED, line=44)
    vcenter(m)
    col_widths(t, [9.2, 6.4])

    empty(doc, 1, line=16)
    p = add_par(doc, [("〔2026〕第7期", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("黄志远" + SP + "梁春梅", KT, 16, False)],
                indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)
    p.paragraph_format.left_indent = Pt(8)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1, line=14)
    pishi_box(doc, "领导批示", 3.0)
    empty(doc, 1, line=20)

    # title typed with Shift+Enter at odd places
    p = doc.add_paragraph()
    add_runs(p, [("关于第12号台风“海鸥”对西部陆海新通道", XBS, 22, False), "\n",
                 ("钦州港集装箱海铁联运影响及应急", XBS, 22, False), "\n",
                 ("处置情况的报告", XBS, 22, False)])
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "自治区党委办公厅、自治区人民政府办公厅：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("2026年8月13日22时前后，今年第12号台风“海鸥”在我市钦南区沿海登陆，登陆时中心附近最大风力13级（38米/秒）。受其影响，钦州港自8月12日20时起全面停止集装箱装卸和船舶进出港作业，西部陆海新通道海铁联运班列暂停开行，部分在港货物和车辆出现滞留。截至8月14日16时，未发生人员伤亡，港区主要设施总体安全。现将有关情况报告如下：")
    head("一、基本情况")
    runin("（一）港口作业受影响情况。", "钦州港大榄坪、勒沟、金谷3个作业区累计停工44小时，在港待装卸船舶27艘，其中集装箱船舶19艘；码头前沿及堆场滞留集装箱约6.3万标准箱，其中冷链集装箱1860标准箱。各作业区受影响情况如下：")
    # caption with units — a table caption, not a clause
    add_par(doc, [("钦州港各作业区受台风影响情况（单位：艘、标准箱）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    hdr = ["序号", "作业区", "待泊船舶", "滞留集装箱", "其中：冷链箱", "预计恢复作业时间"]
    rows = [
        ["1", "大榄坪作业区", "11", "32600", "1120", "8月14日20时"],
        ["2", "勒沟作业区", "9", "21400", "520", "8月15日8时"],
        ["3", "金谷作业区", "7", "9000", "220", "8月15日14时"],
        ["—", "合计", "27", "63000", "1860", "—"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    data_rows(t, hdr, rows, 1, clauses, size=12)
    col_widths(t, [1.3, 3.2, 2.2, 2.6, 2.6, 3.7])
    p = add_par(doc, [("注：数据截至8月14日16时，滞留集装箱含空箱约1.1万标准箱。", FS, 12, False)],
                indent=False, line=20, before=4)
    clauses.append("注：数据截至8月14日16时，滞留集装箱含空箱约1.1万标准箱。")
    runin("（二）海铁联运班列受影响情况。", "8月12日至14日，原计划开行的西部陆海新通道海铁联运班列共停开58列（其中钦州港—重庆班列21列、钦州港—成都班列14列、钦州港—昆明班列9列、其他线路14列），涉及集装箱约5800标准箱。钦州港站、钦州东站滞留待发车皮412辆。")
    runin("（三）企业和货主受影响情况。", "据初步摸排，受影响的进出口企业约340家，主要涉及东盟水果、冻品、汽车零部件、化工品等货类。其中，泰国、越南进口榴莲、山竹等冷链水果约2100吨存在变质风险，部分经钦州港中转至中亚、欧洲的海铁联运货物面临交货延期风险。")
    head("二、应急处置情况")
    body("台风预警发布后，市委、市政府主要领导第一时间赶赴钦州港现场指挥调度，市防汛抗旱指挥部于8月11日启动防台风Ⅱ级应急响应，8月12日提升至Ⅰ级。")
    runin("（一）全力保障港区安全。", "组织港区企业对岸桥、场桥等大型设备实施防风锚定，加固堆场集装箱1.8万标准箱；提前疏散在港船舶42艘至避风锚地，转移港区作业人员和周边群众2316人。")
    runin("（二）加快恢复通关通行。", "协调钦州海关对滞留冷链货物开辟“绿色通道”，实行“先放行后改单”“抵港直装”，8月14日12时起已放行冷链集装箱430标准箱；协调中国铁路南宁局集团有限公司加开恢复班列，计划8月15日至17日每日加开海铁联运班列6列。")
    runin("（三）主动做好企业服务。", "设立企业诉求服务专班，开通24小时服务热线，截至8月14日16时已受理企业诉求86件，办结61件；协调中国出口信用保险公司广西分公司及辖内保险机构开辟理赔快速通道，预赔付资金1260万元。")
    head("三、下一步工作")
    body("目前，台风“海鸥”已减弱为热带低压并移出我市，港区于8月14日14时起逐步恢复作业。下一步，我市将重点做好以下工作：")
    # half-width "1." numbering typed by hand
    body("1.全力以赴疏港保畅。实行24小时连续作业，优先安排冷链、鲜活农产品和重点企业货物装卸，力争8月17日前基本消化滞港集装箱。")
    body("2.抓紧开展灾损评估。组织交通运输、商务、应急管理等部门对港口设施、企业货物损失开展全面评估，8月20日前形成评估报告。")
    body("3.及时回应企业关切。对因台风造成的合同延期、通关延误等问题，协调海关、税务、金融机构依法依规予以帮扶，防止企业订单流失。")
    body("有关进展情况，我们将及时续报。")
    empty(doc, 1)
    # two organs side by side, typed with spaces
    add_par(doc, SP * 3 + "中共钦州市委办公室" + SP * 4 + "钦州市人民政府办公室", indent=False)
    add_par(doc, SP * 18 + "2026年8月14日", indent=False)
    empty(doc, 1)
    banji_lines(doc, [
        ("抄送：自治区商务厅、交通运输厅、应急管理厅，中国（广西）自由贸易试验区钦州港片区管委会。", None),
        ("中共钦州市委办公室秘书科", "2026年8月14日印发"),
    ])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于第12号台风“海鸥”对西部陆海新通道钦州港集装箱海铁联运影响及应急处置情况的报告",
            "doc_number": "〔2026〕第7期",
            "issuer": ["中共钦州市委办公室", "钦州市人民政府办公室"],
            "date": "2026-08-14",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["自治区党委办公厅", "自治区人民政府办公厅"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 海南省商务厅 信息专报: organ name + spaced 报名 on two red lines, 期号 centred,
# organ/date line aligned with typed spaces over a red rule, 编者按, typed full-width
# indents, run-in 一、 headings, two-level merged header table with repeated header rows,
# a pasted paragraph with a stray line break, 批示栏 at the bottom, 报/送 版记, 共印份数.
def doc_hainan():
    stem = "blind915_hainan_xinxi"
    doc = Document()
    setup(doc, footer_style="hyphen")
    clauses = []
    IND = SP * 2

    add_par(doc, [("内部资料" + SP + "注意保存", HT, 14, False)], indent=False)
    empty(doc, 1, line=20)
    add_par(doc, [("海南省商务厅", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44)
    add_par(doc, [("信" + SP + "息" + SP + "专" + SP + "报", XBS, 48, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=64, before=6)
    add_par(doc, [("第15期", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            before=6)
    p = add_par(doc, "海南省商务厅" + " " * 34 + "2026年4月8日", indent=False)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)

    ed = "2025年12月18日，海南自由贸易港正式启动全岛封关运作。封关运作首季度，全省货物贸易实现较快增长，“一线放开、二线管住、岛内自由”的政策效应初步显现。现将有关情况专报如下。"
    add_par(doc, [(IND, KT, 16, False), ("编者按：", HT, 16, False), (ed, KT, 16, False)],
            indent=False)
    clauses.append("编者按：" + ed)
    empty(doc, 1)
    add_par(doc, [("全岛封关运作首季度海南自由贸易港", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("货物贸易实现“开门红”", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    body("据海口海关统计，2026年1—3月，海南省货物贸易进出口总值812.6亿元，同比增长24.3%，增速高于全国平均水平19.8个百分点。其中，出口318.4亿元，增长31.7%；进口494.2亿元，增长19.9%。")
    runin("一、“零关税”政策红利加速释放。", "封关后，享惠主体由原来的“四张清单”所列主体扩大至全岛符合条件的经营主体，“零关税”商品范围由约1900个税目扩大至约6600个税目。一季度，全省“零关税”进口货物货值46.8亿元，同比增长2.1倍，减免税款7.9亿元；新增享惠企业1326家。")
    runin("二、加工增值政策效应持续显现。", "一季度，全省享受加工增值货物内销免征关税政策的企业达到68家，内销货值22.5亿元，同比增长86.4%，免征关税1.8亿元。洋浦经济开发区、海口综合保税区加工增值内销货值分别占全省的61.2%和24.7%。")
    runin("三、对东盟等共建“一带一路”国家贸易较快增长。", "一季度，海南对共建“一带一路”国家进出口393.7亿元，增长28.9%，占全省进出口总值的48.4%；其中对东盟进出口214.3亿元，增长33.6%。主要指标见下表。")

    add_par(doc, [("2026年一季度海南省货物贸易主要指标（单位：亿元，%）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    hdr = ["指标", "3月／金额", "3月／同比", "1—3月／金额", "1—3月／同比"]
    rows = [
        ["进出口总值", "301.5", "26.8", "812.6", "24.3"],
        ["出口", "121.7", "35.2", "318.4", "31.7"],
        ["进口", "179.8", "21.6", "494.2", "19.9"],
        ["对共建“一带一路”国家进出口", "146.2", "30.1", "393.7", "28.9"],
        ["其中：对东盟", "80.5", "35.4", "214.3", "33.6"],
        ["“零关税”进口货物货值", "18.3", "2.4倍", "46.8", "2.1倍"],
        ["加工增值内销货值", "8.9", "92.6", "22.5", "86.4"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "指标", HT, 12); vcenter(a)
    b = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(b, "3月", HT, 12)
    c = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(c, "1—3月", HT, 12)
    for i, h in enumerate(["金额", "同比", "金额", "同比"], 1):
        set_cell(t.cell(1, i), h, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    data_rows(t, hdr, rows, 2, clauses, size=12, left_cols=(0,))
    for r in (3, 4):  # 出口/进口 indented by paragraph indent, not characters
        t.cell(r, 0).paragraphs[0].paragraph_format.left_indent = Pt(24)
    col_widths(t, [5.6, 2.5, 2.5, 2.5, 2.5])
    note = "注：同比增速按人民币计价计算；“零关税”进口货物含原辅料、交通工具及游艇、自用生产设备等。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    # paragraph pasted from a chat window: a stray line break in mid-sentence
    h4 = "四、需要关注的问题。"
    t4a = "一是部分企业对封关后“二线”申报规则掌握不够，一季度经“二线口岸”进入内地的货物"
    t4b = "申报差错率为2.7%，高于全国海关平均水平。二是国际航线运力仍显不足，洋浦港外贸集装箱航线中直达欧美的远洋干线仅3条，部分货物仍需经香港、新加坡中转。三是受国际市场需求波动影响，部分加工增值企业订单存在不确定性。"
    add_par(doc, [(IND, FS, 16, False), (h4, HT, 16, False), (t4a, FS, 16, False), "\n",
                  (t4b, FS, 16, False)], indent=False)
    clauses.append(h4 + t4a + t4b)
    runin("五、下一步工作建议。", "建议省有关部门会同海口海关加大封关政策宣传解读和企业培训力度，编制“二线”申报操作指引；加快洋浦国际集装箱枢纽港建设，争取新开通至中东、欧洲的远洋干线2条以上；用好“零关税”、加工增值等政策，培育一批具有国际竞争力的加工制造企业，推动货物贸易持续稳定增长。")
    empty(doc, 1, line=16)
    pishi_box(doc, "领导批示", 2.6)
    empty(doc, 1, line=16)
    banji_lines(doc, [
        ("报：商务部，省委办公厅、省政府办公厅。", None),
        ("送：省发展改革委、省财政厅、省交通运输厅，海口海关，洋浦经济开发区管委会。", None),
        ("海南省商务厅办公室", "（共印30份）"),
    ])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "全岛封关运作首季度海南自由贸易港货物贸易实现“开门红”",
            "doc_number": "第15期",
            "issuer": ["海南省商务厅"],
            "date": "2026-04-08",
            "published": None,
            "level": "provincial",
            "region": "海南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "信息专报",
            "recipients": ["商务部", "省委办公厅", "省政府办公厅"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 喀什片区管委会 专报 (上行文): long organ name broken over two lines inside one cell,
# 加急, 文号 + 签发人 aligned with typed spaces, red rule as an empty bordered paragraph,
# 主送, 一、（一）1. numbering, two numbered items in one paragraph split by Shift+Enter,
# half-width comma, 特此报告, 附件 list, 落款 on two lines + 汉字 date, contact line,
# 版记 placed before the attachment, 附件 table on its own page with 合计 row and a note.
def doc_kashi():
    stem = "blind915_kashi_zhuanbao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("加急", HT, 16, False)], indent=False)
    empty(doc, 1, line=18)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0 = t.cell(0, 0)
    c0.text = ""
    p = c0.paragraphs[0]
    add_runs(p, [("中国（新疆）自由贸易试验区", XBS, 22, False, RED), "\n",
                 ("喀什片区管理委员会", XBS, 22, False, RED)])
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p.paragraph_format.line_spacing = Pt(34)
    set_cell(t.cell(0, 1), "专报", XBS, 44, color=RED, line=52)
    vcenter(t.cell(0, 1))
    col_widths(t, [11.0, 4.6])
    empty(doc, 1, line=18)
    add_par(doc, "喀自贸管〔2026〕23号" + " " * 4 + "签发人：阿不都热合曼·买买提",
            indent=False)
    p = add_par(doc, "", indent=False, line=6)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    add_par(doc, [("关于喀什片区推进中吉乌铁路配套", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("物流枢纽建设有关情况的报告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "自治区商务厅：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为贯彻落实自治区关于加快打造丝绸之路经济带核心区、服务中吉乌铁路建设的部署要求，喀什片区依托喀什综合保税区、喀什经济开发区，加快推进中吉乌铁路配套物流枢纽建设。现将有关情况报告如下：")
    head("一、总体进展")
    # half-width comma typed by mistake
    body("中吉乌铁路于2024年12月正式开工建设，喀什作为铁路在我国境内的起点城市，区位优势进一步凸显。今年以来，片区围绕“通道+枢纽+产业”发展思路，统筹推进10个配套物流项目，总投资86.4亿元,截至5月20日已完成投资31.2亿元，占年度计划的57.6%（项目明细见附件）。")
    runin("（一）喀什国际陆港物流园建设加快推进。", "园区一期铁路专用线、集装箱堆场已完成主体工程，具备开通条件；二期冷链物流中心完成桩基施工。园区已吸引中外运、新疆国际陆港（集团）有限责任公司等21家物流企业签约入驻。")
    runin("（二）多式联运通道持续拓展。", "常态化开行喀什—伊尔克什坦—奥什—安集延“公铁联运”线路和喀什—吐尔尕特—比什凯克公路运输线路，1—4月完成多式联运货运量18.6万吨，同比增长42.3%。中吉乌“一单制”多式联运试点首单业务于4月顺利完成。")
    runin("（三）通关便利化水平不断提升。", "喀什海关在片区推行“智慧口岸+无感通关”模式，伊尔克什坦、吐尔尕特口岸进出口整体通关时间分别压缩至6.8小时和7.2小时，较2025年同期分别缩短31%和27%。")
    head("二、存在的主要问题")
    i1 = "1.项目融资压力较大。10个配套物流项目中有4个项目存在资金缺口，合计约12.7亿元，社会资本参与意愿不强。"
    i2 = "2.口岸基础设施承载能力不足。伊尔克什坦口岸货运通道设计通行能力为每日600辆次，今年高峰期日均通行已达720辆次，车辆排队候检时间较长。"
    i3 = "3.专业人才较为短缺。片区内熟悉国际多式联运、跨境供应链金融的专业人才不足，企业招引难、留人难问题较为突出。"
    # items 1 and 2 typed in one paragraph with Shift+Enter; item 3 its own paragraph
    add_par(doc, [(i1, FS, 16, False), "\n", (SP * 2 + i2, FS, 16, False)])
    clauses.extend([i1, i2])
    body(i3)
    head("三、有关建议")
    body("（一）恳请自治区商务厅支持将喀什国际陆港物流园纳入自治区重点物流枢纽项目清单，在专项债券额度分配、中央预算内投资申报等方面给予倾斜。")
    body("（二）恳请协调推动伊尔克什坦口岸扩能改造工程前期工作，争取纳入国家口岸发展规划调整事项。")
    body("（三）支持片区与乌鲁木齐片区、霍尔果斯片区建立联动发展机制，共同开展中吉乌多式联运“一单制”改革试点。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    add_par(doc, "附件：喀什片区中吉乌铁路配套物流项目进展情况表")
    empty(doc, 1)
    for line in ("中国（新疆）自由贸易试验区", "喀什片区管理委员会", "二〇二六年五月二十六日"):
        p = add_par(doc, line, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（联系人：热依拉·艾尔肯　电话：0998-2585166）")

    # this office puts the 版记 under the 落款 of the body, before the attachment
    banji_lines(doc, [
        ("抄送：中共喀什地委办公室、喀什地区行政公署办公室，自治区自贸试验区工作领导小组办公室。", None),
        ("喀什片区管理委员会党政办公室", "2026年5月26日印发"),
    ])

    # ---------------- 附件 (own page)
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("喀什片区中吉乌铁路配套物流项目进展情况表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("单位：亿元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=20)
    hdr = ["序号", "项目名称", "建设内容", "总投资", "截至5月20日完成投资", "进展情况"]
    rows = [
        ["1", "喀什国际陆港物流园（一期）", "铁路专用线3.2公里、集装箱堆场12万平方米", "18.6", "11.4", "主体工程完工，具备开通条件"],
        ["2", "喀什国际陆港物流园（二期）冷链物流中心", "冷库容量5万吨及配套设施", "9.8", "2.1", "完成桩基施工"],
        ["3", "喀什综合保税区保税物流中心扩建", "保税仓库8万平方米", "7.5", "3.6", "主体结构封顶"],
        ["4", "伊尔克什坦口岸货运场站改造", "查验场地、停车场扩建", "6.2", "2.8", "正在施工"],
        ["5", "吐尔尕特口岸智慧查验平台", "智能卡口、集装箱检查设备", "2.4", "1.5", "设备安装调试"],
        ["6", "喀什多式联运信息服务平台", "“一单制”信息系统及数据中心", "1.3", "0.9", "系统试运行"],
        ["7", "喀什经济开发区公路港", "货车停车位1200个、分拨中心", "11.2", "3.4", "正在施工"],
        ["8", "喀什跨境电商监管中心", "监管作业场所3万平方米", "4.6", "1.9", "正在施工"],
        ["9", "中亚农产品集散交易中心", "交易大厅、冷链仓储", "15.3", "2.8", "完成土地征收，开工建设"],
        ["10", "喀什航空物流园（一期）", "货运站、航空货物监管仓", "9.5", "0.8", "完成可研批复"],
        ["合计", "10个项目", "—", "86.4", "31.2", "—"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 11, line=16)
    repeat_header(t.rows[0])
    data_rows(t, hdr, rows, 1, clauses, size=11, left_cols=(1, 2, 5))
    for r in t.rows[1:]:
        for c in r.cells:
            c.paragraphs[0].paragraph_format.line_spacing = Pt(16)
        r.height = Cm(1.1)
        r.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    col_widths(t, [1.3, 3.9, 3.9, 1.7, 2.1, 2.8])
    note = "注：“截至5月20日完成投资”为项目单位填报数，未经审计。"
    add_par(doc, [(note, FS, 11, False)], indent=False, line=18, before=4)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于喀什片区推进中吉乌铁路配套物流枢纽建设有关情况的报告",
            "doc_number": "喀自贸管〔2026〕23号",
            "issuer": ["中国（新疆）自由贸易试验区喀什片区管理委员会"],
            "date": "2026-05-26",
            "published": None,
            "level": "other",
            "region": "喀什地区",
            "effective": None,
            "expires": None,
            "attachments": ["喀什片区中吉乌铁路配套物流项目进展情况表"],
            "doc_type": "报告",
            "recipients": ["自治区商务厅"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_hainan(), doc_kashi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
