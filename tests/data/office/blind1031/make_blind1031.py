# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1031: 公文 typed with SPACES and character spacing.

Three Word files (+ PDF via LibreOffice) and expected.json:
  blind1031_lyg_tongzhi   连云港市商务局 连云港市财政局 印发专项资金管理办法的通知 (joint 版头 table)
  blind1031_wlmq_yijian   乌鲁木齐市商务局 关于中欧班列集结中心与跨境电商协同发展的意见
  blind1031_xmftz_tongzhi 厦门片区管委会 关于组织申报“丝路海运”扶持项目的通知 (特急, two 附件)
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
QS = "\u3000"  # full-width space
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
DIST = WD_ALIGN_PARAGRAPH.DISTRIBUTE
JUST = WD_ALIGN_PARAGRAPH.JUSTIFY

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


_AFTER_SPACING = {qn(t) for t in (
    "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
    "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
    "w:eastAsianLayout", "w:specVanish", "w:oMath")}


def expand(run, twips):
    """Word: 字体 > 高级 > 间距 加宽 (expanded character spacing), in 1/20 pt."""
    rpr = run._element.get_or_add_rPr()
    sp = parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), twips))
    for child in rpr:
        if child.tag in _AFTER_SPACING:
            child.addprevious(sp)
            return run
    rpr.append(sp)
    return run


def fmt(p, align=None, indent=False, line=28, before=0, after=0, first=None):
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
    """runs: list of (text, font, size, bold[, color]) or a plain str (仿宋 三号)."""
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
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), line=line)


def page_number_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    r = font(fp.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = font(fp.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = font(fp.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = font(fp.add_run(), SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    page_number_footer(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    run = font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return run


def col_widths(table, widths):
    """Set w:tblGrid and every cell's w:tcW (LibreOffice reads the grid)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        col = 0
        for tc in row._tr.findall(qn("w:tc")):
            tcpr = tc.get_or_add_tcPr()
            span = tcpr.find(qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            w = sum(int(x.twips) for x in widths[col:col + n])
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s w:w="0" w:type="dxa"/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(w))
            tcw.set(qn("w:type"), "dxa")
            col += n


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt, blank=2):
    """版记: 抄送 + 印发 between rules; date aligned with typed full-width spaces."""
    empty(doc, blank)
    p = add_par(doc, [(cc, FS, 14, False)], line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.keep_with_next = True
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), (date_txt, FS, 14, False)], line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1031", "--headless",
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
def doc_lyg():
    """Joint 通知 issuing a 管理办法 (章/条), 附件 on its own page."""
    stem = "blind1031_lyg_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    # ---- joint 版头 in a borderless layout table: two organs | 文件 (merged)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(("连云港市商务局", "连云港市财政局")):
        set_cell(t.cell(i, 0), name, XBS, 28, align=DIST, color=RED, line=36)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    r = set_cell(m, "文件", XBS, 40, align=C, color=RED, line=48)
    expand(r, 120)
    col_widths(t, (Cm(10.4), Cm(4.4)))
    add_par(doc, "连商发〔2026〕21号", align=C)
    p = add_par(doc, "", line=8)
    border(p, "bottom", "FF0000", 24, 1)
    add_par(doc, "", line=20)

    # ---- title: line 1 typed with spaces, line 3 分散对齐
    add_par(doc, [("关  于  印  发", XBS, 22, False)], align=C, line=32)
    add_par(doc, [("《连云港市“一带一路”国际贸易通道发展", XBS, 22, False)], align=C, line=32)
    p = add_par(doc, [("专项资金管理办法》的通知", XBS, 22, False)], align=DIST, line=32)
    p.paragraph_format.left_indent = Cm(2.6)
    p.paragraph_format.right_indent = Cm(2.6)
    add_par(doc, "", line=20)
    add_par(doc, "各县、区商务局、财政局，市各功能板块经济发展部门、财政部门：", align=JUST)

    def body(t):
        clauses.append(t)
        add_par(doc, t, indent=True, align=JUST)

    body("为贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，规范和加强市级“一带一路”国际贸易通道发展专项资金管理，市商务局、市财政局研究制定了《连云港市“一带一路”国际贸易通道发展专项资金管理办法》，现印发给你们，请认真贯彻执行。")
    # 附件 line: clerk made the wrapped second line hang under the title with a hanging indent
    p = add_par(doc, "附件：连云港市“一带一路”国际贸易通道发展专项资金" + "管理办法", align=JUST)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    add_par(doc, "", line=20)
    # 落款: both organs on one line, pushed right with full-width spaces; date typed with spaces
    add_par(doc, QS * 4 + "连云港市商务局" + QS * 4 + "连云港市财政局")
    add_par(doc, QS * 17 + "2026年 3月 5日")
    add_par(doc, QS * 2 + "（此件公开发布）")

    # ---- 附件 on a new page
    p = add_par(doc, [("附件", HT, 16, False)])
    p.paragraph_format.page_break_before = True
    add_par(doc, [("连云港市“一带一路”国际贸易通道", XBS, 22, False)], align=C, line=34, before=6)
    add_par(doc, [("发展专项资金管理办法", XBS, 22, False)], align=C, line=34, after=6)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C)

    def art(no, t, items=()):
        clauses.append(no + QS + t + "".join(items))
        add_par(doc, [(no, HT, 16, False), (QS + t, FS, 16, False)], indent=True, align=JUST)
        for it in items:
            add_par(doc, it, indent=True, align=JUST)

    chapter("第一章" + QS + "总" + QS * 2 + "则")
    art("第一条", "为加快“一带一路”国际贸易通道建设，规范专项资金管理，根据《中华人民共和国预算法》等有关规定，结合我市实际，制定本办法。")
    art("第二条", "本办法所称专项资金，是指由市级财政预算安排，用于支持中欧（中亚）班列、海铁联运、国际集装箱班轮航线和“一带一路”经贸合作的资金。")
    chapter("第二章" + QS + "支持范围和标准")
    art("第三条", "在本市依法登记注册、具有独立法人资格、信用状况良好的企业，可以按照本办法申请专项资金。")
    art("第四条", "专项资金支持标准按照下表执行：")
    add_par(doc, [("专项资金支持标准（单位：万元）", HT, 14, False)], align=C, line=24)
    header = ["序号", "支持事项", "支持条件", "支持标准", "年度上限"]
    rows = [
        ["1", "中欧（中亚）班列", "整列开行，单列不少于41车", "每列0.5", "600"],
        ["2", "海铁联运", "年海铁联运量超过1万标准箱", "每标准箱0.01", "300"],
        ["3", "新辟国际航线", "至“一带一路”共建国家，连续运营满6个月", "每条航线50", "150"],
        ["4", "境外展会", "列入市商务局年度重点展会目录", "展位费的50%", "20"],
        ["5", "公共海外仓", "经认定的市级公共海外仓", "一次性100", "100"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=len(header))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(tb.rows[0].cells[i], h, HT, 12, line=18)
    repeat_header(tb.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(tb.rows[ri].cells[ci], v, FS, 12, align=L if ci == 2 else C, line=18)
        no_split(tb.rows[ri])
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(tb, (Cm(1.4), Cm(3.7), Cm(5.2), Cm(3.0), Cm(2.3)))
    note = "注：同一事项已获得省级及以上财政资金支持的，不再重复支持。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], line=20, before=2)
    chapter("第三章" + QS + "申报和监督")
    art("第五条", "专项资金实行年度申报制度，经审核公示无异议后，由市财政局按程序拨付资金。")
    art("第六条", "申报企业有下列行为之一的，收回已拨付资金，三年内取消其申报资格：", [
        "（一）以虚报、冒领、伪造材料等手段骗取专项资金的；",
        "（二）截留、挪用专项资金的。",
    ])
    chapter("第四章" + QS + "附" + QS * 2 + "则")
    art("第七条", "本办法由市商务局、市财政局负责解释。")
    art("第八条", "本办法自2026年4月1日起施行，有效期至2028年12月31日。《连云港市国际物流通道建设专项资金管理暂行办法》（连商规〔2023〕3号）同时废止。")

    banji(doc, "抄送：省商务厅，省财政厅，市人民政府办公室。",
          "连云港市商务局办公室", QS * 7 + "2026年 3月 6日印发", blank=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="关于印发《连云港市“一带一路”国际贸易通道发展专项资金管理办法》的通知",
            doc_number="连商发〔2026〕21号",
            issuer=["连云港市商务局", "连云港市财政局"],
            date="2026-03-05",
            level="municipal",
            region="连云港市",
            effective="2026-04-01",
            expires="2028-12-31",
            attachments=["连云港市“一带一路”国际贸易通道发展专项资金管理办法"],
            doc_type="通知",
            recipients=["各县、区商务局、财政局", "市各功能板块经济发展部门、财政部门"],
            publicity="此件公开发布",
            repeals="《连云港市国际物流通道建设专项资金管理暂行办法》（连商规〔2023〕3号）",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_wlmq():
    """意见: 版头 with expanded spacing, title line typed with spaces, headings centred
    with typed spaces, indentation by typed spaces, two-level merged table header."""
    stem = "blind1031_wlmq_yijian"
    doc = Document()
    setup(doc)
    clauses = []

    empty(doc, 1)
    p = doc.add_paragraph()
    r = font(p.add_run("乌鲁木齐市商务局文件"), XBS, 36, False, RED)
    expand(r, 120)
    fmt(p, align=C, line=56)
    empty(doc, 1)
    add_par(doc, "乌商务发〔2025〕47号", align=C)
    p = add_par(doc, "", line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)

    # title: one paragraph, manual line breaks, last line stretched with typed spaces
    p = doc.add_paragraph()
    font(p.add_run("乌鲁木齐市商务局关于推进中欧班列"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（乌鲁木齐）集结中心与跨境电商"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("协  同  发  展  的  意  见"), XBS, 22)
    fmt(p, align=C, line=36)
    empty(doc, 1)
    add_par(doc, "各区（县）商务主管部门，乌鲁木齐国际陆港区管委会，中国（新疆）自由贸易试验区乌鲁木齐片区管委会，局机关各处室、直属各单位：", align=JUST)

    IND = QS * 2

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, align=JUST)

    def head(t):
        # clerk "centres" the heading by typing full-width spaces before it
        add_par(doc, [(QS * 10 + t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)], align=JUST)

    body("为加快推进丝绸之路经济带核心区建设，充分发挥中欧班列（乌鲁木齐）集结中心和中国（乌鲁木齐）跨境电子商务综合试验区优势，推动“班列+跨境电商”融合发展，现提出如下意见。")
    head("一、总体要求")
    runin("（一）指导思想。", "坚持以习近平新时代中国特色社会主义思想为指导，以集结中心建设为牵引，以跨境电商为突破口，推动通道优势加快转化为贸易优势、产业优势，为高质量共建“一带一路”作出乌鲁木齐贡献。")
    runin("（二）主要目标。", "到2028年，中欧班列（乌鲁木齐）集结中心年开行量达到2000列，跨境电商进出口额达到300亿元，培育年进出口额超亿元的跨境电商企业30家，建成公共海外仓15个。主要指标如下：")
    add_par(doc, [("乌鲁木齐市中欧班列与跨境电商协同发展主要指标", HT, 14, False)], align=C, before=4)

    # two-level header: 目标值 over 2026年 / 2027年 / 2028年
    tb = doc.add_table(rows=2 + 5, cols=7)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = ["序号", "指标名称", "单位", "2025年基数"]
    for i, h in enumerate(top):
        m = tb.cell(0, i).merge(tb.cell(1, i))
        set_cell(m, h, HT, 12)
    m = tb.cell(0, 4).merge(tb.cell(0, 6))
    set_cell(m, "目标值", HT, 12)
    for i, y in enumerate(("2026年", "2027年", "2028年")):
        set_cell(tb.cell(1, 4 + i), y, HT, 12)
    repeat_header(tb.rows[0])
    repeat_header(tb.rows[1])
    cols = top + ["目标值／2026年", "目标值／2027年", "目标值／2028年"]
    data = [
        ["1", "集结中心中欧班列开行量", "列", "1580", "1700", "1850", "2000"],
        ["2", "跨境电商进出口额", "亿元", "168", "205", "250", "300"],
        ["3", "年进出口额超亿元的跨境电商企业", "家", "12", "18", "24", "30"],
        ["4", "公共海外仓", "个", "6", "9", "12", "15"],
        ["5", "跨境电商货物占班列货值比重", "%", "8.5", "10", "12", "15"],
    ]
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(tb.cell(ri, ci), v, FS, 12,
                     align=L if ci == 1 else C)
        no_split(tb.rows[ri])
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(cols, row)))
    col_widths(tb, (Cm(1.3), Cm(5.4), Cm(1.5), Cm(2.0), Cm(1.8), Cm(1.8), Cm(1.8)))

    empty(doc, 1, line=12)
    head("二、重点任务")
    runin("（三）提升集结中心集货能力。", "支持集结中心运营平台与疆内外物流企业合作，在喀什、伊犁、昌吉等地布局集货点，构建“疆内集货、乌市集结、一站直达”的组货模式；推动开行“跨境电商专列”“冷链专列”等特色班列，提高去程重箱率和回程货源组织水平。")
    runin("（四）完善跨境电商监管服务。", "会同乌鲁木齐海关推广跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）监管模式，在乌鲁木齐国际陆港区设立跨境电商班列监管作业区，实行“一次申报、一次查验、一次放行”，进一步压缩通关时间。")
    runin("（五）布局中亚和欧洲海外仓。", "支持企业在哈萨克斯坦阿拉木图、乌兹别克斯坦塔什干、俄罗斯莫斯科、波兰马拉舍维奇等班列沿线节点城市建设公共海外仓，为中小企业提供仓储、分拨、售后和退换货服务。")
    # two items typed in ONE paragraph separated by Shift+Enter
    h6, t6 = "（六）培育跨境电商经营主体。", "实施跨境电商主体培育行动，引进国内头部跨境电商平台和服务商设立区域总部，支持本地外贸企业、商贸流通企业开展跨境电商业务，对首次开展跨境电商出口的企业给予培训辅导。"
    h7, t7 = "（七）拓展“丝路电商”合作。", "依托中国—亚欧博览会和中国—中亚峰会成果，推动与中亚五国开展“丝路电商”合作，支持企业在跨境电商平台开设国家馆、特色商品馆，扩大中亚特色农产品和食品进口。"
    p = doc.add_paragraph()
    font(p.add_run(IND), FS, 16)
    font(p.add_run(h6), KT, 16, True)
    font(p.add_run(t6), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND), FS, 16)
    font(p.add_run(h7), KT, 16, True)
    font(p.add_run(t7), FS, 16)
    fmt(p, align=JUST)
    clauses.extend([h6 + t6, h7 + t7])
    head("三、保障措施")
    runin("（八）加强组织协调。", "建立由市商务局牵头，市发展改革委、市财政局、市交通运输局、乌鲁木齐海关等部门参加的工作协调机制，定期研究解决协同发展中的重大问题。")
    runin("（九）加大资金支持。", "统筹用好中央外经贸发展专项资金和自治区、市级商务发展资金，对符合条件的跨境电商班列、公共海外仓、跨境电商产业园给予支持，具体支持办法另行制定。")
    runin("（十）强化统计监测。", "各区（县）商务主管部门要建立跨境电商和班列运行监测制度，每季度结束后10日内将工作进展情况报送市商务局对外贸易处。")
    body("本意见自2026年1月1日起施行，有效期至2028年12月31日。")
    empty(doc, 2, line=24)
    add_par(doc, QS * 16 + "乌鲁木齐市商务局")
    add_par(doc, QS * 16 + "2025年12月 8日")
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）")
    banji(doc, "抄送：自治区商务厅，市人民政府办公厅，乌鲁木齐海关。",
          "乌鲁木齐市商务局办公室", QS * 6 + "2025年12月 9日印发", blank=2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="乌鲁木齐市商务局关于推进中欧班列（乌鲁木齐）集结中心与跨境电商协同发展的意见",
            doc_number="乌商务发〔2025〕47号",
            issuer=["乌鲁木齐市商务局"],
            date="2025-12-08",
            level="municipal",
            region="乌鲁木齐市",
            effective="2026-01-01",
            expires="2028-12-31",
            attachments=[],
            doc_type="意见",
            recipients=["各区（县）商务主管部门", "乌鲁木齐国际陆港区管委会",
                        "中国（新疆）自由贸易试验区乌鲁木齐片区管委会", "局机关各处室、直属各单位"],
            publicity="此件主动公开",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_xmftz():
    """自贸片区管委会 申报通知: 特急, two-line 版头 (second line expanded to match),
    文号 centred by typed spaces, 附件 list aligned with spaces, spaced table headers,
    附件2 title spread with spaces."""
    stem = "blind1031_xmftz_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)])
    p = doc.add_paragraph()
    font(p.add_run("中国（福建）自由贸易试验区"), XBS, 28, False, RED)
    fmt(p, align=C, line=40)
    p = doc.add_paragraph()
    r = font(p.add_run("厦门片区管理委员会"), XBS, 28, False, RED)
    expand(r, 250)  # stretched so the short line is as wide as the first one
    fmt(p, align=C, line=40)
    add_par(doc, QS * 8 + "厦自贸委〔2026〕15号")
    p = add_par(doc, "", line=8)
    border(p, "bottom", "FF0000", 24, 1)
    add_par(doc, "", line=12)

    for line in ("中国（福建）自由贸易试验区厦门片区管理",
                 "委员会关于组织申报2026年度“丝路海运”",
                 "及跨境贸易便利化扶持项目的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=C, line=34)
    add_par(doc, "", line=20)
    add_par(doc, "各有关单位、企业：")

    IND = QS * 2

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, align=JUST)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)])

    body("为深化“丝路海运”品牌建设，根据《中国（福建）自由贸易试验区厦门片区促进国际贸易和航运物流发展扶持办法》（厦自贸委规〔2024〕2号），现就组织申报2026年度扶持项目有关事项通知如下：")
    head("一、申报范围")
    body("2025年度实施完成的以下项目可以申报，具体类别及扶持标准详见附件1：")
    body("1．“丝路海运”命名航线新开及加密项目；")
    body("2．中欧（厦门）班列和海铁联运项目；")
    body("3．国际贸易“单一窗口”及跨境贸易便利化创新项目；")
    body("4．“一带一路”共建国家市场开拓项目。")
    head("二、申报条件")
    body("（一）申报主体应在厦门片区（含象屿综合保税区、海沧港综合保税区）依法注册登记，具有独立法人资格。")
    body("（二）同一项目已获得片区其他同类政策扶持的，不得重复申报。")
    head("三、申报程序")
    body("（一）网上申报。申报主体登录厦门片区政策兑现服务平台上传申报材料（见附件2），申报时间为2026年3月16日至4月15日。")
    body("（二）审核拨付。片区管委会经济发展局会同财政部门审核，审核结果在厦门片区门户网站公示5个工作日，公示无异议的按程序拨付资金。")
    head("四、有关要求")
    body("申报主体对申报材料的真实性负责。对弄虚作假、骗取扶持资金的，收回已拨付资金，五年内不得申报片区各类扶持政策。咨询电话：0592-6893217。")
    # 附件 list aligned with typed spaces under 附件：
    add_par(doc, IND + "附件：1．2026年度扶持项目类别及标准")
    add_par(doc, IND + QS * 3 + "2．申报材料清单")
    empty(doc, 1, line=24)
    add_par(doc, QS * 3 + "中国（福建）自由贸易试验区厦门片区管理委员会")
    add_par(doc, QS * 17 + "2026年 3月12日")

    # ---- 附件1 (explicit page break run)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    font(p.add_run("附件1"), HT, 16)
    fmt(p)
    empty(doc, 1)
    add_par(doc, [("2026年度扶持项目类别及标准", XBS, 22, False)], align=C, line=36)
    empty(doc, 1, line=16)
    shown = ["序  号", "项目类别", "扶持内容", "扶持标准", "备  注"]
    header = ["序号", "项目类别", "扶持内容", "扶持标准", "备注"]
    rows = [
        ["1", "“丝路海运”命名航线", "新开通“丝路海运”命名航线，且年度航次不少于24班", "每条航线一次性扶持30万元", "单家企业年度不超过150万元"],
        ["2", "航线加密", "既有“丝路海运”命名航线年度航次较上年增加12班以上", "每增加1班扶持0.5万元", "单条航线年度不超过20万元"],
        ["3", "中欧（厦门）班列", "经厦门片区集结发运的中欧班列", "每列扶持1万元", "—"],
        ["4", "海铁联运", "经海沧、东渡港区开展海铁联运业务", "每标准箱扶持100元", "单家企业年度不超过80万元"],
        ["5", "贸易便利化创新", "经认定的国际贸易“单一窗口”特色应用或便利化创新案例", "每项扶持10万元至30万元", "由评审专家组确定具体档次"],
        ["6", "市场开拓", "赴“一带一路”共建国家参加境外展会", "按展位费的60%给予扶持", "单家企业年度不超过30万元"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=5)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(shown):
        set_cell(tb.rows[0].cells[i], h, HT, 12)
    repeat_header(tb.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(tb.rows[ri].cells[ci], v, FS, 12, align=C if ci == 0 else L)
        no_split(tb.rows[ri])
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(tb, (Cm(1.7), Cm(2.9), Cm(4.9), Cm(3.0), Cm(3.1)))
    note = "注：扶持资金按照“先审后拨”原则办理，所涉金额均为人民币。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], line=20, before=4)

    # ---- 附件2 (page_break_before), title spread with typed spaces
    p = add_par(doc, [("附件2", HT, 16, False)])
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("申 报 材 料 清 单", XBS, 22, False)], align=C, line=36)
    empty(doc, 1)
    for t in ("1．项目申报表（在政策兑现服务平台在线生成并加盖单位公章）；",
              "2．营业执照复印件、法定代表人身份证明；",
              "3．2025年度财务审计报告；",
              "4．项目实施证明材料（航线船期表、提单、班列运单、海关报关单、境外展会参展合同及付款凭证等）；",
              "5．申报主体信用承诺书；",
              "6．其他需要提供的证明材料。"):
        body(t)

    banji(doc, "抄送：福建省商务厅（省自贸办），厦门市人民政府办公厅。",
          "厦门片区管委会综合办公室", QS * 5 + "2026年 3月12日印发", blank=4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（福建）自由贸易试验区厦门片区管理委员会关于组织申报2026年度“丝路海运”及跨境贸易便利化扶持项目的通知",
            doc_number="厦自贸委〔2026〕15号",
            issuer=["中国（福建）自由贸易试验区厦门片区管理委员会"],
            date="2026-03-12",
            level="municipal",
            region="厦门市",
            attachments=["2026年度扶持项目类别及标准", "申报材料清单"],
            doc_type="通知",
            recipients=["各有关单位、企业"],
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_lyg(), doc_wlmq(), doc_xmftz()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
