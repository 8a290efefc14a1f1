# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 376: customs (海关总署公告 + 直属海关通知) on 综合保税区."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)

FW = "\u3000"  # full-width space


# ---------------------------------------------------------------- helpers
def set_run_font(r, font=FS, size=16, bold=False, color=None, superscript=False):
    r.font.size = Pt(size)
    r.font.bold = bold
    r.font.name = "Times New Roman"
    rPr = r._element.get_or_add_rPr()
    rFonts = rPr.get_or_add_rFonts()
    rFonts.set(qn("w:eastAsia"), font)
    rFonts.set(qn("w:hint"), "eastAsia")
    if color is not None:
        r.font.color.rgb = color
    if superscript:
        r.font.superscript = True
    return r


def fmt_para(p, align=None, first_indent=True, line=28, before=0, after=0,
             left_indent=None, right_indent=None, size=16):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        pf.first_line_indent = Pt(size * 2)
    if left_indent is not None:
        pf.left_indent = left_indent
    if right_indent is not None:
        pf.right_indent = right_indent
    if align is not None:
        p.alignment = align
    # keep CJK line grid off so LibreOffice line spacing is predictable
    pPr = p._p.get_or_add_pPr()
    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "0")
    pPr.append(snap)
    return p


def bottom_border(p, color="E60012", sz=18):
    pPr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    pPr.append(pbdr)


def top_bottom_border(p, top=True, bottom=True, sz=8):
    pPr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    for side, on in (("top", top), ("bottom", bottom)):
        if on:
            b = OxmlElement("w:%s" % side)
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), str(sz))
            b.set(qn("w:space"), "1")
            b.set(qn("w:color"), "000000")
            pbdr.append(b)
    pPr.append(pbdr)


def add_page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run_font(p.add_run("— "), SONG, 14)
    r = p.add_run()
    set_run_font(r, SONG, 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r2 = p.add_run()
    set_run_font(r2, SONG, 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._element.append(it)
    r3 = p.add_run()
    set_run_font(r3, SONG, 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r3._element.append(f2)
    r4 = p.add_run("1")
    set_run_font(r4, SONG, 14)
    r5 = p.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r5._element.append(f3)
    set_run_font(p.add_run(" —"), SONG, 14)


def set_cell_border_none(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:%s" % side)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def set_table_borders(table, sz=4):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:%s" % side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)


def set_widths(table, widths):
    tbl = table._tbl
    tblPr = tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths) * 567)))
    tw.set(qn("w:type"), "dxa")
    old = tblPr.find(qn("w:tblW"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(tw)
    grid = tbl.tblGrid
    for gc, wd in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(wd * 567)))
    for row in table.rows:
        for ci, wd in enumerate(widths):
            try:
                row.cells[ci].width = Cm(wd)
            except IndexError:
                pass


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    fmt_para(p, align=align, first_indent=False, line=20)
    set_run_font(p.add_run(text), font, size, bold)


# schema child order, so Word opens the file without complaint
ORDER = {
    "pPr": ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
            "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
            "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
            "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
            "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
            "rPr", "sectPr", "pPrChange"],
    "rPr": ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
            "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
            "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
            "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"],
    "tblPr": ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
              "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar",
              "tblLook"],
    "tcPr": ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
             "textDirection", "tcFitText", "vAlign", "hideMark"],
}


def fix_order(root):
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for tag, order in ORDER.items():
        for el in root.iter(W + tag):
            kids = list(el)
            def key(k):
                name = k.tag.replace(W, "")
                return order.index(name) if name in order else len(order)
            kids_sorted = sorted(kids, key=key)
            if kids_sorted != kids:
                for k in kids:
                    el.remove(k)
                for k in kids_sorted:
                    el.append(k)


# ---------------------------------------------------------------- builder
class Builder:
    def __init__(self, stem):
        self.stem = stem
        self.doc = Document()
        self.objects = []
        self.footnotes = []
        self.next_num_id = 90
        sec = self.doc.sections[0]
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
        sec.top_margin = Cm(3.7)
        sec.bottom_margin = Cm(3.5)
        sec.left_margin = Cm(2.8)
        sec.right_margin = Cm(2.6)
        sec.footer_distance = Cm(2.5)
        add_page_number_footer(sec)
        # Normal style: 仿宋 三号
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(16)
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)

    # -- document objects
    def start(self, meta):
        self.objects.append({"meta": meta, "clauses": []})

    def add_clause(self, text):
        self.objects[-1]["clauses"].append(text.strip().strip(FW).strip())

    # -- paragraphs
    def empty(self, n=1, line=28):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt_para(p, first_indent=False, line=line)

    def para(self, segs, clause=True, align=None, first_indent=True, num=None,
             num_prefix="", left_indent=None, line=28, size=16, right_indent=None):
        """segs: list of str | (text, font, bold) | ('FN', note) | ('BR',)."""
        p = self.doc.add_paragraph()
        fmt_para(p, align=align, first_indent=first_indent and num is None, line=line,
                 left_indent=left_indent, right_indent=right_indent, size=size)
        if num is not None:
            pPr = p._p.get_or_add_pPr()
            numPr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl")
            il.set(qn("w:val"), "0")
            ni = OxmlElement("w:numId")
            ni.set(qn("w:val"), str(num))
            numPr.append(il)
            numPr.append(ni)
            pPr.insert(0, numPr)
        key = num_prefix
        for s in segs:
            if isinstance(s, str):
                set_run_font(p.add_run(s), FS, size)
                key += s
            elif s[0] == "FN":
                self._footnote_ref(p, s[1])
            elif s[0] == "BR":
                r = p.add_run()
                r.add_break(WD_BREAK.LINE)
            else:
                text, font, bold = s
                set_run_font(p.add_run(text), font, size, bold)
                key += text
        if clause:
            self.add_clause(key)
        return p

    def heading(self, text, font=HT, align=None, first_indent=True, size=16, line=28):
        p = self.doc.add_paragraph()
        fmt_para(p, align=align, first_indent=first_indent, line=line, size=size)
        set_run_font(p.add_run(text), font, size)
        return p

    def title(self, lines, size=22, line=35):
        for t in lines:
            p = self.doc.add_paragraph()
            fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=line)
            set_run_font(p.add_run(t), XBS, size)

    def page_break(self):
        p = self.doc.add_paragraph()
        fmt_para(p, first_indent=False)
        p.add_run().add_break(WD_BREAK.PAGE)

    # -- red header
    def red_header(self, organ_text, size=48, spacing=None):
        self.empty(2)
        p = self.doc.add_paragraph()
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=60)
        r = set_run_font(p.add_run(organ_text), XBS, size, color=RED)
        if spacing:
            rPr = r._element.get_or_add_rPr()
            sp = OxmlElement("w:spacing")
            sp.set(qn("w:val"), str(spacing))
            rPr.append(sp)

    def red_line(self, text="", align=WD_ALIGN_PARAGRAPH.CENTER):
        p = self.doc.add_paragraph()
        fmt_para(p, align=align, first_indent=False, line=30, after=6)
        if text:
            set_run_font(p.add_run(text), FS, 16)
        bottom_border(p)
        return p

    # -- footnotes
    def _footnote_ref(self, p, note):
        fid = len(self.footnotes) + 1
        self.footnotes.append((fid, note))
        r = p.add_run()
        set_run_font(r, FS, 16)
        r._element.get_or_add_rPr().append(parse_xml('<w:vertAlign %s w:val="superscript"/>' % nsdecls("w")))
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(fid))
        r._element.append(ref)

    def _write_footnotes_part(self):
        if not self.footnotes:
            return
        w = nsdecls("w")
        parts = [
            '<w:footnotes %s>' % w,
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for fid, note in self.footnotes:
            parts.append(
                '<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0" w:line="280" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>'
                '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/><w:vertAlign w:val="superscript"/><w:sz w:val="21"/></w:rPr><w:footnoteRef/></w:r>'
                '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                % (fid, SONG, SONG, note)
            )
        parts.append("</w:footnotes>")
        blob = "".join(parts).encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)

    # -- Word numbering "（一）"
    def new_numbering(self, fmt="chineseCounting", text="（%1）", indent_twips=640):
        numbering = self.doc.part.numbering_part.element
        nid = self.next_num_id
        self.next_num_id += 1
        absxml = (
            '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="nothing"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/><w:b/><w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>'
            % (nsdecls("w"), nid, fmt, text, indent_twips, KT)
        )
        absel = parse_xml(absxml)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absel)
        else:
            numbering.append(absel)
        numel = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), nid, nid))
        numbering.append(numel)
        return nid

    # -- data table -> clauses
    def data_table(self, header, rows, widths, merges=(), font_size=12, header_repeat=True,
                   align_cols=None):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        set_table_borders(t)
        t.autofit = False
        for i, h in enumerate(header):
            cell_text(t.rows[0].cells[i], h, HT, font_size)
        if header_repeat:
            repeat_header(t.rows[0])
        merged_cells = set()
        for (c, r0, r1) in merges:  # column, first data row idx, last data row idx
            top = t.cell(1 + r0, c)
            m = top.merge(t.cell(1 + r1, c))
            for rr in range(r0, r1 + 1):
                merged_cells.add((rr, c))
            cell_text(m, rows[r0][c], FS, font_size,
                      align=(align_cols or {}).get(c, WD_ALIGN_PARAGRAPH.CENTER))
            # vertical centre
            tcPr = m._tc.get_or_add_tcPr()
            va = OxmlElement("w:vAlign")
            va.set(qn("w:val"), "center")
            tcPr.append(va)
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                if (ri, ci) in merged_cells:
                    continue
                cell_text(t.cell(1 + ri, ci), val, FS, font_size,
                          align=(align_cols or {}).get(ci, WD_ALIGN_PARAGRAPH.CENTER))
            self.add_clause("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        set_widths(t, widths)
        return t

    def banji(self, chaosong, yinfa_org, yinfa_date):
        """版记：抄送 + 印发 between black lines (not clauses)."""
        self.empty(2)
        p = self.doc.add_paragraph()
        fmt_para(p, first_indent=False, line=28, left_indent=Pt(14), right_indent=Pt(14))
        set_run_font(p.add_run(chaosong), FS, 14)
        top_bottom_border(p, top=True, bottom=True, sz=6)
        p2 = self.doc.add_paragraph()
        fmt_para(p2, first_indent=False, line=28, left_indent=Pt(14), right_indent=Pt(14))
        set_run_font(p2.add_run(yinfa_org), FS, 14)
        set_run_font(p2.add_run(FW * 6 + " " * 7), FS, 14)
        set_run_font(p2.add_run(yinfa_date), FS, 14)
        top_bottom_border(p2, top=False, bottom=True, sz=8)

    def save(self, outdir):
        self._write_footnotes_part()
        fix_order(self.doc.element)
        for sec in self.doc.sections:
            fix_order(sec.footer._element)
        path = os.path.join(outdir, self.stem + ".docx")
        self.doc.save(path)
        return path


def hb(text):  # 黑体 run-in heading
    return (text, HT, False)


def kb(text):  # 楷体 bold run-in heading
    return (text, KT, True)


def fsb(text):  # 仿宋 bold (typed bold in body font)
    return (text, FS, True)


# ================================================================ document 1
def make_gonggao():
    b = Builder("blind376_haiguan_gonggao")
    title = "关于进一步促进综合保税区高水平开放高质量发展若干监管措施的公告"
    b.start({
        "title": title,
        "doc_number": "海关总署公告2026年第18号",
        "issuer": ["海关总署"],
        "date": "2026-03-12",
        "published": None,
        "level": "national",
        "region": "全国",
        "effective": "2026-04-01",
        "expires": None,
        "attachments": ["综合保税区保税维修产品目录（2026年版）"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": "《关于综合保税区内开展保税维修业务有关事项的公告》（海关总署公告2022年第39号）",
    })
    b.red_header("中华人民共和国海关总署", size=36, spacing=20)
    b.empty(1)
    b.red_line("海关总署公告2026年第18号")
    b.empty(1)
    # title typed over two paragraphs, second starts mid-phrase
    b.title(["关于进一步促进综合保税区高水平开放", "高质量发展若干监管措施的公告"])
    b.empty(1)

    b.para(["为深入贯彻党中央、国务院关于推动综合保税区高质量发展的决策部署，落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）有关要求，进一步发挥综合保税区开放平台作用，支持区内企业拓展保税维修、研发设计、委托加工等业务，海关总署决定在全国综合保税区实施以下监管措施。现将有关事项公告如下："])

    b.para([hb("一、扩大保税维修产品范围。"),
            "综合保税区内企业（以下简称区内企业）可以开展《综合保税区保税维修产品目录（2026年版）》（见附件，以下简称《目录》）所列产品的保税维修业务。《目录》实行动态调整，由海关总署会同商务部、生态环境部适时发布。"])
    b.para([hb("二、规范保税维修业务管理。"), "区内企业开展保税维修业务，应当遵守以下规定："])
    b.para(["（一）维修业务应当纳入海关特殊监管区域信息化辅助管理系统实施电子账册管理，待维修货物、已维修货物、维修用料件以及维修过程中替换下的旧件、坏件应当分段管理；"])
    b.para(["（二）待维修货物从境外进入区内的，区内企业应当向海关如实申报，监管方式为“保税维修”（代码1371）；"])
    b.para(["（三）已维修货物应当复运出境或者复运回境内区外，原则上不得在境内销售；确需内销的，按照进口货物有关规定办理手续；"])
    b.para(["（四）维修过程中替换下的旧件、坏件，属于固体废物的，应当按照《中华人民共和国固体废物污染环境防治法》有关规定处置，不得擅自内销；"])
    b.para(["（五）区内企业应当建立维修台账，如实记录货物进出、维修、库存等情况，台账保存期限不少于3年。"])
    b.para([hb("三、支持开展保税研发业务。"),
            "区内企业以有形料件、试剂、耗材及样品（以下统称研发料件）开展研发业务的，研发料件予以保税。研发成品及研发过程中产生的边角料、残次品、废品，按照以下方式处置："])
    b.para(["1.复运出境的，按照出口货物有关规定办理；"])
    b.para(["2.销往境内区外的，按照研发料件或者实际状态征收税款；"])
    b.para(["3.属于固体废物的，按照本公告第二条第（四）项规定处置。"])
    b.para([hb("四、深化区内企业委托加工。"),
            "区内企业可以接受境内区外企业委托开展委托加工业务，境内区外企业可以将其保税料件或者非保税料件交区内企业加工。委托加工产生的边角料、残次品，由区内企业按照海关有关规定办理。"])
    # soft line break typed inside item 五
    b.para([hb("五、优化“分送集报”管理。"),
            "区内企业与境内区外之间进出的货物，可以先凭核放单分批次进出，再在规定期限内以备案清单或者报关单集中办理海关手续。",
            ("BR",),
            "集中申报期限不得超过次月底，且不得跨年度办理。"])
    b.para([hb("六、推进货物按状态分类监管。"),
            "经海关认可的区内仓储物流企业，可以在同一仓库内同时存储保税货物、非保税货物和口岸货物，实行分类标识、分区存放、分账管理。"])
    b.para([hb("七、支持期货保税交割和跨境电商业务。"), "综合保税区可以按照以下要求拓展新业务："])
    b.para(["（一）符合条件的综合保税区可以开展大宗商品期货保税交割、保税仓单质押融资业务；"])
    b.para(["（二）区内企业可以开展跨境电子商务网购保税进口和特殊区域出口业务。网购保税进口商品在综合保税区内完成退货的，可以按规定重新上架销售。"])
    b.para([hb("八、简化区间流转手续。"),
            "综合保税区之间、综合保税区与其他海关特殊监管区域及保税监管场所之间流转的货物，凭保税核注清单办理流转手续，不再办理报关单申报手续。"])
    b.para([hb("九、抓好贯彻落实。"),
            "各直属海关应当结合关区实际制定具体实施办法，并于2026年6月30日前报海关总署（自贸区和特殊区域发展司）备案。"])
    b.para([hb("十、"),
            "本公告自2026年4月1日起施行。《关于综合保税区内开展保税维修业务有关事项的公告》（海关总署公告2022年第39号）同时废止。"])
    b.para(["特此公告。"], clause=False)
    b.empty(1)
    # 附件 line with hanging layout (typed with spaces)
    b.para(["附件：综合保税区保税维修产品目录（2026年版）"], clause=False)
    b.empty(3)
    # 落款 pushed right with typed full-width spaces
    b.para([FW * 18 + "海关总署"], clause=False, first_indent=False)
    b.para([FW * 16 + "2026年3月12日"], clause=False, first_indent=False)

    # ---- attachment page
    b.page_break()
    b.heading("附件", HT, first_indent=False)
    b.empty(1)
    b.title(["综合保税区保税维修产品目录（2026年版）"], size=20)
    b.empty(1, line=14)
    A = "维修后复运出境；旧件、坏件不得内销"
    D = "限境外航空公司或维修合同委托方所有的航空器部件；维修后复运出境"
    rows = [
        ["1", "8471.3000.00", "便携式自动数据处理设备", A],
        ["2", "8471.5000.00", "自动数据处理设备的处理部件", A],
        ["3", "8471.7010.00", "自动数据处理设备的硬盘驱动器", A],
        ["4", "8473.3090.00", "自动数据处理设备用其他零件、附件", "限于维修用料件保税，不得单独销往境内区外"],
        ["5", "8517.1300.00", "智能手机", "维修后复运出境或者复运回境内区外；不得维修后转售境内"],
        ["6", "8517.6299.00", "其他接收、转换并发送数据的通信设备", "维修后复运出境或者复运回境内区外"],
        ["7", "8528.5200.00", "可直接连接且设计用于自动数据处理设备的监视器", "维修后复运出境；旧件、坏件须经固体废物属性鉴别"],
        ["8", "8443.3190.00", "其他多功能打印一体机", "维修后复运出境；旧件、坏件须经固体废物属性鉴别"],
        ["9", "8486.2029.00", "其他制造半导体器件或集成电路用的机器及装置", "整机维修；维修后复运出境或者复运回境内区外"],
        ["10", "8486.9099.00", "其他半导体设备零件", "限于维修用料件保税，按实际耗用核销"],
        ["11", "9022.1200.00", "X射线断层检查仪", "限整机维修；复运回境内区外的，须具有进口医疗器械注册证"],
        ["12", "9018.1210.00", "B型超声波诊断仪", "限整机维修；复运回境内区外的，须具有进口医疗器械注册证"],
        ["13", "9027.8990.00", "其他理化分析仪器及装置", "维修后复运出境或者复运回境内区外"],
        ["14", "8411.9100.00", "涡轮喷气发动机或涡轮螺旋桨发动机的零件", D],
        ["15", "8807.3000.00", "飞机或直升机的其他零件", D],
        ["16", "8802.4010.00", "空载重量超过15000公斤但不超过45000公斤的飞机", D],
        ["17", "8479.5010.00", "多功能工业机器人", "维修后复运出境或者复运回境内区外"],
        ["18", "8431.4990.00", "品目8426、8429或8430所列机械的其他零件", "维修后复运出境；旧件、坏件须经固体废物属性鉴别"],
        ["19", "9030.3390.00", "其他测量或检验电压、电流、电阻的仪器", "维修后复运出境或者复运回境内区外"],
        ["20", "8537.1090.00", "其他电压不超过1000伏的电力控制或分配装置", "维修后复运出境或者复运回境内区外"],
    ]
    b.data_table(["序号", "商品编码", "商品名称", "监管要求"], rows,
                 widths=[1.4, 3.2, 5.9, 5.1], merges=[(3, 0, 2), (3, 13, 15)],
                 font_size=12,
                 align_cols={2: WD_ALIGN_PARAGRAPH.LEFT, 3: WD_ALIGN_PARAGRAPH.LEFT})
    b.empty(1, line=14)
    p = b.para(["注：本目录商品编码为10位海关商品编码，商品名称仅供参考，具体以商品编码所对应的商品范围为准；监管要求中的“旧件、坏件”是指维修过程中替换下的旧件、坏件。"],
               first_indent=False, size=12, line=20)
    return b


# ================================================================ document 2
def make_nanning():
    b = Builder("blind376_nanning_tongzhi")
    xize = "南宁海关综合保税区保税维修业务监管实施细则"
    b.start({
        "title": "南宁海关关于印发《%s》的通知" % xize,
        "doc_number": "南关发〔2026〕21号",
        "issuer": ["南宁海关"],
        "date": "2026-03-30",
        "published": None,
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": None,
        "expires": None,
        "attachments": [xize],
        "doc_type": "通知",
        "recipients": ["各隶属海关", "关区各综合保税区管理机构", "机关各部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    b.red_header("南宁海关文件", size=52, spacing=30)
    b.empty(1)
    b.red_line("南关发〔2026〕21号")
    b.empty(1)
    b.title(["南宁海关关于印发《南宁海关综合保税区", "保税维修业务监管实施细则》的通知"])
    b.empty(1)
    b.para(["各隶属海关，关区各综合保税区管理机构，机关各部门："], clause=False, first_indent=False)
    b.para(["为贯彻落实《关于进一步促进综合保税区高水平开放高质量发展若干监管措施的公告》（海关总署公告2026年第18号），规范关区综合保税区保税维修业务监管，支持广西面向东盟发展维修产业，南宁海关制定了《南宁海关综合保税区保税维修业务监管实施细则》，现印发给你们，请结合实际认真贯彻执行。"])
    b.para(["各单位在执行中遇到的问题，请及时报南宁海关（自贸区和特殊区域发展处）。"])
    b.para(["联系人：黄志刚，联系电话：0771-5536218。"])
    b.empty(1)
    b.para(["附件：南宁海关综合保税区保税维修业务监管实施细则"], clause=False)
    b.empty(2)
    # 落款 right aligned with right indent (the other common office way)
    b.para(["南宁海关"], clause=False, first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right_indent=Pt(64))
    b.para(["2026年3月30日"], clause=False, first_indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT, right_indent=Pt(48))
    b.empty(1)
    b.para(["（此件公开发布）"], clause=False)

    # ---- the 细则 (attachment), its own document object
    b.start({
        "title": xize,
        "doc_number": None,
        "issuer": ["南宁海关"],
        "date": "2026-03-30",
        "published": None,
        "level": "provincial",
        "region": "广西壮族自治区",
        "effective": "2026-05-01",
        "expires": "2031-04-30",
        "attachments": [],
        "doc_type": "细则",
        "recipients": [],
        "publicity": None,
        "repeals": "《南宁海关综合保税区维修业务管理暂行办法》（南关发〔2021〕45号）",
    })
    b.page_break()
    b.heading("附件", HT, first_indent=False)
    b.empty(1)
    b.title(["南宁海关综合保税区保税维修业务", "监管实施细则"])
    b.empty(1)

    def chap(t):
        b.heading(t, HT, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)

    def art(no, segs):
        b.para([hb(no + FW)] + segs)

    chap("第一章" + FW + "总则")
    art("第一条", ["为规范南宁海关关区综合保税区保税维修业务监管，促进维修产业健康发展，根据《中华人民共和国海关法》《中华人民共和国海关综合保税区管理办法》和《关于进一步促进综合保税区高水平开放高质量发展若干监管措施的公告》（海关总署公告2026年第18号）等规定，结合关区实际，制定本细则。"])
    art("第二条", ["本细则适用于南宁综合保税区、钦州综合保税区、北海综合保税区、凭祥综合保税区、梧州综合保税区内企业（以下简称区内企业）开展的保税维修业务。"])
    art("第三条", ["本细则下列用语的含义："])
    b.para(["（一）保税维修", ("FN", "保税维修的产品范围以海关总署公告2026年第18号附件《综合保税区保税维修产品目录（2026年版）》所列商品为准。"),
            "，是指区内企业以保税方式将存在部件损坏、功能失效、质量缺陷等问题的货物从境外或者境内区外运入综合保税区，进行检测、维修后复运出境或者复运回境内区外的经营活动。"])
    b.para(["（二）待维修货物，是指已运入综合保税区、尚未完成检测或者维修的货物。"])
    b.para(["（三）已维修货物", ("FN", "已维修货物包括经检测无需维修、直接退运的货物。"),
            "，是指在综合保税区内完成检测、维修的货物。"])
    b.para(["（四）旧件、坏件，是指维修过程中替换下的零部件", ("FN", "含以整机形式替换的退换件。"), "。"])
    b.para(["（五）主管海关，是指综合保税区所在地的南宁海关隶属海关。"])

    chap("第二章" + FW + "业务准入")
    art("第四条", ["区内企业开展保税维修业务，应当具备下列条件："])
    b.para(["（一）具有独立法人资格，在综合保税区内注册登记；"])
    b.para(["（二）海关信用等级为一般信用及以上；"])
    b.para(["（三）具备与维修业务相适应的场所、设备和技术人员；"])
    b.para(["（四）建立符合海关监管要求的计算机管理系统，能够与海关联网；"])
    b.para(["（五）维修产品属于《综合保税区保税维修产品目录（2026年版）》范围。"])
    art("第五条", ["区内企业申请开展保税维修业务，应当向主管海关提交以下材料："])
    b.para(["（一）保税维修业务申请书；"])
    b.para(["（二）维修业务合同或者协议；"])
    b.para(["（三）维修工艺流程说明及旧件、坏件处置方案；"])
    b.para(["（四）主管海关认为需要提交的其他材料。"])
    art("第六条", ["主管海关应当自受理申请之日起10个工作日内完成审核；符合条件的，为区内企业设立保税维修电子账册。"])

    chap("第三章" + FW + "监管要求")
    art("第七条", ["区内企业应当对待维修货物、已维修货物、维修用料件和旧件、坏件实行分类存放、分账管理，并设置明显标识。"])
    art("第八条", ["待维修货物从境外运入综合保税区的，区内企业应当以“保税维修”（代码1371）监管方式向海关申报；从境内区外运入的，区内企业凭保税核注清单办理进区手续。"])
    art("第九条", ["已维修货物应当在维修合同约定期限内复运出境或者复运回境内区外，最长不得超过自进区之日起6个月；因特殊情况需要延期的，应当在期限届满前向主管海关申请，延期以1次为限且最长不超过3个月。"])
    art("第十条", ["旧件、坏件应当按照下列方式处置："])
    b.para(["（一）复运出境；"])
    b.para(["（二）属于固体废物的，交由具有相应资质的单位在境内处置，并向主管海关申报；"])
    b.para(["（三）不属于固体废物且需内销的，按照实际状态办理进口手续并缴纳税款。"])
    art("第十一条", ["区内企业应当在每季度终了后15日内向主管海关报送保税维修业务开展情况。",
                     ("BR",),
                     "报送内容包括维修货物进出区数量、维修完成情况以及旧件、坏件处置情况等。"])
    art("第十二条", ["主管海关可以采取实地核查、账册核对等方式对保税维修业务实施监管，必要时可以对维修货物和旧件、坏件实施查验。"])

    chap("第四章" + FW + "便利措施")
    art("第十三条", ["对海关信用等级为高级认证企业的区内维修企业，主管海关可以实施“先入区、后报关”，并优先办理查验。"])
    art("第十四条", ["支持区内企业面向东盟国家开展跨境维修业务。经凭祥、东兴等陆路口岸运入的待维修货物，可以在综合保税区内办理查验手续。"])
    art("第十五条", ["区内企业开展保税维修业务违反海关监管规定的，由主管海关依照《中华人民共和国海关行政处罚实施条例》有关规定处理；情节严重的，暂停其保税维修业务。"])

    chap("第五章" + FW + "附则")
    art("第十六条", ["本细则由南宁海关负责解释。"])
    art("第十七条", ["本细则自2026年5月1日起施行，有效期至2031年4月30日。《南宁海关综合保税区维修业务管理暂行办法》（南关发〔2021〕45号）同时废止。"])

    b.banji("抄送：海关总署自贸区和特殊区域发展司，广西壮族自治区人民政府口岸管理办公室，广西壮族自治区商务厅。",
            "南宁海关办公室", "2026年3月31日印发")
    return b


# ================================================================ document 3
def make_zhengzhou():
    b = Builder("blind376_zhengzhou_tongzhi")
    b.start({
        "title": "郑州海关关于做好综合保税区若干监管措施落地实施工作的通知",
        "doc_number": "郑关发〔2026〕9号",
        "issuer": ["郑州海关"],
        "date": "2026-04-08",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各隶属海关", "机关各处室", "关区各综合保税区管理机构"],
        "publicity": None,
        "repeals": None,
    })
    b.red_header("郑州海关文件", size=52, spacing=30)
    b.empty(2)
    b.red_line("郑关发〔2026〕9号")
    b.empty(1)
    b.title(["郑州海关关于做好综合保税区若干监管措施", "落地实施工作的通知"])
    b.empty(1)
    b.para(["各隶属海关，机关各处室，关区各综合保税区管理机构："], clause=False, first_indent=False)
    b.para(["为贯彻落实《关于进一步促进综合保税区高水平开放高质量发展若干监管措施的公告》（海关总署公告2026年第18号，以下简称《公告》），推动各项监管措施在关区综合保税区尽快落地见效，助力河南打造内陆开放高地，现就有关工作通知如下："])

    b.heading("一、总体要求")
    b.para(["各单位要坚持“放得开、管得住”的原则，以郑州新郑综合保税区、郑州经开综合保税区、洛阳综合保税区、南阳卧龙综合保税区为重点，逐项对照《公告》明确的保税维修、保税研发、委托加工、“分送集报”、货物按状态分类监管等措施，制定落实清单，确保各项措施于2026年5月31日前全部落地实施。"])

    b.heading("二、重点任务")
    n1 = b.new_numbering()
    pre = ["（一）", "（二）", "（三）", "（四）"]
    b.para([kb("做好保税维修业务承接。"),
            "郑州新郑综合保税区主管海关要聚焦智能终端、航空器零部件等重点产品，支持区内企业扩大保税维修业务规模。"],
           num=n1, num_prefix=pre[0])
    b.para(["1.梳理企业需求。各隶属海关要于2026年4月30日前完成辖区综合保税区内维修企业走访，建立重点企业需求清单。"])
    b.para(["2.优化账册设置。对开展保税维修业务的企业，按照待维修货物、已维修货物、旧件坏件分段设置电子账册，实现“一企一账”。"])
    b.para([kb("推广“分送集报”模式。"),
            "对符合条件的区内企业全面推广“分送集报”作业模式，具体要求如下："],
           num=n1, num_prefix=pre[1])
    b.para(["1.适用范围。适用于区内企业与境内区外之间进出的货物，重点支持电子信息、生物医药等产业链企业。"])
    b.para(["2.办理流程。区内企业按照以下流程办理："])
    b.para(["（1）货物进出区时凭核放单分批次进出；"])
    b.para(["（2）在次月底前以备案清单或者报关单集中申报，不得跨年度办理；"])
    b.para(["（3）主管海关对集中申报情况开展定期核对。"])
    b.para([kb("支持跨境电商与期货保税交割。"),
            "支持郑州经开综合保税区扩大跨境电子商务网购保税进口业务，推动网购保税进口退货商品在区内重新上架销售；支持符合条件的综合保税区申请开展大宗商品期货保税交割业务。"],
           num=n1, num_prefix=pre[2])
    b.para([kb("明确联络对接机制。"), "各综合保税区主管海关联系方式如下："],
           num=n1, num_prefix=pre[3])
    b.data_table(["序号", "综合保税区", "主管海关", "联系电话"], [
        ["1", "郑州新郑综合保税区", "郑州航空港区海关", "0371-86182155"],
        ["2", "郑州经开综合保税区", "郑州经开海关", "0371-66851702"],
        ["3", "洛阳综合保税区", "洛阳海关", "0379-63931520"],
        ["4", "南阳卧龙综合保税区", "南阳海关", "0377-63168806"],
    ], widths=[1.6, 5.2, 4.6, 4.2], font_size=14, header_repeat=False)

    b.heading("三、工作要求")
    n2 = b.new_numbering()
    b.para([kb("加强组织领导。"),
            "各单位主要负责同志要亲自部署、亲自推动，明确责任部门和责任人，形成工作合力。"],
           num=n2, num_prefix=pre[0])
    b.para([kb("强化风险防控。"),
            "在推进监管措施落地的同时，要加强风险研判和后续监管，对保税维修旧件坏件处置、“分送集报”集中申报等环节开展重点监控，坚决守住不发生系统性风险的底线。"],
           num=n2, num_prefix=pre[1])
    b.para([kb("及时报送情况。"),
            "各隶属海关于每月5日前将上月措施落地情况报郑州海关自贸区和特殊区域发展处。",
            ("BR",),
            "联系人：刘洋，电话：0371-65326180。"],
           num=n2, num_prefix=pre[2])
    b.para(["特此通知。"], clause=False)
    b.empty(3)
    # 落款 in a borderless layout table (left cell empty)
    t = b.doc.add_table(rows=2, cols=2)
    set_cell_border_none(t)
    cell_text(t.cell(0, 1), "郑州海关", FS, 16)
    cell_text(t.cell(1, 1), "2026年4月8日", FS, 16)
    set_widths(t, [8.5, 7.0])
    b.banji("抄送：河南省人民政府口岸办公室，河南省商务厅，中国（河南）自由贸易试验区工作办公室。",
            "郑州海关办公室", "2026年4月8日印发")
    return b


# ================================================================ main
def main():
    outdir = HERE
    expected = {}
    for maker in (make_gonggao, make_nanning, make_zhengzhou):
        b = maker()
        path = b.save(outdir)
        expected[b.stem] = b.objects
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_376", "--headless",
             "--convert-to", "pdf", "--outdir", outdir, path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
    with open(os.path.join(outdir, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
