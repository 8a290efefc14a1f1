# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 265: a 政策汇编 of 自贸试验区 / 一带一路 support policies compiled by
the 襄阳片区管委会 and 襄阳市商务局, made in Word and printed to PDF by LibreOffice.

Run:  . /work/venv/bin/activate && python make_blind265.py
Writes blind265_xiangyang_huibian.docx / .pdf and expected.json next to itself.
The book is built twice: the first PDF is read back to learn on which page each
document starts, and those page numbers go into the 目录 of the second build.
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
from docx.shared import Cm, Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "blind265_xiangyang_huibian"
LO_PROFILE = "file:///tmp/lo_265"

RED = RGBColor(0xE6, 0x00, 0x12)
FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"

BOOK = "襄阳片区共建“一带一路”与开放型经济支持政策汇编（2024年版）"

XY = "中国（湖北）自由贸易试验区襄阳片区"
WH = "中国（湖北）自由贸易试验区武汉片区"
YC = "中国（湖北）自由贸易试验区宜昌片区"

# ---------------------------------------------------------------------------
# The documents.  Each is a list of blocks; blocks flagged as clauses feed the
# expected clause list, so text and answer key cannot drift apart.
# ---------------------------------------------------------------------------
# block kinds:
#   ("title", [lines])                title, lines joined by soft breaks
#   ("sub", text)                     bracket line under the title (文号 / dates)
#   ("redhead", [organ lines], docno) 发文机关标志 + 发文字号 + red rule
#   ("zhusong", text)
#   ("h1", text)                      heading alone on its line (黑体)
#   ("chap", text)                    第X章 heading, centred
#   ("p", text)                       clause paragraph (may contain "\n" = soft break)
#   ("run", head, rest)               run-in heading clause, head in 楷体/黑体
#   ("art", [paras])                  article: 第X条 run-in, further paragraphs; one clause
#   ("h2", text)                      （三）… heading alone (楷体), not a clause
#   ("table", caption, header, rows, vmerge_cols)
#   ("fujian", [items])
#   ("luokuan", [organs], date)
#   ("note", text, align)             not a clause
#   ("banji", chaosong, org, date)
#   ("pb",)                           page break
#   ("mtitle", [lines])               title of the 印发 text (not a clause)

DOC1 = [
    ("title", ["湖北省人民政府办公厅关于支持",
               "自由贸易试验区深度融入共建“一带一路”",
               "推动高水平对外开放的意见"]),
    ("sub", "（2024年4月12日　鄂政办发〔2024〕21号）"),
    ("zhusong", "各市、州、县人民政府，省政府各部门："),
    ("p", "为深入贯彻党中央、国务院关于高质量共建“一带一路”和实施自由贸易试验区提升战略的决策部署，推动中国（湖北）自由贸易试验区（以下简称湖北自贸试验区）在服务和融入共建“一带一路”中发挥示范引领作用，加快打造内陆开放新高地，经省人民政府同意，现提出如下意见。"),
    ("h1", "一、总体要求"),
    ("p", "坚持以制度创新为核心，以共建“一带一路”国家和地区为重点方向，统筹武汉、襄阳、宜昌三个片区差异化发展，推动通道、平台、产业、规则“四位一体”联动开放。到2027年，湖北自贸试验区对共建“一带一路”国家进出口额年均增长10%以上，累计形成制度创新成果50项以上，力争建成面向共建“一带一路”的重要枢纽和开放合作示范区。"),
    ("h1", "二、畅通国际物流大通道"),
    ("run", "（一）提升中欧班列（武汉）运营能级。", "支持武汉片区做强中欧班列（武汉）集结中心，加密至中亚、欧洲主要节点城市的班列线路，拓展“中欧班列＋跨境电商”“中欧班列＋冷链”等业务模式。对在武汉片区新设立区域分拨中心的国际物流企业，由所在地政府按规定给予运营补助。"),
    ("run", "（二）拓展江海联运和铁海联运通道。", "支持宜昌片区依托三峡枢纽和白洋港，发展“江海直达”“铁水联运”业务，开通至东盟国家的江海联运航线；支持襄阳片区依托小河港和襄阳铁路物流基地，开行至广西北部湾港的铁海联运班列，融入西部陆海新通道。"),
    ("run", "（三）发展国际航空物流。", "支持湖北自贸试验区企业利用鄂州花湖国际机场开通至共建“一带一路”国家的全货机航线，推动“空港＋综保区”联动发展，提升航空物流时效和通关效率。"),
    ("h1", "三、提升贸易投资便利化水平"),
    ("run", "（四）深化国际贸易“单一窗口”建设。", "拓展“单一窗口”跨境金融、物流信息、出口退税等特色功能，推动与共建“一带一路”国家和地区“单一窗口”互联互通和数据交换，企业申报数据项压减比例达到30%以上。"),
    ("run", "（五）开展内外贸一体化试点。", "支持襄阳片区、宜昌片区开展内外贸一体化改革试点，推动同线同标同质产品扩围，对纳入试点的企业在市场准入、质量认证等方面给予便利。"),
    ("run", "（六）扩大外商投资准入。", "全面落实外商投资准入前国民待遇加负面清单管理制度，支持共建“一带一路”国家企业在湖北自贸试验区投资设立研发中心、区域总部，对符合条件的外资研发中心按规定享受进口税收优惠政策。"),
    ("h1", "四、强化要素保障"),
    ("run", "（七）加大财政支持。", "省级外经贸发展专项资金每年安排不少于2亿元，重点支持湖北自贸试验区开展国际物流通道建设、海外仓布局和制度创新成果复制推广。"),
    ("run", "（八）强化金融服务。", "支持在湖北自贸试验区内注册的企业开展跨境人民币结算、本外币合一银行结算账户体系试点，鼓励金融机构开发“一带一路”专项信贷和出口信用保险产品。"),
    ("run", "（九）强化人才支撑。", "对湖北自贸试验区引进的外籍高层次人才，在工作许可、居留许可办理等方面提供“一站式”服务，符合条件的可申办有效期最长5年的工作类居留许可。"),
    ("h1", "五、组织实施"),
    ("run", "（十）压实工作责任。", "各片区所在市人民政府要落实主体责任，制定年度工作计划；省商务厅要会同有关部门加强统筹协调和督促指导，每年对各片区工作开展情况进行评估。"),
    ("p", "本意见自印发之日起施行，有效期至2028年12月31日。"),
]
DOC1_SPEC = {
    "（一）提升中欧班列（武汉）运营能级。支持武汉片区": [WH],
    "（二）拓展江海联运和铁海联运通道。支持宜昌片区": [YC, XY],
    "（五）开展内外贸一体化试点。支持襄阳片区、宜昌片区": [XY, YC],
}
DOC1_META = {
    "title": "湖北省人民政府办公厅关于支持自由贸易试验区深度融入共建“一带一路”推动高水平对外开放的意见",
    "doc_number": "鄂政办发〔2024〕21号", "issuer": ["湖北省人民政府办公厅"],
    "date": "2024-04-12", "published": None, "level": "provincial", "region": "湖北省",
    "effective": "2024-04-12", "expires": "2028-12-31", "attachments": [], "doc_type": "意见",
    "recipients": ["各市、州、县人民政府", "省政府各部门"], "publicity": None, "repeals": None,
}

DOC_CUNMU = [
    ("title", ["国务院办公厅关于支持自由贸易试验区深化",
               "跨境服务贸易改革创新的意见"]),
    ("sub", "（国办发〔2024〕31号）"),
    ("note", "（存目。该文件篇幅较长，本汇编不收录正文，详见原文。）", "center"),
]

DOC3 = [
    ("title", ["中国（湖北）自由贸易试验区襄阳片区",
               "开放型经济发展专项资金管理办法"]),
    ("sub", "（襄财规〔2024〕3号）"),
    ("chap", "第一章　总　　则"),
    ("art", ["第一条　为规范和加强中国（湖北）自由贸易试验区襄阳片区开放型经济发展专项资金管理，提高资金使用效益，支持襄阳片区深度融入共建“一带一路”，根据《中华人民共和国预算法》《湖北省省级财政专项资金管理办法》等规定，结合本市实际，制定本办法。"]),
    ("art", ["第二条　本办法所称开放型经济发展专项资金（以下简称专项资金），是指市级财政预算安排，用于支持中国（湖北）自由贸易试验区襄阳片区（以下简称襄阳片区，含襄阳综合保税区）发展外向型产业、拓展国际物流通道、推进制度创新的资金。"]),
    ("art", ["第三条　专项资金的管理和使用遵循“公开透明、突出重点、绩效导向、专款专用”的原则，实行预算管理、项目管理和绩效管理相结合。"]),
    ("art", ["第四条　市财政局负责专项资金的预算管理和资金拨付，会同市商务局制定年度资金分配方案，组织开展绩效评价和监督检查。",
             "市商务局负责制定年度项目申报指南，组织项目申报、审核和公示，对项目实施情况进行跟踪管理。",
             "襄阳片区管委会负责辖区内项目的初审、推荐和日常监管，对申报材料的真实性进行核查。"]),
    ("chap", "第二章　支持范围和标准"),
    ("art", ["第五条　专项资金重点支持下列事项：",
             "（一）国际物流通道建设，包括国际班列、江海联运和铁海联运航线开行；",
             "（二）外贸新业态发展，包括跨境电子商务、海外仓、市场采购贸易和保税维修；",
             "（三）外资招引和境外投资服务平台建设；",
             "（四）制度创新成果的复制推广和第三方评估。"]),
    ("art", ["第六条　对在襄阳片区注册的物流企业，新开行至共建“一带一路”国家的国际班列，按每列5万元给予补助；开行江海联运、铁海联运航线的，按实际运输标箱每标箱200元给予补助。单个企业年度补助最高不超过300万元。"]),
    ("art", ["第七条　对在襄阳综合保税区内新开展保税维修、保税研发业务，且年度进出口额首次超过5000万元的企业，一次性给予50万元奖励。"]),
    ("art", ["第八条　对经市级以上认定的制度创新成果，按照国家级、省级、市级分别给予牵头单位30万元、10万元、5万元的工作经费支持。同一企业年度获得专项资金支持总额最高不超过500万元。"]),
    ("chap", "第三章　申报和审核"),
    ("art", ["第九条　申报专项资金的企业应当具备下列条件：",
             "（一）在襄阳片区内依法注册登记，具有独立法人资格；",
             "（二）财务管理制度健全，近3年内无严重失信行为；",
             "（三）申报事项符合本办法规定的支持范围。"]),
    # second paragraph of 第十条 follows a soft line break (Shift+Enter), not a new paragraph
    ("art", ["第十条　专项资金按照“企业申报、片区初审、部门审核、社会公示、集体研究”的程序办理。市商务局每年第一季度发布申报指南，企业按指南要求提交申报材料。"
             "\n经审核确定的拟支持项目，在市商务局门户网站公示，公示期不少于5个工作日。公示无异议的，由市财政局按程序拨付资金。"]),
    ("chap", "第四章　监督管理"),
    ("art", ["第十一条　获得专项资金支持的企业应当按规定使用资金，自觉接受财政、审计、商务等部门的监督检查。"]),
    ("art", ["第十二条　对以虚报、冒领等手段骗取专项资金的，由市财政局会同市商务局收回已拨付资金，5年内取消其申报资格，并依照《财政违法行为处罚处分条例》等规定处理；涉嫌犯罪的，依法移送司法机关处理。"]),
    ("chap", "第五章　附　　则"),
    ("art", ["第十三条　本办法由市财政局、市商务局负责解释。"]),
    ("art", ["第十四条　本办法自2024年7月1日起施行，有效期至2027年6月30日。《襄阳市外经贸发展专项资金管理办法》（襄财企发〔2021〕12号）同时废止。"]),
    ("luokuan", ["襄阳市财政局　　　襄阳市商务局"], "2024年6月3日"),
]
DOC3_SPEC = {
    "第七条　对在襄阳综合保税区内新开展保税维修": ["襄阳综合保税区"],
}
DOC3_META = {
    "title": "中国（湖北）自由贸易试验区襄阳片区开放型经济发展专项资金管理办法",
    "doc_number": "襄财规〔2024〕3号", "issuer": ["襄阳市财政局", "襄阳市商务局"],
    "date": "2024-06-03", "published": None, "level": "municipal", "region": XY,
    "effective": "2024-07-01", "expires": "2027-06-30", "attachments": [], "doc_type": "办法",
    "recipients": [], "publicity": None,
    "repeals": "《襄阳市外经贸发展专项资金管理办法》（襄财企发〔2021〕12号）",
}

DOC4 = [
    ("title", ["湖北省商务厅　中国人民银行湖北省分行",
               "国家外汇管理局湖北省分局关于金融支持",
               "外贸企业拓展共建“一带一路”市场的通知"]),
    ("sub", "（鄂商务发〔2024〕36号）"),
    ("zhusong", "各市、州、直管市、神农架林区商务主管部门，人民银行各市（州）分行，外汇局各市（州）分局，各有关银行业金融机构："),
    ("p", "为贯彻落实国家关于推动外贸稳规模优结构的决策部署，加大金融对外贸企业开拓共建“一带一路”市场的支持力度，现就有关事项通知如下："),
    ("h1", "一、加大外贸信贷投放"),
    ("run", "（一）扩大“一带一路”专项信贷规模。", "各银行业金融机构要单列外贸信贷计划，2024年全省面向共建“一带一路”市场的外贸企业贷款余额力争增长15%以上。"),
    ("p", "1．创新信贷产品。鼓励银行机构依托海关、税务、外汇等数据，开发“关税保函”“出口订单贷”“海外仓贷”等线上化信贷产品，对资信良好的中小微外贸企业提高信用贷款比重。"),
    ("p", "2．降低融资成本。对符合条件的外贸企业贷款，人民银行湖北省分行通过再贷款、再贴现给予支持，具体按以下方式执行："),
    ("p", "（1）对单户授信1000万元以下的小微外贸企业贷款，按贷款本金的100%提供再贷款资金支持；"),
    ("p", "（2）对以出口信用保险保单质押发放的贷款，优先办理再贴现，利率在现行再贴现利率基础上下调0.25个百分点。"),
    ("run", "（二）支持国际物流和海外仓融资。", "对中欧班列（武汉）运营平台、海外仓运营企业的设备购置、仓储设施建设等中长期融资需求，鼓励政策性银行和大型银行提供期限不超过10年的项目贷款。"),
    ("h1", "二、优化跨境结算和汇率避险服务"),
    ("h2", "（三）推进跨境人民币结算便利化。"),
    ("p", "1．扩大优质企业白名单。在武汉片区、襄阳片区、宜昌片区率先开展更高水平贸易投资人民币结算便利化试点，试点银行可凭优质企业提交的收付款指令直接办理货物贸易、服务贸易跨境人民币结算。"),
    ("p", "2．推广本币结算。鼓励企业在对共建“一带一路”国家贸易中使用人民币计价结算，银行对跨境人民币结算业务减免手续费。"),
    ("h2", "（四）加强汇率避险服务。"),
    ("p", "1．降低避险成本。鼓励银行为中小微外贸企业办理远期结售汇、期权等外汇衍生品业务，减免保证金或以授信额度替代保证金。"),
    ("p", "2．对首次办理汇率避险业务的小微企业，由省级外经贸发展专项资金按其支付费用的50%给予补贴，每家企业年度补贴最高不超过5万元。"),
    ("h1", "三、强化出口信用保险支持"),
    ("run", "（五）扩大出口信用保险覆盖面。", "支持中国出口信用保险公司湖北分公司扩大对共建“一带一路”国家出口的短期险承保规模，对年出口额500万美元以下的小微企业实行统保平台全覆盖，保费由省级财政资金给予全额补助。"),
    ("run", "（六）推进保单融资。", "鼓励银行与保险机构合作开展保单融资业务，对以出口信用保险保单质押的贷款，银行在风险可控前提下将质押率提高至保单赔付比例的90%。"),
    ("h1", "四、保障措施"),
    ("run", "（七）建立政银企对接机制。", "各市（州）商务主管部门要会同当地人民银行分支机构，每季度至少组织一次外贸企业融资对接活动，及时收集企业融资需求并填报附件1。"),
    ("run", "（八）加强监测评估。", "各银行业金融机构每季度结束后10个工作日内，将外贸信贷投放、跨境人民币结算等数据报送人民银行湖北省分行和省商务厅。"),
    ("fujian", ["湖北省“一带一路”重点外贸企业融资需求清单（样表）",
                "金融支持外贸企业联系人名单"]),
    ("luokuan", ["湖北省商务厅", "中国人民银行湖北省分行", "国家外汇管理局湖北省分局"], "2024年5月20日"),
    ("note", "（此件公开发布）", "indent"),
    ("note", "（附件略）", "center"),
    ("banji", "抄送：国家开发银行湖北省分行，中国进出口银行湖北省分行，中国出口信用保险公司湖北分公司。",
     "湖北省商务厅办公室", "2024年5月22日印发"),
]
DOC4_SPEC = {
    "1．扩大优质企业白名单。在武汉片区、襄阳片区、宜昌片区": [WH, XY, YC],
}
DOC4_META = {
    "title": "湖北省商务厅 中国人民银行湖北省分行 国家外汇管理局湖北省分局关于金融支持外贸企业拓展共建“一带一路”市场的通知",
    "doc_number": "鄂商务发〔2024〕36号",
    "issuer": ["湖北省商务厅", "中国人民银行湖北省分行", "国家外汇管理局湖北省分局"],
    "date": "2024-05-20", "published": "2024-05-22", "level": "provincial", "region": "湖北省",
    "effective": None, "expires": None,
    "attachments": ["湖北省“一带一路”重点外贸企业融资需求清单（样表）", "金融支持外贸企业联系人名单"],
    "doc_type": "通知",
    "recipients": ["各市、州、直管市、神农架林区商务主管部门", "人民银行各市（州）分行",
                   "外汇局各市（州）分局", "各有关银行业金融机构"],
    "publicity": "此件公开发布", "repeals": None,
}

TABLE5_HEADER = ["序号", "支持类别", "支持事项", "支持标准", "年度上限（万元）"]
TABLE5_ROWS = [
    ["1", "主体培育", "新引进跨境电商企业", "新引进的跨境电商企业，年跨境电商交易额首次超过1000万元的，给予一次性奖励20万元", "20"],
    ["2", "主体培育", "跨境电商产业园", "经认定的市级跨境电商产业园，按实际运营面积每平方米50元给予运营补助", "100"],
    ["3", "海外仓建设", "新建海外仓", "在共建“一带一路”国家新建或租用面积1000平方米以上海外仓的，按实际投资额的20%给予补助", "200"],
    ["4", "海外仓建设", "公共海外仓认定", "经省级认定的公共海外仓，一次性奖励50万元", "50"],
    ["5", "物流通道", "跨境电商货运包机", "在襄阳刘集机场开通跨境电商货运包机的，按每架次3万元给予补助", "150"],
    ["6", "综保区业务", "1210保税备货进口", "在襄阳综合保税区开展跨境电商1210模式进口业务的，按每单0.5元给予补贴", "80"],
    ["7", "人才培训", "跨境电商人才培训", "对开展跨境电商实操培训的机构，按每培训合格1人次500元给予补助", "30"],
]

DOC5 = [
    ("redhead", ["中国（湖北）自由贸易试验区", "襄阳片区管理委员会文件"], "襄自贸管发〔2024〕9号"),
    ("title", ["中国（湖北）自由贸易试验区襄阳片区",
               "管理委员会关于印发《襄阳片区促进跨境",
               "电子商务高质量发展若干措施》的通知"]),
    ("zhusong", "片区各部门，襄阳高新区、樊城区、襄州区有关部门，各有关单位："),
    ("p", "《襄阳片区促进跨境电子商务高质量发展若干措施》已经片区管委会第6次主任办公会议审议通过，现印发给你们，请结合实际认真贯彻落实。"),
    ("luokuan", ["中国（湖北）自由贸易试验区", "襄阳片区管理委员会"], "2024年3月8日"),
    ("note", "（此件公开发布）", "indent"),
    ("pb",),
    ("mtitle", ["襄阳片区促进跨境电子商务", "高质量发展若干措施"]),
    ("p", "为深入实施跨境电子商务发展战略，推动襄阳片区跨境电商与共建“一带一路”市场深度融合，打造鄂西北跨境电商集聚区，结合片区实际，制定以下措施。"),
    ("run", "一、适用范围。", "本措施适用于在中国（湖北）自由贸易试验区襄阳片区（以下简称襄阳片区，含襄阳综合保税区）内依法注册登记、具有独立法人资格，从事跨境电子商务经营、服务的企业和机构。"),
    ("run", "二、支持标准。", "对符合条件的企业和机构，按照下表所列事项和标准给予支持："),
    ("table", "襄阳片区跨境电商发展奖补标准", TABLE5_HEADER, TABLE5_ROWS, [1]),
    ("run", "三、申报程序。", "符合条件的企业和机构于每年3月31日前向襄阳片区管委会经济发展局提交申报材料，经济发展局会同财政金融局审核、第三方机构专项审计、管委会主任办公会议审定后，按程序拨付资金。"),
    ("run", "四、约束条款。", "同一企业同一事项符合本措施和片区其他政策规定的，按照“就高不重复”原则执行；对弄虚作假骗取奖补资金的，全额追回已拨付资金，3年内取消其申报资格。"),
    ("run", "五、实施期限。", "本措施自2024年4月1日起施行，有效期3年。片区此前出台的跨境电商扶持政策与本措施不一致的，以本措施为准。"),
    ("p", "六、本措施由襄阳片区管委会经济发展局负责解释。"),
    ("banji", "抄送：襄阳市人民政府办公室，市商务局，市财政局，襄阳海关。",
     "襄阳片区管委会办公室", "2024年3月11日印发"),
]
DOC5_META = {
    "title": "中国（湖北）自由贸易试验区襄阳片区管理委员会关于印发《襄阳片区促进跨境电子商务高质量发展若干措施》的通知",
    "doc_number": "襄自贸管发〔2024〕9号", "issuer": ["中国（湖北）自由贸易试验区襄阳片区管理委员会"],
    "date": "2024-03-08", "published": "2024-03-11", "level": "zone", "region": XY,
    "effective": "2024-04-01", "expires": "2027-03-31",
    "attachments": ["襄阳片区促进跨境电子商务高质量发展若干措施"], "doc_type": "通知",
    "recipients": ["片区各部门", "襄阳高新区、樊城区、襄州区有关部门", "各有关单位"],
    "publicity": "此件公开发布", "repeals": None,
}

DOC6 = [
    ("title", ["湖北省综合保税区管理办法（摘录）"]),
    ("sub", "（2023年12月18日湖北省人民政府令第432号公布　自2024年2月1日起施行）"),
    ("note", "〔编者注：本汇编仅摘录第五条至第八条，全文详见湖北省人民政府门户网站。〕", "indent"),
    ("art", ["第五条　综合保税区管理机构负责区内规划建设、招商引资、企业服务等日常管理工作，为区内企业提供政务服务。海关、税务、外汇管理等部门依照各自职责对综合保税区实施监管。"]),
    ("art", ["第六条　县级以上人民政府应当支持综合保税区发展保税研发、保税维修、保税检测、跨境电子商务、融资租赁等新业态，推动综合保税区与自由贸易试验区、跨境电子商务综合试验区、中欧班列集结中心等开放平台联动发展。"]),
    ("art", ["第七条　支持综合保税区内企业开展全球保税维修和再制造业务。企业应当建立维修物料及维修后货物的电子台账，实现全流程可追溯。",
             "自由贸易试验区内综合保税区外企业开展国家允许的保税维修业务的，参照前款规定执行。"]),
    ("art", ["第八条　支持武汉东湖综合保税区、襄阳综合保税区、宜昌综合保税区与所在自由贸易试验区片区开展政策叠加和联动创新，在货物进出、跨境电商、保税展示交易等方面先行先试，形成的经验按照规定在全省综合保税区复制推广。"]),
]
DOC6_SPEC = {
    "第八条　支持武汉东湖综合保税区、襄阳综合保税区": ["武汉东湖综合保税区", "襄阳综合保税区", "宜昌综合保税区"],
}
DOC6_META = {
    "title": "湖北省综合保税区管理办法", "excerpt": True,
    "excerpt_note": "摘录：仅第五条至第八条",
    "doc_number": "湖北省人民政府令第432号", "issuer": ["湖北省人民政府"],
    "date": "2023-12-18", "published": "2023-12-18", "level": "provincial", "region": "湖北省",
    "effective": "2024-02-01", "expires": None, "attachments": [], "doc_type": "规章",
    "recipients": [], "publicity": None, "repeals": None,
}
DOC5_SPEC = {
    "序号：6；支持类别：综保区业务；支持事项：1210保税备货进口": ["襄阳综合保税区"],
}

# order in the book: (section, toc title, blocks, meta, specific, search key)
BOOK_ITEMS = [
    ("一、综合政策", None, None, None, None, None),
    ("doc", "湖北省人民政府办公厅关于支持自由贸易试验区深度融入共建“一带一路”推动高水平对外开放的意见",
     DOC1, DOC1_META, DOC1_SPEC, "鄂政办发〔2024〕21号"),
    ("doc", "国务院办公厅关于支持自由贸易试验区深化跨境服务贸易改革创新的意见（存目）",
     DOC_CUNMU, None, None, "国办发〔2024〕31号"),
    ("二、财税金融", None, None, None, None, None),
    ("doc", "中国（湖北）自由贸易试验区襄阳片区开放型经济发展专项资金管理办法",
     DOC3, DOC3_META, DOC3_SPEC, "襄财规〔2024〕3号"),
    ("doc", "湖北省商务厅 中国人民银行湖北省分行 国家外汇管理局湖北省分局关于金融支持外贸企业拓展共建“一带一路”市场的通知",
     DOC4, DOC4_META, DOC4_SPEC, "鄂商务发〔2024〕36号"),
    ("三、贸易便利化", None, None, None, None, None),
    ("doc", "襄阳片区促进跨境电子商务高质量发展若干措施",
     DOC5, DOC5_META, DOC5_SPEC, "襄自贸管发〔2024〕9号"),
    ("doc", "湖北省综合保税区管理办法（摘录）",
     DOC6, DOC6_META, DOC6_SPEC, "人民政府令第432号"),
]


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


def add_text(par, text, font=FS, size=16, bold=False, color=None):
    """Add text; '\n' becomes a soft line break (Shift+Enter)."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = par.add_run(part)
        set_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return par


def fmt(par, align=None, first=True, size=16, line=28.95, before=0, after=0,
        left=None, right=None, keep_next=False):
    pf = par.paragraph_format
    if align is not None:
        par.alignment = align
    pf.first_line_indent = Pt(size * 2) if first else Pt(0)
    if line:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if left is not None:
        pf.left_indent = left
    if right is not None:
        pf.right_indent = right
    pf.keep_with_next = keep_next
    pf.widow_control = True
    return par


def border(par, side, sz, color="000000", space=1):
    ppr = par._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc in CT_PPr; insert early
        ppr.insert(0, bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def fix_ppr_order(doc):
    """Put pBdr into schema order (after keepNext/widowControl etc.) for strict readers."""
    order = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
             "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
             "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
             "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
             "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
             "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]
    rank = {qn("w:" + n): i for i, n in enumerate(order)}
    parts = [doc.element.body]
    for s in doc.sections:
        for hf in (s.header, s.footer, s.even_page_header, s.even_page_footer):
            if not hf.is_linked_to_previous:
                parts.append(hf._element)
    for part in parts:
        for ppr in part.iter(qn("w:pPr")):
            kids = list(ppr)
            kids.sort(key=lambda e: rank.get(e.tag, 99))
            for k in kids:
                ppr.remove(k)
            for k in kids:
                ppr.append(k)


def page_field(par, font=SONG, size=14):
    r = par.add_run("— ")
    set_font(r, font, size)
    r = par.add_run()
    set_font(r, font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r = par.add_run()
    set_font(r, font, size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    r._element.append(it)
    r = par.add_run()
    set_font(r, font, size)
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    r._element.append(f2)
    r = par.add_run("1")
    set_font(r, font, size)
    r = par.add_run()
    set_font(r, font, size)
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    r._element.append(f3)
    r = par.add_run(" —")
    set_font(r, font, size)


def page_setup(sec):
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)
    sec.header_distance = Mm(20)
    sec.footer_distance = Mm(22)


def clear_hf(hf):
    hf.is_linked_to_previous = False
    for p in hf.paragraphs:
        for r in list(p.runs):
            r._element.getparent().remove(r._element)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, first=False, line=None)
    p.add_run().add_break(WD_BREAK.PAGE)


def set_cell(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    add_text(p, text, font, size, bold)
    fmt(p, align=align, first=False, size=size, line=18)


def vcenter(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign"); v.set(qn("w:val"), "center")
    tcpr.append(v)


# ---------------------------------------------------------------------------
# rendering of the blocks
# ---------------------------------------------------------------------------
def render(doc, blocks):
    for b in blocks:
        k = b[0]
        if k == "redhead":
            for line in b[1]:
                p = doc.add_paragraph()
                add_text(p, line, XBS, 30, False, RED)
                fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first=False, line=40)
            p = doc.add_paragraph()
            fmt(p, first=False, line=28.95)
            p = doc.add_paragraph()
            add_text(p, b[2])
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first=False, after=6)
            border(p, "bottom", 18, "E60012", space=8)
        elif k in ("title", "mtitle"):
            p = doc.add_paragraph()
            add_text(p, "\n".join(b[1]), XBS, 22)
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first=False, size=22, line=33,
                before=6, after=0 if k == "title" else 16, keep_next=True)
        elif k == "sub":
            p = doc.add_paragraph()
            add_text(p, b[1], KAI, 16)
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first=False, after=14, keep_next=True)
        elif k == "zhusong":
            p = doc.add_paragraph()
            add_text(p, b[1])
            fmt(p, first=False)
        elif k == "h1":
            p = doc.add_paragraph()
            add_text(p, b[1], HEI, 16)
            fmt(p, keep_next=True)
        elif k == "h2":
            p = doc.add_paragraph()
            add_text(p, b[1], KAI, 16)
            fmt(p, keep_next=True)
        elif k == "chap":
            p = doc.add_paragraph()
            add_text(p, b[1], HEI, 16)
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first=False, before=6, after=6, keep_next=True)
        elif k == "p":
            p = doc.add_paragraph()
            add_text(p, b[1])
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif k == "run":
            p = doc.add_paragraph()
            head_font = KAI if b[1].startswith("（") else HEI
            add_text(p, b[1], head_font, 16, bold=head_font == KAI)
            add_text(p, b[2])
            fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif k == "art":
            for i, para in enumerate(b[1]):
                p = doc.add_paragraph()
                if i == 0:
                    m = re.match(r"(第[一二三四五六七八九十百]+条)(　)(.*)", para, re.S)
                    add_text(p, m.group(1), HEI, 16)
                    add_text(p, m.group(2) + m.group(3))
                else:
                    add_text(p, para)
                fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif k == "table":
            cap, header, rows, vm = b[1], b[2], b[3], b[4]
            p = doc.add_paragraph()
            add_text(p, cap, HEI, 14)
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first=False, size=14, line=24, before=6, after=4,
                keep_next=True)
            t = doc.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = [Cm(1.2), Cm(2.2), Cm(3.0), Cm(7.2), Cm(2.0)]
            for ci, h in enumerate(header):
                set_cell(t.cell(0, ci), h, HEI, 12, align=WD_ALIGN_PARAGRAPH.CENTER)
            for ri, row in enumerate(rows, start=1):
                for ci, v in enumerate(row):
                    if ci in vm:
                        continue
                    al = WD_ALIGN_PARAGRAPH.LEFT if ci == 3 else WD_ALIGN_PARAGRAPH.CENTER
                    set_cell(t.cell(ri, ci), v, align=al)
            # header row repeats on each page
            trpr = t.rows[0]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trpr.append(th)
            for ci in vm:
                ri = 1
                while ri <= len(rows):
                    rj = ri
                    while rj + 1 <= len(rows) and rows[rj][ci] == rows[ri - 1][ci]:
                        rj += 1
                    top = t.cell(ri, ci)
                    if rj > ri:
                        top = top.merge(t.cell(rj, ci))
                    set_cell(top, rows[ri - 1][ci], align=WD_ALIGN_PARAGRAPH.CENTER)
                    vcenter(top)
                    ri = rj + 1
            t.autofit = False
            tblpr = t._tbl.tblPr
            lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblpr.append(lay)
            tw = tblpr.find(qn("w:tblW"))
            if tw is None:
                tw = OxmlElement("w:tblW"); tblpr.append(tw)
            tw.set(qn("w:w"), str(sum(int(w.twips) for w in widths))); tw.set(qn("w:type"), "dxa")
            for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
                gc.set(qn("w:w"), str(int(w.twips)))
            for row in t.rows:
                trpr = row._tr.get_or_add_trPr()
                cs = OxmlElement("w:cantSplit"); cs.set(qn("w:val"), "true")
                trpr.insert(0, cs)
                for ci, c in enumerate(row.cells):
                    c.width = widths[ci]
            p = doc.add_paragraph()
            fmt(p, first=False, line=12)
        elif k == "fujian":
            items = b[1]
            p = doc.add_paragraph()
            fmt(p, first=False)
            for i, it in enumerate(items):
                p = doc.add_paragraph()
                if i == 0:
                    add_text(p, "附件：%d．%s" % (i + 1, it))
                    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, left=Pt(32 + 80), first=False)
                    p.paragraph_format.first_line_indent = Pt(-80)
                else:
                    add_text(p, "%d．%s" % (i + 1, it))
                    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, left=Pt(32 + 80), first=False)
                    p.paragraph_format.first_line_indent = Pt(-32)
        elif k == "luokuan":
            p = doc.add_paragraph(); fmt(p, first=False)
            p = doc.add_paragraph(); fmt(p, first=False)
            for org in b[1]:
                p = doc.add_paragraph()
                add_text(p, org)
                fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, first=False, right=Pt(64), keep_next=True)
            p = doc.add_paragraph()
            add_text(p, b[2])
            fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, first=False, right=Pt(64 + 16))
        elif k == "note":
            p = doc.add_paragraph()
            add_text(p, b[1], FS if b[2] != "right" else KAI, 16)
            al = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}.get(b[2])
            fmt(p, al, first=(b[2] == "indent"), before=6 if b[2] == "center" else 0)
        elif k == "banji":
            p = doc.add_paragraph(); fmt(p, first=False)
            p = doc.add_paragraph(); fmt(p, first=False)
            p = doc.add_paragraph()
            add_text(p, b[1], FS, 14)
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT, first=False, size=14, line=28,
                left=Pt(14), right=Pt(14))
            p.paragraph_format.first_line_indent = Pt(0)
            border(p, "top", 8, space=4)
            border(p, "bottom", 4, space=4)
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.keep_together = True
            p = doc.add_paragraph()
            add_text(p, b[2] + "\t" + b[3], FS, 14)
            fmt(p, first=False, size=14, line=28, left=Pt(14), right=Pt(14))
            p.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(28), WD_TAB_ALIGNMENT.RIGHT)
            border(p, "bottom", 8, space=4)
        elif k == "pb":
            page_break(doc)
        else:
            raise ValueError(k)


def divider(doc, text):
    for _ in range(7):
        p = doc.add_paragraph(); fmt(p, first=False)
    p = doc.add_paragraph()
    add_text(p, text, HEI, 26)
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first=False, size=26, line=40)


def build(docx_path, toc_pages):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FS)
    doc.settings.odd_and_even_pages_header_footer = True

    # --- section 1: cover ------------------------------------------------
    s0 = doc.sections[0]
    page_setup(s0)
    for hf in (s0.header, s0.footer, s0.even_page_header, s0.even_page_footer):
        clear_hf(hf)
    p = doc.add_paragraph()
    add_text(p, "内部资料　免费交流", KAI, 14)
    fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, first=False, size=14)
    for _ in range(3):
        p = doc.add_paragraph(); fmt(p, first=False)
    p = doc.add_paragraph()
    add_text(p, XY, XBS, 22)
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first=False, size=22, line=40)
    p = doc.add_paragraph()
    add_text(p, "共建“一带一路”与开放型经济\n支持政策汇编", XBS, 30, color=RED)
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first=False, size=30, line=50, before=18)
    p = doc.add_paragraph()
    add_text(p, "（2024年版）", KAI, 20)
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first=False, size=20, line=36, before=12)
    for _ in range(5):
        p = doc.add_paragraph(); fmt(p, first=False)
    for line in [XY + "管理委员会", "襄阳市商务局"]:
        p = doc.add_paragraph()
        add_text(p, line, HEI, 16)
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first=False)
    p = doc.add_paragraph()
    add_text(p, "二〇二四年八月", HEI, 16)
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first=False, before=10)

    # --- section 2: 编印说明 + 目录 ----------------------------------------
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s1)
    for hf in (s1.header, s1.footer, s1.even_page_header, s1.even_page_footer):
        clear_hf(hf)
    p = doc.add_paragraph()
    add_text(p, "编 印 说 明", XBS, 22)
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first=False, size=22, line=40, after=12)
    for t in [
        "为帮助片区企业全面了解、用足用好各级支持政策，我们对国家、省、市和片区出台的自由贸易试验区建设、共建“一带一路”及开放型经济领域政策文件进行了梳理，编印了《" + BOOK + "》。现将有关事项说明如下：",
        "一、本汇编收录截至2024年7月31日现行有效的政策文件6件，其中全文收录4件、摘录1件、存目1件。",
        "二、本汇编按政策内容分为综合政策、财税金融、贸易便利化三个部分，各部分内文件排列不分先后。",
        "三、收录文件时保留了原文的标题、文号和成文日期，部分文件略去了附件；摘录文件只收录与企业直接相关的条款，存目文件只列标题和文号。",
        "四、本汇编仅供学习参考，具体执行以发文机关正式印发的文本为准。政策咨询：襄阳片区管委会经济发展局，电话0710-3516208。",
    ]:
        p = doc.add_paragraph()
        add_text(p, t)
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
    p = doc.add_paragraph(); fmt(p, first=False)
    for line in ["襄阳片区管委会经济发展局", "2024年8月"]:
        p = doc.add_paragraph()
        add_text(p, line)
        fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, first=False, right=Pt(64))
    page_break(doc)
    p = doc.add_paragraph()
    add_text(p, "目　　录", XBS, 22)
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, first=False, size=22, line=40, after=10)
    for item in BOOK_ITEMS:
        if item[0] != "doc":
            p = doc.add_paragraph()
            add_text(p, item[0], HEI, 15)
            fmt(p, first=False, size=15, line=26, before=6)
            continue
        title = item[1]
        pg = toc_pages.get(item[5], "00")
        p = doc.add_paragraph()
        add_text(p, title + "\t" + str(pg), FS, 15)
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, first=False, size=15, line=26,
            left=Pt(30), right=Pt(24))
        p.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(24), WD_TAB_ALIGNMENT.RIGHT,
                                                  WD_TAB_LEADER.DOTS)

    # --- section 3: body, page numbers from 1, running head ----------------
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s2)
    pg = OxmlElement("w:pgNumType"); pg.set(qn("w:start"), "1")
    s2._sectPr.append(pg)
    for hdr in (s2.header, s2.even_page_header):
        clear_hf(hdr)
        hp = hdr.paragraphs[0]
        add_text(hp, BOOK, KAI, 10.5)
        fmt(hp, WD_ALIGN_PARAGRAPH.CENTER, first=False, size=10.5, line=None)
        border(hp, "bottom", 6, space=2)
    for ftr, al in ((s2.footer, WD_ALIGN_PARAGRAPH.RIGHT), (s2.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        clear_hf(ftr)
        fp = ftr.paragraphs[0]
        page_field(fp)
        fmt(fp, al, first=False, size=14, line=None, left=Pt(14), right=Pt(14))

    first = True
    for item in BOOK_ITEMS:
        if not first:
            page_break(doc)
        first = False
        if item[0] != "doc":
            divider(doc, item[0])
        else:
            render(doc, item[2])
    fix_ppr_order(doc)
    doc.save(docx_path)


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(docx_path)[0] + ".pdf"


def read_pages(pdf_path):
    import pdfplumber
    found = {}
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            txt = page.extract_text() or ""
            flat = re.sub(r"\s+", "", txt)
            m = re.search(r"—(\d+)—", flat)
            if not m:
                continue
            num = int(m.group(1))
            for item in BOOK_ITEMS:
                key = item[5]
                if key and key not in found and key in flat:
                    found[key] = num
    return found


# ---------------------------------------------------------------------------
# expected.json
# ---------------------------------------------------------------------------
def clauses_of(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(b[1])
        elif k == "run":
            out.append(b[1] + b[2])
        elif k == "art":
            out.append("\n".join(b[1]))
        elif k == "table":
            header, rows = b[2], b[3]
            for row in rows:
                out.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    return out


def expected():
    docs = []
    for item in BOOK_ITEMS:
        if item[0] != "doc" or item[3] is None:
            continue
        cl = clauses_of(item[2])
        spec = item[4] or {}
        for key in spec:
            assert len(key) >= 15, key
            hits = [c for c in cl if c.startswith(key)]
            assert len(hits) == 1, (key, hits)
        docs.append({"meta": item[3], "clauses": cl, "applies_to": {"specific": spec}})
    return {STEM: docs}


def main():
    docx_path = os.path.join(HERE, STEM + ".docx")
    build(docx_path, {})
    pages = read_pages(to_pdf(docx_path))
    keys = [i[5] for i in BOOK_ITEMS if i[0] == "doc"]
    missing = [k for k in keys if k not in pages]
    if missing:
        sys.exit("not found in first PDF: %s" % missing)
    build(docx_path, pages)
    pages2 = read_pages(to_pdf(docx_path))
    if pages2 != pages:
        sys.exit("page numbers moved between builds: %s vs %s" % (pages, pages2))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=1)
    print("目录 pages:", pages)
    for k, v in expected().items():
        for d in v:
            print(k, d["meta"]["title"][:30], len(d["clauses"]), "clauses")


if __name__ == "__main__":
    main()
