# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 179: the most ordinary documents of 海南 offices, written in Word and printed by LibreOffice.

Writes next to itself:
  blind179_hainan_banfa.docx / .pdf    海南省人民政府 印发通知 (琼府〔2024〕21号) + the 办法 itself
      (第一章…第五章, 第一条…第十七条, 施行 2024-05-01, 有效期5年), 版头, 版记, “— N —” page numbers.
  blind179_haikou_zhinan.docx / .pdf   海口市商务局 申报指南 (no 版头, no 文号, no 主送): 一、申报条件 （一）…（五）,
      二、申报材料 1.…6., 三、申报时间和方式, 四、其他事项, 咨询电话 line, 附件说明, 落款, 附件 申报表 (a form).
  blind179_sanya_gonggao.docx / .pdf   三亚市人民政府办公室 公告 第5号 on 邮轮游艇 and 跨境服务; 特此公告;
      附件 一览表 of 游艇开放水域及停泊点 by 区.
  blind179_yangpu_tongzhi.docx / .pdf  洋浦经济开发区管理委员会 通知 (浦管〔2024〕47号) with an in-body table of
      12 企业 by 园区/港区 (园区 column vertically merged), a 联系人 line after the last item, 版记.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind179.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
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
BANJI_BLANKS = 17


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


def para(doc, text="", east=FS, size=SAN_HAO, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False, color=None, line=LINE):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.widow_control = False
    if _PENDING_BREAK:
        pf.page_break_before = True
        _PENDING_BREAK.clear()
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


_PENDING_BREAK = []


def page_break(doc):
    """The next paragraph starts a new page (w:pageBreakBefore), so no empty page appears
    when the previous page is already full."""
    _PENDING_BREAK.append(True)


def add_page_field(p, left="— ", right=" —", size=SI_HAO):
    if left:
        set_font(p.add_run(left), ST, size)
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
    if right:
        set_font(p.add_run(right), ST, size)


def setup_page(doc, footer="gongwen"):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    if footer == "gongwen":   # GB/T 9704: “— N —”, odd pages right, even pages left
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(SI_HAO)
        add_page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(SI_HAO)
        add_page_field(ep)
    elif footer == "center_dash":   # “- N -” centred
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_page_field(fp, "- ", " -", 12)
    elif footer == "center_em":
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_page_field(fp)
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


def banhead(doc, text, size=42, scale=None):
    p = para(doc, "", XBZ, size, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(size * 1.15))
    r = p.add_run(text)
    set_font(r, XBZ, size, color=RED)
    if scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))


def docnum_and_rule(doc, number):
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, number, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, "", indent=0)


def title(doc, parts):
    """parts: one string (wraps by itself) or a list = soft line breaks inside one paragraph."""
    p = para(doc, "", XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    if isinstance(parts, str):
        parts = [parts]
    for i, t in enumerate(parts):
        r = p.add_run(t)
        set_font(r, XBZ, ER_HAO)
        if i < len(parts) - 1:
            r.add_break()
    return p


def signoff(doc, issuer, date, right_chars=4, publicity=None, blanks=2):
    for _ in range(blanks):
        para(doc, "", indent=0).paragraph_format.keep_with_next = True
    p = para(doc, issuer, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * right_chars)
    p.paragraph_format.keep_with_next = True
    p = para(doc, date, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * right_chars)
    if publicity:
        para(doc, "", indent=0)
        para(doc, publicity, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 2)


def banji(doc, chaosong, printer, printdate, blank_lines=0):
    for _ in range(blank_lines):
        para(doc, "", indent=0)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO * 4)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    p.paragraph_format.first_line_indent = Pt(-SI_HAO * 3)
    set_font(p.add_run("抄送：" + chaosong), FS, SI_HAO)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.keep_together = True
    border(p, "top", 12, "000000", 2)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    set_font(p.add_run(printer), FS, SI_HAO)
    set_font(p.add_run("\t" + printdate + "印发"), FS, SI_HAO)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def attach_note(doc, titles):
    """附件说明: 左空二字 “附件：…”; several → 1．2． with hanging alignment."""
    if len(titles) == 1:
        p = para(doc, "附件：" + titles[0], indent=0)
        p.paragraph_format.left_indent = Pt(SAN_HAO * 5)
        p.paragraph_format.first_line_indent = Pt(-SAN_HAO * 3)
        return
    for i, t in enumerate(titles, 1):
        p = para(doc, ("附件：" if i == 1 else "") + "%d．" % i + t, indent=0)
        p.paragraph_format.left_indent = Pt(SAN_HAO * 5)
        p.paragraph_format.first_line_indent = Pt(-SAN_HAO * 3) if i == 1 else Pt(0)


def cell_text(cell, text, east=FS, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(size * 1.45)
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    if text:
        set_font(p.add_run(text), east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def grid_table(doc, header, rows, widths, size=12, left_cols=()):
    tbl = doc.add_table(rows=1 + len(rows), cols=len(header))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, txt in enumerate(header):
        c = tbl.cell(0, ci)
        c.width = widths[ci]
        cell_text(c, txt, HT, size)
    # header row repeats on each page, as offices set it
    trpr = tbl.rows[0]._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    for ri, row in enumerate(rows, 1):
        for ci, txt in enumerate(row):
            c = tbl.cell(ri, ci)
            c.width = widths[ci]
            cell_text(c, txt, FS, size, WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER)
    fix_table(tbl, widths)
    return tbl


def fix_table(tbl, widths):
    """Fixed layout with a real tblGrid (LibreOffice ignores bare cell widths) and cells off the line grid."""
    tbl.autofit = False
    tblPr = tbl._tbl.tblPr
    lay = tblPr.find(qn("w:tblLayout"))
    if lay is None:
        lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
        tblPr.append(lay)
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in tbl.rows:
        for ci, c in enumerate(row.cells):
            for p in c.paragraphs:
                p._p.get_or_add_pPr().append(parse_xml('<w:snapToGrid %s w:val="0"/>' % nsdecls("w")))


def vmerge(tbl, col, r0, r1):
    a = tbl.cell(r0, col)
    for r in range(r0 + 1, r1 + 1):
        for run in tbl.cell(r, col).paragraphs[0].runs:
            run.text = ""
    m = a.merge(tbl.cell(r1, col))
    for extra in m.paragraphs[1:]:
        if not extra.text.strip():
            extra._p.getparent().remove(extra._p)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return m


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# =================================================================== (A) 海南省人民政府 办法
A_NUM = "琼府〔2024〕21号"
A_BANFA = "海南自由贸易港“一带一路”经贸合作专项资金管理办法"
A_TITLE = "海南省人民政府关于印发" + A_BANFA + "的通知"
A_MAIN_TO = "各市、县、自治县人民政府，省政府直属各单位："
A_COVER = "现将《" + A_BANFA + "》印发给你们，请认真贯彻执行。"
A_CHAPTERS = [
    ("第一章　总则", [
        ("第一条", "为加快建设具有世界影响力的中国特色自由贸易港，推动海南自由贸易港与共建“一带一路”国家经贸合作高质量发展，规范专项资金管理，提高资金使用效益，根据《中华人民共和国海南自由贸易港法》《海南省省级财政专项资金管理办法》等规定，结合本省实际，制定本办法。", []),
        ("第二条", "本办法所称“一带一路”经贸合作专项资金（以下简称专项资金），是指省级财政预算安排，用于支持本省企业和机构开展与共建“一带一路”国家货物贸易、服务贸易、双向投资和国际物流合作的资金。专项资金的管理和使用遵循公开透明、突出重点、绩效导向、专款专用的原则。", []),
        ("第三条", "省商务厅负责专项资金项目的申报组织、审核和绩效管理，会同省财政厅提出资金分配方案；省财政厅负责专项资金的预算管理和资金拨付；各市、县、自治县商务主管部门和洋浦经济开发区管理委员会负责本地区项目的初审、日常监管和绩效自评。", []),
    ]),
    ("第二章　支持范围和标准", [
        ("第四条", "专项资金重点支持以下事项：", [
            "（一）开辟和加密海南至共建“一带一路”国家的国际集装箱航线和国际货运航线；",
            "（二）企业赴共建“一带一路”国家参加境外展会、设立海外仓；",
            "（三）企业承接共建“一带一路”国家的离岸服务外包业务和国际航行船舶保税维修业务；",
            "（四）省人民政府确定的其他重点事项。",
        ]),
        ("第五条", "对新开辟洋浦港至东盟、南亚、中东国家港口的外贸集装箱班轮航线，开通后12个月内完成航次不少于40个的，按照每条航线200万元给予航线运营企业一次性奖励；对新开通海口美兰国际机场、三亚凤凰国际机场至共建“一带一路”国家的国际全货机航线，每周执飞不少于2班且持续运营6个月以上的，按照每条航线300万元给予奖励。", []),
        ("第六条", "对企业参加省商务厅重点支持的境外展会，按照展位费的70%给予补助，单个展会补助不超过10万元，单个企业年度补助不超过50万元。对企业在共建“一带一路”国家新设海外仓，实际投资额在500万元以上的，按照实际投资额的10%给予补助，最高不超过200万元。", []),
        ("第七条", "对企业承接共建“一带一路”国家离岸服务外包业务，年度执行额达到100万美元以上的，按照执行额每美元0.1元人民币给予奖励，单个企业年度奖励不超过300万元。", []),
        ("第八条", "对在洋浦经济开发区、海口综合保税区内开展国际航行船舶保税维修业务的企业，年度维修合同额达到5000万元以上的，按照合同额的2%给予奖励，单个企业年度奖励不超过300万元。", []),
        ("第九条", "注册在五指山市、琼中黎族苗族自治县、白沙黎族自治县、保亭黎族苗族自治县的企业申请第六条规定的境外展会补助的，补助比例提高至展位费的80%。", []),
        ("第十条", "同一企业同一事项符合本办法和本省其他财政支持政策的，按照“就高不重复”原则给予支持。单个企业年度获得专项资金支持总额不超过1000万元。", []),
    ]),
    ("第三章　申报和审核", [
        ("第十一条", "申报专项资金的企业应当在海南省内依法注册登记，具有独立法人资格，近3年内未被列入严重失信主体名单，未发生重大安全生产和生态环境事故。", []),
        ("第十二条", "省商务厅每年3月31日前发布年度申报通知，明确申报条件、申报材料和申报时间。企业通过“海南省商务厅专项资金管理系统”在线申报，并将纸质材料报送注册地市、县商务主管部门；注册在洋浦经济开发区的企业报送洋浦经济开发区管理委员会。", []),
        ("第十三条", "市、县商务主管部门和洋浦经济开发区管理委员会应当自收到申报材料之日起15个工作日内完成初审。省商务厅委托第三方机构进行专家评审，评审结果在省商务厅门户网站公示5个工作日；公示无异议的，由省商务厅会同省财政厅于每年9月30日前下达资金分配计划。", []),
    ]),
    ("第四章　资金拨付和监督管理", [
        ("第十四条", "专项资金按照国库集中支付有关规定拨付。资金下达后，市、县财政部门应当在30日内拨付至项目单位。项目单位应当建立专项资金台账，单独核算，专款专用，并接受财政、审计、商务等部门的监督检查。", []),
        ("第十五条", "项目单位有下列行为之一的，由省商务厅会同省财政厅追回已拨付的专项资金，3年内不得申报专项资金，并依法依规纳入信用记录；涉嫌犯罪的，移送司法机关处理：", [
            "（一）以虚报、冒领、伪造材料等方式骗取专项资金的；",
            "（二）截留、挪用专项资金或者擅自改变资金用途的；",
            "（三）拒不配合监督检查和绩效评价的。",
        ]),
    ]),
    ("第五章　附则", [
        ("第十六条", "本办法由省商务厅、省财政厅负责解释。", []),
        ("第十七条", "本办法自2024年5月1日起施行，有效期5年。2019年6月印发的《海南省“一带一路”对外经贸合作资金管理暂行办法》（琼府〔2019〕30号）同时废止。", []),
    ]),
]
A_CHAOSONG = "省委各部门，省人大常委会办公厅，省政协办公厅，省高级人民法院，省人民检察院，海口海关。"
A_PRINTER = "海南省人民政府办公厅"
A_PRINTDATE = "2024年4月22日"


def build_a():
    doc = Document()
    setup_page(doc, "gongwen")
    banhead(doc, "海南省人民政府文件", size=42)
    docnum_and_rule(doc, A_NUM)
    title(doc, A_TITLE)            # one paragraph, wraps by itself
    para(doc, "", indent=0)
    para(doc, A_MAIN_TO, indent=0)
    para(doc, A_COVER)
    signoff(doc, "海南省人民政府", "2024年4月18日", right_chars=4, publicity="（此件主动公开）")
    page_break(doc)
    title(doc, ["海南自由贸易港“一带一路”经贸合作", "专项资金管理办法"])
    para(doc, "", indent=0)
    for ch, arts in A_CHAPTERS:
        para(doc, ch, HT, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
        for num, text, items in arts:
            runin(doc, num + "　", text, head_font=HT)
            for it in items:
                para(doc, it)
    page_break(doc)   # 版记 alone at the foot of the last (even) page
    banji(doc, A_CHAOSONG, A_PRINTER, A_PRINTDATE, blank_lines=BANJI_BLANKS)
    out = os.path.join(HERE, "blind179_hainan_banfa.docx")
    doc.save(out)
    return out


def a_clauses():
    out = [A_COVER]
    for _, arts in A_CHAPTERS:
        for num, text, items in arts:
            out.append(num + "　" + text)
            out.extend(items)
    return out


# =================================================================== (B) 海口市商务局 申报指南
B_TITLE = "2024年海口市支持企业开拓“一带一路”市场专项资金申报指南"
B_INTRO = "为贯彻落实《海南自由贸易港建设总体方案》和《海口市推动外贸高质量发展若干措施》（海府〔2023〕88号），支持我市企业深度参与共建“一带一路”，积极开拓东盟、中东、中亚等新兴市场，现将2024年海口市支持企业开拓“一带一路”市场专项资金申报有关事项明确如下。"
B_ATT = "2024年海口市支持企业开拓“一带一路”市场专项资金申报表"
B_S1_LEAD = "申报企业应当同时符合以下条件："
B_S1 = [
    "（一）在海口市行政区域内（含海口江东新区、海口国家高新技术产业开发区、海口综合保税区）依法注册登记，具有独立法人资格；",
    "（二）2023年1月1日以来有对共建“一带一路”国家的进出口实绩，或者已在共建“一带一路”国家开展投资、承包工程业务；",
    "（三）2023年度货物进出口额（海关统计口径）不低于500万元人民币，或者服务进出口额（商务部服务贸易统计监测管理信息系统口径）不低于50万美元；",
    "（四）财务管理制度健全，近3年内无严重违法失信记录，未被列入经营异常名录；",
    "（五）同一项目未获得省级同类专项资金支持。",
]
B_S2 = [
    "1.《" + B_ATT + "》（见附件）；",
    "2.营业执照复印件；",
    "3.2023年度海关进出口数据证明或者服务贸易统计数据截图；",
    "4.境外展会参展合同、展位费发票及付款凭证，或者海外仓租赁（购置）合同及投资凭证；",
    "5.经会计师事务所审计的2023年度财务报表；",
    "6.企业信用承诺书。",
]
B_S2_TAIL = "以上材料均须加盖企业公章，按顺序装订成册，一式两份。"
B_S3 = [
    ("（一）申报时间。", "2024年7月15日至8月16日，逾期不予受理。"),
    ("（二）申报方式。", "企业登录“海口市商务局企业服务平台”在线填报，并将纸质材料报送注册地所在区商务主管部门。注册在海口江东新区的企业报送海口江东新区管理局产业促进局，注册在海口国家高新区的企业报送高新区经济发展局，注册在海口综合保税区的企业报送海口综合保税区管理中心。"),
    ("（三）审核程序。", "各区商务主管部门及上述园区管理机构于2024年8月30日前完成初审并报市商务局。市商务局委托第三方机构审核后，将拟支持名单在市商务局门户网站公示5个工作日。"),
]
B_S4 = [
    ("（一）", "2024年度专项资金总额1500万元，按照《海口市推动外贸高质量发展若干措施》规定的标准给予支持，单个企业支持金额不超过80万元。"),
    ("（二）", "企业对申报材料的真实性负责。对弄虚作假骗取专项资金的，追回已拨付资金，取消其3年内申报资格。"),
]
B_PHONE = "咨询电话：市商务局对外贸易科0898-68724215；秀英区商务局0898-68621307；龙华区商务局0898-66552163；琼山区商务局0898-65892031；美兰区商务局0898-65361290。"


def build_b():
    doc = Document()
    setup_page(doc, "center_dash")
    para(doc, "", indent=0)
    title(doc, ["2024年海口市支持企业开拓“一带一路”", "市场专项资金申报指南"])
    para(doc, "", indent=0)
    para(doc, B_INTRO)
    para(doc, "一、申报条件", HT)
    para(doc, B_S1_LEAD)
    for t in B_S1:
        para(doc, t)
    para(doc, "二、申报材料", HT)
    for t in B_S2:
        para(doc, t)
    para(doc, B_S2_TAIL)
    para(doc, "三、申报时间和方式", HT)
    for h, t in B_S3:
        runin(doc, h, t, head_font=KT)
    para(doc, "四、其他事项", HT)
    for h, t in B_S4:
        runin(doc, h, t, head_font=FS)
    para(doc, B_PHONE)
    para(doc, "", indent=0)
    attach_note(doc, [B_ATT])
    signoff(doc, "海口市商务局", "2024年7月5日", right_chars=4)
    # 附件 申报表 (a form)
    page_break(doc)
    para(doc, "附件", HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, "", indent=0)
    title(doc, ["2024年海口市支持企业开拓“一带一路”市场", "专项资金申报表"])
    para(doc, "", indent=0)
    rows = [
        ("企业名称", "", "统一社会信用代码", ""),
        ("注册地址", "", "所在区（园区）", ""),
        ("联系人", "", "联系电话", ""),
        ("2023年进出口额（万元）", "", "其中：对共建“一带一路”国家（万元）", ""),
        ("申报事项", "□境外展会　□海外仓　□其他（请注明）：", None, None),
        ("申报金额（万元）", "", None, None),
        ("企业承诺", "本企业承诺所提交的申报材料真实、准确、完整，如有虚假，愿承担相应法律责任。\n法定代表人（签字）：　　　　企业（盖章）\n年　　月　　日", None, None),
        ("区商务主管部门初审意见", "（盖章）\n年　　月　　日", None, None),
    ]
    tbl = doc.add_table(rows=len(rows), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(34), Mm(48), Mm(38), Mm(36)]
    for ri, row in enumerate(rows):
        tr = tbl.rows[ri]
        tr.height = Mm(14) if ri < 6 else Mm(32)
        for ci in range(4):
            tbl.cell(ri, ci).width = widths[ci]
        if row[2] is None:
            c = tbl.cell(ri, 1).merge(tbl.cell(ri, 3))
            cell_text(tbl.cell(ri, 0), row[0], FS, 12)
            lines = row[1].split("\n")
            cell_text(c, lines[0], FS, 12, WD_ALIGN_PARAGRAPH.LEFT)
            for extra in c.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
            for ln in lines[1:]:
                p = c.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                set_font(p.add_run(ln), FS, 12)
        else:
            for ci, txt in enumerate(row):
                cell_text(tbl.cell(ri, ci), txt, FS, 12)
    fix_table(tbl, widths)
    out = os.path.join(HERE, "blind179_haikou_zhinan.docx")
    doc.save(out)
    return out


def b_clauses():
    return [B_INTRO, B_S1_LEAD] + B_S1 + B_S2 + [B_S2_TAIL] + [h + t for h, t in B_S3] + [h + t for h, t in B_S4] + [B_PHONE]


# =================================================================== (C) 三亚市人民政府办公室 公告
C_TITLE = "三亚市人民政府办公室关于邮轮游艇和跨境服务贸易便利化有关事项的公告"
C_NUM = "第5号"
C_INTRO = "为贯彻落实《海南自由贸易港建设总体方案》《海南自由贸易港游艇产业促进条例》和《海南自由贸易港跨境服务贸易特别管理措施（负面清单）（2024年版）》，加快建设三亚国际邮轮母港和国际游艇旅游消费中心，深化与共建“一带一路”国家和地区的邮轮游艇及服务贸易合作，经市人民政府同意，现将有关事项公告如下："
C_ITEMS1 = [
    ("一、境外游艇入出境。", "境外游艇可在三亚凤凰岛国际邮轮港、三亚鸿洲国际游艇码头、三亚半山半岛帆船港（以下统称游艇口岸）办理入出境手续，实行“一站式”联合查验，查验时限不超过2小时。境外游艇暂时进境期限最长不超过6个月。"),
    ("二、游艇航行水域。", "游艇可在附件所列开放水域和停泊点航行、停泊。其中，崖州湾开放水域仅限日间航行，海棠湾开放水域实行航行报备制度。"),
    ("三、国际邮轮航线。", "支持邮轮企业开辟以三亚为母港，经停越南下龙湾、岘港，菲律宾马尼拉，马来西亚哥打基纳巴卢等共建“一带一路”国家港口的国际邮轮航线。对以三亚为母港、年度航次达到12个以上的国际邮轮航线，市财政按照每航次30万元给予邮轮运营企业奖励。"),
]
C_H4 = "四、便利跨境服务贸易"
C_ITEMS4 = [
    "（一）允许境外游艇驾驶培训机构在三亚设立独资企业，开展游艇驾驶员培训业务，培训合格人员按规定申领游艇驾驶证。",
    "（二）取得境外执业资格的邮轮游艇维修、船舶检验等专业人员，经备案后可在三亚中央商务区、崖州湾科技城为境内外企业提供服务。",
    "（三）在三亚注册的邮轮游艇企业向境外支付船舶租金、维修费、技术服务费等款项，凭合同和发票在银行直接办理。",
]
C_ITEMS5 = [
    ("五、职责分工。", "市交通运输局（市港口管理局）负责游艇开放水域及停泊点的日常管理；三亚海事局、三亚海关、三亚出入境边防检查站按照职责做好查验监管；市商务局负责跨境服务贸易政策宣传和企业服务。"),
    ("六、", "本公告自2024年10月1日起施行，有效期至2027年9月30日。"),
]
C_ATT = "三亚市游艇开放水域及停泊点一览表"
C_TBL_HEADER = ["序号", "名称", "类别", "所在区", "泊位数（个）", "备注"]
C_TBL = [
    ["1", "三亚鸿洲国际游艇码头", "停泊点", "天涯区", "420", "游艇口岸"],
    ["2", "三亚凤凰岛国际邮轮港游艇泊区", "停泊点", "天涯区", "120", "游艇口岸"],
    ["3", "三亚半山半岛帆船港", "停泊点", "吉阳区", "306", "游艇口岸"],
    ["4", "崖州中心渔港游艇泊区", "停泊点", "崖州区", "80", ""],
    ["5", "三亚湾开放水域", "开放水域", "天涯区", "—", ""],
    ["6", "大东海开放水域", "开放水域", "吉阳区", "—", ""],
    ["7", "海棠湾开放水域", "开放水域", "海棠区", "—", "实行航行报备"],
    ["8", "崖州湾开放水域", "开放水域", "崖州区", "—", "仅限日间航行"],
]


def build_c():
    doc = Document()
    setup_page(doc, "center_em")
    para(doc, "", indent=0)
    title(doc, ["三亚市人民政府办公室关于邮轮游艇和", "跨境服务贸易便利化有关事项的公告"])
    para(doc, C_NUM, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    para(doc, "", indent=0)
    para(doc, C_INTRO)
    for h, t in C_ITEMS1:
        runin(doc, h, t, head_font=HT)
    para(doc, C_H4, HT)
    for t in C_ITEMS4:
        para(doc, t)
    for h, t in C_ITEMS5:
        runin(doc, h, t, head_font=HT)
    para(doc, "特此公告。")
    para(doc, "", indent=0)
    attach_note(doc, [C_ATT])
    signoff(doc, "三亚市人民政府办公室", "2024年9月12日", right_chars=4, blanks=1)
    page_break(doc)
    para(doc, "附件", HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, "", indent=0)
    title(doc, C_ATT)
    para(doc, "", indent=0)
    grid_table(doc, C_TBL_HEADER, C_TBL, [Mm(14), Mm(58), Mm(22), Mm(20), Mm(22), Mm(30)], size=12, left_cols=(1,))
    out = os.path.join(HERE, "blind179_sanya_gonggao.docx")
    doc.save(out)
    return out


def c_clauses():
    return [C_INTRO] + [h + t for h, t in C_ITEMS1] + C_ITEMS4 + [h + t for h, t in C_ITEMS5] + [row_clause(C_TBL_HEADER, r) for r in C_TBL]


# =================================================================== (D) 洋浦经济开发区管理委员会 通知
D_NUM = "浦管〔2024〕47号"
D_TITLE = "洋浦经济开发区管理委员会关于公布2024年度洋浦“一带一路”国际贸易重点培育企业名单的通知"
D_MAIN_TO = "各园区管理机构，管委会各部门，各有关企业："
D_INTRO = "为深入落实《海南自由贸易港洋浦经济开发区条例》，发挥洋浦作为西部陆海新通道国际航运枢纽和共建“一带一路”重要节点的作用，经企业自愿申报、园区推荐、专家评审和社会公示，确定海南洋浦海联国际供应链有限公司等12家企业为2024年度洋浦“一带一路”国际贸易重点培育企业（以下简称培育企业）。现将有关事项通知如下："
D_S1_LEAD = "培育企业分布在洋浦保税港区、石化功能区、新英湾区和小铲滩港区，名单如下："
D_TBL_HEADER = ["序号", "所在园区", "企业名称", "主营业务", "2023年进出口额（亿元）"]
D_TBL = [
    ["1", "洋浦保税港区", "海南洋浦海联国际供应链有限公司", "大宗商品保税仓储和国际分拨", "18.6"],
    ["2", "洋浦保税港区", "海南洋浦泛亚保税燃料有限公司", "国际航行船舶保税燃料油加注", "42.3"],
    ["3", "洋浦保税港区", "海南浦南冷链物流有限公司", "进口冷链食品保税物流", "6.1"],
    ["4", "洋浦保税港区", "海南洋浦新通道跨境电商有限公司", "跨境电商B2B出口", "3.8"],
    ["5", "石化功能区", "海南洋浦华炼新材料有限公司", "高端聚烯烃出口", "27.5"],
    ["6", "石化功能区", "海南浦润石化贸易有限公司", "原油及成品油进出口", "65.2"],
    ["7", "石化功能区", "海南洋浦兴港化工有限公司", "精细化学品出口", "9.4"],
    ["8", "新英湾区", "海南新英湾林浆纸业有限公司", "纸浆进口及纸制品出口", "31.7"],
    ["9", "新英湾区", "海南洋浦丝路国际贸易有限公司", "东盟农产品进口", "4.6"],
    ["10", "新英湾区", "海南新英湾能源装备有限公司", "海上风电装备出口", "2.9"],
    ["11", "小铲滩港区", "海南洋浦汇海国际航运有限公司", "国际集装箱班轮运输（洋浦—东盟航线）", "5.3"],
    ["12", "小铲滩港区", "海南洋浦陆海通多式联运有限公司", "海铁联运和内外贸同船运输", "1.8"],
]
D_TOTAL = ["合计", "", "12家", "", "219.2"]
D_S2 = [
    ("（一）航线和运力保障。", "对培育企业通过洋浦港小铲滩港区开展外贸集装箱运输的，优先安排舱位和泊位；对经洋浦港中转的内外贸同船运输业务，按照每标准箱100元给予物流补贴，单个企业年度补贴不超过200万元。"),
    ("（二）通关便利。", "会同洋浦海关对培育企业实行“一企一策”通关服务，推广“船边直提”“抵港直装”模式，在洋浦保税港区对培育企业优先试点“一线放开、二线管住”进出口管理制度。"),
    ("（三）金融支持。", "培育企业可申请洋浦“自贸港贸易贷”，单户授信额度最高3000万元，管委会按照实际贷款利息的50%给予贴息，贴息期限不超过2年。"),
]
D_S3 = [
    ("（一）", "各园区管理机构要明确专人联系培育企业，每季度走访不少于1次，及时协调解决企业在用地、用工、物流等方面的困难。"),
    ("（二）", "培育企业应当于每季度结束后10日内，通过“洋浦经济运行监测平台”报送进出口、航线使用等数据。"),
    ("（三）", "培育资格有效期2年（2024年7月1日至2026年6月30日）。培育期内企业发生严重违法失信行为或者迁出洋浦经济开发区的，取消其培育资格。"),
]
D_CONTACT = "联系人：管委会贸易和投资促进局　陈立新，电话：0898-28830526。"
D_CHAOSONG = "省商务厅，省交通运输厅，海口海关，洋浦海关。"
D_PRINTER = "洋浦经济开发区管理委员会办公室"
D_PRINTDATE = "2024年6月27日"


def build_d():
    doc = Document()
    setup_page(doc, "gongwen")
    banhead(doc, "洋浦经济开发区管理委员会文件", size=36, scale=80)
    docnum_and_rule(doc, D_NUM)
    title(doc, ["洋浦经济开发区管理委员会关于公布", "2024年度洋浦“一带一路”国际贸易", "重点培育企业名单的通知"])
    para(doc, "", indent=0)
    para(doc, D_MAIN_TO, indent=0)
    para(doc, D_INTRO)
    para(doc, "一、培育企业名单", HT)
    para(doc, D_S1_LEAD)
    tbl = grid_table(doc, D_TBL_HEADER, D_TBL + [D_TOTAL], [Mm(12), Mm(28), Mm(58), Mm(38), Mm(20)], size=11, left_cols=(2, 3))
    # 园区 column merged per 园区, as offices draw it (text in the top cell only)
    vmerge(tbl, 1, 1, 4)
    vmerge(tbl, 1, 5, 7)
    vmerge(tbl, 1, 8, 10)
    vmerge(tbl, 1, 11, 12)
    # 合计 spans 序号+所在园区
    n = len(D_TBL) + 1
    m = tbl.cell(n, 0).merge(tbl.cell(n, 1))
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    para(doc, "二、支持措施", HT)
    for h, t in D_S2:
        runin(doc, h, t, head_font=KT)
    para(doc, "三、有关要求", HT)
    for h, t in D_S3:
        runin(doc, h, t, head_font=FS)
    para(doc, D_CONTACT)
    signoff(doc, "洋浦经济开发区管理委员会", "2024年6月26日", right_chars=2, publicity="（此件主动公开）")
    page_break(doc)
    banji(doc, D_CHAOSONG, D_PRINTER, D_PRINTDATE, blank_lines=BANJI_BLANKS)
    out = os.path.join(HERE, "blind179_yangpu_tongzhi.docx")
    doc.save(out)
    return out


def d_rows():
    out = []
    for r in D_TBL:
        out.append(row_clause(D_TBL_HEADER, r))
    return out


def d_clauses():
    return [D_INTRO, D_S1_LEAD] + d_rows() + [row_clause(D_TBL_HEADER, D_TOTAL)] + [h + t for h, t in D_S2] + [h + t for h, t in D_S3] + [D_CONTACT]


# =================================================================== PDF + expected
def to_pdf(docx_path):
    prof = "/tmp/lo_179"
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_pages(path):
    try:
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return len(pdf.pages)
    except Exception:
        return None


def expected(pages):
    a = {
        "meta": {
            "title": A_TITLE,
            "doc_number": A_NUM,
            "issuer": ["海南省人民政府"],
            "date": "2024-04-18",
            "published": "2024-04-22",
            "level": "provincial",
            "region": "海南省",
            "effective": "2024-05-01",
            "expires": "2029-04-30",
            "attachments": [],
            "doc_type": "通知（印发办法）",
            "recipients": ["各市、县、自治县人民政府", "省政府直属各单位"],
            "publicity": "此件主动公开",
            "issued_instrument": A_BANFA,
            "repeals": ["海南省“一带一路”对外经贸合作资金管理暂行办法（琼府〔2019〕30号）"],
        },
        "clauses": a_clauses(),
        "applies_to": {
            "default": "海南省",
            "specific": {
                "第三条": "各市、县、自治县 / 洋浦经济开发区 (division of duties; 海南省 is fine)",
                "第五条": "洋浦港（洋浦经济开发区）; 海口美兰国际机场（海口市）; 三亚凤凰国际机场（三亚市）",
                "第八条": "洋浦经济开发区; 海口综合保税区（海口市）",
                "第九条": "五指山市; 琼中黎族苗族自治县; 白沙黎族自治县; 保亭黎族苗族自治县",
                "第十二条": "洋浦经济开发区 (its companies file with 洋浦管委会; the rest of the article is province-wide)",
            },
            "note": "共建“一带一路”国家, 东盟, 南亚, 中东 (第五条) are destinations, not places where the clause applies. 海口海关 (版记) is an organ. 海南省内 in 第十一条 is the default.",
        },
        "_note": (
            "One 公文: the 印发 notice 琼府〔2024〕21号 (red 版头 海南省人民政府文件, 文号 line + red rule, title in ONE paragraph that wraps by itself, 主送, one-sentence body, 落款 海南省人民政府 2024年4月18日, （此件主动公开）) "
            "followed — on a new page, without any 附件 label or 附件说明, as 琼府 印发 notices are — by the 办法 itself: its title typed in one paragraph with a soft line break after 经贸合作, "
            "centred 黑体 chapter headings 第一章　总则 … 第五章　附则 (headings, not clauses; tolerable as heading clauses/path), and 第一条…第十七条 with a 黑体 run-in article number followed by an ideographic space. "
            "Each article is one clause; 第四条 (（一）…（四）) and 第十五条 (（一）…（三）) have items on their own paragraphs — expected lists them as separate clauses after the lead-in; keeping them inside the article clause is tolerable (low) as long as no text is lost. "
            "Reading the whole as two documents (the notice + the 办法, title = 办法 title, same issuer/date) is tolerable; the 办法 title must not be glued to anything and its soft break must not leave a space or newline. "
            "Furniture: 版头, 文号 line, 主送 (→ recipients), 落款, （此件主动公开） (→ publicity), the 版记 after the last article (抄送：… / 海南省人民政府办公厅 2024年4月22日印发, between rules), footer “— N —” (odd right, even left). "
            "date = 2024-04-18 (落款 of the notice); 2024-04-22 is the 印发 date; effective = 2024-05-01 (第十七条); expires: 有效期5年 from 2024-05-01 → 2029-04-30 (2029-05-01 or null with effective right = low; 2024-xx as expiry = high). "
            "2019年6月 and 琼府〔2019〕30号 belong to the repealed 暂行办法 and must not become this document's date or number. Level provincial, region 海南省."
        ),
        "_pdf": {
            "pages": pages.get("blind179_hainan_banfa"),
            "note": "Same text; the title wraps in the PDF at a point LibreOffice chooses (must be re-joined with no space). Page numbers “— N —” alternate right/left. The 办法 starts on page 2. Articles that cross a page boundary must be joined across the page number. Same expected metadata and clauses.",
        },
    }
    b = {
        "meta": {
            "title": B_TITLE,
            "doc_number": None,
            "issuer": ["海口市商务局"],
            "date": "2024-07-05",
            "published": None,
            "level": "municipal",
            "region": "海南省海口市",
            "effective": None,
            "expires": None,
            "attachments": [B_ATT],
            "doc_type": "申报指南",
            "recipients": [],
            "publicity": None,
            "application_window": "2024-07-15 — 2024-08-16",
        },
        "clauses": b_clauses(),
        "applies_to": {
            "default": "海南省海口市",
            "specific": {
                "一、（一）": "海口市 incl. 海口江东新区, 海口国家高新技术产业开发区, 海口综合保税区 (an inclusive list: the clause is city-wide)",
                "三、（二）": "海口江东新区; 海口国家高新区; 海口综合保税区 (where their companies file)",
                "咨询电话": "秀英区; 龙华区; 琼山区; 美兰区 (contact line; placing it in these 区 is tolerable)",
            },
            "note": "东盟、中东、中亚 (intro) and 共建“一带一路”国家 are markets, not places. 海府〔2023〕88号 is a cited document, not this one's number.",
        },
        "_note": (
            "An ordinary web-posted 申报指南: NO red 版头, NO 文号, NO 主送, NO 版记 and no publicity line — doc_number must be null (inventing one from 海府〔2023〕88号 in the intro is high). "
            "Title typed in one paragraph with a soft line break after “一带一路”. 一、申报条件 / 二、申报材料 / 三、申报时间和方式 / 四、其他事项 are 黑体 heading paragraphs (not clauses; tolerable as heading clauses). "
            "一、 has a lead-in sentence and five （一）…（五） conditions (each its own paragraph, each a clause). 二、 is a list 1.…6. (each its own clause) plus a trailing sentence 以上材料均须…一式两份。 "
            "三、 has run-in 楷体 headings （一）申报时间。… — heading + text = one clause. 四、 has （一）（二） with plain text. The 咨询电话 line is one clause (it must not be glued to 附件说明 or to （二）). "
            "附件说明 附件：2024年海口市…申报表 → attachments (not a clause). 落款 海口市商务局 / 2024年7月5日 → issuer, date. "
            "The 附件 (label 附件, title in two soft-broken lines) is a blank application FORM (4-column table with merged cells, □ check boxes, a 承诺 text and 盖章/年月日 blanks): none of it is a policy clause; reading its cells as clauses is tolerable (low) if they stay in the 附件 and are not glued to body clauses. "
            "2024-07-15…2024-08-16 is the application window, not effective/expires (reading them as effective/expires = low). Page numbers “- N -” centred."
        ),
        "_pdf": {
            "pages": pages.get("blind179_haikou_zhinan"),
            "note": "Same text; page numbers “- N -” centred; the form prints with empty cells and □ boxes. Same expected metadata and clauses.",
        },
    }
    c = {
        "meta": {
            "title": C_TITLE,
            "doc_number": C_NUM,
            "issuer": ["三亚市人民政府办公室"],
            "date": "2024-09-12",
            "published": None,
            "level": "municipal",
            "region": "海南省三亚市",
            "effective": "2024-10-01",
            "expires": "2027-09-30",
            "attachments": [C_ATT],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
        },
        "clauses": c_clauses(),
        "applies_to": {
            "default": "海南省三亚市",
            "specific": {
                "一、": "三亚凤凰岛国际邮轮港（天涯区）; 三亚鸿洲国际游艇码头（天涯区）; 三亚半山半岛帆船港（吉阳区）",
                "二、": "崖州湾（崖州区）; 海棠湾（海棠区） (plus the 附件 waters)",
                "四、（二）": "三亚中央商务区; 崖州湾科技城（崖州区）",
                "附件 row 1": "天涯区（三亚鸿洲国际游艇码头）",
                "附件 row 2": "天涯区（三亚凤凰岛国际邮轮港）",
                "附件 row 3": "吉阳区（三亚半山半岛帆船港）",
                "附件 row 4": "崖州区（崖州中心渔港）",
                "附件 row 5": "天涯区（三亚湾）",
                "附件 row 6": "吉阳区（大东海）",
                "附件 row 7": "海棠区（海棠湾）",
                "附件 row 8": "崖州区（崖州湾）",
            },
            "note": "越南下龙湾、岘港, 菲律宾马尼拉, 马来西亚哥打基纳巴卢 (三、) are ports of call abroad — they must NOT become where the clause applies (it applies in 三亚). 三亚海事局/三亚海关/三亚出入境边防检查站 are organs.",
        },
        "_note": (
            "A 公告: no red 版头, no 主送, no 版记. Title in one paragraph with a soft line break after 邮轮游艇和; the line 第5号 under the title is the 公告 number → doc_number (\"第5号\"; \"三亚市人民政府办公室公告第5号\" also fine; it must not be glued to the title). "
            "Body: intro ending 现将有关事项公告如下：; 一、二、三、 with 黑体 run-in headings (heading + text = one clause); 四、便利跨境服务贸易 is a heading paragraph with no text (not a clause) followed by （一）（二）（三） paragraphs (each a clause); "
            "五、 run-in; 六、 has no heading words (just the number) — its text is the effect clause. 特此公告。 is a closing formula (furniture; tolerable as a clause, low). "
            "附件：三亚市游艇开放水域及停泊点一览表 → attachments. 落款 三亚市人民政府办公室 / 2024年9月12日 (→ date). Then the 附件: label 附件, table title (one paragraph), an 8-row table (序号/名称/类别/所在区/泊位数（个）/备注; empty 备注 cells omitted in the expected row text). "
            "effective 2024-10-01, expires 2027-09-30 (六、). Page numbers “— N —” centred."
        ),
        "_pdf": {
            "pages": pages.get("blind179_sanya_gonggao"),
            "note": "Same text; the table has ruled cells (the 名称 column left-aligned). Same expected metadata and clauses.",
        },
    }
    d = {
        "meta": {
            "title": D_TITLE,
            "doc_number": D_NUM,
            "issuer": ["洋浦经济开发区管理委员会"],
            "date": "2024-06-26",
            "published": "2024-06-27",
            "level": "municipal",
            "region": "海南省洋浦经济开发区",
            "effective": "2024-07-01",
            "expires": "2026-06-30",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各园区管理机构", "管委会各部门", "各有关企业"],
            "publicity": "此件主动公开",
        },
        "clauses": d_clauses(),
        "applies_to": {
            "default": "海南省洋浦经济开发区",
            "specific": dict(
                [("一、 row %s" % r[0], r[1]) for r in D_TBL]
                + [
                    ("二、（一）", "洋浦港小铲滩港区"),
                    ("二、（二）", "洋浦保税港区"),
                ]
            ),
            "note": "洋浦 lies in 儋州市 but is administered by its own 管委会: region 海南省儋州市（洋浦经济开发区） is fine, 儋州市 alone is low. 东盟 (row 9, row 11) is a market, not a place. 海口海关/洋浦海关 are organs. level: 洋浦 is a 国家级开发区 with city-level powers — municipal (county tolerable).",
        },
        "_note": (
            "Red 版头 洋浦经济开发区管理委员会文件 (condensed), 文号 浦管〔2024〕47号 + red rule, title in one paragraph with two soft line breaks (after 关于公布 and after 国际贸易 — rejoin without space), 主送 (3 recipients). "
            "Body: intro; 一、培育企业名单 (heading) + a lead-in sentence + an in-body Word table: 序号 | 所在园区 | 企业名称 | 主营业务 | 2023年进出口额（亿元）, 12 rows + 合计 (合计 spans 序号+所在园区). "
            "The 所在园区 column is VERTICALLY MERGED by 园区 (洋浦保税港区 rows 1–4, 石化功能区 5–7, 新英湾区 8–10, 小铲滩港区 11–12; text only in the top cell): every row must still carry its 园区 (blank 园区 on rows 2–4, 6–7, 9–10, 12 = medium; it is the place of the row). The 合计 row as a clause or dropped: both tolerable. "
            "二、支持措施 with 楷体 run-in （一）（二）（三） (heading + text = one clause); 三、有关要求 （一）（二）（三） plain. The 联系人 line comes right after 三、（三） and is its own clause: it must not be glued to （三） (that would put a phone number into the 培育资格 clause) — low/medium. "
            "落款 洋浦经济开发区管理委员会 / 2024年6月26日; （此件主动公开）; 版记 抄送：省商务厅，省交通运输厅，海口海关，洋浦海关。 / 洋浦经济开发区管理委员会办公室 2024年6月27日印发 (furniture; 2024-06-27 is 印发 = published, not date). "
            "effective/expires here = the 培育资格 period 2024-07-01 … 2026-06-30 (三、（三）); null for both is tolerable (low), 2024-06-26 as effective tolerable. Page numbers “— N —” odd right / even left."
        ),
        "_pdf": {
            "pages": pages.get("blind179_yangpu_tongzhi"),
            "note": "Same text; in the PDF each merged 园区 cell prints ONCE, vertically centred across its rows (so e.g. 洋浦保税港区 sits between rows 2 and 3 and 新英湾区 on row 9): rows must still get their 园区 and the 园区 word must not be glued to a neighbouring row's text. Header row repeats if the table breaks across a page. Same expected metadata and clauses.",
        },
    }
    return {
        "blind179_hainan_banfa": [a],
        "blind179_haikou_zhinan": [b],
        "blind179_sanya_gonggao": [c],
        "blind179_yangpu_tongzhi": [d],
    }


def main():
    files = [build_a(), build_b(), build_c(), build_d()]
    for f in files:
        to_pdf(f)
    pages = {}
    for f in files:
        stem = os.path.splitext(os.path.basename(f))[0]
        pages[stem] = pdf_pages(os.path.join(HERE, stem + ".pdf"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(pages), fh, ensure_ascii=False, indent=1)
    print("wrote", files, pages)


if __name__ == "__main__":
    main()
