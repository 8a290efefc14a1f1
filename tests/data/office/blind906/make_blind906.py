# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 906: “丝路电商”合作先行区建设实施意见（省级，意见体例，附重点项目表与政策清单）.

Writes three Word files + PDFs + expected.json into this script's directory.
"""
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
IND = "\u3000\u3000"  # full-width spaces typed by the clerk instead of an indent

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
    else:
        pf.first_line_indent = Pt(0)
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
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


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
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_906", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [906]


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


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


# =================================================================== DOC A
def doc_sichuan():
    """四川省人民政府 实施意见, 红头文件, 附件1 重点项目表 + 附件2 政策清单."""
    stem = "blind906_sichuan_yijian"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    # ---- 版头
    empty(doc, 1)
    add_par(doc, [("四川省人民政府文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    empty(doc, 1, line=20)
    p = add_par(doc, "川府发〔2026〕6号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: clerk pressed Enter in the middle of the quoted phrase
    add_par(doc, [("四川省人民政府关于加快建设“丝路", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("电商”合作先行区的实施意见", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1, line=20)
    add_par(doc, "各市（州）人民政府，省政府各部门、各直属机构：", indent=False)

    body("为贯彻落实党中央、国务院关于发展“丝路电商”的决策部署，依托中国（四川）自由贸易试验区，加快建设“丝路电商”合作先行区（以下简称先行区），现提出如下实施意见。")
    head("一、总体要求")
    runin("（一）主要目标。", "到2027年，全省跨境电商进出口额突破1500亿元，与“丝路电商”伙伴国跨境电商贸易额年均增长15%以上，建设公共海外仓60个；到2030年，基本建成制度完善、辐射欧亚的先行区。")
    p = add_par(doc, [("二、重点任务", HT, 16, False)])
    p.paragraph_format.keep_with_next = True
    runin("（二）扩大伙伴国优质商品进口。", "依托成都国际铁路港建设“丝路电商”伙伴国商品集散中心，每年举办“丝路云品”电商节，扩大中亚、东盟等国家特色商品进口。")
    runin("（三）推动川货“丝路出海”。", "实施品牌培育行动：")
    body("1.每年培育白酒、茶叶等跨境电商自主品牌50个以上。")
    body("2.支持企业在哈萨克斯坦、乌兹别克斯坦等国布局公共海外仓，推广“班列+海外仓”出口模式。")
    runin("（四）深化数字领域规则对接。", "在自由贸易试验区先行先试，探索电子发票、电子提单、跨境数据流动等规则对接。")
    head("三、保障措施")
    runin("（五）加强组织领导。", "省商务厅牵头建立先行区建设推进机制，统筹推进附件1所列重点项目和附件2所列政策清单落实，各市（州）要结合实际出台配套措施。")
    body("本意见自2026年4月1日起施行，有效期至2030年12月31日。《四川省人民政府办公厅关于加快跨境电子商务发展的实施意见》（川办发〔2019〕27号）同时废止。")
    add_par(doc, "附件：1．四川省“丝路电商”合作先行区重点项目表")
    add_par(doc, "\u3000" * 5 + "2．四川省“丝路电商”合作先行区政策清单", indent=False)
    empty(doc, 1, line=20)
    p = add_par(doc, "四川省人民政府", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "2026年3月12日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---- 附件1
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1, line=20)
    add_par(doc, [("四川省“丝路电商”合作先行区重点项目表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    H = ["序号", "项目名称", "建设内容", "建设地点", "投资规模（亿元）／总投资",
         "投资规模（亿元）／2026年计划投资", "牵头单位"]
    rows = [
        ["1", "成都国际铁路港“丝路电商”商品集散中心", "建设进口商品保税仓储、展示交易和分拨中心，仓储面积12万平方米", "成都市青白江区", "18.5", "6.2", "成都市人民政府"],
        ["2", "天府国际机场跨境电商监管中心二期", "新建跨境电商监管作业场所和智能分拣线，年处理能力3000万单", "成都东部新区", "9.6", "4.0", "成都市人民政府、成都海关"],
        ["3", "“丝路云品”数字贸易服务平台", "建设伙伴国商品展示、交易撮合、跨境支付一体化线上平台", "成都高新区", "3.2", "1.5", "省商务厅"],
        ["4", "泸州港跨境电商物流园", "建设跨境电商集货仓、冷链仓和铁水联运作业区", "泸州市龙马潭区", "7.8", "2.6", "泸州市人民政府"],
        ["5", "川货中亚公共海外仓", "在哈萨克斯坦阿拉木图、乌兹别克斯坦塔什干建设公共海外仓4个", "境外", "5.4", "2.1", "省商务厅、四川省投资集团有限责任公司"],
        ["6", "宜宾临港跨境电商产业园", "引进跨境电商企业及服务机构，配套建设直播基地和人才实训中心", "宜宾市叙州区", "4.3", "1.8", "宜宾市人民政府"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.0, 3.0, 4.2, 2.0, 1.5, 1.7, 2.4])
    r0, r1 = t.rows[0], t.rows[1]
    for ci, name in ((0, "序号"), (1, "项目名称"), (2, "建设内容"), (3, "建设地点"), (6, "牵头单位")):
        c = r0.cells[ci].merge(r1.cells[ci])
        set_cell(c, name, HT, 10.5)
    c = r0.cells[4].merge(r0.cells[5])
    set_cell(c, "投资规模（亿元）", HT, 10.5)
    set_cell(r1.cells[4], "总投资", HT, 10.5)
    set_cell(r1.cells[5], "2026年计划投资", HT, 10.5)
    repeat_header(r0)
    repeat_header(r1)
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 2) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=al)
        no_split(t.rows[ri])
        clauses.append(row_clause(H, row))
    note = "注：项目投资额为估算数，境外项目投资额按2025年末汇率折算为人民币，最终以项目审批（核准、备案）文件为准。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    # ---- 附件2
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1, line=20)
    add_par(doc, [("四川省“丝路电商”合作先行区政策清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    H2 = ["序号", "政策事项", "支持内容", "责任单位"]
    rows2 = [
        ["1", "公共海外仓奖补", "对新认定的省级“丝路电商”公共海外仓，按实际投资额的10%给予一次性奖补，单个最高不超过300万元。", "省商务厅、省财政厅"],
        ["2", "跨境电商专列运费支持", "对开行至“丝路电商”伙伴国的中欧班列（成渝）跨境电商专列，按每标准箱不超过2000元给予运费补贴。", "省商务厅、省发展改革委、省财政厅"],
        ["3", "通关便利化", "推广跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）模式，实行“提前申报、抵港直装”，退货商品可在原监管场所集中办理。", "成都海关"],
        ["4", "跨境结算", "支持银行为真实合规的跨境电商交易提供经常项下跨境人民币结算服务，开展与伙伴国本币结算试点。", "中国人民银行四川省分行、国家外汇管理局四川省分局"],
        ["5", "融资贴息", "将符合条件的跨境电商企业纳入“天府信用通”平台，对其贷款按实际支付利息的30%给予贴息，单户每年不超过50万元。", "省委金融办、省财政厅"],
        ["6", "人才培养", "支持高校和职业院校开设跨境电商相关专业，对认定的省级跨境电商人才实训基地给予每个不超过100万元补助。", "省教育厅、省商务厅"],
    ]
    t2 = doc.add_table(rows=1 + len(rows2), cols=4)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t2, [1.2, 2.8, 8.0, 3.6])
    for ci, h in enumerate(H2):
        set_cell(t2.rows[0].cells[ci], h, HT, 10.5)
    repeat_header(t2.rows[0])
    for ri, row in enumerate(rows2, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t2.rows[ri].cells[ci], v, FS, 10.5, align=al)
        clauses.append(row_clause(H2, row))

    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院。",
          "四川省人民政府办公厅", "2026年3月13日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省人民政府关于加快建设“丝路电商”合作先行区的实施意见",
            "doc_number": "川府发〔2026〕6号",
            "issuer": ["四川省人民政府"],
            "date": "2026-03-12",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": "2026-04-01",
            "expires": "2030-12-31",
            "attachments": ["四川省“丝路电商”合作先行区重点项目表",
                            "四川省“丝路电商”合作先行区政策清单"],
            "doc_type": "意见",
            "recipients": ["各市（州）人民政府", "省政府各部门", "各直属机构"],
            "publicity": "此件公开发布",
            "repeals": "《四川省人民政府办公厅关于加快跨境电子商务发展的实施意见》（川办发〔2019〕27号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xinjiang():
    """四部门联合实施意见: 联合红头（表格）, Word 自动编号标题, 附件 政策清单（纵向合并单元格）."""
    stem = "blind906_xinjiang_lianhe"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)],
                indent=False)

    # ---- 联合版头: 机关名称 stacked left, “文件” right, in a borderless table
    empty(doc, 1)
    organs = ["新疆维吾尔自治区商务厅", "新疆维吾尔自治区发展和改革委员会",
              "新疆维吾尔自治区财政厅", "中华人民共和国乌鲁木齐海关"]
    t = doc.add_table(rows=len(organs), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, o in enumerate(organs):
        set_cell(t.rows[i].cells[0], o, XBS, 20, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
                 color=RED, line=30)
    c = t.rows[0].cells[1]
    for i in range(1, len(organs)):
        c = c.merge(t.rows[i].cells[1])
    set_cell(c, "文件", XBS, 40, color=RED, line=50)
    col_widths(t, [12.6, 3.0])
    empty(doc, 1, line=16)
    p = add_par(doc, "新商电发〔2025〕58号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, soft line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("关于加快推进中国（新疆）自由贸易试验区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("“丝路电商”合作先行区建设的"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("实施意见"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各地（州、市）商务局，乌鲁木齐海关各隶属海关，中国（新疆）自由贸易试验区各片区管理机构：",
            indent=False)

    body("为深入贯彻落实中国—中亚峰会成果，发挥中国（新疆）自由贸易试验区向西开放桥头堡作用，经自治区人民政府同意，现就加快推进“丝路电商”合作先行区（以下简称先行区）建设提出如下实施意见。")
    head("总体目标")
    body("到2026年底,先行区跨境电商进出口额力争达到320亿元，建成公共海外仓25个、跨境电商产业园10个；到2028年，先行区成为我国面向中亚、西亚和欧洲的跨境电商枢纽。")
    head("重点任务")
    runin("(一)建设中亚跨境电商枢纽。", "支持乌鲁木齐片区建设面向中亚的跨境电商分拨中心，常态化开行“乌鲁木齐—阿拉木图”“乌鲁木齐—塔什干”跨境电商公路班车。")
    runin("(二)打造边境口岸跨境电商节点。", "支持霍尔果斯片区依托中哈霍尔果斯国际边境合作中心开展跨境电商零售进出口业务，支持喀什片区建设面向中巴经济走廊的跨境电商集货仓。")
    # a soft line break typed in the middle of the sentence
    h4 = "（三）培育跨境电商经营主体。"
    t4a = "实施“疆品出海”行动，鼓励棉纺织、番茄制品、林果等优势产业带企业“触网出海”，"
    t4b = "对年跨境电商出口额首次突破5000万元的企业予以通报表扬。"
    clauses.append(h4 + t4a + t4b)
    p = doc.add_paragraph()
    font(p.add_run(IND), FS, 16)
    font(p.add_run(h4), KT, 16, True)
    font(p.add_run(t4a), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(t4b), FS, 16)
    fmt(p, indent=False)
    head("政策支持")
    body("自治区商务厅会同有关部门梳理形成先行区政策清单（见附件），各责任单位要于2026年3月底前制定具体实施细则，确保政策落地见效。")
    head("组织实施")
    runin("(一)加强统筹协调。", "依托自治区电子商务工作联席会议机制，研究解决先行区建设中的重大问题，各地（州、市）要建立工作台账，按季度报送进展。")
    runin("(二)强化监测评估。", "自治区商务厅每半年开展一次评估，评估结果作为资金安排和政策支持的重要依据。")
    body("本实施意见有效期至2028年12月31日。")
    add_par(doc, IND + "附件：中国（新疆）自由贸易试验区“丝路电商”合作先行区政策清单",
            indent=False)
    empty(doc, 1)
    # 落款: four organs in a 2x2 borderless table, date in Chinese numerals
    lk = doc.add_table(rows=2, cols=2)
    lk.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, o in enumerate(organs):
        set_cell(lk.rows[i // 2].cells[i % 2], o, FS, 15, line=28)
    col_widths(lk, [6.5, 9.1])
    empty(doc, 1)
    p = add_par(doc, "二〇二五年十二月十八日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---- 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1, line=20)
    p = doc.add_paragraph()
    font(p.add_run("中国（新疆）自由贸易试验区“丝路电商”"), XBS, 20)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("合作先行区政策清单"), XBS, 20)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    H = ["序号", "政策类别", "政策内容", "责任单位"]
    rows = [
        ["1", "平台建设", "对新认定的自治区级跨境电商产业园，给予一次性奖励200万元。", "自治区商务厅、财政厅"],
        ["2", "平台建设", "对在中亚国家新建并投入运营的公共海外仓，按仓储面积每平方米给予100元补助，单个海外仓最高不超过200万元。", "自治区商务厅、财政厅"],
        ["3", "物流通道", "对经霍尔果斯、阿拉山口口岸出境的跨境电商中欧班列，按每标准箱1500元给予运费补助。", "自治区发展改革委、商务厅"],
        ["4", "物流通道", "对开行“乌鲁木齐—阿拉木图”“乌鲁木齐—塔什干”跨境电商公路班车的企业，每车次补助3000元，单个企业年度补助最高不超过300万元。", "自治区交通运输厅、商务厅"],
        ["5", "通关监管", "对跨境电商出口商品实行“清单核放、汇总申报”，对退货商品实行“跨关区退货”便利化监管。", "乌鲁木齐海关"],
        ["6", "通关监管", "在先行区内推广跨境电商出口商品“一次申报、分批出境”模式。", "乌鲁木齐海关"],
        ["7", "金融服务", "支持在疆银行机构为跨境电商企业提供人民币与坚戈、索姆等中亚国家货币的直接结算服务。", "中国人民银行新疆维吾尔自治区分行"],
        ["8", "人才支撑", "对开展跨境电商实操培训并推荐就业的培训机构，按每人不超过1500元给予培训补贴。", "自治区人力资源社会保障厅、商务厅"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tb, [1.2, 2.0, 8.6, 3.8])
    for ci, h in enumerate(H):
        set_cell(tb.rows[0].cells[ci], h, HT, 10.5)
    repeat_header(tb.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(tb.rows[ri].cells[ci], v, FS, 10.5, align=al)
        clauses.append(row_clause(H, row))
    # vertically merge the 政策类别 column per category
    start = 1
    for i in range(1, len(rows) + 1):
        last = i == len(rows) or rows[i][1] != rows[i - 1][1]
        if last:
            c = tb.rows[start].cells[1]
            if i > start:
                c = c.merge(tb.rows[i].cells[1])
            set_cell(c, rows[i - 1][1], FS, 10.5)
            start = i + 1
    note = "注：本清单所列资金支持政策，同一企业同一项目不得重复享受。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    banji(doc, "抄送：商务部电子商务和信息化司，海关总署综合业务司，自治区人民政府办公厅。",
          "新疆维吾尔自治区商务厅办公室", "2025年12月19日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于加快推进中国（新疆）自由贸易试验区“丝路电商”合作先行区建设的实施意见",
            "doc_number": "新商电发〔2025〕58号",
            "issuer": organs,
            "date": "2025-12-18",
            "published": None,
            "level": "provincial",
            "region": "新疆维吾尔自治区",
            "effective": None,
            "expires": "2028-12-31",
            "attachments": ["中国（新疆）自由贸易试验区“丝路电商”合作先行区政策清单"],
            "doc_type": "意见",
            "recipients": ["各地（州、市）商务局", "乌鲁木齐海关各隶属海关",
                           "中国（新疆）自由贸易试验区各片区管理机构"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_shaanxi():
    """省商务厅请示（上行文, 特急, 签发人）, 附件为实施意见送审稿（含重点项目表）."""
    stem = "blind906_shaanxi_qingshi"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t, size=16):
        clauses.append(t)
        add_par(doc, [(t, FS, size, False)])

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("陕西省商务厅", XBS, 44, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=12)
    empty(doc, 1)
    p = add_par(doc, [("陕商字〔2026〕7号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("赵立新", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)  # right tab
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    add_par(doc, [("陕西省商务厅关于提请审定《陕西省", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("“丝路电商”合作先行区建设实施意见", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("（送审稿）》的请示", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "省人民政府：", indent=False)

    body("为贯彻落实国家关于推进“丝路电商”国际合作的工作部署，发挥中国（陕西）自由贸易试验区和中欧班列（西安）集结中心优势，按照省政府2026年工作安排，我厅会同省发展改革委、省财政厅、西安海关等部门起草了《陕西省“丝路电商”合作先行区建设实施意见（送审稿）》（以下简称《实施意见》）。现将有关情况报告如下：")
    body("一、起草过程。2025年9月以来，我厅先后赴西安、宝鸡、杨凌等地开展专题调研，召开企业座谈会6场，两次书面征求省级有关部门和各设区市政府意见，共收到意见建议43条，采纳31条。《实施意见》已经省司法厅合法性审核，并经我厅厅务会审议通过。")
    body("二、主要内容。《实施意见》分为总体要求、重点任务、保障措施三个部分，提出打造“丝路电商”国际合作服务平台、畅通跨境电商物流通道、建设伙伴国商品进口集散地等重点任务，明确2026年重点推进项目5个，总投资48.6亿元。")
    body("三、需要协调的事项。建议省政府将先行区建设纳入全省对外开放重点工作统筹推进，由省财政厅在省级外经贸发展专项资金中统筹安排先行区建设资金。")
    add_par(doc, "妥否，请批示。")
    empty(doc, 1)
    add_par(doc, "附件：陕西省“丝路电商”合作先行区建设实施意见（送审稿）")
    empty(doc, 2)
    # 落款 aligned with typed half-width spaces
    add_par(doc, " " * 42 + "陕西省商务厅", indent=False)
    add_par(doc, " " * 41 + "2026年1月20日", indent=False)
    empty(doc, 1)
    add_par(doc, "（联系人：李静　联系电话：029-63915527）")

    # ---- 附件: 送审稿
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1, line=20)
    add_par(doc, [("陕西省“丝路电商”合作先行区建设实施意见", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("（送审稿）", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28)
    empty(doc, 1, line=20)
    head("一、总体要求")
    body("依托中欧班列长安号和中国（陕西）自由贸易试验区，到2027年，全省跨境电商进出口额达到600亿元，与“丝路电商”伙伴国跨境电商贸易额年均增长20%以上。")
    head("二、重点任务")

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    runin("（一）打造“丝路电商”国际合作服务平台。", "在西安国际港务区建设“丝路电商”国际合作服务中心，为伙伴国企业提供商品展示、市场推介、法律咨询等一站式服务。")
    runin("（二）畅通跨境电商物流通道。", "重点抓好以下工作：")
    body("1.铁路通道。依托中欧班列长安号常态化开行跨境电商专列：")
    body("（1）每周固定开行至阿拉木图、塔什干的跨境电商专列不少于3列；")
    body("（2）在西安港设立跨境电商拼箱集货中心，为中小企业提供拼箱、分拨服务。")
    body("2.航空通道。支持西安咸阳国际机场加密至中亚、西亚的全货机航线，2026年新开通国际货运航线3条。")
    runin("（三）建设伙伴国商品进口集散地。", "依托西安、杨凌综合保税区扩大中亚、西亚农产品和特色消费品进口。")
    head("三、保障措施")
    body("省商务厅牵头建立工作专班，按季度调度重点项目进展。2026年重点推进项目如下（金额单位：亿元）：")
    H = ["序号", "项目名称", "建设地点", "总投资", "建设期限"]
    rows = [
        ["1", "西安国际港务区“丝路电商”国际合作服务中心", "西安国际港务区", "12.5", "2026—2027年"],
        ["2", "中欧班列长安号跨境电商拼箱集货中心", "西安国际港务区", "8.3", "2026年"],
        ["3", "西安咸阳国际机场跨境电商货站扩能", "西咸新区空港新城", "15.2", "2026—2028年"],
        ["4", "杨凌综合保税区农产品进口分拨中心", "杨凌示范区", "6.4", "2026—2027年"],
        ["5", "宝鸡跨境电商产业园", "宝鸡高新区", "6.2", "2026—2027年"],
        ["合计", "5个", "—", "48.6", "—"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=5)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tb, [1.2, 6.6, 3.2, 1.6, 3.0])
    for ci, h in enumerate(H):
        set_cell(tb.rows[0].cells[ci], h, HT, 10.5)
    repeat_header(tb.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 1 and ri < len(rows) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(tb.rows[ri].cells[ci], v, FS, 10.5, align=al)
        clauses.append(row_clause(H, row))
    body("本意见自印发之日起施行。")

    banji(doc, "抄送：省发展改革委，省财政厅，西安海关。",
          "陕西省商务厅办公室", "2026年1月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "陕西省商务厅关于提请审定《陕西省“丝路电商”合作先行区建设实施意见（送审稿）》的请示",
            "doc_number": "陕商字〔2026〕7号",
            "issuer": ["陕西省商务厅"],
            "date": "2026-01-20",
            "published": None,
            "level": "provincial",
            "region": "陕西省",
            "effective": None,
            "expires": None,
            "attachments": ["陕西省“丝路电商”合作先行区建设实施意见（送审稿）"],
            "doc_type": "请示",
            "recipients": ["省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_sichuan(), doc_xinjiang(), doc_shaanxi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
