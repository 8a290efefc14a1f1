# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 356 (blind): one issue of 广西壮族自治区人民政府公报 (2026年第6期), two columns.

Writes next to itself:
  blind356_guangxi_gongbao.docx / .pdf   (the issue)
  expected.json                          (answer key)

The docx is built twice: the second time the cover 目录 carries the page numbers read
back from the first PDF, so the 目录 matches the printed "— N —" numbers.
Run:  . /work/venv/bin/activate && python make_blind356.py
"""
import copy
import json
import os
import re
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "blind356_guangxi_gongbao"

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xE6, 0x00, 0x12)

GAZ = "广西壮族自治区人民政府公报"
ISSUE = "2026年第6期"

FTZ = "中国（广西）自由贸易试验区"
NN = FTZ + "南宁片区"
QZ = FTZ + "钦州港片区"
CZ = FTZ + "崇左片区"

# ---------------------------------------------------------------------------
# content
# Block kinds:
#   ("col", text)                    栏目 heading of the gazette (belongs to no document)
#   ("title", [lines])               document title, lines joined by soft breaks
#   ("center", text, font, size)     centred line (文号, 登记号, source line)
#   ("to", text)                     主送机关
#   ("h", text)                      heading alone on its line (not a clause)
#   ("c", runs, places)              clause paragraph; runs = [(text, font)], places = narrower places
#   ("cc", runs)                     continuation paragraph of the previous clause (joined with "\n")
#   ("p", runs)                      body paragraph that is not a clause (附件说明 etc.)
#   ("sign", [lines])                落款 / signature, right aligned
#   ("pub", text)                    （此件公开发布）
#   ("table", spec)                  table; rows become clauses
#   ("banji", cc_text, printer, date)
#   ("colbreak",)
# ---------------------------------------------------------------------------

def C(label, text, places=None, lf=HEI):
    """clause with a label run (article number / run-in heading) and body text"""
    runs = [(label, lf), (text, FS)] if label else [(text, FS)]
    return ("c", runs, places or [])


def CC(text):
    return ("cc", [(text, FS)])


# ---- document 1: 政府令 + 规章 ---------------------------------------------
RULE_TITLE = "广西壮族自治区口岸通关便利化办法"
LING_TEXT = ("《广西壮族自治区口岸通关便利化办法》已经2026年2月9日自治区第十四届人民政府"
             "第58次常务会议审议通过，现予公布，自2026年5月1日起施行。")

RULE_TOC = ["第一章　总　　则", "第二章　口岸规划与建设", "第三章　通关便利",
            "第四章　开放平台协同", "第五章　监督保障", "第六章　附　　则"]

A = "　"  # full-width space after 第X条

CN = "零一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


FEE_ART = "收费目录清单"  # text that identifies the fee article (cross-referenced by the penalty article)

# ("h", chapter) or (first paragraph, [more paragraphs], places)
RULE_ARTS = [
    ("h", RULE_TOC[0]),
    ("为了优化口岸营商环境，提升跨境贸易便利化水平，服务“一带一路”建设和西部陆海新通道高质量发展，根据"
     "《中华人民共和国海关法》《优化营商环境条例》等法律、行政法规，结合本自治区实际，制定本办法。", [], []),
    ("本自治区行政区域内口岸的规划建设、通关服务、开放平台协同以及相关监督保障活动，适用本办法。",
     ["本办法所称口岸，是指经国家批准供人员、货物、物品和交通工具直接出入境的港口、机场、车站、跨境通道等，"
      "以及经批准设立的边民互市贸易区（点）。"], []),
    ("口岸通关便利化工作坚持统筹规划、协同高效、安全便利、开放共享的原则，推进口岸治理体系和治理能力现代化。", [], []),
    ("县级以上人民政府应当加强对口岸通关便利化工作的领导，将其纳入国民经济和社会发展规划，建立健全协调机制，"
     "研究解决重大问题。",
     ["自治区人民政府口岸管理部门负责全区口岸通关便利化工作的统筹协调、督促检查和考核评价；设区的市、县（市、区）"
      "人民政府确定的口岸工作机构负责本行政区域内的具体工作。",
      "海关、海事、边检等口岸查验机构按照各自职责做好口岸通关监管和服务工作。"], []),
    ("h", RULE_TOC[1]),
    ("自治区人民政府口岸管理部门应当会同有关部门编制全区口岸发展规划，报自治区人民政府批准后组织实施。",
     ["口岸发展规划应当与国土空间规划、综合交通运输规划相衔接，统筹沿海、沿边、内陆口岸布局。"], []),
    ("口岸查验基础设施应当符合国家口岸查验基础设施建设标准，与口岸主体工程同步规划、同步设计、同步建设、同步验收。",
     [], []),
    ("新开放、扩大开放口岸的，由口岸所在地设区的市人民政府提出申请，经自治区人民政府口岸管理部门组织论证后，"
     "按照国家规定程序报批。", [], []),
    ("钦州市、防城港市、北海市人民政府应当加快北部湾港智慧港口建设，推广集装箱码头自动化作业、无纸化放行，"
     "为“船边直提”“抵港直装”提供场地和设施保障。", [], ["钦州市", "防城港市", "北海市"]),
    ("崇左市、防城港市人民政府应当推进东兴、凭祥、友谊关等沿边公路口岸货运专用通道和智能化卡口建设，"
     "对出入境货运车辆实行“一次登记、全程通行”。", [], ["崇左市", "防城港市"]),
    ("口岸查验配套服务设施由口岸经营单位负责建设和维护，口岸查验机构无偿使用；所需运行维护经费按照国家和自治区"
     "有关规定予以保障。", [], []),
    ("h", RULE_TOC[2]),
    ("自治区推进国际贸易“单一窗口”建设，拓展口岸物流、跨境金融、跨境电商等特色应用，实现申报、查验、放行、"
     "支付等业务“一网通办”。", [], []),
    ("口岸查验机构应当推进下列通关便利措施：",
     ["（一）推广“提前申报”“两步申报”“两段准入”等通关模式；",
      "（二）对符合条件的进出口货物实行“船边直提”“抵港直装”；",
      "（三）对信用等级高的企业减少查验频次；",
      "（四）推进查验结果国际互认，深化与东盟国家“经认证的经营者”（AEO）互认合作。"], []),
    ("口岸经营服务单位应当公开收费目录清单，清单之外不得收费。收费目录清单应当在国际贸易“单一窗口”和经营场所"
     "显著位置公示。", [], []),
    ("对鲜活农产品、冷链食品等时效性强的货物，口岸查验机构应当开设绿色通道，实行优先查验、快速放行。",
     ["鼓励口岸查验机构在法定工作时间以外提供预约通关服务，预约通关不收取费用。"], []),
    ("对跨境电子商务零售进出口商品，海关按照有关规定实行“清单核放、汇总申报”，支持跨境电子商务企业开展退货商品"
     "“一站式”处理。", [], []),
    ("边民通过互市贸易进口的生活用品，在国家规定的免税额度内免征进口关税和进口环节税。互市商品进入落地加工环节的，"
     "按照国家有关规定办理相关手续。", [], []),
    ("国际航行船舶进出口岸实行“一单多报”，船舶代理企业通过国际贸易“单一窗口”一次申报，海关、海事、边检等"
     "部门共享数据、分别处置。", [], []),
    ("口岸工作机构应当会同口岸查验机构建立整体通关时间监测制度，每季度向社会公布进口、出口整体通关时间。", [], []),
    ("h", RULE_TOC[3]),
    ("中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区应当在口岸监管制度创新方面先行先试，探索跨境数据"
     "有序流动、多式联运“一单制”等便利化措施；经评估成熟的，在全区复制推广。", [], [NN, QZ, CZ]),
    ("综合保税区应当发挥保税加工、保税物流、保税服务功能，推动与相邻口岸通关一体化运作，实行“区港联动”。", [], []),
    ("边民互市贸易区（点）所在地县级人民政府应当规范边民互市贸易管理，推进互市商品落地加工，引导边民互助组与"
     "加工企业建立稳定合作关系。", [], []),
    ("自治区支持南宁市、柳州市建设无水港和内陆口岸作业区，与北部湾港开展海铁联运“一单到底”。", [], ["南宁市", "柳州市"]),
    ("自治区推动与西部陆海新通道沿线省（区、市）的口岸合作，推进与东盟国家口岸在通关规则、查验标准、信息交换等"
     "方面对接。", [], []),
    ("h", RULE_TOC[4]),
    ("自治区人民政府口岸管理部门应当建立口岸营商环境评价制度，定期组织第三方评估，评估结果向社会公布。", [], []),
    ("口岸工作机构应当设立投诉受理渠道，对企业反映的通关问题自受理之日起5个工作日内予以答复。", [], []),
    ("县级以上人民政府应当将口岸通关便利化工作纳入绩效考评，对工作突出的单位和个人，按照国家和自治区有关规定给予"
     "表彰奖励。", [], []),
    ("口岸经营服务单位违反本办法第{fee}条规定，未公开收费目录清单或者在清单之外收取费用的，由价格主管部门依照"
     "《中华人民共和国价格法》等法律、法规的规定予以处罚。", [], []),
    ("有关部门及其工作人员在口岸通关便利化工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，"
     "依法追究刑事责任。", [], []),
    ("h", RULE_TOC[5]),
    ("本办法所称口岸工作机构，是指设区的市、县（市、区）人民政府确定的负责口岸管理工作的机构。", [], []),
    ("本办法自2026年5月1日起施行。2013年6月18日自治区人民政府公布的《广西壮族自治区口岸查验配套服务管理办法》"
     "同时废止。", [], []),
]


def rule_body():
    out, n, fee = [], 0, None
    for a in RULE_ARTS:
        if a[0] != "h" and FEE_ART in a[0] and fee is None and "违反" not in a[0]:
            fee = n + 1
        if a[0] != "h":
            n += 1
    n = 0
    for a in RULE_ARTS:
        if a[0] == "h":
            out.append(("h", a[1]))
            continue
        n += 1
        out.append(C("第" + cn_num(n) + "条" + A, a[0].replace("{fee}", cn_num(fee)), a[2]))
        for more in a[1]:
            out.append(CC(more))
    return out


DOC1_BODY = rule_body()

DOC1_META = {
    "title": RULE_TITLE,
    "doc_number": "广西壮族自治区人民政府令第168号",
    "issuer": ["广西壮族自治区人民政府"],
    "date": "2026-02-24",
    "published": None,
    "level": "provincial",
    "region": "广西壮族自治区",
    "effective": "2026-05-01",
    "expires": None,
    "attachments": [],
    "doc_type": "规章",
    "recipients": [],
    "publicity": None,
    "repeals": "《广西壮族自治区口岸查验配套服务管理办法》（2013年6月18日自治区人民政府公布）",
}

# ---- document 2: 批复 ---------------------------------------------------------
DOC2_TITLE = ["广西壮族自治区人民政府", "关于防城港市边境贸易创新", "发展示范工程实施方案的批复"]
DOC2 = [
    ("col", "【自治区人民政府文件】"),
    ("title", DOC2_TITLE),
    ("center", "桂政函〔2026〕15号", FS, 10.5),
    ("to", "防城港市人民政府："),
    C("", "你市《关于报请审批防城港市边境贸易创新发展示范工程实施方案的请示》（防政报〔2026〕4号）收悉。"
      "经研究，现批复如下："),
    C("", "一、原则同意《防城港市边境贸易创新发展示范工程实施方案（2026—2028年）》（以下简称《实施方案》），"
      "请认真组织实施。"),
    C("", "二、《实施方案》实施要以推动边境贸易转型升级为主线，做大做强边民互市贸易，发展边境小额贸易和跨境电商，"
      "把防城港市建设成为面向东盟开放合作的沿边开放新高地。"),
    C("", "三、同意在东兴市江平镇设立东兴边民互市贸易商品落地加工园区，规划面积3.2平方公里，具体四至范围以"
      "自治区商务厅备案的图件为准。园区重点发展坚果、海产品、红木等互市商品加工。", ["东兴市"]),
    C("", "四、防城港市人民政府要切实履行主体责任，统筹用地、用能等要素保障，严格落实生态环境保护和安全生产要求，"
      "严禁以示范工程名义违规圈占土地。"),
    C("", "五、自治区商务厅、发展改革委、自然资源厅等部门和南宁海关要按照职责分工加强指导服务，"
      "支持防城港市在互市商品查验、落地加工监管等方面先行先试。"),
    ("sign", ["广西壮族自治区人民政府", "2026年3月2日"]),
    ("pub", "（此件公开发布）"),
]
DOC2_META = {
    "title": "".join(DOC2_TITLE),
    "doc_number": "桂政函〔2026〕15号",
    "issuer": ["广西壮族自治区人民政府"],
    "date": "2026-03-02",
    "published": None,
    "level": "provincial",
    "region": "防城港市",
    "effective": None,
    "expires": None,
    "attachments": [],
    "doc_type": "批复",
    "recipients": ["防城港市人民政府"],
    "publicity": "此件公开发布",
    "repeals": None,
}

# ---- document 3: 办公厅通知 + 方案 ----------------------------------------------
PLAN = FTZ + "提升行动方案（2026—2028年）"
DOC3_TITLE = ["广西壮族自治区人民政府办公厅", "关于印发中国（广西）自由贸易", "试验区提升行动方案", "（2026—2028年）的通知"]
TABLE_HEAD = ["序号", "重点任务", "责任片区", "牵头单位", "完成时限"]
TABLE_ROWS = [
    ("cat", "一、投资贸易便利化"),
    ("1", "开展外商投资企业“一照多址”改革试点", "南宁片区", "自治区市场监管局", "2026年12月"),
    ("2", "建设中国—东盟金融城跨境金融服务中心", "南宁片区", "自治区地方金融管理局", "2027年6月"),
    ("3", "扩大汽车平行进口试点企业范围", "钦州港片区", "自治区商务厅、南宁海关", "2026年9月"),
    ("4", "建设西部陆海新通道集装箱智慧码头", "钦州港片区", "自治区交通运输厅", "2027年12月"),
    ("5", "拓展海铁联运班列和跨境班列线路", "钦州港片区", "广西北部湾国际港务集团", "2027年6月"),
    ("6", "推进边民互市商品落地加工提质扩面", "崇左片区", "自治区商务厅", "2026年12月"),
    ("7", "建设中国—东盟跨境产业合作园", "崇左片区", "自治区发展改革委", "2028年6月"),
    ("cat", "二、制度创新与风险防控"),
    ("8", "发布年度制度创新成果清单", "各片区", "自治区商务厅（自治区自贸办）", "每年12月"),
    ("9", "推广多式联运“一单制”", "各片区", "自治区交通运输厅", "2027年12月"),
    ("10", "建立跨境资金流动监测预警机制", "各片区", "中国人民银行广西壮族自治区分行", "2026年12月"),
    ("11", "建立首创性改革容错免责清单", "各片区", "自治区司法厅", "2027年6月"),
    ("12", "开展自贸试验区建设第三方评估", "各片区", "自治区商务厅（自治区自贸办）", "2028年6月"),
]
ZONE_FULL = {"南宁片区": NN, "钦州港片区": QZ, "崇左片区": CZ}

DOC3 = [
    ("col", "【自治区人民政府办公厅文件】"),
    ("title", DOC3_TITLE),
    ("center", "桂政办发〔2026〕9号", FS, 10.5),
    ("to", "各市、县人民政府，自治区人民政府各组成部门、各直属机构："),
    C("", "《" + PLAN + "》已经自治区人民政府同意，现印发给你们，请结合实际认真贯彻落实。"),
    ("sign", ["广西壮族自治区人民政府办公厅", "2026年2月10日"]),
    ("pub", "（此件公开发布）"),
    ("title2", [FTZ, "提升行动方案（2026—2028年）"]),
    C("", "为深入实施自由贸易试验区提升战略，推动中国（广西）自由贸易试验区（以下简称广西自贸试验区）在更高起点上"
      "深化改革开放，更好服务“一带一路”建设和西部陆海新通道高质量发展，制定本方案。"),
    ("h", "一、总体要求"),
    C("（一）指导思想。", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，"
      "坚持以制度创新为核心，以面向东盟开放合作为重点，统筹发展和安全，打造对接东盟的高水平开放平台。", lf=KAI),
    C("（二）主要目标。", "到2028年，广西自贸试验区累计形成制度创新成果150项以上，其中全国首创性成果不少于20项；"
      "外贸进出口总额突破4500亿元，实际使用外资年均增长8%以上；面向东盟的跨境产业链供应链合作取得明显成效。", lf=KAI),
    ("h", "二、重点任务"),
    ("hk", "（一）提升投资自由化便利化水平。"),
    C("", "1.全面落实外商投资准入前国民待遇加负面清单管理制度，清理负面清单之外针对外资的限制性措施，"
      "推进内外资企业同等适用支持政策。"),
    C("", "2.在南宁片区开展外商投资企业“一照多址”改革试点，外资企业在片区内增设经营场所的，可在营业执照上加载"
      "新设经营场所地址，免于办理分支机构登记。", [NN]),
    ("hk", "（二）提升贸易便利化水平。"),
    C("", "1.深化国际贸易“单一窗口”建设，推广“提前申报”“两步申报”等通关模式，将广西自贸试验区进口、出口"
      "整体通关时间分别压缩至20小时、1小时以内。"),
    C("", "2.支持钦州港片区扩大汽车平行进口试点企业范围，开展平行进口汽车保税仓储、标准符合性整改业务。", [QZ]),
    C("", "3.支持崇左片区推进边民互市商品落地加工提质扩面，探索“互市贸易＋加工＋物流”一体化监管模式。", [CZ]),
    ("hk", "（三）深化跨境金融和数字领域开放。"),
    C("", "1.扩大人民币跨境使用。具体包括："),
    C("", "（1）支持区内银行为跨境电商、市场采购等新型贸易提供跨境人民币结算服务；"),
    C("", "（2）推进本外币合一银行结算账户体系试点；"),
    C("", "（3）支持南宁片区建设中国—东盟金融城跨境金融服务中心。", [NN]),
    C("", "2.建设中国—东盟跨境数据服务平台，在依法合规前提下探索跨境数据流动“白名单”制度。"),
    ("hk", "（四）培育开放型产业体系。"),
    C("", "1.大力发展跨境电商，支持企业在东盟国家建设海外仓，对纳入自治区重点培育名单的海外仓给予支持。"),
    C("", "2.推动新能源汽车、电子信息、绿色化工新材料等产业与东盟国家开展产业链供应链合作，建设一批跨境产业合作园区。"),
    C("", "3.支持崇左片区建设中国—东盟跨境产业合作园，引进电子产品组装、农产品精深加工等劳动密集型产业，"
      "对入园企业在用地、用工等方面给予支持。", [CZ]),
    ("hk", "（五）提升西部陆海新通道开放能级。"),
    C("", "1.推动钦州港片区与钦州铁路集装箱中心站联动发展，加密海铁联运班列，开行至越南河内、泰国曼谷等地的跨境班列。",
      [QZ]),
    C("", "2.推广多式联运“一单制”，探索铁路运单物权化改革，支持金融机构开展基于多式联运单证的融资业务。"),
    C("", "3.支持钦州港片区建设西部陆海新通道集装箱智慧码头，2027年底前实现集装箱码头自动化作业全覆盖。", [QZ]),
    ("h", "三、保障措施"),
    C("（一）加强组织领导。", "在自治区自由贸易试验区工作领导小组统筹下，各片区所在地市人民政府落实主体责任，"
      "自治区有关部门加强协同配合，形成推进合力。", lf=KAI),
    C("（二）强化要素保障。", "自治区在用地、用能、人才等方面对广西自贸试验区予以倾斜支持，自治区本级财政统筹"
      "相关专项资金支持片区建设。", lf=KAI),
    C("（三）实行清单管理。", "各责任单位要对照重点任务责任分工表（见附表）抓好落实，每半年向自治区自贸办报送"
      "工作进展。自治区自贸办适时组织第三方评估，评估结果作为考核的重要依据。", lf=KAI),
    ("fubiao", "附表"),
    ("ttitle", "广西自贸试验区提升行动重点任务责任分工表"),
    ("table", None),
]
DOC3_META = {
    "title": "".join(DOC3_TITLE),
    "doc_number": "桂政办发〔2026〕9号",
    "issuer": ["广西壮族自治区人民政府办公厅"],
    "date": "2026-02-10",
    "published": None,
    "level": "provincial",
    "region": FTZ,
    "effective": None,
    "expires": None,
    "attachments": [],
    "doc_type": "通知",
    "recipients": ["各市、县人民政府", "自治区人民政府各组成部门", "各直属机构"],
    "publicity": "此件公开发布",
    "repeals": None,
}

# ---- document 4: 部门规范性文件 ------------------------------------------------
DOC4_TITLE = ["广西壮族自治区商务厅", "南　宁　海　关", "广西壮族自治区财政厅",
              "关于支持综合保税区发展", "保税维修业务的通知"]
DOC4 = [
    ("col", "【部门文件】"),
    ("title", DOC4_TITLE),
    ("center", "桂商规〔2026〕2号", FS, 10.5),
    ("center", "登记号：GXGF-2026-00023", KAI, 9),
    ("to", "各市商务局、财政局，南宁海关各隶属海关，各综合保税区管理机构："),
    C("", "为贯彻落实国家关于推进综合保税区高质量发展的部署，支持我区综合保税区拓展保税维修业务，培育外贸新动能，"
      "服务“一带一路”和西部陆海新通道建设，现就有关事项通知如下："),
    C("一、扩大业务范围。", "支持综合保税区内企业开展航空器材、工程机械、电子产品、船舶及海工装备等全球维修业务，"
      "维修产品范围按照国家公布的综合保税区维修产品目录执行。"),
    C("二、简化监管流程。", "对区内企业开展的保税维修业务，海关实行账册管理，维修料件和维修后产品按保税货物监管；"
      "维修产生的边角料、坏件按照有关规定处置。"),
    C("三、支持临港综保区开展船舶维修。", "支持钦州综合保税区、北海综合保税区依托港口优势开展船舶及海工装备保税"
      "维修业务，对年度维修货值首次超过1亿元的企业给予一次性奖励50万元。", ["钦州综合保税区", "北海综合保税区"]),
    C("四、支持沿边综保区开展再制造。", "支持凭祥综合保税区面向东盟国家开展工程机械、农业机械保税维修和再制造业务，"
      "对新设立的维修企业按其设备投资额的10%给予补助，单个企业最高200万元。", ["凭祥综合保税区"]),
    C("五、奖补资金申报。", "符合条件的企业于每年3月31日前向所在地设区的市商务部门提出申请，申请材料包括："),
    C("", "（一）奖补资金申请表；"),
    C("", "（二）海关出具的保税维修业务数据；"),
    C("", "（三）设备投资发票等证明材料。"),
    C("六、加强风险防控。", "各综合保税区管理机构要会同属地海关建立保税维修业务风险防控机制，严禁以维修名义开展"
      "旧机电产品、固体废物进口。"),
    C("七、施行日期。", "本通知自2026年4月10日起施行，有效期5年。《广西壮族自治区商务厅　南宁海关关于促进综合保税区"
      "保税维修业务发展的通知》（桂商规〔2021〕5号）同时废止。"),
    ("att", ["附件：1.综合保税区保税维修业务奖补资金申请表", "2.广西综合保税区保税维修重点产品目录（2026年版）"]),
    ("center", "（附件略）", KAI, 9),
    ("sign", ["广西壮族自治区商务厅　　南宁海关", "广西壮族自治区财政厅", "2026年3月6日"]),
    ("pub", "（此件公开发布）"),
    ("banji", "抄送：商务部，海关总署，财政部，自治区人民政府办公厅。", "广西壮族自治区商务厅办公室", "2026年3月9日印发"),
]
DOC4_META = {
    "title": "广西壮族自治区商务厅 南宁海关 广西壮族自治区财政厅关于支持综合保税区发展保税维修业务的通知",
    "doc_number": "桂商规〔2026〕2号",
    "issuer": ["广西壮族自治区商务厅", "南宁海关", "广西壮族自治区财政厅"],
    "date": "2026-03-06",
    "published": "2026-03-09",
    "level": "provincial",
    "region": "广西壮族自治区",
    "effective": "2026-04-10",
    "expires": "2031-04-09",
    "attachments": ["综合保税区保税维修业务奖补资金申请表", "广西综合保税区保税维修重点产品目录（2026年版）"],
    "doc_type": "通知",
    "recipients": ["各市商务局、财政局", "南宁海关各隶属海关", "各综合保税区管理机构"],
    "publicity": "此件公开发布",
    "repeals": "《广西壮族自治区商务厅 南宁海关关于促进综合保税区保税维修业务发展的通知》（桂商规〔2021〕5号）",
}

# ---- document 5: 政策解读 -------------------------------------------------------
DOC5_TITLE = ["《中国（广西）自由贸易试验区", "提升行动方案（2026—2028年）》", "解读"]


def QA(q, a, places=None):
    return ("qa", q, a, places or [])


DOC5 = [
    ("col", "【政策解读】"),
    ("title", DOC5_TITLE),
    ("center", "自治区商务厅（自治区自贸办）", KAI, 10.5),
    QA("一、《方案》出台的背景是什么？",
       ["答：2026年是广西自贸试验区挂牌运行的第七年。为深入实施自由贸易试验区提升战略，进一步发挥广西自贸试验区"
        "面向东盟开放合作的示范引领作用，自治区商务厅会同有关部门在深入调研基础上起草了《方案》，经自治区人民政府"
        "同意，由自治区人民政府办公厅于2026年2月10日印发实施。"]),
    QA("二、《方案》提出了哪些主要目标？",
       ["答：到2028年，广西自贸试验区累计形成制度创新成果150项以上，其中全国首创性成果不少于20项；外贸进出口总额"
        "突破4500亿元；实际使用外资年均增长8%以上。"]),
    QA("三、三个片区分别承担哪些重点任务？",
       ["答：南宁片区重点开展外商投资企业“一照多址”改革试点，建设中国—东盟金融城跨境金融服务中心；钦州港片区重点"
        "扩大汽车平行进口试点企业范围，建设西部陆海新通道集装箱智慧码头；崇左片区重点推进边民互市商品落地加工提质"
        "扩面，建设中国—东盟跨境产业合作园。"], [NN, QZ, CZ]),
    QA("四、企业如何了解和享受《方案》中的支持政策？",
       ["答：自治区商务厅将通过门户网站和“广西自贸试验区”微信公众号集中发布政策清单和办事指南，各片区管委会设立"
        "政策服务专窗，为企业提供“一对一”咨询服务。",
        "企业也可拨打政策咨询电话0771-5861236（工作日9:00—17:00）咨询。"]),
    QA("五、如何确保各项任务落地见效？",
       ["答：《方案》对重点任务实行清单管理，明确责任片区、牵头单位和完成时限。各责任单位每半年报送工作进展，"
        "自治区自贸办适时组织第三方评估，评估结果作为考核的重要依据。"]),
    QA("六、《方案》与近期出台的其他政策如何衔接？",
       ["答：《方案》与《广西壮族自治区口岸通关便利化办法》（自治区人民政府令第168号）、《关于支持综合保税区发展"
        "保税维修业务的通知》（桂商规〔2026〕2号）等政策协同实施。其中，口岸通关便利化措施自2026年5月1日起施行，"
        "综合保税区保税维修支持政策自2026年4月10日起施行。",
        "下一步，自治区商务厅将会同有关部门及时梳理各项政策的落实情况，对企业反映集中的问题及时研究解决。"]),
]
DOC5_META = {
    "title": "《" + PLAN + "》解读",
    "doc_number": None,
    "issuer": ["广西壮族自治区商务厅"],
    "date": None,
    "published": None,
    "level": "provincial",
    "region": FTZ,
    "effective": None,
    "expires": None,
    "attachments": [],
    "doc_type": "政策解读",
    "recipients": [],
    "publicity": None,
    "repeals": None,
}

IMPRINT = [
    "广西壮族自治区人民政府公报（半月刊）",
    "主管：广西壮族自治区人民政府　　主办：广西壮族自治区人民政府办公厅",
    "编辑出版：《广西壮族自治区人民政府公报》编辑部",
    "地址：南宁市青秀区民族大道1号　　邮政编码：530028　　电话：0771-2801234",
    "印刷：广西壮族自治区机关文印中心　　出版日期：2026年3月25日　　免费赠阅",
]

# 目录 entries: (栏目, text, marker used to find the page in the PDF)
TOC = [
    ("【自治区人民政府令】", None, None),
    (None, "广西壮族自治区口岸通关便利化办法（自治区人民政府令第168号）", "人民政府令"),
    ("【自治区人民政府文件】", None, None),
    (None, "广西壮族自治区人民政府关于防城港市边境贸易创新发展示范工程实施方案的批复（桂政函〔2026〕15号）",
     "示范工程实施方案的批复"),
    ("【自治区人民政府办公厅文件】", None, None),
    (None, "广西壮族自治区人民政府办公厅关于印发中国（广西）自由贸易试验区提升行动方案（2026—2028年）的通知"
           "（桂政办发〔2026〕9号）", "人民政府办公厅关于印发"),
    ("【部门文件】", None, None),
    (None, "广西壮族自治区商务厅　南宁海关　广西壮族自治区财政厅关于支持综合保税区发展保税维修业务的通知"
           "（桂商规〔2026〕2号）", "发展保税维修业务的通知"),
    ("【政策解读】", None, None),
    (None, "《中国（广西）自由贸易试验区提升行动方案（2026—2028年）》解读", "》解读"),
]

# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------

def set_run_font(run, font, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), font)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    if color is not None:
        run.font.color.rgb = color


def para(container, runs, size=10.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=16.5,
         before=0, after=0, color=None, keep_next=False, right_indent=None):
    p = container.add_paragraph()
    pf = p.paragraph_format
    p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if right_indent is not None:
        pf.right_indent = Pt(right_indent)
    if keep_next:
        pf.keep_with_next = True
    if isinstance(runs, str):
        runs = [(runs, FS)]
    for text, font in runs:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_run_font(r, font, size, color=color)
            if i < len(parts) - 1:
                r.add_break()  # soft line break
    return p


def border(p, side="bottom", color="E60012", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def add_field(p, instr, font, size):
    def r():
        run = p.add_run()
        set_run_font(run, font, size)
        return run
    a = r()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); a._r.append(fc)
    b = r()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; b._r.append(it)
    c = r()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); c._r.append(fc)
    d = r(); d.text = "1"
    e = r()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); e._r.append(fc)


def set_cols(section, num, space_mm=7):
    sp = section._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sp.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_mm * 56.7)))
    if num > 1:
        cols.set(qn("w:sep"), "1")  # rule between the columns
    elif cols.get(qn("w:sep")) is not None:
        del cols.attrib[qn("w:sep")]


def page_setup(section):
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(25)
    section.bottom_margin = Mm(22)
    section.left_margin = Mm(20)
    section.right_margin = Mm(20)
    section.header_distance = Mm(12)
    section.footer_distance = Mm(10)


def setup_headers(doc, sec):
    doc.settings.odd_and_even_pages_header_footer = True
    sec.different_first_page_header_footer = True  # the cover carries neither head nor number
    # odd (right-hand) pages: issue number on the right
    h = sec.header.paragraphs[0]
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_run_font(h.add_run(ISSUE), KAI, 9)
    border(h, "bottom", "000000", 6)
    # even (left-hand) pages: gazette name on the left
    e = sec.even_page_header.paragraphs[0]
    e.alignment = WD_ALIGN_PARAGRAPH.LEFT
    set_run_font(e.add_run(GAZ), KAI, 9)
    border(e, "bottom", "000000", 6)
    for f in (sec.footer.paragraphs[0], sec.even_page_footer.paragraphs[0]):
        f.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_run_font(f.add_run("— "), FS, 10.5)
        add_field(f, "PAGE", FS, 10.5)
        set_run_font(f.add_run(" —"), FS, 10.5)
    for hf in (sec.first_page_header, sec.first_page_footer):
        hf.is_linked_to_previous = False


def cell_text(cell, text, font=FS, size=8, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(11)
    r = p.add_run(text)
    set_run_font(r, font, size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_table_widths(t, widths_mm):
    tbl = t._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_mm[i] * 56.7)))
    for row in t.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_mm):
                c.width = Mm(widths_mm[i])
    tblPr = tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit"); h.set(qn("w:val"), "true"); trPr.append(h)


def build_table(doc):
    n = len(TABLE_ROWS) + 1
    t = doc.add_table(rows=n, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(TABLE_HEAD):
        cell_text(t.cell(0, i), h, HEI, 8)
    repeat_header(t.rows[0])
    # find vertical runs of equal 责任片区
    r = 1
    rows = TABLE_ROWS
    i = 0
    while i < len(rows):
        row = rows[i]
        ri = i + 1
        cant_split(t.rows[ri])
        if row[0] == "cat":
            m = t.cell(ri, 0).merge(t.cell(ri, 4))
            cell_text(m, row[1], HEI, 8, align=WD_ALIGN_PARAGRAPH.LEFT)
            i += 1
            continue
        for c in (0, 1, 3, 4):
            cell_text(t.cell(ri, c), row[c], FS, 8,
                      align=WD_ALIGN_PARAGRAPH.LEFT if c in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER)
        j = i
        while j + 1 < len(rows) and rows[j + 1][0] != "cat" and rows[j + 1][2] == row[2]:
            j += 1
        top = t.cell(ri, 2)
        if j > i:
            top = top.merge(t.cell(j + 1, 2))
        cell_text(top, row[2], FS, 8)
        for k in range(i + 1, j + 1):
            cant_split(t.rows[k + 1])
            for c in (0, 1, 3, 4):
                rr = rows[k]
                cell_text(t.cell(k + 1, c), rr[c], FS, 8,
                          align=WD_ALIGN_PARAGRAPH.LEFT if c in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER)
        i = j + 1
    set_table_widths(t, [6, 27, 11, 22, 15])
    return t


def render(doc, blocks):
    for b in blocks:
        k = b[0]
        if k == "col":
            p = para(doc, [(b[1], HEI)], size=11, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False,
                     line=18, before=8, after=4, keep_next=True)
            border(p, "bottom", "E60012", 8)
        elif k == "title":
            para(doc, [("\n".join(b[1]), XBS)], size=14, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                 line=22, before=6, after=4, keep_next=True)
        elif k == "title2":
            para(doc, [("\n".join(b[1]), XBS)], size=13, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                 line=20, before=10, after=6, keep_next=True)
        elif k == "center":
            para(doc, [(b[1], b[2])], size=b[3], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                 line=16, after=2, keep_next=True)
        elif k == "to":
            para(doc, [(b[1], FS)], indent=False, before=4)
        elif k == "h":
            if b[1].startswith("第"):
                para(doc, [(b[1], HEI)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=4,
                     keep_next=True)
            else:
                para(doc, [(b[1], HEI)], keep_next=True)
        elif k == "hk":
            para(doc, [(b[1], KAI)], keep_next=True)
        elif k == "fubiao":
            para(doc, [(b[1], HEI)], indent=False, before=8, keep_next=True)
        elif k == "ttitle":
            para(doc, [(b[1], XBS)], size=11, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=18,
                 after=4, keep_next=True)
        elif k == "table":
            build_table(doc)
            para(doc, "", line=6, indent=False)
        elif k in ("c", "cc", "p"):
            para(doc, b[1])
        elif k == "qa":
            para(doc, [(b[1], HEI)], keep_next=True)
            for a in b[2]:
                para(doc, [(a[:2], HEI), (a[2:], FS)] if a.startswith("答：") else [(a, FS)])
        elif k == "att":
            p = para(doc, [(b[1][0], FS)], before=6)
            for more in b[1][1:]:
                q = para(doc, [(more, FS)], indent=False)
                q.paragraph_format.left_indent = Pt(10.5 * 5)
        elif k == "sign":
            for i, line in enumerate(b[1]):
                para(doc, [(line, FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
                     before=10 if i == 0 else 0, right_indent=10.5 * 2)
        elif k == "pub":
            para(doc, [(b[1], FS)], before=2)
        elif k == "banji":
            para(doc, "", line=10, indent=False)
            p1 = para(doc, [(b[1], FS)], size=9.5, indent=False, line=16)
            border(p1, "top", "000000", 6)
            border(p1, "bottom", "000000", 4)
            p2 = para(doc, [(b[2] + "\t" + b[3], FS)], size=9.5, indent=False, line=16)
            p2.paragraph_format.tab_stops.add_tab_stop(Mm(80), WD_TAB_ALIGNMENT.RIGHT)
            border(p2, "bottom", "000000", 6)
        elif k == "colbreak":
            p = doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.COLUMN)
        else:
            raise ValueError(k)


def build(path, pages):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    page_setup(sec)
    setup_headers(doc, sec)

    # ---- cover (one column) -------------------------------------------------
    para(doc, "", line=20, indent=False)
    para(doc, [(GAZ, XBS)], size=30, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=46, color=RED)
    para(doc, [("GUANGXI ZHUANGZU ZIZHIQU RENMIN ZHENGFU GONGBAO", "Times New Roman")], size=9,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=14, color=RED)
    p = para(doc, [(ISSUE + "（总第1104期）", HEI)], size=14, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
             line=26, before=8)
    p = para(doc, [("广西壮族自治区人民政府办公厅主办　　　2026年3月25日出版", KAI)], size=11,
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=20, after=4)
    border(p, "bottom", "E60012", 24, 4)
    para(doc, [("目　　录", HEI)], size=16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30,
         before=10, after=6)
    for head, text, marker in TOC:
        if head:
            para(doc, [(head, HEI)], size=11, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=22, before=6)
        else:
            n = pages.get(marker, 0)
            p = para(doc, [(text + "\t" + str(n), FS)], size=11, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False,
                     line=20)
            p.paragraph_format.left_indent = Pt(22)
            p.paragraph_format.right_indent = Pt(0)
            p.paragraph_format.tab_stops.add_tab_stop(Mm(170), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)

    # ---- 政府令 (one column, new page) ---------------------------------------
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.different_first_page_header_footer = False
    set_cols(s2, 1)
    para(doc, [("【自治区人民政府令】", HEI)], size=11, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=18,
         after=6)
    para(doc, [("广西壮族自治区人民政府令", XBS)], size=26, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
         line=40, before=6, color=RED)
    para(doc, [("第168号", FS)], size=12, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=22, before=4)
    p = para(doc, "", line=8, indent=False)
    border(p, "bottom", "E60012", 12)
    para(doc, [(LING_TEXT, FS)], size=12, line=22, before=8)
    para(doc, [("主席　韦国栋", FS)], size=12, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=22, before=6,
         right_indent=24)
    para(doc, [("2026年2月24日", FS)], size=12, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=22,
         right_indent=24, after=8)

    # ---- two columns from here on (continuous) --------------------------------
    s3 = doc.add_section(WD_SECTION.CONTINUOUS)
    s3.different_first_page_header_footer = False
    set_cols(s3, 2)
    para(doc, [(RULE_TITLE, XBS)], size=14, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=22, before=4,
         after=4, keep_next=True)
    para(doc, [("目　　录", KAI)], size=10.5, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=16,
         keep_next=True)
    for line in RULE_TOC:
        para(doc, [(line, KAI)], size=10.5, align=WD_ALIGN_PARAGRAPH.LEFT, indent=True, line=16, keep_next=True)
    para(doc, "", line=8, indent=False)
    render(doc, DOC1_BODY)
    for blocks in (DOC2, DOC3, DOC4, DOC5):
        render(doc, blocks)

    # ---- back matter: one column again (continuous), boxed imprint -----------
    s4 = doc.add_section(WD_SECTION.CONTINUOUS)
    s4.different_first_page_header_footer = False
    set_cols(s4, 1)
    para(doc, "", line=12, indent=False)
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0)
    first = True
    for line in IMPRINT:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.line_spacing = Pt(17)
        set_run_font(p.add_run(line), HEI if line == IMPRINT[0] else FS, 10.5 if line == IMPRINT[0] else 9)
    set_table_widths(t, [150])
    doc.save(path)


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_356", "--convert-to", "pdf",
                    "--outdir", HERE, docx_path], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=300)
    return os.path.join(HERE, STEM + ".pdf")


def page_texts(pdf_path):
    import pdfplumber
    out = []
    with pdfplumber.open(pdf_path) as pdf:
        for pg in pdf.pages:
            w = pg.width
            halves = [pg.crop((0, 0, w / 2, pg.height)), pg.crop((w / 2, 0, w, pg.height))]
            txt = "".join((h.extract_text() or "") for h in halves)
            full = pg.extract_text() or ""
            m = re.search(r"—\s*(\d+)\s*—", full)
            out.append((re.sub(r"\s+", "", txt), int(m.group(1)) if m else None))
    return out


def find_pages(pdf_path):
    texts = page_texts(pdf_path)
    pages = {}
    for _, _, marker in TOC:
        if not marker:
            continue
        for i, (tx, num) in enumerate(texts):
            if i == 0:
                continue
            if marker in tx:
                pages[marker] = num if num else i + 1
                break
    return pages, len(texts)


# ---------------------------------------------------------------------------
# expected.json
# ---------------------------------------------------------------------------

def key_of(text):
    return text.split("\n")[0][:25]


def clauses_of(blocks):
    out, spec = [], {}
    for b in blocks:
        k = b[0]
        if k == "c":
            out.append("".join(t for t, _ in b[1]))
            if b[2]:
                spec[key_of(out[-1])] = b[2]
        elif k == "cc":
            out[-1] += "\n" + "".join(t for t, _ in b[1])
        elif k == "qa":
            out.append("\n".join([b[1]] + b[2]))
            if b[3]:
                spec[key_of(out[-1])] = b[3]
        elif k == "table":
            for row in TABLE_ROWS:
                if row[0] == "cat":
                    continue
                txt = "；".join(h + "：" + v for h, v in zip(TABLE_HEAD, row))
                out.append(txt)
                if row[2] in ZONE_FULL:
                    spec[key_of(txt)] = [ZONE_FULL[row[2]]]
    return out, spec


def expected():
    docs = []
    cl, spec = clauses_of([C("", LING_TEXT)] + DOC1_BODY)
    docs.append({"meta": DOC1_META, "clauses": cl, "applies_to": {"specific": spec}})
    for meta, blocks in ((DOC2_META, DOC2), (DOC3_META, DOC3), (DOC4_META, DOC4), (DOC5_META, DOC5)):
        cl, spec = clauses_of(blocks)
        docs.append({"meta": meta, "clauses": cl, "applies_to": {"specific": spec}})
    return {STEM: docs}


def main():
    docx_path = os.path.join(HERE, STEM + ".docx")
    build(docx_path, {})
    pdf = to_pdf(docx_path)
    pages, n = find_pages(pdf)
    build(docx_path, pages)
    pdf = to_pdf(docx_path)
    pages2, n2 = find_pages(pdf)
    if pages2 != pages:
        print("warning: page numbers moved", pages, pages2)
    print("pages:", n2, pages2)
    exp = expected()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    for d in exp[STEM]:
        print(len(d["clauses"]), "clauses,", len(d["applies_to"]["specific"]), "specific:", d["meta"]["title"])


if __name__ == "__main__":
    main()
