# ruff: noqa
"""Round 315: a fictional 区人民政府公报 (青岛市黄岛区, 2025年第2期) made in Word, printed to PDF.

Run:  . /work/venv/bin/activate && python make_blind315.py
Writes next to itself: blind315_huangdao_gongbao.docx / .pdf and expected.json.
The issue is printed twice: the first PDF tells on which page each document starts,
and those page numbers are written into the 目录 of the second (final) print.
"""
import json
import shutil
import subprocess
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
STEM = "blind315_huangdao_gongbao"
LO_PROFILE = "file:///tmp/lo_315"

RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

GAZETTE = "青岛市黄岛区人民政府公报"
ISSUE = "2025年第2期"
ISSUE_FULL = "2025年第2期（总第42期）"
BODY_PT = 13
LINE_PT = 21

# ---------------------------------------------------------------- low-level helpers


def set_run_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first=None, left=None, right=None, before=0, after=0, line=LINE_PT, keep_next=False):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.widow_control = False
    if keep_next:
        pf.keep_with_next = True
    return p


def border(p, side, sz=8, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # schema order: pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr ...
        before = {qn("w:" + t) for t in ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr",
                                         "widowControl", "numPr", "suppressLineNumbers")}
        idx = 0
        for i, ch in enumerate(ppr):
            if ch.tag in before:
                idx = i + 1
        ppr.insert(idx, bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def add_field(p, instr, font=FS, size=BODY_PT):
    r = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._element.append(fc)
    set_run_font(r, font, size)
    r = p.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r._element.append(it)
    set_run_font(r, font, size)
    r = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._element.append(fc)
    r = p.add_run("1")
    set_run_font(r, font, size)
    r = p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._element.append(fc)


def page_setup(sec):
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.0)
    sec.bottom_margin = Cm(2.6)
    sec.left_margin = Cm(2.6)
    sec.right_margin = Cm(2.4)
    sec.header_distance = Cm(1.6)
    sec.footer_distance = Cm(1.3)


TEXT_W_PT = (21.0 - 2.6 - 2.4) / 2.54 * 72


def continue_numbering(sec):
    pg = sec._sectPr.find(qn("w:pgNumType"))
    if pg is not None:
        sec._sectPr.remove(pg)


def restart_numbering(sec, start=1):
    sectpr = sec._sectPr
    pg = sectpr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sectpr.append(pg)
    pg.set(qn("w:start"), str(start))


# ---------------------------------------------------------------- the document model


class Builder:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = FS
        st.font.size = Pt(BODY_PT)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        page_setup(self.doc.sections[0])
        self.expected = []
        self.cur = None

    # -- generic paragraphs
    def p(self, text="", font=FS, size=BODY_PT, bold=False, color=None, **kw):
        par = self.doc.add_paragraph()
        fmt(par, **kw)
        if text:
            r = par.add_run(text)
            set_run_font(r, font, size, bold, color)
        return par

    def page_break(self):
        par = self.doc.add_paragraph()
        fmt(par, line=None)
        par.add_run().add_break(WD_BREAK.PAGE)

    # -- expected.json bookkeeping
    def start_doc(self, meta):
        self.cur = {"meta": meta, "clauses": [], "applies_to": {"specific": {}}}
        self.expected.append(self.cur)

    def clause(self, text, places=None):
        self.cur["clauses"].append(text)
        if places:
            self.cur["applies_to"]["specific"][text[:20]] = places

    # -- content paragraphs
    def heading1(self, text):
        """一、xxx alone on its line, 黑体."""
        self.p(text, font=HT, first=2 * BODY_PT, keep_next=True)

    def heading2(self, text):
        self.p(text, font=KT, bold=True, first=2 * BODY_PT, keep_next=True)

    def body(self, text, places=None, runin=None, runin_font=KT, clause=True):
        """A body paragraph, optionally with a run-in heading in another font."""
        par = self.p(first=2 * BODY_PT)
        if runin:
            assert text.startswith(runin), (runin, text)
            r = par.add_run(runin)
            set_run_font(r, runin_font, BODY_PT, runin_font == KT)
            rest = text[len(runin):]
        else:
            rest = text
        r = par.add_run(rest)
        set_run_font(r, FS, BODY_PT)
        if clause:
            self.clause(text, places)
        return par

    def body_soft(self, lines, runin=None, runin_font=KT):
        """One paragraph whose lines are separated by soft line breaks; returns the joined text."""
        par = self.p(first=2 * BODY_PT)
        for i, line in enumerate(lines):
            if i == 0 and runin:
                r = par.add_run(runin)
                set_run_font(r, runin_font, BODY_PT, runin_font == KT)
                line = line[len(runin):]
            r = par.add_run(line)
            set_run_font(r, FS, BODY_PT)
            if i < len(lines) - 1:
                r.add_break()
        return "\n".join(lines)

    def article(self, paras, places=None):
        """第X条 with one or more paragraphs; 第X条 in 黑体, then a full-width space."""
        head, rest = paras[0].split("　", 1)
        par = self.p(first=2 * BODY_PT)
        r = par.add_run(head)
        set_run_font(r, HT, BODY_PT)
        r = par.add_run("　" + rest)
        set_run_font(r, FS, BODY_PT)
        for extra in paras[1:]:
            self.p(extra, first=2 * BODY_PT)
        self.clause("\n".join(paras), places)

    # -- GB/T 9704 parts
    def banner(self, organ_mark, number, reg_no=None):
        if reg_no:
            self.p(reg_no, font=HT, size=12, line=20, align=WD_ALIGN_PARAGRAPH.LEFT)
        self.p(organ_mark, font=XBS, size=26, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER,
               before=18, after=12, line=None)
        self.p("", line=12)
        par = self.p(number, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
        border(par, "bottom", sz=18, color="E60012", space=6)
        self.p("", line=18)

    def title(self, lines, soft=True):
        if soft:
            par = self.p(align=WD_ALIGN_PARAGRAPH.CENTER, line=32, after=12)
            for i, line in enumerate(lines):
                r = par.add_run(line)
                set_run_font(r, XBS, 20)
                if i < len(lines) - 1:
                    r.add_break()
        else:
            for i, line in enumerate(lines):
                self.p(line, font=XBS, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, line=32,
                       after=12 if i == len(lines) - 1 else 0, keep_next=True)

    def recipients(self, text):
        self.p(text, before=6)

    def signature(self, organ, date, public=True):
        self.p("", line=LINE_PT)
        self.p(organ, align=WD_ALIGN_PARAGRAPH.RIGHT, right=2 * BODY_PT, keep_next=True)
        self.p(date, align=WD_ALIGN_PARAGRAPH.RIGHT, right=4 * BODY_PT, keep_next=public)
        if public:
            self.p("（此件公开发布）", first=2 * BODY_PT)

    def imprint(self, cc, printer, printed):
        self.p("", line=LINE_PT)
        par = self.p(cc, size=13, left=BODY_PT, right=BODY_PT, line=24, keep_next=True)
        border(par, "top", sz=8, space=4)
        border(par, "bottom", sz=4, space=4)
        par = self.p(size=13, left=BODY_PT, right=BODY_PT, line=24)
        par.paragraph_format.tab_stops.add_tab_stop(Pt(TEXT_W_PT - BODY_PT), WD_TAB_ALIGNMENT.RIGHT)
        r = par.add_run(printer + "\t" + printed)
        set_run_font(r, FS, 13)
        border(par, "bottom", sz=8, space=4)

    def column_head(self, text):
        self.p(text, font=HT, size=16, align=WD_ALIGN_PARAGRAPH.LEFT, after=6, line=None)

    # -- tables
    def table(self, header, rows, merge_col=0, widths=None):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        # header row repeats on each page
        trpr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        th.set(qn("w:val"), "true")
        trpr.append(th)
        for j, h in enumerate(header):
            c = t.cell(0, j)
            c.text = ""
            par = c.paragraphs[0]
            fmt(par, align=WD_ALIGN_PARAGRAPH.CENTER, line=20)
            r = par.add_run(h)
            set_run_font(r, HT, 11)
        for i, row in enumerate(rows, start=1):
            for j, val in enumerate(row):
                if j == merge_col and i > 1 and rows[i - 2][j] == val:
                    continue
                c = t.cell(i, j)
                par = c.paragraphs[0]
                fmt(par, align=WD_ALIGN_PARAGRAPH.CENTER if len(val) < 12 else WD_ALIGN_PARAGRAPH.LEFT, line=20)
                r = par.add_run(val)
                set_run_font(r, FS, 11)
        # vertical merges on merge_col
        i = 1
        while i <= len(rows):
            k = i
            while k < len(rows) and rows[k][merge_col] == rows[i - 1][merge_col]:
                k += 1
            if k > i:
                t.cell(i, merge_col).merge(t.cell(k, merge_col))
                # merge() concatenates empty paragraphs; keep text once
            i = k + 1
        if widths:
            t.autofit = False
            tblpr = t._tbl.tblPr
            tblw = tblpr.find(qn("w:tblW"))
            if tblw is None:
                tblw = OxmlElement("w:tblW")
                tblpr.append(tblw)
            tblw.set(qn("w:type"), "dxa")
            tblw.set(qn("w:w"), str(int(sum(widths) / 2.54 * 1440)))
            lay = OxmlElement("w:tblLayout")
            lay.set(qn("w:type"), "fixed")
            tblpr.append(lay)
            for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
                gc.set(qn("w:w"), str(int(w / 2.54 * 1440)))
            for row in t.rows:
                for j, w in enumerate(widths):
                    row.cells[j].width = Cm(w)
        for row_vals in rows:
            self.clause("；".join(f"{h}：{v}" for h, v in zip(header, row_vals)), None)
        return t


# ---------------------------------------------------------------- content

RECIP_GOV = "各镇人民政府、街道办事处，区政府各部门，各直属单位："
RECIP_GOV_LIST = ["各镇人民政府、街道办事处", "区政府各部门", "各直属单位"]
CC_GOV = "抄送：区委各部门，区人大常委会办公室，区政协办公室，区监委，区法院，区检察院，区人武部。"

QD_FTZ = "中国（山东）自由贸易试验区青岛片区"
QW_ZB = "青岛前湾综合保税区"
XHA_ZB = "青岛西海岸综合保税区"

DOC1_TITLE = "青岛市黄岛区人民政府关于加快跨境电子商务发展深度融入共建“一带一路”的通知"
DOC2_TITLE = "青岛市黄岛区人民政府关于印发《黄岛区促进开放型经济高质量发展若干政策实施细则》的通知"
DOC3_TITLE = "青岛市黄岛区人民政府办公室关于印发黄岛区进一步提升跨境贸易便利化水平工作方案的通知"
DOC4_TITLE = "青岛市黄岛区商务局关于区级跨境电子商务公共海外仓认定和管理有关事项的通知"
DOC5_TITLE = "《黄岛区促进开放型经济高质量发展若干政策实施细则》政策解读"

TOC = [
    ("【区政府文件】", None, None),
    (DOC1_TITLE, "青黄政发〔2025〕7号", "doc1"),
    (DOC2_TITLE, "青黄政发〔2025〕9号", "doc2"),
    ("【区政府办公室文件】", None, None),
    (DOC3_TITLE, "青黄政办字〔2025〕23号", "doc3"),
    ("【部门文件】", None, None),
    (DOC4_TITLE, "青黄商规〔2025〕1号", "doc4"),
    ("【政策解读】", None, None),
    (DOC5_TITLE, None, "doc5"),
]

# strings used to find where each document starts in the first print
LOCATORS = {
    "doc1": "青黄政发〔2025〕7号",
    "doc2": "青黄政发〔2025〕9号",
    "doc3": "青黄政办字〔2025〕23号",
    "doc4": "青黄商规〔2025〕1号",
    "doc5": "发布日期：2025年5月16日",
}


def build(pages):
    b = Builder()
    d = b.doc

    # ======================= cover (section 1, no header/footer)
    b.p("", line=None, before=60)
    b.p(GAZETTE, font=XBS, size=34, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, after=18)
    par = b.p("", line=6)
    border(par, "bottom", sz=24, color="E60012", space=1)
    b.p(ISSUE_FULL, font=KT, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, before=24, line=None)
    b.p("（季刊）", font=KT, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, after=200)
    b.p("编辑：青岛市黄岛区人民政府办公室", font=HT, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, after=6)
    b.p("出版日期：2025年6月30日", font=FS, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, after=6)
    b.p("地址：青岛市黄岛区长江中路216号　邮编：266555", font=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, after=24)
    b.p("内部资料　免费交流", font=HT, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, after=4)
    b.p("青岛市内部资料性出版物准印证号：QDNB-2025-0137", font=FS, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)

    # ======================= 目录 (section 2, no header/footer)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec)
    b.p("目　　录", font=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, after=18)
    for text, number, key in TOC:
        if key is None:
            b.p(text, font=HT, size=14, line=None, before=10, after=4)
            continue
        par = b.p(size=13, left=2 * 13, line=22, after=4)
        par.paragraph_format.first_line_indent = Pt(-13)
        par.paragraph_format.tab_stops.add_tab_stop(Pt(TEXT_W_PT), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        entry = text + (f"（{number}）" if number else "")
        r = par.add_run(entry + "\t" + str(pages.get(key, 0)))
        set_run_font(r, FS, 13)

    # ======================= body (section 3 ...): running heads, page numbers from 1
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec)
    restart_numbering(sec, 1)
    sec.header.is_linked_to_previous = False
    sec.footer.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    fmt(hp, line=None)
    hp.paragraph_format.tab_stops.add_tab_stop(Pt(TEXT_W_PT), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run(GAZETTE + "\t" + ISSUE)
    set_run_font(r, KT, 10.5)
    border(hp, "bottom", sz=6, color="E60012", space=2)
    fp = sec.footer.paragraphs[0]
    fmt(fp, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    r = fp.add_run("— ")
    set_run_font(r, "宋体", 14)
    add_field(fp, "PAGE", "宋体", 14)
    r = fp.add_run(" —")
    set_run_font(r, "宋体", 14)
    # first two sections: explicitly empty header/footer
    for s in d.sections[:2]:
        s.header.is_linked_to_previous = False
        s.footer.is_linked_to_previous = False

    # ---------------- doc 1
    b.column_head("【区政府文件】")
    b.banner("青岛市黄岛区人民政府文件", "青黄政发〔2025〕7号")
    b.start_doc({
        "title": DOC1_TITLE, "doc_number": "青黄政发〔2025〕7号", "issuer": ["青岛市黄岛区人民政府"],
        "date": "2025-04-18", "published": "2025-04-21", "level": "county", "region": "青岛市黄岛区",
        "effective": "2025-05-01", "expires": "2027-12-31", "attachments": [], "doc_type": "通知",
        "recipients": RECIP_GOV_LIST, "publicity": "此件公开发布", "repeals": None})
    b.title(["青岛市黄岛区人民政府", "关于加快跨境电子商务发展深度融入", "共建“一带一路”的通知"], soft=True)
    b.recipients(RECIP_GOV)
    b.body("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展和加快发展外贸新业态新模式的决策部署，"
           "发挥我区国家级新区、自由贸易试验区片区、综合保税区叠加优势，推动跨境电子商务规模扩大、结构优化、质效提升，"
           "经区政府研究同意，现就有关事项通知如下：")
    b.heading1("一、拓展跨境电商发展载体")
    b.body("（一）建设跨境电商产业园区。以" + QD_FTZ + "为核心，规划建设跨境电商产业园，集聚平台企业、服务商和品牌卖家。"
           "对新入驻片区跨境电商产业园的企业，前两年按实际租用面积给予每平方米每月不超过20元的租金补贴，单个企业年度补贴最高50万元。",
           places=[QD_FTZ], runin="（一）建设跨境电商产业园区。")
    b.body("（二）发挥综合保税区功能。支持" + QW_ZB + "、" + XHA_ZB + "开展跨境电商网购保税进口（1210）、保税展示交易和保税维修业务，"
           "推动“跨境电商+保税”融合发展。对在上述综合保税区内新开展1210进口业务且年度进口额超过5000万元的企业，给予一次性奖励30万元。",
           places=[QW_ZB, XHA_ZB], runin="（二）发挥综合保税区功能。")
    b.body("（三）培育跨境电商经营主体。鼓励区内传统外贸企业、生产企业通过跨境电商B2B出口开拓共建“一带一路”国家和地区市场，"
           "对年度跨境电商出口额首次突破1000万元、5000万元、1亿元的企业，分别给予10万元、30万元、50万元奖励。",
           runin="（三）培育跨境电商经营主体。")
    b.heading1("二、完善跨境物流服务体系")
    b.body("（一）加密海运快线。依托青岛港前湾港区、董家口港区，加密至东南亚、中东、非洲等共建“一带一路”国家和地区的跨境电商海运快线，"
           "推动进口货物“船边直提”、出口货物“抵港直装”常态化运作。", runin="（一）加密海运快线。")
    b.body("（二）稳定中欧班列运行。支持中欧班列（齐鲁号）开行跨境电商专列，拓展至阿拉木图、塔什干、莫斯科等方向线路，"
           "对组织跨境电商货物搭载中欧班列出口的企业，按每标准箱不超过2000元给予运费补贴。", runin="（二）稳定中欧班列运行。")
    # （三） with 1. 2. as paragraphs and （1）（2） as soft line breaks inside 2.
    t_a = "（三）布局海外仓网络。支持企业在共建“一带一路”国家和地区建设、租赁海外仓，对经认定的区级公共海外仓给予支持。具体支持标准如下："
    b.body(t_a, runin="（三）布局海外仓网络。", clause=False)
    t_b = "1.新认定的区级公共海外仓，给予一次性奖励50万元；"
    b.body(t_b, clause=False)
    t_c = b.body_soft(["2.对公共海外仓运营情况实施年度考核，考核结果为优秀的：",
                       "（1）仓储面积在1万平方米以上的，给予年度运营补贴30万元；",
                       "（2）仓储面积在5000平方米以上、不足1万平方米的，给予年度运营补贴15万元。"])
    b.clause("\n".join([t_a, t_b, t_c]))
    b.heading1("三、强化保障措施")
    b.body("（一）加强组织领导。建立区跨境电商发展工作专班，由区商务局牵头，区财政局、区市场监管局、区税务局等单位参与，"
           "统筹推进跨境电商发展各项工作，协调解决企业反映的重点难点问题。", runin="（一）加强组织领导。")
    b.body("（二）落实资金保障。本通知涉及的奖补资金从区级外经贸发展专项资金中列支，同一企业同一事项不重复享受区级政策支持。"
           "具体申报程序和兑现办法由区商务局会同区财政局另行制定。", runin="（二）落实资金保障。")
    b.body("（三）强化督导评估。区商务局每半年对本通知落实情况进行调度，年底形成评估报告报区政府，并根据评估情况适时调整支持政策。",
           runin="（三）强化督导评估。")
    b.body("本通知自2025年5月1日起施行，有效期至2027年12月31日。")
    b.signature("青岛市黄岛区人民政府", "2025年4月18日")
    b.imprint(CC_GOV, "青岛市黄岛区人民政府办公室", "2025年4月21日印发")

    # ---------------- doc 2: 印发通知 + 实施细则 (第X条)
    b.page_break()
    b.banner("青岛市黄岛区人民政府文件", "青黄政发〔2025〕9号")
    att2 = "黄岛区促进开放型经济高质量发展若干政策实施细则"
    b.start_doc({
        "title": DOC2_TITLE, "doc_number": "青黄政发〔2025〕9号", "issuer": ["青岛市黄岛区人民政府"],
        "date": "2025-05-12", "published": "2025-05-14", "level": "county", "region": "青岛市黄岛区",
        "effective": "2025-06-01", "expires": "2027-05-31", "attachments": [att2], "doc_type": "通知",
        "recipients": RECIP_GOV_LIST, "publicity": "此件公开发布",
        "repeals": "《黄岛区人民政府办公室关于印发黄岛区外经贸发展专项资金管理办法的通知》（青黄政办发〔2022〕15号）"})
    b.title(["青岛市黄岛区人民政府", "关于印发《黄岛区促进开放型经济高质量发展", "若干政策实施细则》的通知"], soft=False)
    b.recipients(RECIP_GOV)
    b.body("现将《黄岛区促进开放型经济高质量发展若干政策实施细则》印发给你们，请认真贯彻执行。")
    b.signature("青岛市黄岛区人民政府", "2025年5月12日")
    b.p("", line=LINE_PT)
    b.title(["黄岛区促进开放型经济高质量发展", "若干政策实施细则"], soft=False)
    b.article(["第一条　为贯彻落实《青岛市黄岛区人民政府关于加快跨境电子商务发展深度融入共建“一带一路”的通知》（青黄政发〔2025〕7号）等文件精神，"
               "进一步规范和细化我区开放型经济扶持政策的申报、审核和兑现工作，结合我区实际，制定本细则。"])
    b.article(["第二条　本细则适用于在青岛市黄岛区行政区域内依法登记注册、具有独立法人资格、纳税关系在本区的企业。",
               "中国（山东）自由贸易试验区青岛片区、青岛前湾综合保税区、青岛西海岸综合保税区内企业适用本细则；片区、综合保税区另有规定的，从其规定。"])
    b.article(["第三条　支持企业开拓共建“一带一路”市场。对企业参加区商务局确定的境外重点展会，按展位费的70%给予补助，单个展会补助最高5万元；"
               "参加在共建“一带一路”国家和地区举办的展会，补助比例提高至80%。"])
    b.article(["第四条　支持外贸经营主体提质扩量。对年度进出口额首次超过1亿元、5亿元、10亿元的企业，分别给予20万元、50万元、100万元一次性奖励。"])
    b.article(["第五条　支持保税维修和再制造业务。对在青岛前湾综合保税区、青岛西海岸综合保税区内开展全球保税维修、再制造业务的企业，"
               "按年度维修、再制造业务货值的1%给予奖励，单个企业年度奖励最高200万元。",
               "前款所称保税维修，是指企业以保税方式将存在部件损坏、功能失效、质量缺陷等问题的货物从境外运入综合保税区进行检测、维修后复运出境的经营活动。"],
              places=[QW_ZB, XHA_ZB])
    b.article(["第六条　支持自贸试验区制度创新。对在中国（山东）自由贸易试验区青岛片区内形成制度创新案例，并被国务院或者国家部委复制推广的牵头单位，"
               "给予一次性奖励50万元；被省级部门复制推广的，给予一次性奖励20万元。"], places=[QD_FTZ])
    b.article(["第七条　支持服务贸易发展。对年度服务贸易进出口额超过1000万美元且同比增长10%以上的企业，按照增量部分每美元0.02元给予奖励，单个企业最高100万元。"])
    b.article(["第八条　政策兑现实行“免申即享”与“依申请”相结合的方式：",
               "（一）对通过数据比对可直接确定奖补对象和金额的事项，由区商务局会同区财政局直接兑现，企业无需申报；",
               "（二）其他事项由企业通过“黄岛区惠企政策服务平台”在线申报，区商务局组织初审，会同区财政局复核后报区政府审定。"])
    b.article(["第九条　同一企业同一项目符合本区多项扶持政策的，按照“就高不重复”原则执行。企业年度获得区级扶持资金总额不超过其上一年度对区级财力贡献。"])
    b.article(["第十条　企业应当对申报材料的真实性负责。对以虚报、冒领等手段骗取扶持资金的，由区财政局依法追回已拨付资金，五年内取消其申报区级扶持政策资格，"
               "并按规定纳入信用记录；涉嫌犯罪的，依法移送司法机关处理。"])
    b.article(["第十一条　本细则由区商务局负责解释。"])
    b.article(["第十二条　本细则自2025年6月1日起施行，有效期至2027年5月31日。《黄岛区人民政府办公室关于印发黄岛区外经贸发展专项资金管理办法的通知》"
               "（青黄政办发〔2022〕15号）同时废止。"])
    b.imprint(CC_GOV, "青岛市黄岛区人民政府办公室", "2025年5月14日印发")

    # ---------------- doc 3: 办公室 印发通知 + 方案 with a table (new section)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec)
    continue_numbering(sec)
    b.column_head("【区政府办公室文件】")
    b.banner("青岛市黄岛区人民政府办公室文件", "青黄政办字〔2025〕23号")
    att3 = "黄岛区进一步提升跨境贸易便利化水平工作方案"
    b.start_doc({
        "title": DOC3_TITLE, "doc_number": "青黄政办字〔2025〕23号", "issuer": ["青岛市黄岛区人民政府办公室"],
        "date": "2025-06-06", "published": "2025-06-06", "level": "county", "region": "青岛市黄岛区",
        "effective": None, "expires": None, "attachments": [att3], "doc_type": "通知",
        "recipients": RECIP_GOV_LIST, "publicity": "此件公开发布", "repeals": None})
    b.title(["青岛市黄岛区人民政府办公室", "关于印发黄岛区进一步提升跨境贸易", "便利化水平工作方案的通知"], soft=True)
    b.recipients(RECIP_GOV)
    b.body("《黄岛区进一步提升跨境贸易便利化水平工作方案》已经区政府同意，现印发给你们，请认真组织实施。")
    b.signature("青岛市黄岛区人民政府办公室", "2025年6月6日")
    b.title(["黄岛区进一步提升跨境贸易便利化水平工作方案"], soft=False)
    b.body("为深入落实国家和省、市关于优化口岸营商环境的部署要求，持续压缩进出口整体通关时间、降低进出口环节合规成本，"
           "更好服务共建“一带一路”，结合我区实际，制定本方案。")
    b.heading1("一、工作目标")
    b.body("到2026年底，全区进口、出口整体通关时间较2024年分别压缩10%、5%以上，"
           "跨境贸易便利化水平保持全国沿海港口前列。")
    b.heading1("二、重点任务")
    b.body("各牵头单位要按照下表明确的任务和时限，细化工作措施，确保各项任务按期完成。")
    header = ["类别", "序号", "任务内容", "牵头单位", "完成时限"]
    rows = [
        ["优化通关模式", "1", "深化“提前申报”“两步申报”改革，推动进口货物“船边直提”、出口货物“抵港直装”业务占比提高至30%以上",
         "区商务局", "2025年12月底"],
        ["优化通关模式", "2", "在青岛前湾综合保税区推广“仓储货物按状态分类监管”和“保税+非保税”货物同仓存储模式",
         "青岛前湾综合保税区管委会", "2025年12月底"],
        ["优化通关模式", "3", "在中国（山东）自由贸易试验区青岛片区试点进口大宗商品“先放后检”、国际航行船舶“无纸化”联合登临检查",
         "青岛片区管委会", "2026年6月底"],
        ["提升口岸服务", "4", "推进国际贸易“单一窗口”区级特色应用建设，实现跨境电商、中欧班列等业务“一站式”办理",
         "区商务局、区大数据局", "2026年6月底"],
        ["提升口岸服务", "5", "规范口岸收费，动态更新并公示口岸收费目录清单，清单之外一律不得收费",
         "区发展改革局、区市场监管局", "持续推进"],
        ["提升口岸服务", "6", "依托董家口港区拓展至共建“一带一路”国家和地区的外贸航线，新增外贸航线2条以上",
         "区交通运输局", "2026年12月底"],
    ]
    b.table(header, rows, merge_col=0, widths=[2.2, 1.2, 7.0, 3.0, 2.2])
    key_places = b.cur["applies_to"]["specific"]
    key_places[b.cur["clauses"][-5][:20]] = [QW_ZB]
    key_places[b.cur["clauses"][-4][:20]] = [QD_FTZ]
    b.p("", line=8)
    b.heading1("三、保障措施")
    b.body("（一）加强统筹协调。区口岸工作领导小组办公室设在区商务局，负责统筹推进方案实施，每季度调度一次任务进展。",
           runin="（一）加强统筹协调。")
    b.body("（二）强化督查考核。将方案任务落实情况纳入区对各部门（单位）年度综合考核，对工作推进不力的予以通报。",
           runin="（二）强化督查考核。")
    b.body("（三）做好政策宣传。通过政府网站、政务新媒体等渠道加强政策解读和宣传，及时回应企业关切。", runin="（三）做好政策宣传。")
    b.imprint("抄送：区委办公室，区人大常委会办公室，区政协办公室。", "青岛市黄岛区人民政府办公室", "2025年6月6日印发")

    # ---------------- doc 4: 区商务局 规范性文件 with 登记号 (new section)
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec)
    continue_numbering(sec)
    b.column_head("【部门文件】")
    b.banner("青岛市黄岛区商务局文件", "青黄商规〔2025〕1号", reg_no="登记号：QDHR-2025-0110002")
    b.start_doc({
        "title": DOC4_TITLE, "doc_number": "青黄商规〔2025〕1号", "issuer": ["青岛市黄岛区商务局"],
        "date": "2025-06-10", "published": "2025-06-12", "level": "county", "region": "青岛市黄岛区",
        "effective": "2025-07-01", "expires": "2028-06-30",
        "attachments": ["黄岛区跨境电子商务公共海外仓认定申请表", "公共海外仓年度运营情况报告（参考格式）"],
        "doc_type": "通知", "recipients": ["各镇（街道）经济发展办公室", "区有关部门", "各有关企业"],
        "publicity": "此件公开发布", "repeals": None})
    b.title(["青岛市黄岛区商务局", "关于区级跨境电子商务公共海外仓认定", "和管理有关事项的通知"], soft=True)
    b.recipients("各镇（街道）经济发展办公室，区有关部门，各有关企业：")
    b.body("为落实《青岛市黄岛区人民政府关于加快跨境电子商务发展深度融入共建“一带一路”的通知》（青黄政发〔2025〕7号）要求，"
           "规范区级跨境电子商务公共海外仓（以下简称公共海外仓）认定和管理，现就有关事项通知如下：")
    b.heading1("一、认定条件")
    b.body("（一）申请企业在黄岛区依法注册，具有独立法人资格，上一年度跨境电商进出口额不低于2000万元，近三年无重大违法违规和严重失信记录。")
    b.body("（二）海外仓位于境外，自建或者租赁期限不少于3年，仓储面积不低于5000平方米；位于共建“一带一路”国家和地区的，仓储面积不低于3000平方米。")
    b.body("（三）具备完善的仓储管理系统，能够与国际贸易“单一窗口”或者跨境电商综合服务平台实现数据对接，为区内企业提供公共服务的客户数量不少于20家。")
    b.body("二、申报和认定。公共海外仓认定每年组织一次。符合条件的企业通过“黄岛区惠企政策服务平台”提交申请，区商务局会同区财政局组织专家评审，"
           "经公示无异议后予以认定，认定结果报区政府备案。", runin="二、申报和认定。", runin_font=HT)
    b.heading1("三、支持政策")
    b.body("（一）对新认定的公共海外仓，按照青黄政发〔2025〕7号文件规定给予一次性奖励和年度运营补贴。")
    b.body("（二）注册在" + QD_FTZ + "内的企业建设的公共海外仓，年度运营补贴在区级标准基础上上浮20%，所需资金由青岛片区管委会承担。",
           places=[QD_FTZ])
    b.body("四、动态管理。公共海外仓实行动态管理，认定有效期为3年。区商务局每年组织运营评估，对评估不合格的，责令限期整改；"
           "整改后仍不合格或者存在弄虚作假行为的，撤销认定并追回相关奖补资金。", runin="四、动态管理。", runin_font=HT)
    b.body("本通知自2025年7月1日起施行，有效期至2028年6月30日。")
    par = b.p(first=2 * BODY_PT, before=LINE_PT)
    r = par.add_run("附件：1.黄岛区跨境电子商务公共海外仓认定申请表")
    set_run_font(r, FS, BODY_PT)
    r.add_break()
    r = par.add_run("　　　2.公共海外仓年度运营情况报告（参考格式）")
    set_run_font(r, FS, BODY_PT)
    b.signature("青岛市黄岛区商务局", "2025年6月10日")
    b.p("（附件略）", first=2 * BODY_PT)
    b.imprint("抄送：区财政局，区司法局。", "青岛市黄岛区商务局办公室", "2025年6月12日印发")

    # ---------------- doc 5: 政策解读 (new page)
    b.page_break()
    b.column_head("【政策解读】")
    b.start_doc({
        "title": DOC5_TITLE, "doc_number": None, "issuer": ["青岛市黄岛区商务局"],
        "date": "2025-05-16", "published": "2025-05-16", "level": "county", "region": "青岛市黄岛区",
        "effective": None, "expires": None, "attachments": [], "doc_type": "政策解读",
        "recipients": [], "publicity": None, "repeals": None})
    b.p(DOC5_TITLE, font=XBS, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, line=30, before=6, after=6)
    b.p("发布日期：2025年5月16日　　来源：青岛市黄岛区商务局", font=KT, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
    b.heading1("一、出台背景")
    b.body("近年来，我区外贸进出口规模持续扩大，跨境电商、保税维修、海外仓等新业态加快发展。为进一步规范政策申报兑现流程，"
           "提高政策的精准性和可操作性，区商务局会同区财政局起草了《实施细则》，经区政府常务会议研究通过，于2025年5月12日印发。")
    b.heading1("二、主要内容")
    b.body("《实施细则》共十二条，主要包括适用范围、支持内容、兑现方式和监督管理等内容。")
    b.body("一是支持开拓共建“一带一路”市场。企业参加境外重点展会，按展位费的70%给予补助；在共建“一带一路”国家和地区参展的，补助比例提高至80%。",
           runin="一是支持开拓共建“一带一路”市场。", runin_font=HT)
    b.body("二是支持综合保税区保税维修和再制造。" + QW_ZB + "、" + XHA_ZB + "内开展全球保税维修、再制造业务的企业，"
           "可按年度业务货值的1%获得奖励，每家企业每年最高200万元。", places=[QW_ZB, XHA_ZB],
           runin="二是支持综合保税区保税维修和再制造。", runin_font=HT)
    b.body("三是推行“免申即享”。对能够通过数据比对确定的奖补事项，企业无需申报，由区商务局会同区财政局直接兑现。",
           runin="三是推行“免申即享”。", runin_font=HT)
    b.heading1("三、施行时间")
    b.body("《实施细则》自2025年6月1日起施行，有效期至2027年5月31日。原《黄岛区外经贸发展专项资金管理办法》同时废止。")
    b.p("", line=LINE_PT)
    b.p("解读单位：青岛市黄岛区商务局　　联系电话：0532-86981230", font=KT, size=12, first=2 * BODY_PT)

    return b


def convert(docx_path):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "pdf",
                    "--outdir", str(docx_path.parent), str(docx_path)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return docx_path.with_suffix(".pdf")


def locate(pdf_path):
    """Body page number (first body page = 1, i.e. PDF page 3) where each document starts."""
    found = {}
    with pdfplumber.open(pdf_path) as pdf:
        n = len(pdf.pages)
        for i, page in enumerate(pdf.pages):
            if i < 2:
                continue
            txt = (page.extract_text() or "").replace(" ", "")
            for key, loc in LOCATORS.items():
                if key not in found and loc in txt:
                    found[key] = i - 1
    return found, n


def main():
    docx_path = HERE / f"{STEM}.docx"
    tmpdir = HERE / "_pass1"
    tmpdir.mkdir(exist_ok=True)
    b = build({})
    p1 = tmpdir / f"{STEM}.docx"
    b.doc.save(p1)
    pages, n1 = locate(convert(p1))
    b = build(pages)
    b.doc.save(docx_path)
    pages2, n2 = locate(convert(docx_path))
    shutil.rmtree(tmpdir)
    assert pages == pages2, (pages, pages2)
    print("pages:", pages, "PDF pages:", n2)
    expected = {STEM: b.expected}
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
    for d in b.expected:
        print(len(d["clauses"]), d["meta"]["title"])


if __name__ == "__main__":
    main()
