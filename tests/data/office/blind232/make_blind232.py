# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 232: 开发区 / 片区 / 综保区 管委会 documents.

Writes, next to this script:
  blind232_yichang_banfa.docx/.pdf      宜昌片区管委会 印发 管理办法（章、第一条…第二十条）
  blind232_xian_tongzhi.docx/.pdf       西安经开区管委会 通知（一、（一）1.（1）, 附件分工表）
  blind232_nanning_gonggao.docx/.pdf    南宁综保区管委会 + 南宁海关 联合公告
  blind232_suzhou_xize.docx/.pdf        苏州工业园区管委会 印发 实施细则（横向 支持标准表）
  expected.json

Run: . /work/venv/bin/activate && python make_blind232.py
"""
import json
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_run_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first=None, left=None, right=None, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if line is None:
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    else:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def border(p, sides, color="000000", sz=4):
    ppr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side in sides:
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "1")
        el.set(qn("w:color"), color)
        pbdr.append(el)
    ppr.append(pbdr)


def add_field(par, instr, font=SONG, size=14):
    r1 = par.add_run()
    set_run_font(r1, font, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r1._element.append(f1)
    r2 = par.add_run()
    set_run_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._element.append(it)
    r3 = par.add_run()
    set_run_font(r3, font, size)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r3._element.append(f3)


def page_setup(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.top_margin, section.bottom_margin = Mm(28), Mm(26)
        section.left_margin, section.right_margin = Mm(37), Mm(35)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(25)
    section.header_distance = Mm(15)


def page_numbers(doc):
    """GB/T 9704: 四号半角宋体 “— N —”, 单页居右空一字, 双页居左空一字."""
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    for footer, align, ind in ((sec.footer, WD_ALIGN_PARAGRAPH.RIGHT, "r"),
                               (sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "l")):
        p = footer.paragraphs[0]
        fmt(p, align=align, line=None)
        if ind == "r":
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        r = p.add_run("— ")
        set_run_font(r, SONG, 14)
        add_field(p, " PAGE ")
        r = p.add_run(" —")
        set_run_font(r, SONG, 14)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_setup(doc.sections[0])
    page_numbers(doc)
    return doc


class Writer:
    """Writes paragraphs and records the clauses an analyst would list."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    # --- layout pieces that are not clauses
    def blank(self, n=1, line=28):
        for _ in range(n):
            fmt(self.doc.add_paragraph(), line=line)

    def red_head(self, text, size=30, spacing=None):
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, before=0, after=0)
        r = p.add_run(text)
        set_run_font(r, XBS, size, color=RED)
        if spacing:
            r.font._element  # keep
            rpr = r._element.get_or_add_rPr()
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(spacing))
            rpr.append(sp)
        return p

    def doc_number(self, text):
        self.blank(1)
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
        set_run_font(p.add_run(text), FS, 16)
        # red rule under the 发文字号
        rule = self.doc.add_paragraph()
        fmt(rule, line=8)
        border(rule, ["bottom"], color="FF0000", sz=18)
        self.blank(1)

    def title(self, lines):
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            set_run_font(r, XBS, 22)
            if i < len(lines) - 1:
                r.add_break()  # soft line break inside the title
        self.blank(1)

    def mainsend(self, text):
        p = self.doc.add_paragraph()
        fmt(p)
        set_run_font(p.add_run(text), FS, 16)

    def h1(self, text):
        p = self.doc.add_paragraph()
        fmt(p, first=32)
        set_run_font(p.add_run(text), HT, 16)

    def h2(self, text):
        p = self.doc.add_paragraph()
        fmt(p, first=32)
        set_run_font(p.add_run(text), KT, 16)

    def chapter(self, text):
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
        set_run_font(p.add_run(text), HT, 16)

    def plain(self, text, first=32, font=FS, align=None, left=None):
        p = self.doc.add_paragraph()
        fmt(p, first=first, align=align, left=left)
        set_run_font(p.add_run(text), font, 16)
        return p

    def signoff(self, organ, date, publicity=None):
        self.blank(2)
        for t in (organ, date):
            p = self.doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
            set_run_font(p.add_run(t), FS, 16)
        if publicity:
            p = self.doc.add_paragraph()
            fmt(p, first=32)
            set_run_font(p.add_run(publicity), FS, 16)

    def attach_note(self, items, gap=1):
        """附件说明: 正文下空一行, 左空二字."""
        self.blank(gap)
        if len(items) == 1:
            p = self.plain("附件：" + items[0], first=-48, left=80)
        else:
            p = self.doc.add_paragraph()
            fmt(p, first=32)
            set_run_font(p.add_run("附件：1．" + items[0]), FS, 16)
            for i, it in enumerate(items[1:], 2):
                p = self.doc.add_paragraph()
                fmt(p, left=80)
                set_run_font(p.add_run("%d．%s" % (i, it)), FS, 16)

    def page_break(self):
        p = self.doc.add_paragraph()
        fmt(p, line=None)
        p.add_run().add_break(WD_BREAK.PAGE)

    def banji(self, cc, printer, pdate, blank_before=3):
        self.blank(blank_before)
        # 抄送
        p = self.doc.add_paragraph()
        fmt(p, left=14, right=14, line=None, before=4, after=4)
        p.paragraph_format.first_line_indent = Pt(0)
        border(p, ["top"], sz=8)
        set_run_font(p.add_run(cc), FS, 14)
        # 印发机关 + 印发日期
        p = self.doc.add_paragraph()
        fmt(p, left=14, right=14, line=None, before=4, after=4)
        border(p, ["top", "bottom"], sz=8)
        sec = self.doc.sections[-1]
        width = sec.page_width - sec.left_margin - sec.right_margin
        p.paragraph_format.tab_stops.add_tab_stop(width - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
        set_run_font(p.add_run(printer + "\t" + pdate), FS, 14)

    # --- clauses
    def clause(self, text, first=32):
        self.plain(text, first=first)
        self.clauses.append(text)

    def runin(self, head, body, headfont=KT, record=True):
        p = self.doc.add_paragraph()
        fmt(p, first=32)
        set_run_font(p.add_run(head), headfont, 16)
        set_run_font(p.add_run(body), FS, 16)
        if record:
            self.clauses.append(head + body)

    def article(self, paras, soft=False):
        """第X条 with run-in 黑体 label; several paragraphs are one clause.
        soft=True: later parts joined by a soft line break (same w:p)."""
        label, rest = paras[0].split("\u3000", 1)
        p = self.doc.add_paragraph()
        fmt(p, first=32)
        set_run_font(p.add_run(label), HT, 16)
        set_run_font(p.add_run("\u3000" + rest), FS, 16)
        for extra in paras[1:]:
            if soft:
                r = p.add_run()
                set_run_font(r, FS, 16)
                r.add_break()
                set_run_font(p.add_run("\u3000\u3000" + extra), FS, 16)
            else:
                self.plain(extra)
        self.clauses.append("\n".join(paras))

    def table_clauses(self, header, rows):
        for row in rows:
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align=align, line=None)
    set_run_font(p.add_run(text), font, size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def grid_table(doc, header, rows, widths, merge_cols=(), left_cols=(), size=12):
    """Table Grid; columns in merge_cols get vertical merges of equal runs."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, HT, size)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, FS, size,
                      align=WD_ALIGN_PARAGRAPH.LEFT if j in left_cols else WD_ALIGN_PARAGRAPH.CENTER)
    for j in merge_cols:
        i = 1
        while i <= len(rows):
            k = i
            while k + 1 <= len(rows) and rows[k][j] == rows[i - 1][j]:
                k += 1
            if k > i:
                for m in range(i + 1, k + 1):
                    t.cell(m, j).text = ""
                merged = t.cell(i, j).merge(t.cell(k, j))
                cell_text(merged, rows[i - 1][j], FS, size)
            i = k + 1
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Mm(w)
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Mm(w)
    # 表头跨页重复
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    return t


# ============================================================ 1 宜昌片区
def make_yichang():
    doc = new_doc()
    w = Writer(doc)
    w.red_head("宜昌片区管委会文件", size=36, spacing=40)
    w.doc_number("宜自贸管发〔2024〕8号")
    w.title(["中国（湖北）自由贸易试验区宜昌片区",
             "管理委员会关于印发《中国（湖北）自由贸易",
             "试验区宜昌片区跨境电子商务发展专项资金",
             "管理办法》的通知"])
    w.mainsend("片区各部门、各区块管理办公室，各有关企业：")
    w.clause("现将《中国（湖北）自由贸易试验区宜昌片区跨境电子商务发展专项资金管理办法》印发给你们，"
             "请结合实际认真贯彻执行。执行中遇到的问题，请及时向片区经济发展局反映。")
    w.signoff("中国（湖北）自由贸易试验区宜昌片区管理委员会", "2024年4月12日", "（此件公开发布）")
    w.page_break()

    # 办法正文
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    r = p.add_run("中国（湖北）自由贸易试验区宜昌片区")
    set_run_font(r, XBS, 22)
    r.add_break()
    set_run_font(p.add_run("跨境电子商务发展专项资金管理办法"), XBS, 22)
    w.blank(1)

    w.chapter("第一章　总　　则")
    w.article(["第一条\u3000为贯彻落实共建“一带一路”倡议和自由贸易试验区提升战略，加快中国（湖北）自由贸易试验区宜昌片区"
               "（以下简称片区）跨境电子商务发展，规范片区跨境电子商务发展专项资金（以下简称专项资金）管理，"
               "提高资金使用效益，根据《中华人民共和国预算法》等有关规定，结合片区实际，制定本办法。"])
    w.article(["第二条\u3000本办法所称专项资金，是指片区管理委员会（以下简称管委会）在年度预算中安排，"
               "用于支持片区跨境电子商务主体培育、平台建设、物流通道和人才引育的资金。"])
    w.article(["第三条\u3000专项资金的管理和使用遵循“公开透明、突出重点、绩效导向、专款专用”的原则，"
               "实行预算管理、项目管理和绩效管理。"])
    w.article(["第四条\u3000管委会经济发展局负责专项资金项目申报受理、组织评审和绩效管理；管委会财政局负责专项资金"
               "预算安排、资金拨付和监督检查；片区各区块管理办公室负责辖区内项目的初审和日常跟踪。",
               "申报单位对申报材料的真实性、准确性和完整性负责。"])

    w.chapter("第二章　支持对象和条件")
    w.article(["第五条\u3000专项资金支持对象为在片区内依法登记注册、具有独立法人资格，税收征管关系和统计关系在片区内的"
               "跨境电子商务企业、跨境电子商务平台企业、跨境电子商务综合服务企业及相关物流、支付、人才培训机构。"])
    w.article(["第六条\u3000申请专项资金的单位应当同时符合下列条件：",
               "（一）近三年内无严重失信行为，未被列入经营异常名录；",
               "（二）财务管理制度健全，按时报送统计报表；",
               "（三）申报项目已实施完成或者取得阶段性成果。"])

    w.chapter("第三章　支持内容和标准")
    w.article(["第七条\u3000支持跨境电子商务主体培育。对当年跨境电子商务进出口额首次达到1000万美元、3000万美元、"
               "5000万美元的片区企业，分别给予10万元、30万元、50万元一次性奖励。同一企业按差额就高补足，不重复享受。"])
    w.article(["第八条\u3000支持平台和海外仓建设。对在片区新建并投入运营的跨境电子商务公共服务平台，按照项目实际投资额的"
               "20%给予补助，最高不超过200万元。对片区企业在共建“一带一路”国家和地区租赁或者自建海外仓、且年度使用面积"
               "达到2000平方米以上的，按照当年实际租金或者建设投入的15%给予补助，单个企业每年最高不超过100万元。"])
    w.article(["第九条\u3000支持网购保税进口业务。对在宜昌三峡保税物流中心（B型）内开展跨境电子商务网购保税进口（1210）"
               "业务的企业，按照年度申报单量给予每单0.5元的物流补贴，单个企业每年最高不超过50万元。"])
    w.article(["第十条\u3000支持国际物流通道建设。对经中欧班列（宜昌）、宜昌三峡机场国际货运航线运输跨境电子商务货物的"
               "片区企业，按照实际运费的10%给予补贴，单个企业每年最高不超过80万元。",
               "同一批次货物已享受省、市同类运费补贴的，不重复享受本条补贴。"], soft=True)
    w.article(["第十一条\u3000支持人才引育。对片区企业与高等院校、职业院校合作开展跨境电子商务人才订单式培养，"
               "年度培训并留用人数达到30人以上的，按照每人2000元给予培训补贴，单个企业每年最高不超过20万元。"])
    w.article(["第十二条\u3000支持企业集聚发展。对新入驻片区猇亭区块跨境电子商务产业园、租用办公用房面积在200平方米以上的企业，"
               "自入驻之日起三年内按照实际租金的50%给予补贴，每年最高不超过30万元。"])

    w.chapter("第四章　申报和拨付")
    w.article(["第十三条\u3000专项资金实行年度申报制度。管委会经济发展局每年第一季度发布申报通知，明确申报时间、"
               "申报材料和办理流程。"])
    w.article(["第十四条\u3000区块管理办公室在收到申报材料之日起10个工作日内完成初审；经济发展局会同财政局组织专家或者"
               "委托第三方机构进行评审，评审结果在管委会门户网站公示，公示期不少于5个工作日。"])
    w.article(["第十五条\u3000公示无异议的，由财政局按照国库集中支付有关规定拨付资金。同一项目符合片区多项扶持政策的，"
               "按照就高不重复原则执行。"])

    w.chapter("第五章　监督管理")
    w.article(["第十六条\u3000专项资金使用单位应当按照规定用途使用资金，建立专项资金使用台账，自觉接受财政、审计等部门的"
               "监督检查。"])
    w.article(["第十七条\u3000对以虚报、冒领、伪造材料等方式骗取专项资金的，由管委会追回已拨付资金，取消其5年内申报片区"
               "各类专项资金资格，并依法依规将相关失信信息纳入信用记录；涉嫌犯罪的，依法移送司法机关处理。"])
    w.article(["第十八条\u3000管委会有关部门及其工作人员在专项资金分配、审核过程中存在滥用职权、玩忽职守、徇私舞弊等"
               "违法违纪行为的，依法依规追究相应责任。"])

    w.chapter("第六章　附　　则")
    w.article(["第十九条\u3000本办法由管委会经济发展局、财政局负责解释。"])
    w.article(["第二十条\u3000本办法自2024年5月1日起施行，有效期至2026年12月31日。《中国（湖北）自由贸易试验区宜昌片区"
               "跨境电子商务扶持办法（试行）》（宜自贸管发〔2021〕15号）同时废止。"])

    w.banji("抄送：宜昌市商务局，宜昌市财政局，宜昌海关。", "宜昌片区管委会综合办公室", "2024年4月15日印发")

    meta = {
        "title": "中国（湖北）自由贸易试验区宜昌片区管理委员会关于印发《中国（湖北）自由贸易试验区宜昌片区"
                 "跨境电子商务发展专项资金管理办法》的通知",
        "doc_number": "宜自贸管发〔2024〕8号",
        "issuer": ["中国（湖北）自由贸易试验区宜昌片区管理委员会"],
        "date": "2024-04-12",
        "published": "2024-04-15",
        "level": "zone",
        "region": "中国（湖北）自由贸易试验区宜昌片区",
        "effective": "2024-05-01",
        "expires": "2026-12-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["片区各部门", "各区块管理办公室", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": "《中国（湖北）自由贸易试验区宜昌片区跨境电子商务扶持办法（试行）》（宜自贸管发〔2021〕15号）",
    }
    applies = {
        "第九条\u3000支持网购保税进口业务。对在宜昌三峡保税物流中心": ["宜昌三峡保税物流中心（B型）"],
        "第十二条\u3000支持企业集聚发展。对新入驻片区猇亭区块": ["片区猇亭区块跨境电子商务产业园"],
    }
    return doc, w, meta, applies


# ============================================================ 2 西安经开区
def make_xian():
    doc = new_doc()
    w = Writer(doc)
    w.red_head("西安经济技术开发区管理委员会文件", size=26, spacing=-20)
    w.doc_number("西经开发〔2025〕12号")
    w.title(["西安经济技术开发区管理委员会",
             "关于进一步扩大高水平对外开放推动",
             "“一带一路”经贸合作高质量发展的通知"])
    w.mainsend("经开区各部门，各街道办事处，各园区管理办公室，区内各有关企业：")
    w.clause("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，落实陕西省、西安市关于打造"
             "内陆改革开放高地的工作要求，充分发挥西安经济技术开发区（以下简称经开区）国家级开放平台作用，加快发展"
             "开放型经济，经管委会研究，现就有关事项通知如下：")
    w.h1("一、总体目标")
    w.clause("到2026年底，经开区货物进出口总额力争突破600亿元，年均增长10%以上；引进共建“一带一路”国家投资项目"
             "20个以上；培育年进出口额超亿元企业30家以上，基本形成制造业出口、跨境电商、国际物流协同发展的开放型经济格局。")
    w.h1("二、重点任务")
    w.h2("（一）扩大先进制造业产品出口")
    w.clause("1.支持重点企业开拓共建国家市场。对年出口额首次突破1亿元、5亿元、10亿元的经开区企业，分别给予20万元、"
             "50万元、100万元一次性奖励。")
    w.clause("2.支持企业参加境外展会。对企业参加经开区统一组织的境外重点展会，按照展位费和人员费用的70%给予补贴，"
             "单个企业每年最高不超过30万元。具体补贴标准如下：")
    w.clause("（1）在共建“一带一路”国家举办的展会（如在哈萨克斯坦阿拉木图、乌兹别克斯坦塔什干举办的中国商品展），"
             "补贴比例提高至80%；")
    w.clause("（2）同一展会每家企业限补贴2人次。")
    w.h2("（二）畅通国际物流通道")
    w.clause("3.用好中欧班列“长安号”。鼓励经开区企业通过中欧班列“长安号”发运整车、工程机械等货物，对通过西安国际港站"
             "发运且年度发运量达到50个标准集装箱以上的企业，按照每标箱300元给予奖励，每家企业每年最高不超过50万元。")
    w.clause("4.推进“空铁联运”。支持企业利用西安咸阳国际机场国际货运航线开展“空铁联运”，对相关物流企业按照年度"
             "货运量给予分档奖励，具体标准另行制定。")
    w.h2("（三）打造开放平台载体")
    w.clause("5.建设泾渭新城“一带一路”产业合作园。在泾渭新城规划建设“一带一路”产业合作园，对入驻园区的共建国家"
             "外资企业，三年内按照办公用房租金的50%给予补贴，每年最高不超过50万元。")
    w.clause("6.发展跨境电商新业态。支持在西安出口加工区A区开展跨境电商“9610”“9710”“9810”业务，对在该区域内"
             "年度跨境电商出口额超过1000万元的企业给予10万元奖励。")
    w.h1("三、保障措施")
    w.runin("（一）加强组织领导。", "经开区成立扩大对外开放工作专班，由管委会主要负责同志任组长，商务局牵头负责日常工作，"
            "各部门按照职责分工抓好落实。")
    w.runin("（二）强化要素保障。", "财政局每年统筹安排开放型经济发展资金，优先保障本通知所列奖补事项；自然资源和规划部门"
            "对重点外资项目用地应保尽保。")
    w.runin("（三）加强跟踪评估。", "商务局会同财政局对政策落实情况开展年度评估，评估结果作为政策调整的重要依据。")
    w.h1("四、其他")
    w.clause("本通知自印发之日起施行，有效期至2027年3月31日。此前经开区出台的有关政策与本通知不一致的，以本通知为准。")
    w.attach_note(["西安经开区2025年开放型经济重点工作任务分工表"])
    w.signoff("西安经济技术开发区管理委员会", "2025年3月10日", "（此件主动公开）")

    # 附件 in its own section (new page)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec)
    p = doc.add_paragraph()
    fmt(p)
    set_run_font(p.add_run("附件"), HT, 16)
    w.blank(1)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    set_run_font(p.add_run("西安经开区2025年开放型经济重点工作任务分工表"), XBS, 20)
    w.blank(1)
    header = ["序号", "重点任务", "牵头部门", "配合部门", "完成时限"]
    rows = [
        ["1", "组织企业参加共建“一带一路”国家境外重点展会不少于10场", "商务局", "财政局、各园区管理办公室", "2025年12月底"],
        ["2", "新增年进出口额超亿元企业5家以上", "商务局", "经济发展局、税务部门", "2025年12月底"],
        ["3", "推动泾渭新城“一带一路”产业合作园开园运营", "泾渭新城管理办公室", "规划建设局、招商局", "2025年9月底"],
        ["4", "中欧班列“长安号”经开区企业发运量同比增长15%", "物流发展办公室", "商务局", "2025年12月底"],
        ["5", "西安出口加工区A区跨境电商出口额突破5亿元", "综保区管理办公室", "商务局、财政局", "2025年12月底"],
    ]
    grid_table(doc, header, rows, [12, 58, 28, 32, 26], merge_cols=(2,), left_cols=(1, 3))
    w.table_clauses(header, rows)

    w.banji("抄送：西安市商务局，西安市财政局，西安海关。", "西安经济技术开发区管理委员会办公室", "2025年3月14日印发",
            blank_before=2)

    meta = {
        "title": "西安经济技术开发区管理委员会关于进一步扩大高水平对外开放推动“一带一路”经贸合作高质量发展的通知",
        "doc_number": "西经开发〔2025〕12号",
        "issuer": ["西安经济技术开发区管理委员会"],
        "date": "2025-03-10",
        "published": "2025-03-14",
        "level": "zone",
        "region": "西安经济技术开发区",
        "effective": "2025-03-14",
        "expires": "2027-03-31",
        "attachments": ["西安经开区2025年开放型经济重点工作任务分工表"],
        "doc_type": "通知",
        "recipients": ["经开区各部门", "各街道办事处", "各园区管理办公室", "区内各有关企业"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    applies = {
        "5.建设泾渭新城“一带一路”产业合作园": ["泾渭新城“一带一路”产业合作园"],
        "6.发展跨境电商新业态。支持在西安出口加工区A区": ["西安出口加工区A区"],
        "序号：3；重点任务：推动泾渭新城": ["泾渭新城“一带一路”产业合作园"],
        "序号：5；重点任务：西安出口加工区A区": ["西安出口加工区A区"],
    }
    return doc, w, meta, applies


# ============================================================ 3 南宁综保区 + 南宁海关
def make_nanning():
    doc = new_doc()
    w = Writer(doc)
    # 联合行文版头: 两机关名称上下排列, “公告”二字居右
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(["南宁综合保税区管理委员会", "南宁海关"]):
        c = t.cell(i, 0)
        c.text = ""
        p = c.paragraphs[0]
        fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=None)
        set_run_font(p.add_run(name), XBS, 30, color=RED)
        c.width = Mm(120)
    right = t.cell(0, 1).merge(t.cell(1, 1))
    right.text = ""
    p = right.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    set_run_font(p.add_run("公告"), XBS, 40, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    right.width = Mm(36)
    w.doc_number("2024年第2号")
    w.title(["关于南宁综合保税区企业经营数据", "报送有关事项的公告"])
    w.clause("为深入实施综合保税区高质量发展综合改革，服务共建“一带一路”和中国—东盟自由贸易区3.0版建设，准确掌握"
             "南宁综合保税区（以下简称综保区）企业运行情况，提升综保区监管和服务水平，根据《中华人民共和国海关综合保税区"
             "管理办法》等规定，现就综保区企业经营数据报送有关事项公告如下：")
    w.runin("一、报送主体。", "在综保区内注册登记并开展保税加工、保税物流、保税服务等业务的企业（以下简称区内企业），"
            "应当按照本公告要求报送经营数据。", headfont=HT)
    w.h1("二、报送内容")
    w.runin("（一）基本经营情况。", "包括营业收入、利润总额、从业人员、固定资产投资、缴纳税费等。")
    w.runin("（二）进出口情况。", "包括进出境货物、进出区货物的贸易方式、商品编码、数量、金额及原产国（地区）、"
            "目的国（地区），其中对东盟及其他共建“一带一路”国家的进出口数据应当单独列明。")
    w.runin("（三）保税业务情况。", "包括保税加工料件耗用、保税仓储库存、保税维修和检测等业务开展情况。")
    w.h1("三、报送方式和时限")
    w.clause("（一）区内企业应当于每季度结束后10个工作日内，通过“南宁综保区企业服务平台”填报上一季度经营数据；"
             "年度数据于次年1月31日前报送。")
    w.clause("（二）从事跨境电子商务业务的区内企业，还应当于每月5日前报送上月跨境电商零售进出口单量、货值和退货情况。")
    w.clause("（三）位于综保区B区跨境电商产业园内的企业，经产业园运营主体汇总后统一报送，不再单独通过平台填报。")
    w.runin("四、数据使用和保密。", "管委会和南宁海关对企业报送的数据依法履行保密义务，数据仅用于综保区运行监测、"
            "政策制定和海关监管，不得用于其他用途。", headfont=HT)
    w.h1("五、监督管理")
    w.clause("（一）区内企业未按时报送或者报送数据不实的，由管委会予以督促整改；情节严重的，纳入综保区企业信用评价。")
    w.clause("（二）南宁海关将企业数据报送情况作为综保区企业分类监管的参考。对经由凭祥友谊关口岸、东兴口岸进出境的"
             "转关货物，区内企业应当如实申报转关信息。")
    w.clause("六、本公告自2024年8月1日起施行，由南宁综合保税区管理委员会和南宁海关按照各自职责负责解释。")
    w.plain("特此公告。")
    w.attach_note(["南宁综合保税区企业经营数据报送事项一览表"])
    # 联合落款: 两机关并排, 日期居中偏右
    w.blank(2)
    t2 = doc.add_table(rows=1, cols=2)
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, name in enumerate(["南宁综合保税区管理委员会", "南宁海关"]):
        c = t2.cell(0, j)
        c.text = ""
        fmt(c.paragraphs[0], align=WD_ALIGN_PARAGRAPH.CENTER)
        set_run_font(c.paragraphs[0].add_run(name), FS, 16)
    w.blank(1)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    set_run_font(p.add_run("2024年7月18日"), FS, 16)
    w.plain("（此件公开发布）")

    # 附件 on a new page
    w.page_break()
    p = doc.add_paragraph()
    fmt(p)
    set_run_font(p.add_run("附件"), HT, 16)
    w.blank(1)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    set_run_font(p.add_run("南宁综合保税区企业经营数据报送事项一览表"), XBS, 20)
    w.blank(1)
    header = ["序号", "报送事项", "报送内容", "报送时限", "报送渠道"]
    rows = [
        ["1", "季度经营数据", "营业收入、利润总额、从业人员、进出口及保税业务情况", "每季度结束后10个工作日内",
         "南宁综保区企业服务平台"],
        ["2", "年度经营数据", "全年经营情况及固定资产投资、缴纳税费情况", "次年1月31日前", "南宁综保区企业服务平台"],
        ["3", "跨境电商月度数据", "跨境电商零售进出口单量、货值和退货情况", "每月5日前", "南宁综保区企业服务平台"],
        ["4", "产业园企业汇总数据", "综保区B区跨境电商产业园内企业的季度经营数据", "每季度结束后15个工作日内",
         "产业园运营主体汇总报送"],
    ]
    grid_table(doc, header, rows, [12, 28, 56, 32, 28], merge_cols=(4,), left_cols=(2,))
    w.table_clauses(header, rows)

    w.banji("抄送：广西壮族自治区商务厅，南宁市人民政府办公室，南宁海关各隶属海关。",
            "南宁综合保税区管理委员会办公室", "2024年7月19日印发", blank_before=2)

    meta = {
        "title": "关于南宁综合保税区企业经营数据报送有关事项的公告",
        # 版头下只印“2024年第2号”; 引用时的完整编号带上联合发文机关
        "doc_number": "南宁综合保税区管理委员会 南宁海关公告2024年第2号",
        "issuer": ["南宁综合保税区管理委员会", "南宁海关"],
        "date": "2024-07-18",
        "published": "2024-07-19",
        "level": "zone",
        "region": "南宁综合保税区",
        "effective": "2024-08-01",
        "expires": None,
        "attachments": ["南宁综合保税区企业经营数据报送事项一览表"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    applies = {
        "（三）位于综保区B区跨境电商产业园内的企业": ["综保区B区跨境电商产业园"],
        "序号：4；报送事项：产业园企业汇总数据": ["综保区B区跨境电商产业园"],
    }
    return doc, w, meta, applies


# ============================================================ 4 苏州工业园区
def make_suzhou():
    doc = new_doc()
    w = Writer(doc)
    w.red_head("苏州工业园区管理委员会文件", size=32)
    w.doc_number("苏园管〔2024〕21号")
    w.title(["苏州工业园区管理委员会关于印发",
             "《苏州工业园区支持企业深度参与共建",
             "“一带一路”实施细则》的通知"])
    w.mainsend("园区各部门、各功能区、各街道，区内各有关企业：")
    w.clause("《苏州工业园区支持企业深度参与共建“一带一路”实施细则》已经园区管委会主任办公会议审议通过，现印发给你们，"
             "请认真遵照执行。")
    w.signoff("苏州工业园区管理委员会", "2024年9月20日", "（此件公开发布）")
    w.page_break()

    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    r = p.add_run("苏州工业园区支持企业深度参与共建")
    set_run_font(r, XBS, 22)
    r.add_break()
    set_run_font(p.add_run("“一带一路”实施细则"), XBS, 22)
    p.paragraph_format.space_after = Pt(14)
    w.article(["第一条\u3000为深入贯彻共建“一带一路”倡议，落实园区推进高水平对外开放有关部署，支持园区企业深度参与"
               "共建“一带一路”，结合园区实际，制定本细则。"])
    w.article(["第二条\u3000本细则适用于工商注册、税务征管关系及统计关系均在苏州工业园区（以下简称园区）的企业，以及在园区"
               "依法设立的行业协会、商会等社会组织。"])
    w.article(["第三条\u3000园区经济发展委员会（以下简称经发委）负责本细则的组织实施和政策兑现；园区财政局负责资金保障和"
               "监督管理。"])
    w.article(["第四条\u3000支持企业“走出去”布局。对园区企业在共建“一带一路”国家新设或者并购境外生产基地、研发中心、"
               "营销网络的，按照附件所列标准给予支持。"])
    w.article(["第五条\u3000支持企业开拓国际市场。对园区企业参加境外重点展会、开展国际认证、申请境外商标和专利的，按照附件"
               "所列标准给予支持。"])
    w.article(["第六条\u3000支持建设海外仓和跨境物流。对园区企业在共建“一带一路”国家建设运营公共海外仓，以及通过苏州"
               "（园区）中欧班列、苏州港发运货物的，按照附件所列标准给予支持。"])
    w.article(["第七条\u3000支持自贸片区制度创新。对在中国（江苏）自由贸易试验区苏州片区内率先开展跨境贸易投资高水平开放"
               "试点、形成可复制推广制度创新成果并经省级以上部门认定的企业和机构，给予最高50万元奖励。"])
    w.article(["第八条\u3000支持综保区保税研发和保税维修。对在苏州工业园综合保税区内开展保税研发、保税维修、保税检测等"
               "新业态的企业，按照年度业务结算额的3%给予奖励，单个企业每年最高不超过100万元。"])
    w.article(["第九条\u3000同一企业同一项目符合园区多项政策的，按照“从优、就高、不重复”原则给予支持。单个企业年度享受"
               "本细则支持资金总额最高不超过500万元。",
               "企业获得的支持资金应当主要用于研发投入、市场开拓和人才引进。"], soft=True)
    w.article(["第十条\u3000申报单位应当于每年3月31日前，通过“园区企业服务平台”提交上一年度申报材料。经发委会同财政局"
               "组织审核，审核结果向社会公示5个工作日。"])
    w.article(["第十一条\u3000对弄虚作假骗取支持资金的企业，追回已拨付资金，三年内不得申报园区各类扶持政策。"])
    w.article(["第十二条\u3000本细则由经发委负责解释，自2024年10月1日起施行，有效期至2027年9月30日。"])
    w.attach_note(["苏州工业园区支持企业深度参与共建“一带一路”支持标准一览表"], gap=0)

    # landscape section with the 支持标准 table
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    p = doc.add_paragraph()
    fmt(p)
    set_run_font(p.add_run("附件"), HT, 16)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=35, after=8)
    set_run_font(p.add_run("苏州工业园区支持企业深度参与共建“一带一路”支持标准一览表"), XBS, 20)
    header = ["序号", "支持类别", "支持事项", "支持标准", "单个企业年度上限", "责任部门"]
    rows = [
        ["1", "境外投资布局", "新设境外生产基地、研发中心", "按中方实际投资额的2%给予支持", "200万元", "经发委"],
        ["2", "境外投资布局", "并购境外企业或者营销网络", "按并购交易额的1%给予支持", "150万元", "经发委"],
        ["3", "国际市场开拓", "参加境外重点展会", "按展位费的70%给予补贴", "30万元", "经发委"],
        ["4", "国际市场开拓", "开展国际认证", "按认证费用的50%给予补贴", "20万元", "经发委"],
        ["5", "国际市场开拓", "申请境外商标和专利", "每件商标补贴3000元，每件发明专利补贴2万元", "20万元", "科技创新委员会"],
        ["6", "跨境物流", "建设运营公共海外仓", "按建设投入或者租金的20%给予支持", "100万元", "经发委"],
        ["7", "跨境物流", "通过苏州（园区）中欧班列发运货物", "按每标准集装箱500元给予奖励", "50万元", "经发委"],
    ]
    grid_table(doc, header, rows, [14, 30, 56, 67, 30, 28], merge_cols=(1,), left_cols=(2, 3))
    w.table_clauses(header, rows)
    p = doc.add_paragraph()
    fmt(p, line=None, before=6)
    note = "注：同一事项已获得省、市同类支持的，园区按照差额补足，不重复支持。"
    set_run_font(p.add_run(note), FS, 14)
    w.clauses.append(note)

    # 版记 on a portrait page at the end
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec)
    w.banji("抄送：苏州市商务局，苏州市财政局，苏州工业园区海关。", "苏州工业园区管理委员会办公室", "2024年9月23日印发",
            blank_before=14)

    meta = {
        "title": "苏州工业园区管理委员会关于印发《苏州工业园区支持企业深度参与共建“一带一路”实施细则》的通知",
        "doc_number": "苏园管〔2024〕21号",
        "issuer": ["苏州工业园区管理委员会"],
        "date": "2024-09-20",
        "published": "2024-09-23",
        "level": "zone",
        "region": "苏州工业园区",
        "effective": "2024-10-01",
        "expires": "2027-09-30",
        "attachments": ["苏州工业园区支持企业深度参与共建“一带一路”支持标准一览表"],
        "doc_type": "通知",
        "recipients": ["园区各部门", "各功能区", "各街道", "区内各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    applies = {
        "第七条\u3000支持自贸片区制度创新。对在中国（江苏）自由贸易试验区苏州片区": ["中国（江苏）自由贸易试验区苏州片区"],
        "第八条\u3000支持综保区保税研发和保税维修。对在苏州工业园综合保税区": ["苏州工业园综合保税区"],
    }
    return doc, w, meta, applies


# ============================================================ main
def to_pdf(docx_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([soffice, "--headless", "-env:UserInstallation=file:///tmp/lo_232", "--convert-to", "pdf",
                    "--outdir", HERE, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for stem, maker in (("blind232_yichang_banfa", make_yichang),
                        ("blind232_xian_tongzhi", make_xian),
                        ("blind232_nanning_gonggao", make_nanning),
                        ("blind232_suzhou_xize", make_suzhou)):
        doc, w, meta, applies = maker()
        for key in applies:  # keys must start a clause
            assert any(c.startswith(key) for c in w.clauses), (stem, key)
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        to_pdf(path)
        expected[stem] = [{"meta": meta, "clauses": w.clauses, "applies_to": {"specific": applies}}]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for stem, docs in expected.items():
        print(stem, len(docs[0]["clauses"]), "clauses")


if __name__ == "__main__":
    main()
