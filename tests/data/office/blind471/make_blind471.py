# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 471: cross-province agreement package (陕甘青三省商务厅)."""
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
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
SP = "\u3000"  # full-width space


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
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


def fmt(p, align=None, indent=True, spacing=28):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    return p


def para(doc, parts, align=None, indent=True, spacing=28):
    """parts: str or list of (text, east, size, bold)"""
    p = doc.add_paragraph()
    fmt(p, align, indent, spacing)
    if isinstance(parts, str):
        parts = [(parts, FS, 16, False)]
    for t in parts:
        text, east, size, bold = (list(t) + [FS, 16, False])[:4] if len(t) < 4 else t
        r = p.add_run(text)
        set_font(r, east, size, bold)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False)


def add_page_number(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, SONG, 14)
    r = fp.add_run()
    set_font(r, SONG, 14)
    for kind, txt in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        else:
            if txt.strip() == "PAGE":
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = txt
                r._element.append(it)
            else:
                t = OxmlElement("w:t")
                t.text = txt
                r._element.append(t)
    r = fp.add_run(" —")
    set_font(r, SONG, 14)


def title(doc, lines, size=22, soft=True):
    """Title typed with soft line breaks (Shift+Enter) between lines."""
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    for i, line in enumerate(lines):
        r = p.add_run(line)
        set_font(r, XBS, size)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def red_rule(p, color="FF0000", sz=18):
    ppr = p._element.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def set_cell_text(cell, text, east=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(22)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    r = p.add_run(text)
    set_font(r, east, size, bold)


def table_borders(table, on=True):
    tblPr = table._element.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        if on:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "4")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(b)


def data_table(doc, header, rows, widths=None, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, True)
    for j, h in enumerate(header):
        set_cell_text(t.rows[0].cells[j], h, HT, size)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if j in (1,) and len(v) > 8 else WD_ALIGN_PARAGRAPH.CENTER
            set_cell_text(t.rows[i + 1].cells[j], v, FS, size, align=al)
    if widths:
        t.autofit = False
        grid = t._element.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[j] * 567)))
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def row_clauses(header, rows):
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, r)) for r in rows]


def add_word_numbering(doc):
    """Create a decimal list '1.' with no tab after the number (suff=nothing)."""
    numbering = doc.part.numbering_part.element
    abs_id = "71"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
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
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
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
    num.set(qn("w:numId"), "71")
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), abs_id)
    num.append(ani)
    numbering.append(num)
    return "71"


def numbered_para(doc, text, num_id):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    ppr = p._element.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = Pt(32)
    r = p.add_run(text)
    set_font(r, FS, 16)
    return p


ORGS = ["陕西省商务厅", "甘肃省商务厅", "青海省商务厅"]
REGION = "陕西省、甘肃省、青海省"
AGR_TITLE = "陕西省商务厅 甘肃省商务厅 青海省商务厅深化“一带一路”经贸合作框架协议"


# ---------------------------------------------------------------- document 1: 框架协议
def make_xieyi():
    doc = new_doc()
    clauses = []
    empty(doc)
    title(doc, ["陕西省商务厅 甘肃省商务厅 青海省商务厅", "深化“一带一路”经贸合作框架协议"])
    empty(doc)

    # party blocks: label in 黑体, name in 仿宋, no first-line indent
    for lab, org in (("甲方：", "陕西省商务厅"), ("乙方：", "甘肃省商务厅"), ("丙方：", "青海省商务厅")):
        para(doc, [(lab, HT, 16, False), (org, FS, 16, False)], indent=False)
        clauses.append(lab + org)
    empty(doc)

    pre = ("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”和推进新时代西部大开发形成新格局的决策部署，"
           "发挥陕西、甘肃、青海三省区位互补和通道联动优势，共同打造内陆开放高地，甲乙丙三方本着“平等互利、"
           "优势互补、协同联动、共建共享”的原则，经友好协商，就深化经贸合作达成如下协议。")
    para(doc, pre)
    clauses.append(pre)

    def chapter(t):
        p = para(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        return p

    def article(num, text):
        para(doc, [(num, HT, 16, False), (SP + text, FS, 16, False)])
        clauses.append(num + SP + text)

    def item(text):
        para(doc, text)
        clauses.append(text)

    chapter("第一章" + SP + "总" + SP + "则")
    article("第一条", "本协议旨在建立三方常态化经贸合作机制，推动中欧班列集结中心、自由贸易试验区、综合保税区、"
                   "跨境电子商务综合试验区等开放平台协同发展，共同提升西北地区对外开放水平。")
    article("第二条", "三方合作坚持政府引导、市场主导、企业主体，充分发挥各自在产业基础、通道资源和开放平台方面的"
                   "比较优势，实现资源共享、信息互通、政策协同。")
    article("第三条", "到2028年，三方力争实现以下目标：")
    item("（一）中欧班列（西安）集结中心与兰州、西宁方向班列线路实现常态化联运，三省经西安集结中心发运的中欧班列年均增长10%以上；")
    item("（二）三省之间新增互设商务代表处或联络办公室不少于3个；")
    item("（三）联合举办经贸推介、招商引资活动每年不少于4场，共同引进外商投资项目不少于20个；")
    item("（四）三省跨境电商进出口额年均增长15%以上。")

    chapter("第二章" + SP + "合作内容")
    article("第四条", "共建国际物流通道。三方支持中欧班列（西安）集结中心与兰州国际港务区、西宁综合保税区开展线路共享、"
                   "舱位互助和货源集结合作，推动“西安—兰州—西宁”班列线路与西部陆海新通道有效衔接。甲方负责协调集结中心"
                   "开放舱位和集拼服务，乙方、丙方负责组织本省货源，三方共同争取国家有关部委对班列线路的支持。")
    article("第五条", "推动开放平台协同。三方依托中国（陕西）自由贸易试验区和兰州新区综合保税区、西宁综合保税区等平台，"
                   "重点开展以下合作：")
    item("（一）相互复制推广自由贸易试验区制度创新成果，每年至少共同梳理一批可复制推广的改革试点经验；")
    item("（二）推动三省综合保税区在保税加工、保税物流、保税维修等业务领域开展合作；")
    item("（三）探索建立三省海关特殊监管区域间货物流转便利化机制，推广“区港联动”“一次申报、分段运输”等模式。")
    article("第六条", "深化跨境电商合作。三方支持跨境电子商务综合试验区在海外仓建设、跨境电商产业园区运营、人才培训等方面"
                   "开展合作，鼓励三省跨境电商企业共建共用海外仓，联合开展“丝路电商”推介活动。")
    article("第七条", "加强投资促进合作。三方建立外商投资项目信息共享机制，对因产业链配套、用地用能等原因未能在本省落地的"
                   "外资项目，在征得投资方同意后优先向其他两方推荐。三方共同组织赴中亚、西亚及欧洲开展联合招商。")
    article("第八条", "拓展国际市场。三方共同组织企业参加丝绸之路国际博览会、中国兰州投资贸易洽谈会、中国（青海）藏毯国际"
                   "展览会等重点展会，相互提供展位、宣传推介等便利。")
    article("第九条", "促进服务贸易和人文交流。三方在国际旅游、文化贸易、中医药服务贸易、国际教育培训等领域开展合作，"
                   "共同打造“丝路文化”服务贸易品牌。")

    chapter("第三章" + SP + "保障机制")
    article("第十条", "三方建立联席会议制度。联席会议由三方分管厅领导组成，原则上每年召开一次，由三方轮流承办，研究确定"
                   "年度合作重点任务，协调解决合作中的重大问题。首次联席会议由乙方承办。")
    article("第十一条", "三方各明确一个处室作为联络处室，并各指定一名联络员，负责日常沟通协调、信息报送和任务跟踪。联络员"
                     "如有变动，应及时书面告知其他两方。")
    article("第十二条", "三方建立信息共享机制，定期交流外贸进出口、利用外资、中欧班列开行、跨境电商发展等方面的统计数据和"
                     "政策信息。涉及保密事项的，按照国家有关保密规定执行。")
    article("第十三条", "三方共同向商务部等国家有关部委争取政策支持，对涉及三省共同利益的事项，可联合行文报送。")
    article("第十四条", "三方各自安排必要的工作经费，保障本协议确定的合作事项顺利实施。联合举办活动的费用，由承办方与其他"
                     "两方另行协商分担。")

    chapter("第四章" + SP + "附" + SP + "则")
    article("第十五条", "本协议为框架性协议，具体合作项目由三方或三方下属单位另行签订具体协议予以落实。")
    article("第十六条", "本协议未尽事宜，由三方协商解决，并可签订补充协议。补充协议与本协议具有同等效力。")
    k2 = "三方在执行本协议过程中发生争议的，应通过友好协商解决。"
    para(doc, k2)  # second 款 of 第十六条, no number
    clauses.append(k2)
    article("第十七条", "本协议自三方代表签字并加盖公章之日起生效，有效期至2028年12月31日。有效期届满前三个月，三方可协商"
                     "续签事宜。")
    article("第十八条", "本协议一式六份，三方各执两份，具有同等效力。")

    para(doc, "（以下无正文）", align=WD_ALIGN_PARAGRAPH.LEFT)
    # signature page on a new page, aligned with hand-typed spaces
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, [("（本页为《深化“一带一路”经贸合作框架协议》签署页）", KT, 14, False)], indent=False)
    empty(doc)
    for lab, org in (("甲方", "陕西省商务厅"), ("乙方", "甘肃省商务厅"), ("丙方", "青海省商务厅")):
        para(doc, lab + "（盖章）：" + org, indent=False)
        para(doc, "代表（签字）：" + "　" * 8, indent=False)
        empty(doc)
    para(doc, "签署地点：陕西省西安市", indent=False)
    para(doc, "签署日期：2025年9月18日", indent=False)

    path = os.path.join(HERE, "blind471_xian_xieyi.docx")
    doc.save(path)
    meta = {
        "title": AGR_TITLE,
        "doc_number": None,
        "issuer": ORGS,
        "date": "2025-09-18",
        "published": None,
        "level": "provincial",
        "region": REGION,
        "effective": "2025-09-18",
        "expires": "2028-12-31",
        "attachments": [],
        "doc_type": "协议",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return path, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- document 2: 新闻稿
def make_xinwengao():
    doc = new_doc()
    clauses = []
    p = para(doc, [("陕西省商务厅", XBS, 36, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=48)
    for r in p.runs:
        r.font.color.rgb = RGBColor(0xFF, 0, 0)
    p = para(doc, [("新" + SP + "闻" + SP + "稿", HT, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_rule(p)
    empty(doc)
    ttl = "陕甘青三省商务厅签署深化“一带一路”经贸合作框架协议"
    title(doc, ["陕甘青三省商务厅签署深化", "“一带一路”经贸合作框架协议"])
    para(doc, [("发布时间：2025-09-18 17:30" + SP * 2 + "来源：陕西省商务厅", KT, 12, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)

    def body(t, bold_lead=None):
        if bold_lead:
            para(doc, [(bold_lead, FS, 16, True), (t[len(bold_lead):], FS, 16, False)])
        else:
            para(doc, t)
        clauses.append(t)

    body("本网讯" + SP + "9月18日，陕西省商务厅、甘肃省商务厅、青海省商务厅在西安签署《陕西省商务厅 甘肃省商务厅 "
         "青海省商务厅深化“一带一路”经贸合作框架协议》（以下简称《框架协议》）。陕西省商务厅厅长刘海涛、甘肃省商务厅"
         "厅长张志刚、青海省商务厅厅长韩晓东出席签约仪式并致辞，三省商务厅分管负责同志代表三方签约。",
         bold_lead="本网讯")
    body("刘海涛表示，陕甘青三省同处古丝绸之路要冲，区位相邻、人文相亲、产业互补。此次签署《框架协议》，是三省落实"
         "高质量共建“一带一路”部署、推进新时代西部大开发的具体举措。陕西将充分发挥中欧班列（西安）集结中心和中国"
         "（陕西）自由贸易试验区的平台作用，与甘肃、青海共享通道资源、共用开放平台，共同做大做强西北开放经济。")
    body("张志刚表示，甘肃将依托兰州国际港务区、兰州新区综合保税区等平台，主动融入西安集结中心货源组织体系，"
         "做好首次联席会议承办工作，推动《框架协议》各项任务尽快落地见效。")
    body("韩晓东表示，青海将发挥西宁综合保税区和藏毯、新能源等特色产业优势，积极参与班列联运和联合招商，"
         "推动更多青海特色产品通过中欧班列和跨境电商走向国际市场。")
    # heading on its own line (not a clause)
    para(doc, [("《框架协议》明确五方面合作重点", HT, 16, False)], indent=True)
    body("根据《框架协议》，三方将重点在以下方面开展合作：一是共建国际物流通道，推动“西安—兰州—西宁”班列线路常态化"
         "联运，并与西部陆海新通道有效衔接；二是推动开放平台协同，相互复制推广自由贸易试验区制度创新成果，深化综合保税区"
         "业务合作；三是深化跨境电商合作，鼓励企业共建共用海外仓；四是加强投资促进合作，建立外商投资项目信息共享机制，"
         "联合赴中亚、西亚及欧洲开展招商；五是拓展国际市场和服务贸易合作，共同组织企业参加重点展会，共同打造“丝路文化”"
         "服务贸易品牌。")
    body("《框架协议》还明确，三方将建立联席会议制度、联络员制度和信息共享机制，首次联席会议将于年内在兰州召开。"
         "《框架协议》有效期至2028年12月31日。")
    body("签约仪式上，三省有关企业现场签约合作项目6个，总金额约38.6亿元。具体如下：")
    header = ["序号", "项目名称", "签约双方", "金额（亿元）"]
    rows = [
        ["1", "中欧班列“长安号”西宁专线联运合作项目", "陕西陆港联运集团有限公司与青海高原国际物流有限公司", "4.5"],
        ["2", "兰州新区跨境电商海外仓共建项目", "西安锦程跨境电子商务有限公司与甘肃陇原数字贸易有限公司", "3.2"],
        ["3", "西宁综合保税区保税维修中心项目", "青海昆仑保税产业发展有限公司与陕西秦川精密装备有限公司", "9.8"],
        ["4", "中亚农产品冷链集散中心项目", "甘肃河西走廊冷链物流有限公司与陕西丝路农产品贸易有限公司", "7.6"],
        ["5", "藏毯及民族手工艺品跨境电商出口项目", "青海雪域藏毯集团有限公司与西安丝路电商产业园运营管理有限公司", "2.3"],
        ["6", "新能源装备中亚联合出海项目", "陕西秦风新能源科技有限公司与甘肃祁连新能源装备有限公司", "11.2"],
    ]
    data_table(doc, header, rows, widths=[1.3, 5.2, 6.5, 2.6])
    clauses.extend(row_clauses(header, rows))
    empty(doc)
    body("据统计，2025年1—8月，中欧班列（西安）集结中心累计开行班列3512列，同比增长8.7%，其中来自甘肃、青海方向的"
         "集结货源占比达到6.3%。三省跨境电商进出口额合计达到186.4亿元，同比增长19.2%。")
    body("陕西省商务厅、甘肃省商务厅、青海省商务厅有关处室负责同志，三省部分重点外贸企业、物流企业代表参加签约仪式。")
    empty(doc)
    para(doc, "（陕西省商务厅对外合作处供稿）", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    path = os.path.join(HERE, "blind471_xian_xinwengao.docx")
    doc.save(path)
    meta = {
        "title": ttl,
        "doc_number": None,
        "issuer": ["陕西省商务厅"],
        "date": "2025-09-18",
        "published": "2025-09-18",
        "level": "provincial",
        "region": REGION,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "新闻稿",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return path, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- document 3: 工作备忘录
def make_beiwanglu():
    doc = new_doc()
    num_id = add_word_numbering(doc)
    clauses = []
    empty(doc)
    title(doc, ["陕西省商务厅 甘肃省商务厅 青海省商务厅",
                "深化“一带一路”经贸合作第一次联席会议",
                "工作备忘录"])
    ttl = "陕西省商务厅 甘肃省商务厅 青海省商务厅深化“一带一路”经贸合作第一次联席会议工作备忘录"
    empty(doc)

    intro = ("2025年11月20日，陕西省商务厅、甘肃省商务厅、青海省商务厅在甘肃省兰州市召开深化“一带一路”经贸合作第一次"
             "联席会议。会议由甘肃省商务厅承办，三方分管厅领导及有关处室负责同志参加。会议总结了《陕西省商务厅 甘肃省商务厅 "
             "青海省商务厅深化“一带一路”经贸合作框架协议》签署以来的工作进展，研究部署2026年合作重点任务。经充分协商，"
             "三方形成如下备忘：")
    para(doc, intro)
    clauses.append(intro)

    n = [0]

    def np_(text):
        n[0] += 1
        numbered_para(doc, text, num_id)
        clauses.append("%d.%s" % (n[0], text))

    np_("三方一致认为，《框架协议》签署以来，三省在中欧班列线路联运、开放平台协同、联合招商等方面取得积极进展。"
        "2025年9月至11月，经中欧班列（西安）集结中心发运的兰州、西宁方向货源班列累计开行86列，同比增长23.5%。")
    np_("三方同意将“西安—兰州—西宁”班列联运作为2026年合作的首要任务，由陕西省商务厅牵头，会同甘肃省商务厅、"
        "青海省商务厅于2026年3月底前制定联运线路运营方案，力争2026年全年开行联运班列不少于300列。")
    np_("三方同意建立外商投资项目信息共享台账，每季度末月20日前由各方联络处室相互通报在谈外资项目情况。对因配套条件"
        "不足未能落地的项目，经投资方同意后按《框架协议》第七条约定优先向其他两方推荐。")
    np_("三方同意于2026年上半年联合赴哈萨克斯坦、乌兹别克斯坦开展经贸推介活动，由青海省商务厅牵头制定具体方案，"
        "推介费用按《框架协议》第十四条约定协商分担。")
    np_("三方明确2026年重点工作任务分工如下：")
    header = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "制定“西安—兰州—西宁”班列联运线路运营方案", "陕西省商务厅", "甘肃省商务厅、青海省商务厅", "2026年3月底前"],
        ["2", "梳理发布三省自由贸易试验区、综合保税区可复制推广经验清单", "陕西省商务厅", "甘肃省商务厅、青海省商务厅", "2026年6月底前"],
        ["3", "组织三省跨境电商企业共建共用海外仓对接会", "甘肃省商务厅", "陕西省商务厅、青海省商务厅", "2026年5月底前"],
        ["4", "联合赴中亚开展经贸推介活动", "青海省商务厅", "陕西省商务厅、甘肃省商务厅", "2026年6月底前"],
        ["5", "联合组织企业参加2026年丝绸之路国际博览会", "陕西省商务厅", "甘肃省商务厅、青海省商务厅", "2026年下半年"],
        ["6", "编制三省服务贸易合作重点项目清单", "青海省商务厅", "陕西省商务厅、甘肃省商务厅", "2026年9月底前"],
    ]
    data_table(doc, header, rows, widths=[1.4, 5.6, 2.8, 3.3, 2.5])
    clauses.extend(row_clauses(header, rows))
    np_("三方同意各自确定联络处室和联络员（名单见附件1）。陕西省商务厅联络处室为对外合作处，甘肃省商务厅联络处室为"
        "对外经济合作处，青海省商务厅联络处室为对外贸易处。")
    np_("三方同意联合向商务部报送《关于支持陕甘青三省共建中欧班列集结中心协同发展的请示》，由陕西省商务厅负责起草，"
        "2025年12月31日前完成会签。")
    np_("三方同意2026年第二次联席会议由青海省商务厅承办，时间另行商定。2026年联合经贸推介活动初步安排见附件2。")
    np_("本备忘录所列事项的推进情况，由各方联络处室于每半年末月25日前相互通报，并作为下一次联席会议的主要议题。")
    last = "本备忘录自三方签署之日起执行，一式三份，三方各执一份。"
    para(doc, last)
    clauses.append(last)
    empty(doc)
    # attachment list, continuation line aligned with manual full-width spaces
    para(doc, "附件：1.三方联络处室及联络员名单", indent=True)
    para(doc, SP * 5 + "2.2026年联合经贸推介活动初步安排", indent=False)
    empty(doc, 2)

    # signatures: borderless 3-column layout table
    t = doc.add_table(rows=4, cols=3)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, False)
    sig = [
        ["陕西省商务厅", "甘肃省商务厅", "青海省商务厅"],
        ["代表：王建军", "代表：李文涛", "代表：马晓红"],
        ["职务：副厅长", "职务：副厅长", "职务：副厅长"],
        ["2025年11月20日", "2025年11月20日", "2025年11月20日"],
    ]
    for i, r in enumerate(sig):
        for j, v in enumerate(r):
            set_cell_text(t.rows[i].cells[j], v, FS, 15 if i else 16, bold=(i == 0))

    path = os.path.join(HERE, "blind471_lanzhou_beiwanglu.docx")
    doc.save(path)
    meta = {
        "title": ttl,
        "doc_number": None,
        "issuer": ORGS,
        "date": "2025-11-20",
        "published": None,
        "level": "provincial",
        "region": REGION,
        "effective": "2025-11-20",
        "expires": None,
        "attachments": ["三方联络处室及联络员名单", "2026年联合经贸推介活动初步安排"],
        "doc_type": "备忘录",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (make_xieyi, make_xinwengao, make_beiwanglu):
        path, docs = fn()
        stem = os.path.splitext(os.path.basename(path))[0]
        expected[stem] = docs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_471", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
