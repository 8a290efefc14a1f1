# ruff: noqa
#!/usr/bin/env python
"""Write the 321th round of blind test files next to this script.

(a) 洛阳市人民政府办公室 印发 中欧班列 实施方案 with a landscape 任务清单 (docx + pdf)
(b) 赣州市商务局 赣州市财政局 joint 通知 on 跨境电商综试区 专项资金 申报 (docx + pdf)
(c) 襄阳市人民政府 意见 on 内陆开放高地, as the government web page (html)
plus expected.json.
"""
import json
import os
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"


# ---------------------------------------------------------------- helpers
def set_run_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt_para(p, align=None, first_indent=True, size=16, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        pf.first_line_indent = Pt(size * 2)
    return p


def para(doc, segments, align=None, first_indent=True, size=16, line=28, before=0, after=0):
    """segments: str or list of (text, font, bold) ; '\n' inside text -> soft line break."""
    p = doc.add_paragraph()
    fmt_para(p, align, first_indent, size, line, before, after)
    if isinstance(segments, str):
        segments = [(segments, FS, False)]
    for seg in segments:
        text, font, bold = seg[0], seg[1], seg[2]
        color = seg[3] if len(seg) > 3 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_run_font(r, font, size, bold, color)
            if i < len(parts) - 1:
                r.add_break()
    return p


def blank(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt_para(p, first_indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt_para(p, first_indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def border(p, side="bottom", color="FF0000", sz=12, space=1):
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


def add_field(run_parent_p, instr, font=SONG, size=14):
    r1 = run_parent_p.add_run()
    set_run_font(r1, font, size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r1._element.append(f1)
    r2 = run_parent_p.add_run()
    set_run_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._element.append(it)
    r3 = run_parent_p.add_run()
    set_run_font(r3, font, size)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r3._element.append(f3)


def page_number_footer(footer, align):
    p = footer.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        pf.right_indent = Pt(14)
    elif align == WD_ALIGN_PARAGRAPH.LEFT:
        pf.left_indent = Pt(14)
    r = p.add_run("— ")
    set_run_font(r, SONG, 14)
    add_field(p, "PAGE")
    r = p.add_run(" —")
    set_run_font(r, SONG, 14)


def setup_a4(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.top_margin, section.bottom_margin = Mm(25), Mm(22)
        section.left_margin, section.right_margin = Mm(30), Mm(30)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(25) if not landscape else Mm(14)


def base_doc(odd_even=True):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    setup_a4(sec)
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        page_number_footer(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
        page_number_footer(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)
    else:
        page_number_footer(sec.footer, WD_ALIGN_PARAGRAPH.CENTER)
    return doc


def cell_text(cell, text, font=FS, size=11, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(size + 5)
    r = p.add_run(text)
    set_run_font(r, font, size, bold)
    tcpr = cell._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), "center")
    tcpr.append(va)


def table_borders(tbl, val="single"):
    tblpr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), "4" if val != "nil" else "0")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000" if val != "nil" else "auto")
        b.append(e)
    tblpr.append(b)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def banji(doc, lines, tab=Mm(150)):
    """版记: first line has a top rule (thick), last line bottom rule; inner thin rules."""
    ps = []
    for i, (left, right) in enumerate(lines):
        p = doc.add_paragraph()
        fmt_para(p, first_indent=False, size=14, line=26)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        r = p.add_run(left)
        set_run_font(r, FS, 14)
        if right:
            # right part pushed with a right-aligned tab
            tabs = p.paragraph_format.tab_stops
            tabs.add_tab_stop(tab, alignment=2)  # RIGHT
            r = p.add_run("\t" + right)
            set_run_font(r, FS, 14)
        ps.append(p)
    border(ps[0], "top", "000000", 12, 4)
    for p in ps[1:]:
        border(p, "top", "000000", 4, 4)
    border(ps[-1], "bottom", "000000", 12, 4)
    return ps


def to_pdf(docx_path):
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_321",
         "--convert-to", "pdf", "--outdir", str(HERE), str(docx_path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def clause_para(doc, text, runin=None, runin_font=None, bold=False):
    """A body paragraph; if runin is given, the leading run-in heading is set in its own font."""
    if runin and text.startswith(runin):
        return para(doc, [(runin, runin_font or FS, bold), (text[len(runin):], FS, False)])
    return para(doc, text)


# =================================================================== (a) 洛阳
A_TITLE = "洛阳市人民政府办公室关于印发洛阳市推进中欧班列高质量发展打造内陆开放高地实施方案（2025—2027年）的通知"
A_NO = "洛政办〔2025〕41号"
A_PLAN = "洛阳市推进中欧班列高质量发展打造内陆开放高地实施方案（2025—2027年）"

A_NOTICE = ("各县区人民政府，市人民政府各部门，洛阳高新区、洛阳经开区、洛阳综合保税区管委会，各有关单位：",
            "《洛阳市推进中欧班列高质量发展打造内陆开放高地实施方案（2025—2027年）》已经市政府同意，现印发给你们，请结合实际认真贯彻执行。")

A_PREAMBLE = ("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，"
              "进一步发挥中欧班列（洛阳）的通道牵引作用，结合我市实际，制定本方案。")

# (kind, run-in or None, text); kind: h1 heading / h2 heading alone / c clause / c2 continuation paragraph of previous clause
A_BODY = [
    ("h1", None, "一、总体要求"),
    ("c", "（一）基本思路。", "（一）基本思路。坚持“通道+枢纽+产业”一体推进，以中欧班列为牵引，以洛阳国际陆港、洛阳综合保税区和中国（河南）自由贸易试验区洛阳片区为支撑，加快构建联通中亚、辐射欧洲的国际物流网络。"),
    ("c", "（二）主要目标。", "（二）主要目标。到2027年，中欧班列（洛阳）年开行量达到600列以上，回程班列占比提高到35%以上；开通国际线路12条以上，覆盖中亚、欧洲15个以上国家；经班列运输的进出口货值年均增长15%以上，全市进出口总额突破500亿元。"),
    ("h1", None, "二、重点任务"),
    ("c", "（一）拓展国际物流通道。", "（一）拓展国际物流通道。巩固洛阳至阿拉木图、塔什干中亚班列线路，加密经阿拉山口、霍尔果斯口岸出境至德国杜伊斯堡、汉堡的欧洲方向线路，探索开行经二连浩特至蒙古国乌兰巴托的班列。力争2026年实现欧洲方向班列每周稳定开行2列以上。"),
    ("h2", None, "（二）提升枢纽集结能力"),
    ("c", "1.建设洛阳国际陆港。", "1.建设洛阳国际陆港。在偃师区规划建设洛阳国际陆港核心区，配套建设铁路专用线、海关监管作业场所和多式联运集装箱堆场，2026年底前建成投用一期工程。"),
    ("c", "2.完善综保区保税功能。", "2.完善综保区保税功能。支持洛阳综合保税区开展“班列+保税”业务，引进保税物流、保税维修和保税展示交易项目，对区内企业经中欧班列进出口的货物实行“直提直装”。"),
    ("c", "3.培育回程货源。", "3.培育回程货源。依托洛阳国际陆港建设进口商品集散分拨中心，扩大中亚农产品、欧洲汽车零部件和机械设备进口。"),
    ("c", "（三）发展“班列+跨境电商”。", "（三）发展“班列+跨境电商”。支持中国（河南）自由贸易试验区洛阳片区建设跨境电商海外仓公共服务平台，开展跨境电商出口拼箱集拼业务，探索“跨境电商+中欧班列+海外仓”一体化模式；对在片区内新设立的跨境电商企业，前两年给予办公场地租金减半支持。"),
    ("c", "（四）推动“班列+产业”融合。", "（四）推动“班列+产业”融合。以装备制造、新材料、农产品加工为重点，建立中欧班列重点客户企业库，组织企业“抱团”使用中欧班列运输，培育一批年出口额超亿元的班列“大客户”。"),
    ("c", "（五）优化口岸营商环境。", "（五）优化口岸营商环境。推广“提前申报”“两步申报”等通关模式，推动洛阳海关与阿拉山口、霍尔果斯等边境口岸海关开展“铁路快通”合作，压缩班列货物整体通关时间。"),
    ("c", "（六）建设县域集货节点。", "（六）建设县域集货节点。支持伊川县、栾川县分别依托铝精深加工、钼钨新材料产业建设中欧班列县域集货点，对集货点建设运营给予每个不超过200万元的一次性补助。"),
    ("h1", None, "三、保障措施"),
    ("c", "（一）加强组织领导。", "（一）加强组织领导。成立由市政府分管副市长任组长的中欧班列高质量发展工作专班，专班办公室设在市口岸办（市商务局）。"),
    ("c", "（二）强化资金支持。", "（二）强化资金支持。统筹市级开放型经济发展专项资金，对中欧班列（洛阳）开行给予运费补贴，补贴标准逐年递减，2027年起原则上不再给予单列补贴。"),
    ("c2", None, "补贴资金的具体申报、审核和拨付办法，由市商务局会同市财政局另行制定。"),
    ("c", "（三）加强督导考核。", "（三）加强督导考核。将班列开行、货源组织等工作纳入对各县区和市直有关部门的年度目标考核，市口岸办每季度通报工作进展情况。"),
    ("c", None, "本方案自2025年8月1日起施行，有效期至2027年12月31日。"),
]

A_ATT = "洛阳市推进中欧班列高质量发展重点任务清单"
A_HEAD = ["序号", "任务", "责任单位", "完成时限"]
# rows: ("cat", text) or (no, task, unit, deadline); deadline None = merged with the row above
A_ROWS = [
    ("cat", "一、通道建设"),
    ("1", "新开通洛阳至阿拉木图、塔什干中亚回程班列线路，实现双向常态化开行", "市口岸办、市发展改革委", "2025年12月底前"),
    ("2", "开通经阿拉山口至汉堡的欧洲方向班列线路，欧洲方向每周开行2列以上", "市口岸办、市商务局", None),
    ("cat", "二、平台建设"),
    ("3", "建成洛阳国际陆港一期工程（铁路专用线、海关监管作业场所）", "偃师区人民政府、市发展改革委", "2026年12月底前"),
    ("4", "开展“班列+保税”业务，引进保税物流、保税维修项目3个以上", "洛阳综合保税区管委会、洛阳海关", "2026年6月底前"),
    ("5", "建成跨境电商海外仓公共服务平台并上线运行", "自贸试验区洛阳片区管委会、市商务局", None),
    ("cat", "三、产业与货源"),
    ("6", "组织矿山装备、轴承企业经中欧班列出口，年发运量达到80标箱以上", "涧西区人民政府", "2026年12月底前"),
    ("7", "建设铝精深加工产品中欧班列集货点", "伊川县人民政府", None),
    ("8", "组织钼钨制品经中欧班列出口，年发运量达到60标箱以上", "栾川县人民政府", None),
    ("9", "建设孟津区跨境电商产业园，引进跨境电商企业20家以上", "孟津区人民政府", None),
    ("10", "建设进口商品展示交易中心，常年展销中亚、欧洲进口商品", "洛龙区人民政府、市商务局", "2027年6月底前"),
    ("cat", "四、口岸与服务"),
    ("11", "推动洛阳北郊机场航空口岸扩大开放，争取开通国际货运航线", "市口岸办、市交通运输局", "2027年12月底前"),
    ("12", "建立中欧班列运行监测和季度通报制度", "市口岸办", "长期坚持"),
]
A_ROW_PLACES = {"3": ["偃师区"], "4": ["洛阳综合保税区"], "5": ["中国（河南）自由贸易试验区洛阳片区"],
                "6": ["涧西区"], "7": ["伊川县"], "8": ["栾川县"], "9": ["孟津区"], "10": ["洛龙区"]}


def a_row_clauses():
    out, last_deadline = [], None
    for r in A_ROWS:
        if r[0] == "cat":
            continue
        no, task, unit, dl = r
        if dl is None:
            dl = last_deadline
        last_deadline = dl
        out.append((no, f"序号：{no}；任务：{task}；责任单位：{unit}；完成时限：{dl}"))
    return out


def make_a():
    doc = base_doc(odd_even=True)
    # 版头
    para(doc, [("洛阳市人民政府办公室文件", XBS, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
         first_indent=False, size=30, line=44)
    blank(doc, 1)
    p = para(doc, A_NO, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    blank(doc, 1)
    # title: breaks over three lines with soft line breaks
    para(doc, [("洛阳市人民政府办公室\n关于印发洛阳市推进中欧班列高质量发展打造\n内陆开放高地实施方案（2025—2027年）的通知", XBS, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, size=22, line=34)
    blank(doc, 1)
    para(doc, A_NOTICE[0], first_indent=False)
    para(doc, A_NOTICE[1])
    blank(doc, 2)
    p = para(doc, "洛阳市人民政府办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    p.paragraph_format.right_indent = Pt(64)
    p = para(doc, "2025年7月18日", align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    p.paragraph_format.right_indent = Pt(80)
    blank(doc, 1)
    para(doc, "（此件公开发布）")
    # 方案 starts on a new page
    p = para(doc, [("洛阳市推进中欧班列高质量发展\n打造内陆开放高地实施方案\n（2025—2027年）", XBS, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, size=22, line=34, after=14)
    p.paragraph_format.page_break_before = True
    para(doc, A_PREAMBLE)
    for kind, runin, text in A_BODY:
        if kind == "h1":
            para(doc, [(text, HT, False)])
        elif kind == "h2":
            para(doc, [(text, KT, False)])
        elif kind == "c2":
            para(doc, text)
        else:
            font = KT if runin and runin.startswith("（") else FS
            clause_para(doc, text, runin, font, bold=bool(runin and not runin.startswith("（")))
    para(doc, f"附件：{A_ATT}", before=14)
    # landscape section for the attachment
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_a4(sec, landscape=True)
    para(doc, [("附件", HT, False)], first_indent=False)
    para(doc, [(A_ATT, XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, size=20, line=30, after=6)
    tbl = doc.add_table(rows=1, cols=4)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl)
    widths = [Mm(14), Mm(124), Mm(70), Mm(36)]
    for i, h in enumerate(A_HEAD):
        cell_text(tbl.rows[0].cells[i], h, HT, 11, align=WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(tbl.rows[0])
    prev_dl_cell = None
    for r in A_ROWS:
        row = tbl.add_row()
        if r[0] == "cat":
            c = row.cells[0].merge(row.cells[3])
            cell_text(c, r[1], HT, 11)
            prev_dl_cell = None
            continue
        no, task, unit, dl = r
        cell_text(row.cells[0], no, FS, 11, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(row.cells[1], task, FS, 11)
        cell_text(row.cells[2], unit, FS, 11, align=WD_ALIGN_PARAGRAPH.CENTER)
        if dl is None:
            merged = prev_dl_cell.merge(row.cells[3])
            prev_dl_cell = merged
        else:
            cell_text(row.cells[3], dl, FS, 11, align=WD_ALIGN_PARAGRAPH.CENTER)
            prev_dl_cell = row.cells[3]
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(w.twips))
    banji(doc, [("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，洛阳军分区。", None),
                ("洛阳市人民政府办公室", "2025年7月21日印发")], tab=Mm(225))
    path = HERE / "blind321_luoyang_fangan.docx"
    doc.save(path)
    to_pdf(path)

    clauses = [A_NOTICE[1], A_PREAMBLE]
    for kind, runin, text in A_BODY:
        if kind == "c":
            clauses.append(text)
        elif kind == "c2":
            clauses[-1] += "\n" + text
    specific = {
        "1.建设洛阳国际陆港。在偃师区规划建设": ["偃师区"],
        "2.完善综保区保税功能。支持洛阳综合保税区": ["洛阳综合保税区"],
        "（三）发展“班列+跨境电商”。支持中国（河南）自由贸易试验区洛阳片区": ["中国（河南）自由贸易试验区洛阳片区"],
        "（六）建设县域集货节点。支持伊川县、栾川县": ["伊川县", "栾川县"],
    }
    for no, c in a_row_clauses():
        clauses.append(c)
        if no in A_ROW_PLACES:
            specific[c[:24]] = A_ROW_PLACES[no]
    meta = {"title": A_TITLE, "doc_number": A_NO, "issuer": ["洛阳市人民政府办公室"], "date": "2025-07-18",
            "published": "2025-07-21", "level": "municipal", "region": "河南省洛阳市",
            "effective": "2025-08-01", "expires": "2027-12-31", "attachments": [A_ATT], "doc_type": "通知",
            "recipients": ["各县区人民政府", "市人民政府各部门", "洛阳高新区管委会", "洛阳经开区管委会",
                           "洛阳综合保税区管委会", "各有关单位"],
            "publicity": "此件公开发布", "repeals": None}
    return "blind321_luoyang_fangan", [{"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}]


# =================================================================== (b) 赣州
B_TITLE = "赣州市商务局 赣州市财政局关于组织申报2025年度跨境电子商务综合试验区发展专项资金项目的通知"
B_NO = "赣市商务字〔2025〕46号"
B_RECIP = "各县（市、区）商务局、财政局，赣州经开区、蓉江新区、赣州综合保税区经济发展局（财政局），各有关企业："
B_ATTS = ["2025年度赣州市跨境电子商务综合试验区发展专项资金项目申报表", "申报材料真实性承诺书"]
B_BODY = [
    ("c", None, "为贯彻落实《中国（赣州）跨境电子商务综合试验区实施方案》，加快培育外贸新业态新模式，推动“跨境电商+中欧班列+海外仓”融合发展，根据《赣州市开放型经济发展专项资金管理办法》（赣市财经字〔2024〕15号）有关规定，现就组织申报2025年度跨境电子商务综合试验区发展专项资金项目有关事项通知如下："),
    ("h1", None, "一、支持方向"),
    ("c", "（一）跨境电商主体培育。", "（一）跨境电商主体培育。对2025年度通过9610、9710、9810、1210模式实现跨境电商出口额首次超过1000万美元的企业，给予一次性奖励20万元；首次超过3000万美元的，给予一次性奖励50万元。"),
    ("c", "（二）公共海外仓建设。", "（二）公共海外仓建设。对在共建“一带一路”国家（如波兰华沙、匈牙利布达佩斯、哈萨克斯坦阿拉木图等地）新建或租用面积2000平方米以上、为3家以上我市企业提供服务的公共海外仓，按实际投入的30%给予补助，单个项目最高不超过100万元。"),
    ("c", "（三）跨境电商专列。", "（三）跨境电商专列。对经赣州国际陆港开行跨境电商专列（含中欧、中亚方向及铁海联运“三同”班列）的组织企业，按每列5万元给予奖励，单个企业年度奖励最高不超过200万元。"),
    ("c", "（四）家具跨境出口。", "（四）家具跨境出口。对南康区家具企业通过跨境电商B2B直接出口和出口海外仓模式出口的，按出口额的1%给予奖励，单个企业最高不超过50万元。"),
    ("c", "（五）保税备货进口。", "（五）保税备货进口。对在龙南综合保税区开展跨境电商网购保税进口（1210）业务、年度进口额超过500万元的企业，按进口额的0.5%给予奖励，单个企业最高不超过30万元。"),
    ("c", "（六）人才培训与品牌建设。", "（六）人才培训与品牌建设。对经市商务局认定的跨境电商人才培训机构，按年度实际培训合格人数每人500元给予补助；对在境外注册自有商标并通过跨境电商平台销售的企业，每个商标给予1万元奖励，单个企业最高不超过10万元。"),
    ("h1", None, "二、申报条件"),
    ("h2", None, "（一）基本条件"),
    ("c", None, "1.在赣州市行政区域内依法注册登记，具有独立法人资格，财务管理制度健全，依法纳税。"),
    ("c", None, "2.2024年1月1日以来未发生重大安全生产、生态环境和产品质量事故，未被列入严重失信主体名单。"),
    ("c", None, "3.同一项目已获得省级及以上同类财政资金支持的，不得重复申报。"),
    ("h2", None, "（二）专项条件"),
    ("c", None, "1.申报第一项第（二）目公共海外仓项目的，须同时满足以下条件："),
    ("c", None, "（1）海外仓截至2025年6月30日已正式运营满6个月；"),
    ("c", None, "（2）海外仓具备仓储、分拣、退换货等基本功能，并接入中国（赣州）跨境电商综合试验区线上综合服务平台；"),
    ("c", None, "（3）服务我市企业3家以上，并能提供服务合同和物流单据。"),
    ("c", None, "2.申报第一项第（四）目的，企业注册地和生产地须均在南康区，且2025年度跨境电商出口额不低于100万美元。"),
    ("c", None, "3.申报第一项第（五）目的，须为在龙南综合保税区内注册并实际开展业务的企业。"),
    ("h1", None, "三、申报材料"),
    ("c", None, "申报单位须按以下顺序装订申报材料一式三份，加盖单位公章，并提供电子版："),
    ("c", None, "1.《2025年度赣州市跨境电子商务综合试验区发展专项资金项目申报表》（附件1）；"),
    ("c", None, "2.营业执照复印件；"),
    ("c", None, "3.由海关出具的2025年度跨境电商进出口统计数据或报关单、清单汇总表；"),
    ("c", None, "4.海外仓项目须提供境外租赁合同或产权证明、投资凭证及运营情况说明（外文材料须附中文译本）；"),
    ("c", None, "5.申报材料真实性承诺书（附件2）。"),
    ("h1", None, "四、申报程序"),
    ("c", "（一）企业申报。", "（一）企业申报。申报企业于2025年9月30日前，将申报材料报送至注册地县（市、区）商务主管部门，逾期不予受理。"),
    ("c", "（二）县级初审。", "（二）县级初审。各县（市、区）商务局会同同级财政局对申报材料进行初审，于2025年10月15日前将初审意见和汇总表报送市商务局、市财政局。"),
    ("c", "（三）市级评审。", "（三）市级评审。市商务局会同市财政局委托第三方机构进行评审，评审结果在市商务局门户网站公示5个工作日，公示无异议后下达资金。"),
    ("h1", None, "五、有关要求"),
    ("c", "（一）严格审核把关。", "（一）严格审核把关。各县（市、区）要切实履行初审责任，对申报材料的真实性、完整性进行审核。对弄虚作假、骗取专项资金的企业，一经查实，追回已拨付资金，三年内取消申报资格。"),
    ("c", "（二）加强资金监管。", "（二）加强资金监管。获得资金支持的企业应按规定进行会计核算，自觉接受财政、审计等部门的监督检查。"),
    ("c", "（三）联系方式。", "（三）联系方式。市商务局电子商务科，联系人：刘晓敏，电话：0797-8126473；市财政局经济建设科，联系人：钟志华，电话：0797-8213596。"),
]


def make_b():
    doc = base_doc(odd_even=True)
    blank(doc, 1)
    # joint 版头: borderless 2x2 table, organ names left, “文件” right (merged)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "nil")
    for i, name in enumerate(["赣州市商务局", "赣州市财政局"]):
        c = t.cell(i, 0)
        c.text = ""
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = p.add_run(name)
        set_run_font(r, XBS, 28, False, RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.text = ""
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("文件")
    set_run_font(r, XBS, 40, False, RED)
    tcpr = m._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), "center")
    tcpr.append(va)
    for row in t.rows:
        row.cells[0].width = Mm(105)
        row.cells[1].width = Mm(40)
    blank(doc, 1)
    p = para(doc, B_NO, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    blank(doc, 1)
    # title in three separate paragraphs
    for line in ["赣州市商务局 赣州市财政局", "关于组织申报2025年度跨境电子商务", "综合试验区发展专项资金项目的通知"]:
        para(doc, [(line, XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, size=22, line=34)
    blank(doc, 1)
    para(doc, B_RECIP, first_indent=False)
    for kind, runin, text in B_BODY:
        if kind == "h1":
            para(doc, [(text, HT, False)])
        elif kind == "h2":
            para(doc, [(text, KT, False)])
        else:
            clause_para(doc, text, runin, KT)
    # 附件说明 with hanging second line
    p = para(doc, f"附件：1.{B_ATTS[0]}", before=14)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    p = para(doc, f"2.{B_ATTS[1]}", first_indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    blank(doc, 2)
    # joint 落款
    p = para(doc, "赣州市商务局　　　　　　赣州市财政局", align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    p = para(doc, "2025年8月26日", align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False)
    p.paragraph_format.right_indent = Pt(64)
    blank(doc, 1)
    para(doc, "（此件主动公开）")
    p = doc.add_paragraph()
    fmt_para(p, first_indent=False)
    p.paragraph_format.page_break_before = True
    blank(doc, 15)
    banji(doc, [("抄送：省商务厅，省财政厅，市人民政府办公室。", None),
                ("赣州市商务局办公室", "2025年8月27日印发")])
    path = HERE / "blind321_ganzhou_shenbao.docx"
    doc.save(path)
    to_pdf(path)

    clauses = []
    for kind, runin, text in B_BODY:
        if kind == "c":
            clauses.append(text)
    specific = {
        "（四）家具跨境出口。对南康区家具企业": ["南康区"],
        "（五）保税备货进口。对在龙南综合保税区": ["龙南综合保税区"],
        "2.申报第一项第（四）目的，企业注册地和生产地须均在南康区": ["南康区"],
        "3.申报第一项第（五）目的，须为在龙南综合保税区": ["龙南综合保税区"],
    }
    meta = {"title": B_TITLE, "doc_number": B_NO, "issuer": ["赣州市商务局", "赣州市财政局"], "date": "2025-08-26",
            "published": "2025-08-27", "level": "municipal", "region": "江西省赣州市",
            "effective": None, "expires": None, "attachments": B_ATTS, "doc_type": "通知",
            "recipients": ["各县（市、区）商务局、财政局", "赣州经开区经济发展局（财政局）", "蓉江新区经济发展局（财政局）",
                           "赣州综合保税区经济发展局（财政局）", "各有关企业"],
            "publicity": "此件主动公开", "repeals": None}
    return "blind321_ganzhou_shenbao", [{"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}]


# =================================================================== (c) 襄阳 web page
C_TITLE = "襄阳市人民政府关于加快打造内陆开放高地的意见"
C_NO = "襄政发〔2026〕4号"
C_RECIP = "各县（市、区）人民政府，各开发区管委会，市政府各部门："
C_REPEAL = "《襄阳市人民政府关于加快发展开放型经济的若干意见》（襄政发〔2021〕9号）"
C_ATT = "襄阳市打造内陆开放高地重点任务分工表"
# (kind, runin, text). kind: h1 / c / c2 (continuation paragraph) / cbr (two clauses in one <p> split by <br>)
C_BODY = [
    ("c", None, "为深入贯彻落实党中央、国务院关于推进高水平对外开放的决策部署，全面融入共建“一带一路”，加快打造内陆开放高地，推动全市开放型经济高质量发展，现提出如下意见。"),
    ("h1", None, "一、总体要求"),
    ("c", None, "坚持以开放促改革、促发展，统筹开放通道、开放平台和开放主体建设，到2028年，全市货物进出口总额突破600亿元，实际使用外资年均增长10%以上，中欧班列（襄阳）年开行量达到300列，基本建成汉江流域开放枢纽和内陆开放高地。"),
    ("h1", None, "二、畅通开放通道"),
    ("c", "（一）做强中欧班列（襄阳）。", "（一）做强中欧班列（襄阳）。常态化开行襄阳至俄罗斯莫斯科、白俄罗斯明斯克及中亚五国班列，经满洲里、阿拉山口口岸出境，争取开通至德国杜伊斯堡的直达线路。对年度开行量、回程货值增长较快的班列运营平台给予奖励。"),
    ("c", "（二）拓展江海联运。", "（二）拓展江海联运。依托襄阳港小河港区，加密至武汉阳逻港、上海洋山港的江海联运航线，推进“铁水联运”一单制，降低企业综合物流成本。"),
    ("c", "（三）提升航空口岸能级。", "（三）提升航空口岸能级。推动襄阳刘集机场航空口岸扩大开放，争取开通至东南亚、东北亚的国际客货运航线，完善进境水果、冰鲜水产品等指定监管场地功能。"),
    ("h1", None, "三、做强开放平台"),
    ("c", "（一）高标准建设自贸片区。", "（一）高标准建设自贸片区。支持中国（湖北）自由贸易试验区襄阳片区开展首创性、差异化改革探索，每年形成制度创新成果不少于5项；片区内新设外商投资企业，实际到资1000万美元以上的，按实际到资额的2%给予奖励。"),
    ("c", "（二）提升综保区发展水平。", "（二）提升综保区发展水平。推动襄阳综合保税区发展保税维修、保税研发和跨境电商保税备货业务，对区内新引进的加工贸易企业，按年度进出口额给予每美元0.01元人民币的奖励，单个企业最高不超过300万元。"),
    ("c", "（三）建设跨境电商综试区。", "（三）建设跨境电商综试区。完善中国（襄阳）跨境电子商务综合试验区线上综合服务平台和线下产业园区功能，支持企业在共建“一带一路”国家布局海外仓，推广“跨境电商+产业带”模式。"),
    ("c", "（四）支持县域开放发展。", "（四）支持县域开放发展。支持老河口市、枣阳市、宜城市建设省级外贸转型升级基地，对新认定的省级基地给予50万元一次性奖励。"),
    ("c", "（五）培育汽车零部件出口基地。", "（五）培育汽车零部件出口基地。支持谷城县争创国家外贸转型升级基地（汽车零部件），对县域内汽车零部件企业新开拓境外市场的，按参展费用的50%给予补助。"),
    ("h1", None, "四、培育开放主体"),
    ("c", "（一）壮大外贸经营主体。", "（一）壮大外贸经营主体。实施外贸主体“破零倍增”行动，对年度进出口额首次突破1亿元、5亿元的企业，分别给予20万元、50万元奖励。"),
    ("c", "（二）精准开展招商引资。", "（二）精准开展招商引资。面向德国、日本、韩国等重点国别开展产业链招商，在德国杜塞尔多夫、日本大阪设立海外招商联络处，每年举办境外招商推介活动不少于3场。"),
    ("c", "（三）推动服务贸易创新。", "（三）推动服务贸易创新。大力发展数字贸易、检验检测、文化旅游等服务贸易，支持企业申报国家文化出口重点企业和项目。"),
    ("h1", None, "五、保障措施"),
    ("c", "（一）加强组织领导。", "（一）加强组织领导。建立市打造内陆开放高地工作联席会议制度，联席会议办公室设在市商务局（市口岸办），统筹推进各项工作。"),
    ("c", "（二）强化要素保障。", "（二）强化要素保障。市财政每年统筹安排开放型经济发展专项资金不少于2亿元，各县（市、区）按不低于1∶1比例配套。"),
    ("c2", None, "本意见所列奖补政策与市级其他同类政策有重叠的，按照就高不重复原则执行。"),
    ("c", "（三）严格督查考核。", "（三）严格督查考核。将打造内陆开放高地工作纳入全市高质量发展综合考核，对工作成效突出的县（市、区）予以通报表扬。"),
    ("c", None, "本意见自2026年3月1日起施行，有效期至2030年12月31日。" + C_REPEAL + "同时废止。"),
]


def make_c():
    body_html = []
    ind = 'style="text-indent:2em; line-height:2em; font-family:仿宋_GB2312; font-size:16pt;"'
    body_html.append(f'<p style="line-height:2em; font-family:仿宋_GB2312; font-size:16pt;">{C_RECIP}</p>')
    for kind, runin, text in C_BODY:
        if kind == "h1":
            body_html.append(f'<p {ind}><span style="font-family:黑体;">{text}</span></p>')
        elif kind == "c2":
            body_html.append(f'<p {ind}>{text}</p>')
        elif runin:
            body_html.append(f'<p {ind}><strong>{runin}</strong>{text[len(runin):]}</p>')
        else:
            body_html.append(f'<p {ind}>{text}</p>')
    body_html.append(f'<p {ind}>&nbsp;</p>')
    body_html.append(f'<p {ind}>附件：<a href="/zwgk/zfxxgk/fdzdgknr/zcwj/szfwj/202602/P020260214583167249531.docx" '
                     f'target="_blank" title="{C_ATT}.docx">{C_ATT}</a></p>')
    body_html.append(f'<p {ind}>&nbsp;</p>')
    body_html.append('<p style="text-align:right; line-height:2em; font-family:仿宋_GB2312; font-size:16pt; padding-right:4em;">襄阳市人民政府</p>')
    body_html.append('<p style="text-align:right; line-height:2em; font-family:仿宋_GB2312; font-size:16pt; padding-right:4em;">2026年2月10日</p>')
    body_html.append(f'<p {ind}>（此件公开发布）</p>')
    body = "\n".join(body_html)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="襄阳市人民政府">
<meta name="SiteDomain" content="www.xiangyang.gov.cn">
<meta name="SiteIDCode" content="4206000011">
<meta name="ColumnName" content="市政府文件">
<meta name="ArticleTitle" content="{C_TITLE}">
<meta name="PubDate" content="2026-02-14 16:30">
<meta name="ContentSource" content="襄阳市人民政府办公室">
<title>{C_TITLE}_市政府文件_襄阳市人民政府门户网站</title>
<link rel="stylesheet" href="/images/zwgk_detail.css">
<style>
 .xxgk-box {{ border:1px solid #cfd9e6; background:#f7fafd; margin:15px 0; padding:10px 20px; }}
 .xxgk-box table {{ width:100%; font-size:14px; }}
 .xxgk-box td.t {{ color:#666; width:90px; }}
 .article h1 {{ font-size:26px; text-align:center; color:#c00; }}
 .footer {{ background:#1f5fa8; color:#fff; font-size:13px; text-align:center; padding:20px; }}
</style>
</head>
<body>
<div class="top-bar">
  <span>欢迎访问襄阳市人民政府门户网站！</span>
  <a href="/">首页</a> | <a href="/wza/">无障碍</a> | <a href="/en/">English</a> | <a href="/m/">手机版</a>
</div>
<div class="header">
  <div class="logo"><img src="/images/logo.png" alt="襄阳市人民政府"></div>
  <ul class="nav">
    <li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxy/">走进襄阳</a></li><li><a href="/ztzl/">专题专栏</a></li>
  </ul>
  <form class="search" action="/search/"><input type="text" name="q" placeholder="请输入关键词"><button>搜索</button></form>
</div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgk/">政府信息公开</a> &gt; <a href="/zwgk/zfxxgk/fdzdgknr/zcwj/szfwj/">市政府文件</a></div>
<div class="main">
 <div class="xxgk-box">
  <table>
   <tr><td class="t">索 引 号：</td><td>011043028/2026-02317</td><td class="t">主题分类：</td><td>商贸、海关、旅游\\对外经贸合作</td></tr>
   <tr><td class="t">发文机关：</td><td>襄阳市人民政府</td><td class="t">成文日期：</td><td>2026年02月10日</td></tr>
   <tr><td class="t">标　　题：</td><td colspan="3">{C_TITLE}</td></tr>
   <tr><td class="t">发文字号：</td><td>{C_NO}</td><td class="t">发布日期：</td><td>2026年02月14日</td></tr>
   <tr><td class="t">有 效 性：</td><td>有效</td><td class="t">统一编号：</td><td>EHBC01-2026-00021</td></tr>
  </table>
 </div>
 <div class="article">
  <h1>{C_TITLE}</h1>
  <div class="info">
   <span>来源：襄阳市人民政府办公室</span>&nbsp;&nbsp;<span>发布时间：2026-02-14 16:30</span>&nbsp;&nbsp;<span>浏览次数：<em id="hits">2716</em></span>
   <span class="font">【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>】</span>
  </div>
  <div class="TRS_Editor" id="zoom">
<p style="text-align:center; line-height:2em; font-family:仿宋_GB2312; font-size:16pt;">{C_NO}</p>
{body}
  </div>
  <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a>　<a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>
 </div>
 <div class="related">
  <h3>相关解读</h3>
  <ul>
   <li><a href="/zwgk/zcjd/202602/t20260215_4127705.shtml">《襄阳市人民政府关于加快打造内陆开放高地的意见》政策解读</a><span>2026-02-15</span></li>
   <li><a href="/zwgk/zcjd/202602/t20260215_4127712.shtml">图解：襄阳打造内陆开放高地，这些支持政策请收好</a><span>2026-02-15</span></li>
   <li><a href="/zwgk/zcjd/202602/t20260218_4129306.shtml">市商务局负责同志就《关于加快打造内陆开放高地的意见》答记者问</a><span>2026-02-18</span></li>
  </ul>
 </div>
</div>
<div class="footer">
  <p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a> | <a href="/mzsm/">免责声明</a></p>
  <p>主办：襄阳市人民政府办公室　承办：襄阳市大数据中心</p>
  <p>网站标识码：4206000011　鄂ICP备05013288号-1　鄂公网安备 42060202000317号</p>
  <p>地址：湖北省襄阳市东津新区（经开区）市民服务中心　邮编：441100　联系电话：0710-3510129</p>
</div>
</body>
</html>
"""
    (HERE / "blind321_xiangyang_yijian.html").write_text(html, encoding="utf-8")

    clauses = []
    for kind, runin, text in C_BODY:
        if kind == "c":
            clauses.append(text)
        elif kind == "c2":
            clauses[-1] += "\n" + text
    specific = {
        "（一）高标准建设自贸片区。支持中国（湖北）自由贸易试验区襄阳片区": ["中国（湖北）自由贸易试验区襄阳片区"],
        "（二）提升综保区发展水平。推动襄阳综合保税区": ["襄阳综合保税区"],
        "（四）支持县域开放发展。支持老河口市、枣阳市、宜城市": ["老河口市", "枣阳市", "宜城市"],
        "（五）培育汽车零部件出口基地。支持谷城县": ["谷城县"],
    }
    meta = {"title": C_TITLE, "doc_number": C_NO, "issuer": ["襄阳市人民政府"], "date": "2026-02-10",
            "published": "2026-02-14", "level": "municipal", "region": "湖北省襄阳市",
            "effective": "2026-03-01", "expires": "2030-12-31", "attachments": [C_ATT], "doc_type": "意见",
            "recipients": ["各县（市、区）人民政府", "各开发区管委会", "市政府各部门"],
            "publicity": "此件公开发布", "repeals": C_REPEAL}
    return "blind321_xiangyang_yijian", [{"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}]


def main():
    os.chdir(HERE)
    expected = {}
    for fn in (make_a, make_b, make_c):
        stem, docs = fn()
        for d in docs:
            for key in d["applies_to"]["specific"]:
                assert len(key) >= 15 and any(c.startswith(key) for c in d["clauses"]), key
        expected[stem] = docs
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8")
    for stem, docs in expected.items():
        print(stem, [len(d["clauses"]) for d in docs])


if __name__ == "__main__":
    main()
