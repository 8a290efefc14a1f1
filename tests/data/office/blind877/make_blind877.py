# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 877: 外商投资企业投诉协调工作年度报告（含统计表、典型案例）.

Writes three Word files, their PDFs (LibreOffice) and expected.json into
this script's own directory.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
IND = "\u3000\u3000"          # two full-width spaces typed as indent
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT

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


def add_par(container, runs, **kw):
    """runs: plain str or list of (text, font, size, bold[, color])."""
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


def footer_pageno(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None),
                       ("num", "1"), ("end", None)):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), text)))
        elif kind == "num":
            r.text = text
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
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
    footer_pageno(s)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    """Fixed layout: grid columns, table width and every cell's width."""
    table.autofit = False
    tbl = table._tbl
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblpr = tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    tw.set(qn("w:type"), "dxa")
    for row in table.rows:
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            idx = sum(c.grid_span for c in row._tr.tc_lst[:row._tr.tc_lst.index(tc)])
            tc.width = Cm(sum(widths_cm[idx:idx + span]))


def simple_table(doc, header, rows, clauses, widths=None, size=12, repeat=True,
                 header_clause_names=None, aligns=None):
    """One header row; each data row becomes a clause."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    if repeat:
        repeat_header(t.rows[0])
    names = header_clause_names or header
    for ri, row in enumerate(rows, 1):
        no_split(t.rows[ri])
        for ci, v in enumerate(row):
            al = aligns[ci] if aligns else C
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=al)
        if clauses is not None:
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(names, row)))
    if widths:
        col_widths(t, widths)
    return t


def two_level_table(doc, spec, rows, clauses, widths=None, size=12):
    """spec: list of (top, sub). Adjacent equal tops are merged across;
    sub None means the top cell is merged down over both header rows."""
    n = len(spec)
    t = doc.add_table(rows=2 + len(rows), cols=n)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    i = 0
    while i < n:
        top, sub = spec[i]
        if sub is None:
            a = t.cell(0, i).merge(t.cell(1, i))
            set_cell(a, top, HT, size)
            i += 1
            continue
        j = i
        while j + 1 < n and spec[j + 1][0] == top and spec[j + 1][1] is not None:
            j += 1
        m = t.cell(0, i).merge(t.cell(0, j)) if j > i else t.cell(0, i)
        set_cell(m, top, HT, size)
        for k in range(i, j + 1):
            set_cell(t.cell(1, k), spec[k][1], HT, size)
        i = j + 1
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    names = [top if sub is None else "%s／%s" % (top, sub) for top, sub in spec]
    for ri, row in enumerate(rows, 2):
        no_split(t.rows[ri])
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, size)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(names, row)))
    if widths:
        col_widths(t, widths)
    return t


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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_877", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# ============================================================ DOC A  浙江 报告
def doc_zhejiang():
    stem = "blind877_zj_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    # 红头 (上行文: organ name only) + 文号 / 签发人 on one line via right tab
    add_par(doc, [("浙江省商务厅", XBS, 48, False, RED)], align=C, indent=False,
            line=64)
    empty(doc, 1)
    p = add_par(doc, [("浙商务报〔2026〕6号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("周立新", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    # title wrapped at odd places, three paragraphs
    for t in ("浙江省商务厅关于2025年度全省", "外商投资企业投诉工作", "情况的报告"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "商务部：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)]).paragraph_format.keep_with_next = True

    def khead(t):
        add_par(doc, [(t, KT, 16, True)]).paragraph_format.keep_with_next = True

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("按照《外商投资企业投诉工作办法》（商务部令2020年第3号）有关要求，现将我省2025年度外商投资企业投诉工作情况报告如下：")
    head("一、投诉受理总体情况")
    body("2025年，全省各级外商投资企业投诉工作机构共受理投诉事项187件，同比增长12.7%；办结172件，办结率92.0%，其余15件正在协调处理中。其中，港澳台资企业投诉84件、日韩资企业41件、欧美资企业37件、其他国家和地区企业25件。分类情况见表1，各设区市情况详见附件。")
    add_par(doc, [("表1　2025年度全省外商投资企业投诉事项分类统计（单位：件）", HT, 14, False)],
            align=C, indent=False, before=6).paragraph_format.keep_with_next = True
    spec = [("投诉事项类别", None), ("受理数量", None), ("办结情况", "办结数"),
            ("办结情况", "办结率"), ("同比增减", None)]
    rows = [
        ["行政许可和审批", "46", "43", "93.5%", "+6"],
        ["政策兑现及补贴", "38", "35", "92.1%", "+9"],
        ["土地、规划和建设", "27", "23", "85.2%", "-2"],
        ["行政执法和处罚", "22", "21", "95.5%", "+3"],
        ["政府采购和招投标", "14", "13", "92.9%", "+2"],
        ["知识产权保护", "13", "12", "92.3%", "+4"],
        ["通关与检验检疫", "11", "11", "100%", "-1"],
        ["其他", "16", "14", "87.5%", "0"],
        ["合计", "187", "172", "92.0%", "+21"],
    ]
    two_level_table(doc, spec, rows, clauses, widths=[4.8, 2.6, 2.6, 2.6, 2.6], size=12)
    note = "注：同比增减以2024年度受理数量为基数计算；办结率＝办结数÷受理数量×100%。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    head("二、主要工作举措")
    runin("（一）完善投诉工作制度。", "修订《浙江省外商投资企业投诉工作实施细则》，全省11个设区市和90个县（市、区）均已明确投诉工作机构，实现全覆盖。")
    runin("（二）建立重大投诉专班协调机制。", "全年启动重大投诉专班协调9次，协调解决企业诉求涉及金额约7.6亿元。")
    runin("（三）推动投诉与调解有机衔接。", "会同省司法厅设立外商投资企业商事调解工作室，全年调解化解投诉31件。")

    head("三、典型案例")
    khead("（一）某日资汽车零部件企业项目用地规划调整补偿案")
    body("宁波前湾新区某日资企业二期项目用地约1.8公顷因道路规划调整被划入道路红线，项目停滞。经省商务厅现场协调，按照“调规不调量、补偿不减损”原则为企业置换等面积用地，并补偿前期投入费用312万元，项目已于2025年10月开工。")
    khead("（二）某港资食品企业政策奖励兑现案")
    body("嘉兴市某港资食品企业2023年度设备投资奖励因当地政策调整未予兑现。经协调，当地政府按照“新官理旧账”要求兑现奖励资金486万元，并一并解决了另外7家企业的类似诉求。")

    head("四、存在问题和2026年工作打算")
    body("当前，部分地方政策兑现“承诺多、落实慢”，15件未办结事项中有9件受理时间超过6个月。2026年，我厅将对未结事项实行挂牌督办，力争6月底前全部办结；依托“浙里办”建设投诉在线办理系统，进一步提升投诉工作质效。")
    add_par(doc, "特此报告。")
    add_par(doc, "附件：2025年度浙江省各设区市外商投资企业投诉受理情况统计表", indent=True)
    empty(doc, 1)
    # 落款 pushed right with typed spaces
    add_par(doc, " " * 38 + "浙江省商务厅", indent=False)
    add_par(doc, " " * 37 + "2026年1月23日", indent=False)
    add_par(doc, "（联系人：王晓东，联系电话：0571-87701234）")

    # ---- 附件 on its own landscape page
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
    sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2025年度浙江省各设区市外商投资企业投诉受理情况统计表", XBS, 20, False)],
            align=C, indent=False, line=34, before=6, after=6)
    add_par(doc, [("单位：件", FS, 12, False)], align=R, indent=False, line=20)
    spec2 = [("设区市", None), ("受理情况", "受理总数"), ("受理情况", "其中：自贸试验区片区"),
             ("办理情况", "已办结"), ("办理情况", "未办结"), ("主要投诉类别", None)]
    rows2 = [
        ["杭州市", "38", "12", "35", "3", "行政许可和审批、知识产权保护"],
        ["宁波市", "45", "17", "41", "4", "土地、规划和建设，政策兑现及补贴"],
        ["温州市", "12", "0", "11", "1", "政策兑现及补贴"],
        ["嘉兴市", "26", "0", "24", "2", "政策兑现及补贴"],
        ["湖州市", "9", "0", "9", "0", "行政执法和处罚"],
        ["绍兴市", "14", "0", "13", "1", "行政许可和审批"],
        ["金华市", "13", "5", "12", "1", "通关与检验检疫"],
        ["衢州市", "4", "0", "4", "0", "行政许可和审批"],
        ["舟山市", "10", "7", "9", "1", "行政许可和审批"],
        ["台州市", "11", "0", "10", "1", "政府采购和招投标"],
        ["丽水市", "5", "0", "4", "1", "其他"],
        ["合计", "187", "41", "172", "15", "—"],
    ]
    two_level_table(doc, spec2, rows2, clauses, widths=[3.0, 2.6, 4.2, 2.6, 2.6, 7.5], size=12)
    note2 = "注：自贸试验区片区数据包括中国（浙江）自由贸易试验区杭州片区、宁波片区、舟山片区和金义片区。"
    clauses.append(note2)
    add_par(doc, [(note2, FS, 12, False)], indent=False, line=20, before=4)

    path = save(doc, stem)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅关于2025年度全省外商投资企业投诉工作情况的报告",
            "doc_number": "浙商务报〔2026〕6号",
            "issuer": ["浙江省商务厅"],
            "date": "2026-01-23",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度浙江省各设区市外商投资企业投诉受理情况统计表"],
            "doc_type": "报告",
            "recipients": ["商务部"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ============================================================ DOC B  厦门 通知+报告
def doc_xiamen():
    stem = "blind877_xm_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("厦门市商务局文件", XBS, 44, False, RED)], align=C, indent=False,
            line=60, before=12)
    empty(doc, 1)
    p = add_par(doc, "厦商务〔2026〕19号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title: one paragraph, manual line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("厦门市商务局关于印发《厦门市外商投资企业"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("投诉工作2025年度报告》的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各区商务局，厦门火炬高新区管委会，自贸试验区厦门片区管委会，市有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为推广投诉处理中的好经验好做法，持续优化外商投资环境，我局编制了《厦门市外商投资企业投诉工作2025年度报告》，现印发给你们，请结合实际认真研究借鉴。")
    body("各单位要以典型案例为镜鉴，举一反三，对照检查涉及外资企业的政策落实、行政执法等工作，发现问题及时整改。")
    add_par(doc, "附件：厦门市外商投资企业投诉工作2025年度报告")
    empty(doc, 1)
    p = add_par(doc, "厦门市商务局", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年2月12日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（此件主动公开）")

    # ---- 附件: the report, typed with full-width spaces instead of indents
    add_par(doc, [("附件", HT, 16, False)], indent=False).paragraph_format.page_break_before = True
    add_par(doc, [("厦门市外商投资企业投诉工作", XBS, 22, False)], align=C, indent=False, line=36)
    add_par(doc, [("2025年度报告", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)

    def ibody(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def ihead(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False).paragraph_format.keep_with_next = True

    def irunin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)],
                indent=False)

    ibody("2025年，市外商投资企业投诉中心（以下简称“投诉中心”）会同各区、各有关部门，依法受理和协调处理外商投资企业投诉，全年投诉工作总体平稳有序。现将有关情况报告如下。")
    ihead("一、基本情况")
    ibody("全年共受理外商投资企业投诉46件，同比下降8.0%；办结44件，办结率95.7%。投诉企业中，台资企业19件、港资企业11件、新加坡等东盟国家投资企业8件、其他国家和地区投资企业8件。重点投诉事项办理情况见下表。")
    add_par(doc, [("2025年度重点投诉事项办理情况表", HT, 14, False)], align=C, indent=False,
            before=6).paragraph_format.keep_with_next = True
    header = ["序号", "受理日期", "投诉人", "投诉事项", "办理结果"]
    widths = [1.2, 3.0, 4.2, 4.0, 3.4]
    part1 = [
        ["1", "2025.01.14", "湖里区某台资电子企业", "出口退税办理时限较长", "已办结，开辟绿色通道"],
        ["2", "2025.02.27", "海沧区某港资物流企业", "码头堆场租赁合同提前解除", "已办结，达成补偿协议"],
        ["3", "2025.04.09", "思明区某美资咨询企业", "外籍员工工作许可续签材料要求不一致", "已办结，统一办事指南"],
        ["4", "2025.05.22", "火炬高新区某台资光电企业", "研发费用补助未按期拨付", "已办结，补助资金已拨付"],
        ["5", "2025.07.16", "自贸试验区厦门片区某港资贸易企业", "进口货物归类争议", "已办结，经海关复核调整归类"],
    ]
    part2 = [
        ["6", "2025.08.05", "同安区某台资家具企业", "环保处罚裁量标准适用", "已办结，依法变更处罚决定"],
        ["7", "2025.11.26", "集美区某台资汽车零部件企业", "用电扩容报装周期长", "办理中"],
        ["8", "2025.12.15", "思明区某港资酒店企业", "消防验收标准适用", "办理中"],
    ]
    simple_table(doc, header, part1, clauses, widths=widths, size=11)
    # clerk split the table by hand and typed 续表 with the header again
    add_par(doc, [("续表", KT, 14, False)], indent=False,
            line=24).paragraph_format.page_break_before = True
    simple_table(doc, header, part2, clauses, widths=widths, size=11)
    note = "注：本表仅列示具有代表性的投诉事项，其余38件投诉事项均已按规定办结。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    ihead("二、主要做法")
    irunin("（一）畅通投诉受理渠道。", "在“i厦门”平台开设外商投资企业投诉专栏，提供中、英文在线填报服务，实现投诉“就近受理、全市通办”。")
    irunin("（二）推动对台投诉协调先行先试。", "会同市台港澳办、厦门仲裁委员会建立台资企业投诉调处与商事仲裁衔接机制，聘请12名台籍调解员参与调处，全年化解台资企业纠纷9件。")

    ihead("三、典型案例")
    add_par(doc, [(IND + "案例：某台资光电企业研发费用补助拨付延迟问题", KT, 16, True)], indent=False)
    # one Word paragraph holding three "paragraphs" separated by Shift+Enter
    segs = [
        "【基本案情】火炬高新区某台资光电企业应获市级研发费用补助263万元，因市、区两级分担比例调整，补助资金逾期8个月未拨付到位。",
        "【处理结果】投诉中心会同市科技局、市财政局和火炬高新区管委会专题协调，明确按原分担比例先行拨付，调整部分由市、区两级另行结算。企业于2025年7月全额收到补助资金。",
        "【案例启示】政策兑现环节的内部分工调整不应影响企业应享政策的按期落实，有关部门应当建立政策兑现“先兑后结”机制。",
    ]
    p = doc.add_paragraph()
    for k, s_ in enumerate(segs):
        if k:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(IND + s_), FS, 16)
    fmt(p, indent=False)
    clauses.extend(segs)

    ihead("四、下一步工作")
    ibody("2026年，投诉中心将推动尚在办理中的2件投诉事项尽快办结，探索建立外商投资企业投诉预警机制，以投诉工作的“小切口”推动营商环境“大提升”。")

    banji(doc, "抄送：市人民政府办公厅，商务部外国投资管理司，福建省商务厅。",
          "厦门市商务局办公室", "2026年2月12日印发")

    path = save(doc, stem)
    expected[stem] = [{
        "meta": {
            "title": "厦门市商务局关于印发《厦门市外商投资企业投诉工作2025年度报告》的通知",
            "doc_number": "厦商务〔2026〕19号",
            "issuer": ["厦门市商务局"],
            "date": "2026-02-12",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": ["厦门市外商投资企业投诉工作2025年度报告"],
            "doc_type": "通知",
            "recipients": ["各区商务局", "厦门火炬高新区管委会",
                           "自贸试验区厦门片区管委会", "市有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ============================================================ DOC C  昆山 联合通报
def textbox(par, lines, left_pt, top_pt, width_pt, height_pt):
    """Old-style VML text box anchored in ``par`` (as Word 2003 users make)."""
    inner = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
        '<w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
        .format(f=FS, t=t) for t in lines)
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox877" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;'
        'z-index:251659264;mso-position-horizontal-relative:text;'
        'mso-position-vertical-relative:text" stroked="f">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape>'
        '</w:pict></w:r>' % (nsdecls("w"), left_pt, top_pt, width_pt, height_pt, inner))
    par._p.append(parse_xml(xml))


def doc_kunshan():
    stem = "blind877_ks_tongbao"
    doc = Document()
    setup(doc)
    clauses = []

    # joint 红头 in a borderless layout table: two organs left, 文件 right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "昆山市商务局", XBS, 36, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
             line=50, color=RED)
    set_cell(t.cell(1, 0), "昆山市司法局", XBS, 36, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
             line=50, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 48, align=C, line=60, color=RED)
    col_widths(t, [10.5, 4.5])
    empty(doc, 1)
    p = add_par(doc, "昆商发〔2026〕7号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("昆山市商务局 昆山市司法局关于2025年度", XBS, 22, False)], align=C,
            indent=False, line=36)
    add_par(doc, [("全市外商投资企业投诉协调工作情况的通报", XBS, 22, False)], align=C,
            indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各镇人民政府，昆山开发区管委会，昆山高新区管委会，花桥经济开发区管委会，市各有关部门：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)]).paragraph_format.keep_with_next = True

    def runin(h, t, hf=KT):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, False), (t, FS, 16, False)])

    body("2025年，全市各级各部门认真贯彻落实《中华人民共和国外商投资法》《外商投资企业投诉工作办法》及省、苏州市有关工作要求，依法高效协调处理外商投资企业投诉，有力维护了外资企业合法权益。为总结经验、查找不足，现将2025年度全市外商投资企业投诉协调工作情况通报如下：")
    head("一、总体情况")
    body("2025年，市外商投资企业投诉协调中心共受理投诉63件，同比增长5.0%，办结61件，办结率96.8%，平均办理时长28个工作日，较上年缩短6个工作日。其中，台资企业投诉38件，占60.3%；日资企业投诉9件，欧美资企业投诉11件，其他5件。各区镇受理及办结情况如下：")
    add_par(doc, [("2025年度各区镇外商投资企业投诉受理及办结情况", HT, 14, False)],
            align=C, indent=False, before=6).paragraph_format.keep_with_next = True
    header = ["序号", "区镇", "受理数(件)", "办结数(件)", "企业满意率"]
    rows = [
        ["1", "昆山开发区", "21", "20", "97.5%"],
        ["2", "昆山高新区", "12", "12", "100%"],
        ["3", "花桥经济开发区", "8", "8", "100%"],
        ["4", "周市镇", "5", "5", "100%"],
        ["5", "陆家镇", "4", "4", "95.0%"],
        ["6", "张浦镇", "6", "5", "96.0%"],
        ["7", "千灯镇", "3", "3", "100%"],
        ["8", "巴城镇", "2", "2", "100%"],
        ["9", "淀山湖镇", "2", "2", "100%"],
    ]
    simple_table(doc, header, rows, clauses, widths=[1.6, 4.6, 2.8, 2.8, 3.2], size=12)
    note = "注：企业满意率根据办结后电话回访结果统计；锦溪镇、周庄镇全年未受理投诉，未列入本表。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    head("二、主要做法")
    runin("(一)建立“首问负责+限时办结”机制。", "市投诉协调中心对受理的投诉事项实行首问负责，一般事项15个工作日内办结，复杂事项30个工作日内办结，确需延长的报市分管领导同意后延长，并告知投诉人。")
    runin("(二)发挥两岸产业合作试验区平台作用。", "依托昆山深化两岸产业合作试验区台商服务中心，设立台资企业投诉“直通车”，全年受理台资企业投诉38件，办结37件。")
    runin("(三)强化投诉与行政复议衔接。", "市司法局对投诉中涉及行政行为合法性的事项提前介入，引导企业依法通过行政复议维护权益，全年办理涉外资企业行政复议案件7件，其中通过调解和解结案5件。")

    head("三、典型案例")
    runin("1、某台资精密模具企业不动产权证办理案。", "该企业于2009年在昆山开发区购地建厂，因历史原因部分厂房未办理竣工验收，长期无法取得不动产权证书，影响企业以厂房抵押融资。市投诉协调中心牵头市自然资源和规划局、市住房城乡建设局、昆山开发区管委会联合会商，按照“尊重历史、分类处置”原则，对符合规划的厂房实行竣工验收容缺办理，企业于2025年9月取得不动产权证书，并获得银行抵押贷款1.2亿元。", FS)
    runin("2、某日资电子企业环保处罚案。", "该企业因危险废物贮存场所标识不规范被处以罚款12万元，企业认为处罚过重提出投诉。市司法局会同市生态环境局对照行政处罚裁量基准进行复核，认定企业系首次违法且已及时改正、危害后果轻微，依法变更为警告并责令改正。", FS)
    runin("3、某美资生物医药企业外籍人才住房保障案。", "该企业反映其引进的外籍研发人员无法申请人才公寓。经协调，市人才工作领导小组办公室修订人才公寓配租办法，将持有外国人工作许可证的高层次人才纳入配租范围，首批15名外籍人才已入住。", FS)

    head("四、存在的不足和下一步工作")
    body("在肯定成绩的同时，也要看到，部分区镇对投诉工作重视不够，个别部门反馈意见不及时，投诉办理质量有待进一步提升。2026年，各区镇、各部门要进一步提高思想认识，落实投诉办理责任，对投诉反映的共性问题及时开展专项整治，推动投诉协调工作由“事后处理”向“事前预防”转变。")

    # 落款 in a text box (two organs side by side, Chinese-numeral date)
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt(p, indent=False)
    textbox(p, ["昆山市商务局　　　　昆山市司法局", "二〇二六年三月六日"], 150, 12, 300, 84)
    empty(doc, 3)
    add_par(doc, "（此件公开发布）")

    banji(doc, "抄送：苏州市商务局，苏州市司法局。", "昆山市商务局办公室", "2026年3月6日印发")

    path = save(doc, stem)
    expected[stem] = [{
        "meta": {
            "title": "昆山市商务局 昆山市司法局关于2025年度全市外商投资企业投诉协调工作情况的通报",
            "doc_number": "昆商发〔2026〕7号",
            "issuer": ["昆山市商务局", "昆山市司法局"],
            "date": "2026-03-06",
            "published": None,
            "level": "county",
            "region": "昆山市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通报",
            "recipients": ["各镇人民政府", "昆山开发区管委会", "昆山高新区管委会",
                           "花桥经济开发区管委会", "市各有关部门"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_xiamen(), doc_kunshan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
