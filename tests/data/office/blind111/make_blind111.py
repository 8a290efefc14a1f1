# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 111: long tables that a page break cuts, as Word-made PDFs print them.

Writes, next to itself:
  blind111_sichuan_notice.docx/.pdf    四川省商务厅 通知 + 20-row 政策兑现清单 (header repeated, rows split over pages,
                                       one 政策名称 merged over three rows across a page break)
  blind111_xian_notice.docx/.pdf       西安市发展和改革委员会 通知 + 项目表 cut by hand: header NOT repeated,
                                       '续表' typed at the top of the next page, 合计 row at the end
  blind111_qingdao_tasks.docx/.pdf     青岛片区管委会 通知 + landscape 任务台账 whose 具体举措 cell holds a 1.2.3. list that
                                       a page break cuts in the middle
  expected.json
All people, numbers, amounts and dates are fictional.
Run: python make_blind111.py   (needs python-docx, Pillow, LibreOffice `soffice`).
"""

import copy
import json
import math
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xE6, 0x00, 0x12)
XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
LINE = Pt(28.95)
SERIF_FONT = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=False, color=None, ascii_font="Times New Roman", scale=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), east)
    rf.set(qn("w:ascii"), ascii_font)
    rf.set(qn("w:hAnsi"), ascii_font)
    if color is not None:
        run.font.color.rgb = color
    if scale:
        w = OxmlElement("w:w"); w.set(qn("w:val"), str(scale)); rpr.append(w)


def fmt(p, align=None, first=None, left=None, right=None, line=LINE, before=0, after=0, hanging=None):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if hanging is not None:
        pf.first_line_indent = Pt(-hanging)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if line is not None:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, text="", east=FS, size=16, bold=False, color=None, **kw):
    p = doc.add_paragraph()
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    kw.setdefault("first", 32)
    return fmt(p, **kw)


def runs(doc, parts, **kw):
    """parts: list of (text, east)."""
    p = doc.add_paragraph()
    for text, east in parts:
        set_font(p.add_run(text), east, 16)
    kw.setdefault("first", 32)
    return fmt(p, **kw)


def border(p, side="bottom", color="FF0000", sz=12, val="single", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        # pBdr must precede spacing/ind/jc
        sp = ppr.find(qn("w:spacing"))
        if sp is not None:
            sp.addprevious(pbdr)
        else:
            ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), val); el.set(qn("w:sz"), str(sz)); el.set(qn("w:space"), str(space)); el.set(qn("w:color"), color)
    pbdr.append(el)


def add_field(p, instr, east=SONG, size=14):
    r = p.add_run(); set_font(r, east, size)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = p.add_run(); set_font(r2, east, size)
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = " " + instr + " "; r2._r.append(t)
    r3 = p.add_run(); set_font(r3, east, size)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    r4 = p.add_run("1"); set_font(r4, east, size)
    r5 = p.add_run(); set_font(r5, east, size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)


def page_number_footer(footer, odd=True):
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    set_font(p.add_run("— "), SONG, 14)
    add_field(p, "PAGE")
    set_font(p.add_run(" —"), SONG, 14)
    if odd:
        fmt(p, align=R, right=14, first=0, line=None)
    else:
        fmt(p, align=L, left=14, first=0, line=None)


def new_doc(title_prop="", author=""):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.header_distance, sec.footer_distance = Mm(15), Mm(28)
    doc.settings.odd_and_even_pages_header_footer = True
    page_number_footer(sec.footer, odd=True)
    page_number_footer(sec.even_page_footer, odd=False)
    cp = doc.core_properties
    cp.title = title_prop
    cp.author = author
    cp.subject = ""
    cp.comments = ""
    sectpr = sec._sectPr
    grid = sectpr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid"); sectpr.append(grid)
    grid.set(qn("w:type"), "linesAndChars"); grid.set(qn("w:linePitch"), "579"); grid.set(qn("w:charSpace"), "0")
    return doc


def landscape_section(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.top_margin, s.bottom_margin = Mm(28), Mm(26)
    s.left_margin, s.right_margin = Mm(37), Mm(35)
    s.header_distance, s.footer_distance = Mm(12), Mm(14)
    return s


def portrait_section(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(28)
    return s


def make_seal(path, ring_text, center_text="", size=600):
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (220, 20, 30, 225)
    m = 10
    d.ellipse([m, m, size - m, size - m], outline=red, width=16)
    cx = cy = size / 2
    Rr, r = size * 0.13, size * 0.05
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rad = Rr if i % 2 == 0 else r
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=red)
    n = len(ring_text)
    fsz = int(size * (0.105 if n <= 12 else 0.075))
    font = ImageFont.truetype(SERIF_FONT, fsz)
    span = min(250, (17 if n <= 12 else 11.5) * n)
    start = -90 - span / 2
    for i, ch in enumerate(ring_text):
        a = start + span * (i + 0.5) / n
        ar = math.radians(a)
        rr = size / 2 - 16 - fsz * 0.85
        x, y = cx + rr * math.cos(ar), cy + rr * math.sin(ar)
        tile = Image.new("RGBA", (int(fsz * 1.4), int(fsz * 1.4)), (0, 0, 0, 0))
        td = ImageDraw.Draw(tile)
        td.text((tile.width / 2, tile.height / 2), ch, font=font, fill=red, anchor="mm")
        tile = tile.rotate(-(a + 90), resample=Image.BICUBIC)
        img.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    if center_text:
        f2 = ImageFont.truetype(SERIF_FONT, int(size * 0.07))
        d.text((cx, cy + size * 0.25), center_text, font=f2, fill=red, anchor="mm")
    img.save(path)


_pic_id = [100]


def float_picture(paragraph, path, width_cm, x_cm, y_cm):
    run = paragraph.add_run()
    run.add_picture(str(path), width=Cm(width_cm))
    inline = run._r.find(".//" + qn("wp:inline"))
    extent = inline.find(qn("wp:extent"))
    cx, cy = extent.get("cx"), extent.get("cy")
    graphic = inline.find(qn("a:graphic"))
    _pic_id[0] += 1
    anchor = parse_xml(
        f'<wp:anchor {nsdecls("wp", "a", "pic", "r")} distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="{251659264 + _pic_id[0]}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{int(Cm(x_cm))}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(Cm(y_cm))}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{_pic_id[0]}" name="印章{_pic_id[0]}"/><wp:cNvGraphicFramePr/></wp:anchor>'
    )
    anchor.append(copy.deepcopy(graphic))
    drawing = inline.getparent()
    drawing.remove(inline)
    drawing.append(anchor)


def cell_text(cell, text, east=FS, size=12, align=L, line=18, first=0):
    """A cell's text; '\n' starts a new paragraph inside the cell."""
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        set_font(p.add_run(ln), east, size)
        fmt(p, align=align, first=first, line=Pt(line))
        no_grid(p)


def no_grid(p):
    """Cell paragraphs do not snap to the page's 22-line document grid (as in office templates)."""
    ppr = p._p.get_or_add_pPr()
    sg = OxmlElement("w:snapToGrid"); sg.set(qn("w:val"), "0")
    for tag in ("w:spacing", "w:ind", "w:jc"):
        el = ppr.find(qn(tag))
        if el is not None:
            el.addprevious(sg)
            return
    ppr.append(sg)


def v_align(cell, val="center"):
    tcpr = cell._tc.get_or_add_tcPr()
    for old in tcpr.findall(qn("w:vAlign")):
        tcpr.remove(old)
    va = OxmlElement("w:vAlign"); va.set(qn("w:val"), val); tcpr.append(va)


def table_borders(tbl, sz=6):
    tblpr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit"); h.set(qn("w:val"), "true"); trpr.append(h)


def set_col_widths(tbl, widths_cm):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr = tbl._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblpr.append(lay)
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW"); tblpr.append(tw)
    tw.set(qn("w:type"), "dxa"); tw.set(qn("w:w"), str(int(Cm(sum(widths_cm)).twips)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def banji(doc, cc, printer, date):
    """版记: 抄送 / 印发机关+印发日期 between rules (first and last rule thicker)."""
    p = para(doc, cc, FS, 14, first=0, left=14, right=14, line=Pt(26), hanging=None)
    fmt(p, first=-42, left=14 + 42, right=14, line=Pt(26))
    border(p, "top", "000000", 8, space=2)
    border(p, "bottom", "000000", 4, space=2)
    p.paragraph_format.keep_with_next = True
    p = doc.add_paragraph()
    set_font(p.add_run(printer), FS, 14)
    set_font(p.add_run("\t" + date + "印发"), FS, 14)
    fmt(p, first=0, left=14, right=14, line=Pt(26))
    p.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(28), alignment=2)
    border(p, "bottom", "000000", 8, space=2)


def banner(doc, name, size, spacing_pt=0, scale=None, before=0):
    p = doc.add_paragraph()
    r = p.add_run(name)
    set_font(r, XBS, size, False, RED, scale=scale)
    if spacing_pt:
        sp = OxmlElement("w:spacing"); sp.set(qn("w:val"), str(int(spacing_pt * 20))); r._r.get_or_add_rPr().append(sp)
    fmt(p, align=C, first=0, line=None, before=before, after=0)
    return p


def docno_rule(doc, docno):
    para(doc, "", first=0)
    para(doc, "", first=0)
    p = para(doc, docno, first=0, align=C)
    p2 = para(doc, "", first=0, line=Pt(10))
    border(p2, "bottom", "FF0000", 18, space=1)


def title(doc, lines_):
    para(doc, "", first=0)
    for ln in lines_:
        para(doc, ln, XBS, 22, first=0, align=C, line=Pt(36))
    para(doc, "", first=0)


def luokuan(doc, org, date, seal, seal_x=8.0, seal_y=-1.2, right_org=None):
    para(doc, "", first=0)
    p = para(doc, org, first=0, align=R, right=right_org if right_org is not None else max(16, 64 + 16 * (len(date) - len(org)) / 2))
    para(doc, date, first=0, align=R, right=64)
    float_picture(p, seal, 4.2, seal_x, seal_y)


def attach_line(doc, att):
    para(doc, "", first=0)
    p = para(doc, "附件：" + att)
    fmt(p, left=32 + 48, hanging=48)


def convert(docx_path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(hdr, row):
    return "；".join(f"{h}：{v}" for h, v in zip(hdr, row) if v != "")


EXPECTED = {}


# ======================================================================
# (a) 四川省商务厅 通知 + 政策兑现清单
# ======================================================================
SC_HDR = ["序号", "政策名称", "支持内容", "支持标准", "兑现方式", "责任处室"]
SC_ROWS = [
    ["1", "境外经贸合作区建设支持", "支持我省企业在共建“一带一路”国家投资建设境外经贸合作区，完善园区道路、供水供电、标准厂房等基础设施和公共服务平台，提升入区企业服务水平。",
     "通过商务部、财政部确认考核的国家级境外经贸合作区，一次性奖励300万元；新认定为省级境外经贸合作区的，一次性奖励100万元；年度考核为优秀的省级境外经贸合作区，按当年基础设施实际投入的10%给予补助，最高不超过200万元。", "项目申报", "对外投资和经济合作处"],
    ["2", "境外投资前期费用补助", "支持企业赴共建“一带一路”国家开展境外投资前期的法律、技术及商务咨询，项目可行性研究，资源勘探等工作。",
     "按实际发生费用的50%给予补助，单个项目最高不超过50万元。", "依申请兑现", "对外投资和经济合作处"],
    ["3", "海外投资保险保费补助", "支持企业为在共建“一带一路”国家的投资项目投保海外投资保险。",
     "按企业当年实际缴纳保费的50%给予补助，单家企业年度最高不超过100万元。", "免申即享", "对外投资和经济合作处"],
    ["4", "境外资源回运运费补助", "支持企业将在共建“一带一路”国家开发的能源、矿产、农产品等资源性产品回运至省内加工转化。",
     "按回运货值的1%给予运费补助，单家企业年度最高不超过200万元；经中欧班列（成渝）回运的，补助比例提高至1.5%。", "依申请兑现", "对外投资和经济合作处"],
    ["5", "中欧班列（成渝）回程货源组织奖励", "支持外贸企业、国际货运代理企业组织进口货物经成都国际铁路港中欧班列（成渝）回程运输，提升班列“重去重回”水平，带动进口商品集散分拨。",
     "对年度组织回程货源超过100标箱的企业，按每标箱800元给予奖励；超过500标箱的部分，按每标箱1200元给予奖励；单家企业年度最高不超过300万元。冷链、跨境电商等特种箱按1.2倍折算标箱。", "依申请兑现", "口岸物流处"],
    ["6", "海外仓建设支持", "支持企业在共建“一带一路”国家新建或租赁海外仓，开展仓储、配送、售后维修、退换货等一站式服务。",
     "自建海外仓面积在5000平方米以上的，按实际投资额的20%给予补助，最高不超过200万元；租赁海外仓面积在3000平方米以上的，按首年租金的30%给予补助，最高不超过50万元。", "项目申报", "对外贸易处"],
    ["7", "境外重点展会参展补助", "支持企业参加《2024年四川省重点境外展会目录》所列在共建“一带一路”国家举办的展会。",
     "按展位费的70%给予补助，单个展会每家企业最高不超过5万元；参加“川货全球行”系列活动的，展位费全额补助。", "依申请兑现", "对外贸易处"],
    ["8", "对外承包工程项目支持", "前期费用：支持企业开展共建“一带一路”国家对外承包工程项目的投（议）标、勘察设计、咨询评估等前期工作。",
     "按实际发生费用的30%给予补助，单个项目最高不超过100万元。", "项目申报", "对外投资和经济合作处"],
    ["9", "对外承包工程项目支持", "保险费用：支持企业为对外承包工程项目投保中长期出口信用保险、特定合同保险。",
     "按实际缴纳保费的40%给予补助，单家企业年度最高不超过150万元。", "免申即享", "对外投资和经济合作处"],
    ["10", "对外承包工程项目支持", "贷款贴息：支持企业为实施共建“一带一路”国家对外承包工程项目向境内金融机构申请的中长期贷款。",
     "按不超过同期贷款市场报价利率（LPR）的50%给予贴息，贴息期限不超过2年，单家企业年度最高不超过300万元。", "项目申报", "对外投资和经济合作处"],
    ["11", "对外劳务合作人员培训补助", "支持对外劳务合作经营公司对赴共建“一带一路”国家务工人员开展适应性培训和职业技能培训。",
     "按每人1000元给予培训补助，单家经营公司年度最高不超过50万元。", "依申请兑现", "对外投资和经济合作处"],
    ["12", "自由贸易试验区建设支持", "跨境电商：支持中国（四川）自由贸易试验区内企业开展跨境电商B2B出口、“跨境电商+中欧班列”等业务。",
     "对年度跨境电商B2B出口额首次超过1000万美元的企业，一次性奖励20万元；首次超过5000万美元的，一次性奖励50万元。", "免申即享", "电子商务处"],
    ["13", "自由贸易试验区建设支持", "制度创新：支持各片区及省级有关部门围绕服务共建“一带一路”开展首创性、差异化改革探索，形成可复制可推广的制度创新成果。",
     "被国务院复制推广的，每项奖励50万元；被国家部委复制推广或者作为最佳实践案例印发的，每项奖励20万元；在全省复制推广的，每项奖励10万元。奖励资金用于制度创新研究和推广工作，不得用于发放个人奖金。", "项目申报", "自贸试验区工作处"],
    ["14", "自由贸易试验区建设支持", "协同改革：支持四川自贸试验区协同改革先行区承接复制自贸试验区改革试点经验。",
     "经年度评估考核为优秀的协同改革先行区，给予一次性奖励100万元。", "项目申报", "自贸试验区工作处"],
    ["15", "外资招引奖励", "支持共建“一带一路”国家企业在川新设外商投资企业或者增资扩股。",
     "对当年实际到资（不含外方股东贷款）超过1000万美元的项目，按实际到资额的1%给予奖励，单个项目最高不超过500万元。", "依申请兑现", "外国投资管理处"],
    ["16", "服务外包离岸业务奖励", "支持服务外包企业承接共建“一带一路”国家离岸服务外包业务。",
     "按企业当年离岸服务外包执行额每美元0.03元给予奖励，单家企业年度最高不超过100万元。", "免申即享", "服务贸易处"],
    ["17", "技术出口贴息", "支持企业向共建“一带一路”国家出口专利、专有技术和计算机软件等。",
     "按技术出口合同成交额的2%给予贴息，单家企业年度最高不超过80万元。", "依申请兑现", "服务贸易处"],
    ["18", "贸易摩擦应对支持", "支持企业积极应对共建“一带一路”国家发起的反倾销、反补贴和保障措施调查，维护企业合法权益。",
     "对企业应诉发生的律师费、翻译费等费用，按实际发生额的50%给予补助；获得无损害裁决或者零税率、低税率裁决的，补助比例提高至80%；单家企业最高不超过100万元。", "依申请兑现", "公平贸易处"],
    ["19", "市场采购贸易方式试点支持", "支持成都国际商贸城市场采购贸易方式试点拓展共建“一带一路”国家市场。",
     "对通过市场采购贸易方式年出口额超过500万美元的外贸经营主体，按出口额每美元0.02元给予奖励，单家企业年度最高不超过30万元。", "免申即享", "对外贸易处"],
    ["20", "出口信用保险短期险保费补助", "支持中小微外贸企业投保出口信用保险短期险，开拓共建“一带一路”国家市场。",
     "对上年度出口额在4500万美元以下的企业，按实际缴纳保费的60%给予补助；首次投保的，保费全额补助；单家企业年度最高不超过20万元。", "免申即享", "对外贸易处"],
]
SC_MERGES = [(8, 10), (12, 14)]  # 序号 8–10 and 12–14 each share one 政策名称 cell
SC_SPACER = 3  # blank paragraphs before the attachment title (pushes the merge over the page break)


def make_sichuan():
    stem = "blind111_sichuan_notice"
    seal = HERE / "_seal_sc.png"
    make_seal(seal, "四川省商务厅")
    doc = new_doc(title_prop="", author="scdoftec")
    exp = []

    banner(doc, "四川省商务厅文件", 52, spacing_pt=0, scale=90, before=24)
    docno_rule(doc, "川商对外〔2024〕12号")
    title(doc, ["四川省商务厅关于印发《四川省商务领域", "支持企业融入共建“一带一路”政策兑现清单", "（2024年版）》的通知"])
    para(doc, "各市（州）商务主管部门，中国（四川）自由贸易试验区成都天府新区片区、成都青白江铁路港片区、川南临港片区管理委员会：", first=0)

    def P(t):
        para(doc, t); exp.append(t)

    def H1(t):
        para(doc, t, HT); exp.append(t)

    def RUN(lead, rest):
        runs(doc, [(lead, KT), (rest, FS)]); exp.append(lead + rest)

    P("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署和省委、省政府关于推进惠企政策直达快享的工作要求，进一步提高政策兑现效率，我厅对现行商务领域支持企业融入共建“一带一路”的有关政策进行了梳理，形成了《四川省商务领域支持企业融入共建“一带一路”政策兑现清单（2024年版）》（以下简称《清单》），现印发给你们，并就有关事项通知如下：")
    H1("一、加强政策宣传解读")
    P("各市（州）商务主管部门、各片区管委会要通过门户网站、政务新媒体、“天府通办”等渠道及时发布《清单》，组织开展“政策进园区、进企业”专项宣讲活动，2024年6月底前实现辖区内有进出口实绩企业宣讲全覆盖。")
    H1("二、规范政策兑现流程")
    RUN("（一）实行分类兑现。", "《清单》所列政策按“免申即享”“依申请兑现”“项目申报”三种方式兑现。其中：")
    P("1.“免申即享”类政策，由省商务厅依托商务部业务系统统一平台、海关进出口数据等直接比对确定支持对象和金额，企业无需提交申请；")
    P("2.“依申请兑现”类政策，企业通过四川省商务厅惠企政策申报系统在线提交申请，市（州）商务主管部门应当自收到申请之日起10个工作日内完成初审；")
    P("3.“项目申报”类政策，按照省商务厅、省财政厅年度申报通知组织实施，原则上每年集中申报一次。")
    RUN("（二）压缩兑现时限。", "依申请兑现类政策自受理之日起30个工作日内完成审核，审核通过的资金原则上在60个工作日内拨付到位。有下列情形之一的，兑现时限相应顺延：")
    P("（1）申报材料需要补正的；")
    P("（2）需要赴境外核实项目情况的；")
    P("（3）涉及跨部门数据核验的。")
    H1("三、强化资金监管")
    P("各级商务主管部门要会同同级财政部门加强对兑现资金的事中事后监管，对以虚报、冒领等手段骗取资金的企业，依法依规追回资金并纳入信用记录；涉嫌违法犯罪的，移送有关机关处理。")
    H1("四、其他事项")
    P("《清单》自印发之日起执行，有效期至2024年12月31日。执行期间国家和省出台新规定的，从其规定。《清单》所列政策的具体申报条件以对应政策文件为准。")
    P("联系人：省商务厅对外投资和经济合作处　王晓川，联系电话：028-83224617。")

    att = "四川省商务领域支持企业融入共建“一带一路”政策兑现清单（2024年版）"
    attach_line(doc, att)
    luokuan(doc, "四川省商务厅", "2024年3月18日", seal)
    para(doc, "（此件公开发布）")

    # ---- 附件: new page, header row repeated, rows allowed to break across pages
    p = para(doc, "附件", HT, first=0)
    p.paragraph_format.page_break_before = True
    for _ in range(SC_SPACER):
        para(doc, "", first=0, line=Pt(20))
    for ln in ["四川省商务领域支持企业融入共建“一带一路”", "政策兑现清单（2024年版）"]:
        para(doc, ln, XBS, 22, first=0, align=C, line=Pt(36))
    para(doc, "", first=0, line=Pt(20))
    exp.append("附件 " + att)

    widths = [0.9, 2.2, 4.2, 4.2, 1.7, 2.4]
    tbl = doc.add_table(rows=1 + len(SC_ROWS), cols=6)
    table_borders(tbl)
    set_col_widths(tbl, widths)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(SC_HDR):
        cell_text(tbl.rows[0].cells[i], h, HT, 12, align=C)
        v_align(tbl.rows[0].cells[i])
    repeat_header(tbl.rows[0])
    cant_split(tbl.rows[0])
    for r, row in enumerate(SC_ROWS, 1):
        for i, v in enumerate(row):
            c = tbl.rows[r].cells[i]
            cell_text(c, v, FS, 12, align=C if i in (0, 1, 4, 5) else L)
            v_align(c)
    for a, b in SC_MERGES:
        m = tbl.cell(a, 1).merge(tbl.cell(b, 1))
        cell_text(m, SC_ROWS[a - 1][1], FS, 12, align=C)
        v_align(m)
    for row in SC_ROWS:
        exp.append(row_clause(SC_HDR, row))
    para(doc, "", first=0, line=Pt(14))
    note = "注：支持标准中“以上”“最高”“不超过”均含本数；同一项目同时符合本清单多项政策的，按照“就高不重复”原则给予支持。"
    para(doc, note, FS, 14, first=28, line=Pt(24))
    exp.append(note)
    para(doc, "", first=0)
    banji(doc, "抄送：商务部对外投资和经济合作司，省财政厅，省发展改革委，省经济合作局。", "四川省商务厅办公室", "2024年3月19日")

    out = HERE / f"{stem}.docx"
    doc.save(out)
    convert(out)
    EXPECTED[stem] = [{
        "meta": {
            "title": "四川省商务厅关于印发《四川省商务领域支持企业融入共建“一带一路”政策兑现清单（2024年版）》的通知",
            "doc_number": "川商对外〔2024〕12号",
            "issuer": ["四川省商务厅"],
            "date": "2024-03-18",
            "level": "provincial",
            "region": "四川省",
            "effective": "2024-03-18",
            "expires": "2024-12-31",
            "attachments": [att],
            "addressees": ["各市（州）商务主管部门", "中国（四川）自由贸易试验区成都天府新区片区、成都青白江铁路港片区、川南临港片区管理委员会"],
            "printed_by": "四川省商务厅办公室",
            "printed_date": "2024-03-19",
            "doc_type": "通知",
            "public": "此件公开发布",
        },
        "clauses": exp,
        "applies_to": {
            "default": ["四川省"],
            "序号：12 (自贸试验区跨境电商)": ["中国（四川）自由贸易试验区 (四川省 tolerable)"],
            "序号：13/14 (自贸试验区制度创新/协同改革先行区)": ["中国（四川）自由贸易试验区 (四川省 tolerable)"],
            "序号：19 (成都国际商贸城)": ["成都市 (四川省 tolerable)"],
            "序号：5 (成都国际铁路港)": ["四川省 (成都市/青白江 tolerable: the subsidy is provincial)"],
        },
        "_note": (
            "Furniture: red 版头 '四川省商务厅文件', 文号, red rule, the THREE title lines (split inside the 《》 name; join without spaces), 主送 (two addressee groups, not a clause), "
            "附件说明 '附件：…' (→ meta.attachments), 落款 '四川省商务厅' + '2024年3月18日' + floating seal, '（此件公开发布）', the '附件' label and the two attachment-title lines, "
            "page numbers '— N —' (odd right / even left), 版记 (抄送 line; '四川省商务厅办公室 2024年3月19日印发'). The attachment heading may be kept as one clause '附件 <title>' or as a heading — both fine. "
            "Headings 一、…四、 are 黑体 stand-alone headings (heading-clauses fine); （一）（二） are 楷体 run-in leads with text in the same paragraph (one clause each); 1.–3. under （一） and （1）–（3） under （二）. "
            "effective 2024-03-18 (自印发之日起执行 = 成文日期) and expires 2024-12-31 are stated in 四、; the 印发 date 2024-03-19 is NOT the 成文日期 (date 2024-03-19 = medium). "
            "'2024年6月底前', '10个工作日', '30/60个工作日' are deadlines, not validity. "
            "THE TABLE (20 data rows, 6 columns) is the point of this file: in the PDF the header row '序号｜政策名称｜支持内容｜支持标准｜兑现方式｜责任处室' is printed again at the top of every attachment page "
            "(repeated header — it must not become a data row or a clause; one 表头 clause is fine), and tall rows are allowed to break across pages, so several rows are cut by the page break with the page-number "
            "footer '— N —' between their halves. Every row must come out as ONE clause with all six fields and the full text of each cell, as listed here: a row split into two clauses = medium; "
            "a half-row glued to the previous/next row = medium; any text lost, or the page number / repeated header text inside a row = high/medium. "
            "Two vertically merged 政策名称 cells: '对外承包工程项目支持' over 序号 8–10 (all on PDF page 6) and '自由贸易试验区建设支持' over 序号 12–14, which CROSSES the page-6/7 break: "
            "its text is printed once at the top of row 12 on page 6, row 13 is cut by the break and row 14 on page 7 shows an empty name cell. In the PDF the rows cut by page breaks are "
            "3 (pages 4/5: only '投保险。' / '不超过100万元。' carried over), 7 (5/6: '举办的展会。' / '…展位费全额补助。'), 13 (6/7) and 18 (7/8). "
            "Expected: the merged name repeated in every row it spans (rows 9/10/13/14 with an empty or missing 政策名称 = medium; the name attached to the wrong row only = medium; "
            "the name lost = high). The cell texts of 12–14 begin with '跨境电商：', '制度创新：', '协同改革：' — that is cell text, not a header：value split (fine either way). "
            "The '注：' line (page 8, with rows 19–20 and the 版记) under the table is a clause. In the .docx there are no page breaks inside the table at all (Word layout is only in the PDF)."
        ),
    }]


# ======================================================================
# (b) 西安市发展和改革委员会 通知 + 项目表（续表，表头不重复，合计行）
# ======================================================================
XA_HDR = ["序号", "项目名称", "建设内容及规模", "建设起止年限", "总投资", "2024年计划投资", "责任单位"]
XA_ROWS = [
    ["1", "西安国际港站扩能改造工程", "新建到发线4条、集装箱作业线2条，扩建集装箱堆场8万平方米，年集装箱作业能力提升至60万标箱", "2023—2025", "28.6", "9.2", "西安国际港务区管委会"],
    ["2", "中欧班列（西安）集结中心二期", "建设海关监管作业场所、多式联运信息平台及冷链查验设施，占地约320亩", "2024—2026", "16.8", "4.5", "西安国际港务区管委会"],
    ["3", "西安临空经济示范区国际航空物流园", "建设国际货运库、跨境电商监管中心和冷链仓储设施，总建筑面积约18万平方米", "2024—2026", "22.4", "6.0", "西咸新区管委会"],
    ["4", "陆港型国家物流枢纽多式联运中心", "建设铁路专用线3条、公铁联运转运设施及智慧物流信息平台", "2023—2025", "12.5", "3.8", "西安国际港务区管委会"],
    ["5", "中国（陕西）自由贸易试验区跨境电商综合服务园", "建设跨境电商监管中心、海外仓服务中心和直播电商基地，总建筑面积12万平方米", "2024—2025", "8.6", "3.2", "西安国际港务区管委会"],
    ["6", "丝路国际会展中心三期", "建设展馆4座及配套会议中心，新增室内展览面积10万平方米", "2024—2026", "35.0", "6.5", "浐灞生态区管委会"],
    ["7", "中亚商贸物流园", "建设面向中亚五国的商品展示交易中心、保税仓储及配套服务设施，总建筑面积15万平方米", "2024—2026", "14.2", "3.0", "西安经开区管委会"],
    ["8", "西安高新区丝路数字经济产业园", "建设数据中心、跨境数据服务平台及研发办公楼，总建筑面积32万平方米", "2023—2026", "46.3", "12.0", "西安高新区管委会"],
    ["9", "中俄丝绸之路创新园二期", "建设中俄联合研发中心、科技成果转化基地及人才公寓", "2024—2027", "18.0", "2.6", "西咸新区管委会"],
    ["10", "西安经开区汽车出口服务基地", "建设整车出口集散中心、检测认证中心和海外售后服务培训中心，年服务整车出口能力10万辆", "2024—2025", "7.5", "4.0", "西安经开区管委会"],
    ["11", "丝路国际商事法律服务中心", "改造建设国际商事审判、仲裁、调解“一站式”法律服务设施1.2万平方米", "2024—2025", "2.3", "1.5", "市司法局、曲江新区管委会"],
    ["12", "西安“一带一路”国际人才社区", "建设国际人才公寓1200套及国际学校、国际医疗等配套设施", "2024—2027", "26.0", "4.0", "浐灞生态区管委会"],
    ["13", "进口商品保税展示交易中心", "改造保税展示交易场馆3万平方米，建设进口商品溯源及结算服务平台", "2024—2025", "5.6", "2.8", "西安国际港务区管委会"],
    ["14", "西安综合保税区智能制造产业园", "建设标准厂房及保税研发设施25万平方米，引进集成电路、精密仪器等加工贸易企业", "2024—2026", "19.5", "5.2", "西安高新区管委会"],
]
XA_SPLIT = 8  # rows 1..XA_SPLIT on the first attachment page, the rest after '续表'


def _sum(col):
    return "%.1f" % sum(float(r[col]) for r in XA_ROWS)


def xa_table(doc, rows, header, total=None):
    widths = [1.0, 2.8, 4.6, 1.8, 1.4, 1.6, 2.4]
    n = len(rows) + (1 if header else 0) + (1 if total else 0)
    tbl = doc.add_table(rows=n, cols=7)
    table_borders(tbl)
    set_col_widths(tbl, widths)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    r0 = 0
    if header:
        for i, h in enumerate(XA_HDR):
            cell_text(tbl.rows[0].cells[i], h, HT, 10.5, align=C, line=15)
            v_align(tbl.rows[0].cells[i])
        r0 = 1
    for k, row in enumerate(rows):
        for i, v in enumerate(row):
            c = tbl.rows[r0 + k].cells[i]
            cell_text(c, v, FS, 10.5, align=L if i in (1, 2) else C, line=15)
            v_align(c)
    if total:
        last = tbl.rows[-1]
        m = last.cells[0].merge(last.cells[3])
        cell_text(m, "合计", HT, 10.5, align=C, line=15)
        v_align(m)
        for i, v in zip((4, 5, 6), total):
            cell_text(last.cells[i], v, FS, 10.5, align=C, line=15)
            v_align(last.cells[i])
    return tbl


def make_xian():
    stem = "blind111_xian_notice"
    seal = HERE / "_seal_xa.png"
    make_seal(seal, "西安市发展和改革委员会")
    doc = new_doc(title_prop="", author="xadrc")
    exp = []
    n = len(XA_ROWS)
    tot, plan = _sum(4), _sum(5)

    banner(doc, "西安市发展和改革委员会文件", 40, scale=78, before=24)
    docno_rule(doc, "市发改发〔2024〕58号")
    title(doc, ["西安市发展和改革委员会关于印发", "西安市2024年共建“一带一路”重点项目", "清单的通知"])
    para(doc, "各区、县发展改革委（局），西咸新区、各开发区管委会，市级有关部门：", first=0)

    def P(t):
        para(doc, t); exp.append(t)

    def H1(t):
        para(doc, t, HT); exp.append(t)

    def RUN(lead, rest):
        runs(doc, [(lead, KT), (rest, FS)]); exp.append(lead + rest)

    P("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，加快建设内陆改革开放高地，充分发挥重点项目对服务和融入共建“一带一路”的支撑作用，经市政府同意，现将《西安市2024年共建“一带一路”重点项目清单》印发给你们，并就有关事项通知如下：")
    H1("一、项目基本情况")
    P(f"经各区县、开发区申报，市级有关部门审核，市发展改革委综合平衡，共确定2024年共建“一带一路”重点项目{n}个，总投资{tot}亿元，2024年计划投资{plan}亿元。其中，国际物流通道项目5个，开放平台项目6个，产业合作项目3个。")
    H1("二、工作要求")
    RUN("（一）压实推进责任。", "各责任单位是项目推进的责任主体，要逐项明确责任领导和责任人，倒排工期、挂图作战，确保项目按计划开工、按进度推进。")
    RUN("（二）强化要素保障。", "市级有关部门要将清单内项目纳入市级重点项目协调推进机制，在用地、用能、环评、融资等方面给予优先保障。")
    RUN("（三）加强调度监测。", "各责任单位于每月5日前通过西安市重点项目管理平台报送上月项目进展情况。清单实行动态管理，对推进滞后、确实无法实施的项目，按程序予以调整。")
    P("联系人：赵泾川，联系电话：029-86787315。")

    att = "西安市2024年共建“一带一路”重点项目清单"
    attach_line(doc, att)
    luokuan(doc, "西安市发展和改革委员会", "2024年4月12日", seal, seal_x=7.0, right_org=16)
    para(doc, "（此件公开发布）")

    # ---- 附件: table cut by hand — no repeated header, '续表' typed on the next page
    p = para(doc, "附件", HT, first=0)
    p.paragraph_format.page_break_before = True
    para(doc, "", first=0, line=Pt(20))
    para(doc, att, XBS, 22, first=0, align=C, line=Pt(36))
    para(doc, "单位：亿元", FS, 12, first=0, align=R, line=Pt(22))
    exp.append("附件 " + att)
    xa_table(doc, XA_ROWS[:XA_SPLIT], header=True)
    p = para(doc, "续表", HT, 12, first=0, align=L, line=Pt(22))
    p.paragraph_format.page_break_before = True
    xa_table(doc, XA_ROWS[XA_SPLIT:], header=False, total=(tot, plan, ""))
    hdr_u = ["序号", "项目名称", "建设内容及规模", "建设起止年限", "总投资", "2024年计划投资", "责任单位"]
    for row in XA_ROWS:
        exp.append(row_clause(hdr_u, row))
    exp.append(f"序号：合计；总投资：{tot}；2024年计划投资：{plan}")
    para(doc, "", first=0)
    para(doc, "", first=0)
    banji(doc, "抄送：省发展改革委，市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅。", "西安市发展和改革委员会办公室", "2024年4月12日")

    out = HERE / f"{stem}.docx"
    doc.save(out)
    convert(out)
    EXPECTED[stem] = [{
        "meta": {
            "title": "西安市发展和改革委员会关于印发西安市2024年共建“一带一路”重点项目清单的通知",
            "doc_number": "市发改发〔2024〕58号",
            "issuer": ["西安市发展和改革委员会"],
            "date": "2024-04-12",
            "level": "municipal",
            "region": "陕西省西安市",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "addressees": ["各区、县发展改革委（局）", "西咸新区、各开发区管委会", "市级有关部门"],
            "printed_by": "西安市发展和改革委员会办公室",
            "printed_date": "2024-04-12",
            "doc_type": "通知",
            "public": "此件公开发布",
        },
        "clauses": exp,
        "applies_to": {
            "default": ["西安市"],
            "table rows": ["西安市, or the 区/开发区 named in 责任单位 (国际港务区, 西咸新区, 高新区, 经开区, 浐灞, 曲江) — both fine; 陕西省 = medium"],
        },
        "_note": (
            "Furniture: red 版头 '西安市发展和改革委员会文件' (squeezed), 文号 市发改发〔2024〕58号 (prefix is '市发改发', the city is only implied — issuer/region must still be 西安), red rule, "
            "3-line title (join), 主送, 附件说明, 落款 + seal, '（此件公开发布）', '附件' label, attachment title, the right-aligned '单位：亿元' line (furniture; its unit may be folded into the "
            "总投资/2024年计划投资 labels — fine), the typed '续表' line at the top of the table's second page (furniture: NOT a clause, NOT a heading, must not be glued to a row), "
            "page numbers '— N —', 版记 (抄送; '西安市发展和改革委员会办公室 2024年4月12日印发'). "
            "THE TABLE: the typist cut it into TWO Word tables where Word's page ended — rows 1–8 with the header row (PDF page 3), then the '续表' paragraph (page break before), then rows 9–14 and the 合计 row with NO header row (page 4). "
            "Rows 9–14 must still be read with the header of the first part ('序号：9；项目名称：中俄丝绸之路创新园二期；…'): taking row 9 as a header (so that rows 10–14 come out as '9：10；中俄丝绸之路创新园二期：西安经开区汽车出口服务基地…') = high; "
            "rows 9–14 as header-less text without field names or as '第1列：…' = medium; a separate second table of its own = fine if the labels are right. "
            f"The 合计 row: '合计' is merged over 序号…建设起止年限; {tot} and {plan} must stay bound to 总投资 and 2024年计划投资 (any label for 合计 is fine; the empty 责任单位 may be dropped). "
            f"The body's totals (14个, {tot}亿元, {plan}亿元) equal the table. No effective/expires: the 清单 is under 动态管理; '每月5日前' is a reporting deadline; 建设起止年限 '2023—2025' etc. are project periods, "
            "not validity (taking 2023/2027 as effective/expires = high). effective = 2024-04-12 is tolerable (low). Heading 一、/二、 (黑体) fine as heading clauses; （一）–（三） 楷体 run-in, one clause each."
        ),
    }]


# ======================================================================
# (c) 青岛片区管委会 通知 + 横排 任务台账（单元格内 1.2.3. 列表跨页）
# ======================================================================
QD_HDR = ["序号", "重点任务", "具体举措", "牵头单位", "配合单位", "完成时限"]
QD_ROWS = [
    ["1", "深化与上合组织国家地方经贸合作", "1.推动青岛片区与中国—上海合作组织地方经贸合作示范区建立政策共享、项目共招、平台共建机制；\n2.举办上合组织国家特色商品展销活动不少于2场；\n3.新引进上合组织国家投资项目5个以上。",
     "片区经济发展局", "片区投资促进局", "2024年12月底前"],
    ["2", "打造共建“一带一路”国际航运枢纽", "1.推动前湾港区新开通共建“一带一路”国家集装箱航线5条以上；\n2.深化智慧港口建设，推广“船边直提”“抵港直装”作业模式；\n3.开展国际航行船舶保税液化天然气加注业务。",
     "片区交通运输局", "青岛港集团、青岛海关", "2024年12月底前"],
    ["3", "推进海陆空铁多式联运“一单制”改革", "1.联合青岛港集团、中铁联集青岛中心站等单位，制定多式联运“一单制”业务规则和电子提单标准，明确各方权利义务和责任划分；\n2.推动多式联运电子运单在中欧班列（齐鲁号）、上合快线等线路上应用，实现“一次委托、一单到底、一次结算”；\n3.争取金融机构开展多式联运提单质押融资业务，年内办理融资业务不少于10笔；\n4.建设多式联运公共信息服务平台，实现港口、铁路、海关、船公司数据实时交互，平台接入企业不少于200家；\n5.探索与共建“一带一路”国家港口开展提单互认试点，形成可复制推广的制度创新案例1项以上；\n6.会同市交通运输局争取将“一单制”纳入交通运输部多式联运示范工程。",
     "片区交通运输局", "青岛港集团、片区金融服务局、黄岛海关、市交通运输局", "2024年12月底前"],
    ["4", "提升跨境贸易便利化水平", "1.推进国际贸易“单一窗口”青岛特色功能建设，新增特色应用3项；\n2.推广进口货物“两段准入”监管模式。",
     "片区口岸服务局", "黄岛海关", "2024年9月底前"],
    ["5", "开展跨境贸易投资高水平开放试点", "1.扩大优质企业跨境人民币结算便利化政策覆盖面，年内新增便利化企业30家；\n2.开展跨境资产转让业务，规模达到5亿元。",
     "片区金融服务局", "人民银行青岛市分行", "2024年12月底前"],
    ["6", "发展离岸贸易和转口贸易", "1.建立离岸贸易企业白名单，年内入库企业不少于20家；\n2.支持银行为真实合规的新型离岸国际贸易提供跨境资金结算便利。",
     "片区金融服务局", "片区经济发展局", "2024年6月底前"],
    ["7", "建设大宗商品进口集散中心", "1.推动原油、铁矿石等大宗商品保税混配业务常态化；\n2.争取开展大宗商品期货保税交割业务，新增交割库1个。",
     "片区经济发展局", "黄岛海关、青岛港集团", "2024年12月底前"],
    ["8", "完善国际商事纠纷多元化解机制", "1.推动青岛国际商事法庭、仲裁委员会、调解组织入驻片区法律服务中心；\n2.年内受理涉共建“一带一路”国家商事案件不少于50件。",
     "片区综合执法局", "青岛仲裁委员会", "长期坚持"],
    ["9", "培育跨境电商新业态", "1.建设跨境电商海外仓公共服务平台；\n2.支持企业在共建“一带一路”国家新设海外仓3个以上。",
     "片区经济发展局", "片区投资促进局", "2024年12月底前"],
    ["10", "加强与共建“一带一路”国家港口城市交流合作", "1.与共建“一带一路”国家港口城市新缔结友好合作关系2对以上；\n2.举办“一带一路”港口城市合作论坛。",
     "片区改革创新局", "片区投资促进局", "2024年11月底前"],
]
QD_SPACER = 0


def make_qingdao():
    stem = "blind111_qingdao_tasks"
    seal = HERE / "_seal_qd.png"
    make_seal(seal, "中国（山东）自由贸易试验区青岛片区管理委员会")
    doc = new_doc(title_prop="2023年任务台账", author="qdftz-ggcx")
    exp = []

    banner(doc, "中国（山东）自由贸易试验区青岛片区管理委员会文件", 30, scale=52, before=24)
    docno_rule(doc, "青自贸片发〔2024〕7号")
    title(doc, ["关于印发《中国（山东）自由贸易试验区", "青岛片区2024年服务共建“一带一路”", "改革创新任务台账》的通知"])
    para(doc, "片区各部门，各驻区单位，有关国有企业：", first=0)

    def P(t):
        para(doc, t); exp.append(t)

    def H1RUN(lead, rest):
        runs(doc, [(lead, HT), (rest, FS)]); exp.append(lead + rest)

    att = "中国（山东）自由贸易试验区青岛片区2024年服务共建“一带一路”改革创新任务台账"
    P("为深入实施自由贸易试验区提升战略，更好服务共建“一带一路”和上合组织地方经贸合作，推动片区改革创新工作项目化、清单化、台账化管理，经片区管委会2024年第3次主任办公会议研究同意，现将《" + att + "》印发给你们，请认真抓好落实。")
    H1RUN("一、实行台账管理。", "各牵头单位要对照台账逐项细化推进计划，明确时间表、路线图，实行“周跟踪、月调度、季通报”，确保各项任务按期完成。完成时限为“长期坚持”的任务，每半年形成一次阶段性成果。")
    H1RUN("二、加强协同配合。", "配合单位要主动对接、密切配合，形成工作合力。涉及省、市事权的事项，由牵头单位会同片区改革创新局积极向上争取。")
    H1RUN("三、及时报送进展。", "请各牵头单位于每季度最后一个月的20日前，将任务推进情况及下一步工作计划报送片区改革创新局（联系人：孙海岚，联系电话：0532-86898127）。")
    attach_line(doc, att)
    luokuan(doc, "中国（山东）自由贸易试验区青岛片区管理委员会", "2024年2月28日", seal, seal_x=6.5, right_org=16)
    para(doc, "（此件公开发布）")

    # ---- 附件: landscape section
    landscape_section(doc)
    para(doc, "附件", HT, first=0)
    for _ in range(QD_SPACER):
        para(doc, "", first=0, line=Pt(20))
    for ln in ["中国（山东）自由贸易试验区青岛片区2024年", "服务共建“一带一路”改革创新任务台账"]:
        para(doc, ln, XBS, 22, first=0, align=C, line=Pt(34))
    para(doc, "", first=0, line=Pt(14))
    exp.append("附件 " + att)
    widths = [1.2, 3.4, 9.5, 2.9, 3.1, 2.4]
    tbl = doc.add_table(rows=1 + len(QD_ROWS), cols=6)
    table_borders(tbl)
    set_col_widths(tbl, widths)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(QD_HDR):
        cell_text(tbl.rows[0].cells[i], h, HT, 12, align=C)
        v_align(tbl.rows[0].cells[i])
    repeat_header(tbl.rows[0])
    cant_split(tbl.rows[0])
    for r, row in enumerate(QD_ROWS, 1):
        for i, v in enumerate(row):
            c = tbl.rows[r].cells[i]
            cell_text(c, v, FS, 12, align=L if i in (1, 2, 4) else C)
            v_align(c, "top" if i == 2 else "center")
    for row in QD_ROWS:
        exp.append(row_clause(QD_HDR, [v.replace("\n", "") for v in row]))

    # 版记 on its own portrait page at the bottom
    portrait_section(doc)
    for _ in range(15):
        para(doc, "", first=0)
    banji(doc, "抄送：青岛市商务局（市自贸办），青岛西海岸新区管委会。", "青岛片区管委会综合办公室", "2024年2月29日")

    out = HERE / f"{stem}.docx"
    doc.save(out)
    convert(out)
    EXPECTED[stem] = [{
        "meta": {
            "title": "关于印发《中国（山东）自由贸易试验区青岛片区2024年服务共建“一带一路”改革创新任务台账》的通知",
            "doc_number": "青自贸片发〔2024〕7号",
            "issuer": ["中国（山东）自由贸易试验区青岛片区管理委员会"],
            "date": "2024-02-28",
            "level": "municipal",
            "region": "山东省青岛市",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "addressees": ["片区各部门", "各驻区单位", "有关国有企业"],
            "printed_by": "青岛片区管委会综合办公室",
            "printed_date": "2024-02-29",
            "doc_type": "通知",
            "public": "此件公开发布",
        },
        "clauses": exp,
        "applies_to": {
            "default": ["中国（山东）自由贸易试验区青岛片区 (青岛市 / 青岛市黄岛区 tolerable; 山东省 = medium)"],
        },
        "_note": (
            "Furniture: red 版头 (the full 管委会 name + '文件', squeezed to 52%), 文号 青自贸片发〔2024〕7号, red rule, THREE title lines split inside the 《》 name (join without spaces; "
            "the title does NOT name the issuer — prefixing it is fine), 主送, 附件说明, 落款 (long organ name) + date + seal, '（此件公开发布）', the landscape attachment's '附件' label and two title lines, "
            "page numbers '— N —', 版记 on its own last portrait page (抄送; '青岛片区管委会综合办公室 2024年2月29日印发' — 2024-02-29 is the 印发 date, not the 成文日期). "
            "Core title property is a stale '2023年任务台账' (using it as title = high). Issuer: the title carries no organ; it must come from 版头/落款. "
            "Level: a 片区 管委会 — municipal (region 青岛) expected; county (黄岛区/西海岸新区) tolerable; provincial because of '中国（山东）' = medium. "
            "Body: 一、二、三、 are 黑体 run-in leads with text in the same paragraph (one clause each). "
            "THE TABLE (landscape, header row repeated on each page, rows may break across pages): the 具体举措 cell of every row holds a numbered list 1./2./3. as separate paragraphs inside the cell. "
            "Each table row must be ONE clause whose 具体举措 field holds the whole list (joined with nothing, a space or a newline — all fine). The numbered items inside a cell must NOT become "
            "clauses of their own labelled 1./2./3. (medium), and must not restart/merge with the body numbering. Row 3 ('推进海陆空铁多式联运“一单制”改革') has a 6-item list that the PDF page-3/4 break cuts INSIDE item 2 ('…在中欧班列（齐鲁' / '号）、上合快线…'), and its 牵头单位 '片区交通运输局' is cut too ('片区交通运' on page 3, '输局' on page 4); row 6 is cut inside its item 2 at the page-4/5 break ('…提供' / '跨境资金结算便利。'): items before and after the cut, and the 牵头单位/配合单位/完成时限 cells (printed on the first part only or centred across both), must all stay in that one row; "
            "the continuation becoming a separate row/clause = medium, losing any item = high, repeated header text or '— N —' inside the row = medium. "
            "完成时限 values (2024年6月底前…12月底前, 长期坚持) and '每季度最后一个月的20日前' are deadlines, not effective/expires (expires 2024-12-31 = medium). No effective/expires; effective = 2024-02-28 is tolerable."
        ),
    }]


def main():
    make_sichuan()
    make_xian()
    make_qingdao()
    for p in HERE.glob("_seal_*.png"):
        p.unlink()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
