# ruff: noqa: E501, E402, E702, F841, C408, B905  (the documents' own paragraphs, one string each; helpers as written)
# Round 10 of blind office checks (helpers copied from make_blind9.py):
# A  皖政办〔2023〕31号 通知 (PDF) with 附件：1.–3.; 附件1 a text 方案 with its own 一、（一）1.; 附件2 and 附件3
#    landscape ruled tables (Excel-like, header repeated), 版记 after the last attachment
# B  苏政发〔2023〕45号 决定 (DOCX) 取消和下放一批行政许可事项: a short body, 附件 a long table
#    序号｜事项名称｜设定依据｜处理决定｜备注 with category rows merged across
# C  云自贸办〔2023〕5号 notice + 2023年工作要点 (PDF): items 1.–30. numbered through, each one paragraph with a
#    bold lead, grouped under 一、–五、
# D  a 请示 (津保管报〔2023〕12号, 签发人) and its 批复 (津政函〔2023〕58号) in one PDF, the 批复 quoting the
#    请示's title and 文号 in its first sentence
#    indents, the footers "第 3 页 共 8 页" standing between the lines of a paragraph, CRLF)
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

OUT = Path(__file__).resolve().parent  # the files side by side: DOCX and its PDF
FS, HT, KT, XBS, ST = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
EXPECTED: dict[str, list[str]] = {}   # clause texts (body paragraphs) in reading order
TABLES: dict[str, list[list[dict]]] = {}  # per file: its tables, each as rows {header: cell}
META: dict[str, list[dict]] = {}      # per file: the documents it holds, with their metadata

# ----------------------------------------------------------------- helpers (after make_blind6.py)
def set_font(run, font, size, bold=False, color=None, wps=False):
    run.font.name = "Times New Roman" if font in (FS, ST) else font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    if wps:  # WPS writes the CJK font for every script and a hint
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rfonts.set(qn(a), font)
        rfonts.set(qn("w:hint"), "eastAsia")
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def border(p, side, sz=6, color="000000", space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), val)
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def gongwen_page(section):
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance = Mm(20)
    section.footer_distance = Mm(25)


def field(p, instr, size, font=ST, placeholder="1"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r2 = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:eastAsia"), font)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(int(size * 2)))
    rpr.append(sz)
    r2.append(rpr)
    t = OxmlElement("w:t")
    t.text = placeholder
    r2.append(t)
    fld.append(r2)
    p._p.append(fld)


class Writer:
    def __init__(self, name, size=16, line=28.95, wps=False):
        self.name = name
        self.doc = Document()
        self.size, self.line, self.wps = size, line, wps
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        st.font.size = Pt(size)
        pf = st.paragraph_format
        pf.space_before = pf.space_after = Pt(0)
        EXPECTED[name] = []
        TABLES[name] = []

    def para(self, runs, align=None, indent=True, line=None, before=0, after=0, page_break=False,
             right_chars=None, left_chars=None, style=None, expect=True):
        p = self.doc.add_paragraph(style=style)
        pf = p.paragraph_format
        if page_break:
            pf.page_break_before = True
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line or self.line)
        pf.space_before, pf.space_after = Pt(before), Pt(after)
        if align is not None:
            p.alignment = align
        if indent:
            pf.first_line_indent = Pt(2 * self.size)
        if right_chars:
            pf.right_indent = Pt(right_chars * self.size)
        if left_chars:
            pf.left_indent = Pt(left_chars * self.size)
        if isinstance(runs, str):
            runs = [(runs,)]
        text = "".join(r[0] for r in runs)
        if expect and text.strip():
            EXPECTED[self.name].append(text.strip("　 ").replace("\t", ""))
        for r in runs:
            t, font, size, bold, color = (tuple(r) + (FS, self.size, False, None)[len(r) - 1:])[:5]
            set_font(p.add_run(t), font, size, bold, color, wps=self.wps)
        return p

    def blank(self, n=1):
        for _ in range(n):
            self.para("", indent=False)

    def title(self, text, size=22):
        self.para([(text, XBS, size)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35)

    def sign(self, org, date, right_chars=4):
        self.para(org, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=right_chars, before=16)
        self.para(date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=right_chars)

    def save(self):
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / f"{self.name}.docx"
        self.doc.save(path)
        return path


def table_borders(t, val):
    tblpr = t._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        if val != "none":
            e.set(qn("w:sz"), "4")
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:sz"), "0")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "auto")
        b.append(e)
    tblpr.append(b)


def set_widths(t, widths):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=False):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in t.rows:
        for c, w in zip(row.cells, widths, strict=False):
            c.width = Mm(w)


def v_align(cell, val="center"):
    tcpr = cell._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), val)
    tcpr.append(va)


def cell_para(cell, text, font=FS, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False, color=None, first=True,
              line=None, wps=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(line or size + 6)
    if text:
        set_font(p.add_run(text), font, size, bold, color, wps=wps)
    return p


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    trpr.append(e)


def footer_num(section_footer, align, side_chars=1, size=14, wps=False):
    fp = section_footer.paragraphs[0]
    fp.alignment = align
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        fp.paragraph_format.right_indent = Pt(side_chars * size)
    elif align == WD_ALIGN_PARAGRAPH.LEFT:
        fp.paragraph_format.left_indent = Pt(side_chars * size)
    set_font(fp.add_run("— "), ST, size, wps=wps)
    field(fp, "PAGE", size)
    set_font(fp.add_run(" —"), ST, size, wps=wps)


def banji(w, rows, width_mm=156):
    """版记: a table with only top/bottom rules (first and last thick), one row each."""
    t = w.doc.add_table(rows=len(rows), cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblpr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, sz in (("top", "8"), ("bottom", "8"), ("insideH", "4"), ("left", "0"), ("right", "0"), ("insideV", "0")):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single" if sz != "0" else "none")
        e.set(qn("w:sz"), sz)
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)
    for r, runs in zip(t.rows, rows, strict=False):
        c = r.cells[0]
        p = c.paragraphs[0]
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(28)
        for txt in runs:
            set_font(p.add_run(txt), FS, 14)
    set_widths(t, [width_mm])
    return t


def grid_table(w, header, rows, widths, size=12, header_repeat=True, merges=(), font=FS):
    """A ruled table; rows of strings; merges: ((r0, c0, r1, c1), …) in data-row coordinates (header = row 0)."""
    t = w.doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "single")
    for j, h in enumerate(header):
        cell_para(t.cell(0, j), h, HT, size, wps=w.wps)
    if header_repeat:
        repeat_header(t.rows[0])
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if v is None:
                continue
            align = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER
            cell_para(t.cell(i, j), v, font, size, align, wps=w.wps)
    for r0, c0, r1, c1 in merges:
        m = t.cell(r0, c0).merge(t.cell(r1, c1))
        v_align(m)
    set_widths(t, widths)
    return t


def cn_num(n):
    CN = "一二三四五六七八九十"
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


def red_rule(w, sz=18, val="single", before=2):
    p = w.para("", indent=False, line=6, before=before)
    border(p, "bottom", sz=sz, color="FF0000", val=val)
    return p




# ----------------------------------------------------------------- helpers of this round
def sup_cell(cell, parts, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, font=FS):
    """A cell paragraph of (text, superscript?) parts."""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(size + 6)
    for text, sup in parts:
        r = p.add_run(text)
        set_font(r, font, size)
        if sup:
            r.font.superscript = True
    return p


def cell_paras(cell, texts, size=11, align=WD_ALIGN_PARAGRAPH.LEFT, font=FS):
    """Several paragraphs in one cell, as typed with Enter."""
    for i, t in enumerate(texts):
        cell_para(cell, t, font, size, align, first=(i == 0))


def hf_para(p, runs, align=None, tab_at=None, bottom=False, top=False):
    if align is not None:
        p.alignment = align
    if tab_at is not None:
        p.paragraph_format.tab_stops.add_tab_stop(Mm(tab_at), WD_TAB_ALIGNMENT.RIGHT)
    for t, font, size in runs:
        if t == "<PAGE>":
            field(p, "PAGE", size)
        elif t == "<NUMPAGES>":
            field(p, "NUMPAGES", size, placeholder="3")
        else:
            set_font(p.add_run(t), font, size)
    if bottom:
        border(p, "bottom", sz=6)
    if top:
        border(p, "top", sz=6)
    return p


def page_start(section, n=1):
    sectpr = section._sectPr
    pg = sectpr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sectpr.append(pg)
    pg.set(qn("w:start"), str(n))


def landscape(section):
    from docx.enum.section import WD_ORIENT
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(28), Mm(26)
    section.left_margin, section.right_margin = Mm(30), Mm(30)


def odd_even_numbers(w, section):
    """GB/T 9704 page numbers: odd pages right, even pages left, one 全角 space in from the edge."""
    w.doc.settings.odd_and_even_pages_header_footer = True
    footer_num(section.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    footer_num(section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)


def mark(w, text, size=36, color=RED, spacing=None):
    p = w.para([(text, XBS, size, False, color)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=size + 12,
               expect=False)
    return p


def heading(w, text, level, font=HT, size=16, align=None, bold=False):
    """A paragraph in Word's Heading N style, set to look like a 公文 heading (black, no space)."""
    p = w.para([(text, font, size, bold)], indent=(align is None), style=f"Heading {level}", align=align)
    for r in p.runs:
        r.font.color.rgb = RGBColor(0, 0, 0)
        r.font.italic = False
    return p


def att_list(w, items, first="附件：", hang_extra=0.0):
    """附件说明: the numbers after 附件： and each further item aligned under the first, hanging indent, so a
    long title wraps under its own text."""
    for i, t in enumerate(items):
        p = w.para((first if i == 0 else "") + t, indent=False, expect=False)
        pf = p.paragraph_format
        # 2 indent + 附件： (3); hang_extra: further in, so that a wrapped title runs on under its text, not its number
        pf.left_indent = Pt(self_size(w) * (5 + hang_extra))
        pf.first_line_indent = Pt(-self_size(w) * (3 + hang_extra)) if i == 0 else Pt(-self_size(w) * hang_extra)
    EXPECTED[w.name].append(first + items[0])
    EXPECTED[w.name].extend(items[1:])


def self_size(w):
    return w.size



from docx.enum.section import WD_SECTION


def masthead(w, org, no, signer=None):
    mark(w, f"{org}文件", size=30)
    w.blank(1)
    if signer:
        w.para([(no + "　" * 8 + "签发人：", FS), (signer, KT)], indent=False, left_chars=1, expect=False)
    else:
        w.para(no, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, expect=False)
    red_rule(w)
    w.blank(1)


def title_lines(w, lines):
    for line in lines:
        w.para([(line, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, expect=False)
    EXPECTED[w.name].append("".join(lines))
    w.blank(1)


def new_section(w, land):
    s = w.doc.add_section(WD_SECTION.NEW_PAGE)
    if land:
        landscape(s)
    else:
        gongwen_page(s)
    return s


# ======================================================================= A
A_ORG, A_NO = "安徽省人民政府办公厅", "皖政办〔2023〕31号"
A_TITLE_LINES = ["安徽省人民政府办公厅关于推进中国（安徽）", "自由贸易试验区联动创新区建设的通知"]
A_TITLE = "".join(A_TITLE_LINES)
A_TO = "各市人民政府，省政府各部门、各直属机构："
A_BODY = ["为贯彻落实《中国（安徽）自由贸易试验区总体方案》，发挥自贸试验区改革开放试验田作用，经省政府同意，决定在全省设立一批自贸试验区联动创新区。现将有关事项通知如下：",
          "一、各联动创新区所在市人民政府要按照《中国（安徽）自由贸易试验区联动创新区建设方案》要求，于2023年7月31日前制定本市联动创新区建设实施方案，报省自贸办备案。",
          "二、省自贸办要会同省有关部门，按照联动创新区重点任务清单，加强工作指导和跟踪问效，每年对联动创新区建设情况进行评估。"]
A_ATTS = ["中国（安徽）自由贸易试验区联动创新区建设方案", "中国（安徽）自由贸易试验区联动创新区名单", "中国（安徽）自由贸易试验区联动创新区重点任务清单"]
A_PLAN = [
    ("p", "为推动中国（安徽）自由贸易试验区（以下简称自贸试验区）制度创新成果在更大范围复制推广，促进自贸试验区与全省开放平台联动发展，制定本方案。"),
    ("h1", "一、总体要求"),
    ("h2", "（一）指导思想。"),
    ("p", "以习近平新时代中国特色社会主义思想为指导，以制度创新为核心，坚持自贸试验区与联动创新区优势互补、协同发展，积极服务和融入共建“一带一路”。"),
    ("h2", "（二）发展目标。"),
    ("p", "到2025年，联动创新区累计复制推广自贸试验区改革试点经验100项以上，形成联动创新案例30个以上，外贸进出口额年均增长8%以上。"),
    ("h1", "二、主要任务"),
    ("h2", "（一）复制推广改革经验。"),
    ("p", "1.联动创新区要全面复制推广国务院和省政府发布的自贸试验区改革试点经验，建立复制推广工作台账，实行销号管理。"),
    ("p", "2.支持联动创新区与自贸试验区片区开展“结对共建”，共同申报制度创新案例。"),
    ("h2", "（二）推动产业协同发展。"),
    ("p", "1.支持联动创新区围绕新能源汽车、集成电路、新型显示等产业，与自贸试验区共建产业链供应链协作平台。"),
    ("p", "2.推动中欧班列（合肥）在联动创新区设立集结点，拓展至共建“一带一路”国家的国际物流通道。"),
    ("h1", "三、保障措施"),
    ("p", "省自贸办负责统筹协调联动创新区建设工作。联动创新区所在市人民政府是建设主体，要建立工作推进机制，在用地、资金、人才等方面给予支持。"),
]
A_T2_HEADER = ["序号", "所在市", "联动创新区名称", "依托平台", "面积（平方公里）"]
A_T2_ROWS = [
    ["1", "淮北市", "淮北联动创新区", "淮北高新技术产业开发区", "12.5"],
    ["2", "亳州市", "亳州联动创新区", "亳州高新技术产业开发区", "10.8"],
    ["3", "宿州市", "宿州联动创新区", "宿州经济技术开发区", "9.6"],
    ["4", "阜阳市", "阜阳联动创新区", "阜阳经济技术开发区、阜阳综合保税区", "15.2"],
    ["5", "淮南市", "淮南联动创新区", "淮南高新技术产业开发区", "8.3"],
    ["6", "滁州市", "滁州联动创新区", "滁州经济技术开发区", "14.1"],
    ["7", "马鞍山市", "马鞍山联动创新区", "马鞍山经济技术开发区、马鞍山综合保税区", "16.7"],
    ["8", "铜陵市", "铜陵联动创新区", "铜陵经济技术开发区", "11.4"],
    ["9", "安庆市", "安庆联动创新区", "安庆高新技术产业开发区、安庆综合保税区", "13.9"],
    ["10", "黄山市", "黄山联动创新区", "黄山经济开发区", "7.2"],
]
A_T3_HEADER = ["序号", "重点任务", "具体内容", "责任单位", "完成时限"]
A_T3_ROWS = [
    ["1", "复制推广改革试点经验", "全面复制推广国务院和省政府发布的自贸试验区改革试点经验，建立复制推广工作台账，实行销号管理", "各联动创新区所在市人民政府", "2023年12月"],
    ["2", "开展结对共建", "联动创新区与自贸试验区合肥、芜湖、蚌埠片区开展“结对共建”，共同申报制度创新案例", "省自贸办，各片区管委会", "持续推进"],
    ["3", "共建产业链供应链协作平台", "围绕新能源汽车、集成电路、新型显示等产业，与自贸试验区共建产业链供应链协作平台", "省发展改革委、省经济和信息化厅", "2024年12月"],
    ["4", "拓展国际物流通道", "推动中欧班列（合肥）在联动创新区设立集结点，拓展至共建“一带一路”国家的国际物流通道", "省商务厅、合肥海关", "2024年12月"],
    ["5", "推进贸易便利化", "在联动创新区推广“两步申报”“提前申报”等通关便利化措施，压缩整体通关时间", "合肥海关", "2023年12月"],
    ["6", "加强要素保障", "对联动创新区重大项目优先保障用地、用能指标，支持设立联动创新发展基金", "省自然资源厅、省财政厅", "持续推进"],
    ["7", "开展评估考核", "每年对联动创新区建设情况进行评估，评估结果纳入对市政府目标管理绩效考核", "省自贸办", "每年12月"],
]


def doc_a(name="ta_anhui_notice_attachments"):
    w = Writer(name)
    s0 = w.doc.sections[0]
    gongwen_page(s0)
    odd_even_numbers(w, s0)
    masthead(w, A_ORG, A_NO)
    title_lines(w, A_TITLE_LINES)
    w.para(A_TO, indent=False)
    for t in A_BODY:
        w.para(t)
    w.blank(1)
    att_list(w, [f"{i}.{t}" for i, t in enumerate(A_ATTS, 1)], first="附件：", hang_extra=0)
    w.blank(2)
    w.sign(A_ORG, "2023年6月1日")
    w.blank(1)
    w.para("（此件公开发布）")
    # 附件1: text plan on a new page
    w.para([("附件1", HT)], indent=False, page_break=True, expect=False)
    w.blank(1)
    w.title(A_ATTS[0])
    EXPECTED[w.name][-1] = "附件1\n" + A_ATTS[0]
    w.blank(1)
    for kind, t in A_PLAN:
        if kind == "h1":
            w.para([(t, HT)])
        elif kind == "h2":
            w.para([(t, KT)])
        else:
            w.para(t)
    # 附件2 and 附件3: landscape tables
    for k, (att, hdr, rows, widths) in enumerate(((A_ATTS[1], A_T2_HEADER, A_T2_ROWS, [15, 30, 50, 100, 35]),
                                                   (A_ATTS[2], A_T3_HEADER, A_T3_ROWS, [15, 45, 110, 50, 30])), 2):
        new_section(w, True)
        w.para([(f"附件{k}", HT)], indent=False, expect=False)
        w.title(att, size=20)
        EXPECTED[w.name][-1] = f"附件{k}\n" + att
        w.blank(1)
        grid_table(w, hdr, rows, widths, size=12)
        TABLES[w.name].append([dict(zip(hdr, r)) for r in rows])
    new_section(w, False)
    w.blank(12)
    banji(w, [("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院。",),
              ("安徽省人民政府办公厅", "　" * 10, "2023年6月2日印发")])
    META[w.name] = [dict(title=A_TITLE, doc_number=A_NO, issuers=[A_ORG], signed="2023-06-01",
                         issuing_mark=f"{A_ORG}文件", addressees=A_TO.rstrip("："), remarks="（此件公开发布）",
                         cc="省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院。",
                         printed_by=A_ORG, printed_date="2023-06-02", attachments=A_ATTS)]
    return w.save()


# ======================================================================= B
B_ORG, B_NO = "江苏省人民政府", "苏政发〔2023〕45号"
B_TITLE_LINES = ["江苏省人民政府关于取消和下放一批", "行政许可事项的决定"]
B_TITLE = "".join(B_TITLE_LINES)
B_TO = "各设区市人民政府，省各委办厅局，省各直属单位："
B_BODY = ["为深入推进中国（江苏）自由贸易试验区“放管服”改革，进一步优化营商环境，经研究论证，省政府决定取消和下放一批行政许可事项。现予公布，自公布之日起施行。",
          "各地区、各部门要抓紧做好取消和下放事项的落实和衔接工作，加强事中事后监管，确保放得下、接得住、管得好。对取消的行政许可事项，要明确监管措施，防止出现监管真空。"]
B_ATT = "江苏省人民政府决定取消和下放的行政许可事项目录（共12项）"
B_HEADER = ["序号", "事项名称", "设定依据", "处理决定", "备注"]
B_ROWS = [
    ("cat", "一、取消的行政许可事项（共5项）"),
    ["1", "外商投资旅行社业务经营许可（自贸试验区内）", "《旅行社条例》", "在自贸试验区内取消审批，改为备案管理", "南京、苏州、连云港片区"],
    ["2", "国际船舶代理业务经营许可", "《中华人民共和国国际海运条例》", "取消审批，实行备案管理", ""],
    ["3", "港口经营许可（港口理货）", "《中华人民共和国港口法》", "取消审批", "改为告知承诺"],
    ["4", "对外劳务合作经营资格核准（自贸试验区内）", "《对外劳务合作管理条例》", "在自贸试验区内取消审批，改为备案管理", ""],
    ["5", "艺术品进出口经营活动审批", "《艺术品经营管理办法》", "取消审批", ""],
    ("cat", "二、下放至设区市人民政府的行政许可事项（共4项）"),
    ["6", "外商投资企业设立及变更审批（限额以下）", "《中华人民共和国外商投资法实施条例》", "下放至设区市商务主管部门", ""],
    ["7", "对外贸易经营者备案登记", "《中华人民共和国对外贸易法》", "下放至设区市商务主管部门", "自贸试验区片区可直接办理"],
    ["8", "境外投资项目核准（中方投资额3亿美元以下）", "《企业投资项目核准和备案管理条例》", "下放至设区市发展改革部门", "敏感类项目除外"],
    ["9", "药品经营许可（批发）", "《中华人民共和国药品管理法》", "下放至设区市市场监管部门", ""],
    ("cat", "三、下放至自贸试验区片区管委会的行政许可事项（共3项）"),
    ["10", "建设工程规划许可证核发", "《中华人民共和国城乡规划法》", "下放至南京、苏州、连云港片区管委会", ""],
    ["11", "施工许可证核发", "《中华人民共和国建筑法》", "下放至南京、苏州、连云港片区管委会", ""],
    ["12", "人力资源服务许可", "《人力资源市场暂行条例》", "下放至南京、苏州、连云港片区管委会", "含中外合资人力资源服务机构"],
]


def doc_b(name="tb_jiangsu_decision_permits"):
    w = Writer(name)
    s0 = w.doc.sections[0]
    gongwen_page(s0)
    odd_even_numbers(w, s0)
    masthead(w, B_ORG, B_NO)
    title_lines(w, B_TITLE_LINES)
    w.para(B_TO, indent=False)
    for t in B_BODY:
        w.para(t)
    w.blank(1)
    w.para("附件：" + B_ATT)
    w.blank(2)
    w.sign(B_ORG, "2023年6月1日")
    w.blank(1)
    w.para("（此件公开发布）")
    new_section(w, True)
    w.para([("附件", HT)], indent=False, expect=False)
    w.title(B_ATT, size=20)
    EXPECTED[w.name][-1] = "附件\n" + B_ATT
    w.blank(1)
    rows = [([r[1], None, None, None, None] if isinstance(r, tuple) else r) for r in B_ROWS]
    merges = [(i, 0, i, 4) for i, r in enumerate(B_ROWS, 1) if isinstance(r, tuple)]
    t = grid_table(w, B_HEADER, rows, [15, 75, 60, 70, 40], size=12, merges=merges)
    for i, r in enumerate(B_ROWS, 1):
        if isinstance(r, tuple):
            c = t.cell(i, 0)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
            for run in c.paragraphs[0].runs:
                set_font(run, HT, 12)
    TABLES[w.name].append([dict(zip(B_HEADER, r)) if isinstance(r, list) else {"category": r[1]} for r in B_ROWS])
    new_section(w, False)
    w.blank(12)
    banji(w, [("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，省军区。",),
              ("江苏省人民政府办公厅", "　" * 10, "2023年6月2日印发")])
    META[w.name] = [dict(title=B_TITLE, doc_number=B_NO, issuers=[B_ORG], signed="2023-06-01",
                         issuing_mark=f"{B_ORG}文件", addressees=B_TO.rstrip("："), remarks="（此件公开发布）",
                         cc="省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，省军区。",
                         printed_by="江苏省人民政府办公厅", printed_date="2023-06-02", attachments=[B_ATT],
                         effective="2023-06-01 (自公布之日起施行)")]
    return w.save()


# ======================================================================= C
C_ORG, C_NO = "云南省自由贸易试验区工作领导小组办公室", "云自贸办〔2023〕5号"
C_POINTS = "中国（云南）自由贸易试验区2023年工作要点"
C_TITLE_LINES = ["云南省自由贸易试验区工作领导小组办公室", "关于印发《中国（云南）自由贸易试验区", "2023年工作要点》的通知"]
C_TITLE = "".join(C_TITLE_LINES)
C_TO = "昆明、红河、德宏片区管委会，省自由贸易试验区工作领导小组各成员单位："
C_BODY = ["现将《中国（云南）自由贸易试验区2023年工作要点》印发给你们，请结合实际认真抓好落实，并于2023年12月15日前将落实情况报省自贸办。"]
C_GROUPS = [
    ("一、深化投资领域改革", [("扩大外资市场准入。", "落实外商投资准入负面清单，推动增值电信、医疗等领域开放试点落地。（责任单位：省商务厅、省通信管理局）"),
                            ("优化外商投资服务。", "建立重点外资项目全生命周期服务机制，全年新设外资企业150家以上。（责任单位：省商务厅）"),
                            ("推进境外投资便利化。", "支持企业赴老挝、缅甸、越南等共建“一带一路”国家投资建设境外经贸合作区。（责任单位：省商务厅、省发展改革委）"),
                            ("深化商事制度改革。", "推行经营主体登记确认制，在三个片区实现“证照分离”改革全覆盖。（责任单位：省市场监管局）"),
                            ("完善投资促进机制。", "举办自贸试验区投资推介活动不少于10场，引进重大产业项目30个以上。（责任单位：省投资促进局）"),
                            ("探索土地管理创新。", "开展工业用地“标准地”出让和混合产业用地供给试点。（责任单位：省自然资源厅）")]),
    ("二、提升贸易便利化水平", [("优化口岸通关。", "推进磨憨、瑞丽等口岸智慧口岸建设，整体通关时间压缩10%以上。（责任单位：昆明海关、省商务厅）"),
                             ("发展跨境电商。", "支持德宏片区建设跨境电商综合试验区线上综合服务平台。（责任单位：省商务厅、德宏片区管委会）"),
                             ("推进边民互市贸易转型。", "开展边民互市商品落地加工试点，扩大落地加工商品种类。（责任单位：省商务厅、昆明海关）"),
                             ("发展服务贸易。", "培育数字服务、跨境医疗、国际教育等服务贸易新业态。（责任单位：省商务厅）"),
                             ("推进中老铁路沿线贸易。", "依托中老铁路发展“铁路+口岸”贸易，打造国际物流枢纽。（责任单位：省交通运输厅、昆明海关）"),
                             ("推广国际贸易“单一窗口”。", "主要申报业务应用率保持100%，拓展跨境金融服务功能。（责任单位：省商务厅）")]),
    ("三、推动金融开放创新", [("扩大人民币跨境使用。", "推动人民币在对南亚东南亚贸易投资中的计价结算，跨境人民币结算量增长15%。（责任单位：人民银行昆明中心支行）"),
                           ("发展沿边金融。", "支持红河片区开展沿边金融综合改革试点。（责任单位：省地方金融监管局、红河片区管委会）"),
                           ("便利跨境投融资。", "开展跨国公司本外币一体化资金池试点。（责任单位：国家外汇管理局云南省分局）"),
                           ("推进外汇管理改革。", "扩大贸易外汇收支便利化试点范围，支持优质企业便利化结算。（责任单位：国家外汇管理局云南省分局）"),
                           ("完善金融服务体系。", "引进境外金融机构在自贸试验区设立分支机构。（责任单位：省地方金融监管局）"),
                           ("防范金融风险。", "健全跨境资金流动监测预警机制。（责任单位：人民银行昆明中心支行）")]),
    ("四、深化面向南亚东南亚开放合作", [("推进中老经济走廊建设。", "推动磨憨—磨丁经济合作区建设，推进中老跨境产业链合作。（责任单位：省发展改革委、省商务厅）"),
                                   ("深化中缅经贸合作。", "推进瑞丽国家重点开发开放试验区与德宏片区联动发展。（责任单位：德宏片区管委会）"),
                                   ("拓展RCEP合作。", "开展RCEP原产地规则培训，提升协定利用率。（责任单位：省商务厅、昆明海关）"),
                                   ("加强人文交流。", "举办南亚东南亚国家商品展暨投资贸易洽谈会自贸试验区专场活动。（责任单位：省商务厅）"),
                                   ("推进国际物流通道建设。", "加密中老铁路国际货运班列，开行“澜湄快线”国际货物列车。（责任单位：省交通运输厅）"),
                                   ("建设国际产能合作平台。", "支持企业在共建“一带一路”国家开展国际产能合作。（责任单位：省发展改革委）")]),
    ("五、强化组织保障", [("加强统筹协调。", "省自贸办定期召开工作推进会，协调解决重大问题。（责任单位：省自贸办）"),
                       ("强化制度创新。", "全年形成制度创新成果20项以上，争取在全国复制推广。（责任单位：各片区管委会）"),
                       ("落实赋权事项。", "对已下放的省级管理事项开展评估，提高赋权精准度。（责任单位：省自贸办、省司法厅）"),
                       ("加强人才支撑。", "实施自贸试验区人才引进计划，引进急需紧缺人才200名以上。（责任单位：省人力资源社会保障厅）"),
                       ("开展督查评估。", "对本要点落实情况开展年中督查和年终评估。（责任单位：省自贸办）"),
                       ("加强宣传推广。", "及时总结推广自贸试验区建设经验，营造良好氛围。（责任单位：省委宣传部、省自贸办）")]),
]


def doc_c(name="tc_yunnan_work_points"):
    w = Writer(name)
    s0 = w.doc.sections[0]
    gongwen_page(s0)
    odd_even_numbers(w, s0)
    masthead(w, C_ORG, C_NO)
    title_lines(w, C_TITLE_LINES)
    w.para(C_TO, indent=False)
    for t in C_BODY:
        w.para(t)
    w.blank(1)
    w.para("附件：" + C_POINTS)
    w.blank(2)
    w.sign(C_ORG, "2023年6月1日", right_chars=2)
    w.blank(1)
    w.para("（此件主动公开）")
    w.para([("附件", HT)], indent=False, page_break=True, expect=False)
    w.blank(1)
    w.title(C_POINTS)
    EXPECTED[w.name][-1] = "附件\n" + C_POINTS
    w.blank(1)
    w.para("2023年是全面贯彻党的二十大精神的开局之年。为推动中国（云南）自由贸易试验区高质量发展，更好服务和融入共建“一带一路”，制定本工作要点。")
    n = 0
    for head, items in C_GROUPS:
        w.para([(head, HT)])
        for lead, rest in items:
            n += 1
            w.para([(f"{n}.{lead}", FS, 16, True), (rest, FS)])
    banji(w, [("云南省自由贸易试验区工作领导小组办公室", "　" * 4, "2023年6月2日印发")])
    META[w.name] = [dict(title=C_TITLE, doc_number=C_NO, issuers=[C_ORG], signed="2023-06-01",
                         issuing_mark=f"{C_ORG}文件", addressees=C_TO.rstrip("："), remarks="（此件主动公开）",
                         printed_by=C_ORG, printed_date="2023-06-02", attachments=[C_POINTS], carried_title=C_POINTS,
                         items=30)]
    return w.save()


# ======================================================================= D
D1_ORG, D1_NO = "天津港保税区管理委员会", "津保管报〔2023〕12号"
D1_TITLE_LINES = ["天津港保税区管理委员会关于设立中国（天津）", "自由贸易试验区天津港东疆片区", "“一带一路”国际航运服务中心的请示"]
D1_TITLE = "".join(D1_TITLE_LINES)
D1_SHORT = "关于设立中国（天津）自由贸易试验区天津港东疆片区“一带一路”国际航运服务中心的请示"
D1_BODY = ["为贯彻落实《中国（天津）自由贸易试验区深化改革开放方案》，提升东疆片区国际航运服务能级，更好服务共建“一带一路”，我委拟在东疆片区设立“一带一路”国际航运服务中心。现将有关事项请示如下：",
           "一、中心定位。中心作为我委所属公益二类事业单位，主要承担航运政策研究、国际船舶登记服务、航运企业集聚服务等职能。",
           "二、机构设置。中心内设综合部、政策研究部、航运服务部3个部门，核定事业编制15名，所需编制在我委现有编制总额内调剂解决。",
           "三、经费保障。中心经费由我委部门预算统筹安排，不新增市级财政负担。",
           "妥否，请批示。"]
D2_ORG, D2_NO = "天津市人民政府", "津政函〔2023〕58号"
D2_TITLE_LINES = ["天津市人民政府关于同意设立中国（天津）", "自由贸易试验区天津港东疆片区", "“一带一路”国际航运服务中心的批复"]
D2_TITLE = "".join(D2_TITLE_LINES)
D2_BODY = [f"你单位《{D1_SHORT}》（{D1_NO}）收悉。经研究，现批复如下：",
           "一、同意设立中国（天津）自由贸易试验区天津港东疆片区“一带一路”国际航运服务中心（以下简称中心），为你单位所属公益二类事业单位。",
           "二、中心核定事业编制15名，在你单位现有编制总额内调剂解决。",
           "三、你单位要加强对中心的领导和管理，明确职责分工，在国际船舶登记、航运金融、海事服务等方面加大制度创新力度，形成可复制可推广的经验。",
           "此复。"]


def doc_d(name="td_tianjin_request_reply"):
    w = Writer(name)
    s0 = w.doc.sections[0]
    gongwen_page(s0)
    odd_even_numbers(w, s0)
    masthead(w, D1_ORG, D1_NO, signer="王立新")
    title_lines(w, D1_TITLE_LINES)
    w.para("天津市人民政府：", indent=False)
    for t in D1_BODY:
        w.para(t)
    w.blank(2)
    w.sign(D1_ORG, "2023年5月10日")
    w.blank(1)
    w.para("（联系人：刘晓明；联系电话：022－25601234）")
    # the 批复 on a new page, its own masthead
    p = w.para([(f"{D2_ORG}", XBS, 30, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=42,
               page_break=True, expect=False)
    w.blank(1)
    w.para(D2_NO, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=1, expect=False)
    red_rule(w)
    w.blank(1)
    title_lines(w, D2_TITLE_LINES)
    w.para(f"{D1_ORG}：", indent=False)
    for t in D2_BODY:
        w.para(t)
    w.blank(2)
    w.sign(D2_ORG, "2023年6月1日")
    w.blank(1)
    w.para("（此件公开发布）")
    w.blank(2)
    banji(w, [("抄送：市委组织部，市委编办，市财政局，市交通运输委，天津海事局。",),
              ("天津市人民政府办公厅", "　" * 10, "2023年6月2日印发")])
    META[w.name] = [dict(title=D1_TITLE, doc_number=D1_NO, issuers=[D1_ORG], signed="2023-05-10", signer="王立新",
                         issuing_mark=f"{D1_ORG}文件", addressees="天津市人民政府",
                         remarks="（联系人：刘晓明；联系电话：022－25601234）", kind="请示"),
                    dict(title=D2_TITLE, doc_number=D2_NO, issuers=[D2_ORG], signed="2023-06-01",
                         issuing_mark=D2_ORG, addressees=D1_ORG, remarks="（此件公开发布）", kind="批复",
                         replies_to=D1_NO, cc="市委组织部，市委编办，市财政局，市交通运输委，天津海事局。",
                         printed_by="天津市人民政府办公厅", printed_date="2023-06-02")]
    return w.save()


# ======================================================================= main
def to_pdf(docx: Path, outdir: Path = OUT):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx)],
                   check=True, capture_output=True)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for f in (doc_a, doc_b, doc_c, doc_d):
        p = f()
        if "--no-pdf" not in sys.argv:
            to_pdf(p)
        print("made", p.name, "+ pdf")
    (OUT / "expected.json").write_text(json.dumps({"clauses": EXPECTED, "tables": TABLES, "documents": META},
                                                  ensure_ascii=False, indent=1), encoding="utf-8")
