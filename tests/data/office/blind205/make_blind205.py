# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 205: the most ordinary documents of 西南 offices (四川, 贵州, 云南, 西藏).

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind205_sichuan_fengong.docx / .pdf   四川省商务厅 通知 (川商自贸〔2024〕9号) on the 自贸试验区
      协同改革先行区, run-in 一、 items, 附件 任务分工表 in a LANDSCAPE section with vertically merged
      牵头单位 cells (and one merged 完成时限 block), header row repeated; 版记 on a portrait last page.
  blind205_qiannan_yijian.docx / .pdf    黔南布依族苗族自治州人民政府 实施意见 (黔南府发〔2024〕7号),
      four levels 一、（一）1.（1）; 施行 + 有效期至.
  blind205_honghe_banfa.docx / .pdf      中国（云南）自由贸易试验区红河片区管理委员会 印发通知
      (红自贸管发〔2023〕31号) + 暂行办法 (第一章…第六章 附则, 第一条…第二十一条) after a section break;
      two-line red 版头.
  blind205_jilong_mingdan.docx / .pdf    吉隆县人民政府办公室 通知 (吉隆政办发〔2025〕6号), 一、 headings on
      their own lines with body paragraphs under them, 附件 名单 (short table with a 合计 row).
  expected.json

Run:  . /work/venv/bin/activate && python make_blind205.py
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
XBZ_GBK = "方正小标宋_GBK"
FS = "仿宋_GB2312"
FS_PLAIN = "仿宋"
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


def runin(doc, head, body, head_font=HT, bold=False, body_font=FS):
    p = P(doc)
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


def page_field(p, size=SI, dash="— ", dash2=" —", east=ST):
    fnt(p.add_run(dash), east, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = fnt(p.add_run(), east, size)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            r._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            r._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    fnt(p.add_run(dash2), east, size)


def grid(section, kind="lines"):
    sp = section._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), kind)
    g.set(qn("w:linePitch"), "579")


def new_doc(odd_even=True, centered=False, dash=("— ", " —"), body_font=FS):
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
    fp = s.footer.paragraphs[0]
    if centered:
        fp.alignment = C
        page_field(fp, dash=dash[0], dash2=dash[1])
    else:
        doc.settings.odd_and_even_pages_header_footer = odd_even
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp, dash=dash[0], dash2=dash[1])
        if odd_even:
            ep = s.even_page_footer.paragraphs[0]
            ep.alignment = L
            ep.paragraph_format.left_indent = Pt(SI)
            page_field(ep, dash=dash[0], dash2=dash[1])
    return doc


def banhead(doc, text, size=48, width_scale=None, east=XBZ):
    p = P(doc, "", east, size, C, 0, line=Pt(size * 1.2))
    r = fnt(p.add_run(text), east, size, color=RED)
    if width_scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), width_scale)))
    return p


def docnum_rule(doc, num, blank_before=2, east=FS):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, num, east, SAN, C, 0)
    pborder(p, "bottom", 18, "FF0000", 10)
    P(doc, indent=0)


def title(doc, lines, soft=True, east=XBZ):
    if soft:
        p = P(doc, "", east, ER, C, 0, line=Pt(35))
        for i, t in enumerate(lines):
            r = fnt(p.add_run(t), east, ER)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for t in lines:
            P(doc, t, east, ER, C, 0, line=Pt(35))
    P(doc, indent=0)


def attach_note(doc, items, east=FS):
    P(doc, indent=0)
    for i, t in enumerate(items):
        if len(items) == 1:
            txt = "附件：" + t
        else:
            txt = ("附件：" if i == 0 else "") + "%d．%s" % (i + 1, t)
        p = P(doc, txt, east, indent=0)
        pf = p.paragraph_format
        if i == 0:
            pf.left_indent = Pt(SAN * (5 if len(items) == 1 else 7))
            pf.first_line_indent = Pt(-SAN * (3 if len(items) == 1 else 5))
        else:
            pf.left_indent = Pt(SAN * 7)
            pf.first_line_indent = Pt(-SAN * 2)


def signoff(doc, organ, date, right_chars=4, blank=3, public="（此件公开发布）", east=FS):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, organ, east, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p.paragraph_format.keep_with_next = True
    p = P(doc, date, east, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right_chars + 1))
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
    """text may be a list: one paragraph per item (a cell typed with Enter between organs)."""
    parts = text if isinstance(text, list) else [text]
    for i, t in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = align
        p.paragraph_format.first_line_indent = None
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = line if line else 1.0
        fnt(p.add_run(t), east, size, bold, color)
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


def row_clause(header, row):
    out = []
    for h, v in zip(header, row):
        if isinstance(v, list):
            v = "、".join(v)
        if str(v).strip():
            out.append("%s：%s" % (h, v))
    return "；".join(out)


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    sec.footer_distance = Mm(15)
    sec._sectPr.find(qn("w:docGrid")).set(qn("w:type"), "default")
    return sec


def portrait_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)
    sec._sectPr.find(qn("w:docGrid")).set(qn("w:type"), "lines")
    return sec


# ================================================================ (a) 四川省商务厅 通知 + 任务分工表
SC_NUM = "川商自贸〔2024〕9号"
SC_TITLE = "四川省商务厅关于做好2024年中国（四川）自由贸易试验区协同改革先行区建设工作的通知"
SC_TITLE_LINES = ["四川省商务厅关于做好2024年中国（四川）", "自由贸易试验区协同改革先行区", "建设工作的通知"]
SC_MAIN_TO = "各市（州）商务主管部门，中国（四川）自由贸易试验区各片区管委会，各协同改革先行区管理机构："
SC_INTRO = "为深入贯彻落实《中国（四川）自由贸易试验区总体方案》和省委、省政府关于深入推进自由贸易试验区建设的部署要求，加快推动自贸试验区协同改革先行区（以下简称协同改革先行区）与自贸试验区联动发展，更好服务共建“一带一路”和西部陆海新通道建设，现就做好2024年有关工作通知如下。"
SC_ITEMS = [
    ("一、聚焦制度创新抓复制推广。", "各协同改革先行区要对照自贸试验区改革试点经验复制推广清单，于2024年6月30日前完成第七批改革试点经验复制推广评估。成都天府新区片区、成都青白江铁路港片区、川南临港片区要分别与眉山、德阳、宜宾协同改革先行区建立“一对一”结对机制，每季度至少开展1次业务交流。"),
    ("二、聚焦开放通道抓联动发展。", "支持协同改革先行区依托成都国际铁路港、泸州港、宜宾港开展“港区联动”“园区联动”，推动中欧班列（成渝）和西部陆海新通道班列在协同改革先行区设立集结点。2024年内在自贡、内江、达州等地新增班列集结点不少于3个，集结货运量同比增长10%以上。"),
    ("三、聚焦产业协作抓项目落地。", "各市（州）要围绕电子信息、装备制造、食品饮料、先进材料等优势产业，梳理一批与自贸试验区上下游配套的重点项目，于2024年5月31日前报送省商务厅（外国投资管理处）。省商务厅按季度调度项目进展，对年度评估排名前五位的协同改革先行区，在省级外经贸发展专项资金安排上予以倾斜。"),
    ("四、聚焦营商环境抓服务提升。", "推广“一窗通办”“证照分离”等政务服务改革举措，推动协同改革先行区与所在市（州）综合保税区共享通关、物流、金融服务资源。绵阳、南充、宜宾、泸州综合保税区要在2024年内各形成至少1项与协同改革先行区联动的创新案例。"),
    ("五、加强组织实施。", "各市（州）商务主管部门要会同协同改革先行区管理机构，按照附件所列任务分工抓好落实，于每季度结束后10日内将工作进展情况报送省商务厅（自贸区处）。"),
]
SC_CONTACT = "联系人：省商务厅自贸区处　刘　洋，电话：028-83225617，电子邮箱：scftz@sccom.gov.cn。"
SC_ATT = "2024年中国（四川）自由贸易试验区协同改革先行区建设重点任务分工表"
SC_HEADER = ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"]
A_ = "省商务厅（自贸区处）"
B_ = "省商务厅（对外贸易处）"
D_ = "省商务厅（外国投资管理处）"
SC_ROWS = [
    ["1", "完成第七批自贸试验区改革试点经验复制推广评估", A_, "各市（州）商务主管部门，各协同改革先行区管理机构", "2024年6月30日前"],
    ["2", "成都天府新区片区与眉山协同改革先行区建立“一对一”结对机制", A_, "四川天府新区成都管委会，眉山市商务局", "2024年5月31日前"],
    ["3", "成都青白江铁路港片区与德阳协同改革先行区共建中欧班列（成渝）德阳集结点", A_, ["成都市青白江区人民政府", "德阳市商务局"], "2024年9月30日前"],
    ["4", "川南临港片区与宜宾协同改革先行区推进泸州港、宜宾港“两港联动”", A_, "泸州市商务局，宜宾市商务局", "2024年12月31日前"],
    ["5", "在自贡、内江、达州协同改革先行区新增西部陆海新通道班列集结点不少于3个", B_, "自贡市、内江市、达州市商务主管部门", "2024年12月31日前"],
    ["6", "绵阳综合保税区形成1项与协同改革先行区联动的创新案例", B_, "绵阳市商务局，绵阳海关", "2024年12月31日前"],
    ["7", "南充、宜宾、泸州综合保税区各形成1项与协同改革先行区联动的创新案例", B_, "南充市、宜宾市、泸州市商务局", "2024年12月31日前"],
    ["8", "梳理报送与自贸试验区上下游配套的重点项目清单", D_, "各市（州）商务主管部门", "2024年5月31日前"],
    ["9", "推动乐山、雅安协同改革先行区新落地外商投资项目不少于5个", D_, "乐山市商务局，雅安市商务局", "2024年12月31日前"],
    ["10", "按季度报送协同改革先行区建设工作进展情况", A_, "各市（州）商务主管部门", "每季度结束后10日内"],
]
# vertical merges (0-based data-row index ranges, inclusive) per column
SC_VMERGE = {2: [(0, 3), (4, 6), (7, 8)], 4: [(4, 6)]}
SC_CHAOSONG = "商务部自贸区港司，省政府办公厅，省发展改革委，省财政厅，成都海关，四川天府新区党工委管委会。"
SC_PRINTER = "四川省商务厅办公室"
SC_PRINTDATE = "2024年4月19日"


def build_sichuan():
    doc = new_doc(odd_even=True)
    banhead(doc, "四川省商务厅文件", 52, width_scale=90)
    docnum_rule(doc, SC_NUM)
    title(doc, SC_TITLE_LINES, soft=True)
    P(doc, SC_MAIN_TO, indent=0)
    P(doc, SC_INTRO)
    for h, t in SC_ITEMS:
        runin(doc, h, t, HT)
    P(doc, SC_CONTACT)
    attach_note(doc, [SC_ATT])
    signoff(doc, "四川省商务厅", "2024年4月18日", right_chars=4, blank=3, public="（此件主动公开）")
    # 附件 in a landscape section
    landscape_section(doc)
    P(doc, "附件", HT, SAN, L, 0)
    p = P(doc, "", XBZ, ER, C, 0, line=Pt(35))
    fnt(p.add_run("2024年中国（四川）自由贸易试验区协同改革先行区"), XBZ, ER).add_break()
    fnt(p.add_run("建设重点任务分工表"), XBZ, ER)
    P(doc, indent=0, line=Pt(16))
    tbl = doc.add_table(rows=1 + len(SC_ROWS), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [14, 86, 42, 55, 28])
    for i, h in enumerate(SC_HEADER):
        cell_text(tbl.cell(0, i), h, HT, SI, C, line=Pt(22))
    repeat_header(tbl.rows[0])
    merged = {}
    for col, spans in SC_VMERGE.items():
        for a, b in spans:
            m = tbl.cell(1 + a, col).merge(tbl.cell(1 + b, col))
            for r in range(a, b + 1):
                merged[(r, col)] = (a, m)
    for ri, row in enumerate(SC_ROWS):
        for ci, v in enumerate(row):
            if (ri, ci) in merged:
                a, m = merged[(ri, ci)]
                if ri == a:
                    cell_text(m, v, FS, SI, C, line=Pt(22))
                    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                continue
            cell = tbl.cell(1 + ri, ci)
            cell_text(cell, v, FS, SI, C if ci in (0, 2, 4) else L, line=Pt(22))
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cant_split(tbl.rows[1 + ri])
    # 版记 on a portrait last page
    portrait_section(doc)
    banji(doc, SC_CHAOSONG, SC_PRINTER, SC_PRINTDATE, blank=18)
    out = os.path.join(HERE, "blind205_sichuan_fengong.docx")
    doc.save(out)
    return out


# ================================================================ (b) 黔南州人民政府 实施意见
QN_NUM = "黔南府发〔2024〕7号"
QN_TITLE = "黔南布依族苗族自治州人民政府关于深度融入西部陆海新通道建设推动开放型经济高质量发展的实施意见"
QN_TITLE_LINES = ["黔南布依族苗族自治州人民政府", "关于深度融入西部陆海新通道建设推动", "开放型经济高质量发展的实施意见"]
QN_MAIN_TO = "各县（市）人民政府，都匀经济开发区管委会，州人民政府各工作部门、各直属机构："
QN_INTRO = "为深入贯彻落实《西部陆海新通道总体规划》和省委、省政府关于高质量建设西部陆海新通道贵州段的部署要求，充分发挥我州作为贵州南下出海通道“桥头堡”的区位优势，更好服务和融入共建“一带一路”，推动开放型经济高质量发展，结合我州实际，提出如下实施意见。"
# structure: (level-1 heading, [blocks]); a block is ("para", text) | ("h2", heading, [("n", head, text, [subitems])]) | ("h2run", head, text)
QN_BODY = [
    ("一、总体目标", [
        ("para", "到2026年，全州外贸进出口总额突破120亿元，年均增长15%以上；西部陆海新通道黔南班列年开行量达到300列以上；新培育外贸实绩企业100家以上；实际使用外资年均增长10%以上。都匀经济开发区、独山经济开发区建成西部陆海新通道重要物流节点。"),
    ]),
    ("二、重点任务", [
        ("h2", "（一）畅通对外物流通道", [
            ("1.", "提升铁路货运能力。", "依托贵南高铁、黔桂铁路，推动都匀铁路物流基地、独山铁路物流园扩能改造，2025年底前独山铁路物流园具备集装箱班列始发能力。", []),
            ("2.", "常态化开行铁海联运班列。", "以都匀市、独山县、福泉市为主要集结点，常态化开行至广西北部湾港的铁海联运班列。具体支持措施如下：", [
                "（1）对州内企业通过黔南班列运输的进出口集装箱，按每标准箱500元给予运费补贴，单个企业每年最高不超过100万元；",
                "（2）对新开通并稳定运行6个月以上的定制班列，给予开行企业一次性奖励30万元；",
                "（3）福泉市、瓮安县磷化工企业出口货物优先安排班列舱位，提供“门到港”全程物流服务。",
            ]),
            ("3.", "发展多式联运。", "支持龙里县、惠水县依托贵阳—龙里、贵阳—惠水产业协作平台，建设公铁联运分拨中心，与贵阳国际陆港、贵阳改貌铁路口岸实现信息互联互通。", []),
        ]),
        ("h2", "（二）壮大外向型产业", [
            ("1.", "培育外贸经营主体。", "实施外贸主体培育行动，对年度进出口额首次突破1000万美元的企业，给予一次性奖励20万元；首次突破5000万美元的，给予一次性奖励50万元。", []),
            ("2.", "建设开放合作平台。", "支持都匀经济开发区申报设立保税物流中心（B型），推动独山经济开发区与中国（广西）自由贸易试验区钦州港片区共建“飞地园区”，2025年6月底前完成合作协议签订。", []),
            ("3.", "拓展东盟市场。", "组织企业参加中国—东盟博览会、中国—南亚博览会等重点展会，对参展企业按展位费的70%给予补助。支持特色农产品出口基地建设：", [
                "（1）荔波县建设出口茶叶基地不少于1万亩；",
                "（2）三都水族自治县建设出口水果基地不少于5000亩。",
            ]),
        ]),
        ("h2", "（三）优化开放营商环境", [
            ("1.", "提升通关便利化水平。", "推进“提前申报”“两步申报”改革，整体通关时间较2023年压缩10%以上。推动在都匀市设立海关监管作业场所，2025年底前投入运营。", []),
            ("2.", "强化金融服务支撑。", "鼓励州内金融机构开展出口信用保险保单融资、跨境人民币结算等业务，对小微外贸企业投保短期出口信用保险的保费给予50%补贴。", []),
        ]),
    ]),
    ("三、保障措施", [
        ("h2run", "（一）加强组织领导。", "成立州推进西部陆海新通道建设工作领导小组，领导小组办公室设在州商务局，负责统筹推进各项工作。"),
        ("h2run", "（二）强化资金保障。", "州级财政每年安排开放型经济发展专项资金3000万元，各县（市）按照不低于1∶1的比例配套。"),
        ("h2run", "（三）严格督查考核。", "将本实施意见落实情况纳入各县（市）年度目标绩效考核，州人民政府督查室每半年开展一次专项督查。"),
    ]),
]
QN_LAST = ["本实施意见自2024年6月1日起施行，有效期至2026年12月31日。", "州人民政府此前出台的有关政策与本实施意见不一致的，以本实施意见为准。"]
QN_CHAOSONG = "州委各部门，州人大常委会办公室，州政协办公室，州纪委州监委，黔南军分区，州中级法院，州检察院，都匀海关。"
QN_PRINTER = "黔南布依族苗族自治州人民政府办公室"
QN_PRINTDATE = "2024年5月22日"


def build_qiannan():
    doc = new_doc(centered=True, dash=("— ", " —"))
    banhead(doc, "黔南布依族苗族自治州人民政府文件", 40, width_scale=62)
    docnum_rule(doc, QN_NUM, blank_before=2)
    title(doc, QN_TITLE_LINES, soft=False)          # three paragraphs
    P(doc, QN_MAIN_TO, indent=0)
    P(doc, QN_INTRO)
    for h1, blocks in QN_BODY:
        P(doc, h1, HT, SAN)
        for b in blocks:
            if b[0] == "para":
                P(doc, b[1])
            elif b[0] == "h2run":
                runin(doc, b[1], b[2], KT)
            else:
                P(doc, b[1], KT, SAN)
                for num, head, text, subs in b[2]:
                    p = P(doc)
                    fnt(p.add_run(num + head), FS, SAN, bold=True)
                    fnt(p.add_run(text), FS, SAN)
                    for s in subs:
                        P(doc, s)
    # last paragraph: two sentences with a soft line break typed between them
    p = P(doc)
    r = fnt(p.add_run(QN_LAST[0]), FS, SAN)
    r.add_break()
    fnt(p.add_run(QN_LAST[1]), FS, SAN)
    signoff(doc, "黔南布依族苗族自治州人民政府", "2024年5月20日", right_chars=2, blank=3)
    page_break(doc)
    banji(doc, QN_CHAOSONG, QN_PRINTER, QN_PRINTDATE, blank=15)
    out = os.path.join(HERE, "blind205_qiannan_yijian.docx")
    doc.save(out)
    return out


def qn_clauses():
    cl = [QN_INTRO]
    for h1, blocks in QN_BODY:
        for b in blocks:
            if b[0] == "para":
                cl.append(b[1])
            elif b[0] == "h2run":
                cl.append(b[1] + b[2])
            else:
                for num, head, text, subs in b[2]:
                    cl.append(num + head + text)
                    cl.extend(subs)
    cl.append(QN_LAST[0] + QN_LAST[1])
    return cl


# ================================================================ (c) 红河片区管委会 印发 暂行办法
HH_NUM = "红自贸管发〔2023〕31号"
HH_BANFA = "中国（云南）自由贸易试验区红河片区边民互市商品落地加工管理暂行办法"
HH_TITLE = "中国（云南）自由贸易试验区红河片区管理委员会关于印发《" + HH_BANFA + "》的通知"
HH_TITLE_LINES = ["中国（云南）自由贸易试验区红河片区", "管理委员会关于印发《中国（云南）自由", "贸易试验区红河片区边民互市商品落地", "加工管理暂行办法》的通知"]
HH_MAIN_TO = "片区各部门、各派驻机构，各有关企业："
HH_NOTICE = "《" + HH_BANFA + "》已经片区管委会2023年第12次主任办公会议审议通过，现印发给你们，请认真遵照执行。"
HH_CHAPTERS = [
    ("第一章　总　　则", [
        ("第一条", "为规范中国（云南）自由贸易试验区红河片区（以下简称红河片区）边民互市商品落地加工管理，促进边境贸易创新发展，助力兴边富民，根据《边民互市贸易管理办法》和《中国（云南）自由贸易试验区总体方案》等有关规定，结合红河片区实际，制定本办法。", []),
        ("第二条", "本办法所称边民互市商品落地加工（以下简称落地加工），是指边民或者边民互助组通过河口口岸边民互市贸易区（点）购买的互市商品，经交易后由加工企业收购并在红河片区内进行深加工的经营活动。", []),
        ("第三条", "本办法适用于红河片区河口区块内从事落地加工的企业、边民互助组和有关管理部门。红河综合保税区（蒙自）内企业收购互市商品开展加工的，按照海关特殊监管区域有关规定执行。", []),
        ("第四条", "红河片区管委会负责落地加工的统筹协调和政策制定；片区经济发展局负责企业认定和日常管理；河口海关负责互市商品的监管和通关；河口瑶族自治县商务局、市场监督管理局等部门按照职责做好相关工作。", []),
    ]),
    ("第二章　加工企业认定", [
        ("第五条", "申请认定落地加工企业的，应当具备下列条件：", [
            "（一）在河口瑶族自治县依法注册登记，具有独立法人资格；",
            "（二）在河口边民互市商品落地加工产业园（以下简称加工产业园）内拥有自有或者租赁的生产厂房，面积不少于2000平方米；",
            "（三）年度收购互市商品金额不低于500万元；",
            "（四）近三年内无严重违法失信记录。",
        ]),
        ("第六条", "企业申请认定的，应当向片区经济发展局提交认定申请表、营业执照、厂房产权或者租赁证明、生产工艺说明等材料。片区经济发展局自受理之日起10个工作日内完成审核，并在红河片区门户网站公示5个工作日。", []),
        ("第七条", "认定资格有效期为2年。有效期届满需要继续从事落地加工的，企业应当在届满前30日内重新申请认定。", []),
    ]),
    ("第三章　交易与加工管理", [
        ("第八条", "边民互市交易应当在河口北山边民互市贸易区或者坝洒边民互市点内进行，通过边民互市贸易服务平台完成申报、交易和结算。", []),
        ("第九条", "落地加工企业收购的互市商品应当全部运至加工产业园进行加工，不得以原状转售。因特殊原因需要转运至红河综合保税区加工的，应当事先向片区经济发展局报备。", []),
        ("第十条", "落地加工企业应当建立互市商品收购、加工、销售台账，台账保存期限不少于3年。", []),
        ("第十一条", "互市商品经深加工后，其产品增值率应当不低于30%。", []),
    ]),
    ("第四章　扶持政策", [
        ("第十二条", "对新认定的落地加工企业，按照其在加工产业园内新购置生产设备投资额的10%给予一次性补助，单个企业最高不超过200万元。", []),
        ("第十三条", "对年度加工互市商品货值超过5000万元的落地加工企业，按照超过部分的1%给予奖励，单个企业每年最高不超过100万元。", []),
        ("第十四条", "对租赁加工产业园标准厂房的落地加工企业，自入驻之日起3年内按每月每平方米8元给予租金补贴。", []),
        ("第十五条", "对参与落地加工交易的边民互助组，按照年度交易额的0.5%给予工作经费补助，每个互助组每年最高不超过10万元。", []),
    ]),
    ("第五章　监督管理", [
        ("第十六条", "片区经济发展局会同河口海关、河口瑶族自治县商务局建立落地加工联合监管机制，每半年开展一次联合检查。", []),
        ("第十七条", "落地加工企业有下列情形之一的，取消认定资格，3年内不得重新申请；已享受扶持资金的，予以追回：", [
            "（一）以原状转售互市商品的；",
            "（二）虚构交易、骗取扶持资金的；",
            "（三）拒不接受监督检查的。",
        ]),
        ("第十八条", "有关部门工作人员在落地加工管理中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。", []),
    ]),
    ("第六章　附　　则", [
        ("第十九条", "金平苗族瑶族傣族自治县金水河口岸开展边民互市商品落地加工的，可以参照本办法执行。", []),
        ("第二十条", "本办法由红河片区管委会负责解释。", []),
        ("第二十一条", "本办法自2024年1月1日起施行，有效期2年。", []),
    ]),
]
HH_CHAOSONG = "云南省商务厅（省自贸办），红河州人民政府办公室，红河州商务局，昆明海关，河口瑶族自治县人民政府，蒙自市人民政府。"
HH_PRINTER = "中国（云南）自由贸易试验区红河片区管理委员会办公室"
HH_PRINTDATE = "2023年12月13日"


def build_honghe():
    doc = new_doc(odd_even=True)
    # two-line 版头: the organ name is too long for one line
    P(doc, indent=0, line=Pt(12))
    banhead(doc, "中国（云南）自由贸易试验区", 32, width_scale=90)
    banhead(doc, "红河片区管理委员会文件", 32, width_scale=90)
    docnum_rule(doc, HH_NUM, blank_before=1)
    title(doc, HH_TITLE_LINES, soft=True)
    P(doc, HH_MAIN_TO, indent=0)
    P(doc, HH_NOTICE)
    attach_note(doc, [HH_BANFA])
    signoff(doc, "中国（云南）自由贸易试验区红河片区管理委员会", "2023年12月12日", right_chars=1, blank=3)
    # the 办法 after a section break (new page, same portrait layout)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    grid(sec)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    title(doc, ["中国（云南）自由贸易试验区红河片区", "边民互市商品落地加工管理暂行办法"], soft=False)
    for chap, arts in HH_CHAPTERS:
        P(doc, chap, HT, SAN, C, 0, before=6, after=6)
        for num, txt, items in arts:
            runin(doc, num + "　", txt, HT)
            for it in items:
                P(doc, it)
    page_break(doc)
    banji(doc, HH_CHAOSONG, HH_PRINTER, HH_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind205_honghe_banfa.docx")
    doc.save(out)
    return out


# ================================================================ (d) 吉隆县人民政府办公室 通知 + 名单
JL_NUM = "吉隆政办发〔2025〕6号"
JL_TITLE = "吉隆县人民政府办公室关于做好2025年度吉隆口岸边民互市贸易合作社管理工作的通知"
JL_TITLE_LINES = ["吉隆县人民政府办公室关于做好2025年度", "吉隆口岸边民互市贸易合作社管理工作的通知"]
JL_MAIN_TO = "各乡（镇）人民政府，县直各部门，吉隆口岸各联检单位："
JL_INTRO = "为进一步规范吉隆口岸边民互市贸易秩序，保障边民合法权益，推动中尼边境贸易健康发展，助力共建“一带一路”和环喜马拉雅经济合作带建设，经县人民政府同意，现将2025年度吉隆口岸边民互市贸易合作社名单予以公布（见附件），并就做好有关管理工作通知如下。"
JL_SECTIONS = [
    ("一、加强合作社备案管理", [
        "列入名单的合作社应当于2025年4月30日前，持合作社章程、成员名册和边民证复印件到县商务局（口岸办）办理年度备案手续。未按期办理备案的，暂停其边民互市贸易申报资格。",
        "合作社成员应当为吉隆镇、宗嘎镇、差那乡、贡当乡、折巴乡具有常住户口的边民，每户只能加入一个合作社。",
    ]),
    ("二、规范交易申报和结算", [
        "合作社组织成员开展边民互市贸易，应当在吉隆口岸边民互市贸易区内进行交易，通过边民互市贸易服务平台如实申报，每人每日交易额不超过8000元。",
        "吉隆镇边贸市场内的个体工商户不得以合作社或者边民名义代为申报，不得收购边民互市进口商品转售牟利。",
    ]),
    ("三、落实惠民政策", [
        "对年度交易额达到500万元以上且无违规记录的合作社，县财政给予一次性奖励5万元；对参与交易的脱贫户、监测户边民，按照本人年度交易额的1%给予补助。",
    ]),
    ("四、强化监督检查", [
        "县商务局（口岸办）会同吉隆海关、吉隆边境管理大队、县市场监督管理局，每季度对合作社运行情况开展一次联合检查。对冒用边民身份、虚假申报的合作社，取消其2025年度互市资格，并依法依规处理。",
    ]),
    ("五、工作要求", [
        "各乡（镇）人民政府要做好本辖区边民的政策宣传和组织引导工作，县直各有关部门要按照职责分工密切配合。工作中遇到的问题，请及时向县商务局（口岸办）反映。",
    ]),
]
JL_ATT = "2025年度吉隆口岸边民互市贸易合作社名单"
JL_HEADER = ["序号", "合作社名称", "所在乡（镇）", "成员户数"]
JL_ROWS = [
    ["1", "吉隆镇吉隆村边民互市贸易合作社", "吉隆镇", "126"],
    ["2", "吉隆镇热索村边民互市贸易合作社", "吉隆镇", "48"],
    ["3", "吉隆镇冲堆村边民互市贸易合作社", "吉隆镇", "85"],
    ["4", "宗嘎镇宗嘎村边民互市贸易合作社", "宗嘎镇", "97"],
    ["5", "差那乡边民互市贸易合作社", "差那乡", "64"],
    ["6", "贡当乡边民互市贸易合作社", "贡当乡", "52"],
    ["7", "折巴乡边民互市贸易合作社", "折巴乡", "41"],
]
JL_TOTAL = "513"
JL_CHAOSONG = "县委办公室，县人大常委会办公室，县政协办公室，日喀则市商务局，吉隆海关，吉隆边境管理大队。"
JL_PRINTER = "吉隆县人民政府办公室"
JL_PRINTDATE = "2025年3月18日"


def build_jilong():
    doc = new_doc(centered=True, dash=("- ", " -"), body_font=FS_PLAIN)
    banhead(doc, "吉隆县人民政府办公室文件", 44, width_scale=80, east=XBZ_GBK)
    docnum_rule(doc, JL_NUM, blank_before=2, east=FS_PLAIN)
    title(doc, JL_TITLE_LINES, soft=False, east=XBZ_GBK)
    P(doc, JL_MAIN_TO, FS_PLAIN, indent=0)
    P(doc, JL_INTRO, FS_PLAIN)
    for head, paras in JL_SECTIONS:
        P(doc, head, HT, SAN)
        for t in paras:
            P(doc, t, FS_PLAIN)
    attach_note(doc, [JL_ATT], east=FS_PLAIN)
    signoff(doc, "吉隆县人民政府办公室", "2025年3月18日", right_chars=4, blank=3, east=FS_PLAIN)
    page_break(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    P(doc, JL_ATT, XBZ_GBK, ER, C, 0, line=Pt(35))
    P(doc, indent=0, line=Pt(16))
    tbl = doc.add_table(rows=2 + len(JL_ROWS), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [16, 82, 34, 24])
    for i, h in enumerate(JL_HEADER):
        cell_text(tbl.cell(0, i), h, HT, SI, C, line=Pt(26))
    for ri, row in enumerate(JL_ROWS):
        for ci, v in enumerate(row):
            cell_text(tbl.cell(1 + ri, ci), v, FS_PLAIN, SI, L if ci == 1 else C, line=Pt(26))
    last = 1 + len(JL_ROWS)
    m = tbl.cell(last, 0).merge(tbl.cell(last, 2))
    cell_text(m, "合　　计", HT, SI, C, line=Pt(26))
    cell_text(tbl.cell(last, 3), JL_TOTAL, FS_PLAIN, SI, C, line=Pt(26))
    page_break(doc)
    banji(doc, JL_CHAOSONG, JL_PRINTER, JL_PRINTDATE, blank=15, east=FS_PLAIN)
    out = os.path.join(HERE, "blind205_jilong_mingdan.docx")
    doc.save(out)
    return out


# ================================================================ PDF
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_205", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 四川
    sc_cl = [SC_INTRO] + [h + t for h, t in SC_ITEMS] + [SC_CONTACT] + [row_clause(SC_HEADER, r) for r in SC_ROWS]
    out["blind205_sichuan_fengong"] = [{
        "meta": {
            "title": SC_TITLE, "doc_number": SC_NUM, "issuer": ["四川省商务厅"],
            "date": "2024-04-18", "published": "2024-04-19", "level": "provincial", "region": "四川省",
            "effective": None, "expires": None, "attachments": [SC_ATT], "doc_type": "通知",
            "recipients": ["各市（州）商务主管部门", "中国（四川）自由贸易试验区各片区管委会", "各协同改革先行区管理机构"],
            "publicity": "此件主动公开",
        },
        "clauses": sc_cl,
        "applies_to": {
            "default": "四川省（中国（四川）自由贸易试验区及各协同改革先行区）",
            "specific": {
                "一、": "成都天府新区片区↔眉山、成都青白江铁路港片区↔德阳、川南临港片区（泸州）↔宜宾 (pairs; the first sentence is province-wide)",
                "二、": "成都国际铁路港（青白江区）、泸州港、宜宾港；自贡、内江、达州",
                "四、": "绵阳、南充、宜宾、泸州综合保税区",
                "附件 序号2": "成都天府新区片区；眉山市（四川天府新区成都管委会、眉山市商务局）",
                "附件 序号3": "成都青白江铁路港片区（青白江区）；德阳市",
                "附件 序号4": "川南临港片区（泸州市）；宜宾市（泸州港、宜宾港）",
                "附件 序号5": "自贡市、内江市、达州市",
                "附件 序号6": "绵阳综合保税区（绵阳市）",
                "附件 序号7": "南充、宜宾、泸州综合保税区",
                "附件 序号9": "乐山市、雅安市",
            },
            "note": "序号1/8/10 and items 三、五、 are province-wide (各市（州）). 中欧班列 / 西部陆海新通道 are corridors, not places. 成都海关 / 商务部 in the 抄送 are organs.",
        },
        "_note": (
            "Red 版头 四川省商务厅文件; 文号 川商自贸〔2024〕9号 + red rule; title ONE paragraph with two soft line breaks (…做好2024年中国（四川） / 自由贸易试验区协同改革先行区 / 建设工作的通知) joined with no space; 主送 (3 parts); intro; five run-in items 一、…五、 (黑体 heading sentence + 仿宋 text = one clause each); a 联系人 paragraph (body text: expected as a clause — dropping it is low); "
            "附件说明 (one 附件, hanging indent, wraps to 2 lines); 落款 四川省商务厅 / 2024年4月18日; （此件主动公开）. "
            "The 附件 is in a LANDSCAPE section: label 附件, table title with a soft break (…协同改革先行区 / 建设重点任务分工表; heading, not a clause), 5-column table 序号/重点任务/牵头单位/责任单位/完成时限 with the header row marked to repeat and rows cantSplit. "
            "牵头单位 is VERTICALLY MERGED: 省商务厅（自贸区处） over rows 1–4, 省商务厅（对外贸易处） over rows 5–7, 省商务厅（外国投资管理处） over rows 8–9; row 10 has its own 省商务厅（自贸区处）. 完成时限 is also merged over rows 5–7 (2024年12月31日前). "
            "Each row's clause must carry the merged value (row 3 牵头单位 = 省商务厅（自贸区处）, row 6 完成时限 = 2024年12月31日前); leaving it empty in continuation rows is medium, shifting columns is serious. "
            "Row 3's 责任单位 cell holds two paragraphs (成都市青白江区人民政府 / 德阳市商务局): expected joined with 、 — any separator (space, newline, ，) is fine, glued with none is low. "
            "Each row is one clause written 序号：N；重点任务：…；牵头单位：…；责任单位：…；完成时限：… . Deadlines (2024年5月31日前 etc.) are not document dates; no effective/expires. "
            "版记 (抄送… / 四川省商务厅办公室 2024年4月19日印发) on a portrait last page after 18 empty paragraphs: date 2024-04-18, published 2024-04-19."
        ),
        "_pdf": {"note": "Pages 1–2 portrait (body, 落款 on page 2), then landscape page(s) with the table — if it breaks across pages the header row prints again and the merged 牵头单位 text prints only once (in the first page's part of the merged block); the last page portrait with only the 版记. Footer “— N —” odd right / even left. Same expected meta and clauses."},
    }]
    # ---- (b) 黔南
    out["blind205_qiannan_yijian"] = [{
        "meta": {
            "title": QN_TITLE, "doc_number": QN_NUM, "issuer": ["黔南布依族苗族自治州人民政府"],
            "date": "2024-05-20", "published": "2024-05-22", "level": "municipal", "region": "贵州省黔南布依族苗族自治州",
            "effective": "2024-06-01", "expires": "2026-12-31", "attachments": [], "doc_type": "实施意见",
            "recipients": ["各县（市）人民政府", "都匀经济开发区管委会", "州人民政府各工作部门、各直属机构"],
            "publicity": "此件公开发布",
        },
        "clauses": qn_clauses(),
        "applies_to": {
            "default": "贵州省黔南布依族苗族自治州",
            "specific": {
                "一、 (目标段)": "全州; second sentence 都匀经济开发区、独山经济开发区",
                "二、（一）1.": "都匀市（都匀铁路物流基地）、独山县（独山铁路物流园）",
                "二、（一）2.": "都匀市、独山县、福泉市 (集结点); 广西北部湾港 is the destination, not a place of application",
                "二、（一）2.（3）": "福泉市、瓮安县",
                "二、（一）3.": "龙里县、惠水县 (贵阳国际陆港 / 改貌铁路口岸 are partners in 贵阳)",
                "二、（二）2.": "都匀经济开发区；独山经济开发区 (钦州港片区 in 广西 is the partner)",
                "二、（二）3.（1）": "荔波县",
                "二、（二）3.（2）": "三都水族自治县",
                "二、（三）1.": "second sentence: 都匀市",
            },
            "note": "东盟 / 南亚 (展会) do not move a clause abroad; 广西北部湾港 / 钦州港片区 are in 广西 and are destinations/partners.",
        },
        "_note": (
            "Red 版头 黔南布依族苗族自治州人民政府文件 (condensed 62%); 文号 黔南府发〔2024〕7号 + red rule; title typed as THREE centred paragraphs (黔南布依族苗族自治州人民政府 / 关于深度融入西部陆海新通道建设推动 / 开放型经济高质量发展的实施意见) — one title, joined with no space; 主送; intro. "
            "FOUR levels: 一、二、三、 黑体 headings on their own lines (not clauses); under 二、 the （一）（二）（三） are 楷体 headings on their own lines (not clauses); under them 1. 2. 3. run-in items (bold 仿宋 number+heading sentence + text = one clause; ‘1.’ with a half-width full stop) — 1. restarts under each （一）; "
            "under 二、（一）2. and 二、（二）3. the lead-in ends with a colon and （1）（2）（3） items follow as their own paragraphs (separate clauses, path 二、/（一）/2./（1）; merging them into the 1. item is equally good — taste; losing them or hanging them under the wrong parent is medium). "
            "Under 一、 there is a plain paragraph (clause, path 一、). Under 三、 the （一）（二）（三） are RUN-IN 楷体 headings with text (one clause each) — the same label (一) is a heading-only line under 二、 and a clause under 三、. "
            "The last body paragraph (no number) holds two sentences with a SOFT line break between them — one clause (a newline kept inside it is fine). "
            "本实施意见自2024年6月1日起施行，有效期至2026年12月31日 → effective 2024-06-01, expires 2026-12-31. No 附件. 落款 黔南布依族苗族自治州人民政府 / 2024年5月20日; （此件公开发布）; 版记 on its own last page after a page break (…办公室 2024年5月22日印发). Centred footer “— N —”. "
            "Deadlines 2025年底 / 2025年6月底 / target year 2026 are not document dates."
        ),
        "_pdf": {"note": "Centred page numbers. The title prints on three lines; the 版记 is alone at the foot of the last page. Same expected meta and clauses."},
    }]
    # ---- (c) 红河
    hh_art = []
    for chap, arts in HH_CHAPTERS:
        for num, txt, items in arts:
            hh_art.append(num + "　" + txt)
            hh_art.extend(items)
    out["blind205_honghe_banfa"] = [{
        "meta": {
            "title": HH_TITLE, "doc_number": HH_NUM, "issuer": ["中国（云南）自由贸易试验区红河片区管理委员会"],
            "date": "2023-12-12", "published": "2023-12-13", "level": "zone", "region": "云南省红河哈尼族彝族自治州",
            "effective": "2024-01-01", "expires": "2025-12-31", "attachments": [HH_BANFA], "doc_type": "通知（印发暂行办法）",
            "recipients": ["片区各部门、各派驻机构", "各有关企业"], "publicity": "此件公开发布",
        },
        "clauses": [HH_NOTICE] + hh_art,
        "applies_to": {
            "default": "中国（云南）自由贸易试验区红河片区（河口瑶族自治县；红河综合保税区在蒙自市）",
            "specific": {
                "第三条": "红河片区河口区块（河口瑶族自治县）; second sentence: 红河综合保税区（蒙自市） under its own rules",
                "第五条（一）": "河口瑶族自治县",
                "第五条（二）": "河口边民互市商品落地加工产业园",
                "第八条": "河口北山边民互市贸易区、坝洒边民互市点（河口县）",
                "第九条": "加工产业园；红河综合保税区（蒙自市） (transfer)",
                "第十二条 / 第十四条": "加工产业园",
                "第十六条": "河口（河口海关、河口县商务局）",
                "第十九条": "金平苗族瑶族傣族自治县金水河口岸 — OUTSIDE the 片区 (参照执行)",
            },
            "note": "越南 is not named; 河口口岸 faces 越南老街 but the clauses apply in 河口. 昆明海关 / 云南省商务厅 in the 抄送 are organs.",
        },
        "_note": (
            "TWO-LINE red 版头 (中国（云南）自由贸易试验区 / 红河片区管理委员会文件) — both lines furniture, not the title; 文号 红自贸管发〔2023〕31号 + red rule; title ONE paragraph with three soft breaks, two of them inside words (中国（云南）自由贸易试验区红河片区 / 管理委员会关于印发《中国（云南）自由 / 贸易试验区红河片区边民互市商品落地 / 加工管理暂行办法》的通知 — 自由|贸易 and 落地|加工 split) joined with no space; 主送 (2 parts); 1 notice paragraph; 附件说明 (hanging, 2 lines); 落款 (long organ name) / 2023年12月12日; （此件公开发布）. "
            "Then a SECTION BREAK (new page, same portrait): label 附件, the 办法 title in two paragraphs (heading), 第一章…第六章 centred 黑体 chapter headings (not clauses; the 第X条 path should carry its 章), 第一条…第二十一条 run-in (黑体 number + full-width space + text = one clause); "
            "第五条 (4 items) and 第十七条 (3 items) have lead-ins ending in a colon with （一）… items as separate paragraphs (separate clauses expected; merged into the article equally good; labelled top-level （一） without the article is medium). "
            "第六章 附则: 第十九条 refers to 金水河口岸 (another county — 参照), 第二十一条 本办法自2024年1月1日起施行，有效期2年 → effective 2024-01-01, expires 2025-12-31 (must be computed; 2026-01-01 low; null medium). "
            "版记 on its own last page (…红河片区管理委员会办公室 2023年12月13日印发). One document (the 办法 is the 附件 of the 印发通知); splitting the 办法 into a second document with the same 文号/dates is tolerable."
        ),
        "_pdf": {"note": "Page 1 has the two-line 版头 and the notice; 落款 on page 1 or 2; the 办法 starts on a new page; footer “— N —” odd right / even left; 版记 alone on the last page. Same expected meta and clauses."},
    }]
    # ---- (d) 吉隆
    jl_cl = [JL_INTRO] + [t for _, ps in JL_SECTIONS for t in ps] + [row_clause(JL_HEADER, r) for r in JL_ROWS] + ["合计；成员户数：" + JL_TOTAL]
    out["blind205_jilong_mingdan"] = [{
        "meta": {
            "title": JL_TITLE, "doc_number": JL_NUM, "issuer": ["吉隆县人民政府办公室"],
            "date": "2025-03-18", "published": "2025-03-18", "level": "county", "region": "西藏自治区日喀则市吉隆县",
            "effective": None, "expires": None, "attachments": [JL_ATT], "doc_type": "通知",
            "recipients": ["各乡（镇）人民政府", "县直各部门", "吉隆口岸各联检单位"], "publicity": "此件公开发布",
        },
        "clauses": jl_cl,
        "applies_to": {
            "default": "西藏自治区日喀则市吉隆县（吉隆口岸）",
            "specific": {
                "一、 para 2": "吉隆镇、宗嘎镇、差那乡、贡当乡、折巴乡",
                "二、 para 1": "吉隆口岸边民互市贸易区",
                "二、 para 2": "吉隆镇（吉隆镇边贸市场）",
                "名单 1–3": "吉隆镇（吉隆村 / 热索村 / 冲堆村）",
                "名单 4": "宗嘎镇（宗嘎村）",
                "名单 5": "差那乡",
                "名单 6": "贡当乡",
                "名单 7": "折巴乡",
            },
            "note": "中尼 / 尼泊尔-facing trade and 环喜马拉雅经济合作带 do not move a clause abroad or out of 吉隆县. 日喀则市商务局 / 吉隆海关 in the 抄送 are organs.",
        },
        "_note": (
            "County office 文件: red 版头 吉隆县人民政府办公室文件 (方正小标宋_GBK, condensed); 文号 吉隆政办发〔2025〕6号 + red rule; title in TWO centred paragraphs (…做好2025年度 / 吉隆口岸边民互市贸易合作社管理工作的通知); 主送 (3 parts); intro paragraph. "
            "一、…五、 are 黑体 headings on their OWN lines (no text of their own) with 1–2 plain body paragraphs under each: the clauses are the paragraphs (path 一、 etc.); the heading lines are not clauses (as heading clauses: low). Body font is 仿宋 (not 仿宋_GB2312). "
            "附件说明 附件：2025年度吉隆口岸边民互市贸易合作社名单; 落款 吉隆县人民政府办公室 / 2025年3月18日; （此件公开发布）. After a page break: label 附件, 名单 title, a 4-column table 序号/合作社名称/所在乡（镇）/成员户数 with 7 rows and a 合计 row whose first three cells are merged (合　　计 | 513). "
            "Each row one clause 序号：N；合作社名称：…；所在乡（镇）：…；成员户数：… ; the 合计 row as a clause or dropped are both fine (taste) but it must not be glued onto row 7 nor give 序号 ‘合计’ AND 合作社名称 ‘合计’ twice (medium if the merged text is repeated into every merged column — low). "
            "版记 alone on the last page after a page break (吉隆县人民政府办公室 2025年3月18日印发: published = date = 2025-03-18). No effective/expires (2025年4月30日 is a deadline). Centred footer ‘- N -’ with ASCII hyphens."
        ),
        "_pdf": {"note": "Body on pages 1–2 (落款 on page 2), 名单 on page 3, 版记 alone on page 4. Footer ‘- N -’ centred. Same expected meta and clauses."},
    }]
    return out


def main():
    files = [build_sichuan(), build_qiannan(), build_honghe(), build_jilong()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
