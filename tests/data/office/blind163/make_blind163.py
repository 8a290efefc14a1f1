# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 163: ordinary Word files of north-eastern, northern and inland offices.

Writes next to itself (python-docx for the Word files, LibreOffice for the PDFs):
  blind163_jilin_opinion.docx / .pdf      吉林省人民政府 意见 (对外开放, 中欧班列（长满欧）), 一、（一）1. outline
  blind163_shanxi_notice.docx / .pdf      山西省发展和改革委员会 通知 + 附件 项目清单 table (landscape section)
  blind163_nanchang_measures.docx / .pdf  南昌市人民政府办公室 印发 管理办法 (第X条, 施行 + 有效期5年)
  blind163_qinghai_reply.docx / .pdf      青海省商务厅 复函 to 西宁市商务局 (信函格式, 此复, 联系人)
  expected.json

Run:  . /work/venv/bin/activate && python make_blind163.py
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
SAN = 16    # 三号
ER = 22     # 二号
SI = 14     # 四号
LINE = Pt(28.95)
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY


# ------------------------------------------------------------------ helpers
def set_font(run, east, size, bold=False, color=None):
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


def para(container, text="", east=FS, size=SAN, align=J, indent=2, bold=False, color=None, line=LINE):
    p = container.add_paragraph()
    pf = p.paragraph_format
    p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, head_bold=False):
    p = para(doc, "")
    set_font(p.add_run(head), head_font, SAN, head_bold)
    set_font(p.add_run(body), FS, SAN)
    return p


def border(p, side, sz, color, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def page_field(p, size=SI, dash="— "):
    def r(t):
        set_font(p.add_run(t), ST, size)
    r(dash)
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
    r(dash[::-1])


def setup(doc, footer="oddeven", first_page_blank=False):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(24)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)
    if footer == "oddeven":
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(SI)
        page_field(ep)
    else:
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        page_field(fp, dash="- ")
    if first_page_blank:
        s.different_first_page_header_footer = True
    sp = s._sectPr
    grid = sp.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")
    doc.core_properties.author = "Administrator"
    doc.core_properties.title = ""
    return s


def banhead(doc, text, size=44, scale=None):
    p = para(doc, "", XBZ, size, C, 0, line=Pt(size * 1.2))
    r = p.add_run(text)
    set_font(r, XBZ, size, color=RED)
    if scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))


def docnum_rule(doc, number):
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, number, FS, SAN, C, 0)
    border(p, "bottom", 18, "FF0000", 8)
    para(doc, "", indent=0)


def title_block(doc, parts, mode):
    """mode: 'one' = single paragraph; 'soft' = one paragraph with soft breaks; 'paras' = one paragraph per line."""
    if mode == "paras":
        for t in parts:
            para(doc, t, XBZ, ER, C, 0, line=Pt(33))
    else:
        p = para(doc, "", XBZ, ER, C, 0, line=Pt(33))
        for i, t in enumerate(parts):
            r = p.add_run(t)
            set_font(r, XBZ, ER)
            if mode == "soft" and i < len(parts) - 1:
                r.add_break()
    para(doc, "", indent=0)


def signoff(doc, issuer, date, right=4, blank=1):
    for _ in range(blank):
        para(doc, "", indent=0)
    p = para(doc, issuer, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right)
    p = para(doc, date, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right + 1 if len(date) < 11 else right))


def banji_paras(doc, chaosong, printer, printdate, blank=0):
    for _ in range(blank):
        para(doc, "", indent=0)
    p = para(doc, "", FS, SI, L, 0, line=Pt(26))
    p.paragraph_format.left_indent = Pt(SI * 4)
    p.paragraph_format.first_line_indent = Pt(-SI * 3)
    p.paragraph_format.right_indent = Pt(SI)
    set_font(p.add_run("抄送：" + chaosong), FS, SI)
    border(p, "top", 12, "000000", 2)
    p = para(doc, "", FS, SI, L, 0, line=Pt(26))
    p.paragraph_format.left_indent = Pt(SI)
    p.paragraph_format.right_indent = Pt(SI)
    set_font(p.add_run(printer), FS, SI)
    set_font(p.add_run("\t" + printdate + "印发"), FS, SI)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8700"/></w:tabs>' % nsdecls("w")))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def banji_table(doc, chaosong, printer, printdate, blank=0):
    """版记 drawn as a 2-row table with only horizontal rules, as many office templates do."""
    for _ in range(blank):
        para(doc, "", indent=0)
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = t._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="12" w:color="000000"/><w:left w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="12" w:color="000000"/><w:right w:val="nil"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))
    c0 = t.cell(0, 0).paragraphs[0]
    c0.paragraph_format.left_indent = Pt(SI * 4)
    c0.paragraph_format.first_line_indent = Pt(-SI * 3)
    c0.paragraph_format.line_spacing = Pt(26)
    set_font(c0.add_run("抄送：" + chaosong), FS, SI)
    c1 = t.cell(1, 0).paragraphs[0]
    c1.paragraph_format.left_indent = Pt(SI)
    c1.paragraph_format.line_spacing = Pt(26)
    set_font(c1.add_run(printer), FS, SI)
    set_font(c1.add_run("\t" + printdate + "印发"), FS, SI)
    c1._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8500"/></w:tabs>' % nsdecls("w")))
    para(doc, "", indent=0, size=2, line=Pt(2))  # Word always keeps a paragraph after a table


def cell_text(cell, text, east=FS, size=12, align=C, bold=False):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = None
    set_font(p.add_run(text), east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def emit(doc, blocks):
    """blocks: ('h', text, font) heading (no clause); ('p', text) clause; ('ri', head, body, font[, bold]) clause.
    Returns the clause texts in order."""
    out = []
    for b in blocks:
        if b[0] == "h":
            para(doc, b[1], b[2], SAN, J, 2)
        elif b[0] == "p":
            para(doc, b[1])
            out.append(b[1])
        elif b[0] == "ri":
            runin(doc, b[1], b[2], b[3], b[4] if len(b) > 4 else False)
            out.append(b[1] + b[2])
    return out


# ================================================================== 1. 吉林
JL_TITLE = "吉林省人民政府关于进一步扩大对外开放推动中欧班列（长满欧）高质量发展的意见"
JL_NUM = "吉政发〔2024〕6号"
JL_TO = "各市（州）人民政府，长白山管委会，长春新区、中韩（长春）国际合作示范区管委会，梅河口市人民政府，各县（市）人民政府，省政府各厅委办、各直属机构："
JL_CHAOSONG = "省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，吉林省军区，长春海关。"
JL_BLOCKS = [
    ("p", "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，加快建设面向东北亚开放合作枢纽，推动中欧班列（长满欧）提质增效，以高水平对外开放促进全省经济高质量发展，现提出如下意见。"),
    ("h", "一、总体要求", HT),
    ("p", "坚持以习近平新时代中国特色社会主义思想为指导，深度融入共建“一带一路”，以中欧班列（长满欧）为骨干通道，推动内外联动、陆海统筹。到2025年，中欧班列（长满欧）年开行量达到600列以上，全省货物贸易进出口总额达到1800亿元；到2027年，基本建成东北亚国际物流集散中心。"),
    ("h", "二、提升中欧班列（长满欧）运营水平", HT),
    ("ri", "（一）扩大班列开行规模。", "依托长春国际陆港，稳定开行长春经满洲里至德国施瓦茨海德、波兰马拉舍维奇等线路，加密俄罗斯莫斯科方向班列，2024年开行量力争达到500列。支持吉林市、四平市、通化市组织本地货源经“长满欧”班列集结发运。", KT),
    ("ri", "（二）完善集结分拨体系。", "构建以长春为枢纽、省内主要城市为节点的班列集结分拨网络。", KT),
    ("ri", "1.建设长春国际陆港集结中心。", "在长春市绿园区建设中欧班列集结中心，2024年底前完成一期铁路专用线和集装箱堆场建设，年作业能力达到30万标准箱。", FS),
    ("ri", "2.布局省内分拨节点。", "在吉林市、延边州珲春市、白城市各布局1个分拨节点，开行至长春国际陆港的“点对点”集装箱班列，每周不少于2列。", FS),
    ("ri", "3.拓展回程货源。", "支持班列运营企业在德国、波兰设立海外仓和集货点，扩大汽车零部件、木材等回程货物组织，回程班列占比提高到45%以上。", FS),
    ("ri", "（三）降低班列综合物流成本。", "省级财政对中欧班列（长满欧）给予运营补贴，2024年补贴额度不超过全程运费的30%，2025年降至25%。", KT),
    ("h", "三、拓展对外开放平台", HT),
    ("ri", "（一）提升开放平台能级。", "支持长春新区、中韩（长春）国际合作示范区对标自由贸易试验区开展改革探索，每年形成制度创新案例10项以上，积极争取设立中国（吉林）自由贸易试验区。", KT),
    ("ri", "（二）建设图们江区域合作开发平台。", "推动珲春至俄罗斯扎鲁比诺港陆海联运航线常态化运营，力争2025年集装箱运量达到5万标准箱。", KT),
    ("ri", "（三）用好综合保税区。", "推动长春兴隆综合保税区、珲春综合保税区、吉林综合保税区发展保税维修、跨境电商等新业态，2025年全省综合保税区进出口额达到300亿元。", KT),
    ("h", "四、优化口岸和营商环境", HT),
    ("ri", "（一）提高通关效率。", "对中欧班列货物实行“7×24小时”预约通关，进出口整体通关时间较2023年压缩10%以上。", KT),
    ("ri", "（二）加强口岸基础设施建设。", "加快沿边口岸改造升级，提升口岸通行和查验能力。", KT),
    ("ri", "1.推进公路口岸提档升级。", "2025年底前完成珲春市圈河口岸联检楼改扩建工程，推进和龙市南坪口岸、临江市临江口岸查验设施改造。", FS),
    ("ri", "2.提升航空口岸保障能力。", "支持长春龙嘉国际机场开通至首尔、东京等国际货运航线，2024年新开通2条。", FS),
    ("ri", "（三）强化金融支持。", "鼓励金融机构开发“班列运单融资”产品，省级财政对运单质押贷款按年化1%给予贴息，单户企业年度贴息不超过200万元。", KT),
    ("h", "五、强化保障措施", HT),
    ("ri", "（一）加强组织领导。", "省对外开放工作领导小组统筹推进本意见实施，省商务厅负责日常协调。各市（州）政府于每年1月15日前报送上年度工作进展情况。", KT),
    ("ri", "（二）强化资金保障。", "省级财政每年安排对外开放和中欧班列发展专项资金3亿元。", KT),
    ("ri", "（三）严格督导考核。", "将对外开放和中欧班列发展工作纳入对市（州）政府绩效考核内容。", KT),
    ("p", "本意见自2024年4月1日起施行，有效期至2027年12月31日。"),
]


def build_jilin():
    doc = Document()
    setup(doc, "oddeven")
    banhead(doc, "吉林省人民政府文件", 46, scale=90)
    docnum_rule(doc, JL_NUM)
    title_block(doc, [JL_TITLE], "one")
    para(doc, JL_TO, indent=0)
    clauses = emit(doc, JL_BLOCKS)
    signoff(doc, "吉林省人民政府", "2024年3月18日", right=4)
    para(doc, "（此件公开发布）", FS, SAN, L, 2)
    banji_paras(doc, JL_CHAOSONG, "吉林省人民政府办公厅", "2024年3月20日", blank=BLANK["JL"])
    out = os.path.join(HERE, "blind163_jilin_opinion.docx")
    doc.save(out)
    return out, clauses



# ================================================================== 2. 山西
SX_TITLE_PARTS = ["山西省发展和改革委员会关于下达", "2024年山西省融入共建“一带一路”", "重点项目清单的通知"]
SX_TITLE = "".join(SX_TITLE_PARTS)
SX_NUM = "晋发改外资发〔2024〕158号"
SX_TO = "各市发展改革委，山西综改示范区管委会，省直有关单位，各有关企业："
SX_ATT = "2024年山西省融入共建“一带一路”重点项目清单"
SX_HEADER = ["序号", "项目名称", "建设地点", "总投资（亿元）", "建设年限"]
SX_GROUPS = [
    ("一、陆港物流和中欧班列项目（4个）", [
        ("太原中欧班列集结中心（二期）项目", "太原市清徐县", "42.6", "2023—2025年"),
        ("大同国际陆港多式联运物流园项目", "大同市云冈区", "28.3", "2024—2026年"),
        ("侯马国际陆港铁路专用线扩能项目", "临汾市侯马市", "15.8", "2024—2025年"),
        ("晋中中鼎物流园冷链集装箱基地项目", "晋中市榆次区", "9.6", "2024—2025年"),
    ]),
    ("二、国际产能合作和境外投资项目（4个）", [
        ("山西建投集团哈萨克斯坦建材产业园项目", "哈萨克斯坦阿拉木图州", "36.0", "2024—2027年"),
        ("太重集团风电装备出口配套产业园项目", "太原市万柏林区", "22.5", "2024—2026年"),
        ("潞安化工集团煤基新材料国际合作项目", "长治市潞城区", "118.0", "2023—2027年"),
        ("运城“一带一路”镁合金产业园项目", "运城市盐湖区", "48.2", "2024—2026年"),
    ]),
    ("三、开放平台和贸易服务项目（4个）", [
        ("太原武宿综合保税区跨境电商产业园项目", "太原市小店区", "12.4", "2024—2025年"),
        ("大同云冈国际机场航空物流园项目", "大同市云州区", "18.7", "2024—2026年"),
        ("吕梁临空经济区进口商品展示交易中心项目", "吕梁市方山县", "6.9", "2024—2025年"),
        ("忻州杂粮出口加工基地项目", "忻州市忻府区", "8.1", "2024—2025年"),
    ]),
]
SX_TOTAL = round(sum(float(r[2]) for _, rows in SX_GROUPS for r in rows), 1)
SX_BLOCKS = [
    ("p", "为深入贯彻落实省委、省政府关于推动山西深度融入共建“一带一路”的部署要求，经各市申报、专家评审和委务会议研究，确定2024年山西省融入共建“一带一路”重点项目12个，总投资%.1f亿元（详见附件）。现将有关事项通知如下：" % SX_TOTAL),
    ("ri", "一、压实项目推进责任。", "各市发展改革委要会同项目单位逐项明确年度建设目标和责任人。未开工项目要在2024年6月30日前全部开工，续建项目要加快建设进度，确保全年完成投资120亿元以上。", HT),
    ("ri", "二、强化要素保障。", "省发展改革委会同省自然资源厅、省生态环境厅对列入清单的项目开辟审批“绿色通道”，符合条件的优先推荐申报中央预算内投资。", HT),
    ("ri", "三、加快陆港和中欧班列项目建设。", "太原市要在2024年9月底前完成太原中欧班列集结中心（二期）项目清徐县境内铁路专用线铺轨；大同市要推进大同国际陆港与京包铁路连接线建设；临汾市要推动侯马国际陆港扩能项目于2025年6月底前建成投用。", HT),
    ("ri", "四、加强境外项目风险防控。", "境外投资项目单位要严格落实境外投资备案（核准）管理规定，重大事项及时报告省发展改革委和省商务厅。", HT),
    ("ri", "五、实行动态调度管理。", "各市发展改革委于每月5日前报送项目进展情况；对连续两个季度投资完成率低于50%的项目，调出重点项目清单。", HT),
    ("p", "联系人：省发展改革委利用外资和境外投资处　赵建平，电话：0351-3046127。"),
]


def build_shanxi():
    doc = Document()
    setup(doc, "center")
    banhead(doc, "山西省发展和改革委员会文件", 40, scale=80)
    docnum_rule(doc, SX_NUM)
    title_block(doc, SX_TITLE_PARTS, "paras")
    para(doc, SX_TO, indent=0)
    clauses = emit(doc, SX_BLOCKS)
    para(doc, "", indent=0)
    p = para(doc, "附件：" + SX_ATT, indent=2)
    signoff(doc, "山西省发展和改革委员会", "2024年5月9日", right=2)
    para(doc, "（此件公开发布）", FS, SAN, L, 2)
    # attachment in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(28)
    sec.footer_distance = Mm(15)
    sec.left_margin, sec.right_margin = Mm(35), Mm(37)
    para(doc, "附件", HT, SAN, L, 0)
    para(doc, "", indent=0)
    para(doc, SX_ATT, XBZ, ER, C, 0, line=Pt(33))
    para(doc, "", indent=0, line=Pt(14))
    n = sum(len(r) for _, r in SX_GROUPS)
    t = doc.add_table(rows=1 + n + len(SX_GROUPS) + 1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    widths = [Mm(16), Mm(95), Mm(60), Mm(32), Mm(35)]
    for ci, w in enumerate(widths):
        t.columns[ci].width = w
    for ci, h in enumerate(SX_HEADER):
        cell_text(t.cell(0, ci), h, HT, 12)
    tr = t.rows[0]._tr
    tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    rows_out = []
    ri = 1
    k = 1
    for gname, rows in SX_GROUPS:
        m = t.cell(ri, 0).merge(t.cell(ri, 4))
        cell_text(m, gname, HT, 12, L)
        ri += 1
        for r in rows:
            vals = [str(k)] + list(r)
            for ci, v in enumerate(vals):
                cell_text(t.cell(ri, ci), v, FS, 12, L if ci == 1 else C)
            rows_out.append(row_clause(SX_HEADER, vals))
            ri += 1
            k += 1
    m = t.cell(ri, 0).merge(t.cell(ri, 2))
    cell_text(m, "合计", HT, 12)
    cell_text(t.cell(ri, 3), "%.1f" % SX_TOTAL, HT, 12)
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = w
        row._tr.get_or_add_trPr().append(parse_xml('<w:trHeight %s w:val="560"/>' % nsdecls("w")))
    total = "序号：合计；总投资（亿元）：%.1f" % SX_TOTAL
    # 版记 back in portrait on the last page
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.PORTRAIT
    sec2.page_width, sec2.page_height = Mm(210), Mm(297)
    sec2.top_margin, sec2.bottom_margin = Mm(37), Mm(35)
    sec2.left_margin, sec2.right_margin = Mm(28), Mm(26)
    sec2.footer_distance = Mm(24)
    banji_table(doc, "国家发展改革委利用外资和境外投资司，省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅，省商务厅，太原海关。",
                "山西省发展和改革委员会办公室", "2024年5月10日", blank=BLANK["SX"])
    out = os.path.join(HERE, "blind163_shanxi_notice.docx")
    doc.save(out)
    return out, clauses, rows_out, total



# ================================================================== 3. 南昌
NC_MEASURES = "南昌市支持企业开拓共建“一带一路”市场专项资金管理办法"
NC_TITLE = "南昌市人民政府办公室关于印发" + NC_MEASURES + "的通知"
NC_NUM = "洪府办发〔2024〕35号"
NC_TO = "各县（区）人民政府，各开发区（新区）管委会，市政府各部门："
NC_COVER = "《" + NC_MEASURES + "》已经市政府同意，现印发给你们，请认真贯彻执行。"
# (chapter heading or None, article head, article text, [items])
NC_ARTICLES = [
    ("第一章　总　　则", "第一条", "为贯彻落实国家和省关于推动共建“一带一路”高质量发展的决策部署，支持本市企业开拓共建“一带一路”国家和地区市场，规范专项资金管理，提高资金使用效益，根据《中华人民共和国预算法》《江西省省级外经贸发展专项资金管理办法》等规定，结合本市实际，制定本办法。", []),
    (None, "第二条", "本办法所称专项资金，是指市级财政预算安排，用于支持企业开拓共建“一带一路”国家和地区市场、发展外向型经济的资金。专项资金年度规模根据市级财力状况确定，原则上每年不少于5000万元。", []),
    (None, "第三条", "专项资金的管理和使用遵循“公开透明、突出重点、注重绩效、强化监督”的原则。", []),
    ("第二章　职责分工", "第四条", "市商务局负责编制年度申报指南，组织项目申报和评审，提出资金分配建议，开展绩效管理和监督检查。", []),
    (None, "第五条", "市财政局负责专项资金的预算管理和资金拨付，会同市商务局开展绩效评价和监督检查。", []),
    (None, "第六条", "各县（区）、开发区（新区）商务主管部门负责本辖区项目的政策宣传、申报受理、初审和资金拨付后的跟踪管理。", []),
    ("第三章　支持范围和标准", "第七条", "专项资金重点支持以下事项：", [
        "（一）参加境外展会。企业参加市商务局确定的共建“一带一路”国家重点展会的，按展位费的70%给予补助，单个企业年度补助不超过30万元。",
        "（二）中欧班列和铁海联运。对经南昌县向塘国际陆港发运的中欧班列、铁海联运班列货物，按每标准箱500元给予货主企业补助，单个企业年度补助不超过100万元。",
        "（三）海外仓建设。企业在共建“一带一路”国家新建或租用面积3000平方米以上海外仓的，按实际投资额的20%给予一次性补助，最高不超过200万元。",
        "（四）境外投资和对外承包工程。企业在共建“一带一路”国家开展境外投资、承揽对外承包工程项目的，按中方实际投资额或营业额的2%给予补助，最高不超过300万元。",
    ]),
    (None, "第八条", "在南昌经济技术开发区、南昌高新技术产业开发区、小蓝经济技术开发区注册的企业，当年对共建“一带一路”国家出口额增长30%以上的，在第七条规定标准基础上上浮10%给予支持。", []),
    (None, "第九条", "同一项目已获得中央、省级同类资金支持的，市级不重复支持。单个企业年度获得专项资金支持总额不超过500万元。", []),
    ("第四章　申报和审核", "第十条", "申报企业应当在本市行政区域内依法注册，具有独立法人资格，近3年内无严重失信记录，未发生重大安全生产、环境污染事故。", []),
    (None, "第十一条", "专项资金按年度申报。市商务局每年3月底前发布申报指南，企业向注册地县（区）、开发区（新区）商务主管部门提交申报材料。", []),
    (None, "第十二条", "县（区）、开发区（新区）商务主管部门初审后报市商务局，市商务局会同市财政局组织第三方机构评审，评审结果在市商务局门户网站公示5个工作日。公示无异议的，由市财政局按程序拨付资金。", []),
    ("第五章　监督管理", "第十三条", "专项资金实行全过程绩效管理。市商务局应于每年12月底前完成上年度资金绩效自评，绩效评价结果作为下一年度资金安排的重要依据。", []),
    (None, "第十四条", "企业有下列情形之一的，追回已拨付资金，5年内不得申报市级财政专项资金；涉嫌犯罪的，依法移送司法机关处理：", [
        "（一）提供虚假材料骗取专项资金的；",
        "（二）擅自改变资金用途的；",
        "（三）拒不配合监督检查的。",
    ]),
    ("第六章　附　　则", "第十五条", "本办法由市商务局、市财政局负责解释。", []),
    (None, "第十六条", "本办法自2024年9月1日起施行，有效期5年。《南昌市外经贸发展专项资金管理暂行办法》（洪府办发〔2019〕41号）同时废止。", []),
]


def build_nanchang():
    doc = Document()
    setup(doc, "oddeven")
    banhead(doc, "南昌市人民政府办公室文件", 40, scale=85)
    docnum_rule(doc, NC_NUM)
    title_block(doc, ["南昌市人民政府办公室关于印发南昌市", "支持企业开拓共建“一带一路”市场", "专项资金管理办法的通知"], "soft")
    para(doc, NC_TO, indent=0)
    para(doc, NC_COVER)
    clauses = [NC_COVER]
    signoff(doc, "南昌市人民政府办公室", "2024年7月26日", right=3, blank=2)
    para(doc, "（此件主动公开）", FS, SAN, L, 2)
    p = para(doc, "", indent=0)
    p.paragraph_format.page_break_before = True
    title_block(doc, ["南昌市支持企业开拓共建“一带一路”", "市场专项资金管理办法"], "soft")
    for chap, head, text, items in NC_ARTICLES:
        if chap:
            para(doc, chap, HT, SAN, C, 0)
        p = para(doc, "")
        set_font(p.add_run(head + "　"), HT, SAN)
        set_font(p.add_run(text), FS, SAN)
        clauses.append(head + "　" + text)
        for it in items:
            para(doc, it)
            clauses.append(it)
    banji_paras(doc, "市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院，南昌警备区。",
                "南昌市人民政府办公室", "2024年7月29日", blank=BLANK["NC"])
    out = os.path.join(HERE, "blind163_nanchang_measures.docx")
    doc.save(out)
    return out, clauses



# ================================================================== 4. 青海 复函
QH_TITLE = "青海省商务厅关于支持西宁市中欧（中亚）班列和南亚公铁联运班列发展有关事项的复函"
QH_NUM = "青商函〔2024〕87号"
QH_TO = "西宁市商务局："
QH_BLOCKS = [
    ("p", "你局《关于商请支持西宁市中欧（中亚）班列和南亚公铁联运班列发展的函》（宁商务函〔2024〕42号）收悉。经研究，现函复如下："),
    ("ri", "一、关于中欧（中亚）班列运营补助。", "经商省财政厅，从2024年省级外经贸发展专项资金中对西宁市开行的中欧（中亚）班列按每列8万元给予运营补助，全年不超过500万元。请你局做好货源组织，确保月均开行不少于6列。", HT),
    ("ri", "二、关于跨境电商监管中心项目。", "同意将西宁综合保税区跨境电商监管中心项目纳入2025年全省开放型经济重点项目库。", HT),
    ("ri", "三、关于开行南亚公铁联运班列。", "对由西宁经格尔木至西藏吉隆口岸、出境至尼泊尔加德满都的公铁联运班列，我厅原则同意。", HT),
    ("ri", "（一）", "请你局对接海西州商务局、格尔木市政府和西藏自治区商务厅，做好线路测试和通关衔接，首列试运行前15个工作日报我厅。", FS),
    ("ri", "（二）", "班列运营满6个月后，我厅将会同省财政厅评估开行效果，再研究是否纳入省级补助范围。", FS),
    ("ri", "四、关于进口商品分拨中心。", "在湟中区设立省级进口商品分拨中心的建议暂不采纳，可依托双寨物流园区统筹建设。", HT),
    ("ri", "五、关于与海东市协同发展。", "支持西宁市与海东市依托西宁曹家堡国际机场开展航空货运协作。", HT),
    ("ri", "六、工作要求。", "请你局于每季度首月10日前将班列开行和资金使用情况报送我厅。", HT),
]
QH_CONTACT = "联系人：马晓明，电话：0971-6304512。"


def build_qinghai():
    doc = Document()
    s = setup(doc, "center", first_page_blank=True)
    s.top_margin = Mm(30)
    # 信函格式: issuer name only, red double rule (thick over thin), 文号 flush right under it
    p = para(doc, "青海省商务厅", XBZ, 36, C, 0, line=Pt(44))
    p.runs[0].font.color.rgb = RED
    p = para(doc, "", indent=0, line=Pt(10))
    border(p, "bottom", 24, "FF0000", 1, val="thickThinSmallGap")
    p = para(doc, QH_NUM, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN)
    para(doc, "", indent=0)
    title_block(doc, [QH_TITLE], "one")
    para(doc, QH_TO, indent=0)
    clauses = emit(doc, QH_BLOCKS)
    para(doc, "此复。")
    para(doc, QH_CONTACT)
    clauses.append(QH_CONTACT)
    signoff(doc, "青海省商务厅", "2024年10月15日", right=3, blank=1)
    for _ in range(BLANK["QH"]):
        para(doc, "", indent=0)
    p = para(doc, "抄送：省财政厅，西宁海关，海东市商务局，海西州商务局。", FS, SI, L, 0, line=Pt(26))
    border(p, "top", 8, "000000", 2)
    border(p, "bottom", 8, "000000", 2)
    out = os.path.join(HERE, "blind163_qinghai_reply.docx")
    doc.save(out)
    return out, clauses




BLANK = {"JL": 0, "SX": 0, "NC": 0, "QH": 0}


# ================================================================== PDFs
def to_pdf(path):
    prof = "/tmp/lo_163"
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def pdf_pages(pdf):
    import pdfplumber
    with pdfplumber.open(pdf) as p:
        return [pg.extract_text() or "" for pg in p.pages]


# ================================================================== expected.json
def expected(jl, sx, sx_rows, sx_total, nc, qh, pages):
    return {
        "blind163_jilin_opinion": [{
            "meta": {
                "title": JL_TITLE,
                "doc_number": JL_NUM,
                "issuer": ["吉林省人民政府"],
                "date": "2024-03-18",
                "published": "2024-03-20",
                "level": "provincial",
                "region": "吉林省",
                "effective": "2024-04-01",
                "expires": "2027-12-31",
                "attachments": [],
                "doc_type": "意见",
                "recipients": ["各市（州）人民政府", "长白山管委会", "长春新区、中韩（长春）国际合作示范区管委会", "梅河口市人民政府", "各县（市）人民政府", "省政府各厅委办、各直属机构"],
                "publicity": "此件公开发布",
            },
            "clauses": jl,
            "applies_to": {
                "default": "吉林省",
                "specific": {
                    "二、（一）": "长春国际陆港（长春市）; 吉林市、四平市、通化市",
                    "二、（二）1.": "长春市绿园区",
                    "二、（二）2.": "吉林市、延边朝鲜族自治州珲春市、白城市",
                    "三、（一）": "长春新区、中韩（长春）国际合作示范区（长春市）",
                    "三、（二）": "延边州珲春市 (the route starts at 珲春; 扎鲁比诺港 is in Russia)",
                    "三、（三）": "长春兴隆综合保税区（长春市）、珲春综合保税区（珲春市）、吉林综合保税区（吉林市）",
                    "四、（二）1.": "珲春市（圈河口岸）、和龙市（南坪口岸）、临江市（临江口岸）",
                    "四、（二）2.": "长春龙嘉国际机场（长春市）",
                },
                "note": "德国施瓦茨海德、波兰马拉舍维奇、俄罗斯莫斯科、白俄罗斯明斯克、满洲里（内蒙古）、扎鲁比诺港、首尔/东京 are route ends or destinations: they must not place a clause abroad or in 内蒙古. 二、（二） says 以长春为枢纽 but is a network-wide statement (长春市 tolerable). 长白山管委会 and 梅河口市 appear only in 主送 (they are recipients, not the place of any clause). 中国（吉林）自由贸易试验区 does not exist (三、（一） only asks to apply for one): a reader must not tag the document as an FTZ 片区 document.",
            },
            "_note": "Furniture, not clauses: red 版头 吉林省人民政府文件; 文号 line 吉政发〔2024〕6号 and the red rule under it; the title (one paragraph, wraps to two lines by itself); 主送 line (→ recipients; 6 entries, the 3rd joined with 、 is ONE recipient); 落款 吉林省人民政府 / 2024年3月18日; （此件公开发布）; 版记 (抄送 line + 吉林省人民政府办公厅 2024年3月20日印发, between rules, after blank paragraphs at the bottom of the last page); footer page numbers “— N —” (odd pages right, even pages left). Outline: 一、…五、 are 黑体 headings on their own line with no text of their own (not clauses; tolerable as heading clauses, low). （一）… are run-in 楷体 headings: heading + text = ONE clause. 1. 2. 3. are run-in items under （二） (二、 and 四、): each is its own clause, and its lead （二） paragraph is a clause too (merging 1.–3. into （二） is low). Labels: a clause under 二、（二） must not be labelled 三、 etc. — (一)(二)(三) restart under each 一、. 一、总体要求 has no （一）: its paragraph belongs to 一、. date = 成文日期 2024-03-18 (落款); 2024-03-20 is the 印发 date (版记) and must not become date. effective 2024-04-01 and expires 2027-12-31 come from the last body paragraph (本意见自2024年4月1日起施行，有效期至2027年12月31日), NOT from 成文日期. The years 2025 / 2027 in 一、 are targets, not expiry. level provincial, region 吉林省. No attachments. 4 pages (%d in the PDF)." % pages["jilin"],
            "_pdf": {"note": "same expected metadata and clauses as the .docx; PDF furniture: page numbers “— N —” alternating right/left, the 版记 at the bottom of the last page; run-in headings are visually the same line as their text (font change only); the long title wraps to two lines and must be re-joined without a space."},
        }],
        "blind163_shanxi_notice": [{
            "meta": {
                "title": SX_TITLE,
                "doc_number": SX_NUM,
                "issuer": ["山西省发展和改革委员会"],
                "date": "2024-05-09",
                "published": "2024-05-10",
                "level": "provincial",
                "region": "山西省",
                "effective": None,
                "expires": None,
                "attachments": [SX_ATT],
                "doc_type": "通知",
                "recipients": ["各市发展改革委", "山西综改示范区管委会", "省直有关单位", "各有关企业"],
                "publicity": "此件公开发布",
            },
            "clauses": sx + sx_rows + [sx_total],
            "applies_to": {
                "default": "山西省",
                "specific": {
                    "三、": "太原市（清徐县）、大同市、临汾市（侯马市）",
                    "附件 row 1": "太原市清徐县",
                    "附件 row 2": "大同市云冈区",
                    "附件 row 3": "临汾市侯马市",
                    "附件 row 4": "晋中市榆次区",
                    "附件 row 5": "abroad: 哈萨克斯坦阿拉木图州 (a Shanxi enterprise's overseas project; the reader must not invent a Chinese place for it; 山西省 as the default is tolerable)",
                    "附件 row 6": "太原市万柏林区",
                    "附件 row 7": "长治市潞城区",
                    "附件 row 8": "运城市盐湖区",
                    "附件 row 9": "太原市小店区",
                    "附件 row 10": "大同市云州区",
                    "附件 row 11": "吕梁市方山县",
                    "附件 row 12": "忻州市忻府区",
                },
                "note": "京包铁路 (三、) is a railway, not a place. 山西综改示范区 is in the 主送 only. 太原海关 (版记) is an organ.",
            },
            "_note": "Furniture, not clauses: red 版头 山西省发展和改革委员会文件; 文号 line 晋发改外资发〔2024〕158号 + red rule; the title typed as TWO paragraphs (…关于下达2024年山西省 / 融入共建“一带一路”重点项目清单的通知) which must be joined into ONE title (title split into two, or only the first line, is high); 主送 (→ recipients); 附件说明 附件：2024年山西省融入共建“一带一路”重点项目清单 (→ attachments); 落款 + 2024年5月9日; （此件公开发布）; the label 附件 and the table title on the attachment page; 版记 drawn as a 2-row table with horizontal rules only (抄送… / 山西省发展和改革委员会办公室 2024年5月10日印发) on its own last page after blank paragraphs — a 1-column table; it must NOT become a clause (nor a ‘table row’ clause like ‘抄送：…’); page numbers “- N -” centred. Body 一、…五、 are run-in 黑体 headings: heading + text = one clause. The contact line is a clause (dropping it is low). The 附件 is a Word table in a LANDSCAPE section: header row 序号|项目名称|建设地点|总投资（亿元）|建设年限 (marked as repeating header row); 3 group rows merged across all 5 columns (一、陆港物流和中欧班列项目（4个） etc.) — these are group headings, not project rows (as clauses tolerable, low; carrying the group into each row is a bonus); 12 project rows; a 合计 row whose first three cells are merged (as a clause or dropped, both tolerable). Each project row must keep its 建设地点 and 总投资 with the right column names: ‘总投资（亿元）：118.0’ — a number glued to the wrong column or a row split in two is medium. The table may break over a page: the repeated header on page 2 (if any) must not become a row. date 2024-05-09; 2024-05-10 is the 印发 date. No effective/expires (a 下达 notice; 2024-06-30 / 2024年9月底 / 2025年6月底 are deadlines, not expiry). %d pages in the PDF." % pages["shanxi"],
            "_pdf": {"note": "same expected metadata and clauses; in the PDF the table pages are landscape; the table has ruling lines; the 合计 row spans the first three columns; the 版记 table sits at the bottom of the last (portrait) page; the repeated header row prints again if the table breaks."},
        }],
        "blind163_nanchang_measures": [{
            "meta": {
                "title": NC_TITLE,
                "doc_number": NC_NUM,
                "issuer": ["南昌市人民政府办公室"],
                "date": "2024-07-26",
                "published": "2024-07-29",
                "level": "municipal",
                "region": "江西省南昌市",
                "effective": "2024-09-01",
                "expires": "2029-08-31",
                "attachments": [],
                "doc_type": "通知（印发管理办法）",
                "measures_title": NC_MEASURES,
                "recipients": ["各县（区）人民政府", "各开发区（新区）管委会", "市政府各部门"],
                "publicity": "此件主动公开",
                "repeals": "《南昌市外经贸发展专项资金管理暂行办法》（洪府办发〔2019〕41号）",
            },
            "clauses": nc,
            "applies_to": {
                "default": "江西省南昌市",
                "specific": {
                    "第七条（二）": "南昌县（向塘国际陆港）",
                    "第八条": "南昌经济技术开发区、南昌高新技术产业开发区、小蓝经济技术开发区",
                },
                "note": "共建“一带一路”国家 do not place a clause abroad. 江西省 (《江西省省级外经贸发展专项资金管理办法》 in 第一条) is a cited law's name, not the place of 第一条. 南昌警备区 (版记) is an organ.",
            },
            "_note": "One file, one document: the cover 通知 (1 clause) followed, after a page break, by the 办法 itself (title typed as one paragraph with a soft line break, 6 chapters, 第一条…第十六条). Treating the 办法 as a second document (title = " + NC_MEASURES + ", same issuer/date/effective/expires) is tolerable; what is not: the 办法 title or chapter headings becoming clauses of their own in a way that glues them to articles, or the 办法 being lost. Furniture: red 版头 南昌市人民政府办公室文件; 文号 + red rule; the notice title (one paragraph with a soft line break after 开拓 — re-join without a space); 主送; 落款 南昌市人民政府办公室 / 2024年7月26日; （此件主动公开）; the 办法 title; chapter headings 第一章　总　　则 … 第六章　附　　则 (centred 黑体, no text; as heading clauses tolerable, low — but a chapter heading glued onto the previous article's text is medium); 版记 (抄送… / 南昌市人民政府办公室 2024年7月29日印发) at the bottom of the last page; page numbers “— N —”. Articles: 第X条 is a 黑体 run followed by a full-width space and the text: one clause per article, label 第X条. 第七条 and 第十四条 each have a lead sentence and （一）… items on separate paragraphs: the items are clauses labelled under their article (merging them into the article is low; items labelled as if they were new articles, or 第十四条（一） labelled 第七条（一）, is medium). date 2024-07-26 (成文); 2024-07-29 印发. effective 2024-09-01 from 第十六条 (本办法自2024年9月1日起施行，有效期5年); expires = 5 years later, 2029-08-31 (2029-09-01 tolerable; null is medium because the 有效期 is stated; 2029 end from 成文日期 is wrong). 洪府办发〔2019〕41号 in 第十六条 is the repealed document's number, not this document's 文号. %d pages in the PDF." % pages["nanchang"],
            "_pdf": {"note": "same expected metadata and clauses; in the PDF the full-width space after 第X条 may print as a wide gap; the chapter headings are centred lines of their own; page numbers alternate right/left."},
        }],
        "blind163_qinghai_reply": [{
            "meta": {
                "title": QH_TITLE,
                "doc_number": QH_NUM,
                "issuer": ["青海省商务厅"],
                "date": "2024-10-15",
                "published": None,
                "level": "provincial",
                "region": "青海省",
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "复函",
                "recipients": ["西宁市商务局"],
                "publicity": None,
                "replies_to": "《关于商请支持西宁市中欧（中亚）班列和南亚公铁联运班列发展的函》（宁商务函〔2024〕42号）",
            },
            "clauses": qh,
            "applies_to": {
                "default": "青海省西宁市 (the reply is addressed to 西宁市商务局 and concerns 西宁市; 青海省 tolerable, low)",
                "specific": {
                    "二、": "西宁综合保税区（西宁市）",
                    "三、 / 三、（一）": "西宁市 → 海西州格尔木市 (route); 西藏吉隆口岸 and 尼泊尔加德满都 are route ends (another province / abroad): the clause must not be placed in 西藏 or 尼泊尔",
                    "四、": "西宁市湟中区 / 双寨物流园区（西宁市）",
                    "五、": "西宁市、海东市（西宁曹家堡国际机场 is in 海东市）",
                },
                "note": "海西州商务局 / 格尔木市政府 / 西藏自治区商务厅 in 三、（一） are organs to liaise with; 海东市商务局 / 海西州商务局 in the 抄送 line are recipients of copies.",
            },
            "_note": "信函格式: 版头 is the organ name 青海省商务厅 only (no 文件), red, over a red thick-thin double rule; the 文号 青商函〔2024〕87号 is flush RIGHT under the rule (not centred); the first page has no page number (different first page), later pages “- N -” centred. Furniture: 版头, rule, 文号, title, 主送 西宁市商务局：, 此复。 (closing formula, not a clause; tolerable as one, low), 落款 青海省商务厅 / 2024年10月15日, and the 抄送 line between thin rules at the end (no 印发 line in a 信函). The first paragraph (你局《…》（宁商务函〔2024〕42号）收悉…) is a clause; 宁商务函〔2024〕42号 is the INCOMING letter's number and must not become doc_number. 一、…六、 are run-in 黑体 headings, heading + text = one clause. 三、 has two sub-items （一）（二） with NO heading of their own (number + text): each is a clause labelled under 三、 (merged into 三、 is low). The contact line (联系人…) is a clause or metadata (either fine; as part of the 落款 lost entirely is low). No publicity line, no 印发 date (published null). date 2024-10-15. %d pages in the PDF." % pages["qinghai"],
            "_pdf": {"note": "same expected metadata and clauses; page 1 has no page number; the 文号 is on the right edge under the double rule."},
        }],
    }


def tune(key, build):
    """Put the 版记 at the foot of the last page, as offices do by typing blank lines."""
    BLANK[key] = 0
    res = build()
    n0 = len(pdf_pages(to_pdf(res[0])))
    b = 0
    while True:
        BLANK[key] = b + 1
        res = build()
        if len(pdf_pages(to_pdf(res[0]))) > n0 or b > 30:
            break
        b += 1
    BLANK[key] = b
    return build()


def main():
    jl_path, jl = tune("JL", build_jilin)
    sx_path, sx, sx_rows, sx_total = tune("SX", build_shanxi)
    nc_path, nc = tune("NC", build_nanchang)
    qh_path, qh = tune("QH", build_qinghai)
    print(BLANK)
    pages = {}
    for key, pth in (("jilin", jl_path), ("shanxi", sx_path), ("nanchang", nc_path), ("qinghai", qh_path)):
        pdf = to_pdf(pth)
        pages[key] = len(pdf_pages(pdf))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(jl, sx, sx_rows, sx_total, nc, qh, pages), fh, ensure_ascii=False, indent=1)
    print(pages)


if __name__ == "__main__":
    main()
