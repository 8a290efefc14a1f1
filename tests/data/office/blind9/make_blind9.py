# ruff: noqa: E501, E402, E702, F841, C408, B905  (the documents' own paragraphs, one string each; helpers as written)
# Round 9 of blind office checks (helpers after make_blind8.py):
# U  闽政办〔2023〕21号 印发 notice + 实施方案 (PDF first): bold run-in leads "（一）…。" and "1.…。", sub-items
#    （1）（2）（3） three levels deep, 附件 重点任务分工表 (序号｜重点任务｜牵头单位｜责任单位｜完成时限) whose cells
#    wrap, over three pages with its header repeated, 版记 after the table, "— N —" page numbers
# V  a 管理办法 downloaded as the DOCX attachment of its notice ("附件" atop, title, chapters), 第X条 in 黑体 with
#    several 款 as paragraphs of their own and 项 "（一）…；（二）…" written inside the paragraph, cross references
#    (前款第（三）项), 本办法由…负责解释, 自…起施行，有效期5年, 《…》（桂商规〔2020〕8号）同时废止
# W  商务部 海关总署公告2023年第21号: two-organ mark over 公告, a two-column Word table (序号｜企业名称) of 200
#    short rows over several pages with its header repeated, 特此公告, joint signature on one line
# X  a 河南 portal page saved by the browser as "网页，仅HTML": saved-from comment, nav, breadcrumb, the 政府信息公开
#    table (索引号/主题分类/发文机关/成文日期/标题/发文字号/发布日期) above the title, 【字体：大 中 小】 toolbar, body
#    in nested divs repeating 文号 and title, 相关附件 block with file links, share/QR/footer
# Y  鲁商字〔2023〕35号 notice whose 附件 is a full 办法 (its own title, 第一章/第一条…), as DOCX/PDF with
#    "第 X 页 共 Y 页" footers, and as a text copied out of the PDF (hard line breaks every 28 characters, no
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


# ======================================================================= U
U_ORG, U_NO = "福建省人民政府办公厅", "闽政办〔2023〕21号"
U_PLAN = "中国（福建）自由贸易试验区提升战略实施方案（2023—2025年）"
U_TITLE_LINES = ["福建省人民政府办公厅关于印发中国（福建）", "自由贸易试验区提升战略实施方案", "（2023—2025年）的通知"]
U_TITLE = "".join(U_TITLE_LINES)
U_TO = "各设区市人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构，各大企业，各高等院校："
U_BODY = ["《中国（福建）自由贸易试验区提升战略实施方案（2023—2025年）》已经省委、省政府同意，现印发给你们，请认真贯彻执行。"]
U_ATT = "中国（福建）自由贸易试验区提升战略重点任务分工表"
# the plan: ("h1", text) 黑体 heading; ("lead", lead, rest, font) run-in bold lead; ("p", text); ("sub", text)
U_PLAN_BODY = [
    ("p", "为深入贯彻党的二十大关于实施自由贸易试验区提升战略的决策部署，全面落实《中国（福建）自由贸易试验区总体方案》《进一步深化中国（福建）自由贸易试验区改革开放方案》，推动中国（福建）自由贸易试验区（以下简称自贸试验区）在更高起点上深化改革开放，更好服务和融入共建“一带一路”，制定本方案。"),
    ("h1", "一、总体要求"),
    ("p", "坚持以习近平新时代中国特色社会主义思想为指导，以制度创新为核心，以可复制可推广为基本要求，对标国际高标准经贸规则，推进高水平制度型开放。到2025年，自贸试验区累计形成制度创新成果300项以上，其中全国首创成果80项以上；实际使用外资年均增长5%以上，对共建“一带一路”国家进出口额占比达到35%。"),
    ("h1", "二、重点任务"),
    ("lead", "（一）推进投资自由化便利化。", "全面落实外商投资准入前国民待遇加负面清单管理制度，持续提升投资服务水平。", KT),
    ("lead", "1.深化外商投资准入改革。", "在电信、医疗、文化等领域争取扩大开放试点。具体包括：", FS),
    ("sub", "（1）争取在自贸试验区内开展增值电信业务外资准入试点，取消部分业务外资股比限制；"),
    ("sub", "（2）支持外商投资设立独资医院，放宽外籍医师来闽短期执业准入；"),
    ("sub", "（3）探索外资企业参与文化旅游项目建设运营的新模式。"),
    ("lead", "2.完善投资促进服务体系。", "建立重点外资项目“服务专员”制度，对投资额1亿美元以上的项目实行“一项目一专班”，协调解决项目落地中的用地、用能、用工等问题。", FS),
    ("lead", "（二）提升贸易便利化水平。", "对接国际贸易通行规则，推动货物贸易、服务贸易和数字贸易协同发展。", KT),
    ("lead", "1.深化国际贸易“单一窗口”建设。", "推动“单一窗口”功能向口岸物流、贸易服务等全链条拓展，主要申报业务应用率保持100%。", FS),
    ("lead", "2.发展跨境电商新业态。", "支持自贸试验区企业建设海外仓和跨境电商产业园区。具体包括：", FS),
    ("sub", "（1）支持福州、厦门跨境电商综试区企业在共建“一带一路”国家建设海外仓，到2025年新增公共海外仓20个以上；"),
    ("sub", "（2）在福州、厦门片区推广跨境电商零售进口退货中心仓模式；"),
    ("sub", "（3）开展跨境电商出口商品“跨关区退货”试点。"),
    ("lead", "（三）深化与共建“一带一路”国家经贸合作。", "发挥21世纪海上丝绸之路核心区优势，拓展合作领域和空间。", KT),
    ("lead", "1.擦亮“丝路海运”品牌。", "新增“丝路海运”命名航线10条以上，推动“丝路海运”与中欧（亚）班列、“丝路飞翔”联动发展，打造多式联运国际物流通道。", FS),
    ("lead", "2.推进闽台融合发展。", "在厦门片区探索两岸标准共通，在平潭片区推进台胞台企同等待遇，打造台胞台企登陆第一家园“第一站”。", FS),
    ("h1", "三、保障措施"),
    ("lead", "（一）加强组织领导。", "省自贸试验区工作领导小组统筹推进方案实施，省自贸办负责日常协调，各片区管委会承担主体责任，各牵头单位要制定具体工作计划。", KT),
    ("lead", "（二）强化督查评估。", "省自贸办每半年对重点任务落实情况进行督查，2025年开展总体评估，评估结果纳入省直部门和各设区市绩效考评。", KT),
]
U_T_HEADER = ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"]
U_T_ROWS = [
    ["1", "争取在自贸试验区内开展增值电信业务外资准入试点，取消部分业务外资股比限制", "省通信管理局", "省商务厅，福州、厦门片区管委会", "2024年12月"],
    ["2", "支持外商投资设立独资医院，放宽外籍医师来闽短期执业准入", "省卫健委", "省商务厅，平潭综合实验区管委会", "2024年6月"],
    ["3", "探索外资企业参与文化旅游项目建设运营的新模式", "省文旅厅", "省商务厅，各片区管委会", "2025年12月"],
    ["4", "建立重点外资项目“服务专员”制度，对投资额1亿美元以上的项目实行“一项目一专班”", "省商务厅（省自贸办）", "省发改委、省自然资源厅，各片区管委会", "2023年12月"],
    ["5", "推动国际贸易“单一窗口”功能向口岸物流、贸易服务等全链条拓展", "省商务厅（省口岸办）", "福州海关、厦门海关，省交通运输厅", "持续推进"],
    ["6", "支持跨境电商综试区企业在共建“一带一路”国家建设海外仓，新增公共海外仓20个以上", "省商务厅", "福州、厦门市人民政府", "2025年12月"],
    ["7", "推广跨境电商零售进口退货中心仓模式", "福州海关、厦门海关", "福州、厦门片区管委会", "2023年12月"],
    ["8", "开展跨境电商出口商品“跨关区退货”试点", "福州海关、厦门海关", "省商务厅，各片区管委会", "2024年12月"],
    ["9", "新增“丝路海运”命名航线10条以上，推动“丝路海运”与中欧（亚）班列、“丝路飞翔”联动发展", "省交通运输厅", "省港口集团，福州、厦门市人民政府", "2025年12月"],
    ["10", "在厦门片区探索两岸标准共通，推动两岸检验检测结果互认", "省市场监管局", "厦门市人民政府，厦门片区管委会", "2024年12月"],
    ["11", "在平潭片区推进台胞台企同等待遇，打造台胞台企登陆第一家园“第一站”", "平潭综合实验区管委会", "省台港澳办，省发改委", "持续推进"],
    ["12", "开展本外币合一银行结算账户体系试点，扩大跨境贸易投资高水平开放试点范围", "人民银行福州中心支行", "国家外汇管理局福建省分局、厦门市分局，省地方金融监管局", "2024年6月"],
    ["13", "支持自贸试验区内企业开展离岸贸易，探索离岸贸易真实性审核的便利化措施", "国家外汇管理局福建省分局", "人民银行福州中心支行，省商务厅", "2024年12月"],
    ["14", "推进海关特殊监管区域内保税维修、保税再制造业务，扩大保税维修产品目录", "福州海关、厦门海关", "省商务厅，省工信厅，各片区管委会", "2025年6月"],
    ["15", "建设海峡两岸数据跨境流动试验区，探索建立数据出境安全评估便利化机制", "省委网信办", "省数字福建建设领导小组办公室，厦门市人民政府", "2025年12月"],
    ["16", "推动福州片区国际航运物流综合服务平台建设，实现船舶进出港“一站式”办理", "福州市人民政府", "福州海事局，省交通运输厅，福州片区管委会", "2024年6月"],
    ["17", "支持厦门片区建设国际航空维修基地，开展飞机整机进出境保税维修", "厦门市人民政府", "厦门海关，民航福建监管局", "2025年12月"],
    ["18", "探索商事主体登记确认制，推行经营范围规范化登记和“证照分离”改革全覆盖", "省市场监管局", "各片区管委会", "2023年12月"],
    ["19", "建立自贸试验区制度创新成果评估机制，每年评估发布一批制度创新成果", "省商务厅（省自贸办）", "省委改革办，各片区管委会", "每年12月"],
    ["20", "每半年对重点任务落实情况进行督查，2025年开展总体评估，评估结果纳入绩效考评", "省商务厅（省自贸办）", "省效能办，各设区市人民政府", "2025年12月"],
    ["21", "在自贸试验区开展知识产权证券化试点，探索知识产权质押融资风险补偿机制", "省知识产权局", "省地方金融监管局，人民银行福州中心支行", "2024年12月"],
    ["22", "推进国际商事仲裁、调解机构在自贸试验区设立代表处，建设国际商事争端解决中心", "省司法厅", "省法院，福州、厦门市人民政府", "2025年12月"],
    ["23", "建立自贸试验区人才“一站式”服务平台，为外籍高层次人才提供工作许可、居留许可“一窗受理”", "省人社厅", "省公安厅，省科技厅，各片区管委会", "2024年6月"],
    ["24", "推动自贸试验区与福州新区、厦门经济特区、平潭综合实验区政策叠加联动，形成改革合力", "省发改委", "省商务厅（省自贸办），福州、厦门市人民政府，平潭综合实验区管委会", "持续推进"],
]


def doc_u(name="u_fujian_plan_tasks"):
    w = Writer(name)
    s0 = w.doc.sections[0]
    gongwen_page(s0)
    odd_even_numbers(w, s0)
    mark(w, f"{U_ORG}文件", size=30)
    w.blank(1)
    w.para(U_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, expect=False)
    red_rule(w)
    w.blank(1)
    for line in U_TITLE_LINES:
        w.para([(line, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, expect=False)
    EXPECTED[w.name].append(U_TITLE)
    w.blank(1)
    w.para(U_TO, indent=False)
    for t in U_BODY:
        w.para(t)
    w.blank(2)
    w.sign(U_ORG, "2023年6月1日")
    w.blank(1)
    w.para("（此件主动公开）")
    # the plan, on a new page, under its own title (no 附件 mark: it is what the notice 印发)
    w.para([("中国（福建）自由贸易试验区提升战略实施方案", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
           line=35, page_break=True, expect=False)
    w.para([("（2023—2025年）", KT, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, expect=False)
    EXPECTED[w.name].append(U_PLAN)
    w.blank(1)
    for item in U_PLAN_BODY:
        if item[0] == "h1":
            w.para([(item[1], HT)])
        elif item[0] == "lead":
            _, lead, rest, font = item
            w.para([(lead, font, 16, True), (rest, FS)])
        else:
            w.para(item[1])
    w.blank(1)
    w.para("附件：" + U_ATT)
    # 附件 of the plan: its task table, portrait, three pages
    w.para([("附件", HT)], indent=False, page_break=True, expect=False)
    w.title(U_ATT, size=20)
    EXPECTED[w.name].append("附件\n" + U_ATT)
    w.blank(1)
    t = grid_table(w, U_T_HEADER, U_T_ROWS, [12, 62, 30, 34, 18], size=12)
    TABLES[w.name].append([dict(zip(U_T_HEADER, r)) for r in U_T_ROWS])
    w.blank(2)
    banji(w, [("抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，东部战区、福建省军区。",),
              ("福建省人民政府办公厅", "　" * 10, "2023年6月2日印发")])
    META[w.name] = [dict(title=U_TITLE, doc_number=U_NO, issuers=[U_ORG], signed="2023-06-01",
                         issuing_mark=f"{U_ORG}文件", addressees=U_TO.rstrip("："), remarks="（此件主动公开）",
                         cc="省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，东部战区、福建省军区。",
                         printed_by="福建省人民政府办公厅", printed_date="2023-06-02", attachments=[U_ATT],
                         carried_title=U_PLAN)]
    return w.save()

# ======================================================================= V
V_TITLE = "中国（广西）自由贸易试验区跨境电子商务公共海外仓认定管理办法"
# ("ch", 第X章 title) or ("art", 第X条, [款, 款 …]) or ("item", text): 项 on a line of its own
V_BODY = [
    ("ch", "第一章　总　　则"),
    ("art", "第一条", ["为推动中国（广西）自由贸易试验区（以下简称广西自贸试验区）跨境电子商务高质量发展，规范跨境电子商务公共海外仓（以下简称公共海外仓）认定管理，根据《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）等有关规定，结合广西自贸试验区实际，制定本办法。"]),
    ("art", "第二条", ["本办法所称公共海外仓，是指由广西自贸试验区内企业在境外投资建设或者租赁运营，面向跨境电子商务企业提供仓储、分拣、配送、退换货、售后维修等服务的仓储设施。"]),
    ("art", "第三条", ["公共海外仓认定工作遵循企业自愿、公开公正、动态管理的原则。",
                      "自治区商务厅负责公共海外仓的认定和监督管理。南宁、钦州港、崇左片区管理委员会（以下简称片区管委会）负责本片区申报企业的初审和日常服务。"]),
    ("art", "第四条", ["支持公共海外仓优先布局在东南亚国家联盟成员国、《区域全面经济伙伴关系协定》（RCEP）其他成员国及共建“一带一路”国家。"]),
    ("ch", "第二章　认定条件"),
    ("art", "第五条", ["申请认定公共海外仓的企业，应当同时具备下列条件：（一）在广西自贸试验区内依法注册，具有独立法人资格；（二）近两年内无重大违法违规记录，未被列入严重失信主体名单；（三）海外仓经营满一年，仓储面积不少于5000平方米；（四）具备信息化管理系统，能够与国际贸易“单一窗口”对接。",
                      "海外仓位于东南亚国家联盟成员国的，前款第（三）项规定的仓储面积可以放宽至3000平方米。"]),
    ("art", "第六条", ["申请认定的海外仓上一年度服务的跨境电子商务企业不少于30家，其中广西企业不少于10家；年出库订单量不少于20万单或者年出库货值不少于5000万元人民币。"]),
    ("art", "第七条", ["有下列情形之一的，不予认定：（一）申请材料弄虚作假的；（二）海外仓实际运营面积与申报面积不符的；（三）近一年内发生重大安全生产事故或者重大质量事故的。",
                      "有前款第（一）项情形的，申请企业三年内不得再次申请认定。"]),
    ("ch", "第三章　认定程序"),
    ("art", "第八条", ["公共海外仓认定每年开展一次。自治区商务厅发布申报通知，申请企业向所在片区管委会提交下列材料：（一）公共海外仓认定申请表；（二）营业执照复印件和境外投资备案证明；（三）海外仓产权证明或者租赁合同；（四）上一年度海外仓运营情况报告。"]),
    ("art", "第九条", ["片区管委会应当在收到申请材料之日起10个工作日内完成初审，将初审合格的企业名单报自治区商务厅。",
                      "自治区商务厅应当在收到初审名单之日起20个工作日内组织专家评审。评审采取材料审查和现场核查（含视频核查）相结合的方式。",
                      "评审结果在自治区商务厅网站公示，公示期为5个工作日。公示无异议的，由自治区商务厅认定为公共海外仓并予以公布。"]),
    ("art", "第十条", ["公共海外仓认定有效期为3年。有效期届满需要继续认定的，企业应当在届满前3个月内按照本办法第八条的规定重新申请。"]),
    ("ch", "第四章　支持政策与管理"),
    ("art", "第十一条", ["对认定的公共海外仓，按照下列标准给予支持："]),
    ("item", "（一）新认定的，一次性奖励50万元；"),
    ("item", "（二）复核合格的，一次性奖励20万元；"),
    ("item", "（三）为广西企业提供服务的，按照上一年度服务费用的20%给予补助，每家每年最高100万元。"),
    ("art", "第十二条", ["公共海外仓运营企业应当于每年1月31日前向所在片区管委会报送上一年度运营情况，并按季度通过自治区跨境电子商务公共服务平台报送仓储面积、服务企业数量、出库订单量等数据。"]),
    ("art", "第十三条", ["公共海外仓有下列情形之一的，由自治区商务厅撤销认定，收回已拨付的奖励和补助资金：（一）以欺骗等不正当手段取得认定的；（二）连续两年未报送运营情况的；（三）停止运营满6个月的。",
                      "被撤销认定的企业，五年内不得再次申请认定。涉嫌违法犯罪的，依法移送有关机关处理。"]),
    ("ch", "第五章　附　　则"),
    ("art", "第十四条", ["本办法由自治区商务厅负责解释。"]),
    ("art", "第十五条", ["本办法自2023年7月1日起施行，有效期5年。《中国（广西）自由贸易试验区跨境电子商务公共海外仓认定管理暂行办法》（桂商规〔2020〕8号）同时废止。"]),
]


def doc_v(name="v_guangxi_measures_items"):
    w = Writer(name)
    s0 = w.doc.sections[0]
    gongwen_page(s0)
    footer_num(s0.footer, WD_ALIGN_PARAGRAPH.CENTER)
    w.para([("附件", HT)], indent=False, expect=False)
    w.blank(1)
    w.para([("中国（广西）自由贸易试验区跨境电子商务", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, expect=False)
    w.para([("公共海外仓认定管理办法", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, expect=False)
    EXPECTED[w.name].append(V_TITLE)
    w.blank(1)
    for item in V_BODY:
        if item[0] == "ch":
            w.blank(1)
            w.para([(item[1], HT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
            w.blank(1)
        elif item[0] == "item":
            w.para(item[1])
        else:
            _, num, kuan = item
            w.para([(num, HT), ("　" + kuan[0], FS)])
            for k in kuan[1:]:
                w.para(k)
    META[w.name] = [dict(title=V_TITLE, doc_number=None, issuers=[], interpreting_organ="自治区商务厅",  # no issuer printed; 第十四条 names the organ that interprets it
                         level="provincial", region="广西壮族自治区",
                         effective="2023-07-01", expires="2028-06-30", repeals=["桂商规〔2020〕8号"])]
    return w.save()

# ======================================================================= W
W_NO = "2023年第21号"
W_TITLE = "关于公布自由贸易试验区跨境电子商务重点培育企业名单的公告"
W_PLACES = ["上海临港", "广州南沙", "深圳前海", "珠海横琴", "天津东疆", "福州马尾", "厦门象屿", "平潭金井", "舟山岱山", "宁波梅山",
            "南宁五象", "钦州保税", "崇左凭祥", "昆明官渡", "红河蒙自", "德宏瑞丽", "重庆两江", "成都天府", "西安浐灞", "郑州航空港"]
W_KINDS = ["供应链管理有限公司", "国际贸易有限公司", "跨境电子商务有限公司", "进出口有限公司", "国际物流有限公司",
           "电子商务股份有限公司", "国际货运代理有限公司", "数字贸易有限公司", "海外仓储服务有限公司", "商贸有限公司"]
W_WORDS = ["丝路", "海通", "汇达", "云帆", "远航", "嘉禾", "泰和", "众联", "金桥", "启明"]
W_NAMES = [f"{W_PLACES[k // 10]}{W_WORDS[(k * 7) % 10]}{W_KINDS[(k * 3 + k // 10) % 10]}" for k in range(200)]
W_BODY1 = ["根据《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）和《商务部 海关总署关于开展自由贸易试验区跨境电子商务重点培育企业遴选工作的通知》（商自贸函〔2023〕45号）要求，经各地推荐、专家评审和网上公示，商务部、海关总署确定上海临港丝路供应链管理有限公司等200家企业为自由贸易试验区跨境电子商务重点培育企业。现将名单公布如下："]
W_BODY2 = ["各有关地方商务主管部门和直属海关要加强对重点培育企业的指导和服务，在通关便利、海外仓建设、品牌培育等方面给予支持。重点培育企业名单实行动态管理，每3年复核一次，复核不合格的移出名单。",
           "特此公告。"]


def doc_w(name="w_mofcom_announcement_200"):
    w = Writer(name)
    s0 = w.doc.sections[0]
    gongwen_page(s0)
    footer_num(s0.footer, WD_ALIGN_PARAGRAPH.CENTER)
    mark(w, "中华人民共和国商务部", size=26)
    mark(w, "中华人民共和国海关总署", size=26)
    mark(w, "公　　告", size=36)
    w.para(W_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, expect=False)
    red_rule(w)
    w.blank(1)
    w.title(W_TITLE)
    EXPECTED[w.name].append(W_TITLE)
    w.blank(1)
    for t in W_BODY1:
        w.para(t)
    rows = [[str(i + 1), nm] for i, nm in enumerate(W_NAMES)]
    grid_table(w, ["序号", "企业名称"], rows, [20, 110], size=12)
    TABLES[w.name].append([{"序号": r[0], "企业名称": r[1]} for r in rows])
    for t in W_BODY2:
        w.para(t)
    w.blank(2)
    w.para("商务部　　　　　　　　海关总署", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4, before=16)
    w.para("2023年6月1日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=8)
    META[w.name] = [dict(title=W_TITLE, doc_number=None, wrapper="商务部　海关总署公告（2023年第21号）",
                         issuers=["商务部", "海关总署"], signed="2023-06-01", issuing_mark="中华人民共和国商务部 中华人民共和国海关总署 公告")]
    return w.save()

# ======================================================================= X
X_NO, X_ORG = "豫政办〔2023〕28号", "河南省人民政府办公厅"
X_TITLE = "河南省人民政府办公厅关于推进中国（河南）自由贸易试验区与“空中丝绸之路”联动发展的通知"
X_TO = "各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门："
X_BODY = [
    "为深入贯彻落实习近平总书记关于支持建设郑州—卢森堡“空中丝绸之路”的重要指示精神，推动中国（河南）自由贸易试验区（以下简称河南自贸试验区）与“空中丝绸之路”联动发展，经省政府同意，现就有关事项通知如下：",
    "一、拓展国际航空货运网络",
    "（一）加密国际货运航线。支持郑州机场新开、加密至共建“一带一路”国家的全货机航线，到2025年国际货运航线达到50条以上，通航城市达到40个以上。",
    "（二）发展“空空+空陆”多式联运。推进郑州机场与中欧班列（郑州）、海铁联运班列无缝衔接，探索“一单到底、全程负责”的多式联运模式。",
    "二、提升航空物流便利化水平",
    "（一）深化通关监管改革。在郑州片区推行“提前申报”“两步申报”“7×24小时通关”，跨境电商进出口商品实现“即到即查、即查即放”。",
    "（二）建设航空物流公共信息平台。整合海关、机场、航空公司和货代企业数据，实现航空货运全流程电子化，2023年底前平台上线运行。",
    "三、强化组织保障",
    "（一）省商务厅（省自贸办）要会同省发展改革委、郑州海关、河南机场集团等单位建立工作协调机制，每季度召开一次联席会议。",
    "（二）各有关单位要于每年12月10日前将本年度工作进展情况报送省商务厅（省自贸办），由其汇总后报省政府。",
]
X_ATTS = ["中国（河南）自由贸易试验区与“空中丝绸之路”联动发展重点任务清单", "郑州—卢森堡“空中丝绸之路”建设联络员名单"]
X_META_TABLE = [("索引号：", "005184335/2023-00128", "主题分类：", "商贸、海关、旅游\\对外经贸合作"),
                ("发文机关：", X_ORG, "成文日期：", "2023年06月01日"),
                ("标　　题：", X_TITLE, None, None),
                ("发文字号：", X_NO, "发布日期：", "2023年06月05日")]


def doc_x(name="x_henan_portal_page"):
    EXPECTED[name] = [X_TITLE, X_TO] + X_BODY + ["附件：1." + X_ATTS[0], "2." + X_ATTS[1], X_ORG, "2023年6月1日", "（此件公开发布）"]
    def p(t, style="text-indent:2em;"):
        return f'<p style="{style}font-family:仿宋_GB2312;font-size:16pt;line-height:2;"><span>{t}</span></p>'
    body = [
        f'<p style="text-align:center;"><span style="font-family:仿宋_GB2312;font-size:16pt;">{X_NO}</span></p>',
        '<p style="text-align:center;"><strong><span style="font-family:方正小标宋简体;font-size:22pt;">河南省人民政府办公厅<br>关于推进中国（河南）自由贸易试验区与<br>“空中丝绸之路”联动发展的通知</span></strong></p>',
        p(X_TO, ""),
    ]
    for t in X_BODY:
        if t[0] in "一二三四五" and t[1] == "、":
            body.append(f'<div class="h2-title">{p("<strong>" + t + "</strong>")}</div>')
        else:
            body.append(p(t))
    body += [
        '<p>&nbsp;</p>',
        p("附件：1." + X_ATTS[0]),
        p("2." + X_ATTS[1], "text-indent:5em;"),
        '<p>&nbsp;</p>',
        p(X_ORG, "text-align:right;padding-right:4em;"),
        p("2023年6月1日", "text-align:right;padding-right:4em;"),
        p("（此件公开发布）"),
    ]
    rows = []
    for a, b, c, d in X_META_TABLE:
        if c is None:
            rows.append(f'<tr><td class="t1">{a}</td><td colspan="3" class="t2">{b}</td></tr>')
        else:
            rows.append(f'<tr><td class="t1">{a}</td><td class="t2">{b}</td><td class="t1">{c}</td><td class="t2">{d}</td></tr>')
    html = f'''<!DOCTYPE html>
<!-- saved from url=(0050)https://www.henan.gov.cn/2023/06-05/2757312.html -->
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="河南省人民政府门户网站">
<meta name="SiteDomain" content="www.henan.gov.cn">
<meta name="SiteIDCode" content="4100000003">
<meta name="ColumnName" content="省政府办公厅文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="{X_TITLE}">
<meta name="PubDate" content="2023-06-05 10:30">
<meta name="ContentSource" content="河南省人民政府办公厅">
<meta name="Keywords" content="自由贸易试验区,空中丝绸之路">
<title>{X_TITLE}_省政府办公厅文件_河南省人民政府门户网站</title>
<link rel="stylesheet" href="./2757312_files/common.css">
<style type="text/css">
.xxgk-table table{{width:100%;border-collapse:collapse;border:1px solid #ccc;font-size:14px;}}
.xxgk-table td{{border:1px solid #ccc;padding:6px 10px;}} .xxgk-table td.t1{{background:#f4f4f4;width:90px;font-weight:bold;}}
.article h1{{font-size:26px;text-align:center;color:#000;}} #zoom p{{line-height:2;}}
</style>
<script type="text/javascript" src="./2757312_files/jquery.min.js"></script>
<script type="text/javascript">
function doZoom(size){{ document.getElementById('zoom').style.fontSize=size+'px'; }}
var _hmt = _hmt || [];
</script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="welcome">欢迎访问河南省人民政府门户网站！</span>
<span class="tools"><a href="javascript:;">无障碍</a> | <a href="javascript:;">长者模式</a> | <a href="https://www.henan.gov.cn/english/">English</a> | <a href="https://www.henan.gov.cn/login">登录</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="https://www.henan.gov.cn/"><img src="./2757312_files/logo.png" alt="河南省人民政府门户网站"></a>
<div class="search"><form action="https://searchs.henan.gov.cn/search"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div></div>
<div class="nav"><ul class="w1200">
<li><a href="https://www.henan.gov.cn/">首页</a></li><li><a href="https://www.henan.gov.cn/ywdt/">要闻动态</a></li>
<li><a href="https://www.henan.gov.cn/zwgk/">政务公开</a></li><li><a href="https://www.henan.gov.cn/zwfw/">政务服务</a></li>
<li><a href="https://www.henan.gov.cn/hdjl/">互动交流</a></li><li><a href="https://www.henan.gov.cn/zjhn/">走进河南</a></li></ul></div>
<div class="main w1200">
  <div class="location">当前位置：<a href="https://www.henan.gov.cn/">首页</a> &gt; <a href="https://www.henan.gov.cn/zwgk/">政务公开</a> &gt; <a href="https://www.henan.gov.cn/zwgk/zfwj/">省政府文件</a> &gt; <a href="https://www.henan.gov.cn/zwgk/zfwj/szfbgtwj/">省政府办公厅文件</a></div>
  <div class="content-box">
    <div class="xxgk-table">
      <table cellspacing="0" cellpadding="0">
        <tbody>
        {"".join(rows)}
        </tbody>
      </table>
    </div>
    <div class="article">
      <div class="article-head">
        <h1 id="title">{X_TITLE}</h1>
        <div class="article-info">
          <span class="fl">发布时间：2023-06-05 10:30</span>
          <span class="fl">来源：河南省人民政府办公厅</span>
          <span class="fr font-size">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
          <span class="fr">【<a href="javascript:window.print()">打印本页</a>】</span>
        </div>
      </div>
      <div class="article-content" id="zoom">
        <div class="TRS_Editor"><div class="Custom_UnionStyle">
{chr(10).join("          " + b for b in body)}
        </div></div>
      </div>
      <div class="article-attachment">
        <div class="attachment-title">相关附件：</div>
        <ul>
          <li><a href="https://www.henan.gov.cn/2023/06-05/W020230605401234567890.docx" target="_blank">1.{X_ATTS[0]}.docx</a></li>
          <li><a href="https://www.henan.gov.cn/2023/06-05/W020230605401234567891.xls" target="_blank">2.{X_ATTS[1]}.xls</a></li>
        </ul>
      </div>
      <div class="article-related"><span>相关解读：</span><a href="https://www.henan.gov.cn/2023/06-06/2757899.html">图解：河南自贸试验区与“空中丝绸之路”联动发展“十条”</a></div>
      <div class="article-tools">
        <div class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>
        <div class="qrcode"><img src="./2757312_files/qrcode.png" alt=""><p>扫一扫在手机打开当前页</p></div>
        <div class="close-btn">【<a href="javascript:window.close()">关闭窗口</a>】</div>
      </div>
    </div>
  </div>
</div>
<div class="footer"><div class="w1200">
<p><a href="https://www.henan.gov.cn/about/">关于我们</a> | <a href="https://www.henan.gov.cn/sitemap/">网站地图</a> | <a href="https://www.henan.gov.cn/contact/">联系我们</a></p>
<p>主办：河南省人民政府办公厅　承办：河南省大数据管理局　网站标识码：4100000003</p>
<p><a href="https://beian.miit.gov.cn/">豫ICP备05005128号</a>　<img src="./2757312_files/ga.png" alt="">豫公网安备 41010502002745号</p>
<p><img src="./2757312_files/jiucuo.png" alt="政府网站找错"></p>
</div></div>
<script type="text/javascript">
$(function(){{ $(".nav li").hover(function(){{$(this).addClass("on");}},function(){{$(this).removeClass("on");}}); }});
</script>
</body></html>
'''
    path = OUT / f"{name}.html"
    path.write_text(html, encoding="utf-8")
    META[name] = [dict(title=X_TITLE, doc_number=X_NO, issuers=[X_ORG], signed="2023-06-01", published="2023-06-05",
                       addressees=X_TO.rstrip("："), remarks="（此件公开发布）", attachments=X_ATTS, source_name="河南省人民政府办公厅")]
    return path

# ======================================================================= Y
Y_ORG, Y_NO = "山东省商务厅", "鲁商字〔2023〕35号"
Y_MEAS = "中国（山东）自由贸易试验区制度创新成果评估认定办法"
Y_TITLE_LINES = ["山东省商务厅关于印发《中国（山东）自由贸", "易试验区制度创新成果评估认定办法》的通知"]
Y_TITLE = "".join(Y_TITLE_LINES)
Y_TO = "济南、青岛、烟台市商务局，中国（山东）自由贸易试验区各片区管委会（工委），省自贸试验区工作领导小组各成员单位："
Y_BODY = [
    "为进一步激发中国（山东）自由贸易试验区制度创新活力，规范制度创新成果评估认定工作，推动形成更多可复制可推广的制度创新成果，更好服务共建“一带一路”和黄河流域生态保护和高质量发展，我厅研究制定了《中国（山东）自由贸易试验区制度创新成果评估认定办法》，现印发给你们，请认真贯彻执行。",
    "执行中遇到的问题，请及时反馈省商务厅（自贸试验区处），联系电话：0531-89013000。",
]
# 办法: ("ch", heading) ("art", 第X条, text) ("p", text): a further 款 or a 项 on its own line
Y_MEAS_BODY = [
    ("ch", "第一章　总　　则"),
    ("art", "第一条", "为规范中国（山东）自由贸易试验区（以下简称山东自贸试验区）制度创新成果评估认定工作，推动形成更多可复制可推广的制度创新成果，根据《中国（山东）自由贸易试验区条例》，制定本办法。"),
    ("art", "第二条", "本办法所称制度创新成果，是指山东自贸试验区各片区在投资、贸易、金融、航运、政府治理等领域先行先试，形成的具有首创性、系统性、可复制性的改革举措和经验做法。"),
    ("art", "第三条", "省商务厅（省自贸办）负责组织制度创新成果的评估认定工作。济南、青岛、烟台片区管委会（工委）负责本片区成果的培育、初审和推荐。"),
    ("ch", "第二章　认定标准"),
    ("art", "第四条", "申报认定的制度创新成果应当符合下列标准："),
    ("p", "（一）首创性。在全国或者全省范围内首次实施，具有明显的突破性；"),
    ("p", "（二）实效性。已实际运行6个月以上，市场主体获得感明显；"),
    ("p", "（三）可复制性。具有在全省或者全国范围内复制推广的价值。"),
    ("art", "第五条", "制度创新成果分为全国首创、全省首创和片区特色三类。"),
    ("p", "对列入国务院自由贸易试验区工作部际联席会议办公室复制推广清单的成果，直接认定为全国首创成果。"),
    ("ch", "第三章　评估认定程序"),
    ("art", "第六条", "制度创新成果每半年集中评估认定一次，评估认定按照下列程序进行："),
    ("p", "（一）片区申报。各片区于每年5月31日、11月30日前向省商务厅报送成果材料；"),
    ("p", "（二）部门论证。省商务厅征求省有关部门意见，重点论证成果的合法性和首创性；"),
    ("p", "（三）专家评估。省商务厅组织第三方机构和专家进行评估打分；"),
    ("p", "（四）审定公布。评估结果报省自贸试验区工作领导小组审定后公布。"),
    ("art", "第七条", "认定为全国首创的成果，在全省自贸试验区建设考核评价中每项加3分；认定为全省首创的，每项加1分。"),
    ("ch", "第四章　复制推广"),
    ("art", "第八条", "省商务厅每年发布山东自贸试验区制度创新成果清单，对全国首创和全省首创成果，会同省有关部门在全省复制推广。"),
    ("art", "第九条", "各市商务主管部门应当结合本地实际，及时借鉴复制推广成果，并于每年12月15日前将复制推广情况报送省商务厅。"),
    ("ch", "第五章　附　　则"),
    ("art", "第十条", "本办法由省商务厅负责解释。"),
    ("art", "第十一条", "本办法自2023年7月1日起施行，有效期至2025年12月31日。"),
]
Y_CC = "抄送：商务部自由贸易试验区港务司。"
Y_PRINT = ("山东省商务厅办公室", "2023年6月2日印发")


def page_footer_of_total(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hf_para(fp, [("第 ", ST, 10.5), ("<PAGE>", ST, 10.5), (" 页 共 ", ST, 10.5), ("<NUMPAGES>", ST, 10.5), (" 页", ST, 10.5)])


def y_expected(name):
    EXPECTED[name] = [Y_TITLE, Y_TO] + Y_BODY + ["附件：" + Y_MEAS, Y_ORG, "2023年6月1日", "（此件主动公开）", "附件\n" + Y_MEAS]
    for item in Y_MEAS_BODY:
        EXPECTED[name].append(item[1] if item[0] != "art" else item[1] + "　" + item[2])
    META[name] = [dict(title=Y_TITLE, doc_number=Y_NO, issuers=[Y_ORG], signed="2023-06-01", issuing_mark=f"{Y_ORG}文件",
                       addressees=Y_TO.rstrip("："), remarks="（此件主动公开）", attachments=[Y_MEAS],
                       cc=Y_CC[3:], printed_by=Y_PRINT[0], printed_date="2023-06-02",
                       effective="2023-07-01 (the 办法's; the notice itself: 2023-06-01)", expires="2025-12-31 (the 办法's)")]


def doc_y(name="y_shandong_notice_measures"):
    w = Writer(name)
    s0 = w.doc.sections[0]
    gongwen_page(s0)
    page_footer_of_total(s0)
    mark(w, f"{Y_ORG}文件", size=36)
    w.blank(1)
    w.para(Y_NO, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, expect=False)
    red_rule(w)
    w.blank(1)
    for line in Y_TITLE_LINES:
        w.para([(line, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, expect=False)
    w.blank(1)
    w.para(Y_TO, indent=False, expect=False)
    for t in Y_BODY:
        w.para(t, expect=False)
    w.blank(1)
    att_list(w, [Y_MEAS])
    w.blank(2)
    w.sign(Y_ORG, "2023年6月1日")
    w.blank(1)
    w.para("（此件主动公开）", expect=False)
    w.para([("附件", HT)], indent=False, page_break=True, expect=False)
    w.blank(1)
    w.para([("中国（山东）自由贸易试验区制度创新成果", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, expect=False)
    w.para([("评估认定办法", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=35, expect=False)
    w.blank(1)
    for item in Y_MEAS_BODY:
        if item[0] == "ch":
            w.para([(item[1], HT)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=8, after=8, expect=False)
        elif item[0] == "art":
            w.para([(item[1], HT), ("　" + item[2], FS)], expect=False)
        else:
            w.para(item[1], expect=False)
    w.blank(3)
    banji(w, [(Y_CC,), (Y_PRINT[0], "　" * 11, Y_PRINT[1])])
    y_expected(name)
    return w.save()


def wrap(text, first=28, rest=28):
    """Lines as the PDF sets them: 28 characters a line (digits and Latin half width), no closing mark at a line start."""
    import re
    lines, cur, width, limit = [], "", 0.0, first
    closing = "，。；：、）》”！？"
    for tok in re.findall(r"[0-9A-Za-z.%-]+|.", text):  # a number is never broken
        tw = sum(0.5 if ord(c) < 128 else 1.0 for c in tok)
        if width + tw > limit and cur and tok not in closing:
            lines.append(cur)
            cur, width, limit = "", 0.0, rest
        cur += tok
        width += tw
    if cur:
        lines.append(cur)
    return lines


def doc_y_text(name="y_shandong_notice_copy"):
    """The PDF's text as a reader copies it out of the viewer (Ctrl+A, Ctrl+C into Notepad): one line per printed line,
    indents and blank lines gone, the page footer "第 X 页 共 Y 页" where each page ends, CRLF."""
    pages: list[list[str]] = [[]]
    room = [22.0]

    def put(lines, weight=1.0, keep=False):
        for ln in lines:
            if room[0] < weight:
                pages.append([])
                room[0] = 22.0
            pages[-1].append(ln)
            room[0] -= weight

    def new_page():
        pages.append([])
        room[0] = 22.0

    put([f"{Y_ORG}文件"], 2.0)
    put([Y_NO], 2.0)
    put(Y_TITLE_LINES, 1.4)
    put(wrap(Y_TO))
    for t in Y_BODY:
        put(wrap(t, 26))
    put(wrap("附件：" + Y_MEAS, 26, 23), 1.0)
    put([Y_ORG, "2023年6月1日"], 1.2)
    put(["（此件主动公开）"])
    new_page()
    put(["附件"], 1.5)
    put(["中国（山东）自由贸易试验区制度创新成果", "评估认定办法"], 1.5)
    for item in Y_MEAS_BODY:
        if item[0] == "ch":
            put([item[1].replace("　　", " ").replace("　", " ")], 1.5)
        elif item[0] == "art":
            put(wrap(item[1] + " " + item[2], 26))
        else:
            put(wrap(item[1], 26))
    put([Y_CC, f"{Y_PRINT[0]} {Y_PRINT[1]}"], 1.5)
    n = len(pages)
    out = []
    for i, pg in enumerate(pages, start=1):
        out += pg + [f"第 {i} 页 共 {n} 页"]
    path = OUT / f"{name}.txt"
    path.write_bytes(("\r\n".join(out) + "\r\n").encode("utf-8"))
    y_expected(name)
    return path

# ======================================================================= main
def to_pdf(docx: Path, outdir: Path = OUT):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx)],
                   check=True, capture_output=True)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for f in (doc_u, doc_v, doc_w, doc_y):
        p = f()
        if "--no-pdf" not in sys.argv:
            to_pdf(p)
        print("made", p.name, "+ pdf")
    for f in (doc_x, doc_y_text):
        print("made", f().name)
    (OUT / "expected.json").write_text(json.dumps({"clauses": EXPECTED, "tables": TABLES, "documents": META},
                                                  ensure_ascii=False, indent=1), encoding="utf-8")
