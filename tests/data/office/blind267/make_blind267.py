# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 267 blind test documents: documents issued jointly by a Party committee and a
government, and by Party offices, on 一带一路, 自贸试验区 and opening up.

Writes next to itself:
  blind267_yunnan_yijian.docx/.pdf     中共云南省委 云南省人民政府 关于…的意见（版头只有“中共云南省委文件”）
  blind267_qinzhou_fangan.docx/.pdf    中共钦州市委办公室 钦州市人民政府办公室 印发实施方案的通知（联合版头、任务分工表）
  blind267_sichuan_tongzhi.docx/.pdf   中共四川省委全面深化改革委员会办公室 通知（自贸试验区制度创新成果评估）
  blind267_pingxiang_jueding.docx/.pdf 中共凭祥市委 凭祥市人民政府 表彰决定（附件名单）
  expected.json
Run:  . /work/venv/bin/activate && python make_blind267.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
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
C = Pt(16)  # one character of 三号

EXPECTED = {}


# ----------------------------------------------------------------------------- low level
def set_font(run, name, size, bold=False, color=None, scale=None, spacing=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    if scale is not None:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rpr.append(w)
    if spacing is not None:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        rpr.append(sp)


def add_field(p, instr, font, size):
    def r():
        run = p.add_run()
        set_font(run, font, size)
        return run
    for kind in ("begin", None, "separate", "text", "end"):
        run = r()
        if kind is None:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = " %s " % instr
            run._element.append(it)
        elif kind == "text":
            run.text = "1"
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._element.append(fc)


def setup_footer(section):
    """— N — page numbers: odd pages right, even pages left (GB/T 9704), 4号宋体."""
    for footer, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                          (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.alignment = align
        if align == WD_ALIGN_PARAGRAPH.RIGHT:
            p.paragraph_format.right_indent = Pt(14)
        else:
            p.paragraph_format.left_indent = Pt(14)
        r = p.add_run("— ")
        set_font(r, SONG, 14)
        add_field(p, "PAGE", SONG, 14)
        r = p.add_run(" —")
        set_font(r, SONG, 14)


def p_border(p, side="bottom", color="FF0000", sz=12, space=1):
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


def first_line_chars(p, n=200):
    ppr = p._p.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = OxmlElement("w:ind")
        ppr.append(ind)
    ind.set(qn("w:firstLineChars"), str(n))
    ind.set(qn("w:firstLine"), str(int(16 * 20 * n / 100)))


def table_borders(table, val="single", sz=4, inside=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        v = val if (inside or side not in ("insideH", "insideV")) else "none"
        el.set(qn("w:val"), v)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def cell_border(cell, **sides):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side, (val, sz, color) in sides.items():
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        b.append(el)
    tcPr.append(b)


def set_cell(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, scale=None, spacing=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    p.paragraph_format.space_before = Pt(2)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    set_font(r, font, size, bold, color, scale, spacing)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_widths(table, widths_mm):
    """Fixed layout: grid columns and every cell (merged cells get the sum of their span)."""
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for j, w in enumerate(widths_mm):
        table.columns[j].width = Mm(w)
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
            tcW.set(qn("w:w"), str(int(w / 25.4 * 1440)))
            tcW.set(qn("w:type"), "dxa")
            j += span


# ----------------------------------------------------------------------------- document class
class Doc:
    def __init__(self, stem):
        self.stem = stem
        self.doc = Document()
        self.clauses = []
        self.specific = {}
        d = self.doc
        d.settings.odd_and_even_pages_header_footer = True
        st = d.styles["Normal"]
        st.font.name = FS
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        st.font.size = Pt(16)
        pf = st.paragraph_format
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(28.9)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        s = d.sections[0]
        self.portrait(s)
        setup_footer(s)

    @staticmethod
    def portrait(s):
        s.orientation = WD_ORIENT.PORTRAIT
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.top_margin, s.bottom_margin = Mm(37), Mm(35)
        s.left_margin, s.right_margin = Mm(28), Mm(26)
        s.footer_distance = Mm(25)

    # --- plain paragraphs -----------------------------------------------------
    def para(self, runs, align=None, indent=True, before=0, after=0, exact=None):
        """runs: list of (text, font, bold) or a str."""
        if isinstance(runs, str):
            runs = [(runs, FS, False)]
        p = self.doc.add_paragraph()
        if align is not None:
            p.alignment = align
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            first_line_chars(p)
        if before:
            p.paragraph_format.space_before = Pt(before)
        if after:
            p.paragraph_format.space_after = Pt(after)
        if exact:
            p.paragraph_format.line_spacing = Pt(exact)
        for item in runs:
            if item == "BR":
                p.add_run().add_break(WD_BREAK.LINE)
                continue
            text, font, bold = item
            r = p.add_run(text)
            set_font(r, font, 16, bold)
        return p

    def blank(self, n=1):
        for _ in range(n):
            self.doc.add_paragraph()

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    def clause(self, text, places=None):
        self.clauses.append(text)
        if places:
            self.specific[text[:24]] = places

    # --- building blocks ------------------------------------------------------
    def red_head(self, text, size=36, scale=None, spacing=None, before=0):
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        if before:
            p.paragraph_format.space_before = Pt(before)
        r = p.add_run(text)
        set_font(r, XBS, size, False, RED, scale, spacing)
        return p

    def doc_number(self, num, before=28):
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(4)
        r = p.add_run(num)
        set_font(r, FS, 16)
        p_border(p, "bottom", "FF0000", 18, 6)
        return p

    def title(self, lines, soft=False, before=22, after=18):
        if soft:
            p = self.doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.line_spacing = Pt(36)
            p.paragraph_format.space_before = Pt(before)
            p.paragraph_format.space_after = Pt(after)
            for i, ln in enumerate(lines):
                r = p.add_run(ln)
                set_font(r, XBS, 22)
                if i < len(lines) - 1:
                    r.add_break(WD_BREAK.LINE)
        else:
            for i, ln in enumerate(lines):
                p = self.doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.paragraph_format.line_spacing = Pt(36)
                if i == 0:
                    p.paragraph_format.space_before = Pt(before)
                if i == len(lines) - 1:
                    p.paragraph_format.space_after = Pt(after)
                r = p.add_run(ln)
                set_font(r, XBS, 22)

    def zhusong(self, text):
        self.para(text, indent=False)

    def body(self, text, places=None, clause=True):
        self.para(text)
        if clause:
            self.clause(text, places)

    def h1(self, text):
        self.para([(text, HT, False)])

    def h2(self, text):
        self.para([(text, KT, False)])

    def runin(self, lead, rest, font=KT, bold=False, places=None):
        self.para([(lead, font, bold), (rest, FS, False)])
        self.clause(lead + rest, places)

    def sign_date(self, date_text, right_chars=4):
        p = self.doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.right_indent = Pt(16 * right_chars)
        r = p.add_run(date_text)
        set_font(r, FS, 16)

    def note(self, text):
        self.para(text)

    def data_table(self, header, rows, widths, merges=(), font_size=12, align_cols=()):
        """rows: list of lists (None = covered by a merge); merges: (r0,c0,r1,c1) in row idx
        of `rows` (0-based, header excluded).  Returns the table."""
        t = self.doc.add_table(rows=len(rows) + 1, cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            set_cell(t.cell(0, j), h, HT, font_size)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v is not None:
                    al = WD_ALIGN_PARAGRAPH.LEFT if j in align_cols else WD_ALIGN_PARAGRAPH.CENTER
                    set_cell(t.cell(i + 1, j), v, FS, font_size, align=al)
        for (r0, c0, r1, c1) in merges:
            keep = rows[r0][c0]
            m = t.cell(r0 + 1, c0).merge(t.cell(r1 + 1, c1))
            set_cell(m, keep, FS, font_size)
        set_widths(t, widths)
        # header row repeats on each page
        trPr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        trPr.append(th)
        return t

    def table_clauses(self, header, logical_rows, places_by_row=None):
        """logical_rows: full grid with merged values repeated; None/'' left out."""
        for i, row in enumerate(logical_rows):
            parts = ["%s：%s" % (h, v) for h, v in zip(header, row) if v]
            txt = "；".join(parts)
            self.clause(txt, (places_by_row or {}).get(i))

    def banji_paras(self, chaosong, organ, date_text, chaosong_label="抄送："):
        """版记 as bordered paragraphs, 4号仿宋."""
        d = self.doc
        items = []
        if chaosong:
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Pt(14)
            p.paragraph_format.right_indent = Pt(14)
            p.paragraph_format.line_spacing = Pt(24)
            r = p.add_run(chaosong_label + chaosong)
            set_font(r, FS, 14)
            items.append(p)
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        p.paragraph_format.line_spacing = Pt(24)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run(organ + "\t" + date_text)
        set_font(r, FS, 14)
        items.append(p)
        p_border(items[0], "top", "000000", 8, 1)
        for q in items[1:]:
            p_border(q, "top", "000000", 4, 1)
        p_border(items[-1], "bottom", "000000", 8, 1)

    def save(self, meta):
        path = os.path.join(HERE, self.stem + ".docx")
        self.doc.save(path)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_267",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        EXPECTED[self.stem] = [{"meta": meta, "clauses": self.clauses,
                                "applies_to": {"specific": self.specific}}]


def sign_two(d, left, right, gap=8, before=56):
    """Two organs side by side on one line, separated by full-width spaces."""
    p = d.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(before)
    r = p.add_run(left + "　" * gap + right)
    set_font(r, FS, 16)


# ============================================================================ 1 云南 意见
def make_yunnan():
    d = Doc("blind267_yunnan_yijian")
    d.blank(1)
    d.red_head("中共云南省委文件", size=48, scale=90, before=12)
    d.doc_number("云发〔2025〕11号", before=40)
    d.title(["中共云南省委　云南省人民政府",
             "关于以自由贸易试验区提升战略为引领",
             "高质量服务和融入共建“一带一路”的意见"], soft=True)
    d.zhusong("各州（市）委，各州（市）人民政府，省委各部委，省级国家机关各委办厅局，"
              "省级各人民团体，中央驻滇各单位：")
    d.body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动中国（云南）"
           "自由贸易试验区（以下简称云南自贸试验区）在服务和融入共建“一带一路”中发挥更大作用，"
           "加快建设面向南亚东南亚辐射中心，结合我省实际，现提出如下意见。")
    d.h1("一、总体要求")
    d.body("坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，"
           "以制度创新为核心，以高水平开放为导向，统筹发展和安全，把云南自贸试验区建设成为服务和融入"
           "共建“一带一路”的高能级开放平台。到2027年，云南自贸试验区累计形成省级以上制度创新成果120项以上，"
           "货物进出口总额突破2500亿元，实际使用外资年均增长8%以上；到2030年，基本建成贸易投资便利、"
           "高端产业集聚、金融服务完善、辐射带动作用突出的高水平自由贸易园区。")
    d.h1("二、提升自贸试验区开放能级")
    d.runin("（一）推进规则规制管理标准对接。",
            "主动对接《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则，在货物贸易、服务贸易、数字贸易、"
            "知识产权保护等领域开展压力测试。全面落实外商投资准入前国民待遇加负面清单管理制度，"
            "推动“非禁即入”普遍落实。")
    d.runin("（二）提升贸易便利化水平。",
            "深化国际贸易“单一窗口”建设，推广“两步申报”“提前申报”“船边直提”等便利化措施，推进口岸通关"
            "全流程无纸化，确保进出口整体通关时间保持在全国平均水平以下。")
    d.runin("（三）创新跨境金融服务。",
            "扩大人民币在对南亚东南亚国家贸易和投资中的使用，支持符合条件的企业开展跨境人民币资金池业务。"
            "稳妥推进人民币与老挝基普、泰铢、越南盾等周边国家货币的直接交易，服务沿边口岸边民互市贸易结算。")
    d.h1("三、推动片区差异化特色发展")
    d.runin("（一）昆明片区。",
            "重点发展高端制造、航空物流、数字经济、总部经济，建设面向南亚东南亚的国际陆港和区域性国际消费中心，"
            "推动中老铁路国际货运列车在王家营站集结，打造“一带一路”区域性物流枢纽。",
            places=["昆明片区"])
    d.runin("（二）红河片区。",
            "加快发展加工贸易、跨境电商、大健康产业，推进河口口岸“智慧口岸”建设，打造中越经济走廊上的"
            "商贸物流中心和加工制造基地。",
            places=["红河片区"])
    d.runin("（三）德宏片区。",
            "围绕面向缅甸的开放合作，发展跨境电商、跨境产能合作和跨境金融，建设沿边产业合作区和国际贸易"
            "物流中心，稳妥推进中缅经济走廊早期收获项目。",
            places=["德宏片区"])
    d.runin("（四）联动创新区。",
            "支持西双版纳州、文山州各建设1个自贸试验区联动创新区，经省人民政府认定后，按程序承接复制"
            "自贸试验区改革试点经验和省级下放管理权限。",
            places=["西双版纳州", "文山州"])
    d.h1("四、深化共建“一带一路”务实合作")
    d.h2("（一）拓展经贸合作空间")
    d.body("1. 实施外贸主体培育行动，每年新增有进出口实绩企业500家以上。支持企业在老挝、泰国、柬埔寨等国"
           "布局海外仓和境外营销网络，对符合条件的海外仓项目给予最高300万元奖励。")
    d.body("2. 推动境外经贸合作区提质升级，鼓励省内企业以“园中园”方式参与中老磨憨—磨丁经济合作区建设，"
           "带动装备、建材、农产品加工等优势产能“走出去”。")
    d.h2("（二）深化人文交流合作")
    d.body("1. 高质量办好中国—南亚博览会暨中国（昆明）进出口商品交易会，提升展会国际化、专业化、"
           "市场化水平。")
    d.body("2. 扩大与南亚东南亚国家在教育、卫生、文化、旅游等领域的合作，每年举办各类对外交流活动50场以上，"
           "讲好中国故事、云南故事。")
    d.h1("五、强化组织保障")
    d.runin("（一）加强党的领导。",
            "坚持党对自贸试验区建设和对外开放工作的全面领导，省委自由贸易试验区工作领导小组统筹推进重大事项，"
            "领导小组办公室设在省商务厅，负责日常协调工作。")
    d.runin("（二）强化要素保障。",
            "省级财政每年统筹安排自贸试验区发展专项资金，对制度创新成效突出的片区给予奖励。各片区所在州（市）"
            "要在用地、用能、人才等方面予以倾斜。")
    d.runin("（三）加强督促检查。",
            "省委督查室、省政府督查室要将本意见落实情况纳入年度督查检查计划。各州（市）、各有关部门每年"
            "12月底前向省委、省政府报告贯彻落实情况。")
    d.runin("（四）健全容错纠错机制。",
            "对在自贸试验区改革创新中出现的失误错误，符合规定条件的，予以容错免责，激励干部担当作为。")
    d.runin("（五）加强宣传引导。",
            "加强对云南自贸试验区建设成果的宣传报道，营造关心支持对外开放的良好氛围。")
    # 落款 falls on a page of its own: “（此页无正文）”
    p = d.para("（此页无正文）", indent=True)
    p.paragraph_format.page_break_before = True
    d.blank(2)
    sign_two(d, "中共云南省委", "云南省人民政府", gap=6, before=40)
    d.sign_date("2025年6月18日", right_chars=5)
    d.para("（此件发至县级）", indent=True)
    d.blank(9)
    d.banji_paras(None, "中共云南省委办公厅", "2025年6月20日印发")
    d.save({
        "title": "中共云南省委 云南省人民政府关于以自由贸易试验区提升战略为引领高质量服务和融入共建“一带一路”的意见",
        "doc_number": "云发〔2025〕11号",
        "issuer": ["中共云南省委", "云南省人民政府"],
        "date": "2025-06-18",
        "published": "2025-06-20",
        "level": "provincial",
        "region": "云南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "意见",
        "recipients": ["各州（市）委", "各州（市）人民政府", "省委各部委", "省级国家机关各委办厅局",
                       "省级各人民团体", "中央驻滇各单位"],
        "publicity": "此件发至县级",
        "repeals": None,
    })


# ============================================================================ 2 钦州 两办 实施方案
def joint_head_table(d, left_lines, right, size=30, scale=None, spacing=None, right_size=None):
    t = d.doc.add_table(rows=len(left_lines), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, ln in enumerate(left_lines):
        set_cell(t.cell(i, 0), ln, XBS, size, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
                 scale=scale, spacing=spacing)
    m = t.cell(0, 1).merge(t.cell(len(left_lines) - 1, 1))
    set_cell(m, right, XBS, right_size or size + 12, color=RED, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_widths(t, [116, 40])
    return t


def make_qinzhou():
    d = Doc("blind267_qinzhou_fangan")
    joint_head_table(d, ["中共钦州市委办公室", "钦州市人民政府办公室"], "文件", size=30, scale=85)
    d.doc_number("钦办发〔2025〕23号", before=30)
    d.title(["中共钦州市委办公室　钦州市人民政府办公室",
             "关于印发《钦州市深度融入西部陆海新通道",
             "建设推动开放型经济高质量发展实施方案",
             "（2025—2027年）》的通知"], before=16, after=12)
    d.zhusong("各县（区）党委和人民政府，市委各部委，市直各单位，中国（广西）自由贸易试验区钦州港片区管委会，"
              "钦州综合保税区管委会：")
    d.body("《钦州市深度融入西部陆海新通道建设推动开放型经济高质量发展实施方案（2025—2027年）》已经市委、"
           "市人民政府同意，现印发给你们，请结合实际认真贯彻落实。")
    # 落款: borderless two-cell table
    d.blank(1)
    t = d.doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "中共钦州市委办公室", FS, 16)
    set_cell(t.cell(0, 1), "钦州市人民政府办公室", FS, 16)
    set_widths(t, [78, 78])
    d.sign_date("2025年7月28日", right_chars=4)
    d.para("（此件公开发布）")
    d.page_break()
    # ---- the 方案
    d.title(["钦州市深度融入西部陆海新通道建设", "推动开放型经济高质量发展实施方案"], before=0, after=0)
    p = d.para([("（2025—2027年）", KT, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=14)
    d.body("为深入贯彻落实《西部陆海新通道总体规划》和自治区党委、自治区人民政府关于推动高水平对外开放的"
           "部署要求，充分发挥钦州作为“一带一路”有机衔接重要门户港的作用，推动开放型经济高质量发展，"
           "结合我市实际，制定本方案。")
    d.h1("一、总体目标")
    d.body("到2027年，钦州港集装箱吞吐量达到1000万标箱，经钦州港的海铁联运班列年开行量达到1.5万列，全市货物"
           "进出口总额达到1800亿元，实际使用外资累计达到10亿美元，基本建成面向东盟的国际门户港和开放合作新高地。")
    d.h1("二、重点任务")
    d.h2("（一）提升国际门户港能级")
    d.runin("1. 加快港口基础设施建设。",
            "推进钦州港东航道扩建、自动化集装箱码头二期等项目建设，完善港口集疏运体系，2026年底前实现港区"
            "铁路专用线全覆盖。", font=FS, bold=True)
    d.runin("2. 拓展航线网络。",
            "加密至东盟国家主要港口的集装箱航线，新开通至中东、南亚的远洋航线，到2027年集装箱航线总数达到"
            "90条以上。", font=FS, bold=True)
    d.h2("（二）建设高水平开放平台")
    d.runin("1. 推动钦州港片区制度创新。",
            "支持钦州港片区在港航物流、跨境金融、数字贸易等领域开展首创性探索，每年形成自治区级以上制度创新"
            "成果不少于15项。", font=FS, bold=True, places=["钦州港片区"])
    d.runin("2. 提升综保区发展水平。",
            "推动钦州综合保税区发展保税维修、保税研发、融资租赁等新业态，力争在全国综合保税区发展绩效评估中"
            "进入A类。", font=FS, bold=True, places=["钦州综合保税区"])
    d.runin("3. 发展县域跨境电商。",
            "支持灵山县、浦北县各建设1个跨境电商产业园，引导荔枝、陶瓷等县域特色产品通过跨境电商拓展东盟市场。",
            font=FS, bold=True, places=["灵山县", "浦北县"])
    d.runin("（三）培育开放型产业。",
            "围绕绿色化工、新能源材料、装备制造等产业链开展精准招商，每年引进外资项目20个以上。重点抓好："
            "（1）推动龙头企业与东盟国家开展产能合作；（2）支持企业在东盟国家设立境外生产基地和海外仓；"
            "（3）对新认定的外贸综合服务企业给予最高30万元奖励。")
    d.h1("三、保障措施")
    d.runin("（一）加强组织领导。",
            "市委对外开放工作领导小组负责统筹推进本方案实施，领导小组办公室设在市商务局，负责日常调度和跟踪督办。")
    d.runin("（二）强化要素保障。",
            "市财政每年安排开放型经济发展资金不低于2亿元，优先保障重大开放平台和通道项目用地、用海需求。")
    d.runin("（三）严格督查考评。",
            "将本方案任务落实情况纳入市委、市人民政府年度绩效考评，由市委督查室、市政府督查室每半年开展一次"
            "专项督查。")
    d.body("本方案自2025年8月1日起施行，有效期至2027年12月31日。")
    d.blank(1)
    d.para("附件：重点任务分工表")
    # ---- landscape section for the 分工表
    s = d.doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.top_margin, s.bottom_margin = Mm(28), Mm(26)
    s.left_margin, s.right_margin = Mm(37), Mm(35)
    d.para([("附件", HT, False)], indent=False)
    d.para([("重点任务分工表", XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=10)
    header = ["序号", "任务类别", "重点任务", "牵头单位", "责任单位", "完成时限"]
    logical = [
        ["1", "提升门户港能级", "推进钦州港东航道扩建和自动化集装箱码头二期建设", "市交通运输局",
         "市发展改革委、市自然资源局、钦州港务集团有限公司", "2026年12月"],
        ["2", "提升门户港能级", "新开通远洋集装箱航线10条以上", "市交通运输局",
         "市商务局、钦州港务集团有限公司", "2027年12月"],
        ["3", "建设开放平台", "钦州港片区每年形成自治区级以上制度创新成果不少于15项", "钦州港片区管委会",
         "市委改革办、市司法局、市市场监管局", "每年12月"],
        ["4", "建设开放平台", "钦州综合保税区发展保税维修、保税研发等新业态", "钦州综合保税区管委会",
         "钦州海关、市商务局、市财政局", "2026年12月"],
        ["5", "建设开放平台", "在灵山县、浦北县各建设1个跨境电商产业园", "市商务局",
         "灵山县委、灵山县人民政府，浦北县委、浦北县人民政府", "2026年6月"],
        ["6", "培育开放型产业", "开展产业链精准招商，每年引进外资项目20个以上", "市投资促进局",
         "市委统战部、市工商联、各县（区）人民政府", "持续推进"],
        ["7", "强化保障", "做好开放型经济对外宣传和国际传播", "市委宣传部",
         "市委外办、市文化广电体育和旅游局", "持续推进"],
        ["8", "强化保障", "开展专项督查和年度绩效考评", "市委督查室、市政府督查室",
         "市绩效办、市商务局", "每半年"],
    ]
    grid = [list(r) for r in logical]
    for i in (1, 3, 4, 7):
        grid[i][1] = None
    d.data_table(header, grid, [12, 28, 72, 34, 56, 22],
                 merges=[(0, 1, 1, 1), (2, 1, 4, 1), (6, 1, 7, 1)], font_size=12, align_cols=(2, 4))
    d.table_clauses(header, logical, {2: ["钦州港片区"], 3: ["钦州综合保税区"], 4: ["灵山县", "浦北县"]})
    p = d.doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    r = p.add_run("注：牵头单位对任务落实负总责，责任单位按职责分工配合；涉及多个牵头单位的，列第一位的为主要牵头单位。")
    set_font(r, FS, 12)
    d.clause("注：牵头单位对任务落实负总责，责任单位按职责分工配合；涉及多个牵头单位的，列第一位的为主要牵头单位。")
    # ---- back to portrait for the 版记 (table form)
    s = d.doc.add_section(WD_SECTION.NEW_PAGE)
    Doc.portrait(s)
    d.blank(17)
    t = d.doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    m = t.cell(0, 0).merge(t.cell(0, 1))
    set_cell(m, "抄送：自治区党委办公厅，自治区人民政府办公厅。市人大常委会办公室，市政协办公室，钦州军分区，"
                "市中级法院，市检察院。", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell(t.cell(1, 0), "中共钦州市委办公室", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell(t.cell(1, 1), "2025年7月29日印发", FS, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    set_widths(t, [90, 66])
    thick = ("single", 8, "000000")
    thin = ("single", 4, "000000")
    nil = ("nil", 0, "auto")
    cell_border(m, top=thick, bottom=thin, left=nil, right=nil)
    cell_border(t.cell(1, 0), top=thin, bottom=thick, left=nil, right=nil)
    cell_border(t.cell(1, 1), top=thin, bottom=thick, left=nil, right=nil)
    d.save({
        "title": "中共钦州市委办公室 钦州市人民政府办公室关于印发《钦州市深度融入西部陆海新通道建设推动开放型经济"
                 "高质量发展实施方案（2025—2027年）》的通知",
        "doc_number": "钦办发〔2025〕23号",
        "issuer": ["中共钦州市委办公室", "钦州市人民政府办公室"],
        "date": "2025-07-28",
        "published": "2025-07-29",
        "level": "municipal",
        "region": "钦州市",
        "effective": "2025-08-01",
        "expires": "2027-12-31",
        "attachments": ["重点任务分工表"],
        "doc_type": "通知",
        "recipients": ["各县（区）党委和人民政府", "市委各部委", "市直各单位",
                       "中国（广西）自由贸易试验区钦州港片区管委会", "钦州综合保税区管委会"],
        "publicity": "此件公开发布",
        "repeals": None,
    })


# ============================================================================ 3 四川 省委深改办 通知
def make_sichuan():
    d = Doc("blind267_sichuan_tongzhi")
    d.blank(1)
    d.red_head("中共四川省委全面深化改革委员会办公室", size=30, scale=70, before=12)
    d.doc_number("川委改办发〔2025〕9号", before=40)
    d.title(["关于开展中国（四川）自由贸易试验区第八批",
             "制度创新成果评估和复制推广工作的通知"])
    d.zhusong("各市（州）委全面深化改革委员会办公室，省委全面深化改革委员会各专项改革小组办公室，"
              "省直有关部门（单位），中国（四川）自由贸易试验区各片区管委会：")
    d.body("为贯彻落实省委全面深化改革委员会第十二次会议精神，进一步发挥中国（四川）自由贸易试验区"
           "（以下简称四川自贸试验区）改革开放试验田作用，及时总结推广一批可复制可推广的制度创新成果，"
           "经省委全面深化改革委员会同意，现就开展第八批制度创新成果评估和复制推广工作有关事项通知如下。")
    d.runin("一、评估范围。",
            "2024年7月1日至2025年6月30日期间，四川自贸试验区各片区、各协同改革先行区和省直有关部门在推进改革中"
            "形成的制度创新成果，均可申报评估。已纳入前七批复制推广清单的成果，不再重复申报。", font=HT)
    d.h1("二、工作安排")
    d.runin("（一）申报推荐（2025年9月30日前）。",
            "各片区管委会、协同改革先行区所在市（州）委改革办和省直有关部门对照评估指标（附件1）组织自评，"
            "每个单位推荐成果不超过5项，填写《制度创新成果申报表》（附件2），经本单位主要负责同志审签后"
            "报送省委改革办。")
    d.runin("（二）第三方评估（2025年10月）。",
            "省委改革办会同省商务厅委托第三方机构，从创新性、实效性、可复制性等方面对申报成果进行评估，"
            "必要时组织实地核查和企业座谈。")
    d.runin("（三）审定发布（2025年11月）。",
            "评估结果报省委全面深化改革委员会审定后，由省委改革办、省商务厅联合印发第八批制度创新成果复制推广"
            "清单，在全省范围内复制推广。")
    d.h1("三、有关要求")
    d.runin("（一）突出首创导向。",
            "申报成果应为全国或全省首创，重点围绕投资贸易便利化、中欧班列运营、跨境金融、数字贸易、政府职能"
            "转变等领域，不得将一般性工作措施包装为制度创新成果。")
    # one Word paragraph, items separated by soft line breaks
    lead, lead_rest = "（二）突出片区特色。", "各片区要结合功能定位分类申报："
    items = [
        ("1. 成都天府新区片区重点申报服务业扩大开放、数字贸易和知识产权保护等方面成果；", ["成都天府新区片区"]),
        ("2. 成都青白江铁路港片区重点申报国际铁路联运规则创新、铁路运输单证物权化等方面成果；",
         ["成都青白江铁路港片区"]),
        ("3. 川南临港片区重点申报江铁海多式联运、临港产业开放合作等方面成果。", ["川南临港片区"]),
    ]
    runs = [(lead, KT, False), (lead_rest, FS, False)]
    for txt, _ in items:
        runs += ["BR", (txt, FS, False)]
    d.para(runs)
    d.clause(lead + lead_rest)
    for txt, pl in items:
        d.clause(txt, pl)
    d.runin("（三）严格审核把关。",
            "各单位要对申报材料的真实性负责。对弄虚作假的，取消该单位当年申报资格并予以通报。")
    d.runin("（四）按时报送材料。",
            "请于2025年9月30日前将申报材料纸质版（一式两份，加盖公章）报送省委改革办，电子版通过四川自贸试验区"
            "制度创新管理平台上传。联系人：省委改革办综合处周晓岚，电话：028-86601234。")
    d.blank(1)
    d.para([("附件：1. 第八批制度创新成果评估指标", FS, False), "BR",
            ("　　　2. 制度创新成果申报表（请登录管理平台下载）", FS, False)], align=WD_ALIGN_PARAGRAPH.LEFT)
    d.blank(2)
    p = d.doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.right_indent = Pt(16 * 2)
    r = p.add_run("中共四川省委全面深化改革委员会办公室")
    set_font(r, FS, 16)
    d.sign_date("2025年9月8日", right_chars=8)
    # ---- 附件1
    d.page_break()
    d.para([("附件1", HT, False)], indent=False)
    d.para([("第八批制度创新成果评估指标", XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
           before=8, after=10)
    header = ["一级指标", "二级指标", "评价要点", "分值"]
    logical = [
        ["创新性（30分）", "首创程度", "属全国首创或全省首创，在国内无相同或类似做法", "20"],
        ["创新性（30分）", "突破程度", "突破现行体制机制障碍、填补制度空白的程度", "10"],
        ["实效性（40分）", "经济效益", "降低企业成本、提升通关效率、扩大贸易投资规模等量化成效", "20"],
        ["实效性（40分）", "市场主体获得感", "企业和群众满意度，受惠市场主体数量", "10"],
        ["实效性（40分）", "风险防控", "风险总体可控，有配套防控措施", "10"],
        ["可复制性（30分）", "推广价值", "在全省或全国范围内可复制推广的程度", "20"],
        ["可复制性（30分）", "制度化程度", "已形成规范性文件、标准或操作规程", "10"],
        ["合计", None, None, "100"],
    ]
    grid = [list(r) for r in logical]
    for i in (1, 3, 4, 6):
        grid[i][0] = None
    grid[7] = ["合计", None, None, "100"]
    d.data_table(header, grid, [32, 32, 78, 16],
                 merges=[(0, 0, 1, 0), (2, 0, 4, 0), (5, 0, 6, 0), (7, 0, 7, 2)], font_size=12,
                 align_cols=(2,))
    d.table_clauses(header, logical)
    d.blank(8)
    d.banji_paras("省委办公厅，省政府办公厅，省商务厅，成都海关。", "中共四川省委全面深化改革委员会办公室",
                  "2025年9月9日印发")
    d.save({
        "title": "关于开展中国（四川）自由贸易试验区第八批制度创新成果评估和复制推广工作的通知",
        "doc_number": "川委改办发〔2025〕9号",
        "issuer": ["中共四川省委全面深化改革委员会办公室"],
        "date": "2025-09-08",
        "published": "2025-09-09",
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": ["第八批制度创新成果评估指标", "制度创新成果申报表"],
        "doc_type": "通知",
        "recipients": ["各市（州）委全面深化改革委员会办公室", "省委全面深化改革委员会各专项改革小组办公室",
                       "省直有关部门（单位）", "中国（四川）自由贸易试验区各片区管委会"],
        "publicity": None,
        "repeals": None,
    })


# ============================================================================ 4 凭祥 表彰决定
def make_pingxiang():
    d = Doc("blind267_pingxiang_jueding")
    d.blank(1)
    # habit: organ names padded with spaces so both lines are equally wide
    joint_head_table(d, ["中 共 凭 祥 市 委", "凭 祥 市 人 民 政 府"], "文件", size=32, right_size=44)
    d.doc_number("凭发〔2025〕4号", before=30)
    d.title(["中共凭祥市委　凭祥市人民政府",
             "关于表彰2024年度开放型经济和口岸发展",
             "先进集体和先进个人的决定"], soft=True)
    d.zhusong("各乡镇党委和人民政府，市委各部委，市直各单位，凭祥综合保税区管理委员会，友谊关口岸管理委员会：")
    d.body("2024年，全市各级各部门深入贯彻落实党中央和自治区党委、崇左市委关于推进高水平对外开放的决策部署，"
           "紧紧围绕中国（广西）自由贸易试验区崇左片区和凭祥重点开发开放试验区建设，推动口岸通关、边民互市贸易、"
           "跨境物流、跨境电商等工作取得显著成效，全市货物进出口总额完成1056.3亿元、同比增长12.6%，友谊关口岸"
           "进出境货运车辆突破72万辆次，涌现出一批成绩突出的先进集体和先进个人。")
    d.body("为表彰先进、树立典型，激励全市广大干部群众进一步担当作为，市委、市人民政府决定，授予凭祥综合保税区"
           "管理委员会等8个单位“2024年度开放型经济和口岸发展先进集体”称号，授予黄志勇等10名同志“2024年度"
           "开放型经济和口岸发展先进个人”称号。")
    d.body("希望受到表彰的先进集体和先进个人珍惜荣誉、再接再厉，在新的一年里取得更大成绩。全市各级各部门和广大"
           "干部职工要以先进为榜样，坚定不移推进高水平对外开放，为加快建设中国—东盟开放合作示范区、奋力谱写"
           "中国式现代化凭祥篇章作出新的更大贡献。")
    d.blank(1)
    d.para("附件：2024年度开放型经济和口岸发展先进集体和先进个人名单")
    # 落款 with a tab between the two organs
    p = d.doc.add_paragraph()
    p.paragraph_format.space_before = Pt(60)
    p.paragraph_format.left_indent = Pt(16 * 3)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(100), WD_TAB_ALIGNMENT.LEFT)
    r = p.add_run("中共凭祥市委\t凭祥市人民政府")
    set_font(r, FS, 16)
    d.sign_date("2025年2月26日", right_chars=4)
    d.para("（此件公开发布）")
    # ---- 附件 名单
    d.page_break()
    d.para([("附件", HT, False)], indent=False)
    d.title(["2024年度开放型经济和口岸发展", "先进集体和先进个人名单"], before=8, after=12)
    d.h1("一、先进集体（8个）")
    for name in ["凭祥综合保税区管理委员会", "友谊关口岸管理委员会", "凭祥市商务局", "凭祥海关查验一科",
                 "凭祥市友谊镇人民政府", "国家税务总局凭祥市税务局第一税务分局",
                 "广西凭祥恒通国际物流有限公司", "凭祥市南友跨境电子商务产业园运营有限公司"]:
        d.body(name)
    d.h1("二、先进个人（10名）")
    header = ["序号", "姓名", "工作单位及职务"]
    rows = [
        ["1", "黄志勇", "凭祥综合保税区管理委员会招商服务部部长"],
        ["2", "农秀梅", "凭祥市商务局对外贸易股股长"],
        ["3", "陆建明", "友谊关口岸管理委员会综合协调科科长"],
        ["4", "梁海燕", "凭祥海关查验一科副科长"],
        ["5", "赵刚", "凭祥市公安局出入境管理大队大队长"],
        ["6", "韦丽萍", "凭祥市夏石镇人民政府副镇长"],
        ["7", "何俊峰", "凭祥市交通运输局运输管理股股长"],
        ["8", "李文涛", "广西凭祥恒通国际物流有限公司总经理"],
        ["9", "黄美玲", "凭祥市南友跨境电子商务产业园运营有限公司运营总监"],
        ["10", "马卫东", "凭祥市浦寨边民互市贸易区管理处主任"],
    ]
    d.data_table(header, rows, [18, 30, 110], font_size=14, align_cols=(2,))
    d.table_clauses(header, rows)
    d.blank(4)
    d.banji_paras("崇左市委办公室，崇左市人民政府办公室。", "中共凭祥市委办公室", "2025年2月27日印发")
    d.save({
        "title": "中共凭祥市委 凭祥市人民政府关于表彰2024年度开放型经济和口岸发展先进集体和先进个人的决定",
        "doc_number": "凭发〔2025〕4号",
        "issuer": ["中共凭祥市委", "凭祥市人民政府"],
        "date": "2025-02-26",
        "published": "2025-02-27",
        "level": "county",
        "region": "凭祥市",
        "effective": None,
        "expires": None,
        "attachments": ["2024年度开放型经济和口岸发展先进集体和先进个人名单"],
        "doc_type": "决定",
        "recipients": ["各乡镇党委和人民政府", "市委各部委", "市直各单位", "凭祥综合保税区管理委员会",
                       "友谊关口岸管理委员会"],
        "publicity": "此件公开发布",
        "repeals": None,
    })


if __name__ == "__main__":
    make_yunnan()
    make_qinzhou()
    make_sichuan()
    make_pingxiang()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    for k, v in EXPECTED.items():
        print(k, len(v[0]["clauses"]), "clauses")
