# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 102: Word documents full of fields, as long reports and plans are made.

(a) 四川省发展和改革委员会 川发改开放〔2024〕186号 印发《四川省推动共建“一带一路”高质量发展三年行动计划（2024—2026年）》:
    the plan (附件) opens with an automatic table of contents — a TOC field (begin/instr/separate … end) whose cached
    result is TOC 1 / TOC 2 paragraphs with hyperlinks to _Toc bookmarks, dot-leader tabs and PAGEREF page numbers;
    headings in Heading 1/2 styles; captions made with SEQ fields ("表 1" / "图 1", Caption style); cross references
    made with REF fields ("详见表 1"); w:hyperlink with display text; footer "第 X 页 共 Y 页" from PAGE / NUMPAGES.
(b) 中国（四川）自由贸易试验区川南临港片区管理委员会 泸自贸管发〔2024〕23号 a short 通知 whose 落款 date is a DATE field
    (cached result "2024年8月8日") and whose 主送 line is an unmerged MERGEFIELD placeholder "«单位名称»".

Writes blind102_*.docx, the LibreOffice PDF of each, and expected.json next to itself.
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
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
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


# ============================================================ field machinery, as Word writes it
def _fld(kind):
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), kind); return fc


def _r(parent, fontname=FS, size=16, text=None, child=None, style=None):
    """Append a w:r (with official fonts) to parent (a w:p or w:hyperlink element)."""
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if style:
        rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), style); rpr.append(rs)
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), fontname)
    rpr.append(rf)
    for tag in ("w:sz", "w:szCs"):
        e = OxmlElement(tag); e.set(qn("w:val"), str(int(size * 2))); rpr.append(e)
    r.append(rpr)
    if child is not None:
        r.append(child)
    if text is not None:
        t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text; r.append(t)
    parent.append(r)
    return r


def field(parent, instr, result, fontname=FS, size=16, dirty=False):
    """begin / instrText / separate / cached result / end — five runs, the way Word saves a field."""
    b = _fld("begin")
    if dirty: b.set(qn("w:dirty"), "true")
    _r(parent, fontname, size, child=b)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    _r(parent, fontname, size, child=it)
    _r(parent, fontname, size, child=_fld("separate"))
    _r(parent, fontname, size, text=result)
    _r(parent, fontname, size, child=_fld("end"))


_BM = [100]


def bookmark_start(parent, name):
    _BM[0] += 1
    e = OxmlElement("w:bookmarkStart"); e.set(qn("w:id"), str(_BM[0])); e.set(qn("w:name"), name); parent.append(e)
    return _BM[0]


def bookmark_end(parent, bid):
    e = OxmlElement("w:bookmarkEnd"); e.set(qn("w:id"), str(bid)); parent.append(e)


def hyperlink(doc, p, text, url=None, anchor=None, fontname=FS, size=16):
    h = OxmlElement("w:hyperlink")
    if url:
        rid = doc.d.part.relate_to(url, RT.HYPERLINK, is_external=True)
        h.set(qn("r:id"), rid)
    if anchor:
        h.set(qn("w:anchor"), anchor)
    h.set(qn("w:history"), "1")
    _r(h, fontname, size, text=text, style="Hyperlink")
    p._p.append(h)
    return h


def rich(doc, p, parts, fontname=FS, size=16):
    """parts: str | ('ref', bookmark, shown) | ('link', text, url) | ('seq', kind, n)."""
    for part in parts:
        if isinstance(part, str):
            _r(p._p, fontname, size, text=part)
        elif part[0] == "ref":
            field(p._p, " REF %s \\h " % part[1], part[2], fontname, size)
        elif part[0] == "link":
            hyperlink(doc, p, part[1], url=part[2], fontname=fontname, size=size)


def ensure_styles(doc):
    """toc 1 / toc 2 / Hyperlink — Word's built-in names, written into styles.xml as Word would."""
    styles = doc.d.styles.element
    W = nsdecls("w")
    styles.append(parse_xml(
        f'<w:style {W} w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        f'<w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs>'
        f'<w:spacing w:line="560" w:lineRule="exact"/></w:pPr><w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:style>'))
    styles.append(parse_xml(
        f'<w:style {W} w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        f'<w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs>'
        f'<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:leftChars="200" w:left="640"/></w:pPr></w:style>'))
    styles.append(parse_xml(
        f'<w:style {W} w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/>'
        f'<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'))


def toc(doc, entries):
    """entries: (level, text, anchor, page). The whole TOC field: begin+instr+separate in the first entry's paragraph,
    end in a paragraph of its own after the last entry (as Word 2016 saves it)."""
    for i, (lvl, text, anchor, page) in enumerate(entries):
        p = doc.d.add_paragraph(style="toc %d" % lvl)
        p.paragraph_format.first_line_indent = None
        if i == 0:
            _r(p._p, HT, 16, child=_fld("begin"))
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = ' TOC \\o "1-2" \\h \\z \\u '
            _r(p._p, HT, 16, child=it)
            _r(p._p, HT, 16, child=_fld("separate"))
        h = OxmlElement("w:hyperlink"); h.set(qn("w:anchor"), anchor); h.set(qn("w:history"), "1")
        fn = HT if lvl == 1 else FS
        _r(h, fn, 16, text=text)
        _r(h, fn, 16, child=OxmlElement("w:tab"))
        field(h, " PAGEREF %s \\h " % anchor, str(page), fn, 16)
        p._p.append(h)
    p = doc.d.add_paragraph(); fmt(p, exact=28)
    _r(p._p, HT, 16, child=_fld("end"))


_TOC = [170583210]


def fheading(doc, text, level, name=HT):
    """Heading 1/2 with a _Toc bookmark around its text (what TOC \\h points to). Returns the anchor."""
    p = doc.d.add_paragraph(style="Heading %d" % level)
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 2 if level == 2 else 0, 16)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.first_line_indent = Pt(32)
    _TOC[0] += 7
    anchor = "_Toc%d" % _TOC[0]
    bid = bookmark_start(p._p, anchor)
    r = _r(p._p, name, 16, text=text)
    rpr = r.find(qn("w:rPr"))
    c = OxmlElement("w:color"); c.set(qn("w:val"), "000000"); rpr.append(c)
    for tag in ("w:b", "w:i"):
        e = OxmlElement(tag); e.set(qn("w:val"), "0"); rpr.append(e)
    bookmark_end(p._p, bid)
    return anchor


def seq_caption(doc, kind, n, text, bm):
    """'表 1 主要目标指标' in Caption style: bookmark _Ref… around '表 {SEQ 表 \\* ARABIC}' (label+number, Word's default)."""
    p = doc.d.add_paragraph(style="Caption")
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, size=14, before=6, after=3)
    bid = bookmark_start(p._p, bm)
    _r(p._p, HT, 14, text=kind + " ")
    field(p._p, " SEQ %s \\* ARABIC " % kind, str(n), HT, 14)
    bookmark_end(p._p, bid)
    _r(p._p, HT, 14, text=" " + text)
    for r in p._p.findall(qn("w:r")):
        rpr = r.find(qn("w:rPr")); c = OxmlElement("w:color"); c.set(qn("w:val"), "000000"); rpr.append(c)
        e = OxmlElement("w:i"); e.set(qn("w:val"), "0"); rpr.append(e)
    return p


def body(doc, parts, indent=2):
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent, 16)
    if isinstance(parts, str): parts = [parts]
    rich(doc, p, parts)
    return p


def footer_page_of(doc):
    """'第 X 页 共 Y 页' centred, PAGE and NUMPAGES fields; same footer on odd and even pages."""
    doc.d.settings.odd_and_even_pages_header_footer = False
    s = doc.d.sections[0]
    for ft in (s.footer, s.even_page_footer):
        p = ft.paragraphs[0]
        for r in list(p._p.findall(qn("w:r"))): p._p.remove(r)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.left_indent = None; p.paragraph_format.right_indent = None
        _r(p._p, SONG, 14, text="第 ")
        field(p._p, " PAGE  \\* Arabic ", "1", SONG, 14)
        _r(p._p, SONG, 14, text=" 页 共 ")
        field(p._p, " NUMPAGES  \\* Arabic ", "7", SONG, 14)
        _r(p._p, SONG, 14, text=" 页")


def chart_png(path):
    from PIL import Image, ImageDraw, ImageFont
    f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 26)
    im = Image.new("RGB", (1200, 640), "white"); dr = ImageDraw.Draw(im)
    data = [("东盟", 1562), ("欧盟", 1138), ("中亚五国", 412), ("西亚北非", 367), ("南亚", 298), ("其他", 351)]
    mx = max(v for _, v in data)
    for i, (k, v) in enumerate(data):
        x = 90 + i * 180; h = int(460 * v / mx)
        dr.rectangle([x, 560 - h, x + 110, 560], fill=(192, 0, 0))
        dr.text((x + 5, 528 - h), str(v), font=f, fill="black")
        dr.text((x, 575), k, font=f, fill="black")
    dr.line([60, 560, 1160, 560], fill="black", width=2)
    dr.text((60, 20), "单位：亿元", font=f, fill="black")
    im.save(path)


# ============================================================ (a) 四川 三年行动计划
A_ORG = "四川省发展和改革委员会"
A_DOCNO = "川发改开放〔2024〕186号"
A_PLAN = "四川省推动共建“一带一路”高质量发展三年行动计划（2024—2026年）"
A_TITLE = "四川省发展和改革委员会关于印发《%s》的通知" % A_PLAN
A_COVER = [
    "为深入贯彻落实习近平总书记在第三届“一带一路”国际合作高峰论坛上的主旨演讲精神，推动我省更深层次融入共建“一带一路”，经省推进“一带一路”建设工作领导小组同意，现将《%s》印发给你们，请结合实际认真贯彻落实。" % A_PLAN,
    "各地各部门贯彻落实情况请于每年12月10日前报送省发展改革委（对外开放处）。",
]
TB1_H = ["指标名称", "2023年基数", "2026年目标", "牵头单位"]
TB1 = [
    ["对共建“一带一路”国家进出口额（亿元）", "4128", "5200", "省商务厅"],
    ["中欧班列（成渝）四川开行量（列/年）", "2650", "3000", "省口岸物流办"],
    ["西部陆海新通道班列开行量（列/年）", "1120", "1600", "省口岸物流办"],
    ["在共建国家新签对外承包工程合同额（亿美元）", "86", "100", "省商务厅"],
]
TB2_H = ["序号", "项目名称", "建设地点", "总投资（亿元）", "建设年限"]
TB2 = [
    ["1", "成都国际铁路港多式联运枢纽扩能工程", "成都市青白江区", "48.6", "2024—2026年"],
    ["2", "泸州港多用途码头三期工程", "泸州市龙马潭区", "21.3", "2024—2025年"],
    ["3", "宜宾港志城作业区二期工程", "宜宾市翠屏区", "17.9", "2025—2026年"],
]


def build_a(path):
    doc = Doc(); ensure_styles(doc); footer_page_of(doc)
    doc.masthead(A_ORG + "文件", 30, A_DOCNO)
    doc.title("四川省发展和改革委员会\n关于印发《四川省推动共建“一带一路”高质量发展三年行动计划（2024—2026年）》的通知".replace("\n", ""))
    doc.plain("各市（州）发展改革委，省级有关部门：", indent=0)
    for t in A_COVER: doc.plain(t)
    doc.blank()
    p = doc.plain("附件：%s" % A_PLAN)
    doc.sign(A_ORG, "2024年7月16日")
    doc.blank()
    doc.plain("（此件公开发布）")
    # ---- attachment
    doc.plain("附件", name=HT, indent=0, pagebreak=True)
    doc.blank()
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    font(p.add_run(A_PLAN), XBS, 22)
    doc.blank()
    p = doc.d.add_paragraph(style="TOC Heading"); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, 16)
    r = p.add_run("目\u3000\u3000录"); font(r, HT, 16, color=RGBColor(0, 0, 0))
    # headings first collected so TOC anchors match
    H = [(1, "一、总体要求"), (2, "（一）指导思想"), (2, "（二）主要目标"), (1, "二、重点任务"), (2, "（一）畅通国际物流大通道"),
         (2, "（二）拓展多元经贸合作"), (2, "（三）推进重大项目建设"), (1, "三、保障措施"), (2, "（一）加强组织领导"),
         (2, "（二）强化要素保障"), (2, "（三）加强监测评估")]
    pages = [4, 4, 4, 4, 4, 5, 6, 6, 6, 6, 7]
    anchors = ["_Toc%d" % (_TOC[0] + 7 * (i + 1)) for i in range(len(H))]
    toc(doc, [(lv, t, a, pg) for (lv, t), a, pg in zip(H, anchors, pages)])
    it = iter(H)
    def hd():
        lv, t = next(it); fheading(doc, t, lv, HT if lv == 1 else KT)
    p = doc.d.add_paragraph(); p.paragraph_format.page_break_before = True; fmt(p, exact=12)
    hd(); hd()
    body(doc, A_BODY[0])
    hd()
    body(doc, ["到2026年，我省与共建“一带一路”国家贸易投资合作规模稳步扩大，国际物流通道体系更加完善，一批标志性工程和“小而美”民生项目落地见效。主要指标详见", ("ref", "_Ref170583301", "表 1"), "。"])
    seq_caption(doc, "表", 1, "主要目标指标", "_Ref170583301")
    table(doc, TB1_H, TB1, [62, 30, 30, 36])
    hd(); hd()
    for t in A_BODY[1]: body(doc, t)
    hd()
    body(doc, ["深耕东盟、欧盟等重点市场，积极开拓中亚、西亚北非、拉美等新兴市场。2023年全省对共建国家进出口区域分布见", ("ref", "_Ref170583302", "图 1"), "。"])
    for t in A_BODY[2]: body(doc, t)
    png = os.path.join(HERE, "_chart102.png"); chart_png(png)
    p = doc.d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(png, width=Mm(140)); os.remove(png)
    seq_caption(doc, "图", 1, "2023年四川对共建“一带一路”国家进出口区域分布", "_Ref170583302")
    hd()
    body(doc, ["滚动实施“一带一路”重大项目库，2024—2026年每年遴选省级重点项目不少于30个，优先保障用地、用能和资金需求。首批重点项目见", ("ref", "_Ref170583303", "表 2"), "，项目进展情况纳入", ("ref", "_Ref170583301", "表 1"), "指标同步监测。"])
    seq_caption(doc, "表", 2, "首批“一带一路”重点项目清单", "_Ref170583303")
    table(doc, TB2_H, TB2, [14, 62, 32, 26, 28])
    hd(); hd()
    body(doc, A_BODY[3][0])
    hd()
    body(doc, ["省级财政统筹安排开放型经济发展资金，对符合条件的项目给予支持。相关政策清单在", ("link", "四川省发展和改革委员会门户网站", "https://fgw.sc.gov.cn/"), "“对外开放”专栏同步公开，企业可通过", ("link", "https://www.investsc.cn/", "https://www.investsc.cn/"), "在线申报。"])
    body(doc, A_BODY[3][1])
    hd()
    for t in A_BODY[4]: body(doc, t)
    doc.banji("抄送：国家发展改革委一带一路建设促进中心，省推进“一带一路”建设工作领导小组成员单位。",
              "四川省发展和改革委员会办公室", "2024年7月17日印发")
    doc.save(path)


A_BODY = [
    "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，立足“四向拓展、全域开放”立体全面开放格局，以高标准、可持续、惠民生为目标，推动共建“一带一路”高质量发展走深走实。",
    ["1.加快西部陆海新通道建设。推动成都至北部湾港铁海联运班列常态化开行，到2026年西部陆海新通道班列开行量达到1600列/年。",
     "2.提升中欧班列（成渝）运营质效。优化成都国际铁路港集结中心功能，拓展至中亚、欧洲的直达线路，年开行量稳定在3000列以上。",
     "3.发展长江黄金水道航运。支持泸州港、宜宾港建设区域性航运中心，推广“一单制”多式联运。"],
    ["1.扩大优势产品出口。支持电子信息、装备制造、特色农产品等企业参加共建国家重点展会，每年组织境外展会不少于40场次。",
     "2.推动服务贸易创新发展。依托中国（四川）自由贸易试验区，发展跨境电商、数字贸易和国际工程服务。"],
    ["加强省推进“一带一路”建设工作领导小组统筹协调，各成员单位按照职责分工落实各项任务，各市（州）制定具体落实措施。",
     "金融机构加大对境外项目的信贷支持，鼓励中国出口信用保险公司四川分公司扩大短期险承保规模。"],
    ["建立行动计划年度监测评估机制，省发展改革委会同有关部门每年对目标任务完成情况进行评估，评估结果报省委、省政府。",
     "本行动计划自印发之日起施行，有效期至2026年12月31日。"],
]


def rowclause(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row))


def expected_a():
    cl = list(A_COVER)
    cl.append(A_BODY[0])
    cl.append("到2026年，我省与共建“一带一路”国家贸易投资合作规模稳步扩大，国际物流通道体系更加完善，一批标志性工程和“小而美”民生项目落地见效。主要指标详见表 1。")
    cl += [rowclause(TB1_H, r) for r in TB1]
    cl += A_BODY[1]
    cl.append("深耕东盟、欧盟等重点市场，积极开拓中亚、西亚北非、拉美等新兴市场。2023年全省对共建国家进出口区域分布见图 1。")
    cl += A_BODY[2]
    cl.append("滚动实施“一带一路”重大项目库，2024—2026年每年遴选省级重点项目不少于30个，优先保障用地、用能和资金需求。首批重点项目见表 2，项目进展情况纳入表 1指标同步监测。")
    cl += [rowclause(TB2_H, r) for r in TB2]
    cl.append(A_BODY[3][0])
    cl.append("省级财政统筹安排开放型经济发展资金，对符合条件的项目给予支持。相关政策清单在四川省发展和改革委员会门户网站“对外开放”专栏同步公开，企业可通过https://www.investsc.cn/在线申报。")
    cl.append(A_BODY[3][1])
    cl += A_BODY[4]
    return [{
        "meta": {"title": A_TITLE, "doc_number": A_DOCNO, "issuer": [A_ORG], "date": "2024-07-16", "level": "provincial",
                 "region": "四川省", "effective": "2024-07-16", "expires": "2026-12-31", "attachments": [A_PLAN],
                 "addressees": ["各市（州）发展改革委", "省级有关部门"],
                 "cc": ["国家发展改革委一带一路建设促进中心", "省推进“一带一路”建设工作领导小组成员单位"], "printed": "2024-07-17"},
        "clauses": cl,
        "_note": "Furniture: 版头, 文号, 主送, 附件说明, 落款/date, （此件公开发布）, '附件' marker and the plan's own title, the whole "
                 "'目　录' block (TOC field: 11 TOC 1/TOC 2 entries '一、总体要求……3' with PAGEREF page numbers — NONE of it may become a clause, "
                 "and no heading may be duplicated from it), headings (Heading 1/2 — labels, not clauses), captions '表 1 主要目标指标' / "
                 "'图 1 2023年…区域分布' (SEQ fields), the picture, 版记, footer '第 X 页 共 Y 页'. Field codes (TOC \\o, PAGEREF _Toc…, "
                 "SEQ 表 \\* ARABIC, REF _Ref… \\h, PAGE, NUMPAGES, HYPERLINK) must never appear in text; cross references must read "
                 "'详见表 1' / '见图 1' (the cached results), hyperlinks must keep their display text. Labels: 一/（一）, 二/（一）/1. etc. "
                 "The two （一）…（三） lists restart under 一/二/三. Tolerable: '表 1' vs '表1' spacing; caption kept as a table heading; "
                 "table rows labelled by the caption; the attachment split off as its own document if labels survive; effective null "
                 "(自印发之日起施行 = 2024-07-16).",
    }]


# ============================================================ (b) 泸州 川南临港片区 通知 (DATE + MERGEFIELD)
B_ORG = "中国（四川）自由贸易试验区川南临港片区管理委员会"
B_DOCNO = "泸自贸管发〔2024〕23号"
B_TITLE = B_ORG + "关于开展2024年度制度创新案例征集工作的通知"
B_ATT = ["2024年度制度创新案例申报表", "制度创新案例撰写提纲"]


def build_b(path):
    doc = Doc()
    ensure_styles(doc)
    doc.masthead(B_ORG, 26, B_DOCNO)
    doc.title(B_TITLE)
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, 0, 16)
    field(p._p, " MERGEFIELD 单位名称 ", "«单位名称»")
    _r(p._p, FS, 16, text="：")
    doc.plain("为深入实施自由贸易试验区提升战略，及时总结推广川南临港片区改革试点经验，更好服务共建“一带一路”和长江经济带发展，现就开展2024年度制度创新案例征集工作通知如下。")
    doc.plain("一、征集范围", name=HT)
    doc.plain("2023年9月以来在片区内率先探索、已实际落地并取得明显成效的制度创新举措，重点包括投资贸易便利化、金融开放创新、港口物流和多式联运、服务共建“一带一路”国家经贸合作等领域。")
    doc.plain("二、报送要求", name=HT)
    doc.plain("（一）各单位报送案例原则上不超过3个，每个案例字数控制在3000字以内，须附相关政策文件和成效数据。")
    p = body(doc, ["（二）请于2024年9月20日前将申报表（加盖公章）扫描件及案例文本电子版发送至", ("link", "片区制度创新局工作邮箱", "mailto:lzzmq_zdcx@163.com"), "（lzzmq_zdcx@163.com），逾期不予受理。"])
    doc.plain("三、评选及推广", name=HT)
    doc.plain("片区管委会将组织专家对报送案例进行评审，评选出“最佳制度创新案例”10个，择优向省自贸办推荐，并在片区范围内复制推广。")
    doc.plain("联系人：王敏，电话：0830-3126475。")
    doc.blank()
    doc.plain("附件：1．" + B_ATT[0])
    p = doc.plain("2．" + B_ATT[1]); p.paragraph_format.first_line_indent = Pt(80)
    doc.blank(2)
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT)
    font(p.add_run(B_ORG), FS, 16)
    p = doc.d.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT); p.paragraph_format.right_indent = Pt(64)
    field(p._p, ' DATE \\@ "yyyy年M月d日" ', "2024年8月8日")
    doc.blank()
    doc.plain("（此件主动公开）")
    doc.banji("抄送：中国（四川）自由贸易试验区工作办公室，泸州市商务局。", "川南临港片区管委会党政办公室", "2024年8月8日印发")
    doc.save(path)


def expected_b():
    return [{
        "meta": {"title": B_TITLE, "doc_number": B_DOCNO, "issuer": [B_ORG], "date": "2024-08-08", "level": "municipal",
                 "region": "四川省泸州市（中国（四川）自由贸易试验区川南临港片区）", "effective": None, "expires": None,
                 "attachments": B_ATT, "addressees": [], "deadline": "2024-09-20",
                 "cc": ["中国（四川）自由贸易试验区工作办公室", "泸州市商务局"], "printed": "2024-08-08"},
        "clauses": [
            "为深入实施自由贸易试验区提升战略，及时总结推广川南临港片区改革试点经验，更好服务共建“一带一路”和长江经济带发展，现就开展2024年度制度创新案例征集工作通知如下。",
            "2023年9月以来在片区内率先探索、已实际落地并取得明显成效的制度创新举措，重点包括投资贸易便利化、金融开放创新、港口物流和多式联运、服务共建“一带一路”国家经贸合作等领域。",
            "（一）各单位报送案例原则上不超过3个，每个案例字数控制在3000字以内，须附相关政策文件和成效数据。",
            "（二）请于2024年9月20日前将申报表（加盖公章）扫描件及案例文本电子版发送至片区制度创新局工作邮箱（lzzmq_zdcx@163.com），逾期不予受理。",
            "片区管委会将组织专家对报送案例进行评审，评选出“最佳制度创新案例”10个，择优向省自贸办推荐，并在片区范围内复制推广。",
            "联系人：王敏，电话：0830-3126475。",
        ],
        "_note": "Furniture: 版头 (organ name without '文件'), 文号, 主送 line '«单位名称»：' (an unmerged MERGEFIELD — its cached result is the "
                 "placeholder; addressees should be empty or the placeholder, never a clause, and 'MERGEFIELD 单位名称' must never appear), "
                 "附件说明 (two attachments), 落款, the date (a DATE field \\@ \"yyyy年M月d日\", cached '2024年8月8日' in the .docx; LibreOffice "
                 "RE-EVALUATES DATE fields, so the PDF may print the conversion day — then the PDF's date is what the page shows and "
                 "版记 '2024年8月8日印发' is the only 2024-08-08 on it; note it, don't blame the reader), （此件主动公开）, 版记, footer '— N —'. "
                 "Labels 一/二/三, 二（一）/二（二）. '联系人' line tolerable as its own clause or folded into 三. date from the docx must be "
                 "2024-08-08, not the conversion day and not 2024-09-20 (a deadline).",
    }]


def main():
    exp = {}
    for stem, build, expf in (("blind102_四川_一带一路三年行动计划", build_a, expected_a), ("blind102_泸州_制度创新案例征集通知", build_b, expected_b)):
        path = os.path.join(HERE, stem + ".docx")
        build(path)
        convert(path)
        exp[stem] = expf()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
