# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 203: the most ordinary documents of 东北 and 内蒙古 offices.

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind203_liaoning_fangan.docx / .pdf   辽宁省人民政府办公厅 通知 (辽政办发〔2024〕11号) 印发 a 工作方案
      (2024—2025年) on 共建“一带一路” / 东北亚开放合作枢纽地; 附件 after a page break with
      一、（一）1．; items naming 大连/沈阳/营口片区, 大窑湾港区, 鲅鱼圈港区, 综保区, 机场 ...
  blind203_changchun_fuhan.docx / .pdf   长春市商务局 复函 (长商务函〔2024〕56号) to a logistics company's
      请示 on 中欧班列 lines; 信函格式 (red organ name, double rule, 文号 right), items 一、…七、,
      特此函复, （此件依申请公开）, 联系人 line, 抄送-only 版记.
  blind203_erlian_gonggao.docx / .pdf    二连浩特市人民政府口岸办公室 + 二连海关 联合公告 (2024年第2号) on the
      winter hours of 二连浩特公路口岸; a 4-column hours table; joint 落款 on one line; no 主送, no 版记.
  blind203_suifenhe_banfa.docx / .pdf    绥芬河片区管理委员会 印发 办法 通知 (绥自贸管发〔2024〕14号);
      two-line red 版头, the 办法 in a new section (section break), 第一章…第五章, 第一条…第十六条,
      items （一）（二） as own paragraphs, 附则 with 施行 / 有效期至 / 同时废止.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind203.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
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
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
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


def runin(doc, head, body, head_font=HT, body_font=FS, bold=False, sep=""):
    p = P(doc)
    fnt(p.add_run(head), head_font, SAN, bold)
    fnt(p.add_run(sep + body), body_font, SAN)
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


def new_doc(mode="oddeven", body_font=FS):
    """mode: oddeven (odd right / even left), center, letter (no number on page 1, right afterwards)."""
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
    if mode == "center":
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        page_field(fp)
    elif mode == "letter":
        s.different_first_page_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
    else:
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(SI)
        page_field(ep)
    return doc


def red_line(doc, text, size=48, scale=None, spacing=None):
    p = P(doc, "", XBZ, size, C, 0, line=Pt(size * 1.15))
    r = fnt(p.add_run(text), XBZ, size, color=RED)
    rpr = r._element.get_or_add_rPr()
    if scale:
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    if spacing:
        rpr.append(parse_xml('<w:spacing %s w:val="%d"/>' % (nsdecls("w"), spacing)))
    return p


def docnum_rule(doc, num, blank_before=2, align=C):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, num, FS, SAN, align, 0)
    pborder(p, "bottom", 18, "E60012", 10)
    P(doc, indent=0)


def title_soft(doc, lines, blank_after=1):
    p = P(doc, "", XBZ, ER, C, 0, line=Pt(35))
    for i, t in enumerate(lines):
        r = fnt(p.add_run(t), XBZ, ER)
        if i < len(lines) - 1:
            r.add_break()
    for _ in range(blank_after):
        P(doc, indent=0)


def title_paras(doc, lines, blank_after=1):
    for t in lines:
        P(doc, t, XBZ, ER, C, 0, line=Pt(35))
    for _ in range(blank_after):
        P(doc, indent=0)


def signoff(doc, organ, date, right_chars=4, blank=3, public=None, public_blank=1):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, organ, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p.paragraph_format.keep_with_next = True
    p = P(doc, date, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right_chars + 1))
    if public:
        for _ in range(public_blank):
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


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = line if line else 1.0
    fnt(p.add_run(text), east, size, bold)
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


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# ================================================================ (a) 辽宁省人民政府办公厅 印发 工作方案
LN_NUM = "辽政办发〔2024〕11号"
LN_PLAN = "辽宁省深度融入共建“一带一路”打造东北亚开放合作枢纽地工作方案（2024—2025年）"
LN_TITLE = "辽宁省人民政府办公厅关于印发" + LN_PLAN + "的通知"
LN_TITLE_LINES = ["辽宁省人民政府办公厅关于印发辽宁省深度", "融入共建“一带一路”打造东北亚开放合作", "枢纽地工作方案（2024—2025年）的通知"]
LN_MAIN_TO = "各市人民政府，省政府各厅委、各直属机构："
LN_NOTICE = "《" + LN_PLAN + "》已经省政府同意，现印发给你们，请结合实际，认真组织实施。"
LN_DATE = "2024年4月18日"
LN_PLAN_LINES = ["辽宁省深度融入共建“一带一路”打造东北亚", "开放合作枢纽地工作方案（2024—2025年）"]
LN_INTRO = "为深入贯彻落实党中央、国务院关于推动新时代东北全面振兴和高质量共建“一带一路”的决策部署，充分发挥我省沿海沿边、联通东北亚的区位优势，加快打造东北亚开放合作枢纽地，结合我省实际，制定本方案。"
LN_GOAL = "到2025年底，全省货物进出口总额力争达到8000亿元，对共建“一带一路”国家进出口占比提高到50%以上；中欧班列（辽宁）年开行量达到1200列；实际使用外资年均增长5%以上；中国（辽宁）自由贸易试验区累计形成省级以上制度创新成果30项以上。"
LN_TASKS = [
    ("（一）畅通陆海国际大通道。", [
        "1．提升港口枢纽能级。推进大连港大窑湾港区、营口港鲅鱼圈港区集装箱码头智能化改造，2025年底前大连港集装箱吞吐量达到600万标准箱。支持锦州港、丹东港拓展至日本、韩国的集装箱航线，开展内外贸同船运输。（责任单位：省交通运输厅、辽港集团，大连市、营口市、锦州市、丹东市人民政府）",
        "2．稳定开行中欧班列。依托沈阳国际陆港和营口港，稳定开行沈阳至德国杜伊斯堡、营口至俄罗斯莫斯科等中欧班列线路，推动“辽满欧”“辽蒙欧”通道常态化运营。（责任单位：省发展改革委、中国铁路沈阳局集团有限公司，沈阳市、营口市人民政府）",
        "3．发展海铁联运。在大连港、营口港开展海铁联运“一单制”试点，2024年底前开通至满洲里、二连浩特口岸的海铁联运线路各不少于1条，培育日韩—辽宁—蒙古、俄罗斯过境集装箱运输品牌。（责任单位：省交通运输厅、大连海关，大连市、营口市人民政府）",
    ]),
    ("（二）提升自贸试验区开放能级。", [
        "1．支持大连片区开展保税船用燃料油加注、汽车平行进口和飞机、船舶融资租赁业务，2025年底前片区融资租赁资产规模突破1000亿元。（责任单位：大连市人民政府、大连海关、省商务厅）",
        "2．支持沈阳片区建设国家服务业扩大开放综合试点先导区，推动中德（沈阳）高端装备制造产业园与沈阳片区联动发展，打造对德合作示范平台。（责任单位：沈阳市人民政府、省商务厅）",
        "3．支持营口片区发展跨境电商和大宗商品交易市场，推动营口综合保税区开展保税维修、保税研发等新业态，2024年内跨境电商进出口额增长20%以上。（责任单位：营口市人民政府、大连海关）",
        "4．在沈阳综合保税区、大连大窑湾综合保税区、营口综合保税区和鞍山、锦州高新技术产业开发区等开放平台复制推广自贸试验区制度创新成果，每年复制推广不少于20项。（责任单位：省商务厅，有关市人民政府）",
    ]),
    ("（三）深化东北亚经贸合作。", [
        "1．高水平建设中日（大连）地方发展合作示范区，办好中国（大连）日本商品博览会；支持沈阳市建设中韩科技创新产业园，每年引进日韩项目不少于30个。（责任单位：大连市、沈阳市人民政府，省商务厅）",
        "2．支持丹东市依托丹东国门湾边民互市贸易区发展边民互市贸易，支持锦州市、盘锦市企业参与中俄、中蒙能源和农业合作项目。（责任单位：省商务厅，丹东市、锦州市、盘锦市人民政府）",
        "3．鼓励外资企业在沈阳、大连设立地区总部和研发中心，对新认定的跨国公司地区总部给予最高1000万元奖励。（责任单位：省商务厅、省财政厅）",
    ]),
    ("（四）打造一流口岸营商环境。", [
        "1．推进国际贸易“单一窗口”功能向国际物流、跨境金融等领域拓展，2024年底前主要申报业务应用率保持100%。（责任单位：省商务厅、大连海关、沈阳海关）",
        "2．在大连周水子国际机场、沈阳桃仙国际机场口岸推行进出口货物“7×24小时”预约通关，巩固整体通关时间压缩成效。（责任单位：大连海关、沈阳海关，沈阳市、大连市人民政府）",
    ]),
]
LN_SAFE = [
    ("（一）加强组织领导。", "省推进“一带一路”建设工作领导小组办公室（设在省发展改革委）负责统筹协调，建立任务台账，每半年通报一次工作进展。"),
    ("（二）强化政策支持。", "统筹用好省级外经贸发展专项资金，对符合条件的国际航线、中欧班列和海外仓项目给予支持，支持标准由省商务厅会同省财政厅另行制定。"),
    ("（三）严格督导落实。", "各地区、各部门要于每年6月30日和12月20日前将任务进展情况报送省发展改革委，省政府督查室适时开展专项督查。"),
]
LN_CHAOSONG = "省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，大连海关，沈阳海关。"
LN_PRINTER = "辽宁省人民政府办公厅"
LN_PRINTDATE = "2024年4月22日"


def build_liaoning():
    doc = new_doc("oddeven")
    red_line(doc, "辽宁省人民政府办公厅文件", 42, scale=80)
    docnum_rule(doc, LN_NUM)
    title_paras(doc, LN_TITLE_LINES)
    P(doc, LN_MAIN_TO, indent=0)
    P(doc, LN_NOTICE)
    P(doc, indent=0)
    p = P(doc, "附件：" + LN_PLAN, indent=0)
    p.paragraph_format.left_indent = Pt(SAN * 5)
    p.paragraph_format.first_line_indent = Pt(-SAN * 3)
    signoff(doc, "辽宁省人民政府办公厅", LN_DATE, right_chars=4, blank=2, public="（此件公开发布）")
    page_break(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    for t in LN_PLAN_LINES:
        P(doc, t, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0)
    P(doc, LN_INTRO)
    P(doc, "一、工作目标", HT)
    P(doc, LN_GOAL)
    P(doc, "二、重点任务", HT)
    for head, items in LN_TASKS:
        P(doc, head, KT)
        for t in items:
            P(doc, t)
    P(doc, "三、保障措施", HT)
    for h, t in LN_SAFE:
        runin(doc, h, t, head_font=KT)
    P(doc, indent=0)
    P(doc, indent=0)
    banji(doc, LN_CHAOSONG, LN_PRINTER, LN_PRINTDATE)
    out = os.path.join(HERE, "blind203_liaoning_fangan.docx")
    doc.save(out)
    return out


def ln_clauses():
    out = [LN_NOTICE, LN_INTRO, LN_GOAL]
    for head, items in LN_TASKS:
        out.extend(items)
    out.extend(h + t for h, t in LN_SAFE)
    return out


# ================================================================ (b) 长春市商务局 复函 (信函格式)
CC_NUM = "长商务函〔2024〕56号"
CC_TITLE = "长春市商务局关于吉林省东北亚陆港物流有限公司申请支持中欧班列扩线运营有关事项的复函"
CC_TITLE_LINES = ["长春市商务局关于吉林省东北亚陆港物流", "有限公司申请支持中欧班列扩线运营", "有关事项的复函"]
CC_MAIN_TO = "吉林省东北亚陆港物流有限公司："
CC_REQ = "关于申请支持“长满欧”“长珲欧”班列扩线运营的请示"
CC_REQ_NUM = "吉东陆物〔2024〕7号"
CC_OPEN = "你公司《" + CC_REQ + "》（" + CC_REQ_NUM + "）收悉。经商市发展改革委、市财政局、长春海关和长春新区管委会，现函复如下："
CC_ITEMS = [
    "一、原则同意你公司在保持“长满欧”班列（长春—满洲里—欧洲）每周稳定开行3列的基础上，新增长春至白俄罗斯明斯克、至波兰马拉舍维奇两条线路。新增线路须以长春兴隆铁路口岸为集结中心，不得由市外场站代为集结，运营方案请于2024年7月31日前报我局备案。",
    "二、关于“长珲欧”线路。你公司提出经珲春铁路口岸开行至俄罗斯扎鲁比诺港的陆海联运线路，需与珲春市人民政府及珲春铁路口岸有关单位统筹衔接。我局将会同市发展改革委向省商务厅争取将该线路纳入全省中欧班列统一调度，纳入前不享受本函第三条所列补贴。",
    "三、关于运营补贴。对你公司2024年度从长春兴隆铁路口岸始发、装载率不低于85%的去程和回程班列，按照《长春市支持中欧班列高质量发展若干措施》（长府办发〔2023〕18号）规定，每列给予补贴不超过8万元，年度补贴总额不超过600万元。补贴资金由市财政和长春新区财政按6∶4比例承担。",
    "四、关于集结场站用地。你公司申请在绿园区合心镇建设的二期集结场站，不在长春兴隆综合保税区规划范围内，请按程序向绿园区人民政府和市自然资源局申请办理用地手续，我局将配合做好项目前期协调工作。",
    "五、关于海关监管场所。你公司拟在长春兴隆综合保税区内设立的海关监管作业场所，请按照海关有关规定向长春兴隆海关申请验收。我局将协调海关部门落实“提前申报”“两步申报”等便利措施。",
    "六、请你公司严格落实安全生产主体责任，按月向我局报送班列开行数据，每年1月15日前报送上年度运营情况。我局将会同有关部门对补贴资金使用情况进行抽查，发现虚报、冒领的，依法依规追回补贴资金并取消后续支持资格。",
    "七、本函所列支持事项有效期至2024年12月31日，2025年度支持政策另行函告。",
]
CC_CLOSE = "特此函复。"
CC_DATE = "2024年6月24日"
CC_CONTACT = "（联系人：对外贸易处　王磊；联系电话：0431-88779216）"
CC_CHAOSONG = "市发展改革委，市财政局，长春海关，长春新区管委会，绿园区人民政府。"


def build_changchun():
    doc = new_doc("letter", body_font=FS2)
    P(doc, indent=0, line=Pt(20))
    red_line(doc, "长春市商务局", 40, spacing=60)
    p = P(doc, indent=0, line=Pt(10))
    pborder(p, "bottom", 24, "E60012", 1, val="thickThinSmallGap")
    p = P(doc, CC_NUM, FS2, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN)
    P(doc, indent=0)
    title_soft(doc, CC_TITLE_LINES)
    P(doc, CC_MAIN_TO, FS2, indent=0)
    P(doc, CC_OPEN, FS2)
    for t in CC_ITEMS:
        P(doc, t, FS2)
    P(doc, CC_CLOSE, FS2)
    signoff(doc, "长春市商务局", CC_DATE, right_chars=5, blank=3, public="（此件依申请公开）")
    P(doc, CC_CONTACT, FS2, SAN, L, 2)
    for _ in range(4):
        P(doc, indent=0)
    banji(doc, CC_CHAOSONG)
    out = os.path.join(HERE, "blind203_changchun_fuhan.docx")
    doc.save(out)
    return out


# ================================================================ (c) 二连浩特 口岸办 + 二连海关 联合公告
EL_ORG1 = "二连浩特市人民政府口岸办公室"
EL_ORG2 = "二连海关"
EL_NUM = "2024年第2号"
EL_TITLE = "关于二连浩特公路口岸2024—2025年冬季通关时间及有关事项的公告"
EL_TITLE_LINES = ["关于二连浩特公路口岸2024—2025年冬季", "通关时间及有关事项的公告"]
EL_INTRO = "为保障冬季口岸安全、畅通、高效运行，经与蒙古国扎门乌德口岸有关部门会晤商定，现将二连浩特公路口岸2024—2025年冬季通关时间及有关事项公告如下："
EL_ITEM1 = "一、通关时间。自2024年11月1日起至2025年3月31日止，二连浩特公路口岸实行冬季通关时间（北京时间，下同），具体如下："
EL_HEADER = ["通道", "开关时间", "闭关时间", "备注"]
EL_ROWS = [
    ["旅客出入境通道", "8:30", "17:30", "周六、周日正常开放"],
    ["货运车辆出境通道", "8:00", "18:00", "18:00前已进入监管区的车辆当日办结"],
    ["货运车辆入境通道", "8:30", "18:30", "含中蒙跨境甩挂运输车辆"],
    ["空载车辆返程通道", "9:00", "17:00", "含空集装箱运输车辆"],
]
EL_ITEMS = [
    "二、节假日安排。2025年1月1日（元旦）口岸闭关1天；2025年春节期间（1月28日至2月4日）口岸闭关安排，由中蒙双方口岸管理部门商定后另行公告。",
    "三、预约通关。货运车辆实行“提前申报、预约通关”，驾驶员应于通关前一日18:00前通过二连浩特口岸智慧通关服务平台提交预约信息。经预约的车辆按时段进入二连浩特公路口岸货运通道，未预约车辆在二连浩特国际物流园区待检停车场排队等候。",
    "四、查验安排。二连海关对进口煤炭、铁矿砂等大宗资源类商品实行“先放后检”，对进口鲜活农产品、冰鲜水产品开通“绿色通道”，优先安排查验；对进境肉类、粮食等检疫物，在二连浩特公路口岸进境肉类、粮食指定监管场地实施查验。",
    "五、恶劣天气应对。遇暴风雪、沙尘暴等恶劣天气，经中蒙双方口岸管理部门协商，可临时调整开闭关时间或暂停通关。调整信息通过二连浩特市人民政府门户网站、“二连海关”微信公众号及口岸现场电子显示屏发布。",
    "六、铁路口岸通关。二连浩特铁路口岸冬季继续实行24小时通关，中欧班列、中蒙跨境集装箱班列按照铁路列车运行图组织通关，不受本公告第一条所列时间限制。",
    "七、边民互市。中蒙二连浩特边民互市贸易区冬季营业时间为9:00至16:30，边民通过二连浩特公路口岸携带互市商品入境的，通关时间与旅客出入境通道一致。",
    "八、本公告自2024年11月1日起施行，有效期至2025年3月31日。2025年4月1日起执行的夏季通关时间另行公告。",
    "九、咨询电话：二连浩特市人民政府口岸办公室0479-7512368；二连海关0479-7523105。",
]
EL_CLOSE = "特此公告。"
EL_DATE = "2024年10月25日"


def build_erlian():
    doc = new_doc("center")
    red_line(doc, EL_ORG1, 30, scale=90)
    red_line(doc, "二　连　海　关", 30)
    red_line(doc, "联 合 公 告", 44, spacing=40)
    P(doc, indent=0)
    p = P(doc, EL_NUM, FS, SAN, C, 0)
    pborder(p, "bottom", 18, "E60012", 8)
    P(doc, indent=0)
    title_soft(doc, EL_TITLE_LINES)
    P(doc, EL_INTRO)
    P(doc, EL_ITEM1)
    tbl = doc.add_table(rows=1 + len(EL_ROWS), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(EL_HEADER):
        cell_text(tbl.rows[0].cells[i], h, HT, SI)
    for r, row in enumerate(EL_ROWS, 1):
        for i, v in enumerate(row):
            cell_text(tbl.rows[r].cells[i], v, FS, SI, C if i < 3 else L, line=Pt(22))
    col_widths(tbl, [42, 25, 25, 62])
    for t in EL_ITEMS:
        P(doc, t)
    P(doc, EL_CLOSE)
    for _ in range(3):
        P(doc, indent=0)
    p = P(doc, EL_ORG1 + "　　　　" + EL_ORG2, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 2)
    p = P(doc, EL_DATE, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 2)
    out = os.path.join(HERE, "blind203_erlian_gonggao.docx")
    doc.save(out)
    return out


def el_clauses():
    return [EL_INTRO, EL_ITEM1] + [row_clause(EL_HEADER, r) for r in EL_ROWS] + EL_ITEMS


# ================================================================ (d) 绥芬河片区管委会 印发 办法
SF_ORG = "中国（黑龙江）自由贸易试验区绥芬河片区管理委员会"
SF_NUM = "绥自贸管发〔2024〕14号"
SF_BANFA = "绥芬河片区支持边民互市贸易商品落地加工发展办法"
SF_TITLE = SF_ORG + "关于印发《" + SF_BANFA + "》的通知"
SF_TITLE_LINES = ["中国（黑龙江）自由贸易试验区绥芬河片区", "管理委员会关于印发《绥芬河片区支持边民", "互市贸易商品落地加工发展办法》的通知"]
SF_MAIN_TO = "片区各部门、各派驻机构，各有关企业："
SF_NOTICE = "《" + SF_BANFA + "》已经片区管委会第8次主任办公会议审议通过，现印发给你们，请认真遵照执行。"
SF_DATE = "2024年7月8日"
SF_BANFA_LINES = ["绥芬河片区支持边民互市贸易商品", "落地加工发展办法"]
SF_CHAPTERS = [
    ("第一章　总　则", [
        ("第一条", "为促进边民互市贸易创新发展，推动互市贸易进口商品落地加工，带动沿边产业发展，根据国家和省有关规定，结合中国（黑龙江）自由贸易试验区绥芬河片区（以下简称片区）实际，制定本办法。", []),
        ("第二条", "本办法适用于在片区内依法登记注册、具有独立法人资格，从事边民互市贸易进口商品（以下简称互市商品）落地加工的企业。", []),
        ("第三条", "片区管委会经济发展局（以下简称经发局）负责本办法的组织实施；财政金融局负责资金保障和拨付；绥芬河海关、绥芬河市市场监督管理局按照职责做好监管服务。", []),
    ]),
    ("第二章　支持范围和标准", [
        ("第四条", "本办法支持以下落地加工企业：", [
            "（一）在绥芬河边民互市贸易区（以下简称互贸区）内设立，从事粮油、木材、食品、保健品加工的企业；",
            "（二）在绥芬河综合保税区内设立，使用互市商品开展精深加工的企业；",
            "（三）在绥芬河边境经济合作区互市商品落地加工产业园内设立的企业。",
        ]),
        ("第五条", "设备投资补贴。对新购置生产设备且设备投资额在500万元以上的落地加工企业，按设备投资额的10%给予补贴，单个企业最高不超过300万元。", []),
        ("第六条", "加工量奖励。企业年度使用互市商品落地加工量达到5000吨以上的，按每吨20元给予奖励，单个企业年度奖励最高不超过100万元。", []),
        ("第七条", "物流补贴。对经绥芬河公路口岸、绥芬河铁路口岸进口互市商品运至互贸区或绥芬河综合保税区加工的，按实际发生运费的30%给予补贴，单个企业年度最高不超过50万元。", []),
        ("第八条", "厂房租金补贴。在绥芬河综合保税区标准厂房内开展落地加工的企业，自入驻之日起前三年分别按年租金的100%、50%、30%给予补贴。", []),
        ("第九条", "金融支持。鼓励片区内金融机构为落地加工企业提供订单融资、仓单质押等服务，对企业当年实际发生的流动资金贷款利息，按贷款市场报价利率（LPR）的50%给予贴息。", []),
    ]),
    ("第三章　申报与审核", [
        ("第十条", "支持资金每年集中申报一次，企业于每年3月1日至3月31日申报上一年度支持资金。", []),
        ("第十一条", "申报企业应当提交以下材料：", [
            "（一）支持资金申报表；",
            "（二）营业执照复印件；",
            "（三）互贸区管理部门出具的互市商品落地加工量证明；",
            "（四）设备购置发票、运费票据、厂房租赁合同等相关证明材料。",
        ]),
        ("第十二条", "经发局会同财政金融局、绥芬河海关对申报材料进行审核，审核结果在片区管委会门户网站公示5个工作日。公示无异议的，由财政金融局拨付资金。", []),
    ]),
    ("第四章　监督管理", [
        ("第十三条", "企业以虚报、冒领等手段骗取支持资金的，由经发局追回已拨付资金，三年内不得申报片区各类支持资金；涉嫌犯罪的，依法移送司法机关处理。", []),
        ("第十四条", "同一企业同一事项符合片区其他支持政策的，按照“就高不重复”原则执行。", []),
    ]),
    ("第五章　附　则", [
        ("第十五条", "本办法由片区管委会经济发展局负责解释。", []),
        ("第十六条", "本办法自2024年8月1日起施行，有效期至2026年7月31日。《绥芬河片区促进边民互市贸易发展暂行办法》（绥自贸管发〔2021〕6号）同时废止。", []),
    ]),
]
SF_CHAOSONG = "绥芬河市委办公室，绥芬河市人民政府办公室，绥芬河海关，绥芬河市市场监督管理局。"
SF_PRINTER = "绥芬河片区管理委员会综合办公室"
SF_PRINTDATE = "2024年7月10日"


def build_suifenhe():
    doc = new_doc("oddeven")
    red_line(doc, "中国（黑龙江）自由贸易试验区", 34, scale=90)
    red_line(doc, "绥芬河片区管理委员会文件", 40, scale=90)
    docnum_rule(doc, SF_NUM, blank_before=1)
    title_soft(doc, SF_TITLE_LINES)
    P(doc, SF_MAIN_TO, indent=0)
    P(doc, SF_NOTICE)
    signoff(doc, SF_ORG, SF_DATE, right_chars=0, blank=2, public="（此件主动公开）")
    # the 办法 starts in a new section (next page)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    grid(sec)
    for t in SF_BANFA_LINES:
        P(doc, t, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0)
    for chap, arts in SF_CHAPTERS:
        P(doc, chap, HT, SAN, C, 0, before=6, after=6)
        for num, text, items in arts:
            runin(doc, num, text, head_font=HT, sep="　")
            for it in items:
                P(doc, it)
    page_break(doc)
    for _ in range(18):
        P(doc, indent=0)
    banji(doc, SF_CHAOSONG, SF_PRINTER, SF_PRINTDATE)
    out = os.path.join(HERE, "blind203_suifenhe_banfa.docx")
    doc.save(out)
    return out


def sf_clauses():
    out = [SF_NOTICE]
    for chap, arts in SF_CHAPTERS:
        for num, text, items in arts:
            out.append(num + "　" + text)
            out.extend(items)
    return out


# ================================================================ PDF
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_203", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def expected():
    e = {}
    e["blind203_liaoning_fangan"] = [{
        "meta": {
            "title": LN_TITLE,
            "doc_number": LN_NUM,
            "issuer": ["辽宁省人民政府办公厅"],
            "date": "2024-04-18",
            "published": "2024-04-22",
            "level": "provincial",
            "region": "辽宁省",
            "effective": None,
            "expires": None,
            "attachments": [LN_PLAN],
            "doc_type": "通知（印发工作方案）",
            "recipients": ["各市人民政府", "省政府各厅委、各直属机构"],
            "publicity": "此件公开发布",
        },
        "clauses": ln_clauses(),
        "applies_to": {
            "default": "辽宁省",
            "specific": {
                "附件 二、（一）1．": "大连港大窑湾港区（大连市）、营口港鲅鱼圈港区（营口市）、锦州港（锦州市）、丹东港（丹东市） — 日本、韩国 are destinations",
                "附件 二、（一）2．": "沈阳国际陆港（沈阳市）、营口港（营口市） — 杜伊斯堡 / 莫斯科 are destinations",
                "附件 二、（一）3．": "大连港、营口港（大连市、营口市） — 满洲里 / 二连浩特 (内蒙古) are destinations, NOT places of application",
                "附件 二、（二）1．": "中国（辽宁）自由贸易试验区大连片区",
                "附件 二、（二）2．": "中国（辽宁）自由贸易试验区沈阳片区；中德（沈阳）高端装备制造产业园（沈阳市）",
                "附件 二、（二）3．": "中国（辽宁）自由贸易试验区营口片区；营口综合保税区",
                "附件 二、（二）4．": "沈阳综合保税区、大连大窑湾综合保税区、营口综合保税区、鞍山高新技术产业开发区、锦州高新技术产业开发区",
                "附件 二、（三）1．": "大连市（中日（大连）地方发展合作示范区）、沈阳市（中韩科技创新产业园）",
                "附件 二、（三）2．": "丹东市（丹东国门湾边民互市贸易区）、锦州市、盘锦市",
                "附件 二、（三）3．": "沈阳市、大连市",
                "附件 二、（四）2．": "大连周水子国际机场（大连市）、沈阳桃仙国际机场（沈阳市）",
            },
            "note": "日本、韩国、德国杜伊斯堡、俄罗斯莫斯科、蒙古、俄罗斯 and the 内蒙古 ports 满洲里 / 二连浩特 are destinations or partners; they must not move a clause out of 辽宁省. 大连/沈阳 in the 责任单位 brackets name the responsible government and agree with the place of the item. 大连海关 / 沈阳海关 in 版记 are organs.",
        },
        "_note": ("Furniture: red 版头 辽宁省人民政府办公厅文件 (condensed 80%); 文号 辽政办发〔2024〕11号 + red rule; title typed as THREE centred paragraphs "
                  "(…关于印发辽宁省深度融入 / 共建“一带一路”打造东北亚开放合作枢纽地 / 工作方案（2024—2025年）的通知) — joined with no space; no 《》 around the plan's name in the title "
                  "(as 辽宁 offices write it), but the notice paragraph does quote it in 《》. 主送 (2 parts); 1 notice paragraph (clause); 附件说明 附件：… with hanging indent (one line wraps) → attachments; "
                  "落款 辽宁省人民政府办公厅 / 2024年4月18日; （此件公开发布）. After a page break: label 附件 (黑体), the 方案 title in two centred paragraphs (a heading, not a clause), "
                  "intro paragraph (clause), headings 一、工作目标 / 二、重点任务 / 三、保障措施 (黑体, own paragraphs, no text → headings, not clauses; tolerable low as heading clauses), "
                  "一、 has one body paragraph (clause). Under 二、 four 楷体 heading lines （一）…（四） that hold ONLY a heading sentence (e.g. （一）畅通陆海国际大通道。) followed by items 1．2．3．(full-width dot) "
                  "as separate paragraphs — the items are the clauses; their labels restart under each （一） so a label must carry its parents (二、（一）1． ≠ 二、（二）1．). "
                  "Each item ends with a （责任单位：…） bracket, which belongs to the item. Under 三、 run-in 楷体 （一）（二）（三） + text = one clause each. "
                  "版记 (抄送… / 辽宁省人民政府办公厅 2024年4月22日印发 with a right tab) follows the plan after two empty lines. Footer “— N —” odd right / even left. "
                  "date 2024-04-18 (落款), published 2024-04-22 (印发). No effective/expires: “2024—2025年” is the plan's period and “到2025年底” a target; effective = 2024-04-18 tolerable low; expires 2025-12-31 from the title's period is wrong-ish (low). "
                  "Deadlines 2024年底前, 2025年底前, 6月30日 / 12月20日 are not document dates. The 附件 may be split into a second document (title = the plan's title, same issuer/date) — tolerable; then the notice keeps 1 clause. 18 clauses."),
        "_pdf": {"note": "7 pages. Page 1: 版头, title (3 lines), 主送, notice, 附件说明 (two lines), 落款; page 2 holds ONLY （此件公开发布） (pushed over); the plan starts on page 3 (附件 label); page 7 holds only the 版记 at the top. Footer odd right / even left. Same expected meta and clauses."},
    }]
    e["blind203_changchun_fuhan"] = [{
        "meta": {
            "title": CC_TITLE,
            "doc_number": CC_NUM,
            "issuer": ["长春市商务局"],
            "date": "2024-06-24",
            "published": None,
            "level": "municipal",
            "region": "吉林省长春市",
            "effective": None,
            "expires": "2024-12-31",
            "attachments": [],
            "doc_type": "复函",
            "recipients": ["吉林省东北亚陆港物流有限公司"],
            "publicity": "此件依申请公开",
            "replies_to": CC_REQ + "（" + CC_REQ_NUM + "）",
        },
        "clauses": [CC_OPEN] + CC_ITEMS,
        "applies_to": {
            "default": "吉林省长春市（长春兴隆铁路口岸 / 长春新区）",
            "specific": {
                "一、": "长春兴隆铁路口岸（长春新区） — 满洲里、明斯克、马拉舍维奇 are on the route, not places of application",
                "二、": "珲春铁路口岸 / 珲春市（延边朝鲜族自治州） — 扎鲁比诺港 (Russia) is the destination",
                "三、": "长春兴隆铁路口岸；cost shared by 长春市 and 长春新区",
                "四、": "绿园区合心镇 (explicitly outside 长春兴隆综合保税区)",
                "五、": "长春兴隆综合保税区",
            },
            "note": "A 复函 to one company: the clauses bind that company; the places are where its lines start and its yards are. 吉东陆物〔2024〕7号 is the 请示's number and 长府办发〔2023〕18号 a cited measure's number — neither is this document's 文号.",
        },
        "_note": ("信函格式: red organ name 长春市商务局 (letter-spaced, no 文件), a red thick-thin double rule (paragraph border of an empty paragraph), 文号 长商务函〔2024〕56号 right-aligned under the rule; "
                  "no page number on page 1 (different first page), “— N —” right afterwards. Title ONE paragraph with one soft line break (…东北亚陆港物流有限公司 / 申请支持…的复函) — joined with no space. "
                  "主送 the company (one recipient). Clauses: the 收悉 paragraph citing the 请示 (吉东陆物〔2024〕7号) and items 一、…七、 as whole paragraphs (number + text = one clause; "
                  "二、…五、 start with a short “关于…。” lead that belongs to the item). 特此函复。 is the closing formula (furniture; as a clause low). 落款 长春市商务局 / 2024年6月24日; "
                  "（此件依申请公开）; a 联系人 line （联系人：对外贸易处　王磊；联系电话：0431-88779216） — furniture, not a clause; the 版记 has only the 抄送 line between rules — no 印发 line, so published is unknown (null). "
                  "七、 本函所列支持事项有效期至2024年12月31日 → expires 2024-12-31 (null is medium: it is stated); effective is not stated (2024-06-24 tolerable low). "
                  "2024年7月31日 (备案 deadline) and 1月15日 are not document dates. 8 clauses."),
        "_pdf": {"note": "3 pages. Page 1 has no page number; pages 2–3 “— N —” on the right. Item 二、 breaks across pages 1–2 (must be re-joined); page 3 holds 特此函复。, the 落款, （此件依申请公开）, the 联系人 line (its phone number wraps to a second line) and the 抄送 版记. Same expected meta and clauses."},
    }]
    e["blind203_erlian_gonggao"] = [{
        "meta": {
            "title": EL_TITLE,
            "doc_number": EL_NUM,
            "issuer": [EL_ORG1, EL_ORG2],
            "date": "2024-10-25",
            "published": None,
            "level": "county",
            "region": "内蒙古自治区锡林郭勒盟二连浩特市",
            "effective": "2024-11-01",
            "expires": "2025-03-31",
            "attachments": [],
            "doc_type": "公告（联合公告）",
            "recipients": [],
            "publicity": None,
        },
        "clauses": el_clauses(),
        "applies_to": {
            "default": "二连浩特公路口岸（内蒙古自治区锡林郭勒盟二连浩特市）",
            "specific": {
                "三、": "二连浩特公路口岸；二连浩特国际物流园区（待检停车场）",
                "四、": "二连浩特公路口岸（进境肉类、粮食指定监管场地）",
                "六、": "二连浩特铁路口岸 (NOT the 公路口岸)",
                "七、": "中蒙二连浩特边民互市贸易区；二连浩特公路口岸",
            },
            "note": "蒙古国扎门乌德口岸 (intro) is the counterpart port abroad — not a place of application. Table rows concern the 公路口岸 (the default).",
        },
        "_note": ("Joint 公告. Red 版头 in three centred paragraphs: 二连浩特市人民政府口岸办公室 / 二　连　海　关 (full-width spaces) / 联 合 公 告 (half-width spaces, expanded) — furniture; "
                  "the issuers are the two organs (no spaces). Number 2024年第2号 (a 公告 number, not an 〔〕 文号) centred above a red rule. Title ONE paragraph with one soft line break "
                  "(关于二连浩特公路口岸2024—2025年冬季 / 通关时间及有关事项的公告) — the printed title has no organ names; an organ-prefixed title "
                  "(二连浩特市人民政府口岸办公室　二连海关关于…的公告) is equally good. No 主送, no 版记, no publicity line. Clauses: intro (ends with 公告如下：), 一、 (ends with 具体如下：) "
                  "followed by a 4-column Word table 通道/开关时间/闭关时间/备注 with 4 rows — each row one clause written 通道：…；开关时间：…；闭关时间：…；备注：… (same convention as earlier rounds; "
                  "the times 8:30 etc. must stay in their columns), then 二、…九、 whole paragraphs (number + text = one clause). 特此公告。 is the closing formula (furniture; as a clause low). "
                  "Joint 落款 on ONE right-aligned line: 二连浩特市人民政府口岸办公室　　　　二连海关 (four full-width spaces), date 2024年10月25日 under it — furniture. "
                  "八、 自2024年11月1日起施行，有效期至2025年3月31日 → effective 2024-11-01, expires 2025-03-31 (also in 一、). date = 2024-10-25; no 印发 date (published null; 2024-10-25 tolerable low). "
                  "2025年1月1日 / 1月28日至2月4日 / 2025年4月1日 are not document dates. 九、 咨询电话 is a clause (a numbered item), not furniture. Level county (二连浩特 is a county-level city; 二连海关 is a 隶属海关). "
                  "Page numbers centred “— N —”. 14 clauses."),
        "_pdf": {"note": "3 pages, page numbers centred. The table prints with full grid lines and BREAKS ACROSS PAGES 1–2 inside row 2 (货运车辆出境通道: “18:00前已进入监管区的车” on page 1, “辆当日办结” and the last half of “…通道” on page 2; no repeated header) — the row must be re-joined, not split into two rows; cells wrap (货运车辆入境通|道). The 落款 and date are on page 3. Same expected meta and clauses."},
    }]
    e["blind203_suifenhe_banfa"] = [{
        "meta": {
            "title": SF_TITLE,
            "doc_number": SF_NUM,
            "issuer": [SF_ORG],
            "date": "2024-07-08",
            "published": "2024-07-10",
            "level": "zone",
            "region": "黑龙江省牡丹江市绥芬河市（中国（黑龙江）自由贸易试验区绥芬河片区）",
            "effective": "2024-08-01",
            "expires": "2026-07-31",
            "attachments": [SF_BANFA],
            "doc_type": "通知（印发办法）",
            "recipients": ["片区各部门、各派驻机构", "各有关企业"],
            "publicity": "此件主动公开",
            "repeals": ["绥芬河片区促进边民互市贸易发展暂行办法（绥自贸管发〔2021〕6号）"],
        },
        "clauses": sf_clauses(),
        "applies_to": {
            "default": "中国（黑龙江）自由贸易试验区绥芬河片区（黑龙江省绥芬河市）",
            "specific": {
                "第四条（一）": "绥芬河边民互市贸易区",
                "第四条（二）": "绥芬河综合保税区",
                "第四条（三）": "绥芬河边境经济合作区（互市商品落地加工产业园）",
                "第七条": "绥芬河公路口岸、绥芬河铁路口岸；互贸区、绥芬河综合保税区",
                "第八条": "绥芬河综合保税区",
            },
            "note": "All places are inside 绥芬河; nothing moves a clause out of the 片区. 绥芬河海关 / 绥芬河市市场监督管理局 are organs.",
        },
        "_note": ("Furniture: red 版头 in TWO centred paragraphs (中国（黑龙江）自由贸易试验区 / 绥芬河片区管理委员会文件, condensed) — the issuer is the full 片区管理委员会 name, not “…文件”; "
                  "文号 绥自贸管发〔2024〕14号 + red rule; title ONE paragraph with two soft line breaks (…绥芬河片区 / 管理委员会关于印发《绥芬河片区支持边民 / 互市贸易商品落地加工发展办法》的通知 — "
                  "both breaks inside names: 绥芬河片区|管理委员会 and 边民|互市) — joined with no space. 主送 (2 parts); 1 notice paragraph (clause); NO 附件说明 line and NO 附件 label "
                  "(the 办法 follows as the 印发 text — still listed as the attachment); 落款 with the full organ name (long, right-aligned, no indent) / 2024年7月8日; （此件主动公开）. "
                  "A SECTION BREAK (new page) starts the 办法: its title in two centred paragraphs (heading), 第一章…第五章 centred 黑体 chapter headings (headings, not clauses; the path of each 第X条 should carry its 章), "
                  "第一条…第十六条 run-in (黑体 number + full-width space + 仿宋 text = one clause). 第四条 and 第十一条 end with a colon and are followed by items （一）（二）（三）(（四）) as separate paragraphs — "
                  "listed as separate clauses; merged into the article is equally good (taste); losing them or making them top-level （一） without the article is medium. "
                  "第十六条: 自2024年8月1日起施行，有效期至2026年7月31日 → effective 2024-08-01, expires 2026-07-31, and it repeals 绥自贸管发〔2021〕6号 (not this document's number). "
                  "date 2024-07-08 (落款), published 2024-07-10 (版记 印发). 版记 alone on the last page after a page break and 18 empty paragraphs. Footer “— N —” odd right / even left (the new section inherits it). "
                  "A reader may split the 办法 into a second document (title = 绥芬河片区支持边民互市贸易商品落地加工发展办法, same issuer/date/effective/expires): tolerable; then the notice keeps 1 clause. 24 clauses."),
        "_pdf": {"note": "6 pages. Page 1: 版头 (2 lines), title (3 lines), 主送, notice, 落款, （此件主动公开）. The 办法 starts on page 2 (new section); the chapter heading 第三章　申报与审核 is stranded at the foot of page 3 (its 第十条 on page 4); page 5 holds only 第十六条; page 6 only the 版记 at the foot. Same expected meta and clauses."},
    }]
    return e


def main():
    files = [build_liaoning(), build_changchun(), build_erlian(), build_suifenhe()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
