# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 214: documents that change other documents' time in force.

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind214_qinzhou_yanchang.docx / .pdf   钦州市人民政府办公室 关于延长《…海铁联运高质量发展若干措施》等2件
      行政规范性文件有效期的通知 (钦政办规〔2024〕11号): a 5-column table of the two documents extended
      (to two different days), items amending them during the extension, 钦州港片区 / 县区.
  blind214_sichuan_feizhi.docx / .pdf     四川省商务厅 关于废止和修改部分规范性文件的决定 (川商规〔2024〕6号)
      附件1 废止目录 (序号/文件名称/文号, 6 rows), 附件2 修改目录 in a landscape section
      (序号/文件名称/文号/修改内容, a two-paragraph cell, a vertically merged document over two rows).
  blind214_yueyang_xiuding.docx / .pdf    中国（湖南）自由贸易试验区岳阳片区管理委员会 印发《…外贸企业培育扶持办法（修订）》
      的通知 (岳自贸管发〔2024〕9号), the 办法 (第一章…第四章 as Word Heading 1, 第一条…第十五条) and its
      修订说明 printed after it (new section), the old 办法 repealed.
  blind214_hekou_zhengqiu.docx / .pdf     河口瑶族自治县人民政府 关于公开征求《…若干措施（征求意见稿）》意见的公告
      (河政告〔2025〕2号) with 附件1 the draft and 附件2 its 起草说明 (draft's 施行/有效期/废止 not in force).
  expected.json

Run:  . /work/venv/bin/activate && python make_blind214.py
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
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16   # 三号
ER = 22    # 二号
SI = 14    # 四号
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


def runin(doc, head, body, head_font=KT, bold=False):
    p = P(doc)
    fnt(p.add_run(head), head_font, SAN, bold)
    fnt(p.add_run(body), FS, SAN)
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


def page_field(p, size=SI):
    fnt(p.add_run("— "), ST, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = fnt(p.add_run(), ST, size)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            r._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            r._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    fnt(p.add_run(" —"), ST, size)


def grid(section):
    sp = section._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), "lines")
    g.set(qn("w:linePitch"), "579")


def new_doc(odd_even=True, first_page_blank_footer=False, centered_numbers=False):
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(28)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
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
    if first_page_blank_footer:
        s.different_first_page_header_footer = True
    return doc


def banhead(doc, text, size=48, width_scale=None):
    p = P(doc, "", XBZ, size, C, 0, line=Pt(size * 1.2))
    r = fnt(p.add_run(text), XBZ, size, color=RED)
    if width_scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), width_scale)))
    return p


def docnum_rule(doc, num, blank_before=2):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, num, FS, SAN, C, 0)
    pborder(p, "bottom", 18, "FF0000", 10)
    P(doc, indent=0)


def title(doc, lines, soft=True):
    if soft:
        p = P(doc, "", XBZ, ER, C, 0, line=Pt(35))
        for i, t in enumerate(lines):
            r = fnt(p.add_run(t), XBZ, ER)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for t in lines:
            P(doc, t, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0)


def attach_note(doc, items):
    """附件：1．… / 2．… with hanging indent (附件说明)."""
    P(doc, indent=0)
    for i, t in enumerate(items):
        if len(items) == 1:
            txt = "附件：" + t
        else:
            txt = ("附件：" if i == 0 else "") + "%d．%s" % (i + 1, t)
        p = P(doc, txt, indent=0)
        pf = p.paragraph_format
        if i == 0:
            pf.left_indent = Pt(SAN * (5 if len(items) == 1 else 7))
            pf.first_line_indent = Pt(-SAN * (3 if len(items) == 1 else 5))
        else:
            pf.left_indent = Pt(SAN * 7)
            pf.first_line_indent = Pt(-SAN * 2)


def signoff(doc, organ, date, right_chars=4, blank=3, public="（此件公开发布）"):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, organ, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p.paragraph_format.keep_with_next = True
    p = P(doc, date, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right_chars + 1))
    if public:
        P(doc, indent=0)
        P(doc, public, FS, SAN, L, 2)


def banji(doc, chaosong, printer=None, printdate=None, blank=0):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, "", FS, SI, L, 0, line=Pt(24))
    pf = p.paragraph_format
    pf.left_indent = Pt(SI * 4)
    pf.right_indent = Pt(SI)
    pf.first_line_indent = Pt(-SI * 3)
    fnt(p.add_run("抄送：" + chaosong), FS, SI)
    pf.keep_with_next = True
    pborder(p, "top", 12, "000000", 2)
    if printer:
        pborder(p, "bottom", 4, "000000", 2)
        p = P(doc, "", FS, SI, L, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI)
        p.paragraph_format.right_indent = Pt(SI)
        fnt(p.add_run(printer), FS, SI)
        fnt(p.add_run("\t" + printdate + "印发"), FS, SI)
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8600"/></w:tabs>' % nsdecls("w")))
    pborder(p, "bottom", 12, "000000", 2)


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False, color=None, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = line if line else 1.0
    fnt(p.add_run(text), east, size, bold, color)
    return p


def col_widths(tbl, widths_mm):
    """Fixed layout: tblW, tblGrid/gridCol and every tcW (LibreOffice reads the grid)."""
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
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def cell_paras(cell, texts, east=FS, size=SI, align=L, line=None):
    """Several paragraphs in one cell (e.g. 1．… / 2．… in a 修改内容 cell)."""
    for i, t in enumerate(texts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.first_line_indent = None
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = line if line else 1.0
        fnt(p.add_run(t), east, size)


def portrait(sec, grid_lines=True):
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)
    g = sec._sectPr.find(qn("w:docGrid"))
    if g is not None:
        g.set(qn("w:type"), "lines" if grid_lines else "default")


def heading1(doc, text):
    """A chapter heading typed with Word's built-in Heading 1 style, re-fonted to 黑体 三号 black centred."""
    p = doc.add_paragraph(style="Heading 1")
    p.alignment = C
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = LINE
    pf.first_line_indent = None
    fnt(p.add_run(text), HT, SAN, False, RGBColor(0, 0, 0))
    return p


# ================================================================ (a) 钦州 延长有效期
QZ_NUM = "钦政办规〔2024〕11号"
QZ_D1 = "钦州市支持西部陆海新通道海铁联运高质量发展若干措施"
QZ_N1 = "钦政办规〔2022〕2号"
QZ_D2 = "钦州市促进跨境电子商务发展若干政策措施"
QZ_N2 = "钦政办规〔2021〕9号"
QZ_TITLE = "钦州市人民政府办公室关于延长《" + QZ_D1 + "》等2件行政规范性文件有效期的通知"
QZ_TITLE_LINES = ["钦州市人民政府办公室关于延长", "《钦州市支持西部陆海新通道海铁联运", "高质量发展若干措施》等2件行政规范性", "文件有效期的通知"]
QZ_MAIN_TO = "各县（区）人民政府，各开发区（管理区）管委会，市直各委、办、局，驻钦各有关单位："
QZ_INTRO = "《" + QZ_D1 + "》（" + QZ_N1 + "）、《" + QZ_D2 + "》（" + QZ_N2 + "）将于2024年12月31日有效期届满。根据《广西壮族自治区行政规范性文件制定程序规定》和文件实施情况评估结果，上述文件实施以来总体效果良好，仍有继续实施的必要。经市人民政府同意，决定延长上述2件行政规范性文件的有效期，具体如下："
QZ_HEADER = ["序号", "文件名称", "文号", "原有效期至", "延长后有效期至"]
QZ_ROWS = [
    ["1", QZ_D1, QZ_N1, "2024年12月31日", "2026年12月31日"],
    ["2", QZ_D2, QZ_N2, "2024年12月31日", "2025年12月31日"],
]
QZ_ITEMS_A = [
    "一、延长有效期期间，《" + QZ_D1 + "》（" + QZ_N1 + "）中“钦州保税港区”的表述统一调整为“钦州综合保税区”；第五条中“对从钦州港东站始发的海铁联运班列，按每标准箱200元给予补贴”调整为“对从钦州港东站始发的海铁联运班列，按每标准箱150元给予补贴”，其余内容不变。",
    "二、延长有效期期间，《" + QZ_D2 + "》（" + QZ_N2 + "）第三条规定的跨境电子商务产业园区认定范围，由中国（广西）自由贸易试验区钦州港片区扩大至钦南区、钦北区、灵山县和浦北县，认定条件和扶持标准按原规定执行。",
    "三、上述文件涉及的市级财政扶持资金按原渠道列支。项目位于钦州港片区的，由市财政与钦州港片区管委会按6∶4比例分担；项目位于各县（区）的，由市财政与所在县（区）财政按5∶5比例分担。",
    "四、各责任单位要加强对上述文件执行情况的跟踪评估，按照以下分工在有效期届满前提出继续实施、修改或者废止的意见：",
]
QZ_SUB = [
    "（一）市商务局负责《" + QZ_D2 + "》的评估工作，于2025年11月30日前将评估报告报送市人民政府。",
    "（二）市发展改革委（市西部陆海新通道建设领导小组办公室）负责《" + QZ_D1 + "》的评估工作，于2026年11月30日前将评估报告报送市人民政府。",
    "（三）钦州港片区管委会每半年向市商务局、市发展改革委报送一次片区内政策兑现情况。",
]
QZ_LAST = "五、本通知自2025年1月1日起施行。延长有效期期间，国家和自治区出台新规定的，从其规定。"
QZ_CHAOSONG = "自治区商务厅、发展改革委、司法厅，市委各部门，市人大常委会办公室，市政协办公室，钦州海关，中国（广西）自由贸易试验区钦州港片区管委会。"
QZ_PRINTER = "钦州市人民政府办公室"
QZ_PRINTDATE = "2024年12月23日"


def build_qinzhou():
    doc = new_doc(centered_numbers=True)
    banhead(doc, "钦州市人民政府办公室文件", 44, width_scale=80)
    docnum_rule(doc, QZ_NUM)
    title(doc, QZ_TITLE_LINES, soft=True)            # one paragraph, three soft breaks (one splits 规范性|文件)
    P(doc, QZ_MAIN_TO, indent=0)
    P(doc, QZ_INTRO)
    # the table of the extended documents, in the body
    tbl = doc.add_table(rows=1 + len(QZ_ROWS), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [14, 60, 32, 25, 25])
    for i, h in enumerate(QZ_HEADER):
        cell_text(tbl.cell(0, i), h, HT, 12, C, line=Pt(20))
    for ri, r in enumerate(QZ_ROWS, 1):
        for ci, v in enumerate(r):
            cell_text(tbl.cell(ri, ci), v, FS, 12, L if ci == 1 else C, line=Pt(20))
            tbl.cell(ri, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cant_split(tbl.rows[ri])
    P(doc, indent=0, line=Pt(14))
    for t in QZ_ITEMS_A:
        P(doc, t)
    for t in QZ_SUB:
        P(doc, t)
    P(doc, QZ_LAST)
    signoff(doc, "钦州市人民政府办公室", "2024年12月20日", right_chars=3, blank=3)
    page_break(doc)
    banji(doc, QZ_CHAOSONG, QZ_PRINTER, QZ_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind214_qinzhou_yanchang.docx")
    doc.save(out)
    return out


# ================================================================ (b) 四川省商务厅 废止和修改决定
SC_NUM = "川商规〔2024〕6号"
SC_TITLE = "四川省商务厅关于废止和修改部分规范性文件的决定"
SC_MAIN_TO = "各市（州）商务主管部门，中国（四川）自由贸易试验区各片区管委会，厅机关各处室、直属单位："
SC_ATT1 = "四川省商务厅决定废止的规范性文件目录"
SC_ATT2 = "四川省商务厅决定修改的规范性文件目录"
SC_BODY = [
    "为贯彻落实党中央、国务院关于加快建设全国统一大市场和稳步扩大制度型开放的决策部署，维护法制统一，根据《四川省行政规范性文件管理办法》有关规定，我厅对现行有效的规范性文件进行了全面清理。经2024年11月21日厅党组会议审议通过，现决定如下：",
    "一、对《四川省外贸转型升级基地认定管理办法》等6件规范性文件予以废止（目录见附件1）。",
    "二、对《四川省跨境电子商务综合试验区建设考核评价办法》等4件规范性文件的部分条款予以修改（修改内容见附件2）。",
    "三、废止的规范性文件自本决定施行之日起停止执行。依据废止文件已经认定的外贸转型升级基地、已经拨付的补贴资金继续有效，不再追溯调整。",
    "四、修改的规范性文件，由厅相关处室根据本决定作相应修改后，在四川省商务厅门户网站重新公布。各市（州）商务主管部门和中国（四川）自由贸易试验区天府新区片区、青白江铁路港片区、川南临港片区管委会要及时清理与本决定不一致的配套文件，于2025年3月31日前将清理结果报送我厅。",
    "五、本决定自2025年1月1日起施行。",
]
SC_H1 = ["序号", "文件名称", "文号"]
SC_REPEAL = [
    ["1", "四川省商务厅关于印发《四川省外贸转型升级基地认定管理办法》的通知", "川商规〔2019〕3号"],
    ["2", "四川省商务厅　四川省财政厅关于印发《中欧班列（成都）进出口货物运费补贴管理办法》的通知", "川商发〔2018〕27号"],
    ["3", "四川省商务厅关于印发《中国（四川）自由贸易试验区改革试点经验复制推广工作办法》的通知", "川商规〔2020〕2号"],
    ["4", "四川省商务厅关于做好加工贸易梯度转移重点承接地申报认定工作的通知", "川商贸〔2019〕15号"],
    ["5", "四川省商务厅关于印发《四川省境外经贸合作区考核办法（试行）》的通知", "川商规〔2018〕4号"],
    ["6", "四川省商务厅关于支持泸州、宜宾综合保税区开展保税维修业务的通知", "川商规〔2021〕1号"],
]
SC_H2 = ["序号", "文件名称", "文号", "修改内容"]
SC_AM1 = "四川省商务厅关于印发《四川省跨境电子商务综合试验区建设考核评价办法》的通知"
SC_AM2 = "四川省商务厅关于印发《中国（四川）自由贸易试验区协同改革先行区建设实施方案》的通知"
SC_AM3 = "四川省商务厅　四川省财政厅关于印发《四川省外经贸发展专项资金管理实施细则》的通知"
SC_AM4 = "四川省商务厅关于促进综合保税区高质量发展的若干措施"
# rows: (序号, 文件名称, 文号, [修改内容 paragraphs]); rows 3a/3b share a vertically merged 序号/文件名称/文号
SC_AMEND = [
    ("1", SC_AM1, "川商规〔2022〕2号", ["将第三条中的“成都、泸州、德阳、绵阳、南充、宜宾、达州7个跨境电子商务综合试验区”修改为“成都、泸州、德阳、绵阳、南充、宜宾、达州、乐山、遂宁9个跨境电子商务综合试验区”。"]),
    ("2", SC_AM2, "川商规〔2021〕5号", ["1．将第二条第一款中的“自贡、德阳、泸州、内江、宜宾、南充、达州、资阳等8个协同改革先行区”修改为“自贡、德阳、泸州、内江、宜宾、南充、达州、资阳、眉山等9个协同改革先行区”。", "2．删去第十二条第二款。"]),
    ("3", SC_AM3, "川商财〔2022〕8号", ["将第九条中的“对中欧班列（成都）回程货物按每标准箱500元给予补助”修改为“对中欧班列（成渝）回程货物按每标准箱300元给予补助”。"]),
    ("", "", "", ["将第二十六条中的“本细则自2023年1月1日起施行，有效期至2024年12月31日”修改为“本细则自2023年1月1日起施行，有效期至2027年12月31日”。"]),
    ("4", SC_AM4, "川商规〔2023〕1号", ["将第八条中的“支持成都高新综合保税区双流园区开展飞机融资租赁业务”修改为“支持成都高新综合保税区双流园区、成都国际铁路港综合保税区开展飞机、机车融资租赁业务”。"]),
]
SC_CHAOSONG = "商务部条约法律司，省人民政府办公厅，省司法厅，省财政厅，成都海关。"
SC_PRINTER = "四川省商务厅办公室"
SC_PRINTDATE = "2024年11月29日"


def build_sichuan():
    doc = new_doc(odd_even=True)
    banhead(doc, "四川省商务厅文件", 52, width_scale=90)
    docnum_rule(doc, SC_NUM)
    title(doc, ["四川省商务厅关于废止和修改", "部分规范性文件的决定"], soft=False)   # two paragraphs
    P(doc, SC_MAIN_TO, indent=0)
    for t in SC_BODY:
        P(doc, t)
    attach_note(doc, [SC_ATT1, SC_ATT2])
    signoff(doc, "四川省商务厅", "2024年11月28日", right_chars=4, blank=3)
    # 附件1 on a new page, portrait (page-break-before on the label, no break paragraph)
    p = P(doc, "附件1", HT, SAN, L, 0)
    p.paragraph_format.page_break_before = True
    P(doc, indent=0)
    P(doc, SC_ATT1, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0, line=Pt(16))
    t1 = doc.add_table(rows=1 + len(SC_REPEAL), cols=3)
    t1.style = "Table Grid"
    t1.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t1, [14, 110, 32])
    for i, h in enumerate(SC_H1):
        cell_text(t1.cell(0, i), h, HT, SI, C, line=Pt(22))
    repeat_header(t1.rows[0])
    for ri, r in enumerate(SC_REPEAL, 1):
        for ci, v in enumerate(r):
            cell_text(t1.cell(ri, ci), v, FS, SI, L if ci == 1 else C, line=Pt(22))
            t1.cell(ri, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cant_split(t1.rows[ri])
    # 附件2 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    sec.footer_distance = Mm(15)
    sec._sectPr.find(qn("w:docGrid")).set(qn("w:type"), "default")
    P(doc, "附件2", HT, SAN, L, 0)
    P(doc, SC_ATT2, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0, line=Pt(16))
    t2 = doc.add_table(rows=1 + len(SC_AMEND), cols=4)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [14, 78, 32, 101]
    col_widths(t2, widths)
    for i, h in enumerate(SC_H2):
        cell_text(t2.cell(0, i), h, HT, SI, C, line=Pt(22))
    repeat_header(t2.rows[0])
    # merge 序号/文件名称/文号 of rows 3 and 3b (vertical merge) before writing text
    r3 = 1 + 2
    for ci in range(3):
        t2.cell(r3, ci).merge(t2.cell(r3 + 1, ci))
    for ri, (no, name, num, mods) in enumerate(SC_AMEND, 1):
        if no:
            cell_text(t2.cell(ri, 0), no, FS, SI, C, line=Pt(22))
            cell_text(t2.cell(ri, 1), name, FS, SI, L, line=Pt(22))
            cell_text(t2.cell(ri, 2), num, FS, SI, C, line=Pt(22))
            for ci in range(3):
                t2.cell(ri, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell_paras(t2.cell(ri, 3), mods, FS, SI, J, line=Pt(22))
        cant_split(t2.rows[ri])
    # back to portrait for the 版记
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec2)
    banji(doc, SC_CHAOSONG, SC_PRINTER, SC_PRINTDATE, blank=17)
    out = os.path.join(HERE, "blind214_sichuan_feizhi.docx")
    doc.save(out)
    return out


# ================================================================ (c) 岳阳片区 办法（修订） + 修订说明
YY_ORG = "中国（湖南）自由贸易试验区岳阳片区管理委员会"
YY_NUM = "岳自贸管发〔2024〕9号"
YY_BANFA = "中国（湖南）自由贸易试验区岳阳片区外贸企业培育扶持办法（修订）"
YY_OLD = "中国（湖南）自由贸易试验区岳阳片区外贸企业培育扶持办法"
YY_OLD_NUM = "岳自贸管发〔2022〕4号"
YY_TITLE = YY_ORG + "关于印发《" + YY_BANFA + "》的通知"
YY_MAIN_TO = "片区各部门、各园区（平台），各有关企业："
YY_NOTICE = [
    "《" + YY_BANFA + "》已经片区管委会2024年第6次主任办公会议审议通过，现印发给你们，请认真贯彻执行。",
    "2022年3月15日印发的《" + YY_OLD + "》（" + YY_OLD_NUM + "）自修订后的办法施行之日起废止。修订后的办法施行前已经受理的扶持申请，按原办法执行。",
]
YY_ARTICLES = [
    ("第一章　总　　则", [
        ("第一条", "为加快培育外贸经营主体，推动中国（湖南）自由贸易试验区岳阳片区（以下简称片区）高水平开放，根据《中国（湖南）自由贸易试验区总体方案》和《湖南省人民政府关于推动外贸稳规模优结构的若干意见》等有关规定，结合片区实际，制定本办法。", []),
        ("第二条", "本办法适用于工商注册、税务征管和统计关系均在片区范围内，具有独立法人资格的外贸经营企业。片区范围包括城陵矶综合保税区、城陵矶港区和岳阳经济技术开发区相关区域。", []),
        ("第三条", "片区经济发展局负责本办法的组织实施；片区财政金融局负责扶持资金的预算安排和拨付；城陵矶海关、国家税务总局岳阳市城陵矶新港区税务局等单位按照职责予以配合。", []),
    ]),
    ("第二章　扶持措施", [
        ("第四条", "对首次取得进出口实绩且年度进出口额达到100万美元的企业，给予一次性奖励5万元。", []),
        ("第五条", "对年度进出口额达到1000万美元以上且同比增长10%以上的企业，按进出口额增量每美元0.02元给予奖励，单个企业每年最高不超过100万元。", []),
        ("第六条", "对在城陵矶综合保税区内新设立的保税加工、保税维修、保税研发企业，自投产之日起3年内，按其实际租用标准厂房面积每月每平方米10元给予租金补贴，补贴面积最高不超过1万平方米。", []),
        ("第七条", "对经城陵矶港进出口，并通过岳阳至东盟国家直航航线或者中欧班列（岳阳）运输的集装箱货物，按每标准箱300元给予物流补贴；经长江干线中转至上海洋山港的，按每标准箱150元给予补贴。", []),
        ("第八条", "对在共建“一带一路”国家新设海外仓、营销网络的片区企业，按实际投资额的10%给予补助，单个项目最高不超过50万元。", []),
        ("第九条", "对企业投保短期出口信用保险的，按实缴保费的50%给予补贴，单个企业每年最高不超过30万元；其中对东盟国家出口的，补贴比例提高至70%。", []),
        ("第十条", "临湘市、华容县、湘阴县企业通过片区开展“区港联动”“片区+联动创新区”业务的，参照本办法第五条、第七条执行，所需资金由片区与企业所在县（市）按5∶5比例分担。", []),
    ]),
    ("第三章　申报与管理", [
        ("第十一条", "扶持资金实行年度申报制。企业应当于每年3月31日前向片区经济发展局提交上一年度申报材料，包括：", [
            "（一）扶持资金申请表；",
            "（二）海关进出口数据或者外汇收支凭证；",
            "（三）企业信用承诺书。",
        ]),
        ("第十二条", "片区经济发展局会同片区财政金融局对申报材料进行审核，审核结果在片区门户网站公示7日。公示无异议的，于每年6月30日前拨付资金。同一项目同时符合本办法和岳阳市其他扶持政策的，按照“就高不重复”原则给予扶持。", []),
        ("第十三条", "企业有下列情形之一的，取消其享受扶持资格，已拨付的资金予以追回，3年内不得申报片区各类扶持资金：", [
            "（一）提供虚假材料骗取扶持资金的；",
            "（二）享受扶持后3年内迁离片区或者改变在片区的纳税义务的。",
        ]),
    ]),
    ("第四章　附　　则", [
        ("第十四条", "本办法由片区经济发展局负责解释。", []),
        ("第十五条", "本办法自2024年7月1日起施行，有效期至2027年6月30日。《" + YY_OLD + "》（" + YY_OLD_NUM + "）同时废止。", []),
    ]),
]
YY_SM_TITLE = "关于《" + YY_BANFA + "》的修订说明"
YY_SM = [
    ("一、修订背景。", "原《办法》自2022年3月印发实施以来，累计兑现扶持资金4860万元，惠及外贸企业213家，对片区外贸规模扩大发挥了积极作用。原《办法》有效期至2024年6月30日，且部分条款与片区扩区联动发展和外贸新业态发展要求不相适应，需要修订。"),
    ("二、修订过程。", "2024年3月起，片区经济发展局在梳理原《办法》实施情况、征求片区各部门和30余家重点企业意见的基础上形成修订稿，经合法性审核和公平竞争审查后，提交片区管委会主任办公会议审议通过。"),
]
YY_SM_HEAD3 = "三、主要修订内容"
YY_SM_ITEMS = [
    "（一）扩大适用范围。将原第二条中的“城陵矶综合保税区”修改为“城陵矶综合保税区、城陵矶港区和岳阳经济技术开发区相关区域”。",
    "（二）调整奖励标准。将原第五条中的“每美元0.03元”调整为“每美元0.02元”，并增设单个企业每年最高100万元的上限。",
    "（三）新增支持内容。新增第八条（海外仓）、第九条（出口信用保险，对东盟国家出口提高补贴比例）和第十条（临湘市、华容县、湘阴县联动发展）。",
    "（四）删除过时条款。删除原第十条关于外贸综合服务企业认定的规定，相关事项按照湖南省有关规定执行。",
]
YY_SM_LAST = "四、关于有效期。修订后的《办法》自2024年7月1日起施行，有效期3年，原《办法》同时废止。"
YY_CHAOSONG = "岳阳市人民政府办公室，岳阳市商务局，岳阳市财政局，城陵矶海关，岳阳经济技术开发区管委会，临湘市、华容县、湘阴县人民政府。"
YY_PRINTER = "中国（湖南）自由贸易试验区岳阳片区管理委员会党政办公室"
YY_PRINTDATE = "2024年6月19日"


def build_yueyang():
    doc = new_doc(odd_even=True)
    # two-line red 版头 (two paragraphs)
    banhead(doc, "中国（湖南）自由贸易试验区", 36, width_scale=90)
    banhead(doc, "岳阳片区管理委员会文件", 36, width_scale=90)
    docnum_rule(doc, YY_NUM, blank_before=1)
    title(doc, ["中国（湖南）自由贸易试验区岳阳片区", "管理委员会关于印发《中国（湖南）自由", "贸易试验区岳阳片区外贸企业培育扶持", "办法（修订）》的通知"], soft=False)
    P(doc, YY_MAIN_TO, indent=0)
    for t in YY_NOTICE:
        P(doc, t)
    attach_note(doc, [YY_BANFA])
    signoff(doc, YY_ORG, "2024年6月18日", right_chars=1, blank=3)
    # the 办法 in a new section (next page)
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(s2)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    P(doc, "中国（湖南）自由贸易试验区岳阳片区", XBZ, ER, C, 0, line=Pt(35))
    P(doc, "外贸企业培育扶持办法", XBZ, ER, C, 0, line=Pt(35))
    P(doc, "（修订）", KT, SAN, C, 0)
    P(doc, indent=0)
    for chap, arts in YY_ARTICLES:
        heading1(doc, chap)
        for num, txt, items in arts:
            runin(doc, num + "　", txt, HT)
            for it in items:
                P(doc, it)
    # 修订说明 printed after the 办法, new section, no 附件 label
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(s3)
    P(doc, "关于《中国（湖南）自由贸易试验区", XBZ, ER, C, 0, line=Pt(35))
    P(doc, "岳阳片区外贸企业培育扶持办法（修订）》", XBZ, ER, C, 0, line=Pt(35))
    P(doc, "的修订说明", XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0)
    for h, t in YY_SM:
        runin(doc, h, t, HT)
    P(doc, YY_SM_HEAD3, HT, SAN)
    for t in YY_SM_ITEMS:
        P(doc, t)
    p = P(doc, "")
    fnt(p.add_run("四、关于有效期。"), HT, SAN)
    fnt(p.add_run(YY_SM_LAST[len("四、关于有效期。"):]), FS, SAN)
    page_break(doc)
    banji(doc, YY_CHAOSONG, YY_PRINTER, YY_PRINTDATE, blank=15)
    out = os.path.join(HERE, "blind214_yueyang_xiuding.docx")
    doc.save(out)
    return out


# ================================================================ (d) 河口县 公开征求意见公告 + 征求意见稿 + 起草说明
HK_ORG = "河口瑶族自治县人民政府"
HK_NUM = "河政告〔2025〕2号"
HK_DRAFT = "河口瑶族自治县促进边民互市贸易落地加工高质量发展若干措施（征求意见稿）"
HK_TITLE = HK_ORG + "关于公开征求《" + HK_DRAFT + "》意见的公告"
HK_QC = "《" + HK_DRAFT + "》起草说明"
HK_BODY = [
    "为促进边民互市贸易转型升级，推动互市商品落地加工产业高质量发展，县人民政府组织起草了《" + HK_DRAFT + "》（以下简称《若干措施》）。为增强政策制定的透明度和公众参与度，现将《若干措施》全文及起草说明予以公布，公开征求社会各界意见。有关事项公告如下：",
    "一、征求意见时间：2025年3月10日至2025年4月9日。",
    "二、社会各界可通过以下方式提出意见建议：",
    "（一）电子邮件：将意见建议发送至hkxswj_zqyj@163.com，邮件主题请注明“《若干措施》意见建议”。",
    "（二）信函：寄至河口瑶族自治县商务局（地址：河口瑶族自治县河口镇人民路168号，邮政编码：661300），请在信封上注明“《若干措施》意见建议”字样。",
    "（三）电话：0873-3426158（工作日9:00—12:00，14:30—18:00）。",
    "三、提出意见建议时，请注明真实姓名（单位名称）和联系方式，以便进一步沟通。县商务局将对收到的意见建议认真研究，并在《若干措施》正式印发时一并公开意见采纳情况。",
]
HK_INTRO = "为深入贯彻落实《国务院办公厅关于促进边境贸易创新发展的指导意见》和《中国（云南）自由贸易试验区总体方案》，推动边民互市贸易由“通道经济”向“口岸经济”转变，结合我县实际，制定以下措施。"
HK_SECTIONS = [
    ("一、支持互市商品落地加工园区建设", [
        ("（一）", "加快建设河口边民互市商品落地加工园区（北山片区），2025年底前建成标准厂房10万平方米。对入驻园区的落地加工企业，前3年按实际租用面积每月每平方米8元给予租金补贴。"),
        ("（二）", "支持在河口镇、南溪镇建设互市商品交易与仓储物流中心，对新建冷链仓储设施按实际投资额的15%给予补助，单个项目最高不超过300万元。"),
    ]),
    ("二、扩大互市商品进口和落地加工规模", [
        ("（一）", "对通过河口口岸、河口北山口岸以边民互市贸易方式进口并在县内落地加工的农产品、矿产品，按加工企业收购互市商品货值的2%给予奖励，单个企业每年最高不超过200万元。"),
        ("（二）", "支持桥头乡、瑶山乡、老范寨乡边民互市点开展互市交易，对年交易额达到500万元以上的边民互助组，给予一次性奖励5万元。"),
        ("（三）", "支持落地加工企业与越南老街省企业开展合作，建立互市商品稳定供货渠道。"),
    ]),
    ("三、推动与自贸试验区、综合保税区联动发展", [
        ("（一）", "依托中国（云南）自由贸易试验区红河片区，复制推广“互市+落地加工+跨境电商”改革试点经验。对在红河综合保税区开展保税加工并在河口落地分拨的企业，比照本措施第二条第（一）项给予奖励。"),
        ("（二）", "支持企业使用人民币和越南盾开展跨境结算，对通过县内银行机构办理互市贸易跨境结算的，按结算金额的0.1%给予奖励，单个企业每年最高不超过50万元。"),
    ]),
    ("四、强化要素保障", [
        ("（一）", "县财政每年安排边民互市贸易发展专项资金3000万元，用于兑现本措施。"),
        ("（二）", "落地加工企业新增用地需求优先纳入年度用地计划；位于河口边境经济合作区范围内的，由合作区管委会统筹保障。"),
    ]),
]
HK_TAIL = [
    "五、本措施由县商务局负责解释。",
    "六、本措施自印发之日起施行，有效期3年。《河口瑶族自治县边民互市贸易扶持暂行办法》（河政发〔2020〕18号）同时废止。",
]
# the item with a stray soft line break inside its text (二、（一）): split point
HK_SOFT_SPLIT = "以边民互市贸易方式进口"
HK_QC_ITEMS = [
    ("一、起草背景。", "2024年，我县边民互市贸易进出口额达到126亿元，但互市商品以“过境”为主，落地加工率不足20%，产业带动作用有限。为贯彻国家和省、州关于促进边境贸易创新发展的部署，有必要制定专门措施，推动互市商品落地加工。"),
    ("二、起草依据。", "主要依据《国务院办公厅关于促进边境贸易创新发展的指导意见》《边民互市贸易管理办法》《中国（云南）自由贸易试验区总体方案》和《云南省促进边民互市贸易落地加工若干措施》等文件。"),
    ("三、起草过程。", "2024年10月起，县商务局会同县财政局、县工业和信息化局、河口海关等单位赴北山口岸、各乡镇边民互市点和落地加工企业开展调研，形成征求意见稿，并征求了县直有关部门和各乡镇意见。"),
    ("四、主要内容。", "《若干措施》共6个部分11条，主要包括支持互市商品落地加工园区建设、扩大互市商品进口和落地加工规模、推动与自贸试验区和综合保税区联动发展、强化要素保障等内容。"),
    ("五、需要说明的问题。", "《若干措施》正式印发后，《河口瑶族自治县边民互市贸易扶持暂行办法》（河政发〔2020〕18号）同时废止。对依据原办法已经受理的申请，按原办法执行。"),
]
HK_PRINTER = "河口瑶族自治县人民政府办公室"
HK_PRINTDATE = "2025年3月7日"


def build_hekou():
    doc = new_doc(odd_even=False)
    banhead(doc, "河口瑶族自治县人民政府文件", 40, width_scale=75)
    docnum_rule(doc, HK_NUM)
    # title: one paragraph, three soft breaks, the first line ends in a stray ordinary space
    p = P(doc, "", XBZ, ER, C, 0, line=Pt(35))
    lines = ["河口瑶族自治县人民政府关于公开征求 ", "《河口瑶族自治县促进边民互市贸易落地", "加工高质量发展若干措施（征求意见稿）》", "意见的公告"]
    for i, t in enumerate(lines):
        r = fnt(p.add_run(t), XBZ, ER)
        if i < len(lines) - 1:
            r.add_break()
    P(doc, indent=0)
    # no 主送 (公告)
    for t in HK_BODY:
        P(doc, t)
    attach_note(doc, [HK_DRAFT, HK_QC])
    signoff(doc, HK_ORG, "2025年3月7日", right_chars=3, blank=3, public=None)
    # 附件1 the draft
    page_break(doc)
    P(doc, "附件1", HT, SAN, L, 0)
    P(doc, indent=0)
    P(doc, "河口瑶族自治县促进边民互市贸易落地加工", XBZ, ER, C, 0, line=Pt(35))
    P(doc, "高质量发展若干措施", XBZ, ER, C, 0, line=Pt(35))
    P(doc, "（征求意见稿）", KT, SAN, C, 0)
    P(doc, indent=0)
    P(doc, HK_INTRO)
    for head, items in HK_SECTIONS:
        P(doc, head, HT, SAN)
        for h, t in items:
            if HK_SOFT_SPLIT in t:
                a, b = t.split(HK_SOFT_SPLIT, 1)
                p = P(doc, "")
                fnt(p.add_run(h + a + HK_SOFT_SPLIT), FS, SAN).add_break()
                fnt(p.add_run(b), FS, SAN)
            else:
                P(doc, h + t)
    for t in HK_TAIL:
        P(doc, t)
    # 附件2 the 起草说明
    page_break(doc)
    P(doc, "附件2", HT, SAN, L, 0)
    P(doc, indent=0)
    P(doc, "《河口瑶族自治县促进边民互市贸易", XBZ, ER, C, 0, line=Pt(35))
    P(doc, "落地加工高质量发展若干措施", XBZ, ER, C, 0, line=Pt(35))
    P(doc, "（征求意见稿）》起草说明", XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0)
    for h, t in HK_QC_ITEMS:
        runin(doc, h, t, HT)
    # 版记: 印发 line only (no 抄送), on the last page
    page_break(doc)
    for _ in range(20):
        P(doc, indent=0)
    p = P(doc, "", FS, SI, L, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI)
    p.paragraph_format.right_indent = Pt(SI)
    fnt(p.add_run(HK_PRINTER), FS, SI)
    fnt(p.add_run("\t" + HK_PRINTDATE + "印发"), FS, SI)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8600"/></w:tabs>' % nsdecls("w")))
    pborder(p, "top", 12, "000000", 2)
    pborder(p, "bottom", 12, "000000", 2)
    out = os.path.join(HERE, "blind214_hekou_zhengqiu.docx")
    doc.save(out)
    return out


# ================================================================ PDF
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_214", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 钦州
    qz_cl = [QZ_INTRO] + [row_clause(QZ_HEADER, r) for r in QZ_ROWS] + QZ_ITEMS_A + QZ_SUB + [QZ_LAST]
    out["blind214_qinzhou_yanchang"] = [{
        "meta": {
            "title": QZ_TITLE, "doc_number": QZ_NUM, "issuer": ["钦州市人民政府办公室"],
            "date": "2024-12-20", "published": "2024-12-23", "level": "municipal", "region": "广西壮族自治区钦州市",
            "effective": "2025-01-01", "expires": None, "attachments": [], "doc_type": "通知（延长有效期）",
            "recipients": ["各县（区）人民政府", "各开发区（管理区）管委会", "市直各委、办、局", "驻钦各有关单位"],
            "publicity": "此件公开发布",
        },
        "extends": [
            {"title": QZ_D1, "doc_number": QZ_N1, "from": "2024-12-31", "to": "2026-12-31"},
            {"title": QZ_D2, "doc_number": QZ_N2, "from": "2024-12-31", "to": "2025-12-31"},
        ],
        "amends": [
            {"title": QZ_D1, "doc_number": QZ_N1, "day": "2025-01-01", "what": "“钦州保税港区”→“钦州综合保税区” throughout; 第五条 每标准箱200元→150元 (item 一、)"},
            {"title": QZ_D2, "doc_number": QZ_N2, "day": "2025-01-01", "what": "第三条 认定范围 extended from 钦州港片区 to 钦南区、钦北区、灵山县、浦北县 (item 二、)"},
        ],
        "repeals": [],
        "clauses": qz_cl,
        "applies_to": {
            "default": "广西壮族自治区钦州市",
            "specific": {
                "一、": "钦州综合保税区（钦州保税港区）, 钦州港东站 — both in 钦州港片区",
                "二、": "钦南区、钦北区、灵山县、浦北县 (and 钦州港片区, the former scope)",
                "三、": "钦州港片区 (6∶4 share) / 各县（区） (5∶5 share)",
                "四、（三）": "钦州港片区",
            },
            "note": "The two table rows are the extended documents themselves (city-wide). 西部陆海新通道 is a corridor, not a place. 自治区 organs and 钦州海关 appear only in the 抄送.",
        },
        "_note": (
            "Furniture: red 版头 钦州市人民政府办公室文件 (condensed 80%); 文号 钦政办规〔2024〕11号 + red rule; title ONE paragraph with three soft line breaks (钦州市人民政府办公室关于延长 / 《钦州市支持西部陆海新通道海铁联运 / 高质量发展若干措施》等2件行政规范性 / 文件有效期的通知) — breaks inside the book title and in the middle of 规范性|文件 — joined with no space; 主送 (4 parts); "
            "落款 钦州市人民政府办公室 / 2024年12月20日; （此件公开发布）; 版记 alone on the last page (page break + 16 empty paragraphs; 抄送… / 钦州市人民政府办公室 2024年12月23日印发). Footer “— N —” centred on every page (one footer). "
            "Clauses: the intro paragraph (ends in a colon) announcing the extension; a 5-column Word table in the body 序号/文件名称/文号/原有效期至/延长后有效期至 — each of its 2 rows is a clause (written 序号：N；文件名称：…；…); items 一、…五、 as whole paragraphs (number + text = one clause, no headings); 四、 is a lead-in with three （一）（二）（三） paragraphs under it (label 四、（一） etc.; merged into 四、 equally good). "
            "The notice itself: effective 2025-01-01 (五、), no expiry of its own (expires null; 2025-12-31 or 2026-12-31 as the notice's expiry is medium — those are the NEW expiry days of the two extended documents, 2024-12-31 their OLD one). date = 2024-12-20 (落款), published 2024-12-23 (版记 印发). "
            "钦政办规〔2022〕2号 / 〔2021〕9号 are the extended documents' numbers, not this one's. Dates 2025-11-30 / 2026-11-30 are report deadlines."
        ),
        "_pdf": {"note": "4 pages. The table starts at the foot of page 1: its header row (not marked to repeat) breaks across the page — 序号/文件名称/文号/原有效期至/延长后有效 on page 1, the last characters 期至 of the last header cell on top of page 2, then the 2 rows (cells wrapping to 2 lines: 钦政办规 / 〔2022〕2号, 2024年12 / 月31日). The header must be re-joined (…延长后有效期至), not read as a row, and the stray 期至 must not become a clause. 落款 + （此件公开发布） at the foot of page 3; 版记 alone at the foot of page 4; “— N —” centred. Same expected meta and clauses."},
    }]
    # ---- (b) 四川
    sc_rows1 = [row_clause(SC_H1, r) for r in SC_REPEAL]
    sc_rows2 = []
    last = None
    for no, name, num, mods in SC_AMEND:
        if no:
            last = (no, name, num)
        sc_rows2.append(row_clause(SC_H2, [last[0], last[1], last[2], "".join(mods)]))
    out["blind214_sichuan_feizhi"] = [{
        "meta": {
            "title": SC_TITLE, "doc_number": SC_NUM, "issuer": ["四川省商务厅"],
            "date": "2024-11-28", "published": "2024-11-29", "level": "provincial", "region": "四川省",
            "effective": "2025-01-01", "expires": None, "attachments": [SC_ATT1, SC_ATT2], "doc_type": "决定（废止和修改规范性文件）",
            "recipients": ["各市（州）商务主管部门", "中国（四川）自由贸易试验区各片区管委会", "厅机关各处室、直属单位"],
            "publicity": "此件公开发布",
        },
        "repeals": [{"title": r[1], "doc_number": r[2], "day": "2025-01-01"} for r in SC_REPEAL],
        "amends": [
            {"title": SC_AM1, "doc_number": "川商规〔2022〕2号", "day": "2025-01-01", "what": "第三条: 7个 → 9个跨境电子商务综合试验区 (adds 乐山、遂宁)"},
            {"title": SC_AM2, "doc_number": "川商规〔2021〕5号", "day": "2025-01-01", "what": "第二条第一款: 8个 → 9个协同改革先行区 (adds 眉山); 删去第十二条第二款"},
            {"title": SC_AM3, "doc_number": "川商财〔2022〕8号", "day": "2025-01-01", "what": "第九条 中欧班列（成都）500元 → 中欧班列（成渝）300元; 第二十六条 有效期至2024-12-31 → 2027-12-31"},
            {"title": SC_AM4, "doc_number": "川商规〔2023〕1号", "day": "2025-01-01", "what": "第八条: adds 成都国际铁路港综合保税区 and 机车融资租赁"},
        ],
        "extends": [
            {"title": SC_AM3, "doc_number": "川商财〔2022〕8号", "from": "2024-12-31", "to": "2027-12-31", "how": "by amending its 第二十六条 (附件2 row 3, second line)"},
        ],
        "clauses": SC_BODY + sc_rows1 + sc_rows2,
        "applies_to": {
            "default": "四川省",
            "specific": {
                "四、": "中国（四川）自由贸易试验区天府新区片区、青白江铁路港片区、川南临港片区 (with 各市（州）)",
                "附件1 序号6": "泸州综合保税区（泸州市）、宜宾综合保税区（宜宾市）",
                "附件2 序号1": "成都、泸州、德阳、绵阳、南充、宜宾、达州、乐山、遂宁 (the 9 综试区 cities; 乐山、遂宁 are the new ones)",
                "附件2 序号2": "自贡、德阳、泸州、内江、宜宾、南充、达州、资阳、眉山 (协同改革先行区; 眉山 new)",
                "附件2 序号4": "成都高新综合保税区双流园区（双流区）、成都国际铁路港综合保税区（青白江区）",
            },
            "note": "中欧班列（成都）/（成渝） is a train service, not a place. Rows of 附件1 1–5 and 附件2 3 are province-wide. 成都海关 and 商务部 appear only in the 抄送.",
        },
        "_note": (
            "Furniture: red 版头 四川省商务厅文件; 文号 川商规〔2024〕6号 + red rule; title typed as TWO centred paragraphs (四川省商务厅关于废止和修改 / 部分规范性文件的决定) joined with no space; 主送 (3 parts); 附件说明 on two lines (附件：1．… / 2．…) → 2 attachment titles without 1．/2．; 落款 四川省商务厅 / 2024年11月28日; （此件公开发布）; "
            "labels 附件1 (page-break-before on the label paragraph, no break paragraph) / 附件2 and the two table titles (headings, not clauses); 版记 in a final portrait section after 17 empty paragraphs (抄送… / 四川省商务厅办公室 2024年11月29日印发); footer “— N —” odd right / even left. "
            "Clauses: the 决定 preamble (ends 现决定如下：) and items 一、…五、 (whole paragraphs). 附件1 (portrait, after a page break): 3-column table 序号/文件名称/文号, 6 rows → 6 clauses; header row marked to repeat. "
            "附件2 in a LANDSCAPE section: 4-column table 序号/文件名称/文号/修改内容, header repeated. Row 2's 修改内容 cell holds TWO paragraphs (1．… / 2．…) — one row, one clause, the two paragraphs joined with nothing between (a line break or space between them is fine, taste). "
            "Row 3 is vertically merged over two table rows (序号/文件名称/文号 merged; two separate 修改内容 cells): expected gives two row clauses, both carrying 序号：3 and the file name/文号 (the second one with an empty 序号/文件名称/文号 is low; merged into one row clause with both 修改内容 equally good). "
            "Joint issuers inside 文件名称 (四川省商务厅　四川省财政厅关于…) are names of the documents acted on, not issuers of this one. "
            "effective 2025-01-01 (五、); expires null (a 决定 has none; 2027-12-31 — the new expiry of 川商财〔2022〕8号 — as this document's expiry is medium). date = 2024-11-28; published 2024-11-29; 2024-11-21 is the 党组会议 day, 2025-03-31 a deadline. "
            "The 文号 in the tables (川商规〔2019〕3号 …) are those of the repealed/amended documents, not this one's."
        ),
        "_pdf": {"note": "6 pages: body (1–2, （此件公开发布） at the foot of page 2), 附件1 portrait (3), 附件2 on landscape pages 4–5, 版记 alone at the foot of portrait page 6. The vertically merged row 3 BREAKS ACROSS the landscape pages: page 4 ends with 序号 3 / name / 川商财〔2022〕8号 and the first 修改内容 (第九条…), page 5 starts with the repeated header row and then the second sub-row whose 序号/文件名称/文号 cells are EMPTY (the merge continues) and whose 修改内容 is 将第二十六条… — it belongs to 序号3 (expected carries 3 / name / 文号 over), it must not be glued onto row 4 or read as a row without a document. The repeated header is not a row. Row 2's cell prints its two paragraphs one under the other. Cells wrap; wrapped lines re-joined without spaces. Same expected meta and clauses."},
    }]
    # ---- (c) 岳阳
    yy_art = []
    for chap, arts in YY_ARTICLES:
        for num, txt, items in arts:
            yy_art.append(num + "　" + txt)
            yy_art.extend(items)
    yy_sm = [h + t for h, t in YY_SM] + YY_SM_ITEMS + [YY_SM_LAST]
    out["blind214_yueyang_xiuding"] = [{
        "meta": {
            "title": YY_TITLE, "doc_number": YY_NUM, "issuer": [YY_ORG],
            "date": "2024-06-18", "published": "2024-06-19", "level": "zone", "region": "湖南省岳阳市（中国（湖南）自由贸易试验区岳阳片区）",
            "effective": "2024-07-01", "expires": "2027-06-30", "attachments": [YY_BANFA], "doc_type": "通知（印发办法（修订））",
            "recipients": ["片区各部门", "各园区（平台）", "各有关企业"], "publicity": "此件公开发布",
        },
        "repeals": [{"title": YY_OLD, "doc_number": YY_OLD_NUM, "day": "2024-07-01"}],
        "amends": [{"title": YY_OLD, "doc_number": YY_OLD_NUM, "day": "2024-07-01", "what": "revised as a whole (修订) — the revised 办法 replaces it; changes listed in the 修订说明 三、（一）–（四）"}],
        "extends": [],
        "clauses": YY_NOTICE + yy_art + yy_sm,
        "applies_to": {
            "default": "中国（湖南）自由贸易试验区岳阳片区（湖南省岳阳市）",
            "specific": {
                "第二条": "城陵矶综合保税区、城陵矶港区、岳阳经济技术开发区相关区域",
                "第六条": "城陵矶综合保税区",
                "第七条": "城陵矶港 (上海洋山港 is a transit port, not a place of application)",
                "第十条": "临湘市、华容县、湘阴县 (outside the 片区)",
                "修订说明 三、（一）": "城陵矶综合保税区、城陵矶港区、岳阳经济技术开发区",
                "修订说明 三、（三）": "临湘市、华容县、湘阴县",
            },
            "note": "东盟 / 共建“一带一路”国家 (第七、八、九条) do not move a clause abroad. 第十条 is the one clause applying beyond the 片区.",
        },
        "_note": (
            "Counting: ONE document — the 印发通知 with its 附件 (the 办法（修订）) and the 修订说明 printed after the 办法 (before the 版记, no 附件 label of its own, not listed in the 附件说明); its paragraphs are clauses of the same document, in order. A reader that splits the 办法 and/or the 修订说明 into separate documents: tolerable (low), as long as no clause is lost and the 修订说明 paragraphs are not glued onto 第十五条. "
            "Furniture: red 版头 on TWO paragraphs (中国（湖南）自由贸易试验区 / 岳阳片区管理委员会文件); 文号 岳自贸管发〔2024〕9号 + red rule; title typed as FOUR centred paragraphs (中国（湖南）自由贸易试验区岳阳片区 / 管理委员会关于印发《中国（湖南）自由 / 贸易试验区岳阳片区外贸企业培育扶持 / 办法（修订）》的通知 — breaks split the organ name after 片区 and the word 自由|贸易); 主送; 2 notice paragraphs; 附件说明 (one attachment, title ends （修订）); 落款 organ / 2024年6月18日; （此件公开发布）. "
            "The 办法 starts a NEW SECTION (next page): label 附件, title on two 小标宋 paragraphs + （修订） on a third 楷体 paragraph (the attachment title is the three joined); chapters 第一章…第四章 typed with Word's built-in Heading 1 style (re-fonted 黑体, black, centred) — headings, not clauses; the path of 第X条 should carry its 章. Articles 第一条…第十五条 run-in (黑体 number + full-width space + text = one clause); 第十一条 and 第十三条 end in a colon with （一）… item paragraphs (separate clauses; merged into the article equally good). "
            "The 修订说明 starts another NEW SECTION: title on three paragraphs (关于《中国（湖南）自由贸易试验区 / 岳阳片区外贸企业培育扶持办法（修订）》 / 的修订说明 — heading, not a clause), run-in 黑体 一、修订背景。/ 二、修订过程。 (heading + text = one clause), 三、主要修订内容 a heading of its own with （一）…（四） item paragraphs, 四、关于有效期。 run-in. "
            "版记 after a page break + 15 empty paragraphs (抄送… / …党政办公室 2024年6月19日印发). Footer “— N —” odd right / even left. "
            "effective 2024-07-01, expires 2027-06-30 (第十五条; the 修订说明 says 有效期3年 — consistent). 岳自贸管发〔2022〕4号 is the OLD 办法's number (repealed 2024-07-01), 2022-03-15 its issue day, 2024-06-30 its old expiry — none are this document's. date 2024-06-18, published 2024-06-19. 3月31日 / 6月30日 in 第十一/十二条 are yearly deadlines."
        ),
        "_pdf": {"note": "9 pages: notice (1–2; 落款 + （此件公开发布） on page 2), 办法 pages 3–6 (第十五条 alone on top of page 6), 修订说明 pages 7–8 from a new page (its title on 3 lines), 版记 alone at the foot of page 9. Same expected meta and clauses."},
    }]
    # ---- (d) 河口
    hk_draft = [HK_INTRO] + [h + t for _, items in HK_SECTIONS for h, t in items] + HK_TAIL
    hk_qc = [h + t for h, t in HK_QC_ITEMS]
    out["blind214_hekou_zhengqiu"] = [{
        "meta": {
            "title": HK_TITLE, "doc_number": HK_NUM, "issuer": [HK_ORG],
            "date": "2025-03-07", "published": "2025-03-07", "level": "county", "region": "云南省红河哈尼族彝族自治州河口瑶族自治县",
            "effective": None, "expires": None, "attachments": [HK_DRAFT, HK_QC], "doc_type": "公告（公开征求意见）",
            "recipients": [], "publicity": None,
            "comment_period": ["2025-03-10", "2025-04-09"],
        },
        "repeals": [], "amends": [], "extends": [],
        "proposed_repeals": [{"title": "河口瑶族自治县边民互市贸易扶持暂行办法", "doc_number": "河政发〔2020〕18号", "day": None, "note": "only proposed by the draft (六、) and the 起草说明 五、 — NOT in force; a reader that records it as repealed by this 公告 is wrong (medium)"}],
        "clauses": HK_BODY + hk_draft + hk_qc,
        "applies_to": {
            "default": "云南省红河州河口瑶族自治县",
            "specific": {
                "附件1 一、（一）": "河口边民互市商品落地加工园区（北山片区）",
                "附件1 一、（二）": "河口镇、南溪镇",
                "附件1 二、（一）": "河口口岸、河口北山口岸",
                "附件1 二、（二）": "桥头乡、瑶山乡、老范寨乡（边民互市点）",
                "附件1 三、（一）": "中国（云南）自由贸易试验区红河片区；红河综合保税区（蒙自市） as the place of 保税加工, reward paid for 河口 分拨",
                "附件1 四、（二）": "河口边境经济合作区",
                "起草说明 三、": "北山口岸、各乡镇边民互市点",
            },
            "note": "越南老街省 (二、（三）) and 越南盾 (三、（二）) do not move a clause abroad. The 公告's own clauses (征求意见 period, feedback channels) apply county-wide; the address in 二、（二） (河口镇人民路168号) is a postal address, not a place of application.",
        },
        "_note": (
            "Counting: ONE document — the 公告 with 附件1 (the draft) and 附件2 (its 起草说明); their paragraphs are clauses of the 公告, in order (splitting 附件1/附件2 into their own documents is tolerable, low). "
            "Furniture: red 版头 河口瑶族自治县人民政府文件 (condensed 75%); 文号 河政告〔2025〕2号 + red rule; title ONE paragraph with three soft line breaks, and the first line ends in an ordinary SPACE before the break (…关于公开征求␠⏎《河口瑶族自治县促进边民互市贸易落地⏎加工高质量发展若干措施（征求意见稿）》⏎意见的公告 — the second break splits 落地|加工) — the title must be joined with no space. "
            "No 主送 (a 公告 has none: recipients []). Body: preamble + 一、 (征求意见时间) + 二、 lead-in with （一）（二）（三） paragraphs + 三、. 附件说明 two lines; 落款 河口瑶族自治县人民政府 / 2025年3月7日; NO （此件公开发布） (publicity null; a 公告 is public by nature — '公开' tolerable). "
            "附件1 after a page break: label, draft title on two 小标宋 paragraphs + （征求意见稿） 楷体 paragraph; intro; 一、…四、 黑体 headings (own paragraphs, not clauses) with （一）（二）… item paragraphs (restarting under each 一、: labels 一、（一） ≠ 二、（一）); 五、 and 六、 whole paragraphs. Item 二、（一） has a SOFT LINE BREAK inside its text (after “以边民互市贸易方式进口”) — one clause, joined with nothing between. "
            "附件2 after a page break: label, title on three paragraphs (《…边民互市贸易 / 落地加工高质量发展若干措施 / （征求意见稿）》起草说明), run-in 黑体 一、起草背景。…五、需要说明的问题。 (heading + text = one clause). 版记: a single 印发 line between two rules (河口瑶族自治县人民政府办公室 2025年3月7日印发), no 抄送, after a page break + 20 empty paragraphs. Footer “— N —” on the right of every page (one footer). "
            "DATES: date 2025-03-07, published 2025-03-07. effective/expires null: the draft's 六、 本措施自印发之日起施行，有效期3年 belongs to a draft not yet adopted — effective 2025-03-07 or any expires (e.g. 2028-03-06) is medium; 2025-03-10 / 2025-04-09 are the comment period (not effective/expires — medium if read so). 河政发〔2020〕18号 is an older document the draft proposes to repeal."
        ),
        "_pdf": {"note": "8 pages: 公告 (1–2), 附件1 pages 3–5 (六、 alone on page 5), 附件2 pages 6–7, the 版记 line alone at the foot of page 8. The title prints on four lines (the trailing space is invisible). In 附件1 二、（一） the soft break makes a short JUSTIFIED line, so LibreOffice spreads it: …以边民互市贸易方 / 式 进 口 (letter-spaced, wide gaps) — the clause must read …贸易方式进口并… with no spaces and no line break. Same expected meta and clauses."},
    }]
    return out


def main():
    files = [build_qinzhou(), build_sichuan(), build_yueyang(), build_hekou()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
