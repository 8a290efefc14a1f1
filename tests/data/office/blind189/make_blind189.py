# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 189: the most ordinary documents of south and south-west China offices.

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind189_zhuhai_notice.docx / .pdf     珠海市人民政府 通知 (珠府〔2024〕37号) on 横琴粤澳深度合作区
      and the 广东自贸试验区; 一、（一） body, items naming 横琴 / 南沙 / 前海蛇口 / 金湾区 / 斗门区 ...
  blind189_chongqing_xize.docx / .pdf    重庆市商务委员会 重庆海关 joint 印发通知 (渝商务发〔2024〕29号)
      with the 实施细则 (第一章…第五章, 第一条…第十七条, 施行/有效期) after the 附件 label;
      joint 版头 drawn as a borderless table, joint 落款 side by side.
  blind189_guiyang_yaodian.docx / .pdf   贵阳综合保税区管理委员会 印发《2024年工作要点》的通知
      (筑综保管发〔2024〕5号); 附件1 工作要点, 附件2 重点任务表 (序号/任务/责任部门/完成时间)
      in a landscape section, header row repeated on each page, 3 merged category rows.
  blind189_beihai_pifu.docx / .pdf       北海市人民政府办公室 批复 to 铁山港区人民政府
      (北政办函〔2024〕63号), 信函格式 (no 文件, red double rule, 文号 right under the rule,
      no page number on page 1), 此复.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind189.py
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


def runin(doc, head, body, head_font=KT, bold=False):
    p = P(doc)
    fnt(p.add_run(head), head_font, SAN, bold)
    fnt(p.add_run(body), FS, SAN)
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


def new_doc(odd_even=True, first_page_blank_footer=False, centered_numbers=False):
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(28)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)
    grid(s)
    if centered_numbers:
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        page_field(fp)
    else:
        doc.settings.odd_and_even_pages_header_footer = odd_even
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
        if odd_even:
            ep = s.even_page_footer.paragraphs[0]
            ep.alignment = L
            ep.paragraph_format.left_indent = Pt(SI)
            page_field(ep)
    if first_page_blank_footer:
        s.different_first_page_header_footer = True
    return doc


def banhead(doc, text, size=48, width_scale=None):
    p = P(doc, "", XBZ, size, C, 0, line=Pt(size * 1.2))
    r = fnt(p.add_run(text), XBZ, size, color=RED)
    if width_scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), width_scale)))
    return p


def docnum_rule(doc, num, blank_before=2):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, num, FS, SAN, C, 0)
    pborder(p, "bottom", 18, "FF0000", 10)
    P(doc, indent=0)


def title(doc, lines, soft=True):
    if soft:
        p = P(doc, "", XBZ, ER, C, 0, line=Pt(35))
        for i, t in enumerate(lines):
            r = fnt(p.add_run(t), XBZ, ER)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for t in lines:
            P(doc, t, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0)


def attach_note(doc, items):
    """附件：1．… / 2．… with hanging indent (附件说明)."""
    P(doc, indent=0)
    for i, t in enumerate(items):
        if len(items) == 1:
            txt = "附件：" + t
        else:
            txt = ("附件：" if i == 0 else "") + "%d．%s" % (i + 1, t)
        p = P(doc, txt, indent=0)
        pf = p.paragraph_format
        if i == 0:
            pf.left_indent = Pt(SAN * (5 if len(items) == 1 else 7))
            pf.first_line_indent = Pt(-SAN * (3 if len(items) == 1 else 5))
        else:
            pf.left_indent = Pt(SAN * 7)
            pf.first_line_indent = Pt(-SAN * 2)


def signoff(doc, organ, date, right_chars=4, blank=3, public="（此件公开发布）"):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, organ, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p.paragraph_format.keep_with_next = True
    p = P(doc, date, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right_chars + 1))
    if public:
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


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False, color=None, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = line if line else 1.0
    fnt(p.add_run(text), east, size, bold, color)
    return p


def col_widths(tbl, widths_mm):
    """Fixed layout: tblW, tblGrid/gridCol and every tcW (LibreOffice reads the grid)."""
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


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# ================================================================ (a) 珠海市人民政府 通知
ZH_NUM = "珠府〔2024〕37号"
ZH_TITLE = "珠海市人民政府关于全面服务横琴粤澳深度合作区建设推动与广东自贸试验区联动发展的通知"
ZH_TITLE_LINES = ["珠海市人民政府关于全面服务横琴粤澳", "深度合作区建设推动与广东自贸试验区", "联动发展的通知"]
ZH_MAIN_TO = "各区人民政府（管委会），市政府各部门、各直属机构："
ZH_INTRO = "为深入贯彻落实《横琴粤澳深度合作区建设总体方案》和《中国（广东）自由贸易试验区提升战略行动方案》，充分发挥我市作为粤港澳大湾区重要门户枢纽和共建“一带一路”重要支点城市的作用，全力服务横琴粤澳深度合作区（以下简称合作区）建设，推动我市与广东自贸试验区南沙、前海蛇口、横琴片区联动发展，经市人民政府同意，现就有关事项通知如下。"
ZH_SECTIONS = [
    ("一、强化服务合作区建设的基础支撑", [
        ("（一）保障琴澳跨境基础设施建设。", "加快推进横琴口岸综合交通枢纽、澳门轻轨延伸横琴线珠海段配套工程建设，2024年12月31日前完成马骝洲交通隧道改造工程主体施工。市交通运输局、市住房城乡建设局牵头，香洲区人民政府配合。"),
        ("（二）做好“分线管理”配套服务。", "配合合作区执行委员会做好“二线”通道货物监管配套工作，支持洪湾片区建设面向合作区的冷链、跨境电商集中查验场站，力争2025年6月30日前建成投用，年处理货物能力达到30万吨。"),
        ("（三）推动琴珠产业协同布局。", "对在合作区完成研发、在金湾区或斗门区实现产业化的集成电路、生物医药、新能源项目，按项目当年固定资产投资额的3%给予奖励，单个项目最高不超过1000万元。"),
    ]),
    ("二、深化与南沙、前海蛇口片区的联动合作", [
        ("（一）通关物流联动。", "依托港珠澳大桥珠海公路口岸和珠海港高栏港区，与南沙片区共同推进“湾区一港通”组合港模式，2024年内开通高栏港区至南沙港区组合港航线不少于2条，实现“一次申报、一次查验、一次放行”。"),
        ("（二）跨境金融联动。", "支持本市金融机构与前海蛇口片区开展跨境人民币结算、跨境资产转让等业务合作。对在我市新设立且实缴资本达到5亿元以上的合格境外有限合伙人（QFLP）基金管理企业，给予一次性落户奖励500万元。"),
        ("（三）制度创新联动。", "建立与南沙、前海蛇口、横琴片区改革创新成果复制推广清单，每半年更新一次，2024年底前在全市复制推广改革试点经验不少于20项。"),
    ]),
    ("三、拓展共建“一带一路”经贸合作", [
        ("（一）拓展国际航线网络。", "支持珠海金湾机场开通至东南亚、南亚共建“一带一路”国家的客货运航线。对新开通并连续运营满12个月的国际全货运航线，按每周每班次给予运营补贴20万元，每条航线每年最高不超过300万元。"),
        ("（二）支持企业“走出去”。", "对在共建“一带一路”国家新设境外经贸合作区、海外仓的本市企业，按实际投资额的5%给予支持，单个企业每年最高不超过200万元。"),
        ("（三）用好重点展会平台。", "依托中国国际航空航天博览会和澳门国际贸易投资展览会，每年组织不少于50家本市企业参展，市财政按展位费的70%给予补助。"),
    ]),
    ("四、保障措施", [
        ("（一）加强统筹协调。", "市推进粤港澳大湾区建设领导小组办公室（设在市发展改革局）负责统筹协调，各责任单位于每季度首月10日前报送上季度工作进展情况。"),
        ("（二）落实资金保障。", "本通知涉及的奖励、补贴资金由市、区两级财政按5∶5比例分担；项目位于合作区范围内的，按照合作区有关规定执行。"),
        ("（三）明确执行期限。", "本通知自2024年8月1日起施行，有效期3年。本市此前有关规定与本通知不一致的，以本通知为准。"),
    ]),
]
ZH_CHAOSONG = "省发展改革委、商务厅，横琴粤澳深度合作区执行委员会，市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，珠海警备区，市中级法院，市检察院，拱北海关。"
ZH_PRINTER = "珠海市人民政府办公室"
ZH_PRINTDATE = "2024年7月15日"


def build_zhuhai():
    doc = new_doc(odd_even=True)
    banhead(doc, "珠海市人民政府文件", 48, width_scale=85)
    docnum_rule(doc, ZH_NUM)
    title(doc, ZH_TITLE_LINES, soft=False)          # two paragraphs
    P(doc, ZH_MAIN_TO, indent=0)
    P(doc, ZH_INTRO)
    for head, items in ZH_SECTIONS:
        P(doc, head, HT, SAN)
        for h, t in items:
            runin(doc, h, t, KT)
    signoff(doc, "珠海市人民政府", "2024年7月12日", right_chars=4, blank=2)
    page_break(doc)
    banji(doc, ZH_CHAOSONG, ZH_PRINTER, ZH_PRINTDATE, blank=17)
    out = os.path.join(HERE, "blind189_zhuhai_notice.docx")
    doc.save(out)
    return out


# ================================================================ (b) 重庆 joint 实施细则
CQ_NUM = "渝商务发〔2024〕29号"
CQ_XIZE = "中国（重庆）自由贸易试验区西部陆海新通道铁海联运通关便利化实施细则"
CQ_TITLE = "重庆市商务委员会　重庆海关关于印发《" + CQ_XIZE + "》的通知"
CQ_MAIN_TO = "各区县（自治县）商务主管部门，两江新区、重庆高新区、万盛经开区商务主管部门，重庆海关各隶属海关，各有关企业："
CQ_NOTICE = [
    "为贯彻落实《西部陆海新通道总体规划》和《中国（重庆）自由贸易试验区总体方案》，进一步提升铁海联运通关效率，市商务委、重庆海关研究制定了《" + CQ_XIZE + "》，现印发给你们，请认真贯彻执行。执行中遇到的问题，请及时向市商务委（市自贸办）、重庆海关反映。",
]
# (chapter, [(article number, text, [items])])
CQ_ARTICLES = [
    ("第一章　总　　则", [
        ("第一条", "为推进西部陆海新通道高质量建设，提升中国（重庆）自由贸易试验区（以下简称重庆自贸试验区）铁海联运通关效率，根据《中华人民共和国海关法》《西部陆海新通道总体规划》和《中国（重庆）自由贸易试验区总体方案》等有关规定，结合本市实际，制定本细则。", []),
        ("第二条", "本细则适用于在重庆自贸试验区两江片区、西永片区、果园港片区以及重庆国际物流枢纽园区、江津综合保税区开展的西部陆海新通道铁海联运进出口货物的通关、查验和物流服务活动。", []),
        ("第三条", "市商务委负责统筹协调本细则的实施，会同重庆海关建立联席工作机制，每季度召开1次联席会议，研究解决铁海联运通关中的重大问题。重庆海关负责对铁海联运货物实施监管，指导各隶属海关落实便利化措施。", []),
    ]),
    ("第二章　通关便利措施", [
        ("第四条", "铁海联运进出口货物实行“提前申报”“两段准入”模式。企业可在货物运抵海关监管作业场所前14日内向海关办理申报手续；符合条件的，海关在货物运抵后30分钟内完成放行手续。", []),
        ("第五条", "对经广西北部湾港进出境的铁海联运货物，实行“一次申报、一次查验、一次放行”。需在内地实施查验的，由团结村铁路集装箱中心站所在地的西永海关统一实施，口岸海关不再重复查验。", []),
        ("第六条", "在果园港片区开展中转集拼的铁海联运货物，允许不同贸易方式的货物在同一海关监管作业场所内集拼、分拨，海关按照“分类监管、集中查验”原则实施监管。", []),
        ("第七条", "支持两江片区、西永片区内的海关高级认证企业适用“自报自缴”“汇总征税”等措施，其铁海联运货物平均查验率控制在1%以下。", []),
        ("第八条", "铁海联运出口货物在启运地海关办结出口手续后，企业可凭注明“铁海联运”字样的铁路运单向税务部门申请办理出口退税，不再提供海运提单。", []),
    ]),
    ("第三章　“一单制”服务", [
        ("第九条", "鼓励物流企业签发西部陆海新通道铁海联运“一单制”提单（以下简称一单制提单）。一单制提单在重庆自贸试验区内可作为货物交付和结算凭证；具有物权凭证功能的，可按照有关规定办理质押融资。", []),
        ("第十条", "对首次签发一单制提单的物流企业，市商务委给予一次性奖励20万元；年度签发一单制提单超过1000票的，按每票50元给予奖励，单个企业每年奖励最高不超过200万元。", []),
        ("第十一条", "银行业金融机构依据一单制提单为企业提供融资的，按照实际融资额的1%给予风险补偿，单笔补偿最高不超过50万元，由市商务委会同市地方金融管理局组织实施。", []),
    ]),
    ("第四章　监督管理", [
        ("第十二条", "企业申请奖励的，应当于每年3月31日前向注册地区县商务主管部门提交上一年度申报材料。申报材料包括：", [
            "（一）奖励申请表；",
            "（二）一单制提单签发台账及对应的铁路运单、海运提单复印件；",
            "（三）企业对申报材料真实性的书面承诺。",
        ]),
        ("第十三条", "市商务委会同重庆海关对申报材料进行审核，审核结果在市商务委门户网站公示5个工作日。公示无异议的，按程序拨付奖励资金。", []),
        ("第十四条", "企业有下列情形之一的，取消当年度奖励资格；已拨付资金的，予以追回：", [
            "（一）提供虚假申报材料的；",
            "（二）年度内被海关认定为失信企业的；",
            "（三）发生重大安全生产事故或者严重环境违法行为的。",
        ]),
    ]),
    ("第五章　附　　则", [
        ("第十五条", "涪陵综合保税区、万州综合保税区等本市其他海关特殊监管区域开展铁海联运业务的，参照本细则执行。", []),
        ("第十六条", "本细则由市商务委、重庆海关按照各自职责负责解释。", []),
        ("第十七条", "本细则自2024年10月1日起施行，有效期至2026年9月30日。", []),
    ]),
]
CQ_CHAOSONG = "商务部自贸区港司，海关总署自贸区和特殊区域发展司，市政府办公厅，市发展改革委，市财政局，市交通运输委，市地方金融管理局，国家税务总局重庆市税务局。"
CQ_PRINTER = "重庆市商务委员会办公室"
CQ_PRINTDATE = "2024年9月12日"


def build_chongqing():
    doc = new_doc(odd_even=True)
    # joint 版头: a borderless table — organ names stacked left, 文件 on the right
    P(doc, indent=0)
    tbl = doc.add_table(rows=2, cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(tbl)
    col_widths(tbl, [118, 38])
    for i, name in enumerate(["重庆市商务委员会", "重　庆　海　关"]):
        p = cell_text(tbl.cell(i, 0), name, XBZ, 36, WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED, line=Pt(46))
    right = tbl.cell(0, 1).merge(tbl.cell(1, 1))
    cell_text(right, "文件", XBZ, 48, C, color=RED, line=Pt(56))
    right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    docnum_rule(doc, CQ_NUM, blank_before=1)
    title(doc, ["重庆市商务委员会　重庆海关关于印发", "《" + CQ_XIZE[:18], CQ_XIZE[18:] + "》的通知"], soft=True)
    P(doc, CQ_MAIN_TO, indent=0)
    for t in CQ_NOTICE:
        P(doc, t)
    attach_note(doc, [CQ_XIZE])
    # joint 落款: organs side by side in a borderless table, one date under both
    for _ in range(3):
        P(doc, indent=0)
    t2 = doc.add_table(rows=2, cols=2)
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t2)
    col_widths(t2, [78, 78])
    cell_text(t2.cell(0, 0), "重庆市商务委员会", FS, SAN, C, line=LINE)
    cell_text(t2.cell(0, 1), "重庆海关", FS, SAN, C, line=LINE)
    cell_text(t2.cell(1, 1), "2024年9月10日", FS, SAN, C, line=LINE)
    P(doc, indent=0)
    P(doc, "（此件公开发布）", FS, SAN, L, 2)
    page_break(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    title(doc, ["中国（重庆）自由贸易试验区西部陆海新通道", "铁海联运通关便利化实施细则"], soft=False)
    for chap, arts in CQ_ARTICLES:
        P(doc, chap, HT, SAN, C, 0, before=0, after=0)
        for num, txt, items in arts:
            runin(doc, num + "　", txt, HT)
            for it in items:
                P(doc, it)
    page_break(doc)
    banji(doc, CQ_CHAOSONG, CQ_PRINTER, CQ_PRINTDATE, blank=14)
    out = os.path.join(HERE, "blind189_chongqing_xize.docx")
    doc.save(out)
    return out


# ================================================================ (c) 贵阳综合保税区 工作要点
GY_NUM = "筑综保管发〔2024〕5号"
GY_YAODIAN = "贵阳综合保税区2024年工作要点"
GY_TASKS_T = "贵阳综合保税区2024年重点任务表"
GY_TITLE = "贵阳综合保税区管理委员会关于印发《贵阳综合保税区2024年工作要点》的通知"
GY_MAIN_TO = "管委会各部门，区内各企业，各有关单位："
GY_NOTICE = [
    "现将《贵阳综合保税区2024年工作要点》及《贵阳综合保税区2024年重点任务表》印发给你们，请结合实际认真抓好落实。",
    "各责任部门要于每季度末月25日前将任务进展情况报送管委会党政办公室，全年工作总结于2024年12月20日前报送。",
]
GY_INTRO = "2024年全区工作的主要目标是：全年完成进出口总额180亿元，同比增长12%；新引进加工贸易及保税服务项目15个以上，其中投资额亿元以上项目5个；海关特殊监管区域综合绩效评估力争进入全国B类。"
GY_SECTIONS = [
    ("一、着力扩大外贸规模", [
        ("（一）做大加工贸易。", "围绕电子信息、智能终端两大主导产业，推动区内龙头企业扩大产能，全年加工贸易进出口额达到120亿元。"),
        ("（二）发展保税新业态。", "加快保税维修、保税检测和跨境电商“1210”业务发展，2024年9月底前建成跨境电商监管中心二期，全年跨境电商进出口额突破15亿元。"),
    ]),
    ("二、深度融入西部陆海新通道和共建“一带一路”", [
        ("（一）畅通国际物流通道。", "常态化开行贵阳至钦州港铁海联运班列，全年开行不少于300列；推动南明区改貌铁路口岸与综保区“区港联动”，实现货物一次申报、直通放行。"),
        ("（二）拓展东盟市场。", "组织区内企业赴越南、老挝、泰国等东盟国家开展经贸对接，全年举办招商推介活动不少于6场。"),
    ]),
    ("三、持续优化营商环境", [
        ("（一）深化审批制度改革。", "推行企业注册登记、项目审批“一窗受理、并联审批”，一般企业投资项目审批时限压缩至30个工作日以内。"),
        ("（二）强化要素保障。", "加快综保区二期（贵阳经济技术开发区小孟工业园）建设，2024年11月底前交付标准厂房8万平方米。"),
    ]),
]
GY_HEADER = ["序号", "任务", "责任部门", "完成时间"]
GY_TASKS = [
    ("一、扩大外贸规模", [
        ["1", "完成进出口总额180亿元，同比增长12%", "经济发展局", "2024年12月"],
        ["2", "加工贸易进出口额达到120亿元", "经济发展局", "2024年12月"],
        ["3", "建成跨境电商监管中心二期", "规划建设局、经济发展局", "2024年9月"],
    ]),
    ("二、融入西部陆海新通道", [
        ["4", "开行贵阳至钦州港铁海联运班列不少于300列", "经济发展局，南明区人民政府", "2024年12月"],
        ["5", "在双龙航空港经济区设立保税物流分拨中心", "经济发展局，双龙航空港经济区管委会", "2024年8月"],
        ["6", "与修文县、清镇市共建“飞地”加工园区，引进配套项目3个", "招商合作局，修文县人民政府，清镇市人民政府", "2024年10月"],
        ["7", "举办东盟招商推介活动不少于6场", "招商合作局", "2024年12月"],
    ]),
    ("三、优化营商环境", [
        ["8", "一般企业投资项目审批时限压缩至30个工作日以内", "政务服务中心", "2024年6月"],
        ["9", "交付综保区二期（经开区小孟工业园）标准厂房8万平方米", "规划建设局，贵阳经济技术开发区管委会", "2024年11月"],
        ["10", "花溪区孟关片区保税仓储项目完成主体工程", "规划建设局，花溪区人民政府", "2024年12月"],
        ["11", "综合绩效评估力争进入全国B类", "党政办公室，各部门", "2024年12月"],
    ]),
]
GY_CHAOSONG = "贵阳市人民政府办公厅，市商务局，贵阳海关，贵阳经济技术开发区管委会，南明区、花溪区人民政府。"
GY_PRINTER = "贵阳综合保税区管理委员会党政办公室"
GY_PRINTDATE = "2024年3月11日"


def build_guiyang():
    doc = new_doc(odd_even=True)
    banhead(doc, "贵阳综合保税区管理委员会文件", 40, width_scale=70)
    docnum_rule(doc, GY_NUM)
    title(doc, ["贵阳综合保税区管理委员会关于印发", "《贵阳综合保税区2024年工作要点》的通知"], soft=True)
    P(doc, GY_MAIN_TO, indent=0)
    for t in GY_NOTICE:
        P(doc, t)
    attach_note(doc, [GY_YAODIAN, GY_TASKS_T])
    signoff(doc, "贵阳综合保税区管理委员会", "2024年3月8日", right_chars=2, blank=2)
    page_break(doc)
    P(doc, "附件1", HT, SAN, L, 0)
    P(doc, indent=0)
    title(doc, [GY_YAODIAN], soft=False)
    P(doc, GY_INTRO)
    for head, items in GY_SECTIONS:
        P(doc, head, HT, SAN)
        for h, t in items:
            runin(doc, h, t, KT)
    # 附件2 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.top_margin, sec.bottom_margin = Mm(28), Mm(26)
    sec.left_margin, sec.right_margin = Mm(37), Mm(35)
    sec.footer_distance = Mm(15)
    sec._sectPr.find(qn("w:docGrid")).set(qn("w:type"), "default")
    P(doc, "附件2", HT, SAN, L, 0)
    P(doc, GY_TASKS_T, XBZ, ER, C, 0, line=Pt(35))
    P(doc, indent=0, line=Pt(16))
    nrows = 1 + sum(1 + len(rows) for _, rows in GY_TASKS)
    tbl = doc.add_table(rows=nrows, cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [16, 95, 80, 34]
    col_widths(tbl, widths)
    for i, h in enumerate(GY_HEADER):
        cell_text(tbl.cell(0, i), h, HT, SI, C, line=Pt(22))
    repeat_header(tbl.rows[0])
    ri = 1
    for cat, rows in GY_TASKS:
        m = tbl.cell(ri, 0).merge(tbl.cell(ri, 3))
        cell_text(m, cat, HT, SI, L, line=Pt(22))
        cant_split(tbl.rows[ri])
        ri += 1
        for r in rows:
            for ci, v in enumerate(r):
                cell_text(tbl.cell(ri, ci), v, FS, SI, C if ci in (0, 3) else L, line=Pt(22))
                tbl.cell(ri, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            cant_split(tbl.rows[ri])
            ri += 1
    # back to portrait for the 版记 page
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    sec2.orientation = WD_ORIENT.PORTRAIT
    sec2.page_width, sec2.page_height = Mm(210), Mm(297)
    sec2.top_margin, sec2.bottom_margin = Mm(37), Mm(35)
    sec2.left_margin, sec2.right_margin = Mm(28), Mm(26)
    sec2.footer_distance = Mm(28)
    sec2._sectPr.find(qn("w:docGrid")).set(qn("w:type"), "lines")
    banji(doc, GY_CHAOSONG, GY_PRINTER, GY_PRINTDATE, blank=15)
    out = os.path.join(HERE, "blind189_guiyang_yaodian.docx")
    doc.save(out)
    return out


# ================================================================ (d) 北海 批复 (信函格式)
BH_NUM = "北政办函〔2024〕63号"
BH_TITLE = "北海市人民政府办公室关于同意铁山港区建设中国—东盟（北海）向海经济产业合作园的批复"
BH_MAIN_TO = "铁山港区人民政府："
BH_OPEN = "你区《关于申请建设中国—东盟（北海）向海经济产业合作园的请示》（铁政报〔2024〕21号）收悉。经市人民政府同意，现批复如下："
BH_ITEMS = [
    "一、同意你区在铁山港（临海）工业区规划建设中国—东盟（北海）向海经济产业合作园（以下简称合作园），规划面积12.6平方公里，分为南康片区（南康镇）、兴港片区（兴港镇）两个功能片区。",
    "二、合作园要紧紧围绕服务共建“一带一路”和西部陆海新通道建设，重点发展临港石化新材料、绿色冶金、海洋装备制造和东盟农产品精深加工产业，力争到2027年实现规模以上工业产值800亿元，引进面向东盟的外向型企业30家以上。",
    "三、同意将合作园纳入全市重点产业园区管理，享受市级重点园区相关支持政策。合作园基础设施建设项目优先列入市重大项目库，所需新增建设用地指标由市自然资源局在年度计划中统筹保障。",
    "四、你区要切实履行合作园建设主体责任，抓紧组建合作园管理机构，编制合作园总体规划和产业发展规划，于2024年12月31日前报市人民政府审定后实施。合作园涉及营盘镇沿海区域的，要严格落实生态保护红线管控要求，不得占用红树林自然保护地。",
    "五、支持合作园与合浦县工业园区建立产业协作机制，在东盟农产品加工、铝基新材料等领域开展上下游配套，具体合作方案由你区会同合浦县人民政府于2025年3月31日前报市商务局备案。",
    "六、市发展改革委、市工业和信息化局、市自然资源局、市商务局、北海海关等部门要按照职责分工，在项目审批、招商引资、通关便利等方面给予支持。北海综合保税区要发挥保税功能，与合作园开展“区园联动”。",
    "七、合作园建设中遇到的重大问题，请及时报告市人民政府。",
]
BH_CHAOSONG = "市发展改革委，市工业和信息化局，市自然资源局，市生态环境局，市商务局，北海海关，北海综合保税区管委会。"


def build_beihai():
    doc = new_doc(odd_even=False, first_page_blank_footer=True, centered_numbers=False)
    # 信函格式: organ name only, red; red double rule (thick over thin); 文号 right under the rule
    s = doc.sections[0]
    s.top_margin = Mm(30)
    banhead(doc, "北海市人民政府办公室", 44, width_scale=90)
    p = P(doc, indent=0, line=Pt(10))
    pborder(p, "bottom", 24, "FF0000", 1, val="thickThinSmallGap")
    p = P(doc, BH_NUM, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN)
    P(doc, indent=0)
    title(doc, ["北海市人民政府办公室关于同意铁山港区", "建设中国—东盟（北海）向海经济", "产业合作园的批复"], soft=True)
    P(doc, BH_MAIN_TO, indent=0)
    P(doc, BH_OPEN)
    for t in BH_ITEMS:
        P(doc, t)
    P(doc, "此复。")
    signoff(doc, "北海市人民政府办公室", "2024年8月16日", right_chars=3, blank=1)
    banji(doc, BH_CHAOSONG, None, None, blank=8)
    out = os.path.join(HERE, "blind189_beihai_pifu.docx")
    doc.save(out)
    return out


# ================================================================ PDF
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_189", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 珠海
    zh_cl = [ZH_INTRO] + [h + t for _, items in ZH_SECTIONS for h, t in items]
    out["blind189_zhuhai_notice"] = [{
        "meta": {
            "title": ZH_TITLE, "doc_number": ZH_NUM, "issuer": ["珠海市人民政府"],
            "date": "2024-07-12", "published": "2024-07-15", "level": "municipal", "region": "广东省珠海市",
            "effective": "2024-08-01", "expires": "2027-07-31", "attachments": [], "doc_type": "通知",
            "recipients": ["各区人民政府（管委会）", "市政府各部门、各直属机构"], "publicity": "此件公开发布",
        },
        "clauses": zh_cl,
        "applies_to": {
            "default": "广东省珠海市",
            "specific": {
                "一、（一）": "横琴粤澳深度合作区（横琴口岸）/ 香洲区（马骝洲隧道）",
                "一、（二）": "洪湾片区（香洲区），面向横琴粤澳深度合作区",
                "一、（三）": "金湾区、斗门区（产业化地），合作区（研发地）",
                "二、（一）": "珠海港高栏港区 / 港珠澳大桥珠海公路口岸；广东自贸试验区南沙片区（广州市南沙区）",
                "二、（二）": "前海蛇口片区（深圳） as partner; the 500万元 reward applies in 珠海市",
                "二、（三）": "南沙、前海蛇口、横琴片区",
                "三、（一）": "珠海金湾机场（金湾区）",
                "四、（二）": "合作区 (exception: projects inside 横琴粤澳深度合作区)",
            },
            "note": "共建“一带一路”国家 / 东南亚、南亚 / 澳门 (展会) do not move a clause abroad or to 澳门; 南沙/前海蛇口 are partners — the measure is still 珠海's. Tagging 二、（一）/（二）with 南沙/前海 as well as 珠海 is right; tagging them ONLY with 广州/深圳 is medium.",
        },
        "_note": (
            "Furniture: red 版头 珠海市人民政府文件; 文号 line 珠府〔2024〕37号 with the red rule under it; the title typed as THREE centred paragraphs (…全面服务横琴粤澳 / 深度合作区建设推动与广东自贸试验区 / 联动发展的通知 — the first break splits the place name 横琴粤澳|深度合作区) that must be joined into one title with no space; 主送 line; "
            "落款 珠海市人民政府 / 2024年7月12日 (no seal); （此件公开发布）; 版记 on its own last page (page break + 17 empty paragraphs; 抄送：… / 珠海市人民政府办公室 2024年7月15日印发 with a tab between); footer page numbers “— N —” (odd pages right, even pages left). "
            "Headings 一、…四、 (黑体, own paragraphs) carry no text of their own (as heading clauses: tolerable, low). （一）（二）（三） are run-in 楷体 headings restarting under each 一、: heading + text = ONE clause, and labels must be unique with their parent (一、（一） ≠ 二、（一）). "
            "date = 2024-07-12 (落款); 2024-07-15 is the 印发 date; effective 2024-08-01 and 有效期3年 → expires 2027-07-31 (2027-08-01 tolerable, low; null is medium: the reader must compute it from 有效期3年). "
            "No 附件. 拱北海关 / 横琴粤澳深度合作区执行委员会 in the 抄送 are organs, not places or clauses."
        ),
        "_pdf": {"note": "5 pages. The title prints on three lines; page numbers “— N —” on alternate sides (odd right, even left); page 4 holds ONLY the 落款 (珠海市人民政府 / 2024年7月12日) and （此件公开发布） — the body ends at the foot of page 3; page 5 holds only the 版记 at the bottom. Same expected meta and clauses."},
    }]
    # ---- (b) 重庆
    cq_art = []
    for chap, arts in CQ_ARTICLES:
        for num, txt, items in arts:
            cq_art.append(num + "　" + txt)
            cq_art.extend(items)
    out["blind189_chongqing_xize"] = [{
        "meta": {
            "title": CQ_TITLE, "doc_number": CQ_NUM, "issuer": ["重庆市商务委员会", "重庆海关"],
            "date": "2024-09-10", "published": "2024-09-12", "level": "provincial", "region": "重庆市",
            "effective": "2024-10-01", "expires": "2026-09-30", "attachments": [CQ_XIZE], "doc_type": "通知（印发实施细则）",
            "recipients": ["各区县（自治县）商务主管部门", "两江新区、重庆高新区、万盛经开区商务主管部门", "重庆海关各隶属海关", "各有关企业"],
            "publicity": "此件公开发布",
        },
        "clauses": CQ_NOTICE + cq_art,
        "applies_to": {
            "default": "重庆市（中国（重庆）自由贸易试验区）",
            "specific": {
                "第二条": "两江片区、西永片区、果园港片区、重庆国际物流枢纽园区、江津综合保税区",
                "第五条": "团结村铁路集装箱中心站 / 西永海关（沙坪坝区） — NOT 广西北部湾港 (that is the port of exit, another province)",
                "第六条": "果园港片区",
                "第七条": "两江片区、西永片区",
                "第十五条": "涪陵综合保税区（涪陵区）、万州综合保税区（万州区）",
            },
            "note": "广西北部湾港 (第五条) must not place the clause in 广西; 西部陆海新通道 is a corridor, not a place. 两江新区/重庆高新区/万盛经开区 appear only in 主送.",
        },
        "_note": (
            "Joint document. 版头 is a borderless 2×2 table: 重庆市商务委员会 / 重　庆　海　关 stacked (distributed alignment, the second name typed with full-width spaces) with 文件 in a merged right-hand cell — furniture; it must not become a clause, table rows, the title or an issuer string with spaces (issuer = 重庆市商务委员会 and 重庆海关, two organs). "
            "文号 渝商务发〔2024〕29号 (only the lead organ's number) with the red rule. Title is ONE paragraph with two soft line breaks (…重庆海关关于印发 / 《中国（重庆）自由贸易试验区西部陆海 / 新通道铁海联运通关便利化实施细则》的通知 — the second break splits 西部陆海|新通道) and a full-width space between the two organ names (“重庆市商务委员会　重庆海关关于…”; a half-width space or none is fine — taste). "
            "主送 (4 items); 1 notice paragraph; 附件说明 附件：…实施细则; joint 落款 = another borderless table (重庆市商务委员会 | 重庆海关 / date 2024年9月10日 under the second) — furniture, not a clause or table row; （此件公开发布）. "
            "After a page break: label 附件, the 细则 title in two paragraphs, 第一章…第五章 chapter headings (centred 黑体, own paragraphs; headings, not clauses — as heading clauses tolerable low, but the path of 第X条 should carry its 章), 第一条…第十七条 articles (run-in 黑体 article number + full-width space + text: number and text = one clause). "
            "第十二条 and 第十四条 have lead-ins ending in a colon followed by items （一）（二）（三） as separate paragraphs; expected lists them as separate clauses — merged into their article is equally good (taste); losing them, or labelling them as top-level （一） without the article, is medium. "
            "第十七条: 自2024年10月1日起施行，有效期至2026年9月30日 → effective 2024-10-01, expires 2026-09-30; date = 2024-09-10 (落款), published 2024-09-12 (版记 印发). "
            "版记 on its own last page after a page break and 14 empty paragraphs. Footer “— N —” alternate sides. "
            "A reader may split the 附件 into a second document (title = the 细则 title, same issuers/date/effective/expires): tolerable; then the notice keeps 1 clause."
        ),
        "_pdf": {"note": "7 pages. 版头 and 落款 tables print as plain text lines: “重 庆 市 商 务 委 员 会” / “文件” / “重 庆 海 关” (letter-spaced by the distributed alignment) and the joint signature line “重庆市商务委员会 重庆海关” with the date under it — all furniture. Same expected meta and clauses."},
    }]
    # ---- (c) 贵阳
    gy_rows = [row_clause(GY_HEADER, r) for _, rows in GY_TASKS for r in rows]
    gy_cl = GY_NOTICE + [GY_INTRO] + [h + t for _, items in GY_SECTIONS for h, t in items] + gy_rows
    spec = {
        "附件1 二、（一）": "南明区（改貌铁路口岸）; 钦州港 is the destination (广西), not a place of application",
        "附件1 三、（二）": "贵阳经济技术开发区小孟工业园",
        "附件2 序号4": "南明区",
        "附件2 序号5": "双龙航空港经济区",
        "附件2 序号6": "修文县、清镇市",
        "附件2 序号9": "贵阳经济技术开发区（小孟工业园）",
        "附件2 序号10": "花溪区（孟关片区）",
    }
    out["blind189_guiyang_yaodian"] = [{
        "meta": {
            "title": GY_TITLE, "doc_number": GY_NUM, "issuer": ["贵阳综合保税区管理委员会"],
            "date": "2024-03-08", "published": "2024-03-11", "level": "municipal", "region": "贵州省贵阳市",
            "effective": None, "expires": None, "attachments": [GY_YAODIAN, GY_TASKS_T], "doc_type": "通知（印发工作要点）",
            "recipients": ["管委会各部门", "区内各企业", "各有关单位"], "publicity": "此件公开发布",
        },
        "clauses": gy_cl,
        "applies_to": {
            "default": "贵阳综合保税区（贵州省贵阳市）",
            "specific": spec,
            "note": "越南、老挝、泰国 / 东盟 (二、（二）, 序号7) do not move a clause abroad; 钦州港 (序号4) is in 广西 and is a destination. Rows naming a 区县 only in 责任部门 (序号4/5/6/9/10) still concern that 区县 (the task is carried out there).",
        },
        "_note": (
            "Furniture: red 版头 贵阳综合保税区管理委员会文件 (condensed 70%); 文号 筑综保管发〔2024〕5号 + red rule; title ONE paragraph with one soft line break before the book-title mark (…关于印发 / 《贵阳综合保税区2024年工作要点》的通知) — joined with no space; 主送; 2 notice paragraphs (clauses); 附件说明 on two paragraphs (附件：1．… / 2．…) → attachments without the 1．/2． prefixes; 落款 贵阳综合保税区管理委员会 / 2024年3月8日; （此件公开发布）; labels 附件1 / 附件2; the 附件1 title line 贵阳综合保税区2024年工作要点 and the 附件2 table title (headings, not clauses); "
            "版记 (抄送… / …党政办公室 2024年3月11日印发) alone on the last (portrait) page after 15 empty paragraphs; footer “— N —”. "
            "附件1: intro paragraph (targets) + 一、二、三、 黑体 headings + run-in 楷体 （一）（二） items (heading + text = one clause; （一） restarts under each 一、). "
            "附件2 is in a LANDSCAPE section: a 4-column Word table 序号/任务/责任部门/完成时间 with 11 task rows and 3 category rows (一、扩大外贸规模 / 二、融入西部陆海新通道 / 三、优化营商环境) merged across all 4 columns — category rows are group headings (as a row clause tolerable low, but they must not be glued onto the next task row or shift the columns). "
            "The header row is marked to repeat on each page (w:tblHeader); each task row is one clause written 序号：N；任务：…；责任部门：…；完成时间：… . "
            "完成时间 values are deadlines, not dates of the document. No effective/expires (a 工作要点 has none; effective = 2024-03-08 tolerable low). date = 2024-03-08; 2024-03-11 is 印发; 2024-12-20 and 2024-09 are deadlines."
        ),
        "_pdf": {"note": "附件2 prints on landscape page(s); if the table breaks across pages the header row 序号/任务/责任部门/完成时间 is printed again at the top of the next page — the repeated header must not become a row clause, and a row must not be split between pages (rows are cantSplit). Cells wrap inside the row (任务/责任部门 cells of 2 lines) and must be re-joined without spaces. Same expected meta and clauses."},
    }]
    # ---- (d) 北海
    out["blind189_beihai_pifu"] = [{
        "meta": {
            "title": BH_TITLE, "doc_number": BH_NUM, "issuer": ["北海市人民政府办公室"],
            "date": "2024-08-16", "published": None, "level": "municipal", "region": "广西壮族自治区北海市",
            "effective": None, "expires": None, "attachments": [], "doc_type": "批复",
            "recipients": ["铁山港区人民政府"], "publicity": "此件公开发布",
            "replies_to": "关于申请建设中国—东盟（北海）向海经济产业合作园的请示（铁政报〔2024〕21号）",
        },
        "clauses": [BH_OPEN] + BH_ITEMS,
        "applies_to": {
            "default": "广西壮族自治区北海市铁山港区（合作园，铁山港（临海）工业区）",
            "specific": {
                "一、": "铁山港（临海）工业区；南康镇、兴港镇（铁山港区）",
                "四、": "营盘镇沿海区域（铁山港区）",
                "五、": "合浦县（合浦县工业园区）",
                "六、": "北海综合保税区",
            },
            "note": "The 批复 is a municipal document but it concerns one district: default place 铁山港区 (北海市 alone is too broad, low). 中国—东盟 / 东盟 in the park's name does not place the clauses abroad.",
        },
        "_note": (
            "信函格式: red 版头 北海市人民政府办公室 without 文件, a red thick-thin double rule (paragraph border) under it, 文号 北政办函〔2024〕63号 right-aligned UNDER the rule (not centred above it as in 文件格式); no page number on page 1 (different first page), “— N —” on the right afterwards (not alternating). "
            "Title one paragraph with two soft line breaks (…同意铁山港区 / 建设中国—东盟（北海）向海经济 / 产业合作园的批复), the second one in the middle of a word (向海经济|产业) — joined with no space. 主送 铁山港区人民政府 (singular recipient). "
            "Clauses: the 收悉 paragraph citing the 请示 (铁政报〔2024〕21号 is the request's number, not this document's) and items 一、…七、 — each 一、 item is a whole paragraph with no separate heading (number + text = one clause). "
            "此复。 is the closing formula (furniture; as a clause low). 落款 北海市人民政府办公室 / 2024年8月16日; （此件公开发布）; 版记 in 信函格式 has only the 抄送 line between rules — no 印发 line, so published is unknown (null). No effective/expires (a 批复 has none; effective = 2024-08-16 tolerable low). "
            "Deadlines 2024-12-31 (四、) and 2025-03-31 (五、) and the target year 2027 are not document dates."
        ),
        "_pdf": {"note": "3 pages. Page 1 has no page number; pages 2–3 “— N —” on the right. The body ends with 此复。 on page 2; page 3 holds only the 落款 (北海市人民政府办公室 / 2024年8月16日), （此件公开发布） and the 抄送 line between two rules. Same expected meta and clauses."},
    }]
    return out


def main():
    files = [build_zhuhai(), build_chongqing(), build_guiyang(), build_beihai()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
