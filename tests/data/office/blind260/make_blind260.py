# ruff: noqa
#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Round 260 blind test files: PDFs that a policy analyst makes himself, with printing marks.

Writes, next to this script:
  blind260_yunnan_wangye.html / .pdf     a 省政府办公厅 notice as published on the portal (the saved
                                         page), printed from the "browser": header line with print
                                         date/time and the (truncated) page title, footer with the URL
                                         and "1/3" on every page
  blind260_fujian_fangan.docx / .pdf     joint 通知 of four organs 印发 a 三年行动方案, with a
                                         light-grey download watermark ("泉州市商务局 2025-03-10 下载")
                                         repeated three times on every page as header text boxes
  blind260_qinzhou_banfa.docx / .pdf     自贸片区管委会 规范性文件 (通知 + 办法), 页眉 with the zone's
                                         name and a rule, 页脚 "第 N 页 共 M 页", 行号 on (restart each page)
  blind260_zhengzhou_huibian.docx / .pdf an analyst's 汇编: hand-made cover page and 目录, then two
                                         documents (市政府办公厅 通知 + 综保区管委会 通知), each in its own
                                         section with page numbers restarting at "— 1 —"
  expected.json                          the answer key
Run:  . /work/venv/bin/activate && python make_blind260.py
"""
import json
import os
import re
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Emu

HERE = os.path.dirname(os.path.abspath(__file__))
PFX = "blind260"
LO_PROFILE = "file:///tmp/lo_260"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"
TNR = "Times New Roman"
RED = RGBColor(0xE0, 0x00, 0x00)

EXPECTED = {}


# ---------------------------------------------------------------------------
# content model shared by the Word/HTML writers and the answer key
#   ("h1", text)                 heading alone on its line (一、…)      not a clause
#   ("h2", text)                 heading alone on its line (（一）…)    not a clause
#   ("h3", text)                 chapter heading (第一章　总则)          not a clause
#   ("p", text, places)          unlabelled content paragraph           clause; "\n" = soft break
#   ("run", head, rest, places)  run-in heading + text in one paragraph clause = head + rest
#   ("item", text, places)       numbered item 1.／（1）                 clause
#   ("art", [paras], places)     article 第X条, several paragraphs        clause joined with "\n"
# ---------------------------------------------------------------------------

def clauses_of(items):
    out, spec = [], {}
    for it in items:
        k = it[0]
        if k in ("h1", "h2", "h3"):
            continue
        if k in ("p", "item"):
            text, places = it[1], it[2] if len(it) > 2 else None
        elif k == "run":
            text, places = it[1] + it[2], it[3] if len(it) > 3 else None
        elif k == "art":
            text, places = "\n".join(it[1]), it[2] if len(it) > 2 else None
        else:
            raise ValueError(k)
        out.append(text)
        if places:
            spec[text[:22]] = places
    return out, spec


def table_clauses(header, rows, places_by_row=None):
    out, spec = [], {}
    for i, r in enumerate(rows):
        t = "；".join(f"{h}：{v}" for h, v in zip(header, r))
        out.append(t)
        if places_by_row and i in places_by_row:
            spec[t[:22]] = places_by_row[i]
    return out, spec


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------

def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font=TNR):
    run.font.name = ascii_font
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.header_distance, s.footer_distance = Cm(1.5), Cm(2.5)
    st = d.styles["Normal"]
    st.font.name = TNR
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28.9)
    return d


def para(container, runs, align=None, first_indent=True, size=16, line=28.9,
         before=0, after=0, left_indent=None, right_indent=None, keep=False):
    """runs: str or list of (text, east_font, bold, color). "\n" inside text = soft break."""
    p = container.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, False, None)]
    for text, font, bold, color in runs:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, font, size, bold, color)
            if i < len(parts) - 1:
                r.add_break()
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first_indent:
        pf.first_line_indent = Pt(size * 2)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if left_indent is not None:
        pf.left_indent = left_indent
    if right_indent is not None:
        pf.right_indent = right_indent
    if keep:
        pf.keep_with_next = True
    return p


def border(p, side="bottom", sz=12, color="E00000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # schema order: pBdr goes before shd/tabs/…/spacing/ind/jc
        later = ("shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
                 "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
                 "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
                 "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
                 "rPr", "sectPr", "pPrChange")
        for child in ppr:
            if child.tag.split("}")[1] in later:
                child.addprevious(bdr)
                break
        else:
            ppr.append(bdr)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p.paragraph_format.line_spacing = Pt(2)
    return p


def add_field(p, instr, shown="1", font=ST, size=14):
    def r_with(el):
        r = p.add_run()
        set_font(r, font, size)
        r._r.append(el)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r_with(fc)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r_with(it)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r_with(fc)
    r = p.add_run(shown); set_font(r, font, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r_with(fc)


def dash_page_number(footer, align):
    p = footer.paragraphs[0]
    p.paragraph_format.alignment = align
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        p.paragraph_format.right_indent = Pt(14)
    else:
        p.paragraph_format.left_indent = Pt(14)
    r = p.add_run("— "); set_font(r, ST, 14)
    add_field(p, "PAGE")
    r = p.add_run(" —"); set_font(r, ST, 14)


def sect_child(sect, tag, attrs):
    """insert a child of w:sectPr in schema order."""
    order = ["footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc", "pgBorders",
             "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg",
             "textDirection", "bidi", "rtlGutter", "docGrid"]
    sp = sect._sectPr
    old = sp.find(qn("w:" + tag))
    if old is not None:
        sp.remove(old)
    el = OxmlElement("w:" + tag)
    for k, v in attrs.items():
        el.set(qn("w:" + k), v)
    idx = order.index(tag)
    for child in sp:
        name = child.tag.split("}")[1]
        if name in order and order.index(name) > idx:
            child.addprevious(el)
            return el
    sp.append(el)
    return el


def render_items(doc, items, size=16):
    for it in items:
        k = it[0]
        if k == "h1":
            para(doc, [(it[1], HT, False, None)], size=size)
        elif k == "h2":
            para(doc, [(it[1], KT, False, None)], size=size)
        elif k == "h3":
            para(doc, [(it[1], HT, False, None)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False,
                 size=size)
        elif k in ("p", "item"):
            para(doc, it[1], size=size)
        elif k == "run":
            head = it[1]
            font = HT if re.match(r"^[一二三四五六七八九十]+、", head) else (
                KT if head.startswith("（") else FS)
            bold = font == FS
            para(doc, [(head, font, bold, None), (it[2], FS, False, None)], size=size)
        elif k == "art":
            paras = it[1]
            m = re.match(r"^(第[一二三四五六七八九十百]+条)(.*)$", paras[0], re.S)
            para(doc, [(m.group(1), HT, False, None), (m.group(2), FS, False, None)], size=size)
            for extra in paras[1:]:
                para(doc, extra, size=size)


def banner(doc, organ_lines, size=34, with_wenjian=True):
    """发文机关标志, red.  organ_lines: list of lines; '文件' appended to last line."""
    for i, line in enumerate(organ_lines):
        text = line + ("文件" if with_wenjian and i == len(organ_lines) - 1 else "")
        para(doc, [(text, XBS, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False,
             size=size, line=size * 1.25)


def joint_banner(doc, organs, size=22):
    """联合行文 版头: organs stacked in the left cell, 文件 in the right cell, all red."""
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = [Cm(11.0), Cm(4.2)]
    for c, w in zip(t.rows[0].cells, widths):
        c.width = w
    left, right = t.rows[0].cells
    left.paragraphs[0]._p.getparent().remove(left.paragraphs[0]._p)
    for o in organs:
        p = para(left, [(o, XBS, False, RED)], align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, first_indent=False,
                 size=size, line=size * 1.2)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    right.paragraphs[0]._p.getparent().remove(right.paragraphs[0]._p)
    para(right, [("文件", XBS, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False,
         size=size + 12, line=(size + 12) * 1.2)
    return t


def wenhao_rule(doc, wenhao):
    para(doc, "", first_indent=False, line=20)
    p = para(doc, wenhao, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    border(p, "bottom", sz=18, color="E00000", space=6)
    para(doc, "", first_indent=False)


def title(doc, text):
    para(doc, [(text, XBS, False, None)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, size=22,
         line=35)
    para(doc, "", first_indent=False)


def luokuan(doc, organs, date):
    para(doc, "", first_indent=False)
    para(doc, "", first_indent=False)
    for o in organs:
        para(doc, o, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False, right_indent=Pt(64))
    para(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False, right_indent=Pt(64))


def attach_note(doc, lines, blank=True):
    if blank:
        para(doc, "", first_indent=False)
    first = True
    for ln in lines:
        if first:
            para(doc, "附件：" + ln, first_indent=True)
            first = False
        else:
            para(doc, ln, first_indent=False, left_indent=Pt(32 + 48))


def banji(doc, chaosong, yinfa_organ, yinfa_date):
    """版记: 抄送 + 印发机关/印发日期 between rules."""
    para(doc, "", first_indent=False)
    p1 = para(doc, chaosong, first_indent=False, size=14, line=24, left_indent=Pt(14), right_indent=Pt(14))
    border(p1, "top", sz=8, color="000000")
    border(p1, "bottom", sz=4, color="000000")
    p2 = para(doc, yinfa_organ + "\t" + yinfa_date, first_indent=False, size=14, line=24,
              left_indent=Pt(14), right_indent=Pt(14))
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.6) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", sz=8, color="000000")


def grid_table(doc, header, rows, widths, merges=(), size=12):
    """real Word table; merges = list of (col, first_row, last_row) vertical merges (0-based data rows)."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        c = t.rows[0].cells[j]
        c.text = ""
        para_in_cell(c, h, HT, size, center=True)
    skip = set()
    for col, a, b in merges:
        for r in range(a + 1, b + 1):
            skip.add((r, col))
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.rows[i + 1].cells[j]
            c.text = ""
            if (i, j) in skip:
                continue
            para_in_cell(c, v, FS, size, center=(j == 0 or len(v) <= 8))
    for col, a, b in merges:
        top = t.cell(a + 1, col)
        top.merge(t.cell(b + 1, col))
        # drop the empty paragraphs the merge leaves behind
        ps = top.paragraphs
        for extra in ps[1:]:
            if not extra.text:
                extra._p.getparent().remove(extra._p)
        top.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    return t


def para_in_cell(cell, text, font, size, center=False):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    set_font(r, font, size)
    pf = p.paragraph_format
    pf.first_line_indent = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(size * 1.5)
    if center:
        pf.alignment = WD_ALIGN_PARAGRAPH.CENTER


def to_pdf(path, infilter=None, outdir=None):
    outdir = outdir or HERE
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", "pdf", "--outdir", outdir, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ===========================================================================
# (1) 云南 — the portal page, printed from the browser
# ===========================================================================

YN_TITLE = ("云南省人民政府办公厅关于支持中国（云南）自由贸易试验区深化改革创新"
            "加快建设面向南亚东南亚辐射中心若干措施的通知")
YN_NO = "云政办发〔2025〕7号"
YN_URL = "https://www.yn.gov.cn/zwgk/zcwj/yzbf/202503/t20250305_318462.html"
YN_PAGE_TITLE = YN_TITLE + "_省政府办公厅文件_云南省人民政府门户网站"
YN_RECIP = "各州、市人民政府，省直各委、办、厅、局，中国（云南）自由贸易试验区各片区管委会："

YN_ITEMS = [
    ("p", "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，高质量共建“一带一路”，"
          "推动中国（云南）自由贸易试验区（以下简称云南自贸试验区）在更深层次、更宽领域开展差别化探索，"
          "加快建设面向南亚东南亚辐射中心，经省人民政府同意，现提出以下措施。"),
    ("h1", "一、提升跨境贸易便利化水平"),
    ("run", "（一）深化国际贸易“单一窗口”建设。",
     "推动国际贸易“单一窗口”云南特色应用向口岸物流、跨境结算、出口退税等环节延伸，2025年底前实现与老挝、"
     "越南、缅甸相关口岸数据交换常态化，主要申报业务应用率保持100%。（省商务厅、昆明海关、省税务局按职责分工负责）"),
    ("run", "（二）推进边境口岸通关模式创新。",
     "支持红河片区在河口口岸试行“两段准入”“先放行后改单”等监管模式，对符合条件的边民互市进口商品实行"
     "“集中申报、分批验放”。（红河州人民政府、昆明海关负责）", ["红河片区"]),
    ("run", "（三）发展跨境电商新业态。",
     "支持昆明片区建设跨境电商综合服务平台，推动跨境电商B2B直接出口（9710）、出口海外仓（9810）业务在片区内"
     "规模化发展，片区内跨境电商企业可按规定享受通关、退税、结汇便利化措施。（昆明市人民政府、昆明海关负责）",
     ["昆明片区"]),
    ("run", "（四）支持外贸企业布局海外仓。",
     "鼓励企业在曼谷、万象、仰光等地建设公共海外仓，对经认定的省级公共海外仓给予一次性补助，"
     "最高不超过200万元。（省商务厅、省财政厅负责）"),
    ("h1", "二、扩大投资和金融领域开放"),
    ("run", "（一）放宽外商投资准入。",
     "在云南自贸试验区内全面落实准入前国民待遇加负面清单管理制度，探索在医疗、教育、职业技能培训等领域"
     "引进南亚东南亚国家优质资源。（省发展改革委、省商务厅按职责分工负责）",
     ["中国（云南）自由贸易试验区"]),
    ("run", "（二）提升跨境人民币结算便利度。",
     "支持德宏片区开展人民币与缅甸元直接汇率挂牌交易，扩大边境贸易人民币结算规模，鼓励银行机构为边民互市"
     "提供“一站式”结算服务。（人民银行云南省分行、德宏州人民政府负责）", ["德宏片区"]),
    ("run", "（三）创新跨境投融资服务。",
     "鼓励省内金融机构与南亚东南亚国家金融机构开展代理行合作，支持符合条件的跨国公司开展跨境资金集中运营业务，"
     "扩大出口信用保险对中小微外贸企业的覆盖面。（人民银行云南省分行、国家金融监督管理总局云南监管局按职责分工负责）"),
    ("h1", "三、推动重点产业协同发展"),
    ("run", "（一）建设区域性国际物流枢纽。",
     "依托中老铁路、中越国际通道，推动各片区与磨憨—磨丁经济合作区、昆明国际陆港协同发展“铁路+”多式联运，"
     "2025年开行中老铁路国际货运列车不少于4000列。（省交通运输厅、中国铁路昆明局集团有限公司按职责分工负责）"),
    ("run", "（二）打造沿边跨境产业园区。",
     "在德宏片区、红河片区布局建设跨境产能合作园区，重点发展农产品精深加工、纺织服装、电子信息组装等产业，"
     "符合条件的项目优先纳入省级重大项目清单。（省发展改革委、德宏州人民政府、红河州人民政府按职责分工负责）",
     ["德宏片区", "红河片区"]),
    ("run", "（三）支持保税维修和再制造。",
     "支持昆明综合保税区、红河综合保税区开展“两头在外”保税维修业务，动态扩大保税维修产品目录。"
     "（省商务厅、昆明海关、省生态环境厅按职责分工负责）", ["昆明综合保税区", "红河综合保税区"]),
    ("h1", "四、强化组织保障"),
    ("run", "（一）加强统筹协调。",
     "省自由贸易试验区工作领导小组办公室要会同各片区建立任务清单、责任清单和进度清单，每季度调度一次推进情况，"
     "重大问题及时报省人民政府。"),
    ("run", "（二）落实激励容错机制。",
     "对在改革创新中出现失误错误，但符合“三个区分开来”要求的单位和个人，依规依纪依法予以容错免责。"),
    ("p", "本通知自2025年3月1日起施行，有效期至2027年12月31日。"),
]
YN_ATTACH = "中国（云南）自由贸易试验区深化改革创新重点任务清单"


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


PS = "text-indent:2em; font-size:12pt; line-height:200%; margin-top:0; margin-bottom:6pt"


def yunnan_html(with_print_marks=False, total_pages=3):
    body = []
    for it in YN_ITEMS:
        k = it[0]
        if k == "h1":
            body.append(f'<p style="{PS}"><strong>{html_escape(it[1])}</strong></p>')
        elif k == "run":
            body.append(f'<p style="{PS}"><strong>{html_escape(it[1])}</strong>'
                        f'{html_escape(it[2])}</p>')
        else:
            body.append(f'<p style="{PS}">{html_escape(it[1])}</p>')
    marks_head = marks_foot = ""
    if with_print_marks:
        # what the browser adds when printing with "页眉和页脚" ticked
        short = YN_PAGE_TITLE[:46] + "…"
        marks_head = (
            '<div title="header"><table width="100%" cellpadding="0" cellspacing="0" style="font-size:8pt;'
            'font-family:Arial,sans-serif"><tr><td width="22%" style="font-size:8pt">2025/3/8 14:32</td>'
            f'<td align="center" style="font-size:8pt">{html_escape(short)}</td></tr></table></div>\n')
        marks_foot = (
            '<div title="footer"><table width="100%" cellpadding="0" cellspacing="0" style="font-size:8pt;'
            f'font-family:Arial,sans-serif"><tr><td style="font-size:8pt">{YN_URL}</td>'
            '<td align="right" width="12%" style="font-size:8pt">'
            '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield>/'
            f'<sdfield type=DOCSTAT subtype=PAGE format=PAGE>{total_pages}</sdfield></td></tr></table></div>\n')
    info_rows = [
        ("索 引 号：", "11530000015120789T/2025-00036", "主题分类：", "综合政务\\商贸、海关、旅游"),
        ("发文机关：", "云南省人民政府办公厅", "成文日期：", "2025年02月24日"),
        ("标　　题：", YN_TITLE, None, None),
        ("发文字号：", YN_NO, "发布日期：", "2025年03月05日"),
    ]
    info = []
    for a, b, c, d in info_rows:
        if c is None:
            info.append(f'<tr><td width="14%"><b>{a}</b></td><td colspan="3">{html_escape(b)}</td></tr>')
        else:
            info.append(f'<tr><td width="14%"><b>{a}</b></td><td width="40%">{html_escape(b)}</td>'
                        f'<td width="14%"><b>{c}</b></td><td>{html_escape(d)}</td></tr>')
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{html_escape(YN_PAGE_TITLE)}</title>
<meta name="ArticleTitle" content="{html_escape(YN_TITLE)}">
<meta name="PubDate" content="2025-03-05 17:20">
<meta name="ContentSource" content="云南省人民政府办公厅">
<style>
@page {{ size: 21cm 29.7cm; margin: 1.2cm 1.1cm 1.2cm 1.1cm }}
body {{ font-family: "Microsoft YaHei", "SimSun", sans-serif; font-size: 11pt; color: #333 }}
.nav {{ font-size: 10.5pt; color: #1d5fa8; border-bottom: 2px solid #1d5fa8 }}
.crumb {{ font-size: 9pt; color: #666 }}
.info td {{ font-size: 9pt; border: 1px solid #d6d6d6; padding: 3px }}
h1 {{ font-size: 18pt; text-align: center; color: #000; font-weight: bold; line-height: 1.5 }}
.wh {{ text-align: center; font-size: 11pt }}
.TRS_Editor p {{ font-size: 12.5pt; line-height: 2; margin: 0 0 5pt 0 }}
.foot {{ font-size: 8pt; color: #666; text-align: center }}
</style>
</head>
<body>
{marks_head}<p class="nav"><b>云南省人民政府</b>　　首页　|　要闻动态　|　政务公开　|　政务服务　|　互动交流　|　走进云南</p>
<p class="crumb">您当前的位置：首页 &gt; 政务公开 &gt; 政策文件 &gt; 省政府办公厅文件</p>
<table class="info" width="100%" cellspacing="0" cellpadding="3" border="1">
{chr(10).join(info)}
</table>
<h1>{html_escape(YN_TITLE)}</h1>
<p class="wh">{YN_NO}</p>
<div class="TRS_Editor">
<p style="font-size:12pt; line-height:200%; margin:0">{html_escape(YN_RECIP)}</p>
{chr(10).join(body)}
<p>&nbsp;</p>
<p style="{PS}">附件：<a href="./P020250305372218590342.pdf">{html_escape(YN_ATTACH)}</a></p>
<p>&nbsp;</p>
<p style="text-align:right; font-size:12pt; line-height:200%; margin:0">云南省人民政府办公厅</p>
<p style="text-align:right; font-size:12pt; line-height:200%; margin:0">2025年2月24日</p>
<p style="{PS}">（此件公开发布）</p>
</div>
<p>&nbsp;</p>
<p style="font-size:9pt">相关解读：<a href="../../zcjd/202503/t20250306_318511.html">一图读懂｜云南自贸试验区深化改革创新若干措施</a></p>
<p style="font-size:9pt;text-align:right">【字体：大 中 小】　【打印本页】　【关闭窗口】</p>
<p style="font-size:9pt">扫一扫在手机打开当前页</p>
<hr>
<p class="foot">主办：云南省人民政府办公厅　承办：云南省数字政府服务中心　网站标识码：5300000057<br>
滇ICP备05004127号　滇公网安备 53010202000731号　建议使用1366×768分辨率浏览</p>
{marks_foot}</body>
</html>
"""
    return html


def make_yunnan():
    stem = f"{PFX}_yunnan_wangye"
    src = os.path.join(HERE, stem + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(yunnan_html(False))
    # printing: the browser adds the header/footer lines; here LibreOffice does it from a print copy
    tmp = tempfile.mkdtemp(prefix="b260_")
    try:
        total = 3
        for _ in range(2):  # second pass with the right page count in "1/N"
            pr = os.path.join(tmp, stem + ".html")
            with open(pr, "w", encoding="utf-8") as f:
                f.write(yunnan_html(True, total))
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                            "--infilter=HTML (StarWriter)", "--convert-to", "odt", "--outdir", tmp, pr],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            to_pdf(os.path.join(tmp, stem + ".odt"), outdir=tmp)
            n = pdf_pages(os.path.join(tmp, stem + ".pdf"))
            if n == total:
                break
            total = n
        shutil.copy(os.path.join(tmp, stem + ".pdf"), os.path.join(HERE, stem + ".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    clauses, spec = clauses_of(YN_ITEMS)
    EXPECTED[stem] = [{
        "meta": {"title": YN_TITLE, "doc_number": YN_NO, "issuer": ["云南省人民政府办公厅"],
                 "date": "2025-02-24", "published": "2025-03-05", "level": "provincial", "region": "云南省",
                 "effective": "2025-03-01", "expires": "2027-12-31", "attachments": [YN_ATTACH],
                 "doc_type": "通知", "recipients": ["各州、市人民政府", "省直各委、办、厅、局",
                                                  "中国（云南）自由贸易试验区各片区管委会"],
                 "publicity": "此件公开发布", "repeals": None},
        "clauses": clauses, "applies_to": {"specific": spec}}]


def pdf_pages(path):
    import pdfplumber
    with pdfplumber.open(path) as p:
        return len(p.pages)


# ===========================================================================
# (2) 福建 — joint notice + 三年行动方案, download watermark in the header
# ===========================================================================

FJ_ORGANS = ["福建省商务厅", "福建省财政厅", "福州海关", "厦门海关"]
FJ_PLAN = "福建省推进跨境电子商务高质量发展三年行动方案（2025—2027年）"
FJ_TITLE = "福建省商务厅 福建省财政厅 福州海关 厦门海关关于印发《" + FJ_PLAN + "》的通知"
FJ_NO = "闽商务电商〔2025〕5号"
FJ_RECIP = "各设区市商务局、财政局，平潭综合实验区经济发展局、财政金融局，福州、厦门海关各隶属海关："
FJ_WM = "泉州市商务局 2025-03-10 下载"

FJ_NOTICE = [
    ("p", "现将《" + FJ_PLAN + "》印发给你们，请结合实际认真组织实施。实施中遇到的问题，请及时向省商务厅反映。"),
]
FJ_ITEMS = [
    ("p", "为深入贯彻落实国务院办公厅关于加快发展外贸新业态新模式的部署要求，抢抓高质量共建“一带一路”和"
          "《区域全面经济伙伴关系协定》（RCEP）实施机遇，推动我省跨境电子商务高质量发展，制定本方案。"),
    ("h1", "一、总体目标"),
    ("p", "到2027年，全省跨境电商进出口额力争突破3000亿元，年均增长15%以上；培育跨境电商年进出口额超10亿元的"
          "龙头企业30家，建设省级跨境电商产业园区20个、公共海外仓50个，跨境电商成为推动外贸保稳提质的重要力量。"),
    ("h1", "二、重点任务"),
    ("h2", "（一）培育壮大经营主体"),
    ("run", "1.实施龙头企业培育计划。",
     "每年遴选一批跨境电商龙头企业予以重点培育，对年进出口额首次突破10亿元、30亿元、50亿元的企业，"
     "分别给予50万元、100万元、200万元奖励。"),
    ("run", "2.推动产业带“触网出海”。",
     "围绕晋江鞋服、德化陶瓷、安溪茶叶、福安电机等特色产业带，每年组织跨境电商专题培训和供需对接活动"
     "不少于50场，推动1000家以上传统外贸和生产企业开展跨境电商业务。"),
    ("run", "3.支持福州、厦门综试区先行先试。",
     "支持中国（福州）、中国（厦门）跨境电子商务综合试验区在跨境电商B2B出口监管、零售出口“无票免税”、"
     "跨境支付结算等方面开展制度创新，形成可复制推广的经验后在全省推广。", ["福州市", "厦门市"]),
    ("h2", "（二）完善跨境物流体系"),
    ("run", "1.建设跨境电商物流枢纽。",
     "发挥“丝路海运”品牌作用，支持企业依托厦门港、福州港开通至东南亚、中东等地区的跨境电商海运快线；"
     "支持航空公司拓展跨境电商全货机航线，提升国际邮件、快件、跨境电商货物集疏运能力。"),
    ("run", "2.布局海外仓网络。",
     "鼓励企业在共建“一带一路”国家和RCEP成员国建设海外仓，对经认定的省级公共海外仓，按不超过实际投资额的"
     "30%给予补助，最高不超过300万元。\n支持海外仓企业与境外邮政、物流企业开展合作，"
     "提供“海外仓+本地配送”一体化服务。"),
    ("h2", "（三）推进平台和园区建设"),
    ("run", "1.支持平潭综合实验区发展对台跨境电商。",
     "支持平潭开展台湾商品跨境电商零售进口业务，探索对台海运快件与跨境电商融合发展，"
     "建设两岸跨境电商集货分拨中心。", ["平潭综合实验区"]),
    ("run", "2.建设省级跨境电商产业园区。",
     "对经认定的省级跨境电商产业园区，给予一次性100万元奖励，重点用于园区公共服务平台建设和运营。"),
    ("h2", "（四）优化监管服务"),
    ("run", "1.深化通关便利化改革。",
     "推广跨境电商出口商品“提前申报、运抵验放”模式，跨境电商B2B出口货物适用全国通关一体化。"),
    ("run", "2.开展出口退货监管试点。",
     "支持中国（福建）自由贸易试验区厦门片区试点跨境电商出口退货“一站式”监管模式，对退货商品实行"
     "“集中申报、分类验放”。", ["中国（福建）自由贸易试验区厦门片区"]),
    ("run", "3.落实税收政策。",
     "落实跨境电商综试区零售出口货物免税政策和企业所得税核定征收办法，加快出口退税办理进度，"
     "正常退税平均办理时间压缩至3个工作日以内。"),
    ("h1", "三、保障措施"),
    ("run", "（一）加强组织领导。",
     "省商务厅会同省财政厅、福州海关、厦门海关等部门建立工作协调机制，定期研究解决跨境电商发展中的重大问题。"
     "各设区市要制定具体实施方案，于2025年5月底前报省商务厅。"),
    ("run", "（二）加大资金支持。",
     "省级商务发展专项资金每年安排不少于1.5亿元支持跨境电商发展，各设区市应当按照不低于1∶1的比例安排配套资金。"),
    ("run", "（三）强化统计监测。",
     "建立全省跨境电商统计监测制度，按季度通报各设区市跨境电商发展情况。"),
    ("p", "本方案自2025年4月1日起施行，有效期至2027年12月31日。"),
]
FJ_TAB_HEAD = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
FJ_TAB_ROWS = [
    ["1", "实施龙头企业培育计划", "省商务厅", "省财政厅", "持续推进"],
    ["2", "推动产业带“触网出海”", "省商务厅", "各设区市人民政府", "持续推进"],
    ["3", "支持福州、厦门综试区先行先试", "福州市、厦门市人民政府", "省商务厅、福州海关、厦门海关", "2026年12月底"],
    ["4", "布局海外仓网络", "省商务厅", "省财政厅、中国出口信用保险公司福建分公司", "2027年12月底"],
    ["5", "支持平潭综合实验区发展对台跨境电商", "平潭综合实验区管委会", "福州海关", "2027年12月底"],
    ["6", "开展出口退货监管试点", "厦门海关", "中国（福建）自由贸易试验区厦门片区管委会", "2025年12月底"],
]
FJ_TAB_MERGES = [(2, 0, 1), (4, 0, 1), (4, 3, 4)]
FJ_TAB_PLACES = {2: ["福州市", "厦门市"], 4: ["平潭综合实验区"], 5: ["中国（福建）自由贸易试验区厦门片区"]}


def watermark_run(idx, text, x_cm, y_cm):
    cx, cy = int(Cm(12.5)), int(Cm(1.6))
    x, y = int(Cm(x_cm)), int(Cm(y_cm))
    return parse_xml(f'''<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:rPr><w:noProof/></w:rPr><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{251650000 + idx}" behindDoc="1" locked="1" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{700 + idx}" name="PowerPlusWaterMarkObject{idx}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm rot="18900000"><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent><w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="{FS}" w:eastAsia="{FS}" w:hAnsi="{FS}"/><w:color w:val="D4D4D4"/><w:sz w:val="48"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr rot="0" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>''')


def add_watermarks(header, text, base):
    p = header.paragraphs[0]
    for k, y in enumerate((6.0, 13.5, 21.0)):
        p._p.append(watermark_run(base + k, text, 4.2, y))


def make_fujian():
    stem = f"{PFX}_fujian_fangan"
    d = new_doc()
    d.settings.odd_and_even_pages_header_footer = True
    s = d.sections[0]
    add_watermarks(s.header, FJ_WM, 1)
    s.even_page_header.is_linked_to_previous = False
    add_watermarks(s.even_page_header, FJ_WM, 11)
    dash_page_number(s.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    dash_page_number(s.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)

    joint_banner(d, FJ_ORGANS)
    wenhao_rule(d, FJ_NO)
    para(d, [("福建省商务厅 福建省财政厅\n福州海关 厦门海关关于印发《福建省推进\n"
              "跨境电子商务高质量发展三年行动方案\n（2025—2027年）》的通知", XBS, False, None)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, size=22, line=35)
    para(d, "", first_indent=False, line=14)
    para(d, FJ_RECIP, first_indent=False)
    render_items(d, FJ_NOTICE)
    para(d, "", first_indent=False)
    para(d, "福建省商务厅　　　　　　　　福建省财政厅", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    para(d, "福州海关　　　　　　　　　　厦门海关　　", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    para(d, "2025年2月28日", align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False, right_indent=Pt(64))
    para(d, "（此件主动公开）", first_indent=True)
    page_break(d)
    para(d, [("福建省推进跨境电子商务高质量发展\n三年行动方案（2025—2027年）", XBS, False, None)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, size=22, line=35)
    para(d, "", first_indent=False, line=14)
    render_items(d, FJ_ITEMS)
    attach_note(d, ["重点任务分工表"], blank=False)
    page_break(d)
    para(d, [("附件", HT, False, None)], first_indent=False)
    para(d, [("重点任务分工表", XBS, False, None)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False,
         size=22, line=40, after=8)
    grid_table(d, FJ_TAB_HEAD, FJ_TAB_ROWS, [1.2, 4.6, 3.2, 4.6, 2.4], merges=FJ_TAB_MERGES, size=12)
    para(d, "", first_indent=False)
    para(d, "", first_indent=False)
    para(d, "", first_indent=False)
    banji(d, "抄送：商务部电子商务司，海关总署综合业务司，财政部福建监管局。", "福建省商务厅办公室",
          "2025年3月3日印发")
    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    to_pdf(path)

    c1, s1 = clauses_of(FJ_NOTICE)
    c2, s2 = clauses_of(FJ_ITEMS)
    c3, s3 = table_clauses(FJ_TAB_HEAD, merged_rows(FJ_TAB_ROWS, FJ_TAB_MERGES), FJ_TAB_PLACES)
    spec = {**s1, **s2, **s3}
    EXPECTED[stem] = [{
        "meta": {"title": FJ_TITLE, "doc_number": FJ_NO, "issuer": FJ_ORGANS,
                 "date": "2025-02-28", "published": "2025-03-03", "level": "provincial", "region": "福建省",
                 "effective": "2025-04-01", "expires": "2027-12-31", "attachments": ["重点任务分工表"],
                 "doc_type": "通知", "recipients": ["各设区市商务局、财政局", "平潭综合实验区经济发展局、财政金融局",
                                                  "福州、厦门海关各隶属海关"],
                 "publicity": "此件主动公开", "repeals": None},
        "clauses": c1 + c2 + c3, "applies_to": {"specific": spec}}]


def merged_rows(rows, merges):
    """rows as the reader should report them: a merged value repeated in every row it spans
    (the rows given already hold the repeated value; merges only change the layout)."""
    return rows


# ===========================================================================
# (3) 钦州港片区 — 页眉 with the zone's name and a rule, 第 N 页 共 M 页, 行号
# ===========================================================================

QZ_ZONE = "中国（广西）自由贸易试验区钦州港片区"
QZ_ORGAN = QZ_ZONE + "管理委员会"
QZ_RULES = QZ_ZONE + "跨境电子商务产业发展扶持办法"
QZ_TITLE = QZ_ORGAN + "关于印发《" + QZ_RULES + "》的通知"
QZ_NO = "钦自贸管规〔2025〕2号"
QZ_RECIP = "片区各部门、各直属单位，驻片区各有关单位，各有关企业："
QZ_NOTICE = [
    ("p", "《" + QZ_RULES + "》已经片区管委会2025年第3次主任办公会议审议通过，现印发给你们，请认真抓好贯彻落实。"),
]
QZ_ITEMS = [
    ("h3", "第一章　总　　则"),
    ("art", ["第一条　为加快发展跨境电子商务新业态新模式，推动西部陆海新通道与共建“一带一路”有机衔接，促进"
             "中国（广西）自由贸易试验区钦州港片区（以下简称片区）开放型经济高质量发展，根据国家和自治区有关规定，"
             "结合片区实际，制定本办法。"]),
    ("art", ["第二条　本办法适用于在片区内依法登记注册、具有独立法人资格、税收和统计关系在片区的跨境电子商务企业、"
             "跨境电子商务综合服务企业、跨境物流企业和公共服务平台运营企业（以下统称企业）。"]),
    ("art", ["第三条　片区管委会经济发展局（以下简称经发局）负责本办法的组织实施，财政局负责扶持资金的预算安排和拨付，"
             "海关、税务等单位按职责配合做好相关工作。"]),
    ("h3", "第二章　扶持内容"),
    ("art", ["第四条　支持企业落户。对新引进的跨境电商企业，自落户之日起首个完整会计年度内跨境电商进出口额达到"
             "1亿元、3亿元、5亿元的，分别给予20万元、50万元、100万元一次性落户奖励。"]),
    ("art", ["第五条　支持业务规模增长。对年度跨境电商进出口额同比增长的企业，按以下标准给予奖励：",
             "（一）年度进出口额在5000万元以上、1亿元以下的，按每增加1美元奖励0.01元计算；",
             "（二）年度进出口额在1亿元以上的，按每增加1美元奖励0.015元计算；",
             "（三）同一企业年度奖励金额最高不超过200万元。"]),
    ("art", ["第六条　支持保税进口业务。对在钦州综合保税区内开展跨境电商网购保税进口（1210）业务、年度申报单量达到"
             "50万单以上的企业，按每单0.5元给予补贴，每家企业年度补贴最高不超过100万元。"], ["钦州综合保税区"]),
    ("art", ["第七条　支持跨境物流通道建设。对开通钦州港至东盟国家港口跨境电商海运快线、且全年稳定运行不少于40个航次的"
             "企业，每条航线给予50万元奖励；对通过西部陆海新通道海铁联运班列运输跨境电商货物的，按每标准箱500元"
             "给予运费补贴。"]),
    ("art", ["第八条　支持海外仓建设。对企业在东盟国家自建或租赁面积在3000平方米以上的海外仓，按实际投资额的20%"
             "给予补助，单个海外仓补助最高不超过80万元。"]),
    ("art", ["第九条　支持公共服务平台建设。对经认定的片区跨境电商公共服务平台，按其年度软硬件投入的30%给予补助，"
             "最高不超过150万元。"]),
    ("art", ["第十条　支持人才培养。对在片区开展跨境电商人才实训、年培训人数达到300人次以上的培训机构，"
             "按每人次300元给予补贴。"]),
    ("h3", "第三章　申报与管理"),
    ("art", ["第十一条　扶持资金每年集中申报一次，由经发局发布申报通知。申报材料详见附件。"]),
    ("art", ["第十二条　同一企业同一事项符合片区其他扶持政策的，按照“就高不重复”原则执行。"]),
    ("art", ["第十三条　企业对所提交材料的真实性负责。对弄虚作假骗取扶持资金的，由片区管委会追回已拨付资金，"
             "三年内取消其申报资格；涉嫌犯罪的，依法移送司法机关处理。"]),
    ("h3", "第四章　附　　则"),
    ("art", ["第十四条　本办法由片区管委会经发局负责解释。"]),
    ("art", ["第十五条　本办法自2025年4月15日起施行，有效期至2028年4月14日。",
             "《中国（广西）自由贸易试验区钦州港片区跨境电子商务扶持暂行办法》（钦自贸管规〔2021〕5号）同时废止。"]),
]
QZ_ATTACH = "钦州港片区跨境电商扶持资金申报材料清单"
QZ_TAB_HEAD = ["序号", "扶持事项", "申报材料", "受理部门"]
QZ_TAB_ROWS = [
    ["1", "落户奖励（第四条）", "营业执照、跨境电商进出口额统计证明、落户协议", "经发局"],
    ["2", "业务规模增长奖励（第五条）", "海关出具的本年度及上年度跨境电商进出口数据", "经发局"],
    ["3", "保税进口业务补贴（第六条）", "网购保税进口（1210）申报单量清单", "经发局"],
    ["4", "物流通道奖励（第七条）", "航线运行记录、班列运单及运费发票", "经发局"],
    ["5", "海外仓补助（第八条）", "海外仓租赁合同或产权证明、投资凭证", "经发局、财政局"],
    ["6", "平台及人才补贴（第九条、第十条）", "平台投入凭证、培训人员名册及考核记录", "经发局、财政局"],
]
QZ_TAB_MERGES = [(3, 0, 3), (3, 4, 5)]


def make_qinzhou():
    stem = f"{PFX}_qinzhou_banfa"
    d = new_doc()
    s = d.sections[0]
    s.header_distance = Cm(1.8)
    # 页眉: the zone's name over a rule
    hp = s.header.paragraphs[0]
    hp.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run(QZ_ZONE + "管理委员会规范性文件")
    set_font(r, ST, 10.5)
    border(hp, "bottom", sz=6, color="000000", space=1)
    # 页脚: 第 N 页 共 M 页
    fp = s.footer.paragraphs[0]
    fp.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("第 "); set_font(r, ST, 10.5)
    add_field(fp, "PAGE", size=10.5)
    r = fp.add_run(" 页 共 "); set_font(r, ST, 10.5)
    add_field(fp, "NUMPAGES", shown="5", size=10.5)
    r = fp.add_run(" 页"); set_font(r, ST, 10.5)
    # 行号, restarting on every page
    sect_child(s, "lnNumType", {"countBy": "1", "distance": "284", "restart": "newPage"})

    banner(d, [QZ_ZONE, "管理委员会"], size=23)
    wenhao_rule(d, QZ_NO)
    para(d, [(QZ_ZONE + "\n管理委员会关于印发《中国（广西）自由\n贸易试验区钦州港片区跨境电子商务产业\n"
              "发展扶持办法》的通知", XBS, False, None)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, size=22, line=35)
    para(d, "", first_indent=False)
    para(d, QZ_RECIP, first_indent=False)
    render_items(d, QZ_NOTICE)
    luokuan(d, [QZ_ORGAN], "2025年3月12日")
    para(d, "（此件公开发布）", first_indent=True)
    page_break(d)
    para(d, [(QZ_ZONE + "\n跨境电子商务产业发展扶持办法", XBS, False, None)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, size=22, line=35)
    para(d, "", first_indent=False)
    render_items(d, QZ_ITEMS)
    attach_note(d, [QZ_ATTACH])
    page_break(d)
    para(d, [("附件", HT, False, None)], first_indent=False)
    para(d, [(QZ_ATTACH, XBS, False, None)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False,
         size=20, line=36, after=8)
    grid_table(d, QZ_TAB_HEAD, QZ_TAB_ROWS, [1.2, 4.6, 6.8, 3.2], merges=QZ_TAB_MERGES, size=12)
    for _ in range(4):
        para(d, "", first_indent=False)
    banji(d, "抄送：自治区商务厅、财政厅，南宁海关，钦州市人民政府。", "钦州港片区管委会党政办公室",
          "2025年3月13日印发")
    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    to_pdf(path)

    c1, s1 = clauses_of(QZ_NOTICE)
    c2, s2 = clauses_of(QZ_ITEMS)
    c3, s3 = table_clauses(QZ_TAB_HEAD, QZ_TAB_ROWS)
    EXPECTED[stem] = [{
        "meta": {"title": QZ_TITLE, "doc_number": QZ_NO, "issuer": [QZ_ORGAN],
                 "date": "2025-03-12", "published": "2025-03-13", "level": "zone", "region": QZ_ZONE,
                 "effective": "2025-04-15", "expires": "2028-04-14", "attachments": [QZ_ATTACH],
                 "doc_type": "通知", "recipients": ["片区各部门、各直属单位", "驻片区各有关单位", "各有关企业"],
                 "publicity": "此件公开发布",
                 "repeals": "《中国（广西）自由贸易试验区钦州港片区跨境电子商务扶持暂行办法》（钦自贸管规〔2021〕5号）"},
        "clauses": c1 + c2 + c3, "applies_to": {"specific": {**s1, **s2, **s3}}}]


# ===========================================================================
# (4) 郑州 — an analyst's 汇编: cover, 目录, two documents merged
# ===========================================================================

ZA_MEASURES = "郑州市促进跨境电子商务高质量发展若干措施"
ZA_TITLE = "郑州市人民政府办公厅关于印发" + ZA_MEASURES + "的通知"
ZA_NO = "郑政办〔2025〕9号"
ZA_RECIP = "各开发区管委会，各区县（市）人民政府，市人民政府各部门，各有关单位："
ZA_NOTICE = [
    ("p", "《" + ZA_MEASURES + "》已经市人民政府同意，现印发给你们，请认真贯彻执行。"),
]
ZA_ITEMS = [
    ("p", "为深入落实高质量共建“一带一路”部署，推动“空中丝绸之路”“网上丝绸之路”融合发展，巩固提升我市"
          "跨境电商发展优势，加快建设国际消费中心城市，制定以下措施。"),
    ("h1", "一、壮大跨境电商经营主体"),
    ("run", "（一）引育头部企业。",
     "对新落户我市、年跨境电商进出口额首次超过10亿元的企业，给予最高300万元奖励；对年进出口额首次超过"
     "1亿元的本地企业，给予50万元奖励。"),
    ("h2", "（二）支持传统外贸企业转型"),
    ("item", "1.对首次开展跨境电商B2B出口业务、年出口额超过500万元的传统外贸企业，给予10万元一次性奖励。"),
    ("item", "2.对企业入驻第三方跨境电商平台开设店铺的，按平台年费的50%给予补贴，每家企业最高不超过5万元。"),
    ("h1", "二、完善跨境电商基础设施"),
    ("h2", "（一）建设跨境电商产业园区"),
    ("item", "1.支持郑州航空港经济综合实验区建设跨境电商国际枢纽港，对在航空港区新建的跨境电商监管仓库和分拨中心，"
             "按实际投资额的10%给予补助，最高不超过500万元。", ["郑州航空港经济综合实验区"]),
    ("item", "2.支持巩义市、新密市、荥阳市等县域依托特色产业带建设跨境电商产业园，对经认定的市级跨境电商产业园"
             "给予最高200万元奖励。"),
    ("h2", "（二）提升物流通道能力"),
    ("item", "1.支持开通郑州至列日、布达佩斯等地的跨境电商全货机航线，对每周稳定运行1班以上的航线，"
             "按每班次给予最高30万元补贴。"),
    ("item", "2.支持中欧班列（郑州）开行跨境电商专列，对每月开行2列以上的运营企业，按每列5万元给予奖励。"),
    ("run", "（三）完善海外仓布局。", "对企业在共建“一带一路”国家新建或租赁海外仓的，按以下标准给予支持："),
    ("item", "1.面积在5000平方米以上的："),
    ("item", "（1）自建海外仓按实际投资额的20%给予补助，最高不超过300万元；"),
    ("item", "（2）租赁海外仓按年租金的30%给予补助，最高不超过100万元。"),
    ("item", "2.经认定为省级以上公共海外仓的，再给予50万元一次性奖励。"),
    ("h1", "三、优化跨境电商发展环境"),
    ("run", "（一）创新监管模式。",
     "支持新郑综合保税区、郑州经开综合保税区开展跨境电商零售进口退货中心仓模式和“保税+直播”业务试点，"
     "推动网购保税进口商品“线上下单、线下自提”。", ["新郑综合保税区", "郑州经开综合保税区"]),
    ("run", "（二）加强金融支持。",
     "鼓励银行机构开发“跨境电商贷”等信用类产品，对中小跨境电商企业投保出口信用保险的，按保费的50%给予补贴。"),
    ("run", "（三）强化人才支撑。",
     "支持在郑高校开设跨境电商相关专业，对获评国家级、省级跨境电商人才培训基地的，分别给予100万元、50万元奖励。"),
    ("h1", "四、其他"),
    ("p", "本措施自2025年3月1日起施行，有效期2年。此前我市出台的相关政策与本措施不一致的，以本措施为准。"),
]

ZB_GUIDE = "郑州新郑综合保税区跨境电商网购保税进口业务操作指引（试行）"
ZB_ORGAN = "郑州新郑综合保税区管理委员会"
ZB_TITLE = ZB_ORGAN + "关于印发《" + ZB_GUIDE + "》的通知"
ZB_NO = "郑新综保管〔2025〕3号"
ZB_RECIP = "区内各相关企业，各有关单位："
ZB_NOTICE = [
    ("p", "为规范区内跨境电商网购保税进口（1210）业务操作，提升通关效率，我委会同郑州海关驻新郑综合保税区办事处"
          "制定了《" + ZB_GUIDE + "》，现印发给你们，请遵照执行。"),
]
ZB_ITEMS = [
    ("h1", "一、适用范围"),
    ("p", "本指引适用于在郑州新郑综合保税区内开展跨境电商网购保税进口业务的电商企业、电商平台、支付企业、"
          "物流企业及区内仓储企业。"),
    ("h1", "二、企业备案"),
    ("item", "1.开展业务的企业应当向海关办理注册登记，并在跨境电商通关服务平台完成企业信息备案。"),
    ("item", "2.区内仓储企业应当具备符合海关监管要求的仓储管理系统，并与海关辅助管理系统联网。"),
    ("h1", "三、入区申报"),
    ("item", "1.商品入区前，区内企业应当通过金关二期系统录入保税核注清单，并按以下要求申报："),
    ("item", "（1）商品编码、品名、规格型号应当与跨境电子商务零售进口商品清单一致；"),
    ("item", "（2）同一批次的不同商品应当分项申报，不得合并。"),
    ("item", "2.商品运抵后，仓储企业应当在24小时内完成理货并上传理货报告。"),
    ("h1", "四、出区通关"),
    ("item", "1.消费者下单后，电商企业或其代理人、支付企业、物流企业应当分别向海关传输订单、支付单、运单信息，"
             "实现“三单”比对。"),
    ("item", "2.对“三单”比对一致且无布控指令的清单，系统自动放行；需查验的，由海关在区内查验场所实施查验。"),
    ("h1", "五、退货管理"),
    ("item", "1.消费者退货的，应当在海关放行之日起30日内申请退货，并在45日内将退货商品运抵原监管作业场所。"),
    ("item", "2.退货商品经海关核验无误后，相应税款不予征收，已征税款予以退还。"),
    ("h1", "六、其他"),
    ("p", "本指引由郑州新郑综合保税区管理委员会经济发展局负责解释，自2025年3月10日起试行，试行期一年。"),
]




def make_zhengzhou():
    """目录 numbers are the compilation's running page count after cover and 目录 (the documents keep
    their own "— N —" numbering); build once, look where document B starts, rebuild if needed."""
    import pdfplumber
    toc = (1, 5)
    for _ in range(3):
        pdf = build_zhengzhou(toc)
        with pdfplumber.open(pdf) as p:
            texts = [(pg.extract_text() or "") for pg in p.pages]
        start_b = next(i for i, t in enumerate(texts) if t.startswith(ZB_ORGAN + "文件"))
        want = (1, start_b - 2 + 1)
        if want == toc:
            return
        toc = want
    raise RuntimeError("目录 page numbers do not settle")


def build_zhengzhou(ZZ_TOC_PAGES):
    stem = f"{PFX}_zhengzhou_huibian"
    d = new_doc()
    d.settings.odd_and_even_pages_header_footer = True
    # ---- section 1: cover + 目录, no page numbers
    for _ in range(4):
        para(d, "", first_indent=False)
    para(d, [("内部资料　注意保存", HT, False, None)], align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False, size=14)
    for _ in range(3):
        para(d, "", first_indent=False)
    para(d, [("跨境电商与综合保税区\n政策文件学习汇编", XBS, False, None)], align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=False, size=30, line=48)
    para(d, [("（2025年第1期）", KT, False, None)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, size=18,
         line=36, before=12)
    for _ in range(5):
        para(d, "", first_indent=False)
    para(d, [("河南省国际贸易研究院开放型经济研究室　编印", KT, False, None)], align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=False, size=16)
    para(d, [("二〇二五年三月", KT, False, None)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, size=16)
    page_break(d)
    para(d, [("目　　录", HT, False, None)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, size=22, line=40,
         after=16)
    toc = [("一、" + ZA_TITLE + "（" + ZA_NO + "）", ZZ_TOC_PAGES[0]),
           ("二、" + ZB_TITLE + "（" + ZB_NO + "）", ZZ_TOC_PAGES[1])]
    for text, pg in toc:
        p = para(d, text + "\t" + str(pg), first_indent=False, size=15, line=30, left_indent=Pt(30),
                 after=10)
        p.paragraph_format.first_line_indent = Pt(-30)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT,
                                                  WD_TAB_LEADER.DOTS)
    para(d, "", first_indent=False)
    para(d, [("编者按：本汇编收录近期我市及新郑综合保税区出台的跨境电商相关政策文件各一件，供研究室内部学习参考。"
              "文件内容以发文机关正式文本为准。", KT, False, None)], size=14, line=26)

    # ---- section 2: document A
    s2 = d.add_section(WD_SECTION.NEW_PAGE)
    s2.footer.is_linked_to_previous = False
    s2.even_page_footer.is_linked_to_previous = False
    dash_page_number(s2.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    dash_page_number(s2.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
    sect_child(s2, "pgNumType", {"start": "1"})
    banner(d, ["郑州市人民政府办公厅"], size=34)
    wenhao_rule(d, ZA_NO)
    para(d, [("郑州市人民政府办公厅\n关于印发郑州市促进跨境电子商务高质量发展\n若干措施的通知", XBS, False, None)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, size=22, line=35)
    para(d, "", first_indent=False)
    para(d, ZA_RECIP, first_indent=False)
    render_items(d, ZA_NOTICE)
    luokuan(d, ["郑州市人民政府办公厅"], "2025年2月20日")
    para(d, "（此件公开发布）", first_indent=True)
    page_break(d)
    para(d, [(ZA_MEASURES, XBS, False, None)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, size=22,
         line=35)
    para(d, "", first_indent=False)
    render_items(d, ZA_ITEMS)
    for _ in range(3):
        para(d, "", first_indent=False)
    banji(d, "抄送：市委各部门，郑州警备区，各人民团体。\n　　　市人大常委会办公厅，市政协办公厅，市法院，市检察院。",
          "郑州市人民政府办公厅", "2025年2月21日印发")

    # ---- section 3: document B
    s3 = d.add_section(WD_SECTION.NEW_PAGE)
    sect_child(s3, "pgNumType", {"start": "1"})
    banner(d, [ZB_ORGAN], size=25)
    wenhao_rule(d, ZB_NO)
    para(d, [(ZB_ORGAN + "\n关于印发《郑州新郑综合保税区跨境电商\n网购保税进口业务操作指引（试行）》\n的通知",
              XBS, False, None)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, size=22, line=35)
    para(d, "", first_indent=False)
    para(d, ZB_RECIP, first_indent=False)
    render_items(d, ZB_NOTICE)
    luokuan(d, [ZB_ORGAN], "2025年3月4日")
    para(d, "（此件公开发布）", first_indent=True)
    page_break(d)
    para(d, [("郑州新郑综合保税区跨境电商网购保税进口\n业务操作指引（试行）", XBS, False, None)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, size=22, line=35)
    para(d, "", first_indent=False)
    render_items(d, ZB_ITEMS)
    for _ in range(3):
        para(d, "", first_indent=False)
    banji(d, "抄送：郑州海关，河南省商务厅，郑州航空港经济综合实验区管委会。", "郑州新郑综合保税区管理委员会办公室",
          "2025年3月5日印发")
    path = os.path.join(HERE, stem + ".docx")
    d.save(path)
    to_pdf(path)

    ca1, sa1 = clauses_of(ZA_NOTICE)
    ca2, sa2 = clauses_of(ZA_ITEMS)
    cb1, sb1 = clauses_of(ZB_NOTICE)
    cb2, sb2 = clauses_of(ZB_ITEMS)
    EXPECTED[stem] = [
        {"meta": {"title": ZA_TITLE, "doc_number": ZA_NO, "issuer": ["郑州市人民政府办公厅"],
                  "date": "2025-02-20", "published": "2025-02-21", "level": "municipal", "region": "郑州市",
                  "effective": "2025-03-01", "expires": "2027-02-28", "attachments": [],
                  "doc_type": "通知", "recipients": ["各开发区管委会", "各区县（市）人民政府", "市人民政府各部门",
                                                   "各有关单位"],
                  "publicity": "此件公开发布", "repeals": None},
         "clauses": ca1 + ca2, "applies_to": {"specific": {**sa1, **sa2}}},
        {"meta": {"title": ZB_TITLE, "doc_number": ZB_NO, "issuer": [ZB_ORGAN],
                  "date": "2025-03-04", "published": "2025-03-05", "level": "zone", "region": "郑州新郑综合保税区",
                  "effective": "2025-03-10", "expires": "2026-03-09", "attachments": [],
                  "doc_type": "通知", "recipients": ["区内各相关企业", "各有关单位"],
                  "publicity": "此件公开发布", "repeals": None},
         "clauses": cb1 + cb2, "applies_to": {"specific": {**sb1, **sb2}}},
    ]
    return os.path.join(HERE, stem + ".pdf")


def main():
    make_yunnan()
    make_fujian()
    make_qinzhou()
    make_zhengzhou()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    print("written:", ", ".join(sorted(EXPECTED)))


if __name__ == "__main__":
    main()
