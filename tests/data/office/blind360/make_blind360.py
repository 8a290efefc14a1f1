# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 360 blind test documents: provincial FTZ 条例 (with 公告) + municipal 实施意见."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
S3 = 16  # 三号
S2 = 22  # 二号
S4 = 14  # 四号
IND = "\u3000"


# ---------------------------------------------------------------- helpers
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
    st.font.size = Pt(S3)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return doc


def font(run, east=FS, size=S3, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.name = "Times New Roman"
    run.font.bold = bold
    rPr = run._element.get_or_add_rPr()
    rf = rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:hint"), "eastAsia")
    if color is not None:
        run.font.color.rgb = color
    return run


def fixed(p, pts=28):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(pts)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)


def para(doc, parts, align=None, first_indent=True, pts=28):
    """parts: list of tuples (text, east, size, bold[, color]) or the string 'BR'."""
    p = doc.add_paragraph()
    fixed(p, pts)
    if align is not None:
        p.alignment = align
    if first_indent:
        p.paragraph_format.first_line_indent = Pt(32)
    for part in parts:
        if part == "BR":
            p.add_run().add_break()
            continue
        text, east, size, bold = part[:4]
        color = part[4] if len(part) > 4 else None
        font(p.add_run(text), east, size, bold, color)
    return p


def body(doc, text, **kw):
    return para(doc, [(text, FS, S3, False)], **kw)


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fixed(p)


def red_rule(p, color="E60012", sz=18):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def add_page_number(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, S4)
    r = fp.add_run()
    font(r, SONG, S4)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r2 = fp.add_run()
    font(r2, SONG, S4)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._element.append(it)
    r3 = fp.add_run()
    font(r3, SONG, S4)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r3._element.append(e)
    font(fp.add_run(" —"), SONG, S4)


_num_counter = [900]


def new_numbering(doc):
    """Create a fresh decimal list '%1.' (no tab after the number), return numId."""
    numbering = doc.part.numbering_part.element
    _num_counter[0] += 1
    aid = _num_counter[0]
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    pPr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    pPr.append(ind)
    lvl.append(pPr)
    rPr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rPr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rPr.append(sz)
    lvl.append(rPr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(aid))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(aid))
    num.append(an)
    numbering.append(num)
    return aid


def numbered(doc, num_id, parts):
    p = para(doc, parts, first_indent=False)
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id
    return p


def set_cell(cell, text, east=FS, size=S4, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    fixed(p, 20)
    font(p.add_run(text), east, size, bold)


def table_borders(tbl, spec):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        val, sz = spec.get(edge, ("nil", 0))
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def data_table(doc, header, rows, widths):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, S4)
    for r, row in enumerate(rows, start=1):
        for i, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[r].cells[i], v, FS, S4, align=al)
    t.autofit = False
    for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * 567)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    return [
        "；".join("%s：%s" % (h, v) for h, v in zip(header, row)) for row in rows
    ]


def convert(path):
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
    )


# ============================================================ file 1: 公告 + 条例
def make_tiaoli():
    doc = new_doc()
    gg_clauses = []
    tl_clauses = []

    # ---- 公告
    empty(doc)
    para(doc, [("陕西省人民代表大会常务委员会公告", XBS, S2, False, RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, pts=36)
    p = para(doc, [("〔十四届〕第三十一号", FS, S3, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    red_rule(p)
    empty(doc)
    t = ("《中国（陕西）自由贸易试验区条例》已于2025年9月26日经陕西省第十四届人民代表大会"
         "常务委员会第十八次会议通过，现予公布，自2026年1月1日起施行。")
    body(doc, t)
    gg_clauses.append(t)
    empty(doc, 2)
    # 落款 aligned with manual full-width spaces, date in Chinese numerals
    para(doc, [(IND * 8 + "陕西省人民代表大会常务委员会", FS, S3, False)], first_indent=False)
    para(doc, [(IND * 11 + "二〇二五年九月二十六日", FS, S3, False)], first_indent=False)

    # ---- 条例 on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fixed(p)
    para(doc, [("中国（陕西）自由贸易试验区条例", XBS, S2, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, pts=36)
    # 题注 with a soft line break inside
    para(doc, [("（2025年9月26日陕西省第十四届人民代表大会常务委员会", KT, S3, False), "BR",
               ("第十八次会议通过）", KT, S3, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    empty(doc)
    para(doc, [("目" + IND * 2 + "录", HT, S3, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    chapters = ["第一章" + IND + "总" + IND * 2 + "则", "第二章" + IND + "管理体制",
                "第三章" + IND + "投资开放", "第四章" + IND + "贸易便利",
                "第五章" + IND + "金融服务", "第六章" + IND + "法治环境",
                "第七章" + IND + "附" + IND * 2 + "则"]
    for c in chapters:
        para(doc, [(IND * 2 + c, KT, S3, False)], first_indent=False)
    empty(doc)

    def chapter(i):
        empty(doc)
        para(doc, [(chapters[i], HT, S3, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
             first_indent=False)
        empty(doc)

    def article(label, text, bold_label=True, split_space=False):
        """label run in 黑体 (sometimes plain), then full-width space and text."""
        if split_space:
            parts = [(label, HT, S3, bold_label), (IND, FS, S3, False), (text, FS, S3, False)]
        else:
            parts = [(label + IND, HT, S3, bold_label), (text, FS, S3, False)]
        body_p = para(doc, parts)
        tl_clauses.append(label + IND + text)
        return body_p

    def kuan(text):
        body(doc, text)
        tl_clauses.append(text)

    chapter(0)
    article("第一条", "为了推进和保障中国（陕西）自由贸易试验区建设，打造内陆改革开放高地，服务和融入共建“一带一路”，"
            "根据有关法律、行政法规和国务院批准的总体方案，结合本省实际，制定本条例。")
    article("第二条", "本条例适用于经国务院批准设立的中国（陕西）自由贸易试验区（以下简称自贸试验区）。")
    kuan("自贸试验区实施范围119.95平方千米，涵盖三个片区，各片区面积及功能定位如下：")
    rows = [
        ["中心片区", "87.76", "重点发展战略性新兴产业和高新技术产业，着力发展高端制造、航空物流、贸易金融等产业"],
        ["西安国际港务区片区", "26.43", "重点发展国际贸易、现代物流、金融服务、旅游会展、电子商务等产业，建设“一带一路”国际中转内陆枢纽港"],
        ["杨凌示范区片区", "5.69", "以农业科技创新、示范推广为重点，打造“一带一路”现代农业国际合作中心"],
    ]
    tl_clauses.extend(data_table(doc, ["片区名称", "面积（平方千米）", "功能定位"], rows, [3.6, 3.0, 9.0]))
    kuan("各片区的具体四至范围，按照国务院批准的方案确定。")
    article("第三条", "自贸试验区建设应当以制度创新为核心，以可复制可推广为基本要求，对标国际高标准经贸规则，"
            "推进规则、规制、管理、标准等制度型开放，发挥向西开放前沿作用。", split_space=True)
    article("第四条", "自贸试验区建立鼓励改革创新、允许试错、宽容失败的机制。")
    kuan("在自贸试验区开展改革创新，未能实现预期目标，但符合下列情形的，对有关单位和个人不作负面评价，"
         "依法免除或者减轻相关责任：")
    kuan("（一）决策和实施程序符合法律、法规规定；")
    kuan("（二）勤勉尽责、未牟取私利；")
    kuan("（三）未与其他单位或者个人恶意串通损害公共利益。")

    chapter(1)
    article("第五条", "省人民政府统一领导自贸试验区建设工作，建立自贸试验区工作领导小组，研究决定自贸试验区发展规划、"
            "重大政策和重大事项。")
    kuan("省商务主管部门承担领导小组的日常工作，履行下列职责：")
    kuan("（一）组织拟订自贸试验区发展规划和改革试点任务；")
    kuan("（二）统筹协调各片区改革创新工作；")
    kuan("（三）组织开展制度创新成果评估和复制推广；")
    kuan("（四）省人民政府确定的其他职责。")
    article("第六条", "西安市人民政府、杨凌示范区管理委员会应当建立本区域自贸试验区工作协调机制，为所在片区建设提供保障。")
    kuan("片区管理机构负责片区内改革试点任务的具体实施，依法行使省、市人民政府赋予的行政管理权限。")
    article("第七条", "省人民政府及其有关部门可以根据自贸试验区改革发展需要，依法将省级经济社会管理权限下放或者委托"
            "片区管理机构行使，并加强指导和监督。", bold_label=False)

    chapter(2)
    article("第八条", "自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。负面清单之外的领域，按照内外资一致的"
            "原则实施管理。")
    article("第九条", "自贸试验区建立外商投资服务体系，完善外商投资促进、保护和管理机制，依法保护外国投资者和外商投资"
            "企业的合法权益。")
    kuan("鼓励外国投资者在自贸试验区设立地区总部、研发中心和结算中心。")
    article("第十条", "自贸试验区推进商事登记确认制改革，实行经营范围规范化登记，推行“一业一证”“证照分离”等改革举措。")
    article("第十一条", "支持自贸试验区内企业开展境外投资，在共建“一带一路”国家和地区建设境外经贸合作区。"
            "境外投资一般项目实行备案管理。")

    chapter(3)
    article("第十二条", "自贸试验区依托国际贸易“单一窗口”，推进口岸通关、物流、金融、税务等数据互联互通，提高货物和"
            "服务贸易便利化水平。", split_space=True)
    article("第十三条", "支持中欧班列（西安）集结中心建设，优化班列线路和运营组织，推行“一单制”多式联运，推动陆港与"
            "空港联动发展。")
    kuan("海关等部门应当对经中欧班列（西安）进出境的货物实施便利化监管措施。")
    article("第十四条", "自贸试验区内的综合保税区应当发挥保税研发、保税维修、保税展示交易等功能，推进综合保税区与片区"
            "产业联动发展。")
    article("第十五条", "支持自贸试验区发展跨境电子商务，建设跨境电子商务综合试验区线上综合服务平台和线下产业园区，"
            "支持企业建设海外仓。")

    chapter(4)
    article("第十六条", "在风险可控的前提下，自贸试验区推进跨境人民币业务创新，便利企业跨境投融资，支持金融机构为共建"
            "“一带一路”项目提供融资服务。")
    article("第十七条", "省地方金融管理部门会同有关部门建立自贸试验区金融风险监测和防控机制，防范和化解金融风险。")

    chapter(5)
    article("第十八条", "自贸试验区加强知识产权保护，建立知识产权快速审查、快速确权、快速维权机制。")
    article("第十九条", "支持在自贸试验区设立商事调解组织和国际商事仲裁机构，完善诉讼、仲裁、调解有机衔接的多元化纠纷"
            "解决机制。")
    article("第二十条", "省人民代表大会常务委员会根据自贸试验区改革需要，可以就有关事项作出决定；有关地方性法规规定不适应"
            "自贸试验区发展的，依法调整实施。")

    chapter(6)
    article("第二十一条", "省人民政府确定的自贸试验区联动创新区，参照本条例有关规定执行。")
    article("第二十二条", "本条例自2026年1月1日起施行。")

    stem = "blind360_shaanxi_tiaoli"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected = [
        {
            "meta": {
                "title": "陕西省人民代表大会常务委员会公告",
                "doc_number": "〔十四届〕第三十一号",
                "issuer": ["陕西省人民代表大会常务委员会"],
                "date": "2025-09-26",
                "published": "2025-09-26",
                "level": "provincial",
                "region": "陕西省",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "公告",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": gg_clauses,
        },
        {
            "meta": {
                "title": "中国（陕西）自由贸易试验区条例",
                "doc_number": None,
                "issuer": ["陕西省人民代表大会常务委员会"],
                "date": "2025-09-26",
                "published": "2025-09-26",
                "level": "provincial",
                "region": "陕西省",
                "effective": "2026-01-01",
                "expires": None,
                "attachments": [],
                "doc_type": "条例",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": tl_clauses,
        },
    ]
    return stem, path, expected


# ============================================================ file 2: 西安市实施意见
def make_yijian():
    doc = new_doc()
    cl = []

    # 版头
    empty(doc)
    para(doc, [("西安市人民政府文件", XBS, 36, False, RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, pts=60)
    empty(doc)
    p = para(doc, [("市政发〔2026〕3号", FS, S3, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    red_rule(p, sz=24)
    empty(doc)
    # title over two paragraphs
    para(doc, [("西安市人民政府关于贯彻落实", XBS, S2, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=False, pts=36)
    para(doc, [("《中国（陕西）自由贸易试验区条例》", XBS, S2, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, pts=36)
    para(doc, [("的实施意见", XBS, S2, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=False, pts=36)
    empty(doc)
    para(doc, [("各区、县人民政府，各开发区管委会，市人民政府各工作部门、各直属机构：", FS, S3, False)],
         first_indent=False)

    a = "为深入贯彻落实《中国（陕西）自由贸易试验区条例》（以下简称《条例》），高标准建设中国（陕西）自由贸易试验区"
    b = ("西安区域（以下简称西安区域），更好服务和融入共建“一带一路”大格局，结合我市实际，现提出如下实施意见。")
    para(doc, [(a, FS, S3, False), "BR", (b, FS, S3, False)])
    cl.append(a + b)

    para(doc, [("一、总体要求", HT, S3, False)])
    t = ("坚持以制度创新为核心，以可复制可推广为基本要求，全面落实《条例》各项规定，着力打造内陆改革开放高地。"
         "到2027年，西安区域累计形成制度创新成果100项以上，新设外商投资企业数量年均增长10%以上；到2030年，"
         "中欧班列（西安）集结中心年开行量稳定在5000列以上，跨境电商进出口额较2025年翻一番。")
    body(doc, t)
    cl.append(t)

    para(doc, [("二、重点任务", HT, S3, False)])

    def runin(head, text, east=KT):
        para(doc, [(head, east, S3, True), (text, FS, S3, False)])
        cl.append(head + text)

    runin("（一）健全管理体制。", "落实《条例》第五条、第六条规定，建立市自贸试验区建设工作协调机制，由市政府主要负责同志"
          "担任召集人，协调机制办公室设在市商务局。")
    n1 = new_numbering(doc)
    items = [
        "中心片区、西安国际港务区片区管理机构要制定年度改革试点任务清单，于每年3月底前报市协调机制办公室备案。",
        "按照《条例》第七条规定，市级有关部门要梳理可下放的市级经济社会管理权限，成熟一批、下放一批，"
        "2026年6月底前完成首批下放事项交接。",
    ]
    for i, it in enumerate(items, 1):
        numbered(doc, n1, [(it, FS, S3, False)])
        cl.append("%d.%s" % (i, it))

    runin("（二）扩大投资开放。", "严格执行《条例》第八条规定的外商投资准入前国民待遇加负面清单管理制度，全面落实外商投资"
          "企业服务专员制度。依据《条例》第十条，在西安区域全面推行商事登记确认制，“一业一证”改革行业类别扩展至30个以上。")
    runin("（三）提升贸易便利化水平。", "围绕《条例》第十二条至第十五条规定，重点做好以下工作：")
    n2 = new_numbering(doc)
    sub = [
        ("做强中欧班列（西安）集结中心。", "优化“长安号”线路布局，推广“一单制”多式联运，2026年新增国际班列线路2条以上。"),
        ("推动综合保税区提质增效。", "支持西安综合保税区、西安关中综合保税区重点发展以下业务："),
        ("发展跨境电子商务。", "落实《条例》第十五条规定，支持企业在共建“一带一路”国家建设海外仓，对经认定的公共海外仓"
                          "给予一次性奖励，具体办法由市商务局另行制定。"),
    ]
    for i, (h, tx) in enumerate(sub, 1):
        numbered(doc, n2, [(h, FS, S3, True), (tx, FS, S3, False)])
        cl.append("%d.%s%s" % (i, h, tx))
        if i == 2:
            for s in ("（1）保税研发、保税维修等新业态；", "（2）保税展示交易和跨境电商“1210”保税备货模式。"):
                body(doc, s)
                cl.append(s)
    runin("（四）深化“一带一路”国际合作。", "依托丝绸之路国际博览会等平台，支持企业按照《条例》第十一条规定开展境外投资，"
          "推动在中亚国家建设境外经贸合作区。")

    para(doc, [("三、保障措施", HT, S3, False)])
    runin("（一）强化法治保障。", "依照《条例》第十九条规定，支持西安国际商事法律服务示范区建设，推动国际商事调解组织入驻"
          "西安区域。对符合《条例》第四条规定情形的改革创新失误，依法依规予以容错免责。")
    runin("（二）推进联动创新。", "经省人民政府确定的自贸试验区联动创新区，按照《条例》第二十一条规定参照执行，"
          "各区县、开发区要做好制度创新成果复制推广工作。")
    runin("（三）抓好任务落实。", "市商务局要会同有关部门建立工作台账，按季度调度推进情况。重点任务分工如下：")
    rows = [
        ["1", "建立市自贸试验区建设工作协调机制", "第五条、第六条", "市商务局", "2026年3月底前"],
        ["2", "完成首批市级管理权限下放", "第七条", "市司法局、市委编办", "2026年6月底前"],
        ["3", "推行商事登记确认制", "第十条", "市市场监管局", "2026年9月底前"],
        ["4", "新增中欧班列国际线路", "第十三条", "西安国际港务区管委会", "2026年12月底前"],
        ["5", "制定公共海外仓奖励办法", "第十五条", "市商务局、市财政局", "2026年6月底前"],
    ]
    cl.extend(data_table(doc, ["序号", "重点任务", "《条例》依据", "牵头单位", "完成时限"], rows,
                         [1.3, 5.6, 2.8, 3.6, 2.8]))
    t = ("本实施意见自2026年2月1日起施行，有效期至2030年12月31日。《西安市人民政府关于支持中国（陕西）自由贸易试验区"
         "西安区域高质量发展的若干意见》（市政发〔2021〕8号）同时废止。")
    body(doc, t)
    cl.append(t)

    empty(doc)
    att1 = "中国（陕西）自由贸易试验区西安区域制度创新成果复制推广清单（第一批）"
    att2 = "中国（陕西）自由贸易试验区联动创新区（西安）名单"
    body(doc, "附件：1." + att1)
    para(doc, [(IND * 5 + "2." + att2, FS, S3, False)], first_indent=False)
    empty(doc, 3)
    para(doc, [(IND * 16 + "西安市人民政府", FS, S3, False)], first_indent=False)
    para(doc, [(IND * 16 + "2026年1月20日", FS, S3, False)], first_indent=False)
    empty(doc)
    body(doc, "（此件公开发布）")
    empty(doc, 2)

    # 版记 as a layout table
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, {"top": ("single", 8), "bottom": ("single", 8), "insideH": ("single", 4)})
    c = t.rows[0].cells[0]
    c.text = ""
    p = c.paragraphs[0]
    fixed(p)
    font(p.add_run("抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院，西安警备区。"), FS, S4)
    c = t.rows[1].cells[0]
    c.text = ""
    p = c.paragraphs[0]
    fixed(p)
    font(p.add_run(IND + "西安市人民政府办公厅" + IND * 9 + "2026年1月21日印发"), FS, S4)

    stem = "blind360_xian_yijian"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected = [
        {
            "meta": {
                "title": "西安市人民政府关于贯彻落实《中国（陕西）自由贸易试验区条例》的实施意见",
                "doc_number": "市政发〔2026〕3号",
                "issuer": ["西安市人民政府"],
                "date": "2026-01-20",
                "published": None,
                "level": "municipal",
                "region": "西安市",
                "effective": "2026-02-01",
                "expires": "2030-12-31",
                "attachments": [att1, att2],
                "doc_type": "意见",
                "recipients": ["各区、县人民政府", "各开发区管委会", "市人民政府各工作部门、各直属机构"],
                "publicity": "此件公开发布",
                "repeals": "《西安市人民政府关于支持中国（陕西）自由贸易试验区西安区域高质量发展的若干意见》（市政发〔2021〕8号）",
            },
            "clauses": cl,
        }
    ]
    return stem, path, expected


def main():
    exp = {}
    for maker in (make_tiaoli, make_yijian):
        stem, path, e = maker()
        exp[stem] = e
        convert(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
