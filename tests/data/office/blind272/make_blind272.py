# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 272: four red-header 公文 (GB/T 9704 版头 variants) in Word + PDF.

Run:  . /work/venv/bin/activate && python make_blind272.py
Writes next to itself: blind272_*.docx, blind272_*.pdf and expected.json.
All documents, numbers, names and figures are fictional.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = "FF0000"

ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "distribute": WD_ALIGN_PARAGRAPH.DISTRIBUTE,
}

PPR_AFTER_BDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                 "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                 "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                 "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                 "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                 "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


# ---------------------------------------------------------------- low level helpers
def set_font(run, font, size, color=None, bold=False):
    run.font.name = font
    run.font.size = Pt(size)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if bold:
        run.font.bold = True


def add_runs(p, runs):
    """runs: list of (text, font, size[, color[, bold]]); '\n' in text = soft line break."""
    for spec in runs:
        text, font, size = spec[0], spec[1], spec[2]
        color = spec[3] if len(spec) > 3 else None
        bold = spec[4] if len(spec) > 4 else False
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, font, size, color, bold)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)


def fmt(p, align="justify", first=0.0, left=0.0, right=0.0, line=28.95, before=0, after=0,
        size=16):
    pf = p.paragraph_format
    p.alignment = ALIGN[align]
    pf.first_line_indent = Pt(first * size) if first else None
    pf.left_indent = Pt(left * size) if left else None
    pf.right_indent = Pt(right * size) if right else None
    if line:
        pf.line_spacing = Pt(line)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    else:
        pf.line_spacing = 1.0
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.widow_control = False


def set_border(p, side, val="single", sz=12, color=RED, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.insert_element_before(bdr, *PPR_AFTER_BDR)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def table_no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblpr.append(b)


def table_grid(table, sz=4):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblpr.append(b)


def cell_borders(cell, **sides):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement("w:" + side)
        if side in sides:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(sides[side]))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        else:
            el.set(qn("w:val"), "nil")
        b.append(el)
    tcpr.append(b)


def set_widths(table, widths_mm):
    table.autofit = False  # writes <w:tblLayout w:type="fixed"/>
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Mm(widths_mm[i]).twips)))


def cell_text(cell, runs, align="center", line=None, size=12):
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    add_runs(p, runs)
    fmt(p, align=align, line=line, size=size)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    return p


def add_field(p, instr, font, size):
    r1 = p.add_run()
    set_font(r1, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._element.append(fc)
    r2 = p.add_run()
    set_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._element.append(it)
    r3 = p.add_run()
    set_font(r3, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._element.append(fc)
    r4 = p.add_run("1")
    set_font(r4, font, size)
    r5 = p.add_run()
    set_font(r5, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._element.append(fc)


def page_number_para(p, odd=True):
    """GB/T 9704: 4号半角宋体阿拉伯数字, 一字线, 单页居右空一字, 双页居左空一字."""
    add_runs(p, [("— ", ST, 14)])
    add_field(p, "PAGE", ST, 14)
    add_runs(p, [(" —", ST, 14)])
    if odd:
        fmt(p, align="right", right=1, line=None, size=14)
    else:
        fmt(p, align="left", left=1, line=None, size=14)


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
    sec.header_distance = Mm(15)
    sec.footer_distance = Mm(25)


def new_doc(odd_even=True):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), FS)
    st.paragraph_format.line_spacing = Pt(28.95)
    st.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    st.paragraph_format.space_after = Pt(0)
    sec = doc.sections[0]
    setup_section(sec)
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
    page_number_para(sec.footer.paragraphs[0], odd=True)
    if odd_even:
        page_number_para(sec.even_page_footer.paragraphs[0], odd=False)
    return doc


class B:
    """Builds a document and records expected clauses while writing them."""

    def __init__(self, doc):
        self.doc = doc
        self.clauses = []
        self.specific = {}

    def p(self, runs, align="justify", first=2, left=0, right=0, line=28.95, clause=False,
          where=None, container=None, size=16, expect=None):
        c = container if container is not None else self.doc
        par = c.add_paragraph()
        if isinstance(runs, str):
            runs = [(runs, FS, 16)]
        add_runs(par, runs)
        fmt(par, align=align, first=first, left=left, right=right, line=line, size=size)
        if clause:
            self.clause(expect if expect is not None else "".join(r[0] for r in runs), where)
        return par

    def clause(self, text, where=None):
        self.clauses.append(text)
        if where:
            self.specific[text[:24]] = where

    def blank(self, n=1, line=28.95):
        for _ in range(n):
            par = self.doc.add_paragraph()
            fmt(par, line=line)

    def body(self, text, **kw):
        """Plain body paragraph, 仿宋 三号, 首行缩进二字."""
        return self.p([(text, FS, 16)], **kw)

    def h1(self, text):
        return self.p([(text, HT, 16)])

    def h2(self, text):
        return self.p([(text, KT, 16)])

    def runin2(self, head, text, **kw):
        """（一）xx。 run-in heading in 楷体 + text in 仿宋."""
        return self.p([(head, KT, 16), (text, FS, 16)], clause=True, **kw)

    def page_break(self):
        par = self.doc.add_paragraph()
        fmt(par, line=None)
        par.add_run().add_break(WD_BREAK.PAGE)

    def title(self, text):
        return self.p([(text, XBS, 22)], align="center", first=0, line=36, size=22)


def banji(doc, chaosong, yinfa_org, yinfa_date, width_mm=156):
    """版记 as a one-column table with horizontal rules only (a common office habit)."""
    rows = (1 if chaosong else 0) + (1 if yinfa_org else 0)
    t = doc.add_table(rows=rows, cols=1)
    set_widths(t, [width_mm])
    for row in t.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    i = 0
    if chaosong:
        c = t.rows[i].cells[0]
        p = cell_text(c, [(chaosong, FS, 14)], align="justify", line=28, size=14)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        last = (rows == 1)
        p.paragraph_format.keep_with_next = True
        cell_borders(c, top=8, bottom=(8 if last else 4))
        i += 1
    if yinfa_org:
        c = t.rows[i].cells[0]
        p = cell_text(c, [(yinfa_org, FS, 14), ("\t" + yinfa_date, FS, 14)], align="left",
                      line=28, size=14)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(width_mm - 8), WD_TAB_ALIGNMENT.RIGHT)
        cell_borders(c, top=(4 if chaosong else 8), bottom=8)
    return t


def data_table(doc, header_rows, rows, widths, merges=(), size=12, head_font=HT):
    """header_rows: list of lists of str (None = merged continuation); rows: list of lists.
    merges: list of ((r0,c0),(r1,c1)) in absolute table coordinates."""
    nrows = len(header_rows) + len(rows)
    t = doc.add_table(rows=nrows, cols=len(widths))
    table_grid(t)
    set_widths(t, widths)
    for ri, hr in enumerate(header_rows):
        for ci, v in enumerate(hr):
            if v is not None:
                cell_text(t.cell(ri, ci), [(v, head_font, size)], line=None, size=size)
    for rj, r in enumerate(rows):
        ri = rj + len(header_rows)
        for ci, v in enumerate(r):
            if v is None:
                continue
            align = "left" if len(v) > 12 else "center"
            cell_text(t.cell(ri, ci), [(v, FS, size)], align=align, line=None, size=size)
    for (a, b) in merges:
        top = t.cell(*a)
        keep = [p for p in top.paragraphs]
        m = top.merge(t.cell(*b))
        # merge() concatenates paragraphs of empty cells; drop the empty extras
        for p in m.paragraphs[1:]:
            if not p.text.strip():
                p._element.getparent().remove(p._element)
        m.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    for row in t.rows:
        trpr = row._tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:cantSplit"))
    # repeat header rows on every page
    for ri in range(len(header_rows)):
        trpr = t.rows[ri]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        trpr.append(th)
    return t


def row_clause(cols, vals):
    return "；".join("%s：%s" % (c, v) for c, v in zip(cols, vals) if v not in (None, ""))


TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
               "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
               "tblLayout", "tblCellMar", "tblLook"]
TCPR_ORDER = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
              "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"]
TRPR_ORDER = ["cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit",
              "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden"]


def schema_order(doc):
    """Put tblPr/tcPr/trPr children in schema order so that Word opens the file cleanly."""
    parts = [doc.element.body]
    for sec in doc.sections:
        for hf in (sec.header, sec.footer, sec.first_page_header, sec.first_page_footer,
                   sec.even_page_header, sec.even_page_footer):
            parts.append(hf._element)
    for root in parts:
        for tag, order in (("w:tblPr", TBLPR_ORDER), ("w:tcPr", TCPR_ORDER), ("w:trPr", TRPR_ORDER)):
            for el in root.iter(qn(tag)):
                kids = list(el)
                key = {qn("w:" + n): i for i, n in enumerate(order)}
                kids.sort(key=lambda k: key.get(k.tag, 99))
                for k in kids:
                    el.remove(k)
                for k in kids:
                    el.append(k)


def save(doc, stem):
    schema_order(doc)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_272",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return path


EXPECTED = {}


# ====================================================================== (1) 联合行文 通知
def make_jiangxi():
    stem = "blind272_jiangxi_tongzhi"
    doc = new_doc()
    b = B(doc)
    # 份号 + 紧急程度, 顶格左上
    b.p([("000086", HT, 16)], align="left", first=0)
    b.p([("特急", HT, 16)], align="left", first=0)
    b.blank(1)
    # 发文机关标志: four organs stacked beside one large 文件 (borderless table)
    organs = ["江西省商务厅", "江西省发展和改革委员会", "江西省财政厅", "南昌海关"]
    t = doc.add_table(rows=4, cols=2)
    table_no_borders(t)
    set_widths(t, [108, 48])
    for i, o in enumerate(organs):
        cell_text(t.cell(i, 0), [(o, XBS, 24, RED)], align="distribute", line=None, size=24)
        t.rows[i].height = Mm(13)
        t.rows[i].height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
    m = t.cell(0, 1).merge(t.cell(3, 1))
    for p in m.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    cell_text(m, [("文件", XBS, 48, RED)], align="center", line=None, size=48)
    b.blank(1)
    num = b.p([("赣商务口岸字〔2024〕47号", FS, 16)], align="center", first=0)
    set_border(num, "bottom", "single", 18, RED, 12)
    b.blank(1)
    b.title("江西省商务厅 江西省发展和改革委员会\n江西省财政厅 南昌海关关于进一步优化口岸\n营商环境促进跨境贸易便利化的通知")
    b.blank(1)
    b.p([("各设区市商务局、发展改革委、财政局，赣江新区经济发展局，南昌海关各隶属海关：", FS, 16)],
        align="justify", first=0)
    b.body("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”和推进高水平对外开放的决策部署，"
           "持续优化口岸营商环境，巩固压缩整体通关时间成效，助力我省打造内陆地区改革开放高地，"
           "经研究，现就有关事项通知如下。", clause=True)
    b.h1("一、提升口岸通关效率")
    b.runin2("（一）深化通关模式改革。",
             "全面推广“提前申报”“两步申报”“两段准入”等便利化措施，对符合条件的进出口货物实行"
             "“船边直提”“抵港直装”。到2025年底，全省进口、出口整体通关时间较2023年分别压缩10%和5%以上。")
    b.runin2("（二）推进“智慧口岸”建设。",
             "依托国际贸易“单一窗口”江西标准版，拓展口岸物流、金融服务、跨境电商等特色功能应用，"
             "选取具备条件的口岸率先建设智慧口岸示范场景，逐步推广至全省各开放口岸。")
    b.runin2("（三）提升多式联运效能。",
             "支持赣州国际陆港、向塘国际陆港深化铁海联运“一单制”改革，推动中欧（亚）班列与"
             "海运班轮信息共享。",
             where=["赣州国际陆港", "向塘国际陆港"])
    b.h1("二、降低进出口环节费用")
    b.runin2("（四）规范口岸收费。",
             "严格执行口岸收费目录清单和公示制度，各口岸经营单位要于每年3月底前在国际贸易“单一窗口”"
             "更新收费项目和标准，清单之外不得收费。")
    b.runin2("（五）落实财政支持政策。", "省级商务发展专项资金对以下事项予以支持：")
    b.body("1.对新开通的国际货运航线，按照航线开通后首年实际执飞班次给予补助，单条航线年度补助最高不超过300万元；",
           clause=True)
    b.body("2.对经省内口岸进出口的集装箱，按照每标准箱50元给予物流补贴，单家企业年度补贴最高不超过100万元；",
           clause=True)
    b.body("3.对在南昌综合保税区、赣州综合保税区内新设立的保税维修企业，按照其实际投资额的5%"
           "给予一次性奖励。", clause=True,
           where=["南昌综合保税区", "赣州综合保税区"])
    b.h1("三、强化组织保障")
    b.runin2("（六）加强协同联动。",
             "各设区市要建立由商务部门牵头，发展改革、财政、海关等部门参加的口岸工作协调机制，"
             "每季度至少召开1次会议，研究解决口岸通关中的难点问题。")
    b.runin2("（七）强化资金监管。",
             "各级财政部门要加强补贴资金绩效评价，对骗取套取补贴资金的，"
             "依法追回并纳入信用记录。")
    b.runin2("（八）加强督促落实。",
             "各地各部门要按照附件分工抓好落实，每年12月10日前将年度进展情况报送省商务厅。")
    b.body("本通知自2024年12月1日起施行，有效期至2026年11月30日。《江西省商务厅 江西省财政厅关于促进口岸"
           "提效降费的通知》（赣商务口岸字〔2021〕19号）同时废止。", clause=True)
    b.blank(1)
    b.p([("附件：江西省优化口岸营商环境重点任务分工表", FS, 16)], first=2)
    b.blank(1)
    # joint 落款: four organs in two rows, one date
    lk = doc.add_table(rows=2, cols=2)
    table_no_borders(lk)
    set_widths(lk, [78, 78])
    for i, o in enumerate(organs):
        cell_text(lk.cell(i // 2, i % 2), [(o, FS, 16)], align="center", line=28.95, size=16)
    b.p([("2024年11月18日", FS, 16)], align="right", first=0, right=4)
    b.p([("（此件公开发布）", FS, 16)], first=2)
    # attachment in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec, landscape=True)
    b.p([("附件", HT, 16)], align="left", first=0)
    b.blank(1)
    b.p([("江西省优化口岸营商环境重点任务分工表", XBS, 22)], align="center", first=0, line=36, size=22)
    b.blank(1)
    cols = ["类别", "序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["提升口岸通关效率", "1", "推广“提前申报”“两步申报”“两段准入”等便利化措施", "南昌海关", "省商务厅", "2025年12月底"],
        [None, "2", "拓展国际贸易“单一窗口”江西标准版特色功能应用", "省商务厅", "南昌海关、省发展改革委", "持续推进"],
        [None, "3", "深化铁海联运“一单制”改革", "省发展改革委", "省商务厅、南昌海关", "2025年6月底"],
        ["降低进出口环节费用", "4", "更新口岸收费目录清单并在“单一窗口”公示", "省商务厅", "省发展改革委", "每年3月底前"],
        [None, "5", "兑现国际货运航线、集装箱物流补贴", "省商务厅", "省财政厅", "每年11月底前"],
        ["强化组织保障", "6", "建立设区市口岸工作协调机制", "各设区市人民政府", "省商务厅", "2025年3月底"],
    ]
    data_table(doc, [cols], rows, [30, 12, 80, 30, 44, 29],
               merges=[((1, 0), (3, 0)), ((4, 0), (5, 0))], size=12)
    cat = None
    for r in rows:
        cat = r[0] or cat
        b.clause(row_clause(cols, [cat] + r[1:]))
    b.blank(1)
    banji(doc, "抄送：海关总署，商务部，省人民政府办公厅。", "江西省商务厅办公室", "2024年11月20日印发",
          width_mm=225)
    save(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": "江西省商务厅 江西省发展和改革委员会 江西省财政厅 南昌海关关于进一步优化口岸营商环境促进跨境贸易便利化的通知",
            "doc_number": "赣商务口岸字〔2024〕47号",
            "issuer": organs,
            "date": "2024-11-18",
            "published": "2024-11-20",
            "level": "provincial",
            "region": "江西省",
            "effective": "2024-12-01",
            "expires": "2026-11-30",
            "attachments": ["江西省优化口岸营商环境重点任务分工表"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "各设区市发展改革委", "各设区市财政局", "赣江新区经济发展局",
                           "南昌海关各隶属海关"],
            "publicity": "此件公开发布",
            "repeals": "《江西省商务厅 江西省财政厅关于促进口岸提效降费的通知》（赣商务口岸字〔2021〕19号）",
        },
        "clauses": b.clauses,
        "applies_to": {"specific": b.specific},
    }]


# ====================================================================== (2) 上行文 报告
def make_lianyungang():
    stem = "blind272_lianyungang_baogao"
    doc = new_doc()
    b = B(doc)
    b.blank(2)
    b.p([("连云港市人民政府文件", XBS, 40, RED)], align="distribute", first=0, line=None, size=40)
    b.blank(2)
    # 上行文: 发文字号居左空一字, 签发人 on the right of the same line
    sig = doc.add_paragraph()
    add_runs(sig, [("连政报〔2025〕6号", FS, 16), ("\t签发人：", FS, 16), ("张国栋　李　谦", KT, 16)])
    fmt(sig, align="left", left=1, line=28.95)
    sig.paragraph_format.tab_stops.add_tab_stop(Mm(156 - 6), WD_TAB_ALIGNMENT.RIGHT)
    set_border(sig, "bottom", "single", 18, RED, 12)
    b.blank(1)
    # title typed as three separate paragraphs
    b.title("连云港市人民政府")
    b.title("关于2024年高质量推进“一带一路”强支点")
    b.title("建设情况的报告")
    b.blank(1)
    b.p([("省人民政府：", FS, 16)], first=0)
    b.body("2024年，我市认真落实省委、省政府部署要求，以中国（江苏）自由贸易试验区连云港片区和"
           "上合组织（连云港）国际物流园为主要载体，全力推进“一带一路”强支点建设，开放型经济发展"
           "取得新成效。现将有关情况报告如下。", clause=True)
    b.h1("一、主要工作成效")
    b.runin2("（一）陆海联运通道能级持续提升。",
             "全年连云港港完成货物吞吐量3.3亿吨，集装箱吞吐量680万标箱；中欧（亚）班列开行950列，"
             "同比增长8.2%，新开通至阿拉木图、塔什干方向线路3条。")
    b.runin2("（二）自贸试验区制度创新取得突破。",
             "连云港片区全年形成制度创新成果18项，其中“海河联运全程物流单证互认”等3项在全省复制推广；"
             "片区新设外资企业42家，实际使用外资2.1亿美元。",
             where=["中国（江苏）自由贸易试验区连云港片区"])
    b.h2("（三）开放平台功能不断完善")
    b.body("1.连云港综合保税区获批开展保税维修业务试点，全年实现进出口额156亿元，在全国综合保税区"
           "发展绩效评估中位列A类。", clause=True, where=["连云港综合保税区"])
    b.body("2.上合组织（连云港）国际物流园新建智能化集装箱堆场12万平方米，铁路装车点扩能工程建成投用。",
           clause=True, where=["上合组织（连云港）国际物流园"])
    b.body("3.东海县跨境电商产业园入驻企业达到136家，全年跨境电商交易额同比增长37%。",
           clause=True, where=["东海县"])
    b.runin2("（四）外贸外资结构稳中向好。",
             "全市完成外贸进出口总额1120亿元，同比增长6.5%，其中对共建“一带一路”国家进出口540亿元，"
             "占比48.2%；实际使用外资6.8亿美元，同比增长3.1%。")
    b.h1("二、存在的主要问题")
    b.body("一是港口腹地拓展不够，集装箱航线数量与国内主要枢纽港相比仍有差距；二是自贸试验区改革系统"
           "集成度不高，首创性制度创新成果偏少；三是外贸新业态规模偏小，跨境电商龙头企业不多。",
           clause=True)
    b.h1("三、2025年工作打算")
    b.runin2("（一）全力拓展陆海联运通道。",
             "加快连云港港30万吨级航道二期工程建设，力争全年开行中欧（亚）班列1000列以上，"
             "稳定运营中亚、中欧主要线路。")
    b.runin2("（二）深入实施自贸试验区提升战略。",
             "对标国际高标准经贸规则，在连云港片区开展数据跨境流动、国际航行船舶保税加油等领域压力测试，"
             "力争形成制度创新成果20项以上。",
             where=["中国（江苏）自由贸易试验区连云港片区"])
    b.runin2("（三）加快培育外贸新业态。",
             "支持赣榆区、东海县跨境电商产业园提质扩容，引导企业在中亚、东南亚布局海外仓，"
             "全年跨境电商交易额增长20%以上。", where=["赣榆区", "东海县"])
    b.runin2("（四）持续优化口岸营商环境。",
             "深化“智慧口岸”建设，巩固压缩整体通关时间成效，推动口岸收费目录清单动态管理。")
    b.body("特此报告。")
    b.blank(1)
    b.p([("附件：连云港市2024年开放型经济主要指标完成情况表", FS, 16)], first=2)
    b.blank(2)
    b.p([("连云港市人民政府", FS, 16)], align="right", first=0, right=2)
    b.p([("2025年1月20日", FS, 16)], align="right", first=0, right=4)
    b.p([("（联系人：王晓东；联系电话：0518-85812345）", FS, 16)], first=2)
    b.page_break()
    b.p([("附件", HT, 16)], align="left", first=0)
    b.blank(1)
    b.p([("连云港市2024年开放型经济主要指标完成情况表", XBS, 22)], align="center", first=0, line=36, size=22)
    b.blank(1)
    h1 = ["序号", "指标名称", "单位", "2024年", None, "备注"]
    h2 = [None, None, None, "完成值", "同比增长（%）", None]
    # two-level header: a sub-column is named with its parent ("2024年" + "完成值")
    cols = ["序号", "指标名称", "单位", "2024年完成值", "2024年同比增长（%）", "备注"]
    rows = [
        ["1", "外贸进出口总额", "亿元", "1120", "6.5", ""],
        ["2", "其中：对共建“一带一路”国家进出口额", "亿元", "540", "9.8", ""],
        ["3", "实际使用外资", "亿美元", "6.8", "3.1", ""],
        ["4", "港口货物吞吐量", "亿吨", "3.3", "2.7", ""],
        ["5", "集装箱吞吐量", "万标箱", "680", "4.9", ""],
        ["6", "中欧（亚）班列开行量", "列", "950", "8.2", "含上合物流园始发"],
        ["7", "跨境电商交易额", "亿元", "86", "21.4", ""],
    ]
    data_table(doc, [h1, h2], rows, [14, 56, 20, 22, 22, 22],
               merges=[((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (0, 4)),
                       ((0, 5), (1, 5))], size=12)
    for r in rows:
        b.clause(row_clause(cols, r))
    b.blank(2)
    banji(doc, "抄送：省发展改革委，省商务厅，南京海关。", "连云港市人民政府办公室", "2025年1月22日印发")
    save(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": "连云港市人民政府关于2024年高质量推进“一带一路”强支点建设情况的报告",
            "doc_number": "连政报〔2025〕6号",
            "issuer": ["连云港市人民政府"],
            "date": "2025-01-20",
            "published": "2025-01-22",
            "level": "municipal",
            "region": "连云港市",
            "effective": None,
            "expires": None,
            "attachments": ["连云港市2024年开放型经济主要指标完成情况表"],
            "doc_type": "报告",
            "recipients": ["省人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": b.clauses,
        "applies_to": {"specific": b.specific},
    }]


# ====================================================================== (3) 省人民政府令 + 规章
def make_yunnan():
    stem = "blind272_yunnan_ling"
    doc = new_doc()
    b = B(doc)
    b.blank(1)
    b.p([("云南省人民政府令", XBS, 44, RED)], align="center", first=0, line=None, size=44)
    b.blank(2)
    b.p([("第241号", FS, 16)], align="center", first=0)
    b.blank(2)
    b.body("《云南省口岸通关便利化办法》已经2024年12月20日省人民政府第52次常务会议通过，现予公布，"
           "自2025年3月1日起施行。", clause=True)
    b.blank(2)
    b.p([("省长　", FS, 16), ("周明远", KT, 16)], align="right", first=0, right=4)
    b.p([("2025年1月6日", FS, 16)], align="right", first=0, right=4)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec)
    b.p([("云南省口岸通关便利化办法", XBS, 22)], align="center", first=0, line=36, size=22)
    b.blank(1)

    def chap(t):
        b.p([(t, HT, 16)], align="center", first=0)

    def art(no, paras, where=None, soft=False):
        """paras: list of paragraphs of the article; soft=True joins them with Shift+Enter."""
        head = no + "　"
        if soft:
            b.p([(head, HT, 16), ("\n".join(paras), FS, 16)])
        else:
            b.p([(head, HT, 16), (paras[0], FS, 16)])
            for x in paras[1:]:
                b.p([(x, FS, 16)])
        b.clause(head + "\n".join(paras), where)

    chap("第一章　总　　则")
    art("第一条", ["为了提升口岸通关便利化水平，优化口岸营商环境，服务和融入“一带一路”建设，"
                 "建设面向南亚东南亚辐射中心，根据《中华人民共和国海关法》《优化营商环境条例》等法律、"
                 "行政法规，结合本省实际，制定本办法。"])
    art("第二条", ["本省行政区域内对外开放口岸的通关便利化及其相关服务保障工作，适用本办法。",
                 "本办法所称口岸，是指经国家批准设立的供人员、货物、物品和交通运输工具直接出入国（关、边）"
                 "境的港口、机场、车站、跨境通道等。"])
    art("第三条", ["县级以上人民政府应当加强对口岸通关便利化工作的领导，建立健全口岸工作协调机制，"
                 "协调解决口岸通关中的重大问题。",
                 "省人民政府口岸管理部门负责全省口岸通关便利化的组织协调和监督指导工作。"], soft=True)
    art("第四条", ["海关、出入境边防检查等口岸查验机构依照法律、行政法规的规定履行口岸查验职责，"
                 "推进查验作业便利化。"])
    chap("第二章　通关服务")
    art("第五条", ["省人民政府口岸管理部门应当会同口岸查验机构依托国际贸易“单一窗口”，推动口岸通关、"
                 "物流、金融等服务事项“一网通办”。"])
    art("第六条", ["口岸查验机构应当推行下列便利化措施：",
                 "（一）进出口货物“提前申报”“两步申报”；",
                 "（二）鲜活农产品、冷链货物“绿色通道”优先查验；",
                 "（三）跨境运输车辆“一次申报、一次查验、一次放行”；",
                 "（四）国家和省规定的其他便利化措施。"])
    art("第七条", ["口岸经营单位应当按照规定公示收费项目、收费标准和服务内容，不得擅自设立收费项目"
                 "或者提高收费标准。"])
    art("第八条", ["陆路边境口岸实行预约通关。具备条件的口岸可以实行货物通关7×24小时全天候作业。"])
    chap("第三章　边境贸易与跨境合作")
    art("第九条", ["边民互市贸易应当在经批准设立的边民互市贸易区（点）内进行。边境县（市）人民政府应当"
                 "加强边民互市贸易区（点）的建设和管理。"])
    art("第十条", ["在中国（云南）自由贸易试验区德宏片区、红河片区内，可以探索开展跨境人民币结算、"
                 "跨境电商综合试验等制度创新，相关经验成熟后在全省口岸复制推广。"],
        where=["中国（云南）自由贸易试验区德宏片区", "中国（云南）自由贸易试验区红河片区"])
    art("第十一条", ["支持中国（云南）自由贸易试验区昆明片区依托昆明长水国际机场口岸发展国际航空货运，"
                   "培育面向南亚东南亚的航空物流枢纽。"],
        where=["中国（云南）自由贸易试验区昆明片区"])
    art("第十二条", ["鼓励企业利用中老铁路开展昆明至万象等线路国际货物运输。口岸所在地人民政府应当"
                   "统筹规划建设国际物流集散中心。"])
    chap("第四章　监督保障")
    art("第十三条", ["省人民政府口岸管理部门应当建立口岸通关时效评估制度，每年向社会公布评估结果。"])
    art("第十四条", ["县级以上人民政府应当将口岸基础设施运行维护经费纳入本级财政预算予以保障。"])
    chap("第五章　法律责任")
    art("第十五条", ["口岸经营单位违反本办法第七条规定，擅自设立收费项目或者提高收费标准的，由县级以上"
                   "人民政府市场监督管理部门依法予以处理。"])
    art("第十六条", ["口岸管理部门和口岸查验机构工作人员在口岸通关便利化工作中滥用职权、玩忽职守、"
                   "徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。"])
    chap("第六章　附　　则")
    art("第十七条", ["本办法自2025年3月1日起施行。2010年12月1日起施行的《云南省口岸服务管理规定》同时废止。"])
    b.blank(1)
    banji(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，昆明海关。",
          "云南省人民政府办公厅", "2025年1月8日印发")
    save(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": "云南省口岸通关便利化办法",
            "doc_number": "云南省人民政府令第241号",
            "issuer": ["云南省人民政府"],
            "date": "2025-01-06",
            "published": "2025-01-08",
            "level": "provincial",
            "region": "云南省",
            "effective": "2025-03-01",
            "expires": None,
            "attachments": [],
            "doc_type": "令",
            "recipients": [],
            "publicity": None,
            "repeals": "《云南省口岸服务管理规定》",
        },
        "clauses": b.clauses,
        "applies_to": {"specific": b.specific},
    }]


# ====================================================================== (4) 函 (信函格式)
def make_luzhou():
    stem = "blind272_luzhou_han"
    doc = new_doc()
    b = B(doc)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    sec.header_distance = Mm(22)
    # first-page header: 发文机关标志 (no 文件) + double red rule (上粗下细)
    fh = sec.first_page_header
    p = fh.paragraphs[0]
    add_runs(p, [("中国（四川）自由贸易试验区\n川南临港片区管理委员会", XBS, 26, RED)])
    fmt(p, align="center", line=34, size=26)
    p.paragraph_format.left_indent = Mm(-7)
    p.paragraph_format.right_indent = Mm(-7)
    set_border(p, "bottom", "thickThinSmallGap", 24, RED, 4)
    # first-page footer: double red rule (上细下粗), no page number on page 1
    ff = sec.first_page_footer
    p = ff.paragraphs[0]
    fmt(p, line=None)
    p.paragraph_format.left_indent = Mm(-7)
    p.paragraph_format.right_indent = Mm(-7)
    set_border(p, "top", "thinThickSmallGap", 24, RED, 1)
    # 发文字号 on the right under the rule
    b.p([("泸自贸管函〔2025〕9号", FS, 16)], align="right", first=0)
    b.blank(1)
    b.title("关于商请支持川南临港片区跨境电商\n产业园建设有关事项的函")
    b.blank(1)
    b.p([("泸州市商务局：", FS, 16)], first=0)
    b.body("为贯彻落实中国（四川）自由贸易试验区深化改革开放有关部署，加快发展跨境电子商务等外贸新业态，"
           "我委拟在川南临港片区建设跨境电商产业园（以下简称产业园），打造川渝滇黔结合部跨境电商集聚区。"
           "目前，产业园规划选址、招商引资等前期工作已基本完成。为加快推进产业园建设，现就有关事项商请"
           "贵局予以支持。", clause=True)
    b.h1("一、关于争取跨境电商综合试验区政策支持")
    b.body("恳请贵局将产业园纳入中国（泸州）跨境电子商务综合试验区核心功能区，在综试区线上综合服务平台"
           "为园区企业开通备案、申报等功能端口，园区企业同等享受综试区各项扶持政策。", clause=True)
    b.h1("二、关于设立跨境电商监管作业场所")
    b.runin2("（一）", "恳请贵局协调泸州海关，支持在泸州综合保税区内设立跨境电商监管作业场所，开展跨境电商"
             "网购保税进口（1210）和跨境电商出口海外仓（9810）业务。", where=["泸州综合保税区"])
    b.runin2("（二）", "恳请贵局支持产业园依托泸州港、泸州云龙机场开展跨境电商货物“水公铁空”多式联运，"
             "并协调开通泸州至越南河内的跨境电商公路班车。")
    b.h1("三、关于专项资金支持")
    b.body("恳请贵局在安排2025年外经贸发展专项资金时，对产业园公共服务平台、公共海外仓等项目给予倾斜支持，"
           "具体资金需求详见附件。", clause=True)
    b.body("特此函商，盼予支持。")
    b.blank(1)
    b.p([("附件：2025年川南临港片区跨境电商产业园建设资金需求测算表", FS, 16)], first=2, left=0)
    b.blank(2)
    b.p([("中国（四川）自由贸易试验区川南临港片区管理委员会", FS, 16)], align="right", first=0, right=0)
    b.p([("2025年3月12日", FS, 16)], align="right", first=0, right=4)
    b.p([("（联系人：刘晓梅，联系电话：0830-3195678）", FS, 16)], first=2)
    b.page_break()
    b.p([("附件", HT, 16)], align="left", first=0)
    b.blank(1)
    b.p([("2025年川南临港片区跨境电商产业园\n建设资金需求测算表", XBS, 22)], align="center", first=0,
        line=36, size=22)
    b.blank(1)
    cols = ["序号", "项目类别", "项目名称", "建设内容", "总投资（万元）", "申请支持资金（万元）"]
    rows = [
        ["1", "公共服务平台", "跨境电商综合服务平台", "建设通关、物流、金融一体化线上服务系统", "1200", "360"],
        ["2", None, "跨境电商人才实训基地", "建设实训教室及直播基地2000平方米", "800", "200"],
        ["3", "公共海外仓", "越南胡志明市公共海外仓", "租赁改造仓储面积5000平方米", "1500", "300"],
        ["4", None, "泰国曼谷公共海外仓", "租赁仓储面积3000平方米", "900", "180"],
        ["合计", None, None, None, "4400", "1040"],
    ]
    data_table(doc, [cols], rows, [12, 22, 36, 46, 20, 20],
               merges=[((1, 1), (2, 1)), ((3, 1), (4, 1)), ((5, 0), (5, 3))], size=11)
    cat = None
    for r in rows[:-1]:
        cat = r[1] or cat
        b.clause(row_clause(cols, [r[0], cat] + r[2:]))
    b.clause("序号：合计；总投资（万元）：4400；申请支持资金（万元）：1040")
    b.blank(2)
    banji(doc, "抄送：泸州市财政局，泸州海关。", None, None)
    save(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": "关于商请支持川南临港片区跨境电商产业园建设有关事项的函",
            "doc_number": "泸自贸管函〔2025〕9号",
            "issuer": ["中国（四川）自由贸易试验区川南临港片区管理委员会"],
            "date": "2025-03-12",
            "published": None,
            "level": "zone",
            "region": "中国（四川）自由贸易试验区川南临港片区",
            "effective": None,
            "expires": None,
            "attachments": ["2025年川南临港片区跨境电商产业园建设资金需求测算表"],
            "doc_type": "函",
            "recipients": ["泸州市商务局"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": b.clauses,
        "applies_to": {"specific": b.specific},
    }]


if __name__ == "__main__":
    make_jiangxi()
    make_lianyungang()
    make_yunnan()
    make_luzhou()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("wrote", ", ".join(sorted(EXPECTED)))
