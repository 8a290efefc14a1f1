# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 152: joint 公文 of several organs, set as offices set them.

Writes next to itself:
  blind152_joint_notice.docx / .pdf  四川省商务厅 省发展改革委 省财政厅 国家税务总局四川省税务局
      联合通知, 川商自贸〔2024〕15号. 版头 = borderless 2 x 3 table: two columns of organ
      names (2 x 2, distributed alignment, condensed red 小标宋) and 文件 in a third column
      merged over both rows. Title typed as three paragraphs (organ line / organ line /
      关于… with a soft break). 会签 落款 = borderless 2 x 2 table of the four names, date
      under it, no seals. Three attachments, each after a page break with 附件1/2/3 at the
      top left: 联络员名单 (table with a vertically merged 类别 column), 申报书（提纲）
      (with a form-style cover block), 说明. 版记 on the last page.
  blind152_cross_letter.docx / .pdf  成都市青白江区人民政府 + 重庆市沙坪坝区人民政府 联合函,
      青白江府函〔2024〕36号. 版头 = borderless 2 x 2 table: the two organs one over the
      other, 文件 to the right merged over both rows. A 3-column data table whose columns
      are the two places. 落款 = the two names on one line (tab-separated), date under.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind152.py
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
LINE = Pt(28.9)
TEXT_W = 442  # pt, 156 mm


# ---------------------------------------------------------------- helpers
def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman", scale=None, spacing=None):
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
    if scale:
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    if spacing is not None:
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))


def pfmt(p, align=None, indent_chars=0, size=SAN_HAO, line=LINE, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(size * indent_chars) if indent_chars else None
    if line is not None:
        pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.widow_control = False


def para(container, text="", east=FS, size=SAN_HAO, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False, color=None, line=LINE):
    p = container.add_paragraph()
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


def setup_page(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
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


def table_borders(tbl, val="nil"):
    tblPr = tbl._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    if val == "nil":
        xml = '<w:tblBorders %s>%s</w:tblBorders>' % (nsdecls("w"), "".join('<w:%s w:val="nil"/>' % s for s in ("top", "left", "bottom", "right", "insideH", "insideV")))
    else:
        xml = '<w:tblBorders %s>%s</w:tblBorders>' % (nsdecls("w"), "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % s for s in ("top", "left", "bottom", "right", "insideH", "insideV")))
    tblPr.append(parse_xml(xml))


def fixed_widths(tbl, widths_pt):
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_pt):
        gc.set(qn("w:w"), str(int(w * 20)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths_pt):
            c.width = Pt(w)


def cell_text(cell, text, east=FS, size=SAN_HAO, align=WD_ALIGN_PARAGRAPH.CENTER, color=None, scale=None, spacing=None, line=None, bold=False):
    p = cell.paragraphs[0]
    pfmt(p, align, 0, size, line)
    if align == "distribute":
        ppr = p._p.get_or_add_pPr()
        jc = ppr.find(qn("w:jc"))
        if jc is None:
            jc = parse_xml('<w:jc %s w:val="distribute"/>' % nsdecls("w"))
            ppr.append(jc)
        jc.set(qn("w:val"), "distribute")
    set_font(p.add_run(text), east, size, bold=bold, color=color, scale=scale, spacing=spacing)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def red_rule_docnum(doc, number):
    para(doc, "", indent=0)
    p = para(doc, number, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, "", indent=0)


def title_paras(doc, lines):
    """Each element is a paragraph; an inner list means soft line breaks inside it."""
    for ln in lines:
        parts = ln if isinstance(ln, list) else [ln]
        p = para(doc, "", XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
        for i, t in enumerate(parts):
            r = p.add_run(t)
            set_font(r, XBZ, ER_HAO)
            if i < len(parts) - 1:
                r.add_break()
    para(doc, "", indent=0)


def attach_note(doc, items):
    """附件：1．…  / 2．… aligned under the first title (hanging indent)."""
    para(doc, "", indent=0)
    for i, t in enumerate(items):
        p = doc.add_paragraph()
        pfmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, 0)
        p.paragraph_format.left_indent = Pt(SAN_HAO * 5)
        p.paragraph_format.first_line_indent = Pt(-SAN_HAO * (3 if i == 0 else 1))
        set_font(p.add_run(("附件：" if i == 0 else "") + "%d．%s" % (i + 1, t)), FS, SAN_HAO)


def banji(doc, chaosong, printer, printdate, blank_lines=0):
    for _ in range(blank_lines):
        para(doc, "", indent=0)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO * 4)
    p.paragraph_format.first_line_indent = Pt(-SI_HAO * 3)
    p.paragraph_format.right_indent = Pt(SI_HAO)
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


def att_label(doc, label, title_lines):
    p = para(doc, label, HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    p.paragraph_format.page_break_before = True
    para(doc, "", indent=0)
    title_paras(doc, [title_lines])


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# =============================================================== file 1: joint notice
J_ISSUERS = ["四川省商务厅", "四川省发展和改革委员会", "四川省财政厅", "国家税务总局四川省税务局"]
J_NUM = "川商自贸〔2024〕15号"
J_SUBJ = "关于开展中国（四川）自由贸易试验区服务共建“一带一路”制度创新案例申报工作的通知"
J_TITLE = " ".join(J_ISSUERS) + J_SUBJ
J_MAIN_TO = "各市（州）商务主管部门、发展改革委、财政局，国家税务总局各市（州）税务局，中国（四川）自由贸易试验区各片区管委会，各协同改革先行区管理机构："
J_ATT = [
    "中国（四川）自由贸易试验区制度创新案例申报工作联络员名单",
    "中国（四川）自由贸易试验区服务共建“一带一路”制度创新案例申报书（提纲）",
    "关于创新案例奖励资金使用和涉税事项的说明",
]
J_INTRO = "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展和实施自由贸易试验区提升战略的决策部署，充分发挥自由贸易试验区改革开放试验田作用，经研究，决定组织开展中国（四川）自由贸易试验区服务共建“一带一路”制度创新案例（以下简称创新案例）申报工作。现将有关事项通知如下。"
J_H1 = "一、申报范围和条件"
J_S1a = ("（一）申报主体。", "中国（四川）自由贸易试验区成都天府新区片区、成都青白江铁路港片区、川南临港片区管委会，以及德阳、绵阳、宜宾等21个协同改革先行区管理机构（以下统称申报单位）。")
J_S1b = ("（二）申报领域。", "重点围绕以下3个领域：")
J_S1b_items = [
    ("1.国际物流通道建设。", "中欧班列、西部陆海新通道、长江黄金水道多式联运“一单制”、国际铁路运单物权化等方面的制度创新。"),
    ("2.贸易投资便利化。", "跨境贸易结算、海外仓建设、对外承包工程“走出去”综合服务、外商投资准入后管理等方面的制度创新。"),
    ("3.税收征管服务创新。", "出口退税“提速增效”、离境退税“即买即退”、跨境应税行为免税备案等涉税便利化举措，由申报单位会同所在地税务部门联合申报。"),
]
J_S1c = ("（三）申报条件。", "申报案例应为2022年1月1日以后在四川自贸试验区内首创或率先实施、实施满6个月且取得明显成效的改革举措；已被国务院或商务部复制推广的案例，不再重复申报。每个片区申报数量不超过5项，每个协同改革先行区不超过2项。")
J_H2 = "二、申报和评审程序"
J_S2 = [
    ("（一）单位申报。", "申报单位按照申报书提纲（附件2）要求编制申报材料，经片区管委会或协同改革先行区所在市（州）商务主管部门审核后，于2024年6月14日前将申报书纸质版（一式6份，加盖公章）报送省商务厅自由贸易试验区工作处，电子版同步发送至scftz_anli@163.com。"),
    ("（二）评审公布。", "省商务厅会同省发展改革委、省财政厅、省税务局组织专家于2024年7月31日前完成书面评审和现场核验，评审结果经省推进自由贸易试验区建设工作领导小组办公室审定后，于2024年9月在省商务厅门户网站公示，公示期为5个工作日。"),
]
J_H3 = "三、支持政策"
J_S3 = [
    ("（一）资金奖励。", "对评选出的最佳实践案例（不超过10项），省财政厅通过省级外经贸发展专项资金按每项50万元给予所在片区或协同改革先行区奖励；对优秀案例（不超过20项），按每项20万元给予奖励。奖励资金使用要求见附件3。"),
    ("（二）推广应用。", "最佳实践案例由省发展改革委纳入全省营商环境改革创新经验推广清单，并优先向商务部推荐参评全国自由贸易试验区“最佳实践案例”。"),
    ("（三）税收服务。", "涉及税收征管服务创新的案例，由省税务局会同申报单位开展跟踪评估，对成效显著的举措在全省税务系统复制推广。"),
]
J_H4 = "四、工作要求"
J_S4 = ("（一）加强组织领导。", "各申报单位要明确1名分管负责同志和1名联络员（省级部门和片区联络员名单见附件1），协同改革先行区联络员由所在市（州）商务主管部门汇总后于2024年5月10日前报送省商务厅。")
J_S4b = ("（二）确保材料真实。", "申报单位对申报材料的真实性负责，凡发现弄虚作假的，取消参评资格，收回已拨付的奖励资金，并在全省通报。")
J_CONTACT_LINES = [
    "联系人：省商务厅自贸处　王丽娟　028-83225716；",
    "省发展改革委体改处　陈　刚　028-86706512；",
    "省财政厅经济建设处　刘思远　028-86671483；",
    "省税务局纳税服务处　赵　敏　028-86659027。",
]
J_CONTACT = "".join(J_CONTACT_LINES)
J_DATE = "2024年4月18日"
J_CHAOSONG = "商务部自贸区港司，省委改革办，省委外办，省人民政府办公厅。"
J_PRINTER = "四川省商务厅办公室"
J_PRINTDATE = "2024年4月19日"

A1_HEADER = ["序号", "类别", "单位", "姓名", "职务", "联系电话"]
A1_ROWS = [
    ["1", "自贸试验区片区", "成都天府新区片区管委会", "李明轩", "改革创新局副局长", "028-61885203"],
    ["2", "自贸试验区片区", "成都青白江铁路港片区管委会", "周晓燕", "自贸改革创新局科长", "028-83663217"],
    ["3", "自贸试验区片区", "川南临港片区管委会", "罗建华", "综合协调部部长", "0830-3198806"],
    ["4", "省级部门", "省商务厅", "王丽娟", "自由贸易试验区工作处四级调研员", "028-83225716"],
    ["5", "省级部门", "省发展改革委", "陈刚", "体改处一级主任科员", "028-86706512"],
    ["6", "省级部门", "省财政厅", "刘思远", "经济建设处副处长", "028-86671483"],
    ["7", "省级部门", "省税务局", "赵敏", "纳税服务处科长", "028-86659027"],
]
A2_COVER = [
    "申报单位（盖章）：＿＿＿＿＿＿＿＿＿＿＿＿",
    "联合申报部门：＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
    "填报日期：2024年　　月　　日",
]
A2_ITEMS = [
    ("一、基本情况。", "包括案例名称、申报单位、联合申报部门、首次实施时间、适用范围、联系人及联系方式。"),
    ("二、改革背景。", "简要说明案例针对的制度性障碍或企业痛点，以及与服务共建“一带一路”的关联性，不超过300字。"),
    ("三、主要做法。", "逐条列明具体改革举措、实施路径和制度依据，不超过1500字。"),
    ("四、创新点和实践成效。", "说明与国内现行做法相比的突破之处，并以实施以来的数据说明成效，如通关时间压缩比例、企业成本下降金额、受益企业数量等。"),
    ("五、复制推广前景。", "说明可复制推广的范围、条件以及风险防控措施。"),
]
A2_REQ = "申报书正文字数不超过3000字，采用A4纸双面印制；政策文件、统计数据等佐证材料另行装订。"
A3_ITEMS = [
    "一、奖励资金从2024年省级外经贸发展专项资金中列支，由省财政厅根据审定结果于2024年11月30日前下达至有关市（州）财政部门，再由市（州）财政部门拨付至片区管委会或协同改革先行区管理机构。",
    "二、奖励资金可用于制度创新研究、第三方评估、宣传推广和信息系统建设等支出，不得用于人员工资福利和“三公”经费支出。",
    "三、片区管委会取得的奖励资金属于财政拨款，不涉及缴纳企业所得税；申报单位使用奖励资金向企业购买服务的，由提供服务的企业依法申报缴纳增值税及附加税费。具体涉税事项由国家税务总局四川省税务局负责解释。",
]


def joint_banhead(doc):
    """Borderless table: 2 rows x 3 cols; cols 1-2 organ names, col 3 = 文件 merged over both rows."""
    tbl = doc.add_table(rows=2, cols=3)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl, "nil")
    widths = [176, 176, 90]
    fixed_widths(tbl, widths)
    names = [[J_ISSUERS[0], J_ISSUERS[1]], [J_ISSUERS[2], J_ISSUERS[3]]]
    for ri in range(2):
        for ci in range(2):
            cell_text(tbl.cell(ri, ci), names[ri][ci], XBZ, 20, WD_ALIGN_PARAGRAPH.DISTRIBUTE, RED, scale=62, line=Pt(34))
    m = tbl.cell(0, 2).merge(tbl.cell(1, 2))
    cell_text(m, "文件", XBZ, 44, WD_ALIGN_PARAGRAPH.CENTER, RED, line=Pt(50))
    return tbl


def countersign(doc, names, date):
    """会签: borderless 2 x 2 table of organ names, the date under it on the right."""
    para(doc, "", indent=0)
    tbl = doc.add_table(rows=2, cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl, "nil")
    fixed_widths(tbl, [221, 221])
    for i, n in enumerate(names):
        cell_text(tbl.cell(i // 2, i % 2), n, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, line=Pt(30))
    p = para(doc, date, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 4)
    para(doc, "（此件公开发布）", FS, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 2)


def build_joint():
    doc = Document()
    setup_page(doc)
    joint_banhead(doc)
    red_rule_docnum(doc, J_NUM)
    title_paras(doc, [
        J_ISSUERS[0] + "　" + J_ISSUERS[1],
        J_ISSUERS[2] + "　" + J_ISSUERS[3],
        ["关于开展中国（四川）自由贸易试验区", "服务共建“一带一路”制度创新案例", "申报工作的通知"],
    ])
    para(doc, J_MAIN_TO, indent=0)
    para(doc, J_INTRO)
    heading(doc, J_H1)
    runin(doc, *J_S1a)
    runin(doc, *J_S1b)
    for h, t in J_S1b_items:
        runin(doc, h, t, head_font=FS)
    runin(doc, *J_S1c)
    heading(doc, J_H2)
    for h, t in J_S2:
        runin(doc, h, t)
    heading(doc, J_H3)
    for h, t in J_S3:
        runin(doc, h, t)
    heading(doc, J_H4)
    runin(doc, *J_S4)
    runin(doc, *J_S4b)
    # contact block: one paragraph, soft line breaks between the four organs, hanging indent
    p = para(doc, "", indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.left_indent = Pt(SAN_HAO * 6)
    p.paragraph_format.first_line_indent = Pt(-SAN_HAO * 4)
    for i, ln in enumerate(J_CONTACT_LINES):
        r = p.add_run(ln)
        set_font(r, FS, SAN_HAO)
        if i < len(J_CONTACT_LINES) - 1:
            r.add_break()
    attach_note(doc, J_ATT)
    countersign(doc, J_ISSUERS, J_DATE)

    # 附件1: 联络员名单
    att_label(doc, "附件1", ["中国（四川）自由贸易试验区制度创新案例", "申报工作联络员名单"])
    tbl = doc.add_table(rows=1 + len(A1_ROWS), cols=len(A1_HEADER))
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl, "single")
    fixed_widths(tbl, [30, 54, 106, 52, 112, 88])
    for ci, h in enumerate(A1_HEADER):
        cell_text(tbl.cell(0, ci), h, HT, 12, line=Pt(20))
    for ri, row in enumerate(A1_ROWS, start=1):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            cell_text(tbl.cell(ri, ci), v, FS, 12, line=Pt(20))
    a = tbl.cell(1, 1).merge(tbl.cell(3, 1))
    cell_text(a, "自贸试验区片区", FS, 12, line=Pt(20))
    b = tbl.cell(4, 1).merge(tbl.cell(7, 1))
    cell_text(b, "省级部门", FS, 12, line=Pt(20))

    # 附件2: 申报书提纲
    att_label(doc, "附件2", ["中国（四川）自由贸易试验区", "服务共建“一带一路”制度创新案例申报书", "（提纲）"])
    for ln in A2_COVER:
        p = para(doc, ln, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
        p.paragraph_format.left_indent = Pt(SAN_HAO * 4)
    para(doc, "", indent=0)
    for h, t in A2_ITEMS:
        runin(doc, h, t, head_font=HT)
    para(doc, "", indent=0)
    p = para(doc, "", indent=2)
    set_font(p.add_run("填报要求："), KT, SAN_HAO)
    set_font(p.add_run(A2_REQ), FS, SAN_HAO)

    # 附件3: 说明
    att_label(doc, "附件3", ["关于创新案例奖励资金使用", "和涉税事项的说明"])
    for t in A3_ITEMS:
        para(doc, t)

    page_break(doc)
    banji(doc, J_CHAOSONG, J_PRINTER, J_PRINTDATE, blank_lines=15)
    out = os.path.join(HERE, "blind152_joint_notice.docx")
    doc.save(out)
    return out


# =============================================================== file 2: cross-region letter
L_ISSUERS = ["成都市青白江区人民政府", "重庆市沙坪坝区人民政府"]
L_NUM = "青白江府函〔2024〕36号"
L_SUBJ = "关于商请支持中欧班列（成渝）“两港联动”集拼集运试点的函"
L_TITLE = " ".join(L_ISSUERS) + L_SUBJ
L_MAIN_TO = "成都海关、重庆海关，中国铁路成都局集团有限公司："
L_INTRO = "为贯彻落实《成渝地区双城经济圈建设规划纲要》和《川渝自由贸易试验区协同开放示范区总体方案》，推动中国（四川）自由贸易试验区成都青白江铁路港片区与中国（重庆）自由贸易试验区西永片区协同发展，两区人民政府经协商，拟于2024年9月1日起在成都国际铁路港与重庆团结村中心站之间开展中欧班列（成渝）“两港联动”集拼集运试点（以下简称试点），试点期1年。现将有关情况函告如下，并商请给予支持。"
L_H1 = "一、基本情况"
L_S1 = "2024年1—6月，两地中欧班列（成渝）合计开行2891列，同比增长8.6%。两地班列开行情况如下："
L_TAB_HEADER = ["指标", "成都国际铁路港", "重庆团结村中心站"]
L_TAB = [
    ["开行班列（列）", "1402", "1489"],
    ["其中：回程班列（列）", "611", "637"],
    ["发送货物（万标箱）", "12.1", "12.9"],
    ["通达境外城市（个）", "112", "98"],
]
L_S1b = "目前两地班列存在去程货源结构趋同、回程空箱率偏高、同一批货物在两地重复查验等问题，亟需通过集拼集运和监管互认降低企业物流成本。"
L_H2 = "二、试点内容"
L_S2 = [
    ("（一）货源集拼。", "两地班列运营平台公司互设集货点，在成都国际铁路港集拼的零散货物可经成渝铁路转运至重庆团结村中心站编组出境，重庆方向货物亦可反向集拼，试点班列满载率不低于95%。"),
    ("（二）监管互认。", "同一批次集拼货物在始发地海关完成申报和查验后，经停另一地时不再重复查验，力争两地间转关时间压缩至12小时以内。"),
    ("（三）数据共享。", "依托国际贸易“单一窗口”川渝互认互通机制，实现铁路运单、舱单和报关单数据实时交换。"),
]
L_H3 = "三、商请事项"
L_S3 = [
    ("（一）", "商请成都海关、重庆海关将试点纳入川渝海关一体化改革事项，支持两地海关监管作业场所之间开展“铁路快通”业务，对集拼货物实行查验结果互认。"),
    ("（二）", "商请中国铁路成都局集团有限公司在成渝铁路每周安排不少于6对集拼转运班列运行线，并对试点班列给予运费下浮优惠。"),
    ("（三）", "请各单位明确1名处级联系人，于2024年7月31日前函复成都市青白江区人民政府。"),
]
L_CLOSE = "特此函商，盼复。"
L_CONTACT = "联系人：青白江区口岸物流办公室　孙浩　028-83601527；沙坪坝区商务委员会　何婷　023-65362019。"
L_DATE = "2024年7月8日"
L_CHAOSONG = "四川省人民政府口岸物流办公室，重庆市人民政府口岸和物流办公室，四川省商务厅，重庆市商务委员会。"
L_PRINTER = "成都市青白江区人民政府办公室"
L_PRINTDATE = "2024年7月9日"


def letter_banhead(doc):
    tbl = doc.add_table(rows=2, cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl, "nil")
    fixed_widths(tbl, [312, 130])
    for ri in range(2):
        cell_text(tbl.cell(ri, 0), L_ISSUERS[ri], XBZ, 30, WD_ALIGN_PARAGRAPH.DISTRIBUTE, RED, scale=85, line=Pt(44))
    m = tbl.cell(0, 1).merge(tbl.cell(1, 1))
    cell_text(m, "文件", XBZ, 50, WD_ALIGN_PARAGRAPH.CENTER, RED, line=Pt(56))


def build_letter():
    doc = Document()
    setup_page(doc)
    letter_banhead(doc)
    red_rule_docnum(doc, L_NUM)
    title_paras(doc, [[L_ISSUERS[0] + "　" + L_ISSUERS[1][:-4], L_ISSUERS[1][-4:] + "关于商请支持中欧班列（成渝）", "“两港联动”集拼集运试点的函"]])
    para(doc, L_MAIN_TO, indent=0)
    para(doc, L_INTRO)
    heading(doc, L_H1)
    para(doc, L_S1)
    tbl = doc.add_table(rows=1 + len(L_TAB), cols=3)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl, "single")
    fixed_widths(tbl, [170, 136, 136])
    for ci, h in enumerate(L_TAB_HEADER):
        cell_text(tbl.cell(0, ci), h, HT, 14, line=Pt(24))
    for ri, row in enumerate(L_TAB, start=1):
        for ci, v in enumerate(row):
            cell_text(tbl.cell(ri, ci), v, FS, 14, WD_ALIGN_PARAGRAPH.LEFT if ci == 0 else WD_ALIGN_PARAGRAPH.CENTER, line=Pt(24))
    para(doc, L_S1b)
    heading(doc, L_H2)
    for h, t in L_S2:
        runin(doc, h, t)
    heading(doc, L_H3)
    for h, t in L_S3:
        runin(doc, h, t, head_font=FS)
    para(doc, L_CLOSE)
    para(doc, "", indent=0)
    para(doc, L_CONTACT)
    # 落款: the two organs on one line, tab-separated, date under the second
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, "", FS, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="center" w:pos="2200"/><w:tab w:val="center" w:pos="6600"/></w:tabs>' % nsdecls("w")))
    set_font(p.add_run("\t" + L_ISSUERS[0] + "\t" + L_ISSUERS[1]), FS, SAN_HAO)
    p = para(doc, "", FS, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="center" w:pos="6600"/></w:tabs>' % nsdecls("w")))
    set_font(p.add_run("\t" + L_DATE), FS, SAN_HAO)
    para(doc, "", indent=0)
    para(doc, "（此件依申请公开）", FS, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 2)
    banji(doc, L_CHAOSONG, L_PRINTER, L_PRINTDATE, blank_lines=6)
    out = os.path.join(HERE, "blind152_cross_letter.docx")
    doc.save(out)
    return out


def to_pdf(docx_path):
    prof = "/tmp/lo_152"
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =============================================================== expected.json
def expected():
    j_clauses = (
        [J_INTRO, J_S1a[0] + J_S1a[1], J_S1b[0] + J_S1b[1]]
        + [h + t for h, t in J_S1b_items]
        + [J_S1c[0] + J_S1c[1]]
        + [h + t for h, t in J_S2] + [h + t for h, t in J_S3]
        + [J_S4[0] + J_S4[1], J_S4b[0] + J_S4b[1], J_CONTACT]
    )
    a1 = [row_clause(A1_HEADER, r) for r in A1_ROWS]
    a2 = [h + t for h, t in A2_ITEMS] + ["填报要求：" + A2_REQ]
    a3 = list(A3_ITEMS)
    joint = {
        "meta": {
            "title": J_TITLE,
            "doc_number": J_NUM,
            "issuer": J_ISSUERS,
            "lead_issuer": J_ISSUERS[0],
            "date": "2024-04-18",
            "published": "2024-04-19",
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": J_ATT,
            "doc_type": "通知",
            "recipients": [
                "各市（州）商务主管部门、发展改革委、财政局",
                "国家税务总局各市（州）税务局",
                "中国（四川）自由贸易试验区各片区管委会",
                "各协同改革先行区管理机构",
            ],
            "publicity": "此件公开发布",
            "cc": ["商务部自贸区港司", "省委改革办", "省委外办", "省人民政府办公厅"],
        },
        "clauses": j_clauses + a1 + a2 + a3,
        "applies_to": {
            "default": "四川省（中国（四川）自由贸易试验区及协同改革先行区）",
            "specific": {
                "（一）申报主体": "成都天府新区片区、成都青白江铁路港片区、川南临港片区 + 德阳、绵阳、宜宾等21个协同改革先行区 (all in 四川省; naming the three 片区 is fine, 四川省 is fine)",
                "附件1 row 1": "成都天府新区片区（四川省成都市）",
                "附件1 row 2": "成都青白江铁路港片区（四川省成都市青白江区）",
                "附件1 row 3": "川南临港片区（四川省泸州市）",
                "附件1 rows 4-7": "四川省 (省级部门)",
            },
            "note": "共建“一带一路”、中欧班列、西部陆海新通道、长江黄金水道 do not place a clause abroad or in another province; 商务部 (抄送) is an organ; 国家税务总局四川省税务局 is a provincial organ — its 国家税务总局 prefix must not make the document national.",
        },
        "_note": (
            "Furniture, not clauses: the 版头 is a BORDERLESS 2 x 3 TABLE — column 1 四川省商务厅 / 四川省财政厅, column 2 四川省发展和改革委员会 / 国家税务总局四川省税务局 (red, condensed, distributed alignment), column 3 文件 merged over both rows (the column is narrow, so 文 and 件 print one over the other); "
            "it must not become a data table or clauses (e.g. “四川省商务厅：四川省发展和改革委员会” as a row is HIGH-ish furniture), and its reading order is row by row (商务厅, 发改委, 财政厅, 税务局) — the issuer list should hold all FOUR organs, lead organ 四川省商务厅 first; "
            "文号 川商自贸〔2024〕15号 (the lead organ's number) + red rule; the title typed as THREE paragraphs — 四川省商务厅　四川省发展和改革委员会 / 四川省财政厅　国家税务总局四川省税务局 / 关于开展中国（四川）自由贸易试验区<soft break>服务共建“一带一路”制度创新案例<soft break>申报工作的通知 — to be joined into ONE title; the boundary between the paragraphs falls between two organ names (…发展和改革委员会 | 四川省财政厅…), so joining them with nothing glues two organs together (the separator between organ names — space, full-width space or none — is taste; losing the organ paragraphs from the title is low, taking only 关于… as the title is low-medium; the first two paragraphs becoming separate clauses is medium); "
            "主送 line (→ recipients); 附件说明 (附件：1．… / 2．… / 3．… on three paragraphs → 3 attachments without the 1．2．3． prefixes); the 会签 落款 — a borderless 2 x 2 TABLE of the four organ names (no seals) with 2024年4月18日 under it — is furniture: it must not be read as a table row/clause like “四川省商务厅：四川省发展和改革委员会”; （此件公开发布）; "
            "the labels 附件1/附件2/附件3 and each attachment's title (附件2 title typed as one paragraph with soft breaks: 中国（四川）自由贸易试验区 / 服务共建“一带一路”制度创新案例申报书 / （提纲）); 版记 on the last page after 15 blank paragraphs (抄送：商务部自贸区港司，… / 四川省商务厅办公室 2024年4月19日印发); footer “— N —”. "
            "Headings 一、申报范围和条件 / 二、申报和评审程序 / 三、支持政策 / 四、工作要求 are section titles (tolerable as heading clauses). （一）…（三） are run-in 楷体 headings, heading + text = ONE clause; 1.2.3. under （二） are run-in too. "
            "The contact paragraph (联系人：…) is ONE paragraph with soft line breaks between the four organs' contacts and a hanging indent: one clause (or four clauses, tolerable); the 　 inside 陈　刚 / 赵　敏 is padding, taste; the 　 between a name and its phone number is a separator (王丽娟 028-83225716) and should not vanish (low). "
            "附件1 is a bordered table whose 类别 column is vertically merged (自贸试验区片区 over rows 1-3, 省级部门 over rows 4-7): every row must still carry its 类别 (blank = medium). "
            "附件2 opens with a form cover block (申报单位（盖章）：＿＿＿ / 联合申报部门：＿＿＿ / 填报日期：2024年　　月　　日) — form furniture: tolerable as clauses (low), but 填报日期 must NOT become a date of the document; the five outline items 一、…五、 (run-in 黑体 headings) and 填报要求 are clauses. "
            "附件3's three paragraphs are clauses (numbered 一、二、三、 but NOT headings — each is a full paragraph; mistaking them for section headings of the main body, or continuing the main body's 一、…四、 numbering so that 附件3 一、 looks like a second 一、 of the notice, should not lose or merge them). "
            "Dates: date = 成文日期 2024-04-18 (under the 会签 table); 2024-04-19 is the 印发 date in the 版记; 2024-05-10, 2024-06-14, 2024-07-31, 2024-11-30 are deadlines; 2022-01-01 is an eligibility cut-off — none of them is the date or effective. No effective/expires (a work notice). "
            "level = provincial (四川省 organs; 国家税务总局四川省税务局 is the provincial tax bureau, NOT national)."
        ),
        "_pdf": {
            "note": "same metadata and clauses. In the PDF the 版头 table is just positioned text: the organ names in two columns with 文件 to the right, vertically centred between the two rows, so a text layer read line by line gives “四川省商务厅 四川省发展和改革委员会” then possibly “文件” in between or after, then “四川省财政厅 国家税务总局四川省税务局” (distributed spacing may insert spaces between characters: 四 川 省 商 务 厅). The 会签 names come out as two lines of two names. The title's organ lines are centred lines of red-free 小标宋. 附件1's merged 类别 cell prints once, vertically centred across its rows.",
        },
    }

    tab_rows = [row_clause(L_TAB_HEADER, r) for r in L_TAB]
    l_clauses = (
        [L_INTRO, L_S1] + tab_rows + [L_S1b]
        + [h + t for h, t in L_S2] + [h + t for h, t in L_S3]
        + [L_CLOSE, L_CONTACT]
    )
    letter = {
        "meta": {
            "title": L_TITLE,
            "doc_number": L_NUM,
            "issuer": L_ISSUERS,
            "lead_issuer": L_ISSUERS[0],
            "date": "2024-07-08",
            "published": "2024-07-09",
            "level": "county",
            "region": ["四川省成都市青白江区", "重庆市沙坪坝区"],
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "函",
            "recipients": ["成都海关", "重庆海关", "中国铁路成都局集团有限公司"],
            "publicity": "此件依申请公开",
            "cc": ["四川省人民政府口岸物流办公室", "重庆市人民政府口岸和物流办公室", "四川省商务厅", "重庆市商务委员会"],
        },
        "clauses": l_clauses,
        "applies_to": {
            "default": ["四川省成都市青白江区（中国（四川）自由贸易试验区成都青白江铁路港片区）", "重庆市沙坪坝区（中国（重庆）自由贸易试验区西永片区）"],
            "specific": {
                "table row 开行班列 etc.": "both — the columns are the two places (成都国际铁路港 = 青白江区, 重庆团结村中心站 = 沙坪坝区)",
                "二（一）货源集拼": "both (成都国际铁路港 → 重庆团结村中心站)",
                "三（三）函复": "成都市青白江区人民政府 is the addressee of replies — an organ, not a new place",
            },
            "note": "A cross-region letter: BOTH places must be kept. Putting the whole letter in 四川省 / 成都市 only (from the lead organ or the 文号) loses 重庆 = medium; 重庆市 or 成都市 as a whole = too broad, low. 成渝地区双城经济圈 / 川渝 are fine as a region label. 中欧班列 does not place anything abroad; 成都海关/重庆海关/中国铁路成都局集团有限公司 are organs (recipients), not places.",
        },
        "_note": (
            "Furniture: the 版头 is a BORDERLESS 2 x 2 TABLE — 成都市青白江区人民政府 over 重庆市沙坪坝区人民政府 in column 1 (red, distributed), 文件 to the right merged over both rows; not a data table, not clauses; the issuer must be BOTH organs, the lead one (青白江区) first. "
            "文号 青白江府函〔2024〕36号 is the lead organ's — it must not turn the document into a 成都-only one. Title = one paragraph with two soft line breaks, the first break falling INSIDE the second organ's name, as offices break titles by length: 成都市青白江区人民政府　重庆市沙坪坝区 / 人民政府关于商请支持中欧班列（成渝） / “两港联动”集拼集运试点的函 → joined into one title (no space may be left inside 重庆市沙坪坝区人民政府). "
            "doc_type 函 (despite 文件 in the 版头). 主送 成都海关、重庆海关，中国铁路成都局集团有限公司 (→ recipients, they are the addressees, not issuers). "
            "The 3-column data table (指标 / 成都国际铁路港 / 重庆团结村中心站) is real content: each row one clause written with the column names; a row should not be cut from its header. "
            "（一）（二）（三） under 二、 are run-in 楷体 headings (heading + text one clause); under 三、 the （一）（二）（三） have no heading text (just the number + 商请… sentence). 特此函商，盼复。 is the 函's closing formula: as a clause or dropped, both tolerable (low). The contact line is a clause. "
            "落款: the two organ names on ONE line separated by tabs (no seals), date 2024年7月8日 under the second; （此件依申请公开）; 版记 (抄送… / 成都市青白江区人民政府办公室 2024年7月9日印发). "
            "Dates: date = 2024-07-08; 2024-07-09 印发; 2024-09-01 is the start of the pilot (not the letter's effective date — tolerable as effective, low); 2024-07-31 reply deadline. level = county (区人民政府, 县级); municipal is low (wrong but close), provincial is medium (重庆 is a 直辖市: 重庆市沙坪坝区 is still a 区)."
        ),
        "_pdf": {
            "note": "same metadata and clauses. In the PDF the two 版头 names are two lines on the left with 文件 to the right vertically between them (its text line may fall between or after the two names, or be glued to one: “成都市青白江区人民政府 文件”). The 落款 line holds both organ names with a wide gap.",
        },
    }
    return {
        "blind152_joint_notice": [joint],
        "blind152_cross_letter": [letter],
    }


def main():
    a = build_joint()
    b = build_letter()
    for f in (a, b):
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", a, b)


if __name__ == "__main__":
    main()
