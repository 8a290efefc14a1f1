# ruff: noqa
# -*- coding: utf-8 -*-
"""Write three fictional Chinese office documents (会议纪要 / 督查通报 / 工作简报)
as .docx (python-docx) and .pdf (LibreOffice), plus expected.json, next to this file.

Run:  . /work/venv/bin/activate && python make_blind328.py
"""
import json
import os
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
TEXT_W = 156  # mm, 210 - 28 - 26


# ----------------------------------------------------------------- helpers
def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), font)
    rfonts.set(qn("w:hAnsi"), font)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first=None, line=29, left=None, right=None, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    return p


def border(p, side="bottom", color="E60012", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def page_footer(section, doc):
    """GB/T 9704 page number: “— N —”, 4号 宋体, odd pages right, even pages left."""
    doc.settings.odd_and_even_pages_header_footer = True
    for ft, align, key in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT, "right"),
                           (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "left")):
        ft.is_linked_to_previous = False
        p = ft.paragraphs[0]
        p.text = ""
        p.alignment = align
        if key == "right":
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        set_run(p.add_run("— "), "宋体", 14)
        r = set_run(p.add_run(), "宋体", 14)
        add_field(r, "PAGE")
        set_run(p.add_run(" —"), "宋体", 14)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.footer_distance = Mm(24)
    s.header_distance = Mm(15)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_footer(s, doc)
    return s


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=20):
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = cell.paragraphs[0]
    p.text = ""
    fmt(p, align=align, first=0, line=line)
    set_run(p.add_run(text), font, size, bold)


def set_widths(table, widths_mm):
    """Fixed column widths that both Word and LibreOffice honour (tblGrid + tcW + tblLayout)."""
    table.autofit = False
    tbl = table._tbl
    tblpr = tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for tr in tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:type"), "dxa")
            tcw.set(qn("w:w"), str(int(sum(widths_mm[col:col + span]) * 56.7)))
            col += span


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


class Builder:
    """Adds paragraphs to a docx and records the clauses for expected.json."""

    def __init__(self):
        self.doc = Document()
        setup(self.doc)
        self.clauses = []
        self.specific = {}

    def p(self, text="", font=FS, size=16, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32, bold=False,
          color=None, line=29, left=None, right=None, before=0, after=0):
        p = self.doc.add_paragraph()
        fmt(p, align=align, first=first, line=line, left=left, right=right, before=before, after=after)
        if text:
            set_run(p.add_run(text), font, size, bold, color)
        return p

    def record(self, text, where=None):
        self.clauses.append(text)
        if where:
            key = text[:22]
            assert len(key) >= 15 and key not in self.specific, key
            self.specific[key] = list(where)

    def clause(self, text, where=None, font=FS):
        self.p(text, font=font)
        self.record(text, where)

    def runin(self, head, body, where=None, head_font=KT, head_bold=False, body_font=FS):
        p = self.p()
        set_run(p.add_run(head), head_font, 16, head_bold)
        set_run(p.add_run(body), body_font, 16)
        self.record(head + body, where)

    def heading1(self, text):
        self.p(text, font=HT)

    def heading2(self, text):
        self.p(text, font=KT)

    def title(self, lines, before=0, after=29, size=22):
        p = self.p(first=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=size + 13, before=before, after=after)
        for i, ln in enumerate(lines):
            r = set_run(p.add_run(ln), XBS, size)
            if i < len(lines) - 1:
                r.add_break()  # soft line break inside the title paragraph
        return p

    def signature(self, organ, date):
        self.p("", first=0)
        self.p("", first=0)
        self.p(organ, first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=32)
        self.p(date, first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)

    def banji(self, lines, organ, date):
        """版记: lines = [(label, text)], then 印发机关 + 印发日期."""
        self.p("", first=0)
        first = True
        for label, text in lines:
            p = self.p(first=0, left=14, right=14, line=26, align=WD_ALIGN_PARAGRAPH.LEFT)
            p.paragraph_format.left_indent = Pt(14)
            set_run(p.add_run(label + text), FS, 14)
            p.paragraph_format.first_line_indent = Pt(0)
            if first:
                border(p, "top", "000000", 8, 2)
                first = False
            else:
                border(p, "top", "000000", 4, 2)
        p = self.p(first=0, left=14, line=26, align=WD_ALIGN_PARAGRAPH.LEFT)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(TEXT_W) - Pt(14), WD_TAB_ALIGNMENT.RIGHT)
        set_run(p.add_run(organ + "\t" + date), FS, 14)
        border(p, "top", "000000", 4, 2)
        border(p, "bottom", "000000", 8, 2)

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_328",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ======================================================= (a) 云南 专题会议纪要
def make_yunnan():
    b = Builder()
    # 版头
    b.p("", first=0, line=20)
    b.p("云南省人民政府专题会议纪要", font=XBS, size=32, color=RED, first=0,
        align=WD_ALIGN_PARAGRAPH.CENTER, line=48, after=10)
    b.p("〔2026〕12号", first=0, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    p = b.p(first=0, align=WD_ALIGN_PARAGRAPH.LEFT, left=14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(TEXT_W) - Pt(14), WD_TAB_ALIGNMENT.RIGHT)
    set_run(p.add_run("云南省人民政府办公厅\t2026年2月26日"), FS, 16)
    border(p, "bottom", "E60012", 18, 4)
    b.title(["关于推进中国（云南）自由贸易试验区",
             "提升发展和中老铁路沿线开放",
             "有关事项的会议纪要"], before=20)

    b.clause("2026年2月24日，副省长李向东在省政府第五会议室主持召开专题会议，研究推进中国（云南）"
             "自由贸易试验区提升发展和中老铁路沿线开放有关事项。会议听取了省商务厅关于2025年自贸试验区"
             "建设情况和2026年重点工作安排的汇报，昆明、红河、德宏片区管委会和省发展改革委、省交通运输厅、"
             "昆明海关分别汇报了中老铁路沿线开放发展有关工作，与会单位进行了认真讨论。")
    b.clause("会议指出，2025年全省各级各部门认真贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的"
             "决策部署，自贸试验区累计形成制度创新成果142项，其中18项在全国复制推广；中老铁路开通运营以来"
             "累计发送跨境货物超过1400万吨，沿线开放态势持续向好。同时也要看到，自贸试验区制度创新系统集成"
             "不够、片区联动发展不足、铁路沿线产业支撑不强等问题仍然比较突出。")
    b.clause("会议强调，各地各有关部门要把自贸试验区建设作为服务和融入共建“一带一路”、建设面向南亚东南亚"
             "辐射中心的重要抓手，坚持制度型开放方向，以更大力度推动改革攻坚。现将会议议定事项纪要如下：")

    b.heading1("一、关于自贸试验区提升发展")
    b.runin("（一）制定实施提升行动方案。",
            "会议原则同意省商务厅汇报的《中国（云南）自由贸易试验区提升行动方案（2026—2028年）》（送审稿），"
            "请省商务厅根据会议意见进一步修改完善，按程序报省人民政府审定后印发实施。"
            "（省商务厅牵头，省自贸试验区工作领导小组各成员单位配合）")
    # soft line break in the middle of a sentence (typical of text pasted from a 汇报材料)
    head = "（二）支持昆明片区打造面向南亚东南亚的跨境服务贸易集聚区。"
    body1 = "同意在昆明片区开展跨境服务贸易负面清单管理试点，探索建立数据跨境流动“白名单”制度，"
    body2 = ("2026年6月底前完成试点实施方案报批工作。省财政厅从省级自贸试验区专项资金中安排3000万元，"
             "支持昆明片区建设跨境服务贸易公共服务平台。（昆明市人民政府、昆明片区管委会负责，"
             "省商务厅、省委网信办、省财政厅配合）")
    p = b.p()
    set_run(p.add_run(head), KT, 16)
    r = set_run(p.add_run(body1), FS, 16)
    r.add_break()
    set_run(p.add_run(body2), FS, 16)
    b.record(head + body1 + body2, ["昆明片区"])
    b.runin("（三）推动红河片区承接加工贸易梯度转移。",
            "支持红河片区依托河口口岸和滇南中心城市产业基础，建设面向越南的加工贸易承接基地，"
            "对新落地的年进出口额1亿元以上加工贸易企业，由省、州两级按1∶1比例给予物流费用补助。"
            "（红河州人民政府、红河片区管委会负责，省商务厅、省财政厅配合）", ["红河片区"])
    b.runin("（四）深化德宏片区沿边金融改革。",
            "同意德宏片区在瑞丽市开展人民币与缅币直接汇兑和跨境人民币结算便利化试点，"
            "请人民银行云南省分行指导德宏州制定试点细则，防范跨境资金流动风险。"
            "（德宏州人民政府、德宏片区管委会、人民银行云南省分行负责）", ["德宏片区", "瑞丽市"])

    b.heading1("二、关于中老铁路沿线开放发展")
    b.runin("（一）提升中老铁路国际货运能力。",
            "请省交通运输厅会同中国铁路昆明局集团有限公司，优化“澜湄快线”和“中老铁路+中欧班列”"
            "线路组织，稳定开行昆明至老挝万象、泰国曼谷的跨境货运班列，2026年力争开行中老铁路国际货物列车"
            "6000列以上。（省交通运输厅、省发展改革委负责，中国铁路昆明局集团有限公司配合）")
    b.runin("（二）加快磨憨—磨丁经济合作区建设。",
            "支持昆明市加快推进磨憨—磨丁经济合作区中方区域基础设施建设，2026年底前建成国际物流园二期"
            "和边民互市交易中心，推动合作区与昆明片区政策共享、产业协作。（昆明市人民政府、"
            "西双版纳州人民政府负责，省发展改革委、省商务厅配合）", ["磨憨—磨丁经济合作区"])
    b.runin("（三）培育沿线开放型产业。",
            "请省发展改革委牵头，研究编制中老铁路沿线开放经济带产业发展规划，推动沿线州（市）错位布局"
            "跨境物流、进出口加工、冷链仓储等产业，2026年9月底前报省人民政府。"
            "（省发展改革委牵头，省工业和信息化厅、省商务厅配合）")

    b.runin("三、关于昆明综合保税区扩区有关问题。",
            "会议原则同意昆明综合保税区扩区方案，请昆明市人民政府抓紧完善规划选址、用地保障等前置要件，"
            "省商务厅会同昆明海关指导做好申报工作，力争2026年内上报国务院审批。"
            "（昆明市人民政府、省商务厅、昆明海关负责）", ["昆明综合保税区"], head_font=HT)
    b.runin("四、关于跨境电子商务综合试验区建设。",
            "会议要求，中国（昆明）、中国（德宏）、中国（红河）跨境电子商务综合试验区要加快建设海外仓和"
            "边境仓，完善“跨境电商+边民互市”监管模式，2026年跨境电商进出口额力争增长20%以上。"
            "（昆明市、德宏州、红河州人民政府负责，省商务厅、昆明海关配合）",
            ["昆明市", "德宏州", "红河州"], head_font=HT)
    b.runin("五、关于抓好议定事项落实。",
            "各责任单位要按照会议议定事项和职责分工，细化工作措施，明确完成时限，于2026年3月15日前将"
            "落实方案报送省人民政府办公厅；省人民政府督查室将适时开展专项督查。（省人民政府办公厅负责）",
            head_font=HT)

    # 出席 / 列席 (not clauses)
    b.p("", first=0)
    b.p("出　席：李向东　　省人民政府副省长", first=0, left=0)
    b.p("　　　　王建华　　省人民政府副秘书长", first=0, left=0)
    b.p("列　席：", first=0)
    rows = [
        ("省发展改革委", "刘志刚　副主任"),
        ("省商务厅", "张丽萍　厅长"),
        ("省商务厅", "周海涛　副厅长、省自贸办常务副主任"),
        ("省财政厅", "陈晓东　副厅长"),
        ("省交通运输厅", "赵明辉　副厅长"),
        ("省委网信办", "何　静　副主任"),
        ("人民银行云南省分行", "杜文涛　副行长"),
        ("昆明海关", "孙立军　副关长"),
        ("昆明市人民政府", "吴国庆　副市长"),
        ("红河州人民政府", "马文斌　副州长"),
        ("德宏州人民政府", "岩　温　副州长"),
        ("西双版纳州人民政府", "玉　香　副州长"),
        ("中国铁路昆明局集团有限公司", "黄建平　副总经理"),
        ("自贸试验区片区管委会", "郑　毅　昆明片区管委会常务副主任"),
        ("自贸试验区片区管委会", "罗发明　红河片区管委会副主任"),
        ("自贸试验区片区管委会", "段永刚　德宏片区管委会副主任"),
    ]
    t = b.doc.add_table(rows=len(rows) + 1, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "单　位", HT, 12)
    cell_text(t.cell(0, 1), "人　员", HT, 12)
    for i, (u, n) in enumerate(rows, start=1):
        cell_text(t.cell(i, 1), n, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
    i = 1
    while i <= len(rows):
        j = i
        while j + 1 <= len(rows) and rows[j][0] == rows[i - 1][0]:
            j += 1
        if j > i:
            m = t.cell(i, 0).merge(t.cell(j, 0))
            cell_text(m, rows[i - 1][0], FS, 12)
        else:
            cell_text(t.cell(i, 0), rows[i - 1][0], FS, 12)
        i = j + 1
    set_widths(t, [60, 96])
    b.p("记　录：省人民政府办公厅八处　杨　帆", first=0, before=6)

    b.p("（此件依申请公开）", first=32, before=14)
    b.banji([("分送：", "省委办公厅，省人大常委会办公厅，省政协办公厅。省发展改革委、省商务厅、省财政厅、"
                       "省交通运输厅、省工业和信息化厅、省委网信办，人民银行云南省分行，昆明海关，"
                       "昆明市、红河州、德宏州、西双版纳州人民政府，中国（云南）自由贸易试验区各片区管委会，"
                       "中国铁路昆明局集团有限公司。")],
            "云南省人民政府办公厅秘书处", "2026年2月27日印发")

    stem = "blind328_yunnan_jiyao"
    path = b.save(stem)
    meta = {
        "title": "关于推进中国（云南）自由贸易试验区提升发展和中老铁路沿线开放有关事项的会议纪要",
        "doc_number": "〔2026〕12号",
        "issuer": ["云南省人民政府"],
        "date": "2026-02-26",
        "published": "2026-02-27",
        "level": "provincial",
        "region": "云南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "会议纪要",
        "recipients": ["省委办公厅", "省人大常委会办公厅", "省政协办公厅", "省发展改革委", "省商务厅",
                       "省财政厅", "省交通运输厅", "省工业和信息化厅", "省委网信办", "人民银行云南省分行",
                       "昆明海关", "昆明市人民政府", "红河州人民政府", "德宏州人民政府",
                       "西双版纳州人民政府", "中国（云南）自由贸易试验区各片区管委会",
                       "中国铁路昆明局集团有限公司"],
        "publicity": "依申请公开",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


# ======================================================= (b) 湖南 自贸办 督查通报
def make_hunan():
    b = Builder()
    b.p("", first=0, line=20)
    b.p("湖南省自由贸易试验区工作办公室", font=XBS, size=26, color=RED, first=0,
        align=WD_ALIGN_PARAGRAPH.CENTER, line=44, after=24)
    p = b.p("湘自贸办〔2026〕3号", first=0, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    border(p, "bottom", "E60012", 18, 8)
    b.title(["湖南省自由贸易试验区工作办公室",
             "关于2025年度自贸试验区重点任务",
             "落实情况的督查通报"], before=24)
    b.p("长沙市、岳阳市、郴州市、株洲市、湘潭市、衡阳市人民政府，中国（湖南）自由贸易试验区各片区"
        "管委会，省自贸试验区工作领导小组各成员单位：", first=0)
    b.clause("按照省委、省人民政府关于开展自贸试验区建设“改革攻坚年”行动的部署要求，2025年11月中旬至"
             "12月下旬，省自贸办会同省委督查室、省人民政府督查室组成3个督查组，采取听取汇报、查阅资料、"
             "现场核查、企业座谈等方式，对长沙、岳阳、郴州3个片区所在市和株洲、湘潭、衡阳3个联动创新区"
             "所在市2025年度重点任务落实情况进行了专项督查。现将有关情况通报如下。")

    b.heading1("一、总体进展情况")
    data = [("自贸试验区片区", "长沙市", 52, 49), ("自贸试验区片区", "岳阳市", 36, 33),
            ("自贸试验区片区", "郴州市", 34, 30), ("联动创新区", "株洲市", 20, 18),
            ("联动创新区", "湘潭市", 20, 18), ("联动创新区", "衡阳市", 18, 15)]
    tot = sum(d[2] for d in data)
    done = sum(d[3] for d in data)
    rate = lambda a, c: "%.1f%%" % (round(c * 1000.0 / a) / 10.0)
    assert tot == 180 and done == 163
    b.clause("2025年，省自贸试验区工作领导小组向6个市下达年度重点任务%d项（不含省直单位牵头任务），"
             "截至2025年12月20日已完成%d项，完成率%s，较上年提高4.2个百分点。各市完成情况见表1。"
             % (tot, done, rate(tot, done)))
    b.runin("（一）制度创新成果持续涌现。",
            "全年各片区形成制度创新成果67项，其中“跨境电商零售进口退货中心仓模式”等5项经验获商务部"
            "发文推广，“湘非经贸合作‘易货+’贸易模式”入选全国自贸试验区最佳实践案例。")
    b.runin("（二）对非经贸合作走深走实。",
            "中非经贸博览会长期举办地功能进一步完善，非洲非资源性产品集散交易加工中心全年交易额"
            "突破60亿元，对非跨境人民币结算额同比增长42.3%，新开通至埃塞俄比亚亚的斯亚贝巴、"
            "肯尼亚内罗毕的全货机航线2条。")
    b.runin("（三）开放平台能级不断提升。",
            "全省综合保税区进出口总额同比增长16.8%，跨境电商进出口额同比增长31.5%，"
            "“湘粤非”铁海联运班列开行突破900列，口岸整体通关时间较上年压缩18.6%。")

    cap = b.p("表1　2025年度各市自贸试验区重点任务完成情况", font=HT, size=14, first=0,
              align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
    cap.paragraph_format.keep_with_next = True
    u = b.p("单位：项", size=12, first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, line=20)
    u.paragraph_format.keep_with_next = True
    heads = ["类别", "城市", "任务数", "已完成", "完成率"]
    t = b.doc.add_table(rows=len(data) + 2, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(heads):
        cell_text(t.cell(0, j), h, HT, 12)
    repeat_header(t.rows[0])
    for i, (k, city, n, c) in enumerate(data, start=1):
        cell_text(t.cell(i, 1), city)
        cell_text(t.cell(i, 2), str(n))
        cell_text(t.cell(i, 3), str(c))
        cell_text(t.cell(i, 4), rate(n, c))
        b.record("类别：%s；城市：%s；任务数：%d；已完成：%d；完成率：%s" % (k, city, n, c, rate(n, c)), [city])
    m = t.cell(1, 0).merge(t.cell(3, 0))
    cell_text(m, "自贸试验区片区")
    m = t.cell(4, 0).merge(t.cell(6, 0))
    cell_text(m, "联动创新区")
    last = len(data) + 1
    m = t.cell(last, 0).merge(t.cell(last, 1))
    cell_text(m, "合计", HT)
    cell_text(t.cell(last, 2), str(tot))
    cell_text(t.cell(last, 3), str(done))
    cell_text(t.cell(last, 4), rate(tot, done))
    b.record("类别：合计；任务数：%d；已完成：%d；完成率：%s" % (tot, done, rate(tot, done)))
    set_widths(t, [40, 34, 27, 27, 28])
    b.p("", first=0, line=14)

    b.heading1("二、存在的问题")
    b.runin("（一）部分任务推进滞后。",
            "截至督查时，仍有17项任务未按期完成，主要集中在数据跨境流动、金融开放创新、要素市场化配置等"
            "领域，个别任务连续两年未取得实质性进展，有的地方存在“重部署、轻落实”现象。")
    b.runin("（二）制度创新含金量有待提高。",
            "部分片区制度创新成果以流程优化、服务便利化为主，首创性、差异化、集成性改革偏少，"
            "对标《全面与进步跨太平洋伙伴关系协定》（CPTPP）等高标准经贸规则开展压力测试不够。")
    b.runin("（三）片区联动发展不够。",
            "片区与联动创新区之间在产业链协同、政策共享、数据互通等方面合作机制不够健全，"
            "“飞地”合作项目落地较少，联动创新区复制推广片区试点经验的进度不一。")

    b.heading1("三、下步工作要求")
    b.runin("（一）长沙片区",
            "要聚焦建设中非经贸深度合作先行区，加快中非跨境人民币中心建设，2026年3月底前完成"
            "跨境电商综合服务平台二期上线运行，推动非洲非资源性产品进口额增长20%以上。",
            ["长沙片区"])
    b.runin("（二）岳阳片区",
            "要发挥城陵矶港通江达海优势，加密岳阳至上海洋山港江海直达航线，2026年6月底前建成"
            "城陵矶综合保税区跨境电商监管中心，推动港口集装箱吞吐量突破110万标箱。",
            ["岳阳片区"])
    b.runin("（三）郴州片区",
            "要围绕承接粤港澳大湾区产业转移，完善加工贸易保税监管模式，2026年内引进加工贸易企业"
            "不少于15家，推动郴州综合保税区进出口额保持两位数增长。",
            ["郴州片区"])
    b.runin("（四）株洲、湘潭、衡阳联动创新区",
            "要主动对接片区改革试点经验，建立“一对一”结对联动机制，2026年复制推广制度创新成果"
            "不少于20项，每个联动创新区至少形成1项特色创新成果。",
            ["株洲市", "湘潭市", "衡阳市"])
    b.runin("（五）各成员单位",
            "要对未完成任务逐项建立整改台账，实行“销号”管理，于2026年2月28日前将整改落实情况"
            "书面报送省自贸办。省自贸办将把督查结果纳入省直单位和市州绩效考核，并适时开展“回头看”。")

    b.heading1("四、通报表扬")
    b.clause("经督查组综合评定，对以下6个在2025年度自贸试验区建设工作中积极主动、成效明显的单位"
             "予以通报表扬：")
    for i, u in enumerate(["中国（湖南）自由贸易试验区长沙片区管理委员会",
                           "中国（湖南）自由贸易试验区岳阳片区管理委员会",
                           "中国（湖南）自由贸易试验区郴州片区管理委员会",
                           "长沙海关自贸区和特殊区域发展处",
                           "省商务厅对非经贸合作处",
                           "株洲市商务局"], start=1):
        b.clause("%d.%s" % (i, u))
    b.clause("希望受到表扬的单位珍惜荣誉、再接再厉。各地各单位要以先进为榜样，对照督查发现的问题"
             "举一反三、立行立改，确保2026年度重点任务按期高质量完成。")

    b.p("", first=0)
    p = b.p(first=32, left=0)
    set_run(p.add_run("附件：2025年度自贸试验区重点任务未完成事项清单"), FS, 16)
    b.signature("湖南省自由贸易试验区工作办公室", "2026年1月16日")
    b.p("（此件公开发布）", first=32, before=6)

    # 附件 in its own section
    sec = b.doc.add_section(WD_SECTION.NEW_PAGE)
    b.p("附件", font=HT, first=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    b.title(["2025年度自贸试验区重点任务未完成事项清单"], before=6, after=8, size=18)
    items = [
        ("长沙市", "开展数据跨境流动分类分级管理试点", "长沙片区管委会", "6月底前"),
        ("长沙市", "建设中非跨境人民币中心二期", "长沙片区管委会", "3月底前"),
        ("长沙市", "开展知识产权证券化融资试点", "长沙市市场监管局", "9月底前"),
        ("岳阳市", "城陵矶港启运港退税政策扩围", "岳阳片区管委会", "6月底前"),
        ("岳阳市", "建设长江中游大宗商品交易中心", "岳阳市商务局", "12月底前"),
        ("岳阳市", "开通岳阳至东盟直航集装箱航线", "岳阳市交通运输局", "6月底前"),
        ("郴州市", "开展有色金属期货保税交割业务", "郴州片区管委会", "6月底前"),
        ("郴州市", "建设承接产业转移公共服务平台", "郴州市发展改革委", "3月底前"),
        ("郴州市", "推进郴州国际陆港铁路专用线建设", "郴州市人民政府", "12月底前"),
        ("郴州市", "开展“企业集团保税”监管试点", "郴州海关", "6月底前"),
        ("株洲市", "建设轨道交通装备出口服务中心", "株洲市商务局", "6月底前"),
        ("株洲市", "开展二手车出口业务", "株洲海关", "3月底前"),
        ("湘潭市", "复制推广“一业一证”改革", "湘潭市行政审批服务局", "3月底前"),
        ("湘潭市", "建设综合保税区跨境电商产业园", "湘潭综合保税区管委会", "9月底前"),
        ("衡阳市", "开展市场采购贸易方式试点", "衡阳市商务局", "6月底前"),
        ("衡阳市", "建设国际陆港多式联运监管中心", "衡阳市口岸办", "9月底前"),
        ("衡阳市", "推动衡阳综合保税区扩区", "衡阳市人民政府", "12月底前"),
    ]
    assert len(items) == tot - done
    heads = ["序号", "城市", "未完成任务", "责任单位", "整改时限（2026年）"]
    t = b.doc.add_table(rows=len(items) + 1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(heads):
        cell_text(t.cell(0, j), h, HT, 12)
    repeat_header(t.rows[0])
    for i, (city, task, unit, due) in enumerate(items, start=1):
        cell_text(t.cell(i, 0), str(i), size=10.5, line=18)
        cell_text(t.cell(i, 2), task, size=10.5, align=WD_ALIGN_PARAGRAPH.LEFT, line=18)
        cell_text(t.cell(i, 3), unit, size=10.5, align=WD_ALIGN_PARAGRAPH.LEFT, line=18)
        cell_text(t.cell(i, 4), due, size=10.5, line=18)
        b.record("序号：%d；城市：%s；未完成任务：%s；责任单位：%s；整改时限（2026年）：%s" % (i, city, task, unit, due),
                 [city])
    i = 1
    while i <= len(items):
        j = i
        while j + 1 <= len(items) and items[j][0] == items[i - 1][0]:
            j += 1
        m = t.cell(i, 1).merge(t.cell(j, 1)) if j > i else t.cell(i, 1)
        cell_text(m, items[i - 1][0], size=10.5, line=18)
        i = j + 1
    set_widths(t, [9, 15, 60, 44, 28])

    b.banji([("抄送：", "省委办公厅，省人大常委会办公厅，省人民政府办公厅，省政协办公厅，"
                       "商务部自由贸易试验区港建设协调司。")],
            "湖南省自由贸易试验区工作办公室", "2026年1月19日印发")

    stem = "blind328_hunan_tongbao"
    path = b.save(stem)
    meta = {
        "title": "湖南省自由贸易试验区工作办公室关于2025年度自贸试验区重点任务落实情况的督查通报",
        "doc_number": "湘自贸办〔2026〕3号",
        "issuer": ["湖南省自由贸易试验区工作办公室"],
        "date": "2026-01-16",
        "published": "2026-01-19",
        "level": "provincial",
        "region": "湖南省",
        "effective": None,
        "expires": None,
        "attachments": ["2025年度自贸试验区重点任务未完成事项清单"],
        "doc_type": "通报",
        "recipients": ["长沙市人民政府", "岳阳市人民政府", "郴州市人民政府", "株洲市人民政府",
                       "湘潭市人民政府", "衡阳市人民政府", "中国（湖南）自由贸易试验区各片区管委会",
                       "省自贸试验区工作领导小组各成员单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


# ======================================================= (c) 广西 工作简报
def make_guangxi():
    b = Builder()
    b.p("内部资料　注意保存", font=HT, size=14, first=0, align=WD_ALIGN_PARAGRAPH.LEFT, line=22)
    b.p("自贸试验区工作简报", font=XBS, size=40, color=RED, first=0,
        align=WD_ALIGN_PARAGRAPH.CENTER, line=60, before=14, after=10)
    b.p("2026年第5期（总第63期）", first=0, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
    p = b.p(first=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(TEXT_W), WD_TAB_ALIGNMENT.RIGHT)
    set_run(p.add_run("中国（广西）自由贸易试验区工作办公室编\t2026年3月20日"), FS, 14)
    border(p, "bottom", "E60012", 18, 4)

    # 本期要目 (table of contents, not clauses)
    b.p("本期要目", font=HT, first=0, align=WD_ALIGN_PARAGRAPH.LEFT, before=8)
    arts = ["南宁片区跨境金融服务平台结算额突破百亿元",
            "钦州港片区推动西部陆海新通道海铁联运提质增效",
            "崇左片区“边民互市+落地加工”带动沿边产业发展",
            "防城港市东兴市跨境电商进出口实现“开门红”"]
    for a in arts:
        b.p("◆ " + a, font=KT, size=14, first=0, left=28, line=24)
    b.p("", first=0, line=14)

    p = b.p()
    set_run(p.add_run("编者按："), KT, 16, bold=True)
    ebody = ("今年以来，各片区深入贯彻落实自治区党委、自治区人民政府关于实施自由贸易试验区提升战略的部署，"
             "紧扣面向东盟开放合作这一主线，在跨境金融、陆海联运、沿边产业、跨境电商等领域大胆探索，"
             "形成了一批可复制可推广的经验做法。现将有关工作动态予以刊发，供各地各部门学习借鉴。")
    set_run(p.add_run(ebody), KT, 16)
    b.record("编者按：" + ebody)

    def art_title(t):
        p = b.p(t, font=HT, first=0, align=WD_ALIGN_PARAGRAPH.CENTER, before=14, after=6)
        p.paragraph_format.keep_with_next = True

    def source(s):
        b.p(s, first=0, align=WD_ALIGN_PARAGRAPH.RIGHT, right=16)

    # article 1
    art_title(arts[0])
    W = ["南宁片区"]
    b.clause("今年以来，南宁片区依托中国—东盟金融城，持续深化面向东盟的金融开放门户建设，跨境金融服务平台"
             "累计办理跨境人民币结算业务3860笔、金额102.6亿元，同比增长37.5%，服务企业1260家。", W)
    b.clause("一是拓展应用场景。上线“跨境贷”“出口信保保单融资”等8个应用场景，为中小外贸企业发放"
             "融资11.3亿元。二是推进本外币合一账户试点。已有46家企业开立本外币合一银行结算账户，"
             "资金划转时间由原来的1天缩短至2小时以内。三是强化风险防控。建立跨境资金流动监测预警模型，"
             "实现异常交易“秒级”提示。", W)
    b.clause("下一步，南宁片区将推动与越南、泰国、老挝等东盟国家金融机构开展本币结算合作，"
             "力争全年跨境人民币结算额突破600亿元。", W)
    source("（南宁片区供稿）")

    # article 2
    art_title(arts[1])
    W = ["钦州港片区"]
    b.clause("1—2月，钦州港片区西部陆海新通道海铁联运班列开行1482列，同比增长12.8%；钦州港集装箱吞吐量"
             "完成142.5万标箱，同比增长9.6%。片区主要从三个方面推动海铁联运提质增效。", W)
    b.runin("（一）推行“一单制”多式联运。",
            "联合铁路、船公司推出海铁联运“一单制”提单，货物在重庆、成都等内陆站点装车即可签发全程提单，"
            "企业凭提单可办理押汇融资，单票物流成本平均降低约8%。", W)
    b.runin("（二）优化口岸通关流程。",
            "推行“船边直提”“抵港直装”和“铁路快通”模式，钦州港口岸进口、出口整体通关时间分别压缩至"
            "28.6小时和0.9小时，较全国平均水平分别快40%和65%。", W)
    b.runin("（三）拓展国际航线网络。",
            "新开通钦州港至新加坡、越南海防、印度尼西亚雅加达的集装箱班轮航线3条，"
            "钦州港外贸航线总数达到48条，覆盖东盟主要港口。", W)
    source("（钦州港片区供稿）")

    # article 3
    art_title(arts[2])
    b.clause("崇左片区立足沿边区位优势，会同凭祥市、龙州县开展边民互市贸易进口商品落地加工试点，"
             "推动互市商品由“通道经济”向“产业经济”转变。", ["崇左片区", "凭祥市", "龙州县"])
    b.clause("截至2月底，片区内落地加工企业达到73家，加工坚果、水果、木材等互市进口商品28.7万吨，"
             "同比增长24.1%，带动边民就业1.2万人；友谊关口岸日均通关车辆超过1500辆次，"
             "与越南谅山省的跨境物流时效提升30%以上。", ["崇左片区"])
    b.clause("下一步，崇左片区将扩大落地加工商品清单，探索建立互市商品质量追溯体系，"
             "力争全年落地加工产值突破150亿元。", ["崇左片区"])
    source("（崇左片区供稿）")

    # article 4 — 联动发展区, not a 片区
    art_title(arts[3])
    b.clause("作为自贸试验区联动发展区，防城港市东兴市发挥国家重点开发开放试验区政策叠加优势，"
             "1—2月跨境电商进出口额达到9.8亿元，同比增长56.3%，其中“跨境电商+边民互市”业务占比达41%。",
             ["东兴市"])
    b.clause("东兴市在东兴口岸建成跨境电商监管中心，实现“一次申报、一次查验、一次放行”，"
             "跨境电商包裹通关时间缩短至30分钟以内；同时引进跨境电商企业67家，"
             "在越南芒街、海防等地布局海外仓4个。", ["东兴市"])
    source("（防城港市商务局供稿）")

    # 报 / 送 / 发 (版记 of a 简报)
    b.p("", first=0)
    first = True
    for label, text in [("报：", "自治区党委、自治区人民政府领导同志，商务部自由贸易试验区港建设协调司。"),
                        ("送：", "自治区党委办公厅、自治区人民政府办公厅，自治区自贸试验区工作领导小组各成员单位。"),
                        ("发：", "南宁市、钦州市、崇左市、防城港市人民政府，中国（广西）自由贸易试验区各片区管委会。")]:
        p = b.p(label + text, size=14, first=0, left=14, right=14, line=26, align=WD_ALIGN_PARAGRAPH.LEFT)
        border(p, "top", "000000", 8 if first else 4, 2)
        first = False
    p = b.p(first=0, left=14, line=26, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(TEXT_W) - Pt(14), WD_TAB_ALIGNMENT.RIGHT)
    set_run(p.add_run("责任编辑：陈思远\t（共印80份）"), FS, 14)
    border(p, "top", "000000", 4, 2)
    border(p, "bottom", "000000", 8, 2)

    stem = "blind328_guangxi_jianbao"
    path = b.save(stem)
    meta = {
        "title": "自贸试验区工作简报",
        "doc_number": "2026年第5期",
        "issuer": ["中国（广西）自由贸易试验区工作办公室"],
        "date": "2026-03-20",
        "published": "2026-03-20",  # the issue date printed under the masthead (编发日期); no separate 印发 line
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "工作简报",
        "recipients": ["自治区党委、自治区人民政府领导同志", "商务部自由贸易试验区港建设协调司",
                       "自治区党委办公厅", "自治区人民政府办公厅",
                       "自治区自贸试验区工作领导小组各成员单位",
                       "南宁市人民政府", "钦州市人民政府", "崇左市人民政府", "防城港市人民政府",
                       "中国（广西）自由贸易试验区各片区管委会"],
        "publicity": "内部资料",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


def main():
    expected = {}
    for fn in (make_yunnan, make_hunan, make_guangxi):
        stem, path, docs = fn()
        to_pdf(path)
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for k, v in expected.items():
        print(k, len(v[0]["clauses"]), "clauses", len(v[0]["applies_to"]["specific"]), "specific")


if __name__ == "__main__":
    main()
