# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 500 blind test documents: 自贸试验区最佳实践案例 (single case as submitted)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
FW = "\u3000"  # full-width space


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)


def add_runs(p, runs, size=16):
    """runs: list of (text, font, bold). '\n' inside text -> soft line break."""
    for text, font, bold in runs:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i > 0:
                br = p.add_run()
                br.add_break(WD_BREAK.LINE)
            if part:
                r = p.add_run(part)
                set_font(r, font, size, bold)


class Builder:
    def __init__(self):
        self.doc = new_doc()
        self.clauses = []

    # body paragraph; counted as clause by default
    def para(self, runs, clause=True, align=None, indent=True, size=16,
             before=0, after=0, line=28):
        if isinstance(runs, str):
            runs = [(runs, FS, False)]
        p = self.doc.add_paragraph()
        fmt(p, align, indent, line, before, after)
        add_runs(p, runs, size)
        if clause:
            self.clauses.append("".join(t for t, _, _ in runs).replace("\n", ""))
        return p

    def runin(self, head, text, head_font=KT, head_bold=False):
        return self.para([(head, head_font, head_bold), (text, FS, False)])

    def heading(self, text, font=HT, size=16, indent=True, align=None):
        return self.para([(text, font, False)], clause=False, indent=indent,
                         size=size, align=align)

    def title(self, text, size=22, before=0, after=12):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 36, before, after)
        add_runs(p, [(text, XBS, False)], size)
        return p

    def blank(self):
        p = self.doc.add_paragraph()
        fmt(p, indent=False)
        return p

    def plain(self, text, align=None, indent=False, font=FS, size=16, color=None):
        p = self.doc.add_paragraph()
        fmt(p, align, indent)
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            if part:
                r = p.add_run(part)
                set_font(r, font, size, False, color)
        return p

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def table(self, header, rows, widths=None, clause=True, size=12):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ci, h in enumerate(header):
            self._cell(t.cell(0, ci), h, HT, size, True)
        for ri, row in enumerate(rows, start=1):
            for ci, v in enumerate(row):
                self._cell(t.cell(ri, ci), v, FS, size, False)
            if clause:
                self.clauses.append("；".join(
                    "%s：%s" % (h, v) for h, v in zip(header, row)))
        if widths:
            for row in t.rows:
                for ci, w in enumerate(widths):
                    row.cells[ci].width = Mm(w)
        return t

    @staticmethod
    def _cell(cell, text, font, size, center):
        cell.text = ""
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.line_spacing = Pt(20)
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            r = p.add_run(part)
            set_font(r, font, size, False)

    def save(self, name):
        path = os.path.join(HERE, name + ".docx")
        self.doc.save(path)
        return path


def red_rule(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_rule(p, color="000000", sz=8):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), color)
        bdr.append(b)
    ppr.append(bdr)


def page_number_footer(doc, style="dash"):
    for sec in doc.sections:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pre, post = ("— ", " —") if style == "dash" else ("- ", " -")
        r = p.add_run(pre)
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
        for el in (f1, it, f2, t, f3):
            r._r.append(el)
        r = p.add_run(post)
        set_font(r, "宋体", 14)


def borderless(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def make_decimal_numbering(doc):
    """Create a Word auto-numbering definition '%1.' with no suffix; return numId."""
    numbering = doc.part.numbering_part.element
    abs_id = 90
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")):
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
    an.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num_id = 90
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(abs_id))
    num.append(ani)
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


# ================================================================ doc 1 厦门
def doc_xiamen():
    b = Builder()
    case = "中欧班列（厦门）跨境电商出口“集拼直通”监管服务模式"
    org1 = "中国（福建）自由贸易试验区厦门片区管理委员会"
    org2 = "厦门海关"

    b.heading("中国（福建）自由贸易试验区最佳实践案例申报表", HT, 16, False,
              WD_ALIGN_PARAGRAPH.CENTER)
    b.table(["案例名称", "申报单位", "联系人", "案例类型"],
            [[case, org1 + "、" + org2, "林晓峰（0592-5398216）", "贸易便利化"]],
            widths=[48, 50, 36, 22], size=12)
    b.blank()
    b.blank()
    b.title(case)
    b.blank()

    b.para("厦门是中欧班列西向通道的重要始发地之一，跨境电商出口货物具有批次多、货值小、时效要求高的特点。"
           "过去，跨境电商出口货物搭乘中欧班列需在口岸与内陆场站之间多次转关、分票申报，集拼效率低、物流成本高。"
           "2024年以来，厦门片区联合厦门海关、中国铁路南昌局集团有限公司厦门货运中心等单位，围绕“申报一次、集拼一站、查验一次、全程直通”目标，"
           "创新推出中欧班列（厦门）跨境电商出口“集拼直通”监管服务模式，有效打通跨境电商货物搭乘中欧班列出口的堵点难点。")

    b.heading("一、主要做法")
    b.runin("（一）推行“清单申报、分类集拼”。",
            "依托跨境电商出口统一版信息化系统，允许9610、9710、9810等不同监管方式的跨境电商出口货物在海关监管作业场所内统一集拼，"
            "企业以清单方式一次申报，海关按“一箱多票、分类监管”方式实施管理，解决了跨境电商小包裹与一般贸易货物无法同箱拼装的问题。",
            KT, True)
    b.runin("（二）实施“场站查验、口岸直放”。",
            "在海沧中欧班列场站设立跨境电商集拼监管区，海关在场站内完成查验、施封，货物运抵出境口岸后凭电子关锁信息核放，不再重复开箱查验。具体包括：",
            KT, True)
    b.para("1.场站前置查验。对需查验的货物，在装箱前由海关在场站集中实施查验，查验结果实时推送至口岸海关。")
    b.para("2.电子关锁全程监控。对集拼完成的集装箱加施北斗电子关锁，实现运输途中位置、开关锁状态全程可视。")
    b.para("3.口岸“零等待”放行。货物抵达阿拉山口、霍尔果斯等出境口岸后，系统自动比对关锁信息，无异常的即时放行。")
    # soft line break typed in the middle of a sentence
    b.para([("（三）打造“一单到底、数据共享”服务平台。", KT, True),
            ("依托厦门国际贸易“单一窗口”，上线中欧班列跨境电商服务专区，整合订舱、报关、集拼、\n"
             "运输跟踪、结汇退税等功能，实现企业“一次录入、多方共享”。"
             "铁路、海关、税务、外汇等部门数据实时交互，企业可在线查询货物集拼和班列运行状态。", FS, False)])
    b.blank()

    b.heading("二、实践效果")
    b.para("该模式自2024年6月在厦门片区试点实施以来，运行平稳有序，通关效率和物流时效显著提升，企业获得感明显增强。")
    b.runin("（一）通关时效大幅压缩。",
            "截至2025年10月底，累计开行跨境电商集拼专列186列，发运跨境电商货物1.2万标箱、货值38.6亿元。改革前后主要环节时效对比如下：",
            KT, True)
    b.heading("表1" + FW + "改革前后主要指标对比", HT, 14, False, WD_ALIGN_PARAGRAPH.CENTER)
    b.table(["指标", "改革前", "改革后", "压缩比例"],
            [["出口申报时间", "平均4小时", "平均0.5小时", "87.5%"],
             ["集拼装箱时间", "2天", "0.5天", "75%"],
             ["场站至口岸放行时间", "36小时", "8小时", "77.8%"],
             ["综合物流成本", "约4200元/标箱", "约3150元/标箱", "25%"]],
            widths=[52, 36, 36, 30], size=12)
    b.para("注：改革前数据为2023年全年平均值，改革后数据为2025年1—10月平均值。", size=12,
           indent=False)
    b.runin("（二）企业成本明显降低。",
            "通过集拼集运，中小跨境电商企业无需整箱发运即可搭乘中欧班列，单票货物最低起运量由1个标箱降至1立方米，"
            "惠及跨境电商企业420余家，累计为企业节约物流成本约1.3亿元。", KT, True)
    b.runin("（三）班列运营质效提升。",
            "跨境电商货物占中欧班列（厦门）出口货值比重由2023年的6.2%提高至2025年1—10月的21.5%，"
            "回程班列空箱率同比下降9个百分点，班列开行的稳定性和可持续性进一步增强。", KT, True)
    b.blank()

    b.heading("三、创新点")
    b.runin("（一）监管模式创新。",
            "在全国率先实现不同监管方式的跨境电商出口货物在中欧班列场站内“同箱集拼、分类监管”，突破了原有按单一监管方式整箱申报的限制。",
            KT, True)
    b.runin("（二）物流组织创新。",
            "将海关查验、施封等作业环节前移至内陆场站，与出境口岸形成“场站查验、口岸直放”的协同机制，实现中欧班列“一次查验、全程直通”。",
            KT, True)
    b.runin("（三）服务方式创新。",
            "以“单一窗口”为载体实现铁路、海关、税务、外汇等部门数据互联互通，为企业提供全流程线上服务，具有较强的可复制性。",
            KT, True)
    b.blank()

    b.heading("四、下一步工作")
    b.runin("（一）扩大模式应用范围。",
            "推动该模式向中欧班列回程进口业务延伸，探索跨境电商零售进口货物“集拼分拨”监管，力争2026年底前覆盖全部中欧班列（厦门）线路。",
            KT, True)
    b.runin("（二）加强区域协同联动。",
            "积极对接成都、重庆、西安等中欧班列集结中心，推动电子关锁信息和查验结果互认，构建跨区域“集拼直通”协作网络。",
            KT, True)
    b.runin("（三）做好复制推广。",
            "及时总结提炼经验做法，形成操作指引，争取在全省乃至全国范围内复制推广。", KT, True)
    b.blank()

    atts = ["厦门海关关于跨境电商出口货物中欧班列集拼监管的工作方案",
            "中欧班列（厦门）跨境电商集拼专列开行情况统计表",
            "部分企业应用情况说明"]
    b.plain("附件：1." + atts[0], indent=True)
    b.plain(FW * 5 + "2." + atts[1])
    b.plain(FW * 5 + "3." + atts[2])
    b.blank()
    b.blank()
    b.plain(org1 + FW * 2, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.plain(org2 + FW * 11, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.plain("2025年11月20日" + FW * 8, align=WD_ALIGN_PARAGRAPH.RIGHT)
    page_number_footer(b.doc)

    meta = {
        "title": case,
        "doc_number": None,
        "issuer": [org1, org2],
        "date": "2025-11-20",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": None,
        "expires": None,
        "attachments": atts,
        "doc_type": "案例",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    name = "blind500_xiamen_anli"
    return name, b.save(name), [{"meta": meta, "clauses": b.clauses}]


# ================================================================ doc 2 重庆
def doc_chongqing():
    b = Builder()
    case = "综合保税区“保税维修+再制造”全球检测维修监管模式"
    org1 = "重庆西永综合保税区管理委员会"
    org2 = "西永海关"

    b.heading("中国（重庆）自由贸易试验区制度创新最佳实践案例申报表", XBS, 18, False,
              WD_ALIGN_PARAGRAPH.CENTER)
    b.blank()
    # form-style table: label / value pairs, some rows with two pairs
    t = b.doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = [
        ("案例名称", case, None, None),
        ("申报单位", org1 + "、" + org2, None, None),
        ("联系人", "周敏", "联系电话", "023-65796318"),
        ("案例类型", "监管模式创新", "所属片区", "西永片区"),
    ]
    for ri, (k1, v1, k2, v2) in enumerate(cells):
        row = t.rows[ri]
        Builder._cell(row.cells[0], k1, HT, 12, True)
        if k2 is None:
            m = row.cells[1].merge(row.cells[3])
            Builder._cell(m, v1, FS, 12, False)
            b.clauses.append("%s：%s" % (k1, v1))
        else:
            Builder._cell(row.cells[1], v1, FS, 12, False)
            Builder._cell(row.cells[2], k2, HT, 12, True)
            Builder._cell(row.cells[3], v2, FS, 12, False)
            b.clauses.append("%s：%s；%s：%s" % (k1, v1, k2, v2))
    for row in t.rows:
        for ci, w in enumerate([28, 62, 28, 40]):
            row.cells[ci].width = Mm(w)
    b.page_break()

    b.title(case)
    b.plain("——中国（重庆）自由贸易试验区西永片区", align=WD_ALIGN_PARAGRAPH.CENTER,
            font=KT)
    b.blank()

    b.para("西永综合保税区是全国重要的笔记本电脑生产基地，聚集了一批电子信息产品整机及零部件生产企业。"
           "随着产品出口规模扩大，境外返修需求日益增长，但受限于原有保税维修政策仅允许维修本区内生产的产品，"
           "大量境外返修产品只能在境外维修或以一般贸易方式进口，周期长、成本高。"
           "为此，西永片区联合西永海关，在综合保税区内创新开展“保税维修+再制造”全球检测维修业务，"
           "探索形成了一套风险可控、便捷高效的监管模式。")

    b.heading("一、主要做法")
    b.heading("（一）拓展维修业务范围", KT)
    b.para("在《综合保税区维修产品目录》框架下，允许区内企业开展全球范围内“两头在外”的电子信息产品检测维修业务，"
           "维修对象由“区内自产产品”扩展至“境内外同品牌、同类型产品”，同时对符合条件的旧机电零部件开展再制造业务。")
    b.heading("（二）创新全流程监管方式", KT)
    b.para("西永海关依托金关二期加工贸易及保税监管系统，对维修业务实施“账册管理、全程监控”，主要措施包括：")
    b.para("1.实施维修账册电子化管理。对待维修货物、维修用料件、维修后货物及维修产生的坏件分别设立电子账册项号，实现一一对应、动态核销。")
    b.para("2.推行“先入区、后报关”。对境外待维修货物，允许企业凭舱单信息先行提货入区，再在规定时间内完成申报手续。")
    b.para("3.规范坏件和固体废物处置。维修产生的坏件原则上全部退运出境，确需在境内处置的，严格按照固体废物管理有关规定办理。")
    b.heading("（三）强化风险防控", KT)
    b.para("建立企业准入评估、业务过程监控和退出管理机制，对开展维修业务的企业实施信用分类管理，"
           "将环保、安全生产等要求纳入准入条件，做到“放得开、管得住”。")
    b.blank()

    b.heading("二、实践效果")
    b.para("该模式实施以来，西永综合保税区维修业务规模持续扩大，带动效应逐步显现。")
    num_id = make_decimal_numbering(b.doc)

    def auto_item(text):
        p = b.doc.add_paragraph()
        fmt(p, None, False, 28)
        apply_numbering(p, num_id)
        add_runs(p, [(text, FS, False)], 16)
        b.clauses.append("%d.%s" % (len(auto_item.seen) + 1, text))
        auto_item.seen.append(text)
    auto_item.seen = []

    auto_item("业务规模快速增长。2025年，区内企业累计完成全球维修笔记本电脑、平板电脑等产品186万台，"
              "实现维修业务收入42.3亿元，同比增长35.6%。")
    auto_item("维修效率显著提升。改革前后主要指标对比如下：")
    b.table(["指标", "改革前", "改革后", "压缩比例"],
            [["维修货物入区手续办理时间", "5个工作日", "1个工作日", "80%"],
             ["平均维修周期", "45天", "18天", "60%"],
             ["单台物流通关成本", "约120元", "约60元", "50%"],
             ["维修坏件退运办理时间", "7个工作日", "2个工作日", "71.4%"]],
            widths=[56, 34, 34, 30], size=12)
    auto_item("产业链条有效延伸。吸引3家全球知名品牌商将亚太区维修中心落户西永，新增就业岗位1800余个，"
              "带动检测、物流、再制造等配套产业发展。")
    b.blank()

    b.heading("三、创新点")
    b.runin("（一）突破维修对象限制。",
            "在全国综合保税区中较早实现维修对象由区内自产产品向境内外同品牌、同类型产品拓展，打通了“两头在外”全球维修业务链条。",
            HT, False)
    b.runin("（二）创新维修账册管理。",
            "以电子账册项号一一对应方式实现待维修货物、料件、坏件全流程可追溯，在便利企业的同时确保监管有效。",
            HT, False)
    b.runin("（三）推动维修与再制造融合发展。",
            "将再制造纳入维修业务链条，延长产品生命周期，促进资源循环利用。", HT, False)
    b.blank()

    b.heading("四、下一步工作")
    b.para("（一）进一步扩大维修产品范围，积极争取将服务器、智能终端等产品纳入维修产品目录。")
    b.para("（二）推动维修业务与跨境电商、国际物流等业态融合发展，打造西部地区全球检测维修中心。")
    b.blank()

    atts = ["西永海关综合保税区保税维修业务监管操作规程",
            "2025年西永综合保税区维修业务统计数据",
            "相关企业证明材料"]
    b.plain("附件：1." + atts[0], indent=True)
    b.plain(FW * 5 + "2." + atts[1])
    b.plain(FW * 5 + "3." + atts[2])
    b.blank()
    b.blank()
    # signature block laid out with a borderless table
    lt = b.doc.add_table(rows=1, cols=2)
    borderless(lt)
    lt.autofit = False
    lt.columns[0].width = Mm(46)
    lt.columns[1].width = Mm(110)
    lt.rows[0].cells[0].width = Mm(46)
    lt.rows[0].cells[1].width = Mm(110)
    c = lt.rows[0].cells[1]
    c.text = ""
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(p, [(org1 + "\n" + org2 + "\n2026年3月18日", FS, False)], 16)
    page_number_footer(b.doc, "hyphen")

    meta = {
        "title": case,
        "doc_number": None,
        "issuer": [org1, org2],
        "date": "2026-03-18",
        "published": None,
        "level": "zone",
        "region": "中国（重庆）自由贸易试验区西永片区",
        "effective": None,
        "expires": None,
        "attachments": atts,
        "doc_type": "案例",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    name = "blind500_chongqing_anli"
    return name, b.save(name), [{"meta": meta, "clauses": b.clauses}]


# ================================================================ doc 3 西安 函 + 案例
def doc_xian():
    b = Builder()
    org = "西安国际港务区管理委员会"
    bank = "中国银行股份有限公司陕西省分行"
    case = "中欧班列长安号“铁路运输单证物权化”金融服务模式"
    recip = "中国（陕西）自由贸易试验区工作办公室"
    title = "西安国际港务区管理委员会关于报送中国（陕西）自由贸易试验区2025年度最佳实践案例的函"
    docno = "西港管函〔2025〕58号"

    # red head
    p = b.plain(org, align=WD_ALIGN_PARAGRAPH.CENTER, font=XBS, size=36, color=RED)
    p.paragraph_format.line_spacing = Pt(48)
    p = b.plain(docno, align=WD_ALIGN_PARAGRAPH.RIGHT)
    red_rule(p)
    b.blank()
    b.title(title)
    b.plain(recip + "：")

    letter_clauses_start = len(b.clauses)
    b.para("根据《中国（陕西）自由贸易试验区工作办公室关于开展2025年度自贸试验区最佳实践案例征集评选工作的通知》"
           "（陕自贸办发〔2025〕9号）要求，我委结合自贸试验区西安国际港务区片区改革创新实际，认真梳理总结了本年度制度创新成果。"
           "经研究，现将《" + case + "》报送你办，请予审核推荐。")
    b.para("该案例由我委联合" + bank + "共同申报，相关数据已经核实，内容真实准确，不涉及国家秘密和工作秘密。")
    b.para("联系人：王琳，联系电话：029-83386512。")
    b.blank()
    b.plain("附件：" + case, indent=True)
    b.blank()
    b.plain(org + FW * 3, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.plain("2025年10月28日" + FW * 4, align=WD_ALIGN_PARAGRAPH.RIGHT)
    b.blank()
    b.plain("（此件依申请公开）", indent=True)
    letter_clauses = b.clauses[letter_clauses_start:]

    # ---- attachment: the case itself
    b.page_break()
    b.plain("附件", font=HT)
    b.blank()
    b.title(case)
    case_start = len(b.clauses)
    t = b.doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    m = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    Builder._cell(m, "中国（陕西）自由贸易试验区最佳实践案例申报表", HT, 14, True)
    kv = [("案例名称", case),
          ("申报单位", org + "、" + bank),
          ("联系人", "王琳（029-83386512）"),
          ("案例类型", "金融创新"),
          ("填报日期", "2025年10月25日")]
    for ri, (k, v) in enumerate(kv, start=1):
        Builder._cell(t.rows[ri].cells[0], k, HT, 12, True)
        Builder._cell(t.rows[ri].cells[1], v, FS, 12, False)
        b.clauses.append("%s：%s" % (k, v))
    for row in t.rows:
        row.cells[0].width = Mm(36)
        row.cells[1].width = Mm(120)
    b.blank()

    b.para("中欧班列长安号是连接中国与欧洲、中亚的重要国际物流通道。长期以来，铁路运单仅作为货物运输合同和货物交接凭证，"
           "不具备物权凭证属性，无法像海运提单一样用于押汇、融资，制约了中欧班列贸易企业特别是中小企业的融资能力。"
           "西安国际港务区片区联合金融机构、班列运营平台，探索赋予中欧班列铁路运输单证物权凭证功能，"
           "形成了可复制推广的“铁路运输单证物权化”金融服务模式。")
    b.heading("一、主要做法")
    b.runin("（一）创设多式联运提单。",
            "由西安国际陆港多式联运有限公司作为多式联运经营人，签发具有物权凭证属性的中欧班列多式联运提单，"
            "明确提单持有人享有提货权，实现“一单到底、凭单提货”。")
    b.runin("（二）建立“控货+融资”机制。",
            "班列运营平台依托铁路集装箱电子关锁和场站管理系统对货物实施全程控货，"
            "银行以多式联运提单为质押物为企业提供信用证、押汇、仓单质押等融资服务。具体流程为：")
    b.para("1.企业向多式联运经营人申请签发提单；")
    b.para("2.银行审核提单及贸易背景真实性后发放融资；")
    b.para("3.货物抵达目的地后，收货人凭银行背书转让的提单提货。")
    b.runin("（三）搭建区块链单证平台。",
            "上线“长安号”区块链贸易金融服务平台，将提单签发、背书转让、融资放款、提货注销等环节上链存证，防范“一单多押”风险。")

    b.heading("二、实践效果")
    b.runin("（一）融资渠道有效拓宽。",
            "截至2025年9月底，累计签发中欧班列多式联运提单2860单，为146家外贸企业提供融资23.7亿元，其中中小微企业占比达78%。")
    b.runin("（二）融资效率显著提升。", "改革前后对比情况如下表：")
    b.table(["项目", "改革前", "改革后", "压缩比例"],
            [["融资审批时间", "10个工作日", "3个工作日", "70%"],
             ["单证流转时间", "5天", "2小时", "98.3%"],
             ["企业融资综合成本（年化）", "6.5%", "4.2%", "35.4%"],
             ["货物到站至提货时间", "3天", "1天", "66.7%"]],
            widths=[56, 34, 34, 30], size=12)
    b.runin("（三）贸易规模稳步扩大。",
            "2025年1—9月，中欧班列长安号开行4210列，同比增长12.6%；通过该模式结算的进出口贸易额达61.2亿元。")

    b.heading("三、创新点")
    b.runin("（一）制度创新。",
            "在现行法律框架内，通过多式联运经营人签发提单并约定物权属性，破解铁路运单不具备物权凭证功能的难题。")
    b.runin("（二）技术创新。",
            "运用区块链技术实现单证全流程可信流转，确保提单唯一性和真实性。")

    b.heading("四、下一步工作")
    b.runin("（一）推动标准化建设。",
            "配合有关部门研究制定中欧班列多式联运提单标准格式和操作规范，推动形成行业标准。")
    b.runin("（二）扩大推广应用。",
            "推动更多银行机构参与提单融资业务，探索将该模式拓展至西部陆海新通道等其他国际物流通道。")
    b.blank()
    atts = ["中欧班列多式联运提单样本",
            "区块链贸易金融服务平台运行情况报告",
            "合作银行融资业务证明"]
    b.plain("附件：1." + atts[0], indent=True)
    b.plain(FW * 5 + "2." + atts[1])
    b.plain(FW * 5 + "3." + atts[2])
    case_clauses = b.clauses[case_start:]

    # 版记 at the very end of the file
    b.blank()
    b.blank()
    p = b.plain("抄送：西安市商务局。", indent=False, size=14)
    top_rule(p)
    p = b.plain("西安国际港务区管理委员会办公室" + FW * 5 + "2025年10月28日印发", size=14)
    red_rule(p, "000000", 8)
    page_number_footer(b.doc)

    region = "中国（陕西）自由贸易试验区西安国际港务区片区"
    letter = {
        "meta": {
            "title": title,
            "doc_number": docno,
            "issuer": [org],
            "date": "2025-10-28",
            "published": None,
            "level": "zone",
            "region": region,
            "effective": None,
            "expires": None,
            "attachments": [case],
            "doc_type": "函",
            "recipients": [recip],
            "publicity": "此件依申请公开",
            "repeals": None,
        },
        "clauses": letter_clauses,
    }
    case_doc = {
        "meta": {
            "title": case,
            "doc_number": None,
            "issuer": [org, bank],
            "date": "2025-10-25",
            "published": None,
            "level": "zone",
            "region": region,
            "effective": None,
            "expires": None,
            "attachments": atts,
            "doc_type": "案例",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": case_clauses,
    }
    name = "blind500_xian_han"
    return name, b.save(name), [letter, case_doc]


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_500",
                    "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for fn in (doc_xiamen, doc_chongqing, doc_xian):
        name, path, objs = fn()
        to_pdf(path)
        expected[name] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
