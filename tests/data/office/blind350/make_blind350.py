# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test files, round 350: a city's policy compilation (政策文件汇编) made in
Word and printed to PDF by LibreOffice.  Writes next to itself:

  blind350_yueyang_huibian.docx / .pdf
  expected.json

Run:  . /work/venv/bin/activate && python make_blind350.py
All documents, numbers, dates and companies are fictional.
"""
import copy
import json
import os
import re
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "blind350_yueyang_huibian"
HUIBIAN = "岳阳市开放型经济政策文件汇编（2026年版）"

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"

BODY_PT = 12          # 小四 — compilations are printed much smaller than 三号 to save paper
LINE_PT = 19
SP = "\u3000"          # ideographic space

# ---------------------------------------------------------------------------
# Content.  Every document is a list of blocks; expected.json is derived from
# the same blocks so the key and the files cannot drift apart.
#   ("title", [lines])            title, soft line breaks between lines
#   ("subtitle", [lines])         title of the 印发-ed text inside a 通知
#   ("bracket", text)             （文号　日期） line under the title
#   ("recip", text)               主送机关
#   ("p", text)                   body paragraph = clause
#   ("run", head, rest)           run-in heading paragraph = clause (head+rest)
#   ("h1", text) / ("h2", text)   heading alone on its line (not a clause)
#   ("chap", text)                第X章 heading (not a clause)
#   ("art", [paras])              article; paragraphs joined by \n = one clause
#   ("table", header, rows, merges)  each row = one clause
#   ("attach", [lines])           附件说明 (not a clause)
#   ("note", text)                editor's note like （附件略） (not a clause)
#   ("sign", [lines])             落款 (not a clause)
#   ("public", text)              （此件公开发布） (not a clause)
#   ("banji", [(left, right)])    版记 rows (not a clause)
# ---------------------------------------------------------------------------

DOC_E = dict(
    key="E",
    toc_group="一、省级文件",
    toc_title="湖南省人民政府办公厅关于推动综合保税区高质量发展的实施意见",
    find="高质量发展的实施意见",
    meta={
        "title": "湖南省人民政府办公厅关于推动综合保税区高质量发展的实施意见",
        "doc_number": "湘政办发〔2025〕18号",
        "issuer": ["湖南省人民政府办公厅"],
        "date": "2025-04-22",
        "published": None,
        "level": "provincial",
        "region": "湖南省",
        "effective": "2025-06-01",
        "expires": "2030-05-31",
        "attachments": [],
        "doc_type": "意见",
        "recipients": ["各市州人民政府", "省政府各厅委、各直属机构"],
        "publicity": None,
        "repeals": None,
    },
    specific={
        "（二）强化区港联动。支持岳阳城陵矶综合保税区": ["岳阳城陵矶综合保税区", "长沙黄花综合保税区"],
        "（四）建设指定监管场地。支持岳阳城陵矶综合保税区": ["岳阳城陵矶综合保税区", "郴州综合保税区"],
    },
    blocks=[
        ("title", ["湖南省人民政府办公厅关于推动综合保税区", "高质量发展的实施意见"]),
        ("bracket", "（湘政办发〔2025〕18号" + SP + "2025年4月22日）"),
        ("recip", "各市州人民政府，省政府各厅委、各直属机构："),
        ("p", "为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》，推动我省综合保税区加快转型升级，"
              "经省人民政府同意，现提出如下实施意见。"),
        ("h1", "一、优化功能布局"),
        ("run", "（一）推动差异化发展。", "各综合保税区要立足所在地产业基础，聚焦1至2个主导产业，培育加工制造、研发设计、"
                "物流分拨、检测维修、销售服务中心。"),
        ("run", "（二）强化区港联动。", "支持岳阳城陵矶综合保税区与城陵矶港实行“区港一体化”运作，推广“船边直提”“抵港直装”模式；"
                "支持长沙黄花综合保税区与长沙黄花国际机场联动发展航空货运业务。"),
        ("h1", "二、培育新兴业态"),
        ("h2", "（三）发展保税新业态"),
        ("p", "1.支持综合保税区内企业开展高技术、高附加值、符合环保要求的保税维修和再制造业务，对维修产品目录实行动态调整。"),
        ("p", "2.支持在综合保税区内开展跨境电商网购保税进口和特殊区域出口（1210）业务，建设跨境电商公共海外仓分拨中心。"),
        ("p", "3.鼓励融资租赁企业在综合保税区内开展飞机、船舶、大型设备租赁业务。"),
        ("run", "（四）建设指定监管场地。", "支持岳阳城陵矶综合保税区、郴州综合保税区按程序申建进境粮食、肉类、水果等指定监管场地，"
                "对获批建设的，省级财政按建设投资额的30%给予补助，最高不超过500万元。"),
        ("h1", "三、提升监管效能"),
        ("run", "（五）深化通关改革。", "全面推广“分送集报”“自行运输”“仓储货物按状态分类监管”等措施，"
                "推动中国（湖南）自由贸易试验区改革试点经验在综合保税区复制推广。"),
        ("run", "（六）推进智慧监管。", "加快建设综合保税区智慧监管平台，实现区内企业账册、卡口、视频监控等信息互联共享。"),
        ("h1", "四、加强组织保障"),
        ("run", "（七）强化考核评估。", "省商务厅会同长沙海关等部门每年对全省综合保税区开展绩效评估，评估结果与省级开放型经济"
                "专项资金分配挂钩。"),
        ("run", "（八）落实属地责任。", "各市州人民政府是本地综合保税区建设发展的责任主体，要建立健全工作协调机制，"
                "加大人才、用地、资金等要素保障力度。"),
        ("p", "本意见自2025年6月1日起施行，有效期5年。"),
    ],
)

DOC_A = dict(
    key="A",
    toc_group="二、市级文件",
    toc_title="岳阳市人民政府办公室关于印发《岳阳市深度融入共建“一带一路”推动高水平对外开放若干措施》的通知",
    find="岳阳市人民政府办公室",
    meta={
        "title": "岳阳市人民政府办公室关于印发《岳阳市深度融入共建“一带一路”推动高水平对外开放若干措施》的通知",
        "doc_number": "岳政办发〔2025〕9号",
        "issuer": ["岳阳市人民政府办公室"],
        "date": "2025-03-14",
        "published": None,
        "level": "municipal",
        "region": "岳阳市",
        "effective": "2025-03-14",
        "expires": "2028-03-13",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各县市区人民政府",
                       "岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区管委会",
                       "市直有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    },
    specific={
        "（四）建设外贸转型升级基地。支持临湘市": ["临湘市", "华容县"],
        "（五）推进自贸片区制度创新。支持中国（湖南）": ["中国（湖南）自由贸易试验区岳阳片区"],
        "（六）做强综合保税区。支持岳阳城陵矶综合保税区": ["岳阳城陵矶综合保税区"],
    },
    blocks=[
        ("title", ["岳阳市人民政府办公室", "关于印发《岳阳市深度融入共建“一带一路”",
                   "推动高水平对外开放若干措施》的通知"]),
        ("bracket", "（岳政办发〔2025〕9号" + SP + "2025年3月14日）"),
        ("recip", "各县市区人民政府，岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区管委会，市直有关单位："),
        ("p", "《岳阳市深度融入共建“一带一路”推动高水平对外开放若干措施》已经市人民政府同意，现印发给你们，请认真抓好贯彻落实。"),
        ("sign", ["岳阳市人民政府办公室", "2025年3月14日"]),
        ("public", "（此件公开发布）"),
        ("subtitle", ["岳阳市深度融入共建“一带一路”", "推动高水平对外开放若干措施"]),
        ("p", "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，加快建设通江达海的开放强市，"
              "结合我市实际，制定如下措施。"),
        ("h1", "一、畅通国际物流通道"),
        ("run", "（一）加密江海联运航线。", "支持城陵矶港加密至上海洋山港、宁波舟山港的江海联运航线，拓展至越南海防、"
                "泰国林查班等东盟港口的江海直达航线。对新开通并稳定运营6个月以上的国际集装箱航线，每条航线给予50万元一次性补助。"),
        ("run", "（二）稳定开行中欧班列。", "支持岳阳至莫斯科、塔什干等方向中欧（中亚）班列常态化开行，"
                "对本地货源占比超过50%的班列，按照每列最高5万元给予运费补贴。"),
        ("h1", "二、壮大外贸经营主体"),
        ("run", "（三）培育外贸龙头企业。", "对年进出口额首次突破1亿美元、5000万美元的企业，分别给予100万元、50万元奖励。"),
        ("run", "（四）建设外贸转型升级基地。", "支持临湘市浮标钓具产业、华容县纺织服装产业申建国家级外贸转型升级基地，"
                "获批后由市财政给予200万元奖励。"),
        ("h1", "三、提升开放平台能级"),
        ("run", "（五）推进自贸片区制度创新。", "支持中国（湖南）自由贸易试验区岳阳片区对标上海、海南自由贸易港等地先进经验，"
                "每年形成10项以上制度创新成果，对入选全国、全省复制推广的创新成果，分别给予牵头单位30万元、10万元奖励。"),
        ("run", "（六）做强综合保税区。", "支持岳阳城陵矶综合保税区发展保税维修、保税研发和跨境电商业务，"
                "对区内新引进的年进出口额超过1000万美元的加工贸易企业，给予20万元奖励。"),
        ("h1", "四、强化要素保障"),
        ("run", "（七）加大金融支持。", "引导银行机构扩大出口信用保险保单融资规模，对企业投保短期出口信用保险的保费给予最高50%的补贴。"),
        ("run", "（八）优化涉外服务。", "依托市政务服务中心设立“一带一路”企业服务专窗，为企业提供境外投资备案、"
                "国际商事法律咨询等“一站式”服务。"),
        ("p", "本措施自印发之日起施行，有效期3年。此前我市出台的相关政策与本措施不一致的，以本措施为准。"),
    ],
)

DOC_B = dict(
    key="B",
    toc_group=None,
    toc_title="岳阳市跨境电子商务发展专项资金管理办法",
    find="专项资金管理办法",
    meta={
        "title": "岳阳市跨境电子商务发展专项资金管理办法",
        "doc_number": "岳商务发〔2025〕17号",
        "issuer": ["岳阳市商务局", "岳阳市财政局"],
        "date": "2025-05-20",
        "published": None,
        "level": "municipal",
        "region": "岳阳市",
        "effective": "2025-07-01",
        "expires": "2027-12-31",
        "attachments": [],
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": "《岳阳市跨境电子商务专项资金管理暂行办法》（岳商务发〔2022〕8号）",
    },
    specific={
        "第六条" + SP + "支持保税备货业务。对在岳阳城陵矶": ["岳阳城陵矶综合保税区"],
    },
    blocks=[
        ("title", ["岳阳市跨境电子商务发展专项资金管理办法"]),
        ("bracket", "（岳商务发〔2025〕17号" + SP + "2025年5月20日）"),
        ("chap", "第一章" + SP + "总" + SP + "则"),
        ("art", ["第一条" + SP + "为规范跨境电子商务发展专项资金（以下简称专项资金）管理，提高资金使用效益，推动中国（岳阳）"
                 "跨境电子商务综合试验区建设，根据《中华人民共和国预算法》等有关规定，结合本市实际，制定本办法。"]),
        ("art", ["第二条" + SP + "本办法所称专项资金，是指市本级财政预算安排，用于支持本市跨境电子商务发展的资金。"]),
        ("art", ["第三条" + SP + "专项资金的管理和使用遵循公开透明、突出重点、注重绩效的原则。市商务局负责项目申报组织、"
                 "审核和绩效管理，市财政局负责资金预算安排和拨付。"]),
        ("chap", "第二章" + SP + "支持方向和标准"),
        ("art", ["第四条" + SP + "支持跨境电商主体培育。对在本市注册、年度跨境电商进出口额首次达到以下规模的企业，给予一次性奖励：",
                 "（一）达到1000万美元的，奖励20万元；",
                 "（二）达到3000万美元的，奖励50万元；",
                 "（三）达到1亿美元的，奖励100万元。",
                 "同一企业按照就高原则给予奖励，不重复享受。"]),
        ("art", ["第五条" + SP + "支持海外仓建设。对企业在共建“一带一路”国家和地区新建或租用、面积在2000平方米以上的海外仓，"
                 "按照实际投资额或年租金的20%给予补助，单个企业每年最高不超过100万元。"]),
        ("art", ["第六条" + SP + "支持保税备货业务。对在岳阳城陵矶综合保税区开展跨境电商网购保税进口（1210）业务、"
                 "年度单量超过50万单的企业，按照每单0.5元给予补助，单个企业每年最高不超过50万元。"]),
        ("art", ["第七条" + SP + "支持产业园区建设。对经市商务局认定的市级跨境电商产业园，给予运营主体一次性50万元奖励。"]),
        ("chap", "第三章" + SP + "申报和审核"),
        ("art", ["第八条" + SP + "专项资金实行年度申报制度。市商务局每年发布申报通知，明确申报条件、申报材料和申报时限。"]),
        ("art", ["第九条" + SP + "申报企业应当在本市依法登记注册，具有独立法人资格，近三年内无重大违法违规行为，"
                 "未被列入严重失信主体名单。"]),
        ("art", ["第十条" + SP + "市商务局会同市财政局组织专家或委托第三方机构对申报项目进行审核，审核结果在市商务局门户网站"
                 "公示5个工作日。公示无异议的，按程序拨付资金。"]),
        ("chap", "第四章" + SP + "监督管理"),
        ("art", ["第十一条" + SP + "申报单位对申报材料的真实性负责。对以虚报、冒领等手段骗取专项资金的，追回已拨付资金，"
                 "5年内取消其申报资格；涉嫌犯罪的，依法移送司法机关处理。"]),
        ("chap", "第五章" + SP + "附" + SP + "则"),
        ("art", ["第十二条" + SP + "本办法由市商务局、市财政局负责解释。"]),
        ("art", ["第十三条" + SP + "本办法自2025年7月1日起施行，有效期至2027年12月31日。《岳阳市跨境电子商务专项资金管理暂行办法》"
                 "（岳商务发〔2022〕8号）同时废止。"]),
        ("sign", ["岳阳市商务局" + SP * 3 + "岳阳市财政局", "2025年5月20日"]),
    ],
)

TABLE_HEADER = ["序号", "奖励类别", "奖励项目", "奖励标准"]
TABLE_ROWS = [
    ["1", "外贸主体培育", "新增有进出口实绩企业", "年进出口额50万美元以上的，每家奖励3万元"],
    ["2", "外贸主体培育", "自贸片区新设外贸企业",
     "在中国（湖南）自由贸易试验区岳阳片区新注册、当年进出口额超过100万美元的，每家奖励5万元"],
    ["3", "外贸主体培育", "外贸综合服务企业", "年服务本市中小微外贸企业50家以上的，奖励10万元"],
    ["4", "国际市场开拓", "境外展会", "参加市商务局推荐的境外展会，按展位费的70%给予补助，每家企业每年最高15万元"],
    ["5", "国际市场开拓", "境外商标注册和产品认证", "按实际发生费用的50%给予补助，每家企业每年最高10万元"],
    ["6", "对外投资合作", "境外投资", "在共建“一带一路”国家中方实际投资额500万美元以上的，按实际投资额的1%给予奖励，最高100万元"],
    ["7", "对外投资合作", "对外承包工程", "年完成营业额1000万美元以上的，奖励20万元"],
]
TABLE_MERGES = [(1, 3, 1), (4, 5, 1), (6, 7, 1)]   # (first data row, last data row, column), 1-based rows

DOC_C = dict(
    key="C",
    toc_group=None,
    toc_title="岳阳市外经贸高质量发展奖励标准（2025—2026年度）",
    find="奖励标准（2025—2026年度）",
    meta={
        "title": "岳阳市外经贸高质量发展奖励标准（2025—2026年度）",
        "doc_number": "岳商务发〔2025〕23号",
        "issuer": ["岳阳市商务局"],
        "date": "2025-06-26",
        "published": None,
        "level": "municipal",
        "region": "岳阳市",
        "effective": "2025-07-01",
        "expires": "2026-12-31",
        "attachments": ["岳阳市外经贸发展奖励资金申报表", "申报材料清单"],
        "doc_type": "奖励标准",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    },
    specific={
        "序号：2；奖励类别：外贸主体培育；奖励项目：自贸片区新设外贸企业": ["中国（湖南）自由贸易试验区岳阳片区"],
    },
    blocks=[
        ("title", ["岳阳市外经贸高质量发展奖励标准", "（2025—2026年度）"]),
        ("bracket", "（岳商务发〔2025〕23号" + SP + "2025年6月26日）"),
        ("p", "为落实《岳阳市深度融入共建“一带一路”推动高水平对外开放若干措施》（岳政办发〔2025〕9号），"
              "稳住外贸外资基本盘，市商务局制定本标准。"),
        ("run", "一、适用范围。", "在本市行政区域内依法登记注册、具有进出口经营资格的企业，以及在境外投资经营的本市企业。"),
        ("h1", "二、奖励标准"),
        ("table", TABLE_HEADER, TABLE_ROWS, TABLE_MERGES),
        ("p", "注：同一项目符合多项奖励条件的，按最高标准执行，不重复奖励。"),
        ("h1", "三、其他事项"),
        ("p", "1.奖励资金由企业自愿申报，每年集中申报一次，申报时间以市商务局通知为准。"),
        ("p", "2.同一企业同一年度获得市级外经贸类奖励资金累计不超过200万元。"),
        ("p", "3.本标准自2025年7月1日起执行，至2026年12月31日止。2025年1月1日至6月30日期间发生的业务，参照本标准执行。"),
        ("attach", ["附件：1．岳阳市外经贸发展奖励资金申报表", SP * 3 + "2．申报材料清单"]),
        ("note", "（附件略）"),
    ],
)

DOC_D = dict(
    key="D",
    toc_group="三、自贸片区文件",
    toc_title="中国（湖南）自由贸易试验区岳阳片区促进口岸通关和跨境贸易便利化十条措施",
    find="便利化十条措施",
    meta={
        "title": "中国（湖南）自由贸易试验区岳阳片区促进口岸通关和跨境贸易便利化十条措施",
        "doc_number": "岳自贸发〔2025〕11号",
        "issuer": ["中国（湖南）自由贸易试验区岳阳片区管理委员会"],
        "date": "2025-08-05",
        "published": "2025-08-06",
        "level": "zone",
        "region": "中国（湖南）自由贸易试验区岳阳片区",
        "effective": "2025-09-01",
        "expires": "2027-08-31",
        "attachments": [],
        "doc_type": "措施",
        "recipients": [],
        "publicity": "此件主动公开",
        "repeals": None,
    },
    specific={
        "三、在岳阳城陵矶综合保税区内全面推行": ["岳阳城陵矶综合保税区"],
    },
    blocks=[
        ("title", ["中国（湖南）自由贸易试验区岳阳片区", "促进口岸通关和跨境贸易便利化十条措施"]),
        ("bracket", "（岳自贸发〔2025〕11号" + SP + "2025年8月5日）"),
        ("p", "为持续优化口岸营商环境，提升跨境贸易便利化水平，推动岳阳片区建设长江中游区域性国际物流枢纽，制定以下措施。"),
        ("p", "一、推广“提前申报”“两步申报”通关模式，对符合条件的进口货物实行“船边直提”、出口货物实行“抵港直装”，"
              "进出口整体通关时间在2024年基础上再压缩10%。"),
        ("p", "二、在城陵矶港口岸推行查验作业“7×24小时”预约通关，对预约查验产生的吊装、移位、仓储费用，由片区财政全额承担。"),
        ("p", "三、在岳阳城陵矶综合保税区内全面推行“智能卡口”验放和“分类监管”，区内企业货物进出区实现“无感通关”。"),
        ("p", "四、对片区内首次开展进出口业务的企业，提供“关务辅导员”一对一服务，帮助企业办理备案、申报等手续。"),
        ("p", "五、开展跨境贸易便利化专项行动，在国际贸易“单一窗口”推广应用出口退税、原产地证书申领等特色服务。"),
        ("p", "六、对片区内企业使用江海联运、铁水联运方式运输的进出口集装箱，按照每标箱100元给予物流补贴，"
              "每家企业每年最高不超过30万元。"),
        ("p", "七、支持片区内企业申请海关高级认证企业（AEO）资格，对首次获得高级认证的企业给予10万元奖励。"),
        ("p", "八、推动岳阳三荷机场口岸开通国际货运航线，对执飞的国际货运航班按照每班次2万元给予补助。"),
        ("p", "九、建立口岸收费目录清单公示制度，清单之外一律不得收费，对违规收费行为依法查处。"),
        ("p", "十、建立企业通关问题“直通车”机制，对企业反映的通关问题，原则上3个工作日内予以答复。"),
        ("p", "本措施自2025年9月1日起施行，有效期2年。执行期间如遇上级政策调整，按上级规定执行。"),
        ("sign", ["中国（湖南）自由贸易试验区岳阳片区管理委员会", "2025年8月5日"]),
        ("public", "（此件主动公开）"),
        ("banji", [("抄送：岳阳海关，市商务局、市财政局、市交通运输局。", ""),
                   ("中国（湖南）自由贸易试验区岳阳片区管理委员会办公室", "2025年8月6日印发")]),
    ],
)

DOCS = [DOC_E, DOC_A, DOC_B, DOC_C, DOC_D]

QIANYAN = [
    "为帮助企业全面了解、用好用足各级支持开放型经济发展的政策措施，市商务局对2025年以来国家、省、市出台的涉及对外贸易、"
    "跨境电商、口岸通关、综合保税区和自由贸易试验区建设的政策文件进行了梳理，选取与我市企业关系密切、现行有效的政策文件5件，"
    "编印成《岳阳市开放型经济政策文件汇编（2026年版）》，供各县市区、园区商务主管部门和广大外经贸企业学习使用。",
    "本汇编按照发文层级和时间顺序排列，收录文件均以发文机关公开发布的文本为准。对政策条款的具体理解和执行，以发文机关的解释为准。",
]

BIANYIN = [
    "1.本汇编收录的政策文件截至2025年12月31日，共5件，其中省级文件1件、市级文件3件、自贸片区文件1件。",
    "2.收录文件时，对部分文件的版头、主送机关、落款、附件和版记作了删减，文中“（附件略）”为编者所加。",
    "3.文件执行中如有调整，以发文机关最新发布的文件为准。企业可登录岳阳市商务局门户网站或关注“岳阳商务”微信公众号查询政策更新情况。",
    "4.本汇编由岳阳市商务局对外贸易科负责编印，政策咨询电话：0730-8226135。",
]


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def set_font(run, name, size=BODY_PT, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color:
        from docx.shared import RGBColor
        run.font.color.rgb = RGBColor.from_string(color)


def fmt(p, align=None, indent_chars=0, before=0, after=0, line=LINE_PT, left=None, right=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    if indent_chars:
        pf.first_line_indent = Pt(BODY_PT * indent_chars)
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    return p


def add_lines(doc, lines, font, size, align, before=0, after=0, line=None):
    p = doc.add_paragraph()
    fmt(p, align, before=before, after=after, line=line or size + 10)
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_font(r, font, size)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)          # soft line break inside the title
    return p


def p_border(p, side="bottom", sz=6, color="000000"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def add_field(run_parent_p, instr, font, size):
    r = run_parent_p.add_run()
    set_font(r, font, size)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = run_parent_p.add_run(); set_font(r2, font, size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr; r2._r.append(it)
    r3 = run_parent_p.add_run(); set_font(r3, font, size)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    r4 = run_parent_p.add_run("1"); set_font(r4, font, size)
    r5 = run_parent_p.add_run(); set_font(r5, font, size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)


def setup_header_footer(section):
    for hdr in (section.header, section.even_page_header):
        hdr.is_linked_to_previous = False
        p = hdr.paragraphs[0]
        p.text = ""
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=14)
        r = p.add_run(HUIBIAN)
        set_font(r, ST, 9)
        p_border(p, "bottom", sz=6)
    # GB/T 9704 habit: odd pages number at the right, even pages at the left
    for ftr, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
                       (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        ftr.is_linked_to_previous = False
        p = ftr.paragraphs[0]
        p.text = ""
        fmt(p, align, line=16, left=Pt(14), right=Pt(14))
        r = p.add_run("— ")
        set_font(r, ST, 14)
        add_field(p, "PAGE", ST, 14)
        r = p.add_run(" —")
        set_font(r, ST, 14)


def set_pgnum(section, fmt_name, start):
    sp = section._sectPr
    old = sp.find(qn("w:pgNumType"))
    if old is not None:
        sp.remove(old)
    el = OxmlElement("w:pgNumType")
    el.set(qn("w:fmt"), fmt_name)
    el.set(qn("w:start"), str(start))
    cols = sp.find(qn("w:cols"))
    if cols is not None:
        cols.addprevious(el)
    else:
        sp.append(el)


def page_setup(section):
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(2.7)
    section.bottom_margin = Cm(2.3)
    section.left_margin = Cm(2.8)
    section.right_margin = Cm(2.6)
    section.header_distance = Cm(1.4)
    section.footer_distance = Cm(1.2)


TEXT_WIDTH = Cm(21.0 - 2.8 - 2.6)


def page_break(doc):
    """Ctrl+Enter at the end of the last paragraph (a new paragraph if the body ends in a table)."""
    last = doc.element.body[-1]
    if last.tag == qn("w:sectPr"):
        last = last.getprevious()
    if last is not None and last.tag == qn("w:p"):
        from docx.text.paragraph import Paragraph
        Paragraph(last, doc._body).add_run().add_break(WD_BREAK.PAGE)
        return
    p = doc.add_paragraph()
    fmt(p, line=LINE_PT)
    p.add_run().add_break(WD_BREAK.PAGE)


def cell_text(cell, text, font=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.text = ""
    fmt(p, align, line=16)
    r = p.add_run(text)
    set_font(r, font, size, bold)


def set_cell_vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    tcpr.append(v)


def mark_header_row(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def table_borders(table, spec):
    """spec: dict side->(val, sz)."""
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        val, sz = spec.get(side, ("nil", 0))
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        b.append(el)
    tblpr.append(b)


# ---------------------------------------------------------------------------
def render_doc(doc, d, first_break):
    """Write one compiled document.  first_break: how this document starts on a new page."""
    for i, blk in enumerate(d["blocks"]):
        kind = blk[0]
        if kind == "title":
            p = add_lines(doc, blk[1], XBS, 18, WD_ALIGN_PARAGRAPH.CENTER, before=0, after=6, line=27)
            if i == 0 and first_break == "pbb":
                p.paragraph_format.page_break_before = True
        elif kind == "subtitle":
            add_lines(doc, blk[1], XBS, 16, WD_ALIGN_PARAGRAPH.CENTER, before=14, after=6, line=25)
        elif kind == "bracket":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, after=6, line=LINE_PT)
            set_font(p.add_run(blk[1]), KT, BODY_PT)
        elif kind == "recip":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
            set_font(p.add_run(blk[1]), FS, BODY_PT)
        elif kind == "p":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2)
            set_font(p.add_run(blk[1]), FS, BODY_PT)
        elif kind == "run":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2)
            head_font = HT if blk[1].startswith(("一", "二", "三", "四", "五", "六", "七", "八", "九", "十")) else KT
            set_font(p.add_run(blk[1]), head_font, BODY_PT)
            set_font(p.add_run(blk[2]), FS, BODY_PT)
        elif kind == "h1":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2)
            set_font(p.add_run(blk[1]), HT, BODY_PT)
        elif kind == "h2":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2)
            set_font(p.add_run(blk[1]), KT, BODY_PT)
        elif kind == "chap":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, before=4, after=4)
            set_font(p.add_run(blk[1]), HT, BODY_PT)
        elif kind == "art":
            for j, para in enumerate(blk[1]):
                p = doc.add_paragraph()
                fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2)
                if j == 0:
                    m = re.match(r"(第[一二三四五六七八九十百]+条)(\u3000)(.*)", para)
                    set_font(p.add_run(m.group(1)), HT, BODY_PT)
                    set_font(p.add_run(m.group(2) + m.group(3)), FS, BODY_PT)
                else:
                    set_font(p.add_run(para), FS, BODY_PT)
        elif kind == "table":
            header, rows, merges = blk[1], blk[2], blk[3]
            t = doc.add_table(rows=len(rows) + 1, cols=len(header))
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            table_borders(t, {s: ("single", 6) for s in ("top", "left", "bottom", "right", "insideH", "insideV")})
            widths = [Cm(1.3), Cm(2.5), Cm(3.8), Cm(7.8)]
            t.autofit = False
            for ci, w in enumerate(widths):
                t.columns[ci].width = w
            for ri, row in enumerate(t.rows):
                trpr = row._tr.get_or_add_trPr()
                cs = OxmlElement("w:cantSplit"); cs.set(qn("w:val"), "true"); trpr.append(cs)
                for ci, c in enumerate(row.cells):
                    c.width = widths[ci]
            mark_header_row(t.rows[0])
            for ci, h in enumerate(header):
                cell_text(t.cell(0, ci), h, HT, 10.5)
            merged_away = set()
            for (r0, r1, col) in merges:
                for r in range(r0 + 1, r1 + 1):
                    merged_away.add((r, col))
            for ri, row in enumerate(rows, start=1):
                for ci, val in enumerate(row):
                    if (ri, ci) in merged_away:
                        continue
                    al = WD_ALIGN_PARAGRAPH.LEFT if ci == 3 else WD_ALIGN_PARAGRAPH.CENTER
                    cell_text(t.cell(ri, ci), val, FS, 10.5, align=al)
                    set_cell_vcenter(t.cell(ri, ci))
            for (r0, r1, col) in merges:
                t.cell(r0, col).merge(t.cell(r1, col))
                # merge() concatenates the (empty) paragraphs; drop the extra empty ones
                mc = t.cell(r0, col)
                for extra in mc.paragraphs[1:]:
                    if not extra.text:
                        extra._p.getparent().remove(extra._p)
        elif kind == "attach":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT, before=LINE_PT, indent_chars=2)
            for j, ln in enumerate(blk[1]):
                r = p.add_run(ln)
                set_font(r, FS, BODY_PT)
                if j < len(blk[1]) - 1:
                    r.add_break(WD_BREAK.LINE)
        elif kind == "note":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2)
            set_font(p.add_run(blk[1]), KT, BODY_PT)
        elif kind == "sign":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, before=LINE_PT, right=Pt(BODY_PT * 2))
            for j, ln in enumerate(blk[1]):
                r = p.add_run(ln + (SP if j == len(blk[1]) - 1 else ""))
                set_font(r, FS, BODY_PT)
                if j < len(blk[1]) - 1:
                    r.add_break(WD_BREAK.LINE)
        elif kind == "public":
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent_chars=2)
            set_font(p.add_run(blk[1]), FS, BODY_PT)
        elif kind == "banji":
            p = doc.add_paragraph()
            fmt(p, line=8)
            t = doc.add_table(rows=len(blk[1]), cols=1)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            table_borders(t, {"top": ("single", 8), "bottom": ("single", 8), "insideH": ("single", 4)})
            for ri, (left, right) in enumerate(blk[1]):
                c = t.cell(ri, 0)
                c.width = TEXT_WIDTH
                cp = c.paragraphs[0]
                fmt(cp, WD_ALIGN_PARAGRAPH.LEFT, line=22)
                cp.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH - Cm(0.6), WD_TAB_ALIGNMENT.RIGHT)
                set_font(cp.add_run(SP + left + ("\t" + right if right else "")), FS, 10.5)
        else:
            raise ValueError(kind)


def toc_entry(doc, text, page, indent_chars=2):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, line=26, left=Pt(BODY_PT * indent_chars), right=Pt(0))
    p.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    set_font(p.add_run(text + "\t" + str(page)), FS, BODY_PT)


def build(toc_pages, path):
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(BODY_PT)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    s0 = doc.sections[0]
    page_setup(s0)
    setup_header_footer(s0)

    # --- front matter: 前言 (page I) and 目录 (page II) -----------------------
    add_lines(doc, ["前" + SP + "言"], XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, before=12, after=18, line=34)
    for t in QIANYAN:
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2, line=26)
        set_font(p.add_run(t), FS, BODY_PT)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, before=26, line=26, right=Pt(BODY_PT * 2))
    r = p.add_run("岳阳市商务局")
    set_font(r, FS, BODY_PT)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("2026年1月" + SP), FS, BODY_PT)
    page_break(doc)

    add_lines(doc, ["目" + SP + "录"], XBS, 22, WD_ALIGN_PARAGRAPH.CENTER, before=12, after=18, line=34)
    for d in DOCS:
        if d["toc_group"]:
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT, before=6, line=26)
            set_font(p.add_run(d["toc_group"]), HT, BODY_PT)
        toc_entry(doc, d["toc_title"], toc_pages[d["key"]])
    toc_entry(doc, "编印说明", toc_pages["post"], indent_chars=0)

    # --- body: its own section, arabic page numbers from 1 ------------------
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s1)
    set_pgnum(doc.sections[0], "upperRoman", 1)
    set_pgnum(s1, "decimal", 1)

    # documents start on new pages; mix the ways Word users do it
    breaks = {"E": None, "A": "br", "B": "pbb", "C": "br", "D": "br"}
    for d in DOCS:
        how = breaks[d["key"]]
        if how == "br":
            page_break(doc)
        render_doc(doc, d, how)

    p = add_lines(doc, ["编印说明"], XBS, 20, WD_ALIGN_PARAGRAPH.CENTER, before=12, after=14, line=30)
    p.paragraph_format.page_break_before = True
    for t in BIANYIN:
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=2)
        set_font(p.add_run(t), FS, BODY_PT)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, before=LINE_PT, right=Pt(BODY_PT * 2))
    r = p.add_run("岳阳市商务局")
    set_font(r, FS, BODY_PT)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("2026年1月" + SP), FS, BODY_PT)
    doc.save(path)


def to_pdf(path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_350",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(path)[0] + ".pdf"


def find_pages(pdf):
    """Printed page number of each document's first page, read back from the PDF."""
    import pdfplumber
    with pdfplumber.open(pdf) as pdf_:
        texts = [re.sub(r"\s+", "", pg.extract_text() or "") for pg in pdf_.pages]
    n = len(texts)
    body_start = next(i for i, t in enumerate(texts) if "目录" in t[:60]) + 1
    found, start = {}, body_start
    for d in DOCS:
        i = next(i for i in range(start, n) if d["find"] in texts[i])
        found[d["key"]] = i - body_start + 1
        start = i + 1
    found["post"] = next(i for i in range(start, n) if "编印说明" in texts[i]) - body_start + 1
    return found, n, texts


# ---------------------------------------------------------------------------
def clauses_of(d):
    out = []
    for blk in d["blocks"]:
        k = blk[0]
        if k == "p":
            out.append(blk[1])
        elif k == "run":
            out.append(blk[1] + blk[2])
        elif k == "art":
            out.append("\n".join(blk[1]))
        elif k == "table":
            header, rows = blk[1], blk[2]
            for row in rows:
                out.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    return out


def expected():
    docs = []
    for d in DOCS:
        cl = clauses_of(d)
        for start in d["specific"]:
            hits = [c for c in cl if c.startswith(start)]
            assert len(hits) == 1, (d["key"], start)
        docs.append({"meta": d["meta"], "clauses": cl, "applies_to": {"specific": d["specific"]}})
    return {STEM: docs}


def main():
    docx_path = os.path.join(HERE, STEM + ".docx")
    pages = {"E": 1, "A": 3, "B": 5, "C": 7, "D": 8, "post": 9}
    for _ in range(4):
        build(pages, docx_path)
        pdf = to_pdf(docx_path)
        found, n, _ = find_pages(pdf)
        if found == pages:
            break
        pages = found
    else:
        sys.exit("目录 page numbers did not settle: %r" % found)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=1)
    print("pages in PDF:", n, "目录:", pages)
    for d in expected()[STEM]:
        print(d["meta"]["title"][:30], len(d["clauses"]), "clauses")


if __name__ == "__main__":
    main()
