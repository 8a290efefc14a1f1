# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 909: 口岸通关时效统计通报 (Word + PDF + expected.json).

Files:
  blind909_yunnan_tongbao      省口岸办季度通报（文件式红头、附件统计表、双层表头、重复标题行）
  blind909_fangchenggang_tongbao  市政府办公室季度通报（纵向合并单元格、全角空格缩进、软回车、中文数字日期）
  blind909_hulunbuir_heji      同一文件两份公文：月度通报（文本框红头、自动编号）+ 整改情况报告（签发人、附件清单）
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
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
    """runs: str or list of (text, font, size, bold[, color])."""
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
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def footer_pageno(section, dash="— ", dash2=" —"):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run(dash), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind == "text":
            r.text = txt
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(dash2), SONG, 14)


def setup(doc, dash="— ", dash2=" —"):
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
    footer_pageno(s, dash, dash2)


def set_cell(cell, text, name=FS, size=10.5, bold=False, align=C, line=16):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(2)
    p.paragraph_format.space_after = Pt(2)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cms):
    table.autofit = False  # writes <w:tblLayout w:type="fixed"/>
    for i, w in enumerate(cms):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_909", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [700]


def make_numbering(doc, lvl_text, indent_first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, indent_first))
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


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


CN = "一二三四五六七八九十"


# =================================================================== DOC A
def doc_yunnan():
    stem = "blind909_yunnan_tongbao"
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

    # 版头
    empty(doc, 1)
    add_par(doc, [("云南省人民政府口岸办公室文件", XBS, 30, False, RED)],
            align=C, indent=False, line=48)
    empty(doc, 1)
    p = add_par(doc, "云口岸发〔2026〕4号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # 标题分两段，断在“第四|季度”
    add_par(doc, [("云南省人民政府口岸办公室关于2025年第四", XBS, 22, False)],
            align=C, indent=False, line=35)
    add_par(doc, [("季度全省口岸整体通关时间情况的通报", XBS, 22, False)],
            align=C, indent=False, line=35)
    empty(doc, 1)
    add_par(doc, "各有关州、市人民政府，昆明海关，云南出入境边防检查总站，省级有关部门：",
            indent=False)

    body("根据《云南省2025年促进跨境贸易便利化专项行动实施方案》，省口岸办会同昆明海关、云南出入境边防检查总站，对全省17个对外开放口岸2025年第四季度整体通关时间进行了统计分析。现将有关情况通报如下：")
    head("一、总体情况")
    body("第四季度，全省口岸进口、出口整体通关时间分别为26.84小时和1.12小时，同比分别压缩9.2%和14.5%。其中，进口整体通关时间在24小时以内的口岸10个，出口整体通关时间在1小时以内的口岸11个；进口、出口整体通关时间同比压缩的口岸分别为13个和12个。各口岸具体情况见附件。")
    head("二、综合排名情况")
    body("按照《云南省口岸通关时效评价办法（试行）》进行综合评价，第四季度排名前5位的口岸依次为：磨憨铁路口岸、河口公路口岸、昆明长水国际机场口岸、瑞丽公路口岸、天保公路口岸；排名后3位的口岸依次为：腾冲猴桥公路口岸、孟定清水河公路口岸、勐康公路口岸。")
    head("三、点名表扬")
    runin("（一）磨憨铁路口岸。", "依托中老铁路推行“铁路快速通关”“两段准入”，进口、出口整体通关时间同比分别压缩31.7%和38.2%，连续三个季度排名全省第一。")
    runin("（二）河口公路口岸。", "试行跨境运输车辆“一次申报、分段放行”，进口整体通关时间同比压缩24.5%，排名较上季度上升2位。")
    runin("（三）昆明长水国际机场口岸。", "推行鲜活易腐货物“预约查验+即查即放”，出口整体通关时间压缩至0.38小时。")
    head("四、通报批评")
    runin("（一）勐康公路口岸。", "进口、出口整体通关时间同比分别延长15.8%和13.1%，排名全省末位，主要原因是联检设施改造滞后、停车场容量不足。")
    runin("（二）孟定清水河公路口岸。", "进口整体通关时间同比延长12.4%，连续两个季度排名后3位，主要原因是农产品集中到港期间冷链查验设施保障不足。")
    runin("（三）腾冲猴桥公路口岸。", "进口整体通关时间同比延长6.3%，主要原因是口岸作业时间与境外对接口岸不匹配。")
    body("请普洱市、临沧市、保山市人民政府督促相关单位深入分析原因，于2026年2月27日前将整改方案报送省口岸办。")
    head("五、有关要求")
    body("各有关州、市人民政府要切实履行口岸属地管理责任，各口岸查验单位要持续推广“提前申报”“两步申报”等改革措施，力争2026年全省进口、出口整体通关时间再压缩5%以上。各口岸要于每月5日前通过国际贸易“单一窗口”报送上月通关时效数据。")
    empty(doc, 1)
    # 附件说明：首行缩进两字，“附件：”后接名称
    add_par(doc, "附件：2025年第四季度全省口岸整体通关时间统计表")
    empty(doc, 2)
    p = add_par(doc, "云南省人民政府口岸办公室", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(40)
    p = add_par(doc, "2026年1月23日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(72)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1, line=20)
    add_par(doc, [("2025年第四季度全省口岸整体通关时间统计表", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("单位：小时，%", FS, 12, False)], align=R, indent=False, line=22)

    data = [
        ("昆明市", "昆明长水国际机场口岸", "14.25", "-12.6", "0.38", "-20.8", "93.6", "3"),
        ("西双版纳州", "磨憨铁路口岸", "6.42", "-31.7", "0.21", "-38.2", "97.8", "1"),
        ("西双版纳州", "磨憨公路口岸", "19.86", "-15.3", "0.56", "-17.6", "89.4", "6"),
        ("西双版纳州", "打洛公路口岸", "27.35", "-6.1", "0.92", "-8.0", "82.7", "10"),
        ("西双版纳州", "景洪港口岸", "31.20", "-3.4", "1.46", "+2.1", "78.5", "13"),
        ("西双版纳州", "关累港口岸", "35.62", "+4.8", "1.58", "-5.4", "76.9", "14"),
        ("西双版纳州", "西双版纳嘎洒国际机场口岸", "16.73", "-9.9", "0.47", "-11.3", "88.1", "7"),
        ("红河州", "河口公路口岸", "9.58", "-24.5", "0.29", "-27.5", "95.2", "2"),
        ("红河州", "河口铁路口岸", "21.44", "-10.7", "0.83", "-9.8", "85.6", "8"),
        ("红河州", "金水河公路口岸", "29.17", "-2.6", "1.05", "-4.5", "79.3", "12"),
        ("文山州", "天保公路口岸", "18.05", "-16.2", "0.41", "-19.6", "90.7", "5"),
        ("德宏州", "瑞丽公路口岸", "15.37", "-18.4", "0.35", "-22.2", "91.8", "4"),
        ("德宏州", "畹町公路口岸", "23.91", "-7.5", "0.88", "-6.4", "83.5", "9"),
        ("临沧市", "孟定清水河公路口岸", "58.63", "+12.4", "2.74", "+9.6", "61.2", "16"),
        ("普洱市", "勐康公路口岸", "64.18", "+15.8", "3.12", "+13.1", "57.4", "17"),
        ("保山市", "腾冲猴桥公路口岸", "46.29", "+6.3", "1.97", "+3.7", "68.9", "15"),
        ("丽江市", "丽江三义国际机场口岸", "22.80", "-8.3", "0.62", "+1.5", "80.6", "11"),
    ]
    # consistency checks between table and body text
    assert sum(float(r[2]) < 24 for r in data) == 10
    assert sum(float(r[4]) < 1 for r in data) == 11
    assert sum(r[3].startswith("-") for r in data) == 13
    assert sum(r[5].startswith("-") for r in data) == 12
    order = sorted(data, key=lambda r: -float(r[6]))
    assert [int(r[7]) for r in order] == list(range(1, 18))

    t = doc.add_table(rows=2 + len(data), cols=9)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    r0, r1 = t.rows[0].cells, t.rows[1].cells
    for i, h in ((0, "序号"), (1, "州（市）"), (2, "口岸"), (7, "综合得分"), (8, "排名")):
        m = r0[i].merge(r1[i])
        set_cell(m, h, HT, 9, line=13)
    m = r0[3].merge(r0[4])
    set_cell(m, "进口整体通关时间", HT, 9, line=13)
    m = r0[5].merge(r0[6])
    set_cell(m, "出口整体通关时间", HT, 9, line=13)
    for i, h in ((3, "时间"), (4, "同比"), (5, "时间"), (6, "同比")):
        set_cell(t.rows[1].cells[i], h, HT, 9, line=13)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    header = ["序号", "州（市）", "口岸", "进口整体通关时间／时间", "进口整体通关时间／同比",
              "出口整体通关时间／时间", "出口整体通关时间／同比", "综合得分", "排名"]
    for k, row in enumerate(data, 1):
        vals = [str(k)] + list(row)
        cells = t.rows[1 + k].cells
        for ci, v in enumerate(vals):
            set_cell(cells[ci], v, FS, 9, align=L if ci == 2 else C, line=13)
        clauses.append(row_clause(header, vals))
    widths(t, [0.9, 2.1, 4.3, 1.5, 1.5, 1.5, 1.5, 1.3, 1.0])

    notes = [
        "注：1．进口整体通关时间为货物运抵口岸至海关放行提离的时间，出口整体通关时间为企业向海关申报至海关放行并装载运输工具的时间，数据来源于国际贸易“单一窗口”口岸运行监测系统。",
        "2．同比一栏中“-”表示压缩，“+”表示延长。",
        "3．综合得分按照《云南省口岸通关时效评价办法（试行）》计算，满分为100分。",
    ]
    for i, n in enumerate(notes):
        p = add_par(doc, [(n, FS, 10.5, False)], indent=False, line=16, before=4 if i == 0 else 0)
        if i:
            p.paragraph_format.left_indent = Pt(21)  # 与“注：”后对齐
        clauses.append(n)

    banji(doc, "抄送：省人民政府办公厅，省商务厅，省发展改革委，省交通运输厅。",
          "云南省人民政府口岸办公室", "2026年1月23日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="云南省人民政府口岸办公室关于2025年第四季度全省口岸整体通关时间情况的通报",
            doc_number="云口岸发〔2026〕4号",
            issuer=["云南省人民政府口岸办公室"],
            date="2026-01-23",
            level="provincial",
            region="云南省",
            attachments=["2025年第四季度全省口岸整体通关时间统计表"],
            doc_type="通报",
            recipients=["各有关州、市人民政府", "昆明海关", "云南出入境边防检查总站", "省级有关部门"],
            publicity="此件主动公开",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_fangchenggang():
    stem = "blind909_fangchenggang_tongbao"
    doc = Document()
    setup(doc, "－", "－")
    clauses = []

    # body paragraphs indented with typed full-width spaces, no first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t, hfont=KT):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hfont, 16, False), (t, FS, 16, False)],
                indent=False)

    # 版头：机关名称不带“文件”
    empty(doc, 1)
    add_par(doc, [("防城港市人民政府办公室", XBS, 36, False, RED)],
            align=C, indent=False, line=50)
    empty(doc, 1)
    p = add_par(doc, "防政办通〔2026〕7号", align=C, indent=False)
    border(p, "bottom", "FF0000", 18, 10)
    empty(doc, 1)
    # 标题：一段内用软回车分三行
    p = doc.add_paragraph()
    font(p.add_run("防城港市人民政府办公室"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于2026年第一季度全市口岸通关时效"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("情况的通报"), XBS, 22)
    fmt(p, align=C, indent=False, line=35)
    empty(doc, 1)
    add_par(doc, "各县（市、区）人民政府，市直各有关单位，驻市各口岸查验单位：", indent=False)

    body("2026年第一季度，各县（市、区）、各有关单位认真落实自治区关于进一步优化口岸营商环境的部署要求，持续推进跨境贸易便利化，全市口岸通关效率稳步提升。根据防城海关、东兴海关和防城港、东兴出入境边防检查站提供的数据，经市口岸管理部门汇总分析，现将全市口岸通关时效情况通报如下：")
    head("一、基本情况")
    body("第一季度，全市口岸进口整体通关时间为18.44小时，同比压缩13.7%；出口整体通关时间为1.21小时，同比压缩17.9%，均优于全区平均水平。防城港口岸完成货物吞吐量3186万吨，同比增长6.8%；东兴口岸验放出入境货运车辆9.7万辆次，同比增长11.2%。各口岸（通道）通关时效情况如下：")

    add_par(doc, [("表1  2026年第一季度全市各口岸（通道）通关时效情况（时间单位：小时）", HT, 12, False)],
            align=C, indent=False, line=24, before=6)
    header = ["口岸类型", "口岸（通道）", "进口整体通关时间（小时）", "进口同比", "出口整体通关时间（小时）",
              "出口同比", "本季度排名", "上季度排名"]
    rows = [
        ["海港口岸", "防城港口岸渔澫港区", "35.12", "-11.8%", "2.36", "-16.4%", "3", "4"],
        ["海港口岸", "防城港口岸企沙港区", "41.57", "-6.2%", "3.04", "-9.1%", "4", "5"],
        ["陆路口岸", "东兴口岸北仑河二桥货运通道", "4.86", "-28.3%", "0.42", "-31.7%", "1", "2"],
        ["陆路口岸", "东兴口岸北仑河一桥通道", "6.25", "-19.6%", "0.57", "-22.0%", "2", "1"],
        ["陆路口岸", "峒中口岸", "12.93", "+8.5%", "0.96", "+5.2%", "6", "3"],
        ["边民互市", "东兴互市贸易区", "1.35", "-9.4%", "0.28", "-3.1%", "5", "6"],
        ["全市", "—", "18.44", "-13.7%", "1.21", "-17.9%", "—", "—"],
    ]
    # ranking = mean yoy compression, high to low
    avg = sorted(rows[:-1], key=lambda r: (float(r[3][:-1]) + float(r[5][:-1])) / 2)
    assert [int(r[6]) for r in avg] == list(range(1, 7))
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=14)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 0 and ri in (2, 4, 5):
                continue  # merged below
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, line=14)
        clauses.append(row_clause(header, row))
    m = t.cell(1, 0).merge(t.cell(2, 0))
    set_cell(m, "海港口岸", FS, 10.5, line=14)
    m = t.cell(3, 0).merge(t.cell(5, 0))
    set_cell(m, "陆路口岸", FS, 10.5, line=14)
    widths(t, [1.5, 3.9, 1.8, 1.8, 1.8, 1.8, 1.5, 1.5])
    n = "注：排名以进口、出口整体通关时间同比压缩幅度的平均值为依据，由高到低排列。"
    add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(n)

    head("二、点名表扬")
    # half-width brackets typed here (clerk's habit), full-width later
    runin("(一)东兴口岸北仑河二桥货运通道。", "东兴海关、东兴出入境边防检查站推行中越跨境货运车辆“预约通关+智能卡口”模式，实现进出境车辆“即到即验、验放一体”，进口、出口整体通关时间同比分别压缩28.3%和31.7%，排名由上季度第2位上升至第1位。")
    runin("(二)防城港口岸渔澫港区。", "防城海关会同港口企业推行进口铁矿、粮食等大宗商品“先放后检”“船边直提”，防城港出入境边防检查站实施国际航行船舶“网上申报、无纸化通关”，进口整体通关时间同比压缩11.8%，排名较上季度上升1位。")
    body("对上述口岸（通道）的相关单位予以通报表扬。")
    head("三、通报批评")
    body("峒中口岸第一季度进口、出口整体通关时间同比分别延长8.5%和5.2%，是全市唯一进出口整体通关时间同比“双延长”的口岸，排名由上季度第3位下滑至第6位。经核查，主要存在以下问题：")
    # three numbered items typed in one paragraph with Shift+Enter
    items = ["1.口岸货运通道改造期间未及时调整作业组织，进出境车辆排队时间较长；",
             "2.口岸查验场所与监管作业场所之间未实现信息共享，部分货物重复理货；",
             "3.边民互市商品落地加工企业集中申报，未能有效错峰。"]
    p = doc.add_paragraph()
    for i, it in enumerate(items):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(IND + it), FS, 16)
    fmt(p, indent=False)
    clauses.extend(items)
    body("现对峒中口岸予以通报批评。请防城区人民政府牵头，会同相关口岸查验单位于2026年5月15日前完成整改，并将整改情况书面报送市人民政府办公室（市口岸办）。")
    head("四、下一步工作要求")
    runin("（一）", "各县（市、区）人民政府要落实口岸属地管理责任，对照通报指出的问题举一反三，加快推进口岸基础设施改造提升，确保改造期间通关作业不断档、不积压。", FS)
    runin("（二）", "各口岸查验单位要持续深化“提前申报”“两段准入”“船边直提”等改革，推广东兴口岸北仑河二桥货运通道“预约通关+智能卡口”经验做法，力争2026年全市进口、出口整体通关时间分别控制在17小时、1.1小时以内。", FS)
    runin("（三）", "市口岸办要加强通关时效数据监测分析，每季度通报各口岸（通道）通关时效情况，对连续两个季度排名末位的口岸（通道），由市人民政府约谈所在县（市、区）人民政府和相关单位主要负责同志。", FS)
    add_par(doc, IND + "特此通报。", indent=False)
    empty(doc, 1)
    # 落款 aligned with typed spaces
    add_par(doc, " " * 34 + "防城港市人民政府办公室", indent=False)
    add_par(doc, " " * 36 + "二〇二六年四月十五日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（此件依申请公开）", indent=False)
    banji(doc, "抄送：自治区商务厅，市委办公室，市人大常委会办公室，市政协办公室。",
          "防城港市人民政府办公室", "2026年4月15日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="防城港市人民政府办公室关于2026年第一季度全市口岸通关时效情况的通报",
            doc_number="防政办通〔2026〕7号",
            issuer=["防城港市人民政府办公室"],
            date="2026-04-15",
            level="municipal",
            region="防城港市",
            doc_type="通报",
            recipients=["各县（市、区）人民政府", "市直各有关单位", "驻市各口岸查验单位"],
            publicity="此件依申请公开",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
TB_XML = (
    '<w:pict %s xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
    'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
    '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
    '<v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" '
    'style="position:absolute;margin-left:0;margin-top:0;width:442pt;height:52pt;'
    'z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin" '
    'filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent>'
    '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="960" w:lineRule="exact"/></w:pPr>'
    '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
    '<w:color w:val="FF0000"/><w:w w:val="78"/><w:sz w:val="66"/></w:rPr>'
    '<w:t>%s</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>')


def doc_hulunbuir():
    stem = "blind909_hulunbuir_heji"
    doc = Document()
    setup(doc)
    docs = []

    # ---------------------------------------------------- C1 月度通报
    clauses = []
    n_head = make_numbering(doc, "%1、")
    n_item = make_numbering(doc, "（%1）")

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    cnt = [0]

    def item(h, t):
        cnt[0] += 1
        clauses.append("（%s）%s%s" % (CN[cnt[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    # 红头放在文本框里
    p = doc.add_paragraph()
    fmt(p, indent=False, line=28)
    p.add_run()._r.append(parse_xml(TB_XML % (nsdecls("w"), XBS, XBS, XBS,
                                              "呼伦贝尔市人民政府口岸办公室文件")))
    empty(doc, 2)
    empty(doc, 1)
    p = add_par(doc, "呼口岸办发〔2026〕6号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("呼伦贝尔市人民政府口岸办公室"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于2026年2月全市口岸通关时效"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("监测情况的通报"), XBS, 22)
    fmt(p, align=C, indent=False, line=35)
    empty(doc, 1)
    add_par(doc, "有关旗、市、区人民政府，各口岸查验单位，市直有关部门：", indent=False)

    body("为持续巩固口岸通关便利化成效，市口岸办依托国际贸易“单一窗口”口岸通关时效监测平台，对全市8个对外开放口岸2026年2月进出口整体通关时间开展了监测。现将有关情况通报如下：")
    head("总体情况")
    body("2月份，全市口岸进口整体通关时间为14.82小时，较1月份缩短2.37小时；出口整体通关时间为2.06小时，较1月份缩短0.41小时。受春节假期影响，满洲里铁路口岸、满洲里公路口岸过货量环比分别下降18.6%和23.4%，各口岸通关压力有所缓解。室韦口岸处于季节性闭关期，本月不参与排名。各口岸监测及排名情况如下：")
    add_par(doc, [("2026年2月全市口岸通关时效监测排名表", HT, 14, False)],
            align=C, indent=False, line=26, before=6)
    header = ["序号", "口岸名称", "所在旗市区", "进口整体通关时间（小时）", "出口整体通关时间（小时）",
              "本月排名", "上月排名"]
    rows = [
        ["1", "满洲里公路口岸", "满洲里市", "9.74", "1.36", "3", "5"],
        ["2", "满洲里铁路口岸", "满洲里市", "21.58", "2.85", "6", "6"],
        ["3", "满洲里西郊国际机场口岸", "满洲里市", "3.62", "0.86", "1", "1"],
        ["4", "海拉尔东山国际机场口岸", "海拉尔区", "4.15", "0.93", "2", "3"],
        ["5", "黑山头口岸", "额尔古纳市", "15.27", "2.04", "5", "4"],
        ["6", "室韦口岸", "额尔古纳市", "—", "—", "—", "—"],
        ["7", "额布都格口岸", "新巴尔虎左旗", "12.36", "1.88", "4", "2"],
        ["8", "阿日哈沙特口岸", "新巴尔虎右旗", "26.91", "3.47", "7", "7"],
    ]
    ranked = sorted([r for r in rows if r[3] != "—"], key=lambda r: float(r[3]) + float(r[4]))
    assert [int(r[5]) for r in ranked] == list(range(1, 8))
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, line=14)
        clauses.append(row_clause(header, row))
    widths(t, [1.1, 4.6, 2.5, 2.1, 2.1, 1.6, 1.6])
    n = "注：排名按进口、出口整体通关时间之和由短到长排序；室韦口岸2月处于季节性闭关期，不参与排名。"
    add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(n)
    head("点名表扬")
    item("满洲里公路口岸。", "满洲里海关、满洲里出入境边防检查站针对自治区通报指出的问题，推行进出境货运车辆“一站式”查验，增设2条进境货运车道，2月份进口整体通关时间为9.74小时，较1月份缩短4.62小时，排名由上月第5位上升至第3位。")
    item("海拉尔东山国际机场口岸。", "海拉尔海关推行进口跨境电商货物“机坪直提”，出口整体通关时间控制在1小时以内，排名较上月上升1位。")
    head("通报批评")
    body("阿日哈沙特口岸2月份进口整体通关时间为26.91小时，出口整体通关时间为3.47小时，连续两个月排名全市末位。主要原因是口岸查验设施老化、冬季道路保障不及时，蒙方车辆入境后待检时间较长。现予以通报批评，请新巴尔虎右旗人民政府督促口岸管理部门于3月31日前制定整改措施并报市口岸办。")
    head("工作要求")
    body("各有关旗、市、区人民政府和各口岸查验单位要对照排名情况，查找差距，压实责任，确保3月份全市口岸进口整体通关时间控制在15小时以内、出口整体通关时间控制在2小时以内。市口岸办将继续按月监测通报，并将通报结果纳入年度口岸工作考核。")
    empty(doc, 2)
    # 落款 with right tab stop
    for txt in ("呼伦贝尔市人民政府口岸办公室", "2026年3月10日"):
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.4), 2)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")
    banji(doc, "抄送：内蒙古自治区商务厅，市人民政府办公室。",
          "呼伦贝尔市人民政府口岸办公室", "2026年3月10日印发", gap=1)
    docs.append({
        "meta": meta(
            title="呼伦贝尔市人民政府口岸办公室关于2026年2月全市口岸通关时效监测情况的通报",
            doc_number="呼口岸办发〔2026〕6号",
            issuer=["呼伦贝尔市人民政府口岸办公室"],
            date="2026-03-10",
            level="municipal",
            region="呼伦贝尔市",
            doc_type="通报",
            recipients=["有关旗、市、区人民政府", "各口岸查验单位", "市直有关部门"],
            publicity="此件公开发布",
        ),
        "clauses": clauses,
    })

    # ---------------------------------------------------- C2 整改报告 (new section, page no. restart)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.footer.is_linked_to_previous = True
    pgn = parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w"))
    cols = sec._sectPr.find(qn("w:cols"))
    if cols is not None:
        cols.addprevious(pgn)
    else:
        sec._sectPr.append(pgn)
    clauses = []

    def body2(t):
        clauses.append(t)
        add_par(doc, t)

    def head2(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin2(h, t, hf=KT):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, False), (t, FS, 16, False)])

    empty(doc, 1)
    p = add_par(doc, [("呼伦贝尔市人民政府口岸办公室", XBS, 32, False, RED)],
                align=C, indent=False, line=50)
    rpr = p.runs[0]._r.get_or_add_rPr()
    rpr.find(qn("w:sz")).addprevious(parse_xml('<w:w %s w:val="85"/>' % nsdecls("w")))
    empty(doc, 1)
    p = add_par(doc, [("呼口岸办报〔2026〕2号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("王振宇", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("呼伦贝尔市人民政府口岸办公室关于满洲里", XBS, 22, False)],
            align=C, indent=False, line=35)
    add_par(doc, [("公路口岸通关时效问题整改情况的报告", XBS, 22, False)],
            align=C, indent=False, line=35)
    empty(doc, 1)
    add_par(doc, "内蒙古自治区商务厅：", indent=False)
    body2("根据《内蒙古自治区商务厅关于2025年第四季度全区口岸通关时效情况的通报》（内商务口岸字〔2026〕9号）要求，我办会同满洲里市人民政府、满洲里海关、满洲里出入境边防检查站，对满洲里公路口岸进口整体通关时间同比延长、被通报批评的问题进行了认真整改。现将整改情况报告如下：")
    head2("一、问题原因分析")
    body2("经深入分析，满洲里公路口岸2025年第四季度进口整体通关时间为18.36小时，同比延长9.7%，主要原因有三个方面：")
    runin2("1．进境货运车道不足。", "口岸现有进境货运车道6条，第四季度日均进境货运车辆达1260辆次，高峰时段车辆排队时间超过6小时。", FS)
    runin2("2．查验作业衔接不畅。", "查验指令下达后，部分货物需在不同监管场所之间倒运，查验准备时间较长。", FS)
    runin2("3．境外协调机制不健全。", "中俄双方口岸作业时间、车辆放行节奏不一致，出现境外车辆集中到达、“潮汐式”拥堵的情况。", FS)
    head2("二、整改措施及成效")
    runin2("（一）扩容通道设施。", "满洲里市人民政府投入资金2860万元，对进境货运通道实施改造，新增进境货运车道2条，2026年1月20日正式投入使用。")
    runin2("（二）优化查验作业流程。", "满洲里海关在口岸推行“查验一站式”作业，将查验、装卸、检疫处理集中在同一监管作业场所完成，查验指令下达至完成平均用时由3.8小时缩短至1.6小时。")
    runin2("（三）加强中俄口岸协调。", "通过中俄口岸工作组会晤机制，与俄方后贝加尔斯克口岸商定实行车辆“分时段预约放行”，错峰组织进境车辆。")
    body2("经过整改，满洲里公路口岸通关效率明显提升。整改前后主要指标对比如下：")
    header = ["指标", "2025年第四季度", "2026年1月", "2026年2月"]
    rows = [
        ["进口整体通关时间（小时）", "18.36", "14.36", "9.74"],
        ["出口整体通关时间（小时）", "1.92", "1.68", "1.36"],
        ["日均进境货运车辆（辆次）", "1260", "1085", "831"],
        ["查验指令下达至完成平均用时（小时）", "3.8", "2.4", "1.6"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12, line=20)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 0 else C, line=20)
        clauses.append(row_clause(header, row))
    widths(t, [6.4, 3.2, 2.8, 2.8])
    head2("三、下一步工作打算")
    body2("下一步，我办将持续跟踪满洲里公路口岸通关时效变化情况，推动整改措施常态化、长效化，力争2026年满洲里公路口岸进口整体通关时间稳定控制在10小时以内；同时举一反三，在全市口岸推广满洲里公路口岸整改经验，进一步提升全市口岸通关便利化水平。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    p = add_par(doc, "附件：满洲里公路口岸通关时效整改任务清单")
    empty(doc, 2)
    for txt in ("呼伦贝尔市人民政府口岸办公室", "2026年3月18日"):
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14.4), 2)
    empty(doc, 1)
    add_par(doc, "（联系人：李娜　　联系电话：0470-8226513）")
    # 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("满洲里公路口岸通关时效整改任务清单", XBS, 20, False)],
            align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    header = ["序号", "整改任务", "责任单位", "完成时限", "完成情况"]
    rows = [
        ["1", "新增进境货运车道2条", "满洲里市人民政府", "2026年1月底前", "已完成"],
        ["2", "推行“查验一站式”作业", "满洲里海关", "2026年2月底前", "已完成"],
        ["3", "建立中俄口岸车辆分时段预约放行机制", "呼伦贝尔市人民政府口岸办公室、满洲里出入境边防检查站", "2026年3月底前", "已完成"],
        ["4", "升级口岸智能卡口系统", "满洲里市人民政府、满洲里海关", "2026年6月底前", "正在推进"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12, line=20)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci in (1, 2) else C, line=20)
        clauses.append(row_clause(header, row))
    widths(t, [1.2, 4.8, 4.6, 2.6, 2.0])
    banji(doc, "抄送：满洲里市人民政府，满洲里海关，满洲里出入境边防检查站。",
          "呼伦贝尔市人民政府口岸办公室", "2026年3月18日印发")
    docs.append({
        "meta": meta(
            title="呼伦贝尔市人民政府口岸办公室关于满洲里公路口岸通关时效问题整改情况的报告",
            doc_number="呼口岸办报〔2026〕2号",
            issuer=["呼伦贝尔市人民政府口岸办公室"],
            date="2026-03-18",
            level="municipal",
            region="呼伦贝尔市",
            attachments=["满洲里公路口岸通关时效整改任务清单"],
            doc_type="报告",
            recipients=["内蒙古自治区商务厅"],
        ),
        "clauses": clauses,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_yunnan(), doc_fangchenggang(), doc_hulunbuir()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
