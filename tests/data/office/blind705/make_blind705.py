# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 705: 跨境电商海外仓 政策解读 (答记者问 + 一图读懂 text version)."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


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
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28.9)
    return doc


def add_page_number(doc, style="dash"):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if style == "dash":
        r = p.add_run("— ")
        set_font(r, ST, 14)
    r = p.add_run()
    set_font(r, ST, 14)
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
    if style == "dash":
        r = p.add_run(" —")
        set_font(r, ST, 14)


def para(doc, runs, align=None, first_indent=None, line=None, before=None,
         after=None, left_indent=None):
    """runs: list of (text, font, size, bold, color) ; text '\n' => soft break."""
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    if first_indent is not None:
        pf.first_line_indent = first_indent
    if left_indent is not None:
        pf.left_indent = left_indent
    if line is not None:
        pf.line_spacing = line
    if before is not None:
        pf.space_before = before
    if after is not None:
        pf.space_after = after
    for spec in runs:
        text, font, size, bold, color = (list(spec) + [None] * 5)[:5]
        if text == "\n":
            r = p.add_run()
            r.add_break()
            continue
        r = p.add_run(text)
        set_font(r, font or FS, size or 16, bold, color)
    return p


def red_rule(p, color="E60012", sz="12"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "4")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def empty(doc):
    return doc.add_paragraph()


def set_cell(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(20)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p.add_run().add_break()
        r = p.add_run(part)
        set_font(r, font, size, bold, color)


def table(doc, header, rows, widths=None, head_font=HT, size=12, aligns=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        set_cell(t.rows[0].cells[j], h, head_font, size, True)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER
            if aligns:
                al = aligns[j]
            set_cell(t.rows[i + 1].cells[j], v, FS, size, False, al)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    clauses = []
    for row in rows:
        clauses.append("；".join("%s：%s" % (h.replace("\n", ""), v.replace("\n", ""))
                                for h, v in zip(header, row)))
    return t, clauses


# ---- Word numbering (auto numbers / bullets that are not in the text)
def add_numbering(doc, kind, fmt_text, font=FS, size=16, indent_twips=640):
    numbering = doc.part.numbering_part.element
    existing = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(existing + [0]) + 10
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    st = OxmlElement("w:start")
    st.set(qn("w:val"), "1")
    nf = OxmlElement("w:numFmt")
    nf.set(qn("w:val"), kind)
    sfx = OxmlElement("w:suff")
    sfx.set(qn("w:val"), "nothing")
    lt = OxmlElement("w:lvlText")
    lt.set(qn("w:val"), fmt_text)
    jc = OxmlElement("w:lvlJc")
    jc.set(qn("w:val"), "left")
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), str(indent_twips))
    ppr.append(ind)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:hint"):
        rf.set(qn(a), font if a != "w:hint" else "eastAsia")
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(size * 2))
    rpr.append(sz)
    for e in (st, nf, sfx, lt, jc, ppr, rpr):
        lvl.append(e)
    an.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    nums = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(nums + [0]) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    anid = OxmlElement("w:abstractNumId")
    anid.set(qn("w:val"), str(aid))
    num.append(anid)
    numbering.append(num)
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(nid))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


IND2 = Pt(32)  # 2 chars at 16pt


def body(doc, clauses, text, runs=None, indent="fmt", clause=None, size=16):
    """Add an ordinary body paragraph and record it as a clause.
    indent='fmt' -> first-line indent 2 chars by format; 'space' -> typed
    full-width spaces (not part of the clause)."""
    if runs is None:
        runs = [(text, FS, size)]
    if indent == "space":
        runs = [("\u3000\u3000", FS, size)] + list(runs)
        p = para(doc, runs)
    elif indent == "none":
        p = para(doc, runs)
    else:
        p = para(doc, runs, first_indent=Pt(2 * size))
    clauses.append(clause if clause is not None else text)
    return p


# ================================================================ doc 1
def make_henan_dajizhewen():
    stem = "blind705_henan_dajizhewen"
    doc = new_doc()
    S = 14

    def bd(*args, **kw):
        kw.setdefault("size", S)
        return body(*args, **kw)

    doc.styles["Normal"].paragraph_format.line_spacing = Pt(23)
    add_page_number(doc)
    cl = []
    title = "河南省商务厅负责同志就《河南省支持跨境电商海外仓建设若干措施》答记者问"
    # title typed with a soft break in the middle of the 书名号
    para(doc, [("河南省商务厅负责同志就《河南省支持", XBS, 22), "\n",
               ("跨境电商海外仓建设若干措施》答记者问", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    empty(doc)
    para(doc, [("发布时间：2026-03-12\u3000来源：河南省商务厅", KT, 12)],
         align=WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc)

    def q(text, split_label=True):
        # 问 paragraph: bold, label in its own run, question split over runs
        half = len(text) // 2
        runs = [("问：", HT, S, True), (text[:half], FS, S, True), (text[half:], FS, S, True)]
        if not split_label:
            runs = [("问：" + text, FS, S, True)]
        p = para(doc, runs, first_indent=Pt(2 * S))
        cl.append("问：" + text)
        return p

    def a(text, first=False, indent="fmt"):
        if first:
            runs = [("答：", HT, S, True), (text, FS, S)]
            bd(doc, cl, None, runs=runs, indent=indent, clause="答：" + text)
        else:
            bd(doc, cl, text, indent=indent)

    bd(doc, cl, "近日，经省政府同意，省商务厅、省发展改革委、省财政厅、郑州海关等8部门联合印发《河南省支持跨境电商海外仓建设若干措施》（以下简称《若干措施》）。为帮助社会各界更好地理解和落实政策，省商务厅负责同志接受记者采访，就《若干措施》有关情况进行了解读。",
         indent="space")
    empty(doc)

    q("请介绍一下《若干措施》出台的背景。")
    a("跨境电商是当前发展速度最快、潜力最大、带动作用最强的外贸新业态，海外仓是跨境电商重要的境外节点，是带动外贸高质量发展的新型外贸基础设施。党中央、国务院高度重视海外仓发展，2024年以来国家有关部门先后出台拓展跨境电商出口、推进海外仓建设的系列政策措施。", first=True)
    # paragraph with a soft line break in mid-sentence (copied from web page)
    t2a = "我省是全国跨境电商发展的先行区，郑州是全国第二批跨境电商综合试验区，“1210”网购保税进口模式在郑州首创。2025年，全省跨境电商进出口额达到2810亿元，同比增长11.6%；全省企业在境外建设运营海外仓216个，总面积超过"
    t2b = "320万平方米，覆盖美国、德国、波兰、俄罗斯、阿联酋等40多个国家和地区。但同时也要看到，我省海外仓还存在布局不够均衡、数字化水平不高、综合服务能力不强、融资难融资贵等问题。为此，省商务厅会同有关部门深入调研、广泛征求意见，研究起草了《若干措施》。"
    bd(doc, cl, None, runs=[(t2a, FS, S), "\n", (t2b, FS, S)], clause=t2a + t2b)
    empty(doc)

    q("《若干措施》的总体思路和主要目标是什么？")
    a("《若干措施》坚持“市场主导、政府引导，优化布局、提升能级，数字赋能、合规经营”的原则，以中欧班列（郑州）、郑州—卢森堡“空中丝绸之路”等国际物流通道为依托，推动海外仓与跨境电商、国际物流、外贸综合服务等协同发展。", first=True)
    a("主要目标是：到2027年，全省企业在境外建设运营海外仓达到300个以上，总面积超过450万平方米；培育省级公共海外仓示范企业50家、海外智慧物流平台10个；海外仓服务全省跨境电商出口企业超过1万家，带动全省跨境电商进出口额年均增长10%以上。")
    empty(doc)

    q("《若干措施》主要包括哪些内容？")
    a("《若干措施》共10条，主要从四个方面提出支持举措：", first=True)
    # run-in headings in bold runs
    for head, rest in [
        ("一是优化海外仓布局。", "支持企业围绕共建“一带一路”国家和RCEP成员国等重点市场布局海外仓，鼓励在中欧班列沿线节点城市建设集货仓、中转仓，引导海外仓向中东、中亚、拉美、非洲等新兴市场拓展。"),
        ("二是提升海外仓服务能力。", "支持海外仓企业拓展展示、售后、退换货、维修等功能，建设“海外仓+直播”“海外仓+展厅”等新型营销中心，推动公共海外仓向中小微企业开放共享。"),
        ("三是加大财政金融支持。", "对符合条件的海外仓项目给予资金支持，鼓励金融机构开发“海外仓贷”等特色产品，扩大出口信用保险覆盖面。"),
        ("四是强化便利化和人才保障。", "优化跨境电商出口海外仓（9810）监管模式，推行出口退（免）税便利化措施，加强海外仓合规经营指导和跨境电商人才培养。"),
    ]:
        bd(doc, cl, None, runs=[(head, FS, S, True), (rest, FS, S)], clause=head + rest)
    empty(doc)

    q("在资金支持方面，《若干措施》有哪些具体举措？", split_label=False)
    a("省级商务发展专项资金每年统筹安排不超过3000万元，重点支持海外仓建设和公共服务能力提升。具体支持标准如下：", first=True)
    header = ["序号", "支持事项", "支持条件", "支持标准"]
    rows = [
        ["1", "新建或扩建海外仓", "单仓面积5000平方米以上，年度实际投资额500万元以上", "按实际投资额的10%给予补助，单个项目最高200万元"],
        ["2", "省级公共海外仓示范企业", "经认定的公共海外仓，服务省内企业30家以上", "一次性奖励50万元"],
        ["3", "海外仓数字化改造", "建设仓储管理系统（WMS）、订单管理系统（OMS）等信息系统", "按软硬件投入的30%给予补助，最高100万元"],
        ["4", "中小微企业租用公共海外仓", "中小微跨境电商企业租用省级公共海外仓示范企业仓储资源", "按租金的20%给予补助，单个企业每年最高20万元"],
    ]
    _, rc = table(doc, header, rows, widths=[1.3, 3.6, 5.4, 5.3],
                  aligns=[WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT,
                          WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.LEFT])
    cl.extend(rc)
    bd(doc, cl, "注：支持资金实行“先建后补”，具体申报要求以年度申报通知为准。",
         runs=[("注：支持资金实行“先建后补”，具体申报要求以年度申报通知为准。", KT, 12)],
         indent="none")
    a("同一企业同一项目不得重复享受省级财政资金支持，单个企业年度获得《若干措施》支持资金累计不超过300万元。各省辖市可结合实际出台配套支持政策。")
    empty(doc)

    q("企业反映较多的融资难问题，《若干措施》是如何回应的？")
    a("融资难、融资贵是海外仓企业反映较多的问题。《若干措施》从三个方面提出举措：", first=True)
    a("（一）创新金融产品。鼓励银行机构以海外仓仓单、应收账款、出口退税等为依据开展质押融资，开发“海外仓贷”“跨境电商贷”等专属产品。")
    t = ("（二）加大信保支持。支持中国出口信用保险公司河南分公司扩大海外仓出口信用保险承保规模，", "对小微跨境电商企业投保给予保费补助，补助比例不超过实缴保费的50%。")
    bd(doc, cl, None, runs=[(t[0], FS, S), "\n", (t[1], FS, S)], clause=t[0] + t[1])
    a("（三）拓宽融资渠道。支持符合条件的海外仓企业通过发行债券、上市挂牌等方式融资，引导政府投资基金加大对海外仓项目的投资力度。")
    empty(doc)

    q("在通关和退税便利化方面有哪些措施？")
    a("郑州海关将持续优化跨境电商出口海外仓（9810）监管模式，简化企业备案手续，推广“跨境电商出口+海外仓”一站式申报。支持郑州、洛阳、南阳、许昌等跨境电商综试区开展跨境电商出口商品退货监管改革，畅通海外仓退货回流渠道。", first=True, indent="space")
    a("税务部门对符合条件的出口海外仓企业，可凭海外仓收货证明等资料办理出口退税，进一步压缩退税办理时间，帮助企业加快资金周转。", indent="space")
    empty(doc)

    q("如何保障《若干措施》落地见效？")
    a("一是加强统筹协调。依托省推进跨境电商发展工作专班，建立部门协同推进机制，定期调度海外仓建设进展，协调解决重大问题。", first=True)
    a("二是强化监测评估。建立全省海外仓企业名录库和运行监测体系，对重点海外仓项目实行清单化管理，适时开展政策实施效果评估。")
    a("三是加强宣传培训。通过政策宣讲会、“海外仓出海行”对接活动等形式，帮助企业用好用足政策。")
    a("下一步，省商务厅将会同有关部门抓紧制定申报指南，确保政策早落地、早见效。企业可登录河南省商务厅门户网站或拨打咨询电话0371-63576000了解具体政策。")
    empty(doc)
    empty(doc)

    meta = {
        "title": title,
        "doc_number": None,
        "issuer": ["河南省商务厅"],
        "date": "2026-03-12",
        "published": "2026-03-12",
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "答记者问",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    return stem, [{"meta": meta, "clauses": cl}]


# ================================================================ doc 2
def make_henan_yitu():
    stem = "blind705_henan_yitududong"
    doc = new_doc()
    cl = []
    title = "一图读懂《河南省支持跨境电商海外仓建设若干措施》"
    p = para(doc, [("一图读懂", XBS, 26, False, RED), "\n",
                   ("《河南省支持跨境电商海外仓建设若干措施》", XBS, 20)],
             align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(38))
    p2 = para(doc, [("发布时间：2026-03-12\u3000来源：河南省商务厅", KT, 12)],
              align=WD_ALIGN_PARAGRAPH.CENTER, before=Pt(6))
    red_rule(p2)
    empty(doc)

    def star(text, big=None):
        runs = [("★", HT, 16, True, RED)]
        if big:
            runs += [(big, HT, 26, True, RED), (" " + text, HT, 16, True)]
        else:
            runs += [(text, HT, 18, True)]
        para(doc, runs, before=Pt(8), after=Pt(4))

    def tri(text, big=None):
        # typed ▲ ; optional big number rendered in separate red run
        if big:
            pre, post = text.split(big, 1)
            runs = [("▲", FS, 14, False, RED), (pre, FS, 16), (big, HT, 22, True, RED), (post, FS, 16)]
        else:
            runs = [("▲", FS, 14, False, RED), (text, FS, 16)]
        para(doc, runs, left_indent=Pt(16))
        cl.append("▲" + text)

    def num_head(n, text):
        para(doc, [(n, "Arial Black", 20, True, RED), ("  ", FS, 16), (text, HT, 16, True)],
             before=Pt(6))

    star("出台背景")
    tri("跨境电商是发展速度最快、潜力最大、带动作用最强的外贸新业态，海外仓是跨境电商重要的境外节点和新型外贸基础设施。")
    tri("2025年，全省跨境电商进出口额2810亿元，同比增长11.6%；全省企业在境外建设运营海外仓216个，面积超过320万平方米。", big="2810亿元")
    empty(doc)

    star("关键数字")
    header = ["关键数字", "含义"]
    rows = [
        ["10条", "《若干措施》共提出10条支持举措"],
        ["3000万元", "省级商务发展专项资金每年统筹安排不超过3000万元支持海外仓建设"],
        ["300个", "到2027年全省企业在境外建设运营海外仓达到300个以上"],
        ["50家", "到2027年培育省级公共海外仓示范企业50家"],
    ]
    t, rc = table(doc, header, rows, widths=[3.5, 12.0],
                  aligns=[WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT])
    for i in range(1, len(rows) + 1):
        c = t.rows[i].cells[0]
        for r in c.paragraphs[0].runs:
            set_font(r, HT, 18, True, RED)
    cl.extend(rc)
    empty(doc)

    star("主要目标（到2027年）")
    tri("全省企业在境外建设运营海外仓达到300个以上，总面积超过450万平方米", big="300个")
    tri("培育省级公共海外仓示范企业50家、海外智慧物流平台10个")
    tri("海外仓服务全省跨境电商出口企业超过1万家")
    empty(doc)

    star("措施", big="10条")
    bullet = add_numbering(doc, "bullet", "▲", font=FS, size=14, indent_twips=320)

    def auto_tri(text):
        p = para(doc, [(text, FS, 16)])
        apply_num(p, bullet)
        cl.append("▲" + text)

    num_head("01", "优化海外仓全球布局")
    tri("支持企业围绕共建“一带一路”国家和RCEP成员国等重点市场布局海外仓")
    tri("鼓励在中欧班列沿线节点城市建设集货仓、中转仓")
    num_head("02", "支持新建扩建海外仓")
    tri("单仓面积5000平方米以上、年度实际投资额500万元以上的，按实际投资额的10%给予补助，单个项目最高200万元", big="200万元")
    num_head("03", "培育公共海外仓示范企业")
    tri("对认定为省级公共海外仓示范企业的，一次性奖励50万元", big="50万元")
    num_head("04", "推动海外仓数字化改造")
    tri("按软硬件投入的30%给予补助，最高100万元", big="100万元")
    num_head("05", "降低中小微企业用仓成本")
    tri("中小微跨境电商企业租用公共海外仓的，按租金的20%给予补助，单个企业每年最高20万元")
    num_head("06", "拓展海外仓服务功能")
    auto_tri("建设“海外仓+直播”“海外仓+展厅”等新型营销中心")
    auto_tri("拓展展示、售后、退换货、维修等功能")
    num_head("07", "加大金融支持力度")
    auto_tri("开发“海外仓贷”“跨境电商贷”等专属产品")
    auto_tri("对小微跨境电商企业投保出口信用保险给予保费补助")
    num_head("08", "提升通关便利化水平")
    tri("优化跨境电商出口海外仓（9810）监管模式")
    tri("畅通海外仓退货回流渠道")
    num_head("09", "加快出口退税办理")
    tri("可凭海外仓收货证明等资料办理出口退税")
    num_head("10", "加强人才和合规保障")
    tri("开展海外仓合规经营培训，支持高校开设跨境电商相关专业")
    empty(doc)

    star("保障措施")
    tri("加强统筹协调")
    tri("强化监测评估")
    tri("加强宣传培训")
    empty(doc)
    para(doc, [("河南省商务厅\u3000制", KT, 12)], align=WD_ALIGN_PARAGRAPH.RIGHT)

    meta = {
        "title": title,
        "doc_number": None,
        "issuer": ["河南省商务厅"],
        "date": "2026-03-12",
        "published": "2026-03-12",
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "政策解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    doc.save(os.path.join(HERE, stem + ".docx"))
    return stem, [{"meta": meta, "clauses": cl}]


# ================================================================ doc 3
def make_hubei_dajizhewen():
    stem = "blind705_hubei_dajizhewen"
    doc = new_doc()
    add_page_number(doc)
    cl = []
    title = "湖北省商务厅负责同志就《湖北省支持跨境电商海外仓建设若干措施》答记者问"
    para(doc, [(title, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(36))
    # 发布时间 line typed in a borderless one-row layout table
    lt = doc.add_table(rows=1, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(lt.rows[0].cells[0], "发布时间：2026-03-12", KT, 12, False, WD_ALIGN_PARAGRAPH.RIGHT)
    set_cell(lt.rows[0].cells[1], "来源：湖北省商务厅", KT, 12, False, WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc)

    def q(text):
        # hand-typed 一、 numbering, bold 黑体, not a clause (heading)
        para(doc, [(text, HT, 16, True)], first_indent=IND2)

    def a(text, first=False):
        if first:
            body(doc, cl, None, runs=[("答：", FS, 16, True), (text, FS, 16)], clause="答：" + text)
        else:
            body(doc, cl, text)

    body(doc, cl, "日前，省商务厅、省发展改革委、省财政厅、武汉海关等9部门联合印发《湖北省支持跨境电商海外仓建设若干措施》（鄂商务发〔2026〕5号，以下简称《若干措施》）。省商务厅负责同志就《若干措施》出台背景、主要内容和贯彻落实等接受了记者专访。")
    empty(doc)

    q("一、出台《若干措施》的背景是什么？")
    a("海外仓是跨境电商重要的境外节点，是推动外贸稳规模、优结构的重要抓手。近年来，我省跨境电商快速发展，武汉、黄石、宜昌、襄阳等7个城市获批设立跨境电子商务综合试验区，2025年全省跨境电商进出口额突破800亿元。", first=True)
    a("与此同时，我省海外仓建设仍处于起步阶段，全省企业在境外设立海外仓仅80余个，存在规模偏小、布局分散、服务功能单一等短板。为抢抓高质量共建“一带一路”和中欧班列（武汉）扩容提质的机遇，省商务厅会同省发展改革委、省财政厅、武汉海关等部门，在深入调研的基础上研究制定了《若干措施》。")
    empty(doc)

    q("二、《若干措施》的主要目标是什么？")
    a("《若干措施》提出，力争到2027年，全省海外仓数量达到150个以上，其中公共海外仓30个以上；海外仓总面积达到200万平方米；培育年营业收入超亿元的海外仓龙头企业10家，海外仓对全省跨境电商出口的支撑作用明显增强。", first=True)
    empty(doc)

    q("三、《若干措施》提出了哪些重点任务？")
    a("《若干措施》围绕“建仓、用仓、强仓”提出了10条具体措施，其中重点任务主要包括：", first=True)
    dec = add_numbering(doc, "decimal", "%1.", font=FS, size=16, indent_twips=640)
    tasks = [
        "布局一批重点海外仓。聚焦中欧班列（武汉）沿线国家和东南亚、中东等新兴市场，支持企业新建或租赁海外仓，打造一批区域性海外仓枢纽。",
        "推动海外仓与物流通道协同。支持海外仓与中欧班列、武汉至日韩及东盟近洋航线、鄂州花湖机场国际货运航线联动发展，发展“班列+海外仓”“航空+海外仓”模式。",
        "提升海外仓数字化水平。支持海外仓企业应用自动分拣、智能仓储等技术，建设海外仓综合信息服务平台，实现与跨境电商平台、物流企业数据互联互通。",
        "培育海外仓服务生态。推动海外仓企业与外贸综合服务企业、报关报检、法律咨询、知识产权等服务机构合作，为出海企业提供“一站式”服务。",
        "加强海外仓合规经营。引导企业遵守所在国家和地区法律法规，防范知识产权、税务、数据安全等方面风险，定期发布重点国别海外仓合规指引。",
    ]
    for i, tsk in enumerate(tasks, 1):
        p = para(doc, [(tsk, FS, 16)])
        apply_num(p, dec)
        cl.append("%d.%s" % (i, tsk))
    empty(doc)

    q("四、在政策支持方面有哪些“真金白银”的举措？")
    a("《若干措施》在资金、金融、通关等方面明确了一系列支持政策。", first=True)
    a("（一）加大资金支持。对我省企业在境外新建的面积3000平方米以上的海外仓，按照不超过实际投资额15%的比例给予支持，单个项目最高不超过300万元；对新认定的省级公共海外仓，一次性给予30万元奖励。")
    a("（二）强化金融服务。鼓励金融机构为海外仓企业提供“仓单质押”“订单融资”等服务，对海外仓企业的出口信用保险保费给予最高50%的补贴。")
    a("（三）优化通关服务。武汉海关对跨境电商出口海外仓企业实行“一地备案、全国通用”，支持企业采用“提前申报”“两段准入”等便利措施，提升海外仓货物出口通关效率。")
    a("上述资金支持政策与省级其他同类政策不重复享受。《若干措施》自印发之日起实施，有效期3年。")
    empty(doc)

    q("五、企业如何申报享受政策？")
    a("省商务厅将于每年二季度发布海外仓项目申报通知，明确申报条件、申报材料和办理流程。企业可通过湖北省商务厅门户网站“通知公告”栏目查询，也可向所在市（州）商务主管部门咨询。年度申报工作大致按以下安排进行：", first=True)
    header = ["工作环节", "时间安排", "责任单位"]
    rows = [
        ["企业申报", "每年4月—5月", "申报企业"],
        ["市州初审", "每年6月", "各市（州）商务主管部门"],
        ["省级评审", "每年7月", "省商务厅、省财政厅"],
        ["资金拨付", "每年9月底前", "省财政厅"],
    ]
    _, rc = table(doc, header, rows, widths=[4.0, 4.5, 7.0])
    cl.extend(rc)
    empty(doc)

    q("六、下一步如何推动《若干措施》落地见效？")
    a("下一步，省商务厅将重点做好三方面工作：", first=True)
    a("一是抓好政策宣讲。组织开展“海外仓政策进园区、进企业”系列宣讲活动，编印政策汇编和申报指南，确保企业应知尽知。")
    a("二是抓好项目储备。建立全省海外仓重点项目库，实行动态管理，对入库项目在资金申报、金融对接等方面给予优先支持。")
    a("三是抓好跟踪评估。会同有关部门定期调度政策落实情况，及时研究解决企业反映的困难和问题，推动《若干措施》落地见效。")

    meta = {
        "title": title,
        "doc_number": None,
        "issuer": ["湖北省商务厅"],
        "date": "2026-03-12",
        "published": "2026-03-12",
        "level": "provincial",
        "region": "湖北省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "答记者问",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    doc.save(os.path.join(HERE, stem + ".docx"))
    return stem, [{"meta": meta, "clauses": cl}]


def to_pdf(stem):
    src = os.path.join(HERE, stem + ".docx")
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_705", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def main():
    expected = {}
    for fn in (make_henan_dajizhewen, make_henan_yitu, make_hubei_dajizhewen):
        stem, docs = fn()
        expected[stem] = docs
        to_pdf(stem)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
