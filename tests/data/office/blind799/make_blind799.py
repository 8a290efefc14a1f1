# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 799: 国有建设用地使用权挂牌出让公告（自贸片区地块）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
IND = "\u3000\u3000"

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


def setup(doc, dash="— ", dash2=" —"):
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
    font(fp.add_run(dash), SONG, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(dash2), SONG, 14)


def set_cell(cell, text, name=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=16):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
    for gc, w in zip(grid, cms):
        gc.set(qn("w:w"), str(Cm(w).twips))
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_799", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) for headings -----------
_next_abs = [900]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
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


# =================================================================== DOC A
def doc_qinzhou():
    """钦州：no 红头, web-style 公告; 文号 with half-width [ ]; two-level table header."""
    stem = "blind799_qinzhou_guapai"
    doc = Document()
    setup(doc)
    clauses = []

    # title: three lines, wrapped at odd places (separate paragraphs)
    for t in ("钦州市自然资源局", "中国（广西）自由贸易试验区钦州港",
              "片区国有建设用地使用权挂牌出让公告"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=34)
    add_par(doc, [("钦自然资告[2026]11号", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, before=6)
    empty(doc, 1)

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, t, **kw)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    body("经钦州市人民政府批准，钦州市自然资源局决定以挂牌方式出让中国（广西）自由贸易试验区钦州港片区3宗国有建设用地使用权。现将有关事项公告如下：")
    head("一、挂牌出让地块的基本情况和规划指标要求")

    # two-level header table
    top = ["宗地编号", "土地位置", "出让面积（平方米）", "土地用途", "规划指标要求", None, None,
           "出让年限（年）", "起始价（万元）", "竞买保证金（万元）"]
    sub = ["容积率", "建筑密度", "绿地率"]
    headers = ["宗地编号", "土地位置", "出让面积（平方米）", "土地用途",
               "规划指标要求／容积率", "规划指标要求／建筑密度", "规划指标要求／绿地率",
               "出让年限（年）", "起始价（万元）", "竞买保证金（万元）"]
    rows = [
        ["QZG2026-05", "钦州港片区大榄坪南大街以东、滨海大道以北", "68452.37", "工业用地",
         "1.0—2.5", "40%—60%", "≤15%", "50", "1780", "890"],
        ["QZG2026-06", "中马钦州产业园区马来西亚大道以西、中马大街以南", "41206.85", "工业用地",
         "1.2—3.0", "40%—65%", "≤15%", "50", "1154", "577"],
        ["QZG2026-07", "钦州港片区保税港区三号路以北、八大街以东", "25630.12", "仓储用地",
         "1.0—2.0", "40%—60%", "≤10%", "50", "692", "346"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=10)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [2.0, 3.0, 1.6, 1.3, 1.2, 1.3, 1.1, 1.1, 1.2, 1.3])
    for c in range(10):
        if c in (4, 5, 6):
            continue
        m = t.cell(0, c).merge(t.cell(1, c))
        set_cell(m, top[c], HT, 9)
    m = t.cell(0, 4).merge(t.cell(0, 6))
    set_cell(m, "规划指标要求", HT, 9)
    for i, sb in enumerate(sub):
        set_cell(t.cell(1, 4 + i), sb, HT, 9)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 9)
        clauses.append(row_clause(headers, row))

    body("注：表中出让面积以钦州市不动产登记中心测绘成果为准;起始价不含契税、印花税等相关税费，由竞得人另行缴纳。",
         before=4)
    body("QZG2026-05、QZG2026-06号宗地的产业准入类别为绿色化工新材料、高端装备制造，QZG2026-07号宗地的产业准入类别为保税物流、冷链仓储。各宗地投资强度不低于300万元/亩，达产后年均税收不低于15万元/亩，具体要求以产业项目投资监管协议为准。")

    head("二、竞买人资格条件")
    body("（一）中华人民共和国境内外的法人、自然人和其他组织，除法律、法规另有规定外，均可申请参加竞买。申请人可以单独申请，也可以联合申请。")
    body("（二）境外机构和个人申请参加竞买的，应当符合国家外商投资有关规定，并提交经公证认证的主体资格证明文件。")
    body("（三）有下列情形之一的，不得参加本次竞买：")
    body("1.在钦州市范围内有欠缴土地出让价款、闲置土地等违法违规用地行为尚未处理完毕的；")
    body("2.被列入失信被执行人名单或者重大税收违法失信主体名单的；")
    body("3.法律、法规规定的其他情形。")

    # numbered item that is a full sentence, typed in 黑体 like a heading
    t3 = "三、本次国有建设用地使用权挂牌出让设有底价，按照价高者得原则确定竞得人。"
    clauses.append(t3)
    add_par(doc, [(t3, HT, 16, False)])

    head("四、竞买申请")
    body("本次挂牌出让的详细资料和具体要求，见挂牌出让文件。申请人可于2026年3月13日至2026年4月15日登录广西公共资源交易平台（钦州市）获取挂牌出让文件。")
    body("申请人可于2026年4月2日9时至2026年4月15日16时（工作日）到钦州市公共资源交易中心提交书面申请。交纳竞买保证金的截止时间为2026年4月15日16时（以到账时间为准）。经审核,申请人按规定交纳竞买保证金，具备申请条件的，我局将在2026年4月15日17时前确认其竞买资格。")

    head("五、挂牌时间和地点")
    # three items in one paragraph separated by manual line breaks (Shift+Enter)
    items = ["1.公告时间：2026年3月13日至2026年4月1日。",
             "2.挂牌时间：2026年4月2日9时至2026年4月17日10时。",
             "3.挂牌地点：钦州市公共资源交易中心（钦州市永福西大街9号）。"]
    p = doc.add_paragraph()
    for i, it in enumerate(items):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(IND), FS, 16)
        font(p.add_run(it), FS, 16)
    fmt(p)
    clauses.extend(items)

    head("六、其他需要公告的事项")
    body("（一）挂牌时间截止时，经询问无竞买人表示愿意继续竞价的，按照下列规定确定是否成交：在挂牌期限内只有一个竞买人报价，且报价不低于底价，并符合其他条件的，挂牌成交；在挂牌期限内有两个或者两个以上竞买人报价的，出价最高者为竞得人；报价相同的，先提交报价单者为竞得人，但报价低于底价者除外。")
    body("（二）挂牌时间截止时，有竞买人表示愿意继续竞价的，转入现场竞价，通过现场竞价确定竞得人。")
    body("（三）竞得人应当在成交之日起10个工作日内与钦州市自然资源局签订《国有建设用地使用权出让合同》，并与中国（广西）自由贸易试验区钦州港片区管理委员会签订产业项目投资监管协议。")
    body("（四）本次挂牌出让地块按现状条件交地，竞得人须在交地之日起6个月内动工建设，24个月内竣工投产。")

    head("七、联系方式与银行账户")
    for ln in ["联系地址：钦州市永福西大街9号钦州市公共资源交易中心",
               "联系人：黄先生、韦女士",
               "联系电话：0777-2863015",
               "开户单位：钦州市公共资源交易中心",
               "开户银行：中国工商银行钦州分行营业部",
               "账号：2107510009200123456"]:
        body(ln)
    empty(doc, 1)
    # 落款 aligned with a centre tab stop
    for ln in ("钦州市自然资源局", "2026年3月12日"):
        p = add_par(doc, [("\t" + ln, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.0), WD_TAB_ALIGNMENT.CENTER)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "钦州市自然资源局中国（广西）自由贸易试验区钦州港片区国有建设用地使用权挂牌出让公告",
            "doc_number": "钦自然资告[2026]11号",
            "issuer": ["钦州市自然资源局"],
            "date": "2026-03-12",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_kashi():
    """喀什：joint 红头 (layout table), auto-numbered headings, 附件1/附件2 tables, 版记."""
    stem = "blind799_kashi_lianhe"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []
    n_head = make_numbering(doc, "%1、")

    # joint 版头: organ names stacked left, 公告 on the right (merged cell)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [11.4, 4.0])
    set_cell(t.cell(0, 0), "喀什市自然资源局", XBS, 26, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    set_cell(t.cell(1, 0), "喀什市公共资源交易中心", XBS, 26, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "公告", XBS, 40, color=RED, line=60)
    p = add_par(doc, [("喀市自然资告〔2026〕4号", FS, 16, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=14)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("中国（新疆）自由贸易试验区喀什片区2026", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("年第一批国有建设用地使用权挂牌出让公告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, t, **kw)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("经喀什市人民政府批准，喀什市自然资源局决定以挂牌方式出让中国（新疆）自由贸易试验区喀什片区4宗国有建设用地使用权，由喀什市公共资源交易中心具体组织实施。现将有关事项公告如下：")
    head("出让地块基本情况")
    body("本次挂牌出让地块共4宗，总面积152386.44平方米，分别位于喀什综合保税区和中亚南亚工业园区，出让年限均为50年。各宗地的位置、面积、用途、容积率、起始价和竞买保证金详见附件1。")
    head("竞买人资格条件")
    runin("（一）竞买资格。", "中华人民共和国境内外的法人和其他组织（法律、法规另有规定的除外）均可申请参加竞买。本次挂牌出让不接受自然人竞买，不接受联合竞买。")
    runin("（二）产业要求。", "竞买人须为从事纺织服装、电子产品组装或者跨境物流的企业，并满足以下条件：")
    body("1.注册资本不低于5000万元人民币（或者等值外币）；")
    body("2.近三年（2023年至2025年）无重大违法违规记录，未被列入失信被执行人名单；")
    body("3.承诺项目达产后符合以下要求：")
    body("（1）面向中亚、南亚市场开展进出口业务，年进出口额不低于5000万美元；")
    body("（2）亩均年税收不低于12万元。")
    head("竞买申请和保证金")
    body("申请人可于2026年4月10日至2026年5月15日登录新疆维吾尔自治区公共资源交易网（喀什市分网）获取挂牌出让文件，于2026年5月6日10时至2026年5月15日18时（北京时间，下同）到喀什市公共资源交易中心提交书面申请，并按附件1所列金额交纳竞买保证金（以到账时间为准）。")
    head("挂牌时间和地点")
    body("本次挂牌活动在喀什市公共资源交易中心三楼开标大厅进行，具体时间安排详见附件2。每次加价幅度为5万元或者5万元的整数倍。")
    head("其他事项")
    body("（一）本次挂牌出让设有底价，按照价高者得原则确定竞得人。")
    body("（二）竞得人应当在挂牌成交之日起10个工作日内与喀什市自然资源局签订《国有建设用地使用权出让合同》，竞买保证金自动转作受让地块的定金。")
    body("（三）出让地块具备“五通一平”（通路、通电、通给水、通排水、通讯及场地平整）交地条件。")
    head("联系方式")
    body("联系地址：喀什市世纪大道东路18号　联系人：阿不都热依木·买买提、王建新　联系电话：0998-2658132")
    empty(doc, 1)
    add_par(doc, "附件：1．宗地信息表")
    add_par(doc, "\u3000\u3000\u30002．挂牌出让时间安排表")
    empty(doc, 2)
    p = add_par(doc, "喀什市自然资源局" + "\u3000" * 4 + "喀什市公共资源交易中心", indent=False,
                align=WD_ALIGN_PARAGRAPH.CENTER)
    p = add_par(doc, "二〇二六年四月九日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件1: 宗地信息表 (new page via "page break before")
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("宗地信息表", XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            line=30, after=4)
    H = ["序号", "宗地编号", "土地位置", "土地面积（平方米）", "土地用途", "容积率",
         "出让年限（年）", "起始价（万元）", "竞买保证金（万元）"]
    W = [1.1, 2.4, 3.5, 2.0, 1.5, 1.2, 1.2, 1.3, 1.4]
    R = [
        ["1", "KS-ZB2026-01", "喀什综合保税区纬三路以北、经二路以南",
         "45863.20", "工业用地", "≥1.0", "50", "734", "367"],
        ["2", "KS-ZB2026-02", "喀什综合保税区经三路以东、经四路以西",
         "38127.65", "工业用地", "≥1.0", "50", "610", "305"],
        ["3", "KS-ZY2026-03", "中亚南亚工业园区深喀大道以西、物流二路以南",
         "41592.38", "物流仓储用地", "≥0.8", "50", "624", "312"],
        ["4", "KS-ZY2026-04", "中亚南亚工业园区深喀大道以东、铁路专用线以北",
         "26803.21", "物流仓储用地", "≥0.8", "50", "402", "201"],
        ["合计", "—", "—", "152386.44", "—", "—", "—", "2370", "1185"],
    ]
    # vertical merges (col, first row, last row), 1-based data rows
    merges = [(4, 1, 2), (4, 3, 4), (6, 1, 4)]
    tb = doc.add_table(rows=1 + len(R), cols=len(H))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(tb, W)
    for i, h in enumerate(H):
        set_cell(tb.cell(0, i), h, HT, 9, line=14)
    repeat_header(tb.rows[0])
    covered = {(c, r) for (c, r1, r2) in merges for r in range(r1 + 1, r2 + 1)}
    for ri, row in enumerate(R, 1):
        for ci, v in enumerate(row):
            if (ci, ri) in covered:
                continue
            al = WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(tb.cell(ri, ci), v, FS, 9, align=al, line=14)
        clauses.append(row_clause(H, row))
    for (c, r1, r2) in merges:
        v = R[r1 - 1][c]
        mm = tb.cell(r1, c).merge(tb.cell(r2, c))
        set_cell(mm, v, FS, 9, line=14)
    body("注：竞买保证金按起始价的50%确定。", before=2, line=20, first=Pt(0))

    # ---------------- 附件2: 挂牌出让时间安排表 (no page break: follows 附件1)
    add_par(doc, [("附件2", HT, 16, False)], indent=False, before=4)
    add_par(doc, [("挂牌出让时间安排表", XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=30, after=4)
    H2 = ["序号", "事项", "时间（2026年）", "地点"]
    hall = "喀什市公共资源交易中心三楼开标大厅"
    R2 = [
        ["1", "公告发布", "4月10日至4月30日", "中国土地市场网"],
        ["2", "竞买申请受理", "5月6日10:00至5月15日18:00", "喀什市公共资源交易中心一楼服务窗口"],
        ["3", "竞买保证金交纳截止", "5月15日18:00", "指定银行账户"],
        ["4", "竞买资格确认", "5月15日20:00前", "喀什市公共资源交易中心"],
        ["5", "挂牌报价（KS-ZB2026-01、KS-ZB2026-02）", "5月6日10:00至5月19日12:00", hall],
        ["6", "挂牌报价（KS-ZY2026-03、KS-ZY2026-04）", "5月6日10:00至5月19日12:30", hall],
        ["7", "现场竞价（如有）", "挂牌截止时当场进行", hall],
    ]
    tb = doc.add_table(rows=1 + len(R2), cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(tb, [1.2, 5.0, 5.0, 4.4])
    for i, h in enumerate(H2):
        set_cell(tb.cell(0, i), h, HT, 10.5, line=16)
    repeat_header(tb.rows[0])
    for ri, row in enumerate(R2, 1):
        for ci, v in enumerate(row):
            if ci == 3 and ri in (6, 7):
                continue
            set_cell(tb.cell(ri, ci), v, FS, 10.5, line=16)
        clauses.append(row_clause(H2, row))
    mm = tb.cell(5, 3).merge(tb.cell(7, 3))
    set_cell(mm, hall, FS, 10.5, line=16)

    banji(doc, "抄送：喀什地区自然资源局，喀什片区管委会。",
          "喀什市自然资源局办公室", "2026年4月9日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（新疆）自由贸易试验区喀什片区2026年第一批国有建设用地使用权挂牌出让公告",
            "doc_number": "喀市自然资告〔2026〕4号",
            "issuer": ["喀什市自然资源局", "喀什市公共资源交易中心"],
            "date": "2026-04-09",
            "published": None,
            "level": "county",
            "region": "喀什市",
            "effective": None,
            "expires": None,
            "attachments": ["宗地信息表", "挂牌出让时间安排表"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_luoyang():
    """洛阳：红头 + 公告, then a 补充公告 printed after it (two documents in one file).
    Body indented with typed full-width spaces; units only in the table caption."""
    stem = "blind799_luoyang_liangjian"
    doc = Document()
    setup(doc)

    def body(cl, t, **kw):
        cl.append(t)
        add_par(doc, IND + t, indent=False, **kw)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    # ---------- document 1
    c1 = []
    add_par(doc, [("洛阳市自然资源和规划局", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=54, before=6)
    p = add_par(doc, [("洛自然资规告（2026）15号", FS, 16, False)],
                align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=12)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("洛阳市国有建设用地使用权"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("挂牌出让公告"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    body(c1, "经洛阳市人民政府批准，洛阳市自然资源和规划局决定以挂牌方式出让中国（河南）自由贸易试验区洛阳片区内2宗国有建设用地使用权。现将有关事项公告如下：")
    head("一、挂牌出让地块的基本情况和规划指标要求")
    add_par(doc, [("表1\u3000宗地基本情况（面积：平方米；价格：万元）", HT, 12, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=22)
    H = ["序号", "宗地编号", "宗地位置", "土地面积", "土地用途", "容积率", "出让年限",
         "起始价", "竞买保证金"]
    R = [
        ["1", "LYGX2026-11", "洛阳高新区滨河北路以北、丰华路以东", "53341.06", "工业用地",
         "1.2—2.0", "50年", "1467", "734"],
        ["2", "LYGX2026-12", "洛阳高新区孙旗屯路以西、凌波路以南", "20675.49", "商务金融用地",
         "2.0—3.5", "40年", "4652", "2326"],
    ]
    tb = doc.add_table(rows=1 + len(R), cols=len(H))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(tb, [0.9, 2.4, 2.9, 2.1, 1.5, 1.3, 1.1, 1.4, 1.5])
    for i, h in enumerate(H):
        set_cell(tb.cell(0, i), h, HT, 10.5)
    repeat_header(tb.rows[0])
    for ri, row in enumerate(R, 1):
        for ci, v in enumerate(row):
            set_cell(tb.cell(ri, ci), v, FS, 10.5, line=18,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        c1.append(row_clause(H, row))
    body(c1, "注：LYGX2026-12号宗地建筑限高60米，须配建不少于总建筑面积5%的公共服务设施，用于自贸试验区企业综合服务。",
         before=4)

    head("二、竞买人资格")
    body(c1, "中华人民共和国境内外的法人、自然人和其他组织均可申请参加竞买，申请人可以单独申请，也可以联合申请。LYGX2026-11号宗地竞买人须为从事高端装备制造（工业机器人、智能农机）的企业。在洛阳市范围内有拖欠土地出让金、闲置土地、违约等不良记录的，不得参加竞买。")
    t3 = "三、本次挂牌出让采用网上挂牌方式，按照价高者得原则确定竞得人。"
    c1.append(t3)
    add_par(doc, [(IND + "三、", HT, 16, False), (t3[2:], FS, 16, False)], indent=False)
    head("四、时间安排")
    items = ["（一）公告期：2026年5月21日至2026年6月9日。",
             "（二）网上挂牌时间：2026年6月10日9时至2026年6月24日15时。",
             "（三）竞买申请截止时间：2026年6月22日17时。",
             "（四）保证金交纳截止时间：2026年6月22日17时（以到账为准）。"]
    p = doc.add_paragraph()
    for i, it in enumerate(items):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(IND + it), FS, 16)
    fmt(p, indent=False)
    c1.extend(items)
    head("五、其他事项")
    body(c1, "（一）竞买人须在洛阳市公共资源交易中心网上交易系统办理数字证书（CA）后参与网上报价。")
    body(c1, "（二）竞得人须在网上挂牌成交后5个工作日内签订《成交确认书》，并在成交之日起10个工作日内签订《国有建设用地使用权出让合同》。")
    head("六、联系方式")
    body(c1, "联系地址：洛阳市洛龙区开元大道218号市民之家")
    body(c1, "联系人：刘女士")
    body(c1, "联系电话：0379-63290715")
    empty(doc, 2)
    # 落款 typed with spaces
    add_par(doc, " " * 32 + "洛阳市自然资源和规划局", indent=False)
    add_par(doc, " " * 36 + "2026年5月20日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---------- document 2 (补充公告), new page, no 红头
    page_break(doc)
    c2 = []
    add_par(doc, [("洛阳市国有建设用地使用权挂牌出让补充公告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("洛自然资规告（2026）17号", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    empty(doc, 1)
    body(c2, "我局于2026年5月20日发布了《洛阳市国有建设用地使用权挂牌出让公告》（洛自然资规告（2026）15号），现将有关变更事项补充公告如下：")
    body(c2, "一、因规划条件调整，LYGX2026-12号宗地容积率由“2.0—3.5”调整为“2.0—3.0”，起始价由4652万元调整为4135万元，竞买保证金由2326万元调整为2068万元。")
    body(c2, "二、LYGX2026-11号、LYGX2026-12号宗地网上挂牌截止时间由2026年6月24日15时延长至2026年7月2日15时；竞买申请截止时间和保证金交纳截止时间由2026年6月22日17时延长至2026年6月30日17时。")
    body(c2, "三、已交纳LYGX2026-12号宗地竞买保证金的竞买人，多交部分可以申请退还，也可以继续参加竞买。")
    body(c2, "四、原公告其他内容不变。")
    add_par(doc, IND + "特此公告。", indent=False)
    empty(doc, 2)
    add_par(doc, " " * 32 + "洛阳市自然资源和规划局", indent=False)
    add_par(doc, " " * 37 + "2026年6月3日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    base = {
        "issuer": ["洛阳市自然资源和规划局"],
        "published": None,
        "level": "municipal",
        "region": "洛阳市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "repeals": None,
    }
    m1 = dict(base, title="洛阳市国有建设用地使用权挂牌出让公告",
              doc_number="洛自然资规告（2026）15号", date="2026-05-20",
              publicity="此件主动公开")
    m2 = dict(base, title="洛阳市国有建设用地使用权挂牌出让补充公告",
              doc_number="洛自然资规告（2026）17号", date="2026-06-03", publicity=None)
    order = ["title", "doc_number", "issuer", "date", "published", "level", "region",
             "effective", "expires", "attachments", "doc_type", "recipients", "publicity",
             "repeals"]
    expected[stem] = [
        {"meta": {k: m1[k] for k in order}, "clauses": c1},
        {"meta": {k: m2[k] for k in order}, "clauses": c2},
    ]
    return path


def main():
    paths = [doc_qinzhou(), doc_kashi(), doc_luoyang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
