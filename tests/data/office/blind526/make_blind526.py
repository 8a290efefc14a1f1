# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 526 blind test documents: 综合保税区 保税维修 / 再制造 海关公告 + 办事指南."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Twips

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, FS, 14)
    r = p.add_run()
    set_font(r, FS, 14)
    fld1 = OxmlElement("w:fldChar")
    fld1.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    fld2 = OxmlElement("w:fldChar")
    fld2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    fld3 = OxmlElement("w:fldChar")
    fld3.set(qn("w:fldCharType"), "end")
    r._element.append(fld1)
    r._element.append(instr)
    r._element.append(fld2)
    r._element.append(t)
    r._element.append(fld3)
    r = p.add_run(" —")
    set_font(r, FS, 14)


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


def para(doc, parts, align=None, indent=True, line=28, before=0, after=0):
    """parts: str or list of (text, east, size, bold) / 'BR' for soft break."""
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    if isinstance(parts, str):
        parts = [(parts, FS, 16, False)]
    for part in parts:
        if part == "BR":
            r = p.add_run()
            r.add_break(WD_BREAK.LINE)
            continue
        defaults = [None, FS, 16, False]
        part = list(part) + defaults[len(part):]
        text, east, size, bold = part
        r = p.add_run(text)
        set_font(r, east, size, bold)
    return p


def empty(doc, line=28):
    p = doc.add_paragraph()
    fmt(p, indent=False, line=line)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def border(p, side="bottom", color="E60012", sz=12, val="single"):
    pPr = p._p.get_or_add_pPr()
    pbdr = pPr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        pPr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), val)
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(20)
    r = p.add_run(text)
    set_font(r, east, size, bold)


def cell_borders(cell, on=True):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        if on:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "8")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tcPr.append(b)


def set_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def data_table(doc, header, rows, widths, clauses, left_cols=()):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows):
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.rows[ri + 1].cells[ci], v, FS, 12, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    set_widths(t, widths)
    return t


def red_header(doc, org_text, number_text):
    p = para(doc, [(org_text, XBS, 36, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, line=60, before=12)
    for r in p.runs:
        r.font.color.rgb = RED
    para(doc, [(number_text, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=28, before=12)
    p = para(doc, "", indent=False, line=10)
    border(p, "bottom", "E60012", 18)
    empty(doc)


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return path


# ================================================================ doc 1
def zhengzhou_gonggao():
    stem = "blind526_zhengzhou_gonggao"
    doc = new_doc()
    C = []
    red_header(doc, "郑州海关公告", "2026年第2号")
    # title split over two paragraphs
    para(doc, [("关于综合保税区保税维修业务", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, [("监管有关事项的公告", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)

    def body(text):
        para(doc, text)
        C.append(text)

    def runin(head, text, east=HT):
        para(doc, [(head, east, 16, False), (text, FS, 16, False)])
        C.append(head + text)

    body("为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）"
         "和《中华人民共和国海关综合保税区管理办法》（海关总署令第256号）等规定，支持河南省内综合保税区"
         "（以下简称综保区）企业开展保税维修业务，规范海关监管，现就有关事项公告如下：")
    runin("一、适用范围。", "本公告所称保税维修业务，是指综保区内企业以保税方式将存在部件损坏、功能失效、"
          "质量缺陷等问题的货物（以下简称待维修货物）从境外或者境内区外运入综保区进行检测、维修后，"
          "复运出境或者复运回境内区外的业务。")
    runin("二、业务范围。", "综保区内企业可以开展下列保税维修业务：")
    runin("（一）全球维修业务。", "对来自境外的本企业（集团）生产的产品以及附件所列目录内产品开展检测、维修；", KT)
    runin("（二）国内维修业务。", "对来自境内区外的本企业（集团）生产的已出口产品开展检测、维修；", KT)
    runin("（三）其他维修业务。", "经商务主管部门会同海关、生态环境等部门认定的其他维修业务。", KT)
    runin("三、企业条件。", "开展保税维修业务的企业应当同时符合下列条件：")
    body("（一）在综保区内注册登记，具有独立法人资格，已在海关办理报关单位备案；")
    body("（二）建立符合海关监管要求的信息化管理系统，能够对待维修货物、维修后货物、维修用料件以及维修过程中"
         "替换下的坏件、旧件（以下简称旧件）实施电子台账管理，并与海关联网；")
    body("（三）海关信用等级不为失信企业；")
    body("（四）具备开展维修业务所需的场所、设备和专业技术人员，符合生态环境、安全生产等有关要求。")
    runin("四、账册管理。", "企业应当设立保税维修专用电子账册（以下简称维修账册），与其他业务账册分开管理。"
          "维修账册核销周期最长不超过1年。")
    # own-line heading (no run-in text)
    para(doc, [("五、进出区管理", HT, 16, False)])
    body("（一）待维修货物从境外运入综保区的，企业应当按照“保税维修”（监管方式代码1371）向海关申报；"
         "维修后复运出境的，按照“保税维修”申报出境。")
    body("（二）待维修货物从境内区外运入综保区的，区外企业按照“修理物品”（监管方式代码1300）申报出口，"
         "维修后复运回境内区外的，按照“修理物品”申报进口，以修理费和料件费审查确定完税价格。")
    body("（三）维修用料件从境外进口的，按照“保税维修”申报；从境内区外采购的，按照综保区有关规定办理。")
    body("（四）维修过程中产生的旧件，原则上应当全部复运出境；确需在境内处置的，按照下列规定办理：")
    body("1.属于固体废物的，按照固体废物管理有关规定办理，不得擅自出区；")
    body("2.不属于固体废物的，企业应当如实申报，并按照进口货物办理相关手续；")
    body("3.属于国家禁止进口货物的，不得内销，应当复运出境。")
    runin("六、维修期限。", "待维修货物应当自运入综保区之日起1年内完成维修，并复运出境或者复运回境内区外；"
          "确需延期的，企业应当在期限届满前向主管海关提出申请，延期原则上不超过1次，"
          "延长期限不超过6个月。")
    # items with soft line breaks inside ONE paragraph
    lead = "七、禁止情形。"
    lead_t = "综保区内企业不得开展下列维修业务："
    it1 = "（一）国家禁止进口的旧机电产品的维修；"
    it2 = "（二）以维修名义进口国家禁止进口的固体废物；"
    it3 = "（三）列入《中国严格限制的有毒化学品名录》等有关目录的产品的维修。"
    para(doc, [(lead, HT, 16, False), (lead_t, FS, 16, False), "BR",
               ("　　" + it1, FS, 16, False), "BR",
               ("　　" + it2, FS, 16, False), "BR",
               ("　　" + it3, FS, 16, False)])
    C.extend([lead + lead_t, it1, it2, it3])
    runin("八、监管要求。", "海关对维修账册实施核查，必要时可以对企业开展稽查。企业应当按照海关要求"
          "如实报送维修业务开展情况，每季度终了后15日内向主管海关报送上一季度保税维修业务报告。")
    runin("九、法律责任。", "企业违反本公告规定的，海关依照《中华人民共和国海关法》《中华人民共和国海关"
          "行政处罚实施条例》等有关规定处理；构成犯罪的，依法追究刑事责任。")
    body("十、本公告由郑州海关负责解释。")
    body("十一、本公告自2026年4月1日起施行，有效期至2028年3月31日。《郑州海关关于综合保税区开展保税维修业务"
         "有关事项的公告》（郑州海关公告2023年第4号）同时废止。")
    body("特此公告。")
    empty(doc)
    # attachment list with manual break + manual spaces
    para(doc, [("附件：郑州海关关区综合保税区保税维修产品目录", FS, 16, False), "BR",
               ("　　　（2026年版）", FS, 16, False)])
    empty(doc)
    empty(doc)
    para(doc, [("                                  郑州海关", FS, 16, False)], indent=False)
    para(doc, [("                              2026年3月16日", FS, 16, False)], indent=False)

    # attachment page
    page_break(doc)
    para(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc)
    para(doc, [("郑州海关关区综合保税区保税维修产品目录", XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=32)
    para(doc, [("（2026年版）", KT, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=28, after=6)
    rows = [
        ("1", "智能手机", "8517130000", "含本企业（集团）生产的已出口产品"),
        ("2", "其他电话机及终端设备", "8517180000", "限本集团品牌产品"),
        ("3", "基站设备", "8517610000", "含基站用射频单元"),
        ("4", "便携式自动数据处理设备（笔记本电脑、平板电脑）", "8471300000", "含整机及主板"),
        ("5", "服务器", "8471500000", "限机架式、刀片式服务器"),
        ("6", "自动数据处理设备的零件", "84733090", "含该编码项下全部子目"),
        ("7", "液晶显示模组", "8524110000", "限手机、笔记本电脑用"),
        ("8", "平板显示器", "8528521100", "限可直接连接自动数据处理设备的"),
        ("9", "激光打印机", "8443321000", "不含耗材"),
        ("10", "半导体器件制造设备", "8486200000", "限集成电路封装测试设备"),
        ("11", "处理器及控制器集成电路", "8542310000", "限随整机返修的板卡级产品"),
        ("12", "电话机零件", "85177990", "含该编码项下全部子目"),
        ("13", "医用X射线应用设备", "9022140000", "限本企业（集团）生产产品"),
        ("14", "涡轮喷气发动机零件", "8411910000", "限民用航空器用"),
        ("15", "飞机及直升机的其他零件", "8807300000", "限民用航空器用，需具备民航维修许可"),
        ("16", "工业机器人", "8479501000", "含控制柜"),
        ("17", "数控机床用控制单元", "8537101100", "限本企业（集团）生产产品"),
        ("18", "无人机", "8806929000", "限民用，不含军民两用物项"),
    ]
    data_table(doc, ["序号", "商品名称", "商品编码", "备注"], rows, [1.4, 6.0, 3.2, 5.0], C, left_cols=(1, 3))
    empty(doc, 14)
    body("说明：本目录所列商品编码以《中华人民共和国进出口税则》和《进出口税则商品及品目注释》为准；"
         "商品编码为8位的，包括该编码项下全部10位子目。")

    meta = {
        "title": "关于综合保税区保税维修业务监管有关事项的公告",
        "doc_number": "郑州海关公告2026年第2号",
        "issuer": ["郑州海关"],
        "date": "2026-03-16",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": "2026-04-01",
        "expires": "2028-03-31",
        "attachments": ["郑州海关关区综合保税区保税维修产品目录（2026年版）"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": "《郑州海关关于综合保税区开展保税维修业务有关事项的公告》（郑州海关公告2023年第4号）",
    }
    save(doc, stem)
    return stem, [{"meta": meta, "clauses": C}]


# ================================================================ doc 2
def zhengzhou_zhinan():
    stem = "blind526_zhengzhou_zhinan"
    doc = new_doc()
    C = []
    para(doc, [("综合保税区保税维修业务备案办事指南", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=40, after=12)
    empty(doc)

    def head(text):
        para(doc, [(text, HT, 16, False)])

    def body(text):
        para(doc, text)
        C.append(text)

    head("一、事项名称")
    body("综合保税区保税维修业务备案（含保税维修专用电子账册设立）。")
    head("二、设定依据")
    body("（一）《中华人民共和国海关法》；")
    body("（二）《中华人民共和国海关综合保税区管理办法》（海关总署令第256号）；")
    body("(三)《郑州海关关于综合保税区保税维修业务监管有关事项的公告》（郑州海关公告2026年第2号）。")
    empty(doc)
    head("三、申请条件")
    body("申请人应当同时符合下列条件：")
    body("1.在河南省内综合保税区注册登记，具有独立法人资格，已在海关办理报关单位备案；")
    body("2.海关信用等级不为失信企业；")
    body("3.已建立符合海关监管要求的信息化管理系统，并与海关联网；")
    body("4.具备开展维修业务所需的场所、设备和专业技术人员；")
    body("5.拟开展维修的产品属于本企业（集团）生产的产品或者列入《郑州海关关区综合保税区保税维修产品目录（2026年版）》。")
    head("四、申请材料")
    rows = [
        ("1", "综合保税区保税维修业务备案申请表", "加盖企业公章", "原件1份"),
        ("2", "营业执照", "复印件加盖企业公章", "1份"),
        ("3", "维修业务说明", "包括维修产品范围、维修工艺流程、旧件处置方式等内容", "1份"),
        ("4", "信息化管理系统说明及联网方案", "加盖企业公章", "1份"),
        ("5", "环境影响评价批复文件或者备案文件", "复印件加盖企业公章", "1份"),
        ("6", "品牌授权书", "仅维修非本企业（集团）生产产品的提供", "1份"),
    ]
    data_table(doc, ["序号", "材料名称", "材料要求", "份数"], rows, [1.4, 5.6, 6.2, 2.4], C, left_cols=(1, 2))
    empty(doc, 14)
    body("申请人对所提交材料的真实性、合法性负责。已通过国际贸易“单一窗口”上传电子材料的，无需重复提交纸质材料。")
    head("五、办理流程")
    para(doc, [("（一）申请。", KT, 16, False),
               ("申请人通过国际贸易“单一窗口”或者“互联网+海关”一体化网上办事平台提交备案申请，", FS, 16, False),
               "BR",
               ("并上传申请材料。", FS, 16, False)])
    C.append("（一）申请。申请人通过国际贸易“单一窗口”或者“互联网+海关”一体化网上办事平台提交备案申请，并上传申请材料。")
    para(doc, [("（二）受理。", KT, 16, False),
               ("主管海关对申请材料进行审查，材料齐全、符合法定形式的，予以受理；材料不齐全或者不符合法定形式的，"
                "一次性告知申请人需要补正的全部内容。", FS, 16, False)])
    C.append("（二）受理。主管海关对申请材料进行审查，材料齐全、符合法定形式的，予以受理；材料不齐全或者不符合法定形式的，"
             "一次性告知申请人需要补正的全部内容。")
    para(doc, [("（三）审核。", KT, 16, False),
               ("主管海关对申请人的信息化管理系统、场所设备等情况进行审核，必要时开展实地核查。", FS, 16, False)])
    C.append("（三）审核。主管海关对申请人的信息化管理系统、场所设备等情况进行审核，必要时开展实地核查。")
    para(doc, [("（四）决定。", KT, 16, False),
               ("符合条件的，予以备案并设立维修账册；不符合条件的，书面告知申请人并说明理由。", FS, 16, False)])
    C.append("（四）决定。符合条件的，予以备案并设立维修账册；不符合条件的，书面告知申请人并说明理由。")
    body("办理流程图如下：")
    # flowchart typed in a one-column layout table: boxes (bordered) and arrows (no border)
    boxes = [
        "申请人通过“单一窗口”或者“互联网+海关”提交备案申请及材料",
        "主管海关受理（材料不齐全的，一次性告知补正内容）",
        "主管海关审核（必要时开展实地核查）",
        "符合条件的，予以备案并设立维修账册；不符合条件的，书面告知理由",
        "企业按规定开展保税维修业务",
    ]
    cells = []
    for i, b in enumerate(boxes):
        cells.append(("box", b))
        if i < len(boxes) - 1:
            cells.append(("arrow", "↓"))
    t = doc.add_table(rows=len(cells), cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [11.0])
    for i, (kind, txt) in enumerate(cells):
        c = t.rows[i].cells[0]
        c.width = Cm(11.0)
        cell_text(c, txt, FS if kind == "box" else HT, 12 if kind == "box" else 16)
        cell_borders(c, on=(kind == "box"))
        if kind == "box":
            C.append(txt)
    empty(doc)
    head("六、办理时限")
    body("自受理之日起10个工作日内办结（实地核查时间不计算在内）。")
    para(doc, [("七、收费标准：", HT, 16, False), ("不收费。", FS, 16, False)])
    C.append("七、收费标准：不收费。")
    head("八、办理地点")
    body("企业注册地所在综合保税区的主管海关业务现场，或者通过国际贸易“单一窗口”（www.singlewindow.cn）网上办理。")
    para(doc, [("九、办理时间：", HT, 16, False),
               ("法定工作日上午9:00—12:00，下午13:30—17:00。", FS, 16, False)])
    C.append("九、办理时间：法定工作日上午9:00—12:00，下午13:30—17:00。")
    head("十、咨询方式")
    body("（一）咨询电话：0371-65876213（郑州海关综合业务处）、0371-62537518（郑州新郑综合保税区海关）。")
    body("（二）监督投诉电话：12360海关服务热线。")
    body("（三）网上咨询：中国海关门户网站“我要咨询”栏目。")
    empty(doc)
    empty(doc)
    para(doc, [("郑州海关", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, [("2026年3月20日", FS, 16, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    meta = {
        "title": "综合保税区保税维修业务备案办事指南",
        "doc_number": None,
        "issuer": ["郑州海关"],
        "date": "2026-03-20",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "办事指南",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    save(doc, stem)
    return stem, [{"meta": meta, "clauses": C}]


# ================================================================ doc 3 (Word auto-numbering)
CHN = "一二三四五六七八九十"


def chn(n):
    if n <= 10:
        return CHN[n - 1]
    if n < 20:
        return "十" + CHN[n - 11]
    return CHN[n // 10 - 1] + "十" + (CHN[n % 10 - 1] if n % 10 else "")


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absid, numid = "526", "526"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), absid)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    levels = [("chineseCounting", "%1、", HT), ("chineseCounting", "（%2）", KT), ("decimal", "%3.", FS)]
    for i, (nf, txt, font) in enumerate(levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(i))
        for tag, val in (("w:start", "1"), ("w:numFmt", nf)):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        if i > 0:
            e = OxmlElement("w:lvlRestart")
            e.set(qn("w:val"), "1")
            lvl.append(e)
        e = OxmlElement("w:suff")
        e.set(qn("w:val"), "nothing")
        lvl.append(e)
        e = OxmlElement("w:lvlText")
        e.set(qn("w:val"), txt)
        lvl.append(e)
        e = OxmlElement("w:lvlJc")
        e.set(qn("w:val"), "left")
        lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), "640")
        ppr.append(ind)
        lvl.append(ppr)
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        rf.set(qn("w:eastAsia"), font)
        rf.set(qn("w:ascii"), "Times New Roman")
        rf.set(qn("w:hAnsi"), "Times New Roman")
        rpr.append(rf)
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), "32")
        rpr.append(sz)
        lvl.append(rpr)
        an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), numid)
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), absid)
    num.append(a)
    numbering.append(num)
    return numid


def set_num(p, numid, ilvl):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), numid)
    numPr.append(il)
    numPr.append(ni)
    pPr.insert(0, numPr)


def chongqing_gonggao():
    stem = "blind526_chongqing_gonggao"
    doc = new_doc()
    numid = add_numbering(doc)
    C = []
    red_header(doc, "重庆海关公告", "2026年第5号")
    para(doc, [("关于综合保税区再制造业务", XBS, 22), "BR", ("监管有关事项的公告", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)

    counters = [0, 0, 0]

    def item(level, text):
        counters[level] += 1
        for k in range(level + 1, 3):
            counters[k] = 0
        n = counters[level]
        label = [chn(n) + "、", "（" + chn(n) + "）", "%d." % n][level]
        p = para(doc, [(text, FS, 16, False)])
        p.paragraph_format.first_line_indent = None
        set_num(p, numid, level)
        C.append(label + text)

    # preamble typed with manual full-width spaces instead of indent
    pre = ("为支持重庆市综合保税区（以下简称综保区）内企业开展高技术含量、高附加值、符合环保要求的再制造业务，"
           "根据《中华人民共和国海关法》《中华人民共和国海关综合保税区管理办法》等法律、行政法规和规章，"
           "现将有关监管事项公告如下：")
    para(doc, [("　　" + pre, FS, 16, False)], indent=False)
    C.append(pre)
    item(0, "本公告所称再制造，是指对旧件（以下称再制造旧件）进行专业化修复或者升级改造，使其质量特性和"
            "安全环保性能不低于原型新品的过程。综保区内企业开展再制造业务，应当在附件1所列产品范围内进行。")
    item(0, "开展再制造业务的企业（以下简称再制造企业）应当符合下列条件：")
    item(1, "具有与再制造产品相适应的再制造技术、工艺和检测能力，拥有相应的生产设备和场所；")
    item(1, "建立覆盖再制造旧件、再制造产品和废旧物料的全流程信息化管理系统，并与海关联网；")
    item(1, "再制造产品执行国家标准、行业标准或者企业标准，并在产品及其包装的显著位置标注“再制造”字样；")
    item(1, "海关信用等级为一般认证企业或者高级认证企业。")
    item(0, "再制造企业应当在开展业务前向主管海关提交书面承诺（样式见附件2），并设立再制造专用电子账册，"
            "对再制造旧件、再制造产品、边角料及废料实行分类管理。")
    item(0, "再制造旧件进出综保区，按照下列规定办理：")
    item(1, "从境外运入综保区的，应当符合国家关于旧机电产品进口管理的有关规定，企业应当如实申报商品名称、"
            "规格型号和新旧状态，并在“备注”栏注明“再制造旧件”；")
    # soft line break in the middle of a sentence (one item)
    counters[1] += 1
    p = para(doc, [("从境内区外运入综保区的，按照综保区进出区有关规定申报，", FS, 16, False), "BR",
                   ("并在“备注”栏注明“再制造旧件”；", FS, 16, False)])
    p.paragraph_format.first_line_indent = None
    set_num(p, numid, 1)
    C.append("（" + chn(counters[1]) + "）" + "从境内区外运入综保区的，按照综保区进出区有关规定申报，并在“备注”栏注明“再制造旧件”；")
    item(1, "再制造旧件不得以任何方式在境内销售或者转作他用。")
    item(0, "再制造产品出区进入境内区外的，应当按照进口货物办理相关手续，并在申报时注明“再制造产品”；"
            "属于实施强制性产品认证目录内产品的，应当取得相应认证。")
    item(0, "再制造过程中产生的边角料、坏件和废料，按照下列方式处置：")
    item(2, "能够复运出境的，原则上复运出境；")
    item(2, "属于固体废物的，按照《中华人民共和国固体废物污染环境防治法》等规定交由有资质的单位处置，"
            "不得擅自出区；")
    item(2, "不属于固体废物的，按照有关规定办理出区手续。")
    empty(doc)  # stray empty paragraph in the middle of the items
    item(0, "海关对再制造企业实施分类监管，根据企业信用状况、风险等级等开展核查，必要时可以实施驻厂监管。")
    item(0, "再制造企业有下列情形之一的，海关暂停其再制造业务，并责令限期整改：")
    item(1, "未按规定如实申报或者擅自处置再制造旧件的；")
    item(1, "信息化管理系统不能满足海关监管要求的；")
    item(1, "被认定为失信企业的。")
    item(0, "本公告由重庆海关负责解释，自2026年6月1日起施行。")
    empty(doc)
    para(doc, [("附件：1.重庆关区综合保税区再制造产品目录", FS, 16, False)])
    para(doc, [("　　　2.综合保税区再制造业务企业承诺书（样式）", FS, 16, False)])
    empty(doc)
    empty(doc)
    # signature block typed in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r_i, txt in enumerate(["重庆海关", "2026年5月8日"]):
        cell_text(t.rows[r_i].cells[0], "", FS, 16)
        cell_text(t.rows[r_i].cells[1], txt, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
        for c in t.rows[r_i].cells:
            cell_borders(c, on=False)
            c.paragraphs[0].paragraph_format.line_spacing = Pt(28)
    set_widths(t, [8.5, 7.0])

    # attachment 1: long table crossing a page break, header repeated
    page_break(doc)
    para(doc, [("附件1", HT, 16, False)], indent=False)
    empty(doc)
    para(doc, [("重庆关区综合保税区再制造产品目录", XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=32, after=8)
    rows = [
        ("1", "涡轮喷气发动机", "8411121000", "限民用航空器用"),
        ("2", "涡轮喷气发动机零件", "8411910000", "限民用航空器用"),
        ("3", "燃气轮机（功率超过5000千瓦）", "8411820000", "含燃气轮机热端部件"),
        ("4", "飞机及直升机的起落架及其零件", "8807300010", "需具备民航维修许可"),
        ("5", "压燃式活塞内燃发动机（柴油发动机）", "8408209000", "限车用，排放达到国六标准"),
        ("6", "点燃往复式活塞内燃发动机", "8407342000", "限车用"),
        ("7", "柴油发动机专用零件", "84099991", "含缸体、缸盖、曲轴"),
        ("8", "机动车辆变速箱及其零件", "8708409100", "含自动变速箱"),
        ("9", "机动车辆转向器", "8708940000", "含电动助力转向器"),
        ("10", "起动电机", "8511409100", "限车用"),
        ("11", "交流发电机", "8511501000", "限车用"),
        ("12", "涡轮增压器", "8414801200", "限车用"),
        ("13", "液压泵", "8413503100", "限工程机械用"),
        ("14", "液压马达", "8412299000", "限工程机械用"),
        ("15", "挖掘机零件", "8431499900", "含动臂、斗杆、回转支承"),
        ("16", "盾构机刀盘及主轴承", "8431439000", "限本企业（集团）生产产品"),
        ("17", "滚动轴承", "8482100000", "限内径超过50毫米的"),
        ("18", "齿轮箱", "8483409000", "限风力发电机组用"),
        ("19", "数控机床", "8458110000", "限卧式数控车床"),
        ("20", "工业机器人", "8479501000", "含减速器、伺服电机"),
        ("21", "服务器", "8471500000", "限机架式、刀片式服务器"),
        ("22", "便携式自动数据处理设备", "8471300000", "限本企业（集团）生产产品"),
        ("23", "激光打印机", "8443321000", "不含耗材"),
        ("24", "打印机硒鼓", "84439990", "限原厂空硒鼓，不得散装进口"),
        ("25", "医用X射线断层检查仪（CT）", "9022120000", "限本企业（集团）生产产品"),
        ("26", "磁共振成像装置", "9018130000", "不含超导磁体的充装"),
        ("27", "彩色超声波诊断仪", "9018129100", "限本企业（集团）生产产品"),
        ("28", "半导体器件制造设备", "8486200000", "限集成电路封装测试设备"),
        ("29", "液晶显示模组", "8524110000", "限车载、笔记本电脑用"),
        ("30", "电动机（输出功率超过750瓦）", "8501520000", "限工业用"),
    ]
    data_table(doc, ["序号", "商品名称", "商品编码", "备注"], rows, [1.4, 6.2, 3.2, 4.8], C, left_cols=(1, 3))
    empty(doc)
    empty(doc)
    # 版记 at the very end
    p = para(doc, [("抄送：重庆市商务委员会，重庆市生态环境局，重庆市经济和信息化委员会，各综合保税区管理机构。", FS, 14, False)],
             indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, [("  重庆海关办公室                          2026年5月8日印发", FS, 14, False)], indent=False)
    border(p, "bottom", "000000", 8)

    meta = {
        "title": "关于综合保税区再制造业务监管有关事项的公告",
        "doc_number": "重庆海关公告2026年第5号",
        "issuer": ["重庆海关"],
        "date": "2026-05-08",
        "published": None,
        "level": "provincial",
        "region": "重庆市",
        "effective": "2026-06-01",
        "expires": None,
        "attachments": ["重庆关区综合保税区再制造产品目录", "综合保税区再制造业务企业承诺书（样式）"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    save(doc, stem)
    return stem, [{"meta": meta, "clauses": C}]


def main():
    expected = {}
    for fn in (zhengzhou_gonggao, zhengzhou_zhinan, chongqing_gonggao):
        stem, docs = fn()
        expected[stem] = docs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_526", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
