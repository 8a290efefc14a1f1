# ruff: noqa
#!/usr/bin/env python3
"""Round 313: 公示, 名单 and 通报 as commerce departments and 自贸 offices publish them.

Writes, next to itself:
  blind313_jiangxi_gongshi.docx / .pdf   省商务厅 公示 (Word printed to PDF by LibreOffice)
  blind313_kunming_tongbao.pdf           市政府 通报表扬 (only the PDF is published)
  blind313_zhejiang_tongbao.html         省自贸办 督查通报 as a page of the office's website
  blind313_shandong_mingdan.xlsx         名单 workbook with sheets 第一批 / 第二批
  expected.json                          the answer key

Run:  . /work/venv/bin/activate && python make_blind313.py
"""
import html as htmlmod
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
LO_PROFILE = "file:///tmp/lo_313"

EXPECTED = {}


# ================================================================ docx helpers
def _rfonts(run, east, other="Times New Roman"):
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), other)
    rf.set(qn("w:hAnsi"), other)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:cs"), other)


def _border(p, side="bottom", color="E60012", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


ALIGN = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def par(container, text="", east=FS, size=16, align="justify", indent=True, bold=False,
        color=None, line=28.9, before=0, after=0, right_indent=None, left_indent=None,
        keep_next=False, runs=None):
    """One paragraph.  '\n' in text becomes a soft line break (Shift+Enter).
    runs: list of (text, east_font, bold) to mix fonts (run-in headings)."""
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if keep_next:
        pf.keep_with_next = True
    if indent is True:
        pf.first_line_indent = Pt(size * 2)
    elif indent:
        pf.first_line_indent = Pt(indent)
    if right_indent is not None:
        pf.right_indent = Pt(right_indent)
    if left_indent is not None:
        pf.left_indent = Pt(left_indent)
    p.alignment = ALIGN[align]
    if runs is None:
        runs = [(text, east, bold)]
    for rtext, rfont, rbold in runs:
        parts = rtext.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            r.font.size = Pt(size)
            r.bold = rbold
            if color is not None:
                r.font.color.rgb = color
            _rfonts(r, rfont)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def _field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def _page_footer(footer, align):
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.alignment = align
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        p.paragraph_format.right_indent = Pt(14)
    else:
        p.paragraph_format.left_indent = Pt(14)
    for txt, fld in (("— ", None), ("", "PAGE"), (" —", None)):
        r = p.add_run(txt)
        r.font.size = Pt(14)
        _rfonts(r, "宋体")
        if fld:
            _field(r, fld)


def setup_section(sec, landscape=False):
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
        sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(25) if not landscape else Mm(14)
    sec.header_distance = Mm(15)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    sec = doc.sections[0]
    setup_section(sec)
    doc.settings.odd_and_even_pages_header_footer = True
    _page_footer(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    _page_footer(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
    return doc


def cell_text(cell, text, east=FS, size=11, align="center", bold=False, line=18):
    cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    par(cell, text, east=east, size=size, align=align, indent=False, bold=bold, line=line)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def tidy_merged(cell):
    for p in cell.paragraphs[1:]:
        if not p.text.strip():
            p._p.getparent().remove(p._p)


def table_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:tblHeader"))


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))


def set_widths(table, widths_mm):
    """Fixed layout with explicit grid widths (LibreOffice reads tblGrid, Word reads tcW)."""
    table.autofit = False
    tbl = table._tbl
    tblPr = tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    tw = OxmlElement("w:tblW")
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    for old in tblPr.findall(qn("w:tblW")):
        tblPr.remove(old)
    tblPr.append(tw)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in table.rows:
        for tc in row._tr.tc_lst:
            pass
    # cell widths: a merged cell spans several grid columns
    for row in table.rows:
        col = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            w = sum(widths_mm[col:col + span])
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.insert(0, tcW)
            tcW.set(qn("w:w"), str(int(w * 56.7)))
            tcW.set(qn("w:type"), "dxa")
            col += span


def banji(doc, chaosong, yinfa_org, yinfa_date):
    """版记: 抄送 and 印发 lines between rules (the first and last rule heavier)."""
    p = par(doc, chaosong, size=14, indent=False, align="left", line=26,
            left_indent=14, right_indent=14, keep_next=True)
    _border(p, "top", "000000", 8, 4)
    _border(p, "bottom", "000000", 4, 4)
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = Pt(26)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(f"{yinfa_org}\t{yinfa_date}印发")
    r.font.size = Pt(14)
    _rfonts(r, FS)
    _border(p, "bottom", "000000", 8, 4)


def to_pdf(docx_path, outdir=HERE):
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
         "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ============================================ 统一社会信用代码 (GB 32100 / GB 11714)
_ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(division, body8):
    """91 + 6-digit division code + 9-char organisation code + check character."""
    s = sum(_USCC_CHARS.index(ch) * w for ch, w in zip(body8, _ORG_W))
    c = 11 - s % 11
    org = body8 + ("X" if c == 10 else "0" if c == 11 else str(c))
    code17 = "91" + division + org
    s = sum(_USCC_CHARS.index(ch) * w for ch, w in zip(code17, _USCC_W))
    c = 31 - s % 31
    return code17 + _USCC_CHARS[0 if c == 31 else c]


def row_clause(pairs):
    """A table row as a clause: 列名：值；列名：值 (empty cells left out)."""
    return "；".join(f"{k}：{v}" for k, v in pairs if v not in ("", None))


def place_map(clauses, placed):
    """placed: list of (clause index, [places]) -> {unique prefix: places}."""
    out = {}
    for i, places in placed:
        t = clauses[i]
        n = 24
        while n < len(t) and sum(1 for c in clauses if c.startswith(t[:n])) > 1:
            n += 4
        out[t[:n]] = places
    return out


# ====================================================================
# (a) 江西省商务厅 公示 — .docx and the PDF LibreOffice prints from it
# ====================================================================
A_TITLE = "江西省商务厅关于2025年度省级跨境电商和海外仓发展专项资金拟支持项目的公示"
A_ATT = "2025年度省级跨境电商和海外仓发展专项资金拟支持项目名单"
A_INTRO = ("根据《江西省商务厅 江西省财政厅关于组织申报2025年度省级商务发展专项资金（跨境电商和海外仓）"
           "项目的通知》（赣商务财字〔2025〕21号）要求，经企业自愿申报、设区市商务主管部门初审推荐、"
           "第三方机构专项审计和专家评审、厅党组会议研究，拟对江西赣鄱云商供应链管理有限公司等16家企业的"
           "16个项目给予支持，拟支持资金共计1186.50万元（名单见附件）。现将有关情况予以公示。")
A_ITEMS = [
    # (run-in head, body)  — body may hold "\n\n" for a second paragraph, "\n" for a soft break
    ("一、公示时间：", "2025年8月11日至2025年8月15日（5个工作日）。"),
    ("二、异议受理：",
     "公示期间，任何单位或个人对公示内容有异议的，可通过书面形式向江西省商务厅对外贸易处（电子商务处）"
     "实名反映。以单位名义反映的，须加盖单位公章；以个人名义反映的，须签署真实姓名并提供有效联系方式。"
     "反映问题应实事求是、具体翔实，并提供必要的证明材料。匿名、逾期反映或无事实依据的，不予受理。"
     "\n\n对经核实存在弄虚作假、重复申报等情形的企业，取消其本年度支持资格，三年内不得申报省级商务发展"
     "专项资金，并按有关规定纳入公共信用信息平台。"),
    ("三、联系方式：",
     "联系人：刘　洋　陈晓雯\n联系电话：0791-86246512　86246538\n传　　真：0791-86246500\n"
     "通信地址：南昌市红谷滩区卧龙路999号省行政中心商务厅1204室（邮编：330038）"),
]
A_NOTE = "注：拟支持金额为第三方机构专项审计和专家评审核定数，最终以省财政厅下达的资金文件为准。"

# 地市, 企业名称, (division, 8-char org body), 项目名称, 金额
A_ROWS = [
    ("南昌市", "江西赣鄱云商供应链管理有限公司", ("360111", "MA35K7Q2"), "跨境电商B2B出口（9710/9810）规模奖励", "120.00"),
    ("南昌市", "南昌融通跨境电子商务有限公司", ("360113", "MA38R1D6"), "跨境电商独立站建设及品牌培育", "45.00"),
    ("南昌市", "江西豫章国际物流有限公司", ("360104", "MA39C4T8"), "公共海外仓建设（匈牙利布达佩斯）", "150.00"),
    ("南昌市", "江西庐山数字贸易有限公司", ("360112", "MA3AF2H5"), "跨境电商公共服务平台建设", "60.00"),
    ("九江市", "九江长江港跨境物流有限公司", ("360403", "MA37H9N1"), "“中欧班列+海外仓”跨境物流通道建设", "80.00"),
    ("九江市", "江西瑞昌云锦纺织品进出口有限公司", ("360481", "MA36B5W3"), "跨境电商B2C出口规模奖励", "35.00"),
    ("九江市", "九江赣北海外仓储有限公司", ("360402", "MA3B0L7E"), "海外仓运营奖励（美国洛杉矶）", "90.00"),
    ("赣州市", "赣州国际陆港跨境电商产业园运营有限公司", ("360703", "MA38X2P4"), "跨境电商产业园公共服务能力提升", "100.00"),
    ("赣州市", "赣州南康家居跨境贸易有限公司", ("360703", "MA39G6M2"), "公共海外仓建设（沙特阿拉伯利雅得）", "150.00"),
    ("赣州市", "江西章贡数码科技有限公司", ("360702", "MA3A4K1R"), "跨境电商独立站建设", "28.50"),
    ("赣州市", "江西虔州优品电子商务有限公司", ("360704", "MA37N8U5"), "跨境电商直播基地建设", "40.00"),
    ("上饶市", "江西晶耀光伏进出口有限公司", ("361102", "MA35T3Y9"), "海外仓运营奖励（德国法兰克福）", "70.00"),
    ("上饶市", "上饶市婺源茶业跨境电商有限公司", ("361130", "MA3C2D8F"), "跨境电商B2C出口规模奖励", "25.00"),
    ("吉安市", "吉安井冈山电子信息进出口有限公司", ("360802", "MA36Q5L0"), "跨境电商B2B出口（9710/9810）规模奖励", "55.00"),
    ("吉安市", "江西吉州窑文创跨境电商有限公司", ("360802", "MA38E7K3"), "跨境电商品牌培育", "18.00"),
    ("吉安市", "江西赣中海外仓运营有限公司", ("360803", "MA3B6H2W"), "公共海外仓建设（墨西哥蒙特雷）", "120.00"),
]
A_HEAD = ["序号", "地市", "企业名称", "统一社会信用代码", "项目名称", "拟支持金额（万元）"]


def a_table_model():
    """Rows of the printed table: ('data', n, row) / ('sum', city, amount) / ('total', amount)."""
    out = []
    n = 0
    cities = []
    for r in A_ROWS:
        if r[0] not in cities:
            cities.append(r[0])
    grand = 0.0
    for city in cities:
        sub = 0.0
        for r in A_ROWS:
            if r[0] != city:
                continue
            n += 1
            out.append(("data", n, r))
            sub += float(r[4])
        out.append(("sum", city, f"{sub:.2f}"))
        grand += sub
    out.append(("total", f"{grand:.2f}"))
    return out


def make_a():
    doc = new_doc()
    # no 版头 and no 文号: a 公示 goes out under the department's name only
    par(doc, "", line=28)
    par(doc, "江西省商务厅关于2025年度省级跨境电商和\n海外仓发展专项资金拟支持项目的公示",
        east=XBS, size=22, align="center", indent=False, line=35)
    par(doc, "", line=28)
    par(doc, A_INTRO)
    for head, body in A_ITEMS:
        paras = body.split("\n\n")
        # the contact lines end in soft breaks: left-aligned so Word does not stretch them
        par(doc, runs=[(head, HT, False), (paras[0], FS, False)],
            align="left" if "\n" in paras[0] else "justify")
        for extra in paras[1:]:
            par(doc, extra)
    par(doc, "", line=28)
    par(doc, "附件：" + A_ATT, indent=True)
    par(doc, "", line=28)
    par(doc, "", line=28)
    par(doc, "江西省商务厅", align="right", indent=False, right_indent=64)
    par(doc, "2025年8月8日", align="right", indent=False, right_indent=56)

    # the attachment in a landscape section of its own
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(sec, landscape=True)
    par(doc, "附件", east=HT, indent=False, align="left")
    par(doc, A_ATT, east=XBS, size=18, align="center", indent=False, line=30, after=8)
    model = a_table_model()
    t = doc.add_table(rows=1 + len(model), cols=6)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    for i, h in enumerate(A_HEAD):
        cell_text(t.rows[0].cells[i], h, east=HT, size=11)
    repeat_header(t.rows[0])
    city_start = {}
    for ri, item in enumerate(model, start=1):
        row = t.rows[ri]
        cant_split(row)
        if item[0] == "data":
            _, n, (city, name, (div, org), proj, amt) = item
            cell_text(row.cells[0], str(n))
            if city not in city_start:
                city_start[city] = ri
                cell_text(row.cells[1], city)
            cell_text(row.cells[2], name, align="left")
            cell_text(row.cells[3], uscc(div, org))
            cell_text(row.cells[4], proj, align="left")
            cell_text(row.cells[5], amt)
        elif item[0] == "sum":
            _, city, amt = item
            c = row.cells[2].merge(row.cells[4])
            cell_text(c, "合计", east=HT)
            cell_text(row.cells[5], amt, east=HT)
            # 地市 merged down over the city's rows and its 合计 row
            m = t.cell(city_start[city], 1).merge(t.cell(ri, 1))
            tidy_merged(m)
        else:
            c = row.cells[0].merge(row.cells[4])
            cell_text(c, "总计", east=HT)
            cell_text(row.cells[5], item[1], east=HT)
    set_widths(t, [12, 20, 58, 46, 64, 25])
    par(doc, A_NOTE, size=12, indent=False, line=22, before=6)

    out = HERE / "blind313_jiangxi_gongshi.docx"
    doc.save(out)
    to_pdf(out)

    # ------------------------------------------------------------ expected
    clauses = [A_INTRO]
    for head, body in A_ITEMS:
        clauses.append(head + body.replace("\n\n", "\n"))
    placed = []
    for item in model:
        if item[0] == "data":
            _, n, (city, name, (div, org), proj, amt) = item
            clauses.append(row_clause([("序号", n), ("地市", city), ("企业名称", name),
                                       ("统一社会信用代码", uscc(div, org)), ("项目名称", proj),
                                       ("拟支持金额（万元）", amt)]))
            placed.append((len(clauses) - 1, [city]))
        elif item[0] == "sum":
            clauses.append(row_clause([("地市", item[1]), ("企业名称", "合计"),
                                       ("拟支持金额（万元）", item[2])]))
            placed.append((len(clauses) - 1, [item[1]]))
        else:
            clauses.append(row_clause([("序号", "总计"), ("拟支持金额（万元）", item[1])]))
    clauses.append(A_NOTE)
    EXPECTED["blind313_jiangxi_gongshi"] = [{
        "meta": {"title": A_TITLE, "doc_number": None, "issuer": ["江西省商务厅"],
                 "date": "2025-08-08", "published": None, "level": "provincial",
                 "region": "江西省", "effective": None, "expires": None,
                 "attachments": [A_ATT], "doc_type": "公示", "recipients": [],
                 "publicity": None, "repeals": None},
        "clauses": clauses,
        "applies_to": {"specific": place_map(clauses, placed)},
        "not_clauses": [A_TITLE, "附件：" + A_ATT, "江西省商务厅", "2025年8月8日", "附件", A_ATT,
                        "序号｜地市｜企业名称｜统一社会信用代码｜项目名称｜拟支持金额（万元）（header row, repeated on page 3）",
                        "— N — page numbers"],
    }]


# ====================================================================
# (b) 昆明市人民政府 通报表扬 — only the PDF is published
# ====================================================================
B_TITLE = ("昆明市人民政府关于通报表扬2024年度开放型经济和自贸试验区建设工作"
           "先进集体和先进个人的通报")
B_ATT1 = "2024年度开放型经济和自贸试验区建设工作先进集体名单"
B_ATT2 = "2024年度开放型经济和自贸试验区建设工作先进个人名单"
B_RECIP = ["各县（市）、区人民政府", "各开发（度假）区管委会", "市政府各委、办、局"]
B_BODY = [
    "2024年，全市各级各部门坚持以习近平新时代中国特色社会主义思想为指导，主动服务和融入高质量共建“一带一路”，加快建设面向南亚东南亚区域性国际中心"
    "城市，开放型经济和中国（云南）自由贸易试验区昆明片区建设取得新成效。全年全市货物进出口总额"
    "1532.6亿元、同比增长11.8%；中老铁路累计开行国际货物列车4126列，经王家营西站发运国际货物218.3万吨；"
    "昆明片区新增市场主体8756户，形成制度创新成果23项，其中“中老铁路‘一单制’国际联运”等4项入选全省"
    "自贸试验区最佳实践案例，涌现出一批敢于担当、勇于创新、成绩突出的先进集体和先进个人。",
    "为表扬先进、树立典型，激励全市广大干部职工进一步担当作为、干事创业，经市人民政府研究，决定对"
    "昆明市商务局对外贸易和口岸科等20个集体、李春华等30名同志予以通报表扬。",
    "希望受到通报表扬的先进集体和先进个人珍惜荣誉、戒骄戒躁，再接再厉、再创佳绩。",
    "全市各级各部门和广大干部职工要以受到表扬的先进集体和先进个人为榜样，学习他们对党忠诚、勇于担当的"
    "政治品格，锐意进取、敢为人先的创新精神，脚踏实地、埋头苦干的工作作风，"
    "深入实施自贸试验区提升战略，持续擦亮中老铁路国际黄金大通道品牌，加快建设国际陆港和区域性国际物流"
    "枢纽，为奋力谱写中国式现代化昆明篇章作出新的更大贡献。",
]
B_UNITS = [
    ("一、机关事业单位（16个）", [
        "昆明市商务局对外贸易和口岸科",
        "昆明市发展和改革委员会开放型经济科",
        "中国（云南）自由贸易试验区昆明片区（昆明经开区）改革创新局",
        "昆明综合保税区管理服务中心",
        "昆明长水机场海关物流监控科",
        "昆明海关驻王家营西站办事处",
        "国家税务总局昆明市税务局第二税务分局",
        "昆明市交通运输局物流发展科",
        "昆明市财政局经济建设科",
        "中共昆明市委外事工作委员会办公室国际交流科",
        "官渡区商务局",
        "呈贡区商务和投资促进局",
        "安宁市工业和信息化局",
        "晋宁区发展和改革局",
        "嵩明县商务局",
        "中国国际贸易促进委员会昆明市委员会联络部",
    ]),
    ("二、企业（4个）", [
        "中国铁路昆明局集团有限公司王家营西站",
        "昆明国际陆港投资开发有限公司",
        "云南滇老通国际物流有限公司",
        "昆明斗南花卉跨境电子商务有限公司",
    ]),
]
B_PEOPLE = [
    "李春华　昆明市商务局党组成员、副局长",
    "王　敏（女）　昆明市商务局对外贸易和口岸科科长",
    "赵建国　昆明市发展和改革委员会开放型经济科科长",
    "杨丽琼（女，彝族）　自贸试验区昆明片区（昆明经开区）改革创新局局长",
    "段志强　自贸试验区昆明片区（昆明经开区）营商环境局副局长",
    "普晓东（彝族）　昆明综合保税区管理服务中心主任",
    "陈　刚　昆明长水机场海关物流监控科科长",
    "刘永福　昆明海关驻王家营西站办事处主任",
    "何云飞　中国铁路昆明局集团有限公司王家营西站站长",
    "张　琳（女）　国家税务总局昆明市税务局第二税务分局副局长",
    "马德明（回族）　昆明市交通运输局物流发展科科长",
    "罗晓燕（女）　昆明市财政局经济建设科副科长",
    "施　勇　中共昆明市委外事工作委员会办公室国际交流科科长",
    "周海涛　官渡区商务局局长",
    "李　娟（女）　呈贡区商务和投资促进局副局长",
    "孙立新　安宁市工业和信息化局局长",
    "郑光辉　晋宁区发展和改革局副局长",
    "王　磊　嵩明县商务局局长",
    "钱文博　五华区商务局副局长",
    "金　鑫　盘龙区发展和改革局四级主任科员",
    "朱丽华（女，白族）　西山区商务局对外贸易股股长",
    "曹　敏（女）　宜良县商务局副局长",
    "卢国庆（苗族）　禄劝彝族苗族自治县发展和改革局局长",
    "董　伟　昆明市投资促进局外资促进科科长",
    "徐　静（女）　昆明市市场监督管理局注册许可科科长",
    "沈志远　中国国际贸易促进委员会昆明市委员会联络部部长",
    "黄永刚　昆明国际陆港投资开发有限公司总经理",
    "岩　温（傣族）　云南滇老通国际物流有限公司万象办事处主任",
    "高雪梅（女）　昆明斗南花卉跨境电子商务有限公司董事长",
    "许家豪　云南南亚东南亚跨境电商产业园公司副总经理",
]
assert sum(len(u) for _, u in B_UNITS) == 20 and len(B_PEOPLE) == 30


def make_b():
    doc = new_doc()
    # 版头: 发文机关标志 in red, 文号, red rule
    par(doc, "昆明市人民政府文件", east=XBS, size=48, align="center", indent=False,
        color=RED, line=66)
    par(doc, "", line=24)
    p = par(doc, "昆政通〔2025〕6号", align="center", indent=False, after=6)
    _border(p, "bottom", "E60012", 18, 8)
    par(doc, "", line=28)
    par(doc, "昆明市人民政府关于通报表扬2024年度\n开放型经济和自贸试验区建设工作\n先进集体和先进个人的通报",
        east=XBS, size=22, align="center", indent=False, line=35)
    par(doc, "", line=28)
    par(doc, "各县（市）、区人民政府，各开发（度假）区管委会，市政府各委、办、局：", indent=False)
    for t in B_BODY:
        par(doc, t)
    par(doc, "附件：1．" + B_ATT1, indent=True, before=8)
    par(doc, "2．" + B_ATT2, indent=False, left_indent=80)
    par(doc, "", line=14)
    par(doc, "昆明市人民政府", align="right", indent=False, right_indent=64, keep_next=True)
    par(doc, "2025年3月18日", align="right", indent=False, right_indent=56, keep_next=True)
    par(doc, "（此件公开发布）")

    # 附件1
    p = par(doc, "附件1", east=HT, indent=False, align="left")
    p.paragraph_format.page_break_before = True
    par(doc, B_ATT1, east=XBS, size=22, align="center", indent=False, line=35)
    for head, units in B_UNITS:
        par(doc, head, east=HT, keep_next=True, line=23)
        for u in units:
            par(doc, u, line=23)
    # 附件2
    p = par(doc, "附件2", east=HT, indent=False, align="left")
    p.paragraph_format.page_break_before = True
    par(doc, B_ATT2, east=XBS, size=22, align="center", indent=False, line=35)
    par(doc, "（30名）", east=KT, align="center", indent=False)
    par(doc, "", line=20)
    for who in B_PEOPLE:
        par(doc, who, line=24)
    par(doc, "", line=24)
    banji(doc,
          "抄送：省商务厅，省自贸办。\n市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院。",
          "昆明市人民政府办公室", "2025年3月19日")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "blind313_kunming_tongbao.docx"
        doc.save(src)
        to_pdf(src)          # the PDF lands next to this script; the .docx is not published

    clauses = list(B_BODY)
    for _, units in B_UNITS:
        clauses.extend(units)
    clauses.extend(B_PEOPLE)
    EXPECTED["blind313_kunming_tongbao"] = [{
        "meta": {"title": B_TITLE, "doc_number": "昆政通〔2025〕6号", "issuer": ["昆明市人民政府"],
                 "date": "2025-03-18", "published": "2025-03-19", "level": "municipal",
                 "region": "昆明市", "effective": None, "expires": None,
                 "attachments": [B_ATT1, B_ATT2], "doc_type": "通报", "recipients": B_RECIP,
                 "publicity": "此件公开发布", "repeals": None},
        "clauses": clauses,
        "applies_to": {"specific": {}},
        "not_clauses": ["昆明市人民政府文件", "昆政通〔2025〕6号", B_TITLE,
                        "各县（市）、区人民政府，各开发（度假）区管委会，市政府各委、办、局：",
                        "附件：1．" + B_ATT1, "2．" + B_ATT2, "昆明市人民政府", "2025年3月18日",
                        "（此件公开发布）", "附件1", B_ATT1, "一、机关事业单位（16个）", "二、企业（4个）",
                        "附件2", B_ATT2, "（30名）",
                        "抄送：省商务厅，省自贸办。/ 市委各部门，…", "昆明市人民政府办公室　2025年3月19日印发",
                        "— N — page numbers"],
    }]


# ====================================================================
# (c) 浙江省自贸办 督查通报 — a page of the office's website (.html)
# ====================================================================
C_TITLE = "关于2025年上半年中国（浙江）自由贸易试验区重点任务推进情况的督查通报"
C_ISSUER = "浙江省自由贸易试验区工作领导小组办公室"
C_NO = "浙自贸办〔2025〕15号"
C_RECIP_LINE = "舟山市、宁波市、杭州市、金华市人民政府，自贸试验区各片区管委会，省自贸试验区工作领导小组各成员单位："
C_RECIP = ["舟山市、宁波市、杭州市、金华市人民政府", "自贸试验区各片区管委会",
           "省自贸试验区工作领导小组各成员单位"]
C_INTRO = ("为推动《中国（浙江）自由贸易试验区2025年重点任务清单》落地见效，6月中旬至7月上旬，"
           "省自贸办会同省发展改革委、省商务厅、杭州海关、宁波海关等单位，采取听取汇报、查阅台账、"
           "实地核查、企业座谈等方式，对各片区2025年上半年重点任务推进情况开展了专项督查。"
           "现将有关情况通报如下：")
C_SEC1 = [
    "上半年，各片区、各有关单位认真贯彻落实省委、省政府关于深入实施自贸试验区提升战略的部署要求，"
    "重点任务推进总体有序。2025年重点任务清单共186项，截至6月30日，已完成97项，完成率52.2%，"
    "较去年同期提高6.4个百分点；正在推进86项；进度滞后3项。",
    "主要指标保持较快增长。自贸试验区实现进出口额5316.8亿元、同比增长9.7%，占全省的26.3%；"
    "实际使用外资31.2亿美元、增长12.5%；新设外资企业612家；新增市场主体3.8万家。"
    "形成制度创新成果41项，其中“大宗商品跨境贸易人民币结算便利化”等6项成果在全国复制推广。",
]
C_TAB_HEAD = ["片区", "任务数", "已完成", "完成率", "排名"]
C_TAB = [
    ["舟山片区", "52", "31", "59.6%", "1"],
    ["宁波片区", "48", "26", "54.2%", "2"],
    ["杭州片区", "46", "23", "50.0%", "3"],
    ["金义片区", "40", "17", "42.5%", "4"],
    ["合计", "186", "97", "52.2%", "—"],
]
C_SEC2 = [
    ("（一）舟山片区。",
     "年度重点任务52项，已完成31项，完成率59.6%，居各片区首位。油气全产业链建设加快推进，"
     "保税燃料油加注量达到412万吨、同比增长8.1%，国际海事服务基地新增外轮供应企业12家；"
     "“一船多证”并联审批改革实现全覆盖，国际航行船舶进出港办理时间压缩至4小时以内。"
     "大宗商品储运基地新增油品储罐库容120万立方米。", "舟山片区"),
    ("（二）宁波片区。",
     "年度重点任务48项，已完成26项，完成率54.2%。国际航运和物流枢纽功能持续增强，"
     "宁波舟山港集装箱吞吐量完成1984万标准箱、增长7.6%，海铁联运业务量突破95万标准箱；"
     "宁波梅山综合保税区跨境电商进口“保税仓+前置仓”模式上线运行，新增公共海外仓9个。"
     "“甬易通”国际贸易数字化服务平台已完成主体建设，尚未实现与国际贸易“单一窗口”数据互通。", "宁波片区"),
    ("（三）杭州片区。",
     "年度重点任务46项，已完成23项，完成率50.0%。数字贸易先行示范区建设有序推进，"
     "跨境电商进出口额增长18.3%，数字服务贸易额增长14.1%；“数字提单”区块链平台在杭州综合保税区"
     "上线试运行。但“跨境数据流动分类监管试点”“数字人民币跨境支付场景拓展”2项任务进度滞后，"
     "均未完成上半年节点目标。", "杭州片区"),
    ("（四）金义片区。",
     "年度重点任务40项，已完成17项，完成率42.5%，居各片区末位。义乌市场采购贸易出口增长11.2%，"
     "“义新欧”中欧班列开行1126列、增长9.4%，进口商品“世界超市”新设境外分销网点23个。"
     "“进口商品交易中心二期”任务进度滞后，“数字自贸区”综合服务平台等3项任务推进较慢。", "金义片区"),
]
C_SEC3 = [
    ("（一）任务推进不平衡。",
     "片区之间完成率相差17.1个百分点，部分涉及多部门协同的跨领域任务推进缓慢；3项滞后任务中，"
     "有2项为需国家部委授权的改革试点，前期沟通对接不够充分。"),
    ("（二）制度创新系统集成不足。",
     "上半年形成的制度创新成果中，单一环节、单一事项的改进占比超过六成，首创性、集成性成果偏少，"
     "跨片区、跨部门联动创新的案例仍然不多。"),
    ("（三）政策落地仍有堵点。",
     "部分已出台的支持政策配套细则不完善，企业对政策知晓度不高；督查中企业反映的通关、外汇、"
     "人才等方面问题有11个尚未解决。"),
]
C_SEC4 = [
    ("（一）对标对表抓进度。",
     "各片区要对照年度重点任务清单，逐项倒排工期、挂图作战，确保9月底前完成率达到75%以上、"
     "年底前全部完成。对进度滞后的任务实行“一项任务、一个方案、一个专班”推进。", None),
    ("（二）聚焦重点抓突破。",
     "围绕油气全产业链、数字贸易、国际航运物流和小商品国际贸易等重点领域，加强首创性、差异化探索，"
     "各片区可学习借鉴舟山片区“一船多证”并联审批的经验做法，下半年力争形成一批在全国具有示范意义的"
     "集成性制度创新成果。", None),
    ("（三）压实责任抓整改。",
     "杭州片区、金义片区要针对滞后任务认真分析原因，于8月15日前向省自贸办报送整改方案，"
     "明确整改措施、责任单位和完成时限；整改情况纳入下一次督查重点。", ["杭州片区", "金义片区"]),
    ("（四）强化督查抓考核。",
     "省自贸办将按季度开展督查，督查结果在领导小组成员单位范围内通报，并作为自贸试验区年度考核评价的"
     "重要依据。各片区请于每月5日前报送上月任务推进情况。", None),
]


def esc(s):
    return htmlmod.escape(s, quote=False)


def make_c():
    def p_body(text):
        return f'<p style="text-indent: 2em;">{esc(text)}</p>'

    def p_runin(head, text):
        return f'<p style="text-indent: 2em;"><strong>{esc(head)}</strong>{esc(text)}</p>'

    body = []
    body.append(f'<p style="text-align: center;"><span style="font-size: 16px;">{esc(C_NO)}</span></p>')
    body.append('<p style="text-align: center;"><strong><span style="font-size: 22px; font-family: 方正小标宋简体;">'
                '关于2025年上半年中国（浙江）自由贸易试验区<br/>重点任务推进情况的督查通报</span></strong></p>')
    body.append('<p><br/></p>')
    body.append(f'<p>{esc(C_RECIP_LINE)}</p>')
    body.append(p_body(C_INTRO))
    body.append('<p style="text-indent: 2em;"><span style="font-family: 黑体;">一、总体进展</span></p>')
    for t in C_SEC1:
        body.append(p_body(t))
    body.append('<p style="text-indent: 2em;"><span style="font-family: 黑体;">二、各片区进展</span></p>')
    body.append(p_body("各片区重点任务完成情况及排名见下表。"))
    body.append('<p style="text-align: center;"><strong>2025年上半年各片区重点任务完成情况排名表</strong></p>')
    rows = ['<table border="1" cellspacing="0" cellpadding="6" width="90%" align="center" '
            'style="border-collapse: collapse; text-align: center;">', '<tbody>']
    rows.append('<tr style="background-color: #dbe5f1;">' +
                "".join(f'<td><strong>{esc(h)}</strong></td>' for h in C_TAB_HEAD) + '</tr>')
    for r in C_TAB:
        rows.append('<tr>' + "".join(f'<td>{esc(v)}</td>' for v in r) + '</tr>')
    rows += ['</tbody>', '</table>']
    body.append("\n".join(rows))
    body.append('<p style="text-align: left;"><span style="font-size: 14px;">注：完成率＝已完成任务数÷任务数，按完成率由高到低排名。</span></p>')
    for head, text, _ in C_SEC2:
        body.append(p_runin(head, text))
    body.append('<p style="text-indent: 2em;"><span style="font-family: 黑体;">三、存在问题</span></p>')
    for head, text in C_SEC3:
        body.append(p_runin(head, text))
    body.append('<p style="text-indent: 2em;"><span style="font-family: 黑体;">四、下一步工作要求</span></p>')
    for head, text, _ in C_SEC4:
        body.append(p_runin(head, text))
    body.append('<p><br/></p>')
    body.append(f'<p style="text-align: right;">{esc(C_ISSUER)}</p>')
    body.append('<p style="text-align: right; padding-right: 3em;">2025年7月21日</p>')
    body.append('<p style="text-indent: 2em;">（此件公开发布）</p>')
    body_html = "\n".join(body)

    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="浙江省商务厅">
<meta name="SiteDomain" content="commerce.zj.gov.cn">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="自贸试验区">
<meta name="ArticleTitle" content="{esc(C_TITLE)}">
<meta name="PubDate" content="2025-07-25 16:08">
<meta name="ContentSource" content="省自贸办">
<meta name="Keywords" content="自贸试验区,督查通报,重点任务">
<title>{esc(C_TITLE)}_通知公告_浙江省商务厅</title>
<link rel="stylesheet" href="/css/common.css">
<link rel="stylesheet" href="/css/article.css">
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问浙江省商务厅网站</span>
<a href="/wza/">无障碍</a> | <a href="/en/">English</a> | <a href="javascript:;" onclick="toggleCare()">长辈版</a></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="浙江省商务厅"></a>
<form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/col/col1.html">机构概况</a></li><li class="on"><a href="/col/col2.html">政务公开</a></li>
<li><a href="/col/col3.html">政务服务</a></li><li><a href="/col/col4.html">互动交流</a></li><li><a href="/col/col5.html">自贸试验区</a></li>
</ul></div>
<div class="w1200 main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col2.html">政务公开</a> &gt; <a href="/col/col5.html">自贸试验区</a> &gt; <span>通知公告</span></div>
<table class="xxgk-info" cellspacing="0" cellpadding="0">
<tr><td class="t">索引号：</td><td>002482103/2025-112086</td><td class="t">主题分类：</td><td>商贸、海关、旅游/对外经贸合作</td></tr>
<tr><td class="t">发布机构：</td><td>省自贸办</td><td class="t">成文日期：</td><td>2025-07-21</td></tr>
<tr><td class="t">文　　号：</td><td>{esc(C_NO)}</td><td class="t">发布日期：</td><td>2025-07-25</td></tr>
<tr><td class="t">有 效 性：</td><td>—</td><td class="t">公开方式：</td><td>主动公开</td></tr>
</table>
<div class="article">
<h1 class="article-title">{esc(C_TITLE)}</h1>
<div class="article-info"><span>发布时间：2025-07-25 16:08</span><span>来源：省自贸办</span><span>浏览次数：<em id="hits">1286</em></span>
<span class="fontsize">字号：<a href="javascript:;" data-s="18">大</a> <a href="javascript:;" data-s="16">中</a> <a href="javascript:;" data-s="14">小</a></span></div>
<div class="article-con" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{body_html}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</div>
<div class="article-tools"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a>
<span class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a></span></div>
<div class="related"><h3>相关信息</h3><ul>
<li><a href="/art/2025/3/12/art_1229563_58912.html">中国（浙江）自由贸易试验区2025年重点任务清单</a><span>2025-03-12</span></li>
<li><a href="/art/2025/2/20/art_1229563_58533.html">关于2024年度中国（浙江）自由贸易试验区建设情况的通报</a><span>2025-02-20</span></li>
</ul></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p>主办单位：浙江省商务厅　　地址：杭州市省府路8号省府大楼　　邮编：310025</p>
<p>网站标识码：3300000018　　<a href="https://beian.miit.gov.cn/">浙ICP备05012345号-1</a>　　浙公网安备 33010602001234号</p>
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p>
</div></div>
<script>
$(function(){{$(".fontsize a").click(function(){{$("#zoom").css("font-size",$(this).data("s")+"px");}});}});
function toggleCare(){{document.body.classList.toggle("care");}}
</script>
</body>
</html>
"""
    (HERE / "blind313_zhejiang_tongbao.html").write_text(page, encoding="utf-8")

    clauses = [C_INTRO] + list(C_SEC1)
    placed = []
    clauses.append("各片区重点任务完成情况及排名见下表。")
    for r in C_TAB:
        clauses.append(row_clause(list(zip(C_TAB_HEAD, r))))
        if r[0] != "合计":
            placed.append((len(clauses) - 1, [r[0]]))
    clauses.append("注：完成率＝已完成任务数÷任务数，按完成率由高到低排名。")
    for head, text, place in C_SEC2:
        clauses.append(head + text)
        placed.append((len(clauses) - 1, [place]))
    for head, text in C_SEC3:
        clauses.append(head + text)
    for head, text, places in C_SEC4:
        clauses.append(head + text)
        if places:
            placed.append((len(clauses) - 1, places))
    EXPECTED["blind313_zhejiang_tongbao"] = [{
        "meta": {"title": C_TITLE, "doc_number": C_NO, "issuer": [C_ISSUER],
                 "date": "2025-07-21", "published": "2025-07-25", "level": "provincial",
                 "region": "中国（浙江）自由贸易试验区", "effective": None, "expires": None,
                 "attachments": [], "doc_type": "通报", "recipients": C_RECIP,
                 "publicity": "此件公开发布", "repeals": None},
        "clauses": clauses,
        "applies_to": {"specific": place_map(clauses, placed)},
        "not_clauses": ["site chrome: top bar, header, nav, breadcrumb, 信息公开 table (索引号/发布机构/成文日期/文号/发布日期)",
                        "<title> and h1 " + C_TITLE, "发布时间：2025-07-25 16:08 / 来源：省自贸办 / 浏览次数 / 字号",
                        C_NO, C_RECIP_LINE, "一、总体进展", "二、各片区进展", "三、存在问题", "四、下一步工作要求",
                        "2025年上半年各片区重点任务完成情况排名表", "片区｜任务数｜已完成｜完成率｜排名 (header row)",
                        C_ISSUER, "2025年7月21日", "（此件公开发布）", "打印本页/关闭窗口/分享到", "相关信息 links", "footer"],
    }]


# ====================================================================
# (d) 山东省商务厅 名单 — workbook with sheets 第一批 / 第二批 (.xlsx)
# ====================================================================
D_TITLE = "2025年度山东省省级公共海外仓名单"
D_COLS = ["序号", "所属市", "企业名称", "海外仓名称", "所在国家（城市）", "仓储面积（平方米）", "备注"]
D_SHEETS = [
    ("第一批", "（第一批）", "2025年4月15日", [
        ("济南市", "山东齐鲁云仓国际物流有限公司", "齐鲁云仓杜伊斯堡海外仓", "德国（杜伊斯堡）", 12000, ""),
        ("济南市", "济南泉城跨境供应链管理有限公司", "泉城洛杉矶海外仓", "美国（洛杉矶）", 18500, "2022年度认定，复核通过"),
        ("青岛市", "青岛港联海外仓储有限公司", "港联巴生港海外仓", "马来西亚（巴生）", 21000, ""),
        ("青岛市", "山东烟威国际物流有限公司", "烟威大阪海外仓", "日本（大阪）", 8600, ""),
        ("青岛市", "青岛海丝跨境电商产业发展有限公司", "海丝达曼海外仓", "沙特阿拉伯（达曼）", 15000,
         "中国（山东）自由贸易试验区青岛片区推荐"),
        ("烟台市", "烟台中韩云仓物流有限公司", "中韩云仓仁川海外仓", "韩国（仁川）", 9800, ""),
        ("潍坊市", "潍坊渤海湾国际物流有限公司", "渤海湾蒙特雷海外仓", "墨西哥（蒙特雷）", 11200, ""),
        ("临沂市", "临沂商城国际供应链有限公司", "临沂商城迪拜海外仓", "阿联酋（迪拜）", 25600, "市场采购贸易联动"),
        ("临沂市", "山东沂蒙跨境电子商务有限公司", "沂蒙阿拉木图海外仓", "哈萨克斯坦（阿拉木图）", 7600, ""),
        ("威海市", "威海海达通跨境物流有限公司", "海达通釜山海外仓", "韩国（釜山）", 6500, ""),
        ("日照市", "日照岚山国际物流有限公司", "岚山雅加达海外仓", "印度尼西亚（雅加达）", 9000, ""),
        ("淄博市", "淄博齐纺跨境电商有限公司", "齐纺华沙海外仓", "波兰（华沙）", 5800,
         "名称变更，原名“淄博齐纺纺织品进出口有限公司”"),
    ], [
        "说明：1.本名单由山东省商务厅会同山东省财政厅组织评审认定，按所属市排列，排名不分先后。",
        "2.仓储面积为企业申报并经第三方机构实地核验的境外仓储面积。",
        "3.省级公共海外仓认定有效期3年，期满复核；复核不合格或存在弄虚作假行为的，撤销认定并予以公布。",
    ]),
    ("第二批", "（第二批）", "2025年9月10日", [
        ("济南市", "山东黄河口岸国际货运代理有限公司", "黄河口岸布达佩斯海外仓", "匈牙利（布达佩斯）", 8200, ""),
        ("青岛市", "青岛胶州湾跨境供应链有限公司", "胶州湾圣保罗海外仓", "巴西（圣保罗）", 13600, "第一批申报材料补正后认定"),
        ("烟台市", "烟台东方果业进出口有限公司", "东方果业胡志明市海外仓", "越南（胡志明市）", 7400,
         "中国（山东）自由贸易试验区烟台片区企业"),
        ("潍坊市", "潍坊寿光蔬菜国际贸易有限公司", "寿光莫斯科海外仓", "俄罗斯（莫斯科）", 10500, ""),
        ("济宁市", "济宁运河跨境电子商务有限公司", "运河曼谷海外仓", "泰国（曼谷）", 6800, ""),
        ("临沂市", "山东鲁南中欧班列运营有限公司", "鲁南塔什干海外仓", "乌兹别克斯坦（塔什干）", 9300,
         "“齐鲁号”中欧班列沿线"),
        ("德州市", "德州乐陵调味品进出口有限公司", "乐陵温哥华海外仓", "加拿大（温哥华）", 5200, ""),
        ("滨州市", "滨州渤海家纺跨境电商有限公司", "渤海家纺达拉斯海外仓", "美国（达拉斯）", 14800, ""),
    ], [
        "说明：1.第二批名单共8家，与第一批名单合并管理，适用相同的认定有效期和复核要求。",
        "2.“所属市”以企业注册地为准。",
    ]),
]


def make_d():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.worksheet.page import PageMargins

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    widths = [6, 10, 34, 28, 22, 12, 30]
    clauses, placed = [], []
    for sname, sub, date, rows, notes in D_SHEETS:
        ws = wb.create_sheet(sname)
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        ws.merge_cells("A1:G1")
        ws["A1"] = D_TITLE
        ws["A1"].font = Font(name="方正小标宋简体", size=18)
        ws["A1"].alignment = center
        ws.row_dimensions[1].height = 36
        ws.merge_cells("A2:G2")
        ws["A2"] = sub
        ws["A2"].font = Font(name="楷体_GB2312", size=14)
        ws["A2"].alignment = center
        ws.row_dimensions[2].height = 24
        # two header rows: 海外仓情况 spans three columns; the others are merged down
        top = ["序号", "所属市", "企业名称", "海外仓情况", None, None, "备注"]
        low = [None, None, None, "海外仓名称", "所在国家（城市）", "仓储面积（平方米）", None]
        for c in range(7):
            for r, vals in ((3, top), (4, low)):
                cell = ws.cell(row=r, column=c + 1)
                if vals[c] is not None:
                    cell.value = vals[c]
                cell.font = Font(name="黑体", size=11)
                cell.alignment = center
                cell.border = box
        for col in "ABCG":
            ws.merge_cells(f"{col}3:{col}4")
        ws.merge_cells("D3:F3")
        ws.row_dimensions[3].height = 22
        ws.row_dimensions[4].height = 30
        r = 5
        for n, (city, comp, wh, where, area, note) in enumerate(rows, start=1):
            vals = [n, city, comp, wh, where, area, note or None]
            for c, v in enumerate(vals):
                cell = ws.cell(row=r, column=c + 1, value=v)
                cell.font = Font(name="仿宋_GB2312", size=11)
                cell.alignment = left if c in (2, 3, 6) else center
                cell.border = box
                if c == 5:
                    cell.number_format = "0"
            ws.row_dimensions[r].height = 30 if len(note) > 14 else 22
            clauses.append(row_clause(list(zip(D_COLS, [str(v) if v is not None else "" for v in vals]))))
            placed.append((len(clauses) - 1, [city]))
            r += 1
        # 说明 row under the table: one merged cell, notes separated by Alt+Enter
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        cell = ws.cell(row=r, column=1, value="\n".join(notes))
        cell.font = Font(name="仿宋_GB2312", size=11)
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.row_dimensions[r].height = 18 * len(notes) + 8
        clauses.extend(notes)
        r += 2
        ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
        ws.cell(row=r, column=5, value="山东省商务厅").alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=5).font = Font(name="仿宋_GB2312", size=12)
        ws.merge_cells(start_row=r + 1, start_column=5, end_row=r + 1, end_column=7)
        ws.cell(row=r + 1, column=5, value=date).alignment = Alignment(horizontal="center")
        ws.cell(row=r + 1, column=5).font = Font(name="仿宋_GB2312", size=12)
        # print set-up as the office leaves it
        ws.freeze_panes = "A5"
        ws.print_title_rows = "3:4"
        ws.print_area = f"A1:G{r + 1}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.75, bottom=0.75)
        ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    wb.properties.creator = "省商务厅外贸处"
    wb.properties.title = D_TITLE
    wb.save(HERE / "blind313_shandong_mingdan.xlsx")

    EXPECTED["blind313_shandong_mingdan"] = [{
        "meta": {"title": D_TITLE, "doc_number": None, "issuer": ["山东省商务厅"],
                 "date": "2025-09-10", "published": None, "level": "provincial",
                 "region": "山东省", "effective": None, "expires": None,
                 "attachments": [], "doc_type": "名单", "recipients": [],
                 "publicity": None, "repeals": None},
        "clauses": clauses,
        "applies_to": {"specific": place_map(clauses, placed)},
        "not_clauses": ["sheet names 第一批/第二批", "title row " + D_TITLE, "（第一批）", "（第二批）",
                        "header rows 序号｜所属市｜企业名称｜海外仓情况｜备注 / 海外仓名称｜所在国家（城市）｜仓储面积（平方米）",
                        "落款 山东省商务厅 / 2025年4月15日 (sheet 第一批)", "落款 山东省商务厅 / 2025年9月10日 (sheet 第二批)"],
    }]


# ====================================================================
def main():
    make_a()
    make_b()
    make_c()
    make_d()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=1),
                                        encoding="utf-8")
    try:
        import pypdfium2 as pdfium
        for name in ("blind313_jiangxi_gongshi.pdf", "blind313_kunming_tongbao.pdf"):
            d = pdfium.PdfDocument(str(HERE / name))
            print(f"{name}: {len(d)} pages")
            d.close()
    except ImportError:
        pass
    for stem, docs in EXPECTED.items():
        for d in docs:
            print(f"{stem}: {len(d['clauses'])} clauses, {len(d['applies_to']['specific'])} placed")


if __name__ == "__main__":
    main()
