# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 495: 240小时过境免签政策指南 (visa-free transit guides)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
IND = "\u3000\u3000"  # manual full-width indent typed by the office

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

# ---------------------------------------------------------------- countries
EUROPE = ["奥地利", "比利时", "捷克", "丹麦", "爱沙尼亚", "芬兰", "法国", "德国",
          "希腊", "匈牙利", "冰岛", "意大利", "拉脱维亚", "立陶宛", "卢森堡", "马耳他",
          "荷兰", "波兰", "葡萄牙", "斯洛伐克", "斯洛文尼亚", "西班牙", "瑞典", "瑞士",
          "摩纳哥", "俄罗斯", "英国", "爱尔兰", "塞浦路斯", "保加利亚", "罗马尼亚", "乌克兰",
          "塞尔维亚", "克罗地亚", "波黑", "黑山", "北马其顿", "阿尔巴尼亚", "白俄罗斯", "挪威"]
AMERICA = ["美国", "加拿大", "巴西", "墨西哥", "阿根廷", "智利"]
OCEANIA = ["澳大利亚", "新西兰"]
ASIA = ["韩国", "日本", "新加坡", "文莱", "阿联酋", "卡塔尔", "印度尼西亚"]
assert len(EUROPE) == 40 and len(EUROPE + AMERICA + OCEANIA + ASIA) == 55

EN = {
    "奥地利": "Austria", "比利时": "Belgium", "捷克": "Czech Republic", "丹麦": "Denmark",
    "爱沙尼亚": "Estonia", "芬兰": "Finland", "法国": "France", "德国": "Germany",
    "希腊": "Greece", "匈牙利": "Hungary", "冰岛": "Iceland", "意大利": "Italy",
    "拉脱维亚": "Latvia", "立陶宛": "Lithuania", "卢森堡": "Luxembourg", "马耳他": "Malta",
    "荷兰": "Netherlands", "波兰": "Poland", "葡萄牙": "Portugal", "斯洛伐克": "Slovakia",
    "斯洛文尼亚": "Slovenia", "西班牙": "Spain", "瑞典": "Sweden", "瑞士": "Switzerland",
    "摩纳哥": "Monaco", "俄罗斯": "Russia", "英国": "United Kingdom", "爱尔兰": "Ireland",
    "塞浦路斯": "Cyprus", "保加利亚": "Bulgaria", "罗马尼亚": "Romania", "乌克兰": "Ukraine",
    "塞尔维亚": "Serbia", "克罗地亚": "Croatia", "波黑": "Bosnia and Herzegovina",
    "黑山": "Montenegro", "北马其顿": "North Macedonia", "阿尔巴尼亚": "Albania",
    "白俄罗斯": "Belarus", "挪威": "Norway", "美国": "United States", "加拿大": "Canada",
    "巴西": "Brazil", "墨西哥": "Mexico", "阿根廷": "Argentina", "智利": "Chile",
    "澳大利亚": "Australia", "新西兰": "New Zealand", "韩国": "Republic of Korea",
    "日本": "Japan", "新加坡": "Singapore", "文莱": "Brunei", "阿联酋": "United Arab Emirates",
    "卡塔尔": "Qatar", "印度尼西亚": "Indonesia",
}


# ---------------------------------------------------------------- helpers
def set_run_font(run, name, size=16, bold=False, color=None, ascii_name="Times New Roman"):
    run.font.name = ascii_name
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:eastAsia"), name)
    rFonts.set(qn("w:ascii"), ascii_name)
    rFonts.set(qn("w:hAnsi"), ascii_name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    return doc


def para(doc, runs, align=None, first_line=False, line=None):
    """runs: list of (text, font, size, bold[, color]) or a plain string."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, font, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        run = p.add_run(text)
        set_run_font(run, font, size, bold, color)
    if align is not None:
        p.alignment = align
    if first_line:
        p.paragraph_format.first_line_indent = Pt(32)
    if line is not None:
        p.paragraph_format.line_spacing = Pt(line)
    return p


def empty(doc, n=1):
    for _ in range(n):
        doc.add_paragraph()


def red_line(doc):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pBdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "18")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "FF0000")
    pBdr.append(b)
    pPr.append(pBdr)
    return p


def page_number(section, left="— ", right=" —"):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(left)
    set_run_font(r, "宋体", 14, ascii_name="宋体")
    r = fp.add_run()
    set_run_font(r, "宋体", 14, ascii_name="宋体")
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)
    r = fp.add_run(right)
    set_run_font(r, "宋体", 14, ascii_name="宋体")


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    set_run_font(run, font, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(22)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    e.set(qn("w:val"), "true")
    trPr.insert(0, e)


def country_table(doc, header, groups, header_merged=True, label=lambda c: c, size=14):
    """Four names per row, continent label as merged full-width rows.
    Returns the clause strings (one per non-header row)."""
    rows = 1
    for _, names in groups:
        rows += 1 + (len(names) + 3) // 4
    t = doc.add_table(rows=rows, cols=4)
    t.style = doc.styles["Table Grid"]
    clauses = []
    for row in t.rows:
        cant_split(row)
    hdr = t.rows[0]
    repeat_header(hdr)
    if header_merged:
        c = hdr.cells[0].merge(hdr.cells[3])
        cell_text(c, header, HT, 14)
    else:
        for c in hdr.cells:
            cell_text(c, header, HT, 14)
    ri = 1
    for glabel, names in groups:
        row = t.rows[ri]
        c = row.cells[0].merge(row.cells[3])
        cell_text(c, glabel, HT, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append("%s：%s" % (header, glabel))
        ri += 1
        for k in range(0, len(names), 4):
            chunk = names[k:k + 4]
            row = t.rows[ri]
            for j in range(4):
                if j < len(chunk):
                    cell_text(row.cells[j], label(chunk[j]), size=size)
                else:
                    cell_text(row.cells[j], "", size=size)
            clauses.append("；".join("%s：%s" % (header, label(n)) for n in chunk))
            ri += 1
    return clauses


def ensure_decimal_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(num_id))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    pPr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    pPr.append(ind)
    lvl.append(pPr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(num_id))
    num.append(a)
    numbering.append(num)
    return num_id


def numbered_para(doc, text, num_id):
    p = para(doc, text)
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.insert(0, numPr)
    return p


def heading(doc, text, font=HT, bold=False):
    return para(doc, [(IND + text, font, 16, bold)])


# ================================================================ 1. 厦门 指南
def make_xiamen():
    doc = new_doc()
    page_number(doc.sections[0])
    C = []

    def body(text):
        para(doc, [(IND + text, FS, 16, False)])
        C.append(text)

    def runin(head, text, font=FS, bold=True):
        para(doc, [(IND + head, font, 16, bold), (text, FS, 16, False)])
        C.append(head + text)

    empty(doc)
    para(doc, [("厦门口岸", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("240小时过境免签政策指南（2025年版）", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc)

    heading(doc, "一、政策概述")
    body("根据国家移民管理局公告，自2024年12月17日起，过境免签（Visa-free Transit）政策外国人停留时间由原72小时和144小时统一延长为240小时（10天）。符合条件的外国人持有效国际旅行证件和确定日期、座位的前往第三国（地区）联程客票，可从厦门口岸免办签证入境，在规定区域内停留活动不超过240小时。")
    body("为便利中外旅客准确了解政策、顺畅通关，厦门市口岸管理办公室会同厦门出入境边防检查总站编制本指南，供来厦外国旅客、航空公司、邮轮公司、旅行社及相关服务单位参考。")

    heading(doc, "二、适用对象")
    body("同时符合以下条件的外国人，可申请240小时过境免签入境：")
    runin("（一）", "持有本指南第三部分所列55个国家的有效国际旅行证件。", FS, False)
    runin("（二）", "持有确定日期、座位的联程客票（Connecting Ticket），从中国境内前往第三国（地区）。“第三国（地区）”是指出发国（地区）以外的其他国家（地区），例如：美国—厦门—日本、日本—厦门—美国，或者韩国—厦门—中国香港。", FS, False)
    runin("（三）", "从本指南第四部分所列对外开放口岸入境，并在规定的停留区域内活动。", FS, False)
    body("注：往返同一国家（地区）的行程，如“首尔—厦门—首尔”，不适用过境免签政策。")

    heading(doc, "三、适用国家")
    body("目前，适用240小时过境免签政策的国家共55个，具体如下表：")
    C.extend(country_table(doc, "适用国家", [
        ("欧洲（40国）", EUROPE), ("美洲（6国）", AMERICA),
        ("大洋洲（2国）", OCEANIA), ("亚洲（7国）", ASIA)], header_merged=True))
    body("注：上表按洲别排列，国家排名不分先后。")

    heading(doc, "四、适用口岸（Ports of Entry）")
    body("福建省范围内以下口岸实施240小时过境免签政策：")
    for line in ["1.厦门高崎国际机场（Xiamen Gaoqi International Airport）",
                 "2.福州长乐国际机场（Fuzhou Changle International Airport）",
                 "3.泉州晋江国际机场（Quanzhou Jinjiang International Airport）",
                 "4.武夷山机场（Wuyishan Airport）",
                 "5.厦门国际邮轮中心（Xiamen International Cruise Center）"]:
        body(line)

    heading(doc, "五、停留区域（Permitted Area of Stay）")
    body("通过上述口岸入境的240小时过境免签外国人，可在福建省全省行政区域内停留活动，包括福州市、厦门市、漳州市、泉州市、三明市、莆田市、南平市、龙岩市、宁德市和平潭综合实验区，并可在实施240小时过境免签政策的其他省（区、市）允许停留区域内跨省域旅行。")
    body("停留时间自入境次日零时起计算。例如，旅客于3月1日10时入境，最迟应于3月11日24时前出境。")

    heading(doc, "六、通关流程（Entry Procedures）")
    runin("1.提前告知。", "外国旅客应在登机（登轮）前向承运航空公司或邮轮公司说明拟申请240小时过境免签入境，承运人核实后向边检机关提交旅客信息。")
    runin("2.入境申请。", "抵达厦门口岸后，旅客可在“过境免签”专用通道或外国人通道，向边检民警出示有效护照和联程客票，并如实填写外国人入境卡。")
    runin("3.查验放行。", "经边检机关审核符合条件的，在护照上加盖临时入境许可（Temporary Entry Permit）并注明停留期限。")
    runin("4.住宿登记。", "入住宾馆、饭店的，由住宿单位代为办理住宿登记；在宾馆、饭店以外住宿的，应当在抵达后24小时内由本人或留宿人向住地公安机关办理住宿登记。")
    runin("5.按时出境。", "旅客应在停留期限届满前，从实施过境免签政策的任一对外开放口岸出境前往第三国（地区）。")

    heading(doc, "七、注意事项")
    runin("（一）", "过境免签外国人不得从事工作、学习、新闻采访等需经批准的活动。", FS, False)
    runin("（二）", "因不可抗力等原因需超出停留区域或停留期限的，应当向停留地公安机关出入境管理机构申请办理相应证件。", FS, False)
    runin("（三）", "边检机关对不符合条件或者可能危害中国国家安全和利益的人员，依法不准其入境。", FS, False)
    runin("（四）", "咨询热线：国家移民管理局服务热线12367（24小时，中英文服务）；厦门市民服务热线12345。", FS, False)

    heading(doc, "八、常见问题解答（FAQ）")
    qa = [
        ("问：", "持美国护照，从洛杉矶经厦门转机前往曼谷，可以申请240小时过境免签吗？"),
        ("答：", "可以。美国属于适用国家，洛杉矶—厦门—曼谷的行程符合前往第三国（地区）的要求，持确定日期、座位的联程客票即可申请。"),
        ("问：", "240小时从什么时候开始计算？"),
        ("答：", "停留时间自入境次日零时起计算，不是自航班落地时起计算。"),
        ("问：", "从厦门入境后，能否到上海、广州等地旅行再出境？"),
        ("答：", "可以。过境免签外国人可在实施240小时过境免签政策省（区、市）的允许停留区域内跨省域旅行，并从上述地区的对外开放口岸出境。"),
        ("问：", "入境后能否改签联程航班？"),
        ("答：", "可以改签，但改签后的离境时间不得超出停留期限，目的地仍须为第三国（地区）。"),
        ("问：", "乘坐国际邮轮来厦门是否适用本政策？"),
        ("答：", "适用。经厦门国际邮轮中心入境并符合条件的外国旅客，同样可以申请240小时过境免签。"),
    ]
    for head, text in qa:
        para(doc, [(IND + head, FS, 16, head == "问："), (text, FS, 16, head == "问：")])
        C.append(head + text)

    heading(doc, "九、其他")
    body("本指南由厦门市口岸管理办公室负责解释，自2025年4月1日起施行。2024年7月发布的《厦门口岸144小时过境免签政策指南》同时废止。")

    empty(doc, 2)
    para(doc, "厦门市口岸管理办公室\u3000\u3000\u3000", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "厦门出入境边防检查总站\u3000\u3000", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2025年3月18日\u3000\u3000\u3000\u3000", align=WD_ALIGN_PARAGRAPH.RIGHT)

    meta = {
        "title": "厦门口岸240小时过境免签政策指南（2025年版）",
        "doc_number": None,
        "issuer": ["厦门市口岸管理办公室", "厦门出入境边防检查总站"],
        "date": "2025-03-18",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": "2025-04-01",
        "expires": None,
        "attachments": [],
        "doc_type": "指南",
        "recipients": [],
        "publicity": None,
        "repeals": "厦门口岸144小时过境免签政策指南",
    }
    return doc, [{"meta": meta, "clauses": C}]


# ================================================================ 2. 重庆 通知 + 指南
def make_chongqing():
    doc = new_doc()
    page_number(doc.sections[0])
    num_id = ensure_decimal_numbering(doc)
    N = []  # notice clauses
    G = []  # guide clauses

    def body(C, text, manual=True):
        if manual:
            para(doc, [(IND + text, FS, 16, False)])
        else:
            para(doc, [(text, FS, 16, False)], first_line=True)
        C.append(text)

    def runin(C, head, text, hfont=KT, hbold=False):
        para(doc, [(head, hfont, 16, hbold), (text, FS, 16, False)], first_line=True)
        C.append(head + text)

    # 版头
    empty(doc)
    para(doc, [("重庆市人民政府口岸和物流办公室文件", XBS, 26, False, RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=40)
    empty(doc)
    para(doc, "渝口岸物流发〔2025〕9号", align=WD_ALIGN_PARAGRAPH.CENTER)
    red_line(doc)
    empty(doc)
    # 标题 with a soft line break
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(36)
    r = p.add_run("重庆市人民政府口岸和物流办公室")
    set_run_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("关于印发《重庆口岸240小时过境免签政策")
    set_run_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("服务指南》的通知")
    set_run_font(r, XBS, 22)
    empty(doc)
    para(doc, "各区县（自治县）人民政府，市政府有关部门，有关单位：")

    body(N, "为深入贯彻落实国家移民管理局关于全面放宽优化过境免签政策的部署要求，进一步提升重庆口岸对外开放水平和国际旅客通关便利度，服务内陆开放高地建设，我办会同重庆出入境边防检查总站、市公安局、市文化旅游委等单位编制了《重庆口岸240小时过境免签政策服务指南》，现印发给你们，并提出以下要求，请认真抓好贯彻落实。", manual=False)
    runin(N, "（一）加强政策宣传。", "各区县、各有关单位要通过门户网站、政务新媒体、境外社交媒体平台等渠道，做好政策多语种宣传推介，重点面向中欧班列（China-Europe Railway Express）沿线国家和西部陆海新通道沿线国家开展精准推介。")
    runin(N, "（二）优化入境服务。", "重庆江北国际机场、市内主要涉外酒店和A级旅游景区要完善多语种标识，提供外卡支付、外币兑换、移动支付绑卡等便利服务，做好过境旅客住宿登记提醒。")
    runin(N, "（三）强化协同保障。", "各有关单位要加强信息共享和工作衔接，及时协调解决政策实施中遇到的问题，重大情况及时报告市口岸物流办。")
    body(N, "联系人：市口岸物流办口岸管理处 张磊，联系电话：023-63891207。", manual=False)
    empty(doc)
    para(doc, [(IND + "附件：重庆口岸240小时过境免签政策服务指南", FS, 16, False)])
    empty(doc, 3)
    para(doc, "重庆市人民政府口岸和物流办公室\u3000\u3000", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "2025年1月10日\u3000\u3000\u3000\u3000\u3000\u3000", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, [(IND + "（此件公开发布）", FS, 16, False)])
    empty(doc, 2)
    # 版记 as a layout table
    t = doc.add_table(rows=2, cols=1)
    t.style = doc.styles["Table Grid"]
    cell_text(t.rows[0].cells[0], "抄送：国家口岸管理办公室，重庆出入境边防检查总站，市公安局，市文化旅游委，市商务委。",
              FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(t.rows[1].cells[0], "重庆市人民政府口岸和物流办公室\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002025年1月10日印发",
              FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)

    # ---- 附件：指南
    para(doc, "").add_run().add_break(WD_BREAK.PAGE)
    para(doc, [("附件", HT, 16, False)])
    empty(doc)
    para(doc, [("重庆口岸240小时过境免签政策服务指南", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("（Chongqing Port 240-hour Visa-free Transit Service Guide）", "Times New Roman", 14, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc)

    heading(doc, "一、政策依据")
    body(G, "根据《中华人民共和国出境入境管理法》和国家移民管理局《关于全面放宽优化过境免签政策的公告》，自2024年12月17日起，重庆口岸对符合条件的外国人实施240小时过境免签政策。")
    heading(doc, "二、适用条件")
    body(G, "同时符合以下条件的外国人，可申请240小时过境免签入境：")
    runin(G, "1.国籍条件。", "持有本指南第三部分所列国家的有效国际旅行证件。", FS, True)
    runin(G, "2.行程条件。", "持有确定日期、座位的联程客票（Onward Ticket），从中国前往第三国（地区）。具体包括：", FS, True)
    body(G, "（1）A国（地区）—重庆—B国（地区），如法兰克福—重庆—东京；")
    body(G, "（2）A国（地区）—重庆—中国境内其他口岸—B国（地区），如伦敦—重庆—上海—新加坡；")
    body(G, "（3）往返港澳台地区的，如首尔—重庆—中国香港、中国澳门—重庆—首尔。")
    runin(G, "3.口岸条件。", "从本指南第四部分所列口岸入境。", FS, True)

    heading(doc, "三、适用国家")
    body(G, "截至本指南印发之日，240小时过境免签政策适用于以下55个国家（按洲别排列）：")
    G.extend(country_table(doc, "国家", [
        ("欧洲（40国）", EUROPE), ("美洲（6国）", AMERICA),
        ("大洋洲（2国）", OCEANIA), ("亚洲（7国）", ASIA)], header_merged=False))

    heading(doc, "四、入境口岸")
    body(G, "以下口岸对外国人实施240小时过境免签政策：")
    for name in ["重庆江北国际机场（Chongqing Jiangbei International Airport）",
                 "重庆港水运口岸（Chongqing Port）",
                 "重庆铁路口岸（Chongqing Railway Port）"]:
        numbered_para(doc, name, num_id)
    for i, name in enumerate(["重庆江北国际机场（Chongqing Jiangbei International Airport）",
                              "重庆港水运口岸（Chongqing Port）",
                              "重庆铁路口岸（Chongqing Railway Port）"], 1):
        G.append("%d.%s" % (i, name))

    heading(doc, "五、停留区域")
    body(G, "经重庆口岸入境的240小时过境免签外国人，可在重庆市全域，以及四川省成都市、自贡市、泸州市、德阳市、绵阳市、遂宁市、内江市、乐山市、宜宾市、雅安市、眉山市、资阳市行政区域内停留活动，并可在实施240小时过境免签政策的其他省（区、市）允许停留区域内跨省域旅行。")
    body(G, "停留期限自入境次日零时起计算，最长不超过240小时。")

    heading(doc, "六、办理须知")
    body(G, "（一）登机前，请主动告知航空公司拟申请过境免签入境，航空公司将提前向边检机关预报旅客信息。")
    body(G, "（二）入境时，请向边检民警出示有效护照和联程客票，如实填写外国人入境卡；经查验准予入境的，边检机关在护照上加注停留期限。")
    body(G, "（三）入境后，请在抵达住地后24小时内办理住宿登记；入住宾馆、酒店的，由宾馆、酒店代为办理。")
    body(G, "（四）停留期间，请遵守中国法律法规，不得从事与过境目的不符的活动。")
    body(G, "（五）因航班取消等不可抗力原因不能按期出境的，请及时向重庆市公安局出入境管理局申请办理相应停留手续。")

    heading(doc, "七、常见问题")
    qa = [
        ("问：", "中欧班列随车外籍司乘人员能否适用240小时过境免签政策？"),
        ("答：", "不能。中欧班列为货运班列，随车人员出入境按照国际铁路联运有关规定办理，不适用过境免签政策。"),
        ("问：", "持加拿大护照，从温哥华经重庆转机返回温哥华，能否适用？"),
        ("答：", "不能。出发地与目的地为同一国家，不符合前往第三国（地区）的条件。"),
        ("问：", "可以从重庆入境、从上海出境吗？"),
        ("答：", "可以。过境免签外国人可在允许停留区域内跨省域旅行，并从实施过境免签政策的任一对外开放口岸出境。"),
        ("问：", "过境免签入境后能否申请延长停留期限？"),
        ("答：", "一般不予延长。确因不可抗力等原因需延长停留的，可向停留地公安机关出入境管理机构申请办理相应证件。"),
    ]
    for head, text in qa:
        para(doc, [(head, HT if head == "问：" else FS, 16, False), (text, FS, 16, False)], first_line=True)
        G.append(head + text)

    heading(doc, "八、咨询渠道")
    body(G, "重庆出入境边防检查总站24小时咨询电话：023-67152110；国家移民管理局12367服务热线（中、英文服务）。")

    meta_n = {
        "title": "重庆市人民政府口岸和物流办公室关于印发《重庆口岸240小时过境免签政策服务指南》的通知",
        "doc_number": "渝口岸物流发〔2025〕9号",
        "issuer": ["重庆市人民政府口岸和物流办公室"],
        "date": "2025-01-10",
        "published": None,
        "level": "municipal",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": ["重庆口岸240小时过境免签政策服务指南"],
        "doc_type": "通知",
        "recipients": ["各区县（自治县）人民政府", "市政府有关部门", "有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    meta_g = {
        "title": "重庆口岸240小时过境免签政策服务指南",
        "doc_number": None,
        "issuer": ["重庆市人民政府口岸和物流办公室"],
        "date": "2025-01-10",
        "published": None,
        "level": "municipal",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "指南",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta_n, "clauses": N}, {"meta": meta_g, "clauses": G}]


# ================================================================ 3. 天津 公告
def make_tianjin():
    doc = new_doc()
    page_number(doc.sections[0], "- ", " -")
    C = []

    def body(text):
        para(doc, [(text, FS, 16, False)], first_line=True)
        C.append(text)

    def runin(head, text):
        para(doc, [(head, HT, 16, False), (text, FS, 16, False)], first_line=True)
        C.append(head + text)

    # joint 版头 as a layout table: two organ names + merged 文件
    empty(doc)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    cell_text(t.rows[0].cells[0], "天津市人民政府口岸服务办公室", XBS, 22, color=RED,
              align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    cell_text(t.rows[1].cells[0], "天津出入境边防检查总站", XBS, 22, color=RED,
              align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    cell_text(m, "文件", XBS, 30, color=RED)
    t.columns[0].width = Cm(12.5)
    t.columns[1].width = Cm(3)
    for row in t.rows:
        row.cells[0].width = Cm(12.5)
        row.cells[1].width = Cm(3)
    empty(doc)
    para(doc, "津口岸发〔2025〕4号", align=WD_ALIGN_PARAGRAPH.CENTER)
    red_line(doc)
    empty(doc)
    para(doc, [("关于天津口岸实施240小时过境免签政策", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("有关事项的公告", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc)

    body("为贯彻落实国家移民管理局关于全面放宽优化过境免签政策的部署，进一步便利外国人来津开展旅游、商务、探亲等短期活动，服务京津冀协同发展和北方国际航运枢纽建设，现就天津口岸实施240小时过境免签（Visa-free Transit）政策有关事项公告如下：")
    runin("一、适用对象。", "持有下表所列55个国家有效国际旅行证件和确定日期、座位的前往第三国（地区）联程客票的外国人，可以从天津口岸免办签证入境，停留时间不超过240小时。")
    C.extend(country_table(doc, "国家名称（Country）", [
        ("欧洲（Europe）", EUROPE), ("美洲（Americas）", AMERICA),
        ("大洋洲（Oceania）", OCEANIA), ("亚洲（Asia）", ASIA)],
        header_merged=True, label=lambda c: "%s（%s）" % (c, EN[c]), size=12))
    runin("二、适用口岸。", "天津口岸实施240小时过境免签政策的口岸为：")
    body("1.天津滨海国际机场（Tianjin Binhai International Airport）；")
    body("2.天津国际邮轮母港（Tianjin International Cruise Home Port）。")
    runin("三、停留区域。", "经天津口岸入境的过境免签外国人，可在北京市、天津市、河北省行政区域内停留活动。其中，河北省包括石家庄市、唐山市、秦皇岛市、邯郸市、邢台市、保定市、张家口市、承德市、沧州市、廊坊市、衡水市及雄安新区。")
    runin("四、停留期限。", "停留时间自入境次日零时起计算，不超过240小时；超过停留期限确需继续停留的，应当依法办理签证。")
    runin("五、通关手续。", "外国人申请过境免签入境的，应当在登机（登轮）前告知承运人，由承运人向天津出入境边防检查总站提交信息；抵达后向边检机关出示有效国际旅行证件、联程客票，填写外国人入境卡，经查验后办理临时入境许可（Temporary Entry Permit）。")
    runin("六、有关要求。", "过境免签外国人应当遵守中国法律法规，按规定办理住宿登记，不得从事工作、学习等需经批准的活动；未经批准超出停留区域或者停留期限的，由公安机关依法处理。")
    heading(doc, "七、政策问答", font=HT)
    for head, text in [
        ("问：", "外国旅客乘坐邮轮抵达天津，随邮轮前往日本，能否适用本政策？"),
        ("答：", "能。乘坐邮轮经天津国际邮轮母港入境，持有前往第三国（地区）船票并符合其他条件的，可以申请240小时过境免签。"),
        ("问：", "持韩国护照从首尔飞抵天津，10天后从北京首都国际机场飞往法兰克福，是否可以？"),
        ("答：", "可以。北京首都国际机场为实施过境免签政策的口岸，旅客可在京津冀区域内活动并从该口岸出境前往第三国。"),
        ("问：", "持有效中国签证的外国人能否选择过境免签入境？"),
        ("答：", "可以自愿选择，但入境后按照过境免签的停留区域和停留期限管理。"),
    ]:
        para(doc, [(head, FS, 16, True), (text, FS, 16, False)], first_line=True)
        C.append(head + text)
    body("咨询电话：天津出入境边防检查总站022-25706110；天津市政务服务便民热线12345。")
    runin("八、", "本公告自2025年2月1日起施行。2023年11月发布的《关于天津口岸实施144小时过境免签政策的公告》同时废止。")

    empty(doc, 3)
    # 落款 side by side in a borderless table
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.autofit = False
    cell_text(t.rows[0].cells[0], "天津市人民政府口岸服务办公室", FS, 15)
    cell_text(t.rows[0].cells[1], "天津出入境边防检查总站", FS, 15)
    for c, w in zip(t.rows[0].cells, (Cm(8.6), Cm(7.0))):
        c.width = w
    empty(doc)
    para(doc, "2025年1月20日\u3000\u3000\u3000\u3000", align=WD_ALIGN_PARAGRAPH.RIGHT)

    meta = {
        "title": "关于天津口岸实施240小时过境免签政策有关事项的公告",
        "doc_number": "津口岸发〔2025〕4号",
        "issuer": ["天津市人民政府口岸服务办公室", "天津出入境边防检查总站"],
        "date": "2025-01-20",
        "published": None,
        "level": "municipal",
        "region": "天津市",
        "effective": "2025-02-01",
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": "关于天津口岸实施144小时过境免签政策的公告",
    }
    return doc, [{"meta": meta, "clauses": C}]


def main():
    expected = {}
    lo = "-env:UserInstallation=file:///tmp/lo_495"
    for stem, fn in [("blind495_xiamen_zhinan", make_xiamen),
                     ("blind495_chongqing_tongzhi", make_chongqing),
                     ("blind495_tianjin_gonggao", make_tianjin)]:
        doc, entries = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = entries
        subprocess.run(["soffice", lo, "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
