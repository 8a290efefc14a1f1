# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 166: the most ordinary documents of prefecture-level city governments.

Writes next to itself (python-docx for the Word files, LibreOffice for the PDFs):
  blind166_quanzhou_notice.docx / .pdf    泉州市人民政府办公室 通知 on 海丝先行区, 附件 = task table
      by 县（市、区） in a landscape section (类别 column vertically merged).
  blind166_lianyungang_opinion.docx / .pdf 连云港市人民政府 实施意见 for 自贸试验区连云港片区
      (一、（一）1. outline, title with a soft line break, no attachment).
  blind166_wuhu_apply.docx / .pdf          芜湖市商务局 芜湖市财政局 joint 申报通知 (joint 版头 and
      落款 drawn as borderless tables, 支持标准 table in the body, 附件1 申报表 (blank form), 附件2 信用承诺书).
  blind166_yueyang_bulletin.docx / .pdf    岳阳市人民政府办公室 情况通报 (statistics table by 县市区 with a
      two-level header, repeated on the next page; 一、二、三、 parts).
  expected.json

Run:  . /work/venv/bin/activate && python make_blind166.py
"""
import json
import os
import shutil
import subprocess
import tempfile

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
RED = RGBColor(0xE6, 0x00, 0x12)
SAN_HAO = 16
ER_HAO = 22
SI_HAO = 14
LINE = Pt(28.9)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


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


def pfmt(p, align=None, indent_chars=0, size=SAN_HAO, line=LINE, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(size * indent_chars) if indent_chars else None
    if left is not None:
        pf.left_indent = left
    pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.widow_control = False


def no_snap(p):
    p._p.get_or_add_pPr().append(parse_xml('<w:snapToGrid %s w:val="0"/>' % nsdecls("w")))


def para(container, text="", east=FS, size=SAN_HAO, align=J, indent=2, bold=False, color=None, line=LINE, left=None):
    p = container.add_paragraph()
    pfmt(p, align, indent, size, line, left=left)
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


def page_break(doc):
    p = doc.add_paragraph()
    pfmt(p, None, 0)
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def add_page_field(p, size=SI_HAO, left="— ", right=" —"):
    def r(text):
        set_font(p.add_run(text), ST, size)
    if left:
        r(left)
    for kind in ("begin", "instr", "separate", "text", "end"):
        rr = p.add_run()
        set_font(rr, ST, size)
        if kind == "instr":
            el = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
        elif kind == "text":
            el = parse_xml('<w:t %s>1</w:t>' % nsdecls("w"))
        else:
            el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind))
        rr._element.append(el)
    if right:
        r(right)


def setup_page(doc, footer="alternate"):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    if footer == "alternate":
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI_HAO)
        add_page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(SI_HAO)
        add_page_field(ep)
    else:  # centred "- N -"
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        add_page_field(fp, left="- ", right=" -")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN_HAO)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    grid = s._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        s._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")


def banhead(doc, text, size=42, scale=None):
    p = para(doc, "", XBZ, size, C, 0, line=Pt(size * 1.15))
    no_snap(p)
    r = p.add_run(text)
    set_font(r, XBZ, size, color=RED)
    if scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    r._element.get_or_add_rPr().append(parse_xml('<w:spacing %s w:val="-10"/>' % nsdecls("w")))


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml('<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                           '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def joint_banhead(doc, organs, size=36):
    """Joint 版头: organ names stacked on the left, 文件 on the right spanning them (borderless table)."""
    tbl = doc.add_table(rows=len(organs), cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(tbl)
    for i, o in enumerate(organs):
        c = tbl.cell(i, 0)
        c.width = Mm(110)
        p = c.paragraphs[0]
        pfmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, 0, size, Pt(size * 1.2))
        set_font(p.add_run(o), XBZ, size, color=RED)
    m = tbl.cell(0, 1).merge(tbl.cell(len(organs) - 1, 1))
    m.width = Mm(40)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]
    pfmt(p, C, 0, size, Pt(size * 1.2))
    set_font(p.add_run("文件"), XBZ, size + 6, color=RED)
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    set_widths(tbl, [Mm(112), Mm(40)])
    for row in tbl.rows:
        for c in row.cells:
            for p in c.paragraphs:
                no_snap(p)


def docnum_and_rule(doc, number):
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, number, FS, SAN_HAO, C, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, "", indent=0)


def title(doc, parts, mode="one"):
    """mode 'one': one paragraph (parts joined, wraps by itself); 'soft': one paragraph with soft breaks;
    'paras': each part its own paragraph."""
    if mode == "paras":
        for t in parts:
            para(doc, t, XBZ, ER_HAO, C, 0, line=Pt(33))
    else:
        p = para(doc, "", XBZ, ER_HAO, C, 0, line=Pt(33))
        if mode == "one":
            set_font(p.add_run("".join(parts)), XBZ, ER_HAO)
        else:
            for i, t in enumerate(parts):
                r = p.add_run(t)
                set_font(r, XBZ, ER_HAO)
                if i < len(parts) - 1:
                    r.add_break()
    para(doc, "", indent=0)


def signoff(doc, issuer, date, right_chars=4, publicity=None):
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, issuer, FS, SAN_HAO, R, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * right_chars)
    p = para(doc, date, FS, SAN_HAO, R, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * right_chars)
    if publicity:
        para(doc, "", indent=0)
        para(doc, publicity, FS, SAN_HAO, L, 2)


def joint_signoff(doc, issuers, date, publicity=None):
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    tbl = doc.add_table(rows=1, cols=len(issuers))
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(tbl)
    for i, o in enumerate(issuers):
        c = tbl.cell(0, i)
        pfmt(c.paragraphs[0], C, 0)
        set_font(c.paragraphs[0].add_run(o), FS, SAN_HAO)
    set_widths(tbl, [Mm(75), Mm(75)])
    para(doc, "", indent=0)
    p = para(doc, date, FS, SAN_HAO, R, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 4)
    if publicity:
        para(doc, "", indent=0)
        para(doc, publicity, FS, SAN_HAO, L, 2)


def banji(doc, chaosong, printer, printdate, blank_lines=0):
    for _ in range(blank_lines):
        para(doc, "", indent=0)
    p = para(doc, "", FS, SI_HAO, L, 0, line=Pt(24))
    p.paragraph_format.right_indent = Pt(SI_HAO)
    p.paragraph_format.left_indent = Pt(SI_HAO * 4)
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


def attachment_note(doc, titles):
    """附件说明: 左空二字 “附件：1．…”, following titles aligned under the first."""
    if len(titles) == 1:
        p = para(doc, "附件：" + titles[0], indent=0, left=Pt(SAN_HAO * 5))
        p.paragraph_format.first_line_indent = Pt(-SAN_HAO * 3)
        return
    for i, t in enumerate(titles):
        if i == 0:
            p = para(doc, "附件：1．" + t, indent=0, left=Pt(SAN_HAO * 5))
            p.paragraph_format.first_line_indent = Pt(-SAN_HAO * 3)
        else:
            p = para(doc, "%d．%s" % (i + 1, t), indent=0, left=Pt(SAN_HAO * 5))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def cell_text(cell, text, east=FS, size=12, align=C, bold=False):
    p = cell.paragraphs[0]
    pfmt(p, align, 0, size, Pt(size * 1.4))
    no_snap(p)
    if text:
        set_font(p.add_run(text), east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_widths(tbl, widths):
    """Cell widths + tblGrid + fixed layout (LibreOffice follows the grid, not tcW)."""
    tblPr = tbl._tbl.tblPr
    for el in tblPr.findall(qn("w:tblW")) + tblPr.findall(qn("w:tblLayout")):
        tblPr.remove(el)
    tblPr.append(parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), sum(int(w.pt * 20) for w in widths))))
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.pt * 20)))
    for row in tbl.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths):
                c.width = widths[i]


def drop_empty_paras(tbl):
    for row in tbl.rows:
        for c in row.cells:
            for extra in c.paragraphs[1:]:
                if not extra.text.strip():
                    extra._p.getparent().remove(extra._p)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# =================================================================== (a) 泉州
QZ_ISSUER = "泉州市人民政府办公室"
QZ_TITLE = "泉州市人民政府办公室关于加快推进21世纪海上丝绸之路先行区建设的通知"
QZ_NUM = "泉政办〔2024〕31号"
QZ_MAIN_TO = "各县（市、区）人民政府，泉州开发区、泉州台商投资区管委会，市直有关单位："
QZ_INTRO = "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署和省委、省政府关于支持泉州建设21世纪海上丝绸之路先行区的工作要求，加快推进海丝先行区建设，经市人民政府同意，现就有关事项通知如下："
QZ_H1 = "一、明确年度目标"
QZ_S1 = "2024年，全市力争外贸进出口总额达到2650亿元，其中对共建“一带一路”国家进出口额突破1100亿元、增长8%以上；泉州港集装箱吞吐量达到260万标箱；新增境外投资项目40个以上；海丝先行区建设重点项目完成投资310亿元。各地各部门要对照附件所列12项重点任务，细化工作措施，明确时间节点，确保按期完成。"
QZ_H2 = "二、突出工作重点"
QZ_S2 = [
    ("（一）提升港口枢纽能级。", "加快泉州港石湖港区、围头湾港区集装箱泊位建设，推动斗尾港区30万吨级原油码头扩能改造，2024年新开辟或加密至共建“一带一路”国家的外贸航线3条以上。石狮市、晋江市、泉港区要加强港区集疏运体系建设，年底前港口海铁联运量达到5万标箱。"),
    ("（二）壮大海丝经贸合作。", "支持晋江、石狮、南安等地企业在东南亚、中东等共建“一带一路”国家布局生产基地和营销网络，新培育境外经贸合作区1个；组织企业参加中国—东盟博览会、中国国际进口博览会等重点展会，全年组织境外参展200家次以上。"),
    ("（三）深化海丝文化交流。", "依托“泉州：宋元中国的世界海洋商贸中心”世界文化遗产，推进遗产点保护展示提升，办好海丝城市国际文化交流活动，2024年新缔结或新发展国际友好交流城市2个以上。"),
    ("（四）做强开放平台。", "推动泉州综合保税区提质增效，扩大石狮市场采购贸易方式试点规模，发挥中国（泉州）跨境电子商务综合试验区作用，全年跨境电商进出口额增长20%以上。"),
]
QZ_H3 = "三、强化保障措施"
QZ_S3 = [
    ("（一）加强统筹调度。", "市推进海丝先行区建设领导小组办公室（设在市发改委，以下简称市海丝办）每季度召开一次调度会，协调解决重点任务推进中的困难和问题。"),
    ("（二）加大要素保障。", "市财政2024年安排海丝先行区建设专项资金1.5亿元，重点支持港口航线开辟、境外经贸合作区建设和海丝文化交流项目；各县（市、区）要安排相应配套资金。"),
    ("（三）严格督查考核。", "重点任务完成情况纳入对各县（市、区）和市直有关单位年度绩效考评。各牵头单位请于每季度末月25日前将任务进展情况报送市海丝办（联系人：林志强，电话：0595-22586137，邮箱：qzhsb@163.com）。"),
]
QZ_ATT = "泉州市2024年海丝先行区建设重点任务分解表"
QZ_DATE = "2024年4月18日"
QZ_PUB = "（此件主动公开）"
QZ_CHAOSONG = "市委各部门，市人大常委会办公室，市政协办公室，泉州军分区，市法院，市检察院。"
QZ_PRINTER = "泉州市人民政府办公室"
QZ_PRINTDATE = "2024年4月19日"
QZ_HEADER = ["序号", "类别", "重点任务", "牵头单位", "责任县（市、区）", "完成时限"]
QZ_ROWS = [
    ["1", "港口枢纽建设", "建成石湖港区5号、6号集装箱泊位并投入试运行", "市交通运输局、泉州港务集团", "石狮市", "2024年12月底前"],
    ["2", "港口枢纽建设", "完成围头湾港区深沪作业区2个5万吨级泊位工程可行性研究报告审批", "市交通运输局", "晋江市", "2024年9月底前"],
    ["3", "港口枢纽建设", "推动斗尾港区30万吨级原油码头扩能改造，新增原油接卸能力500万吨/年", "市发改委、市交通运输局", "泉港区、惠安县", "2024年12月底前"],
    ["4", "海丝经贸合作", "培育境外经贸合作区1个，新增境外投资项目15个以上", "市商务局", "晋江市", "2024年12月底前"],
    ["5", "海丝经贸合作", "支持水暖卫浴、石材企业在共建“一带一路”国家设立海外仓5个以上", "市商务局", "南安市", "2024年11月底前"],
    ["6", "海丝经贸合作", "组织陶瓷、茶叶企业参加共建“一带一路”国家展会30家次以上", "市商务局、市农业农村局", "德化县、安溪县", "2024年10月底前"],
    ["7", "海丝文化交流", "完成“泉州：宋元中国的世界海洋商贸中心”遗产点保护展示提升工程3处", "市文化广电和旅游局", "鲤城区、丰泽区", "2024年12月底前"],
    ["8", "海丝文化交流", "举办海丝城市国际文化交流活动，邀请共建“一带一路”国家10个以上城市参加", "市外办", "丰泽区", "2024年11月底前"],
    ["9", "海丝文化交流", "推进永春香、德化白瓷等非物质文化遗产项目海外展示推广，举办境外专题展2场", "市文化广电和旅游局", "永春县、德化县", "2024年12月底前"],
    ["10", "开放平台建设", "泉州综合保税区进出口额增长15%以上", "市商务局、泉州海关", "晋江市", "2024年12月底前"],
    ["11", "开放平台建设", "石狮市场采购贸易方式出口额达到280亿元", "市商务局", "石狮市", "2024年12月底前"],
    ["12", "开放平台建设", "新引进外资项目10个以上，实际使用外资1.2亿元", "市商务局", "泉州开发区、泉州台商投资区", "2024年12月底前"],
]


def build_quanzhou():
    doc = Document()
    setup_page(doc, "alternate")
    banhead(doc, "泉州市人民政府办公室文件", size=36, scale=85)
    docnum_and_rule(doc, QZ_NUM)
    title(doc, [QZ_TITLE], mode="one")
    para(doc, QZ_MAIN_TO, indent=0)
    para(doc, QZ_INTRO)
    para(doc, QZ_H1, HT)
    para(doc, QZ_S1)
    para(doc, QZ_H2, HT)
    for h, t in QZ_S2:
        runin(doc, h, t)
    para(doc, QZ_H3, HT)
    for h, t in QZ_S3:
        runin(doc, h, t)
    para(doc, "", indent=0)
    attachment_note(doc, [QZ_ATT])
    signoff(doc, QZ_ISSUER, QZ_DATE, right_chars=4, publicity=QZ_PUB)

    # 附件: landscape section, task table
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    para(doc, "附件", HT, SAN_HAO, L, 0)
    para(doc, QZ_ATT, XBZ, ER_HAO, C, 0, line=Pt(33))
    para(doc, "", indent=0, line=Pt(14))
    tbl = doc.add_table(rows=1 + len(QZ_ROWS), cols=len(QZ_HEADER))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(12), Mm(24), Mm(88), Mm(43), Mm(30), Mm(28)]
    for ci, h in enumerate(QZ_HEADER):
        cell_text(tbl.cell(0, ci), h, HT, 12)
    repeat_header(tbl.rows[0])
    for ri, row in enumerate(QZ_ROWS, start=1):
        cant_split(tbl.rows[ri])
        for ci, v in enumerate(row):
            # 类别 typed only in the first row of its group (vertical merge below)
            if ci == 1 and ri > 1 and QZ_ROWS[ri - 2][1] == v:
                v = ""
            cell_text(tbl.cell(ri, ci), v, FS, 12, L if ci == 2 else C)
    set_widths(tbl, widths)
    start = 1
    for ri in range(2, len(QZ_ROWS) + 2):
        if ri == len(QZ_ROWS) + 1 or QZ_ROWS[ri - 1][1] != QZ_ROWS[start - 1][1]:
            if ri - 1 > start:
                tbl.cell(start, 1).merge(tbl.cell(ri - 1, 1))
            start = ri
    drop_empty_paras(tbl)
    # 版记 on a portrait last page
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.PORTRAIT
    sec2.page_width, sec2.page_height = Mm(210), Mm(297)
    sec2.top_margin, sec2.bottom_margin = Mm(37), Mm(35)
    sec2.left_margin, sec2.right_margin = Mm(28), Mm(26)
    banji(doc, QZ_CHAOSONG, QZ_PRINTER, QZ_PRINTDATE, blank_lines=18)
    out = os.path.join(HERE, "blind166_quanzhou_notice.docx")
    doc.save(out)
    return out


def expected_quanzhou():
    rows = [row_clause(QZ_HEADER, r) for r in QZ_ROWS]
    clauses = [QZ_INTRO, QZ_S1] + [h + t for h, t in QZ_S2] + [h + t for h, t in QZ_S3] + rows
    spec = {"二、（一）": "石湖港区（石狮市）、围头湾港区（晋江市）、斗尾港区（泉港区）; 石狮市、晋江市、泉港区",
            "二、（二）": "晋江市、石狮市、南安市 (their enterprises; the 东南亚/中东 共建国家 are partners, not places of application)",
            "二、（三）": "鲤城区 (the 世界文化遗产 sites; tolerable to leave at 泉州市)",
            "二、（四）": "泉州综合保税区（晋江市）、石狮市 (市场采购贸易方式试点); 中国（泉州）跨境电子商务综合试验区 = whole city"}
    for r in QZ_ROWS:
        spec["附件 row %s" % r[0]] = r[4]
    return [{
        "meta": {
            "title": QZ_TITLE,
            "doc_number": QZ_NUM,
            "issuer": [QZ_ISSUER],
            "date": "2024-04-18",
            "published": "2024-04-19",
            "level": "municipal",
            "region": "福建省泉州市",
            "effective": None,
            "expires": None,
            "attachments": [QZ_ATT],
            "doc_type": "通知",
            "recipients": ["各县（市、区）人民政府", "泉州开发区、泉州台商投资区管委会", "市直有关单位"],
            "publicity": "此件主动公开",
        },
        "clauses": clauses,
        "applies_to": {"default": "福建省泉州市", "specific": spec,
                       "note": "共建“一带一路”国家 / 东南亚 / 中东 do not place a clause abroad; 泉州海关, 泉州港务集团, 市海丝办 are organs. Rows naming two 县（市、区） apply to both."},
        "_note": ("Furniture, not clauses: red 版头 泉州市人民政府办公室文件; 文号 line 泉政办〔2024〕31号 with the red rule; the title (ONE paragraph that wraps by itself over 2 lines in print); 主送 line (→ recipients, 3 items split at “，”, the 、 inside 泉州开发区、泉州台商投资区管委会 does not split); "
                  "the section headings 一、明确年度目标 / 二、突出工作重点 / 三、强化保障措施 (黑体, alone on their line: headings, not clauses; tolerable as heading clauses, low); "
                  "（一）…（四） and （一）…（三） are run-in 楷体 headings: heading + text = ONE clause; the second section's （一） and the third section's （一） must both be kept (same label, different parents); "
                  "附件说明 “附件：泉州市2024年…分解表” (→ attachments, no “附件：” prefix); 落款 泉州市人民政府办公室 + 2024年4月18日; （此件主动公开）(→ publicity); "
                  "the label 附件 and the attachment title line above the table; 版记 (抄送… / 泉州市人民政府办公室 2024年4月19日印发) on its own portrait last page after 18 empty paragraphs; footer page numbers “— N —” (odd right, even left). "
                  "The 附件 is a 12-row task table in a LANDSCAPE section: columns 序号/类别/重点任务/牵头单位/责任县（市、区）/完成时限; 类别 is vertically merged over 3 rows each (港口枢纽建设, 海丝经贸合作, 海丝文化交流, 开放平台建设): each row must still carry its 类别 (blank 类别 on rows 2,3,5,6,… is medium). "
                  "What a careful reader must get right: date = 成文日期 2024-04-18 (2024-04-19 is the 印发 date in the 版记; 2024年12月底前 etc. are deadlines); no effective/expires (a work notice); the 联系人 line lives inside （三）严格督查考核 and is part of that clause; each task row must be attributed to its 责任县（市、区）, which is what an analyst asks (‘what must 南安市 do’)."),
        "_pdf": {"note": "same expected metadata and clauses as the .docx. PDF layout (6 pages): pp.1–3 portrait body (the title wraps after “21世纪”; 落款 and （此件主动公开） on p.3); pp.4–5 LANDSCAPE 附件 table — rows 1–8 on p.4, rows 9–12 on p.5 under a repeated header row; p.6 portrait, 版记 alone at the foot. In print each merged 类别 cell is written once, vertically centred and wrapped over its group (港口枢纽/建设 beside row 2, 海丝经贸/合作 beside row 5, 海丝文化/交流 beside row 7, 开放平台/建设 split around row 11); the 海丝文化交流 group spans the page break, so row 9 (p.5) shows no 类别 at all. Cells wrap (e.g. 责任县（市、区） header over 2 lines, 泉州开发区、泉州台商投资区 over 3 lines, 2024年12月/底前): a PDF reader must rebuild the rows; rows without 类别 are medium, a 类别 fragment (“建设”, “合作”) glued to another row's text is medium, the repeated header on p.5 as a data row is medium. Page numbers “— N —” alternate right/left and sit at a different x on the landscape pages."},
    }]


# =================================================================== (b) 连云港
LY_ISSUER = "连云港市人民政府"
LY_TITLE_PARTS = ["连云港市人民政府关于加快推进", "中国（江苏）自由贸易试验区连云港片区", "高质量发展的实施意见"]
LY_TITLE = "".join(LY_TITLE_PARTS)
LY_NUM = "连政发〔2024〕22号"
LY_MAIN_TO = "各县、区人民政府，市各委、办、局，市各直属单位："
LY_INTRO = "为深入实施自由贸易试验区提升战略，加快推进中国（江苏）自由贸易试验区连云港片区（以下简称连云港片区）高质量发展，更好服务共建“一带一路”，根据《国务院关于印发6个新设自由贸易试验区总体方案的通知》（国发〔2019〕16号）和省委、省政府有关部署，结合我市实际，现提出如下实施意见。"
LY_H1 = "一、总体要求"
LY_S1 = "坚持以制度创新为核心，以可复制可推广为基本要求，聚焦建设亚欧重要国际交通枢纽、集聚优质要素的开放门户、“一带一路”沿线国家交流合作平台，到2026年，连云港片区累计形成制度创新成果60项以上，其中在全省复制推广15项以上；片区外贸进出口额达到900亿元，累计实际使用外资8亿美元；连云港港集装箱吞吐量突破700万标箱，中哈（连云港）物流合作基地、上合组织（连云港）国际物流园年货物进出量达到5000万吨。"
LY_H2 = "二、重点任务"
LY_TASKS = [
    ("（一）打造亚欧重要国际交通枢纽", [
        ("1.", "提升港口综合能力。加快连云港区30万吨级航道二期工程建设，推进徐圩港区、赣榆港区公共码头建设，到2025年底港口综合通过能力达到3.2亿吨。"),
        ("2.", "做强中欧（亚）班列。稳定开行连云港至阿拉木图、塔什干、伊斯坦布尔等方向班列，2024年开行中欧（亚）班列800列以上，其中回程班列占比达到30%。"),
        ("3.", "发展海河联运。推进灌河港区灌云、灌南作业区内河码头改造，开辟至苏北腹地的海河联运航线2条以上。"),
    ]),
    ("（二）推进贸易投资自由化便利化", [
        ("1.", "提升通关效率。深化“两步申报”“船边直提”“抵港直装”等改革，2024年底前进口、出口整体通关时间分别压缩至30小时、1小时以内。"),
        ("2.", "发展新型贸易业态。支持连云港综合保税区开展保税维修、保税研发业务，培育跨境电商企业50家以上，建设公共海外仓2个。"),
        ("3.", "加大外资招引力度。对在连云港片区新设且当年实际到资1000万美元以上的外资企业，由市和片区按实际到资额的1%给予奖励，单个企业最高500万元。"),
    ]),
    ("（三）推动产业集聚发展", [
        ("1.", "壮大石化新材料产业。支持徐圩新区依托国家石化产业基地，发展高端聚烯烃、工程塑料等新材料产业，2026年产值突破2000亿元。"),
        ("2.", "培育生物医药产业集群。支持连云港经济技术开发区建设创新药物产业集群，对获批一类新药的企业给予最高1000万元奖励。"),
        ("3.", "发展现代航运服务业。支持连云区集聚航运、船舶管理、海事法律等服务机构，新引进航运服务企业10家以上。"),
    ]),
    ("（四）深化制度创新", [
        ("1.", "开展首创性差别化改革探索。围绕国际物流、多式联运、投资贸易便利化等领域，每年形成制度创新成果15项以上。"),
        ("2.", "推进联动创新发展。在海州区、赣榆区、东海县设立自贸试验区联动创新区，复制推广连云港片区成熟创新成果，每年复制推广不少于10项。"),
    ]),
]
LY_H3 = "三、保障措施"
LY_S3 = [
    ("（一）加强组织领导。", "市自贸试验区工作领导小组统筹推进连云港片区建设，领导小组办公室设在连云港片区管委会，负责日常协调和督促落实。"),
    ("（二）强化政策支持。", "市财政2024年至2026年每年安排连云港片区发展专项资金3亿元，用于支持制度创新、平台建设和产业招引。"),
    ("（三）完善考核评估。", "建立制度创新成果评估机制，每年对各县区、市各有关部门支持连云港片区建设情况进行考核，考核结果纳入年度高质量发展综合考核。"),
]
LY_TAIL = "本实施意见自2024年8月1日起施行，有效期至2026年12月31日。"
LY_DATE = "2024年7月12日"
LY_PUB = "（此件公开发布）"
LY_CHAOSONG = "市委各部门，市人大常委会办公室，市政协办公室，连云港军分区，市监委，市法院，市检察院，各人民团体。"
LY_PRINTER = "连云港市人民政府办公室"
LY_PRINTDATE = "2024年7月15日"


def build_lianyungang():
    doc = Document()
    setup_page(doc, "alternate")
    banhead(doc, "连云港市人民政府文件", size=40, scale=90)
    docnum_and_rule(doc, LY_NUM)
    title(doc, LY_TITLE_PARTS, mode="soft")
    para(doc, LY_MAIN_TO, indent=0)
    para(doc, LY_INTRO)
    para(doc, LY_H1, HT)
    para(doc, LY_S1)
    para(doc, LY_H2, HT)
    for head, items in LY_TASKS:
        para(doc, head, KT)
        for lab, t in items:
            para(doc, lab + t)
    para(doc, LY_H3, HT)
    for h, t in LY_S3:
        runin(doc, h, t)
    para(doc, LY_TAIL)
    signoff(doc, LY_ISSUER, LY_DATE, right_chars=4, publicity=LY_PUB)
    page_break(doc)
    banji(doc, LY_CHAOSONG, LY_PRINTER, LY_PRINTDATE, blank_lines=18)
    out = os.path.join(HERE, "blind166_lianyungang_opinion.docx")
    doc.save(out)
    return out


def expected_lianyungang():
    clauses = [LY_INTRO, LY_S1]
    for head, items in LY_TASKS:
        clauses += [lab + t for lab, t in items]
    clauses += [h + t for h, t in LY_S3] + [LY_TAIL]
    return [{
        "meta": {
            "title": LY_TITLE,
            "doc_number": LY_NUM,
            "issuer": [LY_ISSUER],
            "date": "2024-07-12",
            "published": "2024-07-15",
            "level": "municipal",
            "region": "江苏省连云港市",
            "effective": "2024-08-01",
            "expires": "2026-12-31",
            "attachments": [],
            "doc_type": "意见（实施意见）",
            "recipients": ["各县、区人民政府", "市各委、办、局", "市各直属单位"],
            "publicity": "此件公开发布",
        },
        "clauses": clauses,
        "applies_to": {
            "default": "江苏省连云港市（中国（江苏）自由贸易试验区连云港片区）",
            "specific": {
                "二、（一）1.": "连云区 (连云港区 is the 港区 of 连云港港 in 连云区), 徐圩港区（徐圩新区）, 赣榆港区（赣榆区）",
                "二、（一）2.": "连云港市 (阿拉木图/塔什干/伊斯坦布尔 are destinations abroad, not places of application)",
                "二、（一）3.": "灌河港区 → 灌云县、灌南县",
                "二、（二）2.": "连云港综合保税区",
                "二、（二）3.": "连云港片区",
                "二、（三）1.": "徐圩新区",
                "二、（三）2.": "连云港经济技术开发区",
                "二、（三）3.": "连云区",
                "二、（四）2.": "海州区、赣榆区、东海县 (联动创新区)",
            },
            "note": "连云港区 (a 港区 of the port, in 连云区) is easily confused with 连云区 or with 连云港市 itself; a reader that matches the string 连云港 inside 连云港区 as the city is fine, one that invents a district 连云港区 of the city is low. 中哈/上合组织 logistics bases are in the city. 国发〔2019〕16号 is a cited document, not a place.",
        },
        "_note": ("Furniture, not clauses: red 版头 连云港市人民政府文件; 文号 连政发〔2024〕22号 + red rule; the title is ONE paragraph with two soft line breaks (w:br) — 连云港市人民政府关于加快推进 / 中国（江苏）自由贸易试验区连云港片区 / 高质量发展的实施意见 — it must be re-joined with no space or newline (a title with a stray space/newline is low–medium); 主送 (→ 3 recipients; the 、 in 市各委、办、局 does not split); "
                  "headings 一、总体要求 / 二、重点任务 / 三、保障措施 (黑体, alone) and （一）打造亚欧重要国际交通枢纽 … （四）深化制度创新 (楷体, alone, no full stop, no text of their own) are headings, not clauses — but the 1./2./3. items under them must keep them as their path (label/path showing 二、 > （二） > 1.). The 1.2.3. numbering restarts under each （一）…（四）: 11 items with only 3 distinct labels — a reader that merges or dedups them by label loses items (high). "
                  "三、 has run-in 楷体 headings （一）加强组织领导。 etc. (heading + text = one clause). The last paragraph 本实施意见自2024年8月1日起施行，有效期至2026年12月31日。 is a clause AND the source of effective = 2024-08-01 / expires = 2026-12-31 (effective = 2024-07-12 is wrong, medium). No 附件. 落款 连云港市人民政府 + 2024年7月12日; （此件公开发布）; 版记 抄送 / 连云港市人民政府办公室 2024年7月15日印发 on the last page after a page break and 18 empty paragraphs; footer “— N —”. "
                  "date = 2024-07-12 (2024-07-15 is 印发; 2024-08-01 effective; 2025年底/2026年 are targets). level municipal, region 江苏省连云港市."),
        "_pdf": {"note": "same expected metadata and clauses as the .docx. PDF (5 pages): the title prints on 3 lines exactly at the soft breaks; page breaks cut LY_S1 (一、总体要求, pp.1→2), 二、（二）3. (pp.2→3) and 三、（一） (pp.3→4) mid-sentence — each must be re-joined into one clause without the page number “— N —”; 落款 and （此件公开发布） on p.4; p.5 holds only the 版记 at the foot. Numbers print with spaces around Latin digits (e.g. “2026 年”) in the text layer; they are not in the text — a reader may keep or drop them (taste), but must not break clauses there."},
    }]


# =================================================================== (c) 芜湖
WH_ISSUERS = ["芜湖市商务局", "芜湖市财政局"]
WH_TITLE_PARTS = ["芜湖市商务局　芜湖市财政局关于组织申报", "2024年度芜湖市开放型经济发展专项资金", "（“一带一路”经贸合作类）项目的通知"]
WH_TITLE = "芜湖市商务局 芜湖市财政局关于组织申报2024年度芜湖市开放型经济发展专项资金（“一带一路”经贸合作类）项目的通知"
WH_NUM = "芜商〔2024〕87号"
WH_MAIN_TO = "各县市区商务局、财政局，各开发区经济发展局、财政局，有关企业："
WH_INTRO = "为贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，支持我市企业深度参与“一带一路”经贸合作，根据《芜湖市开放型经济发展专项资金管理办法》（芜商〔2023〕112号）有关规定，现就组织申报2024年度专项资金（“一带一路”经贸合作类）项目有关事项通知如下："
WH_H1 = "一、申报主体"
WH_S1 = [
    "在芜湖市行政区域内（含芜湖经济技术开发区、芜湖高新技术产业开发区、中国（安徽）自由贸易试验区芜湖片区）依法注册、具有独立法人资格，2023年1月1日至2023年12月31日期间开展“一带一路”经贸合作业务的企业。申报企业应同时满足以下条件：",
    "（一）2023年度在商务部业务统计系统中填报数据完整，近3年无重大违法违规记录；",
    "（二）未被列入严重失信主体名单；",
    "（三）同一项目未获得其他市级财政资金支持。",
]
WH_H2 = "二、支持内容和标准"
WH_S2_PRE = "本次申报分为境外投资、对外承包工程、境外展会、海外仓四类，支持标准如下："
WH_HEADER = ["项目类别", "支持内容", "支持标准", "单个企业上限"]
WH_ROWS = [
    ["境外投资", "在共建“一带一路”国家新设或并购企业，中方实际投资额500万美元以上", "按中方实际投资额的1%给予支持", "100万元"],
    ["对外承包工程", "在共建“一带一路”国家承揽对外承包工程项目，2023年完成营业额1000万美元以上", "按完成营业额每100万美元给予1万元支持", "80万元"],
    ["境外展会", "参加市商务局公布的共建“一带一路”国家重点展会目录内展会", "按展位费的70%给予支持，每个展会最高5万元", "30万元"],
    ["海外仓", "在共建“一带一路”国家建设或租用面积3000平方米以上的海外仓", "按建设或租赁费用的20%给予支持", "150万元"],
]
WH_S2_POST = [
    "对注册地在无为市、南陵县的企业，境外展会类项目支持比例提高至80%，单个企业上限不变。",
    "同一企业同一年度获得本类专项资金支持总额不超过200万元。",
]
WH_H3 = "三、申报材料"
WH_S3 = [
    "1．芜湖市开放型经济发展专项资金（“一带一路”经贸合作类）项目申报表（附件1）；",
    "2．营业执照复印件；",
    "3．项目证明材料（境外投资项目提供《企业境外投资证书》，对外承包工程项目提供合同及结算凭证，境外展会项目提供展位费发票及参展照片，海外仓项目提供建设或租赁合同及费用支付凭证）；",
    "4．信用承诺书（附件2）。",
    "申报材料一式两份，按上述顺序装订成册，同时报送电子版。",
]
WH_H4 = "四、申报程序和时间"
WH_S4 = [
    ("（一）企业申报。", "申报企业于2024年6月28日前向注册地县市区商务局（开发区经济发展局）报送申报材料，逾期不予受理。"),
    ("（二）初审推荐。", "各县市区商务局（开发区经济发展局）会同同级财政部门对申报材料进行初审，于2024年7月12日前将初审意见、项目汇总表及申报材料报送市商务局对外经济合作科。"),
    ("（三）评审公示。", "市商务局、市财政局委托第三方机构进行评审，拟支持项目在市商务局门户网站公示5个工作日，公示无异议后下达资金。"),
]
WH_H5 = "五、其他事项"
WH_S5 = [
    "申报企业对申报材料的真实性负责。对弄虚作假、骗取专项资金的，依法依规追回资金，并取消其3年内申报市级专项资金资格。",
    "联系人：市商务局对外经济合作科　王磊，电话：0553-3839217；市财政局经济建设科　陈芳，电话：0553-3122645。",
]
WH_ATTS = ["芜湖市开放型经济发展专项资金（“一带一路”经贸合作类）项目申报表", "信用承诺书"]
WH_DATE = "2024年5月27日"
WH_PUB = "（此件公开发布）"
WH_CHAOSONG = "市人民政府办公室，芜湖海关。"
WH_PRINTER = "芜湖市商务局办公室"
WH_PRINTDATE = "2024年5月28日"
# 附件1: blank form (label, value) rows; None = merged across
WH_FORM = [
    [("申报单位（盖章）", 1), ("", 3)],
    [("统一社会信用代码", 1), ("", 1), ("所属县市区", 1), ("", 1)],
    [("注册地址", 1), ("", 3)],
    [("法定代表人", 1), ("", 1), ("联系电话", 1), ("", 1)],
    [("联系人", 1), ("", 1), ("手机", 1), ("", 1)],
    [("项目类别", 1), ("□境外投资　□对外承包工程　□境外展会　□海外仓", 3)],
    [("项目名称", 1), ("", 3)],
    [("项目所在国家（地区）", 1), ("", 1), ("项目金额（万美元）", 1), ("", 1)],
    [("申请支持金额（万元）", 1), ("", 3)],
    [("项目简介（300字以内）", 1), ("", 3)],
    [("县市区商务主管部门初审意见", 1), ("（盖章）\n年　　月　　日", 3)],
    [("县市区财政部门初审意见", 1), ("（盖章）\n年　　月　　日", 3)],
]
WH_PLEDGE = [
    "本单位郑重承诺：",
    "一、本次申报2024年度芜湖市开放型经济发展专项资金（“一带一路”经贸合作类）项目所提交的全部材料真实、准确、完整，不存在虚报、瞒报、伪造等情况。",
    "二、本单位近3年无重大违法违规记录，未被列入严重失信主体名单，同一项目未获得其他市级财政资金支持。",
    "三、如有违反上述承诺的行为，本单位自愿退回已获得的专项资金，承担相应法律责任，并接受有关部门将相关信息纳入信用记录。",
]


def build_wuhu():
    doc = Document()
    setup_page(doc, "centred")
    joint_banhead(doc, WH_ISSUERS, size=36)
    docnum_and_rule(doc, WH_NUM)
    title(doc, WH_TITLE_PARTS, mode="paras")
    para(doc, WH_MAIN_TO, indent=0)
    para(doc, WH_INTRO)
    para(doc, WH_H1, HT)
    for t in WH_S1:
        para(doc, t)
    para(doc, WH_H2, HT)
    para(doc, WH_S2_PRE)
    tbl = doc.add_table(rows=1 + len(WH_ROWS), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(WH_HEADER):
        cell_text(tbl.cell(0, ci), h, HT, 12)
    repeat_header(tbl.rows[0])
    for ri, row in enumerate(WH_ROWS, start=1):
        cant_split(tbl.rows[ri])
        for ci, v in enumerate(row):
            cell_text(tbl.cell(ri, ci), v, FS, 12, C if ci in (0, 3) else L)
    set_widths(tbl, [Mm(26), Mm(60), Mm(50), Mm(20)])
    for t in WH_S2_POST:
        para(doc, t)
    para(doc, WH_H3, HT)
    for t in WH_S3:
        para(doc, t)
    para(doc, WH_H4, HT)
    for h, t in WH_S4:
        runin(doc, h, t)
    para(doc, WH_H5, HT)
    for t in WH_S5:
        para(doc, t)
    para(doc, "", indent=0)
    attachment_note(doc, WH_ATTS)
    joint_signoff(doc, WH_ISSUERS, WH_DATE, publicity=WH_PUB)

    # 附件1 申报表 (blank form)
    page_break(doc)
    para(doc, "附件1", HT, SAN_HAO, L, 0)
    para(doc, WH_ATTS[0][:14], XBZ, 20, C, 0, line=Pt(30))
    para(doc, WH_ATTS[0][14:], XBZ, 20, C, 0, line=Pt(30))
    para(doc, "", indent=0, line=Pt(12))
    tbl = doc.add_table(rows=len(WH_FORM), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tbl, [Mm(40), Mm(38), Mm(36), Mm(40)])
    for ri, row in enumerate(WH_FORM):
        ci = 0
        for txt, span in row:
            c = tbl.cell(ri, ci)
            if span > 1:
                c = c.merge(tbl.cell(ri, ci + span - 1))
            lines = txt.split("\n")
            cell_text(c, lines[0], FS, 12, C if ci == 0 or span == 1 else L)
            for more in lines[1:]:
                p = c.add_paragraph()
                pfmt(p, R, 0, 12, Pt(18))
                set_font(p.add_run(more), FS, 12)
            ci += span
        h = {9: Mm(40), 10: Mm(22), 11: Mm(22)}.get(ri, Mm(10))
        tr = tbl.rows[ri]
        tr.height = h
    drop_empty_paras(tbl)
    for row in tbl.rows:  # signature cells: text bottom-right
        pass
    # 附件2 信用承诺书 (page break before the label: the form fills page 5 to the bottom)
    p = para(doc, "附件2", HT, SAN_HAO, L, 0)
    p.paragraph_format.page_break_before = True
    para(doc, "", indent=0)
    para(doc, WH_ATTS[1], XBZ, ER_HAO, C, 0, line=Pt(33))
    para(doc, "", indent=0)
    for t in WH_PLEDGE:
        para(doc, t, indent=0 if t.endswith("：") else 2)
    para(doc, "", indent=0)
    p = para(doc, "法定代表人（签字）：", FS, SAN_HAO, R, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 6)
    p = para(doc, "申报单位（盖章）：", FS, SAN_HAO, R, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 7)
    p = para(doc, "年　　月　　日", FS, SAN_HAO, R, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 4)
    page_break(doc)
    banji(doc, WH_CHAOSONG, WH_PRINTER, WH_PRINTDATE, blank_lines=15)
    out = os.path.join(HERE, "blind166_wuhu_apply.docx")
    doc.save(out)
    return out


def expected_wuhu():
    rows = [row_clause(WH_HEADER, r) for r in WH_ROWS]
    clauses = [WH_INTRO] + WH_S1 + [WH_S2_PRE] + rows + WH_S2_POST + WH_S3 + [h + t for h, t in WH_S4] + WH_S5 + WH_PLEDGE[1:]
    form_rows = []
    for row in WH_FORM:
        labels = [t for t, _ in row if t and not t.startswith("（盖章）")]
        form_rows.append(labels)
    return [{
        "meta": {
            "title": WH_TITLE,
            "doc_number": WH_NUM,
            "issuer": WH_ISSUERS,
            "date": "2024-05-27",
            "published": "2024-05-28",
            "level": "municipal",
            "region": "安徽省芜湖市",
            "effective": None,
            "expires": None,
            "attachments": WH_ATTS,
            "doc_type": "通知",
            "recipients": ["各县市区商务局、财政局", "各开发区经济发展局、财政局", "有关企业"],
            "publicity": "此件公开发布",
            "deadline": "2024-06-28 (企业申报); 2024-07-12 (县市区初审报送)",
        },
        "clauses": clauses,
        "clauses_optional": {
            "note": "附件1 is a BLANK form (申报表): its label cells carry no policy text. Reading them as clauses (e.g. one per row, “申报单位（盖章）”, “统一社会信用代码；所属县市区”, …, the 项目类别 check-box line “□境外投资　□对外承包工程　□境外展会　□海外仓”) is tolerable (low); reading them as label：value rows with blank values is tolerable; dropping them is fine. They must not be glued to 附件2 or to the 落款. The 信用承诺书 lead-in “本单位郑重承诺：” may be a clause or merged into 一、 (taste); the signature lines 法定代表人（签字）：/申报单位（盖章）：/年　月　日 are form furniture.",
            "form_rows": form_rows,
            "pledge_lead_in": WH_PLEDGE[0],
        },
        "applies_to": {
            "default": "安徽省芜湖市",
            "specific": {
                "一、 first paragraph": "芜湖市 (names 芜湖经济技术开发区、芜湖高新技术产业开发区、中国（安徽）自由贸易试验区芜湖片区 only to include them; whole city is right, the 3 zones also tolerable)",
                "二、 paragraph after the table (对注册地在无为市、南陵县的企业…)": "无为市、南陵县",
            },
            "note": "共建“一带一路”国家 in the table rows are where projects are, not where the policy applies. 芜湖海关 is an organ (抄送).",
        },
        "_note": ("Joint document of two organs. Furniture, not clauses: the joint red 版头, drawn as a borderless 2×2 table (芜湖市商务局 / 芜湖市财政局 stacked on the left, 文件 on the right spanning both rows) — it must not become a clause, a table row (“芜湖市商务局：芜湖市财政局” etc.) or the title; 文号 芜商〔2024〕87号 (the lead organ's number) + red rule; "
                  "the title typed as THREE paragraphs (芜湖市商务局　芜湖市财政局关于组织申报 / 2024年度芜湖市开放型经济发展专项资金 / （“一带一路”经贸合作类）项目的通知) → one title (a title cut after the first or second paragraph is high); between the two organ names the original has a full-width space “　” (a normal space, a full-width space or none are all tolerable); "
                  "主送 (→ 3 recipients); headings 一、申报主体 … 五、其他事项 (黑体, alone); 附件说明 two lines (附件：1．… / 2．信用承诺书 → 2 attachments without “1．”); the joint 落款 — the two organ names side by side in a borderless 1×2 table, then 2024年5月27日 — issuer must be BOTH organs; （此件公开发布）; labels 附件1/附件2 and their titles (附件1's title is split into two centred paragraphs); 版记 (抄送：市人民政府办公室，芜湖海关。 / 芜湖市商务局办公室 2024年5月28日印发) on the last page; footer centred “- N -”. "
                  "Clauses: 一、's first paragraph ends with “以下条件：” and （一）（二）（三） are separate items (merging them into the lead paragraph is tolerable, low); the 支持标准 table (4 rows, row = clause), then two sentences after the table (无为市、南陵县 80%; 200万元 cap); 三、 items 1．…4． (full-width dot) plus a closing paragraph; 四、 run-in （一）…（三）; 五、 two paragraphs (the 联系人 line is a clause); 附件2 信用承诺书 一、二、三、 are clauses of the attachment. "
                  "Must get right: date = 2024-05-27 (落款), not the 印发 date 2024-05-28 and not the deadlines 2024-06-28 / 2024-07-12; the cited 芜商〔2023〕112号 is NOT this document's 文号; no effective/expires (a 申报通知; a reader taking 2024-06-28 as expires is medium)."),
        "_pdf": {"note": "same expected metadata and clauses as the .docx. PDF (7 pages): the joint 版头 prints as “芜 湖 市 商 务 局 / 文件 / 芜 湖 市 财 政 局” (names letter-spaced by distributed alignment, 文件 vertically centred between them — in text order it comes BETWEEN the two names); it must not give an issuer “芜 湖 市 商 务 局” with spaces or “文件” as a line of the title. Title on 3 lines. The 支持标准 table is on p.2 with every cell wrapped over 2–3 lines (单个企/业上限 header; 对外承包工/程) — rows must be rebuilt, not read line by line. 同一企业…不超过200/万元。 is cut by the page break pp.2→3; 五、 联系人 line wraps inside the phone number 0553-/3839217 (must be re-joined). The joint 落款 prints as two names on one line (芜湖市商务局　　芜湖市财政局) then 2024年5月27日 — issuer must still be both organs. p.5 附件1 form (blank, lines only, labels wrapped: 项目所在国家（地/区）); p.6 附件2 信用承诺书; p.7 版记 alone at the foot. Footer centred “- N -”."},
    }]


# =================================================================== (d) 岳阳
YY_ISSUER = "岳阳市人民政府办公室"
YY_TITLE = "岳阳市人民政府办公室关于2024年上半年全市开放型经济主要指标完成情况的通报"
YY_NUM = "岳政办通〔2024〕6号"
YY_MAIN_TO = "各县市区人民政府，岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区管委会，市直各单位："
YY_INTRO = "今年以来，各县市区、各有关单位认真贯彻落实市委、市政府关于扩大高水平对外开放的决策部署，深度融入共建“一带一路”，全市开放型经济保持稳中有进态势。为进一步压实工作责任，现将2024年上半年全市开放型经济主要指标完成情况通报如下："
YY_H1 = "一、总体情况"
YY_S1 = [
    "1—6月，全市完成外贸进出口总额382.6亿元，同比增长12.4%，高于全省平均水平5.1个百分点；其中对共建“一带一路”国家进出口额168.3亿元，同比增长18.7%，占全市进出口总额的44.0%。全市实际使用外资1.86亿美元，同比增长9.3%。城陵矶港完成集装箱吞吐量76.2万标箱，同比增长10.5%；中国（湖南）自由贸易试验区岳阳片区实现进出口额151.4亿元，占全市的39.6%。",
    "各县市区主要指标完成情况见下表。",
]
YY_TABLE_TITLE = "2024年1—6月各县市区开放型经济主要指标完成情况表"
YY_HEAD1 = ["县市区", "外贸进出口总额", None, "对共建“一带一路”国家进出口额", None, "实际使用外资（万美元）", "进出口完成年度目标进度（%）"]
YY_HEAD2 = [None, "完成额（亿元）", "同比增长（%）", "完成额（亿元）", "同比增长（%）", None, None]
YY_COLS = ["县市区", "外贸进出口总额完成额（亿元）", "外贸进出口总额同比增长（%）", "对共建“一带一路”国家进出口额完成额（亿元）",
           "对共建“一带一路”国家进出口额同比增长（%）", "实际使用外资（万美元）", "进出口完成年度目标进度（%）"]
YY_ROWS = [
    ["岳阳楼区", "28.4", "9.7", "11.3", "15.0", "2100", "50.7"],
    ["云溪区", "35.2", "6.3", "18.6", "8.2", "1480", "47.6"],
    ["君山区", "6.9", "4.5", "1.9", "6.7", "310", "44.2"],
    ["岳阳县", "10.6", "-3.2", "3.2", "-8.6", "560", "38.5"],
    ["华容县", "14.2", "8.4", "6.1", "11.2", "640", "46.9"],
    ["湘阴县", "19.8", "13.1", "8.9", "16.3", "860", "53.5"],
    ["平江县", "12.5", "21.3", "5.4", "30.5", "520", "60.1"],
    ["汨罗市", "48.7", "14.6", "22.8", "19.5", "1650", "54.8"],
    ["临湘市", "21.6", "16.9", "9.7", "24.1", "980", "58.2"],
    ["岳阳经开区", "62.3", "11.8", "27.1", "17.4", "3850", "52.1"],
    ["城陵矶新港区", "118.5", "15.2", "52.4", "22.6", "4200", "56.4"],
    ["南湖新区", "2.8", "-6.7", "0.6", "-12.5", "1320", "35.0"],
    ["屈原管理区", "1.1", "2.9", "0.3", "3.4", "130", "41.3"],
    ["全市", "382.6", "12.4", "168.3", "18.7", "18600", "51.8"],
]
YY_TABLE_NOTE = "注：外贸数据来源于岳阳海关，实际使用外资数据来源于商务部外资统计系统；岳阳经开区、城陵矶新港区、南湖新区、屈原管理区数据单列，不含在所在县区数据中。"
YY_H2 = "二、存在的问题"
YY_S2 = [
    "一是区域发展不平衡。城陵矶新港区、岳阳经开区、汨罗市3地进出口额合计占全市的60.0%，南湖新区、岳阳县进出口额同比分别下降6.7%、3.2%。",
    "二是外资到位偏慢。全市实际使用外资仅完成年度目标的42.3%，君山区、屈原管理区实际使用外资均不足500万美元。",
    "三是新业态支撑不足。跨境电商、市场采购贸易等新业态进出口额占全市比重不足5%，对外贸增长的拉动作用有限。",
]
YY_H3 = "三、下步工作要求"
YY_S3 = [
    ("（一）紧盯目标任务。", "各县市区要对照年度目标，逐月分解、挂图作战，确保三季度末进出口完成年度目标的75%以上。岳阳县、南湖新区要认真分析下降原因，于2024年8月20日前向市人民政府报送整改措施。"),
    ("（二）加快外资招引。", "各县市区要围绕先进制造、现代物流等重点产业开展精准招商，君山区、屈原管理区要力争年内各引进1个实际到资500万美元以上的外资项目。"),
    ("（三）用好开放平台。", "城陵矶新港区要发挥自贸试验区岳阳片区、城陵矶综合保税区和城陵矶港口岸作用，加密至东盟国家的江海联运航线，下半年新开通国际航线1条以上。"),
    ("（四）强化调度通报。", "市商务局每月对各县市区主要指标进行调度，市人民政府办公室每季度通报一次，通报结果纳入年度绩效考核。"),
]
YY_DATE = "2024年8月6日"
YY_PUB = "（此件主动公开）"
YY_CHAOSONG = "市委办公室，市人大常委会办公室，市政协办公室，岳阳海关。"
YY_PRINTER = "岳阳市人民政府办公室"
YY_PRINTDATE = "2024年8月7日"


def build_yueyang():
    doc = Document()
    setup_page(doc, "alternate")
    banhead(doc, "岳阳市人民政府办公室文件", size=36, scale=85)
    docnum_and_rule(doc, YY_NUM)
    title(doc, [YY_TITLE], mode="one")
    para(doc, YY_MAIN_TO, indent=0)
    para(doc, YY_INTRO)
    para(doc, YY_H1, HT)
    for t in YY_S1:
        para(doc, t)
    para(doc, YY_TABLE_TITLE, HT, SI_HAO, C, 0, line=Pt(26))
    para(doc, "单位：亿元、万美元、%", FS, 12, R, 0, line=Pt(20))
    tbl = doc.add_table(rows=2 + len(YY_ROWS), cols=7)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci in range(7):
        if YY_HEAD1[ci]:
            cell_text(tbl.cell(0, ci), YY_HEAD1[ci], HT, 10.5)
        if YY_HEAD2[ci]:
            cell_text(tbl.cell(1, ci), YY_HEAD2[ci], HT, 10.5)
    for ri, row in enumerate(YY_ROWS, start=2):
        cant_split(tbl.rows[ri])
        for ci, v in enumerate(row):
            cell_text(tbl.cell(ri, ci), v, HT if row[0] == "全市" else FS, 10.5)
    set_widths(tbl, [Mm(27), Mm(21), Mm(21), Mm(23), Mm(21), Mm(21), Mm(22)])
    tbl.cell(0, 1).merge(tbl.cell(0, 2))
    tbl.cell(0, 3).merge(tbl.cell(0, 4))
    for ci in (0, 5, 6):
        tbl.cell(0, ci).merge(tbl.cell(1, ci))
    repeat_header(tbl.rows[0])
    repeat_header(tbl.rows[1])
    drop_empty_paras(tbl)
    para(doc, YY_TABLE_NOTE, FS, 12, J, 0, line=Pt(20))
    para(doc, YY_H2, HT)
    for t in YY_S2:
        para(doc, t)
    para(doc, YY_H3, HT)
    for h, t in YY_S3:
        runin(doc, h, t)
    signoff(doc, YY_ISSUER, YY_DATE, right_chars=4, publicity=YY_PUB)
    banji(doc, YY_CHAOSONG, YY_PRINTER, YY_PRINTDATE, blank_lines=14)
    out = os.path.join(HERE, "blind166_yueyang_bulletin.docx")
    doc.save(out)
    return out


def expected_yueyang():
    rows = [row_clause(YY_COLS, r) for r in YY_ROWS]
    clauses = [YY_INTRO] + YY_S1 + rows + [YY_TABLE_NOTE] + YY_S2 + [h + t for h, t in YY_S3]
    spec = {"table row %s" % r[0]: r[0] for r in YY_ROWS if r[0] != "全市"}
    spec["table row 岳阳经开区"] = "岳阳经济技术开发区"
    spec["table row 全市"] = "岳阳市 (total row)"
    spec.update({
        "一、 first paragraph": "岳阳市 (names 城陵矶港 and 岳阳片区 as part of city totals; tolerable either way)",
        "二、 一是…": "城陵矶新港区、岳阳经开区、汨罗市、南湖新区、岳阳县",
        "二、 二是…": "君山区、屈原管理区",
        "三、（一）": "各县市区, and specifically 岳阳县、南湖新区 (整改措施)",
        "三、（二）": "各县市区, specifically 君山区、屈原管理区",
        "三、（三）": "城陵矶新港区 (中国（湖南）自由贸易试验区岳阳片区, 城陵矶综合保税区, 城陵矶港)",
    })
    return [{
        "meta": {
            "title": YY_TITLE,
            "doc_number": YY_NUM,
            "issuer": [YY_ISSUER],
            "date": "2024-08-06",
            "published": "2024-08-07",
            "level": "municipal",
            "region": "湖南省岳阳市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通报",
            "recipients": ["各县市区人民政府", "岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区管委会", "市直各单位"],
            "publicity": "此件主动公开",
            "period": "2024-01-01 to 2024-06-30 (2024年上半年 / 1—6月)",
        },
        "clauses": clauses,
        "applies_to": {"default": "湖南省岳阳市", "specific": spec,
                       "note": "东盟国家 are partners, not places. 岳阳海关 (data source, 抄送) is an organ. 屈原管理区 and the 3 开发区/新区 are county-level management areas; treat as places."},
        "_note": ("Furniture, not clauses: red 版头 岳阳市人民政府办公室文件; 文号 岳政办通〔2024〕6号 + red rule; title (one paragraph, wraps); 主送 (→ 3 recipients; the 、-list of 4 管委会 is ONE recipient); headings 一、总体情况 / 二、存在的问题 / 三、下步工作要求 (黑体, alone); "
                  "the table title 2024年1—6月各县市区开放型经济主要指标完成情况表 and the unit line 单位：亿元、万美元、% (table caption/unit, not rows; as one caption clause tolerable, low); 落款 岳阳市人民政府办公室 + 2024年8月6日; （此件主动公开）; 版记 (抄送… / … 2024年8月7日印发) after the 落款 and 14 empty paragraphs, no page break (in print: （此件主动公开） and the 版记 on the last page); footer “— N —”. "
                  "The statistics table has a TWO-LEVEL header: row 1 县市区 (merged down) | 外贸进出口总额 (merged across 2) | 对共建“一带一路”国家进出口额 (merged across 2) | 实际使用外资（万美元） (merged down) | 进出口完成年度目标进度（%） (merged down); row 2 完成额（亿元）| 同比增长（%）| 完成额（亿元）| 同比增长（%）. "
                  "Each of the 14 rows (13 县市区/园区 + 全市) is a clause; its column names must carry BOTH header levels — a row reading 完成额（亿元）：28.4；同比增长（%）：9.7；完成额（亿元）：11.3… cannot tell 外贸 from “一带一路” figures (medium); the exact joining of the two levels (concatenation, “ - ”, “/”) is taste. The two header rows are repeated on the next page if the table breaks (tblHeader): the repeat must not become data rows. Negative growth is typed “-3.2”/“-6.7”/“-8.6”/“-12.5”: the minus sign must survive (lost sign = high, it reverses the finding). "
                  "全市 row is the total (as a clause tolerable, or dropped, low). The 注： line under the table is a clause (or table note). 二、 has three 一是/二是/三是 paragraphs (each a clause); 三、 has run-in （一）…（四）. "
                  "date = 2024-08-06 (2024-08-07 印发; 2024-08-20 is a deadline; 1—6月 is the period reported). No effective/expires, no attachments."),
        "_pdf": {"note": "same expected metadata and clauses as the .docx. PDF (4 pages): the whole table fits on p.2 (no repeated header in print); its two-level header prints as wrapped fragments (对共建“一带一路”国家/进出口额 over the 2 sub-columns, 实际使用/外资（万/美元）, 完成额（亿/元）) — a PDF reader must still give each value the right column (a row that shifts columns, e.g. 实际使用外资 read as 进度, is high for that row). The 注： line under the table wraps over 3 lines. 一、's first paragraph is cut by the page break pp.1→2 (…同比增长 / 10.5%；…). 落款 on p.3; （此件主动公开） and the 版记 on p.4."},
    }]


# ============================================================= PDF + main
def to_pdf(docx_path):
    prof = tempfile.mkdtemp(prefix="lo_166_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", HERE, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def main():
    files = [build_quanzhou(), build_lianyungang(), build_wuhu(), build_yueyang()]
    for f in files:
        to_pdf(f)
    exp = {
        "blind166_quanzhou_notice": expected_quanzhou(),
        "blind166_lianyungang_opinion": expected_lianyungang(),
        "blind166_wuhu_apply": expected_wuhu(),
        "blind166_yueyang_bulletin": expected_yueyang(),
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
