# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 234: compilations and gazettes made in Word and printed to PDF.

Writes next to itself:
  blind234_zhejiang_huibian.docx/.pdf   浙江自贸试验区政策汇编（2025年版）, five documents
  blind234_jiangxi_gongbao.docx/.pdf    江西省人民政府公报2025年第8期, two columns, three items
  blind234_shangwubu_gonggao.docx/.pdf  商务部公告汇编, three 公告 without page breaks
  blind234_ndrc_xuanbian.pdf            共建“一带一路”重要文件选编, two documents, 附件 table
  expected.json

Run:  . /work/venv/bin/activate && python make_blind234.py
Tables of contents are typed with dot leaders; the page numbers are found by
printing once with LibreOffice and reading the PDF back, then printing again.
"""
import json
import re
import subprocess
from pathlib import Path

import pdfplumber
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import (WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING,
                            WD_TAB_ALIGNMENT, WD_TAB_LEADER)
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
LO_PROFILE = "file:///tmp/lo_234"

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"


# ---------------------------------------------------------------- blocks
def T(*lines):            # title, lines joined by soft line breaks
    return {"k": "title", "lines": list(lines)}


def S(text, font=KT):     # centred line under the title (文号, organ, date)
    return {"k": "sub", "text": text, "font": font}


def TO(text):             # 主送
    return {"k": "to", "text": text}


def P(text, places=None):  # clause paragraph
    return {"k": "p", "text": text, "places": places, "clause": True}


def R(head, body, places=None, font=KT):  # run-in heading clause
    return {"k": "runin", "head": head, "body": body, "places": places,
            "font": font, "clause": True}


def A(*paras, places=None, bold_head=True):  # article / item with sub-lines
    return {"k": "art", "paras": list(paras), "places": places,
            "bold": bold_head, "clause": True}


def H(text):              # 一、 heading alone on its line (黑体)
    return {"k": "h1", "text": text}


def CH(text):             # 第一章 centred
    return {"k": "chap", "text": text}


def LEAD(text):           # content-like line that is not a clause
    return {"k": "lead", "text": text}


def SIGN(*lines):
    return {"k": "sign", "lines": list(lines)}


def DATE(text):
    return {"k": "date", "text": text}


def PUB(text="（此件公开发布）"):
    return {"k": "pub", "text": text}


def ATTN(*lines):
    return {"k": "attn", "lines": list(lines)}


def TABLE(title, header, rows, vmerge_col0=True, places_col=None):
    return {"k": "table", "title": title, "header": header, "rows": rows,
            "vmerge": vmerge_col0, "places_col": places_col, "clause": True}


def CAT(text):
    return {"k": "cat", "text": text}


def BANJI(cc, organ, date):
    return {"k": "banji", "cc": cc, "organ": organ, "date": date}


PB = {"k": "pb"}
BLANK = {"k": "blank"}


# ---------------------------------------------------------------- low level
def fonts(run, font, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    rPr = run._element.get_or_add_rPr()
    rf = rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), font)
    rf.set(qn("w:ascii"), ascii_font)
    rf.set(qn("w:hAnsi"), ascii_font)


def fmt(p, align=None, line=None, first=None, left=None, right=None,
        before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def add_field(run_parent_p, instr, font, size):
    r1 = run_parent_p.add_run()
    fonts(r1, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._element.append(fc)
    r2 = run_parent_p.add_run()
    fonts(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._element.append(it)
    r3 = run_parent_p.add_run()
    fonts(r3, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._element.append(fc)
    r4 = run_parent_p.add_run("1")
    fonts(r4, font, size)
    r5 = run_parent_p.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._element.append(fc)


def page_setup(sec):
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)
    sec.header_distance = Mm(20)
    sec.footer_distance = Mm(18)


def _sect_child(sectPr, tag, after_tags):
    el = sectPr.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        anchor = None
        for t in after_tags:
            f = sectPr.find(qn(t))
            if f is not None:
                anchor = f
        if anchor is not None:
            anchor.addnext(el)
        else:
            sectPr.append(el)
    return el


def restart_numbering(sec, start=1, fmt_=None):
    el = _sect_child(sec._sectPr, "w:pgNumType", ["w:pgSz", "w:pgMar"])
    el.set(qn("w:start"), str(start))
    if fmt_:
        el.set(qn("w:fmt"), fmt_)


def set_columns(sec, num, space=425, sep=False):
    el = _sect_child(sec._sectPr, "w:cols", ["w:pgSz", "w:pgMar", "w:pgNumType"])
    el.set(qn("w:num"), str(num))
    el.set(qn("w:space"), str(space))
    if sep:
        el.set(qn("w:sep"), "1")


def border(p, side="bottom", sz=6, color="000000"):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        pPr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "1")
    e.set(qn("w:color"), color)
    bdr.append(e)


def header_footer(sec, header_text, size=9, footer=True):
    sec.header.is_linked_to_previous = False
    sec.footer.is_linked_to_previous = False
    hp = sec.header.paragraphs[0]
    hp.text = ""
    if header_text:
        r = hp.add_run(header_text)
        fonts(r, ST, size)
        fmt(hp, align=WD_ALIGN_PARAGRAPH.CENTER)
        border(hp, "bottom", 4)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    if footer:
        fmt(fp, align=WD_ALIGN_PARAGRAPH.CENTER)
        r = fp.add_run("— ")
        fonts(r, ST, 14)
        add_field(fp, " PAGE ", ST, 14)
        r = fp.add_run(" —")
        fonts(r, ST, 14)


def blank_hf(sec):
    sec.header.is_linked_to_previous = False
    sec.footer.is_linked_to_previous = False


# ---------------------------------------------------------------- style
class Style:
    def __init__(self, body=14, line=25, title=20, tline=30, width_pt=439):
        self.body = body
        self.line = line
        self.title = title
        self.tline = tline
        self.width = width_pt   # text width, for right tab stops


def render(doc, blocks, st):
    b_ = st.body
    for b in blocks:
        k = b["k"]
        if k == "title":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, st.tline, before=st.body / 2, after=st.body / 2)
            for i, ln in enumerate(b["lines"]):
                r = p.add_run(ln)
                fonts(r, XBS, st.title, ascii_font=XBS)
                if i < len(b["lines"]) - 1:
                    r.add_break()          # soft line break (Shift+Enter)
        elif k == "sub":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, st.line)
            fonts(p.add_run(b["text"]), b["font"], b_)
        elif k == "to":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, st.line, before=st.body / 2)
            fonts(p.add_run(b["text"]), FS, b_)
        elif k in ("p", "lead"):
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, st.line, first=2 * b_)
            fonts(p.add_run(b["text"]), FS, b_)
        elif k == "runin":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, st.line, first=2 * b_)
            fonts(p.add_run(b["head"]), b["font"], b_, bold=(b["font"] == KT))
            fonts(p.add_run(b["body"]), FS, b_)
        elif k == "art":
            for i, para in enumerate(b["paras"]):
                p = doc.add_paragraph()
                fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, st.line, first=2 * b_)
                m = re.match(r"^(第[一二三四五六七八九十百]+条)(.*)$", para, re.S)
                if i == 0 and m and b["bold"]:
                    fonts(p.add_run(m.group(1)), HT, b_)
                    fonts(p.add_run(m.group(2)), FS, b_)
                else:
                    fonts(p.add_run(para), FS, b_)
        elif k == "h1":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, st.line, first=2 * b_)
            fonts(p.add_run(b["text"]), HT, b_)
        elif k == "chap":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, st.line, before=b_ / 2, after=b_ / 2)
            fonts(p.add_run(b["text"]), HT, b_)
        elif k == "cat":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, st.line, before=b_, after=b_ / 2)
            fonts(p.add_run(b["text"]), HT, b_ + 2)
            border(p, "bottom", 8, "C00000")
        elif k == "sign":
            p0 = doc.add_paragraph()
            fmt(p0, None, st.line)
            for ln in b["lines"]:
                p = doc.add_paragraph()
                fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, st.line, right=4 * b_)
                fonts(p.add_run(ln), FS, b_)
        elif k == "date":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, st.line, right=4 * b_)
            fonts(p.add_run(b["text"]), FS, b_)
        elif k == "pub":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT, st.line, first=2 * b_)
            fonts(p.add_run(b["text"]), FS, b_)
        elif k == "attn":
            p0 = doc.add_paragraph()
            fmt(p0, None, st.line)
            for i, ln in enumerate(b["lines"]):
                p = doc.add_paragraph()
                if i == 0:
                    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, st.line, first=2 * b_)
                else:
                    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, st.line, left=5 * b_)
                fonts(p.add_run(ln), FS, b_)
        elif k == "table":
            render_table(doc, b, st)
        elif k == "banji":
            p0 = doc.add_paragraph()
            fmt(p0, None, st.line)
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT, st.line, left=b_, right=b_)
            border(p, "top", 8)
            border(p, "bottom", 4)
            fonts(p.add_run(b["cc"]), FS, b_)
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT, st.line, left=b_, right=b_)
            p.paragraph_format.tab_stops.add_tab_stop(Pt(st.width - b_), WD_TAB_ALIGNMENT.RIGHT)
            border(p, "bottom", 8)
            fonts(p.add_run(b["organ"] + "\t" + b["date"]), FS, b_)
        elif k == "pb":
            p = doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)   # Ctrl+Enter
        elif k == "blank":
            p = doc.add_paragraph()
            fmt(p, None, st.line)
        else:
            raise ValueError(k)


def set_cell(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align)
    fonts(p.add_run(text), font, size, bold=bold)


def render_table(doc, b, st):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, st.tline, before=st.body / 2, after=st.body / 2)
    fonts(p.add_run(b["title"]), XBS, st.title - 4, ascii_font=XBS)
    header, rows = b["header"], b["rows"]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        set_cell(t.cell(0, j), h, HT, 12)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if v is None:
                continue
            set_cell(t.cell(i, j), v, FS, 12)
    # horizontal merges: a None after a value joins it
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if v is None and j > 0 and row[j - 1] is not None:
                txt = row[j - 1]
                m = t.cell(i, j - 1).merge(t.cell(i, j))
                set_cell(m, txt, HT, 12)
    # vertical merges of column 0 over equal runs
    if b["vmerge"]:
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1][0] == rows[i][0] and rows[i][1] is not None:
                j += 1
            if j > i:
                txt = rows[i][0]
                m = t.cell(i + 1, 0).merge(t.cell(j + 1, 0))
                set_cell(m, txt, FS, 12)
            i = j + 1


# ---------------------------------------------------------------- clauses
def table_clauses(b):
    out = []
    header = b["header"]
    for row in b["rows"]:
        parts = []
        for j, v in enumerate(row):
            if v is None:
                continue            # merged cell: value is given once
            parts.append(f"{header[j]}：{v}")
        out.append("；".join(parts))
    return out


def clauses_of(blocks):
    out, places = [], []
    for b in blocks:
        if not b.get("clause"):
            continue
        if b["k"] == "p":
            out.append(b["text"]); places.append(b["places"])
        elif b["k"] == "runin":
            out.append(b["head"] + b["body"]); places.append(b["places"])
        elif b["k"] == "art":
            out.append("\n".join(b["paras"])); places.append(b["places"])
        elif b["k"] == "table":
            for row, c in zip(b["rows"], table_clauses(b)):
                out.append(c)
                pc = b["places_col"]
                places.append([row[pc]] if pc is not None and row[pc] else None)
    return out, places


def expected_entry(meta, blocks):
    cl, pl = clauses_of(blocks)
    spec = {}
    for i, (c, p) in enumerate(zip(cl, pl)):
        if not p:
            continue
        n = 20
        while any(o.startswith(c[:n]) for j, o in enumerate(cl) if j != i):
            n += 4
        spec[c[:n]] = p
    return {"meta": meta, "clauses": cl, "applies_to": {"specific": spec}}


def meta(title, doc_number, issuer, date, level, region, doc_type, recipients,
         published=None, effective=None, expires=None, attachments=(),
         publicity=None, repeals=None):
    return {"title": title, "doc_number": doc_number, "issuer": list(issuer),
            "date": date, "published": published, "level": level, "region": region,
            "effective": effective, "expires": expires, "attachments": list(attachments),
            "doc_type": doc_type, "recipients": list(recipients), "publicity": publicity,
            "repeals": repeals}


# ---------------------------------------------------------------- PDF helpers
def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", "pdf", "--outdir", str(docx_path.parent), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return docx_path.with_suffix(".pdf")


def page_texts(pdf_path):
    out = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for pg in pdf.pages:
            w = pg.width
            parts = [pg.extract_text() or "",
                     pg.crop((0, 0, w / 2, pg.height)).extract_text() or "",
                     pg.crop((w / 2, 0, w, pg.height)).extract_text() or ""]
            out.append(re.sub(r"\s+", "", "".join(parts)))
    return out


def locate(pdf_path, locators, first_body_locator):
    """printed page numbers (body numbering starts at 1) of each locator"""
    texts = page_texts(pdf_path)
    start = None
    # the body starts at the last page holding the first locator before the others
    hits = [i for i, t in enumerate(texts) if first_body_locator in t]
    start = hits[-1] if len(hits) == 1 else hits[1]
    res = {}
    for key, loc in locators.items():
        for i in range(start, len(texts)):
            if loc in texts[i]:
                res[key] = i - start + 1
                break
        else:
            raise RuntimeError(f"locator not found: {loc}")
    return res, len(texts)


def build_with_toc(builder, path_docx, locators, first_loc):
    pages = {k: 88 for k in locators}
    for _ in range(3):
        builder(pages).save(str(path_docx))
        pdf = to_pdf(path_docx)
        found, n = locate(pdf, locators, first_loc)
        if found == pages:
            return pdf, pages, n
        pages = found
    raise RuntimeError("TOC page numbers did not settle")


def toc_line(doc, text, page, st, size=None, indent=0, font=FS):
    size = size or st.body
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, st.line + 4, left=indent + 2 * size, right=2 * size)
    p.paragraph_format.first_line_indent = Pt(-2 * size)
    p.paragraph_format.tab_stops.add_tab_stop(Pt(st.width - indent), WD_TAB_ALIGNMENT.RIGHT,
                                              WD_TAB_LEADER.DOTS)
    fonts(p.add_run(f"{text}\t{page}"), font, size)
    return p


# ================================================================ 1 浙江汇编
ZJ_DOCS = []

ZJ_DOCS.append(dict(
    toc="浙江省人民政府办公厅关于印发中国（浙江）自由贸易试验区提升行动方案（2025—2027年）的通知",
    loc="浙政办发〔2025〕15号",
    meta=meta("浙江省人民政府办公厅关于印发中国（浙江）自由贸易试验区提升行动方案（2025—2027年）的通知",
              "浙政办发〔2025〕15号", ["浙江省人民政府办公厅"], "2025-03-18", "provincial",
              "中国（浙江）自由贸易试验区", "通知",
              ["各市、县（市、区）人民政府", "省政府直属各单位"],
              attachments=["中国（浙江）自由贸易试验区提升行动方案（2025—2027年）"],
              publicity="此件公开发布"),
    blocks=[
        T("浙江省人民政府办公厅关于印发中国（浙江）", "自由贸易试验区提升行动方案", "（2025—2027年）的通知"),
        S("浙政办发〔2025〕15号"),
        TO("各市、县（市、区）人民政府，省政府直属各单位："),
        P("《中国（浙江）自由贸易试验区提升行动方案（2025—2027年）》已经省政府同意，现印发给你们，请结合实际认真组织实施。"),
        SIGN("浙江省人民政府办公厅"),
        DATE("2025年3月18日"),
        PUB(),
        BLANK,
        T("中国（浙江）自由贸易试验区提升行动方案", "（2025—2027年）"),
        P("为深入实施自由贸易试验区提升战略，推动中国（浙江）自由贸易试验区（以下简称浙江自贸试验区）在更高起点上深化改革、扩大开放，更好服务和融入共建“一带一路”，结合我省实际，制定本方案。"),
        H("一、总体要求"),
        P("坚持以制度创新为核心，以投资贸易自由化便利化为重点，对接国际高标准经贸规则，统筹推进舟山、宁波、杭州、金义四个片区和联动创新区协同发展。到2027年，浙江自贸试验区累计形成制度创新成果200项以上，其中全国首创性成果40项以上；实际使用外资年均增长5%以上，货物贸易进出口额占全省比重达到35%左右。"),
        H("二、重点任务"),
        R("（一）提升油气全产业链开放水平。", "支持舟山片区建设国际油气交易中心，扩大保税燃料油加注规模，探索开展液化天然气（LNG）船舶加注业务，到2027年保税燃料油年加注量达到900万吨。推动油气储运、炼化加工、贸易结算全链条集聚发展。",
          places=["中国（浙江）自由贸易试验区舟山片区"]),
        R("（二）建设数字贸易先行示范区。", "支持杭州片区探索数据跨境流动安全管理机制，在确保安全的前提下开展数据出境“负面清单”管理试点，培育数字服务出口基地10个以上，建设全球数字贸易博览会永久会址配套服务区。",
          places=["中国（浙江）自由贸易试验区杭州片区"]),
        R("（三）打造国际航运和物流枢纽。", "支持宁波片区深化宁波舟山港“一带一路”航线布局，加密至东盟、中东、非洲方向的集装箱航线，推进海铁联运班列扩容，到2027年海铁联运箱量达到200万标准箱。",
          places=["中国（浙江）自由贸易试验区宁波片区"]),
        R("（四）推进小商品数字自由贸易。", "支持金义片区深化市场采购贸易方式改革，推动义乌国际陆港与宁波舟山港协同联动，稳定开行“义新欧”中欧班列，探索建立小商品数字贸易规则和标准体系。",
          places=["中国（浙江）自由贸易试验区金义片区"]),
        R("（五）加快跨境电商提质增效。", "推动各片区与跨境电子商务综合试验区联动发展，支持企业在共建“一带一路”国家布局公共海外仓，完善跨境电商出口退货、保税维修等配套政策，全省跨境电商进出口额年均增长10%以上。"),
        R("（六）深化投资自由化便利化改革。", "全面落实外商投资准入前国民待遇加负面清单管理制度，探索在增值电信、医疗等领域扩大开放试点；推行外资企业设立“一件事”集成办理，实现全程网办。"),
        H("三、保障措施"),
        R("（一）加强组织领导。", "省自贸试验区工作领导小组统筹推进本方案实施，各片区管委会落实主体责任，制定年度工作要点和任务清单，按季度报送工作进展。"),
        R("（二）强化要素保障。", "省级有关部门在用地、用海、能耗、金融等方面对浙江自贸试验区重大项目予以优先保障，赋予片区更大改革自主权，依法下放一批省级管理权限。"),
        R("（三）健全评估机制。", "建立制度创新成果第三方评估和复制推广机制，每年组织开展片区建设成效评估，评估结果作为考核和政策支持的重要依据。"),
    ]))

ZJ_DOCS.append(dict(
    toc="中国（浙江）自由贸易试验区舟山片区国际航行船舶保税燃料油加注管理办法",
    loc="舟自贸委规〔2025〕2号",
    meta=meta("中国（浙江）自由贸易试验区舟山片区国际航行船舶保税燃料油加注管理办法",
              "舟自贸委规〔2025〕2号", ["中国（浙江）自由贸易试验区舟山片区管理委员会"],
              "2025-04-08", "zone", "中国（浙江）自由贸易试验区舟山片区", "办法", [],
              effective="2025-05-10", expires="2030-05-09",
              repeals="《中国（浙江）自由贸易试验区舟山片区保税燃料油加注管理暂行办法》（舟自贸委规〔2021〕3号）"),
    blocks=[
        T("中国（浙江）自由贸易试验区舟山片区", "国际航行船舶保税燃料油加注管理办法"),
        S("舟自贸委规〔2025〕2号"),
        S("中国（浙江）自由贸易试验区舟山片区管理委员会　2025年4月8日"),
        BLANK,
        A("第一条　为规范中国（浙江）自由贸易试验区舟山片区（以下简称舟山片区）国际航行船舶保税燃料油加注业务，促进国际船用燃料油市场健康发展，根据《中华人民共和国海关法》《中华人民共和国港口法》等法律法规和国家有关规定，结合舟山片区实际，制定本办法。"),
        A("第二条　本办法适用于在舟山片区所辖港区、锚地范围内，为国际航行船舶提供保税燃料油（含保税低硫燃料油、保税液化天然气）加注服务的经营活动及其监督管理。"),
        A("第三条　舟山片区管理委员会（以下简称片区管委会）负责保税燃料油加注业务的统筹协调和日常管理。",
          "海关、海事、港航、市场监管等部门按照各自职责做好监督管理工作。"),
        A("第四条　从事保税燃料油加注业务的企业（以下简称加注企业）应当具备下列条件：",
          "（一）在舟山片区依法注册登记，具有独立法人资格；",
          "（二）具有危险化学品经营许可资质；",
          "（三）自有或者租赁的加注船舶不少于2艘，且符合国家船舶检验和防污染要求；",
          "（四）建立健全安全生产、质量管理和应急处置制度。"),
        A("第五条　加注企业应当通过舟山片区油品交易服务平台（以下简称服务平台）进行业务申报，如实填报加注船舶、受油船舶、油品品种、数量及作业时间等信息。服务平台与海关、海事信息系统实时共享数据，实行“一次申报、并联审批”。"),
        A("第六条　加注作业应当在海事管理机构公布的锚地或者港区泊位进行。遇有大风、大雾等恶劣天气，加注企业应当立即停止作业。"),
        A("第七条　加注企业供应的燃料油质量应当符合国家标准和国际海事组织有关要求，每批次留存样品不少于12个月。"),
        A("第八条　支持加注企业开展保税燃料油跨关区直供、一船多供和“先供后报”等模式创新。对年度保税燃料油加注量首次超过100万吨的企业，由片区管委会按照有关规定给予奖励。"),
        A("第九条　对舟山港综合保税区内从事保税油品仓储的企业，海关实行“仓储货物按状态分类监管”，允许非保税油品与保税油品同库存储、分账管理。",
          places=["舟山港综合保税区"]),
        A("第十条　片区管委会会同有关部门建立加注企业信用评价制度，评价结果分为A、B、C三级，并向社会公布。对评价等级为C级的企业，暂停其新增加注船舶备案。"),
        A("第十一条　加注企业违反本办法规定的，由有关部门依照相关法律法规予以处理；构成犯罪的，依法追究刑事责任。"),
        A("第十二条　本办法自2025年5月10日起施行，有效期5年。原《中国（浙江）自由贸易试验区舟山片区保税燃料油加注管理暂行办法》（舟自贸委规〔2021〕3号）同时废止。"),
    ]))

ZJ_DOCS.append(dict(
    toc="浙江省市场监督管理局关于在中国（浙江）自由贸易试验区开展外资企业登记注册便利化改革的公告",
    loc="浙江省市场监督管理局公告2025年第7号",
    meta=meta("浙江省市场监督管理局关于在中国（浙江）自由贸易试验区开展外资企业登记注册便利化改革的公告",
              "浙江省市场监督管理局公告2025年第7号", ["浙江省市场监督管理局"], "2025-04-15",
              "provincial", "中国（浙江）自由贸易试验区", "公告", [], effective="2025-05-01"),
    blocks=[
        T("浙江省市场监督管理局关于在中国（浙江）", "自由贸易试验区开展外资企业登记注册", "便利化改革的公告"),
        S("浙江省市场监督管理局公告2025年第7号"),
        BLANK,
        P("为贯彻落实《中华人民共和国外商投资法》及其实施条例，进一步优化中国（浙江）自由贸易试验区（以下简称浙江自贸试验区）外商投资环境，经研究，决定在浙江自贸试验区开展外资企业登记注册便利化改革。现将有关事项公告如下："),
        R("一、推行外资企业登记“一窗通办”。", "外国投资者在浙江自贸试验区设立、变更外商投资企业的，可通过“浙江企业在线”平台一次提交申请材料，登记机关在1个工作日内办结。", font=HT),
        R("二、简化外国投资者主体资格证明。", "在杭州片区、宁波片区试行外国投资者主体资格证明文件“承诺+备查”制，外国投资者提交经其本国公证机关公证的主体资格证明文件并作出真实性承诺的，可先行办理登记。",
          places=["中国（浙江）自由贸易试验区杭州片区", "中国（浙江）自由贸易试验区宁波片区"], font=HT),
        R("三、推行外文名称和经营范围自主申报。", "外商投资企业可自主申报企业外文名称，经营范围可参照国际通行行业分类自主表述，登记机关依据《经营范围登记规范表述目录》予以规范。", font=HT),
        R("四、加强事中事后监管。", "登记机关依托国家企业信用信息公示系统，对外商投资企业实施信用风险分类管理，对承诺不实的依法撤销登记并列入严重违法失信名单。", font=HT),
        P("五、本公告自2025年5月1日起施行。此前有关规定与本公告不一致的，以本公告为准。"),
        LEAD("特此公告。"),
        SIGN("浙江省市场监督管理局"),
        DATE("2025年4月15日"),
    ]))

ZJ_DOCS.append(dict(
    toc="关于支持中国（浙江）自由贸易试验区杭州片区跨境电子商务高质量发展的若干措施",
    loc="杭政办函〔2025〕27号",
    meta=meta("关于支持中国（浙江）自由贸易试验区杭州片区跨境电子商务高质量发展的若干措施",
              "杭政办函〔2025〕27号", ["杭州市人民政府办公厅"], "2025-05-06", "municipal",
              "中国（浙江）自由贸易试验区杭州片区", "若干措施", [],
              effective="2025-06-01", expires="2027-12-31"),
    blocks=[
        T("关于支持中国（浙江）自由贸易试验区杭州片区", "跨境电子商务高质量发展的若干措施"),
        S("杭政办函〔2025〕27号"),
        BLANK,
        P("为深入实施自由贸易试验区提升战略，加快中国（浙江）自由贸易试验区杭州片区（以下简称杭州片区）跨境电子商务高质量发展，打造全球跨境电商“一带一路”合作高地，制定以下措施。"),
        H("一、培育壮大经营主体"),
        P("1.对在杭州片区新注册、年度跨境电商进出口额首次超过5000万元的企业，给予一次性奖励30万元；首次超过1亿元、5亿元的，分别给予一次性奖励50万元、100万元（就高不重复）。"),
        P("2.支持跨境电商企业开展品牌出海，对获得境外商标注册的，按每件不超过5000元给予补助，每家企业每年最高20万元。"),
        H("二、完善海外仓布局"),
        P("3.对企业在共建“一带一路”国家新建或租用面积超过5000平方米、年服务杭州企业不少于50家的公共海外仓，经认定后按实际投资额的10%给予补助，最高200万元。"),
        P("4.鼓励海外仓企业接入杭州跨境电商综合服务平台，实现仓储、物流、退税等数据“一站式”共享。"),
        H("三、提升综保区和口岸功能"),
        A("5.支持杭州综合保税区拓展保税功能：",
          "（1）开展跨境电商退货中心仓业务，对年处理退货商品货值超过1亿元的企业给予最高50万元奖励；",
          "（2）开展保税维修和“保税+直播”业务，对年度业务额超过5000万元的企业给予最高30万元奖励。",
          places=["杭州综合保税区"], bold_head=False),
        P("6.推动萧山国际机场口岸扩大跨境电商货运航线，对新开通至共建“一带一路”国家全货机航线的航空公司，按航线给予每班次不超过10万元补助。"),
        H("四、加强要素保障"),
        P("7.市级产业基金设立规模10亿元的跨境电商子基金，重点投向杭州片区跨境电商平台、服务商和独立站企业。"),
        P("8.对钱塘区块、滨江区块内新建跨境电商产业园，经认定为市级跨境电商产业园的，给予园区运营主体一次性奖励100万元。",
          places=["杭州片区钱塘区块", "杭州片区滨江区块"]),
        H("五、附则"),
        P("9.本措施自2025年6月1日起施行，有效期至2027年12月31日。符合本措施且符合本市其他同类政策的，按照就高不重复原则执行。本措施由杭州市商务局负责解释。"),
        SIGN("杭州市人民政府办公厅"),
        DATE("2025年5月6日"),
    ]))

ZJ_DOCS.append(dict(
    toc="浙江省人民政府关于同意在中国（浙江）自由贸易试验区金义片区开展市场采购贸易与跨境电商融合发展试点的复函",
    loc="浙政函〔2025〕46号",
    meta=meta("浙江省人民政府关于同意在中国（浙江）自由贸易试验区金义片区开展市场采购贸易与跨境电商融合发展试点的复函",
              "浙政函〔2025〕46号", ["浙江省人民政府"], "2025-05-20", "provincial",
              "中国（浙江）自由贸易试验区金义片区", "复函", ["金华市人民政府", "省商务厅"],
              publicity="此件公开发布"),
    blocks=[
        T("浙江省人民政府关于同意在中国（浙江）", "自由贸易试验区金义片区开展市场采购贸易", "与跨境电商融合发展试点的复函"),
        S("浙政函〔2025〕46号"),
        TO("金华市人民政府，省商务厅："),
        P("你们《关于在中国（浙江）自由贸易试验区金义片区开展市场采购贸易与跨境电商融合发展试点的请示》（金政〔2025〕9号）收悉。经研究，现函复如下："),
        P("一、同意在中国（浙江）自由贸易试验区金义片区（以下简称金义片区）开展市场采购贸易与跨境电商融合发展试点，试点期限为两年。"),
        P("二、试点要以制度创新为核心，探索市场采购贸易项下商品通过跨境电商渠道出口的监管、结汇和统计规则，形成可复制可推广的经验。"),
        P("三、支持在义乌综合保税区开展市场采购贸易商品集拼出口和跨境电商出口海外仓备货业务，实行“一次查验、分类放行”。",
          places=["义乌综合保税区"]),
        P("四、金华市人民政府要切实履行主体责任，制定试点实施方案，细化任务分工，防范化解贸易、外汇等领域风险。省商务厅要会同杭州海关、国家外汇管理局浙江省分局等单位加强指导和支持。试点中的重大问题及时报告省政府。"),
        SIGN("浙江省人民政府"),
        DATE("2025年5月20日"),
        PUB(),
    ]))


def build_zhejiang(pages):
    st = Style(body=14, line=25, title=20, tline=30)
    doc = Document()
    sec = doc.sections[0]
    page_setup(sec)
    blank_hf(sec)
    # cover
    for _ in range(4):
        fmt(doc.add_paragraph(), None, 30)
    for txt, font, size in [("中国（浙江）自由贸易试验区", XBS, 26), ("政策汇编", XBS, 36),
                            ("（2025年版）", KT, 20)]:
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, size + 22)
        fonts(p.add_run(txt), font, size, ascii_font=font)
    for _ in range(8):
        fmt(doc.add_paragraph(), None, 30)
    for txt in ("浙江省商务厅（浙江自贸试验区工作办公室）　编", "二〇二五年六月"):
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 32)
        fonts(p.add_run(txt), KT, 16)
    # 目录 section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    blank_hf(s2)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 40, after=12)
    fonts(p.add_run("目　　录"), HT, 22)
    for i, d in enumerate(ZJ_DOCS):
        toc_line(doc, d["toc"], pages[i], st, size=14)
    # body section
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    header_footer(s3, "浙江自贸试验区政策汇编")
    restart_numbering(s3, 1)
    for i, d in enumerate(ZJ_DOCS):
        if i:
            render(doc, [PB], st)
        render(doc, d["blocks"], st)
    return doc


# ================================================================ 2 江西公报
JX_DOCS = []

JX_DOCS.append(dict(
    toc="江西省口岸管理办法（江西省人民政府令第268号）",
    loc="江西省人民政府令第268号",
    meta=meta("江西省口岸管理办法", "江西省人民政府令第268号", ["江西省人民政府"], "2025-04-03",
              "provincial", "江西省", "规章", [], effective="2025-06-01"),
    blocks=[
        CAT("【省政府令】"),
        T("江西省人民政府令"),
        S("第268号", FS),
        P("《江西省口岸管理办法》已经2025年3月28日省人民政府第52次常务会议审议通过，现予公布，自2025年6月1日起施行。"),
        SIGN("省长　周立群"),
        DATE("2025年4月3日"),
        BLANK,
        T("江西省口岸管理办法"),
        CH("第一章　总　　则"),
        A("第一条　为了加强口岸管理，优化口岸营商环境，提升口岸开放水平，促进内陆开放型经济试验区建设和高质量共建“一带一路”，根据有关法律、行政法规和国家有关规定，结合本省实际，制定本办法。"),
        A("第二条　本办法适用于本省行政区域内口岸的规划、建设、开放、运行及其相关管理活动。",
          "本办法所称口岸，是指经国务院或者国家有关部门批准，供人员、货物、物品和交通运输工具直接出入境的港口、机场、铁路车站和指定监管场地。"),
        A("第三条　县级以上人民政府应当加强对口岸工作的领导，将口岸发展纳入国民经济和社会发展规划，所需经费列入本级财政预算。",
          "省人民政府口岸管理部门负责全省口岸工作的综合协调和监督管理；设区的市、县（市、区）人民政府确定的口岸管理部门负责本行政区域内的口岸工作。"),
        CH("第二章　口岸规划与建设"),
        A("第四条　省人民政府口岸管理部门应当会同有关部门编制全省口岸发展规划，报省人民政府批准后组织实施。",
          "口岸发展规划应当与国土空间规划、综合交通运输规划相衔接。"),
        A("第五条　新开放口岸或者口岸扩大开放，由所在地设区的市人民政府提出申请，经省人民政府口岸管理部门审核并报省人民政府同意后，按照国家规定程序报批。"),
        A("第六条　口岸查验基础设施应当按照国家标准同步规划、同步建设、同步验收。查验基础设施建设所需资金，按照国家和省有关规定予以保障。"),
        CH("第三章　口岸运行与管理"),
        A("第七条　口岸管理部门应当会同海关、边检、海事等口岸查验机构建立口岸通关协调机制，推进国际贸易“单一窗口”建设，实现口岸通关全流程无纸化。"),
        A("第八条　口岸经营单位应当公开收费目录清单，不得在清单之外收取费用。清单之内除政府定价外，一律不得超过标准收费。"),
        A("第九条　鼓励发展铁海联运、空铁联运等多式联运，推动南昌向塘国际陆港、赣州国际陆港与沿海港口开展“一单制”联运合作。"),
        A("第十条　口岸管理部门应当会同有关部门建立口岸突发事件应急处置机制，制定应急预案并定期组织演练。"),
        A("第十一条　赣州市、九江市人民政府应当依托赣州国际陆港、九江港建设区域性口岸物流枢纽，完善保税物流、冷链查验等配套功能，每年向省人民政府口岸管理部门报告建设情况。",
          places=["赣州市", "九江市"]),
        CH("第四章　附　　则"),
        A("第十二条　违反本办法规定的行为，法律、行政法规已有法律责任规定的，从其规定。"),
        A("第十三条　本办法自2025年6月1日起施行。"),
    ]))

JX_DOCS.append(dict(
    toc="江西省人民政府办公厅关于加快跨境电子商务高质量发展助力内陆开放型经济试验区建设的通知（赣府厅字〔2025〕36号）",
    loc="赣府厅字〔2025〕36号",
    meta=meta("江西省人民政府办公厅关于加快跨境电子商务高质量发展助力内陆开放型经济试验区建设的通知",
              "赣府厅字〔2025〕36号", ["江西省人民政府办公厅"], "2025-04-11", "provincial", "江西省",
              "通知", ["各市、县（区）人民政府", "省政府各部门"], publicity="此件公开发布"),
    blocks=[
        CAT("【省政府办公厅文件】"),
        T("江西省人民政府办公厅关于", "加快跨境电子商务高质量发展", "助力内陆开放型经济试验区", "建设的通知"),
        S("赣府厅字〔2025〕36号", FS),
        TO("各市、县（区）人民政府，省政府各部门："),
        P("为加快我省跨境电子商务高质量发展，更好融入共建“一带一路”，助力内陆开放型经济试验区建设，经省人民政府同意，现就有关事项通知如下："),
        H("一、壮大跨境电商产业集群"),
        R("（一）推动综试区差异化发展。", "南昌、赣州、九江、上饶、景德镇跨境电子商务综合试验区要立足本地产业基础，各培育1—2个年进出口额超10亿元的特色产业集群。",
          places=["南昌市", "赣州市", "九江市", "上饶市", "景德镇市"]),
        R("（二）培育跨境电商龙头企业。", "对年度跨境电商进出口额超过1亿元的企业，由省级商务发展专项资金按规定给予支持。"),
        H("二、完善跨境物流体系"),
        R("（三）加密国际物流通道。", "支持赣州国际陆港、南昌向塘国际陆港常态化开行中欧（亚）班列和铁海联运班列，稳定开行南昌至东南亚、中亚方向跨境电商货运包机。"),
        R("（四）建设海外仓网络。", "鼓励企业在共建“一带一路”国家建设海外仓，对经认定的省级公共海外仓给予一次性支持。"),
        H("三、优化监管服务"),
        R("（五）提升通关便利化水平。", "全面推广跨境电商出口“9710”“9810”监管模式，推动跨境电商零售进口商品在南昌综合保税区、赣州综合保税区开展“网购保税+线下自提”业务。",
          places=["南昌综合保税区", "赣州综合保税区"]),
        R("（六）加强金融服务。", "支持银行机构为跨境电商企业提供出口信用保险保单融资、跨境人民币结算等服务，扩大出口信用保险覆盖面。"),
        H("四、强化组织保障"),
        R("（七）建立协调机制。", "省商务厅要会同有关部门建立跨境电商工作协调机制，加强统计监测和督促指导，每年对各综试区建设情况开展评估。各地要结合实际制定具体实施方案，确保各项任务落到实处。"),
        SIGN("江西省人民政府办公厅"),
        DATE("2025年4月11日"),
        PUB(),
    ]))

JX_DOCS.append(dict(
    toc="江西省人民政府关于林文涛等同志职务任免的通知（赣府字〔2025〕19号）",
    loc="赣府字〔2025〕19号",
    meta=meta("江西省人民政府关于林文涛等同志职务任免的通知", "赣府字〔2025〕19号", ["江西省人民政府"],
              "2025-04-16", "provincial", "江西省", "人事任免",
              ["各设区市人民政府", "省政府各部门"]),
    blocks=[
        CAT("【人事任免】"),
        T("江西省人民政府关于", "林文涛等同志职务任免的通知"),
        S("赣府字〔2025〕19号", FS),
        TO("各设区市人民政府，省政府各部门："),
        LEAD("省人民政府决定："),
        P("任命林文涛为江西省商务厅副厅长；"),
        P("任命陈晓燕为江西省人民政府口岸办公室副主任（试用期一年）；"),
        P("免去郑国平的江西省商务厅副厅长职务。"),
        SIGN("江西省人民政府"),
        DATE("2025年4月16日"),
    ]))


def build_jiangxi(pages):
    st = Style(body=10.5, line=17, title=15, tline=22, width_pt=210)
    st_toc = Style(body=12, line=20, width_pt=439)
    doc = Document()
    sec = doc.sections[0]
    page_setup(sec)
    blank_hf(sec)
    # cover with 目录, single column
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 60)
    fonts(p.add_run("江西省人民政府公报"), XBS, 40, color="C00000", ascii_font=XBS)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 26)
    fonts(p.add_run("2025年第8期（总第1187期）"), ST, 14)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 24, after=6)
    fonts(p.add_run("江西省人民政府办公厅主办　　　　2025年4月30日出版"), ST, 12)
    border(p, "bottom", 18, "C00000")
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 36, before=12, after=6)
    fonts(p.add_run("目　　录"), HT, 18)
    cats = ["【省政府令】", "【省政府办公厅文件】", "【人事任免】"]
    for i, d in enumerate(JX_DOCS):
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, 24, before=6)
        fonts(p.add_run(cats[i]), HT, 12)
        toc_line(doc, d["toc"], pages[i], st_toc, size=12)
    # body: two columns
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_columns(s2, 2, 425, sep=True)
    header_footer(s2, "江西省人民政府公报　　　　　　　　　　　　　　　　　　2025年第8期")
    restart_numbering(s2, 1)
    for d in JX_DOCS:
        render(doc, d["blocks"], st)
    return doc


# ================================================================ 3 商务部公告
MOFCOM_DOCS = []

MOFCOM_DOCS.append(dict(
    meta=meta("关于公布2024年度境外经贸合作区考核结果的公告", "商务部公告2025年第18号", ["商务部"],
              "2025-04-28", "national", "全国", "公告", [],
              attachments=["2024年度境外经贸合作区考核结果名单"]),
    blocks=[
        S("商务部公告2025年第18号", HT),
        T("关于公布2024年度境外经贸合作区考核结果的公告"),
        P("根据境外经贸合作区确认考核工作有关要求，商务部会同财政部对已确认考核的境外经贸合作区2024年度建设运营情况进行了考核。现将有关事项公告如下："),
        P("一、经企业自评、省级商务主管部门初审、驻外使（领）馆经商机构核实和专家评审，28家境外经贸合作区考核结果为“合格”及以上，其中9家为“优秀”，名单见附件。"),
        P("二、考核结果为“优秀”的合作区，在对外投资合作专项资金安排、“一带一路”重点项目推介、金融保险支持等方面予以优先考虑。"),
        P("三、考核结果为“不合格”的合作区，由所在地省级商务主管部门督促实施企业限期整改，整改期限不超过一年；整改后仍不合格的，不再纳入确认考核范围。"),
        LEAD("特此公告。"),
        ATTN("附件：2024年度境外经贸合作区考核结果名单"),
        SIGN("商务部"),
        DATE("2025年4月28日"),
    ]))

MOFCOM_DOCS.append(dict(
    meta=meta("关于优化对外承包工程项目备案管理的公告", "商务部公告2025年第19号", ["商务部"],
              "2025-05-12", "national", "全国", "公告", [], effective="2025-06-01",
              repeals="商务部公告2019年第35号"),
    blocks=[
        S("商务部公告2025年第19号", HT),
        T("关于优化对外承包工程项目备案管理的公告"),
        P("为贯彻落实《对外承包工程管理条例》，进一步便利企业开展对外承包工程业务，服务高质量共建“一带一路”，现就优化对外承包工程项目备案管理有关事项公告如下："),
        P("一、对外承包工程项目合同报价金额在5000万美元以下的，企业通过商务部业务系统统一平台在线填报项目信息，系统自动生成备案回执，不再实行人工审核。"),
        P("二、合同报价金额在5000万美元及以上的项目，由企业注册地省级商务主管部门在5个工作日内办理备案；涉及敏感国家和地区的，按照有关规定办理。"),
        P("三、企业应当对填报信息的真实性负责。商务部和省级商务主管部门加强事中事后监管，对提供虚假信息的企业，依法依规予以处理并纳入对外投资合作领域信用记录。"),
        P("四、本公告自2025年6月1日起施行。商务部公告2019年第35号同时废止。"),
        LEAD("特此公告。"),
        SIGN("商务部"),
        DATE("2025年5月12日"),
    ]))

MOFCOM_DOCS.append(dict(
    meta=meta("关于进一步推动跨境电子商务出口海外仓高质量发展的公告", "商务部公告2025年第20号", ["商务部"],
              "2025-05-26", "national", "全国", "公告", []),
    blocks=[
        S("商务部公告2025年第20号", HT),
        T("关于进一步推动跨境电子商务出口海外仓", "高质量发展的公告"),
        P("为推动跨境电子商务出口海外仓高质量发展，更好服务共建“一带一路”，现就有关事项公告如下："),
        P("一、支持跨境电商企业、外贸综合服务企业和物流企业在共建“一带一路”国家和地区建设海外仓，完善海外仓仓储、配送、退换货和售后服务功能。"),
        P("二、鼓励各地依托跨境电子商务综合试验区建设海外仓综合服务平台，推动海外仓与国内产业带、物流枢纽信息对接。"),
        P("三、在中国（海南）自由贸易试验区和中国（广西）自由贸易试验区南宁片区先行开展海外仓数据跨境共享试点，探索建立海外仓服务标准和统计规则。",
          places=["中国（海南）自由贸易试验区", "中国（广西）自由贸易试验区南宁片区"]),
        P("四、各地商务主管部门要加强海外仓建设运营情况监测，于每年1月31日前将上一年度工作情况报送商务部。"),
        LEAD("特此公告。"),
        SIGN("商务部"),
        DATE("2025年5月26日"),
    ]))


def build_mofcom():
    st = Style(body=15, line=27, title=18, tline=28)
    doc = Document()
    sec = doc.sections[0]
    page_setup(sec)
    header_footer(sec, "商务部公告汇编")
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 36)
    fonts(p.add_run("商务部公告汇编"), XBS, 22, ascii_font=XBS)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 26, after=6)
    fonts(p.add_run("（2025年第18号—第20号）"), KT, 16)
    border(p, "bottom", 12)
    for i, d in enumerate(MOFCOM_DOCS):
        if i:
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 20)
            fonts(p.add_run("＊　　＊　　＊"), ST, 12)
        render(doc, d["blocks"], st)
    return doc


# ================================================================ 4 发改委选编
PROVINCE_ROWS = [
    ["东部地区", "浙江省", "30", "10"],
    ["东部地区", "广东省", "30", "10"],
    ["东部地区", "福建省", "25", "8"],
    ["中部地区", "江西省", "15", "5"],
    ["中部地区", "湖南省", "15", "5"],
    ["西部地区", "广西壮族自治区", "20", "8"],
    ["西部地区", "云南省", "20", "8"],
    ["西部地区", "新疆维吾尔自治区", "25", "10"],
    ["合计", None, "180", "64"],
]

NDRC_DOCS = []
NDRC_DOCS.append(dict(
    toc="国家发展改革委　外交部　生态环境部　商务部关于推进共建“一带一路”绿色发展合作的实施意见",
    loc="发改外资〔2025〕388号",
    meta=meta("国家发展改革委 外交部 生态环境部 商务部关于推进共建“一带一路”绿色发展合作的实施意见",
              "发改外资〔2025〕388号", ["国家发展改革委", "外交部", "生态环境部", "商务部"],
              "2025-03-25", "national", "全国", "实施意见",
              ["各省、自治区、直辖市及新疆生产建设兵团发展改革委、外办、生态环境厅（局）、商务主管部门"],
              publicity="此件公开发布"),
    blocks=[
        T("国家发展改革委　外交部　生态环境部　商务部", "关于推进共建“一带一路”绿色发展合作的", "实施意见"),
        S("发改外资〔2025〕388号"),
        TO("各省、自治区、直辖市及新疆生产建设兵团发展改革委、外办、生态环境厅（局）、商务主管部门："),
        P("为深入推进共建“一带一路”绿色发展，推动绿色基础设施、绿色能源、绿色交通、绿色金融等领域务实合作，现提出以下实施意见。"),
        H("一、总体要求"),
        P("以高质量共建“一带一路”为主线，坚持政府引导、企业主体、市场运作，统筹发展和安全。到2027年，共建“一带一路”绿色发展合作机制更加健全，境外项目绿色低碳水平明显提升，绿色投资占对外投资比重稳步提高。"),
        H("二、重点任务"),
        R("（一）推动绿色基础设施互联互通。", "引导企业在境外交通、能源、通信等基础设施项目中采用绿色低碳技术和标准，新建境外项目全面开展环境影响评价。"),
        R("（二）深化绿色能源合作。", "支持企业参与共建国家光伏、风电、水电等清洁能源项目投资建设，原则上不再新建境外煤电项目。"),
        R("（三）发展绿色金融。", "鼓励政策性金融机构和商业银行为境外绿色项目提供优惠贷款，支持符合条件的企业在境内外发行绿色债券。"),
        R("（四）发挥重点地区引领作用。", "支持新疆建设丝绸之路经济带核心区、福建建设21世纪海上丝绸之路核心区，在绿色产能合作、绿色技术转移等方面先行先试，打造区域性绿色合作平台。",
          places=["新疆维吾尔自治区", "福建省"]),
        H("三、保障措施"),
        R("（一）加强统筹协调。", "推进“一带一路”建设工作领导小组办公室加强统筹，各有关部门按照职责分工抓好落实，各地要结合实际制定具体举措。"),
        R("（二）强化风险防控。", "指导企业建立境外项目环境和社会风险管理体系，严格遵守东道国生态环保法律法规，妥善应对环境风险和舆情事件。"),
        SIGN("国家发展改革委　　外　交　部", "生态环境部　　商　务　部"),
        DATE("2025年3月25日"),
        PUB(),
    ]))

NDRC_DOCS.append(dict(
    toc="国家发展改革委办公厅关于做好2025年共建“一带一路”重点项目储备工作的通知",
    loc="发改办外资〔2025〕296号",
    meta=meta("国家发展改革委办公厅关于做好2025年共建“一带一路”重点项目储备工作的通知",
              "发改办外资〔2025〕296号", ["国家发展改革委办公厅"], "2025-04-18", "national", "全国",
              "通知", ["各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委"],
              published="2025-04-22",
              attachments=["2025年共建“一带一路”重点项目储备名额分配表",
                           "共建“一带一路”重点项目信息表（样表）"]),
    blocks=[
        T("国家发展改革委办公厅关于做好2025年共建", "“一带一路”重点项目储备工作的通知"),
        S("发改办外资〔2025〕296号"),
        TO("各省、自治区、直辖市及计划单列市、新疆生产建设兵团发展改革委："),
        P("为加强共建“一带一路”重点项目储备和推介，推动形成一批标志性工程和“小而美”民生项目，现就做好2025年重点项目储备工作有关事项通知如下："),
        R("一、储备范围。", "重点储备在共建“一带一路”国家实施的基础设施互联互通、产能合作、绿色低碳、数字经济和民生领域项目，项目应当已签署合作协议或者处于实质性推进阶段。", font=HT),
        R("二、名额分配。", "各地按照附件1确定的名额组织申报，其中“小而美”民生项目不少于分配名额的三分之一。未分配名额的地区可据实申报，每地不超过5个。", font=HT),
        R("三、申报程序。", "各地发展改革委会同有关部门对项目进行初审，于2025年6月30日前通过国家发展改革委投资项目在线审批监管平台报送，并同时报送纸质材料一式两份。", font=HT),
        R("四、工作要求。", "各地要严格把关项目真实性和可行性，对涉及敏感国家和地区的项目充分评估风险。入库项目将优先纳入“一带一路”重点项目推介清单，并在金融支持方面予以倾斜。", font=HT),
        ATTN("附件：1．2025年共建“一带一路”重点项目储备名额分配表",
             "2．共建“一带一路”重点项目信息表（样表）"),
        SIGN("国家发展改革委办公厅"),
        DATE("2025年4月18日"),
        PB,
        {"k": "lead_left", "text": "附件1"},
        TABLE("2025年共建“一带一路”重点项目储备名额分配表",
              ["区域", "省（区、市）", "储备名额（个）", "其中：“小而美”民生项目（个）"],
              PROVINCE_ROWS, places_col=1),
        BLANK,
        {"k": "lead_left", "text": "附件2"},
        T("共建“一带一路”重点项目信息表（样表）"),
        {"k": "center", "text": "（略）"},
        BANJI("抄送：外交部、商务部、国家国际发展合作署。", "国家发展改革委办公厅", "2025年4月22日印发"),
    ]))


def _extra(doc, b, st):
    if b["k"] == "lead_left":
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, st.line)
        fonts(p.add_run(b["text"]), HT, st.body + 2)
        return True
    if b["k"] == "center":
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, st.line)
        fonts(p.add_run(b["text"]), FS, st.body)
        return True
    return False


def render_ext(doc, blocks, st):
    for b in blocks:
        if not _extra(doc, b, st):
            render(doc, [b], st)


def build_ndrc(pages):
    st = Style(body=15, line=27, title=20, tline=30)
    doc = Document()
    sec = doc.sections[0]
    page_setup(sec)
    blank_hf(sec)
    for _ in range(5):
        fmt(doc.add_paragraph(), None, 30)
    for txt, font, size in [("共建“一带一路”", XBS, 30), ("重要文件选编", XBS, 36),
                            ("（2025年第一辑）", KT, 20)]:
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, size + 22)
        fonts(p.add_run(txt), font, size, ascii_font=font)
    for _ in range(8):
        fmt(doc.add_paragraph(), None, 30)
    for txt in ("推进“一带一路”建设工作领导小组办公室　编", "2025年6月"):
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 32)
        fonts(p.add_run(txt), KT, 16)
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    blank_hf(s2)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 40, after=12)
    fonts(p.add_run("目　　录"), HT, 22)
    for i, d in enumerate(NDRC_DOCS):
        toc_line(doc, d["toc"], pages[i], st, size=14)
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    header_footer(s3, "共建“一带一路”重要文件选编")
    restart_numbering(s3, 1)
    for i, d in enumerate(NDRC_DOCS):
        if i:
            render(doc, [PB], st)
        render_ext(doc, d["blocks"], st)
    return doc


# ================================================================ main
def main():
    expected = {}

    # 1 浙江汇编
    path = HERE / "blind234_zhejiang_huibian.docx"
    locs = {i: d["loc"] for i, d in enumerate(ZJ_DOCS)}
    _, pages, n = build_with_toc(build_zhejiang, path, locs, ZJ_DOCS[0]["loc"])
    print(path.name, "toc pages", pages, "pdf pages", n)
    expected[path.stem] = [expected_entry(d["meta"], d["blocks"]) for d in ZJ_DOCS]

    # 2 江西公报
    path = HERE / "blind234_jiangxi_gongbao.docx"
    locs = {i: d["loc"] for i, d in enumerate(JX_DOCS)}
    _, pages, n = build_with_toc(build_jiangxi, path, locs, JX_DOCS[0]["loc"])
    print(path.name, "toc pages", pages, "pdf pages", n)
    expected[path.stem] = [expected_entry(d["meta"], d["blocks"]) for d in JX_DOCS]

    # 3 商务部公告
    path = HERE / "blind234_shangwubu_gonggao.docx"
    build_mofcom().save(str(path))
    to_pdf(path)
    print(path.name)
    expected[path.stem] = [expected_entry(d["meta"], d["blocks"]) for d in MOFCOM_DOCS]

    # 4 发改委选编 (PDF only)
    path = HERE / "blind234_ndrc_xuanbian.docx"
    locs = {i: d["loc"] for i, d in enumerate(NDRC_DOCS)}
    _, pages, n = build_with_toc(build_ndrc, path, locs, NDRC_DOCS[0]["loc"])
    path.unlink()
    print(path.with_suffix(".pdf").name, "toc pages", pages, "pdf pages", n)
    expected[path.stem] = [expected_entry(d["meta"], d["blocks"]) for d in NDRC_DOCS]

    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2),
                                        encoding="utf-8")
    for stem, docs in expected.items():
        print(stem, [len(d["clauses"]) for d in docs])


if __name__ == "__main__":
    main()
