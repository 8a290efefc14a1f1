# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 762: 口岸整体通关时间情况通报 (省商务厅 / 直属海关 / 市商务和口岸管理局).

Writes three .docx files, their PDFs (LibreOffice) and expected.json into this directory.
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
    """runs: str, or list of (text, fontname, size, bold[, color])."""
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
    fmt(p, indent=False)


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
    # footer "— 1 —" with a PAGE field
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_widths(t, widths):
    """fix column widths (tblGrid + every cell), autofit off"""
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt, blank=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, blank)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_762", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, fontname=HT):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, lvl_text, fontname, fontname, fontname))
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


# =================================================================== DOC A
# 云南省商务厅 — 红头“文件”, 两级合并表头排名表（进口/出口并列，含环比同比），表头跨页重复
def doc_yunnan():
    stem = "blind762_yunnan_tongbao"
    doc = Document()
    setup(doc)
    clauses = []

    # 红头
    add_par(doc, [("云南省商务厅文件", XBS, 44, False, RED)], align=C, indent=False,
            line=66, before=10)
    empty(doc, 1)
    add_par(doc, "云商口岸〔2026〕11号", align=C, indent=False)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    # title typed as two paragraphs, wrapped at an odd place
    add_par(doc, [("云南省商务厅关于2026年第一季度全省口岸", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("进出口整体通关时间情况的通报", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各有关州（市）商务局，昆明海关，云南出入境边防检查总站，中国铁路昆明局集团有限公司，"
                 "云南机场集团有限责任公司：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为深入贯彻落实国务院关于持续优化口岸营商环境、促进跨境贸易便利化的决策部署，巩固拓展我省面向南亚东南亚辐射中心建设成效，根据《云南省2026年促进跨境贸易便利化专项行动方案》，我厅会同昆明海关对2026年第一季度全省12个对外开放口岸进出口整体通关时间进行了统计分析。现将有关情况通报如下：")
    head("一、总体情况")
    body("2026年第一季度，全省口岸进口整体通关时间为5.87小时，较2025年第四季度（以下简称环比）压缩6.2%，较2025年第一季度（以下简称同比）压缩14.3%；出口整体通关时间为0.69小时，环比压缩4.2%，同比压缩12.8%。全省口岸进、出口整体通关时间继续保持在全国沿边省份前列。")
    body("从口岸类型看，铁路口岸通关效率提升最为明显。中老铁路磨憨铁路口岸进口整体通关时间2.86小时，同比压缩31.6%，“铁路快通”模式覆盖率达到87.5%；磨憨公路口岸、河口公路口岸进口整体通关时间同比分别压缩20.4%、12.9%。")
    head("二、各口岸排名情况")
    body("按照进口、出口整体通关时间由短到长排序，2026年第一季度全省各口岸排名情况如下：")

    # caption (not a clause) with unit
    add_par(doc, [("表1　2026年第一季度全省各口岸整体通关时间排名表", HT, 14, False)],
            align=C, indent=False, line=26, before=6)
    add_par(doc, [("单位：小时", FS, 12, False)], align=R, indent=False, line=20)

    sub = ["整体通关时间（小时）", "环比（%）", "同比（%）", "排名"]
    headers = ["序号", "口岸"] + ["进口／" + s for s in sub] + ["出口／" + s for s in sub]
    rows = [
        ["1", "磨憨铁路口岸", "2.86", "-12.4", "-31.6", "1", "0.52", "-9.1", "-22.4", "2"],
        ["2", "河口铁路口岸", "3.41", "-6.8", "-18.2", "2", "0.61", "-4.7", "-15.3", "4"],
        ["3", "昆明长水国际机场口岸", "4.05", "-3.3", "-11.7", "3", "0.47", "-6.0", "-19.0", "1"],
        ["4", "磨憨公路口岸", "5.73", "-9.5", "-20.4", "4", "0.58", "-7.9", "-17.1", "3"],
        ["5", "瑞丽公路口岸", "6.92", "+2.1", "-8.6", "5", "0.83", "+1.2", "-6.7", "7"],
        ["6", "河口公路口岸", "7.38", "-4.2", "-12.9", "6", "0.76", "-3.8", "-10.6", "5"],
        ["7", "畹町口岸", "8.15", "+5.6", "-2.4", "7", "0.79", "-1.3", "-9.2", "6"],
        ["8", "清水河口岸", "9.64", "-1.9", "-5.1", "8", "1.12", "+3.7", "-4.3", "9"],
        ["9", "猴桥口岸", "11.27", "+3.2", "+1.8", "9", "0.95", "-2.1", "-3.0", "8"],
        ["10", "金水河口岸", "12.83", "+8.9", "+6.4", "10", "1.36", "+6.3", "+2.3", "10"],
        ["11", "打洛口岸", "14.51", "+11.7", "+9.2", "11", "1.58", "+9.0", "+4.6", "11"],
        ["12", "天保口岸", "16.09", "+13.6", "+12.5", "12", "1.74", "+12.3", "+7.4", "12"],
        ["—", "全省", "5.87", "-6.2", "-14.3", "—", "0.69", "-4.2", "-12.8", "—"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=10)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(0.9), Cm(3.3)] + [Cm(1.6), Cm(1.5), Cm(1.5), Cm(1.0)] * 2)
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "序号", HT, 10, line=14)
    b = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(b, "口岸", HT, 10, line=14)
    im = t.cell(0, 2).merge(t.cell(0, 5))
    set_cell(im, "进口", HT, 10, line=14)
    ex = t.cell(0, 6).merge(t.cell(0, 9))
    set_cell(ex, "出口", HT, 10, line=14)
    for k in range(2):
        for j, s in enumerate(sub):
            set_cell(t.cell(1, 2 + 4 * k + j), s, HT, 10, line=14)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, r in enumerate(rows, 2):
        no_split(t.rows[ri])
        for ci, v in enumerate(r):
            set_cell(t.cell(ri, ci), v, FS, 10, line=14,
                     bold=(r[1] == "全省"))
        clauses.append(row_clause(headers, r))

    note = "注：数据来源于海关通关时效统计系统；环比、同比为负值表示通关时间压缩，为正值表示通关时间延长。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    body("从排名看，进口、出口整体通关时间排名第一的分别是磨憨铁路口岸、昆明长水国际机场口岸。天保口岸、打洛口岸、金水河口岸进口、出口整体通关时间均排名后三位，且环比、同比均有所延长，与全省平均水平差距进一步拉大。")
    head("三、存在的主要问题")
    runin("（一）部分口岸通关时间不降反升。", "天保口岸进口整体通关时间16.09小时，是全省平均水平的2.7倍，环比延长13.6%、同比延长12.5%；打洛口岸、金水河口岸进口整体通关时间同比分别延长9.2%、6.4%。瑞丽公路口岸、畹町口岸、猴桥口岸进口整体通关时间环比也出现不同程度反弹。")
    runin("（二）口岸基础设施和信息化短板突出。", "天保口岸货场改造工程进度滞后，查验场地不足，高峰期车辆排队时间较长；打洛口岸、金水河口岸尚未实现“智慧口岸”系统全覆盖，车辆自动识别、电子闸口等设施不完善，“提前申报”等便利化措施应用比例低于全省平均水平20个百分点以上；部分口岸查验单位与运营企业信息共享不及时，影响了整体通关效率。")
    head("四、工作要求")
    runin("（一）抓紧分析整改。", "天保口岸、打洛口岸、金水河口岸所在的文山州、西双版纳州、红河州商务局要会同口岸查验单位，逐环节查找通关时间延长的原因，制定整改措施，于2026年5月15日前将整改方案报送省商务厅（口岸处）。")
    runin("（二）加快补齐设施短板。", "各有关州（市）要加快推进天保口岸货场改造、打洛口岸查验设施升级等项目建设，确保2026年6月底前完工投用；推广车辆“无感通关”、电子闸口等“智慧口岸”应用。")
    runin("（三）深入推广便利化措施。", "昆明海关各隶属海关要持续推广“提前申报”“两段准入”“铁路快通”等改革措施，对进口水果等鲜活农产品实施“即到即查、即查即放”。")
    runin("（四）建立常态化通报机制。", "省商务厅将按季度通报全省口岸整体通关时间，对连续两个季度排名后三位且通关时间同比延长的口岸，提请省人民政府约谈所在州（市）人民政府分管负责同志，并将有关情况纳入年度口岸工作考核。")
    p = add_par(doc, "特此通报。")
    p.paragraph_format.keep_with_next = True
    empty(doc, 1)
    p = add_par(doc, "云南省商务厅", indent=False, align=R)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.right_indent = Pt(72)
    p = add_par(doc, "2026年4月20日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）")
    banji(doc, "抄送：省人民政府办公厅，海关总署国家口岸管理办公室，各有关州（市）人民政府。",
          "云南省商务厅办公室", "2026年4月20日印发", blank=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "云南省商务厅关于2026年第一季度全省口岸进出口整体通关时间情况的通报",
            "doc_number": "云商口岸〔2026〕11号",
            "issuer": ["云南省商务厅"],
            "date": "2026-04-20",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通报",
            "recipients": ["各有关州（市）商务局", "昆明海关", "云南出入境边防检查总站",
                           "中国铁路昆明局集团有限公司", "云南机场集团有限责任公司"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 南京海关 — 自动编号、三行标题（软回车）、中文数字日期、附件另页（进口表、出口表分列），版记在附件后
def doc_nanjing():
    stem = "blind762_nanjing_customs"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、", HT)
    n_item = make_numbering(doc, "（%1）", KT)

    add_par(doc, [("南京海关文件", XBS, 44, False, RED)], align=C, indent=False,
            line=66, before=10)
    empty(doc, 1)
    add_par(doc, "宁关发〔2026〕42号", align=C, indent=False)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1)
    empty(doc, 1)
    # three-line title, one paragraph with manual line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("南京海关关于2026年第一季度关区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("各口岸进出口整体通关时间"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("情况的通报"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各隶属海关，关内各部门：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    items = [0]

    def item(h, t):
        items[0] += 1
        clauses.append("（%s）%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("为贯彻落实海关总署关于促进跨境贸易便利化、持续巩固压缩整体通关时间成效的工作部署，关区持续深化“智关强国”行动和“海关监管+口岸服务”协同改革。根据海关总署通关时效统计数据，现将2026年第一季度关区各口岸进出口整体通关时间情况通报如下：")
    head("总体情况")
    body("2026年第一季度，关区进口整体通关时间为31.46小时，较2025年第四季度缩短2.17小时，环比压缩6.5%；较2025年同期缩短4.83小时，同比压缩13.3%。出口整体通关时间为1.08小时，环比压缩3.6%，同比压缩10.0%。")
    # Shift+Enter inside one paragraph
    t1 = "分运输方式看，水运口岸进口整体通关时间为38.72小时，同比压缩12.6%；航空口岸进口整体通关时间为9.35小时，同比压缩15.2%。"
    t2 = "分贸易方式看，一般贸易进口整体通关时间同比压缩14.1%，加工贸易进口整体通关时间同比压缩11.8%；“提前申报”比例达到68.4%，较上年同期提高7.9个百分点。"
    p = doc.add_paragraph()
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + t2), FS, 16)
    fmt(p)
    clauses.extend([t1, t2])
    head("各口岸排名情况")
    body("进口方面，整体通关时间排名前三位的口岸是南京禄口国际机场口岸、无锡硕放国际机场口岸、太仓港口岸；排名后三位的口岸是盐城港口岸、泰州港口岸、镇江港口岸，其中泰州港口岸、镇江港口岸进口整体通关时间同比不降反升，分别延长3.8%、5.4%。")
    body("出口方面，整体通关时间排名前三位的口岸是南京禄口国际机场口岸、无锡硕放国际机场口岸、张家港港口岸；排名后三位的口岸是盐城港口岸、扬州港口岸、镇江港口岸，镇江港口岸进口、出口整体通关时间均排名末位。")
    body("各口岸具体排名情况详见附件。")
    head("有关要求")
    item("认真查找原因，抓好整改落实。", "排名后三位口岸的现场海关要对照排名情况，逐票分析整体通关时间延长的原因，于2026年4月30日前形成专题分析报告并制定整改措施，报关综合业务处。镇江海关、泰州海关要由主要负责同志牵头，建立整改工作台账，逐项销号。")
    item("持续深化改革，扩大便利措施覆盖面。", "各隶属海关要大力推广“提前申报”“两步申报”“两段准入”等通关模式，进一步提高“提前申报”比例；水运口岸现场海关要深化“船边直提”“抵港直装”改革，会同港口企业优化作业流程，压缩货物在港停留时间。")
    item("加强协同联动，形成工作合力。", "各隶属海关要加强与口岸管理部门、港口企业、船公司、货代企业的沟通协作，推动解决港口集疏运、单证流转等非海关环节的堵点问题。")
    item("强化监测分析，建立常态机制。", "关综合业务处要按月监测各口岸整体通关时间，对通关时间异常波动的口岸及时预警提醒；关区将把通关时效情况纳入隶属海关年度绩效考核，对连续两个季度排名后三位的口岸现场海关进行约谈。")
    empty(doc, 1)
    att = "2026年第一季度关区各口岸进出口整体通关时间排名表"
    add_par(doc, "附件：" + att)
    empty(doc, 2)
    # 落款 typed with spaces, date in Chinese numerals
    p = add_par(doc, "\u3000" * 16 + "南京海关", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, "\u3000" * 13 + "二〇二六年四月十六日", indent=False)

    headers = ["排名", "口岸", "现场海关", "整体通关时间（小时）", "环比（%）", "同比（%）"]
    imp = [
        ["1", "南京禄口国际机场口岸", "禄口机场海关", "6.42", "-9.8", "-17.3"],
        ["2", "无锡硕放国际机场口岸", "硕放机场海关", "8.91", "-7.2", "-14.6"],
        ["3", "太仓港口岸", "太仓海关", "24.18", "-8.1", "-19.5"],
        ["4", "张家港港口岸", "张家港海关", "27.63", "-6.9", "-16.2"],
        ["5", "连云港港口岸", "连云港海关", "29.47", "-5.3", "-15.8"],
        ["6", "南京港口岸", "新生圩海关", "32.06", "-4.7", "-12.4"],
        ["7", "常熟港口岸", "常熟海关", "34.52", "-6.1", "-11.9"],
        ["8", "南通港口岸", "南通海关", "36.89", "-3.2", "-10.3"],
        ["9", "江阴港口岸", "江阴海关", "39.74", "-2.6", "-8.7"],
        ["10", "常州港口岸", "常州海关", "42.15", "-1.9", "-6.2"],
        ["11", "扬州港口岸", "扬州海关", "45.38", "+1.4", "-3.1"],
        ["12", "大丰港口岸", "大丰海关", "47.06", "-3.7", "-5.6"],
        ["13", "盐城港口岸", "盐城海关", "51.27", "-2.2", "-4.9"],
        ["14", "泰州港口岸", "泰州海关", "54.60", "+3.5", "+3.8"],
        ["15", "镇江港口岸", "镇江海关", "58.13", "+6.2", "+5.4"],
        ["—", "关区", "—", "31.46", "-6.5", "-13.3"],
    ]
    exp = [
        ["1", "南京禄口国际机场口岸", "禄口机场海关", "0.21", "-8.7", "-19.2"],
        ["2", "无锡硕放国际机场口岸", "硕放机场海关", "0.34", "-5.6", "-15.0"],
        ["3", "张家港港口岸", "张家港海关", "0.72", "-7.7", "-16.3"],
        ["4", "太仓港口岸", "太仓海关", "0.78", "-4.9", "-13.3"],
        ["5", "连云港港口岸", "连云港海关", "0.86", "-3.4", "-12.2"],
        ["6", "南京港口岸", "新生圩海关", "0.95", "-5.0", "-10.4"],
        ["7", "南通港口岸", "南通海关", "1.03", "-1.9", "-9.6"],
        ["8", "常熟港口岸", "常熟海关", "1.11", "-2.6", "-7.5"],
        ["9", "江阴港口岸", "江阴海关", "1.19", "-0.8", "-6.3"],
        ["10", "常州港口岸", "常州海关", "1.27", "+1.6", "-4.5"],
        ["11", "泰州港口岸", "泰州海关", "1.36", "+2.3", "-1.4"],
        ["12", "大丰港口岸", "大丰海关", "1.45", "-1.4", "-3.3"],
        ["13", "盐城港口岸", "盐城海关", "1.58", "+0.6", "-2.5"],
        ["14", "扬州港口岸", "扬州海关", "1.72", "+4.2", "+1.8"],
        ["15", "镇江港口岸", "镇江海关", "1.94", "+7.8", "+6.0"],
        ["—", "关区", "—", "1.08", "-3.6", "-10.0"],
    ]
    drop = ("常熟港口岸", "大丰港口岸")
    imp = [r for r in imp if r[1] not in drop]
    exp = [r for r in exp if r[1] not in drop]
    for lst in (imp, exp):
        for k, r in enumerate(lst[:-1], 1):
            r[0] = str(k)
    note = "注：排名按整体通关时间由短到长排列；环比为与2025年第四季度相比，同比为与2025年第一季度相比，负值表示通关时间缩短，正值表示延长。"
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [(att, XBS, 16, False)], align=C, indent=False, line=28)
    for cap, rows in (("一、进口", imp), ("二、出口", exp)):
        p = add_par(doc, [(cap, HT, 12, False), ("\t", FS, 12, False), ("单位：小时", FS, 10.5, False)],
                    indent=False, line=20, before=4)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)
        t = doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_widths(t, [Cm(1.2), Cm(4.6), Cm(2.9), Cm(2.7), Cm(1.9), Cm(1.9)])
        for i, h in enumerate(headers):
            set_cell(t.cell(0, i), h, HT, 10, line=12)
        repeat_header(t.rows[0])
        for ri, r in enumerate(rows, 1):
            for ci, v in enumerate(r):
                set_cell(t.cell(ri, ci), v, FS, 10, line=12)
            clauses.append(row_clause(headers, r))
    clauses.append(note)
    add_par(doc, [(note, FS, 10, False)], indent=False, line=14, before=2)
    banji(doc, "抄送：海关总署综合业务司、口岸监管司，江苏省商务厅（省口岸办）。",
          "南京海关办公室", "2026年4月16日印发", blank=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "南京海关关于2026年第一季度关区各口岸进出口整体通关时间情况的通报",
            "doc_number": "宁关发〔2026〕42号",
            "issuer": ["南京海关"],
            "date": "2026-04-16",
            "published": None,
            "level": "other",
            "region": "江苏省",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "通报",
            "recipients": ["各隶属海关", "关内各部门"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 崇左市商务和口岸管理局 — 信函式版头、特急、全角空格缩进、半角标点混用、
# 纵向合并单元格（口岸跨进口/出口两行）、手工拆分“续表”
def doc_chongzuo():
    stem = "blind762_chongzuo_kouan"
    doc = Document()
    setup(doc)
    clauses = []
    IND = "\u3000\u3000"

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("崇左市商务和口岸管理局", XBS, 36, False, RED)], align=C, indent=False,
            line=54, before=6)
    p = add_par(doc, "", indent=False, line=8)
    border(p, "bottom", "FF0000", 36, 1, val="thickThinSmallGap")
    add_par(doc, "崇商口发〔2026〕9号", align=R, indent=False)
    add_par(doc, [("崇左市商务和口岸管理局关于2026年", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("第一季度全市各口岸整体通关时间情况的通报", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各有关县（市）商务和口岸主管部门，友谊关海关、凭祥海关、水口海关、爱店海关，各口岸运营单位：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND, FS, 16, False), (t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("为贯彻落实自治区关于推进口岸提质增效、打造中国—东盟跨境物流大通道的部署要求，持续压缩口岸整体通关时间，根据南宁海关通关时效统计数据，现将2026年第一季度全市各口岸整体通关时间情况通报如下：")
    head("一、基本情况")
    body("2026年第一季度，全市口岸进出口货运量386.4万吨，同比增长11.2%;进出境货运车辆28.7万辆次，同比增长9.6%。全市口岸进口整体通关时间5.37小时,环比压缩7.7%,同比压缩19.1%;出口整体通关时间0.59小时,环比压缩7.8%,同比压缩16.9%。")
    body("友谊关口岸依托“智慧口岸”建设，全面推行货运车辆“一次停车、一次查验”和进口水果“绿色通道”，进口、出口整体通关时间均排名全市第一;水口口岸中越跨境货运专用通道投入使用后通关效率明显提升，进口整体通关时间同比压缩15.4%。中国（广西）自由贸易试验区崇左片区“跨境产能合作+通关便利化”改革持续深化，凭祥（铁路）口岸中越班列“一单到底”覆盖率达到72.3%。")
    head("二、各口岸排名情况")
    body("按照整体通关时间由短到长排序，各口岸进口、出口排名情况见下表。")

    add_par(doc, [("2026年第一季度全市各口岸整体通关时间排名表", HT, 14, False)],
            align=C, indent=False, line=26, before=6)
    add_par(doc, [("单位：小时", FS, 12, False)], align=R, indent=False, line=20)
    headers = ["口岸", "类别", "2026年第一季度", "2025年第四季度", "环比", "2025年第一季度",
               "同比", "排名"]
    # (port, [(类别, q1_26, q4_25, 环比, q1_25, 同比, 排名), ...])
    data = [
        ("友谊关口岸", [("进口", "4.26", "4.71", "-9.6%", "5.38", "-20.8%", "1"),
                      ("出口", "0.48", "0.53", "-9.4%", "0.61", "-21.3%", "1")]),
        ("凭祥（铁路）口岸", [("进口", "6.83", "7.25", "-5.8%", "8.12", "-15.9%", "3"),
                         ("出口", "0.72", "0.75", "-4.0%", "0.86", "-16.3%", "3")]),
        ("水口口岸", [("进口", "5.94", "6.31", "-5.9%", "7.02", "-15.4%", "2"),
                    ("出口", "0.63", "0.66", "-4.5%", "0.74", "-14.9%", "2")]),
        ("爱店口岸", [("进口", "9.47", "8.86", "+6.9%", "9.13", "+3.7%", "5"),
                    ("出口", "1.05", "0.97", "+8.2%", "1.02", "+2.9%", "5")]),
        ("硕龙口岸", [("进口", "8.15", "8.42", "-3.2%", "9.06", "-10.0%", "4"),
                    ("出口", "0.91", "0.94", "-3.2%", "1.03", "-11.7%", "4")]),
        ("平而关口岸", [("进口", "11.62", "10.48", "+10.9%", "10.95", "+6.1%", "6"),
                     ("出口", "1.26", "1.13", "+11.5%", "1.18", "+6.8%", "6")]),
        ("全市", [("进口", "5.37", "5.82", "-7.7%", "6.64", "-19.1%", "—"),
                ("出口", "0.59", "0.64", "-7.8%", "0.71", "-16.9%", "—")]),
    ]

    def make_part(ports):
        t = doc.add_table(rows=1 + 2 * len(ports), cols=len(headers))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_widths(t, [Cm(3.2), Cm(1.3), Cm(1.8), Cm(1.8), Cm(2.0), Cm(1.8), Cm(2.0), Cm(1.2)])
        for i, h in enumerate(headers):
            set_cell(t.cell(0, i), h, HT, 11)
        for k, (port, sub) in enumerate(ports):
            r0 = 1 + 2 * k
            m = t.cell(r0, 0).merge(t.cell(r0 + 1, 0))
            set_cell(m, port, FS, 11, bold=(port == "全市"))
            for j, vals in enumerate(sub):
                no_split(t.rows[r0 + j])
                for ci, v in enumerate(vals, 1):
                    set_cell(t.cell(r0 + j, ci), v, FS, 11)
                clauses.append(row_clause(headers, (port,) + vals))
        return t

    make_part(data[:4])
    # clerk split the table by hand and typed 续表 above the second part
    p = add_par(doc, [("续表", HT, 12, False)], indent=False, line=22)
    p.paragraph_format.page_break_before = True
    make_part(data[4:])
    note = "注:排名按整体通关时间由短到长排列;环比、同比负值表示压缩,正值表示延长。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    head("三、存在的问题")
    body("从排名情况看，平而关口岸、爱店口岸进口、出口整体通关时间均排名后两位，且环比、同比均有所延长。主要原因:一是平而关口岸货运通道改造施工期间通道数量减少，高峰时段车辆排队等候时间较长;二是爱店口岸进口中药材、水果查验比例较高，查验场地和冷链设施不足，部分货物在场停留时间偏长;三是中越双方查验作业时间衔接不够顺畅。")
    head("四、工作要求")
    runin("（一）抓紧制定整改方案。", "平而关口岸、爱店口岸所在的凭祥市、宁明县商务和口岸主管部门要牵头会同口岸查验单位，深入分析通关时间延长的原因，制定整改措施，明确责任单位和完成时限，于2026年4月30日前书面报送市商务和口岸管理局。")
    runin("(二)加快口岸设施建设。", "凭祥市要督促施工单位倒排工期，确保平而关口岸货运通道改造工程于2026年6月底前完工;宁明县要加快爱店口岸查验场地扩建和冷链查验设施建设，切实提升查验能力。")
    runin("（三）推广应用便利化措施。", "各口岸查验单位要全面推行“提前申报”“两段准入”和进口鲜活农产品“即到即查”，推动“智慧口岸”车辆自动识别、电子闸口等设施在平而关口岸、爱店口岸应用，扩大“一次停车、一次查验”覆盖范围。")
    runin("（四）加强中越口岸协作。", "各口岸管理部门要用好中越边境口岸联络会晤机制，协调越方统一通关作业时间，推动中越双方查验结果互认试点。")
    body("市商务和口岸管理局将每季度通报各口岸整体通关时间，对连续两个季度排名末位的口岸，报请市人民政府对所在县（市）人民政府进行约谈。")
    empty(doc, 1)
    # 落款 aligned with tab stops
    for txt in ("崇左市商务和口岸管理局", "2026年4月22日"):
        p = add_par(doc, [("\t", FS, 16, False), (txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.6), 1)  # 1 = CENTER
    add_par(doc, IND + "（此件公开发布）", indent=False)
    banji(doc, "抄送：市人民政府办公室，自治区商务厅（口岸办），南宁海关。",
          "崇左市商务和口岸管理局办公室", "2026年4月22日印发", blank=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "崇左市商务和口岸管理局关于2026年第一季度全市各口岸整体通关时间情况的通报",
            "doc_number": "崇商口发〔2026〕9号",
            "issuer": ["崇左市商务和口岸管理局"],
            "date": "2026-04-22",
            "published": None,
            "level": "municipal",
            "region": "崇左市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通报",
            "recipients": ["各有关县（市）商务和口岸主管部门", "友谊关海关", "凭祥海关", "水口海关",
                           "爱店海关", "各口岸运营单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_yunnan(), doc_nanjing(), doc_chongzuo()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
