# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 515: city 人大常委会 决定 on FTZ 片区 reform,
with the 公告 on top and the 关于《决定（草案）》的说明 after it."""
import json
import os
import subprocess
import copy

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
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    ppr.append(pbdr)


def top_bottom_border(p, sz=8):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        pbdr.append(b)
    ppr.append(pbdr)


def add_page_field(p, size=14):
    def r(text=None):
        run = p.add_run(text) if text is not None else p.add_run()
        set_font(run, SONG, size)
        return run
    r("— ")
    run = r()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)
    r(" —")


def setup_section(sec, restart=False):
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    sec.footer_distance = Cm(2.5)
    sec.footer.is_linked_to_previous = False
    ft = sec.footer
    p = ft.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(p)
    if restart:
        sectpr = sec._sectPr
        pg = OxmlElement("w:pgNumType")
        pg.set(qn("w:start"), "1")
        sectpr.append(pg)


def no_borders(table):
    tbl = table._tbl
    tblpr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def add_chinese_numbering(doc):
    """A Word list whose level 0 prints 一、二、三、 (chineseCounting)."""
    numbering = doc.part.numbering_part.element
    abs_id = 77
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts"); rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman"); rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "32"); rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    used = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    num_id = max(used + [0]) + 1
    num = OxmlElement("w:num"); num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), str(abs_id))
    num.append(an)
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id))
    numpr.append(il); numpr.append(ni)
    ppr.insert(0, numpr)


class Builder:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(16)
        st.element.get_or_add_rPr()
        rpr = st.element.rPr
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
        rf.set(qn("w:eastAsia"), FS)
        setup_section(self.doc.sections[0])
        self.docs = []       # list of {"meta":..., "clauses": [...]}
        self.cur = None

    def start(self, meta):
        self.cur = {"meta": meta, "clauses": []}
        self.docs.append(self.cur)

    def empty(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt(p, indent=False)

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def new_section(self, restart=False):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        setup_section(sec, restart=restart)

    def line(self, text, font=FS, size=16, bold=False, align=None, indent=False,
             color=None, exact=28, before=0, after=0):
        p = self.doc.add_paragraph()
        fmt(p, align=align, indent=indent, exact=exact, before=before, after=after)
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
        return p

    def title(self, parts, soft=False, size=22, color=None, exact=36):
        """parts: list of lines. soft=True -> one paragraph with soft breaks."""
        if soft:
            p = self.doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=exact)
            for i, t in enumerate(parts):
                r = p.add_run(t)
                set_font(r, XBS, size, color=color)
                if i < len(parts) - 1:
                    r.add_break(WD_BREAK.LINE)
            return p
        for t in parts:
            self.line(t, XBS, size, align=WD_ALIGN_PARAGRAPH.CENTER, color=color, exact=exact)

    def body(self, text, clause=True, runs=None, num_id=None, prefix="", soft_split=None):
        """Body paragraph.  runs: list of (text, font, bold) overriding text.
        num_id: Word auto numbering (prefix is what Word prints, for the key).
        soft_split: index where the typist hit Shift+Enter."""
        p = self.doc.add_paragraph()
        fmt(p, indent=num_id is None)
        if num_id is not None:
            set_num(p, num_id)
        if runs is None:
            runs = [(text, FS, False)]
        full = "".join(t for t, _, _ in runs)
        for t, f, b in runs:
            if soft_split is not None and soft_split in t:
                a, c = t.split(soft_split, 1)
                r = p.add_run(a + soft_split)
                set_font(r, f, 16, b)
                r.add_break(WD_BREAK.LINE)
                r2 = p.add_run(c)
                set_font(r2, f, 16, b)
            else:
                r = p.add_run(t)
                set_font(r, f, 16, b)
        if clause:
            self.cur["clauses"].append(prefix + full)
        return p

    def heading_line(self, text, font=HT):
        p = self.line(text, font, 16, indent=True)
        return p

    def table(self, header, rows, widths=None):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = c.paragraphs[0].add_run(h)
            set_font(r, HT, 12)
        for ri, row in enumerate(rows):
            for ci, v in enumerate(row):
                c = t.rows[ri + 1].cells[ci]
                c.paragraphs[0].alignment = (WD_ALIGN_PARAGRAPH.LEFT if ci == 0
                                             else WD_ALIGN_PARAGRAPH.CENTER)
                r = c.paragraphs[0].add_run(v)
                set_font(r, FS, 12)
            self.cur["clauses"].append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
        if widths:
            set_col_widths(t, widths)
        return t

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


def meta(title, doc_number, issuer, date, published, region, effective, doc_type,
         repeals=None):
    return {
        "title": title,
        "doc_number": doc_number,
        "issuer": issuer,
        "date": date,
        "published": published,
        "level": "municipal",
        "region": region,
        "effective": effective,
        "expires": None,
        "attachments": [],
        "doc_type": doc_type,
        "recipients": [],
        "publicity": None,
        "repeals": repeals,
    }


# ================================================================ 厦门
def make_xiamen():
    b = Builder()
    organ = "厦门市人民代表大会常务委员会"
    region = "中国（福建）自由贸易试验区厦门片区"
    jd_title = organ + "关于促进和保障中国（福建）自由贸易试验区厦门片区改革创新的决定"
    pub = "2026-03-30"

    # ---- 公告 (red header)
    b.start(meta(organ + "公告", "〔十六届〕第二十一号", [organ], pub, pub, region, pub, "公告"))
    b.empty()
    b.line(organ + "公告", XBS, 26, align=WD_ALIGN_PARAGRAPH.CENTER, color=RED, exact=40)
    b.empty()
    p = b.line("〔十六届〕第二十一号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    bottom_border(p)
    b.empty(2)
    b.body("《" + jd_title + "》已由厦门市第十六届人民代表大会常务委员会第二十三次会议于"
           "2026年3月27日通过，现予公布，自公布之日起施行。")
    b.empty(2)
    # manual-space 落款
    b.line("　　　　　　　　　　" + organ, FS, 16)
    b.line("　　　　　　　　　　　　　　　　2026年3月30日", FS, 16)
    b.page_break()

    # ---- 决定 (title split over two paragraphs)
    b.start(meta(jd_title, None, [organ], "2026-03-27", pub, region, pub, "决定"))
    b.title([organ, "关于促进和保障中国（福建）自由贸易", "试验区厦门片区改革创新的决定"])
    b.line("（2026年3月27日厦门市第十六届人民代表大会常务委员会第二十三次会议通过）",
           KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=12)
    b.body("为了促进和保障中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）深化改革创新，"
           "推动高水平制度型开放，服务两岸融合发展和“一带一路”建设，根据《中华人民共和国立法法》"
           "《中国（福建）自由贸易试验区条例》等有关法律法规，结合本市实际，作出如下决定：")
    pts = [
        "一、厦门片区应当坚持以制度创新为核心，对标国际高标准经贸规则，在贸易、投资、金融、航运、"
        "数据等领域开展首创性、差异化改革探索，建设更高水平的自由贸易试验区，打造两岸融合发展示范窗口"
        "和“海丝”核心区重要支点。",
        "二、市人民政府应当加强对厦门片区改革创新工作的领导，建立健全统筹协调机制，研究解决改革创新中的"
        "重大问题。中国（福建）自由贸易试验区厦门片区管理委员会（以下简称片区管委会）具体负责片区改革创新的"
        "组织推进和日常管理，市有关部门和湖里区、海沧区人民政府应当按照各自职责予以支持和配合。",
        "三、在厦门片区探索开展的改革创新事项，法律、行政法规有规定的，从其规定。本市地方性法规的规定不适应"
        "厦门片区改革创新需要的，市人民政府可以提请市人民代表大会常务委员会依法作出决定，在厦门片区内暂时调整"
        "或者暂时停止适用。",
        "四、厦门片区应当深化投资领域改革，全面落实外商投资准入前国民待遇加负面清单管理制度，负面清单之外的"
        "领域按照内外资一致原则实施管理。推行企业开办“一网通办”、经营主体登记确认制和“证照分离”改革全覆盖，"
        "探索建立市场准入承诺即入制。",
        None,  # 五 with a soft line break
        "六、厦门片区应当在国家政策框架下稳妥推进金融开放创新，支持开展跨境人民币结算、本外币一体化资金池、"
        "跨境融资便利化等业务，发展航运金融、融资租赁和供应链金融。金融管理部门应当加强监管协作，守住不发生"
        "系统性金融风险的底线。",
        "七、厦门片区应当深化对台经贸合作，探索两岸标准共通、资格互认和产业对接机制，为台湾同胞、台资企业在"
        "片区投资兴业、就业创业提供与大陆同胞、大陆企业同等待遇。",
        "八、厦门片区应当建设国际航运枢纽港，推进东南国际航运中心建设，完善船舶登记、国际中转集拼、航运交易等"
        "服务功能，提升“丝路海运”品牌影响力，服务“一带一路”沿线国家和地区的互联互通。",
        "九、厦门片区应当探索数据跨境流动安全管理机制，在国家数据出境安全管理制度框架下，依法制定片区数据出境"
        "负面清单，推动数字贸易、服务贸易创新发展。",
        "十、本市建立厦门片区改革创新容错纠错机制。改革创新未能实现预期目标，但有关单位和个人依照国家和本市"
        "有关规定决策、实施，且勤勉尽责、未牟取私利的，对有关单位和个人不作负面评价，依法免除相关责任。",
        "十一、市人民政府应当每年向市人民代表大会常务委员会报告厦门片区改革创新工作情况。市人民代表大会常务"
        "委员会通过听取和审议专项工作报告、开展执法检查等方式，加强对厦门片区改革创新工作的监督。",
        "十二、本决定自公布之日起施行。",
    ]
    five = ("五、厦门片区应当推进贸易便利化，深化国际贸易“单一窗口”建设，拓展跨境电商、市场采购、保税维修、"
            "离岸贸易等新业态新模式。支持厦门象屿综合保税区、厦门海沧港综合保税区开展保税研发、保税检测和"
            "全球维修业务，推动中欧（厦门）班列与海铁联运、跨境电商融合发展。")
    for t in pts:
        if t is None:
            b.body(five, soft_split="新业态新模式。")
        else:
            b.body(t)
    b.page_break()

    # ---- 说明
    sm_title = "关于《" + jd_title + "（草案）》的说明"
    b.start(meta(sm_title, None, [organ + "法制工作委员会"], "2026-03-25", pub, region, None, "说明"))
    b.title(["关于《" + organ + "关于", "促进和保障中国（福建）自由贸易试验区",
             "厦门片区改革创新的决定（草案）》的说明"])
    b.line("——2026年3月25日在厦门市第十六届人民代表大会常务委员会第二十三次会议上",
           KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    b.line(organ + "法制工作委员会主任　林志坚", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    b.line("主任、各位副主任、秘书长、各位委员：", FS, 16)   # salutation, not a clause
    b.body("受主任会议委托，现就《" + jd_title + "（草案）》（以下简称《决定（草案）》）作如下说明。")
    b.heading_line("一、制定《决定》的必要性")
    b.body("中国（福建）自由贸易试验区厦门片区自2015年4月挂牌运行以来，累计形成创新成果500余项，其中全国首创"
           "110余项，国际贸易“单一窗口”、“一照一码”等多项经验在全国复制推广。2025年，片区新增经营主体1.2万户，"
           "实现外贸进出口总额3200亿元。")
    b.body("当前，自由贸易试验区建设进入提升战略阶段。2024年以来，国家先后出台实施自由贸易试验区提升战略、推动"
           "服务业扩大开放等系列政策，对地方立法保障提出了新的要求。本市现行有关规定主要制定于片区设立初期，部分"
           "内容已不能适应改革创新的需要。以常委会决定的形式对片区改革创新予以确认和保障，具有必要性和紧迫性。")
    b.heading_line("二、《决定（草案）》的起草过程")
    b.body("2025年9月，常委会将《决定》列入年度立法计划预备项目。法制工作委员会会同市人大常委会财政经济工作委员会、"
           "市司法局、片区管委会组成起草小组，赴上海、广州南沙、海南等地学习考察，召开座谈会12场，书面征求市直有关"
           "部门、区人民政府、驻厦单位及部分市人大代表意见，共收集意见建议86条，采纳吸收41条。《决定（草案）》经"
           "主任会议讨论，决定提请本次常委会会议审议。")
    b.heading_line("三、《决定（草案）》的主要内容")
    b.body("《决定（草案）》共十二条，不分章节，主要包括以下内容：")
    for t in [
        "（一）明确改革创新的总体定位。《决定（草案）》规定片区应当以制度创新为核心，对标国际高标准经贸规则，"
        "打造两岸融合发展示范窗口和“海丝”核心区重要支点。（第一条）",
        "（二）理顺管理体制。明确市人民政府、片区管委会以及市有关部门、湖里区和海沧区人民政府的职责分工。（第二条）",
        "（三）建立法规暂时调整适用的衔接机制。对本市地方性法规不适应片区改革创新需要的情形，规定由市人民政府提请"
        "常委会依法作出决定，在片区内暂时调整或者暂时停止适用，以确保重大改革于法有据。（第三条）",
        "（四）聚焦重点领域改革。分别对投资自由化便利化、贸易便利化、金融开放创新、对台经贸合作、国际航运枢纽建设、"
        "数据跨境流动等作出规定。（第四条至第九条）",
        "（五）健全容错纠错和监督保障机制。（第十条、第十一条）",
    ]:
        head, rest = t.split("。", 1)
        b.body(None, runs=[(head + "。", KT, False), (rest, FS, False)])
    b.body("《决定（草案）》及以上说明，请予审议。")
    b.save("blind515_xiamen_jueding")
    return b.docs


# ================================================================ 青岛
def make_qingdao():
    b = Builder()
    num_id = add_chinese_numbering(b.doc)
    organ = "青岛市人民代表大会常务委员会"
    region = "中国（山东）自由贸易试验区青岛片区"
    jd_title = organ + "关于促进和保障中国（山东）自由贸易试验区青岛片区改革创新的决定"
    old_title = organ + "关于促进和保障中国（山东）自由贸易试验区青岛片区建设的决定"
    pub = "2026-04-24"

    b.start(meta(organ + "公告", "第15号", [organ], pub, pub, region, pub, "公告"))
    b.empty(2)
    b.line(organ + "公告", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    b.line("（第15号）", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=18)
    b.body("《" + jd_title + "》已于2026年4月24日经青岛市第十七届人民代表大会常务委员会第二十九次会议通过，"
           "现予公布，自公布之日起施行。")
    b.empty(3)
    p = b.line(organ + "    ", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p = b.line("2026年4月24日        ", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.page_break()

    # ---- 决定 with Word auto numbering 一、二、
    b.start(meta(jd_title, None, [organ], "2026-04-24", pub, region, pub, "决定",
                 repeals=old_title))
    b.title([organ, "关于促进和保障中国（山东）自由贸易", "试验区青岛片区改革创新的决定"], soft=True)
    b.line("（2026年4月24日青岛市第十七届人民代表大会常务委员会第二十九次会议通过）",
           KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=12)
    b.body("为了深入实施自由贸易试验区提升战略，促进和保障中国（山东）自由贸易试验区青岛片区（以下简称青岛片区）"
           "改革创新，根据有关法律、行政法规和《中国（山东）自由贸易试验区条例》，结合本市实际，作出如下决定：")
    cn = "一二三四五六七八九十"
    items = [
        "青岛片区应当坚持大胆试、大胆闯、自主改，聚焦海洋经济发展、国际航运贸易金融创新、现代产业体系建设和"
        "中日韩区域经济合作，在更广领域、更深层次开展差异化探索，加快建设高标准高质量自由贸易园区。",
        "市人民政府统筹领导青岛片区改革创新工作，定期研究部署重大事项。青岛西海岸新区管理委员会、中国（山东）"
        "自由贸易试验区青岛片区管理委员会按照职责分工负责片区改革创新的具体实施。市有关部门应当支持青岛片区开展"
        "改革创新，在职责范围内向片区下放或者委托实施市级经济管理权限。",
        "青岛片区可以在法治框架内，就企业登记、工程建设项目审批、国际贸易监管、人才引进等事项开展改革试点。改革"
        "试点需要暂时调整或者暂时停止适用本市地方性法规部分规定的，由市人民政府提请市人民代表大会常务委员会依法"
        "作出决定。",
        "青岛片区应当实施外商投资准入前国民待遇加负面清单管理制度，落实外商投资信息报告制度，完善外商投资促进和"
        "服务体系，依法保护外国投资者和外商投资企业的合法权益。",
        "青岛片区应当提升贸易便利化水平，重点推进以下工作：",
        "青岛片区应当在依法合规前提下推进金融服务实体经济创新，支持发展航运金融、跨境贸易投资高水平开放试点、"
        "合格境外有限合伙人（QFLP）等业务，探索开展知识产权证券化。",
        "青岛片区应当深化与日本、韩国以及《区域全面经济伙伴关系协定》（RCEP）其他成员国的经贸合作，探索对接国际"
        "高标准经贸规则的路径，建设RCEP经贸合作先行创新试验基地。",
        "青岛片区应当发展现代海洋产业，支持海洋科技研发、海洋装备制造、远洋渔业和海洋生物医药等产业集聚，建设"
        "国际航运贸易金融创新中心。",
        "市人民政府及其有关部门应当优化青岛片区人才服务，对片区引进的外籍高层次人才和急需紧缺人才，在出入境、"
        "停居留、工作许可、子女入学等方面提供便利。",
        "对青岛片区改革创新中出现的失误或者偏差，符合国家和本省、本市规定条件的，对有关单位和个人免除或者减轻"
        "责任，不作负面评价。",
        "市人民代表大会常务委员会应当加强对青岛片区改革创新工作的监督，适时听取和审议市人民政府关于青岛片区建设"
        "情况的专项工作报告。",
        "本决定自公布之日起施行。2020年6月19日青岛市第十六届人民代表大会常务委员会第二十二次会议通过的《"
        + old_title + "》同时废止。",
    ]
    subs = [
        "（一）深化国际贸易“单一窗口”功能拓展，推进口岸通关全流程无纸化；",
        "（二）支持青岛前湾综合保税区、青岛西海岸综合保税区开展保税维修、保税再制造、保税研发等业务，推动综合"
        "保税区内外联动发展；",
        "（三）发展跨境电商、市场采购贸易、离岸贸易和数字贸易，建设跨境电商海外仓和公共服务平台；",
        "（四）依托上合示范区多式联运中心，推动中欧班列（齐鲁号）与海运航线高效衔接，构建陆海联动的国际物流通道。",
    ]
    for i, t in enumerate(items):
        prefix = ("十" + cn[i - 10] if i >= 10 else cn[i]) + "、"
        if i == 9:
            prefix = "十、"
        b.body(t, num_id=num_id, prefix=prefix)
        if i == 4:
            for s in subs:
                b.body(s)
    b.page_break()

    # ---- 说明 (run-in bold headings, a table)
    sm_title = "关于《" + jd_title + "（草案）》的说明"
    b.start(meta(sm_title, None, [organ + "财政经济工作委员会"], "2026-02-26", pub, region, None, "说明"))
    b.title(["关于《" + organ + "关于", "促进和保障中国（山东）自由贸易试验区",
             "青岛片区改革创新的决定（草案）》的说明"], soft=True)
    b.line("——2026年2月26日在青岛市第十七届人民代表大会常务委员会第二十七次会议上",
           KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    p = b.line(organ, KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    p.runs[0].add_break(WD_BREAK.LINE)
    r = p.add_run("财政经济工作委员会主任　王海峰")
    set_font(r, KT, 16)
    p.paragraph_format.space_after = Pt(12)
    b.body("为深入实施自由贸易试验区提升战略，市人大常委会财政经济工作委员会牵头起草了《" + jd_title
           + "（草案）》（以下简称《决定（草案）》）。现将有关情况说明如下：")
    b.body(None, runs=[("一、关于制定《决定》的必要性。", FS, True),
                       ("中国（山东）自由贸易试验区青岛片区于2019年8月挂牌设立，实施范围52平方公里。挂牌以来，"
                        "片区累计形成制度创新成果300余项，其中在全国复制推广18项。下表为片区近三年主要指标情况：",
                        FS, False)])
    b.table(["指标", "2023年", "2024年", "2025年"], [
        ["新增经营主体（户）", "8126", "9035", "9870"],
        ["实际使用外资（亿美元）", "10.2", "11.6", "12.3"],
        ["外贸进出口额（亿元）", "2865", "3012", "3190"],
        ["跨境电商进出口额（亿元）", "96.4", "128.7", "151.2"],
    ], widths=[6.0, 3.0, 3.0, 3.0])
    b.empty()
    b.body("2020年6月，市人大常委会作出《" + old_title + "》，对片区起步阶段的建设发挥了重要作用。随着片区建设由"
           "“打基础”转向“提能级”，原决定的部分内容已经不能完全适应新形势新要求，有必要重新作出决定，原决定同时废止。")
    b.body(None, runs=[("二、关于起草过程。", FS, True),
                       ("2025年以来，财政经济工作委员会会同市司法局、市商务局和片区管委会开展专题调研，先后赴深圳"
                        "前海、天津、上海临港新片区学习借鉴，召开各类座谈会9次，并通过青岛人大网公开征求社会公众意见。"
                        "在此基础上，经反复修改，形成了《决定（草案）》。", FS, False)])
    b.body(None, runs=[("三、关于主要内容。", FS, True),
                       ("《决定（草案）》共十二项，重点规定了以下内容：", FS, False)])
    for h, t in [
        ("（一）明确发展定位。", "突出海洋经济、国际航运贸易金融创新和中日韩区域经济合作等特色，要求片区开展差异化探索。"),
        ("（二）完善管理体制。", "明确市人民政府、青岛西海岸新区管理委员会和片区管委会的职责，规定市有关部门下放或者"
                            "委托实施市级经济管理权限。"),
        ("（三）突出重点领域改革。", "围绕投资、贸易、金融、海洋产业、人才服务等方面作出规定，特别是将综合保税区、跨境"
                              "电商、中欧班列等内容纳入《决定（草案）》。"),
        ("（四）强化保障监督。", "规定容错免责机制和常委会监督方式。"),
    ]:
        b.body(None, runs=[(h, FS, True), (t, FS, False)])
    b.body("《决定（草案）》和以上说明是否妥当，请审议。")
    # 版记
    b.empty(4)
    p = b.line("青岛市人大常委会办公厅　　　　　　　　　2026年4月24日印发", FS, 14, indent=False)
    top_bottom_border(p)
    b.save("blind515_qingdao_jueding")
    return b.docs


# ================================================================ 南宁
def make_nanning():
    b = Builder()
    organ = "南宁市人民代表大会常务委员会"
    region = "中国（广西）自由贸易试验区南宁片区"
    jd_title = organ + "关于促进和保障中国（广西）自由贸易试验区南宁片区改革创新的决定"
    pub = "2026-06-29"

    b.start(meta(organ + "公告", "第29号", [organ], pub, pub, region, pub, "公告"))
    b.empty()
    b.line(organ, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    b.line("公　　告", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    b.line("第29号", FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=18)
    b.body("《" + jd_title + "》已由南宁市第十五届人民代表大会常务委员会第三十六次会议于2026年6月26日通过，"
           "现予公布，自公布之日起施行。")
    b.empty(2)
    # 落款 in a borderless layout table
    t = b.doc.add_table(rows=1, cols=2)
    no_borders(t)
    set_col_widths(t, [5.8, 9.8])
    c = t.rows[0].cells[1]
    r = c.paragraphs[0].add_run(organ)
    set_font(r, FS, 16)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p2 = c.add_paragraph()
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p2.add_run("2026年6月29日")
    set_font(r, FS, 16)
    b.page_break()

    # ---- 决定: title with soft break, numbers in separate 黑体 runs, a two-paragraph point
    b.start(meta(jd_title, None, [organ], "2026-06-26", pub, region, pub, "决定"))
    b.title([organ + "关于", "促进和保障中国（广西）自由贸易试验区", "南宁片区改革创新的决定"], soft=True)
    b.line("（2026年6月26日南宁市第十五届人民代表大会常务委员会第三十六次会议通过）",
           KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=12)
    b.empty()
    b.body("为了促进和保障中国（广西）自由贸易试验区南宁片区（以下简称南宁片区）改革创新，更好发挥南宁片区在面向"
           "东盟开放合作中的引领作用，服务西部陆海新通道和“一带一路”建设，根据有关法律、法规，结合本市实际，"
           "作出如下决定：")
    pts = [
        ("一、", "南宁片区应当以制度创新为核心，以可复制可推广为基本要求，重点发展现代金融、智慧物流、数字经济、"
                "文化传媒等现代服务业，建设面向东盟的金融开放门户核心区和国际陆海贸易新通道重要节点。"),
        ("二、", "市人民政府应当加强对南宁片区改革创新工作的组织领导，建立跨部门协同推进机制。中国（广西）自由贸易"
                "试验区南宁片区管理委员会负责南宁片区改革创新的具体实施工作，依法行使市人民政府赋予的经济管理权限。"),
        ("", "市人民政府应当动态调整向南宁片区下放的市级行政权力事项清单，并向社会公布。"),
        ("三、", "南宁片区应当全面实施外商投资准入前国民待遇加负面清单管理制度，推行外商投资企业设立“跨境通办”，"
                "探索建立外商投资企业投诉工作机制，及时协调解决外商投资企业反映的问题。"),
        ("四、", "南宁片区应当推进中国—东盟跨境贸易便利化，依托南宁综合保税区发展保税物流、保税加工、跨境电商等"
                "业务，支持建设面向东盟的跨境电商综合服务平台和海外仓。"),
        ("五、", "南宁片区应当服务西部陆海新通道建设，推动中越跨境班列、中欧班列与海铁联运班列高效衔接，发展多式"
                "联运“一单制”，提升国际物流通道服务能力。"),
        ("六、", "南宁片区应当建设面向东盟的金融开放门户，在依法合规、风险可控的前提下，开展人民币跨境使用、跨境"
                "投融资、东盟货币服务等创新业务，支持金融机构和地方金融组织集聚发展。"),
        ("七、", "南宁片区应当推动数字经济发展，建设中国—东盟数字经济产业园，探索与东盟国家开展数字贸易规则衔接和"
                "跨境数据流动合作。"),
        ("八、", "南宁片区应当加强知识产权保护，健全行政执法与司法保护衔接机制，完善涉外商事纠纷调解、仲裁、诉讼"
                "多元化解机制，营造市场化、法治化、国际化一流营商环境。"),
        ("九、", "市人民政府及其有关部门应当在财政资金、用地保障、人才引进等方面对南宁片区改革创新予以支持。"),
        ("十、", "对南宁片区改革创新工作中出现失误或者偏差，符合规定条件的，依法依规免除或者减轻相关单位和个人的"
                "责任。"),
        ("十一、", "市人民政府应当定期向市人民代表大会常务委员会报告南宁片区改革创新工作情况。"),
        ("十二、", "本决定自公布之日起施行。"),
    ]
    for n, t in pts:
        if n:
            b.body(None, runs=[(n, HT, False), (t, FS, False)])
        else:
            b.body(t)
        if n == "六、":
            b.empty()   # stray empty paragraph left by the typist

    # ---- 说明 in its own section, page numbers restart
    b.new_section(restart=True)
    sm_title = "关于《" + jd_title + "（草案）》的说明"
    b.start(meta(sm_title, None, [organ + "经济工作委员会"], "2026-06-23", pub, region, None, "说明"))
    b.title(["关于《" + organ + "关于", "促进和保障中国（广西）自由贸易试验区",
             "南宁片区改革创新的决定（草案）》的说明"])
    b.line("——2026年6月23日在南宁市第十五届人民代表大会常务委员会第三十六次会议上",
           KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    b.line(organ + "经济工作委员会主任　李振华", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    b.body("根据常委会2026年度工作要点和立法工作计划，经济工作委员会牵头起草了《" + jd_title
           + "（草案）》（以下简称《决定（草案）》）。现就有关情况说明如下。")
    b.heading_line("一、制定《决定》的必要性和可行性")
    for h, t in [
        ("（一）是贯彻落实国家自由贸易试验区提升战略的需要。", "党中央、国务院对实施自由贸易试验区提升战略作出部署，"
         "要求各地加强改革创新的法治保障。以常委会决定的形式为南宁片区改革创新提供法治保障，是落实国家战略的具体举措。"),
        ("（二）是推动南宁片区高质量发展的需要。", "南宁片区挂牌以来，累计引进企业超过1.1万家，形成制度创新成果120余项，"
         "但在管理权限、要素保障、容错机制等方面仍存在制约，需要通过地方立法加以解决。"),
        ("（三）具备了较好的实践基础。", "《中国（广西）自由贸易试验区条例》施行以来，为本市作出决定提供了上位法依据，"
         "片区的改革实践也为决定的制定积累了经验。"),
    ]:
        b.body(None, runs=[(h, KT, True), (t, FS, False)])
    b.heading_line("二、起草过程")
    b.body("2026年1月，经济工作委员会成立起草工作专班，先后开展了以下工作：")
    b.body("1.赴南宁片区、南宁综合保税区及部分企业实地调研，召开座谈会6场；")
    b.body("2.书面征求市人民政府有关部门、各县（市、区）人大常委会和部分市人大代表的意见；")
    b.body("3.通过南宁人大网站向社会公开征求意见，共收到意见建议37条。")
    b.body("在认真研究各方面意见的基础上，经主任会议讨论，形成了提请本次会议审议的《决定（草案）》。")
    b.heading_line("三、需要说明的几个问题")
    for h, t in [
        ("（一）关于决定的体例。", "考虑到决定的内容相对集中，《决定（草案）》采用不分条的体例，以序号列明十二个方面的"
         "内容，便于执行和监督。"),
        ("（二）关于下放市级行政权力事项。", "为增强片区管委会的自主权，《决定（草案）》规定市人民政府应当动态调整向"
         "南宁片区下放的市级行政权力事项清单，并向社会公布。"),
        ("（三）关于施行日期。", "为尽快发挥决定的保障作用，《决定（草案）》规定自公布之日起施行。"),
    ]:
        b.body(None, runs=[(h, KT, True), (t, FS, False)])
    b.body("以上说明连同《决定（草案）》，请予审议。")
    b.save("blind515_nanning_jueding")
    return b.docs


def main():
    expected = {
        "blind515_xiamen_jueding": make_xiamen(),
        "blind515_qingdao_jueding": make_qingdao(),
        "blind515_nanning_jueding": make_nanning(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for stem in expected:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_515", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE,
                        os.path.join(HERE, stem + ".docx")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
