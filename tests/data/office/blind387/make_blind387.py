# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 387: press conference transcripts / 答记者问 on 自贸试验区提升战略."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

WS = " \t\u3000\u00a0"


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=16, bold=None, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    return doc


def para(doc, runs, align=None, indent=True, line=None, space_after=None):
    """runs: list of (text, dict(east=..., bold=..., size=..., color=...))"""
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if line is not None:
        p.paragraph_format.line_spacing = Pt(line)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    for item in runs:
        if item == "BR":
            r = p.add_run()
            r.add_break(WD_BREAK.LINE)
            continue
        text, opt = item
        r = p.add_run(text)
        set_font(r, east=opt.get("east", FS), size=opt.get("size", 16),
                 bold=opt.get("bold"), color=opt.get("color"))
    return p


def empty(doc):
    return doc.add_paragraph()


def bottom_border(p, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def top_border(p, color="000000", sz=6):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:top")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.insert(0, b)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def page_footer(doc, style="dash"):
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if style == "dash":
        r = p.add_run("— ")
        set_font(r, east="宋体", size=14)
        r = p.add_run()
        set_font(r, east="宋体", size=14)
        add_field(r, "PAGE")
        r = p.add_run(" —")
        set_font(r, east="宋体", size=14)
    else:
        r = p.add_run("第 ")
        set_font(r, east="宋体", size=10.5)
        r = p.add_run()
        set_font(r, east="宋体", size=10.5)
        add_field(r, "PAGE")
        r = p.add_run(" 页 共 ")
        set_font(r, east="宋体", size=10.5)
        r = p.add_run()
        set_font(r, east="宋体", size=10.5)
        add_field(r, "NUMPAGES")
        r = p.add_run(" 页")
        set_font(r, east="宋体", size=10.5)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def cell_text(cell, lines, east=FS, size=14, bold=False, align=None):
    cell.paragraphs[0].text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.line_spacing = Pt(22)
        p.paragraph_format.first_line_indent = Pt(0)
        if align is not None:
            p.alignment = align
        r = p.add_run(ln)
        set_font(r, east=east, size=size, bold=bold)


def add_chinese_numbering(doc, num_id=90):
    """Word numbering （一）（二）… (chineseCounting)."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(num_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "（%1）"),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:eastAsia"), HT)
    rf.set(qn("w:hint"), "eastAsia")
    rpr.append(rf)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(num_id))
    num.append(an)
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def clean(s):
    return s.strip(WS)


B = {"bold": True}
BH = {"bold": True, "east": HT}
N = {}


# ================================================================ doc A
def doc_guoxinban():
    doc = new_doc()
    page_footer(doc, style="page_of")
    clauses = []

    def body(runs, indent=True, manual=False):
        """a clause paragraph; runs list of (text, opt)."""
        if manual:
            runs = [("\u3000\u3000", N)] + runs
            indent = False
        para(doc, runs, indent=indent)
        clauses.append(clean("".join(t for t, _ in runs)))

    def img():
        para(doc, [("[图片]", {"east": "宋体", "size": 10.5})],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    title = "国新办举行深入实施自由贸易试验区提升战略有关情况新闻发布会"
    para(doc, [(title, {"east": XBS, "size": 22})], align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=36)
    para(doc, [("2026-03-20 09:30\u3000\u3000来源：国务院新闻办公室网站", {"east": KT, "size": 12})],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)

    body([("国务院新闻办公室于2026年3月19日（星期四）上午10时举行新闻发布会，请商务部副部长孟立新，"
           "海关总署副署长周建华，国家发展改革委地区振兴司司长刘振东，中国人民银行货币政策司副司长韩雪梅"
           "介绍深入实施自由贸易试验区提升战略有关情况，并答记者问。", N)])
    img()
    para(doc, [("图文实录", {"east": HT, "size": 16})], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    img()

    body([("主持人 陈文博：", B),
          ("女士们、先生们，大家上午好！欢迎出席国务院新闻办公室新闻发布会。党的二十届三中全会明确提出实施"
           "自由贸易试验区提升战略，鼓励首创性、集成式探索。为深入贯彻落实党中央、国务院决策部署，今天我们"
           "邀请到商务部副部长孟立新先生，海关总署副署长周建华先生，国家发展改革委地区振兴司司长刘振东先生，"
           "中国人民银行货币政策司副司长韩雪梅女士，请他们为大家介绍深入实施自由贸易试验区提升战略有关情况，"
           "并回答大家感兴趣的问题。", N)])
    body([("下面，首先请孟立新先生作介绍。", N)])
    img()
    # name split over two runs (typical Word editing)
    body([("孟立", B), ("新：", B), ("谢谢主持人。各位记者朋友，大家上午好！首先，感谢大家长期以来对自由贸易试验区建设的"
                                  "关心和支持。", N)])
    body([("自2013年设立上海自由贸易试验区以来，我国已先后部署设立22个自由贸易试验区，形成了覆盖东西南北中的"
           "改革开放创新格局。十多年来，自贸试验区累计向全国复制推广制度创新成果近400项，以不到千分之四的国土"
           "面积，贡献了全国约五分之一的外商投资和近五分之一的进出口贸易。2025年，22个自贸试验区实现进出口"
           "总额8.6万亿元，同比增长6.1%；实际使用外资2612亿元，占全国的24.3%。", N)])
    body([("今年是“十五五”开局之年。按照党中央、国务院部署，商务部会同有关部门，近期印发了《关于深入实施"
           "自由贸易试验区提升战略的若干措施》（以下简称《若干措施》），围绕四个方面提出了22条具体举措。", N)],
         manual=True)
    body([("一是对接国际高标准经贸规则，稳步扩大制度型开放。", B),
          ("在货物贸易、服务贸易、数字贸易、知识产权、政府采购、环境保护等领域，支持有条件的自贸试验区开展"
           "先行先试，率先构建与国际高标准经贸规则相衔接的制度体系和监管模式。", N)])
    body([("二是赋予更大改革自主权，加强首创性、集成式探索。", B),
          ("支持各自贸试验区围绕产业链供应链全链条开展集成创新，对符合条件的改革事项实行“一事一议”，"
           "推动有关部门向自贸试验区下放一批省级管理权限。", N)])
    body([("三是推动贸易投资便利化，培育发展新动能。", B),
          ("深化跨境服务贸易负面清单管理，发展跨境电商、保税维修、离岸贸易等新业态新模式，稳步推进综合保税区"
           "与自贸试验区统筹发展。", N)])
    body([("四是健全风险防控体系，统筹发展和安全。", B),
          ("坚持“放得开、管得住”，完善事中事后监管，强化数据出境、跨境资金流动等重点领域风险监测预警。", N)])
    body([("下一步，商务部将会同各有关部门和地方，抓好《若干措施》落地见效，推动自贸试验区建设取得新的更大成效。"
           "谢谢！", N)])
    img()
    empty(doc)
    body([("陈文博：", B), ("谢谢孟立新先生的介绍。下面进入提问环节，提问前请通报所在的新闻机构。请大家举手提问。", N)])
    body([("中国日报记者：", B),
          ("我们注意到，《若干措施》提出要对接国际高标准经贸规则。请问，下一步在制度型开放方面有哪些具体考虑？"
           "谢谢。", N)])
    body([("孟立新：", B),
          ("谢谢您的提问。对接国际高标准经贸规则，是自贸试验区提升战略的重要内容。2023年6月，国务院印发了"
           "《关于在有条件的自由贸易试验区和自由贸易港试点对接国际高标准推进制度型开放的若干措施》，在上海、"
           "广东、天津、福建、北京5个自贸试验区和海南自由贸易港开展试点。截至目前，试点措施已基本落地实施，"
           "取得了积极成效。", N)])
    body([("下一步，我们将重点做好三方面工作。第一，扩大试点范围。在总结前期经验的基础上，将条件成熟的试点措施"
           "推广至更多自贸试验区。第二，加大压力测试力度。聚焦数字贸易、金融服务、知识产权保护等领域，推出一批"
           "更高水平的开放举措。第三，加强成果复制推广。及时总结提炼可复制可推广的制度创新成果，分批次在全国推广。"
           "谢谢。", N)])
    img()
    body([("新华社记者：", B),
          ("海关在支持自贸试验区提升方面有哪些新举措？特别是在跨境电商、保税维修等新业态方面？", N)])
    # bold name, colon not bold
    body([("周建华", B), ("：", N),
          ("谢谢你的提问。海关总署高度重视支持自贸试验区建设，近年来累计推出了“两段准入”“保税研发”"
           "“跨境电商零售进口退货中心仓”等一系列创新监管制度。", N)])
    body([("下一步，海关总署将从以下几个方面持续发力：", N)])
    body([("一是支持新业态发展。扩大保税维修产品目录，支持自贸试验区内企业开展“两头在外”的保税维修业务；"
           "优化跨境电商出口海外仓监管模式，支持跨境电商企业“抱团出海”。", N)])
    # two paragraphs typed in one Word paragraph with a soft line break
    c1 = ("二是推进综合保税区与自贸试验区联动发展。支持自贸试验区内综合保税区开展全球维修、保税再制造等业务，"
          "探索实施“分类监管、区港联动”新模式。")
    c2 = ("三是提升通关便利化水平。深化“智慧海关”建设，推广“提前申报”“两步申报”等便利措施，进一步压缩整体"
          "通关时间。2025年，自贸试验区进口、出口整体通关时间分别较2017年压缩了67.8%和91.2%。谢谢。")
    para(doc, [(c1, N), "BR", ("\u3000\u3000" + c2, N)])
    clauses.append(c1)
    clauses.append(c2)
    img()
    body([("彭博社记者：", B), ("国家发展改革委在推动自贸试验区与国家重大战略对接方面有什么考虑？", N)])
    body([("刘振东：", B),
          ("谢谢。自贸试验区是服务国家重大战略的重要平台。我们将推动各自贸试验区与京津冀协同发展、长江经济带"
           "发展、粤港澳大湾区建设、长三角一体化发展、黄河流域生态保护和高质量发展等区域重大战略，以及共建"
           "“一带一路”倡议更好衔接。", N)])
    body([("比如，支持重庆、四川、陕西等自贸试验区发挥中欧班列集结中心作用，完善西部陆海新通道运营组织，推动"
           "形成内外联动、东西互济的开放新格局。2025年，中欧班列全年开行1.9万列，其中经自贸试验区集结的占比"
           "超过四成。", N)])
    body([("同时，我们将加大对自贸试验区重大项目的支持力度，在中央预算内投资等方面予以倾斜。谢谢。", N)],
         manual=True)
    body([("21世纪经济报道记者：", B), ("在金融开放方面，人民银行将如何支持自贸试验区提升战略？", N)])
    body([("韩雪梅：", B),
          ("谢谢您的提问。人民银行始终坚持金融服务实体经济的根本宗旨，支持自贸试验区在金融领域开展改革探索。", N)])
    body([("一方面，持续推进跨境贸易投资高水平开放试点，扩大优质企业贸易外汇收支便利化政策覆盖面，支持符合条件的"
           "自贸试验区开展跨国公司本外币一体化资金池业务。另一方面，稳慎扎实推进人民币国际化，鼓励在跨境贸易和"
           "投资中更多使用人民币结算。", N)])
    body([("同时，我们也将坚持“管得住”才能“放得开”，健全跨境资金流动监测预警和宏观审慎管理体系，守住不发生"
           "系统性金融风险的底线。谢谢。", N)])
    empty(doc)
    body([("香港中评社记者：", B), ("自贸试验区如何更好服务港澳和台湾同胞？", N)])
    body([("孟立新：", B),
          ("这个问题我来回答。广东、福建等自贸试验区在深化与港澳台经贸合作方面进行了积极探索。比如，广东"
           "自贸试验区前海、南沙、横琴片区推动与港澳规则衔接、机制对接；福建自贸试验区在对台货物贸易、服务"
           "贸易领域推出了一批先行先试举措。下一步，我们将继续支持相关自贸试验区在更大范围、更宽领域、更深"
           "层次深化合作。谢谢。", N)])
    body([("陈文博：", B), ("谢谢各位发布人，谢谢各位记者朋友。今天的发布会就到这里，大家再见。", N)])
    img()
    empty(doc)
    para(doc, [("责任编辑：苏婷", {"east": KT, "size": 12})], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    meta = {
        "title": title,
        "doc_number": None,
        "issuer": ["国务院新闻办公室"],
        "date": "2026-03-19",
        "published": "2026-03-20",
        "level": "national",
        "region": "全国",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "新闻发布会实录",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ================================================================ doc B
def doc_fujian():
    doc = new_doc()
    page_footer(doc, style="dash")
    clauses = []

    def body(runs, manual=False):
        indent = True
        if manual:
            runs = [("\u3000\u3000", N)] + runs
            indent = False
        para(doc, runs, indent=indent)
        clauses.append(clean("".join(t for t, _ in runs)))

    def stamp(t):
        para(doc, [("［" + t + "］", {"east": KT, "size": 14})], indent=False)

    # red 版头 (简报式)
    para(doc, [("新闻发布会实录", {"east": XBS, "size": 36, "color": RED})],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    para(doc, [("第9期", {"east": FS, "size": 16})], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    p = para(doc, [("福建省人民政府新闻办公室" + "\u3000" * 8 + "2026年4月16日", {"east": FS, "size": 16})],
             indent=False)
    bottom_border(p, sz=18)
    empty(doc)
    # title over two paragraphs
    para(doc, [("中国（福建）自由贸易试验区", {"east": XBS, "size": 22})],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, [("提升行动新闻发布会", {"east": XBS, "size": 22})],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc)
    # layout table (no borders) for time/place/speakers
    rows = [
        ("时\u3000间：", ["2026年4月16日（星期四）上午10:00"]),
        ("地\u3000点：", ["福建省人民政府新闻发布厅"]),
        ("发布人：", ["福建省商务厅党组成员、副厅长\u3000林晓峰",
                   "福州海关副关长\u3000黄志远",
                   "中国（福建）自由贸易试验区厦门片区管委会常务副主任\u3000蔡文静",
                   "平潭综合实验区管委会副主任\u3000郑宏"]),
        ("主持人：", ["福建省人民政府新闻办公室副主任\u3000张立平"]),
    ]
    t = doc.add_table(rows=len(rows), cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), (Cm(2.6), Cm(13.0))):
        gc.set(qn("w:w"), str(int(w.twips)))
    for i, (k, v) in enumerate(rows):
        t.cell(i, 0).width = Cm(2.6)
        t.cell(i, 1).width = Cm(13.0)
        cell_text(t.cell(i, 0), [k], east=HT, size=14)
        cell_text(t.cell(i, 1), v, east=FS, size=14)
    empty(doc)

    para(doc, [("一、新闻发布", {"east": HT})], indent=True)
    stamp("10:00")
    body([("张立平：", BH),
          ("各位记者朋友，大家上午好！欢迎参加福建省人民政府新闻办公室新闻发布会。近日，省政府印发了《中国（福建）"
           "自由贸易试验区提升行动方案（2026—2028年）》（以下简称《行动方案》）。今天，我们邀请到省商务厅党组成员、"
           "副厅长林晓峰，福州海关副关长黄志远，中国（福建）自由贸易试验区厦门片区管委会常务副主任蔡文静，平潭综合"
           "实验区管委会副主任郑宏，向大家介绍《行动方案》有关情况，并回答记者提问。", N)])
    body([("首先，请林晓峰副厅长介绍有关情况。", N)])
    stamp("10:03")
    body([("林晓峰：", BH),
          ("谢谢主持人，各位媒体朋友，大家上午好！中国（福建）自由贸易试验区自2015年4月挂牌以来，涵盖福州、厦门、"
           "平潭三个片区，实施范围118.04平方公里。十年多来，福建自贸试验区累计推出制度创新成果658项，其中全国首创"
           "265项，31项在全国复制推广。", N)])
    body([("《行动方案》共分为六个部分、28条措施，主要有以下几个特点：", N)])
    body([("第一，突出对台特色。", {"east": KT}),
          ("深化闽台产业合作，支持台胞台企在自贸试验区投资兴业，推动两岸标准共通，探索建设海峡两岸融合发展示范区"
           "先行区。", N)])
    body([("第二，突出制度型开放。", {"east": KT}),
          ("对接《区域全面经济伙伴关系协定》（RCEP）和《全面与进步跨太平洋伙伴关系协定》（CPTPP）等高标准经贸规则，"
           "在货物贸易、服务贸易、数字贸易等领域开展压力测试。", N)])
    body([("第三，突出“海丝”核心区建设。", {"east": KT}),
          ("推动福建自贸试验区与21世纪海上丝绸之路核心区建设深度融合，拓展“丝路海运”航线，支持厦门、福州开行"
           "中欧（亚）班列，提升“丝路海运”品牌影响力。", N)])
    body([("第四，突出新业态新模式。", {"east": KT}),
          ("支持福州、厦门跨境电子商务综合试验区建设，发展跨境电商、市场采购贸易、保税维修和离岸贸易，推动综合保税区"
           "高质量发展。", N)], manual=True)
    body([("到2028年，力争福建自贸试验区外贸进出口总额突破4500亿元，实际使用外资年均增长5%以上，新增制度创新成果"
           "100项以上。谢谢大家。", N)])
    empty(doc)
    para(doc, [("二、答记者问", {"east": HT})], indent=True)
    stamp("10:18")
    body([("张立平：", BH), ("谢谢林晓峰副厅长。下面进入答问环节。请各位记者提问前通报所在新闻机构。", N)])
    body([("福建日报记者：", BH), ("《行动方案》提到要深化闽台经贸合作。请问在支持台胞台企方面有哪些具体举措？", N)])
    body([("郑宏：", BH), ("谢谢您的提问。平潭是祖国大陆距台湾岛最近的地方。《行动方案》在支持平潭片区方面提出了一系列举措。", N)])
    body([("一是便利台胞往来。持续优化台胞入境、居留和就业服务，推动台湾地区职业资格采认范围扩展至更多行业。", N)])
    body([("二是支持台企发展。落实同等待遇，对在平潭片区新设立的台资企业，在用地、融资、人才等方面给予支持。", N)])
    body([("三是畅通对台物流。加密平潭至台中、台北的海上客货航线，推进对台小额商品交易市场转型升级。谢谢。", N)])
    empty(doc)
    stamp("10:26")
    body([("东南网记者：", BH), ("请问福州海关在支持自贸试验区发展方面有什么新举措？", N)])
    body([("黄志远：", BH),
          ("谢谢你的提问。福州海关将围绕《行动方案》，重点推出以下措施：一是深化“智慧口岸”建设，在福州片区推广"
           "“船边直提”“抵港直装”等便利措施；二是支持福州江阴港综合保税区、福州保税港区发展保税维修、保税研发等业务；"
           "三是优化跨境电商出口监管，支持企业开展跨境电商“9710”“9810”出口业务。", N)])
    body([("2025年，福州关区自贸试验区进出口1386.5亿元，同比增长7.2%。谢谢。", N)])
    stamp("10:33")
    body([("中新社记者：", BH), ("厦门片区在推动中欧班列和“丝路海运”联动方面有哪些经验和下一步打算？", N)])
    c1 = ("蔡文静：谢谢。厦门片区积极推动中欧（厦门）班列与“丝路海运”无缝衔接，构建“海丝”与“陆丝”联动的国际物流"
          "大通道。2025年，中欧（厦门）班列开行386列，同比增长12.5%。")
    c2 = ("下一步，我们将积极拓展中欧班列和中亚班列线路，推进“海铁联运”一单制，探索开展多式联运提单融资，助力企业"
          "降本增效。谢谢。")
    para(doc, [("蔡文静：", BH), (c1[len("蔡文静："):], N), "BR", ("\u3000\u3000" + c2, N)])
    clauses.append(c1)
    clauses.append(c2)
    body([("张立平：", BH), ("谢谢各位发布人，谢谢各位记者。今天的发布会到此结束。", N)])
    empty(doc)
    empty(doc)
    # 版记
    p = para(doc, [("抄送：省委宣传部，省商务厅，福州海关，厦门海关，各设区市人民政府新闻办公室。", {"size": 14})],
             indent=False)
    top_border(p, sz=8)
    p = para(doc, [("福建省人民政府新闻办公室秘书处" + "\u3000" * 5 + "2026年4月16日印发", {"size": 14})],
             indent=False)
    top_border(p, sz=6)
    bottom_border(p, color="000000", sz=8)

    meta = {
        "title": "中国（福建）自由贸易试验区提升行动新闻发布会",
        "doc_number": None,
        "issuer": ["福建省人民政府新闻办公室"],
        "date": "2026-04-16",
        "published": None,
        "level": "provincial",
        "region": "中国（福建）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "新闻发布会实录",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ================================================================ doc C
def doc_shanghai():
    doc = new_doc()
    page_footer(doc, style="dash")
    numid = add_chinese_numbering(doc)
    clauses = []

    def body(runs, manual=False):
        indent = True
        if manual:
            runs = [("\u3000\u3000", N)] + runs
            indent = False
        para(doc, runs, indent=indent)
        clauses.append(clean("".join(t for t, _ in runs)))

    title = "上海市商务委员会负责人就《中国（上海）自由贸易试验区提升行动方案（2026—2028年）》答记者问"
    # title typed with a soft line break
    para(doc, [("上海市商务委员会负责人就《中国（上海）自由贸易试验区", {"east": XBS, "size": 22}), "BR",
               ("提升行动方案（2026—2028年）》答记者问", {"east": XBS, "size": 22})],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, [("发布日期：2026-02-10\u3000\u3000来源：上海市商务委员会\u3000\u3000字号：【大 中 小】",
                {"east": "宋体", "size": 10.5})], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)
    body([("近日，上海市人民政府印发《中国（上海）自由贸易试验区提升行动方案（2026—2028年）》（以下简称《行动方案》）。"
           "市商务委（市自贸办）负责人就《行动方案》有关情况回答了记者提问。", N)])
    QB = {"bold": True, "east": KT}
    body([("问：《行动方案》出台的背景是什么？", QB)])
    body([("答：", B),
          ("2013年9月，中国（上海）自由贸易试验区正式挂牌，是我国设立的第一个自由贸易试验区。2019年8月，临港新片区"
           "揭牌成立。十余年来，上海自贸试验区坚持以制度创新为核心，在投资、贸易、金融、航运和政府职能转变等领域"
           "形成了一批基础性、开创性的制度创新成果，累计有386项在全国复制推广。", N)])
    body([("当前，国际经贸规则加速重构。党的二十届三中全会提出实施自由贸易试验区提升战略，国务院印发的"
           "《全面对接国际高标准经贸规则推进中国（上海）自由贸易试验区高水平制度型开放总体方案》也对上海"
           "提出了更高要求。为此，市政府研究制定了《行动方案》，推动上海自贸试验区在新起点上实现更大突破。", N)],
         manual=True)
    body([("问：《行动方案》的总体目标是什么？", QB)])
    body([("答：", B),
          ("《行动方案》提出，经过三年左右努力，上海自贸试验区及临港新片区制度型开放体系更加完善，贸易投资自由化便利化"
           "水平显著提升，服务共建“一带一路”高质量发展的枢纽功能进一步增强。主要指标如下：", N)])
    # data table
    hdr = ["指标", "2025年", "2028年目标"]
    data = [
        ["进出口总额（亿元）", "23600", "27000以上"],
        ["实际使用外资（亿美元）", "68.5", "80以上"],
        ["跨境电商进出口额（亿元）", "1150", "1800"],
        ["累计复制推广制度创新成果（项）", "386", "450以上"],
    ]
    t = doc.add_table(rows=1 + len(data), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(hdr):
        cell_text(t.cell(0, j), [h], east=HT, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, row in enumerate(data, start=1):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), [v], east=FS, size=14,
                      align=WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join(f"{hdr[j]}：{row[j]}" for j in range(3)))
    empty(doc)
    body([("问：《行动方案》提出了哪些重点任务？", QB)])
    body([("答：", B), ("《行动方案》围绕五个方面提出了25项重点任务。", N)])
    items = [
        ("对接国际高标准经贸规则。",
         "在洋山特殊综合保税区、临港新片区率先开展规则、规制、管理、标准等方面压力测试，探索数据跨境流动分类分级"
         "管理，建立健全知识产权保护和争端解决机制。"),
        ("提升贸易便利化水平。",
         "深化国际贸易“单一窗口”建设，支持跨境电商、离岸贸易、保税维修、保税再制造等新业态发展，推动外高桥港"
         "综合保税区、浦东机场综合保税区与自贸试验区联动发展。"),
        ("深化投资自由化改革。",
         "全面落实外商投资准入前国民待遇加负面清单管理制度，在增值电信、生物技术、医疗等领域稳步扩大开放，"
         "健全外商投资促进、保护和服务体系。"),
        ("推进金融开放创新。",
         "稳步扩大金融领域制度型开放，深化自由贸易账户功能，支持跨国公司设立资金管理中心，提升跨境贸易和投资"
         "人民币结算便利化水平。"),
        ("强化服务国家战略功能。",
         "服务长三角一体化发展和共建“一带一路”，提升中欧班列“上海号”运营水平，推动“一带一路”沿线国家和地区"
         "商品、服务、技术、人才集聚。"),
    ]
    for i, (h, txt) in enumerate(items):
        p = para(doc, [(h, {"east": KT}), (txt, N)], indent=False)
        set_num(p, numid)
        cn = "一二三四五"[i]
        clauses.append(f"（{cn}）{h}{txt}")
    body([("问：在风险防控方面有哪些考虑？", QB)])
    body([("答：", B),
          ("《行动方案》坚持开放和安全相统一，强调“放得开”与“管得住”相结合。一是健全数据出境安全管理，落实数据出境"
           "负面清单制度；二是加强跨境资金流动监测，防范跨境金融风险；三是完善事中事后监管，推进信用分级分类监管，"
           "确保各项改革试点风险可控。", N)])
    body([("问：下一步如何推动《行动方案》落地？", QB)])
    body([("答：", B),
          ("市自贸办将会同各有关部门、各片区建立任务清单、责任清单和进度清单，实行“季调度、年评估”工作机制，对推进"
           "成效明显的片区和部门予以通报表扬。同时，及时总结可复制推广经验，积极争取国家有关部门支持，推动更多改革"
           "事项在上海自贸试验区率先落地。", N)])
    empty(doc)
    para(doc, [("【打印本页】\u3000【关闭窗口】", {"east": "宋体", "size": 10.5})],
         align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    meta = {
        "title": title,
        "doc_number": None,
        "issuer": ["上海市商务委员会"],
        "date": "2026-02-10",
        "published": "2026-02-10",
        "level": "provincial",
        "region": "中国（上海）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "答记者问",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ================================================================ main
def main():
    expected = {}
    jobs = [
        ("blind387_guoxinban_fabuhui", doc_guoxinban),
        ("blind387_fujian_fabuhui", doc_fujian),
        ("blind387_shanghai_dajizhewen", doc_shanghai),
    ]
    for stem, fn in jobs:
        doc, key = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = key
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_387", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
