# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 903: 国际物流通道建设三年行动计划（2026—2028年）及重点任务分工表.

Writes three Word files, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
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
    """runs: list of (text, fontname, size, bold[, color]) or a plain str."""
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
    fmt(p, indent=False, line=12)


def footer_pageno(section):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
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
    footer_pageno(s)


def landscape(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin = Cm(2.4), Cm(2.2)
    s.left_margin, s.right_margin = Cm(3.0), Cm(2.6)
    return s


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    tcpr = cell._tc.get_or_add_tcPr()
    if tcpr.find(qn("w:vAlign")) is None:
        tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(t, widths_cm):
    t.autofit = False
    for i, w in enumerate(widths_cm):
        t.columns[i].width = Cm(w)
    for tr in t._tbl.tr_lst:
        gi = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[gi:gi + span]))
            gi += span


def no_borders(t):
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji(doc, cc, printer, date_txt, lead=2, tab=15.1):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, lead)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(tab), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_903", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering ---------------------------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, numfmt="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:b/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text, KT, KT, KT))
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
def doc_yunnan():
    """省政府办公厅印发行动计划的通知 + 行动计划 + 附件分工表（横排，纵向合并）."""
    stem = "blind903_yunnan_xingdong"
    doc = Document()
    setup(doc)
    clauses = []
    n_task = make_numbering(doc, "（%1）")
    n_guar = make_numbering(doc, "（%1）")

    # 红头
    add_par(doc, [("云南省人民政府办公厅文件", XBS, 36, False, RED)],
            align=C, indent=False, line=54, before=12)
    empty(doc, 1)
    p = add_par(doc, "云政办发〔2026〕7号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title typed as three separate paragraphs, wrapped at odd places
    for t in ("云南省人民政府办公厅关于印发云南省",
              "国际物流通道建设三年行动计划",
              "（2026—2028年）的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各州、市人民政府，省直各委、办、厅、局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("《云南省国际物流通道建设三年行动计划（2026—2028年）》已经省人民政府同意，现印发给你们，请结合实际认真贯彻落实。")
    body("各牵头单位要按照重点任务分工表明确的完成时限，细化工作措施，每半年向省发展改革委（省现代物流发展领导小组办公室）报送一次工作进展情况。")
    empty(doc, 1)
    # 落款 typed with half-width spaces
    add_par(doc, " " * 34 + "云南省人民政府办公厅", indent=False)
    add_par(doc, " " * 36 + "2026年1月23日", indent=False)
    add_par(doc, "（此件公开发布）")

    # the plan starts on a new page
    page_break(doc)
    add_par(doc, [("云南省国际物流通道建设三年行动计划", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("（2026—2028年）", KT, 16, False)], align=C, indent=False, line=30)
    empty(doc, 1)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def numbered(nid, h, t, idx):
        clauses.append("（%s）%s%s" % (CN[idx], h, t))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, nid)

    body("为推动共建“一带一路”高质量发展，发挥我省面向南亚东南亚辐射中心的区位优势，加快构建畅通高效、安全可靠的国际物流通道体系，制定本行动计划。")
    head("一、总体要求")
    body("以中老铁路、中缅陆水联运通道、中越国际通道为骨干，以昆明国际陆港和中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区为支点，推动通道、枢纽、口岸、产业联动发展。")
    head("二、主要目标")
    body("到2028年，中老铁路国际货运量达到800万吨，年开行中老铁路国际货物列车4000列以上；国际航空货邮吞吐量达到12万吨；边境口岸货运量年均增长8%以上；全省社会物流总费用与地区生产总值的比率较2025年下降1.5个百分点。")
    head("三、重点任务")
    tasks = [
        ("提升中老铁路通道运输能力。", "推进王家营西站、磨憨站扩能改造，优化“中老铁路+中欧班列”“中老铁路+西部陆海新通道”班列组织，拓展至泰国、马来西亚的跨境运输线路。"),
        ("推进中缅、中越通道建设。", "加快大理至瑞丽铁路保山至瑞丽段建设，推动中缅新通道公铁联运常态化运行；推进中越跨境铁路标准轨对接前期工作。"),
        ("建设昆明国际陆港。", "建设集多式联运、保税物流、国际分拨于一体的陆港型国家物流枢纽，2027年底前建成投用昆明国际陆港多式联运监管中心。"),
        ("提升口岸通关便利化水平。", "推广“铁路快速通关”模式，推进磨憨—磨丁、瑞丽—木姐口岸“一站式”通关。"),
        ("培育国际物流经营主体。", "组建省级国际物流集团，支持企业在老挝、泰国、缅甸等国布局海外仓。"),
    ]
    for i, (h, t) in enumerate(tasks):
        numbered(n_task, h, t, i)
    head("四、保障措施")
    guar = [
        ("加强组织领导。", "省现代物流发展领导小组统筹推进本行动计划实施，各牵头单位要制定年度工作计划。"),
        ("强化要素保障。", "统筹用好省级物流发展专项资金，对国际物流通道重大项目优先保障用地指标。"),
        ("严格督促考核。", "将重点任务落实情况纳入省政府督查内容，实行季度调度、年度评估。"),
    ]
    for i, (h, t) in enumerate(guar):
        numbered(n_guar, h, t, i)
    body("本行动计划自2026年3月1日起实施，有效期至2028年12月31日。")
    att_title = "云南省国际物流通道建设重点任务分工表"
    p = add_par(doc, "附件：" + att_title, indent=True)

    # ---- 附件 in a landscape section
    landscape(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [(att_title, XBS, 20, False)], align=C, indent=False, line=32, after=6)
    header = ["序号", "任务类别", "重点任务", "牵头单位", "责任单位", "完成时限"]
    rows = [
        ("通道建设", "推进王家营西站、磨憨站扩能改造", "省发展改革委",
         "中国铁路昆明局集团有限公司，昆明市、西双版纳州人民政府", "2027年12月底"),
        ("通道建设", "加快大理至瑞丽铁路保山至瑞丽段建设", "省发展改革委",
         "省交通运输厅，保山市、德宏州人民政府", "2028年12月底"),
        ("通道建设", "推进中越跨境铁路标准轨对接前期工作", "省发展改革委",
         "省交通运输厅、省外办，红河州人民政府", "2028年6月底"),
        ("枢纽建设", "建成投用昆明国际陆港多式联运监管中心", "昆明市人民政府",
         "昆明海关、省商务厅", "2027年12月底"),
        ("枢纽建设", "新开加密至南亚东南亚全货机航线10条以上", "省交通运输厅",
         "民航云南安全监管局、云南机场集团有限责任公司", "2028年12月底"),
        ("口岸通关", "推进磨憨—磨丁、瑞丽—木姐口岸“一站式”通关", "省商务厅",
         "昆明海关、云南出入境边防检查总站，西双版纳州、德宏州人民政府", "2026年12月底"),
        ("口岸通关", "推广“铁路快速通关”模式", "昆明海关",
         "中国铁路昆明局集团有限公司", "持续推进"),
        ("主体培育", "组建省级国际物流集团", "省国资委", "省发展改革委、省财政厅", "2026年12月底"),
        ("主体培育", "在老挝、泰国、缅甸等国布局海外仓和境外物流节点15个以上", "省商务厅",
         "省发展改革委、省国资委", "2028年12月底"),
        ("要素保障", "统筹省级物流发展专项资金支持通道项目建设", "省财政厅",
         "省发展改革委、省交通运输厅", "每年"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, (cat, task, lead, resp, due) in enumerate(rows, 1):
        vals = [str(ri), cat, task, lead, resp, due]
        for ci, v in enumerate(vals):
            if ci == 1:
                continue
            al = L if ci in (2, 4) else C
            set_cell(t.rows[ri].cells[ci], v, FS, 11, align=al, line=15)
        cant_split(t.rows[ri])
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, vals)))
    # vertical merges of 任务类别
    start = 1
    while start <= len(rows):
        end = start
        while end + 1 <= len(rows) and rows[end][0] == rows[start - 1][0]:
            end += 1
        cell = t.cell(start, 1)
        if end > start:
            cell = cell.merge(t.cell(end, 1))
        set_cell(cell, rows[start - 1][0], FS, 11, line=15)
        start = end + 1
    col_widths(t, [1.3, 2.2, 7.8, 3.4, 6.4, 3.0])
    note = "注：责任单位排在第一位的为主要责任单位，各州、市人民政府按照职责抓好本地区任务落实。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    clauses.append(note)

    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，云南省军区。",
          "云南省人民政府办公厅", "2026年1月26日印发", lead=0, tab=23.6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "云南省人民政府办公厅关于印发云南省国际物流通道建设三年行动计划（2026—2028年）的通知",
            "doc_number": "云政办发〔2026〕7号",
            "issuer": ["云南省人民政府办公厅"],
            "date": "2026-01-23",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": "2026-03-01",
            "expires": "2028-12-31",
            "attachments": [att_title],
            "doc_type": "通知",
            "recipients": ["各州、市人民政府", "省直各委、办、厅、局"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_ningbo():
    """三部门联合发文：重点任务分工落实通知 + 附件分工表（双层表头、手工续表）."""
    stem = "blind903_ningbo_fengong"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    # joint 版头: organ names stacked, "文件" in a merged cell on the right
    organs = ["宁波市发展和改革委员会", "宁波市交通运输局", "宁波市商务局"]
    t = doc.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    for i, o in enumerate(organs):
        c = t.cell(i, 0)
        c.text = ""
        pp = c.paragraphs[0]
        font(pp.add_run(o), XBS, 26, False, RED)
        pp.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        pp.paragraph_format.line_spacing = Pt(36)
    m = t.cell(0, 1).merge(t.cell(2, 1))
    m.text = ""
    pp = m.paragraphs[0]
    font(pp.add_run("文件"), XBS, 40, False, RED)
    pp.alignment = C
    m._tc.get_or_add_tcPr().append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))
    col_widths(t, [11.0, 4.0])
    p = add_par(doc, "甬发改物流〔2026〕42号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title: one paragraph, manual line breaks at odd places
    p = doc.add_paragraph()
    parts = ["关于做好宁波市国际物流通道建设三年", "行动计划（2026—2028年）重点任务", "分工落实工作的通知"]
    for i, s in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(s), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各区（县、市）人民政府，市直有关单位，有关企业：", indent=False)

    # body typed with full-width spaces instead of a first-line indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    body("为贯彻落实《浙江省人民政府办公厅关于印发浙江省国际物流通道建设三年行动计划（2026—2028年）的通知》（浙政办发〔2026〕3号）精神，经市政府同意，现将《宁波市国际物流通道建设三年行动计划（2026—2028年）》重点任务分工明确如下，请认真抓好落实。")
    head("一、明确责任分工")
    body("各牵头单位是任务落实的第一责任单位，要会同责任单位制定具体工作方案，明确时间表、路线图；各责任单位要按照职责分工主动配合，形成工作合力。")
    head("二、工作要求")
    body("1.建立月调度机制。每月5日前,各牵头单位将上月任务进展情况报送市发展改革委（市现代物流业发展领导小组办公室），逾期未报的予以通报。")
    body("2.实行清单化管理。对照分工表逐项建立任务台账，完成一项、销号一项；确需调整完成时限的，由牵头单位提出书面申请，经市现代物流业发展领导小组办公室同意后调整。")
    body("3．强化考核运用。重点任务完成情况纳入市对区（县、市）和市直有关单位年度综合考核。")
    empty(doc, 1)
    att_title = "宁波市国际物流通道建设三年行动计划（2026—2028年）重点任务分工表"
    # 附件 line: second line aligned under the title with typed spaces via manual break
    p = doc.add_paragraph()
    font(p.add_run(IND + "附件：宁波市国际物流通道建设三年行动计划"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000" * 5 + "（2026—2028年）重点任务分工表"), FS, 16)
    fmt(p, indent=False)
    empty(doc, 1)
    # 三个落款 organs, typed in a borderless layout table, date in Chinese numerals
    lt = doc.add_table(rows=3, cols=2)
    no_borders(lt)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(lt.cell(0, 0), "宁波市发展和改革委员会", FS, 16, line=28)
    set_cell(lt.cell(0, 1), "宁波市交通运输局", FS, 16, line=28)
    set_cell(lt.cell(1, 1), "宁波市商务局", FS, 16, line=28)
    set_cell(lt.cell(2, 1), "二〇二六年三月十六日", FS, 16, line=28)
    col_widths(lt, [8.0, 7.6])
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # ---- 附件 in landscape, manually split table with 续表
    landscape(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [(att_title, XBS, 18, False)], align=C, indent=False, line=30, after=6)
    hdr = ["序号", "重点任务", "责任分工／牵头单位", "责任分工／责任单位", "完成时限"]
    part1 = [
        ("加快宁波舟山港穿山港区中宅二期、梅山港区6号至10号集装箱码头建设*",
         "市交通运输局（市港航管理中心）", "北仑区人民政府、宁波舟山港集团有限公司", "2027年12月"),
        ("拓展海铁联运班列线路，海铁联运箱量年均增长10%以上*", "市交通运输局",
         "宁波舟山港集团有限公司、中国铁路上海局集团有限公司宁波货运中心", "持续推进"),
        ("推动“义新欧”中欧班列宁波—义乌—欧洲“海铁+班列”联程运输常态化", "市商务局",
         "市交通运输局、宁波海关", "2026年12月"),
        ("新开加密宁波栎社国际机场国际全货机航线5条以上", "市交通运输局",
         "宁波机场集团有限公司、鄞州区人民政府", "2028年6月"),
        ("建设中国（浙江）自由贸易试验区宁波片区国际航运物流服务集聚区",
         "中国（浙江）自由贸易试验区宁波片区管委会", "市商务局、市交通运输局", "2027年6月"),
        ("推进“智慧口岸”建设，进口、出口整体通关时间分别压缩至30小时、1小时以内*", "宁波海关",
         "市商务局（市口岸办）、宁波海事局", "2026年12月"),
    ]
    part2 = [
        ("支持企业在RCEP成员国及共建“一带一路”国家布局海外仓，新增海外仓20个以上", "市商务局",
         "市发展改革委、市财政局", "2028年12月"),
        ("培育年营业收入超百亿元的国际物流龙头企业3家", "市发展改革委",
         "市商务局、市国资委", "2028年12月"),
        ("设立市级国际物流通道发展专项资金", "市财政局",
         "市发展改革委、市交通运输局", "2026年6月"),
        ("开展国际物流通道建设年度评估", "市发展改革委",
         "各区（县、市）人民政府", "每年12月"),
    ]

    def two_level_table(rows, first_no):
        tb = doc.add_table(rows=2 + len(rows), cols=5)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        # header row 1 / row 2 with merges
        a = tb.cell(0, 0).merge(tb.cell(1, 0))
        set_cell(a, "序号", HT, 12)
        b = tb.cell(0, 1).merge(tb.cell(1, 1))
        set_cell(b, "重点任务", HT, 12)
        c = tb.cell(0, 2).merge(tb.cell(0, 3))
        set_cell(c, "责任分工", HT, 12)
        set_cell(tb.cell(1, 2), "牵头单位", HT, 12)
        set_cell(tb.cell(1, 3), "责任单位", HT, 12)
        d = tb.cell(0, 4).merge(tb.cell(1, 4))
        set_cell(d, "完成时限", HT, 12)
        for ri, row in enumerate(rows):
            vals = [str(first_no + ri)] + list(row)
            for ci, v in enumerate(vals):
                set_cell(tb.cell(2 + ri, ci), v, FS, 11, align=L if ci in (1, 3) else C, line=16)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, vals)))
        col_widths(tb, [1.2, 9.0, 4.8, 6.3, 2.8])
        return tb

    two_level_table(part1, 1)
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False, line=24)
    two_level_table(part2, 1 + len(part1))
    n1 = "注：1.标注“*”的任务为省对市重点考核任务。"
    n2 = "2.完成时限为“持续推进”的，牵头单位应于每年12月10日前报送年度进展情况。"
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=6)
    p = add_par(doc, [(n2, FS, 12, False)], indent=False, line=20)
    p.paragraph_format.left_indent = Pt(24)
    clauses.extend([n1, n2])
    banji(doc, "抄送：市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅，宁波海关。",
          "宁波市发展和改革委员会办公室", "2026年3月17日印发", lead=1, tab=23.6)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于做好宁波市国际物流通道建设三年行动计划（2026—2028年）重点任务分工落实工作的通知",
            "doc_number": "甬发改物流〔2026〕42号",
            "issuer": organs,
            "date": "2026-03-16",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": [att_title],
            "doc_type": "通知",
            "recipients": ["各区（县、市）人民政府", "市直有关单位", "有关企业"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_horgos():
    """县级市政府向自治州政府的报告（上行文，签发人），含指标表."""
    stem = "blind903_huoerguosi_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    # 份号 + 紧急程度, top left
    add_par(doc, [("000015", SONG, 16, False)], indent=False)
    add_par(doc, [("加急", HT, 16, False)], indent=False)
    add_par(doc, [("霍尔果斯市人民政府", XBS, 40, False, RED)],
            align=C, indent=False, line=56, before=12)
    empty(doc, 1)
    # 文号 left, 签发人 right with a right tab stop
    p = add_par(doc, [("霍政报〔2026〕19号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("阿不都热依木·买买提", KT, 16, False)],
                indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for s in ("霍尔果斯市人民政府关于国际物流通道建设",
              "三年行动计划重点任务2026年上半年",
              "推进情况的报告"):
        add_par(doc, [(s, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "伊犁哈萨克自治州人民政府：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("按照《伊犁哈萨克自治州国际物流通道建设三年行动计划（2026—2028年）》及重点任务分工表要求，我市牵头承担重点任务5项、配合承担9项。现将2026年上半年推进情况报告如下：")
    head("一、总体进展")
    body("上半年，霍尔果斯口岸进出口货运量完成2216.8万吨，同比增长9.4%；经霍尔果斯铁路口岸通行的中欧（中亚）班列4126列，同比增长6.7%；主要指标完成情况见表1。")
    p = add_par(doc, [("表1  主要指标完成情况", HT, 14, False)], align=C, indent=False, line=24, before=6)
    p.paragraph_format.keep_with_next = True
    header = ["指标名称", "单位", "2028年目标", "2026年上半年完成", "占目标比例（%）"]
    rows = [
        ["口岸进出口货运量", "万吨", "5000", "2216.8", "44.3"],
        ["中欧（中亚）班列通行量", "列", "9000", "4126", "45.8"],
        ["无水港集装箱吞吐量", "万标箱", "30", "12.3", "41.0"],
        ["跨境电商进出口额", "亿元", "150", "58.6", "39.1"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 0 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    col_widths(t, [4.2, 1.6, 2.6, 4.0, 3.2])
    add_par(doc, [("注：班列通行量含中欧班列和中亚班列，数据来源为霍尔果斯海关和霍尔果斯站。", FS, 12, False)],
            indent=False, line=20, before=4)
    clauses.append("注：班列通行量含中欧班列和中亚班列，数据来源为霍尔果斯海关和霍尔果斯站。")
    head("二、重点任务推进情况")
    runin("（一）铁路口岸扩能改造。", "换装库二期工程已完成主体施工，计划9月底投入使用，投用后宽轨换装能力由每日28列提升至36列。")
    runin("（二）公路口岸智能化改造。", "“智慧口岸”一期建成运行，货车过境实现“无感通关”，平均通关时间由2.5小时压缩至40分钟。")
    # two run-in items typed in one paragraph separated by Shift+Enter
    h3, t3 = "（三）中哈霍尔果斯国际边境合作中心功能提升。", "合作中心跨境电商监管场所通过验收，上半年监管跨境电商包裹386万件。"
    h4, t4 = "（四）多式联运示范工程。", "“连霍高速+中欧班列”公铁联运线路开通运行，累计开行公铁联运班列312列。"
    p = doc.add_paragraph()
    font(p.add_run(h3), KT, 16)
    font(p.add_run(t3), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + h4), KT, 16)
    font(p.add_run(t4), FS, 16)
    fmt(p)
    clauses.extend([h3 + t3, h4 + t4])
    head("三、存在的问题")
    body("一是口岸换装能力存在季节性瓶颈,二季度高峰期日均待换装车辆超过600辆;二是回程货源不足,回程班列占比仅为31.5%;三是专业物流人才短缺,难以满足通道发展需要。")
    head("四、下一步工作打算")
    body("下半年，我市将对照任务分工表确定的完成时限，倒排工期、挂图作战，重点抓好以下工作：")
    # numbered lines indented with typed half-width spaces
    for s in ("1.确保换装库二期工程9月底前投入使用。",
              "2.推动霍尔果斯综合保税区申建进口肉类、粮食指定监管场地。",
              "3.争取自治区支持开行霍尔果斯至欧洲回程集结班列。"):
        clauses.append(s)
        add_par(doc, "    " + s, indent=False)
    add_par(doc, IND + "特此报告。", indent=False)
    empty(doc, 2)
    p = add_par(doc, "霍尔果斯市人民政府", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年7月8日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    empty(doc, 1)
    add_par(doc, "（联系人：马晓军；联系电话：0999-8788612）", indent=True)
    banji(doc, "抄送：自治州发展改革委，自治州商务局，霍尔果斯海关。",
          "霍尔果斯市人民政府办公室", "2026年7月8日印发", lead=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "霍尔果斯市人民政府关于国际物流通道建设三年行动计划重点任务2026年上半年推进情况的报告",
            "doc_number": "霍政报〔2026〕19号",
            "issuer": ["霍尔果斯市人民政府"],
            "date": "2026-07-08",
            "published": None,
            "level": "county",
            "region": "霍尔果斯市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["伊犁哈萨克自治州人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_yunnan(), doc_ningbo(), doc_horgos()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
