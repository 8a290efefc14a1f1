# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 604: 口岸 / 海关 / 港口 通告."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    add_page_number(sec)
    return doc


def add_page_number(section):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._element.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def para(doc, text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, line=None):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if line:
        p.paragraph_format.line_spacing = Pt(line)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(doc, parts, indent=True, align=None):
    """parts: list of (text, font, bold)"""
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    for text, font, bold in parts:
        set_font(p.add_run(text), font, 16, bold)
    return p


def bottom_border(p, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_border(p, color="000000", sz=6):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(22)
    set_font(p.add_run(text), font, size, bold)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement("w:" + e)
        b.set(qn("w:val"), "nil")
        borders.append(b)
    tblPr.append(borders)


def data_table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 14)
    for r, row in enumerate(rows, start=1):
        for i, v in enumerate(row):
            cell_text(t.rows[r].cells[i], v, FS, 14)
    if widths:
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def row_clauses(header, rows):
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, row)) for row in rows]


def banji(doc, chaosong, yinfa_org, yinfa_date):
    para(doc, "", indent=False)
    p = para(doc, "", indent=False, size=14)
    top_border(p, sz=8)
    if chaosong:
        p = para(doc, "", indent=False, size=14)
        p.paragraph_format.left_indent = Pt(14)
        set_font(p.add_run(chaosong), FS, 14)
    p = para(doc, "", indent=False, size=14)
    p.paragraph_format.left_indent = Pt(14)
    top_border(p, sz=4)
    bottom_border(p, color="000000", sz=8)
    set_font(p.add_run(yinfa_org + "　　　　　　　" + yinfa_date + "印发"), FS, 14)


# ---------------------------------------------------------------- numbering (Word auto numbering)
def add_chinese_numbering(doc):
    """Create an abstractNum: level0 '一、' level1 '（一）' (chineseCounting), no tab suffix."""
    numbering = doc.part.numbering_part.element
    abstract_id = 60
    num_id = 60
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abstract_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "hybridMultilevel")
    an.append(mlt)
    for ilvl, (fmt, txt) in enumerate((("chineseCounting", "%1、"),
                                        ("chineseCounting", "（%2）"))):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:suff", "nothing"),
                         ("w:lvlText", txt), ("w:lvlJc", "left")):
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
        font = HT if ilvl == 0 else KT
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            rf.set(qn(a), font)
        rpr.append(rf)
        lvl.append(rpr)
        an.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(abstract_id))
    num.append(ani)
    numbering.append(num)
    return num_id


def numbered(doc, num_id, ilvl, parts):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    for text, font, bold in parts:
        set_font(p.add_run(text), font, 16, bold)
    return p


# ================================================================ doc 1: 福州
def make_fuzhou():
    stem = "blind604_fuzhou_tonggao"
    doc = new_doc()
    clauses = []

    for org in ("福州市人民政府口岸办公室", "福 州 海 关", "福州出入境边防检查站"):
        para(doc, org, XBS, 26, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=False,
             color=RED, line=36)
    para(doc, "", indent=False)
    p = para(doc, "榕口岸通〔2026〕1号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p, sz=18)
    para(doc, "", indent=False)
    # title split over two paragraphs
    para(doc, "关于2026年春节期间福州口岸", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=36)
    para(doc, "通关安排的通告", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "", indent=False)

    def body(text):
        # typed indentation: two full-width spaces instead of first-line indent
        para(doc, "　　" + text, indent=False)
        clauses.append(text)

    body("为保障2026年春节期间福州口岸进出境货物、物品、运输工具和人员安全顺畅通关，"
         "满足企业和旅客节日期间通关需求，根据国务院办公厅关于2026年部分节假日安排的通知精神，"
         "结合福州口岸实际，现将春节期间（2026年2月15日至2月23日）口岸通关安排通告如下：")

    para(doc, "　　一、旅检通关安排", HT, indent=False)
    body("（一）福州长乐国际机场口岸春节期间实行24小时通关，海关、边检部门根据航班计划"
         "科学调配查验力量，保障出入境旅客随到随检。")
    body("（二）马尾—马祖“小三通”客运航线春节期间按照航运企业公布的船期正常运营，"
         "马尾琅岐客运码头查验时间为每日7:30—18:00；2月16日（除夕）查验时间调整为7:30—12:00，"
         "2月17日（正月初一）停航1天。")
    body("（三）出入境旅客携带物品应当如实向海关申报。旅客可通过“海关旅客指尖服务”小程序"
         "提前办理申报手续；携带宠物、动植物及其产品或者超过规定限额现钞的，应当选择申报通道通关。")

    para(doc, "　　二、货运通关安排", HT, indent=False)
    body("（一）2026年2月15日0时至2月23日24时，福州海关所属各业务现场实行“7×24小时”预约通关。"
         "企业如有紧急通关需求，可提前1个工作日通过国际贸易“单一窗口”或者值班电话向属地海关预约，"
         "海关安排专人办理。")
    body("（二）福州港江阴港区、松下港区、罗源湾港区集装箱及散杂货码头春节期间正常作业，"
         "码头闸口每日9:00—17:00办理提箱、进箱业务，其他时段需提前向码头经营人预约。")
    body("（三）福州综合保税区、福州江阴港综合保税区春节期间实行“无休日”监管，"
         "区内企业进出区业务可通过金关二期系统正常申报，货物进出区卡口24小时开放。")
    body("（四）中欧班列（福州）春节期间开行计划不变，海关对班列货物实行优先审单、优先查验、优先放行。"
         "跨境电商零售进口“1210”、跨境电商B2B出口“9710”“9810”业务正常申报，通关服务系统24小时运行。")

    # run-in headings in bold 黑体 runs
    p = runs(doc, [("三、检验检疫。", HT, False),
                   ("春节期间，进口鲜活农产品、冷链食品实行“即报即检、即检即放”，"
                    "进境水果、冰鲜水产品在指定监管场地优先安排查验；出口企业可申请“属地查检+口岸验放”模式。",
                    FS, False)])
    clauses.append("三、检验检疫。春节期间，进口鲜活农产品、冷链食品实行“即报即检、即检即放”，"
                   "进境水果、冰鲜水产品在指定监管场地优先安排查验；出口企业可申请“属地查检+口岸验放”模式。")
    runs(doc, [("四、值班安排。", HT, False),
               ("春节期间，各查验单位实行24小时领导带班和值班制度。各口岸（现场）开放时间及值班电话如下：",
                FS, False)])
    clauses.append("四、值班安排。春节期间，各查验单位实行24小时领导带班和值班制度。"
                   "各口岸（现场）开放时间及值班电话如下：")

    header = ["序号", "口岸（现场）", "开放时间", "值班电话"]
    rows = [
        ["1", "福州长乐国际机场口岸", "24小时", "0591-28011234"],
        ["2", "马尾琅岐客运码头", "每日7:30—18:00", "0591-83682210"],
        ["3", "福州港江阴港区", "每日9:00—17:00", "0591-85986650"],
        ["4", "福州港松下港区", "每日9:00—17:00", "0591-85536012"],
        ["5", "福州港罗源湾港区", "每日9:00—17:00", "0591-26831877"],
        ["6", "福州综合保税区", "24小时", "0591-83952345"],
        ["7", "福州江阴港综合保税区", "24小时", "0591-85987701"],
    ]
    data_table(doc, header, rows, widths=[1.5, 5.5, 4.5, 4.0])
    clauses.extend(row_clauses(header, rows))

    runs(doc, [("五、其他事项。", HT, False),
               ("春节期间如遇恶劣天气等不可抗力因素，口岸开放时间将适时调整，"
                "具体以各查验单位官方网站、微信公众号发布的信息为准。", FS, False)])
    clauses.append("五、其他事项。春节期间如遇恶劣天气等不可抗力因素，口岸开放时间将适时调整，"
                   "具体以各查验单位官方网站、微信公众号发布的信息为准。")
    body("特此通告。")

    para(doc, "", indent=False)
    para(doc, "", indent=False)
    # layout table for the joint signature
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    cell_text(t.rows[0].cells[0], "福州市人民政府口岸办公室", FS, 16)
    cell_text(t.rows[0].cells[1], "福州海关", FS, 16)
    cell_text(t.rows[1].cells[0], "", FS, 16)
    cell_text(t.rows[1].cells[1], "福州出入境边防检查站", FS, 16)
    para(doc, "", indent=False)
    p = para(doc, "2026年2月6日" + "　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "", indent=False)
    para(doc, "（此件公开发布）", indent=True)
    para(doc, "", indent=False)
    banji(doc, "抄送：福州市人民政府办公厅，福建省人民政府口岸与物流办公室，福州港口发展中心。",
          "福州市人民政府口岸办公室", "2026年2月6日")

    meta = {
        "title": "关于2026年春节期间福州口岸通关安排的通告",
        "doc_number": "榕口岸通〔2026〕1号",
        "issuer": ["福州市人民政府口岸办公室", "福州海关", "福州出入境边防检查站"],
        "date": "2026-02-06",
        "published": None,
        "level": "municipal",
        "region": "福州市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# ================================================================ doc 2: 厦门 临时交通管制
def make_xiamen():
    stem = "blind604_xiamen_jiaotong"
    doc = new_doc()
    num = add_chinese_numbering(doc)
    clauses = []

    # web-style: no red header, no 文号; title with a soft line break
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    r = p.add_run("关于海沧港区部分道路实施")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r2 = p.add_run("临时交通管制的通告")
    set_font(r2, XBS, 22)
    para(doc, "", indent=False)
    para(doc, "", indent=False)

    intro = ("因海沧港区疏港通道（海新路段）道路改造施工需要，为保障施工安全和港区集疏运秩序，"
             "根据《中华人民共和国道路交通安全法》第三十九条规定，厦门市公安局交通警察支队、"
             "厦门港口管理局决定对海沧港区部分道路实施临时交通管制。现将有关事项通告如下：")
    para(doc, intro)
    clauses.append(intro)

    def item(ilvl, parts, expected):
        numbered(doc, num, ilvl, parts)
        clauses.append(expected)

    t1 = "管制时间：2026年3月2日0时至2026年4月30日24时。"
    item(0, [("管制时间：", HT, False), ("2026年3月2日0时至2026年4月30日24时。", FS, False)],
         "一、" + t1)
    item(0, [("管制路段：", HT, False),
             ("海新路（港中路口至海沧大道口）双向车道，以及港南路（海新路口至海沧港区3号闸口）东侧车道。", FS, False)],
         "二、管制路段：海新路（港中路口至海沧大道口）双向车道，以及港南路（海新路口至海沧港区3号闸口）东侧车道。")
    # heading item on its own line -> not a clause
    numbered(doc, num, 0, [("管制措施", HT, False)])
    subs = [
        "管制期间，每日7:00—9:00、17:00—19:00，禁止集装箱车辆、危险货物运输车辆在管制路段通行；",
        "其他时段，管制路段实行单向交替放行，限速每小时30公里，禁止停车、掉头及超车；",
        "施工区域前方设置警示标志、导向标志和隔离设施，过往车辆应当按照标志指示和现场交通警察、"
        "交通协管员的指挥通行；",
        "执行抢险救援、港口应急任务的车辆以及公交车辆不受上述限制。",
    ]
    cn = "一二三四五六七八九十"
    for i, s in enumerate(subs):
        item(1, [(s, FS, False)], "（%s）%s" % (cn[i], s))
    # "四" : the numbering continues at level 0 -> 四
    item(0, [("绕行线路：", HT, False),
             ("进出海沧港区的集装箱车辆可经海沧大道—南海三路—港南路或者角嵩路—马青路—海沧港区5号闸口绕行。"
              "导航软件已同步更新管制信息，请驾驶人提前规划行车路线。", FS, False)],
         "四、绕行线路：进出海沧港区的集装箱车辆可经海沧大道—南海三路—港南路或者角嵩路—马青路—海沧港区5号闸口绕行。"
         "导航软件已同步更新管制信息，请驾驶人提前规划行车路线。")
    item(0, [("闸口开放时间调整：", HT, False),
             ("管制期间，海沧港区有关码头闸口开放时间调整如下：", FS, False)],
         "五、闸口开放时间调整：管制期间，海沧港区有关码头闸口开放时间调整如下：")

    header = ["码头", "闸口", "开放时间", "咨询电话"]
    rows = [
        ["海天码头", "1号闸口", "每日0:00—7:00、9:00—17:00、19:00—24:00", "0592-6013355"],
        ["嵩屿码头", "3号闸口", "每日9:00—17:00", "0592-6828800"],
        ["海润码头", "5号闸口", "24小时", "0592-6511234"],
        ["新海达码头", "7号闸口", "每日6:00—22:00", "0592-6559876"],
    ]
    data_table(doc, header, rows, widths=[3.2, 2.6, 6.6, 3.4])
    clauses.extend(row_clauses(header, rows))

    item(0, [("违法处理：", HT, False),
             ("对违反本通告规定的车辆和驾驶人，公安机关交通管理部门将依照《中华人民共和国道路交通安全法》"
              "等法律法规予以处理；港口经营人应当加强对进港车辆的引导，不得在管制路段组织车辆排队候港。", FS, False)],
         "六、违法处理：对违反本通告规定的车辆和驾驶人，公安机关交通管理部门将依照《中华人民共和国道路交通安全法》"
         "等法律法规予以处理；港口经营人应当加强对进港车辆的引导，不得在管制路段组织车辆排队候港。")
    item(0, [("本通告自2026年3月2日0时起施行，至2026年4月30日24时止。如施工提前完成，将提前解除管制并另行公告。",
              FS, False)],
         "七、本通告自2026年3月2日0时起施行，至2026年4月30日24时止。如施工提前完成，将提前解除管制并另行公告。")
    para(doc, "", indent=False)
    t = "咨询电话：厦门市公安局交通警察支队海沧大队0592-6892122；厦门港口管理局海沧港务管理站0592-6053118。"
    para(doc, t)
    clauses.append(t)
    para(doc, "特此通告。")
    clauses.append("特此通告。")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    # two organs on one line separated by typed spaces
    para(doc, "厦门市公安局交通警察支队" + "　" * 5 + "厦门港口管理局", indent=False,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "2026年2月24日" + "　" * 3, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)

    meta = {
        "title": "关于海沧港区部分道路实施临时交通管制的通告",
        "doc_number": None,
        "issuer": ["厦门市公安局交通警察支队", "厦门港口管理局"],
        "date": "2026-02-24",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": "2026-03-02",
        "expires": "2026-04-30",
        "attachments": [],
        "doc_type": "通告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


# ================================================================ doc 3: 满洲里 春节闭关
def make_manzhouli():
    stem = "blind604_manzhouli_tonggao"
    doc = new_doc()
    clauses = []

    p = para(doc, "满洲里市口岸管理办公室", XBS, 30, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, color=RED, line=44)
    p = para(doc, "满洲里海关  满洲里出入境边防检查站", XBS, 20,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, color=RED, line=36)
    para(doc, "", indent=False)
    p = para(doc, "满口岸通〔2026〕2号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p, sz=18)
    para(doc, "", indent=False)
    para(doc, "关于2026年春节期间满洲里口岸通关安排的通告", XBS, 22,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "", indent=False)

    t = ("根据国务院办公厅关于2026年部分节假日安排的通知和中俄双方口岸工作会晤纪要精神，"
         "经与俄方后贝加尔斯克口岸协商一致，现将2026年春节期间满洲里各口岸通关安排通告如下：")
    para(doc, t)
    clauses.append(t)

    def runin(head, rest):
        runs(doc, [(head, HT, True), (rest, FS, False)])
        clauses.append(head + rest)

    runin("一、公路口岸。",
          "满洲里公路口岸2026年2月16日（除夕）至2月18日（正月初二）闭关3天，2月19日（正月初三）起恢复正常通关。"
          "闭关期间，货运通道、旅检通道均暂停通行。")
    # paragraph with a typed soft line break in the middle of a sentence
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    set_font(p.add_run("二、铁路口岸。"), HT, 16, True)
    r = p.add_run("满洲里铁路口岸春节期间不闭关，中欧班列、中俄货运列车正常交接。海关对中欧班列实行"
                  "“优先审单、优先查验、")
    set_font(r, FS, 16)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("优先放行”，铁路口岸货运监管现场实行24小时预约查验。")
    set_font(r, FS, 16)
    clauses.append("二、铁路口岸。满洲里铁路口岸春节期间不闭关，中欧班列、中俄货运列车正常交接。"
                   "海关对中欧班列实行“优先审单、优先查验、优先放行”，铁路口岸货运监管现场实行24小时预约查验。")
    runin("三、航空口岸。",
          "满洲里西郊国际机场口岸根据国际航班计划开放。如有临时包机需求，航空公司应当提前3个工作日"
          "向满洲里市口岸管理办公室报备，由口岸管理办公室协调查验单位做好保障。")
    runin("四、中俄互市贸易区。",
          "中俄互市贸易区2026年2月15日至2月20日闭区，2月21日恢复正常运营。闭区期间，互市贸易商品交易暂停申报。")
    runin("五、综合保税区。",
          "满洲里综合保税区春节期间实行“预约办理”，区内企业确需办理进出区业务的，"
          "应当提前1日向满洲里海关综合保税区监管科预约，跨境电商网购保税进口业务正常开展。")
    para(doc, "六、有关要求", HT)
    subs = [
        "（一）各进出口企业、报关企业、运输企业要合理安排进出口计划，避免闭关前货物集中到港、车辆滞留口岸。",
        "（二）闭关前最后一个工作日（2026年2月15日），公路口岸货运通道查验时间延长至20:00，请有关企业提前做好准备。",
        "（三）闭关期间如遇抢险救灾物资、鲜活易腐商品等特殊情况需要紧急通关的，由满洲里市口岸管理办公室"
        "协调查验单位及俄方口岸予以临时开放。具体要求如下：",
    ]
    for s in subs:
        para(doc, s)
        clauses.append(s)
    for s in ("1.紧急通关申请应当至少提前24小时向满洲里市口岸管理办公室提出；",
              "2.申请材料包括紧急通关申请书、贸易合同、货物清单及运输工具信息；",
              "3.经协调同意临时开放的，由口岸管理办公室通知申请人及各查验单位。"):
        para(doc, s)
        clauses.append(s)
    runin("七、值班安排。",
          "春节期间，各查验单位实行24小时值班制度，各口岸开放时间及值班电话详见附件。")
    para(doc, "特此通告。")
    clauses.append("特此通告。")
    para(doc, "", indent=False)
    # attachment list with hanging indent
    p = para(doc, "附件：满洲里口岸2026年春节期间开放时间及值班电话一览表", indent=True)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    for org in ("满洲里市口岸管理办公室", "满洲里海关", "满洲里出入境边防检查站"):
        para(doc, org + "　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2026年2月3日" + "　　　", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    # attachment on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", HT, 16, indent=False)
    para(doc, "", indent=False)
    para(doc, "满洲里口岸2026年春节期间开放时间及值班电话一览表", XBS, 18,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, "", indent=False)
    header = ["序号", "口岸", "开放时间", "值班电话"]
    rows = [
        ["1", "满洲里公路口岸", "2月16日至2月18日闭关，其余时间8:30—17:30", "0470-6221234"],
        ["2", "满洲里铁路口岸", "24小时", "0470-6225678"],
        ["3", "满洲里西郊国际机场口岸", "根据国际航班计划开放", "0470-6239012"],
        ["4", "中俄互市贸易区", "2月15日至2月20日闭区", "0470-6247788"],
        ["5", "满洲里综合保税区", "预约办理", "0470-6253366"],
    ]
    data_table(doc, header, rows, widths=[1.5, 5.0, 6.0, 3.5])
    clauses.extend(row_clauses(header, rows))

    banji(doc, "抄送：呼伦贝尔市人民政府口岸办公室，呼和浩特海关，满洲里市人民政府办公室。",
          "满洲里市口岸管理办公室", "2026年2月3日")

    meta = {
        "title": "关于2026年春节期间满洲里口岸通关安排的通告",
        "doc_number": "满口岸通〔2026〕2号",
        "issuer": ["满洲里市口岸管理办公室", "满洲里海关", "满洲里出入境边防检查站"],
        "date": "2026-02-03",
        "published": None,
        "level": "municipal",
        "region": "满洲里市",
        "effective": None,
        "expires": None,
        "attachments": ["满洲里口岸2026年春节期间开放时间及值班电话一览表"],
        "doc_type": "通告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, doc, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for maker in (make_fuzhou, make_xiamen, make_manzhouli):
        stem, doc, objs = maker()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_604", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
