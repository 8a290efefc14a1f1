# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 74: documents that replace or continue earlier ones (厦门, municipal).

Writes next to itself:
  blind74_xiamen_banfa.docx / .pdf   (a) 厦府办规〔2024〕5号 印发 …管理办法（2024年修订）, abolishes 厦府办规〔2019〕12号
  blind74_xiamen_huibian.docx        (b) the old 办法 (厦府办规〔2019〕12号) + (e) the three documents (c)/(d) name, as a 规范性文件汇编
  blind74_xiamen_gongbao.docx        (c) 厦商务规〔2024〕3号 继续执行 / 届满后不再执行 and (d) 厦发改规〔2024〕4号 有效期至…, 废止…, as a 公报 excerpt
  expected.json
"""
import json
import os
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


BODY = [16, 28.95]


def para(doc, text="", font=FS, size=None, align=None, indent=True, bold=False, color=None, space_before=0, space_after=0, exact=None):
    size = size or BODY[0]
    exact = exact or BODY[1]
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(space_before)
    pf.space_after = Pt(space_after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j" or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def lead_para(doc, lead, rest, lead_font=HEI):
    """'一、xxx。' in 黑体 then body in 仿宋, one paragraph."""
    p = para(doc, "")
    r = p.add_run(lead)
    set_font(r, lead_font, BODY[0])
    r = p.add_run(rest)
    set_font(r, FS, BODY[0])
    return p


def border(p, side="bottom", color="E60012", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def setup(doc, header_text=None, footer_style="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(28)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    if header_text:
        hp = s.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = hp.add_run(header_text)
        set_font(r, "宋体", 10.5)
        border(hp, "bottom", "000000", 6)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer_style == "dash":
        r = fp.add_run("— "); set_font(r, "宋体", 14)
        r = fp.add_run(); set_font(r, "宋体", 14); add_field(r, "PAGE")
        r = fp.add_run(" —"); set_font(r, "宋体", 14)
    else:
        r = fp.add_run("· "); set_font(r, "宋体", 10.5)
        r = fp.add_run(); set_font(r, "宋体", 10.5); add_field(r, "PAGE")
        r = fp.add_run(" ·"); set_font(r, "宋体", 10.5)


def table(doc, header, rows):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate([header] + rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(v)
            set_font(r, HEI if i == 0 else FS, 14)
    return t


def table_clauses(header, rows):
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, r)) for r in rows]


def banji(doc, chaosong, yinfa_org, yinfa_date):
    para(doc, "", indent=False)
    p = para(doc, "", indent=False)
    border(p, "bottom", "000000", 8)
    p = para(doc, "", font=FS, size=14, indent=False, align="j", exact=22)
    r = p.add_run("抄送：" + chaosong)
    set_font(r, FS, 14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(0)
    border(p, "bottom", "000000", 4)
    p = para(doc, "", indent=False, exact=22)
    r = p.add_run("  " + yinfa_org)
    set_font(r, FS, 14)
    r = p.add_run("\t" * 3 + yinfa_date + "印发")
    set_font(r, FS, 14)
    border(p, "bottom", "000000", 8)


# ---------------------------------------------------------------- content
OLD_BANFA = "中国（福建）自由贸易试验区厦门片区促进“一带一路”国际物流发展管理办法"
NEW_BANFA = OLD_BANFA + "（2024年修订）"
X_TITLE = "厦门市商务局 厦门市财政局关于支持自贸试验区跨境电子商务发展若干措施的通知"
Y_TITLE = "厦门市商务局关于鼓励拓展“丝路海运”航线的若干措施"
Z_TITLE = "厦门市发展和改革委员会关于支持企业参与“一带一路”建设的通知"

# (a) the 2024 revision
A_NOTICE_TITLE = "厦门市人民政府办公厅关于印发" + NEW_BANFA + "的通知"
A_ZHUSONG = "各区人民政府，市直各委、办、局，各开发区管委会，厦门自贸片区管委会："
A_NOTICE_BODY = ["《" + NEW_BANFA + "》已经市人民政府同意，现印发给你们，请认真贯彻执行。"]
A_TABLE_H = ["航线类别", "奖励标准", "单个企业年度上限"]
A_TABLE_R = [["远洋航线", "每条100万元", "300万元"], ["近洋航线", "每条50万元", "150万元"], ["内支线", "每条20万元", "60万元"]]
A_ART = [
    ("第一章　总则", None),
    ("第一条", "为深入贯彻落实共建“一带一路”倡议，加快建设“丝路海运”核心区和国际性综合交通枢纽，推动中国（福建）自由贸易试验区厦门片区国际物流高质量发展，根据《中国（福建）自由贸易试验区总体方案》等有关规定，结合厦门片区实际，制定本办法。"),
    ("第二条", "本办法适用于在中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）依法注册登记、具有独立法人资格，从事国际航运、国际货运代理、多式联运等业务的企业。"),
    ("第三条", "厦门片区管理委员会（以下简称片区管委会）负责本办法的组织实施；市财政局、市商务局、市交通运输局、厦门海关等部门按照职责分工做好相关工作。"),
    ("第二章　支持措施", None),
    ("第四条", "支持开通“丝路海运”航线。对新开通通往共建“一带一路”国家和地区港口的集装箱班轮航线，且开通后12个月内运营不少于40个航次的航运企业，按照下表标准给予一次性奖励："),
    ("TABLE", None),
    ("第五条", "支持中欧（厦门）班列发展。对经厦门片区集结发运的中欧（厦门）班列，按照每标准箱1500元给予运营平台补助，单个企业年度补助总额不超过500万元。"),
    ("第六条", "支持海铁联运发展。对通过厦门港进出口、经铁路集疏运的海铁联运集装箱，按照每标准箱200元给予补助，单个企业年度补助总额不超过200万元。"),
    ("第七条", "支持国际物流人才引进。对国际物流企业新引进的年薪50万元以上的高级管理人才，按照其年度个人所得税地方留成部分的80%给予奖励，奖励期限不超过3年。"),
    ("第三章　申报与管理", None),
    ("第八条", "符合本办法规定条件的企业，应当于每年3月31日前向片区管委会提出上一年度奖励申请，并提交申请表、营业执照、航次或运量证明等材料。片区管委会会同有关部门审核后，在厦门自贸片区门户网站公示5个工作日，公示无异议的予以拨付。"),
    ("第九条", "同一项目同时符合本办法及本市其他同类扶持政策的，按照“从高不重复”原则执行。"),
    ("第十条", "企业以虚报、冒领等手段骗取奖励资金的，由片区管委会追回已拨付资金，取消其3年内申报资格，并依法依规纳入失信记录；涉嫌犯罪的，移送司法机关处理。"),
    ("第四章　附则", None),
    ("第十一条", "本办法由片区管委会负责解释。"),
    ("第十二条", "本办法自2024年7月1日起施行，有效期5年。原《" + OLD_BANFA + "》（厦府办规〔2019〕12号）同时废止。"),
]

# (b) the old 办法, 2019
B_NOTICE_TITLE = "厦门市人民政府办公厅关于印发" + OLD_BANFA + "的通知"
B_ZHUSONG = "各区人民政府，市直各委、办、局，各开发区管委会，厦门自贸片区管委会："
B_NOTICE_BODY = ["《" + OLD_BANFA + "》已经市人民政府同意，现印发给你们，请认真组织实施。"]
B_ART = [
    ("第一条", "为贯彻落实“一带一路”倡议，促进中国（福建）自由贸易试验区厦门片区国际物流业发展，制定本办法。"),
    ("第二条", "本办法适用于在厦门片区注册登记，从事国际航运、国际货运代理等业务的企业。"),
    ("第三条", "对新开通通往“一带一路”沿线国家和地区港口的集装箱班轮航线，且年度运营不少于30个航次的航运企业，每条航线给予一次性奖励50万元，单个企业年度奖励总额不超过150万元。"),
    ("第四条", "对经厦门片区集结发运的中欧（厦门）班列，按照每标准箱1000元给予运营平台补助。"),
    ("第五条", "企业应当于每年4月30日前向厦门片区管理委员会提出上一年度奖励申请。"),
    ("第六条", "企业以虚报、冒领等手段骗取奖励资金的，由厦门片区管理委员会追回已拨付资金，并取消其申报资格。"),
    ("第七条", "本办法由厦门片区管理委员会负责解释。"),
    ("第八条", "本办法自2019年7月1日起施行，有效期至2024年12月31日。"),
]

# (e) X, Y, Z
X_DOCNO = "厦商务规〔2021〕2号"
X_ZHUSONG = "各区商务主管部门、财政局，厦门自贸片区管委会，各有关企业："
X_BODY = [
    ("", "为贯彻落实《国务院关于印发中国（福建）自由贸易试验区总体方案的通知》精神，推动自贸试验区跨境电子商务高质量发展，结合我市实际，制定以下措施。"),
    ("一、", "支持跨境电商海外仓建设。对在共建“一带一路”国家和地区自建或租用海外仓、仓储面积在2000平方米以上的本市跨境电商企业，按照实际租金或建设投入的20%给予补助，单个企业年度补助不超过100万元。"),
    ("二、", "支持跨境电商产业园发展。对经认定的市级跨境电商产业园，按照其年度运营费用的30%给予补助，最高不超过200万元。"),
    ("三、", "支持开展跨境电商B2B出口。对通过“9710”“9810”监管方式申报出口的企业，按照出口额每1美元0.02元人民币给予奖励，单个企业年度奖励不超过50万元。"),
    ("四、", "本通知自2021年4月1日起施行，有效期三年。"),
]
Y_DOCNO = "厦商务规〔2021〕5号"
Y_BODY = [
    ("", "为加快推进“丝路海运”建设，鼓励航运企业拓展通往共建“一带一路”国家和地区的集装箱航线，制定本措施。"),
    ("一、", "对新开通“丝路海运”命名航线的航运企业，每条航线给予一次性奖励30万元。"),
    ("二、", "对“丝路海运”命名航线年度集装箱吞吐量同比增长20%以上的，按照增量部分每标准箱50元给予奖励，单个企业年度奖励不超过100万元。"),
    ("三、", "本措施自印发之日起施行，有效期至2024年6月30日。"),
]
Z_DOCNO = "厦发改规〔2020〕7号"
Z_ZHUSONG = "各区人民政府，市直有关部门，各有关企业："
Z_BODY = [
    ("", "为鼓励和引导我市企业积极参与“一带一路”建设，现将有关事项通知如下："),
    ("一、", "对本市企业在“一带一路”沿线国家开展的境外投资项目，按照项目前期费用的30%给予补助，单个项目最高不超过50万元。"),
    ("二、", "对本市企业承接的“一带一路”沿线国家对外承包工程项目，按照合同额的1%给予奖励，单个企业年度奖励不超过100万元。"),
    ("三、", "本通知自2020年9月1日起施行，有效期5年。"),
]

# (c) and (d)
C_DOCNO = "厦商务规〔2024〕3号"
C_TITLE = "厦门市商务局 厦门市财政局关于部分自贸试验区支持政策延续执行有关事项的通知"
C_ZHUSONG = "各区商务主管部门、财政局，厦门自贸片区管委会，各有关企业："
C_BODY = [
    ("", "为保持政策连续性和稳定性，持续推进自贸试验区高质量发展，经评估，现就部分支持政策延续执行有关事项通知如下："),
    ("一、", "《" + X_TITLE + "》（" + X_DOCNO + "）继续执行。"),
    ("二、", "《" + Y_TITLE + "》（" + Y_DOCNO + "）有效期届满后不再执行，有效期内已受理的申报项目按原规定办理完毕。"),
    ("三、", "本通知自印发之日起施行。"),
]
D_DOCNO = "厦发改规〔2024〕4号"
D_TITLE = "厦门市发展和改革委员会关于进一步支持企业高质量参与共建“一带一路”的通知"
D_ZHUSONG = "各区人民政府，市直有关部门，各有关企业："
D_BODY = [
    ("", "为深入贯彻落实高质量共建“一带一路”部署，支持我市企业稳妥有序开拓共建国家市场，现就有关事项通知如下："),
    ("一、", "支持境外投资项目前期工作。对本市企业在共建“一带一路”国家开展的境外投资项目，按照以下标准给予前期费用补助："),
    ("（一）", "中方投资额1000万美元以上的项目，按照前期费用的50%给予补助，单个项目最高不超过100万元；"),
    ("（二）", "中方投资额300万美元以上不足1000万美元的项目，按照前期费用的30%给予补助，单个项目最高不超过50万元。"),
    ("二、", "支持境外经贸合作区建设。"),
    ("1.", "对本市企业在共建国家投资建设、经商务部确认考核的境外经贸合作区，给予一次性奖励500万元。"),
    ("2.", "对入驻前款合作区的本市企业，按照其实际租金的20%给予补助，单个企业年度补助不超过30万元。"),
    ("三、", "强化金融服务。鼓励在厦银行机构为参与共建“一带一路”的企业提供跨境人民币结算、内保外贷等服务，对政策性出口信用保险保费按照50%给予补助。"),
    ("四、", "本通知自2024年5月1日起施行，有效期至2026年12月31日，《" + Z_TITLE + "》（" + Z_DOCNO + "）自本通知施行之日起废止。"),
]


def body_lines(doc, items):
    for lead, text in items:
        if lead and lead.endswith("、") and "（" not in lead:
            lead_para(doc, lead, text)
        elif lead.startswith("（"):
            lead_para(doc, lead, text, lead_font=KAI)
        else:
            para(doc, lead + text)


def sig(doc, orgs, date):
    para(doc, "", indent=False)
    for o in orgs:
        p = para(doc, o, indent=False, align="r")
        p.paragraph_format.right_indent = Pt(BODY[0] * 2)
    p = para(doc, date, indent=False, align="r")
    p.paragraph_format.right_indent = Pt(BODY[0] * 3)


# ---------------------------------------------------------------- file 1
def make_banfa(path):
    doc = Document(); setup(doc, None, "dash")
    para(doc, "ZF-2024-00517", font="黑体", size=16, indent=False, align="j")
    para(doc, "厦门市人民政府办公厅文件", font=XBS, size=34, align="c", indent=False, color=RED, space_before=12, exact=50)
    p = para(doc, "厦府办规〔2024〕5号", align="c", indent=False)
    border(p, "bottom", "E60012", 18)
    para(doc, "", indent=False)
    para(doc, A_NOTICE_TITLE, font=XBS, size=22, align="c", indent=False, exact=35)
    para(doc, A_ZHUSONG, indent=False)
    for t in A_NOTICE_BODY:
        para(doc, t)
    sig(doc, ["厦门市人民政府办公厅"], "2024年5月20日")
    para(doc, "（此件主动公开）")
    page_break(doc)
    para(doc, NEW_BANFA, font=XBS, size=22, align="c", indent=False, exact=35)
    para(doc, "", indent=False)
    for lead, text in A_ART:
        if lead == "TABLE":
            table(doc, A_TABLE_H, A_TABLE_R)
        elif text is None:
            para(doc, lead, font=HEI, align="c", indent=False)
        else:
            lead_para(doc, lead + "　", text)
    banji(doc, "市委各部门，厦门警备区，市人大常委会办公厅，市政协办公厅，市中级法院，市检察院。", "厦门市人民政府办公厅", "2024年5月21日")
    doc.save(path)


# ---------------------------------------------------------------- file 2
HB_HEADER = "中国（福建）自由贸易试验区厦门片区规范性文件汇编（2022年版）"


def hb_title(doc, title, docno):
    para(doc, title, font=XBS, size=18, align="c", indent=False, exact=28)
    para(doc, docno, font=KAI, align="c", indent=False)
    para(doc, "", indent=False)


def make_huibian(path):
    BODY[:] = [14, 24]
    doc = Document(); setup(doc, HB_HEADER, "dot")
    para(doc, "目　录", font=HEI, size=18, align="c", indent=False)
    toc = [(B_NOTICE_TITLE, "1"), (X_TITLE, "2"), (Y_TITLE, "3"), (Z_TITLE, "3")]
    for t, n in toc:
        p = para(doc, t + "……" + n, size=14, indent=False, exact=24)
    para(doc, "", indent=False)
    # (b)
    hb_title(doc, B_NOTICE_TITLE, "厦府办规〔2019〕12号")
    para(doc, B_ZHUSONG, indent=False)
    for t in B_NOTICE_BODY: para(doc, t)
    sig(doc, ["厦门市人民政府办公厅"], "2019年6月10日")
    para(doc, "", indent=False)
    para(doc, OLD_BANFA, font=XBS, size=16, align="c", indent=False, exact=26)
    para(doc, "", indent=False)
    for lead, text in B_ART:
        lead_para(doc, lead + "　", text)
    para(doc, "", indent=False)
    # X
    hb_title(doc, X_TITLE, X_DOCNO)
    para(doc, X_ZHUSONG, indent=False)
    body_lines(doc, X_BODY)
    sig(doc, ["厦门市商务局　　　　厦门市财政局"], "2021年3月18日")
    para(doc, "", indent=False)
    # Y
    hb_title(doc, Y_TITLE, Y_DOCNO)
    body_lines(doc, Y_BODY)
    sig(doc, ["厦门市商务局"], "2021年6月28日")
    para(doc, "", indent=False)
    # Z
    hb_title(doc, Z_TITLE, Z_DOCNO)
    para(doc, Z_ZHUSONG, indent=False)
    body_lines(doc, Z_BODY)
    sig(doc, ["厦门市发展和改革委员会"], "2020年8月10日")
    doc.save(path)
    BODY[:] = [16, 28.95]


# ---------------------------------------------------------------- file 3
GB_HEADER = "厦门市人民政府公报　　　　　　　　　　　　　　　2024年第9期"


def make_gongbao(path):
    doc = Document(); setup(doc, GB_HEADER, "dot")
    para(doc, "【部门文件】", font=HEI, size=16, indent=False)
    para(doc, "", indent=False)
    # (c)
    para(doc, C_TITLE, font=XBS, size=22, align="c", indent=False, exact=35)
    para(doc, "（" + C_DOCNO + "）", font=KAI, align="c", indent=False)
    para(doc, "", indent=False)
    para(doc, C_ZHUSONG, indent=False)
    body_lines(doc, C_BODY)
    sig(doc, ["厦门市商务局　　　　厦门市财政局"], "2024年3月15日")
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    # (d)
    para(doc, D_TITLE, font=XBS, size=22, align="c", indent=False, exact=35)
    para(doc, "（" + D_DOCNO + "）", font=KAI, align="c", indent=False)
    para(doc, "", indent=False)
    para(doc, D_ZHUSONG, indent=False)
    body_lines(doc, D_BODY)
    sig(doc, ["厦门市发展和改革委员会"], "2024年4月25日")
    doc.save(path)


# ---------------------------------------------------------------- expected
def clauses_from(items):
    return [lead + text for lead, text in items]


def art_clauses(arts, th=None, tr=None):
    out = []
    for lead, text in arts:
        if lead == "TABLE":
            out += table_clauses(th, tr)
        elif text is not None:
            out.append(lead + "　" + text)
    return out


REGION = "厦门市（福建省）"
expected = {
    "blind74_xiamen_banfa": [{
        "meta": {
            "title": A_NOTICE_TITLE,
            "title_alt_tolerated": NEW_BANFA,
            "doc_number": "厦府办规〔2024〕5号",
            "issuer": "厦门市人民政府办公厅",
            "date": "2024-05-20",
            "level": "municipal",
            "region": REGION + "；中国（福建）自由贸易试验区厦门片区",
            "effective": "2024-07-01",
            "expires": "2029-06-30",
            "expires_as_printed": "有效期5年（自2024年7月1日起）",
            "analyst": {"effective": "2024-07-01", "expires": "2029-06-30", "changed_by": []},
            "changes": [{"doc_number": "厦府办规〔2019〕12号", "action": "repeals (同时废止)", "from": "2024-07-01"}],
        },
        "clauses": A_NOTICE_BODY + art_clauses(A_ART, A_TABLE_H, A_TABLE_R),
        "_note": "Furniture, never clauses: 份号 'ZF-2024-00517', red 发文机关标志 '厦门市人民政府办公厅文件', 文号 line, title, 主送 line, signature '厦门市人民政府办公厅', date '2024年5月20日', '（此件主动公开）', the 办法 title line on page 2, chapter headings (第一章　总则 etc.), 版记 (抄送：… / 厦门市人民政府办公厅 2024年5月21日印发), page numbers '— 1 —'. Tolerated: the attached 办法 reported as a second document with the same 文号 and title ending （2024年修订）; chapter heading prefixed to the following article; table rows as one clause or appended to 第四条 if the text is all there; the full-width space after 第X条 as a normal space or none. The date is the 成文日期 2024-05-20, not the 印发 date 2024-05-21.",
    }],
    "blind74_xiamen_huibian": [
        {
            "meta": {
                "title": B_NOTICE_TITLE, "title_alt_tolerated": OLD_BANFA,
                "doc_number": "厦府办规〔2019〕12号", "issuer": "厦门市人民政府办公厅", "date": "2019-06-10",
                "level": "municipal", "region": REGION + "；中国（福建）自由贸易试验区厦门片区",
                "effective": "2019-07-01", "expires": "2024-12-31",
                "analyst": {"effective": "2019-07-01", "expires": "2024-06-30", "changed_by": [{"doc_number": "厦府办规〔2024〕5号", "action": "repealed (原…同时废止)", "from": "2024-07-01"}]},
            },
            "clauses": B_NOTICE_BODY + art_clauses(B_ART),
            "_note": "Furniture: 汇编 header '" + HB_HEADER + "', 目录 and its entries with page numbers, footer '· n ·', title, 文号 line, 主送, signature, date, the 办法 title line.",
        },
        {
            "meta": {
                "title": X_TITLE, "doc_number": X_DOCNO, "issuer": "厦门市商务局；厦门市财政局", "date": "2021-03-18",
                "level": "municipal", "region": REGION, "effective": "2021-04-01", "expires": "2024-03-31",
                "expires_as_printed": "有效期三年",
                "analyst": {"effective": "2021-04-01", "expires": None, "changed_by": [{"doc_number": C_DOCNO, "action": "继续执行 (no end date)", "from": "2024-03-15"}]},
            },
            "clauses": clauses_from(X_BODY),
            "_note": "Joint issuers (one signature line with both names). Furniture as above.",
        },
        {
            "meta": {
                "title": Y_TITLE, "doc_number": Y_DOCNO, "issuer": "厦门市商务局", "date": "2021-06-28",
                "level": "municipal", "region": REGION, "effective": "2021-06-28", "expires": "2024-06-30",
                "analyst": {"effective": "2021-06-28", "expires": "2024-06-30", "changed_by": [{"doc_number": C_DOCNO, "action": "有效期届满后不再执行 (confirms expiry)", "from": "2024-03-15"}]},
            },
            "clauses": clauses_from(Y_BODY),
            "_note": "No 主送. 自印发之日起施行 = 2021-06-28.",
        },
        {
            "meta": {
                "title": Z_TITLE, "doc_number": Z_DOCNO, "issuer": "厦门市发展和改革委员会", "date": "2020-08-10",
                "level": "municipal", "region": REGION, "effective": "2020-09-01", "expires": "2025-08-31",
                "expires_as_printed": "有效期5年",
                "analyst": {"effective": "2020-09-01", "expires": "2024-04-30", "changed_by": [{"doc_number": D_DOCNO, "action": "repealed (自本通知施行之日起废止)", "from": "2024-05-01"}]},
            },
            "clauses": clauses_from(Z_BODY),
            "_note": "Furniture as above.",
        },
    ],
    "blind74_xiamen_gongbao": [
        {
            "meta": {
                "title": C_TITLE, "doc_number": C_DOCNO, "issuer": "厦门市商务局；厦门市财政局", "date": "2024-03-15",
                "level": "municipal", "region": REGION, "effective": "2024-03-15", "expires": None,
                "analyst": {"effective": "2024-03-15", "expires": None, "changed_by": []},
                "changes": [{"doc_number": X_DOCNO, "action": "继续执行 (no end date)"}, {"doc_number": Y_DOCNO, "action": "有效期届满后不再执行 (ends 2024-06-30)"}],
            },
            "clauses": clauses_from(C_BODY),
            "_note": "Furniture: 公报 header '" + GB_HEADER + "', '【部门文件】' column label, footer page numbers, title, （文号） line under the title, 主送, signatures, date. 继续执行 has no date: X must not get a new expiry; the 2024-03-31 printed in X is superseded.",
        },
        {
            "meta": {
                "title": D_TITLE, "doc_number": D_DOCNO, "issuer": "厦门市发展和改革委员会", "date": "2024-04-25",
                "level": "municipal", "region": REGION, "effective": "2024-05-01", "expires": "2026-12-31",
                "analyst": {"effective": "2024-05-01", "expires": "2026-12-31", "changed_by": []},
                "changes": [{"doc_number": Z_DOCNO, "action": "repeals (自本通知施行之日起废止)", "from": "2024-05-01"}],
            },
            "clauses": clauses_from(D_BODY),
            "_note": "二、 is a heading sentence '支持境外经贸合作区建设。' followed by items 1. and 2.; tolerated if 二、 is merged with its items or the items carry it as context. Z's expiry 2025-08-31 (printed 有效期5年 from 2020-09-01) is cut to 2024-04-30.",
        },
    ],
}


def main():
    f1 = os.path.join(HERE, "blind74_xiamen_banfa.docx")
    make_banfa(f1)
    make_huibian(os.path.join(HERE, "blind74_xiamen_huibian.docx"))
    make_gongbao(os.path.join(HERE, "blind74_xiamen_gongbao.docx"))
    if shutil.which("soffice") and "--no-pdf" not in sys.argv:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", HERE, f1], check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
