# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 923: 自贸试验区改革试点经验复制推广工作的通知 (国务院 / 省级 / 市级),
Word + PDF + expected.json."""
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
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

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
    """runs: plain str or list of (text, font, size, bold[, color])."""
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
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def footer_pageno(section, outer=False):
    fp = section.footer.paragraphs[0]
    fp.alignment = R if outer else C
    font(fp.add_run("— "), SONG, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def setup(doc, outer=False):
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
    footer_pageno(s, outer)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_923", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# Word automatic numbering (chineseCounting) ---------------------------------
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
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text, KT, KT, KT))
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


def banji(doc, cc, printer, date_txt, gap=18):
    """版记: 抄送 + 印发 between black rules; 印发 line aligned with typed spaces."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), (" " * gap, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


# =================================================================== DOC A
def doc_guowuyuan():
    """国务院 通知 + 附件任务分工表 (vertical merge, repeated header row)."""
    stem = "blind923_guowuyuan_dibapi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("国 务 院 文 件", XBS, 48, False, RED)], align=C, indent=False,
            line=66, before=12)
    empty(doc, 1)
    p = add_par(doc, "国函〔2025〕118号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as two paragraphs, broken in an odd place
    add_par(doc, [("国务院关于做好自由贸易试验区第八批改革", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("试点经验复制推广工作的通知", XBS, 22, False)],
            align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], align=J)

    body("设立自由贸易试验区（以下简称自贸试验区）是党中央、国务院在新时代推进改革开放的重要战略举措。"
         "近年来，各自贸试验区坚持以制度创新为核心，"
         "在稳步扩大制度型开放、服务高质量共建“一带一路”等方面积极探索，形成了一批可复制推广的改革试点经验。"
         "经国务院同意，现将自贸试验区第八批改革试点经验复制推广工作有关事项通知如下：")
    head("一、复制推广的主要内容")
    runin("（一）在全国范围内复制推广的改革事项（7项）。",
          "包括投资管理、贸易便利化、金融开放创新、事中事后监管等领域的外商投资企业境外投资者股权变更登记"
          "“一件事”集成办理、中欧班列“铁路快通”模式拓展、“信用+智慧”涉企检查新模式等。")
    runin("（二）在特定区域复制推广的改革事项（3项）。",
          "在自贸试验区复制推广保税维修业务“一企一策”监管；在二手车出口业务开展地区复制推广二手车出口检测前置；"
          "在综合保税区复制推广综合保税区内外联动保税研发。")
    head("二、切实做好组织实施")
    body("各地区、各部门要加强组织领导，确保各项改革试点经验落地见效。"
         "国务院各有关部门要按照《自由贸易试验区第八批改革试点经验复制推广工作任务分工表》（见附件）要求，"
         "于2026年6月底前完成复制推广工作；需调整有关行政法规、国务院文件和部门规章规定的，要按法定程序办理。")
    body("商务部要会同有关部门做好统筹协调、跟踪督导和总结评估工作。"
         "复制推广工作中遇到的重大问题，要及时向国务院请示报告。")
    empty(doc, 1)
    add_par(doc, "附件：自由贸易试验区第八批改革试点经验复制推广工作任务分工表", indent=True)
    empty(doc, 1)
    p = add_par(doc, "国务院", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(96)
    p = add_par(doc, "2025年12月16日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ------------------------------------------------ attachment on new page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("自由贸易试验区第八批改革试点经验", XBS, 22, False)], align=C,
            indent=False, line=34)
    add_par(doc, [("复制推广工作任务分工表", XBS, 22, False)], align=C,
            indent=False, line=34)
    empty(doc, 1, line=16)
    headers = ["序号", "改革事项", "主要内容", "负责单位", "推广范围"]
    rows = [
        ["1", "外商投资企业境外投资者股权变更登记“一件事”集成办理",
         "将外商投资企业境外投资者股权变更涉及的经营主体变更登记、外汇登记、商务信息报告等事项整合为“一件事”，实行一表申请、一窗受理、并联审批，办理时限压缩至3个工作日。",
         "市场监管总局、商务部、外汇局", "全国"],
        ["2", "跨境电商出口退货“一站式”监管",
         "对跨境电商出口退货商品实行集中申报、分类查验、统一入区，支持退货商品在海关特殊监管区域内完成检测、维修、重新包装后再出口或入境。",
         "海关总署", "全国"],
        ["3", "中欧班列“铁路快通”模式拓展",
         "将“铁路快通”监管模式由进出境口岸拓展至中欧班列境内集结中心，实现铁路舱单数据与海关监管系统自动比对，货物在集结中心“一次申报、一次查验、一次放行”。",
         "海关总署、国铁集团", "全国"],
        ["4", "国际航行船舶保税燃料油跨港区供应",
         "允许取得保税燃料油供应资质的企业在同一省（区、市）内跨港区开展国际航行船舶保税燃料油供应业务，实行“一地备案、多港供应”。",
         "商务部、海关总署、交通运输部", "全国"],
        ["5", "跨境贸易投资高水平开放试点资本项目收入便利化",
         "允许符合条件的企业将资本金、外债和境外上市等资本项目收入直接用于境内支付，无需事前向银行逐笔提供真实性证明材料，银行按照展业原则事后抽查。",
         "人民银行、外汇局", "全国"],
        ["6", "涉外商事纠纷“诉讼+调解+仲裁”一站式解决机制",
         "整合商事调解组织、仲裁机构和涉外法律服务资源，建立涉外商事纠纷线上线下一站式多元化解平台，支持共建“一带一路”国家当事人远程立案、在线调解。",
         "司法部、商务部", "全国"],
        ["7", "“信用＋智慧”涉企检查新模式",
         "依托企业信用风险分类结果，对低风险企业实行“无事不扰”，推行非现场检查和“综合查一次”，同一部门年度内对同一企业现场检查原则上不超过1次。",
         "市场监管总局、国家发展改革委", "全国"],
        ["8", "保税维修业务“一企一策”监管",
         "对开展保税维修业务的企业，根据维修产品类别、风险等级和信用状况制定个性化监管方案，对维修耗材、旧件、待维修货物实行分类管理和账册核销。",
         "海关总署、商务部、生态环境部", "自贸试验区"],
        ["9", "二手车出口检测前置",
         "允许二手车出口企业在车辆注销登记前委托检测机构完成出口检测，检测报告在出口许可证件申领、海关通关环节信息共享、结果互认。",
         "商务部、公安部、海关总署", "二手车出口业务开展地区"],
        ["10", "综合保税区内外联动保税研发",
         "允许综合保税区内企业与区外企业开展合作研发，研发所需进口料件、样品可在区内外按规定流转，研发成果按规定办理相关手续。",
         "海关总署、财政部、税务总局", "综合保税区"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=15)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            if ci == 4 and 2 <= ri <= 7:
                continue  # covered by vertical merge below
            al = J if ci == 2 else C
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=al, line=15)
        clauses.append(row_clause(headers, row))
    # 推广范围 "全国" merged vertically over rows 1-7
    m = t.cell(1, 4).merge(t.cell(7, 4))
    set_cell(m, "全国", FS, 10.5, line=15)
    col_widths(t, [1.3, 3.1, 6.7, 2.5, 2.1])

    banji(doc, "抄送：党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅，"
               "国家监委，最高人民法院，最高人民检察院，各民主党派中央。",
          "国务院办公厅", "2025年12月18日印发", gap=20)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "国务院关于做好自由贸易试验区第八批改革试点经验复制推广工作的通知",
            "doc_number": "国函〔2025〕118号",
            "issuer": ["国务院"],
            "date": "2025-12-16",
            "published": None,
            "level": "state_council",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": ["自由贸易试验区第八批改革试点经验复制推广工作任务分工表"],
            "doc_type": "通知",
            "recipients": ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_zhejiang():
    """浙江省政府办公厅 通知; auto-numbered （一）; 附件1 清单 split with 续表; 附件2 报送表."""
    stem = "blind923_zhejiang_diliupi"
    doc = Document()
    setup(doc)
    clauses = []
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("浙江省人民政府办公厅文件", XBS, 34, False, RED)], align=C,
            indent=False, line=60, before=18)
    empty(doc, 1)
    p = add_par(doc, "浙政办发〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 18, 10)
    empty(doc, 1)
    # title: one paragraph, manual line breaks in odd places (3 lines)
    p = doc.add_paragraph()
    font(p.add_run("浙江省人民政府办公厅关于复制推广"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("中国（浙江）自由贸易试验区第六批制度"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("创新成果的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=35)
    empty(doc, 1)
    add_par(doc, "各市、县（市、区）人民政府，省政府直属各单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    items = []

    def item(h, t):
        cn = "一二三四五六七八九十"[len(items)]
        items.append(h)
        clauses.append("（%s）%s%s" % (cn, h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32), align=J)
        apply_num(p, n_item)

    body("为深入实施自由贸易试验区提升战略，加快打造高能级开放强省，推动中国（浙江）自由贸易试验区"
         "（以下简称浙江自贸试验区）改革创新成果在更大范围落地见效，更好服务高质量共建“一带一路”，"
         "经省政府同意，现就复制推广浙江自贸试验区第六批制度创新成果（以下简称创新成果）有关事项通知如下：")
    head("一、复制推广内容")
    body("本批共复制推广创新成果9项，其中油气全产业链“一站式”通关服务等6项在全省范围内复制推广，"
         "保税船舶燃料油“一船多供”加注模式等3项在宁波舟山港、宁波片区、舟山片区和具备条件的综合保税区复制推广"
         "（详见附件）。")
    head("二、工作要求")
    item("加强组织领导。",
         "各地、各有关单位要明确分管领导和责任处室，结合实际抓好落实。省商务厅（省自贸办）要加强统筹协调和业务指导。")
    item("抓好落地实施。",
         "各牵头单位要会同配合单位于2026年4月30日前制定具体实施方案，明确工作目标和完成时限；"
         "涉及特定区域推广的，相关设区市人民政府要主动对接，做好承接准备。")
    item("强化跟踪评估。",
         "各设区市人民政府、各牵头单位要分别于2026年6月30日、12月31日前将复制推广工作进展情况"
         "报送省商务厅（省自贸办）。复制推广情况纳入浙江自贸试验区建设年度考核。")
    item("注重宣传推广。",
         "各地、各有关单位要加强政策解读和宣传，及时总结复制推广中的好经验好做法。")
    # 附件 line: title too long for one line, clerk breaks it with typed spaces
    p = add_par(doc, "附件：中国（浙江）自由贸易试验区第六批制度创新成果", indent=True)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000" * 5 + "复制推广清单"), FS, 16)
    empty(doc, 1)
    p = add_par(doc, "浙江省人民政府办公厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年3月12日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # -------------------------------------------------------------- 附件1
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("中国（浙江）自由贸易试验区第六批", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("制度创新成果复制推广清单", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=14)
    headers = ["序号", "改革事项", "主要内容", "负责单位", "推广范围"]
    rows = [
        ["1", "油气全产业链“一站式”通关服务",
         "在舟山片区整合原油、成品油、液化天然气进出口及保税储存、调和、加注等环节通关手续，推行“一次申报、分步处置”。",
         "杭州海关、宁波海关、省商务厅", "全省"],
        ["2", "“义新欧”中欧班列运邮通关一体化",
         "依托义乌铁路口岸开展国际邮件、快件搭载中欧班列出口业务，实现邮件、快件与跨境电商货物同车集拼、一次查验。",
         "杭州海关、省邮政管理局、金华市人民政府", "全省"],
        ["3", "数字贸易企业“白名单”跨境数据流动便利化",
         "对列入白名单的数字贸易企业，在个人信息出境标准合同备案、数据出境安全评估申报等方面提供预审辅导和“绿色通道”服务。",
         "省委网信办、省商务厅", "全省"],
        ["4", "海外仓“仓单质押”融资服务",
         "支持银行机构以企业海外仓存货仓单为质押，结合出口信用保险，为跨境电商企业提供线上化、批量化融资服务。",
         "人行浙江省分行、浙江金融监管局、中国信保浙江分公司", "全省"],
        ["5", "外籍人才工作居留“一件事”联办",
         "将外国人来华工作许可、居留许可、社会保险登记等事项集成办理，实行“一窗受理、一次提交、并联审批”，办理时限由20个工作日压缩至7个工作日。",
         "省科技厅、省公安厅、省人力社保厅", "全省"],
        ["6", "企业境外合规“一本通”服务",
         "围绕共建“一带一路”重点国家和地区，编制企业境外投资经营合规指引，建立涉外法律服务机构名录库，提供合规体检、风险预警等服务。",
         "省司法厅、省商务厅、省贸促会", "全省"],
        ["7", "保税船舶燃料油“一船多供”加注模式",
         "允许同一供油船舶在一个航次中为多艘国际航行船舶加注保税燃料油，海关实行“一次申报、分船核销”。",
         "宁波海关、舟山市人民政府", "宁波舟山港各港区"],
        ["8", "大宗商品“保税仓单”登记互认",
         "建设大宗商品保税仓单登记系统，实现仓单登记、质押、转让全流程线上办理，与上海等地交易平台实现仓单信息互认。",
         "省商务厅、人行浙江省分行、宁波市人民政府", "宁波片区、舟山片区"],
        ["9", "跨境电商零售进口“退货中心仓”模式",
         "在综合保税区内设立跨境电商零售进口退货中心仓，对消费者退货商品实行集中分拣、统一退运，退货时效压缩至7天以内。",
         "杭州海关、宁波海关", "全省具备条件的综合保税区"],
    ]
    widths = [1.3, 3.1, 6.6, 2.6, 2.1]

    def part_table(part_rows):
        t = doc.add_table(rows=1 + len(part_rows), cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(headers):
            set_cell(t.rows[0].cells[i], h, HT, 10.5, line=15)
        for ri, row in enumerate(part_rows, 1):
            cant_split(t.rows[ri])
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=J if ci == 2 else C, line=15)
            clauses.append(row_clause(headers, row))
        col_widths(t, widths)

    # clerk splits the table by hand and types "续表" with the header again
    part_table(rows[:6])
    p = add_par(doc, [("续表", HT, 14, False)], indent=False, align=R)
    p.paragraph_format.page_break_before = True
    part_table(rows[6:])
    note = ("注：负责单位中排在第一位的为牵头单位，其他为配合单位；"
            "“推广范围”为“全省”的，在全省各设区市及县（市、区）复制推广。")
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)

    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，"
               "杭州海关，宁波海关。", "浙江省人民政府办公厅", "2026年3月13日印发", gap=14)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省人民政府办公厅关于复制推广中国（浙江）自由贸易试验区第六批制度创新成果的通知",
            "doc_number": "浙政办发〔2026〕9号",
            "issuer": ["浙江省人民政府办公厅"],
            "date": "2026-03-12",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["中国（浙江）自由贸易试验区第六批制度创新成果复制推广清单"],
            "doc_type": "通知",
            "recipients": ["各市、县（市、区）人民政府", "省政府直属各单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_xiamen():
    """厦门市政府办公厅 通知 (信函式版头, typed-space indents, 中文数字落款日期,
    landscape attachment with two-level merged header)."""
    stem = "blind923_xiamen_shierpi"
    doc = Document()
    setup(doc)
    clauses = []
    IND = "\u3000\u3000"

    # 信函格式: organ name in red, double red rule, 文号 flush right below
    p = add_par(doc, [("厦门市人民政府办公厅", XBS, 36, False, RED)], align=C,
                indent=False, line=54, before=6)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 18, 1, val="thickThinSmallGap")
    p = add_par(doc, "厦府办〔2026〕21号", align=R, indent=False, before=6)
    empty(doc, 1)
    # title: 3 paragraphs, broken where the clerk's Enter fell
    for line in ("厦门市人民政府办公厅关于复制推广",
                 "中国（福建）自由贸易试验区厦门片区",
                 "第十二批创新举措的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各区人民政府，市直各委、办、局，各开发区管委会，有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False, align=J)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, FS, 16, True), (t, FS, 16, False)],
                indent=False, align=J)

    body("为贯彻落实《中国（福建）自由贸易试验区提升战略实施方案》，加快推进“丝路海运”“丝路飞翔”建设，"
         "进一步放大自贸试验区改革开放“试验田”效应，经市政府同意，现将中国（福建）自由贸易试验区厦门片区"
         "（以下简称厦门片区）第十二批8项创新举措在全市复制推广。有关事项通知如下:")
    head("一、推广事项")
    body("本次复制推广的创新举措共8项，涉及贸易便利化、航运物流、投资服务、两岸融合发展等领域（详见附件）。"
         "其中，“丝路海运”电子提单应用等5项在全市范围复制推广，“两岸标准共通”检验检测结果采信等3项在特定区域复制推广。")
    head("二、工作要求")
    runin("1.压实工作责任。",
          "各牵头单位是复制推广工作的第一责任单位，要会同配合单位于2026年5月15日前研究制定具体落实措施，"
          "明确时间表和路线图;各区、各开发区管委会要结合实际，主动承接、抓好落实。")
    runin("2.加强协同联动。",
          "各牵头单位要加强与省直有关部门和国家有关部委的沟通衔接，涉及国家和省级事权的事项，要积极争取支持；"
          "配合单位要主动靠前、密切配合，形成工作合力。复制推广中遇到的问题要及时报告市商务局（市自贸委）。")
    runin("3.做好跟踪问效。",
          "市商务局（市自贸委）要将复制推广工作纳入年度自贸试验区建设考核，每半年开展一次跟踪评估，评估结果报市政府。"
          "各牵头单位于每季度末月25日前报送工作进展情况，全年复制推广工作于2026年11月底前全面完成。")
    body("本通知自2026年5月1日起施行，有效期至2031年4月30日。")
    empty(doc, 1)
    add_par(doc, IND + "附件：中国（福建）自由贸易试验区厦门片区第十二批创新举措复制推广清单",
            indent=False)
    empty(doc, 1)
    # 落款 and Chinese-numeral date aligned with tabs
    for txt in ("\t厦门市人民政府办公厅", "\t二〇二六年四月二十日"):
        p = add_par(doc, txt, indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(9.6))
    add_par(doc, IND + "（此件主动公开）", indent=False)

    # --------------------------------------------- landscape attachment section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(3.2), Cm(3.0)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("中国（福建）自由贸易试验区厦门片区第十二批创新举措复制推广清单", XBS, 20, False)],
            align=C, indent=False, line=34)
    empty(doc, 1, line=12)
    top = ["序号", "改革事项", "主要内容", "负责单位", "", "推广范围"]
    sub = ["", "", "", "牵头单位", "配合单位", ""]
    headers = ["序号", "改革事项", "主要内容", "负责单位／牵头单位", "负责单位／配合单位", "推广范围"]
    rows = [
        ["1", "“丝路海运”电子提单应用",
         "推动航运企业、港口企业、银行机构互认“丝路海运”电子提单，实现提单签发、流转、质押、提货全流程无纸化，单票业务办理时间由2天缩短至2小时。",
         "市港口管理局", "厦门海关、市商务局、人行厦门市分行", "全市"],
        ["2", "国际航行船舶“联合登临检查”",
         "对国际航行船舶进出港实施海关、边检、海事联合登临检查，实行“一次登临、一次检查、一次放行”。",
         "厦门海关", "厦门出入境边防检查总站、厦门海事局", "全市"],
        ["3", "中欧（厦门）班列“海铁联运一单制”",
         "依托中欧（厦门）班列，为东南亚经厦门港中转至中亚、欧洲的货物提供“一次委托、一单到底、一次结算”全程多式联运服务。",
         "市商务局", "市港口管理局、厦门海关、中铁集装箱厦门分公司", "全市"],
        ["4", "跨境电商“丝路飞翔”空运集拼",
         "在厦门高崎国际机场设立跨境电商空运集拼中心，对多家企业的跨境电商出口货物实行“集中申报、统一查验、拼板出运”。",
         "厦门海关", "市商务局、厦门翔业集团", "全市"],
        ["5", "外资企业登记“跨境通办”",
         "与香港、澳门及新加坡等地商会、律师事务所合作，为境外投资者提供设立登记材料远程核验、电子签名、邮寄送达服务，实现“不见面”办理。",
         "市市场监管局", "市商务局、市司法局", "全市"],
        ["6", "“两岸标准共通”检验检测结果采信",
         "对台湾地区检验检测机构按照两岸共通标准出具的部分消费品检验检测结果予以采信，减少重复检测。",
         "市市场监管局", "厦门海关、市台港澳办", "厦门片区、海沧台商投资区"],
        ["7", "台胞职业资格“一试双证”",
         "台湾同胞参加有关职业技能等级评价，可同时获得大陆职业技能等级证书和台湾地区相关行业协会认可的证书。",
         "市人力资源和社会保障局", "市台港澳办", "厦门片区、集美台商投资区"],
        ["8", "保税航材“共享库存”监管",
         "允许航空维修企业在综合保税区内设立保税航材共享库，为多家航空公司提供航材保税存储、调拨服务，海关实行电子账册动态管理。",
         "厦门海关", "市商务局、象屿综合保税区管委会", "厦门片区、象屿综合保税区"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in range(6):
        if top[i]:
            set_cell(t.rows[0].cells[i], top[i], HT, 12)
        if sub[i]:
            set_cell(t.rows[1].cells[i], sub[i], HT, 12)
    for ri, row in enumerate(rows, 2):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=J if ci == 2 else C)
        clauses.append(row_clause(headers, row))
    col_widths(t, [1.3, 3.6, 8.6, 3.0, 3.8, 3.2])
    # merge headers: 负责单位 across, the others down
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "负责单位", HT, 12)
    for ci in (0, 1, 2, 5):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, top[ci], HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])

    banji(doc, "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，市监委，市中级法院，市检察院，"
               "厦门海关，厦门市税务局。", "厦门市人民政府办公厅", "2026年4月21日印发", gap=50)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市人民政府办公厅关于复制推广中国（福建）自由贸易试验区厦门片区第十二批创新举措的通知",
            "doc_number": "厦府办〔2026〕21号",
            "issuer": ["厦门市人民政府办公厅"],
            "date": "2026-04-20",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-05-01",
            "expires": "2031-04-30",
            "attachments": ["中国（福建）自由贸易试验区厦门片区第十二批创新举措复制推广清单"],
            "doc_type": "通知",
            "recipients": ["各区人民政府", "市直各委、办、局", "各开发区管委会", "有关单位"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_guowuyuan(), doc_zhejiang(), doc_xiamen()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
