# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 287, written blind: a national 《自由贸易试验区政策文件汇编》 as a book prints it.

Writes next to itself:
  blind287_guojia_huibian.docx / .pdf   (Word -> PDF with LibreOffice)
  expected.json
Run:  . /work/venv/bin/activate && python make_blind287.py

All documents, numbers, dates and names are fictional.
"""
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import (WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING,
                            WD_TAB_ALIGNMENT, WD_TAB_LEADER)
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
STEM = "blind287_guojia_huibian"
LO_PROFILE = "file:///tmp/lo_287"

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
SONG = "宋体"

BODY = 12          # 小四: the book's body size
LINE = 20          # exact line pitch (pt)
BOOK = "自由贸易试验区政策文件汇编"

SX = "中国（山西）自由贸易试验区"
XJ = "中国（新疆）自由贸易试验区"
GUOWUYUAN_TO = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
GUOWUYUAN_RC = ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]


def B(kind, *a, **kw):
    return {"kind": kind, "a": a, **kw}


# ---------------------------------------------------------------------------
# Block kinds
#   part(text)                 part heading at the top of a new book section (no clause)
#   title(lines, soft)         centred title; several lines joined by soft breaks (soft=True)
#                              or printed as separate paragraphs (soft=False)
#   docno(text)                文号 alone under the title, no brackets
#   datebr(text)               （2024年5月9日） under the title
#   to(text)                   主送
#   p(text)                    body paragraph                         -> clause
#   runin(head, rest)          run-in heading + text ("\n" = soft break)  -> clause
#   h1(text) / h2(text)        heading alone on its line               -> no clause
#   art(label, [paras])        第X条 with its paragraphs               -> one clause joined "\n"
#   plain(text)                paragraph that is no clause (特此公告。)
#   attach(text)               附件说明
#   sign([organ lines], date)  落款 + 成文日期
#   public(text)               （此件公开发布）
#   fujian(label, title)       附件 label + the attachment's title
#   table(header, rows, merge) one clause per data row; ("cat", text) rows span all columns
#   banji(cc, printer, date)   版记
#   pagebreak()
# places=[...] on a clause block -> applies_to.specific
# ---------------------------------------------------------------------------

DOC1 = {
    "part": "一、总体方案",
    "toc": "国务院关于印发中国（山西）自由贸易试验区总体方案的通知",
    "find": "国务院关于印发中国（山西）",
    "start": "newpage",
    "meta": {
        "title": "国务院关于印发中国（山西）自由贸易试验区总体方案的通知",
        "doc_number": "国发〔2024〕7号",
        "issuer": ["国务院"],
        "date": "2024-03-18",
        "published": None,
        "level": "national",
        "region": SX,
        "effective": None,
        "expires": None,
        "attachments": [SX + "总体方案"],
        "doc_type": "通知",
        "recipients": GUOWUYUAN_RC,
        "publicity": "此件公开发布",
        "repeals": None,
    },
    "blocks": [
        B("title", ["国务院关于印发中国（山西）自由贸易试验区", "总体方案的通知"], soft=True),
        B("docno", "国发〔2024〕7号"),
        B("to", GUOWUYUAN_TO),
        B("p", "国务院批准《" + SX + "总体方案》（以下简称《总体方案》），现予印发。"),
        B("p", "建立" + SX + "，是党中央、国务院作出的重大决策，是新时代推进中部地区高水平开放、"
          "服务共建“一带一路”的重要举措。山西省人民政府和有关部门要解放思想、大胆探索，对标国际高标准经贸规则，"
          "把自由贸易试验区建设成为资源型经济转型发展的开放高地。国务院有关部门要按照职责分工，加强指导和服务，"
          "支持山西省开展先行先试。"),
        B("p", "《总体方案》实施中的重大问题，山西省人民政府要及时向国务院请示报告。"),
        B("attach", "附件：" + SX + "总体方案"),
        B("sign", ["国务院"], "2024年3月18日"),
        B("public", "（此件公开发布）"),
        B("fujian", "附件", SX + "总体方案"),
        B("p", "建立" + SX + "（以下简称自贸试验区），是以开放促改革、促发展、促转型的战略举措。"
          "为高标准高质量建设自贸试验区，制定本方案。"),
        B("h1", "一、总体要求"),
        B("runin", "（一）指导思想。", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，"
          "完整、准确、全面贯彻新发展理念，服务和融入新发展格局，以制度创新为核心，以可复制可推广为基本要求，"
          "着力推动资源型经济转型，为建设更高水平开放型经济新体制积累经验。"),
        B("runin", "（二）战略定位。", "以能源革命综合改革和内陆开放为主线，努力建成能源革命先行区、"
          "内陆地区对外开放新高地、服务共建“一带一路”的重要物流枢纽和中部地区高质量发展示范区。"),
        B("runin", "（三）发展目标。", "经过三至五年改革探索，对标国际先进规则，形成更多有国际竞争力的制度创新成果，"
          "建成贸易投资便利、产业特色鲜明、辐射带动作用突出、监管安全高效的高水平自由贸易园区。"),
        B("h1", "二、区位布局"),
        B("runin2", "（一）实施范围。", ["自贸试验区的实施范围116.42平方公里，涵盖三个片区：太原片区58.61平方公里"
          "（含太原武宿综合保税区2.98平方公里），大同片区31.26平方公里，运城片区26.55平方公里。",
          "自贸试验区土地开发利用须遵守土地利用、生态环境保护、规划有关法律法规，符合国土空间规划，"
          "并符合节约集约用地的有关要求。"]),
        B("h2", "（二）功能划分。"),
        B("runin", "1.太原片区。", "重点发展新一代信息技术、高端装备制造、新材料、现代物流、科技金融等产业，"
          "打造能源革命科技创新策源地和内陆开放型经济引领区。", lvl=3, places=["太原片区"]),
        B("runin", "2.大同片区。", "重点发展新能源、现代医药、陆港物流、文化旅游等产业，"
          "建设面向蒙古国、俄罗斯的国际陆港。", lvl=3, places=["大同片区"]),
        B("runin", "3.运城片区。", "重点发展农产品精深加工、镁铝合金新材料、航空物流等产业，"
          "打造黄河金三角区域开放合作示范区。", lvl=3, places=["运城片区"]),
        B("h1", "三、主要任务和措施"),
        B("h2", "（一）加快转变政府职能。"),
        B("runin", "1.深化“放管服”改革。", "在自贸试验区全面实施“证照分离”改革全覆盖，对涉企经营许可事项实行清单管理。"
          "推进“一业一证”改革，探索“一证准营”、跨地互认通用。", lvl=3),
        B("runin", "2.构建事中事后监管体系。", "建立以信用监管为基础的新型监管机制，推行“双随机、一公开”监管全覆盖，"
          "完善市场主体退出机制。", lvl=3),
        B("h2", "（二）深化投资领域改革。"),
        B("runin", "3.推进投资自由化便利化。", "全面落实外商投资准入前国民待遇加负面清单管理制度，"
          "完善外商投资促进、项目跟踪服务和投诉工作机制。支持外商投资设立研发中心。", lvl=3),
        B("runin", "4.推动能源领域开放合作。", "支持太原片区开展能源领域国际合作，探索建立能源商品交易平台，"
          "依法依规开展煤炭、焦炭等大宗商品现货交易。", lvl=3, places=["太原片区"]),
        B("h2", "（三）推动贸易转型升级。"),
        B("runin", "5.提升贸易便利化水平。", "在自贸试验区深化国际贸易“单一窗口”建设，推动数据协同、简化和标准化。"
          "对符合条件的进口矿产品实施“先放后检”。", lvl=3),
        B("runin", "6.发展保税维修业务。", "支持太原武宿综合保税区内企业开展航空发动机、工程机械等高技术含量、"
          "高附加值产品的保税维修和再制造业务，严格执行相关监管要求。", lvl=3, places=["太原武宿综合保税区"]),
        B("runin", "7.打造中欧班列集结中心。", "支持大同片区建设中欧班列集结中心，加密至莫斯科、杜伊斯堡等地的"
          "中欧班列线路，推动铁路运单物权化试点。", lvl=3, places=["大同片区"]),
        B("h2", "（四）深化金融领域开放创新。"),
        B("runin", "8.扩大金融领域开放。", "支持符合条件的外资金融机构在自贸试验区设立分支机构。"
          "支持自贸试验区内企业按规定开展跨境人民币结算业务，探索开展本外币合一银行账户体系试点。", lvl=3),
        B("runin", "9.发展绿色金融。", "支持运城片区探索开展碳排放权、用能权质押融资，"
          "推动金融机构开发绿色信贷产品。", lvl=3, places=["运城片区"]),
        B("h1", "四、保障机制"),
        B("runin", "（一）加强党的领导。", "坚持和加强党对自贸试验区建设的全面领导，"
          "把党的领导贯穿自贸试验区建设全过程。"),
        B("runin", "（二）强化组织实施。", "山西省要完善工作机制，落实主体责任，加强人才培养，"
          "打造高素质专业化管理队伍。各有关部门要加强协调指导，按程序及时向山西省下放相关管理权限。"),
        B("runin", "（三）加强风险防控。", "牢固树立总体国家安全观，强化底线思维和风险意识，"
          "健全风险防范体系，切实防范化解各类重大风险。重大事项及时向党中央、国务院请示报告。"),
    ],
}

DOC2 = {
    "part": "一、总体方案",
    "toc": "国务院关于支持自由贸易试验区高质量服务共建“一带一路”的若干意见",
    "find": "国务院关于支持自由贸易试验区高质量",
    "start": "runon",
    "meta": {
        "title": "国务院关于支持自由贸易试验区高质量服务共建“一带一路”的若干意见",
        "doc_number": None,
        "issuer": ["国务院"],
        "date": "2024-05-09",
        "published": None,
        "level": "national",
        "region": "全国",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "意见",
        "recipients": GUOWUYUAN_RC,
        "publicity": None,
        "repeals": None,
    },
    "blocks": [
        B("title", ["国务院关于支持自由贸易试验区高质量", "服务共建“一带一路”的若干意见"], soft=True),
        B("datebr", "（2024年5月9日）"),
        B("to", GUOWUYUAN_TO),
        B("p", "共建“一带一路”倡议提出以来，各自由贸易试验区（以下简称自贸试验区）立足区位优势和功能定位，"
          "在设施联通、贸易畅通、资金融通等方面开展了大量探索。为进一步发挥自贸试验区改革开放综合试验平台作用，"
          "推动共建“一带一路”高质量发展，现提出以下意见。"),
        B("h1", "一、提升互联互通水平"),
        B("runin", "（一）建设国际物流枢纽。", "支持自贸试验区依托国家物流枢纽、中欧班列集结中心和国际航空货运枢纽，"
          "建设面向共建“一带一路”国家的国际物流分拨中心。推进中欧班列运输规则和单证标准对接。"),
        B("runin", "（二）发展多式联运。", "推广铁路、公路、水路、航空等多式联运“一单制”，"
          "探索赋予多式联运单证物权凭证功能，支持金融机构开展基于多式联运单证的融资业务。"),
        B("runin", "（三）共建西部陆海新通道。", "支持中国（重庆）自由贸易试验区、中国（广西）自由贸易试验区"
          "联合开展西部陆海新通道铁海联运“一单制”试点，对经北部湾港至新加坡等东盟国家的货物，"
          "实行“一次委托、一单到底、一次结算”。",
          places=["中国（重庆）自由贸易试验区", "中国（广西）自由贸易试验区"]),
        B("h1", "二、促进贸易投资合作"),
        B("runin", "（四）拓展与共建国家经贸合作。", "支持自贸试验区与共建“一带一路”国家的自由贸易园区、"
          "经济特区建立合作机制，在海关、检验检疫、标准计量等方面开展务实合作。"),
        B("runin", "（五）发展“丝路电商”。", "支持自贸试验区内企业在共建“一带一路”国家建设海外仓，"
          "开展“丝路电商”合作，培育一批跨境电商自主品牌。"),
        B("runin", "（六）推动境外经贸合作区建设。", "鼓励自贸试验区内企业“抱团出海”，参与境外经贸合作区建设，"
          "带动装备、技术、标准和服务“走出去”。"),
        B("h1", "三、深化金融和服务合作"),
        B("runin", "（七）便利跨境资金流动。", "支持自贸试验区内银行在“展业三原则”基础上，"
          "为共建“一带一路”国家贸易投资提供跨境人民币结算便利。鼓励开发性、政策性金融机构为重大项目提供中长期融资支持。"),
        B("runin", "（八）建设国际商事法律服务示范区。", "支持中国（陕西）自由贸易试验区设立“一带一路”国际商事法律服务示范区，"
          "为共建国家企业提供调解、仲裁、诉讼相衔接的“一站式”商事纠纷解决服务。",
          places=["中国（陕西）自由贸易试验区"]),
        B("h1", "四、加强组织保障"),
        B("runin", "（九）强化统筹协调。", "商务部要会同有关部门加强指导，及时总结推广自贸试验区服务共建“一带一路”的"
          "经验做法。各有关地方要落实主体责任，细化工作措施，确保各项任务落地见效。"),
    ],
}

DOC3 = {
    "part": "二、贸易便利化",
    "toc": "国务院办公厅关于进一步优化口岸营商环境促进跨境贸易便利化的意见",
    "find": "国务院办公厅关于进一步优化口岸营商环境",
    "start": "newpage",
    "meta": {
        "title": "国务院办公厅关于进一步优化口岸营商环境促进跨境贸易便利化的意见",
        "doc_number": "国办发〔2024〕23号",
        "issuer": ["国务院办公厅"],
        "date": "2024-06-03",
        "published": None,
        "level": "national",
        "region": "全国",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "意见",
        "recipients": GUOWUYUAN_RC,
        "publicity": "此件公开发布",
        "repeals": None,
    },
    "blocks": [
        B("title", ["国务院办公厅关于进一步优化口岸营商环境促进跨境贸易便利化的意见"]),
        B("docno", "国办发〔2024〕23号"),
        B("to", GUOWUYUAN_TO),
        B("p", "口岸是对外开放的门户。近年来，各地区、各部门持续优化口岸营商环境，跨境贸易便利化水平明显提升。"
          "为进一步降低进出口环节制度性成本，促进外贸稳规模优结构，经国务院同意，现提出以下意见。"),
        B("h1", "一、提升通关效率"),
        B("runin", "（一）深化通关模式改革。", "全面推广“提前申报”“两步申报”“两段准入”等改革，"
          "扩大“船边直提”“抵港直装”试点范围。在自由贸易试验区试点进口货物“预约通关”，实现7×24小时通关保障。"),
        B("runin", "（二）优化查验作业。", "推行“先放后检”“合格保证+符合性验证”等监管模式，"
          "对信用良好企业降低查验比例。推进口岸查验设施设备集约建设和共享共用。"),
        B("runin", "（三）推进“智慧口岸”建设。", "深化国际贸易“单一窗口”建设，2025年底前实现主要业务应用率100%。"
          "支持有条件的口岸开展智慧口岸建设试点，推广运用区块链、物联网等技术。"),
        B("h1", "二、降低进出口环节费用"),
        B("runin", "（四）规范口岸收费。", "严格落实口岸收费目录清单制度，清单之外一律不得收费。"
          "开展口岸收费专项检查，严肃查处违规收费行为。"),
        B("runin", "（五）降低物流成本。", "鼓励港口、航运企业降低码头作业、集装箱堆存等费用。"
          "推动中欧班列运费、口岸作业费用公开透明，对经满洲里、二连浩特、霍尔果斯等口岸出入境的中欧班列，"
          "统一公示收费项目和标准。"),
        B("h1", "三、支持自由贸易试验区先行先试"),
        B("runin", "（六）开展跨境贸易便利化标准化试点。", "在中国（上海）自由贸易试验区临港新片区、"
          "中国（广东）自由贸易试验区南沙片区开展跨境贸易便利化标准化试点，探索与国际通行规则相衔接的口岸监管制度。",
          places=["中国（上海）自由贸易试验区临港新片区", "中国（广东）自由贸易试验区南沙片区"]),
        B("runin", "（七）推动综合保税区提质增效。", "支持自由贸易试验区内综合保税区发展保税研发、保税检测、"
          "全球维修等新业态，深化“分类监管”改革。"),
        B("h1", "四、强化组织实施"),
        B("runin", "（八）压实工作责任。", "各地区、各部门要把优化口岸营商环境作为稳外贸的重要举措，"
          "健全工作机制，强化政策协同。海关总署要会同有关部门加强督促指导，及时总结推广典型经验，"
          "重大情况及时向国务院报告。"),
        B("sign", ["国务院办公厅"], "2024年6月3日"),
        B("public", "（此件公开发布）"),
    ],
}

DOC4 = {
    "part": "二、贸易便利化",
    "toc": "海关总署关于自由贸易试验区内综合保税区保税维修业务监管有关事项的公告",
    "find": "海关总署关于自由贸易试验区内综合保税区",
    "start": "runon",
    "meta": {
        "title": "海关总署关于自由贸易试验区内综合保税区保税维修业务监管有关事项的公告",
        "doc_number": "海关总署公告2024年第76号",
        "issuer": ["海关总署"],
        "date": "2024-06-28",
        "published": None,
        "level": "national",
        "region": "全国",
        "effective": "2024-08-01",
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": "《海关总署关于综合保税区保税维修业务监管有关问题的公告》（海关总署公告2020年第52号）",
    },
    "blocks": [
        B("title", ["海关总署关于自由贸易试验区内综合保税区", "保税维修业务监管有关事项的公告"], soft=False),
        B("docno", "海关总署公告2024年第76号"),
        B("p", "为贯彻落实《国务院办公厅关于进一步优化口岸营商环境促进跨境贸易便利化的意见》（国办发〔2024〕23号），"
          "规范自由贸易试验区内综合保税区（以下简称综保区）保税维修业务监管，现就有关事项公告如下："),
        B("art", "第一条", ["本公告所称保税维修，是指综保区内企业以保税方式将存在部件损坏、功能失效、质量缺陷等问题的货物"
          "从境外或者境内区外运入综保区，进行检测、维修后复运出境或者复运回境内区外的业务。"]),
        B("art", "第二条", ["开展保税维修业务的企业应当具备以下条件：",
                          "（一）具有独立法人资格，海关信用等级不为失信企业；",
                          "（二）建立符合海关监管要求的计算机管理系统，能够与海关联网；",
                          "（三）具备开展维修业务所需的场所、设备、工艺和技术人员。"]),
        B("art", "第三条", ["企业开展保税维修业务，应当向主管海关提交业务范围、维修产品清单等材料，"
          "经主管海关核实后，在海关特殊监管区域信息化管理系统中设立保税维修账册。"]),
        B("art", "第四条", ["待维修货物从境外运入综保区的，企业应当向海关办理进境备案手续；维修后复运出境的，"
          "办理出境备案手续。待维修货物从境内区外运入综保区的，区外企业应当按照“修理物品”办理出区报关手续。"]),
        B("art", "第五条", ["维修过程中替换下的坏损零部件、边角料，原则上应当复运出境；确需在境内处置的，"
          "企业应当按照海关和生态环境主管部门有关规定办理。",
                          "属于固体废物的，不得擅自在境内销售或者处置。"]),
        B("art", "第六条", ["在中国（上海）自由贸易试验区临港新片区洋山特殊综合保税区内开展保税维修业务的，"
          "按照洋山特殊综合保税区监管办法有关规定执行。"], places=["洋山特殊综合保税区"]),
        B("art", "第七条", ["企业应当建立维修货物、零部件、坏损件的电子台账，如实记录进出、耗用、库存等情况，"
          "并留存相关单证资料3年。"]),
        B("art", "第八条", ["企业违反本公告规定的，由海关依照《中华人民共和国海关法》《中华人民共和国海关行政处罚实施条例》"
          "等有关规定处理。"]),
        B("art", "第九条", ["本公告自2024年8月1日起施行。《海关总署关于综合保税区保税维修业务监管有关问题的公告》"
          "（海关总署公告2020年第52号）同时废止。"]),
        B("plain", "特此公告。"),
        B("sign", ["海关总署"], "2024年6月28日"),
    ],
}

DOC5_TITLE = ("商务部 发展改革委 财政部 海关总署 税务总局关于支持自由贸易试验区"
              "跨境电子商务创新发展的通知")
DOC5 = {
    "part": "二、贸易便利化",
    "toc": "商务部 发展改革委 财政部 海关总署 税务总局关于支持自由贸易试验区跨境电子商务创新发展的通知",
    "find": "税务总局关于支持自由贸易试验区",
    "start": "runon",
    "meta": {
        "title": DOC5_TITLE,
        "doc_number": "商贸发〔2024〕133号",
        "issuer": ["商务部", "发展改革委", "财政部", "海关总署", "税务总局"],
        "date": "2024-07-22",
        "published": "2024-07-24",
        "level": "national",
        "region": "全国",
        "effective": None,
        "expires": None,
        "attachments": ["扩大跨境电商零售进口试点城市（地区）名单"],
        "doc_type": "通知",
        "recipients": ["各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务、发展改革、财政主管部门",
                       "海关总署广东分署、各直属海关",
                       "国家税务总局各省、自治区、直辖市和计划单列市税务局"],
        "publicity": None,
        "repeals": None,
    },
    "blocks": [
        B("title", [DOC5_TITLE]),
        B("docno", "商贸发〔2024〕133号"),
        B("to", "各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务、发展改革、财政主管部门，"
          "海关总署广东分署、各直属海关，国家税务总局各省、自治区、直辖市和计划单列市税务局："),
        B("p", "为贯彻落实党中央、国务院关于推动跨境电子商务健康持续创新发展的决策部署，发挥自由贸易试验区"
          "（以下简称自贸试验区）制度创新优势，经国务院同意，现就有关事项通知如下："),
        B("h1", "一、扩大跨境电商零售进口试点范围"),
        B("p", "将跨境电商零售进口试点范围扩大至附件所列自贸试验区所在城市（地区）。相关城市（地区）经所在地海关"
          "验收合格后，方可开展网购保税进口（海关监管方式代码1210）业务。"),
        B("h1", "二、支持跨境电商业态模式创新"),
        B("runin", "（一）发展跨境电商出口海外仓模式。", "支持自贸试验区内企业建设和运营海外仓，"
          "符合条件的出口货物可按规定适用跨境电商出口海外仓监管方式（海关监管方式代码9810）。"),
        B("runin", "（二）开展跨境电商零售进口退货试点。", "在自贸试验区内的综合保税区试点跨境电商零售进口商品"
          "“退货中心仓”模式，退货商品可在区内完成分拣、查验后复运出区。"),
        B("runin", "（三）探索跨境电商B2B出口便利化。", "对自贸试验区内企业以跨境电商B2B直接出口"
          "（海关监管方式代码9710）方式出口的货物，可按规定适用“优先查验”“转关通关”等便利措施。"),
        B("h1", "三、落实税收政策"),
        B("p", "对自贸试验区内跨境电子商务综合试验区的零售出口企业，符合条件的，按规定适用增值税、消费税"
          "无票免税政策和企业所得税核定征收办法。"),
        B("h1", "四、加强监管和组织实施"),
        B("p", "各地要按照“在发展中规范、在规范中发展”的原则，落实属地管理责任，建立健全跨境电商风险防控体系，"
          "严格落实质量安全监管要求。对以跨境电商名义开展“刷单”等违规行为的，依法依规严肃处理。"),
        B("p", "各相关省级商务主管部门要会同有关部门于每年1月底前将上年度试点工作情况报送商务部。"),
        B("attach", "附件：扩大跨境电商零售进口试点城市（地区）名单"),
        B("sign", ["商务部　　发展改革委　　财政部", "海关总署　　税务总局"], "2024年7月22日"),
        B("pagebreak"),
        B("fujian", "附件", "扩大跨境电商零售进口试点城市（地区）名单"),
        B("table", ["序号", "所在省（区、市）", "自贸试验区", "试点城市（地区）"], [
            ["1", "山西省", SX, "太原市"],
            ["2", "山西省", SX, "大同市"],
            ["3", "山西省", SX, "运城市"],
            ["4", "新疆维吾尔自治区", XJ, "喀什地区"],
            ["5", "新疆维吾尔自治区", XJ, "霍尔果斯市"],
            ["6", "云南省", "中国（云南）自由贸易试验区", "红河哈尼族彝族自治州"],
        ], merge=[1, 2], widths=[1.2, 3.0, 5.4, 4.6], places_col=3),
        B("banji", "抄送：国务院办公厅，市场监管总局，外汇局。", "商务部办公厅", "2024年7月24日印发"),
    ],
}

DOC6 = {
    "part": "三、财税政策",
    "toc": "国家税务总局关于进一步便利自由贸易试验区出口企业办理出口退（免）税有关事项的公告",
    "find": "国家税务总局关于进一步便利",
    "start": "newpage",
    "meta": {
        "title": "国家税务总局关于进一步便利自由贸易试验区出口企业办理出口退（免）税有关事项的公告",
        "doc_number": "国家税务总局公告2024年第11号",
        "issuer": ["国家税务总局"],
        "date": "2024-08-30",
        "published": None,
        "level": "national",
        "region": "全国",
        "effective": "2024-10-01",
        "expires": None,
        "attachments": [],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    },
    "blocks": [
        B("title", ["国家税务总局关于进一步便利自由贸易试验区出口企业", "办理出口退（免）税有关事项的公告"], soft=True),
        B("docno", "国家税务总局公告2024年第11号"),
        B("p", "为深入贯彻落实党中央、国务院关于自由贸易试验区建设的决策部署，进一步优化出口退（免）税服务，"
          "支持自由贸易试验区（以下简称自贸试验区）外贸企业发展，现就有关事项公告如下："),
        B("runin", "一、简化出口退（免）税申报资料。", "自贸试验区内出口企业申报出口退（免）税时，"
          "无需报送出口货物报关单、出口发票等纸质资料，相关资料留存企业备查。", lvl=0),
        B("runin", "二、加快出口退（免）税办理进度。", "税务机关办理自贸试验区内一类、二类出口企业"
          "正常出口退（免）税的平均时间，压缩在3个工作日内。", lvl=0),
        B("runin", "三、推行备案单证数字化管理。", "自贸试验区内出口企业可采用无纸化方式保存购销合同、"
          "运输单据、委托报关协议等出口退（免）税备案单证。", lvl=0),
        B("runin", "四、支持跨境电商出口海外仓企业申报退税。", "对" + SX + "、" + XJ +
          "内以跨境电商出口海外仓方式出口的货物，企业可在货物出口后凭海外仓销售记录申报出口退（免）税，"
          "具体办法由山西省、新疆维吾尔自治区税务局制定。", lvl=0, places=[SX, XJ]),
        B("runin", "五、", "本公告自2024年10月1日起施行。", lvl=0),
        B("plain", "特此公告。"),
        B("sign", ["国家税务总局"], "2024年8月30日"),
    ],
}

DOC7_TITLE = "财政部 海关总署 税务总局关于在自由贸易试验区综合保税区继续实施增值税一般纳税人资格试点政策的通知"
DOC7 = {
    "part": "三、财税政策",
    "toc": DOC7_TITLE,
    "find": "税务总局关于在自由贸易试验区综合保税区",
    "start": "runon",
    "meta": {
        "title": DOC7_TITLE,
        "doc_number": "财关税〔2024〕19号",
        "issuer": ["财政部", "海关总署", "税务总局"],
        "date": "2024-09-20",
        "published": None,
        "level": "national",
        "region": "全国",
        "effective": "2024-10-01",
        "expires": "2027-12-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各省、自治区、直辖市、计划单列市财政厅（局）", "新疆生产建设兵团财政局",
                       "海关总署广东分署、各直属海关",
                       "国家税务总局各省、自治区、直辖市、计划单列市税务局", "财政部各地监管局"],
        "publicity": None,
        "repeals": None,
    },
    "blocks": [
        B("title", ["财政部 海关总署 税务总局关于在自由贸易试验区", "综合保税区继续实施增值税一般纳税人",
                    "资格试点政策的通知"], soft=False),
        B("docno", "财关税〔2024〕19号"),
        B("to", "各省、自治区、直辖市、计划单列市财政厅（局），新疆生产建设兵团财政局，海关总署广东分署、各直属海关，"
          "国家税务总局各省、自治区、直辖市、计划单列市税务局，财政部各地监管局："),
        B("p", "为支持自由贸易试验区内综合保税区（以下简称综保区）企业统筹国内国际两个市场，"
          "现就综保区增值税一般纳税人资格试点（以下简称试点）有关政策通知如下："),
        B("p", "一、自由贸易试验区内综保区的企业，可以按规定向税务、海关部门申请成为试点企业。"
          "试点企业进口自用设备（包括进境维修设备），暂免征收进口关税和进口环节增值税、消费税。"),
        B("p", "二、试点企业从境内区外购进的货物、劳务和服务，可按规定抵扣进项税额；"
          "试点企业销往境内区外的货物，按规定缴纳进口关税和进口环节增值税、消费税。"),
        B("p", "三、新增太原武宿综合保税区、大同国际陆港综合保税区、喀什综合保税区为试点综保区。"
          "相关综保区所在地税务、海关部门要做好政策衔接，确保试点平稳落地。",
          places=["太原武宿综合保税区", "大同国际陆港综合保税区", "喀什综合保税区"]),
        B("p", "四、试点企业的认定条件、申请程序和后续管理，按照现行综保区增值税一般纳税人资格试点有关规定执行。"),
        B("p", "五、本通知执行期限为2024年10月1日至2027年12月31日。"),
        B("sign", ["财政部　　海关总署　　税务总局"], "2024年9月20日"),
    ],
}

DOC8 = {
    "part": "四、改革试点经验复制推广",
    "toc": "国务院关于做好自由贸易试验区第八批改革试点经验复制推广工作的通知",
    "find": "国务院关于做好自由贸易试验区第八批",
    "start": "newpage",
    "meta": {
        "title": "国务院关于做好自由贸易试验区第八批改革试点经验复制推广工作的通知",
        "doc_number": "国函〔2024〕156号",
        "issuer": ["国务院"],
        "date": "2024-11-25",
        "published": None,
        "level": "national",
        "region": "全国",
        "effective": None,
        "expires": None,
        "attachments": ["自由贸易试验区第八批改革试点经验复制推广工作任务分工表"],
        "doc_type": "通知",
        "recipients": GUOWUYUAN_RC,
        "publicity": "此件公开发布",
        "repeals": None,
    },
    "blocks": [
        B("title", ["国务院关于做好自由贸易试验区第八批改革试点经验复制推广工作的通知"]),
        B("docno", "国函〔2024〕156号"),
        B("to", GUOWUYUAN_TO),
        B("p", "建设自由贸易试验区是党中央、国务院在新时代推进改革开放的重要战略举措。各有关地区和部门认真落实"
          "党中央、国务院决策部署，在自由贸易试验区（以下简称自贸试验区）探索形成了一批改革创新成果。"
          "经党中央、国务院同意，自贸试验区第八批改革试点经验将在全国范围内复制推广。现就有关事项通知如下："),
        B("h1", "一、复制推广的主要内容"),
        B("runin", "（一）在全国范围内复制推广的改革事项。", "投资管理领域：“外商投资企业登记注册‘跨境通办’”"
          "“境外职业资格证书认可清单制度”2项；\n贸易便利化领域：“进口货物‘船边直提’与‘抵港直装’联动作业”"
          "“跨境电商零售进口‘退货中心仓’模式”2项；\n金融领域：“自贸试验区企业跨境融资便利化”1项。"),
        B("runin", "（二）在特定区域复制推广的改革事项。", "在海关特殊监管区域复制推广“综合保税区保税维修产品"
          "‘一账多用’监管模式”；在中欧班列沿线口岸城市复制推广“中欧班列铁路运单物权化”。"),
        B("h1", "二、高度重视复制推广工作"),
        B("p", "各省（区、市）人民政府要将自贸试验区改革试点经验复制推广工作列入重点工作，加强组织领导，"
          "结合本地实际积极推进。国务院各有关部门要按照职责分工，于2025年3月31日前完成相关规章和"
          "规范性文件的立改废工作。"),
        B("h1", "三、做好督促落实"),
        B("p", "商务部要会同有关部门加强督促检查，对复制推广工作成效开展评估。复制推广工作中遇到的重大问题，"
          "要及时向国务院请示报告。"),
        B("attach", "附件：自由贸易试验区第八批改革试点经验复制推广工作任务分工表"),
        B("sign", ["国务院"], "2024年11月25日"),
        B("public", "（此件公开发布）"),
        B("fujian", "附件", "自由贸易试验区第八批改革试点经验复制推广工作任务分工表"),
        B("table", ["序号", "改革事项", "负责单位", "推广范围"], [
            ("cat", "一、在全国范围内复制推广的改革事项"),
            ["1", "外商投资企业登记注册“跨境通办”", "市场监管总局", "全国"],
            ["2", "境外职业资格证书认可清单制度", "人力资源社会保障部", "全国"],
            ["3", "进口货物“船边直提”与“抵港直装”联动作业", "海关总署", "全国"],
            ["4", "跨境电商零售进口“退货中心仓”模式", "海关总署", "全国"],
            ["5", "自贸试验区企业跨境融资便利化", "人民银行、外汇局", "全国"],
            ("cat", "二、在特定区域复制推广的改革事项"),
            ["6", "综合保税区保税维修产品“一账多用”监管模式", "海关总署", "海关特殊监管区域"],
            ["7", "中欧班列铁路运单物权化", "商务部、国铁集团", "中欧班列沿线口岸城市"],
        ], merge=[2, 3], widths=[1.2, 6.6, 3.4, 3.0]),
    ],
}

DOCS = [DOC1, DOC2, DOC3, DOC4, DOC5, DOC6, DOC7, DOC8]
PARTS = ["一、总体方案", "二、贸易便利化", "三、财税政策", "四、改革试点经验复制推广"]


# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------

def set_run(run, font=FS, size=BODY, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), font)
    if color:
        from docx.shared import RGBColor
        run.font.color.rgb = RGBColor.from_string(color)


def fmt(p, align=None, first=0, line=LINE, before=0, after=0, left=0, right=0, keep=False):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(first) if first else None
    pf.left_indent = Pt(left) if left else None
    pf.right_indent = Pt(right) if right else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if keep:
        pf.keep_with_next = True


def border(p, side="bottom", sz=6, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement(f"w:{side}")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), "000000")
    bdr.append(e)


def add_text(p, text, **kw):
    """Add text; '\n' inside becomes a soft line break."""
    parts = text.split("\n")
    for i, t in enumerate(parts):
        r = p.add_run(t)
        set_run(r, **kw)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def body_par(doc, text, font=FS, bold=False, **kw):
    p = doc.add_paragraph()
    kw.setdefault("first", 2 * BODY)
    kw.setdefault("align", WD_ALIGN_PARAGRAPH.JUSTIFY)
    fmt(p, **kw)
    add_text(p, text, font=font, bold=bold)
    return p


def page_field(p, size=10.5):
    def fld(kind):
        r = p.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._element.append(e)
        set_run(r, SONG, size)
        return r

    set_run(p.add_run("— "), SONG, size)
    fld("begin")
    r = p.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    set_run(r, SONG, size)
    fld("separate")
    set_run(p.add_run("1"), SONG, size)
    fld("end")
    set_run(p.add_run(" —"), SONG, size)


def setup_page(sec):
    sec.page_width = Cm(18.5)
    sec.page_height = Cm(26.0)
    sec.top_margin = Cm(2.6)
    sec.bottom_margin = Cm(2.4)
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.0)
    sec.header_distance = Cm(1.4)
    sec.footer_distance = Cm(1.3)


def clear_hf(hf):
    hf.is_linked_to_previous = False
    for p in hf.paragraphs:
        for r in list(p.runs):
            r._element.getparent().remove(r._element)


def running_heads(sec, part):
    """Book style: even (left) pages carry the book title, odd (right) pages the part name."""
    for hf in (sec.header, sec.even_page_header, sec.footer, sec.even_page_footer, sec.first_page_header,
               sec.first_page_footer):
        clear_hf(hf)
    p = sec.even_page_header.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, line=14)
    add_text(p, BOOK, font=KAI, size=9)
    border(p, "bottom", sz=6)
    p = sec.header.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, line=14)
    add_text(p, part, font=KAI, size=9)
    border(p, "bottom", sz=6)
    for ft in (sec.footer, sec.even_page_footer):
        p = ft.paragraphs[0]
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=14)
        page_field(p)


def restart_numbering(sec, start=1):
    sectpr = sec._sectPr
    pg = sectpr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sectpr.append(pg)
    pg.set(qn("w:start"), str(start))


def cell_text(cell, text, font=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    fmt(p, align=align, line=15)
    add_text(p, text, font=font, size=size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblpr.append(b)


def write_table(doc, b):
    header, rows = b["a"][0], b["a"][1]
    merge = b.get("merge", [])
    widths = b.get("widths")
    ncol = len(header)
    t = doc.add_table(rows=1 + len(rows), cols=ncol)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(t)
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, font=HEI, size=10.5)
    # mark the header row as repeating
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trpr.append(th)
    for i, row in enumerate(rows, start=1):
        if isinstance(row, tuple) and row[0] == "cat":
            c = t.cell(i, 0).merge(t.cell(i, ncol - 1))
            cell_text(c, row[1], font=HEI, size=10.5, align=WD_ALIGN_PARAGRAPH.LEFT)
            continue
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if j == 1 and len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.cell(i, j), v, align=al)
    # vertical merges of equal neighbours in the merge columns (never across a category row)
    for j in merge:
        i = 1
        while i <= len(rows):
            row = rows[i - 1]
            if isinstance(row, tuple):
                i += 1
                continue
            k = i
            while k + 1 <= len(rows) and not isinstance(rows[k], tuple) and rows[k][j] == row[j]:
                k += 1
            if k > i:
                top = t.cell(i, j)
                for r in range(i + 1, k + 1):
                    c = t.cell(r, j)
                    for p in c.paragraphs:
                        for run in list(p.runs):
                            run._element.getparent().remove(run._element)
                merged = top.merge(t.cell(k, j))
                # python-docx keeps the (now empty) paragraphs of the merged cells: drop them
                ps = merged.paragraphs
                for p in ps[1:]:
                    p._element.getparent().remove(p._element)
                merged.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            i = k + 1
    if widths:
        t.autofit = False
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[j] * 567)))
        for row in t.rows:
            for j, c in enumerate(row.cells):
                if j < len(widths):
                    c.width = Cm(widths[j])
    return t


def write_block(doc, b):
    k, a = b["kind"], b["a"]
    if k == "title":
        lines = a[0]
        if b.get("soft") is False and len(lines) > 1:
            for i, ln in enumerate(lines):
                p = doc.add_paragraph()
                fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=26, before=(12 if i == 0 else 0),
                    after=(6 if i == len(lines) - 1 else 0), keep=True)
                add_text(p, ln, font=XBS, size=16)
        else:
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=26, before=12, after=6, keep=True)
            add_text(p, "\n".join(lines), font=XBS, size=16)
    elif k == "docno":
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=8, keep=True)
        add_text(p, a[0], font=FS)
    elif k == "datebr":
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=8, keep=True)
        add_text(p, a[0], font=KAI)
    elif k == "to":
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        add_text(p, a[0])
    elif k == "p":
        body_par(doc, a[0])
    elif k == "plain":
        body_par(doc, a[0])
    elif k == "h1":
        body_par(doc, a[0], font=HEI, keep=True)
    elif k == "h2":
        body_par(doc, a[0], font=KAI, keep=True)
    elif k in ("runin", "runin2"):
        lvl = b.get("lvl", 2)
        head = a[0]
        rest = a[1] if k == "runin" else a[1][0]
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=2 * BODY)
        if lvl == 0:
            add_text(p, head, font=HEI)
        elif lvl == 2:
            add_text(p, head, font=KAI)
        else:
            add_text(p, head, font=FS, bold=True)
        add_text(p, rest)
        if k == "runin2":
            for more in a[1][1:]:
                body_par(doc, more)
    elif k == "art":
        label, paras = a[0], a[1]
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=2 * BODY)
        add_text(p, label, font=HEI)
        add_text(p, "　" + paras[0])
        for more in paras[1:]:
            body_par(doc, more)
    elif k == "attach":
        body_par(doc, a[0], before=LINE)
    elif k == "sign":
        organs, date = a[0], a[1]
        for i, o in enumerate(organs):
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=3 * BODY, before=(LINE if i == 0 else 0), keep=True)
            add_text(p, o)
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=2 * BODY)
        add_text(p, date)
    elif k == "public":
        body_par(doc, a[0])
    elif k == "fujian":
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, before=LINE, keep=True)
        add_text(p, a[0], font=HEI)
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=26, before=6, after=10, keep=True)
        add_text(p, a[1], font=XBS, size=15)
    elif k == "table":
        write_table(doc, b)
    elif k == "banji":
        cc, printer, date = a
        p = doc.add_paragraph()
        fmt(p, line=8, before=LINE * 2)
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, left=BODY * 0.5, right=BODY * 0.5)
        border(p, "top", sz=8, space=4)
        border(p, "bottom", sz=4, space=4)
        add_text(p, cc, size=11)
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, left=BODY * 0.5, right=BODY * 0.5)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(13.8), WD_TAB_ALIGNMENT.RIGHT)
        border(p, "bottom", sz=8, space=4)
        add_text(p, printer + "\t" + date, size=11)
    elif k == "pagebreak":
        p = doc.add_paragraph()
        fmt(p, line=12)
        p.add_run().add_break(WD_BREAK.PAGE)
    else:
        raise ValueError(k)


# ---------------------------------------------------------------------------
# front matter
# ---------------------------------------------------------------------------

def empty(doc, n, line=LINE):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, line=12)
    p.add_run().add_break(WD_BREAK.PAGE)


def cover(doc):
    empty(doc, 7)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=44)
    add_text(p, "自由贸易试验区", font=XBS, size=30)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=44, after=18)
    add_text(p, "政策文件汇编", font=XBS, size=30)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=26)
    add_text(p, "（2024年卷）", font=KAI, size=16)
    empty(doc, 12)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=26)
    add_text(p, "本书编写组　编", font=KAI, size=15)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=26)
    add_text(p, "中国经贸政策出版社", font=HEI, size=14)
    page_break(doc)


def copyright_page(doc):
    empty(doc, 14)
    lines = [
        ("图书在版编目（CIP）数据", HEI),
        ("自由贸易试验区政策文件汇编．2024年卷／本书编写组编．—北京：中国经贸政策出版社，2025.1", SONG),
        ("Ⅰ．①自…　Ⅱ．①本…　Ⅲ．①自由贸易区—经济政策—文件—汇编—中国　Ⅳ．①F752.0", SONG),
    ]
    for t, f in lines:
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, line=16)
        add_text(p, t, font=f, size=9)
    p = doc.add_paragraph()
    fmt(p, line=10)
    border(p, "bottom", sz=4)
    for t in ["责任编辑：林　岚", "出版发行：中国经贸政策出版社", "开　　本：787毫米×1092毫米　1/16",
              "版　　次：2025年1月第1版　2025年1月第1次印刷", "定　　价：36.00元", "",
              "版权所有　侵权必究"]:
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, line=16)
        add_text(p, t, font=SONG, size=9)
    page_break(doc)


def preface(doc):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=30, before=24, after=18)
    add_text(p, "出 版 说 明", font=XBS, size=18)
    for t in [
        "为便于各地区、各部门和广大企业全面准确掌握自由贸易试验区有关政策，我们选编了2024年国务院、"
        "国务院办公厅和国务院有关部门发布的自由贸易试验区相关政策文件8件，汇编成册。",
        "全书按内容分为总体方案、贸易便利化、财税政策、改革试点经验复制推广四个部分，每部分内的文件按成文日期先后排列。",
        "收入本书的文件，均以发文机关公开发布的文本为准，版头从略；个别文件保留了版记。"
        "文件所附附件，凡属文件组成部分的，一并收入。",
        "本书所收文件截至2024年12月31日。文件如有修订或者废止，以有关部门最新发布的文本为准。",
    ]:
        body_par(doc, t, line=24)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=2 * BODY, before=24)
    add_text(p, "编　者")
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=2 * BODY)
    add_text(p, "2025年1月")
    page_break(doc)


def toc(doc, pages):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=30, before=24, after=18)
    add_text(p, "目　　录", font=XBS, size=18)
    width = Cm(18.5 - 2.2 - 2.0)
    for part in PARTS:
        p = doc.add_paragraph()
        fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, line=24, before=8)
        add_text(p, part, font=HEI)
        for d in DOCS:
            if d["part"] != part:
                continue
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, line=22, left=BODY * 1.5, right=BODY * 1.5)
            p.paragraph_format.first_line_indent = Pt(0)
            p.paragraph_format.tab_stops.add_tab_stop(width,
                                                      WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            # keep the page number outside the right indent so long titles wrap before it
            add_text(p, d["toc"] + "\t" + str(pages.get(d["toc"], 1)), font=FS, size=11)


def build(pages, path):
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(BODY)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    setup_page(sec)
    cover(doc)
    copyright_page(doc)
    preface(doc)
    toc(doc, pages)
    current = None
    for d in DOCS:
        if d["part"] != current:
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            setup_page(sec)
            running_heads(sec, d["part"])
            if current is None:
                restart_numbering(sec, 1)
            else:
                pg = sec._sectPr.find(qn("w:pgNumType"))
                if pg is not None:
                    sec._sectPr.remove(pg)
            current = d["part"]
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=32, before=6, after=14)
            add_text(p, d["part"], font=HEI, size=18)
        else:
            if d["start"] == "pagebreak":
                page_break(doc)
            else:
                empty(doc, 1)
        for b in d["blocks"]:
            write_block(doc, b)
    # the first (front matter) section has no running heads and no page numbers
    doc.save(path)


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "pdf",
                    "--outdir", str(docx_path.parent), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return docx_path.with_suffix(".pdf")


def find_pages(pdf_path):
    import pdfplumber
    out = {}
    with pdfplumber.open(str(pdf_path)) as pdf:
        texts = [(pg.extract_text() or "") for pg in pdf.pages]
    nums = []
    for t in texts:
        m = re.search(r"—\s*(\d+)\s*—", t)
        nums.append(int(m.group(1)) if m else None)
    start = next(i for i, n in enumerate(nums) if n is not None)
    i = start
    for d in DOCS:
        key = re.sub(r"\s", "", d["find"])
        while i < len(texts) and key not in re.sub(r"\s", "", texts[i]):
            i += 1
        if i >= len(texts):
            raise RuntimeError("not found: " + d["find"])
        out[d["toc"]] = nums[i]
    return out, len(texts)


# ---------------------------------------------------------------------------
# expected.json
# ---------------------------------------------------------------------------

def clauses_of(d):
    cl, spec = [], {}
    for b in d["blocks"]:
        k, a = b["kind"], b["a"]
        text = None
        if k == "p":
            text = a[0]
        elif k == "runin":
            text = a[0] + a[1]
        elif k == "runin2":
            text = a[0] + "\n".join(a[1])
        elif k == "art":
            text = a[0] + "　" + "\n".join(a[1])
        elif k == "table":
            header, rows = a[0], a[1]
            pc = b.get("places_col")
            for row in rows:
                if isinstance(row, tuple):
                    continue
                t = "；".join(f"{h}：{v}" for h, v in zip(header, row))
                cl.append(t)
                if pc is not None:
                    spec[t[:24]] = [row[pc]]
            continue
        if text is not None:
            cl.append(text)
            if b.get("places"):
                spec[text[:20]] = list(b["places"])
    return cl, spec


def expected():
    docs = []
    for d in DOCS:
        cl, spec = clauses_of(d)
        docs.append({"meta": d["meta"], "clauses": cl, "applies_to": {"specific": spec}})
    return {STEM: docs}


def main():
    docx_path = HERE / f"{STEM}.docx"
    pages = {}
    for _ in range(4):
        with tempfile.TemporaryDirectory() as td:
            tmp = Path(td) / f"{STEM}.docx"
            build(pages, tmp)
            pdf = to_pdf(tmp)
            found, n = find_pages(pdf)
            if found == pages:
                shutil.copy(tmp, docx_path)
                shutil.copy(pdf, HERE / f"{STEM}.pdf")
                break
            pages = found
    else:
        raise RuntimeError("目录 page numbers did not settle")
    exp = expected()
    (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
    nd = len(exp[STEM])
    nc = sum(len(x["clauses"]) for x in exp[STEM])
    ns = sum(len(x["applies_to"]["specific"]) for x in exp[STEM])
    print(f"{STEM}: {n} pages, 目录 {pages}; {nd} documents, {nc} clauses, {ns} with narrower places")


if __name__ == "__main__":
    main()
