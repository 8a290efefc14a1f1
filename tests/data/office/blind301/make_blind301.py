# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 301: one issue of the 中华人民共和国国务院公报 (2026年第9号), made in Word
with two-column sections and printed to PDF by LibreOffice, plus expected.json.

Run:  . /work/venv/bin/activate && python make_blind301.py
"""
import json
import os
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor, Twips

HERE = Path(__file__).resolve().parent
STEM = "blind301_guowuyuan_gongbao"
FIRST_PAGE = 289          # the issue's pages continue the year's numbering
ISSUE = "2026年第9号"
TOTAL_NO = "1901"
ISSUE_DATE = "2026年3月30日"

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)

BODY_PT = 11
LINE_PT = 17

# ---------------------------------------------------------------------------
# Content.  Every document is a list of blocks; clauses are derived from the
# same blocks so that the docx and expected.json cannot drift apart.
#   ("p", text)                 body paragraph (a clause)
#   ("p_nc", text)              body paragraph that is NOT a clause (特此公告。)
#   ("h1", text)                heading alone on its line (not a clause)
#   ("runin", head, rest)       run-in heading: head in 楷体/黑体, rest in body font
#   ("chapter", text)           章 heading (not a clause)
#   ("art", label, [paras])     article: one clause, paragraphs joined with \n
#   ("recip", text)             主送 (not a clause)
#   ("attnote", text)           附件说明 (not a clause)
#   ("sign", [lines])           落款 lines, right aligned (not clauses)
#   ("public", text)            （此件公开发布）
#   ("att_head", text) / ("att_title", text)
#   ("table", header, rows, merge_col)   rows become clauses 列名：值；…
# ---------------------------------------------------------------------------

LING_821 = ("《国务院关于修改〈中华人民共和国国际海运条例〉部分条款的决定》已经2026年2月27日"
            "国务院第82次常务会议通过，现予公布，自2026年5月1日起施行。")

DOC1_BODY = [
    ("p", "为进一步优化国际海运营商环境，提升航运服务贸易便利化水平，服务共建“一带一路”高质量发展和"
          "高水平对外开放，国务院决定对《中华人民共和国国际海运条例》的部分条款作如下修改："),
    ("p", "一、将第五条第二款修改为：“国务院交通主管部门应当自受理申请之日起20日内审核完毕，作出许可"
          "或者不予许可的决定。予以许可的，向申请人颁发《国际船舶运输经营许可证》；不予许可的，应当书面"
          "通知申请人并告知理由。”"),
    ("p", "二、将第七条修改为：“经营无船承运业务，应当在开业前向省、自治区、直辖市人民政府交通主管部门"
          "备案。备案材料应当包括经营者名称、注册地址、联系人及联系方式、提单格式样本等信息。备案信息发生"
          "变化的，应当自变化之日起15日内办理变更备案。”"),
    ("p", "三、在第十二条后增加一条，作为第十三条：“在中国（上海）自由贸易试验区临港新片区、海南自由贸易港"
          "注册的中资国际船舶运输经营者，可以按照国家有关规定，利用其全资或者控股拥有的非五星旗国际航行船舶，"
          "开展以上述区域内港口为国际中转港的外贸集装箱沿海捎带业务。具体管理办法由国务院交通主管部门会同"
          "有关部门制定。”"),
    ("p", "四、将第二十六条修改为：“外国国际船舶运输经营者在中国境内设立常驻代表机构的，应当向国务院交通"
          "主管部门备案。常驻代表机构不得从事经营活动。”"),
    ("p", "五、将第四十二条中的“处2万元以上10万元以下的罚款”修改为“处1万元以上5万元以下的罚款”；"
          "增加一款，作为第二款：“违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。”"),
    ("p", "六、删去第四十六条第二款。"),
    ("p", "本决定自2026年5月1日起施行。"),
    ("p", "《中华人民共和国国际海运条例》根据本决定作相应修改并对条文顺序作相应调整，重新公布。"),
]

DOC2_BODY = [
    ("recip", "甘肃省人民政府、商务部："),
    ("p", "你们关于设立中国（甘肃）自由贸易试验区的请示收悉。现批复如下："),
    ("p", "一、同意设立中国（甘肃）自由贸易试验区（以下简称自贸试验区），原则同意《中国（甘肃）自由贸易"
          "试验区总体方案》（以下简称《方案》），请认真组织实施。"),
    ("p", "二、自贸试验区实施范围118.63平方公里，涵盖三个片区：兰州片区69.52平方公里（含兰州新区综合保税区"
          "6.78平方公里），武威片区27.36平方公里（含武威保税物流中心（B型）0.41平方公里），天水片区21.75"
          "平方公里。自贸试验区的实施范围和各片区四至范围由商务部负责向社会公布。"),
    ("p", "三、自贸试验区建设要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次"
          "全会精神，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，坚持以制度创新为"
          "核心，以可复制可推广为基本要求，充分发挥甘肃连接中亚、西亚和欧洲的通道优势，聚焦向西开放、陆海"
          "联动、能源资源合作和文化旅游融合，努力建成服务共建“一带一路”的重要开放平台和西部内陆开放型经济"
          "新高地。"),
    ("p", "四、兰州片区要依托兰州新区综合保税区和中川国际机场，重点发展临空经济、生物医药、新材料和跨境电商，"
          "打造向西开放的国际物流枢纽和进出口商品集散中心。"),
    ("p", "五、武威片区要依托中欧班列（武威）集结中心和武威保税物流中心（B型），重点发展国际陆港物流、农产品"
          "精深加工和新能源装备制造，建设面向中亚的陆港型国家物流枢纽。"),
    ("p", "六、天水片区要发挥装备制造和电子信息产业基础优势，重点发展先进制造、文化旅游和服务外包，推动与"
          "共建“一带一路”国家开展文化贸易和服务贸易合作。"),
    ("p", "七、甘肃省人民政府要加强组织领导，切实落实主体责任，大胆试、大胆闯、自主改，完善自贸试验区管理"
          "体制机制，加强人才培养，打造高素质管理队伍，统筹发展和安全，有效防控各类风险。要按照《方案》要求，"
          "明确责任分工，细化工作举措，确保各项改革试点任务落地见效。"),
    ("p", "八、商务部要会同有关部门按照职责分工，加强协调指导，组织开展评估，推动解决自贸试验区建设中遇到的"
          "困难和问题。国务院有关部门要积极支持自贸试验区建设，及时下放相关管理权限，完善配套政策措施。"),
    ("p", "九、《方案》实施中需要暂时调整实施有关行政法规、国务院文件和经国务院批准的部门规章的部分规定的，"
          "按规定程序办理。重大事项及时向党中央、国务院请示报告。"),
    ("sign", ["国务院", "2026年3月6日"]),
    ("public", "（此件公开发布）"),
]

DOC3_BODY = [
    ("recip", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："),
    ("p", "跨境电子商务（以下简称跨境电商）是发展速度最快、潜力最大、带动作用最强的外贸新业态。近年来，我国"
          "跨境电商规模持续扩大，跨境电商综合试验区（以下简称综试区）建设成效明显，海外仓等新型外贸基础设施"
          "加快布局，为稳外贸、促消费、扩就业发挥了积极作用。为加快发展跨境电商，推动外贸优化升级，更好服务"
          "构建新发展格局和共建“一带一路”高质量发展，经国务院同意，现提出如下意见。"),
    ("h1", "一、总体要求"),
    ("p", "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面"
          "贯彻新发展理念，坚持市场主导、政府引导，坚持创新驱动、包容审慎，坚持开放合作、安全可控，着力优化"
          "发展布局、培育经营主体、提升便利化水平、完善支撑体系。到2028年，跨境电商进出口规模力争突破4万亿元，"
          "培育100家左右具有国际竞争力的跨境电商品牌企业，建成一批布局合理、功能完善、服务优质的海外智慧物流"
          "平台，形成更加完善的跨境电商政策体系和监管模式。"),
    ("h1", "二、优化跨境电商发展布局"),
    ("runin", "（一）提升综试区建设水平。",
     "对综试区实行动态调整，每年开展考核评估，对连续两年考核评估结果靠后的综试区予以约谈，整改不到位的"
     "予以退出。支持综试区结合本地产业特点，建设跨境电商产业园区，推动跨境电商与产业带深度融合，打造"
     "“跨境电商+产业带”特色发展模式。"),
    ("runin", "（二）推动跨境电商与通道建设联动发展。",
     "支持各地依托中欧班列、西部陆海新通道、国际航空货运网络等国际物流通道，发展面向共建“一带一路”国家"
     "和地区的跨境电商，拓展中亚、东南亚、中东欧等新兴市场。鼓励各综试区之间开展产业对接、人才交流和经验"
     "互鉴。"),
    ("runin", "（三）发挥自贸试验区先行先试作用。",
     "支持中国（浙江）自由贸易试验区杭州片区、中国（河南）自由贸易试验区郑州片区、中国（广东）自由贸易"
     "试验区广州南沙新区片区开展跨境电商零售进口部分药品及医疗器械试点，试点期限2年，试点商品清单由商务部"
     "会同有关部门另行制定。试点成熟后，及时总结评估，适时扩大试点范围。"),
    ("h1", "三、培育跨境电商经营主体"),
    ("runin", "（四）培育跨境电商品牌。",
     "支持企业加强品牌研发设计，提升产品质量和附加值，通过跨境电商平台开展品牌推广。鼓励有条件的地方对"
     "跨境电商企业境外商标注册、专利申请、品牌认证等给予支持。"),
    ("runin", "（五）引导传统外贸企业转型。",
     "组织开展“跨境电商+产业带”对接活动，支持传统外贸企业和生产企业利用跨境电商拓展销售渠道，推动线上线下"
     "融合发展。鼓励跨境电商平台为中小微企业提供开店辅导、运营培训、数据分析等服务。"),
    ("runin", "（六）完善海外仓支持政策。",
     "加快构建覆盖全球重点市场的海外仓网络，鼓励企业在共建“一带一路”国家和地区重要节点城市布局建设"
     "海外仓。具体措施如下："),
    ("runin", "1.加大金融支持。",
     "鼓励金融机构在依法合规、风险可控前提下，为海外仓建设和运营提供融资支持。发挥出口信用保险作用，扩大"
     "海外仓出口信用保险承保规模，优化承保和理赔条件。"),
    ("runin", "2.优化出口退税服务。",
     "对符合条件的跨境电商出口海外仓货物，在货物报关离境后即可申报办理出口退税。支持杭州、宁波、郑州、"
     "重庆、成都综试区开展跨境电商出口海外仓“离境即退税”试点，试点办法由税务总局会同有关部门制定。"),
    ("runin", "3.推进海外仓标准化建设。",
     "支持行业组织和龙头企业参与海外仓国际标准制定，重点做好以下工作："),
    ("p", "（1）研究制定海外仓服务规范和评价指标，引导海外仓企业提升仓储、配送、退换货等服务水平；"),
    ("p", "（2）建立海外仓企业信用评价体系，将评价结果作为享受相关支持政策的重要参考。"),
    ("runin", "4.强化海外仓公共服务。",
     "支持综试区建设海外仓公共信息服务平台，及时发布境外市场、法律法规、物流资源等信息，为企业布局海外仓"
     "提供指导。驻外使领馆要加强对海外仓企业的服务和保护。"),
    ("h1", "四、提升跨境电商便利化水平"),
    ("runin", "（七）优化海关监管服务。",
     "在全国海关复制推广跨境电商出口拼箱货物“先查验后装运”、跨境电商零售进口退货中心仓等监管模式，支持在"
     "综合保税区内开展跨境电商出口海外仓“一站式”监管试点。推进跨境电商企业对企业出口监管模式与一般贸易"
     "监管模式有效衔接。"),
    ("runin", "（八）便利跨境支付结算。",
     "支持银行和支付机构依法合规为跨境电商提供高效、便捷、安全的跨境支付结算服务，扩大跨境电商人民币结算"
     "规模。推动与共建“一带一路”国家和地区开展跨境支付合作，探索与哈萨克斯坦、匈牙利等国家开展跨境电商"
     "数字化单证互认。"),
    ("runin", "（九）完善跨境物流体系。",
     "支持中欧班列集结中心开行跨境电商专列，推动跨境电商货物“一单到底、一箱到底”多式联运。支持航空公司"
     "加密国际货运航线，提升跨境电商货物航空运输保障能力。"),
    ("h1", "五、完善跨境电商支撑体系"),
    ("runin", "（十）建设跨境电商公共服务平台。",
     "依托国际贸易“单一窗口”，完善跨境电商通关、退税、结汇、物流等一站式服务功能，推动跨境电商数据互联互通"
     "和共享应用。支持综试区线上综合服务平台与地方政务服务平台对接，为企业提供备案、申报、查询等便利服务。"),
    ("runin", "（十一）加强跨境电商人才培养。",
     "支持高等学校和职业院校开设跨境电商相关专业，推动产教融合、校企合作，共建一批跨境电商实训基地。"
     "鼓励行业组织和龙头企业开展跨境电商从业人员职业技能培训，完善跨境电商职业技能等级认定。"),
    ("runin", "（十二）健全统计监测体系。",
     "完善跨境电商统计方法，建立覆盖企业对消费者、企业对企业等业态的统计监测制度，加强海关、税务、外汇、"
     "商务等部门数据共享，定期发布跨境电商发展数据。"),
    ("h1", "六、保障措施"),
    ("runin", "（十三）加强组织领导。",
     "商务部要会同有关部门加强统筹协调，推动各项政策措施落实落细，重大事项及时向国务院请示报告。各地区要"
     "结合实际制定具体实施方案，明确责任分工，加强工作调度，确保各项任务取得实效。"),
    ("runin", "（十四）强化政策支持。",
     "统筹利用现有资金渠道，支持跨境电商公共服务平台、海外仓、物流通道等建设。落实好跨境电商零售出口"
     "“无票免税”、企业所得税核定征收等政策，研究完善支持跨境电商发展的财税政策。"),
    ("runin", "（十五）加强风险防控。",
     "健全跨境电商风险监测预警机制，依法打击侵权假冒、走私、逃税、洗钱等违法犯罪行为，维护公平竞争的市场"
     "秩序。加强跨境电商数据安全和个人信息保护，防范化解境外经营风险。"),
    ("sign", ["国务院办公厅", "2026年3月12日"]),
    ("public", "（此件公开发布）"),
]

LING_MOFCOM = ("《自由贸易试验区跨境服务贸易负面清单管理办法》已经2026年2月20日商务部第4次部务会议审议通过，"
               "并经国家发展改革委同意，现予公布，自2026年5月1日起施行。")

def cn_num(n):
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


_DOC4_SRC = [
    ("chapter", "第一章　总　　则"),
    ["为规范自由贸易试验区（以下简称自贸试验区）跨境服务贸易管理，推动服务贸易高水平对外开放，服务共建"
     "“一带一路”高质量发展，根据《中华人民共和国对外贸易法》等法律、行政法规，制定本办法。"],
    ["本办法所称跨境服务贸易，是指由境外服务提供者向自贸试验区内的消费者提供服务的商业活动，包括：",
     "（一）自境外向自贸试验区内的消费者提供服务；",
     "（二）在境外向来自自贸试验区的消费者提供服务；",
     "（三）境外服务提供者通过自然人存在的方式，在自贸试验区内向消费者提供服务。",
     "前款所称境外服务提供者，是指在中华人民共和国境外设立的企业、其他组织以及外国个人。"],
    ["自贸试验区跨境服务贸易实行负面清单管理。自贸试验区跨境服务贸易负面清单（以下简称负面清单）统一列出"
     "针对境外服务提供者的特别管理措施。负面清单以外的跨境服务贸易，按照境内外服务及服务提供者待遇一致原则"
     "实施管理。"],
    ["商务部会同国家发展改革委等有关部门负责负面清单的制定、调整和实施情况的评估。",
     "自贸试验区所在地省级人民政府商务主管部门负责本地区负面清单实施的组织协调和监督检查。"],
    ("chapter", "第二章　负面清单的制定和调整"),
    ["负面清单由商务部会同有关部门，根据国家有关法律、行政法规和对外开放政策，结合自贸试验区发展实际研究"
     "制定，报国务院批准后发布实施。"],
    ["负面清单应当列明特别管理措施所属行业领域、具体措施内容及其依据。特别管理措施包括市场准入限制、国民"
     "待遇限制、当地存在要求等。"],
    ["商务部应当根据跨境服务贸易对外开放进程和自贸试验区改革试点情况，适时对负面清单进行调整，原则上每两年"
     "调整一次。"],
    ["有关部门、自贸试验区所在地省级人民政府可以向商务部提出负面清单调整建议，并说明调整的理由、依据和风险"
     "评估情况。"],
    ["制定和调整负面清单，应当通过网站等方式公开征求意见，征求意见的期限一般不少于30日。"],
    ["负面清单发布后，商务部应当在门户网站公布负面清单全文及其说明，并同步提供英文译本。",
     "负面清单调整的，商务部应当同时公布调整内容和实施日期；实施日期距公布之日一般不少于30日。"],
    ("chapter", "第三章　管理措施"),
    ["境外服务提供者在自贸试验区内提供负面清单以内的跨境服务，应当符合负面清单规定的特别管理措施要求；法律、"
     "行政法规规定需要办理许可的，依法办理。"],
    ["境外服务提供者提供负面清单以外的跨境服务，有关主管部门不得以其为境外服务提供者为由，设置歧视性的资质"
     "要求、技术标准或者许可条件。"],
    ["有关部门应当依法公开跨境服务贸易相关许可的条件、程序、期限和所需材料，对境外服务提供者提交的申请，在"
     "法定期限内作出决定。"],
    ["自贸试验区可以依托国际贸易“单一窗口”设立跨境服务贸易综合服务平台，为境外服务提供者提供政策咨询、"
     "许可办理、法律服务和商事争议解决等服务。"],
    ["自贸试验区应当建立跨境服务贸易统计监测制度，按照国家有关规定采集、报送跨境服务贸易统计数据。"],
    ["支持自贸试验区在专业服务、金融服务、数字贸易、文化旅游等领域，与共建“一带一路”国家和地区开展跨境服务"
     "贸易合作，推动职业资格互认、标准对接和规则衔接。"],
    ["支持中国（上海）自由贸易试验区临港新片区、中国（北京）自由贸易试验区国际商务服务片区在数字贸易、专业"
     "服务等领域，先行开展跨境服务贸易扩大开放压力测试。具体措施由所在地省级人民政府商务主管部门提出，报商务部"
     "会同有关部门同意后实施。"],
    ["境外服务提供者在自贸试验区内提供跨境服务涉及数据出境的，应当遵守数据出境安全管理有关规定。"],
    ("chapter", "第四章　监督管理"),
    ["有关主管部门应当按照职责分工，加强对跨境服务贸易的事中事后监管，依法查处违法违规行为。"],
    ["涉及国家安全的跨境服务贸易，依照国家安全审查有关规定执行。"],
    ["商务部应当会同有关部门，对负面清单实施情况开展评估，评估结果作为调整负面清单的重要依据。"],
    ["商务部建立跨境服务贸易投诉工作机制，受理境外服务提供者关于负面清单实施中有关部门行政行为的投诉，"
     "并会同有关部门依法协调处理。",
     "投诉工作机制的具体规定由商务部另行制定。"],
    ["自贸试验区所在地省级人民政府商务主管部门应当于每年1月31日前，将上一年度本地区负面清单实施情况报送"
     "商务部。"],
    ["有关部门及其工作人员在负面清单管理工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，"
     "依法追究刑事责任。"],
    ("chapter", "第五章　附　　则"),
    ["海南自由贸易港跨境服务贸易负面清单的管理，国家另有规定的，从其规定；国家未作规定的，参照本办法执行。"],
    ["香港特别行政区、澳门特别行政区和台湾地区的服务提供者在自贸试验区内提供跨境服务，参照本办法执行。"],
    ["本办法由商务部负责解释。"],
    ["本办法自2026年5月1日起施行。商务部2021年7月26日公布的《自由贸易试验区跨境服务贸易特别管理措施管理"
     "暂行办法》（商务部令2021年第3号）同时废止。"],
]


def _number_articles(src):
    out, n = [], 0
    for item in src:
        if isinstance(item, tuple):
            out.append(item)
        else:
            n += 1
            out.append(("art", "第" + cn_num(n) + "条", item))
    return out


DOC4_BODY = _number_articles(_DOC4_SRC)

ZBQ_ROWS = [
    ("1", "杭州海关", "杭州综合保税区"),
    ("2", "杭州海关", "义乌综合保税区"),
    ("3", "宁波海关", "宁波梅山综合保税区"),
    ("4", "郑州海关", "郑州经开综合保税区"),
    ("5", "郑州海关", "郑州新郑综合保税区"),
    ("6", "重庆海关", "重庆西永综合保税区"),
    ("7", "成都海关", "成都高新综合保税区"),
    ("8", "兰州海关", "兰州新区综合保税区"),
    ("9", "乌鲁木齐海关", "乌鲁木齐综合保税区"),
]
ZBQ_HEADER = ("序号", "直属海关", "综合保税区名称")
ATT5 = "跨境电商出口海外仓“一站式”监管试点综合保税区名单"

DOC5_BODY = [
    ("p", "为贯彻落实《国务院办公厅关于加快发展跨境电子商务推动外贸优化升级的意见》（国办发〔2026〕9号），"
          "支持跨境电商出口海外仓业务发展，海关总署决定在部分综合保税区开展跨境电商出口海外仓“一站式”监管"
          "试点（以下简称试点）。现将有关事项公告如下："),
    ("p", "一、试点在本公告附件所列综合保税区（以下简称试点区域）开展。"),
    ("p", "二、试点区域内开展跨境电商出口海外仓业务的企业（以下简称试点企业），可以在综合保税区内完成出口货物"
          "的集货、分拣、打包、贴标和申报，海关在区内实施查验后，货物可以直接运抵口岸装运出境，口岸海关原则上"
          "不再重复查验。"),
    ("p", "三、试点企业应当同时符合以下条件："),
    ("p", "（一）已在海关办理注册登记或者备案，且海关信用等级为一般认证及以上；"),
    ("p", "（二）已在境外设立或者租用海外仓，并向所在地海关提交海外仓的地址、面积、权属等信息；"),
    ("p", "（三）具备符合海关监管要求的信息化管理系统，能够与海关实现数据联网。"),
    ("p", "四、试点企业出口的跨境电商商品，按照“跨境电子商务出口海外仓”（监管方式代码9810）办理通关手续。"
          "试点企业应当在货物出区前向海关传输交易、物流等电子信息，并对数据的真实性负责。"),
    ("p", "五、试点区域内的跨境电商出口海外仓货物，符合条件的可以按照规定办理出口退（免）税手续。"),
    ("p", "六、试点区域所在地直属海关应当制定试点工作方案，加强风险防控和监管协同，及时总结试点经验，每季度末"
          "向海关总署报送试点进展情况。"),
    ("p", "七、本公告自2026年4月1日起施行，有效期2年。"),
    ("p_nc", "特此公告。"),
    ("attnote", "附件：" + ATT5),
    ("sign", ["海关总署", "2026年3月18日"]),
    ("pagebreak",),
    ("att_head", "附件"),
    ("att_title", ATT5),
    ("table", ZBQ_HEADER, ZBQ_ROWS, 1),
]

T1 = "国务院关于修改《中华人民共和国国际海运条例》部分条款的决定"
T2 = "国务院关于同意设立中国（甘肃）自由贸易试验区的批复"
T3_LINES = ["国务院办公厅关于加快发展跨境电子商务", "推动外贸优化升级的意见"]
T3 = "".join(T3_LINES)
T4 = "自由贸易试验区跨境服务贸易负面清单管理办法"
T5_LINES = ["海关总署关于在部分综合保税区开展跨境电商出口", "海外仓“一站式”监管试点的公告"]
T5 = "".join(T5_LINES)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------

def set_run_font(run, font, size=None, bold=False, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first_indent=None, left=None, before=0, after=0, line=LINE_PT, keep_next=False):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if keep_next:
        pf.keep_with_next = True
    # no snapping to the document grid
    ppr = p._p.get_or_add_pPr()
    sg = OxmlElement("w:snapToGrid")
    sg.set(qn("w:val"), "0")
    ppr.append(sg)
    return p


def border(p, side="bottom", color="000000", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement(f"w:{side}")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def set_cols(section, num, space_twips=425):
    sp = section._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sp.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))
    cols.set(qn("w:equalWidth"), "1")


def set_pgnum_start(section, start):
    sp = section._sectPr
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), str(start))
    cols = sp.find(qn("w:cols"))
    cols.addprevious(pg)


def add_field(paragraph, instr, font, size):
    r = paragraph.add_run()
    set_run_font(r, font, size)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._element.append(f1)
    r2 = paragraph.add_run(); set_run_font(r2, font, size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    r2._element.append(it)
    r3 = paragraph.add_run(); set_run_font(r3, font, size)
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._element.append(f2)
    r4 = paragraph.add_run("1"); set_run_font(r4, font, size)
    r5 = paragraph.add_run(); set_run_font(r5, font, size)
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r5._element.append(f3)


def geometry(section):
    section.page_width = Mm(184)
    section.page_height = Mm(260)
    section.top_margin = Mm(24)
    section.bottom_margin = Mm(20)
    section.left_margin = Mm(18)
    section.right_margin = Mm(18)
    section.header_distance = Mm(12)
    section.footer_distance = Mm(9)


TEXT_W_PT = (184 - 36) / 25.4 * 72          # 148 mm
COL_W_PT = (TEXT_W_PT - 425 / 20) / 2


class Builder:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(BODY_PT)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        self.first_section_used = False

    def new_section(self, cols, start):
        if not self.first_section_used:
            s = self.doc.sections[0]
            self.first_section_used = True
        else:
            s = self.doc.add_section(start)
            for pg in s._sectPr.findall(qn("w:pgNumType")):   # add_section copies the previous sectPr
                s._sectPr.remove(pg)
        geometry(s)
        set_cols(s, cols)
        return s

    def para(self, text="", font=FS, size=BODY_PT, bold=False, color=None, **kw):
        p = self.doc.add_paragraph()
        fmt(p, **kw)
        if text:
            r = p.add_run(text)
            set_run_font(r, font, size, bold, color)
        return p

    # ---- cover -----------------------------------------------------------
    def cover(self, toc_pages, last_page):
        self.new_section(1, WD_SECTION.NEW_PAGE)
        self.para("中华人民共和国", XBS, 22, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, line=30)
        self.para("国务院公报", XBS, 40, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, line=50)
        self.para("GAZETTE OF THE STATE COUNCIL OF THE PEOPLE’S REPUBLIC OF CHINA", "Times New Roman", 8,
                  color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, line=14)
        p = self.para("", align=WD_ALIGN_PARAGRAPH.CENTER, before=6, line=20)
        r = p.add_run(f"{ISSUE}（总号：{TOTAL_NO}）　　{ISSUE_DATE}出版")
        set_run_font(r, HEI, 11)
        p = self.para("国务院办公厅主办　　　本期第%d—%d页" % (FIRST_PAGE, last_page), SONG, 9,
                      align=WD_ALIGN_PARAGRAPH.CENTER, line=16, after=2)
        border(p, "bottom", "E60012", 24, 4)
        self.para("目　　录", HEI, 16, align=WD_ALIGN_PARAGRAPH.CENTER, before=10, after=8, line=24)
        # two-column table of contents
        self.new_section(2, WD_SECTION.CONTINUOUS)
        toc = [
            ("sec", "国务院令"),
            ("entry", "中华人民共和国国务院令（第821号）", None),
            ("entry2", T1, toc_pages[0]),
            ("sec", "国务院文件"),
            ("entry", T2 + "（国函〔2026〕21号）", toc_pages[1]),
            ("sec", "国务院办公厅文件"),
            ("entry", T3 + "（国办发〔2026〕9号）", toc_pages[2]),
            ("sec", "国务院部门文件"),
            ("entry", "中华人民共和国商务部令（2026年第2号）", None),
            ("entry2", T4, toc_pages[3]),
            ("entry", T5 + "（海关总署公告2026年第31号）", toc_pages[4]),
        ]
        for item in toc:
            if item[0] == "sec":
                self.para("【" + item[1] + "】", HEI, 11, before=8, after=2, line=18)
                continue
            kind, text, page = item
            p = self.doc.add_paragraph()
            left = 10.5 if kind == "entry" else 21
            fmt(p, left=left, first_indent=-10.5 if kind == "entry" else 0, line=17, after=2)
            p.paragraph_format.tab_stops.add_tab_stop(Pt(COL_W_PT - 2), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            r = p.add_run(text)
            set_run_font(r, SONG, 10)
            if page is not None:
                r = p.add_run("\t" + str(page))
                set_run_font(r, SONG, 10)
        self.para("", line=12)
        self.para("国务院公报编辑部编辑　　各地邮局发行", SONG, 8, align=WD_ALIGN_PARAGRAPH.CENTER, before=18, line=14)

    # ---- running heads -----------------------------------------------------
    def heads(self, section):
        section.header.is_linked_to_previous = False
        section.footer.is_linked_to_previous = False
        hp = section.header.paragraphs[0]
        fmt(hp, line=14)
        hp.paragraph_format.tab_stops.add_tab_stop(Twips(4680), WD_TAB_ALIGNMENT.CLEAR)
        hp.paragraph_format.tab_stops.add_tab_stop(Twips(9360), WD_TAB_ALIGNMENT.CLEAR)
        hp.paragraph_format.tab_stops.add_tab_stop(Pt(TEXT_W_PT), WD_TAB_ALIGNMENT.RIGHT)
        r = hp.add_run("中华人民共和国国务院公报")
        set_run_font(r, KAI, 9)
        r = hp.add_run("\t" + ISSUE)
        set_run_font(r, KAI, 9)
        border(hp, "bottom", "000000", 6, 1)
        fp = section.footer.paragraphs[0]
        fmt(fp, align=WD_ALIGN_PARAGRAPH.CENTER, line=14)
        r = fp.add_run("— ")
        set_run_font(r, SONG, 10)
        add_field(fp, "PAGE", SONG, 10)
        r = fp.add_run(" —")
        set_run_font(r, SONG, 10)

    # ---- document pieces -------------------------------------------------
    def banner(self, name):
        p = self.para("", align=WD_ALIGN_PARAGRAPH.LEFT, before=4, after=8, line=22)
        r = p.add_run(name)
        set_run_font(r, HEI, 15)
        border(p, "bottom", "000000", 12, 2)

    def title(self, lines, before=6):
        p = self.para("", align=WD_ALIGN_PARAGRAPH.CENTER, before=before, after=4, line=26, keep_next=True)
        for i, ln in enumerate(lines):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)        # soft line break inside the title
            r = p.add_run(ln)
            set_run_font(r, XBS, 16)
        return p

    def docno(self, text):
        self.para(text, KAI, 11, align=WD_ALIGN_PARAGRAPH.CENTER, after=8, line=18)

    def body(self, blocks):
        for b in blocks:
            k = b[0]
            if k in ("p", "p_nc"):
                self.para(b[1], FS, BODY_PT, first_indent=2 * BODY_PT, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            elif k == "recip":
                self.para(b[1], FS, BODY_PT, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=2)
            elif k == "h1":
                self.para(b[1], HEI, BODY_PT, first_indent=2 * BODY_PT, before=2, after=2, keep_next=True)
            elif k == "runin":
                p = self.para("", first_indent=2 * BODY_PT, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                head_font = KAI if b[1].startswith("（") else FS
                r = p.add_run(b[1]); set_run_font(r, head_font, BODY_PT, bold=True)
                r = p.add_run(b[2]); set_run_font(r, FS, BODY_PT)
            elif k == "chapter":
                self.para(b[1], HEI, BODY_PT, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=4, keep_next=True)
            elif k == "art":
                label, paras = b[1], b[2]
                for i, t in enumerate(paras):
                    p = self.para("", first_indent=2 * BODY_PT, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                    if i == 0:
                        r = p.add_run(label); set_run_font(r, HEI, BODY_PT)
                        r = p.add_run("　" + t); set_run_font(r, FS, BODY_PT)
                    else:
                        r = p.add_run(t); set_run_font(r, FS, BODY_PT)
            elif k == "attnote":
                self.para(b[1], FS, BODY_PT, first_indent=2 * BODY_PT, before=8, after=4)
            elif k == "sign":
                for i, ln in enumerate(b[1]):
                    self.para(ln, FS, BODY_PT, align=WD_ALIGN_PARAGRAPH.RIGHT, before=10 if i == 0 else 0,
                              line=LINE_PT)
            elif k == "public":
                self.para(b[1], FS, BODY_PT, first_indent=2 * BODY_PT, before=4, after=8)
            elif k == "att_head":
                p = self.para(b[1], HEI, BODY_PT, before=0, after=2)
                p.paragraph_format.keep_with_next = True
            elif k == "att_title":
                self.para(b[1], XBS, 12, align=WD_ALIGN_PARAGRAPH.CENTER, before=4, after=6, line=20,
                          keep_next=True)
            elif k == "table":
                self.table(b[1], b[2], b[3])
            elif k == "pagebreak":
                p = self.para("", line=LINE_PT)
                p.add_run().add_break(WD_BREAK.PAGE)
            else:
                raise ValueError(k)

    def table(self, header, rows, merge_col):
        t = self.doc.add_table(rows=len(rows) + 1, cols=len(header))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = [Mm(10), Mm(24), Mm(35)]
        tblpr = t._tbl.tblPr
        lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblpr.append(lay)
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w.twips)))
        tw = tblpr.find(qn("w:tblW")); tw.set(qn("w:type"), "dxa"); tw.set(qn("w:w"), str(int(sum(w.twips for w in widths))))
        for ci, h in enumerate(header):
            c = t.cell(0, ci)
            c.width = widths[ci]
            p = c.paragraphs[0]; fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=14)
            r = p.add_run(h); set_run_font(r, HEI, 9.5)
        # header row repeats on a new page
        trpr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trpr.append(th)
        for ri, row in enumerate(rows, start=1):
            for ci, v in enumerate(row):
                c = t.cell(ri, ci)
                c.width = widths[ci]
                if ci == merge_col:
                    continue
                p = c.paragraphs[0]; fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=14)
                r = p.add_run(v); set_run_font(r, FS, 9.5)
        # merge equal neighbouring values in merge_col (vertically merged cells)
        ri = 1
        while ri <= len(rows):
            rj = ri
            while rj + 1 <= len(rows) and rows[rj][merge_col] == rows[ri - 1][merge_col]:
                rj += 1
            cell = t.cell(ri, merge_col)
            if rj > ri:
                cell = cell.merge(t.cell(rj, merge_col))
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            p = cell.paragraphs[0]; fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=14)
            r = p.add_run(rows[ri - 1][merge_col]); set_run_font(r, FS, 9.5)
            for extra in cell.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
            ri = rj + 1
        self.para("", line=10)

    def ling(self, head, number, text, signer, date):
        self.para(head, XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=2, line=30)
        self.para(number, KAI, 12, align=WD_ALIGN_PARAGRAPH.CENTER, after=8, line=20)
        self.para(text, FS, 11, first_indent=22, left=40, align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=18)
        p = self.para(signer, FS, 11, align=WD_ALIGN_PARAGRAPH.RIGHT, before=8, line=18)
        p.paragraph_format.right_indent = Pt(60)
        p = self.para(date, FS, 11, align=WD_ALIGN_PARAGRAPH.RIGHT, line=18, after=6)
        p.paragraph_format.right_indent = Pt(60)
        border(p, "bottom", "000000", 4, 6)

    # ---- the issue --------------------------------------------------------
    def build(self, toc_pages, last_page):
        self.cover(toc_pages, last_page)

        # 国务院令 — starts on the first numbered page
        s = self.new_section(1, WD_SECTION.NEW_PAGE)
        set_pgnum_start(s, FIRST_PAGE)
        self.heads(s)
        self.banner("国务院令")
        self.ling("中华人民共和国国务院令", "第821号", LING_821, "总理　×××", "2026年3月3日")
        self.title([T1])
        self.new_section(2, WD_SECTION.CONTINUOUS)
        self.body(DOC1_BODY)

        # 国务院文件 — 批复
        self.new_section(1, WD_SECTION.CONTINUOUS)
        self.banner("国务院文件")
        self.title([T2])
        self.docno("国函〔2026〕21号")
        self.new_section(2, WD_SECTION.CONTINUOUS)
        self.body(DOC2_BODY)

        # 国务院办公厅文件 — 意见 (starts a new page)
        self.new_section(1, WD_SECTION.NEW_PAGE)
        self.banner("国务院办公厅文件")
        self.title(T3_LINES)
        self.docno("国办发〔2026〕9号")
        self.new_section(2, WD_SECTION.CONTINUOUS)
        self.body(DOC3_BODY)

        # 国务院部门文件 — 商务部令 + 规章 (new page)
        self.new_section(1, WD_SECTION.NEW_PAGE)
        self.banner("国务院部门文件")
        self.ling("中华人民共和国商务部令", "2026年第2号", LING_MOFCOM, "部长　×××", "二〇二六年三月十日")
        self.title([T4])
        self.new_section(2, WD_SECTION.CONTINUOUS)
        self.body(DOC4_BODY)

        # 海关总署公告 — runs on in the same part, no new banner
        self.new_section(1, WD_SECTION.CONTINUOUS)
        self.title(T5_LINES, before=14)
        self.docno("海关总署公告2026年第31号")
        self.new_section(2, WD_SECTION.CONTINUOUS)
        self.body(DOC5_BODY)
        return self.doc


# ---------------------------------------------------------------------------
# expected.json
# ---------------------------------------------------------------------------

def clauses_of(blocks, lead=None):
    out = [lead] if lead else []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(b[1])
        elif k == "runin":
            out.append(b[1] + b[2])
        elif k == "art":
            out.append(b[1] + "　" + "\n".join(b[2]))
        elif k == "table":
            header, rows = b[1], b[2]
            for row in rows:
                out.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
    return out


def find_clause(clauses, start, inner=False):
    """Return the clause's opening (label included) that identifies it in applies_to."""
    hits = [c for c in clauses if (start in c[:20 + len(start)] if inner else c.startswith(start))]
    assert len(hits) == 1, (start, hits)
    return hits[0][:hits[0].index(start) + len(start)] if inner else start


def expected():
    c1 = clauses_of(DOC1_BODY, LING_821)
    c2 = clauses_of(DOC2_BODY)
    c3 = clauses_of(DOC3_BODY)
    c4 = clauses_of(DOC4_BODY, LING_MOFCOM)
    c5 = clauses_of(DOC5_BODY)
    docs = [
        {"meta": {"title": T1, "doc_number": "国务院令第821号", "issuer": ["国务院"], "date": "2026-03-03",
                  "published": "2026-03-03", "level": "national", "region": "全国",
                  "effective": "2026-05-01", "expires": None, "attachments": [],
                  "doc_type": "决定（国务院令公布的行政法规修改决定）", "recipients": [], "publicity": None,
                  "repeals": None},
         "clauses": c1,
         "applies_to": {"specific": {
             find_clause(c1, "三、在第十二条后增加一条，作为第十三条"): [
                 "中国（上海）自由贸易试验区临港新片区", "海南自由贸易港"]}}},
        {"meta": {"title": T2, "doc_number": "国函〔2026〕21号", "issuer": ["国务院"], "date": "2026-03-06",
                  "published": None, "level": "national", "region": "中国（甘肃）自由贸易试验区（甘肃省）",
                  "effective": None, "expires": None, "attachments": [], "doc_type": "批复",
                  "recipients": ["甘肃省人民政府", "商务部"], "publicity": "此件公开发布", "repeals": None},
         "clauses": c2,
         "applies_to": {"specific": {
             find_clause(c2, "四、兰州片区要依托兰州新区综合保税区"): ["兰州片区"],
             find_clause(c2, "五、武威片区要依托中欧班列（武威）集结中心"): ["武威片区"],
             find_clause(c2, "六、天水片区要发挥装备制造和电子信息"): ["天水片区"]}}},
        {"meta": {"title": T3, "doc_number": "国办发〔2026〕9号", "issuer": ["国务院办公厅"], "date": "2026-03-12",
                  "published": None, "level": "national", "region": "全国",
                  "effective": None, "expires": None, "attachments": [], "doc_type": "意见",
                  "recipients": ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"],
                  "publicity": "此件公开发布", "repeals": None},
         "clauses": c3,
         "applies_to": {"specific": {
             find_clause(c3, "（三）发挥自贸试验区先行先试作用。"): [
                 "中国（浙江）自由贸易试验区杭州片区", "中国（河南）自由贸易试验区郑州片区",
                 "中国（广东）自由贸易试验区广州南沙新区片区"],
             find_clause(c3, "2.优化出口退税服务。"): ["杭州", "宁波", "郑州", "重庆", "成都"]}}},
        {"meta": {"title": T4, "doc_number": "商务部令2026年第2号", "issuer": ["商务部"], "date": "2026-03-10",
                  "published": "2026-03-10", "level": "national", "region": "全国（各自由贸易试验区）",
                  "effective": "2026-05-01", "expires": None, "attachments": [], "doc_type": "部门规章（办法）",
                  "recipients": [], "publicity": None,
                  "repeals": "《自由贸易试验区跨境服务贸易特别管理措施管理暂行办法》（商务部令2021年第3号）"},
         "clauses": c4,
         "applies_to": {"specific": {
             find_clause(c4, "支持中国（上海）自由贸易试验区临港新片区", inner=True): [
                 "中国（上海）自由贸易试验区临港新片区", "中国（北京）自由贸易试验区国际商务服务片区"],
             find_clause(c4, "海南自由贸易港跨境服务贸易", inner=True): ["海南自由贸易港"]}}},
        {"meta": {"title": T5, "doc_number": "海关总署公告2026年第31号", "issuer": ["海关总署"],
                  "date": "2026-03-18", "published": None, "level": "national", "region": "全国（附件所列9个综合保税区）",
                  "effective": "2026-04-01", "expires": "2028-03-31", "attachments": [ATT5],
                  "doc_type": "公告", "recipients": [], "publicity": None, "repeals": None},
         "clauses": c5,
         "applies_to": {"specific": {
             "；".join(f"{h}：{v}" for h, v in zip(ZBQ_HEADER, row)): [row[2]] for row in ZBQ_ROWS}}},
    ]
    return {STEM: docs}


# ---------------------------------------------------------------------------

def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_301",
                    "--convert-to", "pdf", "--outdir", str(HERE), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return docx_path.with_suffix(".pdf")


def locate(pdf_path):
    """Printed page number of each document's first page, and of the last page."""
    import pdfplumber
    keys = ["中华人民共和国国务院令", T2[:14], T3_LINES[0][:14], "中华人民共和国商务部令", T5_LINES[0][:14]]
    found = [None] * len(keys)
    with pdfplumber.open(pdf_path) as pdf:
        n = len(pdf.pages)
        for i, page in enumerate(pdf.pages[1:], start=1):
            txt = (page.extract_text() or "").replace(" ", "")
            for k, key in enumerate(keys):
                if found[k] is None and key in txt:
                    found[k] = FIRST_PAGE + i - 1
    return found, FIRST_PAGE + n - 2


def main():
    os.chdir(HERE)
    docx_path = HERE / f"{STEM}.docx"
    toc, last = [FIRST_PAGE, FIRST_PAGE + 1, FIRST_PAGE + 2, FIRST_PAGE + 6, FIRST_PAGE + 9], FIRST_PAGE + 11
    for _ in range(3):                       # lay out, read page numbers back, lay out again
        Builder().build(toc, last).save(docx_path)
        pdf = to_pdf(docx_path)
        new_toc, new_last = locate(pdf)
        if new_toc == toc and new_last == last:
            break
        toc, last = new_toc, new_last
    print("目录 pages:", toc, "last page:", last)
    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
