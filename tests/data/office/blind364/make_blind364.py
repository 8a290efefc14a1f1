# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 364: 函 / 复函 and 政策解读 (Q&A) test documents."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None, western=None):
    run.font.name = western or name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), western or name)
    rfonts.set(qn("w:hAnsi"), western or name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


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
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    add_page_number(sec)
    return doc


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
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


def border(p, side, val="single", sz=8, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), val)
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def para(doc, segs, align=None, indent=True, size=16, font=FS):
    """segs: str or list of (text, font, bold)."""
    if isinstance(segs, str):
        segs = [(segs, font, False)]
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    for text, f, b in segs:
        r = p.add_run(text)
        set_font(r, f, size, b)
    return p


def empty(doc, n=1):
    for _ in range(n):
        doc.add_paragraph()


def title(doc, lines, size=22):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(size * 1.6)
    for i, line in enumerate(lines):
        r = p.add_run(line)
        set_font(r, XBS, size)
        if i < len(lines) - 1:
            r.add_break()  # soft line break inside the title
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, font=FS, size=12, bold=False, center=True):
    cell.text = ""
    p = cell.paragraphs[0]
    p.paragraph_format.line_spacing = Pt(20)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    set_font(r, font, size, bold)


def data_table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, HT, 12)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.rows[i + 1].cells[j], v, FS, 12, center=(len(v) < 12))
    if widths:
        t.autofit = False
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w * 567)))
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, row)) for row in rows]


def red_header_letter(doc, organ, size=30):
    """信函格式版头: red organ name, red double line."""
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(size * 1.3)
    r = p.add_run(organ)
    set_font(r, XBS, size, color=RED)
    r.font.spacing = Pt(2)
    p2 = doc.add_paragraph()
    p2.paragraph_format.line_spacing = Pt(8)
    border(p2, "bottom", "thickThinSmallGap", 24, "FF0000")


def banji(doc, cc, office, date):
    empty(doc, 2)
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "single", 8)
    border(p, "bottom", "single", 4)
    r = p.add_run("抄送：" + cc)
    set_font(r, FS, 14)
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "bottom", "single", 8)
    pad = max(2, 24 - len(office) - len(date) // 2)
    r = p.add_run(office + "\u3000" * pad + date + "印发")
    set_font(r, FS, 14)


# Word automatic numbering -------------------------------------------------
_num_counter = [80]


def make_numbering(doc, fmt, lvl_text, font=FS):
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
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:suff", "nothing"),
                     ("w:lvlText", lvl_text), ("w:lvlJc", "left")):
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
        rf.set(qn(a), font)
    rpr.append(rf)
    lvl.append(rpr)
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


def set_num(p, num_id):
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


def signature(doc, organ, date, organ_pad=10, date_pad=12):
    """落款 aligned with typed spaces (office habit)."""
    empty(doc, 2)
    p = doc.add_paragraph()
    r = p.add_run("\u3000" * organ_pad + organ)
    set_font(r, FS, 16)
    p = doc.add_paragraph()
    r = p.add_run("\u3000" * date_pad + date)
    set_font(r, FS, 16)


# ======================================================================
# 1. 福建省商务厅 商请函
# ======================================================================
def build_fujian():
    doc = new_doc()
    clauses = []

    def body(segs, **kw):
        p = para(doc, segs, **kw)
        txt = segs if isinstance(segs, str) else "".join(s[0] for s in segs)
        clauses.append(txt.strip("\u3000 "))
        return p

    def h1(text):
        para(doc, [(text, HT, False)])

    red_header_letter(doc, "福建省商务厅")
    p = para(doc, "闽商务函〔2025〕87号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc)
    title(doc, ["福建省商务厅关于商请支持中欧班列（厦门）", "回程货源组织和通关协作的函"])
    empty(doc)
    para(doc, "新疆维吾尔自治区商务厅：", indent=False)

    body("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，推动中欧班列（厦门）稳定运行和提质增效，"
         "进一步畅通我省与中亚、欧洲国家的陆路贸易通道，现就商请贵厅支持中欧班列（厦门）回程货源组织和通关协作有关事项函告如下：")
    h1("一、基本情况")
    body("中欧班列（厦门）自2015年8月首发以来，已形成经阿拉山口、霍尔果斯、二连浩特、满洲里等口岸出境的多条线路，"
         "辐射德国、波兰、匈牙利、哈萨克斯坦、乌兹别克斯坦等12个国家30余个城市。2024年，中欧班列（厦门）全年开行386列、"
         "发运2.9万标箱，其中经新疆口岸出入境的班列占比达62%。")
    body("从运行情况看，受回程货源组织不足、境外集结分拨能力有限等因素影响，2024年回程班列仅占开行总量的31%，"
         "“去多回少”问题较为突出，班列综合运营成本偏高。新疆作为中欧班列西通道的重要枢纽，口岸资源、物流集散和对中亚贸易优势明显，"
         "两地在班列回程货源组织和通关协作方面合作空间广阔。")
    h1("二、商请事项")
    body([("（一）支持回程货源集结。", KT, False),
          ("商请贵厅协调霍尔果斯综合保税区、阿拉山口综合保税区及区内相关企业，依托中哈霍尔果斯国际边境合作中心等平台，"
           "帮助我省班列运营企业对接哈萨克斯坦、乌兹别克斯坦等国的农产品、矿产品、棉纺原料等回程货源，"
           "支持在新疆口岸开展回程货物集拼、分拨作业。", FS, False)])
    body([("（二）加强口岸通关协作。", KT, False),
          ("商请贵厅会同自治区口岸管理等部门，支持霍尔果斯、阿拉山口铁路口岸与厦门海关、厦门港口管理部门开展协作，"
           "推广“铁路快速通关”“一单制”等模式，对中欧班列（厦门）回程货物优先安排换装作业，进一步压缩口岸停留时间。", FS, False)])
    body([("（三）共建闽疆经贸合作平台。", KT, False),
          ("商请贵厅支持我省在乌鲁木齐、喀什等地设立“闽货西进”展示中心和海外仓前置仓，组织两地外贸企业开展供需对接，"
           "并在2025年中国—亚欧商品贸易博览会期间为我省安排专题展区。", FS, False)])
    body([("（四）建立常态化联络机制。", KT, False),
          ("建议两厅建立中欧班列协作联络机制，明确双方牵头处室和联络人员，原则上每半年开展一次工作会商，"
           "及时协调解决班列运行、货源组织和口岸通关中的困难问题。", FS, False)])
    h1("三、我省配套支持措施")
    body("为做好相关衔接，我省将同步采取以下措施：")
    body("1.对经新疆口岸入境的中欧班列（厦门）回程班列，按照《福建省推动中欧班列高质量发展若干措施》有关规定给予运费补助，"
         "回程重箱补助标准上浮10%。")
    body("2.支持厦门国际陆港与新疆有关物流企业开展股权或业务合作，共同组建回程货源集结中心，"
         "对符合条件的项目优先推荐申报省级服务业发展专项资金。")
    body("3.组织省内进口商、加工贸易企业赴新疆开展采购对接，2025年内组织采购团不少于2批次，"
         "重点采购中亚国家优质农副产品和工业原料。")
    body("以上事项妥否，请予研究并函复。")
    body("联系人：省商务厅对外贸易处林晓峰，联系电话：0591-87268513。")
    empty(doc)
    # 附件 list aligned by typed full-width spaces
    para(doc, "附件：1.中欧班列（厦门）回程货源需求清单")
    para(doc, "\u3000\u3000\u30002.福建省中欧班列协作联络人员名单")
    signature(doc, "福建省商务厅", "2025年3月18日", organ_pad=16, date_pad=15)
    empty(doc)
    para(doc, "（此件主动公开）")

    # 附件1
    page_break(doc)
    para(doc, [("附件1", HT, False)], indent=False)
    empty(doc)
    title(doc, ["中欧班列（厦门）回程货源需求清单"], size=20)
    empty(doc)
    clauses += data_table(
        doc, ["序号", "货物品类", "主要来源国", "预计年货运量（标箱）", "拟集结口岸"],
        [["1", "小麦、大麦等粮食作物", "哈萨克斯坦", "1200", "霍尔果斯"],
         ["2", "棉纱、棉短绒等棉纺原料", "乌兹别克斯坦", "800", "阿拉山口"],
         ["3", "铜精矿、锌精矿", "哈萨克斯坦", "600", "阿拉山口"],
         ["4", "干果、番茄酱等农副产品", "乌兹别克斯坦、塔吉克斯坦", "500", "霍尔果斯"],
         ["5", "汽车零部件、机械设备", "德国、波兰", "900", "阿拉山口"]],
        widths=[1.5, 4.5, 3.6, 3.0, 2.8])

    # 附件2
    page_break(doc)
    para(doc, [("附件2", HT, False)], indent=False)
    empty(doc)
    title(doc, ["福建省中欧班列协作联络人员名单"], size=20)
    empty(doc)
    clauses += data_table(
        doc, ["单位", "处室", "姓名", "职务", "联系电话"],
        [["福建省商务厅", "对外贸易处", "林晓峰", "副处长", "0591-87268513"],
         ["福建省人民政府口岸与物流办公室", "物流发展处", "陈静", "一级主任科员", "0591-87095126"],
         ["厦门市商务局", "服务贸易和物流处", "黄志远", "处长", "0592-5053217"]],
        widths=[4.6, 3.4, 2.0, 2.8, 3.0])

    banji(doc, "商务部对外贸易司，福建省人民政府口岸与物流办公室，厦门市商务局。",
          "福建省商务厅办公室", "2025年3月18日")

    meta = {
        "title": "福建省商务厅关于商请支持中欧班列（厦门）回程货源组织和通关协作的函",
        "doc_number": "闽商务函〔2025〕87号",
        "issuer": ["福建省商务厅"],
        "date": "2025-03-18",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": ["中欧班列（厦门）回程货源需求清单", "福建省中欧班列协作联络人员名单"],
        "doc_type": "函",
        "recipients": ["新疆维吾尔自治区商务厅"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ======================================================================
# 2. 新疆维吾尔自治区商务厅 复函
# ======================================================================
def build_xinjiang():
    doc = new_doc()
    clauses = []

    def body(segs, **kw):
        p = para(doc, segs, **kw)
        txt = segs if isinstance(segs, str) else "".join(s[0] for s in segs)
        clauses.append(txt.strip("\u3000 "))
        return p

    def h1(text):
        p = para(doc, [(text, HT, False)])
        return p

    red_header_letter(doc, "新疆维吾尔自治区商务厅", size=28)
    # 文号 typed into a borderless layout table (left cell empty)
    t = doc.add_table(rows=1, cols=2)
    cell_text(t.rows[0].cells[0], "", FS, 16)
    c = t.rows[0].cells[1]
    cell_text(c, "新商务函〔2025〕142号", FS, 16)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    empty(doc)
    title(doc, ["新疆维吾尔自治区商务厅关于支持", "中欧班列（厦门）回程货源组织和通关", "协作有关事项的复函"])
    empty(doc)
    para(doc, "福建省商务厅：", indent=False)

    body("你厅《关于商请支持中欧班列（厦门）回程货源组织和通关协作的函》（闽商务函〔2025〕87号）收悉。"
         "经研究，并商自治区发展改革委、乌鲁木齐海关、中国铁路乌鲁木齐局集团有限公司等单位，现函复如下：")
    h1("一、关于支持回程货源集结")
    body("我厅支持中欧班列（厦门）在新疆口岸开展回程货物集拼分拨。霍尔果斯综合保税区、阿拉山口综合保税区已具备国际货物集拼、"
         "分拨、仓储等功能，2024年两区中欧班列集结中心共完成回程集拼作业1.6万标箱，可为你省班列运营企业提供场站和仓储服务。")
    body("下一步，我厅将重点做好以下工作：")
    nid = make_numbering(doc, "decimal", "%1.")
    items = [
        "组织霍尔果斯、阿拉山口两地综合保税区管理机构与厦门国际陆港建立货源信息共享机制，每月交换回程货源需求和运力安排。",
        "依托自治区对外贸易企业名录，筛选对中亚农产品、矿产品进口业务较多的企业，于2025年6月底前组织一次专场对接活动。",
        "将中欧班列（厦门）回程集拼需求纳入霍尔果斯中欧班列集结中心年度作业计划，在场站作业能力上予以倾斜。",
    ]
    for i, it in enumerate(items, 1):
        p = doc.add_paragraph()
        set_num(p, nid)
        r = p.add_run(it)
        set_font(r, FS, 16)
        clauses.append("%d.%s" % (i, it))
    h1("二、关于加强口岸通关协作")
    body("乌鲁木齐海关支持与厦门海关开展中欧班列通关协作，对中欧班列（厦门）回程货物继续实施“铁路快速通关”模式，"
         "符合条件的货物可在厦门办理海关手续，口岸环节实行“一次申报、一次查验、一次放行”。")
    body("关于回程货物优先换装问题，经商中国铁路乌鲁木齐局集团有限公司，在口岸换装能力允许的前提下，"
         "对中欧班列（厦门）回程班列按照图定班列予以优先安排。因口岸换装作业受境外来车、季节性运输高峰等因素影响，"
         "具体安排请你省班列运营企业与铁路部门加强日常对接。")
    h1("三、关于共建闽疆经贸合作平台")
    body("我厅欢迎你省在乌鲁木齐、喀什等地设立“闽货西进”展示中心，将协调乌鲁木齐国际陆港区、喀什经济开发区在场地租赁、"
         "企业注册等方面提供便利。关于海外仓前置仓建设，建议结合你省企业在中亚国家的市场布局统筹考虑，"
         "我厅可协助对接自治区企业在中亚国家已建成的12个公共海外仓。")
    body("2025年中国—亚欧商品贸易博览会期间，我厅将为你省安排不少于600平方米的专题展区，具体事宜由博览会秘书处另行函商。")
    h1("四、关于建立常态化联络机制")
    body("我厅同意建立两厅中欧班列协作联络机制。我厅由对外贸易处牵头，口岸与物流合作处配合，联络人员名单见附件。"
         "首次工作会商拟于2025年下半年在乌鲁木齐召开，具体时间另行商定。")
    body("特此函复。")
    empty(doc)
    para(doc, "附件：新疆维吾尔自治区商务厅中欧班列协作联络人员名单")
    signature(doc, "新疆维吾尔自治区商务厅", "2025年4月22日", organ_pad=12, date_pad=15)
    empty(doc)
    para(doc, "（此件依申请公开）")

    page_break(doc)
    para(doc, [("附件", HT, False)], indent=False)
    empty(doc)
    title(doc, ["新疆维吾尔自治区商务厅", "中欧班列协作联络人员名单"], size=20)
    empty(doc)
    clauses += data_table(
        doc, ["处室", "姓名", "职务", "联系电话"],
        [["对外贸易处", "阿不都热合曼·买买提", "处长", "0991-2856307"],
         ["对外贸易处", "王海燕", "一级主任科员", "0991-2856315"],
         ["口岸与物流合作处", "赵立新", "副处长", "0991-2856342"]],
        widths=[4.2, 5.0, 3.2, 3.4])

    banji(doc, "商务部对外贸易司，自治区发展改革委，乌鲁木齐海关，中国铁路乌鲁木齐局集团有限公司。",
          "新疆维吾尔自治区商务厅办公室", "2025年4月22日")

    meta = {
        "title": "新疆维吾尔自治区商务厅关于支持中欧班列（厦门）回程货源组织和通关协作有关事项的复函",
        "doc_number": "新商务函〔2025〕142号",
        "issuer": ["新疆维吾尔自治区商务厅"],
        "date": "2025-04-22",
        "published": None,
        "level": "provincial",
        "region": "新疆维吾尔自治区",
        "effective": None,
        "expires": None,
        "attachments": ["新疆维吾尔自治区商务厅中欧班列协作联络人员名单"],
        "doc_type": "复函",
        "recipients": ["福建省商务厅"],
        "publicity": "此件依申请公开",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ======================================================================
# 3. 厦门市商务局 政策解读 (一、…？ style, Word auto numbering on questions)
# ======================================================================
def build_xiamen():
    doc = new_doc()
    clauses = []

    def body(segs, **kw):
        p = para(doc, segs, **kw)
        txt = segs if isinstance(segs, str) else "".join(s[0] for s in segs)
        clauses.append(txt.strip("\u3000 "))
        return p

    qnum = make_numbering(doc, "chineseCounting", "%1、", font=HT)
    qcount = [0]
    cn = "一二三四五六七八九十"

    def question(text):
        p = doc.add_paragraph()
        set_num(p, qnum)
        r = p.add_run(text)
        set_font(r, HT, 16)
        clauses.append(cn[qcount[0]] + "、" + text)
        qcount[0] += 1

    title(doc, ["《厦门市进一步支持跨境电子商务", "高质量发展若干措施》政策解读"])
    empty(doc)
    body("近日，厦门市商务局、厦门市财政局联合印发《厦门市进一步支持跨境电子商务高质量发展若干措施》"
         "（厦商务规〔2025〕3号，以下简称《若干措施》）。为便于社会各界准确理解和把握政策内容，现就有关问题解读如下。")
    question("《若干措施》出台的背景是什么？")
    body("跨境电商是发展速度最快、潜力最大、带动作用最强的外贸新业态。2024年，厦门市跨境电商进出口额达386.5亿元，"
         "同比增长21.3%，中国（厦门）跨境电子商务综合试验区在全国综试区考核评估中位列“第一档”。")
    body("当前，跨境电商发展面临平台竞争加剧、物流成本上升、海外合规要求趋严等新形势。为巩固我市跨境电商发展优势，"
         "用好中国（福建）自由贸易试验区厦门片区和厦门海沧、象屿综合保税区政策叠加优势，推动跨境电商与“丝路海运”、"
         "中欧班列（厦门）等国际物流通道融合发展，市商务局会同市财政局在广泛调研和征求意见的基础上，研究制定了《若干措施》。")
    empty(doc)
    question("《若干措施》的主要内容有哪些？")
    body("《若干措施》共5个方面18条，主要包括：")
    body([("（一）培育壮大经营主体（第1—4条）。", FS, True),
          ("支持跨境电商平台、卖家、服务商落地发展，对新引进的跨境电商平台企业给予落户奖励。", FS, False)])
    body([("（二）完善海外仓布局（第5—7条）。", FS, True),
          ("支持企业在“一带一路”共建国家和RCEP成员国建设和租用海外仓，提升海外仓数字化、智能化水平。", FS, False)])
    body([("（三）拓展物流通道（第8—11条）。", FS, True),
          ("支持跨境电商货物通过“丝路海运”航线、中欧班列（厦门）和国际货运航线出口，对开通跨境电商专线给予补助。", FS, False)])
    body([("（四）推进监管创新（第12—15条）。", FS, True),
          ("依托厦门海沧综合保税区、象屿综合保税区开展跨境电商保税备货、退货中心仓等业务，推广跨境电商B2B出口监管试点。", FS, False)])
    body([("（五）强化要素保障（第16—18条）。", FS, True),
          ("加强跨境电商人才培养、金融支持和统计监测。", FS, False)])
    empty(doc)
    question("对跨境电商经营主体有哪些支持政策？")
    body([("一是支持平台企业落户。", FS, True),
          ("对新引进的跨境电商平台企业，年度跨境电商交易额首次达到5亿元、10亿元、20亿元的，"
           "分别给予100万元、200万元、500万元一次性奖励。", FS, False)])
    body([("二是支持企业做大规模。", FS, True),
          ("对年度跨境电商出口额首次突破1亿元、5亿元的企业，分别给予50万元、100万元奖励。", FS, False)])
    body([("三是支持品牌出海。", FS, True),
          ("对企业在境外主流电商平台开设品牌店铺、注册境外商标的，按实际费用的50%给予补助，单家企业年度补助最高30万元。", FS, False)])
    empty(doc)
    question("海外仓支持政策有哪些具体标准？")
    body("《若干措施》对企业建设和租用海外仓分类给予支持，具体标准如下：")
    clauses.extend(data_table(
        doc, ["支持类型", "支持条件", "支持标准"],
        [["新建海外仓", "在“一带一路”共建国家或RCEP成员国新建，面积不低于5000平方米", "按实际投资额的20%给予补助，最高300万元"],
         ["租用海外仓", "租期1年以上，租用面积不低于1000平方米", "按年度租金的30%给予补助，最高100万元"],
         ["公共海外仓认定", "被认定为市级公共海外仓", "一次性奖励50万元；被认定为省级的，再给予50万元"]],
        widths=[3.0, 6.6, 6.2]))
    body("同一企业同一海外仓项目不得同时享受新建和租用补助。")
    empty(doc)
    question("物流通道方面有哪些支持？")
    body("对跨境电商企业通过“丝路海运”命名航线出口跨境电商货物的，按每标箱500元给予运费补助；"
         "通过中欧班列（厦门）出口跨境电商货物的，按每标箱1000元给予补助。")
    body("对新开通并稳定运营的跨境电商国际货运包机、全货机航线，每条航线每年给予最高200万元补助。")
    empty(doc)
    question("企业如何申报？")
    body("《若干措施》相关奖励补助实行年度申报制度，原则上每年一季度集中受理上一年度的申报。"
         "企业可通过“厦门市商务资金申报系统”在线提交申请材料，由各区商务主管部门初审、市商务局会同市财政局复核后按程序拨付。")
    body("同一项目已获得市级其他同类财政资金支持的，不重复支持。企业如有疑问，可拨打市商务局电子商务处咨询电话0592-5053261。")

    empty(doc)
    p = para(doc, [("【一图读懂】", HT, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bullets = [
        ("", "5个方面18条措施，全链条支持跨境电商高质量发展"),
        ("平台落户：", "交易额首次达5亿元、10亿元、20亿元，分别奖励100万元、200万元、500万元"),
        ("规模突破：", "出口额首次突破1亿元、5亿元，分别奖励50万元、100万元"),
        ("品牌出海：", "按实际费用50%补助，每家每年最高30万元"),
        ("海外仓：", "新建最高补助300万元，租用最高补助100万元，公共海外仓最高奖励100万元"),
        ("物流通道：", "“丝路海运”每标箱补助500元，中欧班列（厦门）每标箱补助1000元"),
        ("申报时间：", "每年一季度集中受理上一年度申报"),
    ]
    for head, rest in bullets:
        segs = [("●", SONG, False)]
        if head:
            segs.append((head, HT, False))
        segs.append((rest, FS, False))
        body(segs)
    signature(doc, "厦门市商务局", "2025年6月10日", organ_pad=16, date_pad=15)

    meta = {
        "title": "《厦门市进一步支持跨境电子商务高质量发展若干措施》政策解读",
        "doc_number": None,
        "issuer": ["厦门市商务局"],
        "date": "2025-06-10",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "政策解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ======================================================================
# 4. 重庆市商务委员会 政策解读 (问：…答：… style)
# ======================================================================
def build_chongqing():
    doc = new_doc()
    clauses = []

    def body(segs, **kw):
        p = para(doc, segs, **kw)
        txt = segs if isinstance(segs, str) else "".join(s[0] for s in segs)
        clauses.append(txt.strip("\u3000 "))
        return p

    def ask(text):
        body([("问：", HT, False), (text, HT, False)])

    def answer(text):
        body([("答：", HT, False), (text, FS, False)])

    title(doc, ["《中国（重庆）自由贸易试验区进一步优化", "外商投资环境若干措施》政策解读"])
    empty(doc)
    # intro typed with leading full-width spaces instead of a paragraph indent
    body("\u3000\u3000为深入贯彻落实《国务院关于进一步优化外商投资环境 加大吸引外商投资力度的意见》，"
         "推动中国（重庆）自由贸易试验区高水平对外开放，重庆市商务委员会会同有关部门研究制定了"
         "《中国（重庆）自由贸易试验区进一步优化外商投资环境若干措施》（以下简称《措施》）。现将有关内容解读如下：",
         indent=False)
    empty(doc)
    ask("《措施》适用于哪些区域？")
    answer("《措施》适用于中国（重庆）自由贸易试验区两江片区、西永片区、果园港片区。")
    body("重庆市内的自贸试验区联动创新区可参照执行。各片区管理机构可结合实际制定实施细则，但不得降低《措施》规定的支持标准。")
    empty(doc)
    ask("《措施》在扩大市场准入方面有哪些举措？")
    answer("《措施》从三个方面扩大市场准入。")
    body("一是全面落实外商投资准入前国民待遇加负面清单管理制度，自贸试验区外商投资准入负面清单之外的领域，按照内外资一致原则实施管理。")
    body("二是支持外商投资企业依法平等参与政府采购，不得以所有制形式、投资者国别、产品品牌等为由限制或排斥外商投资企业参与。")
    body("三是在增值电信、医疗、职业教育等领域，支持符合条件的外商投资项目在两江片区先行先试，争取更多国家扩大开放试点落地。")
    empty(doc)
    ask("对外商投资企业有哪些资金支持？")
    answer("对新设立的外商投资企业，年度实际使用外资金额（不含外方股东贷款）达到1000万美元以上的，"
           "按实际使用外资金额的1%给予奖励，单个企业最高1000万元人民币。")
    body("对世界500强企业、全球行业龙头企业在自贸试验区设立地区总部、研发中心的，一次性给予最高500万元落户奖励。")
    body("上述奖励与市级其他同类政策不重复享受，按照就高原则执行。")
    empty(doc)
    ask("在便利外籍人员往来方面有哪些措施？")
    answer("对外商投资企业邀请的外籍高管、技术人员，可按规定申请口岸签证或办理多次往返签证；"
           "在自贸试验区工作的外籍高层次人才，可按规定申请办理有效期最长5年的工作类居留许可。")
    empty(doc)
    ask("外商投资企业如何用好国际物流通道？")
    answer("《措施》提出，依托中新（重庆）战略性互联互通示范项目，推动西部陆海新通道、中欧班列（成渝）与外商投资企业物流需求精准对接，"
           "为外商投资企业提供“一站式”跨境物流服务。")
    body("同时，支持外商投资企业利用重庆西永综合保税区、重庆两路果园港综合保税区开展保税研发、保税维修、跨境电商等新业态，"
         "符合条件的可申请开展“一带一路”沿线国家进口商品分拨业务。")
    empty(doc)
    ask("外商投资企业遇到问题如何反映？")
    answer("市商务委员会设立外商投资企业服务专线（023-62663190），建立重点外资项目“服务专员”制度，"
           "对投资额1亿美元以上的重点外资项目实行全流程跟踪服务。")
    body("外商投资企业认为行政机关及其工作人员的行政行为侵犯其合法权益的，可以依照《外商投资企业投诉工作办法》向市外商投资企业投诉中心申请协调解决。")

    empty(doc)
    para(doc, [("一图读懂《措施》", HT, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bullets = [
        "●适用范围：两江片区、西永片区、果园港片区",
        "●市场准入：负面清单之外领域内外资一致管理",
        "●资金奖励：年度实际使用外资1000万美元以上，按1%奖励，最高1000万元",
        "●总部落户：设立地区总部、研发中心，最高奖励500万元",
        "●人员往来：外籍高层次人才工作类居留许可最长5年",
        "●服务保障：服务专线023-62663190，“服务专员”全流程跟踪",
    ]
    for b in bullets:
        p = body(b, indent=False)
        p.paragraph_format.left_indent = Pt(32)

    # 落款 placed in a borderless layout table (right column)
    empty(doc, 2)
    t = doc.add_table(rows=2, cols=2)
    for i, txt in enumerate(["重庆市商务委员会", "2026年1月15日"]):
        cell_text(t.rows[i].cells[0], "", FS, 16)
        cell_text(t.rows[i].cells[1], txt, FS, 16)
        t.rows[i].cells[0].width = Cm(9.0)
        t.rows[i].cells[1].width = Cm(6.6)

    meta = {
        "title": "《中国（重庆）自由贸易试验区进一步优化外商投资环境若干措施》政策解读",
        "doc_number": None,
        "issuer": ["重庆市商务委员会"],
        "date": "2026-01-15",
        "published": None,
        "level": "provincial",
        "region": "中国（重庆）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "政策解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ======================================================================
def main():
    builders = [
        ("blind364_fujian_shangqinghan", build_fujian),
        ("blind364_xinjiang_fuhan", build_xinjiang),
        ("blind364_xiamen_jiedu", build_xiamen),
        ("blind364_chongqing_jiedu", build_chongqing),
    ]
    expected = {}
    for stem, fn in builders:
        doc, entries = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = entries
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
