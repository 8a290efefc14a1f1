# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 856: 政府工作报告节选与重点任务分解（涉自贸区与一带一路，责任分工）.

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


def fmt(p, align=J, indent=True, line=28, before=0, after=0, first=None):
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


def par(doc, runs, **kw):
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


def lines_par(doc, parts, name=XBS, size=22, align=C, line=36):
    """One paragraph, parts separated by manual line breaks (Shift+Enter)."""
    p = doc.add_paragraph()
    for i, t in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), name, size)
    fmt(p, align=align, indent=False, line=line)
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


def footer_pageno(section, size=14):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    for r in list(fp.runs):
        r._r.getparent().remove(r._r)
    fp.alignment = C
    font(fp.add_run("— "), SONG, size)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, size)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, size)


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


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:vAlign %s w:val="center"/>' % nsdecls("w")))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(t, widths):
    t.autofit = False
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def banji(doc, cc, printer, date_txt, size=14):
    """版记: 抄送 + 印发 between black rules (印发 line uses a right tab)."""
    p = par(doc, [(cc, FS, size, False)], indent=False, line=24, align=L)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 12, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                   (date_txt, FS, size, False)], indent=False, line=24, align=L)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 12, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_856", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level=None, region=None, effective=None, expires=None, attachments=[],
                doc_type=None, recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


# ======================================================= DOC A  福建 (provincial)
def doc_fujian():
    stem = "blind856_fujian_fengong"
    doc = Document()
    setup(doc)
    cl = []

    par(doc, [("000217", FS, 16, False)], indent=False, align=L)
    par(doc, [("福建省人民政府办公厅文件", XBS, 34, False, RED)],
        align=C, indent=False, line=54, before=24)
    empty(doc, 2)
    p = par(doc, "闽政办〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 10)
    empty(doc, 1)
    # title typed as three separate centred paragraphs, broken where the clerk hit Enter
    for t in ("福建省人民政府办公厅关于分解落实2026年",
              "《政府工作报告》涉及自由贸易试验区和",
              "“一带一路”建设重点工作任务的通知"):
        par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=35)
    empty(doc, 1)
    par(doc, "各设区市人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构：",
        indent=False)

    def body(t):
        cl.append(t)
        par(doc, t)

    def runin(h, t, hf=HT, bold=False):
        cl.append(h + t)
        par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("《政府工作报告》已经福建省第十四届人民代表大会第四次会议审议通过。为确保报告确定的涉及自由贸易试验区和“一带一路”建设各项目标任务落到实处，经省人民政府同意，现将重点工作任务分工印发给你们，并提出如下要求，请认真贯彻执行。")
    runin("一、提高思想认识。", "高质量建设中国（福建）自由贸易试验区、21世纪海上丝绸之路核心区，是党中央赋予我省的重大使命。各地各有关部门要切实把思想和行动统一到省委、省政府决策部署上来，进一步增强责任感和紧迫感，以钉钉子精神推动各项任务落地见效。")
    runin("二、压实工作责任。", "各项任务的牵头单位要对任务落实负总责，主要负责同志要亲自抓，于2026年3月15日前制定具体实施方案，明确时间表、路线图；配合单位要按照职责分工积极主动配合，形成工作合力。")
    runin("三、强化跟踪督办。", "各牵头单位要于每季度最后一个月的20日前，将任务进展情况书面报送省人民政府办公厅（督查室），同时抄送省商务厅（省自贸办）。省人民政府办公厅将会同省商务厅对任务落实情况开展专项督查，督查结果纳入年度绩效考评。")
    runin("四、加强宣传引导。", "各地各有关部门要及时总结推广自由贸易试验区制度创新和“一带一路”建设中的好经验好做法，讲好福建开放发展故事，营造良好舆论氛围。")
    att = "2026年《政府工作报告》涉及自由贸易试验区和“一带一路”建设重点工作任务分工表"
    p = par(doc, "附件：" + att, indent=True)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    p = par(doc, "福建省人民政府办公厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p.paragraph_format.keep_with_next = True
    p = par(doc, "2026年2月13日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    par(doc, "（此件主动公开）")

    # ---- attachment in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    par(doc, [("附件", HT, 16, False)], indent=False, align=L)
    empty(doc, 1, line=20)
    par(doc, [("2026年《政府工作报告》涉及自由贸易试验区和“一带一路”", XBS, 20, False)],
        align=C, indent=False, line=32)
    par(doc, [("建设重点工作任务分工表", XBS, 20, False)], align=C, indent=False, line=32,
        after=10)

    H = ["序号", "工作领域", "重点任务", "责任分工／牵头单位", "责任分工／配合单位", "完成时限"]
    FTZ = "自由贸易试验区建设"
    BRI = "“一带一路”建设"
    PLT = "开放平台和口岸环境"
    rows = [
        ["1", FTZ, "深入实施自由贸易试验区提升战略，主动对接国际高标准经贸规则，全年新形成制度创新成果30项以上。", "省商务厅（省自贸办）", "省发展改革委、省司法厅、福州海关、厦门海关，福州、厦门、平潭片区管委会", "2026年12月底前"],
        ["2", FTZ, "推动自由贸易试验区与海峡两岸融合发展示范区联动发展，深化闽台通关、检验检疫、标准认证等领域合作。", "省台港澳办", "省商务厅、省市场监管局、福州海关、厦门海关", "持续推进"],
        ["3", FTZ, "争取在福州片区开展数据跨境流动便利化试点，制定自由贸易试验区数据出境负面清单。", "省委网信办", "省数据管理局、省商务厅、福州片区管委会", "2026年9月底前"],
        ["4", FTZ, "支持厦门片区建设航空维修、融资租赁产业集聚区，全年新增融资租赁飞机、船舶资产50亿元以上。", "厦门市人民政府", "省商务厅、省委金融办、厦门海关", "2026年12月底前"],
        ["5", FTZ, "推动平潭片区对台跨境电商、对台小额贸易创新发展，对台进出口额增长10%以上。", "平潭综合实验区管委会", "省商务厅、福州海关", "2026年12月底前"],
        ["6", BRI, "高质量建设21世纪海上丝绸之路核心区，“丝路海运”命名航线达到150条以上，全省港口集装箱吞吐量达到1600万标准箱。", "省交通运输厅", "省发展改革委、福州市人民政府、厦门市人民政府", "2026年12月底前"],
        ["7", BRI, "稳定开行中欧（亚）班列，加密“丝路海运+中欧班列”海铁联运通道，全年开行班列400列以上。", "省商务厅", "省交通运输厅、中国铁路南昌局集团有限公司、厦门市人民政府", "2026年12月底前"],
        ["8", BRI, "深化“丝路电商”合作，推动跨境电商综合试验区与共建“一带一路”国家海外仓对接，新增公共海外仓15个。", "省商务厅", "省财政厅、福州海关、厦门海关", "2026年11月底前"],
        ["9", BRI, "推进中国—印尼“两国双园”建设，引导重点企业赴共建国家开展产能合作，对外直接投资保持稳定增长。", "省商务厅", "省发展改革委、省国资委、福州市人民政府", "持续推进"],
        ["10", BRI, "办好第二十六届中国国际投资贸易洽谈会，拓展与共建“一带一路”国家经贸合作。", "省商务厅", "厦门市人民政府、省贸促会", "2026年9月底前"],
        ["11", PLT, "推进综合保税区提质增效，支持福州、厦门综合保税区发展保税研发、保税维修等新业态，全省综合保税区进出口额增长8%以上。", "省商务厅", "福州海关、厦门海关，相关设区市人民政府", "2026年12月底前"],
        ["12", PLT, "深化国际贸易“单一窗口”建设，拓展“丝路海运”电商平台服务功能，进出口整体通关时间保持全国先进水平。", "省商务厅（省口岸办）", "福州海关、厦门海关、福建海事局", "2026年12月底前"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.2, 2.5, 10.0, 3.2, 5.3, 2.5])
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i in (0, 1, 2, 5):
        m = h0[i].merge(h1[i])
        set_cell(m, ["序号", "工作领域", "重点任务", "", "", "完成时限"][i], HT, 12)
        vcenter(m)
    m = h0[3].merge(h0[4])
    set_cell(m, "责任分工", HT, 12)
    set_cell(t.rows[1].cells[3], "牵头单位", HT, 12)
    set_cell(t.rows[1].cells[4], "配合单位", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        cant_split(t.rows[ri])
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=(L if ci in (2, 4) else C))
            vcenter(t.rows[ri].cells[ci])
        cl.append("；".join("%s：%s" % (h, v) for h, v in zip(H, row)))
    # vertically merged 工作领域 cells
    for first, last, label in ((2, 6, FTZ), (7, 11, BRI), (12, 13, PLT)):
        m = t.rows[first].cells[1].merge(t.rows[last].cells[1])
        set_cell(m, label, FS, 12)
        vcenter(m)
    note = "注：牵头单位有多个的，排在第一位的为总牵头单位；各设区市人民政府、平潭综合实验区管委会负责本地区相关任务的落实。"
    cl.append(note)
    par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6, align=L)

    # ---- 版记 on a portrait page at the end
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.PORTRAIT
    sec2.page_width, sec2.page_height = Cm(21), Cm(29.7)
    sec2.top_margin, sec2.bottom_margin = Cm(3.7), Cm(3.5)
    sec2.left_margin, sec2.right_margin = Cm(2.8), Cm(2.6)
    empty(doc, 17)
    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省纪委监委，省法院，省检察院，福州海关，厦门海关。",
          "福建省人民政府办公厅", "2026年2月14日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="福建省人民政府办公厅关于分解落实2026年《政府工作报告》涉及自由贸易试验区和“一带一路”建设重点工作任务的通知",
            doc_number="闽政办〔2026〕9号",
            issuer=["福建省人民政府办公厅"],
            date="2026-02-13",
            level="provincial",
            region="福建省",
            attachments=[att],
            doc_type="通知",
            recipients=["各设区市人民政府", "平潭综合实验区管委会", "省人民政府各部门", "各直属机构"],
            publicity="此件主动公开",
        ),
        "clauses": cl,
    }]
    return path


# ======================================================= DOC B  钦州 (municipal, 上行文)
def doc_qinzhou():
    stem = "blind856_qinzhou_baogao"
    doc = Document()
    setup(doc)
    cl = []

    par(doc, [("特急", HT, 16, False)], indent=False, align=L)
    par(doc, [("钦州市人民政府文件", XBS, 40, False, RED)],
        align=C, indent=False, line=60, before=30)
    empty(doc, 1)
    p = par(doc, [("钦政报〔2026〕6号", FS, 16, False), ("\t", FS, 16, False),
                  ("签发人：", FS, 16, False), ("黄振华", KT, 16, False)], indent=False, align=L)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, Shift+Enter at odd places
    lines_par(doc, ["钦州市人民政府关于2025年自治区《政府",
                    "工作报告》涉及钦州港片区和西部陆海新",
                    "通道建设重点任务落实情况的报告"])
    empty(doc, 1)
    par(doc, "自治区人民政府：", indent=False)

    FWS = "\u3000\u3000"   # indent typed with full-width spaces
    HWS = "    "           # ... or with four half-width spaces

    def body(t, ind=FWS):
        cl.append(t)
        par(doc, ind + t, indent=False)

    def head(t):
        par(doc, [(FWS + t, HT, 16, False)], indent=False)

    def runin(h, t):
        cl.append(h + t)
        par(doc, [(FWS, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)], indent=False)

    body("根据《广西壮族自治区人民政府办公厅关于印发2025年自治区〈政府工作报告〉重点工作任务分工的通知》（桂政办发〔2025〕4号）要求，现将我市承担的涉及中国（广西）自由贸易试验区钦州港片区和西部陆海新通道建设重点任务落实情况报告如下：")
    head("一、总体完成情况")
    body("2025年，自治区《政府工作报告》明确由我市牵头或参与落实的涉自贸试验区和西部陆海新通道建设重点任务共18项。截至2025年12月底，已完成16项，基本完成1项，序时推进1项，完成率88.9%。钦州港完成集装箱吞吐量812.6万标准箱，同比增长9.4%；西部陆海新通道海铁联运班列开行5216列，同比增长12.7%。钦州港片区主要经济指标完成情况如下：")
    H = ["序号", "指标名称", "2025年目标（亿元）", "完成值（亿元）", "同比增长（%）", "目标完成率（%）"]
    rows = [
        ["1", "外贸进出口额", "1100", "1153.8", "7.2", "104.9"],
        ["2", "规模以上工业总产值", "2600", "2541.3", "6.8", "97.7"],
        ["3", "固定资产投资", "420", "436.5", "5.1", "103.9"],
        ["4", "税收收入", "95", "97.2", "4.3", "102.3"],
        ["5", "跨境电商交易额", "60", "68.4", "21.6", "114.0"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(H))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.2, 4.2, 2.7, 2.4, 2.4, 2.7])
    for i, h in enumerate(H):
        set_cell(t.rows[0].cells[i], h, HT, 12)
        vcenter(t.rows[0].cells[i])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12)
        cl.append("；".join("%s：%s" % (h, v) for h, v in zip(H, row)))
    note = "注：外贸进出口额、跨境电商交易额为海关统计口径，其余指标为统计部门快报数。"
    cl.append(note)
    par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4, align=L)
    head("二、主要工作成效")
    runin("（一）制度创新持续深化。", "钦州港片区坚持把制度创新作为核心任务，全年新增制度创新成果42项，其中“海铁联运‘一单制’数字提单”“中国—东盟跨境产能合作‘园区+口岸’联动监管”等5项成果在全区复制推广，累计形成制度创新成果286项。")
    body("1．对接国际高标准经贸规则。围绕《区域全面经济伙伴关系协定》（RCEP）原产地累积规则，推行原产地证书“智能审核+自助打印”，全年签发RCEP原产地证书1.36万份，为企业享惠关税减让约2.1亿元。")
    body("2．推进跨境贸易便利化。重点抓好两方面工作：", HWS)
    body("(1)推广“船边直提”“抵港直装”作业模式，进口、出口整体通关时间分别压缩至28.6小时和0.9小时。", HWS)
    body("(2)建成钦州港片区国际贸易“单一窗口”特色应用，上线东盟国家船舶代理、跨境结算等特色功能12项。", HWS)
    runin("（二）西部陆海新通道建设提速增效。", "坚持把钦州港作为西部陆海新通道的关键节点，加快补齐港口、铁路、物流短板。")
    body("1．港口能级持续提升。钦州港20万吨级自动化集装箱码头（一期）正式投产，钦州港东航道扩建工程完成交工验收，港口集装箱年通过能力提升至1000万标准箱。")
    body("2．海铁联运加密拓展。新开通钦州港至成都、重庆、兰州的“天天班”海铁联运班列，班列通达国内18个省（区、市）75个城市；外贸航线达到54条，覆盖东盟主要港口。")
    body("3．平陆运河配套加快推进。配合自治区做好平陆运河钦州段建设协调工作，完成运河沿线产业布局规划编制，启动平陆运河经济带钦州先导区建设。")
    runin("（三）面向东盟开放合作走深走实。", "中马钦州产业园区“两国双园”合作持续深化，全年新签约项目23个、总投资317亿元；与印度尼西亚、越南、泰国等东盟国家新建友好港口合作关系3对，举办中国—东盟港口城市合作网络论坛等活动6场。")
    head("三、存在的问题")
    body("一是制度创新系统集成不够，部分创新成果停留在流程优化层面，首创性、引领性成果不多。二是港产城融合不够紧密，临港产业对港口货源的支撑作用有待增强，回程空箱率仍然偏高。三是要素保障压力较大，钦州港片区可用建设用地和能耗指标偏紧，部分重大项目推进速度不及预期。")
    head("四、2026年工作打算")
    body("2026年，我市将认真落实自治区《政府工作报告》部署，重点抓好以下工作：")
    runin("（一）深入实施自贸试验区提升战略。", "聚焦港航物流、跨境贸易、产能合作等领域，力争全年新增制度创新成果40项以上，争取开展国际中转集拼、保税燃料油加注等业务试点。（责任单位：钦州港片区管委会、市商务局、钦州海关）")
    runin("（二）加快建设西部陆海新通道国际门户港。", "推进钦州港自动化集装箱码头（二期）建设，力争钦州港集装箱吞吐量突破880万标准箱、海铁联运班列开行5600列以上。（责任单位：市交通运输局、北部湾港钦州码头有限公司）")
    runin("（三）深化与东盟国家务实合作。", "高水平建设中马钦州产业园区，办好中国—东盟港口城市合作网络相关活动，推动与东盟国家港口、园区、企业深度对接。（责任单位：市商务局、中马钦州产业园区管委会、市外事办）")
    par(doc, FWS + "特此报告。", indent=False)
    empty(doc, 2)
    # 落款 pushed right with typed spaces
    p = par(doc, " " * 36 + "钦州市人民政府", indent=False, align=L)
    p.paragraph_format.keep_with_next = True
    par(doc, " " * 34 + "二〇二六年三月六日", indent=False, align=L)
    empty(doc, 1)
    par(doc, FWS + "（联系人：韦立新，联系电话:0777-2821596）", indent=False)
    empty(doc, 3)
    banji(doc, "抄送：自治区发展改革委、商务厅、交通运输厅，中国（广西）自由贸易试验区工作办公室。",
          "钦州市人民政府办公室", "2026年3月6日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="钦州市人民政府关于2025年自治区《政府工作报告》涉及钦州港片区和西部陆海新通道建设重点任务落实情况的报告",
            doc_number="钦政报〔2026〕6号",
            issuer=["钦州市人民政府"],
            date="2026-03-06",
            level="municipal",
            region="钦州市",
            attachments=[],
            doc_type="报告",
            recipients=["自治区人民政府"],
            publicity=None,
        ),
        "clauses": cl,
    }]
    return path


# ======================================================= DOC C  霍尔果斯 (county)
def textbox_para(doc, lines, left_pt=196, width_pt=230, height_pt=72):
    """落款 typed into a floating VML text box (no border) anchored in an empty paragraph."""
    inner = ""
    for t in lines:
        inner += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
                  '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
                  '<w:sz w:val="32"/></w:rPr><w:t>{t}</w:t></w:r></w:p>').format(f=FS, t=t)
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
           '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="LuoKuan1" o:spid="_x0000_s1026" type="#_x0000_t202" filled="f" stroked="f" '
           'style="position:absolute;margin-left:%dpt;margin-top:4pt;width:%dpt;height:%dpt;'
           'z-index:251659264;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text">'
           '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox>'
           '</v:shape></w:pict></w:r>') % (left_pt, width_pt, height_pt, inner)
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p._p.append(parse_xml(xml))
    return p


def doc_horgos():
    stem = "blind856_horgos_fengong"
    doc = Document()
    setup(doc)
    cl = []

    par(doc, [("霍尔果斯市人民政府办公室文件", XBS, 30, False, RED)],
        align=C, indent=False, line=50, before=0)
    empty(doc, 1)
    p = par(doc, "霍市政办发〔2026〕4号", align=C, indent=False)
    # red rule: thick-thin double line
    border(p, "bottom", "FF0000", 24, 10, val="thickThinSmallGap")
    empty(doc, 1)
    for t in ("霍尔果斯市人民政府办公室关于印发《2026",
              "年市政府工作报告涉自贸试验区和“一带",
              "一路”建设重点任务责任分工》的通知"):
        par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=35)
    empty(doc, 1)
    par(doc, "各乡（镇、场）、街道，市直各部门（单位），中哈霍尔果斯国际边境合作中心管委会：",
        indent=False)

    def body(t):
        cl.append(t)
        par(doc, t)

    def head(t):
        par(doc, [(t, HT, 16, False)])

    def item(h, t):
        cl.append(h + t)
        par(doc, [(h, FS, 16, False), (t, FS, 16, False)])

    def runin(h, t):
        cl.append(h + t)
        par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    issued = "2026年市政府工作报告涉自贸试验区和“一带一路”建设重点任务责任分工"
    body("《" + issued + "》已经市人民政府同意，现印发给你们，请结合实际认真抓好落实。")
    body("各牵头单位要会同配合单位细化工作措施，于2026年3月10日前将具体推进计划报市人民政府督查室。工作推进中遇到的重大问题，要及时向市人民政府请示报告。")
    textbox_para(doc, ["霍尔果斯市人民政府办公室", "2026年2月27日"])
    empty(doc, 2, line=24)
    par(doc, "（此件公开发布）")

    # ---- issued text on a new page
    page_break(doc)
    par(doc, [("2026年市政府工作报告涉自贸试验区", XBS, 22, False)], align=C, indent=False, line=35)
    par(doc, [("和“一带一路”建设重点任务责任分工", XBS, 22, False)],
        align=C, indent=False, line=35, after=14)
    body("为确保2026年市政府工作报告确定的涉自贸试验区霍尔果斯片区和“一带一路”建设各项目标任务落到实处，现将重点任务责任分工如下：")
    head("一、高标准建设自贸试验区霍尔果斯片区")
    item("（一）", "实施自贸试验区提升行动，聚焦跨境贸易、跨境物流、跨境金融开展差异化探索，全年形成制度创新成果12项以上，力争2项在全疆复制推广。（牵头单位：自贸试验区霍尔果斯片区管委会；配合单位：市发展改革委、市司法局、霍尔果斯海关；完成时限：2026年12月底前）")
    item("（二）", "推进中哈霍尔果斯国际边境合作中心免税购物政策扩容提质，丰富进口商品品类，全年入园旅客达到650万人次。（牵头单位：中哈霍尔果斯国际边境合作中心管委会；配合单位：市商务和工业信息化局、市文化体育广播电视和旅游局；完成时限：2026年12月底前）")
    item("（三）", "开展跨境人民币结算便利化试点，扩大经常项目人民币结算规模，跨境人民币结算量增长15%以上。（牵头单位：市委金融办；配合单位：自贸试验区霍尔果斯片区管委会、辖区各银行业金融机构；完成时限：2026年12月底前）")
    item("（四）", "加快建设跨境电商线下产业园，新引进跨境电商企业30家，跨境电商交易额突破50亿元。（牵头单位：市商务和工业信息化局；配合单位：自贸试验区霍尔果斯片区管委会、霍尔果斯海关；完成时限：2026年11月底前）")
    head("二、打造丝绸之路经济带核心区重要支点")
    item("（一）", "提升霍尔果斯口岸通关能力，推进公路口岸“智慧口岸”改造，口岸过货量突破4200万吨。（牵头单位：市口岸管理办公室；配合单位：霍尔果斯海关、霍尔果斯出入境边防检查站、市交通运输局；完成时限：2026年12月底前）")
    item("（二）", "稳定开行中欧（中亚）班列，提升霍尔果斯铁路口岸换装能力，全年经霍尔果斯口岸通行中欧（中亚）班列8000列以上。（牵头单位：市口岸管理办公室；配合单位：霍尔果斯站、霍尔果斯海关；完成时限：2026年12月底前）")
    # clerk typed this one with half-width brackets and semicolons
    item("（三）", "深化与哈萨克斯坦等中亚国家产能合作，推动中哈（霍尔果斯）跨境产业合作园项目落地，新签约外向型项目15个。(牵头单位：市投资促进中心;配合单位：市商务和工业信息化局、市发展改革委;完成时限：2026年12月底前)")
    item("（四）", "建设面向中亚的商贸物流枢纽，加快霍尔果斯国际物流园二期、冷链物流中心建设，年内完成投资8.6亿元。（牵头单位：市发展改革委；配合单位：市交通运输局、市自然资源局、自贸试验区霍尔果斯片区管委会；完成时限：2026年10月底前）")
    head("三、优化开放型营商环境")
    item("（一）", "深化国际贸易“单一窗口”应用，进口、出口整体通关时间分别压缩至20小时、1.5小时以内。（牵头单位：市口岸管理办公室；配合单位：霍尔果斯海关；完成时限：2026年12月底前）")
    item("（二）", "推行外商投资“一站式”服务，设立面向中亚客商的涉外服务专窗，提供俄语、哈萨克语翻译服务。（牵头单位：市政务服务管理局；配合单位：市商务和工业信息化局、市外事办；完成时限：2026年6月底前）")
    head("四、工作要求")
    runin("（一）压实责任。", "各牵头单位主要负责同志是第一责任人，要细化年度目标、工作举措和时间节点；配合单位要主动认领、积极协作，确保各项任务按期完成。")
    runin("（二）定期调度。", "实行“月调度、季通报”，各牵头单位于每月5日前将上月工作进展和下一步计划报市人民政府督查室，市人民政府督查室每季度通报一次任务进展情况。")
    runin("（三）严格考核。", "任务完成情况纳入2026年度市直部门绩效考核，对工作推进不力、进度严重滞后的，按有关规定约谈问责。")
    empty(doc, 4)
    banji(doc, "抄送：市委办公室，市人大常委会办公室，市政协办公室，霍尔果斯海关。",
          "霍尔果斯市人民政府办公室", "2026年2月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="霍尔果斯市人民政府办公室关于印发《2026年市政府工作报告涉自贸试验区和“一带一路”建设重点任务责任分工》的通知",
            doc_number="霍市政办发〔2026〕4号",
            issuer=["霍尔果斯市人民政府办公室"],
            date="2026-02-27",
            level="county",
            region="霍尔果斯市",
            attachments=[],
            doc_type="通知",
            recipients=["各乡（镇、场）、街道", "市直各部门（单位）", "中哈霍尔果斯国际边境合作中心管委会"],
            publicity="此件公开发布",
        ),
        "clauses": cl,
    }]
    return path


def main():
    paths = [doc_fujian(), doc_qinzhou(), doc_horgos()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
