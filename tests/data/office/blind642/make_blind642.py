# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 642: 2026丝路经贸合作论坛 邀请函 / 日程 / 邀请参会的函."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"


# ---------------------------------------------------------------- helpers
def set_font(run, font=FS, size=16, bold=False, color=None, underline=False):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.underline = underline
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, right_indent=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if right_indent is not None:
        pf.right_indent = right_indent
    return p


def para(container, text="", font=FS, size=16, bold=False, align=None, indent=True,
         line=28, color=None, right_indent=None):
    p = container.add_paragraph()
    fmt(p, align=align, indent=indent, line=line, right_indent=right_indent)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(container, parts, align=None, indent=True, line=28):
    """parts: list of (text, font, bold)"""
    p = container.add_paragraph()
    fmt(p, align=align, indent=indent, line=line)
    for t, f, b in parts:
        set_font(p.add_run(t), f, 16, b)
    return p


def empty(container, n=1):
    for _ in range(n):
        para(container, "", indent=False)


def border_bottom(p, color="FF0000", sz=18, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), val)
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def setup_page(section):
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7)
    section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)
    section.footer_distance = Cm(2.8)


def add_page_number(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), SONG, 14)
    r = set_font(p.add_run(), SONG, 14)
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
    set_font(p.add_run(" —"), SONG, 14)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    setup_page(doc.sections[0])
    add_page_number(doc.sections[0])
    return doc


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(20)
    if text:
        set_font(p.add_run(text), font, size, bold)


def grid_table(doc, header, widths, size=12):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, size)
    for i, w in enumerate(widths):
        for c in t.columns[i].cells:
            c.width = Cm(w)
    return t


def add_row(t, values, widths, size=12, aligns=None):
    r = t.add_row()
    for i, v in enumerate(values):
        al = aligns[i] if aligns else WD_ALIGN_PARAGRAPH.CENTER
        cell_text(r.cells[i], v, FS, size, align=al)
        r.cells[i].width = Cm(widths[i])
    return r


def row_clause(header, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, values))


def landscape_section(doc):
    sec = doc.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Cm(29.7)
    sec.page_height = Cm(21.0)
    sec.top_margin = Cm(2.8)
    sec.bottom_margin = Cm(2.6)
    sec.left_margin = Cm(3.0)
    sec.right_margin = Cm(3.0)
    return sec


def portrait_section(doc):
    sec = doc.add_section()
    sec.orientation = WD_ORIENT.PORTRAIT
    setup_page(sec)
    return sec


def add_numbering(doc):
    """Create a Word decimal numbering '1.' with no tab after the number; return numId."""
    numbering = doc.part.numbering_part.element
    abs_id = "42"
    num_id = "42"
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
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), FS)
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), num_id)
    aid = OxmlElement("w:abstractNumId")
    aid.set(qn("w:val"), abs_id)
    num.append(aid)
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def table_borders(t, spec):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        if side in spec:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), spec[side])
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


# ---------------------------------------------------------------- common data
THEME = "共建丝路　共享机遇——推动共建“一带一路”经贸合作走深走实"
FORUM = "2026丝路经贸合作论坛"


# ================================================================ 1. 邀请函
def make_yaoqinghan():
    doc = new_doc()
    cl = []

    def c(text, **kw):
        para(doc, text, **kw)
        cl.append(text.strip())

    # title: one paragraph, soft line break, letter-spaced 邀　请　函
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=48)
    set_font(p.add_run(FORUM), XBS, 22, color=RED)
    br = p.add_run()
    br.add_break(WD_BREAK.LINE)
    set_font(p.add_run("邀　请　函"), XBS, 36, color=RED)
    empty(doc)

    # salutation with underlined blank
    p = doc.add_paragraph()
    fmt(p, indent=False)
    set_font(p.add_run("尊敬的"), FS, 16)
    set_font(p.add_run("　　　　　　　　"), FS, 16, underline=True)
    set_font(p.add_run("先生/女士："), FS, 16)

    c("丝绸之路是连接东西方文明的纽带。共建“一带一路”倡议提出以来，陕西充分发挥丝绸之路经济带重要节点作用，"
      "中欧班列（西安）开行量、货运量、重箱率等核心指标持续位居全国前列，中国（陕西）自由贸易试验区、西安综合保税区、"
      "中国（西安）跨境电子商务综合试验区等开放平台能级不断提升，与共建“一带一路”国家和地区经贸往来日益密切。")
    c("为进一步深化与共建“一带一路”国家和地区的贸易投资合作，搭建政企对话、项目对接和经验交流平台，"
      "陕西省人民政府定于2026年5月20日至21日在西安举办2026丝路经贸合作论坛。诚挚邀请您拨冗出席，"
      "共商合作大计，共享发展机遇。现将有关事项告知如下：")

    para(doc, "一、论坛信息", HT)
    fields = [
        ("时　　间：", "2026年5月20日—21日（5月19日全天报到）"),
        ("地　　点：", "西安国际会议中心（西安市浐灞生态区会展大道1号）"),
        ("主　　题：", THEME),
        ("规　　模：", "约600人，包括共建“一带一路”国家政府官员、驻华使节、国际组织代表、商协会负责人、知名企业家及专家学者。"),
        ("主要活动：", "开幕式暨主旨论坛、3场平行分论坛、重点项目签约仪式及企业对接洽谈会、西安国际港务区实地考察。论坛详细日程另行发送。"),
    ]
    for lab, val in fields:
        runs(doc, [(lab, FS, True), (val, FS, False)])
        cl.append(lab + val)

    para(doc, "二、参会事宜", HT)
    items = [
        ("（一）报到安排。", "请于5月19日10:00—20:00到西安国际会议中心一层大厅报到，领取参会证件、同声传译设备及会议资料。"),
        ("（二）食宿安排。", "论坛期间由组委会统一安排用餐；住宿由组委会协助预订西安浐灞丝路国际酒店等协议酒店，费用自理。"),
        ("（三）交通接送。", "5月19日组委会在西安咸阳国际机场、西安北站设置接站服务点，请于5月15日前将航班（车次）信息告知联系人。"),
        ("（四）参会确认。", "请于2026年5月8日前填写参会回执（见附件），发送至论坛组委会电子邮箱。"),
        ("（五）其他事项。", "境外嘉宾请提前办理来华签证，如需组委会出具签证邀请函，请于4月30日前与联系人联系。论坛期间请着正装，凭参会证件出入会场。"),
    ]
    for h, t in items:
        runs(doc, [(h, KT, False), (t, FS, False)])
        cl.append(h + t)

    para(doc, "三、联系方式", HT)
    c("论坛组委会办公室（设在陕西省商务厅）")
    c("联系人：王晓雯　　电话：029-63913725　　手机：13991286543")
    # continuation line aligned by manual full-width spaces (own paragraph)
    p = para(doc, "　　　　" + "李　涛　　电话：029-63913718　　手机：13709285561")
    cl.append("李　涛　　电话：029-63913718　　手机：13709285561")
    c("传　　真：029-63913700")
    c("电子邮箱：slzm2026@126.com")
    c("期待您的莅临！")
    c("主办单位：陕西省人民政府", indent=False)
    c("承办单位：陕西省商务厅　西安市人民政府　西安国际港务区管理委员会", indent=False)
    c("支持单位：中国国际贸易促进委员会陕西省分会　中国（陕西）自由贸易试验区工作办公室　中欧班列（西安）集结中心", indent=False)
    empty(doc)
    para(doc, "附件：2026丝路经贸合作论坛参会回执")
    empty(doc, 3)
    para(doc, "陕西省商务厅", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_indent=Pt(64))
    para(doc, "　" * 17 + "2026年4月8日", indent=False)

    # attachment: blank 回执 form
    p = para(doc, "", indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, "附件", HT, indent=False)
    empty(doc)
    para(doc, "2026丝路经贸合作论坛参会回执", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    para(doc, "填报单位（盖章）：" + "　" * 9 + "填报日期：　　年　　月　　日", FS, 14, indent=False)
    hdr = ["姓名", "性别", "单位及职务", "手机号码", "电子邮箱", "参加分论坛", "是否住宿"]
    w = [1.6, 1.2, 3.6, 2.6, 3.0, 2.2, 1.6]
    t = grid_table(doc, hdr, w, 12)
    for _ in range(4):
        r = add_row(t, [""] * 7, w)
        r.height = Cm(1.2)

    meta = {
        "title": "2026丝路经贸合作论坛邀请函",
        "doc_number": None,
        "issuer": ["陕西省商务厅"],
        "date": "2026-04-08",
        "published": None,
        "level": "provincial",
        "region": "陕西省",
        "effective": None,
        "expires": None,
        "attachments": ["2026丝路经贸合作论坛参会回执"],
        "doc_type": "邀请函",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": cl}]


# ================================================================ 2. 日程
def make_richeng():
    doc = new_doc()
    cl = []

    def c(text, **kw):
        para(doc, text, **kw)
        cl.append(text.strip())

    # title split over two paragraphs
    para(doc, FORUM, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "日　　程", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, "（2026年5月19日—21日　中国·西安）", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)

    # heading typed as bold run in a Normal paragraph
    para(doc, "一、总体安排", HT, bold=True)
    hdr = ["日期", "时间", "活动", "地点"]
    w = [3.2, 2.8, 4.6, 5.0]
    rows = [
        ("5月19日（星期二）", "10:00—20:00", "嘉宾报到", "西安国际会议中心一层大厅"),
        ("5月19日（星期二）", "18:30—20:30", "欢迎晚宴（限受邀嘉宾）", "西安浐灞丝路国际酒店三层宴会厅"),
        ("5月20日（星期三）", "09:00—12:00", "开幕式暨主旨论坛", "西安国际会议中心一层丝路厅"),
        ("5月20日（星期三）", "14:00—17:30", "平行分论坛（3场）", "西安国际会议中心二层、三层各分会场"),
        ("5月21日（星期四）", "09:00—11:30", "重点项目签约仪式及企业对接洽谈会", "西安国际会议中心一层丝路厅"),
        ("5月21日（星期四）", "14:00—17:30", "实地考察", "西安国际港务区、西安综合保税区"),
    ]
    t = grid_table(doc, hdr, w)
    for i, r in enumerate(rows):
        vals = list(r)
        if i % 2 == 1:  # date typed only in the first row of each day, then merged
            vals[0] = ""
        add_row(t, vals, w)
        cl.append(row_clause(hdr, r))
    for top in (1, 3, 5):
        a = t.cell(top, 0)
        a.merge(t.cell(top + 1, 0))
    empty(doc)

    para(doc, "二、开幕式暨主旨论坛", HT, bold=True)
    c("时间：5月20日（星期三）09:00—12:00")
    c("地点：西安国际会议中心一层丝路厅")
    c("主持人：陈志远　陕西省人民政府副省长")
    hdr = ["时间", "环节", "内容", "嘉宾"]
    w = [2.6, 2.2, 5.2, 5.6]
    left = WD_ALIGN_PARAGRAPH.LEFT
    cen = WD_ALIGN_PARAGRAPH.CENTER
    al = [cen, cen, left, left]
    rows = [
        ("08:30—09:00", "嘉宾入场", "嘉宾签到、入场就座，播放陕西开放发展宣传片", "—"),
        ("09:00—09:30", "开幕式", "开幕致辞",
         "赵立新　陕西省人民政府省长；孙建平　商务部副部长；努尔兰·阿比洛夫　哈萨克斯坦共和国贸易和一体化部副部长"),
        ("09:30—09:45", "成果发布", "发布《陕西省深化与共建“一带一路”国家经贸合作三年行动（2026—2028年）》",
         "刘文博　陕西省商务厅厅长"),
        ("09:45—11:15", "主旨演讲", "围绕贸易畅通、产业链供应链合作、制度型开放等议题作主旨演讲",
         "杨　帆　中国国际经济交流中心副理事长；马克·韦伯　德国联邦外贸与投资署大中华区首席代表；"
         "阿齐兹·卡里莫夫　乌兹别克斯坦工商会副主席；（待定）　联合国贸易和发展会议代表"),
        ("11:15—11:50", "项目签约", "重点外资项目和对外投资合作项目集中签约（共18个，总金额约326亿元）",
         "签约企业代表；见签嘉宾：赵立新、孙建平"),
        ("11:50—12:00", "合影", "全体嘉宾合影留念", "—"),
    ]
    t = grid_table(doc, hdr, w)
    for r in rows:
        add_row(t, r, w, aligns=al)
        cl.append(row_clause(hdr, r))
    lunch = "午餐（西安国际会议中心二层宴会厅，自助餐）"
    r = add_row(t, ["12:00—14:00", lunch, "", ""], w)
    r.cells[1].merge(r.cells[3])
    cl.append("时间：12:00—14:00；环节：" + lunch)

    # parallel sub-forums in a landscape section
    landscape_section(doc)
    para(doc, "三、平行分论坛", HT, bold=True)
    c("时间：5月20日（星期三）14:00—17:30")
    forums = [
        ("（一）分论坛一：“中欧班列+”国际物流合作。",
         "地点：西安国际会议中心二层长安厅；承办单位：西安国际港务区管理委员会、中欧班列（西安）集结中心。"),
        ("（二）分论坛二：跨境电商与数字贸易。",
         "地点：西安国际会议中心三层曲江厅；承办单位：陕西省商务厅、中国（西安）跨境电子商务综合试验区建设领导小组办公室。"),
        ("（三）分论坛三：自贸试验区制度创新与外商投资促进。",
         "地点：西安国际会议中心三层大雁塔厅；承办单位：中国（陕西）自由贸易试验区工作办公室、西安高新技术产业开发区管理委员会。"),
    ]
    for h, tx in forums:
        runs(doc, [(h, KT, False), (tx, FS, False)])
        cl.append(h + tx)
    hdr = ["时间", "分论坛一", "分论坛二", "分论坛三"]
    w = [2.8, 6.8, 6.8, 6.8]
    al = [cen, left, left, left]
    rows = [
        ("14:00—14:15", "致辞：周　凯　西安国际港务区管理委员会主任",
         "致辞：马晓燕　陕西省商务厅副厅长",
         "致辞：何　川　中国（陕西）自由贸易试验区工作办公室主任"),
        ("14:15—15:45", "主题发言：中欧班列运营企业、国际货代企业及沿线国家铁路部门代表发言",
         "主题发言：跨境电商平台企业、海外仓运营企业及综合保税区代表发言",
         "主题发言：自贸试验区片区管委会、外资企业及涉外律师事务所代表发言"),
    ]
    rows2 = [
        ("16:00—17:10", "圆桌对话：陆海联运与国际物流通道韧性",
         "圆桌对话：“跨境电商+产业带”出海新路径",
         "圆桌对话：外商投资准入负面清单缩减后的投资机遇"),
        ("17:10—17:30", "发布《中欧班列（西安）国际物流服务指南（2026年版）》",
         "发布陕西跨境电商海外仓服务名录",
         "发布中国（陕西）自由贸易试验区第十批制度创新案例"),
    ]
    t = grid_table(doc, hdr, w)
    for r in rows:
        add_row(t, r, w, aligns=al)
        cl.append(row_clause(hdr, r))
    r = add_row(t, ["15:45—16:00", "茶歇", "", ""], w)
    r.cells[1].merge(r.cells[3])
    r.cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    cl.append("时间：15:45—16:00；分论坛一：茶歇")
    for r in rows2:
        add_row(t, r, w, aligns=al)
        cl.append(row_clause(hdr, r))

    portrait_section(doc)
    para(doc, "四、项目签约及考察活动", HT, bold=True)
    items = [
        ("（一）重点项目签约仪式及企业对接洽谈会。",
         "5月21日（星期四）09:00—11:30在西安国际会议中心一层丝路厅举行，组织共建“一带一路”国家采购商、投资商与省内企业开展“一对一”洽谈。"),
        ("（二）实地考察。",
         "5月21日（星期四）14:00—17:30，组织嘉宾考察中欧班列（西安）集结中心、西安综合保税区及跨境电商产业园。13:30在西安国际会议中心北广场集合乘车。"),
    ]
    for h, tx in items:
        runs(doc, [(h, KT, False), (tx, FS, False)])
        cl.append(h + tx)
    empty(doc)
    para(doc, "备注：", HT, indent=False)
    c("1.请嘉宾凭参会证件入场，并于各场活动开始前10分钟就座。")
    c("2.开幕式暨主旨论坛及平行分论坛均提供中、英、俄三语同声传译。")
    c("3.日程如有调整，以论坛组委会现场通知为准。")
    empty(doc, 2)
    para(doc, "2026丝路经贸合作论坛组委会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2026年5月12日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_indent=Pt(48))

    meta = {
        "title": "2026丝路经贸合作论坛日程",
        "doc_number": None,
        "issuer": ["2026丝路经贸合作论坛组委会办公室"],
        "date": "2026-05-12",
        "published": None,
        "level": "provincial",
        "region": "陕西省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "日程",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": cl}]


# ================================================================ 3. 函
def make_han():
    doc = new_doc()
    cl = []
    num_id = add_numbering(doc)

    def c(text, **kw):
        para(doc, text, **kw)
        cl.append(text.strip())

    # 函 format red header
    p = para(doc, "陕西省商务厅", XBS, 42, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60,
             color=RED)
    border_bottom(p, "FF0000", 24, "thinThickSmallGap")
    para(doc, "陕商函〔2026〕126号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    set_font(p.add_run("陕西省商务厅关于邀请参加"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    set_font(p.add_run("2026丝路经贸合作论坛的函"), XBS, 22)
    empty(doc)
    para(doc, "各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门：", indent=False)

    c("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，推动与共建“一带一路”国家和地区贸易投资合作提质升级，"
      "陕西省人民政府定于2026年5月20日至21日在西安举办2026丝路经贸合作论坛（以下简称论坛）。现诚邀贵单位组团参会，有关事项函告如下：")
    para(doc, "一、论坛概况", HT)
    c("（一）时间：2026年5月20日至21日，5月19日报到。")
    c("（二）地点：西安国际会议中心（西安市浐灞生态区会展大道1号）。")
    c("（三）主题：" + THEME + "。")
    c("（四）主要活动：开幕式暨主旨论坛，“中欧班列+”国际物流合作、跨境电商与数字贸易、自贸试验区制度创新与外商投资促进3场平行分论坛，"
      "重点项目签约仪式及企业对接洽谈会，西安国际港务区实地考察等（日程详见附件1）。")
    h, tx = ("二、参会人员。", "各省（区、市）商务主管部门分管负责同志1名、相关处室负责同志1至2名，以及辖区内从事中欧班列运营、国际物流、"
            "跨境电商、外商投资等领域的企业负责人3至5名。")
    runs(doc, [(h, HT, False), (tx, FS, False)])
    cl.append(h + tx)
    para(doc, "三、有关事项", HT)
    for h, tx in [
        ("（一）报名确认。", "请于2026年5月8日前将参会回执（附件2）加盖公章后扫描发送至slzm2026@126.com，原件请于报到时提交。"),
        ("（二）费用安排。", "论坛不收取会务费。参会人员往返交通及住宿费用自理，会议期间用餐由论坛组委会统一安排。"),
        ("（三）项目对接。", "有意在论坛期间开展项目签约或对接洽谈的，请按以下要求报送相关材料："),
    ]:
        runs(doc, [(h, KT, False), (tx, FS, False)])
        cl.append(h + tx)
    # Word auto-numbered items: the "1." "2." "3." are not in the text runs
    auto = [
        ("1.", "项目范围。共建“一带一路”国家和地区企业在陕投资项目、陕西企业对外投资合作项目以及跨区域产业链供应链合作项目，"
               "协议投资额原则上不低于1亿元人民币。"),
        ("2.", "报送材料。请提交以下材料："),
    ]
    for n, tx in auto:
        p = para(doc, tx)
        set_num(p, num_id)
        cl.append(n + tx)
    for tx in ["（1）项目基本情况表（含合作双方、投资金额、合作内容、进展情况）；",
               "（2）合作双方确认签约的书面意见；",
               "（3）拟出席签约仪式嘉宾名单及职务。"]:
        c(tx)
    tx = "报送时间。请于2026年4月30日前报送，逾期不再纳入集中签约安排。"
    p = para(doc, tx)
    set_num(p, num_id)
    cl.append("3." + tx)
    h, tx = ("（四）其他要求。", "请各单位指定1名联络员，负责本地区参会人员组织和联络工作，并于5月8日前将联络员信息随回执一并报送。")
    runs(doc, [(h, KT, False), (tx, FS, False)])
    cl.append(h + tx)
    para(doc, "四、联系方式", HT)
    c("论坛组委会办公室：王晓雯　029-63913725；李　涛　029-63913718")
    c("电子邮箱：slzm2026@126.com　　传真：029-63913700")
    c("特此函告。")
    empty(doc)
    para(doc, "附件：1.2026丝路经贸合作论坛日程")
    para(doc, "　　　2.2026丝路经贸合作论坛参会回执")
    empty(doc, 3)
    para(doc, "陕西省商务厅", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_indent=Pt(64))
    para(doc, "2026年4月10日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_indent=Pt(64))
    empty(doc)
    para(doc, "（此件公开发布）")
    empty(doc, 4)

    # 版记 typed as a borderless-side table
    t = doc.add_table(rows=2, cols=1)
    table_borders(t, {"top": "12", "bottom": "12", "insideH": "6"})
    for i, txt in enumerate(["抄送：商务部欧亚司、西亚非洲司，陕西省人民政府办公厅。",
                             "陕西省商务厅办公室" + "　" * 9 + "2026年4月10日印发"]):
        p = t.rows[i].cells[0].paragraphs[0]
        fmt(p, indent=False, line=28)
        p.paragraph_format.left_indent = Pt(14)
        set_font(p.add_run(txt), FS, 14)

    meta = {
        "title": "陕西省商务厅关于邀请参加2026丝路经贸合作论坛的函",
        "doc_number": "陕商函〔2026〕126号",
        "issuer": ["陕西省商务厅"],
        "date": "2026-04-10",
        "published": None,
        "level": "provincial",
        "region": "陕西省",
        "effective": None,
        "expires": None,
        "attachments": ["2026丝路经贸合作论坛日程", "2026丝路经贸合作论坛参会回执"],
        "doc_type": "函",
        "recipients": ["各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": cl}]


# ---------------------------------------------------------------- main
def main():
    makers = [
        ("blind642_xian_yaoqinghan", make_yaoqinghan),
        ("blind642_xian_richeng", make_richeng),
        ("blind642_shaanxi_han", make_han),
    ]
    expected = {}
    for stem, fn in makers:
        doc, entries = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = entries
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_642", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
