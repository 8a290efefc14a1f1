# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 243: office Word files as they come back from review rounds.

Writes next to itself:
  blind243_zhejiang_tongzhi.docx            (tracked changes + comments; docx only)
  blind243_chongqing_shishiyijian.docx/.pdf (content controls, header, footer)
  blind243_tianjin_lianhetongzhi.docx/.pdf  (joint 通知, landscape section, multi-paragraph cells)
  blind243_qingdao_pifu.docx/.pdf           (批复, title in a single-cell table)
  expected.json
Run: . /work/venv/bin/activate && python make_blind243.py
"""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

_rev_id = [100]
PENDING_COMMENTS = []


def next_id():
    _rev_id[0] += 1
    return str(_rev_id[0])


# ---------------------------------------------------------------- basics
def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(20)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(29)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    return doc


def set_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    rpr = run._r.get_or_add_rPr()
    rpr.rFonts.set(qn("w:eastAsia"), font)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color
    return run


def add_run(p, text, font=FS, size=16, bold=False, color=None):
    r = p.add_run(text)
    return set_font(r, font, size, bold, color)


def rev_wrap(run, kind, author="张敏", date="2025-06-16T10:22:00Z"):
    """Wrap a run in w:ins or w:del (tracked change)."""
    el = OxmlElement("w:ins" if kind == "i" else "w:del")
    el.set(qn("w:id"), next_id())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    r = run._r
    r.addprevious(el)
    el.append(r)
    if kind == "d":
        for t in r.findall(qn("w:t")):
            dt = OxmlElement("w:delText")
            dt.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            dt.text = t.text
            t.addprevious(dt)
            r.remove(t)
    return el


def para(doc_or_cell, segs, indent=True, align=None, font=FS, size=16, bold=False,
         color=None, exact=True, style=None):
    """segs: list of str | ('i', s) | ('d', s) | ('b', s) bold run | ('br',) soft break |
    ('k', s) run in 楷体 | ('h', s) run in 黑体 | ('c', s, comment) run carrying a comment."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if not exact:
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    for s in segs:
        if isinstance(s, str):
            add_run(p, s, font, size, bold, color)
        elif s[0] == "br":
            r = add_run(p, "", font, size)
            r.add_break()
        elif s[0] in ("i", "d"):
            r = add_run(p, s[1], font, size, bold, color)
            rev_wrap(r, s[0])
        elif s[0] == "b":
            add_run(p, s[1], font, size, True, color)
        elif s[0] == "k":
            add_run(p, s[1], KT, size, bold, color)
        elif s[0] == "h":
            add_run(p, s[1], HT, size, bold, color)
        elif s[0] == "c":
            r = add_run(p, s[1], font, size, bold, color)
            PENDING_COMMENTS.append((r, s[2]))
    return p


def accepted(segs):
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(s)
        elif s[0] == "br":
            out.append("\n")
        elif s[0] == "d":
            continue
        else:
            out.append(s[1])
    return "".join(out)


def delete_paragraph_mark(p, author="张敏", date="2025-06-16T10:25:00Z"):
    pPr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    rpr.append(d)
    pPr.append(rpr)


def border(p, side, color="000000", sz=8, space=1):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        pPr.insert_element_before(
            bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
            "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
            "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
            "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
            "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
            "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    order = ["top", "left", "bottom", "right", "between", "bar"]
    # keep schema order
    placed = False
    for child in list(bdr):
        if order.index(child.tag.split("}")[1]) > order.index(side):
            child.addprevious(b)
            placed = True
            break
    if not placed:
        bdr.append(b)


def page_number_footer(section, font="宋体"):
    ft = section.footer
    ft.is_linked_to_previous = False
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    add_run(p, "— ", font, 14)
    r = add_run(p, "", font, 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r = add_run(p, "", font, 14)
    it = OxmlElement("w:instrText"); it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    it.text = " PAGE "; r._r.append(it)
    r = add_run(p, "", font, 14)
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r._r.append(f2)
    add_run(p, "1", font, 14)
    r = add_run(p, "", font, 14)
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r._r.append(f3)
    add_run(p, " —", font, 14)


def banner(doc, organ_line, number):
    """版头：发文机关标志（红色小标宋）+ 发文字号 + 红色分隔线."""
    for _ in range(2):
        e = doc.add_paragraph(); e.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    p = para(doc, [organ_line], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS,
             size=40, color=RED, exact=False)
    p.paragraph_format.space_after = Pt(24)
    doc.add_paragraph()
    p = para(doc, [number] if isinstance(number, str) else number, indent=False,
             align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18, 12)
    doc.add_paragraph()
    return p


def title(doc, segs):
    p = para(doc, segs, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=22,
             exact=False)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(35)
    return p


def signoff(doc, organ, date_segs, right_indent_chars=4):
    doc.add_paragraph(); doc.add_paragraph()
    p = para(doc, [organ] if isinstance(organ, str) else organ, indent=False,
             align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * (right_indent_chars + 1))
    p = para(doc, date_segs, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * right_indent_chars)
    return p


def banji(doc, chaosong, yinfa_org, yinfa_date, with_break=True, blank=8):
    if with_break:
        p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    for _ in range(blank):
        doc.add_paragraph()
    p = para(doc, [chaosong], indent=False, size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 1)
    border(p, "bottom", "000000", 4, 1)
    p = para(doc, [yinfa_org + "\t" + yinfa_date], indent=False, size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 8, 1)


def heading1(doc, text):
    return para(doc, [("h", text)])


def heading2(doc, text):
    return para(doc, [("k", text)])


def convert_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_243",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    return kw


EXPECTED = {}


# ===================================================================== (1) 浙江
def make_zhejiang():
    doc = new_doc()
    page_number_footer(doc.sections[0])
    banner(doc, "浙江省商务厅文件", "浙商务发〔2025〕52号")
    title(doc, ["浙江省商务厅关于进一步推动跨境电子商务", ("br",),
                "高质量发展服务共建“一带一路”的通知"])
    doc.add_paragraph()
    zs = para(doc, ["各市商务局，", ("c", "义乌市商务局", "义乌是否需要单列主送？请办公室核对发文范围。"),
                    "，各跨境电子商务综合试验区建设工作领导小组办公室："], indent=False)
    clauses, specific = [], {}

    def body(segs, spec=None, kind="clause"):
        p = para(doc, segs)
        if kind == "clause":
            t = accepted(segs)
            clauses.append(t)
            if spec:
                specific[t[:20]] = spec
        return p

    body(["为深入贯彻落实党中央、国务院关于推进高水平对外开放和高质量共建“一带一路”的决策部署，",
          ("d", "加快"), ("i", "持续"),
          "推动我省跨境电子商务高质量发展，拓展与共建“一带一路”国家经贸合作新空间，现就有关事项通知如下："])
    heading1(doc, "一、培育壮大跨境电商经营主体")
    body([("k", "（一）培育龙头企业。"),
          "支持各地引进和培育一批年交易额超10亿元的跨境电商龙头企业，对首次认定的省级跨境电商重点企业",
          ("d", "给予一次性奖励50万元"), ("i", "按规定给予支持"),
          "。2025年全省新培育省级跨境电商重点企业", ("d", "100"), ("i", "120"), "家以上。"])
    body([("k", "（二）扶持中小卖家出海。"),
          "依托“浙里出海”综合服务平台，为中小微企业提供平台入驻、品牌注册、知识产权保护、合规咨询等一站式服务，每年组织不少于50场跨境电商专题培训",
          ("i", "，推动更多传统外贸企业“触网出海”"), "。"])
    # a whole item deleted in review (runs and paragraph mark deleted)
    p = body([("d", "（三）设立专项资金。"),
              ("d", "省级财政每年安排跨境电商发展专项资金5亿元，重点支持跨境电商公共服务平台、公共海外仓和产业园区建设。")],
             kind="deleted")
    delete_paragraph_mark(p)
    body(["（", ("d", "四"), ("i", "三"), "）推动产业带转型。",
          "在义乌市开展“市场采购+跨境电商”融合发展试点，支持市场经营户通过跨境电商平台拓展共建“一带一路”国家市场，探索市场采购贸易与跨境电商出口数据互认、监管互通。"],
         spec=["义乌市"])
    heading1(doc, "二、完善跨境物流和海外仓体系")
    body([("k", "（一）建设公共海外仓。"),
          "聚焦共建“一带一路”国家和《区域全面经济伙伴关系协定》（RCEP）成员国，支持企业在中东欧、东南亚、中东等地区新建或改扩建一批公共海外仓，到2026年全省省级公共海外仓达到",
          ("d", "100"), ("i", "150"), "个以上。"])
    body([("k", "（二）畅通国际物流通道。"),
          "支持宁波舟山港加密至共建“一带一路”国家的集装箱航线，做强“义新欧”中欧班列跨境电商专列，2025年开行跨境电商专列",
          ("c", "不少于300列", "此数据请与省发展改革委、义乌市再核对，班列口径是否含回程？——陈思远"),
          ("d", "，力争实现每日一列"), "。"])
    body([("k", "（三）提升通关便利化水平。"),
          "配合杭州海关、宁波海关推广跨境电商出口“9610”“9710”“9810”监管模式，推进跨境电商零售出口“清单核放、汇总申报”。",
          ("i", "探索跨境电商出口退货“一站式”监管模式。")])
    heading1(doc, "三、拓展“丝路电商”合作")
    body([("k", "（一）深化“丝路电商”合作。"),
          "组织企业参加中国—中东欧国家博览会、中国（杭州）国际跨境电商交易博览会等重要展会，",
          ("d", "每年"), "与共建“一带一路”国家开展电商直播、线上国家馆等合作活动。"])
    body([("k", "（二）开展跨境电商进口试点。"),
          "在中国（浙江）自由贸易试验区宁波片区开展跨境电商零售进口药品和医疗器械试点，",
          ("d", "试点期限为两年，"), "试点方案由宁波市商务局会同有关部门另行制定。"],
         spec=["中国（浙江）自由贸易试验区宁波片区"])
    heading1(doc, "四、强化组织保障")
    body([("k", "（一）加强统筹协调。"),
          "各市商务局要会同当地海关、税务、外汇等部门建立跨境电商工作协调机制，细化年度目标任务，确保各项政策措施落地见效。"])
    body([("k", "（二）强化监测评估。"),
          "各市商务局要于每季度结束后10日内将本地区跨境电商发展情况报送省商务厅。",
          ("d", "对工作推进不力的地区予以通报批评。"), ("i", "省商务厅将适时对各地工作进展进行评估。")])
    body(["本通知自2025年", ("d", "7月1日"), ("i", "8月1日"), "起施行，有效期至2027年",
          ("d", "6月30日"), ("i", "7月31日"), "。"])
    doc.add_paragraph()
    para(doc, ["附件：", ("d", "1."), "浙江省跨境电子商务重点培育企业申报表"])
    p = para(doc, [("d", "2.浙江省公共海外仓认定申报表")], indent=False)
    p.paragraph_format.left_indent = Pt(16 * 5)
    delete_paragraph_mark(p)
    signoff(doc, "浙江省商务厅", ["2025年6月18日"])
    doc.add_paragraph()
    para(doc, ["（此件公开发布）"])
    banji(doc, "抄送：商务部电子商务司，省发展改革委，省财政厅，杭州海关，宁波海关。",
          "浙江省商务厅办公室", "2025年6月19日印发")

    # comments
    for run, text in PENDING_COMMENTS:
        doc.add_comment(run, text=text, author="陈思远", initials="CSY")
    PENDING_COMMENTS.clear()
    # settings: tracking still switched on
    settings = doc.settings.element
    tr = OxmlElement("w:trackRevisions")
    anchor = settings.find(qn("w:defaultTabStop"))
    if anchor is not None:
        anchor.addprevious(tr)
    else:
        settings.append(tr)
    stem = "blind243_zhejiang_tongzhi"
    doc.save(os.path.join(HERE, stem + ".docx"))
    EXPECTED[stem] = [{
        "meta": meta(title="浙江省商务厅关于进一步推动跨境电子商务高质量发展服务共建“一带一路”的通知",
                     doc_number="浙商务发〔2025〕52号", issuer=["浙江省商务厅"],
                     date="2025-06-18", published="2025-06-19", level="provincial",
                     region="浙江省", effective="2025-08-01", expires="2027-07-31",
                     attachments=["浙江省跨境电子商务重点培育企业申报表"], doc_type="通知",
                     recipients=["各市商务局", "义乌市商务局",
                                 "各跨境电子商务综合试验区建设工作领导小组办公室"],
                     publicity="此件公开发布", repeals=None),
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# ===================================================================== (2) 重庆
def sdt_block(p, alias, tag):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    t = OxmlElement("w:tag"); t.set(qn("w:val"), tag); pr.append(t)
    i = OxmlElement("w:id"); i.set(qn("w:val"), str(-1000 - int(next_id()))); pr.append(i)
    sdt.append(pr)
    sdt.append(OxmlElement("w:sdtEndPr"))
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    p._p.addprevious(sdt)
    content.append(p._p)
    return sdt


def sdt_inline(run, alias, date=None):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    i = OxmlElement("w:id"); i.set(qn("w:val"), str(-2000 - int(next_id()))); pr.append(i)
    if date:
        d = OxmlElement("w:date"); d.set(qn("w:fullDate"), date + "T00:00:00Z")
        f = OxmlElement("w:dateFormat"); f.set(qn("w:val"), "yyyy'年'M'月'd'日'"); d.append(f)
        l = OxmlElement("w:lid"); l.set(qn("w:val"), "zh-CN"); d.append(l)
        s = OxmlElement("w:storeMappedDataAs"); s.set(qn("w:val"), "dateTime"); d.append(s)
        c = OxmlElement("w:calendar"); c.set(qn("w:val"), "gregorian"); d.append(c)
        pr.append(d)
    else:
        pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    run._r.addprevious(sdt)
    content.append(run._r)


def make_chongqing():
    doc = new_doc()
    sec = doc.sections[0]
    page_number_footer(sec)
    hd = sec.header
    hp = hd.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    add_run(hp, "重庆市人民政府办公厅", KT, 10.5)
    border(hp, "bottom", "000000", 4, 1)

    for _ in range(2):
        e = doc.add_paragraph(); e.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    p = para(doc, ["重庆市人民政府办公厅文件"], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             font=XBS, size=36, color=RED, exact=False)
    doc.add_paragraph()
    p = para(doc, [], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    r = add_run(p, "渝府办发〔2025〕41号")
    sdt_inline(r, "文号")
    border(p, "bottom", "FF0000", 18, 12)
    doc.add_paragraph()
    title(doc, ["重庆市人民政府办公厅关于深入实施"])
    title(doc, ["自由贸易试验区提升战略更好服务"])
    title(doc, ["共建“一带一路”的实施意见"])
    doc.add_paragraph()
    p = para(doc, ["各区县（自治县）人民政府，市政府各部门，有关单位："], indent=False)
    sdt_block(p, "主送机关", "zhusong")

    clauses, specific = [], {}

    def body(segs, spec=None, sdt=None, extra=None):
        p = para(doc, segs)
        t = accepted(segs)
        if extra:
            p2 = para(doc, extra)
            t = t + "\n" + accepted(extra)
        clauses.append(t)
        if spec:
            specific[t[:20]] = spec
        if sdt:
            sdt_block(p, sdt, "tiaokuan")
        return p

    body(["为深入贯彻落实《国务院关于实施自由贸易试验区提升战略的意见》，推动中国（重庆）自由贸易试验区（以下简称重庆自贸试验区）高水平建设，更好发挥重庆在共建“一带一路”和长江经济带联动发展中的重要作用，经市政府同意，现提出以下实施意见。"])
    heading1(doc, "一、总体要求")
    body(["坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，以制度创新为核心，以西部陆海新通道建设为牵引，稳步扩大规则、规制、管理、标准等制度型开放。到2027年，重庆自贸试验区累计形成制度创新成果200项以上，其中在全国复制推广10项以上；外贸进出口额占全市比重达到30%以上，建成内陆开放综合枢纽的核心承载区。"])
    heading1(doc, "二、重点任务")
    heading2(doc, "（一）提升国际物流通道能级")
    body(["1.拓展西部陆海新通道。加密重庆至北部湾港铁海联运班列，拓展至东盟、中东、南亚等地区的国际航线，推动通道沿线物流、贸易、产业融合发展。到2027年，西部陆海新通道重庆运营平台年运输量达到30万标箱以上。"])
    body(["2.做优中欧班列（成渝）品牌。推动中欧班列（成渝）提质增效，拓展至中亚、欧洲的新线路，开行跨境电商、冷链、汽车等特色专列。"],
         extra=["支持班列运营平台在共建“一带一路”国家布局海外集结分拨中心，提升回程货源组织能力。"])
    heading2(doc, "（二）对接国际高标准经贸规则")
    body(["3.推进规则标准先行先试。对标《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等国际高标准经贸规则，在货物贸易、服务贸易、数字贸易、知识产权保护等领域开展压力测试，每年形成一批可复制推广的制度创新成果。"],
         sdt="条款3")
    body(["4.深化服务贸易创新发展。全面落实跨境服务贸易负面清单管理制度，在金融、物流、文化、医疗等领域扩大开放，支持外资机构依法参与相关领域投资经营。"])
    heading2(doc, "（三）做强开放平台")
    body(["5.提升两江片区开放能级。支持中国（重庆）自由贸易试验区两江片区建设国际物流分拨中心和数字贸易示范区，在两江片区开展离岸贸易、新型易货贸易等业务试点。"],
         spec=["中国（重庆）自由贸易试验区两江片区"])
    body(["6.推动西永综合保税区提质升级。支持西永综合保税区发展保税研发、保税维修、保税检测等业态，对区内企业开展全球维修业务的产品目录实行动态调整。"],
         spec=["西永综合保税区"], sdt="条款6")
    body(["7.加快跨境电商发展。支持中国（重庆）跨境电子商务综合试验区建设，推广跨境电商“9610”“9710”“9810”“1210”监管模式，鼓励企业在共建“一带一路”国家建设海外仓。到2027年，全市跨境电商交易额突破600亿元。"])
    heading2(doc, "（四）优化营商环境")
    body(["8.提升贸易便利化水平。深化国际贸易“单一窗口”建设，推进口岸通关全流程无纸化，压缩整体通关时间；在果园港、团结村铁路口岸推行“两步申报”“提前申报”等便利措施。"])
    body(["9.加强人才和法治保障。建立自贸试验区外籍高层次人才认定机制，完善涉外商事纠纷诉讼、调解、仲裁多元化解决机制，支持在重庆自贸试验区设立国际商事调解组织。"])
    heading1(doc, "三、保障措施")
    body([("k", "（一）加强组织领导。"), "市自贸试验区工作领导小组要统筹推进各项任务落实，各片区管理机构要履行主体责任，制定年度工作计划。"])
    body([("k", "（二）强化政策支持。"), "市级有关部门要在资金、用地、人才等方面加大对重庆自贸试验区的支持力度，依法向片区下放市级经济社会管理权限。"])
    body([("k", "（三）做好评估推广。"), "市商务委要会同有关部门定期开展评估，及时总结推广制度创新经验，重大事项及时向市政府报告。"])
    body(["本实施意见自2025年9月1日起施行，有效期5年。《重庆市人民政府办公厅关于支持中国（重庆）自由贸易试验区高质量发展的若干措施》（渝府办发〔2021〕76号）同时废止。"])
    doc.add_paragraph()
    p = para(doc, ["重庆市人民政府办公厅"], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 3)
    p = para(doc, [], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    r = add_run(p, "2025年8月12日")
    sdt_inline(r, "成文日期", date="2025-08-12")
    para(doc, ["（此件公开发布）"])
    banji(doc, "抄送：市委有关部门，市人大常委会办公厅，市政协办公厅，市高法院，市检察院，重庆海关。",
          "重庆市人民政府办公厅", "2025年8月13日印发", with_break=False, blank=12)
    stem = "blind243_chongqing_shishiyijian"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert_pdf(path)
    EXPECTED[stem] = [{
        "meta": meta(title="重庆市人民政府办公厅关于深入实施自由贸易试验区提升战略更好服务共建“一带一路”的实施意见",
                     doc_number="渝府办发〔2025〕41号", issuer=["重庆市人民政府办公厅"],
                     date="2025-08-12", published="2025-08-13", level="provincial",
                     region="重庆市", effective="2025-09-01", expires="2030-08-31",
                     attachments=[], doc_type="实施意见",
                     recipients=["各区县（自治县）人民政府", "市政府各部门", "有关单位"],
                     publicity="此件公开发布",
                     repeals="《重庆市人民政府办公厅关于支持中国（重庆）自由贸易试验区高质量发展的若干措施》（渝府办发〔2021〕76号）"),
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# ===================================================================== (3) 天津
def cell_clear(cell):
    for p in cell.paragraphs:
        p._p.getparent().remove(p._p)


def cell_paras(cell, items, size=12, align=None):
    """items: str (plain paragraph) or ('•', str) bullet paragraph (Word list numbering)."""
    cell_clear(cell)
    for it in items:
        if isinstance(it, tuple):
            p = cell.add_paragraph(style="List Bullet")
            txt = it[1]
        else:
            p = cell.add_paragraph()
            txt = it
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(20)
        p.paragraph_format.first_line_indent = None
        if align is not None:
            p.alignment = align
        add_run(p, txt, FS, size)


def cell_text(items):
    return "\n".join(it[1] if isinstance(it, tuple) else it for it in items)


def set_widths(table, widths):
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    tblPr = tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW"); tblPr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(sum(int(w.twips) for w in widths)))
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed")
    tblPr.insert_element_before(lay, "w:tblCellMar", "w:tblLook", "w:tblCaption",
                                "w:tblDescription", "w:tblPrChange")
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true")
    trPr.append(h)


def make_tianjin():
    doc = new_doc()
    sec = doc.sections[0]
    page_number_footer(sec)
    for _ in range(1):
        e = doc.add_paragraph(); e.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    # joint 版头: two organ names stacked, "文件" to the right (table, no borders)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Mm(110), Mm(40)])
    for i, name in enumerate(["天津市商务局", "天津海关"]):
        c = t.cell(i, 0)
        cell_clear(c)
        p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        add_run(p, name, XBS, 34, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_clear(m)
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    add_run(p, "文件", XBS, 40, color=RED)
    doc.add_paragraph()
    p = para(doc, ["津商务发〔2025〕21号"], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18, 12)
    doc.add_paragraph()
    title(doc, ["天津市商务局 天津海关关于推进跨境电子商务与综合保税区联动发展的通知"])
    doc.add_paragraph()
    para(doc, ["各区商务主管部门，各综合保税区管理机构，天津海关各隶属海关，有关企业："], indent=False)

    clauses, specific = [], {}

    def body(segs, spec=None):
        p = para(doc, segs)
        t = accepted(segs)
        clauses.append(t)
        if spec:
            specific[t[:20]] = spec
        return p

    body(["为贯彻落实国家关于加快发展跨境电子商务、推进综合保税区高质量发展的决策部署，发挥天津港作为共建“一带一路”重要枢纽港的优势，促进跨境电子商务与综合保税区联动发展，现就有关事项通知如下："])
    body([("h", "一、拓展业务模式。"), "支持全市各综合保税区开展跨境电商网购保税进口（1210）和特殊区域出口业务，鼓励区内企业发展“跨境电商+保税展示交易”“跨境电商+保税仓储分拨”等新业态，推动跨境电商企业在综合保税区设立区域分拨中心。"])
    body([("h", "二、开展保税维修试点。"), "在天津东疆综合保税区开展跨境电商出口退货商品保税维修试点，对符合条件的退货商品，允许进入区内进行检测、维修、翻新后复运出境或内销，具体监管办法由天津海关另行制定。"],
         spec=["天津东疆综合保税区"])
    body([("h", "三、优化通关监管。"), "天津海关对综合保税区内跨境电商企业推行“分送集报、自行运输”“批次进出、集中申报”等便利措施，推广跨境电商零售进口退货中心仓模式，实现退货商品“区内分拣、集中退货”。"])
    body([("h", "四、强化要素保障。"), "各区商务主管部门要将综合保税区内跨境电商项目纳入重点项目库，在用地、用房、融资等方面给予支持；对新落户综合保税区且年进出口额超过1亿元的跨境电商企业，按规定给予支持。"])
    body([("h", "五、加强协同配合。"), "市商务局、天津海关建立跨境电商与综合保税区联动发展工作协调机制，每半年召开一次联席会议，研究解决重点问题。各单位要按照附件明确的任务分工抓好落实，每季度末5日前将工作进展报送市商务局。"])
    body(["本通知自印发之日起施行，有效期至2027年5月31日。"])
    doc.add_paragraph()
    para(doc, ["附件：2025年天津市跨境电商与综合保税区联动发展重点任务清单"])
    doc.add_paragraph()
    p = para(doc, ["天津市商务局", "\u3000" * 5, "天津海关"], indent=True)
    p.paragraph_format.first_line_indent = Pt(16 * 4)
    p = para(doc, ["2025年5月20日"], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16 * 4)
    doc.add_paragraph()
    para(doc, ["（此件主动公开）"])

    # ---- landscape section for the attachment
    ls = doc.add_section(WD_SECTION.NEW_PAGE)
    ls.orientation = WD_ORIENT.LANDSCAPE
    ls.page_width, ls.page_height = Mm(297), Mm(210)
    ls.top_margin, ls.bottom_margin = Mm(28), Mm(26)
    ls.left_margin, ls.right_margin = Mm(37), Mm(35)
    para(doc, [("h", "附件")], indent=False)
    doc.add_paragraph()
    p = para(doc, ["2025年天津市跨境电商与综合保税区联动发展重点任务清单"], indent=False,
             align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=22, exact=False)
    p.paragraph_format.space_after = Pt(12)
    headers = ["类别", "序号", "重点任务", "工作措施", "责任单位", "完成时限"]
    rows = [
        ("平台建设", "1", "升级跨境电商公共服务平台",
         ["升级天津跨境电商公共服务平台，实现与海关、税务、外汇管理部门数据互联互通。",
          ("•", "2025年6月底前完成平台二期功能上线；"),
          ("•", "推动平台与国际贸易“单一窗口”标准版对接。")],
         ["牵头：市商务局", "配合：天津海关、市税务局"], "2025年12月底", None),
        ("平台建设", "2", "建设跨境电商产业园",
         ["在天津港综合保税区规划建设跨境电商产业园，集聚跨境电商平台、物流、支付等企业。",
          ("•", "2025年9月底前完成产业园规划编制；"),
          ("•", "引进跨境电商及配套服务企业30家以上。")],
         ["牵头：天津港保税区管委会", "配合：市商务局"], "2025年12月底", ["天津港综合保税区"]),
        ("监管创新", "3", "开展跨境电商保税维修试点",
         ["在天津东疆综合保税区开展跨境电商出口退货商品保税维修业务。",
          ("•", "制定试点监管操作规程；"),
          ("•", "2025年内完成首单业务。")],
         ["牵头：天津海关", "配合：东疆综合保税区管理机构"], "2025年12月底", ["天津东疆综合保税区"]),
        ("监管创新", "4", "推广退货中心仓模式",
         ["在全市具备条件的综合保税区推广跨境电商零售进口退货中心仓模式。",
          "对退货中心仓实行“一仓多用”，提高仓储利用效率。"],
         ["天津海关"], "持续推进", None),
        ("主体培育", "5", "培育跨境电商龙头企业",
         ["建立跨境电商重点企业培育库，实施“一企一策”精准服务。",
          ("•", "2025年新增跨境电商年进出口额超亿元企业10家；"),
          ("•", "支持企业在共建“一带一路”国家布局海外仓。")],
         ["牵头：市商务局", "配合：各区人民政府"], "2025年12月底", None),
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=6)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(22), Mm(14), Mm(40), Mm(95), Mm(34), Mm(20)]
    set_widths(tb, widths)
    for c, h in zip(tb.rows[0].cells, headers):
        cell_clear(c)
        p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.first_line_indent = None
        add_run(p, h, HT, 12)
    set_repeat_header(tb.rows[0])
    for i, (cat, no, task, meas, resp, due, spec) in enumerate(rows, start=1):
        cells = tb.rows[i].cells
        cell_paras(cells[1], [no], align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_paras(cells[2], [task])
        cell_paras(cells[3], meas)
        cell_paras(cells[4], resp)
        cell_paras(cells[5], [due], align=WD_ALIGN_PARAGRAPH.CENTER)
        t = "；".join([f"类别：{cat}", f"序号：{no}", f"重点任务：{task}",
                       f"工作措施：{cell_text(meas)}", f"责任单位：{cell_text(resp)}",
                       f"完成时限：{due}"])
        clauses.append(t)
        if spec:
            specific[t[:20]] = spec
    # merged 类别 cells
    groups = {}
    for i, r in enumerate(rows, start=1):
        groups.setdefault(r[0], []).append(i)
    for cat, idx in groups.items():
        top = tb.cell(idx[0], 0)
        if len(idx) > 1:
            top = top.merge(tb.cell(idx[-1], 0))
        cell_paras(top, [cat], align=WD_ALIGN_PARAGRAPH.CENTER)
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT as V
        top.vertical_alignment = V.CENTER

    # ---- back to portrait for the 版记
    ps = doc.add_section(WD_SECTION.NEW_PAGE)
    ps.orientation = WD_ORIENT.PORTRAIT
    ps.page_width, ps.page_height = Mm(210), Mm(297)
    ps.top_margin, ps.bottom_margin = Mm(37), Mm(35)
    ps.left_margin, ps.right_margin = Mm(28), Mm(26)
    banji(doc, "抄送：市人民政府办公厅，市发展改革委，市财政局，市税务局，国家外汇管理局天津市分局。",
          "天津市商务局办公室", "2025年5月21日印发", with_break=False)
    stem = "blind243_tianjin_lianhetongzhi"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert_pdf(path)
    EXPECTED[stem] = [{
        "meta": meta(title="天津市商务局 天津海关关于推进跨境电子商务与综合保税区联动发展的通知",
                     doc_number="津商务发〔2025〕21号", issuer=["天津市商务局", "天津海关"],
                     date="2025-05-20", published="2025-05-21", level="provincial",
                     region="天津市", effective="2025-05-21", expires="2027-05-31",
                     attachments=["2025年天津市跨境电商与综合保税区联动发展重点任务清单"],
                     doc_type="通知",
                     recipients=["各区商务主管部门", "各综合保税区管理机构", "天津海关各隶属海关",
                                 "有关企业"],
                     publicity="此件主动公开", repeals=None),
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


# ===================================================================== (4) 青岛
def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.insert_element_before(b, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                                "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def make_qingdao():
    doc = new_doc()
    page_number_footer(doc.sections[0])
    banner(doc, "青岛市人民政府", "青政字〔2025〕31号")
    # title typed in a single-cell table to centre it
    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    set_widths(t, [Mm(150)])
    c = t.cell(0, 0)
    cell_clear(c)
    for line in ["青岛市人民政府关于同意建设",
                 "青岛前湾综合保税区“一带一路”",
                 "跨境电商产业园的批复"]:
        p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(35)
        p.paragraph_format.first_line_indent = None
        add_run(p, line, XBS, 22)
    doc.add_paragraph()
    para(doc, ["青岛西海岸新区管委，市商务局："], indent=False)
    clauses, specific = [], {}
    texts = [
        ("你们《关于申请建设青岛前湾综合保税区“一带一路”跨境电商产业园的请示》（青西新管字〔2025〕46号）收悉。经研究，现批复如下：", None),
        ("同意在青岛前湾综合保税区内建设“一带一路”跨境电商产业园（以下简称产业园），规划面积约0.8平方公里，重点发展跨境电商保税备货、海外仓服务、跨境电商供应链金融等业态，打造面向日韩和共建“一带一路”国家的跨境电商集散分拨中心。",
         ["青岛前湾综合保税区"]),
        ("青岛西海岸新区管委要切实履行主体责任，抓紧制定产业园建设实施方案，完善配套设施，严格落实安全生产、生态环境保护等要求，确保产业园规范有序运营。市商务局要会同市有关部门加强指导服务，协调解决产业园建设中的重大问题，重大事项及时向市政府报告。",
         None),
    ]
    for txt, spec in texts:
        para(doc, [txt])
        clauses.append(txt)
        if spec:
            specific[txt[:20]] = spec
    signoff(doc, "青岛市人民政府", ["2025年7月8日"])
    doc.add_paragraph()
    para(doc, ["（此件公开发布）"])
    banji(doc, "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，青岛海关，市发展改革委，市财政局，市自然资源和规划局。",
          "青岛市人民政府办公厅", "2025年7月9日印发", with_break=False, blank=6)
    stem = "blind243_qingdao_pifu"
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    convert_pdf(path)
    EXPECTED[stem] = [{
        "meta": meta(title="青岛市人民政府关于同意建设青岛前湾综合保税区“一带一路”跨境电商产业园的批复",
                     doc_number="青政字〔2025〕31号", issuer=["青岛市人民政府"],
                     date="2025-07-08", published="2025-07-09", level="municipal",
                     region="青岛市", effective=None, expires=None, attachments=[],
                     doc_type="批复", recipients=["青岛西海岸新区管委", "市商务局"],
                     publicity="此件公开发布", repeals=None),
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


if __name__ == "__main__":
    make_zhejiang()
    make_chongqing()
    make_tianjin()
    make_qingdao()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("ok:", ", ".join(sorted(EXPECTED)))
