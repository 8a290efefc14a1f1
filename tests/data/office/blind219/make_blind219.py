# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 219: the most ordinary documents of 华中 and 华北 offices (河南, 湖北, 河北, 江西).

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind219_henan_yijian.docx / .pdf     河南省人民政府办公厅 实施意见 (豫政办〔2024〕52号) on the 河南自贸试验区
      and 共建“一带一路”; 一、（一）1． body, 附件 重点任务分工表 (5 columns, 完成时限 merged down 3 rows,
      header row repeated).
  blind219_wuhan_shenbao.docx / .pdf    武汉市商务局 武汉市财政局 joint 通知 on 申报 (武商务〔2024〕63号),
      版头 of the lead organ only, joint 落款 typed on one line with spaces; 附件1 申报指南, 附件2 a blank
      申报汇总表 in a landscape section.
  blind219_zhengding_jueding.docx / .pdf 正定县人民政府 决定 (正政〔2024〕31号), 正定片区 and 石家庄综保区;
      paragraphs indented with typed full-width spaces, a soft break pasted in item 五, date in 〇 numerals,
      （此件主动公开）.
  blind219_ganzhou_banfa.docx / .pdf     赣州经济技术开发区管理委员会 印发《…扶持资金管理办法》的通知
      (赣经开管发〔2025〕6号); the 办法 follows in a new section with no 附件 label: 第一章…第五章,
      第一条…第十八条, a 款 after a small table, 施行/有效期/废止.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind219.py
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
KT2 = "楷体"
ST = "宋体"
HWZS = "华文中宋"
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
FW = "　"  # full-width space


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


def runin(doc, head, body, head_font=KT, body_font=FS, bold=False, indent=2):
    p = P(doc, indent=indent)
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


def page_field(p, size=SI, east=ST, dash="—"):
    fnt(p.add_run(dash + " "), east, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = fnt(p.add_run(), east, size)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            r._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            r._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    fnt(p.add_run(" " + dash), east, size)


def grid(section, kind="lines", pitch="579"):
    sp = section._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), kind)
    g.set(qn("w:linePitch"), pitch)


def new_doc(footer="oddeven", body_font=FS):
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
    if footer == "center":
        fp.alignment = C
        page_field(fp)
    elif footer == "right":
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
    else:
        doc.settings.odd_and_even_pages_header_footer = True
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(SI)
        page_field(ep)
    return doc


def banhead(doc, text, size=48, width_scale=None, east=XBZ, spacing=None):
    p = P(doc, "", east, size, C, 0, line=Pt(size * 1.2))
    r = fnt(p.add_run(text), east, size, color=RED)
    rpr = r._element.get_or_add_rPr()
    if width_scale:
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), width_scale)))
    if spacing is not None:
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
    return p


def docnum_rule(doc, num, blank_before=2, east=FS):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, num, east, SAN, C, 0)
    pborder(p, "bottom", 18, "FF0000", 10)
    P(doc, indent=0)


def title(doc, lines, soft=True, east=XBZ, size=ER, line=Pt(35)):
    if soft:
        p = P(doc, "", east, size, C, 0, line=line)
        for i, t in enumerate(lines):
            r = fnt(p.add_run(t), east, size)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for t in lines:
            P(doc, t, east, size, C, 0, line=line)
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


def banji(doc, chaosong, printer=None, printdate=None, blank=0, east=FS, pos=8600):
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
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="%d"/></w:tabs>' % (nsdecls("w"), pos)))
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


def portrait_section(doc, footer_dist=Mm(28)):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = footer_dist
    return sec


# ================================================================ (a) 河南省人民政府办公厅 实施意见
HN_NUM = "豫政办〔2024〕52号"
HN_TITLE = "河南省人民政府办公厅关于推进中国（河南）自由贸易试验区提升发展更好服务共建“一带一路”的实施意见"
HN_TITLE_LINES = ["河南省人民政府办公厅关于推进", "中国（河南）自由贸易试验区提升发展", "更好服务共建“一带一路”的实施意见"]
HN_MAIN_TO = "各省辖市人民政府，济源示范区、航空港区管委会，省人民政府各部门："
HN_INTRO = "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推进中国（河南）自由贸易试验区（以下简称河南自贸试验区）提升发展，更好服务和融入共建“一带一路”，经省政府同意，现提出如下实施意见。"
HN_GOAL = "以制度创新为核心，以服务共建“一带一路”为主线，统筹推进河南自贸试验区郑州、开封、洛阳片区差异化发展。到2027年，河南自贸试验区实际使用外资占全省比重达到30%以上，货物贸易进出口额年均增长8%以上，累计形成制度创新成果100项以上，其中在全国复制推广10项以上。"
# (一、 heading, [ ( （一）heading or None-for-runin , [(label, text)] ) ])
HN_BODY = [
    ("一、总体要求", [(None, [("", HN_GOAL)])]),
    ("二、重点任务", [
        ("（一）提升“空中丝绸之路”枢纽功能", [
            ("1．", "拓展国际航线网络。支持郑州航空港经济综合实验区（以下简称航空港区）加密至欧美、东盟国家的全货机航线，到2027年郑州新郑国际机场国际地区货运航线达到50条以上，年货邮吞吐量突破100万吨。"),
            ("2．", "提升航空口岸通关效率。在郑州航空口岸推广“空空中转”“空陆联运”监管模式，实现国际中转货物“一次申报、一次查验、一次放行”，进口货物整体通关时间压缩至12小时以内。"),
            ("3．", "深化郑州—卢森堡“双枢纽”合作。支持卢森堡货航等境外航空公司在航空港区设立区域分拨中心，对新设立的区域分拨中心，省财政按其实际投资额的5%给予一次性奖励，最高不超过500万元。"),
        ]),
        ("（二）畅通“陆上丝绸之路”国际物流通道", [
            ("1．", "做强中欧班列（中豫号）。支持郑州国际陆港在郑州片区建设中欧班列集结中心，2025年年底前开行线路覆盖欧洲、中亚30个以上国家和地区。"),
            ("2．", "推进多式联运“一单制”。在郑州片区、洛阳片区开展铁海联运、公铁联运“一单制”试点，探索赋予多式联运单证物权凭证功能，2025年年底前签发“一单制”提单不少于2万票。"),
        ]),
        ("（三）打造制度型开放高地", [
            ("1．", "对接国际高标准经贸规则。在郑州片区开展数据跨境流动便利化试点，制定重要数据目录和数据出境负面清单。"),
            ("2．", "深化“放管服”改革。开封片区要持续深化“一枚印章管审批”改革，2025年6月底前将企业开办时间压缩至1个工作日以内。"),
            ("3．", "加强知识产权保护。支持洛阳片区建设国家知识产权服务业集聚发展示范区，设立知识产权快速维权中心。"),
        ]),
        ("（四）推动区内区外联动发展。", "RUNIN", "支持郑州新郑综合保税区、郑州经开综合保税区、洛阳综合保税区、南阳卧龙综合保税区与自贸试验区各片区开展“自贸+综保”联动创新；在许昌市、焦作市、商丘市设立自贸试验区联动创新区，2025年年底前复制推广自贸试验区改革试点经验不少于30项。"),
    ]),
    ("三、保障措施", [
        ("（一）加强组织领导。", "RUNIN", "省自贸试验区建设领导小组办公室（设在省商务厅，以下简称省自贸办）要发挥统筹协调作用。郑州市、开封市、洛阳市人民政府要落实片区建设主体责任，每年研究出台支持片区提升发展的具体措施。"),
        ("（二）强化要素保障。", "RUNIN", "省财政每年统筹安排资金支持自贸试验区制度创新和平台建设。新增建设用地计划指标优先保障三个片区重大项目用地需求。"),
        ("（三）抓好督促落实。", "RUNIN", "省自贸办会同省有关部门每半年对本意见落实情况开展评估，评估结果报省政府。本意见自2024年10月1日起施行，有效期至2027年12月31日。"),
    ]),
]
HN_ATT = "河南自贸试验区提升发展重点任务分工表"
HN_HEADER = ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"]
HN_ROWS = [
    ["1", "加密郑州新郑国际机场国际地区全货机航线，国际地区货运航线达到50条以上", "航空港区管委会", "省交通运输厅、民航河南监管局、省机场集团", "2027年12月"],
    ["2", "在郑州航空口岸推广“空空中转”“空陆联运”监管模式", "郑州海关", "航空港区管委会、省商务厅", "2025年6月"],
    ["3", "建设郑州国际陆港中欧班列集结中心", "郑州市人民政府", "省发展改革委、省交通运输厅、郑州海关", "2025年12月"],
    ["4", "在郑州片区、洛阳片区开展“一单制”试点", "省商务厅（省自贸办）", "郑州市、洛阳市人民政府，郑州海关", "2025年12月"],
    ["5", "在郑州片区开展数据跨境流动便利化试点", "省委网信办", "省商务厅（省自贸办）、郑州市人民政府", "2025年12月"],
    ["6", "开封片区企业开办时间压缩至1个工作日以内", "开封市人民政府", "省市场监管局", "2025年6月"],
    ["7", "洛阳片区建设国家知识产权服务业集聚发展示范区", "洛阳市人民政府", "省知识产权局", "2026年12月"],
    ["8", "在许昌市、焦作市、商丘市设立自贸试验区联动创新区", "省商务厅（省自贸办）", "许昌市、焦作市、商丘市人民政府", "2025年12月"],
    ["9", "推动综合保税区与自贸试验区“自贸+综保”联动创新", "郑州海关", "郑州市、洛阳市、南阳市人民政府", "持续推进"],
    ["10", "每半年开展一次落实情况评估", "省商务厅（省自贸办）", "省有关部门", "每半年"],
]
HN_VMERGE = (3, 5, 4)   # rows 3..5 (1-based data rows), column 4 (完成时限 2025年12月) merged down
HN_CHAOSONG = "省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，郑州海关，民航河南监管局。"
HN_PRINTER = "河南省人民政府办公厅"
HN_PRINTDATE = "2024年9月14日"


def build_henan():
    doc = new_doc(footer="oddeven")
    banhead(doc, "河南省人民政府办公厅文件", 42, width_scale=80)
    docnum_rule(doc, HN_NUM)
    title(doc, HN_TITLE_LINES, soft=True)
    P(doc, HN_MAIN_TO, indent=0)
    P(doc, HN_INTRO)
    for head, subs in HN_BODY:
        P(doc, head, HT, SAN)
        for sub in subs:
            if sub[0] is None:
                for _, t in sub[1]:
                    P(doc, t)
            elif len(sub) == 3:
                runin(doc, sub[0], sub[2], KT)
            else:
                P(doc, sub[0], KT, SAN)
                for lab, t in sub[1]:
                    # 1．拓展国际航线网络。  — lead sentence in bold 仿宋
                    lead, rest = t.split("。", 1)
                    p = P(doc)
                    fnt(p.add_run(lab + lead + "。"), FS, SAN, bold=True)
                    fnt(p.add_run(rest), FS, SAN)
    attach_note(doc, [HN_ATT])
    signoff(doc, "河南省人民政府办公厅", "2024年9月13日", right_chars=4, blank=3)
    # 附件 on a new page, the table in portrait
    page_break(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    P(doc, HN_ATT, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0, line=Pt(14))
    tbl = doc.add_table(rows=1 + len(HN_ROWS), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [12, 58, 30, 44, 22])
    for i, h in enumerate(HN_HEADER):
        cell_text(tbl.cell(0, i), h, HT, XS, C, line=Pt(20))
    repeat_header(tbl.rows[0])
    r0, r1, ci = HN_VMERGE
    for ri, row in enumerate(HN_ROWS, start=1):
        for c, v in enumerate(row):
            if c == ci and r0 < ri <= r1:
                continue
            cell_text(tbl.cell(ri, c), v, FS, XS, C if c in (0, 4) else L, line=Pt(20))
            tbl.cell(ri, c).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cant_split(tbl.rows[ri])
    tbl.cell(r0, ci).merge(tbl.cell(r1, ci))
    page_break(doc)
    banji(doc, HN_CHAOSONG, HN_PRINTER, HN_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind219_henan_yijian.docx")
    doc.save(out)
    return out


# ================================================================ (b) 武汉 商务局 + 财政局 联合通知 (申报)
WH_NUM = "武商务〔2024〕63号"
WH_GUIDE = "2024年度武汉市外经贸发展专项资金（共建“一带一路”市场开拓）申报指南"
WH_FORM = "2024年度共建“一带一路”市场开拓项目申报汇总表"
WH_TITLE = "武汉市商务局　武汉市财政局关于组织申报2024年度外经贸发展专项资金（共建“一带一路”市场开拓）项目的通知"
WH_TITLE_LINES = ["武汉市商务局　武汉市财政局", "关于组织申报2024年度外经贸发展专项资金", "（共建“一带一路”市场开拓）项目的通知"]
WH_MAIN_TO = "各区商务主管部门、财政局，武汉东湖新技术开发区、武汉经济技术开发区（汉南区）、武汉临空港经济技术开发区（东西湖区）、武汉长江新区管委会有关部门，各有关企业："
WH_INTRO = "为贯彻落实省委、省政府和市委、市政府关于稳外贸和高质量共建“一带一路”的工作部署，支持我市企业开拓共建“一带一路”国家市场，根据《武汉市外经贸发展专项资金管理办法》（武财规〔2023〕5号）有关规定，现就组织申报2024年度外经贸发展专项资金（共建“一带一路”市场开拓）项目有关事项通知如下："
WH_NOTICE = [
    ("一、申报时间", ["2024年6月20日至2024年7月19日。逾期不予受理。"]),
    ("二、申报方式", [
        "企业通过“武汉市商务发展专项资金管理系统”在线填报，并将纸质申报材料一式两份报送注册地所在区商务主管部门。",
        "各区商务主管部门会同同级财政部门完成初审后，于2024年7月31日前将初审意见和项目申报汇总表（附件2，加盖公章）报送市商务局对外贸易处，电子版同时发送至指定邮箱。",
    ]),
    ("三、有关要求", [
        ("（一）", "各区要加强政策宣传，重点组织中国（湖北）自由贸易试验区武汉片区、武汉东西湖综合保税区和武汉新港空港综合保税区内企业做好申报工作。"),
        ("（二）", "企业对申报材料的真实性负责。对弄虚作假、骗取专项资金的，一经查实，全额追回已拨付资金，三年内不得申报市级外经贸发展专项资金。"),
        ("（三）", "专项资金实行总额控制。申报资金总额超过年度预算的，按比例核减。"),
    ]),
    ("四、联系方式", [
        "市商务局对外贸易处：陈　静，027-85565203",
        "市财政局经济建设处：刘　洋，027-85766032",
    ]),
]
WH_GUIDE_BODY = [
    ("一、支持范围", [
        "（一）境外展会项目。企业参加经市商务局确认的共建“一带一路”国家境外展览会发生的展位费、公共布展费。",
        "（二）市场开拓项目。企业赴共建“一带一路”国家开展商务考察、市场调研，以及境外商标注册、产品认证发生的费用。",
        "（三）境外营销网络项目。企业在共建“一带一路”国家新设海外仓、展示中心、售后服务网点发生的租赁费和设施购置费。",
    ]),
    ("二、支持标准", [
        "1．境外展会项目按展位费和公共布展费的70%给予支持，单个展会最高不超过5万元。",
        "2．市场开拓项目按实际发生费用的50%给予支持，单个企业最高不超过20万元。",
        "3．境外营销网络项目按实际投资额的30%给予支持，单个企业最高不超过100万元。",
        "4．在中国（湖北）自由贸易试验区武汉片区内注册的企业，以及在武汉东西湖综合保税区、武汉新港空港综合保税区内开展保税业务的企业，支持比例在上述标准基础上提高10个百分点，单个企业支持上限不变。",
        "5．通过吴家山铁路集装箱中心站中欧班列（武汉）和阳逻港“江海直达”航线向共建“一带一路”国家出口、年出口额达到500万美元以上的企业，另按每标准集装箱200元给予物流费用支持，单个企业最高不超过30万元。",
    ]),
    ("三、申报条件", [
        "（一）在本市依法注册登记、具有独立法人资格，且2023年度有进出口实绩；",
        "（二）申报项目发生时间为2023年7月1日至2024年6月30日；",
        "（三）近三年内未发生严重违法失信行为，未被列入海关失信企业名单。",
    ]),
    ("四、申报材料", [
        "（一）专项资金申请表（在系统中在线填报后打印）；",
        "（二）营业执照复印件；",
        "（三）项目合同、发票和费用支付凭证复印件；",
        "（四）企业对申报材料真实性的承诺书。",
    ]),
    ("五、审核和拨付", [
        "市商务局会同市财政局组织第三方机构对各区初审通过的项目进行复审，复审结果在市商务局门户网站公示5个工作日。公示无异议的，由市财政局按程序将资金拨付至企业注册地所在区财政局，各区财政局在收到资金后15个工作日内拨付到企业。",
    ]),
]
WH_FORM_HEADER = ["序号", "企业名称", "统一社会信用代码", "所在区", "项目类别", "项目内容", "实际支出（万元）", "申报金额（万元）", "备注"]
WH_CHAOSONG = "湖北省商务厅，湖北省财政厅，武汉海关，市审计局。"
WH_PRINTER = "武汉市商务局办公室"
WH_PRINTDATE = "2024年6月17日"


def build_wuhan():
    doc = new_doc(footer="right", body_font=FS2)
    # 联合行文, 版头 of the lead organ only
    banhead(doc, "武汉市商务局文件", 52, width_scale=90, east=HWZS)
    docnum_rule(doc, WH_NUM, blank_before=2, east=FS2)
    title(doc, WH_TITLE_LINES, soft=True, east=HWZS)
    P(doc, WH_MAIN_TO, FS2, indent=0)
    P(doc, WH_INTRO, FS2)
    for head, paras in WH_NOTICE:
        P(doc, head, HT, SAN)
        for t in paras:
            if isinstance(t, tuple):
                runin(doc, t[0], t[1], FS2, FS2)
            else:
                P(doc, t, FS2)
    attach_note(doc, [WH_GUIDE, WH_FORM], east=FS2)
    # joint 落款 typed on one line with spaces, date centred under the pair
    for _ in range(3):
        P(doc, indent=0)
    p = P(doc, "武汉市商务局" + FW * 5 + "武汉市财政局", FS2, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 2)
    p.paragraph_format.keep_with_next = True
    p = P(doc, "2024年6月14日", FS2, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 6.5)
    P(doc, indent=0)
    P(doc, "（此件公开发布）", FS2, SAN, L, 2)
    # 附件1 申报指南
    page_break(doc)
    P(doc, "附件1", HT, SAN, L, 0)
    P(doc, indent=0)
    title(doc, ["2024年度武汉市外经贸发展专项资金", "（共建“一带一路”市场开拓）申报指南"], soft=False, east=HWZS)
    for head, paras in WH_GUIDE_BODY:
        P(doc, head, HT, SAN)
        for t in paras:
            if t.startswith("（") and "。" in t[:20] and head == "一、支持范围":
                lead, rest = t.split("。", 1)
                runin(doc, lead + "。", rest, KT2, FS2)
            else:
                P(doc, t, FS2)
    # 附件2 blank form in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(26), Mm(24)
    sec.left_margin, sec.right_margin = Mm(30), Mm(28)
    sec.footer_distance = Mm(12)
    grid(sec, "default", "312")
    P(doc, "附件2", HT, SAN, L, 0)
    P(doc, WH_FORM, HWZS, 20, C, 0, line=Pt(32))
    p = P(doc, "填报单位（盖章）：" + FW * 14 + "填报日期：2024年" + FW + FW + "月" + FW + FW + "日", FS2, SI, L, 0, line=Pt(26))
    ncols = len(WH_FORM_HEADER)
    tbl = doc.add_table(rows=1 + 8 + 1, cols=ncols)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [12, 42, 38, 20, 24, 44, 20, 20, 19])
    for i, h in enumerate(WH_FORM_HEADER):
        cell_text(tbl.cell(0, i), h, HT, XS, C, line=Pt(18))
    repeat_header(tbl.rows[0])
    for r in range(1, 9):
        cell_text(tbl.cell(r, 0), str(r), FS2, XS, C)
        for c in range(1, ncols):
            cell_text(tbl.cell(r, c), "", FS2, XS, C)
        row_height(tbl.rows[r], 9)
    m = tbl.cell(9, 0).merge(tbl.cell(9, 5))
    cell_text(m, "合　　计", HT, XS, C)
    row_height(tbl.rows[9], 9)
    P(doc, "填报人：" + FW * 10 + "联系电话：" + FW * 10 + "区商务主管部门负责人（签字）：", FS2, SI, L, 0, line=Pt(26), before=4)
    # portrait page for the 版记
    portrait_section(doc)
    banji(doc, WH_CHAOSONG, WH_PRINTER, WH_PRINTDATE, blank=16, east=FS2)
    out = os.path.join(HERE, "blind219_wuhan_shenbao.docx")
    doc.save(out)
    return out


# ================================================================ (c) 正定县人民政府 决定
ZD_NUM = "正政〔2024〕31号"
ZD_TITLE = "正定县人民政府关于加快推进中国（河北）自由贸易试验区正定片区与石家庄综合保税区联动发展的决定"
ZD_TITLE_LINES = ["正定县人民政府关于加快推进中国（河北）自由", "贸易试验区正定片区与石家庄综合保税区", "联动发展的决定"]
ZD_MAIN_TO = "各乡镇人民政府，县政府各部门，正定高新技术产业开发区管委会："
ZD_INTRO = "为深入贯彻落实《中国（河北）自由贸易试验区总体方案》和省、市关于推进自贸试验区提质升级的部署要求，充分发挥中国（河北）自由贸易试验区正定片区（以下简称正定片区）和石家庄综合保税区（以下简称综保区）政策叠加优势，推动我县更高水平融入共建“一带一路”，经县政府第36次常务会议研究，作出如下决定："
ZD_ITEMS = [
    ("一、明确联动发展布局。", "以正定片区临空产业园、综保区和正定高新技术产业开发区为核心，构建“一区一园一港”联动发展格局。到2027年，正定片区和综保区进出口总额达到150亿元，实际利用外资累计达到3亿美元。"),
    ("二、支持综保区拓展保税业务。", "对在综保区新开展保税维修、保税研发、跨境电商“1210”业务的企业，按其年度进出口额的1%给予奖励，单个企业每年最高不超过100万元。"),
    ("三、提升航空口岸功能。", "依托石家庄正定国际机场航空口岸，加快建设进口水果、冰鲜水产品指定监管场地，2025年年底前通过验收。对新开通至共建“一带一路”国家国际货运航线的航空公司，按每周每班次10万元给予补贴。"),
    ("四、推动外资项目向片区集聚。", "对新落户临空产业园的外资项目，实际到位外资1000万美元以上的，按到位外资额的2%给予奖励，单个项目最高不超过500万元。"),
    ("五、强化用地保障。", "每年新增建设用地计划指标的30%优先用于正定片区项目。诸福屯镇、新城铺镇范围内正定片区扩展区域的土地征收和\n地上附着物补偿工作，由所在镇人民政府负责，2025年6月30日前完成。"),
    ("六、支持乡镇特色产业外向发展。", "支持南牛乡、西平乐乡发展保税物流配套和农产品出口基地建设。对新认定为县级出口农产品示范基地的，一次性奖励20万元。"),
    ("七、优化涉外政务服务。", "在正定片区政务服务中心设立“一带一路”企业服务专窗，为外贸外资企业提供注册登记、通关咨询、外汇结算等“一站式”服务。"),
    ("八、加强组织保障。", "成立正定县自贸试验区联动发展工作领导小组，由县长任组长，领导小组办公室设在县商务局，负责日常协调和督导考核工作。"),
    ("九、其他事项。", "本决定所需资金由县财政统筹安排。本决定自2025年1月1日起施行，有效期5年。此前县政府有关规定与本决定不一致的，以本决定为准。"),
]
ZD_CLOSE = "各乡镇、各部门要按照本决定要求，结合职责抓好贯彻落实，重大事项及时向县政府报告。"
ZD_CHAOSONG = "县委办公室，县人大常委会办公室，县政协办公室，县纪委监委，县法院，县检察院，石家庄海关驻综保区办事处。"
ZD_PRINTER = "正定县人民政府办公室"
ZD_PRINTDATE = "2024年12月18日"


def build_zhengding():
    doc = new_doc(footer="center", body_font=FS)
    banhead(doc, "正定县人民政府文件", 50, width_scale=88)
    docnum_rule(doc, ZD_NUM, blank_before=2)
    title(doc, ZD_TITLE_LINES, soft=False, size=20)
    P(doc, ZD_MAIN_TO, indent=0)
    # indent typed with two full-width spaces, no paragraph indent
    P(doc, FW * 2 + ZD_INTRO, indent=0)
    for head, body in ZD_ITEMS:
        p = P(doc, indent=0)
        fnt(p.add_run(FW * 2 + head), HT, SAN)
        if "\n" in body:
            a, b = body.split("\n")
            r = fnt(p.add_run(a), FS, SAN)
            r.add_break()         # a soft break pasted in the middle of the sentence
            fnt(p.add_run(b), FS, SAN)
        else:
            fnt(p.add_run(body), FS, SAN)
    P(doc, FW * 2 + ZD_CLOSE, indent=0)
    signoff(doc, "正定县人民政府", "二〇二四年十二月十六日", right_chars=5, blank=3, public="（此件主动公开）")
    page_break(doc)
    banji(doc, ZD_CHAOSONG, ZD_PRINTER, ZD_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind219_zhengding_jueding.docx")
    doc.save(out)
    return out


# ================================================================ (d) 赣州经开区管委会 印发 管理办法
GZ_NUM = "赣经开管发〔2025〕6号"
GZ_BANFA = "赣州经济技术开发区（赣州综合保税区）外向型经济发展扶持资金管理办法"
GZ_TITLE = "赣州经济技术开发区管理委员会关于印发《" + GZ_BANFA + "》的通知"
GZ_TITLE_LINES = ["赣州经济技术开发区管理委员会关于印发", "《赣州经济技术开发区（赣州综合保税区）", "外向型经济发展扶持资金管理办法》的通知"]
GZ_MAIN_TO = "各街道（镇）、区直各部门，各园区管理机构，区属各国有企业："
GZ_NOTICE = "《" + GZ_BANFA + "》已经管委会2025年第2次主任办公会研究通过，现印发给你们，请认真遵照执行。"
GZ_TABLE_HEADER = ["档次", "年度进出口额", "奖励金额"]
GZ_TABLE = [
    ["一档", "1000万美元（含）至5000万美元", "20万元"],
    ["二档", "5000万美元（含）至1亿美元", "50万元"],
    ["三档", "1亿美元（含）以上", "100万元"],
]
# (chapter, [(number, text, [following paragraphs: str | ("TABLE",)])])
GZ_ARTICLES = [
    ("第一章　总　　则", [
        ("第一条", "为推动赣州经济技术开发区（以下简称经开区）和赣州综合保税区（以下简称综保区）更好融入共建“一带一路”和粤港澳大湾区建设，规范外向型经济发展扶持资金管理，提高资金使用效益，根据有关法律法规和政策规定，结合经开区实际，制定本办法。", []),
        ("第二条", "本办法所称外向型经济发展扶持资金（以下简称扶持资金），是指经开区财政预算安排，用于支持外贸、外资和对外经济合作发展的专项资金。扶持资金年度规模为3000万元。", []),
        ("第三条", "本办法适用于工商注册地、税务征管关系和统计关系均在经开区（含综保区）的企业。", []),
    ]),
    ("第二章　支持内容和标准", [
        ("第四条", "支持外贸企业扩大进出口。对年度进出口额达到1000万美元以上且同比增长的企业，按下表给予奖励：", [
            ("TABLE",),
            "同一企业同时符合本办法第五条规定的，按照就高原则给予支持，不重复享受。",
        ]),
        ("第五条", "支持综保区保税业务发展。对在综保区内开展加工贸易、保税维修和保税物流业务的企业，按下列标准给予支持：", [
            "（一）新入区开展加工贸易的企业，投产后首个完整年度进出口额达到3000万美元以上的，一次性奖励50万元；",
            "（二）开展保税维修业务的企业，按年度维修业务货值的1%给予奖励，最高不超过80万元；",
            "（三）在综保区内租赁仓库开展保税物流业务的企业，按实际租金的30%给予补贴，最高不超过30万元。",
        ]),
        ("第六条", "支持国际物流通道建设。对通过赣州国际陆港（南康区）开行的中欧（中亚）班列和铁海联运班列发运经开区企业货物的，按每标准集装箱300元给予物流补贴，单个企业每年最高不超过50万元。", [
            "经赣州国际陆港至厦门港、深圳盐田港开展铁海联运“一单制”业务的，补贴标准在前款基础上上浮20%。",
        ]),
        ("第七条", "支持利用外资。对新设立的外商投资企业，当年实际到位外资（不含外方股东贷款）达到500万美元以上的，按实际到位外资额的2%给予奖励，最高不超过300万元。外商投资企业增资的，参照前款规定执行。", []),
        ("第八条", "支持企业开拓“一带一路”市场。企业参加共建“一带一路”国家境外展会的，按展位费的50%给予补助，单个企业每年最高不超过10万元。", []),
        ("第九条", "支持新能源汽车产业外向发展。对入驻新能源汽车科技城的整车及零部件企业通过综保区开展出口业务的，在本办法第四条规定标准基础上上浮20%。", []),
    ]),
    ("第三章　申报和审核", [
        ("第十条", "扶持资金每年集中申报一次。经开区商务局于每年3月发布申报通知，企业应当在规定时间内提交申报材料。", []),
        ("第十一条", "申报企业应当提交扶持资金申请表、营业执照复印件、海关进出口数据或者外资到位证明材料以及申报材料真实性承诺书，并对材料的真实性负责。", []),
        ("第十二条", "经开区商务局会同经开区财政局对申报材料进行审核，必要时可委托第三方机构进行专项审计。审核结果经管委会主任办公会审定后，在经开区门户网站公示7日。", []),
    ]),
    ("第四章　监督管理", [
        ("第十三条", "企业有下列情形之一的，取消其当年度申报资格；已拨付扶持资金的，予以全额追回，并将有关情况纳入企业信用记录：", [
            "（一）提供虚假材料骗取扶持资金的；",
            "（二）同一事项重复申报的；",
            "（三）当年度发生重大安全生产事故或者严重环境污染事件的。",
        ]),
        ("第十四条", "经开区财政局负责对扶持资金使用情况进行绩效评价，评价结果作为下一年度资金安排的重要依据。", []),
    ]),
    ("第五章　附　　则", [
        ("第十五条", "本办法与经开区其他同类政策重复的，按照就高不重复的原则执行。上级另有规定的，从其规定。", []),
        ("第十六条", "本办法由经开区商务局、财政局负责解释。", []),
        ("第十七条", "本办法自2025年3月1日起施行，有效期至2027年12月31日。《赣州经济技术开发区外贸发展扶持办法（试行）》（赣经开管发〔2022〕15号）同时废止。", []),
    ]),
]
GZ_CHAOSONG = "赣州市商务局，赣州市财政局，赣州海关，南康区人民政府。"
GZ_PRINTER = "赣州经济技术开发区党政办公室"
GZ_PRINTDATE = "2025年2月12日"


def build_ganzhou():
    doc = new_doc(footer="oddeven")
    banhead(doc, "赣州经济技术开发区管理委员会文件", 36, width_scale=66)
    docnum_rule(doc, GZ_NUM, blank_before=2)
    title(doc, GZ_TITLE_LINES, soft=True)
    P(doc, GZ_MAIN_TO, indent=0)
    P(doc, GZ_NOTICE)
    signoff(doc, "赣州经济技术开发区管理委员会", "2025年2月10日", right_chars=2, blank=2)
    # the 办法 in a new section (next page), no 附件 label
    portrait_section(doc)
    P(doc, indent=0)
    title(doc, ["赣州经济技术开发区（赣州综合保税区）", "外向型经济发展扶持资金管理办法"], soft=False)
    for chap, arts in GZ_ARTICLES:
        P(doc, chap, HT, SAN, C, 0, before=6, after=6)
        for num, txt, follow in arts:
            runin(doc, num + FW, txt, HT)
            for f in follow:
                if isinstance(f, tuple):
                    tbl = doc.add_table(rows=1 + len(GZ_TABLE), cols=3)
                    tbl.style = "Table Grid"
                    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
                    col_widths(tbl, [24, 80, 40])
                    for i, h in enumerate(GZ_TABLE_HEADER):
                        cell_text(tbl.cell(0, i), h, HT, SI, C, line=Pt(24))
                    for ri, row in enumerate(GZ_TABLE, start=1):
                        for ci, v in enumerate(row):
                            cell_text(tbl.cell(ri, ci), v, FS, SI, C, line=Pt(24))
                else:
                    P(doc, f)
    page_break(doc)
    banji(doc, GZ_CHAOSONG, GZ_PRINTER, GZ_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind219_ganzhou_banfa.docx")
    doc.save(out)
    return out


# ================================================================ PDF
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_219", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 河南
    hn_cl = [HN_INTRO]
    for head, subs in HN_BODY:
        for sub in subs:
            if sub[0] is None:
                hn_cl += [t for _, t in sub[1]]
            elif len(sub) == 3:
                hn_cl.append(sub[0] + sub[2])
            else:
                hn_cl += [lab + t for lab, t in sub[1]]
    hn_cl += [row_clause(HN_HEADER, r) for r in HN_ROWS]
    out["blind219_henan_yijian"] = [{
        "meta": {
            "title": HN_TITLE, "doc_number": HN_NUM, "issuer": ["河南省人民政府办公厅"],
            "date": "2024-09-13", "published": "2024-09-14", "level": "provincial", "region": "河南省",
            "effective": "2024-10-01", "expires": "2027-12-31", "attachments": [HN_ATT], "doc_type": "实施意见",
            "recipients": ["各省辖市人民政府", "济源示范区、航空港区管委会", "省人民政府各部门"],
            "publicity": "此件公开发布",
        },
        "clauses": hn_cl,
        "applies_to": {
            "default": "河南省（中国（河南）自由贸易试验区）",
            "specific": {
                "二、（一）1．": "郑州航空港经济综合实验区 / 郑州新郑国际机场",
                "二、（一）2．": "郑州航空口岸（航空港区）",
                "二、（一）3．": "航空港区 — 卢森堡 is the partner abroad, not a place of application",
                "二、（二）1．": "郑州片区（郑州国际陆港）",
                "二、（二）2．": "郑州片区、洛阳片区",
                "二、（三）1．": "郑州片区",
                "二、（三）2．": "开封片区",
                "二、（三）3．": "洛阳片区",
                "二、（四）": "郑州新郑综保区、郑州经开综保区、洛阳综保区、南阳卧龙综保区；许昌市、焦作市、商丘市",
                "三、（一）": "郑州市、开封市、洛阳市 (the three 片区 cities)",
                "附件 序号1": "航空港区（郑州新郑国际机场）",
                "附件 序号2": "郑州航空口岸",
                "附件 序号3": "郑州市（郑州国际陆港）",
                "附件 序号4": "郑州片区、洛阳片区",
                "附件 序号5": "郑州片区",
                "附件 序号6": "开封片区",
                "附件 序号7": "洛阳片区",
                "附件 序号8": "许昌市、焦作市、商丘市",
                "附件 序号9": "郑州市、洛阳市、南阳市（综保区）",
            },
            "note": "欧美、东盟、欧洲、中亚、卢森堡 do not move a clause abroad. 济源示范区 / 航空港区 in the 主送 are recipients.",
        },
        "_note": (
            "Furniture: red 版头 河南省人民政府办公厅文件 (80% width), 文号 豫政办〔2024〕52号 + red rule; title ONE paragraph with two soft breaks (河南省人民政府办公厅关于推进 / 中国（河南）自由贸易试验区提升发展 / 更好服务共建“一带一路”的实施意见) joined with no space; 主送 (3 parts); "
            "附件说明 附件：河南自贸试验区提升发展重点任务分工表; 落款 河南省人民政府办公厅 / 2024年9月13日; （此件公开发布）; after a page break the label 附件 and the table title; 版记 (抄送 / 河南省人民政府办公厅 2024年9月14日印发) alone on the last page after a page break and 20 empty paragraphs; footer “— N —” odd right / even left. "
            "Body: intro paragraph (clause); 一、总体要求 heading + 1 paragraph (clause); 二、重点任务 with （一）（二）（三） as 楷体 headings on their own lines (no text) over items 1．2．3． (full-width ．, the lead sentence in bold — number + lead + rest = ONE clause, labels restart under each （一）so 二、（一）1． ≠ 二、（二）1．); （四） of 二、 and （一）（二）（三） of 三、 are run-in (heading + text = one clause). "
            "三、（三） holds 本意见自2024年10月1日起施行，有效期至2027年12月31日 → effective 2024-10-01, expires 2027-12-31. "
            "附件 table: 5 columns 序号/重点任务/牵头单位/责任单位/完成时限, header row repeated, 10 rows; the 完成时限 cell “2025年12月” is ONE cell merged down rows 3–5 (vMerge) — each of rows 3, 4, 5 carries 完成时限 2025年12月 (a reader that leaves rows 4/5 without it: low; that puts it only on row 3 and shifts columns: serious). Rows are written 序号：N；重点任务：…；牵头单位：…；责任单位：…；完成时限：… . "
            "完成时限 values are deadlines, not document dates. 24 clauses (14 body + 10 rows)."
        ),
        "_pdf": {"note": "The table prints on one or two pages; if it breaks, the header row is printed again (must not become a row). In the PDF the merged 完成时限 cell prints once, vertically centred across rows 3–5 — a reader of the PDF has to give the value to rows 3, 4, 5 or at least not to the wrong row. Same expected meta and clauses."},
    }]
    # ---- (b) 武汉
    wh_cl = [WH_INTRO]
    for head, paras in WH_NOTICE:
        for t in paras:
            wh_cl.append(t[0] + t[1] if isinstance(t, tuple) else t)
    for head, paras in WH_GUIDE_BODY:
        wh_cl += paras
    out["blind219_wuhan_shenbao"] = [{
        "meta": {
            "title": WH_TITLE, "doc_number": WH_NUM, "issuer": ["武汉市商务局", "武汉市财政局"],
            "date": "2024-06-14", "published": "2024-06-17", "level": "municipal", "region": "湖北省武汉市",
            "effective": None, "expires": None, "attachments": [WH_GUIDE, WH_FORM], "doc_type": "通知（申报）",
            "recipients": ["各区商务主管部门、财政局", "武汉东湖新技术开发区、武汉经济技术开发区（汉南区）、武汉临空港经济技术开发区（东西湖区）、武汉长江新区管委会有关部门", "各有关企业"],
            "publicity": "此件公开发布",
        },
        "clauses": wh_cl,
        "applies_to": {
            "default": "湖北省武汉市",
            "specific": {
                "三、（一）": "中国（湖北）自由贸易试验区武汉片区、武汉东西湖综合保税区（东西湖区）、武汉新港空港综合保税区",
                "附件1 二、4．": "自贸试验区武汉片区；武汉东西湖综合保税区；武汉新港空港综合保税区",
                "附件1 二、5．": "吴家山铁路集装箱中心站（东西湖区）、阳逻港（新洲区）",
            },
            "note": "共建“一带一路”国家 are destinations, not places of application. The 开发区 in the 主送 are recipients only.",
        },
        "_note": (
            "Joint notice (联合行文) printed with the 版头 of the lead organ only (武汉市商务局文件, 华文中宋) — the second issuer 武汉市财政局 is known only from the title and the 落款: issuer = [武汉市商务局, 武汉市财政局]. 文号 武商务〔2024〕63号 + red rule. "
            "Title ONE paragraph with two soft breaks (武汉市商务局　武汉市财政局 / 关于组织申报2024年度外经贸发展专项资金 / （共建“一带一路”市场开拓）项目的通知), the first break right after the two organ names; a full-width space between the two organs (none or a half-width one: taste). "
            "主送 (3 parts, the second long with nested brackets); intro ending with 通知如下：; 一、…四、 黑体 headings on their own lines (headings, no text), under them paragraphs (一、 1, 二、 2) and run-in （一）（二）（三） under 三、; 四、联系方式 has two contact lines (clauses; as one clause together: low; dropped: low). "
            "附件说明 on two paragraphs (附件：1．… / 2．…) → two attachment titles without 1．/2．. "
            "Joint 落款 TYPED ON ONE LINE: “武汉市商务局　　　　　武汉市财政局” (5 full-width spaces), the date 2024年6月14日 under it — furniture; the two organs must not glue into one issuer or become a clause. （此件公开发布）. "
            "附件1 after a page break: label, the 指南 title in two paragraphs, 一、…五、 headings, run-in （一）（二）（三） under 一、 (楷体 lead + text), 1．…5． under 二、, （一）…（四） item paragraphs under 三、 and 四、 (separate clauses; merged under their heading: taste), one paragraph under 五、. "
            "附件2 in a LANDSCAPE section: label 附件2, the form title, 填报单位（盖章）：… / 填报日期：2024年　月　日 line, a 9-column BLANK form (header row + 8 rows numbered 1–8 with all other cells empty + a 合　　计 row merged over 6 columns) and a 填报人 / 联系电话 line — all form furniture, NO clauses (rows “序号：1” alone: medium; the 填报 lines as clauses: low). "
            "Then a portrait section with the 版记 (抄送 / 武汉市商务局办公室 2024年6月17日印发). Footer “— N —” right on every page. "
            "No effective/expires (a 申报 notice has none); 2024-06-20/07-19 (申报时间), 2024-07-31, 2023-07-01..2024-06-30 (项目期间) are not document dates. 25 clauses (9 notice + 16 指南)."
        ),
        "_pdf": {"note": "The blank form prints on a landscape page with empty grid rows; the 版记 is alone on the last (portrait) page. The joint 落款 prints on one line with a wide gap. Same expected meta and clauses."},
    }]
    # ---- (c) 正定
    zd_cl = [ZD_INTRO] + [h + b.replace("\n", "") for h, b in ZD_ITEMS] + [ZD_CLOSE]
    out["blind219_zhengding_jueding"] = [{
        "meta": {
            "title": ZD_TITLE, "doc_number": ZD_NUM, "issuer": ["正定县人民政府"],
            "date": "2024-12-16", "published": "2024-12-18", "level": "county", "region": "河北省石家庄市正定县",
            "effective": "2025-01-01", "expires": "2029-12-31", "attachments": [], "doc_type": "决定",
            "recipients": ["各乡镇人民政府", "县政府各部门", "正定高新技术产业开发区管委会"],
            "publicity": "此件主动公开",
        },
        "clauses": zd_cl,
        "applies_to": {
            "default": "河北省石家庄市正定县（正定片区、石家庄综合保税区）",
            "specific": {
                "一、": "正定片区临空产业园、石家庄综合保税区、正定高新技术产业开发区",
                "二、": "石家庄综合保税区",
                "三、": "石家庄正定国际机场航空口岸",
                "四、": "正定片区临空产业园",
                "五、": "正定片区；诸福屯镇、新城铺镇（扩展区域的征收）",
                "六、": "南牛乡、西平乐乡",
                "七、": "正定片区政务服务中心",
            },
            "note": "共建“一带一路”国家 (三、) are destinations. 石家庄海关驻综保区办事处 in the 抄送 is an organ.",
        },
        "_note": (
            "Red 版头 正定县人民政府文件; 文号 正政〔2024〕31号 + red rule; title typed as THREE centred paragraphs (…推进中国（河北）自由 / 贸易试验区正定片区与石家庄综合保税区 / 联动发展的决定 — the first break splits 自由|贸易试验区), joined with no space; 主送 (3 parts). "
            "Every body paragraph is indented with two TYPED full-width spaces (no paragraph indent) — the spaces are not part of the clause text. Intro ending 作出如下决定： (clause); items 一、…九、 as whole paragraphs with a 黑体 run-in lead sentence (number + lead + text = one clause); item 五、 has a SOFT LINE BREAK typed in the middle of a sentence (…土地征收和⏎地上附着物补偿工作…) — one clause, joined with no space; a closing paragraph (clause). "
            "落款 正定县人民政府 / 二〇二四年十二月十六日 (date in 〇 numerals → 2024-12-16); （此件主动公开） (not 此件公开发布); 版记 alone on the last page (抄送 / 正定县人民政府办公室 2024年12月18日印发). Footer “— N —” centred. "
            "九、 holds 本决定自2025年1月1日起施行，有效期5年 → effective 2025-01-01, expires 2029-12-31 (2030-01-01 tolerable low; null medium). 2025-06-30 and 2027 are deadlines/targets. No 附件. 11 clauses."
        ),
        "_pdf": {"note": "The 落款 date prints in 〇 numerals; the soft break in 五、 prints as a line end in mid-line (the rest of the line is empty). Same expected meta and clauses."},
    }]
    # ---- (d) 赣州
    gz_cl = [GZ_NOTICE]
    for chap, arts in GZ_ARTICLES:
        for num, txt, follow in arts:
            gz_cl.append(num + FW + txt)
            for f in follow:
                if isinstance(f, tuple):
                    gz_cl += [row_clause(GZ_TABLE_HEADER, r) for r in GZ_TABLE]
                else:
                    gz_cl.append(f)
    out["blind219_ganzhou_banfa"] = [{
        "meta": {
            "title": GZ_TITLE, "doc_number": GZ_NUM, "issuer": ["赣州经济技术开发区管理委员会"],
            "date": "2025-02-10", "published": "2025-02-12", "level": "zone", "region": "江西省赣州市（赣州经济技术开发区）",
            "effective": "2025-03-01", "expires": "2027-12-31", "attachments": [], "doc_type": "通知（印发管理办法）",
            "recipients": ["各街道（镇）、区直各部门", "各园区管理机构", "区属各国有企业"],
            "publicity": "此件公开发布",
            "repeals": ["《赣州经济技术开发区外贸发展扶持办法（试行）》（赣经开管发〔2022〕15号）"],
        },
        "clauses": gz_cl,
        "applies_to": {
            "default": "赣州经济技术开发区（含赣州综合保税区），江西省赣州市",
            "specific": {
                "第五条 and its items": "赣州综合保税区",
                "第六条": "赣州国际陆港（南康区） — 厦门港 / 深圳盐田港 (第二款) are ports of exit in 福建/广东, not places of application",
                "第九条": "新能源汽车科技城（经开区）, via 综保区",
            },
            "note": "共建“一带一路”国家 / 粤港澳大湾区 do not move clauses. 南康区人民政府 in the 抄送 is an organ.",
        },
        "_note": (
            "Red 版头 赣州经济技术开发区管理委员会文件 (condensed to 66%); 文号 赣经开管发〔2025〕6号 + red rule; title ONE paragraph with two soft breaks (…关于印发 / 《赣州经济技术开发区（赣州综合保税区） / 外向型经济发展扶持资金管理办法》的通知); 主送; ONE notice paragraph (clause); NO 附件说明; 落款 赣州经济技术开发区管理委员会 / 2025年2月10日; （此件公开发布）. "
            "Then a SECTION BREAK (new page) and the 办法 follows with NO 附件 label: its title in two centred paragraphs, 第一章…第五章 centred 黑体 headings (headings, not clauses; the articles' path should carry the 章), 第一条…第十七条 run-in (黑体 number + full-width space + text = one clause). "
            "第四条 ends 按下表给予奖励： and is followed by a 3-column table 档次/年度进出口额/奖励金额 with 3 rows (clauses 档次：一档；年度进出口额：…；奖励金额：20万元) and then a SECOND PARAGRAPH (款) of 第四条 with no number (同一企业同时符合本办法第五条规定的…) — it belongs to 第四条 (a separate paragraph clause under 第四条, or joined to it: both fine; glued to a table row or to 第五条: serious). "
            "第六条 has a second 款 (经赣州国际陆港至厦门港…) likewise. 第五条 and 第十三条 have items （一）… as separate paragraphs (separate clauses under their article; merged: taste). "
            "第十七条: 自2025年3月1日起施行，有效期至2027年12月31日 and repeals 赣经开管发〔2022〕15号 → effective 2025-03-01, expires 2027-12-31, repeals that document. "
            "The 办法 is not labelled 附件: attachments = [] (listing the 办法 title there: taste); a reader may split it into a second document (title = the 办法 title, same issuer/dates/effective): tolerable. "
            "版记 alone on the last page (抄送 / 赣州经济技术开发区党政办公室 2025年2月12日印发). Footer “— N —” odd right / even left. 29 clauses (1 notice + 17 articles + 3 rows + 2 款 + 6 items)."
        ),
        "_pdf": {"note": "The notice is one page; the 办法 starts on page 2. The small table prints inside 第四条 with its second paragraph right under it. Same expected meta and clauses."},
    }]
    return out


def main():
    files = [build_henan(), build_wuhan(), build_zhengding(), build_ganzhou()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
