# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 373: 征求意见 package (公告 + 管理办法（征求意见稿） + 起草说明) in one Word file."""
import os
import json
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import nsdecls, qn

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "blind373_ningbo_zhengqiuyijian"

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"

U3 = "\u3000"

# ---------------------------------------------------------------- helpers

def set_font(run, name, size, bold=None, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first_indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent:
        pf.first_line_indent = Pt(32)  # two characters of 三号
    if align is not None:
        p.alignment = align
    return p


def para(doc, parts, align=None, first_indent=True, line=28):
    """parts: list of (text, font, size, bold) or a plain str (仿宋三号)."""
    p = doc.add_paragraph()
    fmt(p, align, first_indent, line)
    if isinstance(parts, str):
        parts = [(parts, FS, 16, False)]
    for text, font, size, bold in parts:
        r = p.add_run(text)
        set_font(r, font, size, bold)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, first_indent=False)


def title_with_break(doc, lines, size=22):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first_indent=False, line=36)
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_font(r, XBS, size)
        if i < len(lines) - 1:
            r.add_break()  # soft line break inside the title
    return p


def add_page_number_footer(section):
    footer = section.footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    fld1 = OxmlElement("w:fldChar"); fld1.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText"); instr.set(qn("xml:space"), "preserve"); instr.text = " PAGE "
    fld2 = OxmlElement("w:fldChar"); fld2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    fld3 = OxmlElement("w:fldChar"); fld3.set(qn("w:fldCharType"), "end")
    for el in (fld1, instr, fld2, t, fld3):
        r._element.append(el)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = parse_xml(
        '<w:tblBorders %s>'
        '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>' % nsdecls("w"))
    tblPr.append(borders)


def all_borders(table):
    tblPr = table._tbl.tblPr
    borders = parse_xml(
        '<w:tblBorders %s>'
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '</w:tblBorders>' % nsdecls("w"))
    tblPr.append(borders)


def cell_text(cell, lines, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    """lines: list of strings joined by soft line breaks within one paragraph."""
    p = cell.paragraphs[0]
    fmt(p, align, first_indent=False, line=22)
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_font(r, font, size, bold)
        if i < len(lines) - 1:
            r.add_break()


def make_numbering(doc):
    """Word automatic numbering （一）（二）… in chineseCounting."""
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="37">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % nsdecls("w"))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num %s w:numId="37"><w:abstractNumId w:val="37"/></w:num>' % nsdecls("w"))
    numbering.append(num)
    return 37


def numbered_para(doc, text, num_id):
    p = doc.add_paragraph()
    fmt(p, first_indent=False)
    pPr = p._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), num_id))
    pPr.append(numPr)
    ind = parse_xml('<w:ind %s w:left="0" w:firstLine="640"/>' % nsdecls("w"))
    pPr.append(ind)
    r = p.add_run(text)
    set_font(r, FS, 16)
    return p


# ---------------------------------------------------------------- content

BANFA = "宁波市跨境电子商务公共海外仓认定和管理办法"
BANFA_DRAFT = BANFA + "（征求意见稿）"
OLD = "《宁波市跨境电子商务海外仓认定管理暂行办法》（甬商务规〔2021〕3号）"

# ---- document 1: 公告
N_TITLE_LINES = ["宁波市商务局关于公开征求", "《宁波市跨境电子商务公共海外仓认定和", "管理办法（征求意见稿）》意见的公告"]
NOTICE_TITLE = "宁波市商务局关于公开征求《" + BANFA_DRAFT + "》意见的公告"

N_P1 = ("为贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）"
        "和商务部等9部门《关于拓展跨境电商出口推进海外仓建设的意见》精神，进一步规范我市公共海外仓"
        "认定和管理工作，支持跨境电子商务企业高质量“出海”，我局起草了《" + BANFA_DRAFT +
        "》，现向社会公开征求意见。有关事项公告如下：")
N_I1_HEAD = "一、征求意见时间。"
N_I1_BODY = "2025年11月21日至2025年12月20日。"
N_I2_HEAD = "二、意见反馈方式"
N_I2_LEAD = "社会各界人士可通过以下任一方式提出意见建议："
N_I2_1 = ("（一）电子邮箱：请将意见建议发送至kjdsc@swj.ningbo.gov.cn，"
          "邮件主题请注明“公共海外仓办法意见反馈”。")
N_I2_2 = ("（二）邮寄地址：宁波市鄞州区宁穿路2001号宁波市商务局电子商务处（邮政编码：315066），"
          "请在信封上注明“公共海外仓办法意见”字样。")
N_I2_3 = "（三）传真：0574-89187356。"
N_I3_HEAD = "三、反馈截止时间。"
N_I3_BODY = ("2025年12月20日（电子邮件以发送时间为准，信函以寄出地邮戳日期为准）。"
             "逾期反馈的意见建议不予受理。")
N_I4 = ("四、反馈意见时请注明真实姓名（单位名称）和联系方式，以便我们进一步沟通。"
        "我局将对反馈人的个人信息严格保密。")
N_I5 = "五、联系人及电话：市商务局电子商务处周晓燕，0574-89187352。"
N_THANKS = "感谢您的参与和支持！"
ATT1 = BANFA_DRAFT
ATT2 = "关于《" + BANFA_DRAFT + "》的起草说明"

notice_clauses = [
    N_P1,
    N_I1_HEAD + N_I1_BODY,
    N_I2_LEAD,
    N_I2_1,
    N_I2_2,
    N_I2_3,
    N_I3_HEAD + N_I3_BODY,
    N_I4,
    N_I5,
    N_THANKS,
]

# ---- document 2: 办法（征求意见稿）
# Each entry: ("chapter", text) | ("art", text, style) | ("auto", text) | ("item", text) | ("table", ...)
A = []
def art(no, body, style="u3"):
    sep = {"u3": U3, "sp2": "  "}[style if style in ("u3", "sp2") else "u3"]
    A.append(("art", no, sep, body, style))

A.append(("chapter", "第一章" + U3 + "总" + U3 + U3 + "则"))
art("第一条", "为加快发展跨境电子商务等外贸新业态新模式，推动我市公共海外仓高质量发展，规范公共海外仓认定和管理，"
    "根据《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）、"
    "《中国（宁波）跨境电子商务综合试验区实施方案》等有关规定，结合本市实际，制定本办法。")
art("第二条", "本办法所称公共海外仓，是指由本市企业在境外自建或者租赁，面向跨境电子商务企业和其他外贸企业开放，"
    "提供仓储、分拣、包装、配送、退换货、售后维修等服务的仓储设施。")
art("第三条", "本办法适用于本市行政区域内（含宁波梅山综合保税区、宁波北仑港综合保税区等海关特殊监管区域）"
    "公共海外仓的认定、支持、运营监测和动态管理。")
art("第四条", "公共海外仓认定和管理遵循“企业自愿、公开公正、动态管理、优胜劣汰”的原则。")
art("第五条", "市商务局负责全市公共海外仓认定和管理的统筹协调，会同市财政局做好资金支持工作；"
    "宁波海关、国家税务总局宁波市税务局按照各自职责做好通关便利、出口退（免）税等相关服务；"
    "各区（县、市）商务主管部门负责本地区公共海外仓的申报组织、初审推荐和日常管理。", "bold")
A.append(("chapter", "第二章" + U3 + "认定条件"))
art("第六条", "申请认定公共海外仓的企业应当同时具备以下条件：")
A.append(("auto", "在本市依法注册登记、具有独立法人资格的企业，或者其在境外设立的分支机构、控股子公司；"))
A.append(("auto", "近两年内未发生安全生产、环境保护、海关、税务、外汇等方面的严重违法失信行为，未被列入严重失信主体名单；"))
A.append(("auto", "海外仓运营满1年，具有稳定的运营管理团队和规范的财务管理制度；"))
A.append(("auto", "配备仓储管理系统（WMS）和订单管理系统（OMS），具备与跨境电子商务平台、物流企业系统对接能力，"
          "能够实现货物入库、在库、出库全流程信息化管理；"))
A.append(("auto", "上一年度服务的本市外贸企业不少于20家。"))
art("第七条", "公共海外仓按照仓储面积、服务能力和运营水平分为A类、B类两个类别，具体认定标准如下：")
TABLE_HEAD = [["类别"], ["单仓仓储面积"], ["上一年度", "服务企业数"], ["上一年度", "处理订单量"]]
TABLE_ROWS = [
    ["A类", "10000平方米以上", "50家以上", "100万单以上"],
    ["B类", "5000平方米以上", "20家以上", "30万单以上"],
]
A.append(("table",))
art("第八条", "在“一带一路”共建国家和地区、《区域全面经济伙伴关系协定》（RCEP）成员国以及新兴市场布局的公共海外仓，"
    "同等条件下优先认定。")
A.append(("chapter", "第三章" + U3 + "认定程序"))
art("第九条", "公共海外仓认定原则上每年组织一次。市商务局发布申报通知，明确申报时间、申报材料等要求。")
art("第十条", "申报企业应当提交以下材料：", "bold")
A.append(("item", "（一）公共海外仓认定申请表；"))
A.append(("item", "（二）企业营业执照复印件、境外分支机构注册证明文件；"))
A.append(("item", "（三）海外仓产权证明或者租赁合同（剩余租期不少于2年）；"))
A.append(("item", "（四）上一年度海外仓运营情况报告及服务企业清单；"))
A.append(("item", "（五）信用承诺书；"))
A.append(("item", "（六）其他需要提交的材料。"))
art("第十一条", "各区（县、市）商务主管部门对申报材料进行初审，出具初审意见后报送市商务局。")
art("第十二条", "市商务局组织第三方机构或者专家对申报企业进行评审，必要时开展实地核查或者视频核查，"
    "根据评审结果提出拟认定名单。")
art("第十三条", "拟认定名单在市商务局门户网站公示，公示期不少于5个工作日。公示无异议的，"
    "由市商务局发文认定为“宁波市公共海外仓”，认定有效期3年。")
A.append(("chapter", "第四章" + U3 + "支持政策"))
art("第十四条", "对新认定的公共海外仓，按照以下标准给予一次性奖励：A类公共海外仓奖励不超过100万元，"
    "B类公共海外仓奖励不超过50万元。同一企业多个海外仓同时获得认定的，奖励总额不超过200万元。")
art("第十五条", "对公共海外仓运营企业租赁海外仓的费用，按照实际租金的20%给予补助，每家企业每年补助不超过80万元。")
art("第十六条", "对经中欧班列、海铁联运方式运抵公共海外仓的出口货物，按照《宁波市中欧班列运营补助办法》有关规定给予补助。",
    "sp2")
art("第十七条", "鼓励金融机构为公共海外仓运营企业提供海外仓建设贷款、出口信用保险等金融服务。"
    "支持中国出口信用保险公司宁波分公司开发海外仓专属保险产品。")
art("第十八条", "本办法规定的奖励补助资金从市级外贸发展专项资金中列支。同一项目已获得市级其他财政资金支持的，不重复支持。")
A.append(("chapter", "第五章" + U3 + "监督管理"))
art("第十九条", "公共海外仓运营企业应当于每季度结束后15日内，通过宁波市海外仓公共服务平台报送运营数据，"
    "并于每年3月31日前报送上一年度运营情况报告。")
art("第二十条", "市商务局会同有关部门对公共海外仓实施动态管理，对有效期内的公共海外仓进行年度评估。"
    "年度评估不合格的，责令限期整改；整改不到位的，取消认定。")
art("第二十一条", "公共海外仓运营企业有下列情形之一的，取消认定，追回已拨付的奖励补助资金，3年内不得再次申报：")
A.append(("item", "（一）提供虚假材料骗取认定或者财政资金的；"))
A.append(("item", "（二）发生重大安全生产事故或者严重违法失信行为的；"))
A.append(("item", "（三）无正当理由拒不报送运营数据或者拒不接受评估的。"))
art("第二十二条", "有关部门工作人员在公共海外仓认定和管理工作中滥用职权、玩忽职守、徇私舞弊的，依法依规追究责任。")
A.append(("chapter", "第六章" + U3 + "附" + U3 + U3 + "则"))
art("第二十三条", "本办法由市商务局负责解释。")
art("第二十四条", "本办法自" + U3 + U3 + "年" + U3 + U3 + "月" + U3 + U3 + "日起施行，有效期5年。" + OLD + "同时废止。")

CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
banfa_clauses = []
auto_i = 0
for e in A:
    if e[0] == "art":
        _, no, sep, body, style = e
        banfa_clauses.append(no + sep + body)
        auto_i = 0
    elif e[0] == "auto":
        banfa_clauses.append("（" + CN[auto_i] + "）" + e[1])
        auto_i += 1
    elif e[0] == "item":
        banfa_clauses.append(e[1])
    elif e[0] == "table":
        heads = ["".join(h) for h in TABLE_HEAD]
        for row in TABLE_ROWS:
            banfa_clauses.append("；".join(h + "：" + v for h, v in zip(heads, row)))

# ---- document 3: 起草说明
S_TITLE_LINES = ["关于《宁波市跨境电子商务公共海外仓", "认定和管理办法（征求意见稿）》", "的起草说明"]
SHUOMING_TITLE = ATT2
S = []
S.append(("p", "为进一步规范我市公共海外仓认定和管理工作，推动跨境电子商务高质量发展，市商务局起草了《" + BANFA_DRAFT +
          "》（以下简称《办法》）。现将有关情况说明如下："))
S.append(("h", "一、起草背景"))
S.append(("p", "海外仓是跨境电子商务重要的境外节点，是带动外贸高质量发展的新型外贸基础设施。党中央、国务院高度重视海外仓建设，"
          "《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）明确提出培育一批优秀海外仓企业。"
          "2024年，商务部等9部门印发《关于拓展跨境电商出口推进海外仓建设的意见》，对海外仓高质量发展作出系统部署。"))
S.append(("p", "近年来，我市海外仓建设取得积极成效。截至2025年10月底，全市企业在美国、德国、英国、波兰、阿联酋、马来西亚等"
          "28个国家和地区布局海外仓236个，总面积超过320万平方米，其中市级公共海外仓41个。与此同时，也存在部分海外仓服务能力不强、"
          "信息化水平不高、认定标准与新形势不相适应等问题。2021年出台的" + OLD +
          "即将到期，亟需修订完善。"))
S.append(("h", "二、起草过程"))
S.append(("p", "2025年5月起，市商务局启动《办法》起草工作，赴北仑区、鄞州区、余姚市、慈溪市等地开展专题调研，召开企业座谈会4场，"
          "听取了30余家海外仓企业和跨境电子商务企业的意见建议，在此基础上形成《办法》初稿。"))
S.append(("p", "2025年9月至10月，市商务局书面征求了市财政局、宁波海关、国家税务总局宁波市税务局、国家外汇管理局宁波市分局"
          "和各区（县、市）商务主管部门意见，共收到反馈意见27条，采纳19条，部分采纳5条，未采纳的已与相关单位沟通说明。"
          "经合法性审核，形成《办法（征求意见稿）》。"))
S.append(("h", "三、主要内容"))
S.append(("p", "《办法》共六章二十四条，主要内容如下："))
S.append(("rp", "（一）明确定义和适用范围。",
          "《办法》第二条、第三条明确公共海外仓是面向跨境电子商务企业和其他外贸企业开放的境外仓储设施，"
          "并将综合保税区等海关特殊监管区域内的企业纳入适用范围。"))
S.append(("rp", "（二）优化认定条件和标准。",
          "《办法》第六条至第八条对申报主体、信用状况、运营年限、信息化水平、服务企业数量等提出要求，"
          "将公共海外仓分为A类、B类两个类别，并对在“一带一路”共建国家和地区、RCEP成员国布局的海外仓予以优先认定。"))
S.append(("rp", "（三）规范认定程序。",
          "《办法》第九条至第十三条明确了申报、初审、评审、公示、认定等程序，认定有效期由原来的长期有效调整为3年。"))
S.append(("rp", "（四）加大政策支持力度。",
          "《办法》第十四条至第十八条明确了一次性认定奖励、租金补助、中欧班列和海铁联运运费补助以及金融保险支持等政策，"
          "资金从市级外贸发展专项资金中列支。"))
S.append(("rp", "（五）强化动态管理。",
          "《办法》第十九条至第二十二条建立了运营数据季度报送、年度评估和退出机制，对弄虚作假等行为取消认定并追回资金。"))

shuoming_clauses = []
for e in S:
    if e[0] == "p":
        shuoming_clauses.append(e[1])
    elif e[0] == "rp":
        shuoming_clauses.append(e[1] + e[2])

# ---------------------------------------------------------------- build docx

def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21.0); sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7); sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8); sec.right_margin = Cm(2.6)
    add_page_number_footer(sec)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    num_id = make_numbering(doc)

    # ================= document 1: 公告
    empty(doc)
    title_with_break(doc, N_TITLE_LINES)
    empty(doc)
    para(doc, N_P1)
    para(doc, [(N_I1_HEAD, HT, 16, False), (N_I1_BODY, FS, 16, False)])
    para(doc, [(N_I2_HEAD, HT, 16, False)])
    para(doc, N_I2_LEAD)
    para(doc, [(N_I2_1[:3], KT, 16, False), (N_I2_1[3:], FS, 16, False)])
    para(doc, [(N_I2_2[:3], KT, 16, False), (N_I2_2[3:], FS, 16, False)])
    para(doc, [(N_I2_3[:3], KT, 16, False), (N_I2_3[3:], FS, 16, False)])
    para(doc, [(N_I3_HEAD, HT, 16, False), (N_I3_BODY, FS, 16, False)])
    para(doc, [(N_I4[:2], HT, 16, False), (N_I4[2:], FS, 16, False)])
    para(doc, [(N_I5[:2], HT, 16, False), (N_I5[2:], FS, 16, False)])
    para(doc, N_THANKS)
    empty(doc)
    # 附件 list: one paragraph, soft line breaks, manual-space alignment
    p = doc.add_paragraph()
    fmt(p, first_indent=True)
    r = p.add_run("附件：1．" + ATT1)
    set_font(r, FS, 16)
    r.add_break()
    r = p.add_run(U3 * 5 + "2．" + ATT2)
    set_font(r, FS, 16)
    empty(doc)
    # 落款 in a borderless layout table
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.columns[0].width = Cm(8.6); t.columns[1].width = Cm(7.0)
    t.cell(0, 0).width = Cm(8.6); t.cell(0, 1).width = Cm(7.0)
    c = t.cell(0, 1)
    p = c.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    set_font(p.add_run("宁波市商务局"), FS, 16)
    p = c.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    set_font(p.add_run("2025年11月20日"), FS, 16)
    # trailing paragraph that carries the hard page break
    p = doc.add_paragraph()
    fmt(p, first_indent=False)
    r = p.add_run()
    r.add_break(WD_BREAK.PAGE)

    # ================= document 2: 办法（征求意见稿）
    para(doc, [("附件1", HT, 16, False)], first_indent=False)
    empty(doc)
    title_with_break(doc, ["宁波市跨境电子商务公共海外仓", "认定和管理办法"])
    para(doc, [("（征求意见稿）", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    empty(doc)
    for e in A:
        kind = e[0]
        if kind == "chapter":
            para(doc, [(e[1], HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
        elif kind == "art":
            _, no, sep, body, style = e
            if style == "bold":
                # article number in its own bold run, separator in another run
                para(doc, [(no, FS, 16, True), (sep, FS, 16, False), (body, FS, 16, False)])
            elif style == "sp2":
                para(doc, [(no + sep + body, FS, 16, False)])
            else:
                para(doc, [(no, HT, 16, False), (sep + body, FS, 16, False)])
        elif kind == "auto":
            numbered_para(doc, e[1], num_id)
        elif kind == "item":
            para(doc, e[1])
        elif kind == "table":
            tb = doc.add_table(rows=1 + len(TABLE_ROWS), cols=4)
            all_borders(tb)
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, w in enumerate((Cm(2.4), Cm(4.6), Cm(4.2), Cm(4.2))):
                tb.columns[j].width = w
                for rr in tb.rows:
                    rr.cells[j].width = w
            for j, h in enumerate(TABLE_HEAD):
                cell_text(tb.cell(0, j), h, font=HT, size=14)
            for i, row in enumerate(TABLE_ROWS, start=1):
                for j, v in enumerate(row):
                    cell_text(tb.cell(i, j), [v], font=FS, size=14)
            empty(doc)  # typist's blank line after table

    # ================= document 3: 起草说明
    p = para(doc, [("附件2", HT, 16, False)], first_indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc)
    title_with_break(doc, S_TITLE_LINES)
    empty(doc)
    for e in S:
        if e[0] == "p":
            para(doc, e[1])
        elif e[0] == "h":
            para(doc, [(e[1], HT, 16, False)])
        elif e[0] == "rp":
            para(doc, [(e[1], KT, 16, True), (e[2], FS, 16, False)])

    out = os.path.join(HERE, STEM + ".docx")
    doc.save(out)
    return out


def expected():
    common = {
        "published": None,
        "level": "municipal",
        "region": "宁波市",
        "expires": None,
        "recipients": [],
        "publicity": None,
    }
    notice = dict(common)
    notice.update({
        "title": NOTICE_TITLE,
        "doc_number": None,
        "issuer": ["宁波市商务局"],
        "date": "2025-11-20",
        "effective": None,
        "attachments": [ATT1, ATT2],
        "doc_type": "公告",
        "repeals": None,
    })
    banfa = dict(common)
    banfa.update({
        "title": BANFA_DRAFT,
        "doc_number": None,
        "issuer": ["宁波市商务局"],
        "date": None,
        "effective": None,
        "attachments": [],
        "doc_type": "办法",
        "repeals": OLD,
    })
    sm = dict(common)
    sm.update({
        "title": SHUOMING_TITLE,
        "doc_number": None,
        "issuer": ["宁波市商务局"],
        "date": None,
        "effective": None,
        "attachments": [],
        "doc_type": "起草说明",
        "repeals": None,
    })
    order = ["title", "doc_number", "issuer", "date", "published", "level", "region", "effective",
             "expires", "attachments", "doc_type", "recipients", "publicity", "repeals"]
    def o(m):
        return {k: m[k] for k in order}
    data = {STEM: [
        {"meta": o(notice), "clauses": notice_clauses},
        {"meta": o(banfa), "clauses": banfa_clauses},
        {"meta": o(sm), "clauses": shuoming_clauses},
    ]}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_373", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


if __name__ == "__main__":
    p = build()
    expected()
    to_pdf(p)
    print("done:", p)
