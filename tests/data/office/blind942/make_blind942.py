# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 942: 中欧班列运营补贴资金 — 省财政厅、省商务厅联合下达资金通知.

Writes Word + PDF + expected.json into this script's directory.
"""
import json
import os
import subprocess
from decimal import Decimal, ROUND_HALF_UP

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
    fmt(p, indent=False, line=12)


def setup(doc, dash="— ", dash2=" —"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
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
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(dash), SONG, 14)
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
    font(fp.add_run(dash2), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def row_props(row, header=False, height_cm=None, cant_split=True):
    trpr = row._tr.get_or_add_trPr()
    if cant_split:
        trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
    if height_cm:
        trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                              % (nsdecls("w"), int(height_cm * 567))))
    if header:
        trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values) if v != "")


def banji(doc, cc, printer, date_txt, size=14):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def textbox_run(p, text, x_emu, y_emu, cx, cy, name=XBS, size=42, color="FF0000", bid=1):
    """Anchored DrawingML text box (wps) holding one red line of text."""
    xml = (
        '<w:r %s xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>'
        '<w:color w:val="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr><w:t>%s</w:t></w:r></w:p>'
        '</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr">'
        '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
    ) % (nsdecls("w"), x_emu, y_emu, cx, cy, bid, bid, cx, cy, color, size * 2, size * 2, text)
    xml = xml.replace("{f}", name)
    p._p.append(parse_xml(xml))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_942", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text, fmt_="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_, lvl_text))
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


CN = "一二三四五六七八九十"


def d2(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# =================================================================== DOC A 河南
def doc_henan():
    stem = "blind942_henan_xiada"
    doc = Document()
    setup(doc)
    clauses = []

    # ---- data for 附件1
    GO, RET = Decimal("1530"), Decimal("2040")  # 元/标准箱
    data = [
        ("郑州市", 86420, 71350, "不含航空港区"),
        ("开封市", 3260, 1180, ""),
        ("洛阳市", 9870, 4520, ""),
        ("平顶山市", 2140, 860, ""),
        ("安阳市", 3580, 1240, ""),
        ("鹤壁市", 1460, 530, ""),
        ("新乡市", 5230, 2170, ""),
        ("焦作市", 4610, 1980, ""),
        ("濮阳市", 2890, 1320, ""),
        ("许昌市", 7640, 2460, "含发制品专列"),
        ("漯河市", 3920, 2850, "含冷链回程班列"),
        ("三门峡市", 1270, 640, ""),
        ("南阳市", 4380, 1570, ""),
        ("商丘市", 2660, 930, ""),
        ("信阳市", 1850, 720, ""),
        ("周口市", 3140, 1060, ""),
        ("驻马店市", 2470, 890, ""),
        ("济源示范区", 1320, 410, ""),
        ("郑州航空港经济综合实验区", 18760, 15420, "单列"),
    ]
    rows = []
    tg = tr = 0
    sg = sr = Decimal("0")
    for name, g, r, note in data:
        ag = d2(g * GO / 10000)
        ar = d2(r * RET / 10000)
        tg += g
        tr += r
        sg += ag
        sr += ar
        rows.append([name, str(g), str(r), "%.2f" % (ag + ar), "%.2f" % ag, "%.2f" % ar, note])
    total = sg + sr
    rows.append(["合计", str(tg), str(tr), "%.2f" % total, "%.2f" % sg, "%.2f" % sr, ""])
    total_s = "%.2f" % total

    # ---- 份号 / 紧急程度
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=24)
    # ---- 联合版头: two organ names, "文件" in a text box to the right
    p = add_par(doc, [("河南省财政厅", XBS, 38, False, RED)], indent=False, line=48, before=6)
    p.paragraph_format.left_indent = Cm(1.6)
    p.paragraph_format.character_spacing = Pt(2)
    textbox_run(p, "文件", int(Cm(10.6)), int(Cm(0.9)), int(Cm(4.2)), int(Cm(1.8)), bid=11)
    p = add_par(doc, [("河南省商务厅", XBS, 38, False, RED)], indent=False, line=48)
    p.paragraph_format.left_indent = Cm(1.6)
    empty(doc, 1)
    p = add_par(doc, "豫财贸〔2026〕21号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # ---- title, 3 lines wrapped at odd places (separate paragraphs)
    for t in ("河南省财政厅 河南省商务厅关于下达", "2026年中欧班列（中豫号）运营补贴", "资金的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    empty(doc, 1)
    add_par(doc, "各省辖市、济源示范区、郑州航空港经济综合实验区财政局、商务局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("根据《河南省中欧班列（中豫号）运营补贴资金管理办法》（豫财贸〔2024〕56号），现下达2026年中欧班列（中豫号）运营补贴资金"
         + total_s + "万元（详见附件），并就有关事项通知如下：")
    head("一、资金分配情况")
    runin("（一）分配依据。", "本次资金按照各地2025年组织中欧班列（中豫号）去程、回程货源的标准箱量和补贴标准测算分配，货源量经省商务厅会同郑州海关审核确认。")
    runin("（二）补贴标准。", "2026年补贴标准较上年下调15%，去程、回程分别按每标准箱1530元、2040元测算。")
    head("二、资金使用管理")
    runin("（一）及时拨付资金。", "各地要在收到资金后30日内将资金拨付至补贴对象，不得截留、挤占、挪用。")
    runin("（二）明确补贴用途。", "补贴资金主要用于以下方面：")
    body("1.支持货源组织。对通过中欧班列（中豫号）发运货物的企业按实际发运标准箱量给予运费补贴。")
    body("2.支持集货分拨。对建设运营中欧班列集货仓、分拨中心的企业给予适当补助。")
    runin("（三）加强绩效管理。", "各地要于2026年11月30日前将绩效自评报告报送省财政厅、省商务厅。")
    runin("三、严格监督检查。", "对虚报标准箱量、重复申报等骗取补贴资金的行为，依照《财政违法行为处罚处分条例》严肃处理。", HT, False)
    empty(doc, 1)
    # 附件 list, second line aligned with full-width spaces
    add_par(doc, "附件：2026年中欧班列（中豫号）运营补贴资金分配表")
    empty(doc, 1)
    # joint 落款 side by side with tab stops
    p = add_par(doc, [("\t河南省财政厅\t河南省商务厅", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.8))
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.2))
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, [("\t2026年3月20日", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.0))
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---- 附件1 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2026年中欧班列（中豫号）运营补贴资金分配表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("单位：标准箱、万元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=22)
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [2.8, 1.8, 1.8, 2.4, 2.4, 2.4, 2.0])
    h0, h1 = t.rows[0], t.rows[1]
    h0.cells[0].merge(h1.cells[0])
    h0.cells[1].merge(h0.cells[2])
    h0.cells[3].merge(h0.cells[5])
    h0.cells[6].merge(h1.cells[6])
    set_cell(t.cell(0, 0), "地区", HT, 10.5)
    set_cell(t.cell(0, 1), "2025年货源量", HT, 10.5)
    set_cell(t.cell(0, 3), "补贴资金", HT, 10.5)
    set_cell(t.cell(0, 6), "备注", HT, 10.5)
    for i, h in zip((1, 2, 3, 4, 5), ("去程", "回程", "小计", "去程", "回程")):
        set_cell(t.cell(1, i), h, HT, 10.5)
    row_props(h0, header=True, height_cm=0.8)
    row_props(h1, header=True, height_cm=0.8)
    headers = ["地区", "2025年货源量／去程", "2025年货源量／回程", "补贴资金／小计",
               "补贴资金／去程", "补贴资金／回程", "备注"]
    for ri, row in enumerate(rows, 2):
        tr_ = t.rows[ri]
        row_props(tr_, height_cm=0.95)
        for ci, v in enumerate(row):
            bold = row[0] == "合计"
            set_cell(tr_.cells[ci], v, HT if bold else FS, 10.5,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 0 and not bold else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(headers, row))
    for n in ("注：1．货源量以河南省中豫国际港务集团有限公司提供的2025年1月1日至12月31日集装箱运单数据为准，回程货源量含在我省落地分拨的进口货物。",
              "2．去程、回程补贴标准分别为每标准箱1530元、2040元，补贴资金=货源量×补贴标准。",
              "3．郑州市数据不含郑州航空港经济综合实验区，航空港区资金单列下达。"):
        p = add_par(doc, [(n, FS, 12, False)], indent=False, line=20)
        if not n.startswith("注"):
            p.paragraph_format.left_indent = Pt(24)
        clauses.append(n)

    banji(doc, "抄送：财政部河南监管局，省发展改革委，郑州海关，河南省中豫国际港务集团有限公司。",
          "河南省财政厅办公室", "2026年3月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "河南省财政厅 河南省商务厅关于下达2026年中欧班列（中豫号）运营补贴资金的通知",
            "doc_number": "豫财贸〔2026〕21号",
            "issuer": ["河南省财政厅", "河南省商务厅"],
            "date": "2026-03-20",
            "published": None,
            "level": "provincial",
            "region": "河南省",
            "effective": None,
            "expires": None,
            "attachments": ["2026年中欧班列（中豫号）运营补贴资金分配表"],
            "doc_type": "通知",
            "recipients": ["各省辖市、济源示范区、郑州航空港经济综合实验区财政局、商务局"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B 湖南
HUNAN_SPLIT = 3  # rows that fit on page 1 before the clerk's manual 续表
def alloc_factor(data, total, wb=Decimal("0.7"), wv=Decimal("0.3")):
    sb = sum(Decimal(d[1]) for d in data)
    sv = sum(Decimal(d[2]) for d in data)
    raw = [total * (wb * Decimal(d[1]) / sb + wv * Decimal(d[2]) / sv) for d in data]
    base = [int(x) for x in raw]
    left = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - base[i], reverse=True)
    for i in order[:int(left)]:
        base[i] += 1
    return base


def doc_hunan(split_at=HUNAN_SPLIT):
    stem = "blind942_hunan_buzhu"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []
    TOTAL = 15000
    data = [
        ("长沙市", 58640, "312.6", "含湘江新区、长沙经开区、长沙高新区"),
        ("株洲市", 6820, "28.4", ""),
        ("湘潭市", 5470, "22.9", ""),
        ("衡阳市", 4130, "15.7", ""),
        ("邵阳市", 2260, "8.3", ""),
        ("岳阳市", 7390, "31.2", "含城陵矶新港区"),
        ("常德市", 3050, "11.6", ""),
        ("张家界市", 420, "1.2", ""),
        ("益阳市", 2180, "7.9", ""),
        ("郴州市", 4860, "19.5", ""),
        ("永州市", 1730, "6.1", ""),
        ("怀化市", 3390, "12.8", "含怀化国际陆港"),
        ("娄底市", 2540, "9.7", ""),
        ("湘西土家族苗族自治州", 610, "2.1", ""),
    ]
    amts = alloc_factor(data, Decimal(TOTAL))
    assert sum(amts) == TOTAL
    headers = ["序号", "市州", "2025年本地货源箱量（标准箱）", "货值（亿元）", "补助资金", "备注"]
    rows = []
    for i, (d, a) in enumerate(zip(data, amts), 1):
        rows.append([str(i), d[0], str(d[1]), d[2], str(a), d[3]])
    rows.append(["", "合计", str(sum(d[1] for d in data)),
                 str(sum(Decimal(d[2]) for d in data)), str(TOTAL), ""])

    # web-published version: no 红头, title first, 文号 under the title
    p = doc.add_paragraph()
    font(p.add_run("湖南省财政厅 湖南省商务厅"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于下达2026年中欧班列（长沙）"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("运营补助资金的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, before=24)
    add_par(doc, [("湘财外〔2026〕9号", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, before=6, after=6)
    add_par(doc, "各市州财政局、商务局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t, hf=KT):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hf, 16, False), (t, FS, 16, False)], indent=False)

    body("为贯彻落实《湖南省推动中欧班列高质量发展三年行动方案(2024-2026年)》，根据《湖南省中欧班列运营补助资金管理办法》（湘财外规〔2024〕3号），现将2026年中欧班列运营补助资金"
         + str(TOTAL) + "万元下达给你们(分配情况见下表)，并就有关事项通知如下：")
    runin("一、资金分配。", "本次资金采取因素法分配，以各市州2025年1-12月组织中欧班列（长沙）本地货源的集装箱量（权重70%）和货值（权重30%）为分配因素，分配情况如下：", HT)
    add_par(doc, [("2026年中欧班列运营补助资金分配表", HT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add_par(doc, [("单位：万元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)
    widths = [1.1, 3.6, 3.3, 2.0, 2.0, 3.6]

    def part(rs):
        t = doc.add_table(rows=1 + len(rs), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        col_widths(t, widths)
        for i, h in enumerate(headers):
            set_cell(t.cell(0, i), h, HT, 10.5)
        row_props(t.rows[0], height_cm=1.0)
        for ri, row in enumerate(rs, 1):
            row_props(t.rows[ri], height_cm=0.8)
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, FS, 10.5)
            clauses.append(row_clause(headers, row))
        return t

    part(rows[:split_at])
    # manual 续表: clerk breaks the page and re-types the header row
    p = add_par(doc, [("续表", HT, 12, False)], indent=False, line=22)
    p.paragraph_format.page_break_before = True
    part(rows[split_at:])
    # notes: two notes typed in one paragraph with Shift+Enter
    n1 = "注：1.长沙市含湖南湘江新区、长沙经开区、长沙高新区，岳阳市含城陵矶新港区，怀化市含怀化国际陆港；"
    n2 = "2.货值按长沙海关统计的中欧班列（长沙）本地货源货值计算，保留一位小数。"
    p = doc.add_paragraph()
    font(p.add_run(n1), FS, 12)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + n2), FS, 12)
    fmt(p, indent=False, line=20)
    clauses.extend([n1, n2])
    empty(doc, 1)
    head("二、资金使用要求")
    runin("（一）专款专用。", "各市州财政部门要在收到资金后15个工作日内，会同同级商务部门将资金拨付到位，确保专款专用，不得用于平衡本级预算、发放人员工资福利等支出。")
    runin("（二）补助范围。", "补助资金用于支持本地企业通过中欧班列（长沙）发运去程、回程货物的运费补贴，以及集货仓、海外仓等物流节点建设。对同一批货物，不得在中欧班列和海铁联运等不同渠道重复享受补助。")
    runin("（三）信息公开。", "各市州要按照预算公开有关规定，在资金分配结果确定后20日内通过本级政府门户网站公开分配结果及补助企业名单，接受社会监督。")
    runin("三、实行清算制度。", "2026年度补助资金实行“先预拨、后清算”，省商务厅将于2027年一季度会同省财政厅对各市州组织货源情况进行核查，多退少补，核查结果作为以后年度资金分配的重要依据。", HT)
    body("特此通知。")
    clauses.pop()  # closing formula is not a clause
    empty(doc, 2)
    # 落款 typed with spaces (no alignment)
    add_par(doc, "      湖南省财政厅                 湖南省商务厅", indent=False)
    add_par(doc, "                          二〇二六年四月三日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）", indent=False)
    empty(doc, 2)
    p = add_par(doc, [("抄送：财政部湖南监管局，长沙海关，湖南中南国际陆港有限公司。", FS, 14, False)],
                indent=False, line=24)
    border(p, "top", "000000", 8, 4)
    p = add_par(doc, [("湖南省财政厅办公室              2026年4月7日印发", FS, 14, False)],
                indent=False, line=24)
    border(p, "top", "000000", 4, 4)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "湖南省财政厅 湖南省商务厅关于下达2026年中欧班列（长沙）运营补助资金的通知",
            "doc_number": "湘财外〔2026〕9号",
            "issuer": ["湖南省财政厅", "湖南省商务厅"],
            "date": "2026-04-03",
            "published": None,
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市州财政局、商务局"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C 江西 (two notices)
def jx_head(doc, tb_id):
    p = add_par(doc, [("江西省财政厅", XBS, 38, False, RED)], indent=False, line=46, before=6)
    p.paragraph_format.left_indent = Cm(1.6)
    textbox_run(p, "文件", int(Cm(10.6)), int(Cm(0.9)), int(Cm(4.2)), int(Cm(1.8)), bid=tb_id)
    p = add_par(doc, [("江西省商务厅", XBS, 38, False, RED)], indent=False, line=46)
    p.paragraph_format.left_indent = Cm(1.6)
    empty(doc, 1, line=16)


def doc_jiangxi():
    stem = "blind942_jiangxi_liangtong"
    doc = Document()
    setup(doc)
    docs = []

    # ------------------------------------------------ notice 1
    clauses = []
    num_head = make_numbering(doc, "%1、")
    GO, RET = Decimal("0.12"), Decimal("0.16")  # 万元/标准箱
    data = [
        ("南昌市", 21450, 13820, 3000),
        ("景德镇市", 1180, 360, 150),
        ("萍乡市", 1340, 420, 150),
        ("九江市", 6320, 2150, 800),
        ("新余市", 1560, 530, 200),
        ("鹰潭市", 2870, 1960, 400),
        ("赣州市", 18260, 9740, 2500),
        ("吉安市", 3420, 1130, 400),
        ("宜春市", 2980, 870, 350),
        ("抚州市", 1760, 520, 200),
        ("上饶市", 4630, 1480, 600),
        ("赣江新区", 2240, 1350, 300),
    ]
    rows = []
    tot = [0, 0, Decimal(0), Decimal(0), Decimal(0)]
    for i, (n, g, r, pre) in enumerate(data, 1):
        core = d2(g * GO + r * RET)
        now = core - pre
        rows.append([str(i), n, str(g), str(r), "%.2f" % core, "%.2f" % pre, "%.2f" % now])
        tot[0] += g
        tot[1] += r
        tot[2] += core
        tot[3] += pre
        tot[4] += now
    total_row = ["", "合计", str(tot[0]), str(tot[1]), "%.2f" % tot[2], "%.2f" % tot[3], "%.2f" % tot[4]]
    now_s = "%.2f" % tot[4]

    jx_head(doc, 21)
    p = add_par(doc, "赣财贸指〔2026〕12号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("江西省财政厅 江西省商务厅关于下达"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2026年第一批中欧班列运营补贴资金的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各设区市财政局、商务局，赣江新区财政金融局、经济发展局：", indent=False)

    def body(t, cl=clauses):
        cl.append(t)
        add_par(doc, t)

    def numbered(h, t, cl=clauses, counter=[0]):
        counter[0] += 1
        cl.append(CN[counter[0] - 1] + "、" + h + t)
        p = add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, num_head)

    body("根据《江西省中欧班列运营补贴资金管理暂行办法》（赣财贸〔2025〕8号）和省委、省政府关于支持中欧班列高质量发展的有关部署，经各地申报、省商务厅审核，现下达2026年第一批中欧班列运营补贴资金"
         + now_s + "万元。具体分配情况如下：")
    add_par(doc, [("2026年第一批中欧班列运营补贴资金分配表", HT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add_par(doc, [("单位：标准箱、万元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)
    headers = ["序号", "设区市", "2025年发运量／去程", "2025年发运量／回程",
               "核定补贴金额", "已预拨金额", "本次下达金额"]
    t = doc.add_table(rows=2 + 1 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.2, 2.6, 2.3, 2.3, 2.8, 2.6, 2.8])
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 2).merge(t.cell(0, 3))
    for c in (4, 5, 6):
        t.cell(0, c).merge(t.cell(1, c))
    for c, h in ((0, "序号"), (1, "设区市"), (2, "2025年发运量"), (4, "核定补贴金额"),
                 (5, "已预拨金额"), (6, "本次下达金额")):
        set_cell(t.cell(0, c), h, HT, 12)
    set_cell(t.cell(1, 2), "去程", HT, 12)
    set_cell(t.cell(1, 3), "回程", HT, 12)
    row_props(t.rows[0], header=True, height_cm=0.7)
    row_props(t.rows[1], header=True, height_cm=0.7)
    # 合计 row placed first, right under the header (finance-office habit)
    all_rows = [total_row] + rows
    for ri, row in enumerate(all_rows, 2):
        row_props(t.rows[ri], height_cm=1.0)
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, HT if row[1] == "合计" else FS, 12)
        clauses.append(row_clause(headers, row))
    for n in ("注：1．核定补贴金额按去程每标准箱1200元、回程每标准箱1600元计算。",
              "2．已预拨金额为《江西省财政厅 江西省商务厅关于预拨2026年中欧班列运营补贴资金的通知》（赣财贸指〔2025〕96号）已下达的资金。",
              "3．南昌市发运量不含赣江新区。"):
        p = add_par(doc, [(n, FS, 12, False)], indent=False, line=20)
        if not n.startswith("注"):
            p.paragraph_format.left_indent = Pt(24)
        clauses.append(n)
    empty(doc, 1)
    numbered("及时足额拨付。", "各地要在收到资金后20个工作日内，按照“谁发运、补给谁”的原则，将补贴资金直接拨付至在本地注册的发运企业，不得层层截留或变相收取费用。")
    numbered("严格审核把关。", "各地商务部门要会同当地海关、铁路部门，对企业申报的集装箱运单、报关单和运费发票进行核验，确保发运数据真实、准确、可追溯。对同一批货物在多地重复申报的，一经查实，取消企业当年度补贴资格。")
    numbered("加强绩效管理。", "各地要按照全面实施预算绩效管理的要求，做好绩效运行监控，于2026年12月15日前将资金使用情况和绩效自评结果报送省财政厅、省商务厅。")
    numbered("关于第二批资金。", "第二批资金将于2026年三季度根据各地上半年发运情况另行下达。")
    empty(doc, 2)
    p = add_par(doc, [("江西省财政厅\t江西省商务厅", FS, 16, False)], indent=False)
    p.paragraph_format.left_indent = Cm(1.5)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(11.0), WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.keep_with_next = True
    add_par(doc, [("2026年2月27日", FS, 16, False)], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT,
            first=Pt(0)).paragraph_format.right_indent = Cm(1.4)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：财政部江西监管局，南昌海关，中国铁路南昌局集团有限公司，江西省港口集团有限公司。",
          "江西省财政厅办公室", "2026年2月28日印发")
    docs.append({
        "meta": {
            "title": "江西省财政厅 江西省商务厅关于下达2026年第一批中欧班列运营补贴资金的通知",
            "doc_number": "赣财贸指〔2026〕12号",
            "issuer": ["江西省财政厅", "江西省商务厅"],
            "date": "2026-02-27",
            "published": None,
            "level": "provincial",
            "region": "江西省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各设区市财政局、商务局", "赣江新区财政金融局、经济发展局"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    })

    # ------------------------------------------------ notice 2 (new page)
    page_break(doc)
    clauses2 = []
    jx_head(doc, 22)
    p = add_par(doc, "赣财贸指〔2026〕13号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for tl in ("江西省财政厅 江西省商务厅关于收回", "2025年度中欧班列运营补贴结余", "资金的通知"):
        add_par(doc, [(tl, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "南昌市、九江市、赣州市、上饶市财政局、商务局：", indent=False)
    body("根据2025年度中欧班列运营补贴资金清算结果，你市2025年度补贴资金存在结余。按照《江西省中欧班列运营补贴资金管理暂行办法》（赣财贸〔2025〕8号）第十九条关于“当年未使用完毕的资金，由省财政收回统筹使用”的规定，现将有关事项通知如下：", clauses2)
    add_par(doc, [("一、收回金额", HT, 16, False)])
    rec = [("南昌市", "4260.00", "3871.36"), ("九江市", "1180.00", "1095.52"),
           ("赣州市", "3350.00", "3012.80"), ("上饶市", "720.00", "664.16")]
    h2 = ["序号", "设区市", "2025年下达资金", "实际支出", "结余收回"]
    add_par(doc, [("单位：万元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)
    rows2 = []
    s = [Decimal(0)] * 3
    for i, (n, a, b) in enumerate(rec, 1):
        c = Decimal(a) - Decimal(b)
        rows2.append([str(i), n, a, b, "%.2f" % c])
        s = [s[0] + Decimal(a), s[1] + Decimal(b), s[2] + c]
    rows2.append(["", "合计", "%.2f" % s[0], "%.2f" % s[1], "%.2f" % s[2]])
    t = doc.add_table(rows=1 + len(rows2), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.5, 3.2, 4.0, 3.5, 3.4])
    for i, h in enumerate(h2):
        set_cell(t.cell(0, i), h, HT, 14, line=22)
    for ri, row in enumerate(rows2, 1):
        row_props(t.rows[ri], height_cm=0.9)
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 14, line=22)
        clauses2.append(row_clause(h2, row))
    empty(doc, 1)
    for h, tx in (("二、缴款方式。", "请于2026年3月31日前，通过“其他收入”科目将上述结余资金缴入省级国库，缴款时在备注栏注明“收回2025年中欧班列补贴结余资金”。逾期未缴回的，省财政厅将在年终结算时予以扣回。"),
                  ("三、分析结余原因。", "各地要认真分析资金结余原因，进一步加强与班列运营平台的对接，提高资金分配的精准性和使用效益。")):
        clauses2.append(h + tx)
        add_par(doc, [(h, HT, 16, False), (tx, FS, 16, False)])
    empty(doc, 2)
    p = add_par(doc, [("江西省财政厅\t江西省商务厅", FS, 16, False)], indent=False)
    p.paragraph_format.left_indent = Cm(1.5)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(11.0), WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.keep_with_next = True
    add_par(doc, [("2026年2月27日", FS, 16, False)], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT,
            first=Pt(0)).paragraph_format.right_indent = Cm(1.4)
    empty(doc, 1)
    add_par(doc, "（此件依申请公开）")
    banji(doc, "抄送：财政部江西监管局，省审计厅。", "江西省财政厅办公室", "2026年2月28日印发")
    docs.append({
        "meta": {
            "title": "江西省财政厅 江西省商务厅关于收回2025年度中欧班列运营补贴结余资金的通知",
            "doc_number": "赣财贸指〔2026〕13号",
            "issuer": ["江西省财政厅", "江西省商务厅"],
            "date": "2026-02-27",
            "published": None,
            "level": "provincial",
            "region": "江西省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["南昌市、九江市、赣州市、上饶市财政局、商务局"],
            "publicity": "此件依申请公开",
            "repeals": None,
        },
        "clauses": clauses2,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_henan(), doc_hunan(), doc_jiangxi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
