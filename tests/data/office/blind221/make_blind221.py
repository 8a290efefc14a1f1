# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 221: the most ordinary documents of the autonomous regions and autonomous prefectures.

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind221_guangxi_yijian.docx / .pdf   广西壮族自治区人民政府办公厅 实施意见 (桂政办发〔2024〕41号) on 边境贸易
      and 沿边临港产业园区; 一、（一）1. body; 附件 重点任务分工表 (类别 column merged vertically,
      牵头单位 / 责任单位 naming 设区市 and 县级市), header row repeated.
  blind221_neimeng_shenbao.docx / .pdf  内蒙古自治区商务厅 + 内蒙古自治区财政厅 joint 通知 (内商务发〔2024〕87号):
      版头 with the lead organ only, 落款 side by side on one line (tab), （此件主动公开）;
      附件1 申报指南, 附件2 a blank 汇总表 form in a landscape section.
  blind221_yanbian_fangan.docx / .pdf   延边朝鲜族自治州人民政府 关于印发…工作方案（2024—2026年）的通知
      (延州政发〔2024〕9号): no 附件说明 and no 附件 label (the 方案 simply starts on a new page),
      items ending in （责任单位：…）, a 附表 of 口岸 projects at the end of the 方案.
  blind221_horgos_banfa.docx / .pdf     中国（新疆）自由贸易试验区霍尔果斯片区管理委员会 印发《…管理办法》的通知
      (霍片管发〔2024〕17号): two-line 版头, 办法 after a section break, 第一章…第六章 / 第一条…第二十条,
      one article with two 款, two articles with （一）… items.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind221.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
FS2 = "仿宋"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16   # 三号
ER = 22    # 二号
SI = 14    # 四号
XSI = 12   # 小四
LINE = Pt(28.95)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
D = WD_ALIGN_PARAGRAPH.DISTRIBUTE


# ================================================================ helpers
def fnt(run, east=FS, size=SAN, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color
    return run


def P(container, text="", east=FS, size=SAN, align=J, indent=2, bold=False, color=None, line=LINE, before=0, after=0):
    p = container.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if text:
        fnt(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, bold=False, body_font=FS):
    p = P(doc, east=body_font)
    fnt(p.add_run(head), head_font, SAN, bold)
    fnt(p.add_run(body), body_font, SAN)
    return p


def pborder(p, side, sz, color, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(b)
    b.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(p, size=SI, dash="— ", dash2=" —"):
    fnt(p.add_run(dash), ST, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = fnt(p.add_run(), ST, size)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            r._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            r._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    fnt(p.add_run(dash2), ST, size)


def grid(section, kind="lines"):
    sp = section._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), kind)
    g.set(qn("w:linePitch"), "579")


def new_doc(odd_even=True, centered_numbers=False, body_font=FS):
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(28)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), body_font)
    st.paragraph_format.space_after = Pt(0)
    grid(s)
    if centered_numbers:
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        page_field(fp)
    else:
        doc.settings.odd_and_even_pages_header_footer = odd_even
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
        if odd_even:
            ep = s.even_page_footer.paragraphs[0]
            ep.alignment = L
            ep.paragraph_format.left_indent = Pt(SI)
            page_field(ep)
    return doc


def banhead(doc, text, size=48, width_scale=None, align=C, line=None):
    p = P(doc, "", XBZ, size, align, 0, line=line or Pt(size * 1.2))
    r = fnt(p.add_run(text), XBZ, size, color=RED)
    if width_scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), width_scale)))
    return p


def docnum_rule(doc, num, blank_before=2, east=FS):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, num, east, SAN, C, 0)
    pborder(p, "bottom", 18, "FF0000", 10)
    P(doc, indent=0)


def title(doc, lines, soft=True, after_blank=True):
    if soft:
        p = P(doc, "", XBZ, ER, C, 0, line=Pt(35))
        for i, t in enumerate(lines):
            r = fnt(p.add_run(t), XBZ, ER)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for t in lines:
            P(doc, t, XBZ, ER, C, 0, line=Pt(35))
    if after_blank:
        P(doc, indent=0)


def attach_note(doc, items, east=FS):
    """附件：1．… / 2．… with hanging indent (附件说明)."""
    P(doc, indent=0)
    for i, t in enumerate(items):
        if len(items) == 1:
            txt = "附件：" + t
        else:
            txt = ("附件：" if i == 0 else "") + "%d．%s" % (i + 1, t)
        p = P(doc, txt, east, indent=0)
        pf = p.paragraph_format
        if len(items) == 1:
            pf.left_indent = Pt(SAN * 5)
            pf.first_line_indent = Pt(-SAN * 3)
        elif i == 0:
            pf.left_indent = Pt(SAN * 6)
            pf.first_line_indent = Pt(-SAN * 4)
        else:
            pf.left_indent = Pt(SAN * 6)
            pf.first_line_indent = Pt(-SAN * 1)


def signoff(doc, organ, date, right_chars=4, blank=3, public="（此件公开发布）", east=FS, date_extra=1):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, organ, east, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p.paragraph_format.keep_with_next = True
    p = P(doc, date, east, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right_chars + date_extra))
    if public:
        P(doc, indent=0)
        P(doc, public, east, SAN, L, 2)


def banji(doc, chaosong, printer=None, printdate=None, blank=0, east=FS):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, "", east, SI, L, 0, line=Pt(24))
    pf = p.paragraph_format
    pf.left_indent = Pt(SI * 4)
    pf.right_indent = Pt(SI)
    pf.first_line_indent = Pt(-SI * 3)
    fnt(p.add_run("抄送：" + chaosong), east, SI)
    pf.keep_with_next = True
    pborder(p, "top", 12, "000000", 2)
    if printer:
        pborder(p, "bottom", 4, "000000", 2)
        p = P(doc, "", east, SI, L, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI)
        p.paragraph_format.right_indent = Pt(SI)
        fnt(p.add_run(printer), east, SI)
        fnt(p.add_run("\t" + printdate + "印发"), east, SI)
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8600"/></w:tabs>' % nsdecls("w")))
    pborder(p, "bottom", 12, "000000", 2)


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False, color=None, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = line if line else 1.0
    if text:
        fnt(p.add_run(text), east, size, bold, color)
    return p


def col_widths(tbl, widths_mm):
    tbl.autofit = False
    tblPr = tbl._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in tbl.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_height(row, mm):
    row._tr.get_or_add_trPr().append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>' % (nsdecls("w"), int(mm * 56.7))))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def portrait_section(doc, start=WD_SECTION.NEW_PAGE):
    sec = doc.add_section(start)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)
    return sec


# ================================================================ (a) 广西 办公厅 实施意见
GX_NUM = "桂政办发〔2024〕41号"
GX_TITLE = "广西壮族自治区人民政府办公厅关于推动边境贸易创新发展加快沿边临港产业园区建设的实施意见"
GX_TITLE_LINES = ["广西壮族自治区人民政府办公厅关于", "推动边境贸易创新发展加快沿边临港", "产业园区建设的实施意见"]
GX_MAIN_TO = "各市、县人民政府，自治区人民政府各组成部门、各直属机构："
GX_INTRO = "为深入贯彻落实《国务院办公厅关于促进边境贸易创新发展的指导意见》（国办发〔2019〕46号）和《中国（广西）自由贸易试验区总体方案》，推动我区边境贸易由“通道经济”向“口岸经济”“产业经济”转变，加快建设面向东盟的沿边临港产业园区，服务共建“一带一路”和西部陆海新通道建设，经自治区人民政府同意，现提出以下实施意见。"
GX_GOAL = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持边贸与产业、口岸与园区联动发展。到2025年，全区边境贸易进出口额突破2000亿元，边民互市贸易落地加工率达到60%以上；到2027年，建成3个以上产值超百亿元的沿边临港产业园区，形成一批面向东盟的跨境产业链供应链。"
# (heading of （x）, run-in text or None, [(1．head, text)])
GX_TASKS = [
    ("（一）提升边民互市贸易发展水平。", None, [
        ("1．规范发展边民互助组。", "在凭祥市、东兴市、龙州县、宁明县、大新县、靖西市、那坡县等边境县（市、区）推行“边民互助组+合作社+落地加工企业”模式，2024年12月31日前实现边民互助组备案管理全覆盖。"),
        ("2．扩大互市商品落地加工。", "支持崇左市、防城港市、百色市建设边民互市商品落地加工园区，对使用互市进口商品在园区内加工并实现销售的企业，由所在设区市按照加工增值额的3%给予奖励，单个企业每年最高不超过300万元。"),
        ("3．优化互市贸易监管服务。", "推广东兴互市贸易区“线上申报、集中查验、分类放行”经验，2025年6月30日前在友谊关、水口、龙邦、平孟口岸互市点全面推行互市贸易申报系统。"),
    ]),
    ("（二）建设沿边临港产业园区。", None, [
        ("1．做强崇左片区。", "支持中国（广西）自由贸易试验区崇左片区与凭祥综合保税区协同发展，重点发展东盟水果、红木家具和电子信息加工贸易，推动中国—东盟（凭祥）智慧口岸配套产业园2025年底前建成投用。"),
        ("2．提升东兴国家重点开发开放试验区发展能级。", "支持防城港市在东兴试验区布局海产品、坚果、中药材等进口资源加工产业，推动东兴边境经济合作区与越南芒街口岸经济区开展跨境产业合作。"),
        ("3．推动钦州港片区临港产业集聚。", "依托中国（广西）自由贸易试验区钦州港片区和中马钦州产业园区，发展面向东盟的石化新材料、新能源汽车零部件产业。对在钦州港片区新设且实际利用外资达到1000万美元以上的制造业项目，自治区按照实际到资额的2%给予奖励。"),
    ]),
    ("（三）畅通跨境物流通道。", "加快南宁至凭祥跨境铁路货运扩能，加密北部湾港至东盟国家海运航线，推动中越跨境公路直通运输常态化，2024年内实现南宁国际铁路港至越南河内跨境班列每周开行不少于5列。南宁片区要发挥中国—东盟跨境物流枢纽作用，建设面向东盟的国际陆港。", []),
    ("（四）提升口岸通关效率。", None, [
        ("1．推进智慧口岸建设。", "2025年底前完成友谊关口岸、东兴口岸智慧化改造，进出口整体通关时间在2023年基础上压缩20%。"),
        ("2．创新边贸结算方式。", "支持在凭祥市、东兴市开展边贸人民币结算试点，鼓励银行机构与越南商业银行开展人民币与越南盾直接汇率挂牌交易。"),
    ]),
]
GX_GUARANTEE = [
    ("（一）加强组织领导。", "自治区商务厅负责统筹推进本意见实施，各有关设区市人民政府要建立相应工作机制，于每年1月31日前将上一年度落实情况报送自治区商务厅。"),
    ("（二）强化资金支持。", "自治区财政每年从外经贸发展专项资金中统筹安排资金支持边境贸易创新发展，崇左、防城港、百色市要按照不低于1∶1的比例安排配套资金。"),
    ("（三）加强督促评估。", "自治区人民政府督查室会同自治区商务厅对本意见落实情况开展年度评估，评估结果纳入设区市绩效考评。"),
]
GX_CLOSE = "本意见自2024年7月1日起施行，有效期5年。"
GX_ANNEX_T = "推动边境贸易创新发展加快沿边临港产业园区建设重点任务分工表"
GX_HEADER = ["类别", "序号", "重点任务", "牵头单位", "责任单位"]
GX_ROWS = [
    ("边民互市贸易", [
        ["1", "实现边民互助组备案管理全覆盖", "自治区商务厅", "崇左、防城港、百色市人民政府，凭祥市、东兴市人民政府"],
        ["2", "建设边民互市商品落地加工园区", "自治区商务厅、工业和信息化厅", "崇左、防城港、百色市人民政府"],
        ["3", "在友谊关、水口、龙邦、平孟口岸互市点全面推行互市贸易申报系统", "南宁海关", "崇左、百色市人民政府"],
    ]),
    ("沿边临港产业园区", [
        ["4", "推动中国—东盟（凭祥）智慧口岸配套产业园建成投用", "崇左市人民政府", "自治区发展改革委、商务厅（自贸办）"],
        ["5", "推动东兴边境经济合作区与越南芒街口岸经济区开展跨境产业合作", "防城港市人民政府", "自治区商务厅、外事办"],
        ["6", "落实钦州港片区外资制造业项目到资奖励", "自治区商务厅", "自治区财政厅，钦州市人民政府"],
    ]),
    ("物流通道和口岸", [
        ["7", "开行南宁国际铁路港至越南河内跨境班列", "自治区交通运输厅", "南宁市人民政府，中国铁路南宁局集团有限公司"],
        ["8", "建设面向东盟的国际陆港", "南宁市人民政府", "自治区发展改革委、交通运输厅"],
        ["9", "完成友谊关口岸、东兴口岸智慧化改造", "南宁海关", "崇左、防城港市人民政府"],
        ["10", "在凭祥市、东兴市开展边贸人民币结算试点", "人民银行广西壮族自治区分行", "崇左、防城港市人民政府"],
    ]),
    ("保障措施", [
        ["11", "统筹安排外经贸发展专项资金并落实配套资金", "自治区财政厅", "自治区商务厅，崇左、防城港、百色市人民政府"],
        ["12", "开展年度评估并纳入设区市绩效考评", "自治区人民政府督查室", "自治区商务厅"],
    ]),
]
GX_CHAOSONG = "自治区党委各部门，广西军区，自治区人大常委会办公厅，自治区政协办公厅，自治区监委，自治区高级法院，自治区检察院，南宁海关，各人民团体，各新闻单位。"
GX_PRINTER = "广西壮族自治区人民政府办公厅"
GX_PRINTDATE = "2024年6月17日"


def build_guangxi():
    doc = new_doc(odd_even=True)
    banhead(doc, "广西壮族自治区人民政府办公厅文件", 36, width_scale=70)
    docnum_rule(doc, GX_NUM)
    title(doc, GX_TITLE_LINES, soft=True)
    P(doc, GX_MAIN_TO, indent=0)
    P(doc, GX_INTRO)
    P(doc, "一、总体要求", HT, SAN)
    P(doc, GX_GOAL)
    P(doc, "二、重点任务", HT, SAN)
    for head, text, items in GX_TASKS:
        if text:
            runin(doc, head, text, KT)
        else:
            P(doc, head, KT, SAN)
            for h, t in items:
                runin(doc, h, t, FS, bold=True)
    P(doc, "三、保障措施", HT, SAN)
    for h, t in GX_GUARANTEE:
        runin(doc, h, t, KT)
    P(doc, GX_CLOSE)
    attach_note(doc, [GX_ANNEX_T])
    signoff(doc, "广西壮族自治区人民政府办公厅", "2024年6月14日", right_chars=2, blank=2, date_extra=3)
    # 附件 — the table page, new section (portrait), 宋体 小四 in cells
    portrait_section(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0, line=Pt(20))
    P(doc, GX_ANNEX_T[:16], XBZ, ER, C, 0, line=Pt(35))
    P(doc, GX_ANNEX_T[16:], XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0, line=Pt(16))
    nrows = 1 + sum(len(r) for _, r in GX_ROWS)
    tbl = doc.add_table(rows=nrows, cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [16, 11, 57, 34, 38])
    for i, h in enumerate(GX_HEADER):
        cell_text(tbl.cell(0, i), h, HT, XSI, C, line=Pt(20))
    repeat_header(tbl.rows[0])
    ri = 1
    for cat, rows in GX_ROWS:
        top = ri
        for r in rows:
            for ci, v in enumerate(r):
                cell_text(tbl.cell(ri, ci + 1), v, ST, XSI, C if ci == 0 else L, line=Pt(20))
                tbl.cell(ri, ci + 1).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cant_split(tbl.rows[ri])
            row_height(tbl.rows[ri], 12)
            ri += 1
        m = tbl.cell(top, 0).merge(tbl.cell(ri - 1, 0)) if ri - 1 > top else tbl.cell(top, 0)
        cell_text(m, cat, HT, XSI, C, line=Pt(20))
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    page_break(doc)
    banji(doc, GX_CHAOSONG, GX_PRINTER, GX_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind221_guangxi_yijian.docx")
    doc.save(out)
    return out


# ================================================================ (b) 内蒙古 商务厅 + 财政厅 joint 通知 + 申报指南
NM_NUM = "内商务发〔2024〕87号"
NM_GUIDE = "2024年度边境贸易和口岸经济发展专项资金项目申报指南"
NM_FORM = "2024年度边境贸易和口岸经济发展专项资金项目汇总表"
NM_TITLE = "内蒙古自治区商务厅　内蒙古自治区财政厅关于组织申报2024年度边境贸易和口岸经济发展专项资金项目的通知"
NM_TITLE_LINES = ["内蒙古自治区商务厅　内蒙古自治区财政厅", "关于组织申报2024年度边境贸易和口岸经济", "发展专项资金项目的通知"]
NM_MAIN_TO = "各盟市商务局、财政局，满洲里市、二连浩特市商务局、财政局："
NM_INTRO = "为贯彻落实《国务院关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见》（国发〔2023〕16号），加快建设我国向北开放重要桥头堡，促进边境贸易和口岸经济高质量发展，根据《内蒙古自治区外经贸发展专项资金管理办法》（内财建规〔2023〕5号），现就组织申报2024年度边境贸易和口岸经济发展专项资金项目有关事项通知如下。"
NM_ITEMS = [
    ("一、申报范围。", "本次申报重点支持满洲里、二连浩特、策克、甘其毛都、珠恩嘎达布其、阿日哈沙特等陆路口岸所在旗（市）开展的边民互市贸易落地加工、口岸物流、境外仓储和跨境电商项目。具体申报条件、支持标准和材料要求详见《申报指南》（附件1）。"),
    ("二、申报程序。", "项目单位向所在旗县（市、区）商务主管部门提出申请，经旗县级商务、财政部门初审后报盟市商务局、财政局。各盟市商务局会同同级财政局审核汇总后，于2024年8月30日前将正式文件、项目汇总表（附件2）及申报材料报送自治区商务厅对外贸易处，同时抄送自治区财政厅经济建设处。满洲里市、二连浩特市直接报送。"),
    ("三、工作要求。", "各盟市要严格审核把关，对申报材料的真实性、完整性负责，不得重复申报。已获得中央和自治区其他同类资金支持的项目，不得再次申报。逾期申报的，不予受理。"),
]
NM_CONTACT = ["联系人：自治区商务厅对外贸易处　乌　云　0471-6945213", "自治区财政厅经济建设处　李　哲　0471-6282476"]
# 附件1 申报指南
NM_G1 = ("一、支持方向", [
    ("（一）边民互市贸易落地加工项目。", "支持满洲里市、二连浩特市和额济纳旗（策克口岸）、乌拉特中旗（甘其毛都口岸）的落地加工企业使用边民互市进口商品开展精深加工，重点支持从俄罗斯、蒙古国进口的粮油、木材、牛羊肉和矿产品加工项目。"),
    ("（二）口岸物流和境外仓储项目。", "支持在满洲里、二连浩特铁路口岸和甘其毛都、策克公路口岸建设多式联运监管中心、冷链查验设施，支持区内企业在蒙古国乌兰巴托、俄罗斯后贝加尔斯克等地建设境外仓。"),
    ("（三）跨境电商项目。", "支持满洲里综合保税区、二连浩特市跨境电商产业园开展跨境电商“9610”“9710”“9810”业务，建设跨境电商公共海外仓和线上综合服务平台。"),
])
NM_G2 = ("二、申报条件", [
    "1．在自治区境内依法注册登记，具有独立法人资格，申报时正常经营满1年以上；",
    "2．近3年内未被列入严重失信主体名单，未发生重大安全生产、生态环境事故；",
    "3．项目已开工建设或者已建成，且2023年1月1日至2024年6月30日期间实际完成投资不低于200万元；",
    "4．同一项目单位本年度只能申报1个项目。",
])
NM_G3 = ("三、支持标准", [
    "（一）落地加工项目按照设备购置和生产线改造实际投资额的20%给予补助，单个项目最高不超过500万元。",
    "（二）口岸物流和境外仓储项目按照实际投资额的15%给予补助，单个项目最高不超过300万元；在珠恩嘎达布其、阿日哈沙特等年过货量较小的口岸实施的项目，补助比例提高至25%。",
    "（三）跨境电商项目按照平台建设和海外仓租赁费用的30%给予补助，单个项目最高不超过100万元。",
])
NM_G4 = ("四、申报材料", [
    "（一）项目资金申请文件及项目申报表；",
    "（二）企业营业执照、上一年度财务审计报告；",
    "（三）项目立项（备案）、用地、环评等批复文件；",
    "（四）投资完成情况证明材料（合同、发票、银行付款凭证等）；",
    "（五）企业信用承诺书。",
])
NM_G5 = ("五、其他事项", ["本指南由自治区商务厅、自治区财政厅负责解释。获得支持的项目名单将在自治区商务厅门户网站公示7个工作日。"])
NM_FORM_HEADER = ["序号", "盟市", "旗县（市、区）", "项目单位", "项目名称", "项目类别", "总投资（万元）", "申请资金（万元）", "联系人及电话", "备注"]
NM_CHAOSONG = "商务部对外贸易司，财政部内蒙古监管局，呼和浩特海关、满洲里海关。"
NM_PRINTER = "内蒙古自治区商务厅办公室"
NM_PRINTDATE = "2024年7月24日"


def build_neimeng():
    doc = new_doc(odd_even=True)
    # GB/T 9704: a joint document may show only the lead organ's name in the 版头
    banhead(doc, "内蒙古自治区商务厅文件", 44, width_scale=85)
    docnum_rule(doc, NM_NUM, blank_before=2)
    title(doc, NM_TITLE_LINES, soft=False)
    P(doc, NM_MAIN_TO, indent=0)
    P(doc, NM_INTRO)
    for h, t in NM_ITEMS:
        runin(doc, h, t, HT)
    p = P(doc)
    fnt(p.add_run(NM_CONTACT[0]), FS, SAN).add_break()
    fnt(p.add_run("　　　　" + NM_CONTACT[1]), FS, SAN)
    attach_note(doc, [NM_GUIDE, NM_FORM])
    # joint 落款 on ONE line, two organs separated by tabs; date under the second
    for _ in range(3):
        P(doc, indent=0)
    p = P(doc, "", FS, SAN, L, 0)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="left" w:pos="560"/><w:tab w:val="left" w:pos="5100"/></w:tabs>' % nsdecls("w")))
    fnt(p.add_run("\t内蒙古自治区商务厅\t内蒙古自治区财政厅"), FS, SAN)
    p.paragraph_format.keep_with_next = True
    p = P(doc, "2024年7月22日", FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 3)
    P(doc, indent=0)
    P(doc, "（此件主动公开）", FS, SAN, L, 2)
    page_break(doc)
    P(doc, "附件1", HT, SAN, L, 0)
    P(doc, indent=0)
    title(doc, [NM_GUIDE], soft=False)
    head, items = NM_G1
    P(doc, head, HT, SAN)
    for h, t in items:
        runin(doc, h, t, KT)
    for head, items in (NM_G2, NM_G3, NM_G4, NM_G5):
        P(doc, head, HT, SAN)
        for t in items:
            P(doc, t)
    # 附件2 — blank form in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(30), Mm(28)
    sec.footer_distance = Mm(15)
    sec._sectPr.find(qn("w:docGrid")).set(qn("w:type"), "default")
    P(doc, "附件2", HT, SAN, L, 0)
    P(doc, NM_FORM, XBZ, ER, C, 0, line=Pt(35))
    p = P(doc, "", FS, SI, L, 0, line=Pt(30))
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="left" w:pos="9600"/></w:tabs>' % nsdecls("w")))
    fnt(p.add_run("填报单位（盖章）：\t填报日期：　　年　　月　　日"), FS, SI)
    tbl = doc.add_table(rows=8, cols=len(NM_FORM_HEADER))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [12, 18, 24, 30, 38, 20, 20, 20, 34, 18])
    for i, h in enumerate(NM_FORM_HEADER):
        cell_text(tbl.cell(0, i), h, HT, XSI, C, line=Pt(18))
    for r in range(1, 8):
        row_height(tbl.rows[r], 10)
        for ci in range(len(NM_FORM_HEADER)):
            cell_text(tbl.cell(r, ci), "", FS, XSI)
    m = tbl.cell(7, 0).merge(tbl.cell(7, 5))
    cell_text(m, "合　　计", HT, XSI, C)
    P(doc, "注：项目类别填写“落地加工”“口岸物流”“境外仓储”“跨境电商”之一。", FS, XSI, L, 0, line=Pt(24))
    sec2 = portrait_section(doc)
    sec2._sectPr.find(qn("w:docGrid")).set(qn("w:type"), "lines")
    banji(doc, NM_CHAOSONG, NM_PRINTER, NM_PRINTDATE, blank=18)
    out = os.path.join(HERE, "blind221_neimeng_shenbao.docx")
    doc.save(out)
    return out


# ================================================================ (c) 延边州人民政府 印发 工作方案
YB_NUM = "延州政发〔2024〕9号"
YB_FANGAN = "延边州推进口岸经济高质量发展工作方案（2024—2026年）"
YB_TITLE = "延边朝鲜族自治州人民政府关于印发延边州推进口岸经济高质量发展工作方案（2024—2026年）的通知"
YB_TITLE_LINES = ["延边朝鲜族自治州人民政府关于印发", "延边州推进口岸经济高质量发展工作方案", "（2024—2026年）的通知"]
YB_MAIN_TO = "各县（市）人民政府，州政府各部门、各直属机构："
YB_NOTICE = [
    "现将《延边州推进口岸经济高质量发展工作方案（2024—2026年）》印发给你们，请结合实际，认真组织实施。",
    "各县（市）人民政府和州直有关部门要于每年6月30日、12月31日前将工作进展情况报送州商务局（州口岸办）。",
]
YB_INTRO = "为深入贯彻落实党中央、国务院关于推动新时代东北全面振兴的决策部署，落实《吉林省推进口岸经济发展若干措施》，充分发挥我州沿边近海、毗邻俄朝的区位优势，推动口岸由“通道经济”向“口岸经济”转变，结合我州实际，制定本方案。"
YB_GOAL = "到2026年，全州口岸年过货量达到500万吨，出入境人员达到150万人次；珲春边境经济合作区、和龙边境经济合作区和珲春综合保税区实现进出口总额300亿元；口岸落地加工产值年均增长15%以上。"
YB_TASKS = [
    ("（一）提升口岸通关保障能力。", None, [
        "1．加快珲春公路口岸、圈河口岸联检查验设施改造，2024年10月底前完成圈河口岸新国门及联检楼主体工程。（责任单位：珲春市政府、州商务局）",
        "2．推进图们铁路口岸升级改造，提升中朝国际联运货物换装能力。（责任单位：图们市政府、州发展改革委）",
        "3．推动龙井市三合口岸、开山屯口岸和和龙市南坪口岸、古城里口岸常态化通关，完善边民互市贸易区配套设施。（责任单位：龙井市政府、和龙市政府、州商务局）",
    ]),
    ("（二）做大做强口岸产业。", None, [
        "1．珲春边境经济合作区重点发展海产品、木制品和纺织服装加工。对利用俄罗斯进口海产品开展精深加工的企业，按照年度加工量每吨给予100元奖励，单户企业每年最高不超过200万元。（责任单位：珲春市政府、州财政局）",
        "2．支持珲春综合保税区发展保税物流、保税维修业务，2025年底前综合保税区进出口额达到80亿元。（责任单位：珲春市政府、珲春海关）",
        "3．支持中国（延吉）跨境电子商务综合试验区建设，在延吉市建设面向东北亚的跨境电商产业园。对新入驻且年跨境电商交易额达到1000万元以上的企业，给予一次性奖励20万元。（责任单位：延吉市政府、州商务局）",
        "4．支持和龙边境经济合作区承接口岸进口资源加工产业转移，建设进口矿产品、木材精深加工基地。（责任单位：和龙市政府、州工业和信息化局）",
    ]),
    ("（三）畅通国际物流通道。", "稳定运营珲春—扎鲁比诺—釜山陆海联运航线，常态化开行珲春至俄罗斯马哈林诺跨境铁路班列，推动经珲春铁路口岸进出境的中欧班列扩容，力争2026年跨境班列开行量达到300列。（责任单位：州交通运输局、珲春市政府）", []),
    ("（四）拓展口岸经济腹地。", "推动敦化市、安图县发展口岸进口资源配套加工产业，支持汪清县建设进口木材加工园区，形成“口岸+腹地”协同发展格局。（责任单位：敦化市政府、安图县政府、汪清县政府）", []),
]
YB_GUARANTEE = [
    ("（一）强化组织领导。", "成立由州政府分管副州长任组长的口岸经济发展工作专班，办公室设在州商务局（州口岸办），每季度召开1次调度会议。"),
    ("（二）加大资金支持。", "州财政每年安排口岸经济发展资金5000万元，统筹用于口岸基础设施建设和落地加工奖励。"),
    ("（三）严格督查考核。", "将口岸经济发展任务完成情况纳入州政府对县（市）政府年度绩效考核。"),
]
YB_CLOSE = "本方案自印发之日起实施，实施期限至2026年12月31日。"
YB_TABLE_T = "2024—2026年口岸基础设施重点项目表"
YB_HEADER = ["序号", "项目名称", "所在县（市）", "主要建设内容", "完成时限"]
YB_ROWS = [
    ["1", "圈河口岸新国门及联检楼工程", "珲春市", "新建联检楼2.3万平方米、查验场地4万平方米", "2024年10月"],
    ["2", "珲春公路口岸智能化查验通道", "珲春市", "新建货运智能查验通道8条", "2025年6月"],
    ["3", "图们铁路口岸换装场站改造", "图们市", "改造换装线2条，新增堆场1.5万平方米", "2025年12月"],
    ["4", "南坪口岸互市贸易区配套设施", "和龙市", "建设互市商品交易、仓储设施1.2万平方米", "2025年9月"],
    ["5", "三合口岸冷链查验中心", "龙井市", "新建冷链查验平台和冷库5000立方米", "2026年6月"],
]
YB_CHAOSONG = "州委各部门，州人大常委会办公室，州政协办公室，州监委，州中级法院，州检察院，延边军分区，珲春海关，延吉海关。"
YB_PRINTER = "延边朝鲜族自治州人民政府办公室"
YB_PRINTDATE = "2024年4月28日"


def build_yanbian():
    doc = new_doc(odd_even=True, body_font=FS2)
    banhead(doc, "延边朝鲜族自治州人民政府文件", 40, width_scale=72)
    docnum_rule(doc, YB_NUM, east=FS2)
    title(doc, YB_TITLE_LINES, soft=False)
    P(doc, YB_MAIN_TO, FS2, indent=0)
    for t in YB_NOTICE:
        P(doc, t, FS2)
    signoff(doc, "延边朝鲜族自治州人民政府", "2024年4月26日", right_chars=3, blank=3, east=FS2, date_extra=2)
    page_break(doc)
    # the 方案 starts on a new page — no 附件 label, title + subtitle
    P(doc, indent=0)
    P(doc, "延边州推进口岸经济高质量发展工作方案", XBZ, ER, C, 0, line=Pt(35))
    P(doc, "（2024—2026年）", KT, SAN, C, 0, line=Pt(30))
    P(doc, indent=0)
    P(doc, YB_INTRO, FS2)
    P(doc, "一、工作目标", HT, SAN)
    P(doc, YB_GOAL, FS2)
    P(doc, "二、重点任务", HT, SAN)
    for head, text, items in YB_TASKS:
        if text:
            runin(doc, head, text, KT, body_font=FS2)
        else:
            P(doc, head, KT, SAN)
            for t in items:
                P(doc, t, FS2)
    P(doc, "三、保障措施", HT, SAN)
    for h, t in YB_GUARANTEE:
        runin(doc, h, t, KT, body_font=FS2)
    P(doc, YB_CLOSE, FS2)
    P(doc, indent=0)
    P(doc, "附表", HT, SAN, L, 0)
    P(doc, YB_TABLE_T, HT, SAN, C, 0)
    tbl = doc.add_table(rows=1 + len(YB_ROWS), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [12, 44, 22, 56, 22])
    for i, h in enumerate(YB_HEADER):
        cell_text(tbl.cell(0, i), h, HT, XSI, C, line=Pt(20))
    for ri, r in enumerate(YB_ROWS, 1):
        for ci, v in enumerate(r):
            cell_text(tbl.cell(ri, ci), v, FS2, XSI, L if ci in (1, 3) else C, line=Pt(20))
            tbl.cell(ri, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    page_break(doc)
    banji(doc, YB_CHAOSONG, YB_PRINTER, YB_PRINTDATE, blank=17, east=FS2)
    out = os.path.join(HERE, "blind221_yanbian_fangan.docx")
    doc.save(out)
    return out


# ================================================================ (d) 霍尔果斯片区管委会 印发 管理办法
HG_NUM = "霍片管发〔2024〕17号"
HG_BANFA = "中国（新疆）自由贸易试验区霍尔果斯片区跨境电子商务发展扶持资金管理办法"
HG_ORGAN = "中国（新疆）自由贸易试验区霍尔果斯片区管理委员会"
HG_TITLE = HG_ORGAN + "关于印发《" + HG_BANFA + "》的通知"
HG_TITLE_LINES = ["中国（新疆）自由贸易试验区霍尔果斯片区", "管理委员会关于印发《中国（新疆）自由", "贸易试验区霍尔果斯片区跨境电子商务", "发展扶持资金管理办法》的通知"]
HG_MAIN_TO = "片区各部门，霍尔果斯综合保税区、中哈霍尔果斯国际边境合作中心中方配套区管理机构，各有关企业："
HG_NOTICE = "《" + HG_BANFA + "》已经片区管委会2024年第8次主任办公会议审议通过，现印发给你们，请认真遵照执行。"
# (chapter, [(number, [paragraphs of the article], [items])])
HG_CHAPTERS = [
    ("第一章　总　　则", [
        ("第一条", ["为加快发展跨境电子商务新业态，推动中国（新疆）自由贸易试验区霍尔果斯片区（以下简称片区）建设面向中亚的跨境电商枢纽，服务丝绸之路经济带核心区建设，根据《中国（新疆）自由贸易试验区总体方案》和有关规定，结合片区实际，制定本办法。"], []),
        ("第二条", ["本办法所称扶持资金，是指片区管委会从片区发展专项资金中安排，用于支持跨境电子商务企业、平台和配套服务发展的资金。"], []),
        ("第三条", ["扶持资金的管理和使用遵循公开透明、突出重点、绩效导向、专款专用的原则。"], []),
        ("第四条", ["片区管委会经济发展局负责扶持资金的申报受理、审核和绩效管理；片区管委会财政局负责资金预算安排和拨付；霍尔果斯海关等单位按照职责协助做好数据核验工作。"], []),
    ]),
    ("第二章　支持对象和条件", [
        ("第五条", ["本办法适用于在片区注册登记，并在霍尔果斯综合保税区或者中哈霍尔果斯国际边境合作中心中方配套区内实际开展跨境电子商务业务的企业。"], []),
        ("第六条", ["申请扶持资金的企业应当同时具备下列条件："], [
            "（一）在片区依法注册登记，具有独立法人资格，且税收征管关系在片区；",
            "（二）在海关办理跨境电子商务企业备案，申报数据真实、完整；",
            "（三）近两年内未被列入严重失信主体名单，未发生重大安全生产事故。",
        ]),
    ]),
    ("第三章　支持内容和标准", [
        ("第七条", ["对通过霍尔果斯公路口岸以跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）方式出口的企业，按照年度出口额每1美元给予0.03元人民币奖励，单个企业每年最高不超过200万元。"], []),
        ("第八条", ["对在霍尔果斯综合保税区开展跨境电商网购保税进口（1210）业务的企业，年度进口额达到5000万元以上的，给予一次性奖励30万元；达到1亿元以上的，给予一次性奖励50万元。"], []),
        ("第九条", ["对在哈萨克斯坦、乌兹别克斯坦等中亚国家建设或者租赁公共海外仓且面积达到2000平方米以上的片区企业，按照年度实际租金或者建设投资额的30%给予补助，单个海外仓每年最高不超过100万元。"], []),
        ("第十条", ["对经霍尔果斯铁路口岸通过中欧（中亚）班列运输跨境电商货物的企业，按照每标准箱2000元给予物流补贴。",
                   "同一批货物已享受自治区、伊犁哈萨克自治州同类物流补贴的，片区不再重复补贴。"], []),
        ("第十一条", ["对在中哈霍尔果斯国际边境合作中心中方配套区新设立的跨境电商直播基地、选品中心，经认定后按照场地装修投入的20%给予一次性补助，最高不超过50万元。"], []),
        ("第十二条", ["同一企业同一项目符合本办法多项条款或者片区其他扶持政策的，按照从高原则给予支持，不得重复享受。"], []),
    ]),
    ("第四章　申报和审核", [
        ("第十三条", ["扶持资金实行年度申报。企业应当于每年3月1日至3月31日向片区管委会经济发展局提交上一年度申报材料。"], []),
        ("第十四条", ["片区管委会经济发展局会同财政局、霍尔果斯海关对申报材料进行审核，必要时委托第三方机构开展专项审计。"], []),
        ("第十五条", ["审核结果在片区管委会门户网站公示5个工作日。公示无异议的，由片区管委会财政局在公示期满后30个工作日内拨付资金。"], []),
    ]),
    ("第五章　监督管理", [
        ("第十六条", ["企业有下列情形之一的，由片区管委会追回已拨付的扶持资金，并按照有关规定处理："], [
            "（一）虚报、冒领扶持资金的；",
            "（二）利用虚假跨境电商交易骗取扶持资金的；",
            "（三）截留、挪用扶持资金的；",
            "（四）获得扶持后3年内将注册地或者税收征管关系迁出片区的。",
        ]),
        ("第十七条", ["片区管委会经济发展局应当于每年12月31日前对扶持资金使用情况开展绩效评价，评价结果作为下一年度资金安排的重要依据。"], []),
    ]),
    ("第六章　附　　则", [
        ("第十八条", ["霍尔果斯经济开发区清水河配套园区内的跨境电子商务企业，参照本办法执行。"], []),
        ("第十九条", ["本办法由片区管委会经济发展局负责解释。"], []),
        ("第二十条", ["本办法自2024年10月1日起施行，有效期2年。"], []),
    ]),
]
HG_CHAOSONG = "自治区商务厅（自治区自贸办），伊犁哈萨克自治州人民政府办公室，霍尔果斯市人民政府，霍尔果斯海关。"
HG_PRINTER = "霍尔果斯片区管理委员会综合办公室"
HG_PRINTDATE = "2024年9月5日"


def build_horgos():
    doc = new_doc(centered_numbers=True)
    # two-line 版头: the long organ name, 文件 after the second line
    banhead(doc, "中国（新疆）自由贸易试验区", 36, width_scale=90, line=Pt(44))
    banhead(doc, "霍尔果斯片区管理委员会文件", 42, width_scale=75, line=Pt(50))
    docnum_rule(doc, HG_NUM, blank_before=1)
    title(doc, HG_TITLE_LINES, soft=True)
    P(doc, HG_MAIN_TO, indent=0)
    P(doc, HG_NOTICE)
    attach_note(doc, [HG_BANFA])
    signoff(doc, HG_ORGAN, "2024年9月3日", right_chars=1, blank=3, date_extra=9)
    # the 办法 after a section break (next page)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    grid(sec)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    title(doc, ["中国（新疆）自由贸易试验区霍尔果斯片区", "跨境电子商务发展扶持资金管理办法"], soft=False)
    for chap, arts in HG_CHAPTERS:
        P(doc, chap, HT, SAN, C, 0, before=6, after=6)
        for num, paras, items in arts:
            p = P(doc)
            fnt(p.add_run(num + "　"), FS, SAN, bold=True)
            fnt(p.add_run(paras[0]), FS, SAN)
            for extra in paras[1:]:
                P(doc, extra)
            for it in items:
                P(doc, it)
    page_break(doc)
    banji(doc, HG_CHAOSONG, HG_PRINTER, HG_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind221_horgos_banfa.docx")
    doc.save(out)
    return out


# ================================================================ PDF
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_221", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 广西
    gx_cl = [GX_INTRO, GX_GOAL]
    for head, text, items in GX_TASKS:
        if text:
            gx_cl.append(head + text)
        else:
            gx_cl.extend(h + t for h, t in items)
    gx_cl += [h + t for h, t in GX_GUARANTEE] + [GX_CLOSE]
    gx_cl += [row_clause(GX_HEADER, [cat] + r) for cat, rows in GX_ROWS for r in rows]
    out["blind221_guangxi_yijian"] = [{
        "meta": {
            "title": GX_TITLE, "doc_number": GX_NUM, "issuer": ["广西壮族自治区人民政府办公厅"],
            "date": "2024-06-14", "published": "2024-06-17", "level": "provincial", "region": "广西壮族自治区",
            "effective": "2024-07-01", "expires": "2029-06-30", "attachments": [GX_ANNEX_T], "doc_type": "实施意见",
            "recipients": ["各市、县人民政府", "自治区人民政府各组成部门、各直属机构"], "publicity": "此件公开发布",
        },
        "clauses": gx_cl,
        "applies_to": {
            "default": "广西壮族自治区",
            "specific": {
                "二、（一）1．": "凭祥市、东兴市、龙州县、宁明县、大新县、靖西市、那坡县（边境县）",
                "二、（一）2．": "崇左市、防城港市、百色市",
                "二、（一）3．": "友谊关（凭祥市）、水口（龙州县）、龙邦（靖西市）、平孟（那坡县）口岸互市点；东兴互市贸易区 is the model",
                "二、（二）1．": "崇左片区、凭祥综合保税区（崇左市凭祥市）",
                "二、（二）2．": "东兴国家重点开发开放试验区、东兴边境经济合作区（防城港市东兴市）; 越南芒街 is the partner, not a place of application",
                "二、（二）3．": "钦州港片区、中马钦州产业园区（钦州市）",
                "二、（三）": "南宁片区 / 南宁国际铁路港（南宁市）, 凭祥; 越南河内 / 东盟 destination",
                "二、（四）1．": "友谊关口岸（凭祥市）、东兴口岸（东兴市）",
                "二、（四）2．": "凭祥市、东兴市",
                "三、（二）": "崇左、防城港、百色市 (配套资金) — the first sentence is region-wide",
                "附件 序号1": "崇左、防城港、百色市，凭祥市、东兴市",
                "附件 序号2": "崇左、防城港、百色市",
                "附件 序号3": "友谊关、水口、龙邦、平孟口岸（崇左、百色市）",
                "附件 序号4": "凭祥（崇左市）",
                "附件 序号5": "东兴边境经济合作区（防城港市）",
                "附件 序号6": "钦州港片区（钦州市）",
                "附件 序号7": "南宁市",
                "附件 序号8": "南宁市",
                "附件 序号9": "友谊关口岸、东兴口岸（崇左、防城港市）",
                "附件 序号10": "凭祥市、东兴市",
                "附件 序号11": "崇左、防城港、百色市 (and region-wide)",
            },
            "note": "东盟 / 越南（河内、芒街）do not move a clause abroad. 牵头单位/责任单位 naming a 设区市人民政府 means the task is done there. 南宁海关 / 人民银行广西壮族自治区分行 are organs, not places.",
        },
        "_note": (
            "Furniture: red 版头 广西壮族自治区人民政府办公厅文件 (condensed 70%); 文号 桂政办发〔2024〕41号 + red rule; title ONE paragraph with two soft breaks (…办公厅关于 / 推动边境贸易创新发展加快沿边临港 / 产业园区建设的实施意见 — the second break splits 沿边临港|产业园区) joined without spaces; 主送; "
            "附件说明 附件：推动边境贸易创新发展加快沿边临港产业园区建设重点任务分工表 (one line that wraps); 落款 广西壮族自治区人民政府办公厅 / 2024年6月14日; （此件公开发布）; 版记 (抄送… / 广西壮族自治区人民政府办公厅 2024年6月17日印发) alone on the last page. "
            "Body: intro; 一、总体要求 heading + its paragraph (a clause); 二、重点任务 with （一）（二）（四） 楷体 headings on their own line followed by 1．2．3． items (bold run-in 1．heading + text = ONE clause; the （一） heading is a heading, not a clause, and must be in the item's path, 二、（一）1． ≠ 二、（二）1．); （三） is run-in (heading + text = one clause, no 1．); 三、保障措施 with run-in （一）（二）（三）; closing 本意见自2024年7月1日起施行，有效期5年 → effective 2024-07-01, expires 2029-06-30 (computed; 2029-07-01 tolerable low, null medium). "
            "附件 is in a new (portrait) section: label 附件, the table title on two centred paragraphs (…加快沿边临港 / 产业园区建设重点任务分工表 — headings, not clauses), then a 5-column table 类别/序号/重点任务/牵头单位/责任单位 with 12 rows; 类别 is ONE cell merged vertically over 2–4 rows (边民互市贸易 1–3, 沿边临港产业园区 4–6, 物流通道和口岸 7–10, 保障措施 11–12). "
            "Each row is one clause 类别：…；序号：N；重点任务：…；牵头单位：…；责任单位：… — the 类别 belongs to every row of its group (giving it only to the first row of the group, or as a path/heading, is tolerable low; losing it is low; shifting columns is high). Header row repeats. "
            "date = 2024-06-14 (落款), published 2024-06-17 (版记). 2024-12-31 / 2025-06-30 / 每年1月31日 are deadlines."
        ),
        "_pdf": {"note": "The title prints on three lines; “— N —” alternate sides. The 附件 table starts on a new page (section break) and runs onto a second page (rows 1–4 on page 6, rows 5–12 on page 7) where the header row 类别/序号/重点任务/牵头单位/责任单位 is printed again — not a row clause. The merged 类别 cell of rows 4–6 spans that page break, and LibreOffice splits its TEXT: 沿边临港 prints on page 6 (beside row 4) and 产业园区 on page 7 (beside rows 5–6) — the category of rows 4, 5 and 6 is still 沿边临港产业园区. 版记 alone on the last page. Same expected meta and clauses."},
    }]
    # ---- (b) 内蒙古
    nm_cl = [NM_INTRO] + [h + t for h, t in NM_ITEMS] + [NM_CONTACT[0] + "\n" + NM_CONTACT[1]]
    nm_cl += [h + t for h, t in NM_G1[1]] + NM_G2[1] + NM_G3[1] + NM_G4[1] + NM_G5[1]
    out["blind221_neimeng_shenbao"] = [{
        "meta": {
            "title": NM_TITLE, "doc_number": NM_NUM, "issuer": ["内蒙古自治区商务厅", "内蒙古自治区财政厅"],
            "date": "2024-07-22", "published": "2024-07-24", "level": "provincial", "region": "内蒙古自治区",
            "effective": None, "expires": None, "attachments": [NM_GUIDE, NM_FORM], "doc_type": "通知（组织申报）",
            "recipients": ["各盟市商务局、财政局", "满洲里市、二连浩特市商务局、财政局"], "publicity": "此件主动公开",
        },
        "clauses": nm_cl,
        "applies_to": {
            "default": "内蒙古自治区",
            "specific": {
                "一、申报范围": "满洲里市、二连浩特市、策克（额济纳旗）、甘其毛都（乌拉特中旗）、珠恩嘎达布其（东乌珠穆沁旗）、阿日哈沙特（新巴尔虎右旗）口岸所在旗（市）",
                "二、申报程序": "region-wide; last sentence 满洲里市、二连浩特市",
                "附件1 一、（一）": "满洲里市、二连浩特市、额济纳旗（策克口岸）、乌拉特中旗（甘其毛都口岸）",
                "附件1 一、（二）": "满洲里、二连浩特铁路口岸；甘其毛都、策克公路口岸 — 乌兰巴托（蒙古国）/ 后贝加尔斯克（俄罗斯） are where 境外仓 are built, not places of application",
                "附件1 一、（三）": "满洲里综合保税区、二连浩特市跨境电商产业园",
                "附件1 三、（二）": "珠恩嘎达布其、阿日哈沙特口岸 (the higher 25% rate); the first half is region-wide",
            },
            "note": "俄罗斯、蒙古国 (进口来源) do not move a clause abroad. 呼和浩特海关、满洲里海关 in the 抄送 are organs.",
        },
        "_note": (
            "Joint document of two organs whose 版头 shows ONLY the lead organ (内蒙古自治区商务厅文件, allowed by GB/T 9704): issuer must still be both 内蒙古自治区商务厅 and 内蒙古自治区财政厅 (from the title and the 落款); 财政厅 missing is high. "
            "文号 内商务发〔2024〕87号 + red rule. Title typed as THREE centred paragraphs (内蒙古自治区商务厅　内蒙古自治区财政厅 / 关于组织申报2024年度边境贸易和口岸经济 / 发展专项资金项目的通知) with a full-width space between the two organs (half-width or none: taste). "
            "主送 with two groups. Body: intro + 一、二、三、 run-in 黑体 items (whole paragraphs, number + heading + text = one clause) + a contact paragraph with a SOFT line break between the two contacts (联系人：…乌　云　0471-6945213 ⏎ 自治区财政厅经济建设处　李　哲　0471-6282476): one clause (dropping it as furniture: low; the separator does not matter). "
            "附件说明 on two paragraphs (附件：1．… / 2．…). Joint 落款 on ONE line: tab + 内蒙古自治区商务厅 + tab + 内蒙古自治区财政厅, date 2024年7月22日 under it right-aligned — furniture, not a clause; the two organs must not be glued into one issuer. （此件主动公开） (publicity, not a clause). "
            "附件1 (after a page break): label, title 2024年度…申报指南 (heading), 一、…五、 黑体 headings; 一、 has run-in 楷体 （一）（二）（三）; 二、 has items 1．…4． as whole paragraphs; 三、 （一）…（三） whole paragraphs; 四、 （一）…（五） short items; 五、 one paragraph. 21 clauses in all. "
            "附件2 is a BLANK form in a landscape section: label 附件2, title, 填报单位（盖章）：… 填报日期：　　年　　月　　日 line, a 10-column table with header only, 6 empty rows and a 合计 row, and a 注： line — no clauses (the 注 line as a clause: low; empty rows / 合计 as clauses: medium). "
            "No effective/expires (a 申报 notice; effective = 2024-07-22 tolerable low). 2024-08-30 is the submission deadline; 2023-01-01…2024-06-30 is the investment window — neither is effective/expires. 版记 alone on a portrait last page: 抄送 … / 内蒙古自治区商务厅办公室 2024年7月24日印发."
        ),
        "_pdf": {"note": "Page 1 red 版头 内蒙古自治区商务厅文件; the first contact line wraps inside the phone number (…乌 云 0471- / 6945213) and the second contact, after the soft break, starts on its own indented line; the 落款 line prints as “内蒙古自治区商务厅 内蒙古自治区财政厅” on one line with the date under it. 附件2 prints on a landscape page with the empty grid. 版记 alone on the last page. Same expected meta and clauses."},
    }]
    # ---- (c) 延边
    yb_cl = YB_NOTICE + [YB_INTRO, YB_GOAL]
    for head, text, items in YB_TASKS:
        if text:
            yb_cl.append(head + text)
        else:
            yb_cl.extend(items)
    yb_cl += [h + t for h, t in YB_GUARANTEE] + [YB_CLOSE] + [row_clause(YB_HEADER, r) for r in YB_ROWS]
    out["blind221_yanbian_fangan"] = [{
        "meta": {
            "title": YB_TITLE, "doc_number": YB_NUM, "issuer": ["延边朝鲜族自治州人民政府"],
            "date": "2024-04-26", "published": "2024-04-28", "level": "municipal", "region": "吉林省延边朝鲜族自治州",
            "effective": "2024-04-26", "expires": "2026-12-31", "attachments": [YB_FANGAN], "doc_type": "通知（印发工作方案）",
            "recipients": ["各县（市）人民政府", "州政府各部门、各直属机构"], "publicity": "此件公开发布",
        },
        "clauses": yb_cl,
        "applies_to": {
            "default": "吉林省延边朝鲜族自治州",
            "specific": {
                "二、（一）1．": "珲春市（珲春公路口岸、圈河口岸）",
                "二、（一）2．": "图们市（图们铁路口岸）",
                "二、（一）3．": "龙井市（三合口岸、开山屯口岸）、和龙市（南坪口岸、古城里口岸）",
                "二、（二）1．": "珲春边境经济合作区（珲春市）",
                "二、（二）2．": "珲春综合保税区（珲春市）",
                "二、（二）3．": "延吉市（中国（延吉）跨境电子商务综合试验区）",
                "二、（二）4．": "和龙边境经济合作区（和龙市）",
                "二、（三）": "珲春市（珲春铁路口岸）; 扎鲁比诺、釜山、马哈林诺 are abroad (route ends), not places of application",
                "二、（四）": "敦化市、安图县、汪清县",
                "附表 序号1": "珲春市", "附表 序号2": "珲春市", "附表 序号3": "图们市", "附表 序号4": "和龙市", "附表 序号5": "龙井市",
            },
            "note": "一、工作目标 names 珲春/和龙边境经济合作区 and 珲春综合保税区 in a州-wide target: default place (tagging the three zones as well is fine). 俄罗斯 / 朝鲜 / 东北亚 do not move a clause abroad. The （责任单位：…）tails naming 县（市）政府 confirm the place.",
        },
        "_note": (
            "Red 版头 延边朝鲜族自治州人民政府文件; 文号 延州政发〔2024〕9号 + red rule; title typed as THREE centred paragraphs (…关于印发 / 延边州推进口岸经济高质量发展工作方案 / （2024—2026年）的通知) — the title has NO book-title marks around the 方案 name; join without spaces. "
            "主送; two notice paragraphs (clauses); NO 附件说明 line; 落款 延边朝鲜族自治州人民政府 / 2024年4月26日; （此件公开发布）. After a page break the 方案 starts with NO 附件 label: title 延边州推进口岸经济高质量发展工作方案 + subtitle （2024—2026年） in 楷体 on its own line (headings; the attachment is still 延边州推进口岸经济高质量发展工作方案（2024—2026年） and belongs to this ONE document; a separate second document with the same issuer/date is tolerable). "
            "方案: intro; 一、工作目标 + paragraph; 二、重点任务 with （一）（二） 楷体 headings on their own line followed by 1．2．… items as whole paragraphs each ending in （责任单位：…） (the tail is part of the clause); （三）（四） run-in; 三、保障措施 run-in （一）…（三）; closing 本方案自印发之日起实施，实施期限至2026年12月31日 → effective = 2024-04-26 (成文; 2024-04-28 印发 tolerable low), expires 2026-12-31. "
            "附表 label + table title 2024—2026年口岸基础设施重点项目表 (headings) + a 5-column table 序号/项目名称/所在县（市）/主要建设内容/完成时限 with 5 rows (row clauses). 完成时限 values are deadlines. 版记 (抄送… / 延边朝鲜族自治州人民政府办公室 2024年4月28日印发) alone on the last page. Body font 仿宋 (not 仿宋_GB2312)."
        ),
        "_pdf": {"note": "Title on three lines; the 方案 begins on page 2 without any 附件 label; the 附表 label, table title and the table's header row sit at the foot of page 5 while all 5 data rows are on page 6 with no repeated header (the header row is not marked to repeat) — the rows must still be read with the header's column names; 版记 alone on the last page; “— N —” alternate sides. Same expected meta and clauses."},
    }]
    # ---- (d) 霍尔果斯
    hg_art = []
    for chap, arts in HG_CHAPTERS:
        for num, paras, items in arts:
            hg_art.append(num + "　" + "\n".join(paras))
            hg_art.extend(items)
    out["blind221_horgos_banfa"] = [{
        "meta": {
            "title": HG_TITLE, "doc_number": HG_NUM, "issuer": [HG_ORGAN],
            "date": "2024-09-03", "published": "2024-09-05", "level": "zone",
            "region": "新疆维吾尔自治区伊犁哈萨克自治州霍尔果斯市（中国（新疆）自由贸易试验区霍尔果斯片区）",
            "effective": "2024-10-01", "expires": "2026-09-30", "attachments": [HG_BANFA], "doc_type": "通知（印发管理办法）",
            "recipients": ["片区各部门", "霍尔果斯综合保税区、中哈霍尔果斯国际边境合作中心中方配套区管理机构", "各有关企业"],
            "publicity": "此件公开发布",
        },
        "clauses": [HG_NOTICE] + hg_art,
        "applies_to": {
            "default": "中国（新疆）自由贸易试验区霍尔果斯片区（伊犁哈萨克自治州霍尔果斯市）",
            "specific": {
                "第五条": "霍尔果斯综合保税区、中哈霍尔果斯国际边境合作中心中方配套区",
                "第七条": "霍尔果斯公路口岸",
                "第八条": "霍尔果斯综合保税区",
                "第九条": "片区 (the enterprise); 哈萨克斯坦、乌兹别克斯坦 / 中亚 are where the 海外仓 stand — not places of application",
                "第十条": "霍尔果斯铁路口岸",
                "第十一条": "中哈霍尔果斯国际边境合作中心中方配套区",
                "第十八条": "霍尔果斯经济开发区清水河配套园区（伊犁哈萨克自治州霍城县） — extension outside the 片区",
            },
            "note": "第十条 second 款 mentions 自治区 / 伊犁哈萨克自治州 subsidies — other organs' funds, not places of application. 霍尔果斯海关 is an organ.",
        },
        "_note": (
            "Two-line red 版头 (中国（新疆）自由贸易试验区 / 霍尔果斯片区管理委员会文件, two paragraphs of different size) — furniture, and the issuer is the full organ name 中国（新疆）自由贸易试验区霍尔果斯片区管理委员会 (霍尔果斯片区管理委员会 alone: low). 文号 霍片管发〔2024〕17号 + red rule. "
            "Title ONE paragraph with three soft breaks (中国（新疆）自由贸易试验区霍尔果斯片区 / 管理委员会关于印发《中国（新疆）自由 / 贸易试验区霍尔果斯片区跨境电子商务 / 发展扶持资金管理办法》的通知 — breaks inside 片区|管理委员会, 自由|贸易 and 电子商务|发展), join without spaces. 主送 (3 groups); one notice paragraph; 附件说明 (one long attachment name, wraps under a hanging indent); 落款 (the long organ name) / 2024年9月3日; （此件公开发布）. "
            "The 办法 begins after a SECTION break (next page): label 附件, title in two paragraphs, 第一章…第六章 chapter headings (centred 黑体; headings, the path of each 第X条 should carry its 章), 第一条…第二十条 (bold 仿宋 article number + full-width space + text: one clause). "
            "第六条 (3 items) and 第十六条 (4 items) have lead-ins ending in a colon followed by （一）… paragraphs: listed separately (merged into the article equally good; labelled as top-level （一） without the article: medium). "
            "第十条 has TWO paragraphs (款): the second paragraph 同一批货物已享受… has no number and belongs to 第十条 (one clause with both 款; as a separate unlabelled clause under 第十条: low; glued to 第十一条 or lost: high). "
            "第二十条 本办法自2024年10月1日起施行，有效期2年 → effective 2024-10-01, expires 2026-09-30 (computed). date 2024-09-03 (落款), published 2024-09-05 (版记). 每年3月1日至3月31日 / 12月31日 are recurring deadlines. Page numbers “— N —” centred on every page. 版记 alone on the last page."
        ),
        "_pdf": {"note": "Title on four lines; the 办法 starts on a new page after the section break; “— N —” centred; 版记 alone on the last page. Same expected meta and clauses."},
    }]
    return out


def main():
    files = [build_guangxi(), build_neimeng(), build_yanbian(), build_horgos()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
