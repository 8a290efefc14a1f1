# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 438: consultation package for a draft municipal rule (Xiamen CBEC pilot zone).

Files:
  blind438_xiamen_qingshi.docx      请示 asking the city government to approve the rule
  blind438_xiamen_songshengao.docx  the rule's 送审稿 (附件1)
  blind438_xiamen_huizongbiao.docx  征求意见采纳情况汇总表 (附件3), landscape table
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = "FF0000"

PBDR_SUCCESSORS = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
    "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
    "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)


# ----------------------------------------------------------------- helpers
def set_font(run, name, size, bold=False, color=None, spacing=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if spacing is not None:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        rpr.append(sp)


def add_runs(p, runs):
    """runs: list of (text, font, size, bold, color); '\n' in text -> soft line break."""
    for spec in runs:
        text, fname, size = spec[0], spec[1], spec[2]
        bold = spec[3] if len(spec) > 3 else False
        color = spec[4] if len(spec) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, fname, size, bold, color)
            if i < len(parts) - 1:
                r.add_break(WD_BREAK.LINE)


def para(doc, runs, align=None, indent=True, line=28, before=0, after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(32)
    if align is not None:
        p.alignment = align
    if runs:
        add_runs(p, runs)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        para(doc, None, indent=False, line=line)


def border(p, side="bottom", color=RED, sz=18, space=1):
    pPr = p._p.get_or_add_pPr()
    pbdr = pPr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        pPr.insert_element_before(pbdr, *PBDR_SUCCESSORS)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def field(run_parent_p, instr, fname, size):
    r1 = run_parent_p.add_run()
    set_font(r1, fname, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._element.append(fc)
    r2 = run_parent_p.add_run()
    set_font(r2, fname, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._element.append(it)
    r3 = run_parent_p.add_run()
    set_font(r3, fname, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._element.append(fc)
    r4 = run_parent_p.add_run("1")
    set_font(r4, fname, size)
    r5 = run_parent_p.add_run()
    set_font(r5, fname, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._element.append(fc)


def setup(doc, landscape=False):
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
        sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
        sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), FS)
    # page number "— 1 —" in the footer
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    field(fp, "PAGE", "宋体", 14)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


def set_cell(cell, text, fname=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(18)
    add_runs(p, [(text, fname, size, bold)])


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_438", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240,
    )


EXPECTED = {}

RULE_TITLE = "厦门市跨境电子商务综合试验区发展促进办法（送审稿）"
REPEALED = "《厦门市人民政府办公厅关于印发促进跨境电子商务发展若干措施的通知》（厦府办〔2021〕88号）"


# ------------------------------------------------------------ 1. 请示
def make_qingshi():
    doc = Document()
    setup(doc)
    clauses = []

    def body(text, manual_indent=False):
        if manual_indent:
            para(doc, [("　　" + text, FS, 16)], indent=False)
        else:
            para(doc, [(text, FS, 16)])
        clauses.append(text)

    def runin(head, rest):
        para(doc, [(head, KT, 16, True), (rest, FS, 16)])
        clauses.append(head + rest)

    def heading(text):
        para(doc, [(text, HT, 16)])

    # 版头
    empty(doc, 1)
    para(doc, [("厦门市商务局文件", XBS, 42, False, RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60)
    empty(doc, 1)
    p = para(doc, [("　厦商务〔2025〕215号", FS, 16),
                   ("　　　　　　　签发人：", FS, 16),
                   ("陈建国", KT, 16)], indent=False)
    p = para(doc, None, indent=False, line=10)
    border(p, "bottom", RED, 24)
    empty(doc, 1)

    # 标题 typed over two paragraphs
    para(doc, [("厦门市商务局关于提请审定《厦门市\n跨境电子商务综合试验区发展促进办法", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, [("（送审稿）》的请示", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    para(doc, [("厦门市人民政府：", FS, 16)], indent=False)

    body("中国（厦门）跨境电子商务综合试验区于2018年经国务院批准设立以来，"
         "我市跨境电子商务保持快速发展态势，2024年全市跨境电商进出口额达到486.3亿元，"
         "同比增长21.7%，已成为稳外贸、促消费和服务“一带一路”建设的重要力量。"
         "为巩固综试区建设成果，将行之有效的改革举措以制度形式固化下来，"
         "我局牵头起草了《厦门市跨境电子商务综合试验区发展促进办法（送审稿）》"
         "（以下简称《办法》）。现将有关情况请示如下：", manual_indent=True)

    heading("一、起草过程")
    body("2025年3月，我局会同市发展改革委、市财政局、厦门海关等部门成立起草工作专班，"
         "赴杭州、宁波、广州等地学习借鉴先进经验，先后召开企业座谈会6场，形成《办法》征求意见稿。"
         "2025年9月，书面征求了市直有关部门、各区人民政府、中央驻厦有关单位和行业协会共32家单位意见；"
         "2025年10月13日至11月12日，通过市人民政府门户网站公开征求社会公众意见。",
         manual_indent=True)
    body("征求意见期间，共有13家单位和社会公众提出意见建议16条，其中采纳7条、部分采纳5条、"
         "未采纳4条，其余单位回复无意见。对未采纳的意见，我局已与提出单位逐一沟通并说明理由，"
         "各方已达成一致。市司法局已对《办法》进行合法性审查，我局同步开展了公平竞争审查，"
         "未发现排除、限制竞争的内容。")

    heading("二、主要内容")
    body("《办法》共六章二十五条，主要内容如下：")
    runin("（一）明确工作机制。", "建立市跨境电子商务发展联席会议制度，明确市、区两级政府和有关部门、"
          "中央驻厦单位的职责分工（第三条、第四条）。")
    runin("（二）强化主体培育。", "支持引进和培育跨境电商龙头企业、平台企业，规范跨境电商产业园区认定，"
          "加强人才引育（第五条至第八条）。")
    runin("（三）优化通关物流。", "支持综合保税区发展跨境电商保税进口和退货中心仓业务，"
          "发挥中欧（厦门）班列、海外仓和空港物流作用（第九条至第十三条）。")
    runin("（四）完善金融税收服务。", "明确外汇结算便利化、出口退税、所得税核定征收、"
          "出口信用保险等支持措施（第十四条至第十六条）。")
    runin("（五）加强公共服务和风险防控。", "建设线上综合服务平台，健全统计监测、知识产权保护、"
          "信用管理和消费者权益保护机制（第十七条至第二十一条）。")
    runin("（六）强化保障措施。", "统筹使用商务发展专项资金，建立容错纠错机制（第二十二条、第二十三条）。")

    heading("三、需要说明的问题")
    runin("（一）关于资金支持。", "根据市财政局意见，《办法》未设定新增专项资金规模和具体奖励标准，"
          "相关支持政策通过年度专项资金申报指南予以明确。")
    runin("（二）关于施行日期和有效期。", "《办法》拟以市人民政府规范性文件形式印发，有效期5年，"
          "具体施行日期由市人民政府审定后确定。《办法》施行后，" + REPEALED + "同时废止。")

    body("妥否，请批示。")
    empty(doc, 1)

    # 附件 list: hanging, continuation lines aligned by full-width spaces
    att = [
        RULE_TITLE,
        "《厦门市跨境电子商务综合试验区发展促进办法（送审稿）》起草说明",
        "《厦门市跨境电子商务综合试验区发展促进办法（送审稿）》征求意见采纳情况汇总表",
    ]
    for i, a in enumerate(att):
        p = para(doc, [(("附件：" if i == 0 else "") + "%d．" % (i + 1) + a, FS, 16)], indent=False)
        p.paragraph_format.left_indent = Pt(104)
        p.paragraph_format.first_line_indent = Pt(-72 if i == 0 else -24)
    empty(doc, 2)

    # 落款 with manual spaces instead of right alignment
    para(doc, [("　　　　　　　　　　　　　　　　　厦门市商务局", FS, 16)], indent=False)
    para(doc, [("　　　　　　　　　　　　　　　　2025年12月8日", FS, 16)], indent=False)
    empty(doc, 1)
    para(doc, [("（联系人：林晓峰，联系电话：0592-2853716）", FS, 16)])

    empty(doc, 3)
    p = para(doc, [("　厦门市商务局办公室　　　　　　　　　　2025年12月8日印发", FS, 14)],
             indent=False)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 8)

    fn = "blind438_xiamen_qingshi.docx"
    doc.save(os.path.join(HERE, fn))
    EXPECTED["blind438_xiamen_qingshi"] = [{
        "meta": {
            "title": "厦门市商务局关于提请审定《厦门市跨境电子商务综合试验区发展促进办法（送审稿）》的请示",
            "doc_number": "厦商务〔2025〕215号",
            "issuer": ["厦门市商务局"],
            "date": "2025-12-08",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": att,
            "doc_type": "请示",
            "recipients": ["厦门市人民政府"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return fn


# ------------------------------------------------------------ 2. 送审稿
def make_songshengao():
    doc = Document()
    setup(doc)
    clauses = []

    L = 25

    def art(head, text):
        p = para(doc, [(head, HT, 15), ("　" + text, FS, 15)], line=L)
        p.paragraph_format.first_line_indent = Pt(30)
        clauses.append(head + "　" + text)

    def kuan(text, manual=False):
        if manual:
            para(doc, [("　　" + text, FS, 15)], indent=False, line=L)
        else:
            p = para(doc, [(text, FS, 15)], line=L)
            p.paragraph_format.first_line_indent = Pt(30)
        clauses.append(text)

    def chapter(text):
        para(doc, [(text, HT, 15)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
             line=L, before=4, after=2)

    para(doc, [("附件1", HT, 16)], indent=False)
    empty(doc, 1)
    para(doc, [("厦门市跨境电子商务综合试验区\n发展促进办法", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    para(doc, [("（送审稿）", KT, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    chapter("第一章　总　　则")
    art("第一条", "为了推进中国（厦门）跨境电子商务综合试验区（以下简称综试区）建设，"
        "促进跨境电子商务高质量发展，服务“一带一路”建设，推动贸易和投资自由化便利化，"
        "根据《中华人民共和国电子商务法》等法律法规和国家有关规定，结合本市实际，制定本办法。")
    art("第二条", "本办法适用于本市行政区域内跨境电子商务的促进、服务和监督管理活动。")
    kuan("本办法所称跨境电子商务，是指分属不同关境的交易主体，通过电子商务平台达成交易、"
         "进行支付结算，并通过跨境物流送达商品、完成交易的国际商业活动，"
         "包括跨境电子商务零售进出口和企业对企业出口等业务形态。")
    art("第三条", "市人民政府建立跨境电子商务发展联席会议制度，统筹协调综试区建设中的重大事项。"
        "联席会议办公室设在市商务主管部门。")
    kuan("市商务主管部门负责综试区建设的组织推进、综合协调和监督检查等工作。")
    kuan("发展改革、工业和信息化、财政、交通运输、市场监督管理、司法行政、"
         "人力资源和社会保障等部门按照各自职责，做好跨境电子商务促进相关工作。")
    kuan("厦门海关、国家税务总局厦门市税务局、国家外汇管理局厦门市分局等单位依照职责"
         "做好跨境电子商务监管和服务工作。")
    art("第四条", "各区人民政府负责本辖区跨境电子商务发展工作，做好跨境电子商务产业园区规划、"
        "空间保障和招商引资等工作。")
    kuan("中国（福建）自由贸易试验区厦门片区管理委员会应当在片区内开展跨境电子商务制度创新，"
         "推动改革试点经验复制推广。")

    chapter("第二章　主体培育")
    art("第五条", "支持引进和培育具有国际竞争力的跨境电子商务龙头企业，鼓励本市传统外贸企业、"
        "生产制造企业通过跨境电子商务拓展国际市场，发展品牌出海。")
    kuan("支持跨境电子商务与市场采购贸易、外贸综合服务等新业态融合发展。")
    art("第六条", "鼓励国内外知名跨境电子商务平台在本市设立区域总部、运营中心和结算中心。"
        "支持本土跨境电子商务平台建设，发展面向“一带一路”共建国家和地区的垂直类平台和独立站。")
    art("第七条", "市商务主管部门会同有关部门开展市级跨境电子商务产业园区认定工作。"
        "申请认定的园区应当符合下列条件：")
    kuan("（一）具有明确的运营管理主体和规范的管理制度；", manual=True)
    kuan("（二）入驻跨境电子商务企业不少于50家；", manual=True)
    kuan("（三）具备仓储物流、通关申报、人才培训等公共服务功能；", manual=True)
    kuan("（四）上一年度园区跨境电子商务交易额不低于10亿元。", manual=True)
    kuan("经认定的园区实行动态管理，具体认定和管理办法由市商务主管部门另行制定。")
    art("第八条", "支持高等院校、职业院校开设跨境电子商务相关专业，鼓励校企共建实训基地。"
        "符合条件的跨境电子商务专业人才按照本市人才政策享受相关待遇。")

    chapter("第三章　通关与物流")
    art("第九条", "支持厦门海关依托跨境电子商务出口（9610）、跨境电子商务企业对企业直接出口（9710）、"
        "跨境电子商务出口海外仓（9810）和保税跨境贸易电子商务（1210）等监管方式，"
        "优化通关流程，推行预约通关，提供全天候通关保障。")
    art("第十条", "支持厦门象屿综合保税区、厦门海沧港综合保税区等海关特殊监管区域开展"
        "跨境电子商务保税进口、保税出口业务，建设跨境电子商务退货中心仓。")
    kuan("支持在中国（福建）自由贸易试验区厦门片区内探索跨境电子商务监管制度创新，依法依规先行先试。")
    art("第十一条", "支持中欧（厦门）班列开行跨境电子商务专列，拓展至中亚、欧洲等“一带一路”"
        "共建国家的班列线路，推动跨境电子商务货物通过铁路、海运、航空多式联运出口。")
    art("第十二条", "鼓励企业建设、租用海外仓，完善海外仓仓储配送、售后服务、退换货等功能。")
    kuan("对本市企业在“一带一路”共建国家和地区建设、运营的公共海外仓，经认定后按照规定给予支持，"
         "具体标准由年度专项资金申报指南确定。")
    art("第十三条", "支持厦门高崎国际机场拓展国际全货机航线，发展跨境电子商务航空货运，"
        "提升空港货站跨境电子商务货物处理能力。")

    chapter("第四章　金融与税收服务")
    art("第十四条", "支持银行凭交易电子信息为跨境电子商务企业和个人办理经常项目项下跨境外汇收支，"
        "提供结算便利。鼓励金融机构开发跨境电子商务供应链金融产品，支持跨境人民币结算。")
    art("第十五条", "符合条件的跨境电子商务零售出口企业，按照国家规定享受增值税、消费税无票免税政策；"
        "符合条件的跨境电子商务企业可以按照国家规定适用企业所得税核定征收办法。")
    kuan("税务部门应当优化出口退（免）税办理流程，压缩退税办理时间。")
    art("第十六条", "鼓励政策性保险机构为跨境电子商务企业提供出口信用保险服务，"
        "支持保险机构开发海外仓、跨境物流等保险产品。")

    chapter("第五章　服务保障与风险防控")
    art("第十七条", "市商务主管部门负责建设和运营综试区线上综合服务平台，与国际贸易“单一窗口”、"
        "“i厦门”等平台实现数据互联共享，为企业提供通关、物流、金融、退税等一站式服务，"
        "避免企业重复填报。")
    art("第十八条", "市商务主管部门会同统计、海关等部门建立跨境电子商务统计监测制度，"
        "定期发布发展数据和分析报告。")
    art("第十九条", "市场监督管理、知识产权等部门应当加强跨境电子商务知识产权保护，"
        "建立跨境电子商务知识产权纠纷快速维权机制，支持企业开展海外知识产权布局和维权。")
    art("第二十条", "建立跨境电子商务企业信用评价体系，将企业信用信息纳入公共信用信息平台，"
        "依法实施守信激励和失信惩戒。")
    art("第二十一条", "跨境电子商务企业应当依法履行消费者权益保护义务。市场监督管理部门与厦门海关"
        "建立跨境电子商务零售进口商品质量安全风险监测协作机制，及时处置质量安全风险。")
    art("第二十二条", "市财政统筹现有商务发展专项资金，支持综试区建设、跨境电子商务产业园区、"
        "公共海外仓和公共服务平台建设等。")
    kuan("专项资金实行绩效评价，对资金使用效益不佳或者违规使用资金的项目，依法予以收回。")
    art("第二十三条", "在综试区建设中开展改革创新，因先行先试出现失误或者偏差，"
        "符合国家和本市有关容错免责规定的，依法予以免责或者减轻责任。")

    chapter("第六章　附　　则")
    art("第二十四条", "本办法具体应用问题由市商务主管部门负责解释。")
    art("第二十五条", "本办法自2026年　月　日起施行，有效期5年。" + REPEALED + "同时废止。")
    empty(doc, 1)

    para(doc, [("厦门市商务局", FS, 16)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, [("2025年12月5日", FS, 16)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    fn = "blind438_xiamen_songshengao.docx"
    doc.save(os.path.join(HERE, fn))
    EXPECTED["blind438_xiamen_songshengao"] = [{
        "meta": {
            "title": RULE_TITLE,
            "doc_number": None,
            "issuer": ["厦门市商务局"],
            "date": "2025-12-05",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "办法",
            "recipients": [],
            "publicity": None,
            "repeals": REPEALED,
        },
        "clauses": clauses,
    }]
    return fn


# ------------------------------------------------------------ 3. 汇总表
ROWS = [
    ("1", "市发展改革委", "第一条",
     "建议在立法目的中增加服务“海丝”核心区和金砖国家新工业革命伙伴关系创新基地建设的表述，体现厦门城市定位。",
     "部分采纳",
     "已在第一条中增加服务“一带一路”建设的表述；金砖创新基地建设属于专项工作，不宜在立法目的条款中逐项列举。"),
    ("2", "市司法局", "第二条第二款",
     "建议对“跨境电子商务”的定义与《中华人民共和国电子商务法》及海关总署相关公告保持一致，删除“包括但不限于”等不确定表述。",
     "采纳",
     "已按建议修改，定义表述与上位法及海关监管方式保持一致。"),
    ("3", "湖里区人民政府", "第四条",
     "建议明确各区政府在跨境电商产业园区规划、用地保障方面的职责，并对区级配套资金比例作出规定。",
     "部分采纳",
     "已在第四条中明确各区在园区规划、空间保障方面的职责；区级配套资金比例由各区根据财力自行确定，本办法不作统一规定。"),
    ("4", "市财政局", "第二十二条第一款",
     "建议将“每年安排不少于1亿元专项资金”修改为“统筹现有商务发展专项资金予以支持”，避免新增固定财政支出。",
     "采纳",
     "已按建议修改，符合本市财政预算管理有关要求。"),
    ("5", "市财政局", "第二十二条第二款",
     "建议明确专项资金绩效评价要求，对资金使用效益不佳的项目予以收回。",
     "采纳",
     "已在第二十二条第二款中增加绩效评价和资金收回的表述。"),
    ("6", "厦门海关", "第九条",
     "建议将“实行7×24小时通关”修改为“推行预约通关，提供全天候通关保障”，并删除关于查验比例的具体数值。",
     "采纳",
     "查验比例属于海关总署统一管理事项，地方规范性文件不宜作出规定，已按建议修改。"),
    ("7", "厦门海关", "第十条第一款",
     "建议增加支持在综合保税区内开展跨境电商退货中心仓、保税维修等业务的内容。",
     "部分采纳",
     "已增加跨境电商退货中心仓相关内容；保税维修业务目录由国家有关部门确定，本办法不作具体规定。"),
    ("8", "中国（福建）自由贸易试验区厦门片区管理委员会", "第十条第二款",
     "建议在自贸试验区厦门片区复制推广“跨境电商+市场采购”融合发展模式，并允许片区先行先试跨境电商零售进口药品试点。",
     "未采纳",
     "跨境电商零售进口药品试点须经国家有关部门批准，本市目前不具备开展条件，本办法不宜作出规定；“跨境电商+市场采购”融合发展已在第五条第二款中体现。"),
    ("9", "国家外汇管理局厦门市分局", "第十四条",
     "建议增加支持银行凭交易电子信息为跨境电商企业和个人办理经常项目外汇收支的表述，并明确支付机构跨境外汇支付业务的监管要求。",
     "部分采纳",
     "已增加凭交易电子信息办理外汇收支的表述；支付机构监管要求按照国家外汇管理有关规定执行，本办法不再重复规定。"),
    ("10", "国家税务总局厦门市税务局", "第十五条第一款",
     "建议将“对跨境电商出口企业一律适用核定征收”修改为“符合条件的跨境电商企业可以按照国家规定适用企业所得税核定征收办法”。",
     "采纳",
     "已按建议修改，与国家税务总局有关公告的规定保持一致。"),
    ("11", "市交通运输局", "第十一条",
     "1.建议增加支持中欧（厦门）班列开行跨境电商专列、拓展至中亚及欧洲“一带一路”共建国家线路的表述；\n"
     "2.建议对跨境电商专列给予运费补贴。",
     "部分采纳",
     "已增加支持开行跨境电商专列、拓展班列线路的表述；运费补贴按照本市中欧班列扶持政策执行，本办法不另行规定。"),
    ("12", "厦门市跨境电子商务协会", "第十二条第二款",
     "建议将海外仓奖励标准由“按仓储面积给予一次性奖励”修改为“按实际使用面积和服务本市企业数量综合给予奖励”，并将单个海外仓奖励上限由200万元提高至500万元。",
     "未采纳",
     "奖励标准和上限涉及年度财政资金安排，由年度专项资金申报指南另行确定，本办法仅作原则性规定。"),
    ("13", "海沧区人民政府", "第七条",
     "建议降低跨境电商产业园区认定门槛，将入驻企业数量要求由“不少于50家”调整为“不少于30家”。",
     "未采纳",
     "经评估，入驻企业不少于50家的标准与省级跨境电商产业园区认定标准相衔接，降低标准不利于园区集聚发展，维持原规定。"),
    ("14", "市市场监管局", "第十九条、第二十一条",
     "建议增加跨境电商知识产权纠纷快速维权机制，并明确跨境电商零售进口商品质量安全风险监测的责任分工。",
     "采纳",
     "已在第十九条增加快速维权机制的表述，在第二十一条明确市场监督管理部门与厦门海关的风险监测协作机制。"),
    ("15", "社会公众（市政府门户网站）", "第八条",
     "建议对跨境电商中小企业员工参加技能培训给予全额补贴，并将直播带货从业人员纳入本市高层次人才认定范围。",
     "未采纳",
     "职业技能培训补贴按照本市现行职业培训补贴政策执行；高层次人才认定标准由人才工作主管部门统一制定，本办法不宜作出规定。"),
    ("16", "市工业和信息化局", "第十七条",
     "建议线上综合服务平台与“i厦门”、国际贸易“单一窗口”实现数据共享，避免企业重复填报。",
     "采纳",
     "已在第十七条中增加数据互联共享、避免重复填报的表述。"),
]
COLS = ["序号", "意见提出单位", "涉及条款", "意见内容", "采纳情况", "理由说明"]
COLS_TYPED = ["序号", "意见提出\n单位", "涉及条款", "意见内容", "采纳\n情况", "理由说明"]
WIDTHS = [1.2, 3.2, 2.6, 7.6, 1.8, 8.3]
MERGES = [(3, 4), (5, 6)]  # 0-based data-row pairs sharing 意见提出单位


def make_huizongbiao():
    doc = Document()
    setup(doc, landscape=True)
    clauses = []

    para(doc, [("附件3", HT, 16)], indent=False)
    title = "《" + RULE_TITLE + "》\n征求意见采纳情况汇总表"
    para(doc, [(title, XBS, 20)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32,
         after=6)
    para(doc, [("填报单位：厦门市商务局（盖章）　　　　　　　　　　　　　　　　　　"
                "填报时间：2025年12月5日", FS, 14)], indent=False, line=24)

    n = len(ROWS) + 1
    t = doc.add_table(rows=n, cols=6)
    t.style = "Table Grid"
    t.autofit = False
    grid = t._tbl.tblGrid
    for ci, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(WIDTHS[ci] / 2.54 * 1440)))
    for ci, w in enumerate(WIDTHS):
        for r in t.rows:
            r.cells[ci].width = Cm(w)
    hdr = t.rows[0]
    repeat_header(hdr)
    for ci, name in enumerate(COLS_TYPED):
        set_cell(hdr.cells[ci], name, HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
    merged_followers = {b for a, b in MERGES}
    for ri, row in enumerate(ROWS):
        cells = t.rows[ri + 1].cells
        for ci, val in enumerate(row):
            if ci == 1 and ri in merged_followers:
                set_cell(cells[ci], "")
                continue
            center = ci in (0, 1, 2, 4)
            set_cell(cells[ci], val, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append("；".join("%s：%s" % (COLS[ci], row[ci].replace("\n", ""))
                                for ci in range(6)))
    for a, b in MERGES:
        top = t.cell(a + 1, 1)
        top.merge(t.cell(b + 1, 1))
        # merge() concatenates paragraphs; drop the empty one left behind
        ps = top.paragraphs
        for extra in ps[1:]:
            if not extra.text:
                extra._p.getparent().remove(extra._p)

    note = ("注：本表“涉及条款”栏所列条款序号均为送审稿条款序号；征求意见期间共有13家单位和社会公众"
            "提出意见建议16条，其中采纳7条、部分采纳5条、未采纳4条，其余19家单位回复无意见。")
    para(doc, [(note, FS, 12)], indent=False, line=20, before=6)
    clauses.append(note)

    fn = "blind438_xiamen_huizongbiao.docx"
    doc.save(os.path.join(HERE, fn))
    EXPECTED["blind438_xiamen_huizongbiao"] = [{
        "meta": {
            "title": "《" + RULE_TITLE + "》征求意见采纳情况汇总表",
            "doc_number": None,
            "issuer": ["厦门市商务局"],
            "date": "2025-12-05",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "汇总表",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return fn


def main():
    files = [make_qingshi(), make_songshengao(), make_huizongbiao()]
    for fn in files:
        convert(os.path.join(HERE, fn))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("wrote", ", ".join(files), "+ PDFs + expected.json")


if __name__ == "__main__":
    main()
