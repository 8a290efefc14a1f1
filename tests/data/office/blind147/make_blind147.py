# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420
"""Blind round 147: tables laid out the other way round.

Writes next to itself:
  blind147_xiamen_notice.docx / .pdf   joint 申报通知 (厦门片区管委会 + 厦门市商务局); 附件1 is a
      政策要点对照表 in a landscape section whose FIRST COLUMN holds the field names
      (政策名称 / 发文单位 / 支持对象 / 支持标准 / 申报时间 / 联系方式) and each further column is one
      policy (4 policies side by side, long wrapped cells, multi-paragraph 支持标准 cells,
      the 政策名称 row repeats on the next page); 附件2 is a 联系方式 card table
      (label | value | label | value per row, band rows naming each card, values spanning
      3 columns). 版头 and 落款 of the joint document are borderless layout tables.
  blind147_zhengzhou_report.docx / .pdf  片区 通报; 附件 is an indicator table with years as
      columns (指标 | 2021年 | 2022年 | 2023年 | 2024年1—6月), “指标” spanning a two-level row
      header (类别 vertically merged + 指标名, “其中：” sub-rows), then a 填报 card table.
  blind147_qingdao_compare.xlsx  the same kind of 对照表 as a workbook: sheet 政策对照表 (field
      names in column A, 4 policies in B:E, wrapped cells with Alt+Enter breaks, merged title
      and 制表单位 rows, merged 注 row), sheet 咨询联系方式 (card table).
  expected.json

Run:  . /work/venv/bin/activate && python make_blind147.py
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
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

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
XIAO_SI = 12
WU_HAO = 10.5
LINE = Pt(28.9)


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


def para(doc, text="", east=FS, size=SAN_HAO, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False, color=None, line=LINE):
    p = doc.add_paragraph()
    pfmt(p, align, indent, size, line)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT):
    p = para(doc, "")
    set_font(p.add_run(head), head_font, SAN_HAO)
    set_font(p.add_run(body), FS, SAN_HAO)
    return p


def heading(doc, text):
    return para(doc, text, HT, SAN_HAO)


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


def add_page_field(p, size=SI_HAO):
    def r(text):
        set_font(p.add_run(text), ST, size)
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


def portrait(s):
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)


def landscape(s):
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.top_margin, s.bottom_margin = Mm(28), Mm(26)
    s.left_margin, s.right_margin = Mm(25), Mm(25)
    s.header_distance, s.footer_distance = Mm(12), Mm(14)


def setup_doc(doc):
    s = doc.sections[0]
    portrait(s)
    doc.settings.odd_and_even_pages_header_footer = True
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(SI_HAO)
    add_page_field(fp)
    ep = s.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(SI_HAO)
    add_page_field(ep)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN_HAO)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sectPr = s._sectPr
    grid = sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def cell_text(cell, lines, east=FS, size=XIAO_SI, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, line=Pt(20)):
    """Write one or more paragraphs into a cell (the first paragraph already exists)."""
    if isinstance(lines, str):
        lines = [lines]
    for i, t in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        pfmt(p, align, 0, size, line)
        if t:
            set_font(p.add_run(t), east, size, bold)


def set_widths(tbl, widths):
    tbl.autofit = False
    tblPr = tbl._tbl.tblPr
    lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    tblPr.append(lay)
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
        '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def title(doc, parts):
    p = para(doc, "", XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    for i, t in enumerate(parts):
        r = p.add_run(t)
        set_font(r, XBZ, ER_HAO)
        if i < len(parts) - 1:
            r.add_break()
    para(doc, "", indent=0)


def docnum_and_rule(doc, number):
    para(doc, "", indent=0)
    p = para(doc, number, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, "", indent=0)


def banji(doc, chaosong, printer, printdate, blank_lines=0):
    for _ in range(blank_lines):
        para(doc, "", indent=0)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO * 4)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    p.paragraph_format.first_line_indent = Pt(-SI_HAO * 3)
    set_font(p.add_run("抄送：" + chaosong), FS, SI_HAO)
    border(p, "top", 12, "000000", 2)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    set_font(p.add_run(printer), FS, SI_HAO)
    set_font(p.add_run("\t" + printdate + "印发"), FS, SI_HAO)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def attachments_note(doc, items):
    for i, t in enumerate(items):
        p = para(doc, "", indent=0)
        if i == 0:
            p.paragraph_format.left_indent = Pt(SAN_HAO * 2)
            set_font(p.add_run("附件：%d．%s" % (i + 1, t) if len(items) > 1 else "附件：" + t), FS, SAN_HAO)
        else:
            p.paragraph_format.left_indent = Pt(SAN_HAO * 5)
            set_font(p.add_run("%d．%s" % (i + 1, t)), FS, SAN_HAO)


# ================================================================= file 1: Xiamen
XM_ORG1 = "中国（福建）自由贸易试验区厦门片区管理委员会"
XM_ORG2 = "厦门市商务局"
XM_TITLE_PARTS = ["中国（福建）自由贸易试验区厦门片区", "管理委员会　厦门市商务局关于组织申报", "2024年度自贸试验区和“一带一路”", "经贸合作扶持资金的通知"]
XM_TITLE = "".join(XM_TITLE_PARTS)
XM_NUM = "厦自贸委〔2024〕21号"
XM_MAIN_TO = "各有关区商务主管部门，片区各有关单位，各有关企业："
XM_ATT = ["2024年度厦门片区“一带一路”经贸合作扶持政策要点对照表", "申报咨询联系方式"]
XM_INTRO = "为深入贯彻落实《中国（福建）自由贸易试验区厦门片区促进“一带一路”经贸合作若干措施》（厦自贸委〔2023〕35号）等政策，加快建设“丝路海运”“丝路飞翔”核心区，现就组织申报2024年度自贸试验区和“一带一路”经贸合作扶持资金有关事项通知如下。"
XM_BODY = [
    ("h", "一、申报范围"),
    ("r", "（一）跨境电商海外仓项目。", "2023年1月1日至2023年12月31日期间，在共建“一带一路”国家和地区新建或租赁使用面积2000平方米以上公共海外仓的项目。"),
    ("r", "（二）中欧（厦门）班列和“丝路海运”物流项目。", "2023年度通过中欧（厦门）班列或“丝路海运”命名航线运输货物的物流企业、航运企业和货主企业。"),
    ("r", "（三）融资租赁和保税燃料油加注项目。", "2023年度在厦门片区开展跨境融资租赁业务或国际航行船舶保税燃料油加注业务的企业。"),
    ("h", "二、申报条件"),
    ("r", "1.", "申报单位应在厦门片区（含象屿保税区、海沧港区、东渡港区）依法注册登记，具有独立法人资格，财务管理制度健全。"),
    ("r", "2.", "申报单位近三年内无重大违法违规记录，未被列入严重失信主体名单。"),
    ("r", "3.", "同一项目已获得市级其他财政资金支持的，不得重复申报。"),
    ("h", "三、申报材料"),
    ("p", "申报单位应通过平台上传扶持资金申请表、营业执照、项目合同及付款凭证、2023年度财务审计报告等材料，纸质材料一式两份并加盖公章，报送所在区商务主管部门或片区有关单位。各项政策的支持对象、支持标准详见附件1。"),
    ("h", "四、申报程序和时间"),
    ("r", "（一）网上申报。", "申报单位于2024年7月15日至8月16日（政策四延长至9月13日，见附件1）登录“厦门市惠企政策兑现平台”填报申请并上传材料，逾期不予受理。"),
    ("r", "（二）初审和评审。", "各区商务主管部门、片区有关单位于2024年8月30日前完成初审，片区管委会会同市商务局委托第三方机构开展专项审计和评审。"),
    ("r", "（三）公示和拨付。", "评审结果在厦门片区门户网站公示5个工作日，公示无异议的，按程序拨付资金。"),
    ("h", "五、工作要求"),
    ("p", "各有关单位要加强政策宣传，指导企业如实申报。申报单位对申报材料的真实性负责，对弄虚作假骗取扶持资金的，追回已拨付资金，5年内取消申报资格，并依法依规纳入信用记录。"),
    ("p", "申报咨询联系方式见附件2。"),
]
XM_FIELDS = ["政策名称", "发文单位", "支持对象", "支持标准", "申报时间", "联系方式"]
# each policy: dict field -> list of paragraphs in the cell
XM_POLICIES = [
    {
        "政策名称": ["政策一：跨境电商公共海外仓建设扶持"],
        "发文单位": ["厦门片区管委会、厦门市商务局"],
        "支持对象": ["在厦门片区注册、在共建“一带一路”国家和地区新建或租赁公共海外仓的跨境电商企业"],
        "支持标准": ["1.海外仓使用面积2000平方米以上的，按实际投入的20%给予补助，单个仓最高100万元；",
                  "2.当年度服务厦门企业数量超过50家的，额外奖励20万元；",
                  "3.单个企业年度扶持总额不超过200万元。"],
        "申报时间": ["2024年7月15日—8月16日"],
        "联系方式": ["片区管委会经济发展局", "林先生　0592-6061234"],
    },
    {
        "政策名称": ["政策二：中欧（厦门）班列运费补贴"],
        "发文单位": ["厦门市商务局、厦门片区管委会"],
        "支持对象": ["通过中欧（厦门）班列出口货物的货主企业及承运企业"],
        "支持标准": ["1.去程班列按每标准箱（40英尺）3000元给予补贴，回程班列按每标准箱2000元给予补贴；",
                  "2.单个企业年度补贴最高不超过300万元；",
                  "3.补贴资金由市、片区按6∶4比例分担。"],
        "申报时间": ["2024年7月15日—8月16日"],
        "联系方式": ["市商务局对外贸易处", "黄女士　0592-2855617"],
    },
    {
        "政策名称": ["政策三：“丝路海运”命名航线奖励"],
        "发文单位": ["厦门片区管委会"],
        "支持对象": ["开通“丝路海运”命名航线并在东渡港区、海沧港区靠泊作业的航运企业"],
        "支持标准": ["1.新开通至共建“一带一路”国家港口的命名航线，年度航次不少于40个的，一次性奖励80万元；",
                  "2.既有命名航线年度集装箱运量同比增长10%以上的，按新增量每标准箱10元给予奖励，最高50万元。"],
        "申报时间": ["2024年7月15日—8月16日"],
        "联系方式": ["片区管委会航运物流处", "郑先生　0592-6061288"],
    },
    {
        "政策名称": ["政策四：融资租赁及保税燃料油加注扶持"],
        "发文单位": ["厦门片区管委会、厦门市商务局"],
        "支持对象": ["在厦门片区（含象屿保税区）开展跨境融资租赁或国际航行船舶保税燃料油加注业务的企业"],
        "支持标准": ["1.以SPV方式开展飞机、船舶跨境租赁的，每单给予10万元奖励，单个企业年度最高100万元；",
                  "2.保税燃料油年度加注量达到5万吨的，奖励30万元，每增加1万吨再奖励5万元，最高100万元。"],
        "申报时间": ["2024年7月15日—9月13日", "（延长受理）"],
        "联系方式": ["片区管委会金融服务局", "吴女士　0592-6061266"],
    },
]
XM_TABLE_NOTE = "注：各项政策的具体条款以政策原文为准；同一项目符合多项政策的，按照“就高不重复”原则执行。"
XM_CARDS = [
    ("（一）片区受理窗口", [
        ("受理单位", "厦门片区管委会经济发展局", "联 系 人", "林志强"),
        ("联系电话", "0592-6061234", "传　　真", "0592-6061200"),
        ("电子邮箱", "jjfzj@xmftz.gov.cn", "邮政编码", "361006"),
        ("办公地址", "厦门市湖里区象屿路97号厦门国际航运中心D栋8楼", None, None),
        ("受理时间", "工作日上午8:30—12:00，下午14:30—17:30", None, None),
    ]),
    ("（二）市级受理窗口", [
        ("受理单位", "厦门市商务局对外贸易处", "联 系 人", "黄晓玲"),
        ("联系电话", "0592-2855617", "传　　真", "0592-2855600"),
        ("电子邮箱", "dwmyc@xmcom.gov.cn", "邮政编码", "361003"),
        ("办公地址", "厦门市思明区湖滨北路61号市政府大楼3楼", None, None),
        ("受理时间", "工作日上午9:00—12:00，下午13:30—17:00", None, None),
    ]),
]
XM_DATE = "2024年7月8日"
XM_CHAOSONG = "福建省商务厅（省自贸办），厦门海关，市财政局。"
XM_PRINTER = "厦门片区管理委员会办公室"
XM_PRINTDATE = "2024年7月9日"


def build_xiamen():
    doc = Document()
    setup_doc(doc)
    # joint 版头: borderless table, two organ names left, 文件 right
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [Mm(128), Mm(28)])
    left, right = t.cell(0, 0), t.cell(0, 1)
    for i, name in enumerate([XM_ORG1, XM_ORG2]):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        pfmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, 0, 26, Pt(36))
        set_font(p.add_run(name), XBZ, 26 if i == 0 else 30, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = right.paragraphs[0]
    pfmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, 40, Pt(48))
    set_font(p.add_run("文件"), XBZ, 40, color=RED)
    docnum_and_rule(doc, XM_NUM)
    title(doc, XM_TITLE_PARTS)
    para(doc, XM_MAIN_TO, indent=0)
    para(doc, XM_INTRO)
    for item in XM_BODY:
        if item[0] == "h":
            heading(doc, item[1])
        elif item[0] == "r":
            runin(doc, item[1], item[2], KT if item[1].startswith("（") else FS)
        else:
            para(doc, item[1])
    para(doc, "", indent=0)
    attachments_note(doc, XM_ATT)
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    # joint 落款: borderless table, two organs side by side, date below
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    set_widths(t, [Mm(90), Mm(66)])
    cell_text(t.cell(0, 0), ["中国（福建）自由贸易试验区", "厦门片区管理委员会"], FS, SAN_HAO, align=WD_ALIGN_PARAGRAPH.CENTER, line=LINE)
    cell_text(t.cell(0, 1), ["", XM_ORG2], FS, SAN_HAO, align=WD_ALIGN_PARAGRAPH.CENTER, line=LINE)
    t.rows[0]._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
    p = para(doc, XM_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 4)
    para(doc, "", indent=0)
    para(doc, "（此件主动公开）", align=WD_ALIGN_PARAGRAPH.LEFT)

    # ---- 附件1: landscape section, transposed 对照表
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    landscape(sec)
    para(doc, "附件1", HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, XM_ATT[0], XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(36))
    para(doc, "", indent=0, line=Pt(14))
    tbl = doc.add_table(rows=len(XM_FIELDS), cols=1 + len(XM_POLICIES))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tbl, [Mm(27)] + [Mm(55)] * 4)
    for ri, f in enumerate(XM_FIELDS):
        c = tbl.cell(ri, 0)
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        shade(c)
        cell_text(c, f, HT, XIAO_SI, align=WD_ALIGN_PARAGRAPH.CENTER)
        for pi, pol in enumerate(XM_POLICIES):
            c = tbl.cell(ri, 1 + pi)
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if ri == 0:
                shade(c)
                cell_text(c, pol[f], HT, XIAO_SI, align=WD_ALIGN_PARAGRAPH.CENTER)
            else:
                cell_text(c, pol[f], FS, XIAO_SI, align=WD_ALIGN_PARAGRAPH.JUSTIFY if f in ("支持对象", "支持标准") else WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(tbl.rows[0])
    para(doc, XM_TABLE_NOTE, FS, XIAO_SI, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(22))

    # ---- 附件2: portrait section, 联系方式 card table
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    portrait(sec)
    para(doc, "附件2", HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, "", indent=0)
    para(doc, XM_ATT[1], XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)
    nrows = sum(1 + len(rows) for _, rows in XM_CARDS)
    tbl = doc.add_table(rows=nrows, cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tbl, [Mm(26), Mm(56), Mm(24), Mm(50)])
    r = 0
    for band, rows in XM_CARDS:
        a = tbl.cell(r, 0).merge(tbl.cell(r, 3))
        shade(a, "F2F2F2")
        cell_text(a, band, HT, XIAO_SI, align=WD_ALIGN_PARAGRAPH.LEFT, line=Pt(24))
        r += 1
        for l1, v1, l2, v2 in rows:
            c = tbl.cell(r, 0)
            cell_text(c, l1, HT, XIAO_SI, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(24))
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if l2 is None:
                v = tbl.cell(r, 1).merge(tbl.cell(r, 3))
                cell_text(v, v1, FS, XIAO_SI, line=Pt(24))
            else:
                cell_text(tbl.cell(r, 1), v1, FS, XIAO_SI, line=Pt(24))
                cell_text(tbl.cell(r, 2), l2, HT, XIAO_SI, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(24))
                cell_text(tbl.cell(r, 3), v2, FS, XIAO_SI, line=Pt(24))
            for ci in range(4):
                tbl.cell(r, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            r += 1
    # drop the empty paragraphs merge leaves behind
    for row in tbl.rows:
        for c in row.cells:
            for extra in c.paragraphs[1:]:
                if not extra.text.strip():
                    extra._p.getparent().remove(extra._p)
    # 版记 at the foot of the last page
    banji(doc, XM_CHAOSONG, XM_PRINTER, XM_PRINTDATE, blank_lines=7)
    out = os.path.join(HERE, "blind147_xiamen_notice.docx")
    doc.save(out)
    return out


# ================================================================= file 2: Zhengzhou
ZZ_ISSUER = "中国（河南）自由贸易试验区郑州片区管理委员会"
ZZ_TITLE_PARTS = ["中国（河南）自由贸易试验区郑州片区", "管理委员会关于2024年上半年片区建设", "主要指标完成情况的通报"]
ZZ_TITLE = "".join(ZZ_TITLE_PARTS)
ZZ_NUM = "郑自贸管〔2024〕27号"
ZZ_MAIN_TO = "片区各组团管理办公室，片区各部门，各有关单位："
ZZ_ATT = "郑州片区主要经济指标完成情况（2021年—2024年1—6月）"
ZZ_INTRO = "2024年上半年，片区上下深入贯彻落实自贸试验区提升战略，统筹推进制度创新和共建“一带一路”经贸合作，主要指标保持较快增长。现将有关情况通报如下。"
ZZ_BODY = [
    ("h", "一、总体情况"),
    ("p", "1—6月，片区新设企业6832家，其中外资企业96家；实现进出口总额486.3亿元，同比增长12.7%，其中对共建“一带一路”国家进出口211.5亿元，同比增长18.2%；实际使用外资3.42亿美元。2021年以来各年度主要指标见附件。"),
    ("h", "二、主要特点"),
    ("r", "（一）“空中丝绸之路”带动作用持续增强。", "依托郑州—卢森堡“双枢纽”，上半年片区跨境电商交易额162.8亿元，同比增长21.4%，其中经开组团完成118.6亿元。"),
    ("r", "（二）中欧班列（中豫号）开行量稳步提升。", "上半年中欧班列（中豫号）开行1286列，同比增长9.3%，其中经开组团集结中心发运占比达到63%。"),
    ("r", "（三）制度创新成果加快形成。", "上半年新形成制度创新成果23项，其中“跨境电商零售进口退货中心仓模式”等2项在全国复制推广。"),
    ("h", "三、存在的问题"),
    ("p", "一是外资企业新设数量同比下降8.6%，引资结构有待优化；二是金水组团进出口规模偏小，上半年仅占片区的6.1%；三是部分制度创新成果系统集成不足，复制推广效果有待提升。"),
    ("h", "四、下半年工作安排"),
    ("r", "1.加强外资招引。", "各组团要围绕跨境电商、现代物流、数字贸易等重点产业，全年新引进外资企业不少于200家。"),
    ("r", "2.扩大“一带一路”经贸合作。", "推动郑东组团建设“一带一路”跨境服务贸易中心，力争全年对共建“一带一路”国家进出口增长15%以上。"),
    ("r", "3.强化指标调度。", "各组团于每月5日前将上月主要指标报送片区管委会综合协调局，综合协调局每季度通报一次完成情况。"),
    ("p", "请各组团、各部门对照年度目标任务，查找差距，压实责任，确保完成全年目标任务。"),
]
ZZ_YEARS = ["2021年", "2022年", "2023年", "2024年1—6月"]
ZZ_IND = [
    ("市场主体", [
        ("新设企业数（家）", ["11256", "12480", "13915", "6832"]),
        ("其中：外资企业（家）", ["168", "185", "204", "96"]),
        ("累计注册企业（家）", ["98420", "110900", "124815", "131647"]),
    ]),
    ("外贸外资", [
        ("进出口总额（亿元）", ["702.6", "781.9", "892.4", "486.3"]),
        ("其中：对共建“一带一路”国家（亿元）", ["255.1", "301.7", "372.6", "211.5"]),
        ("实际使用外资（亿美元）", ["6.15", "6.58", "7.03", "3.42"]),
    ]),
    ("特色产业", [
        ("跨境电商交易额（亿元）", ["215.4", "248.9", "289.7", "162.8"]),
        ("中欧班列（中豫号）开行（列）", ["1546", "1850", "2316", "1286"]),
    ]),
    ("制度创新", [
        ("形成制度创新成果（项）", ["41", "46", "52", "23"]),
        ("其中：全国复制推广（项）", ["—", "4", "6", "2"]),
    ]),
]
ZZ_TABLE_NOTES = ["注：1.2024年1—6月数据为快报数，增速按可比口径计算；", "2.“其中”项为上一行指标的组成部分；“—”表示当年未统计。"]
ZZ_CARD = [
    ("填报单位", "郑州片区管委会综合协调局", "负 责 人", "李建国"),
    ("填 报 人", "王雪", "联系电话", "0371-67881234"),
    ("报送时间", "2024年7月15日", "数据口径", "片区统计快报"),
]
ZZ_DATE = "2024年7月22日"
ZZ_CHAOSONG = "河南省商务厅（省自贸办），郑州市人民政府办公厅。"
ZZ_PRINTER = "郑州片区管理委员会综合协调局"
ZZ_PRINTDATE = "2024年7月23日"


def build_zhengzhou():
    doc = Document()
    setup_doc(doc)
    for ln in [ZZ_ISSUER]:
        p = para(doc, "", XBZ, 30, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(40))
        set_font(p.add_run("中国（河南）自由贸易试验区"), XBZ, 30, color=RED)
        p = para(doc, "", XBZ, 36, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(44))
        set_font(p.add_run("郑州片区管理委员会文件"), XBZ, 36, color=RED)
    docnum_and_rule(doc, ZZ_NUM)
    title(doc, ZZ_TITLE_PARTS)
    para(doc, ZZ_MAIN_TO, indent=0)
    para(doc, ZZ_INTRO)
    for item in ZZ_BODY:
        if item[0] == "h":
            heading(doc, item[1])
        elif item[0] == "r":
            runin(doc, item[1], item[2], KT if item[1].startswith("（") else FS)
        else:
            para(doc, item[1])
    para(doc, "", indent=0)
    attachments_note(doc, [ZZ_ATT])
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, ZZ_ISSUER, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 2)
    p = para(doc, ZZ_DATE, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 6)
    para(doc, "", indent=0)
    para(doc, "（此件公开发布）", align=WD_ALIGN_PARAGRAPH.LEFT)

    # ---- 附件: indicator table, years as columns, two-level row header
    page_break(doc)
    para(doc, "附件", HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, "", indent=0)
    p = para(doc, "", XBZ, 20, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(30))
    r = p.add_run("郑州片区主要经济指标完成情况")
    set_font(r, XBZ, 20)
    r.add_break()
    set_font(p.add_run("（2021年—2024年1—6月）"), XBZ, 20)
    p = para(doc, "数据截至：2024年6月30日", FS, XIAO_SI, WD_ALIGN_PARAGRAPH.RIGHT, 0, line=Pt(24))
    nrows = 1 + sum(len(v) for _, v in ZZ_IND)
    tbl = doc.add_table(rows=nrows, cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(tbl, [Mm(19), Mm(45), Mm(23), Mm(23), Mm(23), Mm(23)])
    # header: 指标 spans the two row-header columns
    h = tbl.cell(0, 0).merge(tbl.cell(0, 1))
    shade(h)
    cell_text(h, "指　　标", HT, WU_HAO, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(22))
    for yi, y in enumerate(ZZ_YEARS):
        c = tbl.cell(0, 2 + yi)
        shade(c)
        cell_text(c, y, HT, WU_HAO, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(22))
    repeat_header(tbl.rows[0])
    r = 1
    for cat, rows in ZZ_IND:
        top = r
        for name, vals in rows:
            cell_text(tbl.cell(r, 1), name, FS, WU_HAO, line=Pt(22))
            for yi, v in enumerate(vals):
                cell_text(tbl.cell(r, 2 + yi), v, "Times New Roman" if v != "—" else FS, WU_HAO, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(22))
            for ci in range(6):
                tbl.cell(r, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            r += 1
        c = tbl.cell(top, 0).merge(tbl.cell(r - 1, 0))
        cell_text(c, cat, HT, WU_HAO, align=WD_ALIGN_PARAGRAPH.CENTER, line=Pt(22))
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for row in tbl.rows:
        for c in row.cells:
            ps = c.paragraphs
            if len(ps) > 1 and not ps[0].text.strip():
                ps[0]._p.getparent().remove(ps[0]._p)
            for extra in c.paragraphs[1:]:
                if not extra.text.strip():
                    extra._p.getparent().remove(extra._p)
    for i, n in enumerate(ZZ_TABLE_NOTES):
        p = para(doc, n, FS, XIAO_SI, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(22))
        if i:
            p.paragraph_format.left_indent = Pt(XIAO_SI * 2)
    para(doc, "", indent=0, line=Pt(14))
    card = doc.add_table(rows=len(ZZ_CARD), cols=4)
    card.style = "Table Grid"
    card.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(card, [Mm(24), Mm(54), Mm(24), Mm(54)])
    for ri, (l1, v1, l2, v2) in enumerate(ZZ_CARD):
        for ci, (txt, f) in enumerate(((l1, HT), (v1, FS), (l2, HT), (v2, FS))):
            c = card.cell(ri, ci)
            if f == HT:
                shade(c, "F2F2F2")
            cell_text(c, txt, f, XIAO_SI, align=WD_ALIGN_PARAGRAPH.CENTER if f == HT else WD_ALIGN_PARAGRAPH.LEFT, line=Pt(22))
    # 版记 on its own last page (an even page)
    page_break(doc)
    banji(doc, ZZ_CHAOSONG, ZZ_PRINTER, ZZ_PRINTDATE, blank_lines=18)
    out = os.path.join(HERE, "blind147_zhengzhou_report.docx")
    doc.save(out)
    return out


# ================================================================= file 3: Qingdao workbook
QD_TITLE = "中国（山东）自由贸易试验区青岛片区支持RCEP和“一带一路”经贸合作政策要点对照表"
QD_MAKER = "中国（山东）自由贸易试验区青岛片区管理委员会经济发展局"
QD_SUB = "制表单位：%s　　　　更新日期：2024年8月20日" % QD_MAKER
QD_POLICIES = [
    {
        "政策名称": "海铁联运班列运费补贴",
        "发文单位": "青岛片区管委会、青岛市交通运输局",
        "支持对象": "经前湾港区海铁联运发运至共建“一带一路”国家的货主企业和物流企业",
        "支持标准": "1.按每标准箱300元给予补贴；\n2.当年新开辟海铁联运线路的，另给予一次性奖励30万元；\n3.单个企业年度补贴最高不超过200万元。",
        "申报时间": "2024年9月1日—9月30日",
        "联系方式": "片区管委会物流发展处\n0532-86885101",
    },
    {
        "政策名称": "RCEP原产地证书应用奖励",
        "发文单位": "青岛片区管委会",
        "支持对象": "在青岛片区注册、年度申领RCEP原产地证书100份以上的外贸企业",
        "支持标准": "1.按每份证书50元给予奖励；\n2.年度享受RCEP关税减让金额超过50万元的，额外奖励5万元；\n3.单个企业年度奖励最高30万元。",
        "申报时间": "2024年9月1日—10月15日",
        "联系方式": "片区管委会国际贸易处\n0532-86885120",
    },
    {
        "政策名称": "跨境电商企业出海拓展支持",
        "发文单位": "青岛片区管委会、青岛市商务局",
        "支持对象": "在共建“一带一路”国家参加境外展会或租赁海外仓的片区跨境电商企业",
        "支持标准": "1.境外展会展位费按50%给予补助，单个展会最高5万元；\n2.海外仓租赁费按30%给予补助，单个企业年度最高50万元。",
        "申报时间": "2024年9月1日—9月30日",
        "联系方式": "片区管委会国际贸易处\n0532-86885120",
    },
    {
        "政策名称": "大宗商品保税交割业务奖励",
        "发文单位": "青岛片区管委会",
        "支持对象": "在青岛前湾综合保税区开展铁矿石、原油等大宗商品期货保税交割业务的仓储企业",
        "支持标准": "1.年度交割量达到10万吨的，奖励20万元；\n2.每增加10万吨再奖励10万元；\n3.单个企业年度奖励最高100万元。",
        "申报时间": "常年受理，每季度首月集中审核",
        "联系方式": "片区管委会金融服务处\n0532-86885133",
    },
]
QD_NOTES = "注：1.本表仅为政策要点摘编，具体以政策原文为准；\n2.同一事项符合多项政策的，按照“就高不重复”原则执行；\n3.申报材料通过“青岛政策通”平台统一提交。"
QD_CARDS = [
    ("一、片区管委会国际贸易处（RCEP原产地证书应用奖励、跨境电商企业出海拓展支持）", [
        ("联系人", "孙丽娜", "联系电话", "0532-86885120"),
        ("传真", "0532-86885100", "电子邮箱", "gjmyc@qdftz.gov.cn"),
        ("办公地址", "青岛市黄岛区前湾港路177号片区政务服务中心4楼", None, None),
    ]),
    ("二、片区管委会物流发展处（海铁联运班列运费补贴）", [
        ("联系人", "赵海峰", "联系电话", "0532-86885101"),
        ("传真", "0532-86885100", "电子邮箱", "wlfzc@qdftz.gov.cn"),
        ("办公地址", "青岛市黄岛区前湾港路177号片区政务服务中心5楼", None, None),
    ]),
]


def build_qingdao():
    wb = Workbook()
    ws = wb.active
    ws.title = "政策对照表"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    grey = PatternFill("solid", fgColor="D9D9D9")
    ws.merge_cells("A1:E1")
    ws["A1"] = QD_TITLE
    ws["A1"].font = Font(name="方正小标宋简体", size=18)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[1].height = 48
    ws.merge_cells("A2:E2")
    ws["A2"] = QD_SUB
    ws["A2"].font = Font(name="仿宋_GB2312", size=11)
    ws["A2"].alignment = Alignment(horizontal="right", vertical="center")
    ws.row_dimensions[2].height = 22
    ws.column_dimensions["A"].width = 12
    for col in "BCDE":
        ws.column_dimensions[col].width = 36
    heights = {"政策名称": 32, "发文单位": 32, "支持对象": 62, "支持标准": 120, "申报时间": 32, "联系方式": 40}
    for ri, f in enumerate(XM_FIELDS, start=3):
        c = ws.cell(row=ri, column=1, value=f)
        c.font = Font(name="黑体", size=11, bold=True)
        c.fill = grey
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = box
        for pi, pol in enumerate(QD_POLICIES):
            c = ws.cell(row=ri, column=2 + pi, value=pol[f])
            c.border = box
            if f == "政策名称":
                c.font = Font(name="黑体", size=11, bold=True)
                c.fill = grey
                c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            else:
                c.font = Font(name="仿宋_GB2312", size=11)
                c.alignment = Alignment(horizontal="left" if f in ("支持对象", "支持标准") else "center", vertical="center", wrap_text=True)
        ws.row_dimensions[ri].height = heights[f]
    ws.merge_cells("A10:E10")
    ws["A10"] = QD_NOTES
    ws["A10"].font = Font(name="仿宋_GB2312", size=10)
    ws["A10"].alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.row_dimensions[10].height = 52
    ws.freeze_panes = "B4"
    ws.print_title_cols = "A:A"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1

    ws2 = wb.create_sheet("咨询联系方式")
    ws2.merge_cells("A1:D1")
    ws2["A1"] = "政策咨询联系方式"
    ws2["A1"].font = Font(name="方正小标宋简体", size=16)
    ws2["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws2.row_dimensions[1].height = 36
    for col, w in zip("ABCD", (12, 30, 12, 30)):
        ws2.column_dimensions[col].width = w
    r = 2
    for band, rows in QD_CARDS:
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        c = ws2.cell(row=r, column=1, value=band)
        c.font = Font(name="黑体", size=11, bold=True)
        c.fill = PatternFill("solid", fgColor="F2F2F2")
        for ci in range(1, 5):
            ws2.cell(row=r, column=ci).border = box
        r += 1
        for l1, v1, l2, v2 in rows:
            ws2.cell(row=r, column=1, value=l1)
            ws2.cell(row=r, column=2, value=v1)
            if l2 is None:
                ws2.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
            else:
                ws2.cell(row=r, column=3, value=l2)
                ws2.cell(row=r, column=4, value=v2)
            for ci in range(1, 5):
                c = ws2.cell(row=r, column=ci)
                c.border = box
                c.alignment = Alignment(horizontal="center" if ci in (1, 3) else "left", vertical="center", wrap_text=True)
                c.font = Font(name="黑体" if ci in (1, 3) else "仿宋_GB2312", size=11, bold=ci in (1, 3))
                if ci in (1, 3):
                    c.fill = grey
            ws2.row_dimensions[r].height = 24
            r += 1
    wb.properties.title = QD_TITLE
    wb.properties.creator = "青岛片区管委会经济发展局"
    out = os.path.join(HERE, "blind147_qingdao_compare.xlsx")
    wb.save(out)
    return out


# ================================================================= PDFs
def to_pdf(docx_path):
    prof = "/tmp/lo_147"
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================= expected.json
def pairs(items):
    return "；".join("%s：%s" % (k, v) for k, v in items if v)


def policy_clause_docx(pol):
    # cell paragraphs: 支持标准 items joined with nothing, other multi-line cells with a space
    return pairs((f, ("" if f == "支持标准" else " ").join(pol[f])) for f in XM_FIELDS)


def policy_clause_xlsx(pol):
    return pairs((f, pol[f].replace("\n", "" if f == "支持标准" else " ")) for f in XM_FIELDS)


def card_clause(rows):
    items = []
    for l1, v1, l2, v2 in rows:
        items.append((l1.replace(" ", "").replace("　", ""), v1))
        if l2:
            items.append((l2.replace(" ", "").replace("　", ""), v2))
    return pairs(items)


def year_clause(yi):
    items = [("年度", ZZ_YEARS[yi])]
    for cat, rows in ZZ_IND:
        for name, vals in rows:
            items.append(("%s—%s" % (cat, name), vals[yi]))
    return pairs(items)


def body_clauses(intro, body):
    out = [intro]
    for item in body:
        if item[0] == "r":
            out.append(item[1] + item[2])
        elif item[0] == "p":
            out.append(item[1])
    return out


def expected():
    xm_clauses = body_clauses(XM_INTRO, XM_BODY)
    xm_clauses += [policy_clause_docx(p) for p in XM_POLICIES]
    xm_clauses.append(XM_TABLE_NOTE)
    xm_clauses += [card_clause(rows) for _, rows in XM_CARDS]
    xm_meta = {
        "title": XM_TITLE,
        "doc_number": XM_NUM,
        "issuer": [XM_ORG1, XM_ORG2],
        "date": "2024-07-08",
        "published": "2024-07-09",
        "level": "municipal",
        "region": "福建省厦门市",
        "effective": None,
        "expires": None,
        "attachments": XM_ATT,
        "doc_type": "通知",
        "recipients": ["各有关区商务主管部门", "片区各有关单位", "各有关企业"],
        "publicity": "此件主动公开",
        "deadlines": {"申报（政策一至三）": "2024-08-16", "申报（政策四）": "2024-09-13", "初审": "2024-08-30"},
    }
    xm_tables = {
        "附件1 政策要点对照表": "TRANSPOSED: column 1 holds the field names (政策名称/发文单位/支持对象/支持标准/申报时间/联系方式), row 1 (政策名称) is NOT a header of fields but the first field; each of the 4 further columns is ONE policy. Read column by column: one clause per policy = '政策名称：…；发文单位：…；支持对象：…；支持标准：…；申报时间：…；联系方式：…' (clauses 14–17). The 支持标准 / 联系方式 / 申报时间 cells hold several paragraphs (1. 2. 3. items; office and 电话 on two lines; 2024年7月15日—9月13日 + （延长受理）): keep them in that policy's clause, joined with nothing, a space or a newline (taste). The label may be the policy name or 政策一…政策四. Read row-wise (one clause per field, e.g. '政策名称：支持标准；政策一：跨境电商…：1.海外仓…') is WRONG: an analyst asking about 政策四 must then assemble 6 clauses, and the row-1-as-header reading pairs every value with a policy NAME as its key — HIGH if the values survive but are keyed wrongly, HIGH also if the four 支持标准 land in one clause. The shaded 政策名称 row is marked as repeating header (w:tblHeader).",
        "附件2 申报咨询联系方式": "CARD table: every row is label | value | label | value (办公地址 / 受理时间 rows: label | value spanning 3 columns); full-width band rows （一）片区受理窗口 / （二）市级受理窗口 start each card. One clause per card, pairs in reading order (left pair then right pair, row by row): clauses 19–20. The band row is the card's heading (label/path), not a clause. Reading row 1 as a column header (受理单位 | 厦门片区管委会经济发展局 | 联系人 | 林志强 as field names) is HIGH (it keys 0592-6061234 under 厦门片区管委会经济发展局 etc.). One clause per row with correct label：value pairs is tolerable (low–medium: rows 2–5 then do not say which office they belong to unless the band heading is carried in the path).",
    }
    xm_note = (
        "Furniture, not clauses: the joint 版头 is a BORDERLESS 2-column layout table (left cell: two paragraphs 中国（福建）自由贸易试验区厦门片区管理委员会 — which wraps over two printed lines — / 厦门市商务局, distributed, in red; right cell: 文件, vertically centred) — it must not become a table clause, the title or a 'document' of its own; the issuer list comes from it / the title / the 落款 (2 organs). 文号 line 厦自贸委〔2024〕21号 + red rule. Title: one paragraph with three soft line breaks (after …厦门片区, after …关于组织申报, after “一带一路”) that must be re-joined without stray spaces; the two organs are separated by a full-width space in the middle of line 2 (管理委员会　厦门市商务局; a 、 or plain space there is taste). 主送 line → recipients. Headings 一、申报范围 / 二、申报条件 / 三、申报材料 / 四、申报程序和时间 / 五、工作要求 have no text of their own (heading clauses tolerable). （一）（二）（三） and 1.2.3. are run-in: heading + text = one clause. 附件说明 (附件：1．… / 2．… on two paragraphs) → attachments (no 1．/2． prefix). The joint 落款 is ANOTHER borderless layout table (left cell: 中国（福建）自由贸易试验区 / 厦门片区管理委员会 on two lines, right cell: 厦门市商务局) followed by the date paragraph 2024年7月8日 — furniture, not a clause; a 'table row' clause like '中国（福建）自由贸易试验区厦门片区管理委员会：厦门市商务局' is a furniture leak (medium). （此件主动公开） → publicity. The labels 附件1 / 附件2 and the two attachment titles are furniture (titles). 附件1 sits in a LANDSCAPE section (new section, A4 landscape); 附件2 in a new portrait section. 版记 (抄送：福建省商务厅（省自贸办），厦门海关，市财政局。 / 厦门片区管理委员会办公室 2024年7月9日印发) follows the 附件2 card table after 7 blank paragraphs — it must not be glued to the last card. Footer page numbers — N —. date = 2024-07-08 (成文日期, under the 落款); 2024-07-09 is the 印发 date; 2024-07-15 / 08-16 / 08-30 / 09-13 are application dates — none is the 成文日期. No effective/expires (a 申报通知); 2024年12月31日 does not occur. Note the 政策四 deadline differs (9月13日, body 四（一） says so and 附件1 says so)."
    )
    xm_pdf = {
        "pages": "8 pages. p1–3 portrait (notice body and 附件说明), p4 the 落款 table + 2024年7月8日 + （此件主动公开） alone, p5–6 LANDSCAPE (附件1: the table breaks inside the 支持标准 row — p5 ends mid-cell (…单个仓最高 / …每标准箱2000 / …不少于40个的， / …单个企业年), p6 starts with the REPEATED shaded 政策名称 row, then the rest of the 支持标准 row with an EMPTY field-name cell (the label 支持标准 printed only on p5), then 申报时间, 联系方式 and the 注), p7 portrait (附件2 cards), p8 版记 alone.",
        "note": "Same metadata and clauses as the .docx. PDF-specific traps: the repeated 政策名称 row on the continuation page is a repeated header, not a 5th policy or a second table; a row split over the page break must be re-joined to its policy column; in a text layer the four policy columns sit side by side — reading the page line by line interleaves the 4 policies (HIGH: every 支持标准 clause then mixes four policies). The borderless 版头 table prints as ordinary red text; the 落款 table prints as two side-by-side organ names on the same baseline. Page numbers — N — alternate right/left.",
    }
    xm_applies = {
        "default": "中国（福建）自由贸易试验区厦门片区（福建省厦门市）",
        "specific": {
            "二、1.": "厦门片区（含象屿保税区、海沧港区、东渡港区） — inside the default",
            "附件1 政策三（“丝路海运”命名航线奖励）": "东渡港区、海沧港区（厦门片区）",
            "附件1 政策四（融资租赁及保税燃料油加注扶持）": "厦门片区（含象屿保税区）",
        },
        "note": "共建“一带一路”国家和地区 / 中欧（厦门）班列 do not place a clause abroad; 福建省商务厅、厦门海关 (版记) are organs; the 湖里区 / 思明区 addresses in the 附件2 cards are office addresses, not where the policy applies (tagging the card clauses to 湖里区/思明区 is low).",
    }

    zz_clauses = body_clauses(ZZ_INTRO, ZZ_BODY)
    zz_clauses += [year_clause(i) for i in range(4)]
    zz_clauses += ["注：1.2024年1—6月数据为快报数，增速按可比口径计算；2.“其中”项为上一行指标的组成部分；“—”表示当年未统计。"]
    zz_clauses.append(card_clause(ZZ_CARD))
    zz_meta = {
        "title": ZZ_TITLE,
        "doc_number": ZZ_NUM,
        "issuer": [ZZ_ISSUER],
        "date": "2024-07-22",
        "published": "2024-07-23",
        "level": "municipal",
        "region": "河南省郑州市",
        "effective": None,
        "expires": None,
        "attachments": [ZZ_ATT],
        "doc_type": "通报",
        "recipients": ["片区各组团管理办公室", "片区各部门", "各有关单位"],
        "publicity": "此件公开发布",
    }
    zz_tables = {
        "附件 指标表": "YEARS AS COLUMNS: header row = 指标 (one cell spanning the two row-header columns, gridSpan=2) | 2021年 | 2022年 | 2023年 | 2024年1—6月. Row header has TWO levels: 类别 (市场主体 ×3 rows, 外贸外资 ×3, 特色产业 ×2, 制度创新 ×2, vertically merged) and 指标名 (with unit). “其中：…” rows are components of the row above. Read column by column: one clause per year = '年度：2023年；市场主体—新设企业数（家）：13915；…；制度创新—其中：全国复制推广（项）：6' (clauses 11–14), so that ‘what did the 片区 achieve in 2023’ is one clause; the separator between 类别 and 指标名 (—, /, >) is taste. The 2021 value of 其中：全国复制推广 is “—” (not counted): keep it as — or drop that pair (taste), but never shift the following values. Acceptable second best: one clause per indicator row carrying BOTH header levels and all four year labels ('市场主体—新设企业数（家）：2021年 11256；2022年 12480；…') — medium (a year question needs 10 clauses). HIGH: the gridSpan 指标 header mis-aligned so that values are keyed to the wrong year (e.g. 2021年 label on the 指标名 column, 2024年1—6月 values unlabelled or labelled 2023年); 类别 blank on the 2nd/3rd rows of a merged group is medium (其中：外资企业 without 市场主体 is still understandable, but 其中：对共建“一带一路”国家 needs 外贸外资/进出口总额).",
        "填报 card": "label | value | label | value ×3 rows → one clause '填报单位：…；负责人：…；填报人：…；联系电话：…；报送时间：2024年7月15日；数据口径：片区统计快报'. Row 1 read as column header is HIGH for this small table only in that 王雪 / 0371-67881234 get wrong keys (medium overall). Its 报送时间 2024年7月15日 is not the document date.",
    }
    zz_note = (
        "Furniture, not clauses: two-line red 版头 (中国（河南）自由贸易试验区 / 郑州片区管理委员会文件 — not the title, no line break in issuer); 文号 郑自贸管〔2024〕27号 + red rule; title = one paragraph with TWO soft line breaks (after …郑州片区 and after …片区建设; re-join without a space); 主送 → recipients; headings 一、总体情况 / 二、主要特点 / 三、存在的问题 / 四、下半年工作安排 (no own text; heading clauses tolerable); （一）（二）（三） and 1.2.3. are run-in headings (heading + text = one clause); 附件说明 → attachments (1 title); 落款 + 2024年7月22日; （此件公开发布）; label 附件; the 附件 title (two lines: 郑州片区主要经济指标完成情况 / （2021年—2024年1—6月）) and the caption 数据截至：2024年6月30日 are table furniture (a 数据截至 clause is low). The note under the table (two paragraphs 注：1.… / 2.…) is one clause or two (taste). 版记 (抄送：河南省商务厅（省自贸办），郑州市人民政府办公厅。 / 郑州片区管理委员会综合协调局 2024年7月23日印发) alone on the last page after 18 blank paragraphs. date = 2024-07-22; 2024-07-23 = 印发; 2024-06-30 = 数据截至; 2024-07-15 = 报送时间 in the card — none is the 成文日期. A 通报 has no effective/expires. Years 2021/2022/2023 in the table must not be taken as dates of the document."
    )
    zz_pdf = {
        "note": "Same metadata and clauses as the .docx (portrait throughout; the 附件 table fits on one page, the card table follows it, 版记 alone on the last page). In a text layer the two-level row header prints as 市场主体 once, vertically centred beside its 3 rows (it sits on the line of the middle row): a line-by-line reading will glue 市场主体 to 其中：外资企业 and leave the other rows without a 类别 — the values of each row must still be keyed to the right year column. The 指　　标 header is letter-spaced (指 + spaces + 标).",
    }
    zz_applies = {
        "default": "中国（河南）自由贸易试验区郑州片区（河南省郑州市）",
        "specific": {
            "二、（一）": "经开组团 (partly; the 片区 figure is片区-wide)",
            "二、（二）": "经开组团 (集结中心)",
            "三、": "金水组团 (问题二)",
            "四、2.": "郑东组团",
        },
        "note": "卢森堡 (郑州—卢森堡“双枢纽”) and 共建“一带一路”国家 do not place a clause abroad; 河南省商务厅 / 郑州市人民政府办公厅 (版记) are organs. The 组团 names are parts of the 郑州片区 (tagging them is a bonus; 郑州市 / 郑州片区 is fine).",
    }

    qd_clauses = [policy_clause_xlsx(p) for p in QD_POLICIES]
    qd_clauses += ["注：1.本表仅为政策要点摘编，具体以政策原文为准；", "2.同一事项符合多项政策的，按照“就高不重复”原则执行；", "3.申报材料通过“青岛政策通”平台统一提交。"]
    qd_clauses += [band + "；" + card_clause(rows) for band, rows in QD_CARDS]
    qd_meta = {
        "title": QD_TITLE,
        "doc_number": None,
        "issuer": [QD_MAKER],
        "date": "2024-08-20",
        "level": "municipal",
        "region": "山东省青岛市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "对照表（政策要点汇编）",
        "recipients": [],
        "publicity": None,
        "sheets": ["政策对照表", "咨询联系方式"],
    }
    qd_tables = {
        "sheet 政策对照表": "A1:E1 merged = title (→ meta.title); A2:E2 merged = 制表单位/更新日期 (→ issuer, date; not a clause). A3:A8 = field names (政策名称…联系方式, bold on grey), B3:E8 = 4 policies, ONE POLICY PER COLUMN; row 3 (政策名称, bold grey, frozen at B4) looks like a header row but is the first field. Read column by column: one clause per policy (clauses 1–4). Cells contain Alt+Enter line breaks (支持标准 1./2./3.; 联系方式 office + phone) — keep them inside the policy clause (joined with nothing, space or newline: taste). Row-wise reading with row 3 as header (keys = policy names, one clause per field) is HIGH as in the Word file. A10:E10 merged = 注 with three numbered notes separated by line breaks: 1 clause or 3 (taste).",
        "sheet 咨询联系方式": "card table: A1:D1 merged title (furniture); band rows (merged A:D) 一、片区管委会国际贸易处（政策二、政策三） / 二、片区管委会物流发展处（政策一） head each card; rows label | value | label | value, 办公地址 value merged B:D. One clause per card (clauses 8–9); the band row is the ONLY place that names the office, so it must travel with its card (as the clause's first part, as written here, or as its label/path — taste); losing it is medium (four phone numbers with no office). Row 'header' misreading = HIGH as above.",
    }
    qd_note = "A workbook, not a 公文: no 文号, no 主送, no 落款. title from the merged A1 title row (also in the workbook core properties); issuer = 制表单位 in A2 (青岛片区管委会经济发展局 — the full name as written, or the 片区管委会, tolerable); date = 更新日期 2024-08-20 (A2). The application dates inside the cells (2024年9月1日…10月15日) are not the document date. Both sheets belong to one document (a reader making one document per sheet is tolerable, low, if the card sheet is not lost). The frozen pane (B4) and print titles (column A repeated on printed pages) are layout only."
    qd_applies = {
        "default": "中国（山东）自由贸易试验区青岛片区（山东省青岛市）",
        "specific": {
            "政策一（海铁联运班列运费补贴）": "前湾港区",
            "政策四（大宗商品保税交割业务奖励）": "青岛前湾综合保税区",
        },
        "note": "RCEP and 共建“一带一路”国家 do not place a clause abroad; the 黄岛区 addresses in the card sheet are office addresses (tagging the card clauses to 黄岛区 is low).",
    }

    return {
        "blind147_xiamen_notice": [{"meta": xm_meta, "clauses": xm_clauses, "applies_to": xm_applies, "tables": xm_tables, "_note": xm_note, "_pdf": xm_pdf}],
        "blind147_zhengzhou_report": [{"meta": zz_meta, "clauses": zz_clauses, "applies_to": zz_applies, "tables": zz_tables, "_note": zz_note, "_pdf": zz_pdf}],
        "blind147_qingdao_compare": [{"meta": qd_meta, "clauses": qd_clauses, "applies_to": qd_applies, "tables": qd_tables, "_note": qd_note, "_pdf": {"note": "no PDF: the workbook is delivered as .xlsx only"}}],
    }


def main():
    a = build_xiamen()
    b = build_zhengzhou()
    c = build_qingdao()
    for f in (a, b):
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", a, b, c)


if __name__ == "__main__":
    main()
