# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1009: 自贸片区管委会 slide-style 工作汇报 (landscape, text boxes),
its 汇报提纲 version, and the follow-up 请示 of the city government.
Writes .docx + .pdf + expected.json next to this script."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
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
BLUE = RGBColor(0x1F, 0x4E, 0x79)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)

ZONE = "中国（广西）自由贸易试验区钦州港片区"
ZONE_ORG = "中国（广西）自由贸易试验区钦州港片区管理委员会"

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
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def normal_style(doc, name=FS, size=16):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), name)


def page_field(p, name=SONG, size=14):
    r = p.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = p.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(p.add_run("1"), name, size)
    r5 = p.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup_portrait(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    normal_style(doc)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    page_field(fp)
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1009", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word list numbering: bullets --------------------------------------------
_next_abs = [900]


def make_bullet(doc, glyph, glyph_font=SONG, left=420, hanging=420):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:hint="eastAsia"/></w:rPr>'
        '</w:lvl></w:abstractNum>'
        % (nsdecls("w"), aid, glyph, left, hanging, glyph_font, glyph_font, glyph_font))
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
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), nid))
    ps = ppr.find(qn("w:pStyle"))
    if ps is not None:
        ps.addnext(numpr)
    else:
        ppr.insert(0, numpr)


# ---- floating text boxes (DrawingML wps shapes) ---------------------------------
TB_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')
_shape_id = [1]
EMU = 360000  # per cm


def textbox(anchor_p, paras, x, y, w, h, line_color=None, fill=None, line_w=12700):
    """Float a text box (page-relative position in cm) anchored in anchor_p and
    move the given body paragraphs into it (they keep their order)."""
    sid = _shape_id[0]
    _shape_id[0] += 1
    fill_xml = ('<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill) if fill else '<a:noFill/>'
    ln_xml = ('<a:ln w="%d"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln>' % (line_w, line_color)
              if line_color else '<a:ln><a:noFill/></a:ln>')
    cx, cy = int(w * EMU), int(h * EMU)
    xml = (
        '<w:r %s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapNone/><wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>%s%s</wps:spPr>'
        '<wps:txbx><w:txbxContent></w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback/></mc:AlternateContent></w:r>'
        % (TB_NS, 251659264 + sid, int(x * EMU), int(y * EMU), cx, cy, sid, sid, cx, cy,
           fill_xml, ln_xml))
    r = parse_xml(xml)
    content = r.find('.//' + qn('w:txbxContent'))
    for p in paras:
        el = p._p
        el.getparent().remove(el)
        content.append(el)
    anchor_p._p.append(r)
    return r


# =================================================================== DOC A: slides
def doc_slides():
    stem = "blind1009_huibao_slides"
    doc = Document()
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin = Cm(4.4), Cm(2.0)
    s.left_margin, s.right_margin = Cm(1.8), Cm(1.8)
    s.footer_distance = Cm(0.9)
    normal_style(doc, FS, 15)
    # footer: zone name on the left, "页码 / 4" on the right (tab), rule above
    fp = s.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(26.1), 2)
    font(fp.add_run(ZONE_ORG), KT, 12, False, BLUE)
    font(fp.add_run("\t"), SONG, 12)
    page_field(fp, SONG, 12)
    font(fp.add_run(" / 4"), SONG, 12)
    border(fp, "top", "1F4E79", 12, 4)

    b_dot = make_bullet(doc, "●")
    b_tri = make_bullet(doc, "▶")
    clauses = []

    def anchor(first=False):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=15)
        if not first:
            p.paragraph_format.page_break_before = True
        return p

    def headline(ap, text):
        hp = add_par(doc, [(text, HT, 28, False, BLUE)], indent=False, line=40)
        border(hp, "bottom", "C00000", 24, 6)
        textbox(ap, [hp], 1.8, 1.2, 26.1, 2.6)

    def box_paras(sub, bullets, nid):
        ps = [add_par(doc, [(sub, HT, 18, False, BLUE)], indent=False, line=30, after=4)]
        for b in bullets:
            p = add_par(doc, [(b, FS, 15, False)], indent=False, line=25, after=3)
            apply_num(p, nid)
            ps.append(p)
            clauses.append(b)
        return ps

    # ---------------- slide 1: cover
    ap = anchor(first=True)
    t1 = doc.add_paragraph()
    font(t1.add_run(ZONE), XBS, 36, False, RED)
    t1.add_run().add_break(WD_BREAK.LINE)
    font(t1.add_run("工作情况汇报"), XBS, 40, False, RED)
    fmt(t1, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60)
    textbox(ap, [t1], 2.5, 4.6, 24.7, 5.4)
    sub = [add_par(doc, [("（自治区领导调研座谈会汇报材料）", KT, 20, False)],
                   align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34),
           add_par(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=20),
           add_par(doc, [(ZONE_ORG, FS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                   indent=False, line=34),
           add_par(doc, [("二〇二六年三月十八日", FS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                   indent=False, line=34)]
    textbox(ap, sub, 4.0, 11.6, 21.7, 5.0)
    # decorative bar under the title
    bar = add_par(doc, "", indent=False, line=6)
    border(bar, "bottom", "1F4E79", 36, 1)
    textbox(ap, [bar], 4.0, 10.4, 21.7, 0.6)

    # ---------------- slide 2: 总体情况, two boxes side by side
    ap = anchor()
    headline(ap, "一、总体情况：开放平台能级持续提升")
    left = box_paras("■ 片区基本情况", [
        "钦州港片区实施范围58.19平方公里，是中国（广西）自由贸易试验区三个片区中唯一临海片区，含钦州保税港区10平方公里。",
        "重点发展港航物流、国际贸易、绿色化工、新能源汽车关键零部件、电子信息、生物医药等产业，打造西部陆海新通道门户港和向海经济集聚区。",
        "自2019年8月挂牌以来，累计形成制度创新成果168项，其中12项在全国复制推广。",
    ], b_dot)
    textbox(ap, left, 1.8, 4.5, 12.8, 13.6, line_color="1F4E79")
    right = box_paras("■ 2025年工作亮点", [
        "外贸进出口总额1286.4亿元，同比增长12.7%，占全市外贸总额的81.3%。",
        "钦州港集装箱吞吐量806万标准箱，同比增长9.6%。",
        "西部陆海新通道海铁联运班列开行1.12万列,同比增长11.3%。",
        "新增市场主体1.86万户，累计达6.2万户。",
    ], b_tri)
    textbox(ap, right, 15.1, 4.5, 12.8, 13.6, line_color="1F4E79", fill="EAF1F8")

    # ---------------- slide 3: table in the page body under the headline box
    ap = anchor()
    headline(ap, "二、主要经济指标完成情况")
    cap = add_par(doc, [("表1　钦州港片区主要经济指标完成情况", HT, 16, False)],
                  align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28, after=4)
    hdr_top = ["序号", "指标", "单位", "2025年", "", "2026年目标"]
    hdr_sub = ["完成值", "同比增长（%）"]
    rows = [
        ["1", "外贸进出口总额", "亿元", "1286.4", "12.7", "1400"],
        ["2", "实际使用外资", "亿美元", "2.36", "18.5", "2.6"],
        ["3", "规模以上工业总产值", "亿元", "2150.0", "8.4", "2350"],
        ["4", "集装箱吞吐量", "万标准箱", "806", "9.6", "880"],
        ["5", "海铁联运班列开行量", "万列", "1.12", "11.3", "1.2"],
        ["6", "新增市场主体", "万户", "1.86", "7.5", "2.0"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [2.0, 8.0, 3.5, 4.0, 4.5, 4.1])
    for ci in (0, 1, 2, 5):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, hdr_top[ci], HT, 14)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "2025年", HT, 14)
    set_cell(t.cell(1, 3), hdr_sub[0], HT, 14)
    set_cell(t.cell(1, 4), hdr_sub[1], HT, 14)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    keys = ["序号", "指标", "单位", "2025年／完成值", "2025年／同比增长（%）", "2026年目标"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 14,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        t.rows[ri].height = Cm(0.85)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    note = "注：外贸、外资数据来源于南宁海关、自治区商务厅，其余为片区统计数据。"
    add_par(doc, [(note, KT, 13, False)], indent=False, line=22, before=3)
    clauses.append(note)
    tip = "2026年1—2月，片区外贸进出口额完成198.6亿元，同比增长10.2%，实现良好开局。"
    p = add_par(doc, [(tip, FS, 15, True, RGBColor(0xC0, 0x00, 0x00))], indent=False, line=26, before=10)
    apply_num(p, b_tri)
    clauses.append(tip)
    # the headline box sits in the (otherwise empty) anchor paragraph
    ap.paragraph_format.line_spacing = Pt(6)

    # ---------------- slide 4: 困难 / 恳请支持
    ap = anchor()
    headline(ap, "三、存在困难及恳请支持事项")
    left = box_paras("■ 存在的主要困难", [
        "港口集疏运体系仍不完善，钦州港东航道扩建、大榄坪铁路支线等项目推进较慢，部分时段出现压港压船。",
        "产业链条偏短，绿色化工、新能源材料等产业上下游配套不足，本地配套率不足35%。",
        "制度创新的系统集成不够，部分改革事项涉及国家部委事权，落地难度大。",
    ], b_dot)
    textbox(ap, left, 1.8, 4.5, 12.8, 13.6, line_color="1F4E79")
    right = box_paras("■ 恳请自治区支持事项", [
        "支持钦州港东航道扩建工程（二期）纳入自治区层面统筹推进重大项目，协调解决用海审批问题。",
        "支持片区争取国家同意开展跨境贸易投资高水平开放试点，扩大RCEP项下原产地“经核准出口商”企业范围。",
        "在自治区本级专项资金中统筹安排西部陆海新通道海铁联运班列运营补助，2026年补助资金不低于2亿元。",
        "下放一批自治区级经济管理权限至片区，实现“片区事片区办”。",
    ], b_tri)
    textbox(ap, right, 15.1, 4.5, 12.8, 13.6, line_color="C00000", fill="FDF2F2")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区工作情况汇报",
            "doc_number": None,
            "issuer": [ZONE_ORG],
            "date": "2026-03-18",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "汇报",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B: 汇报提纲
def doc_tigang():
    stem = "blind1009_huibao_tigang"
    doc = Document()
    setup_portrait(doc)
    clauses = []
    IND = "\u3000\u3000"

    add_par(doc, [("内部资料　注意保存", HT, 14, False)], indent=False, line=24)
    empty(doc, 1)
    # title typed as two paragraphs, wrapped at an odd place
    add_par(doc, [("中国（广西）自由贸易试验区钦州港片区工作", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("情况汇报提纲", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p = add_par(doc, [("钦州港片区管委会", KT, 16, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, before=8)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("（2026年3月18日）"), KT, 16)
    empty(doc, 1)

    def body(t, typed_indent=False):
        clauses.append(t)
        if typed_indent:
            add_par(doc, IND + t, indent=False)
        else:
            add_par(doc, t)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t, hfont=KT, bold=True):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    body("首先，热烈欢迎自治区领导莅临钦州港片区调研指导。下面，我就片区建设总体情况、主要成效、存在困难和下一步工作打算作简要汇报。")
    head("一、总体情况")
    body("钦州港片区实施范围58.19平方公里，是中国（广西）自由贸易试验区三个片区中唯一临海片区，含钦州保税港区10平方公里，重点发展港航物流、国际贸易、绿色化工、新能源汽车关键零部件、电子信息、生物医药等产业。自2019年8月挂牌以来，片区坚持以制度创新为核心，累计形成制度创新成果168项，其中12项在全国复制推广。", True)
    body("2025年，片区主要经济指标保持较快增长(详见下表）。外贸进出口总额1286.4亿元，同比增长12.7%，占全市外贸总额的81.3%；新增市场主体1.86万户，累计达6.2万户。", True)
    p = add_par(doc, [("钦州港片区2025年主要经济指标", HT, 15, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=26, before=4)
    p.paragraph_format.keep_with_next = True
    header = ["序号", "指标名称", "单位", "2025年完成值", "同比增长（%）"]
    rows = [
        ["1", "外贸进出口总额", "亿元", "1286.4", "12.7"],
        ["2", "实际使用外资", "亿美元", "2.36", "18.5"],
        ["3", "规模以上工业总产值", "亿元", "2150.0", "8.4"],
        ["4", "集装箱吞吐量", "万标准箱", "806", "9.6"],
        ["5", "海铁联运班列开行量", "万列", "1.12", "11.3"],
        ["6", "新增市场主体", "万户", "1.86", "7.5"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [1.5, 5.6, 2.6, 3.2, 2.7])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    note = "注：同比增长按可比口径计算。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=2)
    clauses.append(note)

    head("二、主要成效")
    runin("（一）西部陆海新通道门户港功能不断增强。", "钦州港集装箱吞吐量达到806万标准箱，同比增长9.6%；西部陆海新通道海铁联运班列开行1.12万列，同比增长11.3%，通达我国18个省（区、市）73个城市的156个站点。钦州港东航道扩建工程（一期）建成投用，30万吨级油轮可双向通航。")
    runin("（二）制度创新成果持续涌现。", "2025年新形成制度创新成果37项，“海铁联运‘一单制’”“进口铁矿石‘先放后检’”等5项经验入选自治区自贸试验区最佳实践案例。")
    runin("1．跨境贸易便利化改革。", "推行“船边直提”“抵港直装”等模式，进口、出口整体通关时间分别压缩至18.6小时和0.9小时。", FS, True)
    runin("2．投资管理制度改革。", "实施企业开办“一网通办、一日办结”，推行“拿地即开工”审批模式，社会投资项目审批时限压缩至30个工作日以内。", FS, True)
    runin("3．金融开放创新。", "开展跨境人民币结算便利化试点，2025年跨境人民币结算量达到412亿元，同比增长23.4%。", FS, True)
    runin("（三）向海产业加快集聚。", "绿色化工新材料产业集群产值突破1200亿元，钦州石化产业园一体化基地二期、新能源电池材料产业园等18个重大项目加快建设；全年签约引进项目96个，总投资约1260亿元。")

    head("三、存在的困难和问题")
    body("一是港口集疏运体系仍不完善，钦州港东航道扩建、大榄坪铁路支线等项目推进较慢，部分时段出现压港压船。二是产业链条偏短，绿色化工、新能源材料等产业上下游配套不足，本地配套率不足35%。三是制度创新的系统集成不够，部分改革事项涉及国家部委事权，落地难度大。", True)

    head("四、下一步工作打算")
    runin("（一）全力建设国际门户港。", "加快钦州港东航道扩建工程（二期）、大榄坪铁路支线等项目建设，力争2026年集装箱吞吐量达到880万标准箱，海铁联运班列开行1.2万列以上。")
    runin("（二）深化首创性差异化改革。", "围绕RCEP高水平实施，在跨境贸易、跨境投融资、数据跨境流动等领域开展压力测试，力争全年新形成制度创新成果40项以上。")
    runin("（三）做强向海产业集群。", "聚焦绿色化工、新能源材料、临港装备制造等产业，开展产业链精准招商，力争全年签约引进项目100个以上、总投资1300亿元以上。")

    head("五、恳请支持事项")
    body("为推动片区高质量发展，恳请自治区在以下方面给予支持：", True)
    for t_ in [
        "1.支持钦州港东航道扩建工程（二期）纳入自治区层面统筹推进重大项目，协调解决用海审批问题。",
        "2.支持片区争取国家同意开展跨境贸易投资高水平开放试点，扩大RCEP项下原产地“经核准出口商”企业范围。",
        "3.在自治区本级专项资金中统筹安排西部陆海新通道海铁联运班列运营补助，2026年补助资金不低于2亿元。",
        "4.下放一批自治区级经济管理权限至片区，实现“片区事片区办”。",
    ]:
        body(t_, True)
    add_par(doc, IND + "以上汇报，不当之处，请批评指正。", indent=False)  # closing formula

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区工作情况汇报提纲",
            "doc_number": None,
            "issuer": [ZONE_ORG],
            "date": "2026-03-18",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "汇报提纲",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C: 请示 (上行文)
def doc_qingshi():
    stem = "blind1009_qinzhou_qingshi"
    doc = Document()
    setup_portrait(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False, line=28)
    add_par(doc, [("钦州市人民政府文件", XBS, 48, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=64)
    empty(doc, 1)
    p = add_par(doc, [("钦政报〔2026〕17号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("黄志明", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ["钦州市人民政府关于恳请支持中国（广西）",
                 "自由贸易试验区钦州港片区高质量发展若干",
                 "事项的请示"]:
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "自治区人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("2026年3月18日，自治区领导率队到中国（广西）自由贸易试验区钦州港片区（以下简称钦州港片区）调研，充分肯定片区建设取得的成效，并对加快建设西部陆海新通道门户港、做强向海经济提出明确要求。为抓好调研指示要求贯彻落实，推动钦州港片区高质量发展，现就有关支持事项请示如下：")
    runin("一、恳请支持钦州港东航道扩建工程（二期）建设。", "该项目总投资约46.8亿元，建成后可满足20万吨级集装箱船全天候通航。恳请自治区将项目纳入自治区层面统筹推进重大项目，协调自然资源部加快用海审批，并在自治区交通发展专项资金中给予补助。")
    runin("二、恳请支持开展跨境贸易投资高水平开放试点。", "恳请自治区积极向国家有关部委争取，支持钦州港片区开展跨境贸易投资高水平开放试点，扩大RCEP项下原产地“经核准出口商”企业范围，探索开展离岸贸易、跨境资产转让等业务。")
    runin("三、恳请加大西部陆海新通道班列运营支持力度。", "恳请在自治区本级专项资金中统筹安排西部陆海新通道海铁联运班列运营补助，2026年补助资金不低于2亿元，重点支持新开通线路和回程班列。")
    runin("四、恳请下放一批自治区级经济管理权限。", "恳请按照“应放尽放、放管结合”原则，将港口岸线使用初审、外商投资项目核准（限额以下）等12项自治区级经济管理权限下放或委托钦州港片区实施（详见附件）。")
    add_par(doc, "妥否，请批示。")  # closing formula
    empty(doc, 1)
    p = add_par(doc, "附件：钦州港片区拟承接自治区级经济管理权限事项清单", indent=False)
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.first_line_indent = Pt(0)
    empty(doc, 1)
    p = add_par(doc, "钦州市人民政府", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "2026年3月27日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（联系人：韦丽娟　联系电话：0777-2861935）")

    # ---- attachment on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("钦州港片区拟承接自治区级经济管理权限", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("事项清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    header = ["序号", "类别", "事项名称", "原实施部门", "承接方式"]
    groups = [
        ("港航物流类", [
            ("港口岸线使用初审", "自治区交通运输厅", "委托"),
            ("港口经营许可（危险货物港口作业除外）", "自治区交通运输厅", "下放"),
            ("国际船舶代理业务备案", "自治区交通运输厅", "下放"),
        ]),
        ("投资贸易类", [
            ("外商投资项目核准（限额以下）", "自治区发展改革委", "下放"),
            ("对外劳务合作经营资格核准", "自治区商务厅", "下放"),
            ("成品油零售经营资格审批", "自治区商务厅", "委托"),
            ("拍卖企业设立审批", "自治区商务厅", "下放"),
        ]),
        ("规划建设类", [
            ("建设项目用地预审（权限内）", "自治区自然资源厅", "委托"),
            ("建筑业企业资质核准（部分）", "自治区住房城乡建设厅", "下放"),
            ("海域使用权审核（50公顷以下）", "自治区海洋局", "委托"),
        ]),
        ("社会事业类", [
            ("民办职业培训学校设立审批", "自治区人力资源社会保障厅", "下放"),
            ("医疗机构设置审批（三级以下）", "自治区卫生健康委", "下放"),
        ]),
    ]
    n = sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=1 + n, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [1.4, 2.5, 5.4, 4.2, 2.1])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    r = 1
    seq = 0
    for cat, items in groups:
        first = r
        for name, dept, how in items:
            seq += 1
            set_cell(t.cell(r, 0), str(seq), FS, 12)
            set_cell(t.cell(r, 2), name, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
            set_cell(t.cell(r, 3), dept, FS, 12)
            set_cell(t.cell(r, 4), how, FS, 12)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in
                                     zip(header, [str(seq), cat, name, dept, how])))
            r += 1
        m = t.cell(first, 1).merge(t.cell(r - 1, 1)) if r - 1 > first else t.cell(first, 1)
        set_cell(m, cat, FS, 12)
    note = "注：承接方式中“下放”指由片区管委会直接实施，“委托”指以自治区有关部门名义由片区管委会实施。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    # 版记 at the very end
    empty(doc, 1)
    p = add_par(doc, [("抄送：自治区商务厅（自贸办），自治区发展改革委，自治区交通运输厅。", FS, 14, False)],
                indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [("钦州市人民政府办公室", FS, 14, False), ("\u3000" * 7, FS, 14, False),
                       ("2026年3月27日印发", FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "钦州市人民政府关于恳请支持中国（广西）自由贸易试验区钦州港片区高质量发展若干事项的请示",
            "doc_number": "钦政报〔2026〕17号",
            "issuer": ["钦州市人民政府"],
            "date": "2026-03-27",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["钦州港片区拟承接自治区级经济管理权限事项清单"],
            "doc_type": "请示",
            "recipients": ["自治区人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_slides(), doc_tigang(), doc_qingshi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
