# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 837: 自贸试验区2025年工作总结和2026年工作打算（上报省政府的报告）.

Writes three Word files, their PDFs (LibreOffice) and expected.json into this
script's own directory.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
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
J = WD_ALIGN_PARAGRAPH.JUSTIFY

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


def setup(doc, odd_even=False):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    page_field(s.footer.paragraphs[0], C)


def page_field(fp, align):
    fp.alignment = align
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
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def scale(run, pct):
    """Character scaling (格式-字体-高级-缩放), used to squeeze a long 红头."""
    rpr = run._element.get_or_add_rPr()
    rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), pct)))
    return run


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def col_widths(table, widths):
    """Fixed layout: tblGrid + every cell's tcW (LibreOffice reads the grid)."""
    table.autofit = False
    tbl = table._tbl
    tblpr = tbl.tblPr
    if tblpr.find(qn("w:tblLayout")) is None:
        tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 567)))
    for tr in tbl.findall(qn("w:tr")):
        gi = 0
        for tc in tr.findall(qn("w:tc")):
            span = tc.tcPr.find(qn("w:gridSpan")) if tc.tcPr is not None else None
            n = int(span.get(qn("w:val"))) if span is not None else 1
            w = sum(widths[gi:gi + n])
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(w * 567)))
            tcw.set(qn("w:type"), "dxa")
            gi += n


def simple_table(doc, header, rows, clauses, widths=None, size=12, aligns=None,
                 header_repeat=True):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size)
    if header_repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = aligns[ci] if aligns else C
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        col_widths(t, widths)
    return t


def banji(doc, cc, printer, date_txt, gap=1):
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


_next_abs = [800]


def make_numbering(doc, lvl_text):
    """Word automatic numbering, chineseCounting, e.g. '（%1）'."""
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:b/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, KT, KT, KT))
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


VML_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" '
          'xmlns:o="urn:schemas-microsoft-com:office:office"')


def textbox_run(p, lines, left_pt, width_pt, height_pt, shape_id, top_pt=0):
    """Floating VML text box (no border) holding centred lines of 仿宋 text."""
    ps = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="520" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
        '<w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
        .format(f=FS, t=t) for t in lines)
    xml = ('<w:r %s><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
           '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="%s" o:spid="%s" type="#_x0000_t202" filled="f" stroked="f" '
           'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;'
           'z-index:1;mso-position-horizontal-relative:text;mso-position-vertical-relative:text">'
           '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox>'
           '</v:shape></w:pict></w:r>'
           % (VML_NS, shape_id, shape_id, left_pt, top_pt, width_pt, height_pt, ps))
    p._p.append(parse_xml(xml))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_837", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
# 四川省自贸办 → 省人民政府; 红头“文件”, 文号+签发人 by right tab, title wrapped
# at an odd place, 2-level merged table header, note under table, 附件 on own
# page with repeated header row, 版记 after the attachment.
def doc_sichuan():
    stem = "blind837_sichuan_zimaoban"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], align=J)

    p = add_par(doc, [("四川省自由贸易试验区工作办公室文件", XBS, 34, False, RED)],
                align=C, indent=False, line=56)
    scale(p.runs[0], 72)
    empty(doc, 1)
    p = add_par(doc, [("川自贸办〔2026〕4号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("何志远", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    # title wrapped by hand at an odd place (工作 / 总结)
    for t in ("四川省自由贸易试验区工作办公室关于",
              "中国（四川）自由贸易试验区2025年工作",
              "总结和2026年工作打算的报告"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "省人民政府：", indent=False)

    body("2025年，在省委、省政府的坚强领导下，省自贸试验区工作办公室（以下简称省自贸办）会同各片区和协同改革先行区，深入实施自由贸易试验区提升战略，坚持以制度创新为核心，各项工作取得积极成效。现将有关情况报告如下。")
    head("一、2025年工作总结")
    runin("（一）主要指标稳中有进。", "2025年，四川自贸试验区新设企业35637户，同比增长7.4%；实现外贸进出口总额1755.9亿元，同比增长9.0%，占全省的16.8%；实际使用外资8.91亿美元，同比增长3.6%，占全省的34.5%。各片区主要指标完成情况见表1。")

    add_par(doc, [("表1  2025年各片区主要指标完成情况（单位：户、亿元、亿美元）", HT, 12, False)],
            align=C, indent=False, line=24, before=6)
    groups = ["新设企业", "外贸进出口", "实际使用外资"]
    subs = ["2025年", "同比增长"]
    rows = [
        ["成都天府新区片区", "21536", "6.8%", "1128.6", "8.2%", "6.12", "2.9%"],
        ["成都青白江铁路港片区", "8974", "9.6%", "412.5", "12.7%", "1.86", "15.3%"],
        ["川南临港片区", "5127", "6.3%", "214.8", "6.5%", "0.93", "-8.1%"],
        ["合计", "35637", "7.4%", "1755.9", "9.0%", "8.91", "3.6%"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "片区", HT, 10.5, line=16)
    for gi, g in enumerate(groups):
        m = t.cell(0, 1 + 2 * gi).merge(t.cell(0, 2 + 2 * gi))
        set_cell(m, g, HT, 10.5, line=16)
        for si, s in enumerate(subs):
            set_cell(t.cell(1, 1 + 2 * gi + si), s, HT, 10.5, line=16)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    heads = ["片区"] + ["%s／%s" % (g, s) for g in groups for s in subs]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5, line=16)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    col_widths(t, [3.7, 1.9, 1.9, 2.0, 1.9, 1.9, 1.9])
    note = "注：1.数据来源于省市场监管局、成都海关和省商务厅；2.川南临港片区实际使用外资同比下降，主要受个别外资项目到资时间调整影响。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=3, after=6)

    runin("（二）制度创新持续深化。", "全年形成制度创新成果132项，累计达到1008项。“铁路运输单证赋予物权凭证功能”等4项经验入选国务院自贸试验区改革试点经验或商务部最佳实践案例，12项在全省复制推广。对接《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则，推出对接举措26项。")
    runin("（三）开放通道能级提升。", "中欧班列（成渝）全年开行5216列，其中成都方向开行2631列；西部陆海新通道班列开行3482列，同比增长11.2%。")
    runin("（四）重点产业加快集聚。", "天府新区片区新引进世界500强企业投资项目9个；川南临港片区泸州港、宜宾港集装箱吞吐量合计126.3万标准箱。各片区新落地亿元以上产业项目217个，总投资2680亿元。")
    head("二、存在的主要问题")
    body("一是制度创新的系统性集成性不够，首创性、引领性成果偏少；二是片区发展不平衡，川南临港片区外向型经济规模偏小；三是协同改革先行区与片区联动不够紧密，改革红利辐射带动作用有待进一步发挥。")
    head("三、2026年工作打算")
    body("2026年，我们将力争全年新设企业增长6%以上、外贸进出口增长8%左右、形成制度创新成果100项以上。重点抓好以下工作：")
    runin("（一）加大首创性探索力度。", "聚焦国际铁路联运、数字贸易、生物医药全链条监管等领域，争取国家层面授权开展更多压力测试。")
    runin("（二）提升开放通道枢纽功能。", "推动中欧班列（成渝）高质量发展，深化与共建“一带一路”国家的国际物流合作。")
    runin("（三）强化组织保障。", "发挥省自贸试验区工作领导小组统筹协调作用，完善“片区—市（州）—省直部门”三级联动推进机制。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    p = add_par(doc, "附件：2026年中国（四川）自由贸易试验区重点工作任务清单", indent=True)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 2)
    p = add_par(doc, "四川省自由贸易试验区工作办公室", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2026年1月16日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(72)

    # -------- attachment on its own page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("2026年中国（四川）自由贸易试验区重点工作任务清单", XBS, 20, False)],
            align=C, indent=False, line=32)
    empty(doc, 1, line=20)
    hdr = ["序号", "重点任务", "主要内容", "责任单位", "完成时限"]
    rows = [
        ["1", "开展国际铁路联运规则创新", "推动铁路运单物权化、“一单制”提单在更大范围应用，争取纳入国家层面规则体系", "青白江铁路港片区，成都海关，省商务厅", "2026年12月底"],
        ["2", "推进数字贸易先行先试", "探索数据跨境流动分类分级管理，建设数字贸易公共服务平台", "天府新区片区，省委网信办", "2026年12月底"],
        ["3", "建设长江上游航运中心", "推进泸州港、宜宾港港口型国家物流枢纽建设，完善江海联运体系", "川南临港片区，省交通运输厅", "2026年11月底"],
        ["4", "深化生物医药监管创新", "开展生物医药研发用物品进口“白名单”制度试点", "天府新区片区，省药监局，成都海关", "2026年10月底"],
        ["5", "扩大协同改革先行区", "开展协同改革先行区绩效评估，新认定一批协同改革先行区", "省自贸办，有关市（州）人民政府", "2026年9月底"],
        ["6", "完善评估和容错机制", "制定自贸试验区制度创新成果评估办法，落实改革容错纠错措施", "省自贸办，省司法厅", "2026年6月底"],
    ]
    simple_table(doc, hdr, rows, clauses, widths=[1.1, 3.2, 6.0, 3.4, 2.1], size=10.5,
                 aligns=[C, L, L, L, C])
    banji(doc, "抄送：商务部自由贸易试验区港建设协调司，省委办公厅，省委改革办。",
          "四川省自由贸易试验区工作办公室", "2026年1月16日印发", gap=2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省自由贸易试验区工作办公室关于中国（四川）自由贸易试验区2025年工作总结和2026年工作打算的报告",
            "doc_number": "川自贸办〔2026〕4号",
            "issuer": ["四川省自由贸易试验区工作办公室"],
            "date": "2026-01-16",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": ["2026年中国（四川）自由贸易试验区重点工作任务清单"],
            "doc_type": "报告",
            "recipients": ["省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 厦门市人民政府 → 省人民政府; 份号 + 紧急, 红头 without 文件, 文号/签发人
# aligned with typed spaces, 3-line title, indentation typed as full-width
# spaces, half-width commas/brackets mixed in, a manual line break in the
# middle of a sentence, table cut by hand with “续表” on the next page,
# 1. / 4． mixed numbering, 落款 date in Chinese numerals, （此件主动公开）.
def doc_xiamen():
    stem = "blind837_xiamen_pianqu"
    doc = Document()
    setup(doc)
    clauses = []
    IND = "\u3000\u3000"

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False, align=J)

    def head(t, f=HT):
        add_par(doc, [(IND + t, f, 16, False)], indent=False)

    add_par(doc, [("000021", HT, 16, False)], indent=False)
    add_par(doc, [("紧急", HT, 16, False)], indent=False)
    add_par(doc, [("厦门市人民政府", XBS, 48, False, RED)], align=C, indent=False,
            line=66, before=6)
    empty(doc, 1)
    p = add_par(doc, [("  厦府报〔2026〕7号", FS, 16, False), (" " * 26, FS, 16, False),
                      ("签发人：", FS, 16, False), ("黄文辉", KT, 16, False)], indent=False)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    for t in ("厦门市人民政府关于中国（福建）自由贸易",
              "试验区厦门片区2025年工作总结和",
              "2026年工作打算的报告"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "省人民政府：", indent=False)

    body("2025年，厦门片区深入学习贯彻习近平总书记关于自贸试验区建设的重要指示精神,认真落实省委、省政府工作部署，聚焦“两岸融合、国际枢纽、数字赋能”三大方向，大胆试、大胆闯、自主改，各项工作取得新的进展。现将有关情况报告如下：")
    head("一、2025年工作情况")
    head("（一）主要经济指标稳中向好", KT)
    body("2025年，厦门片区新增企业11206家，其中外资企业386家；实现外贸进出口额3268.7亿元，同比增长6.3%,占全市的34.1%；实际使用外资4.82亿美元，同比增长5.7%。片区以全市2.6%的土地面积，贡献了全市三分之一以上的外贸进出口。")

    head("（二）制度创新取得新突破", KT)
    # manual line break in the middle of a sentence (Shift+Enter)
    ta = "全年新推出创新举措41项，累计达到587项，"
    tb = "其中全国首创182项。“两岸跨境电商商品溯源互认”“保税维修‘一单多品’监管”等3项经验入选商务部最佳实践案例。实施台湾地区职业资格直接采认，累计采认1386人。"
    p = doc.add_paragraph()
    font(p.add_run(IND + ta), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(tb), FS, 16)
    fmt(p, indent=False, align=J)
    clauses.append(ta + tb)
    head("（三）对台融合和“一带一路”合作走深走实", KT)
    body("深化厦金融合发展，厦金航线客运量达到186万人次，同比增长22.4%。推进“丝路海运”高质量发展，命名航线达到132条，通达46个国家和地区的148个港口；中欧（厦门）班列开行416列，新开通至哈萨克斯坦阿拉木图的线路。金砖国家新工业革命伙伴关系创新基地落地金砖合作项目68个。")
    body("2025年厦门片区主要经济指标完成情况及2026年预期目标见下表。")
    add_par(doc, [("厦门片区2025年主要经济指标完成情况表", HT, 15, False)], align=C,
            indent=False, line=26, before=6)
    hdr = ["序号", "指标名称", "单位", "2025年完成", "同比增长(%)", "2026年预期目标"]
    w = [1.3, 5.4, 1.9, 2.4, 2.3, 2.6]
    rows1 = [
        ["1", "新增企业", "家", "11206", "4.1", "11500"],
        ["2", "其中：外资企业", "家", "386", "9.4", "400"],
        ["3", "外贸进出口额", "亿元", "3268.7", "6.3", "3450"],
        ["4", "其中：对台进出口额", "亿元", "218.4", "7.8", "230"],
        ["5", "实际使用外资", "亿美元", "4.82", "5.7", "5.0"],
        ["6", "跨境电商进出口额", "亿元", "312.6", "18.2", "360"],
    ]
    rows2 = [
        ["7", "集装箱吞吐量（海沧港区）", "万标箱", "806.5", "5.2", "840"],
        ["8", "中欧（厦门）班列开行量", "列", "416", "12.1", "450"],
        ["9", "航空维修产值", "亿元", "186.3", "10.5", "205"],
        ["10", "新增制度创新成果", "项", "41", "—", "40以上"],
    ]
    al = [C, L, C, C, C, C]
    simple_table(doc, hdr, rows1, clauses, widths=w, size=12, aligns=al, header_repeat=False)
    # the clerk cut the table by hand and typed 续表 on the next page
    p = add_par(doc, [("续表", HT, 14, False)], indent=False, line=24)
    p.paragraph_format.page_break_before = True
    simple_table(doc, hdr, rows2, clauses, widths=w, size=12, aligns=al, header_repeat=False)
    empty(doc, 1, line=14)
    head("二、存在的问题和不足")
    body("一是对标国际高标准经贸规则的压力测试不够深入，首创性、集成性改革成果仍然偏少。二是片区产业能级有待提升，高端制造和现代服务业集聚度不高。三是部分改革事项涉及国家事权，需要上级部门进一步授权支持。")
    head("三、2026年工作打算")
    body("2026年，厦门片区将围绕建设两岸融合发展示范区和国际一流营商环境标杆的目标，重点抓好以下几项工作：")
    body("1.深化对台先行先试。推动厦金“同城化”发展，扩大台湾地区职业资格采认范围，探索两岸标准共通、检测认证结果互认，力争对台进出口额达到230亿元。")
    body("2.提升国际航运物流枢纽功能。拓展“丝路海运”航线网络，推动中欧（厦门）班列与“丝路海运”联动发展，力争海沧港区集装箱吞吐量达到840万标箱。")
    body("3.推动数字贸易创新发展。建设跨境数据服务中心，培育跨境电商、数字内容等新业态，力争跨境电商进出口额达到360亿元。")
    body("4．持续优化营商环境。深化“放管服”改革，推行“一业一证”“证照联办”等改革举措(试点)，争取新形成制度创新成果40项以上。")
    add_par(doc, IND + "特此报告。", indent=False)
    empty(doc, 3)
    add_par(doc, " " * 42 + "厦门市人民政府", indent=False)
    add_par(doc, " " * 39 + "二〇二六年一月二十三日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)
    add_par(doc, IND + "（联系人：市商务局 陈丽娟，电话：0592-2851376）", indent=False)
    banji(doc, "抄送：省商务厅（省自贸办），厦门海关，国家外汇管理局厦门市分局。",
          "厦门市人民政府办公厅", "2026年1月23日印发", gap=2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市人民政府关于中国（福建）自由贸易试验区厦门片区2025年工作总结和2026年工作打算的报告",
            "doc_number": "厦府报〔2026〕7号",
            "issuer": ["厦门市人民政府"],
            "date": "2026-01-23",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["省人民政府"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 昆明市人民政府 + 昆明片区管委会 joint report; 版头 is a borderless table with
# “文件” in a merged cell, two 签发人, title without organ (关于…), Word automatic
# （一） numbering restarting per list, vertically merged table cells, joint
# 落款 in a floating text box, 附件 on its own page with repeated header row.
def doc_kunming():
    stem = "blind837_kunming_lianhe"
    doc = Document()
    setup(doc)
    clauses = []
    n1 = make_numbering(doc, "（%1）")
    n2 = make_numbering(doc, "（%1）")
    CN = "一二三四五六七八九十"

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    cnt = {n1: 0, n2: 0}

    def auto_item(nid, h, t):
        cnt[nid] += 1
        clauses.append("（%s）%s%s" % (CN[cnt[nid] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32), align=J)
        apply_num(p, nid)

    # 联合版头: borderless 2x2 table, “文件” merged vertically on the right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    set_cell(t.cell(0, 0), "昆明市人民政府", XBS, 22, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=30)
    set_cell(t.cell(1, 0), "中国（云南）自由贸易试验区昆明片区管理委员会", XBS, 16,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=30)
    scale(t.cell(1, 0).paragraphs[0].runs[-1], 85)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 42, align=C, line=54)
    for cell in (t.cell(0, 0), t.cell(1, 0), m):
        for r in cell.paragraphs[0].runs:
            r.font.color.rgb = RED
    col_widths(t, [11.8, 3.8])
    p = add_par(doc, [("\t签发人：", FS, 16, False), ("刘　洋", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.6), 0)
    p = add_par(doc, [("昆政报〔2026〕3号", FS, 16, False), ("\t\u3000\u3000\u3000\u3000", FS, 16, False),
                      ("张海峰", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.6), 0)
    p.paragraph_format.left_indent = Pt(8)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("关于中国（云南）自由贸易试验区昆明片区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2025年工作总结和2026年工作打算的报告"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "省人民政府：", indent=False)

    body("2025年，昆明市和昆明片区认真落实省委、省政府关于自贸试验区建设的决策部署，围绕建设面向南亚东南亚辐射中心核心区，加快推进高水平制度型开放，片区建设取得新成效。现将有关情况报告如下：")
    head("一、2025年工作总结")
    auto_item(n1, "稳住外贸外资基本盘。", "2025年，昆明片区实现外贸进出口额486.2亿元，同比增长11.8%，占全市的41.3%；实际使用外资1.36亿美元；新设企业7835户，其中外资企业62户。对南亚东南亚国家进出口额达到238.5亿元，同比增长15.6%，占片区进出口总额的49.1%。具体情况如下表：")
    add_par(doc, [("表1  2025年昆明片区对南亚东南亚主要国家进出口情况（单位：亿元）", HT, 13, False)],
            align=C, indent=False, line=24, before=6)
    hdr = ["区域", "国家", "进出口额", "同比增长", "占片区比重"]
    data = [
        ("东盟", [("越南", "52.3", "9.4%", "10.8%"), ("老挝", "41.6", "28.7%", "8.6%"),
                 ("泰国", "38.9", "12.1%", "8.0%"), ("缅甸", "35.2", "6.5%", "7.2%"),
                 ("马来西亚", "21.4", "14.3%", "4.4%")]),
        ("南亚", [("印度", "27.8", "18.9%", "5.7%"), ("孟加拉国", "21.3", "22.6%", "4.4%")]),
        ("合计", [("7国", "238.5", "15.6%", "49.1%")]),
    ]
    nrows = sum(len(v) for _, v in data)
    t = doc.add_table(rows=1 + nrows, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 11, line=16)
    repeat_header(t.rows[0])
    r = 1
    for region, items in data:
        if len(items) > 1:
            mc = t.cell(r, 0).merge(t.cell(r + len(items) - 1, 0))
        else:
            mc = t.cell(r, 0)
        set_cell(mc, region, FS, 11, line=16)
        for it in items:
            for ci, v in enumerate(it, 1):
                set_cell(t.cell(r, ci), v, FS, 11, line=16)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, (region,) + it)))
            r += 1
    col_widths(t, [2.4, 3.2, 3.0, 3.0, 3.0])
    note = "注：数据来源于昆明海关，占片区比重指占昆明片区外贸进出口总额的比重。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=3, after=6)

    auto_item(n1, "制度创新成果不断涌现。", "全年形成制度创新成果52项，累计达到318项，其中6项在全省复制推广，“沿边跨境金融服务创新”入选商务部自贸试验区最佳实践案例。重点成果清单见附件。")
    auto_item(n1, "中老铁路国际通道效能持续释放。", "依托中老铁路开行国际货物列车2846列，同比增长18.3%；“澜湄快线”“中老铁路＋中欧班列”等线路常态化运营，货物通达12个共建“一带一路”国家和地区。")
    body("1.口岸功能不断完善。昆明铁路口岸进境水果、粮食指定监管场地投入使用，全年进口水果18.6万吨。")
    body("2.物流成本持续下降。推行“一单制”“一箱到底”等模式，中老铁路跨境货物运输平均时间压缩至26小时以内。")
    auto_item(n1, "营商环境持续优化。", "片区承接省、市下放行政许可事项112项，受理涉外商事纠纷86件。")
    head("二、存在的困难和问题")
    body("一是外贸主体规模偏小；二是“通道经济”向“产业经济”转化较慢；三是跨境金融改革受事权限制。")
    head("三、2026年工作打算")
    body("2026年，力争外贸进出口额增长10%左右、新形成制度创新成果50项以上。重点做好以下工作：")
    auto_item(n2, "打造中老铁路黄金通道。", "推动中老铁路与西部陆海新通道联动发展，力争中老铁路国际货物列车开行量突破3000列。")
    auto_item(n2, "培育外向型产业集群。", "聚焦生物医药、新材料等重点产业，引进一批面向南亚东南亚的加工制造项目。")
    auto_item(n2, "加强组织保障。", "完善市级统筹、片区主责、部门协同的工作推进机制，强化改革任务督查考核。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    add_par(doc, "附件：昆明片区2025年制度创新成果清单")
    # joint 落款 in a floating text box
    p = doc.add_paragraph()
    fmt(p, indent=False)
    textbox_run(p, ["昆明市人民政府", "中国（云南）自由贸易试验区昆明片区管理委员会",
                    "2026年1月21日"], 70, 370, 110, "_x0000_s1031", top_pt=22)
    empty(doc, 3)

    # -------- attachment
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("昆明片区2025年制度创新成果清单", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=20)
    hdr = ["序号", "成果名称", "创新领域", "牵头单位", "推广情况"]
    rows = [
        ["1", "中老铁路“铁路快通”通关模式", "贸易便利化", "昆明海关", "全省复制推广"],
        ["2", "跨境人民币结算便利化", "金融开放", "中国人民银行云南省分行", "全省复制推广"],
        ["3", "沿边跨境金融服务创新", "金融开放", "昆明片区管委会", "商务部最佳实践案例"],
        ["4", "进境水果“预检核放”监管模式", "贸易便利化", "昆明海关", "全省复制推广"],
        ["5", "涉外商事纠纷“一站式”多元化解机制", "法治保障", "昆明市中级人民法院", "全省复制推广"],
        ["6", "外籍人才“一窗通办”服务", "人才服务", "昆明市人力资源和社会保障局", "片区内推广"],
        ["7", "企业投资项目“拿地即开工”", "投资管理", "昆明片区管委会", "全省复制推广"],
        ["8", "中老铁路跨境冷链“一箱到底”", "物流运输", "昆明片区管委会、中铁集装箱昆明分公司", "全省复制推广"],
    ]
    simple_table(doc, hdr, rows, clauses, widths=[1.2, 5.4, 2.2, 4.4, 2.6], size=11,
                 aligns=[C, L, C, L, C])
    note2 = "注：本表列示2025年形成的52项制度创新成果中的8项重点成果。"
    clauses.append(note2)
    add_par(doc, [(note2, FS, 12, False)], indent=False, line=20, before=3)
    banji(doc, "抄送：省商务厅（省自贸办），省发展改革委，昆明海关。",
          "昆明市人民政府办公室", "2026年1月21日印发", gap=2)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于中国（云南）自由贸易试验区昆明片区2025年工作总结和2026年工作打算的报告",
            "doc_number": "昆政报〔2026〕3号",
            "issuer": ["昆明市人民政府", "中国（云南）自由贸易试验区昆明片区管理委员会"],
            "date": "2026-01-21",
            "published": None,
            "level": "municipal",
            "region": "昆明市",
            "effective": None,
            "expires": None,
            "attachments": ["昆明片区2025年制度创新成果清单"],
            "doc_type": "报告",
            "recipients": ["省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_sichuan(), doc_xiamen(), doc_kunming()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
