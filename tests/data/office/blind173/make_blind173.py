# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 173: the most ordinary documents of far-western and island offices.

Writes next to itself (python-docx, then LibreOffice for the PDFs):
  blind173_xizang_notice.docx / .pdf   西藏自治区商务厅 通知 (边境贸易、吉隆口岸), 一、（一）1. outline,
        one 一、 run-in, 附件 重点任务清单 table, red 版头, 版记.
  blind173_kashi_plan.docx / .pdf      喀什地区行政公署办公室 印发《…实施方案（2024—2026年）》的通知, the
        方案 follows the 落款 without a 附件 label, its 任务分工表 by 县（市）、园区 in a landscape
        section with one vertically merged 县（市） cell, 版记 back in portrait.
  blind173_hainan_measures.docx / .pdf 海南省商务厅 海南省财政厅 joint 印发通知 (joint 版头 and joint
        落款 drawn as borderless tables), the 管理办法 with 第一章…第五章 and 第一条…第十七条, its 附件
        申报表 (a blank form) + 填报说明.
  blind173_dongxing_notice.docx / .pdf 东兴市人民政府 公告 (no 版头, no 主送, no 版记), 一、…七、, 特此公告,
        附件 互市点一览表.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind173.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN_HAO = 16
ER_HAO = 22
SI_HAO = 14
LINE = Pt(28.9)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


# ---------------------------------------------------------------- docx helpers
def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def pfmt(p, align=None, indent_chars=0, size=SAN_HAO, line=LINE, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(size * indent_chars) if indent_chars else None
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.widow_control = False


def para(container, text="", east=FS, size=SAN_HAO, align=J, indent=2, bold=False, color=None, line=LINE):
    p = container.add_paragraph()
    pfmt(p, align, indent, size, line)
    if line is not LINE:
        p._p.get_or_add_pPr().append(parse_xml('<w:snapToGrid %s w:val="0"/>' % nsdecls("w")))
    if _PENDING_BREAK and hasattr(container, "sections"):
        _PENDING_BREAK.clear()
        p.paragraph_format.page_break_before = True
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, indent=2):
    p = para(doc, "", indent=indent)
    set_font(p.add_run(head), head_font, SAN_HAO)
    set_font(p.add_run(body), FS, SAN_HAO)
    return p


def border(p, side="bottom", sz=12, color="E60012", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))


_PENDING_BREAK = []


def page_break(doc):
    """Start the next paragraph on a new page (w:pageBreakBefore, as Word does with Ctrl+Enter-less layouts)."""
    _PENDING_BREAK.append(True)


def add_page_field(p, size=SI_HAO):
    def r(text):
        rr = p.add_run(text)
        set_font(rr, ST, size)
    r("— ")
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        rr = p.add_run()
        set_font(rr, ST, size)
        if kind == "instr":
            el = parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>' % (nsdecls("w"), txt))
        elif kind == "text":
            el = parse_xml('<w:t %s>%s</w:t>' % (nsdecls("w"), txt))
        else:
            el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind))
        rr._element.append(el)
    r(" —")


def grid(section):
    sectPr = section._sectPr
    g = sectPr.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sectPr.append(g)
    g.set(qn("w:type"), "lines")
    g.set(qn("w:linePitch"), "579")


def setup_page(doc, odd_even=True, centered=False):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN_HAO)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    grid(s)
    if centered:
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        add_page_field(fp)
        return
    doc.settings.odd_and_even_pages_header_footer = odd_even
    fp = s.footer.paragraphs[0]
    fp.alignment = R
    fp.paragraph_format.right_indent = Pt(SI_HAO)
    add_page_field(fp)
    if odd_even:
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(SI_HAO)
        add_page_field(ep)


def banhead(doc, text, size=36):
    p = para(doc, "", XBZ, size, C, 0, line=Pt(size * 1.2))
    r = p.add_run(text)
    set_font(r, XBZ, size, color=RED)
    r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="90"/>' % nsdecls("w")))


def docnum_and_rule(doc, number, blanks=2):
    for _ in range(blanks):
        para(doc, "", indent=0)
    p = para(doc, number, FS, SAN_HAO, C, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, "", indent=0)


def title(doc, parts, mode="paras", gap=True):
    """mode: paras = one paragraph per line; soft = one paragraph with soft breaks; wrap = one paragraph."""
    if mode == "soft":
        p = para(doc, "", XBZ, ER_HAO, C, 0, line=Pt(33))
        for i, t in enumerate(parts):
            r = p.add_run(t)
            set_font(r, XBZ, ER_HAO)
            if i < len(parts) - 1:
                r.add_break()
    elif mode == "wrap":
        para(doc, "".join(parts), XBZ, ER_HAO, C, 0, line=Pt(33))
    else:
        for t in parts:
            para(doc, t, XBZ, ER_HAO, C, 0, line=Pt(33))
    if gap:
        para(doc, "", indent=0)


def hanging(doc, text, first_chars=3, total_chars=5):
    p = para(doc, text, indent=0)
    p.paragraph_format.left_indent = Pt(SAN_HAO * total_chars)
    p.paragraph_format.first_line_indent = Pt(-SAN_HAO * first_chars)
    return p


def signoff(doc, issuer, date, publicity="（此件公开发布）", right_chars=4, blanks=2, pub_gap=True):
    for _ in range(blanks):
        para(doc, "", indent=0)
    p = para(doc, issuer, FS, SAN_HAO, R, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * right_chars)
    p.paragraph_format.keep_with_next = True
    p = para(doc, date, FS, SAN_HAO, R, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * right_chars)
    if publicity:
        if pub_gap:
            para(doc, "", indent=0)
        para(doc, publicity, FS, SAN_HAO, L, 2)


def banji(doc, chaosong, printer, printdate, blank_lines=0):
    for _ in range(blank_lines):
        para(doc, "", indent=0)
    p = para(doc, "", FS, SI_HAO, L, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO * 4)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    p.paragraph_format.first_line_indent = Pt(-SI_HAO * 3)
    set_font(p.add_run("抄送：" + chaosong), FS, SI_HAO)
    border(p, "top", 12, "000000", 2)
    p = para(doc, "", FS, SI_HAO, L, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    set_font(p.add_run(printer), FS, SI_HAO)
    set_font(p.add_run("\t" + printdate + "印发"), FS, SI_HAO)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml('<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def cell_text(cell, text, east=FS, size=12, align=C, bold=False, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    if line:
        p.paragraph_format.line_spacing = line
    lines = text.split("\n")
    for i, t in enumerate(lines):
        if i:
            p = cell.add_paragraph()
            p.alignment = align
            if line:
                p.paragraph_format.line_spacing = line
        if t:
            set_font(p.add_run(t), east, size, bold)
    for p in cell.paragraphs:
        p._p.get_or_add_pPr().append(parse_xml('<w:snapToGrid %s w:val="0"/>' % nsdecls("w")))
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def col_widths(tbl, widths_mm):
    tbl.autofit = False
    gcols = tbl._tbl.tblGrid.findall(qn("w:gridCol"))
    for gc, w in zip(gcols, widths_mm):
        gc.set(qn("w:w"), str(int(w / 25.4 * 1440)))
    tblPr = tbl._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblPr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(int(sum(widths_mm) / 25.4 * 1440)))
    for row in tbl.rows:
        for i, w in enumerate(widths_mm):
            if i < len(row.cells):
                row.cells[i].width = Mm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def data_table(doc, header, rows, widths, size=12, head_font=HT):
    tbl = doc.add_table(rows=1 + len(rows), cols=len(header))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(header):
        cell_text(tbl.cell(0, ci), h, head_font, size, line=Pt(20))
    repeat_header(tbl.rows[0])
    for ri, row in enumerate(rows, start=1):
        for ci, v in enumerate(row):
            align = L if len(v) > 14 else C
            cell_text(tbl.cell(ri, ci), v, FS, size, align, line=Pt(20))
    col_widths(tbl, widths)
    return tbl


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# =============================================================== (1) 西藏
XZ_TITLE = "西藏自治区商务厅关于进一步促进边境贸易高质量发展加快吉隆口岸建设的通知"
XZ_NUM = "藏商发〔2024〕38号"
XZ_TO = "各市（地）商务局，吉隆口岸管理委员会，樟木口岸管理委员会，普兰口岸管理委员会："
XZ_P0 = "为深入贯彻落实党中央、国务院关于推进共建“一带一路”高质量发展和建设面向南亚开放重要通道的决策部署，落实《国务院办公厅关于促进边境贸易创新发展的指导意见》（国办发〔2019〕46号）和自治区党委、政府有关要求，进一步发挥边境贸易在稳边固边、兴边富民中的作用，加快吉隆口岸建设，经研究，现就有关事项通知如下。"
XZ_H1 = "一、总体目标"
XZ_S1 = "到2025年底，全区边境贸易进出口额力争达到45亿元，年均增长15%以上；吉隆口岸货运量达到30万吨，出入境人员达到40万人次；建成亚东县仁青岗、定结县日屋、普兰县普兰国际市场等边民互市贸易市场（点）5个以上，参与互市贸易的边民达到8000人。"
XZ_H2 = "二、重点任务"
XZ_T1 = ("（一）提升吉隆口岸通关保障能力。", "加快吉隆口岸扩大开放和基础设施建设，推动口岸查验设施与通道能力相匹配。")
XZ_T1_ITEMS = [
    "1.推进吉隆口岸热索桥货运通道升级改造，2024年10月31日前完成查验场地扩建，新增停车泊位120个，日均通关能力提升至400车次。",
    "2.会同拉萨海关、日喀则出入境边防检查站推行“提前申报”“两步申报”和预约通关，将吉隆口岸进口整体通关时间压缩至24小时以内。",
    "3.支持吉隆县建设边境仓和冷链仓储设施，2024年新增仓储面积2万平方米，由日喀则市商务局会同吉隆口岸管理委员会组织实施。",
]
XZ_T2 = ("（二）规范发展边民互市贸易。", "严格落实边民互市贸易进口商品免税额度每人每日8000元的政策，推行“边民+互助组+企业”模式。")
XZ_T2_ITEMS = [
    "1.亚东县、定结县、普兰县要于2024年9月30日前完成边民互助组备案，每个互助组人数不少于20人，备案信息报自治区商务厅汇总。",
    "2.互市进口商品在区内落地加工的，按照加工增值部分给予奖励，具体标准由自治区商务厅会同自治区财政厅另行制定。",
]
XZ_T3 = ("（三）培育壮大边境贸易经营主体。", "支持区内外企业在吉隆、樟木、普兰口岸设立边贸企业，对年进出口额首次超过1000万元的边贸企业一次性奖励20万元；支持企业参加中国西藏旅游文化国际博览会、中国—南亚博览会，展位费给予全额补助。")
XZ_H3 = ("三、加大政策支持力度。", "2024年自治区财政安排外经贸发展专项资金3200万元，其中用于边境贸易和口岸建设的资金不低于1500万元，重点支持吉隆口岸仓储物流、边民互市市场建设和边贸企业开拓市场。各市（地）要将本级配套资金纳入年度预算。")
XZ_H4 = "四、工作要求"
XZ_R = [
    ("（一）加强组织领导。", "各市（地）商务局要会同同级财政、海关、边检等部门建立工作协调机制，明确专人负责，确保各项任务落到实处。"),
    ("（二）做好统计监测。", "各市（地）商务局于每季度结束后10日内报送边境贸易运行情况，2024年12月20日前报送年度工作总结。"),
]
XZ_CONTACT = "联系人：自治区商务厅对外贸易处　次仁旺堆，电话：0891-6834512。"
XZ_ATT = "2024年边境贸易和口岸建设重点任务清单"
XZ_HEADER = ["序号", "任务名称", "实施地点", "主要内容", "完成时限", "责任单位"]
XZ_ROWS = [
    ["1", "吉隆口岸货运通道查验场地扩建", "吉隆县吉隆镇", "新增查验场地1.2万平方米、停车泊位120个", "2024年10月31日", "吉隆口岸管理委员会"],
    ["2", "热索桥通道智能卡口建设", "吉隆县热索村", "建设智能卡口4条、车辆识别系统1套", "2024年12月31日", "吉隆口岸管理委员会、拉萨海关"],
    ["3", "吉隆边境仓（一期）", "吉隆县吉隆镇", "建设边境仓1.5万平方米、冷库5000平方米", "2025年6月30日", "日喀则市商务局"],
    ["4", "仁青岗边贸市场改造", "亚东县下司马镇", "改造交易摊位200个，建设市场管理服务中心", "2024年11月30日", "亚东县人民政府"],
    ["5", "日屋边贸市场道路硬化", "定结县日屋镇", "硬化市场道路3.6公里", "2024年9月30日", "定结县人民政府"],
    ["6", "普兰国际市场信息化建设", "普兰县普兰镇", "建设互市贸易申报系统和视频监控系统", "2024年12月31日", "阿里地区商务局"],
]
XZ_CHAOSONG = "自治区人民政府办公厅，自治区财政厅，拉萨海关，西藏出入境边防检查总站。"


def build_xizang():
    doc = Document()
    setup_page(doc)
    banhead(doc, "西藏自治区商务厅文件", 40)
    docnum_and_rule(doc, XZ_NUM)
    title(doc, ["西藏自治区商务厅关于进一步促进边境贸易", "高质量发展加快吉隆口岸建设的通知"], mode="paras")
    para(doc, XZ_TO, indent=0)
    para(doc, XZ_P0)
    para(doc, XZ_H1, HT)
    para(doc, XZ_S1)
    para(doc, XZ_H2, HT)
    runin(doc, *XZ_T1)
    for t in XZ_T1_ITEMS:
        para(doc, t)
    runin(doc, *XZ_T2)
    for t in XZ_T2_ITEMS:
        para(doc, t)
    runin(doc, *XZ_T3)
    runin(doc, *XZ_H3, head_font=HT)
    para(doc, XZ_H4, HT)
    for h, t in XZ_R:
        runin(doc, h, t)
    para(doc, XZ_CONTACT)
    para(doc, "", indent=0)
    hanging(doc, "附件：" + XZ_ATT, 3, 5)
    signoff(doc, "西藏自治区商务厅", "2024年7月12日")
    page_break(doc)
    para(doc, "附件", HT, SAN_HAO, L, 0)
    para(doc, "", indent=0)
    para(doc, XZ_ATT, XBZ, ER_HAO, C, 0, line=Pt(33))
    para(doc, "", indent=0)
    data_table(doc, XZ_HEADER, XZ_ROWS, [10, 34, 24, 46, 24, 30], size=11)
    page_break(doc)
    banji(doc, XZ_CHAOSONG, "西藏自治区商务厅办公室", "2024年7月15日", blank_lines=18)
    out = os.path.join(HERE, "blind173_xizang_notice.docx")
    doc.save(out)
    return out


def xizang_expected():
    rows = [row_clause(XZ_HEADER, r) for r in XZ_ROWS]
    clauses = ([XZ_P0, XZ_S1, XZ_T1[0] + XZ_T1[1]] + XZ_T1_ITEMS + [XZ_T2[0] + XZ_T2[1]] + XZ_T2_ITEMS
               + [XZ_T3[0] + XZ_T3[1], XZ_H3[0] + XZ_H3[1]] + [h + t for h, t in XZ_R] + [XZ_CONTACT] + rows)
    return {
        "meta": {
            "title": XZ_TITLE,
            "doc_number": XZ_NUM,
            "issuer": ["西藏自治区商务厅"],
            "date": "2024-07-12",
            "published": "2024-07-15",
            "level": "provincial",
            "region": "西藏自治区",
            "effective": None,
            "expires": None,
            "attachments": [XZ_ATT],
            "doc_type": "通知",
            "recipients": ["各市（地）商务局", "吉隆口岸管理委员会", "樟木口岸管理委员会", "普兰口岸管理委员会"],
            "publicity": "此件公开发布",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "西藏自治区",
            "specific": {
                "一、总体目标 (para)": "全区 (西藏自治区); names 吉隆口岸, 亚东县仁青岗, 定结县日屋, 普兰县普兰国际市场 as targets — 西藏自治区 or those places both fine",
                "二、（一） and its 1.": "吉隆口岸（日喀则市吉隆县）",
                "二、（一）2.": "吉隆口岸（日喀则市吉隆县）; 拉萨海关 is an organ, not 拉萨市",
                "二、（一）3.": "日喀则市吉隆县",
                "二、（二）1.": "亚东县、定结县（日喀则市）、普兰县（阿里地区）",
                "二、（三）": "吉隆、樟木、普兰口岸 (吉隆县、聂拉木县、普兰县) — or 西藏自治区, tolerable",
                "附件 row 1": "吉隆县吉隆镇", "附件 row 2": "吉隆县热索村", "附件 row 3": "吉隆县吉隆镇",
                "附件 row 4": "亚东县下司马镇", "附件 row 5": "定结县日屋镇", "附件 row 6": "普兰县普兰镇",
            },
            "note": "面向南亚 / 中国—南亚博览会 do not place a clause abroad or in 昆明; 拉萨海关, 日喀则出入境边防检查站 and 日喀则市商务局 are organs (their city is tolerable, low, only where the clause is otherwise about that city).",
        },
        "_note": (
            "Furniture, not clauses: red 版头 西藏自治区商务厅文件; 文号 line 藏商发〔2024〕38号 with the red rule; the title typed as TWO centred paragraphs (…促进边境贸易 / 高质量发展加快吉隆口岸建设的通知) which must be joined into one title with nothing between; "
            "主送 line (→ recipients, 4 organs); 附件说明 附件：2024年边境贸易和口岸建设重点任务清单 (→ attachments); 落款 西藏自治区商务厅 / 2024年7月12日; （此件公开发布）; the label 附件 and the table title on the attachment page; "
            "版记 (抄送：… / 西藏自治区商务厅办公室 2024年7月15日印发) alone on the last page after 18 blank paragraphs; footer page numbers “— N —” (odd right, even left). "
            "一、总体目标, 二、重点任务, 四、工作要求 are bare 黑体 headings (tolerable as heading clauses, but the text under them must not be glued to them or lost). 三、加大政策支持力度。 is a run-in 黑体 heading with its own text in the SAME paragraph: one clause, it must not be mistaken for a bare heading and its text dropped. "
            "（一）（二）（三） are run-in 楷体 headings, heading + text = one clause; the 1. 2. 3. items under 二（一） and 二（二） are separate clauses (merging them into their （一）/（二） is tolerable, low). "
            "Numbering restarts: 二（一）1.–3. and 二（二）1.–2.; a reader that labels or nests them must not attach 二（二）1. to 二（一）. The contact line is a clause (tolerable as furniture, low). "
            "The 附件 table has 6 rows; each row a clause 列名：值；…; the header row is not a clause. "
            "date = 成文日期 2024-07-12 (落款); 2024-07-15 is the 印发 date (版记); 2024-10-31 / 2024-09-30 / 2024-12-20 are deadlines; 国办发〔2019〕46号 is a cited document, not this document's 文号. No effective/expires (a 通知 with targets; effective = 2024-07-12 tolerable, low). level provincial (自治区 厅)."
        ),
        "_pdf": {
            "note": "same metadata and clauses. 6 pages: 1–3 body (page 3 ends with 附件：2024年边境贸易和口岸建设重点任务清单), page 4 holds ONLY the 落款 西藏自治区商务厅 / 2024年7月12日 and （此件公开发布） (the sign-off spilled onto its own page — the 落款 must still be found and not read as a clause or a new document), page 5 附件 table, page 6 版记 alone at the bottom. Page numbers “— N —” alternate right/left.",
        },
    }


# =============================================================== (2) 喀什
KS_PLAN = "喀什地区推进丝绸之路经济带核心区商贸物流枢纽建设实施方案（2024—2026年）"
KS_TITLE = "喀什地区行政公署办公室关于印发《" + KS_PLAN + "》的通知"
KS_NUM = "喀署办发〔2024〕19号"
KS_TO = "各县（市）人民政府，喀什经济开发区管委会，地直各有关单位："
KS_COVER = [
    "《" + KS_PLAN + "》已经地区行署2024年第8次常务会议研究同意，现印发给你们，请结合实际认真抓好贯彻落实。",
    "各县（市）、各有关单位要于每年6月30日、12月20日前将工作进展情况报送地区商务局。",
]
KS_INTRO = "为深入贯彻落实党中央关于推进共建“一带一路”高质量发展的决策部署，落实《中国（新疆）自由贸易试验区总体方案》和自治区关于丝绸之路经济带核心区建设的工作要求，发挥喀什面向中亚、南亚开放的区位优势，加快建设商贸物流枢纽，结合地区实际，制定本方案。"
KS_H1 = "一、主要目标"
KS_S1 = "到2026年，全地区社会物流总额达到1800亿元，外贸进出口额突破500亿元，年均增长12%；喀什综合保税区进出口额达到120亿元；红其拉甫口岸过货量达到15万吨；培育年营业收入超亿元的物流企业20家。"
KS_H2 = "二、重点任务"
KS_T = [
    ("（一）建设国际陆港物流枢纽。", "依托喀什经济开发区和喀什综合保税区，建设南疆国际陆港区，2024年底前开通喀什至塔什干、喀什至伊斯兰堡国际道路运输线路各1条，推动中欧（中亚）班列喀什集结中心常态化运营，2024年开行班列不少于150列。"),
    ("（二）提升口岸综合服务能力。", "推进红其拉甫口岸、卡拉苏口岸查验设施改造和信息化建设，推动口岸与喀什综合保税区“口岸+综保区”联动发展，推行“一站式”通关。"),
    ("（三）发展县域商贸物流。", "支持莎车县、叶城县、巴楚县建设县级物流配送中心，每县建成乡镇物流服务站不少于10个，到2026年农村快递服务覆盖率达到100%。"),
    ("（四）培育外贸经营主体。", "对在中国（新疆）自由贸易试验区喀什片区新注册、年进出口额超过5000万元的外贸企业，由所在县（市）按照进出口额的0.5%给予奖励，单个企业最高不超过100万元。"),
    ("（五）发展跨境电商和边民互市。", "支持喀什市、疏附县建设跨境电商产业园，2025年底前引进跨境电商企业50家；规范塔什库尔干塔吉克自治县边民互市贸易，推动互市商品落地加工。"),
]
KS_H3 = "三、保障措施"
KS_G = [
    ("（一）加强组织领导。", "成立由行署分管副专员任组长的地区商贸物流枢纽建设工作专班，专班办公室设在地区商务局，统筹推进各项任务。"),
    ("（二）强化要素保障。", "2024—2026年，地区每年统筹安排商贸物流发展资金5000万元，优先保障重点项目建设用地，对列入自治区重点项目的物流项目实行用地指标单列。"),
    ("（三）严格督查考核。", "将本方案实施情况纳入各县（市）年度绩效考核，地区商务局每半年通报一次工作进展。"),
]
KS_ATT = "喀什地区商贸物流枢纽建设重点任务分工表"
KS_HEADER = ["序号", "县（市）、园区", "重点任务", "2024年目标", "2026年目标", "牵头单位", "配合单位"]
KS_ROWS = [
    ["1", "喀什市", "建设跨境电商产业园", "入驻企业20家", "入驻企业50家", "喀什市人民政府", "地区商务局"],
    ["2", "喀什市", "中欧（中亚）班列喀什集结中心运营", "开行班列150列", "开行班列300列", "喀什经济开发区管委会", "地区交通运输局"],
    ["3", "疏附县", "建设跨境电商产业园配套仓储", "建成仓储3万平方米", "建成仓储8万平方米", "疏附县人民政府", "地区商务局"],
    ["4", "塔什库尔干塔吉克自治县", "红其拉甫口岸、卡拉苏口岸查验设施改造", "完成卡拉苏口岸查验场改造", "红其拉甫口岸过货量15万吨", "塔什库尔干塔吉克自治县人民政府", "喀什海关、地区口岸办"],
    ["5", "莎车县", "建设县级物流配送中心", "建成乡镇物流服务站10个", "农村快递服务覆盖率100%", "莎车县人民政府", "地区邮政管理局"],
    ["6", "叶城县", "建设县级物流配送中心", "建成乡镇物流服务站10个", "农村快递服务覆盖率100%", "叶城县人民政府", "地区邮政管理局"],
    ["7", "巴楚县", "建设县级物流配送中心和农产品冷链中心", "冷库库容2万吨", "冷库库容5万吨", "巴楚县人民政府", "地区发展改革委"],
    ["8", "喀什综合保税区", "发展保税加工和保税物流", "进出口额60亿元", "进出口额120亿元", "喀什经济开发区管委会", "喀什海关"],
]
KS_CHAOSONG = "自治区商务厅，地委办公室，地区人大工委办公室，地区政协工委办公室。"


def build_kashi():
    doc = Document()
    setup_page(doc)
    banhead(doc, "喀什地区行政公署办公室文件", 36)
    docnum_and_rule(doc, KS_NUM, blanks=1)
    title(doc, ["喀什地区行政公署办公室关于印发", "《喀什地区推进丝绸之路经济带核心区", "商贸物流枢纽建设实施方案", "（2024—2026年）》的通知"], mode="soft", gap=False)
    para(doc, KS_TO, indent=0)
    for t in KS_COVER:
        para(doc, t)
    signoff(doc, "喀什地区行政公署办公室", "2024年5月28日", right_chars=2, blanks=1, pub_gap=False)
    page_break(doc)
    # the 方案 itself, no 附件 label
    title(doc, ["喀什地区推进丝绸之路经济带核心区", "商贸物流枢纽建设实施方案", "（2024—2026年）"], mode="paras")
    para(doc, KS_INTRO)
    para(doc, KS_H1, HT)
    para(doc, KS_S1)
    para(doc, KS_H2, HT)
    for h, t in KS_T:
        runin(doc, h, t)
    para(doc, KS_H3, HT)
    for h, t in KS_G:
        runin(doc, h, t)
    # landscape section for the table
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    para(doc, "附件", HT, SAN_HAO, L, 0)
    para(doc, KS_ATT, XBZ, ER_HAO, C, 0, line=Pt(33))
    tbl = doc.add_table(rows=1 + len(KS_ROWS), cols=len(KS_HEADER))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(KS_HEADER):
        cell_text(tbl.cell(0, ci), h, HT, 11, line=Pt(16))
    repeat_header(tbl.rows[0])
    for ri, row in enumerate(KS_ROWS, start=1):
        for ci, v in enumerate(row):
            if ri == 2 and ci == 1:
                continue  # merged with the cell above
            cell_text(tbl.cell(ri, ci), v, FS, 11, C if len(v) <= 12 else L, line=Pt(16))
    tbl.cell(1, 1).merge(tbl.cell(2, 1))
    col_widths(tbl, [11, 30, 50, 34, 34, 38, 28])
    # back to portrait for the 版记
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.PORTRAIT
    sec2.page_width, sec2.page_height = Mm(210), Mm(297)
    sec2.top_margin, sec2.bottom_margin = Mm(37), Mm(35)
    sec2.left_margin, sec2.right_margin = Mm(28), Mm(26)
    banji(doc, KS_CHAOSONG, "喀什地区行政公署办公室", "2024年5月30日", blank_lines=18)
    out = os.path.join(HERE, "blind173_kashi_plan.docx")
    doc.save(out)
    return out


def kashi_expected():
    rows = [row_clause(KS_HEADER, r) for r in KS_ROWS]
    clauses = (KS_COVER + [KS_INTRO, KS_S1] + [h + t for h, t in KS_T] + [h + t for h, t in KS_G] + rows)
    return {
        "meta": {
            "title": KS_TITLE,
            "doc_number": KS_NUM,
            "issuer": ["喀什地区行政公署办公室"],
            "date": "2024-05-28",
            "published": "2024-05-30",
            "level": "municipal",
            "region": "新疆维吾尔自治区喀什地区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县（市）人民政府", "喀什经济开发区管委会", "地直各有关单位"],
            "publicity": "此件公开发布",
            "enclosed_document": KS_PLAN + " (实施方案, follows the 落款 without a 附件 label; its own 附件 = " + KS_ATT + ")",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "新疆维吾尔自治区喀什地区",
            "specific": {
                "二、（一）": "喀什经济开发区、喀什综合保税区（喀什市）; 塔什干/伊斯兰堡 are route ends abroad, not where the clause applies",
                "二、（二）": "红其拉甫口岸、卡拉苏口岸（塔什库尔干塔吉克自治县）",
                "二、（三）": "莎车县、叶城县、巴楚县",
                "二、（四）": "中国（新疆）自由贸易试验区喀什片区",
                "二、（五）": "喀什市、疏附县; 塔什库尔干塔吉克自治县",
                "附件 row 1": "喀什市", "附件 row 2": "喀什市（喀什经济开发区）", "附件 row 3": "疏附县",
                "附件 row 4": "塔什库尔干塔吉克自治县（红其拉甫口岸、卡拉苏口岸）", "附件 row 5": "莎车县",
                "附件 row 6": "叶城县", "附件 row 7": "巴楚县", "附件 row 8": "喀什综合保税区",
            },
            "note": "中亚、南亚 / 丝绸之路经济带 do not place clauses abroad; 喀什海关, 地区商务局 etc. are organs. 新疆 (whole region) for a 喀什 clause is too broad, low.",
        },
        "_note": (
            "One file, one 公文: the 印发 notice (2 clauses) with the 实施方案 following on page 2 WITHOUT any 附件 label or 附件说明 — the notice title names it. The 方案's content belongs to this document (appending it = expected; splitting it off as a second document with title = the 方案 title, issuer 喀什地区行政公署办公室, date 2024-05-28 is tolerable). "
            "attachments: the notice has no 附件说明, so []; listing the 方案 title or the 分工表 title is tolerable (low). The 方案 has no 附件说明 either; its table page carries the label 附件 and the table title 喀什地区商贸物流枢纽建设重点任务分工表 (furniture). "
            "Furniture: red 版头 喀什地区行政公署办公室文件; 文号 喀署办发〔2024〕19号 + red rule; the notice title is ONE paragraph with three soft line breaks (…关于印发 / 《喀什地区推进丝绸之路经济带核心区 / 商贸物流枢纽建设实施方案 / （2024—2026年）》的通知) — must be joined with nothing between; 主送; 落款 喀什地区行政公署办公室 / 2024年5月28日; （此件公开发布）; "
            "the 方案 title (page 2, starts the page) typed as THREE paragraphs (…核心区 / 商贸物流枢纽建设实施方案 / （2024—2026年）) — a heading, not a clause, and the last line （2024—2026年） must not become a clause or a （一）-style item; "
            "the label 附件 + table title on the landscape page; 版记 (抄送：自治区商务厅，… / 喀什地区行政公署办公室 2024年5月30日印发) on a final portrait page; footer “— N —” in all three sections. "
            "一、主要目标 / 二、重点任务 / 三、保障措施 are bare 黑体 headings; （一）…（五） and （一）…（三） are run-in 楷体: heading + text = one clause; numbering restarts under 三、. "
            "The 分工表 (landscape section): 8 rows, header 序号｜县（市）、园区｜重点任务｜2024年目标｜2026年目标｜牵头单位｜配合单位; the 县（市）、园区 cell 喀什市 is vertically merged over rows 1–2 — row 2 must still say 县（市）、园区：喀什市 (blank or dropped = medium, it loses where the 班列 task sits). "
            "date = 2024-05-28 (落款); 2024-05-30 is the 印发 date; 2024年第8次常务会议 gives no date. No effective/expires stated; the 方案 period 2024—2026年 may give expires 2026-12-31 (tolerable, low). level: 地区 (prefecture) = municipal; region 新疆维吾尔自治区喀什地区."
        ),
        "_pdf": {
            "note": "same metadata and clauses. Page order: 1 cover notice with 落款 and （此件公开发布）, 2–3 方案 (portrait), 4 分工表 (landscape page, 8 rows with small line spacing), 5 版记 alone (portrait). In the PDF the merged 喀什市 cell prints once, centred across rows 1–2: row 2's 县（市）、园区 must still be 喀什市 (empty = medium).",
        },
    }


# =============================================================== (3) 海南
HN_MEAS = "海南自由贸易港跨境服务贸易发展专项资金管理办法"
HN_TITLE = "海南省商务厅　海南省财政厅关于印发《" + HN_MEAS + "》的通知"
HN_NUM = "琼商规〔2024〕4号"
HN_TO = "各市、县、自治县商务主管部门、财政局，洋浦经济开发区管委会，各重点园区管理机构："
HN_COVER = "为规范海南自由贸易港跨境服务贸易发展专项资金管理，提高资金使用效益，省商务厅、省财政厅制定了《" + HN_MEAS + "》，现印发给你们，请遵照执行。"
# (chapter heading, [articles]); an article is (text, [items])
HN_ARTS = [
    ("第一章　总　则", [
        ("第一条　为贯彻落实《海南自由贸易港建设总体方案》，加快发展跨境服务贸易，深化与共建“一带一路”国家服务贸易合作，规范专项资金管理，根据《中华人民共和国预算法》《海南省省级财政专项资金管理办法》等规定，制定本办法。", []),
        ("第二条　本办法所称专项资金，是指省级财政预算安排，用于支持海南自由贸易港跨境服务贸易发展的资金。2024年至2026年，省级财政每年安排专项资金1.5亿元。", []),
        ("第三条　专项资金的管理和使用遵循公开透明、突出重点、注重绩效、强化监督的原则。", []),
        ("第四条　省商务厅负责提出专项资金年度支持方向和重点，组织项目申报、审核和绩效管理；省财政厅负责专项资金预算管理，会同省商务厅下达资金，组织开展财政监督。各市县商务主管部门、财政部门负责本地区项目的初审、资金拨付和监督管理。", []),
    ]),
    ("第二章　支持范围和标准", [
        ("第五条　专项资金支持在海南省依法注册、具有独立法人资格的企业开展以下跨境服务贸易业务：", [
            "（一）数字贸易、软件和信息技术服务外包；",
            "（二）国际船舶运输、航空维修等运输服务；",
            "（三）国际医疗、教育、文化等生活性服务；",
            "（四）知识产权、检验检测、专业咨询等商务服务。",
        ]),
        ("第六条　对上年度跨境服务贸易进出口额达到1000万美元以上且同比增长10%以上的企业，按照进出口额增量部分每1美元奖励0.02元人民币，单个企业年度奖励最高不超过300万元。", []),
        ("第七条　对在洋浦经济开发区开展国际船舶运输业务、以“中国洋浦港”为船籍港登记的国际航行船舶，按照船舶净吨位每吨给予15元补贴，单艘船舶年度补贴最高不超过50万元。", []),
        ("第八条　对在海口江东新区、三亚中央商务区新设立的跨境服务贸易企业，自设立之年起连续3年按照其当年跨境服务贸易进出口额给予奖励：进出口额500万美元至2000万美元的，奖励50万元；2000万美元以上的，奖励100万元。", []),
        ("第九条　同一企业同一项目已获得省级其他财政资金支持的，不得重复申报。单个企业年度获得专项资金支持总额不超过500万元。", []),
    ]),
    ("第三章　申报和审核", [
        ("第十条　省商务厅每年3月31日前发布年度申报通知，明确申报条件、申报材料和时限。企业通过海南省商务厅政务服务平台在线填报《海南自由贸易港跨境服务贸易发展专项资金申报表》（见附件），并提交相关证明材料。", []),
        ("第十一条　各市县商务主管部门会同财政部门在收到申报材料后15个工作日内完成初审，出具初审意见报省商务厅。洋浦经济开发区内企业由洋浦经济开发区管委会负责初审。", []),
        ("第十二条　省商务厅委托第三方机构对申报项目进行评审，根据评审结果提出资金分配建议，在省商务厅门户网站公示5个工作日。公示无异议的，由省财政厅会同省商务厅下达资金，各市县财政部门应在收到资金后30日内拨付至项目单位。", []),
    ]),
    ("第四章　监督管理", [
        ("第十三条　项目单位应对申报材料的真实性负责，按规定使用专项资金，自觉接受财政、审计和商务部门的监督检查。", []),
        ("第十四条　对弄虚作假、骗取套取专项资金的，由省财政厅会同省商务厅追回已拨付资金，取消其3年内申报省级商务专项资金资格，并按照《财政违法行为处罚处分条例》等规定处理；涉嫌犯罪的，移送司法机关处理。", []),
        ("第十五条　省商务厅会同省财政厅对专项资金使用情况开展绩效评价，评价结果作为以后年度资金安排的重要依据。", []),
    ]),
    ("第五章　附　则", [
        ("第十六条　本办法由省商务厅、省财政厅负责解释。", []),
        ("第十七条　本办法自2024年10月1日起施行，有效期至2027年9月30日。", []),
    ]),
]
HN_FORM = "海南自由贸易港跨境服务贸易发展专项资金申报表"
HN_FORM_NOTES = [
    "1．进出口额以商务部服务贸易统计监测管理信息系统数据为准。",
    "2．申请资金额以万元为单位，保留两位小数。",
    "3．本表一式三份，市县商务主管部门、财政部门和省商务厅各存一份。",
]
HN_CHAOSONG = "省人民政府办公厅，省审计厅，海口海关。"


def joint_banhead(doc):
    """联合行文版头: organs stacked on the left, 文件 centred on the right (borderless table)."""
    tbl = doc.add_table(rows=2, cols=2)
    no_borders(tbl)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate(["海南省商务厅", "海南省财政厅"]):
        c = tbl.cell(i, 0)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        r = p.add_run(org)
        set_font(r, XBZ, 30, color=RED)
    m = tbl.cell(0, 1).merge(tbl.cell(1, 1))
    p = m.paragraphs[0]
    p.alignment = C
    set_font(p.add_run("文件"), XBZ, 30, color=RED)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    col_widths(tbl, [110, 40])


def joint_signoff(doc, orgs, date):
    para(doc, "", indent=0)
    tbl = doc.add_table(rows=2, cols=2)
    no_borders(tbl)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, o in enumerate(orgs):
        cell_text(tbl.cell(0, i), o, FS, SAN_HAO, C)
    m = tbl.cell(1, 0).merge(tbl.cell(1, 1))
    cell_text(m, date, FS, SAN_HAO, R)
    m.paragraphs[0].paragraph_format.right_indent = Pt(SAN_HAO * 3)
    col_widths(tbl, [78, 78])
    para(doc, "", indent=0)
    para(doc, "（此件主动公开）", FS, SAN_HAO, L, 2)


def build_hainan():
    doc = Document()
    setup_page(doc)
    joint_banhead(doc)
    docnum_and_rule(doc, HN_NUM, blanks=0)
    title(doc, ["海南省商务厅　海南省财政厅关于印发", "《海南自由贸易港跨境服务贸易发展", "专项资金管理办法》的通知"], mode="soft")
    para(doc, HN_TO, indent=0)
    para(doc, HN_COVER)
    para(doc, "", indent=0)
    hanging(doc, "附件：" + HN_MEAS, 3, 5)
    joint_signoff(doc, ["海南省商务厅", "海南省财政厅"], "2024年9月10日")
    page_break(doc)
    para(doc, "附件", HT, SAN_HAO, L, 0)
    para(doc, "", indent=0)
    title(doc, ["海南自由贸易港跨境服务贸易", "发展专项资金管理办法"], mode="paras")
    for chap, arts in HN_ARTS:
        para(doc, chap, HT, SAN_HAO, C, 0)
        for text, items in arts:
            num, body = text.split("　", 1)
            p = para(doc, "")
            set_font(p.add_run(num), HT, SAN_HAO)
            set_font(p.add_run("　" + body), FS, SAN_HAO)
            for it in items:
                para(doc, it)
    para(doc, "", indent=0)
    hanging(doc, "附件：" + HN_FORM, 3, 5)
    page_break(doc)
    para(doc, "附件", HT, SAN_HAO, L, 0)
    para(doc, HN_FORM, XBZ, 20, C, 0, line=Pt(33))
    p = para(doc, "填报单位（盖章）：　　　　　　　　　　　　　填报日期：　　年　　月　　日", FS, 12, L, 0, line=Pt(22))
    form = doc.add_table(rows=9, cols=4)
    form.style = "Table Grid"
    form.alignment = WD_TABLE_ALIGNMENT.CENTER
    def lab(r, c, t):
        cell_text(form.cell(r, c), t, FS, 12, line=Pt(20))
    lab(0, 0, "申报单位名称"); form.cell(0, 1).merge(form.cell(0, 3))
    lab(1, 0, "统一社会信用代码"); lab(1, 2, "注册地址")
    lab(2, 0, "所在市县（园区）"); lab(2, 2, "联系人及电话")
    lab(3, 0, "申报类别")
    m = form.cell(3, 1).merge(form.cell(3, 3))
    cell_text(m, "□跨境服务贸易进出口奖励（第六条）\n□国际航行船舶补贴（第七条）\n□新设企业奖励（第八条）", FS, 12, L, line=Pt(20))
    lab(4, 0, "上年度跨境服务贸易进出口额（万美元）"); lab(4, 2, "同比增长（%）")
    lab(5, 0, "申请资金额（万元）"); form.cell(5, 1).merge(form.cell(5, 3))
    lab(6, 0, "项目简介（300字以内）"); form.cell(6, 1).merge(form.cell(6, 3))
    form.rows[6].height = Mm(22)
    lab(7, 0, "申报单位承诺")
    m = form.cell(7, 1).merge(form.cell(7, 3))
    cell_text(m, "本单位承诺所填报内容及提供材料真实、准确、完整，如有虚假，愿承担相应法律责任。\n法定代表人（签字）：　　　　　　（单位盖章）\n年　　月　　日", FS, 12, L, line=Pt(20))
    lab(8, 0, "市县商务主管部门初审意见")
    m = form.cell(8, 1).merge(form.cell(8, 3))
    cell_text(m, "\n\n（盖章）\n年　　月　　日", FS, 12, R, line=Pt(20))
    col_widths(form, [42, 46, 30, 42])
    p = para(doc, "填报说明：", FS, 12, L, 0, line=Pt(22))
    for t in HN_FORM_NOTES:
        para(doc, t, FS, 12, J, 2, line=Pt(22))
    page_break(doc)
    banji(doc, HN_CHAOSONG, "海南省商务厅办公室", "2024年9月12日", blank_lines=18)
    out = os.path.join(HERE, "blind173_hainan_measures.docx")
    doc.save(out)
    return out


def hainan_expected():
    arts = []
    for chap, a in HN_ARTS:
        for text, items in a:
            arts.append(text)
            arts.extend(items)
    clauses = [HN_COVER] + arts + HN_FORM_NOTES
    return {
        "meta": {
            "title": HN_TITLE,
            "doc_number": HN_NUM,
            "issuer": ["海南省商务厅", "海南省财政厅"],
            "date": "2024-09-10",
            "published": "2024-09-12",
            "level": "provincial",
            "region": "海南省",
            "effective": "2024-10-01",
            "expires": "2027-09-30",
            "attachments": [HN_MEAS],
            "doc_type": "通知",
            "recipients": ["各市、县、自治县商务主管部门、财政局", "洋浦经济开发区管委会", "各重点园区管理机构"],
            "publicity": "此件主动公开",
            "enclosed_document": HN_MEAS + " (管理办法, 第一章…第五章, 第一条…第十七条; its own 附件 = " + HN_FORM + ")",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "海南省（海南自由贸易港）",
            "specific": {
                "第七条": "洋浦经济开发区（儋州市）",
                "第八条": "海口江东新区（海口市）、三亚中央商务区（三亚市）",
                "第十一条": "洋浦经济开发区 for its second sentence; the article as a whole 海南省 is fine",
            },
            "note": "共建“一带一路”国家 (第一条) places nothing abroad; 海口海关 (抄送) is an organ, not 海口市; “中国洋浦港” 船籍港 is 洋浦. 海口/三亚 for 第八条 as cities are fine.",
        },
        "_note": (
            "Joint 公文 of two organs. Furniture: the joint 版头 is a BORDERLESS 2×2 TABLE (海南省商务厅 / 海南省财政厅 stacked in the left column, 文件 in a merged right cell) — it must not become a table clause, the title, or an issuer string like “海南省商务厅海南省财政厅文件”; "
            "文号 琼商规〔2024〕4号 + red rule (the 规 文号 of a 规范性文件); the title, one paragraph that wraps (the two organs separated by a full-width space 海南省商务厅　海南省财政厅关于印发…; a single space or none between them is taste); 主送; 附件说明 附件：海南自由贸易港跨境服务贸易发展专项资金管理办法 (→ attachments); "
            "the joint 落款 is ANOTHER borderless table (海南省商务厅 | 海南省财政厅 side by side, date 2024年9月10日 in a merged row) — not a clause/table row; issuer must list BOTH organs. （此件主动公开）→ publicity. 版记 (抄送：省人民政府办公厅，省审计厅，海口海关。 / 海南省商务厅办公室 2024年9月12日印发) on the last page. Page numbers “— N —”. "
            "The 管理办法 (label 附件, title typed as two paragraphs): 第一章…第五章 chapter headings (centred 黑体, spaced 总　则 / 附　则) are headings, not clauses — usable as the path/section of their articles; "
            "第一条…第十七条: each article is one clause (the 第X条 number in 黑体 as a separate run, then a full-width space); 第五条 has four （一）…（四） item paragraphs — separate clauses as listed here, or merged into 第五条, both fine, but they must not be attached to 第四条/第六条 or lost. "
            "The 办法's own 附件说明 附件：海南自由贸易港跨境服务贸易发展专项资金申报表 is furniture (listing the 申报表 as a second attachment is tolerable). "
            "The 申报表 is a BLANK FORM (9-row grid, label cells with empty value cells, merged cells, tick boxes □, a 承诺 sentence, 盖章/年 月 日 blanks; the line 填报单位（盖章）：… 填报日期：… above it): none of it is a policy clause — reading the form rows as clauses is low (noise), reading them as the 办法's articles is medium. "
            "The 填报说明 1．2．3． under the form are clauses (the heading 填报说明： is not). "
            "date = 2024-09-10 (落款 table); published 2024-09-12 (印发); effective 2024-10-01 and expires 2027-09-30 come from 第十七条 (NOT the 成文日期); 2024—2026 funding years and 3月31日 deadline are not dates of the document. level provincial, region 海南省."
        ),
        "_pdf": {
            "note": "same metadata and clauses. 8 pages: 1 版头/文号/title/主送/cover/附件说明, page 2 ONLY the joint 落款 (海南省商务厅　海南省财政厅 side by side, 2024年9月10日) and （此件主动公开） — spilled onto its own page; 3–6 the 办法; 7 the 申报表 form + 填报说明; 8 版记 alone. In the PDF the joint 版头 and joint 落款 are plain positioned text (no table borders): 海南省商务厅 above 海南省财政厅 with 文件 to their right on the middle line. The form's empty grid prints as lines only.",
        },
    }


# =============================================================== (4) 东兴
DX_TITLE = "东兴市人民政府关于调整边民互市点开放时间和规范边民互市贸易秩序的公告"
DX_NUM = "东政告〔2024〕3号"
DX_P0 = "为深入推进中国—东盟自由贸易区建设和共建“一带一路”，促进边民互市贸易健康有序发展，保障边民合法权益，根据《边民互市贸易管理办法》和自治区有关规定，结合我市实际，现将有关事项公告如下："
DX_ITEMS = [
    "一、自2024年8月1日起，东兴边民互市贸易区（一桥互市点）开放时间调整为每日8:00至20:00（北京时间，下同），北仑河二桥互市点开放时间调整为每日8:30至18:00，江平镇竹山互市点、马路镇滩散互市点开放时间为每日8:00至17:30；法定节假日照常开放。",
    "二、参与互市贸易的边民应当持有效边民证和边民互助组成员证明，通过广西边民互市贸易服务平台进行申报。每人每日免税额度为人民币8000元，超出部分按规定征收税款。",
    "三、边民互市进口商品实行清单管理，具体要求如下：",
    "（一）互市进口商品以生活用品为限，列入《边民互市进口商品不予免税清单》的商品不享受免税政策，列入禁止进境物品目录的商品一律不得进口。",
    "（二）进口水果、海产品等须经检疫的商品，应当在东兴海关指定的监管作业场所完成检疫后方可交易。",
    "四、对在东兴边境经济合作区、江平工业园区开展互市商品落地加工的企业，经市商务局会同市财政局认定后，按照每吨加工原料50元给予物流补贴，单个企业年度补贴不超过200万元。",
    "五、严禁任何单位和个人组织、雇佣边民“代购”、转让互市免税额度，严禁以互市贸易名义走私、偷逃税款。对违反规定的，由东兴海关、东兴市市场监督管理局等部门依法查处；构成犯罪的，依法追究刑事责任。",
    "六、互市贸易政策咨询：东兴市商务局，电话0770-7651234；互市监管业务咨询：东兴海关，电话0770-7688123。",
    "七、本公告自2024年8月1日起施行，有效期至2026年7月31日。此前发布的有关规定与本公告不一致的，以本公告为准。",
]
DX_ATT = "东兴市边民互市点开放时间及监管场所一览表"
DX_HEADER = ["序号", "互市点名称", "所在镇", "对应越南口岸（通道）", "开放时间", "监管场所"]
DX_ROWS = [
    ["1", "东兴边民互市贸易区（一桥互市点）", "东兴镇", "芒街口岸", "8:00—20:00", "东兴海关一桥监管作业场所"],
    ["2", "北仑河二桥互市点", "东兴镇", "芒街（北仑河二桥）通道", "8:30—18:00", "北仑河二桥海关监管作业场所"],
    ["3", "竹山互市点", "江平镇", "平玉通道", "8:00—17:30", "竹山互市监管点"],
    ["4", "滩散互市点", "马路镇", "北风生通道", "8:00—17:30", "滩散互市监管点"],
]


def build_dongxing():
    doc = Document()
    setup_page(doc, centered=True)
    para(doc, "", indent=0)
    title_parts = ["东兴市人民政府", "关于调整边民互市点开放时间和", "规范边民互市贸易秩序的公告"]
    for t in title_parts:
        para(doc, t, XBZ, ER_HAO, C, 0, line=Pt(33))
    para(doc, DX_NUM, KT, SAN_HAO, C, 0)
    para(doc, "", indent=0)
    para(doc, DX_P0)
    for t in DX_ITEMS:
        para(doc, t)
    para(doc, "特此公告。")
    para(doc, "", indent=0)
    hanging(doc, "附件：" + DX_ATT, 3, 5)
    signoff(doc, "东兴市人民政府", "2024年7月18日", publicity=None, blanks=1)
    page_break(doc)
    para(doc, "附件", HT, SAN_HAO, L, 0)
    para(doc, "", indent=0)
    para(doc, DX_ATT, XBZ, 20, C, 0, line=Pt(33))
    para(doc, "", indent=0)
    data_table(doc, DX_HEADER, DX_ROWS, [10, 40, 18, 32, 24, 32], size=12)
    out = os.path.join(HERE, "blind173_dongxing_notice.docx")
    doc.save(out)
    return out


def dongxing_expected():
    rows = [row_clause(DX_HEADER, r) for r in DX_ROWS]
    return {
        "meta": {
            "title": DX_TITLE,
            "doc_number": DX_NUM,
            "issuer": ["东兴市人民政府"],
            "date": "2024-07-18",
            "published": None,
            "level": "county",
            "region": "广西壮族自治区防城港市东兴市",
            "effective": "2024-08-01",
            "expires": "2026-07-31",
            "attachments": [DX_ATT],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
        },
        "clauses": [DX_P0] + DX_ITEMS + rows,
        "applies_to": {
            "default": "广西壮族自治区防城港市东兴市",
            "specific": {
                "一、": "东兴边民互市贸易区（一桥互市点）、北仑河二桥互市点（东兴镇）、江平镇竹山互市点、马路镇滩散互市点",
                "四、": "东兴边境经济合作区、江平工业园区（江平镇）",
                "附件 row 1": "东兴镇（东兴边民互市贸易区）", "附件 row 2": "东兴镇（北仑河二桥）",
                "附件 row 3": "江平镇（竹山）", "附件 row 4": "马路镇（滩散）",
            },
            "note": "芒街/平玉/北风生 are the Vietnamese side (越南) — the clause does not apply in Vietnam; 中国—东盟自由贸易区 places nothing; 东兴海关 is an organ. 防城港市 (parent city) is too broad, low.",
        },
        "_note": (
            "A 公告: no red 版头, no 主送, no 版记, no publicity line. The title is typed as THREE centred paragraphs (东兴市人民政府 / 关于调整边民互市点开放时间和 / 规范边民互市贸易秩序的公告) — the first line 东兴市人民政府 is part of the title, not a 版头 or issuer-only line; joined title has nothing between the pieces. "
            "The 文号 line 东政告〔2024〕3号 sits UNDER the title in 楷体 (not above it as in a 文件); it must still be doc_number. "
            "Items 一、…七、 are numbered paragraphs with no heading words: each is one clause with its number (not headings!). 三、 is a lead-in ending in ： with （一）（二） as separate paragraphs (separate clauses as listed, or merged into 三、, both fine). "
            "六、 is a contact item (a clause; tolerable as furniture, low). 特此公告。 is the closing formula — furniture, not a clause (as a clause: low). 附件说明 → attachments; 落款 东兴市人民政府 / 2024年7月18日; the label 附件 and the table title. "
            "Footer page number “— N —” centred on every page (not alternating). "
            "The 附件 table: 4 rows, each a clause. date = 2024-07-18; effective 2024-08-01 (七、 and also 一、); expires 2026-07-31. level county (东兴市 is a county-level city under 防城港市); region 广西壮族自治区防城港市东兴市 (东兴市 alone or 广西壮族自治区东兴市 fine)."
        ),
        "_pdf": {
            "note": "same metadata and clauses; 3 pages (body on 1–2, 特此公告。/附件说明/落款 at the foot of page 2, the 附件 table on page 3); centred page numbers “— N —”.",
        },
    }


# ---------------------------------------------------------------- main
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_173", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    files = [build_xizang(), build_kashi(), build_hainan(), build_dongxing()]
    for f in files:
        to_pdf(f)
    exp = {
        "blind173_xizang_notice": [xizang_expected()],
        "blind173_kashi_plan": [kashi_expected()],
        "blind173_hainan_measures": [hainan_expected()],
        "blind173_dongxing_notice": [dongxing_expected()],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    print("wrote", *files)


if __name__ == "__main__":
    main()
