# ruff: noqa
# -*- coding: utf-8 -*-
"""Write the blind-327 test files (two long plans as .docx + LibreOffice .pdf) and expected.json.

Run:  . /work/venv/bin/activate && python make_blind327.py
Everything is written next to this script.  The 目录 page numbers are found by
printing each document once, reading where every 章/节 heading landed, and
printing it again with the right numbers.
"""
import json
import os
import re
import shutil
import subprocess
from xml.sax.saxutils import escape

import pdfplumber
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import (WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING,
                            WD_TAB_ALIGNMENT, WD_TAB_LEADER)
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo_327"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"
RED = "FF0000"
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
FN_RE = re.compile(r"\{\{fn:(\d+)\}\}")


# ----------------------------------------------------------------------------
# low-level helpers
# ----------------------------------------------------------------------------
def set_run(run, font=FS, size=16, bold=False, color=None, superscript=False):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if superscript:
        run.font.superscript = True
    return run


def fmt(p, align=None, first=None, left=None, right=None, line=28, before=0, after=0,
        keep_next=False):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if align is not None:
        p.alignment = align
    if keep_next:
        pf.keep_with_next = True
    return p


def add_text(p, text, font=FS, size=16, bold=False, color=None, fns=None):
    """Add text to paragraph p; '\n' becomes a soft line break; {{fn:N}} a footnote ref."""
    pieces = FN_RE.split(text)
    for i, piece in enumerate(pieces):
        if i % 2 == 1:
            fns.ref(p, int(piece))
            continue
        lines = piece.split("\n")
        for j, line in enumerate(lines):
            if j:
                r = p.add_run()
                r.add_break(WD_BREAK.LINE)
            if line:
                set_run(p.add_run(line), font, size, bold, color)
    return p


def border(p, side="bottom", color="000000", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        # keep schema order roughly: pBdr comes early in pPr
        ppr.insert(0, pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def add_field(p, instr, font=ST, size=14):
    def fc(kind):
        r = p.add_run()
        set_run(r, font, size)
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._element.append(el)
    fc("begin")
    r = p.add_run()
    set_run(r, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r._element.append(it)
    fc("separate")
    set_run(p.add_run("1"), font, size)
    fc("end")


def page_setup(section):
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(37)
    section.bottom_margin = Mm(35)
    section.left_margin = Mm(28)
    section.right_margin = Mm(26)
    section.header_distance = Mm(22)
    section.footer_distance = Mm(20)


def restart_numbering(section, start=1):
    sp = section._sectPr
    for old in sp.findall(qn("w:pgNumType")):
        sp.remove(old)
    el = OxmlElement("w:pgNumType")
    el.set(qn("w:start"), str(start))
    pgmar = sp.find(qn("w:pgMar"))
    if pgmar is not None:
        pgmar.addnext(el)
    else:
        sp.append(el)


def clear_hf(hf):
    hf.is_linked_to_previous = False
    for p in hf.paragraphs:
        for r in list(p.runs):
            r._element.getparent().remove(r._element)


def set_running_head(section, text):
    for hdr in (section.header, section.even_page_header):
        hdr.is_linked_to_previous = False
        p = hdr.paragraphs[0]
        for r in list(p.runs):
            r._element.getparent().remove(r._element)
        fmt(p, align=CENTER, line=16)
        set_run(p.add_run(text), ST, 10.5)
        border(p, "bottom", "000000", 6, 1)


def set_page_numbers(section):
    """GB/T 9704: — N — , odd pages right (空一字), even pages left (空一字)."""
    for ftr, align in ((section.footer, RIGHT), (section.even_page_footer, LEFT)):
        ftr.is_linked_to_previous = False
        p = ftr.paragraphs[0]
        for r in list(p.runs):
            r._element.getparent().remove(r._element)
        if align is RIGHT:
            fmt(p, align=RIGHT, right=14, line=18)
        else:
            fmt(p, align=LEFT, left=14, line=18)
        set_run(p.add_run("— "), ST, 14)
        add_field(p, "PAGE")
        set_run(p.add_run(" —"), ST, 14)


def no_header_footer(section):
    for hf in (section.header, section.even_page_header, section.footer,
               section.even_page_footer, section.first_page_header, section.first_page_footer):
        clear_hf(hf)


class Footnotes:
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

    def __init__(self, texts):
        self.texts = texts  # {id: text}

    def ref(self, p, fid):
        r = p.add_run()
        set_run(r, FS, 16)
        rpr = r._element.get_or_add_rPr()
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        fr = OxmlElement("w:footnoteReference")
        fr.set(qn("w:id"), str(fid))
        r._element.append(fr)

    def attach(self, doc):
        body = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        rfont = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        for fid in sorted(self.texts):
            body.append(
                f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0" w:line="300" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>'
                f'<w:r><w:rPr>{rfont}<w:vertAlign w:val="superscript"/><w:sz w:val="21"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr>{rfont}<w:sz w:val="21"/></w:rPr><w:t xml:space="preserve"> {escape(self.texts[fid])}</w:t></w:r></w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{self.W}">'
               + "".join(body) + "</w:footnotes>")
        part = Part(PackURI("/word/footnotes.xml"), self.CT, xml.encode("utf-8"), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)


def strip_fn(text):
    return FN_RE.sub("", text)


def cell_text(cell, text, font=FS, size=12, bold=False, align=CENTER):
    p = cell.paragraphs[0]
    fmt(p, align=align, line=18)
    set_run(p.add_run(text), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_col_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


# ----------------------------------------------------------------------------
# body writer shared by both plans; returns the expected clauses
# ----------------------------------------------------------------------------
def write_body(doc, body, fns, clauses, applies):
    for item in body:
        kind = item[0]
        if kind == "ch":
            p = doc.add_paragraph()
            fmt(p, align=CENTER, line=28, before=14, after=10, keep_next=True)
            add_text(p, item[1], HT, 16)
        elif kind == "sec":
            p = doc.add_paragraph()
            fmt(p, align=CENTER, line=28, before=4, after=4, keep_next=True)
            add_text(p, item[1], KT, 16, bold=True)
        elif kind == "p":
            _, text, where = item
            p = doc.add_paragraph()
            fmt(p, align=JUSTIFY, first=32)
            add_text(p, text, FS, 16, fns=fns)
            clauses.append(strip_fn(text))
            if where:
                applies[strip_fn(text)[:24]] = where
        elif kind == "item":
            _, label, head, rest, where = item
            p = doc.add_paragraph()
            fmt(p, align=JUSTIFY, first=32)
            add_text(p, label + head, KT, 16, fns=fns)
            add_text(p, rest, FS, 16, fns=fns)
            full = strip_fn(label + head + rest)
            clauses.append(full)
            if where:
                applies[full[:24]] = where
        elif kind == "box":
            _, title, entries = item
            p = doc.add_paragraph()
            fmt(p, line=10)
            t = doc.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            c = t.rows[0].cells[0]
            c.width = Mm(150)
            tp = c.paragraphs[0]
            fmt(tp, align=CENTER, line=26, before=4, after=2)
            set_run(tp.add_run(title), HT, 15)
            for head, rest, where in entries:
                ep = c.add_paragraph()
                fmt(ep, align=JUSTIFY, first=28, left=4, right=4, line=24)
                set_run(ep.add_run(head), HT, 13)
                set_run(ep.add_run(rest), FS, 14)
                full = head + rest
                clauses.append(full)
                if where:
                    applies[full[:24]] = where
            lp = c.add_paragraph()
            fmt(lp, line=6)
            p = doc.add_paragraph()
            fmt(p, line=10)
        elif kind == "table":
            write_indicator_table(doc, item[1], clauses)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)


def write_indicator_table(doc, spec, clauses):
    caption, header, rows, notes, merge_attr = (spec["caption"], spec["header"], spec["rows"],
                                                spec["notes"], spec.get("merge_attr", False))
    p = doc.add_paragraph()
    fmt(p, align=CENTER, line=26, before=6, after=4, keep_next=True)
    set_run(p.add_run(caption), HT, 14)
    n = 1 + len(rows)
    t = doc.add_table(rows=n, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [70, 24, 32, 22]
    set_col_widths(t, widths)
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    # header row repeats on a new page
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trpr.append(th)
    ri = 1
    attr_runs = []  # (start_row, end_row, value) for vertical merges
    for row in rows:
        if row[0] == "group":
            m = t.rows[ri].cells[0].merge(t.rows[ri].cells[3])
            cell_text(m, row[1], HT, 12, align=LEFT)
            ri += 1
            continue
        name, v24, v27, attr = row
        cells = t.rows[ri].cells
        cell_text(cells[0], name, FS, 12, align=LEFT)
        cell_text(cells[1], v24)
        cell_text(cells[2], v27)
        if merge_attr and attr_runs and attr_runs[-1][2] == attr and attr_runs[-1][1] == ri - 1:
            attr_runs[-1][1] = ri
        else:
            attr_runs.append([ri, ri, attr])
            if not merge_attr:
                cell_text(cells[3], attr)
        clauses.append(f"{header[0]}：{name}；{header[1]}：{v24}；{header[2]}：{v27}；{header[3]}：{attr}")
        ri += 1
    if merge_attr:
        for a, b, val in attr_runs:
            top = t.rows[a].cells[3]
            if b > a:
                top = top.merge(t.rows[b].cells[3])
            cell_text(top, val)
    set_col_widths(t, widths)
    for note in notes:
        p = doc.add_paragraph()
        fmt(p, align=JUSTIFY, first=0, left=0, line=20, before=2)
        set_run(p.add_run(note), FS, 12)
    p = doc.add_paragraph()
    fmt(p, line=10)


def write_toc(doc, toc_entries, pages):
    p = doc.add_paragraph()
    fmt(p, align=CENTER, line=30, before=6, after=18)
    set_run(p.add_run("目　　录"), HT, 22)
    for kind, text in toc_entries:
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.tab_stops.add_tab_stop(Mm(156), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        num = str(pages.get(text, 1)) if pages else "1"
        if kind == "ch":
            fmt(p, line=24, before=3)
            set_run(p.add_run(text), HT, 14)
        else:
            fmt(p, left=28, line=24)
            set_run(p.add_run(text), FS, 14)
        set_run(p.add_run("\t" + num), ST if kind != "ch" else HT, 14)


def toc_entries_of(body):
    return [(it[0], it[1]) for it in body if it[0] in ("ch", "sec")]


def norm(s):
    return re.sub(r"\s+", "", s)


def convert(docx_path):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(docx_path)[0] + ".pdf"


def locate_headings(pdf_path, body, first_body_index, page_offset):
    """Map each 章/节 heading text to its printed page number."""
    with pdfplumber.open(pdf_path) as pdf:
        texts = [norm(pg.extract_text() or "") for pg in pdf.pages]
    found = {}
    start = first_body_index
    for kind, text in toc_entries_of(body):
        key = norm(text)
        for i in range(start, len(texts)):
            if key in texts[i]:
                found[text] = i + page_offset
                start = i
                break
    return found, len(texts)


# ============================================================================
# Document 1: 钦州市 规划 (standalone booklet, cover + 目录 + 6 chapters)
# ============================================================================
QZ_TITLE = "钦州市服务共建“一带一路”暨自贸试验区钦州港片区高质量发展规划（2025—2027年）"
QZ_SHORT = "钦州市服务共建“一带一路”高质量发展规划（2025—2027年）"
QZ_FN = {
    1: "西部陆海新通道海铁联运班列：指重庆、四川、贵州、甘肃等西部省份货物经铁路集结运抵钦州港，再经海运通达全球的多式联运班列，按自然年统计开行列数。",
    2: "“两国双园”：指中马钦州产业园区与马来西亚马中关丹产业园区，是中国与马来西亚两国政府合作共建的姊妹园区。",
    3: "“一次申报、一次查验、一次放行”：指进出综合保税区的货物在区港之间流转时，企业只向海关申报一次，海关只实施一次查验、一次放行的监管模式。",
}
PQ = "钦州港片区"
ZB = "钦州综合保税区"
ZM = "中马钦州产业园区"
QZ_BODY = [
    ("ch", "第一章　发展基础与形势"),
    ("sec", "第一节　发展基础"),
    ("p", "“十四五”以来，钦州市深入落实国家赋予广西的新定位新使命，全面融入共建“一带一路”和西部陆海新通道建设，开放型经济发展取得明显成效。2024年，钦州港完成货物吞吐量2.1亿吨、集装箱吞吐量905万标箱，西部陆海新通道海铁联运班列{{fn:1}}开行1.1万列，全市外贸进出口总额达到1268亿元，分别是2020年的1.6倍、2.3倍、2.4倍和1.7倍，钦州港跻身全国沿海港口集装箱吞吐量前十位。", None),
    ("p", "中国（广西）自由贸易试验区钦州港片区挂牌以来，累计形成制度创新成果136项，其中12项在全国复制推广。钦州综合保税区2024年实现进出口额386亿元，在全国综合保税区发展绩效评估中位列A类。中马钦州产业园区累计引进项目420个、总投资超过2300亿元，“两国双园”{{fn:2}}合作机制不断完善，成为中国—东盟合作的标志性平台。", None),
    ("sec", "第二节　面临形势"),
    ("p", "从国际看，世界百年未有之大变局加速演进，《区域全面经济伙伴关系协定》（RCEP）全面生效实施，中国—东盟自由贸易区3.0版建设加快推进，为钦州深化与东盟国家经贸合作带来新的机遇。从国内看，国家加快推进西部陆海新通道建设，支持广西打造国内国际双循环市场经营便利地，钦州作为通道出海口的枢纽地位更加凸显。同时也要看到，钦州港航线覆盖面和航班密度与国际枢纽港相比仍有差距，临港产业链条偏短，开放平台能级有待提升，高水平开放人才相对不足。", None),
    ("ch", "第二章　总体要求"),
    ("sec", "第一节　指导思想"),
    ("p", "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，完整准确全面贯彻新发展理念，以高质量共建“一带一路”为统领，以建设西部陆海新通道门户港为牵引，以自贸试验区钦州港片区、钦州综合保税区和中马钦州产业园区为核心平台，统筹通道、平台、产业、口岸协同发展，加快建设面向东盟的国际门户港和开放合作新高地。", None),
    ("sec", "第二节　基本原则"),
    ("item", "（一）", "通道引领，产业支撑。", "坚持以通道带物流、以物流聚产业，推动“通道经济”向“产业经济”转变，提升通道对地方经济的贡献度。", None),
    ("item", "（二）", "改革创新，制度先行。", "坚持以制度创新为核心，对标国际高标准经贸规则，开展首创性、差别化改革探索，形成更多可复制可推广的制度成果。", None),
    ("item", "（三）", "陆海统筹，区域联动。", "坚持港产城一体化发展，推动片区、综合保税区与各县区协同联动，形成优势互补、错位发展的开放格局。", None),
    ("item", "（四）", "安全发展，底线思维。", "统筹发展和安全，健全开放风险防控体系，守牢安全生产、生态环境和口岸安全底线。", None),
    ("sec", "第三节　发展目标"),
    ("p", "到2027年，钦州服务共建“一带一路”的枢纽功能显著增强，西部陆海新通道门户港基本建成，自贸试验区钦州港片区制度创新走在全区前列，钦州综合保税区发展绩效保持全国A类，开放型经济规模和质量迈上新台阶。主要指标见表1。", None),
    ("table", {
        "caption": "表1　钦州市服务共建“一带一路”主要指标",
        "header": ["指标", "2024年", "2027年目标", "属性"],
        "rows": [
            ("group", "一、开放通道"),
            ("港口货物吞吐量（亿吨）", "2.1", "2.6", "预期性"),
            ("集装箱吞吐量（万标箱）", "905", "1200", "预期性"),
            ("西部陆海新通道海铁联运班列（万列）", "1.1", "1.5", "预期性"),
            ("外贸集装箱航线（条）", "78", "95", "预期性"),
            ("group", "二、开放平台"),
            ("钦州港片区新增制度创新成果（项）", "—", "60", "预期性"),
            ("钦州综合保税区进出口额（亿元）", "386", "550", "预期性"),
            ("group", "三、开放型经济"),
            ("外贸进出口总额（亿元）", "1268", "1700", "预期性"),
            ("实际使用外资（亿美元）", "2.3", "3.5", "预期性"),
            ("跨境电商进出口额（亿元）", "46", "100", "预期性"),
            ("进口整体通关时间（小时）", "38.5", "≤30", "约束性"),
        ],
        "notes": ["注：1.“—”表示无基期统计数据；",
                  "2.钦州港片区新增制度创新成果为2025—2027年累计数；",
                  "3.外贸进出口总额、跨境电商进出口额均按人民币计价。"],
    }),
    ("p", "展望2030年，钦州建成服务西部陆海新通道的国际枢纽海港，形成以绿色化工新材料、新能源材料、装备制造为支柱的临港产业体系，成为面向东盟开放合作的重要门户。", None),
    ("ch", "第三章　建设国际门户港　畅通陆海新通道"),
    ("sec", "第一节　提升港口综合能级"),
    ("item", "（一）", "推进港口基础设施升级。", "加快钦州港东航道扩建、大榄坪南作业区自动化集装箱码头等工程建设，推动30万吨级油码头、20万吨级集装箱码头泊位建设，到2027年全市万吨级以上泊位达到56个，港口综合通过能力达到2.8亿吨。", None),
    ("item", "（二）", "加密国际航线网络。", "巩固钦州港至新加坡、巴生、胡志明、林查班等东南亚主要港口的直航航线，积极开辟至南亚、中东、非洲的远洋航线，鼓励船公司在钦州港设立区域运营中心，每年新增外贸集装箱航线不少于5条。", None),
    ("item", "（三）", "提升港口智慧化水平。", "推广自动化码头、智能理货、无人集卡等技术应用，建设港口综合信息服务平台，实现港口作业、口岸监管、物流服务数据实时共享，推动集装箱船舶平均在港时间压减10%以上。", None),
    ("sec", "第二节　拓展海铁联运和跨境运输"),
    ("item", "（一）", "扩大海铁联运规模。", "加强与重庆、四川、贵州、云南等通道沿线省市合作，稳定开行“天天班”“点对点”班列，推动班列向中亚、欧洲延伸，完善铁路集装箱中心站与港区铁路专用线衔接，实现海铁联运“一单制”全程服务。", None),
    ("item", "（二）", "发展跨境公路和铁路运输。", "依托中越跨境公路运输和中越跨境铁路班列，拓展“钦州港—东兴—越南”“钦州港—凭祥—河内”等跨境运输线路，培育跨境运输龙头企业，推动跨境运输线路常态化运营。", None),
    ("box", "专栏1　重点工程", [
        ("1.钦州港东航道扩建工程：", "按照30万吨级标准扩建东航道，同步建设航道配套锚地和助航设施，2026年底前建成投用。", None),
        ("2.大榄坪南作业区自动化集装箱泊位工程：", "建设2个20万吨级自动化集装箱泊位，新增集装箱通过能力300万标箱。", None),
        ("3.钦州铁路集装箱中心站扩能工程：", "新增装卸线4条、集装箱堆场8万平方米，年作业能力提升至200万标箱。", None),
        ("4.钦州港片区国际冷链物流中心：", "在钦州港片区建设冷库容量20万吨的国际冷链物流中心，配套建设进口肉类、水果指定监管场地。", [PQ]),
        ("5.灵山县陆海新通道无水港：", "在灵山县建设集铁路装卸、海关监管、仓储分拨于一体的无水港，打造钦州港向桂东南延伸的内陆节点。", ["灵山县"]),
    ]),
    ("ch", "第四章　深化改革创新　建设高能级开放平台"),
    ("sec", "第一节　推进钦州港片区制度创新"),
    ("item", "（一）", "开展首创性差别化探索。", "支持钦州港片区围绕港航物流、国际贸易、跨境金融、临港产业等领域开展集成性制度创新，每年形成制度创新成果不少于20项，力争更多成果在全国复制推广。", [PQ]),
    ("item", "（二）", "推动规则标准对接。", "在钦州港片区率先对接《区域全面经济伙伴关系协定》（RCEP）等高标准经贸规则，在原产地规则、海关程序、检验检疫、服务贸易等领域开展先行先试，建设RCEP企业服务中心。", [PQ]),
    ("item", "（三）", "深化“放管服”改革。", "在钦州港片区全面推行“证照分离”改革全覆盖，实施“一枚印章管审批”，对片区内企业投资项目推行“拿地即开工”，企业开办时间压缩至0.5个工作日以内。", [PQ]),
    ("sec", "第二节　推动钦州综合保税区提质增效"),
    ("item", "（一）", "拓展保税业务新形态。", "支持钦州综合保税区发展保税维修、保税研发、保税展示交易、跨境电商保税备货等新业态，推动开展大宗商品期货保税交割业务，到2027年区内加工贸易企业达到60家以上。", [ZB]),
    ("item", "（二）", "推动区港联动发展。", "推进钦州综合保税区与钦州港口岸一体化运作，实行“一次申报、一次查验、一次放行”{{fn:3}}，推广“智能卡口+视频监控”无纸化通关，实现区港之间货物高效流转。", [ZB]),
    ("sec", "第三节　建设中马钦州产业园区"),
    ("item", "（一）", "深化“两国双园”合作。", "推动中马钦州产业园区与马中关丹产业园区在产业协作、贸易便利、人员往来等方面深度合作，建立两园联合招商、产能对接和信息共享机制，探索“一园两区”跨境产业链供应链合作模式。", [ZM]),
    ("item", "（二）", "打造东盟特色产业集聚区。", "在中马钦州产业园区布局燕窝、棕榈油、咖啡等东盟特色产品精深加工项目，建设面向东盟的食品加工和商贸物流基地，到2027年园区规模以上工业总产值突破800亿元。", [ZM]),
    ("box", "专栏2　开放平台提升行动", [
        ("1.钦州港片区制度创新提升行动：", "聚焦港航物流和跨境贸易，每年发布制度创新案例汇编，建立制度创新成果评估和推广机制。", [PQ]),
        ("2.钦州综合保税区“保税+”行动：", "新建保税维修、保税研发、保税展示交易三大功能中心，引进一批全球维修检测项目。", [ZB]),
        ("3.中马钦州产业园区招商引资行动：", "每年赴马来西亚、新加坡等国开展专题招商活动不少于4次，新签约东盟投资项目不少于20个。", [ZM]),
        ("4.口岸通关便利化行动：", "深化国际贸易“单一窗口”建设，推广“提前申报”“两步申报”“船边直提”“抵港直装”等便利化措施。", None),
    ]),
    ("ch", "第五章　发展开放型产业　拓展经贸合作"),
    ("sec", "第一节　壮大临港产业集群"),
    ("item", "（一）", "做强绿色化工新材料产业。", "延伸炼化一体化产业链，发展高端聚烯烃、工程塑料、电子化学品等高附加值产品，加强与东盟国家原油、天然气、化工原料供应合作，打造千亿元级绿色化工新材料产业集群。", None),
    ("item", "（二）", "壮大新能源材料及装备制造产业。", "发展锂电池正负极材料、电解液和储能装备，培育海上风电装备、港口机械和船舶修造产业，推动装备制造企业与东盟国家开展产能合作，建设面向东盟的装备出口基地。", None),
    ("sec", "第二节　培育跨境电商等外贸新业态"),
    ("item", "（一）", "加快跨境电商综合试验区建设。", "完善跨境电商线上综合服务平台和线下产业园区功能，引进培育跨境电商平台企业、服务企业和品牌企业，推广跨境电商“9610”“9710”“9810”“1210”等监管模式，力争跨境电商进出口额年均增长30%以上。", None),
    ("item", "（二）", "发展海外仓和市场采购贸易。", "支持企业在越南、泰国、马来西亚、印度尼西亚等东盟国家建设海外仓，对新建并投入运营的公共海外仓给予一次性补助；积极申报市场采购贸易方式试点，扩大中小微企业出口。", None),
    ("sec", "第三节　推动县域开放发展"),
    ("item", "（一）", "支持灵山县建设特色农产品出口基地。", "支持灵山县发展荔枝、奶水牛、茶叶等特色农产品精深加工，建设出口农产品质量安全示范区，推动特色农产品通过钦州港直达东盟市场。", ["灵山县"]),
    ("item", "（二）", "支持浦北县发展跨境特色产业。", "支持浦北县依托红椎菌、百香果、香料等特色资源，发展跨境电商和农产品进出口贸易，建设面向东盟的特色农产品集散中心。", ["浦北县"]),
    ("item", "（三）", "推动钦南区发展滨海旅游和服务贸易。", "支持钦南区依托三娘湾、七十二泾等滨海资源，发展面向东盟游客的滨海度假和邮轮旅游，培育文化、旅游、会展等服务贸易新增长点。", ["钦南区"]),
    ("ch", "第六章　保障措施"),
    ("item", "（一）", "加强组织领导。", "成立由市人民政府主要领导任组长的服务共建“一带一路”工作领导小组，统筹推进规划实施中的重大事项、重大政策和重大项目，各县区、各部门要制定具体落实方案，明确责任分工和时间节点。", None),
    ("item", "（二）", "强化要素保障。", "优先保障重点工程用地、用海、用林需求，统筹安排地方政府专项债券支持港口、铁路、物流等基础设施建设，引导金融机构加大对开放型产业的信贷支持。", None),
    ("item", "（三）", "完善政策支持。", "用好用足自贸试验区、综合保税区、西部陆海新通道等政策，市本级财政每年安排专项资金不少于3亿元，支持航线培育、班列开行、制度创新和招商引资。", None),
    ("item", "（四）", "加强人才支撑。", "实施开放型人才引进计划，面向国内外引进港航物流、国际贸易、涉外法律等紧缺人才，支持北部湾大学与东盟国家高校合作开展人才培养。", None),
    ("item", "（五）", "强化监测评估。", "建立规划实施年度监测、中期评估和总结评估制度，由市发展改革委会同市商务局等部门组织开展评估，评估结果作为各县区、各部门绩效考核的重要依据。", None),
]


def build_qinzhou(pages=None):
    stem = "blind327_qinzhou_guihua"
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    fns = Footnotes(QZ_FN)
    # --- cover
    s0 = doc.sections[0]
    page_setup(s0)
    p = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    fmt(p, line=28, before=60)
    p = doc.add_paragraph()
    fmt(p, align=CENTER, line=48, before=20)
    add_text(p, "钦州市服务共建“一带一路”\n暨自贸试验区钦州港片区\n高质量发展规划", XBS, 26)
    p = doc.add_paragraph()
    fmt(p, align=CENTER, line=40, before=12)
    add_text(p, "（2025—2027年）", KT, 20)
    p = doc.add_paragraph()
    fmt(p, align=CENTER, line=36, before=170)
    add_text(p, "钦州市人民政府", KT, 20)
    p = doc.add_paragraph()
    fmt(p, align=CENTER, line=36, before=8)
    add_text(p, "二〇二五年四月", KT, 18)
    # --- 目录 section
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s1)
    set_running_head(s1, QZ_SHORT)
    for ftr in (s1.footer, s1.even_page_footer):
        clear_hf(ftr)
    write_toc(doc, toc_entries_of(QZ_BODY), pages)
    # --- body section, page numbers restart at 1
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s2)
    set_running_head(s2, QZ_SHORT)
    set_page_numbers(s2)
    restart_numbering(s2, 1)
    clauses, applies = [], {}
    write_body(doc, QZ_BODY, fns, clauses, applies)
    # closing line of a booklet
    p = doc.add_paragraph()
    fmt(p, align=CENTER, line=28, before=20)
    set_run(p.add_run("（本规划由钦州市发展和改革委员会负责解释）"), KT, 14)
    clauses.append("（本规划由钦州市发展和改革委员会负责解释）")
    fns.attach(doc)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": QZ_TITLE,
        "doc_number": None,
        "issuer": ["钦州市人民政府"],
        "date": None,
        "published": None,
        "level": "municipal",
        "region": "钦州市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "规划",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return stem, path, {"meta": meta, "clauses": clauses, "applies_to": {"specific": applies}}


# ============================================================================
# Document 2: 云南省 自贸试验区提升行动计划 (印发通知 with 版头 + attached plan)
# ============================================================================
YN_PLAN = "中国（云南）自由贸易试验区提升行动计划（2025—2027年）"
YN_TITLE = "云南省人民政府办公厅关于印发中国（云南）自由贸易试验区提升行动计划（2025—2027年）的通知"
YN_FN = {
    1: "DEPA：《数字经济伙伴关系协定》（Digital Economy Partnership Agreement），由新加坡、智利、新西兰于2020年签署，我国于2021年申请加入。",
    2: "边民互市：指边境地区边民在我国陆路边境20公里以内、经政府批准的开放点或指定的集市上，在不超过规定的金额或数量范围内进行的商品交换活动。",
    3: "联动创新区：指在自贸试验区以外、经省人民政府批准设立，复制推广自贸试验区改革试点经验并与片区开展协同创新的功能区。",
}
KM = "昆明片区"
HH = "红河片区"
DH = "德宏片区"
YN_NOTICE = [
    "《中国（云南）自由贸易试验区提升行动计划（2025—2027年）》已经省人民政府同意，现印发给你们，请结合实际认真组织实施。",
    "昆明、红河、德宏州（市）人民政府和省直有关部门要加强协同配合，实施中的重大问题及时报告省自贸办。",
    "本行动计划自2025年7月1日起实施，实施期至2027年12月31日。",
]
YN_BODY = [
    ("ch", "第一章　总体要求"),
    ("sec", "第一节　指导思想"),
    ("p", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，深入贯彻习近平总书记考察云南重要讲话精神，实施自由贸易试验区提升战略，以制度创新为核心，以服务和融入共建“一带一路”为引领，推动昆明、红河、德宏三个片区差异化特色化发展，加快建设我国面向南亚东南亚辐射中心。", None),
    ("sec", "第二节　主要目标"),
    ("p", "到2027年，自贸试验区对标国际高标准经贸规则取得积极进展，形成一批具有云南特色的首创性制度创新成果，外贸进出口、实际使用外资占全省比重进一步提高，面向南亚东南亚的物流、贸易、金融、人文交流枢纽功能明显增强。主要指标见表1。", None),
    ("table", {
        "caption": "表1　中国（云南）自由贸易试验区提升行动主要指标",
        "header": ["指标", "2024年", "2027年目标", "属性"],
        "merge_attr": True,
        "rows": [
            ("外贸进出口总额（亿元）", "1580", "2200", "预期性"),
            ("实际使用外资（亿美元）", "3.2", "5.0", "预期性"),
            ("跨境人民币结算量（亿元）", "620", "900", "预期性"),
            ("新增市场主体（万户）", "2.4", "8.0", "预期性"),
            ("省级以上制度创新成果（项）", "185", "260", "预期性"),
            ("企业开办时间（个工作日）", "1", "0.5", "约束性"),
            ("口岸进口整体通关时间（小时）", "42", "≤35", "约束性"),
        ],
        "notes": ["注：1.外贸进出口总额、实际使用外资为昆明、红河、德宏三个片区合计数；",
                  "2.新增市场主体2027年目标为2025—2027年累计数；省级以上制度创新成果为自贸试验区设立以来累计数。"],
    }),
    ("ch", "第二章　对标高标准经贸规则　提升制度型开放水平"),
    ("sec", "第一节　稳步扩大制度型开放"),
    ("item", "（一）", "对接国际高标准经贸规则。", "全面落实《区域全面经济伙伴关系协定》（RCEP）规则，主动对接《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）{{fn:1}}等高标准经贸规则，在货物贸易、服务贸易、数字贸易、知识产权、政府采购等领域开展压力测试。", None),
    ("item", "（二）", "开展首创性改革探索。", "聚焦沿边开放、跨境合作、通道建设等特色领域，每个片区每年形成省级以上制度创新成果不少于10项，建立制度创新成果第三方评估机制，对入选国家复制推广的成果予以通报表扬。", None),
    ("item", "（三）", "加强知识产权保护。", "完善知识产权快速协同保护机制，在自贸试验区设立知识产权纠纷人民调解组织，探索开展跨境知识产权保护合作，提升涉外知识产权纠纷应对能力。", None),
    ("sec", "第二节　深化贸易投资便利化"),
    ("item", "（一）", "提升贸易便利化水平。", "深化国际贸易“单一窗口”建设，推广“提前申报”“两段准入”“附条件提离”等通关模式，推进与老挝、越南、缅甸等周边国家口岸“单一窗口”互联互通和监管互认。", None),
    ("item", "（二）", "扩大外资市场准入。", "全面落实外商投资准入前国民待遇加负面清单管理制度，在电信、医疗、教育等领域有序扩大开放，健全外商投资企业投诉工作机制，依法保护外商投资合法权益。", None),
    ("ch", "第三章　突出片区特色　建设面向南亚东南亚开放高地"),
    ("sec", "第一节　昆明片区"),
    ("item", "（一）", "打造国际物流枢纽。", "支持昆明片区依托中老铁路和昆明长水国际机场，建设面向南亚东南亚的国际陆港和航空物流园，发展国际中转、国际分拨和多式联运，推动中老铁路国际货运列车稳定开行。", [KM]),
    ("item", "（二）", "发展数字贸易和服务贸易。", "在昆明片区建设面向南亚东南亚的数字贸易服务中心，发展跨境数据服务、数字内容、国际医疗和国际教育，支持设立面向南亚东南亚的小语种服务外包基地。", [KM]),
    ("sec", "第二节　红河片区"),
    ("item", "（一）", "建设跨境产业合作园区。", "支持红河片区以河口为重点，与越南老街省共建跨境产业合作园区，发展电子产品组装、农产品加工和进口资源加工，探索“境外采购、境内加工、全球销售”的跨境产业链模式。", [HH]),
    ("item", "（二）", "推动边民互市转型升级。", "推动红河片区边民互市{{fn:2}}商品落地加工，完善边民互市交易结算平台，支持边民合作社与加工企业建立利益联结机制，带动沿边群众增收。", [HH]),
    ("sec", "第三节　德宏片区"),
    ("item", "（一）", "建设沿边产业新城。", "支持德宏片区依托瑞丽国家重点开发开放试验区，发展纺织服装、电子信息、新能源汽车零部件等外向型产业，建设中缅经济走廊门户枢纽。", [DH]),
    ("item", "（二）", "创新跨境金融服务。", "在德宏片区开展人民币与缅币直接兑换业务，完善跨境人民币结算、清算体系，探索跨境移动支付和边民互市结算便利化措施。", [DH]),
    ("box", "专栏1　重点工程", [
        ("1.昆明片区国际陆港多式联运中心：", "建设铁路集装箱作业区、海关监管作业场所和国际分拨中心，形成年集装箱作业能力100万标箱。", [KM]),
        ("2.红河片区中越跨境电商产业园：", "建设跨境电商监管中心、海外仓服务中心和直播电商基地，引进跨境电商企业100家以上。", [HH]),
        ("3.德宏片区中缅边境加工贸易园：", "建设标准厂房50万平方米，配套建设进口资源加工和保税仓储设施。", [DH]),
        ("4.自贸试验区“单一窗口”升级工程：", "建设集通关、物流、金融、结算于一体的综合服务平台，实现三个片区业务“一网通办”。", None),
        ("5.联动创新区共建工程：", "支持玉溪高新技术产业开发区、曲靖经济技术开发区与昆明片区共建产业协作园区，共享招商资源和改革成果。", ["玉溪高新技术产业开发区", "曲靖经济技术开发区", KM]),
    ]),
    ("ch", "第四章　推动综合保税区和口岸提质增效"),
    ("sec", "第一节　提升综合保税区发展能级"),
    ("item", "（一）", "做强昆明综合保税区。", "支持昆明综合保税区发展生物医药研发、保税维修、高端消费品保税展示交易，申报开展进口药品和医疗器械保税研发试点，到2027年区内进出口额突破300亿元。", ["昆明综合保税区"]),
    ("item", "（二）", "做大红河综合保税区。", "支持红河综合保税区承接东部地区电子信息加工贸易梯度转移，发展面向越南市场的保税加工和保税物流，推动与河口口岸联动发展。", ["红河综合保税区"]),
    ("item", "（三）", "推进综合保税区与片区联动。", "推动全省综合保税区与自贸试验区片区在政策、产业、监管等方面联动创新，综合保税区内企业可同等享受片区改革试点政策。", None),
    ("sec", "第二节　推进口岸高质量发展"),
    ("item", "（一）", "提升口岸通关能力。", "推进磨憨铁路口岸、河口公路口岸、瑞丽口岸等扩能改造，完善口岸查验设施和指定监管场地，推动重点口岸实现24小时通关。", None),
    ("item", "（二）", "建设智慧口岸。", "推广“智能卡口”“无感通关”“远程查验”等智慧监管方式，推动口岸物流信息平台与境外口岸互联互通，提升口岸整体通关效率。", None),
    ("ch", "第五章　培育开放型产业　拓展经贸合作新空间"),
    ("sec", "第一节　发展跨境电商和新型贸易"),
    ("item", "（一）", "做大跨境电商规模。", "支持自贸试验区建设跨境电商产业园，发展跨境电商B2B出口和保税备货进口，培育面向南亚东南亚的跨境电商平台和独立站，推动“跨境电商+产业带”融合发展。", None),
    ("item", "（二）", "发展新型离岸国际贸易。", "支持昆明片区开展新型离岸国际贸易试点，建立新型离岸国际贸易企业“白名单”制度，为真实合规的离岸贸易提供跨境资金结算便利。", [KM]),
    ("sec", "第二节　深化跨境金融合作"),
    ("item", "（一）", "扩大跨境人民币使用。", "推动大宗商品贸易、跨境电商、对外承包工程等领域使用人民币计价结算，支持银行为自贸试验区企业提供跨境人民币融资服务。", None),
    ("item", "（二）", "完善跨境金融服务体系。", "支持金融机构在自贸试验区设立面向南亚东南亚的跨境金融服务中心，发展跨境保险、出口信用保险和供应链金融，提升金融服务实体经济能力。", None),
    ("sec", "第三节　推进联动创新"),
    ("item", "（一）", "高标准建设联动创新区。", "支持玉溪高新技术产业开发区、曲靖经济技术开发区、磨憨—磨丁经济合作区中方区域等联动创新区{{fn:3}}复制推广自贸试验区改革试点经验，赋予联动创新区相应的省级经济管理权限。", ["玉溪高新技术产业开发区", "曲靖经济技术开发区", "磨憨—磨丁经济合作区中方区域"]),
    ("item", "（二）", "加快复制推广改革经验。", "建立自贸试验区改革试点经验复制推广清单，每年在全省范围内复制推广一批制度创新成果，省直有关部门要在6个月内完成复制推广工作。", None),
    ("ch", "第六章　保障措施"),
    ("item", "（一）", "加强组织领导。", "充分发挥省自由贸易试验区工作领导小组统筹协调作用，建立省市县三级联动推进机制，每年制定年度工作要点，定期调度重点任务进展。", None),
    ("item", "（二）", "强化法治保障。", "推动修订《中国（云南）自由贸易试验区条例》，及时调整完善与改革创新不相适应的地方性法规和规章，建立改革容错纠错机制。", None),
    ("item", "（三）", "加大要素支持。", "省级财政每年统筹安排自贸试验区发展专项资金，优先保障片区重大项目用地指标，支持片区引进国际化、专业化人才。", None),
    ("item", "（四）", "完善考核评估。", "将自贸试验区提升行动纳入省人民政府督查检查和年度考核，开展年度评估和期末总结评估，评估结果向社会公开。", None),
]


def build_yunnan(pages=None):
    stem = "blind327_yunnan_xingdongjihua"
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    fns = Footnotes(YN_FN)
    s0 = doc.sections[0]
    page_setup(s0)
    # --- 版头
    p = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    fmt(p, align=CENTER, line=50, before=0)
    set_run(p.add_run("云南省人民政府办公厅文件"), XBS, 34, color=RED)
    p = doc.add_paragraph()
    fmt(p, align=CENTER, line=26, before=14, after=4)
    set_run(p.add_run("云政办发〔2025〕31号"), FS, 16)
    border(p, "bottom", RED, 18, 6)
    # --- 标题 (soft breaks inside)
    p = doc.add_paragraph()
    fmt(p, align=CENTER, line=32, before=12, after=10)
    add_text(p, "云南省人民政府办公厅关于印发\n中国（云南）自由贸易试验区提升行动计划\n（2025—2027年）的通知", XBS, 22)
    # --- 主送
    p = doc.add_paragraph()
    fmt(p, align=LEFT, line=26)
    set_run(p.add_run("昆明市、红河州、德宏州人民政府，省直有关部门："), FS, 16)
    for t in YN_NOTICE:
        p = doc.add_paragraph()
        fmt(p, align=JUSTIFY, first=32, line=26)
        set_run(p.add_run(t), FS, 16)
    p = doc.add_paragraph()
    fmt(p, line=26)
    p = doc.add_paragraph()
    fmt(p, align=JUSTIFY, first=32, left=0, line=26)
    set_run(p.add_run("附件：" + YN_PLAN), FS, 16)
    p = doc.add_paragraph()
    fmt(p, line=26)
    # --- 落款 (署名 and date in one paragraph, soft break)
    p = doc.add_paragraph()
    fmt(p, align=RIGHT, right=64, line=26)
    add_text(p, "云南省人民政府办公厅\n2025年6月12日", FS, 16)
    p = doc.add_paragraph()
    fmt(p, first=32, line=26, before=0)
    set_run(p.add_run("（此件公开发布）"), FS, 16)
    set_page_numbers(s0)
    # --- 附件 cover
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s1)
    no_header_footer(s1)
    p = doc.add_paragraph()
    fmt(p, align=LEFT, line=28)
    set_run(p.add_run("附件"), HT, 16)
    p = doc.add_paragraph()
    fmt(p, align=CENTER, line=50, before=110)
    add_text(p, "中国（云南）自由贸易试验区\n提升行动计划", XBS, 26)
    p = doc.add_paragraph()
    fmt(p, align=CENTER, line=40, before=12)
    add_text(p, "（2025—2027年）", KT, 20)
    p = doc.add_paragraph()
    fmt(p, align=CENTER, line=36, before=170)
    add_text(p, "中国（云南）自由贸易试验区工作领导小组办公室", KT, 18)
    p = doc.add_paragraph()
    fmt(p, align=CENTER, line=36, before=8)
    add_text(p, "2025年6月", KT, 18)
    # --- 目录
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s2)
    set_running_head(s2, YN_PLAN)
    set_page_numbers(s2)
    write_toc(doc, toc_entries_of(YN_BODY), pages)
    # --- body
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s3)
    set_running_head(s3, YN_PLAN)
    set_page_numbers(s3)
    clauses, applies = list(YN_NOTICE), {}
    write_body(doc, YN_BODY, fns, clauses, applies)
    # --- 版记 (after the attachment, at the foot of its own last page)
    p = doc.add_paragraph()
    fmt(p, line=28)
    p.add_run().add_break(WD_BREAK.PAGE)
    p = doc.add_paragraph()
    fmt(p, align=LEFT, left=56, right=14, line=26, before=520)
    p.paragraph_format.first_line_indent = Pt(-42)
    border(p, "top", "000000", 6, 4)
    border(p, "bottom", "000000", 4, 4)
    add_text(p, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，云南省军区，昆明海关。", FS, 14)
    p = doc.add_paragraph()
    fmt(p, align=LEFT, left=14, right=14, line=26)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(152), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 6, 4)
    set_run(p.add_run("云南省人民政府办公厅\t2025年6月13日印发"), FS, 14)
    fns.attach(doc)
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": YN_TITLE,
        "doc_number": "云政办发〔2025〕31号",
        "issuer": ["云南省人民政府办公厅"],
        "date": "2025-06-12",
        "published": "2025-06-13",
        "level": "provincial",
        "region": "云南省",
        "effective": "2025-07-01",
        "expires": "2027-12-31",
        "attachments": [YN_PLAN],
        "doc_type": "通知",
        "recipients": ["昆明市、红河州、德宏州人民政府", "省直有关部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, {"meta": meta, "clauses": clauses, "applies_to": {"specific": applies}}


# ============================================================================
def make(builder, body, first_body_index_fn, offset_fn):
    stem, path, exp = builder(None)
    pdf = convert(path)
    with pdfplumber.open(pdf) as p:
        texts = [norm(pg.extract_text() or "") for pg in p.pages]
    first = first_body_index_fn(texts)
    pages, n = locate_headings(pdf, body, first, offset_fn(first))
    for _ in range(2):
        stem, path, exp = builder(pages)
        pdf = convert(path)
        with pdfplumber.open(pdf) as p:
            texts = [norm(pg.extract_text() or "") for pg in p.pages]
        first = first_body_index_fn(texts)
        new_pages, n = locate_headings(pdf, body, first, offset_fn(first))
        if new_pages == pages:
            break
        pages = new_pages
    missing = [t for k, t in toc_entries_of(body) if t not in pages]
    assert not missing, missing
    print(f"{stem}: {n} pages; 目录 {pages}")
    return stem, exp


def first_after_toc(texts):
    for i, t in enumerate(texts):
        if "目录" in t:
            return i + 1
    raise RuntimeError("no 目录 page")


def main():
    expected = {}
    # 钦州: cover (index 0), 目录 (index 1), body numbered from 1 at the first body page
    stem, exp = make(build_qinzhou, QZ_BODY, first_after_toc, lambda first: 1 - first)
    expected[stem] = [exp]
    # 云南: numbering runs through the whole 公文 (notice = page 1)
    stem, exp = make(build_yunnan, YN_BODY, first_after_toc, lambda first: 1)
    expected[stem] = [exp]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for s, docs in expected.items():
        print(s, len(docs[0]["clauses"]), "clauses,", len(docs[0]["applies_to"]["specific"]), "specific")


if __name__ == "__main__":
    main()
