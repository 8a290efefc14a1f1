# ruff: noqa
"""Write the 300th round of blind test documents next to this script.

Four red-header 公文 of 2026 (Word + LibreOffice PDF each) and expected.json.
Run:  . /work/venv/bin/activate && python make_blind300.py
Needs python-docx and LibreOffice `soffice` (private profile /tmp/lo_300).
"""
import json
import os
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
BR = "|BR|"          # soft line break (Shift+Enter) inside a paragraph
LINE = Pt(22.75)     # 28 lines on a 225 mm 版心 (455 twips)


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None, scale=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    if scale:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rpr.append(w)


def add_text(p, text, font, size, bold=False, color=None, scale=None):
    """Add text to p; BR markers become soft line breaks."""
    parts = text.split(BR)
    for i, part in enumerate(parts):
        if i:
            r = p.add_run()
            set_font(r, font, size, bold, color)
            r.add_break(WD_BREAK.LINE)
        if part:
            r = p.add_run(part)
            set_font(r, font, size, bold, color, scale)


def fmt(p, align=None, indent_chars=0, left_chars=0, right_chars=0, line=LINE,
        before=0, after=0, size=16, hanging_chars=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    if hanging_chars:
        pf.first_line_indent = -Pt(size * hanging_chars)
    if left_chars:
        pf.left_indent = Pt(size * left_chars)
    if right_chars:
        pf.right_indent = Pt(size * right_chars)
    pf.widow_control = False


def border(p, side, sz, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement(f"w:{side}")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def page_field(p, font, size):
    def r_(text=None, fld=None, instr=None):
        r = p.add_run()
        set_font(r, font, size)
        if fld:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), fld)
            r._r.append(e)
        elif instr:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = instr
            r._r.append(e)
        else:
            r.text = text
    r_("— ")
    r_(fld="begin")
    r_(instr=" PAGE ")
    r_(fld="separate")
    r_("1")
    r_(fld="end")
    r_(" —")


def grid(section, pitch=455):
    sp = section._sectPr
    for g in sp.findall(qn("w:docGrid")):
        sp.remove(g)
    g = OxmlElement("w:docGrid")
    g.set(qn("w:type"), "lines")
    g.set(qn("w:linePitch"), str(pitch))
    sp.append(g)


def set_widths(t, widths):
    """Column widths that LibreOffice honours: tblGrid + fixed layout + tcW."""
    tbl = t._tbl
    grid_el = tbl.tblGrid
    cols = grid_el.findall(qn("w:gridCol"))
    for gc, wd in zip(cols, widths):
        gc.set(qn("w:w"), str(int(wd.twips)))
    tblpr = tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblpr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(sum(int(wd / 635) for wd in widths)))
    for row in t.rows:
        for j, c in enumerate(row.cells):
            if j < len(widths):
                c.width = widths[j]


def no_borders(t):
    tblpr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), FS)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.line_spacing = LINE
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(24)
    grid(s)
    doc.settings.odd_and_even_pages_header_footer = True
    # 页码: odd pages right (空一字), even pages left (空一字), 4号宋体
    fo = s.footer.paragraphs[0]
    fmt(fo, WD_ALIGN_PARAGRAPH.RIGHT, right_chars=1, size=14, line=Pt(18))
    page_field(fo, SONG, 14)
    fe = s.even_page_footer.paragraphs[0]
    fmt(fe, WD_ALIGN_PARAGRAPH.LEFT, left_chars=1, size=14, line=Pt(18))
    page_field(fe, SONG, 14)
    # remove the initial empty paragraph later by reusing it
    return doc


class W:
    """Writer that builds the docx and the expected clause list together."""

    def __init__(self):
        self.doc = new_doc()
        self.clauses = []
        self.specific = {}
        self._first = True

    def p(self):
        return self.doc.add_paragraph()

    def blank(self, n=1, size=16):
        for _ in range(n):
            p = self.p()
            fmt(p, size=size)

    # ---- clause bookkeeping
    def clause(self, text, places=None):
        text = text.replace(BR, "")
        self.clauses.append(text)
        if places:
            self.specific[text[:24]] = places

    # ---- 版头
    def banner(self, name, size, scale=None):
        self.blank(2)
        p = self.p()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(size * 1.25))
        add_text(p, name, XBS, size, color=RED, scale=scale)

    def joint_banner(self, names, size, word="文件", wsize=42):
        self.blank(2)
        t = self.doc.add_table(rows=len(names), cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        widths = (Mm(118), Mm(36))
        for i, nm in enumerate(names):
            c = t.cell(i, 0)
            c.width = widths[0]
            pp = c.paragraphs[0]
            pp.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
            pp.paragraph_format.line_spacing = Pt(size * 1.3)
            add_text(pp, nm, XBS, size, color=RED)
        m = t.cell(0, 1).merge(t.cell(len(names) - 1, 1))
        m.width = widths[1]
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        pp = m.paragraphs[0]
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_text(pp, word, XBS, wsize, color=RED)
        set_widths(t, list(widths))
        no_borders(t)

    def number_line(self, number):
        self.blank(1)
        p = self.p()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER)
        add_text(p, number, FS, 16)
        border(p, "bottom", 18, "E60012", space=12)
        self.blank(1)

    def title(self, lines, soft=True):
        """lines: list of title lines; soft=True -> one paragraph with soft
        breaks, else one paragraph per line."""
        if soft:
            p = self.p()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(33))
            add_text(p, BR.join(lines), XBS, 22)
        else:
            for ln in lines:
                p = self.p()
                fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(33))
                add_text(p, ln, XBS, 22)
        self.blank(1)

    def plain(self, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, font=FS, size=16,
              right=0, left=0, bold=False):
        p = self.p()
        fmt(p, align, indent_chars=indent, right_chars=right, left_chars=left, size=size)
        add_text(p, text, font, size, bold)
        return p

    def h1(self, text):          # 一、 alone on its line: 黑体
        self.plain(text, font=HT)

    def h2(self, text):          # （一） alone on its line: 楷体
        self.plain(text, font=KT)

    def chapter(self, text):     # 第一章　总则
        self.plain(text, align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, font=HT)

    def para(self, text, places=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY):
        self.plain(text, align=align)
        self.clause(text, places)

    def runin(self, head, body, head_font=KT, bold=False, places=None):
        p = self.p()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2)
        add_text(p, head, head_font, 16, bold)
        add_text(p, body, FS, 16)
        self.clause(head + body, places)

    def article(self, label, paras, places=None):
        """第X条 with 黑体 label; paras[0] follows the label, others are own paragraphs."""
        p = self.p()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2)
        add_text(p, label, HT, 16)
        add_text(p, "　" + paras[0], FS, 16)
        for extra in paras[1:]:
            self.plain(extra)
        self.clause("\n".join([label + "　" + paras[0]] + list(paras[1:])), places)

    def attachments_note(self, items):
        for i, it in enumerate(items):
            p = self.p()
            if i == 0:
                fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent_chars=2)
                add_text(p, f"附件：{i + 1}.{it}", FS, 16)
            else:
                fmt(p, WD_ALIGN_PARAGRAPH.LEFT, left_chars=5)
                add_text(p, f"{i + 1}.{it}", FS, 16)

    def signature(self, organs, date, publicity, joint=False):
        self.blank(3)
        if joint:
            # organs side by side in a borderless table, as for two seals
            t = self.doc.add_table(rows=1, cols=len(organs))
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, o in enumerate(organs):
                pp = t.cell(0, j).paragraphs[0]
                pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                pp.paragraph_format.line_spacing = LINE
                add_text(pp, o, FS, 16)
            set_widths(t, [Mm(90), Mm(64)][:len(organs)])
            no_borders(t)
        else:
            for o in organs:
                p = self.p()
                fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
                add_text(p, o, FS, 16)
        p = self.p()
        fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, right_chars=4)
        add_text(p, date, FS, 16)
        if publicity:
            self.blank(1)
            self.plain(publicity)

    def banji(self, chaosong, printer, pdate, blank_before=2):
        self.blank(blank_before)
        p = self.p()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, left_chars=1, right_chars=1, size=14,
            hanging_chars=0, line=Pt(22))
        p.paragraph_format.left_indent = Pt(14 * 4)
        p.paragraph_format.first_line_indent = -Pt(14 * 3)
        add_text(p, "抄送：" + chaosong, FS, 14)
        border(p, "top", 8, space=4)
        border(p, "bottom", 4, space=4)
        q = self.p()
        fmt(q, WD_ALIGN_PARAGRAPH.LEFT, left_chars=1, right_chars=1, size=14, line=Pt(22))
        q.paragraph_format.tab_stops.add_tab_stop(Mm(154) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
        add_text(q, printer + "\t" + pdate + "印发", FS, 14)
        border(q, "bottom", 8, space=4)

    def page_break(self):
        p = self.p()
        fmt(p)
        p.add_run().add_break(WD_BREAK.PAGE)

    def section(self, landscape=False):
        s = self.doc.add_section(WD_SECTION.NEW_PAGE)
        if landscape:
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_width, s.page_height = Mm(297), Mm(210)
            s.top_margin, s.bottom_margin = Mm(28), Mm(26)
            s.left_margin, s.right_margin = Mm(37), Mm(35)
            s.footer_distance = Mm(14)
        else:
            s.orientation = WD_ORIENT.PORTRAIT
            s.page_width, s.page_height = Mm(210), Mm(297)
            s.top_margin, s.bottom_margin = Mm(37), Mm(35)
            s.left_margin, s.right_margin = Mm(28), Mm(26)
            s.footer_distance = Mm(24)
        grid(s)
        # the new section's first paragraph is the one python-docx adds
        self._sec_para = None
        return s

    def attach_head(self, label, title, gap=1):
        p = self.p()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
        add_text(p, label, HT, 16)
        self.blank(gap)
        p = self.p()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(33))
        add_text(p, title, XBS, 22)
        self.blank(gap)

    def table(self, headers, rows, widths, merges=(), note=None, size=12,
              places=None):
        """rows: list of lists (None = covered by a vertical merge above).
        merges: (col, first_row, last_row) vertical merges of body rows.
        note: text of a last row merged across all columns.
        places: {row_index: [places]}"""
        places = places or {}
        nrows = 1 + len(rows) + (1 if note else 0)
        t = self.doc.add_table(rows=nrows, cols=len(headers))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False

        def put(cell, text, font, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            pp = cell.paragraphs[0]
            pp.alignment = align
            pp.paragraph_format.line_spacing = Pt(size * 1.35)
            snap = OxmlElement("w:snapToGrid")
            snap.set(qn("w:val"), "0")
            pp._p.get_or_add_pPr().append(snap)
            add_text(pp, text, font, size, bold)

        for j, h in enumerate(headers):
            put(t.cell(0, j), h, HT)
        # repeat header row
        trpr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        trpr.append(th)
        filled = [list(r) for r in rows]
        for col, a, b in merges:
            for i in range(a + 1, b + 1):
                filled[i][col] = filled[a][col]
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                if v is None:
                    continue
                al = WD_ALIGN_PARAGRAPH.CENTER if len(v) <= 8 else WD_ALIGN_PARAGRAPH.LEFT
                put(t.cell(i + 1, j), v, FS, align=al)
        for col, a, b in merges:
            t.cell(a + 1, col).merge(t.cell(b + 1, col))
        if note:
            c = t.cell(nrows - 1, 0).merge(t.cell(nrows - 1, len(headers) - 1))
            put(c, note, FS, align=WD_ALIGN_PARAGRAPH.LEFT)
        set_widths(t, widths)
        for i, r in enumerate(filled):
            txt = "；".join(f"{h}：{v}" for h, v in zip(headers, r) if v)
            self.clause(txt, places.get(i))
        if note:
            self.clause(note)
        return t

    def save(self, stem):
        path = HERE / f"{stem}.docx"
        self.doc.save(path)
        return path


# ======================================================= 1. 宁夏 通知
def ningxia():
    w = W()
    w.joint_banner(["宁夏回族自治区发展和改革委员会", "宁夏回族自治区商务厅"], 21)
    w.number_line("宁发改开放〔2026〕57号")
    title_lines = ["自治区发展改革委 自治区商务厅",
                   "关于组织申报2026年度中欧（中亚）班列",
                   "运营补助资金的通知"]
    w.title(title_lines, soft=True)
    w.plain("各地级市发展改革委、商务局，宁东能源化工基地管委会经济发展局，各有关企业：", indent=0)
    w.para("为贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，加快建设内陆开放型经济试验区，"
           "稳定提升中欧（中亚）班列开行质量，根据《宁夏回族自治区中欧（中亚）班列发展专项资金管理办法》"
           "（宁发改规发〔2024〕3号）有关规定，现就组织申报2026年度中欧（中亚）班列运营补助资金有关事项通知如下。")
    w.h1("一、申报范围")
    w.runin("（一）申报主体。", "在宁夏回族自治区境内依法注册、具有独立法人资格，2025年1月1日至12月31日期间"
            "组织货源从区内站点始发或到达中欧（中亚）班列的平台公司、货运代理企业和生产企业。")
    w.runin("（二）补助对象。", "2025年度实际开行并完成结算的去程、回程班列，以列为单位申报；拼箱货物按标准箱折算，"
            "每41个标准箱折算为1列。")
    w.runin("（三）不予补助情形。", "已获得国家或其他地区同类补助的班列、空箱回送班列，以及存在虚报运量、拆分申报等行为的，不予补助。")
    w.h1("二、补助标准")
    w.para("（一）按照附件1所列线路类别和运行区段分档补助，单列补助金额最高不超过4万元，同一企业年度补助总额最高不超过800万元。")
    w.para("（二）对从银川综合保税区始发、以保税货物或跨境电商货物为主（货值占比超过50%）的班列，"
           "在附件1标准基础上每列增加补助0.5万元。", places=["银川综合保税区"])
    w.para("（三）对石嘴山市惠农陆港开行的中亚回程粮食、矿产班列，按附件1回程标准的1.2倍给予补助。",
           places=["石嘴山市惠农陆港"])
    w.h1("三、申报程序")
    w.runin("1.企业申报。", "申报企业于2026年4月15日前，通过“宁夏政务服务网”专项资金申报系统填报申报信息，"
            "并按附件2要求将纸质材料一式三份报送注册地地级市发展改革委。", head_font=FS)
    w.runin("2.初审推荐。", "各地级市发展改革委会同商务局对申报材料进行初审，于2026年4月30日前将初审意见和汇总表"
            "报送自治区发展改革委（开放处）。", head_font=FS)
    w.runin("3.审核下达。", "自治区发展改革委会同自治区商务厅委托第三方机构对申报材料进行审核，经公示无异议后，"
            "按程序下达补助资金。", head_font=FS)
    w.h1("四、工作要求")
    w.para("（一）各地要严格审核把关。申报企业对所报数据和材料的真实性、准确性负责，对弄虚作假骗取补助资金的，"
           "依法依规追回资金，并纳入信用记录。")
    w.para("（二）补助资金实行专款专用，主要用于班列运营、货源组织和海外集结中心建设，不得挪作他用。")
    w.para("（三）联系人：自治区发展改革委开放处　马晓东，电话：0951-5012345；" + BR +
           "自治区商务厅对外贸易处　李文静，电话：0951-5098765。", align=WD_ALIGN_PARAGRAPH.LEFT)
    w.blank(1)
    atts = ["2026年度中欧（中亚）班列运营补助标准", "申报材料清单"]
    w.attachments_note(atts)
    w.signature(["宁夏回族自治区发展和改革委员会", "宁夏回族自治区商务厅"], "2026年3月12日",
                "（此件公开发布）", joint=True)
    # 附件1: landscape section
    w.section(landscape=True)
    w.attach_head("附件1", atts[0], gap=0)
    headers = ["序号", "线路类别", "方向", "运行区段", "补助标准（万元/列）", "备注"]
    rows = [
        ["1", "中欧班列", "去程", "银川—杜伊斯堡、汉堡等欧洲西部站点", "3.5", "经阿拉山口、霍尔果斯口岸出境"],
        ["2", None, "去程", "银川—马拉舍维奇、布达佩斯等欧洲中东部站点", "3.0", ""],
        ["3", None, "去程", "银川—莫斯科、明斯克", "2.5", "经二连浩特、满洲里口岸出境"],
        ["4", None, "回程", "欧洲各站点—银川", "4.0", "回程货值不低于200万美元"],
        ["5", "中亚班列", "去程", "银川—阿拉木图、塔什干", "1.5", ""],
        ["6", None, "去程", "银川—阿什哈巴德、杜尚别", "1.8", ""],
        ["7", None, "回程", "中亚各站点—银川", "2.0", "以粮食、矿产、棉纱为主"],
        ["8", "国际铁海联运班列", "去程", "银川—天津港、青岛港转海运至东南亚", "0.8", "按实际到达港口核定"],
    ]
    w.table(headers, rows, [Mm(14), Mm(34), Mm(16), Mm(80), Mm(34), Mm(47)],
            merges=[(1, 0, 3), (1, 4, 6)],
            note="注：拼箱货物按41个标准箱折算1列；同一班列不得同时按去程、回程标准重复申报。")
    # 附件2: portrait section
    w.section(landscape=False)
    w.attach_head("附件2", atts[1])
    headers2 = ["序号", "材料名称", "要求", "份数"]
    rows2 = [
        ["1", "2026年度中欧（中亚）班列运营补助资金申请表", "法定代表人签字并加盖公章", "3"],
        ["2", "企业营业执照复印件", "加盖公章", "3"],
        ["3", "班列开行明细表", "列明班列号、开行日期、箱量、货值，并附铁路运单", "3"],
        ["4", "班列运费结算凭证及发票", "复印件加盖公章，原件备查", "1"],
        ["5", "信用承诺书", "按统一格式填写", "1"],
        ["6", "其他证明材料", "申请第二部分第（二）项、第（三）项加计补助的，提供海关监管或货物品类证明", "1"],
    ]
    w.table(headers2, rows2, [Mm(14), Mm(56), Mm(68), Mm(16)], size=14)
    w.banji("国家发展改革委西部开发司，商务部对外贸易司，中国国家铁路集团有限公司，中国铁路兰州局集团有限公司，银川海关。",
            "宁夏回族自治区发展和改革委员会办公室", "2026年3月13日", blank_before=3)
    stem = "blind300_ningxia_tongzhi"
    w.save(stem)
    meta = {
        "title": "自治区发展改革委 自治区商务厅关于组织申报2026年度中欧（中亚）班列运营补助资金的通知",
        "doc_number": "宁发改开放〔2026〕57号",
        "issuer": ["宁夏回族自治区发展和改革委员会", "宁夏回族自治区商务厅"],
        "date": "2026-03-12", "published": "2026-03-13",
        "level": "provincial", "region": "宁夏回族自治区",
        "effective": None, "expires": None,
        "attachments": atts, "doc_type": "通知",
        "recipients": ["各地级市发展改革委、商务局", "宁东能源化工基地管委会经济发展局", "各有关企业"],
        "publicity": "此件公开发布", "repeals": None,
    }
    return stem, meta, w


# ======================================================= 2. 赣州 意见
def ganzhou():
    w = W()
    w.banner("赣州市商务局文件", 44)
    w.number_line("赣市商发〔2026〕8号")
    w.title(["赣州市商务局关于加快跨境电子商务发展", "推进内陆开放型经济高质量发展的意见"], soft=False)
    w.plain("各县（市、区）商务局，赣州经开区、蓉江新区商务部门，市直有关单位：", indent=0)
    w.para("为深入贯彻落实《中共中央 国务院关于推进贸易高质量发展的指导意见》和江西省关于加快发展外贸新业态新模式的部署要求，"
           "用好中国（赣州）跨境电子商务综合试验区和赣州国际陆港平台，推动跨境电商与产业带、中欧班列融合发展，现提出如下意见。")
    w.h1("一、总体要求")
    w.runin("（一）指导思想。", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，"
            "深度融入高质量共建“一带一路”，坚持“跨境电商+产业带”发展路径，以平台建设为支撑、以主体培育为核心，"
            "推动跨境电商规模和质量同步提升。")
    w.runin("（二）主要目标。", "到2028年，全市跨境电商进出口额突破300亿元，年均增长20%以上；培育跨境电商年进出口额超亿元企业30家，"
            "建成公共海外仓10个以上，打造家具、电子信息、脐橙等特色产业带跨境电商品牌100个。")
    w.h1("二、重点任务")
    w.h2("（一）培育壮大市场主体")
    w.runin("1.引进培育龙头企业。", "聚焦平台型、服务型跨境电商企业，每年引进跨境电商头部企业或区域总部5家以上。"
            "对新引进的跨境电商平台企业，由所在地按“一事一议”给予支持。", head_font=FS, bold=True)
    w.runin("2.推动传统外贸企业转型。", "组织开展“跨境电商+产业带”对接活动，引导传统外贸企业和生产企业" + BR +
            "通过跨境电商开拓国际市场，每年新增跨境电商应用企业200家以上。", head_font=FS, bold=True)
    w.h2("（二）完善跨境电商基础设施")
    w.runin("1.建设公共海外仓。", "支持企业在共建“一带一路”国家和RCEP成员国建设、租赁公共海外仓，"
            "鼓励在中亚、东南亚布局海外仓和展示中心。", head_font=FS, bold=True)
    w.runin("2.提升综保区功能。", "支持赣州综合保税区、龙南综合保税区拓展跨境电商1210保税备货、9610集货出口等业务，"
            "建设跨境电商保税仓储分拨中心。", head_font=FS, bold=True,
            places=["赣州综合保税区", "龙南综合保税区"])
    w.runin("3.发挥国际陆港优势。", "依托赣州国际陆港开行“跨境电商+中欧班列”专列，推动家具产业带货物在陆港集拼、报关、出运，"
            "打造跨境电商出口集货中心。", head_font=FS, bold=True, places=["赣州国际陆港"])
    w.h2("（三）加大政策支持力度")
    w.runin("1.强化财政支持。", "统筹中央外经贸发展专项资金和市级开放型经济发展资金，对跨境电商企业给予以下支持：",
            head_font=FS, bold=True)
    w.para("（1）对年度跨境电商进出口额首次超过1000万美元、5000万美元的企业，分别给予一次性奖励20万元、50万元；")
    w.para("（2）对经认定的公共海外仓，按实际使用面积给予每平方米最高100元的租金补贴，单个海外仓年度补贴最高200万元；")
    w.para("（3）对在南康区家具产业带开展跨境电商直播带货的企业，按其实际支付直播平台推广费用的30%给予补贴，"
           "单个企业年度最高30万元。", places=["南康区"])
    w.runin("2.强化金融支持。", "推动金融机构开发“跨境电商贷”“海外仓贷”等专属产品，对跨境电商企业出口信用保险保费给予最高50%的补贴。",
            head_font=FS, bold=True)
    w.runin("3.强化人才支持。", "支持赣南师范大学、江西理工大学等高校与企业共建跨境电商产业学院，每年培训跨境电商实操人才3000人次以上。",
            head_font=FS, bold=True)
    w.h1("三、保障措施")
    w.runin("（一）加强组织领导。", "市商务局牵头建立跨境电商发展工作专班，会同市财政局、赣州海关、市税务局等部门协调解决重大问题，"
            "各县（市、区）要明确分管领导和责任科室。")
    w.runin("（二）强化统计监测。", "建立跨境电商企业联系和数据统计制度，按季度通报各县（市、区）跨境电商发展情况。")
    w.runin("（三）营造良好氛围。", "及时总结推广典型经验做法，组织企业参加中国（赣州）家具产业博览会、中国国际进口博览会等展会。")
    w.para("本意见自2026年5月1日起施行，有效期3年。此前我局印发的有关文件与本意见不一致的，以本意见为准。")
    w.signature(["赣州市商务局"], "2026年4月2日", "（此件主动公开）")
    w.banji("市人民政府办公室，省商务厅，赣州海关，市财政局，市税务局。", "赣州市商务局办公室", "2026年4月3日",
            blank_before=4)
    stem = "blind300_ganzhou_yijian"
    w.save(stem)
    meta = {
        "title": "赣州市商务局关于加快跨境电子商务发展推进内陆开放型经济高质量发展的意见",
        "doc_number": "赣市商发〔2026〕8号",
        "issuer": ["赣州市商务局"],
        "date": "2026-04-02", "published": "2026-04-03",
        "level": "municipal", "region": "赣州市",
        "effective": "2026-05-01", "expires": "2029-04-30",
        "attachments": [], "doc_type": "意见",
        "recipients": ["各县（市、区）商务局", "赣州经开区、蓉江新区商务部门", "市直有关单位"],
        "publicity": "此件主动公开", "repeals": None,
    }
    return stem, meta, w


# ======================================================= 3. 乌鲁木齐海关 公告
def urumqi():
    w = W()
    w.banner("中华人民共和国乌鲁木齐海关", 32)
    w.number_line("乌鲁木齐海关公告2026年第2号")
    w.title(["乌鲁木齐海关关于中欧班列跨境电商出口货物", "集拼分段运输监管有关事项的公告"], soft=True)
    w.article("第一条", ["为促进跨境电子商务与中欧班列融合发展，提升新疆口岸通关效率，根据《中华人民共和国海关法》和海关总署有关规定，"
                        "结合乌鲁木齐海关关区实际，制定本公告。"])
    w.article("第二条", ["本公告所称集拼分段运输，是指跨境电商企业或其委托的物流企业将跨境电商出口货物（监管方式代码9610、9710、9810）"
                        "在关区内海关监管作业场所集中拼箱，以中欧班列方式分段运输至出境口岸，并在口岸海关办理出境手续的运输方式。"])
    w.article("第三条", ["本公告适用于在乌鲁木齐海关关区内办理申报手续、经中欧班列出境的跨境电商出口货物。"])
    w.article("第四条", ["企业应当通过国际贸易“单一窗口”或“互联网+海关”一体化网上办事平台，向集拼地海关传输交易、支付、物流等电子信息，"
                        "并对数据的真实性、准确性负责。"])
    w.article("第五条", ["集拼地海关对符合条件的货物实施“一次申报、一次查验、一次放行”。出境地海关原则上不再重复查验，"
                        "凭集拼地海关放行信息和班列舱单数据办理验放手续。",
                        "经霍尔果斯、阿拉山口、巴克图口岸出境的班列，出境地海关应当在班列抵达后2小时内完成核放。"])
    w.article("第六条", ["乌鲁木齐综合保税区内的跨境电商出口货物，可以在区内集拼后以“区港联动”方式直接转关至出境口岸，"
                        "无需另行办理出区报关手续。"], places=["乌鲁木齐综合保税区"])
    w.article("第七条", ["在喀什综合保税区、中哈霍尔果斯国际边境合作中心先行开展中亚方向跨境电商出口拼箱货物“先放行、后汇总”试点，"
                        "试点期间企业可以在货物放行之日起10日内汇总申报。"],
              places=["喀什综合保税区", "中哈霍尔果斯国际边境合作中心"])
    w.article("第八条", ["企业有下列情形之一的，海关暂停其适用本公告规定的便利措施：",
                        "（一）申报数据与实际货物不符且情节严重的；",
                        "（二）企业信用等级被调整为失信企业的；",
                        "（三）拒不配合海关稽查、核查的。"])
    w.article("第九条", ["违反本公告规定，构成走私行为、违反海关监管规定行为或者其他违反《中华人民共和国海关法》行为的，"
                        "由海关依照《中华人民共和国海关法》和《中华人民共和国海关行政处罚实施条例》予以处理。"])
    w.article("第十条", ["本公告由乌鲁木齐海关负责解释。"])
    w.article("第十一条", ["本公告自2026年5月1日起施行，有效期2年。《乌鲁木齐海关关于中欧班列跨境电商出口货物转关运输有关事项的公告》"
                          "（乌鲁木齐海关公告2024年第3号）同时废止。"])
    w.plain("特此公告。")
    w.signature(["乌鲁木齐海关"], "2026年3月25日", None)
    stem = "blind300_wulumuqi_gonggao"
    w.save(stem)
    meta = {
        "title": "乌鲁木齐海关关于中欧班列跨境电商出口货物集拼分段运输监管有关事项的公告",
        "doc_number": "乌鲁木齐海关公告2026年第2号",
        "issuer": ["乌鲁木齐海关"],
        "date": "2026-03-25", "published": None,
        "level": "provincial", "region": "新疆维吾尔自治区",
        "effective": "2026-05-01", "expires": "2028-04-30",
        "attachments": [], "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": "《乌鲁木齐海关关于中欧班列跨境电商出口货物转关运输有关事项的公告》（乌鲁木齐海关公告2024年第3号）",
    }
    return stem, meta, w


# ======================================================= 4. 义乌 办法 印发通知
def yiwu():
    w = W()
    w.banner("义乌市人民政府办公室文件", 34)
    w.number_line("义政办发〔2026〕9号")
    w.title(["义乌市人民政府办公室关于印发", "义乌市跨境电子商务与中欧班列融合发展", "扶持办法的通知"], soft=True)
    w.plain("各镇人民政府、街道办事处，市政府各部门、各直属单位：", indent=0)
    w.para("《义乌市跨境电子商务与中欧班列融合发展扶持办法》已经市政府第47次常务会议审议通过，现印发给你们，请认真贯彻执行。")
    w.signature(["义乌市人民政府办公室"], "2026年2月27日", "（此件公开发布）")
    # the 办法 in a new section (new page); page numbers go on
    w.section(landscape=False)
    p = w.p()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(33))
    add_text(p, "义乌市跨境电子商务与中欧班列" + BR + "融合发展扶持办法", XBS, 22)
    w.blank(1)
    w.chapter("第一章　总则")
    w.article("第一条", ["为深入推进中国（浙江）自由贸易试验区金义片区和中国（义乌）跨境电子商务综合试验区建设，做大做强“义新欧”中欧班列，"
                        "推动跨境电商与中欧班列融合发展，结合我市实际，制定本办法。"])
    w.article("第二条", ["本办法适用于在义乌市依法注册登记、具有独立法人资格、实行独立核算并在义乌市纳税的跨境电商企业、"
                        "跨境电商平台企业、物流企业和海外仓企业。"])
    w.article("第三条", ["市商务局负责本办法的组织实施，市财政局负责资金保障和监督管理，市口岸办、义乌海关、市税务局等部门按职责做好相关工作。"])
    w.chapter("第二章　扶持内容")
    w.article("第四条", ["对通过“义新欧”中欧班列运输跨境电商出口货物的企业，按实际发运集装箱给予补助：40英尺标准箱每箱补助1500元，"
                        "20英尺标准箱每箱补助800元。单个企业年度补助最高不超过300万元。"])
    w.article("第五条", ["对年度经“义新欧”中欧班列出口跨境电商货物货值首次超过1亿元、5亿元的企业，分别给予一次性奖励30万元、80万元。"])
    w.article("第六条", ["对在义乌综合保税区内开展跨境电商1210保税出口业务的企业，按年度出口额的0.5%给予奖励，单个企业年度奖励最高100万元。"],
              places=["义乌综合保税区"])
    w.article("第七条", ["对在中欧班列沿线国家建设或租赁海外仓的企业，经认定为市级公共海外仓的，给予以下支持：",
                        "（一）自有仓储面积5000平方米以上的，一次性补助50万元；",
                        "（二）租赁仓储面积3000平方米以上的，按年租金的20%给予补助，连续补助不超过3年，年度最高30万元；",
                        "（三）被认定为省级公共海外仓的，再给予一次性奖励20万元。"])
    w.article("第八条", ["对在义乌国际陆港物流园区新设立跨境电商集拼中心、年集拼中欧班列货物超过500标箱的企业，"
                        "按其场地建设投资额的10%给予补助，最高不超过200万元。"], places=["义乌国际陆港物流园区"])
    w.article("第九条", ["在苏溪镇、廿三里街道开展“跨境电商+产业带”试点，对试点区域内首次开展跨境电商出口的小商品生产企业，"
                        "给予一次性启动资金5万元。"], places=["苏溪镇", "廿三里街道"])
    w.chapter("第三章　申报与管理")
    w.article("第十条", ["扶持资金实行年度申报制，由市商务局于每年3月底前发布申报通知，企业按要求申报。市商务局会同相关部门审核，"
                        "报市政府批准后拨付。"])
    w.article("第十一条", ["同一企业同一项目符合本办法和我市其他扶持政策的，按照“就高不重复”原则给予扶持。"])
    w.article("第十二条", ["企业通过弄虚作假等手段骗取扶持资金的，由市财政局会同市商务局追回已拨付资金，取消其三年内申报市级财政扶持资金的资格，"
                          "并依法依规处理；构成犯罪的，依法追究刑事责任。"])
    w.chapter("第四章　附则")
    w.article("第十三条", ["本办法由市商务局负责解释。"])
    w.article("第十四条", ["本办法自2026年4月1日起施行，有效期至2028年12月31日。《义乌市人民政府办公室关于印发义乌市跨境电子商务扶持资金管理办法的通知》"
                          "（义政办发〔2023〕41号）同时废止。"])
    w.banji("市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院，义乌海关。", "义乌市人民政府办公室", "2026年2月28日",
            blank_before=3)
    stem = "blind300_yiwu_banfa"
    w.save(stem)
    meta = {
        "title": "义乌市人民政府办公室关于印发义乌市跨境电子商务与中欧班列融合发展扶持办法的通知",
        "doc_number": "义政办发〔2026〕9号",
        "issuer": ["义乌市人民政府办公室"],
        "date": "2026-02-27", "published": "2026-02-28",
        "level": "county", "region": "义乌市",
        "effective": "2026-04-01", "expires": "2028-12-31",
        "attachments": [], "doc_type": "通知",
        "recipients": ["各镇人民政府、街道办事处", "市政府各部门、各直属单位"],
        "publicity": "此件公开发布",
        "repeals": "《义乌市人民政府办公室关于印发义乌市跨境电子商务扶持资金管理办法的通知》（义政办发〔2023〕41号）",
    }
    return stem, meta, w


def main():
    os.chdir(HERE)
    expected = {}
    docx_files = []
    for fn in (ningxia, ganzhou, urumqi, yiwu):
        stem, meta, w = fn()
        expected[stem] = [{"meta": meta, "clauses": w.clauses,
                           "applies_to": {"specific": w.specific}}]
        docx_files.append(f"{stem}.docx")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_300",
                    "--convert-to", "pdf", "--outdir", str(HERE)] + docx_files,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for stem, docs in expected.items():
        print(stem, len(docs[0]["clauses"]), "clauses")


if __name__ == "__main__":
    main()
