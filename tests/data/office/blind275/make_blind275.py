# ruff: noqa
# -*- coding: utf-8 -*-
"""Write the blind test files of round 275 next to this script.

Four fictional government documents on 西部陆海新通道 / 中欧班列 / 国际物流
(广西、四川成都、贵州黔东南州三穗县), each as .docx (python-docx) and .pdf
(LibreOffice), plus expected.json (the answer key).

Run:  . /work/venv/bin/activate && python make_blind275.py
"""
import json
import os
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)


# ---------------------------------------------------------------- helpers
def set_run_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)


def para_fmt(p, align=None, first=0.0, left=0.0, right=0.0, line=29, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(first) if first else None
    pf.left_indent = Pt(left) if left else None
    pf.right_indent = Pt(right) if right else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.widow_control = False


def border(p, side, sz=8, color="000000", space=1):
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


def add_field(p, instr, font, size):
    r = p.add_run()
    set_run_font(r, font, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = p.add_run()
    set_run_font(r, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r._r.append(it)
    r = p.add_run()
    set_run_font(r, font, size)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    r = p.add_run("1")
    set_run_font(r, font, size)
    r = p.add_run()
    set_run_font(r, font, size)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)


def page_number_footer(footer, align):
    p = footer.paragraphs[0]
    p.text = ""
    para_fmt(p, align=align, line=20,
             left=14 if align == WD_ALIGN_PARAGRAPH.LEFT else 0,
             right=14 if align == WD_ALIGN_PARAGRAPH.RIGHT else 0)
    r = p.add_run("— ")
    set_run_font(r, SONG, 14)
    add_field(p, " PAGE ", SONG, 14)
    r = p.add_run(" —")
    set_run_font(r, SONG, 14)


def setup_section(sec, landscape=False):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
        sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(20)
    sec.header_distance = Mm(15)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    para_fmt(p, align=align, line=20)
    r = p.add_run(text)
    set_run_font(r, font, size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_mm[j] * 56.7)))
    for row in table.rows:
        for j, c in enumerate(row.cells):
            pass
    for tr in table._tbl.tr_lst:
        j = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(widths_mm[j:j + span])
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.insert(0, tcW)
            tcW.set(qn("w:w"), str(int(w * 56.7)))
            tcW.set(qn("w:type"), "dxa")
            j += span


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


# ---------------------------------------------------------------- builder
class Builder:
    """Writes one document and records its clauses for the answer key."""

    def __init__(self):
        self.doc = Document()
        self.doc.settings.odd_and_even_pages_header_footer = True
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        sec = self.doc.sections[0]
        setup_section(sec)
        page_number_footer(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
        page_number_footer(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
        self.clauses = []      # list of [text, places]
        self.first = True

    def _p(self):
        return self.doc.add_paragraph()

    # -- 版头
    def masthead(self, lines, size=26, spacing=None):
        p = self._p()
        para_fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=size + 10, before=20)
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            set_run_font(r, XBS, size, color=RED)
            if spacing:
                r.font._element  # noqa
            if i < len(lines) - 1:
                r.add_break()
        return p

    def masthead_joint(self, organs, word="文件", size=24):
        # 联合行文版头: organs stacked on the left, “文件” on the right (borderless table)
        t = self.doc.add_table(rows=len(organs), cols=2)
        no_borders(t)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, o in enumerate(organs):
            c = t.cell(i, 0)
            c.width = Mm(120)
            c.text = ""
            p = c.paragraphs[0]
            para_fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=size + 12)
            r = p.add_run(o)
            set_run_font(r, XBS, size, color=RED)
        right = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
        right.width = Mm(36)
        right.text = ""
        p = right.paragraphs[0]
        para_fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=size + 16)
        r = p.add_run(word)
        set_run_font(r, XBS, size + 8, color=RED)
        right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        set_widths(t, [118, 36])

    def docno(self, text):
        p = self._p()
        para_fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=29, before=40)
        r = p.add_run(text)
        set_run_font(r, FS, 16)
        rule = self.doc.add_paragraph()
        para_fmt(rule, line=8, after=18)
        border(rule, "bottom", sz=18, color="E60012", space=1)

    def title(self, lines, mode="paras"):
        if mode == "paras":
            for i, ln in enumerate(lines):
                p = self._p()
                para_fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36,
                         before=12 if i == 0 else 0, after=20 if i == len(lines) - 1 else 0)
                r = p.add_run(ln)
                set_run_font(r, XBS, 22)
        else:
            p = self._p()
            para_fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, before=12, after=20)
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                set_run_font(r, XBS, 22)
                if i < len(lines) - 1:
                    r.add_break()

    def plain(self, text, font=FS, size=16, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=0, left=0,
              right=0, before=0, after=0, line=29, bold=False):
        p = self._p()
        para_fmt(p, align=align, first=first, left=left, right=right, line=line,
                 before=before, after=after)
        if text:
            r = p.add_run(text)
            set_run_font(r, font, size, bold=bold)
        return p

    def blank(self, n=1):
        for _ in range(n):
            self.plain("")

    # -- headings that are not clauses
    def h1(self, text):
        self.plain(text, font=HT, first=32)

    def h2(self, text):
        self.plain(text, font=KT, first=32)

    def chapter(self, text):
        self.plain(text, font=HT, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)

    # -- clauses
    def p(self, text, places=None):
        self.plain(text, first=32)
        self.clauses.append([text, places or []])

    def runin(self, head, body, places=None, headfont=KT):
        p = self._p()
        para_fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
        r = p.add_run(head)
        set_run_font(r, headfont, 16)
        r = p.add_run(body)
        set_run_font(r, FS, 16)
        self.clauses.append([head + body, places or []])

    def cont(self, text):
        """Another paragraph of the previous clause."""
        self.plain(text, first=32)
        self.clauses[-1][0] += "\n" + text

    def article(self, label, paras, places=None, soft=False):
        """第X条: label in 黑体, paragraphs joined with a soft break (soft=True) or Enter."""
        p = self._p()
        para_fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
        r = p.add_run(label)
        set_run_font(r, HT, 16)
        r = p.add_run("　" + paras[0])
        set_run_font(r, FS, 16)
        for extra in paras[1:]:
            if soft:
                r.add_break()
                r = p.add_run("　　" + extra)   # typed spaces after the line break
                set_run_font(r, FS, 16)
            else:
                p = self.plain(extra, first=32)
        self.clauses.append([label + "　" + "\n".join(paras), places or []])

    # -- layout
    def pagebreak(self):
        p = self._p()
        para_fmt(p, line=12)
        p.add_run().add_break(WD_BREAK.PAGE)

    def new_section(self, landscape=False):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        setup_section(sec, landscape)
        return sec

    def attachment_head(self, title):
        self.plain("附件", font=HT, align=WD_ALIGN_PARAGRAPH.LEFT)
        self.plain(title, font=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, line=34,
                   before=6, after=12)

    def table(self, cols, rows, widths, merges=(), places=None, categories=(), size=12):
        """rows: list of lists (None = covered by a vertical merge, value given by the top cell).
        categories: indices of full-width category rows (headings, not clauses)."""
        places = places or {}
        t = self.doc.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, c in enumerate(cols):
            cell_text(t.cell(0, j), c, font=HT, size=size)
        # header row repeats on each page
        trPr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        trPr.append(th)
        # fill values; remember effective values (merged values repeated)
        eff = []
        for i, row in enumerate(rows):
            if i in categories:
                c = t.cell(i + 1, 0).merge(t.cell(i + 1, len(cols) - 1))
                cell_text(c, row[0], font=HT, size=size, align=WD_ALIGN_PARAGRAPH.LEFT)
                eff.append(None)
                continue
            vals = []
            for j, v in enumerate(row):
                if v is None:
                    # covered cell: take value from the row above
                    k = i - 1
                    while rows[k][j] is None:
                        k -= 1
                    vals.append(rows[k][j])
                else:
                    vals.append(v)
                    al = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 14 else WD_ALIGN_PARAGRAPH.CENTER
                    cell_text(t.cell(i + 1, j), v, size=size, align=al)
            eff.append(vals)
        for (r0, r1, j) in merges:
            top = t.cell(r0 + 1, j)
            keep = top.text
            m = top.merge(t.cell(r1 + 1, j))
            cell_text(m, keep, size=size)
        set_widths(t, widths)
        for i, vals in enumerate(eff):
            if vals is None:
                continue
            txt = "；".join(f"{c}：{v}" for c, v in zip(cols, vals) if v)
            self.clauses.append([txt, places.get(i, [])])
        return t

    # -- 落款、版记
    def signoff(self, organs, date, right=48, gap=2):
        self.blank(gap)
        for o in organs:
            self.plain(o, align=WD_ALIGN_PARAGRAPH.RIGHT, right=right)
        self.plain(date, align=WD_ALIGN_PARAGRAPH.RIGHT, right=right + 16)

    def publicity(self, text="（此件公开发布）"):
        self.plain(text, first=32)

    def banji(self, cc, printer, pdate):
        # 版记 at the end: 抄送 + 印发机关/印发日期, thick first and last rules
        p = self._p()
        para_fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, left=14, right=14, line=26, before=0)
        border(p, "top", sz=8)
        border(p, "bottom", sz=4)
        r = p.add_run(cc)
        set_run_font(r, FS, 14)
        p = self._p()
        para_fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, left=7, right=7, line=26)
        border(p, "bottom", sz=8)
        width = self.doc.sections[-1].page_width - self.doc.sections[-1].left_margin \
            - self.doc.sections[-1].right_margin
        p.paragraph_format.tab_stops.add_tab_stop(width - Pt(14.5), WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(printer + "\t" + pdate)
        set_run_font(r, FS, 14)

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


def specific_map(clauses):
    out = {}
    for text, places in clauses:
        if places:
            key = text[:24]
            assert key not in out, key
            out[key] = places
    return out


# ================================================================ 1. 广西 实施意见
def make_guangxi():
    b = Builder()
    b.masthead(["广西壮族自治区人民政府办公厅文件"], size=26)
    b.docno("桂政办发〔2025〕17号")
    b.title(["广西壮族自治区人民政府办公厅关于加快",
             "西部陆海新通道建设推动国际物流",
             "高质量发展的实施意见"], mode="paras")
    b.plain("各市、县人民政府，自治区人民政府各组成部门、各直属机构：")
    b.p("为深入贯彻落实《西部陆海新通道总体规划》和国家关于推动共建“一带一路”高质量发展的决策部署，"
        "充分发挥广西“一湾相挽十一国、良性互动东中西”的区位优势，加快建设西部陆海新通道，"
        "推动国际物流降本增效、提质扩能，经自治区人民政府同意，现提出以下实施意见。")
    b.h1("一、总体要求")
    b.p("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，"
        "坚持“陆海统筹、枢纽引领、通道带动、产业融合”，以北部湾港为龙头，以南宁、柳州等物流枢纽为支撑，"
        "加快构建内外联通、安全高效的国际物流体系。到2027年，北部湾港集装箱吞吐量达到1300万标准箱，"
        "海铁联运班列年开行量达到1.5万列，跨境陆路运输班列年开行量达到3000列，"
        "全区社会物流总费用与地区生产总值的比率较2024年下降1个百分点左右。")
    b.h1("二、重点任务")
    b.runin("（一）提升南宁国际物流枢纽能级。",
            "支持南宁建设陆港型、空港型国家物流枢纽，加快南宁国际铁路港二期、南宁空港国际物流园建设，"
            "推进南宁国际铁路港与中国—东盟信息港共建共享物流数据平台。"
            "到2026年，南宁国际铁路港集装箱作业能力达到80万标准箱。",
            ["南宁"])
    b.runin("（二）建设柳州、玉林生产服务型物流枢纽。",
            "支持柳州、玉林建设生产服务型国家物流枢纽，依托柳州汽车、工程机械和玉林内燃机、陶瓷等产业集群，"
            "布局一批铁路物流基地和公铁联运中心。常态化开行柳州至钦州港、玉林至钦州港海铁联运班列，"
            "货物经钦州港出海至东南亚、中东等地区。",
            ["柳州", "玉林"])
    b.runin("（三）做强北部湾国际门户港。",
            "加快钦州港30万吨级进港航道、钦州港自动化集装箱码头三期工程建设，推进防城港企沙港区、"
            "北海铁山港区专业化泊位建设，提升大宗散货和集装箱综合通过能力。",
            ["钦州港", "防城港企沙港区", "北海铁山港区"])
    b.cont("推动北部湾港与新加坡港、马来西亚巴生港等港口开展合作，加密至日本、韩国及东南亚国家的集装箱航线，"
           "到2027年外贸集装箱航线达到60条以上。")
    b.runin("（四）扩大海铁联运班列辐射范围。",
            "深化与重庆、四川、贵州、云南、甘肃等沿线省（区、市）合作，共同开拓货源市场，推动更多货物经北部湾港出海。"
            "稳定开行重庆、成都、昆明、兰州至钦州港的海铁联运班列，探索开行西宁、乌鲁木齐至钦州港的“点对点”直达班列。")
    b.runin("（五）畅通跨境陆路物流通道。",
            "推进凭祥友谊关口岸、东兴口岸、龙邦口岸和水口口岸智慧口岸建设，提升跨境货车通行效率。"
            "稳定开行南宁至越南河内跨境集装箱直通班列，拓展经凭祥铁路口岸至越南、老挝、泰国的跨境铁路运输线路。",
            ["凭祥友谊关口岸", "东兴口岸", "龙邦口岸", "水口口岸"])
    b.runin("（六）推动中欧班列提质增效。",
            "支持南宁国际铁路港常态化开行中欧（亚）班列，开通南宁至德国杜伊斯堡、俄罗斯莫斯科、"
            "哈萨克斯坦阿拉木图等线路，推动中欧班列与西部陆海新通道班列无缝衔接，打造“东盟—广西—欧洲”陆海联运通道。",
            ["南宁国际铁路港"])
    b.runin("（七）培育壮大物流市场主体。",
            "支持北部湾国际港务集团、广西物流集团等企业整合港口、铁路、仓储资源，打造具有国际竞争力的综合物流服务商。"
            "鼓励区内物流企业在越南、泰国、马来西亚等国家布局海外仓和物流分拨中心，对新建、租赁海外仓的企业按照有关规定给予支持。")
    b.h1("三、政策措施")
    b.runin("（八）加大财政资金支持。", "自治区统筹现有专项资金，重点支持以下事项：")
    b.p("1.对经北部湾港进出口的海铁联运集装箱，按照每标准箱200元给予运费补助，单个企业年度补助总额不超过500万元。")
    b.p("2.对新开通并稳定运营满6个月的外贸集装箱航线，按照每条航线一次性给予最高300万元奖励。")
    b.p("3.对在钦州、北海、防城港市新建冷链仓储设施且库容达到1万吨以上的企业，按照设施投资额的10%给予补助，"
        "最高不超过1000万元。", ["钦州市", "北海市", "防城港市"])
    b.runin("（九）强化用地用海保障。",
            "对列入国家和自治区西部陆海新通道建设重点项目清单的港口、铁路、物流枢纽项目，优先保障用地用海指标，"
            "对符合条件的港口项目用海实行“即报即审”。")
    b.runin("（十）支持自贸试验区先行先试。",
            "支持中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区开展多式联运“一单制”、铁路运单物权化改革试点，"
            "片区内物流仓储用地可按照工业用地最低价标准确定出让底价。",
            ["南宁片区", "钦州港片区", "崇左片区"])
    b.runin("（十一）提升口岸通关便利化水平。",
            "在钦州港口岸、南宁吴圩国际机场口岸全面推广“提前申报”“两段准入”“船边直提”等通关模式，"
            "推动进口、出口整体通关时间分别压缩至30小时和1.5小时以内。",
            ["钦州港口岸", "南宁吴圩国际机场口岸"])
    b.h1("四、保障措施")
    b.runin("（十二）加强组织领导。",
            "自治区西部陆海新通道建设工作领导小组统筹推进各项工作，领导小组办公室设在自治区发展改革委。"
            "各市人民政府要落实属地责任，制定具体工作方案，明确任务分工和完成时限。")
    b.runin("（十三）强化监测评估。",
            "自治区发展改革委会同交通运输厅、商务厅、南宁海关等部门建立通道运行监测机制，每半年开展一次评估，"
            "评估结果作为安排专项资金的重要依据。")
    b.p("本意见自2025年5月1日起施行，有效期至2027年12月31日。")
    b.signoff(["广西壮族自治区人民政府办公厅"], "2025年3月28日", right=32)
    b.publicity()
    b.pagebreak()
    b.blank(14)
    b.banji("抄送：自治区党委各部门，自治区人大常委会办公厅，自治区政协办公厅，自治区高级人民法院，"
            "自治区人民检察院，南宁海关，中国铁路南宁局集团有限公司。",
            "广西壮族自治区人民政府办公厅", "2025年3月31日印发")
    stem = "blind275_guangxi_shishiyijian"
    b.save(stem)
    meta = {
        "title": "广西壮族自治区人民政府办公厅关于加快西部陆海新通道建设推动国际物流高质量发展的实施意见",
        "doc_number": "桂政办发〔2025〕17号",
        "issuer": ["广西壮族自治区人民政府办公厅"],
        "date": "2025-03-28",
        "published": "2025-03-31",
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": "2025-05-01",
        "expires": "2027-12-31",
        "attachments": [],
        "doc_type": "实施意见",
        "recipients": ["各市、县人民政府", "自治区人民政府各组成部门、各直属机构"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": [c[0] for c in b.clauses],
                   "applies_to": {"specific": specific_map(b.clauses)}}]


# ================================================================ 2. 成都 通知
def make_chengdu():
    b = Builder()
    b.masthead_joint(["成都市口岸与物流办公室", "成都市财政局"], size=24)
    b.docno("成口物发〔2025〕8号")
    b.title(["成都市口岸与物流办公室 成都市财政局",
             "关于做好2025年度中欧班列（成都）",
             "线路运营补贴工作的通知"], mode="breaks")
    b.plain("各区（市）县人民政府，成都东部新区管委会，市级有关部门，有关班列运营企业：")
    b.p("为深入落实共建“一带一路”倡议，巩固提升中欧班列（成都）开行质量和效益，规范线路运营补贴资金管理，"
        "根据《成都市国际铁路港建设发展专项资金管理办法》等有关规定，现就做好2025年度中欧班列（成都）"
        "线路运营补贴工作有关事项通知如下。")
    b.h1("一、补贴对象和范围")
    b.p("（一）补贴对象为在成都市行政区域内依法注册登记、具有独立法人资格，承担中欧班列（成都）组货、订舱和运营组织的"
        "平台公司及货运代理企业（以下简称班列运营企业）。")
    b.p("（二）补贴范围为2025年1月1日至2025年12月31日期间，从成都国际铁路港（城厢站）始发或到达、"
        "纳入国家中欧班列统一品牌管理的去程和回程班列。")
    b.h1("二、补贴标准")
    b.p("（一）去程班列按照附件所列线路和标准，以实际发运的40英尺标准集装箱（以下简称标箱）为单位给予补贴；"
        "20英尺集装箱按0.5个标箱折算。")
    b.p("（二）回程班列补贴标准按照同线路去程标准的120%执行，回程货源须为进口至成都并在本市完成通关的货物。")
    b.p("（三）中欧班列与西部陆海新通道班列联运、经钦州港出海的集装箱，在附件所列标准基础上每标箱增加300元。")
    b.p("（四）对在青白江区、新都区、金堂县注册登记并纳税的班列运营企业，在本条第（一）至（三）项补贴基础上再上浮10%，"
        "上浮部分所需资金由市级财政和企业注册地区（县）财政按照5∶5比例分担。",
        ["青白江区", "新都区", "金堂县"])
    b.p("（五）单个班列运营企业年度补贴总额不超过3000万元；同一集装箱不得重复享受市级同类补贴。")
    b.h1("三、申报程序")
    b.runin("（一）企业申报。",
            "班列运营企业于2025年7月15日前申报上半年补贴、2026年1月15日前申报下半年补贴，"
            "向注册地区（市）县口岸物流主管部门提交申报材料。")
    b.runin("（二）审核拨付。",
            "区（市）县口岸物流主管部门会同同级财政部门初审后报市口岸物流办，市口岸物流办委托第三方机构审核后"
            "会同市财政局下达补贴资金。")
    b.h1("四、工作要求")
    b.p("（一）各区（市）县要加强对班列运营企业的日常监管，对虚报箱量、重复申报等骗取补贴行为，一经查实，"
        "追回已拨付资金，并取消该企业三年内申报资格。")
    b.p("（二）本通知自2025年1月1日起施行，有效期至2025年12月31日。《成都市口岸与物流办公室 成都市财政局"
        "关于做好2024年度中欧班列（成都）线路运营补贴工作的通知》（成口物发〔2024〕5号）同时废止。")
    b.blank()
    b.plain("附件：2025年度中欧班列（成都）线路补贴标准表", left=32)
    b.blank(2)
    b.plain("成都市口岸与物流办公室　　　　成都市财政局", align=WD_ALIGN_PARAGRAPH.RIGHT, right=16)
    b.plain("2025年2月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    b.publicity()
    # attachment in a landscape section
    b.new_section(landscape=True)
    b.attachment_head("2025年度中欧班列（成都）线路补贴标准表")
    cols = ["序号", "线路方向", "始发站", "终点站", "补贴标准（元/标箱）", "备注"]
    rows = [
        ["1", "中欧西通道", "成都国际铁路港（城厢站）", "波兰罗兹", "2800", "经阿拉山口、霍尔果斯口岸出境"],
        ["2", None, None, "德国杜伊斯堡", "3000", None],
        ["3", None, None, "荷兰蒂尔堡", "3000", None],
        ["4", "中欧北通道", None, "俄罗斯莫斯科", "2200", "经满洲里、二连浩特口岸出境"],
        ["5", "中亚班列", None, "哈萨克斯坦阿拉木图", "1500", ""],
        ["6", None, None, "乌兹别克斯坦塔什干", "1600", ""],
        ["7", "中老班列", None, "老挝万象", "1200", "经磨憨口岸出境"],
    ]
    merges = [(0, 2, 1), (4, 5, 1), (0, 6, 2), (0, 2, 5)]
    b.table(cols, rows, widths=[16, 34, 50, 45, 36, 44], merges=merges, size=14)
    b.plain("注：表列为去程补贴标准，回程补贴标准按本通知第二部分第（二）项执行。", size=14, line=24,
            before=6)
    b.clauses.append(["注：表列为去程补贴标准，回程补贴标准按本通知第二部分第（二）项执行。", []])
    # 版记 back in portrait
    b.new_section(landscape=False)
    b.blank(16)
    b.banji("抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，成都海关，中国铁路成都局集团有限公司。",
            "成都市口岸与物流办公室", "2025年2月21日印发")
    stem = "blind275_chengdu_tongzhi"
    b.save(stem)
    meta = {
        "title": "成都市口岸与物流办公室 成都市财政局关于做好2025年度中欧班列（成都）线路运营补贴工作的通知",
        "doc_number": "成口物发〔2025〕8号",
        "issuer": ["成都市口岸与物流办公室", "成都市财政局"],
        "date": "2025-02-20",
        "published": "2025-02-21",
        "level": "municipal",
        "region": "四川省成都市",
        "effective": "2025-01-01",
        "expires": "2025-12-31",
        "attachments": ["2025年度中欧班列（成都）线路补贴标准表"],
        "doc_type": "通知",
        "recipients": ["各区（市）县人民政府", "成都东部新区管委会", "市级有关部门", "有关班列运营企业"],
        "publicity": "此件公开发布",
        "repeals": "《成都市口岸与物流办公室 成都市财政局关于做好2024年度中欧班列（成都）线路运营补贴工作的通知》"
                   "（成口物发〔2024〕5号）",
    }
    return stem, [{"meta": meta, "clauses": [c[0] for c in b.clauses],
                   "applies_to": {"specific": specific_map(b.clauses)}}]


# ================================================================ 3. 三穗县 方案
def make_sansui():
    b = Builder()
    b.masthead(["三穗县人民政府文件"], size=30)
    b.docno("三府发〔2025〕6号")
    b.title(["三穗县人民政府关于印发",
             "《三穗县陆港物流园区建设实施方案",
             "（2025—2027年）》的通知"], mode="breaks")
    b.plain("各乡（镇）人民政府，县直有关部门，有关企业：")
    b.p("现将《三穗县陆港物流园区建设实施方案（2025—2027年）》印发给你们，请认真抓好贯彻落实。")
    b.signoff(["三穗县人民政府"], "2025年4月15日", right=48)
    b.publicity()
    b.pagebreak()
    b.title(["三穗县陆港物流园区建设实施方案", "（2025—2027年）"], mode="paras")
    b.p("为主动融入西部陆海新通道和“一带一路”建设，发挥我县地处沪昆高速、沪昆高铁和湘黔铁路交会的区位优势，"
        "加快建设黔东南州东部陆港物流园区，结合我县实际，制定本方案。")
    b.h1("一、总体思路")
    b.p("坚持“公铁联运、产业带动、城乡融合”，以陆港物流园区为平台，对接贵阳国际陆港和钦州港，"
        "构建“县域集货、陆港集结、通道出海”的物流组织体系，推动竹木、食用菌、三穗鸭等特色产品走向东盟市场。")
    b.h1("二、发展目标")
    b.p("到2027年，园区累计完成投资15亿元，入驻物流及关联企业60家以上，公铁联运货物年吞吐量达到200万吨，"
        "开行至钦州港的铁海联运班列年均50列以上，物流业增加值年均增长10%以上。")
    b.h1("三、空间布局")
    b.p("园区按照“一核两区”布局，规划总面积约3.2平方公里。")
    b.runin("（一）核心区。",
            "位于台烈镇，依托湘黔铁路三穗站货场，建设公铁联运作业区、集装箱堆场和保税物流中心（B型）预留用地，"
            "规划面积约1.8平方公里。", ["台烈镇"])
    b.runin("（二）冷链商贸区。",
            "位于八弓镇城东片区，建设农产品冷链集配中心、电商快递分拨中心和商贸物流市场，规划面积约0.9平方公里。",
            ["八弓镇"])
    b.runin("（三）产业配套区。",
            "位于瓦寨镇、桐林镇沿沪昆高速连接线一带，布局竹木加工、建材仓储等产业，规划面积约0.5平方公里。",
            ["瓦寨镇", "桐林镇"])
    b.h1("四、重点任务")
    b.h2("（一）完善集疏运体系")
    b.p("1.推进台烈镇至三穗站货场铁路专用线扩能改造，2026年底前建成2条装卸线，实现“铁路进园区”。", ["台烈镇"])
    b.p("2.常态化开行三穗至钦州港铁海联运班列，货物在贵阳改貌站集结后经黔桂铁路南下，从钦州港出海至东南亚。")
    b.p("3.改造提升八弓镇至台烈镇、雪洞镇至台烈镇的园区连接道路，2025年底前完成路面改造28公里。",
        ["八弓镇", "雪洞镇", "台烈镇"])
    b.h2("（二）培育物流市场主体")
    b.p("1.对2025年1月1日后新入驻核心区的物流企业给予以下支持：", ["台烈镇"])
    b.p("（1）租用园区标准化仓库的，前两年按照租金的50%给予补贴，第三年按照30%给予补贴；", ["台烈镇"])
    b.p("（2）年度物流营业收入首次突破5000万元、1亿元的，分别给予一次性奖励20万元、50万元。", ["台烈镇"])
    b.p("2.支持县内商贸流通企业与邮政、快递企业合作，在款场乡、滚马乡、良上镇建设农村物流综合服务站，"
        "每个站点给予一次性建设补助3万元。", ["款场乡", "滚马乡", "良上镇"])
    b.h2("（三）发展特色产品物流")
    b.p("1.依托八弓镇冷链集配中心，建设三穗鸭、食用菌产地冷藏保鲜设施，对新建库容500立方米以上的冷库"
        "给予每立方米100元补助。", ["八弓镇"])
    b.p("2.推动县内企业利用西部陆海新通道开拓东盟市场，对经钦州港出口的本县特色农产品，每标箱给予500元物流补助。")
    b.h1("五、保障措施")
    b.runin("（一）加强组织领导。",
            "成立由县人民政府县长任组长的陆港物流园区建设领导小组，领导小组办公室设在县发展改革局，"
            "统筹推进园区规划建设、招商引资和政策兑现。")
    b.runin("（二）强化要素保障。",
            "优先保障园区建设用地指标，对园区重点项目实行“一事一议”。县财政每年安排园区发展专项资金不少于2000万元。")
    b.runin("（三）严格督促考核。",
            "将园区建设任务纳入县直部门和相关乡镇年度目标考核，每季度通报工作进展。")
    b.p("本方案自印发之日起施行，实施期限至2027年12月31日。")
    b.plain("附件：三穗县陆港物流园区重点建设项目表", left=32)
    b.pagebreak()
    b.attachment_head("三穗县陆港物流园区重点建设项目表")
    cols = ["序号", "项目名称", "建设地点", "主要建设内容", "总投资（万元）", "建设年限"]
    rows = [
        ["一、基础设施类"],
        ["1", "三穗站货场铁路专用线扩能工程", "台烈镇", "新建装卸线2条、集装箱堆场5万平方米", "32000", "2025—2026年"],
        ["2", "园区连接道路改造工程", "八弓镇、台烈镇、雪洞镇", "改造道路28公里", "18500", "2025年"],
        ["二、物流设施类"],
        ["3", "农产品冷链集配中心", "八弓镇", "冷库库容2万立方米及配套分拣中心", "26000", "2025—2027年"],
        ["4", "电商快递分拨中心", None, "分拨中心1.5万平方米", "9800", "2026—2027年"],
        ["5", "竹木产品仓储加工基地", "瓦寨镇", "仓储及加工厂房4万平方米", "15000", "2026—2027年"],
    ]
    places = {1: ["台烈镇"], 2: ["八弓镇", "台烈镇", "雪洞镇"], 4: ["八弓镇"], 5: ["八弓镇"], 6: ["瓦寨镇"]}
    b.table(cols, rows, widths=[12, 36, 26, 42, 20, 20], merges=[(4, 5, 2)], places=places,
            categories=(0, 3), size=12)
    b.blank(4)
    b.banji("抄送：州人民政府办公室，县委办公室，县人大常委会办公室，县政协办公室。",
            "三穗县人民政府办公室", "2025年4月17日印发")
    stem = "blind275_sansui_fangan"
    b.save(stem)
    meta = {
        "title": "三穗县人民政府关于印发《三穗县陆港物流园区建设实施方案（2025—2027年）》的通知",
        "doc_number": "三府发〔2025〕6号",
        "issuer": ["三穗县人民政府"],
        "date": "2025-04-15",
        "published": "2025-04-17",
        "level": "county",
        "region": "贵州省黔东南州三穗县",
        "effective": "2025-04-17",
        "expires": "2027-12-31",
        "attachments": ["三穗县陆港物流园区重点建设项目表"],
        "doc_type": "通知",
        "recipients": ["各乡（镇）人民政府", "县直有关部门", "有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": [c[0] for c in b.clauses],
                   "applies_to": {"specific": specific_map(b.clauses)}}]


# ================================================================ 4. 青白江铁路港片区 办法
def make_qingbaijiang():
    b = Builder()
    b.masthead(["中国（四川）自由贸易试验区", "成都青白江铁路港片区管理委员会文件"], size=22)
    b.docno("青铁港管发〔2025〕11号")
    b.title(["中国（四川）自由贸易试验区成都青白江",
             "铁路港片区管理委员会关于印发《成都",
             "青白江铁路港片区促进国际物流和跨境",
             "贸易发展办法》的通知"], mode="paras")
    b.plain("片区各部门，各有关单位，各有关企业：")
    b.p("《成都青白江铁路港片区促进国际物流和跨境贸易发展办法》已经管委会2025年第5次主任办公会审议通过，"
        "现印发给你们，请认真遵照执行。")
    b.signoff(["中国（四川）自由贸易试验区", "成都青白江铁路港片区管理委员会"], "2025年6月10日", right=16, gap=1)
    b.publicity()
    b.pagebreak()
    b.title(["成都青白江铁路港片区促进国际物流", "和跨境贸易发展办法"], mode="breaks")
    ZBQ = ["成都国际铁路港综合保税区"]
    b.chapter("第一章　总　则")
    b.article("第一条", ["为深化中国（四川）自由贸易试验区成都青白江铁路港片区（以下简称片区）改革创新，"
                        "发挥成都国际铁路港和中欧班列（成都）通道优势，推动国际物流和跨境贸易高质量发展，"
                        "根据《中国（四川）自由贸易试验区条例》等有关规定，结合片区实际，制定本办法。"])
    b.article("第二条", ["本办法适用于工商注册地、税务征管关系和统计关系均在片区内，具有独立法人资格的企业。",
                        "本办法所称片区，其实施范围为9.68平方公里，包括成都国际铁路港综合保税区（以下简称综保区）。"],
              soft=True)
    b.article("第三条", ["片区管委会经济发展局负责本办法的组织实施，财政金融局负责资金保障和拨付，"
                        "市场监管、税务等部门按照职责做好相关工作。"])
    b.chapter("第二章　国际物流")
    b.article("第四条", ["支持企业利用中欧班列（成都）拓展国际物流业务，按照以下标准给予奖励：",
                        "（一）企业通过中欧班列（成都）发运至欧洲的自有货物，年度发运量达到100标箱以上的，"
                        "按照每标箱200元给予奖励；",
                        "（二）企业通过中欧班列（成都）发运至中亚、西亚的自有货物，年度发运量达到100标箱以上的，"
                        "按照每标箱150元给予奖励；",
                        "（三）单个企业年度奖励总额不超过300万元。"])
    b.article("第五条", ["支持企业开展铁海联运，对通过成都国际铁路港经钦州港、湛江港出海的外贸集装箱，"
                        "按照每标箱100元给予奖励，单个企业年度奖励总额不超过100万元。"])
    b.article("第六条", ["支持开展多式联运“一单制”和铁路运单物权化试点，对首次使用多式联运提单开展进出口业务"
                        "并实现融资的企业，按照融资金额的1%给予一次性奖励，最高不超过50万元。"])
    b.chapter("第三章　综合保税区发展")
    b.article("第七条", ["对在综保区内新设立并开展保税维修、保税研发、保税检测业务的企业，经认定后给予一次性落户奖励50万元；"
                        "年度进出口额首次突破1亿元的，再给予奖励100万元。"], ZBQ)
    b.article("第八条", ["对在综保区内开展跨境电商“1210”保税备货进口业务的企业，按照年度申报单量给予每单0.5元奖励，"
                        "单个企业年度奖励总额不超过200万元。",
                        "综保区内企业租用综保区标准厂房、仓库从事前款业务的，前三年按照租金的50%给予补贴。"],
              ZBQ, soft=True)
    b.article("第九条", ["对在综保区内建设、运营公共保税仓库、出口监管仓库的企业，按照新增仓储面积每平方米50元"
                        "给予一次性补助，最高不超过200万元。"], ZBQ)
    b.chapter("第四章　跨境贸易")
    b.article("第十条", ["支持企业开展跨境电商“9610”“9710”“9810”出口业务，对年度出口额达到1000万元以上的企业，"
                        "按照出口额的1%给予奖励，最高不超过100万元。"])
    b.article("第十一条", ["对通过成都铁路口岸（青白江）进口平行进口汽车的企业，年度进口量达到200辆以上的，"
                          "按照每辆500元给予奖励。"])
    b.article("第十二条", ["支持企业在德国、波兰、哈萨克斯坦等中欧班列沿线国家设立海外仓，对经认定的海外仓"
                          "按照实际投资额的10%给予补助，最高不超过100万元。"])
    b.chapter("第五章　附　则")
    b.article("第十三条", ["同一企业同一事项符合本办法和片区其他政策规定的，按照就高不重复原则予以支持。"
                          "企业有弄虚作假骗取奖补资金等行为的，收回奖补资金，并依法依规追究责任。"])
    b.article("第十四条", ["本办法由片区管委会经济发展局负责解释。"])
    b.article("第十五条", ["本办法自2025年7月1日起施行，有效期3年。《成都青白江铁路港片区支持国际物流发展若干措施》"
                          "（青铁港管发〔2022〕9号）同时废止。"])
    b.blank(3)
    b.banji("抄送：四川省自由贸易试验区工作办公室，成都市商务局，青白江区人民政府。",
            "成都青白江铁路港片区管委会党政办公室", "2025年6月12日印发")
    stem = "blind275_qingbaijiang_banfa"
    b.save(stem)
    meta = {
        "title": "中国（四川）自由贸易试验区成都青白江铁路港片区管理委员会关于印发《成都青白江铁路港片区"
                 "促进国际物流和跨境贸易发展办法》的通知",
        "doc_number": "青铁港管发〔2025〕11号",
        "issuer": ["中国（四川）自由贸易试验区成都青白江铁路港片区管理委员会"],
        "date": "2025-06-10",
        "published": "2025-06-12",
        "level": "zone",
        "region": "中国（四川）自由贸易试验区成都青白江铁路港片区",
        "effective": "2025-07-01",
        "expires": "2028-06-30",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["片区各部门", "各有关单位", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": "《成都青白江铁路港片区支持国际物流发展若干措施》（青铁港管发〔2022〕9号）",
    }
    return stem, [{"meta": meta, "clauses": [c[0] for c in b.clauses],
                   "applies_to": {"specific": specific_map(b.clauses)}}]


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_275",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for fn in (make_guangxi, make_chengdu, make_sansui, make_qingbaijiang):
        stem, docs = fn()
        expected[stem] = docs
        to_pdf(os.path.join(HERE, stem + ".docx"))
        print(stem, "clauses:", len(docs[0]["clauses"]),
              "specific:", len(docs[0]["applies_to"]["specific"]))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    sys.exit(main())
