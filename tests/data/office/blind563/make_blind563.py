# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 563: 自贸区放宽市场准入特别措施 + 措施清单 + 政策解读."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ----------------------------------------------------------------- helpers
def set_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=28,
         font=FS, size=16):
    """parts: str or list of (text, font, bold) / str / 'BR' (soft break)."""
    p = doc.add_paragraph()
    fmt(p, align, indent, line)
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if part == "BR":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        if isinstance(part, str):
            part = (part, font, False)
        text, f, b = part
        r = p.add_run(text)
        set_font(r, f, size, b)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "4")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        add_page_number(s)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def add_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._element.append(e)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def add_numbering(doc, fmt_val, lvl_text, start=1):
    """Create a one-level Word numbering definition; return numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); an.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    e = OxmlElement("w:start"); e.set(qn("w:val"), str(start)); lvl.append(e)
    e = OxmlElement("w:numFmt"); e.set(qn("w:val"), fmt_val); lvl.append(e)
    e = OxmlElement("w:lvlText"); e.set(qn("w:val"), lvl_text); lvl.append(e)
    e = OxmlElement("w:suff"); e.set(qn("w:val"), "nothing"); lvl.append(e)
    e = OxmlElement("w:lvlJc"); e.set(qn("w:val"), "left"); lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640")
    ppr.append(ind); lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts"); rf.set(qn("w:eastAsia"), HT); rf.set(qn("w:hint"), "eastAsia")
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), str(aid)); num.append(a)
    numbering.append(num)
    return nid


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id))
    numpr.append(il); numpr.append(ni)
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = Pt(32)


def cell_text(cell, parts, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False):
    """parts: str or list of str -> one paragraph per str inside the cell."""
    if isinstance(parts, str):
        parts = [parts]
    first = True
    for t in parts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(20)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        r = p.add_run(t)
        set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true")
    trpr.append(e)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tblpr.append(b)


def tb_borders(table, color="000000"):
    """only top and bottom rule + inside horizontal (版记 style)."""
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "bottom", "insideH"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "8"); e.set(qn("w:color"), color); b.append(e)
    for side in ("left", "right", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tblpr.append(b)


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def measure_table(doc, rows, multi_para=False, header=("序号", "领域", "具体措施", "责任单位", "完成时限"),
                  widths=(1.2, 2.2, 8.4, 3.2, 2.4)):
    """rows: list of dict(no, field, measure(list|str), units, deadline). field merged by runs."""
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for ri, r in enumerate(rows, start=1):
        cells = t.rows[ri].cells
        cell_text(cells[0], r["no"], FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
        meas = r["measure"]
        cell_text(cells[2], meas if multi_para else "".join(meas) if isinstance(meas, list) else meas)
        cell_text(cells[3], r["units"])
        cell_text(cells[4], r["deadline"], FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
    # merge 领域
    ri = 1
    while ri <= len(rows):
        f = rows[ri - 1]["field"]
        rj = ri
        while rj + 1 <= len(rows) and rows[rj]["field"] == f:
            rj += 1
        top = t.cell(ri, 1)
        if rj > ri:
            top = top.merge(t.cell(rj, 1))
        cell_text(top, f, HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
        ri = rj + 1
    set_col_widths(t, widths)
    return t


def row_clause(r, header=("序号", "领域", "具体措施", "责任单位", "完成时限")):
    meas = r["measure"] if isinstance(r["measure"], str) else "".join(r["measure"])
    vals = [r["no"], r["field"], meas, r["units"], r["deadline"]]
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, vals))


def red_header_single(doc, organ, docno, size=26):
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 50)
    r = p.add_run(organ); set_font(r, XBS, size, False, RED)
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 28)
    r = p.add_run(docno); set_font(r, FS, 16)
    bottom_border(p)
    empty(doc, 1)


def title(doc, lines):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 36)
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        r = p.add_run(ln); set_font(r, XBS, 22)
    return p


def signature(doc, organ_lines, date, pad="　　　　　　　　　　　"):
    for o in organ_lines:
        para(doc, pad + o, WD_ALIGN_PARAGRAPH.LEFT, False)
    para(doc, pad + "　　" + date, WD_ALIGN_PARAGRAPH.LEFT, False)


def banji(doc, cc, printer, pdate):
    t = doc.add_table(rows=2, cols=1)
    tb_borders(t)
    c = t.rows[0].cells[0]
    p = c.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    r = p.add_run(cc); set_font(r, FS, 14)
    c = t.rows[1].cells[0]
    p = c.paragraphs[0]
    p.paragraph_format.left_indent = Pt(14)
    r = p.add_run(printer + "　　　　　　　" + pdate + "印发"); set_font(r, FS, 14)


def qa(doc, items, clauses):
    """items: list of (question, [answer paragraphs]); first answer para gets 答：."""
    for q, ans in items:
        p = para(doc, [("问：", HT, True), (q, HT, False)])
        clauses.append("问：" + q)
        for i, a in enumerate(ans):
            if i == 0:
                para(doc, [("答：", FS, True), a])
                clauses.append("答：" + a)
            else:
                para(doc, a)
                clauses.append(a)


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# ======================================================= 1. 厦门片区 (zone)
def make_xiamen():
    stem = "blind563_xiamen_tongzhi"
    doc = Document()
    page_setup(doc)
    out = []

    organ = "中国（福建）自由贸易试验区厦门片区管理委员会"
    docno = "厦自贸委〔2025〕15号"
    red_header_single(doc, organ + "文件", docno, 17)
    t1 = "关于印发《中国（福建）自由贸易试验区厦门片区放宽市场准入若干特别措施》的通知"
    title(doc, ["关于印发《中国（福建）自由贸易试验区", "厦门片区放宽市场准入若干特别措施》的通知"])
    empty(doc)
    para(doc, "管委会各部门，各功能区管理机构，各有关单位：", WD_ALIGN_PARAGRAPH.LEFT, False)
    c1 = []
    body = [
        "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略和放宽市场准入的决策部署，落实省委、省政府关于支持中国（福建）自由贸易试验区对标高标准经贸规则深化改革创新的工作要求，在全国统一的市场准入负面清单之外进一步破除隐性壁垒，经管委会研究同意，现将《中国（福建）自由贸易试验区厦门片区放宽市场准入若干特别措施》印发给你们，请结合实际认真贯彻落实。现就有关事项通知如下：",
    ]
    for b in body:
        para(doc, b); c1.append(b)
    items = [
        ("一、压实工作责任。", "各责任单位要对照措施清单明确的具体措施和完成时限，逐项制定工作方案，细化任务分工，于2025年10月31日前将工作方案报送管委会改革创新局。涉及多个责任单位的，排在首位的为牵头单位，其他单位按职责分工配合。"),
        ("二、加强上下联动。", "对需要国家部委、省直部门授权或支持的事项，各责任单位要主动对接、积极争取；对已具备实施条件的事项，要第一时间推动落地，及时总结形成可复制可推广的制度创新成果。"),
        ("三、强化跟踪评估。", "管委会改革创新局负责统筹推进和督促检查，建立“月调度、季通报”工作机制。各责任单位于每季度末月20日前报送措施推进情况、典型案例和存在问题，管委会将推进情况纳入年度绩效考评。"),
        ("四、做好政策宣传。", "各责任单位要通过政务网站、“i厦门”平台、自贸区服务窗口等渠道加强政策宣传解读，编制办事指南，及时回应企业关切，确保市场主体应知尽知、应享尽享。"),
    ]
    for h, t in items:
        para(doc, [(h, FS, True), t]); c1.append(h + t)
    b = "执行过程中遇到的问题，请及时反馈管委会改革创新局（联系人：陈晓彬，联系电话：0592-5681203）。"
    para(doc, b); c1.append(b)
    empty(doc)
    att = "中国（福建）自由贸易试验区厦门片区放宽市场准入若干特别措施"
    para(doc, "附件：" + att, WD_ALIGN_PARAGRAPH.LEFT, True)
    empty(doc, 2)
    signature(doc, ["中国（福建）自由贸易试验区厦门片区管理委员会"], "2025年9月18日", "　　　　")
    empty(doc)
    para(doc, "（此件公开发布）", WD_ALIGN_PARAGRAPH.LEFT, True)

    meta_common = dict(level="zone", region="中国（福建）自由贸易试验区厦门片区")
    out.append({"meta": dict(title=t1, doc_number=docno, issuer=[organ], date="2025-09-18",
                             published="2025-09-19", effective=None, expires=None,
                             attachments=[att], doc_type="通知",
                             recipients=["管委会各部门", "各功能区管理机构", "各有关单位"],
                             publicity="此件公开发布", repeals=None, **meta_common),
                "clauses": c1})

    # ---- 附件: the measures
    page_break(doc)
    para(doc, [("附件", HT, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    empty(doc)
    title(doc, ["中国（福建）自由贸易试验区厦门片区", "放宽市场准入若干特别措施"])
    empty(doc)
    c2 = []
    b = "为深入实施自由贸易试验区提升战略，在严格落实《市场准入负面清单（2025年版）》和《自由贸易试验区外商投资准入特别管理措施（负面清单）》的基础上，聚焦航运物流、金融服务、数字贸易、医疗健康、文化旅游等重点领域，进一步放宽市场准入限制，优化准入环境，激发经营主体活力，制定以下措施。"
    para(doc, b); c2.append(b)
    p = para(doc, [("厦门片区放宽市场准入特别措施清单", HT, False)], WD_ALIGN_PARAGRAPH.CENTER, False)
    rows = [
        dict(no="1", field="航运物流",
             measure="支持国际船舶登记制度创新。（1）允许符合条件的外商投资企业在厦门片区申请办理国际船舶登记，精简船舶登记证明材料；（2）推动“中国厦门”船籍港国际船舶登记与船舶检验“一站式”办理，登记办理时限压缩至3个工作日以内。",
             units="厦门海事局、管委会航运物流局", deadline="2025年12月底前"),
        dict(no="2", field="航运物流",
             measure="放宽国际中转集拼业务准入。（1）在海沧港区、象屿保税区开展国际中转集拼业务的企业，完成海关备案后即可开展作业，不再另行设置经营资质门槛；（2）允许外资国际货运代理企业参与中转集拼业务，与内资企业适用同等条件。",
             units="厦门海关、管委会航运物流局", deadline="2026年3月底前"),
        dict(no="3", field="航运物流",
             measure="支持中欧（厦门）班列拓展业务范围。允许符合条件的跨境电商企业以班列运输方式开展跨境电商出口业务，推动“跨境电商+中欧班列”运邮业务常态化运行。",
             units="管委会航运物流局、厦门海关、市邮政管理局", deadline="2026年6月底前"),
        dict(no="4", field="金融服务",
             measure="推进跨境贸易投资高水平开放。（1）对符合条件的优质企业，简化经常项目外汇收支业务审核流程，凭支付指令办理跨境收付；（2）支持片区内企业开展合格境外有限合伙人（QFLP）试点，试点企业注册资本不设最低要求。",
             units="中国人民银行厦门市分行、国家外汇管理局厦门市分局、管委会金融服务局", deadline="持续推进"),
        dict(no="5", field="金融服务",
             measure="放宽融资租赁业务准入。允许融资租赁公司在片区内设立的项目子公司开展境内外租赁业务，不设最低注册资本限制；支持开展飞机、船舶跨境租赁资产交易。",
             units="管委会金融服务局、市地方金融管理局", deadline="2025年12月底前"),
        dict(no="6", field="金融服务",
             measure="支持设立专业性金融服务机构。（1）支持符合条件的外资机构在片区设立独资或合资的金融科技公司；（2）支持设立服务两岸融合发展的股权投资基金，按规定完成备案后即可开展投资业务。",
             units="管委会金融服务局、市发展改革委", deadline="2026年6月底前"),
        dict(no="7", field="数字贸易",
             measure="有序扩大增值电信业务开放。（1）在国家授权范围内，取消片区内互联网数据中心（IDC）、内容分发网络（CDN）等增值电信业务外资股比限制；（2）探索实行增值电信业务经营许可告知承诺制。",
             units="市通信管理局、管委会数字经济局", deadline="2026年3月底前"),
        dict(no="8", field="数字贸易",
             measure="推动数据跨境流动便利化。（1）制定片区数据出境负面清单，清单外数据出境免于申报数据出境安全评估、订立个人信息出境标准合同；（2）支持跨境电商企业在象屿综合保税区内开展数据合规服务试点。",
             units="市委网信办、管委会数字经济局、厦门海关", deadline="2025年12月底前"),
        dict(no="9", field="医疗健康",
             measure="放宽医疗机构准入。（1）允许境外资本在片区内设立独资医院（中医医院除外），按规定审批；（2）支持港澳台医师在片区内开办诊所，实行备案管理。",
             units="市卫生健康委、管委会社会事务局", deadline="2026年6月底前"),
        dict(no="10", field="医疗健康",
             measure="加快创新药械准入使用。支持片区内指定医疗机构按规定使用已在港澳上市的药品和医疗器械，建立临床急需进口药品审批“绿色通道”。",
             units="市卫生健康委、市市场监管局", deadline="2026年12月底前"),
        dict(no="11", field="文化旅游",
             measure="放宽文化领域准入。（1）支持在片区内设立外商独资演出经纪机构，为厦门市提供服务；（2）允许在综合保税区内开展文物及艺术品保税展示交易业务。",
             units="市文化和旅游局、厦门海关、管委会产业发展局", deadline="2026年3月底前"),
        dict(no="12", field="文化旅游",
             measure="支持邮轮旅游业态创新。允许外资邮轮公司在厦门国际邮轮母港开展多点挂靠业务，推动国际邮轮入境旅游团免签政策落地实施。",
             units="市文化和旅游局、厦门边检总站、厦门港口管理局", deadline="持续推进"),
    ]
    measure_table(doc, rows)
    for r in rows:
        c2.append(row_clause(r))
    empty(doc)
    for b in ["本措施自2025年10月1日起施行，有效期至2028年9月30日。国家和省有新规定的，从其规定。",
              "本措施由管委会改革创新局负责解释。"]:
        para(doc, b); c2.append(b)
    empty(doc, 2)
    banji(doc, "抄送：厦门市人民政府，省商务厅（省自贸办），市委改革办。",
          "中国（福建）自由贸易试验区厦门片区管理委员会办公室", "2025年9月19日")
    out.append({"meta": dict(title=att, doc_number=None, issuer=[organ], date="2025-09-18",
                             published="2025-09-19", effective="2025-10-01", expires="2028-09-30",
                             attachments=[], doc_type="措施", recipients=[], publicity=None,
                             repeals=None, **meta_common),
                "clauses": c2})

    # ---- 政策解读
    page_break(doc)
    t3 = "《中国（福建）自由贸易试验区厦门片区放宽市场准入若干特别措施》政策解读"
    title(doc, ["《中国（福建）自由贸易试验区厦门片区", "放宽市场准入若干特别措施》政策解读"])
    empty(doc)
    c3 = []
    qa(doc, [
        ("《若干特别措施》出台的背景是什么？",
         ["放宽市场准入是建设高标准市场体系、构建高水平社会主义市场经济体制的重要内容。近年来，国家在自由贸易试验区持续缩减外商投资准入负面清单，推动“非禁即入”普遍落实。厦门片区作为对台开放和航运物流的重要平台，在国际船舶登记、中转集拼、跨境数据流动等领域仍存在一些准入门槛和隐性壁垒。为进一步激发经营主体活力，管委会在深入调研、广泛征求企业和部门意见的基础上，研究制定了《若干特别措施》。"]),
        ("《若干特别措施》与市场准入负面清单是什么关系？",
         ["市场准入负面清单明确了禁止和许可准入的事项，清单以外的行业、领域、业务等，各类经营主体皆可依法平等进入。《若干特别措施》是在严格执行全国统一的市场准入负面清单和自贸试验区外商投资准入负面清单的前提下，针对清单之外仍然存在的资质门槛、审批环节、办理时限等问题提出的放宽举措。",
          "需要说明的是，《若干特别措施》中涉及国家事权的事项，将在国家授权范围内实施，相关部门将积极争取国家部委支持。"]),
        ("《若干特别措施》主要包括哪些内容？",
         ["《若干特别措施》以清单形式列出12条具体措施，涵盖航运物流、金融服务、数字贸易、医疗健康、文化旅游5个领域，每条措施均明确了责任单位和完成时限。",
          "航运物流领域3条，主要包括支持国际船舶登记制度创新、放宽国际中转集拼业务准入、支持中欧（厦门）班列拓展业务范围。",
          "金融服务领域3条，主要包括简化优质企业经常项目外汇收支审核、开展QFLP试点、放宽融资租赁业务准入等。",
          "数字贸易领域2条，主要包括有序扩大增值电信业务开放、制定片区数据出境负面清单等。",
          "医疗健康和文化旅游领域各2条，主要包括允许境外资本设立独资医院、支持港澳台医师开办诊所、设立外商独资演出经纪机构、支持邮轮多点挂靠等。"]),
        ("企业如何享受相关措施？",
         ["对不需要另行审批的事项，企业可直接向片区政务服务中心或相关部门窗口申请办理；对需要审批的事项，各责任单位将于2025年12月底前编制并公布办事指南，明确申请条件、材料清单和办理时限。企业也可拨打片区企业服务热线0592-5681000咨询。"]),
        ("《若干特别措施》的有效期是多久？",
         ["《若干特别措施》自2025年10月1日起施行，有效期至2028年9月30日。实施期间国家和省出台新规定的，从其规定。"]),
    ], c3)
    empty(doc, 2)
    signature(doc, ["厦门片区管委会改革创新局"], "2025年9月22日", "　　　　　　　　　　　　")
    out.append({"meta": dict(title=t3, doc_number=None,
                             issuer=["中国（福建）自由贸易试验区厦门片区管理委员会改革创新局"],
                             date="2025-09-22", published=None, effective=None, expires=None,
                             attachments=[], doc_type="解读", recipients=[], publicity=None,
                             repeals=None, **meta_common),
                "clauses": c3})
    return stem, save(doc, stem), out


# ======================================================= 2. 广西 (provincial)
def make_guangxi():
    stem = "blind563_guangxi_tongzhi"
    doc = Document()
    page_setup(doc)
    out = []
    organ = "广西壮族自治区人民政府办公厅"
    docno = "桂政办发〔2025〕41号"
    red_header_single(doc, organ + "文件", docno, 24)
    t1 = "广西壮族自治区人民政府办公厅关于印发中国（广西）自由贸易试验区进一步放宽市场准入若干措施的通知"
    title(doc, ["广西壮族自治区人民政府办公厅关于印发", "中国（广西）自由贸易试验区进一步放宽", "市场准入若干措施的通知"])
    empty(doc)
    para(doc, "各市、县人民政府，自治区人民政府各组成部门、各直属机构，中国（广西）自由贸易试验区各片区管委会：",
         WD_ALIGN_PARAGRAPH.LEFT, False)
    c1 = []
    for b in ["《中国（广西）自由贸易试验区进一步放宽市场准入若干措施》已经自治区人民政府同意，现印发给你们，请认真贯彻执行。",
              "各有关部门要按照职责分工，抓紧制定具体实施细则，确保各项措施落地见效；南宁、钦州、崇左市人民政府要切实履行属地责任，为片区改革创新提供有力保障。实施过程中遇到的重大问题，请及时报告自治区人民政府。"]:
        para(doc, b); c1.append(b)
    empty(doc, 3)
    signature(doc, [organ], "2025年10月14日", "　　　　　　　　　")
    empty(doc)
    para(doc, "（此件公开发布）", WD_ALIGN_PARAGRAPH.LEFT, True)
    mc = dict(level="provincial", region="中国（广西）自由贸易试验区")
    out.append({"meta": dict(title=t1, doc_number=docno, issuer=[organ], date="2025-10-14",
                             published=None, effective=None, expires=None, attachments=[],
                             doc_type="通知",
                             recipients=["各市、县人民政府", "自治区人民政府各组成部门、各直属机构",
                                         "中国（广西）自由贸易试验区各片区管委会"],
                             publicity="此件公开发布", repeals=None, **mc),
                "clauses": c1})

    # ---- measures follow directly (no 附件 label), new page
    page_break(doc)
    t2 = "中国（广西）自由贸易试验区进一步放宽市场准入若干措施"
    title(doc, ["中国（广西）自由贸易试验区", "进一步放宽市场准入若干措施"])
    empty(doc)
    c2 = []
    b = "为贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，发挥中国（广西）自由贸易试验区面向东盟开放合作的前沿作用，在市场准入负面清单之外进一步放宽准入限制，结合实际，制定以下措施。"
    para(doc, b); c2.append(b)
    # section headings 一、二、三 by Word numbering (headings, not clauses)
    hnum = add_numbering(doc, "chineseCounting", "%1、")
    p = para(doc, [("总体要求", HT, False)]); set_num(p, hnum)
    b = "坚持对标国际高标准经贸规则，以服务构建中国—东盟命运共同体为导向，聚焦陆海新通道与跨境物流、跨境电商与数字贸易、金融服务、专业服务、新能源与先进制造等领域，推动一批准入限制放宽措施率先落地。到2027年，力争各项措施全面落地实施，片区新设外商投资企业数量年均增长10%以上。"
    para(doc, b); c2.append(b)
    p = para(doc, [("重点措施", HT, False)]); set_num(p, hnum)
    b = "各片区、各有关部门要按照措施清单（见下表）明确的分工和时限，逐项推进落实。"
    para(doc, b); c2.append(b)
    rows = [
        dict(no="1", field="陆海新通道与跨境物流",
             measure="放宽跨境道路运输准入。（1）支持符合条件的中越跨境道路运输企业在崇左片区开展国际道路运输业务，简化许可办理流程；（2）推动中越跨境货车“点对点”直通运输，实行口岸通关“一次申报、一次查验、一次放行”。",
             units="自治区交通运输厅、南宁海关、崇左市人民政府", deadline="2026年6月底前"),
        dict(no="2", field="陆海新通道与跨境物流",
             measure="支持中欧班列与西部陆海新通道班列联动发展。（1）允许钦州港片区内具备资质的企业开展中欧班列与海铁联运班列集拼业务；（2）探索多式联运“一单制”，推动多式联运提单物权化。",
             units="自治区北部湾办、自治区商务厅、南宁海关", deadline="2025年12月底前"),
        dict(no="3", field="陆海新通道与跨境物流",
             measure="放宽航运服务准入。允许外商独资船舶管理企业在钦州港片区设立并开展业务，支持外籍国际航行船舶在北部湾港开展保税燃料油加注。",
             units="钦州市人民政府、广西海事局", deadline="2026年6月底前"),
        dict(no="4", field="跨境电商与数字贸易",
             measure="支持跨境电商新业态发展。（1）允许跨境电商企业在综合保税区内开展“保税+直播”“保税+展示”业务；（2）支持南宁片区开展跨境电商零售进口药品试点，扩大试点药品品种范围。",
             units="自治区商务厅、南宁海关、自治区药监局", deadline="2026年3月底前"),
        dict(no="5", field="跨境电商与数字贸易",
             measure="推动面向东盟的数字服务开放。（1）在国家授权范围内，对在片区内设立的外商投资企业开放在线数据处理与交易处理业务（经营类电子商务），外资股比不受限制；（2）支持建设中国—东盟数据跨境流动服务中心。",
             units="自治区通信管理局、自治区党委网信办、自治区大数据发展局", deadline="2026年12月底前"),
        dict(no="6", field="跨境电商与数字贸易",
             measure="便利跨境支付结算。支持片区内银行为跨境电商企业提供人民币跨境结算服务，扩大边民互市贸易跨境人民币结算试点范围。",
             units="中国人民银行广西壮族自治区分行、国家外汇管理局广西壮族自治区分局", deadline="长期坚持"),
        dict(no="7", field="金融服务",
             measure="放宽外资金融机构准入。（1）支持东盟国家金融机构在南宁片区设立分支机构；（2）允许符合条件的外资机构在片区内发起设立消费金融公司、理财公司。",
             units="国家金融监督管理总局广西监管局、自治区党委金融办", deadline="2026年12月底前"),
        dict(no="8", field="金融服务",
             measure="开展跨境金融创新。支持开展跨境资产转让业务试点，允许片区内符合条件的企业借用外债实行便利化管理。",
             units="中国人民银行广西壮族自治区分行、国家外汇管理局广西壮族自治区分局", deadline="2026年6月底前"),
        dict(no="9", field="专业服务",
             measure="放宽法律服务准入。（1）允许东盟国家律师事务所在南宁片区设立代表机构；（2）支持境内外律师事务所开展联营，联营律师事务所可聘用外籍律师以法律顾问身份提供服务。",
             units="自治区司法厅", deadline="2026年6月底前"),
        dict(no="10", field="专业服务",
             measure="放宽职业资格准入。（1）对东盟国家专业人才在片区内从事相关工作实行职业资格认可清单管理；（2）允许取得境外职业资格的专业人才经备案后在片区提供服务。",
             units="自治区人力资源社会保障厅、自治区有关行业主管部门", deadline="2025年12月底前"),
        dict(no="11", field="新能源与先进制造",
             measure="放宽新能源项目准入。支持民营企业和外资企业以独资、控股或参股方式参与片区内分布式光伏、新型储能、充换电设施项目投资建设运营。",
             units="自治区发展改革委、自治区能源局", deadline="长期坚持"),
        dict(no="12", field="新能源与先进制造",
             measure="支持再制造产业发展。（1）允许在综合保税区内开展航空零部件、工程机械等高附加值产品全球维修和再制造业务；（2）对维修产品目录外的业务实行“一事一议”。",
             units="南宁海关、自治区商务厅、自治区生态环境厅", deadline="2026年3月底前"),
    ]
    measure_table(doc, rows)
    for r in rows:
        c2.append(row_clause(r))
    empty(doc)
    p = para(doc, [("保障措施", HT, False)]); set_num(p, hnum)
    snum = add_numbering(doc, "chineseCounting", "（%1）")
    for h, t in [
        ("加强组织领导。", "自治区自贸试验区工作领导小组统筹推进各项措施落实，领导小组办公室（设在自治区商务厅）负责日常协调调度，每半年通报一次工作进展。"),
        ("强化部门协同。", "各责任单位要加强与国家部委的沟通衔接，对需国家授权的事项积极争取支持；涉及多个部门的事项，由排名第一的单位牵头，其他单位积极配合。"),
        ("做好评估推广。", "自治区商务厅要会同有关部门对措施实施情况开展第三方评估，及时总结推广成熟经验做法。"),
    ]:
        p = para(doc, [(h, KT, False), t]); set_num(p, snum)
        # numbering rendered by Word: expected text carries it
    nums = ["（一）", "（二）", "（三）"]
    c2 += [n + h + t for n, (h, t) in zip(nums, [
        ("加强组织领导。", "自治区自贸试验区工作领导小组统筹推进各项措施落实，领导小组办公室（设在自治区商务厅）负责日常协调调度，每半年通报一次工作进展。"),
        ("强化部门协同。", "各责任单位要加强与国家部委的沟通衔接，对需国家授权的事项积极争取支持；涉及多个部门的事项，由排名第一的单位牵头，其他单位积极配合。"),
        ("做好评估推广。", "自治区商务厅要会同有关部门对措施实施情况开展第三方评估，及时总结推广成熟经验做法。"),
    ])]
    b = "本措施自印发之日起施行，有效期至2027年12月31日。"
    para(doc, b); c2.append(b)
    out.append({"meta": dict(title=t2, doc_number=None, issuer=[organ], date="2025-10-14",
                             published=None, effective="2025-10-14", expires="2027-12-31",
                             attachments=[], doc_type="措施", recipients=[], publicity=None,
                             repeals=None, **mc),
                "clauses": c2})

    # ---- 政策解读
    page_break(doc)
    t3 = "《中国（广西）自由贸易试验区进一步放宽市场准入若干措施》政策解读"
    title(doc, ["《中国（广西）自由贸易试验区进一步放宽", "市场准入若干措施》政策解读"])
    empty(doc)
    c3 = []
    qa(doc, [
        ("制定《若干措施》的主要考虑是什么？",
         ["中国（广西）自由贸易试验区设立以来，围绕面向东盟开放合作开展了大量制度创新探索，但在跨境运输、航运服务、数字服务、专业服务等领域仍存在准入门槛偏高、审批环节较多等问题。制定《若干措施》，就是要在全国统一的市场准入负面清单之外，进一步破除制约要素流动和经营主体发展的障碍，打造面向东盟的高水平开放平台。"]),
        ("《若干措施》有哪些突出特点？",
         ["一是突出面向东盟。12条措施中有7条直接涉及与东盟国家的通道、贸易、金融和人员往来，如支持东盟国家金融机构设立分支机构、允许东盟国家律师事务所设立代表机构等。",
          "二是突出通道联动。聚焦西部陆海新通道和中欧班列联动发展，提出开展班列集拼、探索多式联运“一单制”等举措。",
          "三是突出清单管理。以表格形式逐条明确具体措施、责任单位和完成时限，便于督促检查和社会监督。"]),
        ("跨境电商企业可以享受哪些便利？",
         ["跨境电商企业可以在综合保税区内开展“保税+直播”“保税+展示”业务，南宁片区将开展跨境电商零售进口药品试点。同时，片区内银行将为跨境电商企业提供人民币跨境结算服务，进一步降低汇兑成本。"]),
        ("《若干措施》如何推动落实？",
         ["自治区自贸试验区工作领导小组办公室将建立工作台账，实行清单化管理、项目化推进，每半年通报一次工作进展，并适时开展第三方评估。对需要国家授权的事项，自治区有关部门将积极争取国家部委支持。"]),
        ("《若干措施》何时开始实施？",
         ["《若干措施》自印发之日起施行，有效期至2027年12月31日。"]),
    ], c3)
    empty(doc, 2)
    signature(doc, ["广西壮族自治区商务厅"], "2025年10月20日", "　　　　　　　　　　　　　")
    out.append({"meta": dict(title=t3, doc_number=None, issuer=["广西壮族自治区商务厅"],
                             date="2025-10-20", published=None, effective=None, expires=None,
                             attachments=[], doc_type="解读", recipients=[], publicity=None,
                             repeals=None, **mc),
                "clauses": c3})
    return stem, save(doc, stem), out


# ======================================================= 3. 苏州 (municipal, joint)
def make_suzhou():
    stem = "blind563_suzhou_tongzhi"
    doc = Document()
    page_setup(doc)
    out = []
    organs = ["苏州市商务局", "苏州市发展和改革委员会", "苏州市市场监督管理局"]
    docno = "苏商自贸〔2026〕7号"
    # joint red header: layout table, right cell "文件" merged
    empty(doc)
    t = doc.add_table(rows=3, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, o in enumerate(organs):
        c = t.cell(i, 0)
        p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = p.add_run(o); set_font(r, XBS, 26, False, RED)
    m = t.cell(0, 1).merge(t.cell(2, 1))
    p = m.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件"); set_font(r, XBS, 40, False, RED)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_col_widths(t, (11.5, 4.0))
    empty(doc)
    p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False)
    r = p.add_run(docno); set_font(r, FS, 16)
    bottom_border(p)
    empty(doc)
    t1 = "关于印发《中国（江苏）自由贸易试验区苏州片区放宽市场准入特别措施清单》的通知"
    title(doc, ["关于印发《中国（江苏）自由贸易试验区", "苏州片区放宽市场准入特别措施清单》的通知"])
    empty(doc)
    para(doc, "各县级市（区）商务主管部门、发展改革部门、市场监管部门，苏州工业园区管委会，市各有关单位：",
         WD_ALIGN_PARAGRAPH.LEFT, False)
    c1 = []
    # paragraph with a manual soft line break mid-sentence
    a = "为贯彻落实《国务院关于做好自由贸易试验区对标高标准推进制度型开放工作的意见》和省委、省政府关于自贸试验区提升战略的部署要求，进一步"
    b2 = "打破市场准入壁垒，营造公平竞争的市场环境，经市人民政府同意，现将《中国（江苏）自由贸易试验区苏州片区放宽市场准入特别措施清单》印发给你们，并就有关事项通知如下。"
    para(doc, [a, "BR", b2]); c1.append(a + b2)
    num = add_numbering(doc, "chineseCounting", "%1、")
    items = [
        ("明确职责分工。", "清单所列措施由责任单位按职责组织实施，列在首位的为牵头单位。苏州工业园区管委会作为片区建设主体，负责统筹推动各项措施在片区内落地。"),
        ("加快政策落地。", "各责任单位要在2026年4月30日前制定具体实施方案和操作细则，能够立即实施的要立即实施；需要省级以上部门授权的，要抓紧报批，争取早日落地。"),
        ("开展公平竞争审查。", "各地各部门在制定涉及经营主体经济活动的政策措施时，要严格落实公平竞争审查制度，不得设置不合理或者歧视性的准入和退出条件，不得以备案、登记、年检、认定、认证、指定等形式设定或者变相设定市场准入障碍。"),
        ("加强评估督导。", "市商务局会同市发展改革委、市市场监管局每半年对清单实施情况开展一次评估，评估结果报市人民政府。"),
    ]
    for h, tx in items:
        p = para(doc, [(h, FS, True), tx]); set_num(p, num)
    for n, (h, tx) in zip(["一、", "二、", "三、", "四、"], items):
        c1.append(n + h + tx)
    b = "联系人：市商务局自由贸易试验区工作处　王敏，电话：0512-68616235。"
    para(doc, b); c1.append(b)
    empty(doc)
    att = "中国（江苏）自由贸易试验区苏州片区放宽市场准入特别措施清单"
    para(doc, "附件：" + att, WD_ALIGN_PARAGRAPH.LEFT, True)
    empty(doc, 3)
    # joint signature laid out in a borderless table
    st = doc.add_table(rows=2, cols=2)
    no_borders(st)
    for (ri, ci), txt in {(0, 0): "苏州市商务局", (0, 1): "苏州市发展和改革委员会",
                          (1, 0): "", (1, 1): "苏州市市场监督管理局"}.items():
        p = st.cell(ri, ci).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt); set_font(r, FS, 16)
    empty(doc)
    para(doc, "　　　　　　　　　　　　　　　　　2026年3月6日", WD_ALIGN_PARAGRAPH.LEFT, False)
    empty(doc)
    para(doc, "（此件公开发布）", WD_ALIGN_PARAGRAPH.LEFT, True)
    mc = dict(level="municipal", region="中国（江苏）自由贸易试验区苏州片区")
    out.append({"meta": dict(title=t1, doc_number=docno, issuer=organs, date="2026-03-06",
                             published="2026-03-06", effective=None, expires=None,
                             attachments=[att], doc_type="通知",
                             recipients=["各县级市（区）商务主管部门、发展改革部门、市场监管部门",
                                         "苏州工业园区管委会", "市各有关单位"],
                             publicity="此件公开发布", repeals=None, **mc),
                "clauses": c1})

    # ---- 附件
    page_break(doc)
    para(doc, [("附件", HT, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    empty(doc)
    title(doc, ["中国（江苏）自由贸易试验区苏州片区", "放宽市场准入特别措施清单"])
    empty(doc)
    c2 = []
    for b in ["为进一步优化中国（江苏）自由贸易试验区苏州片区市场准入环境，在全面实施市场准入负面清单制度基础上，聚焦生物医药、集成电路与数字经济、金融开放、商贸服务、人力资源与专业服务等领域，制定本清单。",
              "本清单所列措施，除法律、行政法规另有规定外，内外资经营主体一视同仁、平等适用。"]:
        para(doc, b); c2.append(b)
    rows = [
        dict(no="1", field="生物医药",
             measure=["优化研发用物品进口准入：", "（1）对片区内生物医药企业（研发机构）研发用物品实行“白名单”管理，名单内企业进口研发用物品免于提交进口药品通关单；", "（2）对“白名单”企业进口的研发用特殊物品，在风险评估基础上实施分类检疫审批。"],
             units="苏州海关、市商务局、市药监局", deadline="2026年6月底前"),
        dict(no="2", field="生物医药",
             measure=["放宽医疗器械注册人制度准入：", "（1）允许片区内医疗器械注册人委托长三角区域内符合条件的企业生产医疗器械；", "（2）对创新医疗器械实行“提前介入、一企一策、全程指导”。"],
             units="市药监局、苏州工业园区管委会", deadline="2026年3月底前"),
        dict(no="3", field="生物医药",
             measure=["支持细胞与基因治疗领域开放。在国家授权范围内，允许外商投资企业在片区内从事人体干细胞、基因诊断与治疗技术开发和技术应用，用于产品注册上市和生产。"],
             units="市卫生健康委、市药监局、苏州工业园区管委会", deadline="2026年12月底前"),
        dict(no="4", field="集成电路与数字经济",
             measure=["放宽集成电路保税研发准入：", "（1）允许片区内集成电路设计企业在综合保税区外开展保税研发业务，实行“企业集团”加工贸易监管模式；", "（2）对集成电路企业进口研发用设备实施“先入区、后检测”。"],
             units="苏州海关、苏州工业园区管委会", deadline="2026年6月底前"),
        dict(no="5", field="集成电路与数字经济",
             measure=["扩大数字领域市场开放：", "（1）在国家授权范围内，取消片区内应用商店、互联网接入服务（为用户提供互联网接入服务）业务外资股比限制；", "（2）支持片区企业开展数据资产登记、评估和交易，建设苏州片区数据交易服务专区。"],
             units="市数据局、江苏省通信管理局苏州办事处、苏州工业园区管委会", deadline="2026年12月底前"),
        dict(no="6", field="金融开放",
             measure=["支持外资金融机构落户：", "（1）支持外资银行在片区设立分行、子行，开展人民币和外币业务；", "（2）支持符合条件的外资机构在片区设立独资公募基金管理公司、期货公司。"],
             units="市委金融办、国家金融监督管理总局苏州监管分局、中国人民银行苏州市分行", deadline="持续推进"),
        dict(no="7", field="金融开放",
             measure=["开展本外币一体化资金池试点。支持片区内符合条件的跨国公司开展本外币一体化资金池业务，便利集团内资金跨境调拨使用。"],
             units="中国人民银行苏州市分行、国家外汇管理局苏州市分局", deadline="2026年6月底前"),
        dict(no="8", field="商贸服务",
             measure=["放宽跨境电商与保税维修准入：", "（1）支持片区内综合保税区企业开展跨境电商“网购保税+线下自提”业务；", "（2）支持片区内企业开展自产出口产品的境外维修业务，维修产品目录实行动态调整。"],
             units="市商务局、苏州海关", deadline="2026年3月底前"),
        dict(no="9", field="商贸服务",
             measure=["推动中欧班列（苏州）提质扩容。允许符合条件的货运代理企业组织中欧班列回程货源集结，支持开展“班列+保税”“班列+跨境电商”等业务。"],
             units="市商务局、苏州海关、市交通运输局", deadline="持续推进"),
        dict(no="10", field="人力资源与专业服务",
             measure=["放宽人力资源服务准入：", "（1）允许外商投资人力资源服务机构在片区内开展人力资源服务业务，外资股比不受限制；", "（2）人力资源服务许可实行告知承诺制，审批时限压缩至5个工作日。"],
             units="市人力资源社会保障局、苏州工业园区管委会", deadline="2026年6月底前"),
        dict(no="11", field="人力资源与专业服务",
             measure=["便利境外专业人才执业。对取得境外职业资格的金融、建筑、规划、设计等领域专业人才，经备案后可在片区内提供专业服务，其境外从业经历可视同境内从业经历。"],
             units="市人力资源社会保障局、市住房城乡建设局、市委金融办", deadline="2026年12月底前"),
    ]
    measure_table(doc, rows, multi_para=True, widths=(1.2, 2.4, 8.6, 3.2, 2.2))
    for r in rows:
        c2.append(row_clause(r))
    empty(doc)
    b = "本清单自2026年4月1日起施行，有效期至2028年3月31日。实施期间，国家和省对市场准入有新规定的，从其规定。"
    para(doc, b); c2.append(b)
    empty(doc, 2)
    banji(doc, "抄送：省商务厅，市人民政府办公室，苏州海关。",
          "苏州市商务局办公室", "2026年3月6日")
    out.append({"meta": dict(title=att, doc_number=None, issuer=organs, date="2026-03-06",
                             published="2026-03-06", effective="2026-04-01", expires="2028-03-31",
                             attachments=[], doc_type="清单", recipients=[], publicity=None,
                             repeals=None, **mc),
                "clauses": c2})

    # ---- 政策解读
    page_break(doc)
    t3 = "《中国（江苏）自由贸易试验区苏州片区放宽市场准入特别措施清单》政策解读"
    title(doc, ["《中国（江苏）自由贸易试验区苏州片区放宽", "市场准入特别措施清单》政策解读"])
    empty(doc)
    c3 = []
    qa(doc, [
        ("《特别措施清单》制定的依据是什么？",
         ["《特别措施清单》主要依据《国务院关于做好自由贸易试验区对标高标准推进制度型开放工作的意见》《市场准入负面清单（2025年版）》以及省委、省政府关于实施自由贸易试验区提升战略的有关部署，结合苏州片区产业发展实际制定。"]),
        ("《特别措施清单》聚焦哪些领域？",
         ["《特别措施清单》共11项措施，聚焦5个领域：",
          "一是生物医药领域3项，重点在研发用物品进口、医疗器械注册人制度、细胞与基因治疗等方面放宽准入。",
          "二是集成电路与数字经济领域2项，重点支持集成电路保税研发和数字领域市场开放。",
          "三是金融开放领域2项，支持外资金融机构落户和本外币一体化资金池试点。",
          "四是商贸服务领域2项，支持跨境电商、保税维修和中欧班列（苏州）提质扩容。",
          "五是人力资源与专业服务领域2项，放宽人力资源服务准入，便利境外专业人才执业。"]),
        ("“白名单”企业如何申请？",
         ["片区内生物医药企业（研发机构）可通过苏州工业园区企业服务平台提交申请，由市商务局会同苏州海关、市药监局联合审核，审核通过后纳入“白名单”并实行动态管理。具体办法另行制定。"]),
        ("外资企业能否平等享受清单中的措施？",
         ["可以。除法律、行政法规另有规定外，清单所列措施对内外资经营主体一视同仁、平等适用。各地各部门不得以任何形式对外资企业设置歧视性准入条件。"]),
        ("《特别措施清单》从何时开始施行？",
         ["《特别措施清单》自2026年4月1日起施行，有效期至2028年3月31日。"]),
    ], c3)
    empty(doc, 2)
    signature(doc, ["苏州市商务局"], "2026年3月10日", "　　　　　　　　　　　　　　")
    out.append({"meta": dict(title=t3, doc_number=None, issuer=["苏州市商务局"],
                             date="2026-03-10", published=None, effective=None, expires=None,
                             attachments=[], doc_type="解读", recipients=[], publicity=None,
                             repeals=None, **mc),
                "clauses": c3})
    return stem, save(doc, stem), out


KEY_ORDER = ["title", "doc_number", "issuer", "date", "published", "level", "region",
             "effective", "expires", "attachments", "doc_type", "recipients", "publicity", "repeals"]


def main():
    expected = {}
    for fn in (make_xiamen, make_guangxi, make_suzhou):
        stem, path, objs = fn()
        for o in objs:
            o["meta"] = {k: o["meta"][k] for k in KEY_ORDER}
        expected[stem] = objs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_563", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
