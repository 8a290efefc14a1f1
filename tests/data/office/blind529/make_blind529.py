# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 529: 自贸试验区政策新闻发布会实录."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"


# ---------------------------------------------------------------- helpers
def set_font(run, east, size=16, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = parse_xml(r"<w:rFonts %s/>" % nsdecls("w"))
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:eastAsia"), east)
    rFonts.set(qn("w:ascii"), ascii_font)
    rFonts.set(qn("w:hAnsi"), ascii_font)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


def fmt(p, align=None, indent=True, spacing=28):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)


def para(doc, segs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, spacing=28):
    """segs: list of (text, east_font, size, bold, color) or '\n' for soft break."""
    p = doc.add_paragraph()
    fmt(p, align, indent, spacing)
    for s in segs:
        if s == "\n":
            p.add_run().add_break()
            continue
        text, east, size, bold, color = (list(s) + [16, False, None][len(s) - 2:])[:5]
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def empty(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    return p


def red_rule(p, sz=18):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        r'<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="FF0000"/></w:pBdr>'
        % (nsdecls("w"), sz)))


def add_field(run, instr):
    f1 = parse_xml(r'<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w"))
    it = parse_xml(r'<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr))
    f2 = parse_xml(r'<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w"))
    t = parse_xml(r'<w:t %s>1</w:t>' % nsdecls("w"))
    f3 = parse_xml(r'<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w"))
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def footer_pages(doc, style):
    ft = doc.sections[0].footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if style == "dash":
        r = p.add_run("— ")
        set_font(r, "宋体", 14)
        r = p.add_run()
        set_font(r, "宋体", 14)
        add_field(r, "PAGE")
        r = p.add_run(" —")
        set_font(r, "宋体", 14)
    elif style == "hyphen":
        r = p.add_run("- ")
        set_font(r, "宋体", 12)
        r = p.add_run()
        set_font(r, "宋体", 12)
        add_field(r, "PAGE")
        r = p.add_run(" -")
        set_font(r, "宋体", 12)
    else:  # 第 X 页 共 Y 页
        r = p.add_run("第 ")
        set_font(r, "宋体", 10.5)
        r = p.add_run()
        set_font(r, "宋体", 10.5)
        add_field(r, "PAGE")
        r = p.add_run(" 页 共 ")
        set_font(r, "宋体", 10.5)
        r = p.add_run()
        set_font(r, "宋体", 10.5)
        add_field(r, "NUMPAGES")
        r = p.add_run(" 页")
        set_font(r, "宋体", 10.5)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        r'<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        r'<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def all_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        r'<w:tblBorders %s><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
        r'<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
        r'<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
        % nsdecls("w")))


def cell_text(cell, segs, east=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    p = cell.paragraphs[0]
    fmt(p, align, indent=False, spacing=24)
    for s in segs:
        if s == "\n":
            p.add_run().add_break()
            continue
        r = p.add_run(s)
        set_font(r, east, size, bold)


def add_decimal_numbering(doc, abstract_id=90, num_id=90):
    """Word automatic numbering '1.' with no tab after the number."""
    numbering = doc.part.numbering_part.element
    absx = parse_xml(
        r'<w:abstractNum %s w:abstractNumId="%d">'
        r'<w:multiLevelType w:val="singleLevel"/>'
        r'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        r'<w:lvlText w:val="%%1."/><w:suff w:val="nothing"/><w:lvlJc w:val="left"/>'
        r'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum>'
        % (nsdecls("w"), abstract_id))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absx)
    else:
        numbering.append(absx)
    numbering.append(parse_xml(
        r'<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
        % (nsdecls("w"), num_id, abstract_id)))
    return num_id


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        r'<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id)))


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_529", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def join(segs):
    return "".join(s[0] if isinstance(s, tuple) else ("" if s == "\n" else s) for s in segs)


EXPECTED = {}


def base_meta(**kw):
    m = {
        "title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
        "level": None, "region": None, "effective": None, "expires": None,
        "attachments": [], "doc_type": "实录", "recipients": [], "publicity": None,
        "repeals": None,
    }
    m.update(kw)
    return m


# ================================================================ 1. 福建
def make_fujian():
    stem = "blind529_fujian_fabuhui"
    doc = new_doc()
    clauses = []

    p = para(doc, [("福建省人民政府新闻办公室", XBS, 30, False, RED)],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=40)
    p = para(doc, [("新闻发布会文字实录", KT, 16, False, RED)],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_rule(p, 24)
    empty(doc)
    # title typed over two paragraphs
    para(doc, [("《中国（福建）自由贸易试验区提升行动方案", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    para(doc, [("（2025—2027年）》新闻发布会实录", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    para(doc, [("（根据现场录音整理）", KT, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(doc, [("发布时间：2025年11月19日 09:45　　来源：省政府新闻办", FS, 12)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    empty(doc)
    para(doc, [("时间：", HT, 16), ("2025年11月18日（星期二）上午10:00　　", FS, 16),
               ("地点：", HT, 16), ("福建省人民政府新闻发布厅", FS, 16)], indent=True)
    para(doc, [("主持人：", HT, 16), ("省政府新闻办副主任　林　峰", FS, 16)], indent=True)
    para(doc, [("发布人：", HT, 16), ("省商务厅党组成员、副厅长，省自贸办主任　陈立新", FS, 16)], indent=True)
    for line in ["福州海关副关长　郑　宏",
                 "省发展改革委二级巡视员　黄晓东",
                 "中国（福建）自由贸易试验区厦门片区管委会常务副主任　吴德明"]:
        para(doc, [("　　　　" + line, FS, 16)], indent=True)
    empty(doc)

    def turn(label, segs, label_font=HT):
        s = ([(label, label_font, 16, True)] if label else []) + segs
        para(doc, s)
        clauses.append(join(s))

    def F(t):
        return (t, FS, 16)

    turn("【主持人】", [F("各位记者朋友，大家上午好！欢迎出席省政府新闻办新闻发布会。近日，省政府印发《中国（福建）自由贸易试验区提升行动方案（2025—2027年）》（以下简称《行动方案》）。今天，我们邀请到省商务厅党组成员、副厅长，省自贸办主任陈立新先生，福州海关副关长郑宏先生，省发展改革委二级巡视员黄晓东先生，中国（福建）自由贸易试验区厦门片区管委会常务副主任吴德明先生，请他们介绍《行动方案》有关情况，并回答大家关心的问题。")])
    turn(None, [F("首先，请陈立新先生作介绍。")])
    empty(doc)
    turn("发布人 陈立新：", [F("各位记者朋友，大家上午好！感谢大家长期以来对福建自贸试验区建设的关心和支持。下面，我就《行动方案》出台的背景和主要内容作简要介绍。")])
    turn(None, [F("福建自贸试验区于2015年4月21日挂牌运行，涵盖福州、厦门、平潭三个片区，实施范围118.04平方公里。十年来，全省累计推出制度创新成果682项，其中全国首创238项，41项经验做法在全国复制推广。"),
                ("（PPT展示）", KT, 16),
                F("2024年，自贸试验区以不到全省千分之一的面积，贡献了全省约21%的外商投资企业新设数量和约17%的实际使用外资。")])
    turn(None, [F("为深入实施自由贸易试验区提升战略，省政府研究制定了《行动方案》，明确到2027年，基本建成投资贸易便利、高端产业集聚、两岸融合发展特色鲜明、监管安全高效的高水平自由贸易试验区。《行动方案》共提出6个方面24项重点任务，主要包括以下内容：")])
    turn(None, [("一是对接国际高标准经贸规则。", FS, 16, True), F("在货物贸易、服务贸易、数字贸易、知识产权保护、政府采购等领域开展先行先试，争取在跨境服务贸易负面清单管理、数据跨境流动等方面率先取得突破。")])
    turn(None, [("二是深化两岸融合发展。", FS, 16, True), F("支持台胞台企在自贸试验区同等享受各项惠企政策，推动闽台标准共通、资格互认，扩大台湾地区居民职业资格采认范围，打造台胞台企登陆“第一家园”。")])
    turn(None, [("三是提升贸易投资便利化水平。", FS, 16, True),
                F("深化国际贸易“单一窗口”建设，推广“提前申报”“两步申报”“船边直提”"), "\n",
                F("“抵港直装”等通关模式；全面落实外商投资准入前国民待遇加负面清单管理制度，"),
                ("（PPT展示）", KT, 16),
                F("推进合格境外有限合伙人（QFLP）试点扩容增效。")])
    turn(None, [("四是培育壮大外贸新业态新模式。", FS, 16, True), F("支持跨境电商综合试验区与自贸试验区联动发展，完善跨境电商海外仓布局，推动福州、厦门综合保税区开展保税维修、保税研发、保税融资租赁等业务。")])
    turn(None, [("五是服务高质量共建“一带一路”。", FS, 16, True), F("发挥21世纪海上丝绸之路核心区优势，拓展“丝路海运”航线，推动中欧班列（厦门）、中欧班列（榕城）扩线增点，加强与东盟、金砖国家等在港口、物流、数字经济等领域合作。")])
    turn(None, [("六是强化改革系统集成和风险防控。", FS, 16, True), F("建立健全省、市、片区三级联动推进机制，完善事中事后监管体系，守牢安全底线。")])
    turn(None, [F("下一步，省自贸办将会同各有关部门和各片区，细化任务分工，逐项抓好落实，定期开展评估，确保《行动方案》各项举措落地见效。我就介绍这些，谢谢大家！")])
    empty(doc)
    turn("【主持人】", [F("谢谢陈立新先生的介绍。下面进入提问环节，请记者朋友围绕今天发布的主题提问，提问前请先通报所在的新闻机构。")])
    empty(doc)
    turn("福建日报记者：", [F("《行动方案》提出要提升贸易便利化水平。请问，海关在支持自贸试验区建设方面将推出哪些具体举措？")])
    empty(doc)
    turn("发布人 郑宏：", [F("谢谢您的提问。海关是自贸试验区建设的重要参与者。近年来，福州海关在自贸试验区复制推广海关创新举措56项，进口、出口整体通关时间分别压缩至28.6小时和0.9小时。下一步，我们将重点做好以下几方面工作：")])
    turn(None, [F("（一）持续优化通关模式。在福州港江阴港区、平潭金井港区深化“船边直提”“抵港直装”改革，推广“智慧卡口”“无感通关”，力争2026年底前自贸试验区进出口货物“提前申报”比例达到80%以上。")])
    turn(None, [F("（二）支持综合保税区提质升级。指导福州综合保税区、福州江阴港综合保税区拓展保税维修、再制造业务，对符合条件的“两头在外”保税维修项目实行“一企一策”监管。")])
    turn(None, [F("（三）服务跨境电商发展。全面推广跨境电商出口海外仓（9810）、企业对企业直接出口（9710）监管模式，优化跨境电商零售进口退货监管措施，支持企业在“丝路电商”伙伴国布局海外仓。")])
    turn(None, [F("（四）深化闽台海关合作。推动闽台检验检测结果互认，扩大台湾农渔产品快速验放范围，为台胞台企提供“点对点”政策辅导服务。")])
    empty(doc)
    turn("东南网记者：", [F("厦门片区在推动两岸融合发展方面有哪些新的打算？")])
    empty(doc)
    turn("发布人 吴德明：", [F("感谢您的关注。厦门片区将认真落实《行动方案》部署，重点在三个方面下功夫。")])
    turn(None, [F("第一，在规则衔接上求突破。我们将在航空维修、集成电路、生物医药等领域，探索对接台湾地区行业标准，2025年已推动发布两岸共通标准17项，明年计划新增20项以上。")])
    turn(None, [F("第二，在产业合作上求实效。依托两岸集成电路产业园、航空维修产业基地，加快引进台资龙头企业及配套项目，对新落户的台资研发中心，按规定给予最高500万元奖励。")])
    turn(None, [F("第三，在便利台胞上求温度。全面推行台胞“一证通办”，扩大台湾居民职业资格采认范围，目前累计已有2100余名台胞在片区取得执业资格。"), ("（PPT展示）", KT, 16)])
    empty(doc)
    turn("中新社福建分社记者：", [F("在服务共建“一带一路”方面，福建将如何发挥自贸试验区的作用？")])
    empty(doc)
    turn("发布人 黄晓东：", [F("谢谢。福建是21世纪海上丝绸之路核心区，自贸试验区是我们扩大高水平对外开放的重要平台。下一步，省发展改革委将从以下几方面推进：")])
    turn(None, [F("1.畅通国际物流大通道。支持中欧班列（厦门）、中欧班列（榕城）拓展至中亚、欧洲更多站点，推动“丝路海运”与中欧班列、西部陆海新通道有效衔接，发展海铁联运、陆海联运。")])
    turn(None, [F("2.推进重大项目合作。围绕清洁能源、数字基础设施、现代农业等领域，谋划实施一批“小而美”合作项目，支持企业在东盟、中东等地区建设境外经贸合作区。")])
    turn(None, [F("3.强化金融支撑。鼓励金融机构在自贸试验区开展跨境人民币结算、出口信用保险保单融资等业务，为“走出去”企业提供全链条服务。")])
    empty(doc)
    turn("【主持人】", [F("谢谢各位发布人，谢谢各位记者朋友。今天的发布会围绕《行动方案》作了全面解读，欢迎大家继续关注福建自贸试验区建设。本场发布会到此结束，谢谢大家！")])
    empty(doc)
    para(doc, [("责任编辑：王　敏", FS, 12)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    footer_pages(doc, "dash")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": base_meta(
            title="《中国（福建）自由贸易试验区提升行动方案（2025—2027年）》新闻发布会实录",
            issuer=["福建省人民政府新闻办公室"],
            date="2025-11-18", published="2025-11-19",
            level="provincial", region="中国（福建）自由贸易试验区"),
        "clauses": clauses,
    }]
    return path


# ================================================================ 2. 重庆
def make_chongqing():
    stem = "blind529_chongqing_fabuhui"
    doc = new_doc()
    num_id = add_decimal_numbering(doc)
    clauses = []

    para(doc, [("市政府新闻办举行重庆自贸试验区跨境贸易投资高水平开放政策新闻发布会", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    para(doc, [("2025-10-29 11:02　　来源：重庆市人民政府新闻办公室　　【字体：大 中 小】", FS, 10.5)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=20)
    empty(doc)

    # layout table for 时间/地点/主持人/发布人
    t = doc.add_table(rows=4, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    t.columns[0].width = Cm(3.2)
    t.columns[1].width = Cm(12.4)
    rows = [
        ("时　间：", ["2025年10月28日（星期二）上午10:00"]),
        ("地　点：", ["市政府新闻发布厅"]),
        ("主持人：", ["市政府新闻办副主任　李　静"]),
        ("发布人：", ["市商务委副主任　刘洪涛", "\n", "重庆海关副关长　赵启明", "\n",
                    "市政府口岸物流办副主任　周　敏", "\n", "两江新区管委会副主任　谭少华"]),
    ]
    for i, (k, v) in enumerate(rows):
        t.cell(i, 0).width = Cm(3.2)
        t.cell(i, 1).width = Cm(12.4)
        cell_text(t.cell(i, 0), [k], east=HT, size=15)
        cell_text(t.cell(i, 1), v, east=FS, size=15)
    empty(doc)

    def label(text):
        para(doc, [(text, HT, 16, True)], indent=False)

    def body(text, num=False):
        p = para(doc, [(text, FS, 16)], indent=not num)
        if num:
            set_num(p, num_id)
        return p

    label("【主持人】")
    body("各位记者朋友，大家上午好！欢迎参加市政府新闻办新闻发布会。近日，市政府办公厅印发《中国（重庆）自由贸易试验区跨境贸易投资高水平开放若干措施》（以下简称《若干措施》），从贸易便利、投资开放、通道建设、金融服务等方面提出28条具体举措。今天的发布会，我们邀请到市商务委副主任刘洪涛，重庆海关副关长赵启明，市政府口岸物流办副主任周敏，两江新区管委会副主任谭少华，请他们介绍有关情况并回答记者提问。")
    clauses.append("各位记者朋友，大家上午好！欢迎参加市政府新闻办新闻发布会。近日，市政府办公厅印发《中国（重庆）自由贸易试验区跨境贸易投资高水平开放若干措施》（以下简称《若干措施》），从贸易便利、投资开放、通道建设、金融服务等方面提出28条具体举措。今天的发布会，我们邀请到市商务委副主任刘洪涛，重庆海关副关长赵启明，市政府口岸物流办副主任周敏，两江新区管委会副主任谭少华，请他们介绍有关情况并回答记者提问。")
    B = lambda s: (body(s), clauses.append(s))

    B("下面，先请刘洪涛同志介绍《若干措施》主要内容。")
    label("发布人 刘洪涛：")
    B("谢谢主持人。各位记者朋友，大家好！重庆自贸试验区挂牌运行八年来，累计形成制度创新成果近900项，其中“铁路运输单证金融服务试点”“中欧班列运邮”等多项成果在全国复制推广。（PPT展示）今年1—9月，自贸试验区实现进出口总额3860亿元，同比增长9.4%，实际使用外资占全市比重超过六成。")
    B("《若干措施》坚持问题导向和目标导向相结合，重点突出以下四个方面：")
    items = [
        "推进贸易便利化。支持自贸试验区开展进口贸易促进创新示范，扩大跨境电商零售进口商品清单适用范围，探索开展二手车出口、保税维修等新业务。",
        "扩大投资开放。全面落实外商投资准入前国民待遇加负面清单管理制度，支持外资企业在渝设立研发中心、地区总部，对符合条件的外商投资项目在用地、用能等方面给予保障。",
        "强化通道支撑。推动中欧班列（成渝）、西部陆海新通道、长江黄金水道联动发展，完善铁路运单物权化、多式联运“一单制”等创新举措。",
        "提升金融服务。支持银行为自贸试验区企业提供跨境人民币结算、贸易融资、汇率避险等综合服务，推进合格境外有限合伙人（QFLP）试点。",
    ]
    for i, it in enumerate(items, 1):
        body(it, num=True)
        clauses.append("%d.%s" % (i, it))
    B("《若干措施》自印发之日起施行，有效期至2027年12月31日。下一步，市商务委将会同有关部门制定配套细则，推动各项政策尽快落地。谢谢！")
    empty(doc)
    label("【主持人】")
    B("谢谢刘洪涛同志。下面，请各位记者朋友提问。")
    empty(doc)
    label("重庆日报记者：")
    B("请问在通道建设方面，《若干措施》有哪些新突破？")
    empty(doc)
    label("发布人 周敏：")
    B("谢谢您的提问。通道是重庆开放的最大优势。我先通报一组数据。（PPT展示）")

    hdr = ["项目", "2025年1—9月", "同比增长"]
    data = [
        ["中欧班列（成渝）开行量", "4218列", "12.6%"],
        ["西部陆海新通道班列开行量", "9850列", "15.3%"],
        ["长江航运集装箱吞吐量", "98.7万标箱", "6.1%"],
    ]
    tb = doc.add_table(rows=1 + len(data), cols=3)
    all_borders(tb)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(hdr):
        cell_text(tb.cell(0, j), [h], east=HT, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, row in enumerate(data, 1):
        for j, v in enumerate(row):
            cell_text(tb.cell(i, j), [v], east=FS, size=14,
                      align=WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))

    B("在此基础上，《若干措施》重点在三个方面发力。第一，推进多式联运“一单制”改革，推广使用多式联运提单，实现“一次委托、一单到底、一次结算”。第二，深化铁路运单物权化试点，支持金融机构基于铁路运输单证开展融资业务。第三，加密中欧班列（成渝）至欧洲、中亚线路，推动班列与西部陆海新通道在团结村、果园港等枢纽高效衔接。")
    empty(doc)
    label("华龙网记者：")
    B("跨境电商是近年来发展较快的新业态，海关在支持自贸试验区跨境电商发展方面有何举措？")
    empty(doc)
    label("发布人 赵启明：")
    B("感谢您的关注。重庆海关将从以下几个方面支持跨境电商发展：")
    B("一是优化监管模式。在西永综合保税区、两路果园港综合保税区全面推广跨境电商“网购保税+线下自提”模式，支持企业开展跨境电商出口退货业务。")
    B("二是提升通关效率。推广跨境电商出口“清单核放、汇总申报”，对跨境电商B2B出口货物实行优先查验。")
    B("三是支持海外仓建设。引导企业在中欧班列沿线国家和东盟国家布局海外仓，对备案海外仓企业开展“一对一”政策辅导。")
    empty(doc)
    label("上游新闻记者：")
    B("两江新区作为重庆自贸试验区的主要承载区，将如何落实《若干措施》？")
    empty(doc)
    label("发布人 谭少华：")
    B("谢谢。两江新区承担了重庆自贸试验区近七成的改革试点任务。我们将重点抓好三件事：一是打造外资集聚高地，围绕智能网联新能源汽车、电子信息、生物医药等产业开展精准招商，力争2026年实际使用外资增长10%以上；二是建设国际消费中心城市核心承载区，支持果园港、寸滩国际新城发展保税展示交易、跨境电商体验店；三是做优营商环境，推行外资企业“服务专员”制度，实现企业诉求“一站受理、限时办结”。")
    empty(doc)
    label("【主持人】")
    B("谢谢各位发布人的介绍和回答，谢谢各位记者朋友。本场发布会到此结束。")
    empty(doc)
    para(doc, [("（来源：市政府新闻办　　编辑：陈佳）", FS, 12)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    footer_pages(doc, "hyphen")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": base_meta(
            title="市政府新闻办举行重庆自贸试验区跨境贸易投资高水平开放政策新闻发布会",
            issuer=["重庆市人民政府新闻办公室"],
            date="2025-10-28", published="2025-10-29",
            level="provincial", region="中国（重庆）自由贸易试验区"),
        "clauses": clauses,
    }]
    return path


# ================================================================ 3. 青岛
def make_qingdao():
    stem = "blind529_qingdao_fabuhui"
    doc = new_doc()
    clauses = []
    IND = "　　"  # hand-typed indentation

    para(doc, [("青岛市支持跨境电商和综合保税区高质量发展", XBS, 22), "\n",
               ("若干政策措施新闻发布会", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    para(doc, [("发布时间：2026-01-15 16:20　　信息来源：青岛市人民政府新闻办公室", KT, 12)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=22)
    empty(doc)
    para(doc, [(IND + "时间：2026年1月15日（星期四）下午3:00", KT, 16)], indent=False)
    para(doc, [(IND + "地点：青岛市新闻发布中心", KT, 16)], indent=False)
    para(doc, [(IND + "主持人：市政府新闻办副主任　孙　燕", KT, 16)], indent=False)
    para(doc, [(IND + "发布人：市商务局副局长　王建国；青岛海关副关长　刘　畅；中国（山东）自由贸易试验区青岛片区管委会副主任　高志远；青岛前湾综合保税区管委会副主任　邵　军", KT, 16)], indent=False)
    empty(doc)

    def turn(label, text, label_font=HT, blank_after=True):
        segs = [(IND, FS, 16)]
        if label:
            segs.append((label, label_font, 16, False))
        segs.append((text, FS, 16))
        para(doc, segs, indent=False)
        clauses.append((label or "") + text)
        if blank_after:
            empty(doc)

    turn("【主持人】", "女士们、先生们，记者朋友们：大家下午好！欢迎出席市政府新闻办新闻发布会。近日，市政府办公厅印发了《青岛市支持跨境电商和综合保税区高质量发展若干政策措施》（以下简称《政策措施》）。今天我们邀请到市商务局副局长王建国，青岛海关副关长刘畅，中国（山东）自由贸易试验区青岛片区管委会副主任高志远，青岛前湾综合保税区管委会副主任邵军，请他们介绍相关情况，并回答记者提问。下面，首先请王建国先生介绍《政策措施》主要内容。")
    turn("发布人 王建国：", "谢谢主持人，各位媒体朋友，大家下午好！2025年，全市跨境电商进出口额达到612亿元，同比增长18.3%；全市5个综合保税区实现进出口总额2150亿元，占全市外贸比重较上年提高2.6个百分点。")
    turn(None, "《政策措施》共5个部分20条，主要内容可以概括为以下几个方面：")
    turn(None, "1．培育跨境电商经营主体。对年度跨境电商进出口额首次突破1亿元、5亿元、10亿元的企业，分别给予最高50万元、100万元、200万元奖励。")
    turn(None, "2．完善跨境电商服务体系。支持建设跨境电商产业园区和公共海外仓，对经认定的市级公共海外仓，按照实际投资额的20%给予最高300万元补助。")
    turn(None, "3．推动综合保税区提质增效。支持综合保税区发展保税研发、保税维修、保税展示交易、融资租赁等业务，具体包括：", blank_after=False)
    turn(None, "（1）对新开展保税维修业务且年维修货值超过5000万元的企业，给予一次性奖励50万元；", blank_after=False)
    turn(None, "（2）对在综合保税区内新设立的融资租赁项目公司，按照租赁物价值给予适当补助；", blank_after=False)
    turn(None, "（3）支持综合保税区内企业开展“保税+展示交易”，在区外设立展示交易场所。")
    turn(None, "4．加强与“一带一路”共建国家经贸合作。依托中国—上海合作组织地方经贸合作示范区、中欧班列（齐鲁号）和日韩航线优势，推动跨境电商与海铁联运深度融合。")
    turn(None, "5．强化要素保障。市级财政每年统筹安排专项资金，支持政策兑现；建立跨境电商和综合保税区发展联席会议制度，协调解决重大问题。")
    turn(None, "《政策措施》自2026年2月1日起施行，有效期3年。谢谢大家！")
    turn("【主持人】", "谢谢王建国先生。下面进入答问环节，请记者朋友提问。")
    turn("青岛日报记者:", "请问海关在支持综合保税区高质量发展方面有哪些考虑？")
    turn("发布人 刘畅：", "谢谢您的提问。青岛海关将重点从三个方面发力。")
    turn(None, "第一，推进综合保税区“四自一简”监管改革，全面实施企业自主备案、自定核销周期、自主核报、自主补缴税款和简化业务核准手续。")
    turn(None, "第二，推广“跨境电商+综合保税区”模式，支持前湾、西海岸等综合保税区开展跨境电商“1210”保税备货业务和出口退货“一站式”服务。")
    turn(None, "第三，支持保税维修扩大范围，对符合条件的企业开展航空器材、船舶设备、工程机械等保税维修业务给予便利化监管。")
    turn("青岛广播电视台记者：", "自贸试验区青岛片区在制度创新方面有哪些新的安排？")
    turn("发布人 高志远：", "谢谢。青岛片区挂牌以来，累计形成制度创新成果260余项，其中“冷链食品进口‘集中查验+分段验放’”等18项在全国推广。（PPT展示）下一步，我们将围绕《政策措施》，重点开展三项探索：一是探索跨境电商数据跨境流动便利化安排；二是深化“船边直提”与跨境电商海运快件监管衔接；三是推动日韩商品进口贸易促进创新示范区建设。")
    turn("大众日报记者:", "对于综合保税区内的中小企业，有没有专门的支持措施？")
    turn("发布人 邵军：", "感谢您的关注。前湾综合保税区将设立中小企业服务专窗，提供政策咨询、报关报检、融资对接等“一站式”服务。同时，我们正在研究对首次入区的中小企业在仓储租金方面给予减免，具体办法将于近期对外公布。")
    turn("【主持人】", "今天的发布会信息量很大，希望各位记者朋友做好宣传解读。本场发布会到此结束，谢谢大家！")
    para(doc, [("【打印本页】　【关闭窗口】", FS, 10.5)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    footer_pages(doc, "cn")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    EXPECTED[stem] = [{
        "meta": base_meta(
            title="青岛市支持跨境电商和综合保税区高质量发展若干政策措施新闻发布会",
            issuer=["青岛市人民政府新闻办公室"],
            date="2026-01-15", published="2026-01-15",
            level="municipal", region="青岛市"),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [make_fujian(), make_chongqing(), make_qingdao()]
    for p in paths:
        to_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
