# ruff: noqa
"""Round 264: a fictional 广西壮族自治区人民政府公报 (2025年第18期) written blind.

Writes next to itself:
  blind264_guangxi_gongbao.docx  -- the gazette issue made in Word (two-column sections)
  blind264_guangxi_gongbao.pdf   -- the same issue printed by LibreOffice
  expected.json                  -- the answer key

The issue is printed twice: the first PDF tells on which gazette page each
document starts, and those numbers are typed into the 本期要目 on the cover.
Run:  . /work/venv/bin/activate && python make_blind264.py
"""
import json
import os
import re
import shutil
import subprocess

import pdfplumber
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import (WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING,
                            WD_TAB_ALIGNMENT, WD_TAB_LEADER)
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "blind264_guangxi_gongbao"
PROFILE = "file:///tmp/lo_264"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)

GAZ = "广西壮族自治区人民政府公报"
ISSUE = "2025年第18期"
BODY = 10.5      # 五号
LINE = 16        # exact line pitch in the columns

# --------------------------------------------------------------------------
# low-level Word helpers
# --------------------------------------------------------------------------

def fonts(run, name, size, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), "Times New Roman" if name in (FS, KT, ST) else name)
    rf.set(qn("w:hAnsi"), "Times New Roman" if name in (FS, KT, ST) else name)
    rf.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_text(p, text, font=FS, size=BODY, bold=False, color=None):
    """Add text; '\n' inside text becomes a soft line break (Shift+Enter)."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        fonts(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def fmt(p, align=None, first=None, line=LINE, before=0, after=0, left=None, right=None, keep=False):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if keep:
        pf.keep_with_next = True
    # no snapping to the document grid: LibreOffice and Word agree better
    sg = OxmlElement("w:snapToGrid")
    sg.set(qn("w:val"), "0")
    ppr_insert(p._p.get_or_add_pPr(), sg)


PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
             "rPr", "sectPr", "pPrChange"]


def ppr_insert(pPr, el):
    """Insert a w:pPr child where the schema wants it (Word is strict)."""
    name = el.tag.split("}")[1]
    rank = PPR_ORDER.index(name)
    for child in pPr:
        cname = child.tag.split("}")[1]
        if cname in PPR_ORDER and PPR_ORDER.index(cname) > rank:
            child.addprevious(el)
            return el
    pPr.append(el)
    return el


def border(p, side="bottom", sz=12, color="E60012", space=1):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = ppr_insert(pPr, OxmlElement("w:pBdr"))
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def add_field(p, instr, font, size):
    def fc(kind):
        r = p.add_run()
        fonts(r, font, size)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._r.append(e)
    fc("begin")
    r = p.add_run()
    fonts(r, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fc("separate")
    r = p.add_run("1")
    fonts(r, font, size)
    fc("end")


def page_setup(sec):
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(2.6)
    sec.bottom_margin = Cm(2.4)
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)
    sec.header_distance = Cm(1.5)
    sec.footer_distance = Cm(1.4)


def set_cols(sectPr, num, space=482, sep=False):
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        dg = sectPr.find(qn("w:docGrid"))
        if dg is not None:
            dg.addprevious(cols)
        else:
            sectPr.append(cols)
    for a in list(cols.attrib):
        del cols.attrib[a]
    for c in list(cols):
        cols.remove(c)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space))
    if num > 1:
        cols.set(qn("w:equalWidth"), "1")
        if sep:
            cols.set(qn("w:sep"), "1")


def set_type(sectPr, kind):
    t = sectPr.find(qn("w:type"))
    if t is None:
        t = OxmlElement("w:type")
        # after header/footer refs, before pgSz
        pg = sectPr.find(qn("w:pgSz"))
        if pg is not None:
            pg.addprevious(t)
        else:
            sectPr.insert(0, t)
    t.set(qn("w:val"), kind)


def section_break(doc, kind, cols):
    """End the current section in the last paragraph (as Word does when the
    clerk inserts a break at the end of a paragraph) and start a new one."""
    body = doc.element.body
    sentinel = body.get_or_add_sectPr()
    last = sentinel.getprevious()
    if last is None or last.tag != qn("w:p") or last.find(qn("w:pPr")) is not None and \
            last.find(qn("w:pPr")).find(qn("w:sectPr")) is not None:
        p = doc.add_paragraph()
        fmt(p, line=2)
        last = p._p
    last.set_sectPr(sentinel.clone())
    for ref in sentinel.xpath("w:headerReference|w:footerReference|w:pgNumType"):
        sentinel.remove(ref)
    set_type(sentinel, kind)
    set_cols(sentinel, cols)


def restart_numbering(sectPr, start):
    pn = OxmlElement("w:pgNumType")
    pn.set(qn("w:start"), str(start))
    cols = sectPr.find(qn("w:cols"))
    cols.addprevious(pn)


def hf_para(container, text=None, align=WD_ALIGN_PARAGRAPH.LEFT, page=False, rule=False):
    p = container.paragraphs[0]
    p.alignment = align
    if page:
        add_text(p, "— ", ST, 10.5)
        add_field(p, "PAGE", ST, 10.5)
        add_text(p, " —", ST, 10.5)
    else:
        add_text(p, text, ST, 9)
    if rule:
        border(p, "bottom", sz=6, color="000000", space=1)


def cell_text(cell, text, font=FS, size=9.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    add_text(p, text, font, size, bold)
    fmt(p, align=align, line=14)


def vmerge_cells(table, col, r0, r1):
    a = table.cell(r0, col)
    b = table.cell(r1, col)
    text = a.text
    m = a.merge(b)
    # keep one paragraph only
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    return m, text


# --------------------------------------------------------------------------
# content model: the builder renders blocks and collects the answer key
# --------------------------------------------------------------------------

class Gazette:
    def __init__(self):
        self.doc = Document()
        self.docs = []          # expected entries
        self.cur = None

    # ---- document bookkeeping ----
    def begin(self, meta):
        self.cur = {"meta": meta, "clauses": [], "applies_to": {"specific": {}}}
        self.docs.append(self.cur)

    def clause(self, text, places=None):
        self.cur["clauses"].append(text)
        if places:
            self.cur.setdefault("_places", []).append((len(self.cur["clauses"]) - 1, places))

    def finish(self):
        """Key each narrower place by the shortest start (22+ chars) that
        belongs to that clause alone."""
        for d in self.docs:
            clauses = d["clauses"]
            for i, places in d.pop("_places", []):
                n = 22
                while any(j != i and c.startswith(clauses[i][:n]) for j, c in enumerate(clauses)):
                    n += 1
                d["applies_to"]["specific"][clauses[i][:n]] = places
        return self.docs

    # ---- layout primitives ----
    def par(self, runs, **kw):
        p = self.doc.add_paragraph()
        for r in runs:
            add_text(p, *r)
        fmt(p, **kw)
        return p

    def lanmu(self, text):
        p = self.par([(text, HT, 14, False, RED)], align=WD_ALIGN_PARAGRAPH.LEFT,
                     line=24, before=10, after=4, keep=True)
        return p

    def title(self, text, size=18, before=6, after=4):
        # '\n' in text = soft line break, as clerks break long titles
        self.par([(text, XBS, size)], align=WD_ALIGN_PARAGRAPH.CENTER,
                 line=size + 10, before=before, after=after, keep=True)

    def kai_center(self, text, size=BODY + 1, before=0, after=6):
        self.par([(text, KT, size)], align=WD_ALIGN_PARAGRAPH.CENTER,
                 line=LINE + 2, before=before, after=after, keep=True)

    def to(self, text):
        self.par([(text, FS, BODY)], align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    def body(self, text, places=None, clause=True, head=None, head_font=KT, head_bold=False):
        runs = []
        if head:
            runs.append((head, head_font, BODY, head_bold))
        runs.append((text, FS, BODY))
        self.par(runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=2 * BODY)
        if clause:
            self.clause((head or "") + text, places)

    def h1(self, text):
        self.par([(text, HT, BODY)], align=WD_ALIGN_PARAGRAPH.LEFT, first=2 * BODY, keep=True)

    def h2(self, text):
        self.par([(text, KT, BODY)], align=WD_ALIGN_PARAGRAPH.LEFT, first=2 * BODY, keep=True)

    def h3(self, text):
        self.par([(text, FS, BODY, True)], align=WD_ALIGN_PARAGRAPH.LEFT, first=2 * BODY, keep=True)

    def chapter(self, text):
        self.par([(text, HT, BODY + 0.5)], align=WD_ALIGN_PARAGRAPH.CENTER,
                 line=LINE + 4, before=4, after=2, keep=True)

    def article(self, label, paras, places=None, soft=False):
        """第X条 in 黑体, a full-width space, then the text; further
        paragraphs as their own Word paragraphs (or soft breaks)."""
        first = paras[0]
        if soft:
            p = self.doc.add_paragraph()
            add_text(p, label, HT, BODY)
            add_text(p, "　" + "\n".join(paras), FS, BODY)
            fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=2 * BODY)
        else:
            self.par([(label, HT, BODY), ("　" + first, FS, BODY)],
                     align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=2 * BODY)
            for extra in paras[1:]:
                self.par([(extra, FS, BODY)], align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=2 * BODY)
        self.clause(label + "　" + "\n".join(paras), places)

    def sign(self, organ, date, gap=True):
        self.par([(organ, FS, BODY)], align=WD_ALIGN_PARAGRAPH.RIGHT, before=LINE if gap else 0)
        self.par([(date, FS, BODY)], align=WD_ALIGN_PARAGRAPH.RIGHT)

    def note(self, text, align=WD_ALIGN_PARAGRAPH.LEFT, first=2 * BODY):
        self.par([(text, FS, BODY)], align=align, first=first)

    def table(self, caption, header, rows, vmerges, widths, places):
        self.par([(caption, HT, BODY + 0.5)], align=WD_ALIGN_PARAGRAPH.CENTER,
                 line=LINE + 4, before=4, after=4, keep=True)
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            cell_text(t.cell(0, j), h, HT, 9.5)
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                al = WD_ALIGN_PARAGRAPH.LEFT if j in (0, 1) else WD_ALIGN_PARAGRAPH.CENTER
                cell_text(t.cell(i, j), v, FS, 9.5, align=al)
        for i in range(len(rows) + 1):
            for j, w in enumerate(widths):
                t.cell(i, j).width = Cm(w)
        # header row repeats, as clerks set it
        trPr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader")
        trPr.append(th)
        for col, r0, r1 in vmerges:
            m, text = vmerge_cells(t, col, r0, r1)
            cell_text(m, rows[r0 - 1][col], FS, 9.5, align=WD_ALIGN_PARAGRAPH.LEFT if col in (0, 1)
                      else WD_ALIGN_PARAGRAPH.CENTER)
        for i, row in enumerate(rows):
            self.clause("；".join(f"{h}：{v}" for h, v in zip(header, row)), places[i])
        return t


# --------------------------------------------------------------------------
# the issue
# --------------------------------------------------------------------------

def meta(title, doc_number, issuer, date, published, region, effective, expires,
         attachments, doc_type, recipients, publicity, repeals, level="provincial"):
    return {"title": title, "doc_number": doc_number, "issuer": issuer, "date": date,
            "published": published, "level": level, "region": region,
            "effective": effective, "expires": expires, "attachments": attachments,
            "doc_type": doc_type, "recipients": recipients, "publicity": publicity,
            "repeals": repeals}


TOC = [  # (栏目 or None, entry text, key)
    ("【自治区人民政府令】", None, None),
    (None, "广西壮族自治区人民政府令（第31号）", "ling"),
    (None, "广西壮族自治区边境口岸通关服务管理办法", "ling"),
    ("【自治区人民政府文件】", None, None),
    (None, "广西壮族自治区人民政府关于同意崇左市建设中越跨境物流枢纽的批复\n（桂政函〔2025〕47号）", "pifu"),
    ("【自治区人民政府办公厅文件】", None, None),
    (None, "广西壮族自治区人民政府办公厅关于印发广西加快跨境电子商务综合试验区"
           "高质量发展实施方案（2025—2027年）的通知（桂政办发〔2025〕38号）", "tongzhi"),
    ("【人事任免】", None, None),
    (None, "广西壮族自治区人民政府关于韦绍明等同志职务任免的通知\n（桂政任〔2025〕16号）", "renmian"),
]


def cover(g, pages):
    d = g.doc
    page_setup(d.sections[0])
    set_cols(d.sections[0]._sectPr, 1)
    g.par([("广西壮族自治区", XBS, 40, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, line=54, before=18)
    g.par([("人民政府公报", XBS, 40, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER, line=54)
    g.par([("GUANGXI ZHUANGZU ZIZHIQU RENMIN ZHENGFU GONGBAO", "Times New Roman", 11, False, RED)],
          align=WD_ALIGN_PARAGRAPH.CENTER, line=20, before=6)
    p = g.par([("2025年第18期（总第1046期）", HT, 14)], align=WD_ALIGN_PARAGRAPH.CENTER, line=24, before=12)
    p = g.par([("广西壮族自治区人民政府办公厅主办　　　　2025年6月30日出版", ST, 11)],
              align=WD_ALIGN_PARAGRAPH.CENTER, line=22, after=6)
    border(p, "bottom", sz=18, color="E60012", space=4)
    g.par([("本 期 要 目", HT, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, line=30, before=14, after=6)
    for cat, text, key in TOC:
        if cat:
            g.par([(cat, HT, 12, False, RED)], align=WD_ALIGN_PARAGRAPH.LEFT, line=24, before=6)
            continue
        num = str(pages.get(key, 0)) if pages else "0"
        p = d.add_paragraph()
        add_text(p, text + "\t" + num, ST, 11)
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, line=21, left=22)
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    # 封二: the imprint, on its own page (page break typed by the editor)
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, line=12)
    g.par([("《广西壮族自治区人民政府公报》", HT, 14)], align=WD_ALIGN_PARAGRAPH.CENTER, line=28, before=160)
    g.par([("（旬刊　1992年创刊）", KT, 11)], align=WD_ALIGN_PARAGRAPH.CENTER, line=22, after=12)
    for line in ["主管主办：广西壮族自治区人民政府办公厅",
                 "编辑出版：广西壮族自治区人民政府公报编辑部",
                 "地　　址：南宁市青秀区民族大道（示例）号",
                 "邮政编码：530028　　电话：0771-5800000",
                 "国内统一连续出版物号：CN 45-1999/D",
                 "印　　刷：广西壮族自治区机关印刷厂（示例）",
                 "赠　　阅"]:
        g.par([(line, ST, 11)], align=WD_ALIGN_PARAGRAPH.LEFT, line=24, left=110)
    g.par([("本公报刊登的文件与正式文件具有同等效力。", KT, 11)], align=WD_ALIGN_PARAGRAPH.CENTER,
          line=24, before=24)


def ling(g):
    g.begin(meta("广西壮族自治区边境口岸通关服务管理办法", "广西壮族自治区人民政府令第31号",
                 ["广西壮族自治区人民政府"], "2025-06-06", "2025-06-06", "广西壮族自治区",
                 "2025-08-01", None, [], "规章", [], None,
                 "《广西壮族自治区边境口岸管理暂行办法》（自治区人民政府令第96号）"))
    g.lanmu("【自治区人民政府令】")
    g.par([("广西壮族自治区人民政府令", XBS, 26, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
          line=40, before=4, keep=True)
    p = g.par([("第31号", FS, 14)], align=WD_ALIGN_PARAGRAPH.CENTER, line=26, before=2, after=8, keep=True)
    border(p, "bottom", sz=12, color="E60012", space=6)
    g.body("《广西壮族自治区边境口岸通关服务管理办法》已经2025年5月26日自治区十四届人民政府第58次"
           "常务会议审议通过，现予公布，自2025年8月1日起施行。")
    g.par([("主席　覃志国", FS, BODY)], align=WD_ALIGN_PARAGRAPH.RIGHT, before=LINE, right=4 * BODY)
    g.par([("2025年6月6日", FS, BODY)], align=WD_ALIGN_PARAGRAPH.RIGHT, right=4 * BODY)
    g.title("广西壮族自治区边境口岸通关服务管理办法", size=16, before=14, after=2)
    g.kai_center("（2025年6月6日广西壮族自治区人民政府令第31号公布　自2025年8月1日起施行）",
                 size=BODY, after=6)
    section_break(g.doc, "continuous", 2)
    g.chapter("第一章　总　　则")
    g.article("第一条", ["为了提升边境口岸通关服务水平，促进沿边开放和边境贸易高质量发展，服务共建“一带一路”"
                        "和西部陆海新通道建设，根据《中华人民共和国海关法》《中华人民共和国出境入境管理法》"
                        "等法律、行政法规，结合本自治区实际，制定本办法。"])
    g.article("第二条", ["本自治区行政区域内边境口岸（以下简称口岸）的通关服务及其监督管理活动，适用本办法。",
                        "法律、行政法规对口岸通关服务另有规定的，从其规定。"])
    g.article("第三条", ["口岸通关服务工作坚持统一领导、属地管理、协同高效、安全便利的原则。",
                        "自治区人民政府口岸管理部门负责全区口岸通关服务的统筹协调和监督指导。沿边设区的市、"
                        "县（市、区）人民政府负责本行政区域内口岸通关服务的组织实施。",
                        "海关、边检、海事等口岸查验单位按照各自职责做好通关查验和服务工作。"])
    g.article("第四条", ["防城港市、百色市、崇左市人民政府应当将口岸通关服务纳入本级国民经济和社会发展规划，"
                        "建立口岸工作联席会议制度，每季度至少召开一次会议，协调解决口岸通关中的重大问题。"],
              places=["防城港市", "百色市", "崇左市"])
    g.chapter("第二章　通关服务")
    g.article("第五条", ["口岸查验单位应当推行“提前申报”“两步申报”“船边直提”“抵港直装”等便利化措施，"
                        "压缩货物整体通关时间。",
                        "对鲜活农产品、冰鲜水产品等时效性强的货物，口岸查验单位应当开辟“绿色通道”，"
                        "实行优先查验、即查即放。"])
    g.article("第六条", ["口岸运营单位应当在醒目位置公示通关流程、作业时间、收费项目和收费标准，"
                        "不得收取未公示的费用。",
                        "口岸经营服务性收费实行目录清单管理，目录清单由自治区人民政府口岸管理部门会同价格"
                        "主管部门制定并向社会公布。"])
    g.article("第七条", ["自治区推进国际贸易“单一窗口”建设，实现货物申报、运输工具申报、许可证件申领、"
                        "税费支付等业务一次录入、一网通办。",
                        "沿边设区的市人民政府应当推动“单一窗口”与边民互市、跨境物流、跨境电子商务等地方"
                        "特色应用系统对接。"])
    g.article("第八条", ["友谊关、东兴、水口、龙邦等公路口岸货运通道应当根据进出口货物流量合理确定通关时间；"
                        "具备条件的，可以实行预约通关、错峰通关或者延时通关。"])
    g.article("第九条", ["在中国（广西）自由贸易试验区崇左片区内，对符合条件的进口东盟水果、粮食等农产品，"
                        "实行“先放行后检测”“边境口岸检疫、指定场所处置”等监管模式，具体办法由海关会同"
                        "自治区人民政府有关部门制定。"],
              places=["中国（广西）自由贸易试验区崇左片区"])
    g.article("第十条", ["口岸查验单位应当公布咨询、投诉电话，对通关中遇到的问题实行首问负责、限时办结。"])
    g.chapter("第三章　边民互市与跨境物流")
    g.article("第十一条", ["边民互市贸易在经依法设立的边民互市贸易区（点）内进行。沿边县（市、区）人民政府"
                          "应当加强互市贸易区（点）基础设施建设，完善查验、结算、仓储等功能。",
                          "边民通过互市贸易进口的商品，在规定的免税额度内免征进口关税和进口环节税。"])
    g.article("第十二条", ["东兴市、凭祥市人民政府应当引导边民互市进口商品在本市互市商品落地加工园区内加工，"
                          "并依照国家和自治区有关规定落实加工企业的用地、用电和融资支持政策。"],
              places=["东兴市", "凭祥市"])
    g.article("第十三条", ["鼓励开行经友谊关、东兴等口岸的中越跨境公路、铁路班列和西部陆海新通道海铁联运班列。",
                          "口岸所在地人民政府应当保障跨境运输车辆停放、装卸、转运等作业场地，推行跨境运输车辆"
                          "“不下车”“不开箱”便利化查验。"], soft=True)
    g.article("第十四条", ["对进出凭祥综合保税区的跨境电子商务货物，海关按照规定实施“线上申报、分类监管”，"
                          "支持开展跨境电子商务网购保税进口和特殊区域出口海外仓业务。"],
              places=["凭祥综合保税区"])
    g.article("第十五条", ["口岸查验单位和口岸运营单位应当建立跨境物流信息共享机制，实现运输车辆、货物、"
                          "集装箱等信息实时共享。"])
    g.chapter("第四章　监督管理")
    g.article("第十六条", ["自治区人民政府口岸管理部门应当建立口岸通关服务评价制度，每年对口岸通关服务进行评价，"
                          "并向社会公布评价结果。评价内容包括：",
                          "（一）进出口货物整体通关时间；",
                          "（二）口岸收费项目和收费水平；",
                          "（三）查验设施设备运行情况；",
                          "（四）企业和边民满意度。"])
    g.article("第十七条", ["任何单位和个人有权对口岸通关服务中的违法违规行为进行投诉、举报。接到投诉、举报的"
                          "部门应当在15个工作日内处理并答复。"])
    g.article("第十八条", ["口岸运营单位违反本办法第六条规定，收取未公示费用的，由价格主管部门依照《中华人民"
                          "共和国价格法》等法律、法规的规定处理。"])
    g.article("第十九条", ["有关行政机关及其工作人员在口岸通关服务工作中滥用职权、玩忽职守、徇私舞弊的，由有权"
                          "机关依法对直接负责的主管人员和其他直接责任人员给予处分；构成犯罪的，依法追究刑事责任。"])
    g.chapter("第五章　附　　则")
    g.article("第二十条", ["本办法所称边境口岸，是指经国家批准对外开放的位于本自治区陆地边境线上的公路、铁路"
                          "口岸以及边境地区的二类口岸。"])
    g.article("第二十一条", ["本办法自2025年8月1日起施行。2013年10月1日起施行的《广西壮族自治区边境口岸管理"
                            "暂行办法》（自治区人民政府令第96号）同时废止。"])


def pifu(g):
    g.begin(meta("广西壮族自治区人民政府关于同意崇左市建设中越跨境物流枢纽的批复", "桂政函〔2025〕47号",
                 ["广西壮族自治区人民政府"], "2025-06-10", None, "崇左市", None, None,
                 ["崇左中越跨境物流枢纽重点建设项目表"], "批复", ["崇左市人民政府"], None, None))
    section_break(g.doc, "continuous", 1)
    g.lanmu("【自治区人民政府文件】")
    g.title("广西壮族自治区人民政府关于同意崇左市\n建设中越跨境物流枢纽的批复", size=16, before=2)
    g.kai_center("桂政函〔2025〕47号")
    section_break(g.doc, "continuous", 2)
    g.to("崇左市人民政府：")
    g.body("你市《关于建设中越跨境物流枢纽的请示》（崇政报〔2025〕21号）收悉。经研究，现批复如下：")
    g.body("一、原则同意《崇左中越跨境物流枢纽建设方案》（以下简称《方案》），请你市认真组织实施。")
    g.body("二、中越跨境物流枢纽以凭祥市为核心区，以龙州县、宁明县为拓展区，重点建设凭祥综合保税区跨境"
           "物流园、龙州水口跨境物流中心和宁明爱店口岸物流园，力争到2027年枢纽跨境货运量达到1200万吨。",
           places=["凭祥市", "龙州县", "宁明县"])
    g.body("三、支持在中国（广西）自由贸易试验区崇左片区先行先试跨境物流监管创新，探索中越跨境货车"
           "“直通车”运输模式和跨境集装箱“一箱到底”联运模式，有关政策按程序报批后实施。",
           places=["中国（广西）自由贸易试验区崇左片区"])
    g.body("四、自治区发展改革委、商务厅、交通运输厅、口岸办等部门要按照职责分工，在项目审批、用地保障、"
           "资金安排等方面给予支持。南宁海关要支持枢纽海关监管作业场所建设。")
    g.body("五、你市要切实履行主体责任，建立健全工作机制，加强与越南谅山省等地的交流合作，确保各项任务"
           "落地见效。重大事项及时向自治区人民政府请示报告。")
    g.par([("附件：崇左中越跨境物流枢纽重点建设项目表", FS, BODY)], align=WD_ALIGN_PARAGRAPH.LEFT,
          first=2 * BODY, before=LINE)
    g.sign("广西壮族自治区人民政府", "2025年6月10日")
    g.par([("（附件略）", FS, BODY)], align=WD_ALIGN_PARAGRAPH.LEFT, first=2 * BODY)


def tongzhi(g):
    fang = "广西加快跨境电子商务综合试验区高质量发展实施方案（2025—2027年）"
    g.begin(meta("广西壮族自治区人民政府办公厅关于印发" + fang + "的通知", "桂政办发〔2025〕38号",
                 ["广西壮族自治区人民政府办公厅"], "2025-06-12", None, "广西壮族自治区",
                 "2025-07-01", "2027-12-31", [fang], "通知",
                 ["各市、县人民政府", "自治区人民政府各组成部门、各直属机构"], "此件公开发布", None))
    section_break(g.doc, "continuous", 1)
    g.lanmu("【自治区人民政府办公厅文件】")
    g.title("广西壮族自治区人民政府办公厅关于印发广西加快\n跨境电子商务综合试验区高质量发展实施方案\n"
            "（2025—2027年）的通知", size=16, before=2)
    g.kai_center("桂政办发〔2025〕38号")
    section_break(g.doc, "continuous", 2)
    g.to("各市、县人民政府，自治区人民政府各组成部门、各直属机构：")
    g.body("《" + fang + "》已经自治区人民政府同意，现印发给你们，请认真组织实施。")
    g.sign("广西壮族自治区人民政府办公厅", "2025年6月12日")
    g.par([("（此件公开发布）", FS, BODY)], align=WD_ALIGN_PARAGRAPH.LEFT, first=2 * BODY)
    g.title("广西加快跨境电子商务综合试验区\n高质量发展实施方案\n（2025—2027年）", size=14, before=14, after=6)
    g.body("为深入贯彻党中央、国务院关于促进跨境电子商务健康发展的决策部署，充分发挥我区面向东盟的区位"
           "优势，推动南宁、崇左、北海、柳州、防城港等跨境电子商务综合试验区（以下简称综试区）高质量发展，"
           "更好服务共建“一带一路”和中国—东盟自由贸易区3.0版建设，制定本方案。")
    g.h1("一、总体目标")
    g.body("到2027年，全区跨境电子商务进出口额突破1000亿元，年均增长15%以上；培育跨境电商年交易额超亿元"
           "企业50家以上，建设公共海外仓30个以上，其中在东盟国家布局不少于20个；综试区线上综合服务平台"
           "备案企业超过8000家。")
    g.h1("二、重点任务")
    g.h2("（一）壮大经营主体")
    g.body("支持综试区引进国内外知名跨境电商平台、品牌企业设立区域总部、结算中心和东盟运营中心，对新引进"
           "且年进出口额超过5000万元的企业，由所在市按规定给予一次性奖励。",
           head="1.引进培育龙头企业。", head_font=FS, head_bold=True)
    g.body("实施“跨境电商+产业带”行动，支持柳州汽车零部件、玉林中药材、梧州宝石、贵港电动车等产业带企业"
           "开展跨境电商B2B出口，每年组织线上线下培训不少于200场次。",
           head="2.推动传统外贸企业转型。", head_font=FS, head_bold=True)
    g.body("支持企业在越南、泰国、马来西亚、印度尼西亚等东盟国家及中东、中亚等共建“一带一路”国家和地区"
           "建设公共海外仓，提供仓储、分拨、退换货和售后维修等服务。对经认定的自治区级公共海外仓，按照"
           "实际投资额的20%给予最高不超过200万元补助。", head="（二）完善海外仓布局。")
    g.h2("（三）提升通关便利化水平")
    g.h3("1.优化通关监管服务")
    g.body("（1）在南宁综合保税区、钦州综合保税区全面推广跨境电商“9610”“9710”“9810”和“1210”监管"
           "模式，实行“清单核放、汇总申报”。", places=["南宁综合保税区", "钦州综合保税区"])
    g.body("（2）支持凭祥市、东兴市在边民互市贸易区开展“互市贸易+跨境电商”试点，探索互市商品通过跨境"
           "电商渠道进入国内市场的监管路径。", places=["凭祥市", "东兴市"])
    g.body("依托西部陆海新通道和中越跨境公路、铁路运输，加密钦州港至东盟主要港口的集装箱航线，推动中越"
           "班列常态化开行，支持南宁吴圩国际机场拓展至东盟国家的全货机航线。",
           head="2.畅通跨境物流通道。", head_font=FS, head_bold=True)
    g.body("各综试区2027年主要发展目标见下表，各有关市人民政府要将目标任务分解到年度，纳入绩效考核。",
           head="（四）分市推进综试区建设。")
    # the table spans both columns: the editor put it in a one-column section
    section_break(g.doc, "continuous", 1)
    header = ["综试区", "主要指标", "2024年", "2027年目标", "责任单位"]
    rows = [
        ["中国（南宁）跨境电子商务综合试验区", "跨境电商进出口额（亿元）", "356", "520", "南宁市人民政府"],
        ["中国（南宁）跨境电子商务综合试验区", "公共海外仓（个）", "6", "12", "南宁市人民政府"],
        ["中国（崇左）跨境电子商务综合试验区", "跨境电商进出口额（亿元）", "142", "230", "崇左市人民政府"],
        ["中国（崇左）跨境电子商务综合试验区", "互市商品跨境电商销售额（亿元）", "18", "40", "崇左市人民政府"],
        ["中国（北海）跨境电子商务综合试验区", "跨境电商进出口额（亿元）", "65", "110", "北海市人民政府"],
        ["中国（柳州）跨境电子商务综合试验区", "跨境电商出口额（亿元）", "38", "75", "柳州市人民政府"],
        ["中国（防城港）跨境电子商务综合试验区", "跨境电商进出口额（亿元）", "27", "60", "防城港市人民政府"],
    ]
    places = [["南宁市"], ["南宁市"], ["崇左市"], ["崇左市"], ["北海市"], ["柳州市"], ["防城港市"]]
    g.table("各综试区2027年主要发展目标", header, rows,
            vmerges=[(0, 1, 2), (4, 1, 2), (0, 3, 4), (4, 3, 4)],
            widths=[5.4, 4.6, 1.8, 2.2, 2.6], places=places)
    section_break(g.doc, "continuous", 2)
    g.body("鼓励金融机构为跨境电商企业提供出口信用保险保单融资、跨境人民币结算和外汇便利化服务，扩大面向"
           "东盟的跨境人民币结算规模。支持区内高校开设跨境电商相关专业，每年培养跨境电商实用人才5000人次"
           "以上。", head="（五）加强金融和人才支撑。")
    g.h1("三、保障措施")
    g.body("自治区商务厅会同有关部门建立综试区建设工作协调机制，统筹推进重点任务落实。各综试区所在市人民"
           "政府要落实主体责任，制定年度工作计划。", head="（一）加强组织领导。")
    g.body("自治区统筹现有外经贸发展专项资金，对综试区公共服务平台、公共海外仓和人才培训等给予支持。资金"
           "管理办法由自治区财政厅会同商务厅另行制定。", head="（二）强化资金保障。")
    g.body("建立跨境电商统计监测制度，南宁海关、自治区商务厅、国家统计局广西调查总队按季度发布全区跨境电商"
           "发展情况。", head="（三）做好统计监测。")
    g.body("本方案自2025年7月1日起施行，有效期至2027年12月31日。")


def renmian(g):
    g.begin(meta("广西壮族自治区人民政府关于韦绍明等同志职务任免的通知", "桂政任〔2025〕16号",
                 ["广西壮族自治区人民政府"], "2025-06-16", None, "广西壮族自治区", None, None, [],
                 "人事任免", ["各市人民政府", "自治区人民政府各组成部门、各直属机构"], None, None))
    section_break(g.doc, "continuous", 1)
    g.lanmu("【人事任免】")
    g.title("广西壮族自治区人民政府关于韦绍明等同志职务任免的通知", size=16, before=2)
    g.kai_center("桂政任〔2025〕16号", after=0)
    g.kai_center("（2025年6月16日）")
    section_break(g.doc, "continuous", 2)
    g.to("各市人民政府，自治区人民政府各组成部门、各直属机构：")
    g.note("自治区人民政府决定：")
    g.body("韦绍明任自治区商务厅副厅长；")
    g.body("黄丽萍任中国（广西）自由贸易试验区钦州港片区管理委员会副主任（试用期一年）；")
    g.body("免去陆国强的自治区人民政府口岸管理办公室副主任职务。")


def build(pages, path):
    g = Gazette()
    d = g.doc
    d.settings.odd_and_even_pages_header_footer = True
    st = d.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(BODY)
    cover(g, pages)
    # the body: new page, gazette page numbers restart at 1
    section_break(d, "nextPage", 1)
    ling(g)
    pifu(g)
    tongzhi(g)
    renmian(g)
    secs = d.sections
    for s in secs:
        page_setup(s)
    body = secs[1]
    restart_numbering(body._sectPr, 1)
    body.header.is_linked_to_previous = False
    body.even_page_header.is_linked_to_previous = False
    body.footer.is_linked_to_previous = False
    body.even_page_footer.is_linked_to_previous = False
    hf_para(body.header, "【自治区人民政府文件】", WD_ALIGN_PARAGRAPH.RIGHT, rule=True)
    hf_para(body.even_page_header, GAZ + "　　　　" + ISSUE, WD_ALIGN_PARAGRAPH.LEFT, rule=True)
    hf_para(body.footer, align=WD_ALIGN_PARAGRAPH.RIGHT, page=True)
    hf_para(body.even_page_footer, align=WD_ALIGN_PARAGRAPH.LEFT, page=True)
    d.save(path)
    return g.finish()


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={PROFILE}", "--convert-to", "pdf",
                    "--outdir", os.path.dirname(docx_path), docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return docx_path[:-5] + ".pdf"


LOCATORS = {"ling": "第31号", "pifu": "桂政函〔2025〕47号", "tongzhi": "桂政办发〔2025〕38号",
            "renmian": "桂政任〔2025〕16号"}


def locate(pdf):
    found = {}
    with pdfplumber.open(pdf) as p:
        for i, page in enumerate(p.pages):
            if i < 2:
                continue
            text = (page.extract_text() or "").replace(" ", "")
            m = re.findall(r"—(\d+)—", text)
            number = int(m[-1]) if m else i - 1
            for key, loc in LOCATORS.items():
                if key not in found and loc in text:
                    found[key] = number
    return found


def main():
    docx_path = os.path.join(HERE, STEM + ".docx")
    build(None, docx_path)
    pdf = to_pdf(docx_path)
    pages = locate(pdf)
    expected = build(pages, docx_path)
    pdf = to_pdf(docx_path)
    again = locate(pdf)
    assert again == pages, (pages, again)
    print("目录 pages:", pages)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({STEM: expected}, f, ensure_ascii=False, indent=1)
    for e in expected:
        print(len(e["clauses"]), e["meta"]["title"])


if __name__ == "__main__":
    main()
