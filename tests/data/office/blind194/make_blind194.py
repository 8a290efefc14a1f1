# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 194: the most ordinary documents of south-central China offices (湖南, 湖北, 广西, 海南).

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind194_hunan_fangan.docx / .pdf     湖南省商务厅 印发《中国（湖南）自由贸易试验区深化对非经贸合作
      2024年工作方案》的通知 (湘商发〔2024〕9号); the 方案 (一、（一）) has its own 附件 重点任务分工表
      in a landscape section: 序号/重点任务/牵头单位/配合单位/完成时限, header row repeated,
      牵头单位 cells merged vertically where consecutive rows share the lead unit.
  blind194_yichang_banfa.docx / .pdf    宜昌市人民政府 印发 外贸发展专项资金管理办法 (宜府规〔2024〕4号);
      title printed as “市人民政府关于…” (Hubei habit: no city name), the 办法 follows the 落款 in a new
      section with no 附件 label: 第一章…第六章, 第一条…第二十二条, items （一）（二）（三）, 有效期5年.
  blind194_qinzhou_shenbao.docx / .pdf  钦州港片区管委会 关于组织申报2024年度扶持资金的通知
      (钦港片管发〔2024〕23号); 一、…六、 with （一） and 1． items; 附件 a blank 申报表 form (merged cells,
      check boxes, “年　月　日” blanks).
  blind194_hainan_pifu.docx / .pdf      海南省人民政府 关于三亚港总体规划（2024—2035年）的批复
      (琼府〔2024〕46号) to 三亚市人民政府; 一、…八、 paragraphs, 此复。
  expected.json

Run:  . /work/venv/bin/activate && python make_blind194.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
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
KT2 = "楷体"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16   # 三号
ER = 22    # 二号
SI = 14    # 四号
XS = 12    # 小四
LINE = Pt(28.95)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT


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


def chars_indent(p, chars=2, size=SAN):
    """Word's own way: w:ind firstLine + firstLineChars (what Word writes for “首行缩进 2 字符”)."""
    ppr = p._p.get_or_add_pPr()
    ind = ppr.find(qn("w:ind"))
    if ind is None:
        ind = parse_xml('<w:ind %s/>' % nsdecls("w"))
        ppr.append(ind)
    ind.set(qn("w:firstLine"), str(int(size * chars * 20)))
    ind.set(qn("w:firstLineChars"), str(chars * 100))


def P(container, text="", east=FS, size=SAN, align=J, indent=2, bold=False, color=None, line=LINE, before=0, after=0, charind=False):
    p = container.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    if indent and charind:
        chars_indent(p, indent, size)
    else:
        pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if text:
        fnt(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, body_font=FS, bold=False, charind=False):
    p = P(doc, charind=charind)
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


def portrait(s, top=37, bottom=35, left=28, right=26, footer=28):
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(top), Mm(bottom)
    s.left_margin, s.right_margin = Mm(left), Mm(right)
    s.header_distance, s.footer_distance = Mm(15), Mm(footer)


def new_doc(style="oddeven", dash=("— ", " —"), body_font=FS):
    """style: oddeven (odd right / even left), center, right."""
    doc = Document()
    s = doc.sections[0]
    portrait(s)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), body_font)
    st.paragraph_format.space_after = Pt(0)
    grid(s)
    fp = s.footer.paragraphs[0]
    if style == "center":
        fp.alignment = C
        page_field(fp, SI, *dash)
    elif style == "right":
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp, SI, *dash)
    else:
        doc.settings.odd_and_even_pages_header_footer = True
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp, SI, *dash)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(SI)
        page_field(ep, SI, *dash)
    return doc


def banhead(doc, lines, size=48, width_scale=None, line=None):
    """Red 版头; several lines go into ONE paragraph with soft breaks."""
    p = P(doc, "", XBZ, size, C, 0, line=line or Pt(size * 1.2))
    for i, t in enumerate(lines):
        r = fnt(p.add_run(t), XBZ, size, color=RED)
        if width_scale:
            r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), width_scale)))
        if i < len(lines) - 1:
            r.add_break()
    return p


def docnum_rule(doc, num, blank_before=2, east=FS):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, num, east, SAN, C, 0)
    pborder(p, "bottom", 18, "FF0000", 10)
    P(doc, indent=0)


def title(doc, lines, soft=True, east=XBZ, bold=False):
    if soft:
        p = P(doc, "", east, ER, C, 0, line=Pt(35))
        for i, t in enumerate(lines):
            r = fnt(p.add_run(t), east, ER, bold)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for t in lines:
            P(doc, t, east, ER, C, 0, line=Pt(35), bold=bold)
    P(doc, indent=0)


def signoff(doc, organ, date, right_chars=4, blank=3, public="（此件公开发布）", east=FS, date_extra=1, gap=True):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, organ, east, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p.paragraph_format.keep_with_next = True
    p = P(doc, date, east, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right_chars + date_extra))
    if public:
        if gap:
            P(doc, indent=0)
        P(doc, public, east, SAN, L, 2)


def banji(doc, chaosong, printer=None, printdate=None, blank=0, east=FS, tabpos=8600):
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
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="%d"/></w:tabs>' % (nsdecls("w"), tabpos)))
    pborder(p, "bottom", 12, "000000", 2)


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False, color=None, line=None):
    """text may hold “\n” → several paragraphs in the cell."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, t in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.first_line_indent = None
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = line if line else 1.0
        if t:
            fnt(p.add_run(t), east, size, bold, color)
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


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def new_section(doc, landscape=False, grid_kind="lines", **kw):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.top_margin, sec.bottom_margin = Mm(kw.get("top", 28)), Mm(kw.get("bottom", 26))
        sec.left_margin, sec.right_margin = Mm(kw.get("left", 37)), Mm(kw.get("right", 35))
        sec.footer_distance = Mm(kw.get("footer", 15))
    else:
        portrait(sec, **kw)
    sec._sectPr.find(qn("w:docGrid")).set(qn("w:type"), grid_kind)
    return sec


# ================================================================ (a) 湖南省商务厅 工作方案 + 任务分工表
HN_NUM = "湘商发〔2024〕9号"
HN_FANGAN = "中国（湖南）自由贸易试验区深化对非经贸合作2024年工作方案"
HN_TITLE = "湖南省商务厅关于印发《" + HN_FANGAN + "》的通知"
HN_TITLE_LINES = ["湖南省商务厅关于印发《中国（湖南）", "自由贸易试验区深化对非经贸合作", "2024年工作方案》的通知"]
HN_MAIN_TO = "长沙、岳阳、郴州市商务局，中国（湖南）自由贸易试验区长沙、岳阳、郴州片区管委会，厅机关各处室、各直属单位："
HN_NOTICE = "现将《" + HN_FANGAN + "》印发给你们，请认真抓好落实。"
HN_TASK_T = "重点任务分工表"
HN_INTRO = "为贯彻落实《中国（湖南）自由贸易试验区总体方案》和中非合作论坛有关部署，高质量建设中非经贸深度合作先行区，推动湖南自贸试验区在高质量共建“一带一路”中发挥更大作用，制定本方案。"
HN_GOAL = "2024年，全省对非进出口额力争达到800亿元，同比增长10%以上；自贸试验区对非进出口额占全省比重达到45%；新增对非投资企业20家以上，为2025年举办第四届中国—非洲经贸博览会打下坚实基础。"
HN_TASKS = [
    ("（一）建设非洲非资源性产品集散交易加工中心。", "依托长沙片区中非经贸深度合作先行区，扩大咖啡、坚果、可可、干辣椒等非洲非资源性产品进口，推动在长沙黄花综合保税区开展保税加工和分拨，全年非洲非资源性产品进口额达到50亿元。"),
    ("（二）畅通对非物流通道。", "支持岳阳片区依托城陵矶港区开通至东非、西非港口的江海联运航线；稳定运行长沙至约翰内斯堡、亚的斯亚贝巴全货机航线，全年完成对非航空货运量3万吨。"),
    ("（三）推进对非跨境人民币结算。", "支持长沙片区内金融机构为对非贸易企业提供跨境人民币结算、汇率避险等服务，全年对非跨境人民币结算量突破100亿元。"),
    ("（四）打造对非产能合作平台。", "支持郴州片区依托郴州综合保税区发展有色金属精深加工，引导工程机械、轨道交通装备企业在埃及、肯尼亚、尼日利亚等国设立海外仓和售后服务中心，全年新增对非海外仓5个。"),
    ("（五）办好中非经贸合作展会。", "做好第四届中国—非洲经贸博览会筹备工作，常态化运营中非经贸博览会长期展馆（高桥大市场），2024年组织对非经贸对接活动不少于20场。"),
    ("（六）开展对非制度创新试点。", "聚焦对非贸易便利化、对非易货贸易、非洲商品质量认证互认等领域，2024年形成可复制推广的制度创新成果不少于5项，并在湘潭综合保税区、衡阳综合保税区复制推广。"),
]
HN_GUARANTEE = [
    ("（一）加强组织领导。", "省自贸试验区工作领导小组办公室统筹推进方案实施，各片区管委会明确专人负责，建立工作台账，实行清单化管理。"),
    ("（二）强化政策支持。", "统筹用好省级外经贸发展专项资金，对符合条件的对非贸易、物流通道和海外仓项目给予支持。"),
    ("（三）做好督促落实。", "各牵头单位于每季度结束后5日内报送工作进展情况，省商务厅适时组织开展评估。"),
]
HN_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
HN_ROWS = [
    ["1", "扩大咖啡、坚果、可可等非洲非资源性产品进口，全年进口额达到50亿元", "省商务厅", "长沙片区管委会，长沙海关", "2024年12月底"],
    ["2", "在长沙黄花综合保税区开展非洲非资源性产品保税加工和分拨", "长沙片区管委会", "长沙海关，长沙县人民政府", "2024年10月底"],
    ["3", "开通城陵矶港区至东非、西非港口江海联运航线", "岳阳片区管委会", "省交通运输厅，岳阳市人民政府", "2024年9月底"],
    ["4", "稳定运行长沙至约翰内斯堡、亚的斯亚贝巴全货机航线，完成对非航空货运量3万吨", "省交通运输厅", "湖南省机场管理集团，长沙片区管委会", "2024年12月底"],
    ["5", "对非跨境人民币结算量突破100亿元", "人民银行湖南省分行", "长沙片区管委会", "2024年12月底"],
    ["6", "依托郴州综合保税区发展有色金属精深加工", "郴州片区管委会", "郴州市商务局", "持续推进"],
    ["7", "新增对非海外仓5个", "省商务厅", "各片区管委会", "2024年12月底"],
    ["8", "做好第四届中国—非洲经贸博览会筹备工作", "省商务厅", "长沙市人民政府", "2025年6月底"],
    ["9", "常态化运营中非经贸博览会长期展馆（高桥大市场），组织对非经贸对接活动不少于20场", "长沙市人民政府", "省商务厅，长沙片区管委会", "2024年12月底"],
    ["10", "形成对非制度创新成果不少于5项", "省商务厅", "各片区管委会", "2024年11月底"],
    ["11", "在湘潭、衡阳综合保税区复制推广对非制度创新成果", "省商务厅", "湘潭市、衡阳市人民政府", "2025年3月底"],
    ["12", "建立对非经贸合作重点项目工作台账", "省商务厅", "各片区管委会", "2024年5月底"],
]
HN_VMERGE = [(7, 8), (10, 12)]     # 牵头单位 cells merged vertically over these 序号 ranges
HN_CHAOSONG = "商务部自贸区港司、西亚非洲司，省人民政府办公厅，省发展改革委、省财政厅、省交通运输厅，人民银行湖南省分行，长沙海关，长沙市、岳阳市、郴州市人民政府。"
HN_PRINTER = "湖南省商务厅办公室"
HN_PRINTDATE = "2024年4月10日"


def build_hunan():
    doc = new_doc("oddeven")
    banhead(doc, ["湖南省商务厅文件"], 52, width_scale=90)
    docnum_rule(doc, HN_NUM, blank_before=1)
    title(doc, HN_TITLE_LINES, soft=True)
    P(doc, HN_MAIN_TO, indent=0)
    P(doc, HN_NOTICE)
    P(doc, indent=0)
    p = P(doc, "附件：" + HN_FANGAN, indent=0)
    p.paragraph_format.left_indent = Pt(SAN * 5)
    p.paragraph_format.first_line_indent = Pt(-SAN * 3)
    signoff(doc, "湖南省商务厅", "2024年4月8日", right_chars=5, blank=1, public="（此件主动公开）", gap=False)
    P(doc, "附件", HT, SAN, L, 0).paragraph_format.page_break_before = True
    P(doc, indent=0)
    title(doc, ["中国（湖南）自由贸易试验区", "深化对非经贸合作2024年工作方案"], soft=False)
    P(doc, HN_INTRO)
    P(doc, "一、工作目标", HT, SAN)
    P(doc, HN_GOAL)
    P(doc, "二、重点任务", HT, SAN)
    for h, t in HN_TASKS:
        runin(doc, h, t, KT)
    P(doc, "三、保障措施", HT, SAN)
    for h, t in HN_GUARANTEE:
        runin(doc, h, t, KT)
    P(doc, indent=0)
    P(doc, "附件：" + HN_TASK_T, indent=2)
    # the 方案's own 附件 in a landscape section
    new_section(doc, landscape=True, grid_kind="default")
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, HN_TASK_T, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0, line=Pt(14))
    tbl = doc.add_table(rows=1 + len(HN_ROWS), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [14, 84, 44, 53, 30])
    for i, h in enumerate(HN_HEADER):
        cell_text(tbl.cell(0, i), h, HT, SI, C, line=Pt(22))
    repeat_header(tbl.rows[0])
    merged = set()
    for a, b in HN_VMERGE:
        m = tbl.cell(a, 2).merge(tbl.cell(b, 2))
        cell_text(m, HN_ROWS[a - 1][2], FS, SI, C, line=Pt(22))
        m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        merged.update(range(a, b + 1))
    for ri, r in enumerate(HN_ROWS, start=1):
        for ci, v in enumerate(r):
            if ci == 2 and ri in merged:
                continue
            cell_text(tbl.cell(ri, ci), v, FS, SI, L if ci in (1, 3) else C, line=Pt(22))
            tbl.cell(ri, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    # back to portrait for the 版记
    new_section(doc, landscape=False)
    banji(doc, HN_CHAOSONG, HN_PRINTER, HN_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind194_hunan_fangan.docx")
    doc.save(out)
    return out


# ================================================================ (b) 宜昌市人民政府 管理办法 (章/条)
YC_NUM = "宜府规〔2024〕4号"
YC_BANFA = "宜昌市外贸发展专项资金管理办法"
YC_TITLE = "市人民政府关于印发宜昌市外贸发展专项资金管理办法的通知"
YC_TITLE_LINES = ["市人民政府关于印发宜昌市外贸发展", "专项资金管理办法的通知"]
YC_MAIN_TO = "各县市区人民政府，宜昌高新区管委会，市政府各部门："
YC_NOTICE = "现将《宜昌市外贸发展专项资金管理办法》印发给你们，请认真组织实施。"
YC_CHAPTERS = [
    ("第一章　总　　则", [
        ("第一条", "为规范和加强宜昌市外贸发展专项资金（以下简称专项资金）管理，提高资金使用效益，推动中国（湖北）自由贸易试验区宜昌片区和中国（宜昌）跨境电子商务综合试验区建设，促进全市外贸高质量发展，根据《中华人民共和国预算法》和省有关规定，结合本市实际，制定本办法。", []),
        ("第二条", "本办法所称专项资金，是指市级财政预算安排，用于支持全市外贸主体培育、外贸新业态发展、国际物流通道建设和开放平台建设的资金。", []),
        ("第三条", "专项资金的管理和使用遵循公开透明、突出重点、绩效导向、强化监督的原则。", []),
        ("第四条", "市商务局负责编制专项资金年度使用计划，组织项目申报、审核和绩效评价；市财政局负责专项资金预算管理和资金拨付，会同市商务局开展监督检查。各县市区商务主管部门负责本地区项目的初审和日常管理。", []),
    ]),
    ("第二章　支持范围和标准", [
        ("第五条", "支持外贸主体培育。对年度进出口额首次突破1000万美元、5000万美元、1亿美元的企业，分别给予10万元、30万元、50万元一次性奖励。", []),
        ("第六条", "支持跨境电子商务发展。对在中国（宜昌）跨境电子商务综合试验区线下产业园区（宜昌高新区、宜昌片区）内新建跨境电商海外仓、年度跨境电商进出口额达到500万美元以上的企业，按其海外仓租赁费用或者建设投资额的30%给予补助，单个企业每年最高不超过100万元。", []),
        ("第七条", "支持国际物流通道建设。对经云池港区（猇亭区）开行至上海洋山、武汉阳逻的外贸集装箱江海直达航线，按每标箱200元给予补助；对经茅坪港区（秭归县）开展三峡翻坝转运的外贸集装箱，按每标箱100元给予补助。", []),
        ("第八条", "支持开放平台建设。对宜昌综合保税区新引进的加工贸易、保税维修、保税物流项目，自投产之日起两年内按年度进出口额每1美元给予0.01元奖励，单个项目每年最高不超过200万元。", []),
        ("第九条", "支持山区县外贸发展。远安县、兴山县、秭归县、长阳土家族自治县、五峰土家族自治县的企业申报本办法第五条、第六条规定的支持事项的，支持标准上浮20%。", []),
        ("第十条", "同一企业同一项目符合本办法多项支持条款的，按照就高原则给予支持，不得重复享受；已享受省级同类资金支持的，市级专项资金不再重复支持。", []),
    ]),
    ("第三章　申报和审核", [
        ("第十一条", "申请专项资金的企业应当同时符合下列条件：", [
            "（一）在本市依法注册登记，具有独立法人资格；",
            "（二）已依法办理对外贸易经营者备案登记和海关进出口货物收发货人备案；",
            "（三）财务管理制度健全，近三年内无重大违法违规记录，未被列入严重失信主体名单。",
        ]),
        ("第十二条", "市商务局每年第一季度发布专项资金申报通知，明确申报条件、申报材料和申报时限。", []),
        ("第十三条", "企业向注册地县市区商务主管部门提出申请，县市区商务主管部门会同同级财政部门进行初审后报市商务局。", []),
        ("第十四条", "市商务局会同市财政局组织专家或者委托第三方机构对申报项目进行评审，提出资金分配建议方案，并在市商务局门户网站公示5个工作日。", []),
    ]),
    ("第四章　资金拨付和使用", [
        ("第十五条", "公示无异议的，由市财政局按照国库集中支付有关规定拨付资金。", []),
        ("第十六条", "企业获得的专项资金，应当按照国家统一的会计制度进行账务处理。", []),
    ]),
    ("第五章　监督管理", [
        ("第十七条", "市商务局、市财政局应当对专项资金使用情况开展绩效评价，评价结果作为以后年度资金安排的重要依据。", []),
        ("第十八条", "企业有下列行为之一的，由市财政局、市商务局追回已拨付资金，五年内不再受理其专项资金申请；涉嫌犯罪的，依法移送司法机关处理：", [
            "（一）虚报、冒领专项资金的；",
            "（二）提供虚假申报材料或者重复申报的；",
            "（三）截留、挪用专项资金的。",
        ]),
        ("第十九条", "有关部门及其工作人员在专项资金管理中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。", []),
    ]),
    ("第六章　附　　则", [
        ("第二十条", "宜昌高新区管委会参照县市区商务主管部门的职责，履行本办法规定的初审职责。", []),
        ("第二十一条", "本办法由市商务局、市财政局负责解释。", []),
        ("第二十二条", "本办法自2024年7月20日起施行，有效期5年。《宜昌市外贸发展专项资金管理暂行办法》（宜府规〔2019〕6号）同时废止。", []),
    ]),
]
YC_CHAOSONG = "市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市法院，市检察院，宜昌海关。"
YC_PRINTER = "宜昌市人民政府办公室"
YC_PRINTDATE = "2024年6月20日"


def build_yichang():
    doc = new_doc("center")
    banhead(doc, ["宜昌市人民政府文件"], 50, width_scale=88)
    docnum_rule(doc, YC_NUM, blank_before=2)
    title(doc, YC_TITLE_LINES, soft=True)
    P(doc, YC_MAIN_TO, indent=0)
    P(doc, YC_NOTICE, charind=True)
    signoff(doc, "宜昌市人民政府", "2024年6月18日", right_chars=4, blank=3)
    # the 办法 follows in a new (next-page) section, no 附件 label
    new_section(doc, landscape=False)
    P(doc, YC_BANFA, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0)
    for chap, arts in YC_CHAPTERS:
        P(doc, chap, HT, SAN, C, 0, before=6, after=6)
        for num, txt, items in arts:
            runin(doc, num + "　", txt, FS, FS, bold=True, charind=True)
            for it in items:
                P(doc, it, charind=True)
    P(doc, indent=0)
    P(doc, indent=0)
    banji(doc, YC_CHAOSONG, YC_PRINTER, YC_PRINTDATE, blank=0)
    out = os.path.join(HERE, "blind194_yichang_banfa.docx")
    doc.save(out)
    return out


# ================================================================ (c) 钦州港片区管委会 申报通知 + 空白申报表
QZ_NUM = "钦港片管发〔2024〕23号"
QZ_ORGAN = "中国（广西）自由贸易试验区钦州港片区管理委员会"
QZ_TITLE = QZ_ORGAN + "关于组织申报2024年度片区开放型经济发展扶持资金的通知"
QZ_TITLE_LINES = ["中国（广西）自由贸易试验区钦州港片区", "管理委员会关于组织申报2024年度片区", "开放型经济发展扶持资金的通知"]
QZ_FORM_T = "2024年度钦州港片区开放型经济发展扶持资金申报表"
QZ_MAIN_TO = "片区各部门、各园区（港区）管理机构，各有关企业："
QZ_INTRO = "为贯彻落实《中国（广西）自由贸易试验区钦州港片区促进开放型经济发展若干措施》（钦港片管发〔2023〕41号），支持企业用好西部陆海新通道、拓展东盟市场，现就组织申报2024年度片区开放型经济发展扶持资金有关事项通知如下："
QZ_BODY = [
    ("一、申报范围", "para", [
        "2023年1月1日至2024年6月30日期间，在钦州港片区（含钦州综合保税区、中马钦州产业园区片区范围内区域）发生的进出口贸易、国际物流、跨境电商和服务贸易等业务。",
    ]),
    ("二、申报条件", "items", [
        "（一）在钦州港片区内依法注册登记并实际经营，具有独立法人资格；",
        "（二）统计关系、纳税关系在钦州港片区；",
        "（三）申报期内未发生安全生产、生态环境等方面重大事故，未被列入严重失信主体名单；",
        "（四）承诺获得扶持资金后5年内不迁离钦州港片区。",
    ]),
    ("三、支持标准", "runin", [
        ("（一）外贸增量奖励。", "对年度进出口额增量超过500万美元的企业，按增量部分每1美元奖励0.02元，单个企业最高不超过300万元。"),
        ("（二）集装箱航线补助。", "对在大榄坪港区新开通至东盟国家直航集装箱航线、且连续运营满6个月的航运企业，每条航线给予一次性补助100万元。"),
        ("（三）海铁联运补助。", "对经钦州港东站通过西部陆海新通道海铁联运班列运输的外贸集装箱，按每标箱300元给予货主企业补助。"),
        ("（四）保税业务奖励。", "对在钦州综合保税区内开展保税维修、保税研发、融资租赁业务的企业，按年度业务收入的3%给予奖励，单个企业最高不超过200万元。"),
        ("（五）外资项目奖励。", "对在中马钦州产业园区片区范围内新设立的外商投资企业，实际到资额达到1000万美元以上的，按实际到资额的1%给予奖励，单个企业最高不超过500万元。"),
    ]),
    ("四、申报材料", "items", [
        "1．" + QZ_FORM_T + "（附件）；",
        "2．营业执照复印件；",
        "3．海关进出口数据，或者航线、班列运输凭证；",
        "4．经审计的2023年度财务报表；",
        "5．企业信用承诺书。",
    ]),
    ("五、申报时间和方式", "para", [
        "申报时间为2024年8月15日至9月30日。企业将申报材料纸质版（一式两份，加盖公章）报送片区管委会经济发展局（片区综合服务中心3楼），电子版同时发送至指定邮箱。逾期不予受理。",
    ]),
    ("六、其他事项", "items", [
        "（一）申报企业对申报材料的真实性负责。对弄虚作假骗取扶持资金的，追回已拨付资金，3年内取消其申报资格。",
        "（二）联系人：经济发展局　覃丽萍；联系电话：0777-3896127。",
    ]),
]
QZ_CHAOSONG = "钦州市人民政府办公室，钦州市商务局，钦州市财政局，钦州海关。"
QZ_PRINTER = "钦州港片区管委会办公室"
QZ_PRINTDATE = "2024年8月13日"


def build_qinzhou():
    doc = new_doc("center", dash=("－ ", " －"), body_font=FS2)
    banhead(doc, ["中国（广西）自由贸易试验区", "钦州港片区管理委员会文件"], 34, width_scale=80, line=Pt(48))
    docnum_rule(doc, QZ_NUM, blank_before=1, east=FS2)
    title(doc, QZ_TITLE_LINES, soft=False)
    P(doc, QZ_MAIN_TO, FS2, indent=0)
    P(doc, QZ_INTRO, FS2, charind=True)
    for head, kind, items in QZ_BODY:
        P(doc, head, HT, SAN, charind=True)
        for it in items:
            if kind == "runin":
                runin(doc, it[0], it[1], KT2, FS2, charind=True)
            else:
                P(doc, it, FS2, charind=True)
    P(doc, indent=0)
    p = P(doc, "附件：" + QZ_FORM_T, FS2, indent=0)
    p.paragraph_format.left_indent = Pt(SAN * 5)
    p.paragraph_format.first_line_indent = Pt(-SAN * 3)
    signoff(doc, QZ_ORGAN, "2024年8月12日", right_chars=1, blank=3, east=FS2, date_extra=6)
    new_section(doc, landscape=False, grid_kind="default", top=30, bottom=28, left=28, right=26, footer=20)
    # ---- 附件: blank form
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, QZ_FORM_T, XBZ, 18, C, 0, line=Pt(30))
    p = P(doc, "", FS2, XS, L, 0, line=Pt(26))
    fnt(p.add_run("申报单位（盖章）：\t填报日期：　　年　　月　　日"), FS2, XS)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="left" w:pos="5200"/></w:tabs>' % nsdecls("w")))
    rows = [
        ("企业名称", None, None, None),
        ("统一社会信用代码", "", "注册地址", ""),
        ("法定代表人", "", "联系人及电话", ""),
        ("企业类型", "□内资企业　　□外商投资企业　　□港澳台投资企业", None, None),
        ("所在区域", "□钦州综合保税区　□大榄坪港区　□中马钦州产业园区\n□其他区域", None, None),
        ("申报事项", "□外贸增量奖励　□集装箱航线补助　□海铁联运补助\n□保税业务奖励　□外资项目奖励", None, None),
        ("2023年进出口额\n（万美元）", "", "2024年1—6月进出口额\n（万美元）", ""),
        ("申请扶持资金\n（万元）", "", None, None),
        ("申报事项说明", "（可另附页）", None, None),
        ("企业承诺", "本企业承诺所填报内容及提供的申报材料真实、准确、完整，如有虚假，愿承担相应法律责任。\n\n法定代表人（签字）：　　　　　　（企业公章）\n年　　月　　日", None, None),
        ("经济发展局\n审核意见", "\n\n（盖章）\n年　　月　　日", None, None),
    ]
    tbl = doc.add_table(rows=len(rows), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [40, 46, 38, 32])
    heights = {8: 30, 9: 36, 10: 26}
    for ri, (a, b, c, d) in enumerate(rows):
        cell_text(tbl.cell(ri, 0), a, FS2, XS, C, line=Pt(20))
        tbl.cell(ri, 0).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        if c is None:
            m = tbl.cell(ri, 1).merge(tbl.cell(ri, 3))
            if b:
                al = R if ri == 10 else L
                cell_text(m, b, FS2, XS, al, line=Pt(20))
                if ri == 9:   # right-align the signature/date lines
                    for pp in m.paragraphs[1:]:
                        pp.alignment = R
            m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER if ri < 8 else WD_CELL_VERTICAL_ALIGNMENT.TOP
        else:
            cell_text(tbl.cell(ri, 2), c, FS2, XS, C, line=Pt(20))
            tbl.cell(ri, 2).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        tr = tbl.rows[ri]
        tr.height = Mm(heights.get(ri, 10))
        tr.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        cant_split(tr)
    P(doc, "注：本表一式两份，随申报材料一并报送。", FS2, XS, L, 0, line=Pt(22))
    # 版记 on its own last page (back to the ordinary margins)
    new_section(doc, landscape=False)
    banji(doc, QZ_CHAOSONG, QZ_PRINTER, QZ_PRINTDATE, blank=18, east=FS2)
    out = os.path.join(HERE, "blind194_qinzhou_shenbao.docx")
    doc.save(out)
    return out


# ================================================================ (d) 海南省人民政府 批复
HI_NUM = "琼府〔2024〕46号"
HI_TITLE = "海南省人民政府关于三亚港总体规划（2024—2035年）的批复"
HI_TITLE_LINES = ["海南省人民政府关于三亚港总体规划", "（2024—2035年）的批复"]
HI_MAIN_TO = "三亚市人民政府："
HI_OPEN = "你市《关于报请审批〈三亚港总体规划（2024—2035年）〉的请示》（三府〔2024〕73号）收悉。经研究，现批复如下："
HI_ITEMS = [
    "一、原则同意《三亚港总体规划（2024—2035年）》（以下简称《规划》）。请你市认真组织实施。",
    "二、三亚港是海南自由贸易港重要港口和国际邮轮母港，是三亚市建设国际旅游消费中心和三亚崖州湾科技城开发建设的重要依托，要以邮轮游艇、旅游客运、商贸物流为主，逐步拓展国际中转和保税服务功能。",
    "三、同意三亚港由凤凰岛港区、南山港区、崖州湾港区和红沙港区组成。凤凰岛港区以国际邮轮和旅游客运为主；南山港区（崖州区）以件杂货、集装箱运输和港口物流为主，兼顾科考船舶停靠；崖州湾港区（崖州区）以游艇、公务船舶停靠为主；红沙港区以渔业和海上旅游客运为主。",
    "四、同意《规划》提出的岸线利用规划，规划港口岸线总长18.6公里，其中深水岸线9.2公里。要严格保护三亚珊瑚礁国家级自然保护区和海棠区海岸带，港口建设不得占用生态保护红线。",
    "五、南山港区要与洋浦经济开发区、海口综合保税区加强联动，依托海南自由贸易港“一线放开、二线管住”进出口管理制度，发展冷链物流、保税仓储和国际中转集拼业务。",
    "六、你市要做好《规划》与国土空间规划的衔接，严格按照《规划》安排港口建设项目。新建、改扩建港口设施须依法办理用海、用地和环境影响评价等手续。凤凰岛港区国际邮轮码头二期工程要于2026年底前建成投用。",
    "七、省交通运输厅、省自然资源和规划厅、省生态环境厅、三亚海关等部门要按照职责分工，加强对《规划》实施的指导和监督，支持三亚港口岸扩大开放。",
    "八、《规划》实施中如需作重大调整，须按程序报省人民政府批准。",
]
HI_CHAOSONG = "交通运输部，省委办公厅，省人大常委会办公厅，省政协办公厅，省交通运输厅、省发展改革委、省自然资源和规划厅、省生态环境厅、省商务厅，海口海关，海南海事局，洋浦经济开发区管委会。"
HI_PRINTER = "海南省人民政府办公厅"
HI_PRINTDATE = "2024年11月7日"


def build_hainan():
    doc = new_doc("oddeven", body_font=FS2)
    banhead(doc, ["海南省人民政府文件"], 52, width_scale=90)
    docnum_rule(doc, HI_NUM, blank_before=2, east=FS2)
    title(doc, HI_TITLE_LINES, soft=False)
    P(doc, HI_MAIN_TO, FS2, indent=0)
    P(doc, HI_OPEN, FS2, charind=True)
    for t in HI_ITEMS:
        P(doc, t, FS2, charind=True)
    P(doc, "此复。", FS2, charind=True)
    signoff(doc, "海南省人民政府", "2024年11月5日", right_chars=4, blank=3, public="（此件主动公开）", east=FS2)
    page_break(doc)
    banji(doc, HI_CHAOSONG, HI_PRINTER, HI_PRINTDATE, blank=16, east=FS2)
    out = os.path.join(HERE, "blind194_hainan_pifu.docx")
    doc.save(out)
    return out


# ================================================================ PDF
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_194", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 湖南
    hn_rows = [row_clause(HN_HEADER, r) for r in HN_ROWS]
    hn_cl = [HN_NOTICE, HN_INTRO, HN_GOAL] + [h + t for h, t in HN_TASKS] + [h + t for h, t in HN_GUARANTEE] + hn_rows
    out["blind194_hunan_fangan"] = [{
        "meta": {
            "title": HN_TITLE, "doc_number": HN_NUM, "issuer": ["湖南省商务厅"],
            "date": "2024-04-08", "published": "2024-04-10", "level": "provincial", "region": "湖南省",
            "effective": None, "expires": None, "attachments": [HN_FANGAN], "doc_type": "通知（印发工作方案）",
            "recipients": ["长沙、岳阳、郴州市商务局", "中国（湖南）自由贸易试验区长沙、岳阳、郴州片区管委会", "厅机关各处室、各直属单位"],
            "publicity": "此件主动公开",
        },
        "clauses": hn_cl,
        "applies_to": {
            "default": "湖南省（中国（湖南）自由贸易试验区）",
            "specific": {
                "二、（一）": "长沙片区（中非经贸深度合作先行区）；长沙黄花综合保税区（长沙县）",
                "二、（二）": "岳阳片区（城陵矶港区，岳阳市）；长沙（全货机航线） — 东非、西非、约翰内斯堡、亚的斯亚贝巴 are destinations",
                "二、（三）": "长沙片区",
                "二、（四）": "郴州片区（郴州综合保税区，郴州市）— 埃及、肯尼亚、尼日利亚 are where the 海外仓 go, not places of application",
                "二、（五）": "长沙市（高桥大市场，雨花区）",
                "二、（六）": "湘潭综合保税区（湘潭市）、衡阳综合保税区（衡阳市）",
                "序号1": "长沙片区",
                "序号2": "长沙黄花综合保税区（长沙县，长沙片区）",
                "序号3": "城陵矶港区（岳阳片区，岳阳市）",
                "序号4": "长沙（全货机航线）",
                "序号5": "长沙片区",
                "序号6": "郴州综合保税区（郴州片区）",
                "序号8": "长沙市",
                "序号9": "长沙市（高桥大市场）",
                "序号11": "湘潭综合保税区、衡阳综合保税区（湘潭市、衡阳市）",
            },
            "note": "非洲 / 东非 / 西非 / 约翰内斯堡 / 亚的斯亚贝巴 / 埃及 / 肯尼亚 / 尼日利亚 do not move a clause abroad. A row whose only place is a 配合单位 (长沙县人民政府 序号2, 岳阳市人民政府 序号3, 长沙市人民政府 序号8, 湘潭市、衡阳市人民政府 序号11) still concerns that place. 序号7/10/12 (各片区管委会) apply to all three 片区 = the document default.",
        },
        "_note": (
            "ONE document: the 印发通知 + its 附件 (the 方案) + the 方案's own 附件 (重点任务分工表). Furniture: red 版头 湖南省商务厅文件; 文号 湘商发〔2024〕9号 + red rule; title ONE paragraph with TWO soft line breaks (湖南省商务厅关于印发《中国（湖南）/ 自由贸易试验区深化对非经贸合作 / 2024年工作方案》的通知 — both breaks fall INSIDE the book title) → joined with no space; "
            "主送 (3 parts, separated by ，); 1 notice paragraph (clause); 附件说明 附件：…工作方案 (hanging indent); 落款 湖南省商务厅 / 2024年4月8日; （此件主动公开） (publicity wording differs from 此件公开发布). "
            "After a page break: label 附件, the 方案 title in TWO paragraphs (中国（湖南）自由贸易试验区 / 深化对非经贸合作2024年工作方案), intro paragraph (clause), 一、工作目标 (heading on its own line) + its paragraph (clause, label 一、), 二、重点任务 with run-in 楷体 （一）…（六）, 三、保障措施 with （一）…（三） (（一） restarts under 三、: labels must carry their parent). "
            "The 方案 ends with its own 附件说明 “附件：重点任务分工表” (an attachment reference, NOT a clause). Then a LANDSCAPE section: label 附件 (again — the 方案's attachment), title 重点任务分工表, a 5-column Word table 序号/重点任务/牵头单位/配合单位/完成时限, 12 rows, header row marked to repeat. "
            "The 牵头单位 cell is MERGED VERTICALLY (w:vMerge) over 序号7–8 and 序号10–12 (all 省商务厅): every one of those rows has 牵头单位 省商务厅 (losing it on the continuation rows is medium; shifting 配合单位 into 牵头单位 is high). Each row = one clause written 序号：N；重点任务：…；牵头单位：…；配合单位：…；完成时限：… . "
            "Back to portrait: 版记 (抄送：… / 湖南省商务厅办公室 2024年4月10日印发) alone on the last page after 16 empty paragraphs. Footer “— N —” odd right / even left. "
            "date = 2024-04-08 (落款); published = 2024-04-10 (版记). No effective/expires (a 工作方案 has none; effective = 2024-04-08 tolerable low). 完成时限 values, 2025 (第四届博览会) are not document dates. "
            "attachments: [方案 title]; also listing 重点任务分工表 (the 方案's attachment) is fine."
        ),
        "_pdf": {"note": "7 pages. Page 1: notice + 附件说明 + 落款 + （此件主动公开） (no blank line before it); pages 2–4 the 方案 (ending with 附件：重点任务分工表); pages 5–6 landscape with the 分工表: the header row is printed again at the top of page 6 (must not become a row clause). Rows are NOT cantSplit (Word's default): row 7 breaks across the page — its 完成时限 “2024年12月底” prints “2024年12” at the foot of page 5 and “月底” in a stub row under the repeated header on page 6 (must be re-joined: 完成时限 2024年12月底, no stray row). The vertically merged 牵头单位 cell 7–8 prints 省商务厅 ONCE on page 5 (beside row 7); row 8 on page 6 shows an EMPTY 牵头单位 cell — it is still 省商务厅. The 10–12 merge prints 省商务厅 once, centred beside row 11; rows 10 and 12 are 省商务厅 too. Cells wrap to 2–3 lines and must be re-joined without spaces. Page 7 (portrait) holds only the 版记. Same expected meta and clauses."},
    }]
    # ---- (b) 宜昌
    yc_art = []
    for chap, arts in YC_CHAPTERS:
        for num, txt, items in arts:
            yc_art.append(num + "　" + txt)
            yc_art.extend(items)
    out["blind194_yichang_banfa"] = [{
        "meta": {
            "title": YC_TITLE, "doc_number": YC_NUM, "issuer": ["宜昌市人民政府"],
            "date": "2024-06-18", "published": "2024-06-20", "level": "municipal", "region": "湖北省宜昌市",
            "effective": "2024-07-20", "expires": "2029-07-19", "attachments": [YC_BANFA], "doc_type": "通知（印发管理办法，规范性文件）",
            "recipients": ["各县市区人民政府", "宜昌高新区管委会", "市政府各部门"], "publicity": "此件公开发布",
            "repeals": ["《宜昌市外贸发展专项资金管理暂行办法》（宜府规〔2019〕6号）"],
        },
        "clauses": [YC_NOTICE] + yc_art,
        "applies_to": {
            "default": "湖北省宜昌市",
            "specific": {
                "第六条": "宜昌高新区、宜昌片区（中国（宜昌）跨境电子商务综合试验区线下产业园区）",
                "第七条": "云池港区（猇亭区）、茅坪港区（秭归县） — 上海洋山、武汉阳逻 are destinations",
                "第八条": "宜昌综合保税区",
                "第九条": "远安县、兴山县、秭归县、长阳土家族自治县、五峰土家族自治县",
                "第二十条": "宜昌高新区",
            },
            "note": "第一条 names 宜昌片区 and the 综试区 as aims — the 办法 still applies city-wide (tagging 第一条 with 宜昌片区 as well is fine). 上海/武汉 in 第七条 must not place the clause there.",
        },
        "_note": (
            "Title as printed starts with 市人民政府 (Hubei city habit — the city name is NOT in the title): 市人民政府关于印发宜昌市外贸发展专项资金管理办法的通知; prefixing 宜昌 is tolerable (low). Title is ONE paragraph with a soft break inside the 办法 name (…宜昌市外贸发展 / 专项资金管理办法的通知) → joined without a space; the 办法 name is not in 《》 in the title. "
            "issuer 宜昌市人民政府 from the 版头 宜昌市人民政府文件 and the 落款. 文号 宜府规〔2024〕4号 (a 规范性文件 number). 主送 3 parts; ONE notice paragraph (clause); NO 附件说明 and NO 附件 label: the 办法 follows the 落款 + （此件公开发布） in a NEW SECTION (next page) headed by its title alone — the 办法 is the text being issued (attachments = [the 办法] or [] both fine, taste); it must not be dropped, nor split off as a document with no 文号/issuer (a second document with the same 文号/issuer/dates is tolerable). "
            "第一章…第六章 headings (centred 黑体 with full-width spaces in 总　　则/附　　则; headings, not clauses — the path of 第X条 should carry its 章), 第一条…第二十二条 run-in bold 仿宋 article number + full-width space + text (one clause each), 第十一条 and 第十八条 are lead-ins ending in ：, each followed by items （一）（二）（三） in their own paragraphs (separate clauses in expected; merged into the article equally good; top-level （一） without the article is medium). "
            "第九条 cites 第五条、第六条 (a cross reference, not new articles). 第二十二条: 自2024年7月20日起施行，有效期5年 → effective 2024-07-20, expires 2029-07-19 (2029-07-20 tolerable low; null medium); it also repeals 宜府规〔2019〕6号 (that number is not this document's). "
            "版记 (抄送 / 宜昌市人民政府办公室 2024年6月20日印发) directly after the last article (two empty paragraphs), not on a page of its own. Paragraph indents are written the way Word writes them (w:firstLineChars=200). Footer “— N —” centred. date = 2024-06-18, published = 2024-06-20."
        ),
        "_pdf": {"note": "5 pages. Page 1: 版头, notice and 落款 + （此件公开发布）; the 办法 starts on page 2 (next-page section break, no 附件 label) and runs to page 5; 第十一条's lead-in is the last line of page 3 and its items continue on page 4; the 版记 follows the last article on page 5. Page numbers centred “— N —”. Same expected meta and clauses."},
    }]
    # ---- (c) 钦州
    qz_cl = [QZ_INTRO]
    for head, kind, items in QZ_BODY:
        for it in items:
            qz_cl.append(it[0] + it[1] if kind == "runin" else it)
    out["blind194_qinzhou_shenbao"] = [{
        "meta": {
            "title": QZ_TITLE, "doc_number": QZ_NUM, "issuer": [QZ_ORGAN],
            "date": "2024-08-12", "published": "2024-08-13", "level": "zone", "region": "广西壮族自治区钦州市",
            "effective": None, "expires": None, "attachments": [QZ_FORM_T], "doc_type": "通知（申报通知）",
            "recipients": ["片区各部门、各园区（港区）管理机构", "各有关企业"], "publicity": "此件公开发布",
        },
        "clauses": qz_cl,
        "applies_to": {
            "default": "中国（广西）自由贸易试验区钦州港片区（广西壮族自治区钦州市）",
            "specific": {
                "一、": "钦州港片区，含钦州综合保税区、中马钦州产业园区（片区范围内区域）",
                "三、（二）": "大榄坪港区 — 东盟国家 are destinations",
                "三、（三）": "钦州港东站",
                "三、（四）": "钦州综合保税区",
                "三、（五）": "中马钦州产业园区（片区范围内区域）",
            },
            "note": "东盟 (intro, 三、（二）) and 西部陆海新通道 (a corridor) are not places of application.",
        },
        "_note": (
            "版头 is ONE red paragraph with a soft break: 中国（广西）自由贸易试验区 / 钦州港片区管理委员会文件 (condensed 80%) — furniture, not the title. 文号 钦港片管发〔2024〕23号 + red rule. Title in THREE centred paragraphs (中国（广西）自由贸易试验区钦州港片区 / 管理委员会关于组织申报2024年度片区 / 开放型经济发展扶持资金的通知 — the first break splits the organ name 钦州港片区|管理委员会, the second splits 2024年度片区|开放型经济) joined with no space. "
            "主送 2 parts. Intro paragraph ending in ： (clause; the 文号 钦港片管发〔2023〕41号 it cites is another document's). Headings 一、…六、 (黑体, own paragraphs; headings, not clauses). Under 一、 and 五、 one plain paragraph each (clause with label 一、 / 五、). 二、 and 六、: items （一）… in their own paragraphs. 三、: run-in 楷体 （一）…（五） (heading + text = one clause). 四、: items 1．…5． with full-width dots (labels under 四、). "
            "六、（二） is the contact line (联系人 / 电话 — ordinary body text; as a clause fine, dropping it low). 附件说明 附件：2024年度钦州港片区开放型经济发展扶持资金申报表; 落款 = the long organ name on one line / 2024年8月12日; （此件公开发布）. "
            "After a page break: label 附件, the form title, a form-header line (申报单位（盖章）：… 填报日期：　　年　　月　　日), and a BLANK 4-column form table (label cells + empty cells, cells merged across columns, □ check boxes, a 企业承诺 sentence, signature/seal lines, blank “年　　月　　日”), then 注：本表一式两份，随申报材料一并报送。 — the form holds NO clauses: its field labels are not policy text (reading them as table-row clauses is low; gluing them onto 六、（二） or the last item is high); the blank 年 月 日 must not become a date. "
            "版记 (抄送：… / 钦州港片区管委会办公室 2024年8月13日印发 — the printer is the ABBREVIATED organ name) alone on the last page. Footer “－ N －” (full-width hyphens) centred. Body font 仿宋 (not _GB2312), indents as w:firstLineChars. "
            "date = 2024-08-12; published 2024-08-13; 2023-01-01…2024-06-30 is the period covered and 2024-08-15…09-30 the application window — not document dates. No effective/expires. level zone (片区管委会), region 钦州市."
        ),
        "_pdf": {"note": "6 pages. Body on pages 1–3 (heading 二、申报条件 is the last line of page 1, its items on page 2); page 3 ends with the 附件说明 (wrapped: the last character 表 alone on the second line); page 4 holds ONLY the 落款 (long organ name / 2024年8月12日) and （此件公开发布）; page 5 the form (附件 label, form title, form-header line, bordered table with label cells, blank cells, check boxes, 年 月 日 blanks, 注 line) — narrower margins (own section); page 6 only the 版记. Centred “－ N －” page numbers. Same expected meta and clauses."},
    }]
    # ---- (d) 海南
    out["blind194_hainan_pifu"] = [{
        "meta": {
            "title": HI_TITLE, "doc_number": HI_NUM, "issuer": ["海南省人民政府"],
            "date": "2024-11-05", "published": "2024-11-07", "level": "provincial", "region": "海南省",
            "effective": None, "expires": None, "attachments": [], "doc_type": "批复",
            "recipients": ["三亚市人民政府"], "publicity": "此件主动公开",
            "replies_to": "关于报请审批〈三亚港总体规划（2024—2035年）〉的请示（三府〔2024〕73号）",
        },
        "clauses": [HI_OPEN] + HI_ITEMS,
        "applies_to": {
            "default": "海南省三亚市（三亚港）",
            "specific": {
                "三、": "凤凰岛港区、南山港区（崖州区）、崖州湾港区（崖州区）、红沙港区",
                "四、": "三亚珊瑚礁国家级自然保护区、海棠区海岸带",
                "五、": "南山港区（崖州区） — 洋浦经济开发区、海口综合保税区 are partners (tagging them as well is fine; ONLY them is medium)",
                "六、": "凤凰岛港区（国际邮轮码头二期）",
            },
            "note": "A provincial 批复 that concerns one city: default place 三亚市 (海南省 alone too broad, low). 海南自由贸易港 (二、/五、) is the whole province's regime, not a narrower place.",
        },
        "_note": (
            "文件格式 (not 信函): red 版头 海南省人民政府文件, 文号 琼府〔2024〕46号 centred + red rule. Title in TWO centred paragraphs (海南省人民政府关于三亚港总体规划 / （2024—2035年）的批复 — the second line starts with the bracketed plan period) joined with no space. "
            "主送 三亚市人民政府 (singular). Clauses: the 收悉 paragraph (cites the 请示 with 〈〉 inside 《》 and its number 三府〔2024〕73号 — the request's number, not this one's) and items 一、…八、, each a whole paragraph with no separate heading (number + text = one clause). 此复。 = closing formula (furniture; as a clause low). "
            "落款 海南省人民政府 / 2024年11月5日; （此件主动公开）; 版记 (抄送 14 organs incl. 海口海关, 洋浦经济开发区管委会 — organs, not places / 海南省人民政府办公厅 2024年11月7日印发) alone on page after a page break and 16 empty paragraphs. Footer “— N —” odd right / even left. "
            "date = 2024-11-05; published 2024-11-07. No effective/expires (effective = 2024-11-05 tolerable low). 2024—2035年 is the plan period (NOT effective/expires of this 批复 — reading expires 2035-12-31 is medium); 2026年底 is a deadline."
        ),
        "_pdf": {"note": "4 pages. Body on pages 1–2 ending with 此复。; page 3 holds ONLY the 落款 (海南省人民政府 / 2024年11月5日) and （此件主动公开）; page 4 only the 版记 at the foot. Footer “— N —” odd right / even left. Same expected meta and clauses."},
    }]
    return out


def main():
    files = [build_hunan(), build_yichang(), build_qinzhou(), build_hainan()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
