# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 416: municipal government rules (政府令 + 办法) and a 起草说明.

Writes next to itself:
  blind416_xiamen_ling.docx/.pdf      厦门市人民政府令第215号 + 办法 (chapters)
  blind416_xiamen_shuoming.docx/.pdf  关于《…办法（草案）》的说明
  blind416_zhengzhou_ling.docx/.pdf   郑州市人民政府令第268号 + 办法 (no chapters, Word numbering)
  expected.json
"""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ----------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


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
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28.95)
    add_page_number(sec)
    return doc


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = p.add_run()
    set_font(r2, "宋体", 14)
    r2._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = p.add_run()
    set_font(r3, "宋体", 14)
    r3._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r4 = p.add_run("1")
    set_font(r4, "宋体", 14)
    r5 = p.add_run()
    set_font(r5, "宋体", 14)
    r5._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    set_font(p.add_run(" —"), "宋体", 14)


def empty(doc, n=1):
    for _ in range(n):
        doc.add_paragraph()


def para(doc, text, font=FS, size=16, bold=False, align=None, indent=True,
         color=None, split=None):
    """Body paragraph; optional fragmentation of the text into several runs."""
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    pieces = [text]
    if split:
        pieces = []
        rest = text
        for k in split:
            pieces.append(rest[:k])
            rest = rest[k:]
        pieces.append(rest)
    for piece in pieces:
        if piece:
            set_font(p.add_run(piece), font, size, bold, color)
    return p


def runs_para(doc, parts, indent=True, align=None, typed_indent=False):
    """parts: list of (text, font, bold)."""
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent and not typed_indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if typed_indent:
        set_font(p.add_run("\u3000\u3000"), FS, 16)
    for text, font, bold in parts:
        set_font(p.add_run(text), font, 16, bold)
    return p


def red_rule(p, sz=18):
    ppr = p._element.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="4" w:color="FF0000"/></w:pBdr>'
        % (nsdecls("w"), sz)))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(22)
    set_font(p.add_run(text), font, size, bold)


# ---- Word automatic numbering "（一）" (chineseCounting), restart per list
class ChineseNumbering:
    def __init__(self, doc, abstract_id=90):
        self.numbering = doc.part.numbering_part.element
        self.abstract_id = abstract_id
        self.next_num = 91
        absxml = (
            '<w:abstractNum %s w:abstractNumId="%d">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
            '</w:lvl></w:abstractNum>' % (nsdecls("w"), abstract_id, FS, FS, FS))
        absel = parse_xml(absxml)
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absel)
        else:
            self.numbering.append(absel)

    def new_list(self):
        nid = self.next_num
        self.next_num += 1
        self.numbering.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            % (nsdecls("w"), nid, self.abstract_id)))
        return nid

    @staticmethod
    def apply(p, num_id):
        ppr = p._element.get_or_add_pPr()
        ppr.insert(0, parse_xml(
            '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
            % (nsdecls("w"), num_id)))


CN = "一二三四五六七八九十"


def cn_num(n):
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    t, u = divmod(n, 10)
    return CN[t - 1] + "十" + (CN[u - 1] if u else "")


def convert(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_416", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ======================================================= 1. 厦门 令 + 办法
XM_TITLE = "厦门市促进跨境电子商务高质量发展办法"
XM_LING_NO = "厦门市人民政府令第215号"
XM_GONGBU = ("《厦门市促进跨境电子商务高质量发展办法》已经2026年1月9日市人民政府第98次"
             "常务会议审议通过，现予公布，自2026年3月1日起施行。")

# chapters: (heading as typed, [articles]); article = list of paragraphs;
# first paragraph starts with 第X条 (prefix added automatically); items start with （一）
XM_CHAPTERS = [
    ("第一章　总　　则", [
        ["为了促进跨境电子商务高质量发展，推动中国（厦门）跨境电子商务综合试验区建设，发展外贸新业态新模式，"
         "根据《中华人民共和国电子商务法》《中华人民共和国海关法》等法律、法规，结合本市实际，制定本办法。"],
        ["本市行政区域内跨境电子商务的促进、服务和监督管理活动，适用本办法。",
         "本办法所称跨境电子商务，是指分属不同关境的交易主体，通过电子商务平台达成交易、进行支付结算，"
         "并通过跨境物流送达商品、完成交易的国际商业活动。"],
        ["市人民政府应当加强对跨境电子商务工作的领导，建立跨境电子商务综合试验区建设协调机制，"
         "研究解决跨境电子商务发展中的重大问题。",
         "区人民政府应当按照职责做好本辖区跨境电子商务促进工作。"],
        ["市商务主管部门负责统筹协调、组织实施本市跨境电子商务促进工作。",
         "发展改革、工业和信息化、财政、自然资源和规划、交通运输、市场监督管理、邮政管理等部门，"
         "以及中国（福建）自由贸易试验区厦门片区管理委员会、厦门海沧保税港区、象屿综合保税区等功能区管理机构，"
         "按照各自职责做好相关工作。",
         "厦门海关、国家税务总局厦门市税务局、国家外汇管理局厦门市分局等单位，依照各自职责支持跨境电子商务发展。"],
        ["市商务主管部门应当会同有关部门编制跨境电子商务发展规划，明确发展目标、空间布局、重点任务和保障措施，"
         "报市人民政府批准后组织实施。"],
    ]),
    ("第二章　主体培育", [
        ["本市支持下列跨境电子商务主体发展：",
         "（一）在本市设立总部、区域总部或者功能性总部的跨境电子商务平台企业；",
         "（二）利用第三方平台或者自建独立站开展出口业务的跨境电子商务卖家；",
         "（三）为跨境电子商务提供通关、物流、仓储、支付结算、营销推广、知识产权等服务的综合服务企业；",
         "（四）其他符合本市产业发展方向的跨境电子商务经营主体。",
         "对符合条件的前款主体，按照本市有关规定给予资金支持。"],
        ["鼓励本市传统外贸企业、生产制造企业和品牌企业通过跨境电子商务拓展国际市场，"
         "开展“跨境电子商务＋产业带”融合发展。",
         "市商务主管部门应当会同工业和信息化主管部门定期发布本市跨境电子商务重点产业带名单，组织开展培训对接活动。"],
        ["市、区人民政府应当统筹规划跨境电子商务产业园区建设，引导企业集聚发展。",
         "对经认定的市级跨境电子商务产业园区，市商务主管部门应当会同有关部门在公共服务平台建设、人才引进、"
         "租金等方面给予支持。具体认定标准和支持办法由市商务主管部门另行制定。"],
        ["支持高等学校、职业学校与跨境电子商务企业合作，开设跨境电子商务相关专业和课程，建设实训基地。",
         "符合条件的跨境电子商务人才可以按照规定享受本市人才政策。"],
    ]),
    ("第三章　通关和物流便利", [
        ["本市依托国际贸易“单一窗口”建设跨境电子商务线上综合服务平台，推动海关、税务、外汇、"
         "市场监督管理等部门数据互联互通，为企业提供申报、查询、退税、结汇等一站式服务。"],
        ["海关等部门应当推行跨境电子商务零售（9610）、网购保税进口（1210）、跨境电子商务企业对企业直接出口（9710）"
         "和跨境电子商务出口海外仓（9810）等监管方式，优化申报、查验和放行流程。",
         "对跨境电子商务零售出口商品，可以按照规定实行“清单核放、汇总申报”的通关模式。"],
        ["支持在厦门港、厦门高崎国际机场和厦门邮件处理中心等口岸建设跨境电子商务监管作业场所，"
         "完善查验、仓储、分拨等功能。",
         "象屿综合保税区、厦门海沧港综合保税区等海关特殊监管区域应当发挥保税功能优势，开展跨境电子商务保税备货、"
         "保税展示、退货中心仓等业务。"],
        ["鼓励企业在共建“一带一路”国家和地区以及《区域全面经济伙伴关系协定》（RCEP）成员国布局海外仓，"
         "提供仓储、配送、退换货、售后维修等服务。",
         "对在境外建设或者租用海外仓并通过市级认定的企业，按照有关规定给予支持。"],
        ["市交通运输、口岸管理等部门应当支持航空公司、航运企业和物流企业开通、加密跨境电子商务国际货运航线，"
         "发展中欧（厦门）班列跨境电子商务专列，推动海运、空运、铁路多式联运。"],
    ]),
    ("第四章　金融和外汇服务", [
        ["支持银行、非银行支付机构依法为跨境电子商务企业提供跨境人民币结算、外汇收支等服务。",
         "外汇管理部门应当支持符合条件的跨境电子商务企业办理贸易外汇收支便利化业务，对单笔金额较小、"
         "笔数较多的交易，允许按照规定进行轧差结算。"],
        ["鼓励金融机构开发适合跨境电子商务企业特点的信用贷款、订单融资、出口信用保险保单融资等金融产品。",
         "市财政部门可以通过政府性融资担保机构为中小跨境电子商务企业提供融资增信服务。"],
        ["税务部门应当落实跨境电子商务零售出口货物增值税、消费税“无票免税”政策和企业所得税核定征收政策，"
         "优化出口退税办理流程。"],
    ]),
    ("第五章　监管和风险防控", [
        ["跨境电子商务经营者应当遵守法律、法规和相关国际规则，依法办理市场主体登记、海关备案等手续，"
         "保障商品质量安全，保护消费者合法权益。",
         "跨境电子商务平台经营者应当建立健全平台内经营者身份核验、商品信息审核和投诉处理等制度。"],
        ["市商务主管部门应当会同有关部门建立跨境电子商务统计监测制度，按照下列方式开展统计：",
         "（一）以海关监管方式代码为基础统计跨境电子商务进出口数据；",
         "（二）以企业调查和平台数据为补充，统计未纳入海关监管方式的跨境电子商务交易；",
         "（三）定期发布本市跨境电子商务发展报告。",
         "有关单位和企业应当按照规定如实提供统计资料。"],
        ["有关部门应当建立跨境电子商务信用评价体系，按照规定实施分类监管，对信用良好的企业在通关、退税、"
         "结汇等方面给予便利；对存在严重失信行为的企业，依法依规实施信用约束。"],
        ["市知识产权、市场监督管理等部门应当建立跨境电子商务知识产权海外维权援助机制，"
         "为企业应对境外知识产权纠纷提供指导和服务。"],
    ]),
    ("第六章　附　　则", [
        ["有关部门及其工作人员在跨境电子商务促进工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；"
         "构成犯罪的，依法追究刑事责任。"],
        ["本办法自2026年3月1日起施行。2019年5月10日市人民政府公布的《厦门市跨境电子商务发展促进办法》"
         "（厦门市人民政府令第176号）同时废止。"],
    ]),
]


def ling_header(doc, organ_ling, number_text, size=36):
    empty(doc, 2)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(46)
    set_font(p.add_run(organ_ling), XBS, size, False, RED)
    empty(doc)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(number_text), FS, 16)
    red_rule(p)
    empty(doc)


def build_xiamen_ling():
    doc = new_doc()
    ling_header(doc, "厦门市人民政府令", "第215号")
    # 公布 paragraph, split into runs (the title in its own run, like a paste)
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    set_font(p.add_run("《厦门市促进跨境电子商务"), FS, 16)
    set_font(p.add_run("高质量发展办法》"), FS, 16)
    set_font(p.add_run("已经2026年1月9日市人民政府第98次常务会议审议通过，现予公布，"), FS, 16)
    set_font(p.add_run("自2026年3月1日起施行。"), FS, 16)
    empty(doc, 2)
    # 市长 + date: one paragraph, soft line break, right alignment by spaces
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(p.add_run("市长　陈志远"), FS, 16)
    set_font(p.add_run("\u3000\u3000\u3000"), FS, 16)
    r = p.add_run()
    r.add_break()
    set_font(p.add_run("2026年1月20日"), FS, 16)
    set_font(p.add_run("\u3000\u3000"), FS, 16)
    page_break(doc)

    # 办法 title split by a soft line break
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(36)
    set_font(p.add_run("厦门市促进跨境电子商务"), XBS, 22)
    p.runs[-1].add_break()
    set_font(p.add_run("高质量发展办法"), XBS, 22)
    empty(doc)

    clauses = []
    n = 0
    for ci, (heading, arts) in enumerate(XM_CHAPTERS):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(p.add_run(heading), HT, 16)
        if ci == 0:
            empty(doc)
        for art in arts:
            n += 1
            label = "第%s条" % cn_num(n)
            first = art[0]
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(32)
            set_font(p.add_run(label), HT, 16, bold=(n % 3 != 0))
            set_font(p.add_run("\u3000"), FS, 16)
            # fragment the body text of some articles into several runs
            if n % 4 == 1 and len(first) > 30:
                k = len(first) // 3
                set_font(p.add_run(first[:k]), FS, 16)
                set_font(p.add_run(first[k:2 * k]), FS, 16)
                set_font(p.add_run(first[2 * k:]), FS, 16)
            else:
                set_font(p.add_run(first), FS, 16)
            clauses.append(label + "\u3000" + first)
            for sub in art[1:]:
                if sub.startswith("（") and n == 19:
                    # hand-typed items with a leading full-width indent instead of format indent
                    p = doc.add_paragraph()
                    set_font(p.add_run("\u3000\u3000" + sub), FS, 16)
                else:
                    para(doc, sub)
                clauses.append(sub)
        empty(doc)  # empty paragraph between chapters

    meta_ling = {
        "title": "厦门市人民政府令",
        "doc_number": XM_LING_NO,
        "issuer": ["厦门市人民政府"],
        "date": "2026-01-20",
        "published": "2026-01-20",
        "level": "municipal",
        "region": "厦门市",
        "effective": "2026-03-01",
        "expires": None,
        "attachments": [],
        "doc_type": "令",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    meta_banfa = dict(meta_ling)
    meta_banfa.update({
        "title": XM_TITLE,
        "doc_type": "办法",
        "repeals": "《厦门市跨境电子商务发展促进办法》（厦门市人民政府令第176号）",
    })
    out = os.path.join(HERE, "blind416_xiamen_ling.docx")
    doc.save(out)
    return out, [
        {"meta": meta_ling, "clauses": [XM_GONGBU]},
        {"meta": meta_banfa, "clauses": clauses},
    ]


# ======================================================= 2. 厦门 起草说明
SM_TITLE = "关于《厦门市促进跨境电子商务高质量发展办法（草案）》的说明"

# ("H", heading) | ("P", text) | ("R", runin, rest) | ("T", header, rows)
SM_BODY = [
    ("P", "受市政府委托，现就《厦门市促进跨境电子商务高质量发展办法（草案）》（以下简称《办法（草案）》）作如下说明。"),
    ("H", "一、起草背景和必要性"),
    ("R", "（一）贯彻落实国家决策部署的需要。",
     "党中央、国务院高度重视跨境电子商务发展，先后出台《关于推动外贸稳规模优结构的意见》"
     "《关于拓展跨境电商出口推进海外仓建设的意见》等文件，明确提出要加快发展跨境电子商务等外贸新业态新模式。"
     "以地方政府规章形式固化我市跨境电子商务综合试验区建设经验，是贯彻落实上述部署的具体举措。"),
    ("R", "（二）推动我市外贸转型升级的需要。",
     "2025年，全市跨境电子商务进出口额达到512.6亿元，同比增长18.3%，占全市外贸进出口总额的比重提高到5.4%。"
     "但我市跨境电子商务仍存在龙头平台企业偏少、海外仓布局分散、通关物流成本偏高等问题，亟需通过立法予以引导和规范。"),
    ("R", "（三）修订完善现行规章的需要。",
     "2019年市政府公布施行的《厦门市跨境电子商务发展促进办法》，对我市跨境电子商务起步阶段发展发挥了积极作用。"
     "近年来，跨境电子商务企业对企业直接出口、出口海外仓等新监管方式相继推出，原办法部分内容已不适应发展需要。"
     "由于修改内容较多，按照立法技术规范，拟重新制定本办法，同时废止原办法。"),
    ("H", "二、起草过程"),
    ("P", "2025年3月，市商务局启动起草工作，在深入调研、广泛听取企业和有关部门意见的基础上形成《办法（草案）》送审稿，"
          "于2025年9月报送市政府审查。市司法局收到送审稿后，书面征求了市直有关部门、各区人民政府、功能区管理机构和"
          "驻厦有关单位的意见，通过市政府门户网站公开征求社会公众意见，召开企业座谈会和专家论证会，"
          "并对《办法（草案）》进行了公平竞争审查。征求意见及采纳情况如下："),
    ("T", ["征求意见对象", "反馈意见数（条）", "采纳或者部分采纳（条）", "未采纳（条）"], [
        ["市直有关部门和驻厦单位", "46", "39", "7"],
        ["各区人民政府和功能区管理机构", "21", "17", "4"],
        ["跨境电子商务企业和行业协会", "58", "41", "17"],
        ["社会公众", "12", "8", "4"],
        ["合计", "137", "105", "32"],
    ]),
    ("P", "对未采纳的意见，市司法局已会同市商务局与提出意见的单位进行了沟通说明。经反复修改完善，形成了目前的"
          "《办法（草案）》，并已经市司法局局务会议讨论通过。"),
    ("H", "三、主要内容"),
    ("P", "《办法（草案）》共6章23条，主要规定了以下内容："),
    ("R", "（一）明确管理体制。",
     "规定市人民政府建立跨境电子商务综合试验区建设协调机制，市商务主管部门负责统筹协调，其他部门、"
     "功能区管理机构和驻厦单位按照职责分工做好相关工作（第三条、第四条）。"),
    ("R", "（二）加强主体培育。",
     "明确支持跨境电子商务平台企业、卖家和综合服务企业发展，推动“跨境电子商务＋产业带”融合发展，"
     "规范产业园区认定和人才培养（第六条至第九条）。"),
    ("R", "（三）提升通关和物流便利化水平。",
     "依托国际贸易“单一窗口”建设线上综合服务平台，推行9610、9710、9810、1210等监管方式，"
     "支持企业在共建“一带一路”国家和地区以及RCEP成员国布局海外仓，发展中欧（厦门）班列跨境电子商务专列"
     "（第十条至第十四条）。"),
    ("R", "（四）完善金融和外汇服务。",
     "支持跨境人民币结算和贸易外汇收支便利化，鼓励金融机构创新金融产品，落实“无票免税”等税收政策"
     "（第十五条至第十七条）。"),
    ("R", "（五）强化监管和风险防控。",
     "建立统计监测、信用评价和知识产权海外维权援助机制（第十八条至第二十一条）。"),
    ("H", "四、需要说明的问题"),
    ("R", "（一）关于资金支持条款。",
     "征求意见过程中，有企业建议在《办法（草案）》中明确具体的资金补助标准。考虑到资金支持标准需要根据财政状况"
     "和产业发展情况适时调整，规章不宜作出具体规定，《办法（草案）》仅作原则性规定，具体标准由市商务主管部门"
     "会同市财政部门另行制定。"),
    ("R", "（二）关于统计制度。",
     "目前跨境电子商务统计主要依据海关监管方式代码，部分通过一般贸易方式出口的跨境电子商务交易未能纳入统计。"
     "为全面反映我市跨境电子商务发展情况，《办法（草案）》第十九条规定以海关数据为基础、以企业调查和平台数据"
     "为补充开展统计。"),
    ("R", "（三）关于施行日期。",
     "考虑到相关配套文件制定需要一定时间，建议《办法（草案）》自2026年3月1日起施行。"),
    ("P", "以上说明连同《办法（草案）》，请予审议。"),
]


def build_xiamen_shuoming():
    doc = new_doc()
    empty(doc)
    # title: 关于《…（草案）》 / 的说明 on two lines (two separate paragraphs)
    for line in ["关于《厦门市促进跨境电子商务高质量发展", "办法（草案）》的说明"]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.line_spacing = Pt(36)
        set_font(p.add_run(line), XBS, 22)
    empty(doc)
    # byline + date in one paragraph, soft line break
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("厦门市司法局"), KT, 16)
    p.runs[-1].add_break()
    set_font(p.add_run("（2026年1月9日）"), KT, 16)
    empty(doc)

    clauses = []
    heading_no = 0
    for item in SM_BODY:
        kind = item[0]
        if kind == "H":
            heading_no += 1
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(32)
            text = item[1]
            # second heading typed with trailing full-width spaces (office habit)
            if heading_no == 2:
                text = text + "\u3000\u3000"
            set_font(p.add_run(text), HT, 16)
        elif kind == "P":
            # body paragraphs indented by typed full-width spaces, not by format
            runs_para(doc, [(item[1], FS, False)], typed_indent=True)
            clauses.append(item[1])
        elif kind == "R":
            runs_para(doc, [(item[1], KT, True), (item[2], FS, False)],
                      typed_indent=(heading_no != 3))
            clauses.append(item[1] + item[2])
        elif kind == "T":
            header, rows = item[1], item[2]
            t = doc.add_table(rows=1 + len(rows), cols=len(header))
            t.style = doc.styles["Table Grid"]
            for j, h in enumerate(header):
                cell_text(t.rows[0].cells[j], h, HT, 12)
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    cell_text(t.rows[i + 1].cells[j], v, FS, 14,
                              align=WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER)
                clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    meta = {
        "title": SM_TITLE,
        "doc_number": None,
        "issuer": ["厦门市司法局"],
        "date": "2026-01-09",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "说明",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    out = os.path.join(HERE, "blind416_xiamen_shuoming.docx")
    doc.save(out)
    return out, [{"meta": meta, "clauses": clauses}]


# ======================================================= 3. 郑州 令 + 办法
ZZ_TITLE = "郑州市促进中欧班列高质量发展办法"
ZZ_LING_NO = "郑州市人民政府令第268号"
ZZ_GONGBU = ("《郑州市促进中欧班列高质量发展办法》已经2026年2月12日市人民政府第61次常务会议审议通过，"
             "现予公布，自2026年4月1日起施行。")

# items marked with "#" use Word automatic numbering (text typed without （一）)
ZZ_ARTICLES = [
    ["为了促进中欧班列（郑州）高质量发展，构建内外联通的国际物流通道，服务共建“一带一路”，"
     "根据有关法律、法规，结合本市实际，制定本办法。"],
    ["本市行政区域内中欧班列的开行组织、通道建设、服务保障和监督管理等活动，适用本办法。",
     "本办法所称中欧班列，是指按照固定车次、线路、班期和全程运行时刻开行，往来于中国与欧洲以及共建“一带一路”"
     "国家和地区间的集装箱国际铁路联运班列。"],
    ["中欧班列发展应当坚持政府引导、市场运作、企业主体、开放合作的原则，推动通道、枢纽、产业、贸易协同发展。"],
    ["市人民政府统筹领导全市中欧班列发展工作，协调解决重大问题。",
     "市发展改革部门负责中欧班列发展的综合协调工作；市商务、交通运输、财政、口岸管理等部门按照各自职责做好相关工作。",
     "郑州海关、郑州航空港经济综合实验区管理委员会、中国（河南）自由贸易试验区郑州片区管理委员会等单位按照各自职责，"
     "支持中欧班列发展。"],
    ["本市确定的中欧班列运营平台企业（以下简称运营平台企业）应当履行下列职责：",
     "#统筹组织班列开行，合理安排线路、班期和运力；",
     "#拓展境内外货源，建设境外集结分拨网络；",
     "#提高全程运输组织效率，降低物流成本；",
     "#按照规定报送开行数据和经营信息；",
     "#法律、法规规定的其他职责。"],
    ["本市支持中欧班列拓展下列线路和业务：",
     "#加密至德国汉堡、波兰马拉舍维奇等主要节点城市的线路；",
     "#开通经中亚、里海至南高加索、土耳其、欧洲的跨里海国际运输走廊线路；",
     "#开行跨境电子商务、冷链、汽车整车和新能源产品等特色专列；",
     "#发展铁海联运、空铁联运等多式联运业务。"],
    ["市、区人民政府应当统筹规划建设郑州国际陆港，完善集装箱堆场、海关监管作业场所、进口指定监管场地等设施，"
     "提升枢纽集疏运能力。",
     "郑州国际陆港建设用地应当纳入国土空间规划，优先保障用地需求。"],
    ["支持在郑州国际陆港设立进口肉类、冰鲜水产品、粮食、木材、整车等进口指定监管场地，扩大进口商品种类和规模。"],
    ["郑州海关应当推广应用铁路快速通关、“两段准许”、“一次申报、分步处置”等便利化措施，"
     "对中欧班列运输货物优先查验、优先放行。"],
    ["支持开展中欧班列运贸一体化业务，鼓励运营平台企业与生产制造、商贸流通企业合作，发展“班列＋贸易＋产业”模式，"
     "推动班列沿线产业集聚。"],
    ["支持在郑州经开综合保税区、郑州新郑综合保税区开展中欧班列货物保税仓储、保税加工、国际中转和分拨业务。"],
    ["鼓励金融机构开展铁路运单融资、仓单质押融资等业务，探索铁路运输单证物权化，为中欧班列上下游企业提供金融服务。"],
    ["市财政部门应当统筹安排资金，用于支持中欧班列通道建设、枢纽功能提升和特色班列开行。资金使用应当符合国家有关规定，"
     "坚持公开透明、绩效导向。",
     "中欧班列资金支持的具体办法，由市发展改革部门会同市财政部门另行制定，报市人民政府批准后实施。"],
    ["运营平台企业应当建立安全生产责任制度，加强对运输货物的安全检查，防范危险货物、禁止运输物品进入班列运输。"],
    ["市发展改革部门应当会同有关部门建立中欧班列运行监测和绩效评价制度，对下列事项进行监测评价：",
     "#开行班次、去回程比例和重箱率；",
     "#货源结构和本地货源占比；",
     "#资金使用绩效；",
     "#安全生产情况。",
     "评价结果作为资金支持的重要依据。"],
    ["违反本办法规定，骗取、套取中欧班列支持资金的，由有关部门责令退还，并依法依规实施信用约束；"
     "构成犯罪的，依法追究刑事责任。"],
    ["有关行政机关及其工作人员在中欧班列促进工作中玩忽职守、滥用职权、徇私舞弊的，依法给予处分。"],
    ["本办法自2026年4月1日起施行，有效期至2030年12月31日。"],
]


def build_zhengzhou_ling():
    doc = new_doc()
    numbering = ChineseNumbering(doc)
    # 令 number typed with full-width digits
    ling_header(doc, "郑州市人民政府令", "第２６８号", size=34)
    para(doc, ZZ_GONGBU)
    empty(doc)
    # layout table (no borders) for 市长 / date, date in Chinese numerals
    t = doc.add_table(rows=2, cols=2)
    cell_text(t.rows[0].cells[1], "市　长　赵立群", FS, 16)
    cell_text(t.rows[1].cells[1], "二〇二六年二月二十八日", FS, 16)
    empty(doc, 2)
    # 办法 follows on the same page, title in one paragraph
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(ZZ_TITLE), XBS, 22)
    empty(doc)

    clauses = []
    for n, art in enumerate(ZZ_ARTICLES, start=1):
        label = "第%s条" % cn_num(n)
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        set_font(p.add_run(label), FS, 16, bold=True)
        set_font(p.add_run("\u3000" + art[0]), FS, 16)
        clauses.append(label + "\u3000" + art[0])
        num_id = None
        k = 0
        for sub in art[1:]:
            if sub.startswith("#"):
                if num_id is None:
                    num_id = numbering.new_list()
                k += 1
                p = doc.add_paragraph()
                numbering.apply(p, num_id)
                set_font(p.add_run(sub[1:]), FS, 16)
                clauses.append("（%s）%s" % (cn_num(k), sub[1:]))
            else:
                para(doc, sub)
                clauses.append(sub)

    meta_ling = {
        "title": "郑州市人民政府令",
        "doc_number": ZZ_LING_NO,
        "issuer": ["郑州市人民政府"],
        "date": "2026-02-28",
        "published": "2026-02-28",
        "level": "municipal",
        "region": "郑州市",
        "effective": "2026-04-01",
        "expires": None,
        "attachments": [],
        "doc_type": "令",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    meta_banfa = dict(meta_ling)
    meta_banfa.update({
        "title": ZZ_TITLE,
        "doc_type": "办法",
        "expires": "2030-12-31",
    })
    out = os.path.join(HERE, "blind416_zhengzhou_ling.docx")
    doc.save(out)
    return out, [
        {"meta": meta_ling, "clauses": [ZZ_GONGBU]},
        {"meta": meta_banfa, "clauses": clauses},
    ]


def main():
    expected = {}
    for builder in (build_xiamen_ling, build_xiamen_shuoming, build_zhengzhou_ling):
        path, docs = builder()
        convert(path)
        stem = os.path.splitext(os.path.basename(path))[0]
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
