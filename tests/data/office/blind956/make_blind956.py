# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 956: 自贸片区管委会关于调整综合保税区服务收费标准的公告 + 市发展改革委复函.
Writes blind956_*.docx, PDFs (LibreOffice) and expected.json next to this script."""
import json
import os
import subprocess

from docx import Document
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT

expected = {}


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


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = Pt(32) if indent else Pt(0)
    return p


def add_par(doc, runs, **kw):
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
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc, dash="— ", dash2=" —", numfont=SONG):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(dash), numfont, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, numfont, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), numfont, 14)
    r = fp.add_run()
    font(r, numfont, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(dash2), numfont, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
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


def col_widths(table, widths_cm):
    """Set widths in the tblGrid (what LibreOffice reads) and on each cell."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for tr in table._tbl.tr_lst:
        k = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[k:k + span]))
            k += span


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_956", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting "一、") ----------------------
_next_abs = [950]


def make_numbering(doc, lvl_text="%1、"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
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


# ---------------------------------------------------------------- shared data
# (项目, 计费单位, 原标准, 调整后标准, 备注), grouped by 类别
FEES = [
    ("查验服务", [
        ("海关查验吊装移位费", "元/标准箱", "180", "150", "40英尺集装箱按2个标准箱计收"),
        ("查验掏箱（装箱）作业费", "元/标准箱", "300", "240", "冷藏箱、危险品箱按本标准上浮30%"),
        ("查验场地使用费", "元/标准箱·次", "60", "免收", "由片区按规定给予运营补助"),
    ]),
    ("卡口及信息服务", [
        ("卡口通行服务费", "元/车次", "20", "10", "空车进出区免收"),
        ("综合保税区信息化辅助管理系统服务费", "元/票", "50", "30", "按报关单（备案清单）票数计收"),
    ]),
    ("仓储及堆存", [
        ("公共监管仓库仓储费（普通货物）", "元/平方米·天", "1.2", "1.0", "—"),
        ("公共监管仓库仓储费（冷链货物）", "元/吨·天", "8.0", "6.5", "-18℃以下冷冻库可上浮20%"),
        ("集装箱堆存费", "元/标准箱·天", "15", "12", "免费堆存期由3天延长至5天"),
    ]),
]

ZONE_ORG = "中国（广西）自由贸易试验区钦州港片区管理委员会"
FGW = "钦州市发展和改革委员会"


# ====================================================================== DOC A
def doc_gonggao():
    """公告: no 红头, title two lines wrapped oddly, 文号 in brackets under the title,
    typed numbering with mixed full/half-width brackets, 落款 aligned with tabs,
    附件 on its own page with a two-level merged header, vertical merges, repeated
    header rows, unit caption, notes under the table."""
    stem = "blind956_gonggao"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t, lead=""):
        clauses.append(t)
        add_par(doc, [(lead + t, FS, 16, False)], indent=not lead)

    def runin(h, t, hfont=HT, hbold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, hbold), (t, FS, 16, False)])

    # title, wrapped in an odd place
    add_par(doc, [("中国（广西）自由贸易试验区钦州港片区", XBS, 22, False)],
            align=C, indent=False, line=36, before=12)
    add_par(doc, [("管理委员会关于调整钦州综合保税区", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("部分服务收费标准的公告", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("（钦自贸片区公告〔2026〕2号）", KT, 16, False)],
            align=C, indent=False, line=28, before=6, after=12)

    # first paragraph indented with typed full-width spaces instead of indent
    body("根据《中华人民共和国价格法》《广西壮族自治区定价目录（2024年版）》和钦州市发展和改革委员会"
         "《关于同意调整钦州综合保税区部分服务收费标准的复函》（钦市发改价格函〔2026〕18号）等规定，"
         "为进一步降低综合保税区企业进出口物流成本，持续优化西部陆海新通道沿线营商环境，"
         "经研究，决定调整钦州综合保税区部分政府定价服务收费标准。现将有关事项公告如下：",
         lead="\u3000\u3000")
    runin("一、调整项目。", "对钦州综合保税区内海关查验吊装移位费、卡口通行服务费、公共监管仓库仓储费等8项"
          "政府定价服务收费标准进行调整，其中降低收费标准7项、免收1项，调整后的具体标准详见附件。")
    runin("二、适用范围。", "本公告适用于在钦州综合保税区（含钦州港口岸监管作业区内的综合保税区卡口）"
          "提供上述服务的收费单位，以及接受上述服务的进出口企业、报关企业和物流企业。")
    add_par(doc, [("三、有关要求", HT, 16, False)])
    # half-width brackets typed by the clerk in (一), full-width in （二）（三）
    runin("(一)", "各收费单位应严格执行调整后的收费标准，调整后标准为最高限价，收费单位可在不超过"
          "上限的范围内自主下浮，但不得上浮。", hfont=KT)
    runin("（二）", "各收费单位应当在收费场所显著位置公示收费项目、计费单位、收费标准、服务内容及"
          "投诉举报电话，实行明码标价，不得在标价之外加价收费或收取任何未予标明的费用。", hfont=KT)
    runin("（三）", "查验场地使用费免收后，相关场地运营维护成本由片区管委会按照有关规定给予补助，"
          "收费单位不得以任何名义向企业转嫁或变相收取。", hfont=KT)
    runin("四、施行时间。", "本公告自2026年3月1日起施行，有效期至2028年2月29日。"
          "《关于公布钦州综合保税区服务收费标准的公告》（钦自贸片区公告〔2023〕5号）同时废止。")
    runin("五、监督举报。", "企业对收费行为有异议的，可向片区经济发展局咨询（联系电话：0777-3885216），"
          "或拨打12345政务服务便民热线投诉举报。")
    add_par(doc, "特此公告。")
    # 附件 list with hanging alignment via spaces
    add_par(doc, "附件：钦州综合保税区部分服务收费项目调整标准表")
    empty(doc, 1)
    # 落款 with tabs (right tab stop) and a manual line break between organ and date
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), alignment=2)  # right
    font(p.add_run("\t中国（广西）自由贸易试验区"), FS, 16)
    r = p.add_run()
    r.add_break()
    font(r, FS, 16)
    font(p.add_run("\t钦州港片区管理委员会"), FS, 16)
    r = p.add_run()
    r.add_break()
    font(r, FS, 16)
    font(p.add_run("\t2026年2月10日"), FS, 16)

    # ---------- 附件 on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False, align=L)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("钦州综合保税区部分服务收费项目调整标准表", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("单位：元", FS, 12, False)], align=R, indent=False, line=20, before=6)

    nrows = sum(len(g[1]) for g in FEES)
    t = doc.add_table(rows=2 + nrows, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h0, h1 = t.rows[0], t.rows[1]
    for ci, txt in ((0, "序号"), (1, "类别"), (2, "项目"), (3, "计费单位"), (6, "备注")):
        m = h0.cells[ci].merge(h1.cells[ci])
        set_cell(m, txt, HT, 12)
    m = h0.cells[4].merge(h0.cells[5])
    set_cell(m, "收费标准", HT, 12)
    set_cell(h1.cells[4], "原标准", HT, 12)
    set_cell(h1.cells[5], "调整后标准", HT, 12)
    repeat_header(h0)
    repeat_header(h1)
    ri = 2
    n = 0
    for cat, items in FEES:
        first = ri
        for (item, unit, old, new, note) in items:
            n += 1
            row = t.rows[ri]
            cant_split(row)
            set_cell(row.cells[0], str(n))
            set_cell(row.cells[2], item, align=L)
            set_cell(row.cells[3], unit)
            set_cell(row.cells[4], old)
            set_cell(row.cells[5], new)
            set_cell(row.cells[6], note, size=10.5, align=L)
            clauses.append("序号：%d；类别：%s；项目：%s；计费单位：%s；收费标准／原标准：%s；"
                           "收费标准／调整后标准：%s；备注：%s" % (n, cat, item, unit, old, new, note))
            ri += 1
        mc = t.rows[first].cells[1].merge(t.rows[ri - 1].cells[1])
        set_cell(mc, cat)
    col_widths(t, [1.2, 2.1, 3.9, 2.4, 1.4, 1.6, 3.0])

    notes = [
        "注：1.以上收费标准均为含税价格，计费不足1个计费单位的按1个计费单位计收。",
        "2.同一票货物因海关布控查验发生多次吊装移位的，只收取一次海关查验吊装移位费。",
        "3.经海关查验未发现问题的外贸集装箱，其查验产生的吊装移位、仓储等费用按国家有关规定由中央财政负担，不得向企业收取。",
    ]
    for i, ntxt in enumerate(notes):
        p = add_par(doc, [(ntxt, FS, 12, False)], indent=False, line=20, before=6 if i == 0 else 0)
        if i:
            p.paragraph_format.left_indent = Pt(36)
        clauses.append(ntxt)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区管理委员会关于调整钦州综合保税区部分服务收费标准的公告",
            "doc_number": "钦自贸片区公告〔2026〕2号",
            "issuer": [ZONE_ORG],
            "date": "2026-02-10",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": "2026-03-01",
            "expires": "2028-02-29",
            "attachments": ["钦州综合保税区部分服务收费项目调整标准表"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": "《关于公布钦州综合保税区服务收费标准的公告》（钦自贸片区公告〔2023〕5号）",
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== DOC B
def doc_fuhan():
    """复函 of the municipal 发展改革委 (价格主管部门): red organ mark (no 文件),
    特急 mark, red double rule, 文号 right-aligned under the rule, title over
    three lines, auto-numbered 一、二、…, inline table split by a manual page
    break into 表 + 续表 with the header typed again, 落款 with typed spaces,
    （此件主动公开）, 抄送/印发 版记, page numbers '- 1 -' with hyphens."""
    stem = "blind956_fuhan"
    doc = Document()
    setup(doc, dash="- ", dash2=" -", numfont="Times New Roman")
    clauses = []
    nid = make_numbering(doc)

    add_par(doc, [("特急", HT, 16, False)], indent=False, align=L)
    add_par(doc, [("钦州市发展和改革委员会", XBS, 36, False, RED)],
            align=C, indent=False, line=56, before=18)
    p = add_par(doc, [("", FS, 10, False)], indent=False, line=12)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    add_par(doc, [("钦市发改价格函〔2026〕18号", FS, 16, False)],
            align=R, indent=False, before=6)
    empty(doc, 1)
    add_par(doc, [("钦州市发展和改革委员会关于同意调整", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("钦州综合保税区部分服务收费", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("标准的复函", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, ZONE_ORG + "：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def numbered(t):
        # the "一、" is produced by Word numbering; the visible text is 一、+t
        n = len([c for c in clauses if c[:1] in "一二三四五六七八九"]) 
        clauses.append("一二三四五六七八九"[n] + "、" + t)
        p = add_par(doc, t)
        apply_num(p, nid)
        return p

    body("你委《关于调整钦州综合保税区部分服务收费标准的请示》（钦自贸片区报〔2026〕4号）收悉。"
         "经研究，并征求市财政局、市市场监督管理局和钦州海关意见，现函复如下：")
    numbered("原则同意你委提出的钦州综合保税区部分服务收费标准调整方案。调整后的收费标准见下表。")

    flat = []
    for cat, items in FEES:
        flat.extend(items)
    header = ["序号", "项目", "计费单位", "原标准", "调整后标准", "备注"]

    def tbl(rows, start):
        t = doc.add_table(rows=1 + len(rows), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 12)
        for k, (item, unit, old, new, note) in enumerate(rows):
            vals = [str(start + k), item, unit, old, new, note]
            for ci, v in enumerate(vals):
                set_cell(t.rows[k + 1].cells[ci], v, FS, 12 if ci != 5 else 10.5,
                         align=L if ci in (1, 5) else C)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))
        col_widths(t, [1.3, 4.3, 2.6, 1.6, 1.9, 3.9])
        return t

    add_par(doc, [("钦州综合保税区部分服务收费标准核定表（单位：元）", HT, 14, False)],
            align=C, indent=False, line=24, before=6)
    tbl(flat[:2], 1)
    p = add_par(doc, [("续表", KT, 14, False)], align=L, indent=False, line=24)
    p.paragraph_format.page_break_before = True
    tbl(flat[2:], 3)
    empty(doc, 1, line=14)

    numbered("上述调整后收费标准为最高限价，收费单位可在不超过上限标准的范围内自主下浮，但不得上浮。"
             "查验场地使用费自执行之日起免收。")
    numbered("调整后的收费标准自2026年3月1日起执行，执行期至2028年2月29日。执行期满前，你委应当组织"
             "开展成本调查评估，提前3个月向我委提出调整意见。")
    numbered("请你委督促收费单位严格执行明码标价规定，在收费场所显著位置公示收费项目、计费单位、"
             "收费标准和投诉举报电话，自觉接受社会监督；不得擅自增设收费项目、扩大收费范围、"
             "提高收费标准，不得强制服务并收费。")
    numbered("请你委在调整方案执行后及时向社会公告，并于每年1月底前将上一年度收费执行情况报送我委。")
    add_par(doc, "此复。")
    empty(doc, 2)
    # 落款 aligned with typed (half-width) spaces
    p = add_par(doc, " " * 34 + "钦州市发展和改革委员会", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 38 + "2026年1月26日", indent=False)
    add_par(doc, "（此件主动公开）", indent=True)
    add_par(doc, "（联系人：黄丽萍，联系电话：0777-2820531）", indent=True)

    # 版记
    empty(doc, 2)
    p = add_par(doc, [("抄送：市人民政府办公室，市财政局，市市场监督管理局，钦州海关。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [("钦州市发展和改革委员会办公室", FS, 14, False), ("\u3000" * 5, FS, 14, False),
                       ("2026年1月27日印发", FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "钦州市发展和改革委员会关于同意调整钦州综合保税区部分服务收费标准的复函",
            "doc_number": "钦市发改价格函〔2026〕18号",
            "issuer": [FGW],
            "date": "2026-01-26",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": "2026-03-01",
            "expires": "2028-02-29",
            "attachments": [],
            "doc_type": "函",
            "recipients": [ZONE_ORG],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


if __name__ == "__main__":
    paths = [doc_gonggao(), doc_fuhan()]
    for pth in paths:
        convert(pth)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("wrote", ", ".join(os.path.basename(p) for p in paths))
