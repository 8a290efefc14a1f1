# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 759: 自贸片区管委会 / 市口岸办 2025年工作总结和2026年工作计划（以报送函开头）.

Writes three Word files + PDFs (LibreOffice) + expected.json into this directory.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
FW = "\u3000"  # full-width space

expected = {}


# ------------------------------------------------------------------ helpers
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
    if scale is not None:  # character scaling (红头 squeezed to one line)
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
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
    """runs: str or list of tuples (text, font, size, bold[, color[, scale]])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        scale = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, scale)
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


def page_number_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None),
                       ("text", "1"), ("end", None)):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), text)))
        elif kind == "text":
            r.text = text
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.2)
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


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, KT, KT, KT))
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


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_759", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": "municipal", "region": None,
            "effective": None, "expires": None, "attachments": [],
            "doc_type": "函", "recipients": [], "publicity": None, "repeals": None}
    base.update(kw)
    return base


# ============================================================ DOC A  泸州
def doc_luzhou():
    stem = "blind759_luzhou_zmq"
    doc = Document()
    setup(doc)
    cl = []

    def body(t):
        cl.append(t)
        add_par(doc, t)

    def head(t):  # heading only, not a clause
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        cl.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    # ---- 信函格式版头: organ name in red, double red rule, 文号 right under the rule
    add_par(doc, [("中国（四川）自由贸易试验区", XBS, 26, False, RED)],
            align=C, indent=False, line=34, before=0)
    p = add_par(doc, [("川南临港片区管理委员会", XBS, 26, False, RED)],
                align=C, indent=False, line=34)
    border(p, "bottom", "FF0000", 18, 6, "thinThickSmallGap")
    p = add_par(doc, "川南临港管函〔2026〕5号", align=R, indent=False, before=6)
    empty(doc, 1, line=14)
    # title typed as three separate paragraphs, wrapped at odd places
    for line in ("中国（四川）自由贸易试验区川南临港片区",
                 "管理委员会关于报送2025年工作总结和",
                 "2026年工作计划的函"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1, line=14)
    add_par(doc, "四川省自由贸易试验区工作办公室：", indent=False)
    body("根据你办《关于做好2025年工作总结和2026年工作计划报送工作的通知》（川自贸办函〔2025〕87号）要求，现将我片区2025年工作总结和2026年工作计划报送你办，请审阅。2025年，片区除实际使用外资、固定资产投资外，其余主要指标均完成年度目标，具体情况详见附件2。")
    empty(doc, 1, line=14)
    add_par(doc, "附件：1．2025年工作总结和2026年工作计划")
    add_par(doc, "      2．2025年主要指标完成情况表")
    empty(doc, 2)
    # 落款 aligned with typed spaces
    add_par(doc, "      中国（四川）自由贸易试验区川南临港片区管理委员会", indent=False)
    add_par(doc, " " * 36 + "2026年1月12日", indent=False)
    add_par(doc, "（联系人：王晓琳，联系电话：0830-3108627）")

    # ---- 附件1
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    # title with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("川南临港片区2025年工作总结"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("和2026年工作计划"), XBS, 22)
    fmt(p, align=C, indent=False, line=34, before=6, after=6)
    body("2025年，川南临港片区坚持以制度创新为核心，着力建设长江上游航运物流枢纽和西部陆海新通道重要节点，各项工作取得积极成效。现将有关情况报告如下。")
    head("一、2025年工作总结")
    runin("（一）主要经济指标稳中有进。", "全年片区实现地区生产总值486.3亿元，同比增长7.2%；外贸进出口总额312.6亿元，同比增长16.8%；泸州港集装箱吞吐量21.5万标箱，同比增长9.3%；新增市场主体5286户。")
    runin("（二）制度创新成果持续涌现。", "全年形成制度创新成果32项，其中3项入选全省第八批最佳实践案例。")
    # 一是/二是/三是 paragraphs typed with Shift+Enter inside one w:p
    t1 = "一是深化投资贸易便利化改革。在泸州港推行进口货物“船边直提”、出口货物“抵港直装”，进出口整体通关时间较2024年分别压缩18.2%和21.6%。"
    t2 = "二是推进金融开放创新。设立西部陆海新通道（泸州）金融服务中心，为通道企业提供供应链融资12.4亿元。"
    t3 = "三是强化法治保障。设立自贸试验区法庭和商事调解中心，全年化解涉外商事纠纷87件。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(FW * 2 + t2), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(FW * 2 + t3), FS, 16)
    fmt(p)
    cl.extend([t1, t2, t3])
    runin("（三）开放通道加快拓展。", "一是全年开行泸州港至北部湾港铁海联运班列683列，同比增长24.2%；二是新开通泸州至越南海防的国际水铁联运线路；三是组织白酒、化工产品等出口货物搭乘中欧班列（成渝）发往共建“一带一路”国家。")
    head("二、存在的问题")
    body("一是外资利用水平不高，全年实际使用外资0.42亿美元，仅完成年度目标的52.5%；二是制度创新系统集成不够，首创性成果偏少；三是港口货源结构较为单一，外贸集装箱占比不足三成。")
    head("三、2026年工作计划")
    runin("（一）聚焦制度创新。", "对标《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则，力争全年形成制度创新成果30项以上。")
    runin("（二）做强开放通道。", "加密泸州港至北部湾港铁海联运班列，力争全年开行750列以上。")
    runin("（三）加大招商引资力度。", "围绕装备制造、医药健康产业开展精准招商，力争全年实际使用外资0.8亿美元。")

    # ---- 附件2: 主要指标完成情况表 (两层表头，表头行重复)
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("川南临港片区2025年主要指标完成情况表", XBS, 20, False)],
            align=C, indent=False, line=36)
    empty(doc, 1, line=14)
    rows = [
        ["1", "地区生产总值", "亿元", "475", "486.3", "102.4", "7.2"],
        ["2", "外贸进出口总额", "亿元", "290", "312.6", "107.8", "16.8"],
        ["3", "实际使用外资", "亿美元", "0.80", "0.42", "52.5", "-18.6"],
        ["4", "固定资产投资", "亿元", "210", "203.8", "97.0", "5.1"],
        ["5", "集装箱吞吐量", "万标箱", "20", "21.5", "107.5", "9.3"],
        ["6", "铁海联运班列开行量", "列", "600", "683", "113.8", "24.2"],
        ["7", "新增市场主体", "户", "5000", "5286", "105.7", "11.2"],
        ["8", "新增外商投资企业", "户", "20", "23", "115.0", "27.8"],
        ["9", "制度创新成果", "项", "30", "32", "106.7", "—"],
    ]
    heads = ["序号", "指标名称", "单位", "2025年／目标值", "2025年／完成值", "完成率（%）", "同比增长（%）"]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["序号", "指标名称", "单位", "2025年", "", "完成率（%）", "同比增长（%）"]):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    set_cell(t.rows[1].cells[3], "目标值", HT, 12)
    set_cell(t.rows[1].cells[4], "完成值", HT, 12)
    for i in (0, 1, 2, 5, 6):
        a = t.cell(0, i).merge(t.cell(1, i))
        set_cell(a, ["序号", "指标名称", "单位", "", "", "完成率（%）", "同比增长（%）"][i], HT, 12)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "2025年", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 1 else C)
        cl.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    col_widths(t, [1.3, 4.2, 1.8, 2.0, 2.0, 2.2, 2.3])
    p = add_par(doc, [("注：地区生产总值为片区统计口径初步核算数；实际使用外资按商务部口径统计。", FS, 12, False)],
                indent=False, line=20, before=4)
    cl.append("注：地区生产总值为片区统计口径初步核算数；实际使用外资按商务部口径统计。")

    banji(doc, "抄送：泸州市人民政府，泸州市商务局。", "川南临港片区管委会党政办公室", "2026年1月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（四川）自由贸易试验区川南临港片区管理委员会关于报送2025年工作总结和2026年工作计划的函",
            doc_number="川南临港管函〔2026〕5号",
            issuer=["中国（四川）自由贸易试验区川南临港片区管理委员会"],
            date="2026-01-12",
            region="泸州市",
            attachments=["2025年工作总结和2026年工作计划",
                         "2025年主要指标完成情况表"],
            recipients=["四川省自由贸易试验区工作办公室"]),
        "clauses": cl,
    }]
    return path


# ============================================================ DOC B  黑河
def doc_heihe():
    stem = "blind759_heihe_kouan"
    doc = Document()
    setup(doc)
    cl = []
    IND = FW * 2  # clerk indents with typed full-width spaces

    def body(t):
        cl.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def subhead(t):
        add_par(doc, [(IND, FS, 16, False), (t, KT, 16, False)], indent=False)

    add_par(doc, [("加急", HT, 16, False)], indent=False)
    add_par(doc, [("黑河市人民政府口岸办公室", XBS, 34, False, RED)],
            align=C, indent=False, line=50, before=6)
    empty(doc, 1, line=14)
    p = add_par(doc, "黑口岸函〔2026〕3号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=14)
    # title: one paragraph with a manual line break
    p = doc.add_paragraph()
    font(p.add_run("黑河市人民政府口岸办公室关于报送2025年"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("口岸工作总结和2026年工作计划的函"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1, line=14)
    add_par(doc, "黑龙江省商务厅：", indent=False)
    body("按照省商务厅（省口岸办）《关于报送2025年口岸工作总结和2026年工作计划的通知》要求，我办对2025年全市口岸工作进行了认真总结，并研究制定了2026年工作计划，现予报送。")
    empty(doc, 1)
    add_par(doc, IND + "附件：黑河市2025年口岸工作总结和2026年工作计划", indent=False)
    empty(doc, 2)
    p = add_par(doc, "黑河市人民政府口岸办公室", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "二〇二六年一月九日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc, 1)
    add_par(doc, IND + "（联系人：赵立新，联系电话：0456-8226415）", indent=False)

    # ---- 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("黑河市2025年口岸工作总结和2026年工作计划", XBS, 20, False)],
            align=C, indent=False, line=36, before=6, after=6)
    body("2025年，市口岸办深入贯彻落实向北开放决策部署，统筹口岸发展与安全，全力推进口岸提档升级和通关便利化，全市口岸运行保持较快增长态势。现将有关情况报告如下：")
    head("一、2025年工作总结")
    subhead("（一）口岸运行指标实现较快增长")
    body("全年全市口岸进出口货运量270.2万吨,同比增长30.0%；出入境人员114.4万人次，同比增长23.8%。其中，黑河公路口岸进出口货运量186.4万吨，同比增长53.2%，占全市口岸货运量的69.0%,成为拉动全市口岸增长的主引擎。各口岸主要指标完成情况见下表。")
    add_par(doc, [("2025年全市口岸主要指标完成情况表", HT, 14, False)], align=C, indent=False,
            line=26, before=6)
    heads = ["指标类别", "口岸", "2025年", "2024年", "同比增长（%）"]
    groups = [
        ("进出口货运量（万吨）", [
            ["黑河公路口岸", "186.4", "121.7", "53.2"],
            ["黑河口岸", "58.3", "64.9", "-10.2"],
            ["逊克口岸", "21.6", "18.2", "18.7"],
            ["呼玛口岸", "3.9", "3.1", "25.8"],
            ["小计", "270.2", "207.9", "30.0"]]),
        ("出入境人员（万人次）", [
            ["黑河公路口岸", "48.6", "31.2", "55.8"],
            ["黑河口岸", "62.3", "58.5", "6.5"],
            ["逊克口岸", "2.7", "2.1", "28.6"],
            ["呼玛口岸", "0.8", "0.6", "33.3"],
            ["小计", "114.4", "92.4", "23.8"]]),
    ]
    nrows = 1 + sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    r = 1
    for cat, rws in groups:
        start = r
        for row in rws:
            for ci, v in enumerate(row, 1):
                set_cell(t.rows[r].cells[ci], v, FS, 12)
            cl.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, [cat] + row)))
            r += 1
        mc = t.cell(start, 0).merge(t.cell(r - 1, 0))
        set_cell(mc, cat, FS, 12)
    col_widths(t, [4.4, 3.4, 2.4, 2.4, 3.0])
    note = "注：数据来源于黑河海关、黑河出入境边防检查站统计快报。"
    add_par(doc, [(IND + note, FS, 12, False)], indent=False, line=20, before=4)
    cl.append(note)
    subhead("（二）口岸基础设施提档升级")
    body("一是黑河公路口岸联检区扩能改造工程主体完工，新增货运查验通道6条。二是黑河口岸冬季浮箱固冰通道于2025年1月12日开通运行，实现“四季通关”。三是逊克口岸旅检楼改造项目纳入国家口岸设施项目库，争取中央预算内投资4860万元。")
    subhead("（三）通关便利化水平持续提升")
    # paragraph pasted from another file: hard line break in the middle of a sentence
    s1 = IND + "会同黑河海关、黑河出入境边防检查站推广“提前申报”“两步申报”等改革措施，全市口岸进口、出口整体通关时间分别压缩至18.6小时和"
    s2 = "0.9小时；黑河公路口岸实现货车“一次排队、一次查验”，国际道路运输车辆平均通关时间缩短至35分钟。"
    p = doc.add_paragraph()
    font(p.add_run(s1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(s2), FS, 16)
    fmt(p, indent=False)
    cl.append(s1[len(IND):] + s2)
    head("二、存在的问题和不足")
    body("一是口岸基础设施短板依然突出，黑河口岸客运联检楼设施老化问题较为严重。二是口岸功能单一，尚不具备进口肉类、冰鲜水产品指定监管场地功能。三是“通道经济”特征明显，落地加工比重偏低。")
    head("三、2026年工作计划")
    body("1．加快口岸设施建设。推进黑河口岸客运联检楼改造工程开工建设，完成逊克口岸旅检楼改造。")
    body("2．拓展口岸功能。积极争取黑河公路口岸进口肉类、冰鲜水产品指定监管场地获批。")
    body("3．提升通关效率。深化“智慧口岸”建设，力争2026年全市口岸进口整体通关时间再压缩10%以上。")
    body("4．推动口岸经济发展。围绕“口岸+落地加工”，力争全市口岸进出口货运量突破300万吨。")

    banji(doc, "抄送：黑河市人民政府办公室，黑河海关，黑河出入境边防检查站。",
          "黑河市人民政府口岸办公室综合科", "2026年1月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="黑河市人民政府口岸办公室关于报送2025年口岸工作总结和2026年工作计划的函",
            doc_number="黑口岸函〔2026〕3号",
            issuer=["黑河市人民政府口岸办公室"],
            date="2026-01-09",
            region="黑河市",
            attachments=["黑河市2025年口岸工作总结和2026年工作计划"],
            recipients=["黑龙江省商务厅"]),
        "clauses": cl,
    }]
    return path


# ============================================================ DOC C  红河
def doc_honghe():
    stem = "blind759_honghe_zmq"
    doc = Document()
    setup(doc)
    cl = []
    n_sub = make_numbering(doc, "（%1）")
    n_plan = make_numbering(doc, "（%1）")
    CN = "一二三四五六七八九十"

    def body(t):
        cl.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    sub_i = [0]

    def autosub(t):  # auto-numbered （一） heading only (not a clause)
        sub_i[0] += 1
        p = add_par(doc, [(t, KT, 16, False)], first=Pt(32))
        apply_num(p, n_sub)

    plan_i = [0]

    def autoplan(h, t):  # auto-numbered （一） run-in item (clause, number included)
        plan_i[0] += 1
        cl.append("（%s）%s%s" % (CN[plan_i[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_plan)

    # ---- 红头 squeezed to one line with character scaling
    add_par(doc, [("中国（云南）自由贸易试验区红河片区管理委员会", XBS, 26, False, RED, 72)],
            align=C, indent=False, line=44)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    p = add_par(doc, [("\t", FS, 16, False), ("红自贸管函〔2026〕4号", FS, 16, False)],
                indent=False, before=4)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT)
    # title typed as one paragraph, Word wraps it
    add_par(doc, [("中国（云南）自由贸易试验区红河片区管理委员会关于报送2025年工作总结及2026年工作计划的函", XBS, 22, False)],
            align=C, indent=False, line=36, before=14, after=14)
    add_par(doc, "云南省自由贸易试验区工作领导小组办公室：", indent=False)
    # one paragraph with a hard line break in the middle of a sentence
    a1 = "现将我片区2025年工作总结及2026年工作计划报送你办。2025年，红河片区紧扣“加快沿边开放，着力建设连接越南、辐射东盟的"
    a2 = "重要开放节点”的战略定位，全年实现外贸进出口总额486.9亿元，同比增长18.3%，各项工作取得新进展。"
    p = doc.add_paragraph()
    font(p.add_run(a1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(a2), FS, 16)
    fmt(p)
    cl.append(a1 + a2)
    empty(doc, 1, line=14)
    add_par(doc, "附件：1.红河片区2025年工作总结及2026年工作计划")
    add_par(doc, FW * 3 + "2.红河片区2025年主要指标完成情况表")
    empty(doc, 1)
    for txt in ("中国（云南）自由贸易试验区红河片区管理委员会", "2026年1月15日"):
        p = add_par(doc, [("\t", FS, 16, False), (txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.6), WD_TAB_ALIGNMENT.RIGHT)
    add_par(doc, "（此件主动公开）")
    add_par(doc, "（联系人：李娅，联系电话：0873-3051268）")

    # ---- 附件1
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    p = doc.add_paragraph()
    font(p.add_run("红河片区2025年工作总结及"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2026年工作计划"), XBS, 22)
    fmt(p, align=C, indent=False, line=34, before=6, after=6)
    body("2025年，红河片区坚持以制度创新为核心、以沿边开放为特色，统筹推进改革创新、开放合作和产业发展。现将有关情况报告如下。")
    head("一、2025年工作开展情况")
    autosub("主要指标较快增长")
    body("全年片区实现外贸进出口总额486.9亿元，同比增长18.3%；实际利用外资1.26亿美元，同比增长9.6%；河口口岸出入境人员达到392.6万人次，同比增长27.1%。主要指标完成情况详见附件2。")
    autosub("制度创新取得新成效")
    body("一是深化跨境贸易便利化改革。推出“中越跨境运输车辆‘直通式’通关”等制度创新成果21项，其中2项入选全省最佳实践案例。")
    body("二是推进中越跨境经济合作。与越南老街省建立口岸联合工作组机制，全年召开联合工作组会议4次。")
    body("三是提升金融服务能力。全年办理跨境人民币结算312.5亿元，同比增长22.7%，人民币在对越贸易结算中占比提高到68.4%。")
    autosub("产业发展势头良好")
    body("全年引进项目46个，协议投资额187.3亿元。河口边民互市商品落地加工园区入驻企业达到52家，加工进口坚果、水果、中药材等21.6万吨，同比增长35.8%。")
    head("二、存在的困难和问题")
    body("一是产业基础薄弱，落地加工企业规模普遍偏小。二是河口公路口岸北山货场高峰期货车拥堵问题尚未根本解决。三是熟悉越南语和国际贸易规则的复合型人才缺乏。")
    head("三、2026年工作计划")
    autoplan("推动制度创新提质增效。", "力争全年形成制度创新成果20项以上。")
    autoplan("加快口岸设施互联互通。", "推进河口北山货场扩容改造，配合做好中越跨境标准轨铁路河口—老街段前期衔接工作。")
    autoplan("壮大沿边特色产业。", "力争2026年落地加工进口商品突破25万吨。")
    autoplan("打造一流营商环境。", "深化“一枚印章管审批”改革，组织开展营商环境第三方评估。")

    # ---- 附件2 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
    sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("红河片区2025年主要指标完成情况表", XBS, 20, False)],
            align=C, indent=False, line=36)
    heads = ["序号", "类别", "指标", "单位", "年度目标", "完成值", "同比增长（%）", "完成情况"]
    groups = [
        ("经济发展", [
            ["1", "地区生产总值", "亿元", "420", "431.5", "6.8", "完成"],
            ["2", "固定资产投资", "亿元", "165", "152.3", "-4.2", "未完成"],
            ["3", "新设市场主体", "户", "3500", "3872", "12.4", "完成"]]),
        ("开放型经济", [
            ["4", "外贸进出口总额", "亿元", "450", "486.9", "18.3", "完成"],
            ["5", "实际利用外资", "亿美元", "1.20", "1.26", "9.6", "完成"],
            ["6", "边民互市贸易额", "亿元", "95", "102.8", "14.1", "完成"],
            ["7", "跨境人民币结算额", "亿元", "300", "312.5", "22.7", "完成"],
            ["8", "口岸出入境人员", "万人次", "360", "392.6", "27.1", "完成"]]),
        ("改革创新", [
            ["9", "制度创新成果", "项", "20", "21", "—", "完成"],
            ["10", "省级及以上最佳实践案例", "项", "3", "2", "—", "未完成"]]),
    ]
    nrows = 1 + sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    r = 1
    for cat, rws in groups:
        start = r
        for row in rws:
            vals = [row[0]] + row[1:]
            cells = [0, 2, 3, 4, 5, 6, 7]
            for ci, v in zip(cells, vals):
                set_cell(t.rows[r].cells[ci], v, FS, 12, align=L if ci == 2 else C)
            full = [row[0], cat] + row[1:]
            cl.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, full)))
            r += 1
        mc = t.cell(start, 1).merge(t.cell(r - 1, 1))
        set_cell(mc, cat, FS, 12)
    col_widths(t, [1.4, 2.6, 5.6, 2.0, 2.2, 2.2, 2.8, 2.2])
    note = "注：地区生产总值、固定资产投资为片区所在河口瑶族自治县、蒙自经济技术开发区相关区域统计数据；完成值为快报数。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    cl.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="中国（云南）自由贸易试验区红河片区管理委员会关于报送2025年工作总结及2026年工作计划的函",
            doc_number="红自贸管函〔2026〕4号",
            issuer=["中国（云南）自由贸易试验区红河片区管理委员会"],
            date="2026-01-15",
            region="红河哈尼族彝族自治州",
            attachments=["红河片区2025年工作总结及2026年工作计划",
                         "红河片区2025年主要指标完成情况表"],
            recipients=["云南省自由贸易试验区工作领导小组办公室"],
            publicity="此件主动公开"),
        "clauses": cl,
    }]
    return path


def main():
    paths = [doc_luzhou(), doc_heihe(), doc_honghe()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
