# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 658: 批复 + the 请示 it answers printed after it (附：). Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xE6, 0x00, 0x12)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = "Times New Roman" if name in (FS, KT) else name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def border(p, side, color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def no_table_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def setup(doc):
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    # page number "— 1 —" in footer
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    for tag, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("num", "1"), ("end", None)):
        if tag == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
        elif tag == "num":
            t = OxmlElement("w:t")
            t.text = txt
            r._r.append(t)
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._r.append(fc)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


def add_chinese_numbering(doc):
    """Word auto numbering 一、二、三、 (chineseCounting, no tab). Returns numId."""
    numbering = doc.part.numbering_part.element
    absid = "658"
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), absid)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
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
    a.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), "658")
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), absid)
    n.append(an)
    numbering.append(n)
    return "658"


class Writer:
    """Writes paragraphs into a docx and records the clauses of the current document."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def start(self):
        self.clauses = []

    def empty(self, n=1, size=16):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt(p, indent=False)
            r = p.add_run("")
            set_font(r, FS, size)

    def red_head(self, text, size=30, spacing=None):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=size + 14)
        if getattr(self, "_pb", False):
            p.paragraph_format.page_break_before = True
            self._pb = False
        r = p.add_run(text)
        set_font(r, XBS, size, color=RED)
        if spacing:
            r.font._element  # noqa
            rpr = r._element.get_or_add_rPr()
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(spacing))
            rpr.append(sp)
        return p

    def red_line_after(self, text, align=WD_ALIGN_PARAGRAPH.CENTER):
        p = self.doc.add_paragraph()
        fmt(p, align, indent=False, after=6)
        r = p.add_run(text)
        set_font(r, FS, 16)
        border(p, "bottom", "E60012", 18)
        return p

    def title(self, lines, soft=True):
        """lines: list of strings; soft=True -> one paragraph with soft breaks."""
        if soft:
            p = self.doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36, before=12, after=12)
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                set_font(r, XBS, 22)
                if i < len(lines) - 1:
                    r.add_break()
        else:
            for i, ln in enumerate(lines):
                p = self.doc.add_paragraph()
                fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36,
                    before=12 if i == 0 else 0, after=12 if i == len(lines) - 1 else 0)
                r = p.add_run(ln)
                set_font(r, XBS, 22)

    def line(self, text, font=FS, indent=False, align=None, size=16, bold=False):
        p = self.doc.add_paragraph()
        fmt(p, align, indent=indent)
        r = p.add_run(text)
        set_font(r, font, size, bold)
        return p

    def para(self, text, clause=True, parts=None):
        """Body paragraph. parts: list of text pieces joined by soft line breaks."""
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
        if parts:
            for i, pc in enumerate(parts):
                r = p.add_run(pc)
                set_font(r, FS)
                if i < len(parts) - 1:
                    r.add_break()
            text = "".join(parts)
        else:
            r = p.add_run(text)
            set_font(r, FS)
        if clause:
            self.clauses.append(text)
        return p

    def runin(self, head, rest, head_font=KT, bold=False, clause=True):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
        r = p.add_run(head)
        set_font(r, head_font, 16, bold)
        r = p.add_run(rest)
        set_font(r, FS)
        if clause:
            self.clauses.append(head + rest)
        return p

    def heading(self, text):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
        r = p.add_run(text)
        set_font(r, HT)
        return p

    def auto_item(self, num_id, numtext, text):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
        ppr = p._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), num_id)
        numPr.append(il)
        numPr.append(ni)
        ppr.insert(0, numPr)
        r = p.add_run(text)
        set_font(r, FS)
        self.clauses.append(numtext + text)
        return p

    def data_table(self, header, rows, widths=None):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            c = t.cell(0, i)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(c.paragraphs[0].add_run(h), HT, 12)
        for ri, row in enumerate(rows, start=1):
            for ci, v in enumerate(row):
                c = t.cell(ri, ci)
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER if ci != len(row) - 1 else WD_ALIGN_PARAGRAPH.LEFT
                set_font(c.paragraphs[0].add_run(v), FS, 12)
            self.clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
        if widths:
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
        return t

    def page_break(self):
        self._pb = True

    def banji(self, cc, office, date):
        """版记: 抄送 + 印发 between black lines."""
        p = self.doc.add_paragraph()
        fmt(p, indent=False, exact=26)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        border(p, "top", "000000", 8)
        border(p, "bottom", "000000", 4)
        r = p.add_run("抄送：" + cc)
        set_font(r, FS, 14)
        p = self.doc.add_paragraph()
        fmt(p, indent=False, exact=26)
        p.paragraph_format.left_indent = Pt(14)
        border(p, "bottom", "000000", 8)
        r = p.add_run(office + "　　　　　　　" + date + "印发")
        set_font(r, FS, 14)


def meta(title, doc_number, issuer, date, level, region, doc_type, recipients,
         attachments=None, publicity=None, published=None, effective=None):
    return {
        "title": title,
        "doc_number": doc_number,
        "issuer": issuer,
        "date": date,
        "published": published,
        "level": level,
        "region": region,
        "effective": effective,
        "expires": None,
        "attachments": attachments or [],
        "doc_type": doc_type,
        "recipients": recipients,
        "publicity": publicity,
        "repeals": None,
    }


# ====================================================================== file 1: 泉州
def make_quanzhou():
    doc = Document()
    setup(doc)
    w = Writer(doc)
    out = []

    # ---- 批复
    w.start()
    w.empty()
    w.red_head("福建省人民政府", 36, spacing=40)
    w.red_line_after("闽政文〔2026〕37号")
    w.title(["福建省人民政府关于同意泉州市设立", "泉州跨境电商产业园的批复"], soft=True)
    w.line("泉州市人民政府：")
    w.para("你市《关于设立泉州跨境电商产业园的请示》（泉政〔2026〕12号）收悉。经研究，现批复如下：")
    w.para("一、同意设立泉州跨境电商产业园（以下简称产业园）。产业园位于晋江市，规划面积3.86平方公里，实行“一园多区”布局，由晋江陆地港片区、石狮服装城片区和泉州综合保税区关联片区组成，具体四至范围以你市报送的规划图为准。")
    w.para("二、产业园要以建设中国（泉州）跨境电子商务综合试验区核心承载区为目标，立足泉州纺织鞋服、食品饮料、建材家居等产业基础，大力发展跨境电商B2B出口、海外仓和跨境电商进口业务，推动“跨境电商＋产业带”融合发展，打造面向“一带一路”共建国家和地区的跨境电商集聚区。")
    w.para("三、产业园建设要坚持规划先行、集约用地，严格落实国土空间规划和生态环境保护要求，不得突破规划面积和用途管制，不得以产业园名义违规开展房地产开发。")
    w.para("四、你市要切实履行主体责任，重点做好以下工作：")
    w.para("（一）建立健全产业园管理机构，明确专门力量负责产业园日常运营管理。")
    w.para("（二）完善国际贸易“单一窗口”、海关监管、外汇结算、出口退税等配套服务，提升跨境电商通关便利化水平。")
    w.para("（三）落实各项监管措施，防范化解贸易、金融、数据安全等风险，确保产业园规范有序运行。")
    w.para("五、省直有关部门要按照职责分工，在政策、资金、项目等方面给予积极支持。省商务厅要会同有关部门加强对产业园建设发展的指导、评估和考核，重大事项及时向省政府报告。")
    w.para("六、产业园建设发展中遇到的重大问题，请及时向省政府请示报告。")
    w.para("此复。")
    w.empty(2)
    # 落款 aligned with manual full-width spaces
    w.line("　　　　　　　　　　　　　　　　福建省人民政府")
    w.line("　　　　　　　　　　　　　　　　2026年3月18日")
    w.line("（此件公开发布）", indent=True)
    m1 = meta("福建省人民政府关于同意泉州市设立泉州跨境电商产业园的批复", "闽政文〔2026〕37号",
              ["福建省人民政府"], "2026-03-18", "provincial", "泉州市", "批复", ["泉州市人民政府"],
              publicity="此件公开发布")
    out.append({"meta": m1, "clauses": list(w.clauses)})

    w.empty()
    w.line("附：泉州市人民政府关于设立泉州跨境电商产业园的请示")
    w.page_break()

    # ---- 请示
    w.start()
    w.red_head("泉州市人民政府文件", 30)
    w.empty()
    # 文号 left, 签发人 right typed with manual spaces on one line
    p = w.red_line_after("泉政〔2026〕12号　　　　　　　　　　　　签发人：林志远", align=WD_ALIGN_PARAGRAPH.LEFT)
    w.title(["泉州市人民政府关于设立泉州跨境电商产业园的请示"], soft=True)
    w.line("福建省人民政府：")
    w.para("近年来，我市深入贯彻落实党中央、国务院关于促进跨境电商健康持续发展的决策部署，依托中国（泉州）跨境电子商务综合试验区建设，跨境电商产业规模持续扩大。2025年，全市跨境电商进出口额达1126.4亿元，同比增长18.7%，培育跨境电商经营主体超过6800家，建成公共海外仓42个。为进一步推动跨境电商集聚发展，打造全省跨境电商发展新高地，我市拟设立泉州跨境电商产业园。现将有关情况请示如下：")
    w.heading("一、设立的必要性")
    w.runin("（一）承接产业带转型需求。", "泉州拥有纺织鞋服、食品饮料、建材家居等5个千亿级产业集群，中小外贸企业数量多、品牌基础好，亟需通过集聚化的跨境电商平台拓展海外市场、缩短贸易链条。")
    w.runin("（二）完善跨境物流通道。", "我市已常态化开行中欧班列（泉州—莫斯科）、中亚班列和“丝路海运”泉州航线，晋江陆地港已实现海关监管作业场所与跨境电商监管中心一体运作，具备承载跨境电商物流集散的条件。")
    w.runin("（三）集聚市场主体和服务资源。", "设立产业园有利于引导跨境电商平台、服务商、物流企业和金融机构集中布局，降低企业综合运营成本，形成要素集聚、服务完善的产业生态。")
    w.heading("二、产业园基本情况")
    w.runin("（一）选址范围。", "产业园规划面积3.86平方公里，位于晋江市和石狮市，范围涵盖晋江陆地港、石狮服装城及泉州综合保税区周边配套用地，均为已批建设用地，符合国土空间规划。")
    w.runin("（二）功能布局。", "产业园实行“一园多区”布局：")
    w.para("1.晋江陆地港片区。规划面积1.52平方公里，重点发展跨境电商B2B出口、海外仓集货和跨境物流分拨。")
    w.para("2.石狮服装城片区。规划面积1.21平方公里，重点发展服装鞋帽跨境电商直播、品牌孵化和独立站运营。")
    w.para("3.泉州综合保税区关联片区。规划面积1.13平方公里，重点发展跨境电商零售进口保税备货、退货中心仓和保税展示交易。")
    w.runin("（三）发展目标。", "到2028年，产业园入驻跨境电商及配套服务企业1000家以上，跨境电商进出口额突破500亿元，培育年交易额超10亿元的跨境电商龙头企业10家，新增公共海外仓15个。")
    w.heading("三、保障措施")
    w.runin("（一）加强组织领导。", "成立由市政府主要领导任组长的产业园建设领导小组，设立产业园管理委员会，统筹推进规划建设、招商运营和服务监管工作。")
    w.runin("（二）加大政策支持。", "市财政每年安排不少于1亿元跨境电商发展专项资金，对入园企业在仓储租金、物流费用、人才引进等方面给予扶持。")
    w.runin("（三）强化风险防控。", "会同泉州海关、人民银行泉州市分行、泉州市税务局建立联合监管机制，加强跨境电商交易真实性审核，严厉打击走私和虚假贸易行为。")
    w.heading("四、请示事项")
    w.para("恳请省政府批准设立泉州跨境电商产业园，并在省级商务发展专项资金、建设用地指标等方面给予支持。")
    w.para("妥否，请批示。")
    w.empty(2)
    w.line("　　　　　　　　　　　　　　　　泉州市人民政府")
    w.line("　　　　　　　　　　　　　　　　2026年2月26日")
    w.line("（联系人：陈晓敏，联系电话：0595-22178356）", indent=True)
    m2 = meta("泉州市人民政府关于设立泉州跨境电商产业园的请示", "泉政〔2026〕12号",
              ["泉州市人民政府"], "2026-02-26", "municipal", "泉州市", "请示", ["福建省人民政府"])
    out.append({"meta": m2, "clauses": list(w.clauses)})

    # 版记 of the 批复 printed at the very end of the file
    w.empty(3)
    w.banji("省发展改革委、工业和信息化厅、财政厅、自然资源厅、生态环境厅、商务厅，人民银行福建省分行，福州海关、厦门海关，国家税务总局福建省税务局。",
            "福建省人民政府办公厅", "2026年3月19日")
    return doc, out


# ====================================================================== file 2: 洛阳
def make_luoyang():
    doc = Document()
    setup(doc)
    num_id = add_chinese_numbering(doc)
    w = Writer(doc)
    out = []

    w.start()
    w.empty()
    w.red_head("河南省人民政府", 36, spacing=40)
    w.red_line_after("豫政文〔2026〕52号")
    w.title(["河南省人民政府", "关于同意洛阳市申报设立洛阳空港综合保税区的批复"], soft=False)
    w.line("洛阳市人民政府：")
    w.para("你市《关于申报设立洛阳空港综合保税区的请示》（洛政〔2026〕19号）收悉。经研究，现批复如下：")
    cn = ["一、", "二、", "三、", "四、", "五、", "六、", "七、"]
    items = [
        "原则同意你市申报设立洛阳空港综合保税区。综合保税区选址位于洛阳北郊机场以东、洛阳航空城规划范围内，规划面积1.98平方公里，四至范围为：东至规划纬三路，南至310国道，西至机场东路，北至连霍高速公路。",
        "由省政府向国务院报送申请设立洛阳空港综合保税区的请示。省商务厅、郑州海关要会同省发展改革委、财政厅、自然资源厅等有关部门，按照国家关于综合保税区设立审核的有关规定，做好申报材料审核和协调推进工作。",
        "你市要按照“高水平开放、高质量发展”要求，聚焦航空物流、保税维修、跨境电商、保税研发等业态，推动综合保税区与中国（河南）自由贸易试验区洛阳片区联动发展，积极对接中欧班列和“空中丝绸之路”，更好服务共建“一带一路”。",
        "你市要严格按照综合保税区基础和监管设施设置规范，高标准规划建设隔离围网、卡口、查验场地和信息化管理系统等设施，所需资金由你市自行筹措解决。",
        "你市要坚持集约节约用地，综合保税区用地须符合国土空间规划，依法依规办理用地手续，严禁擅自扩大规划面积或改变用地性质。",
        "国务院批准设立前，你市不得以综合保税区名义开展招商引资、对外宣传或者实施相关优惠政策。",
        "省直有关部门要加强指导服务，协调解决申报和建设中的重大问题，重大事项及时报告省政府。",
    ]
    for n, t in zip(cn, items):
        w.auto_item(num_id, n, t)
    w.empty(2)
    # 落款 with Chinese-numeral date, right-aligned with trailing spaces
    w.line("河南省人民政府　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    w.line("二〇二六年四月九日　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    m1 = meta("河南省人民政府关于同意洛阳市申报设立洛阳空港综合保税区的批复", "豫政文〔2026〕52号",
              ["河南省人民政府"], "2026-04-09", "provincial", "洛阳市", "批复", ["洛阳市人民政府"])
    out.append({"meta": m1, "clauses": list(w.clauses)})

    w.line("附：洛阳市人民政府关于申报设立洛阳空港综合保税区的请示")
    # 版记 straight after the 批复 (and its 附 line)
    w.banji("省发展改革委、财政厅、自然资源厅、生态环境厅、商务厅，郑州海关，国家外汇管理局河南省分局。",
            "河南省人民政府办公厅", "2026年4月10日")
    w.page_break()

    # ---- 请示
    w.start()
    w.red_head("洛阳市人民政府", 36, spacing=40)
    w.empty()
    # 文号 / 签发人 in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    no_table_borders(t)
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    set_font(c0.paragraphs[0].add_run("洛政〔2026〕19号"), FS, 16)
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(c1.paragraphs[0].add_run("签发人："), FS, 16)
    set_font(c1.paragraphs[0].add_run("徐卫东"), KT, 16)
    p = doc.add_paragraph()
    fmt(p, indent=False, exact=8)
    border(p, "bottom", "E60012", 18)
    w.title(["洛阳市人民政府", "关于申报设立洛阳空港综合保税区的请示"], soft=False)
    w.line("河南省人民政府：")
    w.para("为深入贯彻落实国家关于推进综合保税区高水平开放高质量发展的部署要求，加快建设内陆开放高地，依托洛阳北郊机场航空口岸，我市拟申报设立洛阳空港综合保税区。现将有关事项请示如下：")
    w.heading("一、申报基础")
    w.runin("（一）口岸功能较为完善。", "洛阳北郊机场为国家一类航空口岸，2025年完成旅客吞吐量186.2万人次、货邮吞吐量1.37万吨，已开通至曼谷、首尔、河内等国际（地区）航线5条。")
    w.runin("（二）产业支撑较为坚实。", "我市拥有航空零部件、轴承、电子信息、新材料等外向型产业，2025年全市货物贸易进出口总额达312.6亿元，其中加工贸易进出口额占比达到27.4%，对保税加工、保税物流需求旺盛。")
    w.runin("（三）开放平台加快集聚。", "中国（河南）自由贸易试验区洛阳片区、洛阳综合保税区、中国（洛阳）跨境电子商务综合试验区等开放平台叠加，中欧班列（洛阳）2025年开行186列，为空港综合保税区与陆港联动发展奠定了基础。")
    w.heading("二、规划方案")
    w.runin("（一）选址与面积。", "综合保税区选址位于洛阳北郊机场以东、洛阳航空城规划范围内，规划面积1.98平方公里，四至范围为：东至规划纬三路，南至310国道，西至机场东路，北至连霍高速公路。")
    w.runin("（二）功能分区。", "综合保税区划分为4个功能区，具体如下：")
    w.data_table(
        ["功能分区", "面积（公顷）", "主要功能"],
        [
            ["保税物流区", "62.5", "航空货运仓储、分拨配送、跨境电商监管"],
            ["保税加工区", "78.3", "航空零部件、电子信息产品保税加工"],
            ["保税服务区", "41.2", "保税维修、保税研发、检测认证"],
            ["口岸作业区", "16.0", "卡口、查验、海关监管作业场所"],
            ["合计", "198.0", "—"],
        ],
        widths=[3.5, 3.0, 8.5],
    )
    w.runin("（三）建设计划。", "综合保税区按照“一次规划、分步实施”的原则推进建设：")
    w.para("1.2026年完成规划编制、土地征收和隔离围网、卡口等基础和监管设施建设；")
    w.para("2.2027年上半年完成信息化管理系统建设，申请国家有关部门联合验收；")
    w.para("3.2027年下半年起封关运作，引进保税加工、保税维修等重点项目20个以上。")
    w.heading("三、有关请求")
    w.para("（一）恳请省政府同意我市申报设立洛阳空港综合保税区，并以省政府名义向国务院报送申请。")
    w.para("（二）恳请省商务厅、郑州海关等部门在申报材料审核、预验收等环节给予指导支持。")
    w.para("（三）恳请将洛阳空港综合保税区基础和监管设施建设项目纳入省重点建设项目，在用地指标、地方政府专项债券等方面给予倾斜。")
    w.para("妥否，请批示。")
    w.empty(2)
    w.line("洛阳市人民政府　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    w.line("2026年3月16日　　　　", align=WD_ALIGN_PARAGRAPH.RIGHT)
    w.line("（联系人：郭丽娜，联系电话：0379-63901275）", indent=True)
    m2 = meta("洛阳市人民政府关于申报设立洛阳空港综合保税区的请示", "洛政〔2026〕19号",
              ["洛阳市人民政府"], "2026-03-16", "municipal", "洛阳市", "请示", ["河南省人民政府"])
    out.append({"meta": m2, "clauses": list(w.clauses)})
    return doc, out


# ====================================================================== file 3: 柳州
def make_liuzhou():
    doc = Document()
    setup(doc)
    w = Writer(doc)
    out = []

    w.start()
    w.empty()
    w.red_head("广西壮族自治区人民政府", 30, spacing=10)
    w.red_line_after("桂政函〔2026〕23号")
    w.title(["广西壮族自治区人民政府关于同意柳州市", "设立柳州跨境电子商务产业园的批复"], soft=True)
    w.line("柳州市人民政府：")
    w.para("你市《关于设立柳州跨境电子商务产业园的请示》（柳政〔2026〕15号）收悉。经研究，现批复如下：")
    w.para("一、同意设立柳州跨境电子商务产业园（以下简称产业园），由柳州市人民政府负责管理。产业园选址柳州市柳东新区，规划面积2.15平方公里。")
    w.para("二、产业园要紧扣广西建设面向东盟的国际大通道战略定位，依托西部陆海新通道和柳州汽车、机械、螺蛳粉等特色产业，重点发展以下业务：")
    w.para("1.跨境电商B2B出口和海外仓业务，支持汽车零部件、工程机械等企业通过跨境电商拓展东盟及“一带一路”共建国家市场；")
    w.para("2.跨境电商零售进口业务，与南宁综合保税区、钦州综合保税区联动开展保税备货；")
    w.para("3.跨境电商直播、数字营销、品牌孵化等新业态新模式；")
    w.para("4.跨境物流、支付结算、人才培训等配套服务。")
    # soft line breaks typed inside one paragraph
    w.para(None, parts=[
        "三、你市要加快完善产业园基础设施和公共服务平台，推进产业园与中国（广西）自由贸易试验区、",
        "中国（柳州）跨境电子商务综合试验区政策叠加、协同联动，",
        "打造西部陆海新通道沿线跨境电商特色集聚区。",
    ])
    w.para("四、你市要建立产业园统计监测和绩效评价制度，每年1月底前将上一年度产业园建设发展情况报送自治区商务厅。")
    w.para("五、自治区商务厅要会同自治区发展改革委、财政厅、自然资源厅和南宁海关等部门加强指导和支持，对产业园实行动态管理，连续两年考核不合格的，按程序撤销产业园认定。")
    w.para("此复。")
    w.empty(2)
    w.line("　　　　　　　　　　　　广西壮族自治区人民政府")
    w.line("　　　　　　　　　　　　　　　2026年5月20日")
    w.line("（此件公开发布）", indent=True)
    m1 = meta("广西壮族自治区人民政府关于同意柳州市设立柳州跨境电子商务产业园的批复", "桂政函〔2026〕23号",
              ["广西壮族自治区人民政府"], "2026-05-20", "provincial", "柳州市", "批复", ["柳州市人民政府"],
              publicity="此件公开发布")
    out.append({"meta": m1, "clauses": list(w.clauses)})
    w.empty()
    w.line("附：柳州市人民政府关于设立柳州跨境电子商务产业园的请示")
    w.empty()
    w.banji("自治区发展改革委、财政厅、自然资源厅、商务厅，南宁海关，国家税务总局广西壮族自治区税务局。",
            "广西壮族自治区人民政府办公厅", "2026年5月21日")
    w.page_break()

    # ---- 请示
    w.start()
    w.red_head("柳州市人民政府", 36, spacing=40)
    w.empty()
    # 文号 and 签发人 separated by a tab
    p = doc.add_paragraph()
    fmt(p, indent=False, after=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(11.5))
    set_font(p.add_run("柳政〔2026〕15号\t签发人：覃建华"), FS, 16)
    border(p, "bottom", "E60012", 18)
    w.title(["柳州市人民政府关于设立柳州跨境电子商务", "产业园的请示"], soft=True)
    w.line("自治区人民政府：")
    w.para("为贯彻落实自治区关于加快发展跨境电子商务的部署要求，推动我市外贸转型升级，依托中国（柳州）跨境电子商务综合试验区建设成果，我市拟在柳东新区设立柳州跨境电子商务产业园。现将有关情况请示如下：")
    w.runin("一、发展基础。", "2025年，全市跨境电商进出口额达86.3亿元，同比增长24.5%，跨境电商经营主体达到1260家，建成海外仓6个，柳州螺蛳粉、汽车零部件等产品通过跨境电商出口至东盟、中东、欧洲等40多个国家和地区。", head_font=HT)
    w.runin("二、园区规划。", "产业园规划面积2.15平方公里，按照“一核两翼”布局建设：", head_font=HT)
    w.runin("（一）核心区。", "位于柳东新区官塘片区，规划面积1.12平方公里，重点建设跨境电商公共服务中心、直播电商基地和企业总部集聚区。")
    w.runin("（二）物流仓储区。", "紧邻柳州铁路港，规划面积0.68平方公里，重点建设跨境电商监管中心、智能分拨仓和西部陆海新通道集货中心。")
    w.runin("（三）产业配套区。", "位于柳东新区汽车城片区，规划面积0.35平方公里，重点服务汽车零部件、工程机械等生产型企业开展跨境电商业务。")
    w.runin("三、发展目标。", "到2028年，产业园入驻跨境电商企业300家以上，培育年交易额超亿元企业15家，跨境电商进出口额突破150亿元，建设海外仓10个以上。", head_font=HT)
    w.heading("四、保障措施")
    w.runin("（一）健全管理体制。", "由柳东新区管委会承担产业园日常管理职责，设立产业园服务中心，为入园企业提供注册登记、通关申报、退税结汇等“一站式”服务。")
    w.runin("（二）强化资金保障。", "市本级每年安排跨境电商发展专项资金5000万元，重点支持产业园公共服务平台建设、海外仓建设和人才培训。")
    w.runin("（三）加强风险防控。", "建立商务、海关、税务、外汇等部门信息共享和联合监管机制，落实跨境电商企业信用管理制度，防范虚假交易和洗钱等风险。")
    w.runin("五、请示事项。", "恳请自治区人民政府批准设立柳州跨境电子商务产业园，并将其纳入自治区跨境电商重点园区给予支持。", head_font=HT)
    w.para("妥否，请批示。")
    w.empty()
    p = w.line("附件：1．柳州跨境电子商务产业园建设方案", indent=True)
    w.line("　　　　　2．柳州跨境电子商务产业园规划范围图", indent=True)
    w.empty(2)
    # 落款 in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    no_table_borders(t)
    for ri, txt in enumerate(["柳州市人民政府", "2026年4月28日"]):
        cp = t.cell(ri, 1).paragraphs[0]
        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(cp.add_run(txt), FS, 16)
    w.empty()
    w.line("（联系人：韦春燕，联系电话：0772-2856317）", indent=True)
    m2 = meta("柳州市人民政府关于设立柳州跨境电子商务产业园的请示", "柳政〔2026〕15号",
              ["柳州市人民政府"], "2026-04-28", "municipal", "柳州市", "请示", ["自治区人民政府"],
              attachments=["柳州跨境电子商务产业园建设方案", "柳州跨境电子商务产业园规划范围图"])
    out.append({"meta": m2, "clauses": list(w.clauses)})
    return doc, out


def main():
    expected = {}
    lo_env = "-env:UserInstallation=file:///tmp/lo_658"
    for stem, fn in (("blind658_quanzhou_pifu", make_quanzhou),
                     ("blind658_luoyang_pifu", make_luoyang),
                     ("blind658_liuzhou_pifu", make_liuzhou)):
        doc, docs = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = docs
        subprocess.run(["soffice", lo_env, "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
