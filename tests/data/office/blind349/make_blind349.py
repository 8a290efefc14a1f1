# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 349: one issue of a fictional-but-plausible 云南省人民政府公报
(2026年第9期, 总第1163期), cover/目录 in one column, documents in two columns,
written with python-docx and printed to PDF by LibreOffice.

Run:  . /work/venv/bin/activate && python make_blind349.py
Writes blind349_yunnan_gongbao.docx/.pdf and expected.json next to this file.
"""
import json
import os
import re
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "blind349_yunnan_gongbao"
LO_PROFILE = "file:///tmp/lo_349"

ISSUE = "2026年第9期"
ISSUE_TOTAL = "总第1163期"
ISSUE_DATE_CN = "2026年5月10日"
ISSUE_DATE = "2026-05-10"

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)

BODY_PT = 10.5

# ---------------------------------------------------------------------------
# Content.  Block kinds:
#   cat     gazette column bar (省政府文件 ...)       not a clause
#   title   list of lines (soft line breaks)          not a clause
#   no      文号 line                                  not a clause
#   byline  author line of a 解读                      not a clause
#   recip   主送机关                                   not a clause
#   h       heading alone on its line                  not a clause
#   p       unnumbered paragraph of content            clause
#   item    (label, run-in heading, body)              clause
#   qa      (question, answer) two paragraphs          one clause, joined "\n"
#   attach  附件说明                                   not a clause
#   sign / date / pub   落款, 成文日期, 附注             not clauses
#   annex   附件 label + title (new page, 1 column)    not clauses
#   table   header + rows with merged first column     each row a clause
#   pagebreak
# ---------------------------------------------------------------------------

DOC1 = dict(
    key="doc1",
    toc_cat="【省政府文件】",
    toc_title="云南省人民政府关于深入实施自由贸易试验区提升战略推动高水平制度型开放的通知",
    toc_no="云政发〔2026〕9号",
    find="云政发〔2026〕9号",
    meta={
        "title": "云南省人民政府关于深入实施自由贸易试验区提升战略推动高水平制度型开放的通知",
        "doc_number": "云政发〔2026〕9号",
        "issuer": ["云南省人民政府"],
        "date": "2026-04-13",
        "published": ISSUE_DATE,
        "level": "provincial",
        "region": "云南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各州、市人民政府", "省直各委、办、厅、局"],
        "publicity": "此件公开发布",
        "repeals": None,
    },
    blocks=[
        ("cat", "省政府文件"),
        ("title", ["云南省人民政府关于深入实施", "自由贸易试验区提升战略", "推动高水平制度型开放的通知"]),
        ("no", "云政发〔2026〕9号"),
        ("recip", "各州、市人民政府，省直各委、办、厅、局："),
        ("p", "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动中国（云南）自由贸易试验区（以下简称云南自贸试验区）在更高起点上深化改革、扩大开放，更好服务和融入共建“一带一路”，加快建设面向南亚东南亚辐射中心，经省委同意，现就有关事项通知如下。"),
        ("h", "一、总体要求"),
        ("p", "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，以制度创新为核心，以可复制可推广为基本要求，聚焦沿边开放、跨境合作和产业发展，对标国际高标准经贸规则，稳步扩大规则、规制、管理、标准等制度型开放。到2028年，云南自贸试验区累计形成省级以上制度创新成果100项以上，其中在全国复制推广10项以上；实际使用外资、外贸进出口额占全省比重分别达到30%和25%以上，成为全省高水平对外开放的重要引擎。"),
        ("h", "二、重点任务"),
        ("item", "（一）", "对接国际高标准经贸规则。", "主动对接《区域全面经济伙伴关系协定》（RCEP）、《全面与进步跨太平洋伙伴关系协定》（CPTPP）和《数字经济伙伴关系协定》（DEPA）等高标准经贸规则，在货物贸易、服务贸易、数字贸易、知识产权保护、政府采购、环境标准等领域开展先行先试和压力测试。建立规则对接任务清单和动态评估机制，每年发布一批规则对接案例。（省商务厅、省发展改革委牵头，省级有关部门和各片区管委会按职责分工负责）"),
        ("item", "（二）", "提升贸易便利化水平。", "深化国际贸易“单一窗口”建设，推广“提前申报”“两步申报”“抵港直装”等便利化措施，进一步压缩进出口整体通关时间。以磨憨、河口、瑞丽等重点口岸为支撑，推进“智慧口岸”建设，推动口岸查验设施设备互联共享，实现边境口岸货物通关“一次申报、一次查验、一次放行”。（昆明海关、省商务厅、省公安厅、省交通运输厅按职责分工负责）"),
        ("item", "（三）", "扩大服务业对外开放。", "在数字贸易、跨境金融、医疗健康、教育培训、专业服务等领域有序放宽市场准入，支持外商投资设立独资或合资职业技能培训机构。探索建立与南亚东南亚国家职业资格互认机制，对符合条件的境外专业人才，允许其按规定在自贸试验区内提供专业服务。（省发展改革委、省人力资源社会保障厅、省教育厅、省卫生健康委按职责分工负责）"),
        ("item", "（四）", "深化跨境金融合作。", "扩大人民币在跨境贸易和投资中的使用，支持银行业金融机构为自贸试验区内企业提供经常项目资金收付便利化服务。稳妥开展本外币合一银行结算账户体系试点，探索开展跨境贸易投资高水平开放试点。支持在自贸试验区内设立面向南亚东南亚的区域性跨境人民币业务中心。（人民银行云南省分行、国家金融监督管理总局云南监管局、国家外汇管理局云南省分局按职责分工负责）"),
        ("item", "（五）", "推动产业链供应链协同。", "围绕绿色铝、硅光伏、新能源电池、生物医药、高原特色农产品加工等产业，引进一批链主企业和关键配套项目，支持企业以“境内研发+境外制造”“国内总部+海外基地”模式布局跨境产业链。对在自贸试验区新设立、实际到位外资金额达到5000万美元以上的制造业项目，省级财政按照实际到位外资金额的2%给予奖励，单个项目最高不超过1000万元。（省商务厅、省工业和信息化厅、省财政厅按职责分工负责）"),
        ("h", "三、推动片区差异化发展"),
        ("item", "（一）", "昆明片区。", "聚焦建设面向南亚东南亚的区域性国际中心城市核心区，重点发展跨境金融、数字贸易、国际物流、高端制造和总部经济，打造区域性国际商务服务中心。支持昆明片区开展国际航空枢纽业务创新，探索航空货运“一单到底”全程物流服务模式。"),
        ("item", "（二）", "红河片区。", "依托中越经济走廊，重点发展加工贸易、跨境物流、边境贸易和跨境旅游，建设面向东盟的加工制造基地和商贸物流中心。支持红河片区开展边民互市贸易进口商品落地加工试点，扩大越南水果、农副产品等互市商品落地加工规模。"),
        ("item", "（三）", "德宏片区。", "依托中缅经济走廊，重点发展跨境产能合作、跨境金融、跨境电商和跨境旅游，建设沿边开放先行区和中缅经济走廊门户枢纽。支持德宏片区创新跨境劳务合作管理模式，探索为入境务工人员提供“一站式”服务。"),
        ("item", "（四）", "联动创新区。", "支持曲靖市、玉溪市和西双版纳州按程序设立自贸试验区联动创新区，由所在州、市人民政府会同省商务厅制定联动创新区建设方案，优先复制推广云南自贸试验区制度创新成果，开展差异化探索。"),
        ("h", "四、保障措施"),
        ("item", "（一）", "加强组织领导。", "省自贸试验区工作领导小组要加强统筹协调，每半年研究一次重大事项。各片区所在州、市人民政府要切实履行主体责任，省级有关部门要在规划、用地、资金、人才等方面给予支持。"),
        ("item", "（二）", "强化赋权放权。", "按照“应放尽放、能放则放”原则，动态调整省级行政权力下放清单，将与自贸试验区发展密切相关的省级管理权限依法下放或委托片区实施，并加强事中事后监管。"),
        ("item", "（三）", "完善考核评估。", "将自贸试验区建设成效纳入相关州、市和部门综合考核，建立第三方评估机制，每年对各片区提升战略实施情况开展评估，评估结果作为资金安排和政策支持的重要依据。"),
        ("p", "本通知执行过程中的重大问题，请及时向省人民政府报告。"),
        ("sign", "云南省人民政府"),
        ("date", "2026年4月13日"),
        ("pub", "（此件公开发布）"),
    ],
    specific={
        "（一）昆明片区。聚焦建设面向南亚东南亚": ["昆明片区"],
        "（二）红河片区。依托中越经济走廊": ["红河片区"],
        "（三）德宏片区。依托中缅经济走廊": ["德宏片区"],
        "（四）联动创新区。支持曲靖市、玉溪市": ["曲靖市", "玉溪市", "西双版纳州"],
    },
)

DOC2 = dict(
    key="doc2",
    toc_cat="【省政府办公厅文件】",
    toc_title="云南省人民政府办公厅关于加快发展跨境电子商务促进外贸新业态新模式的实施意见",
    toc_no="云政办发〔2026〕21号",
    find="云政办发〔2026〕21号",
    meta={
        "title": "云南省人民政府办公厅关于加快发展跨境电子商务促进外贸新业态新模式的实施意见",
        "doc_number": "云政办发〔2026〕21号",
        "issuer": ["云南省人民政府办公厅"],
        "date": "2026-04-22",
        "published": ISSUE_DATE,
        "level": "provincial",
        "region": "云南省",
        "effective": "2026-05-01",
        "expires": "2030-12-31",
        "attachments": [],
        "doc_type": "实施意见",
        "recipients": ["各州、市人民政府", "省直各委、办、厅、局"],
        "publicity": "此件公开发布",
        "repeals": "《云南省人民政府办公厅关于促进跨境电子商务健康快速发展的实施意见》（云政办发〔2019〕39号）",
    },
    blocks=[
        ("cat", "省政府办公厅文件"),
        ("title", ["云南省人民政府办公厅关于", "加快发展跨境电子商务促进外贸", "新业态新模式的实施意见"]),
        ("no", "云政办发〔2026〕21号"),
        ("recip", "各州、市人民政府，省直各委、办、厅、局："),
        ("p", "跨境电子商务是发展速度最快、潜力最大、带动作用最强的外贸新业态。为深入贯彻落实国家关于促进跨境电商健康持续创新发展的决策部署，充分发挥我省面向南亚东南亚的区位优势，推动跨境电商与产业带、口岸、自贸试验区和综合保税区融合发展，助力外贸稳规模优结构，经省人民政府同意，提出以下实施意见。"),
        ("h", "一、总体目标"),
        ("p", "到2027年，全省跨境电商进出口额达到500亿元，年均增长20%以上；培育年进出口额超1亿元的跨境电商经营主体50家以上，建设省级公共海外仓30个以上、边境仓20个以上，打造跨境电商产业园区10个以上，基本形成覆盖南亚东南亚、辐射全球的跨境电商产业生态。"),
        ("h", "二、重点任务"),
        ("h2", "（一）培育壮大经营主体。"),
        ("item", "1.", "引育龙头企业。", "加大跨境电商平台企业、品牌企业和综合服务企业招引力度，对新引进并在我省设立独立法人、年跨境电商进出口额首次超过1亿元的企业，由所在州、市给予一次性奖励，省级财政按照州、市奖励金额的50%给予补助。"),
        ("item", "2.", "推动传统外贸企业转型。", "支持传统外贸企业和生产制造企业利用跨境电商拓展销售渠道，开展品牌化、线上化经营。对年跨境电商出口额首次超过1000万元的生产型企业，给予不超过50万元的一次性奖励。"),
        ("item", "3.", "培育综合服务企业。", "支持跨境电商综合服务企业为中小微企业提供通关、物流、退税、结汇、融资等一站式服务，对服务本省中小微企业数量超过100家的综合服务企业，按照其服务费用减免额的30%给予补助，每家最高不超过100万元。"),
        ("h2", "（二）优化跨境电商发展布局。"),
        ("item", "1.", "提升综合试验区发展水平。", "支持中国（昆明）跨境电子商务综合试验区、中国（德宏）跨境电子商务综合试验区深化“六体系两平台”建设，在数据互通、品牌培育、规则标准等方面开展创新探索，每年形成一批可复制推广的经验做法。"),
        ("item", "2.", "支持有条件的地区申建综合试验区。", "支持红河州、西双版纳州加快完善跨境电商产业配套，对标综合试验区建设标准做好申建准备工作，条件成熟后按程序申报国家跨境电子商务综合试验区。"),
        ("item", "3.", "发挥综合保税区平台作用。", "支持昆明综合保税区、红河综合保税区开展跨境电商网购保税进口（1210）、“保税备货+直播销售”等业务，推动区内跨境电商企业开展保税维修、保税展示交易，打造跨境电商进口商品分拨中心。"),
        ("item", "4.", "建设跨境电商产业园区。", "鼓励各州、市依托产业集聚区、物流园区建设跨境电商产业园区，对经认定的省级跨境电商产业园区，给予一次性200万元补助。"),
        ("h2", "（三）完善海外仓和边境仓网络。"),
        ("item", "1.", "加快海外仓布局。", "支持企业在越南、老挝、缅甸、泰国、马来西亚、印度尼西亚、印度、孟加拉国等共建“一带一路”国家建设海外仓，提供仓储、分拨、配送、退换货、售后维修等服务。对经认定的省级公共海外仓，按照实际投资额的20%给予一次性补助，最高不超过200万元。"),
        ("item", "2.", "建设边境仓。", "依托沿边口岸（如磨憨、河口、瑞丽口岸）和边境经济合作区建设边境仓，发展“边境仓+跨境物流”“边境仓+直播”等模式，对经认定的边境仓按照实际投资额的15%给予一次性补助，最高不超过100万元。"),
        ("item", "3.", "推动海外仓数字化发展。", "支持海外仓企业建设智能仓储管理系统，与国内跨境电商平台、物流企业实现数据对接，对接入省跨境电商公共服务平台的海外仓，优先纳入省级公共海外仓认定范围。"),
        ("h2", "（四）提升通关便利化水平。"),
        ("item", "1.", "优化海关监管模式。", "全面推广跨境电商企业对企业直接出口（9710）、跨境电商出口海外仓（9810）监管模式，支持企业适用“一次登记、一点对接、便利通关、简化申报”等便利措施。"),
        ("item", "2.", "便利跨境电商退货。", "推动跨境电商出口退货“一站式”监管，支持在综合保税区等海关特殊监管区域设立退货中心仓，解决企业“退货难”问题。"),
        ("item", "3.", "发挥国际物流通道作用。", "用好中老铁路、中越国际道路运输通道和昆明至南亚东南亚国际航线，常态化开行跨境电商货运班列和班车，加密国际货运航线，对开行跨境电商专列、包机的企业按照有关规定给予运费补贴。"),
        ("h2", "（五）强化金融和人才支撑。"),
        ("item", "1.", "便利跨境支付结算。", "支持银行机构、持牌支付机构依法合规为跨境电商企业提供经常项目外汇结算服务，扩大跨境电商人民币结算规模，推广跨境电商收结汇“白名单”便利化措施。"),
        ("item", "2.", "加大信贷和保险支持。", "鼓励金融机构开发“跨境电商贷”“海外仓贷”等信贷产品，扩大出口信用保险对跨境电商和海外仓的覆盖面，对小微跨境电商企业投保出口信用保险的保费给予50%补助。"),
        ("item", "3.", "加强人才培养。", "支持省内高等院校、职业院校开设跨境电商相关专业，建设10个以上省级跨境电商人才培训基地，每年培训跨境电商从业人员1万人次以上，支持开展面向南亚东南亚国家留学生的跨境电商职业技能培训。"),
        ("h", "三、保障措施"),
        ("item", "（一）", "加强统筹协调。", "建立省跨境电商发展工作联席会议制度，由省商务厅牵头，省发展改革委、省财政厅、昆明海关、省税务局等部门参加，协调解决跨境电商发展中的重大问题。各州、市要建立相应工作机制，制定具体落实措施。"),
        ("item", "（二）", "加大资金支持。", "统筹用好中央外经贸发展专项资金和省级商务发展专项资金，支持跨境电商发展。本实施意见所列奖补政策与我省其他同类政策不重复享受，单个企业每年获得省级跨境电商奖补资金最高不超过300万元。"),
        ("item", "（三）", "完善统计监测。", "建立全省跨境电商统计监测制度，以海关统计数据为基础，结合平台企业、支付机构数据，科学测算跨境电商进出口规模，按季度通报各州、市跨境电商发展情况。"),
        ("item", "（四）", "优化营商环境。", "对跨境电商新业态实行包容审慎监管，建立跨境电商企业信用评价体系，加强知识产权保护和风险防控，依法打击侵权假冒、走私等违法行为。"),
        ("p", "本实施意见自2026年5月1日起施行，有效期至2030年12月31日。《云南省人民政府办公厅关于促进跨境电子商务健康快速发展的实施意见》（云政办发〔2019〕39号）同时废止。"),
        ("sign", "云南省人民政府办公厅"),
        ("date", "2026年4月22日"),
        ("pub", "（此件公开发布）"),
    ],
    specific={
        "1.提升综合试验区发展水平。支持中国（昆明）": ["中国（昆明）跨境电子商务综合试验区", "中国（德宏）跨境电子商务综合试验区"],
        "2.支持有条件的地区申建综合试验区。": ["红河州", "西双版纳州"],
        "3.发挥综合保税区平台作用。支持昆明综合保税区": ["昆明综合保税区", "红河综合保税区"],
    },
)

BORDER8 = ["怒江州", "保山市", "德宏州", "临沧市", "普洱市", "西双版纳州", "红河州", "文山州"]

TABLE3_HEAD = ["季度", "序号", "活动名称", "举办地", "组织单位"]
TABLE3_ROWS = [
    ["第二季度", "1", "越南（河内）中国商品展览会", "越南河内", "省商务厅、红河州商务局"],
    ["第二季度", "2", "2026中国—南亚博览会跨境电商专场对接会", "云南昆明", "省商务厅"],
    ["第二季度", "3", "老挝（万象）国际商品交易会云南展区", "老挝万象", "省商务厅、西双版纳州商务局"],
    ["第三季度", "4", "泰国（曼谷）国际食品展云南高原特色农产品展区", "泰国曼谷", "省商务厅、省农业农村厅"],
    ["第三季度", "5", "中国—东盟博览会云南展区", "广西南宁", "省商务厅"],
    ["第三季度", "6", "缅甸（仰光）中国商品展", "缅甸仰光", "省商务厅、德宏州商务局"],
    ["第四季度", "7", "印度尼西亚（雅加达）国际贸易博览会", "印度尼西亚雅加达", "省商务厅"],
    ["第四季度", "8", "中国国际进口博览会云南交易团对接活动", "上海", "省商务厅"],
    ["第四季度", "9", "阿联酋（迪拜）中东国际电子消费品展", "阿联酋迪拜", "省商务厅"],
    ["第四季度", "10", "云南—中亚经贸合作对接会", "云南昆明", "省商务厅"],
]

ANNEX3 = "2026年“一带一路”重点市场贸易促进活动安排表"

DOC3 = dict(
    key="doc3",
    toc_cat="【部门文件】",
    toc_title="云南省商务厅关于组织开展2026年“一带一路”重点市场贸易促进活动的通知",
    toc_no="云商外贸〔2026〕17号",
    find="云商外贸〔2026〕17号",
    meta={
        "title": "云南省商务厅关于组织开展2026年“一带一路”重点市场贸易促进活动的通知",
        "doc_number": "云商外贸〔2026〕17号",
        "issuer": ["云南省商务厅"],
        "date": "2026-03-27",
        "published": ISSUE_DATE,
        "level": "provincial",
        "region": "云南省",
        "effective": None,
        "expires": None,
        "attachments": [ANNEX3],
        "doc_type": "通知",
        "recipients": ["各州、市商务主管部门", "中国（云南）自由贸易试验区各片区管委会", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    },
    blocks=[
        ("pagebreak",),
        ("cat", "部门文件"),
        ("title", ["云南省商务厅关于组织开展", "2026年“一带一路”重点市场", "贸易促进活动的通知"]),
        ("no", "云商外贸〔2026〕17号"),
        ("recip", "各州、市商务主管部门，中国（云南）自由贸易试验区各片区管委会，各有关企业："),
        ("p", "为深入贯彻落实省委、省政府关于稳外贸和高质量共建“一带一路”的工作部署，支持企业深度开拓南亚东南亚、中东、中亚等重点市场，省商务厅决定2026年组织开展“一带一路”重点市场贸易促进活动。现将有关事项通知如下。"),
        ("h", "一、活动安排"),
        ("p", "2026年全年计划组织境内外重点展会和经贸对接活动10场，其中境外展会6场、境内展会及对接活动4场，具体安排见附件。各场活动的报名时间、参展要求等另行通知。"),
        ("h", "二、支持政策"),
        ("item", "（一）", "展位费补助。", "企业参加附件所列境外展会的，按照标准展位费的70%给予补助，每家企业每个展会补助不超过2个标准展位（9平方米/个）。"),
        ("item", "（二）", "人员费用补助。", "企业参加附件所列境外展会的，对每个展位1名参展人员的国际往返经济舱机票费用给予全额补助。"),
        ("item", "（三）", "沿边州、市企业倾斜支持。", "对怒江州、保山市、德宏州、临沧市、普洱市、西双版纳州、红河州、文山州等8个沿边州、市注册的企业参加缅甸、老挝、越南境内展会的，展位费补助比例提高至90%。"),
        ("item", "（四）", "", "同一企业同一展会已获得中央财政或其他省级财政资金支持的，不再重复支持。"),
        ("h", "三、工作要求"),
        ("item", "（一）", "认真做好组织动员。", "各州、市商务主管部门要结合本地产业特点，积极动员辖区内外贸企业参展参会，于每场活动开始前30日将报名企业汇总表报送省商务厅（对外贸易处）。"),
        ("item", "（二）", "规范资金申报。", "补助资金实行“先参展、后申报”，企业应于展会结束后60日内通过所在州、市商务主管部门提交补助申请，逾期不予受理。省商务厅会同省财政厅审核后拨付资金。"),
        ("item", "（三）", "加强沟通联系。", "各片区管委会要做好区内企业服务保障，及时反映企业诉求。省商务厅联系人：对外贸易处王晓楠，电话：0871-63218756。"),
        ("attach", "附件：" + ANNEX3),
        ("sign", "云南省商务厅"),
        ("date", "2026年3月27日"),
        ("pub", "（此件公开发布）"),
        ("annex", "附件", ANNEX3),
        ("table", TABLE3_HEAD, TABLE3_ROWS),
    ],
    specific={
        "（三）沿边州、市企业倾斜支持。": BORDER8,
    },
)

DOC4 = dict(
    key="doc4",
    toc_cat="【政策解读】",
    toc_title="《云南省人民政府办公厅关于加快发展跨境电子商务促进外贸新业态新模式的实施意见》政策解读",
    toc_no=None,
    find="问：《实施意见》出台的背景",
    meta={
        "title": "《云南省人民政府办公厅关于加快发展跨境电子商务促进外贸新业态新模式的实施意见》政策解读",
        "doc_number": None,
        "issuer": ["云南省商务厅"],
        "date": None,
        "published": ISSUE_DATE,
        "level": "provincial",
        "region": "云南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "政策解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    },
    blocks=[
        ("cat", "政策解读"),
        ("title", ["《云南省人民政府办公厅关于", "加快发展跨境电子商务促进外贸", "新业态新模式的实施意见》", "政策解读"]),
        ("byline", "云南省商务厅"),
        ("qa", "问：《实施意见》出台的背景是什么？",
         "答：近年来，我省跨境电商保持较快增长，2025年全省跨境电商进出口额约350亿元，但仍存在经营主体规模偏小、海外仓布局不足、物流成本偏高等问题。为抢抓共建“一带一路”和《区域全面经济伙伴关系协定》（RCEP）深入实施的机遇，省商务厅会同有关部门起草了《实施意见》，经省人民政府同意，由省人民政府办公厅印发实施。"),
        ("qa", "问：《实施意见》提出了哪些发展目标？",
         "答：《实施意见》提出，到2027年，全省跨境电商进出口额达到500亿元，年均增长20%以上；培育年进出口额超1亿元的经营主体50家以上，建设省级公共海外仓30个以上、边境仓20个以上，打造跨境电商产业园区10个以上。"),
        ("qa", "问：在支持经营主体方面有哪些“真金白银”的政策？",
         "答：主要有三项：一是对新引进并在我省设立独立法人、年进出口额首次超过1亿元的企业，省级财政按照州、市奖励金额的50%给予补助；二是对年跨境电商出口额首次超过1000万元的生产型企业，给予不超过50万元的一次性奖励；三是对服务本省中小微企业超过100家的综合服务企业，按照服务费用减免额的30%给予补助，每家最高不超过100万元。"),
        ("qa", "问：对海外仓和边境仓建设有哪些支持？",
         "答：对经认定的省级公共海外仓，按照实际投资额的20%给予一次性补助，最高不超过200万元；对经认定的边境仓，按照实际投资额的15%给予一次性补助，最高不超过100万元。同时，接入省跨境电商公共服务平台的海外仓将优先纳入省级公共海外仓认定范围。"),
        ("qa", "问：《实施意见》什么时候开始施行？原有政策如何衔接？",
         "答：《实施意见》自2026年5月1日起施行，有效期至2030年12月31日。《云南省人民政府办公厅关于促进跨境电子商务健康快速发展的实施意见》（云政办发〔2019〕39号）同时废止。企业在2026年5月1日前已按原政策申报的奖补项目，继续按原政策执行。"),
    ],
    specific={},
)

# 人事任免: printed in the issue, but not a policy document with clauses (see README).
RENMIAN = dict(
    key="renmian",
    toc_cat="【人事任免】",
    toc_title="云南省人民政府任免国家工作人员",
    toc_no=None,
    find="任免国家工作人员",
    blocks=[
        ("cat", "人事任免"),
        ("title", ["云南省人民政府任免国家工作人员"]),
        ("no", "（2026年4月16日）"),
        ("lines", [
            "任命赵振华为云南省商务厅副厅长；",
            "任命孙丽萍为云南省发展和改革委员会副主任；",
            "任命何志强为中国（云南）自由贸易试验区红河片区管理委员会主任（兼）；",
            "免去周海涛的云南省商务厅副厅长职务，退休；",
            "免去杨文斌的中国（云南）自由贸易试验区红河片区管理委员会主任职务。",
        ]),
    ],
)

ALL = [DOC1, DOC2, DOC3, DOC4, RENMIAN]
DOCS = [DOC1, DOC2, DOC3, DOC4]


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------

def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, first=None, left=None, right=None, before=0, after=0, line=None, keep=False):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = Pt(line)
    if keep:
        pf.keep_with_next = True
    return p


PPR_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                  "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
                  "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
                  "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
                  "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
                  "w:pPrChange")


def border(p, side="bottom", sz=8, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.insert_element_before(pbdr, *PPR_AFTER_PBDR)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def shade(p, fill="D9D9D9"):
    ppr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.insert_element_before(shd, *PPR_AFTER_PBDR[1:])


def set_cols(section, num, space_cm=0.75, sep=True):
    sp = section._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sp.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_cm / 2.54 * 1440)))
    if sep and num > 1:
        cols.set(qn("w:sep"), "1")
    elif qn("w:sep") in cols.attrib:
        del cols.attrib[qn("w:sep")]


def page_field(p, size, pre="— ", post=" —"):
    r = set_font(p.add_run(pre), SONG, size)
    r = p.add_run()
    set_font(r, SONG, size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r = p.add_run()
    set_font(r, SONG, size)
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " PAGE "
    r._r.append(t)
    r = p.add_run()
    set_font(r, SONG, size)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._r.append(s)
    set_font(p.add_run("2"), SONG, size)
    r = p.add_run()
    set_font(r, SONG, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._r.append(e)
    set_font(p.add_run(post), SONG, size)


def geometry(section):
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(2.6)
    section.bottom_margin = Cm(2.2)
    section.left_margin = Cm(2.0)
    section.right_margin = Cm(2.0)
    section.header_distance = Cm(1.4)
    section.footer_distance = Cm(1.2)


def clear_header_tabs(p):
    """The built-in Header style has centre/right tabs at 4680/9360 twips: clear them."""
    from docx.shared import Twips
    for pos in (4680, 9360):
        p.paragraph_format.tab_stops.add_tab_stop(Twips(pos), WD_TAB_ALIGNMENT.CLEAR)


def running_heads(section):
    """Odd pages: 公报名 left, 期号 right; even pages mirrored.  Page number at the foot, outer side."""
    # odd
    h = section.header
    p = h.paragraphs[0]
    p.text = ""
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    clear_header_tabs(p)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.9), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run("云南省人民政府公报"), HEI, 10.5)
    set_font(p.add_run("\t" + ISSUE), SONG, 10.5)
    border(p, "bottom", 6, "000000", 1)
    f = section.footer
    p = f.paragraphs[0]
    p.text = ""
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
    page_field(p, 12)
    # even
    h = section.even_page_header
    p = h.paragraphs[0]
    p.text = ""
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    clear_header_tabs(p)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.9), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run(ISSUE), SONG, 10.5)
    set_font(p.add_run("\t云南省人民政府公报"), HEI, 10.5)
    border(p, "bottom", 6, "000000", 1)
    f = section.even_page_footer
    p = f.paragraphs[0]
    p.text = ""
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT)
    page_field(p, 12)


# ---------------------------------------------------------------------------
# building
# ---------------------------------------------------------------------------

LINE = 16  # exact line spacing of body text, pt


def body_par(doc, first=True):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=(2 * BODY_PT if first else 0), line=LINE)
    return p


def cover(doc, pages):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=18, after=4)
    set_font(p.add_run("云南省人民政府公报"), XBS, 40, color=RED)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    set_font(p.add_run("GAZETTE OF THE PEOPLE'S GOVERNMENT OF YUNNAN PROVINCE"), "Times New Roman", 11, color=RED)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    set_font(p.add_run(ISSUE + "（" + ISSUE_TOTAL + "）"), SONG, 14, bold=True)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    set_font(p.add_run("云南省人民政府办公厅主办　　" + ISSUE_DATE_CN + "出版"), SONG, 11)
    border(p, "bottom", 24, "E60012", 4)

    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=16, after=10)
    set_font(p.add_run("目　　录"), HEI, 18)

    for d in ALL:
        p = doc.add_paragraph()
        fmt(p, before=8, after=2, keep=True)
        set_font(p.add_run(d["toc_cat"]), HEI, 12)
        p = doc.add_paragraph()
        fmt(p, left=24, first=0, line=20, after=2)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        txt = d["toc_title"]
        if d["toc_no"]:
            txt += "\n（" + d["toc_no"] + "）"
        parts = txt.split("\n")
        for i, part in enumerate(parts):
            r = set_font(p.add_run(part), FS, 12)
            if i < len(parts) - 1:
                r.add_break()
        set_font(p.add_run("\t" + str(pages.get(d["key"], 0))), SONG, 12)

    for _ in range(2):
        fmt(doc.add_paragraph(), line=20)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=24, line=18)
    border(p, "top", 6, "000000", 4)
    set_font(p.add_run("主管主办：云南省人民政府办公厅　　编辑出版：云南省人民政府公报编辑部"), SONG, 9)
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=18)
    set_font(p.add_run("地址：昆明市五华路1号　邮政编码：650021　电话：0871-63625031（本刊免费赠阅）"), SONG, 9)


def add_blocks(doc, d):
    brk = False
    for b in d["blocks"]:
        k = b[0]
        if k == "pagebreak":
            brk = True  # next paragraph starts a new page (page_break_before)
        elif k == "cat":
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, before=6, after=6, keep=True)
            if brk:
                p.paragraph_format.page_break_before = True
                brk = False
            shade(p, "E7E6E6")
            set_font(p.add_run("■ " + b[1]), HEI, 12)
        elif k == "title":
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=8, after=4, line=24, keep=True)
            for i, ln in enumerate(b[1]):
                r = set_font(p.add_run(ln), XBS, 15)
                if i < len(b[1]) - 1:
                    r.add_break()  # soft line break inside the title
        elif k == "no":
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=8, line=LINE, keep=True)
            txt = b[1] if b[1].startswith("（") else "（" + b[1] + "）"
            set_font(p.add_run(txt), KAI, BODY_PT)
        elif k == "byline":
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=8, line=LINE, keep=True)
            set_font(p.add_run(b[1]), KAI, 12)
        elif k == "recip":
            p = body_par(doc, first=False)
            set_font(p.add_run(b[1]), FS, BODY_PT)
        elif k == "h":
            p = body_par(doc)
            p.paragraph_format.keep_with_next = True
            set_font(p.add_run(b[1]), HEI, BODY_PT)
        elif k == "h2":
            p = body_par(doc)
            p.paragraph_format.keep_with_next = True
            set_font(p.add_run(b[1]), KAI, BODY_PT)
        elif k == "p":
            p = body_par(doc)
            set_font(p.add_run(b[1]), FS, BODY_PT)
        elif k == "item":
            label, runin, text = b[1], b[2], b[3]
            p = body_par(doc)
            if label.startswith("（"):
                set_font(p.add_run(label + runin), KAI, BODY_PT)
            else:
                set_font(p.add_run(label + runin), FS, BODY_PT, bold=True)
            set_font(p.add_run(text), FS, BODY_PT)
        elif k == "qa":
            p = body_par(doc)
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_before = Pt(4)
            set_font(p.add_run(b[1]), HEI, BODY_PT)
            p = body_par(doc)
            set_font(p.add_run(b[2]), FS, BODY_PT)
        elif k == "attach":
            p = body_par(doc)
            p.paragraph_format.space_before = Pt(LINE)
            set_font(p.add_run(b[1]), FS, BODY_PT)
        elif k == "sign":
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=2 * BODY_PT, before=LINE, line=LINE, keep=True)
            set_font(p.add_run(b[1]), FS, BODY_PT)
        elif k == "date":
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT, right=2 * BODY_PT, line=LINE, keep=True)
            set_font(p.add_run(b[1]), FS, BODY_PT)
        elif k == "pub":
            p = body_par(doc)
            p.paragraph_format.space_after = Pt(10)
            set_font(p.add_run(b[1]), FS, BODY_PT)
        elif k == "lines":
            # one paragraph, names separated by soft line breaks
            p = body_par(doc)
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
            for i, ln in enumerate(b[1]):
                r = set_font(p.add_run(ln), FS, BODY_PT)
                if i < len(b[1]) - 1:
                    r.add_break()
        elif k == "annex":
            # the attachment goes into its own one-column section on a new page
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            sec.different_first_page_header_footer = False
            set_cols(sec, 1)
            p = doc.add_paragraph()
            fmt(p, line=LINE, after=4)
            set_font(p.add_run(b[1]), HEI, 12)
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, after=8, line=24, keep=True)
            set_font(p.add_run(b[2]), XBS, 15)
        elif k == "table":
            head, rows = b[1], b[2]
            t = doc.add_table(rows=1 + len(rows), cols=len(head))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = [Cm(2.0), Cm(1.3), Cm(7.2), Cm(3.0), Cm(3.5)]
            t.autofit = False
            for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
                gc.set(qn("w:w"), str(int(w.twips)))
            for ri in range(len(rows) + 1):
                for ci in range(len(head)):
                    t.cell(ri, ci).width = widths[ci]
            for ci, h in enumerate(head):
                c = t.cell(0, ci)
                c.text = ""
                p = c.paragraphs[0]
                fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=18)
                set_font(p.add_run(h), HEI, 10.5)
            # header row repeats
            trpr = t.rows[0]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader")
            th.set(qn("w:val"), "true")
            trpr.append(th)
            for ri, row in enumerate(rows, start=1):
                for ci, val in enumerate(row):
                    if ci == 0:
                        continue
                    c = t.cell(ri, ci)
                    c.text = ""
                    p = c.paragraphs[0]
                    fmt(p, align=(WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER), line=18)
                    set_font(p.add_run(val), FS, 10.5)
            # merge the 季度 column over runs of equal values
            start = 1
            for ri in range(1, len(rows) + 2):
                if ri == len(rows) + 1 or rows[ri - 1][0] != rows[start - 1][0]:
                    top = t.cell(start, 0)
                    if ri - 1 > start:
                        top = top.merge(t.cell(ri - 1, 0))
                    for p in top.paragraphs[1:]:
                        p._p.getparent().remove(p._p)
                    p = top.paragraphs[0]
                    for r in list(p.runs):
                        r._r.getparent().remove(r._r)
                    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=18)
                    set_font(p.add_run(rows[start - 1][0]), FS, 10.5)
                    tcpr = top._tc.get_or_add_tcPr()
                    va = OxmlElement("w:vAlign")
                    va.set(qn("w:val"), "center")
                    tcpr.append(va)
                    start = ri
        else:
            raise ValueError(k)


def build(pages, path):
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(BODY_PT)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    s0 = doc.sections[0]
    geometry(s0)
    set_cols(s0, 1)
    s0.different_first_page_header_footer = True
    running_heads(s0)
    cover(doc, pages)

    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    s1.different_first_page_header_footer = False
    set_cols(s1, 2)
    for d in [DOC1, DOC2, DOC3]:
        add_blocks(doc, d)
    # back to two columns (new page) after the one-column attachment table
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.different_first_page_header_footer = False
    set_cols(s3, 2)
    for d in [DOC4, RENMIAN]:
        add_blocks(doc, d)
    doc.core_properties.title = "云南省人民政府公报" + ISSUE
    doc.core_properties.author = "云南省人民政府公报编辑部"
    doc.save(path)


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(docx_path)[0] + ".pdf"


def find_pages(pdf_path):
    import pdfplumber
    found = {}
    with pdfplumber.open(pdf_path) as pdf:
        n = len(pdf.pages)
        for i, page in enumerate(pdf.pages):
            if i == 0:
                continue  # cover / 目录
            w = page.width
            texts = [page.crop((0, 0, w / 2, page.height)).extract_text() or "",
                     page.crop((w / 2, 0, w, page.height)).extract_text() or "",
                     page.extract_text() or ""]
            txt = "".join(re.sub(r"\s+", "", t) for t in texts)
            for d in ALL:
                if d["key"] not in found and d["find"] in txt:
                    found[d["key"]] = i + 1
    return found, n


def clause_list(d):
    out = []
    for b in d["blocks"]:
        k = b[0]
        if k == "p":
            out.append(b[1])
        elif k == "item":
            out.append(b[1] + b[2] + b[3])
        elif k == "qa":
            out.append(b[1] + "\n" + b[2])
        elif k == "table":
            head, rows = b[1], b[2]
            for row in rows:
                out.append("；".join("%s：%s" % (h, v) for h, v in zip(head, row)))
    return out


def expected():
    docs = []
    for d in DOCS:
        cl = clause_list(d)
        for k in d["specific"]:
            assert sum(1 for c in cl if c.startswith(k)) == 1, k
            assert len(k) >= 15, k
        docs.append({"meta": d["meta"], "clauses": cl, "applies_to": {"specific": d["specific"]}})
    return {STEM: docs}


def main():
    docx_path = os.path.join(HERE, STEM + ".docx")
    pages = {"doc1": 2, "doc2": 3, "doc3": 5, "doc4": 7, "renmian": 7}
    for _ in range(4):
        build(pages, docx_path)
        pdf_path = to_pdf(docx_path)
        found, n = find_pages(pdf_path)
        missing = [d["key"] for d in ALL if d["key"] not in found]
        if missing:
            print("warning: not found in PDF:", missing, file=sys.stderr)
            break
        if found == pages:
            break
        pages = found
    print("pages:", pages, "total", n)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
