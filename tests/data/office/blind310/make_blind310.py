# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 310: when rules take effect and end.

Writes five fictional Chinese government documents (Word + PDF printed by
LibreOffice) next to this script, plus expected.json.
Run:  . /work/venv/bin/activate && python make_blind310.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
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
IDSP = "\u3000"  # ideographic space

# --------------------------------------------------------------------------
# low-level helpers
# --------------------------------------------------------------------------


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)


PPR_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku",
                  "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
                  "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                  "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                  "w:contextualSpacing", "w:mirrorIndents",
                  "w:suppressOverlap", "w:jc", "w:textDirection",
                  "w:textAlignment", "w:textboxTightWrap",
                  "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
                  "w:sectPr", "w:pPrChange")


def add_border(p, sides, color="000000", sz=4):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.insert_element_before(pbdr, *PPR_AFTER_PBDR)
    for side in sides:
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), color)
        pbdr.append(b)


def fmt(p, align=None, first_indent=None, left=None, right=None,
        line=28.95, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    pf.widow_control = False
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_page_field(p, name, size):
    r = p.add_run("— ")
    set_font(r, SONG, size)
    r = p.add_run()
    set_font(r, SONG, size)
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
    r = p.add_run(" —")
    set_font(r, SONG, size)


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
    sec.footer_distance = Mm(25) if not landscape else Mm(15)
    sec.header_distance = Mm(15)


def page_numbers(doc, sec):
    doc.settings.odd_and_even_pages_header_footer = True
    fo = sec.footer
    fo.is_linked_to_previous = False
    p = fo.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.right_indent = Pt(14)
    add_page_field(p, "odd", 14)
    fe = sec.even_page_footer
    fe.is_linked_to_previous = False
    p = fe.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.left_indent = Pt(14)
    add_page_field(p, "even", 14)


# --------------------------------------------------------------------------
# document builder: writes the docx and keeps the expected clauses in step
# --------------------------------------------------------------------------


class Builder:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        sec = self.doc.sections[0]
        setup_section(sec)
        page_numbers(self.doc, sec)
        self.clauses = []
        self.specific = {}
        # python-docx starts with one empty paragraph? (it does not) -> ok

    # ----- 版头 -----
    def organ_mark(self, text, size=36, spacing_before=0):
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=size * 1.25,
            before=spacing_before)
        r = p.add_run(text)
        set_font(r, XBS, size, color=RED)
        return p

    def joint_organ_mark(self, organs, tail="文件", size=32):
        t = self.doc.add_table(rows=len(organs), cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for i, o in enumerate(organs):
            c = t.cell(i, 0)
            c.width = Mm(110)
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
            p.paragraph_format.line_spacing = Pt(size * 1.3)
            r = p.add_run(o)
            set_font(r, XBS, size, color=RED)
        t.columns[0].width = Mm(110)
        t.columns[1].width = Mm(40)
        m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
        m.width = Mm(40)
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        p = m.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(tail)
        set_font(r, XBS, size + 4, color=RED)

    def blank(self, n=1, line=28.95):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt(p, line=line)

    def docnum(self, text):
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
        r = p.add_run(text)
        set_font(r, FS, 16)
        add_border(p, ["bottom"], color="FF0000", sz=18)

    def title(self, lines, soft=True, gap_before=True):
        """Title in 方正小标宋 二号; soft=True joins lines with soft breaks in
        one paragraph, soft=False writes one paragraph per line."""
        if gap_before:
            self.blank(1)
        if soft:
            p = self.doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                set_font(r, XBS, 22)
                if i < len(lines) - 1:
                    r.add_break(WD_BREAK.LINE)
        else:
            for ln in lines:
                p = self.doc.add_paragraph()
                fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
                r = p.add_run(ln)
                set_font(r, XBS, 22)
        self.blank(1)

    def recipients(self, text):
        p = self.doc.add_paragraph()
        fmt(p)
        r = p.add_run(text)
        set_font(r, FS, 16)

    # ----- body -----
    def para(self, text, clause=True, places=None, soft_at=None):
        """Plain body paragraph; soft_at inserts a soft line break after
        that substring (layout only; not part of the clause text)."""
        p = self.doc.add_paragraph()
        fmt(p, first_indent=32)
        if soft_at and soft_at in text:
            a, b = text.split(soft_at, 1)
            r = p.add_run(a + soft_at)
            set_font(r, FS, 16)
            r.add_break(WD_BREAK.LINE)
            r = p.add_run(b)
            set_font(r, FS, 16)
        else:
            r = p.add_run(text)
            set_font(r, FS, 16)
        if clause:
            self._clause(text, places)
        return p

    def h1(self, text):
        p = self.doc.add_paragraph()
        fmt(p, first_indent=32)
        r = p.add_run(text)
        set_font(r, HT, 16)

    def h2(self, text):
        p = self.doc.add_paragraph()
        fmt(p, first_indent=32)
        r = p.add_run(text)
        set_font(r, KT, 16)

    def chapter(self, text):
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
        r = p.add_run(text)
        set_font(r, HT, 16)

    def runin(self, head, rest, head_font=KT, places=None, soft_at=None,
              bold=False):
        p = self.doc.add_paragraph()
        fmt(p, first_indent=32)
        r = p.add_run(head)
        set_font(r, head_font, 16, bold=bold)
        if soft_at and soft_at in rest:
            a, b = rest.split(soft_at, 1)
            r = p.add_run(a + soft_at)
            set_font(r, FS, 16)
            r.add_break(WD_BREAK.LINE)
            r = p.add_run(b)
            set_font(r, FS, 16)
        else:
            r = p.add_run(rest)
            set_font(r, FS, 16)
        self._clause(head + rest, places)

    def article(self, label, text, more=(), places=None):
        """第X条 in 黑体, then body; `more` are further paragraphs of the
        same article (items （一）… or second paragraphs)."""
        p = self.doc.add_paragraph()
        fmt(p, first_indent=32)
        r = p.add_run(label + IDSP)
        set_font(r, HT, 16)
        r = p.add_run(text)
        set_font(r, FS, 16)
        for m in more:
            q = self.doc.add_paragraph()
            fmt(q, first_indent=32)
            r = q.add_run(m)
            set_font(r, FS, 16)
        self._clause("\n".join([label + IDSP + text] + list(more)), places)

    def _clause(self, text, places):
        self.clauses.append(text)
        if places:
            self.specific[text[:24]] = list(places)

    def table(self, header, rows, widths_mm, merge_cols=(), size=12,
              places_by_row=None):
        """rows: list of lists of cell text; merge_cols: column indexes whose
        equal consecutive values are merged vertically (the value is still
        read for every row in the expected clauses)."""
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for j, h in enumerate(header):
            c = t.cell(0, j)
            c.width = Mm(widths_mm[j])
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(h)
            set_font(r, HT, size)
        # header row repeats on each page
        trpr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        trpr.append(th)
        for j, w in enumerate(widths_mm):
            t.columns[j].width = Mm(w)
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                c = t.cell(i, j)
                c.width = Mm(widths_mm[j])
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        for j in range(len(header)):
            i = 0
            while i < len(rows):
                k = i
                if j in merge_cols:
                    while k + 1 < len(rows) and rows[k + 1][j] == rows[i][j]:
                        k += 1
                c = t.cell(i + 1, j)
                if k > i:
                    c = c.merge(t.cell(k + 1, j))
                p = c.paragraphs[0]
                p.alignment = (WD_ALIGN_PARAGRAPH.CENTER
                               if len(rows[i][j]) <= 12
                               else WD_ALIGN_PARAGRAPH.LEFT)
                p.paragraph_format.line_spacing = Pt(size * 1.5)
                r = p.add_run(rows[i][j])
                set_font(r, FS, size)
                i = k + 1
        for i, row in enumerate(rows):
            text = "；".join(f"{h}：{v}" for h, v in zip(header, row))
            places = (places_by_row or {}).get(i)
            self._clause(text, places)
        return t

    # ----- end matter -----
    def attach_note(self, items):
        p = self.doc.add_paragraph()
        fmt(p, first_indent=32, before=28.95)
        if len(items) == 1:
            r = p.add_run("附件：" + items[0])
            set_font(r, FS, 16)
        else:
            r = p.add_run("附件：1．" + items[0])
            set_font(r, FS, 16)
            for k, it in enumerate(items[1:], start=2):
                q = self.doc.add_paragraph()
                fmt(q, left=32 + 48)
                r = q.add_run(f"{k}．{it}")
                set_font(r, FS, 16)

    def signature(self, organs, date, joint_line=None, gap=2):
        self.blank(gap)
        if joint_line:
            p = self.doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=32)
            r = p.add_run(joint_line)
            set_font(r, FS, 16)
        else:
            for o in organs:
                p = self.doc.add_paragraph()
                fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=32)
                r = p.add_run(o)
                set_font(r, FS, 16)
        p = self.doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
        r = p.add_run(date)
        set_font(r, FS, 16)

    def publicity(self, text="（此件公开发布）"):
        p = self.doc.add_paragraph()
        fmt(p, first_indent=32)
        r = p.add_run(text)
        set_font(r, FS, 16)

    def page_break(self):
        """Page break at the end of the last paragraph (no empty paragraph
        that could spill onto a page of its own)."""
        p = self.doc.paragraphs[-1]
        p.add_run().add_break(WD_BREAK.PAGE)

    def new_section(self, landscape=False):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        setup_section(sec, landscape)
        return sec

    def attach_label(self, text="附件"):
        p = self.doc.add_paragraph()
        fmt(p)
        r = p.add_run(text)
        set_font(r, HT, 16)

    def banji(self, cc, printer, date, blank_before=4):
        self.blank(blank_before)
        if cc:
            p = self.doc.add_paragraph()
            fmt(p, left=14, right=14, line=28)
            p.paragraph_format.first_line_indent = Pt(0)
            r = p.add_run("抄送：" + cc)
            set_font(r, FS, 14)
            add_border(p, ["top"], sz=8)
            add_border(p, ["bottom"], sz=4)
        p = self.doc.add_paragraph()
        fmt(p, left=14, right=14, line=28)
        r = p.add_run(printer)
        set_font(r, FS, 14)
        r = p.add_run(IDSP * 4)
        set_font(r, FS, 14)
        r = p.add_run(date + "印发")
        set_font(r, FS, 14)
        # printer left, date right: use a right tab stop
        p.paragraph_format.tab_stops.add_tab_stop(Mm(150), 2)  # RIGHT
        add_border(p, ["bottom"], sz=8)
        if not cc:
            add_border(p, ["top"], sz=8)

    def save(self, path):
        self.doc.save(path)


# --------------------------------------------------------------------------
# the five documents
# --------------------------------------------------------------------------

def doc_yunnan():
    """(a) 本办法自印发之日起施行，有效期3年 — joint 印发 notice + 附件 办法."""
    b = Builder()
    b.joint_organ_mark(["云南省商务厅", "云南省财政厅"], size=28)
    b.docnum("云商规〔2025〕3号")
    b.title(["云南省商务厅 云南省财政厅关于印发", "《云南省跨境电子商务发展专项资金",
             "管理暂行办法》的通知"])
    b.recipients("各州、市商务局、财政局：")
    b.para("为规范和加强跨境电子商务发展专项资金管理，提高资金使用效益，省商务厅、"
           "省财政厅制定了《云南省跨境电子商务发展专项资金管理暂行办法》，现印发给"
           "你们，请认真遵照执行。")
    b.attach_note(["云南省跨境电子商务发展专项资金管理暂行办法"])
    b.signature(None, "2025年3月15日", gap=1,
                joint_line="云南省商务厅" + IDSP * 4 + "云南省财政厅")
    b.publicity()
    b.page_break()
    b.attach_label()
    b.title(["云南省跨境电子商务发展专项资金", "管理暂行办法"], gap_before=False)
    b.chapter("第一章" + IDSP + "总" + IDSP + "则")
    b.article("第一条", "为规范云南省跨境电子商务发展专项资金（以下简称专项资金）"
              "管理，提高资金使用效益，根据《中华人民共和国预算法》等有关规定，"
              "结合我省实际，制定本办法。")
    b.article("第二条", "本办法所称专项资金，是指省级财政在商务发展专项资金中安排，"
              "用于支持我省跨境电子商务发展的资金。")
    b.article("第三条", "省财政厅负责专项资金的预算管理和资金下达，组织开展绩效管理"
              "和监督检查。",
              ["省商务厅负责提出专项资金支持方向和分配建议，组织项目申报、审核"
               "和日常管理。"])
    b.chapter("第二章" + IDSP + "支持方向和标准")
    b.article("第四条", "专项资金重点支持以下方向：",
              ["（一）跨境电子商务公共服务平台、公共海外仓和产业园区建设；",
               "（二）跨境电子商务企业开拓南亚东南亚市场，开展品牌推广和人才培训。"])
    b.article("第五条", "对中国（昆明）跨境电子商务综合试验区、中国（德宏）跨境电子"
              "商务综合试验区内新认定的省级跨境电子商务产业园区，按照园区公共服务"
              "投入的30%给予一次性补助，最高不超过200万元。",
              places=["中国（昆明）跨境电子商务综合试验区",
                      "中国（德宏）跨境电子商务综合试验区"])
    b.article("第六条", "在中国（云南）自由贸易试验区红河片区开展“边民互市+跨境"
              "电商”融合发展试点，试行二年。试点期间，对参与试点的企业按照实际"
              "进出口额每1美元给予0.01元人民币的奖励，单个企业年度奖励不超过50万元。",
              places=["中国（云南）自由贸易试验区红河片区"])
    b.article("第七条", "专项资金支持标准按下表执行，同一项目不得重复享受省级财政"
              "资金支持。")
    b.table(["支持类别", "支持内容", "支持标准"],
            [["平台建设", "跨境电子商务公共服务平台",
              "按项目实际投资额的20%给予补助，最高不超过300万元"],
             ["平台建设", "公共海外仓（面积不低于3000平方米）",
              "按仓储面积每平方米100元给予补助，最高不超过200万元"],
             ["市场开拓", "参加境外跨境电子商务展会",
              "按展位费的50%给予补助，单个企业每年最高不超过20万元"],
             ["市场开拓", "开展境外商标注册和品牌认证",
              "按实际费用的50%给予补助，单个企业每年最高不超过10万元"],
             ["人才培训", "开展跨境电子商务人才培训",
              "按每人次500元给予补助，单个机构每年最高不超过30万元"]],
            [26, 50, 80], merge_cols=(0,), size=10.5)
    b.chapter("第三章" + IDSP + "申报和监督")
    b.article("第八条", "专项资金实行年度申报制度。省商务厅每年发布申报指南，明确"
              "申报条件、申报材料和时间要求。申报单位应当在云南省内依法注册，近三年"
              "内无重大违法违规记录。")
    b.article("第九条", "各州、市商务主管部门会同同级财政部门对申报材料进行初审，"
              "省商务厅组织专家评审，提出资金分配建议，经公示无异议后，由省财政厅"
              "下达资金。")
    b.article("第十条", "专项资金使用单位应当专款专用。对弄虚作假、骗取专项资金的，"
              "依法依规收回资金，取消其三年内申报资格。")
    b.chapter("第四章" + IDSP + "附" + IDSP + "则")
    b.article("第十一条", "本办法由省商务厅、省财政厅负责解释。")
    b.article("第十二条", "本办法自印发之日起施行，有效期3年。")
    b.banji("商务部办公厅，财政部云南监管局，昆明海关。",
            "云南省商务厅办公室", "2025年3月18日", blank_before=2)
    meta = {
        "title": "云南省商务厅 云南省财政厅关于印发《云南省跨境电子商务发展专项资金管理暂行办法》的通知",
        "doc_number": "云商规〔2025〕3号",
        "issuer": ["云南省商务厅", "云南省财政厅"],
        "date": "2025-03-15",
        "published": "2025-03-18",
        "level": "provincial",
        "region": "云南省",
        "effective": "2025-03-15",
        "expires": "2028-03-14",
        "attachments": ["云南省跨境电子商务发展专项资金管理暂行办法"],
        "doc_type": "通知",
        "recipients": ["各州、市商务局、财政局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return "blind310_yunnan_banfa", b, meta


def doc_wuhan():
    """(b) 自2026年1月1日起施行，有效期至2028年12月31日，试行期间… — 公告."""
    b = Builder()
    b.organ_mark("中国（湖北）自由贸易试验区", size=30)
    b.organ_mark("武汉片区管理委员会", size=30)
    b.blank(1)
    b.docnum("武自贸管〔2025〕21号")
    b.title(["中国（湖北）自由贸易试验区武汉片区", "管理委员会关于支持跨境电商企业",
             "建设海外仓的公告"])
    b.para("为深入实施自由贸易试验区提升战略，支持跨境电商企业布局建设海外仓，"
           "拓展“一带一路”沿线市场，推动片区外贸新业态高质量发展，结合片区实际，"
           "现就有关事项公告如下：")
    b.h1("一、支持对象")
    b.para("在中国（湖北）自由贸易试验区武汉片区（以下简称片区）内注册、具有独立"
           "法人资格、信用状况良好的跨境电商企业、外贸综合服务企业和物流企业。")
    b.h1("二、支持内容")
    b.runin("（一）海外仓建设补助。", "对企业在境外新建或租赁面积不低于5000平方米"
            "的海外仓，按照实际投资额或年度租金的20%给予补助，单个企业最高不超过"
            "300万元。", soft_at="给予补助，")
    b.h2("（二）海外仓运营奖励")
    b.para("1.对海外仓年度服务片区企业数量达到20家以上的，给予一次性奖励50万元。")
    b.para("2.对海外仓年度货物出仓金额达到以下标准的，分档给予奖励：")
    b.para("（1）5000万元以上不足1亿元的，奖励30万元；")
    b.para("（2）1亿元以上的，奖励60万元。")
    b.runin("（三）综保区联动发展。", "对在武汉东湖综合保税区内开展“保税仓+海外仓”"
            "联动业务的企业，按照联动业务量每单0.5元给予物流补贴，单个企业年度补贴"
            "不超过100万元。", places=["武汉东湖综合保税区"])
    b.runin("（四）班列运输支持。", "对通过中欧班列（武汉）向杜伊斯堡、马拉舍维奇"
            "等站点运送海外仓备货的企业，按照每标箱2000元给予运费补贴。")
    b.h1("三、申报程序")
    b.para("（一）企业于每年3月31日前通过片区政务服务平台提交上一年度申报材料，"
           "逾期不予受理。")
    b.para("（二）片区管委会商务部门会同财政部门对申报材料进行审核，必要时委托第三方"
           "机构进行核查，审核结果在片区门户网站公示5个工作日。")
    b.h1("四、监督管理")
    b.para("企业应对申报材料的真实性负责。对提供虚假材料骗取补助资金的，追回已拨付"
           "资金，5年内取消其申报片区各类扶持政策的资格。")
    b.h1("五、其他事项")
    b.para("（一）同一项目已获得国家、省、市同类资金支持的，片区按照“就高不重复”"
           "原则给予支持。")
    b.para("（二）本公告自2026年1月1日起施行，有效期至2028年12月31日。试行期间，"
           "国家、省、市出台相关政策的，从其规定；片区管委会可根据实施情况对有关"
           "条款进行调整。")
    b.para("（三）本公告由片区管委会商务部门负责解释。")
    b.signature(["中国（湖北）自由贸易试验区武汉片区管理委员会"], "2025年12月12日")
    b.banji("湖北省商务厅，武汉市人民政府办公厅，武汉海关。",
            "武汉片区管委会办公室", "2025年12月15日", blank_before=3)
    meta = {
        "title": "中国（湖北）自由贸易试验区武汉片区管理委员会关于支持跨境电商企业建设海外仓的公告",
        "doc_number": "武自贸管〔2025〕21号",
        "issuer": ["中国（湖北）自由贸易试验区武汉片区管理委员会"],
        "date": "2025-12-12",
        "published": "2025-12-15",
        "level": "zone",
        "region": "中国（湖北）自由贸易试验区武汉片区",
        "effective": "2026-01-01",
        "expires": "2028-12-31",
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return "blind310_wuhan_gonggao", b, meta


def doc_fangchenggang():
    """(c) 执行期限为2025年1月1日至2027年12月31日, issued March 2025."""
    b = Builder()
    b.organ_mark("防城港市人民政府办公室文件", size=32)
    b.blank(1)
    b.docnum("防政办发〔2025〕6号")
    b.title(["防城港市人民政府办公室关于进一步", "促进口岸通关便利化的通知"])
    b.recipients("各县（市、区）人民政府，市政府各组成部门、各直属机构，中直、区直"
                 "驻防城港各单位：")
    b.para("为进一步优化口岸营商环境，提升跨境贸易便利化水平，经市人民政府同意，"
           "现就有关事项通知如下：")
    b.h1("一、压缩整体通关时间")
    b.para("（一）推广“提前申报”“两步申报”等通关模式，2025年度进口、出口整体通关"
           "时间在2024年基础上分别压缩10%、5%以上。")
    b.para("（二）深化国际贸易“单一窗口”建设，推动港口、船代、货代等环节全流程"
           "无纸化作业。")
    b.h1("二、降低进出口环节费用")
    b.para("（一）对在本市口岸进出口的集装箱，按照每标箱100元给予港口作业费补贴，"
           "2025年度补贴资金总额不超过2000万元。")
    b.para("（二）严格执行口岸收费目录清单制度，清单之外不得收费。")
    b.h1("三、支持边民互市贸易创新发展")
    b.para("（一）在东兴市开展边民互市商品落地加工试点，按照加工产值的2%给予加工"
           "企业奖励，单个企业年度最高不超过100万元。",
           places=["东兴市"])
    b.para("（二）经东兴口岸、峒中口岸入境的互市商品，按规定实行“一次申报、分步"
           "处置”的监管方式。")
    b.h1("四、保障措施")
    b.para("（一）建立口岸工作联席会议制度，每季度召开一次会议，协调解决通关中的"
           "重点难点问题。")
    b.para("（二）各有关单位要按照分工表（见附件）抓好落实。")
    b.para("本通知执行期限为2025年1月1日至2027年12月31日。2025年1月1日以来发生的"
           "符合条件的事项，可按本通知申请支持。")
    b.attach_note(["防城港市口岸通关便利化重点任务分工表"])
    b.signature(["防城港市人民政府办公室"], "2025年3月21日", gap=1)
    b.publicity()
    b.new_section(landscape=True)
    b.attach_label()
    b.title(["防城港市口岸通关便利化重点任务分工表"], gap_before=False)
    b.table(["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"],
            [["1", "压缩整体通关时间", "推广“提前申报”“两步申报”通关模式",
              "防城港海关", "市口岸办", "2025年12月底前"],
             ["2", "压缩整体通关时间", "推进国际贸易“单一窗口”全流程无纸化",
              "市口岸办", "防城港海关、市交通运输局", "2025年12月底前"],
             ["3", "降低进出口环节费用", "落实集装箱港口作业费补贴",
              "市财政局", "市口岸办、市交通运输局", "2025年起每年度"],
             ["4", "降低进出口环节费用", "落实口岸收费目录清单制度",
              "市发展改革委", "市市场监管局", "长期坚持"],
             ["5", "支持边民互市贸易创新发展", "在东兴市开展互市商品落地加工试点",
              "东兴市人民政府", "市商务局、防城港海关", "2026年6月底前"]],
            [14, 40, 66, 32, 42, 26], merge_cols=(1,), size=12,
            places_by_row={4: ["东兴市"]})
    b.banji("市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，"
            "防城港军分区。", "防城港市人民政府办公室", "2025年3月24日",
            blank_before=0)
    meta = {
        "title": "防城港市人民政府办公室关于进一步促进口岸通关便利化的通知",
        "doc_number": "防政办发〔2025〕6号",
        "issuer": ["防城港市人民政府办公室"],
        "date": "2025-03-21",
        "published": "2025-03-24",
        "level": "municipal",
        "region": "防城港市",
        "effective": "2025-01-01",
        "expires": "2027-12-31",
        "attachments": ["防城港市口岸通关便利化重点任务分工表"],
        "doc_type": "通知",
        "recipients": ["各县（市、区）人民政府", "市政府各组成部门、各直属机构",
                       "中直、区直驻防城港各单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return "blind310_fangchenggang_tongzhi", b, meta


def doc_lianyungang():
    """(d) 规范性文件: 自2026年3月1日起施行，有效期5年 + 同时废止 + 第十条执行至…"""
    b = Builder()
    b.organ_mark("连云港市人民政府文件", size=36)
    b.blank(1)
    b.docnum("连政规〔2026〕2号")
    # title printed as two paragraphs (not a soft break)
    b.title(["连云港市人民政府关于印发连云港市综合", "保税区高质量发展若干规定的通知"],
            soft=False)
    b.recipients("各县、区人民政府，市各委、办、局，市各直属单位：")
    b.para("《连云港市综合保税区高质量发展若干规定》已经2026年1月16日市政府第42次"
           "常务会议审议通过，现印发给你们，请认真贯彻执行。")
    b.signature(["连云港市人民政府"], "2026年1月26日")
    b.publicity()
    b.new_section(landscape=False)
    b.title(["连云港市综合保税区高质量发展若干规定"])
    b.chapter("第一章" + IDSP + "总" + IDSP + "则")
    b.article("第一条", "为推动本市综合保税区高质量发展，更好服务“一带一路”强支点"
              "建设，根据《中华人民共和国海关综合保税区管理办法》等有关规定，结合"
              "本市实际，制定本规定。")
    b.article("第二条", "本规定适用于本市行政区域内的综合保税区和保税物流中心（B型）"
              "（以下统称综保区）。")
    b.article("第三条", "市商务局负责综保区发展的统筹协调；市财政局负责扶持资金的预算"
              "安排和监督管理；各综保区管理机构负责政策的具体组织实施。",
              ["连云港海关依职责做好综保区监管服务工作。"])
    b.chapter("第二章" + IDSP + "产业发展")
    b.article("第四条", "支持综保区发展保税研发、保税维修、保税检测等新业态。对在"
              "综保区内新设立的保税维修企业，年度维修业务收入首次超过5000万元的，"
              "给予一次性奖励100万元。")
    b.article("第五条", "支持综保区开展跨境电子商务网购保税进口（1210）业务。对年度"
              "跨境电商进口单量超过100万单的企业，按照每单0.5元给予奖励，单个企业"
              "年度最高不超过200万元。")
    b.article("第六条", "支持在连云港综合保税区开展大宗商品保税交割和期货保税交割"
              "业务，对新获批的期货保税交割库，给予一次性奖励50万元。",
              places=["连云港综合保税区"])
    b.chapter("第三章" + IDSP + "物流通道")
    b.article("第七条", "对依托中哈（连云港）物流合作基地开展过境集装箱运输的企业，"
              "按照每标箱300元给予补贴，单个企业年度最高不超过500万元。",
              places=["中哈（连云港）物流合作基地"])
    b.article("第八条", "鼓励企业开行连云港至阿拉木图、塔什干等中亚城市的中欧（亚）"
              "班列，对经综保区集拼的班列，按照每列2万元给予奖励。")
    b.article("第九条", "支持综保区企业开展“保税+海铁联运”业务，对通过连云港港进出"
              "综保区的海铁联运集装箱，按照每标箱200元给予补贴。")
    b.chapter("第四章" + IDSP + "要素保障")
    b.article("第十条", "对综保区内新建标准厂房、保税仓库的项目，按照项目竣工验收后"
              "实际固定资产投资额的10%给予补贴，单个项目最高不超过1000万元。")
    b.article("第十一条", "综保区内企业引进的高层次人才，按照本市人才政策享受住房、"
              "子女入学、医疗等服务保障。")
    b.article("第十二条", "市财政每年安排综保区发展专项资金，专项用于本规定所列扶持"
              "事项。同一项目符合本市多项扶持政策的，按照“就高不重复”原则执行。")
    b.chapter("第五章" + IDSP + "附" + IDSP + "则")
    b.article("第十三条", "享受本规定扶持的企业应当在综保区内注册并实际经营，承诺"
              "10年内不迁离综保区，不改变在综保区的纳税义务。违反承诺的，追回已兑现"
              "的扶持资金。")
    b.article("第十四条", "本规定第十条规定的补贴政策执行至2026年12月31日。在此期限"
              "内竣工验收的项目，可按照本规定申请补贴。")
    b.article("第十五条", "本规定由市商务局负责解释。")
    b.article("第十六条", "本规定自2026年3月1日起施行，有效期5年。2021年4月12日印发"
              "的《连云港市综合保税区发展扶持办法》（连政规〔2021〕3号）同时废止。")
    b.banji("市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，"
            "连云港军分区，连云港海关。", "连云港市人民政府办公室", "2026年1月28日",
            blank_before=3)
    meta = {
        "title": "连云港市人民政府关于印发连云港市综合保税区高质量发展若干规定的通知",
        "doc_number": "连政规〔2026〕2号",
        "issuer": ["连云港市人民政府"],
        "date": "2026-01-26",
        "published": "2026-01-28",
        "level": "municipal",
        "region": "连云港市",
        "effective": "2026-03-01",
        "expires": "2031-02-28",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各县、区人民政府", "市各委、办、局", "市各直属单位"],
        "publicity": "此件公开发布",
        "repeals": "《连云港市综合保税区发展扶持办法》（连政规〔2021〕3号）",
    }
    return "blind310_lianyungang_guiding", b, meta


def doc_huoerguosi():
    """(e) 延续 notice: 有效期延长至2027年12月31日 (another document's end)."""
    b = Builder()
    b.organ_mark("霍尔果斯市人民政府文件", size=36)
    b.blank(1)
    b.docnum("霍市政发〔2024〕31号")
    b.title(["霍尔果斯市人民政府", "关于延长《霍尔果斯市促进跨境电子商务",
             "发展若干措施》有效期的通知"])
    b.recipients("各乡（镇）人民政府、街道办事处，市直各部门，各有关单位：")
    b.para("2023年印发的《霍尔果斯市促进跨境电子商务发展若干措施》有效期至2024年"
           "12月31日。为保持政策连续性和稳定性，持续推动我市跨境电子商务和口岸经济"
           "发展，经研究，决定将《霍尔果斯市促进跨境电子商务发展若干措施》（霍市政发"
           "〔2023〕12号）有效期延长至2027年12月31日，并对部分条款作如下调整：")
    b.para("一、第三条“对跨境电商企业租用中哈霍尔果斯国际边境合作中心中方区域仓储"
           "用房的，按照实际租金的30%给予补贴”调整为“对跨境电商企业租用中哈霍尔果斯"
           "国际边境合作中心中方区域仓储用房的，按照实际租金的50%给予补贴，单个企业"
           "年度最高不超过30万元”。",
           places=["中哈霍尔果斯国际边境合作中心中方区域"])
    b.para("二、第五条“跨境电商企业经霍尔果斯口岸出口的，按照每单1元给予物流补贴”"
           "调整为“跨境电商企业经霍尔果斯公路口岸、铁路口岸出口的，按照每单1.5元给予"
           "物流补贴，单个企业年度最高不超过100万元”，本条调整内容自本通知发布之日起"
           "30日后施行。")
    b.para("三、新增一条作为第八条：“对在霍尔果斯综合保税区内开展跨境电商零售进口"
           "业务的企业，按照年度进口额的1%给予奖励，单个企业年度最高不超过50万元。”",
           places=["霍尔果斯综合保税区"])
    b.para("四、《霍尔果斯市促进跨境电子商务发展若干措施》其他条款内容不变，继续执行。"
           "延长期内，国家和自治区出台相关政策的，按照上级政策执行。")
    b.para("本通知自印发之日起执行。")
    b.signature(["霍尔果斯市人民政府"], "2024年12月26日")
    b.publicity()
    b.banji("自治区商务厅，伊犁哈萨克自治州人民政府办公室，霍尔果斯海关。",
            "霍尔果斯市人民政府办公室", "2024年12月30日", blank_before=0)
    meta = {
        "title": "霍尔果斯市人民政府关于延长《霍尔果斯市促进跨境电子商务发展若干措施》有效期的通知",
        "doc_number": "霍市政发〔2024〕31号",
        "issuer": ["霍尔果斯市人民政府"],
        "date": "2024-12-26",
        "published": "2024-12-30",
        "level": "county",
        "region": "霍尔果斯市",
        "effective": "2024-12-26",
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各乡（镇）人民政府、街道办事处", "市直各部门", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return "blind310_huoerguosi_yanqi", b, meta


def main():
    expected = {}
    lo_profile = "file:///tmp/lo_310"
    for make in (doc_yunnan, doc_wuhan, doc_fangchenggang, doc_lianyungang,
                 doc_huoerguosi):
        stem, b, meta = make()
        path = os.path.join(HERE, stem + ".docx")
        b.save(path)
        subprocess.run(["soffice", "--headless",
                        f"-env:UserInstallation={lo_profile}",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        expected[stem] = [{
            "meta": meta,
            "clauses": b.clauses,
            "applies_to": {"specific": b.specific},
        }]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    try:
        import pdfplumber
        for stem in expected:
            with pdfplumber.open(os.path.join(HERE, stem + ".pdf")) as pdf:
                print(stem, len(pdf.pages), "pages,",
                      len(expected[stem][0]["clauses"]), "clauses")
    except ImportError:
        pass


if __name__ == "__main__":
    main()
