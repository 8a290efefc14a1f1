# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 251: office files on 共建“一带一路”、开放型经济、跨境电商 issued by
开发区/高新区 管委会 and 区/县 governments in 华北, 东北 and 西南.

Writes every file next to itself plus expected.json.
Run:  . /work/venv/bin/activate && python make_blind251.py
"""
import json
import os
import re
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"

SAN = 16      # 三号
ER = 22       # 二号
SI = 14       # 四号


# ---------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, line=28, before=0, after=0, size=SAN):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    return p


def para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=28, size=SAN,
         before=0, after=0):
    """parts: list of (text, font[, bold]) ; text may contain '\\v' = soft line break."""
    if isinstance(parts, str):
        parts = [(parts, FS)]
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after, size)
    for part in parts:
        text, font = part[0], part[1]
        bold = part[2] if len(part) > 2 else False
        color = part[3] if len(part) > 3 else None
        pieces = text.split("\v")
        for i, piece in enumerate(pieces):
            if i:
                r = p.add_run()
                r.add_break(WD_BREAK.LINE)
            r = p.add_run(piece)
            set_font(r, font, size, bold, color)
    return p


def bottom_border(p, color="E60012", sz=12, top=False):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:top" if top else "w:bottom")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_setup(section, landscape=False):
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
    section.footer_distance = Mm(20)


def add_field(p, instr, font=FS, size=SI):
    r = p.add_run()
    set_font(r, font, size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = p.add_run()
    set_font(r2, font, size)
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = instr
    r2._r.append(t)
    r3 = p.add_run()
    set_font(r3, font, size)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    r4 = p.add_run("1")
    set_font(r4, font, size)
    r5 = p.add_run()
    set_font(r5, font, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r5._r.append(e)


def page_number_footer(doc, section, odd_even=True):
    """GB/T 9704: 4号半角宋体 “— N —”, 单页居右、双页居左."""
    section.footer.is_linked_to_previous = False
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if odd_even else WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", SI)
    add_field(p, "PAGE", "宋体", SI)
    r = p.add_run(" —")
    set_font(r, "宋体", SI)
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        section.even_page_footer.is_linked_to_previous = False
        ef = section.even_page_footer
        q = ef.paragraphs[0]
        q.alignment = WD_ALIGN_PARAGRAPH.LEFT
        r = q.add_run("— ")
        set_font(r, "宋体", SI)
        add_field(q, "PAGE", "宋体", SI)
        r = q.add_run(" —")
        set_font(r, "宋体", SI)


def red_head(doc, org_lines, docnum, size=30):
    for _ in range(1):
        para(doc, "", indent=False)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, line=size + 10)
    for i, line in enumerate(org_lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        r = p.add_run(line)
        set_font(r, XBS, size, False, RED)
    para(doc, "", indent=False)
    p = para(doc, docnum, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p, sz=18)
    para(doc, "", indent=False)


def title(doc, lines, as_breaks=True):
    if as_breaks:
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
        for i, line in enumerate(lines):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            r = p.add_run(line)
            set_font(r, XBS, ER)
    else:
        for line in lines:
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, line=36)
            r = p.add_run(line)
            set_font(r, XBS, ER)
    para(doc, "", indent=False)


def signoff(doc, org, date, public=True):
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, org, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(SAN * 2)
    p = para(doc, date, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(SAN * 4)
    if public:
        para(doc, "（此件公开发布）")


def banji(doc, cc, printer, pdate):
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, [(cc, FS)], indent=False, size=SI)
    p.paragraph_format.left_indent = Pt(SI)
    p.paragraph_format.right_indent = Pt(SI)
    bottom_border(p, "000000", 8, top=True)
    bottom_border(p, "000000", 4)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False, size=SI)
    p.paragraph_format.left_indent = Pt(SI)
    r = p.add_run(printer + "\t" + pdate)
    set_font(r, FS, SI)
    tabs = p.paragraph_format.tab_stops
    tabs.add_tab_stop(Mm(150), alignment=2)  # right tab
    bottom_border(p, "000000", 8)


def set_cell(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    r = p.add_run(text)
    set_font(r, font, size, bold)


def table_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def make_table(doc, header, rows, merges, widths_mm, size=12, left_cols=()):
    """rows: full values (merged cells carry the same value); merges: list of
    (col, first_row, last_row) 0-based over data rows."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    for j, h in enumerate(header):
        set_cell(t.cell(0, j), h, HEI, size)
    skip = set()
    for col, a, b in merges:
        for i in range(a + 1, b + 1):
            skip.add((i, col))
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if (i, j) in skip:
                continue
            set_cell(t.cell(i + 1, j), v, FS, size,
                     align=WD_ALIGN_PARAGRAPH.LEFT if j in left_cols else WD_ALIGN_PARAGRAPH.CENTER)
    for col, a, b in merges:
        t.cell(a + 1, col).merge(t.cell(b + 1, col))
        set_cell(t.cell(a + 1, col), rows[a][col], FS, size)
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_mm[j] * 56.7)))
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    t._tbl.tblPr.append(lay)
    for j, w in enumerate(widths_mm):
        for row in t.rows:
            row.cells[j].width = Mm(w)
    return t


def row_clause(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row))


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_251",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_setup(doc.sections[0])
    return doc


EXPECTED = {}


# ======================================================= 1. 滦河经开区 政策措施
def make_luanhe():
    stem = "blind251_luanhe_zhengce"
    clauses, specific = [], {}
    doc = new_doc()
    page_number_footer(doc, doc.sections[0])
    red_head(doc, ["唐山滦河经济技术开发区", "管理委员会文件"], "滦开管〔2024〕17号", size=30)
    title(doc, ["唐山滦河经济技术开发区管理委员会",
                "关于印发《唐山滦河经济技术开发区支持共建",
                "“一带一路”高质量发展若干政策措施》的通知"])
    para(doc, "开发区各部门、各园区（片区）管理办公室，区内各有关企业：", indent=False)
    cover = ("现将《唐山滦河经济技术开发区支持共建“一带一路”高质量发展若干政策措施》印发给你们，"
             "请结合实际认真贯彻执行。执行中遇到的问题，请及时向开发区经济发展局反映。")
    para(doc, cover)
    clauses.append(cover)
    signoff(doc, "唐山滦河经济技术开发区管理委员会", "2024年3月18日")

    # the measures, in a new section starting on a new page
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec)
    title(doc, ["唐山滦河经济技术开发区支持共建", "“一带一路”高质量发展若干政策措施"])
    pre = ("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，"
           "用好综合保税区、国际合作园等开放平台，加快建设京津冀东部开放型经济高地，"
           "结合开发区实际，制定以下政策措施。")
    para(doc, pre)
    clauses.append(pre)

    def h1(t):
        para(doc, [(t, HEI)])

    def item(label, head, body, places=None, soft=False):
        text = label + head + body
        b = body
        if soft:   # a soft line break in the middle of the body, as pasted text often has
            k = len(b) // 2
            b = b[:k] + "\v" + b[k:]
        para(doc, [(label + head, KAI), (b, FS)])
        clauses.append(text)
        if places:
            specific[text[:24]] = places

    h1("一、培育壮大外贸经营主体")
    item("（一）", "支持企业开拓共建国家市场。",
         "对开发区注册企业参加经认定的共建“一带一路”国家境外展会，按照展位费的50%给予补助，"
         "单个企业每年补助总额不超过30万元；对组织企业集中参展的行业协会商会，按照实际发生费用的30%"
         "给予补助，每年最高10万元。")
    item("（二）", "做大综合保税区加工贸易。",
         "对在滦河综合保税区内新设立、年进出口额首次达到1亿美元的加工贸易企业，一次性奖励100万元；"
         "对区外企业将加工贸易业务整体迁入滦河综合保税区的，按照迁入当年进出口额每1亿美元奖励50万元，"
         "最高不超过200万元。", ["滦河综合保税区"], soft=True)
    item("（三）", "支持外贸新业态发展。",
         "对企业在共建“一带一路”国家建设或者租用海外仓并通过开发区认定的，按照下表标准给予一次性补助"
         "（同一海外仓只享受一次）：")
    header = ["海外仓类型", "仓储面积", "一次性补助"]
    rows = [["自建海外仓", "5000平方米（含）以上", "100万元"],
            ["自建海外仓", "2000平方米（含）至5000平方米", "50万元"],
            ["租用海外仓", "5000平方米（含）以上", "30万元"],
            ["租用海外仓", "2000平方米（含）至5000平方米", "15万元"]]
    make_table(doc, header, rows, [(0, 0, 1), (0, 2, 3)], [40, 70, 40], size=14)
    for r in rows:
        clauses.append(row_clause(header, r))
    para(doc, "", indent=False)

    h1("二、打造高水平开放合作平台")
    item("（四）", "加快中欧（滦河）国际合作园建设。",
         "对新入驻中欧（滦河）国际合作园、实际使用外资达到1000万美元以上的制造业项目，按照实际到资额的2%"
         "给予奖励，最高不超过500万元；对合作园内新设立的外资研发中心，前三年按照实际房租的50%给予补贴。",
         ["中欧（滦河）国际合作园"])
    item("（五）", "支持临港物流片区发展多式联运。",
         "对在临港物流片区内开展海铁联运业务、经京唐港中转至中亚和欧洲国家的集装箱，每标准箱补贴300元；"
         "对在临港物流片区注册并新开通国际集装箱航线的船公司，每条航线给予50万元一次性奖励。",
         ["临港物流片区"])
    sub_intro = ("（六）", "建设数字贸易片区跨境电商集聚区。",
                 "支持数字贸易片区建设跨境电子商务产业园，对入园的跨境电商企业按照以下标准给予支持：")
    item(*sub_intro, places=["数字贸易片区"])
    subs = ["1.年跨境电商进出口额首次突破1000万美元的，一次性奖励20万元；",
            "2.租用产业园办公用房的，前两年按照实际租金的60%给予补贴，每家企业每年最高20万元；",
            "3.开展跨境电商B2B出口（9710、9810监管方式）的，按照出口额的1%给予奖励，每家企业每年最高50万元。"]
    for s in subs:
        para(doc, s)
        clauses.append(s)
        specific[s[:20]] = ["数字贸易片区"]

    h1("三、强化开放要素保障")
    item("（七）", "加大金融支持力度。",
         "设立规模2亿元的开发区开放型经济发展基金，重点投向与共建“一带一路”国家的产能合作项目；"
         "对企业投保短期出口信用保险的，按照实际缴纳保费的50%给予补助，每家企业每年最高50万元。")
    item("（八）", "提升通关便利化水平。",
         "在开发区政务服务中心设立国际贸易“单一窗口”服务专区，为企业提供报关、退税、原产地证书签发"
         "“一站式”服务；支持企业经天津港、京唐港等口岸进出口，推广“提前申报”“两步申报”等通关模式。")
    item("（九）", "强化开放人才支撑。",
         "对开发区企业引进的具有国际贸易、跨境电商从业经验的高层次人才，按照《唐山滦河经济技术开发区"
         "高层次人才引进办法》给予安家补贴和子女入学保障。")

    # page break before the 附则 block, as offices often force
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    h1("四、附则")
    item("（十）", "", "本措施与开发区其他同类政策有重叠的，按照“就高不重复”原则执行，所需资金由开发区财政统筹安排。")
    item("（十一）", "", "本措施由开发区经济发展局会同财政局负责解释。")
    item("（十二）", "", "本措施自2024年4月1日起施行，有效期至2026年12月31日。《唐山滦河经济技术开发区促进外贸稳增长"
                       "若干措施》（滦开管〔2021〕33号）同时废止。")

    banji(doc, "抄送：唐山市商务局，唐山海关。", "唐山滦河经济技术开发区党政办公室", "2024年3月20日印发")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)

    meta = {
        "title": "唐山滦河经济技术开发区管理委员会关于印发《唐山滦河经济技术开发区支持共建“一带一路”高质量发展若干政策措施》的通知",
        "doc_number": "滦开管〔2024〕17号",
        "issuer": ["唐山滦河经济技术开发区管理委员会"],
        "date": "2024-03-18",
        "published": "2024-03-20",
        "level": "zone",
        "region": "唐山滦河经济技术开发区",
        "effective": "2024-04-01",
        "expires": "2026-12-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["开发区各部门", "各园区（片区）管理办公室", "区内各有关企业"],
        "publicity": "此件公开发布",
        "repeals": "《唐山滦河经济技术开发区促进外贸稳增长若干措施》（滦开管〔2021〕33号）",
    }
    EXPECTED[stem] = [{"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}]


# ======================================================= 2. 松北区 实施方案
def make_songbei():
    stem = "blind251_songbei_fangan"
    clauses, specific = [], {}
    doc = new_doc()
    page_number_footer(doc, doc.sections[0])
    red_head(doc, ["哈尔滨市松北区人民政府办公室文件"], "松北政办发〔2024〕9号", size=26)
    # title split over three separate paragraphs (not soft breaks)
    title(doc, ["哈尔滨市松北区人民政府办公室",
                "关于印发松北区加快跨境电子商务发展助力",
                "自贸试验区哈尔滨片区建设实施方案的通知"], as_breaks=False)
    para(doc, "各街道办事处、镇人民政府，区政府各有关部门，各园区管理机构：", indent=False)
    cover = ("《松北区加快跨境电子商务发展助力自贸试验区哈尔滨片区建设实施方案》已经区政府第27次常务会议"
             "审议通过，现印发给你们，请认真组织实施。")
    para(doc, cover)
    clauses.append(cover)
    signoff(doc, "哈尔滨市松北区人民政府办公室", "2024年6月14日")

    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    title(doc, ["松北区加快跨境电子商务发展助力", "自贸试验区哈尔滨片区建设实施方案"])
    pre = ("为深入落实《中国（黑龙江）自由贸易试验区总体方案》，发挥我区作为自贸试验区哈尔滨片区核心承载区的"
           "优势，加快跨境电子商务集聚发展，打造面向俄罗斯及东北亚的开放合作高地，制定本方案。")
    para(doc, pre)
    clauses.append(pre)

    def h1(t):
        para(doc, [(t, HEI)])

    h1("一、总体要求")
    t = ("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持政府引导、市场主导、"
         "集聚发展、创新驱动，以对俄跨境电商为突破口，推动跨境电商与自贸试验区制度创新、产业发展深度融合，"
         "为全区开放型经济高质量发展提供有力支撑。")
    para(doc, t)
    clauses.append(t)
    h1("二、发展目标")
    t = ("到2025年底，全区跨境电商经营主体达到300家以上，跨境电商进出口额突破60亿元、年均增长20%以上；"
         "建成跨境电商产业园2个、公共海外仓5个，培育年交易额超亿元的跨境电商龙头企业10家。")
    para(doc, t)
    clauses.append(t)
    h1("三、重点任务")

    def task(label, head, body, duty, places=None):
        text = label + head + body + duty
        para(doc, [(label + head, KAI), (body + duty, FS)])
        clauses.append(text)
        if places:
            specific[text[:24]] = places

    task("（一）", "建设跨境电商公共服务平台。",
         "在松浦街道建设松北区跨境电商公共服务中心，集成通关、物流、结汇、退税、法律咨询等服务功能，"
         "2024年底前投入运营。", "（责任单位：区商务局、松浦街道办事处）", ["松浦街道"])
    task("（二）", "打造对俄跨境电商产业园。",
         "依托自贸试验区哈尔滨片区政策优势，在万宝街道规划建设对俄跨境电商产业园，首期建筑面积8万平方米，"
         "重点引进对俄电商平台、供应链服务和品牌企业。",
         "（责任单位：区发展改革局、区商务局、万宝街道办事处）", ["万宝街道", "对俄跨境电商产业园"])
    task("（三）", "发展跨境直播电商。",
         "支持太阳岛数字经济产业园建设跨境直播电商基地，对入驻基地的企业给予最长3年的办公用房租金减免；"
         "引导本地农副产品、冰雪装备等企业通过跨境电商平台开拓俄罗斯、蒙古国和中亚市场。",
         "（责任单位：太阳岛数字经济产业园管理办公室、区农业农村局）", ["太阳岛数字经济产业园"])
    task("（四）", "布局海外仓网络。",
         "鼓励企业在俄罗斯莫斯科、新西伯利亚、叶卡捷琳堡等城市建设或者租用海外仓，对认定为区级公共海外仓的，"
         "给予一次性奖励50万元。", "（责任单位：区商务局、区财政局）")
    task("（五）", "完善跨境物流分拨体系。",
         "在对青山镇建设跨境电商物流分拨中心，对接哈尔滨太平国际机场国际货运航线和中欧班列，"
         "提升对俄包裹集货分拨能力。", "（责任单位：区交通运输局、对青山镇人民政府）", ["对青山镇"])
    task("（六）", "加强跨境电商人才培养。",
         "支持区内高校、职业院校与跨境电商企业共建实训基地，每年培训跨境电商从业人员1000人次以上。",
         "（责任单位：区人力资源和社会保障局、区教育局）")

    h1("四、保障措施")
    for label, head, body in [
        ("（一）", "加强组织领导。", "成立由区政府主要领导任组长的跨境电商发展工作专班，专班办公室设在区商务局，"
                              "统筹推进各项任务落实。"),
        ("（二）", "加大资金支持。", "区财政每年安排不少于3000万元跨境电商发展专项资金，具体支持办法由区商务局会同"
                              "区财政局另行制定。"),
        ("（三）", "强化督导考核。", "将跨境电商发展工作纳入各街道、镇和园区年度绩效考核，区政府督查室定期对重点任务"
                              "推进情况进行督查通报。"),
    ]:
        para(doc, [(label + head, KAI), (body, FS)])
        clauses.append(label + head + body)

    para(doc, "", indent=False)
    p = para(doc, "附件：松北区加快跨境电子商务发展重点任务分工表", indent=True)

    # attachment in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    para(doc, [("附件", HEI)], indent=False)
    p = para(doc, [("松北区加快跨境电子商务发展重点任务分工表", XBS)], align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, size=ER, line=36)
    para(doc, "", indent=False)
    header = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
    rows = [
        ["1", "建设跨境电商公共服务平台", "在松浦街道建成松北区跨境电商公共服务中心并投入运营", "区商务局",
         "松浦街道办事处", "2024年12月底前"],
        ["2", "建设跨境电商公共服务平台", "引进报关、物流、支付等跨境电商综合服务企业20家以上", "区商务局",
         "松浦街道办事处、区市场监管局", "2025年6月底前"],
        ["3", "打造对俄跨境电商产业园", "完成万宝街道对俄跨境电商产业园首期8万平方米建设", "区发展改革局",
         "万宝街道办事处", "2025年9月底前"],
        ["4", "打造对俄跨境电商产业园", "对俄跨境电商产业园引进跨境电商企业50家以上", "区商务局",
         "万宝街道办事处", "2025年12月底前"],
        ["5", "发展跨境直播电商", "建成太阳岛数字经济产业园跨境直播电商基地", "太阳岛数字经济产业园管理办公室",
         "区商务局", "2024年12月底前"],
        ["6", "完善跨境物流分拨体系", "建成对青山镇跨境电商物流分拨中心", "区交通运输局",
         "对青山镇人民政府", "2025年12月底前"],
    ]
    make_table(doc, header, rows, [(1, 0, 1), (1, 2, 3)], [14, 42, 78, 42, 42, 34], size=12,
               left_cols=(2,))
    row_places = {0: ["松浦街道"], 2: ["万宝街道", "对俄跨境电商产业园"], 3: ["对俄跨境电商产业园"],
                  4: ["太阳岛数字经济产业园"], 5: ["对青山镇"]}
    for i, r in enumerate(rows):
        c = row_clause(header, r)
        clauses.append(c)
        if i in row_places:
            specific[c[:30]] = row_places[i]

    # 版记 on a final portrait page
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec)
    for _ in range(14):
        para(doc, "", indent=False)
    banji(doc, "抄送：区委各部门，区人大常委会办公室，区政协办公室，区法院，区检察院。",
          "哈尔滨市松北区人民政府办公室", "2024年6月17日印发")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)

    meta = {
        "title": "哈尔滨市松北区人民政府办公室关于印发松北区加快跨境电子商务发展助力自贸试验区哈尔滨片区建设实施方案的通知",
        "doc_number": "松北政办发〔2024〕9号",
        "issuer": ["哈尔滨市松北区人民政府办公室"],
        "date": "2024-06-14",
        "published": "2024-06-17",
        "level": "county",
        "region": "哈尔滨市松北区",
        "effective": None,
        "expires": None,
        "attachments": ["松北区加快跨境电子商务发展重点任务分工表"],
        "doc_type": "通知",
        "recipients": ["各街道办事处", "镇人民政府", "区政府各有关部门", "各园区管理机构"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    EXPECTED[stem] = [{"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}]


# ======================================================= 3. 耿马县 通告
def make_gengma():
    stem = "blind251_gengma_tonggao"
    clauses, specific = [], {}
    doc = new_doc()
    page_number_footer(doc, doc.sections[0], odd_even=False)
    red_head(doc, ["耿马傣族佤族自治县人民政府"], "耿政通〔2024〕5号", size=30)
    title(doc, ["耿马傣族佤族自治县人民政府", "关于加强孟定清水河边民互市贸易区", "管理的通告"])
    pre = ("为规范边民互市贸易秩序，促进孟定清水河边民互市贸易区（以下简称互市区）健康发展，助力面向南亚东南亚"
           "辐射中心和中缅经济走廊建设，根据《中华人民共和国海关法》《边民互市贸易管理办法》等法律法规和有关规定，"
           "结合我县实际，现将有关事项通告如下：")
    para(doc, pre)
    clauses.append(pre)
    HUSHI = "孟定清水河边民互市贸易区"
    arts = [
        ("第一条", ["本通告适用于在互市区以及芒卡镇、勐永镇边民互市点（以下统称互市场所）从事边民互市贸易及相关"
                   "经营、管理活动的单位和个人。"], [HUSHI, "芒卡镇边民互市点", "勐永镇边民互市点"]),
        ("第二条", ["参与边民互市贸易的边民应当持有有效的边民证，并在中国（云南）国际贸易“单一窗口”边民互市系统"
                   "完成备案。边民可以自愿组建或者加入边民互助组、边民合作社，以互助组、合作社名义集中开展互市申报。"],
         None),
        ("第三条", ["边民通过互市贸易进口的生活用品，每人每日价值在人民币8000元以下的，免征进口关税和进口环节税；"
                   "超出部分按照规定征收税款。互市进口商品不得超出国家公布的边民互市进口商品清单范围。"], None),
        ("第四条", ["互市区实行封闭管理，开放时间为每日8:00至19:00（北京时间），节假日正常开放。因安全突发事件等"
                   "原因需要临时关闭的，由县口岸办提前向社会公告。"], [HUSHI]),
        ("第五条", ["鼓励互市进口商品在孟定边境经济合作区加工园区开展落地加工。对使用互市进口商品在加工园区内加工、"
                   "年加工产值达到1000万元以上的企业，县财政按照加工产值的1%给予奖励，每家企业每年最高不超过100万元。",
                   "落地加工企业应当建立互市商品收购、加工、销售台账，接受商务、海关、税务等部门监管，"
                   "不得将未经加工的互市商品直接转售。"], ["孟定边境经济合作区加工园区"]),
        ("第六条", ["任何单位和个人不得有下列行为：",
                   "（一）雇用、组织边民代为申报互市商品，或者出借、出租边民证；",
                   "（二）将互市进口商品直接转售给非落地加工企业，或者以互市名义进口国家禁止、限制进境的物品；",
                   "（三）擅自设立互市交易点或者私设收费项目。"], None),
        ("第七条", ["经清水河口岸入境的互市运输车辆，应当按照指定通道进入互市区查验场接受查验，并在互市区停车场有序"
                   "停放，不得在查验场外装卸互市商品。"], [HUSHI]),
        ("第八条", ["边民互市贸易应当通过具备资质的银行等金融机构办理跨境结算，鼓励使用人民币结算，严禁通过地下钱庄"
                   "等非法渠道结算。"], None),
        ("第九条", ["违反本通告规定的，由海关、公安、市场监管、商务等部门依照有关法律法规予以处理；构成犯罪的，依法"
                   "追究刑事责任。对举报走私、违规互市行为经查证属实的，按照有关规定给予举报人奖励。"
                   "举报电话：0883-6121234。"], None),
        ("第十条", ["本通告自2024年9月1日起施行，有效期5年。《耿马傣族佤族自治县人民政府关于规范边民互市贸易秩序的"
                   "通告》（耿政通〔2019〕2号）同时废止。"], None),
    ]
    for label, paras_, places in arts:
        para(doc, [(label + "　", HEI), (paras_[0], FS)])
        for extra in paras_[1:]:
            para(doc, extra)
        text = label + "　" + "\n".join(paras_)
        clauses.append(text)
        if places:
            specific[text[:20]] = places
    signoff(doc, "耿马傣族佤族自治县人民政府", "2024年8月20日")
    banji(doc, "抄送：临沧市人民政府口岸办公室，临沧海关，孟定海关。",
          "耿马傣族佤族自治县人民政府办公室", "2024年8月21日印发")
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)

    meta = {
        "title": "耿马傣族佤族自治县人民政府关于加强孟定清水河边民互市贸易区管理的通告",
        "doc_number": "耿政通〔2024〕5号",
        "issuer": ["耿马傣族佤族自治县人民政府"],
        "date": "2024-08-20",
        "published": "2024-08-21",
        "level": "county",
        "region": "耿马傣族佤族自治县",
        "effective": "2024-09-01",
        "expires": "2029-08-31",
        "attachments": [],
        "doc_type": "通告",
        "recipients": [],
        "publicity": "此件公开发布",
        "repeals": "《耿马傣族佤族自治县人民政府关于规范边民互市贸易秩序的通告》（耿政通〔2019〕2号）",
    }
    EXPECTED[stem] = [{"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}}]


# ======================================================= 4. 包头稀土高新区 网页
def make_baotou():
    stem = "blind251_baotou_cuoshi"
    clauses, specific = [], {}
    TITLE = "包头稀土高新区管委会关于印发《包头稀土高新区支持企业开拓共建“一带一路”市场若干措施》的通知"
    cover = ("为深入贯彻落实自治区、包头市关于推动高水平对外开放的部署要求，支持企业深度参与共建“一带一路”，"
             "现将《包头稀土高新区支持企业开拓共建“一带一路”市场若干措施》印发给你们，请认真抓好落实。")
    pre = ("为支持高新区企业用好国内国际两个市场、两种资源，推动稀土新材料、装备制造等优势产品扩大对共建“一带一路”"
           "国家出口，制定以下措施。")
    items = [
        ("一、支持稀土新材料企业扩大出口。",
         "对高新区内生产稀土功能材料、稀土永磁电机等产品的企业，年出口额首次超过500万美元的，一次性奖励30万元；"
         "首次超过1000万美元的，一次性奖励60万元（已获奖励的按差额补足）。", None),
        ("二、支持希望园区建设出口加工基地。",
         "对在希望园区新建、主要产品面向共建“一带一路”国家出口的制造业项目，固定资产投资达到1亿元以上的，"
         "按照设备投资额的5%给予补助，最高不超过1000万元。", ["希望园区"]),
        ("三、支持滨河新区发展跨境电商。",
         "对入驻滨河新区跨境电商产业园的企业，前三年给予办公场地租金全额补贴；对产业园内年跨境电商出口额超过"
         "200万美元的企业，按照出口额的2%给予奖励，最高100万元。", ["滨河新区跨境电商产业园"]),
        ("四、支持企业利用中欧班列拓展市场。",
         "对通过包头始发的中欧、中亚班列出口自产产品的企业，按照每标准箱1000元给予运费补贴，每家企业每年最高"
         "50万元。", None),
        ("五、支持企业开展国际认证和境外商标注册。",
         "对企业取得欧盟CE、俄罗斯EAC等产品认证，或者在共建“一带一路”国家注册商标的，按照实际费用的50%"
         "给予补助，每家企业每年最高20万元。", None),
        ("六、支持企业参加国际性展会。",
         "对企业参加蒙古国乌兰巴托、俄罗斯莫斯科等地举办的国际性展会的，按照下表标准给予补助：", None),
    ]
    t_header = ["展会类型", "展会举办地", "补助比例", "单个展会最高补助"]
    t_rows = [["境外重点展会", "共建“一带一路”国家", "展位费的80%", "8万元"],
              ["境外重点展会", "其他国家和地区", "展位费的50%", "5万元"],
              ["境内国际性展会", "中国境内", "展位费的50%", "3万元"]]
    items2 = [
        ("七、强化金融服务保障。",
         "引导驻区金融机构为外贸企业提供出口信贷、外汇避险等服务，对企业开展汇率避险业务的，按照实际费用的30%"
         "给予补助，每家企业每年最高10万元。", None),
        ("八、",
         "本措施自2024年6月1日起施行，有效期至2027年5月31日，由高新区经济发展局负责解释。", None),
    ]

    def p_item(head, body):
        return (f'<p style="text-indent:2em;line-height:2;">'
                f'<strong>{head}</strong>{body}</p>')

    body_html = []
    body_html.append('<p style="line-height:2;">各部门、各园区，各有关企业：</p>')
    body_html.append(f'<p style="text-indent:2em;line-height:2;">{cover}</p>')
    clauses.append(cover)
    body_html.append('<p style="text-align:right;line-height:2;">包头稀土高新技术产业开发区管理委员会</p>')
    body_html.append('<p style="text-align:right;line-height:2;">2024年5月10日&nbsp;&nbsp;&nbsp;&nbsp;</p>')
    body_html.append('<p style="text-indent:2em;line-height:2;">（此件公开发布）</p>')
    body_html.append('<p>&nbsp;</p>')
    body_html.append('<p style="text-align:center;line-height:1.6;"><strong><span style="font-size:20px;'
                     'font-family:方正小标宋简体;">包头稀土高新区支持企业开拓<br/>共建“一带一路”市场若干措施'
                     '</span></strong></p>')
    body_html.append(f'<p style="text-indent:2em;line-height:2;">{pre}</p>')
    clauses.append(pre)
    for head, body, places in items:
        body_html.append(p_item(head, body))
        clauses.append(head + body)
        if places:
            specific[(head + body)[:20]] = places
    tbl = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;margin:0 auto;">',
           "<tbody>",
           "<tr>" + "".join(f'<td style="text-align:center;"><strong>{h}</strong></td>' for h in t_header) + "</tr>",
           f'<tr><td rowspan="2" style="text-align:center;">{t_rows[0][0]}</td><td>{t_rows[0][1]}</td>'
           f'<td>{t_rows[0][2]}</td><td>{t_rows[0][3]}</td></tr>',
           f'<tr><td>{t_rows[1][1]}</td><td>{t_rows[1][2]}</td><td>{t_rows[1][3]}</td></tr>',
           f'<tr><td style="text-align:center;">{t_rows[2][0]}</td><td>{t_rows[2][1]}</td>'
           f'<td>{t_rows[2][2]}</td><td>{t_rows[2][3]}</td></tr>',
           "</tbody></table>"]
    body_html.append("\n".join(tbl))
    for r in t_rows:
        clauses.append(row_clause(t_header, r))
    for head, body, places in items2:
        body_html.append(p_item(head, body))
        clauses.append(head + body)
    body_html.append('<p>&nbsp;</p>')
    body_html.append('<p style="line-height:2;">附件：<a href="/attach/2024/05/P020240514512345678901.docx">'
                     '包头稀土高新区“一带一路”市场开拓项目资金申报表.docx</a></p>')

    jd = """
<div class="jiedu">
  <div class="jd-title">《包头稀土高新区支持企业开拓共建“一带一路”市场若干措施》政策解读</div>
  <div class="jd-info">发布日期：2024-05-14&nbsp;&nbsp;&nbsp;来源：高新区经济发展局&nbsp;&nbsp;&nbsp;浏览次数：<span>1268</span></div>
  <div class="jd-content">
    <p style="text-indent:2em;"><strong>一、出台背景</strong></p>
    <p style="text-indent:2em;">近年来，高新区稀土新材料、装备制造等产业对共建“一带一路”国家出口保持较快增长，但企业在开拓市场、物流运输、国际认证等方面仍面临成本高、渠道少等困难。为进一步稳外贸、拓市场，经济发展局在深入调研的基础上起草了《若干措施》。</p>
    <p style="text-indent:2em;"><strong>二、主要内容</strong></p>
    <p style="text-indent:2em;">《若干措施》共8条，主要包括：（一）对稀土新材料企业出口首次突破500万美元、1000万美元的分别给予30万元、60万元奖励；（二）对希望园区新建出口型制造业项目按设备投资额的5%给予补助；（三）对滨河新区跨境电商产业园入驻企业给予租金补贴和出口奖励；（四）对中欧、中亚班列运输给予每标准箱1000元补贴；（五）对国际认证和境外商标注册费用给予50%补助；（六）对参加国际性展会分类给予补助；（七）对汇率避险费用给予30%补助。</p>
    <p style="text-indent:2em;"><strong>三、申报方式</strong></p>
    <p style="text-indent:2em;">符合条件的企业可于每年3月、9月向高新区经济发展局提交申报表及相关证明材料，经审核公示后拨付资金。</p>
    <p style="text-indent:2em;"><strong>四、咨询方式</strong></p>
    <p style="text-indent:2em;">高新区经济发展局外经外贸科，联系电话：0472-5351234。</p>
  </div>
</div>"""

    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{TITLE}_政策文件_包头稀土高新技术产业开发区管理委员会</title>
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2024-05-14 16:32">
<meta name="ContentSource" content="高新区党政办公室">
<style>
 body{{font-family:"Microsoft YaHei",SimSun;}} .xxgk td{{border:1px solid #ccc;padding:4px 8px;}}
 .jiedu{{margin-top:30px;border-top:2px solid #0a5ea8;}} .jd-title{{font-size:20px;text-align:center;font-weight:bold;margin:14px 0;}}
</style>
</head>
<body>
<div class="header"><img src="/images/logo.png" alt="包头稀土高新技术产业开发区管理委员会"/>
  <ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/tzzc/">投资政策</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
</div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; 高新区文件</div>
<div class="main">
<table class="xxgk" cellspacing="0">
 <tr><td>索引号：</td><td>11150200MB1934567X/2024-00321</td><td>主题分类：</td><td>商贸、海关、旅游/对外经济合作</td></tr>
 <tr><td>发文机关：</td><td>包头稀土高新区管委会</td><td>成文日期：</td><td>2024年05月10日</td></tr>
 <tr><td>标　　题：</td><td colspan="3">{TITLE}</td></tr>
 <tr><td>发文字号：</td><td>包稀高管发〔2024〕21号</td><td>发布日期：</td><td>2024年05月14日</td></tr>
 <tr><td>有 效 性：</td><td>有效</td><td>公开方式：</td><td>主动公开</td></tr>
</table>
<h1 style="text-align:center;font-size:24px;color:#c00;">{TITLE}</h1>
<div class="doc-info">发布时间：2024-05-14 16:32&nbsp;&nbsp;来源：高新区党政办公室&nbsp;&nbsp;【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_Editor" id="zoom">
<p style="text-align:center;">包稀高管发〔2024〕21号</p>
{chr(10).join(body_html)}
</div>
{jd}
<div class="share">【打印本页】【关闭窗口】</div>
</div>
<div class="footer">主办：包头稀土高新技术产业开发区管理委员会&nbsp;&nbsp;承办：高新区党政办公室<br/>蒙ICP备12001234号-1&nbsp;&nbsp;蒙公网安备 15020702000123号&nbsp;&nbsp;网站标识码：1502000012</div>
</body>
</html>
"""
    with open(os.path.join(HERE, stem + ".html"), "w", encoding="utf-8") as f:
        f.write(html)

    meta = {
        "title": TITLE,
        "doc_number": "包稀高管发〔2024〕21号",
        "issuer": ["包头稀土高新技术产业开发区管理委员会"],
        "date": "2024-05-10",
        "published": "2024-05-14",
        "level": "zone",
        "region": "包头稀土高新技术产业开发区",
        "effective": "2024-06-01",
        "expires": "2027-05-31",
        "attachments": ["包头稀土高新区“一带一路”市场开拓项目资金申报表"],
        "doc_type": "通知",
        "recipients": ["各部门", "各园区", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    # the 政策解读 below the policy is a text of its own (own title, 发布日期, 来源); its headings
    # 一、出台背景 … stand alone on their line, so only the paragraphs under them are clauses.
    jd_meta = {
        "title": "《包头稀土高新区支持企业开拓共建“一带一路”市场若干措施》政策解读",
        "doc_number": None,
        "issuer": ["包头稀土高新区经济发展局"],
        "date": None,
        "published": "2024-05-14",
        "level": "zone",
        "region": "包头稀土高新技术产业开发区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "政策解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    jd_clauses = [re.sub(r"<[^>]+>", "", x) for x in re.findall(
        r'<p style="text-indent:2em;">([^<].*?)</p>', jd)]
    EXPECTED[stem] = [{"meta": meta, "clauses": clauses, "applies_to": {"specific": specific}},
                      {"meta": jd_meta, "clauses": jd_clauses, "applies_to": {"specific": {}}}]


if __name__ == "__main__":
    make_luanhe()
    make_songbei()
    make_gengma()
    make_baotou()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    for k, v in EXPECTED.items():
        for d in v:
            print(k, len(d["clauses"]), "clauses", len(d["applies_to"]["specific"]), "specific")
