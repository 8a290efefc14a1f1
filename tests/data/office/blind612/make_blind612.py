# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 612: a 政府公报 issue (two-column section) as one Word file + PDF."""
import copy
import json
import os
import re
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "blind612_fujian_gongbao"

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SS = "宋体"

GAZ = "福建省人民政府公报"
ISSUE = "2026年第5期"
TOTAL = "（总第1086期）"

# ---------------------------------------------------------------------------
# content.  block kinds:
#  ("p", text)                 body paragraph (clause); "\n" = soft line break
#  ("pi", text)                body paragraph indented with typed full-width spaces
#  ("runin", head, rest)       run-in bold heading + text (one clause)
#  ("h1", text) / ("h2", text) heading on its own line (not a clause)
#  ("auto", listname, fmt, text)  Word auto-numbered item; fmt "cn" -> 一、 ; "dec" -> 1.
#  ("table", headers, rows)    rows become clauses
#  ("attach", [lines])         附件 list (not clauses)
#  ("note", text)              editorial note (not clause)
#  ("sign", [lines])           落款 (not clauses)
#  ("public", text)            （此件公开发布）
# ---------------------------------------------------------------------------

DOCS = []

# ---- A -------------------------------------------------------------------
DOCS.append({
    "category": "【省政府文件】",
    "title_lines": ["福建省人民政府关于推进", "中欧（亚）班列高质量发展的", "实施意见"],
    "dateline": "（2026年2月3日　闽政〔2026〕4号）",
    "recipients_text": "各设区市人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构，\n各大企业，各高等院校：",
    "meta": {
        "title": "福建省人民政府关于推进中欧（亚）班列高质量发展的实施意见",
        "doc_number": "闽政〔2026〕4号",
        "issuer": ["福建省人民政府"],
        "date": "2026-02-03",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": "2026-02-03",
        "expires": "2030-12-31",
        "attachments": [],
        "doc_type": "意见",
        "recipients": ["各设区市人民政府", "平潭综合实验区管委会", "省人民政府各部门、各直属机构", "各大企业", "各高等院校"],
        "publicity": "此件公开发布",
        "repeals": None,
    },
    "blocks": [
        ("p", "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，发挥我省21世纪海上丝绸之路核心区和中欧（亚）班列东南沿海重要枢纽作用，推动全省中欧（亚）班列提质增效、稳定运行，加快构建陆海内外联动、东西双向互济的开放格局，现提出如下实施意见。"),
        ("h1", "一、总体要求"),
        ("p", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，坚持市场主导、政府引导，坚持海铁联动、通道带产业，统筹福州、厦门、泉州等始发站点布局，推动中欧（亚）班列由“过境通道”向“产业通道”“经济走廊”转变。到2027年，全省中欧（亚）班列年开行量达到600列以上，回程班列占比提高到35%以上，重箱率保持在95%以上；到2030年，形成线路稳定、货源充足、服务优质、集散高效的班列运营体系，班列带动的进出口贸易额年均增长10%以上。"),
        ("h1", "二、重点任务"),
        ("runin", "（一）优化通道布局。", "巩固提升厦门—波兰罗兹、厦门—德国杜伊斯堡、福州—俄罗斯莫斯科等既有线路，稳定开行泉州（石狮）—中亚班列，积极开辟至匈牙利布达佩斯、塞尔维亚贝尔格莱德等中东欧国家线路。支持班列运营企业与西部陆海新通道班列、长江航运等通道衔接，探索开行“闽台—欧洲”海铁联运示范线。（省发改委、省商务厅、中国铁路南昌局集团有限公司福州货运中心按职责分工负责）"),
        ("runin", "（二）推进海铁联运发展。", "依托厦门港、福州港集装箱干线航线，推动港口与铁路场站“一单制”联运，支持在厦门港海沧港区、福州港江阴港区建设铁路装卸线和海铁联运中心。鼓励船公司、铁路部门和班列运营企业共同开发全程联运产品，对东南亚、日韩经我省港口中转至中亚、欧洲的货物实行“一次申报、一次查验、一次放行”。（省交通运输厅、福州海关、厦门海关、省港口集团等按职责分工负责）"),
        ("runin", "（三）培育稳定货源。", "建立全省班列重点货源企业名录，支持电子信息、纺织服装、鞋服箱包、工程机械、新能源汽车及零部件等优势产业企业通过班列运输开拓欧亚市场。扩大回程班列进口商品规模，重点组织汽车整车、木材、粮食、乳制品、红酒等回程货源，支持建设进口商品分拨集散中心。"),
        ("runin", "（四）发展班列经济。", "推动班列与综合保税区、跨境电子商务综合试验区、自由贸易试验区联动发展，支持在厦门海沧、福州江阴等班列节点周边布局保税物流、保税加工、跨境电商海外仓等业态。鼓励有条件的地区依托班列枢纽建设产业园区，引进一批运贸一体化龙头企业，促进“班列+产业”“班列+贸易”融合发展。"),
        ("runin", "（五）提升通关便利化水平。", "深化“提前申报”“两步申报”改革，推广“铁路快通”模式，实现班列货物在始发站、口岸站之间“一次报关、一次查验、全程放行”。依托国际贸易“单一窗口”建设班列综合服务平台，实现订舱、报关、报检、结算等业务线上“一站式”办理。对符合条件的班列运输货物实行优先查验，班列整体通关时间压缩至24小时以内。"),
        ("runin", "（六）强化数字赋能。", "推进班列集装箱电子标签、北斗定位等技术应用，实现全程可视化追踪。探索开展铁路运单物权化试点，支持金融机构以铁路运单为基础开展进出口贸易融资，推动“数字班列”与海丝中央法务区、数字丝路等平台数据互联共享。"),
        ("h1", "三、政策支持"),
        ("runin", "（七）加大资金支持。", "省级商务发展专项资金对年度开行量达到50列以上的始发平台，按照去程每标准箱不超过500元、回程每标准箱不超过800元的标准给予补助，单个平台年度补助总额不超过3000万元。各设区市可结合实际安排配套资金，不得对同一事项重复补助。（省财政厅、省商务厅负责）"),
        ("runin", "（八）保障用地用海需求。", "将班列枢纽站场、海铁联运中心、集结中心等重大项目纳入省重点项目管理，优先保障新增建设用地指标；涉及用海的，依法依规加快审批。"),
        ("runin", "（九）创新金融服务。", "鼓励银行业金融机构开发“班列贷”“运单融资”等专属产品，支持政策性保险机构扩大班列出口信用保险承保规模，对中小微企业班列出口业务给予保费补贴。"),
        ("h1", "四、保障措施"),
        ("runin", "（十）加强组织领导。", "省商务厅牵头建立全省中欧（亚）班列发展工作协调机制，统筹解决班列运营中的重大问题。各设区市人民政府要落实属地责任，制定具体工作方案，明确责任分工和时间节点。"),
        ("runin", "（十一）强化监测评估。", "建立班列开行动态监测和运营绩效评价制度，每半年对各始发平台开行质量、货源结构、资金使用等情况开展评估，评估结果作为资金安排的重要依据。"),
        ("p", "本意见自印发之日起实施，有效期至2030年12月31日。国家出台新的相关政策的，从其规定。"),
        ("public", "（此件公开发布）"),
    ],
})

# ---- B -------------------------------------------------------------------
DOCS.append({
    "category": None,
    "title_lines": ["福建省人民政府关于同意设立三明跨境电子商务产业园的批复"],
    "dateline": "（2026年2月10日　闽政文〔2026〕21号）",
    "recipients_text": "三明市人民政府：",
    "meta": {
        "title": "福建省人民政府关于同意设立三明跨境电子商务产业园的批复",
        "doc_number": "闽政文〔2026〕21号",
        "issuer": ["福建省人民政府"],
        "date": "2026-02-10",
        "published": None,
        "level": "provincial",
        "region": "三明市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "批复",
        "recipients": ["三明市人民政府"],
        "publicity": None,
        "repeals": None,
    },
    "blocks": [
        ("p", "你市《关于申请设立三明跨境电子商务产业园的请示》（明政〔2025〕64号）收悉。经研究，现批复如下："),
        ("auto", "B1", "cn", "同意设立三明跨境电子商务产业园（以下简称产业园）。产业园位于三明高新技术产业开发区金沙园，规划面积1.62平方公里，四至范围为：东至金沙大道，南至沙溪河，西至高砂路，北至永武高速公路连接线。"),
        ("auto", "B1", "cn", "产业园要立足三明市林产品、竹制品、纺织服装、生物医药等特色产业基础，重点发展跨境电商B2B出口、海外仓备货、跨境电商直播等业态，打造闽西北跨境电商产业集聚区和“跨境电商+产业带”示范区。"),
        ("auto", "B1", "cn", "产业园按照“一园三区”布局建设，设置跨境电商企业孵化区、仓储物流区和综合服务区。综合服务区要集成政策咨询、通关申报、外汇结算、出口退税、人才培训等功能，为入园企业提供一站式服务。"),
        ("auto", "B1", "cn", "支持产业园依法申请设立跨境电商监管作业场所，由三明海关按规定实施监管。产业园跨境电商业务纳入中国（三明）跨境电子商务综合试验区统筹管理，享受综试区相关支持政策。"),
        ("auto", "B1", "cn", "产业园建设用地要符合国土空间规划，严格执行节约集约用地标准，不得擅自扩大规划范围或改变用地性质。涉及生态保护红线和永久基本农田的，不得纳入产业园范围。"),
        ("auto", "B1", "cn", "你市要切实履行主体责任，成立产业园建设工作领导小组，编制产业园建设发展规划和年度实施计划，落实建设资金和运营主体，加强安全生产、生态环境保护和风险防控，确保产业园规范有序运营。"),
        ("auto", "B1", "cn", "省商务厅要会同省发改委、省自然资源厅、福州海关等部门加强对产业园建设的指导、协调和监督。产业园建设运营情况由你市于每年1月31日前报送省商务厅。"),
        ("p", "此复。"),
    ],
})

# ---- E (函) ---------------------------------------------------------------
DOCS.append({
    "category": "【省政府办公厅文件】",
    "title_lines": ["福建省人民政府办公厅关于同意建立福建省中欧班列发展工作联席会议制度的函"],
    "dateline": "（2026年2月6日　闽政办函〔2026〕9号）",
    "recipients_text": "省商务厅：",
    "meta": {
        "title": "福建省人民政府办公厅关于同意建立福建省中欧班列发展工作联席会议制度的函",
        "doc_number": "闽政办函〔2026〕9号",
        "issuer": ["福建省人民政府办公厅"],
        "date": "2026-02-06",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "函",
        "recipients": ["省商务厅"],
        "publicity": None,
        "repeals": None,
    },
    "blocks": [
        ("pi", "你厅《关于建立福建省中欧班列发展工作联席会议制度的请示》（闽商务〔2026〕5号）收悉。经省人民政府同意，现函复如下："),
        ("pi", "同意建立由省商务厅牵头的福建省中欧班列发展工作联席会议（以下简称联席会议）制度。联席会议不刻制印章，不正式行文，请按照《福建省人民政府关于推进中欧（亚）班列高质量发展的实施意见》（闽政〔2026〕4号）要求，认真组织开展工作。"),
        ("h1", "一、主要职责"),
        ("auto", "E1", "dec", "贯彻落实党中央、国务院和省委、省政府关于中欧班列发展的决策部署，研究提出全省中欧（亚）班列发展的政策措施。"),
        ("auto", "E1", "dec", "统筹协调全省班列线路布局、站点建设、货源组织和运营补助等重大事项。"),
        ("auto", "E1", "dec", "协调解决班列开行、通关、运输组织、安全保障等方面的跨部门、跨区域问题。"),
        ("auto", "E1", "dec", "督促检查各地各部门工作落实情况，完成省人民政府交办的其他事项。"),
        ("h1", "二、成员单位"),
        ("pi", "联席会议由省商务厅、省发改委、省财政厅、省交通运输厅、省自然资源厅、省地方金融管理局、福州海关、厦门海关、中国铁路南昌局集团有限公司福州货运中心、省港口集团等单位组成，省商务厅为牵头单位。省商务厅主要负责同志担任召集人，省商务厅、省交通运输厅分管负责同志担任副召集人，其他成员单位有关负责同志为联席会议成员。联席会议成员因工作变动需要调整的，由所在单位提出，联席会议确定。"),
        ("pi", "联席会议办公室设在省商务厅，承担联席会议日常工作，办公室主任由省商务厅分管负责同志兼任。联席会议设联络员，由各成员单位有关处室负责同志担任。"),
        ("h1", "三、工作规则"),
        ("auto", "E2", "dec", "联席会议原则上每半年召开一次全体会议，由召集人或者召集人委托的副召集人主持。根据工作需要，可以临时召开全体会议或者部分成员单位会议。"),
        ("auto", "E2", "dec", "联席会议以会议纪要形式明确会议议定事项，经与会单位同意后印发有关方面，重大事项按程序报省人民政府。"),
        ("auto", "E2", "dec", "各成员单位要按照职责分工，主动研究班列发展中的有关问题，认真落实联席会议议定事项，互通信息、密切配合，形成工作合力。"),
    ],
})

# ---- C -------------------------------------------------------------------
DOCS.append({
    "category": None,
    "title_lines": ["福建省人民政府办公厅关于进一步促进跨境电子商务高质量发展的通知"],
    "dateline": "（2026年2月12日　闽政办〔2026〕6号）",
    "recipients_text": "各设区市人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构：",
    "meta": {
        "title": "福建省人民政府办公厅关于进一步促进跨境电子商务高质量发展的通知",
        "doc_number": "闽政办〔2026〕6号",
        "issuer": ["福建省人民政府办公厅"],
        "date": "2026-02-12",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": "2026-03-01",
        "expires": "2028-12-31",
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各设区市人民政府", "平潭综合实验区管委会", "省人民政府各部门、各直属机构"],
        "publicity": "此件公开发布",
        "repeals": "《福建省人民政府办公厅关于加快跨境电子商务发展的若干措施》（闽政办〔2022〕17号）",
    },
    "blocks": [
        ("pi", "近年来，全省跨境电子商务综合试验区建设成效明显，跨境电商已成为我省外贸增长的重要动能。为贯彻落实《国务院办公厅关于推动外贸稳规模优结构的意见》，进一步促进跨境电子商务高质量发展，经省人民政府同意，现就有关事项通知如下："),
        ("h1b", "一、拓展跨境电商新业态新模式"),
        ("runin", "（一）做大跨境电商B2B出口。", "支持外贸企业开展跨境电商B2B直接出口（9710）和出口海外仓（9810）业务，对首次开展上述业务的中小微企业，由各地按规定给予一次性业务启动补助。推动传统外贸企业、工贸企业“触网上线”，每个设区市每年培育跨境电商应用企业不少于100家。"),
        ("runin", "（二）支持海外仓高质量发展。", "重点做好以下工作："),
        ("pi", "1.优化海外仓布局。引导企业在“一带一路”共建国家和《区域全面经济伙伴关系协定》（RCEP）成员国主要节点城市建设海外仓，到2027年全省企业建设运营的海外仓达到300个以上。"),
        ("pi", "2.提升海外仓服务能力。支持海外仓企业提供退换货、维修、展示等增值服务，对认定为省级公共海外仓的，按照其上年度实际投资额的20%给予最高200万元补助。"),
        ("pi", "3.加强海外仓风险防范。鼓励海外仓企业投保海外仓储财产保险和出口信用保险，对海外仓企业投保费用给予不超过50%的补助，具体补助项目包括："),
        ("pi", "（1）海外仓储财产保险保费；"),
        ("pi", "（2）海外仓货物运输保险保费；"),
        ("pi", "（3）海外仓经营企业短期出口信用保险保费。"),
        ("runin", "（三）推进“跨境电商+产业带”融合。", "围绕晋江鞋服、德化陶瓷、安溪茶叶、仙游工艺品、福鼎白茶等特色产业带，每年组织开展跨境电商“产业带对接”活动不少于20场，\n推动产业带企业在主流跨境电商平台开设店铺、打造自有品牌。"),
        ("h1b", "二、提升跨境电商通关和监管服务水平"),
        ("runin", "（四）优化跨境电商通关模式。", "在全省综合保税区全面推广跨境电商零售进口“网购保税+线下自提”模式，支持福州、厦门等综合保税区开展跨境电商出口退货监管试点。对跨境电商B2B出口货物适用“简化申报”“转关作业”等便利措施，推动跨境电商出口货物“离境即退税”。"),
        ("runin", "（五）完善跨境电商金融服务。", "支持银行机构为跨境电商企业提供便捷的跨境收付汇和结售汇服务，扩大跨境电商贸易收支便利化试点企业范围。鼓励保险机构开发跨境电商专属保险产品，降低企业经营风险。"),
        ("h1b", "三、强化跨境电商发展支撑"),
        ("runin", "（六）加强统计监测。", "各跨境电商综试区要完善线上综合服务平台功能，按月报送跨境电商进出口数据。2025年全省跨境电商综试区主要指标如下："),
        ("table", ["序号", "综试区名称", "2025年进出口额\n（亿元）", "同比增长\n（%）"], [
            ["1", "中国（福州）跨境电子商务综合试验区", "486.3", "12.4"],
            ["2", "中国（厦门）跨境电子商务综合试验区", "1025.7", "9.8"],
            ["3", "中国（泉州）跨境电子商务综合试验区", "612.5", "15.1"],
            ["4", "中国（漳州）跨境电子商务综合试验区", "103.2", "21.6"],
            ["5", "中国（莆田）跨境电子商务综合试验区", "88.9", "18.3"],
            ["6", "其他综试区合计", "142.4", "26.7"],
        ]),
        ("runin", "（七）强化人才培养。", "支持高校、职业院校与跨境电商企业共建实训基地，每年培训跨境电商专业人才1万人次以上。对经认定的省级跨境电商人才培训基地，给予最高50万元一次性奖励。"),
        ("pi", "各设区市人民政府、平潭综合实验区管委会要将跨境电商发展纳入重要议事日程，细化工作举措，于每年12月底前将年度工作进展情况报送省商务厅。省商务厅要会同有关部门加强统筹协调和跟踪督促，重大问题及时报告省人民政府。"),
        ("pi", "本通知自2026年3月1日起施行，有效期至2028年12月31日。《福建省人民政府办公厅关于加快跨境电子商务发展的若干措施》（闽政办〔2022〕17号）同时废止。"),
        ("public", "（此件公开发布）"),
    ],
})

# ---- D -------------------------------------------------------------------
DOCS.append({
    "category": "【部门文件】",
    "title_lines": ["福建省商务厅 福建省财政厅关于做好2026年度外商投资促进工作的通知"],
    "dateline": "（2026年2月18日　闽商务外资〔2026〕3号）",
    "recipients_text": "各设区市商务局、财政局，平潭综合实验区经济发展局、财政金融局：",
    "meta": {
        "title": "福建省商务厅 福建省财政厅关于做好2026年度外商投资促进工作的通知",
        "doc_number": "闽商务外资〔2026〕3号",
        "issuer": ["福建省商务厅", "福建省财政厅"],
        "date": "2026-02-18",
        "published": None,
        "level": "provincial",
        "region": "福建省",
        "effective": None,
        "expires": None,
        "attachments": ["2026年全省外商投资促进重点活动安排", "福建省重点外资项目服务专员名单"],
        "doc_type": "通知",
        "recipients": ["各设区市商务局、财政局", "平潭综合实验区经济发展局、财政金融局"],
        "publicity": "此件公开发布",
        "repeals": None,
    },
    "blocks": [
        ("p", "为贯彻落实《国务院关于进一步优化外商投资环境加大吸引外商投资力度的意见》和省委、省政府关于稳外资工作的部署要求，进一步加大招商引资力度，推动全省利用外资稳量提质，现就做好2026年度外商投资促进工作有关事项通知如下："),
        ("h1", "一、明确工作目标"),
        ("p", "2026年，全省力争实际使用外资保持稳定增长，新设外商投资企业2500家以上，引进合同外资5000万美元以上的重大外资项目60个以上，制造业和高技术产业实际使用外资占比进一步提高。"),
        ("h1", "二、突出工作重点"),
        ("h2", "（一）聚焦重点产业精准招商"),
        ("p", "1.围绕新能源、新材料、电子信息、高端装备、生物医药等重点产业链，编制产业链招商图谱，梳理重点目标企业清单，开展“建链、补链、强链”招商。"),
        ("p", "2.深化闽台产业合作，支持台资企业增资扩产，鼓励台湾地区投资者以其在大陆取得的利润再投资，对台资企业利润再投资项目给予与新设项目同等支持。"),
        ("h2", "（二）发挥开放平台载体作用"),
        ("p", "1.支持中国（福建）自由贸易试验区福州、厦门、平潭片区在外商投资准入、跨境服务贸易等领域先行先试，打造外资集聚高地。"),
        ("p", "2.推动福州、厦门海沧、泉州等综合保税区引进保税研发、保税维修、融资租赁等外资项目，提升综合保税区外资利用水平。"),
        ("p", "3.发挥国家级经济技术开发区、高新技术产业开发区主阵地作用，支持有条件的园区设立外资专业园区、“园中园”。"),
        ("h2", "（三）优化外资企业全周期服务"),
        ("p", "1.落实外资企业服务专员制度，对重点外资项目实行“一企一专员”跟踪服务，协调解决项目签约、落地、投产中的困难问题。"),
        ("p", "2.常态化开展外资企业圆桌会议，每季度至少召开1次，畅通政企沟通渠道，依法保护外国投资者和外商投资企业合法权益。"),
        ("h1", "三、加强资金保障"),
        ("p", "省级商务发展专项资金对2026年度新设或增资的外资项目，按照年度实际到资额（不含外国投资者利润再投资）1000万美元以上的部分给予奖励，奖励比例不超过2%，单个项目奖励金额最高不超过2000万元人民币。对世界500强企业、全球行业龙头企业投资项目，可按“一事一议”方式给予支持。"),
        ("p", "各设区市、平潭综合实验区商务、财政部门要于2026年3月31日前完成2025年度外资奖励资金申报审核工作，并将审核结果联合行文报送省商务厅、省财政厅。省财政厅根据省商务厅提出的资金分配建议下达资金。"),
        ("p", "联系人及电话：省商务厅外资处陈敏，0591-87620315；省财政厅经济建设处林晓峰，0591-87095236。"),
        ("attach", ["附件：1.2026年全省外商投资促进重点活动安排", "　　　2.福建省重点外资项目服务专员名单"]),
        ("note", "（附件略）"),
        ("sign", ["福建省商务厅　　　　　福建省财政厅", "2026年2月18日　　　　"]),
        ("public", "（此件公开发布）"),
    ],
})

# ---------------------------------------------------------------------------
CN_NUM = "一二三四五六七八九十"


def cn_number(n):
    if n <= 10:
        return CN_NUM[n - 1]
    if n < 20:
        return "十" + CN_NUM[n - 11]
    raise ValueError(n)


def set_run_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(att), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor(*color)


def add_text(par, text, font, size, bold=None, color=None):
    """Add text; '\n' becomes a soft line break (w:br)."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = par.add_run(part)
        set_run_font(r, font, size, bold, color)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return par


def fmt_par(par, align=None, first_indent=None, before=0, after=0, line=16):
    pf = par.paragraph_format
    if align is not None:
        pf.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)


def border_bottom(par, color="000000", sz=6):
    ppr = par._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color)))


# ---- numbering -------------------------------------------------------------
class Numbering:
    def __init__(self, doc):
        self.el = doc.part.numbering_part.element
        self.next_id = 601
        self.lists = {}

    def get(self, name, fmt):
        if name in self.lists:
            return self.lists[name]
        aid = self.next_id
        nid = self.next_id
        self.next_id += 1
        if fmt == "cn":
            numfmt, lvltext = "chineseCounting", "%1、"
        else:
            numfmt, lvltext = "decimal", "%1."
        absx = parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
            '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="420"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="21"/></w:rPr>'
            '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvltext, FS, FS, FS))
        nums = self.el.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(absx)
        else:
            self.el.append(absx)
        self.el.append(parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), nid, aid)))
        self.lists[name] = (nid, fmt, [0])
        return self.lists[name]


def apply_num(par, nid):
    ppr = par._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), nid)))


def add_field(par, instr, font, size):
    r = par.add_run()
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    set_run_font(r, font, size)
    r = par.add_run()
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr)))
    set_run_font(r, font, size)
    r = par.add_run()
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r = par.add_run("1")
    set_run_font(r, font, size)
    r = par.add_run()
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


# ---------------------------------------------------------------------------
def build(pages):
    """pages: list of gazette page numbers for the 目录 (or None)."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width = Mm(185)
    sec.page_height = Mm(260)
    sec.left_margin = Mm(20)
    sec.right_margin = Mm(20)
    sec.top_margin = Mm(24)
    sec.bottom_margin = Mm(20)
    sec.header_distance = Mm(12)
    sec.footer_distance = Mm(10)
    text_width = Mm(145)

    # ---------------- cover / 目录 (single column, no header) ----------------
    p = doc.add_paragraph()
    fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, before=30, after=6, line=None)
    add_text(p, GAZ, XBS, 30, color=(0xC0, 0x00, 0x00))
    p = doc.add_paragraph()
    fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, after=2, line=None)
    # cover info line typed with manual spaces
    add_text(p, GAZ + "　" + ISSUE + TOTAL, SS, 12)
    border_bottom(p, "C00000", 18)
    p = doc.add_paragraph()
    fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, before=4, after=14, line=None)
    add_text(p, "福建省人民政府办公厅主办", KT, 10.5)
    p = doc.add_paragraph()
    fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, after=10, line=None)
    add_text(p, "目　　录", HT, 16)

    cats_seen = []
    for i, d in enumerate(DOCS):
        if d["category"]:
            p = doc.add_paragraph()
            fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, before=8, after=2, line=18)
            add_text(p, d["category"], HT, 11)
        p = doc.add_paragraph()
        fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, line=18)
        p.paragraph_format.left_indent = Pt(21)
        p.paragraph_format.right_indent = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        add_text(p, d["meta"]["title"], FS, 10.5)
        r = p.add_run("\t" + (str(pages[i]) if pages else "0"))
        set_run_font(r, FS, 10.5)

    # ---------------- section 2: two columns ----------------
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    s = new._sectPr
    cols = s.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml('<w:cols %s/>' % nsdecls("w"))
        s.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "397")
    cols.set(qn("w:sep"), "1")
    cols.addprevious(parse_xml('<w:pgNumType %s w:start="1"/>' % nsdecls("w")))

    new.header.is_linked_to_previous = False
    hp = new.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
    add_text(hp, GAZ, KT, 9)
    r = hp.add_run("\t" + ISSUE)
    set_run_font(r, KT, 9)
    border_bottom(hp, "000000", 6)

    new.footer.is_linked_to_previous = False
    fp = new.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_run_font(r, SS, 10)
    add_field(fp, "PAGE", SS, 10)
    r = fp.add_run(" —")
    set_run_font(r, SS, 10)

    # the body paragraphs are inserted before the final sectPr -> into section 2
    numbering = Numbering(doc)
    first = True
    for d in DOCS:
        if not first:
            # office habit: a couple of empty paragraphs between documents
            doc.add_paragraph()
            doc.add_paragraph()
        first = False
        p = doc.add_paragraph()
        fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, before=6, after=4, line=22)
        add_text(p, "\n".join(d["title_lines"]), XBS, 13)
        p.paragraph_format.keep_with_next = True
        p = doc.add_paragraph()
        fmt_par(p, WD_ALIGN_PARAGRAPH.CENTER, after=6, line=16)
        add_text(p, d["dateline"], KT, 9.5)
        p.paragraph_format.keep_with_next = True
        p = doc.add_paragraph()
        fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, line=16)
        add_text(p, d["recipients_text"], FS, 10.5)

        for b in d["blocks"]:
            kind = b[0]
            if kind == "p":
                p = doc.add_paragraph()
                fmt_par(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=21)
                add_text(p, b[1], FS, 10.5)
            elif kind == "pi":
                p = doc.add_paragraph()
                fmt_par(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
                add_text(p, "　　" + b[1], FS, 10.5)
            elif kind == "runin":
                p = doc.add_paragraph()
                fmt_par(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=21)
                add_text(p, b[1], KT, 10.5, bold=True)
                add_text(p, b[2], FS, 10.5)
            elif kind == "h1":
                p = doc.add_paragraph()
                fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, first_indent=21, before=2, after=2)
                add_text(p, b[1], HT, 10.5)
                p.paragraph_format.keep_with_next = True
            elif kind == "h1b":
                # heading typed in 仿宋 and made bold by hand, indented with spaces
                p = doc.add_paragraph()
                fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, before=2, after=2)
                add_text(p, "　　", FS, 10.5)
                add_text(p, b[1], FS, 10.5, bold=True)
                p.paragraph_format.keep_with_next = True
            elif kind == "h2":
                p = doc.add_paragraph()
                fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, first_indent=21)
                add_text(p, b[1], KT, 10.5, bold=True)
                p.paragraph_format.keep_with_next = True
            elif kind == "auto":
                nid, fmt, counter = numbering.get(b[1], b[2])
                p = doc.add_paragraph()
                fmt_par(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
                apply_num(p, nid)
                add_text(p, b[3], FS, 10.5)
            elif kind == "table":
                headers, rows = b[1], b[2]
                t = doc.add_table(rows=1 + len(rows), cols=len(headers))
                t.style = doc.styles["Table Grid"]
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                t.autofit = False
                widths = [Mm(7), Mm(29), Mm(17), Mm(13)]
                for ci, w in enumerate(widths):
                    t.columns[ci].width = w
                for ci, h in enumerate(headers):
                    c = t.rows[0].cells[ci]
                    c.width = widths[ci]
                    cp = c.paragraphs[0]
                    fmt_par(cp, WD_ALIGN_PARAGRAPH.CENTER, line=12)
                    add_text(cp, h, HT, 8)
                for ri, row in enumerate(rows):
                    for ci, v in enumerate(row):
                        c = t.rows[ri + 1].cells[ci]
                        c.width = widths[ci]
                        cp = c.paragraphs[0]
                        fmt_par(cp, WD_ALIGN_PARAGRAPH.CENTER if ci != 1 else WD_ALIGN_PARAGRAPH.LEFT, line=12)
                        add_text(cp, v, FS, 8)
            elif kind == "attach":
                for k, line in enumerate(b[1]):
                    p = doc.add_paragraph()
                    fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT, before=6 if k == 0 else 0)
                    add_text(p, "　　" + line, FS, 10.5)
            elif kind == "note":
                p = doc.add_paragraph()
                fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT)
                add_text(p, "　　" + b[1], KT, 10.5)
            elif kind == "sign":
                doc.add_paragraph()
                for line in b[1]:
                    p = doc.add_paragraph()
                    fmt_par(p, WD_ALIGN_PARAGRAPH.RIGHT)
                    add_text(p, line, FS, 10.5)
            elif kind == "public":
                p = doc.add_paragraph()
                fmt_par(p, WD_ALIGN_PARAGRAPH.LEFT)
                add_text(p, "　　" + b[1], FS, 10.5)
            else:
                raise ValueError(kind)
    return doc


def clauses_of(d):
    out = []
    counters = {}
    for b in d["blocks"]:
        kind = b[0]
        if kind in ("p", "pi"):
            out.append(b[1].replace("\n", ""))
        elif kind == "runin":
            out.append((b[1] + b[2]).replace("\n", ""))
        elif kind == "auto":
            counters[b[1]] = counters.get(b[1], 0) + 1
            n = counters[b[1]]
            prefix = cn_number(n) + "、" if b[2] == "cn" else "%d." % n
            out.append(prefix + b[3])
        elif kind == "table":
            headers = [h.replace("\n", "") for h in b[1]]
            for row in b[2]:
                out.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    return out


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_612", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def find_pages(pdf_path):
    """Gazette page number on which each document title starts."""
    from pypdf import PdfReader
    rd = PdfReader(pdf_path)
    texts = [re.sub(r"\s+", "", (pg.extract_text() or "")) for pg in rd.pages]
    # first PDF page after the cover that carries the first title = gazette page 1
    res = []
    start = 1
    for d in DOCS:
        key = re.sub(r"\s+", "", d["meta"]["title"])[:14]
        found = None
        for i in range(start, len(texts)):
            if key in texts[i]:
                found = i
                break
        if found is None:
            return None
        res.append(found)
        start = found
    base = res[0]
    return [r - base + 1 for r in res]


def main():
    docx_path = os.path.join(HERE, STEM + ".docx")
    pdf_path = os.path.join(HERE, STEM + ".pdf")
    pages = None
    try:
        build(None).save(docx_path)
        convert(docx_path)
        pages = find_pages(pdf_path)
    except Exception as e:  # pragma: no cover
        print("page lookup failed:", e)
    if pages is None:
        pages = [1, 4, 5, 6, 9]
    build(pages).save(docx_path)
    convert(docx_path)
    print("目录 pages:", pages)

    key = {STEM: [{"meta": d["meta"], "clauses": clauses_of(d)} for d in DOCS]}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
