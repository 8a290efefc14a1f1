# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420
"""Blind round 151: a 上行文 chain as offices file it.

Writes next to itself:
  blind151_qingshi.docx / .pdf   洛阳片区管委会 → 河南省人民政府 请示 (洛自贸管文〔2024〕23号):
      red 版头 set low (上行文), 文号 on the left and 签发人 on the right of ONE line (right tab stop),
      一、二、 headings, （一）…（五） run-in 请示事项, 妥否，请批示。, 附件说明, 落款, 附注
      （联系人：…，电话：…） under the date; 附件 on its own page: a Word table with a THREE-level
      merged header (gridSpan + vMerge) of values and percentages, a 注 under it, 版记 after it.
  blind151_pifu.docx / .pdf      河南省人民政府办公厅 批复 (豫政办函〔2024〕58号) in 信函格式:
      red organ name, red double rule, 文号 right-aligned under the rule, no 签发人; quotes the 请示's
      title and 文号; 一、…八、 points; 此复。; first-page footer holds the lower red double rule.
  blind151_pifu_portal.html             the same 批复 as the provincial portal publishes it: TRS-style <meta>
      tags, nav bar, breadcrumb, a 信息公开 table (索引号/主题分类/发文机关/成文日期/标题/文号/发布日期)
      above the <h1>, toolbar, the text, 相关解读 links, a share <script>, footer.
  blind151_baogao.docx / .pdf    洛阳市人民政府 → 河南省人民政府 报告 (洛政文〔2025〕9号): 文号 / 签发人
      line made as a borderless 1x2 table, title on two paragraphs, （一）… with 一是…二是… run in,
      a statistics table (表1) with TWO columns both headed 同比增长（%）, placed in the middle of
      section 一, figures in 万元 / 亿元 / 亿美元, 三、下一步工作安排, 特此报告。, 版记.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind151.py
Needs only python-docx and LibreOffice (soffice); nothing was pip-installed for this round.
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
WU_HAO = 10.5
LINE = Pt(28.9)
TEXT_W_TWIPS = 8844  # 156 mm


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


def para(container, text="", east=FS, size=SAN_HAO, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False, color=None, line=LINE, left=None):
    p = container.add_paragraph()
    pfmt(p, align, indent, size, line, left=left)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT):
    p = para(doc, "")
    set_font(p.add_run(head), head_font, SAN_HAO)
    set_font(p.add_run(body), FS, SAN_HAO)
    return p


def border(p, side="bottom", sz=12, color="E60012", space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def tabs(p, *stops):
    ppr = p._p.get_or_add_pPr()
    xml = '<w:tabs %s>' % nsdecls("w") + "".join('<w:tab w:val="%s" w:pos="%d"/>' % s for s in stops) + '</w:tabs>'
    ppr.append(parse_xml(xml))


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


def setup_page(doc, letter_format=False):
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
    if letter_format:
        # 信函格式: first page has no page number; the lower red double rule sits at the foot of page 1
        s.different_first_page_header_footer = True
        s.top_margin = Mm(30)
        ff = s.first_page_footer.paragraphs[0]
        ff.paragraph_format.space_before = Pt(0)
        set_font(ff.add_run(""), FS, 6)
        border(ff, "top", 24, "E60012", 1, val="thinThickSmallGap")
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


def banhead(doc, lines, size=36, blank_before=0):
    for _ in range(blank_before):
        para(doc, "", indent=0)
    for ln in lines:
        p = para(doc, "", XBZ, size, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(size * 1.2))
        r = p.add_run(ln)
        set_font(r, XBZ, size, color=RED)
        r._element.get_or_add_rPr().append(parse_xml('<w:spacing %s w:val="-8"/>' % nsdecls("w")))


def red_rule(doc, double=False):
    p = para(doc, "", indent=0, line=Pt(10))
    if double:
        border(p, "bottom", 24, "E60012", 1, val="thickThinSmallGap")
    else:
        border(p, "bottom", 18, "E60012", 1)
    return p


def number_signer_tab(doc, number, signer):
    """上行文: 文号 left (空一字), 签发人 right (空一字) on ONE paragraph via a right tab stop."""
    para(doc, "", indent=0)
    p = para(doc, "", indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.left_indent = Pt(SAN_HAO)
    tabs(p, ("right", TEXT_W_TWIPS - 320))
    set_font(p.add_run(number), FS, SAN_HAO)
    set_font(p.add_run("\t签发人："), FS, SAN_HAO)
    set_font(p.add_run(signer), KT, SAN_HAO)
    red_rule(doc)
    para(doc, "", indent=0)


def number_signer_table(doc, number, signer):
    """the same line drawn as a borderless 1x2 table, as some offices' templates do."""
    para(doc, "", indent=0)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml('<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="single" w:sz="18" w:space="0" w:color="E60012"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))
    for c, w in zip(t.rows[0].cells, (Mm(78), Mm(78))):
        c.width = w
    a, b = t.rows[0].cells
    pa = a.paragraphs[0]
    pfmt(pa, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(36))
    pa.paragraph_format.left_indent = Pt(SAN_HAO)
    set_font(pa.add_run(number), FS, SAN_HAO)
    pb = b.paragraphs[0]
    pfmt(pb, WD_ALIGN_PARAGRAPH.RIGHT, 0, line=Pt(36))
    pb.paragraph_format.right_indent = Pt(SAN_HAO)
    set_font(pb.add_run("签发人："), FS, SAN_HAO)
    set_font(pb.add_run(signer), KT, SAN_HAO)
    para(doc, "", indent=0)


def title(doc, parts, mode="soft"):
    if mode == "soft":
        p = para(doc, "", XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
        for i, t in enumerate(parts):
            r = p.add_run(t)
            set_font(r, XBZ, ER_HAO)
            if i < len(parts) - 1:
                r.add_break()
    else:
        for t in parts:
            para(doc, t, XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)


def signoff(doc, issuer, date, right_chars=4, publicity=None, note=None, blanks=2):
    for _ in range(blanks):
        para(doc, "", indent=0)
    p = para(doc, issuer, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * right_chars)
    p = para(doc, date, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * right_chars)
    if note:
        para(doc, note, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 2)
    if publicity:
        para(doc, "", indent=0)
        para(doc, publicity, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 2)


def banji(doc, chaosong, printer=None, printdate=None, blank_lines=0):
    for _ in range(blank_lines):
        para(doc, "", indent=0)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO * 4)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    p.paragraph_format.first_line_indent = Pt(-SI_HAO * 3)
    set_font(p.add_run("抄送：" + chaosong), FS, SI_HAO)
    if printer is None:
        return
    border(p, "top", 12, "000000", 2)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    set_font(p.add_run(printer), FS, SI_HAO)
    set_font(p.add_run("\t" + printdate + "印发"), FS, SI_HAO)
    tabs(p, ("right", 8560))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def cell_text(c, text, east=FS, size=WU_HAO, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    p = c.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    pfmt(p, align, 0, size, Pt(size * 1.35))
    p._p.get_or_add_pPr().append(parse_xml('<w:snapToGrid %s w:val="0"/>' % nsdecls("w")))
    if text:
        set_font(p.add_run(text), east, size, bold)
    c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def tidy_merged(tbl):
    for row in tbl.rows:
        for c in row.cells:
            for extra in c.paragraphs[1:]:
                if not extra.text.strip():
                    extra._p.getparent().remove(extra._p)


def fix_widths(tbl, widths):
    """fixed layout + explicit tblGrid, so LibreOffice keeps the column widths."""
    tbl.autofit = False
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for col, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(w.twips))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


# ============================================================ content
QS_ISSUER = "中国（河南）自由贸易试验区洛阳片区管理委员会"
QS_TITLE = QS_ISSUER + "关于恳请支持洛阳片区深化与共建“一带一路”国家经贸合作有关事项的请示"
QS_SHORT = "关于恳请支持洛阳片区深化与共建“一带一路”国家经贸合作有关事项的请示"
QS_NUM = "洛自贸管文〔2024〕23号"
QS_SIGNER = "周立衡"
QS_DATE_CN, QS_DATE = "2024年10月18日", "2024-10-18"
QS_ATT = "中国（河南）自由贸易试验区洛阳片区主要经济指标完成情况表"
QS_CONTACT = "（联系人：王晓明，电话：0379-65196872）"
QS_INTRO = "中国（河南）自由贸易试验区洛阳片区（以下简称洛阳片区）自2017年4月挂牌以来，认真贯彻落实省委、省政府决策部署，围绕建设国际智能制造合作示范区和“一带一路”沿线国家人文交流中心的功能定位，累计形成制度创新成果156项，其中12项在全国复制推广。为进一步发挥洛阳片区在全省融入共建“一带一路”中的支撑作用，现将有关事项请示如下。"
QS_H1 = "一、基本情况"
QS_S1 = [
    "2023年，洛阳片区新设立企业3126户，同比增长18.4%；实际使用外资1.82亿美元，同比增长12.5%；货物进出口总额326.5亿元，同比增长15.2%，其中对共建“一带一路”国家进出口141.2亿元，占片区进出口总额的43.2%。2024年1—9月，片区货物进出口总额268.3亿元，同比增长10.7%（详见附件）。",
    "当前，洛阳片区在开放平台、国际物流和要素保障等方面仍存在短板：洛阳综合保税区（一期）规划面积已基本用足，中欧班列（洛阳）尚未纳入全省中欧班列统一运营平台，片区企业承揽境外工程项目融资渠道较窄，亟需省级层面给予支持。",
]
QS_H2 = "二、请示事项"
QS_S2 = [
    ("（一）支持洛阳综合保税区扩区。", "恳请省政府支持洛阳综合保税区按程序申请二期扩区，新增规划面积1.26平方公里，由省商务厅、郑州海关指导洛阳市开展扩区论证，力争2025年6月底前上报海关总署等国家有关部门。"),
    ("（二）将中欧班列（洛阳）纳入全省统一运营平台。", "恳请将中欧班列（洛阳）纳入全省中欧班列统一运营平台，按照每标准箱不超过2000元的标准给予运营补贴，2025年至2027年补贴总额不超过3000万元，由省级财政和洛阳市财政按6∶4比例分担。"),
    ("（三）设立“一带一路”国际产能合作专项资金。", "恳请省财政每年安排洛阳片区“一带一路”国际产能合作专项资金5000万元，连续支持3年，重点用于片区企业在哈萨克斯坦、乌兹别克斯坦、塞尔维亚等国建设境外生产基地和海外仓。"),
    ("（四）下放部分省级管理权限。", "恳请将外商投资企业设立登记、对外承包工程项目备案等23项省级经济社会管理权限依法下放或委托洛阳片区管理委员会实施，具体事项由省政府办公厅会同省司法厅另行确定。"),
    ("（五）开展首台（套）装备出口保险试点。", "恳请省财政对洛阳片区企业出口共建“一带一路”国家的首台（套）重大技术装备，按不超过保费80%的比例给予保费补贴，单个企业年度补贴上限200万元。"),
]
QS_S2_TAIL = "以上事项已征得洛阳市人民政府同意。"
QS_CLOSE = "妥否，请批示。"
QS_CHAOSONG = "省商务厅（省自贸办），洛阳市人民政府。"
QS_PRINTER = "洛阳片区管理委员会综合办公室"
QS_PRINTDATE = "2024年10月18日"

# 附件: three-level header
QS_T_H1 = ["序号", "指标名称", "单位", "2023年", "2024年1—9月"]
QS_T_H2 = ["完成值", "增速及占比（%）"]
QS_T_H3 = ["同比增长", "占全市比重"]
QS_T_PATHS = ["序号", "指标名称", "单位",
              "2023年／完成值", "2023年／增速及占比（%）／同比增长", "2023年／增速及占比（%）／占全市比重",
              "2024年1—9月／完成值", "2024年1—9月／增速及占比（%）／同比增长", "2024年1—9月／增速及占比（%）／占全市比重"]
QS_T_ROWS = [
    ["1", "新设立企业", "户", "3126", "18.4", "21.7", "2547", "9.6", "22.3"],
    ["", "其中：外商投资企业", "户", "46", "35.3", "41.8", "39", "11.4", "43.3"],
    ["2", "实际使用外资", "亿美元", "1.82", "12.5", "36.2", "1.47", "8.1", "38.9"],
    ["3", "货物进出口总额", "亿元", "326.5", "15.2", "48.6", "268.3", "10.7", "49.2"],
    ["", "其中：对共建“一带一路”国家进出口", "亿元", "141.2", "23.8", "52.4", "123.6", "16.5", "54.1"],
    ["4", "税收收入", "亿元", "58.7", "6.3", "19.5", "45.2", "4.8", "20.1"],
    ["5", "固定资产投资", "亿元", "—", "11.2", "—", "—", "-2.6", "—"],
    ["6", "中欧班列（洛阳）开行", "列", "186", "42.1", "100.0", "162", "18.2", "100.0"],
]
QS_T_NOTE = "注：1.2024年1—9月数据为快报数；2.固定资产投资按统计制度只公布增速；3.全市数据来源于洛阳市统计局。"

# ---------------- 批复
PF_ISSUER = "河南省人民政府办公厅"
PF_TITLE = "河南省人民政府办公厅关于支持中国（河南）自由贸易试验区洛阳片区深化与共建“一带一路”国家经贸合作有关事项的批复"
PF_NUM = "豫政办函〔2024〕58号"
PF_DATE_CN, PF_DATE = "2024年11月12日", "2024-11-12"
PF_PUB = "2024-11-20"
PF_MAIN_TO = "洛阳市人民政府，中国（河南）自由贸易试验区洛阳片区管理委员会："
PF_P0 = "洛阳片区管委会《" + QS_SHORT + "》（" + QS_NUM + "）收悉。经省政府同意，现批复如下："
PF_POINTS = [
    "一、原则同意支持洛阳综合保税区开展二期扩区前期工作。由洛阳市人民政府作为申报主体，省商务厅、省发展改革委、省自然资源厅、郑州海关按照职责给予指导，扩区规划面积控制在1.26平方公里以内，2025年6月30日前完成申报材料报送。",
    "二、同意将中欧班列（洛阳）纳入全省中欧班列统一运营平台。2025年至2027年，省级财政按照每标准箱不超过1500元的标准给予运营补贴，年度补贴总额不超过600万元，洛阳市财政按1∶1比例配套。具体办法由省财政厅会同省商务厅制定。",
    "三、关于设立“一带一路”国际产能合作专项资金事项，不再单独设立省级专项资金。省财政厅在省级开放型经济发展专项资金中统筹安排，2025年对洛阳片区企业建设境外生产基地和海外仓给予支持，支持额度不超过3000万元，按照项目择优、据实结算的方式拨付。",
    "四、同意将对外承包工程项目备案等15项省级经济社会管理权限委托洛阳片区管理委员会实施，具体事项清单由省商务厅会同省司法厅于2024年12月31日前公布。外商投资企业设立登记事项，按照《中华人民共和国外商投资法》及相关规定，由洛阳市市场监督管理局依法办理。",
    "五、支持洛阳片区开展首台（套）重大技术装备出口保险试点，试点期为2025年1月1日至2026年12月31日。省财政对片区企业出口共建“一带一路”国家的首台（套）重大技术装备，按照不超过保费60%的比例给予补贴，单个企业年度补贴上限150万元。",
    "六、洛阳市人民政府要切实履行主体责任，加强对洛阳片区建设的组织领导，统筹用好各项支持政策，防范化解各类风险，每年1月31日前将上一年度洛阳片区建设情况报送省政府，抄送省商务厅。",
    "七、省商务厅（省自贸办）要将上述事项落实情况纳入全省自贸试验区建设年度评估，2025年11月底前组织开展中期评估，评估结果报省政府。",
    "八、省直有关部门要按照职责分工，加强对洛阳片区的业务指导和服务保障，涉及向国家部委争取的事项要主动对接、积极争取，形成工作合力。",
]
PF_CLOSE = "此复。"
PF_PUBLICITY = "（此件公开发布）"
PF_CHAOSONG = "省商务厅、省发展改革委、省财政厅、省自然资源厅、省司法厅、省市场监管局，郑州海关。"
PF_INDEX = "11410000MB0C75481Q/2024-00187"
PF_TOPIC = "商贸、海关、旅游\\对外经贸合作"

# ---------------- 报告
BG_ISSUER = "洛阳市人民政府"
BG_TITLE = "洛阳市人民政府关于2024年中国（河南）自由贸易试验区洛阳片区建设工作情况的报告"
BG_TITLE_PARTS = ["洛阳市人民政府关于2024年中国（河南）", "自由贸易试验区洛阳片区建设", "工作情况的报告"]
BG_NUM = "洛政文〔2025〕9号"
BG_SIGNER = "刘一鸣"
BG_DATE_CN, BG_DATE = "2025年1月20日", "2025-01-20"
BG_MAIN_TO = "河南省人民政府："
BG_P0 = "根据《" + PF_TITLE + "》（" + PF_NUM + "）要求，现将2024年洛阳片区建设工作情况报告如下。"
BG_H1 = "一、2024年工作进展"
BG_S1a = [
    ("（一）制度创新持续深化。", "全年形成制度创新成果21项，其中“跨境电商零售进口退货中心仓模式”等3项在全省复制推广。一是深化“证照分离”改革，对片区内涉企经营许可事项实行清单管理，覆盖事项523项；二是推行外商投资“一口受理”，外资企业设立平均用时压缩至2个工作日；三是试点对外承包工程项目备案“承诺即入”，全年办理备案38件。"),
    ("（二）开放平台能级提升。", "一是洛阳综合保税区二期扩区申报材料已于2024年12月完成初稿编制，拟新增规划面积1.26平方公里；二是中欧班列（洛阳）全年开行218列，同比增长17.2%，其中12月纳入全省统一运营平台后开行27列；三是洛阳国际陆港多式联运监管中心建成投用，全年监管货值48.6亿元。"),
    ("（三）对外经贸合作扩量提质。", "全年片区货物进出口总额352.8亿元，同比增长8.1%，其中对共建“一带一路”国家进出口158.4亿元，同比增长12.2%，占比提升至44.9%；实际使用外资2.06亿美元，同比增长13.2%；片区企业新签对外承包工程合同额4.37亿美元，完成营业额3.12亿美元。主要指标完成情况见表1。"),
]
BG_TAB_CAPTION = "表1　2024年洛阳片区主要指标完成情况"
BG_TAB_HEADER = ["指标名称", "单位", "全年完成", "同比增长（%）", "其中：第四季度", "同比增长（%）"]
BG_TAB_ROWS = [
    ["新设立企业", "户", "3412", "9.1", "826", "5.4"],
    ["其中：外商投资企业", "户", "52", "13.0", "13", "8.3"],
    ["实际使用外资", "亿美元", "2.06", "13.2", "0.59", "15.7"],
    ["货物进出口总额", "亿元", "352.8", "8.1", "84.5", "1.9"],
    ["其中：对共建“一带一路”国家", "亿元", "158.4", "12.2", "34.8", "4.2"],
    ["对外承包工程完成营业额", "亿美元", "3.12", "6.8", "0.97", "-3.0"],
    ["税收收入", "万元", "612400", "4.3", "160200", "2.6"],
    ["中欧班列（洛阳）开行", "列", "218", "17.2", "56", "21.7"],
]
BG_TAB_NOTE = "注：税收收入不含海关代征税收；第四季度数据为快报数。"
BG_S1b = [
    ("（四）省级支持政策落地见效。", "省政府批复的8项支持事项已全部分解到责任单位。一是15项省级经济社会管理权限已于2024年12月26日完成委托承接，片区累计办理相关事项214件；二是市级财政安排片区发展专项资金12000万元，兑现企业奖补资金8650万元，惠及企业316家；三是首台（套）重大技术装备出口保险试点实施方案已于2024年12月印发，2025年1月1日起实施，首批纳入试点企业17家。"),
]
BG_H2 = "二、存在的问题"
BG_S2 = "对照省政府批复要求和先进自贸片区，洛阳片区建设仍存在一些不足：一是制度创新系统集成不够，首创性、差异化成果偏少；二是外向型产业基础仍较薄弱，片区外贸依存度低于全省自贸试验区平均水平；三是国际化经贸人才短缺，企业境外投资风险防控能力有待提升。"
BG_H3 = "三、下一步工作安排"
BG_S3_INTRO = "2025年，我市将以洛阳片区建设为牵引，全力打造内陆开放新高地。主要预期目标是：片区货物进出口总额增长8%左右，实际使用外资2.2亿美元以上，中欧班列（洛阳）开行260列以上。"
BG_S3 = [
    ("（一）加快开放平台建设。", "2025年6月30日前完成洛阳综合保税区二期扩区申报；推动中欧班列（洛阳）加密至每周5列，开通洛阳至塔什干、洛阳至明斯克线路；支持洛阳国际陆港申建进境粮食指定监管场地。"),
    ("（二）抓好省级支持政策落实。", "会同省财政厅、省商务厅制定中欧班列运营补贴实施细则，2025年3月底前出台；用好省级开放型经济发展专项资金，2025年计划支持片区境外生产基地和海外仓项目不少于10个，带动企业境外投资1.5亿美元以上。"),
    ("（三）深化首创性制度创新。", "聚焦智能制造装备出口、跨境服务贸易和国际物流等领域开展差异化探索，力争全年形成制度创新成果20项以上，其中在全省复制推广5项以上。"),
    ("（四）强化风险防控。", "建立片区企业境外投资风险监测预警机制，每季度开展一次风险排查；市财政安排风险防控专项经费800万元，为片区企业提供境外法律、合规和汇率避险服务。"),
]
BG_CLOSE = "特此报告。"
BG_CHAOSONG = "省商务厅（省自贸办），市委办公室，市人大常委会办公室，市政协办公室。"
BG_PRINTER = "洛阳市人民政府办公室"
BG_PRINTDATE = "2025年1月21日"


# ============================================================ builders
def build_qingshi():
    doc = Document()
    setup_page(doc)
    # 上行文: the 发文机关标志 sits lower on the page (about 80 mm from the top edge)
    banhead(doc, ["中国（河南）自由贸易试验区", "洛阳片区管理委员会"], size=30, blank_before=2)
    number_signer_tab(doc, QS_NUM, QS_SIGNER)
    title(doc, ["中国（河南）自由贸易试验区洛阳片区", "管理委员会关于恳请支持洛阳片区深化", "与共建“一带一路”国家经贸合作", "有关事项的请示"], mode="soft")
    para(doc, "河南省人民政府：", indent=0)
    para(doc, QS_INTRO)
    para(doc, QS_H1, HT)
    for t in QS_S1:
        para(doc, t)
    para(doc, QS_H2, HT)
    for h, t in QS_S2:
        runin(doc, h, t)
    para(doc, QS_S2_TAIL)
    para(doc, QS_CLOSE)
    para(doc, "附件：" + QS_ATT)
    signoff(doc, QS_ISSUER, QS_DATE_CN, right_chars=2, note=QS_CONTACT, blanks=1)

    # 附件 on its own page
    page_break(doc)
    para(doc, "附件", HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, "", indent=0)
    para(doc, QS_ATT, XBZ, 18, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(30))
    para(doc, "", indent=0, line=Pt(14))
    tbl = doc.add_table(rows=3 + len(QS_T_ROWS), cols=9)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(9), Mm(38), Mm(13)] + [Mm(16)] * 6
    for row in tbl.rows:
        for ci, c in enumerate(row.cells):
            c.width = widths[ci]
    # header row 1
    for ci, txt in enumerate(QS_T_H1[:3]):
        cell_text(tbl.cell(0, ci), txt, HT)
    cell_text(tbl.cell(0, 3), QS_T_H1[3], HT)
    cell_text(tbl.cell(0, 6), QS_T_H1[4], HT)
    # header row 2
    for base in (3, 6):
        cell_text(tbl.cell(1, base), QS_T_H2[0], HT)
        cell_text(tbl.cell(1, base + 1), QS_T_H2[1], HT)
        cell_text(tbl.cell(2, base + 1), QS_T_H3[0], HT)
        cell_text(tbl.cell(2, base + 2), QS_T_H3[1], HT)
    for ri, row in enumerate(QS_T_ROWS, start=3):
        for ci, v in enumerate(row):
            cell_text(tbl.cell(ri, ci), v, FS, align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
    # merges: vertical 序号/指标名称/单位 over 3 header rows; 年份 across 3; 增速及占比 across 2; 完成值 down 2
    for ci in range(3):
        tbl.cell(0, ci).merge(tbl.cell(2, ci))
    tbl.cell(0, 3).merge(tbl.cell(0, 5))
    tbl.cell(0, 6).merge(tbl.cell(0, 8))
    for base in (3, 6):
        tbl.cell(1, base).merge(tbl.cell(2, base))
        tbl.cell(1, base + 1).merge(tbl.cell(1, base + 2))
    tidy_merged(tbl)
    fix_widths(tbl, widths)
    for r in range(3):
        repeat_header(tbl.rows[r])
    para(doc, QS_T_NOTE, FS, 12, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(20))
    # 版记 at the foot of the last page
    banji(doc, QS_CHAOSONG, QS_PRINTER, QS_PRINTDATE, blank_lines=3)
    out = os.path.join(HERE, "blind151_qingshi.docx")
    doc.save(out)
    return out


def build_pifu():
    doc = Document()
    setup_page(doc, letter_format=True)
    banhead(doc, [PF_ISSUER], size=36)
    red_rule(doc, double=True)
    p = para(doc, PF_NUM, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO)
    para(doc, "", indent=0)
    title(doc, ["河南省人民政府办公厅关于支持", "中国（河南）自由贸易试验区洛阳片区深化", "与共建“一带一路”国家经贸合作", "有关事项的批复"], mode="soft")
    para(doc, PF_MAIN_TO, indent=0)
    para(doc, PF_P0)
    for t in PF_POINTS:
        para(doc, t)
    para(doc, PF_CLOSE)
    signoff(doc, PF_ISSUER, PF_DATE_CN, right_chars=4, publicity=PF_PUBLICITY)
    # 信函格式 版记: 抄送 only, at the foot of the last page
    banji(doc, PF_CHAOSONG, blank_lines=4)
    out = os.path.join(HERE, "blind151_pifu.docx")
    doc.save(out)
    return out


def build_baogao():
    doc = Document()
    setup_page(doc)
    banhead(doc, ["洛阳市人民政府文件"], size=40, blank_before=2)
    number_signer_table(doc, BG_NUM, BG_SIGNER)
    title(doc, BG_TITLE_PARTS, mode="paragraphs")
    para(doc, BG_MAIN_TO, indent=0)
    para(doc, BG_P0)
    para(doc, BG_H1, HT)
    for h, t in BG_S1a:
        runin(doc, h, t)
    para(doc, BG_TAB_CAPTION, HT, SI_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    tbl = doc.add_table(rows=1 + len(BG_TAB_ROWS), cols=6)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(46), Mm(16), Mm(22), Mm(24), Mm(24), Mm(24)]
    for ri, row in enumerate(tbl.rows):
        for ci, c in enumerate(row.cells):
            c.width = widths[ci]
            if ri == 0:
                cell_text(c, BG_TAB_HEADER[ci], HT, 12)
            else:
                cell_text(c, BG_TAB_ROWS[ri - 1][ci], FS, 12, WD_ALIGN_PARAGRAPH.LEFT if ci == 0 else WD_ALIGN_PARAGRAPH.CENTER)
    fix_widths(tbl, widths)
    repeat_header(tbl.rows[0])
    para(doc, BG_TAB_NOTE, FS, 12, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(20))
    for h, t in BG_S1b:
        runin(doc, h, t)
    para(doc, BG_H2, HT)
    para(doc, BG_S2)
    para(doc, BG_H3, HT)
    para(doc, BG_S3_INTRO)
    for h, t in BG_S3:
        runin(doc, h, t)
    para(doc, BG_CLOSE)
    signoff(doc, BG_ISSUER, BG_DATE_CN, right_chars=4)
    page_break(doc)
    banji(doc, BG_CHAOSONG, BG_PRINTER, BG_PRINTDATE, blank_lines=18)
    out = os.path.join(HERE, "blind151_baogao.docx")
    doc.save(out)
    return out


# ------------------------------------------------------------ the portal page
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_html():
    pub_time = PF_PUB + " 17:02"
    body_ps = []
    body_ps.append('<p style="text-align: center;">%s</p>' % PF_NUM)
    body_ps.append('<p>%s</p>' % PF_MAIN_TO)
    body_ps.append('<p style="text-indent: 2em;">%s</p>' % esc(PF_P0))
    for i, t in enumerate(PF_POINTS):
        # the CMS editor: some paragraphs indented by CSS, others by two ideographic spaces
        if i % 3 == 1:
            body_ps.append('<p>　　%s</p>' % esc(t))
        else:
            body_ps.append('<p style="text-indent: 2em;">%s</p>' % esc(t))
    body_ps.append('<p style="text-indent: 2em;">%s</p>' % PF_CLOSE)
    body_ps.append('<p style="text-align: right;">%s&nbsp;&nbsp;&nbsp;&nbsp;</p>' % PF_ISSUER)
    body_ps.append('<p style="text-align: right;">%s&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p>' % PF_DATE_CN)
    body_ps.append('<p style="text-indent: 2em;">%s</p>' % PF_PUBLICITY)
    content = "\n".join(body_ps)
    html = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}_省政府办公厅文件_河南省人民政府门户网站</title>
<meta name="SiteName" content="河南省人民政府门户网站">
<meta name="SiteDomain" content="www.henan.gov.cn">
<meta name="SiteIDCode" content="4100000040">
<meta name="ColumnName" content="省政府办公厅文件">
<meta name="ColumnType" content="政府文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{pub_time}">
<meta name="ContentSource" content="河南省人民政府办公厅">
<meta name="Keywords" content="自贸试验区,洛阳片区,一带一路,批复">
<meta name="Description" content="洛阳片区管委会《{qs_short}》收悉。经省政府同意，现批复如下">
<meta name="Url" content="https://www.henan.gov.cn/2024/11-20/3081562.html">
<link rel="stylesheet" href="/css/zwgk_detail.css">
<style>
 body {{ font-family: "Microsoft YaHei", sans-serif; margin: 0; }}
 .xxgk-meta table {{ width: 1000px; margin: 0 auto; border-collapse: collapse; background: #f7f9fc; }}
 .xxgk-meta th, .xxgk-meta td {{ border: 1px solid #d6dde8; padding: 8px 12px; font-size: 14px; text-align: left; }}
 .xxgk-meta th {{ width: 100px; color: #555; font-weight: normal; }}
 #zoom p {{ font-size: 18px; line-height: 2; margin: 0; }}
</style>
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问河南省人民政府门户网站</span> <a href="/wza/">无障碍</a> <a href="/ydb/">移动版</a> <a href="https://www.henan.gov.cn/en/">English</a> <a href="/zhuce/">登录</a> <a href="/zhuce/reg/">注册</a></div></div>
<div class="header"><div class="logo"><img src="/images/logo_2023.png" alt="河南省人民政府门户网站"></div>
<div class="search"><form action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
<ul class="nav">
 <li><a href="/">首页</a></li><li><a href="/sq/">省情</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/sjkf/">数据开放</a></li><li><a href="/zt/">专题专栏</a></li>
</ul>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfwj/">政府文件</a> &gt; <a href="/zwgk/zfwj/szfbgt/">省政府办公厅文件</a></div>
<div class="xxgk-meta">
<table>
 <tbody>
  <tr><th>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</th><td>{index}</td><th>主题分类：</th><td>{topic}</td></tr>
  <tr><th>发文机关：</th><td>{issuer}</td><th>成文日期：</th><td>{date_cn}</td></tr>
  <tr><th>标　　题：</th><td colspan="3">{title}</td></tr>
  <tr><th>文　　号：</th><td>{num}</td><th>发布日期：</th><td>{pub_cn}</td></tr>
 </tbody>
</table>
</div>
<div class="article">
<h1 class="article-title">{title}</h1>
<div class="article-info"><span>发布时间：{pub_time}</span><span>来源：省政府办公厅</span><span>浏览次数：<em id="hits">2371</em></span><span class="font-size">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(18)">中</a> <a href="javascript:doZoom(16)">小</a>】</span></div>
<div class="TRS_Editor" id="zoom">
{content}
</div>
<div class="related">
<h3>相关解读</h3>
<ul>
 <li><a href="/2024/11-21/3081920.html">图解：省政府办公厅支持洛阳片区深化“一带一路”经贸合作八条举措</a><span>2024-11-21</span></li>
 <li><a href="/2024/11-22/3082114.html">省商务厅负责同志就支持洛阳片区深化与共建“一带一路”国家经贸合作有关事项答记者问</a><span>2024-11-22</span></li>
</ul>
<h3>相关文件</h3>
<ul>
 <li><a href="/2024/06-05/3012207.html">河南省人民政府关于印发中国（河南）自由贸易试验区提升行动方案（2024—2026年）的通知</a><span>豫政〔2024〕16号</span></li>
</ul>
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a> <span>分享到：</span><a class="wx" href="#">微信</a><a class="wb" href="#">微博</a></div>
<div class="qrcode"><img src="/images/qr/3081562.png" alt="二维码"><p>扫一扫在手机打开当前页</p></div>
</div>
<script>
var shareTitle = "【河南省人民政府门户网站】{title}";
var shareDesc = "经省政府同意，原则同意支持洛阳综合保税区开展二期扩区前期工作……";
function doZoom(size) {{ document.getElementById("zoom").style.fontSize = size + "px"; }}
</script>
<div class="footer">
<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a> | <a href="/yszc/">隐私政策</a></p>
<p>主办：河南省人民政府办公厅　承办：河南省人民政府办公厅政务公开办公室</p>
<p>网站标识码：4100000040　<a href="https://beian.miit.gov.cn/">豫ICP备05009063号</a>　<a href="#">豫公网安备 41010502002871号</a></p>
<p>联系电话：0371-65506180（工作日8:30—12:00，15:00—18:00）</p>
</div>
</body>
</html>
""".format(title=PF_TITLE, pub_time=pub_time, qs_short=QS_SHORT, index=PF_INDEX, topic=PF_TOPIC,
           issuer=PF_ISSUER, date_cn=PF_DATE_CN, num=PF_NUM, pub_cn="2024年11月20日", content=content)
    out = os.path.join(HERE, "blind151_pifu_portal.html")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(html)
    return out


def to_pdf(docx_path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_151", "--headless", "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------ expected.json
def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def expected():
    qs_rows = [row_clause(QS_T_PATHS, r) for r in QS_T_ROWS]
    qs_clauses = [QS_INTRO] + QS_S1 + [h + t for h, t in QS_S2] + [QS_S2_TAIL] + qs_rows + [QS_T_NOTE]
    pf_clauses = [PF_P0] + PF_POINTS
    bg_rows = [row_clause(BG_TAB_HEADER, r) for r in BG_TAB_ROWS]
    bg_clauses = ([BG_P0] + [h + t for h, t in BG_S1a] + bg_rows + [BG_TAB_NOTE] + [h + t for h, t in BG_S1b]
                  + [BG_S2, BG_S3_INTRO] + [h + t for h, t in BG_S3])
    LY = "河南省洛阳市（中国（河南）自由贸易试验区洛阳片区）"

    qs = {
        "meta": {
            "title": QS_TITLE,
            "doc_number": QS_NUM,
            "issuer": [QS_ISSUER],
            "signer": QS_SIGNER,
            "date": QS_DATE,
            "published": None,
            "level": "municipal",
            "region": LY,
            "effective": None,
            "expires": None,
            "attachments": [QS_ATT],
            "doc_type": "请示",
            "recipients": ["河南省人民政府"],
            "publicity": None,
            "contact": "王晓明，0379-65196872",
            "cc": ["省商务厅（省自贸办）", "洛阳市人民政府"],
            "chain": "request; answered by 豫政办函〔2024〕58号 (blind151_pifu)",
        },
        "clauses": qs_clauses,
        "applies_to": {
            "default": "中国（河南）自由贸易试验区洛阳片区（河南省洛阳市）",
            "specific": {
                "二、（一）": "洛阳综合保税区（洛阳片区内）",
                "附件 rows": "洛阳片区 (values) — the 占全市比重 columns compare with 洛阳市 as a whole; do not turn them into a 洛阳市-wide clause",
            },
            "note": "哈萨克斯坦、乌兹别克斯坦、塞尔维亚 (（三）) and 共建“一带一路”国家 are where the firms invest, not where the clause applies. 河南省人民政府 (主送), 郑州海关, 海关总署, 省商务厅 are organs, not places; a clause placed in 郑州 is wrong (medium). 河南省 for the whole document is too broad (low).",
        },
        "_note": (
            "Document 1 of the chain (请示, 上行文). Every clause in this file belongs to this one document. "
            "Furniture, not clauses: two blank lines then the red two-line 版头 中国（河南）自由贸易试验区 / 洛阳片区管理委员会 (no 文件 suffix; must not become the title or issuer with a line break); "
            "the 文号 line — ONE paragraph: “洛自贸管文〔2024〕23号<TAB>签发人：周立衡” (签发人 name in 楷体, right tab stop) — doc_number must be exactly 洛自贸管文〔2024〕23号, without “签发人：周立衡” glued on (glued = high: breaks 文号 look-ups); 周立衡 is the 签发人 (signer), not an issuer; the red rule; "
            "the title, one paragraph with THREE soft line breaks (re-join without stray space); 主送 河南省人民政府： (→ recipients); "
            "headings 一、基本情况 / 二、请示事项 carry no text (tolerable as heading clauses, but must not be glued to the next paragraph); （一）…（五） are run-in 楷体 headings: heading + text = ONE clause; "
            "妥否，请批示。 is the 请示's closing formula (a clause or dropped: both tolerable, low); 附件说明 附件：… (→ attachments, not a clause); 落款 organ + 2024年10月18日; "
            "the 附注 （联系人：王晓明，电话：0379-65196872） under the date — furniture (contact), must not become a clause glued to the date nor a clause of the attachment; the label 附件 and the attachment title paragraph (table title); "
            "版记 (抄送：省商务厅（省自贸办），洛阳市人民政府。 / 洛阳片区管理委员会综合办公室 2024年10月18日印发) directly after the table note — must not be read as a table note or clause; footer page numbers “— N —”. "
            "The 附件 table has a THREE-level header: 序号 / 指标名称 / 单位 are merged down 3 rows; 2023年 and 2024年1—9月 each span 3 columns; under each, 完成值 is merged down 2 rows and 增速及占比（%） spans 2 columns with 同比增长 / 占全市比重 under it. "
            "Each data row must carry the full path of each value (year + measure); the path is written here as 2023年／增速及占比（%）／同比增长 but any unambiguous rendering is fine. "
            "A row that keeps only the bottom labels (同比增长：18.4；占全市比重：21.7；同比增长：9.6 …) loses which year a value belongs to = HIGH (an analyst cannot tell 2023 from 2024); header rows read as data rows = medium. "
            "Percent values are plain numbers under a （%） header; -2.6 (固定资产投资 2024年1—9月) is negative; “—” cells are not-applicable (listing them or not, both fine). "
            "其中：外商投资企业 / 其中：对共建“一带一路”国家进出口 rows have an empty 序号 — they are sub-rows, not continuations of the row above (merging them into row 1/3 = medium). "
            "The 注 line under the table is a clause (or a table note). "
            "date = 2024-10-18 (成文日期 in the 落款; also the 印发 date). No publicity line (a 请示 carries none); no effective/expires (a 请示 has none; 2025年6月底 and 2025年至2027年 are dates of the things requested)."
        ),
        "_pdf": {
            "note": "LibreOffice PDF: the 文号 and 签发人 are one text line “洛自贸管文〔2024〕23号 签发人：周立衡” (wide gap) — doc_number must still be 洛自贸管文〔2024〕23号. The 3-level header loses its merge structure in the text layer (rows of words at different heights); rows must still carry year + measure (positions: 2023年 columns 4–6, 2024年1—9月 columns 7–9). Page numbers “— N —” are text in the PDF. The title wraps as in Word (3 lines).",
        },
    }
    pf_meta = {
        "title": PF_TITLE,
        "doc_number": PF_NUM,
        "issuer": [PF_ISSUER],
        "date": PF_DATE,
        "published": PF_PUB,
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "批复",
        "recipients": ["洛阳市人民政府", "中国（河南）自由贸易试验区洛阳片区管理委员会"],
        "publicity": "此件公开发布",
        "replies_to": {"title": QS_SHORT, "doc_number": QS_NUM},
        "cc": ["省商务厅", "省发展改革委", "省财政厅", "省自然资源厅", "省司法厅", "省市场监管局", "郑州海关"],
    }
    pf_apply = {
        "default": "中国（河南）自由贸易试验区洛阳片区（河南省洛阳市）",
        "specific": {
            "一、": "洛阳综合保税区（洛阳片区内）",
            "四、 second sentence": "洛阳市（洛阳市市场监督管理局 handles 外商投资企业设立登记）",
            "六、": "洛阳市 (洛阳市人民政府's duties)",
            "七、 / 八、": "河南省 (duties of 省商务厅 / 省直有关部门) — 洛阳片区 as default is tolerable",
        },
        "note": "The issuer is provincial (河南省), but every decision is about 洛阳片区; region 河南省 for the document is right, applies_to 河南省 for every clause is too broad (medium). 共建“一带一路”国家 does not place a clause abroad. 郑州海关 is an organ, not 郑州.",
    }
    pf_docx_note = (
        "Document 2 of the chain (批复, 下行文 answering document 1). Every clause in this file belongs to this one document. "
        "信函格式: red organ name 河南省人民政府办公厅 (no 文件), a red double rule (thick-thin paragraph border), 文号 right-aligned UNDER the rule, no 签发人; the first page has a different footer holding only the lower red double rule (no page number); later pages “— N —”. "
        "The title is one paragraph with three soft line breaks (re-join without stray space). "
        "The first clause quotes the 请示's title and 文号: 《关于恳请支持…的请示》（洛自贸管文〔2024〕23号） — the reader must NOT take 洛自贸管文〔2024〕23号 as this document's doc_number nor the 请示 title as its title (either = high); recording the reply link (replies_to) is a bonus. "
        "一、…八、 are numbered points with no heading text: each point is ONE clause, number kept. 此复。 is the closing formula (clause or dropped, both tolerable, low). "
        "Furniture: 版头, double rule, 文号 line, title, 主送 (→ recipients, 2 organs), 落款 河南省人民政府办公厅 / 2024年11月12日, （此件公开发布） (→ publicity), 版记 抄送：… (信函格式 has no 印发 line), footer. "
        "date = 2024-11-12. The docx does not know the 发布日期 (published null from the docx is fine). No effective/expires for the document: 2025年1月1日至2026年12月31日 is the 试点期 of point 五 only (expires 2026-12-31 for the whole 批复 is wrong, medium). "
        "Other dates that are not the 成文日期: 2024年12月31日 (四), 2025年6月30日 (一), 1月31日 (六), 2025年11月底 (七)."
    )
    pf_docx = {
        "meta": dict(pf_meta, published=None),
        "clauses": pf_clauses,
        "applies_to": pf_apply,
        "_note": pf_docx_note,
        "_pdf": {"note": "LibreOffice PDF: page 1 has no page number; the red double rules are drawn lines (no text). 文号 is the right-aligned line under the rule. Text otherwise identical."},
    }
    pf_html = {
        "meta": dict(pf_meta, index_no=PF_INDEX, subject_category=PF_TOPIC, portal="河南省人民政府门户网站 · 省政府办公厅文件"),
        "clauses": pf_clauses,
        "applies_to": pf_apply,
        "_note": (
            "The same 批复 as published on the provincial portal (UTF-8 HTML). Every clause belongs to the 批复. "
            "Where the fields are: the 信息公开 table above the text (索引号 " + PF_INDEX + " / 主题分类 " + PF_TOPIC + " / 发文机关 / 成文日期 2024年11月12日 / 标题 / 文号 / 发布日期 2024年11月20日) — the reader should take date = 2024-11-12 (成文日期) and published = 2024-11-20 (发布日期; also in <meta name=PubDate> 2024-11-20 17:02 and 发布时间); "
            "taking 2024-11-20 as the date = medium; index_no and subject_category are a bonus. Title = the <h1> (= 标题 cell = ArticleTitle); the <title> carries the suffix _省政府办公厅文件_河南省人民政府门户网站 (title with suffix = medium). "
            "Furniture (none of it is a clause): <head> meta/style/script; top bar (欢迎访问…, 无障碍, 移动版, English, 登录, 注册); logo; search box; nav (首页 省情 政务公开 …); breadcrumb 当前位置：首页 > 政务公开 > 政府文件 > 省政府办公厅文件; the 信息公开 table itself (its cells are metadata, not a clause row — reading it as a table clause 索引号：…；主题分类：… = medium); "
            "article-info (发布时间, 来源：省政府办公厅, 浏览次数 2371, 【字体：大 中 小】); inside #zoom: the centred 文号 line 豫政办函〔2024〕58号, 主送 line, 此复。(clause or dropped, low), 落款 organ + date (right-aligned, &nbsp; padded), （此件公开发布） (→ publicity); "
            "相关解读 / 相关文件 lists (other documents' titles — 豫政〔2024〕16号 in 相关文件 must not become this document's 文号; reading those links as clauses = medium, as doc_number = high); 【打印本页】【关闭窗口】 分享到 微信 微博; 扫一扫在手机打开当前页; the <script> with shareTitle/shareDesc (its Chinese text repeats a clause fragment — reading script text as a clause = medium); footer (网站地图…, 主办/承办, 网站标识码, ICP/公网安备, 联系电话). "
            "Paragraphs 二、 and 五、 and 八、 are indented with two ideographic spaces “　　” typed into the text, the others by CSS text-indent — the leading spaces must not survive into the clause (low). "
            "The portal has no 版记 (抄送 absent), so cc is unknowable from the HTML."
        ),
        "_pdf": None,
    }
    bg = {
        "meta": {
            "title": BG_TITLE,
            "doc_number": BG_NUM,
            "issuer": [BG_ISSUER],
            "signer": BG_SIGNER,
            "date": BG_DATE,
            "published": None,
            "level": "municipal",
            "region": "河南省洛阳市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["河南省人民政府"],
            "publicity": None,
            "cc": ["省商务厅（省自贸办）", "市委办公室", "市人大常委会办公室", "市政协办公室"],
            "chain": "reports under 豫政办函〔2024〕58号 (blind151_pifu), which answered 洛自贸管文〔2024〕23号 (blind151_qingshi)",
        },
        "clauses": bg_clauses,
        "applies_to": {
            "default": LY,
            "specific": {
                "一、（二）": "洛阳综合保税区 / 洛阳国际陆港（洛阳片区）",
                "三、（一）": "洛阳综合保税区 / 洛阳国际陆港（洛阳片区）",
            },
            "note": "塔什干、明斯克 (三、（一）) are train destinations abroad, not places of application. 洛阳市 alone as default is acceptable (the issuer is the city; the report is about the 片区). 河南省 (主送) is not the place. 市委办公室 etc. are organs.",
        },
        "_note": (
            "Document 3 of the chain (报告, 上行文). Every clause in this file belongs to this one document. "
            "Furniture: two blank lines, red 版头 洛阳市人民政府文件; the 文号 / 签发人 line is a BORDERLESS 1x2 TABLE (left cell 洛政文〔2025〕9号, right cell 签发人：刘一鸣, the table's bottom border is the red rule) — it is not a data table: reading it as a clause (“洛政文〔2025〕9号；签发人：刘一鸣”) = medium, doc_number missing because it sits in a table = high, doc_number with 签发人 glued = high; "
            "the title on THREE paragraphs (…中国（河南） / 自由贸易试验区洛阳片区建设 / 工作情况的报告) joined into one title (split title or second half as a clause = medium); 主送 河南省人民政府：; headings 一、2024年工作进展 / 二、存在的问题 / 三、下一步工作安排 (no text; tolerable as heading clauses); "
            "特此报告。 closing formula (clause or dropped, low); 落款 洛阳市人民政府 / 2025年1月20日; 版记 on a page of its own after 18 empty paragraphs (抄送… / 洛阳市人民政府办公室 2025年1月21日印发); footer page numbers. "
            "The first clause quotes the 批复's full title and 文号 豫政办函〔2024〕58号 — that is NOT this document's title or doc_number (either = high). "
            "（一）…（四） are run-in 楷体 headings, heading + text = ONE clause; the 一是…二是…三是… inside them (and in 二、's single paragraph) are run in on purpose — keeping each paragraph as one clause is expected; splitting at 一是/二是 is a matter of taste (fine if nothing is lost and each piece keeps its （X） context). "
            "三、 has an intro paragraph (the 2025 targets) that is a clause, then （一）…（四）. "
            "The statistics table 表1 sits INSIDE section 一, between （三） and （四）: caption 表1　2024年洛阳片区主要指标完成情况 (table title: tolerable as a clause, low; must not be glued to （三） or the first row); header 指标名称 | 单位 | 全年完成 | 同比增长（%） | 其中：第四季度 | 同比增长（%） has TWO columns with the same name: each row must keep BOTH 同比增长 values, in order — a dict-by-header that keeps only one (the Q4 value overwriting the full-year one, or vice versa) = HIGH (wrong growth figures cited); "
            "-3.0 is a negative growth; 税收收入 is in 万元 (612400 万元 = 61.24 亿元) — the unit column must stay with the row. The 注 under the table is a clause (or table note) and must not be glued to （四）. "
            "date = 2025-01-20; 2025-01-21 is the 印发 date; 2024年12月26日, 2025年1月1日, 2025年3月底, 2025年6月30日 are dates in the text. No effective/expires, no publicity line, no attachments."
        ),
        "_pdf": {
            "note": "LibreOffice PDF: the 文号/签发人 table prints as one line of text “洛政文〔2025〕9号 … 签发人：刘一鸣” above the red rule. Table 表1 is drawn with grid lines; the two 同比增长（%） header cells are separate columns. The 版记 is alone on the last page (page 5 or so, pages are 3–4 of text). Page numbers “— N —” are text.",
        },
    }
    return {
        "blind151_qingshi": [qs],
        "blind151_pifu": [pf_docx],
        "blind151_pifu_portal": [pf_html],
        "blind151_baogao": [bg],
    }


def main():
    files = [build_qingshi(), build_pifu(), build_baogao()]
    for f in files:
        to_pdf(f)
    html = build_html()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *files, html)


if __name__ == "__main__":
    main()
