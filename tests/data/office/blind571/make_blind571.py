# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 571: customs tariff 公告 with long rate tables + 解读,
and a municipal joint 通知 with a rate reference table."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"


# ---------------------------------------------------------------- helpers
def set_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
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


def add_runs(p, parts, size=16):
    """parts: list of (text, font, bold) or str; '\n' inside text -> soft break."""
    for part in parts:
        if isinstance(part, str):
            part = (part, FS, False)
        text, font, bold = part
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            r = p.add_run(ch)
            set_font(r, font, size, bold)
            if i < len(chunks) - 1:
                r.add_break(WD_BREAK.LINE)


def para(doc, parts, align=None, indent=True, size=16, line=28, before=0, after=0):
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    if isinstance(parts, str):
        parts = [parts]
    add_runs(p, parts, size)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False)


def red_rule(p, sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "E60012")
    bdr.append(b)
    ppr.append(bdr)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)


def page_numbers(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, SONG, 14)
    r = p.add_run()
    set_font(r, SONG, 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, SONG, 14)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(18)
    chunks = text.split("\n")
    for i, ch in enumerate(chunks):
        r = p.add_run(ch)
        set_font(r, font, size, bold)
        if i < len(chunks) - 1:
            r.add_break(WD_BREAK.LINE)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def data_table(doc, header, rows, widths, name_col=2):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(header):
        cell_text(hdr.cells[i], h, HT, 12)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if i == name_col else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(cells[i], v, FS, 12, align=al)
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = Cm(w)
    return t


def row_clause(header, row):
    return "；".join(
        "%s：%s" % (h.replace("\n", ""), v.replace("\n", "")) for h, v in zip(header, row)
    )


def j(s):
    """Text as an analyst would cite it (soft breaks joined)."""
    return s.replace("\n", "")


# ---------------------------------------------------------------- numbering
def add_cn_numbering(doc):
    """abstractNum with （一） style; returns two numIds (second restarts)."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "57")
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "（%1）"), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), KT)
    rpr.append(rf)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    ids = []
    for nid, restart in ((571, False), (572, True)):
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), "57")
        num.append(a)
        if restart:
            ov = OxmlElement("w:lvlOverride")
            ov.set(qn("w:ilvl"), "0")
            so = OxmlElement("w:startOverride")
            so.set(qn("w:val"), "1")
            ov.append(so)
            num.append(ov)
        numbering.append(num)
        ids.append(nid)
    return ids


def numbered(doc, num_id, parts):
    p = para(doc, parts, indent=False)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = Pt(32)
    return p


CN = "一二三四五六七八九十"


# ================================================================ doc 1: 海关总署公告 + 解读
def make_haiguan():
    doc = Document()
    page_setup(doc)
    page_numbers(doc.sections[0])
    clauses = []

    p = para(doc, [("中华人民共和国海关总署公告", XBS, False)], WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, size=30, line=40, before=20)
    for r in p.runs:
        r.font.color.rgb = RED
    empty(doc)
    p = para(doc, "2025年第186号", WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_rule(p)
    empty(doc)
    title_lines = "关于执行2026年中国—厄瓜多尔\n自由贸易协定协定税率有关事项的公告"
    para(doc, [(title_lines, XBS, False)], WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         size=22, line=36)
    empty(doc)

    body = [
        "为履行我国在《中华人民共和国政府和厄瓜多尔共和国政府自由贸易协定》（以下简称《协定》）"
        "项下的关税减让承诺，根据《中华人民共和国关税法》《中华人民共和国海关进出口货物优惠原产地管理规定》"
        "以及国务院关税税则委员会有关公告，现就2026年《协定》项下进口货物适用协定税率有关事项公告如下：",
        "一、自2026年1月1日起，对原产于厄瓜多尔并列入《2026年中国—厄瓜多尔自由贸易协定协定税率表》"
        "（见附件）的进口货物，实施《协定》第三步降税后的协定税率。",
        "二、进口货物收货人或者其代理人（以下统称进口人）申请享受协定税率的，应当在办理进口申报时按照下列要求办理：",
        "（一）在进口货物报关单“优惠贸易协定享惠”类栏目中，“协定编号”栏填报“24”，"
        "“原产地证明类型”栏填报“1”（原产地证书）或者“2”（原产地声明）；",
        "（二）原产地证书或者原产地声明的电子数据已通过中国—厄瓜多尔原产地电子信息交换系统传输的，"
        "无需上传原产地证明的扫描件；未传输的，\n应当在申报时上传原产地证明的扫描件；",
        "（三）货物经过第三方（即中国和厄瓜多尔以外的国家或者地区）运输的，应当按照《协定》规定提交运输单证等未再加工证明文件。",
        "三、进口人在申报进口时未取得有效原产地证明的，可以按照有关规定就该货物是否具备原产资格向海关进行补充申报，并依法提供担保。",
    ]
    for b in body:
        para(doc, b)
        clauses.append(j(b))
    # heading on a line of its own (typed in 黑体)
    para(doc, [("四、关于税率适用", HT, False)])
    sub4 = [
        "（一）附件所列进口货物，其最惠国税率或者暂定税率低于协定税率的，按照从低原则适用相应税率。",
        "（二）附件所列实施关税配额管理的进口货物，关税配额内的，适用关税配额税率；关税配额外的，按照国家有关规定执行。",
        "（三）对附件所列进口货物依法采取反倾销、反补贴、保障措施的，按照《中华人民共和国关税法》和有关规定执行。",
    ]
    for b in sub4:
        para(doc, b)
        clauses.append(b)
    tail = [
        "五、附件所列税则号列为2026年版《中华人民共和国进出口税则》中的税则号列。附件中的商品名称仅供参考，"
        "商品范围以税则号列及其对应的商品描述为准。",
        "六、本公告自2026年1月1日起施行。海关总署公告2024年第242号同时废止。",
        "特此公告。",
    ]
    for b in tail:
        para(doc, b)
        clauses.append(b)
    empty(doc)
    att_title = "2026年中国—厄瓜多尔自由贸易协定协定税率表"
    para(doc, "附件：" + att_title)
    empty(doc, 2)
    # 落款 aligned by hand with spaces
    para(doc, " " * 34 + "海关总署", indent=False)
    para(doc, " " * 30 + "2025年12月24日", indent=False)

    # ------------------------------------------------ attachment
    page_break(doc)
    para(doc, [("附件", HT, False)], indent=False)
    empty(doc)
    para(doc, [(att_title, XBS, False)], WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=20, line=32)
    empty(doc)
    header = ["序号", "税则号列", "商品名称", "最惠国税率", "协定税率"]
    raw = [
        ("0302.1100", "鲜或冷的鳟鱼", "12%", "4.8%"),
        ("0302.3200", "鲜或冷的黄鳍金枪鱼", "12%", "4.8%"),
        ("0303.4200", "冻黄鳍金枪鱼", "6%", "2.4%"),
        ("0303.4300", "冻鲣鱼", "6%", "2.4%"),
        ("0304.4900", "其他鲜或冷的鱼片", "12%", "4.8%"),
        ("0304.8700", "冻金枪鱼鱼片", "10%", "4%"),
        ("ex0306.1719", "冻南美白对虾虾仁", "5%", "0"),
        ("0306.1790", "其他冻小虾及对虾", "5%", "0"),
        ("0306.3690", "其他活、鲜或冷的小虾及对虾", "5%", "0"),
        ("0307.4310", "冻的墨鱼及鱿鱼", "10%", "4%"),
        ("0603.1100", "鲜的玫瑰（插花及制花束用）", "10%", "0"),
        ("0603.1400", "鲜的菊花（插花及制花束用）", "10%", "0"),
        ("0603.1900", "其他鲜的插花及花蕾", "10%", "0"),
        ("0709.9990", "其他鲜或冷藏的蔬菜", "13%", "5.2%"),
        ("0713.3390", "其他干芸豆", "7.5%", "3%"),
        ("0803.1000", "鲜或干的芭蕉", "10%", "4%"),
        ("0803.9000", "其他鲜或干的香蕉", "10%", "4%"),
        ("0804.3000", "鲜或干的菠萝", "12%", "4.8%"),
        ("0804.4000", "鲜或干的鳄梨", "25%", "10%"),
        ("0804.5020", "鲜或干的芒果", "15%", "6%"),
        ("0807.2000", "鲜木瓜", "25%", "10%"),
        ("0810.9090", "其他鲜果", "20%", "8%"),
        ("0811.9090", "其他冷冻水果", "30%", "12%"),
        ("0901.1100", "未浸除咖啡碱的\n未焙炒咖啡", "8%", "0"),
        ("0901.2100", "未浸除咖啡碱的已焙炒咖啡", "15%", "6%"),
        ("1008.5000", "昆诺阿藜（藜麦）", "3%", "0"),
        ("1209.9100", "蔬菜种子", "0", "0"),
        ("1511.9000", "其他棕榈油及其分离品", "9%", "3.6%"),
        ("1513.2100", "初榨的棕榈仁油", "9%", "3.6%"),
        ("1604.1410", "金枪鱼罐头", "5%", "0"),
        ("1605.2100", "非密封包装的小虾及对虾", "5%", "0"),
        ("1701.1400", "其他甘蔗原糖", "50%", "—"),
        ("1701.9910", "砂糖", "50%", "—"),
        ("1801.0000", "整颗或破碎的可可豆，生的或焙炒的", "8%", "0"),
        ("1803.1000", "未脱脂的可可膏", "10%", "4%"),
        ("1804.0000", "可可脂、可可油", "22%", "8.8%"),
        ("1805.0000", "未加糖或其他甜物质的可可粉", "15%", "6%"),
        ("1806.3200", "其他块状或条状的巧克力（未夹心）", "8%", "3.2%"),
        ("2008.2010", "菠萝罐头", "15%", "6%"),
        ("2009.4100", "白利糖度值不超过20的菠萝汁", "15%", "6%"),
        ("2101.1100", "咖啡浓缩精汁", "12%", "4.8%"),
        ("2106.9090", "其他编号未列名的食品", "12%", "4.8%"),
        ("2207.1000", "按容量计浓度在80%及以上的未改性乙醇", "40%", "16%"),
        ("2301.2010", "饲料用鱼粉", "2%", "0"),
        ("2402.1000", "烟草制的雪茄烟", "25%", "10%"),
        ("2603.0000", "铜矿砂及其精矿", "0", "0"),
        ("2616.1000", "银矿砂及其精矿", "0", "0"),
        ("2709.0000", "石油原油及从沥青矿物提取的原油", "0", "0"),
        ("3301.1300", "柠檬油", "20%", "8%"),
        ("4407.2200", "巴尔沙木锯材", "3%", "0"),
        ("4418.7300", "竹制或至少顶层为竹制的拼装地板", "4%", "0"),
        ("7108.1200", "非货币用其他未锻造金", "0", "0"),
        ("9401.6100", "带软垫的木框架坐具", "0", "0"),
    ]
    rows = [(str(i + 1),) + r for i, r in enumerate(raw)]
    n_rows = len(rows)
    data_table(doc, header, rows, [1.4, 2.8, 6.6, 2.4, 2.4])
    for r in rows:
        clauses.append(row_clause(header, r))
    notes = [
        "注1：税则号列前标有“ex”的，表示该税则号列项下仅列明的商品适用协定税率，其他商品按照最惠国税率或者其他适用税率执行。",
        "注2：协定税率栏标注“—”的，为我国实施关税配额管理的商品，《协定》项下未作减让。",
        "注3：本表所列最惠国税率为2026年《中华人民共和国进出口税则》最惠国税率，不含暂定税率。",
    ]
    for nt in notes:
        para(doc, nt, indent=False, size=12, line=20)
        clauses.append(nt)

    gonggao = {
        "meta": {
            "title": "关于执行2026年中国—厄瓜多尔自由贸易协定协定税率有关事项的公告",
            "doc_number": "海关总署公告2025年第186号",
            "issuer": ["海关总署"],
            "date": "2025-12-24",
            "published": None,
            "level": "national",
            "region": "全国",
            "effective": "2026-01-01",
            "expires": None,
            "attachments": [att_title],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": "海关总署公告2024年第242号",
        },
        "clauses": clauses,
    }

    # ------------------------------------------------ 解读 (new page, same file)
    page_break(doc)
    jd = []
    para(doc, [("关于海关总署公告2025年第186号的解读", XBS, False)], WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, size=22, line=36)
    empty(doc)
    qa = [
        ("一、公告出台的背景是什么？", [
            "《中华人民共和国政府和厄瓜多尔共和国政府自由贸易协定》于2023年5月11日签署，2024年5月1日起生效实施。"
            "根据《协定》关税减让表，双方自《协定》生效之日起分阶段降低或者取消货物贸易关税，此后每年1月1日实施新一步降税。"
            "2026年1月1日起，我国对原产于厄瓜多尔的部分进口货物实施第三步降税。",
            "为做好《协定》实施工作，便利企业享惠，海关总署发布本公告，明确2026年协定税率以及有关申报要求。",
        ]),
        ("二、本次降税涉及哪些商品？", [
            "本次降税涉及附件所列%d个税目，主要包括冻虾、金枪鱼等水产品，香蕉、芒果、鳄梨等水果，咖啡、可可及其制品，"
            "鲜切花，以及木材、矿产品等。其中，冻虾、咖啡豆、可可豆、鲜切花等商品2026年协定税率降为零。" % n_rows,
        ]),
        ("三、企业如何申请享受协定税率？", [
            "企业申请享受协定税率，应当注意以下事项：",
            "1.进口货物应当符合《协定》原产地规则，并在申报时按照公告第二条的要求如实填报享惠信息。",
            "2.原产地证书自签发之日起1年内有效；原产地声明应当由经核准出口商出具。",
            "3.进口时未取得有效原产地证明的，可以向海关申请补充申报，并在规定时限内补交原产地证明。",
        ]),
        ("四、哪些情况下不适用协定税率？", [
            "附件中税则号列前标有“ex”的，仅该税则号列项下列明的商品适用协定税率；协定税率栏为“—”的，"
            "表示该税目为我国实施关税配额管理的商品，《协定》项下未作减让，配额内外分别按照关税配额税率和国家有关规定执行。"
            "此外，最惠国税率或者暂定税率低于协定税率的，按照从低原则适用。",
        ]),
        ("五、企业遇到问题如何咨询？", [
            "企业在享惠过程中遇到问题，可以拨打12360海关服务热线，或者向所在地海关咨询。",
        ]),
    ]
    for q, answers in qa:
        para(doc, [(q, HT, False)])
        for a in answers:
            para(doc, a)
            jd.append(a)
    empty(doc, 2)
    p = para(doc, "海关总署关税征管司", WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = para(doc, "2025年12月26日", WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(48)

    jiedu = {
        "meta": {
            "title": "关于海关总署公告2025年第186号的解读",
            "doc_number": None,
            "issuer": ["海关总署关税征管司"],
            "date": "2025-12-26",
            "published": None,
            "level": "national",
            "region": "全国",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "解读",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": jd,
    }
    stem = "blind571_haiguanzongshu_gonggao"
    doc.save(os.path.join(HERE, stem + ".docx"))
    return stem, [gonggao, jiedu]


# ================================================================ doc 2: 青岛 joint 通知
def make_qingdao():
    doc = Document()
    page_setup(doc)
    page_numbers(doc.sections[0])
    n1, n2 = add_cn_numbering(doc)
    clauses = []

    # joint 版头 laid out with a borderless table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(["青岛市商务局", "中华人民共和国青岛海关"]):
        c = t.cell(i, 0)
        cell_text(c, name, XBS, 24, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        c.paragraphs[0].paragraph_format.line_spacing = Pt(40)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RED
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XBS, 36)
    m.paragraphs[0].paragraph_format.line_spacing = Pt(48)
    for r in m.paragraphs[0].runs:
        r.font.color.rgb = RED
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    t.autofit = False
    t.columns[0].width = Cm(11.8)
    t.columns[1].width = Cm(3.6)
    for r in t.rows:
        r.cells[0].width = Cm(11.8)
        r.cells[1].width = Cm(3.6)
    empty(doc)
    p = para(doc, "青商务字〔2026〕15号", WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_rule(p)
    empty(doc)
    para(doc, [("青岛市商务局　青岛海关\n关于用好自由贸易协定协定税率\n扩大优质商品进口的通知", XBS, False)],
         WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, line=36)
    empty(doc)
    recips = ["各区、市商务主管部门", "各隶属海关", "中国（山东）自由贸易试验区青岛片区管委会",
              "中国—上海合作组织地方经贸合作示范区管委会", "有关企业"]
    para(doc, "，".join(recips) + "：", indent=False)

    pre = ("为深入实施自由贸易试验区提升战略，用足用好《区域全面经济伙伴关系协定》（RCEP）以及中国—东盟、"
           "中国—韩国等自由贸易协定关税减让安排，扩大先进技术、重要设备、关键零部件和优质消费品进口，"
           "推动我市进口贸易高质量发展，根据《中华人民共和国关税法》和国家有关关税调整安排，现就有关事项通知如下：")
    para(doc, pre)
    clauses.append(pre)

    para(doc, [("一、重点任务", HT, False)])
    tasks = [
        ("加强政策宣传解读。", "各区、市商务主管部门要会同属地海关，围绕RCEP以及中国—东盟、中国—韩国、中国—澳大利亚等"
         "自由贸易协定关税减让安排，采取“线上+线下”方式开展政策宣讲，2026年组织专题培训不少于20场，"
         "重点覆盖年进口额1000万美元以上的企业。"),
        ("指导企业比较选择适用税率。", "对同一进口货物可以同时适用多个自由贸易协定协定税率的，引导企业结合原产地规则、"
         "原产地证明取得难易程度等因素比较选择，做到“应享尽享、选优而享”。"),
        ("扩大重点商品进口。", "聚焦先进技术、重要设备、关键零部件和资源性产品，以及榴莲、咖啡、葡萄酒等优质消费品，"
         "支持中国（山东）自由贸易试验区青岛片区、青岛前湾综合保税区等开放平台开展进口商品集散分拨，"
         "培育一批年进口额超10亿元的进口贸易促进创新示范企业。"),
        ("提升通关便利化水平。", "青岛海关对符合条件的享惠进口货物推广“两步申报”“提前申报”，"
         "推进原产地证书电子联网核查，对RCEP项下易腐货物和快件力争实现货物抵达后6小时内放行。"),
        ("发挥跨境电商和中欧班列通道作用。", "支持跨境电商企业利用RCEP区域累积规则优化供应链布局，"
         "依托“齐鲁号”欧亚班列（上合示范区）拓展中亚、欧洲进口货源，推动班列回程货物扩量提质。"),
    ]
    for i, (h, b) in enumerate(tasks):
        numbered(doc, n1, [(h, KT, True), (b, FS, False)])
        clauses.append("（%s）%s%s" % (CN[i], h, b))

    para(doc, [("二、重点商品税率参考", HT, False)])
    intro = ("为便于企业比较选择适用税率，现将我市进口量较大的部分商品2026年最惠国税率和有关协定税率列示如下，"
             "供企业参考。\n实际适用税率以海关审核确定的为准。")
    para(doc, intro)
    clauses.append(j(intro))
    header = ["序号", "税则号列", "商品名称", "最惠国税率", "RCEP协定税率\n（日本）", "中国—东盟协定税率"]
    raw = [
        ("03061790", "其他冻小虾及对虾", "5%", "3%", "0"),
        ("08106000", "鲜榴莲", "20%", "—", "0"),
        ("08109010", "鲜荔枝", "30%", "—", "0"),
        ("08045020", "鲜或干的芒果", "15%", "—", "0"),
        ("09011100", "未浸除咖啡碱的未焙炒咖啡", "8%", "5.3%", "0"),
        ("15119000", "其他棕榈油及其分离品", "9%", "—", "0"),
        ("18010000", "整颗或破碎的可可豆", "8%", "—", "0"),
        ("22042100", "小包装的鲜葡萄酿造的酒", "14%", "9.3%", "0"),
        ("22060090", "其他发酵饮料（含清酒）", "40%", "26.7%", "5%"),
        ("33049900", "其他美容品或化妆品及护肤品", "1%", "0", "0"),
        ("34011100", "盥洗用皂", "6.5%", "4.3%", "0"),
        ("40012200", "技术分类天然橡胶（TSNR）", "20%或1500元/吨，两者从低", "—", "—"),
        ("48025600", "未涂布的书写、印刷用纸", "5%", "2%", "0"),
        ("74031111", "阴极型材的精炼铜", "1%", "—", "0"),
        ("76011090", "其他未锻轧非合金铝", "5%", "3.3%", "0"),
        ("84145990", "其他风机、风扇", "7%", "3.5%", "0"),
        ("84289090", "其他升降、搬运、装卸机械", "5%", "2.5%", "0"),
        ("84581100", "数控卧式车床", "9.7%", "6.5%", "0"),
        ("84798999", "其他具有独立功能的\n机器及机械器具", "5%", "3.3%", "0"),
        ("84862029", "其他制造半导体器件用的机器及装置", "0", "0", "0"),
        ("85369000", "其他电路连接器件", "7%", "0", "0"),
        ("85423190", "其他用作处理器及控制器的集成电路", "0", "0", "0"),
        ("87082999", "车身的其他零件、附件", "6%", "4%", "0"),
        ("87084099", "其他变速箱及其零件", "6%", "4%", "0"),
        ("90181291", "彩色超声波诊断仪", "4%", "2.7%", "0"),
        ("90189090", "其他医疗、外科用仪器及器具", "4%", "1.3%", "0"),
        ("95030089", "其他玩具", "0", "0", "0"),
    ]
    rows = [(str(i + 1),) + r for i, r in enumerate(raw)]
    data_table(doc, header, rows, [1.1, 3.0, 4.6, 2.5, 2.2, 2.2])
    for r in rows:
        clauses.append(row_clause(header, r))
    notes = [
        "注1：“—”表示该协定项下对应税目未作减让承诺，按照最惠国税率或者其他适用税率执行。",
        "注2：RCEP协定税率（日本）为2026年1月1日起对原产于日本的进口货物实施的第五年协定税率。",
    ]
    for nt in notes:
        para(doc, nt, indent=False, size=12, line=20)
        clauses.append(nt)
    empty(doc)

    para(doc, [("三、保障措施", HT, False)])
    guar = [
        ("加强组织领导。", "市商务局、青岛海关建立联合工作机制，每半年召开一次工作会商会议，协调解决企业享惠中遇到的困难和问题。"),
        ("强化服务保障。", "各区、市商务主管部门要建立重点进口企业服务清单，“一企一策”做好跟踪服务；"
         "各隶属海关要设立享惠服务窗口，及时答复企业咨询。"),
        ("做好统计监测。", "各区、市商务主管部门要于每季度结束后10个工作日内，将辖区重点企业享惠情况统计表（见附件2）"
         "报送市商务局（对外贸易处）。"),
    ]
    for i, (h, b) in enumerate(guar):
        numbered(doc, n2, [(h, KT, True), (b, FS, False)])
        clauses.append("（%s）%s%s" % (CN[i], h, b))
    last = ("本通知自2026年3月1日起施行，有效期至2027年12月31日。执行中遇到的问题，请及时与市商务局对外贸易处"
            "（联系人：王晓雯，电话：0532-85911234）或者青岛海关关税处（联系人：刘志强，电话：0532-82897756）联系。")
    para(doc, last)
    clauses.append(last)
    empty(doc)
    atts = ["自由贸易协定享惠操作指引", "重点企业享惠情况统计表"]
    para(doc, "附件：1." + atts[0])
    para(doc, "　　　　　2." + atts[1], indent=False)
    empty(doc, 2)
    # 落款 in a borderless layout table
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    cell_text(lt.cell(0, 0), "青岛市商务局", FS, 16)
    cell_text(lt.cell(0, 1), "青岛海关", FS, 16)
    m = lt.cell(1, 0).merge(lt.cell(1, 1))
    cell_text(m, "2026年2月12日", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for row in lt.rows:
        for c in row.cells:
            c.paragraphs[0].paragraph_format.line_spacing = Pt(28)
    empty(doc)
    para(doc, "（此件公开发布）")
    empty(doc, 3)
    # 版记
    bj = doc.add_table(rows=2, cols=1)
    tblpr = bj._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, sz in (("top", "8"), ("insideH", "4"), ("bottom", "8")):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:color"), "000000")
        b.append(e)
    for side in ("left", "right", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)
    cell_text(bj.cell(0, 0), "抄送：山东省商务厅，市政府办公厅，市财政局。", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(bj.cell(1, 0), " 青岛市商务局办公室" + " " * 24 + "2026年2月12日印发", FS, 14,
              align=WD_ALIGN_PARAGRAPH.LEFT)

    tongzhi = {
        "meta": {
            "title": "青岛市商务局 青岛海关关于用好自由贸易协定协定税率扩大优质商品进口的通知",
            "doc_number": "青商务字〔2026〕15号",
            "issuer": ["青岛市商务局", "青岛海关"],
            "date": "2026-02-12",
            "published": None,
            "level": "municipal",
            "region": "青岛市",
            "effective": "2026-03-01",
            "expires": "2027-12-31",
            "attachments": atts,
            "doc_type": "通知",
            "recipients": recips,
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }
    stem = "blind571_qingdao_tongzhi"
    doc.save(os.path.join(HERE, stem + ".docx"))
    return stem, [tongzhi]


def to_pdf(stem):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_571", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
    )


def main():
    expected = {}
    for maker in (make_haiguan, make_qingdao):
        stem, docs = maker()
        expected[stem] = docs
        to_pdf(stem)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
