# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 590: 福建省地方标准 (DB35/T) + 发布公告."""
import os
import json
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "　"  # full-width space

C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY
L = WD_ALIGN_PARAGRAPH.LEFT


# ---------------------------------------------------------------- helpers
def font(run, east="宋体", west="Times New Roman", size=10.5, bold=False, color=None):
    run.font.name = west
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), west)
    rf.set(qn("w:hAnsi"), west)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def para(container, parts, align=None, first=None, left=None, before=0, after=0,
         line=None, page_break_before=False):
    """parts: list of (text, kwargs-for-font)."""
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = first
    if left is not None:
        pf.left_indent = left
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = line
    if page_break_before:
        pf.page_break_before = True
    for text, kw in parts:
        font(p.add_run(text), **kw)
    return p


def bottom_border(p, color="000000", sz=8):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.insert_element_before(
        bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
        "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
        "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
        "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
        "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
        "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def page_field(p, prefix="", suffix="", **kw):
    if prefix:
        font(p.add_run(prefix), **kw)
    r1 = p.add_run()
    font(r1, **kw)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._r.append(fc)
    r2 = p.add_run()
    font(r2, **kw)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._r.append(it)
    r3 = p.add_run()
    font(r3, **kw)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._r.append(fc)
    r4 = p.add_run("1")
    font(r4, **kw)
    r5 = p.add_run()
    font(r5, **kw)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._r.append(fc)
    if suffix:
        font(p.add_run(suffix), **kw)


def pg_num_type(section, fmt="decimal", start=1):
    sp = section._sectPr
    el = OxmlElement("w:pgNumType")
    el.set(qn("w:fmt"), fmt)
    el.set(qn("w:start"), str(start))
    sp.insert_element_before(
        el, "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg",
        "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid",
        "w:printerSettings", "w:sectPrChange")


def a4(section, top=2.5, bottom=2.0, left=2.5, right=2.0):
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(top)
    section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left)
    section.right_margin = Cm(right)


def cell_text(cell, text, east="宋体", size=9, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    font(p.add_run(text), east=east, size=size, bold=bold)


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


class AutoList:
    """Word automatic numbering a) b) c) (lowerLetter, "%1)")."""

    def __init__(self, doc):
        self.numbering = doc.part.numbering_part.element
        abs_ids = [int(a.get(qn("w:abstractNumId")))
                   for a in self.numbering.findall(qn("w:abstractNum"))]
        self.abs_id = max(abs_ids + [0]) + 10
        an = OxmlElement("w:abstractNum")
        an.set(qn("w:abstractNumId"), str(self.abs_id))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        an.append(mlt)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", "lowerLetter"),
                         ("w:suff", "space"), ("w:lvlText", "%1)"), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "840")
        ind.set(qn("w:hanging"), "420")
        ppr.append(ind)
        lvl.append(ppr)
        an.append(lvl)
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(an)
        else:
            self.numbering.append(an)
        self.next_num = max([int(n.get(qn("w:numId")))
                             for n in self.numbering.findall(qn("w:num"))] + [0]) + 20

    def new_list(self):
        nid = self.next_num
        self.next_num += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), str(self.abs_id))
        num.append(a)
        lo = OxmlElement("w:lvlOverride")
        lo.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        lo.append(so)
        num.append(lo)
        self.numbering.append(num)
        return nid

    @staticmethod
    def apply(p, nid):
        numPr = p._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = 0
        numPr.get_or_add_numId().val = nid


# ------------------------------------------------------- standard builder
BODY = dict(east="宋体", size=10.5)
HEAD = dict(east="黑体", size=10.5)


class Std:
    def __init__(self, doc):
        self.doc = doc
        self.clauses = []
        self.lists = AutoList(doc)
        self.cur_list = None

    # headings: not clauses
    def chap(self, num, text, page_break=False):
        para(self.doc, [(num + FS + text, HEAD)], before=6, after=6,
             page_break_before=page_break)

    def sub(self, num, text):
        para(self.doc, [(num + FS + text, HEAD)], before=3, after=3)

    # body paragraphs: clauses
    def p(self, text, clause=True, indent=True):
        para(self.doc, [(text, BODY)], align=J, first=Cm(0.74) if indent else None,
             line=1.15)
        if clause:
            self.clauses.append(text)

    def num(self, num, text, sep=FS):
        """numbered clause 4.1.1 xxx (number in 黑体, text 宋体)."""
        para(self.doc, [(num, HEAD), (sep + text, BODY)], align=J, line=1.15)
        self.clauses.append(num + sep + text)

    def runin(self, num, title, rest):
        para(self.doc, [(num + FS, HEAD), (title, HEAD), (FS + rest, BODY)],
             align=J, line=1.15)
        self.clauses.append(num + FS + title + FS + rest)

    def hand_item(self, label, text):
        para(self.doc, [(label + text, BODY)], left=Cm(0.74), line=1.15)
        self.clauses.append(label + text)

    def auto_item(self, text, idx, restart=False):
        if restart or self.cur_list is None:
            self.cur_list = self.lists.new_list()
        p = para(self.doc, [(text, BODY)], align=J, line=1.15)
        AutoList.apply(p, self.cur_list)
        self.clauses.append("abcdefghij"[idx] + ") " + text)

    def dash(self, text):
        para(self.doc, [("——" + text, BODY)], first=Cm(0.74), line=1.15)
        self.clauses.append("——" + text)

    def term_3par(self, num, term, en, definition):
        para(self.doc, [(num, HEAD)], before=3)
        para(self.doc, [(term, HEAD), (FS + en, dict(east="黑体", west="Times New Roman",
                                                      size=10.5, bold=True))])
        para(self.doc, [(definition, BODY)], align=J, first=Cm(0.74), line=1.15)
        self.clauses.append(num + " " + term + FS + en + " " + definition)

    def term_softbreak(self, num, term, en, definition):
        p = self.doc.add_paragraph()
        p.paragraph_format.space_before = Pt(3)
        font(p.add_run(num + "\n"), **HEAD)
        font(p.add_run(term + FS + en + "\n"), **HEAD)
        font(p.add_run(definition), **BODY)
        self.clauses.append(num + " " + term + FS + en + " " + definition)

    def caption(self, text):
        para(self.doc, [(text, HEAD)], align=C, before=6, after=3)

    def table(self, headers, rows, widths=None):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = "Table Grid"
        t.alignment = 1
        for i, h in enumerate(headers):
            cell_text(t.rows[0].cells[i], h, east="黑体", size=9)
        for r, row in enumerate(rows, start=1):
            for i, v in enumerate(row):
                cell_text(t.rows[r].cells[i], v, size=9,
                          align=L if len(v) > 14 else C)
            self.clauses.append("；".join(h.replace("\n", "") + "：" + v
                                         for h, v in zip(headers, row)))
        if widths:
            set_widths(t, widths)
        return t

    def page_break(self):
        para(self.doc, [("", BODY)]).runs[0].add_break(WD_BREAK.PAGE)


def std_headers(section, code, roman=False):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.alignment = R
    font(hp.add_run(code), east="黑体", size=10.5)
    bottom_border(hp, sz=4)
    fp = section.footer.paragraphs[0]
    fp.alignment = C
    page_field(fp, east="宋体", size=9)
    pg_num_type(section, "upperRoman" if roman else "decimal", 1)


# ============================================================ document 1
def make_haiwaicang():
    doc = Document()
    a4(doc.sections[0])
    code = "DB35/T 2301—2026"
    # ---------------- cover (section 0, no header/footer)
    para(doc, [("ICS 03.100.20", dict(east="黑体", size=10.5, bold=True))])
    para(doc, [("CCS A 12", dict(east="黑体", size=10.5, bold=True))])
    para(doc, [("DB35", dict(east="黑体", west="Arial", size=36, bold=True))], align=R)
    para(doc, [("福　建　省　地　方　标　准", dict(east="黑体", size=26))],
         align=C, before=18, after=6)
    p = para(doc, [(code, dict(east="黑体", size=14))], align=R, after=4)
    bottom_border(p, sz=12)
    for _ in range(5):
        para(doc, [("", BODY)])
    para(doc, [("跨境电商海外仓服务规范", dict(east="黑体", size=26))], align=C, after=12)
    para(doc, [("Service specification for overseas warehouses of cross-border e-commerce",
                dict(east="黑体", size=14))], align=C)
    for _ in range(12):
        para(doc, [("", BODY)])
    # quirk: 发布/实施 dates in a borderless layout table
    lt = doc.add_table(rows=1, cols=2)
    cell_text(lt.rows[0].cells[0], "2026-03-18发布", east="黑体", size=14, align=L)
    cell_text(lt.rows[0].cells[1], "2026-06-18实施", east="黑体", size=14, align=R)
    p = para(doc, [("", BODY)])
    bottom_border(p, sz=12)
    para(doc, [("福建省市场监督管理局" + FS + FS + "发布", dict(east="黑体", size=16))],
         align=C, before=12)

    # ---------------- section 1: 目次 + 前言 (roman page numbers)
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(s1)
    std_headers(s1, code, roman=True)
    para(doc, [("目" + FS + FS + "次", dict(east="黑体", size=16))], align=C, after=12)
    toc = [("前言", "II"), ("1　范围", "1"), ("2　规范性引用文件", "1"),
           ("3　术语和定义", "1"), ("4　基本要求", "2"), ("5　仓储设施要求", "2"),
           ("6　服务内容与要求", "3"), ("7　信息系统要求", "4"),
           ("8　服务质量控制", "4"), ("9　评价与改进", "5"),
           ("附录A（规范性）　海外仓服务质量评价指标", "6")]
    for t, pg in toc:
        dots = "…" * max(4, 34 - len(t))
        para(doc, [(t + dots + pg, BODY)], line=1.5)

    b = Std(doc)
    para(doc, [("前" + FS + FS + "言", dict(east="黑体", size=16))], align=C, after=12,
         page_break_before=True)
    b.p("本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。")
    b.p("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。")
    b.p("本文件由福建省商务厅提出并归口。")
    b.p("本文件起草单位：福建省标准化研究院、福州市跨境电子商务协会、厦门象屿速传供应链发展股份有限公司、"
        "泉州市商务局、中国（福建）自由贸易试验区福州片区管理委员会。")
    b.p("本文件主要起草人：林志强、陈雅琴、郑文辉、王思远、张丽娟、李建华。")

    # ---------------- section 2: body (arabic page numbers restart at 1)
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(s2)
    std_headers(s2, code)
    para(doc, [("跨境电商海外仓服务规范", dict(east="黑体", size=16))], align=C, after=18)

    b.chap("1", "范围")
    b.p("本文件规定了跨境电商海外仓服务的基本要求、仓储设施要求、服务内容与要求、信息系统要求、"
        "服务质量控制以及评价与改进。")
    b.p("本文件适用于福建省跨境电子商务经营者、跨境物流服务提供者自建、租赁或者合作运营的海外仓的服务提供与管理。")

    b.chap("2", "规范性引用文件")
    b.p("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，"
        "仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。")
    for ref in ("GB/T 18354　物流术语",
                "GB/T 21072　通用仓库等级",
                "GB/T 28581　通用仓库及库区规划设计参数",
                "GB/T 35273　信息安全技术　个人信息安全规范"):
        b.p(ref)

    b.chap("3", "术语和定义")
    b.p("GB/T 18354界定的以及下列术语和定义适用于本文件。")
    b.term_3par("3.1", "跨境电子商务", "cross-border e-commerce",
                "分属不同关境的交易主体，通过电子商务平台达成交易、进行支付结算，"
                "并通过跨境物流送达商品、完成交易的一种国际商业活动。")
    b.term_3par("3.2", "海外仓", "overseas warehouse",
                "跨境电子商务经营者或者跨境物流服务提供者在境外设立或者运营，为跨境电子商务商品提供仓储、"
                "分拣、包装、配送及退换货等服务的仓储设施。")
    b.term_3par("3.3", "头程运输", "first-leg transportation",
                "商品自境内发货地经海运、空运、铁路或者多式联运运抵海外仓的运输过程。")
    b.term_3par("3.4", "尾程配送", "last-mile delivery",
                "商品自海外仓出库后送达境外消费者或者指定收货地点的配送过程。")
    b.term_3par("3.5", "库存准确率", "inventory accuracy rate",
                "盘点时账面库存与实物库存相符的货品数量占盘点货品总数量的百分比。")

    b.chap("4", "基本要求")
    b.sub("4.1", "运营主体")
    b.num("4.1.1", "海外仓运营主体应在境内依法登记注册，并在海外仓所在国家（地区）依法取得开展仓储经营活动所需的资质或者许可。")
    b.num("4.1.2", "运营主体应建立健全仓储作业、安全管理、信息安全、客户服务等管理制度，明确各岗位职责。")
    b.num("4.1.3", "运营主体应遵守所在国家（地区）有关税务、劳工、消防、环保和数据保护等方面的法律法规。")
    b.sub("4.2", "人员")
    b.num("4.2.1", "海外仓应配备与服务规模相适应的仓储管理、信息系统维护和客户服务人员，关键岗位人员应经培训合格后上岗。")
    b.num("4.2.2", "海外仓应至少配备1名熟悉中国及所在国家（地区）海关、税务规定的专职合规人员。")

    b.chap("5", "仓储设施要求")
    b.num("5.1", "海外仓的仓储面积、装卸平台、货架系统等设施设备应与服务规模相适应。按服务能力，海外仓分为一级、二级、三级，分级要求见表1。")
    b.caption("表1" + FS + "海外仓服务等级划分")
    b.table(["等级", "仓储面积/m²", "日均订单处理能力/单", "库存准确率", "尾程配送时效"],
            [["一级", "≥20 000", "≥10 000", "≥99.9%", "所在国家主要城市≤3个工作日"],
             ["二级", "≥10 000", "≥5 000", "≥99.8%", "所在国家主要城市≤4个工作日"],
             ["三级", "≥3 000", "≥1 000", "≥99.5%", "所在国家主要城市≤5个工作日"]],
            widths=[1.6, 2.4, 3.2, 2.4, 5.4])
    b.p("注：尾程配送时效自订单出库时起计算，不含海关查验、不可抗力等非运营主体原因造成的延误时间。",
        indent=False)
    b.num("5.2", "仓库应配备视频监控、出入口控制、温湿度监测和消防设施，视频监控资料保存期限不少于90 d。")
    b.num("5.3", "存储锂电池、液体等特殊商品的，应设置独立存储区域并符合所在国家（地区）危险品存储的有关规定。")

    b.chap("6", "服务内容与要求")
    b.sub("6.1", "入库服务")
    b.num("6.1.1", "海外仓应在头程货物到达前接收入库预报信息，预报信息至少包括以下内容：")
    b.hand_item("a）", "商品名称、规格型号及数量；")
    b.hand_item("b）", "商品库存单位（SKU）编码及条码；")
    b.hand_item("c）", "箱数、毛重及体积；")
    b.hand_item("d）", "预计到仓时间。")
    b.num("6.1.2", "货物到仓后，海外仓应在24 h内完成卸货和数量清点，在48 h内完成质检和上架，并向客户反馈入库结果。")
    b.num("6.1.3", "到仓货物与预报信息不符或者外包装破损的，应拍照留存，并在12 h内通知客户。")
    b.sub("6.2", "在库管理")
    b.num("6.2.1", "海外仓应按照商品属性、周转频次实行分区分类存放，并实行先进先出管理。")
    b.num("6.2.2", "海外仓应每月至少开展1次循环盘点、每年至少开展1次全面盘点，库存准确率应符合表1的要求。")
    b.sub("6.3", "订单处理与出库")
    b.num("6.3.1", "海外仓应实时接收跨境电商平台或者客户推送的订单信息，当日16:00（当地时间）前接收的订单应当日出库。")
    b.num("6.3.2", "出库商品应按照客户要求进行包装，包装应牢固、适合运输，并粘贴符合承运人要求的面单。")
    b.sub("6.4", "尾程配送")
    b.num("6.4.1", "海外仓应选择具备相应资质的尾程承运人，尾程配送时效应符合表1的要求。")
    b.num("6.4.2", "海外仓应向客户提供全程物流轨迹查询服务，物流轨迹信息更新间隔不超过24 h。")
    b.sub("6.5", "退换货服务")
    b.num("6.5.1", "海外仓应提供退货接收、质检、重新上架、换标及销毁等服务，退货商品应在到仓后72 h内完成质检并反馈结果。")
    b.num("6.5.2", "经质检可二次销售的退货商品，应重新包装、换标后上架，不可二次销售的，按客户指令处理。")

    b.chap("7", "信息系统要求")
    b.num("7.1", "海外仓应建立仓储管理系统（WMS），具备入库、在库、出库、退货、盘点和计费等功能。")
    b.num("7.2", "仓储管理系统应与跨境电商平台、境内外物流服务商及客户系统实现数据对接，支持库存信息实时查询。")
    b.num("7.3", "涉及数据出境的，应符合《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及GB/T 35273的要求，并遵守所在国家（地区）数据保护的规定。")

    b.chap("8", "服务质量控制")
    b.num("8.1", "运营主体应按照附录A规定的评价指标开展服务质量自我评价。")
    b.num("8.2", "海外仓应设立客户投诉渠道，投诉应在24 h内响应，一般投诉在7个工作日内办结。")

    b.chap("9", "评价与改进")
    b.num("9.1", "运营主体应定期对服务质量评价结果进行分析，对未达到目标值的指标制定改进措施并跟踪落实。")
    b.num("9.2", "运营主体可委托第三方机构开展服务质量评价，评价结果可作为海外仓服务等级评定的依据。")

    # ---------------- 附录A
    para(doc, [("附" + FS + "录" + FS + "A", dict(east="黑体", size=12))], align=C,
         page_break_before=True)
    para(doc, [("（规范性）", dict(east="黑体", size=12))], align=C)
    para(doc, [("海外仓服务质量评价指标", dict(east="黑体", size=12))], align=C, after=12)
    b.num("A.1", "海外仓服务质量评价指标、计算方法和目标值见表A.1。")
    b.caption("表A.1" + FS + "海外仓服务质量评价指标")
    b.table(["序号", "评价指标", "计算方法", "目标值"],
            [["1", "订单准时出库率", "按时出库订单数÷出库订单总数×100%", "≥98%"],
             ["2", "库存准确率", "账实相符货品数量÷盘点货品总数量×100%", "符合表1的要求"],
             ["3", "订单差错率", "差错订单数÷出库订单总数×100%", "≤0.1%"],
             ["4", "客户投诉办结率", "按时办结投诉数÷投诉总数×100%", "≥95%"]],
            widths=[1.2, 3.2, 7.6, 3.0])
    b.num("A.2", "服务质量评价每半年至少开展1次，评价结果应形成书面报告并存档，保存期限不少于3年。")

    para(doc, [("", BODY)])
    para(doc, [("_" * 12, BODY)], align=C)

    stem = "blind590_fujian_haiwaicang_biaozhun"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "跨境电商海外仓服务规范",
        "doc_number": code,
        "issuer": ["福建省市场监督管理局"],
        "date": "2026-03-18",
        "published": "2026-03-18",
        "level": "provincial",
        "region": "福建省",
        "effective": "2026-06-18",
        "expires": None,
        "attachments": [],
        "doc_type": "地方标准",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


# ============================================================ document 2
def make_banlie():
    doc = Document()
    a4(doc.sections[0])
    code = "DB35/T 2302—2026"
    para(doc, [("ICS 03.220.30", dict(east="黑体", size=10.5, bold=True))])
    para(doc, [("CCS R 10", dict(east="黑体", size=10.5, bold=True))])
    para(doc, [("DB35", dict(east="黑体", west="Arial", size=36, bold=True))], align=R)
    para(doc, [("福建省地方标准", dict(east="黑体", size=26))], align=C, before=18, after=6)
    p = para(doc, [(code, dict(east="黑体", size=14))], align=R)
    p2 = para(doc, [("代替DB35/T 1890—2020", dict(east="宋体", size=10.5))], align=R, after=4)
    bottom_border(p2, sz=12)
    for _ in range(5):
        para(doc, [("", BODY)])
    para(doc, [("中欧班列集拼作业规范", dict(east="黑体", size=26))], align=C, after=12)
    para(doc, [("Operation specification for cargo consolidation of\nChina-Europe Railway Express",
                dict(east="黑体", size=14))], align=C)
    for _ in range(13):
        para(doc, [("", BODY)])
    # quirk: dates on one line separated by a right tab stop
    p = para(doc, [("2026-03-18发布\t2026-06-18实施", dict(east="黑体", size=14))])
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    bottom_border(p, sz=12)
    para(doc, [("福建省市场监督管理局" + FS + FS + "发布", dict(east="黑体", size=16))],
         align=C, before=12)

    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(s1)
    std_headers(s1, code, roman=True)
    b = Std(doc)
    para(doc, [("前" + FS + FS + "言", dict(east="黑体", size=16))], align=C, after=12)
    b.p("本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。")
    b.p("本文件代替DB35/T 1890—2020《中欧班列货物集拼作业规范》，与DB35/T 1890—2020相比，"
        "除结构调整和编辑性改动外，主要技术变化如下：")
    b.auto_item("增加了“集拼商”“拼箱货物”的术语和定义（见3.3、3.4）；", 0, restart=True)
    b.auto_item("更改了集拼货物受理条件（见5.1，2020年版的4.1）；", 1)
    b.auto_item("增加了集拼配载禁忌要求（见表1）；", 2)
    b.auto_item("删除了纸质装箱单备案的要求（见2020年版的5.3）。", 3)
    b.p("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。")
    b.p("本文件由福建省发展和改革委员会提出。")
    b.p("本文件由福建省物流标准化技术委员会归口。")
    b.p("本文件起草单位：福建省标准化研究院、中国铁路南昌局集团有限公司福州货运中心、"
        "厦门国际班列运营有限公司、福州综合保税区管理委员会。")
    b.p("本文件主要起草人：黄建明、吴婷、许志鹏、陈丽华、蔡文斌。")
    b.p("本文件及其所代替文件的历次版本发布情况为：")
    b.dash("2020年首次发布为DB35/T 1890—2020；")
    b.dash("本次为第一次修订。")

    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    a4(s2)
    std_headers(s2, code)
    para(doc, [("中欧班列集拼作业规范", dict(east="黑体", size=16))], align=C, after=18)

    b.chap("1", "范围")
    b.p("本文件规定了中欧班列集拼作业的基本要求、作业流程、配载与装箱、单证与申报、安全管理与应急处置等要求。")
    b.p("本文件适用于在福建省内铁路站点、场站开展中欧班列国际铁路联运集装箱货物集拼作业的管理。")

    b.chap("2", "规范性引用文件")
    b.p("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，"
        "仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。")
    for ref in ("GB/T 1413　系列1集装箱　分类、尺寸和额定质量",
                "GB/T 1992　集装箱术语",
                "GB 6944　危险货物分类和品名编号",
                "GB/T 18354　物流术语"):
        b.p(ref)

    b.chap("3", "术语和定义")
    b.p("GB/T 1992、GB/T 18354界定的以及下列术语和定义适用于本文件。")
    b.term_softbreak("3.1", "中欧班列", "China-Europe Railway Express",
                     "按照固定车次、线路、班期和全程运行时刻开行，往来于中国与欧洲以及“一带一路”"
                     "共建国家间的集装箱等铁路国际联运列车。")
    b.term_softbreak("3.2", "集拼", "cargo consolidation",
                     "将多个托运人的拼箱货物按照目的站、货物性质等进行归集、配载并装入同一集装箱的作业。")
    b.term_softbreak("3.3", "集拼商", "consolidator",
                     "依法登记注册，从事中欧班列拼箱货物揽收、集拼、装箱并承担相应责任的企业。")
    b.term_softbreak("3.4", "拼箱货物", "less than container load cargo; LCL cargo",
                     "单个托运人的货物不足以装满一个集装箱，需要与其他托运人的货物共同装箱运输的货物。")

    b.chap("4", "基本要求")
    b.num("4.1", "集拼商应具备与集拼作业规模相适应的集拼仓库或者场站，仓库或者场站应位于海关监管作业场所、综合保税区内或者经海关同意的其他场所。", sep="  ")
    b.num("4.2", "集拼商应配备叉车、地磅、视频监控、集装箱加固器材等设备，视频监控资料保存期限不少于90 d。", sep="  ")
    b.num("4.3", "集拼作业人员应经铁路国际联运、海关监管及危险货物识别等业务培训并考核合格。", sep="  ")
    b.num("4.4", "集拼商应建立集拼作业信息系统，实现货物受理、配载、装箱、申报、发运等环节信息可追溯，并与中欧班列运营平台实现数据交换。", sep="  ")

    b.chap("5", "作业流程")
    b.sub("5.1", "货物受理")
    b.runin("5.1.1", "受理条件", "集拼商受理拼箱货物时，托运人应提供下列资料：")
    b.auto_item("托运委托书；", 0, restart=True)
    b.auto_item("商业发票、装箱单；", 1)
    b.auto_item("货物品名、数量、重量、体积及包装方式；", 2)
    b.auto_item("按规定需提供的进出口许可证件或者检验检疫证明。", 3)
    b.runin("5.1.2", "受理审核", "集拼商应对托运资料的真实性、完整性进行审核，属于铁路国际联运禁止运输或者限制运输的货物不应受理。")
    b.runin("5.1.3", "货物交接", "货物进仓时，集拼商应核对货物品名、件数、包装及唛头，对包装破损、标志不清的货物应拍照留存并通知托运人。")
    b.sub("5.2", "配载与装箱")
    b.num("5.2.1", "集拼配载应按照目的站、货物性质、重量及体积进行，不同类别货物的配载禁忌要求见表1。")
    b.caption("表1" + FS + "集拼配载禁忌要求")
    b.table(["货物类别", "不应同箱配载的货物", "说明"],
            [["食品、饮料", "化工产品、有异味货物", "含预包装食品及食品添加剂"],
             ["锂电池及含锂电池的设备", "易燃液体、氧化性物质", "按GB 6944确定危险货物类别"],
             ["纺织品、服装", "有异味货物、易污染货物", "应采取防潮、防污染措施"],
             ["机电设备", "散装液体货物", "—"]],
            widths=[4.0, 5.0, 6.0])
    b.num("5.2.2", "装箱时应遵循“重不压轻、大不压小、木箱不压纸箱”的原则，货物重心纵向、横向偏离集装箱中心均不大于100 mm。")
    b.num("5.2.3", "单箱装载总重不应超过GB/T 1413规定的集装箱额定质量及铁路线路允许的最大载重，称重误差不大于±2%。")
    b.num("5.2.4", "装箱完成后，应对货物进行加固、拍照，施加封志并记录封志号，按附录A填写集拼装箱作业检查表。")
    b.sub("5.3", "单证与申报")
    b.num("5.3.1", "集拼商应按照国际货协运单要求缮制运单，运单所列货物品名、件数、重量应与装箱单一致。")
    b.num("5.3.2", "集拼商应按照海关规定办理报关、转关或者“铁路快通”等手续，申报数据应与集拼装箱信息一致。")
    b.sub("5.4", "发运与交接")
    b.num("5.4.1", "集装箱应在班列截载时间前不少于24 h运抵集结站。")
    b.num("5.4.2", "集拼商与铁路承运人办理交接时，应核对箱号、封志号及运单信息，发现不符的应停止交接并及时处理。")

    b.chap("6", "安全管理与应急处置")
    b.num("6.1", "集拼仓库应按照消防要求配备灭火器材，锂电池等特殊货物应单独存放并设置明显标识。")
    b.num("6.2", "集拼商应制定货物损毁、火灾、车辆故障、境外口岸拥堵等情形的应急预案，每年至少组织1次应急演练。")
    b.num("6.3", "发生影响班列运行安全的突发情况时，集拼商应立即报告铁路承运人和所在地海关，并配合开展处置。")

    para(doc, [("附录A", dict(east="黑体", size=12))], align=C, page_break_before=True)
    para(doc, [("（规范性）", dict(east="黑体", size=12))], align=C)
    para(doc, [("集拼装箱作业检查表", dict(east="黑体", size=12))], align=C, after=12)
    b.p("集拼装箱作业完成后，装箱作业人员应按表A.1逐项检查并填写，经集拼商现场负责人签字确认后存档，保存期限不少于3年。")
    b.caption("表A.1" + FS + "集拼装箱作业检查表")
    chk = "□合格" + FS + "□不合格"
    b.table(["序号", "检查项目", "检查内容", "检查结果"],
            [["1", "箱体状况", "箱体无破损、无渗漏、无异味，箱门开关正常", chk],
             ["2", "货物核对", "品名、件数、唛头与装箱计划一致", chk],
             ["3", "配载禁忌", "同箱货物符合表1的要求", chk],
             ["4", "装载加固", "重心偏离符合5.2.2的要求，加固牢靠", chk],
             ["5", "封志", "封志完好，封志号已记录", chk]],
            widths=[1.2, 2.6, 7.6, 3.6])
    para(doc, [("箱号：________" + FS + "封志号：________" + FS + "检查人：________" + FS +
                "日期：____年__月__日", BODY)], before=6)

    stem = "blind590_fujian_banlie_biaozhun"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "中欧班列集拼作业规范",
        "doc_number": code,
        "issuer": ["福建省市场监督管理局"],
        "date": "2026-03-18",
        "published": "2026-03-18",
        "level": "provincial",
        "region": "福建省",
        "effective": "2026-06-18",
        "expires": None,
        "attachments": [],
        "doc_type": "地方标准",
        "recipients": [],
        "publicity": None,
        "repeals": "DB35/T 1890—2020《中欧班列货物集拼作业规范》",
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


# ============================================================ document 3
GW = dict(east="仿宋_GB2312", size=16)


def make_gonggao():
    doc = Document()
    s = doc.sections[0]
    a4(s, top=3.7, bottom=3.5, left=2.8, right=2.6)
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    page_field(fp, prefix="— ", suffix=" —", east="宋体", size=14)

    clauses = []
    para(doc, [("", GW)])
    para(doc, [("福建省市场监督管理局公告", dict(east="方正小标宋简体", size=36, color="FF0000"))],
         align=C, before=12, after=12)
    p = para(doc, [("2026年第8号", GW)], align=C, after=6)
    bottom_border(p, color="FF0000", sz=18)
    para(doc, [("", GW)])
    # quirk: title broken over two lines with a soft line break
    para(doc, [("关于批准发布《跨境电商海外仓服务规范》\n等3项福建省地方标准的公告",
                dict(east="方正小标宋简体", size=22))], align=C, after=12, line=Pt(33))
    para(doc, [("", GW)])

    def body(text, clause=True):
        para(doc, [(text, GW)], align=J, first=Pt(32), line=Pt(28))
        if clause:
            clauses.append(text)

    body("根据《中华人民共和国标准化法》《地方标准管理办法》和《福建省标准化条例》等有关规定，"
         "经组织专家审查，福建省市场监督管理局批准发布《跨境电商海外仓服务规范》等3项福建省地方标准"
         "（标准编号、名称及实施日期见下表），现予公告。")

    headers = ["序号", "标准编号", "标准名称", "代替标准号", "批准日期", "实施日期"]
    rows = [["1", "DB35/T 2301—2026", "跨境电商海外仓服务规范", "—", "2026-03-18", "2026-06-18"],
            ["2", "DB35/T 2302—2026", "中欧班列集拼作业规范", "DB35/T 1890—2020", "2026-03-18", "2026-06-18"],
            ["3", "DB35/T 2303—2026", "综合保税区保税维修业务管理规范", "—", "2026-03-18", "2026-06-18"]]
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = "Table Grid"
    t.alignment = 1
    for i, h in enumerate(headers):
        cell_text(t.rows[0].cells[i], h, east="黑体", size=10.5)
    for r, row in enumerate(rows, start=1):
        for i, v in enumerate(row):
            cell_text(t.rows[r].cells[i], v, east="仿宋_GB2312", size=10.5)
        clauses.append("；".join(h + "：" + v for h, v in zip(headers, row)))
    set_widths(t, [0.9, 3.2, 3.6, 3.2, 2.35, 2.35])
    para(doc, [("", GW)])

    body("自DB35/T 2302—2026《中欧班列集拼作业规范》实施之日起，DB35/T 1890—2020《中欧班列货物集拼作业规范》同时废止。")
    body("上述地方标准文本可登录福建省市场监督管理局门户网站“地方标准公开”专栏免费查阅、下载。"
         "各有关单位在标准实施过程中如有意见和建议，请及时反馈至标准归口单位和福建省市场监督管理局标准化处。")
    body("联系人：郑晓峰，联系电话：0591-87531260。")

    para(doc, [("", GW)])
    para(doc, [("", GW)])
    # quirk: 落款 pushed right with typed spaces, date in Chinese numerals
    para(doc, [(" " * 22 + "福建省市场监督管理局", GW)], line=Pt(28))
    para(doc, [(" " * 24 + "二〇二六年三月十八日", GW)], line=Pt(28))
    para(doc, [("", GW)])
    para(doc, [("（此件公开发布）", GW)], first=Pt(32), line=Pt(28))

    stem = "blind590_fujian_gonggao"
    doc.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "福建省市场监督管理局关于批准发布《跨境电商海外仓服务规范》等3项福建省地方标准的公告",
        "doc_number": "2026年第8号",
        "issuer": ["福建省市场监督管理局"],
        "date": "2026-03-18",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": "DB35/T 1890—2020《中欧班列货物集拼作业规范》",
    }
    return stem, [{"meta": meta, "clauses": clauses}]


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_590", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def main():
    expected = {}
    for fn in (make_haiwaicang, make_banlie, make_gonggao):
        stem, docs = fn()
        expected[stem] = docs
        to_pdf(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
