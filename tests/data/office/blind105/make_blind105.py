# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 105: national documents that several organs issue together on 一带一路 / 自贸试验区.

(a) 商务部 外交部 国家发展改革委 财政部 商合发〔2024〕163号 joint 通知 — four organs stacked in the 版头 with
    '文件' at the right (borderless table), 主送 to 各省…新疆生产建设兵团 departments and 驻外使领馆, 落款 as a
    2×2 borderless table of organs, 附件 指引 with 第一章…第五章 / 第一条…第二十条, items inside articles, 废止 clause.
(b) 海关总署公告2024年第128号 — 公告 版头, no 主送, 特此公告, 附件 口岸名单 table, then a 解读 appended after it
    (问：/答：) on a new page, which is a second document (no 文号).
(c) 国务院办公厅 国办函〔2024〕96号 复函 to 广西壮族自治区人民政府 (信函格式: double red rules, 文号 right) approving
    the 钦州港片区 扩展区域, with a 四至范围 attachment table.
All organs and places are real; numbers, 文号, dates and details are fictional.
Writes blind105_*.docx, the LibreOffice PDF of each, and expected.json next to itself.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
FS, HT, KT, XBS, SONG = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"


def font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=0, size=16, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None: p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before); pf.space_after = Pt(after)
    pf.widow_control = False


def border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr"); ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "1"); e.set(qn("w:color"), color)
    bdr.append(e)


class Doc:
    def __init__(self):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = FS; st.font.size = Pt(16)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        s = self.d.sections[0]
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
        s.footer_distance = Mm(24)
        self.d.settings.odd_and_even_pages_header_footer = True
        self._footers(s)
        self.footnotes = []  # (id, text)

    def _pagefield(self, p):
        def r(t=None):
            run = p.add_run(t or ""); font(run, SONG, 14); return run
        r("— ")
        for kind, instr in (("begin", None), (None, " PAGE "), ("separate", None), (None, None), ("end", None)):
            run = r()
            if kind:
                fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); run._r.append(fc)
            elif instr:
                it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; run._r.append(it)
            else:
                run.text = "1"
        r(" —")

    def _footers(self, s):
        p = s.footer.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.right_indent = Pt(14); self._pagefield(p)
        p = s.even_page_footer.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.left_indent = Pt(14); self._pagefield(p)

    # ---- furniture
    def masthead(self, org, size, docno):
        fmt(self.d.add_paragraph(), exact=12)
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=size * 1.3)
        font(p.add_run(org), XBS, size, color=RED)
        for _ in range(1):
            fmt(self.d.add_paragraph(), exact=28.9)
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, after=6)
        font(p.add_run(docno), FS, 16)
        border(p, "bottom", "FF0000", 18)
        fmt(self.d.add_paragraph(), exact=28.9)

    def title(self, text, pagebreak=False):
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=36)
        if pagebreak: p.paragraph_format.page_break_before = True
        font(p.add_run(text), XBS, 22)
        fmt(self.d.add_paragraph(), exact=28.9)

    def plain(self, text, name=FS, indent=2, align=WD_ALIGN_PARAGRAPH.JUSTIFY, size=16, bold=False, pagebreak=False):
        p = self.d.add_paragraph(); fmt(p, align, indent, size)
        if pagebreak: p.paragraph_format.page_break_before = True
        self._runs(p, text, name, size, bold)
        return p

    def _runs(self, p, text, name, size, bold=False):
        # {fn:...} marks a footnote
        while "{fn:" in text:
            a, rest = text.split("{fn:", 1)
            fn, text = rest.split("}", 1)
            if a: font(p.add_run(a), name, size, bold)
            self._fnref(p, fn)
        if text: font(p.add_run(text), name, size, bold)

    def run_in(self, head, headfont, body):
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, 2)
        font(p.add_run(head), headfont, 16, bold=(headfont == FS))
        if body: self._runs(p, body, FS, 16)
        return p

    def _fnref(self, p, text):
        fid = len(self.footnotes) + 1
        self.footnotes.append((fid, text))
        r = p.add_run(); font(r, FS, 16)
        r.font.superscript = True
        ref = OxmlElement("w:footnoteReference"); ref.set(qn("w:id"), str(fid)); r._r.append(ref)

    def blank(self, n=1):
        for _ in range(n): fmt(self.d.add_paragraph(), exact=28.9)

    def sign(self, org, date):
        self.blank(1)
        ri = Pt(64) if len(org) <= 16 else Pt(0)  # long organ names sit flush right rather than wrap
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = ri
        font(p.add_run(org), FS, 16)
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(64)
        font(p.add_run(date), FS, 16)

    def banji(self, cc, printer, pdate):
        self.blank(1)
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.LEFT, size=14)
        p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
        border(p, "top", "000000", 8); border(p, "bottom", "000000", 4)
        font(p.add_run(cc), FS, 14)
        p.paragraph_format.keep_with_next = True
        p = self.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.LEFT, size=14)
        p.paragraph_format.left_indent = Pt(14); p.paragraph_format.right_indent = Pt(14)
        border(p, "bottom", "000000", 8)
        font(p.add_run(printer + "\u3000" * 2 + pdate), FS, 14)

    def save(self, path):
        if self.footnotes:
            self._write_footnotes()
        self.d.save(path)

    def _write_footnotes(self):
        W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        items = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for fid, text in self.footnotes:
            rpr = '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="24"/></w:rPr>'
            items.append(
                f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:jc w:val="both"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="24"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r>{rpr}<w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>')
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>' + "".join(items) + "</w:footnotes>"
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


def cell_text(cell, text, name=FS, size=14, align=WD_ALIGN_PARAGRAPH.LEFT, bold=False):
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        fmt(p, align, size=size, exact=size * 1.45)
        if ln: font(p.add_run(ln), name, size, bold)


def set_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_mm):
            c.width = Mm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)


def convert(docx):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)




def table(doc, header, rows, widths):
    t = doc.d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 12, WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(t.rows[0])
    for r, row in enumerate(rows, 1):
        for i, v in enumerate(row):
            cell_text(t.rows[r].cells[i], v, FS, 12, WD_ALIGN_PARAGRAPH.CENTER if i != 1 or len(header) < 5 else WD_ALIGN_PARAGRAPH.LEFT)
    set_widths(t, widths)
    return t




# ============================================================ extra furniture for county offices
def nb_table(doc, rows, cols):
    t = doc.d.add_table(rows=rows, cols=cols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)
    return t


def joint_masthead(doc, orgs, docno, size=30):
    """Joint 版头: organ names stacked on the left, '文件' on the right, vertically centred (a borderless table)."""
    fmt(doc.d.add_paragraph(), exact=12)
    t = nb_table(doc, 1, 2)
    left, right = t.rows[0].cells
    for i, o in enumerate(orgs):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, exact=size * 1.25)
        font(p.add_run(o), XBS, size, color=RED)
    right.vertical_alignment = 1
    tcPr = right._tc.get_or_add_tcPr(); va = OxmlElement("w:vAlign"); va.set(qn("w:val"), "center"); tcPr.append(va)
    p = right.paragraphs[0]; fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=size * 1.3)
    font(p.add_run("文件"), XBS, size + 6, color=RED)
    set_widths(t, [120, 36])
    fmt(doc.d.add_paragraph(), exact=28.9)
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, after=6)
    font(p.add_run(docno), FS, 16)
    border(p, "bottom", "FF0000", 18)
    fmt(doc.d.add_paragraph(), exact=28.9)


def joint_sign(doc, orgs, date):
    """联合行文落款: organ names side by side (borderless table), date centred under them."""
    doc.blank(1)
    t = nb_table(doc, 1, len(orgs))
    for c, o in zip(t.rows[0].cells, orgs):
        p = c.paragraphs[0]; fmt(p, WD_ALIGN_PARAGRAPH.CENTER)
        font(p.add_run(o), FS, 16)
    set_widths(t, [78, 78])
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(64)
    font(p.add_run(date), FS, 16)


def vmerge(t, col, r0, r1):
    for r in range(r0, r1 + 1):
        for p in t.cell(r, col).paragraphs:
            for run in list(p.runs): run._r.getparent().remove(run._r)
    a = t.cell(r0, col); b = t.cell(r1, col)
    m = a.merge(b)
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    return m


def rowclause(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row))


def render(doc, ops):
    """ops: ('h1', text) 黑体 heading; ('h2', text) 楷体 heading alone; ('ri', head, body) run-in (楷体/仿宋加粗 head);
    ('p', text); ('tab', caption, header, rows, widths, merges)."""
    for op in ops:
        k = op[0]
        if k == "h1": doc.plain(op[1], HT, indent=2)
        elif k == "h2": doc.plain(op[1], KT, indent=2)
        elif k == "art":  # 第X条 in 黑体 followed by body
            doc.run_in(op[1] + "\u3000", HT, op[2])
        elif k == "ri": doc.run_in(op[1], KT if op[1].startswith("（") else FS, op[2])
        elif k == "p": doc.plain(op[1])
        elif k == "tab":
            _, cap, header, rows, widths, merges = op
            p = doc.plain(cap, HT, indent=0, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
            t = table(doc, header, rows, widths)
            for col, r0, r1 in merges:
                m = vmerge(t, col, r0, r1)
                cell_text(m, rows[r0 - 1][col], FS, 12, WD_ALIGN_PARAGRAPH.CENTER)
            fmt(doc.d.add_paragraph(), exact=14)


def clauses_of(ops):
    out = []
    for op in ops:
        k = op[0]
        if k in ("h1", "h2"): continue
        if k == "art": out.append(op[1] + "\u3000" + op[2] if op[2] else op[1])
        elif k == "ri": out.append(op[1] + op[2])
        elif k == "p": out.append(op[1])
        elif k == "tab":
            out += [rowclause(op[2], r) for r in op[3]]
    return out


def chapter(doc, text):
    doc.plain(text, HT, indent=0, align=WD_ALIGN_PARAGRAPH.CENTER)


def grid_sign(doc, orgs, date, cols=2):
    """联合行文落款 with many organs: a borderless grid, two organs per row, date right under the grid."""
    doc.blank(2)
    rows = (len(orgs) + cols - 1) // cols
    t = nb_table(doc, rows, cols)
    for i, o in enumerate(orgs):
        c = t.rows[i // cols].cells[i % cols]
        p = c.paragraphs[0]; fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=40)
        font(p.add_run(o), FS, 16)
    set_widths(t, [78, 78])
    doc.blank(1)
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(64)
    font(p.add_run(date), FS, 16)


def letter_masthead(doc, org, docno):
    """信函格式: organ name centred in red, red double rule (thick over thin) under it, 文号 flush right below."""
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=40)
    font(p.add_run(org), XBS, 30, color=RED)
    p = doc.d.add_paragraph(); fmt(p, exact=6)
    ppr = p._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom"); e.set(qn("w:val"), "thickThinSmallGap"); e.set(qn("w:sz"), "24"); e.set(qn("w:space"), "1"); e.set(qn("w:color"), "FF0000")
    bdr.append(e); ppr.append(bdr)
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, before=6); p.paragraph_format.right_indent = Pt(16)
    font(p.add_run(docno), FS, 16)
    doc.blank(1)


def letter_bottom_rule(doc):
    p = doc.d.add_paragraph(); fmt(p, exact=6)
    ppr = p._p.get_or_add_pPr(); bdr = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom"); e.set(qn("w:val"), "thinThickSmallGap"); e.set(qn("w:sz"), "24"); e.set(qn("w:space"), "1"); e.set(qn("w:color"), "FF0000")
    bdr.append(e); ppr.append(bdr)


# ============================================================ (a) 四部门 联合印发 指引
A_ORGS_SHORT = ["商务部", "外交部", "国家发展改革委", "财政部"]
A_ORGS = ["中华人民共和国商务部", "中华人民共和国外交部", "国家发展和改革委员会", "中华人民共和国财政部"]
A_NO = "商合发〔2024〕163号"
A_GUIDE = "共建“一带一路”境外经贸合作区高质量发展指引"
A_TITLE = "商务部　外交部　国家发展改革委　财政部关于印发《" + A_GUIDE + "》的通知"
A_MAIN = "各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门、外办、发展改革委、财政厅（局），各驻外使领馆，有关中央企业："
A_COVER = [
    ("p", "为深入贯彻落实第三届“一带一路”国际合作高峰论坛精神，推动境外经贸合作区（以下简称合作区）提质升级，更好服务高质量共建“一带一路”，商务部、外交部、国家发展改革委、财政部制定了《" + A_GUIDE + "》，现印发给你们，请结合实际认真贯彻落实。"),
    ("p", "各地在执行中遇到的问题和有关情况，请及时报送商务部（对外投资和经济合作司）。"),
]
A_CH = [
    ("第一章　总则", [
        ("第一条", "为引导境外经贸合作区（以下简称合作区）规范有序、安全高效发展，打造高质量共建“一带一路”标志性工程，制定本指引。"),
        ("第二条", "本指引所称合作区，是指在中华人民共和国境内注册、具有独立法人资格的中资控股企业（以下简称实施企业），在共建“一带一路”国家和地区投资建设、基础设施完备、主导产业明确、公共服务功能健全的产业园区。"),
        ("第三条", "合作区建设坚持企业主体、市场运作、政府引导、互利共赢原则，遵守东道国法律法规，尊重当地风俗习惯，履行社会责任。"),
    ]),
    ("第二章　规划建设", [
        ("第四条", "实施企业应当在与东道国政府签订园区建设协议后，编制合作区总体规划和产业规划，明确主导产业不超过3个，规划面积原则上不低于2平方公里。"),
        ("第五条", "合作区选址应当优先考虑交通便利、要素成本较低、与我国产业互补性强的区域，重点布局在东南亚、中亚、中东欧和非洲等地区。"),
        ("第六条", "合作区基础设施建设应当符合东道国环保、劳工和用地要求，鼓励采用中国标准与国际标准相互认可的技术规范，新建项目应当开展环境和社会影响评估。"),
    ]),
    ("第三章　运营管理", [
        ("第七条", "实施企业应当建立合作区运营管理机构，为入区企业提供以下服务：\n（一）投资咨询、政策解读和手续代办；\n（二）标准厂房、仓储物流和生活配套；\n（三）法律、金融、人才招聘与培训等专业服务。"),
        ("第八条", "实施企业应当于每年1月31日前通过“对外投资合作信息服务系统”报送上一年度合作区建设运营情况，包括入区企业数量、累计投资额、产值、上缴东道国税费和当地就业人数。"),
        ("第九条", "实施企业应当建立境外安全风险防范和应急处置机制，配备专职安全管理人员，每年至少组织1次突发事件应急演练。"),
        ("第十条", "各驻外使领馆应当加强对所在国合作区的指导和服务，协调解决合作区建设中遇到的重大问题，及时通报安全风险预警信息。"),
    ]),
    ("第四章　支持措施", [
        ("第十一条", "中央财政通过外经贸发展专项资金对通过年度确认考核的合作区给予支持，支持比例不超过实施企业当年基础设施建设实际投入的30%，单个合作区年度支持金额不超过3000万元。"),
        ("第十二条", "国家发展改革委会同有关部门将符合条件的合作区基础设施项目纳入共建“一带一路”重大项目库，在政策性开发性金融、双边合作机制等方面予以优先支持。"),
        ("第十三条", "鼓励中西部地区和东北地区省份组织本地区制造业企业“抱团”入驻合作区，有关省级商务主管部门可结合实际给予入区企业前期费用补助。"),
        ("第十四条", "支持中国（上海）、中国（广东）、中国（海南）等自由贸易试验区（港）与合作区建立“两区联动”机制，在原产地规则、检验检测结果互认、跨境数据流动等方面先行先试。"),
        ("第十五条", "支持新疆生产建设兵团和新疆维吾尔自治区依托中欧班列（乌鲁木齐）集结中心，与中亚国家合作区开展产能合作和物流对接。"),
    ]),
    ("第五章　附则", [
        ("第十六条", "合作区出现严重违反东道国法律法规、发生重大安全生产事故或者造成恶劣国际影响的，商务部可以取消其年度确认资格，3年内不再受理其确认申请。"),
        ("第十七条", "本指引由商务部会同外交部、国家发展改革委、财政部负责解释。"),
        ("第十八条", "本指引自印发之日起施行，有效期5年。《境外经济贸易合作区确认考核和年度考核管理办法》（商合发〔2013〕210号）同时废止。"),
    ]),
]


def build_a(path):
    doc = Doc()
    joint_masthead(doc, A_ORGS_SHORT, A_NO, size=26)
    doc.title(A_TITLE)
    doc.plain(A_MAIN, indent=0)
    render(doc, A_COVER)
    doc.blank(1)
    doc.plain("附件：" + A_GUIDE, indent=2)
    grid_sign(doc, A_ORGS_SHORT, "2024年8月26日")
    doc.blank(1)
    doc.plain("（此件公开发布）", indent=2)
    doc.plain("附件", HT, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT, pagebreak=True)
    doc.blank(1)
    doc.title(A_GUIDE)
    for ch, arts in A_CH:
        chapter(doc, ch)
        for no, body in arts:
            first, *rest = body.split("\n")
            doc.run_in(no + "\u3000", HT, first)
            for r in rest: doc.plain(r)
    doc.banji("抄送：国务院办公厅，中央外办，国务院国资委，国家开发银行，中国进出口银行，中国出口信用保险公司。", "商务部办公厅", "2024年8月28日印发")
    doc.save(path)


def a_clauses():
    cl = clauses_of(A_COVER)
    for ch, arts in A_CH:
        for no, body in arts:
            first, *rest = body.split("\n")
            cl.append(no + "\u3000" + first); cl += rest
    return cl


def expected_a():
    return [{
        "meta": {"title": A_TITLE.replace("　", " "), "doc_number": A_NO, "issuer": A_ORGS_SHORT,
                 "issuer_full_names": A_ORGS, "date": "2024-08-26",
                 "level": "ministry", "region": "全国",
                 "effective": "2024-08-26", "expires": "2029-08-25",
                 "attachments": [A_GUIDE],
                 "repeals": ["《境外经济贸易合作区确认考核和年度考核管理办法》（商合发〔2013〕210号）"],
                 "interpreted_by": "商务部会同外交部、国家发展改革委、财政部",
                 "addressees": ["各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门、外办、发展改革委、财政厅（局）", "各驻外使领馆", "有关中央企业"],
                 "cc": ["国务院办公厅", "中央外办", "国务院国资委", "国家开发银行", "中国进出口银行", "中国出口信用保险公司"],
                 "printed_by": "商务部办公厅", "printed": "2024-08-28", "remarks": "（此件公开发布）"},
        "clauses": a_clauses(),
        "applies_to": {
            "default": ["全国 (Chinese 实施企业 / 合作区 abroad; no single province)"],
            "第五条": ["全国 — 东南亚、中亚、中东欧、非洲 are where 合作区 are sited abroad, not Chinese regions; naming them is tolerable only as 'abroad'"],
            "第十三条": ["中西部地区和东北地区省份"],
            "第十四条": ["中国（上海）自由贸易试验区", "中国（广东）自由贸易试验区", "中国（海南）自由贸易港"],
            "第十五条": ["新疆生产建设兵团", "新疆维吾尔自治区（乌鲁木齐）"],
            "never": ["北京市 (seat of the ministries)", "any single province as the scope of the whole 通知", "新疆 as the scope of anything but 第十五条 (新疆生产建设兵团 appears in 主送 only as an addressee)"],
        },
        "_note": "Four-organ joint national (部委) 通知: issuers 商务部, 外交部, 国家发展改革委, 财政部 in that order (full names 中华人民共和国商务部… equally fine); level ministry (not provincial, not state_council), region 全国. The 版头 is a borderless 1×2 table: four organ names stacked on the left (分散对齐), '文件' on the right. Furniture: 版头, 文号, red rule, 主送 (which names 新疆生产建设兵团 — an addressee, not a region), 附件说明 '附件：…指引', 落款 (a 2×2 borderless table of the four short names) and date, （此件公开发布）, the '附件' marker and the 指引's own title, chapter headings 第一章…第五章 (headings/labels, not clauses), 版记 (抄送 line; '商务部办公厅　2024年8月28日印发'), footer '— N —'. The 指引 is the attachment: its articles may be labelled by the attachment or split into a second document with its own title (both tolerable) but must not be lost. 第七条's （一）–（三） are items (separate clauses or inside 第七条 both fine). effective = 印发 date 2024-08-26 (成文日期), expires 2029-08-25 (有效期5年; 2029-08-26 tolerable). '每年1月31日前' is a reporting deadline, not an expiry. 印发 date 2024-08-28 in 版记 is not the 成文日期.",
    }]


# ============================================================ (b) 海关总署公告 + 解读
B_NO = "海关总署公告2024年第128号"
B_SUBJ = "关于在中欧班列相关铁路口岸推广“铁路快通”监管模式的公告"
B_OPS = [
    ("p", "为贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，进一步提升中欧班列、中亚班列和西部陆海新通道班列通关效率，海关总署决定在中欧班列相关铁路口岸推广“铁路快通”监管模式。现将有关事项公告如下："),
    ("p", "一、“铁路快通”监管模式是指，对经铁路口岸进出境、在内陆铁路场站办理海关手续的货物，海关利用铁路舱单数据和电子转关信息实施监管，货物在口岸不再办理换装和转关申报手续，由铁路运输企业直接运抵目的地场站。"),
    ("p", "二、本公告附件所列铁路口岸（以下简称试点口岸）进出境的中欧班列货物，适用“铁路快通”监管模式。"),
    ("p", "三、中国（陕西）自由贸易试验区中心片区、中国（河南）自由贸易试验区郑州片区、中国（重庆）自由贸易试验区和中国（新疆）自由贸易试验区乌鲁木齐片区内的铁路场站，经所在地直属海关审核同意，可以作为“铁路快通”目的地或者启运地场站。"),
    ("p", "四、适用“铁路快通”监管模式的企业应当符合以下条件："),
    ("p", "（一）铁路运输企业已在海关备案，并按照规定传输舱单电子数据；"),
    ("p", "（二）收发货人或者其代理人海关信用等级为一般信用及以上；"),
    ("p", "（三）货物不属于涉及检疫审批、许可证件核销等须在口岸办理手续的商品。"),
    ("p", "五、因铁路运输企业原因造成舱单数据与实际货物不符的，海关按照《中华人民共和国海关行政处罚实施条例》有关规定处理。"),
    ("p", "六、本公告自2024年11月1日起施行。海关总署公告2021年第47号（关于在阿拉山口、霍尔果斯铁路口岸试行“铁路快通”模式的公告）同时废止。"),
    ("p", "特此公告。"),
]
B_ATT = "推广“铁路快通”监管模式的铁路口岸名单"
B_HEAD = ["序号", "直属海关", "口岸名称", "所在地"]
B_ROWS = [
    ["1", "乌鲁木齐海关", "阿拉山口铁路口岸", "新疆维吾尔自治区博尔塔拉蒙古自治州"],
    ["2", "乌鲁木齐海关", "霍尔果斯铁路口岸", "新疆维吾尔自治区伊犁哈萨克自治州"],
    ["3", "呼和浩特海关", "二连浩特铁路口岸", "内蒙古自治区锡林郭勒盟"],
    ["4", "满洲里海关", "满洲里铁路口岸", "内蒙古自治区呼伦贝尔市"],
    ["5", "哈尔滨海关", "绥芬河铁路口岸", "黑龙江省牡丹江市"],
    ["6", "南宁海关", "凭祥铁路口岸", "广西壮族自治区崇左市"],
    ["7", "昆明海关", "磨憨铁路口岸", "云南省西双版纳傣族自治州"],
]
B_JD_TITLE = "《关于在中欧班列相关铁路口岸推广“铁路快通”监管模式的公告》解读"
B_JD = [
    ("问：为什么要推广“铁路快通”监管模式？", "答：2021年以来，阿拉山口、霍尔果斯铁路口岸试行“铁路快通”模式，中欧班列在口岸平均停留时间由24小时压缩至8小时。为更好服务共建“一带一路”，海关总署决定将试点扩大到7个铁路口岸。"),
    ("问：哪些货物可以适用“铁路快通”？", "答：经附件所列7个试点口岸进出境、在内陆铁路场站办理海关手续的中欧班列货物均可适用，但涉及检疫审批、许可证件核销等须在口岸办理手续的商品除外。"),
    ("问：自贸试验区内的铁路场站如何适用？", "答：陕西、河南、重庆、新疆4个自贸试验区相关片区内的铁路场站，向所在地直属海关提出申请，经审核同意后即可作为目的地或者启运地场站。"),
    ("问：公告何时开始实施？", "答：公告自2024年11月1日起施行，海关总署公告2021年第47号同时废止。"),
]


def build_b(path):
    doc = Doc()
    fmt(doc.d.add_paragraph(), exact=12)
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=52)
    font(p.add_run("中华人民共和国海关总署公告"), XBS, 34, color=RED)
    doc.blank(1)
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, after=6)
    font(p.add_run("2024年第128号"), FS, 16)
    border(p, "bottom", "FF0000", 18)
    doc.blank(1)
    doc.title(B_SUBJ)
    render(doc, B_OPS)
    doc.blank(1)
    doc.plain("附件：" + B_ATT, indent=2)
    doc.blank(1)
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(80)
    font(p.add_run("海关总署"), FS, 16)
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(64)
    font(p.add_run("2024年10月15日"), FS, 16)
    doc.plain("附件", HT, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT, pagebreak=True)
    doc.blank(1)
    doc.title(B_ATT)
    table(doc, B_HEAD, B_ROWS, [16, 36, 46, 60])
    # 解读 appended after
    doc.title(B_JD_TITLE, pagebreak=True)
    for q, a in B_JD:
        doc.plain(q, HT, indent=2)
        doc.plain(a)
    doc.blank(1)
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(32)
    font(p.add_run("（海关总署监管司）"), KT, 16)
    doc.save(path)


def expected_b():
    return [{
        "meta": {"title": "海关总署" + B_SUBJ, "title_alternatives": [B_SUBJ, B_NO + "（" + B_SUBJ + "）"],
                 "doc_number": B_NO, "issuer": ["海关总署"], "date": "2024-10-15",
                 "level": "ministry", "region": "全国", "doc_type": "公告",
                 "effective": "2024-11-01", "expires": None, "attachments": [B_ATT],
                 "repeals": ["海关总署公告2021年第47号"], "addressees": []},
        "clauses": clauses_of(B_OPS[:-1]) + [rowclause(B_HEAD, r) for r in B_ROWS],
        "applies_to": {
            "default": ["全国"],
            "二、 (and each 附件 row)": ["the 7 试点口岸: 阿拉山口铁路口岸, 霍尔果斯铁路口岸 (新疆), 二连浩特铁路口岸, 满洲里铁路口岸 (内蒙古), 绥芬河铁路口岸 (黑龙江), 凭祥铁路口岸 (广西), 磨憨铁路口岸 (云南)"],
            "三、": ["中国（陕西）自由贸易试验区中心片区", "中国（河南）自由贸易试验区郑州片区", "中国（重庆）自由贸易试验区", "中国（新疆）自由贸易试验区乌鲁木齐片区"],
            "never": ["北京市", "新疆 as the scope of the whole 公告 (the repealed 2021 公告 was 阿拉山口/霍尔果斯 only)"],
        },
        "_note": "海关总署 公告: 版头 '中华人民共和国海关总署公告' with '2024年第128号' under it and a red rule; the 文号 is '海关总署公告2024年第128号' (just '2024年第128号' is medium-wrong, it is not unique). Title: the subject line; '海关总署公告2024年第128号（关于…的公告）' as on the customs website is also fine. No 主送, no 版记. Level ministry (海关总署 is a 国务院直属机构), region 全国. '特此公告。' is furniture (tolerable as a clause, low). Furniture: 版头, red rule, 附件说明, 落款 '海关总署' + date, '附件' marker, attachment title, footer. 四、's （一）–（三） are items of 四、. effective 2024-11-01 (not the 成文日期 2024-10-15), expires none; repeals 海关总署公告2021年第47号 — this reference must not become the 文号. 附件 rows may be labelled by the attachment. The 解读 after the attachment is a SECOND document (see next entry) — its Q&A must not become clauses of the 公告 nor rows of the 口岸 table.",
    }, {
        "meta": {"title": B_JD_TITLE, "doc_number": None, "issuer": ["海关总署"], "issuer_detail": "海关总署监管司",
                 "date": None, "level": "ministry", "region": "全国", "doc_type": "解读",
                 "effective": None, "expires": None, "attachments": [],
                 "interprets": {"title": B_SUBJ, "doc_number": B_NO}},
        "clauses": [q + a for q, a in B_JD],
        "applies_to": {"default": ["全国"], "问3": ["the 4 自贸试验区 片区 of 三、"]},
        "_note": "解读 appended on a new page after the 公告's attachment. Ideal: a separate document with no 文号 of its own (taking 海关总署公告2024年第128号 as its doc_number is medium; as 'interprets' fine). 问+答 as one clause ideal, two clauses tolerable; losing either is not. '（海关总署监管司）' signature line is furniture. If the reader keeps it within the 公告, the Q&A must at least not be glued to the last 口岸 table row (high if a row is polluted).",
    }]


# ============================================================ (c) 国务院办公厅 复函
C_NO = "国办函〔2024〕96号"
C_TITLE = "国务院办公厅关于同意中国（广西）自由贸易试验区钦州港片区扩展区域的复函"
C_MAIN = "广西壮族自治区人民政府："
C_OPS = [
    ("p", "你区《关于中国（广西）自由贸易试验区钦州港片区扩区的请示》（桂政报〔2024〕21号）收悉。经国务院同意，现函复如下："),
    ("p", "一、同意中国（广西）自由贸易试验区钦州港片区扩展区域，扩展面积12.36平方公里，扩区后钦州港片区面积由58.19平方公里调整为70.55平方公里。扩展区域具体四至范围见附件。"),
    ("p", "二、扩展区域的开发建设要符合国土空间规划，严守耕地和永久基本农田、生态保护红线，不得占用大榄坪港区以外的自然岸线，不涉及新增建设用地指标。"),
    ("p", "三、广西壮族自治区人民政府要加强组织领导，指导钦州市人民政府做好扩展区域的规划建设和管理，重点发展面向东盟的港航物流、国际贸易和绿色化工产业，服务西部陆海新通道和共建“一带一路”。"),
    ("p", "四、商务部要会同有关部门加强指导和协调，及时总结评估钦州港片区扩区建设成效，重大问题及时向国务院请示报告。"),
]
C_ATT = "中国（广西）自由贸易试验区钦州港片区扩展区域四至范围"
C_HEAD = ["区块", "面积（平方公里）", "四至范围"]
C_ROWS = [
    ["大榄坪南区块", "7.84", "东至大榄坪港区7号泊位，南至钦州湾海岸线，西至鹰岭路，北至中马大道"],
    ["三墩区块", "4.52", "东至三墩公路，南至三墩作业区南端，西至钦州湾航道，北至滨海大道"],
]


def build_c(path):
    doc = Doc()
    letter_masthead(doc, "国务院办公厅", C_NO)
    doc.title(C_TITLE)
    doc.plain(C_MAIN, indent=0)
    render(doc, C_OPS)
    doc.blank(1)
    doc.plain("附件：" + C_ATT, indent=2)
    doc.blank(1)
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(64)
    font(p.add_run("国务院办公厅"), FS, 16)
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(64)
    font(p.add_run("2024年7月18日"), FS, 16)
    doc.blank(1)
    doc.plain("（此件公开发布）", indent=2)
    letter_bottom_rule(doc)
    doc.plain("附件", HT, indent=0, align=WD_ALIGN_PARAGRAPH.LEFT, pagebreak=True)
    doc.blank(1)
    doc.title(C_ATT)
    table(doc, C_HEAD, C_ROWS, [34, 30, 96])
    doc.banji("抄送：商务部、自然资源部、生态环境部、交通运输部、海关总署，钦州市人民政府。", "国务院办公厅秘书局", "2024年7月19日印发")
    doc.save(path)


def expected_c():
    return [{
        "meta": {"title": C_TITLE, "doc_number": C_NO, "issuer": ["国务院办公厅"], "date": "2024-07-18",
                 "level": "state_council", "region": "广西壮族自治区", "doc_type": "复函",
                 "effective": "2024-07-18", "expires": None, "attachments": [C_ATT],
                 "addressees": ["广西壮族自治区人民政府"],
                 "responds_to": "《关于中国（广西）自由贸易试验区钦州港片区扩区的请示》（桂政报〔2024〕21号）",
                 "cc": ["商务部", "自然资源部", "生态环境部", "交通运输部", "海关总署", "钦州市人民政府"],
                 "printed_by": "国务院办公厅秘书局", "printed": "2024-07-19", "remarks": "（此件公开发布）"},
        "clauses": clauses_of(C_OPS) + [rowclause(C_HEAD, r) for r in C_ROWS],
        "applies_to": {
            "default": ["中国（广西）自由贸易试验区钦州港片区（扩展区域）", "广西壮族自治区钦州市"],
            "一、": ["中国（广西）自由贸易试验区钦州港片区扩展区域"],
            "二、": ["扩展区域 (大榄坪港区)"],
            "三、": ["广西壮族自治区", "钦州市"],
            "四、": ["全国 / 商务部 duty — tolerable as 钦州港片区"],
            "附件 rows": ["大榄坪南区块", "三墩区块 (both in 钦州港片区, 钦州市)"],
            "never": ["全国 as the scope of the 复函", "北京市", "东盟 (a market, not a place the clause applies)"],
        },
        "_note": "State Council 办公厅 复函 in 信函格式: red '国务院办公厅' with a red double rule (thick over thin) beneath, 文号 flush right under it, closing double rule (thin over thick) after the 附注. Level state_council (not ministry), region 广西壮族自治区 — the 复函 is addressed to and about 广西 (钦州), even though it is a national organ's document; '全国' is wrong (high). Furniture: 版头, rules, 文号, 主送 '广西壮族自治区人民政府：', 附件说明, 落款 '国务院办公厅' + date, （此件公开发布）, '附件' marker, attachment title, 版记 (抄送 list; '国务院办公厅秘书局　2024年7月19日印发'), footer '— N —'. The opening '你区《…请示》（桂政报〔2024〕21号）收悉…' is the 缘由 — a clause (tolerable as preamble); 桂政报〔2024〕21号 must NOT become the 文号 and 广西壮族自治区人民政府 must not become an issuer. No 施行 date → effective = 成文日期 (null tolerable). Table rows '区块：…；面积（平方公里）：…；四至范围：…'.",
    }]


def main():
    exp = {}
    for stem, build, expf in (("blind105_全国_四部门合作区指引通知", build_a, expected_a),
                              ("blind105_全国_海关总署铁路快通公告", build_b, expected_b),
                              ("blind105_广西_国办复函钦州港片区扩区", build_c, expected_c)):
        path = os.path.join(HERE, stem + ".docx")
        build(path)
        convert(path)
        exp[stem] = expf()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
