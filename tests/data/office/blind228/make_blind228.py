# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 228: the most ordinary documents of counties, county-level cities and 开发区 in 东北 and 西北.

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind228_helan_fangan.docx / .pdf      贺兰县人民政府办公室 关于印发《…实施方案（2024—2025年）》的通知
      (贺政办发〔2024〕41号); 方案 after the notice on a new page, 一、（一）1． items.
  blind228_suifenhe_baoming.docx / .pdf  绥芬河市商务局 关于组织企业参加第八届中国—俄罗斯博览会的通知
      (绥商发〔2024〕9号) with 附件 报名表 (a blank form, Word table with merged cells) in its own section.
  blind228_yingkou_jueding.docx / .pdf   营口经济技术开发区管理委员会 关于…的决定 (营开管发〔2024〕15号),
      numbered paragraphs 一、…十、 (no 第X条), two of them continued in an unnumbered paragraph.
  blind228_subei_yijian.docx / .pdf      肃北蒙古族自治县人民政府 关于加快马鬃山口岸建设…的意见
      (肃北政发〔2024〕16号), 落款 + （此件公开发布） + 版记.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind228.py
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
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16   # 三号
ER = 22    # 二号
SI = 14    # 四号
XS = 12    # 小四
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


def runin(doc, head, body, head_font=KT, body_font=FS, bold=False):
    p = P(doc)
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


def new_doc(odd_even=True, centered_numbers=False, body_font=FS):
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
    return doc


def banhead(doc, text, size=48, width_scale=None, blank_before=0):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, "", XBZ, size, C, 0, line=Pt(size * 1.2))
    r = fnt(p.add_run(text), XBZ, size, color=RED)
    if width_scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), width_scale)))
    return p


def docnum_rule(doc, num, blank_before=2, blank_after=1):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, num, FS, SAN, C, 0)
    pborder(p, "bottom", 18, "FF0000", 10)
    for _ in range(blank_after):
        P(doc, indent=0)


def title(doc, lines, soft=True, font=XBZ):
    if soft:
        p = P(doc, "", font, ER, C, 0, line=Pt(35))
        for i, t in enumerate(lines):
            r = fnt(p.add_run(t), font, ER)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for t in lines:
            P(doc, t, font, ER, C, 0, line=Pt(35))
    P(doc, indent=0)


def signoff(doc, organ, date, right_chars=4, blank=3, public="（此件公开发布）", font=FS):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, organ, font, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p.paragraph_format.keep_with_next = True
    p = P(doc, date, font, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right_chars + 1))
    if public:
        P(doc, indent=0)
        P(doc, public, font, SAN, L, 2)


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
    lines = text.split("\n")
    for i, t in enumerate(lines):
        if i:
            p = cell.add_paragraph()
            p.alignment = align
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.line_spacing = line if line else 1.0
        if t:
            fnt(p.add_run(t), east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
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


def row_height(row, mm):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>' % (nsdecls("w"), int(mm * 56.7))))


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_228", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ (a) 贺兰县人民政府办公室 印发实施方案的通知
HL_NUM = "贺政办发〔2024〕41号"
HL_PLAN = "贺兰县推进外贸保稳提质促进跨境电子商务发展实施方案（2024—2025年）"
HL_TITLE = "贺兰县人民政府办公室关于印发《" + HL_PLAN + "》的通知"
HL_TITLE_LINES = ["贺兰县人民政府办公室关于印发《贺兰县", "推进外贸保稳提质促进跨境电子商务发展", "实施方案（2024—2025年）》的通知"]
HL_MAIN_TO = "各乡镇人民政府，县政府各部门，贺兰工业园区管委会，各有关单位："
HL_NOTICE = "《" + HL_PLAN + "》已经县人民政府2024年第9次常务会议研究同意，现印发给你们，请结合实际，认真组织实施。"
HL_PLAN_LINES = ["贺兰县推进外贸保稳提质促进跨境电子商务", "发展实施方案（2024—2025年）"]
HL_INTRO = "为深入贯彻落实自治区党委、政府关于建设内陆开放型经济试验区和积极融入共建“一带一路”的部署要求，推动我县外贸规模稳步增长、结构持续优化，加快跨境电子商务等新业态发展，结合我县实际，制定本方案。"
HL_GOAL = "到2025年底，全县外贸进出口总额力争突破25亿元，年均增长10%以上；有进出口实绩的企业达到60家以上，新培育跨境电商企业15家以上，建设跨境电商产业园1个、海外仓2个以上，外贸发展质量和效益明显提升。"
HL_TASKS = [
    ("（一）壮大外贸经营主体", [
        ("1．培育本土外贸企业。", "对贺兰工业园区、暖泉工业园区内年销售收入5000万元以上且尚无进出口实绩的生产企业开展“一对一”帮扶，2024年底前推动不少于10家企业实现进出口“零的突破”。责任单位：县商务和经济技术合作局、贺兰工业园区管委会。"),
        ("2．引进外向型企业。", "围绕新型材料、绿色食品、装备制造等主导产业，面向京津冀、长三角、粤港澳大湾区开展外向型企业精准招商，对新落户并当年实现进出口额1000万元以上的企业，给予一次性奖励20万元。责任单位：县招商服务中心、县商务和经济技术合作局。"),
        ("3．扶持农产品出口企业。", "支持习岗镇、金贵镇、立岗镇的枸杞、葡萄酒、蔬菜等农产品加工企业申报出口食品生产企业备案和出口农产品种植基地备案，对新取得备案的，每家给予5万元补助。责任单位：县农业农村局、县商务和经济技术合作局，各相关乡镇人民政府。"),
    ]),
    ("（二）加快跨境电商发展", [
        ("1．建设跨境电商产业园。", "依托贺兰工业园区电子商务产业孵化中心，建设贺兰县跨境电商产业园，引进跨境电商平台、物流、支付、代运营等服务企业，2025年6月底前入驻企业达到20家以上。责任单位：贺兰工业园区管委会、县商务和经济技术合作局。"),
        ("2．推广“跨境电商+产业带”模式。", "组织洪广镇、常信乡的葡萄酒、滩羊肉、清真食品生产企业入驻阿里巴巴国际站、亚马逊等平台，对年度跨境电商出口额超过200万元的企业，按出口额的2%给予奖励，单个企业最高不超过30万元。责任单位：县商务和经济技术合作局，洪广镇、常信乡人民政府。"),
        ("3．布局海外仓。", "支持企业在中东、中亚等共建“一带一路”国家和地区自建或租用海外仓，对经认定的公共海外仓，按实际投资额的10%给予补助，最高不超过50万元。责任单位：县商务和经济技术合作局、县财政局。"),
    ]),
    ("（三）拓展国际市场", [
        ("1．组织企业参加重点展会。", "每年组织企业参加中国—阿拉伯国家博览会、中国进出口商品交易会等重点展会不少于5场次，对企业参加境外展会的展位费给予70%补助。责任单位：县商务和经济技术合作局。"),
        ("2．用好开放平台。", "引导企业利用银川综合保税区保税加工、保税物流功能开展业务，推动县内企业货物经中欧（中亚）国际货运班列出口，对通过银川—中亚国际货运班列出口的企业，按每标箱1000元给予物流补贴。责任单位：县商务和经济技术合作局、县交通运输局。"),
    ]),
]
HL_GUARANTEE = [
    ("（一）加强组织领导。", "成立县推进外贸和跨境电商发展工作专班，由分管副县长任组长，专班办公室设在县商务和经济技术合作局，每季度召开1次调度会议，协调解决工作推进中的重大问题。"),
    ("（二）强化资金保障。", "县财政每年安排外贸和跨境电商发展专项资金500万元，用于本方案所列奖励补助事项；同一企业同一事项已享受自治区、银川市同类政策的，县级不重复支持。"),
    ("（三）优化通关服务。", "协调银川海关为我县企业提供“预约通关”“上门查验”服务，推动外贸企业进出口货物平均通关时间压缩至24小时以内。"),
    ("（四）严格考核评价。", "各责任单位于每年12月10日前将年度工作完成情况报县商务和经济技术合作局，县政府督查室将落实情况纳入年度效能目标考核。"),
]
HL_LAST = "本方案自印发之日起实施，有效期至2025年12月31日。"
HL_CHAOSONG = "县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院，银川海关。"
HL_PRINTER = "贺兰县人民政府办公室"
HL_DATE = "2024年6月18日"


def build_helan():
    doc = new_doc(odd_even=True)
    banhead(doc, "贺兰县人民政府办公室文件", 44, width_scale=80)
    docnum_rule(doc, HL_NUM, blank_before=1)
    title(doc, HL_TITLE_LINES, soft=True)            # one paragraph, two soft breaks
    P(doc, HL_MAIN_TO, indent=0)
    P(doc, HL_NOTICE)
    signoff(doc, "贺兰县人民政府办公室", HL_DATE, right_chars=3, blank=2)
    page_break(doc)
    title(doc, HL_PLAN_LINES, soft=False)            # 方案 title in two paragraphs, no 附件 label
    P(doc, HL_INTRO)
    P(doc, "一、总体目标", HT)
    P(doc, HL_GOAL)
    P(doc, "二、重点任务", HT)
    for head, items in HL_TASKS:
        P(doc, head, KT)                              # heading-only （一） line
        for h, t in items:
            runin(doc, h, t, FS, FS, bold=True)
    P(doc, "三、保障措施", HT)
    for h, t in HL_GUARANTEE:
        runin(doc, h, t, KT)
    P(doc, HL_LAST)
    page_break(doc)
    banji(doc, HL_CHAOSONG, HL_PRINTER, HL_DATE, blank=16)
    out = os.path.join(HERE, "blind228_helan_fangan.docx")
    doc.save(out)
    return out


# ================================================================ (b) 绥芬河市商务局 通知 + 附件 报名表
SF_NUM = "绥商发〔2024〕9号"
SF_TITLE = "绥芬河市商务局关于组织企业参加第八届中国—俄罗斯博览会的通知"
SF_TITLE_LINES = ["绥芬河市商务局关于组织企业参加", "第八届中国—俄罗斯博览会的通知"]
SF_MAIN_TO = "阜宁镇、绥阳镇人民政府，市直有关部门，各有关企业："
SF_FORM = "第八届中国—俄罗斯博览会绥芬河市参展企业报名表"
SF_INTRO = "第八届中国—俄罗斯博览会将于2024年5月17日至21日在哈尔滨国际会议展览体育中心举办。为组织我市企业用好中俄博览会平台，拓展对俄罗斯及共建“一带一路”国家市场，根据省商务厅《关于做好第八届中国—俄罗斯博览会招展招商工作的通知》（黑商函〔2024〕52号）要求，现将有关事项通知如下："
SF_SECTIONS = [
    ("一、展会基本情况", [
        "1.展会时间：2024年5月17日至21日，其中5月17日至19日为专业观众日。",
        "2.展会地点：哈尔滨国际会议展览体育中心（哈尔滨市南岗区红旗大街301号）。",
        "3.展区设置：本届博览会设中国商品展区、俄罗斯商品展区、共建“一带一路”国家展区和对俄经贸合作成果展区，我市展位集中布置在黑龙江省对俄开放合作展区。",
    ]),
    ("二、参展范围", [
        "（一）在中国（黑龙江）自由贸易试验区绥芬河片区、绥芬河综合保税区注册的对俄贸易、木材加工、跨境电商和国际物流企业。",
        "（二）绥芬河边境经济合作区内的食品加工、果蔬仓储和装备制造企业。",
        "（三）阜宁镇、绥阳镇具有出口能力的黑木耳、食用菌等特色农产品生产企业和农民专业合作社。",
    ]),
    ("三、支持政策", [
        "（一）展位费补助。我市参展企业使用的标准展位（9平方米）和光地展位由市商务局统一申请，展位费按70%给予补助，每家企业补助不超过2个标准展位。",
        "（二）展品运输补助。通过绥芬河公路口岸或绥芬河铁路口岸运输俄方合作伙伴展品入境参展的，按实际运费的50%给予补助，单个企业最高不超过1万元。",
        "（三）现场服务保障。市商务局在展会期间设立绥芬河市展团服务站，协调办理展品通关、现场签约、洽谈对接等事宜。",
    ]),
    ("四、报名要求", [
        "（一）请各企业认真填写《第八届中国—俄罗斯博览会绥芬河市参展企业报名表》（见附件），加盖企业公章后，于2024年4月15日前将扫描件报送至市商务局对外贸易科，逾期不再受理。",
        "（二）阜宁镇、绥阳镇人民政府和市直有关部门要积极动员辖区和行业内企业报名参展，并于2024年4月12日前将动员情况报市商务局。",
    ]),
]
SF_CONTACT = ["联系人：王晓东　刘　佳", "联系电话：0453-3925617　13945318862", "电子邮箱：sfhswmk@163.com"]
SF_DATE = "2024年3月26日"
SF_CHAOSONG = "牡丹江市商务局，市政府办公室，绥芬河海关。"


def build_suifenhe():
    doc = new_doc(centered_numbers=True)
    banhead(doc, "绥芬河市商务局文件", 52, width_scale=90)
    docnum_rule(doc, SF_NUM, blank_before=1)
    title(doc, SF_TITLE_LINES, soft=False)           # two paragraphs
    P(doc, SF_MAIN_TO, indent=0)
    P(doc, SF_INTRO)
    for head, items in SF_SECTIONS:
        P(doc, head, HT)
        for it in items:
            if it.startswith("（") and "。" in it[:14]:
                k = it.index("。") + 1
                runin(doc, it[:k], it[k:], KT)
            else:
                P(doc, it)
    for t in SF_CONTACT:
        P(doc, t)
    P(doc, indent=0)
    p = P(doc, "附件：" + SF_FORM, indent=0)
    p.paragraph_format.left_indent = Pt(SAN * 5)
    p.paragraph_format.first_line_indent = Pt(-SAN * 3)
    signoff(doc, "绥芬河市商务局", SF_DATE, right_chars=4, blank=2, public="（此件主动公开）")
    # 附件 in a new section (next page)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    P(doc, SF_FORM, XBZ, 18, C, 0, line=Pt(30))
    P(doc, indent=0, line=Pt(14))
    p = P(doc, "填报单位（盖章）：\t填报日期：　　年　　月　　日", FS, SI, L, 0, line=Pt(24))
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="left" w:pos="4700"/></w:tabs>' % nsdecls("w")))
    tbl = doc.add_table(rows=9, cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [36, 44, 26, 50])
    rows = [
        ("企业名称", None, None, None),
        ("统一社会信用代码", "", "注册区域", "□自贸片区　□综保区\n□边合区　　□其他"),
        ("联系人", "", "职务", ""),
        ("手机", "", "电子邮箱", ""),
        ("主营产品", None, None, None),
        ("展位需求", "标准展位＿＿个；光地展位＿＿平方米", None, None),
        ("拟参展商品", None, None, None),
        ("是否运输俄方展品入境", "□是　　□否", None, None),
        ("企业意见", "\n\n（盖章）\n年　　月　　日", None, None),
    ]
    for ri, r in enumerate(rows):
        row = tbl.rows[ri]
        row_height(row, 11 if ri not in (6, 8) else (16 if ri == 6 else 26))
        cell_text(row.cells[0], r[0], FS, SI)
        if r[1] is None or r[2] is None:
            m = row.cells[1].merge(row.cells[3])
            cell_text(m, r[1] or "", FS, SI, R if ri == 8 else C)
        else:
            cell_text(row.cells[1], r[1], FS, SI)
            cell_text(row.cells[2], r[2], FS, SI)
            cell_text(row.cells[3], r[3], FS, XS)
    P(doc, "注：本表一式一份，请于2024年4月15日前报送市商务局对外贸易科。", FS, XS, L, 0, line=Pt(22), before=6)
    p = P(doc, indent=0)
    p.paragraph_format.page_break_before = True      # 版记 page: "page break before" on the first empty paragraph
    banji(doc, SF_CHAOSONG, "绥芬河市商务局", SF_DATE, blank=17)
    out = os.path.join(HERE, "blind228_suifenhe_baoming.docx")
    doc.save(out)
    return out


# ================================================================ (c) 营口经济技术开发区管委会 决定
YK_NUM = "营开管发〔2024〕15号"
YK_TITLE = "营口经济技术开发区管理委员会关于加快建设中欧班列（营口）集结中心推动临港开放型经济高质量发展的决定"
YK_TITLE_LINES = ["营口经济技术开发区管理委员会关于加快建设", "中欧班列（营口）集结中心推动临港开放型", "经济高质量发展的决定"]
YK_MAIN_TO = "各街道办事处、镇人民政府，管委会各部门，各直属单位，区内各有关企业："
YK_INTRO = "为深入贯彻落实国家关于推进中欧班列高质量发展和共建“一带一路”的决策部署，充分发挥营口港、中国（辽宁）自由贸易试验区营口片区和营口综合保税区叠加优势，加快建设中欧班列（营口）集结中心，推动临港开放型经济高质量发展，经管委会主任办公会议研究，作出如下决定。"
# (paragraph, [continuation paragraphs])
YK_ITEMS = [
    ("一、加快集结中心基础设施建设。以鲅鱼圈港区铁路集装箱中心站为核心，2024年底前完成集结中心二期海铁联运换装场和3条铁路专用线扩能改造，集装箱年作业能力提升至80万标箱。管委会对集结中心新建、改扩建项目，按项目固定资产投资额的5%给予补助，单个项目最高不超过2000万元。", []),
    ("二、扩大中欧班列开行规模。对以营口为始发站或集结站、经满洲里、二连浩特、霍尔果斯等口岸出境的中欧班列，按每标箱1500元给予班列平台公司运营补贴；全年开行量突破600列的，另给予平台公司一次性奖励300万元。",
     ["对回程班列货源组织成效突出的货运代理企业，按回程每标箱800元给予奖励，单个企业每年最高不超过200万元。"]),
    ("三、发展海铁联运和“班列+”业务。支持企业开展“日韩—营口—欧洲”海铁联运过境运输，对经营口港中转并通过中欧班列出境的过境集装箱，按每标箱500元给予奖励。鼓励发展“班列+跨境电商”“班列+冷链”等业务，对在营口综合保税区内开展班列跨境电商业务的企业，按年度业务量给予最高100万元奖励。", []),
    ("四、培育临港产业集群。在中国（辽宁）自由贸易试验区营口片区和营口综合保税区布局汽车及零部件、镁质材料、粮油加工等班列指向性产业，对新落户且年班列运量达到200标箱以上的生产制造企业，给予一次性奖励50万元。", []),
    ("五、建设临港物流园区。支持熊岳镇、芦屯镇依托沈海高速公路和哈大铁路发展临港物流园区，对新建标准化仓储设施面积达到2万平方米以上的项目，按每平方米50元给予补助，单个项目最高不超过300万元。", []),
    ("六、提升口岸通关效率。推行“提前申报”“船边直提”“抵港直装”等通关模式，协调鲅鱼圈海关在集结中心设立现场查验点，推动中欧班列出口货物整体通关时间压缩至6小时以内。",
     ["管委会对企业在集结中心现场查验点产生的吊装、移位、仓储费用给予全额补贴，补贴期限为2年。"]),
    ("七、加强金融支持。设立规模10亿元的临港产业发展基金，重点支持班列指向性产业项目；鼓励区内银行机构开展铁路运单融资、仓单质押等业务，对为企业提供运单融资的银行机构，按融资额的1%给予风险补偿。", []),
    ("八、强化要素保障。集结中心及配套产业项目用地纳入年度土地供应计划优先保障，红旗镇、芦屯镇范围内的班列物流和临港产业项目用地实行“标准地”出让。", []),
    ("九、健全工作机制。成立中欧班列（营口）集结中心建设工作领导小组，由管委会主任任组长，领导小组办公室设在管委会经济发展局，负责统筹协调和政策兑现。本决定涉及的奖励补助资金由管委会财政承担，企业已享受省、市同类政策的，不重复享受。", []),
    ("十、本决定自2024年5月1日起施行，有效期3年。管委会此前发布的有关政策与本决定不一致的，以本决定为准。", []),
]
YK_DATE = "2024年4月12日"
YK_PRINTDATE = "2024年4月15日"
YK_CHAOSONG = "营口市人民政府，营口市发展改革委、商务局，营口海关，鲅鱼圈海关，营口港集团。"


def build_yingkou():
    doc = new_doc(centered_numbers=True)
    banhead(doc, "营口经济技术开发区管理委员会文件", 40, width_scale=62, blank_before=1)
    docnum_rule(doc, YK_NUM, blank_before=2)
    title(doc, YK_TITLE_LINES, soft=False)           # three paragraphs
    P(doc, YK_MAIN_TO, indent=0)
    P(doc, YK_INTRO)
    for txt, cont in YK_ITEMS:
        P(doc, txt)
        for c in cont:
            P(doc, c)
    signoff(doc, "营口经济技术开发区管理委员会", YK_DATE, right_chars=2, blank=3)
    # 版记 in its own section on the last page
    doc.add_section(WD_SECTION.NEW_PAGE)
    banji(doc, YK_CHAOSONG, "营口经济技术开发区管理委员会办公室", YK_PRINTDATE, blank=17)
    out = os.path.join(HERE, "blind228_yingkou_jueding.docx")
    doc.save(out)
    return out


# ================================================================ (d) 肃北蒙古族自治县人民政府 意见
SB_NUM = "肃北政发〔2024〕16号"
SB_TITLE = "肃北蒙古族自治县人民政府关于加快马鬃山口岸建设推动向北开放高质量发展的意见"
SB_TITLE_LINES = ["肃北蒙古族自治县人民政府关于加快马鬃山", "口岸建设推动向北开放高质量发展的意见"]
SB_MAIN_TO = "各乡镇人民政府，县政府各部门，县属各企事业单位，驻县各单位："
SB_INTRO = "马鬃山口岸是甘肃省唯一的对蒙古国陆路口岸，是我省向北开放、参与中蒙俄经济走廊建设的重要通道。为加快马鬃山口岸建设，推动全县向北开放高质量发展，主动服务和融入共建“一带一路”，现提出如下意见。"
SB_GOAL = "以口岸建设为牵引，以通道、平台、产业为支撑，到2026年，马鬃山口岸基础设施和查验设施基本完善，具备常年开放条件，口岸进出口货运量达到100万吨，培育口岸经济相关企业20家以上，初步形成“口岸+物流+加工”的向北开放格局。"
# (heading, [(run-in head, text)])  — text may hold "\n" = manual line break typed in Word
SB_SECTIONS = [
    ("二、加快口岸基础设施建设", [
        ("（一）完善口岸查验设施。", "配合省、市有关部门完成马鬃山口岸联检楼、货运通道、查验场地和监管仓库建设，2025年6月底前具备常年开放条件。县口岸办牵头，马鬃山镇人民政府配合。"),
        ("（二）推进通道建设。", "加快推进党城湾镇至马鬃山镇公路提质改造，积极争取将马鬃山口岸至马鬃山镇区段公路改扩建工程纳入省级规划，打通口岸至敦煌、酒泉的货运通道。县交通运输局牵头。"),
        ("（三）建设口岸物流园。", "在马鬃山镇规划建设占地1500亩的马鬃山口岸物流园，配套建设仓储、冷链、监管仓库和司机之家，对入园企业自建仓储设施的，按实际投资额的10%给予补助，最高不超过200万元。"),
    ]),
    ("三、培育口岸经济", [
        ("（一）发展落地加工。", "依托肃北县工业园区马鬃山片区发展进口煤炭洗选、铁矿石加工、有色金属冶炼等落地加工产业，对使用进口原料且年加工量达到10万吨以上的企业，给予一次性奖励50万元。"),
        ("（二）扩大进出口贸易。", "鼓励企业开展对蒙古国煤炭、铜精粉进口和机电产品、建材、日用品出口，对通过马鬃山口岸年进出口额达到1000万元以上的企业，按进出口额的1%给予奖励，单个企业最高不超过100万元。"),
        ("（三）发展边民互市和口岸旅游。", "在马鬃山镇规划建设边民互市贸易点，组织党城湾镇、石包城乡、盐池湾乡的\n农牧民专业合作社参与边民互市；结合“大敦煌”旅游圈，开发口岸观光、边境风情旅游线路。"),
    ]),
    ("四、优化口岸营商环境", [
        ("（一）提升通关便利化水平。", "协调酒泉海关、马鬃山出入境边防检查站推行“提前申报”“两步申报”等措施，口岸货物整体通关时间压缩50%以上。"),
        ("（二）加强口岸服务保障。", "对在马鬃山镇口岸一线连续工作满3年的县属机关事业单位工作人员，每月发放口岸一线工作补贴800元。"),
    ]),
    ("五、保障措施", [
        ("（一）加强组织领导。", "成立县口岸建设和向北开放工作领导小组，由县长任组长，领导小组办公室设在县口岸办，统筹推进口岸建设各项工作。"),
        ("（二）加大资金投入。", "县财政每年统筹安排口岸发展专项资金不少于1000万元，积极争取中央、省级口岸建设补助资金。"),
        ("（三）严格督查落实。", "各乡镇、各部门要按照职责分工制定具体落实措施，县政府督查室定期开展督查，督查结果纳入年度目标责任考核。"),
    ]),
]
SB_LAST = "本意见自2024年9月1日起施行，有效期5年。"
SB_DATE = "2024年8月20日"
SB_PRINTDATE = "2024年8月22日"
SB_CHAOSONG = "酒泉市人民政府，县委各部门，县人大常委会办公室，县政协办公室，县人武部，县法院，县检察院。"


def build_subei():
    doc = new_doc(odd_even=True, body_font=FS2)
    banhead(doc, "肃北蒙古族自治县人民政府文件", 42, width_scale=70)
    docnum_rule(doc, SB_NUM)
    title(doc, SB_TITLE_LINES, soft=True)            # one paragraph, one soft break
    P(doc, SB_MAIN_TO, FS2, indent=0)
    P(doc, SB_INTRO, FS2)
    P(doc, "一、总体要求", HT)
    P(doc, SB_GOAL, FS2)
    for head, items in SB_SECTIONS:
        P(doc, head, HT)
        for h, t in items:
            p = P(doc)
            fnt(p.add_run(h), "楷体", SAN)
            parts = t.split("\n")
            for i, part in enumerate(parts):
                r = fnt(p.add_run(part), FS2, SAN)
                if i < len(parts) - 1:
                    r.add_break()
    P(doc, SB_LAST, FS2)
    signoff(doc, "肃北蒙古族自治县人民政府", SB_DATE, right_chars=3, blank=3, font=FS2)
    page_break(doc)
    banji(doc, SB_CHAOSONG, "肃北蒙古族自治县人民政府办公室", SB_PRINTDATE, blank=18)
    out = os.path.join(HERE, "blind228_subei_yijian.docx")
    doc.save(out)
    return out


# ================================================================ expected
def expected():
    out = {}
    # ---- (a) 贺兰
    hl = [HL_NOTICE, HL_INTRO, HL_GOAL]
    hl += [h + t for _, items in HL_TASKS for h, t in items]
    hl += [h + t for h, t in HL_GUARANTEE]
    hl += [HL_LAST]
    out["blind228_helan_fangan"] = [{
        "meta": {
            "title": HL_TITLE, "doc_number": HL_NUM, "issuer": ["贺兰县人民政府办公室"],
            "date": "2024-06-18", "published": "2024-06-18", "level": "county", "region": "宁夏回族自治区银川市贺兰县",
            "effective": "2024-06-18", "expires": "2025-12-31", "attachments": [HL_PLAN],
            "doc_type": "通知（印发实施方案）",
            "recipients": ["各乡镇人民政府", "县政府各部门", "贺兰工业园区管委会", "各有关单位"],
            "publicity": "此件公开发布",
        },
        "clauses": hl,
        "applies_to": {
            "default": "宁夏回族自治区银川市贺兰县",
            "specific": {
                "二、（一）1．": "贺兰工业园区、暖泉工业园区",
                "二、（一）3．": "习岗镇、金贵镇、立岗镇",
                "二、（二）1．": "贺兰工业园区（电子商务产业孵化中心）",
                "二、（二）2．": "洪广镇、常信乡",
                "二、（三）2．": "银川综合保税区 as the platform used (the measure is 贺兰县's; 贺兰县 + 银川综合保税区 fine)",
            },
            "note": "中东、中亚 / 共建“一带一路”国家 (二、（三）…) and 京津冀、长三角、粤港澳大湾区 (招商 source regions, 二、（一）2．) do not move a clause; 银川—中亚班列 is a route. 贺兰工业园区管委会 in 主送 is not a place of a clause.",
        },
        "_note": (
            "ONE document: the 印发通知 and the 方案 after it (no 附件 label — the ordinary 印发 layout: 方案 on a new page after the notice's 落款). "
            "Furniture: red 版头 贺兰县人民政府办公室文件 (condensed 80%); 文号 贺政办发〔2024〕41号 + red rule; title ONE paragraph with two soft breaks (…关于印发《贺兰县 / 推进外贸保稳提质促进跨境电子商务发展 / 实施方案（2024—2025年）》的通知 — the breaks fall inside the book title) joined with no space; 主送; 落款 贺兰县人民政府办公室 / 2024年6月18日; （此件公开发布）; "
            "方案 title in two centred paragraphs (heading, not a clause); 版记 (抄送… / 贺兰县人民政府办公室 2024年6月18日印发) alone on the last page after a page break and 16 empty paragraphs. Footer “— N —” alternating right/left. "
            "Clauses: the notice paragraph; 方案 intro; 一、总体目标 (a heading with its paragraph below — the paragraph is the clause, labelled under 一、); 二、重点任务 with heading-only 楷体 （一）（二）（三） lines (headings, not clauses) over run-in bold 1．2．3． items (number + bold lead + text = one clause; 1． restarts under each （一）); 三、保障措施 with run-in 楷体 （一）…（四） (heading + text = one clause); the closing 本方案自印发之日起实施，有效期至2025年12月31日 paragraph. "
            "effective = 印发之日: the 落款 date and the 版记 印发 date are both 2024-06-18; expires 2025-12-31. Deadlines 2024年底, 2025年6月底, 每年12月10日 are not document dates. "
            "attachments: the 方案 title is what is 印发 (listing it as the attached/enclosed document is right; an empty list is tolerable since there is no 附件说明)."
        ),
    }]
    # ---- (b) 绥芬河
    sf = [SF_INTRO] + [it for _, items in SF_SECTIONS for it in items]
    out["blind228_suifenhe_baoming"] = [{
        "meta": {
            "title": SF_TITLE, "doc_number": SF_NUM, "issuer": ["绥芬河市商务局"],
            "date": "2024-03-26", "published": "2024-03-26", "level": "county", "region": "黑龙江省牡丹江市绥芬河市",
            "effective": None, "expires": None, "attachments": [SF_FORM], "doc_type": "通知",
            "recipients": ["阜宁镇、绥阳镇人民政府", "市直有关部门", "各有关企业"],
            "publicity": "此件主动公开",
        },
        "clauses": sf,
        "applies_to": {
            "default": "黑龙江省牡丹江市绥芬河市",
            "specific": {
                "二、（一）": "中国（黑龙江）自由贸易试验区绥芬河片区、绥芬河综合保税区",
                "二、（二）": "绥芬河边境经济合作区",
                "二、（三）": "阜宁镇、绥阳镇",
                "三、（二）": "绥芬河公路口岸、绥芬河铁路口岸",
                "四、（二）": "阜宁镇、绥阳镇 (addressed to their governments; 市直部门 too — 绥芬河市 + the two 镇 fine)",
            },
            "note": "哈尔滨 / 哈尔滨市南岗区红旗大街 (一、1./2.) is the venue of the fair, not a place of application; 俄罗斯 / 共建“一带一路”国家 do not move a clause abroad; 黑龙江省对俄开放合作展区 is a hall. A 县级市 商务局 notice: level county (municipal tolerable low).",
        },
        "_note": (
            "Red 版头 绥芬河市商务局文件; 文号 绥商发〔2024〕9号 + red rule; title in TWO centred paragraphs (…关于组织企业参加 / 第八届中国—俄罗斯博览会的通知) joined with no space; 主送; intro ending in 现将有关事项通知如下：; "
            "四 黑体 headings 一、…四、 on their own lines (headings, not clauses); under 一、 three items typed “1.展会时间：…” with a HALF-WIDTH dot (each one clause); under 二、 whole-paragraph （一）（二）（三）; under 三、 run-in 楷体 （一）…（三） (heading + text = one clause); under 四、 two （一）（二） paragraphs. "
            "Then three contact lines 联系人 / 联系电话 / 电子邮箱 (not clauses: contact furniture; as one separate clause tolerable low; glued onto 四、（二） low-medium because it corrupts that clause's text). "
            "附件说明 附件：第八届中国—俄罗斯博览会绥芬河市参展企业报名表 → attachments; 落款 绥芬河市商务局 / 2024年3月26日; （此件主动公开） (the ordinary variant of the publicity note). "
            "The 附件 is in a NEW SECTION (next page): label 附件, the form title, the line 填报单位（盖章）：… 填报日期：　　年　　月　　日, then a BLANK registration form (9-row Word table, label cells with empty or □ cells, merged cells in 5 rows), then 注：本表一式一份，请于2024年4月15日前报送…. "
            "The blank form holds no clauses: reading its rows as clauses (企业名称 / 统一社会信用代码 …) is low noise; letting them or the 注 line glue onto the notice's last clause, or making the form a separate titled document, is wrong. "
            "版记 (抄送… / 绥芬河市商务局 2024年3月26日印发) on the last page after a page break. Footer “— N —” centred. "
            "No effective/expires (an event notice; 2024-05-17/21, 2024-04-15, 2024-04-12 are event dates and deadlines — effective = 2024-03-26 tolerable low). 黑商函〔2024〕52号 is the cited provincial notice's number, not this document's."
        ),
    }]
    # ---- (c) 营口
    yk = [YK_INTRO] + [txt + "".join(cont) for txt, cont in YK_ITEMS]
    out["blind228_yingkou_jueding"] = [{
        "meta": {
            "title": YK_TITLE, "doc_number": YK_NUM, "issuer": ["营口经济技术开发区管理委员会"],
            "date": "2024-04-12", "published": "2024-04-15", "level": "zone", "region": "辽宁省营口市（营口经济技术开发区，鲅鱼圈区）",
            "effective": "2024-05-01", "expires": "2027-04-30", "attachments": [], "doc_type": "决定",
            "recipients": ["各街道办事处、镇人民政府", "管委会各部门", "各直属单位", "区内各有关企业"],
            "publicity": "此件公开发布",
        },
        "clauses": yk,
        "applies_to": {
            "default": "营口经济技术开发区（辽宁省营口市鲅鱼圈区）",
            "specific": {
                "一、": "鲅鱼圈港区（铁路集装箱中心站 / 集结中心）",
                "三、": "营口港（中转）；second sentence 营口综合保税区",
                "四、": "中国（辽宁）自由贸易试验区营口片区、营口综合保税区",
                "五、": "熊岳镇、芦屯镇",
                "六、": "集结中心现场查验点（鲅鱼圈海关）",
                "八、": "红旗镇、芦屯镇",
            },
            "note": "满洲里、二连浩特、霍尔果斯 (二、) are exit ports in other provinces — they must not place clause 二、 in 内蒙古/新疆; 日韩、欧洲 (三、) are route ends, not places; 沈海高速公路、哈大铁路 (五、) are corridors.",
        },
        "_note": (
            "A 决定 of a 经开区 管委会 with NO articles: numbered paragraphs 一、…十、 typed as plain 仿宋 body paragraphs (number + lead sentence + text in one paragraph, no bold, no separate headings). "
            "Two items continue in a SECOND, unnumbered paragraph (二、 → 对回程班列货源组织成效突出的…; 六、 → 管委会对企业在集结中心现场查验点产生的…): expected joins the continuation onto its item (the two paragraphs concatenated with no separator; a line break between them is fine). A continuation read as its own unlabelled clause is low-medium (it loses its item); glued onto the WRONG item is serious. "
            "Furniture: red 版头 营口经济技术开发区管理委员会文件 condensed to 62%; 文号 营开管发〔2024〕15号 + red rule; title in THREE centred paragraphs (…关于加快建设 / 中欧班列（营口）集结中心推动临港开放型 / 经济高质量发展的决定) joined with no space; 主送; 落款 营口经济技术开发区管理委员会 / 2024年4月12日; （此件公开发布）; "
            "版记 (抄送… / 营口经济技术开发区管理委员会办公室 2024年4月15日印发) in a SECOND SECTION (section break, new page) after 17 empty paragraphs. Footer “— N —” centred. "
            "十、: 本决定自2024年5月1日起施行，有效期3年 → effective 2024-05-01, expires 2027-04-30 (to be computed). Deadline 2024年底 (一、) is not a document date. level zone (a 国家级经开区 管委会)."
        ),
    }]
    # ---- (d) 肃北
    sb = [SB_INTRO, SB_GOAL] + [h + t.replace("\n", "") for _, items in SB_SECTIONS for h, t in items] + [SB_LAST]
    out["blind228_subei_yijian"] = [{
        "meta": {
            "title": SB_TITLE, "doc_number": SB_NUM, "issuer": ["肃北蒙古族自治县人民政府"],
            "date": "2024-08-20", "published": "2024-08-22", "level": "county", "region": "甘肃省酒泉市肃北蒙古族自治县",
            "effective": "2024-09-01", "expires": "2029-08-31", "attachments": [], "doc_type": "意见",
            "recipients": ["各乡镇人民政府", "县政府各部门", "县属各企事业单位", "驻县各单位"],
            "publicity": "此件公开发布",
        },
        "clauses": sb,
        "applies_to": {
            "default": "甘肃省酒泉市肃北蒙古族自治县（马鬃山口岸）",
            "specific": {
                "二、（一）": "马鬃山口岸（马鬃山镇）",
                "二、（二）": "党城湾镇、马鬃山镇（公路）；马鬃山口岸",
                "二、（三）": "马鬃山镇（马鬃山口岸物流园）",
                "三、（一）": "肃北县工业园区马鬃山片区",
                "三、（二）": "马鬃山口岸",
                "三、（三）": "马鬃山镇（互市贸易点）；党城湾镇、石包城乡、盐池湾乡（合作社）",
                "四、（一）": "马鬃山口岸",
                "四、（二）": "马鬃山镇（口岸一线）",
            },
            "note": "蒙古国 / 中蒙俄经济走廊 do not move a clause abroad; 敦煌、酒泉 (二、（二）, 三、（三）) are destinations / a tourist circle, not places of application; 酒泉海关 is an agency.",
        },
        "_note": (
            "Red 版头 肃北蒙古族自治县人民政府文件 (condensed 70%); 文号 肃北政发〔2024〕16号 + red rule; title ONE paragraph with ONE soft break (…关于加快马鬃山 / 口岸建设推动向北开放高质量发展的意见 — the break splits the place name 马鬃山|口岸) joined with no space; body font 仿宋 (not _GB2312), items run-in 楷体. "
            "Clauses: intro (…现提出如下意见。); 一、总体要求 heading + its paragraph (one clause under 一、); 二、…五、 黑体 headings (not clauses) with run-in （一）（二）（三） items (heading + text = one clause; （一） restarts under each 一、); the closing paragraph 本意见自2024年9月1日起施行，有效期5年 (its own clause, after 五、（三） — glued onto 五、（三） is low). "
            "三、（三） has a MANUAL LINE BREAK typed inside the sentence (…盐池湾乡的⏎农牧民专业合作社…): the clause is one, joined with no space. "
            "落款 肃北蒙古族自治县人民政府 / 2024年8月20日; （此件公开发布）; 版记 (抄送… / 肃北蒙古族自治县人民政府办公室 2024年8月22日印发) alone on the last page after a page break and 18 empty paragraphs. Footer alternating. "
            "effective 2024-09-01, expires 2029-08-31 (5 years, computed). 2025年6月底, 2026 are targets."
        ),
    }]
    for k, v in PDF_NOTES.items():
        out[k][0]["_pdf"] = {"note": v}
    return out


PDF_NOTES = {
    "blind228_helan_fangan": "6 pages. Page 1: 版头, title (three printed lines), notice, 落款 and （此件公开发布）; pages 2–5 the 方案 (its title on page 2); page 6 only the 版记. Footer “— N —” alternating right/left. Same expected meta and clauses.",
    "blind228_suifenhe_baoming": "5 pages. The 附件说明 wraps (…参展企业报名｜表, hanging indent); page 4 holds the 附件 label, form title, 填报单位 line, the blank form and the 注 line (form cells wrap: 统一社会信用｜代码, □自贸片区 □综保区｜□边合区 □其他, 是否运输俄方｜展品入境); page 5 only the 版记. Footer centred. Same expected meta and clauses.",
    "blind228_yingkou_jueding": "5 pages. Page 4 holds only the 落款 and （此件公开发布）; page 5 (second section) only the 版记. Footer centred. Same expected meta and clauses.",
    "blind228_subei_yijian": "5 pages. The manual line break in 三、（三） prints as a short line (…盐池湾乡的) on page 3; page 4 holds only the 落款 and （此件公开发布）; page 5 only the 版记. Footer alternating. Same expected meta and clauses."
}


def main():
    files = [build_helan(), build_suifenhe(), build_yingkou(), build_subei()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
