# ruff: noqa
# -*- coding: utf-8 -*-
"""Writes two fictional Chinese policy documents (docx + pdf) and expected.json next to itself.

Run:  . /work/venv/bin/activate && python make_blind344.py
"""
import json
import os
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


# ---------------------------------------------------------------- helpers
def font(run, east=FS, size=16, bold=False, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


LINE = [28]


def pfmt(p, indent=True, align=None, line=None, before=0, after=0, left=None, right=None):
    f = p.paragraph_format
    f.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    f.line_spacing = Pt(line if line is not None else LINE[0])
    f.space_before = Pt(before)
    f.space_after = Pt(after)
    if indent:
        f.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if left is not None:
        f.left_indent = left
    if right is not None:
        f.right_indent = right
    return p


def border(p, side="bottom", sz=8, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def add_field(p, instr, east="宋体", size=14):
    r = p.add_run()
    font(r, east, size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = p.add_run()
    font(r2, east, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2._r.append(it)
    r3 = p.add_run()
    font(r3, east, size)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    r4 = p.add_run("1")
    font(r4, east, size)
    r5 = p.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r5._r.append(e)


def page_footer(footer, align):
    p = footer.paragraphs[0]
    p.alignment = align
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    font(p.add_run("— "), "宋体", 14)
    add_field(p, "PAGE")
    font(p.add_run(" —"), "宋体", 14)


def running_head(header, text, align):
    p = header.paragraphs[0]
    p.alignment = align
    font(p.add_run(text), KT, 10.5)
    border(p, "bottom", 4, "000000", 1)


def a4(section, landscape=False):
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
    section.header_distance = Mm(15)
    section.footer_distance = Mm(20)


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(size + 6)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    font(p.add_run(text), east, size, bold)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    tcpr.append(v)


# ---------------------------------------------------------------- builder
class Builder:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        st.font.size = Pt(16)
        self.doc.settings.odd_and_even_pages_header_footer = True
        a4(self.doc.sections[0])
        s = self.doc.sections[0]
        page_footer(s.footer, WD_ALIGN_PARAGRAPH.RIGHT)
        page_footer(s.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
        self.clauses = []
        self.specific = {}

    # -- clause bookkeeping
    def _clause(self, text, places):
        self.clauses.append(text)
        if places:
            key = text[:22]
            assert key not in self.specific
            self.specific[key] = list(places)

    # -- 版头
    def banner(self, organ, docno, size=34, blank=2):
        d = self.doc
        for _ in range(blank):
            pfmt(d.add_paragraph(), indent=False)
        p = pfmt(d.add_paragraph(), indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=60)
        r = font(p.add_run(organ), XBS, size, color=RED)
        r.font.spacing = Pt(-1)
        pfmt(d.add_paragraph(), indent=False)
        p = pfmt(d.add_paragraph(), indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
        font(p.add_run(docno))
        border(p, "bottom", 18, "E60012", 6)
        pfmt(d.add_paragraph(), indent=False)

    def title(self, lines, size=22):
        p = pfmt(self.doc.add_paragraph(), indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, after=16)
        for i, ln in enumerate(lines):
            r = font(p.add_run(ln), XBS, size)
            if i < len(lines) - 1:
                r.add_break()  # soft line break inside the title

    def plain(self, text, **kw):
        p = pfmt(self.doc.add_paragraph(), **kw)
        font(p.add_run(text))
        return p

    def recipients(self, text):
        self.plain(text, indent=False)

    def para(self, text, places=None):
        self.plain(text)
        self._clause(text, places)

    def runin(self, head, rest, places=None, east=FS, bold=True):
        """Numbered paragraph whose label+title is run in (bold) before the body."""
        p = pfmt(self.doc.add_paragraph())
        font(p.add_run(head), east, 16, bold=bold)
        if rest:
            font(p.add_run(rest))
        self._clause(head + rest, places)

    def item(self, text, places=None):
        """Numbered paragraph without a run-in title."""
        self.plain(text)
        self._clause(text, places)

    def part(self, text):
        p = pfmt(self.doc.add_paragraph(), indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, before=12, after=6)
        font(p.add_run(text), HT, 16)

    def chapter(self, text):
        self.part(text)

    def section_head(self, text):
        p = pfmt(self.doc.add_paragraph(), indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, before=4)
        font(p.add_run(text), KT, 16, bold=True)

    def h1(self, text):
        p = pfmt(self.doc.add_paragraph())
        font(p.add_run(text), HT, 16)

    def h2(self, text):
        p = pfmt(self.doc.add_paragraph())
        font(p.add_run(text), KT, 16, bold=True)

    def box(self, title, lines, soft=False):
        t = self.doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        c = t.cell(0, 0)
        cell_text(c, title, HT, 14, align=WD_ALIGN_PARAGRAPH.CENTER)
        if soft:
            p = c.add_paragraph()
            pf = p.paragraph_format
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(22)
            for i, ln in enumerate(lines):
                r = font(p.add_run(ln), FS, 14)
                if i < len(lines) - 1:
                    r.add_break()
        else:
            for ln in lines:
                p = c.add_paragraph()
                pf = p.paragraph_format
                pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                pf.line_spacing = Pt(22)
                pf.first_line_indent = Pt(28)
                font(p.add_run(ln), FS, 14)
        pfmt(self.doc.add_paragraph(), indent=False, line=14)
        self._clause("\n".join(lines), None)

    def grid(self, caption, headers, rows, merge_col=None, widths=None, places=None, size=12):
        places = places or {}
        if caption:
            p = pfmt(self.doc.add_paragraph(), indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, before=6)
            font(p.add_run(caption), HT, 14)
        t = self.doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(headers):
            cell_text(t.cell(0, j), h, HT, size, align=WD_ALIGN_PARAGRAPH.CENTER)
            vcenter(t.cell(0, j))
        repeat_header(t.rows[0])
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                if merge_col is not None and j == merge_col and i > 1 and rows[i - 2][j] == v:
                    continue
                al = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER
                cell_text(t.cell(i, j), v, FS, size, align=al)
                vcenter(t.cell(i, j))
        if merge_col is not None:
            i = 1
            while i <= len(rows):
                k = i
                while k + 1 <= len(rows) and rows[k][merge_col] == rows[i - 1][merge_col]:
                    k += 1
                if k > i:
                    t.cell(i, merge_col).merge(t.cell(k, merge_col))
                i = k + 1
        if widths:
            t.autofit = False
            tblpr = t._tbl.tblPr
            lay = OxmlElement("w:tblLayout")
            lay.set(qn("w:type"), "fixed")
            tblpr.append(lay)
            for j, w in enumerate(widths):
                t.columns[j].width = w
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = w
        for n, row in enumerate(rows):
            text = "；".join(f"{h}：{v}" for h, v in zip(headers, row))
            self._clause(text, places.get(n))
        return t

    def signature(self, organ, date):
        d = self.doc
        pfmt(d.add_paragraph(), indent=False)
        pfmt(d.add_paragraph(), indent=False)
        p = pfmt(d.add_paragraph(), indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64))
        font(p.add_run(organ))
        p = pfmt(d.add_paragraph(), indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right=Pt(64))
        font(p.add_run(date))
        pfmt(d.add_paragraph(), indent=False)
        self.plain("（此件公开发布）")

    def banji(self, cc, organ, date, width_mm=156, blank=2):
        d = self.doc
        for _ in range(blank):
            pfmt(d.add_paragraph(), indent=False)
        p = pfmt(d.add_paragraph(), indent=False, left=Pt(14), right=Pt(14))
        p.paragraph_format.first_line_indent = None
        border(p, "top", 12, "000000", 1)
        border(p, "bottom", 4, "000000", 1)
        font(p.add_run(cc), FS, 14)
        p = pfmt(d.add_paragraph(), indent=False, left=Pt(14), right=Pt(14))
        border(p, "bottom", 12, "000000", 1)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm - 10), WD_TAB_ALIGNMENT.RIGHT)
        font(p.add_run(organ + "\t" + date), FS, 14)

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def new_section(self, head=None, landscape=False):
        s = self.doc.add_section(WD_SECTION.NEW_PAGE)
        a4(s, landscape)
        if head is not None:
            for hd, al in ((s.header, WD_ALIGN_PARAGRAPH.RIGHT), (s.even_page_header, WD_ALIGN_PARAGRAPH.LEFT)):
                hd.is_linked_to_previous = False
                running_head(hd, head, al)
        return s

    def save(self, stem):
        path = HERE / f"{stem}.docx"
        self.doc.save(path)
        return path


# ================================================================= document A
def build_guangxi():
    LINE[0] = 27
    b = Builder()
    b.banner("广西壮族自治区人民政府文件", "桂政发〔2026〕5号")
    title = "广西壮族自治区人民政府关于印发广西壮族自治区“十五五”共建“一带一路”高质量发展规划的通知"
    b.title(["广西壮族自治区人民政府关于印发", "广西壮族自治区“十五五”共建“一带一路”", "高质量发展规划的通知"])
    b.recipients("各市、县人民政府，自治区人民政府各组成部门、各直属机构：")
    b.para("现将《广西壮族自治区“十五五”共建“一带一路”高质量发展规划》印发给你们，请认真贯彻执行。")
    b.signature("广西壮族自治区人民政府", "2026年3月18日")

    plan = "广西壮族自治区“十五五”共建“一带一路”高质量发展规划"
    b.new_section(head=plan)
    b.title(["广西壮族自治区“十五五”共建“一带一路”", "高质量发展规划"])
    b.para("共建“一带一路”是我国扩大高水平对外开放的重大举措。为推动广西更高水平融入共建“一带一路”，依据《广西壮族自治区国民经济和社会发展"
           "第十五个五年规划和二〇三五年远景目标纲要》，制定本规划。规划期为2026—2030年，展望到2035年。")

    b.part("第一部分　发展基础")
    b.runin("（一）陆海通道建设取得突破。", "“十四五”时期，西部陆海新通道骨干工程加快推进，平陆运河主体工程全线建设，"
            "北部湾港集装箱吞吐量由2020年的505万标箱增至2025年的1050万标箱左右，海铁联运班列线路覆盖国内18个省（区、市）"
            "的70余个站点。", east=KT)
    b.runin("（二）对外经贸合作持续深化。", "与东盟贸易规模连续多年保持增长，2025年对东盟进出口额达到3500亿元左右，"
            "占全区外贸比重超过四成；跨境电商、市场采购贸易等新业态快速发展，一批重大产能合作项目在越南、印度尼西亚、"
            "马来西亚等国落地。", east=KT)
    b.runin("（三）开放平台能级不断提升。", "中国（广西）自由贸易试验区累计形成制度创新成果200余项，其中12项在全国复制推广；"
            "综合保税区、边境经济合作区、跨境经济合作区等开放平台加快建设，口岸通关效率明显提高。", east=KT)
    b.para("同时也要看到，广西开放型经济总体规模偏小，通道运行效率和综合效益有待提高，产业支撑能力仍然不足，"
           "开放平台同质化问题较为突出，对接国际高标准经贸规则和防控风险的能力亟待加强。")

    b.part("第二部分　总体要求")
    b.h1("一、指导思想")
    b.para("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，"
           "以西部陆海新通道建设为牵引，以中国（广西）自由贸易试验区为重要平台，以面向东盟开放合作为重点，统筹发展和安全，"
           "推动共建“一带一路”高质量发展走深走实。")
    b.h1("二、基本原则")
    b.runin("（一）坚持通道引领。", "把通道建设作为融入共建“一带一路”的先手棋，推动通道经济向枢纽经济、门户经济转变。", east=KT)
    b.runin("（二）坚持制度创新。", "对接国际高标准经贸规则，稳步扩大规则、规制、管理、标准等制度型开放。", east=KT)
    b.runin("（三）坚持开放合作。", "深化与东盟及共建国家务实合作，推动贸易、投资、产业和人文交流协同发展。", east=KT)
    b.runin("（四）坚持安全发展。", "树牢底线思维，完善境外投资、金融、数据等领域风险防控体系。", east=KT)
    b.h1("三、发展目标")
    b.para("到2030年，西部陆海新通道国际门户港地位更加巩固，面向东盟的开放合作高地基本建成，自由贸易试验区制度创新成果"
           "更加丰富，开放型经济新体制更加完善，共建“一带一路”重要门户作用充分彰显。主要指标见表1。")
    b.grid("表1　“十五五”时期广西共建“一带一路”主要指标",
           ["类别", "指标", "2025年", "2030年", "属性"],
           [["通道建设", "北部湾港集装箱吞吐量（万标箱）", "1050", "1600", "预期性"],
            ["通道建设", "西部陆海新通道海铁联运班列（万标箱）", "110", "200", "预期性"],
            ["通道建设", "平陆运河货物通过量（万吨）", "—", "5000", "预期性"],
            ["经贸合作", "对东盟进出口额（亿元）", "3500", "5000", "预期性"],
            ["经贸合作", "跨境电商进出口额（亿元）", "480", "1000", "预期性"],
            ["经贸合作", "实际使用外资（亿美元）", "15", "25", "预期性"],
            ["绿色发展", "主要港口集装箱码头岸电覆盖率（%）", "85", "100", "约束性"],
            ["绿色发展", "单位地区生产总值能耗下降（%）", "—", "完成国家下达任务", "约束性"]],
           merge_col=0, widths=[Cm(2.6), Cm(6.4), Cm(2.2), Cm(2.8), Cm(1.8)])
    pfmt(b.doc.add_paragraph(), indent=False, line=14)
    b.para("展望2035年，广西全面建成面向东盟的国际大通道和开放合作高地，在服务构建新发展格局和中国—东盟命运共同体中"
           "发挥更加重要的作用。")

    b.part("第三部分　重点任务")
    b.h1("一、建设高水平陆海联通的国际大通道")
    b.h2("（一）提升西部陆海新通道主通道能力")
    b.runin("1.完善铁路骨干网络。", "加快建设黄桶至百色、南宁至防城港等铁路项目，提升铁路集疏运能力。重点抓好三方面工作：①推动北部湾港主要港区铁路专用线全覆盖；②建设一批多式联运示范工程；"
            "③推广“一单制”“一箱制”联运服务模式。")
    b.runin("2.建设国际门户港。", "推动北部湾港钦州、北海、防城港三个港域一体化运营，加快建设自动化集装箱码头和30万吨级"
            "油码头，加密至东盟国家及日韩、欧美的远洋航线，到2030年集装箱航线达到120条以上。")
    b.h2("（二）畅通跨境陆路通道")
    b.runin("1.提升口岸通关能力。", "推进友谊关、东兴、龙邦、水口等口岸扩能改造，建设智慧口岸，推动口岸查验设施标准化、"
            "查验作业便利化，进一步压缩整体通关时间。")
    b.runin("2.发展跨境物流。", "加密中越跨境班列和跨境公路运输线路，推动开行至老挝万象、泰国曼谷的跨境班列，"
            "支持企业在越南河内、海防等地布局海外仓和物流分拨中心。")
    b.box("专栏1　重点项目", [
        "通道工程：黄桶至百色铁路、南宁至防城港铁路扩能改造、湘桂铁路南宁至凭祥段扩能改造。",
        "港口工程：钦州港东航道扩建、北海铁山港西港区码头、防城港企沙港区30万吨级码头。",
        "口岸工程：友谊关口岸货运专用通道智慧化改造、东兴口岸联检设施扩能。",
        "物流枢纽：南宁国际铁路港二期、钦州铁路集装箱中心站扩能。"])

    b.h1("二、高标准建设中国（广西）自由贸易试验区")
    b.h2("（一）深化制度型开放")
    b.runin("1.对接高标准经贸规则。", "主动对接《区域全面经济伙伴关系协定》（RCEP）和《全面与进步跨太平洋伙伴关系协定》"
            "（CPTPP）等高标准经贸规则，在货物贸易、服务贸易、数字贸易、知识产权保护等领域开展压力测试，每年形成制度创新"
            "成果20项以上。")
    b.runin("2.提升南宁片区开放能级。", "支持南宁片区重点发展现代金融、数字经济、跨境电商等产业：①建设面向东盟的金融开放"
            "门户核心区；②开展跨境数据流动安全管理试点；③争取开展本外币合一银行结算账户体系试点。", places=["南宁片区"])
    b.runin("3.做强钦州港片区港航物流。", "支持钦州港片区建设国际航运服务中心，探索国际船舶登记、保税燃料油加注、航运金融"
            "等业务，拓展进境粮食、冷链商品等指定监管场地功能。", places=["钦州港片区"])
    b.runin("4.创新崇左片区沿边开放模式。", "支持崇左片区深化边民互市贸易改革，推动互市商品落地加工，探索跨境劳务合作管理"
            "新模式，建设中越跨境产业链供应链合作示范区。", places=["崇左片区"])
    b.h2("（二）提升开放平台能级")
    b.runin("1.推动综合保税区提质增效。", "推进全区综合保税区在保税研发、保税维修、保税展示交易等领域拓展业务，对年度绩效"
            "评估排名靠后的综合保税区实施分类指导和整改提升。")
    b.runin("2.建设国际医学开放试验区。", "支持防城港市建设国际医学开放试验区，推进医疗器械、药品进口通关便利化，探索与"
            "东盟国家开展传统医药合作。", places=["防城港市"])
    b.runin("3.发展跨境电商。", "推进全区跨境电子商务综合试验区建设，完善跨境电商公共服务平台，支持企业建设面向东盟的"
            "海外仓，推广“跨境电商+产业带”模式。")

    b.h1("三、深化与东盟及共建国家经贸合作")
    b.h2("（一）扩大贸易规模")
    b.runin("1.推动货物贸易优化升级。", "①扩大机电产品和高新技术产品出口；②积极扩大东盟优质农产品、能源资源产品进口；"
            "③培育一批进口贸易促进创新示范区。")
    b.runin("2.发展服务贸易和数字贸易。", "推动运输、旅游、金融、数字内容等服务贸易发展，建设中国—东盟数字贸易中心，"
            "争取设立国际数据专用通道。")
    b.h2("（二）深化产能与投资合作")
    b.runin("1.推动境外园区建设。", "高水平建设中马“两国双园”、中国·印尼经贸合作区等境外园区，推动汽车、新能源材料、"
            "农产品加工等优势产能有序“走出去”。")

    b.h1("四、推进人文交流和绿色发展")
    b.runin("（一）深化人文交流。", "办好中国—东盟博览会、中国—东盟商务与投资峰会，扩大与东盟国家在教育、文化、旅游、"
            "卫生等领域交流合作，每年举办“丝路”系列人文交流活动不少于30场。", east=KT)
    b.box("专栏2　“丝路”人文交流品牌", [
        "留学广西：扩大东盟国家来桂留学生规模，到2030年达到2万人。",
        "文化交流：打造“东盟文化周”“中国—东盟电视周”等品牌活动。",
        "旅游合作：推动中越德天—板约瀑布跨境旅游合作区常态化运营。",
        "卫生健康：建设中国—东盟传统医药交流合作中心。"], soft=True)
    b.runin("（二）共建绿色丝绸之路。", "推动与东盟国家在新能源、节能环保、绿色金融等领域合作，支持港口岸电设施建设和"
            "清洁能源船舶应用，打造绿色低碳国际物流通道。", east=KT)

    b.part("第四部分　保障措施")
    b.runin("（一）加强组织领导。", "在自治区推进“一带一路”建设工作领导小组统筹下，建立规划实施工作机制，各市、各有关"
            "部门要结合实际制定年度工作计划，明确任务分工和时间节点。", east=KT)
    b.runin("（二）强化要素保障。", "统筹用好各类财政资金，符合条件的重大项目优先纳入自治区层面统筹推进重大项目清单，"
            "在用地、用海、用能等方面给予保障。", east=KT)
    b.runin("（三）健全风险防控体系。", "完善境外安全风险预警和应急处置机制，加强跨境资金流动、数据出境等"
            "领域监测，守住不发生系统性风险底线。", east=KT)
    b.runin("（四）抓好监测评估。", "自治区发展改革委要会同有关部门加强规划实施情况跟踪监测，2028年开展中期评估，"
            "2030年开展总结评估，评估结果向自治区人民政府报告。", east=KT)

    b.banji("抄送：自治区党委各部门，自治区人大常委会办公厅，自治区政协办公厅，广西军区，自治区监委，"
            "自治区高级人民法院，自治区人民检察院，各人民团体，各民主党派区委。",
            "广西壮族自治区人民政府办公厅", "2026年3月20日印发", blank=1)

    stem = "blind344_guangxi_guihua"
    b.save(stem)
    meta = {
        "title": title,
        "doc_number": "桂政发〔2026〕5号",
        "issuer": ["广西壮族自治区人民政府"],
        "date": "2026-03-18",
        "published": "2026-03-20",
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "规划",
        "recipients": ["各市、县人民政府", "自治区人民政府各组成部门、各直属机构"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


# ================================================================= document B
def build_xian():
    LINE[0] = 28
    b = Builder()
    b.banner("西安市人民政府办公厅文件", "市政办发〔2026〕14号", blank=1)
    fangan = "西安市推进自贸试验区与跨境电商综试区联动发展实施方案（2026—2028年）"
    title = "西安市人民政府办公厅关于印发" + fangan + "的通知"
    b.title(["西安市人民政府办公厅关于印发", "西安市推进自贸试验区与跨境电商综试区", "联动发展实施方案（2026—2028年）的通知"])
    b.recipients("各区、县人民政府，西咸新区、各开发区管委会，市人民政府各工作部门、各直属机构：")
    b.para("《" + fangan + "》已经市政府同意，现印发给你们，请认真贯彻落实。")
    b.signature("西安市人民政府办公厅", "2026年4月20日")
    b.page_break()

    b.title(["西安市推进自贸试验区与跨境电商综试区", "联动发展实施方案（2026—2028年）"])
    b.para("为深入贯彻落实国家关于实施自由贸易试验区提升战略和推动跨境电子商务高质量发展的决策部署，发挥中国（陕西）"
           "自由贸易试验区西安区域和中国（西安）跨境电子商务综合试验区叠加优势，加快建设内陆改革开放高地，结合我市实际，"
           "制定本方案。")

    b.chapter("第一章　总体要求")
    b.section_head("第一节　发展思路")
    b.item("1.坚持以制度创新为核心、以平台联动为抓手，推动自贸试验区改革试点经验在跨境电商综试区率先复制推广，"
           "推动跨境电商综试区创新模式在自贸试验区先行先试。")
    b.item("2.坚持政府引导、市场主导，强化区域协同和部门联动，统筹推进平台建设、通道拓展、业态培育和监管创新。")
    b.section_head("第二节　主要目标")
    b.item("1.到2028年，全市跨境电商进出口额突破500亿元，年均增长20%以上；培育跨境电商交易额超亿元企业50家以上。")
    b.item("2.新增公共海外仓10个以上，中欧班列（西安）年开行量稳定在5000列以上，形成可复制推广的联动创新案例30项以上。")

    b.chapter("第二章　打造高能级开放平台")
    b.section_head("第一节　提升自贸试验区制度创新水平")
    b.item("1.围绕贸易便利化、投资自由化、金融开放创新等领域，每年梳理形成制度创新成果10项以上，建立“首创性改革事项”"
           "清单管理制度。")
    b.item("2.推动自贸试验区与跨境电商综试区数据共享，探索建立国际贸易“单一窗口”跨境电商数据标准和统计体系。")
    b.item("3.支持西安国际港务区发挥陆港优势，开展“中欧班列+跨境电商”集拼集运试点，建设跨境电商国际物流分拨中心。",
           places=["西安国际港务区"])
    b.section_head("第二节　推动综合保税区提质增效")
    b.item("1.推动全市综合保税区发展保税研发、保税维修、保税展示交易等新业态，支持区内企业开展跨境电商网购保税进口"
           "（1210）业务。")
    b.item("2.支持西安高新综合保税区开展集成电路、高端装备保税维修和再制造业务试点，打造保税研发设计中心。",
           places=["西安高新综合保税区"])
    b.section_head("第三节　建设跨境电商产业园区")
    b.item("1.按照“一区多园”布局，认定一批市级跨境电商产业园区，对园区建设公共服务平台、直播基地、人才实训基地给予支持。")
    b.item("2.推动跨境电商与本地先进制造业、特色农业融合发展，打造一批“跨境电商+产业带”示范园区。")

    b.chapter("第三章　畅通国际物流通道")
    b.section_head("第一节　做强中欧班列（西安）集结中心")
    b.item("1.稳定开行西安至汉堡、杜伊斯堡、阿拉木图、塔什干等干线班列，拓展“中欧班列+跨里海”“中欧班列+海运”等"
           "多式联运线路。")
    b.item("2.推广中欧班列“运贸一体化”模式，支持班列运单物权化和融资服务创新：①开展铁路运单融资试点；②推动中欧班列"
           "跨境电商专列常态化开行；③完善班列回程货源组织。")
    b.section_head("第二节　拓展航空物流")
    b.item("1.支持西咸新区空港新城建设国际航空物流枢纽，加密至中亚、欧洲、东南亚的全货机航线，发展跨境电商航空货运"
           "包机业务。", places=["西咸新区空港新城"])
    b.item("2.提升西安咸阳国际机场口岸跨境电商通关能力，推行“空空中转”“空铁联运”等便利化措施。")

    b.chapter("第四章　培育外贸新业态新模式")
    b.section_head("第一节　壮大跨境电商主体")
    b.item("1.实施跨境电商主体培育行动，引进国内外知名跨境电商平台和服务企业在我市设立区域总部或功能性机构。")
    b.item("2.支持传统外贸企业和制造企业通过跨境电商拓展国际市场，对首次开展跨境电商业务的企业给予培训和通关指导。")
    b.item("3.推进跨境电商品牌建设，支持企业开展境外商标注册、国际认证和知识产权布局。")
    b.section_head("第二节　发展海外仓和数字贸易")
    b.item("1.支持企业在共建“一带一路”国家建设公共海外仓，重点布局中亚、中东欧和东南亚市场。")
    b.item("2.探索数字贸易新模式，推动数字内容、软件服务、跨境支付等领域对外合作，培育数字贸易龙头企业。")

    b.chapter("第五章　保障措施")
    b.section_head("第一节　加强统筹协调")
    b.item("1.依托市推进自贸试验区建设领导小组，建立自贸试验区与跨境电商综试区联动发展工作专班，定期研究解决重大问题。")
    b.item("2.各区县、开发区要结合实际制定具体落实措施，明确责任分工，确保各项任务落地见效。")
    b.section_head("第二节　强化政策支持")
    b.item("1.统筹市级外经贸发展专项资金，对符合条件的跨境电商平台、公共海外仓、产业园区给予资金支持。")
    b.item("2.鼓励金融机构开发“跨境电商贷”“海外仓贷”等专属金融产品，扩大出口信用保险覆盖面。")
    b.section_head("第三节　优化监管服务")
    b.item("1.深化海关、税务、外汇等部门协同，落实跨境电商零售出口“无票免税”和企业所得税核定征收政策。")
    b.item("2.建立跨境电商统计监测和风险预警机制，防范虚假交易、骗取出口退税等违法违规行为。")
    pfmt(b.doc.add_paragraph(), indent=False)
    b.para("本方案自2026年5月1日起施行，有效期至2028年12月31日。《西安市人民政府办公厅关于印发西安市跨境电子商务"
           "综合试验区高质量发展实施方案的通知》（市政办发〔2022〕31号）同时废止。")
    pfmt(b.doc.add_paragraph(), indent=False)
    att = "西安市推进自贸试验区与跨境电商综试区联动发展重点任务清单"
    p = pfmt(b.doc.add_paragraph(), indent=True, left=Pt(0))
    p.paragraph_format.left_indent = Pt(112)
    p.paragraph_format.first_line_indent = Pt(-80)
    font(p.add_run("附件：" + att))

    # attachment in a landscape section
    b.new_section(landscape=True)
    p = pfmt(b.doc.add_paragraph(), indent=False)
    font(p.add_run("附件"), HT, 16)
    b.title(["西安市推进自贸试验区与跨境电商综试区联动发展", "重点任务清单"])
    rows = [
        ["1", "平台建设", "建立“首创性改革事项”清单管理制度，每年形成制度创新成果10项以上", "市商务局（市自贸办）", "各区县政府、各开发区管委会", "2026年6月底"],
        ["2", "平台建设", "在西安国际港务区建设跨境电商国际物流分拨中心", "西安国际港务区管委会", "市商务局、西安海关", "2027年底"],
        ["3", "平台建设", "认定首批市级跨境电商产业园区", "市商务局", "各区县政府、各开发区管委会", "2026年底"],
        ["4", "物流通道", "推动中欧班列跨境电商专列常态化开行", "市口岸办", "西安国际港务区管委会、中铁西安局", "持续推进"],
        ["5", "物流通道", "新开通国际全货机航线5条以上", "西咸新区管委会", "市口岸办、东部机场集团", "2028年底"],
        ["6", "业态培育", "新增公共海外仓10个以上", "市商务局", "市财政局", "2028年底"],
        ["7", "业态培育", "培育跨境电商交易额超亿元企业50家以上", "市商务局", "各区县政府、各开发区管委会", "2028年底"],
        ["8", "监管服务", "建立跨境电商统计监测和风险预警机制", "市商务局", "西安海关、市税务局、人民银行陕西省分行", "2026年底"],
    ]
    b.grid(None, ["序号", "重点领域", "重点任务", "牵头单位", "配合单位", "完成时限"], rows, merge_col=1,
           widths=[Cm(1.4), Cm(2.4), Cm(7.6), Cm(3.8), Cm(4.6), Cm(2.6)],
           places={1: ["西安国际港务区"]}, size=12)

    b.new_section(landscape=False)
    for _ in range(14):
        pfmt(b.doc.add_paragraph(), indent=False)
    b.banji("抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市中级人民法院，市人民检察院，各人民团体。",
            "西安市人民政府办公厅", "2026年4月22日印发")

    stem = "blind344_xian_fangan"
    b.save(stem)
    meta = {
        "title": title,
        "doc_number": "市政办发〔2026〕14号",
        "issuer": ["西安市人民政府办公厅"],
        "date": "2026-04-20",
        "published": "2026-04-22",
        "level": "municipal",
        "region": "西安市",
        "effective": "2026-05-01",
        "expires": "2028-12-31",
        "attachments": [att],
        "doc_type": "方案",
        "recipients": ["各区、县人民政府", "西咸新区、各开发区管委会", "市人民政府各工作部门、各直属机构"],
        "publicity": "此件公开发布",
        "repeals": "《西安市人民政府办公厅关于印发西安市跨境电子商务综合试验区高质量发展实施方案的通知》（市政办发〔2022〕31号）",
    }
    return stem, [{"meta": meta, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


def to_pdf(docx):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_344", "--convert-to", "pdf",
                    "--outdir", str(HERE), str(docx)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for build in (build_guangxi, build_xian):
        stem, docs = build()
        expected[stem] = docs
        to_pdf(HERE / f"{stem}.docx")
    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for stem, docs in expected.items():
        print(stem, sum(len(d["clauses"]) for d in docs), "clauses")


if __name__ == "__main__":
    main()
