# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 445: notice with two-level attachment structure."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
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


# ---------------------------------------------------------------- helpers
def set_run_font(run, east, size, bold=False, color=None, underline=False):
    run.font.size = Pt(size)
    run.font.name = "Times New Roman"
    run.font.bold = bold
    if underline:
        run.font.underline = True
    if color is not None:
        run.font.color.rgb = color
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:eastAsia"), east)
    rFonts.set(qn("w:hint"), "eastAsia")


def fmt_para(p, align=None, indent=True, line=28, first=None, left=None):
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    if left is not None:
        pf.left_indent = left


def border(p, side, sz=12, color="FF0000"):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn("w:pBdr"))
    if pBdr is None:
        pBdr = OxmlElement("w:pBdr")
        pPr.append(pBdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pBdr.append(el)


def no_table_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def set_widths(table, widths):
    table.autofit = False
    for j, w in enumerate(widths):
        table.columns[j].width = w
        for c in table.columns[j].cells:
            c.width = w


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def add_page_number_footer(footer, align):
    p = footer.paragraphs[0]
    p.alignment = align
    r = p.add_run("— ")
    set_run_font(r, "宋体", 14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    r = p.add_run("1")
    set_run_font(r, "宋体", 14)
    r = p.add_run()
    set_run_font(r, "宋体", 14)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)
    r = p.add_run(" —")
    set_run_font(r, "宋体", 14)


def setup_section(sec, landscape=False):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width = Cm(29.7)
        sec.page_height = Cm(21.0)
        sec.top_margin = Cm(2.8)
        sec.bottom_margin = Cm(2.6)
        sec.left_margin = Cm(3.7)
        sec.right_margin = Cm(3.5)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)


class Builder:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        setup_section(self.doc.sections[0])
        self.objs = []
        self.cur = None

    def new_obj(self, meta):
        self.cur = {"meta": meta, "clauses": []}
        self.objs.append(self.cur)

    # plain paragraph helpers -------------------------------------------
    def para(self, parts, align=None, indent=True, line=28, clause=False,
             first=None, left=None):
        """parts: str or list of (text, font, size, bold) / str."""
        p = self.doc.add_paragraph()
        fmt_para(p, align=align, indent=indent, line=line, first=first, left=left)
        if isinstance(parts, str):
            parts = [(parts, FS, 16, False)]
        text = ""
        for part in parts:
            if isinstance(part, str):
                part = (part, FS, 16, False)
            t, font, size, bold = part[:4]
            color = part[4] if len(part) > 4 else None
            r = p.add_run(t)
            set_run_font(r, font, size, bold, color)
            text += t
        if clause:
            self.cur["clauses"].append(text)
        return p

    def empty(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt_para(p, indent=False)

    def body(self, text):
        return self.para(text, clause=True)

    def runin(self, head, rest, font=KT, bold=False):
        return self.para([(head, font, 16, bold), (rest, FS, 16, False)],
                         clause=True)

    def article(self, num, rest):
        return self.para([(num, HT, 16, False), ("\u3000" + rest, FS, 16, False)],
                         clause=True)

    def heading(self, text, font=HT):
        return self.para([(text, font, 16, False)])

    def title(self, lines, size=22, line=None):
        p = self.doc.add_paragraph()
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                 line=line or 36)
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            set_run_font(r, XBS, size)
            if i < len(lines) - 1:
                r.add_break()  # soft line break inside the title
        return p

    def label(self, text):
        p = self.doc.add_paragraph()
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
        r = p.add_run(text)
        set_run_font(r, HT, 16)
        return p

    def page_break(self):
        p = self.doc.add_paragraph()
        fmt_para(p, indent=False)
        p.add_run().add_break(WD_BREAK.PAGE)

    def data_table(self, headers, rows, widths, merge_col=None, size=12):
        """rows: list of list of str. merge_col: column whose equal
        consecutive values are vertically merged (text only in top cell)."""
        t = self.doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        repeat_header(t.rows[0])
        for j, h in enumerate(headers):
            c = t.cell(0, j)
            c.width = widths[j]
            p = c.paragraphs[0]
            fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=20)
            r = p.add_run(h)
            set_run_font(r, HT, size)
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                c = t.cell(i, j)
                c.width = widths[j]
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                if merge_col == j and i > 1 and rows[i - 2][j] == v:
                    continue  # left empty, merged below
                p = c.paragraphs[0]
                al = WD_ALIGN_PARAGRAPH.CENTER if len(v) <= 8 else WD_ALIGN_PARAGRAPH.LEFT
                fmt_para(p, align=al, indent=False, line=20)
                r = p.add_run(v)
                set_run_font(r, FS, size)
            self.cur["clauses"].append(
                "；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
        set_widths(t, widths)
        if merge_col is not None:
            start = 1
            for i in range(2, len(rows) + 2):
                if i == len(rows) + 1 or rows[i - 1][merge_col] != rows[start - 1][merge_col]:
                    if i - 1 > start:
                        t.cell(start, merge_col).merge(t.cell(i - 1, merge_col))
                    start = i
        return t

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


def meta(**kw):
    base = {
        "title": None, "doc_number": None, "issuer": [], "date": None,
        "published": None, "level": None, "region": None, "effective": None,
        "expires": None, "attachments": [], "doc_type": None,
        "recipients": [], "publicity": None, "repeals": None,
    }
    base.update(kw)
    return base


# =================================================================== DOC 1
def make_xiamen():
    b = Builder()
    doc = b.doc
    sec = doc.sections[0]
    add_page_number_footer(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)

    ISS = ["中国（福建）自由贸易试验区厦门片区管理委员会", "厦门市商务局"]
    T1 = "中国（福建）自由贸易试验区厦门片区跨境电子商务高质量发展扶持资金实施细则"
    T2 = "2026年度厦门片区跨境电子商务扶持资金项目申报指南"
    T21 = "2026年度厦门片区跨境电子商务扶持资金支持方向及标准一览表"
    T22 = "2026年度厦门片区跨境电子商务扶持资金申报材料清单"
    T23 = "申报主体信用承诺书"
    common = dict(issuer=ISS, date="2026-03-18", level="zone",
                  region="中国（福建）自由贸易试验区厦门片区")
    title = ("关于印发《中国（福建）自由贸易试验区厦门片区跨境电子商务高质量发展"
             "扶持资金实施细则》及开展2026年度项目申报工作的通知")
    b.new_obj(meta(title=title, doc_number="厦自贸委〔2026〕15号",
                   attachments=[T1, T2], doc_type="通知",
                   recipients=["厦门象屿综合保税区管理局", "厦门海沧港综合保税区管理局",
                               "各有关企业"],
                   publicity="此件公开发布", **common))

    # ---- red header as a layout table: two organs left, 文件 right
    ht = doc.add_table(rows=1, cols=2)
    no_table_borders(ht)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = ht.cell(0, 0), ht.cell(0, 1)
    set_widths(ht, [Cm(12.6), Cm(3.0)])
    p = c0.paragraphs[0]
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=False, line=34)
    set_run_font(p.add_run("中国（福建）自由贸易试验区厦门片区管理委员会"), XBS, 15, color=RED)
    p = c0.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, indent=False, line=34)
    set_run_font(p.add_run("厦门市商务局"), XBS, 15, color=RED)
    c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = c1.paragraphs[0]
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40)
    set_run_font(p.add_run("文件"), XBS, 36, color=RED)
    b.empty(1)
    p = b.para("厦自贸委〔2026〕15号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", sz=18)
    b.empty(1)
    b.title(["关于印发《中国（福建）自由贸易试验区",
             "厦门片区跨境电子商务高质量发展",
             "扶持资金实施细则》及开展2026年度",
             "项目申报工作的通知"])
    b.empty(1)
    b.para("厦门象屿综合保税区管理局、厦门海沧港综合保税区管理局，各有关企业：",
           indent=False)
    b.body("为深入贯彻落实国务院关于加快发展外贸新业态新模式的决策部署，支持中国（福建）"
           "自由贸易试验区厦门片区（以下简称片区）跨境电子商务高质量发展，片区管委会、厦门市"
           "商务局联合制定了《中国（福建）自由贸易试验区厦门片区跨境电子商务高质量发展扶持资金"
           "实施细则》（以下简称《实施细则》），现印发给你们，并就2026年度项目申报工作通知如下：")
    b.heading("一、申报范围")
    b.body("在片区内依法登记注册、具有独立法人资格，从事跨境电子商务进出口业务的企业，以及为"
           "跨境电子商务提供物流、支付、海外仓、公共服务的平台和企业，可按照《实施细则》及"
           "《2026年度厦门片区跨境电子商务扶持资金项目申报指南》（附件2）申报。")
    b.body("申报时间为2026年4月1日至4月30日，具体要求详见申报指南。")
    b.heading("二、工作要求")
    b.runin("（一）加强政策宣传。", "各功能区管理机构要通过政务服务平台、企业座谈会等形式，"
            "及时向辖区企业宣传解读《实施细则》，做到应知尽知、应报尽报。")
    b.runin("（二）严格初审把关。", "各功能区管理机构要对申报材料的真实性、完整性进行初审，"
            "于2026年5月15日前将初审意见及汇总表报送片区管委会经济发展局。")
    b.runin("（三）强化资金监管。", "获得扶持资金的企业应当专款专用，自觉接受财政、审计等部门的"
            "监督检查。对弄虚作假、骗取扶持资金的，依法依规追回资金，并纳入公共信用信息系统。")
    b.heading("三、其他事项")
    b.body("本通知执行过程中如遇问题，请及时与片区管委会经济发展局、厦门市商务局电子商务处联系。")
    b.body("联系人：片区管委会经济发展局林晓峰，电话0592-6012345；厦门市商务局电子商务处陈雅婷，"
           "电话0592-2856789。")
    b.empty(1)
    # 附件 list: second line aligned with manual spaces
    b.para("附件：1.中国（福建）自由贸易试验区厦门片区跨境电子商务高质量发展扶持资金实施细则")
    b.para("      2.2026年度厦门片区跨境电子商务扶持资金项目申报指南")
    b.empty(3)
    # 落款 as borderless layout table
    lt = doc.add_table(rows=1, cols=2)
    no_table_borders(lt)
    set_widths(lt, [Cm(9.0), Cm(6.6)])
    for cell, txt in ((lt.cell(0, 0), ["中国（福建）自由贸易试验区", "厦门片区管理委员会"]),
                      (lt.cell(0, 1), ["厦门市商务局"])):
        p = cell.paragraphs[0]
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        for i, t in enumerate(txt):
            r = p.add_run(t)
            set_run_font(r, FS, 16)
            if i < len(txt) - 1:
                r.add_break()
    b.para("                               2026年3月18日", indent=False)
    b.empty(1)
    b.para("（此件公开发布）")

    # ---- 附件1
    b.page_break()
    b.label("附件1")
    b.empty(1)
    b.new_obj(meta(title=T1, doc_type="细则", effective="2026-04-01",
                   expires="2028-12-31",
                   repeals="《中国（福建）自由贸易试验区厦门片区跨境电子商务发展扶持办法（试行）》"
                           "（厦自贸委〔2023〕21号）", **common))
    b.title(["中国（福建）自由贸易试验区厦门片区", "跨境电子商务高质量发展扶持资金实施细则"])
    b.empty(1)
    ch = lambda t: b.para([(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    ch("第一章　总　　则")
    b.article("第一条", "为加快培育外贸新业态新模式，推动中国（福建）自由贸易试验区厦门片区（以下简称"
              "片区）跨境电子商务高质量发展，根据《福建省人民政府办公厅关于加快发展外贸新业态新模式"
              "的实施意见》等有关规定，结合片区实际，制定本细则。")
    b.article("第二条", "本细则所称扶持资金，是指片区管委会在年度财政预算中安排，用于支持片区跨境电子"
              "商务主体培育、物流通道建设、公共服务平台建设和人才培养等方面的专项资金。")
    b.article("第三条", "扶持资金的使用和管理遵循公开透明、突出重点、绩效导向、专款专用的原则。")
    b.article("第四条", "申请扶持资金的企业应当同时具备下列条件：")
    b.body("（一）在片区内依法登记注册，具有独立法人资格，且税收征管关系在片区；")
    b.body("（二）在海关完成跨境电子商务企业备案，纳入海关跨境电子商务统计；")
    b.body("（三）近三年内无重大违法违规记录，未被列入严重失信主体名单；")
    b.body("（四）财务管理制度健全，能够按照要求提供真实、完整的经营数据。")
    ch("第二章　支持方向和标准")
    b.article("第五条", "支持跨境电子商务主体做大做强。对年度跨境电子商务进出口额首次突破1亿元、"
              "5亿元、10亿元的企业，分别给予一次性奖励50万元、100万元、200万元。同一企业按照差额"
              "方式累进奖励。")
    b.article("第六条", "支持跨境电子商务物流通道建设。对通过中欧（厦门）班列、跨境电商专线包机等方式"
              "开展跨境电子商务出口业务的企业，按照下列标准给予运费补助：")
    b.body("（一）通过中欧（厦门）班列运输的，按照每标准箱2000元给予补助；")
    b.body("（二）通过跨境电商专线包机运输的，按照实际支付运费的10%给予补助；")
    b.body("（三）同一企业年度运费补助总额不超过300万元。")
    b.article("第七条", "支持海外仓建设。对在共建“一带一路”国家和地区新建或者租赁海外仓，且仓储面积"
              "不低于3000平方米的企业，按照实际投资额或者年度租金的20%给予补助，单个海外仓最高不"
              "超过100万元，同一企业年度补助最高不超过300万元。")
    b.article("第八条", "支持公共服务平台建设。对为片区跨境电子商务企业提供通关、物流、支付、结汇、"
              "退税等综合服务，且年度服务企业数量不少于50家的公共服务平台，按照平台建设实际投入的"
              "30%给予补助，最高不超过150万元。")
    b.article("第九条", "支持人才培养。对经认定的跨境电子商务人才培训基地，年度培训人数达到500人次"
              "以上的，给予一次性奖励20万元。")
    b.article("第十条", "同一项目同时符合本细则和片区其他扶持政策的，按照就高不重复原则给予支持，"
              "不得重复申报。")
    ch("第三章　申报和审核")
    b.article("第十一条", "扶持资金实行年度申报制度。片区管委会会同厦门市商务局于每年第二季度发布"
              "申报指南，明确申报条件、申报材料和申报时间。")
    b.article("第十二条", "扶持资金按照下列程序审核拨付：")
    b.runin("（一）企业申报。", "企业按照申报指南要求，通过“厦门自贸片区政务服务平台”在线提交"
            "申报材料。", font=FS)
    b.runin("（二）初审。", "各功能区管理机构对申报材料进行初审，提出初审意见。", font=FS)
    b.runin("（三）专项审计。", "片区管委会委托第三方机构对申报数据进行专项审计。", font=FS)
    b.runin("（四）审定公示。", "片区管委会经济发展局会同厦门市商务局提出拟支持名单，经片区管委会"
            "主任办公会审定后，在片区门户网站公示5个工作日。", font=FS)
    b.runin("（五）资金拨付。", "公示无异议的，按照国库集中支付有关规定拨付资金。", font=FS)
    b.article("第十三条", "申报企业应当对申报材料的真实性、准确性和完整性负责，并签署信用承诺书。")
    ch("第四章　监督管理")
    b.article("第十四条", "获得扶持资金的企业应当建立扶持资金使用台账，并于资金拨付后12个月内报送"
              "资金使用情况和绩效自评报告。")
    b.article("第十五条", "企业有下列情形之一的，由片区管委会追回已拨付的扶持资金，5年内不再受理其"
              "扶持资金申请；涉嫌犯罪的，依法移送司法机关处理：")
    b.body("（一）提供虚假材料、虚报数据骗取扶持资金的；")
    b.body("（二）截留、挪用扶持资金的；")
    b.body("（三）拒不配合监督检查和绩效评价的。")
    b.article("第十六条", "有关部门工作人员在扶持资金审核、拨付和监督管理过程中滥用职权、玩忽职守、"
              "徇私舞弊的，依法依规追究责任。")
    ch("第五章　附　　则")
    b.article("第十七条", "本细则由片区管委会经济发展局会同厦门市商务局负责解释。")
    b.article("第十八条", "本细则自2026年4月1日起施行，有效期至2028年12月31日。《中国（福建）自由"
              "贸易试验区厦门片区跨境电子商务发展扶持办法（试行）》（厦自贸委〔2023〕21号）同时废止。")

    # ---- 附件2
    b.page_break()
    b.label("附件2")
    b.empty(1)
    b.new_obj(meta(title=T2, doc_type="指南", attachments=[T21, T22, T23], **common))
    b.title(["2026年度厦门片区跨境电子商务扶持资金", "项目申报指南"])
    b.empty(1)
    b.body("根据《中国（福建）自由贸易试验区厦门片区跨境电子商务高质量发展扶持资金实施细则》"
           "（以下简称《实施细则》），现就2026年度扶持资金项目申报有关事项明确如下。")
    b.heading("一、支持方向")
    b.body("本年度重点支持跨境电子商务主体培育、物流通道建设、海外仓建设、公共服务平台建设和人才"
           "培养五类项目，具体支持方向及标准见附表2-1。")
    b.heading("二、申报条件")
    b.body("（一）申报企业应当符合《实施细则》第四条规定的条件。")
    b.body("（二）申报项目应当于2025年1月1日至2025年12月31日期间实施完成或者产生业务数据。")
    b.body("（三）同一企业同一项目只能选择一个支持方向申报。")
    b.heading("三、申报材料")
    b.body("申报企业应当按照附表2-2所列清单准备申报材料，并签署《申报主体信用承诺书》（附件2-3）。"
           "纸质材料一式两份，按照清单顺序装订成册，加盖企业公章及骑缝章。")
    b.heading("四、申报时间和方式")
    b.runin("（一）网上申报。", "2026年4月1日至4月30日，申报企业登录“厦门自贸片区政务服务平台”，"
            "在“惠企政策”栏目在线填报并上传材料扫描件。")
    b.runin("（二）纸质材料报送。", "网上申报完成后，申报企业应当于2026年5月8日前将纸质材料报送"
            "至所在功能区管理机构。逾期不予受理。")
    b.heading("五、其他事项")
    b.body("1.申报企业对申报材料的真实性负责。经查实存在弄虚作假行为的，按照《实施细则》第十五条"
           "规定处理。")
    b.body("2.扶持资金申报不收取任何费用，申报企业不得委托中介机构代为申报。")
    b.body("3.政策咨询电话：0592-6012345（片区管委会经济发展局）。")
    b.empty(1)
    b.para("附表：2-1." + T21)
    b.para("      2-2." + T22)
    b.para("附件：2-3." + T23)

    # ---- 附表2-1
    b.page_break()
    b.label("附表2-1")
    b.new_obj(meta(title=T21, doc_type="附表", **common))
    b.title([T21], size=18, line=30)
    b.empty(1)
    b.data_table(
        ["序号", "支持方向", "支持内容", "支持标准", "对应条款"],
        [["1", "主体培育", "年度跨境电子商务进出口额首次突破1亿元、5亿元、10亿元",
          "分别一次性奖励50万元、100万元、200万元，差额累进", "第五条"],
         ["2", "物流通道", "通过中欧（厦门）班列运输", "每标准箱2000元", "第六条第（一）项"],
         ["3", "物流通道", "通过跨境电商专线包机运输", "实际支付运费的10%，年度合计不超过300万元",
          "第六条第（二）项"],
         ["4", "海外仓建设", "在共建“一带一路”国家和地区新建或者租赁海外仓，面积不低于3000平方米",
          "实际投资额或者年度租金的20%，单仓最高100万元", "第七条"],
         ["5", "公共服务平台", "年度服务企业不少于50家", "建设实际投入的30%，最高150万元", "第八条"],
         ["6", "人才培养", "年度培训500人次以上的培训基地", "一次性奖励20万元", "第九条"]],
        [Cm(1.2), Cm(2.4), Cm(5.4), Cm(4.6), Cm(2.2)])

    # ---- 附表2-2
    b.page_break()
    b.label("附表2-2")
    b.new_obj(meta(title=T22, doc_type="附表", **common))
    b.title([T22], size=18, line=30)
    b.empty(1)
    b.data_table(
        ["序号", "材料名称", "要求", "是否必备"],
        [["1", "扶持资金申请表", "从政务服务平台在线生成并打印，加盖企业公章", "是"],
         ["2", "营业执照副本复印件", "加盖企业公章", "是"],
         ["3", "海关跨境电子商务企业备案证明", "提供备案回执或者系统截图", "是"],
         ["4", "2025年度财务审计报告", "由具有资质的会计师事务所出具", "是"],
         ["5", "跨境电子商务业务数据证明", "海关统计数据或者第三方专项审计报告", "是"],
         ["6", "运费、租金、投资等支出凭证", "合同、发票及银行付款凭证复印件",
          "申报物流、海外仓、平台项目的提供"],
         ["7", "申报主体信用承诺书", "按附件2-3格式填写，法定代表人签字并加盖公章", "是"]],
        [Cm(1.2), Cm(4.6), Cm(6.6), Cm(3.4)])

    # ---- 附件2-3
    b.page_break()
    b.label("附件2-3")
    b.empty(1)
    b.new_obj(meta(title=T23, doc_type="承诺书", **common))
    b.title([T23])
    b.empty(1)
    b.body("本单位________________________（统一社会信用代码：__________________）自愿申报2026年度"
           "厦门片区跨境电子商务扶持资金________________项目，现郑重承诺如下：")
    b.body("一、本单位所提交的全部申报材料真实、准确、完整，不存在任何虚假记载、误导性陈述或者重大遗漏。")
    b.body("二、本单位近三年内无重大违法违规记录，未被列入严重失信主体名单。")
    b.body("三、本次申报项目未同时获得片区其他同类财政资金支持，不存在重复申报情形。")
    b.body("四、如获得扶持资金，本单位将严格按照规定使用，自觉接受财政、审计等部门的监督检查。")
    b.body("如违反上述承诺，本单位愿意退回已获得的扶持资金，承担相应法律责任，并同意将失信信息纳入"
           "公共信用信息系统。")
    b.empty(1)
    b.para("                    承诺单位（盖章）：", indent=False)
    b.para("                    法定代表人（签字）：", indent=False)
    b.para("                              年    月    日", indent=False)
    b.empty(2)
    # 版记 at the very end, after the attachments
    p = b.para("抄送：厦门市财政局，厦门海关，国家税务总局厦门市税务局。", indent=False,
               first=Pt(0), left=Pt(14))
    p.runs[0].font.size = Pt(14)
    border(p, "top", sz=8, color="000000")
    border(p, "bottom", sz=4, color="000000")
    p = b.para("  中国（福建）自由贸易试验区厦门片区管理委员会办公室  2026年3月19日印发",
               indent=False)
    p.runs[0].font.size = Pt(14)
    border(p, "bottom", sz=8, color="000000")
    return b


# =================================================================== DOC 2
def make_sichuan():
    b = Builder()
    doc = b.doc
    # odd/even page numbers: odd right, even left
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    add_page_number_footer(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    add_page_number_footer(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)

    ISS = ["四川省商务厅", "四川省财政厅"]
    T1 = "四川省综合保税区高质量发展专项资金管理实施细则"
    T2 = "2025年度四川省综合保税区高质量发展专项资金项目申报指南"
    T21 = "2025年度综合保税区高质量发展专项资金支持方向及标准"
    T22 = "综合保税区项目受理机构联系方式"
    T23 = "专项资金申报信用承诺书"
    common = dict(issuer=ISS, date="2025-06-20", level="provincial", region="四川省")
    title = "四川省商务厅 四川省财政厅关于印发《四川省综合保税区高质量发展专项资金管理实施细则》的通知"
    b.new_obj(meta(title=title, doc_number="川商开放〔2025〕14号",
                   attachments=[T1, T2], doc_type="通知",
                   recipients=["各市（州）商务主管部门", "各市（州）财政局",
                               "有关综合保税区管理机构"],
                   publicity="此件公开发布", **common))

    # red header: stacked organ names, 文件 typed after second line
    for txt in ("四川省商务厅", "四川省财政厅文件"):
        p = b.para([(txt, XBS, 30, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
                   indent=False, line=44)
    b.empty(1)
    p = b.para("川商开放〔2025〕14号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", sz=18)
    b.empty(1)
    b.title(["四川省商务厅 四川省财政厅",
             "关于印发《四川省综合保税区高质量发展",
             "专项资金管理实施细则》的通知"])
    b.empty(1)
    b.para("各市（州）商务主管部门、各市（州）财政局，有关综合保税区管理机构：", indent=False)
    b.body("为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号），"
           "推动我省综合保税区加快发展保税研发、保税维修、跨境电商等新业态，我们制定了《四川省综合"
           "保税区高质量发展专项资金管理实施细则》，现印发给你们，请认真贯彻执行。")
    b.body("同时，为做好2025年度专项资金项目申报工作，现将《2025年度四川省综合保税区高质量发展专项"
           "资金项目申报指南》一并印发。请各市（州）商务主管部门会同财政局认真组织辖区内综合保税区"
           "及企业做好项目申报，于2025年8月15日前将审核意见及申报材料报送省商务厅（开放口岸处）。")
    b.body("各地要高度重视，结合本地综合保税区发展实际，认真做好政策宣传解读，引导企业用足用好专项"
           "资金政策。")
    b.body("各综合保税区管理机构要加强对申报项目的跟踪服务，及时掌握项目实施进展，配合做好绩效评价"
           "工作。")
    b.body("省商务厅、省财政厅将适时对专项资金使用情况开展监督检查，对发现的问题督促整改。")
    b.body("请各市（州）商务主管部门明确一名联系人负责申报工作，于2025年7月10日前将联系人信息报送"
           "省商务厅。")
    b.body("执行中如有问题，请及时向省商务厅、省财政厅反映。")
    b.body("联系人：省商务厅开放口岸处王磊，028-83225671；省财政厅经济建设处刘思远，028-86719032。")
    b.empty(1)
    b.para("附件：1. 四川省综合保税区高质量发展专项资金管理实施细则", first=Pt(32))
    b.para("      2. 2025年度四川省综合保税区高质量发展专项资金项目申报指南", first=Pt(32))
    b.empty(1)
    b.para("    四川省商务厅                    四川省财政厅", indent=False)
    b.para("2025年6月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(64)
    b.empty(1)
    b.para("（此件公开发布）")
    b.empty(1)
    # 版记 right after the notice, before the attachments
    p = b.para("抄送：商务部外贸司，成都海关，省发展改革委、经济和信息化厅，国家税务总局四川省税务局。",
               indent=False, first=Pt(0), left=Pt(14))
    p.runs[0].font.size = Pt(14)
    border(p, "top", sz=8, color="000000")
    border(p, "bottom", sz=4, color="000000")
    p = b.para(" 四川省商务厅办公室                           2025年6月23日印发", indent=False)
    p.runs[0].font.size = Pt(14)
    border(p, "bottom", sz=8, color="000000")

    # ---- 附件1 (new section)
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(s)
    b.label("附件1")
    b.empty(1)
    b.new_obj(meta(title=T1, doc_type="细则", effective="2025-07-01",
                   expires="2029-12-31", **common))
    b.title(["四川省综合保税区高质量发展", "专项资金管理实施细则"])
    b.empty(1)
    b.article("第一条", "为规范四川省综合保税区高质量发展专项资金（以下简称专项资金）管理，提高资金"
              "使用效益，根据《中华人民共和国预算法》和《国务院关于促进综合保税区高水平开放高质量发展"
              "的若干意见》（国发〔2019〕3号）等规定，制定本细则。")
    b.article("第二条", "本细则所称专项资金，是指省级财政预算安排，用于支持我省综合保税区发展加工制造、"
              "研发设计、物流分拨、检测维修、销售服务等业务的资金。")
    b.article("第三条", "专项资金由省财政厅、省商务厅按照职责分工共同管理。省商务厅负责提出专项资金"
              "年度支持方向和分配建议，组织项目申报、审核和绩效管理；省财政厅负责专项资金预算管理，"
              "下达资金并开展监督。")
    b.article("第四条", "专项资金重点支持下列事项：")
    b.body("（一）综合保税区内企业开展保税研发、保税维修、保税检测等新业态业务；")
    b.body("（二）综合保税区内企业开展跨境电子商务网购保税进口和特殊区域出口业务；")
    b.body("（三）依托中欧班列（成渝）开展保税物流分拨业务；")
    b.body("（四）综合保税区公共服务平台和智能化监管设施建设；")
    b.body("（五）省委、省政府确定的其他事项。")
    b.article("第五条", "专项资金采取以奖代补、事后补助等方式安排，具体支持标准如下：")
    b.body("（一）对年度保税维修、保税研发业务收入超过5000万元的企业，按照业务收入增量的3%给予奖励，"
           "单个企业最高不超过200万元。")
    b.body("（二）对综合保税区内年度跨境电子商务进出口额超过10亿元的企业，给予一次性奖励100万元。")
    b.body("（三）对依托中欧班列（成渝）开展保税物流分拨业务的企业，按照每标准箱1500元给予补助，"
           "单个企业年度补助不超过150万元。")
    b.body("（四）对综合保税区公共服务平台和智能化监管设施建设项目，按照项目实际投资额的30%给予补助，"
           "单个项目最高不超过300万元。")
    b.article("第六条", "申报专项资金的企业应当在四川省综合保税区内注册，且上一年度在综合保税区内实际"
              "开展业务。")
    b.article("第七条", "项目申报按照属地原则逐级进行。企业向所在综合保税区管理机构申报，综合保税区"
              "管理机构会同所在市（州）商务主管部门、财政局审核后报送省商务厅。")
    b.article("第八条", "省商务厅会同省财政厅组织专家或者委托第三方机构对申报项目进行评审，根据评审"
              "结果提出资金分配方案，经公示无异议后，由省财政厅按照程序下达资金。")
    b.article("第九条", "市（州）财政局收到专项资金后，应当在30日内拨付到项目单位，不得截留、挤占、"
              "挪用。")
    b.article("第十条", "省商务厅、省财政厅按照全面实施预算绩效管理的要求，组织开展专项资金绩效评价，"
              "评价结果作为以后年度资金安排的重要依据。")
    b.article("第十一条", "项目单位存在虚报冒领、重复申报、截留挪用专项资金等行为的，按照《财政违法"
              "行为处罚处分条例》等规定处理，并收回已拨付资金。")
    b.article("第十二条", "本细则由省商务厅、省财政厅负责解释。")
    b.article("第十三条", "本细则自2025年7月1日起施行，有效期至2029年12月31日。")

    # ---- 附件2
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(s)
    b.label("附件2")
    b.empty(1)
    b.new_obj(meta(title=T2, doc_type="指南", attachments=[T21, T22, T23], **common))
    b.title(["2025年度四川省综合保税区高质量发展", "专项资金项目申报指南"])
    b.empty(1)
    b.body("根据《四川省综合保税区高质量发展专项资金管理实施细则》，现就2025年度专项资金项目申报"
           "有关事项通知如下。")
    b.heading("一、申报条件")
    # Word automatic numbering (List Number style): "1." is not in the text
    for k, t in enumerate(("在四川省综合保税区内依法注册并实际开展业务，具有独立法人资格；",
              "财务管理制度健全，2024年度经营状况良好；",
              "近三年内未发生重大安全生产事故和严重违法失信行为；",
              "申报项目符合附表2-1所列支持方向和标准。"), start=1):
        p = doc.add_paragraph(style="List Number")
        fmt_para(p, indent=False, first=Pt(0))
        set_run_font(p.add_run(t), FS, 16)
        b.cur["clauses"].append("%d.%s" % (k, t))
    b.heading("二、申报材料")
    b.body("申报单位应当提交以下材料，并按顺序装订成册：")
    b.body("（一）项目申报书；")
    b.body("（二）营业执照复印件；")
    b.body("（三）2024年度财务审计报告；")
    b.body("（四）业务收入、进出口额、班列运量等数据证明材料，数据以海关、税务等部门统计为准；")
    b.body("（五）信用承诺书（格式见附件2-3）。")
    b.heading("三、申报程序")
    b.runin("（一）企业申报。", "申报单位于2025年7月1日至7月31日向所在综合保税区管理机构提交申报"
            "材料，受理机构及联系方式见附表2-2。", font=FS, bold=True)
    b.runin("（二）属地审核。", "综合保税区管理机构会同所在市（州）商务主管部门、财政局对申报材料"
            "进行审核，重点审核项目真实性和数据准确性。", font=FS, bold=True)
    b.runin("（三）报送省级。", "各市（州）商务主管部门于2025年8月15日前将审核意见、项目汇总表及"
            "申报材料（一式三份）报送省商务厅，电子版同步发送至指定邮箱。", font=FS, bold=True)
    b.heading("四、有关要求")
    b.body("（一）各地要严格审核把关，对审核通过的项目承担审核责任。")
    b.body("（二）同一项目已获得其他省级财政资金支持的，不得重复申报。")
    b.body("（三）逾期报送或者材料不全的，不予受理。")

    # ---- 附表2-1 (landscape section)
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(s, landscape=True)
    b.label("附表2-1")
    b.new_obj(meta(title=T21, doc_type="附表", **common))
    b.title([T21], size=18, line=30)
    b.empty(1)
    b.data_table(
        ["序号", "支持类别", "支持内容", "支持标准", "单个主体上限"],
        [["1", "新业态发展", "保税研发、保税维修业务年度收入超过5000万元",
          "按照业务收入增量的3%给予奖励", "200万元"],
         ["2", "新业态发展", "综合保税区内企业年度跨境电子商务进出口额超过10亿元",
          "一次性奖励100万元", "100万元"],
         ["3", "开放通道", "依托中欧班列（成渝）开展保税物流分拨业务", "每标准箱1500元",
          "150万元（年度）"],
         ["4", "平台建设", "综合保税区公共服务平台建设项目", "项目实际投资额的30%", "300万元"],
         ["5", "平台建设", "智能化监管设施建设项目", "项目实际投资额的30%", "300万元"]],
        [Cm(1.5), Cm(3.5), Cm(8.5), Cm(5.5), Cm(3.0)], merge_col=1, size=14)

    # ---- 附表2-2 (back to portrait)
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(s)
    b.label("附表2-2")
    b.new_obj(meta(title=T22, doc_type="附表", **common))
    b.title([T22], size=18, line=30)
    b.empty(1)
    b.data_table(
        ["序号", "综合保税区", "受理机构", "联系电话"],
        [["1", "成都高新综合保税区", "成都高新综合保税区管理局", "028-85138201"],
         ["2", "成都高新西园综合保税区", "成都高新西园综合保税区管理局", "028-87825316"],
         ["3", "成都国际铁路港综合保税区", "成都国际铁路港经济开发区管理委员会", "028-83978512"],
         ["4", "绵阳综合保税区", "绵阳综合保税区管理委员会", "0816-2336085"],
         ["5", "泸州综合保税区", "泸州综合保税区管理委员会", "0830-3190626"],
         ["6", "宜宾综合保税区", "宜宾综合保税区管理委员会", "0831-3501872"]],
        [Cm(1.2), Cm(5.0), Cm(6.4), Cm(3.2)])

    # ---- 附件2-3
    b.page_break()
    b.label("附件2-3")
    b.empty(1)
    b.new_obj(meta(title=T23, doc_type="承诺书", **common))
    b.title([T23])
    b.empty(1)
    b.body("本单位（名称：______________________，统一社会信用代码：______________________）申报"
           "2025年度四川省综合保税区高质量发展专项资金项目，郑重承诺如下：")
    b.body("（一）申报材料及相关数据真实、合法、有效，如有虚假，愿意承担相应责任。")
    b.body("（二）申报项目未获得其他省级财政资金支持。")
    b.body("（三）严格按照规定使用专项资金，配合做好绩效评价和监督检查。")
    b.body("（四）本承诺书自签署之日起生效，相关信用信息可以依法共享和公开。")
    b.empty(2)
    # signature fields in a borderless layout table
    st = doc.add_table(rows=3, cols=2)
    no_table_borders(st)
    set_widths(st, [Cm(8.0), Cm(7.6)])
    cells = [("法定代表人（签字）：", "单位（盖章）："),
             ("经办人：__________", "联系电话：__________"),
             ("", "年    月    日")]
    for i, row in enumerate(cells):
        for j, txt in enumerate(row):
            p = st.cell(i, j).paragraphs[0]
            fmt_para(p, indent=False, line=36,
                     align=WD_ALIGN_PARAGRAPH.RIGHT if i == 2 else WD_ALIGN_PARAGRAPH.LEFT)
            if txt:
                set_run_font(p.add_run(txt), FS, 16)
    return b


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_445", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for stem, fn in (("blind445_xiamen_tongzhi", make_xiamen),
                     ("blind445_sichuan_tongzhi", make_sichuan)):
        b = fn()
        path = b.save(stem)
        to_pdf(path)
        expected[stem] = b.objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
