# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 347: three fictional joint documents (联合发文) in GB/T 9704 layout.

Writes next to itself:
  blind347_yunnan_qingshi.docx/.pdf     6 厅局 joint 请示 (mark stacked in two columns)
  blind347_shangwubu_yijian.docx/.pdf   商务部等9部门 意见 (lead-organ mark only)
  blind347_zhengzhou_tongzhi.docx/.pdf  郑州 5-organ 通知 (one line per organ, 海关 + 片区管委会)
  expected.json
Run:  . /work/venv/bin/activate && python make_blind347.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
DISTRIBUTE = WD_ALIGN_PARAGRAPH.DISTRIBUTE


# ----------------------------------------------------------------- helpers
def set_run_font(run, name, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    latin = "Times New Roman" if name in (FS, KT, SONG) else name
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:cs"), latin)


def add_text(par, text, font=FS, size=16, bold=False, color=None):
    """Add text to a paragraph; '\n' inside text becomes a soft line break."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            br = par.add_run()
            set_run_font(br, font, size, bold, color)
            br.add_break(WD_BREAK.LINE)
        if part:
            r = par.add_run(part)
            set_run_font(r, font, size, bold, color)


def fmt(par, align=JUSTIFY, first_indent=32, line=28.95, before=0, after=0, left=None, right=None):
    pf = par.paragraph_format
    pf.alignment = align
    pf.first_line_indent = Pt(first_indent) if first_indent else None
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    # keep Chinese text on the character grid as offices do
    ppr = par._p.get_or_add_pPr()
    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "0")
    ppr.append(snap)


def p_border(par, top=None, bottom=None, color="000000"):
    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, spec in (("top", top), ("bottom", bottom)):
        if spec:
            el = OxmlElement("w:" + side)
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(spec))
            el.set(qn("w:space"), "1")
            el.set(qn("w:color"), color)
            bdr.append(el)
    ppr.append(bdr)


def table_borders(table, show=True, sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        if show:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:color"), "000000")
        else:
            el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def set_col_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    tblPr = table._tbl.tblPr
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    old = tblPr.find(qn("w:tblW"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(tw)
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def cell_text(cell, text, font=FS, size=12, bold=False, align=CENTER, color=None, line=None):
    par = cell.paragraphs[0]
    fmt(par, align=align, first_indent=0, line=line)
    add_text(par, text, font, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return par


def add_page_field(par, font, size):
    r = par.add_run("— ")
    set_run_font(r, font, size)
    r1 = par.add_run()
    set_run_font(r1, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._r.append(fc)
    r2 = par.add_run()
    set_run_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._r.append(it)
    r3 = par.add_run()
    set_run_font(r3, font, size)
    fc2 = OxmlElement("w:fldChar")
    fc2.set(qn("w:fldCharType"), "end")
    r3._r.append(fc2)
    r4 = par.add_run(" —")
    set_run_font(r4, font, size)


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
    section.footer_distance = Mm(25) if not landscape else Mm(15)


class Doc:
    """Thin builder that also records the clauses written."""

    def __init__(self, odd_even=True):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.size = Pt(16)
        rpr = st.element.get_or_add_rPr()
        rf = OxmlElement("w:rFonts")
        rf.set(qn("w:eastAsia"), FS)
        rf.set(qn("w:ascii"), "Times New Roman")
        rf.set(qn("w:hAnsi"), "Times New Roman")
        rpr.append(rf)
        sec = self.d.sections[0]
        page_setup(sec)
        self.d.settings.odd_and_even_pages_header_footer = odd_even
        fp = sec.footer.paragraphs[0]
        fmt(fp, align=RIGHT if odd_even else CENTER, first_indent=0, line=None, right=14 if odd_even else None)
        add_page_field(fp, SONG, 14)
        if odd_even:
            ep = sec.even_page_footer.paragraphs[0]
            fmt(ep, align=LEFT, first_indent=0, line=None, left=14)
            add_page_field(ep, SONG, 14)
        self.clauses = []
        self.specific = {}

    # -- generic paragraphs
    def par(self, segs, align=JUSTIFY, first_indent=32, line=28.95, before=0, after=0, left=None, right=None):
        p = self.d.add_paragraph()
        fmt(p, align, first_indent, line, before, after, left, right)
        if isinstance(segs, str):
            segs = [(segs, FS, False)]
        for seg in segs:
            text, font, bold = seg[0], seg[1], seg[2]
            size = seg[3] if len(seg) > 3 else 16
            color = seg[4] if len(seg) > 4 else None
            add_text(p, text, font, size, bold, color)
        return p

    def blank(self, n=1, line=28.95):
        for _ in range(n):
            self.par("", line=line)

    def clause(self, segs, places=None, **kw):
        p = self.par(segs, **kw)
        if isinstance(segs, str):
            segs = [(segs, FS, False)]
        text = "".join(s[0] for s in segs).replace("\n", "")
        self.clauses.append(text)
        if places:
            self.specific[text[:24]] = places
        return p

    def h1(self, text):
        return self.par([(text, HT, False)])

    def h2(self, text):
        return self.par([(text, KT, False)])

    def runin2(self, head, body, places=None):
        return self.clause([(head, KT, False), (body, FS, False)], places)

    def runin3(self, head, body, places=None):
        return self.clause([(head, FS, True), (body, FS, False)], places)

    def red_rule(self, before=4):
        p = self.par("", first_indent=0, line=6, before=before, after=0)
        p_border(p, bottom=18, color="E60012")
        return p

    def page_break(self):
        p = self.d.add_paragraph()
        fmt(p, first_indent=0, line=None)
        p.add_run().add_break(WD_BREAK.PAGE)

    def new_section(self, landscape):
        sec = self.d.add_section(WD_SECTION.NEW_PAGE)
        page_setup(sec, landscape)
        return sec

    def table(self, rows, cols, widths, borders=True):
        t = self.d.add_table(rows=rows, cols=cols)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(t, borders)
        set_col_widths(t, widths)
        return t

    def data_table(self, header, rows, widths, merges=(), size=12, specific_rows=None, total_row=None):
        """rows: list of lists (a merged cell repeats its value in every row it covers;
        the docx prints it once). merges: (col, first_row, last_row) vertical merges."""
        nrows = len(rows) + 1 + (1 if total_row else 0)
        t = self.table(nrows, len(header), widths)
        for i, h in enumerate(header):
            cell_text(t.cell(0, i), h, HT, size)
        skip = set()
        for col, r0, r1 in merges:
            for r in range(r0 + 1, r1 + 1):
                skip.add((r, col))
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                if (ri, ci) in skip:
                    continue
                align = LEFT if len(val) > 14 else CENTER
                cell_text(t.cell(ri + 1, ci), val, FS, size, align=align)
        for col, r0, r1 in merges:
            t.cell(r0 + 1, col).merge(t.cell(r1 + 1, col))
        for ri, row in enumerate(rows):
            text = "；".join(f"{h}：{v}" for h, v in zip(header, row))
            self.clauses.append(text)
            if specific_rows and ri in specific_rows:
                self.specific[text[:24]] = specific_rows[ri]
        if total_row:
            span, values = total_row  # label spans first `span` columns
            r = nrows - 1
            a = t.cell(r, 0).merge(t.cell(r, span - 1))
            cell_text(a, "合计", HT, size)
            for j, v in enumerate(values):
                cell_text(t.cell(r, span + j), v, FS, size)
            text = "；".join([f"{header[0]}：合计"] + [f"{header[span + j]}：{v}" for j, v in enumerate(values)])
            self.clauses.append(text)
        return t

    def banji(self, chaosong, yinfa_org, yinfa_date, pre_blank=0):
        self.blank(pre_blank)
        p = self.par([(chaosong, FS, False, 14)], first_indent=0, line=28, left=14, right=14)
        p_border(p, top=8, bottom=4)
        p.paragraph_format.first_line_indent = None
        # hanging indent so that wrapped lines align after "抄送："
        p.paragraph_format.left_indent = Pt(14 + 42)
        p.paragraph_format.first_line_indent = Pt(-42)
        q = self.par([(yinfa_org + "\t" + yinfa_date + "印发", FS, False, 14)], align=LEFT,
                     first_indent=0, line=28, left=14, right=14)
        sec = self.d.sections[-1]
        width = sec.page_width - sec.left_margin - sec.right_margin
        q.paragraph_format.tab_stops.add_tab_stop(width - Pt(14), WD_TAB_ALIGNMENT.RIGHT)
        p_border(q, bottom=8)

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        fix_order(self.d)
        self.d.save(path)
        return path


PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
             "sectPr", "pPrChange"]
TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
               "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar",
               "tblLook", "tblCaption", "tblDescription"]


def _sort_children(el, order):
    rank = {qn("w:" + n): i for i, n in enumerate(order)}
    kids = list(el)
    kids.sort(key=lambda k: rank.get(k.tag, len(order)))
    for k in kids:
        el.remove(k)
    for k in kids:
        el.append(k)


def fix_order(document):
    """Put pPr / tblPr children into schema order so that Word opens the file cleanly."""
    parts = [document.element.body]
    for sec in document.sections:
        for hf in (sec.footer, sec.even_page_footer):
            parts.append(hf._element)
    for root in parts:
        for ppr in root.iter(qn("w:pPr")):
            _sort_children(ppr, PPR_ORDER)
        for tpr in root.iter(qn("w:tblPr")):
            _sort_children(tpr, TBLPR_ORDER)


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_347",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def signature_table(doc, organs, cols, widths, size=16, merge_last=False, row_mm=24, pre_blank=2):
    rows = (len(organs) + cols - 1) // cols
    doc.blank(pre_blank)
    t = doc.table(rows, cols, widths, borders=False)
    for i, org in enumerate(organs):
        r, c = divmod(i, cols)
        cell_text(t.cell(r, c), org, FS, size, line=28.95)
        # space left above each name for the seal
        t.rows[r].height = Mm(row_mm)
    if merge_last and len(organs) % cols:
        r = rows - 1
        a = t.cell(r, len(organs) % cols - 1).merge(t.cell(r, cols - 1))
        # merged cell keeps the text of the first one; nothing else to do
    return t


# =============================================================== document A
def make_yunnan():
    stem = "blind347_yunnan_qingshi"
    D = Doc()
    organs = ["云南省商务厅", "云南省发展和改革委员会", "云南省财政厅",
              "云南省自然资源厅", "云南省交通运输厅", "昆明海关"]
    # 版头: two columns of organ names, 文件 to the right spanning the three rows
    D.blank(1, line=20)
    t = D.table(3, 3, [61, 61, 34], borders=False)
    for i, org in enumerate(organs):
        r, c = divmod(i, 2)
        cell_text(t.cell(r, c), org, XBS, 14, color=RED, align=DISTRIBUTE, line=24)
    m = t.cell(0, 2).merge(t.cell(2, 2))
    cell_text(m, "文件", XBS, 36, color=RED, align=CENTER)
    D.blank(1, line=20)
    # 签发人 block (上行文): 文号 on the line of the last 签发人
    sign = [("周文斌", "高建明"), ("刘晓东", "赵德胜"), ("孙玉林", "马振国")]
    for i, (a, b) in enumerate(sign):
        left = "　云商请〔2025〕14号" if i == 2 else ""
        lab = "签发人：" if i == 0 else ""
        p = D.par([(left + "\t" + lab + "\t", FS, False), (a + "　" + b, KT, False)],
                  align=LEFT, first_indent=0)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(86), WD_TAB_ALIGNMENT.LEFT)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(108), WD_TAB_ALIGNMENT.LEFT)
    D.red_rule()
    D.blank(1)
    # title printed as two separate paragraphs
    D.par([("关于加快中老铁路国际物流大通道建设", XBS, False, 22)], align=CENTER, first_indent=0, line=36)
    D.par([("有关支持政策的请示", XBS, False, 22)], align=CENTER, first_indent=0, line=36)
    D.blank(1)
    D.par("省人民政府：", first_indent=0)
    D.clause("中老铁路全线开通运营以来，我省依托这一国际大通道，加快发展跨境物流、国际贸易和沿线产业，"
             "通道带动效应持续显现。为进一步发挥中老铁路对我省建设面向南亚东南亚辐射中心的支撑作用，"
             "推动通道经济向口岸经济、枢纽经济、产业经济转变，省商务厅会同省发展改革委、省财政厅、"
             "省自然资源厅、省交通运输厅、昆明海关进行了深入研究，现将有关情况和支持政策请示如下。")
    D.h1("一、基本情况")
    D.clause("截至2025年8月底，中老铁路累计开行跨境货物列车1.38万列，运输进出口货物1126万吨，"
             "货值超过560亿元，通达老挝、泰国、越南、缅甸、柬埔寨等国家，覆盖国内31个省（区、市）。"
             "沿线昆明、玉溪、普洱、西双版纳等州（市）布局建设了一批物流枢纽和产业园区，"
             "“澜湄快线”“中老泰”等班列品牌影响不断扩大。")
    D.clause("同时，大通道建设仍面临一些突出问题：一是沿线物流枢纽功能不完善，集疏运体系衔接不畅，"
             "项目用地保障难度较大；二是回程货源不足，班列重去轻回，综合物流成本偏高；"
             "三是口岸通关能力与货运量快速增长不相适应，查验、换装设施亟待升级；"
             "四是跨部门协调机制有待健全，政策合力尚未充分发挥。")
    D.h1("二、请示事项")
    D.runin2("（一）设立中老铁路国际物流大通道发展专项资金。",
             "2026—2028年，省级财政每年统筹安排资金3亿元，设立中老铁路国际物流大通道发展专项资金，"
             "重点支持国际货运班列常态化开行、沿线物流枢纽建设和跨境物流企业培育。"
             "专项资金由省商务厅会同省财政厅按规定管理，具体管理办法由省财政厅、省商务厅另行制定。")
    D.runin2("（二）保障沿线物流枢纽项目用地。",
             "\n对纳入中老铁路沿线物流枢纽建设项目表（见附件）的项目，由省自然资源厅在国土空间规划中统筹安排，"
             "优先纳入省级重大项目清单，所需新增建设用地计划指标由省级统筹保障；对符合条件的物流仓储用地，"
             "可按不低于工业用地最低价标准的70%确定出让底价。")
    D.h2("（三）支持提升口岸通关能力。")
    D.clause("1.支持昆明海关在中老铁路沿线推广“铁路快通”“提前申报”“两段准入”等监管模式，"
             "进出口货物整体通关时间在2024年基础上再压缩20%。")
    D.clause("2.对沿线铁路口岸查验、换装及冷链设施升级改造项目，省级财政按项目总投资的30%给予补助，"
             "单个项目补助最高不超过5000万元。")
    D.clause("3.支持中国老挝磨憨—磨丁经济合作区中方区域建设国际物流分拨中心，"
             "在合作区内试行“一次申报、一次查验、一次放行”跨境通关模式。",
             places=["中国老挝磨憨—磨丁经济合作区（中方区域）"])
    D.runin2("（四）降低国际班列综合物流成本。",
             "对省内企业组织开行的中老铁路国际货运班列，按照去程每标准集装箱1500元、"
             "回程每标准集装箱3000元的标准给予运费补贴；对开行冷链专列的，补贴标准上浮20%。"
             "省交通运输厅牵头协调铁路部门对沿线物流枢纽集装箱运输实行运价下浮。")
    D.runin2("（五）支持昆明片区建设国际陆港。",
             "支持中国（云南）自由贸易试验区昆明片区依托王家营西集装箱中心站建设国际陆港，"
             "申报国家物流枢纽和多式联运示范工程，在片区内开展铁路运输单证物权化试点，"
             "探索“一单制”全程物流服务。",
             places=["中国（云南）自由贸易试验区昆明片区"])
    D.runin2("（六）建立协调推进机制。",
             "建议由省人民政府分管副省长牵头，建立中老铁路国际物流大通道建设协调推进机制，"
             "省商务厅承担日常工作，省直有关部门、昆明海关和沿线州（市）人民政府为成员单位，"
             "每半年召开1次会议，研究解决重大问题。")
    D.par("以上请示妥否，请批示。")
    D.blank(1)
    D.par("附件：中老铁路沿线物流枢纽建设项目表", first_indent=32)
    signature_table(D, organs, 2, [76, 76])
    D.par("2025年9月18日", align=RIGHT, first_indent=0, right=64, before=6)
    D.par("（联系人：杨　帆，联系电话：0871-63129376）", first_indent=32)
    # 附件 on a new page
    D.page_break()
    D.par([("附件", HT, False)], first_indent=0, align=LEFT)
    D.blank(1)
    D.par([("中老铁路沿线物流枢纽建设项目表", XBS, False, 20)], align=CENTER, first_indent=0, line=32)
    D.blank(1, line=14)
    header = ["序号", "州（市）", "项目名称", "建设内容", "总投资（亿元）", "用地规模（亩）"]
    rows = [
        ["1", "昆明市", "王家营西国际陆港二期", "集装箱堆场、海关监管作业场所及多式联运中心", "42.6", "1350"],
        ["2", "昆明市", "昆明国际冷链物流中心", "冷库20万吨及配套分拨设施", "18.4", "420"],
        ["3", "玉溪市", "研和铁路物流园", "铁路专用线、仓储及城市配送中心", "15.8", "610"],
        ["4", "普洱市", "普洱国际物流港", "公铁联运场站及进出口商品分拨中心", "12.3", "480"],
        ["5", "西双版纳州", "磨憨国际物流中心", "跨境分拨、保税仓储及换装作业设施", "36.5", "1200"],
        ["6", "西双版纳州", "景洪综合物流园", "冷链仓储、商贸物流及配套设施", "9.7", "350"],
    ]
    D.data_table(header, rows, [12, 24, 38, 46, 18, 18], merges=[(1, 0, 1), (1, 4, 5)], size=12,
                 specific_rows={0: ["昆明市"], 1: ["昆明市"], 2: ["玉溪市"], 3: ["普洱市"],
                                4: ["西双版纳州"], 5: ["西双版纳州"]},
                 total_row=(4, ["135.3", "4410"]))
    D.blank(2)
    D.banji("抄送：省委办公厅，海关总署办公厅。", "云南省商务厅办公室", "2025年9月19日")
    path = D.save(stem)
    meta = {
        "title": "关于加快中老铁路国际物流大通道建设有关支持政策的请示",
        "doc_number": "云商请〔2025〕14号",
        "issuer": organs,
        "date": "2025-09-18",
        "published": "2025-09-19",
        "level": "provincial",
        "region": "云南省",
        "effective": None,
        "expires": None,
        "attachments": ["中老铁路沿线物流枢纽建设项目表"],
        "doc_type": "请示",
        "recipients": ["省人民政府"],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, meta, D


# =============================================================== document B
def make_shangwubu():
    stem = "blind347_shangwubu_yijian"
    D = Doc()
    organs = ["商务部", "外交部", "国家发展改革委", "财政部", "中国人民银行",
              "海关总署", "税务总局", "市场监管总局", "国家外汇局"]
    D.blank(2, line=20)
    D.par([("中华人民共和国商务部文件", XBS, False, 32, RED)], align=CENTER, first_indent=0, line=44)
    D.blank(2)
    D.par("商电发〔2025〕118号", align=CENTER, first_indent=0)
    D.red_rule()
    D.blank(1)
    D.par([("商务部等9部门关于支持自由贸易试验区\n深化“丝路电商”合作的意见", XBS, False, 22)],
          align=CENTER, first_indent=0, line=36)
    D.blank(1)
    D.par("各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务、外事、发展改革、财政、市场监管主管部门，"
          "中国人民银行上海总部，各省、自治区、直辖市及计划单列市分行，海关总署广东分署、各直属海关，"
          "国家税务总局各省、自治区、直辖市和计划单列市税务局，国家外汇管理局各省、自治区、直辖市及计划单列市分局：",
          first_indent=0)
    D.clause("“丝路电商”是推动共建“一带一路”高质量发展的重要抓手。为深入贯彻落实党中央、国务院关于"
             "实施自由贸易试验区提升战略的决策部署，支持自由贸易试验区（以下简称自贸试验区）发挥改革开放"
             "试验田作用，在“丝路电商”合作中先行先试，推动跨境电商高质量发展，现提出以下意见。")
    D.h1("一、总体要求")
    D.clause("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，"
             "坚持制度型开放，聚焦“丝路电商”伙伴国合作需求，以自贸试验区为平台，在规则对接、设施联通、"
             "贸易畅通、能力建设等方面开展首创性、差异化探索。到2027年，自贸试验区与“丝路电商”伙伴国"
             "跨境电商贸易规模明显扩大，形成一批可复制推广的制度创新成果，建成20个左右“丝路电商”"
             "合作示范平台。")
    D.h1("二、深化规则对接和制度创新")
    D.runin2("（一）对接高标准数字贸易规则。",
             "支持自贸试验区在电子签名互认、电子发票、数字身份认证、无纸化贸易等领域对接国际高标准经贸规则，"
             "率先开展压力测试，参与“丝路电商”伙伴国电子商务规则标准研究。")
    D.runin2("（二）开展数据跨境流动便利化试点。",
             "支持上海、广东、北京自贸试验区在数据安全有序流动前提下，制定跨境电商领域数据出境负面清单，"
             "为企业开展“丝路电商”业务提供便利。",
             places=["中国（上海）自由贸易试验区", "中国（广东）自由贸易试验区", "中国（北京）自由贸易试验区"])
    D.runin2("（三）创新跨境电商知识产权保护。",
             "建立自贸试验区跨境电商知识产权纠纷快速处理机制，加强与“丝路电商”伙伴国知识产权保护合作，"
             "支持在自贸试验区设立海外知识产权纠纷应对指导工作站。")
    D.h1("三、提升贸易便利化水平")
    D.h2("（四）优化跨境电商通关监管。")
    D.clause([("1.", FS, False), ("在自贸试验区全面推广跨境电商出口“清单申报、汇总统计”模式，"
              "支持跨境电商企业对同一批次货物“一次申报、分批出区”。", FS, False)])
    D.clause([("2.", FS, False), ("支持自贸试验区内海关特殊监管区域开展跨境电商“保税+”新业态试点，具体包括：",
              FS, False)])
    D.clause("（1）开展跨境电商出口商品保税展示和直播销售，实行“展示前备案、销售后核销”；")
    D.clause("（2）开展跨境电商零售进口退货商品境内集中处置，符合条件的退货商品可在区内维修后复出口；")
    D.clause("（3）支持广西、云南自贸试验区面向东盟开展跨境电商边境仓业务试点，完善边境仓通关和物流配套政策。",
             places=["中国（广西）自由贸易试验区", "中国（云南）自由贸易试验区"])
    D.runin2("（五）推进跨境物流通道建设。",
             "支持自贸试验区依托中欧班列、西部陆海新通道和国际航空货运网络，建设面向“丝路电商”伙伴国的"
             "跨境电商物流枢纽，鼓励企业在伙伴国布局建设公共海外仓，推动海外仓数据与国内通关、"
             "物流平台互联互通。")
    D.h1("四、强化金融和税收支持")
    D.runin2("（六）提升跨境支付结算便利化水平。",
             "\n支持自贸试验区内银行在真实、合规前提下，为跨境电商企业提供经常项目外汇便利化结算服务，"
             "扩大人民币在“丝路电商”贸易中的使用，鼓励非银行支付机构依法合规拓展跨境电商支付业务。")
    D.runin2("（七）落实跨境电商税收政策。",
             "对符合条件的自贸试验区跨境电商企业出口货物，按规定落实增值税、消费税退（免）税或免税政策；"
             "支持跨境电商综合试验区与自贸试验区重合区域内企业适用核定征收企业所得税办法。")
    D.runin2("（八）加强与海南自由贸易港政策联动。",
             "支持海南自由贸易港在“丝路电商”合作中发挥政策优势，对符合条件的跨境电商企业按规定享受"
             "企业所得税优惠政策，探索离岛免税与跨境电商零售进口协同发展。",
             places=["海南自由贸易港"])
    D.h1("五、保障措施")
    D.runin2("（九）加强组织领导。",
             "商务部会同有关部门加强统筹协调和工作指导。各地商务主管部门要会同有关部门将支持自贸试验区"
             "深化“丝路电商”合作纳入自贸试验区建设重点工作，制定具体落实措施。")
    D.runin2("（十）强化评估推广。",
             "商务部会同有关部门定期对自贸试验区“丝路电商”合作成效开展评估，及时总结推广典型经验做法，"
             "对成效显著的自贸试验区在开展相关试点时予以优先支持。")
    D.clause("各地在实施过程中遇到的重大问题，请及时向商务部等部门报告。")
    signature_table(D, organs, 3, [52, 52, 52], row_mm=15, pre_blank=1)
    D.par("2025年6月20日", align=RIGHT, first_indent=0, right=64, before=6)
    D.par("（此件公开发布）", first_indent=32)
    D.page_break()
    D.blank(15)
    D.banji("抄送：中央网信办，工业和信息化部，交通运输部，国家邮政局，各自由贸易试验区工作领导小组办公室。",
            "商务部办公厅", "2025年6月27日")
    path = D.save(stem)
    meta = {
        "title": "商务部等9部门关于支持自由贸易试验区深化“丝路电商”合作的意见",
        "doc_number": "商电发〔2025〕118号",
        "issuer": organs,
        "date": "2025-06-20",
        "published": "2025-06-27",
        "level": "national",
        "region": "全国",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "意见",
        "recipients": [
            "各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务、外事、发展改革、财政、市场监管主管部门",
            "中国人民银行上海总部",
            "各省、自治区、直辖市及计划单列市分行",
            "海关总署广东分署、各直属海关",
            "国家税务总局各省、自治区、直辖市和计划单列市税务局",
            "国家外汇管理局各省、自治区、直辖市及计划单列市分局",
        ],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, meta, D


# =============================================================== document C
def make_zhengzhou():
    stem = "blind347_zhengzhou_tongzhi"
    D = Doc()
    organs = ["郑州市商务局", "郑州市财政局", "郑州市交通运输局", "郑州海关",
              "中国（河南）自由贸易试验区郑州片区管理委员会"]
    D.blank(1, line=20)
    # mark: one line per organ; "文件" sits on the middle line at the right margin
    for i, org in enumerate(organs):
        segs = [(org, XBS, False, 16, RED)]
        if i == 2:
            segs.append(("\t文件", XBS, False, 32, RED))
        p = D.par(segs, align=LEFT, first_indent=0, line=34 if i == 2 else 26)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(124), WD_TAB_ALIGNMENT.LEFT)
    D.blank(1)
    D.par("郑商务〔2025〕56号", align=CENTER, first_indent=0)
    D.red_rule()
    D.blank(1)
    D.par([("郑州市商务局 郑州市财政局\n郑州市交通运输局 郑州海关\n中国（河南）自由贸易试验区\n"
            "郑州片区管理委员会关于支持跨境电商与\n综合保税区联动发展的通知", XBS, False, 22)],
          align=CENTER, first_indent=0, line=36)
    D.blank(1)
    D.par("各区县（市）人民政府，郑州航空港经济综合实验区、郑东新区、郑州经济技术开发区、"
          "郑州高新技术产业开发区管委会，市直有关单位，郑州海关各隶属海关：", first_indent=0)
    D.clause("为深入落实国家和省关于促进跨境电子商务高质量发展的部署要求，发挥中国（郑州）跨境电子商务"
             "综合试验区和综合保税区叠加优势，推动跨境电商与综合保税区联动发展，打造“买全球、卖全球”的"
             "跨境电商枢纽，经研究，现就有关事项通知如下。")
    D.clause([("一、支持跨境电商主体集聚。", HT, False),
              ("对新引进的跨境电商企业，自注册之日起12个月内跨境电商进出口额首次超过1亿元的，"
               "给予一次性奖励50万元；对本地跨境电商企业年度进出口额增长超过30%且超过5000万元的，"
               "按增量部分的1%给予奖励，单个企业每年最高不超过200万元。", FS, False)])
    D.clause([("二、支持综合保税区发展跨境电商业务。", HT, False),
              ("对在郑州新郑综合保税区、郑州经开综合保税区开展跨境电商“1210”网购保税进口业务的企业，"
               "按每单0.5元给予补贴；开展跨境电商保税出口业务的，按每单1元给予补贴，"
               "单个企业每年最高不超过300万元。", FS, False)],
             places=["郑州新郑综合保税区", "郑州经开综合保税区"])
    D.clause([("三、支持公共海外仓建设。", HT, False),
              ("对在共建“一带一路”国家新建或租用面积不少于5000平方米、并经市商务局认定为市级公共海外仓的，"
               "按实际建设或租赁费用的20%给予一次性补助，最高不超过100万元。", FS, False)])
    D.h1("四、优化通关监管服务")
    D.runin2("（一）",
             "郑州海关对跨境电商出口商品实行“7×24小时”预约通关，对综合保税区内跨境电商企业推广"
             "“自报自缴、自主核放”监管模式，实现区内货物“即到即查、即查即放”。")
    D.runin2("（二）",
             "支持在郑州片区内设立跨境电商退货中心仓，对区外出口退货商品实行“先入仓、后申报”，"
             "退货商品可在仓内分拣、维修后重新出口或依法处置。",
             places=["中国（河南）自由贸易试验区郑州片区"])
    D.runin2("（三）",
             "推进“关邮协同”，支持郑州国际邮件枢纽口岸与跨境电商监管中心信息共享，"
             "对跨境电商邮路出口商品实行“一次查验、一次放行”。")
    D.clause([("五、降低跨境物流成本。", HT, False),
              ("市交通运输局会同市商务局对跨境电商货物运输给予以下支持：", FS, False)])
    D.clause("1.对搭载跨境电商货物的中欧班列（中豫号）、郑州—卢森堡“空中丝绸之路”国际货运航线，"
             "按实际运输量给予每标准集装箱1000元或每吨500元的运费补贴；")
    D.clause("2.对跨境电商企业通过“卡车航班”将货物集中至郑州新郑国际机场出境的，按每车次2000元给予补贴，"
             "单个企业每年最高不超过100万元。")
    D.clause([("六、支持郑州片区开展制度创新。", HT, False),
              ("\n中国（河南）自由贸易试验区郑州片区管理委员会对片区内企业和单位形成的跨境电商制度创新成果，"
               "经省级以上部门复制推广的，每项给予20万元奖励；对在片区内新设立的跨境电商服务企业，"
               "前两年按其实际办公用房租金的50%给予补贴。", FS, False)],
             places=["中国（河南）自由贸易试验区郑州片区"])
    D.clause([("七、资金来源与申报。", HT, False),
              ("本通知所需资金由市级财政和企业注册地所在区县（市）财政按5∶5比例分担，其中郑州片区内企业的"
               "区县级部分由片区管委会承担。各项支持政策的申报主体、标准和牵头单位见附件，申报指南由牵头单位"
               "另行发布。同一企业同一事项符合本市其他政策的，按照“就高不重复”原则执行。", FS, False)])
    D.clause([("八、", HT, False),
              ("本通知自2025年12月1日起施行，有效期至2027年11月30日。《郑州市商务局 郑州市财政局"
               "关于促进跨境电子商务发展的通知》（郑商务〔2022〕41号）同时废止。", FS, False)])
    D.blank(1)
    D.par("附件：郑州市跨境电商与综合保税区联动发展支持事项一览表", first_indent=32)
    sig = signature_table(D, organs, 2, [78, 78], merge_last=True, row_mm=18)
    D.par("2025年11月5日", align=RIGHT, first_indent=0, right=64, before=6)
    D.par("（此件公开发布）", first_indent=32)
    contacts = [("市商务局", "刘晓燕", "0371-67180526"), ("市财政局", "陈俊峰", "0371-67181347"),
                ("市交通运输局", "宋立新", "0371-67173268"), ("郑州海关", "郭明辉", "0371-68713509"),
                ("郑州片区管委会", "韩　雪", "0371-55670218")]
    for i, (org, name, tel) in enumerate(contacts):
        lead = "联系人：" if i == 0 else "　　　　"
        D.par(f"{lead}{org}　{name}　{tel}", align=LEFT, first_indent=32, line=26)
    # 附件 in a landscape section
    D.new_section(landscape=True)
    D.par([("附件", HT, False)], first_indent=0, align=LEFT)
    D.par([("郑州市跨境电商与综合保税区联动发展支持事项一览表", XBS, False, 20)], align=CENTER,
          first_indent=0, line=32)
    D.blank(1, line=12)
    header = ["序号", "支持方向", "支持事项", "支持标准", "牵头单位"]
    rows = [
        ["1", "主体培育", "新引进跨境电商企业奖励",
         "注册12个月内跨境电商进出口额首次超过1亿元的，一次性奖励50万元", "市商务局"],
        ["2", "主体培育", "跨境电商企业增长奖励",
         "年度进出口额增长超过30%且超过5000万元的，按增量部分的1%奖励，每年最高200万元", "市商务局"],
        ["3", "平台建设", "综合保税区跨境电商业务补贴",
         "在郑州新郑综合保税区、郑州经开综合保税区开展“1210”进口的每单0.5元、保税出口的每单1元，每年最高300万元",
         "市商务局"],
        ["4", "平台建设", "市级公共海外仓补助", "按实际建设或租赁费用的20%一次性补助，最高100万元", "市商务局"],
        ["5", "平台建设", "片区制度创新奖励及服务企业租金补贴",
         "复制推广的制度创新成果每项20万元；新设跨境电商服务企业前两年租金补贴50%", "郑州片区管委会"],
        ["6", "物流通道", "国际班列和货运航线运费补贴", "每标准集装箱1000元或每吨500元", "市交通运输局"],
        ["7", "物流通道", "“卡车航班”补贴", "每车次2000元，每年最高100万元", "市交通运输局"],
    ]
    D.data_table(header, rows, [14, 26, 52, 106, 28], merges=[(1, 0, 1), (1, 2, 4), (1, 5, 6), (4, 0, 3), (4, 5, 6)],
                 size=12,
                 specific_rows={2: ["郑州新郑综合保税区", "郑州经开综合保税区"],
                                4: ["中国（河南）自由贸易试验区郑州片区"]})
    D.blank(1)
    D.banji("抄送：市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公室，省商务厅，省财政厅。",
            "郑州市商务局办公室", "2025年11月7日")
    path = D.save(stem)
    meta = {
        "title": "郑州市商务局 郑州市财政局 郑州市交通运输局 郑州海关 中国（河南）自由贸易试验区郑州片区管理委员会"
                 "关于支持跨境电商与综合保税区联动发展的通知",
        "doc_number": "郑商务〔2025〕56号",
        "issuer": organs,
        "date": "2025-11-05",
        "published": "2025-11-07",
        "level": "municipal",
        "region": "郑州市",
        "effective": "2025-12-01",
        "expires": "2027-11-30",
        "attachments": ["郑州市跨境电商与综合保税区联动发展支持事项一览表"],
        "doc_type": "通知",
        "recipients": [
            "各区县（市）人民政府",
            "郑州航空港经济综合实验区、郑东新区、郑州经济技术开发区、郑州高新技术产业开发区管委会",
            "市直有关单位",
            "郑州海关各隶属海关",
        ],
        "publicity": "此件公开发布",
        "repeals": "《郑州市商务局 郑州市财政局关于促进跨境电子商务发展的通知》（郑商务〔2022〕41号）",
    }
    return stem, path, meta, D


def main():
    expected = {}
    for maker in (make_yunnan, make_shangwubu, make_zhengzhou):
        stem, path, meta, D = maker()
        to_pdf(path)
        expected[stem] = [{"meta": meta, "clauses": D.clauses,
                           "applies_to": {"specific": D.specific}}]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
