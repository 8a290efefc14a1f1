# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 464: 设区的市 促进条例 as published by the 人大常委会
(公告 + 省人大常委会批准决定 + 条例 with 目录/章/节/条/款/项)."""
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
RED = RGBColor(0xFF, 0x00, 0x00)

BR = "\x0b"  # marker for a soft line break inside a paragraph (not part of clause text)

CN_DIGITS = "〇一二三四五六七八九"


def cn_num(n):
    """1..99 -> 一 .. 九十九 (as used in 第X条 / 第X章)."""
    if n < 10:
        return CN_DIGITS[n]
    t, u = divmod(n, 10)
    s = ("" if t == 1 else CN_DIGITS[t]) + "十"
    if u:
        s += CN_DIGITS[u]
    return s


# ---------------------------------------------------------------- docx helpers

def set_font(run, font, size=16, bold=False, color=None):
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


def fmt_para(p, align=None, first_indent=None, left_indent=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left_indent is not None:
        pf.left_indent = Pt(left_indent)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_runs(p, runs):
    """runs: list of (text, font, size, bold[, color]); BR inside text -> soft line break."""
    for r in runs:
        text, font, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        parts = text.split(BR)
        for i, part in enumerate(parts):
            if i > 0:
                br_run = p.add_run()
                br_run.add_break(WD_BREAK.LINE)
            if part:
                run = p.add_run(part)
                set_font(run, font, size, bold, color)


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._element.append(fc)
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._element.append(fc)
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._element.append(fc)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def new_document():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_number_footer(sec)
    return doc


# --- Word automatic numbering “（一）” (chineseCounting) --------------------------
_ABS_ID = [900]


def new_auto_list(doc):
    """Create a fresh numbering instance (restarting at （一）) and return its numId."""
    numbering = doc.part.numbering_part.element
    abs_id = _ABS_ID[0]
    _ABS_ID[0] += 1
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
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
        rf.set(qn(a), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    nums = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    num_id = max(nums + [0]) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    num.append(an)
    ovr = OxmlElement("w:lvlOverride")
    ovr.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ovr.append(so)
    num.append(ovr)
    numbering.append(num)
    return num_id


def apply_numbering(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def empty(doc):
    p = doc.add_paragraph()
    fmt_para(p)


# ---------------------------------------------------------------- 条例 writer

def write_regulation(doc, clauses, articles, style):
    """articles: list of chapters:
         ("章", name) | ("节", name) | ("条", [paras])
       paras: str (款) | ("项", text) | ("auto", text)
       Returns nothing, appends clause texts to `clauses`."""
    art_no = 0
    chap_no = 0
    sec_no = 0
    auto_id = None
    for kind, val in articles:
        if kind == "章":
            chap_no += 1
            sec_no = 0
            head = "第%s章　%s" % (cn_num(chap_no), val)
            if style.get("blank_before_chapter"):
                empty(doc)
            p = doc.add_paragraph()
            fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=28,
                     before=style.get("chap_before", 0), after=style.get("chap_after", 0))
            add_runs(p, [(head, style["chap_font"], 16, style.get("chap_bold", False))])
            if style.get("blank_after_chapter"):
                empty(doc)
        elif kind == "节":
            sec_no += 1
            head = "第%s节　%s" % (cn_num(sec_no), val)
            p = doc.add_paragraph()
            fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER)
            add_runs(p, [(head, KT, 16, True)])
        elif kind == "条":
            art_no += 1
            label = "第%s条" % cn_num(art_no)
            auto_id = None
            for i, para in enumerate(val):
                if i == 0:
                    p = doc.add_paragraph()
                    fmt_para(p, first_indent=32)
                    add_runs(p, [(label, style["art_font"], 16, style.get("art_bold", False)),
                                 (style.get("art_sep", "　") + para, FS, 16, False)])
                    clauses.append(label + style.get("art_sep", "　") + para.replace(BR, ""))
                elif isinstance(para, tuple) and para[0] == "项":
                    p = doc.add_paragraph()
                    fmt_para(p, first_indent=32)
                    add_runs(p, [(para[1], FS, 16, False)])
                    clauses.append(para[1].replace(BR, ""))
                elif isinstance(para, tuple) and para[0] == "auto":
                    if auto_id is None:
                        auto_id = new_auto_list(doc)
                        item_no = 0
                    item_no += 1
                    p = doc.add_paragraph()
                    fmt_para(p)
                    apply_numbering(p, auto_id)
                    add_runs(p, [(para[1], FS, 16, False)])
                    clauses.append("（%s）" % cn_num(item_no) + para[1].replace(BR, ""))
                else:
                    auto_id = None
                    p = doc.add_paragraph()
                    fmt_para(p, first_indent=32)
                    add_runs(p, [(para, FS, 16, False)])
                    clauses.append(para.replace(BR, ""))
            if style.get("blank_between_articles"):
                empty(doc)


def write_toc(doc, articles, style):
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=8, after=4)
    add_runs(p, [(style.get("toc_title", "目　　录"), HT, 16, False)])
    chap_no = 0
    sec_no = 0
    for kind, val in articles:
        if kind == "章":
            chap_no += 1
            sec_no = 0
            p = doc.add_paragraph()
            fmt_para(p, first_indent=32)
            add_runs(p, [("第%s章　%s" % (cn_num(chap_no), val), KT, 16, False)])
        elif kind == "节":
            sec_no += 1
            p = doc.add_paragraph()
            fmt_para(p, left_indent=64, first_indent=32)
            add_runs(p, [("第%s节　%s" % (cn_num(sec_no), val), KT, 16, False)])
    empty(doc)


# ================================================================ document 1: 福州

FZ_TITLE = "福州市跨境电子商务促进条例"
FZ_ARTICLES = [
    ("章", "总　　则"),
    ("条", ["为了促进跨境电子商务高质量发展，推动贸易方式创新，建设“海上福州”和“丝路海港”核心区，服务共建“一带一路”，根据《中华人民共和国电子商务法》《中华人民共和国对外贸易法》等有关法律、法规，结合本市实际，制定本条例。"]),
    ("条", ["本市行政区域内跨境电子商务的促进、服务、监督管理等活动，适用本条例。",
            "本条例所称跨境电子商务，是指分属不同关境的交易主体，通过互联网等信息网络达成交易、进行支付结算，并通过跨境物流送达商品、完成交易的国际商业活动。"]),
    ("条", ["跨境电子商务发展应当坚持政府引导、市场主导、开放创新、包容审慎的原则，推动跨境电子商务与本市产业融合发展。"]),
    ("条", ["市、县（市）区人民政府应当加强对跨境电子商务发展工作的领导，将其纳入国民经济和社会发展规划，建立健全协调机制，研究解决发展中的重大问题，所需经费列入本级财政预算。",
            "福州新区、福州高新技术产业开发区、中国（福建）自由贸易试验区福州片区管理机构按照职责做好本区域内跨境电子商务促进工作。"]),
    ("条", ["市商务主管部门是本市跨境电子商务工作的主管部门，负责统筹协调、规划指导和服务保障等工作。",
            "发展和改革、工业和信息化、财政、交通运输、市场监督管理、数据管理、金融管理、邮政管理等部门按照各自职责，做好跨境电子商务促进相关工作。",
            "海关、税务、外汇管理等部门按照各自职责，做好跨境电子商务监管服务工作。"]),
    ("条", ["跨境电子商务行业协会应当加强行业自律，建立健全行业规范，开展业务培训、信息交流、纠纷调解等服务，维护会员合法权益。"]),
    ("章", "发展促进"),
    ("条", ["市商务主管部门应当会同有关部门编制跨境电子商务发展专项规划，明确发展目标、重点任务、空间布局和保障措施，报市人民政府批准后组织实施。"]),
    ("条", ["市、县（市）区人民政府应当支持跨境电子商务产业园区建设，推动园区完善下列功能：",
            ("项", "（一）通关、检验检疫、结汇、退税等一站式服务；"),
            ("项", "（二）仓储、分拣、配送等物流服务；"),
            ("项", "（三）品牌孵化、人才培训、直播营销等配套服务；"),
            ("项", "（四）法律、知识产权、信用评价等专业服务。"),
            "对符合条件的跨境电子商务产业园区，按照有关规定给予资金支持。"]),
    ("条", ["鼓励传统外贸企业、生产制造企业利用跨境电子商务拓展国际市场，推动纺织鞋服、食品加工、工艺美术、电子信息等本市优势产业与跨境电子商务融合发展，培育“福州制造”跨境电子商务品牌。"]),
    ("条", ["支持企业在共建“一带一路”国家和地区以及其他重点市场建设、租用海外仓，完善海外仓信息系统和售后服务功能。",
            "鼓励海外仓企业与物流、金融、保险等企业合作，提供头程运输、仓储配送、退换货等一体化服务。"]),
    ("条", ["支持跨境电子商务企业开展直播电商、社交电商、独立站等新业态新模式，鼓励企业运用人工智能、大数据、区块链等技术提升运营能力。"]),
    ("条", ["鼓励跨境电子商务平台企业在本市设立总部、区域总部、结算中心和研发中心。对在本市新设立或者新引进的跨境电子商务龙头企业，市、县（市）区人民政府可以按照有关规定给予支持。"]),
    ("条", ["支持发展跨境电子商务零售进口业务，推动福州综合保税区等海关特殊监管区域和保税物流中心开展网购保税进口业务。"]),
    ("章", "通关与物流"),
    ("条", ["海关等部门应当推进跨境电子商务通关便利化，支持跨境电子商务企业适用直购进口、网购保税进口、企业对企业直接出口、出口海外仓等监管模式。"]),
    ("条", ["市人民政府应当依托国际贸易“单一窗口”建设跨境电子商务公共服务平台，实现信息互换、" + BR + "监管互认、执法互助，为企业提供备案、申报、查询、结汇、退税等服务。",
            "有关部门应当按照规定向跨境电子商务公共服务平台共享相关数据，但涉及国家秘密、商业秘密和个人信息的，依照有关法律、法规的规定执行。"]),
    ("条", ["市交通运输、邮政管理等部门应当统筹港口、机场、铁路、公路等物流资源，支持开通和加密国际航线、中欧（亚）班列和海铁联运线路，完善跨境电子商务国际物流通道。"]),
    ("条", ["支持建设跨境电子商务监管中心、国际邮件互换中心和国际快件监管中心，推动邮件、快件、跨境电子商务货物集约化监管。"]),
    ("条", ["鼓励物流企业建设智能化仓储分拨中心，发展跨境电子商务集货、拼箱、分拨等业务，降低企业物流成本。"]),
    ("章", "金融与人才支持"),
    ("条", ["鼓励银行业金融机构在依法合规、风险可控的前提下，为跨境电子商务企业提供跨境结算、订单融资、仓单质押、出口信用保险保单融资等金融服务。"]),
    ("条", ["支持符合条件的非银行支付机构依法开展跨境支付业务，提升跨境电子商务收结汇便利化水平。",
            "外汇管理部门应当指导银行优化跨境电子商务外汇业务流程，推动贸易外汇收支便利化。"]),
    ("条", ["市、县（市）区人民政府应当将跨境电子商务人才纳入本地人才政策支持范围，对符合条件的高层次人才在落户、住房、子女教育等方面按照有关规定给予支持。"]),
    ("条", ["支持高等学校、职业学校开设跨境电子商务相关专业和课程，鼓励校企合作共建实训基地，开展订单式人才培养。"]),
    ("章", "服务保障与风险防控"),
    ("条", ["市商务主管部门应当建立跨境电子商务统计监测制度，会同有关部门开展数据采集、分析和发布工作。"]),
    ("条", ["市市场监督管理部门应当加强跨境电子商务知识产权保护，建立海外知识产权纠纷应对指导机制，为企业提供预警、咨询和维权援助服务。"]),
    ("条", ["有关部门应当建立跨境电子商务信用评价体系，依法对守信主体实施激励措施，对失信主体实施惩戒措施。"]),
    ("条", ["跨境电子商务经营者应当遵守下列规定：",
            ("项", "（一）依法办理登记、备案等手续；"),
            ("项", "（二）如实申报进出口商品信息，不得伪报、瞒报；"),
            ("项", "（三）保障商品质量安全，履行消费者权益保护义务；"),
            ("项", "（四）依法收集、使用、存储个人信息和重要数据；"),
            ("项", "（五）法律、法规规定的其他义务。")]),
    ("条", ["有关部门应当建立跨境电子商务风险防控机制，加强对质量安全、数据安全、资金安全等风险的监测预警和处置。"]),
    ("条", ["对跨境电子商务新业态新模式实行包容审慎监管。对首次违法且情节轻微并及时改正、没有造成危害后果的，依法不予行政处罚。"]),
    ("章", "附　　则"),
    ("条", ["违反本条例规定的行为，法律、法规已有法律责任规定的，从其规定。"]),
    ("条", ["本条例自2026年3月1日起施行。"]),
]


def make_fuzhou():
    doc = new_document()
    docs = []

    # ---- 公告 ----
    c = []
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, before=12)
    add_runs(p, [("福州市人民代表大会常务委员会公告", XBS, 22, False, RED)])
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=30, after=6)
    add_runs(p, [("（第三十二号）", FS, 16, False)])
    bottom_border(p)
    empty(doc)
    body = ("《福州市跨境电子商务促进条例》已于2025年10月28日经福州市第十七届人民代表大会常务委员会第二十七次会议通过，"
            "2025年11月28日经福建省第十四届人民代表大会常务委员会第二十次会议批准，现予公布，自2026年3月1日起施行。")
    p = doc.add_paragraph()
    fmt_para(p, first_indent=32)
    add_runs(p, [(body, FS, 16, False)])
    c.append(body)
    empty(doc)
    # 落款: right aligned organ, date typed with manual full-width spaces for centering under it
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_runs(p, [("福州市人民代表大会常务委员会", FS, 16, False)])
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_runs(p, [("2025年12月5日　　　", FS, 16, False)])
    docs.append({
        "meta": {
            "title": "福州市人民代表大会常务委员会公告",
            "doc_number": "第三十二号",
            "issuer": ["福州市人民代表大会常务委员会"],
            "date": "2025-12-05",
            "published": "2025-12-05",
            "level": "municipal",
            "region": "福州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": c,
    })

    # ---- 批准决定 (title typed as two separate paragraphs) ----
    empty(doc)
    empty(doc)
    c = []
    for t in ("福建省人民代表大会常务委员会", "关于批准《福州市跨境电子商务促进条例》的决定"):
        p = doc.add_paragraph()
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
        add_runs(p, [(t, XBS, 18, False)])
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    add_runs(p, [("（2025年11月28日福建省第十四届人民代表大会常务委员会第二十次会议通过）", KT, 14, False)])
    body = ("福建省第十四届人民代表大会常务委员会第二十次会议审查了《福州市跨境电子商务促进条例》，"
            "决定予以批准，由福州市人民代表大会常务委员会公布施行。")
    p = doc.add_paragraph()
    fmt_para(p, first_indent=32)
    add_runs(p, [(body, FS, 16, False)])
    c.append(body)
    docs.append({
        "meta": {
            "title": "福建省人民代表大会常务委员会关于批准《福州市跨境电子商务促进条例》的决定",
            "doc_number": None,
            "issuer": ["福建省人民代表大会常务委员会"],
            "date": "2025-11-28",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "决定",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": c,
    })

    # ---- 条例 ----
    page_break(doc)
    c = []
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    add_runs(p, [(FZ_TITLE, XBS, 22, False)])
    p = doc.add_paragraph()
    fmt_para(p, left_indent=48, first_indent=0, line=24)
    add_runs(p, [("（2025年10月28日福州市第十七届人民代表大会常务委员会第二十七次会议通过　"
                  "2025年11月28日福建省第十四届人民代表大会常务委员会第二十次会议批准）", KT, 14, False)])
    p.paragraph_format.right_indent = Pt(48)
    write_toc(doc, FZ_ARTICLES, {})
    write_regulation(doc, c, FZ_ARTICLES, {
        "chap_font": HT, "art_font": HT, "blank_before_chapter": True,
    })
    docs.append({
        "meta": {
            "title": FZ_TITLE,
            "doc_number": None,
            "issuer": ["福州市人民代表大会常务委员会"],
            "date": "2025-10-28",
            "published": "2025-12-05",
            "level": "municipal",
            "region": "福州市",
            "effective": "2026-03-01",
            "expires": None,
            "attachments": [],
            "doc_type": "条例",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": c,
    })
    return doc, docs


# ================================================================ document 2: 青岛

QD_TITLE = "青岛市综合保税区发展促进条例"
QD_ARTICLES = [
    ("章", "总　　则"),
    ("条", ["为了推动综合保税区高质量发展，发挥综合保税区在对外开放中的平台作用，服务构建新发展格局和共建“一带一路”，根据《中华人民共和国海关法》等有关法律、行政法规，结合本市实际，制定本条例。"]),
    ("条", ["本条例适用于本市行政区域内经国务院批准设立的综合保税区的规划建设、产业发展、运营管理和服务保障等活动。",
            "本条例所称综合保税区，包括青岛前湾综合保税区、青岛西海岸综合保税区、青岛胶州湾综合保税区、青岛即墨综合保税区、青岛空港综合保税区以及经国务院批准新设立的综合保税区。"]),
    ("条", ["综合保税区发展应当坚持改革创新、开放引领、统筹协调、安全可控的原则，推动建设加工制造中心、研发设计中心、物流分拨中心、检测维修中心和销售服务中心。"]),
    ("条", ["市人民政府应当加强对综合保税区发展工作的领导，建立综合保税区发展联席会议制度，统筹解决综合保税区发展中的重大问题。",
            "综合保税区所在区（市）人民政府应当落实属地责任，做好综合保税区的基础设施建设、公共服务和安全管理等工作。"]),
    ("条", ["综合保税区管理机构负责综合保税区的日常管理工作，履行下列职责：",
            ("auto", "组织编制并实施综合保税区发展规划；"),
            ("auto", "负责区内投资促进、企业服务和统计监测；"),
            ("auto", "配合海关等部门做好监管有关工作；"),
            ("auto", "管理区内基础设施和公共服务设施；"),
            ("auto", "市、区（市）人民政府赋予的其他职责。")]),
    ("条", ["市商务主管部门负责综合保税区发展的综合协调和指导推动工作。",
            "发展改革、财政、自然资源和规划、交通运输、市场监管、税务、金融管理等部门按照各自职责，做好综合保税区相关工作。",
            "海关依法履行综合保税区监管职责，支持综合保税区创新发展。"]),
    ("章", "规划与建设"),
    ("条", ["综合保税区发展规划应当与国土空间规划、产业发展规划、口岸发展规划相衔接，经市人民政府批准后组织实施。"]),
    ("条", ["综合保税区所在区（市）人民政府应当按照海关监管要求，建设隔离围网、卡口、视频监控、信息化管理平台等监管设施。"]),
    ("条", ["综合保税区内的土地应当优先用于保税加工、保税物流、保税服务等产业项目。",
            "对综合保税区内闲置、低效利用的土地和厂房，综合保税区管理机构应当会同有关部门依法予以盘活。"]),
    ("条", ["支持综合保税区与中国（山东）自由贸易试验区青岛片区、中国—上海合作组织地方经贸合作示范区联动发展，推动制度创新成果在综合保税区复制推广。"]),
    ("章", "产业发展"),
    ("条", ["综合保税区应当围绕本市重点产业链，重点发展集成电路、新型显示、高端装备、生物医药等保税加工产业，培育具有国际竞争力的产业集群。"]),
    ("条", ["支持综合保税区内企业开展下列业务：",
            ("auto", "全球维修和再制造；"),
            ("auto", "研发设计和检测认证；"),
            ("auto", "融资租赁和期货保税交割；"),
            ("auto", "跨境电子商务网购保税进口和出口监管仓储；"),
            ("auto", "大宗商品保税仓储、分拨和交易。"),
            "前款规定的业务涉及行政许可的，依法办理相关手续。"]),
    ("条", ["支持在综合保税区内建设进口商品展示交易中心和保税展示交易平台，在符合海关监管要求的前提下开展“保税展示＋跨境电商”等业务。"]),
    ("条", ["鼓励综合保税区内企业利用青岛港、中欧班列（齐鲁号）、上合示范区多式联运中心等物流资源，发展国际中转集拼、海铁联运和保税物流分拨业务。"]),
    ("条", ["综合保税区内符合条件的企业，可以按照规定申请开展增值税一般纳税人资格试点，统筹利用国际国内两个市场、两种资源。"]),
    ("章", "通关便利"),
    ("条", ["海关应当在综合保税区推行“分送集报”“批次进出、集中申报”“智能卡口验放”等便利化监管措施，提高通关效率。"]),
    ("条", ["推动综合保税区与港口、机场、铁路场站之间实行“一次申报、一次查验、一次放行”的联动通关模式。"]),
    ("条", ["依托国际贸易“单一窗口”建设综合保税区信息化公共服务平台，实现企业申报、部门审批、海关监管等信息互联共享。"]),
    ("条", ["支持综合保税区开展监管制度创新试点。对符合条件的改革事项，有关部门应当积极争取国家授权。"]),
    ("章", "服务保障"),
    ("条", ["市、区（市）人民政府应当安排综合保税区发展资金，用于支持综合保税区基础设施建设、招商引资、产业培育和公共服务平台建设。"]),
    ("条", ["鼓励金融机构为综合保税区内企业提供跨境结算、贸易融资、保税仓单质押等金融服务。"]),
    ("条", ["综合保税区管理机构应当建立企业服务专员制度，为区内企业提供政策咨询、项目落地、手续办理等全流程服务。"]),
    ("条", ["市人民政府应当建立综合保税区发展绩效评价制度，对综合保税区的产业规模、进出口贸易、利用外资等情况进行年度评价，评价结果作为资源配置的重要依据。"]),
    ("条", ["有关部门应当加强综合保税区安全生产、生态环境、公共卫生等风险防控，建立健全应急处置机制。"]),
    ("章", "附　　则"),
    ("条", ["本市其他海关特殊监管区域和保税监管场所的发展促进工作，参照本条例执行。"]),
    ("条", ["本条例自2026年4月1日起施行。2006年8月25日青岛市第十三届人民代表大会常务委员会第三十次会议通过、2006年9月29日山东省第十届人民代表大会常务委员会第二十三次会议批准的《青岛保税区条例》同时废止。"]),
]


def no_borders(table):
    tbl = table._tbl
    tblpr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def make_qingdao():
    doc = new_document()
    docs = []

    # ---- 公告 ----
    c = []
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, before=12)
    add_runs(p, [("青岛市人民代表大会常务委员会", XBS, 22, False, RED)])
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    add_runs(p, [("公　　告", XBS, 22, False, RED)])
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=30, after=6)
    add_runs(p, [("第12号", FS, 16, False)])
    bottom_border(p, sz=18)
    empty(doc)
    body = ("《青岛市综合保税区发展促进条例》已于2025年11月20日经青岛市第十七届人民代表大会常务委员会第二十六次会议通过，"
            "2025年12月19日经山东省第十四届人民代表大会常务委员会第十九次会议批准，现予公布，自2026年4月1日起施行。")
    p = doc.add_paragraph()
    fmt_para(p, first_indent=32)
    add_runs(p, [(body, FS, 16, False)])
    c.append(body)
    empty(doc)
    # 落款 in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row, txt in ((0, "青岛市人民代表大会常务委员会"), (1, "二〇二五年十二月二十六日")):
        cell = t.cell(row, 1)
        cp = cell.paragraphs[0]
        fmt_para(cp, align=WD_ALIGN_PARAGRAPH.CENTER)
        add_runs(cp, [(txt, FS, 16, False)])
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), (Cm(5.0), Cm(10.6))):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        row.cells[0].width = Cm(5.0)
        row.cells[1].width = Cm(10.6)
    docs.append({
        "meta": {
            "title": "青岛市人民代表大会常务委员会公告",
            "doc_number": "第12号",
            "issuer": ["青岛市人民代表大会常务委员会"],
            "date": "2025-12-26",
            "published": "2025-12-26",
            "level": "municipal",
            "region": "青岛市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": c,
    })

    # ---- 批准决定 ----
    page_break(doc)
    c = []
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    add_runs(p, [("山东省人民代表大会常务委员会关于批准《青岛市综合保税区发展促进条例》的决定", XBS, 18, False)])
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    add_runs(p, [("（2025年12月19日山东省第十四届人民代表大会常务委员会第十九次会议通过）", KT, 14, False)])
    body1 = ("山东省第十四届人民代表大会常务委员会第十九次会议对青岛市人民代表大会常务委员会报请批准的"
             "《青岛市综合保税区发展促进条例》进行了审查。")
    body2 = ("会议认为，该条例与宪法、法律、行政法规和本省地方性法规不抵触，决定予以批准，"
             "由青岛市人民代表大会常务委员会公布施行。")
    for b in (body1, body2):
        p = doc.add_paragraph()
        fmt_para(p, first_indent=32)
        add_runs(p, [(b, FS, 16, False)])
        c.append(b)
    docs.append({
        "meta": {
            "title": "山东省人民代表大会常务委员会关于批准《青岛市综合保税区发展促进条例》的决定",
            "doc_number": None,
            "issuer": ["山东省人民代表大会常务委员会"],
            "date": "2025-12-19",
            "published": None,
            "level": "provincial",
            "region": "山东省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "决定",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": c,
    })

    # ---- 条例 (no page break; just blank lines) ----
    empty(doc)
    empty(doc)
    c = []
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    add_runs(p, [(QD_TITLE, XBS, 22, False)])
    # 题注 broken by a soft line break into two lines
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=24)
    add_runs(p, [("（2025年11月20日青岛市第十七届人民代表大会常务委员会第二十六次会议通过" + BR +
                  "2025年12月19日山东省第十四届人民代表大会常务委员会第十九次会议批准）", KT, 14, False)])
    write_toc(doc, QD_ARTICLES, {"toc_title": "目录"})
    write_regulation(doc, c, QD_ARTICLES, {
        "chap_font": FS, "chap_bold": True, "art_font": FS, "art_bold": True,
        "blank_before_chapter": True, "blank_after_chapter": True,
    })
    docs.append({
        "meta": {
            "title": QD_TITLE,
            "doc_number": None,
            "issuer": ["青岛市人民代表大会常务委员会"],
            "date": "2025-11-20",
            "published": "2025-12-26",
            "level": "municipal",
            "region": "青岛市",
            "effective": "2026-04-01",
            "expires": None,
            "attachments": [],
            "doc_type": "条例",
            "recipients": [],
            "publicity": None,
            "repeals": "青岛保税区条例",
        },
        "clauses": c,
    })
    return doc, docs


# ================================================================ document 3: 西安

XA_TITLE = "西安市中欧班列（长安号）发展促进条例"
XA_ARTICLES = [
    ("章", "总　　则"),
    ("条", ["为了促进中欧班列（长安号）高质量发展，建设内陆开放高地和国际物流枢纽，服务共建“一带一路”，根据有关法律、法规，结合本市实际，制定本条例。"]),
    ("条", ["本市行政区域内中欧班列（长安号）的通道建设、集结运营、产业融合、服务保障等活动，适用本条例。",
            "本条例所称中欧班列（长安号）（以下简称长安号），是指以本市为始发地或者终到地，按照固定车次、线路、班期和全程运行时刻开行，" + BR +
            "往来于中国与欧洲以及共建“一带一路”国家和地区之间的集装箱等铁路国际联运列车。"]),
    ("条", ["长安号发展应当坚持政府引导、市场运作、开放合作、安全高效的原则。"]),
    ("条", ["市人民政府应当加强对长安号发展工作的领导，建立健全工作协调机制，将长安号发展纳入国民经济和社会发展规划。",
            "西安国际港务区管理委员会负责长安号集结中心的规划建设和运营服务等具体工作。"]),
    ("条", ["市商务主管部门负责长安号发展的统筹协调和督促指导工作。",
            "发展改革、财政、交通运输、自然资源和规划、市场监督管理等部门按照各自职责，做好长安号发展相关工作。"]),
    ("条", ["本市支持长安号运营平台公司按照市场化原则运营，提升运营管理水平和国际竞争力。"]),
    ("章", "通道与枢纽建设"),
    ("节", "通道建设"),
    ("条", ["市人民政府应当会同国家铁路运输企业，稳定开行中欧、中亚干线线路，拓展跨里海、中越、中老等国际通道，加密至共建“一带一路”国家和地区重要节点城市的班次。"]),
    ("条", ["支持长安号与海运、空运、公路运输有效衔接，发展“长安号＋海铁联运”“长安号＋跨境电商”“长安号＋冷链”等多式联运模式。"]),
    ("条", ["鼓励长安号运营平台公司在境外重要节点城市设立办事机构、海外仓和集散分拨中心，完善境外服务网络。"]),
    ("节", "枢纽建设"),
    ("条", ["西安国际港站等铁路场站应当完善集装箱作业、换装、仓储等功能，提升集结编组和运输组织能力。"]),
    ("条", ["支持西安国际港务区建设中欧班列集结中心示范工程，推动集结中心与西安国际陆港保税物流中心、西安铁路物流基地等协同发展。"]),
    ("条", ["本市建立长安号集结分拨网络，鼓励省内外城市在本市设立货源集结点，开行“点对点”接驳班列。"]),
    ("章", "产业融合发展"),
    ("条", ["市、区县人民政府和开发区管理委员会应当推动长安号与本市先进制造业、现代物流业、商贸服务业融合发展，培育“班列＋园区”“班列＋产业”发展模式。"]),
    ("条", ["支持企业利用长安号开展汽车及零部件、机械装备、电子产品等出口业务和木材、粮食、矿产品等进口业务，建设进口商品分拨集散中心。"]),
    ("条", ["支持依托长安号开展跨境电子商务、保税物流、国际中转集拼等业务，发展枢纽经济。"]),
    ("条", ["鼓励金融机构创新长安号相关金融产品和服务，开展下列业务：",
            ("项", "（一）铁路运单融资和多式联运“一单制”提单融资；"),
            ("项", "（二）运费贷、仓单质押等供应链金融服务；"),
            ("项", "（三）出口信用保险和货物运输保险；"),
            ("项", "（四）跨境人民币结算。"),
            "有关部门应当支持探索长安号运输单证物权化，推动其在金融领域的应用。"]),
    ("章", "通关与服务保障"),
    ("条", ["海关等部门应当优化长安号通关监管模式，推行“提前申报”“两步申报”“铁路快通”等便利化措施，压缩通关时间。"]),
    ("条", ["依托国际贸易“单一窗口”建设长安号综合信息服务平台，为企业提供订舱、报关、物流跟踪、结算等一站式服务。"]),
    ("条", ["市财政部门应当会同有关部门统筹安排长安号发展资金。资金使用应当突出支持通道拓展、集结中心建设和产业培育，并逐步减少对运输费用的直接补贴。"]),
    ("条", ["市人民政府应当会同有关部门建立长安号运行监测和安全保障机制，加强对境外运输风险的研判和应急处置。",
            "长安号运营平台公司应当制定应急预案，定期开展应急演练。"]),
    ("条", ["有关部门应当加强与沿线国家和地区相关机构在通关、检验检疫、标准认证等领域的交流合作，推动规则、标准对接。"]),
    ("条", ["本市建立长安号国际物流人才培养机制，支持高等学校、职业学校与企业合作，培养国际物流、国际贸易、多语种等专业人才。"]),
    ("章", "附　　则"),
    ("条", ["本条例下列用语的含义：",
            ("项", "（一）集结中心，是指具有货源集结、编组发运、分拨配送等功能的中欧班列枢纽节点；"),
            ("项", "（二）多式联运“一单制”，是指货物运输全程一次委托、一单到底、一次结算的运输组织方式。")]),
    ("条", ["本条例自2026年7月1日起施行。"]),
]


def make_xian():
    doc = new_document()
    docs = []

    # ---- 公告 ----
    c = []
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, before=12)
    add_runs(p, [("西安市人民代表大会常务委员会公告", XBS, 22, False, RED)])
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=30, after=6)
    add_runs(p, [("〔十七届〕第二十一号", FS, 16, False)])
    bottom_border(p)
    empty(doc)
    b1 = ("《西安市中欧班列（长安号）发展促进条例》已于2025年12月25日经西安市第十七届人民代表大会常务委员会第二十四次会议通过，"
          "2026年3月27日经陕西省第十四届人民代表大会常务委员会第十八次会议批准，现予公布。")
    b2 = "本条例自2026年7月1日起施行。"
    for b in (b1, b2):
        p = doc.add_paragraph()
        fmt_para(p, first_indent=32)
        add_runs(p, [(b, FS, 16, False)])
        c.append(b)
    empty(doc)
    empty(doc)
    # 落款 typed with leading ASCII spaces instead of right alignment
    p = doc.add_paragraph()
    fmt_para(p)
    add_runs(p, [("                  西安市人民代表大会常务委员会", FS, 16, False)])
    p = doc.add_paragraph()
    fmt_para(p)
    add_runs(p, [("                          2026年4月8日", FS, 16, False)])
    docs.append({
        "meta": {
            "title": "西安市人民代表大会常务委员会公告",
            "doc_number": "〔十七届〕第二十一号",
            "issuer": ["西安市人民代表大会常务委员会"],
            "date": "2026-04-08",
            "published": "2026-04-08",
            "level": "municipal",
            "region": "西安市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": c,
    })

    # ---- 批准决定 (title broken with a soft line break) ----
    page_break(doc)
    c = []
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    add_runs(p, [("陕西省人民代表大会常务委员会" + BR +
                  "关于批准《西安市中欧班列（长安号）发展促进条例》的决定", XBS, 18, False)])
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    add_runs(p, [("（2026年3月27日陕西省第十四届人民代表大会常务委员会第十八次会议通过）", KT, 14, False)])
    body = ("根据《中华人民共和国立法法》第八十一条的规定，陕西省第十四届人民代表大会常务委员会第十八次会议对"
            "西安市人民代表大会常务委员会报请批准的《西安市中欧班列（长安号）发展促进条例》进行了审查，"
            "认为该条例与宪法、法律、行政法规和本省地方性法规不抵触，决定予以批准，由西安市人民代表大会常务委员会公布施行。")
    p = doc.add_paragraph()
    fmt_para(p, first_indent=32)
    add_runs(p, [(body, FS, 16, False)])
    c.append(body)
    docs.append({
        "meta": {
            "title": "陕西省人民代表大会常务委员会关于批准《西安市中欧班列（长安号）发展促进条例》的决定",
            "doc_number": None,
            "issuer": ["陕西省人民代表大会常务委员会"],
            "date": "2026-03-27",
            "published": None,
            "level": "provincial",
            "region": "陕西省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "决定",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": c,
    })

    # ---- 条例 ----
    page_break(doc)
    c = []
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    add_runs(p, [(XA_TITLE, XBS, 22, False)])
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=24)
    add_runs(p, [("（2025年12月25日西安市第十七届人民代表大会常务委员会第二十四次会议通过", KT, 14, False)])
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=24)
    add_runs(p, [("2026年3月27日陕西省第十四届人民代表大会常务委员会第十八次会议批准）", KT, 14, False)])
    write_toc(doc, XA_ARTICLES, {})
    write_regulation(doc, c, XA_ARTICLES, {
        "chap_font": HT, "art_font": HT, "blank_before_chapter": True,
        "blank_between_articles": False,
    })
    docs.append({
        "meta": {
            "title": XA_TITLE,
            "doc_number": None,
            "issuer": ["西安市人民代表大会常务委员会"],
            "date": "2025-12-25",
            "published": "2026-04-08",
            "level": "municipal",
            "region": "西安市",
            "effective": "2026-07-01",
            "expires": None,
            "attachments": [],
            "doc_type": "条例",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": c,
    })
    return doc, docs


# ================================================================ main

def main():
    expected = {}
    for stem, fn in (("blind464_fuzhou_tiaoli", make_fuzhou),
                     ("blind464_qingdao_tiaoli", make_qingdao),
                     ("blind464_xian_tiaoli", make_xian)):
        doc, docs = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = docs
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_464", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
