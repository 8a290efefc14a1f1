# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 239: two provincial government gazette issues printed in two
columns (广东省人民政府公报 2025年第15期, 浙江政报 2025年第9期).

Writes, next to itself:
  blind239_guangdong_gongbao.docx / .pdf
  blind239_zhejiang_zhengbao.docx / .pdf
  expected.json

Run:  . /work/venv/bin/activate && python make_blind239.py
Needs LibreOffice (soffice).  Each issue is printed twice: the first PDF is
read back to fill the 目录 page numbers of the second.
All documents, numbers, names and dates are fictional.
"""
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
PROFILE = "file:///tmp/lo_239"

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = "E60012"
COL = "⟨COL⟩"          # column break inside a paragraph

# ====================================================================== blocks


def CAT(text):
    return {"k": "cat", "text": text}


def T(*lines):
    return {"k": "title", "lines": list(lines)}


def SUB(text):
    return {"k": "sub", "text": text}


def TO(text):
    return {"k": "to", "text": text}


def P(text, places=None):
    return {"k": "p", "text": text, "places": places}


def R(head, body, places=None, font=KT, bold=False):
    return {"k": "r", "head": head, "body": body, "places": places,
            "font": font, "bold": bold}


def M(*lines, places=None, soft=False, head=None):
    """one clause over several lines (sub-items); soft=True: one paragraph
    with soft line breaks, else one paragraph per line."""
    return {"k": "m", "lines": list(lines), "places": places, "soft": soft,
            "head": head}


def H1(text):
    return {"k": "h1", "text": text}


def H2(text):
    return {"k": "h2", "text": text}


def LEAD(text):
    return {"k": "lead", "text": text}


def ATTN(*lines):
    return {"k": "attn", "lines": list(lines)}


def SIGN(organ, date):
    return {"k": "sign", "organ": organ, "date": date}


def PUB(text="（此件公开发布）"):
    return {"k": "pub", "text": text}


def NOTE(text):
    return {"k": "note", "text": text}


def TABLE(caption, header, rows, vmerge=(0,), places=None, widths=None):
    """rows: list of lists; a cell None under a vmerge column continues the
    cell above.  places: list (per row) of place lists or None."""
    return {"k": "table", "caption": caption, "header": header, "rows": rows,
            "vmerge": vmerge, "places": places, "widths": widths}


BLANK = {"k": "blank"}

# ====================================================================== low level


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
        before=0, after=0, keep_next=False):
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
    if keep_next:
        pf.keep_with_next = True
    return p


def add_field(p, instr, font, size):
    def fc(kind):
        r = p.add_run()
        fonts(r, font, size)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._element.append(e)
    fc("begin")
    r = p.add_run()
    fonts(r, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r._element.append(it)
    fc("separate")
    r = p.add_run("1")
    fonts(r, font, size)
    fc("end")


def page_setup(sec):
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(30)
    sec.bottom_margin = Mm(28)
    sec.left_margin = Mm(22)
    sec.right_margin = Mm(22)
    sec.header_distance = Mm(15)
    sec.footer_distance = Mm(14)


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


def restart_numbering(sec, start=1):
    el = _sect_child(sec._sectPr, "w:pgNumType", ["w:pgSz", "w:pgMar"])
    el.set(qn("w:start"), str(start))


def set_columns(sec, num, space=454, sep=False):
    el = _sect_child(sec._sectPr, "w:cols", ["w:pgSz", "w:pgMar", "w:pgNumType"])
    el.set(qn("w:num"), str(num))
    el.set(qn("w:space"), str(space))
    if sep:
        el.set(qn("w:sep"), "1")


def border(p, side="bottom", sz=6, color="000000", val="single", space=1):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        pPr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), val)
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def running_heads(doc, sec, odd_text, even_text):
    """odd/even running heads and GB/T 9704 style page numbers (odd right,
    even left)."""
    doc.settings.odd_and_even_pages_header_footer = True
    for hdr, text, align in ((sec.header, odd_text, WD_ALIGN_PARAGRAPH.RIGHT),
                             (sec.even_page_header, even_text, WD_ALIGN_PARAGRAPH.LEFT)):
        hdr.is_linked_to_previous = False
        hp = hdr.paragraphs[0]
        hp.text = ""
        r = hp.add_run(text)
        fonts(r, ST, 9)
        fmt(hp, align=align)
        border(hp, "bottom", 6, RED)
    for ftr, align in ((sec.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                       (sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        ftr.is_linked_to_previous = False
        fp = ftr.paragraphs[0]
        fp.text = ""
        fmt(fp, align=align, left=14 if align == WD_ALIGN_PARAGRAPH.LEFT else None,
            right=14 if align == WD_ALIGN_PARAGRAPH.RIGHT else None)
        r = fp.add_run("— ")
        fonts(r, ST, 12)
        add_field(fp, " PAGE ", ST, 12)
        r = fp.add_run(" —")
        fonts(r, ST, 12)


def blank_hf(sec):
    for h in (sec.header, sec.footer, sec.even_page_header, sec.even_page_footer):
        h.is_linked_to_previous = False


def cell_borders(cell, sz=4):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:color"), "000000")
        b.append(e)
    tcPr.append(b)


def set_cell(cell, text, size=8.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, font=FS):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align=align, line=12)
    r = p.add_run(text)
    fonts(r, HT if bold else font, size)


# ====================================================================== render

BODY = 10.5
LINE = 16.5
IND = 21          # two characters at 10.5 pt
COLW_MM = 80      # column width: (210-44-~6)/2


def add_text(p, text, font, size, bold=False):
    """text may hold COL (column break) and \v (soft line break)."""
    parts = re.split("(%s|\v)" % re.escape(COL), text)
    for part in parts:
        if part == COL:
            r = p.add_run()
            r.add_break(WD_BREAK.COLUMN)
        elif part == "\v":
            r = p.add_run()
            r.add_break()
        elif part:
            r = p.add_run(part)
            fonts(r, font, size, bold=bold)


def render(doc, blocks):
    for b in blocks:
        k = b["k"]
        if k == "cat":
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, line=20, before=10, after=4,
                keep_next=True)
            r = p.add_run(b["text"])
            fonts(r, HT, 12, color=RED)
            border(p, "bottom", 4, RED)
        elif k == "title":
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=21, before=8, after=4,
                keep_next=True)
            add_text(p, "\v".join(b["lines"]), XBS, 13)
        elif k == "sub":
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=LINE, after=2, keep_next=True)
            add_text(p, b["text"], FS, BODY)
        elif k == "to":
            p = doc.add_paragraph()
            fmt(p, line=LINE, before=4)
            add_text(p, b["text"], FS, BODY)
        elif k in ("p", "lead"):
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=LINE, first=IND)
            add_text(p, b["text"], FS, BODY)
        elif k == "r":
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=LINE, first=IND)
            add_text(p, b["head"], b["font"], BODY, bold=b["bold"])
            add_text(p, b["body"], FS, BODY)
        elif k == "m":
            if b["soft"]:
                p = doc.add_paragraph()
                fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, line=LINE, first=IND)
                add_text(p, "\v".join(b["lines"]), FS, BODY)
            else:
                for i, line in enumerate(b["lines"]):
                    p = doc.add_paragraph()
                    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=LINE, first=IND)
                    if i == 0 and b.get("head"):
                        add_text(p, b["head"], FS, BODY, bold=True)
                        add_text(p, line[len(b["head"]):], FS, BODY)
                    else:
                        add_text(p, line, FS, BODY)
        elif k == "h1":
            p = doc.add_paragraph()
            fmt(p, line=LINE, first=IND, keep_next=True)
            add_text(p, b["text"], HT, BODY)
        elif k == "h2":
            p = doc.add_paragraph()
            fmt(p, line=LINE, first=IND, keep_next=True)
            add_text(p, b["text"], KT, BODY)
        elif k == "attn":
            p = doc.add_paragraph()
            fmt(p, line=LINE, left=IND, first=0, before=6)
            add_text(p, "\v".join(b["lines"]), FS, BODY)
        elif k == "sign":
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=LINE, right=IND, before=8)
            add_text(p, b["organ"], FS, BODY)
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=LINE, right=IND)
            add_text(p, b["date"], FS, BODY)
        elif k == "pub":
            p = doc.add_paragraph()
            fmt(p, line=LINE, first=IND)
            add_text(p, b["text"], FS, BODY)
        elif k == "note":
            p = doc.add_paragraph()
            fmt(p, line=LINE, first=IND)
            add_text(p, b["text"], KT, BODY)
        elif k == "blank":
            p = doc.add_paragraph()
            fmt(p, line=8)
        elif k == "table":
            render_table(doc, b)
        else:
            raise ValueError(k)


def render_table(doc, b):
    if b["caption"]:
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=LINE, before=4, after=2,
            keep_next=True)
        add_text(p, b["caption"], HT, 9.5)
    header, rows = b["header"], b["rows"]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = b["widths"] or [COLW_MM / len(header)] * len(header)
    for i, h in enumerate(header):
        set_cell(t.cell(0, i), h, bold=True)
    for ri, row in enumerate(rows, start=1):
        for ci, v in enumerate(row):
            if v is not None:
                set_cell(t.cell(ri, ci), v,
                         align=WD_ALIGN_PARAGRAPH.LEFT if len(v) > 8 else WD_ALIGN_PARAGRAPH.CENTER)
    # vertical merges
    for ci in b["vmerge"]:
        start = None
        for ri in range(1, len(rows) + 1):
            v = rows[ri - 1][ci]
            if v is not None:
                start = ri
            else:
                top = t.cell(start, ci)
                text = top.text
                top.merge(t.cell(ri, ci))
                set_cell(top, text)
    tblPr = t._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    for ci, col in enumerate(t.columns):
        col.width = Mm(widths[ci])
    for row in t.rows:
        for ci, c in enumerate(row.cells):
            c.width = Mm(widths[ci])
            cell_borders(c)
    # space after the table
    p = doc.add_paragraph()
    fmt(p, line=6)


# ====================================================================== expected


def strip_marks(s):
    return s.replace(COL, "").replace("\v", "\n")


def table_clauses(b):
    out = []
    last = {}
    for row in b["rows"]:
        vals = []
        for ci, v in enumerate(row):
            if v is None:
                v = last[ci]
            last[ci] = v
            vals.append(v)
        out.append("；".join(f"{h}：{v}" for h, v in zip(b["header"], vals)))
    return out


def clauses_of(blocks):
    clauses, specific = [], {}
    for b in blocks:
        k = b["k"]
        if k == "p":
            texts, places = [strip_marks(b["text"])], [b["places"]]
        elif k == "r":
            texts, places = [strip_marks(b["head"] + b["body"])], [b["places"]]
        elif k == "m":
            texts, places = ["\n".join(strip_marks(x) for x in b["lines"])], [b["places"]]
        elif k == "table":
            texts = table_clauses(b)
            places = b["places"] or [None] * len(texts)
        else:
            continue
        for t, pl in zip(texts, places):
            clauses.append(t)
            if pl:
                key = t[:20]
                assert key not in specific
                specific[key] = pl
    return clauses, specific


def entry(meta, blocks):
    clauses, specific = clauses_of(blocks)
    return {"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}


def meta(title, doc_number, issuer, date, level, region, doc_type, recipients,
         effective=None, expires=None, attachments=(), publicity=None,
         repeals=None, published=None):
    return {"title": title, "doc_number": doc_number, "issuer": issuer,
            "date": date, "published": published, "level": level,
            "region": region, "effective": effective, "expires": expires,
            "attachments": list(attachments), "doc_type": doc_type,
            "recipients": recipients, "publicity": publicity,
            "repeals": repeals}


# ====================================================================== PDF helpers


def to_pdf(docx_path):
    out = docx_path.parent
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={PROFILE}",
                    "--convert-to", "pdf", "--outdir", str(out), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return docx_path.with_suffix(".pdf")


def column_texts(pdf_path):
    import pdfplumber
    pages = []
    with pdfplumber.open(str(pdf_path)) as pdf:
        for pg in pdf.pages:
            w = pg.width
            left = pg.crop((0, 0, w / 2, pg.height)).extract_text() or ""
            right = pg.crop((w / 2, 0, w, pg.height)).extract_text() or ""
            pages.append(re.sub(r"\s+", "", left + right))
    return pages


def locate(pdf_path, locators, n_front):
    pages = column_texts(pdf_path)
    found = {}
    for key, loc in locators.items():
        for i in range(n_front, len(pages)):
            if loc in pages[i]:
                found[key] = i - n_front + 1
                break
        else:
            found[key] = 0
    return found


def toc_entry(doc, title, number, page, size=9.5, line=15):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=line, left=0, first=0, after=2)
    add_text(p, title, FS, size)
    if number:
        add_text(p, "（" + number + "）", FS, size)
    pg = str(page) if page else "　"
    add_text(p, "……（" + pg + "）", FS, size)


def toc_cat(doc, text, size=10.5):
    p = doc.add_paragraph()
    fmt(p, line=18, before=4, after=2)
    add_text(p, text, HT, size)


# ====================================================================== 广东


GD_T1 = "广东省人民政府关于印发广东省推动自由贸易试验区提升战略深度融入共建“一带一路”行动方案（2025—2027年）的通知"
GD_FA = "广东省推动自由贸易试验区提升战略深度融入共建“一带一路”行动方案（2025—2027年）"
GD_T2 = "广东省人民政府办公厅关于同意设立湛江跨境电子商务产业园的复函"
GD_T3 = "广东省商务厅关于加强省级公共海外仓认定和管理的通知"
GD_T4 = "广东省人民政府关于黄嘉明等同志职务任免的通知"

NS = "中国（广东）自由贸易试验区广州南沙新区片区"
QH = "中国（广东）自由贸易试验区深圳前海蛇口片区"
HQ = "中国（广东）自由贸易试验区珠海横琴新区片区"

GD1 = [
    CAT("【省政府文件】"),
    T("广东省人民政府关于印发广东省推动",
      "自由贸易试验区提升战略深度融入",
      "共建“一带一路”行动方案",
      "（2025—2027年）的通知"),
    SUB("粤府〔2025〕41号"),
    TO("各地级以上市人民政府，省政府各部门、各直属机构："),
    P("现将《" + GD_FA + "》印发给你们，请认真组织实施。实施过程中遇到的问题，请径向省商务厅（省自贸办）反映。"),
    SIGN("广东省人民政府", "2025年5月26日"),
    T("广东省推动自由贸易试验区提升战略",
      "深度融入共建“一带一路”行动方案",
      "（2025—2027年）"),
    P("为深入贯彻党中央、国务院关于实施自由贸易试验区提升战略的决策部署，高质量建设中国（广东）自由贸易试验区（以下简称广东自贸试验区），推动其在服务共建“一带一路”中发挥更大作用，结合我省实际，制定本方案。"),
    H1("一、总体目标"),
    P("到2027年，广东自贸试验区对接高标准国际经贸规则取得新突破，与共建“一带一路”国家贸易投资合作规模稳步扩大，形成一批可复制可推广的制度创新成果，开放型经济新体制进一步完善。主要指标如下："),
    TABLE("广东自贸试验区融入共建“一带一路”主要指标",
          ["类别", "指标", "2024年", "2027年"],
          [["贸易", "与共建“一带一路”国家进出口额（亿元）", "6850", "8500"],
           [None, "跨境电商进出口额（亿元）", "1320", "2000"],
           ["投资", "实际使用外资（亿美元）", "98", "120"],
           [None, "对共建“一带一路”国家直接投资（亿美元）", "62", "80"],
           ["制度创新", "累计形成制度创新成果（项）", "860", "1000"]],
          vmerge=(0,), widths=[13, 39, 13, 13]),
    H1("二、重点任务"),
    R("（一）对接高标准国际经贸规则。",
      "在服务贸易、数字贸易、知识产权保护、政府采购等领域开展压力测试，率先探索与共建“一带一路”国家规则标准“软联通”。推动建立跨境服务贸易负面清单管理配套制度，每年对清单实施效果开展评估。"),
    R("（二）打造南沙国际航运物流枢纽。",
      "支持南沙片区建设国际航运物流枢纽，加密至东南亚、南亚、中东和非洲等共建“一带一路”国家和地区的集装箱班轮航线，2027年前新增外贸航线15条以上。推动南沙港区开展国际中转集拼业务，探索“组合港”“离港确认”等通关模式。",
      places=[NS]),
    R("（三）深化前海深港现代服务业合作。",
      "支持前海蛇口片区深化与香港在金融、法律、会计等专业服务领域的规则衔接，扩大港澳专业人士跨境执业范围。鼓励在前海蛇口片区设立服务共建“一带一路”的国际商事调解、仲裁机构。",
      places=[QH]),
    R("（四）拓展横琴中葡商贸合作。",
      "支持横琴片区联动澳门打造中国与葡语国家商贸合作服务平台，建设葡语国家食品、药品进口集散中心，对符合条件的进口商品实行“一次检测、两地通行”。",
      places=[HQ]),
    H2("（五）培育跨境电商新业态"),
    R("1.建设跨境电商综合试验区升级版。",
      "推动全省跨境电商综合试验区与广东自贸试验区联动发展，支持在各片区布局跨境电商监管中心和海外仓服务中心，培育一批年进出口额超10亿元的跨境电商龙头企业。",
      font=FS, bold=True),
    R("2.布局“一带一路”海外仓。",
      "支持企业在东盟、中东、拉美等共建“一带一路”重点市场建设公共海外仓，对符合条件的省级公共海外仓按规定给予支持。",
      font=FS, bold=True),
    R("3.创新跨境电商监管模式。",
      "在广州南沙综合保税区、深圳前海综合保税区试点跨境电商出口商品“先出区、后报关”模式，探索跨境电商零售进口退货“区内直退”。",
      places=["广州南沙综合保税区", "深圳前海综合保税区"], font=FS, bold=True),
    R("（六）提升口岸通关效率。",
      "深化国际贸易“单一窗口”建设，推广“两步申报”“提前申报”等通关模式，压缩进出口整体通关时间。依托深圳湾、港珠澳大桥等陆路口岸，扩大“跨境一锁”快速通关模式覆盖范围。"),
    R("（七）建设中欧班列集结中心。",
      "支持广州市、东莞市建设中欧（亚）班列集结中心，稳定开行至中亚、欧洲的班列线路，推动“跨境电商+中欧班列”“海铁联运+中欧班列”等多式联运发展。",
      places=["广州市", "东莞市"]),
    R("（八）强化金融服务支撑。",
      "支持在广东自贸试验区内开展跨境贸易投资高水平开放试点，扩大人民币在共建“一带一路”跨境贸易和投资中的使用。鼓励金融机构为企业“走出去”提供跨境并购贷款、出口信用保险保单融资等" + COL + "服务，支持符合条件的企业在境外发行人民币债券。"),
    H1("三、保障措施"),
    R("（一）加强组织领导。",
      "省推进自由贸易试验区工作领导小组统筹推进本方案实施，省商务厅（省自贸办）负责日常协调，各片区管委会要制定具体落实举措，明确时间表和责任人。"),
    R("（二）强化要素保障。",
      "省级财政统筹现有专项资金，支持广东自贸试验区重大平台和公共服务体系建设。各地级以上市在用地、用海、人才引进等方面对片区重点项目予以倾斜。"),
    R("（三）健全评估机制。",
      "建立年度评估制度，委托第三方机构对本方案实施情况开展评估，评估结果作为各片区考核的重要依据。各有关单位于每年12月15日前将工作进展报送省商务厅，由省商务厅汇总后报省政府。"),
]
GD1_META = meta(GD_T1, "粤府〔2025〕41号", ["广东省人民政府"], "2025-05-26",
                "provincial", "广东省", "通知",
                ["各地级以上市人民政府", "省政府各部门、各直属机构"],
                attachments=[GD_FA])

GD2 = [
    CAT("【省政府办公厅文件】"),
    T("广东省人民政府办公厅关于同意设立",
      "湛江跨境电子商务产业园的复函"),
    SUB("粤办函〔2025〕173号"),
    TO("湛江市人民政府："),
    P("你市《关于申请设立湛江跨境电子商务产业园的请示》（湛府报〔2025〕12号）收悉。经省人民政府同意，现函复如下："),
    P("一、同意设立湛江跨境电子商务产业园（以下简称产业园）。产业园规划面积2.6平方公里，具体四至范围由湛江市人民政府向社会公布。"),
    P("二、产业园要立足湛江面向东盟的区位优势，以跨境电商B2B出口、海外仓和跨境电商物流为重点，加强与北部湾港口群、海南自由贸易港的联动，积极服务共建“一带一路”和西部陆海新通道建设。"),
    P("三、支持在湛江综合保税区开展跨境电商零售进口（网购保税进口）和跨境电商出口海外仓备货业务，依托湛江港口岸开通至东盟国家的跨境电商海运快线。",
      places=["湛江综合保税区"]),
    P("四、湛江市人民政府要切实履行主体责任，制定产业园建设实施方案，完善管理体制和运营机制，严格落实耕地保护和生态环境保护要求，坚决防范各类风险。"),
    P("五、省商务厅、省发展改革委、省自然资源厅、湛江海关等有关单位要按照职责分工，在政策、项目、用地等方面给予指导支持。产业园建设中的重大问题及时报告省人民政府。"),
    SIGN("广东省人民政府办公厅", "2025年5月29日"),
]
GD2_META = meta(GD_T2, "粤办函〔2025〕173号", ["广东省人民政府办公厅"], "2025-05-29",
                "provincial", "湛江市", "复函", ["湛江市人民政府"])

GD3_REPEALS = "《广东省商务厅关于印发〈广东省公共海外仓认定管理暂行办法〉的通知》（粤商务贸字〔2021〕18号）"
GD3 = [
    CAT("【部门规范性文件】"),
    T("广东省商务厅关于加强省级公共",
      "海外仓认定和管理的通知"),
    SUB("粤商务规字〔2025〕3号"),
    SUB("登记编号：GDSW-2025-0011"),
    TO("各地级以上市商务主管部门，横琴粤澳深度合作区经济发展局："),
    P("为贯彻落实国家和省关于拓展跨境电商出口、推进海外仓建设的决策部署，规范省级公共海外仓认定和管理，引导企业在共建“一带一路”国家和地区合理布局海外仓，现就有关事项通知如下："),
    H1("一、认定条件"),
    P("（一）申请企业为在广东省内依法注册、具有独立法人资格的外贸企业、跨境电商企业或物流企业，近两年无重大违法违规记录，未被列入严重失信主体名单。"),
    P("（二）海外仓位于境外，仓储面积不低于5000平方米（位于共建“一带一路”国家和地区的，不低于3000平方米），已稳定运营1年以上。"),
    P("（三）具备信息化管理系统，能够与国际贸易“单一窗口”或跨境电商公共服务平台实现数据对接。"),
    P("（四）上一年度为不少于30家省内企业提供服务，服务省内企业的货值占比不低于40%。"),
    H1("二、认定程序"),
    P("（一）各地级以上市商务主管部门每年4月至5月组织本地区企业申报，对申报材料的真实性、完整性进行初审，并于6月15日前将初审意见报送省商务厅。"),
    P("（二）横琴粤澳深度合作区内企业的申报由横琴粤澳深度合作区经济发展局组织，初审意见直接报送省商务厅。",
      places=["横琴粤澳深度合作区"]),
    P("（三）省商务厅委托第三方机构对申报企业进行评审，必要时开展视频核查，评审结果在省商务厅门户网站公示5个工作日。公示无异议的，认定为省级公共海外仓。"),
    H1("三、管理和支持"),
    P("（一）省级公共海外仓实行动态管理，认定有效期3年。企业应当于每年3月31日前报送上一年度运营情况报告。"),
    P("（二）对认定的省级公共海外仓，可按规定申请省级促进外贸发展专项资金支持，支持额度不超过其上一年度仓储设施租赁、信息化系统建设等实际投入的30%，单个企业每年最高不超过200万元。"),
    M("（三）存在下列情形之一的，撤销其省级公共海外仓认定，3年内不再受理其申请：",
      "1.提供虚假材料骗取认定的；",
      "2.发生重大安全、质量事故或者严重损害当地消费者权益事件的；",
      "3.连续两年未按时报送运营情况报告的。", soft=True),
    R("四、施行日期。",
      "本通知自2025年7月1日起施行，有效期至2030年6月30日。" + GD3_REPEALS + "同时废止。", font=HT),
    ATTN("附件：1.广东省省级公共海外仓认定申请表",
         "　　　2.省级公共海外仓年度运营情况报告（参考格式）"),
    SIGN("广东省商务厅", "2025年5月20日"),
    NOTE("（附件略）"),
]
GD3_META = meta(GD_T3, "粤商务规字〔2025〕3号", ["广东省商务厅"], "2025-05-20",
                "provincial", "广东省", "通知",
                ["各地级以上市商务主管部门", "横琴粤澳深度合作区经济发展局"],
                effective="2025-07-01", expires="2030-06-30",
                attachments=["广东省省级公共海外仓认定申请表",
                             "省级公共海外仓年度运营情况报告（参考格式）"],
                repeals=GD3_REPEALS)

GD4 = [
    CAT("【人事任免】"),
    T("广东省人民政府关于黄嘉明等同志",
      "职务任免的通知"),
    SUB("粤府任〔2025〕27号"),
    TO("各地级以上市人民政府，省政府各部门、各直属机构："),
    LEAD("经省人民政府研究决定："),
    P("任命黄嘉明为广东省商务厅副厅长；"),
    P("任命邓晓岚为中国（广东）自由贸易试验区广州南沙新区片区管理委员会副主任（试用期一年）；"),
    P("任命梁志远为广东省人民政府口岸办公室副主任；"),
    P("免去吴振邦的广东省商务厅副厅长职务。"),
    SIGN("广东省人民政府", "2025年5月30日"),
]
GD4_META = meta(GD_T4, "粤府任〔2025〕27号", ["广东省人民政府"], "2025-05-30",
                "provincial", "广东省", "人事任免",
                ["各地级以上市人民政府", "省政府各部门、各直属机构"])


def build_guangdong(pages, path):
    doc = Document()
    sec = doc.sections[0]
    page_setup(sec)
    blank_hf(sec)
    # ---- cover + 目录 (one column)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=60, before=6)
    r = p.add_run("广东省人民政府公报")
    fonts(r, XBS, 40, color=RED)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=20)
    r = p.add_run("GUANGDONG PROVINCIAL PEOPLE’S GOVERNMENT GAZETTE")
    fonts(r, ST, 10, color=RED)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=24, before=6)
    r = p.add_run("2025年第15期（总第1719期）")
    fonts(r, HT, 14)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=20, after=6)
    r = p.add_run("广东省人民政府办公厅主办　　　　2025年6月5日出版")
    fonts(r, ST, 10.5)
    border(p, "bottom", 18, RED)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=30, before=10, after=6)
    r = p.add_run("目　　录")
    fonts(r, HT, 16)
    toc_cat(doc, "【省政府文件】")
    toc_entry(doc, GD_T1, "粤府〔2025〕41号", pages.get("gd1"), size=10.5, line=18)
    toc_cat(doc, "【省政府办公厅文件】")
    toc_entry(doc, GD_T2, "粤办函〔2025〕173号", pages.get("gd2"), size=10.5, line=18)
    toc_cat(doc, "【部门规范性文件】")
    toc_entry(doc, GD_T3, "粤商务规字〔2025〕3号", pages.get("gd3"), size=10.5, line=18)
    toc_cat(doc, "【人事任免】")
    toc_entry(doc, GD_T4, "粤府任〔2025〕27号", pages.get("gd4"), size=10.5, line=18)
    # ---- body: two columns, new page, numbering restarts
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec)
    set_columns(sec, 2, sep=True)
    restart_numbering(sec, 1)
    running_heads(doc, sec, "广东省人民政府公报", "2025年第15期")
    render(doc, GD1)
    render(doc, GD2)
    render(doc, GD3)
    render(doc, GD4)
    # ---- imprint: one column, continuous
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(sec, 1)
    p = doc.add_paragraph()
    fmt(p, line=14, before=18)
    border(p, "top", 6, RED)
    for line in ("主管主办：广东省人民政府办公厅　　编辑出版：《广东省人民政府公报》编辑部",
                 "地　　址：广州市越秀区东风中路305号　　邮政编码：510031",
                 "国内统一连续出版物号：CN 44-1713/D　　赠阅"):
        p = doc.add_paragraph()
        fmt(p, line=14)
        r = p.add_run(line)
        fonts(r, ST, 8.5)
    doc.save(str(path))


# ====================================================================== 浙江

ZJ_T1 = "浙江省人民政府关于加快推进口岸高质量发展更好服务共建“一带一路”的实施意见"
ZJ_T2 = "浙江省人民政府关于同意设立中国（浙江）自由贸易试验区嘉兴联动创新区的批复"
ZJ_T3 = "浙江省人民政府办公厅关于推动综合保税区高质量发展的实施意见"
ZJ_JX = "中国（浙江）自由贸易试验区嘉兴联动创新区"
ZJ_T4 = "浙江省商务厅 浙江省财政厅关于做好2025年度跨境电商海外仓专项资金申报工作的通知"

ZJ1 = [
    CAT("【省政府文件】"),
    T("浙江省人民政府关于加快推进口岸",
      "高质量发展更好服务共建",
      "“一带一路”的实施意见"),
    SUB("浙政发〔2025〕12号"),
    TO("各市、县（市、区）人民政府，省政府直属各单位："),
    P("口岸是对外开放的门户和国家安全的重要屏障。为加快推进我省口岸高质量发展，更好服务共建“一带一路”和高水平对外开放，现提出如下意见。"),
    H1("一、优化口岸布局"),
    R("（一）构建“一港多点”口岸格局。",
      "以宁波舟山港为龙头，以杭州、宁波、温州、义乌等航空口岸为支撑，统筹水运、航空、铁路口岸协同发展，形成布局合理、功能完善、联通内外的口岸开放格局。"),
    R("（二）推进口岸扩大开放。",
      "加快推动温州港状元岙港区、台州港头门港区等口岸扩大开放项目建设，按程序申报国家验收。口岸扩大开放项目所需查验基础设施由所在地人民政府统一规划建设。"),
    H1("二、提升通关便利化水平"),
    R("（三）深化“智慧口岸”建设。",
      "推进国际贸易“单一窗口”功能向口岸物流、贸易服务等环节拓展，推广无纸化通关、集装箱智能验放，到2027年主要口岸实现“无感通关”全覆盖。"),
    R("（四）创新口岸监管模式。",
      "在中国（浙江）自由贸易试验区舟山片区试点国际航行船舶保税液化天然气加注“一船多供”监管模式；在中国（浙江）自由贸易试验区宁波片区推广进口货物“船边直提”和出口货物“抵港直装”。",
      places=["中国（浙江）自由贸易试验区舟山片区", "中国（浙江）自由贸易试验区宁波片区"]),
    R("（五）降低通关时间和成本。",
      "持续开展口岸收费清理规范，动态更新口岸收费目录清单并向社会公开。" + COL + "到2027年，全省进口、出口整体通关时间较2024年分别压缩10%和5%以上。"),
    H1("三、服务共建“一带一路”通道建设"),
    R("（六）提升中欧班列运营水平。",
      "支持金华市、义乌市建设中欧班列集结中心，优化“义新欧”班列线路，拓展至中亚、西亚和欧洲的回程货源，年开行量稳定在2500列以上。推动班列运输单证金融化，探索开展铁路运单物权凭证试点。",
      places=["金华市", "义乌市"]),
    R("（七）拓展海铁联运和江海联运。",
      "完善宁波舟山港海铁联运网络，加密至江西、安徽、湖北等内陆地区的海铁联运班列，推进长江经济带江海联运服务中心建设。"),
    R("（八）建设“空中丝绸之路”。",
      "加密杭州萧山国际机场、宁波栎社国际机场至共建“一带一路”国家的国际货运航线，支持航空物流企业拓展跨境电商包机业务。"),
    H1("四、强化保障措施"),
    R("（九）加强统筹协调。",
      "发挥省口岸工作领导小组作用，建立口岸重大事项协调推进机制。省商务厅（省口岸办）会同杭州海关、宁波海关、浙江海事局等单位加强协作，每年研究解决口岸发展重点问题。"),
    R("（十）加大资金支持。",
      "省级财政对新开通的至共建“一带一路”国家的国际货运航线、国际集装箱班轮航线，按照有关规定给予补助。各市、县（市、区）要将口岸查验基础设施运行维护经费纳入本级财政预算。"),
    SIGN("浙江省人民政府", "2025年4月14日"),
    PUB(),
]
ZJ1_META = meta(ZJ_T1, "浙政发〔2025〕12号", ["浙江省人民政府"], "2025-04-14",
                "provincial", "浙江省", "实施意见",
                ["各市、县（市、区）人民政府", "省政府直属各单位"],
                publicity="此件公开发布")

ZJ2 = [
    T("浙江省人民政府关于同意设立中国",
      "（浙江）自由贸易试验区嘉兴",
      "联动创新区的批复"),
    SUB("浙政函〔2025〕38号"),
    TO("嘉兴市人民政府，省商务厅："),
    P("你们《关于申请设立中国（浙江）自由贸易试验区嘉兴联动创新区的请示》（嘉政〔2025〕9号）收悉。现批复如下："),
    P("一、同意设立中国（浙江）自由贸易试验区嘉兴联动创新区（以下简称嘉兴联动创新区），实施范围为嘉兴综合保税区及嘉兴港区部分区域，总面积9.87平方公里，具体四至范围由省商务厅会同嘉兴市人民政府公布。"),
    P("二、嘉兴联动创新区要以制度创新为核心，重点在数字贸易、跨境电商、长三角一体化物流枢纽等领域开展差异化探索，积极复制推广自贸试验区改革试点经验，与中国（浙江）自由贸易试验区杭州片区、宁波片区开展联动创新。"),
    P("三、支持在嘉兴综合保税区内开展保税维修、保税研发和跨境电商零售进口业务，具体事项按照海关监管规定办理。",
      places=["嘉兴综合保税区"]),
    P("四、嘉兴市人民政府要切实履行主体责任，建立健全工作推进机制，防范化解各类风险。省商务厅（省自贸办）要会同有关部门加强指导和服务，每年对嘉兴联动创新区建设情况开展评估，评估结果报省政府。"),
    SIGN("浙江省人民政府", "2025年4月22日"),
    PUB(),
]
ZJ2_META = meta(ZJ_T2, "浙政函〔2025〕38号", ["浙江省人民政府"], "2025-04-22",
                "provincial", ZJ_JX, "批复", ["嘉兴市人民政府", "省商务厅"],
                publicity="此件公开发布")

ZJ3 = [
    CAT("【省政府办公厅文件】"),
    T("浙江省人民政府办公厅关于推动",
      "综合保税区高质量发展的实施意见"),
    SUB("浙政办发〔2025〕19号"),
    TO("各市、县（市、区）人民政府，省政府直属各单位："),
    P("综合保税区是开放层次最高、优惠政策最多、功能最齐全的海关特殊监管区域。为推动我省综合保税区高质量发展，打造服务共建“一带一路”的开放平台，经省政府同意，现提出如下意见。"),
    H1("一、明确发展定位"),
    R("（一）实施分类发展。",
      "坚持“一区一定位”，全省综合保税区按照下表确定的发展定位实行差异化发展，避免同质化竞争。"),
    TABLE("全省综合保税区发展定位",
          ["设区市", "综合保税区", "发展定位"],
          [["杭州市", "杭州综合保税区", "跨境电商、生物医药保税研发"],
           ["宁波市", "宁波梅山综合保税区", "汽车平行进口、跨境电商零售进口"],
           [None, "宁波北仑港综合保税区", "大宗商品保税储运、保税维修"],
           [None, "宁波前湾综合保税区", "高端制造保税加工"],
           ["舟山市", "舟山港综合保税区", "油气储运、保税燃料油加注"],
           ["金华市", "金义综合保税区", "进口商品集散、数字贸易"],
           [None, "义乌综合保税区", "市场采购与跨境电商融合"],
           ["温州市", "温州综合保税区", "进口消费品集散、保税物流"]],
          vmerge=(0,),
          places=[["杭州综合保税区"], ["宁波梅山综合保税区"], ["宁波北仑港综合保税区"],
                  ["宁波前湾综合保税区"], ["舟山港综合保税区"], ["金义综合保税区"],
                  ["义乌综合保税区"], ["温州综合保税区"]],
          widths=[15, 29, 34]),
    H1("二、拓展“保税+”新业态"),
    R("（二）发展保税维修和再制造。",
      "支持综合保税区内企业开展航空器、船舶、工程机械等高技术含量、高附加值产品保税维修业务，在全省综合保税区全面推行保税维修产品目录动态调整机制。"),
    M("（三）发展跨境电商和保税物流。支持综合保税区开展跨境电商零售进口、出口海外仓备货等业务：",
      "1.推广“网购保税+线下自提”模式；",
      "2.支持开展跨境电商退货中心仓业务；",
      "3.支持开展保税展示交易和国际中转集拼业务。", head="（三）发展跨境电商和保税物流。"),
    R("（四）打造油气特色功能。",
      "支持舟山港综合保税区开展保税燃料油和液化天然气加注、油气储运和保税调和业务，服务中国（浙江）自由贸易试验区建设国际油气交易中心。",
      places=["舟山港综合保税区"]),
    H1("三、强化要素保障"),
    R("（五）保障用地和用能。",
      "对综合保税区内符合产业定位的重大项目，优先纳入省重大产业项目库，在用地、用能指标上予以倾斜。"),
    R("（六）建立考核评估机制。",
      "省商务厅会同杭州海关、宁波海关每年对全省综合保税区开展发展绩效评估，对连续两年评估排名靠后的综合保税区所在地人民政府进行约谈。"),
    SIGN("浙江省人民政府办公厅", "2025年4月28日"),
    PUB(),
]
ZJ3_META = meta(ZJ_T3, "浙政办发〔2025〕19号", ["浙江省人民政府办公厅"], "2025-04-28",
                "provincial", "浙江省", "实施意见",
                ["各市、县（市、区）人民政府", "省政府直属各单位"],
                publicity="此件公开发布")


ZJ4 = [
    CAT("【部门文件】"),
    T("浙江省商务厅 浙江省财政厅关于做好",
      "2025年度跨境电商海外仓专项资金",
      "申报工作的通知"),
    SUB("浙商务联发〔2025〕31号"),
    TO("各设区市商务局、财政局："),
    P("为贯彻落实《浙江省人民政府关于加快推进口岸高质量发展更好服务共建“一带一路”的实施意见》（浙政发〔2025〕12号），支持企业在共建“一带一路”国家和地区建设跨境电商海外仓，现将2025年度省级跨境电商海外仓专项资金申报工作有关事项通知如下："),
    R("一、支持对象。",
      "在浙江省内（不含宁波市）依法注册，在境外自建或租赁海外仓，且上一年度海外仓服务跨境电商出口额不低于5000万元的企业。", font=HT),
    R("二、支持标准。",
      "对企业在共建“一带一路”国家和地区新建或扩建的海外仓，按照不超过其仓储设施建设和信息系统投入的20%给予补助，单个企业补助金额最高不超过300万元。", font=HT),
    R("三、申报程序。",
      "申报企业于2025年5月31日前通过“浙江省商务专项资金管理系统”提交申报材料，由所在设区市商务局会同财政局审核后，于6月20日前联合行文报送省商务厅、省财政厅。", font=HT),
    R("四、宁波市企业申报。",
      "宁波市企业按照宁波市商务局、宁波市财政局有关规定申报，省级资金通过年终结算方式下达宁波市。",
      places=["宁波市"], font=HT),
    R("五、其他要求。",
      "各地要严格审核把关。对弄虚作假、骗取补助资金的企业，追回补助资金，3年内取消其申报资格，并按照有关规定处理。", font=HT),
    ATTN("附件：2025年度浙江省跨境电商海外仓专项资金申报表"),
    SIGN("浙江省商务厅　　　　浙江省财政厅", "2025年4月30日"),
    PUB(),
    NOTE("（附件略）"),
]
ZJ4_META = meta(ZJ_T4, "浙商务联发〔2025〕31号", ["浙江省商务厅", "浙江省财政厅"],
                "2025-04-30", "provincial", "浙江省", "通知",
                ["各设区市商务局、财政局"],
                attachments=["2025年度浙江省跨境电商海外仓专项资金申报表"],
                publicity="此件公开发布")


def build_zhejiang(pages, path):
    doc = Document()
    sec = doc.sections[0]
    page_setup(sec)
    blank_hf(sec)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=70, before=10)
    r = p.add_run("浙江政报")
    fonts(r, XBS, 54, color=RED)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=20)
    r = p.add_run("ZHEJIANG ZHENGBAO")
    fonts(r, ST, 11, color=RED)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=24, before=6)
    r = p.add_run("2025年第9期（总第1523期）")
    fonts(r, HT, 14)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=20, after=6)
    r = p.add_run("浙江省人民政府办公厅主办　　　　2025年5月10日出版")
    fonts(r, ST, 10.5)
    border(p, "bottom", 18, RED)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=30, before=10, after=6)
    r = p.add_run("目　　录")
    fonts(r, HT, 16)
    # ---- 目录 in two columns (continuous section)
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(sec, 2, sep=False)
    toc_cat(doc, "【省政府文件】")
    toc_entry(doc, ZJ_T1, "浙政发〔2025〕12号", pages.get("zj1"))
    toc_entry(doc, ZJ_T2, "浙政函〔2025〕38号", pages.get("zj2"))
    toc_cat(doc, "【省政府办公厅文件】")
    toc_entry(doc, ZJ_T3, "浙政办发〔2025〕19号", pages.get("zj3"))
    toc_cat(doc, "【部门文件】")
    toc_entry(doc, ZJ_T4, "浙商务联发〔2025〕31号", pages.get("zj4"))
    # ---- close the 目录 columns (continuous, one column) so they balance
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(sec, 1)
    p = doc.add_paragraph()
    fmt(p, line=14, before=10)
    border(p, "top", 6, RED)
    for line in ("主管主办：浙江省人民政府办公厅　　编辑出版：浙江政报编辑部",
                 "地　　址：杭州市西湖区省府路8号　　邮政编码：310025",
                 "国内统一连续出版物号：CN 33-1016/D　　赠阅"):
        p = doc.add_paragraph()
        fmt(p, line=14)
        r = p.add_run(line)
        fonts(r, ST, 8.5)
    # ---- body
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec)
    set_columns(sec, 2, sep=True)
    restart_numbering(sec, 1)
    running_heads(doc, sec, "浙江政报", "2025年第9期")
    render(doc, ZJ1)
    render(doc, ZJ2)
    render(doc, ZJ3)
    render(doc, ZJ4)
    doc.save(str(path))


# ====================================================================== main


def two_pass(builder, stem, locators, n_front):
    path = HERE / (stem + ".docx")
    builder({}, path)
    pdf = to_pdf(path)
    pages = locate(pdf, locators, n_front)
    builder(pages, path)
    pdf = to_pdf(path)
    pages2 = locate(pdf, locators, n_front)
    assert pages == pages2, (pages, pages2)
    assert all(pages.values()), pages
    return pages


def main():
    os.makedirs("/tmp/lo_239", exist_ok=True)
    gd_pages = two_pass(build_guangdong, "blind239_guangdong_gongbao",
                        {"gd1": "广东省人民政府关于印发广东省推动自由",
                         "gd2": "广东省人民政府办公厅关于同意设立湛江跨境",
                         "gd3": "广东省商务厅关于加强省级公共海外仓认定",
                         "gd4": "广东省人民政府关于黄嘉明等同志职务任免"}, 1)
    zj_pages = two_pass(build_zhejiang, "blind239_zhejiang_zhengbao",
                        {"zj1": "浙江省人民政府关于加快推进口岸高质量",
                         "zj2": "浙江省人民政府关于同意设立中国（浙江）",
                         "zj3": "浙江省人民政府办公厅关于推动综合保税区高",
                         "zj4": "浙江省商务厅浙江省财政厅关于做好2025"}, 1)
    expected = {
        "blind239_guangdong_gongbao": [entry(GD1_META, GD1), entry(GD2_META, GD2),
                                       entry(GD3_META, GD3), entry(GD4_META, GD4)],
        "blind239_zhejiang_zhengbao": [entry(ZJ1_META, ZJ1), entry(ZJ2_META, ZJ2),
                                       entry(ZJ3_META, ZJ3), entry(ZJ4_META, ZJ4)],
    }
    (HERE / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
    print("目录 pages:", gd_pages, zj_pages)
    for stem, docs in expected.items():
        print(stem, [len(d["clauses"]) for d in docs])


if __name__ == "__main__":
    main()
