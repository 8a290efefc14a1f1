# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 216: the less common 文种 as offices write them in Word, printed to PDF by LibreOffice.

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind216_wuhan_jiyao.docx / .pdf      武汉市人民政府专题会议纪要 〔2024〕53号 (编发 武汉市人民政府办公厅
      2024年6月18日): 会议议定事项 一、…七、 run-in, 三、 and 六、 with sub-items, 出席/列席 lists, 分送 版记.
  blind216_sichuan_han.docx / .pdf      四川省商务厅 函 to 广西壮族自治区商务厅 (川商函〔2024〕417号), 信函格式,
      一、 headings with unlabelled paragraphs under them, 联系人 line, 附件 对接清单 table (header repeats).
  blind216_beilun_baogao.docx / .pdf    宁波市北仑区人民政府 报告 to 宁波市人民政府 (仑政〔2025〕4号, 签发人),
      2024年 figures in a body table with a two-row header, 特此报告, 附注 联系人.
  blind216_jiangsu_pifu.docx / .pdf     江苏省人民政府 批复 to 连云港市人民政府 (苏政复〔2024〕47号) on the
      连云港片区 区块 adjustment (平方公里), 附件 四至范围 table with vertically merged cells in its own section.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind216.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

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



def tabline(doc, left, right, east=FS, size=SAN, right_east=None, indent_chars=1, pos=None):
    """One paragraph: text on the left, a right tab, text on the right (编发 line / 文号 + 签发人)."""
    p = P(doc, "", east, size, L, 0)
    pf = p.paragraph_format
    pf.left_indent = Pt(size * indent_chars)
    pf.right_indent = Pt(size * indent_chars)
    fnt(p.add_run(left + "\t"), east, size)
    if isinstance(right, (list, tuple)):
        for t, e in right:
            fnt(p.add_run(t), e, size)
    else:
        fnt(p.add_run(right), right_east or east, size)
    pos = pos or int((156 * 56.7) - 2 * size * 20 * indent_chars)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="%d"/></w:tabs>' % (nsdecls("w"), pos)))
    return p


def hanging(doc, label, text, east=FS, size=SAN, label_east=HT):
    """出席：… with the label hanging (the text lines up under the first character after the label)."""
    p = P(doc, "", east, size, J, 0)
    pf = p.paragraph_format
    pf.left_indent = Pt(size * (len(label) + 1))
    pf.first_line_indent = Pt(-size * len(label))
    fnt(p.add_run(label), label_east, size)
    fnt(p.add_run(text), east, size)
    return p


def vmerge(tbl, col, r0, r1):
    a = tbl.cell(r0, col)
    b = tbl.cell(r1, col)
    return a.merge(b)


def clean(cell):
    """A merged cell keeps every merged cell's paragraph: drop the empty extra ones."""
    for extra in cell.paragraphs[1:]:
        if not extra.text:
            extra._p.getparent().remove(extra._p)
    return cell


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


# ================================================================ (a) 武汉市人民政府 专题会议纪要
WH_NUM = "〔2024〕53号"
WH_TITLE = "关于研究推进中国（湖北）自由贸易试验区武汉片区提质扩区和武汉新港空港综合保税区建设有关问题的会议纪要"
WH_TITLE_PARAS = ["关于研究推进中国（湖北）自由贸易试验区", "武汉片区提质扩区和武汉新港空港综合保税区", "建设有关问题的会议纪要"]
WH_OPEN = "2024年6月12日下午，市人民政府副市长陈志刚在市民之家主持召开专题会议，研究推进中国（湖北）自由贸易试验区武汉片区（以下简称武汉片区）提质扩区和武汉新港空港综合保税区建设有关问题。会议听取了市商务局关于武汉片区运行情况和扩区方案编制情况的汇报，东湖新技术开发区管委会、武汉经济技术开发区（汉南区）管委会和东西湖区、黄陂区、新洲区人民政府作了发言。现将会议议定事项纪要如下："
# (heading run-in, text, [sub-items])
WH_ITEMS = [
    ("一、关于武汉片区扩区方案。", "会议原则同意市商务局提出的武汉片区扩区方案框架，扩区范围重点考虑东西湖区武汉东西湖综合保税区及周边区域、黄陂区临空经济区和新洲区阳逻港区域，拟申请扩区面积不超过40平方公里。市商务局要会同市自然资源和城乡建设局进一步核实拟扩区块的四至范围和用地现状，于2024年7月31日前将修改完善后的方案提交市人民政府常务会议审议。", []),
    ("二、关于片区现有区块提质增效。", "会议要求东湖新技术开发区管委会、武汉经济技术开发区（汉南区）管委会对照国家和省关于实施自由贸易试验区提升战略的部署，分别制定本区块2024—2026年提质增效行动计划。东湖新技术开发区区块重点在数据跨境流动、生物医药研发用物品进口等领域开展首创性探索；武汉经济技术开发区区块重点推进汽车及零部件进出口便利化和二手车出口业务。两个行动计划于2024年8月31日前报市商务局汇总。", []),
    ("三、关于武汉新港空港综合保税区建设。", "会议听取了黄陂区、新洲区人民政府关于武汉新港空港综合保税区空港园区、阳逻港园区建设进展的汇报，议定：", [
        "（一）黄陂区人民政府要加快空港园区二期围网、卡口和查验场地建设，确保2024年11月30日前具备海关验收条件。武汉海关给予指导支持。",
        "（二）新洲区人民政府要依托阳逻港园区拓展保税物流、保税维修和跨境电商业务，2024年内引进加工贸易企业不少于5家。",
        "（三）市交通运输局、市商务局研究制定阳逻港至空港园区“区港联动”集疏运方案。市财政局统筹安排启动资金2000万元，专项用于阳逻港园区查验场地改造。",
    ]),
    ("四、关于中欧班列（武汉）提质扩量。", "会议同意以东西湖区吴家山铁路集装箱中心站为中欧班列（武汉）集结中心，支持东西湖区申报中欧班列集结中心示范工程。市商务局、武汉海关要推动班列开行与武汉片区、武汉东西湖综合保税区业务联动，2024年力争开行中欧班列1100列以上，新增至中亚、东南亚共建“一带一路”国家线路不少于3条。", []),
    ("五、关于阳逻港江海直达和铁水联运。", "会议要求新洲区人民政府会同武汉港航发展集团有限公司加快阳逻港铁水联运二期工程建设，2024年12月31日前开通阳逻港至上海洋山港江海直达航线每周不少于3班，并与武汉片区共享国际贸易“单一窗口”通关数据。", []),
    ("六、关于要素保障。", "会议明确：", [
        "1．市自然资源和城乡建设局对拟扩区块内的产业项目用地优先纳入年度供地计划，2024年安排不少于1500亩。",
        "2．市财政局在市级开放型经济发展专项资金中统筹安排武汉片区和综合保税区建设资金，2024年不少于3亿元。",
        "3．市人力资源社会保障局研究出台武汉片区国际化人才引进支持措施，于2024年9月30日前报市人民政府。",
    ]),
    ("七、关于工作调度。", "会议明确，由市商务局牵头成立武汉片区提质扩区工作专班，每月召开一次调度会，重大事项及时报告市人民政府。各区和有关部门要明确一名负责同志和一名联络员，于2024年6月25日前报市商务局。", []),
]
WH_CHUXI = "陈志刚　刘　洋（市人民政府）　王立群（市商务局）　周　文（市发展改革委）　黄海燕（市财政局）　孙建国（市自然资源和城乡建设局）　郑　凯（武汉海关）　李　俊（东湖新技术开发区管委会）　赵　明（武汉经济技术开发区管委会）　吴晓峰（东西湖区人民政府）　徐　亮（黄陂区人民政府）　胡　斌（新洲区人民政府）"
WH_LIEXI = "市交通运输局、市人力资源社会保障局、市统计局，武汉港航发展集团有限公司有关负责同志。"
WH_FENSONG = "市委办公厅，市人大常委会办公厅，市政协办公厅，出席、列席单位。"


def build_wuhan():
    doc = new_doc(centered_numbers=True)
    s = doc.sections[0]
    s.top_margin = Mm(35)
    # 纪要 header: red 纪要 name, number under it, 编发 organ left / date right, red rule
    banhead(doc, "武汉市人民政府专题会议纪要", 36, width_scale=82)
    P(doc, indent=0, line=Pt(14))
    P(doc, WH_NUM, FS, SAN, C, 0)
    p = tabline(doc, "武汉市人民政府办公厅", "2024年6月18日")
    pborder(p, "bottom", 18, "FF0000", 6)
    P(doc, indent=0)
    for t in WH_TITLE_PARAS:                     # title typed as three paragraphs
        P(doc, t, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0)
    P(doc, WH_OPEN)
    for h, t, subs in WH_ITEMS:
        runin(doc, h, t, HT)
        for s_ in subs:
            P(doc, s_)
    P(doc, indent=0)
    hanging(doc, "出席：", WH_CHUXI)
    hanging(doc, "列席：", WH_LIEXI)
    page_break(doc)
    for _ in range(16):
        P(doc, indent=0)
    # 版记 of a 纪要: 分送 instead of 抄送
    p = P(doc, "", FS, SI, L, 0, line=Pt(24))
    pf = p.paragraph_format
    pf.left_indent = Pt(SI * 4)
    pf.right_indent = Pt(SI)
    pf.first_line_indent = Pt(-SI * 3)
    fnt(p.add_run("分送：" + WH_FENSONG), FS, SI)
    pborder(p, "top", 12, "000000", 2)
    pborder(p, "bottom", 4, "000000", 2)
    p = P(doc, "", FS, SI, L, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI)
    fnt(p.add_run("武汉市人民政府办公厅秘书处"), FS, SI)
    fnt(p.add_run("\t2024年6月18日印发"), FS, SI)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8600"/></w:tabs>' % nsdecls("w")))
    pborder(p, "bottom", 12, "000000", 2)
    out = os.path.join(HERE, "blind216_wuhan_jiyao.docx")
    doc.save(out)
    return out


# ================================================================ (b) 四川省商务厅 函
SC_NUM = "川商函〔2024〕417号"
SC_TITLE = "四川省商务厅关于商请共同推进西部陆海新通道川桂段建设和自贸试验区协同开放的函"
SC_MAIN_TO = "广西壮族自治区商务厅："
SC_OPEN = "为深入贯彻落实《西部陆海新通道总体规划》和川桂两省区党政主要领导会谈精神，进一步发挥中国（四川）自由贸易试验区和中国（广西）自由贸易试验区开放平台作用，推动西部陆海新通道川桂段提质增效，我厅拟与贵厅在以下方面深化合作，现函商如下。"
# (heading on its own line, [paragraphs]) — paragraphs under 一、 and 三、 carry no label
SC_SECTIONS = [
    ("一、共建通道物流组织体系", [
        "依托成都国际铁路港和泸州港、宜宾港，加密成都—钦州港、泸州—钦州港铁海联运班列，力争2025年川桂间铁海联运班列开行量达到3000列。建议贵厅协调北部湾国际港务集团在钦州港东站为四川方向班列预留装卸作业窗口，优先保障“一单制”班列作业。",
        "我省将继续对成都国际铁路港综合保税区、宜宾综合保税区经钦州港出海的出口货物执行“铁路运费+海运费”全程一口价，并对在钦州港片区设立集拼分拨中心的四川企业，按实际投资额的10%给予支持，单个企业最高不超过300万元。",
    ]),
    ("二、推进自贸试验区制度创新协同", [
        "（一）互认通关和物流监管创新成果。推动中国（四川）自由贸易试验区成都青白江铁路港片区与中国（广西）自由贸易试验区钦州港片区互认“铁海联运一单制”“进口货物‘船边直提’”等创新成果，2024年底前联合发布首批互认清单。",
        "（二）共建跨境金融服务平台。支持成都天府新区片区与南宁片区开展跨境人民币结算、供应链金融等合作，探索以西部陆海新通道多式联运单证为基础的融资模式。",
        "（三）联合开展首创性改革探索。围绕川南临港片区（泸州）与崇左片区在边境贸易、加工贸易梯度转移方面的合作需求，共同向国家有关部门申请开展差异化改革试点。",
    ]),
    ("三、拓展面向东盟的经贸合作", [
        "支持宜宾综合保税区与凭祥综合保税区开展保税维修、加工贸易产业链合作，共同招引面向东盟市场的电子信息、智能终端加工贸易企业。",
        "鼓励攀枝花钒钛产品、川南白酒和成都电子信息产品经防城港、钦州港出口东盟，2025年中国—东盟博览会期间共同举办“川桂东盟”经贸对接活动。",
    ]),
    ("四、建立常态化对接机制", [
        "建议建立两省区商务部门联席会议制度，每年轮流召开一次，协调解决通道建设和自贸试验区协同开放中的重大问题。两省区自贸试验区工作机构指定专人负责日常联络。",
    ]),
]
SC_CLOSE = "对接清单详见附件。如无不妥，请于2024年10月31日前函复我厅，并明确贵厅联络处室和联系人。"
SC_FORMULA = "专此函商，盼复。"
SC_CONTACT = "联系人：省商务厅自由贸易试验区工作处　林晓雯；电话：028-83221675"
SC_ATT = "川桂商务领域合作对接清单"
SC_HEADER = ["序号", "合作事项", "四川方责任单位", "广西方对接单位", "时间安排"]
SC_ROWS = [
    ["1", "加密成都—钦州港铁海联运班列，共建班列运行监测平台", "成都国际铁路港管委会（青白江区）", "钦州港片区管委会", "2024年12月底前"],
    ["2", "开通泸州港—钦州港“水铁联运”集装箱班列", "泸州市商务局、川南临港片区管委会", "钦州港片区管委会、北部湾国际港务集团", "2025年3月底前"],
    ["3", "宜宾综合保税区与凭祥综合保税区开展保税维修、加工贸易产业链合作", "宜宾市商务局", "崇左片区管委会（凭祥综合保税区）", "2025年6月底前"],
    ["4", "互认“铁海联运一单制”等制度创新成果，发布首批互认清单", "成都青白江铁路港片区管委会", "钦州港片区管委会", "2024年12月底前"],
    ["5", "开展跨境人民币结算、多式联运单证融资合作", "成都天府新区片区管委会", "南宁片区管委会", "2025年6月底前"],
    ["6", "在钦州港片区设立四川出海货物集拼分拨中心", "省商务厅自贸处、成都国际铁路港管委会", "钦州港片区管委会", "2025年6月底前"],
    ["7", "推动攀枝花钒钛产品经防城港出口东盟", "攀枝花市商务局", "防城港市商务局", "2025年9月底前"],
    ["8", "共同举办“川桂东盟”经贸对接活动", "省商务厅对外贸易处", "自治区商务厅对外贸易处", "2025年中国—东盟博览会期间"],
    ["9", "建立两省区商务部门联席会议制度", "省商务厅自贸处", "自治区商务厅自贸处", "2024年11月启动"],
]
SC_CHAOSONG = "商务部自贸区港司，四川省人民政府办公厅，广西壮族自治区人民政府办公厅，成都海关，南宁海关。"


def build_sichuan():
    doc = new_doc(odd_even=False, first_page_blank_footer=True)
    s = doc.sections[0]
    s.top_margin = Mm(30)
    banhead(doc, "四川省商务厅", 44)
    p = P(doc, indent=0, line=Pt(10))
    pborder(p, "bottom", 24, "FF0000", 1, val="thickThinSmallGap")
    p = P(doc, SC_NUM, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN)
    P(doc, indent=0)
    title(doc, ["四川省商务厅关于商请共同推进西部陆海", "新通道川桂段建设和自贸试验区协同开放的函"], soft=True)
    P(doc, SC_MAIN_TO, indent=0)
    P(doc, SC_OPEN)
    for head, paras in SC_SECTIONS:
        P(doc, head, HT, SAN)
        for t in paras:
            if t.startswith("（"):
                i = t.index("。") + 1
                runin(doc, t[:i], t[i:], KT, bold=True)
            else:
                P(doc, t)
    P(doc, SC_CLOSE)
    P(doc, SC_FORMULA)
    P(doc, indent=0)
    P(doc, SC_CONTACT)
    attach_note(doc, [SC_ATT])
    signoff(doc, "四川省商务厅", "2024年9月27日", right_chars=4, blank=3, public="（此件依申请公开）")
    # 附件 on a new page: label, title, the list as a Word table with a repeating header row
    page_break(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    P(doc, SC_ATT, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0)
    tbl = doc.add_table(rows=1 + len(SC_ROWS), cols=5)
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [14, 50, 34, 34, 26])
    for j, h in enumerate(SC_HEADER):
        cell_text(tbl.cell(0, j), h, HT, 12, C)
        tbl.cell(0, j).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    repeat_header(tbl.rows[0])
    for i, row in enumerate(SC_ROWS, start=1):
        cant_split(tbl.rows[i])
        for j, v in enumerate(row):
            cell_text(tbl.cell(i, j), v, FS, 12, C if j in (0, 4) else L)
            tbl.cell(i, j).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    P(doc, indent=0)
    for _ in range(4):
        P(doc, indent=0)
    banji(doc, SC_CHAOSONG, None, None)
    out = os.path.join(HERE, "blind216_sichuan_han.docx")
    doc.save(out)
    return out


# ================================================================ (c) 宁波市北仑区人民政府 报告
BL_NUM = "仑政〔2025〕4号"
BL_SIGNER = "张立新"
BL_TITLE = "宁波市北仑区人民政府关于2024年度中国（浙江）自由贸易试验区宁波片区北仑区块建设和开放型经济运行情况的报告"
BL_MAIN_TO = "宁波市人民政府："
BL_OPEN = "2024年，我区在市委、市政府的坚强领导下，深入贯彻落实自由贸易试验区提升战略，以中国（浙江）自由贸易试验区宁波片区北仑区块（以下简称北仑区块）建设为牵引，统筹推进港口、开放平台和外贸外资工作，全区开放型经济运行总体平稳、稳中有进。现将有关情况报告如下："
BL_ONE_HEAD = "一、2024年主要工作成效"
BL_ONE_PARA = "全年实现外贸进出口总额4562.3亿元，同比增长6.8%，占全市比重达到34.5%；实际使用外资9.86亿美元，同比增长8.1%。主要指标完成情况见下表。"
BL_TABLE_TITLE = "2024年北仑区开放型经济主要指标完成情况"
BL_HEADER = ["指标名称", "单位", "2024年完成值", "2024年目标值", "2023年完成值", "同比增长（%）"]
BL_ROWS = [
    ["外贸进出口总额", "亿元", "4562.3", "4400", "4271.9", "6.8"],
    ["其中：出口额", "亿元", "2856.7", "2750", "2650.1", "7.8"],
    ["梅山综合保税区进出口额", "亿元", "612.4", "580", "538.6", "13.7"],
    ["北仑港综合保税区进出口额", "亿元", "385.9", "400", "372.8", "3.5"],
    ["宁波舟山港北仑港区集装箱吞吐量", "万标准箱", "1688", "1650", "1590", "6.2"],
    ["实际使用外资", "亿美元", "9.86", "10", "9.12", "8.1"],
    ["新设外商投资企业", "家", "168", "150", "142", "18.3"],
    ["对共建“一带一路”国家进出口额", "亿元", "1893.5", "1800", "1719.6", "10.1"],
    ["跨境电商进出口额", "亿元", "236.8", "220", "201.2", "17.7"],
]
BL_TABLE_NOTE = "注：2024年数据为快报数，来源于区统计局、北仑海关。"
BL_ONE_ITEMS = [
    ("（一）片区制度创新取得新突破。", "全年形成制度创新成果32项，其中“保税燃料油跨关区直供”“进口铁矿石‘船边直提’”等4项在全省复制推广。大宗商品储运基地建设加快，梅山岛LNG接收站三期、穿山港区原油储运基地建成投用，新增油气储备能力420万立方米。"),
    ("（二）港口物流枢纽功能持续增强。", "宁波舟山港北仑港区、穿山港区新开辟至东南亚、中东共建“一带一路”国家集装箱航线12条，海铁联运业务量完成96.5万标准箱，同比增长12.4%。梅山港区“智慧港口”建设全面完成，集装箱平均在港时间压缩至2.1天。"),
    ("（三）开放平台能级不断提升。", "梅山综合保税区在国家级综合保税区发展绩效评估中位列A类，进出口额首次突破600亿元；北仑港综合保税区新引进保税维修、融资租赁项目9个。大榭开发区、春晓园区新引进外资制造业项目15个，合同外资4.3亿美元。"),
]
BL_TWO_HEAD = "二、存在的问题"
# one paragraph typed with a soft line break in the middle of a sentence (it was pasted from another file)
BL_TWO_A = "一是北仑港综合保税区进出口额未完成年度目标，加工贸易企业订单外流压力较大；二是片区可用产业用地趋紧，梅山岛、"
BL_TWO_B = "春晓区域剩余可供用地不足1200亩；三是制度创新的系统集成度不高，部分改革试点事项需市级以上部门授权。"
BL_THREE_HEAD = "三、2025年工作打算"
BL_THREE_ITEMS = [
    ("（一）推动北仑区块扩能提质。", "争取将大榭开发区化工园区和春晓园区部分区域纳入宁波片区扩区范围，新增面积约8平方公里，力争2025年6月底前完成扩区方案报批。"),
    ("（二）做强大宗商品资源配置枢纽。", "推进梅山岛大宗商品交易中心和穿山港区铁矿石分拨中心建设，2025年大宗商品贸易额突破8000亿元。"),
    ("（三）提升综合保税区发展质效。", "支持北仑港综合保税区开展保税维修、保税研发等新业态，2025年进出口额恢复正增长；推动梅山综合保税区申报“保税+跨境电商”创新试点。"),
    ("（四）深化“一带一路”经贸合作。", "依托中国—中东欧国家博览会，组织区内企业赴共建“一带一路”国家开展经贸对接不少于20批次，新设境外营销网络15个以上。"),
]
BL_FOUR_HEAD = "四、有关建议"
BL_FOUR_LEAD = "为加快北仑区块建设，恳请市政府在以下方面给予支持："
BL_FOUR_ITEMS = [
    "1．支持将大榭开发区化工园区和春晓园区纳入宁波片区扩区申报范围，并在市级层面统筹协调扩区所需用地指标。",
    "2．在市级开放型经济专项资金中对梅山综合保税区、北仑港综合保税区公共服务平台建设给予倾斜，2025年安排不少于5000万元。",
    "3．协调宁波海关在北仑港综合保税区开展“分送集报、自行运输”试点。",
]
BL_CHAOSONG = "市商务局，市发展改革委，宁波海关。"


def build_beilun():
    doc = new_doc(odd_even=True)
    banhead(doc, "宁波市北仑区人民政府文件", 42, width_scale=80)
    P(doc, indent=0)
    P(doc, indent=0)
    # 上行文: 文号 on the left, 签发人 on the right, then the red rule
    p = tabline(doc, BL_NUM, [("签发人：", FS), (BL_SIGNER, KT)])
    P(doc, indent=0, line=Pt(8))
    p = P(doc, indent=0, line=Pt(8))
    pborder(p, "top", 18, "FF0000", 1)
    P(doc, indent=0)
    P(doc, BL_TITLE, XBZ, ER, C, 0, line=Pt(35))            # one paragraph, Word wraps it
    P(doc, indent=0)
    P(doc, BL_MAIN_TO, indent=0)
    P(doc, BL_OPEN)
    P(doc, BL_ONE_HEAD, HT, SAN)
    P(doc, BL_ONE_PARA)
    P(doc, BL_TABLE_TITLE, HT, SI, C, 0, line=Pt(26), before=6)
    tbl = doc.add_table(rows=2 + len(BL_ROWS), cols=6)
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [48, 20, 22, 22, 22, 22])
    # two-row header: 2024年 spans 完成值 / 目标值; the other headers are merged down
    top = ["指标名称", "单位", "2024年", None, "2023年", "同比增长（%）"]
    sub = [None, None, "完成值", "目标值", "完成值", None]
    for j in (0, 1, 5):
        c = clean(vmerge(tbl, j, 0, 1))
        cell_text(c, top[j], HT, 12, C, line=Pt(18))
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    c = clean(tbl.cell(0, 2).merge(tbl.cell(0, 3)))
    cell_text(c, "2024年", HT, 12, C, line=Pt(18))
    cell_text(tbl.cell(0, 4), "2023年", HT, 12, C, line=Pt(18))
    for j in (2, 3, 4):
        cell_text(tbl.cell(1, j), sub[j], HT, 12, C, line=Pt(18))
    for r in (0, 1):
        repeat_header(tbl.rows[r])
        for tc in tbl.rows[r]._tr.tc_lst:
            tcPr = tc.get_or_add_tcPr()
            tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="D9D9D9"/>' % nsdecls("w")))
    for i, row in enumerate(BL_ROWS, start=2):
        cant_split(tbl.rows[i])
        for j, v in enumerate(row):
            cell_text(tbl.cell(i, j), v, FS, 12, L if j == 0 else C, line=Pt(18))
            tbl.cell(i, j).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = P(doc, BL_TABLE_NOTE, FS, 12, L, 0, line=Pt(22))
    for h, t in BL_ONE_ITEMS:
        runin(doc, h, t, KT)
    P(doc, BL_TWO_HEAD, HT, SAN)
    p = P(doc)
    r = fnt(p.add_run(BL_TWO_A), FS, SAN)
    r.add_break()                                   # soft line break inside the sentence
    fnt(p.add_run(BL_TWO_B), FS, SAN)
    P(doc, BL_THREE_HEAD, HT, SAN)
    for h, t in BL_THREE_ITEMS:
        runin(doc, h, t, KT)
    P(doc, BL_FOUR_HEAD, HT, SAN)
    P(doc, BL_FOUR_LEAD)
    for t in BL_FOUR_ITEMS:
        P(doc, t)
    P(doc, "特此报告。")
    signoff(doc, "宁波市北仑区人民政府", "2025年1月15日", right_chars=4, blank=3, public=None)
    p = P(doc, "（联系人：区商务局　陈佳，电话：0574-86887512）", FS, SAN, L, 2)
    P(doc, indent=0)
    P(doc, indent=0)
    banji(doc, BL_CHAOSONG, "宁波市北仑区人民政府办公室", "2025年1月16日", blank=2)
    out = os.path.join(HERE, "blind216_beilun_baogao.docx")
    doc.save(out)
    return out


# ================================================================ (d) 江苏省人民政府 批复
JS_NUM = "苏政复〔2024〕47号"
JS_TITLE = "江苏省人民政府关于同意调整中国（江苏）自由贸易试验区连云港片区区块范围的批复"
JS_TITLE_PARAS = ["江苏省人民政府关于同意调整中国（江苏）", "自由贸易试验区连云港片区区块范围的批复"]
JS_MAIN_TO = "连云港市人民政府："
JS_OPEN = "你市《关于调整中国（江苏）自由贸易试验区连云港片区区块范围的请示》（连政发〔2024〕31号）收悉。经研究，现批复如下："
JS_ITEMS = [
    "一、同意调整中国（江苏）自由贸易试验区连云港片区（以下简称连云港片区）区块范围。调出连云港港区块中墟沟作业区后方陆域0.84平方公里和徐圩新区区块1.98平方公里，调入赣榆区柘汪临港产业区区块2.82平方公里。调整后，连云港片区实施范围仍为20.27平方公里，由连云港港区块（9.61平方公里）、连云港经济技术开发区区块（7.84平方公里，含连云港综合保税区）和赣榆港区块（2.82平方公里）三个区块组成，具体四至范围见附件。",
    "二、调整后的连云港片区要以中哈（连云港）物流合作基地和上合组织（连云港）国际物流园为依托，深化与共建“一带一路”国家在国际物流、跨境贸易和产能合作方面的制度创新，加快建设亚欧重要国际交通枢纽和集聚优质要素的开放门户。",
    "三、赣榆港区块要重点发展临港先进制造、大宗商品储运和保税物流，不得新上高耗能、高排放项目。赣榆区人民政府要于2025年3月31日前完成赣榆港区块控制性详细规划编制，并同步建设海关监管和公共服务设施。",
    "四、自本批复印发之日起，调出的徐圩新区区块和墟沟作业区后方陆域不再适用自由贸易试验区有关政策。已在上述区域落地的试点事项，由连云港市人民政府组织做好衔接，过渡期至2025年6月30日。",
    "五、连云港市人民政府要严格落实国土空间规划和生态环境分区管控要求，调整区块内的开发建设不得占用永久基本农田和海州湾生态保护红线，不新增围填海。",
    "六、省商务厅（省自贸办）要会同省发展改革委、省自然资源厅、省生态环境厅、南京海关等部门加强指导和监督，按程序做好向国家有关部门的备案工作。连云港市人民政府要于2025年12月31日前将区块调整后的建设进展情况报省人民政府。",
]
JS_ATT = "中国（江苏）自由贸易试验区连云港片区调整后区块四至范围"
JS_HEADER = ["区块名称", "区域", "所在县区", "面积（平方公里）", "四至范围"]
JS_ROWS = [
    ["连云港港区块", "庙岭—墟沟作业区", "连云区", "5.73", "东至庙岭港池东侧岸线，南至中华西路，西至墟沟港池西侧岸线，北至海州湾海岸线"],
    ["连云港港区块", "旗台作业区", "连云区", "3.88", "东至旗台山东麓，南至港城大道，西至旗台作业区西侧围网，北至连云港区30万吨级航道南侧"],
    ["连云港经济技术开发区区块", "含连云港综合保税区", "连云区、海州区", "7.84", "东至黄河路，南至新光路，西至江宁工业城东界，北至310国道"],
    ["赣榆港区块", "柘汪临港产业区", "赣榆区", "2.82", "东至海州湾岸线，南至柘汪河，西至沈海高速公路，北至绣针河"],
    ["合计", "", "", "20.27", ""],
]
JS_CHAOSONG = "省委各部委，省人大常委会办公厅，省政协办公厅，省法院，省检察院。商务部，海关总署。省商务厅、发展改革委、自然资源厅、生态环境厅，南京海关，连云港市赣榆区人民政府。"


def build_jiangsu():
    doc = new_doc(odd_even=True)
    banhead(doc, "江苏省人民政府文件", 48, width_scale=88)
    docnum_rule(doc, JS_NUM, blank_before=2)
    for t in JS_TITLE_PARAS:
        P(doc, t, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0)
    P(doc, JS_MAIN_TO, indent=0)
    P(doc, JS_OPEN)
    for t in JS_ITEMS:
        P(doc, t)
    attach_note(doc, [JS_ATT])
    signoff(doc, "江苏省人民政府", "2024年11月20日", right_chars=4, blank=3)
    # 附件 in its own section (next-page section break), page numbers continue
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    p = P(doc, "", XBZ, 20, C, 0, line=Pt(32))
    r = fnt(p.add_run("中国（江苏）自由贸易试验区连云港片区"), XBZ, 20)
    r.add_break()
    fnt(p.add_run("调整后区块四至范围"), XBZ, 20)
    P(doc, indent=0)
    tbl = doc.add_table(rows=1 + len(JS_ROWS), cols=5)
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [28, 28, 22, 22, 56])
    for j, h in enumerate(JS_HEADER):
        cell_text(tbl.cell(0, j), h, HT, 12, C, line=Pt(18))
        tbl.cell(0, j).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for i, row in enumerate(JS_ROWS, start=1):
        for j, v in enumerate(row):
            if i == 2 and j in (0, 2):
                continue                    # vertically merged below
            if i == 5 and j in (1, 2):
                continue                    # 合计 spans three columns
            cell_text(tbl.cell(i, j), v, FS, 12, L if j == 4 else C, line=Pt(20))
            tbl.cell(i, j).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for j in (0, 2):
        c = tbl.cell(1, j).merge(tbl.cell(2, j))
        # merging keeps both cells' paragraphs; drop the empty one
        for extra in c.paragraphs[1:]:
            if not extra.text:
                extra._p.getparent().remove(extra._p)
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    c = tbl.cell(5, 0).merge(tbl.cell(5, 2))
    for extra in c.paragraphs[1:]:
        if not extra.text:
            extra._p.getparent().remove(extra._p)
    P(doc, indent=0)
    # 版记 at the foot of the last page
    for _ in range(10):
        P(doc, indent=0)
    banji(doc, JS_CHAOSONG, "江苏省人民政府办公厅", "2024年11月22日")
    out = os.path.join(HERE, "blind216_jiangsu_pifu.docx")
    doc.save(out)
    return out


# ================================================================ PDF
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_216", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 武汉 纪要
    wh_cl = [WH_OPEN]
    for h, t, subs in WH_ITEMS:
        wh_cl.append(h + t)
        wh_cl.extend(subs)
    out["blind216_wuhan_jiyao"] = [{
        "meta": {
            "title": WH_TITLE, "doc_number": WH_NUM, "issuer": ["武汉市人民政府"],
            "date": "2024-06-18", "published": "2024-06-18", "level": "municipal", "region": "湖北省武汉市",
            "effective": None, "expires": None, "attachments": [], "doc_type": "纪要（专题会议纪要）",
            "recipients": [], "publicity": None,
            "meeting_date": "2024-06-12",
        },
        "clauses": wh_cl,
        "applies_to": {
            "default": "湖北省武汉市（中国（湖北）自由贸易试验区武汉片区）",
            "specific": {
                "一、": "东西湖区（武汉东西湖综合保税区及周边）、黄陂区临空经济区、新洲区阳逻港区域 — the areas proposed for 扩区",
                "二、": "东湖新技术开发区区块、武汉经济技术开发区（汉南区）区块 of 武汉片区",
                "三、（一）": "黄陂区（武汉新港空港综合保税区空港园区）",
                "三、（二）": "新洲区（阳逻港园区）",
                "三、（三）": "新洲区阳逻港 → 空港园区（黄陂区）; the 2000万元 is for 阳逻港园区",
                "四、": "东西湖区（吴家山铁路集装箱中心站、武汉东西湖综合保税区）、武汉片区",
                "五、": "新洲区（阳逻港）; 上海洋山港 is the destination, not a place of application",
                "六、1．": "拟扩区块 (东西湖区/黄陂区/新洲区 as in 一、)",
                "六、2．": "武汉片区 and the 综合保税区",
                "六、3．": "武汉片区",
            },
            "note": "中亚、东南亚共建“一带一路”国家 (四、) and 上海洋山港 (五、) do not move a clause abroad or to 上海. 出席/列席 name organs of 东湖/武汉经开区/东西湖/黄陂/新洲 — they are attendance lists, not clauses and not places of application.",
        },
        "_note": (
            "纪要格式: red header 武汉市人民政府专题会议纪要 (no 文件), the number 〔2024〕53号 alone on the next line (no organ code; "
            "doc_number “〔2024〕53号” — prefixed with the 纪要 name, e.g. “武汉市人民政府专题会议纪要〔2024〕53号”, equally good), then ONE paragraph "
            "武汉市人民政府办公厅<tab>2024年6月18日 (编发 organ left, date right) with the red rule under it. The 编发 line is furniture: "
            "its organ is the office that edits the 纪要 (issuer = 武汉市人民政府; 武汉市人民政府办公厅 tolerable low), its date is the date of the 纪要 (date = 2024-06-18). "
            "The meeting was on 2024-06-12 (first sentence) — not the document date (as date: medium). "
            "Title typed as THREE centred paragraphs (关于研究推进中国（湖北）自由贸易试验区 / 武汉片区提质扩区和武汉新港空港综合保税区 / 建设有关问题的会议纪要), joined with no space; the title does not name the organ. "
            "No 主送, no 落款, no seal, no 附件, no publicity line. Clauses: the opening paragraph (ends 纪要如下：), 议定事项 一、…七、 each a run-in 黑体 heading (关于…。) + text in one paragraph (heading + text = ONE clause), "
            "三、 ends with 议定： followed by （一）（二）（三） paragraphs, 六、 is only “六、关于要素保障。会议明确：” followed by 1．2．3． paragraphs — sub-items are separate clauses (merged into their item equally good; labelled top-level （一）/1． without 三、/六、 medium). "
            "出席：/列席： (hanging indent, 黑体 labels, names separated by full-width spaces) are attendance lists — furniture, not clauses (as clauses low; glued onto 七、 high). "
            "版记 alone on the last page after a page break and 16 empty paragraphs: 分送：… (not 抄送) / 武汉市人民政府办公厅秘书处<tab>2024年6月18日印发 → published 2024-06-18. Page numbers “— N —” centred. "
            "Deadlines 2024-07-31, 2024-08-31, 2024-11-30, 2024-12-31, 2024-09-30, 2024-06-25 are not document dates; no effective/expires (a 纪要 has none)."
        ),
        "_pdf": {"note": "5 pages. Page 1: header, number, 编发 line + red rule, the title on three lines, body begins (一、 breaks across pages 1–2, 三、（二） across 2–3). Page 4: 七、 and the 出席/列席 lists (the 出席 list wraps over 7 lines, names letter-spaced); page 5 holds only the 版记 (分送 / 秘书处 … 印发) at the bottom. Centred “— N —” on every page. Same expected meta and clauses."},
    }]
    # ---- (b) 四川 函
    sc_cl = [SC_OPEN] + [t for _, paras in SC_SECTIONS for t in paras] + [SC_CLOSE] + [row_clause(SC_HEADER, r) for r in SC_ROWS]
    out["blind216_sichuan_han"] = [{
        "meta": {
            "title": SC_TITLE, "doc_number": SC_NUM, "issuer": ["四川省商务厅"],
            "date": "2024-09-27", "published": None, "level": "provincial", "region": "四川省",
            "effective": None, "expires": None, "attachments": [SC_ATT], "doc_type": "函",
            "recipients": ["广西壮族自治区商务厅"], "publicity": "此件依申请公开",
        },
        "clauses": sc_cl,
        "applies_to": {
            "default": "四川省 (with 广西壮族自治区 as the partner province — a 函 between two provinces' 商务厅)",
            "specific": {
                "一、 para 1": "成都国际铁路港（青白江区）、泸州港、宜宾港 → 钦州港（钦州港东站, 广西）",
                "一、 para 2": "成都国际铁路港综合保税区、宜宾综合保税区; 钦州港片区 (where the 四川 enterprises invest)",
                "二、（一）": "成都青白江铁路港片区 + 钦州港片区",
                "二、（二）": "成都天府新区片区 + 南宁片区",
                "二、（三）": "川南临港片区（泸州）+ 崇左片区",
                "三、 para 1": "宜宾综合保税区 + 凭祥综合保税区",
                "三、 para 2": "攀枝花 (钒钛), 川南, 成都 → 防城港、钦州港",
                "附件 序号1": "成都国际铁路港（青白江区）+ 钦州港片区",
                "附件 序号2": "泸州港、川南临港片区 + 钦州港片区",
                "附件 序号3": "宜宾综合保税区 + 凭祥综合保税区（崇左片区）",
                "附件 序号4": "成都青白江铁路港片区 + 钦州港片区",
                "附件 序号5": "成都天府新区片区 + 南宁片区",
                "附件 序号6": "钦州港片区 (the centre is set up there) / 成都国际铁路港",
                "附件 序号7": "攀枝花市 + 防城港市",
            },
            "note": "Places in 广西 (钦州港片区, 南宁片区, 崇左片区, 凭祥, 防城港) are the partner side: tagging a clause with both the 四川 and the 广西 place is right; tagging it only with 广西 is medium; 东盟 does not move a clause abroad. 四、 / 序号8 / 序号9 concern both provinces as a whole.",
        },
        "_note": (
            "信函格式: red organ name 四川省商务厅 (no 文件), red thick-thin double rule, 文号 川商函〔2024〕417号 right-aligned under the rule; page 1 has no page number, “— N —” on the right afterwards. "
            "Title one paragraph with one soft line break (…共同推进西部陆海 / 新通道川桂段建设…的函 — the break splits the name 西部陆海|新通道), joined with no space. 主送 广西壮族自治区商务厅 (another province's 厅 — the 函 is 平行文). "
            "Clauses: the opening paragraph (现函商如下。); headings 一、…四、 on their own lines (黑体) — under 一、 and 三、 come TWO UNLABELLED paragraphs each (each its own clause, path under its heading; glued together tolerable low; glued onto the heading text fine), "
            "under 二、 run-in 楷体 （一）（二）（三）, under 四、 one paragraph; the closing request paragraph (对接清单详见附件。…于2024年10月31日前函复…) is a clause; 专此函商，盼复。 is the closing formula (furniture; as a clause low). "
            "联系人：… line is furniture (not a clause, not an issuer). 附件：川桂商务领域合作对接清单; 落款 四川省商务厅 / 2024年9月27日; （此件依申请公开）. "
            "After a page break: label 附件, the list title, a 5-column Word table 序号/合作事项/四川方责任单位/广西方对接单位/时间安排 (header row marked to repeat, rows cantSplit) — each row one clause 序号：N；合作事项：…；… . "
            "The 版记 is only 抄送：… between two rules (no 印发 line) under the table → published unknown (null). "
            "2024-10-31 (reply deadline) and the row deadlines are not document dates; no effective/expires (a 函 has none)."
        ),
        "_pdf": {"note": "5 pages. Page 1 without page number (一、's first paragraph ends exactly at its foot); 四、, the closing request, 专此函商，盼复。, the 联系人 line, 附件说明, 落款 and （此件依申请公开） on page 3; the 附件 table starts on page 4 (rows 1–5) and continues on page 5 (rows 6–9) with the header row printed again; the 抄送 line follows the table on page 5. Cells wrap to 2–3 lines. Same expected meta and clauses."},
    }]
    # ---- (c) 北仑 报告
    bl_cl = [BL_OPEN, BL_ONE_PARA] + [row_clause(BL_HEADER, r) for r in BL_ROWS] + [h + t for h, t in BL_ONE_ITEMS] + [BL_TWO_A + BL_TWO_B] \
        + [h + t for h, t in BL_THREE_ITEMS] + [BL_FOUR_LEAD] + BL_FOUR_ITEMS
    out["blind216_beilun_baogao"] = [{
        "meta": {
            "title": BL_TITLE, "doc_number": BL_NUM, "issuer": ["宁波市北仑区人民政府"],
            "date": "2025-01-15", "published": "2025-01-16", "level": "county", "region": "浙江省宁波市北仑区",
            "effective": None, "expires": None, "attachments": [], "doc_type": "报告",
            "recipients": ["宁波市人民政府"], "publicity": None, "signer": BL_SIGNER,
        },
        "clauses": bl_cl,
        "applies_to": {
            "default": "浙江省宁波市北仑区（宁波片区北仑区块）",
            "specific": {
                "表 梅山综合保税区进出口额": "梅山综合保税区",
                "表 北仑港综合保税区进出口额": "北仑港综合保税区",
                "表 宁波舟山港北仑港区集装箱吞吐量": "宁波舟山港北仑港区",
                "一、（一）": "梅山岛（LNG接收站）、穿山港区",
                "一、（二）": "北仑港区、穿山港区、梅山港区",
                "一、（三）": "梅山综合保税区、北仑港综合保税区、大榭开发区、春晓园区",
                "二、": "北仑港综合保税区; 梅山岛、春晓区域",
                "三、（一）": "大榭开发区化工园区、春晓园区",
                "三、（二）": "梅山岛、穿山港区",
                "三、（三）": "北仑港综合保税区、梅山综合保税区",
                "四、1．": "大榭开发区化工园区、春晓园区",
                "四、2．": "梅山综合保税区、北仑港综合保税区",
                "四、3．": "北仑港综合保税区",
            },
            "note": "共建“一带一路”国家 / 东南亚、中东 / 中东欧 do not move a clause abroad. Rows without a place apply to 北仑区 as a whole. 宁波市 (the recipient) is the higher level, not a narrower place.",
        },
        "_note": (
            "上行文 文件格式: red 版头 宁波市北仑区人民政府文件; ONE paragraph 仑政〔2025〕4号<tab>签发人：张立新 (文号 left, 签发人 right, the name in 楷体) — the 签发人 is not a title/issuer/clause; red rule (paragraph top border on a thin empty paragraph). "
            "Title ONE paragraph with no manual break — Word wraps it over 3 lines. 主送 宁波市人民政府 (higher authority). Clauses: opening paragraph (报告如下：), heading 一、 (黑体, own line), its paragraph (…见下表。), "
            "a caption line (2024年北仑区开放型经济主要指标完成情况 — a table title, not a clause) and a Word table with a TWO-ROW HEADER: 指标名称/单位/同比增长（%） merged down, 2024年 merged across 完成值|目标值, 2023年 over 完成值; header rows shaded and marked to repeat. "
            "Each of the 9 data rows is one clause; expected writes them with the flattened header 指标名称：…；单位：…；2024年完成值：…；2024年目标值：…；2023年完成值：…；同比增长（%）：… (any faithful way to join the two header rows is fine; losing the 2024年/2023年 distinction is medium because the two 完成值 columns become indistinguishable). "
            "The note under the table (注：2024年数据为快报数…) is a table note — as a clause tolerable, dropping it low. Then run-in 楷体 （一）（二）（三） under 一、; 二、 has ONE paragraph with a SOFT LINE BREAK in the middle of a sentence (…梅山岛、⏎春晓区域…) — one clause, joined with no space; "
            "三、 （一）…（四）; 四、 lead paragraph + 1．2．3． paragraphs. 特此报告。 is the closing formula (furniture; as a clause low). 落款 宁波市北仑区人民政府 / 2025年1月15日; 附注 （联系人：区商务局　陈佳，电话：…） in parentheses where a publicity note would stand — it is not a publicity note (publicity = null) and not a clause. "
            "版记: 抄送：市商务局，市发展改革委，宁波海关。 / 宁波市北仑区人民政府办公室<tab>2025年1月16日印发 → published 2025-01-16. Footer “— N —” odd right / even left. "
            "Figures (4562.3亿元, 6.8% …) are 2024 results; 2025年6月底 is a target — no effective/expires (a 报告 has none)."
        ),
        "_pdf": {"note": "5 pages. Page 1 ends with the heading 一、2024年主要工作成效 (its paragraph is on page 2); the whole figures table with its note is on page 2 (long 指标名称 cells wrap to 2 lines); the soft-broken paragraph of 二、 sits at the foot of page 3 (LibreOffice stretches the line ending in the soft break: “梅山岛 、”); 特此报告。 ends page 4; page 5 holds only the 落款, the 附注 （联系人：…） and the 版记. Same expected meta and clauses."},
    }]
    # ---- (d) 江苏 批复
    js_rows = []
    for r in JS_ROWS:
        js_rows.append(row_clause(JS_HEADER, r))
    out["blind216_jiangsu_pifu"] = [{
        "meta": {
            "title": JS_TITLE, "doc_number": JS_NUM, "issuer": ["江苏省人民政府"],
            "date": "2024-11-20", "published": "2024-11-22", "level": "provincial", "region": "江苏省",
            "effective": None, "expires": None, "attachments": [JS_ATT], "doc_type": "批复",
            "recipients": ["连云港市人民政府"], "publicity": "此件公开发布",
            "replies_to": "关于调整中国（江苏）自由贸易试验区连云港片区区块范围的请示（连政发〔2024〕31号）",
        },
        "clauses": [JS_OPEN] + JS_ITEMS + js_rows,
        "applies_to": {
            "default": "江苏省连云港市（中国（江苏）自由贸易试验区连云港片区）",
            "specific": {
                "一、": "连云港片区: 连云港港区块（连云区）、连云港经济技术开发区区块（连云区、海州区，含连云港综合保税区）、赣榆港区块（赣榆区柘汪）; 调出 徐圩新区区块 and 墟沟作业区后方陆域",
                "二、": "中哈（连云港）物流合作基地、上合组织（连云港）国际物流园 (连云区)",
                "三、": "赣榆区（赣榆港区块，柘汪临港产业区）",
                "四、": "徐圩新区、墟沟作业区后方陆域 (the areas taken OUT — the clause is about them)",
                "五、": "连云港市 (调整区块); 海州湾生态保护红线",
                "附件 row 1": "连云区（庙岭—墟沟作业区）",
                "附件 row 2": "连云区（旗台作业区）",
                "附件 row 3": "连云区、海州区（连云港经济技术开发区、连云港综合保税区）",
                "附件 row 4": "赣榆区（柘汪临港产业区）",
            },
            "note": "The 批复 is provincial but concerns one 片区 in 连云港市: default place 连云港市/连云港片区 (江苏省 alone too broad, low). 共建“一带一路”国家 / 上合组织 / 中哈 do not move a clause abroad. 四、 applies to the areas taken out of the 片区 — tagging it with 徐圩新区 is right.",
        },
        "_note": (
            "文件格式: red 版头 江苏省人民政府文件; 文号 苏政复〔2024〕47号 centred with the red rule under it (批复 with 复 in the code). Title typed as TWO centred paragraphs (…调整中国（江苏） / 自由贸易试验区连云港片区区块范围的批复) — joined with no space. "
            "主送 连云港市人民政府. Clauses: the 收悉 paragraph citing the 请示 (连政发〔2024〕31号 is the request's number, not this document's; 现批复如下：), items 一、…六、 as whole paragraphs (number + text = one clause, no headings), no 此复. "
            "附件：中国（江苏）自由贸易试验区连云港片区调整后区块四至范围; 落款 江苏省人民政府 / 2024年11月20日; （此件公开发布）. "
            "Then a NEXT-PAGE SECTION BREAK (not a page break) opens the 附件 section: label 附件, the table title in one paragraph with a soft break (…连云港片区 / 调整后区块四至范围), and a 5-column table 区块名称/区域/所在县区/面积（平方公里）/四至范围. "
            "Rows 1–2 share 区块名称 连云港港区块 and 所在县区 连云区 in VERTICALLY MERGED cells — both rows must carry them (a row that loses 连云港港区块/连云区 is medium); the 合计 row has 合计 merged across three columns and 20.27 (as a row clause expected, dropped low). "
            "Areas: 一、 must keep 0.84 / 1.98 / 2.82 / 20.27 / 9.61 / 7.84 平方公里 exactly. 版记 on the last page under the table: 抄送… / 江苏省人民政府办公厅<tab>2024年11月22日印发 → published 2024-11-22; date = 2024-11-20. "
            "No effective/expires (自本批复印发之日起 in 四、 is about the taken-out areas; effective = 2024-11-22 or 2024-11-20 tolerable low). 2025-03-31, 2025-06-30 (过渡期), 2025-12-31 are deadlines."
        ),
        "_pdf": {"note": "5 pages. Body on pages 1–2; page 3 holds only 附件说明, 落款 and （此件公开发布）; the 附件 section starts page 4 (label, table title on two lines, header + rows 1–4 — the merged 连云港港区块/连云区 cells print once, centred across rows 1–2); the 合计 row alone spills onto page 5 (the header is NOT repeated — not marked to repeat), followed by the 版记. “— N —” odd right / even left. Same expected meta and clauses."},
    }]
    return out


def main():
    files = [build_wuhan(), build_sichuan(), build_beilun(), build_jiangsu()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
