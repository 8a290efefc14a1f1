# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 284: provincial red-header notices from 辽宁, 吉林 and 河北 whose 附件
are documents in their own right (自贸试验区 / 跨境电商 / 一带一路).

Writes next to itself:
  blind284_liaoning_tongzhi.docx/.pdf  辽宁省商务厅 通知: 附件1 实施细则, 附件2 申报指南, 附件3 申报表
  blind284_jilin_qingdan.docx/.pdf     吉林省发展改革委 吉林省商务厅 联合通知 + 重点项目清单 (3 pages)
  blind284_hebei_cuoshi.docx/.pdf      河北省政府办公厅 通知 印发 若干措施 + 附件 任务分工表
  blind284_jilin_pinggu.docx/.pdf      吉林省商务厅 短通知, 附件（另发）
  expected.json
Run:  . /work/venv/bin/activate && python make_blind284.py
All names, numbers, projects and dates are fictional.
"""
import json
import os
import subprocess
from decimal import Decimal

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"
SP = "\u3000"


# ------------------------------------------------------------------ helpers
def set_font(run, name, size=16, bold=False, color=None, spacing=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    if spacing is not None:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(int(spacing * 20)))
        rpr.append(sp)


def para_border(p, side="bottom", sz=18, color="E60012", space=4):
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


def table_borders(tbl, spec):
    tblPr = tbl._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        val, sz = spec.get(side, ("nil", 0))
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


ALL_BORDERS = {s: ("single", 4) for s in
               ("top", "left", "bottom", "right", "insideH", "insideV")}


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def row_height(row, mm):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:trHeight")
    el.set(qn("w:val"), str(int(mm / 25.4 * 1440)))
    el.set(qn("w:hRule"), "atLeast")
    trPr.append(el)


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
        run._r.append(el)


def page_footer(section):
    """GB/T 9704: 4号半角宋体 “— N —”, 单页居右、双页居左, 各空一字."""
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.text = ""
        p.alignment = align
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        r = p.add_run("— ")
        set_font(r, ST, 14)
        r = p.add_run()
        set_font(r, ST, 14)
        add_field(r, "PAGE")
        r = p.add_run(" —")
        set_font(r, ST, 14)


def cell_text(cell, text, font=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False,
              line=None):
    """text: '\n' = new paragraph inside the cell."""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    parts = text.split("\n")
    for k, part in enumerate(parts):
        pp = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        pp.alignment = align
        pp.paragraph_format.first_line_indent = Pt(0)
        pp.paragraph_format.line_spacing = Pt(line or size + 5)
        if part:
            r = pp.add_run(part)
            set_font(r, font, size, bold)


def set_widths(t, widths):
    """column widths in tblGrid (LibreOffice uses these) and in every cell (gridSpan aware)."""
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(w.twips))
    for tr in t._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tcPr = tc.get_or_add_tcPr()
            tcw = tcPr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcPr.insert(0, tcw)
            tcw.set(qn("w:type"), "dxa")
            tcw.set(qn("w:w"), str(sum(w.twips for w in widths[col:col + span])))
            col += span
    tblPr = t._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(sum(w.twips for w in widths)))
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values) if v)


class Builder:
    def __init__(self, stem):
        self.stem = stem
        self.doc = Document()
        d = self.doc
        d.settings.odd_and_even_pages_header_footer = True
        st = d.styles["Normal"]
        st.font.name = FS
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        rf.set(qn("w:eastAsia"), FS)
        st.font.size = Pt(16)
        pf = st.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(28.9)
        pf.widow_control = False
        sec = d.sections[0]
        self.a4(sec)
        page_footer(sec)
        self.clauses = []  # (text, places)

    @staticmethod
    def a4(sec, landscape=False):
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Mm(297), Mm(210)
            sec.top_margin, sec.bottom_margin = Mm(26), Mm(24)
            sec.left_margin, sec.right_margin = Mm(30), Mm(28)
            sec.footer_distance = Mm(12)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Mm(210), Mm(297)
            sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
            sec.left_margin, sec.right_margin = Mm(28), Mm(26)
            sec.footer_distance = Mm(25)

    # -- plain paragraphs ------------------------------------------------
    def p(self, text="", font=FS, size=16, bold=False, align=None, indent=True,
          color=None, before=0, after=0, exact=None, keep=False, spacing=None):
        par = self.doc.add_paragraph()
        if align is not None:
            par.alignment = align
        if indent:
            par.paragraph_format.first_line_indent = Pt(size * 2)
        if before:
            par.paragraph_format.space_before = Pt(before)
        if after:
            par.paragraph_format.space_after = Pt(after)
        if exact:
            par.paragraph_format.line_spacing = Pt(exact)
        if keep:
            par.paragraph_format.keep_with_next = True
        if text:
            parts = text.split("\n")  # "\n" = soft line break (Shift+Enter)
            r = par.add_run(parts[0])
            set_font(r, font, size, bold, color, spacing)
            for part in parts[1:]:
                r.add_break(WD_BREAK.LINE)
                r = par.add_run(part)
                set_font(r, font, size, bold, color, spacing)
        return par

    def blank(self, n=1, exact=None):
        for _ in range(n):
            self.p("", indent=False, exact=exact)

    def banner(self, organ, docnum, size=36, scale=None, gap=2):
        par = self.p(organ, XBS, size, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER,
                     indent=False, exact=size + 12, before=6)
        if scale:
            for r in par.runs:
                w = OxmlElement("w:w")
                w.set(qn("w:val"), str(scale))
                r._element.get_or_add_rPr().append(w)
        self.blank(gap)
        np_ = self.p(docnum, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        para_border(np_, "bottom", sz=18, space=10)
        self.blank(1)

    def joint_banner(self, organs, word, docnum):
        t = self.doc.add_table(rows=len(organs), cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        widths = (Mm(120), Mm(36))
        table_borders(t, {})
        for i, org in enumerate(organs):
            c = t.cell(i, 0)
            c.width = widths[0]
            pp = c.paragraphs[0]
            pp.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
            pp.paragraph_format.first_line_indent = Pt(0)
            pp.paragraph_format.line_spacing = Pt(44)
            r = pp.add_run(org)
            set_font(r, XBS, 26, color=RED)
        m = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
        for extra in m.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
        m.width = widths[1]
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        pp = m.paragraphs[0]
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pp.paragraph_format.first_line_indent = Pt(0)
        pp.paragraph_format.line_spacing = Pt(48)
        r = pp.add_run(word)
        set_font(r, XBS, 40, color=RED)
        set_widths(t, list(widths))
        self.blank(1)
        np_ = self.p(docnum, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        para_border(np_, "bottom", sz=18, space=10)
        self.blank(1)

    def title(self, text, size=22, before=0):
        return self.p(text, XBS, size, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                      exact=35, before=before)

    def main_to(self, text):
        self.blank(1)
        return self.p(text, FS, 16, indent=False)

    def h1(self, text):
        return self.p(text, HT, 16, keep=True)

    def h2(self, text):
        return self.p(text, KT, 16, keep=True)

    def chapter(self, text):
        return self.p(text, HT, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, keep=True)

    def clause(self, text, head=None, head_font=KT, head_bold=False, places=None,
               record=True):
        par = self.doc.add_paragraph()
        par.paragraph_format.first_line_indent = Pt(32)
        if head:
            r = par.add_run(head)
            set_font(r, head_font, 16, head_bold)
        r = par.add_run(text)
        set_font(r, FS, 16)
        if record:
            self.clauses.append(((head or "") + text, places))
        return par

    def article(self, label, text, items=(), places=None, soft=False):
        """第X条: label in 黑体 + full-width space, items on own lines (soft or hard)."""
        par = self.doc.add_paragraph()
        par.paragraph_format.first_line_indent = Pt(32)
        r = par.add_run(label + SP)
        set_font(r, HT, 16)
        r = par.add_run(text)
        set_font(r, FS, 16)
        for it in items:
            if soft:
                r.add_break(WD_BREAK.LINE)
                r = par.add_run(it)
                set_font(r, FS, 16)
            else:
                self.p(it)
        self.clauses.append(("\n".join([label + SP + text] + list(items)), places))

    def attach_note(self, items, suffix=""):
        if len(items) == 1:
            self.p("附件：" + items[0] + suffix)
            return
        for i, it in enumerate(items, 1):
            par = self.doc.add_paragraph()
            if i == 1:
                par.paragraph_format.first_line_indent = Pt(32)
                r = par.add_run("附件：%d．%s" % (i, it))
            else:
                par.paragraph_format.left_indent = Pt(80)
                r = par.add_run("%d．%s" % (i, it))
            set_font(r, FS, 16)

    def signature(self, organ, date, gap=3):
        self.blank(gap)
        a = self.p(organ, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        a.paragraph_format.right_indent = Pt(64)
        b = self.p(date, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
        b.paragraph_format.right_indent = Pt(64)
        a.paragraph_format.keep_with_next = True

    def joint_signature(self, organs, date):
        """两机关联合落款: 无框表格两列并排, 成文日期在下居右."""
        self.blank(3)
        t = self.doc.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        table_borders(t, {})
        for j, org in enumerate(organs):
            c = t.cell(0, j)
            c.width = Mm(78)
            pp = c.paragraphs[0]
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            pp.paragraph_format.first_line_indent = Pt(0)
            r = pp.add_run(org)
            set_font(r, FS, 16)
        set_widths(t, [Mm(78), Mm(78)])
        b = self.p(date, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=12)
        b.paragraph_format.right_indent = Pt(64)

    def fujian_label(self, text, new_page=True):
        par = self.p(text, HT, 16, indent=False, keep=True)
        par.paragraph_format.page_break_before = new_page
        return par

    def page_break(self):
        par = self.doc.add_paragraph()
        par.paragraph_format.line_spacing = Pt(2)
        par.add_run().add_break(WD_BREAK.PAGE)

    def new_section(self, landscape=False):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        self.a4(sec, landscape)
        return sec

    def banji(self, cc, printer, printed, width=156, size=14):
        """版记: 抄送 + 印发机关和印发日期; 首末条粗线, 中间细线."""
        t = self.doc.add_table(rows=2, cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        table_borders(t, {"top": ("single", 8), "bottom": ("single", 8),
                          "insideH": ("single", 4)})
        c = t.cell(0, 0)
        c.width = Mm(width)
        pp = c.paragraphs[0]
        pp.paragraph_format.left_indent = Pt(14)
        pp.paragraph_format.right_indent = Pt(14)
        pp.paragraph_format.first_line_indent = Pt(0)
        pp.paragraph_format.line_spacing = Pt(24)
        r = pp.add_run(cc)
        set_font(r, FS, size)
        c = t.cell(1, 0)
        c.width = Mm(width)
        pp = c.paragraphs[0]
        pp.paragraph_format.first_line_indent = Pt(0)
        pp.paragraph_format.line_spacing = Pt(24)
        pp.paragraph_format.tab_stops.add_tab_stop(Mm(width - 8), alignment=2)
        pp.paragraph_format.left_indent = Pt(14)
        r = pp.add_run(printer + "\t" + printed)
        set_font(r, FS, size)
        set_widths(t, [Mm(width)])

    def save(self):
        path = os.path.join(HERE, self.stem + ".docx")
        self.doc.save(path)
        return path


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_284",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def expected_entry(b, meta, key_len=24):
    specific = {}
    for text, places in b.clauses:
        if places:
            key = text[:key_len]
            assert sum(1 for t, _ in b.clauses if t.startswith(key)) == 1, key
            specific[key] = places
    return {"meta": meta, "clauses": [t for t, _ in b.clauses],
            "applies_to": {"specific": specific}}


# ======================================================================
# 1. 辽宁省商务厅 通知 + 附件1 实施细则 + 附件2 申报指南 + 附件3 申报表
# ======================================================================
def make_liaoning():
    b = Builder("blind284_liaoning_tongzhi")
    b.banner("辽宁省商务厅文件", "辽商电字〔2025〕17号")
    b.title("辽宁省商务厅关于印发《辽宁省跨境电子商务\n发展专项资金管理实施细则》并组织申报\n2025年度项目的通知")
    b.main_to("各市商务局，沈抚示范区产业发展局，中国（辽宁）自由贸易试验区沈阳片区、"
              "大连片区、营口片区管委会：")
    b.clause("为加快发展跨境电子商务等外贸新业态，更好服务共建“一带一路”，省商务厅会同省财政厅制定了"
             "《辽宁省跨境电子商务发展专项资金管理实施细则》（见附件1），现印发给你们，请认真贯彻执行。"
             "同时，就组织申报2025年度项目有关事项通知如下：")
    b.h1("一、申报范围")
    b.clause("2024年度在我省实施的海外仓、综合保税区网购保税进口、人才培训等跨境电子商务项目，具体见"
             "申报指南（附件2）。")
    b.h1("二、申报程序")
    b.clause("申报单位向所在市商务局提交申报材料，填写申报表（附件3）。", head="（一）企业申报。")
    b.clause("中国（辽宁）自由贸易试验区沈阳片区、大连片区、营口片区内注册的申报单位，经所在片区管委会初审后，"
             "由片区管委会直接报送省商务厅。", head="（二）片区申报。",
             places=["沈阳片区", "大连片区", "营口片区"])
    b.clause("各市商务局会同同级财政部门审核后，于2025年6月20日前将审核意见和项目汇总表报送省商务厅。",
             head="（三）市级审核。")
    b.clause("各地要严格审核把关；对弄虚作假、骗取专项资金的，追回已拨付资金，并按规定纳入信用记录。",
             head="三、工作要求。", head_font=HT)
    b.p("联系人：省商务厅电子商务处　孙佳宁，电话：024－86890315。")
    b.attach_note(["辽宁省跨境电子商务发展专项资金管理实施细则",
                   "2025年度辽宁省跨境电子商务发展专项资金项目申报指南",
                   "辽宁省跨境电子商务发展专项资金项目申报表"])
    b.signature("辽宁省商务厅", "2025年5月26日", gap=2)
    b.p("（此件公开发布）")

    # ---- 附件1 实施细则 ------------------------------------------------
    b.fujian_label("附件1")
    b.title("辽宁省跨境电子商务发展专项资金\n管理实施细则", before=14)
    b.blank(1)
    b.chapter("第一章　总　　则")
    b.article("第一条", "为规范跨境电子商务发展专项资金（以下简称专项资金）管理，提高资金使用效益，"
              "根据有关规定，制定本细则。")
    b.article("第二条", "专项资金由省商务厅、省财政厅按照职责分工共同管理，遵循公开透明、绩效导向、专款专用的原则。")
    b.chapter("第二章　支持方向和标准")
    b.article("第三条", "支持企业在共建“一带一路”国家和地区建设、租赁海外仓。对面积在3000平方米以上并通过验收的，"
              "按照实际投入的30%给予补助，单个项目最高200万元。")
    b.article("第四条", "对在大连大窑湾综合保税区、沈阳综合保税区、营口综合保税区内开展网购保税进口（1210）业务"
              "且年进口单量超过50万单的企业，每单补助0.5元，单个企业年度最高150万元。",
              places=["大连大窑湾综合保税区", "沈阳综合保税区", "营口综合保税区"])
    b.article("第五条", "对中国（辽宁）自由贸易试验区大连片区内经认定的跨境电子商务零售进口药品试点和“跨境电商＋"
              "保税展示”创新项目，按照实际投资额的20%给予补助，最高300万元。", places=["大连片区"])
    b.article("第六条", "对经大连港、营口港开通至俄罗斯、中亚及欧洲的跨境电子商务海铁联运班列，年发运量50标箱"
              "以上的运营企业，每标箱补助2000元。")
    b.article("第七条", "对年培训跨境电子商务从业人员500人次以上的培训机构，给予最高30万元补助。")
    b.chapter("第三章　申报和管理")
    b.article("第八条", "申报单位应当符合下列条件：",
              items=["（一）在辽宁省内依法注册，具有独立法人资格；",
                     "（二）近三年内未被列入严重失信主体名单；",
                     "（三）同一项目未获得其他省级财政资金支持。"], soft=True)
    b.article("第九条", "对以虚报、冒领等手段骗取专项资金的，依照《财政违法行为处罚处分条例》等规定处理。")
    b.chapter("第四章　附　　则")
    b.article("第十条", "本细则自2025年6月1日起施行，有效期至2027年12月31日。《辽宁省跨境电子商务发展专项资金"
              "管理暂行办法》（辽商发〔2021〕46号）同时废止。")

    # ---- 附件2 申报指南 ------------------------------------------------
    b.fujian_label("附件2")
    b.title("2025年度辽宁省跨境电子商务发展专项资金\n项目申报指南", before=14)
    b.h1("一、支持方向")
    b.clause("重点支持在俄罗斯、中亚、东盟等共建“一带一路”国家和地区布局的公共海外仓。",
             head="（一）海外仓建设项目。")
    b.clause("支持大连大窑湾综合保税区、沈阳综合保税区、营口综合保税区内企业扩大网购保税进口业务规模。",
             head="（二）综合保税区网购保税进口项目。",
             places=["大连大窑湾综合保税区", "沈阳综合保税区", "营口综合保税区"])
    b.h1("二、申报条件")
    b.h2("（一）基本条件")
    b.clause("1.在辽宁省内注册，2024年度跨境电子商务进出口额不低于500万元。")
    b.clause("2.项目已于2024年12月31日前建成，能够提供合同、发票等证明材料。")
    b.clause("已获得中央外经贸发展专项资金支持的同一项目，不予支持。", head="（二）限制条件。")
    b.h1("三、申报时间")
    b.clause("申报单位请于2025年6月10日前将申报材料报送所在市商务局或者所在片区管委会。")

    # ---- 附件3 申报表 (own section) ------------------------------------
    b.new_section()
    b.fujian_label("附件3", new_page=False)
    b.title("辽宁省跨境电子商务发展专项资金项目申报表", size=20, before=14)
    b.blank(1, exact=16)
    b.p("填报单位（盖章）：" + SP * 6 + "填报日期：" + SP * 2 + "年" + SP * 2 + "月" + SP * 2 + "日",
        FS, 14, indent=False)
    t = b.doc.add_table(rows=9, cols=4)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    table_borders(t, ALL_BORDERS)
    for row in t.rows:
        row_height(row, 10)
    labels = [("申报单位名称", None, None), ("统一社会信用代码", "所在市（片区）", None),
              ("联系人", "联系电话", None),
              ("项目类别", None, "□海外仓建设　□网购保税进口　□人才培训"),
              ("项目名称", None, None), ("项目实施地点", None, None),
              ("项目总投资（万元）", "申请资金（万元）", None),
              ("项目主要内容及成效（可另附页）", None, None),
              ("市商务局（片区管委会）审核意见", None, "（盖章）\n年　　月　　日")]
    for i, (lab, lab2, fill) in enumerate(labels):
        cell_text(t.cell(i, 0), lab, FS, 12)
        if lab2:
            cell_text(t.cell(i, 2), lab2, FS, 12)
        else:
            m = t.cell(i, 1).merge(t.cell(i, 3))
            for extra in m.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
            if fill:
                cell_text(m, fill, FS, 12,
                          align=WD_ALIGN_PARAGRAPH.LEFT if i == 3 else WD_ALIGN_PARAGRAPH.RIGHT)
    set_widths(t, [Mm(38), Mm(44), Mm(32), Mm(42)])
    row_height(t.rows[7], 34)
    row_height(t.rows[8], 24)
    b.blank(1)
    b.banji("抄送：省财政厅，大连海关、沈阳海关。", "辽宁省商务厅办公室", "2025年5月28日印发")

    meta = {
        "title": "辽宁省商务厅关于印发《辽宁省跨境电子商务发展专项资金管理实施细则》并组织申报2025年度项目的通知",
        "doc_number": "辽商电字〔2025〕17号",
        "issuer": ["辽宁省商务厅"],
        "date": "2025-05-26",
        "published": "2025-05-28",
        "level": "provincial",
        "region": "辽宁省",
        "effective": "2025-06-01",
        "expires": "2027-12-31",
        "attachments": ["辽宁省跨境电子商务发展专项资金管理实施细则",
                        "2025年度辽宁省跨境电子商务发展专项资金项目申报指南",
                        "辽宁省跨境电子商务发展专项资金项目申报表"],
        "doc_type": "通知",
        "recipients": ["各市商务局", "沈抚示范区产业发展局",
                       "中国（辽宁）自由贸易试验区沈阳片区、大连片区、营口片区管委会"],
        "publicity": "此件公开发布",
        "repeals": "《辽宁省跨境电子商务发展专项资金管理暂行办法》（辽商发〔2021〕46号）",
    }
    return b, meta


# ======================================================================
# 2. 吉林省发展改革委 吉林省商务厅 联合通知 + 重点项目清单
# ======================================================================
QD_HEAD = ["序号", "项目名称", "建设地点（市县）", "建设内容", "总投资（亿元）", "建设年限", "责任单位"]
QD_GROUPS = [
    ("一、互联互通通道项目", [
        ("珲春至扎鲁比诺港跨境运输通道配套设施项目", "珲春市",
         "建设珲春铁路口岸换装场站二期和跨境公路物流集散中心，新增换装能力200万吨/年，完善经俄罗斯扎鲁比诺港"
         "至韩国釜山、日本新潟的陆海联运航线配套设施", "18.6", "2024—2026年", "延边州人民政府、省交通运输厅"),
        ("长春国际陆港中欧班列集结中心扩能项目", "长春市",
         "新建集装箱作业区12万平方米、铁路装卸线4条，打造面向东北亚的中欧班列区域集结中心，年开行“长满欧”"
         "班列600列以上", "24.5", "2025—2027年", "长春市人民政府、省发展改革委"),
        ("图们口岸铁路货场改造项目", "图们市",
         "改造铁路货场及海关监管仓库3.2万平方米，配套建设查验场地和冷链仓储设施，提升对俄、对朝货物通关能力",
         "6.8", "2025—2026年", "延边州人民政府、长春海关"),
        ("长春龙嘉国际机场国际货运区项目", "长春市",
         "建设国际货运站、海关监管仓库及跨境电商航空货站，新开通至首尔、大阪、莫斯科国际货运航线3条",
         "15.2", "2024—2026年", "省机场集团、长春市人民政府"),
        ("集安口岸功能提升项目", "通化市（集安市）",
         "新建旅检联检楼及货运查验区2.1万平方米，完善口岸监管和信息化设施", "4.3", "2025—2026年",
         "通化市人民政府"),
    ]),
    ("二、开放平台项目", [
        ("长春跨境电商产业园（二期）项目", "长春市",
         "建设跨境电商监管中心、保税仓储及直播基地8.5万平方米，开展网购保税进口（1210）和跨境电商出口海外仓"
         "（9810）业务", "9.6", "2025—2027年", "长春新区管委会"),
        ("珲春互市贸易商品落地加工园项目", "珲春市",
         "建设边民互市贸易商品落地加工厂房6万平方米，引进海产品、木制品精深加工企业20家以上", "7.4",
         "2025—2027年", "珲春市人民政府"),
        ("中韩（长春）国际合作示范区韩国产业园项目", "长春市",
         "建设标准化厂房及研发办公用房15万平方米，重点引进韩国汽车零部件、医疗美容和食品加工企业", "12.0",
         "2024—2027年", "长春市人民政府"),
        ("延吉跨境电商综合服务中心项目", "延吉市",
         "建设跨境电商公共服务平台、公共海外仓运营中心和人才实训基地，服务对韩、对俄跨境电商企业500家以上",
         "3.5", "2025—2026年", "延边州人民政府、省商务厅"),
        ("吉林市中俄木材加工贸易产业园项目", "吉林市",
         "建设进口木材仓储、烘干及精深加工基地，配套铁路专用线1.8公里，年加工进口木材80万立方米", "8.2",
         "2025—2027年", "吉林市人民政府"),
        ("四平东北亚农产品国际物流园项目", "四平市",
         "建设农产品冷链仓储中心、国际集装箱堆场及检验检疫设施，打造面向日韩的农产品出口集散基地", "5.7",
         "2025—2026年", "四平市人民政府"),
        ("梅河口东北亚中药材国际交易中心项目", "梅河口市",
         "建设中药材交易大厅、检测中心和保税仓库，开展人参等道地药材对日韩出口和进口药材保税交易", "4.9",
         "2024—2026年", "梅河口市人民政府"),
    ]),
    ("三、产业合作项目", [
        ("汽车零部件对俄出口基地项目", "长春市、吉林市",
         "在长春、吉林两地建设汽车零部件出口集散中心，配套俄罗斯、哈萨克斯坦KD组装厂，年出口零部件20万套",
         "21.3", "2025—2027年", "长春市人民政府、吉林市人民政府"),
        ("碳纤维复合材料出口加工基地项目", "吉林市",
         "建设碳纤维复合材料生产线6条，面向中东欧、东南亚市场年出口复合材料制品1.5万吨", "16.8",
         "2025—2028年", "吉林市人民政府、省工业和信息化厅"),
        ("松原玉米深加工产品出口基地项目", "松原市",
         "建设玉米淀粉、氨基酸等深加工生产线，配套出口检验和仓储设施，产品主要销往东盟和中东国家", "11.5",
         "2024—2026年", "松原市人民政府"),
        ("白城风电装备出口制造基地项目", "白城市",
         "建设风电整机及叶片生产基地，面向中亚、中东欧国家新能源项目年出口风电机组300台（套）", "19.4",
         "2025—2027年", "白城市人民政府、省能源局"),
        ("辽源袜业跨境电商产业带项目", "辽源市",
         "建设袜业跨境电商选品中心、直播基地和海外仓集货中心，带动500家袜业企业开展跨境电商出口", "2.6",
         "2025—2026年", "辽源市人民政府、省商务厅"),
        ("吉林省公共海外仓布局项目", "境外（俄罗斯、韩国、哈萨克斯坦）",
         "支持省内企业在莫斯科、仁川、阿拉木图等地新建或者租赁公共海外仓8个，总面积10万平方米以上", "3.1",
         "2025—2027年", "省商务厅"),
    ]),
]
# places a careful analyst gives each row, by its 建设地点
QD_PLACES = {
    "珲春市": ["珲春市"], "长春市": ["长春市"], "图们市": ["图们市"], "通化市（集安市）": ["集安市"],
    "延吉市": ["延吉市"], "吉林市": ["吉林市"], "四平市": ["四平市"], "梅河口市": ["梅河口市"],
    "长春市、吉林市": ["长春市", "吉林市"], "松原市": ["松原市"], "白城市": ["白城市"], "辽源市": ["辽源市"],
    "境外（俄罗斯、韩国、哈萨克斯坦）": None,
}


def make_jilin_qingdan():
    b = Builder("blind284_jilin_qingdan")
    rows = [r for _, g in QD_GROUPS for r in g]
    total = sum(Decimal(r[3]) for r in rows)
    n = len(rows)
    b.joint_banner(["吉林省发展和改革委员会", "吉林省商务厅"], "文件", "吉发改开放联〔2025〕86号")
    b.title("吉林省发展和改革委员会　吉林省商务厅")
    b.title("关于印发《吉林省2025年度深度融入共建")
    b.title("“一带一路”重点项目清单》的通知")
    b.main_to("各市（州）发展改革委、商务局，长白山管委会经济发展局，梅河口市发展改革局、商务局：")
    b.clause("为深入贯彻落实党中央、国务院关于推动高质量共建“一带一路”的决策部署，加快建设我国向北开放"
             "重要窗口，省发展改革委、省商务厅会同有关部门研究确定了2025年度深度融入共建“一带一路”重点项目"
             "%d个，总投资%s亿元，现将项目清单印发给你们，并就有关事项通知如下：" % (n, total))
    b.clause("各地要将清单内项目纳入本地区重大项目调度范围，建立项目推进台账，每月5日前通过吉林省投资项目"
             "在线审批监管平台报送上月项目进展情况。",
             head="一、强化项目调度。", head_font=HT)
    b.clause("对清单内项目，在用地、用能、环评等方面优先予以保障，"
             "优先推荐申报中央预算内投资和地方政府专项债券支持。", head="二、加强要素保障。", head_font=HT)
    b.clause("对清单内建设地点位于珲春市、图们市的项目，实行“容缺受理、并联审批”，相关审批事项在10个工作日内"
             "办结。", head="三、突出重点区域。", head_font=HT, places=["珲春市", "图们市"])
    b.clause("清单实行动态调整，对连续两个季度未达到预期进度的项目予以调出，"
             "对条件成熟的新增项目及时调入。", head="四、实行动态管理。", head_font=HT)
    b.blank(1)
    b.attach_note(["吉林省2025年度深度融入共建“一带一路”重点项目清单"])
    b.joint_signature(["吉林省发展和改革委员会", "吉林省商务厅"], "2025年4月18日")
    b.blank(1)
    b.p("（此件公开发布）")

    # ---- 附件: landscape section -------------------------------------
    b.new_section(landscape=True)
    b.fujian_label("附件", new_page=False)
    b.title("吉林省2025年度深度融入共建“一带一路”重点项目清单", size=20)
    b.blank(1, exact=12)
    widths = [Mm(10), Mm(46), Mm(24), Mm(86), Mm(18), Mm(22), Mm(33)]
    t = b.doc.add_table(rows=1, cols=7)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    table_borders(t, ALL_BORDERS)
    for j, h in enumerate(QD_HEAD):
        c = t.cell(0, j)
        c.width = widths[j]
        cell_text(c, h, HT, 12)
    repeat_header(t.rows[0])
    k = 0
    for gname, grows in QD_GROUPS:
        r = t.add_row()
        cant_split(r)
        m = r.cells[0].merge(r.cells[6])
        for extra in m.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
        cell_text(m, "%s（%d项）" % (gname, len(grows)), HT, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        for row in grows:
            k += 1
            vals = [str(k)] + list(row)
            r = t.add_row()
            cant_split(r)
            for j, v in enumerate(vals):
                r.cells[j].width = widths[j]
                cell_text(r.cells[j], v, FS, 12,
                          align=WD_ALIGN_PARAGRAPH.LEFT if j in (3,) else WD_ALIGN_PARAGRAPH.CENTER)
            b.clauses.append((row_clause(QD_HEAD, vals), QD_PLACES[row[1]]))
    r = t.add_row()
    cant_split(r)
    m = r.cells[0].merge(r.cells[1])
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    cell_text(m, "合　　计", HT, 12)
    cell_text(r.cells[4], str(total), HT, 12)
    b.clauses.append(("序号：合计；总投资（亿元）：%s" % total, None))
    set_widths(t, widths)

    # ---- 版记 on its own portrait page ---------------------------------
    b.new_section(landscape=False)
    b.blank(18)
    b.banji("抄送：国家发展改革委，商务部，省委办公厅，省政府办公厅，长春海关。",
            "吉林省发展和改革委员会办公室", "2025年4月21日印发")

    meta = {
        "title": "吉林省发展和改革委员会 吉林省商务厅关于印发《吉林省2025年度深度融入共建“一带一路”重点项目清单》的通知",
        "doc_number": "吉发改开放联〔2025〕86号",
        "issuer": ["吉林省发展和改革委员会", "吉林省商务厅"],
        "date": "2025-04-18",
        "published": "2025-04-21",
        "level": "provincial",
        "region": "吉林省",
        "effective": None,
        "expires": None,
        "attachments": ["吉林省2025年度深度融入共建“一带一路”重点项目清单"],
        "doc_type": "通知",
        "recipients": ["各市（州）发展改革委、商务局", "长白山管委会经济发展局", "梅河口市发展改革局、商务局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return b, meta


# ======================================================================
# 3. 河北省人民政府办公厅 通知 印发 若干措施 + 附件 任务分工表
# ======================================================================
FG_HEAD = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
FG_ROWS = [
    ("提升贸易投资便利化水平", "拓展国际贸易“单一窗口”跨境电商、口岸物流、出口退税等特色功能",
     "省商务厅", "石家庄海关、省税务局、省数据和政务服务局", "2025年12月底前", None),
    ("提升贸易投资便利化水平", "支持曹妃甸片区建设大宗商品储运交易基地，推动期现结合、保税混配",
     "唐山市人民政府", "省发展改革委、省商务厅、石家庄海关", "2026年12月底前", ["曹妃甸片区"]),
    ("提升贸易投资便利化水平", "在大兴机场片区（廊坊区域）开展跨境电商零售进口药品试点，建设国际快件监管中心",
     "廊坊市人民政府", "省药监局、石家庄海关", "2025年12月底前", ["大兴机场片区（廊坊区域）"]),
    ("推动开放型产业集聚", "在雄安片区开展数据跨境流动安全管理试点，探索数据出境“负面清单”管理",
     "雄安新区管委会", "省委网信办、省数据和政务服务局", "2026年6月底前", ["雄安片区"]),
    ("推动开放型产业集聚", "推动石家庄综合保税区开展保税研发、保税维修和保税检测业务",
     "石家庄市人民政府", "石家庄海关、省药监局", "持续推进", ["石家庄综合保税区"]),
    ("推动开放型产业集聚", "支持企业在共建“一带一路”国家建设境外经贸合作区",
     "省商务厅", "省发展改革委、省财政厅", "持续推进", None),
    ("强化要素保障", "设立自贸试验区发展专项资金，2025—2027年每年安排5亿元",
     "省财政厅", "省商务厅", "2025—2027年", None),
    ("强化要素保障", "开展本外币合一银行结算账户体系试点",
     "人民银行河北省分行", "国家外汇管理局河北省分局", "2025年12月底前", None),
    ("强化要素保障", "将制度创新成果纳入各片区所在市年度考核，健全容错纠错机制",
     "省商务厅（省自贸办）", "省委组织部、省纪委监委机关", "持续推进", None),
]


def make_hebei():
    b = Builder("blind284_hebei_cuoshi")
    b.banner("河北省人民政府办公厅文件", "冀政办字〔2025〕58号", size=32, scale=90, gap=1)
    b.title("河北省人民政府办公厅\n关于印发支持中国（河北）自由贸易试验区\n高质量发展若干措施的通知")
    b.main_to("各市（含定州、辛集市）人民政府，雄安新区管委会，省政府各部门：")
    b.clause("《支持中国（河北）自由贸易试验区高质量发展若干措施》已经省政府同意，现印发给你们，请结合实际，"
             "认真贯彻落实。")
    b.blank(1)
    b.attach_note(["支持中国（河北）自由贸易试验区高质量发展重点任务分工表"])
    b.signature("河北省人民政府办公厅", "2025年6月9日", gap=1)
    b.p("（此件公开发布）")

    # 措施 on a new page (page break before its title)
    b.title("支持中国（河北）自由贸易试验区\n高质量发展若干措施").paragraph_format.page_break_before = True
    b.blank(1)
    b.clause("为深入实施自由贸易试验区提升战略，推动中国（河北）自由贸易试验区（以下简称河北自贸试验区）在服务"
             "京津冀协同发展和高质量共建“一带一路”中发挥更大作用，制定如下措施。")
    b.h1("一、提升贸易投资便利化水平")
    b.clause("拓展“单一窗口”跨境电商、口岸物流、出口退税等特色功能，2025年底前河北自贸试验区主要业务应用率"
             "达到95%以上。", head="（一）深化国际贸易“单一窗口”建设。")
    b.clause("依托曹妃甸港区，推动铁矿石、原油、液化天然气等大宗商品期现结合、保税混配，对年交易额首次突破"
             "100亿元的交易平台给予一次性奖励300万元。", head="（二）支持曹妃甸片区建设大宗商品储运交易基地。",
             places=["曹妃甸片区"])
    b.clause("在大兴机场片区（廊坊区域）开展跨境电商零售进口药品试点，支持建设航空货运枢纽和国际快件监管中心，"
             "对新开通北京大兴国际机场国际全货机航线的给予每班次最高10万元补贴。",
             head="（三）支持大兴机场片区发展跨境电商和航空物流。", places=["大兴机场片区（廊坊区域）"])
    b.h1("二、推动开放型产业集聚")
    b.clause("在雄安片区开展数据跨境流动安全管理试点，探索建立数据出境“负面清单”管理制度，支持设立国际数据"
             "服务中心。", head="（四）支持雄安片区发展数字贸易。", places=["雄安片区"])
    b.clause("推动石家庄综合保税区开展保税研发、保税维修和保税检测业务，对在正定片区新获批进口药品和医疗器械"
             "首站备案的企业给予最高50万元奖励。", head="（五）支持正定片区发展临空经济和生物医药。",
             places=["正定片区", "石家庄综合保税区"])
    b.clause("支持河北自贸试验区企业在塞尔维亚、哈萨克斯坦、印度尼西亚等国建设境外经贸合作区，对通过省级认定的"
             "境外经贸合作区给予最高500万元奖励。", head="（六）深化与共建“一带一路”国家产能合作。")
    b.h1("三、强化要素保障")
    b.clause("省级财政2025—2027年每年安排自贸试验区发展专项资金5亿元，重点支持制度创新和重大平台建设；"
             "支持各片区开展本外币合一银行结算账户体系试点。", head="（七）加大财政金融支持。")
    b.clause("将制度创新成果纳入各片区所在市年度考核，健全容错纠错机制，对改革探索中出现失误但符合规定"
             "条件的，依规依纪依法免除相关责任。",
             head="（八）实施差异化考核评价。")
    b.clause("本措施自印发之日起施行，有效期至2027年12月31日。各市、各有关部门要按照任务分工（见附件）"
             "抓好落实。")

    # 附件 分工表 in a new section
    b.new_section()
    b.fujian_label("附件", new_page=False)
    b.blank(1)
    b.title("支持中国（河北）自由贸易试验区高质量发展\n重点任务分工表", size=20)
    b.blank(1, exact=14)
    widths = [Mm(10), Mm(20), Mm(54), Mm(24), Mm(28), Mm(20)]
    t = b.doc.add_table(rows=1 + len(FG_ROWS), cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    table_borders(t, ALL_BORDERS)
    for j, h in enumerate(FG_HEAD):
        cell_text(t.cell(0, j), h, HT, 12)
    repeat_header(t.rows[0])
    for i, row in enumerate(FG_ROWS, 1):
        vals = [str(i)] + list(row[:5])
        for j, v in enumerate(vals):
            if j in (1, 5) and i > 1 and FG_ROWS[i - 2][j - 1] == v:
                continue
            cell_text(t.cell(i, j), v, FS, 12,
                      align=WD_ALIGN_PARAGRAPH.LEFT if j == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        b.clauses.append((row_clause(FG_HEAD, vals), row[5]))
    for j in (1, 5):  # vertical merges of equal consecutive values
        start = 1
        for i in range(2, len(FG_ROWS) + 2):
            if i == len(FG_ROWS) + 1 or FG_ROWS[i - 1][j - 1] != FG_ROWS[start - 1][j - 1]:
                if i - 1 > start:
                    m = t.cell(start, j).merge(t.cell(i - 1, j))
                    for extra in m.paragraphs[1:]:
                        extra._p.getparent().remove(extra._p)
                start = i
    set_widths(t, widths)
    b.blank(2)
    b.banji("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，省军区。",
            "河北省人民政府办公厅", "2025年6月11日印发")

    meta = {
        "title": "河北省人民政府办公厅关于印发支持中国（河北）自由贸易试验区高质量发展若干措施的通知",
        "doc_number": "冀政办字〔2025〕58号",
        "issuer": ["河北省人民政府办公厅"],
        "date": "2025-06-09",
        "published": "2025-06-11",
        "level": "provincial",
        "region": "河北省",
        "effective": "2025-06-11",
        "expires": "2027-12-31",
        "attachments": ["支持中国（河北）自由贸易试验区高质量发展重点任务分工表"],
        "doc_type": "通知",
        "recipients": ["各市（含定州、辛集市）人民政府", "雄安新区管委会", "省政府各部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return b, meta


# ======================================================================
# 4. 吉林省商务厅 短通知, 附件（另发）
# ======================================================================
def make_jilin_pinggu():
    b = Builder("blind284_jilin_pinggu")
    b.banner("吉林省商务厅文件", "吉商电字〔2025〕31号", gap=1)
    b.title("吉林省商务厅关于开展2025年度\n跨境电子商务综合试验区\n发展评估工作的通知")
    b.main_to("长春市商务局，吉林市商务局，延边州商务局，珲春市商务局：")
    b.clause("为全面掌握我省跨境电子商务综合试验区（以下简称综试区）建设进展，经研究，决定开展2025年度"
             "综试区发展评估工作。现将有关事项通知如下：")
    b.clause("全省4个国家级综试区。", head="一、评估对象。", head_font=HT)
    b.clause("重点评估综试区2024年度建设运行情况，包括跨境电子商务进出口规模、经营主体培育、海外仓建设、线上"
             "综合服务平台和线下产业园区运营、监管创新和风险防控等方面，具体指标见附件。",
             head="二、评估内容。", head_font=HT)
    b.h1("三、工作安排")
    b.clause("各综试区对照评估指标体系开展自评，于2025年8月15日前将自评报告、数据报表及佐证材料报送省商务厅。",
             head="（一）自评阶段。")
    b.clause("8月下旬，省商务厅会同长春海关、省税务局组成评估组，对各综试区开展实地核查。",
             head="（二）实地核查阶段。")
    b.clause("评估结果分为优秀、良好、一般、较差四个等次，9月底前在全省通报，评估结果为优秀的综试区在"
             "专项资金分配中予以倾斜。", head="（三）结果运用阶段。")
    b.h1("四、有关要求")
    b.clause("对2024年度评估结果为“一般”的吉林市、延吉市综试区，本次评估重点核查上年度整改任务落实情况，"
             "请吉林市商务局、延边州商务局于7月31日前单独报送整改报告。", head="（一）",
             places=["吉林市", "延吉市"])
    b.clause("各综试区要如实填报数据，不得虚报、瞒报。", head="（二）")
    b.p("联系人：金明哲，电话：0431－85099217。")
    b.blank(1)
    b.attach_note(["吉林省跨境电子商务综合试验区发展评估指标体系（2025年版）（另发）"])
    b.signature("吉林省商务厅", "2025年7月8日", gap=2)
    b.p("（此件主动公开）")
    b.blank(4)
    b.banji("抄送：商务部电子商务和信息化司，长春海关，国家税务总局吉林省税务局。",
            "吉林省商务厅办公室", "2025年7月9日印发")
    meta = {
        "title": "吉林省商务厅关于开展2025年度跨境电子商务综合试验区发展评估工作的通知",
        "doc_number": "吉商电字〔2025〕31号",
        "issuer": ["吉林省商务厅"],
        "date": "2025-07-08",
        "published": "2025-07-09",
        "level": "provincial",
        "region": "吉林省",
        "effective": None,
        "expires": None,
        "attachments": ["吉林省跨境电子商务综合试验区发展评估指标体系（2025年版）"],
        "doc_type": "通知",
        "recipients": ["长春市商务局", "吉林市商务局", "延边州商务局", "珲春市商务局"],
        "publicity": "此件主动公开",
        "repeals": None,
    }
    return b, meta


def main():
    expected = {}
    for fn in (make_liaoning, make_jilin_qingdan, make_hebei, make_jilin_pinggu):
        b, meta = fn()
        path = b.save()
        to_pdf(path)
        expected[b.stem] = [expected_entry(b, meta)]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for k, v in expected.items():
        print(k, len(v[0]["clauses"]), "clauses,", len(v[0]["applies_to"]["specific"]), "specific")


if __name__ == "__main__":
    main()
