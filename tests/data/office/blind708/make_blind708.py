# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 708: 自贸片区管委会 公开遴选 / 招聘 公告 (Word + PDF) and answer key."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"


def set_run_font(run, east=FS, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:ascii"), ascii_font)
    rFonts.set(qn("w:hAnsi"), ascii_font)
    rFonts.set(qn("w:eastAsia"), east)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def add_runs(p, text, east=FS, size=16, bold=False, color=None):
    """text may contain '\n' = soft line break (Shift+Enter)."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i > 0:
            br_run = p.add_run()
            set_run_font(br_run, east, size, bold, color)
            br_run.add_break(WD_BREAK.LINE)
        if part:
            r = p.add_run(part)
            set_run_font(r, east, size, bold, color)


def fmt_para(p, align=None, first_indent=None, line_pt=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    if left is not None:
        pf.left_indent = left
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line_pt)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_page_number_footer(section, style="dash"):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pre, post = ("— ", " —") if style == "dash" else ("- ", " -")
    r = p.add_run(pre)
    set_run_font(r, "宋体", 14, ascii_font="宋体")
    r = p.add_run()
    set_run_font(r, "宋体", 14, ascii_font="宋体")
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r = p.add_run()
    set_run_font(r, "宋体", 14, ascii_font="宋体")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    set_run_font(r, "宋体", 14, ascii_font="宋体")
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._element.append(s)
    r = p.add_run("1")
    set_run_font(r, "宋体", 14, ascii_font="宋体")
    r = p.add_run()
    set_run_font(r, "宋体", 14, ascii_font="宋体")
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._element.append(e)
    r = p.add_run(post)
    set_run_font(r, "宋体", 14, ascii_font="宋体")


def set_cell_borders_none(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def set_row_height(row, cm):
    row.height = Cm(cm)


def cell_write(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line_pt=None):
    p = cell.paragraphs[0]
    p.alignment = align
    if line_pt:
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(line_pt)
    add_runs(p, text, east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def red_bottom_border(p, color="FF0000", sz=18):
    pPr = p._p.get_or_add_pPr()
    pBdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(sz))
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), color)
    pBdr.append(bottom)
    pPr.append(pBdr)


def clean(text):
    return text.replace("\n", "").strip(" \u3000")


class Builder:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        st.font.size = Pt(16)
        sec = self.doc.sections[0]
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        sec.footer_distance = Cm(2.6)
        self.clauses = []
        self._num_counters = {}
        self._abstract_done = False

    # ---- simple paragraphs -------------------------------------------------
    def empty(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt_para(p)

    def title(self, text, size=22):
        p = self.doc.add_paragraph()
        fmt_para(p, WD_ALIGN_PARAGRAPH.CENTER, line_pt=36)
        add_runs(p, text, XBS, size)
        return p

    def h1(self, text, lead="\u3000\u3000"):
        """一、 heading on its own line, 黑体, indent typed with full-width spaces."""
        p = self.doc.add_paragraph()
        fmt_para(p)
        add_runs(p, lead + text, HEI, 16)
        return p

    def h2(self, text):
        p = self.doc.add_paragraph()
        fmt_para(p, first_indent=Pt(32))
        add_runs(p, text, KAI, 16)
        return p

    def body(self, segs, clause=True, first_indent=Pt(32), align=WD_ALIGN_PARAGRAPH.JUSTIFY):
        """segs: str or list of (text, east_font, bold)."""
        if isinstance(segs, str):
            segs = [(segs, FS, False)]
        p = self.doc.add_paragraph()
        fmt_para(p, align, first_indent=first_indent)
        for text, east, bold in segs:
            add_runs(p, text, east, 16, bold)
        if clause:
            self.clauses.append(clean("".join(t for t, _, _ in segs)))
        return p

    # ---- Word automatic numbering ------------------------------------------
    def _ensure_abstract(self):
        if self._abstract_done:
            return
        numbering = self.doc.part.numbering_part.element
        absn = OxmlElement("w:abstractNum")
        absn.set(qn("w:abstractNumId"), "77")
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        absn.append(mlt)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                         ("w:lvlText", "%1."), ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        pPr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), "640")
        pPr.append(ind)
        lvl.append(pPr)
        rPr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        rf.set(qn("w:ascii"), "Times New Roman")
        rf.set(qn("w:hAnsi"), "Times New Roman")
        rf.set(qn("w:eastAsia"), FS)
        rPr.append(rf)
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), "32")
        rPr.append(sz)
        lvl.append(rPr)
        absn.append(lvl)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absn)
        else:
            numbering.append(absn)
        self._abstract_done = True

    def new_list(self, num_id):
        self._ensure_abstract()
        numbering = self.doc.part.numbering_part.element
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(num_id))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), "77")
        num.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        self._num_counters[num_id] = 0

    def auto_item(self, num_id, text):
        p = self.doc.add_paragraph()
        fmt_para(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
        pPr = p._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(num_id))
        numPr.append(il)
        numPr.append(ni)
        pPr.insert(0, numPr)
        add_runs(p, text, FS, 16)
        self._num_counters[num_id] += 1
        self.clauses.append("%d.%s" % (self._num_counters[num_id], clean(text)))

    # ---- tables ------------------------------------------------------------
    def job_table(self, header_rows, leaf_names, rows, col_widths, vmerge_cols=(), hdr_merges=(),
                  repeat_header=True, size=10.5):
        """header_rows: list of lists of header text (None = part of merge).
        hdr_merges: list of ((r1,c1),(r2,c2)) merges inside the header block.
        vmerge_cols: columns whose identical consecutive values are merged vertically
        (text written only in the first cell)."""
        nh = len(header_rows)
        ncol = len(leaf_names)
        t = self.doc.add_table(rows=nh + len(rows), cols=ncol)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ri, hr in enumerate(header_rows):
            for ci, txt in enumerate(hr):
                if txt:
                    cell_write(t.cell(ri, ci), txt, HEI, size)
            if repeat_header:
                mark_header_row(t.rows[ri])
        for (a, b) in hdr_merges:
            t.cell(*a).merge(t.cell(*b))
        # body
        for ri, row in enumerate(rows):
            for ci, txt in enumerate(row):
                if ci in vmerge_cols and ri > 0 and rows[ri - 1][ci] == txt:
                    continue
                align = WD_ALIGN_PARAGRAPH.CENTER if ci in (0, 2) else WD_ALIGN_PARAGRAPH.LEFT
                cell_write(t.cell(nh + ri, ci), txt, FS, size, align=align, line_pt=16)
        for ci in vmerge_cols:
            start = 0
            for ri in range(1, len(rows) + 1):
                if ri == len(rows) or rows[ri][ci] != rows[start][ci]:
                    if ri - 1 > start:
                        t.cell(nh + start, ci).merge(t.cell(nh + ri - 1, ci))
                    start = ri
        t.autofit = False
        for ci, w in enumerate(col_widths):
            t.columns[ci].width = Cm(w)
        for row in t.rows:
            for ci, w in enumerate(col_widths):
                row.cells[ci].width = Cm(w)
        for row in rows:
            self.clauses.append("；".join("%s：%s" % (clean(h), clean(v)) for h, v in zip(leaf_names, row)))
        return t

    def save(self, path):
        self.doc.save(path)


def registration_form(b, title, variant=0):
    """附件 page with a 报名登记表 (blank cells, 照片 box). Not a clause source."""
    p = b.doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt_para(p)
    p = b.doc.add_paragraph()
    fmt_para(p)
    add_runs(p, "附件", HEI, 16)
    p = b.doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.CENTER, line_pt=32, after=6)
    add_runs(p, title, XBS, 18)
    p = b.doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.RIGHT, line_pt=20)
    add_runs(p, "报考岗位代码：            填表日期：    年  月  日", FS, 12)
    t = b.doc.add_table(rows=11, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    w = [2.4, 2.2, 1.8, 2.2, 2.2, 2.4, 3.0]
    lab = lambda r, c, s: cell_write(t.cell(r, c), s, FS, 12)
    lab(0, 0, "姓  名"); lab(0, 2, "性别"); lab(0, 4, "出生年月\n（  岁）")
    lab(1, 0, "民  族"); lab(1, 2, "籍贯"); lab(1, 4, "政治面貌")
    lab(2, 0, "参加工\n作时间"); lab(2, 2, "健康\n状况"); lab(2, 4, "婚姻状况")
    lab(3, 0, "学历\n学位"); lab(3, 2, "毕业院校\n及专业")
    t.cell(0, 6).merge(t.cell(3, 6))
    cell_write(t.cell(0, 6), "照片\n（近期免冠\n2寸彩照）", FS, 12)
    t.cell(3, 3).merge(t.cell(3, 5))
    lab(4, 0, "现工作单\n位及职务\n（职级）")
    t.cell(4, 1).merge(t.cell(4, 6))
    lab(5, 0, "身份证\n号码")
    t.cell(5, 1).merge(t.cell(5, 3))
    lab(5, 4, "联系电话")
    t.cell(5, 5).merge(t.cell(5, 6))
    lab(6, 0, "学习和\n工作\n简历")
    t.cell(6, 1).merge(t.cell(6, 6))
    t.rows[6].height = Cm(3.6)
    lab(7, 0, "奖惩\n情况")
    t.cell(7, 1).merge(t.cell(7, 6))
    t.rows[7].height = Cm(1.4)
    lab(8, 0, "近三年\n年度考\n核结果" if variant != 1 else "家庭主要\n成员")
    t.cell(8, 1).merge(t.cell(8, 6))
    t.rows[8].height = Cm(1.4)
    lab(9, 0, "所在单\n位意见" if variant != 1 else "资格审\n查意见")
    t.cell(9, 1).merge(t.cell(9, 6))
    cell_write(t.cell(9, 1), "\n\n（盖章）\n年    月    日", FS, 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    lab(10, 0, "本人\n承诺")
    t.cell(10, 1).merge(t.cell(10, 6))
    cell_write(t.cell(10, 1),
               "本人承诺以上所填信息及提供的材料真实、准确、完整，如有不实，自愿承担相应责任。\n\n"
               "本人签名：              年    月    日",
               FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
    t.autofit = False
    for ci, wd in enumerate(w):
        t.columns[ci].width = Cm(wd)
    for row in t.rows:
        for ci, wd in enumerate(w):
            row.cells[ci].width = Cm(wd)
    for ri in range(0, 6):
        t.rows[ri].height = Cm(1.0)


# ============================================================================
# Document 1 — 厦门片区 公开遴选 (red 版头, repeated header row, soft breaks)
# ============================================================================
def doc_xiamen():
    b = Builder()
    add_page_number_footer(b.doc.sections[0], "dash")
    # red 版头 without 文号
    p = b.doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.CENTER, line_pt=40)
    add_runs(p, "中国（福建）自由贸易试验区厦门片区管理委员会", XBS, 19, color="FF0000")
    red_bottom_border(p)
    b.empty()
    b.title("中国（福建）自由贸易试验区厦门片区\n管理委员会2026年公开遴选工作人员公告")
    b.empty()
    b.body("为深入实施自由贸易试验区提升战略，进一步加强厦门片区干部队伍建设，优化干部队伍结构，"
           "根据《公务员公开遴选办法》及有关规定，经研究，中国（福建）自由贸易试验区厦门片区管理委员会"
           "（以下简称“片区管委会”）决定面向全省公开遴选工作人员。现将有关事项公告如下：")
    b.h1("一、遴选岗位")
    b.body("本次计划遴选工作人员5名，具体岗位及要求见下表：")
    hdr = ["岗位代码", "岗位名称", "人数", "专业要求", "学历", "其他条件"]
    rows = [
        ["XM26001", "贸易便利化处一级主任科员及以下", "2",
         "经济学类（0201）、\n国际经济与贸易（020401）、\n国际商务（120205）、\n物流管理与工程类（1206）",
         "大学本科及以上学历，学士及以上学位",
         "具有2年以上基层工作经历；熟悉海关监管、跨境电商或国际贸易业务，具有较强的文字综合能力；"
         "需经常到港区、综合保税区一线开展工作"],
        ["XM26002", "投资促进处一级主任科员及以下", "1", "不限",
         "大学本科及以上学历，学士及以上学位",
         "具有3年以上招商引资、外商投资促进或金融服务工作经历；英语水平达到大学英语六级（CET-6）"
         "425分及以上，能熟练使用英语开展商务洽谈"],
        ["XM26003", "法制与创新处一级主任科员及以下", "1", "法学类（0301）",
         "研究生及以上学历，硕士及以上学位",
         "通过国家统一法律职业资格考试（A类）；具有涉外法律、国际商事仲裁或行政复议工作经历者优先"],
        ["XM26004", "综合协调处四级主任科员及以下", "1",
         "中国语言文学类（0501）、\n新闻传播学类（0503）、\n公共管理类（1204）",
         "大学本科及以上学历",
         "中共党员（含预备党员）；具有较强的公文写作能力，曾从事综合文字工作2年以上"],
    ]
    b.job_table([hdr], hdr, rows, [2.0, 2.8, 1.1, 3.6, 2.6, 4.6])
    b.empty()
    b.h1("二、报名条件")
    b.h2("（一）基本条件")
    for s in [
        "1.具有中华人民共和国国籍；",
        "2.拥护中华人民共和国宪法，拥护中国共产党领导和社会主义制度；",
        "3.具有良好的政治素质和道德品行，近三年年度考核结果均为称职以上等次；",
        "4.具有正常履行职责的身体条件和心理素质；",
        "5.年龄一般在35周岁以下（1990年4月1日以后出生），硕士研究生及以上学历的年龄可放宽至38周岁"
        "（1987年4月1日以后出生）；",
        "6.具备岗位所需的专业素养和工作能力，具有两年以上基层工作经历；",
        "7.公务员法规定的其他条件。",
    ]:
        b.body(s)
    b.h2("（二）报名对象")
    b.body("全省各级机关中已进行公务员登记的在职公务员和参照公务员法管理的机关（单位）中已进行参公登记的"
           "工作人员（不含工勤人员）。")
    b.body([("（三）有下列情形之一的，不得报名：", KAI, False)])
    for s in [
        "1.新录用公务员在试用期内或者试用期满后在录用机关工作未满2年的；",
        "2.公务员调任、转任至现单位工作未满2年的；",
        "3.受到处分期间或者未满影响期限的；",
        "4.涉嫌违纪违法正在接受审查调查尚未作出结论的；",
        "5.法律、法规规定的其他不得报名情形。",
    ]:
        b.body(s)
    b.h1("三、报名方式")
    b.body([("（一）报名时间。", KAI, True), ("2026年4月1日9:00至4月7日17:00，逾期不予受理。", FS, False)])
    b.body([("（二）报名方式。", KAI, True),
            ("报名采取网上报名方式进行。报考人员登录片区管委会门户网站“通知公告”栏目下载《报名登记表》，"
             "如实填写并经所在单位和主管部门签署意见后，将扫描件（PDF格式）连同身份证、学历学位证书、"
             "近三年年度考核登记表等材料扫描件打包发送至报名邮箱xmftz_lx2026@163.com，邮件主题统一命名为"
             "“岗位代码+姓名+遴选报名”。每人限报一个\n岗位。", FS, False)])
    b.body([("（三）资格审查。", KAI, True),
            ("片区管委会根据报考人员提交的材料进行资格初审，于2026年4月10日前在门户网站公布资格初审结果。"
             "资格审查贯穿遴选工作全过程，报考人员所提交的材料不真实的，一经查实，即取消其遴选资格。", FS, False)])
    b.body([("（四）开考比例。", KAI, True),
            ("遴选计划与通过资格初审人数的比例原则上不低于1:3；达不到开考比例的，相应核减或取消遴选计划。",
             FS, False)])
    b.h1("四、考试考察")
    b.body([("（一）笔试。", KAI, True),
            ("笔试时间初定为2026年4月18日（星期六），地点另行通知。笔试主要测试报考人员政策理论水平、"
             "分析研判能力和文字综合能力，重点考察对自由贸易试验区制度创新、贸易投资便利化、"
             "“海丝”核心区建设等方面政策的理解和把握，满分100分，合格分数线为60分。", FS, False)])
    b.body([("（二）面试。", KAI, True),
            ("根据笔试成绩从高到低，按照遴选计划数与面试人数1:3的比例确定面试人选。面试采取结构化面试方式，"
             "满分100分。综合成绩按笔试成绩、面试成绩各占50%的比例计算。", FS, False)])
    b.body([("（三）考察。", KAI, True),
            ("根据综合成绩从高到低，按照1:1的比例确定考察人选。考察重点了解考察对象的政治素质、道德品行、"
             "工作实绩和廉洁自律等情况，并对其干部人事档案进行审核。", FS, False)])
    b.body([("（四）公示和调任。", KAI, True),
            ("根据考试和考察结果，研究确定拟遴选人选，并在片区管委会门户网站进行公示，公示期为5个工作日。"
             "公示期满无异议的，按规定办理调动、登记手续。", FS, False)])
    b.h1("五、其他事项")
    for s in [
        "（一）本次遴选不收取任何费用，不指定考试辅导用书，不举办也不委托任何机构举办考试辅导培训班。",
        "（二）报考人员应确保所留联系方式畅通，因联系不上造成的后果由本人承担。",
        "（三）本次遴选工作由片区管委会负责组织实施，全程接受纪检监察机关和社会各界监督。",
        "（四）本公告由片区管委会组织人事处负责解释。",
    ]:
        b.body(s)
    b.body("咨询电话：0592-6023315，0592-6023316（工作日上午9:00—12:00，下午14:30—17:30）")
    b.body("监督电话：0592-6023320")
    b.empty()
    att = "中国（福建）自由贸易试验区厦门片区管理委员会2026年公开遴选工作人员报名登记表"
    p = b.doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT, left=Pt(32 + 48), first_indent=Pt(-48))
    add_runs(p, "附件：" + att)
    b.empty(2)
    p = b.doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_runs(p, "        中国（福建）自由贸易试验区厦门片区管理委员会")
    p = b.doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_runs(p, "                                  2026年3月20日")
    registration_form(b, att)
    stem = "blind708_xiamen_linxuan"
    b.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "中国（福建）自由贸易试验区厦门片区管理委员会2026年公开遴选工作人员公告",
        "doc_number": None,
        "issuer": ["中国（福建）自由贸易试验区厦门片区管理委员会"],
        "date": "2026-03-20",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": None,
        "expires": None,
        "attachments": [att],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


# ============================================================================
# Document 2 — 川南临港片区 招聘编外 (Word auto-numbering, vmerged 学历, layout-table 落款)
# ============================================================================
def doc_luzhou():
    b = Builder()
    add_page_number_footer(b.doc.sections[0], "hyphen")
    b.title("中国（四川）自由贸易试验区")
    b.title("川南临港片区管理委员会")
    b.title("2026年公开招聘编外工作人员公告")
    b.empty()
    b.body("根据工作需要，经研究，中国（四川）自由贸易试验区川南临港片区管理委员会（以下简称“片区管委会”）"
           "决定面向社会公开招聘编外工作人员6名，服务于片区制度创新、综合保税区运营、中欧班列组织和跨境电商"
           "发展等工作。现将有关事项公告如下：")
    b.h1("一、招聘岗位")
    b.body("本次公开招聘岗位及条件详见下表。")
    hdr = ["岗位\n代码", "岗位名称", "人数", "专业\n要求", "学历", "其他\n条件"]
    rows = [
        ["LZ2601", "制度创新专员", "2", "经济学、国际经济与贸易、国际商务、法学、行政管理",
         "全日制大学本科及以上",
         "具有2年以上自贸试验区、开发区或商务部门相关工作经历，能独立撰写调研报告、改革试点经验总结材料"],
        ["LZ2602", "综合保税区业务专员", "2", "物流管理、供应链管理、海关管理、报关与国际货运",
         "全日制大学本科及以上",
         "持有报关水平测试合格证书或具有1年以上综合保税区、保税物流中心（B型）报关报检工作经历者优先"],
        ["LZ2603", "中欧班列运营专员", "1", "交通运输、物流工程、国际经济与贸易、俄语",
         "全日制大学本科及以上",
         "具有铁路货运、国际多式联运或跨境物流工作经历；能适应夜间、节假日值班"],
        ["LZ2604", "跨境电商服务专员", "1", "不限", "全日制大专及以上",
         "具有2年以上跨境电商平台运营、海外仓或电子商务公共服务平台工作经历；年龄可放宽至40周岁"],
    ]
    b.job_table([hdr], hdr, rows, [1.8, 2.8, 1.1, 3.8, 2.4, 4.8], vmerge_cols=(4,), repeat_header=False)
    b.empty()
    b.h1("二、报名条件")
    b.body("（一）应聘人员应当具备下列条件：")
    b.new_list(801)
    for s in [
        "具有中华人民共和国国籍，遵守宪法和法律；",
        "具有良好的品行和职业道德，热爱自贸试验区建设工作；",
        "年龄在18周岁以上、35周岁以下（1990年4月1日至2008年4月1日期间出生）；",
        "具有岗位所需的学历、专业及其他条件；",
        "身体健康，具有正常履行岗位职责的身体条件；",
        "招聘岗位要求的其他条件。",
    ]:
        b.auto_item(801, s)
    b.body("（二）有下列情形之一的，不得应聘：")
    b.new_list(802)
    for s in [
        "曾因犯罪受过刑事处罚的；",
        "曾被开除中国共产党党籍或者被开除公职的；",
        "被依法列为失信联合惩戒对象的；",
        "在各级各类招聘考试中被认定有严重违纪违规行为且处于禁考期的；",
        "法律法规规定不得聘用的其他情形。",
    ]:
        b.auto_item(802, s)
    b.body("（三）应聘人员只能选择一个岗位报名。所学专业以毕业证书上标注的专业名称为准，学历、学位证书及"
           "工作经历的截止时间为2026年4月7日。")
    b.h1("三、报名方式")
    b.body("（一）报名时间：2026年4月1日9:00至4月7日17:00。")
    b.body("（二）报名地点：泸州市龙马潭区临港大道一段88号川南临港片区政务服务中心三楼308室。")
    b.body("（三）报名材料：应聘人员须提交（1）《报名表》一式两份（附近期免冠2寸彩色照片）；（2）本人身份证"
           "原件及复印件；（3）毕业证、学位证原件及复印件，2026年应届毕业生提供就业推荐表；（4）岗位要求的"
           "工作经历证明、资格证书等材料原件及复印件。")
    b.body("（四）资格审查：片区管委会对应聘人员报名材料进行资格审查，审查结果于2026年4月10日前通过电话或"
           "短信告知本人。招聘岗位报名人数与招聘计划数比例原则上不低于3:1，未达到比例的岗位，相应核减或"
           "取消招聘计划。")
    b.h1("四、考试考察")
    b.body("（一）考试采取笔试和面试相结合的方式进行。笔试主要测试自贸试验区政策、综合保税区和口岸业务、"
           "公文写作等内容，满分100分。笔试时间、地点以准考证为准。")
    b.body("（二）根据笔试成绩从高到低，按照招聘计划数与面试人数1:3的比例确定面试人选。面试满分100分，"
           "面试成绩低于60分的不得进入下一环节。综合成绩＝笔试成绩×40%＋面试成绩×60%。")
    b.body("（三）根据综合成绩从高到低，按照1:1的比例确定考察和体检人选。体检参照公务员录用体检通用标准执行，"
           "体检费用由应聘人员自理。")
    b.body("（四）考察、体检合格的，确定为拟聘用人员，在片区管委会门户网站公示5个工作日。公示无异议的，"
           "签订劳动合同，试用期3个月。")
    b.h1("五、其他事项")
    b.body("（一）本次招聘人员为编外聘用人员，薪酬待遇按照片区管委会编外人员管理有关规定执行，依法缴纳社会"
           "保险和住房公积金。")
    b.body("（二）应聘人员须对所提交材料的真实性负责，凡弄虚作假的，一经查实，取消应聘或聘用资格。")
    b.body("（三）招聘工作有关信息均在片区管委会门户网站发布，请应聘人员及时关注。")
    b.body("咨询电话：0830-3698216（工作日9:00—12:00，14:30—17:30）")
    b.body("联系人：王老师、刘老师")
    b.empty()
    att = "中国（四川）自由贸易试验区川南临港片区2026年公开招聘编外工作人员报名表"
    p = b.doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT, first_indent=Pt(32))
    add_runs(p, "附件：" + att)
    b.empty(2)
    # 落款 in a borderless layout table
    t = b.doc.add_table(rows=2, cols=2)
    set_cell_borders_none(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_write(t.cell(0, 1), "中国（四川）自由贸易试验区\n川南临港片区管理委员会", FS, 16)
    cell_write(t.cell(1, 1), "2026年3月23日", FS, 16)
    t.autofit = False
    t.columns[0].width = Cm(6.5)
    t.columns[1].width = Cm(9.1)
    for row in t.rows:
        row.cells[0].width = Cm(6.5)
        row.cells[1].width = Cm(9.1)
    registration_form(b, "中国（四川）自由贸易试验区川南临港片区\n2026年公开招聘编外工作人员报名表", variant=1)
    stem = "blind708_luzhou_zhaopin"
    b.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "中国（四川）自由贸易试验区川南临港片区管理委员会2026年公开招聘编外工作人员公告",
        "doc_number": None,
        "issuer": ["中国（四川）自由贸易试验区川南临港片区管理委员会"],
        "date": "2026-03-23",
        "published": None,
        "level": "zone",
        "region": "中国（四川）自由贸易试验区川南临港片区",
        "effective": None,
        "expires": None,
        "attachments": [att],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


# ============================================================================
# Document 3 — 郑州片区 公开遴选 (two-level header, heading+soft break, 〇 date)
# ============================================================================
def doc_zhengzhou():
    b = Builder()
    add_page_number_footer(b.doc.sections[0], "dash")
    b.empty()
    b.title("中国（河南）自由贸易试验区\n郑州片区管理委员会2026年\n公开遴选机关工作人员公告")
    b.empty()
    # typed full-width indent instead of paragraph indent
    b.body("\u3000\u3000为贯彻落实自由贸易试验区提升战略，加快推进郑州片区高水平制度型开放，进一步充实干部力量，"
           "根据《公务员公开遴选办法》等有关规定，经研究，决定面向全省公开遴选机关工作人员。现将有关事项"
           "公告如下：", first_indent=None)
    b.h1("一、遴选岗位")
    b.body("\u3000\u3000本次公开遴选共设置岗位4个，遴选计划6名。具体岗位及资格条件如下：", first_indent=None)
    hdr1 = ["岗位代码", "岗位名称", "人数", "资格条件", None, None]
    hdr2 = [None, None, None, "专业要求", "学历", "其他条件"]
    leaf = ["岗位代码", "岗位名称", "人数", "专业要求", "学历", "其他条件"]
    rows = [
        ["ZZ2601", "自贸政策研究岗", "2", "经济学类、管理学类", "研究生及以上学历，硕士及以上学位",
         "具有2年以上政策研究工作经历，在省级以上刊物发表过经济类研究文章者优先"],
        ["ZZ2602", "跨境电商监管服务岗", "1", "电子商务、国际经济与贸易、计算机科学与技术",
         "大学本科及以上学历，学士及以上学位",
         "熟悉跨境电商“1210”“9610”“9710”“9810”等监管模式，具有跨境电商综试区或口岸监管相关工作经历"],
        ["ZZ2603", "外商投资服务岗", "2", "不限", "大学本科及以上学历",
         "具有外商投资企业服务、招商引资或涉外工作经历；英语或德语、日语、韩语能熟练听说读写"],
        ["ZZ2604", "中欧班列（郑州）协调岗", "1", "交通运输类、物流管理与工程类", "大学本科及以上学历",
         "具有国际物流、多式联运或铁路口岸工作经历；需经常赴郑州国际陆港、新郑综合保税区一线开展工作"],
    ]
    b.job_table([hdr1, hdr2], leaf, rows, [2.0, 2.8, 1.1, 3.4, 2.8, 4.4],
                hdr_merges=[((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (0, 5))])
    b.empty()
    # heading and first item in one paragraph, separated by a soft line break
    p = b.doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
    add_runs(p, "\u3000\u3000二、报名条件", HEI, 16)
    add_runs(p, "\n\u3000\u3000（一）报名人员应当具备以下资格条件：", FS, 16)
    b.clauses.append("（一）报名人员应当具备以下资格条件：")
    for s in [
        "1．具有中华人民共和国国籍；",
        "2．拥护中华人民共和国宪法，拥护中国共产党领导和社会主义制度；",
        "3．具有良好的政治素质和道德品行；",
        "4．具有公务员身份或参照公务员法管理的工作人员身份，现任四级主任科员及以下职级；",
        "5．具有两年以上基层工作经历，且在现单位工作满2年（含试用期）；",
        "6．近三年年度考核均为称职（合格）以上等次；",
        "7．年龄在35周岁以下（1990年4月1日以后出生）；",
        "8．具有大学本科及以上文化程度；",
        "9．具有正常履行职责的身体条件和心理素质。",
    ]:
        b.body("\u3000\u3000" + s, first_indent=None)
    b.body("\u3000\u3000（二）有下列情形之一的，不得报名：", first_indent=None)
    for s in [
        "（1）新录用公务员仍在试用期内的；",
        "（2）受到处分期间或者未满影响期限的；",
        "（3）涉嫌违纪违法正在接受审查调查尚未作出结论的；",
        "（4）法律法规规定不得报名的其他情形。",
    ]:
        b.body("\u3000\u3000" + s, first_indent=None)
    b.empty()
    b.h1("三、报名方式")
    b.body("\u3000\u3000本次遴选采取现场报名方式，不接受邮寄报名。", first_indent=None)
    b.body([("\u3000\u3000（一）报名时间：", FS, True),
            ("2026年4月1日9:00至4月7日17:00（节假日除外）。", FS, False)], first_indent=None)
    b.body([("\u3000\u3000（二）报名地点：", FS, True),
            ("郑州市郑东新区商务外环路20号郑州片区综合服务中心805室。", FS, False)], first_indent=None)
    b.body([("\u3000\u3000（三）报名要求：", FS, True),
            ("报名人员须提交《报名登记表》一式三份，本人身份证、学历学位证书原件及复印件，近三年年度考核"
             "登记表复印件，以及所在单位出具的同意报考证明。报名人员所在单位应如实出具意见，不得设置障碍。",
             FS, False)], first_indent=None)
    b.body([("\u3000\u3000（四）资格审查：", FS, True),
            ("片区管委会组织人事部门对报名人员进行资格审查，审查结果于2026年4月13日前电话通知本人。", FS, False)],
           first_indent=None)
    b.h1("四、考试考察")
    b.body([("\u3000\u3000（一）笔试。", FS, True),
            ("笔试于2026年4月19日（星期日）上午举行，主要测试政治理论、自贸试验区政策法规、案例分析和公文"
             "写作，满分100分。具体考试地点在准考证上注明。", FS, False)], first_indent=None)
    b.body([("\u3000\u3000（二）面试。", FS, True),
            ("按照遴选计划数1:3的比例，根据笔试成绩从高到低确定面试人选。面试采取结构化面试与专业能力测试"
             "相结合的方式进行，满分100分。", FS, False)], first_indent=None)
    b.body([("\u3000\u3000（三）考察。", FS, True),
            ("按照笔试成绩占40%、面试成绩占60%计算综合成绩，根据综合成绩从高到低按1:1比例确定考察人选。"
             "考察采取个别谈话、查阅干部人事档案、实地走访等方式进行。", FS, False)], first_indent=None)
    b.body([("\u3000\u3000（四）决定与公示。", FS, True),
            ("根据考试、考察情况，择优确定拟遴选人员，在片区管委会门户网站公示，公示期不少于5个工作日。"
             "公示无异议的，按照有关规定办理公务员调任、转任手续。", FS, False)], first_indent=None)
    b.h1("五、其他事项")
    b.body("\u3000\u3000（一）报名人员所报岗位须与本人所学专业、工作经历相符，每人限报一个岗位。", first_indent=None)
    b.body("\u3000\u3000（二）遴选工作坚持公开、平等、竞争、择优原则，严格执行回避制度，自觉接受社会监督。",
           first_indent=None)
    b.body("\u3000\u3000（三）遴选期间的有关通知、公告，均在中国（河南）自由贸易试验区郑州片区门户网站发布。",
           first_indent=None)
    b.body("\u3000\u3000咨询电话：0371-56713208", first_indent=None)
    b.body("\u3000\u3000监督电话：0371-56713200", first_indent=None)
    b.body("\u3000\u3000特此公告。", first_indent=None)
    b.empty()
    att = "中国（河南）自由贸易试验区郑州片区2026年公开遴选机关工作人员报名登记表"
    p = b.doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_runs(p, "\u3000\u3000附件：" + att[:24] + "\n\u3000\u3000\u3000\u3000\u3000\u3000" + att[24:])
    b.empty(2)
    p = b.doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.RIGHT)
    add_runs(p, "中国（河南）自由贸易试验区郑州片区管理委员会")
    p = b.doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.RIGHT)
    add_runs(p, "二〇二六年三月二十六日\u3000\u3000\u3000\u3000")
    registration_form(b, att, variant=2)
    stem = "blind708_zhengzhou_linxuan"
    b.save(os.path.join(HERE, stem + ".docx"))
    meta = {
        "title": "中国（河南）自由贸易试验区郑州片区管理委员会2026年公开遴选机关工作人员公告",
        "doc_number": None,
        "issuer": ["中国（河南）自由贸易试验区郑州片区管理委员会"],
        "date": "2026-03-26",
        "published": None,
        "level": "zone",
        "region": "中国（河南）自由贸易试验区郑州片区",
        "effective": None,
        "expires": None,
        "attachments": [att],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses}]


def to_pdf(docx_path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_708", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for fn in (doc_xiamen, doc_luzhou, doc_zhengzhou):
        stem, objs = fn()
        expected[stem] = objs
        to_pdf(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
