# ruff: noqa
# -*- coding: utf-8 -*-
"""Write the 325th-round blind test files (Hainan Free Trade Port documents).

Run:  . /work/venv/bin/activate && python make_blind325.py
Writes blind325_*.docx, their PDFs (LibreOffice) and expected.json next to this script.
"""
import json
import os
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"


# --------------------------------------------------------------------------- low-level helpers
def set_font(run, cjk, size=16, bold=False, color=None, latin="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    rfonts.set(qn("w:eastAsia"), cjk)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent_chars=0, line=29, before=0, after=0, left=None, right=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent_chars:
        pf.first_line_indent = Pt(16 * indent_chars)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def add_runs(p, text, cjk, size=16, bold=False, color=None):
    """Add text; '\v' in the text becomes a soft line break (Shift+Enter)."""
    parts = text.split("\v")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, cjk, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def para_border(p, side, sz=12, color="E60012", space=1):
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


def add_page_field(p, size=14):
    def fld(tag, text=None):
        r = p.add_run()
        set_font(r, SONG, size)
        if tag == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._r.append(it)
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            r._r.append(fc)
            if tag == "separate":
                r2 = p.add_run("1")
                set_font(r2, SONG, size)

    r = p.add_run("— ")
    set_font(r, SONG, size)
    fld("begin")
    fld("instr", " PAGE ")
    fld("separate")
    fld("end")
    r = p.add_run(" —")
    set_font(r, SONG, size)


def setup_page(section, landscape=False):
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
    section.footer_distance = Mm(22)


def page_numbers(doc, section, odd_even):
    """Page number '— N —' in 4号宋体; odd pages right, even pages left (if odd_even)."""
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        f = section.footer
        p = f.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, line=18, right=16)
        add_page_field(p)
        fe = section.even_page_footer
        p = fe.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, line=18, left=16)
        add_page_field(p)
    else:
        p = section.footer.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=18)
        add_page_field(p)


def set_cell(cell, text, cjk=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align, line=20)
    add_runs(p, text, cjk, size, bold)


def v_center(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    if tcpr.find(qn("w:vAlign")) is None:
        va = OxmlElement("w:vAlign")
        va.set(qn("w:val"), "center")
        tcpr.append(va)


# --------------------------------------------------------------------------- document builder
class Builder:
    def __init__(self, odd_even=True):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        self.sec = self.doc.sections[0]
        setup_page(self.sec)
        page_numbers(self.doc, self.sec, odd_even)
        self.clauses = []
        self.specific = {}
        self.first = True

    def p(self):
        if self.first:
            self.first = False
            return self.doc.paragraphs[0] if self.doc.paragraphs else self.doc.add_paragraph()
        return self.doc.add_paragraph()

    def clause(self, text, places=None):
        self.clauses.append(text)
        if places:
            key = text[:24]
            assert len(key) >= 15
            self.specific[key] = places

    # 版头 ------------------------------------------------------------
    def header(self, organ_mark, size, docno):
        p = self.p()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=size + 12, before=40)
        add_runs(p, organ_mark, XBS, size, color=RED)
        fmt(self.doc.add_paragraph(), line=29)
        fmt(self.doc.add_paragraph(), line=29)
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=29)
        add_runs(p, docno, FS, 16)
        p = self.doc.add_paragraph()       # red rule 4 mm under the number
        fmt(p, line=10, before=4)
        para_border(p, "bottom", sz=18, color="E60012")
        fmt(self.doc.add_paragraph(), line=29)

    def title(self, text, blank_after=True):
        p = self.doc.add_paragraph()
        if getattr(self, "break_next", False):
            p.paragraph_format.page_break_before = True
            self.break_next = False
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=36)
        add_runs(p, text, XBS, 22)
        if blank_after:
            fmt(self.doc.add_paragraph(), line=29)

    def recipients(self, text):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
        add_runs(p, text, FS)

    # body --------------------------------------------------------------
    def para(self, text, places=None, clause=True, clause_text=None):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2)
        add_runs(p, text, FS)
        if clause:
            self.clause(clause_text or text.replace("\v", "\n"), places)

    def h1(self, text):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2)
        add_runs(p, text, HT)

    def h2(self, text):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2)
        add_runs(p, text, KT)

    def runin(self, head, body, level=2, places=None, clause_text=None):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2)
        add_runs(p, head, {1: HT, 2: KT, 3: FS}[level], bold=(level == 3))
        add_runs(p, body, FS)
        self.clause(clause_text or (head + body).replace("\v", "\n"), places)

    def chapter(self, text):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
        add_runs(p, text, HT)

    def article(self, label, paras, places=None):
        """paras[0] follows the label; later strings are own paragraphs."""
        texts = []
        for i, t in enumerate(paras):
            p = self.doc.add_paragraph()
            # a paragraph with Shift+Enter breaks is left-aligned, else Word stretches the line
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT if "\v" in t else WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2)
            if i == 0:
                add_runs(p, label, HT)
                add_runs(p, "　" + t, FS)
                texts.append(label + "　" + t.replace("\v", "\n"))
            else:
                add_runs(p, t, FS)
                texts.append(t.replace("\v", "\n"))
        self.clause("\n".join(texts), places)

    def blank(self, n=1):
        for _ in range(n):
            fmt(self.doc.add_paragraph(), line=29)

    def annex_note(self, lines):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, left=32)
        pf = p.paragraph_format
        if len(lines) == 1:
            add_runs(p, "附件：" + lines[0], FS)
        else:
            pf.left_indent = Pt(32 + 48)
            pf.first_line_indent = Pt(-48)
            add_runs(p, "附件：" + "\v".join(lines), FS)

    def signature(self, organ, date):
        self.blank(2)
        for t in (organ, date):
            p = self.doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, right=64)
            add_runs(p, t, FS)

    def public(self):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2)
        add_runs(p, "（此件公开发布）", FS)

    def page_break(self):
        """'Page break before' on the next paragraph."""
        self.break_next = True

    def new_section(self, landscape=False):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        setup_page(sec, landscape)
        return sec

    def annex_head(self, label, title):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
        add_runs(p, label, HT)
        self.blank(1)
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=32, after=12)
        add_runs(p, title, XBS, 20)

    def table(self, headers, rows, widths, vmerge=(), places=None):
        """rows: list of list of text ('' under a vertical merge). vmerge: (col, r0, r1)."""
        t = self.doc.add_table(rows=len(rows) + 1, cols=len(headers))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(headers):
            set_cell(t.cell(0, j), h, HT, 12)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER
                set_cell(t.cell(i + 1, j), v, FS, 12, align=al)
        full = [list(r) for r in rows]
        for col, r0, r1 in vmerge:
            val = rows[r0][col]
            for r in range(r0 + 1, r1 + 1):
                t.cell(r + 1, col).text = ""
                full[r][col] = val
            merged = t.cell(r0 + 1, col).merge(t.cell(r1 + 1, col))
            set_cell(merged, val, FS, 12)
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Mm(w)
        for row in t.rows:
            for j, c in enumerate(row.cells):
                c.width = Mm(widths[j])
                v_center(c)
        places = places or {}
        for i, r in enumerate(full):
            self.clause("；".join(f"{h}：{v}" for h, v in zip(headers, r)), places.get(i))

    def banji(self, cc, organ, date, blank_before=1):
        self.blank(blank_before)
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, line=26, left=14, right=14)
        para_border(p, "top", sz=8, color="000000", space=4)
        para_border(p, "bottom", sz=4, color="000000", space=4)
        pf = p.paragraph_format
        pf.left_indent = Pt(14 + 42)
        pf.first_line_indent = Pt(-42)
        add_runs(p, cc, FS, 14)
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, line=26, left=14, right=14)
        para_border(p, "bottom", sz=8, color="000000", space=4)
        width = self.doc.sections[-1].page_width - self.doc.sections[-1].left_margin - self.doc.sections[-1].right_margin
        p.paragraph_format.tab_stops.add_tab_stop(width - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
        add_runs(p, organ + "\t" + date + "印发", FS, 14)

    def save(self, stem):
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


# --------------------------------------------------------------------------- document 1: 省政府办公厅通知
def doc_hainan():
    b = Builder(odd_even=True)
    b.header("海南省人民政府办公厅文件", 34, "琼府办〔2025〕38号")
    b.title("海南省人民政府办公厅关于进一步推动\v海南自由贸易港“零关税”和加工增值\v免关税政策扩围增效的通知")
    b.recipients("各市、县、自治县人民政府，省政府直属各单位：")
    b.para("为全面落实《海南自由贸易港建设总体方案》和《中华人民共和国海南自由贸易港法》，用足用好“零关税”、加工增值免关税等自由贸易港核心政策，服务高质量共建“一带一路”和西部陆海新通道建设，加快构建具有国际竞争力的开放型经济新体制，经省政府同意，现就有关事项通知如下：")

    b.h1("一、扩大“零关税”政策惠及面")
    b.runin("（一）扩大“零关税”进口主体范围。", "在全省范围内推动符合条件的企业纳入“零关税”进口自用生产设备、交通工具及游艇、原辅料政策享惠主体名单，各市县商务、财政部门要建立政策辅导台账，做到应享尽享。")
    b.runin("（二）优化“零关税”货物监管流程。", "对享受“零关税”政策的进口货物，实行“一次申报、分步处置”的通关模式，企业可凭电子账册在海南自由贸易港内自由流转，不再逐票办理审批手续。")
    b.runin("（三）先行试点原辅料清单动态调整机制。", "在洋浦经济开发区先行试点“零关税”原辅料清单动态调整机制，对区内企业提出的原辅料增列需求，由洋浦经济开发区管理委员会汇总评估后报省级主管部门，成熟一批、申报一批。", places=["洋浦经济开发区"])

    b.h1("二、深化加工增值免关税政策")
    b.runin("（一）放宽加工增值计算口径。", "鼓励企业将境内采购料件、境内人工成本、知识产权摊销等依法计入加工增值部分。鼓励类产业企业生产的含进口料件在海南自由贸易港加工增值达到或者超过30%的货物，经“二线”进入内地免征进口关税，照章征收进口环节增值税、消费税。")
    b.h2("（二）支持海口综合保税区发展保税加工和保税维修")
    b.para("1.对海口综合保税区内企业开展“两头在外”的航空器材、医疗器械保税维修业务，实行维修料件保税、维修产品复运出境的监管方式，维修产品不再纳入加工贸易手册核销。", places=["海口综合保税区"])
    b.para("2.支持区内企业开展以加工增值为目标的“保税+”业务，对区内新设立的加工制造企业，首个年度加工增值核定实行“先享后核”，年度终了后统一核定。", places=["海口综合保税区"])
    b.h2("（三）推动三亚崖州湾科技城相关产业适用加工增值政策")
    b.para("1.对种业企业以进口种质资源为原料在科技城内开展育繁推一体化加工形成的种子产品，按规定核定加工增值比例，符合条件的经“二线”进入内地免征进口关税。", places=["三亚崖州湾科技城"])
    b.para("2.支持深海装备制造企业在科技城内设立加工企业，对其进口的关键零部件实施“保税研发+加工增值”组合监管。", places=["三亚崖州湾科技城"])

    b.h1("三、扩大跨境服务贸易开放")
    b.runin("（一）落实跨境服务贸易负面清单。", "全面落实《海南自由贸易港跨境服务贸易特别管理措施（负面清单）》，清单之外的领域按照境内外服务及服务提供者待遇一致原则实施管理，各部门不得另行设置限制性措施。")
    b.runin("（二）拓展国际航空客货运服务。", "支持各口岸拓展国际航线，例如在海口美兰国际机场、三亚凤凰国际机场开通至东南亚、中东等“一带一路”共建国家和地区的客货航线，对新开国际货运航线按规定给予运营补贴。")
    b.runin("（三）支持三亚崖州湾科技城开展跨境研发服务。", "对科技城内企业为境外客户提供的研发设计、检验检测服务，按规定享受跨境服务贸易便利化措施，科研用样本、试剂实行“白名单”通关。", places=["三亚崖州湾科技城"])

    b.h1("四、服务“一带一路”和西部陆海新通道建设")
    b.runin("（一）打造西部陆海新通道国际航运枢纽。", "以“中国洋浦港”船籍港为依托，对在洋浦经济开发区注册登记的国际航行船舶，落实进境维修、加油、船用物料“零关税”等配套政策，加密至新加坡、雅加达、胡志明市等港口的内外贸同船运输航线。", places=["洋浦经济开发区"])
    b.runin("（二）发展跨境电商和新型离岸国际贸易。", "支持跨境电子商务综合试验区建设，推广“跨境电商+保税仓储”模式；对符合条件的新型离岸国际贸易企业，银行可凭企业真实性审核结果办理跨境资金结算。")
    b.runin("（三）深化与东盟经贸合作。", "鼓励企业参与中国—东盟自由贸易区3.0版建设，在印度尼西亚、马来西亚等国家布局海外仓和加工基地，加工产品可经海南自由贸易港分拨至国内外市场。")

    b.h1("五、保障措施")
    b.runin("（一）加强组织领导。", "省商务厅会同省财政厅、海口海关等部门建立政策推进工作机制，按季度调度政策落实情况，重大问题及时报省政府。")
    b.runin("（二）强化风险防控。", "各市县、各重点园区要落实属地监管责任，完善企业信用评价和“零关税”货物追溯机制，严防“零关税”货物违规流入内地。")
    b.para("本通知自2025年10月1日起施行，有效期至2027年12月31日。《海南省人民政府办公厅关于推进“零关税”政策落地实施的通知》（琼府办〔2023〕21号）同时废止。")
    b.blank(1)
    b.annex_note(["海南自由贸易港“零关税”和加工增值免关税政策重点任务分工表"])
    b.signature("海南省人民政府办公厅", "2025年9月18日")
    b.public()

    # attachment on a landscape section
    b.new_section(landscape=True)
    b.annex_head("附件", "海南自由贸易港“零关税”和加工增值免关税政策\v重点任务分工表")
    headers = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "建立“零关税”政策享惠主体辅导台账", "省商务厅", "各市县人民政府", "2025年12月底前"],
        ["2", "推行“零关税”货物“一次申报、分步处置”通关模式", "海口海关", "省商务厅、省财政厅", ""],
        ["3", "在洋浦经济开发区开展“零关税”原辅料清单动态调整试点", "洋浦经济开发区管理委员会", "省财政厅、海口海关", "2026年6月底前"],
        ["4", "推动海口综合保税区保税维修业务扩围", "海口市人民政府", "海口海关、省商务厅", ""],
        ["5", "落实跨境服务贸易负面清单", "省商务厅", "省直有关部门", "持续推进"],
    ]
    b.table(headers, rows, [16, 87, 46, 44, 32], vmerge=[(4, 0, 1), (4, 2, 3)],
            places={2: ["洋浦经济开发区"], 3: ["海口综合保税区"]})

    # 版记 under the table on the last (landscape) page
    b.banji("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，海口海关。",
            "海南省人民政府办公厅", "2025年9月19日", blank_before=1)
    stem = "blind325_hainan_tongzhi"
    b.save(stem)
    meta = {
        "title": "海南省人民政府办公厅关于进一步推动海南自由贸易港“零关税”和加工增值免关税政策扩围增效的通知",
        "doc_number": "琼府办〔2025〕38号",
        "issuer": ["海南省人民政府办公厅"],
        "date": "2025-09-18",
        "published": "2025-09-19",
        "level": "provincial",
        "region": "海南省",
        "effective": "2025-10-01",
        "expires": "2027-12-31",
        "attachments": ["海南自由贸易港“零关税”和加工增值免关税政策重点任务分工表"],
        "doc_type": "通知",
        "recipients": ["各市、县、自治县人民政府", "省政府直属各单位"],
        "publicity": "此件公开发布",
        "repeals": "《海南省人民政府办公厅关于推进“零关税”政策落地实施的通知》（琼府办〔2023〕21号）",
    }
    return stem, [{"meta": meta, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


# --------------------------------------------------------------------------- document 2: 洋浦管委会办法
def doc_yangpu():
    b = Builder(odd_even=False)
    b.header("洋浦经济开发区管理委员会文件", 30, "洋管规〔2025〕6号")
    b.title("洋浦经济开发区管理委员会关于印发\v《洋浦经济开发区加工增值免关税货物\v管理办法》的通知")
    b.recipients("区属各部门，各驻区单位，各有关企业：")
    b.para("《洋浦经济开发区加工增值免关税货物管理办法》已经管委会2025年第21次主任办公会议审议通过，现印发给你们，请认真贯彻执行。")
    b.signature("洋浦经济开发区管理委员会", "2025年11月10日")
    b.public()
    b.page_break()

    b.title("洋浦经济开发区\v加工增值免关税货物管理办法", blank_after=True)
    b.chapter("第一章　总则")
    b.article("第一条", ["为规范洋浦经济开发区加工增值免关税货物管理，促进加工制造业高质量发展，更好服务西部陆海新通道和共建“一带一路”，根据《中华人民共和国海南自由贸易港法》《海南自由贸易港加工增值货物内销免征关税管理办法（试行）》等规定，结合洋浦实际，制定本办法。"])
    b.article("第二条", ["本办法适用于在洋浦经济开发区注册登记并具有独立法人资格、从事加工制造的企业（以下简称加工企业），对其生产的含进口料件在海南自由贸易港加工增值达到或者超过30%的货物经“二线”进入内地时免征进口关税的管理。"])
    b.article("第三条", ["洋浦经济开发区管理委员会（以下简称管委会）商务部门负责政策宣传、企业辅导和统筹协调；财政、税务部门按照职责做好相关工作；洋浦海关依法实施监管。"])
    b.chapter("第二章　享惠企业")
    b.article("第四条", [
        "申请享受加工增值免关税政策的加工企业，应当符合下列条件：",
        "（一）属于《海南自由贸易港鼓励类产业目录》中的鼓励类产业企业，且主营业务收入占企业收入总额60%以上；",
        "（二）在洋浦经济开发区实质性运营，具有与加工业务相适应的生产场所、设备和人员；",
        "（三）建立符合海关监管要求的电子账册或者信息化管理系统；",
        "（四）近两年内未发生走私违法行为或者重大违规行为。",
    ])
    b.article("第五条", ["加工企业应当向管委会商务部门提交申请材料。商务部门自受理之日起10个工作日内会同有关部门完成审核，符合条件的纳入享惠企业名单，并推送洋浦海关。"])
    b.article("第六条", ["在洋浦保税港区内开展加工的企业，可以直接以保税港区电子账册办理加工增值货物内销手续，无需另行设立加工增值账册。"], places=["洋浦保税港区"])
    b.chapter("第三章　加工增值核算")
    b.article("第七条", [
        "加工增值率按照下列公式计算：",
        "加工增值率＝（内销货物价格－境外进口料件价格）÷境外进口料件价格×100%\v境外进口料件价格以海关审定的完税价格为准；内销货物价格以货物内销时海关审定的完税价格为准。",
    ])
    b.article("第八条", ["加工企业使用境内采购料件、在海南自由贸易港内享受“零关税”政策进口的原辅料，在计算加工增值时不计入境外进口料件价格。"])
    b.article("第九条", ["对洋浦石化功能区内新设立的精细化工、新材料加工企业，投产首年可以按照预估加工增值率先行办理免税内销，年度终了后按照实际加工增值率进行核定，多退少补。"], places=["洋浦石化功能区"])
    b.chapter("第四章　监管与服务")
    b.article("第十条", ["享惠企业应当如实申报加工增值货物的料件来源、加工工序和增值情况，按照规定保存相关单证、账簿资料不少于3年。"])
    b.article("第十一条", ["管委会设立加工增值免关税政策服务专窗，为企业提供政策咨询、核算辅导和“一企一策”服务。对经洋浦港中转至东盟、中东等“一带一路”共建国家和地区市场的加工产品，协调港口优先安排舱位和查验。"])
    b.article("第十二条", [
        "享惠企业有下列情形之一的，由管委会商务部门移出享惠企业名单，并通报洋浦海关：",
        "（一）不再符合本办法第四条规定条件的；",
        "（二）以虚假材料骗取享惠资格的；",
        "（三）违规将“零关税”货物移作他用的。",
        "被移出名单的企业，两年内不得重新申请。",
    ])
    b.article("第十三条", ["有关部门及其工作人员在加工增值免关税政策管理工作中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。"])
    b.chapter("第五章　附则")
    b.article("第十四条", ["本办法由管委会商务部门负责解释。"])
    b.article("第十五条", ["本办法自2025年12月1日起施行，有效期5年。"])

    b.banji("抄送：省商务厅，省财政厅，洋浦海关，国家税务总局洋浦经济开发区税务局。",
            "洋浦经济开发区管理委员会办公室", "2025年11月12日", blank_before=2)
    stem = "blind325_yangpu_banfa"
    b.save(stem)
    meta = {
        "title": "洋浦经济开发区管理委员会关于印发《洋浦经济开发区加工增值免关税货物管理办法》的通知",
        "doc_number": "洋管规〔2025〕6号",
        "issuer": ["洋浦经济开发区管理委员会"],
        "date": "2025-11-10",
        "published": "2025-11-12",
        "level": "zone",
        "region": "洋浦经济开发区",
        "effective": "2025-12-01",
        "expires": "2030-11-30",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["区属各部门", "各驻区单位", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


# --------------------------------------------------------------------------- document 3: 三亚市政府实施意见
def doc_sanya():
    b = Builder(odd_even=True)
    b.header("三亚市人民政府文件", 42, "三府〔2026〕12号")
    b.title("三亚市人民政府关于加快发展跨境服务贸易\v深度融入共建“一带一路”的实施意见")
    b.recipients("各区人民政府，市政府直属各单位，三亚崖州湾科技城管理局，三亚中央商务区管理局：")
    b.para("为贯彻落实《海南自由贸易港跨境服务贸易特别管理措施（负面清单）》和省委、省政府关于高水平建设海南自由贸易港的部署要求，发挥我市国际旅游消费中心和深海、南繁科技创新优势，加快发展跨境服务贸易，深度融入共建“一带一路”，结合我市实际，提出如下实施意见。")
    b.runin("一、总体要求。", "以习近平新时代中国特色社会主义思想为指导，坚持制度集成创新，以跨境服务贸易负面清单管理制度为牵引，推动旅游、医疗、科技研发、数字贸易等领域扩大开放，构建面向东南亚、联通“一带一路”的服务贸易枢纽。到2028年，全市服务贸易进出口额年均增长15%以上，跨境服务贸易企业数量突破300家。", level=1)
    b.h1("二、重点任务")
    b.runin("（一）做优国际旅游消费服务。", "支持离岛免税购物与国际旅游消费融合发展，扩大“即购即提”“担保即提”适用范围；对接东盟国家旅游机构，联合开发“一程多站”跨境旅游线路。")
    txt = "支持海棠区内医疗机构引进境外医师短期执业，开展国际医疗\v旅游服务，对境外患者探索跨境医疗保险直付结算。"
    b.runin("（二）发展跨境医疗和健康服务。", txt, places=["海棠区"],
            clause_text="（二）发展跨境医疗和健康服务。" + txt.replace("\v", ""))
    b.h2("（三）打造科技研发服务高地")
    b.para("1.支持三亚崖州湾科技城建设南繁种业和深海科技跨境研发服务平台，允许境外科研机构在科技城内独立设立研发中心。", places=["三亚崖州湾科技城"])
    b.para("2.对科技城内企业承接境外研发外包业务的，按其离岸执行额的5%给予奖励，单个企业每年最高200万元。", places=["三亚崖州湾科技城"])
    b.para("3.鼓励全市高校、科研院所与新加坡、泰国等“一带一路”共建国家开展联合研发，符合条件的项目纳入市级科技计划予以支持。")
    b.runin("（四）培育数字贸易新业态。", "在三亚中央商务区建设数字贸易集聚区，对入驻集聚区的数据服务、数字内容、跨境电商平台企业，给予最长3年的办公用房租金补贴。", places=["三亚中央商务区"])
    b.runin("（五）拓展跨境金融和航空服务。", "支持在我市注册的金融机构开展跨境贸易投资高水平开放试点；推动三亚凤凰国际机场拓展至东南亚、中东地区的国际航线，提升国际航空枢纽功能。")
    b.runin("（六）融入西部陆海新通道。", "鼓励我市物流企业与洋浦港、北部湾港等西部陆海新通道节点港口合作，发展“海运+冷链”跨境物流服务，拓展东盟水产品、热带果蔬进口分拨业务。")
    b.h1("三、保障措施")
    b.runin("（一）强化组织保障。", "市商务局牵头建立跨境服务贸易发展联席会议制度，各区、各园区管理机构明确责任分工，形成工作合力。")
    b.runin("（二）加大资金支持。", "市财政每年统筹安排不少于5000万元专项资金支持跨境服务贸易发展，具体实施细则由市商务局会同市财政局另行制定。")
    b.runin("（三）加强人才保障。", "落实海南自由贸易港高层次人才分类标准，对跨境服务贸易企业引进的境外高端人才，在出入境、停居留、子女入学等方面提供便利。")
    b.para("本实施意见自2026年4月1日起施行，有效期至2028年12月31日。")
    b.blank(1)
    b.annex_note(["三亚市跨境服务贸易重点领域及承载区域一览表"])
    b.signature("三亚市人民政府", "2026年2月27日")
    b.public()

    b.new_section(landscape=False)
    b.annex_head("附件", "三亚市跨境服务贸易重点领域及\v承载区域一览表")
    headers = ["领域", "重点方向", "承载区域", "责任单位"]
    rows = [
        ["旅游服务", "离岛免税购物、邮轮游艇旅游", "海棠区、吉阳区", "市旅游和文化广电体育局"],
        ["医疗健康", "国际医疗旅游、境外医师执业", "海棠区", "市卫生健康委员会"],
        ["科技研发", "南繁种业跨境研发服务", "三亚崖州湾科技城", "三亚崖州湾科技城管理局"],
        ["", "深海科技装备检测维修", "", ""],
        ["数字贸易", "数据服务、数字内容、跨境电商", "三亚中央商务区", "三亚中央商务区管理局"],
    ]
    b.table(headers, rows, [26, 52, 40, 38], vmerge=[(0, 2, 3), (2, 2, 3), (3, 2, 3)],
            places={0: ["海棠区", "吉阳区"], 1: ["海棠区"], 2: ["三亚崖州湾科技城"],
                    3: ["三亚崖州湾科技城"], 4: ["三亚中央商务区"]})
    b.banji("抄送：省商务厅，市委各部门，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院，三亚海关。",
            "三亚市人民政府办公室", "2026年3月2日", blank_before=3)
    stem = "blind325_sanya_yijian"
    b.save(stem)
    meta = {
        "title": "三亚市人民政府关于加快发展跨境服务贸易深度融入共建“一带一路”的实施意见",
        "doc_number": "三府〔2026〕12号",
        "issuer": ["三亚市人民政府"],
        "date": "2026-02-27",
        "published": "2026-03-02",
        "level": "municipal",
        "region": "三亚市",
        "effective": "2026-04-01",
        "expires": "2028-12-31",
        "attachments": ["三亚市跨境服务贸易重点领域及承载区域一览表"],
        "doc_type": "实施意见",
        "recipients": ["各区人民政府", "市政府直属各单位", "三亚崖州湾科技城管理局", "三亚中央商务区管理局"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": b.clauses, "applies_to": {"specific": b.specific}}]


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_325",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    expected = {}
    for fn in (doc_hainan, doc_yangpu, doc_sanya):
        stem, docs = fn()
        expected[stem] = docs
        if "--no-pdf" not in sys.argv:
            to_pdf(os.path.join(HERE, stem + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    for stem, docs in expected.items():
        print(stem, len(docs[0]["clauses"]), "clauses")


if __name__ == "__main__":
    main()
