# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind test round 129: statistical tables as offices draw them.

Writes, next to this script:
  blind129_chengdu_report.docx  成都市商务局 通报 with two 附件 tables (斜线表头, 竖排 merged group
                                cells, 同比增长 columns with negatives and "—", ①② marks, 合计 row)
  blind129_chengdu_report.pdf   LibreOffice PDF of the above
  blind129_chengdu_indicators.xlsx  the same figures as a workbook ("片区\\n指标" diagonal cell,
                                merged cells, 0.0% number formats, SUM formulas for 合计)
  expected.json                 what a careful human reads out of each file
Run:  python make_blind129.py   (needs python-docx, openpyxl, PIL, soffice)
"""
import json
import math
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "blind129_chengdu_report"
XSTEM = "blind129_chengdu_indicators"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

# ---------------------------------------------------------------- data
# columns of 附件1: (片区, [1—9月, 同比增长]) ; 合计 first as offices do
ZONES = ["合计", "天府新区片区", "青白江铁路港片区"]
# group, indicator, [合计 val, yoy, 天府 val, yoy, 青白江 val, yoy]
T1 = [
    ("外贸", "进出口总额", ["1386.2", "6.8", "1102.7", "4.9", "283.5", "14.9"]),
    ("外贸", "其中：出口", ["781.4", "9.3", "598.1", "7.2", "183.3", "16.8"]),
    ("外贸", "进口", ["604.8", "3.7", "504.6", "2.4", "100.2", "10.8"]),
    ("外贸", "跨境电商交易额", ["96.3", "-4.2", "61.8", "-8.7", "34.5", "5.1"]),
    ("外资", "实际使用外资①", ["6.42", "-12.6", "5.87", "-15.3", "0.55", "37.5②"]),
    ("外资", "新设外商投资企业（家）", ["213", "18.3", "187", "15.4", "26", "—"]),
    ("市场主体", "新增市场主体（万户）", ["4.37", "9.1", "3.86", "8.4", "0.51", "14.6"]),
    ("市场主体", "其中：新增企业（万户）", ["1.92", "11.0", "1.71", "10.3", "0.21", "16.7"]),
    ("市场主体", "期末实有市场主体（万户）", ["38.64", "—", "33.90", "—", "4.74", "—"]),
]
T1_NOTES = [
    "注：①实际使用外资单位为亿美元，按商务部外资统计口径，含境外投资者以利润再投资方式实际到位资金。",
    "②青白江铁路港片区上年同期基数较小（0.40亿美元），增速仅供参考。",
    "“—”表示无可比数据或不计算增速。",
    "数据来源：成都海关、市市场监管局、市商务局外资统计系统。",
]
T1_TITLE = "2024年1—9月自贸试验区成都区域主要经济指标完成情况表"
T2_TITLE = "2024年1—9月自贸试验区成都区域重点开放平台运行情况表"
T2_HEAD = ["片区", "国际班列开行量（列）", "同比增长（%）", "保税物流进出区货值（亿元）", "同比增长（%）", "新增制度创新成果（项）"]
T2 = [
    ["天府新区片区", "—", "—", "142.6", "-3.8", "7"],
    ["青白江铁路港片区", "3862", "5.4", "88.9", "12.1", "5"],
    ["双流协同改革先行区", "—", "—", "57.3", "21.6", "3"],
    ["合计", "3862", "5.4", "288.8", "5.2", "15"],
]
T2_NOTES = [
    "注：1.“—”表示该片区无此项业务。",
    "2.国际班列开行量含中欧班列（成渝）、中老铁路国际货运班列和西部陆海新通道班列。",
]

TITLE = "成都市商务局关于2024年1—9月中国（四川）自由贸易试验区成都区域主要经济指标完成情况的通报"
DOCNO = "成商务发〔2024〕41号"
DATE = "2024年10月21日"
ZHUSONG = "四川天府新区成都管委会，成都高新区管委会，青白江区人民政府，双流区人民政府，市级有关部门："

# body: list of (kind, text[, runs]) ; kinds: p (仿宋 indent), h1 (黑体), h2 (楷体 heading + text in same para), h3 (1. 仿宋)
BODY = [
    ("p", "为全面掌握中国（四川）自由贸易试验区成都区域（以下简称“自贸试验区成都区域”）建设运行情况，市商务局会同市统计局、成都海关、市市场监管局等部门，对2024年1—9月自贸试验区成都区域主要经济指标完成情况进行了统计分析。现将有关情况通报如下。"),
    ("h1", "一、总体情况"),
    ("p", "1—9月，自贸试验区成都区域实现进出口总额1386.2亿元，同比增长6.8%，占全市进出口总额的23.5%；其中，出口781.4亿元，增长9.3%，进口604.8亿元，增长3.7%。实际使用外资6.42亿美元，同比下降12.6%；新设外商投资企业213家，增长18.3%。新增市场主体4.37万户，增长9.1%，期末实有市场主体38.64万户。总体呈现“外贸稳中有进、外资承压回调、市场主体持续活跃”的运行态势。"),
    ("h1", "二、分片区情况"),
    ("h2", "（一）天府新区片区。", "1—9月实现进出口总额1102.7亿元，同比增长4.9%；跨境电商交易额61.8亿元，同比下降8.7%，降幅较上半年收窄3.2个百分点。实际使用外资5.87亿美元，同比下降15.3%，主要受个别重大外资项目资金到位节奏调整影响。新增市场主体3.86万户，增长8.4%。"),
    ("h2", "（二）青白江铁路港片区。", "1—9月实现进出口总额283.5亿元，同比增长14.9%，增速居全省自贸试验区各片区首位；国际班列开行3862列，增长5.4%。实际使用外资0.55亿美元，增长37.5%。新增市场主体0.51万户，增长14.6%。"),
    ("h2", "（三）双流协同改革先行区。", "1—9月保税物流进出区货值57.3亿元，同比增长21.6%，新增制度创新成果3项，其中“航空货运‘一单到底’”改革经验在全省复制推广。"),
    ("h1", "三、存在的问题"),
    ("p", "一是外资到位持续承压。受全球跨境投资收缩等因素影响，1—9月自贸试验区成都区域实际使用外资连续三个季度负增长，新设外资企业以中小项目为主，单个项目到位资金超过1000万美元的仅9个。二是跨境电商增速回落。天府新区片区跨境电商交易额同比下降8.7%，部分头部企业业务向省外综合保税区转移。三是统计基础仍需夯实。部分片区数据报送不及时、口径不统一，个别指标存在漏报现象。"),
    ("h1", "四、下一步工作"),
    ("h2only", "（一）全力稳外资。"),
    ("p", "1.加强重大外资项目跟踪服务。对合同外资5000万美元以上的在建项目实行“一项目一专班”，按月调度资金到位情况。"),
    ("p", "2.拓展外资招引渠道。"),
    ("p", "（1）依托中欧班列（成渝）通道优势，面向德国、波兰、匈牙利等共建“一带一路”国家开展精准招商；"),
    ("p", "（2）用好中国西部国际博览会、中国—欧洲中心等平台，第四季度举办专题投资推介活动不少于3场。"),
    ("h2", "（二）推动外贸回稳向好。", "支持青白江铁路港片区扩大“班列+跨境电商”出口规模，推动天府新区片区跨境电商企业用好1210保税进口模式，力争全年自贸试验区成都区域进出口总额增长7%以上。"),
    ("h2", "（三）加强统计监测。", "各片区管理机构要严格执行自贸试验区统计报表制度，于每月8日前将上月指标数据报送市商务局自由贸易试验区工作处（联系人：李明远，联系电话：028-61889375）。"),
]

CHAOSONG = "抄送：市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅，省商务厅。"
YINFA_L = "成都市商务局办公室"
YINFA_R = "2024年10月21日印发"


# ---------------------------------------------------------------- docx helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def para(doc_or_cell, text="", name=FS, size=16, align=None, indent=True, bold=False, color=None, exact=28.9, before=0, after=0):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align is not None:
        p.alignment = align
    if text:
        font(p.add_run(text), name, size, bold, color)
    return p


def p_border(p, side="bottom", sz=12, color="FF0000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def add_page_field(p, name=SONG, size=14):
    font(p.add_run("— "), name, size)
    r = p.add_run()
    font(r, name, size)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = p.add_run(); font(r2, name, size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; r2._r.append(it)
    r3 = p.add_run(); font(r3, name, size)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    r4 = p.add_run("1"); font(r4, name, size)
    r5 = p.add_run(); font(r5, name, size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)
    font(p.add_run(" —"), name, size)


def gbt_margins(sec, landscape=False):
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
    sec.footer_distance = Mm(28) if not landscape else Mm(15)
    sec.header_distance = Mm(15)


def cell_set(cell, text_lines, size=10.5, name=FS, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    first = True
    for line in text_lines if isinstance(text_lines, list) else [text_lines]:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        p.paragraph_format.line_spacing = Pt(size + 5)
        font(p.add_run(line), name, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def tc_pr_child(cell, tag, attrs):
    tcpr = cell._tc.get_or_add_tcPr()
    old = tcpr.find(qn(tag))
    if old is not None:
        tcpr.remove(old)
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), v)
    # schema order: tcW, gridSpan, vMerge, tcBorders, shd, noWrap, tcMar, textDirection, tcFitText, vAlign
    order = ["w:tcW", "w:gridSpan", "w:vMerge", "w:tcBorders", "w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"]
    idx = order.index(tag)
    for i, ch in enumerate(list(tcpr)):
        t = ch.tag.replace("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}", "w:")
        if t in order and order.index(t) > idx:
            ch.addprevious(e)
            return e
    tcpr.append(e)
    return e


def diag(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    b = tc_pr_child(cell, "w:tcBorders", {})
    d = OxmlElement("w:tl2br")
    d.set(qn("w:val"), "single"); d.set(qn("w:sz"), "4"); d.set(qn("w:space"), "0"); d.set(qn("w:color"), "000000")
    b.append(d)


def table_borders(tbl, sz=4):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def set_widths(tbl, widths_cm):
    tbl.autofit = False
    for row in tbl.rows:
        for i, c in enumerate(row.cells):
            c.width = Cm(widths_cm[i])
    grid = tbl._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))


def make_seal(path):
    S = 600
    im = Image.new("RGBA", (S, S), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    red = (226, 20, 20, 215)
    d.ellipse((12, 12, S - 12, S - 12), outline=red, width=16)
    # star
    cx, cy, R, r = S / 2, S / 2, 78, 31
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rad = R if k % 2 == 0 else r
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=red)
    f = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 74, index=2)
    text = "成都市商务局"
    n = len(text)
    span = 210
    for i, ch in enumerate(text):
        a = -90 - span / 2 + span * (i + 0.5) / n
        tile = Image.new("RGBA", (110, 110), (255, 255, 255, 0))
        ImageDraw.Draw(tile).text((55, 55), ch, font=f, fill=red, anchor="mm")
        tile = tile.rotate(-(a + 90), resample=Image.BICUBIC)
        rr = S / 2 - 85
        x = cx + rr * math.cos(math.radians(a)) - 55
        y = cy + rr * math.sin(math.radians(a)) - 55
        im.alpha_composite(tile, (int(x), int(y)))
    im.save(path)


def float_picture(run, path, width_mm, x_mm, y_mm):
    run.add_picture(path, width=Mm(width_mm))
    inline = run._r.xpath(".//wp:inline")[0]
    ext = inline.find(qn("wp:extent"))
    cx, cy = ext.get("cx"), ext.get("cy")
    graphic = inline.find(qn("a:graphic"))
    anchor = parse_xml(
        f'<wp:anchor {nsdecls("wp", "a", "pic", "r")} distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        f'relativeHeight="251659264" behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{int(Mm(x_mm))}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{int(Mm(y_mm))}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="901" name="公章"/><wp:cNvGraphicFramePr/></wp:anchor>'
    )
    anchor.append(graphic)
    inline.getparent().replace(inline, anchor)


# ---------------------------------------------------------------- docx
def build_docx(path, seal_png):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    doc.settings.odd_and_even_pages_header_footer = True
    sec = doc.sections[0]
    gbt_margins(sec)
    # footers: odd right, even left, "— N —"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(14)
    add_page_field(fp)
    ep = sec.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(14)
    add_page_field(ep)

    # 版头
    doc.paragraphs[0]._p.getparent().remove(doc.paragraphs[0]._p) if doc.paragraphs else None
    p = para(doc, "", indent=False, exact=None, before=18)
    p = para(doc, "成都市商务局文件", XBS, 50, WD_ALIGN_PARAGRAPH.CENTER, indent=False, color=RED, exact=None)
    r = p.runs[0]
    rpr = r._r.get_or_add_rPr()
    w = OxmlElement("w:w"); w.set(qn("w:val"), "85"); rpr.append(w)  # 字符缩放，版头扁宋
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, DOCNO, FS, 16, WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=6)
    p_border(p, "bottom", sz=18, color="FF0000", space=12)
    para(doc, "", indent=False)
    # 标题
    para(doc, "成都市商务局关于2024年1—9月", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    para(doc, "中国（四川）自由贸易试验区成都区域", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    para(doc, "主要经济指标完成情况的通报", XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    para(doc, "", indent=False)
    para(doc, ZHUSONG, FS, 16, indent=False)
    for item in BODY:
        kind = item[0]
        if kind == "p":
            para(doc, item[1])
        elif kind == "h1":
            para(doc, item[1], HT, 16)
        elif kind == "h2only":
            para(doc, item[1], KT, 16)
        elif kind == "h2":
            p = para(doc, "")
            font(p.add_run(item[1]), KT, 16)
            font(p.add_run(item[2]), FS, 16)
    para(doc, "")
    p = para(doc, "附件：1." + T1_TITLE, FS, 16, indent=False)
    p.paragraph_format.left_indent = Pt(16 * 5)
    p.paragraph_format.first_line_indent = Pt(-16 * 3)
    p = para(doc, "2." + T2_TITLE, FS, 16, indent=False)
    p.paragraph_format.left_indent = Pt(16 * 5)  # 与“1.”对齐
    para(doc, "")
    para(doc, "")
    p = para(doc, "成都市商务局", FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16 * 4)
    float_picture(p.add_run(), seal_png, 42, 95, -18)
    p = para(doc, DATE, FS, 16, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16 * 4)
    para(doc, "（此件公开发布）", FS, 16)

    # 附件1 — landscape section
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    gbt_margins(s2, landscape=True)
    para(doc, "附件1", HT, 16, indent=False)
    para(doc, T1_TITLE, XBS, 20, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=32, after=4)
    para(doc, "单位：亿元、%", FS, 12, WD_ALIGN_PARAGRAPH.RIGHT, indent=False, exact=20)
    ncol = 2 + 2 * len(ZONES)
    tbl = doc.add_table(rows=2 + len(T1), cols=ncol)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl)
    set_widths(tbl, [1.2, 5.6] + [2.6, 2.3] * len(ZONES))
    # header row 1 & 2
    for zi, z in enumerate(ZONES):
        c = tbl.cell(0, 2 + 2 * zi).merge(tbl.cell(0, 3 + 2 * zi))
        cell_set(c, z, 12, HT)
        cell_set(tbl.cell(1, 2 + 2 * zi), "1—9月", 12, HT)
        cell_set(tbl.cell(1, 3 + 2 * zi), "同比增长", 12, HT)
    tl = tbl.cell(0, 0).merge(tbl.cell(1, 1))
    # 斜线表头: two lines typed with spaces (片区 top right, 指标 bottom left)
    cell_set(tl, ["　　　　　　　　　　片区", "指标"], 12, HT, align=WD_ALIGN_PARAGRAPH.LEFT)
    diag(tl)
    # body rows
    for ri, (g, ind, vals) in enumerate(T1):
        r = 2 + ri
        cell_set(tbl.cell(r, 1), ind, 12, FS, align=WD_ALIGN_PARAGRAPH.LEFT)
        for vi, v in enumerate(vals):
            cell_set(tbl.cell(r, 2 + vi), v, 12, FS)
    # group cells merged down, vertical text
    groups = []
    for ri, (g, _, _) in enumerate(T1):
        if groups and groups[-1][0] == g:
            groups[-1][2] = ri
        else:
            groups.append([g, ri, ri])
    for g, a, b in groups:
        c = tbl.cell(2 + a, 0).merge(tbl.cell(2 + b, 0))
        cell_set(c, g, 12, HT)
        tc_pr_child(c, "w:textDirection", {"w:val": "tbRlV"})
    for n in T1_NOTES:
        p = para(doc, n, FS, 12, indent=False, exact=20)
        if not n.startswith("注"):
            p.paragraph_format.left_indent = Pt(36)

    # 附件2 + 版记 — portrait section
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    gbt_margins(s3)
    para(doc, "附件2", HT, 16, indent=False)
    para(doc, "", indent=False)
    para(doc, T2_TITLE, XBS, 20, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=32, after=4)
    para(doc, "单位：列、亿元、%、项", FS, 12, WD_ALIGN_PARAGRAPH.RIGHT, indent=False, exact=20)
    tbl2 = doc.add_table(rows=1 + len(T2), cols=len(T2_HEAD))
    tbl2.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl2)
    set_widths(tbl2, [3.4, 2.3, 2.2, 2.9, 2.2, 2.5])
    for i, h in enumerate(T2_HEAD):
        cell_set(tbl2.cell(0, i), h, 12, HT)
    for ri, row in enumerate(T2):
        for ci, v in enumerate(row):
            cell_set(tbl2.cell(1 + ri, ci), v, 12, HT if row[0] == "合计" else FS)
    for n in T2_NOTES:
        p = para(doc, n, FS, 12, indent=False, exact=20)
        if not n.startswith("注"):
            p.paragraph_format.left_indent = Pt(24)
    for _ in range(5):
        para(doc, "", indent=False)
    # 版记 as a two-row table with horizontal rules only
    bj = doc.add_table(rows=2, cols=1)
    tblPr = bj._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, sz in (("top", 8), ("insideH", 4), ("bottom", 8)):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "0"); e.set(qn("w:color"), "000000")
        b.append(e)
    for side in ("left", "right", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)
    set_widths(bj, [15.6])
    c = bj.cell(0, 0)
    cell_set(c, CHAOSONG, 14, FS, align=WD_ALIGN_PARAGRAPH.LEFT)
    c.paragraphs[0].paragraph_format.left_indent = Pt(14)
    c.paragraphs[0].paragraph_format.first_line_indent = Pt(0)
    c = bj.cell(1, 0)
    cell_set(c, YINFA_L + "　" * 9 + YINFA_R, 14, FS, align=WD_ALIGN_PARAGRAPH.LEFT)
    c.paragraphs[0].paragraph_format.left_indent = Pt(14)
    doc.core_properties.author = "shangwuju"
    doc.core_properties.title = ""
    doc.save(path)


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- xlsx
def build_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook()
    ws = wb.active
    ws.title = "1-9月指标"
    fs = Font(name="仿宋_GB2312", size=11)
    hb = Font(name="黑体", size=11)
    ws.merge_cells("A1:H1")
    ws["A1"] = "2024年1-9月中国（四川）自由贸易试验区成都区域主要经济指标完成情况表"
    ws["A1"].font = Font(name="方正小标宋简体", size=16)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 36
    ws.merge_cells("A2:D2")
    ws["A2"] = "填报单位：成都市商务局（盖章）"
    ws["A2"].font = fs
    ws.merge_cells("F2:H2")
    ws["F2"] = "单位：亿元、%"
    ws["F2"].font = fs
    ws["F2"].alignment = Alignment(horizontal="right")
    # header
    ws.merge_cells("A3:B4")
    ws["A3"] = "片区\n指标"
    ws["A3"].alignment = Alignment(wrap_text=True, horizontal="left", vertical="center")
    ws["A3"].font = hb
    diagb = Border(left=thin, right=thin, top=thin, bottom=thin, diagonal=Side(style="thin", color="000000"), diagonalDown=True)
    for rr in (3, 4):
        for cc in ("A", "B"):
            ws[f"{cc}{rr}"].border = diagb
    cols = ["C", "D", "E", "F", "G", "H"]
    for zi, z in enumerate(ZONES):
        a, b = cols[2 * zi], cols[2 * zi + 1]
        ws.merge_cells(f"{a}3:{b}3")
        ws[f"{a}3"] = z
        ws[f"{a}4"] = "1-9月"
        ws[f"{b}4"] = "同比增长"
        for c in (f"{a}3", f"{b}3", f"{a}4", f"{b}4"):
            ws[c].font = hb
            ws[c].alignment = Alignment(horizontal="center", vertical="center")
            ws[c].border = box
    r0 = 5
    for ri, (g, ind, vals) in enumerate(T1):
        r = r0 + ri
        ws[f"B{r}"] = ind
        ws[f"B{r}"].font = fs
        ws[f"B{r}"].border = box
        ws[f"A{r}"].border = box
        for vi, v in enumerate(vals):
            c = ws[f"{cols[vi]}{r}"]
            is_yoy = vi % 2 == 1
            if vi == 0 and v not in ("—",):
                # 合计 value as formula = 天府 + 青白江
                c.value = f"=E{r}+G{r}"
                c.number_format = "0" if "." not in v else "0." + "0" * len(v.split(".")[1])
            elif v == "—" or "②" in v:
                c.value = (v.replace("②", "%②") if "②" in v else v)
            elif is_yoy:
                c.value = round(float(v) / 100, 4)
                c.number_format = "0.0%"
            else:
                c.value = float(v) if "." in v else int(v)
                c.number_format = "0" if "." not in v else "0." + "0" * len(v.split(".")[1])
            c.font = fs
            c.border = box
            c.alignment = Alignment(horizontal="center")
    # groups merged down, vertical text
    groups = []
    for ri, (g, _, _) in enumerate(T1):
        if groups and groups[-1][0] == g:
            groups[-1][2] = ri
        else:
            groups.append([g, ri, ri])
    for g, a, b in groups:
        ws.merge_cells(f"A{r0 + a}:A{r0 + b}")
        ws[f"A{r0 + a}"] = g
        ws[f"A{r0 + a}"].font = hb
        ws[f"A{r0 + a}"].alignment = Alignment(text_rotation=255, horizontal="center", vertical="center")
    r = r0 + len(T1)
    for n in T1_NOTES:
        ws.merge_cells(f"A{r}:H{r}")
        ws[f"A{r}"] = n
        ws[f"A{r}"].font = Font(name="仿宋_GB2312", size=10)
        r += 1
    ws[f"A{r + 1}"] = "填报人：李明远　　　审核人：周洁　　　填报日期：2024年10月18日"
    ws[f"A{r + 1}"].font = fs
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 26
    for c in cols:
        ws.column_dimensions[c].width = 11
    ws.row_dimensions[3].height = 22
    ws.row_dimensions[4].height = 22

    # sheet 2: 合计 row with SUM formulas
    w2 = wb.create_sheet("重点平台")
    w2.merge_cells("A1:F1")
    w2["A1"] = "2024年1-9月自贸试验区成都区域重点开放平台运行情况表"
    w2["A1"].font = Font(name="方正小标宋简体", size=16)
    w2["A1"].alignment = Alignment(horizontal="center")
    w2.merge_cells("D2:F2")
    w2["D2"] = "单位：列、亿元、%、项"
    w2["D2"].alignment = Alignment(horizontal="right")
    letters = "ABCDEF"
    for i, h in enumerate(T2_HEAD):
        c = w2[f"{letters[i]}3"]
        c.value = h.replace("同比增长（%）", "同比增长")
        c.font = hb
        c.border = box
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for ri, row in enumerate(T2):
        r = 4 + ri
        for ci, v in enumerate(row):
            c = w2[f"{letters[ci]}{r}"]
            if row[0] == "合计" and ci in (1, 3, 5):
                c.value = f"=SUM({letters[ci]}4:{letters[ci]}{r - 1})"
                c.number_format = "0.0" if ci == 3 else "0"
            elif v == "—" or ci == 0:
                c.value = v
            elif ci in (2, 4):
                c.value = round(float(v) / 100, 4)
                c.number_format = "0.0%"
            else:
                c.value = float(v) if "." in v else int(v)
                c.number_format = "0.0" if "." in v else "0"
            c.border = box
            c.font = hb if row[0] == "合计" else fs
            c.alignment = Alignment(horizontal="center")
    r = 4 + len(T2)
    for n in T2_NOTES:
        w2.merge_cells(f"A{r}:F{r}")
        w2[f"A{r}"] = n
        r += 1
    w2.column_dimensions["A"].width = 20
    for c in "BCDEF":
        w2.column_dimensions[c].width = 14
    w2.row_dimensions[3].height = 32
    wb.properties.creator = "Administrator"
    tmp = tempfile.mkdtemp()
    raw = os.path.join(tmp, os.path.basename(path))
    wb.save(raw)
    # let LibreOffice recalculate so the formulas carry cached values, as an Excel-saved file would
    out = os.path.join(tmp, "out")
    os.makedirs(out)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, raw], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(out, os.path.basename(path)), path)
    shutil.rmtree(tmp)


# ---------------------------------------------------------------- expected
def pct(v):
    return v


def t1_rows(month="1—9月"):
    rows, app = [], []
    for g, ind, vals in T1:
        parts = [f"类别：{g}", f"指标：{ind}"]
        for zi, z in enumerate(ZONES):
            parts.append(f"{z}·{month}：{vals[2 * zi]}")
            parts.append(f"{z}·同比增长：{vals[2 * zi + 1]}")
        rows.append("；".join(parts))
        app.append(["成都市（自贸试验区成都区域合计）", "天府新区片区", "青白江铁路港片区"])
    return rows, app


def t2_rows():
    rows, app = [], []
    for row in T2:
        rows.append("；".join(f"{h}：{v}" for h, v in zip(T2_HEAD, row)))
        app.append(["成都市（自贸试验区成都区域合计）"] if row[0] == "合计" else [row[0]])
    return rows, app


def body_clauses():
    cl, app = [], []
    area = "成都市（自贸试验区成都区域）"
    for item in BODY:
        t = item[1] if len(item) == 2 else item[1] + item[2]
        cl.append(t)
        if "天府新区片区。" in t[:12]:
            app.append(["天府新区片区"])
        elif "青白江铁路港片区。" in t[:12]:
            app.append(["青白江铁路港片区"])
        elif "双流协同改革先行区。" in t[:14]:
            app.append(["双流协同改革先行区（双流区）"])
        else:
            app.append([area])
    return cl, app


def expected():
    bc, ba = body_clauses()
    r1, a1 = t1_rows()
    r2, a2 = t2_rows()
    notes1 = T1_NOTES
    notes2 = T2_NOTES
    clauses = bc + r1 + notes1 + r2 + notes2
    applies = ba + a1 + [["成都市（自贸试验区成都区域）"], ["青白江铁路港片区"], ["成都市（自贸试验区成都区域）"], ["成都市（自贸试验区成都区域）"]] + a2 + [["成都市（自贸试验区成都区域）"]] * 2
    doc = {
        "meta": {
            "title": TITLE,
            "doc_number": DOCNO,
            "issuer": ["成都市商务局"],
            "date": "2024-10-21",
            "level": "municipal",
            "region": "四川省成都市",
            "effective": None,
            "expires": None,
            "attachments": [T1_TITLE, T2_TITLE],
            "doc_type": "通报",
            "main_recipients": ZHUSONG.rstrip("："),
            "publicity": "此件公开发布",
            "cc": CHAOSONG,
            "printed_by": YINFA_L,
            "printed_date": "2024-10-21",
        },
        "clauses": clauses,
        "applies": applies,
        "_note": (
            "Furniture, not clauses: red 版头 成都市商务局文件, 文号 line, 标题 (two lines, must join into one title), 主送, "
            "落款 成都市商务局 + date + seal image, 附注 （此件公开发布）, 附件说明 block (should become meta.attachments), "
            "the 附件1/附件2 labels, the two attachment table titles, the 单位 lines, table header rows (斜线表头 '片区'/'指标' "
            "must not become a value or a row), 版记 table (抄送/印发), footer page numbers '— N —'. "
            "Heading-only paragraphs (一、总体情况 …, （一）全力稳外资。) may be section labels instead of clauses — tolerable. "
            "'一是…二是…三是' paragraph may stay one clause or split in three — tolerable. "
            "Table rows: the group column (外贸/外资/市场主体, vertical text, merged down) has no header of its own — any naming "
            "(类别/指标 prefix, or group folded into the indicator) is tolerable, but every row must carry its group and every value "
            "must carry BOTH its 片区 (合计/天府新区片区/青白江铁路港片区) and its sub-column (1—9月 or 同比增长). "
            "Values must stay literal: negatives '-12.6', '—' for missing, '37.5②' with the footnote mark (or mark split off as a note ref). "
            "Units: 实际使用外资 is in 亿美元 (note ①) not 亿元 — a unit attached from the 单位 line would be wrong for that row. "
            "Table-2 rows: the two '同比增长（%）' columns belong to the column to their left (班列 / 货值); tolerable to write them as "
            "'国际班列开行量 同比增长'. The 合计 row applies to the whole 成都区域. Splitting 附件 into separate documents is tolerable if metadata "
            "is still right. 'applies' is parallel to 'clauses'."
        ),
    }
    # xlsx: same figures, sheet titles use '1-9月'; values shown as Excel displays them
    def fmt_yoy(v):
        if v == "—":
            return v
        if "②" in v:
            return v.replace("②", "%②")
        return f"{float(v):.1f}%"

    xr1, xa1 = [], []
    for g, ind, vals in T1:
        parts = [f"类别：{g}", f"指标：{ind}"]
        for zi, z in enumerate(ZONES):
            parts.append(f"{z}·1-9月：{vals[2 * zi]}")
            parts.append(f"{z}·同比增长：{fmt_yoy(vals[2 * zi + 1])}")
        xr1.append("；".join(parts))
        xa1.append(["成都市（自贸试验区成都区域合计）", "天府新区片区", "青白江铁路港片区"])
    xr2, xa2 = [], []
    h2 = [h.replace("同比增长（%）", "同比增长") for h in T2_HEAD]
    for row in T2:
        vals = [fmt_yoy(v) if i in (2, 4) else v for i, v in enumerate(row)]
        xr2.append("；".join(f"{h}：{v}" for h, v in zip(h2, vals)))
        xa2.append(["成都市（自贸试验区成都区域合计）"] if row[0] == "合计" else [row[0]])
    xdoc = {
        "meta": {
            "title": "2024年1-9月中国（四川）自由贸易试验区成都区域主要经济指标完成情况表",
            "doc_number": None,
            "issuer": ["成都市商务局"],
            "date": "2024-10-18",
            "level": "municipal",
            "region": "四川省成都市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "sheets": ["1-9月指标", "重点平台"],
        },
        "clauses": xr1 + T1_NOTES + xr2 + T2_NOTES,
        "applies": xa1 + [["成都市（自贸试验区成都区域）"], ["青白江铁路港片区"], ["成都市（自贸试验区成都区域）"], ["成都市（自贸试验区成都区域）"]] + xa2 + [["成都市（自贸试验区成都区域）"]] * 2,
        "_note": (
            "Furniture: title rows (merged A1), '填报单位：成都市商务局（盖章）' (gives issuer), '单位：…' lines, header rows 3-4 with "
            "the diagonal cell '片区\\n指标' (must not become a data value nor a column named '片区 指标' swallowing the group column), "
            "'填报人/审核人/填报日期' line (gives the date 2024-10-18; not a clause). Growth cells hold fractions (0.068) with number "
            "format 0.0% — reader should show '6.8%' (tolerable: '0.068' or '6.8'; wrong: '0.068' read as 0.068%). '合计' column (sheet 1) and "
            "合计 row (sheet 2) are formulas with cached values — must show numbers, not '=E5+G5' or empty. Merged group cells A5:A8 etc. "
            "(vertical text, text_rotation=255) must propagate to each row. Two sheets may be two documents — tolerable; "
            "the second sheet's title would then be '2024年1-9月自贸试验区成都区域重点开放平台运行情况表'."
        ),
    }
    return {STEM: [doc], XSTEM: [xdoc]}


def main():
    tmp = tempfile.mkdtemp()
    seal = os.path.join(tmp, "seal.png")
    make_seal(seal)
    dp = os.path.join(HERE, STEM + ".docx")
    build_docx(dp, seal)
    to_pdf(dp)
    build_xlsx(os.path.join(HERE, XSTEM + ".xlsx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
    shutil.rmtree(tmp)
    print("ok")


if __name__ == "__main__":
    main()
