# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 363: forwarding chains, a seven-organ joint notice, a 会议纪要."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16  # 三号
ER = 22  # 二号
FWS = "\u3000"  # full-width space


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=SAN, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(att), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align


def para(doc, runs, align=None, indent=True, exact=28, before=0, after=0):
    """runs: str or list of (text, font, bold) tuples."""
    p = doc.add_paragraph()
    fmt(p, align, indent, exact, before, after)
    if isinstance(runs, str):
        runs = [(runs, FS, False)]
    for r in runs:
        text, font, bold = r[0], r[1], r[2]
        size = r[3] if len(r) > 3 else SAN
        color = r[4] if len(r) > 4 else None
        run = p.add_run(text)
        set_font(run, font, size, bold, color)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False)


def border(p, side="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc etc.; put it early
        ppr.insert(0, pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)


def red_line(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False, exact=12)
    border(p, "bottom", "FF0000", 18)
    return p


def title(doc, lines, size=ER):
    """Title in 方正小标宋, lines joined with soft line breaks."""
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    for i, line in enumerate(lines):
        run = p.add_run(line)
        set_font(run, XBS, size)
        if i < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)
    return p


def no_borders(table):
    tbl = table._tbl
    tblpr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def cell_text(cell, text, font=FS, size=SAN, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None,
              exact=28):
    p = cell.paragraphs[0]
    fmt(p, align, indent=False, exact=exact)
    run = p.add_run(text)
    set_font(run, font, size, bold, color)


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for row in table.rows:
        for j, cell in enumerate(row._tr.findall(qn("w:tc"))):
            if j < len(widths):
                tcpr = cell.get_or_add_tcPr()
                tcw = tcpr.find(qn("w:tcW"))
                if tcw is None:
                    tcw = OxmlElement("w:tcW")
                    tcpr.insert(0, tcw)
                tcw.set(qn("w:w"), str(int(widths[j] * 567)))
                tcw.set(qn("w:type"), "dxa")


def data_table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, HT, 14)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.rows[i + 1].cells[j], v, FS, 14)
    if widths:
        set_widths(t, widths)
    return t


def row_clauses(header, rows):
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, row)) for row in rows]


def page_numbers(doc):
    for sec in doc.sections:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("— ")
        set_font(r, "宋体", 14)
        r = p.add_run()
        set_font(r, "宋体", 14)
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
        r._element.append(f1)
        r._element.append(it)
        r._element.append(f2)
        r._element.append(t)
        r._element.append(f3)
        r = p.add_run(" —")
        set_font(r, "宋体", 14)


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
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def banji(doc, cc, printer, date_cn):
    """版记: 抄送 + 印发 lines between thin rules."""
    empty(doc, 2)
    p = para(doc, [("抄送：", FS, False, 14), (cc, FS, False, 14)], indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p.paragraph_format.keep_with_next = True
    # organ left, date right by hand-typed spaces (office habit)
    gap = FWS * max(1, 17 - len(printer) - len(date_cn) // 2)
    p = para(doc, [(printer + gap + date_cn + "印发", FS, False, 14)], indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8)


def add_numbering(doc, num_id, fmt_name, lvl_text, font):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(num_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt_name), ("w:suff", "nothing"),
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
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(att), font)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(num_id))
    num.append(an)
    numbering.append(num)


def numbered(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = None


def meta(title_, number, issuer, date, level, region, doc_type, recipients, publicity=None,
         effective=None, expires=None, attachments=None, repeals=None, published=None):
    return {
        "title": title_, "doc_number": number, "issuer": issuer, "date": date,
        "published": published, "level": level, "region": region, "effective": effective,
        "expires": expires, "attachments": attachments or [], "doc_type": doc_type,
        "recipients": recipients, "publicity": publicity, "repeals": repeals,
    }


# ======================================================================
# 1. 浦江县 转发 金华市 转发 浙江省
# ======================================================================
def make_pujiang():
    stem = "blind363_pujiang_zhuanfa"
    doc = new_doc()
    objs = []

    # ---------------- county (outer) ----------------
    c_title = "浦江县人民政府办公室关于转发进一步推动跨境电子商务高质量发展通知的通知"
    c_no = "浦政办发〔2025〕33号"
    c_recips = ["各乡镇人民政府", "各街道办事处", "县政府各部门", "县各直属单位"]
    c_cl = [
        "现将《金华市人民政府办公室转发省政府办公厅关于进一步推动跨境电子商务高质量发展通知的通知》"
        "（金政办发〔2025〕58号）转发给你们，并结合我县实际提出以下意见，请一并贯彻执行。",
        ("一、明确责任分工。", "县商务局牵头负责全县跨境电商发展工作，县发改局、县财政局、县市场监管局、"
         "县税务局等部门要按照职责分工抓好落实，形成工作合力。"),
        ("二、做强特色产业带。", "各乡镇（街道）要结合本地产业基础，引导水晶玻璃、挂锁、绗缝家纺等企业开展"
         "跨境电商业务，力争到2026年底全县跨境电商企业达到800家。"),
        ("三、加强政策兑现。", "对符合省、市政策条件的企业，县商务局要会同县财政局及时做好申报和资金兑付工作，"
         "县级按照省级补助资金的50%予以配套。"),
        ("四、按时报送信息。", "各乡镇（街道）、各有关部门要于每季度结束后5日内，将工作进展情况报送县商务局"
         "（联系电话：0579-84101234）。"),
    ]

    # 版头: red organ name + 文件
    p = para(doc, [("浦江县人民政府办公室文件", XBS, False, 36, RED)], WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, exact=None, before=24)
    empty(doc, 1)
    para(doc, c_no, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_line(doc)
    empty(doc, 1)
    title(doc, ["浦江县人民政府办公室关于转发进一步推动", "跨境电子商务高质量发展通知的通知"])
    empty(doc, 1)
    para(doc, "各乡镇人民政府，各街道办事处，县政府各部门，县各直属单位：", indent=False)
    # first paragraph: indentation typed with full-width spaces, split runs
    t0 = c_cl[0]
    para(doc, [(FWS * 2 + t0[:20], FS, False), (t0[20:47], FS, False), (t0[47:], FS, False)], indent=False)
    for head, body in c_cl[1:]:
        para(doc, [(head, HT, False), (body, FS, False)])
    empty(doc, 2)
    para(doc, FWS * 13 + "浦江县人民政府办公室", indent=False)
    para(doc, FWS * 14 + "2025年9月16日", indent=False)
    para(doc, "（此件公开发布）", indent=True)
    objs.append({
        "meta": meta(c_title, c_no, ["浦江县人民政府办公室"], "2025-09-16", "county", "浦江县", "通知",
                     c_recips, publicity="此件公开发布"),
        "clauses": [c_cl[0]] + [h + b for h, b in c_cl[1:]],
    })

    # ---------------- city (middle) ----------------
    page_break(doc)
    m_title = "金华市人民政府办公室转发省政府办公厅关于进一步推动跨境电子商务高质量发展通知的通知"
    m_no = "金政办发〔2025〕58号"
    m_cl = [
        "现将《浙江省人民政府办公厅关于进一步推动跨境电子商务高质量发展的通知》（浙政办发〔2025〕41号）"
        "转发给你们，请结合实际，认真贯彻落实。",
        "各县（市、区）要对照省定目标任务，于2025年10月底前制定本地区推进跨境电商高质量发展的具体措施，"
        "并于每季度结束后10日内将贯彻落实情况报送市商务局。",
    ]
    title(doc, ["金华市人民政府办公室转发省政府办公厅", "关于进一步推动跨境电子商务", "高质量发展通知的通知"])
    para(doc, m_no, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1)
    para(doc, "各县（市、区）人民政府，金华开发区管委会，市政府各部门：", indent=False)
    for c in m_cl:
        para(doc, c)
    empty(doc, 2)
    para(doc, "金华市人民政府办公室" + FWS * 2, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2025年9月3日" + FWS * 3, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    objs.append({
        "meta": meta(m_title, m_no, ["金华市人民政府办公室"], "2025-09-03", "municipal", "金华市", "通知",
                     ["各县（市、区）人民政府", "金华开发区管委会", "市政府各部门"]),
        "clauses": m_cl,
    })

    # ---------------- province (inner) ----------------
    empty(doc, 3)
    p_title = "浙江省人民政府办公厅关于进一步推动跨境电子商务高质量发展的通知"
    p_no = "浙政办发〔2025〕41号"
    p_intro = ("为深入贯彻落实党中央、国务院关于推动外贸稳规模优结构的决策部署，加快建设高水平跨境电子商务综合"
               "试验区，推动我省跨境电子商务（以下简称跨境电商）高质量发展，经省政府同意，现将有关事项通知如下：")
    goal = ("到2027年，全省跨境电商进出口额力争达到6000亿元，年均增长10%以上；培育跨境电商产业带50个、"
            "年进出口额超亿元的跨境电商企业500家；建设公共海外仓300个，基本形成覆盖主要贸易伙伴的跨境电商"
            "物流服务网络。")
    tasks = [
        ("（一）培育壮大经营主体。", "实施跨境电商主体培育行动，支持传统外贸企业、生产制造企业通过跨境电商开拓"
         "国际市场，对年进出口额首次突破1亿元、5亿元的企业，由所在地按规定给予奖励。鼓励各地引进跨境电商平台"
         "区域总部和头部服务商。"),
        ("（二）建设跨境电商产业带。", "围绕小商品、五金工具、纺织服装、家居用品等优势产业，推进“跨境电商＋"
         "产业带”融合发展。"),
        ("", "1.每个设区市至少培育3个年进出口额超10亿元的产业带，支持产业带企业开展品牌出海。"),
        ("", "2.对入选省级跨境电商产业带的，在专项资金分配中予以倾斜。"),
        ("（三）优化海外仓布局。", "支持企业在“一带一路”沿线国家和地区以及RCEP成员国布局建设海外仓，鼓励海外仓"
         "企业提供退换货、售后维修、本地配送等服务。对经认定的省级公共海外仓，按实际投资额的20%给予补助，单个"
         "最高不超过200万元。"),
        ("（四）提升通关便利化水平。", "推广跨境电商企业对企业出口（9710、9810）监管模式，支持符合条件的企业适用"
         "“跨境电商出口拼箱货物先查验后装运”“退货中心仓”等便利措施。杭州、宁波海关要优化跨境电商零售进口商品"
         "退货流程。"),
        ("（五）强化金融和外汇服务。", "引导银行机构为跨境电商企业提供出口信用贷、海外仓融资等特色产品；支持支付"
         "机构依法合规为跨境电商提供跨境人民币结算服务；推广贸易外汇收支便利化试点，简化跨境电商企业单证审核。"),
        ("（六）推动“跨境电商＋中欧班列”融合发展。", "依托中欧班列（义新欧）运营网络，开行跨境电商专列，探索"
         "“海外仓＋班列”运营模式，支持义乌、金华等地建设跨境电商国际物流枢纽。"),
    ]
    guards = [
        ("（一）加强组织领导。", "省商务厅要会同省发展改革委、省财政厅、杭州海关、宁波海关、人行浙江省分行、"
         "国家外汇管理局浙江省分局等单位建立工作协调机制，及时研究解决重大问题。"),
        ("（二）加大资金支持。", "统筹省级商务发展专项资金，对跨境电商主体培育、公共海外仓建设、人才培训等予以"
         "支持。各地要安排相应配套资金。"),
        ("（三）强化统计监测。", "完善跨境电商统计监测体系，各市要按季度向省商务厅报送跨境电商发展情况。"),
    ]
    closing = "本通知自2025年10月1日起施行，有效期至2027年12月31日。"

    title(doc, ["浙江省人民政府办公厅关于进一步推动", "跨境电子商务高质量发展的通知"])
    para(doc, p_no, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc, 1)
    para(doc, "各市、县（市、区）人民政府，省政府直属各单位：", indent=False)
    para(doc, p_intro)
    para(doc, [("一、总体目标", HT, False)])
    para(doc, goal)
    para(doc, [("二、重点任务", HT, False)])
    for head, body in tasks:
        if head:
            para(doc, [(head, KT, True), (body, FS, False)])
        else:
            para(doc, body)
    para(doc, [("三、保障措施", HT, False)])
    for head, body in guards:
        para(doc, [(head, KT, True), (body, FS, False)])
    para(doc, closing)
    empty(doc, 2)
    para(doc, "浙江省人民政府办公厅" + FWS * 2, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "2025年8月20日" + FWS * 3, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, "（此件公开发布）")
    objs.append({
        "meta": meta(p_title, p_no, ["浙江省人民政府办公厅"], "2025-08-20", "provincial", "浙江省", "通知",
                     ["各市、县（市、区）人民政府", "省政府直属各单位"], publicity="此件公开发布",
                     effective="2025-10-01", expires="2027-12-31"),
        "clauses": [p_intro, goal] + [h + b for h, b in tasks] + [h + b for h, b in guards] + [closing],
    })

    # 版记 of the county document, printed at the very end of the file
    banji(doc, "县委办，县人大常委会办公室，县政协办公室。", "浦江县人民政府办公室", "2025年9月16日")
    page_numbers(doc)
    return stem, doc, objs


# ======================================================================
# 2. 四川 七部门联合通知
# ======================================================================
def make_sichuan():
    stem = "blind363_sichuan_lianhe_tongzhi"
    doc = new_doc()
    organs = ["四川省商务厅", "四川省发展和改革委员会", "四川省财政厅", "成都海关",
              "国家税务总局四川省税务局", "中国人民银行四川省分行", "国家外汇管理局四川省分局"]
    # 联合版头: organ names stacked on the left, 文件 on the right (borderless table)
    t = doc.add_table(rows=len(organs), cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, o in enumerate(organs):
        cell_text(t.rows[i].cells[0], o, XBS, 18, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED, exact=28)
    set_widths(t, [11.5, 4])
    m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
    cell_text(m, "文件", XBS, 36, color=RED, exact=None)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    empty(doc, 1)
    no = "川商外贸〔2026〕5号"
    para(doc, no, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_line(doc)
    empty(doc, 1)
    ttl = "四川省商务厅等7部门关于支持综合保税区保税维修和跨境电商业务高质量发展的通知"
    title(doc, ["四川省商务厅等7部门关于支持综合保税区", "保税维修和跨境电商业务高质量发展的通知"])
    empty(doc, 1)
    recips = ["各市（州）商务主管部门", "各市（州）发展改革委", "各市（州）财政局", "成都海关各隶属海关",
              "国家税务总局各市（州）税务局", "人民银行各市（州）分行", "外汇局各市（州）分局", "各综合保税区管理机构"]
    para(doc, "，".join(recips) + "：", indent=False)

    cl = []
    intro = ("为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号），发挥综合保税区"
             "在稳外贸、稳外资中的平台作用，推动我省综合保税区保税维修、跨境电商等新业态发展，经省政府同意，现就"
             "有关事项通知如下：")
    para(doc, intro)
    cl.append(intro)

    sec1 = [
        ("（一）扩大保税维修产品范围。", "支持综合保税区内企业开展航空航天、电子信息、工程机械等产品的全球保税维修"
         "业务，维修产品范围按照附件1执行，并实行动态调整。"),
        ("（二）优化保税维修监管。", "成都海关对综合保税区内保税维修业务实行账册管理，维修所需料件予以保税，维修"
         "后的旧件、坏件依法依规处置。"),
        ("（三）加大财税支持力度。", "对年维修业务额首次超过5000万元的企业，省级商务发展专项资金给予一次性奖励50"
         "万元；税务部门对符合条件的出口维修服务落实增值税零税率政策。"),
    ]
    sec2 = [
        ("（一）支持开展跨境电商网购保税进口和特殊区域出口业务。", "鼓励综合保税区建设跨境电商监管作业场所，推广"
         "“1210”“9810”监管模式。"),
        ("（二）支持“跨境电商＋中欧班列”联动发展。", "依托中欧班列（成渝）和西部陆海新通道，支持成都国际铁路港"
         "综合保税区开展跨境电商集拼出口业务，发展改革部门在班列运力安排上予以支持。"),
        ("（三）做好跨境结算服务。", "人民银行各市（州）分行、外汇局各市（州）分局要指导银行机构为综合保税区企业"
         "提供便捷的跨境人民币结算和外汇收支服务，支持符合条件的企业开展跨境资金集中运营。"),
    ]
    para(doc, [("一、支持开展保税维修业务", HT, False)])
    for h, b in sec1:
        para(doc, [(h, KT, True), (b, FS, False)])
        cl.append(h + b)
    para(doc, [("二、推动跨境电商业务发展", HT, False)])
    for h, b in sec2:
        para(doc, [(h, KT, True), (b, FS, False)])
        cl.append(h + b)
    para(doc, [("三、明确重点区域", HT, False)])
    lead = "全省综合保税区重点支持业务如下表："
    para(doc, lead)
    cl.append(lead)
    header = ["序号", "综合保税区", "所在地", "重点支持业务"]
    rows = [
        ["1", "成都高新综合保税区", "成都市", "保税维修、保税研发"],
        ["2", "成都高新西园综合保税区", "成都市", "保税维修、跨境电商"],
        ["3", "成都国际铁路港综合保税区", "成都市", "跨境电商、保税物流"],
        ["4", "绵阳综合保税区", "绵阳市", "保税维修、保税加工"],
        ["5", "宜宾综合保税区", "宜宾市", "跨境电商、保税加工"],
        ["6", "泸州综合保税区", "泸州市", "保税物流、跨境电商"],
    ]
    data_table(doc, header, rows, [1.6, 6.4, 2.2, 5.4])
    cl += row_clauses(header, rows)
    sec4 = [
        ("（一）建立协调机制。", "省商务厅会同省发展改革委、省财政厅、成都海关、四川省税务局、人民银行四川省分行、"
         "外汇局四川省分局建立综合保税区发展联席会议制度，每半年召开一次会议。"),
        ("（二）强化考核评价。", "省商务厅会同成都海关每年对综合保税区发展情况开展绩效评估，评估结果作为专项资金"
         "分配的重要依据。"),
        ("（三）加强宣传培训。", "各地要加强政策宣传解读，及时总结推广典型经验做法。执行中遇到的问题，请及时向省"
         "商务厅（对外贸易处）反映，联系电话：028-83221234。"),
    ]
    para(doc, [("四、保障措施", HT, False)], before=6)
    for h, b in sec4:
        para(doc, [(h, KT, True), (b, FS, False)])
        cl.append(h + b)
    closing = ("本通知自2026年2月1日起施行，有效期至2028年12月31日。《四川省商务厅等5部门关于促进综合保税区保税维修"
               "业务发展的通知》（川商外贸〔2022〕18号）同时废止。")
    para(doc, closing)
    cl.append(closing)
    empty(doc, 1)
    # 附件 list with a soft line break and hand-typed alignment
    atts = ["综合保税区保税维修产品目录（2026年版）", "综合保税区发展联席会议成员单位联系人名单"]
    p = doc.add_paragraph()
    fmt(p, indent=True)
    r = p.add_run("附件：1." + atts[0])
    set_font(r, FS)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run(FWS * 5 + "2." + atts[1])
    set_font(r, FS)
    empty(doc, 3)
    # 落款: organs in a borderless 4x2 table
    lk = doc.add_table(rows=4, cols=2)
    no_borders(lk)
    set_widths(lk, [8, 7.5])
    lk.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, o in enumerate(organs):
        cell_text(lk.rows[i // 2].cells[i % 2], o, FS, SAN)
    for row in lk.rows:
        row.height = Cm(1.3)
    empty(doc, 1)
    para(doc, FWS * 15 + "2026年1月20日", indent=False)
    para(doc, "（此件公开发布）")
    banji(doc, "商务部，海关总署，省政府办公厅。", "四川省商务厅办公室", "2026年1月22日")
    page_numbers(doc)
    objs = [{
        "meta": meta(ttl, no, organs, "2026-01-20", "provincial", "四川省", "通知", recips,
                     publicity="此件公开发布", effective="2026-02-01", expires="2028-12-31", attachments=atts,
                     repeals="《四川省商务厅等5部门关于促进综合保税区保税维修业务发展的通知》（川商外贸〔2022〕18号）"),
        "clauses": cl,
    }]
    return stem, doc, objs


# ======================================================================
# 3. 厦门片区 主任办公会议纪要
# ======================================================================
def make_xiamen():
    stem = "blind363_xiamen_jiyao"
    doc = new_doc()
    add_numbering(doc, 90, "chineseCounting", "%1、", HT)
    para(doc, [("中国（福建）自由贸易试验区厦门片区管理委员会", XBS, False, 20, RED)], WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, exact=None, before=12)
    para(doc, [("主任办公会议纪要", XBS, False, 40, RED)], WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=None)
    empty(doc, 1)
    no = "〔2026〕3号"
    para(doc, no, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    # date on the right, typed on a tab stop line
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), alignment=2)  # right tab
    r = p.add_run("\t2026年2月12日")
    set_font(r, FS)
    red_line(doc)
    empty(doc, 1)
    ttl = "关于研究跨境电商和中欧（厦门）班列发展有关事项的会议纪要"
    title(doc, ["关于研究跨境电商和中欧（厦门）班列", "发展有关事项的会议纪要"])
    empty(doc, 1)
    cl = []
    intro = ("2026年2月9日，片区管委会主任林志强主持召开主任办公会议，专题研究跨境电商综合试验区建设和中欧（厦门）"
             "班列扩容提质有关事项。片区管委会各副主任，片区各有关部门及厦门海关、象屿综合保税区管理局等单位负责"
             "同志参加会议。现将会议议定事项纪要如下：")
    para(doc, intro)
    cl.append(intro)
    auto_items = [
        ("", "会议听取了片区经济发展局关于2025年跨境电商发展情况和2026年工作打算的汇报。会议认为，2025年片区跨境"
         "电商进出口额同比增长18.6%，海外仓、直播电商等新业态发展势头良好，要进一步巩固提升。"),
        ("关于跨境电商监管中心扩建。", "会议同意在象屿综合保税区内扩建跨境电商监管中心，新增监管作业面积2万平方米，"
         "所需资金约3800万元由片区产业发展资金统筹安排。由片区经济发展局牵头，片区财政局、象屿综合保税区管理局"
         "配合，于2026年6月底前完成扩建。"),
        ("关于中欧（厦门）班列扩容提质。", "会议原则同意片区交通运输局提出的班列扩容方案，2026年力争开行中欧（厦门）"
         "班列300列以上，新增至匈牙利布达佩斯、波兰马拉舍维奇等线路。具体包括："),
    ]
    chinese = "一二三四五六七八九十"
    idx = 0
    for h, b in auto_items:
        runs = ([(h, HT, False)] if h else []) + [(b, FS, False)]
        p = para(doc, runs)
        numbered(p, 90)
        cl.append(chinese[idx] + "、" + h + b)
        idx += 1
    subs = [
        "1.对开行中欧（厦门）班列的平台公司，按照每列不超过2万元的标准给予运营补助；",
        "2.支持开行“跨境电商专列”，对专列货值中跨境电商货物占比超过50%的，补助标准上浮20%；",
        "3.由片区交通运输局会同厦门海关所属东渡海关，研究推进“铁路快通”模式，压缩班列通关时间。",
    ]
    for s in subs:
        para(doc, s)
        cl.append(s)
    more = [
        ("关于跨境电商企业外汇结算便利化。", "会议要求片区金融服务局加强与中国人民银行厦门市分行、国家外汇管理局"
         "厦门市分局的沟通对接，争取在片区开展贸易外汇收支便利化试点扩围，年内新增试点企业20家以上。"),
        ("关于任务分工。", "会议议定事项分工如下："),
    ]
    for h, b in more:
        p = para(doc, [(h, HT, False), (b, FS, False)])
        numbered(p, 90)
        cl.append(chinese[idx] + "、" + h + b)
        idx += 1
    header = ["序号", "工作事项", "牵头单位", "完成时限"]
    rows = [
        ["1", "跨境电商监管中心扩建", "片区经济发展局", "2026年6月底"],
        ["2", "中欧（厦门）班列扩容方案实施", "片区交通运输局", "2026年12月底"],
        ["3", "贸易外汇收支便利化试点扩围", "片区金融服务局", "2026年12月底"],
        ["4", "议定事项跟踪督办", "片区管委会办公室", "每季度末"],
    ]
    data_table(doc, header, rows, [1.5, 6.1, 4.4, 3.5])
    cl += row_clauses(header, rows)
    last = ("会议要求，各责任单位要按照会议议定事项抓紧推进落实，重要情况及时报告片区管委会。片区管委会办公室负责"
            "跟踪督办。")
    p = para(doc, [(last, FS, False)], before=6)
    numbered(p, 90)
    cl.append(chinese[idx] + "、" + last)
    empty(doc, 1)
    att = "林志强、陈建华、王丽萍、黄国栋"
    lx = ("片区经济发展局、交通运输局、财政局、金融服务局、管委会办公室，象屿综合保税区管理局，厦门海关综合业务处，"
          "东渡海关")
    para(doc, [("出席：", HT, False), (att, FS, False)])
    para(doc, [("列席：", HT, False), (lx, FS, False)])
    cl += ["出席：" + att, "列席：" + lx]
    # 版记 with 分送 instead of 抄送
    empty(doc, 2)
    p = para(doc, [("分送：片区管委会各副主任，片区各部门，象屿综合保税区管理局，厦门海关。", FS, False, 14)], indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p.paragraph_format.keep_with_next = True
    p = para(doc, [("厦门片区管委会办公室" + FWS * 6 + "2026年2月12日印发", FS, False, 14)], indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", "000000", 8)
    page_numbers(doc)
    objs = [{
        "meta": meta(ttl, no, ["中国（福建）自由贸易试验区厦门片区管理委员会"], "2026-02-12", "zone",
                     "中国（福建）自由贸易试验区厦门片区", "会议纪要", []),
        "clauses": cl,
    }]
    return stem, doc, objs


def main():
    expected = {}
    for maker in (make_pujiang, make_sichuan, make_xiamen):
        stem, doc, objs = maker()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
