# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, UP031
"""Blind round 227: documents whose substance is a long Word table crossing page breaks.

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind227_hunan_fengong.docx / .pdf   湖南省商务厅 通知 (湘商发〔2024〕31号) + landscape 任务分工表
      (类别 merged vertically over 4-5 rows, 牵头单位 merged too, header row repeated on every page).
  blind227_wuhu_qingdan.docx / .pdf    芜湖市人民政府办公室 通知 (芜政办〔2024〕14号) + 政策清单
      (序号 column, multi-paragraph cells, header NOT repeated, one row split by a page break).
  blind227_guangxi_mingdan.docx / .pdf 广西壮族自治区商务厅 通知 公布 32 个重点项目名单
      (所在片区 merged vertically over 9-12 rows, three pages, header repeated).
  blind227_khorgos_renwu.docx / .pdf   霍尔果斯片区管委会 通知 + 重点任务清单 (portrait,
      任务类别 merged, header NOT repeated, rows may split).
  expected.json

Run:  . /work/venv/bin/activate && python make_blind227.py
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
XS = 12    # 小四
WU = 10.5  # 五号
LINE = Pt(28.95)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
VC = WD_CELL_VERTICAL_ALIGNMENT.CENTER


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


def runin(doc, head, body, head_font=HT):
    p = P(doc)
    fnt(p.add_run(head), head_font, SAN)
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


def grid(section, kind="lines"):
    sp = section._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), kind)
    g.set(qn("w:linePitch"), "579")


def portrait(s):
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(28)


def landscape(s):
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.top_margin, s.bottom_margin = Mm(28), Mm(26)
    s.left_margin, s.right_margin = Mm(37), Mm(35)
    s.header_distance, s.footer_distance = Mm(12), Mm(14)


def new_doc(odd_even=True, centered=False):
    doc = Document()
    s = doc.sections[0]
    portrait(s)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)
    grid(s)
    fp = s.footer.paragraphs[0]
    if centered:
        fp.alignment = C
        page_field(fp)
    else:
        doc.settings.odd_and_even_pages_header_footer = odd_even
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
        if odd_even:
            ep = s.even_page_footer.paragraphs[0]
            ep.alignment = L
            ep.paragraph_format.left_indent = Pt(SI)
            page_field(ep)
    return doc


def banhead(doc, text, size=48, width_scale=None, line=None):
    p = P(doc, "", XBZ, size, C, 0, line=line or Pt(size * 1.2))
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


def attach_note(doc, items, label="附件："):
    P(doc, indent=0)
    for i, t in enumerate(items):
        if len(items) == 1:
            txt = label + t
        else:
            txt = (label if i == 0 else "") + "%d．%s" % (i + 1, t)
        p = P(doc, txt, indent=0)
        pf = p.paragraph_format
        if len(items) == 1:
            pf.left_indent = Pt(SAN * 5)
            pf.first_line_indent = Pt(-SAN * 3)
        elif i == 0:
            pf.left_indent = Pt(SAN * 7)
            pf.first_line_indent = Pt(-SAN * 5)
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


def banji(doc, chaosong, printer=None, printdate=None, blank=0, tabpos=8600):
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
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="%d"/></w:tabs>' % (nsdecls("w"), tabpos)))
    pborder(p, "bottom", 12, "000000", 2)


def cell_paras(cell, texts, east=FS, size=XS, align=C, line=None, indent=0, snap=True):
    """Write one or more paragraphs into a cell (first one reuses the cell's paragraph)."""
    if isinstance(texts, str):
        texts = [texts]
    for i, text in enumerate(texts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.first_line_indent = Pt(size * indent) if indent else None
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.line_spacing = line if line else 1.0
        fnt(p.add_run(text), east, size)
        if not snap:
            p._p.get_or_add_pPr().append(parse_xml('<w:snapToGrid %s w:val="0"/>' % nsdecls("w")))
    return cell


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


def vmerge(tbl, col, r0, r1):
    """Vertically merge rows r0..r1 (inclusive) of one column; returns the merged cell (empty)."""
    m = tbl.cell(r0, col).merge(tbl.cell(r1, col))
    # python-docx leaves one empty paragraph per merged cell: keep only the first
    for p in m.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    return m


def row_clause(header, row):
    def v(x):
        return "".join(x) if isinstance(x, (list, tuple)) else str(x)
    return "；".join("%s：%s" % (h, v(x)) for h, x in zip(header, row) if v(x).strip())


def header_row(tbl, header, east=HT, size=XS, line=None, snap=True):
    for i, h in enumerate(header):
        c = tbl.cell(0, i)
        cell_paras(c, h, east, size, C, line, snap=snap)
        c.vertical_alignment = VC


# ================================================================ (a) 湖南省商务厅 任务分工表 (landscape, header repeated)
HN_NUM = "湘商发〔2024〕31号"
HN_TABLE_T = "中国（湖南）自由贸易试验区深度融入共建“一带一路”2024—2025年重点任务分工表"
HN_TITLE = "湖南省商务厅关于印发《" + HN_TABLE_T + "》的通知"
HN_TITLE_LINES = ["湖南省商务厅关于印发《中国（湖南）自由", "贸易试验区深度融入共建“一带一路”", "2024—2025年重点任务分工表》的通知"]
HN_MAIN_TO = "长沙市、岳阳市、郴州市人民政府，中国（湖南）自由贸易试验区长沙片区、岳阳片区、郴州片区管理委员会，省自贸试验区工作领导小组各成员单位："
HN_INTRO = "为深入贯彻落实党中央、国务院关于推进高水平对外开放和高质量共建“一带一路”的决策部署，推动中国（湖南）自由贸易试验区（以下简称湖南自贸试验区）在服务共建“一带一路”中发挥示范引领作用，经省自贸试验区工作领导小组同意，现将《" + HN_TABLE_T + "》印发给你们，并就有关事项通知如下。"
HN_ITEMS = [
    ("一、压实工作责任。", "各牵头单位要对照分工表细化工作举措，明确时间节点，于2024年5月31日前将具体实施方案报送省商务厅（省自贸办）；各配合单位要积极主动配合，形成工作合力。"),
    ("二、强化片区联动。", "长沙片区要发挥中非经贸合作引领作用，岳阳片区要放大城陵矶港“江海联运”优势，郴州片区要深化湘粤港澳产业对接，三个片区之间要建立任务协同推进和经验互学互鉴机制。"),
    ("三、加强跟踪督办。", "省商务厅（省自贸办）对分工表任务实行清单化管理、台账式推进，每季度通报一次进展情况。各牵头单位于每季度末月25日前报送任务推进情况，2025年12月15日前报送总体完成情况。"),
]
HN_HEADER = ["类别", "序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
# (类别, [(序号, 任务, 牵头单位 or None = merged with the row above, 配合单位, 完成时限)])
HN_ROWS = [
    ("畅通国际物流大通道", [
        ("1", "推动中欧班列（长沙）扩线提质，加密至中亚、东盟方向班列，2024年开行不少于1200列，2025年稳定在1300列以上。", "省发展改革委", "长沙市人民政府，长沙片区管委会", "2025年12月"),
        ("2", "支持长沙片区金霞保税物流中心（长沙北站）建设中欧班列集结中心，完善多式联运海关监管中心功能。", None, "长沙海关，开福区人民政府", "2024年12月"),
        ("3", "加密城陵矶港至上海洋山港“江海直达”航线，拓展岳阳至东盟国家近洋航线，2024年城陵矶港集装箱吞吐量突破120万标箱。", "省交通运输厅", "岳阳市人民政府，岳阳片区管委会", "2024年12月"),
        ("4", "推动岳阳城陵矶综合保税区与城陵矶港“区港联动”，开展进口粮食、冻品“船边直提”。", None, "长沙海关，岳阳片区管委会", "2025年6月"),
        ("5", "支持郴州片区湘南国际物流园开行至广州港、钦州港铁海联运班列，打造湘粤港澳“无水港”。", "省商务厅", "郴州市人民政府，郴州片区管委会", "2025年6月"),
    ]),
    ("拓展对非及东盟经贸合作", [
        ("6", "依托中国—非洲经贸博览会，在长沙片区高桥大市场建设非洲非资源性产品集散交易加工中心，2024年对非进出口额增长10%以上。", "省商务厅", "长沙市人民政府，雨花区人民政府，长沙片区管委会", "2024年12月"),
        ("7", "在郴州片区建设中非经贸合作产业园，承接非洲矿产品进口加工，引进加工企业5家以上。", None, "郴州市人民政府，郴州片区管委会", "2025年12月"),
        ("8", "推进中非跨境人民币中心（湖南）建设，支持片区内企业对非贸易使用人民币计价结算。", "中国人民银行湖南省分行", "省商务厅，长沙片区管委会", "2025年12月"),
        ("9", "支持岳阳片区建设东盟水果、粮食进口指定监管场地，扩大自东盟国家农产品进口。", "长沙海关", "省农业农村厅，岳阳片区管委会", "2025年6月"),
    ]),
    ("培育外向型产业集群", [
        ("10", "支持长沙片区长沙经开区区块工程机械企业在共建“一带一路”国家布局海外组装基地和备件中心，2025年工程机械出口额突破500亿元。", "省工业和信息化厅", "长沙片区管委会，长沙经济技术开发区管委会", "2025年12月"),
        ("11", "推动郴州片区有色金属企业开展进口再生金属原料加工，建设有色金属精深加工基地。", None, "郴州片区管委会，郴州综合保税区管委会", "2025年12月"),
        ("12", "支持岳阳片区临港新区发展电子信息加工贸易，引进加工贸易企业10家以上。", "省商务厅", "岳阳片区管委会", "2024年12月"),
        ("13", "在长沙黄花综合保税区开展保税维修和再制造业务试点，扩大航空器材、工程机械关键部件保税维修规模。", None, "长沙海关，长沙县人民政府", "2025年6月"),
    ]),
    ("提升投资贸易便利化水平", [
        ("14", "推广“两步申报”“提前申报”，长沙黄花机场口岸进口货物整体通关时间压缩至30小时以内。", "长沙海关", "省商务厅（省口岸办），长沙片区管委会", "2024年12月"),
        ("15", "在城陵矶港口岸、郴州铁路口岸推广“铁海联运一单制”，实现一次委托、一单到底。", None, "岳阳市人民政府，郴州市人民政府", "2025年6月"),
        ("16", "落实外商投资准入前国民待遇加负面清单管理制度，在三个片区政务服务中心设立外商投资“一站式”服务窗口。", "省商务厅", "各片区管委会", "2024年9月"),
        ("17", "支持长沙片区设立中非经贸国际商事调解中心，建立涉外商事纠纷多元化解决机制。", None, "省司法厅，长沙片区管委会", "2025年12月"),
        ("18", "每半年对分工表任务推进情况开展一次评估，形成评估报告报省自贸试验区工作领导小组。", None, "各牵头单位", "每半年"),
    ]),
]
HN_CHAOSONG = "商务部自由贸易区港建设协调司，省人民政府办公厅，省人大常委会办公厅，省政协办公厅，长沙海关。"
HN_PRINTER = "湖南省商务厅办公室"
HN_PRINTDATE = "2024年4月22日"


def hn_filled():
    """Rows with the merged 类别 / 牵头单位 filled in."""
    out = []
    for cat, rows in HN_ROWS:
        lead = None
        for n, task, ld, co, dl in rows:
            lead = ld if ld else lead
            out.append((cat, n, task, lead, co, dl))
    return out


def build_hunan():
    doc = new_doc(odd_even=True)
    banhead(doc, "湖南省商务厅文件", 52, width_scale=90)
    docnum_rule(doc, HN_NUM)
    title(doc, HN_TITLE_LINES, soft=False)           # three paragraphs
    P(doc, HN_MAIN_TO, indent=0)
    P(doc, HN_INTRO)
    for h, t in HN_ITEMS:
        runin(doc, h, t, HT)
    attach_note(doc, [HN_TABLE_T])
    signoff(doc, "湖南省商务厅", "2024年4月18日", right_chars=4, blank=2)
    # 附件 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(sec)
    grid(sec, "default")
    P(doc, "附件", HT, SAN, L, 0)
    p = P(doc, "", XBZ, ER, C, 0, line=Pt(34))
    r = fnt(p.add_run("中国（湖南）自由贸易试验区深度融入共建“一带一路”"), XBZ, ER)
    r.add_break()
    fnt(p.add_run("2024—2025年重点任务分工表"), XBZ, ER)
    P(doc, indent=0, line=Pt(12))
    n = 1 + sum(len(rows) for _, rows in HN_ROWS)
    tbl = doc.add_table(rows=n, cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [22, 13, 95, 34, 39, 22])
    header_row(tbl, HN_HEADER, HT, SI, Pt(20))
    repeat_header(tbl.rows[0])
    ri = 1
    for cat, rows in HN_ROWS:
        r0 = ri
        # 牵头单位 merge groups
        groups = []
        for k, (num, task, lead, co, dl) in enumerate(rows):
            if lead:
                groups.append([ri + k, ri + k, lead])
            else:
                groups[-1][1] = ri + k
            for ci, val, al in ((1, num, C), (2, task, J), (4, co, C), (5, dl, C)):
                c = tbl.cell(ri + k, ci)
                cell_paras(c, val, FS, SI, al, Pt(22))
                c.vertical_alignment = VC
        ri += len(rows)
        m = vmerge(tbl, 0, r0, ri - 1)
        cell_paras(m, cat, HT, SI, C, Pt(22))
        m.vertical_alignment = VC
        for g0, g1, lead in groups:
            c = vmerge(tbl, 3, g0, g1) if g1 > g0 else tbl.cell(g0, 3)
            cell_paras(c, lead, FS, SI, C, Pt(22))
            c.vertical_alignment = VC
    for row in tbl.rows[1:]:
        cant_split(row)
    # 版记 on a portrait last page
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec2)
    grid(sec2, "lines")
    banji(doc, HN_CHAOSONG, HN_PRINTER, HN_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind227_hunan_fengong.docx")
    doc.save(out)
    return out


# ================================================================ (b) 芜湖市人民政府办公室 政策清单 (header NOT repeated, row split)
WH_NUM = "芜政办〔2024〕14号"
WH_LIST_T = "芜湖市支持中国（安徽）自由贸易试验区芜湖片区开放型经济高质量发展政策清单"
WH_TITLE = "芜湖市人民政府办公室关于印发" + WH_LIST_T + "的通知"
WH_MAIN_TO = "各县、市、区人民政府，市政府各部门、各直属单位，有关单位："
WH_NOTICE = [
    "《" + WH_LIST_T + "》已经市政府第42次常务会议研究通过，现印发给你们，请结合实际认真贯彻落实。",
    "本政策清单自2024年7月1日起施行，有效期至2026年6月30日。清单中涉及的资金奖补事项，与本市其他同类政策有重叠的，按照“就高不重复”原则执行。",
    "各责任单位要在本通知印发之日起1个月内制定出台具体申报指南，明确申报条件、审核程序和兑现时限，并向社会公布。",
]
WH_HEADER = ["序号", "政策事项", "政策内容", "责任单位"]
WH_ROWS = [
    ("1", "外贸主体培育", [
        "1．对注册在芜湖片区内、年度进出口额首次突破1000万美元、5000万美元、1亿美元的企业，分别给予10万元、30万元、50万元一次性奖励。",
        "2．对新引进落户芜湖片区、当年进出口额超过5000万美元的外贸企业，按其当年进出口额每1美元奖励0.01元，单个企业最高不超过100万元。",
    ], "市商务局，市财政局，芜湖片区管委会"),
    ("2", "跨境电商发展", [
        "1．支持芜湖综合保税区开展跨境电商“1210”保税进口以及“9610”“9710”“9810”出口业务，对年度跨境电商进出口额首次超过1亿元的企业给予20万元奖励。",
        "2．对在共建“一带一路”国家新设海外仓、且单仓面积达到2000平方米以上的企业，按海外仓实际投入的20%给予补助，单个企业最高不超过200万元。",
        "3．对新认定为市级跨境电商产业园的园区，给予运营主体一次性奖励50万元。",
    ], "市商务局，芜湖海关"),
    ("3", "江海联运航线", [
        "1．对在芜湖港朱家桥外贸码头新开通至上海洋山港、宁波舟山港“江海联运”直达航线并稳定运营满1年的航运企业，每条航线给予不超过300万元运营补贴。",
        "2．对经芜湖港朱家桥外贸码头进出口的外贸集装箱，按照每标箱100元标准给予货主企业补助，单个企业每年最高不超过150万元。",
        "3．对经芜湖港中转、原产于共建“一带一路”国家的进口铁矿石、粮食等大宗散货，按每吨1元给予港口作业企业补助。",
    ], "市交通运输局，市港航管理服务中心"),
    ("4", "中欧（中亚）班列", [
        "对从芜湖国际陆港（鸠江区）始发、经新疆阿拉山口或霍尔果斯口岸出境的中欧、中亚班列，按每列不超过5万元给予班列运营平台公司补贴；对回程班列，按每列不超过8万元给予补贴。",
        "班列运营平台公司每年组织的货源中，本市货源占比应不低于60%。补贴资金按季度预拨、年度清算。",
    ], "市发展改革委，鸠江区人民政府"),
    ("5", "外资招引", [
        "1．对新设立且实际使用外资金额达到1000万美元以上的制造业项目，按当年实际到资额的2%给予奖励，单个项目最高不超过1000万元。",
        "2．对世界500强企业、行业龙头企业在芜湖片区新设立地区总部或研发中心、结算中心等功能性机构的，给予一次性落户奖励300万元。",
        "3．外资项目奖励资金由市、区两级财政按5∶5比例承担。",
    ], "市投资促进中心，市商务局，市财政局"),
    ("6", "保税业态创新", [
        "支持芜湖综合保税区开展保税维修、保税研发和保税检测业务。对在湾沚区芜湖航空产业园开展通用航空器融资租赁业务、年末租赁资产余额达到5亿元以上的租赁企业，按租赁资产余额的0.5%给予奖励，单个企业最高不超过200万元。",
    ], "芜湖片区管委会，湾沚区人民政府，芜湖海关"),
    ("7", "出口信用保险", [
        "1．对企业投保短期出口信用保险的保费给予50%补助；投保共建“一带一路”国家业务的，补助比例提高至70%，单个企业每年最高不超过100万元。",
        "2．小微外贸企业出口信用保险统保平台保费由市财政全额承担。",
    ], "市商务局，市财政局"),
    ("8", "国际市场开拓", [
        "对企业参加市商务局发布的重点境外展会目录内展会的，按展位费的70%给予补助；参加在共建“一带一路”国家举办的展会的，按展位费的100%给予补助。单个企业每年补助最高不超过50万元。",
    ], "市商务局"),
    ("9", "人才支持", [
        "1．对在芜湖片区工作的境外高端人才和紧缺人才，其在本市缴纳的个人所得税已缴税额超过其按应纳税所得额的15%计算的税额部分，按规定给予补贴。",
        "2．为外籍人才办理工作许可和居留许可提供“一窗受理、并联审批”服务，办理时限压缩至5个工作日。",
    ], "市人力资源社会保障局，市科技局，市公安局"),
    ("10", "通关便利", [
        "推广“提前申报”“两步申报”“船边直提”“抵港直装”等便利化措施，芜湖港进口整体通关时间压缩至24小时以内、出口整体通关时间压缩至0.5小时以内。",
        "本项措施不涉及资金奖补。",
    ], "芜湖海关，市商务局（市口岸办）"),
    ("11", "县域开放平台", [
        "支持无为市、南陵县和繁昌区省级经济开发区创建外贸转型升级基地。对新认定的国家级、省级外贸转型升级基地，分别给予运营主体100万元、50万元一次性奖励。",
        "奖励资金由市级财政承担60%，所在县市区财政承担40%。",
    ], "市商务局，无为市、南陵县、繁昌区人民政府"),
]
WH_CHAOSONG = "市委办公室，市人大常委会办公室，市政协办公室，市纪委监委，芜湖海关，国家税务总局芜湖市税务局。"
WH_PRINTER = "芜湖市人民政府办公室"
WH_PRINTDATE = "2024年6月17日"


def build_wuhu():
    doc = new_doc(odd_even=False, centered=False)
    banhead(doc, "芜湖市人民政府办公室文件", 44, width_scale=75)
    docnum_rule(doc, WH_NUM)
    title(doc, ["芜湖市人民政府办公室关于印发芜湖市支持", "中国（安徽）自由贸易试验区芜湖片区开放型", "经济高质量发展政策清单的通知"], soft=True)
    P(doc, WH_MAIN_TO, indent=0)
    for t in WH_NOTICE:
        P(doc, t)
    attach_note(doc, [WH_LIST_T])
    signoff(doc, "芜湖市人民政府办公室", "2024年6月14日", right_chars=2, blank=2)
    page_break(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0, line=Pt(20))
    p = P(doc, "", XBZ, ER, C, 0, line=Pt(34))
    fnt(p.add_run("芜湖市支持中国（安徽）自由贸易试验区"), XBZ, ER).add_break()
    fnt(p.add_run("芜湖片区开放型经济高质量发展政策清单"), XBZ, ER)
    P(doc, indent=0, line=Pt(16))
    tbl = doc.add_table(rows=1 + len(WH_ROWS), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [12, 24, 92, 28])
    header_row(tbl, WH_HEADER, HT, XS, Pt(22))          # NOT marked to repeat
    for i, (n, name, paras, dept) in enumerate(WH_ROWS, start=1):
        cell_paras(tbl.cell(i, 0), n, FS, XS, C, Pt(22))
        cell_paras(tbl.cell(i, 1), name, FS, XS, C, Pt(22))
        cell_paras(tbl.cell(i, 2), paras, FS, XS, J, Pt(22), indent=2)
        cell_paras(tbl.cell(i, 3), dept, FS, XS, C, Pt(22))
        for ci in (0, 1, 3):
            tbl.cell(i, ci).vertical_alignment = VC
    page_break(doc)
    banji(doc, WH_CHAOSONG, WH_PRINTER, WH_PRINTDATE, blank=18)
    out = os.path.join(HERE, "blind227_wuhu_qingdan.docx")
    doc.save(out)
    return out


# ================================================================ (c) 广西 重点项目名单 (31 rows, 片区 merged, 3 pages)
GX_NUM = "桂商自贸发〔2024〕15号"
GX_LIST_T = "2024年中国（广西）自由贸易试验区服务共建“一带一路”重点项目名单"
GX_TITLE = "广西壮族自治区商务厅关于公布" + GX_LIST_T + "的通知"
GX_MAIN_TO = "南宁市、钦州市、崇左市人民政府，中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区管理委员会，自治区有关单位："
GX_NOTICE = [
    "为推动中国（广西）自由贸易试验区（以下简称广西自贸试验区）更好服务共建“一带一路”和西部陆海新通道建设，经各片区推荐、自治区商务厅组织专家评审并公示，确定中国—东盟跨境数据服务中心等32个项目为" + GX_LIST_T[:-2] + "，现予公布。",
    "各片区管委会要建立重点项目专班推进机制，在用地、用能、融资等方面给予优先保障，每季度末将项目建设进展报送自治区商务厅（自治区自贸办）。自治区商务厅将对重点项目实行动态管理，对连续两个季度无实质进展的项目予以调出。",
]
GX_HEADER = ["序号", "所在片区", "项目名称", "项目单位", "建设地点", "总投资（亿元）"]
GX_ROWS = [
    ("南宁片区", [
        ("中国—东盟跨境数据服务中心", "广西五象数智科技有限公司", "南宁市良庆区", "12.6"),
        ("南宁临空经济示范区东盟跨境电商物流园", "广西临空物流发展有限公司", "南宁市江南区（吴圩国际机场）", "8.3"),
        ("中国—东盟金融城区域总部基地（二期）", "南宁五象新区投资集团有限公司", "南宁市良庆区", "25.0"),
        ("南宁综合保税区电子信息加工贸易产业园", "南宁综保区开发建设有限公司", "南宁市江南区", "15.8"),
        ("中国—东盟跨境人民币结算服务中心", "广西北部湾银行股份有限公司", "南宁市良庆区", "1.2"),
        ("广西东盟冷链物流中心", "南宁国际铁路港建设有限公司", "南宁市江南区（南宁国际铁路港）", "9.5"),
        ("东盟特色农产品精深加工基地", "广西东盟农产品加工有限公司", "南宁市邕宁区", "6.7"),
        ("中国—东盟新型显示产业园", "南宁东盟光电科技有限公司", "南宁市良庆区", "32.0"),
        ("中国（南宁）跨境电子商务综合试验区五象园区", "南宁市跨境电商产业园运营有限公司", "南宁市良庆区", "4.6"),
        ("东盟国际航空货运枢纽（南宁）", "广西机场管理集团有限责任公司", "南宁市江南区（吴圩国际机场）", "18.9"),
        ("西部陆海新通道南宁国际陆港多式联运中心", "南宁国际陆港集团有限公司", "南宁市江南区", "11.4"),
        ("中国—东盟检验检测认证高技术服务集聚区", "广西东盟检验认证有限公司", "南宁市良庆区", "3.8"),
    ]),
    ("钦州港片区", [
        ("钦州港大榄坪南作业区自动化集装箱码头（9—10号泊位）", "北部湾港钦州码头有限公司", "钦州市钦南区（钦州港）", "45.0"),
        ("钦州综合保税区东盟进口水果分拨中心", "广西钦州保税港区开发投资有限责任公司", "钦州市钦南区（钦州综合保税区）", "3.2"),
        ("中国—东盟（钦州）粮油加工产业园", "钦州港东盟粮油工业有限公司", "钦州港经济技术开发区", "12.0"),
        ("西部陆海新通道钦州铁路集装箱中心站扩能工程", "广西沿海铁路股份有限公司", "钦州市钦南区", "7.8"),
        ("钦州港锂电新材料产业基地", "广西钦州新能源材料有限公司", "钦州港经济技术开发区", "60.0"),
        ("中马钦州产业园区东盟商品集散中心", "中马钦州产业园区开发有限公司", "钦州市钦南区（中马钦州产业园区）", "5.5"),
        ("钦州港冷链物流园（一期）", "广西北港冷链物流有限公司", "钦州港经济技术开发区", "4.1"),
        ("北部湾国际门户港航运服务中心", "北部湾国际港务集团航运服务有限公司", "钦州市钦南区", "2.6"),
        ("钦州港东站铁路专用线", "钦州港东站物流有限公司", "钦州港经济技术开发区", "3.9"),
        ("东盟跨境电商监管中心（钦州）", "钦州综保区跨境电商产业发展有限公司", "钦州市钦南区（钦州综合保税区）", "1.8"),
        ("钦州港30万吨级油码头配套罐区", "广西北部湾石化仓储有限公司", "钦州港经济技术开发区", "20.5"),
    ]),
    ("崇左片区", [
        ("凭祥综合保税区（二期）", "凭祥综合保税区开发建设有限公司", "凭祥市", "16.0"),
        ("友谊关口岸智慧口岸改造", "凭祥市口岸建设投资有限公司", "凭祥市（友谊关口岸）", "6.2"),
        ("浦寨—新清跨境货运专用通道提升工程", "凭祥边境贸易发展有限公司", "凭祥市（浦寨）", "4.5"),
        ("中国—东盟（凭祥）水果交易中心", "凭祥东盟果业有限公司", "凭祥市", "3.3"),
        ("中越跨境红木家具产业园", "凭祥红木产业投资有限公司", "凭祥市", "5.0"),
        ("凭祥铁路口岸扩能改造工程", "中国铁路南宁局集团有限公司", "凭祥市（凭祥铁路口岸）", "8.8"),
        ("弄尧中越跨境电商产业园", "凭祥弄尧电子商务有限公司", "凭祥市（弄尧）", "2.4"),
        ("水口口岸跨境物流中心", "龙州县边贸物流有限公司", "龙州县（水口口岸）", "2.9"),
        ("中国—东盟边境贸易凭祥国际商贸物流园", "凭祥国际商贸物流有限公司", "凭祥市", "7.1"),
    ]),
]
GX_CHAOSONG = "商务部自由贸易区港建设协调司，自治区人民政府办公厅，自治区发展改革委、财政厅、自然资源厅，南宁海关。"
GX_PRINTER = "广西壮族自治区商务厅办公室"
GX_PRINTDATE = "2024年10月28日"


def gx_filled():
    out, k = [], 0
    for area, rows in GX_ROWS:
        for name, unit, site, inv in rows:
            k += 1
            out.append((str(k), area, name, unit, site, inv))
    return out


def build_guangxi():
    doc = new_doc(odd_even=True)
    banhead(doc, "广西壮族自治区商务厅文件", 42, width_scale=80)
    docnum_rule(doc, GX_NUM)
    title(doc, ["广西壮族自治区商务厅关于公布2024年", "中国（广西）自由贸易试验区服务共建", "“一带一路”重点项目名单的通知"], soft=True)
    P(doc, GX_MAIN_TO, indent=0)
    for t in GX_NOTICE:
        P(doc, t)
    attach_note(doc, [GX_LIST_T])
    signoff(doc, "广西壮族自治区商务厅", "2024年10月25日", right_chars=3, blank=3)
    page_break(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0, line=Pt(18))
    p = P(doc, "", XBZ, ER, C, 0, line=Pt(34))
    fnt(p.add_run("2024年中国（广西）自由贸易试验区"), XBZ, ER).add_break()
    fnt(p.add_run("服务共建“一带一路”重点项目名单"), XBZ, ER)
    P(doc, indent=0, line=Pt(40))
    rows = gx_filled()
    tbl = doc.add_table(rows=1 + len(rows), cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [9, 13, 54, 44, 27, 12])
    header_row(tbl, GX_HEADER, HT, WU, Pt(16), snap=False)
    repeat_header(tbl.rows[0])
    ri = 1
    for area, rws in GX_ROWS:
        r0 = ri
        for name, unit, site, inv in rws:
            n = rows[ri - 1][0]
            for ci, val, al in ((0, n, C), (2, name, L), (3, unit, L), (4, site, C), (5, inv, C)):
                c = tbl.cell(ri, ci)
                cell_paras(c, val, FS, WU, al, Pt(16), snap=False)
                c.vertical_alignment = VC
            cant_split(tbl.rows[ri])
            ri += 1
        m = vmerge(tbl, 1, r0, ri - 1)
        cell_paras(m, area, FS, WU, C, Pt(16), snap=False)
        m.vertical_alignment = VC
    page_break(doc)
    banji(doc, GX_CHAOSONG, GX_PRINTER, GX_PRINTDATE, blank=17)
    out = os.path.join(HERE, "blind227_guangxi_mingdan.docx")
    doc.save(out)
    return out


# ================================================================ (d) 霍尔果斯片区管委会 重点任务清单 (portrait, header NOT repeated)
KH_NUM = "霍自贸管发〔2024〕7号"
KH_LIST_T = "霍尔果斯片区2024年口岸通关便利化和中欧班列提质增效重点任务清单"
KH_ISSUER = "中国（新疆）自由贸易试验区霍尔果斯片区管理委员会"
KH_TITLE = KH_ISSUER + "关于印发《" + KH_LIST_T + "》的通知"
KH_MAIN_TO = "片区管委会各部门，霍尔果斯市有关部门，驻片区各有关单位："
KH_NOTICE = [
    "现将《" + KH_LIST_T + "》印发给你们，请各责任单位对照清单抓好落实，确保各项任务按期完成。",
    "片区管委会经济发展局负责清单任务的统筹调度，实行“月调度、季通报”。各责任单位于每月25日前将任务进展情况报送经济发展局；任务完成时限需调整的，须书面报片区管委会主要负责同志同意。",
]
KH_HEADER = ["序号", "任务类别", "具体任务", "责任单位", "完成时限"]
KH_ROWS = [
    ("提升口岸通关效率", [
        ("推进霍尔果斯公路口岸“智慧口岸”建设，建成货运车辆智能卡口和自助通关系统，进出境货车平均通关时间压缩至30分钟以内。", "霍尔果斯海关，霍尔果斯出入境边防检查站，片区经济发展局", "2024年9月"),
        ("在霍尔果斯铁路口岸推广中欧班列“铁路快通”模式，实现班列“一次申报、一次查验、一次放行”。", "霍尔果斯海关，霍尔果斯站", "2024年6月"),
        ("延长霍尔果斯公路口岸货运通道开放时间，在进出口旺季实行“7×24小时”预约通关。", "霍尔果斯市口岸管理办公室，霍尔果斯海关", "2024年7月"),
        ("推动中哈双方口岸查验结果互认，在霍尔果斯—努尔饶尔口岸开展“联合监管”试点。", "片区经济发展局，霍尔果斯海关", "2024年12月"),
    ]),
    ("做强中欧班列枢纽", [
        ("常态化开行“霍尔果斯—阿拉木图”“霍尔果斯—塔什干”中亚班列，2024年经霍尔果斯铁路口岸进出境中欧（中亚）班列不少于7500列。", "片区经济发展局，霍尔果斯站", "2024年12月"),
        ("建设霍尔果斯国际物流港换装作业区，新增宽轨换装线2条，换装能力提升至每日20列。", "片区规划建设局，霍尔果斯站", "2024年11月"),
        ("依托霍尔果斯综合保税区开展中欧班列进口货物“保税+分拨”业务，培育中亚商品区域分拨中心。", "霍尔果斯综合保税区管理办公室，霍尔果斯海关", "2024年12月"),
        ("推动伊宁市、霍城县清水河配套园区开行至霍尔果斯铁路口岸的集装箱短驳班列，实现“集装箱直通”。", "片区经济发展局，伊宁市、霍城县人民政府", "2024年10月"),
        ("对经霍尔果斯铁路口岸出境、在片区内集结的回程中亚班列，按有关规定给予集结运营补贴。", "片区财政局，片区经济发展局", "2024年12月"),
    ]),
    ("深化中哈霍尔果斯国际边境合作中心建设", [
        ("完善中哈霍尔果斯国际边境合作中心中方区域免税购物政策配套，2024年旅客入区人次突破600万。", "合作中心管理局，霍尔果斯海关", "2024年12月"),
        ("在合作中心中方配套区建设跨境电商监管中心，开展“9610”“9710”出口业务。", "合作中心管理局，片区经济发展局", "2024年8月"),
        ("推动合作中心开展跨境人民币结算和哈萨克斯坦坚戈现钞兑换业务。", "人民银行霍尔果斯市支行，合作中心管理局", "2024年12月"),
    ]),
    ("优化营商环境", [
        ("在片区政务服务中心设立“中亚企业服务专窗”，提供俄语、哈萨克语咨询和代办服务。", "片区政务服务中心", "2024年5月"),
        ("编制《霍尔果斯片区外商投资指引（2024年版）》，以中文、俄文、哈萨克文三种文本对外发布。", "片区招商局", "2024年6月"),
        ("建立重点任务月调度机制，每月通报任务进展，对滞后任务实行督办。", "片区经济发展局，片区督查室", "每月"),
    ]),
]
KH_CHAOSONG = "自治区商务厅（自治区自贸办），伊犁哈萨克自治州人民政府办公室，霍尔果斯市人民政府，霍尔果斯海关。"
KH_PRINTER = "霍尔果斯片区管理委员会办公室"
KH_PRINTDATE = "2024年3月21日"


def kh_filled():
    out, k = [], 0
    for cat, rows in KH_ROWS:
        for task, dept, dl in rows:
            k += 1
            out.append((str(k), cat, task, dept, dl))
    return out


def build_khorgos():
    doc = new_doc(odd_even=False, centered=True)
    # two-line 版头: long organ name condensed, 文件 on the second line
    banhead(doc, "中国（新疆）自由贸易试验区", 36, width_scale=85, line=Pt(44))
    banhead(doc, "霍尔果斯片区管理委员会文件", 36, width_scale=85, line=Pt(44))
    docnum_rule(doc, KH_NUM, blank_before=1)
    title(doc, ["中国（新疆）自由贸易试验区霍尔果斯片区", "管理委员会关于印发《霍尔果斯片区2024年", "口岸通关便利化和中欧班列提质增效", "重点任务清单》的通知"], soft=True)
    P(doc, KH_MAIN_TO, indent=0)
    for t in KH_NOTICE:
        P(doc, t)
    attach_note(doc, [KH_LIST_T])
    signoff(doc, "霍尔果斯片区管理委员会", "2024年3月20日", right_chars=3, blank=2, public="（此件主动公开）")
    page_break(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0, line=Pt(16))
    p = P(doc, "", XBZ, 20, C, 0, line=Pt(32))
    fnt(p.add_run("霍尔果斯片区2024年口岸通关便利化和"), XBZ, 20).add_break()
    fnt(p.add_run("中欧班列提质增效重点任务清单"), XBZ, 20)
    P(doc, indent=0, line=Pt(14))
    rows = kh_filled()
    tbl = doc.add_table(rows=1 + len(rows), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [11, 20, 70, 37, 18])
    header_row(tbl, KH_HEADER, HT, XS, Pt(22))          # NOT marked to repeat; rows may split
    ri = 1
    for cat, rws in KH_ROWS:
        r0 = ri
        for task, dept, dl in rws:
            for ci, val, al in ((0, rows[ri - 1][0], C), (2, task, J), (3, dept, C), (4, dl, C)):
                c = tbl.cell(ri, ci)
                cell_paras(c, val, FS, XS, al, Pt(22))
                c.vertical_alignment = VC
            ri += 1
        m = vmerge(tbl, 1, r0, ri - 1)
        cell_paras(m, cat, HT, XS, C, Pt(22))
        m.vertical_alignment = VC
    P(doc, indent=0)
    P(doc, indent=0)
    banji(doc, KH_CHAOSONG, KH_PRINTER, KH_PRINTDATE, blank=0)
    out = os.path.join(HERE, "blind227_khorgos_renwu.docx")
    doc.save(out)
    return out


# ================================================================ PDF
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_227", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 湖南
    hn_rows = [row_clause(HN_HEADER, r) for r in hn_filled()]
    out["blind227_hunan_fengong"] = [{
        "meta": {
            "title": HN_TITLE, "doc_number": HN_NUM, "issuer": ["湖南省商务厅"],
            "date": "2024-04-18", "published": "2024-04-22", "level": "provincial", "region": "湖南省",
            "effective": None, "expires": None, "attachments": [HN_TABLE_T], "doc_type": "通知（印发任务分工表）",
            "recipients": ["长沙市、岳阳市、郴州市人民政府", "中国（湖南）自由贸易试验区长沙片区、岳阳片区、郴州片区管理委员会", "省自贸试验区工作领导小组各成员单位"],
            "publicity": "此件公开发布",
        },
        "clauses": [HN_INTRO] + [h + t for h, t in HN_ITEMS] + hn_rows,
        "applies_to": {
            "default": "中国（湖南）自由贸易试验区（湖南省：长沙、岳阳、郴州片区）",
            "specific": {
                "序号1": "长沙片区（长沙市）", "序号2": "长沙片区金霞保税物流中心（开福区）",
                "序号3": "岳阳片区（城陵矶港，岳阳市）", "序号4": "岳阳城陵矶综合保税区（岳阳片区）",
                "序号5": "郴州片区（湘南国际物流园）; 广州港/钦州港 are destinations",
                "序号6": "长沙片区高桥大市场（雨花区）", "序号7": "郴州片区", "序号8": "长沙片区",
                "序号9": "岳阳片区", "序号10": "长沙片区长沙经开区区块", "序号11": "郴州片区（郴州综合保税区）",
                "序号12": "岳阳片区临港新区", "序号13": "长沙黄花综合保税区（长沙县）",
                "序号14": "长沙黄花机场口岸（长沙片区）", "序号15": "城陵矶港口岸（岳阳）、郴州铁路口岸（郴州）",
                "序号17": "长沙片区",
            },
            "note": "上海洋山港, 广州港, 钦州港, 东盟/非洲/中亚 are partners or destinations, not places of application.",
        },
        "_note": (
            "Furniture: red 版头 湖南省商务厅文件; 文号 湘商发〔2024〕31号 + red rule; title typed as THREE centred paragraphs (…印发《中国（湖南）自由贸易 / 试验区深度融入… / 重点任务分工表》的通知 — the first break splits 自由贸易|试验区); 主送 (3 parts); intro + 一、二、三、 run-in 黑体 items (number+heading+text = one clause); 附件说明; 落款 湖南省商务厅 / 2024年4月18日; （此件公开发布）. "
            "附件 in a LANDSCAPE section: label 附件, table title on two lines (soft break), then a 6-column table 类别/序号/重点任务/牵头单位/配合单位/完成时限. 类别 is merged VERTICALLY over 5/4/4/5 rows; 牵头单位 is merged vertically over 2 or 3 rows in several places (e.g. 省发展改革委 rows 1–2, 省商务厅 rows 16–18). "
            "Each task row is one clause written 类别：…；序号：N；重点任务：…；牵头单位：…；配合单位：…；完成时限：… with the merged 类别 and 牵头单位 filled in on EVERY row they span (an analyst reading row 2 knows its lead is 省发展改革委). "
            "Header row marked to repeat (w:tblHeader); rows cantSplit. 版记 (抄送 / 湖南省商务厅办公室 2024年4月22日印发) alone on a portrait last page. No effective/expires (分工表). 完成时限 values are deadlines."
        ),
        "_pdf": {"note": "The table runs over several landscape pages with the header printed again on each; the merged 类别 cells of two categories are CUT by page breaks, so the category name prints only once (in the part of the merged cell on one page, or split) and the rows on the other page show an empty 类别 cell — the analyst still reads the category for them. Same for 牵头单位 merges cut by a page. Same expected meta and clauses."},
    }]
    # ---- (b) 芜湖
    wh_rows = [row_clause(WH_HEADER, (n, name, paras, dept)) for n, name, paras, dept in WH_ROWS]
    out["blind227_wuhu_qingdan"] = [{
        "meta": {
            "title": WH_TITLE, "doc_number": WH_NUM, "issuer": ["芜湖市人民政府办公室"],
            "date": "2024-06-14", "published": "2024-06-17", "level": "municipal", "region": "安徽省芜湖市",
            "effective": "2024-07-01", "expires": "2026-06-30", "attachments": [WH_LIST_T], "doc_type": "通知（印发政策清单）",
            "recipients": ["各县、市、区人民政府", "市政府各部门、各直属单位", "有关单位"], "publicity": "此件公开发布",
        },
        "clauses": WH_NOTICE + wh_rows,
        "applies_to": {
            "default": "安徽省芜湖市（中国（安徽）自由贸易试验区芜湖片区）",
            "specific": {
                "序号1": "芜湖片区", "序号2": "芜湖综合保税区", "序号3": "芜湖港朱家桥外贸码头（鸠江区）",
                "序号4": "芜湖国际陆港（鸠江区） — NOT 阿拉山口/霍尔果斯 (exit ports in 新疆)",
                "序号5": "芜湖片区 (part 2); part 1 whole city", "序号6": "芜湖综合保税区；湾沚区芜湖航空产业园",
                "序号9": "芜湖片区", "序号10": "芜湖港", "序号11": "无为市、南陵县、繁昌区",
            },
            "note": "上海洋山港/宁波舟山港 are destinations; 共建“一带一路”国家 does not move a row abroad.",
        },
        "_note": (
            "Furniture: red 版头 芜湖市人民政府办公室文件; 文号 芜政办〔2024〕14号; title ONE paragraph with two soft breaks; 主送; 3 notice paragraphs (clauses; the 2nd carries 自2024年7月1日起施行，有效期至2026年6月30日 → effective/expires); 附件说明; 落款 + （此件公开发布）. "
            "附件 after a page break (portrait): label, title (two lines by soft break), 4-column table 序号/政策事项/政策内容/责任单位; 政策内容 cells hold 1–3 PARAGRAPHS each (numbered 1．2．3． inside the cell, or unnumbered). Each row is one clause 序号：N；政策事项：…；政策内容：<paragraphs joined with nothing>；责任单位：… (paragraphs joined with a newline or kept as sub-items are equally good). "
            "Header row NOT marked to repeat; rows MAY split across pages. 版记 alone on the last page. Footer “— N —” right on every page."
        ),
        "_pdf": {"note": "The table runs over several portrait pages WITHOUT a repeated header; at least one row is cut by a page break inside its 政策内容 cell (the first paragraphs at the foot of one page, the rest at the top of the next, where the 序号/政策事项/责任单位 cells of that row are empty or hold the vertically centred text) — the two halves must be one clause. Same expected meta and clauses."},
    }]
    # ---- (c) 广西
    gx_rows = [row_clause(GX_HEADER, r) for r in gx_filled()]
    spec = {}
    for n, area, name, unit, site, inv in gx_filled():
        spec["序号" + n] = area + "（" + site + "）"
    out["blind227_guangxi_mingdan"] = [{
        "meta": {
            "title": GX_TITLE, "doc_number": GX_NUM, "issuer": ["广西壮族自治区商务厅"],
            "date": "2024-10-25", "published": "2024-10-28", "level": "provincial", "region": "广西壮族自治区",
            "effective": None, "expires": None, "attachments": [GX_LIST_T], "doc_type": "通知（公布名单）",
            "recipients": ["南宁市、钦州市、崇左市人民政府", "中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区管理委员会", "自治区有关单位"],
            "publicity": "此件公开发布",
        },
        "clauses": GX_NOTICE + gx_rows,
        "applies_to": {
            "default": "中国（广西）自由贸易试验区（广西壮族自治区）",
            "specific": spec,
            "note": "Every row applies in its 所在片区 (merged cell) and its 建设地点. 序号31 水口口岸 is in 龙州县 though listed under 崇左片区.",
        },
        "_note": (
            "Furniture: red 版头 广西壮族自治区商务厅文件 (condensed); 文号 桂商自贸发〔2024〕15号; title one paragraph with two soft breaks (the second before the opening quote “一带一路”); 主送 (3 parts); 2 notice paragraphs; 附件说明; 落款; （此件公开发布）. "
            "附件 after a page break: label, two-line title, a 6-column table 序号/所在片区/项目名称/项目单位/建设地点/总投资（亿元） with 32 rows; 所在片区 merged VERTICALLY over 12/11/9 rows (南宁片区/钦州港片区/崇左片区). "
            "Each row one clause 序号：N；所在片区：…；项目名称：…；项目单位：…；建设地点：…；总投资（亿元）：… with the 片区 filled in on every row. Header row repeats (w:tblHeader); rows cantSplit. 版记 on its own last page."
        ),
        "_pdf": {"note": "The 名单 prints over three portrait pages with the header repeated; the merged 所在片区 cells are cut by page breaks (the name 南宁片区/钦州港片区 appears once, vertically centred in one part of the merged cell, the other part blank). Same expected meta and clauses."},
    }]
    # ---- (d) 霍尔果斯
    kh_rows = [row_clause(KH_HEADER, r) for r in kh_filled()]
    out["blind227_khorgos_renwu"] = [{
        "meta": {
            "title": KH_TITLE, "doc_number": KH_NUM, "issuer": [KH_ISSUER],
            "date": "2024-03-20", "published": "2024-03-21", "level": "zone", "region": "新疆维吾尔自治区伊犁哈萨克自治州霍尔果斯市",
            "effective": None, "expires": None, "attachments": [KH_LIST_T], "doc_type": "通知（印发任务清单）",
            "recipients": ["片区管委会各部门", "霍尔果斯市有关部门", "驻片区各有关单位"], "publicity": "此件主动公开",
        },
        "clauses": KH_NOTICE + kh_rows,
        "applies_to": {
            "default": "中国（新疆）自由贸易试验区霍尔果斯片区（霍尔果斯市）",
            "specific": {
                "序号1": "霍尔果斯公路口岸", "序号2": "霍尔果斯铁路口岸", "序号3": "霍尔果斯公路口岸",
                "序号4": "霍尔果斯口岸 (努尔饶尔 is the Kazakh side — not a place of application)",
                "序号5": "霍尔果斯铁路口岸 (阿拉木图/塔什干 destinations)", "序号6": "霍尔果斯国际物流港",
                "序号7": "霍尔果斯综合保税区", "序号8": "伊宁市、霍城县清水河配套园区",
                "序号9": "中哈霍尔果斯国际边境合作中心", "序号10": "合作中心中方配套区", "序号11": "中哈霍尔果斯国际边境合作中心",
            },
            "note": "哈萨克斯坦 / 中亚 do not move a row abroad.",
        },
        "_note": (
            "Furniture: TWO-line red 版头 (中国（新疆）自由贸易试验区 / 霍尔果斯片区管理委员会文件); 文号 霍自贸管发〔2024〕7号; title one paragraph with THREE soft breaks (the first inside the issuer name: …霍尔果斯片区 / 管理委员会关于印发…); 主送; 2 notice paragraphs; 附件说明; 落款 uses the SHORT name 霍尔果斯片区管理委员会 (issuer is the full name); （此件主动公开）. "
            "附件 after a page break (portrait, same section): a 5-column table 序号/任务类别/具体任务/责任单位/完成时限, 任务类别 merged VERTICALLY over 4/5/3/3 rows; header NOT repeated; rows may split; the 版记 follows the table on the same last page after two blank lines. "
            "Each row one clause 序号：N；任务类别：…；具体任务：…；责任单位：…；完成时限：… with the category filled in. level = zone (片区管委会)."
        ),
        "_pdf": {"note": "The table crosses a page break inside the 做强中欧班列枢纽 (or neighbouring) merged category, without a repeated header on the second page. Same expected meta and clauses."},
    }]
    return out


def main():
    files = [build_hunan(), build_wuhu(), build_guangxi(), build_khorgos()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
