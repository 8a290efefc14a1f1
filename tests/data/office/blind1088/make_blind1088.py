# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1088: 审查意见 / 评审意见 letters, Word + PDF + expected.json.

A  blind1088_qinzhou_pingshen : 专家评审意见 on a 自贸片区 产业发展规划 (no 红头, 专家组名单 table)
B  blind1088_sichuan_jieneng  : 省发展改革委 节能审查意见的函 (信函式红头, 能源消费表)
C  blind1088_xiamen_hefaxing  : 市司法局 合法性审查意见书 (审查依据, 审查结论, 附件对照表)
"""
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


def field(par, instr, size=14, name=SONG, shown="1"):
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                          % (nsdecls("w"), instr)))
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run(shown), name, size)
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash"):
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
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    else:  # 第X页 共Y页
        font(fp.add_run("第"), SONG, 10.5)
        field(fp, "PAGE", 10.5)
        font(fp.add_run("页 共"), SONG, 10.5)
        field(fp, "NUMPAGES", 10.5, shown="2")
        font(fp.add_run("页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths):
    """Set grid column widths and every cell's tcW (respecting gridSpan)."""
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr = tbl.tblPr
    lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    tblpr.append(lay)
    for tr in tbl.findall(qn("w:tr")):
        col = 0
        for tc in tr.findall(qn("w:tc")):
            span = tc.grid_span
            w = sum(widths[col:col + span])
            tc.width = Cm(w)
            col += span


def banji(doc, cc, printer, date_txt):
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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [700]


def make_numbering(doc, lvl_text, numfmt="decimal", first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text, first))
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
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1088", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_qinzhou():
    """专家评审意见: plain paper, typed full-width indents, odd title wrap,
    专家组名单 table with two-level header and vertically merged 成员 cells."""
    stem = "blind1088_qinzhou_pingshen"
    doc = Document()
    setup(doc, footer="pages")
    clauses = []

    # title: one paragraph, soft line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("中国（广西）自由贸易试验区钦州港片"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("区产业发展规划（2026—2035年）"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("专家评审意见"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    body("2026年3月17日，中国（广西）自由贸易试验区钦州港片区管理委员会在钦州市组织召开《中国（广西）自由贸易试验区钦州港片区产业发展规划（2026—2035年）》（以下简称《规划》）专家评审会。广西壮族自治区商务厅（自治区自贸办）、钦州市发展和改革委员会、钦州市自然资源局、钦州市工业和信息化局等单位代表参加会议。会议邀请7位专家组成专家组（名单附后）。专家组听取了规划编制单位北部湾规划设计研究院有限公司的汇报，审阅了《规划》文本、说明书和图集，经质询讨论，形成评审意见如下：")
    head("一、总体评价")
    # two paragraphs typed with Shift+Enter inside one w:p
    t1 = "《规划》立足钦州港片区作为西部陆海新通道门户港和中国—东盟开放合作前沿的战略定位，系统梳理了片区发展基础和面临形势，编制依据充分，基础资料较为翔实，目标定位准确，内容全面，重点突出，具有较强的前瞻性、针对性和可操作性。"
    t2 = "《规划》提出构建“港航物流+临港化工+新能源材料+跨境贸易”四大主导产业体系，明确到2030年片区规模以上工业总产值突破4500亿元、钦州港集装箱吞吐量达到1200万标准箱的发展目标，与《西部陆海新通道总体规划》《广西北部湾经济区高质量发展规划》等上位规划衔接较好。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    body("专家组一致同意《规划》通过评审，建议编制单位按照以下意见修改完善后，按程序报批。")
    head("二、修改意见")
    items = [
        "1.进一步深化现状分析。补充片区2021—2025年主要经济指标、产业链条、重点企业分布和土地利用效率等基础数据分析，客观评估“十四五”期间片区建设成效及存在的短板弱项，增强规划目标设定的科学依据。",
        "2.进一步明确产业定位。结合《区域全面经济伙伴关系协定》（RCEP）实施和中国—东盟自由贸易区3.0版升级，突出面向东盟的跨境产业链供应链合作，细化四大主导产业的发展路径和招商方向，避免与南宁片区、崇左片区同质化竞争。",
        "3.优化空间布局。（1）统筹港口岸线、产业用地和生态保护红线，核实规划范围与《钦州市国土空间总体规划（2021—2035年）》的一致性；（2）合理确定钦州保税港区、石化产业园和新能源材料产业园的功能分区，为重大项目预留发展空间。",
        "4.完善指标体系。补充单位地区生产总值能耗、单位工业增加值用水量、亩均税收等约束性指标，对2030年、2035年目标值进行测算论证，并说明测算方法和依据。",
        "5．加强重大项目支撑。完善重大项目库，明确项目名称、建设内容、投资规模、建设时序和责任主体，重点项目清单以附表形式列出。",
        "6.细化保障措施。从体制机制、要素保障、政策支持、风险防控等方面进一步细化保障措施，增加规划实施评估和动态调整机制的有关内容。",
        "7.规范文本表述。统一规划文本、说明书和图集中的数据口径，规范地名、机构名称和专业术语，修正部分图件比例尺和图例错误。",
    ]
    for t in items:
        body(t)

    empty(doc, 1)
    add_par(doc, [("专家组名单", HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    experts = [
        ("1", "黄志明", "组长", "广西大学", "教授"),
        ("2", "陈晓岚", "副组长", "中国（海南）改革发展研究院", "研究员"),
        ("3", "李永平", "成员", "广西宏观经济研究院", "研究员"),
        ("4", "周　婷", "成员", "北部湾大学", "副教授"),
        ("5", "谭振华", "成员", "广西北部湾国际港务集团有限公司", "正高级工程师"),
        ("6", "吴　俊", "成员", "中国城市规划设计研究院西部分院", "教授级高级工程师"),
        ("7", "覃丽萍", "成员", "广西财经学院", "教授"),
    ]
    t = doc.add_table(rows=2 + len(experts), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in enumerate(["序号", "姓名", "专家组职务"]):
        a = t.cell(0, c).merge(t.cell(1, c))
        set_cell(a, h, HT, 12)
    top = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(top, "工作单位及职称", HT, 12)
    set_cell(t.cell(1, 3), "工作单位", HT, 12)
    set_cell(t.cell(1, 4), "职称", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(experts, 2):
        for ci, v in enumerate(row):
            if ci == 2 and v == "成员" and ri > 4:
                continue
            set_cell(t.cell(ri, ci), v, FS, 12)
    # 成员 cells merged vertically (rows 3-7 of the list)
    m = t.cell(4, 2).merge(t.cell(2 + len(experts) - 1, 2))
    set_cell(m, "成员", FS, 12)
    col_widths(t, [1.3, 2.2, 2.4, 6.4, 3.3])
    for row in experts:
        clauses.append("序号：%s；姓名：%s；专家组职务：%s；工作单位及职称／工作单位：%s；工作单位及职称／职称：%s"
                       % (row[0], row[1], row[2], row[3], row[4]))

    empty(doc, 1)
    add_par(doc, "专家组组长（签字）：", indent=False)
    empty(doc, 1)
    add_par(doc, "专家组成员（签字）：", indent=False)
    empty(doc, 2)
    # 落款 aligned with typed spaces
    add_par(doc, "\u3000" * 17 + "评审专家组", indent=False)
    add_par(doc, "\u3000" * 15 + "二〇二六年三月十七日", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区钦州港片区产业发展规划（2026—2035年）专家评审意见",
            "doc_number": None,
            "issuer": ["评审专家组"],
            "date": "2026-03-17",
            "published": None,
            "level": "other",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "意见",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_sichuan():
    """节能审查意见的函: 信函式红头 (organ name + red double rule, 文号 right),
    项目名称/建设地点 paragraphs, energy table with merged two-level header,
    caption with units, note under table, 你单位应 requirements, 有效期至."""
    stem = "blind1088_sichuan_jieneng"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("四川省发展和改革委员会", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    p = add_par(doc, "", indent=False, line=6)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    p = add_par(doc, "川发改环资函〔2026〕117号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
                before=6)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    for ln in ["四川省发展和改革委员会关于成都国际铁路",
               "港中欧班列集结中心冷链物流基地项目节能",
               "审查意见的函"]:
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=36)
    empty(doc, 1)
    add_par(doc, "成都国际铁路港投资发展（集团）有限公司：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("你公司《关于申请成都国际铁路港中欧班列集结中心冷链物流基地项目节能审查的请示》（成铁港投发〔2026〕21号）及项目节能报告收悉。经委托四川省节能监察中心组织专家评审，根据《中华人民共和国节约能源法》《固定资产投资项目节能审查办法》（国家发展改革委令2023年第2号）和《四川省固定资产投资项目节能审查实施办法》等有关规定，现提出节能审查意见如下：")
    head("一、项目基本情况")
    body("项目名称：成都国际铁路港中欧班列集结中心冷链物流基地项目。")
    body("建设单位：成都国际铁路港投资发展（集团）有限公司。")
    body("建设地点:成都市青白江区成都国际铁路港综合保税区B区，位于中国（四川）自由贸易试验区成都青白江铁路港片区内。")
    body("建设内容及规模：项目总用地面积约18.6万平方米，总建筑面积21.4万平方米，主要建设低温冷库（-25℃）6.2万吨、高温冷库（0～4℃）3.8万吨、冷链分拨中心、进口冷链食品查验平台及配套用房，配置螺杆式制冷机组24台、CO2/NH3复叠制冷系统2套，建设屋顶分布式光伏8.5兆瓦。项目总投资14.36亿元。")
    head("二、审查意见")
    runin("（一）原则同意该项目节能报告。", "项目主要能源品种为电力、天然气和柴油。项目建成后，年综合能源消费量（当量值）7887.1吨标准煤、（等价值）18381.2吨标准煤；年电力消费量6785.3万千瓦时，其中外购电力5972.7万千瓦时、屋顶分布式光伏自发自用电量812.6万千瓦时；年天然气消费量42.8万立方米。项目年能源消费情况见表1。")

    add_par(doc, [("表1  项目年能源消费情况", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    add_par(doc, [("单位：吨标准煤", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=20)
    hdr = ["序号", "能源品种", "计量单位", "年消费实物量"]
    rows = [
        ("1", "电力（外购）", "万千瓦时", "5972.7", "7340.4", "17834.5"),
        ("2", "天然气", "万立方米", "42.8", "519.7", "519.7"),
        ("3", "柴油（备用发电）", "吨", "18.5", "27.0", "27.0"),
        ("合计", "—", "—", "—", "7887.1", "18381.2"),
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in enumerate(hdr):
        set_cell(t.cell(0, c).merge(t.cell(1, c)), h, HT, 12)
    set_cell(t.cell(0, 4).merge(t.cell(0, 5)), "折标准煤量", HT, 12)
    set_cell(t.cell(1, 4), "当量值", HT, 12)
    set_cell(t.cell(1, 5), "等价值", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append("序号：%s；能源品种：%s；计量单位：%s；年消费实物量：%s；折标准煤量／当量值：%s；折标准煤量／等价值：%s" % row)
    col_widths(t, [1.3, 3.9, 2.4, 3.0, 2.4, 2.6])
    note = "注：1.电力折标系数当量值按1.229吨标准煤／万千瓦时、等价值按2.986吨标准煤／万千瓦时计算；2.屋顶分布式光伏自发自用电量812.6万千瓦时未计入项目年综合能源消费量。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    runin("（二）项目能效水平。", "项目单位冷库容量年耗电量678.5千瓦时／吨，主要制冷机组、水泵、风机、变压器等用能设备能效水平达到国家能效1级标准，项目能效水平达到国内同类项目先进水平。")
    runin("（三）项目对所在地能源消费的影响。", "项目新增能源消费量占成都市“十五五”能源消费增量控制目标的比例较小，对成都市完成“十五五”能耗强度降低目标影响较小。")
    head("三、有关要求")
    runin("（一）", "你单位应严格按照节能审查意见和节能报告落实各项节能措施，选用高效节能设备，严禁采用国家明令淘汰的用能设备和生产工艺，确保项目能效水平达到节能报告确定的目标。")
    runin("（二）", "项目建设过程中，如建设地点、建设规模、主要建设内容等发生重大变动，或年综合能源消费量超过节能审查批复水平10%及以上的，你单位应及时向我委提交变更申请。")
    runin("（三）", "你单位应按规定配备能源计量器具，建立能源管理制度，项目投产后及时接入四川省重点用能单位能耗在线监测系统。")
    runin("（四）", "项目投入生产、使用前，你单位应对节能审查意见落实情况进行验收，编制节能验收报告，并报成都市发展和改革委员会备查。")
    body("四、本节能审查意见有效期2年，至2028年4月19日止。项目在有效期内未开工建设的，应按规定重新进行节能审查。")
    body("请成都市发展和改革委员会、青白江区发展和改革局加强对项目建设和运行过程中节能审查意见落实情况的监督检查。")
    empty(doc, 2)
    p = add_par(doc, "四川省发展和改革委员会", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年4月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    add_par(doc, "（此件主动公开）")
    banji(doc, "抄送：省能源局，成都市发展和改革委员会，青白江区发展和改革局，四川省节能监察中心。",
          "四川省发展和改革委员会办公室", "2026年4月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省发展和改革委员会关于成都国际铁路港中欧班列集结中心冷链物流基地项目节能审查意见的函",
            "doc_number": "川发改环资函〔2026〕117号",
            "issuer": ["四川省发展和改革委员会"],
            "date": "2026-04-20",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": "2028-04-19",
            "attachments": [],
            "doc_type": "函",
            "recipients": ["成都国际铁路港投资发展（集团）有限公司"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_xiamen():
    """合法性审查意见书: 特急 mark, red organ name, 文号, red rule, 3-line title,
    审查依据 list in Word auto numbering, 审查结论, tab-aligned 落款,
    附件 on its own page with a repeated-header table, 版记 at the very end."""
    stem = "blind1088_xiamen_hefaxing"
    doc = Document()
    setup(doc)
    clauses = []
    n_basis = make_numbering(doc, "%1.", "decimal")

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("厦门市司法局", XBS, 48, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=18)
    p = add_par(doc, "厦司审〔2026〕23号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    for ln in ["关于《中国（福建）自由贸易试验区厦门片区",
               "促进跨境数据安全有序流动若干措施",
               "（送审稿）》的合法性审查意见书"]:
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=36)
    empty(doc, 1)
    add_par(doc, "中国（福建）自由贸易试验区厦门片区管理委员会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("你委《关于提请对〈中国（福建）自由贸易试验区厦门片区促进跨境数据安全有序流动若干措施（送审稿）〉进行合法性审查的函》（厦自贸委函〔2026〕15号）及送审稿、起草说明、征求意见情况、公平竞争审查意见等材料收悉。根据《厦门市行政规范性文件管理办法》有关规定，我局对送审稿进行了合法性审查，现提出审查意见如下：")
    head("一、审查依据")
    basis = [
        "《中华人民共和国行政处罚法》；",
        "《中华人民共和国数据安全法》；",
        "《中华人民共和国个人信息保护法》；",
        "《数据出境安全评估办法》（国家互联网信息办公室令第11号）；",
        "《促进和规范数据跨境流动规定》（国家互联网信息办公室令第16号）；",
        "《中国（福建）自由贸易试验区条例》；",
        "《厦门市行政规范性文件管理办法》。",
    ]
    for i, b in enumerate(basis, 1):
        clauses.append("%d.%s" % (i, b))
        p = add_par(doc, b, first=Pt(32))
        apply_num(p, n_basis)
    head("二、审查意见")
    runin("（一）关于制定主体和程序。", "片区管委会系厦门市人民政府的派出机构，可以在职责范围内制定行政规范性文件，送审稿制定主体适格。起草单位通过门户网站向社会公开征求意见30日，书面征求了市委网信办、市商务局、厦门海关等12个单位意见，并开展了公平竞争审查，制定程序符合规定。")
    runin("（二）关于第八条。", "送审稿第八条规定“负面清单以外的数据，片区内企业可以自由出境”，与《促进和规范数据跨境流动规定》第六条关于自由贸易试验区负面清单外的数据出境，可以免予申报数据出境安全评估、订立个人信息出境标准合同、通过个人信息保护认证的规定表述不一致，容易产生误读，建议按照上位规定原文表述修改。")
    runin("（三）关于第十四条。", "送审稿第十四条第二款规定“对违反本措施规定的企业，由片区管委会处一万元以上十万元以下罚款”，属于在行政规范性文件中设定行政处罚，不符合《中华人民共和国行政处罚法》第十六条的规定，应予删除。")
    runin("（四）关于第二十二条。", "送审稿第二十二条要求企业“每季度向片区管委会报送全部出境数据目录”，增加了企业义务，且缺乏法律、法规、规章依据，建议修改为“按照国家有关规定报送”或予以删除。")
    runin("（五）关于施行日期和有效期。", "送审稿第二十六条规定“本措施自印发之日起施行，有效期五年”。建议明确具体施行日期，施行日期与印发日期之间的间隔一般不少于30日。")
    runin("（六）其他意见。", "部分条文的具体修改建议详见附件。")
    head("三、审查结论")
    body("综上，送审稿制定主体适格，制定程序符合规定，但第八条、第十四条、第二十二条内容与上位法规定不一致或缺乏上位法依据。建议你委按照本意见书所提意见修改完善后，按程序提请集体审议并印发。修改后的文本涉及实质性内容变动的，应重新报送我局进行合法性审查。")
    empty(doc, 1)
    add_par(doc, "附件：送审稿修改建议对照表")
    empty(doc, 2)
    # 落款 by tab stops
    p = add_par(doc, "\t厦门市司法局", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.2))
    p = add_par(doc, "\t2026年2月13日", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.5))
    add_par(doc, "（联系人：郑晓婷，联系电话：0592-2893517）")

    # ---- attachment on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("送审稿修改建议对照表", XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=32)
    empty(doc, 1)
    hdr = ["序号", "送审稿条文", "修改建议", "理由及依据"]
    rows = [
        ("1", "第八条　负面清单以外的数据，片区内企业可以自由出境。",
         "修改为“片区内数据处理者向境外提供负面清单外的数据，可以免予申报数据出境安全评估、订立个人信息出境标准合同、通过个人信息保护认证”。",
         "《促进和规范数据跨境流动规定》第六条。"),
        ("2", "第十四条第二款　对违反本措施规定的企业，由片区管委会处一万元以上十万元以下罚款。",
         "删除。", "《中华人民共和国行政处罚法》第十六条。"),
        ("3", "第二十二条　片区内企业应当每季度向片区管委会报送全部出境数据目录。",
         "修改为“片区内企业应当按照国家有关规定报送数据出境相关信息”或删除。",
         "增加企业义务，缺乏上位法依据。"),
        ("4", "第二十六条　本措施自印发之日起施行，有效期五年。",
         "修改为“本措施自2026年　月　日起施行，有效期五年”。",
         "《厦门市行政规范性文件管理办法》。"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in enumerate(hdr):
        set_cell(t.cell(0, c), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5,
                     align=WD_ALIGN_PARAGRAPH.CENTER if ci == 0 else WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    col_widths(t, [1.3, 5.4, 5.4, 3.5])
    banji(doc, "抄送：市人民政府办公厅，市委网信办。", "厦门市司法局办公室", "2026年2月13日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于《中国（福建）自由贸易试验区厦门片区促进跨境数据安全有序流动若干措施（送审稿）》的合法性审查意见书",
            "doc_number": "厦司审〔2026〕23号",
            "issuer": ["厦门市司法局"],
            "date": "2026-02-13",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": ["送审稿修改建议对照表"],
            "doc_type": "意见书",
            "recipients": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_qinzhou(), doc_sichuan(), doc_xiamen()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
