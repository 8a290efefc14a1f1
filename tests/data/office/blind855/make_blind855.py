# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 855: 综合保税区年度发展绩效评估结果通报（含排名表）.

Writes three Word files, their PDFs (LibreOffice) and expected.json into
this script's directory.
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"

expected = {}


# ------------------------------------------------------------------ helpers
PPR_SEQ = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
           "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
           "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
           "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
           "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
           "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]
TBLPR_SEQ = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
             "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
             "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription"]
TRPR_SEQ = ["cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit",
            "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden", "ins", "del", "trPrChange"]


def insert_ordered(parent, el, seq):
    """Insert el into parent respecting the OOXML schema child order."""
    name = el.tag.split("}")[1]
    later = set(seq[seq.index(name) + 1:])
    for i, child in enumerate(parent):
        if child.tag.split("}")[1] in later:
            parent.insert(i, el)
            return el
    parent.append(el)
    return el

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


LAYOUT = {"line": 28}


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    pf = p.paragraph_format
    if line is None:
        line = LAYOUT["line"]
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


def add_par(container, runs, **kw):
    p = container.add_paragraph()
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
        bdr = insert_ordered(ppr, parse_xml('<w:pBdr %s/>' % nsdecls("w")), PPR_SEQ)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=None):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_field(p, size=14):
    font(p.add_run("— "), SONG, size)
    r = p.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = p.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), SONG, size)
    r5 = p.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(p.add_run(" —"), SONG, size)


def setup(doc, odd_even=False, top=3.7, bottom=3.5, line=28):
    LAYOUT["line"] = line
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if odd_even:
        # 单页码居右、双页码居左 (GB/T 9704)
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(14)
        page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(14)
        page_field(ep)
    else:
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        page_field(fp)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    insert_ordered(trpr, parse_xml('<w:tblHeader %s/>' % nsdecls("w")), TRPR_SEQ)


def no_borders(t):
    tblpr = t._tbl.tblPr
    insert_ordered(tblpr, parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")), TBLPR_SEQ)


def widths(t, ws):
    t.autofit = False  # writes <w:tblLayout w:type="fixed"/>
    for i, w in enumerate(ws):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate(ws):
            row.cells[i].width = Cm(w)


def grid_table(doc, header, rows, ws, size=10.5, repeat=True, hsize=None, line=18):
    """header: list of (top, sub) - sub None => top spans both header rows;
    consecutive equal tops with subs are merged horizontally.  If no sub at all,
    a single header row is used.  Returns (table, keys)."""
    two = any(s is not None for _, s in header)
    hr = 2 if two else 1
    n = len(header)
    t = doc.add_table(rows=hr + len(rows), cols=n)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hsize = hsize or size
    keys = []
    for i, (top, sub) in enumerate(header):
        keys.append(top if sub is None else "%s／%s" % (top, sub))
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            set_cell(t.rows[hr + ri].cells[ci], v, FS, size, line=line)
    widths(t, ws)
    if two:
        i = 0
        while i < n:
            top, sub = header[i]
            if sub is None:
                m = t.cell(0, i).merge(t.cell(1, i))
                set_cell(m, top, HT, hsize)
                i += 1
            else:
                j = i
                while j + 1 < n and header[j + 1][0] == top and header[j + 1][1] is not None:
                    j += 1
                m = t.cell(0, i).merge(t.cell(0, j)) if j > i else t.cell(0, i)
                set_cell(m, top, HT, hsize)
                for k in range(i, j + 1):
                    set_cell(t.cell(1, k), header[k][1], HT, hsize)
                i = j + 1
    else:
        for i, (top, _) in enumerate(header):
            set_cell(t.rows[0].cells[i], top, HT, hsize)
    if repeat:
        for k in range(hr):
            repeat_header(t.rows[k])
    clauses = ["；".join("%s：%s" % (k, v) for k, v in zip(keys, row)) for row in rows]
    return t, clauses


def banji(doc, cc, printer, date_txt, size=14, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def joint_banner(doc, organs, size=26):
    """联合行文版头: organs stacked on the left (分散对齐), 文件 on the right."""
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    widths(t, [11.2, 4.2])
    left, right = t.rows[0].cells
    left.text = ""
    for i, o in enumerate(organs):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        font(p.add_run(o), XBS, size, False, RED)
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(size + 4)
    set_cell(right, "文件", XBS, size + 10, align=C, line=size + 14)
    font(right.paragraphs[0].runs[0], XBS, size + 10, False, RED)
    return t


def make_numbering(doc, lvl_text, aid):
    numbering = doc.part.numbering_part.element
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
    insert_ordered(ppr, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                                  % (nsdecls("w"), nid)), PPR_SEQ)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_855", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# -------------------------------------------------------- shared score data
MAXIMA = (40, 25, 15, 20)


def subscores(total, idx):
    """Split a total score into 规模效益/创新发展/开放协同/监管质量 (strings)."""
    t = int(round(float(total) * 100))
    base = [m * t // 100 for m in MAXIMA]
    d1 = (idx * 37) % 90 - 45
    d2 = (idx * 53) % 70 - 35
    d3 = (idx * 29) % 50 - 25
    s1, s2, s3 = base[0] + d1, base[1] + d2, base[2] + d3
    s4 = t - s1 - s2 - s3
    if s4 > 2000:
        s1 += s4 - 1990
        s4 = 1990
    vals = [s1, s2, s3, s4]
    for v, m in zip(vals, MAXIMA):
        assert 0 < v <= m * 100, (total, idx, vals)
    assert sum(vals) == t
    return ["%.2f" % (v / 100) for v in vals]


# rank, name, province, score  (全国A类20个)
A_LIST = [
    (1, "昆山综合保税区", "江苏", "96.82"),
    (2, "苏州工业园综合保税区", "江苏", "95.47"),
    (3, "郑州新郑综合保税区", "河南", "94.15"),
    (4, "上海外高桥港综合保税区", "上海", "93.60"),
    (5, "重庆西永综合保税区", "重庆", "92.88"),
    (6, "成都高新综合保税区", "四川", "92.31"),
    (7, "深圳前海综合保税区", "广东", "91.74"),
    (8, "广州黄埔综合保税区", "广东", "91.02"),
    (9, "天津港综合保税区", "天津", "90.46"),
    (10, "无锡高新区综合保税区", "江苏", "89.93"),
    (11, "厦门海沧港综合保税区", "福建", "89.57"),
    (12, "宁波梅山综合保税区", "浙江", "89.10"),
    (13, "北京天竺综合保税区", "北京", "88.64"),
    (14, "苏州高新技术产业开发区综合保税区", "江苏", "88.21"),
    (15, "武汉东湖综合保税区", "湖北", "87.75"),
    (16, "青岛前湾综合保税区", "山东", "87.32"),
    (17, "南京综合保税区", "江苏", "86.90"),
    (18, "东莞综合保税区", "广东", "86.47"),
    (19, "合肥经济技术开发区综合保税区", "安徽", "85.83"),
    (20, "珠海高栏港综合保税区", "广东", "85.26"),
]


# ==================================================================== DOC A
def doc_shuzong():
    stem = "blind855_shuzong_tongbao"
    doc = Document()
    setup(doc, top=3.5, bottom=3.0, line=27)
    clauses = []
    n_item = make_numbering(doc, "（%1）", 901)

    joint_banner(doc, ["海关总署", "国家发展和改革委员会", "财政部", "商务部", "国家税务总局"], size=22)
    empty(doc, 1, line=20)
    p = add_par(doc, "署贸发〔2026〕27号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=18)
    # title typed over three paragraphs, broken at odd places
    for line in ("海关总署 国家发展改革委 财政部 商务部",
                 "税务总局关于2025年度综合保税区发展绩效",
                 "评估结果的通报"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=35)
    empty(doc, 1, line=18)
    add_par(doc, "各省、自治区、直辖市和新疆生产建设兵团发展改革委、财政厅（局）、商务主管部门，"
                 "国家税务总局各省、自治区、直辖市和计划单列市税务局，海关总署广东分署、各直属海关：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("根据《综合保税区发展绩效评估办法》（署贸发〔2023〕112号），海关总署会同国家发展改革委、财政部、商务部、税务总局组织开展了2025年度综合保税区发展绩效评估工作。现将评估结果通报如下：")
    head("一、评估基本情况")
    body("本次评估对象为截至2025年12月31日封关运作满一个完整会计年度的综合保税区，共158个。评估指标体系包括规模效益、创新发展、开放协同、监管质量等4个方面21项具体指标，满分100分。")
    body("评估结果显示，2025年全国综合保税区实现进出口总值7.16万亿元，同比增长5.8%，占全国外贸进出口总值的16.2%。区内企业实现营业收入9.83万亿元，缴纳税款3862亿元，吸纳就业约523万人。")
    head("二、评估结果")
    runin("（一）A类综合保税区20个。", "综合得分在85分以上（含85分），占参评总数的12.7%。具体名单及排名见附件。")
    runin("（二）B类综合保税区105个。", "综合得分在70分（含）至85分之间，占参评总数的66.5%。")
    runin("（三）C类综合保税区26个。", "综合得分在60分（含）至70分之间，占参评总数的16.5%。")
    runin("（四）D类综合保税区7个。", "综合得分低于60分，占参评总数的4.4%，分别是秦皇岛综合保税区、赣州综合保税区、遵义综合保税区、海口空港综合保税区、营口综合保税区、银川综合保税区、喀什综合保税区。")
    add_par(doc, [("2025年度综合保税区发展绩效评估结果分区域统计表", HT, 14, False)],
            align=C, indent=False, before=6)
    hdr = [("区域", None), ("参评数量（个）", None),
           ("评估结果（个）", "A类"), ("评估结果（个）", "B类"),
           ("评估结果（个）", "C类"), ("评估结果（个）", "D类")]
    rows = [["东部地区", "78", "15", "52", "9", "2"],
            ["中部地区", "34", "3", "24", "6", "1"],
            ["西部地区", "36", "2", "22", "9", "3"],
            ["东北地区", "10", "0", "7", "2", "1"],
            ["合计", "158", "20", "105", "26", "7"]]
    _, cl = grid_table(doc, hdr, rows, [3.0, 3.0, 2.4, 2.4, 2.4, 2.4], size=12)
    clauses.extend(cl)
    note = "注：东部、中部、西部和东北地区按国家统计局区域划分标准划分。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], line=20, first=Pt(24))
    head("三、有关工作要求")
    cn = "一二三四"
    items = [
        ("巩固提升发展成效。", "A类综合保税区要发挥示范引领作用，有关部门在安排新业态新模式试点时予以优先支持。"),
        ("加快推动转型升级。", "B类、C类综合保税区要对照评估指标体系查找短板弱项，提高土地利用效率和产出强度，推动由“重物流”向“重加工、重研发、重服务”转变。"),
        ("限期整改D类综合保税区。", "D类综合保税区所在地省级人民政府要督促管理机构认真分析原因，于2026年6月30日前制定整改方案，报海关总署、国家发展改革委、财政部、商务部、税务总局备案，整改期限为一年，整改期满仍达不到要求的，按规定核减规划面积或予以撤销。"),
        ("用好评估结果。", "各地有关工作情况请于2026年12月31日前报海关总署（自由贸易试验区和特殊区域发展司）。"),
    ]
    for i, (h, t) in enumerate(items):
        clauses.append("（%s）%s%s" % (cn[i], h, t))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)
    add_par(doc, "特此通报。")
    empty(doc, 1)
    # attachment list aligned with typed spaces
    add_par(doc, "附件：2025年度综合保税区发展绩效评估A类名单")
    empty(doc, 1)
    # 落款: 5 organs, typed with full-width spaces in two columns
    for ln in ("海关总署\u3000\u3000\u3000\u3000\u3000\u3000国家发展改革委",
               "财政部\u3000\u3000\u3000\u3000\u3000\u3000\u3000商务部",
               "税务总局"):
        p = add_par(doc, "\u3000" * 5 + ln, indent=False, line=28)
        p.paragraph_format.keep_with_next = True
    p = add_par(doc, "2026年3月20日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p.paragraph_format.keep_with_next = True
    add_par(doc, "（此件公开发布）")

    # ---- 附件 (new page)
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("2025年度综合保税区发展绩效评估A类名单", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("（按综合得分排序）", KT, 14, False)], align=C, indent=False, line=24, after=6)
    hdr = [("排名", None), ("综合保税区名称", None), ("所在省（市）", None),
           ("得分（分）", "综合得分"), ("得分（分）", "规模效益"), ("得分（分）", "创新发展"),
           ("得分（分）", "开放协同"), ("得分（分）", "监管质量")]
    rows = []
    for rank, name, prov, score in A_LIST:
        rows.append([str(rank), name, prov, score] + subscores(score, rank))
    _, cl = grid_table(doc, hdr, rows, [1.1, 4.9, 1.8, 1.7, 1.6, 1.6, 1.6, 1.6], size=10.5, line=14)
    clauses.extend(cl)
    n1 = "注：分项得分满分分别为规模效益40分、创新发展25分、开放协同15分、监管质量20分。"
    clauses.append(n1)
    add_par(doc, [(n1, FS, 12, False)], line=20, first=Pt(24), before=4)

    banji(doc, "抄送：国务院办公厅，自然资源部、生态环境部、国家外汇管理局，各省、自治区、直辖市人民政府。",
          "海关总署办公厅", "2026年3月23日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "海关总署 国家发展改革委 财政部 商务部 税务总局关于2025年度综合保税区发展绩效评估结果的通报",
            "doc_number": "署贸发〔2026〕27号",
            "issuer": ["海关总署", "国家发展和改革委员会", "财政部", "商务部", "国家税务总局"],
            "date": "2026-03-20",
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": ["2025年度综合保税区发展绩效评估A类名单"],
            "doc_type": "通报",
            "recipients": ["各省、自治区、直辖市和新疆生产建设兵团发展改革委、财政厅（局）、商务主管部门",
                           "国家税务总局各省、自治区、直辖市和计划单列市税务局",
                           "海关总署广东分署", "各直属海关"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ==================================================================== DOC B
def doc_jiangsu():
    stem = "blind855_jiangsu_paiming"
    doc = Document()
    setup(doc, odd_even=True, top=3.3, bottom=2.8, line=26)
    clauses = []

    joint_banner(doc, ["江苏省商务厅", "南京海关"], size=30)
    empty(doc, 1, line=20)
    p = add_par(doc, "苏商开〔2026〕58号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, manual line break in an odd place
    p = doc.add_paragraph()
    font(p.add_run("江苏省商务厅 南京海关关于全省综合保税"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("区2025年度发展绩效评估结果的通报"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，南京海关各隶属海关，省内各综合保税区管理机构：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("根据海关总署等5部门《关于2025年度综合保税区发展绩效评估结果的通报》（署贸发〔2026〕27号），我省参评的20个综合保税区中，A类5个、B类13个、C类2个，无D类综合保税区。为进一步发挥评估“指挥棒”作用，推动全省综合保税区争先进位，现将有关情况通报如下：")
    head("一、总体情况")
    body("2025年，全省综合保税区实现进出口总值1.38万亿元，同比增长4.6%，占全省外贸进出口总值的25.1%，进出口规模继续位居全国第一。全省A类综合保税区数量居全国首位，昆山综合保税区、苏州工业园综合保税区分别位列全国第1位、第2位；南京综合保税区全国位次较上年上升9位，首次进入A类。")
    # two points typed in one paragraph with Shift+Enter
    t1 = "一是产业集聚效应持续增强。全省综合保税区内加工制造企业实现进出口值9860亿元，占全省综合保税区进出口总值的71.4%，集成电路、生物医药、高端装备等产业链条不断完善。"
    t2 = "二是新业态加快发展。全年新增保税维修项目56个、保税研发项目23个，跨境电商进出口值同比增长28.7%,苏州工业园综合保税区获批开展期货保税交割业务试点。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p)
    clauses.extend([t1, t2])
    body("同时也要看到，全省综合保税区发展不平衡问题依然突出：苏南地区13个综合保税区中有5个进入A类，苏中、苏北地区尚无A类综合保税区；部分综合保税区主导产业不够突出，新业态新模式发展偏慢，单位面积产出低于全国平均水平。")
    head("二、排名情况")
    body("按照综合得分由高到低排序，全省综合保税区2025年度发展绩效评估排名情况如下：")
    add_par(doc, [("全省综合保税区2025年度发展绩效评估排名表", HT, 14, False)], align=C, indent=False)
    hdr = [("全省排名", None), ("综合保税区名称", None), ("所在设区市", None),
           ("2025年度评估结果", "综合得分（分）"), ("2025年度评估结果", "全国排名"),
           ("2025年度评估结果", "评估等级"), ("全国排名较上年变化", None)]
    data = [
        ["1", "昆山综合保税区", "苏州市", "96.82", "1", "A", "持平"],
        ["2", "苏州工业园综合保税区", "苏州市", "95.47", "2", "A", "持平"],
        ["3", "无锡高新区综合保税区", "无锡市", "89.93", "10", "A", "上升3位"],
        ["4", "苏州高新技术产业开发区综合保税区", "苏州市", "88.21", "14", "A", "上升6位"],
        ["5", "南京综合保税区", "南京市", "86.90", "17", "A", "上升9位"],
        ["6", "江阴综合保税区", "无锡市", "84.62", "23", "B", "下降4位"],
        ["7", "吴江综合保税区", "苏州市", "83.95", "27", "B", "上升1位"],
        ["8", "常熟综合保税区", "苏州市", "82.48", "35", "B", "上升7位"],
        ["9", "太仓港综合保税区", "苏州市", "81.77", "39", "B", "下降2位"],
        ["10", "南通综合保税区", "南通市", "80.36", "46", "B", "上升12位"],
        ["11", "吴中综合保税区", "苏州市", "79.84", "50", "B", "下降8位"],
        ["12", "常州综合保税区", "常州市", "78.15", "58", "B", "上升3位"],
        ["13", "武进综合保税区", "常州市", "76.93", "66", "B", "持平"],
        ["14", "扬州综合保税区", "扬州市", "75.40", "77", "B", "上升15位"],
        ["15", "连云港综合保税区", "连云港市", "74.08", "85", "B", "下降6位"],
        ["16", "镇江综合保税区", "镇江市", "72.66", "97", "B", "上升4位"],
        ["17", "泰州综合保税区", "泰州市", "71.59", "104", "B", "下降11位"],
        ["18", "徐州综合保税区", "徐州市", "70.23", "118", "B", "上升9位"],
        ["19", "淮安综合保税区", "淮安市", "67.45", "131", "C", "下降13位"],
        ["20", "盐城综合保税区", "盐城市", "64.12", "142", "C", "上升5位"],
    ]
    ws = [1.3, 4.8, 1.9, 1.8, 1.5, 1.6, 2.3]
    GRADE = 5

    def part(rows):
        t, cl = grid_table(doc, hdr, rows, ws, size=10.5, repeat=False)
        clauses.extend(cl)
        # merge 评估等级 vertically over runs of equal grade (as clerks do)
        start = 0
        while start < len(rows):
            end = start
            while end + 1 < len(rows) and rows[end + 1][GRADE] == rows[start][GRADE]:
                end += 1
            if end > start:
                m = t.cell(2 + start, GRADE).merge(t.cell(2 + end, GRADE))
                set_cell(m, rows[start][GRADE], FS, 10.5)
            start = end + 1
        return t

    part(data[:12])
    # manual split of the table: 续表 typed by hand, header retyped
    add_par(doc, [("续表", KT, 12, False)], align=R, indent=False, line=22, before=6)
    part(data[12:])
    for n in ("注：1．全国排名为在全国158个参评综合保税区中的位次。",
              "2．张家港保税港区按保税港区类别另行评估，未列入本表。",
              "3．“全国排名较上年变化”一栏中的“上升”“下降”均指全国排名位次变化。"):
        clauses.append(n)
        # notes aligned with typed spaces
        lead = "" if n.startswith("注") else "\u3000\u3000"
        add_par(doc, [(lead + n, FS, 12, False)], indent=False, line=20)
    body("从排名变化看，南通综合保税区、扬州综合保税区进步明显，全国位次分别上升12位、15位；泰州综合保税区、淮安综合保税区全国位次分别下降11位、13位，淮安综合保税区由B类降为C类，应引起高度重视。")
    head("三、工作要求")
    runin("（一）对标找差补短板。", "各设区市商务局和综合保税区管理机构要对照评估指标体系，逐项分析失分原因，制定针对性提升措施。淮安、盐城市商务局要于2026年5月31日前将C类综合保税区提升方案报省商务厅、南京海关。")
    runin("（二）聚焦产业强功能。", "各综合保税区要围绕主导产业精准招商，清理处置闲置土地和厂房。苏中、苏北地区综合保税区要力争2026年实现A类“零的突破”。")
    runin("（三）协同联动优服务。", "南京海关各隶属海关要持续深化“智慧综保”建设，推广“保税+”业务模式，帮助企业用足用好政策。")
    runin("（四）建立常态化考评机制。", "省商务厅将会同南京海关按季度开展全省综合保税区运行监测，对排名靠后、进位缓慢的综合保税区进行约谈，并将评估结果纳入全省开发区综合考核评价。")
    add_par(doc, "特此通报。")
    empty(doc, 2)
    # 落款 with tab stops, date in Chinese numerals
    p = add_par(doc, "\t江苏省商务厅\t南京海关", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.5))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.5))
    p = add_par(doc, "\t二〇二六年四月八日", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.8))
    empty(doc, 1)
    add_par(doc, "（此件依申请公开）")
    banji(doc, "抄送：商务部自贸区港司，海关总署自贸区和特殊区域发展司，省发展改革委、省财政厅、省自然资源厅，国家税务总局江苏省税务局。",
          "江苏省商务厅办公室", "2026年4月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "江苏省商务厅 南京海关关于全省综合保税区2025年度发展绩效评估结果的通报",
            "doc_number": "苏商开〔2026〕58号",
            "issuer": ["江苏省商务厅", "南京海关"],
            "date": "2026-04-08",
            "published": None,
            "level": "provincial",
            "region": "江苏省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通报",
            "recipients": ["各设区市商务局", "南京海关各隶属海关", "省内各综合保税区管理机构"],
            "publicity": "此件依申请公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ==================================================================== DOC C
def doc_sichuan():
    stem = "blind855_sichuan_baogao"
    doc = Document()
    setup(doc, top=3.4, bottom=3.0, line=27)
    clauses = []

    # 份号 and 紧急程度, top left
    add_par(doc, [("000027", HT, 16, False)], indent=False, line=26)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=26)
    add_par(doc, [("四川省商务厅", XBS, 48, False, RED)], align=C, indent=False, line=64, before=8)
    empty(doc, 1)
    # 文号 left, 签发人 right with a right tab stop
    p = add_par(doc, [("川商自贸〔2026〕19号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("刘建华", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=18)
    for line in ("四川省商务厅关于全省综合保税区2025年度",
                 "发展绩效评估结果及整改提升工作情况的",
                 "报告"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=35)
    empty(doc, 1, line=18)
    add_par(doc, "省人民政府：", indent=False)

    # this clerk indents with typed full-width spaces instead of first-line indent
    def body(t, size=16):
        clauses.append(t)
        add_par(doc, [(IND + t, FS, size, False)], indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t, hf=KT):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hf, 16, False), (t, FS, 16, False)], indent=False)

    def sub(t):
        add_par(doc, [(IND + t, KT, 16, False)], indent=False)

    body("近日，海关总署会同国家发展改革委、财政部、商务部、税务总局印发《关于2025年度综合保税区发展绩效评估结果的通报》（署贸发〔2026〕27号），公布了全国158个综合保税区2025年度发展绩效评估结果。现将我省有关情况报告如下。")
    head("一、评估结果基本情况")
    body("我省7个综合保税区全部参评，其中A类1个、B类4个、C类2个，无D类，A类和B类合计占比71.4%，较上年提高14.3个百分点。成都高新综合保税区综合得分92.31分，列全国第6位、中西部地区第3位，连续三年进入A类。各综合保税区具体情况如下：")
    add_par(doc, [("表1　全省综合保税区2025年度评估结果及进出口情况", HT, 14, False)],
            align=C, indent=False, line=24)
    add_par(doc, [("（单位：分、亿元、%）", FS, 12, False)], align=R, indent=False, line=20)
    hdr = [("综合保税区", None), ("综合得分", None), ("全国排名", None), ("评估等级", None),
           ("2025年进出口总值", None), ("同比增长", None)]
    rows = [
        ["成都高新综合保税区", "92.31", "6", "A", "5362.7", "3.8"],
        ["成都国际铁路港综合保税区", "81.24", "42", "B", "418.5", "12.6"],
        ["成都高新西园综合保税区", "78.67", "55", "B", "236.4", "-4.2"],
        ["成都空港综合保税区", "73.95", "87", "B", "152.9", "9.7"],
        ["宜宾综合保税区", "71.08", "110", "B", "198.3", "15.1"],
        ["泸州综合保税区", "68.52", "128", "C", "46.8", "-6.5"],
        ["绵阳综合保税区", "62.37", "146", "C", "28.1", "2.3"],
        ["合计", "—", "—", "—", "6443.7", "4.4"],
    ]
    _, cl = grid_table(doc, hdr, rows, [5.0, 1.9, 1.9, 1.9, 2.8, 2.0], size=11, hsize=11)
    clauses.extend(cl)
    n = "注：评估等级和全国排名以海关总署通报为准；进出口总值为海关统计数据。"
    clauses.append(n)
    add_par(doc, [(IND + n, FS, 12, False)], indent=False, line=20)
    head("二、存在的主要问题")
    body("对照评估指标体系，我省综合保税区发展仍存在以下短板：")
    body("1．产业结构较为单一。成都高新综合保税区进出口值占全省综合保税区的83.2%，且高度集中于集成电路和电子信息产业，受国际市场波动影响较大。")
    body("2．部分区域发展滞后。泸州、绵阳综合保税区连续两年处于C类，区内企业数量少、进出口规模小，土地利用效率不高。")
    head("三、下一步整改提升工作")
    runin("（一）分类推进整改提升。", "对C类综合保税区实行“一区一策”挂牌督办，由省商务厅会同成都海关、所在地市人民政府逐区制定整改方案，明确整改时限和责任单位。")
    body("1.泸州综合保税区。依托泸州港重点发展酒类、粮油等大宗商品保税仓储业务，力争2026年进出口值突破60亿元。")
    body("2.绵阳综合保税区。推动电子信息龙头企业配套项目入区，力争2026年评估结果提升至B类。")
    sub("（二）做大做强优势产业")
    sub("1.巩固提升电子信息产业")
    body("（1）支持成都高新综合保税区集成电路封装测试企业扩大产能，推动新型显示、智能终端产业链上下游企业入区集聚。")
    body("(2)推动成都高新西园综合保税区加快引进服务器、笔记本电脑整机项目，扭转进出口值下降态势。")
    body("2.培育壮大新业态新模式。支持成都国际铁路港综合保税区发展“班列+保税”业务，支持成都空港综合保税区开展航空器材保税维修业务。")
    runin("（三）强化要素保障。", "将综合保税区发展纳入全省开放型经济考核，统筹省级外经贸发展专项资金对评估等级提升的综合保税区给予奖励。")
    add_par(doc, IND + "特此报告。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：全省综合保税区2025年度发展绩效评估分项指标得分情况表", indent=False)
    empty(doc, 1)
    p = add_par(doc, "四川省商务厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(72)
    p = add_par(doc, "2026年4月15日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, IND + "（联系人：张 蕾　　联系电话：028－83225716）", indent=False)

    # ---- 附件 (new page, a form)
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1, line=20)
    add_par(doc, [("全省综合保税区2025年度发展绩效评估", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("分项指标得分情况表", XBS, 20, False)], align=C, indent=False, line=32, after=6)
    hdr = [("序号", None), ("综合保税区", None),
           ("分项指标得分", "规模效益（40分）"), ("分项指标得分", "创新发展（25分）"),
           ("分项指标得分", "开放协同（15分）"), ("分项指标得分", "监管质量（20分）"),
           ("综合得分（100分）", None), ("评估等级", None)]
    zones = [("成都高新综合保税区", "92.31", 6, "A"),
             ("成都国际铁路港综合保税区", "81.24", 42, "B"),
             ("成都高新西园综合保税区", "78.67", 55, "B"),
             ("成都空港综合保税区", "73.95", 87, "B"),
             ("宜宾综合保税区", "71.08", 110, "B"),
             ("泸州综合保税区", "68.52", 128, "C"),
             ("绵阳综合保税区", "62.37", 146, "C")]
    rows = []
    for i, (name, score, rank, grade) in enumerate(zones, 1):
        rows.append([str(i), name] + subscores(score, rank) + [score, grade])
    _, cl = grid_table(doc, hdr, rows, [1.1, 4.3, 1.8, 1.8, 1.8, 1.8, 1.9, 1.4], size=10.5)
    clauses.extend(cl)
    n = "注：分项指标得分由海关总署反馈，数据截至2025年12月31日。"
    clauses.append(n)
    add_par(doc, [(IND + n, FS, 12, False)], indent=False, line=20, before=4)

    banji(doc, "抄送：成都海关，省发展改革委、省财政厅、省自然资源厅，国家税务总局四川省税务局。",
          "四川省商务厅办公室", "2026年4月15日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省商务厅关于全省综合保税区2025年度发展绩效评估结果及整改提升工作情况的报告",
            "doc_number": "川商自贸〔2026〕19号",
            "issuer": ["四川省商务厅"],
            "date": "2026-04-15",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": ["全省综合保税区2025年度发展绩效评估分项指标得分情况表"],
            "doc_type": "报告",
            "recipients": ["省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_shuzong(), doc_jiangsu(), doc_sichuan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
