# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 165: the most ordinary documents of central ministries and national bodies.

Writes next to itself (python-docx for the Word files, LibreOffice for the PDFs):
  blind165_customs_gonggao.docx / .pdf   海关总署公告2024年第87号: red 版头 海关总署公告 + 2024年第87号,
      title without issuer, 一、…九、 points, 特此公告, 附件 口岸名单 as a Word table (13 rows) on its own page.
  blind165_safe_tongzhi.docx / .pdf      国家外汇管理局 通知 汇发〔2024〕18号 to its 分局: red 版头, 一、 headings on
      their own line, （一） run-in 楷体 headings, 执行中如遇问题…, 联系电话 line, 落款, 版记 (抄送 / 综合司 印发).
  blind165_mof_gonggao.docx / .pdf       财政部 税务总局公告2024年第24号 on 海南自由贸易港 企业所得税: no red 版头,
      number line above the title, numbered points, 执行期限 2025-01-01—2027-12-31, 特此公告, two-organ 落款 on one line.
  blind165_mot_fuhan.docx / .pdf         交通运输部办公厅 复函 交办运函〔2024〕1580号 to 云南省交通运输厅 (信函格式:
      red 发文机关标志 without 文件, double red rule, 文号 right-aligned, no page number on page 1), 此复, 抄送 版记.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind165.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
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
SAN_HAO, ER_HAO, SI_HAO, XIAO_SI = 16, 22, 14, 12
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


def para(doc, text="", east=FS, size=SAN_HAO, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False,
         color=None, line=LINE, left=None, right=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.widow_control = False
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


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def add_page_field(p, left="— ", right=" —", size=SI_HAO, east=ST):
    def r(text):
        rr = p.add_run(text)
        set_font(rr, east, size)
        return rr
    r(left)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        rr = p.add_run()
        set_font(rr, east, size)
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
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN_HAO)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    if footer == "oddeven":            # GB/T 9704: odd pages right, even pages left, “— N —”
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(SI_HAO)
        add_page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(SI_HAO)
        add_page_field(ep)
    elif footer == "center":           # plain “- N -” centred, as many ministry web Word files have
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_page_field(fp, "- ", " -", size=XIAO_SI)
    elif footer == "letter":           # 信函格式: no page number on page 1, centred “— N —” after
        s.different_first_page_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_page_field(fp)
    grid = s._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        s._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")


def red_head(doc, text, size=40, spacing=0):
    p = para(doc, "", XBZ, size, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(size * 1.2))
    r = p.add_run(text)
    set_font(r, XBZ, size, color=RED)
    if spacing:
        r._element.get_or_add_rPr().append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
    return p


def title_para(doc, parts):
    """Title in one paragraph; a soft line break between the parts (as offices break long titles)."""
    p = para(doc, "", XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    for i, t in enumerate(parts):
        r = p.add_run(t)
        set_font(r, XBZ, ER_HAO)
        if i < len(parts) - 1:
            r.add_break()
    return p


def signoff(doc, lines, right_chars=4):
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    for ln in lines:
        p = para(doc, ln, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
        p.paragraph_format.right_indent = Pt(SAN_HAO * right_chars)


def banji(doc, chaosong, printer=None, printdate=None, blank_lines=0):
    for _ in range(blank_lines):
        para(doc, "", indent=0)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO * 4)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    p.paragraph_format.first_line_indent = Pt(-SI_HAO * 3)
    set_font(p.add_run("抄送：" + chaosong), FS, SI_HAO)
    border(p, "top", 12, "000000", 2)
    if printer is None:
        border(p, "bottom", 12, "000000", 2)
        return
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    set_font(p.add_run(printer), FS, SI_HAO)
    set_font(p.add_run("\t" + printdate + "印发"), FS, SI_HAO)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def attachment_note(doc, titles):
    """附件：1．… / 2．… with hanging indent (or a single title without number)."""
    para(doc, "", indent=0)
    if len(titles) == 1:
        p = para(doc, "附件：" + titles[0], indent=0, left=Pt(SAN_HAO * 5))
        p.paragraph_format.first_line_indent = Pt(-SAN_HAO * 3)
        return
    for i, t in enumerate(titles, 1):
        p = para(doc, ("附件：" if i == 1 else "") + "%d．%s" % (i, t), indent=0, left=Pt(SAN_HAO * 6.5))
        p.paragraph_format.first_line_indent = Pt(-SAN_HAO * (4.5 if i == 1 else 1.5))


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def add_table(doc, header, rows, widths_mm, size=XIAO_SI):
    tbl = doc.add_table(rows=1 + len(rows), cols=len(header))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(tbl.rows[0])
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    tblpr = tbl._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    for ri in range(len(rows) + 1):
        for ci, w in enumerate(widths_mm):
            tbl.cell(ri, ci).width = Mm(w)
    for ci, txt in enumerate(header):
        c = tbl.cell(0, ci)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(c.paragraphs[0].add_run(txt), HT, size)
    for ri, row in enumerate(rows, start=1):
        for ci, txt in enumerate(row):
            c = tbl.cell(ri, ci)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER if ci in (0,) else WD_ALIGN_PARAGRAPH.LEFT
            if txt:
                set_font(c.paragraphs[0].add_run(txt), FS, size)
    return tbl


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# =================================================================== 1. 海关总署公告
CU_NUM_LINE = "2024年第87号"
CU_NUM = "海关总署公告2024年第87号"
CU_TITLE = "关于在部分自由贸易试验区口岸推广进口货物“船边直提”和出口货物“抵港直装”作业模式的公告"
CU_TITLE_PARTS = ["关于在部分自由贸易试验区口岸推广进口货物", "“船边直提”和出口货物“抵港直装”作业模式的公告"]
CU_INTRO = "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，服务共建“一带一路”高质量发展，进一步压缩货物整体通关时间，海关总署决定在部分自由贸易试验区口岸推广进口货物“船边直提”和出口货物“抵港直装”作业模式。现将有关事项公告如下："
CU_POINTS = [
    "一、本公告所称“船边直提”，是指进口货物在运输工具抵港前完成申报，经海关风险研判无需实施查验的，在船舶靠泊卸货后由收货人或其代理人直接提离港区的作业模式；“抵港直装”，是指出口货物完成申报并在运抵港区前经海关放行，运抵后直接装船出运的作业模式。",
    "二、自2024年8月1日起，在附件所列13个自由贸易试验区口岸推广上述作业模式。附件所列口岸以外的其他水运口岸具备条件的，由直属海关报经海关总署同意后参照实施。",
    "三、选择“船边直提”“抵港直装”作业模式的进出口货物收发货人或其代理人，应当采用“提前申报”方式，在进境船舶抵港24小时前（近洋航线为船舶驶离启运港后）或出口货物运抵港区72小时前向海关申报，并如实填报运输工具名称、航次号和预计抵港（运抵）时间。",
    "四、海关对“船边直提”进口货物需要实施检查的，优先在船边或码头前沿实施查验；需要实施实验室检测的，可在货物提离港区后按照“先放后检”方式办理，检测结果出具前，收货人应当将货物存放在海关认可的场所，不得擅自销售、使用。涉及动植物检疫、进口食品安全和进口商品检验的，按照现行规定办理。",
    "五、在中国（上海）自由贸易试验区临港新片区上海洋山港口岸、中国（浙江）自由贸易试验区宁波片区宁波舟山港口岸，试行“船边直提”与“铁路快通”作业衔接，进口货物经海关放行后可直接装载海铁联运班列运抵内陆目的地，无需办理转关手续。",
    "六、在中国（山东）自由贸易试验区青岛片区青岛港口岸、中国（广西）自由贸易试验区钦州港片区钦州港口岸，对原产于《区域全面经济伙伴关系协定》（RCEP）成员国和共建“一带一路”国家的生鲜易腐货物，在“船边直提”基础上实施“预约查验、即到即检”，力争在货物抵港后6小时内完成通关。",
    "七、海关高级认证企业优先适用本公告规定的作业模式；海关认定的失信企业，以及近一年内因走私或者违反海关监管规定被海关处罚的企业，不适用本公告规定的作业模式。",
    "八、港口经营人、理货单位应当按照海关规定，及时、准确向海关传输船舶靠泊、集装箱装卸和理货数据。各直属海关应当于2024年7月20日前会同地方口岸管理部门完成口岸作业系统对接测试。",
    "九、本公告自2024年8月1日起施行。海关总署公告2020年第35号（关于在部分口岸开展进口货物“船边直提”试点的公告）同时废止。",
]
CU_ATT = "自由贸易试验区推广“船边直提”“抵港直装”作业模式口岸名单"
CU_HEADER = ["序号", "所在自由贸易试验区（片区）", "口岸名称", "主管海关", "备注"]
CU_ROWS = [
    ["1", "中国（上海）自由贸易试验区临港新片区", "上海洋山港口岸", "上海海关", "试行与“铁路快通”衔接"],
    ["2", "中国（天津）自由贸易试验区天津港片区", "天津港口岸", "天津海关", ""],
    ["3", "中国（辽宁）自由贸易试验区大连片区", "大连港口岸", "大连海关", ""],
    ["4", "中国（河北）自由贸易试验区曹妃甸片区", "唐山港曹妃甸港区口岸", "石家庄海关", ""],
    ["5", "中国（山东）自由贸易试验区青岛片区", "青岛港口岸", "青岛海关", "生鲜易腐货物“即到即检”"],
    ["6", "中国（江苏）自由贸易试验区连云港片区", "连云港港口岸", "南京海关", ""],
    ["7", "中国（浙江）自由贸易试验区宁波片区", "宁波舟山港口岸", "宁波海关", "试行与“铁路快通”衔接"],
    ["8", "中国（福建）自由贸易试验区厦门片区", "厦门港口岸", "厦门海关", ""],
    ["9", "中国（广东）自由贸易试验区南沙新区片区", "广州港南沙港区口岸", "广州海关", ""],
    ["10", "中国（广东）自由贸易试验区深圳前海蛇口片区", "深圳蛇口港口岸", "深圳海关", ""],
    ["11", "中国（广西）自由贸易试验区钦州港片区", "钦州港口岸", "南宁海关", "生鲜易腐货物“即到即检”"],
    ["12", "中国（海南）自由贸易试验区", "洋浦港口岸", "海口海关", "洋浦经济开发区"],
    ["13", "中国（湖北）自由贸易试验区武汉片区", "武汉港阳逻港区口岸", "武汉海关", "长江内河口岸"],
]


def build_customs():
    doc = Document()
    setup_page(doc, "oddeven")
    para(doc, "", indent=0)
    red_head(doc, "海关总署公告", size=48, spacing=20)
    para(doc, "", indent=0)
    p = para(doc, CU_NUM_LINE, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, "", indent=0)
    title_para(doc, CU_TITLE_PARTS)
    para(doc, "", indent=0)
    para(doc, CU_INTRO)
    for t in CU_POINTS:
        para(doc, t)
    para(doc, "特此公告。")
    attachment_note(doc, [CU_ATT])
    signoff(doc, ["海关总署", "2024年6月27日"], right_chars=4)
    page_break(doc)
    para(doc, "附件", HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, "", indent=0)
    para(doc, CU_ATT, XBZ, 20, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(30))
    para(doc, "", indent=0)
    add_table(doc, CU_HEADER, CU_ROWS, [12, 56, 38, 24, 26])
    out = os.path.join(HERE, "blind165_customs_gonggao.docx")
    doc.save(out)
    return out


# =================================================================== 2. 国家外汇管理局 通知
SA_NUM = "汇发〔2024〕18号"
SA_TITLE = "国家外汇管理局关于进一步深化自由贸易试验区跨境资金便利化试点的通知"
SA_TITLE_PARTS = ["国家外汇管理局关于进一步深化", "自由贸易试验区跨境资金便利化试点的通知"]
SA_MAIN_TO = "国家外汇管理局各省、自治区、直辖市分局、外汇管理部，深圳、大连、青岛、厦门、宁波市分局；各全国性中资银行："
SA_INTRO = "为贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，服务共建“一带一路”高质量发展，进一步提升自由贸易试验区（以下简称自贸试验区）跨境贸易投资便利化水平，国家外汇管理局决定在自贸试验区深化跨境资金便利化试点。现就有关事项通知如下："
SA_SECTIONS = [
    ("一、优化经常项目资金结算", [
        ("（一）扩大优质企业贸易外汇收支便利化试点。", "自贸试验区内注册的银行分支机构可按照“了解客户、了解业务、尽职审查”的展业原则，为信用良好、合规经营的企业办理贸易外汇收支便利化业务，凭企业提交的收付款指令直接办理货物贸易和服务贸易资金收付。试点企业名单由所在地外汇分局审核确认，上年度货物贸易收支规模不再设置下限。"),
        ("（二）支持新型离岸国际贸易发展。", "自贸试验区内银行可为真实合规的离岸转手买卖、全球采购、委托境外加工等新型离岸国际贸易提供跨境资金结算便利。单笔等值50万美元以下的离岸转手买卖收支，银行可凭企业提交的合同或发票等单证中的一种办理。"),
        ("（三）便利跨境电商等贸易新业态结算。", "自贸试验区内银行可凭交易电子信息，为跨境电子商务、市场采购贸易、外贸综合服务企业办理单笔等值20万美元以下的贸易外汇收支，并可为境内个人办理跨境电子商务项下结售汇。"),
    ]),
    ("二、便利资本项目资金使用", [
        ("（一）扩大资本项目收入支付便利化范围。", "自贸试验区内企业可凭《资本项目账户资金支付命令函》，直接在银行办理资本金、外债和境外上市等资本项目收入在境内的支付使用，无需事前逐笔提供真实性证明材料；单笔支付金额超过等值500万美元的，银行应当进行事后抽查。"),
        ("（二）开展跨境融资便利化试点。", "在中国（上海）自由贸易试验区临港新片区、中国（广东）自由贸易试验区深圳前海蛇口片区、中国（北京）自由贸易试验区科技创新片区，符合条件的高新技术和“专精特新”企业可在不超过等值1000万美元的额度内自主借用外债。"),
        ("（三）支持开展本外币一体化资金池业务。", "在中国（天津）自由贸易试验区、中国（重庆）自由贸易试验区、中国（湖北）自由贸易试验区武汉片区，允许上年度本外币国际收支规模超过等值1亿美元的跨国公司集团开展本外币一体化资金池业务，外债和境外放款额度按照宏观审慎原则集中管理。"),
        ("（四）扩大合格境外有限合伙人试点。", "在中国（四川）自由贸易试验区成都天府新区片区、中国（陕西）自由贸易试验区西安高新区功能区开展合格境外有限合伙人（QFLP）外汇管理试点，单家试点管理企业募集境外资金规模上限为等值5亿美元，可用于对共建“一带一路”相关项目的股权投资。"),
    ]),
    ("三、加强组织实施和风险防范", [
        ("（一）制定实施细则。", "各分局应当结合辖内自贸试验区实际制定实施细则，于2024年10月31日前报国家外汇管理局备案后实施。"),
        ("（二）落实银行展业责任。", "试点银行应当建立健全内部控制制度，加强交易背景审查和异常交易监测，发现可疑交易的，应当及时向所在地外汇分局报告。"),
        ("（三）做好监测报告。", "各分局应当于每季度结束后15个工作日内，将辖内自贸试验区试点业务开展情况、典型案例和风险情况报送国家外汇管理局。"),
    ]),
]
SA_TAIL = [
    "本通知自2024年10月1日起施行。以前规定与本通知不一致的，以本通知为准。",
    "国家外汇管理局各分局接到本通知后，应当及时转发辖内中心支局、支局、城市商业银行、农村商业银行、外资银行、农村合作银行。执行中如遇问题，请及时向国家外汇管理局反馈。",
    "联系电话：010-68402255（经常项目管理司），010-68402310（资本项目管理司）。",
]
SA_CHAOSONG = "国务院办公厅，中国人民银行各分行、营业管理部，商务部，海关总署，税务总局，金融监管总局。"
SA_PRINTER = "国家外汇管理局综合司"
SA_PRINTDATE = "2024年9月14日"


def build_safe():
    doc = Document()
    setup_page(doc, "oddeven")
    para(doc, "", indent=0)
    red_head(doc, "国家外汇管理局文件", size=44)
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, SA_NUM, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", 18, "E60012", 8)
    para(doc, "", indent=0)
    title_para(doc, SA_TITLE_PARTS)
    para(doc, "", indent=0)
    para(doc, SA_MAIN_TO, indent=0)
    para(doc, SA_INTRO)
    for head, items in SA_SECTIONS:
        para(doc, head, HT)
        for h, b in items:
            runin(doc, h, b)
    for t in SA_TAIL:
        para(doc, t)
    signoff(doc, ["国家外汇管理局", "2024年9月12日"], right_chars=4)
    banji(doc, SA_CHAOSONG, SA_PRINTER, SA_PRINTDATE, blank_lines=6)
    out = os.path.join(HERE, "blind165_safe_tongzhi.docx")
    doc.save(out)
    return out


# =================================================================== 3. 财政部 税务总局公告
MF_NUM = "财政部 税务总局公告2024年第24号"
MF_TITLE = "财政部 税务总局关于海南自由贸易港企业所得税优惠政策有关事项的公告"
MF_INTRO = "为支持海南自由贸易港建设，推动海南自由贸易港高水平开放和共建“一带一路”重要战略支点建设，现就海南自由贸易港企业所得税优惠政策有关事项公告如下："
MF_ITEMS = [
    "一、对注册在海南自由贸易港并实质性运营的鼓励类产业企业，减按15%的税率征收企业所得税。本条所称鼓励类产业企业，是指以《海南自由贸易港鼓励类产业目录》中规定的产业项目为主营业务，且其主营业务收入占企业收入总额60%以上的企业。",
    "二、对在海南自由贸易港设立的旅游业、现代服务业、高新技术产业企业新增境外直接投资取得的所得，免征企业所得税。享受免税的新增境外直接投资所得应当同时符合以下条件：",
    "（一）从境外新设分支机构取得的营业利润，或者从持股比例超过20%（含）的境外子公司分回的、与新增境外直接投资相对应的股息所得；",
    "（二）被投资国（地区）的企业所得税法定税率不低于5%。",
    "三、对在海南自由贸易港设立的企业，新购置（含自建、自行开发）固定资产或无形资产，单位价值不超过500万元（含）的，允许一次性计入当期成本费用在计算应纳税所得额时扣除，不再分年度计算折旧和摊销；单位价值超过500万元的，可以缩短折旧、摊销年限或者采取加速折旧、摊销的方法。",
    "四、本公告所称实质性运营，是指企业的实际管理机构设在海南自由贸易港，并对企业生产经营、人员、账务、财产等实施实质性全面管理和控制。不符合实质性运营条件的企业，不得享受本公告规定的优惠政策。",
    "五、对总机构设在海南自由贸易港的符合条件的企业，仅就其设在海南自由贸易港的总机构和分支机构的所得，适用15%税率；对总机构设在海南自由贸易港以外的企业，仅就其设在海南自由贸易港内的符合条件的分支机构的所得，适用15%税率。",
    "六、在洋浦经济开发区注册并实质性运营、以洋浦港为枢纽从事国际中转集拼和国际船舶管理业务的企业，其取得的国际中转集拼和国际船舶管理业务收入，可计入本公告第一条规定的主营业务收入。",
    "七、在海口江东新区、三亚崖州湾科技城注册并实质性运营的高新技术产业企业，其当年度研发费用占营业收入比例不低于5%的，视同符合本公告第四条关于人员和财产实质性管理的要求。",
    "八、企业享受本公告规定的优惠政策，采取“自行判别、申报享受、相关资料留存备查”的方式办理。国家税务总局海南省税务局应当会同海南省财政厅加强后续管理，对不符合条件享受优惠的，依法追缴税款。",
    "九、本公告执行期限为2025年1月1日至2027年12月31日。《财政部 税务总局关于海南自由贸易港企业所得税优惠政策的通知》（财税〔2020〕31号）执行至2024年12月31日。",
]


def build_mof():
    doc = Document()
    setup_page(doc, "center")
    p = para(doc, MF_NUM, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    para(doc, "", indent=0)
    title_para(doc, [MF_TITLE])
    para(doc, "", indent=0)
    para(doc, MF_INTRO)
    for t in MF_ITEMS:
        para(doc, t)
    para(doc, "特此公告。")
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    # two organs on one 落款 line, spaced apart, date under (joint 公告)
    p = para(doc, "财政部　　　　　　税务总局", FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 2)
    p = para(doc, "2024年12月20日", FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * 4)
    out = os.path.join(HERE, "blind165_mof_gonggao.docx")
    doc.save(out)
    return out


# =================================================================== 4. 交通运输部办公厅 复函
MT_NUM = "交办运函〔2024〕1580号"
MT_TITLE = "交通运输部办公厅关于中国（云南）自由贸易试验区红河片区开展中越国际道路运输便利化试点有关事项的复函"
MT_TITLE_PARTS = ["交通运输部办公厅关于中国（云南）", "自由贸易试验区红河片区开展中越国际道路", "运输便利化试点有关事项的复函"]
MT_MAIN_TO = "云南省交通运输厅："
MT_INTRO = "你厅《关于商请支持中国（云南）自由贸易试验区红河片区开展中越国际道路运输便利化试点的请示》（云交运〔2024〕87号）收悉。经研究，现函复如下："
MT_P1 = "一、原则同意在中国（云南）自由贸易试验区红河片区开展中越国际道路运输便利化试点，试点期限为2年，自2024年12月1日起至2026年11月30日止。"
MT_H2 = "二、试点主要任务"
MT_S2 = [
    ("（一）拓展国际道路运输线路。", "支持中越双方国际道路货物运输车辆经河口—老街口岸进入对方境内，运输范围由口岸边境地区延伸至越南河内、海防，我方车辆可在越方指定区域开展甩挂运输。"),
    ("（二）推行行车许可电子化。", "在河口口岸试行国际道路运输行车许可证电子化签发和核验，推动与口岸查验单位“一次申报、一次查验、一次放行”，试点期间纸质行车许可证与电子行车许可证并行使用。"),
    ("（三）完善口岸运输配套设施。", "支持在河口北山国际货场建设国际道路运输车辆集中停放、查验和甩挂作业区域，规划停车位不少于300个，并配套建设冷链车辆充电和预冷设施。"),
    ("（四）培育跨境运输经营主体。", "支持中国（云南）自由贸易试验区昆明片区内符合条件的道路运输企业申请国际道路运输经营许可，开行昆明至河内跨境冷链、快件运输线路，推动中老、中越跨境运输线路联动发展。"),
]
MT_P3 = "三、你厅要会同云南省商务厅、云南省人民政府口岸办公室、昆明海关、云南出入境边防检查总站和红河哈尼族彝族自治州人民政府，抓紧制定试点实施方案，明确责任分工和进度安排，于2024年11月15日前报部备案。"
MT_P4 = "四、试点期间，你厅要加强国际道路运输安全监管和风险防控，严格落实车辆技术状况和驾驶员资质管理要求，每半年向部报送一次试点进展情况，试点中遇到的重大问题及时报告。"
MT_P5 = "五、部将通过中越国际道路运输联合委员会机制，加强与越南交通运输部沟通协调，推动扩大试点线路和过境口岸范围。"
MT_CONTACT = "联系人及电话：部运输服务司　王磊　010-65292736。"
MT_CHAOSONG = "云南省人民政府，部综合规划司、运输服务司，中国（云南）自由贸易试验区红河片区管理委员会。"


def build_mot():
    doc = Document()
    setup_page(doc, "letter")
    red_head(doc, "交通运输部办公厅", size=40, spacing=30)
    # double red rule (thick over thin), as the 信函格式 has
    p = para(doc, "", indent=0, line=Pt(6))
    border(p, "bottom", 24, "E60012", 1, val="thickThinSmallGap")
    p = para(doc, MT_NUM, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO)
    para(doc, "", indent=0)
    title_para(doc, MT_TITLE_PARTS)
    para(doc, "", indent=0)
    para(doc, MT_MAIN_TO, indent=0)
    para(doc, MT_INTRO)
    para(doc, MT_P1)
    para(doc, MT_H2, HT)
    for h, b in MT_S2:
        runin(doc, h, b)
    for t in (MT_P3, MT_P4, MT_P5):
        para(doc, t)
    para(doc, "此复。")
    para(doc, MT_CONTACT)
    signoff(doc, ["交通运输部办公厅", "2024年10月29日"], right_chars=4)
    para(doc, "", indent=0)
    para(doc, "（此件公开发布）", FS, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 2)
    banji(doc, MT_CHAOSONG, blank_lines=4)
    out = os.path.join(HERE, "blind165_mot_fuhan.docx")
    doc.save(out)
    return out


# ------------------------------------------------------------ PDF
def to_pdf(docx_path):
    prof = "/tmp/lo_165"
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------ expected.json
def expected():
    cu_rows = [row_clause(CU_HEADER, r) for r in CU_ROWS]
    cu = {
        "meta": {
            "title": CU_TITLE,
            "doc_number": CU_NUM,
            "issuer": ["海关总署"],
            "date": "2024-06-27",
            "published": None,
            "level": "national",
            "region": "全国",
            "effective": "2024-08-01",
            "expires": None,
            "attachments": [CU_ATT],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "repeals": ["海关总署公告2020年第35号"],
        },
        "clauses": [CU_INTRO] + CU_POINTS + cu_rows,
        "applies_to": {
            "default": "全国（海关总署公告；作业模式适用于附件所列13个自由贸易试验区口岸）",
            "specific": {
                "五、": "上海洋山港口岸（中国（上海）自由贸易试验区临港新片区，上海市） / 宁波舟山港口岸（中国（浙江）自由贸易试验区宁波片区，浙江省宁波市）",
                "六、": "青岛港口岸（中国（山东）自由贸易试验区青岛片区，山东省青岛市） / 钦州港口岸（中国（广西）自由贸易试验区钦州港片区，广西钦州市）",
                **{"附件 row %s" % r[0]: "%s（%s）" % (r[2], r[1]) for r in CU_ROWS},
            },
            "note": "RCEP成员国 / 共建“一带一路”国家 (六、) name where goods originate, not where the clause applies; 各直属海关 / 上海海关 etc. are organs, not places; 附件 row 13 武汉港阳逻港区口岸 is inland (湖北省武汉市).",
        },
        "_note": (
            "Furniture, not clauses: red 版头 “海关总署公告” (one line, letter-spaced); the number line shows only “2024年第87号” under the 版头 with the red rule — "
            "the 文号 an analyst cites is 海关总署公告2024年第87号 (printing only 2024年第87号 is medium: it is ambiguous across issuers); "
            "the title has NO issuer in it (关于在…的公告, one paragraph with one soft line break after 进口货物, re-join without space); "
            "a 公告 has no 主送 (recipients empty) and no 版记; “特此公告。” is a closing formula (as a clause: tolerable, low); "
            "附件说明 (附件：… on one paragraph, hanging indent → attachments, 1 title); 落款 海关总署 / 2024年6月27日; "
            "the label 附件 and the attachment title over the table on the last page; footer “— N —” (odd right / even left). "
            "The intro paragraph (为…现将有关事项公告如下：) is a clause. 一、…九、 are plain numbered paragraphs (no run-in heading), one clause each. "
            "The 口岸名单 is an ordinary Word table with a repeated header row (tblHeader): 13 rows → 13 clauses `列名：值`, blank 备注 omitted. "
            "date = 2024-06-27 (落款); effective = 2024-08-01 (九、 and 二、); 2024-07-20 (八、) is a deadline, not a date of the document. "
            "九、 also repeals 海关总署公告2020年第35号 — a cross-reference, not this document's number."
        ),
        "_pdf": {"note": "same expected metadata and clauses as the .docx; the PDF text layer carries the footer page numbers “— 1 —” … at alternating right/left, the red 版头 as text, and the table (13 rows + header) may break across pages with the header row repeated on the next page — the repeated header must not become a row clause."},
    }
    sa_clauses = [SA_INTRO]
    for _, items in SA_SECTIONS:
        sa_clauses += [h + b for h, b in items]
    sa_clauses += SA_TAIL
    sa = {
        "meta": {
            "title": SA_TITLE,
            "doc_number": SA_NUM,
            "issuer": ["国家外汇管理局"],
            "date": "2024-09-12",
            "published": "2024-09-14",
            "level": "national",
            "region": "全国",
            "effective": "2024-10-01",
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["国家外汇管理局各省、自治区、直辖市分局、外汇管理部", "深圳、大连、青岛、厦门、宁波市分局", "各全国性中资银行"],
            "publicity": None,
        },
        "clauses": sa_clauses,
        "applies_to": {
            "default": "全国（各自由贸易试验区）",
            "specific": {
                "二、（二）": "中国（上海）自由贸易试验区临港新片区（上海市） / 中国（广东）自由贸易试验区深圳前海蛇口片区（广东省深圳市） / 中国（北京）自由贸易试验区科技创新片区（北京市）",
                "二、（三）": "中国（天津）自由贸易试验区（天津市） / 中国（重庆）自由贸易试验区（重庆市） / 中国（湖北）自由贸易试验区武汉片区（湖北省武汉市）",
                "二、（四）": "中国（四川）自由贸易试验区成都天府新区片区（四川省成都市） / 中国（陕西）自由贸易试验区西安高新区功能区（陕西省西安市）",
            },
            "note": "主送 names 深圳、大连、青岛、厦门、宁波市分局 — recipients, not places the clauses apply to; 共建“一带一路” (二、（四）) does not place the clause abroad; the 联系电话 line has no place.",
        },
        "_note": (
            "Furniture: red 版头 国家外汇管理局文件; 文号 汇发〔2024〕18号 and red rule; title (one paragraph, soft line break after 进一步深化 — re-join without space); "
            "主送 (one paragraph, three recipient groups separated by ，/；); 落款 国家外汇管理局 / 2024年9月12日; 版记 after 6 blank paragraphs: "
            "抄送：国务院办公厅，… / 国家外汇管理局综合司 [tab] 2024年9月14日印发 (印发 date = published, must not become date); footer “— N —”. "
            "一、二、三、 are headings on their own line (黑体) with no text: not clauses (tolerable as heading clauses/path). "
            "（一）…（四） are run-in 楷体 headings: heading + text = ONE clause, and the same labels （一）（二）（三） recur under each of 一、二、三、 — "
            "the path must keep them apart (二、（二） ≠ 一、（二）). The closing paragraphs (施行 sentence; 转发/执行中如遇问题; 联系电话) are clauses and "
            "must not be filed under 三、（三）'s heading as if part of it (tolerable, low, if path still says 三、). No 附件. "
            "effective = 2024-10-01; 2024-10-31 is a filing deadline. doc_type 通知; no publicity note."
        ),
        "_pdf": {"note": "same expected metadata and clauses; the 版记 lines (抄送 / 印发) are on the last page after the 落款; page numbers “— N —” alternate right/left."},
    }
    mf = {
        "meta": {
            "title": MF_TITLE,
            "doc_number": MF_NUM,
            "issuer": ["财政部", "税务总局"],
            "date": "2024-12-20",
            "published": None,
            "level": "national",
            "region": "海南省（海南自由贸易港）",
            "effective": "2025-01-01",
            "expires": "2027-12-31",
            "attachments": [],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
        },
        "clauses": [MF_INTRO] + MF_ITEMS,
        "applies_to": {
            "default": "海南自由贸易港（海南省全岛）",
            "specific": {
                "六、": "洋浦经济开发区（海南省儋州市）",
                "七、": "海口江东新区（海南省海口市） / 三亚崖州湾科技城（海南省三亚市）",
            },
            "note": "五、 speaks of 总机构设在海南自由贸易港以外的企业 — the clause still applies to income in Hainan, not to the rest of China; 境外 (二、) is where the investment is, not where the clause applies; 国家税务总局海南省税务局 / 海南省财政厅 are organs.",
        },
        "_note": (
            "No red 版头 and no 主送/版记 (a published 公告): the first line “财政部 税务总局公告2024年第24号” is the 文号 line, printed ABOVE the title — it must be the doc_number "
            "and must not become the title or a clause. Title = 财政部 税务总局关于…的公告 (one paragraph, wraps naturally). Two issuers: 财政部 and 税务总局 — in the title "
            "separated by a half-width space, in the 落款 typed on ONE line “财政部　　　　　　税务总局” (full-width spaces); issuer must be the two organs, not one string. "
            "二、 ends with a colon and is followed by （一）（二） conditions (separate clauses; merging them into 二、 is tolerable, low). "
            "九、 gives 执行期限 2025-01-01 to 2027-12-31 → effective/expires; 2024-12-31 is the end of the old 财税〔2020〕31号, not this document's expiry; "
            "date = 2024-12-20 (落款). 特此公告。 is a closing formula. Footer “- N -” centred (小四)."
        ),
        "_pdf": {"note": "same expected metadata and clauses; page numbers “- N -” centred."},
    }
    mt_clauses = [MT_INTRO, MT_P1] + [h + b for h, b in MT_S2] + [MT_P3, MT_P4, MT_P5, MT_CONTACT]
    mt = {
        "meta": {
            "title": MT_TITLE,
            "doc_number": MT_NUM,
            "issuer": ["交通运输部办公厅"],
            "date": "2024-10-29",
            "published": None,
            "level": "national",
            "region": "云南省（中国（云南）自由贸易试验区红河片区）",
            "effective": "2024-12-01",
            "expires": "2026-11-30",
            "attachments": [],
            "doc_type": "函（复函）",
            "recipients": ["云南省交通运输厅"],
            "publicity": "此件公开发布",
            "replies_to": "云交运〔2024〕87号",
        },
        "clauses": mt_clauses,
        "applies_to": {
            "default": "云南省红河哈尼族彝族自治州河口瑶族自治县（中国（云南）自由贸易试验区红河片区）",
            "specific": {
                "二、（一）": "河口—老街口岸（红河片区）；运输范围延伸至越南河内、海防（境外线路终点，不是条款的适用地）",
                "二、（二）": "河口口岸（红河片区）",
                "二、（三）": "河口北山国际货场（红河片区）",
                "二、（四）": "中国（云南）自由贸易试验区昆明片区（云南省昆明市）",
            },
            "note": "The issuer is national (交通运输部办公厅) but the 复函 concerns one 片区: region/default place = 云南省 / 红河片区; reading it as 全国 is medium. 越南河内、海防 and 老街 are abroad; 昆明海关、云南出入境边防检查总站 are organs.",
        },
        "_note": (
            "信函格式: red 发文机关标志 “交通运输部办公厅” (no 文件), a double red rule (thick-thin), the 文号 交办运函〔2024〕1580号 right-aligned on the line under the rule; "
            "title in ONE paragraph with two soft line breaks (after 中国（云南） and after 国际道路 — the second splits the word 国际道路运输) — re-join without space; 主送 云南省交通运输厅： (→ recipients); "
            "the intro 你厅《…请示》（云交运〔2024〕87号）收悉…现函复如下： is a clause — 云交运〔2024〕87号 is the request being answered, NOT this document's number. "
            "二、试点主要任务 is a heading on its own line (黑体, no text): not a clause. （一）…（四） are run-in 楷体 headings (heading + text = one clause). "
            "“此复。” is a closing formula (tolerable as a clause, low). The contact line is a clause. 落款 交通运输部办公厅 / 2024年10月29日; （此件公开发布） → publicity; "
            "版记 has only 抄送 (信函格式 has no 印发 line) between two rules. Page 1 has no page number (different first page); later pages “— N —” centred. "
            "effective/expires = the pilot period 2024-12-01—2026-11-30 stated in 一、 (null for both is tolerable, low: the 复函 itself takes effect on issue); 2024-11-15 is a deadline."
        ),
        "_pdf": {"note": "same expected metadata and clauses; page 1 carries no page number."},
    }
    return {
        "blind165_customs_gonggao": [cu],
        "blind165_safe_tongzhi": [sa],
        "blind165_mof_gonggao": [mf],
        "blind165_mot_fuhan": [mt],
    }


def main():
    outs = [build_customs(), build_safe(), build_mof(), build_mot()]
    for o in outs:
        to_pdf(o)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
