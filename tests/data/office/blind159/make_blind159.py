# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 159: the most ordinary documents of national and central-region offices.

Writes next to itself (python-docx, then LibreOffice for the PDFs):
  blind159_mofcom_notice.docx / .pdf   商务部办公厅 通知 (信函格式) to the FTZ provinces' 商务主管部门:
      一、二、三、 with （一） run-in headings and 1.2.3., a 联系人 line, 附件 = 推荐名额表 (Word table,
      repeated header row, 合计 row with merged cells), 版记 after the attachment.
  blind159_ndrc_announce.docx / .pdf   国家发展改革委 商务部 公告 2024年第12号: joint 版头 drawn as a borderless
      table, numbered 一、…七、, a list （一）…（八） of pilot projects, 特此公告, joint 落款, no 主送, no 版记.
  blind159_hubei_notice.docx / .pdf    湖北省人民政府办公厅 通知 on 中欧班列（武汉）: red 版头, 鄂政办发, title with a
      soft line break, 一、…四、 headings, （一） run-in items with responsibility brackets, effective/expiry
      sentence, 附件 = 重点任务分工表 (Word table), 版记.
  blind159_henan_reply.docx / .pdf     河南省商务厅 批复 to the 洛阳片区管委会's 请示 (quotes its title and 文号),
      partial approval, 此复, 版记.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind159.py
"""
import json
import os
import subprocess

from docx import Document
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
XIAO_SI = 12
LINE = Pt(28.9)


# ---------------------------------------------------------------- helpers
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


def pfmt(p, align=None, indent_chars=0, size=SAN_HAO, line=LINE):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(size * indent_chars) if indent_chars else None
    pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.widow_control = False


def para(doc, text="", east=FS, size=SAN_HAO, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False, color=None, line=LINE):
    p = doc.add_paragraph()
    pfmt(p, align, indent, size, line)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def heading(doc, text, east=HT):
    return para(doc, text, east)


def runin(doc, head, body, head_font=KT, bold=False):
    p = para(doc, "")
    r = p.add_run(head)
    set_font(r, head_font, SAN_HAO, bold)
    r = p.add_run(body)
    set_font(r, FS, SAN_HAO)
    return p


def border(p, side="bottom", sz=12, color="E60012", space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_break(doc):
    p = doc.add_paragraph()
    pfmt(p, None, 0)
    p.add_run().add_break(WD_BREAK.PAGE)


def add_page_field(p, size=SI_HAO, left="— ", right=" —"):
    def r(text):
        rr = p.add_run(text)
        set_font(rr, ST, size)
    r(left)
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
    r(right)


def setup_page(doc, footer="oddeven"):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    if footer == "oddeven":
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(SI_HAO)
        add_page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(SI_HAO)
        add_page_field(ep)
    else:  # centred "- N -"
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_page_field(fp, left="- ", right=" -")
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


def red_head(doc, text, size=36, scale=None):
    p = para(doc, "", XBZ, size, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(size * 1.2))
    r = p.add_run(text)
    set_font(r, XBZ, size, color=RED)
    if scale:  # horizontal compression, as long organ names are set
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    return p


def title(doc, parts, mode="one"):
    """mode one: one paragraph; soft: one paragraph with soft line breaks; paras: one paragraph per part."""
    if mode == "paras":
        for t in parts:
            para(doc, t, XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    else:
        p = para(doc, "", XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
        for i, t in enumerate(parts):
            r = p.add_run(t)
            set_font(r, XBZ, ER_HAO)
            if mode == "soft" and i < len(parts) - 1:
                r.add_break()
    para(doc, "", indent=0)


def signoff(doc, lines, date, right_chars=4, public=True):
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    for ln in lines:
        p = para(doc, ln, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
        p.paragraph_format.right_indent = Pt(SAN_HAO * right_chars)
    p = para(doc, date, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * right_chars)
    if public:
        para(doc, "", indent=0)
        para(doc, public if isinstance(public, str) else "（此件公开发布）", FS, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 2)


def banji(doc, chaosong, printer, printdate, blank_lines=0):
    for _ in range(blank_lines):
        para(doc, "", indent=0)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO * 4)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    p.paragraph_format.first_line_indent = Pt(-SI_HAO * 3)
    r = p.add_run("抄送：" + chaosong)
    set_font(r, FS, SI_HAO)
    border(p, "top", 12, "000000", 2)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    r = p.add_run(printer)
    set_font(r, FS, SI_HAO)
    r = p.add_run("\t" + printdate + "印发")
    set_font(r, FS, SI_HAO)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def cell_text(cell, text, east=FS, size=XIAO_SI, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    pfmt(p, align, 0, size, Pt(size * 1.5))
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc",
               "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook"]


def tblpr_put(tblPr, el):
    """Put el into tblPr in schema order, replacing an element of the same name."""
    name = el.tag.split("}")[1]
    old = tblPr.find(qn("w:" + name))
    if old is not None:
        tblPr.replace(old, el)
        return
    idx = TBLPR_ORDER.index(name)
    for i, child in enumerate(list(tblPr)):
        cname = child.tag.split("}")[1]
        if cname in TBLPR_ORDER and TBLPR_ORDER.index(cname) > idx:
            child.addprevious(el)
            return
    tblPr.append(el)


def table_borders(table, val="single"):
    tblPr = table._tbl.tblPr
    b = parse_xml(
        '<w:tblBorders %s>' % nsdecls("w")
        + "".join('<w:%s w:val="%s" w:sz="4" w:space="0" w:color="000000"/>' % (s, val) for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>'
    )
    tblpr_put(tblPr, b)


def set_widths(table, widths_mm):
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    tblPr = tbl.tblPr
    tblpr_put(tblPr, parse_xml('<w:tblW %s w:w="%d" w:type="dxa"/>' % (nsdecls("w"), int(Mm(sum(widths_mm)).twips))))
    tblpr_put(tblPr, parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        for c, w in zip(row.cells, widths_mm):
            c.width = Mm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def data_table(doc, header, rows, widths, left_cols=(), total=None, size=XIAO_SI):  # noqa: C901
    t = doc.add_table(rows=1, cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    for c, h in zip(t.rows[0].cells, header):
        cell_text(c, h, HT, size)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, (c, v) in enumerate(zip(cells, row)):
            cell_text(c, v, FS, size, align=WD_ALIGN_PARAGRAPH.LEFT if i in left_cols else WD_ALIGN_PARAGRAPH.CENTER)
        cant_split(t.rows[-1])
    if total:
        cells = t.add_row().cells
        span, vals = total
        m = cells[0].merge(cells[span - 1])
        cell_text(m, vals[0], HT, size)
        for c, v in zip(t.rows[-1].cells[span:], vals[1:]):
            cell_text(c, v, FS, size)
    set_widths(t, widths)
    return t


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if v)


def to_pdf(docx_path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_159", "--headless", "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ====================================================================== 1. 商务部办公厅 通知
MC_TITLE_PARTS = ["商务部办公厅关于开展2024年", "自由贸易试验区服务共建“一带一路”", "高质量发展典型案例总结推广工作的通知"]
MC_TITLE = "".join(MC_TITLE_PARTS)
MC_NUM = "商办自贸函〔2024〕215号"
MC_RECIP = "各自由贸易试验区所在省（自治区、直辖市）商务主管部门："
MC_INTRO = "为深入贯彻落实党的二十届三中全会关于实施自由贸易试验区提升战略的部署，推动自由贸易试验区（以下简称自贸试验区）更好服务共建“一带一路”高质量发展，商务部决定组织开展2024年自贸试验区服务共建“一带一路”高质量发展典型案例（以下简称典型案例）总结推广工作。现将有关事项通知如下："
MC_BODY = [
    ("h", "一、征集范围"),
    ("r", "（一）案例主题。", "重点征集自贸试验区在服务中欧班列、西部陆海新通道、“空中丝绸之路”等国际物流通道建设，推进与共建“一带一路”国家贸易投资自由化便利化，开展境外经贸合作区、海外仓、跨境电商等方面形成的制度创新成果。"),
    ("r", "（二）时间要求。", "案例应为2022年1月1日以来实施、已取得明显成效的改革举措，已在全国复制推广的改革事项原则上不再申报。"),
    ("r", "（三）申报主体。", "典型案例由自贸试验区片区管理机构申报，经省级商务主管部门审核后统一推荐。跨片区、跨省份联合开展的改革事项，可由牵头片区申报。"),
    ("h", "二、推荐要求"),
    ("r", "（一）推荐名额。", "上海、广东、福建、广西、云南、新疆、重庆、四川、陕西、河南、湖北等11个自贸试验区按照附件所列名额推荐，其他自贸试验区各推荐不超过2个，全国推荐总数原则上不超过58个。"),
    ("r", "（二）材料要求。", "每个案例材料不超过3000字，应当包括以下内容："),
    ("p", "1.基本情况。简要说明改革背景、实施主体、启动时间和适用范围。"),
    ("p", "2.创新举措。重点说明突破的体制机制障碍和具体做法，涉及调整法规规章的应当一并说明。"),
    ("p", "3.实践效果。用企业数量、通关时间、物流成本、进出口额等数据说明实施成效，数据截至2024年6月30日。"),
    ("r", "（三）报送时间。", "请于2024年9月20日前将推荐函、案例材料（纸质版一式两份）报送商务部自贸区港建设协调司，电子版通过自贸试验区信息报送系统同步报送。逾期不再受理。"),
    ("h", "三、工作安排"),
    ("r", "（一）评估遴选。", "商务部将会同国务院自由贸易试验区工作部际联席会议有关成员单位，组织第三方机构和专家对推荐案例进行评估，于2024年10月底前遴选确定20个左右典型案例。"),
    ("r", "（二）宣传推广。", "入选案例将通过商务部网站、中国自由贸易区服务网等平台集中发布，并在2024年第四季度召开的自贸试验区建设工作推进会上进行交流。各地要结合实际做好借鉴和复制推广工作。"),
]
MC_CONTACT = "联系人及电话：商务部自贸区港建设协调司　王磊　010-85093417，传真：010-85093420。"
MC_ATT_TITLE = "2024年自贸试验区服务共建“一带一路”高质量发展典型案例推荐名额表"
MC_HEADER = ["序号", "自贸试验区", "推荐名额（个）", "重点方向"]
MC_ROWS = [
    ["1", "上海（含临港新片区）", "5", "国际航运和贸易枢纽、数字贸易"],
    ["2", "广东", "4", "面向东盟及RCEP成员国经贸合作"],
    ["3", "福建", "3", "21世纪海上丝绸之路核心区建设"],
    ["4", "广西", "3", "西部陆海新通道、中国—东盟合作"],
    ["5", "云南", "3", "面向南亚东南亚辐射中心"],
    ["6", "新疆", "3", "丝绸之路经济带核心区、中欧班列"],
    ["7", "重庆", "3", "西部陆海新通道、中欧班列（成渝）"],
    ["8", "四川", "3", "中欧班列（成渝）、国际铁路港"],
    ["9", "陕西", "3", "中欧班列（西安）集结中心"],
    ["10", "河南", "3", "“空中丝绸之路”、中欧班列（郑州）"],
    ["11", "湖北", "3", "中欧班列（武汉）、长江黄金水道"],
]
MC_TOTAL = ["合计", "36", ""]


def body_clauses(body):
    out = []
    for it in body:
        if it[0] == "r":
            out.append(it[1] + it[2])
        elif it[0] == "p":
            out.append(it[1])
    return out


def write_body(doc, body):
    for it in body:
        if it[0] == "h":
            heading(doc, it[1])
        elif it[0] == "r":
            runin(doc, it[1], it[2])
        else:
            para(doc, it[1])


def build_mofcom():
    doc = Document()
    setup_page(doc)
    # 信函格式: red organ name at top, red double rule, 文号 right-aligned under it
    p = red_head(doc, "中华人民共和国商务部办公厅", 30)
    border(p, "bottom", 24, "E60012", 4, "thinThickSmallGap")
    p = para(doc, MC_NUM, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO)
    para(doc, "", indent=0)
    title(doc, MC_TITLE_PARTS, "paras")
    para(doc, MC_RECIP, indent=0)
    para(doc, MC_INTRO)
    write_body(doc, MC_BODY)
    para(doc, MC_CONTACT)
    para(doc, "", indent=0)
    p = para(doc, "附件：" + MC_ATT_TITLE)
    signoff(doc, ["商务部办公厅"], "2024年7月16日")
    page_break(doc)
    para(doc, "附件", HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, "", indent=0)
    para(doc, MC_ATT_TITLE, XBZ, 18, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(30))
    para(doc, "", indent=0)
    data_table(doc, MC_HEADER, MC_ROWS, [14, 48, 28, 64], left_cols=(3,), total=(2, MC_TOTAL))
    p = para(doc, "注：未列入本表的自贸试验区各推荐不超过2个。", FS, XIAO_SI, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(22))
    banji(doc, "国务院自由贸易试验区工作部际联席会议各成员单位办公厅（室）。", "商务部办公厅", "2024年7月17日", blank_lines=8)
    path = os.path.join(HERE, "blind159_mofcom_notice.docx")
    doc.save(path)
    return path


# ====================================================================== 2. 国家发展改革委 商务部 公告
ND_TITLE = "关于公布中欧班列集结中心与自由贸易试验区联动发展试点名单的公告"
ND_NUM = "2024年第12号"
ND_INTRO = "为贯彻落实《中欧班列发展规划（2021—2025年）》和《关于推进自由贸易试验区贸易投资便利化改革创新的若干措施》，推动中欧班列集结中心与自由贸易试验区联动发展，更好服务共建“一带一路”，国家发展改革委、商务部组织开展了中欧班列集结中心与自由贸易试验区联动发展试点申报工作。经地方申报、专家评审和实地核查，现将有关事项公告如下："
ND_LEAD = "一、确定以下8个项目为中欧班列集结中心与自由贸易试验区联动发展试点（以下简称试点）："
ND_LIST = [
    "（一）郑州集结中心—中国（河南）自由贸易试验区郑州片区联动发展试点；",
    "（二）重庆集结中心—中国（重庆）自由贸易试验区西永片区联动发展试点；",
    "（三）成都集结中心—中国（四川）自由贸易试验区成都青白江铁路港片区联动发展试点；",
    "（四）西安集结中心—中国（陕西）自由贸易试验区中心片区联动发展试点；",
    "（五）乌鲁木齐集结中心—中国（新疆）自由贸易试验区乌鲁木齐片区联动发展试点；",
    "（六）武汉集结中心—中国（湖北）自由贸易试验区武汉片区联动发展试点；",
    "（七）长沙集结中心—中国（湖南）自由贸易试验区长沙片区联动发展试点；",
    "（八）合肥集结中心—中国（安徽）自由贸易试验区合肥片区联动发展试点。",
]
ND_REST = [
    "二、试点期限为2024年10月1日至2026年12月31日。试点期间，各试点项目应当在中欧班列运单物权化、铁路国际联运“一单制”、班列货物“一次申报、分段放行”、集结中心与综合保税区“区港联动”等方面开展改革探索，每个试点项目形成不少于3项可复制推广的制度创新成果。",
    "三、国家发展改革委在安排中央预算内投资时，对试点项目中符合条件的集结中心基础设施、多式联运设施建设项目予以支持，单个项目支持金额原则上不超过总投资的30%，最高不超过1亿元。",
    "四、商务部将试点项目形成的制度创新成果纳入自由贸易试验区改革试点经验评估范围，成熟一批、复制推广一批；支持试点所在自由贸易试验区片区开展进口贸易促进创新示范区建设。",
    "五、试点所在省（自治区、直辖市）发展改革委、商务主管部门要加强统筹协调，会同海关、铁路等单位建立工作机制，于每年1月31日前将上一年度试点进展情况联合报送国家发展改革委（基础设施发展司）、商务部（自贸区港建设协调司）。",
    "六、国家发展改革委、商务部将于2025年12月底前组织开展中期评估。对工作推进不力、连续两年中欧班列开行量下降超过20%的试点项目，予以约谈直至调出试点名单。",
    "七、本公告自2024年10月1日起施行。",
]


def build_ndrc():
    doc = Document()
    setup_page(doc, footer="center")
    # joint 版头 drawn as a borderless 2-column table: the two organ names stacked, 公告 on the right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, "nil")
    right = t.cell(0, 1).merge(t.cell(1, 1))
    for i, name in enumerate(["中华人民共和国国家发展和改革委员会", "中华人民共和国商务部"]):
        c = t.cell(i, 0)
        p = c.paragraphs[0]
        pfmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, 0, 18, Pt(30))
        r = p.add_run(name)
        set_font(r, XBZ, 18, color=RED)
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = right.paragraphs[0]
    pfmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, 40, Pt(52))
    r = p.add_run("公告")
    set_font(r, XBZ, 40, color=RED)
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    set_widths(t, [122, 34])
    para(doc, "", indent=0)
    p = para(doc, ND_NUM, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, "", indent=0)
    title(doc, [ND_TITLE], "one")
    para(doc, ND_INTRO)
    para(doc, ND_LEAD)
    for x in ND_LIST:
        para(doc, x)
    for x in ND_REST:
        para(doc, x)
    para(doc, "特此公告。")
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, "国家发展改革委　　　　　　商务部", FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 3)
    p = para(doc, "2024年9月6日", FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 9)
    path = os.path.join(HERE, "blind159_ndrc_announce.docx")
    doc.save(path)
    return path


# ====================================================================== 3. 湖北省人民政府办公厅 通知
HB_TITLE_PARTS = ["湖北省人民政府办公厅关于推动", "中欧班列（武汉）高质量发展的通知"]
HB_TITLE = "".join(HB_TITLE_PARTS)
HB_NUM = "鄂政办发〔2024〕23号"
HB_RECIP = "各市、州、县人民政府，省政府各部门："
HB_INTRO = "中欧班列（武汉）是我省融入共建“一带一路”和长江经济带发展的重要国际物流通道。为进一步提升中欧班列（武汉）运营质效，加快建设内陆开放新高地，经省人民政府同意，现就有关事项通知如下："
HB_BODY = [
    ("h", "一、明确发展目标"),
    ("p", "到2025年，中欧班列（武汉）年开行量突破1200列，其中回程班列占比不低于45%，国际线路通达40个国家、120个城市，培育年集结货值超10亿元的外贸企业10家以上。到2027年，年开行量达到1500列，基本建成国家级中欧班列集结中心。"),
    ("h", "二、突出重点任务"),
    ("r", "（一）拓展国际通道。", "巩固提升武汉至杜伊斯堡、汉堡、马拉舍维奇等主线路，加密至中亚五国、俄罗斯班列；经霍尔果斯、阿拉山口口岸开行跨里海国际运输走廊班列，2024年开行不少于60列。（省发展改革委、省商务厅、中国铁路武汉局集团有限公司按职责分工负责）"),
    ("r", "（二）建设集结中心。", "支持武汉市加快吴家山中欧班列（武汉）集结中心二期工程建设，2025年底前新增集装箱堆场8万平方米、铁路装卸线4条。支持襄阳、宜昌、十堰、黄石等市开行“襄阳—武汉—欧洲”等集并班列，集并班列运费按武汉始发标准执行。（武汉市人民政府，襄阳、宜昌、十堰、黄石市人民政府，中国铁路武汉局集团有限公司负责）"),
    ("r", "（三）推动“班列+自贸”联动。", "依托中国（湖北）自由贸易试验区武汉片区、襄阳片区、宜昌片区，开展中欧班列运单物权化、“铁路快通”等改革试点；支持武汉片区设立中欧班列进口商品展示交易中心，2024年内建成运营。（省商务厅、武汉海关、各片区管委会负责）"),
    ("r", "（四）发展多式联运。", "推动中欧班列与长江航运、鄂州花湖国际机场航空货运高效衔接，开展“江铁海”“铁空”联运业务，到2025年全省多式联运货运量较2023年增长30%。（省交通运输厅、鄂州市人民政府、湖北港口集团有限公司负责）"),
    ("h", "三、强化政策支持"),
    ("r", "（一）加大资金支持。", "2024年至2026年，省级财政每年安排中欧班列（武汉）发展专项资金3亿元，对回程班列、集并班列、冷链班列给予差异化补贴，具体补贴标准由省商务厅会同省财政厅另行制定。"),
    ("r", "（二）提升通关效率。", "武汉海关对中欧班列进出口货物实行“7×24小时”预约通关，推广“提前申报”“两段准入”，进口货物整体通关时间压缩至12小时以内。"),
    ("r", "（三）强化金融保险服务。", "鼓励金融机构开发基于中欧班列运单的融资产品，对班列运输货物投保出口信用保险的企业，省级财政按保费的50%给予补助，单户企业年度补助最高200万元。"),
    ("h", "四、加强组织保障"),
    ("r", "（一）健全工作机制。", "建立中欧班列（武汉）发展省级联席会议制度，由分管副省长任召集人，联席会议办公室设在省商务厅，负责日常协调调度。"),
    ("r", "（二）压实工作责任。", "各地、各有关部门要按照附件分工抓好落实，于每季度首月10日前将上季度工作进展报送省联席会议办公室。"),
    ("p", "本通知自2024年5月1日起施行，有效期至2027年12月31日。"),
]
HB_ATT_TITLE = "中欧班列（武汉）高质量发展重点任务分工表"
HB_HEADER = ["序号", "重点任务", "牵头单位", "配合单位", "完成时限"]
HB_ROWS = [
    ["1", "开行跨里海国际运输走廊班列不少于60列", "省商务厅", "省发展改革委、中国铁路武汉局集团有限公司", "2024年12月底前"],
    ["2", "吴家山集结中心二期工程新增堆场8万平方米、装卸线4条", "武汉市人民政府", "省发展改革委、省自然资源厅", "2025年12月底前"],
    ["3", "开行襄阳、宜昌、十堰、黄石至武汉集并班列", "襄阳、宜昌、十堰、黄石市人民政府", "中国铁路武汉局集团有限公司", "持续推进"],
    ["4", "武汉片区中欧班列进口商品展示交易中心建成运营", "武汉片区管委会", "省商务厅、武汉海关", "2024年12月底前"],
    ["5", "多式联运货运量较2023年增长30%", "省交通运输厅", "鄂州市人民政府、湖北港口集团有限公司", "2025年12月底前"],
    ["6", "制定中欧班列（武汉）专项资金补贴标准", "省商务厅", "省财政厅", "2024年6月底前"],
]


def build_hubei():
    doc = Document()
    setup_page(doc)
    p = red_head(doc, "湖北省人民政府办公厅文件", 40, scale=80)
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, HB_NUM, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, "", indent=0)
    title(doc, HB_TITLE_PARTS, "soft")
    para(doc, HB_RECIP, indent=0)
    para(doc, HB_INTRO)
    write_body(doc, HB_BODY)
    para(doc, "", indent=0)
    para(doc, "附件：" + HB_ATT_TITLE)
    signoff(doc, ["湖北省人民政府办公厅"], "2024年4月18日")
    page_break(doc)
    para(doc, "附件", HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, "", indent=0)
    para(doc, HB_ATT_TITLE, XBZ, 18, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(30))
    para(doc, "", indent=0)
    data_table(doc, HB_HEADER, HB_ROWS, [10, 46, 28, 42, 30], left_cols=(1, 2, 3), size=10.5)
    banji(doc, "省委各部门，省军区，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，武汉海关，中国铁路武汉局集团有限公司。", "湖北省人民政府办公厅", "2024年4月22日", blank_lines=10)
    path = os.path.join(HERE, "blind159_hubei_notice.docx")
    doc.save(path)
    return path


# ====================================================================== 4. 河南省商务厅 批复
HN_PLAN = "中国（河南）自由贸易试验区洛阳片区深化服务共建“一带一路”三年行动方案（2024—2026年）"
HN_TITLE = "河南省商务厅关于《%s》的批复" % HN_PLAN
HN_NUM = "豫商自贸〔2024〕31号"
HN_RECIP = "中国（河南）自由贸易试验区洛阳片区管理委员会："
HN_REQ_NUM = "洛自贸管〔2024〕9号"
HN_P = [
    "你委《关于审批〈%s〉的请示》（%s）收悉。经研究并商省发展改革委、省财政厅、郑州海关，现批复如下：" % (HN_PLAN, HN_REQ_NUM),
    "一、原则同意《%s》（以下简称《行动方案》），请你委认真组织实施。" % HN_PLAN,
    "二、同意洛阳片区围绕以下方向开展先行先试：",
    "（一）依托洛阳综合保税区开展保税维修和再制造业务试点，重点支持矿山机械、轴承、农机装备等产品面向共建“一带一路”国家开展售后维修服务；",
    "（二）加强与中欧班列（郑州）集结中心合作，开行“洛阳—郑州—欧洲”集并班列，到2026年累计集并量达到150列；",
    "（三）建设中国（洛阳）跨境电子商务综合试验区线下产业园，支持企业在中亚、东南亚等地区布局海外仓，到2026年培育公共海外仓10个以上；",
    "（四）依托龙门石窟、隋唐洛阳城等文化资源，发展数字文化、文物修复等文化贸易，争创国家文化出口基地。",
    "三、关于请示中提出的设立省级“一带一路”产能合作专项资金的事项，按照省级财政专项资金管理有关规定，不再新设专项资金，由你委商洛阳市人民政府统筹现有资金解决；省商务厅在安排开放型经济发展专项资金时对洛阳片区符合条件的项目予以倾斜支持。",
    "四、关于请示中提出的将洛阳片区区域范围扩展至偃师区的事项，涉及自由贸易试验区区域范围调整，须按程序报国务院批准，本次暂不予批复。",
    "五、你委要会同洛阳市有关部门建立《行动方案》实施台账，明确责任单位和完成时限，每半年向省商务厅报送一次实施进展，重大事项及时报告。省商务厅将于2025年第四季度组织开展中期评估。",
]


def build_henan():
    doc = Document()
    setup_page(doc)
    red_head(doc, "河南省商务厅文件", 44)
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, HN_NUM, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, "", indent=0)
    title(doc, [HN_TITLE], "one")  # wraps over three lines by itself
    para(doc, HN_RECIP, indent=0)
    for x in HN_P:
        para(doc, x)
    para(doc, "此复。")
    signoff(doc, ["河南省商务厅"], "2024年6月11日", public="（此件主动公开）")
    banji(doc, "洛阳市人民政府，省发展改革委，省财政厅，郑州海关。", "河南省商务厅办公室", "2024年6月12日", blank_lines=6)
    path = os.path.join(HERE, "blind159_henan_reply.docx")
    doc.save(path)
    return path


# ====================================================================== expected
def expected():
    mc_rows = [row_clause(MC_HEADER, r) for r in MC_ROWS]
    mc_total = "序号：合计；推荐名额（个）：36"
    mc = {
        "meta": {
            "title": MC_TITLE,
            "doc_number": MC_NUM,
            "issuer": ["商务部办公厅"],
            "date": "2024-07-16",
            "published": "2024-07-17",
            "level": "national",
            "region": "全国",
            "effective": None,
            "expires": None,
            "attachments": [MC_ATT_TITLE],
            "doc_type": "通知",
            "recipients": ["各自由贸易试验区所在省（自治区、直辖市）商务主管部门"],
            "publicity": "此件公开发布",
        },
        "clauses": [MC_INTRO] + body_clauses(MC_BODY) + [MC_CONTACT] + mc_rows + ["注：未列入本表的自贸试验区各推荐不超过2个。"],
        "optional_clauses": [mc_total],
        "applies_to": {
            "default": "全国（各自由贸易试验区）",
            "specific": {
                "二、（一）推荐名额": "上海、广东、福建、广西、云南、新疆、重庆、四川、陕西、河南、湖北 11个自贸试验区（the rest: 其他自贸试验区）",
                "附件 row 1": "上海（中国（上海）自由贸易试验区，含临港新片区）",
                "附件 row 2": "广东",
                "附件 row 3": "福建",
                "附件 row 4": "广西",
                "附件 row 5": "云南",
                "附件 row 6": "新疆",
                "附件 row 7": "重庆",
                "附件 row 8": "四川",
                "附件 row 9": "陕西",
                "附件 row 10": "河南",
                "附件 row 11": "湖北",
            },
            "note": "中欧班列（成渝）/（西安）/（郑州）/（武汉） in the 重点方向 column are the same province as the row; 共建“一带一路”国家 / 东盟 / RCEP do not place a row abroad. 商务部自贸区港建设协调司 (Beijing phone) is an organ, not a place.",
        },
        "_note": (
            "信函格式: red organ name 中华人民共和国商务部办公厅 over a red double rule, then the 文号 商办自贸函〔2024〕215号 right-aligned under it (no “文件” word, no 签发人) — furniture, the 文号 goes to doc_number. "
            "The title is typed as THREE paragraphs (商务部办公厅关于开展2024年 / 自由贸易试验区服务共建“一带一路” / 高质量发展典型案例总结推广工作的通知) and must be joined into one title with no space. 主送 line (one recipient) → recipients. "
            "一、征集范围 / 二、推荐要求 / 三、工作安排 are headings without text (as heading clauses tolerable; as content not). （一）（二）（三） are run-in 楷体 headings: heading + text = ONE clause. 1.2.3. under 二、（二） are separate items (merging them into （二） is low). "
            "The 联系人及电话 line is a clause (contact) — tolerable as a clause or as metadata, but must not be glued to the 附件说明. "
            "附件说明 附件：… (one attachment, no “1.”) → attachments. 落款 商务部办公厅 / 2024年7月16日 and （此件公开发布） are furniture. "
            "附件: label 附件, the table title (furniture / table title), 4-column table with a repeated header row, 11 rows + a 合计 row whose first two cells are merged (合计 row as a clause `序号：合计；推荐名额（个）：36` (or 自贸试验区：合计) or dropped: both tolerable — it is listed under optional_clauses; the blank 重点方向 must not become a “重点方向：” with nothing), the note 注：… under the table (clause). "
            "版记 (抄送：国务院自由贸易试验区工作部际联席会议各成员单位办公厅（室）。 / 商务部办公厅 2024年7月17日印发) sits after the attachment — furniture; 2024-07-17 is the 印发 date, NOT the 成文日期. "
            "Footer page numbers “— N —” right on odd pages, left on even. date = 2024-07-16. Deadlines 2024-09-20, 2024-10月底, data cut-off 2024-06-30 are not dates of the document. No effective/expires. "
            "level national; the reader must not make the document apply to 上海 or 湖北 as a whole because they are named in the body."
        ),
        "_pdf": {
            "note": "same expected metadata and clauses. In the PDF: the title is three centred lines; the 附件 table starts on a new page; the 合计 row’s merged cell prints once; the 版记 lines (with rules) are at the bottom of the last page; the 信函 文号 sits right-aligned under the red double rule. Page numbers “— N —” alternate right/left.",
        },
    }

    nd = {
        "meta": {
            "title": "国家发展改革委 商务部" + ND_TITLE,
            "title_printed": ND_TITLE,
            "doc_number": ND_NUM,
            "doc_number_alternatives": ["国家发展改革委 商务部公告2024年第12号", "2024年第12号"],
            "issuer": ["国家发展和改革委员会", "商务部"],
            "date": "2024-09-06",
            "published": None,
            "level": "national",
            "region": "全国",
            "effective": "2024-10-01",
            "expires": None,
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
        },
        "clauses": [ND_INTRO, ND_LEAD] + ND_LIST + ND_REST,
        "applies_to": {
            "default": "全国",
            "specific": {
                "一、（一）": "河南省郑州市 / 中国（河南）自由贸易试验区郑州片区",
                "一、（二）": "重庆市 / 中国（重庆）自由贸易试验区西永片区",
                "一、（三）": "四川省成都市 / 中国（四川）自由贸易试验区成都青白江铁路港片区",
                "一、（四）": "陕西省西安市 / 中国（陕西）自由贸易试验区中心片区",
                "一、（五）": "新疆维吾尔自治区乌鲁木齐市 / 中国（新疆）自由贸易试验区乌鲁木齐片区",
                "一、（六）": "湖北省武汉市 / 中国（湖北）自由贸易试验区武汉片区",
                "一、（七）": "湖南省长沙市 / 中国（湖南）自由贸易试验区长沙片区",
                "一、（八）": "安徽省合肥市 / 中国（安徽）自由贸易试验区合肥片区",
            },
            "note": "一、’s lead-in and 二、…七、 apply to all 8 pilots (national default). The region of each （一）…（八） item is its city/片区; a reader that puts all 8 on every clause, or makes the document as a whole apply to 郑州, is wrong.",
        },
        "_note": (
            "Joint 公告. 版头 is a borderless 2×2 table: left column two red lines 中华人民共和国国家发展和改革委员会 / 中华人民共和国商务部 (distributed), right column 公告 (merged over both rows) — furniture; it must not become the title, a clause, or a single issuer string “中华人民共和国国家发展和改革委员会中华人民共和国商务部公告”. "
            "Then the number 2024年第12号 centred over a red rule (doc_number; “国家发展改革委 商务部公告2024年第12号” equally fine). The printed title is “关于公布…的公告” (no organ names: they are in the 版头); a title with the issuers prefixed is fine, the bare printed title is fine too. "
            "No 主送, no 附件, no 版记, no publicity line: recipients/attachments empty. "
            "Body: intro paragraph ending 如下：, then 一、 (its own lead sentence ending with ：) followed by 8 list items （一）…（八） each naming a 集结中心 and a 片区 (separate clauses, NOT run-in headings — each item is its whole text; merging all 8 into 一、 is medium: the places are then lost per item), then 二、…七、 plain numbered paragraphs (no separate heading text: 二、 is not a heading, the whole paragraph is the clause). "
            "特此公告。 is a closing formula (furniture; as a clause low). Joint 落款 on ONE line 国家发展改革委　　　　　　商务部 then 2024年9月6日 — furniture; issuer = both organs (short or full names both fine). "
            "date = 2024-09-06; effective = 2024-10-01 (七、本公告自2024年10月1日起施行); 2024-10-01…2026-12-31 is the pilot period (二、), so expires null (2026-12-31 tolerable, low); 2025-12 mid-term review and 1月31日 reporting deadline are not document dates. "
            "Footer: centred “- N -” page numbers."
        ),
        "_pdf": {
            "note": "same expected metadata and clauses. In the PDF the 版头 table prints as two stacked red lines with 公告 beside them (text of 公告 may come out between or after the organ lines); no table borders. 落款 organ names on one line separated by spaces.",
        },
    }

    hb_rows = [row_clause(HB_HEADER, r) for r in HB_ROWS]
    hb = {
        "meta": {
            "title": HB_TITLE,
            "doc_number": HB_NUM,
            "issuer": ["湖北省人民政府办公厅"],
            "date": "2024-04-18",
            "published": "2024-04-22",
            "level": "provincial",
            "region": "湖北省",
            "effective": "2024-05-01",
            "expires": "2027-12-31",
            "attachments": [HB_ATT_TITLE],
            "doc_type": "通知",
            "recipients": ["各市、州、县人民政府", "省政府各部门"],
            "publicity": "此件公开发布",
        },
        "clauses": [HB_INTRO] + body_clauses(HB_BODY) + hb_rows,
        "applies_to": {
            "default": "湖北省",
            "specific": {
                "一、 目标 paragraph": "湖北省武汉市 (中欧班列（武汉）); 湖北省 tolerable",
                "二、（二）建设集结中心": "湖北省武汉市（吴家山，东西湖区）；襄阳市、宜昌市、十堰市、黄石市",
                "二、（三）“班列+自贸”联动": "中国（湖北）自由贸易试验区武汉片区、襄阳片区、宜昌片区",
                "二、（四）发展多式联运": "湖北省（全省）；鄂州市（花湖国际机场）",
                "附件 row 2": "湖北省武汉市（吴家山集结中心）",
                "附件 row 3": "襄阳市、宜昌市、十堰市、黄石市",
                "附件 row 4": "中国（湖北）自由贸易试验区武汉片区",
                "附件 row 5": "湖北省；鄂州市",
            },
            "note": "杜伊斯堡/汉堡/马拉舍维奇/中亚五国/俄罗斯 (二、（一）) are destinations abroad, and 霍尔果斯/阿拉山口 are ports in 新疆 the trains pass through — none of them is where the clause applies (it applies in 湖北省/武汉市). 武汉海关, 中国铁路武汉局集团有限公司, 湖北港口集团有限公司 are organs/companies: “武汉” in their names does not by itself place a clause in 武汉市 (tolerable, low).",
        },
        "_note": (
            "Red 版头 湖北省人民政府办公厅文件, the 文号 鄂政办发〔2024〕23号 centred over a red rule — furniture. Title is ONE paragraph with a soft line break after 关于推动 — rejoin without a space or newline. 主送 → recipients (2). "
            "一、明确发展目标 / 二、突出重点任务 / 三、强化政策支持 / 四、加强组织保障 are 黑体 headings with no text (heading clauses tolerable). 一、 has one plain paragraph (the targets). （一）… are run-in 楷体 headings: heading + text = one clause, including the trailing responsibility bracket （…负责） which belongs to the clause (cutting it off, or making it a separate clause, is medium — it answers ‘who is responsible’). "
            "The last body paragraph 本通知自2024年5月1日起施行，有效期至2027年12月31日。 is a clause AND gives effective 2024-05-01 / expires 2027-12-31. "
            "附件说明 附件：… → attachments (1). 落款 湖北省人民政府办公厅 / 2024年4月18日, （此件公开发布） are furniture. "
            "附件 page: label 附件, table title, a 5-column 分工表 with a repeated header row; 6 rows as clauses `序号：…；重点任务：…；牵头单位：…；配合单位：…；完成时限：…`. "
            "版记 (抄送：省委各部门，…中国铁路武汉局集团有限公司。 / 湖北省人民政府办公厅 2024年4月22日印发) after 10 blank paragraphs following the table — furniture; the 抄送 list must not become a clause or recipients. "
            "date = 2024-04-18 (落款), published/印发 2024-04-22; effective 2024-05-01; expires 2027-12-31; 2025/2027 targets and deadlines are not document dates. Footer “— N —” odd right / even left."
        ),
        "_pdf": {
            "note": "same expected metadata and clauses. In the PDF: the title prints on two centred lines; the 分工表 rows wrap inside cells (multi-line cells — each row must stay one clause, cell lines must not be split into separate clauses or run across columns); the 版记 is at the foot of the last page.",
        },
    }

    hn = {
        "meta": {
            "title": HN_TITLE,
            "doc_number": HN_NUM,
            "issuer": ["河南省商务厅"],
            "date": "2024-06-11",
            "published": "2024-06-12",
            "level": "provincial",
            "region": "河南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "批复",
            "recipients": ["中国（河南）自由贸易试验区洛阳片区管理委员会"],
            "publicity": "此件主动公开",
            "replies_to": {"title": "关于审批〈%s〉的请示" % HN_PLAN, "doc_number": HN_REQ_NUM, "issuer": "中国（河南）自由贸易试验区洛阳片区管理委员会"},
        },
        "clauses": HN_P,
        "applies_to": {
            "default": "中国（河南）自由贸易试验区洛阳片区（河南省洛阳市）",
            "specific": {
                "二、（一）": "洛阳综合保税区（洛阳片区）",
                "二、（二）": "洛阳片区 / 洛阳市 (with 郑州 as the 集结中心 partner; 郑州 alone is wrong)",
                "二、（三）": "洛阳市（中国（洛阳）跨境电子商务综合试验区）",
                "二、（四）": "洛阳市（龙门石窟、隋唐洛阳城）",
                "四、": "偃师区 is named but NOT approved — the clause is about 洛阳片区’s request; placing it in 偃师区 is low (it is a refusal).",
            },
            "note": "The issuer is provincial (河南省商务厅, level provincial, region 河南省) but every clause concerns the 洛阳片区 it replies to: default applies_to = 洛阳片区 / 洛阳市 (河南省 as a whole is tolerable, low). 中亚、东南亚 (二、（三）) are where the 海外仓 go, not where the clause applies. 郑州海关 / 省发展改革委 are organs.",
        },
        "_note": (
            "Red 版头 河南省商务厅文件 and 文号 豫商自贸〔2024〕31号 over a red rule. Title ONE paragraph that wraps by itself over three lines; it contains 《…》 with nested “一带一路” and （2024—2026年） — keep it whole. "
            "主送 (one recipient: the 片区管委会). The first paragraph QUOTES the 请示: its title (with 〈〉 inside 《》) and ITS 文号 洛自贸管〔2024〕9号 — this must NOT become doc_number, nor the quoted 请示 title the title; it is a clause (the 来文 sentence). "
            "一、 and 三、四、五、 are plain numbered paragraphs (whole paragraph = clause). 二、 is a lead sentence ending with ： followed by four items （一）…（四） ending with ；/。 (separate clauses; merging into 二、 is low/medium). "
            "三、 is a partial refusal (no new 专项资金) and 四、 a refusal (扩区 to 偃师区 needs 国务院) — an analyst must see them as separate clauses, not glued to 二、（四）. "
            "此复。 is the closing formula (furniture; as clause low). 落款 河南省商务厅 / 2024年6月11日 and （此件主动公开） furniture. "
            "版记 (抄送：洛阳市人民政府，省发展改革委，省财政厅，郑州海关。 / 河南省商务厅办公室 2024年6月12日印发) furniture; 2024-06-12 is 印发, not 成文. doc_type 批复. No attachments, no effective/expires (a 批复 takes effect when issued: effective 2024-06-11 tolerable). "
            "Footer “— N —”."
        ),
        "_pdf": {
            "note": "same expected metadata and clauses. In the PDF the title is three centred lines (break inside the 《…》); the 版记 is at the foot of the last page.",
        },
    }
    return {
        "blind159_mofcom_notice": [mc],
        "blind159_ndrc_announce": [nd],
        "blind159_hubei_notice": [hb],
        "blind159_henan_reply": [hn],
    }


def main():
    files = [build_mofcom(), build_ndrc(), build_hubei(), build_henan()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *files)


if __name__ == "__main__":
    main()
