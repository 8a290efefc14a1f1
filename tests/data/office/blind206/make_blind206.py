# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, UP031
"""Blind round 206: the most ordinary documents of north-west China offices (陕西, 新疆, 宁夏, 甘肃).

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind206_shaanxi_cuoshi.docx / .pdf    陕西省人民政府办公厅 关于印发…若干措施的通知 (陕政办发〔2024〕15号);
      措施 1. to 20. under 一、…五、 headings, printed after the 落款 without a 附件 label (Shaanxi habit).
  blind206_xinjiang_shenbao.docx / .pdf  自治区商务厅 + 财政厅 + 乌鲁木齐海关 joint 通知 (新商贸发〔2024〕96号)
      with 附件 申报表 (a form table with label cells) in its own section.
  blind206_yinchuan_banfa.docx / .pdf    银川市人民政府令第5号 publishing 《银川市外商投资促进和服务保障管理办法》;
      第一条…第二十四条, no chapters, 款 as separate paragraphs indented with full-width spaces.
  blind206_lanzhou_yaodian.docx / .pdf   兰州新区综合保税区管理委员会 印发《2025年工作要点》的通知 (兰新综保发〔2025〕4号);
      一、（一） items naming 园区 and 口岸, a small 指标 table.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind206.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16   # 三号
ER = 22    # 二号
XE = 18    # 小二
SI = 14    # 四号
LINE = Pt(28.95)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
SP2 = "　　"   # two full-width spaces


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


def page_field(p, size=SI, dash="—"):
    fnt(p.add_run(dash + " "), ST, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = fnt(p.add_run(), ST, size)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            r._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            r._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    fnt(p.add_run(" " + dash), ST, size)


def grid(section):
    sp = section._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), "lines")
    g.set(qn("w:linePitch"), "579")


def new_doc(odd_even=True, centered_numbers=False, body_font=FS, dash="—"):
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
    if centered_numbers:
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        page_field(fp, dash=dash)
    else:
        doc.settings.odd_and_even_pages_header_footer = odd_even
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp, dash=dash)
        if odd_even:
            ep = s.even_page_footer.paragraphs[0]
            ep.alignment = L
            ep.paragraph_format.left_indent = Pt(SI)
            page_field(ep, dash=dash)
    return doc


def banhead(doc, text, size=48, width_scale=None, blank_before=0):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, "", XBZ, size, C, 0, line=Pt(size * 1.2))
    r = fnt(p.add_run(text), XBZ, size, color=RED)
    if width_scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), width_scale)))
    return p


def docnum_rule(doc, num, blank_before=2, body_font=FS):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, num, body_font, SAN, C, 0)
    pborder(p, "bottom", 18, "FF0000", 10)
    P(doc, indent=0)


def title_paras(doc, lines, size=ER):
    for t in lines:
        P(doc, t, XBZ, size, C, 0, line=Pt(35))
    P(doc, indent=0)


def title_soft(doc, lines, size=ER):
    p = P(doc, "", XBZ, size, C, 0, line=Pt(35))
    for i, t in enumerate(lines):
        r = fnt(p.add_run(t), XBZ, size)
        if i < len(lines) - 1:
            r.add_break()
    P(doc, indent=0)
    return p


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


def banji(doc, chaosong, printer=None, printdate=None, blank=0, east=FS):
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
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8600"/></w:tabs>' % nsdecls("w")))
    pborder(p, "bottom", 12, "000000", 2)


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False, color=None, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = line if line else 1.0
    lines = text.split("\n")
    for i, t in enumerate(lines):
        if i:
            p = cell.add_paragraph()
            p.alignment = align
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.line_spacing = line if line else 1.0
        if t:
            fnt(p.add_run(t), east, size, bold, color)
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


def row_height(row, mm, rule="atLeast"):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="%s"/>' % (nsdecls("w"), int(mm * 56.7), rule)))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_206", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ (a) 陕西省人民政府办公厅 若干措施
SX_NUM = "陕政办发〔2024〕15号"
SX_CS = "进一步深度融入共建“一带一路”大格局加快建设内陆改革开放高地若干措施"
SX_TITLE = "陕西省人民政府办公厅关于印发" + SX_CS + "的通知"
SX_TITLE_LINES = ["陕西省人民政府办公厅关于印发", "进一步深度融入共建“一带一路”大格局", "加快建设内陆改革开放高地若干措施的通知"]
SX_MAIN_TO = "各设区市人民政府，省人民政府各工作部门、各直属机构："
SX_NOTICE = "《" + SX_CS + "》已经省政府同意，现印发给你们，请结合实际认真贯彻落实。"
SX_INTRO = "为深入贯彻习近平总书记来陕考察重要讲话重要指示精神，全面落实党中央、国务院关于推进高质量共建“一带一路”的决策部署，进一步发挥我省向西开放前沿优势，加快建设内陆改革开放高地，制定以下措施。"
SX_SECTIONS = [
    ("一、提升国际大通道能级", [
        ("1.提升中欧班列长安号开行质量。", "支持西安国际港务区建设中欧班列（西安）集结中心，2024年中欧班列长安号开行量稳定在5000列以上。对新开通至中亚、欧洲的定制化班列线路，省级财政按每条线路50万元给予一次性支持。", []),
        ("2.加快建设空中丝绸之路。", "支持西安咸阳国际机场加密至共建“一带一路”国家的国际客货运航线。对新开通的国际全货机航线，按每班次15万元给予运营补助，单条航线每年补助最高不超过800万元。", []),
        ("3.畅通陆海联运通道。", "推动西安至钦州港、宝鸡至钦州港西部陆海新通道班列常态化开行。对经宝鸡综合保税区集结发运的铁海联运班列，按每标准箱500元给予运费补贴。", []),
        ("4.完善口岸功能布局。", "支持西安铁路口岸拓展进口肉类、粮食指定监管场地功能，支持延安南泥湾机场、榆林榆阳机场申请航空口岸临时开放，2024年底前完成延安南泥湾机场临时开放口岸验收。", []),
        ("5.建设数字丝绸之路。", "支持西安高新区建设国际数据服务中心，探索开展数据跨境流动安全评估便利化试点，培育10家以上面向中亚的跨境数字服务企业。", []),
    ]),
    ("二、提升自贸试验区建设水平", [
        ("6.深化制度创新。", "支持中国（陕西）自由贸易试验区中心片区在跨境金融、数字贸易等领域先行先试，2024年底前形成不少于15项制度创新成果。", []),
        ("7.推进陆港型国家物流枢纽建设。", "支持自贸试验区西安国际港务区片区开展铁路运单物权化试点，推动“一单制”提单在中欧班列长安号全线路使用。", []),
        ("8.扩大农业国际合作。", "支持自贸试验区杨凌示范区片区建设上海合作组织农业技术交流培训示范基地，支持我省农业企业在哈萨克斯坦、吉尔吉斯斯坦建设农业合作园区。",
         ["对在境外新建农业合作园区且当年实际投资额超过1000万元的企业，按实际投资额的5%给予奖励，单个企业最高不超过300万元。"]),
        ("9.推动协同创新区联动发展。", "支持宝鸡、咸阳、渭南、汉中、榆林等市自贸试验区协同创新区复制推广改革试点经验，每年复制推广不少于30项。", []),
    ]),
    ("三、做大做强开放平台", [
        ("10.提升综合保税区发展水平。", "支持西安综合保税区、西安高新综合保税区、西安关中综合保税区、西咸空港综合保税区、宝鸡综合保税区、杨凌综合保税区发展保税维修、保税研发等新业态。对年度绩效评估为A类的综合保税区，给予其管理机构200万元奖励。", []),
        ("11.办好重大展会活动。", "高水平办好丝绸之路国际博览会暨中国东西部合作与投资贸易洽谈会和欧亚经济论坛，提升西安国际会展中心（浐灞生态区）办展能力，每年引进国际性展会不少于5个。", []),
        ("12.建设国际合作园区。", "支持中俄丝路创新园（西咸新区沣东新城）、中韩产业园（西安高新区）提质升级，对新入驻园区的外资研发机构，按其实际研发投入的10%给予补助，最高不超过500万元。", []),
        ("13.发展跨境电子商务。", "支持西安、延安、宝鸡跨境电子商务综合试验区建设。对在共建“一带一路”国家建设公共海外仓并经认定的企业，按实际投资额的20%给予支持，单个企业最高不超过200万元。", []),
    ]),
    ("四、扩大贸易投资合作", [
        ("14.稳定外贸基本盘。", "对年进出口额首次突破1亿美元的企业给予一次性奖励50万元；支持企业参加广交会、进博会等重点展会，省级财政按展位费的70%给予补助。", []),
        ("15.加大外资招引力度。", "对新设立且当年实际使用外资金额达到5000万美元以上的制造业项目，按实际使用外资金额的2%给予奖励，最高不超过2000万元。", []),
        ("16.支持企业有序“走出去”。", "支持爱菊集团中哈农产品物流加工园区等境外经贸合作区扩区提质，对经认定的省级境外经贸合作区，每个给予一次性支持300万元。", []),
        ("17.做强服务贸易。", "支持西安建设服务外包示范城市，对年离岸服务外包执行额超过1000万美元的企业，按执行额增量部分每美元0.05元给予奖励。", []),
    ]),
    ("五、强化保障措施", [
        ("18.加强资金保障。", "省级外经贸发展专项资金、省级服务业发展专项资金按规定统筹支持本措施实施，省财政厅会同省商务厅于每年3月底前下达资金计划。", []),
        ("19.强化金融支持。", "鼓励中国进出口银行陕西省分行、中国出口信用保险公司陕西分公司加大对共建“一带一路”项目的信贷和保险支持，对小微外贸企业短期出口信用保险保费给予全额补助。", []),
        ("20.健全工作机制。", "省推进“一带一路”建设工作领导小组办公室（设在省发展改革委）负责统筹协调，各设区市人民政府和省级有关部门于每年6月底、12月底前报送工作进展情况。", []),
    ]),
]
SX_CLOSING = "本措施自2024年6月1日起施行，有效期至2026年12月31日。我省此前出台的有关政策与本措施不一致的，以本措施为准。"
SX_CHAOSONG = "省委各部门，省人大常委会办公厅，省政协办公厅，省纪委监委，省法院，省检察院，西安海关，各人民团体。"


def build_shaanxi():
    doc = new_doc(odd_even=True)
    banhead(doc, "陕西省人民政府办公厅文件", 42, width_scale=80, blank_before=1)
    docnum_rule(doc, SX_NUM)
    title_paras(doc, SX_TITLE_LINES)
    P(doc, SX_MAIN_TO, indent=0)
    P(doc, SX_NOTICE)
    signoff(doc, "陕西省人民政府办公厅", "2024年5月20日", right_chars=4, blank=3)
    page_break(doc)
    # the 措施 follow the 落款 directly, no 附件 label (usual in 陕政办发 files)
    P(doc, indent=0)
    title_soft(doc, ["进一步深度融入共建“一带一路”大格局", "加快建设内陆改革开放高地若干措施"])
    P(doc, SX_INTRO)
    for head, items in SX_SECTIONS:
        P(doc, head, HT, SAN)
        for h, t, cont in items:
            runin(doc, h, t, FS, FS, bold=True)
            for c in cont:
                P(doc, c)
    P(doc, SX_CLOSING)
    page_break(doc)
    banji(doc, SX_CHAOSONG, "陕西省人民政府办公厅", "2024年5月22日", blank=16)
    out = os.path.join(HERE, "blind206_shaanxi_cuoshi.docx")
    doc.save(out)
    return out


# ================================================================ (b) 新疆 joint 通知 with 申报表
XJ_NUM = "新商贸发〔2024〕96号"
XJ_PROJ = "2024年度自治区外经贸发展专项资金（跨境电商海外仓）项目"
XJ_TITLE = "新疆维吾尔自治区商务厅　新疆维吾尔自治区财政厅　乌鲁木齐海关关于组织申报" + XJ_PROJ + "的通知"
XJ_TITLE_LINES = ["新疆维吾尔自治区商务厅　新疆维吾尔自治区财政厅", "乌鲁木齐海关关于组织申报2024年度自治区外经贸", "发展专项资金（跨境电商海外仓）项目的通知"]
XJ_FORM = XJ_PROJ + "申报表"
XJ_MAIN_TO = "各地（州、市）商务主管部门、财政局，乌鲁木齐海关各隶属海关，中国（新疆）自由贸易试验区乌鲁木齐片区、喀什片区、霍尔果斯片区管委会："
XJ_INTRO = "为贯彻落实《中国（新疆）自由贸易试验区总体方案》和自治区关于加快建设丝绸之路经济带核心区的部署要求，支持我区企业在共建“一带一路”国家布局建设海外仓，根据《自治区外经贸发展专项资金管理办法》（新财建〔2023〕120号），现就组织申报" + XJ_PROJ + "有关事项通知如下："
# (heading, [(run-in head or "", text)])
XJ_BODY = [
    ("一、支持范围", [
        ("（一）公共海外仓建设项目。", "在哈萨克斯坦、乌兹别克斯坦、吉尔吉斯斯坦等中亚国家以及俄罗斯、巴基斯坦等共建“一带一路”国家新建或扩建的公共海外仓，单仓仓储面积不低于2000平方米。"),
        ("（二）口岸集货分拨中心项目。", "在霍尔果斯口岸、阿拉山口口岸、喀什综合保税区、乌鲁木齐综合保税区内建设的跨境电商出口集货、分拨中心。"),
        ("（三）海外仓信息化改造项目。", "已建成海外仓开展仓储管理系统、订单管理系统建设并与国际贸易“单一窗口”实现数据对接的项目。"),
    ]),
    ("二、支持标准", [
        ("（一）", "公共海外仓建设项目，按照项目实际投资额的30%给予支持，单个项目最高不超过300万元。"),
        ("（二）", "口岸集货分拨中心项目，按照项目实际投资额的20%给予支持，单个项目最高不超过150万元；项目位于喀什地区、和田地区、阿克苏地区、克孜勒苏柯尔克孜自治州的，支持比例提高至25%。"),
        ("（三）", "海外仓信息化改造项目，按照实际投资额的50%给予支持，单个项目最高不超过50万元。"),
    ]),
    ("三、申报条件", [
        ("", "申报企业应当同时符合下列条件："),
        ("", "1.在自治区境内依法注册登记，具有独立法人资格，已在海关办理进出口货物收发货人备案；"),
        ("", "2.2023年跨境电商进出口额不低于500万元，或者一般贸易进出口额不低于2000万元；"),
        ("", "3.近三年未发生重大安全生产、环境污染事故，未被列入严重失信主体名单。"),
    ]),
    ("四、申报程序", [
        ("（一）企业申报。", "申报企业于2024年7月31日前向注册地地（州、市）商务主管部门提交申报表（见附件）及项目投资凭证、海外仓租赁或者产权证明等材料。"),
        ("（二）初审推荐。", "各地（州、市）商务主管部门会同同级财政局于2024年8月15日前完成初审，并将推荐项目报送自治区商务厅。中国（新疆）自由贸易试验区乌鲁木齐片区、喀什片区、霍尔果斯片区内注册的企业，向所在片区管委会申报，由片区管委会初审后直接报送自治区商务厅。"),
        ("（三）审核公示。", "自治区商务厅会同自治区财政厅组织专家评审，乌鲁木齐海关负责核验申报企业进出口数据。评审结果在自治区商务厅门户网站公示7天，公示无异议的，由自治区财政厅按程序拨付资金。"),
    ]),
    ("五、有关要求", [
        ("", "各地（州、市）商务主管部门、财政局要认真做好政策宣传和项目审核，对申报材料的真实性负责。对弄虚作假、骗取专项资金的企业，依法依规追回资金，3年内不得申报自治区外经贸发展专项资金。"),
        ("", "联系人及电话：自治区商务厅对外贸易处　王　磊　0991-2841056；自治区财政厅经济建设处　李　娟　0991-2356118。"),
    ]),
]
XJ_FORM_ROWS = [
    # (cells, widths-pattern) ; "" = value cell left blank
    ["企业名称", "", "统一社会信用代码", ""],
    ["注册地址", "", "", ""],
    ["所在地（州、市）或片区", "", "联系人及电话", ""],
    ["项目类型", "□公共海外仓建设项目　□口岸集货分拨中心项目　□海外仓信息化改造项目", "", ""],
    ["项目所在国家（地区）或口岸", "", "仓储面积（平方米）", ""],
    ["项目总投资（万元）", "", "申请支持金额（万元）", ""],
    ["2023年跨境电商进出口额（万元）", "", "其中：出口额（万元）", ""],
    ["项目建设内容", "", "", ""],
    ["企业承诺", "本企业承诺所填报内容及提交材料真实、准确、完整，如有虚假，愿承担相应法律责任。\n\n法定代表人（签字）：　　　　　　　（企业盖章）\n　　　　　　　　　　　　　　　　　年　　月　　日", "", ""],
    ["地（州、市）商务主管部门或片区管委会初审意见", "\n\n（盖章）\n年　　月　　日", "", ""],
    ["地（州、市）财政局意见", "\n\n（盖章）\n年　　月　　日", "", ""],
]
XJ_FORM_NOTE = "注：1.项目类型请在对应“□”内打“√”；2.金额保留两位小数；3.本表一式三份，报送时附电子版。"
XJ_CHAOSONG = "自治区人民政府办公厅，各地（州、市）人民政府（行政公署），新疆生产建设兵团商务局、财政局。"


def build_xinjiang():
    doc = new_doc(odd_even=False)
    banhead(doc, "新疆维吾尔自治区商务厅文件", 40, width_scale=78, blank_before=1)
    docnum_rule(doc, XJ_NUM)
    title_soft(doc, XJ_TITLE_LINES, size=XE)
    P(doc, XJ_MAIN_TO, indent=0)
    P(doc, XJ_INTRO)
    for head, items in XJ_BODY:
        P(doc, head, HT, SAN)
        for h, t in items:
            if h:
                runin(doc, h, t, KT if "。" in h else FS, FS)
            else:
                P(doc, t)
    # 附件说明
    P(doc, indent=0)
    p = P(doc, "附件：" + XJ_FORM, indent=0)
    p.paragraph_format.left_indent = Pt(SAN * 5)
    p.paragraph_format.first_line_indent = Pt(-SAN * 3)
    # joint 落款: three organs on two lines with tabs, date under
    for _ in range(3):
        P(doc, indent=0)
    p = P(doc, "新疆维吾尔自治区商务厅\t新疆维吾尔自治区财政厅", FS, SAN, L, 0)
    p.paragraph_format.left_indent = Pt(SAN * 1)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="left" w:pos="4800"/></w:tabs>' % nsdecls("w")))
    P(doc, indent=0)
    P(doc, indent=0)
    p = P(doc, "乌鲁木齐海关", FS, SAN, L, 0)
    p.paragraph_format.left_indent = Pt(SAN * 4)
    p = P(doc, "2024年6月18日", FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 4)
    P(doc, indent=0)
    P(doc, "（此件主动公开）", FS, SAN, L, 2)
    # 附件 in its own section (next page), narrower margins for the form
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.top_margin, sec.bottom_margin = Mm(30), Mm(28)
    sec.left_margin, sec.right_margin = Mm(25), Mm(25)
    grid(sec)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    p = P(doc, "", XBZ, XE, C, 0, line=Pt(30))
    r = fnt(p.add_run("2024年度自治区外经贸发展专项资金"), XBZ, XE)
    r.add_break()
    fnt(p.add_run("（跨境电商海外仓）项目申报表"), XBZ, XE)
    P(doc, indent=0, line=Pt(12))
    p = P(doc, "填报单位（盖章）：\t填报日期：　　年　　月　　日", FS, SI, L, 0, line=Pt(24))
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="left" w:pos="4300"/></w:tabs>' % nsdecls("w")))
    widths = [42, 43, 38, 37]
    tbl = doc.add_table(rows=len(XJ_FORM_ROWS), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, widths)
    for i, cells in enumerate(XJ_FORM_ROWS):
        row = tbl.rows[i]
        if cells[2] == "" and cells[3] == "" and i not in (0,):
            # label + one merged value cell
            cell_text(row.cells[0], cells[0], FS, 12, C)
            m = row.cells[1].merge(row.cells[3])
            if cells[1]:
                cell_text(m, cells[1], FS, 12, L if i != 9 and i != 10 else R)
            row_height(row, {7: 32, 8: 30, 9: 24, 10: 24}.get(i, 12))
        else:
            for j, t in enumerate(cells):
                if t:
                    cell_text(row.cells[j], t, FS, 12, C)
            row_height(row, 12)
        for c in row.cells:
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    P(doc, XJ_FORM_NOTE, FS, 12, L, 0, line=Pt(20), before=4)
    # 版记 on the last page
    page_break(doc)
    banji(doc, XJ_CHAOSONG, "新疆维吾尔自治区商务厅办公室", "2024年6月19日", blank=18)
    out = os.path.join(HERE, "blind206_xinjiang_shenbao.docx")
    doc.save(out)
    return out


# ================================================================ (c) 银川市人民政府令 管理办法
YC_NUM = "银川市人民政府令第5号"
YC_BF = "银川市外商投资促进和服务保障管理办法"
YC_LING = "《" + YC_BF + "》已经2024年8月27日市人民政府第52次常务会议审议通过，现予公布，自2024年10月1日起施行。"
# each article: list of 款 (paragraphs); the first carries 第X条
YC_ARTS = [
    ("第一条", ["为了促进和扩大外商投资，保护外国投资者合法权益，优化外商投资服务保障，推动本市深度融入共建“一带一路”和宁夏内陆开放型经济试验区建设，根据《中华人民共和国外商投资法》《中华人民共和国外商投资法实施条例》等法律法规，结合本市实际，制定本办法。"]),
    ("第二条", ["本办法适用于本市行政区域内的外商投资促进、服务保障和投诉处理等活动。",
              "本办法所称外商投资，是指外国的自然人、企业或者其他组织（以下称外国投资者）直接或者间接在本市进行的投资活动。",
              "香港特别行政区、澳门特别行政区和台湾地区投资者在本市投资的，参照本办法执行。"]),
    ("第三条", ["市人民政府统一领导全市外商投资促进和服务保障工作，建立健全外商投资工作协调机制，研究解决外商投资工作中的重大问题。",
              "市商务主管部门负责全市外商投资促进、服务保障和管理工作。发展改革、市场监管、自然资源、税务、海关等部门按照各自职责做好相关工作。",
              "兴庆区、金凤区、西夏区、永宁县、贺兰县和灵武市人民政府（以下统称县（市）区人民政府）负责本辖区的外商投资促进和服务保障工作。"]),
    ("第四条", ["银川经济技术开发区、银川高新技术产业开发区和银川综合保税区管理机构负责本区域内的外商投资促进和服务保障工作，按照规定行使市级经济管理权限。"]),
    ("第五条", ["市商务主管部门应当会同有关部门编制外商投资促进规划，每年发布外商投资指引，向外国投资者提供法律法规、产业政策、投资项目和投资环境等信息。"]),
    ("第六条", ["本市依托中国—阿拉伯国家博览会，建立面向阿拉伯国家和共建“一带一路”国家的投资促进机制，每年组织重点产业招商推介活动不少于10场。"]),
    ("第七条", ["鼓励外国投资者在银川经济技术开发区投资新型材料、高端装备制造产业，在银川高新技术产业开发区投资电子信息、生物医药产业，在银川综合保税区开展保税加工、保税维修和跨境电子商务业务。"]),
    ("第八条", ["对新设立且当年实际使用外资金额达到1000万美元以上的外商投资企业，按照实际使用外资金额的2%给予奖励，单个企业最高不超过500万元。",
              "外商投资企业以利润再投资且当年实际使用外资金额达到500万美元以上的，按照前款规定标准的50%给予奖励。"]),
    ("第九条", ["外国投资者在永宁县闽宁镇、贺兰县暖泉工业园区投资葡萄酒、枸杞等特色农产品精深加工项目的，奖励标准在本办法第八条规定的基础上提高20%。"]),
    ("第十条", ["市、县（市）区人民政府应当将外商投资项目纳入重点项目服务保障范围，在用地、用能、用水等方面依法予以保障。",
              "对总投资1亿美元以上的外商投资项目，实行“一项目一专班”服务，由市级领导联系包抓。"]),
    ("第十一条", ["市政务服务管理部门应当在市民大厅设立外商投资服务专窗，为外商投资企业提供登记注册、项目备案、社会保险、税务等“一站式”服务。"]),
    ("第十二条", ["银川海关、银川河东国际机场口岸管理部门应当为外商投资企业进出口货物提供通关便利，推行“提前申报”“两步申报”等通关模式，压缩货物整体通关时间。"]),
    ("第十三条", ["外商投资企业的外籍高层次人才及其配偶、子女在本市办理居留、就医、子女入学等事项的，有关部门应当提供便利。"]),
    ("第十四条", ["本市建立外商投资企业投诉工作机制。市商务主管部门设立银川市外商投资企业投诉中心（以下简称投诉中心），负责受理、处理外商投资企业投诉。",
               "县（市）区人民政府和银川经济技术开发区、银川高新技术产业开发区、银川综合保税区管理机构应当明确负责外商投资企业投诉工作的部门。"]),
    ("第十五条", ["外商投资企业或者其投资者认为行政机关及其工作人员的行政行为侵犯其合法权益的，可以通过外商投资企业投诉工作机制申请协调解决。投诉材料应当包括下列内容：",
               "（一）投诉人的姓名或者名称、通讯地址、联系人及联系方式；",
               "（二）被投诉人的名称；",
               "（三）投诉事项、事实和理由及相关证明材料。"]),
    ("第十六条", ["投诉中心应当自收到完整投诉材料之日起7个工作日内作出是否受理的决定，自受理之日起60个工作日内办结；情况复杂的，经投诉中心负责人批准，可以延长30个工作日。"]),
    ("第十七条", ["行政机关应当履行向外国投资者、外商投资企业依法作出的政策承诺以及依法订立的各类合同，不得以行政区划调整、政府换届、机构或者职能调整以及相关责任人更替等为由违约毁约。",
               "因国家利益、社会公共利益需要改变政策承诺、合同约定的，应当依照法定权限和程序进行，并依法对外国投资者、外商投资企业因此受到的损失予以补偿。"]),
    ("第十八条", ["有关部门制定涉及外商投资的规范性文件，应当征求外商投资企业和有关商会、协会的意见；除涉及国家秘密等法定情形外，应当为外商投资企业留出不少于30日的适应调整期。"]),
    ("第十九条", ["本市依法保护外国投资者、外商投资企业的知识产权。中国（银川）知识产权保护中心应当为外商投资企业提供专利快速预审、快速确权和快速维权服务。"]),
    ("第二十条", ["市商务主管部门应当会同统计、市场监管等部门建立外商投资信息报告和监测分析制度，每半年向市人民政府报告全市外商投资情况。"]),
    ("第二十一条", ["行政机关及其工作人员在外商投资促进和服务保障工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。"]),
    ("第二十二条", ["外商投资企业以欺骗等不正当手段骗取奖励资金的，由市商务主管部门追回已拨付资金，并自追回之日起3年内不得享受本办法规定的奖励。"]),
    ("第二十三条", ["本办法具体应用中的问题，由市商务主管部门负责解释。"]),
    ("第二十四条", ["本办法自2024年10月1日起施行。2019年6月12日银川市人民政府令第3号公布的《银川市鼓励外商投资若干规定》同时废止。"]),
]
YC_CHAOSONG = "市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市中级法院，市检察院，银川海关，各人民团体。"


def build_yinchuan():
    doc = new_doc(centered_numbers=True, body_font=FS2, dash="-")
    # 令 format: organ + 令, 令号, no red rule, 令 text, 市长 signature, date
    P(doc, indent=0)
    P(doc, indent=0)
    banhead(doc, "银川市人民政府令", 52, width_scale=90)
    P(doc, indent=0)
    P(doc, "第5号", FS2, SAN, C, 0)
    P(doc, indent=0)
    P(doc, indent=0)
    P(doc, SP2 + YC_LING, FS2, SAN, J, 0)
    P(doc, indent=0)
    P(doc, indent=0)
    p = P(doc, "市　长　　赵　明", FS2, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 4)
    p = P(doc, "2024年9月3日", FS2, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 4)
    page_break(doc)
    # the 办法: title on two lines (soft break), 第X条 run-in 黑体, 款 as their own paragraphs,
    # indentation typed as two full-width spaces (no first-line indent)
    title_soft(doc, ["银川市外商投资促进和服务保障", "管理办法"])
    for num, kuan in YC_ARTS:
        p = P(doc, indent=0)
        fnt(p.add_run(SP2), FS2, SAN)
        fnt(p.add_run(num), HT, SAN)
        fnt(p.add_run("　" + kuan[0]), FS2, SAN)
        for k in kuan[1:]:
            P(doc, SP2 + k, FS2, SAN, J, 0)
    page_break(doc)
    banji(doc, YC_CHAOSONG, "银川市人民政府办公室", "2024年9月5日", blank=18, east=FS2)
    out = os.path.join(HERE, "blind206_yinchuan_banfa.docx")
    doc.save(out)
    return out


# ================================================================ (d) 兰州新区综合保税区 工作要点
LZ_NUM = "兰新综保发〔2025〕4号"
LZ_YD = "兰州新区综合保税区2025年工作要点"
LZ_TITLE = "兰州新区综合保税区管理委员会关于印发《" + LZ_YD + "》的通知"
LZ_MAIN_TO = "综保区各部门、各驻区单位，区内各企业："
LZ_NOTICE = [
    "现将《" + LZ_YD + "》印发给你们，请结合工作实际，认真抓好贯彻落实。",
    "各责任部门要细化任务分工，于每季度末月20日前将工作进展情况报送管委会综合办公室。",
]
LZ_INTRO = "2025年，综保区工作的总体要求是：坚持以高水平开放为引领，以通道建设为支撑，以保税产业为核心，全力打造向西开放重要门户和国际物流枢纽。主要预期目标如下："
LZ_TABLE_H = ["指标", "2024年完成", "2025年目标"]
LZ_TABLE = [
    ["进出口总额（亿元）", "65.3", "80"],
    ["国际货运班列（列）", "262", "300"],
    ["新签约项目（个）", "14", "18"],
    ["跨境电商进出口额（亿元）", "8.6", "12"],
]
LZ_SECTIONS = [
    ("一、聚焦通道建设，提升开放枢纽能级", [
        ("（一）稳定开行国际班列。", "依托兰州新区中川北站铁路物流中心，常态化开行至中亚、南亚和欧洲的国际货运班列，全年开行“兰州新区号”国际班列不少于300列。"),
        ("（二）提升航空口岸功能。", "配合兰州中川国际机场航空口岸拓展进境水果、冰鲜水产品指定监管场地功能，推动开通兰州至阿拉木图、塔什干国际货运航线。"),
        ("（三）推进“区港联动”。", "推动综保区与兰州中川国际机场航空口岸、兰州国际陆港一体化运作，实现进出口货物“一次申报、一次查验、一次放行”。"),
    ]),
    ("二、聚焦产业发展，壮大保税经济", [
        ("（一）做大保税加工。", "支持兰州新区精细化工园区、秦川园区企业利用综保区保税政策开展“区内加工、区外配套”，全年加工贸易进出口额达到30亿元。"),
        ("（二）发展保税物流。", "加快综保区B区进口商品分拨中心建设，2025年6月底前投入运营，培育年进出口额超亿元的保税物流企业3家以上。"),
        ("（三）培育跨境电商。", "完善跨境电商监管中心功能，全面开展“9610”“9710”“9810”“1210”业务，全年跨境电商进出口额达到12亿元。"),
        ("（四）拓展保税维修检测。", "支持区内企业开展工程机械、航空器材保税维修和检测业务，力争新增保税维修项目2个。"),
    ]),
    ("三、聚焦招商引资，扩大有效投资", [
        ("（一）开展精准招商。", "围绕新材料、装备制造、农产品加工等产业链，赴哈萨克斯坦、乌兹别克斯坦和粤港澳大湾区、长三角地区开展招商推介活动不少于6场，全年新签约项目18个以上。"),
        ("（二）加快项目建设。", "加快综保区二期（中川园区）围网及卡口建设，2025年10月底前通过验收；推动已签约的15个项目开工建设。"),
    ]),
    ("四、聚焦改革创新，优化营商环境", [
        ("（一）复制推广改革经验。", "全年复制推广自由贸易试验区改革试点经验不少于15项，推行企业集团加工贸易监管模式。"),
        ("（二）强化区域协同。", "深化与兰州国际陆港、武威保税物流中心、天水航空口岸的协同联动，推动共享监管资源、联合招商引资。"),
        ("（三）提升政务服务效能。", "推行企业设立、项目审批“一窗受理、并联审批”，一般企业投资项目审批时限压缩至25个工作日以内。"),
    ]),
    ("五、聚焦要素保障，夯实发展基础", [
        ("（一）加强金融支持。", "推动在区内设立跨境人民币结算服务中心，2025年跨境人民币结算量突破20亿元。"),
        ("（二）强化人才支撑。", "联合兰州新区职业教育园区开展保税物流、跨境电商技能培训不少于500人次。"),
    ]),
    ("六、加强组织领导", [
        ("（一）压实工作责任。", "各部门主要负责同志为第一责任人，对照年度目标细化任务清单，明确时间节点和责任人。"),
        ("（二）强化督查考核。", "管委会综合办公室每季度对工作要点落实情况开展督查，督查结果纳入年度绩效考核。"),
    ]),
]
LZ_CHAOSONG = "兰州新区党工委、管委会，兰州海关，兰州新区海关，兰州新区经济发展局、商务和投资合作局。"


def build_lanzhou():
    doc = new_doc(odd_even=True, body_font=FS2)
    banhead(doc, "兰州新区综合保税区管理委员会文件", 34, width_scale=75, blank_before=1)
    docnum_rule(doc, LZ_NUM, body_font=FS2)
    # title typed as one paragraph, lines wrap on their own
    p = P(doc, LZ_TITLE, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0)
    P(doc, LZ_MAIN_TO, FS2, indent=0)
    for t in LZ_NOTICE:
        P(doc, t, FS2)
    P(doc, indent=0)
    p = P(doc, "附件：" + LZ_YD, FS2, indent=2)
    signoff(doc, "兰州新区综合保税区管理委员会", "2025年2月14日", right_chars=2, blank=2, east=FS2)
    page_break(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    P(doc, LZ_YD, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0)
    P(doc, LZ_INTRO, FS2)
    tbl = doc.add_table(rows=1 + len(LZ_TABLE), cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [70, 40, 40])
    for j, h in enumerate(LZ_TABLE_H):
        cell_text(tbl.cell(0, j), h, HT, SI, C)
    for i, row in enumerate(LZ_TABLE):
        for j, v in enumerate(row):
            cell_text(tbl.cell(i + 1, j), v, FS2, SI, L if j == 0 else C)
    for r in tbl.rows:
        row_height(r, 9)
    for head, items in LZ_SECTIONS:
        P(doc, head, HT, SAN)
        for h, t in items:
            runin(doc, h, t, KT2, FS2)
    q = P(doc, indent=0)                      # 版记 page: "page break before" instead of a break character
    q.paragraph_format.page_break_before = True
    banji(doc, LZ_CHAOSONG, "兰州新区综合保税区管理委员会综合办公室", "2025年2月17日", blank=13, east=FS2)
    out = os.path.join(HERE, "blind206_lanzhou_yaodian.docx")
    doc.save(out)
    return out


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 陕西
    sx_cl = [SX_NOTICE, SX_INTRO]
    for _, items in SX_SECTIONS:
        for h, t, cont in items:
            sx_cl.append(h + t)
            sx_cl.extend(cont)
    sx_cl.append(SX_CLOSING)
    out["blind206_shaanxi_cuoshi"] = [{
        "meta": {
            "title": SX_TITLE, "doc_number": SX_NUM, "issuer": ["陕西省人民政府办公厅"],
            "date": "2024-05-20", "published": "2024-05-22", "level": "provincial", "region": "陕西省",
            "effective": "2024-06-01", "expires": "2026-12-31", "attachments": [SX_CS],
            "doc_type": "通知（印发若干措施）",
            "recipients": ["各设区市人民政府", "省人民政府各工作部门、各直属机构"], "publicity": "此件公开发布",
        },
        "clauses": sx_cl,
        "applies_to": {
            "default": "陕西省",
            "specific": {
                "1.": "西安国际港务区（西安市）",
                "2.": "西安咸阳国际机场（西咸新区空港新城）",
                "3.": "宝鸡综合保税区（宝鸡市）; 西安/宝鸡 are origins, 钦州港 (广西) is a destination, not a place of application",
                "4.": "西安铁路口岸（西安国际港务区）；延安南泥湾机场（延安市）、榆林榆阳机场（榆林市）",
                "5.": "西安高新区",
                "6.": "中国（陕西）自由贸易试验区中心片区",
                "7.": "自贸试验区西安国际港务区片区",
                "8.": "自贸试验区杨凌示范区片区 (哈萨克斯坦/吉尔吉斯斯坦 are where the enterprises invest abroad; the reward in the continuation paragraph is the province's)",
                "9.": "宝鸡、咸阳、渭南、汉中、榆林（自贸试验区协同创新区）",
                "10.": "西安综保区、西安高新综保区、西安关中综保区、西咸空港综保区、宝鸡综保区、杨凌综保区",
                "11.": "西安国际会展中心（西安浐灞生态区）",
                "12.": "中俄丝路创新园（西咸新区沣东新城）、中韩产业园（西安高新区）",
                "13.": "西安、延安、宝鸡（跨境电子商务综合试验区）",
                "16.": "中哈农产品物流加工园区 is abroad (哈萨克斯坦); the support is the province's — 陕西省",
                "17.": "西安市",
            },
            "note": "中亚、欧洲、共建“一带一路”国家、钦州港 do not move a clause abroad or to 广西. 11. names 西安国际会展中心 in 浐灞; 19. names bank branches (organs, not places).",
        },
        "_note": (
            "Red 版头 陕西省人民政府办公厅文件 (condensed 80%); 文号 + red rule; title typed as THREE centred paragraphs (…关于印发 / 进一步深度融入共建“一带一路”大格局 / 加快建设内陆改革开放高地若干措施的通知) joined with no space; 主送; ONE notice paragraph; 落款 陕西省人民政府办公厅 / 2024年5月20日; （此件公开发布）; then a page break and the 措施 printed WITHOUT a 附件 label and without a 附件说明 (usual in Shaanxi 印发 notices): "
            "措施 title (one paragraph, one soft break), intro paragraph, 一、…五、 黑体 headings (own paragraphs; heading clauses tolerable low), measures 1.…20. numbered continuously across the headings, each a bold run-in head + text (one clause). "
            "Measure 8 has a CONTINUATION paragraph with no number (the reward) — listed separately here; merged into 8. equally good; glued onto 9. or given a path outside 二、/8. is medium. "
            "The closing paragraph (本措施自2024年6月1日起施行，有效期至2026年12月31日…) follows measure 20 without a number — a clause of its own (glued into 20. is low/medium). "
            "effective 2024-06-01, expires 2026-12-31 (from the 措施's closing paragraph); date 2024-05-20 (落款), published 2024-05-22 (版记 印发). attachments: the 措施 title (the 印发 object) — [] tolerable since the file has no 附件说明; a second document for the 措施 (same meta) is tolerable. "
            "版记 (抄送… / 陕西省人民政府办公厅 2024年5月22日印发) alone on the last page. 西安海关 in 抄送 is an organ."
        ),
        "_pdf": {"note": "8 pages. Page 1: 版头 … 落款; page 2 holds ONLY （此件公开发布） (pushed over by the 落款); 措施 on pages 3–7, page 7 holding only the closing 施行/有效期 paragraph; 版记 alone at the foot of page 8. Page numbers “— N —” odd right / even left. Same expected meta and clauses."},
    }]
    # ---- (b) 新疆
    xj_cl = [XJ_INTRO]
    for _, items in XJ_BODY:
        for h, t in items:
            xj_cl.append(h + t)
    form_rows = []
    for cells in XJ_FORM_ROWS:
        form_rows.append(" | ".join(c.replace("\n", " ") for c in cells if c))
    out["blind206_xinjiang_shenbao"] = [{
        "meta": {
            "title": XJ_TITLE, "doc_number": XJ_NUM,
            "issuer": ["新疆维吾尔自治区商务厅", "新疆维吾尔自治区财政厅", "乌鲁木齐海关"],
            "date": "2024-06-18", "published": "2024-06-19", "level": "provincial", "region": "新疆维吾尔自治区",
            "effective": None, "expires": None, "attachments": [XJ_FORM], "doc_type": "通知（组织申报）",
            "recipients": ["各地（州、市）商务主管部门、财政局", "乌鲁木齐海关各隶属海关", "中国（新疆）自由贸易试验区乌鲁木齐片区、喀什片区、霍尔果斯片区管委会"],
            "publicity": "此件主动公开",
        },
        "clauses": xj_cl,
        "_form_rows": form_rows,
        "applies_to": {
            "default": "新疆维吾尔自治区",
            "specific": {
                "一、（二）": "霍尔果斯口岸（伊犁州霍尔果斯市）、阿拉山口口岸（博州阿拉山口市）、喀什综合保税区（喀什市）、乌鲁木齐综合保税区（乌鲁木齐市）",
                "二、（二）": "the raised 25% rate: 喀什地区、和田地区、阿克苏地区、克孜勒苏柯尔克孜自治州 (the rest of the clause: whole 自治区)",
                "四、（二）": "second sentence: 中国（新疆）自贸试验区乌鲁木齐片区、喀什片区、霍尔果斯片区",
            },
            "note": "一、（一） names 哈萨克斯坦/乌兹别克斯坦/吉尔吉斯斯坦/俄罗斯/巴基斯坦 — where the warehouses are, the support is 新疆's; tagging the clause abroad only is medium. 乌鲁木齐海关 is an organ, not 乌鲁木齐市.",
        },
        "_note": (
            "Joint document of three organs with a 版头 of the LEAD organ only (新疆维吾尔自治区商务厅文件, allowed by GB/T 9704); issuers must come from the title / 落款: 新疆维吾尔自治区商务厅, 新疆维吾尔自治区财政厅, 乌鲁木齐海关. "
            "Title ONE paragraph (小二) with TWO soft line breaks (商务厅　财政厅 / 乌鲁木齐海关关于组织申报2024年度自治区外经贸 / 发展专项资金…的通知 — the second break splits 外经贸|发展), organs separated by full-width spaces (half-width or none: taste). "
            "主送 (3 parts); intro paragraph ending 通知如下：; 一、…五、 黑体 headings; 一、 and 四、 have run-in 楷体 （一）…（三）; 二、 has （一）（二）（三） with NO run-in heading (number + text); 三、 has a lead-in (申报企业应当同时符合下列条件：) and items 1. 2. 3. as separate paragraphs (merged into the lead-in equally good; they must sit under 三、); 五、 two plain paragraphs, the second the 联系人及电话 line (as a clause fine, as furniture fine). "
            "附件说明 附件：…申报表; joint 落款 typed as paragraphs: line 1 商务厅 <tab> 财政厅, two blank lines, 乌鲁木齐海关, date 2024年6月18日 right — furniture; （此件主动公开）. "
            "The 附件 is in a NEW SECTION (next page, other margins): label 附件, form title in one paragraph with a soft break, 填报单位（盖章）：<tab>填报日期 line, a 4-column bordered FORM table with label cells (企业名称/统一社会信用代码/…/企业承诺/初审意见, value cells mostly empty, merged value cells, a 企业承诺 text and （盖章） 年 月 日 blocks) and a 注： line under it. "
            "A blank form holds no provisions: expected clauses come from the notice body only; label rows as table-row clauses (see _form_rows) are tolerable low; form text glued into a body clause, or the form title / 填报单位 line taken as the document title, is medium. "
            "No effective/expires: 2024-07-31 and 2024-08-15 are application deadlines, 新财建〔2023〕120号 is a cited document's number. date 2024-06-18, published 2024-06-19 (版记, alone on the last page)."
        ),
        "_pdf": {"note": "7 pages. Notice on pages 1–4 (page 4: end of 五、, 附件说明, the three-organ 落款 and （此件主动公开）); the form on pages 5–6 — it breaks across the pages: 企业承诺 and the two 意见 rows and the 注： line are on page 6; 版记 alone on page 7. Page numbers “— N —” on the right on every page (no odd/even). Same expected meta and clauses."},
    }]
    # ---- (c) 银川
    yc_cl = [YC_LING]
    for num, kuan in YC_ARTS:
        yc_cl.append(num + "　" + kuan[0])
        yc_cl.extend(kuan[1:])
    out["blind206_yinchuan_banfa"] = [{
        "meta": {
            "title": YC_BF, "doc_number": YC_NUM, "issuer": ["银川市人民政府"],
            "date": "2024-09-03", "published": "2024-09-05", "level": "municipal", "region": "宁夏回族自治区银川市",
            "effective": "2024-10-01", "expires": None, "attachments": [], "doc_type": "政府令（规章·管理办法）",
            "recipients": [], "publicity": None,
            "repeals": "《银川市鼓励外商投资若干规定》（2019年6月12日银川市人民政府令第3号公布）",
        },
        "clauses": yc_cl,
        "applies_to": {
            "default": "宁夏回族自治区银川市",
            "specific": {
                "第三条 第三款": "兴庆区、金凤区、西夏区、永宁县、贺兰县、灵武市 (all the 县（市）区 — i.e. the whole city; tagging them is fine)",
                "第四条": "银川经济技术开发区、银川高新技术产业开发区、银川综合保税区",
                "第七条": "银川经济技术开发区、银川高新技术产业开发区、银川综合保税区",
                "第九条": "永宁县闽宁镇、贺兰县暖泉工业园区",
                "第十二条": "银川河东国际机场（灵武市）口岸",
                "第十四条 第二款": "县（市）区 and the three zones (as 第四条)",
            },
            "note": "阿拉伯国家 / 共建“一带一路”国家 (第六条) and 香港、澳门、台湾 (第二条第三款: investors from there) do not move a clause out of 银川. 银川海关 is an organ.",
        },
        "_note": (
            "政府令 format: red 银川市人民政府令 (no 文件, no red rule), 令号 第5号 centred under it → doc_number 银川市人民政府令第5号 (第5号 alone tolerable low); the 令 paragraph (…已经2024年8月27日市人民政府第52次常务会议审议通过，现予公布，自2024年10月1日起施行。) is the first clause; signature 市　长　　赵　明 and date 2024年9月3日 right-aligned — furniture (the mayor is not an issuer; issuer = 银川市人民政府). "
            "The 令 has no title of its own: title = the 办法's title 银川市外商投资促进和服务保障管理办法 (printed on page 2 in one paragraph with a soft break before 管理办法). No 主送, no 附件, no （此件公开发布）. "
            "The 办法 has NO chapters: 第一条…第二十四条, each article one paragraph starting with two FULL-WIDTH SPACES (indentation typed, no first-line indent) + 黑体 article number + full-width space + text. "
            "Later 款 of an article are separate paragraphs starting with two full-width spaces and no number (第二条 3 款, 第三条 3 款, 第八条/第十条/第十四条/第十七条 2 款); 第十五条 has items （一）（二）（三）. Expected lists each 款/item as its own entry (text without the leading spaces); merged into the article equally good. A 款 glued onto the NEXT article, dropped, or given no article in its path is serious/medium; leading full-width spaces kept in clause text is low. "
            "Dates: 2024-08-27 = 常务会议 (not the date), date = 2024-09-03 (令 signed), published 2024-09-05 (版记), effective 2024-10-01 (令 + 第二十四条), no expiry. 第二十四条 repeals the 2019 规定 — 2019-06-12 and 银川市人民政府令第3号 belong to the repealed act, not to this one. 版记 alone on the last page; page numbers centred “- N -”."
        ),
        "_pdf": {"note": "7 pages. Page 1 is the 令 alone; the 办法 runs on pages 2–6 (款 and 第十五条 items cross page boundaries in places); 版记 alone at the foot of page 7. Page numbers centred “- N -” (hyphens). Same expected meta and clauses."},
    }]
    # ---- (d) 兰州
    lz_cl = LZ_NOTICE + [LZ_INTRO] + [row_clause(LZ_TABLE_H, r) for r in LZ_TABLE]
    lz_cl += [h + t for _, items in LZ_SECTIONS for h, t in items]
    out["blind206_lanzhou_yaodian"] = [{
        "meta": {
            "title": LZ_TITLE, "doc_number": LZ_NUM, "issuer": ["兰州新区综合保税区管理委员会"],
            "date": "2025-02-14", "published": "2025-02-17", "level": "zone", "region": "甘肃省兰州市（兰州新区）",
            "effective": None, "expires": None, "attachments": [LZ_YD], "doc_type": "通知（印发工作要点）",
            "recipients": ["综保区各部门、各驻区单位", "区内各企业"], "publicity": "此件公开发布",
        },
        "clauses": lz_cl,
        "applies_to": {
            "default": "兰州新区综合保税区（甘肃省兰州市兰州新区）",
            "specific": {
                "一、（一）": "兰州新区中川北站铁路物流中心",
                "一、（二）": "兰州中川国际机场航空口岸 (阿拉木图、塔什干 are destinations)",
                "一、（三）": "兰州中川国际机场航空口岸、兰州国际陆港",
                "二、（一）": "兰州新区精细化工园区、秦川园区",
                "二、（二）": "综保区B区",
                "三、（二）": "综保区二期（中川园区）",
                "四、（二）": "兰州国际陆港、武威保税物流中心（武威市）、天水航空口岸（天水市） as partners — the task is the 综保区's",
                "五、（二）": "兰州新区职业教育园区",
            },
            "note": "三、（一） names 哈萨克斯坦、乌兹别克斯坦、粤港澳大湾区、长三角 — where promotion events are held; not places of application. 兰州海关 / 兰州新区海关 in 抄送 are organs.",
        },
        "_note": (
            "Red 版头 兰州新区综合保税区管理委员会文件 (long, condensed 75%); 文号 兰新综保发〔2025〕4号 + red rule; title ONE paragraph with NO manual break (wraps on its own over 2–3 lines); 主送; TWO notice paragraphs; 附件说明 附件：兰州新区综合保税区2025年工作要点 (single attachment, no number); 落款 + （此件公开发布）; page break; label 附件, 要点 title, intro paragraph ending 主要预期目标如下：, "
            "a small 3-column bordered table 指标/2024年完成/2025年目标 with 4 rows (each row one clause 指标：…；2024年完成：…；2025年目标：…), then 一、…六、 黑体 headings with run-in 楷体 （一）… items restarting under each heading (heading + text = one clause; labels unique with their parent). "
            "Fonts are 仿宋 / 楷体 (not the _GB2312 ones). No effective/expires (工作要点; effective = 2025-02-14 tolerable low). 2025年6月底, 2025年10月底 are deadlines. date 2025-02-14, published 2025-02-17. level zone (a 综保区管委会; municipal tolerable low)."
        ),
        "_pdf": {"note": "6 pages. Page 1: notice, 附件说明 and 落款; page 2 holds ONLY （此件公开发布）; 要点 on pages 3–5 with the 指标 table printed as a grid on page 3; 版记 alone on page 6; “— N —” odd right / even left. Same expected meta and clauses."},
    }]
    return out


def main():
    files = [build_shaanxi(), build_xinjiang(), build_yinchuan(), build_lanzhou()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
