# ruff: noqa
"""Write the 322th round of blind test files next to this script.

Three red-header documents of provincial financial regulators on 自贸试验区 and
一带一路, each as a python-docx Word file and as the PDF LibreOffice prints from
it, plus expected.json (the answer key).

Run:  . /work/venv/bin/activate && python make_blind322.py
"""
import json
import os
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"

BODY = 16        # 三号
LINE = 28.95     # 22 lines in the 版心


# ---------------------------------------------------------------- low level
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


def fmt(p, align=None, first=None, left=None, right=None, line=LINE,
        before=0, after=0, exact=True):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if line:
        pf.line_spacing = Pt(line)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY if exact else WD_LINE_SPACING.AT_LEAST
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.widow_control = False


def border(p, side, color="E60012", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    pbdr.append(e)


def field(p, instr, name, size):
    r = p.add_run()
    set_font(r, name, size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r = p.add_run()
    set_font(r, name, size)
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = f" {instr} "
    r._element.append(t)
    r = p.add_run()
    set_font(r, name, size)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._element.append(s)
    r = p.add_run("1")
    set_font(r, name, size)
    r = p.add_run()
    set_font(r, name, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._element.append(e)


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
    # docGrid pitch of 22 lines (type left default, as many office templates have it)
    sectPr = sec._sectPr
    g = sectPr.find(qn("w:docGrid"))
    if g is None:
        g = OxmlElement("w:docGrid")
        sectPr.append(g)
    g.set(qn("w:linePitch"), "579")


def page_numbers(sec):
    """odd pages right, even pages left: — N — in 4号宋体."""
    sec.footer.is_linked_to_previous = False
    sec.even_page_footer.is_linked_to_previous = False
    for ftr, al in ((sec.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                    (sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        p = ftr.paragraphs[0]
        p.text = ""
        fmt(p, align=al, line=None)
        if al == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        r = p.add_run("— ")
        set_font(r, ST, 14)
        field(p, "PAGE", ST, 14)
        r = p.add_run(" —")
        set_font(r, ST, 14)


# ---------------------------------------------------------------- builder
class Doc:
    def __init__(self):
        self.d = Document()
        self.d.settings.odd_and_even_pages_header_footer = True
        st = self.d.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(BODY)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        sec = self.d.sections[0]
        setup_section(sec)
        page_numbers(sec)
        self.clauses = []
        self.specific = {}

    # -- clause bookkeeping
    def _clause(self, text, places):
        self.clauses.append(text)
        if places:
            self.specific[text[:24]] = list(places)

    def _runs(self, p, text, name, size, bold=False, color=None, soft_at=None):
        """add text; soft_at = list of substrings after which a soft break is typed."""
        parts = [text]
        for s in soft_at or ():
            last = parts.pop()
            i = last.index(s) + len(s)
            parts += [last[:i], last[i:]]
        for k, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, name, size, bold, color)
            if k < len(parts) - 1:
                r.add_break()

    # -- 版头
    def organ_mark(self, text, size=30, scale=None):
        p = self.d.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, before=0, after=0)
        r = p.add_run(text)
        set_font(r, XBS, size, color=RED, scale=scale)

    def joint_organ_mark(self, organs, tail="文件", size=22):
        t = self.d.add_table(rows=len(organs), cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        widths = (Mm(120), Mm(34))
        for j in range(2):
            t.columns[j].width = widths[j]
        for i, o in enumerate(organs):
            for j in range(2):
                t.cell(i, j).width = widths[j]
            p = t.cell(i, 0).paragraphs[0]
            fmt(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=size * 1.35)
            r = p.add_run(o)
            set_font(r, XBS, size, color=RED, scale=85)
        c = t.cell(0, 1).merge(t.cell(len(organs) - 1, 1))
        c.vertical_alignment = 1  # center
        p = c.paragraphs[0]
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
        r = p.add_run(tail)
        set_font(r, XBS, 40, color=RED)
        # no borders
        tblPr = t._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{s}")
            e.set(qn("w:val"), "nil")
            b.append(e)
        tblPr.append(b)

    def blank(self, n=1):
        for _ in range(n):
            p = self.d.add_paragraph()
            fmt(p)

    def docnum(self, text):
        self.blank(2)
        p = self.d.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
        r = p.add_run(text)
        set_font(r, FS, BODY)
        # red rule: a paragraph whose bottom border is the 分隔线
        p = self.d.add_paragraph()
        fmt(p, line=8)
        border(p, "bottom", sz=18, space=1)

    def title(self, lines, soft=True):
        self.blank(1)
        if soft:
            p = self.d.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
            for k, ln in enumerate(lines):
                r = p.add_run(ln)
                set_font(r, XBS, 22)
                if k < len(lines) - 1:
                    r.add_break()
        else:
            for ln in lines:
                p = self.d.add_paragraph()
                fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
                r = p.add_run(ln)
                set_font(r, XBS, 22)
        self.blank(1)

    def recipients(self, text):
        p = self.d.add_paragraph()
        fmt(p)
        r = p.add_run(text)
        set_font(r, FS, BODY)

    def para(self, text, clause=True, places=None, soft_at=None, indent=True):
        p = self.d.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=BODY * 2 if indent else None)
        self._runs(p, text, FS, BODY, soft_at=soft_at)
        if clause:
            self._clause(text, places)
        return p

    def h1(self, text):
        p = self.d.add_paragraph()
        fmt(p, first=BODY * 2)
        r = p.add_run(text)
        set_font(r, HT, BODY)

    def h2(self, text):
        p = self.d.add_paragraph()
        fmt(p, first=BODY * 2)
        r = p.add_run(text)
        set_font(r, KT, BODY)

    def chapter(self, text):
        p = self.d.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
        r = p.add_run(text)
        set_font(r, HT, BODY)

    def runin(self, head, rest, head_font=KT, bold=False, places=None, soft_at=None):
        p = self.d.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=BODY * 2)
        r = p.add_run(head)
        set_font(r, head_font, BODY, bold=bold)
        self._runs(p, rest, FS, BODY, soft_at=soft_at)
        self._clause(head + rest, places)

    def article(self, label, text, more=(), places=None):
        p = self.d.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=BODY * 2)
        r = p.add_run(label + "\u3000")
        set_font(r, HT, BODY)
        r = p.add_run(text)
        set_font(r, FS, BODY)
        for m in more:
            q = self.d.add_paragraph()
            fmt(q, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=BODY * 2)
            r = q.add_run(m)
            set_font(r, FS, BODY)
        self._clause("\n".join([label + "\u3000" + text, *more]), places)

    def table(self, header, rows, widths_mm, merge_col0=(), size=12, title=None):
        """rows: list of lists; merge_col0: list of (start,end) row ranges merged in column 0."""
        if title:
            p = self.d.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
            r = p.add_run(title)
            set_font(r, HT, BODY)
        t = self.d.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        t.autofit = False
        for j, w in enumerate(widths_mm):
            t.columns[j].width = Mm(w)
        for i, row in enumerate([header] + rows):
            for j, v in enumerate(row):
                c = t.cell(i, j)
                c.width = Mm(widths_mm[j])
                c.vertical_alignment = 1
                p = c.paragraphs[0]
                fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER if (i == 0 or j == 0) else WD_ALIGN_PARAGRAPH.LEFT,
                    line=size * 1.5, exact=False)
                r = p.add_run(v)
                set_font(r, HT if i == 0 else FS, size)
        # header row repeats on a new page
        trPr = t.rows[0]._tr.get_or_add_trPr()
        h = OxmlElement("w:tblHeader")
        h.set(qn("w:val"), "true")
        trPr.append(h)
        for a, b in merge_col0:
            top = t.cell(1 + a, 0)
            keep = rows[a][0]
            m = top.merge(t.cell(1 + b, 0))
            for p in m.paragraphs[1:]:
                p._p.getparent().remove(p._p)
            m.paragraphs[0].runs[0].text = keep
            for extra in m.paragraphs[0].runs[1:]:
                extra.text = ""
        for row in rows:
            self._clause("；".join(f"{h}：{v}" for h, v in zip(header, row) if v), None)
        return t

    def attach_note(self, items):
        p = self.d.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=BODY * 2)
        if len(items) == 1:
            r = p.add_run("附件：" + items[0])
            set_font(r, FS, BODY)
        else:
            r = p.add_run("附件：1." + items[0])
            set_font(r, FS, BODY)
            for k, it in enumerate(items[1:], 2):
                q = self.d.add_paragraph()
                fmt(q, left=BODY * 5)
                r = q.add_run(f"{k}.{it}")
                set_font(r, FS, BODY)

    def contact(self, text):
        p = self.d.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, first=BODY * 2)
        self._runs(p, text, FS, BODY)

    def signature(self, organ, date, gap=3):
        self.blank(gap)
        p = self.d.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=BODY * 4)
        r = p.add_run(organ)
        set_font(r, FS, BODY)
        p = self.d.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=BODY * 4)
        r = p.add_run(date)
        set_font(r, FS, BODY)

    def joint_signature(self, organs, date, gap=3):
        """two organs side by side (seals go over them), date centred below the right one."""
        self.blank(gap)
        t = self.d.add_table(rows=2, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        tblPr = t._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for s in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{s}")
            e.set(qn("w:val"), "nil")
            b.append(e)
        tblPr.append(b)
        for j in range(2):
            t.columns[j].width = Mm(77)
        for j, o in enumerate(organs):
            c = t.cell(0, j)
            c.width = Mm(77)
            p = c.paragraphs[0]
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
            self._runs(p, o, FS, BODY, soft_at=["总局"] if "总局" in o else None)
        c = t.cell(1, 1)
        p = c.paragraphs[0]
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER)
        r = p.add_run(date)
        set_font(r, FS, BODY)

    def publicity(self, text):
        p = self.d.add_paragraph()
        fmt(p, first=BODY * 2)
        r = p.add_run(text)
        set_font(r, FS, BODY)

    def page_break(self):
        p = self.d.add_paragraph()
        fmt(p)
        p.add_run().add_break(WD_BREAK.PAGE)

    def new_section(self, landscape=False):
        sec = self.d.add_section(WD_SECTION.NEW_PAGE)
        setup_section(sec, landscape)
        return sec

    def attach_label(self, text="附件"):
        p = self.d.add_paragraph()
        fmt(p)
        r = p.add_run(text)
        set_font(r, HT, BODY)

    def attach_title(self, lines):
        self.blank(1)
        p = self.d.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
        for k, ln in enumerate(lines):
            r = p.add_run(ln)
            set_font(r, XBS, 22)
            if k < len(lines) - 1:
                r.add_break()
        self.blank(1)

    def banji(self, cc, printer, date, blank_before=3):
        self.blank(blank_before)
        p = self.d.add_paragraph()
        fmt(p, left=BODY * 0.5, right=BODY * 0.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        border(p, "top", color="000000", sz=12, space=4)
        border(p, "bottom", color="000000", sz=4, space=4)
        r = p.add_run(cc)
        set_font(r, FS, 14)
        p = self.d.add_paragraph()
        fmt(p, left=BODY * 0.5, right=BODY * 0.5)
        border(p, "bottom", color="000000", sz=12, space=4)
        r = p.add_run(printer)
        set_font(r, FS, 14)
        tab_stop = p.paragraph_format.tab_stops.add_tab_stop(Mm(150), alignment=2)
        r = p.add_run("\t" + date)
        set_font(r, FS, 14)

    def save(self, path):
        self.d.save(path)


# ================================================================ (a) 湖北
def doc_hubei():
    D = Doc()
    D.organ_mark("中国人民银行湖北省分行文件", size=32, scale=90)
    D.docnum("银鄂发〔2025〕58号")
    D.title(["中国人民银行湖北省分行关于进一步推进",
             "中国（湖北）自由贸易试验区跨境人民币",
             "结算便利化的通知"])
    D.recipients("中国人民银行湖北省各市（州）分行，各政策性银行湖北省分行、各国有商业银行湖北省分行、"
                 "各股份制商业银行武汉分行，中国邮政储蓄银行湖北省分行，汉口银行、湖北银行，"
                 "武汉农村商业银行，各外资银行武汉分行：")
    D.para("为贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，"
           "发挥中国（湖北）自由贸易试验区（以下简称湖北自贸试验区）改革开放试验田作用，"
           "根据跨境人民币业务管理有关规定，现就进一步推进湖北自贸试验区跨境人民币结算便利化有关事项通知如下：")
    D.h1("一、扩大经常项目跨境人民币结算便利化覆盖面")
    D.runin("（一）优化优质企业名单管理。",
            "各银行应按照“展业三原则”，将湖北自贸试验区内诚信合规、跨境人民币业务量较大的企业纳入"
            "跨境人民币结算便利化优质企业名单（以下简称优质企业名单），并实行动态调整。对名单内企业办理"
            "货物贸易、服务贸易跨境人民币结算，银行可凭企业提交的《跨境人民币结算收/付款说明》或收付款指令直接办理，"
            "无需事前逐笔审核合同、发票、报关单等贸易背景单证。",
            soft_at=["并实行动态调整。"])
    D.runin("（二）支持新型离岸国际贸易跨境人民币结算。",
            "在湖北自贸试验区武汉片区开展新型离岸国际贸易跨境人民币结算试点，试点银行可为片区内企业"
            "真实合规的离岸转手买卖、全球采购、委托境外加工等业务提供跨境人民币结算服务。"
            "试点银行名单由中国人民银行湖北省分行另行公布。",
            places=["中国（湖北）自由贸易试验区武汉片区"])
    D.runin("（三）便利跨境电商和市场采购贸易人民币结算。",
            "支持银行与依法取得互联网支付业务许可的支付机构合作，为湖北自贸试验区内跨境电子商务企业、"
            "市场采购贸易经营者及通过中欧班列（武汉）开展跨境电商B2B出口的企业提供跨境人民币结算服务，"
            "支付机构应逐笔还原收付款人信息。")
    D.runin("（四）开展跨境人民币“首办户”拓展行动。",
            "各银行要梳理湖北自贸试验区内尚未办理过跨境人民币业务的外贸企业，重点面向中小微企业，"
            "“一企一策”制定服务方案。")
    D.h1("二、便利跨境投融资人民币使用")
    D.runin("（一）简化外商直接投资人民币资本金使用。",
            "湖北自贸试验区内外商投资企业在真实、自用原则下，可将人民币资本金依法用于境内股权投资，"
            "被投资企业无需开立人民币资本金专用存款账户。")
    D.runin("（二）扩大跨境人民币贷款业务范围。",
            "湖北自贸试验区内企业可从共建“一带一路”国家和地区的银行借入人民币资金，"
            "借款额度不超过企业上年度经审计净资产的2.5倍，"
            "不得用于投资有价证券和金融衍生品。")
    D.h2("（三）支持片区开展差异化探索")
    D.para("1.支持襄阳片区汽车及零部件出口企业以人民币计价结算。对襄阳片区内企业以人民币结算的汽车、"
           "零部件出口收入，银行在确认交易真实性后可直接入账，不再要求企业提供报关单。",
           places=["中国（湖北）自由贸易试验区襄阳片区"])
    D.para("2.在宜昌片区开展跨境人民币贸易融资资产转让试点。宜昌片区内银行可将其持有的、"
           "以人民币计价的跨境贸易融资资产向境外银行转让，具体要求如下：",
           places=["中国（湖北）自由贸易试验区宜昌片区"])
    D.para("（1）参与试点的银行应具备完善的跨境贸易融资风险管理制度，近两年未发生重大违规行为；",
           places=["中国（湖北）自由贸易试验区宜昌片区"])
    D.para("（2）转让的资产应为基于真实贸易背景产生的信用证、保函项下融资资产，"
           "不得转让不良资产或者附带回购条款的资产；",
           places=["中国（湖北）自由贸易试验区宜昌片区"])
    D.para("（3）转让所得资金应以人民币形式汇回境内，并按规定报送人民币跨境收付信息。",
           places=["中国（湖北）自由贸易试验区宜昌片区"])
    D.h1("三、加强风险防范")
    D.runin("（一）落实银行主体责任。",
            "各银行应严格落实反洗钱、反恐怖融资和反逃税要求，对便利化业务开展事后抽查，"
            "抽查比例不低于当季业务笔数的5%。")
    D.runin("（二）加强监测分析。",
            "中国人民银行各市（州）分行应加强对辖内自贸试验区跨境人民币资金流动的监测分析，"
            "发现跨境资金异常流动的，及时向中国人民银行湖北省分行报告。")
    D.para("本通知自2025年7月1日起施行，有效期3年。《中国人民银行武汉分行关于中国（湖北）自由贸易试验区"
           "跨境人民币业务有关事项的通知》（武银发〔2019〕66号）同时废止。")
    D.contact("联系人：中国人民银行湖北省分行跨境人民币业务处　刘启航　联系电话：027-87714326")
    D.blank(1)
    D.attach_note(["中国（湖北）自由贸易试验区跨境人民币便利化业务指引"])
    D.signature("中国人民银行湖北省分行", "2025年6月18日", gap=2)
    D.publicity("（此件发至各市（州）分行及辖内银行业金融机构）")

    # 附件
    D.page_break()
    D.attach_label("附件")
    D.attach_title(["中国（湖北）自由贸易试验区", "跨境人民币便利化业务指引"])
    D.chapter("第一章　总　则")
    D.article("第一条", "为规范湖北自贸试验区跨境人民币便利化业务（以下简称便利化业务），"
              "根据《中国人民银行湖北省分行关于进一步推进中国（湖北）自由贸易试验区跨境人民币结算便利化的通知》，"
              "制定本指引。")
    D.article("第二条", "本指引适用于湖北自贸试验区武汉片区、襄阳片区、宜昌片区内企业"
              "办理的便利化业务。")
    D.chapter("第二章　业务办理")
    D.article("第三条", "银行将企业纳入优质企业名单，应当确认企业同时满足以下条件：",
              more=["（一）在湖北自贸试验区内依法注册并实际经营满一年；",
                    "（二）近两年无外汇、跨境人民币、反洗钱等方面的违法违规记录；",
                    "（三）上年度跨境人民币收付金额不低于500万元。"])
    D.article("第四条", "优质企业名单实行“银行推荐、分行备案”管理。银行应于每季度首月10日前将名单报送"
              "所在地中国人民银行分行备案。",
              more=["名单内企业被列入经营异常名录或者发生跨境收支异常的，"
                    "银行应当在5个工作日内将其调出名单。"])
    D.article("第五条", "武汉片区试点银行办理新型离岸国际贸易跨境人民币结算，应当通过交叉核验提单、"
              "仓单等物权凭证信息审核交易真实性。",
              places=["中国（湖北）自由贸易试验区武汉片区"])
    D.article("第六条", "宜昌片区试点银行转让跨境人民币贸易融资资产，转出资产的剩余期限不得超过1年，"
              "单笔金额不超过5000万元人民币。",
              places=["中国（湖北）自由贸易试验区宜昌片区"])
    D.chapter("第三章　监督管理")
    D.article("第七条", "银行应当于每月结束后5个工作日内，通过人民币跨境收付信息管理系统（RCPMIS）"
              "报送便利化业务数据。")
    D.article("第八条", "中国人民银行湖北省分行每年对银行便利化业务开展情况进行评估，"
              "对评估结果较差的银行暂停其便利化业务6个月。")
    D.article("第九条", "本指引由中国人民银行湖北省分行负责解释，自2025年7月1日起施行。")
    D.banji("抄送：国家外汇管理局湖北省分局，湖北省商务厅，中国（湖北）自由贸易试验区工作办公室。",
            "中国人民银行湖北省分行办公室", "2025年6月20日印发", blank_before=1)
    meta = {
        "title": "中国人民银行湖北省分行关于进一步推进中国（湖北）自由贸易试验区跨境人民币结算便利化的通知",
        "doc_number": "银鄂发〔2025〕58号",
        "issuer": ["中国人民银行湖北省分行"],
        "date": "2025-06-18",
        "published": "2025-06-20",
        "level": "provincial",
        "region": "中国（湖北）自由贸易试验区",
        "effective": "2025-07-01",
        "expires": "2028-06-30",
        "attachments": ["中国（湖北）自由贸易试验区跨境人民币便利化业务指引"],
        "doc_type": "通知",
        "recipients": ["中国人民银行湖北省各市（州）分行", "各政策性银行湖北省分行", "各国有商业银行湖北省分行",
                       "各股份制商业银行武汉分行", "中国邮政储蓄银行湖北省分行", "汉口银行", "湖北银行",
                       "武汉农村商业银行", "各外资银行武汉分行"],
        "publicity": "此件发至各市（州）分行及辖内银行业金融机构",
        "repeals": "《中国人民银行武汉分行关于中国（湖北）自由贸易试验区跨境人民币业务有关事项的通知》（武银发〔2019〕66号）",
    }
    return D, meta


# ================================================================ (b) 四川
def doc_sichuan():
    D = Doc()
    D.organ_mark("国家外汇管理局四川省分局文件", size=30, scale=90)
    D.docnum("川汇发〔2025〕23号")
    D.title(["国家外汇管理局四川省分局关于进一步便利",
             "跨境电子商务外汇结算",
             "支持外贸新业态发展的通知"], soft=False)
    D.recipients("国家外汇管理局四川省内各市（州）分局，各政策性银行四川省分行、各国有商业银行四川省分行、"
                 "各股份制商业银行成都分行，中国邮政储蓄银行四川省分行，成都银行、四川银行，"
                 "各外资银行成都分行，省内各支付机构：")
    D.para("为贯彻落实国家关于加快发展外贸新业态新模式的决策部署，支持中国（四川）自由贸易试验区"
           "和省内跨境电子商务综合试验区建设，服务高质量共建“一带一路”，现就进一步便利跨境电子商务"
           "外汇结算有关事项通知如下：")
    D.h1("一、优化跨境电子商务外汇结算服务")
    D.runin("（一）扩大便利化结算主体范围。",
            "银行可为跨境电子商务企业、跨境电子商务平台内个人卖家、海外仓运营企业及为其提供服务的"
            "外贸综合服务企业办理跨境电子商务外汇结算，个人卖家年度结汇额度不受等值5万美元便利化额度限制。",
            soft_at=["外贸综合服务企业办理跨境电子商务外汇结算，"])
    D.runin("（二）支持银行凭交易电子信息办理结算。",
            "银行在充分了解客户的基础上，可凭以下交易电子信息为跨境电子商务相关主体办理外汇结算：")
    D.para("1.跨境电子商务平台生成的订单、支付和物流信息；")
    D.para("2.市场采购贸易联网信息平台生成的交易信息；")
    D.para("3.海关跨境电子商务通关服务平台生成的申报清单信息。")
    D.runin("（三）便利出口收入存放境外。",
            "符合条件的跨境电子商务企业可将出口收入存放境外，用于支付境外仓储、物流、"
            "推广等费用，存放境外资金的调回不设期限限制。")
    D.runin("（四）优化中欧班列跨境电商出口收汇。",
            "对通过中欧班列（成渝）自成都国际铁路港出运的跨境电子商务B2B出口货物，银行可凭运单信息"
            "为企业办理预收货款结汇，预收货款结汇比例由企业上年度出口收汇额的25%提高至40%。")
    D.h1("二、支持跨境电子商务新业态在重点区域先行先试")
    D.runin("（一）开展跨境电商外汇结算“一站式”服务试点。",
            "在中国（四川）自由贸易试验区成都天府新区片区、成都青白江铁路港片区开展试点，"
            "试点银行可为区内跨境电子商务企业集中办理收汇、结汇、购汇、付汇和国际收支申报，"
            "实现“一次申请、一站办结”。",
            places=["中国（四川）自由贸易试验区成都天府新区片区",
                    "中国（四川）自由贸易试验区成都青白江铁路港片区"])
    D.runin("（二）支持综合保税区保税备货出口结算。",
            "泸州综合保税区内企业开展跨境电子商务特殊区域出口（1210）业务的，银行可凭海关出区信息"
            "和境外平台销售数据为其办理收汇，收汇与出区信息差额在10%以内的无需提供说明。",
            places=["泸州综合保税区"])
    D.runin("（三）探索跨境电商进口付汇便利化。",
            "在中国（成都）跨境电子商务综合试验区内，银行可为境内个人通过跨境电子商务平台购买商品"
            "所涉付汇，凭平台推送的订单信息批量办理，单笔金额不超过等值5000美元的无需逐笔审核。",
            places=["中国（成都）跨境电子商务综合试验区"])
    D.h1("三、加强监测和风险防控")
    D.runin("（一）压实银行和支付机构责任。",
            "银行和支付机构应当建立跨境电子商务交易信息真实性审核机制，对交易主体、商品价格、"
            "物流轨迹等进行合理性审核，发现拆分交易、虚构交易的，应当暂停为其办理便利化业务。")
    D.runin("（二）做好数据报送。",
            "银行和支付机构应当按规定报送跨境电子商务国际收支申报信息，于每季度结束后10个工作日内"
            "向所在地外汇局报送便利化业务开展情况。")
    D.runin("（三）加强事中事后监管。",
            "各市（州）分局要加强对辖内跨境电子商务外汇业务的非现场监测，对异常主体开展现场核查，"
            "依法查处违规行为。")
    D.para("本通知自印发之日起施行。国家外汇管理局四川省分局此前发布的有关规定与本通知不一致的，"
           "以本通知为准。")
    D.contact("联系人：国家外汇管理局四川省分局经常项目管理处　王晓岚\n联系电话：028-86731942")
    D.blank(1)
    D.attach_note(["跨境电子商务外汇结算业务流程"])
    D.signature("国家外汇管理局四川省分局", "2025年5月26日", gap=3)
    D.blank(1)
    D.publicity("（此件公开发布）")

    # 附件 in its own section
    D.new_section()
    D.attach_label("附件")
    D.attach_title(["跨境电子商务外汇结算业务流程"])
    D.h1("一、出口收汇业务流程")
    D.para("1.客户准入。银行对申请办理跨境电子商务出口收汇的客户开展尽职调查，核实其主体资格、"
           "经营范围和合作平台，建立客户档案。")
    D.para("2.信息采集。银行通过与跨境电子商务平台、支付机构直连或者接收推送的方式，"
           "采集订单、支付、物流等交易电子信息。")
    D.para("3.真实性审核。银行将交易电子信息与资金流进行比对，对金额、币种、交易对手一致的业务予以办理；"
           "对不一致的，要求客户补充说明。")
    D.para("4.入账结汇。审核通过后，银行将款项划入客户经常项目外汇账户，或者根据客户指令直接办理结汇。")
    D.para("5.国际收支申报。银行在资金入账后按规定完成国际收支申报，交易编码按照实际交易性质填报。")
    D.h1("二、进口付汇业务流程")
    D.para("1.接收指令。银行接收跨境电子商务企业或者平台汇总推送的付汇指令及订单信息。")
    D.para("2.审核付汇。银行对订单信息和付汇金额进行核对，一致的予以付汇。")
    D.para("3.事后核验。银行按月对付汇数据与海关申报清单进行比对，留存资料5年备查。")
    D.h1("三、业务办理要求一览")
    D.table(["业务类型", "办理主体", "审核依据", "办理时限"],
            [["出口收汇", "跨境电子商务企业", "订单、物流信息", "1个工作日"],
             ["出口收汇", "平台内个人卖家", "平台交易电子信息", "即时入账"],
             ["进口付汇", "跨境电子商务企业", "订单、支付信息", "1个工作日"],
             ["进口付汇", "境内个人消费者", "平台推送订单信息", "即时办理"],
             ["海外仓结算", "海外仓运营企业", "仓储合同、出库清单", "2个工作日"]],
            [30, 42, 52, 30], merge_col0=[(0, 1), (2, 3)], size=12)
    D.para("注：办理时限自银行收到完整交易电子信息之日起计算。")
    D.banji("抄送：国家外汇管理局经常项目管理司，四川省商务厅，成都海关，中国人民银行四川省分行。",
            "国家外汇管理局四川省分局办公室", "2025年5月28日印发")
    meta = {
        "title": "国家外汇管理局四川省分局关于进一步便利跨境电子商务外汇结算支持外贸新业态发展的通知",
        "doc_number": "川汇发〔2025〕23号",
        "issuer": ["国家外汇管理局四川省分局"],
        "date": "2025-05-26",
        "published": "2025-05-28",
        "level": "provincial",
        "region": "四川省",
        "effective": "2025-05-26",
        "expires": None,
        "attachments": ["跨境电子商务外汇结算业务流程"],
        "doc_type": "通知",
        "recipients": ["国家外汇管理局四川省内各市（州）分局", "各政策性银行四川省分行", "各国有商业银行四川省分行",
                       "各股份制商业银行成都分行", "中国邮政储蓄银行四川省分行", "成都银行", "四川银行",
                       "各外资银行成都分行", "省内各支付机构"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return D, meta


# ================================================================ (c) 河南
def doc_henan():
    D = Doc()
    D.joint_organ_mark(["国家金融监督管理总局河南监管局", "河南省商务厅"])
    D.docnum("豫金发〔2025〕41号")
    D.title(["国家金融监督管理总局河南监管局",
             "河南省商务厅关于加强出口信用保险与",
             "海外仓融资协同支持“一带一路”",
             "贸易高质量发展的通知"])
    D.recipients("各金融监管分局，各省辖市、济源示范区、航空港区商务主管部门，各政策性银行河南省分行、"
                 "各国有商业银行河南省分行、各股份制商业银行郑州分行，中国出口信用保险公司河南分公司，"
                 "各财产保险公司河南省分公司，郑州银行、中原银行：")
    D.para("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，发挥出口信用保险"
           "和海外仓在稳外贸、拓市场中的支撑作用，引导银行保险机构加大对我省外贸企业开拓共建“一带一路”"
           "国家和地区市场的金融支持，现就有关事项通知如下：")
    D.h1("一、扩大出口信用保险覆盖面")
    D.runin("（一）加大对共建“一带一路”市场的承保支持。",
            "中国出口信用保险公司河南分公司要优化承保条件，对出口至共建“一带一路”国家和地区的短期险业务"
            "适当提高限额审批效率，力争2025年至2027年短期险承保规模年均增长10%以上。")
    D.runin("（二）扩大小微外贸企业统保平台覆盖。",
            "各省辖市商务主管部门要会同出口信用保险机构，将上年度出口额在1000万美元以下的小微外贸企业"
            "纳入统保平台，保费由省级外经贸发展专项资金按不超过60%的比例给予支持。")
    D.h1("二、创新海外仓融资模式")
    D.runin("（一）推广“信保+海外仓”融资。",
            "鼓励银行将出口信用保险保单、海外仓仓单作为增信手段，为海外仓运营企业和使用海外仓的出口企业"
            "提供融资支持：")
    D.para("1.对已投保出口信用保险的海外仓出口业务，银行可按应收账款金额的80%提供保单融资，"
           "融资期限与信用期相匹配。")
    D.para("2.对在中欧班列沿线节点城市（如波兰马拉舍维奇、德国汉堡、匈牙利布达佩斯）建设公共海外仓的企业，"
           "银行可提供期限不超过5年的中长期项目贷款。")
    D.runin("（二）开展海外仓存货质押融资试点。",
            "在中国（河南）自由贸易试验区郑州片区和郑州航空港经济综合实验区开展试点，试点内容包括：",
            places=["中国（河南）自由贸易试验区郑州片区", "郑州航空港经济综合实验区"])
    D.para("1.试点银行可接受境外海外仓存储货物作为质押物，质押率原则上不超过货值的50%。",
           places=["中国（河南）自由贸易试验区郑州片区", "郑州航空港经济综合实验区"])
    D.para("2.试点银行应当与海外仓运营企业签订三方监管协议，并通过海外仓管理系统实时掌握质押货物出入库情况，"
           "具体包括：",
           places=["中国（河南）自由贸易试验区郑州片区", "郑州航空港经济综合实验区"])
    D.para("（1）质押货物的品名、数量、库位及价值变动信息；",
           places=["中国（河南）自由贸易试验区郑州片区", "郑州航空港经济综合实验区"])
    D.para("（2）质押货物出库须经试点银行线上确认。",
           places=["中国（河南）自由贸易试验区郑州片区", "郑州航空港经济综合实验区"])
    D.runin("（三）支持洛阳片区装备制造企业“走出去”。",
            "对中国（河南）自由贸易试验区洛阳片区内向共建“一带一路”国家出口成套设备的企业，"
            "出口信用保险机构可提供中长期出口信用保险，银行可据此提供出口买方信贷，"
            "单个项目融资额最高可达合同金额的85%。",
            places=["中国（河南）自由贸易试验区洛阳片区"])
    D.h1("三、强化政策协同")
    D.runin("（一）建立重点企业名单。",
            "省商务厅按年度确定“一带一路”重点出口企业和重点海外仓企业名单，并推送至河南金融监管局和"
            "出口信用保险机构，作为银行保险机构优先支持的参考。")
    D.runin("（二）完善银保合作机制。",
            "河南金融监管局指导银行保险机构建立信息共享和风险分担机制，对保单融资业务出险后保险赔款"
            "优先用于偿还银行融资。")
    D.runin("（三）落实尽职免责。",
            "银行保险机构要完善小微外贸企业融资尽职免责制度，对已尽职但因境外买方违约、"
            "国别风险等原因形成的不良，依法依规免除或者减轻相关人员责任。")
    D.h1("四、工作要求")
    D.runin("（一）加强组织实施。",
            "各金融监管分局、各省辖市商务主管部门要加强沟通协作，结合本地实际制定工作措施，"
            "推动各项政策落地见效。")
    D.runin("（二）做好信息报送。",
            "各银行保险机构于每季度结束后15日内，将出口信用保险和海外仓融资业务开展情况分别报送"
            "河南金融监管局和省商务厅。")
    D.para("本通知自2025年9月1日起施行，有效期至2027年12月31日。")
    D.contact("联系人：河南金融监管局财产保险监管处　赵明远　0371-65568213\n"
              "　　　　省商务厅对外贸易处　孙佳宁　0371-63576045")
    D.joint_signature(["国家金融监督管理总局河南监管局", "河南省商务厅"], "2025年8月8日", gap=3)
    D.blank(1)
    D.publicity("（此件公开发布）")
    D.banji("抄送：国家金融监督管理总局财产保险监管司，商务部对外贸易司，河南省人民政府办公厅，"
            "中国人民银行河南省分行。",
            "国家金融监督管理总局河南监管局办公室", "2025年8月12日印发")
    meta = {
        "title": "国家金融监督管理总局河南监管局 河南省商务厅关于加强出口信用保险与海外仓融资协同支持“一带一路”贸易高质量发展的通知",
        "doc_number": "豫金发〔2025〕41号",
        "issuer": ["国家金融监督管理总局河南监管局", "河南省商务厅"],
        "date": "2025-08-08",
        "published": "2025-08-12",
        "level": "provincial",
        "region": "河南省",
        "effective": "2025-09-01",
        "expires": "2027-12-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各金融监管分局", "各省辖市、济源示范区、航空港区商务主管部门", "各政策性银行河南省分行",
                       "各国有商业银行河南省分行", "各股份制商业银行郑州分行", "中国出口信用保险公司河南分公司",
                       "各财产保险公司河南省分公司", "郑州银行", "中原银行"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return D, meta


def pdf_pages(pdf):
    try:
        import pypdfium2 as pdfium
        return len(pdfium.PdfDocument(pdf))
    except Exception:
        return -1


def main():
    os.chdir(HERE)
    expected = {}
    for stem, fn in (("blind322_hubei_tongzhi", doc_hubei),
                     ("blind322_sichuan_tongzhi", doc_sichuan),
                     ("blind322_henan_lianhe", doc_henan)):
        D, meta = fn()
        path = os.path.join(HERE, stem + ".docx")
        D.save(path)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_322",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        expected[stem] = [{"meta": meta, "clauses": D.clauses,
                           "applies_to": {"specific": D.specific}}]
        print(stem, "pages:", pdf_pages(os.path.join(HERE, stem + ".pdf")),
              "clauses:", len(D.clauses), "specific:", len(D.specific))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    sys.exit(main())
