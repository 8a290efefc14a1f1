# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1014: 自贸试验区片区年度考核评分细则 (广西自贸办), 考核结果通报, 片区自评报告.

Writes Word + PDF + expected.json into this script's own directory.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
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
IND = "\u3000\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, condense=None, scale=None):
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
    extra = []
    if condense is not None:
        extra.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), condense)))
    if scale is not None:
        extra.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    for el in extra:
        sz = rpr.find(qn("w:sz"))
        if sz is not None:
            sz.addprevious(el)
        else:
            rpr.append(el)
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
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def page_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>' % (nsdecls("w"), txt)))
        elif kind == "text":
            r.text = txt
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
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    page_footer(s)


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.9)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    return sec


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20, color=None):
    """text may be a list -> several paragraphs in the cell."""
    paras = text if isinstance(text, list) else [text]
    cell.text = ""
    for i, t in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        font(p.add_run(t), name, size, bold, color)
        p.alignment = align
        p.paragraph_format.line_spacing = Pt(line)
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w)))
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, "".join(v) if isinstance(v, list) else v)
                    for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    sec = doc.sections[-1]
    usable = sec.page_width - sec.left_margin - sec.right_margin
    p2.paragraph_format.tab_stops.add_tab_stop(usable - Pt(14), 2)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1014", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
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

ZMB = "中国（广西）自由贸易试验区工作办公室"
XIZE = "中国（广西）自由贸易试验区片区年度考核评分细则（2025年版）"
RECIP = ["各片区所在市人民政府", "各片区管委会", "自治区自贸试验区工作领导小组各成员单位"]
RECIP_LINE = "各片区所在市人民政府，各片区管委会，自治区自贸试验区工作领导小组各成员单位："


# =================================================================== DOC A
def doc_xize():
    """通知 + 附件: 考核评分细则 (landscape table, merged cells, repeated header)."""
    stem = "blind1014_gx_xize"
    doc = Document()
    setup(doc)
    clauses = []

    # 红头: long organ name on two lines + 文件, laid out in a borderless table
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.rows[0].cells[0], ["中国（广西）自由贸易试验区", "工作办公室"], XBS, 24, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=34)
    set_cell(t.rows[0].cells[1], "文件", XBS, 44, color=RED, line=56)
    set_widths(t, [Cm(11.6), Cm(3.8)])
    p = add_par(doc, "桂自贸办发〔2025〕3号", align=C, indent=False, before=14)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1, line=20)
    # title: three paragraphs, wrapped inside the 书名号
    for ln in ("中国（广西）自由贸易试验区工作办公室",
               "关于印发《中国（广西）自由贸易试验区",
               "片区年度考核评分细则（2025年版）》的通知"):
        p = doc.add_paragraph()
        # the clerk squeezed the last line (紧缩 0.75磅) to keep it on one line
        font(p.add_run(ln), XBS, 22, condense=-15 if "通知" in ln else None)
        fmt(p, align=C, indent=False, line=34)
    empty(doc, 1, line=20)
    add_par(doc, RECIP_LINE, indent=False, align=J)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)], align=J)

    body("为深入实施自由贸易试验区提升战略，推动各片区在高质量共建“一带一路”中走在前列，经自治区自贸试验区工作领导小组同意，现将《中国（广西）自由贸易试验区片区年度考核评分细则（2025年版）》（以下简称《细则》）印发给你们，并就有关事项通知如下。")
    runin("一、考核对象和周期。", "考核对象为南宁片区、钦州港片区、崇左片区，以自然年度为周期，于次年3月底前完成。", HT)
    add_par(doc, [("二、考核程序", HT, 16, False)]).paragraph_format.keep_with_next = True
    runin("（一）片区自评。", "各片区管委会于次年1月20日前将自评报告和佐证材料经所在市政府审核后报自治区自贸办。")
    runin("（二）部门评分。", "领导小组有关成员单位按照《细则》评分，于次年2月15日前反馈自治区自贸办。")
    runin("（三）综合评定。", "自治区自贸办汇总评分，必要时委托第三方实地核查，提出得分和等次建议，报领导小组审定。")
    runin("三、结果运用。", "考核结果在全区通报，并作为安排自贸试验区建设专项资金的重要依据。考核不合格的片区，由自治区自贸办约谈其主要负责同志。", HT)
    runin("四、工作要求。", "各片区要确保数据真实准确、佐证材料完整规范。对弄虚作假的，一经查实，取消当年评优资格，相关指标按零分计算。", HT)
    runin("五、施行时间。", "《细则》自2025年3月1日起施行，有效期至2026年12月31日。《中国（广西）自贸试验区片区考核办法（试行）》（桂自贸办发〔2023〕11号）同时废止。", HT)
    p = add_par(doc, "附件：" + XIZE, indent=True, align=L, before=14)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    # 落款 pushed right with right indent
    p = add_par(doc, ZMB, indent=False, align=R)
    p.paragraph_format.right_indent = Pt(32)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "2025年2月18日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(80)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件: landscape section with the big table
    landscape_section(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False, line=22)
    add_par(doc, [(XIZE, XBS, 18, False)], align=C, indent=False, line=28, after=4)

    H = ["考核指标／一级指标", "考核指标／二级指标", "分值", "评分标准", "数据来源"]
    rows = [
        ("制度创新（25分）", [
            ("制度创新成果", "10", "以片区当年形成并经自治区自贸办认定的制度创新成果计分。每形成1项得0.5分，最高得6分；入选自治区自贸试验区最佳实践案例的，每项另加1分，最高得4分。同一成果不重复计分。", "自治区自贸办"),
            ("复制推广", "8", "片区制度创新成果被国务院或国家有关部委发文复制推广的，每项得4分；被自治区人民政府或自治区有关部门发文推广的，每项得2分。本项最高得8分。", "自治区自贸办、自治区司法厅"),
            ("对接高标准经贸规则", "7", ["1．对接《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则开展压力测试，形成可评估试点事项的，每项得1分，最高得4分。",
                                    "2．承担国家级、自治区级改革试点任务并按期完成的，每项得1分，最高得3分；未按期完成的不得分。"], "自治区商务厅、自治区发展改革委"),
        ]),
        ("开放型经济（30分）", [
            ("货物贸易进出口", "10", "以片区货物贸易进出口额同比增速计分。增速等于全区平均增速的得6分；每高出1个百分点加0.5分，最高得10分；每低于1个百分点扣0.5分，扣完为止。进出口额负增长的，本项得分不超过3分。", "南宁海关"),
            ("实际使用外资", "8", "以片区实际使用外资金额（商务部统计口径）计分。完成年度目标任务的得5分；超额完成的，每超出10%加1分，最高得8分；未完成的，按完成比例折算得分。", "自治区商务厅"),
            ("服务贸易和数字贸易", "6", "以片区服务贸易进出口额、跨境电商进出口额增长情况计分，两项各占3分。增速高于全区平均水平的得3分，达到全区平均水平的得2分，低于全区平均水平的得1分。", "自治区商务厅、南宁海关"),
            ("对外投资合作", "6", "片区企业当年新增境外投资备案（核准）项目的，每个得0.5分，最高得3分；在东盟国家新建境外经贸合作区或海外仓的，每个得1.5分，最高得3分。", "自治区商务厅、自治区发展改革委"),
        ]),
        ("产业发展（20分）", [
            ("新增市场主体", "5", "以片区当年新增企业数同比增速计分。增速达到10%的得3分，每高出1个百分点加0.2分，最高得5分；当年新增外商投资企业10家以上的，本项直接得满分。", "自治区市场监管局"),
            ("重大产业项目", "10", "片区当年新开工计划总投资10亿元以上的产业项目，每个得2分；5亿元（含）至10亿元的，每个得1分。本项最高得10分。仅签约未开工的项目不计分，同一项目不跨年度重复计分。", "自治区发展改革委、片区所在市政府"),
            ("固定资产投资", "5", "以片区固定资产投资同比增速计分。增速高于全区平均水平的得5分，与全区平均水平持平的得3分，低于全区平均水平的得1分。", "自治区统计局"),
        ]),
        ("面向东盟开放合作（15分）", [
            ("西部陆海新通道建设", "8", ["1．以片区组织的海铁联运班列开行量、跨境公路班车发运量同比增长情况计分，最高得5分。",
                                     "2．新开通至东盟国家的国际航线、班列线路或跨境运输线路的，每条得1分，最高得3分。"], "自治区交通运输厅、南宁局集团公司"),
            ("中国—东盟合作平台", "7", "承办或参与中国—东盟博览会、中国—东盟商务与投资峰会等重大经贸活动并促成项目签约的，每个项目得1分，最高得4分；与东盟国家地方政府、产业园区签订合作协议并实质推进的，每项得1分，最高得3分。", "自治区商务厅、自治区外事办"),
        ]),
        ("营商环境和风险防控（10分）", [
            ("营商环境", "5", "以自治区营商环境评价中片区所在县（市、区）排名计分。排名全区前10位的得5分，第11至30位的得3分，其他得1分。", "自治区发展改革委"),
            ("风险防控", "5", "建立健全投资、贸易、金融、数据安全等领域风险防控机制，全年未发生重大风险事件的得5分。发生一般风险事件并及时妥善处置的，每起扣1分；处置不力造成不良影响的，本项不得分。", "自治区自贸办、人民银行广西区分行"),
        ]),
        ("加分项（最高5分）", [
            ("国家级表彰和试点", "最高3分", "片区工作获得国务院或国家有关部委通报表扬、经验推广的，每次加1.5分；获批国家级改革试点、开放平台的，每项加1.5分。本项最高加3分。", "自治区自贸办"),
            ("重大突破性成果", "最高2分", "在面向东盟的跨境金融、跨境物流、数字贸易等领域取得具有全国影响力的突破性成果，经自治区自由贸易试验区工作领导小组认定的，每项加1分，最高加2分。", "自治区自贸办"),
        ]),
        ("扣分项", [
            ("审计和督查问题", "每项扣1分", "片区在国家和自治区审计、巡视、督查中被发现问题且未按期整改到位的，每项扣1分；被国务院或国家有关部委通报批评的，每次扣3分。", "自治区审计厅、自治区人民政府督查室"),
            ("安全生产和生态环境", "每起扣2分", "片区范围内发生较大及以上生产安全事故、突发环境事件的，每起扣2分；发生重大及以上事故或事件的，取消当年评优资格。", "自治区应急管理厅、自治区生态环境厅"),
            ("信息报送", "每次扣0.25分", "未按要求报送自贸试验区统计数据、工作动态和重要事项的，每迟报、漏报1次扣0.25分；报送数据经核实存在明显错误的，每次扣0.5分。", "自治区自贸办"),
        ]),
    ]
    n_data = sum(len(g[1]) for g in rows) + 1
    t = doc.add_table(rows=2 + n_data, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(2.5), Cm(2.8), Cm(1.6), Cm(14.8), Cm(3.0)])
    # two header rows: 考核指标 spans 2 cols; other headers span 2 rows
    h0, h1 = t.rows[0], t.rows[1]
    m = h0.cells[0].merge(h0.cells[1])
    set_cell(m, "考核指标", HT, 10.5, line=14)
    set_cell(h1.cells[0], "一级指标", HT, 10.5, line=14)
    set_cell(h1.cells[1], "二级指标", HT, 10.5, line=14)
    for ci, name in ((2, "分值"), (3, "评分标准"), (4, "数据来源")):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, name, HT, 10.5, line=14)
    repeat_header(h0)
    repeat_header(h1)
    ri = 2
    for first, subs in rows:
        top = ri
        for (second, score, std, src) in subs:
            set_cell(t.cell(ri, 1), second, FS, 10, line=13)
            set_cell(t.cell(ri, 2), score, FS, 10, line=13)
            set_cell(t.cell(ri, 3), std, FS, 10, align=J, line=13)
            set_cell(t.cell(ri, 4), src, FS, 10, line=13)
            clauses.append(row_clause(H, [first, second, score, std, src]))
            ri += 1
        mcell = t.cell(top, 0).merge(t.cell(ri - 1, 0)) if ri - 1 > top else t.cell(top, 0)
        set_cell(mcell, first, HT, 10, line=13)
    total = ["合计", "—", "100", "基础指标满分100分。片区年度考核得分＝基础指标得分＋加分项得分－扣分项分值。", "—"]
    for ci, v in enumerate(total):
        set_cell(t.cell(ri, ci), v, HT if ci == 0 else FS, 10, align=J if ci == 3 else C, line=13)
    clauses.append(row_clause(H, total))

    notes = ["注：1．考核指标中涉及增速的，均以当年数据与上年同期数据比较计算；全区平均水平以自治区统计局、南宁海关公布的数据为准。",
             "2．各项指标得分最低为0分，不出现负分；基础指标得分保留两位小数。",
             "3．考核等次分为优秀、良好、合格、不合格四个等次：得分90分（含）以上为优秀，80分（含）至90分为良好，70分（含）至80分为合格，70分以下为不合格。",
             "4．本细则由自治区自贸办负责解释。"]
    for i, n in enumerate(notes):
        p = add_par(doc, [(n, FS, 10.5, False)], indent=False, line=15, before=4 if i == 0 else 0, align=J)
        p.paragraph_format.left_indent = Pt(21 if i else 0)
        clauses.append(n)

    banji(doc, "抄送：自治区党委改革办，自治区人民政府办公厅，南宁海关，人民银行广西区分行。",
          "中国（广西）自由贸易试验区工作办公室", "2025年2月18日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区工作办公室关于印发《中国（广西）自由贸易试验区片区年度考核评分细则（2025年版）》的通知",
            "doc_number": "桂自贸办发〔2025〕3号",
            "issuer": [ZMB],
            "date": "2025-02-18",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2025-03-01",
            "expires": "2026-12-31",
            "attachments": [XIZE],
            "doc_type": "通知",
            "recipients": list(RECIP),
            "publicity": "此件主动公开",
            "repeals": "《中国（广西）自贸试验区片区考核办法（试行）》（桂自贸办发〔2023〕11号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_tongbao():
    """考核结果通报: ranking table + 附件 得分明细表 (two-level header)."""
    stem = "blind1014_gx_tongbao"
    doc = Document()
    setup(doc)
    clauses = []
    n_item = make_numbering(doc, "（%1）")

    # 红头 squeezed onto one line with condensed character spacing
    p = doc.add_paragraph()
    font(p.add_run(ZMB + "文件"), XBS, 28, color=RED, scale=72)
    fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=False, line=50, before=18)
    empty(doc, 1)
    p = add_par(doc, "桂自贸办发〔2026〕6号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, Shift+Enter after 2025年度
    p = doc.add_paragraph()
    font(p.add_run("中国（广西）自由贸易试验区工作办公室关于"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2025年度片区考核结果的通报"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, RECIP_LINE, indent=False, align=J)

    # body indented with typed full-width spaces, not paragraph indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False, align=J)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    items = [0]

    def item(h, t):
        items[0] += 1
        clauses.append("（%s）%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32), align=J)
        apply_num(p, n_item)

    body("根据《中国（广西）自由贸易试验区片区年度考核评分细则（2025年版）》（桂自贸办发〔2025〕3号），自治区自贸办会同自治区商务厅、发展改革委、南宁海关等14个部门（单位），采取片区自评、部门评分、实地核查相结合的方式，对南宁片区、钦州港片区、崇左片区2025年度建设发展情况进行了考核。经自治区自由贸易试验区工作领导小组审定，现将考核结果通报如下。")
    head("一、考核结果")
    body("南宁片区、钦州港片区考核等次为优秀，崇左片区考核等次为良好。各片区得分及排名情况见下表。")
    add_par(doc, [("2025年度中国（广西）自由贸易试验区片区考核结果", HT, 14, False)], align=C, indent=False, line=24, before=6)
    add_par(doc, [("单位：分", FS, 12, False)], align=R, indent=False, line=20)
    H = ["排名", "片区", "得分", "等次"]
    data = [["1", "南宁片区", "93.65", "优秀"],
            ["2", "钦州港片区", "91.10", "优秀"],
            ["3", "崇左片区", "84.75", "良好"]]
    t = doc.add_table(rows=1 + len(data), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(2.4), Cm(5.2), Cm(3.6), Cm(3.6)])
    for i, h in enumerate(H):
        set_cell(t.rows[0].cells[i], h, HT, 14, line=26)
    for ri, row in enumerate(data, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 14, line=26)
        clauses.append(row_clause(H, row))
    n = "注：得分＝基础指标得分＋加分项得分－扣分项分值，各项得分明细见附件。"
    add_par(doc, [(n, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(n)
    head("二、总体成效")
    body("2025年，各片区深入实施自贸试验区提升战略，聚焦服务构建面向东盟的国际陆海贸易新通道，改革开放取得新成效。三个片区全年形成制度创新成果71项，其中5项被国家有关部委复制推广；实现货物贸易进出口总额2386.4亿元，同比增长12.7%；实际使用外资4.26亿美元，同比增长9.3%；新增企业2.14万家，其中外商投资企业187家。")
    item("南宁片区制度创新引领作用突出。", "片区率先开展面向东盟的跨境人民币结算便利化改革，“中国—东盟跨境数据流动服务平台”等2项成果被国家有关部委复制推广，全年服务贸易进出口额同比增长21.6%。")
    item("钦州港片区通道枢纽功能持续增强。", "西部陆海新通道海铁联运班列全年开行11362列，同比增长13.4%；新开通至越南、泰国、马来西亚的集装箱航线6条，“一带一路”陆海联动枢纽地位进一步巩固。")
    item("崇左片区沿边开放特色更加鲜明。", "凭祥综合保税区、友谊关口岸智慧口岸建设加快推进，跨境公路班车发运量同比增长36.8%，中越跨境产业合作项目新开工14个。")
    head("三、存在问题")
    body("考核也反映出一些问题：部分片区制度创新系统集成不够，首创性成果偏少；实际使用外资增长乏力，崇左片区未完成年度目标任务；个别片区统计数据报送不及时、不准确，信息报送扣分较多。")
    head("四、有关要求")
    body("各片区要以此次考核为契机，对照《细则》逐项分析失分原因，于2026年4月15日前将整改措施报送自治区自贸办。考核等次为优秀的片区要总结经验、再创佳绩；其他片区要找准差距、奋起直追，推动自贸试验区建设取得新突破。")
    empty(doc, 1)
    add_par(doc, IND + "附件：2025年度中国（广西）自由贸易试验区片区考核得分明细表", indent=False, align=L)
    empty(doc, 2)
    # 落款 and date aligned with tab stops
    sec = doc.sections[0]
    usable = sec.page_width - sec.left_margin - sec.right_margin
    p = add_par(doc, "\t" + ZMB, indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(usable - Pt(16), 2)
    p = add_par(doc, "\t2026年3月6日", indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(usable - Pt(16 + 48), 2)

    # ---------------- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2025年度中国（广西）自由贸易试验区", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("片区考核得分明细表", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("单位：分", FS, 12, False)], align=R, indent=False, line=22)
    subs = ["制度创新（25分）", "开放型经济（30分）", "产业发展（20分）", "面向东盟开放合作（15分）", "营商环境和风险防控（10分）"]
    H2 = ["片区"] + ["基础指标得分／" + s for s in subs] + ["加分", "扣分", "总得分"]
    det = [["南宁片区", "23.50", "27.80", "18.60", "12.40", "9.10", "3.00", "0.75", "93.65"],
           ["钦州港片区", "22.00", "26.50", "17.90", "14.20", "9.00", "2.50", "1.00", "91.10"],
           ["崇左片区", "19.50", "24.60", "15.80", "13.60", "8.50", "3.00", "0.25", "84.75"]]
    t = doc.add_table(rows=2 + len(det), cols=9)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(2.2)] + [Cm(1.75)] * 5 + [Cm(1.3), Cm(1.3), Cm(1.6)])
    m = t.cell(0, 1).merge(t.cell(0, 5))
    set_cell(m, "基础指标得分", HT, 10.5, line=16)
    for ci, s in enumerate(subs, 1):
        set_cell(t.cell(1, ci), s, HT, 10.5, line=16)
    for ci, name in ((0, "片区"), (6, "加分"), (7, "扣分"), (8, "总得分")):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, name, HT, 10.5, line=16)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(det, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 11, line=22)
        clauses.append(row_clause(H2, row))
    n = "注：南宁片区因信息报送迟报1次、报送数据错误1次扣0.75分；钦州港片区因审计发现问题未按期整改到位扣1分；崇左片区因信息报送漏报1次扣0.25分。"
    p = add_par(doc, [(n, FS, 12, False)], indent=False, line=22, before=4, align=J)
    clauses.append(n)

    banji(doc, "抄送：自治区党委办公厅，自治区人民政府办公厅，自治区党委组织部，自治区绩效办。",
          ZMB, "2026年3月6日印发", gap=6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（广西）自由贸易试验区工作办公室关于2025年度片区考核结果的通报",
            "doc_number": "桂自贸办发〔2026〕6号",
            "issuer": [ZMB],
            "date": "2026-03-06",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度中国（广西）自由贸易试验区片区考核得分明细表"],
            "doc_type": "通报",
            "recipients": list(RECIP),
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_zibao():
    """联合上行文: 钦州市人民政府 + 钦州港片区管委会 自评报告 (签发人 x2, 加急)."""
    stem = "blind1014_qz_zibao"
    doc = Document()
    setup(doc)
    clauses = []
    PQ = "中国（广西）自由贸易试验区钦州港片区管理委员会"

    add_par(doc, [("加急", HT, 16, False)], indent=False, line=28)
    # joint 红头: two organ names stacked, 文件 to the right (merged cell)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "钦州市人民政府", XBS, 26, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=40)
    set_cell(t.cell(1, 0), ["中国（广西）自由贸易试验区", "钦州港片区管理委员会"], XBS, 20, color=RED,
             align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=30)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 44, color=RED, line=56)
    set_widths(t, [Cm(11.8), Cm(3.6)])
    empty(doc, 1)
    # 文号 left, two 签发人 right (right tab); second name under the first
    sec = doc.sections[0]
    usable = sec.page_width - sec.left_margin - sec.right_margin
    p = add_par(doc, [("钦政报〔2026〕5号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("韦志强", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(usable - Pt(16), 2)
    p = add_par(doc, [("\t", FS, 16, False), ("黄  超", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(usable - Pt(16), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    for ln in ("钦州市人民政府、中国（广西）自由贸易",
               "试验区钦州港片区管理委员会关于报送",
               "钦州港片区2025年度考核自评情况的报告"):
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, ZMB + "：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], align=J)

    body("根据《中国（广西）自由贸易试验区片区年度考核评分细则（2025年版）》(桂自贸办发〔2025〕3号)要求，钦州港片区开展了2025年度考核自评，钦州市人民政府对自评结果进行了审核。现将有关情况报告如下。")
    head("一、自评得分情况")
    body("经自评，钦州港片区2025年度基础指标得分93.00分，加分项得分3.00分，无扣分事项，自评总得分96.00分，自评等次为优秀。具体如下：")
    add_par(doc, [("钦州港片区2025年度考核自评得分表", HT, 14, False)], align=C, indent=False, line=24, before=4)
    H = ["一级指标", "分值", "自评得分", "主要完成情况"]
    data = [
        ["制度创新", "25", "23.00", "形成制度创新成果26项，经认定21项；“海铁联运集装箱‘一单制’”被商务部复制推广，3项入选自治区最佳实践案例。"],
        ["开放型经济", "30", "27.50", "货物贸易进出口额1086.3亿元，同比增长15.2%；实际使用外资1.42亿美元，完成年度目标的118%。"],
        ["产业发展", "20", "18.50", "新增企业5326家，同比增长12.4%；新开工计划总投资10亿元以上产业项目6个，总投资156亿元。"],
        ["面向东盟开放合作", "15", "14.50", "海铁联运班列开行11362列，同比增长13.4%；新开通东盟航线6条，签订国际合作协议2项。"],
        ["营商环境和风险防控", "10", "9.50", "钦南区营商环境评价位列全区第8位；全年未发生重大风险事件。"],
        ["加分项", "最高5分", "3.00", "“钦州港—东盟跨境物流数字化平台”获商务部通报表扬；获批国家进口贸易促进创新示范区扩区。"],
        ["扣分项", "—", "0", "无。"],
        ["合计", "100", "96.00", "基础指标93.00分，加分3.00分。"],
    ]
    t = doc.add_table(rows=1 + len(data), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(3.0), Cm(1.6), Cm(1.8), Cm(9.0)])
    for i, h in enumerate(H):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=16)
    repeat_header(t.rows[0])
    for ri, row in enumerate(data, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, HT if (row[0] == "合计" and ci == 0) else FS, 10.5,
                     align=J if ci == 3 else C, line=16)
        clauses.append(row_clause(H, row))
    head("二、主要工作成效")
    runin("（一）对接高标准经贸规则取得新突破。", "围绕RCEP原产地规则、贸易便利化等条款开展压力测试，全年签发RCEP原产地证书1.26万份，帮助企业享受关税减让约2.1亿元。")
    runin("（二）陆海新通道门户港功能不断提升。", "钦州港全年完成集装箱吞吐量1031.5万标准箱，同比增长12.1%；海铁联运班列线路覆盖18个省（区、市）、75个城市。")
    runin("（三）临港产业集聚发展态势良好。", "绿色化工新材料、新能源材料两大产业集群加快壮大，片区规模以上工业总产值同比增长16.8%。")
    head("三、存在的不足")
    body("对照评分细则，片区在服务贸易和数字贸易、对外投资合作等指标上得分偏低，跨境电商进出口额增速低于全区平均水平，企业“走出去”步伐有待加快。")
    head("四、下一步工作打算")
    body("2026年，我们将重点抓好以下工作：")
    body("1.深化制度创新。力争全年形成制度创新成果30项以上，推动2项以上成果在全国复制推广。")
    body("2.补齐短板弱项。实施服务贸易和跨境电商专项培育行动，支持企业在东盟国家新建海外仓3个以上。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    add_par(doc, "附件：钦州港片区2025年度制度创新成果清单", before=14)
    empty(doc, 2)
    # joint 落款 side by side in a borderless table, date (Chinese numerals) under the right one
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    set_cell(t.cell(0, 0), "钦州市人民政府", FS, 16, line=28)
    set_cell(t.cell(0, 1), ["中国（广西）自由贸易试验区", "钦州港片区管理委员会"], FS, 16, line=28)
    set_cell(t.cell(1, 1), "二〇二六年一月十六日", FS, 16, line=28)
    set_widths(t, [Cm(6.8), Cm(8.6)])
    empty(doc, 1)
    add_par(doc, "（联系人：陆海燕，联系电话：0777-3880615）")

    # ---------------- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("钦州港片区2025年度制度创新成果清单", XBS, 20, False)], align=C, indent=False, line=32, after=8)
    H2 = ["序号", "成果名称", "主要内容", "认定或推广情况"]
    res = [
        ["1", "海铁联运集装箱“一单制”", "以一份多式联运提单实现海运、铁路全程运输，一次委托、一单到底。", "商务部复制推广"],
        ["2", "进口东盟水果“船边直提”", "对进口东盟鲜果实施“提前申报、船边直提”，平均通关时间压缩至6小时以内。", "自治区最佳实践案例"],
        ["3", "RCEP原产地证书智能审签", "依托国际贸易“单一窗口”实现原产地证书自助打印、智能审核。", "自治区最佳实践案例"],
        ["4", "港口危险货物作业“一站式”审批", "整合港口危险货物作业审批事项，审批时限由15个工作日压缩至5个工作日。", "自治区最佳实践案例"],
        ["5", "跨境人民币“首办户”培育机制", "建立跨境人民币业务首办户清单，开展银企对接“一对一”辅导。", "自治区自贸办认定"],
        ["6", "保税船舶燃料油“一船多供”", "支持同一船舶在锚地一次性加注多家供油企业的保税燃料油。", "自治区自贸办认定"],
    ]
    t = doc.add_table(rows=1 + len(res), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Cm(1.2), Cm(4.6), Cm(6.6), Cm(3.0)])
    for i, h in enumerate(H2):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(res, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=J if ci == 2 else C)
        clauses.append(row_clause(H2, row))
    n = "注：本表列出主要成果6项，其余15项详见佐证材料。"
    add_par(doc, [(n, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(n)

    banji(doc, "抄送：自治区商务厅。", "钦州市人民政府办公室", "2026年1月16日印发", gap=3)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "钦州市人民政府、中国（广西）自由贸易试验区钦州港片区管理委员会关于报送钦州港片区2025年度考核自评情况的报告",
            "doc_number": "钦政报〔2026〕5号",
            "issuer": ["钦州市人民政府", PQ],
            "date": "2026-01-16",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["钦州港片区2025年度制度创新成果清单"],
            "doc_type": "报告",
            "recipients": [ZMB],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_xize(), doc_tongbao(), doc_zibao()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
