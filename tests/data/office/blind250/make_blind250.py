# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 250: notices calling people to events (会议 / 培训班 / 展会) on
一带一路 / 自贸试验区 / 跨境电商 topics.  Writes every file next to itself plus
expected.json.  Run:  . /work/venv/bin/activate && python make_blind250.py
All documents, numbers, names, addresses and phone numbers are fictional."""
import io
import json
import os
import random
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS, HT, KT, XBS, SONG = "仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
BR = object()          # soft line break marker inside a paragraph
ALIGN = {"J": WD_ALIGN_PARAGRAPH.JUSTIFY, "C": WD_ALIGN_PARAGRAPH.CENTER,
         "L": WD_ALIGN_PARAGRAPH.LEFT, "R": WD_ALIGN_PARAGRAPH.RIGHT,
         "D": WD_ALIGN_PARAGRAPH.DISTRIBUTE}
PPR_AFTER_BDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                 "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                 "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                 "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                 "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                 "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


# ----------------------------------------------------------------- helpers
def set_font(r, name, size=16, bold=False, color=None):
    r.font.name = name
    rpr = r._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    latin = "Times New Roman" if name in (FS, KT, SONG) else name
    rf.set(qn("w:ascii"), latin)
    rf.set(qn("w:hAnsi"), latin)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:cs"), name)
    r.font.size = Pt(size)
    r.font.bold = bold
    if color is not None:
        r.font.color.rgb = color
    return r


def para(box, segs=(), align="J", first=2, size=16, line=28, left=None, right=None,
         before=0, after=0, font=FS, page_break_before=False):
    p = box.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.first_line_indent = Pt(size * first) if first else Pt(0)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if page_break_before:
        pf.page_break_before = True
    p.alignment = ALIGN[align]
    if isinstance(segs, str):
        segs = [segs]
    for s in segs:
        if s is BR:
            p.add_run().add_break()
        elif isinstance(s, str):
            set_font(p.add_run(s), font, size)
        else:
            t, f = s[0], s[1]
            set_font(p.add_run(t), f, s[2] if len(s) > 2 else size,
                     s[3] if len(s) > 3 else False, s[4] if len(s) > 4 else None)
    return p


def seg_text(segs):
    out = []
    for s in segs:
        if s is BR:
            out.append("\n")
        elif isinstance(s, str):
            out.append(s)
        else:
            out.append(s[0])
    return "".join(out)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def p_border(p, side="bottom", color="E60012", sz=18, space=1):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        pPr.insert_element_before(bdr, *PPR_AFTER_BDR)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    bdr.append(b)


def p_double_border(p, side, color="E60012", val="thickThinSmallGap", sz=24):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), val)
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.insert_element_before(bdr, *PPR_AFTER_BDR)


def table_borders(t, top=None, bottom=None, insideH=None, left=None, right=None, insideV=None):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for name, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right),
                    ("insideH", insideH), ("insideV", insideV)):
        e = OxmlElement("w:" + name)
        if v is None:
            e.set(qn("w:val"), "nil")
        else:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(v))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, segs, align="C", size=14, font=FS, line=20, bold=False):
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    p = cell.paragraphs[0]
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(2)
    pf.space_after = Pt(2)
    p.alignment = ALIGN[align]
    if isinstance(segs, str):
        segs = [segs]
    for s in segs:
        if s is BR:
            p.add_run().add_break()
        else:
            set_font(p.add_run(s), font, size, bold)
    return p


def set_widths(t, widths_mm):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in t.rows:
        for i, w in enumerate(widths_mm):
            if i < len(row.cells):
                row.cells[i].width = Mm(w)


def row_height(row, mm):
    row.height = Mm(mm)


def add_page_field(p):
    set_font(p.add_run("— "), SONG, 14)
    r = p.add_run()
    set_font(r, SONG, 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._element.append(e)
    set_font(p.add_run(" —"), SONG, 14)


def setup_page(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.top_margin, section.bottom_margin = Mm(28), Mm(26)
        section.left_margin, section.right_margin = Mm(37), Mm(35)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance = Mm(15)
    section.footer_distance = Mm(25)


def new_doc(first_page_no_number=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)
    sec = doc.sections[0]
    setup_page(sec)
    doc.settings.odd_and_even_pages_header_footer = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(14)
    add_page_field(fp)
    ep = sec.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(14)
    add_page_field(ep)
    if first_page_no_number:
        sec.different_first_page_header_footer = True
    # body paragraphs of the template start empty
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    return doc


def banji(doc, chaosong, yinfa_organ, yinfa_date):
    """版记: 抄送 row and 印发 row between black rules."""
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, top=8, bottom=8, insideH=4)
    set_widths(t, [156])
    c = t.rows[0].cells[0]
    p = c.paragraphs[0]
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(-14 * 3)
    p.paragraph_format.left_indent = Pt(14 * 4)
    set_font(p.add_run(chaosong), FS, 14)
    c = t.rows[1].cells[0]
    p = c.paragraphs[0]
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(150), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run(yinfa_organ + "\t" + yinfa_date), FS, 14)
    return t


def blank_lines(doc, n, line=28):
    for _ in range(n):
        para(doc, "", first=0, line=line)


def red_header_single(doc, organ_mark, docno, size=36):
    blank_lines(doc, 1)
    para(doc, [(organ_mark, XBS, size, False, RED)], align="C", first=0, line=size + 14)
    blank_lines(doc, 1)
    para(doc, [(docno, FS, 16)], align="C", first=0)
    p = para(doc, "", first=0, line=12)
    p_border(p, "bottom", sz=18)
    blank_lines(doc, 1)


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_250",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fake_qr_png(seed):
    from PIL import Image
    rnd = random.Random(seed)
    n = 29
    m = [[rnd.random() < 0.5 for _ in range(n)] for _ in range(n)]
    for r0, c0 in ((0, 0), (0, n - 7), (n - 7, 0)):
        for i in range(-1, 8):
            for j in range(-1, 8):
                r, c = r0 + i, c0 + j
                if 0 <= r < n and 0 <= c < n:
                    inside = 0 <= i <= 6 and 0 <= j <= 6
                    m[r][c] = inside and (i in (0, 6) or j in (0, 6) or (2 <= i <= 4 and 2 <= j <= 4))
    for k in range(8, n - 8):
        m[6][k] = m[k][6] = (k % 2 == 0)
    s, q = 8, 4
    img = Image.new("L", ((n + 2 * q) * s, (n + 2 * q) * s), 255)
    px = img.load()
    for r in range(n):
        for c in range(n):
            if m[r][c]:
                for a in range(s):
                    for b in range(s):
                        px[(c + q) * s + b, (r + q) * s + a] = 0
    bio = io.BytesIO()
    img.save(bio, "PNG")
    bio.seek(0)
    return bio


EXPECTED = {}


# ===================================================================== doc 1
YN_TITLE = "关于召开全省中国（云南）自由贸易试验区建设推进会的通知"
YN_DOCNO = "云商自贸〔2025〕21号"
YN_RECIP = "各州、市人民政府，中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区管委会，省自贸试验区工作领导小组各成员单位："
YN_PRE = ("为深入贯彻党中央、国务院关于实施自由贸易试验区提升战略的决策部署，全面总结中国（云南）自由贸易试验区"
          "（以下简称云南自贸试验区）建设经验，研究部署2025年重点任务，"
          "经省人民政府同意，定于4月29日召开全省自贸试验区建设推进会。现将有关事项通知如下：")
# body structure: ("h", heading) | ("p", segs)
YN_BODY = [
    ("h", "一、会议时间"),
    ("p", ["2025年4月29日（星期二）上午9:00，会期半天。州、市及片区参会人员于4月28日（星期一）14:00—20:00在会议中心一楼大堂报到。"]),
    ("h", "二、会议地点"),
    ("p", ["云南省国际会议中心二楼滇池厅（昆明市官渡区春城路1088号）。"]),
    ("h", "三、参会人员"),
    ("p", ["（一）省人民政府分管副省长、联系副秘书长。"]),
    ("p", ["（二）省自贸试验区工作领导小组各成员单位分管负责同志1名。"]),
    ("p", ["（三）各州、市人民政府分管负责同志，商务主管部门主要负责同志。"]),
    ("p", ["（四）昆明片区、红河片区、德宏片区管委会主要负责同志及自贸业务处室负责同志各1名。"]),
    ("p", ["（五）昆明海关、人民银行云南省分行、国家金融监督管理总局云南监管局等中央驻滇单位分管负责同志。"]),
    ("h", "四、会议议程"),
    ("p", ["（一）观看云南自贸试验区建设成效专题片。"]),
    ("p", ["（二）省商务厅通报2024年云南自贸试验区建设情况，部署2025年重点工作。"]),
    ("p", ["（三）昆明片区、红河片区、德宏片区作交流发言。"]),
    ("p", ["（四）省发展改革委、昆明海关作交流发言。"]),
    ("p", ["（五）省人民政府分管副省长讲话。"]),
    ("h", "五、有关要求"),
    ("p", [("（一）报送回执。", KT), "请各参会单位于4月24日（星期四）17:00前将参会回执（附件1）加盖公章后扫描发送至电子邮箱ynzmq_tjh@163.com，"
           "逾期未报送的视为不参会。"]),
    ("p", [("（二）准备发言材料。", KT), "请昆明、红河、德宏片区管委会于4月25日（星期五）12:00前将交流发言材料（3000字以内，发言时间不超过8分钟）"
           "报送省商务厅自贸试验区处；发言材料须经片区管委会主要负责同志审定。"]),
    ("p", [("（三）遵守会风会纪。", KT), "请参会人员提前20分钟入场，按桌签就座；会议期间将手机调至静音状态，不得随意走动、接打电话。",
           BR, "本次会议不安排新闻报道，会议材料会后统一收回。"]),
    ("p", [("（四）会务保障。", KT), "会议不收取会务费，昆明市以外参会人员由会务组统一安排住宿，差旅费回原单位按规定报销。"]),
]
YN_CONTACT = ["联系人：省商务厅自贸处　杨晓岚　0871—63218745",
              "省发展改革委开放处　段志宏　0871—63157026"]
YN_ATTS = ["参会回执", "会议日程安排"]
YN_SCHED_HEAD = ["时间", "内容", "主持/发言"]
YN_HOST = "省人民政府联系副秘书长主持"
YN_SCHED = [
    ["4月28日（星期一）14:00—20:00", "报到（云南省国际会议中心一楼大堂）", "会务组"],
    ["4月29日（星期二）9:00—9:10", "观看云南自贸试验区建设成效专题片", YN_HOST],
    ["9:10—9:30", "省商务厅通报2024年云南自贸试验区建设情况，部署2025年重点工作", YN_HOST],
    ["9:30—10:00", "昆明片区、红河片区、德宏片区交流发言（每个片区不超过8分钟）", YN_HOST],
    ["10:00—10:20", "省发展改革委、昆明海关交流发言", YN_HOST],
    ["10:20—11:00", "省人民政府分管副省长讲话", YN_HOST],
    ["11:00", "会议结束", ""],
]
PIANQU = ["中国（云南）自由贸易试验区昆明片区", "中国（云南）自由贸易试验区红河片区",
          "中国（云南）自由贸易试验区德宏片区"]


def yn_body_clauses():
    out = [YN_PRE]
    for kind, v in YN_BODY:
        if kind == "p":
            out.append(seg_text(v))
    return out


def yn_meta(published):
    return {"title": YN_TITLE, "doc_number": YN_DOCNO,
            "issuer": ["云南省商务厅", "云南省发展和改革委员会"],
            "date": "2025-04-18", "published": published, "level": "provincial",
            "region": "云南省", "effective": None, "expires": None,
            "attachments": YN_ATTS, "doc_type": "通知",
            "recipients": ["各州、市人民政府", "中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区管委会",
                           "省自贸试验区工作领导小组各成员单位"],
            "publicity": "此件公开发布", "repeals": None,
            "contact": ["省商务厅自贸处 杨晓岚 0871—63218745",
                        "省发展改革委开放处 段志宏 0871—63157026"]}


def make_yunnan():
    doc = new_doc()
    # 联合行文版头: organ names stacked, "文件" merged on the right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [124, 32])
    for i, name in enumerate(["云南省商务厅", "云南省发展和改革委员会"]):
        c = t.cell(i, 0)
        c.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(46)
        set_font(p.add_run(name), XBS, 28, False, RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("文件"), XBS, 40, False, RED)
    para(doc, YN_DOCNO, align="C", first=0)
    p = para(doc, "", first=0, line=12)
    p_border(p, "bottom", sz=18)
    # title with a soft break
    para(doc, [("关于召开全省中国（云南）自由贸易试验区", XBS, 22), BR, ("建设推进会的通知", XBS, 22)],
         align="C", first=0, line=35, before=12)
    blank_lines(doc, 1)
    para(doc, YN_RECIP, align="J", first=0)
    para(doc, YN_PRE)
    for kind, v in YN_BODY:
        if kind == "h":
            para(doc, [(v, HT)])
        else:
            para(doc, v)
    for i, c in enumerate(YN_CONTACT):
        para(doc, c, first=2 if i == 0 else 0, left=None if i == 0 else 16 * 6)
    blank_lines(doc, 1)
    para(doc, "附件：1. 参会回执", first=2)
    para(doc, "2. 会议日程安排", first=0, left=16 * 5)
    blank_lines(doc, 1)
    # 落款 of a joint document laid out in a borderless table (common habit)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [78, 78])
    cell_text(t.cell(0, 0), "云南省商务厅", size=16)
    cell_text(t.cell(0, 1), "云南省发展和改革委员会", size=16)
    para(doc, "2025年4月18日", align="R", first=0, right=16 * 4)
    para(doc, "（此件公开发布）", first=2)

    # 附件1 参会回执
    page_break(doc)
    para(doc, [("附件1", HT)], first=0)
    blank_lines(doc, 1)
    para(doc, [("参会回执", XBS, 22)], align="C", first=0, line=35)
    blank_lines(doc, 1)
    para(doc, "填报单位（盖章）：", first=0)
    t = doc.add_table(rows=7, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [52, 30, 36, 38])
    for i, h in enumerate(["单位", "姓名", "职务", "联系电话"]):
        cell_text(t.cell(0, i), h, font=HT, size=16, line=24)
    for r in t.rows[1:]:
        row_height(r, 13)
    para(doc, "", first=0)
    para(doc, "填报人：　　　　　　　　联系电话：", first=0)

    # 附件2 会议日程安排 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(sec, landscape=True)
    para(doc, [("附件2", HT)], first=0)
    blank_lines(doc, 1)
    para(doc, [("会议日程安排", XBS, 22)], align="C", first=0, line=35)
    blank_lines(doc, 1)
    t = doc.add_table(rows=1 + len(YN_SCHED), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [70, 110, 45]
    for i, h in enumerate(YN_SCHED_HEAD):
        cell_text(t.cell(0, i), h, font=HT, size=16, line=24)
    for ri, row in enumerate(YN_SCHED, start=1):
        cell_text(t.cell(ri, 0), row[0], size=14, line=20)
        cell_text(t.cell(ri, 1), row[1], align="L", size=14, line=20)
        if ri in (1, len(YN_SCHED)):
            cell_text(t.cell(ri, 2), row[2], size=14, line=20)
    merged = t.cell(2, 2).merge(t.cell(6, 2))
    cell_text(merged, YN_HOST, size=14, line=20)
    set_widths(t, widths)

    # 版记 on its own (even) page, portrait again
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(sec)
    blank_lines(doc, 19)
    banji(doc, "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅。", "云南省商务厅办公室", "2025年4月21日印发")

    path = os.path.join(HERE, "blind250_yunnan_huiyi.docx")
    doc.save(path)
    to_pdf(path)

    clauses = yn_body_clauses()
    for row in YN_SCHED:
        clauses.append("；".join(f"{h}：{v}" for h, v in zip(YN_SCHED_HEAD, row) if v))
    EXPECTED["blind250_yunnan_huiyi"] = [{
        "meta": yn_meta("2025-04-21"),
        "clauses": clauses,
        "applies_to": {"specific": {"（二）准备发言材料。请昆明、红河、德宏片区管委会": PIANQU}},
    }]


# ===================================================================== doc 4 (HTML of doc 1)
def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_yunnan_html():
    body = []
    for kind, v in YN_BODY:
        if kind == "h":
            body.append(f'<p style="text-indent:2em;"><strong>{html_esc(v)}</strong></p>')
        else:
            parts = []
            for s in v:
                if s is BR:
                    parts.append("<br/>")
                elif isinstance(s, str):
                    parts.append(html_esc(s))
                else:
                    parts.append(f"<span style=\"font-family:楷体\">{html_esc(s[0])}</span>")
            body.append(f'<p style="text-indent:2em;">{"".join(parts)}</p>')
    body_html = "\n".join(body)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{YN_TITLE}_通知公告_云南省商务厅</title>
<meta name="SiteName" content="云南省商务厅">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{YN_TITLE}">
<meta name="PubDate" content="2025-04-22 10:36">
<meta name="ContentSource" content="自贸试验区处">
<link rel="stylesheet" href="/css/common.css">
</head>
<body>
<div class="top-bar"><div class="w1200"><span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span>
<a href="/">网站首页</a> | <a href="/wza/">无障碍</a> | <a href="/en/">English</a></div></div>
<div class="header"><div class="w1200"><img src="/images/logo.png" alt="云南省商务厅"><div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div></div>
<div class="nav"><ul>
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwdt/">商务动态</a></li>
<li><a href="/zmq/">自贸试验区</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="w1200 main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
<table class="xxgk-meta">
<tr><th>索引号：</th><td>11530000015123456X/2025-00871</td><th>主题分类：</th><td>商贸、海关、旅游\\对外经贸合作</td></tr>
<tr><th>发文机关：</th><td>云南省商务厅　云南省发展和改革委员会</td><th>成文日期：</th><td>2025年04月18日</td></tr>
<tr><th>标　　题：</th><td colspan="3">{YN_TITLE}</td></tr>
<tr><th>发文字号：</th><td>{YN_DOCNO}</td><th>发布日期：</th><td>2025年04月22日</td></tr>
</table>
<div class="article">
<h1 class="art-title">{YN_TITLE}</h1>
<div class="art-info">发布日期：2025-04-22 10:36　　来源：自贸试验区处　　浏览次数：<span id="hits">1286</span>　　字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></div>
<div class="art-content" id="zoom">
<p style="text-align:center;">{YN_DOCNO}</p>
<p>{html_esc(YN_RECIP)}</p>
<p style="text-indent:2em;">{html_esc(YN_PRE)}</p>
{body_html}
<p style="text-indent:2em;">{YN_CONTACT[0]}</p>
<p style="text-indent:6em;">{YN_CONTACT[1]}</p>
<p style="text-indent:2em;">附件：<a href="/uploadfile/2025/0422/20250422103512871.docx">1.参会回执.docx</a></p>
<p style="text-indent:5em;"><a href="/uploadfile/2025/0422/20250422103513094.pdf">2.会议日程安排.pdf</a></p>
<p style="text-align:right;">云南省商务厅　　云南省发展和改革委员会</p>
<p style="text-align:right;">2025年4月18日</p>
<p style="text-indent:2em;">（此件公开发布）</p>
</div>
<div class="art-files"><h3>相关附件：</h3>
<ul><li><a href="/uploadfile/2025/0422/20250422103512871.docx">附件1.参会回执.docx</a></li>
<li><a href="/uploadfile/2025/0422/20250422103513094.pdf">附件2.会议日程安排.pdf</a></li></ul></div>
<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="art-prevnext">
<p>上一篇：<a href="/zwgk/tzgg/202504/t20250418_1188.html">关于公布2025年度云南省跨境电商产业园区认定名单的通知</a></p>
<p>下一篇：<a href="/zwgk/tzgg/202504/t20250425_1193.html">关于开展2025年外贸企业出口信用保险统保平台申报工作的通知</a></p>
</div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="/about/">关于我们</a> | <a href="/sitemap/">网站地图</a> | <a href="/contact/">联系我们</a></p>
<p>主办单位：云南省商务厅　地址：昆明市五华区人民中路（示例）　邮编：650021</p>
<p>滇ICP备05001234号-1　滇公网安备 53010202000123号　网站标识码：5300000099</p>
</div></div>
</body>
</html>
"""
    with open(os.path.join(HERE, "blind250_yunnan_wangye.html"), "w", encoding="utf-8") as f:
        f.write(html)
    EXPECTED["blind250_yunnan_wangye"] = [{
        "meta": yn_meta("2025-04-22"),
        "clauses": yn_body_clauses(),
        "applies_to": {"specific": {"（二）准备发言材料。请昆明、红河、德宏片区管委会": PIANQU}},
    }]


# ===================================================================== doc 2
NB_TITLE = "关于举办2025年全市跨境电商业务培训班的通知"
NB_DOCNO = "甬商务函〔2025〕57号"
NB_RECIP = "各区（县、市）商务主管部门，宁波保税区、宁波梅山综合保税区、宁波前湾新区经济发展部门，各有关企业："
NB_PRE = ("为深入推进中国（宁波）跨境电子商务综合试验区建设，帮助企业用好用足跨境电商政策、拓展共建“一带一路”国家市场，"
          "市商务局决定联合宁波海关、国家税务总局宁波市税务局举办2025年全市跨境电商业务培训班。现将有关事项通知如下：")
NB_ITEMS = [
    "跨境电商最新政策解读，包括跨境电商出口（9610、9710、9810）和网购保税进口（1210）监管模式及操作要点；",
    "跨境电商出口退（免）税、“无票免税”和企业所得税核定征收政策实务；",
    "跨境电商B2B出口通关便利化及跨境电商出口海外仓企业备案；",
    "公共海外仓建设运营及共建“一带一路”国家市场开拓；",
    "跨境电商知识产权保护、数据合规与收结汇风险防范；",
    "跨境电商龙头企业经验分享，赴宁波梅山综合保税区跨境电商产业园现场教学。",
]
NB_BODY = [
    ("h", "一、培训时间和地点"),
    ("p", [("（一）培训时间：", KT), "2025年6月12日—13日（星期四至星期五），6月11日（星期三）14:00—18:00报到。"]),
    ("p", [("（二）培训地点：", KT), "宁波市跨境电子商务人才培训基地二楼报告厅（宁波市鄞州区学士路655号）。"]),
    ("h", "二、培训对象"),
    ("p", ["各区（县、市）商务主管部门跨境电商工作分管负责同志及业务骨干；跨境电商企业、外贸综合服务企业、公共海外仓企业、"
           "跨境电商平台企业负责人及业务骨干。每家单位限报2人，全市共计200人，额满为止。"]),
    ("h", "三、培训内容"),
    ("list", NB_ITEMS),
    ("h", "四、报名方式"),
    ("p", ["请参训人员于6月5日（星期四）17:00前扫描下方二维码在线报名；不便扫码的，可将单位名称、参训人员姓名、职务、手机号码"
           "发送至电子邮箱nbswj_kjds@163.com，邮件主题请注明“跨境电商培训报名+单位名称”。报名成功后将以短信形式发送参训确认。"]),
    ("qr", "扫码报名"),
    ("p", [("五、培训费用。", HT), "本次培训不收取培训费，培训期间午餐由主办单位统一安排，交通及住宿费用由参训单位自理。"]),
    ("h", "六、有关要求"),
    ("p", ["（一）参训人员须全程参加培训，不得无故缺席、迟到、早退；培训结束后经考核合格的，由市商务局颁发结业证书。"]),
    ("p", ["（二）各区（县、市）商务主管部门要做好辖区内企业的宣传动员，每个区（县、市）至少组织10家重点跨境电商企业参训。"]),
    ("p", ["（三）培训期间请自觉遵守课堂纪律，将手机调至静音状态；请参训人员携带笔记本电脑参加实务操作环节。"]),
]
NB_CONTACT = ["联系人：市商务局电子商务处　陈雪薇，电话：0574—89186352",
              "报名技术支持　何一鸣，电话：13957416283"]


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>')
    numbering.insert(0, absn)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return 90


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
    pPr.insert_element_before(numPr, "w:suppressLineNumbers", *PPR_AFTER_BDR)


def make_ningbo():
    doc = new_doc(first_page_no_number=True)
    num_id = add_numbering(doc)
    # 信函格式版头: full organ name, red double rule, 文号 right-aligned under the rule
    para(doc, [("宁波市商务局", XBS, 40, False, RED)], align="C", first=0, line=56)
    p = para(doc, "", first=0, line=10)
    p_double_border(p, "bottom", val="thickThinSmallGap", sz=24)
    para(doc, NB_DOCNO, align="R", first=0, right=16)
    blank_lines(doc, 1)
    para(doc, [("关于举办2025年全市跨境电商业务", XBS, 22), BR, ("培训班的通知", XBS, 22)], align="C", first=0, line=35)
    blank_lines(doc, 1)
    para(doc, NB_RECIP, first=0)
    para(doc, NB_PRE)
    clauses = [NB_PRE]
    for kind, v in NB_BODY:
        if kind == "h":
            para(doc, [(v, HT)])
        elif kind == "p":
            para(doc, v)
            clauses.append(seg_text(v))
        elif kind == "list":
            for i, it in enumerate(v, 1):
                p = para(doc, it, first=2)
                set_num(p, num_id)
                clauses.append(f"{i}.{it}")
        elif kind == "qr":
            p = para(doc, "", align="C", first=0, line=12)
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            p.add_run().add_picture(fake_qr_png(250), width=Mm(32))
            para(doc, [(v, KT, 14)], align="C", first=0, line=22)
    for i, c in enumerate(NB_CONTACT):
        para(doc, c, first=2 if i == 0 else 0, left=None if i == 0 else 16 * 2)
    blank_lines(doc, 2)
    para(doc, "宁波市商务局", align="R", first=0, right=16 * 4)
    para(doc, "2025年5月20日", align="R", first=0, right=16 * 4)
    blank_lines(doc, 1)
    para(doc, "（此件公开发布）", first=2)
    blank_lines(doc, 16)
    # 信函格式: 版记 has only 抄送, no rules, no 印发机关/日期
    para(doc, "抄送：宁波海关，国家税务总局宁波市税务局。", first=0, size=14, left=14)

    path = os.path.join(HERE, "blind250_ningbo_peixun.docx")
    doc.save(path)
    to_pdf(path)
    EXPECTED["blind250_ningbo_peixun"] = [{
        "meta": {"title": NB_TITLE, "doc_number": NB_DOCNO, "issuer": ["宁波市商务局"],
                 "date": "2025-05-20", "published": None, "level": "municipal", "region": "宁波市",
                 "effective": None, "expires": None, "attachments": [], "doc_type": "通知",
                 "recipients": ["各区（县、市）商务主管部门", "宁波保税区、宁波梅山综合保税区、宁波前湾新区经济发展部门",
                                "各有关企业"],
                 "publicity": "此件公开发布", "repeals": None,
                 "contact": ["市商务局电子商务处 陈雪薇 0574—89186352", "报名技术支持 何一鸣 13957416283"]},
        "clauses": clauses,
        "applies_to": {"specific": {}},
    }]


# ===================================================================== doc 3
GS_TITLE = "关于组织企业参加2025年“一带一路”（阿拉木图）中国商品博览会的通知"
GS_DOCNO = "甘商务贸发〔2025〕33号"
GS_RECIP = "各市（州）商务局，兰州新区经济发展局，有关外贸企业："
GS_ATT = "2025年“一带一路”（阿拉木图）中国商品博览会参展报名表"
GS_PRE = ("为深入贯彻落实共建“一带一路”倡议，推动我省企业深度开拓中亚市场，根据《甘肃省2025年重点国际展会计划》安排，"
          "省商务厅将组织我省企业参加2025年“一带一路”（阿拉木图）中国商品博览会（以下简称阿拉木图展），"
          "并对参展企业给予展位费等补贴支持。现将有关事项通知如下：")
GS_BODY = [
    ("h", "一、展会基本情况"),
    ("p", [("（一）展会时间：", KT), "2025年9月17日—20日，布展时间为9月15日—16日。"]),
    ("p", [("（二）展会地点：", KT), "哈萨克斯坦共和国阿拉木图市阿塔肯特国际展览中心。"]),
    ("p", [("（三）组织单位：", KT), "主办单位为中国—中亚经贸合作促进会（拟），甘肃展区承办单位为甘肃省国际经济贸易促进中心。"]),
    ("p", [("（四）展区设置：", KT), "展会设机械设备、建材五金、农副产品及食品、纺织服装、新能源及汽车配件五大展区，"
           "总面积约2万平方米，其中甘肃展区约600平方米。"]),
    ("h", "二、参展条件"),
    ("p", ["1.在甘肃省内依法注册登记、具有独立法人资格，有进出口经营实绩或已办理对外贸易经营者备案登记；"]),
    ("p", ["2.参展产品为本企业生产或经营的产品，质量符合哈萨克斯坦及欧亚经济联盟相关技术法规和认证要求；"]),
    ("p", ["3.近三年内无海关、税务、外汇、市场监管等方面严重违法失信记录。"]),
    ("h", "三、展位补贴政策"),
    ("p", [("（一）标准展位补贴。", KT), "标准展位（9平方米）展位费为每个2800美元，省级外经贸发展专项资金按实际发生展位费的70%给予补贴，"
           "每家企业补贴不超过2个标准展位。"]),
    ("p", [("（二）特装展位补贴。", KT), "特装展位按实际面积以每9平方米折算为1个标准展位给予补贴，每家企业补贴面积不超过36平方米，"
           "特装搭建费用不予补贴。"]),
    ("p", [("（三）人员费用补贴。", KT), "对每家参展企业1名参展人员的往返国际机票（经济舱）给予50%补贴，单人补贴最高不超过4000元。"]),
    ("p", [("（四）兰州新区配套补贴。", KT), "兰州新区综合保税区内注册企业参展的，由兰州新区管委会在省级补贴基础上，"
           "再按展位费的20%给予配套补贴，省级和新区补贴合计不超过实际发生展位费的90%。"]),
    ("p", [("（五）申请与拨付。", KT), "同一参展项目已获得其他省级财政资金支持的，不得重复申请本次补贴。",
           BR, "补贴资金实行先参展后拨付，参展企业应于展会结束后30日内通过所在市（州）商务局提交补贴申请材料，逾期不予受理。"]),
    ("h", "四、报名程序"),
    ("p", [("（一）企业报名。", KT), "有意参展企业请于2025年7月10日（星期四）前填写《参展报名表》（附件），经所在市（州）商务局审核盖章后，"
           "将扫描件发送至电子邮箱gsswt_zhanhui@126.com，原件寄送省商务厅对外贸易发展处。"]),
    ("p", [("（二）审核确认。", KT), "省商务厅会同承办单位根据企业出口规模、产品与中亚市场契合度等情况确定参展企业名单，"
           "并于7月25日前通知企业缴纳展位费。展位数量有限，额满为止。"]),
    ("p", [("（三）办理出境手续。", KT), "确定参展的企业应于8月15日前自行办理护照、签证等出境手续，逾期未办妥的视为自动放弃。"]),
    ("h", "五、其他事项"),
    ("p", ["（一）参展企业须严格遵守外事纪律和展会所在国法律法规，不得携带违禁物品出境，不得展示涉嫌侵犯知识产权的产品。"]),
    ("p", ["（二）展品统一由承办单位指定的国际物流企业运输，展品须于8月20日前运抵乌鲁木齐集货仓库，经霍尔果斯口岸出境。"]),
    ("p", ["（三）各市（州）商务局要高度重视，积极组织辖区内重点外贸企业报名参展，做好政策宣传和报名审核工作。"]),
    ("p", ["（四）天水市、酒泉市作为我省对中亚出口重点地区，当地商务局要各组织不少于5家企业报名参展。"]),
]
GS_CONTACT = ["联系人：省商务厅对外贸易发展处　马俊峰，电话：0931—8826147",
              "甘肃省国际经济贸易促进中心　孙婷，电话：0931—8452093，手机：13893127406"]


def make_gansu():
    doc = new_doc()
    red_header_single(doc, "甘肃省商务厅文件", GS_DOCNO, size=38)
    # title on two separate paragraphs
    para(doc, [("关于组织企业参加2025年“一带一路”", XBS, 22)], align="C", first=0, line=35)
    para(doc, [("（阿拉木图）中国商品博览会的通知", XBS, 22)], align="C", first=0, line=35)
    blank_lines(doc, 1)
    para(doc, GS_RECIP, first=0)
    para(doc, GS_PRE)
    clauses = [GS_PRE]
    for kind, v in GS_BODY:
        if kind == "h":
            para(doc, [(v, HT)])
        else:
            para(doc, v)
            clauses.append(seg_text(v))
    for i, c in enumerate(GS_CONTACT):
        para(doc, c, first=2 if i == 0 else 0, left=None if i == 0 else 16 * 2)
    blank_lines(doc, 1)
    para(doc, [f"附件：{GS_ATT}"], first=2, left=None)
    blank_lines(doc, 2)
    para(doc, "甘肃省商务厅", align="R", first=0, right=16 * 4)
    para(doc, "2025年6月9日", align="R", first=0, right=16 * 4)
    blank_lines(doc, 1)
    para(doc, "（此件主动公开）", first=2)

    # 附件: 报名表 (blank form with merged cells)
    para(doc, [("附件", HT)], first=0, page_break_before=True)
    blank_lines(doc, 1)
    para(doc, [("2025年“一带一路”（阿拉木图）中国商品博览会", XBS, 20)], align="C", first=0, line=30)
    para(doc, [("参展报名表", XBS, 20)], align="C", first=0, line=30)
    blank_lines(doc, 1)
    rows = [
        ("企业名称", None),
        ("统一社会信用代码", "所在市（州）"),
        ("联系人", "职务"),
        ("手机", "电子邮箱"),
        ("企业类型", "□生产型企业　□流通型企业　□外贸综合服务企业"),
        ("2024年进出口额（万美元）", "其中对中亚出口额（万美元）"),
        ("主要参展产品", ""),
        ("展位需求", "□标准展位＿＿个　　□特装展位＿＿平方米"),
        ("是否为兰州新区综合保税区内注册企业", "□是　　□否"),
        ("市（州）商务局审核意见", "（盖章）\n年　　月　　日"),
    ]
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [42, 38, 38, 38]
    set_widths(t, widths)
    for ri, (lab, second) in enumerate(rows):
        cell_text(t.cell(ri, 0), lab, size=14)
        if lab in ("统一社会信用代码", "联系人", "手机", "2024年进出口额（万美元）"):
            cell_text(t.cell(ri, 2), second, size=14)
            row_height(t.rows[ri], 11)
        else:
            m = t.cell(ri, 1).merge(t.cell(ri, 3))
            if second:
                if "\n" in second:
                    a, b = second.split("\n")
                    cell_text(m, [a, BR, b], align="R", size=14, line=26)
                    row_height(t.rows[ri], 26)
                else:
                    cell_text(m, second, align="L", size=14)
                    row_height(t.rows[ri], 11)
            else:
                row_height(t.rows[ri], 22 if lab == "主要参展产品" else 11)
    set_widths(t, widths)

    # 版记 on the last page
    para(doc, "", first=0, page_break_before=True)
    blank_lines(doc, 18)
    banji(doc, "抄送：省财政厅，兰州海关，中国信保甘肃分公司。", "甘肃省商务厅办公室", "2025年6月10日印发")

    path = os.path.join(HERE, "blind250_gansu_zhanhui.docx")
    doc.save(path)
    to_pdf(path)
    specific = {}
    for c in clauses:
        if c.startswith("（四）兰州新区配套补贴"):
            specific[c[:24]] = ["兰州新区综合保税区"]
        if c.startswith("（四）天水市、酒泉市"):
            specific[c[:22]] = ["天水市", "酒泉市"]
    EXPECTED["blind250_gansu_zhanhui"] = [{
        "meta": {"title": GS_TITLE, "doc_number": GS_DOCNO, "issuer": ["甘肃省商务厅"],
                 "date": "2025-06-09", "published": "2025-06-10", "level": "provincial", "region": "甘肃省",
                 "effective": None, "expires": None, "attachments": [GS_ATT], "doc_type": "通知",
                 "recipients": ["各市（州）商务局", "兰州新区经济发展局", "有关外贸企业"],
                 "publicity": "此件主动公开", "repeals": None,
                 "contact": ["省商务厅对外贸易发展处 马俊峰 0931—8826147",
                             "甘肃省国际经济贸易促进中心 孙婷 0931—8452093 13893127406"]},
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }]


if __name__ == "__main__":
    make_yunnan()
    make_yunnan_html()
    make_ningbo()
    make_gansu()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("written:", sorted(os.listdir(HERE)))
