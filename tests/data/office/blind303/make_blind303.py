# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 303, written blind: 安徽省自由贸易试验区和开放型经济法规规章汇编 (fictional texts).

Writes next to itself:
  blind303_anhui_huibian.docx / .pdf   (Word made with python-docx, printed to PDF by LibreOffice)
  expected.json
Run:  . /work/venv/bin/activate && python make_blind303.py
"""
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
STEM = "blind303_anhui_huibian"
LO_PROFILE = "file:///tmp/lo_303"

FS, XBS, HEI, KAI = "仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312"
BODY = 14      # 四号
LINE = 25      # exact line pitch in pt
BOOK = "安徽省自由贸易试验区和开放型经济法规规章汇编"
FTZ = "中国（安徽）自由贸易试验区"

CN = "零一二三四五六七八九"


def cnum(n):
    if n < 10:
        return CN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN[t]) + "十" + (CN[u] if u else "")


# ---------------------------------------------------------------------------
# Texts.  body items:
#   ("ch", text)                    chapter heading                -> no clause
#   ("art", [paras], opts)          article; label added in order  -> one clause, paras joined "\n"
#   ("p", text, opts)               unlabelled or run-in paragraph -> one clause
# opts: places=[...] (applies_to.specific), soft=True (paras typed with Shift+Enter)
# ---------------------------------------------------------------------------

def ART(*paras, places=None, soft=False):
    return ("art", list(paras), {"places": places, "soft": soft})


def P(text, places=None):
    return ("p", text, {"places": places})


def CH(text):
    return ("ch", text)


TIAOLI = {
    "toc": "中国（安徽）自由贸易试验区条例",
    "part": 1,
    "title": ["中国（安徽）自由贸易试验区条例"],
    "title_mode": "single",
    "tizhu": "（2021年9月29日安徽省第十三届人民代表大会常务委员会第二十九次会议通过　"
             "根据2023年11月23日安徽省第十四届人民代表大会常务委员会第五次会议"
             "《关于修改〈中国（安徽）自由贸易试验区条例〉的决定》修正）",
    "chapters_toc": ["第一章　总　　则", "第二章　管理体制", "第三章　投资开放", "第四章　贸易便利",
                     "第五章　金融服务", "第六章　科技创新和产业发展", "第七章　开放合作",
                     "第八章　法治环境", "第九章　附　　则"],
    "body": [
        CH("第一章　总　　则"),
        ART("为了推进和保障中国（安徽）自由贸易试验区（以下简称自贸试验区）建设，发挥改革开放试验田作用，"
            "推动形成全面开放新格局，根据有关法律、行政法规和国务院批准的《中国（安徽）自由贸易试验区总体方案》，"
            "结合本省实际，制定本条例。"),
        ART("本条例适用于经国务院批准设立的自贸试验区，包括合肥片区、芜湖片区和蚌埠片区。",
            "自贸试验区的实施范围和各片区的区块范围，按照国务院批准的方案确定；国务院批准调整的，从其规定。"),
        ART("自贸试验区建设以制度创新为核心，以可复制可推广为基本要求，对标国际高标准经贸规则，"
            "稳步扩大规则、规制、管理、标准等制度型开放，积极融入共建“一带一路”和长江经济带发展、"
            "长三角一体化发展等国家战略，努力建成贸易投资便利、创新活跃强劲、高端产业集聚、金融服务完善、"
            "监管安全高效、辐射带动作用突出的高标准高质量自由贸易园区。"),
        ART("自贸试验区应当充分运用改革自主权，在法律、法规规定的范围内先行先试。",
            "法律、行政法规、国务院文件以及本省地方性法规、规章的规定不适应自贸试验区改革创新需要的，"
            "依照法定程序提请调整实施。"),
        CH("第二章　管理体制"),
        ART("省人民政府应当加强对自贸试验区建设的领导，统筹研究决定自贸试验区改革发展中的重大问题。",
            "省人民政府设立的自贸试验区工作领导小组办公室（以下简称省自贸办）设在省商务主管部门，"
            "负责自贸试验区建设的统筹协调、推进落实、评估督查等工作。"),
        ART("合肥市、芜湖市、蚌埠市人民政府（以下简称片区所在地市人民政府）承担本市片区建设的主体责任，"
            "设立片区管理机构，依法履行下列职责：",
            "（一）组织实施片区发展规划和改革试点任务；",
            "（二）统筹片区产业布局和重大项目建设；",
            "（三）依法集中行使省、市下放或者委托的行政权力事项；",
            "（四）协调有关部门在片区内的派驻机构开展工作；",
            "（五）省人民政府和片区所在地市人民政府赋予的其他职责。", soft=True),
        ART("省人民政府有关部门应当按照各自职责，支持自贸试验区改革创新，依法将省级经济社会管理权限下放"
            "或者委托片区管理机构实施。",
            "下放或者委托的行政权力事项目录由省自贸办会同省机构编制、司法行政部门拟定，"
            "报省人民政府批准后向社会公布，并实行动态调整。"),
        ART("海关、税务、金融管理、外汇管理、出入境边防检查等中央驻皖单位依照各自职责，支持自贸试验区建设。"),
        CH("第三章　投资开放"),
        ART("自贸试验区实行外商投资准入前国民待遇加负面清单管理制度。负面清单之外的领域，"
            "按照内外资一致的原则实施管理。"),
        ART("自贸试验区推行企业开办“一网通办”，实行经营范围规范化登记，探索商事主体登记确认制。",
            "自贸试验区深化“证照分离”改革，对涉企经营许可事项实行清单管理，按照直接取消审批、"
            "审批改为备案、实行告知承诺、优化审批服务等方式分类推进改革。"),
        ART("自贸试验区依法保护外国投资者和港澳台投资者在中国境内的投资、收益和其他合法权益，"
            "建立健全外商投资企业投诉工作机制。"),
        CH("第四章　贸易便利"),
        ART("自贸试验区建设具有国际先进水平的国际贸易“单一窗口”，推进口岸监管、物流、金融、税务等功能"
            "一体化服务，推广“提前申报”“两步申报”“船边直提”“抵港直装”等通关模式。"),
        ART("支持自贸试验区内的综合保税区开展保税研发、保税维修、保税检测、保税展示交易等业务，"
            "推动综合保税区增值税一般纳税人资格试点扩大范围。"),
        ART("支持自贸试验区发展跨境电子商务，完善跨境电子商务公共服务平台功能，支持企业建设海外仓，"
            "开展跨境电子商务零售进口、跨境电子商务出口海外仓和企业对企业出口等业务。"),
        ART("支持中欧班列（合肥）高质量发展，拓展至共建“一带一路”国家和地区的班列线路，"
            "推进班列运输与自贸试验区产业联动发展。"),
        CH("第五章　金融服务"),
        ART("自贸试验区在依法合规、风险可控的前提下，推进人民币跨境使用，开展本外币合一银行结算账户体系试点，"
            "便利跨境贸易投资资金结算。"),
        ART("支持在合肥片区开展跨境融资便利化、合格境外有限合伙人等试点，发展科技金融，"
            "探索科技型企业知识产权跨境质押融资。", places=["合肥片区"]),
        ART("省地方金融管理部门应当会同有关部门建立自贸试验区金融风险监测预警机制，防范化解区域金融风险。"),
        CH("第六章　科技创新和产业发展"),
        ART("自贸试验区推动科技创新和产业创新深度融合，支持建设新型研发机构，推进跨境研发用物品便利通关，"
            "探索建立研发用物品进口“白名单”制度。"),
        ART("合肥片区重点发展高端制造、集成电路、人工智能、新型显示、量子信息、科技金融、跨境电商等产业，"
            "打造具有全球影响力的综合性国家科学中心和产业创新中心引领区。", places=["合肥片区"]),
        ART("芜湖片区重点发展智能网联汽车、智慧家电、航空、机器人、航运服务、跨境电商等产业，"
            "打造战略性新兴产业先导区、江海联运国际物流枢纽区。", places=["芜湖片区"]),
        ART("蚌埠片区重点发展硅基新材料、生物基新材料、新能源等产业，打造世界级硅基和生物基制造业中心、"
            "皖北地区科技创新和开放发展引领区。", places=["蚌埠片区"]),
        CH("第七章　开放合作"),
        ART("自贸试验区应当加强与共建“一带一路”国家和地区的经贸合作，支持企业开展国际产能合作，"
            "参与境外经贸合作区建设，推动产品、技术、服务和标准“走出去”。"),
        ART("推进自贸试验区与长三角地区其他自由贸易试验区协同发展，开展联动创新；推动自贸试验区与省内开发区、"
            "综合保税区联动发展，建设自贸试验区联动创新区。"),
        CH("第八章　法治环境"),
        ART("自贸试验区建立健全国际商事纠纷多元化解决机制，支持仲裁机构、调解组织在片区设立分支机构或者服务平台。"),
        ART("自贸试验区建立改革创新容错纠错机制。",
            "改革创新未能实现预期目标，但有关单位和个人依照国家和本省有关规定决策、实施，且勤勉尽责、"
            "未牟取私利的，不作负面评价，依法免除相关责任。"),
        CH("第九章　附　　则"),
        ART("国家对自贸试验区建设另有规定的，从其规定。"),
        ART("本条例自2021年11月1日起施行。"),
    ],
    "meta": {
        "title": "中国（安徽）自由贸易试验区条例",
        "doc_number": None,
        "issuer": ["安徽省人民代表大会常务委员会"],
        "date": "2021-09-29",
        "published": None,
        "level": "provincial",
        "region": FTZ,
        "effective": "2021-11-01",
        "expires": None,
        "attachments": [],
        "doc_type": "地方性法规",
        "recipients": [],
        "publicity": None,
        "repeals": None,
        "adopted": "2021-09-29",
        "amended": ["2023-11-23"],
    },
}

JUEDING = {
    "toc": "安徽省人民代表大会常务委员会关于促进开放型经济高质量发展的决定",
    "part": 1,
    "title": ["安徽省人民代表大会常务委员会", "关于促进开放型经济高质量发展的决定"],
    "title_mode": "soft",
    "tizhu": "（2023年3月30日安徽省第十四届人民代表大会常务委员会第二次会议通过）",
    "body": [
        P("为了全面落实国家关于推进高水平对外开放的决策部署，更好发挥中国（安徽）自由贸易试验区的引领作用，"
          "推动全省开放型经济高质量发展，根据有关法律、行政法规，结合本省实际，作如下决定："),
        P("一、各级人民政府应当坚持以开放促改革、促发展、促创新，将开放型经济发展纳入国民经济和社会发展规划，"
          "建立健全推进开放型经济发展的工作协调机制，所需经费列入本级财政预算。"),
        P("二、省人民政府及其有关部门应当支持自贸试验区开展首创性、差异化改革探索，及时总结评估改革试点经验，"
          "在全省复制推广。设区的市可以依法设立自贸试验区联动创新区，承接自贸试验区改革试点经验。"),
        P("三、支持合肥市建设中欧班列集结中心，拓展至中亚、欧洲及共建“一带一路”国家和地区的班列线路，"
          "推进班列运输与跨境电子商务、海外仓协同发展。", places=["合肥市"]),
        P("四、支持芜湖市、马鞍山市、安庆市发挥沿江港口优势，发展江海联运、江海直达，推动沿江港口与上海港、"
          "宁波舟山港合作，打造长江中下游对外开放通道。", places=["芜湖市", "马鞍山市", "安庆市"]),
        P("五、各级人民政府应当培育外贸新业态新模式，支持跨境电子商务综合试验区、市场采购贸易方式试点、"
          "外贸转型升级基地建设，推动服务贸易和数字贸易发展。"),
        P("六、各级人民政府及其有关部门应当依法保护外商投资合法权益，落实外商投资准入前国民待遇加负面清单"
          "管理制度，完善外商投资促进、服务和投诉工作机制。"),
        P("七、省人民政府应当每年向省人民代表大会常务委员会报告开放型经济发展和自贸试验区建设情况。"),
        P("本决定自2023年5月1日起施行。"),
    ],
    "meta": {
        "title": "安徽省人民代表大会常务委员会关于促进开放型经济高质量发展的决定",
        "doc_number": None,
        "issuer": ["安徽省人民代表大会常务委员会"],
        "date": "2023-03-30",
        "published": None,
        "level": "provincial",
        "region": "安徽省",
        "effective": "2023-05-01",
        "expires": None,
        "attachments": [],
        "doc_type": "决定（法规性决定）",
        "recipients": [],
        "publicity": None,
        "repeals": None,
        "adopted": "2023-03-30",
    },
}

WUHU = {
    "toc": "芜湖市跨境电子商务促进条例",
    "part": 1,
    "title": ["芜湖市跨境电子商务促进条例"],
    "title_mode": "single",
    "tizhu": "（2022年10月27日芜湖市第十七届人民代表大会常务委员会第五次会议通过　"
             "2022年11月30日安徽省第十三届人民代表大会常务委员会第三十九次会议批准）",
    "body": [
        ART("为了促进跨境电子商务高质量发展，培育外贸竞争新优势，推动本市更高水平对外开放，"
            "根据《中华人民共和国电子商务法》等法律、法规，结合本市实际，制定本条例。"),
        ART("本市行政区域内跨境电子商务的促进、服务保障及其监督管理等活动，适用本条例。",
            "本条例所称跨境电子商务，是指分属不同关境的交易主体，通过电子商务平台达成交易、进行支付结算，"
            "并通过跨境物流送达商品、完成交易的国际商业活动。"),
        ART("市人民政府应当加强对跨境电子商务工作的领导，将跨境电子商务发展纳入国民经济和社会发展规划，"
            "建立跨境电子商务发展工作协调机制，研究解决跨境电子商务发展中的重大问题。",
            "县（市）、区人民政府应当按照本条例规定，做好本行政区域内的跨境电子商务促进工作。"),
        ART("市商务主管部门负责本市跨境电子商务的统筹规划、综合协调和促进工作。",
            "发展改革、财政、交通运输、市场监督管理、数据资源、邮政管理等部门按照各自职责，"
            "做好跨境电子商务相关工作。",
            "海关、税务、外汇管理等单位依照各自职责，做好跨境电子商务监督管理和服务工作。"),
        ART("市人民政府应当推进中国（芜湖）跨境电子商务综合试验区建设，完善线上综合服务平台和线下产业园区功能，"
            "在跨境电子商务交易、支付、物流、通关、退税、结汇等环节探索创新。"),
        ART("芜湖综合保税区应当发挥保税功能，开展跨境电子商务网购保税进口、特殊区域出口等业务，"
            "建设跨境电子商务保税仓储分拨中心，支持企业开展跨境电子商务退货商品集中查验和处置。",
            places=["芜湖综合保税区"]),
        ART("中国（安徽）自由贸易试验区芜湖片区可以在跨境电子商务领域先行先试，开展跨境电子商务零售进口药品、"
            "医疗器械等试点，探索跨境电子商务与服务贸易、数字贸易融合发展。",
            places=["中国（安徽）自由贸易试验区芜湖片区"]),
        ART("鼓励跨境电子商务企业在共建“一带一路”国家和地区及其他重点市场建设、租用海外仓，"
            "开展海外仓仓储、配送、售后等服务。",
            "市人民政府对符合条件的公共海外仓给予支持，具体办法由市商务主管部门会同市财政部门制定。"),
        ART("支持依托芜湖港口岸发展跨境电子商务水运物流，开通至上海港、宁波舟山港的跨境电子商务集装箱航线，"
            "推动跨境电子商务货物通过中欧班列、江海联运等方式出口。"),
        ART("支持鸠江区、弋江区依托现有产业基础建设跨境电子商务产业园区，对入驻园区的中小跨境电子商务企业"
            "给予场地租金减免。", places=["鸠江区", "弋江区"]),
        ART("鼓励本市传统制造企业、外贸企业利用跨境电子商务拓展国际市场，支持汽车零部件、家电、机器人等"
            "优势产业开展“跨境电子商务＋产业带”建设。"),
        ART("鼓励金融机构开发适合跨境电子商务特点的金融产品，为跨境电子商务企业提供融资、结算、保险等服务。",
            "支持跨境电子商务企业通过出口信用保险分散收汇风险。"),
        ART("市和县（市）、区人民政府应当加强跨境电子商务人才培养，支持高等院校、职业院校开设跨境电子商务"
            "相关专业，开展校企合作。"),
        ART("鼓励跨境电子商务企业培育自主品牌，加强境外商标注册和专利申请。市市场监督管理部门应当会同有关部门"
            "建立跨境电子商务知识产权海外维权援助机制。"),
        ART("海关、税务、外汇管理等单位应当按照包容审慎的原则，创新跨境电子商务监管方式，落实跨境电子商务"
            "出口退（免）税、零售出口无票免税等政策。"),
        ART("市商务主管部门应当会同有关部门建立跨境电子商务统计监测制度和企业信用评价体系，"
            "对失信主体依法实施惩戒。"),
        ART("违反本条例规定的行为，法律、法规已有法律责任规定的，从其规定。",
            "国家机关及其工作人员在跨境电子商务促进工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；"
            "构成犯罪的，依法追究刑事责任。"),
        ART("本条例自2023年3月1日起施行。"),
    ],
    "meta": {
        "title": "芜湖市跨境电子商务促进条例",
        "doc_number": None,
        "issuer": ["芜湖市人民代表大会常务委员会"],
        "date": "2022-10-27",
        "published": None,
        "level": "municipal",
        "region": "芜湖市",
        "effective": "2023-03-01",
        "expires": None,
        "attachments": [],
        "doc_type": "地方性法规（设区的市，经省人大常委会批准）",
        "recipients": [],
        "publicity": None,
        "repeals": None,
        "adopted": "2022-10-27",
        "approved": "2022-11-30",
        "approved_by": "安徽省人民代表大会常务委员会",
    },
}

KOUAN = {
    "toc": "安徽省口岸管理办法",
    "part": 2,
    "title": ["安徽省口岸管理办法"],
    "title_mode": "single",
    "tizhu": "（2013年1月15日省人民政府令第245号公布　根据2018年3月2日省人民政府令第283号"
             "《安徽省人民政府关于修改和废止部分规章的决定》第一次修正　根据2022年11月26日"
             "省人民政府令第305号《安徽省人民政府关于修改部分规章的决定》第二次修正）",
    "body": [
        ART("为了加强口岸管理，促进口岸开放和发展，保障口岸安全畅通，提升跨境贸易便利化水平，"
            "根据国家有关规定，结合本省实际，制定本办法。"),
        ART("本办法适用于本省行政区域内口岸的规划、开放、建设、运行和管理等活动。",
            "本办法所称口岸，是指经批准供人员、货物、物品和交通工具直接出入国（关、边）境的港口、机场等。"),
        ART("县级以上人民政府应当加强对口岸工作的领导，将口岸发展纳入国民经济和社会发展规划。",
            "省口岸管理部门负责全省口岸的综合协调和管理工作；设区的市人民政府确定的口岸管理机构"
            "负责本行政区域内口岸的综合协调和管理工作。",
            "海关、出入境边防检查机关（以下统称口岸查验机构）依照各自职责负责口岸查验工作。"),
        ART("省口岸管理部门应当会同有关部门编制全省口岸发展规划，报省人民政府批准后实施。",
            "口岸发展规划应当与长江经济带发展、长三角一体化发展等规划相衔接。"),
        ART("申请开放口岸或者扩大口岸开放范围，由口岸所在地设区的市人民政府提出，经省口岸管理部门会同有关部门"
            "审核后，由省人民政府按照国家规定报批。"),
        ART("口岸查验基础设施的建设应当符合国家规定的标准，与口岸主体工程同步设计、同步建设、同步验收。"),
        ART("口岸经营单位应当为口岸查验机构无偿提供必要的办公用房、查验场地和设施。"),
        ART("本省推进国际贸易“单一窗口”建设，实现口岸查验机构信息互换、监管互认、执法互助。"),
        ART("口岸查验机构应当优化查验流程，推行预约通关、提前申报、无纸化通关等便利措施，压缩整体通关时间。"),
        ART("本省水运口岸包括芜湖港、马鞍山港、安庆港、铜陵港、池州港等长江沿线港口口岸，"
            "航空口岸包括合肥新桥国际机场口岸、黄山屯溪国际机场口岸。省口岸管理部门应当推动沿江水运口岸"
            "与航空口岸协同发展，推进江海联运、铁水联运和空铁联运。"),
        ART("口岸所在地人民政府应当建立口岸收费目录清单制度，收费目录清单应当在口岸现场和国际贸易"
            "“单一窗口”公示；清单之外不得收取费用。"),
        ART("任何单位和个人不得擅自在口岸限定区域从事经营活动。进出口岸限定区域的人员和交通工具，"
            "应当按照规定办理证件。"),
        ART("违反本办法规定，口岸经营单位在收费目录清单之外收取费用的，由价格主管部门依法处理。"),
        ART("口岸管理部门、口岸查验机构及其工作人员滥用职权、玩忽职守、徇私舞弊的，依法给予处分。"),
        ART("本办法自2013年3月1日起施行。"),
    ],
    "meta": {
        "title": "安徽省口岸管理办法",
        "doc_number": "安徽省人民政府令第245号",
        "issuer": ["安徽省人民政府"],
        "date": "2013-01-15",
        "published": "2013-01-15",
        "level": "provincial",
        "region": "安徽省",
        "effective": "2013-03-01",
        "expires": None,
        "attachments": [],
        "doc_type": "政府规章",
        "recipients": [],
        "publicity": None,
        "repeals": None,
        "amended": ["2018-03-02", "2022-11-26"],
    },
}

ZONGBAO = {
    "toc": "安徽省综合保税区管理办法",
    "part": 2,
    "title": ["安徽省综合保税区管理办法"],
    "title_mode": "single",
    "tizhu": "（2021年6月18日省人民政府令第298号公布　自2021年8月1日起施行）",
    "body": [
        ART("为了规范综合保税区管理，促进综合保税区高水平开放、高质量发展，推动建设加工制造、研发设计、"
            "物流分拨、检测维修、销售服务中心，根据《中华人民共和国海关法》等法律、行政法规和国家有关规定，"
            "结合本省实际，制定本办法。"),
        ART("本办法适用于本省行政区域内经国务院批准设立的综合保税区的规划、建设、运营和管理活动。"),
        ART("综合保税区所在地设区的市人民政府（以下简称所在地市人民政府）负责综合保税区的规划建设和管理工作，"
            "设立或者明确综合保税区管理机构。",
            "省商务主管部门负责全省综合保税区发展的综合协调和指导工作。省发展改革、财政、自然资源、生态环境、"
            "交通运输等部门按照各自职责做好相关工作。",
            "海关依法负责综合保税区的监管工作。"),
        ART("综合保税区管理机构履行下列职责：",
            "（一）编制综合保税区发展规划并组织实施；",
            "（二）负责综合保税区内基础设施、监管设施的建设和维护；",
            "（三）负责招商引资和产业促进；",
            "（四）协助海关做好监管工作，配合有关部门开展安全生产、环境保护等管理；",
            "（五）所在地市人民政府赋予的其他职责。"),
        ART("综合保税区应当按照海关监管要求建设隔离围网、卡口、视频监控系统和海关查验场所等设施，"
            "经海关验收合格后方可开展相关业务。"),
        ART("综合保税区应当以保税加工、保税物流、保税服务等业务为主，重点发展加工制造、研发设计、物流分拨、"
            "检测维修、销售服务等产业。"),
        ART("支持综合保税区内企业开展保税研发，对以研发为目的进口的料件、设备等，按照国家规定予以保税。"),
        ART("支持综合保税区内企业开展高技术、高附加值、符合环保要求的保税维修业务，维修产品目录按照国家有关规定执行。"),
        ART("支持综合保税区发展跨境电子商务，依法开展网购保税进口、特殊区域出口等业务。"),
        ART("符合条件的综合保税区可以按照国家规定开展增值税一般纳税人资格试点。"),
        ART("合肥经济技术开发区综合保税区、芜湖综合保税区应当发挥位于中国（安徽）自由贸易试验区内的政策叠加优势，"
            "率先复制推广自贸试验区改革试点经验，探索开展“保税＋”新业态。",
            places=["合肥经济技术开发区综合保税区", "芜湖综合保税区"]),
        ART("合肥综合保税区应当依托合肥新桥国际机场航空口岸，发展航空物流、跨境电子商务和保税展示交易，"
            "建设空港型国际物流枢纽。", places=["合肥综合保税区"]),
        ART("所在地市人民政府应当为综合保税区内企业提供一站式服务，推行“一网通办”，简化审批流程。"),
        ART("综合保税区实行发展绩效评估制度。省商务主管部门会同海关等部门每年对综合保税区开展发展绩效评估，"
            "评估结果作为政策支持和考核的依据。",
            "对连续两年评估结果排名靠后、发展滞后的综合保税区，依照国家规定予以整改；整改不到位的，"
            "依照国家有关规定核减面积或者撤销。"),
        ART("综合保税区内企业应当建立符合海关监管要求的计算机管理系统，如实申报进出区货物，接受海关监管。"),
        ART("违反本办法规定的行为，法律、法规已有法律责任规定的，从其规定。",
            "有关行政机关及其工作人员在综合保税区管理工作中滥用职权、玩忽职守、徇私舞弊的，依法给予处分；"
            "构成犯罪的，依法追究刑事责任。"),
        ART("本省行政区域内保税物流中心（B型）的管理，参照本办法执行。"),
        ART("本办法自2021年8月1日起施行。2015年4月20日省人民政府公布的《安徽省海关特殊监管区域管理暂行办法》"
            "（省人民政府令第259号）同时废止。"),
    ],
    "meta": {
        "title": "安徽省综合保税区管理办法",
        "doc_number": "安徽省人民政府令第298号",
        "issuer": ["安徽省人民政府"],
        "date": "2021-06-18",
        "published": "2021-06-18",
        "level": "provincial",
        "region": "安徽省",
        "effective": "2021-08-01",
        "expires": None,
        "attachments": [],
        "doc_type": "政府规章",
        "recipients": [],
        "publicity": None,
        "repeals": "《安徽省海关特殊监管区域管理暂行办法》（省人民政府令第259号）",
    },
}

ZANXING = {
    "toc": "安徽省海关特殊监管区域管理暂行办法（已废止）",
    "part": 2,
    "title": ["安徽省海关特殊监管区域", "管理暂行办法"],
    "title_mode": "paras",
    "tizhu": "（2015年4月20日省人民政府令第259号公布　自2015年6月1日起施行）",
    "body": [
        ART("为了规范海关特殊监管区域管理，促进海关特殊监管区域科学发展，根据国家有关规定，结合本省实际，"
            "制定本办法。"),
        ART("本办法所称海关特殊监管区域，是指经国务院批准设立的综合保税区、出口加工区、保税物流园区等"
            "实行封闭管理的特定经济区域。",
            "本省行政区域内海关特殊监管区域的规划、建设和管理，适用本办法。"),
        ART("所在地设区的市人民政府负责海关特殊监管区域的建设和管理，设立管理委员会或者明确管理机构。",
            "省商务主管部门负责全省海关特殊监管区域的综合协调工作。"),
        ART("海关特殊监管区域管理机构应当编制区域发展规划，统筹安排区内产业布局，报所在地设区的市人民政府"
            "批准后实施。"),
        ART("海关特殊监管区域应当重点发展加工贸易和保税物流，引导加工贸易向产业链高端延伸。"),
        ART("支持合肥出口加工区、芜湖出口加工区按照国家规定整合优化为综合保税区。",
            places=["合肥出口加工区", "芜湖出口加工区"]),
        ART("区内企业应当按照海关规定建立电子账册，接受海关监管。"),
        ART("所在地设区的市人民政府应当加强区内水、电、路、通信等基础设施建设，所需资金按照有关规定筹措。"),
        ART("省人民政府有关部门对海关特殊监管区域内的项目审批实行优先办理。"),
        ART("对发展成效显著的海关特殊监管区域，省人民政府给予通报表扬。"),
        ART("违反本办法规定的，依照有关法律、法规的规定处理。"),
        ART("本办法自2015年6月1日起施行。"),
    ],
    "note": "编者注：2021年6月18日省人民政府令第298号公布的《安徽省综合保税区管理办法》自2021年8月1日起施行，"
            "本办法同时废止。本汇编收录本办法，仅供对照查阅。",
    "meta": {
        "title": "安徽省海关特殊监管区域管理暂行办法",
        "doc_number": "安徽省人民政府令第259号",
        "issuer": ["安徽省人民政府"],
        "date": "2015-04-20",
        "published": "2015-04-20",
        "level": "provincial",
        "region": "安徽省",
        "effective": "2015-06-01",
        "expires": "2021-07-31",
        "attachments": [],
        "doc_type": "政府规章（已废止）",
        "recipients": [],
        "publicity": None,
        "repeals": None,
        "repealed": "2021-08-01",
        "status": "已废止",
    },
}

TEXTS = [TIAOLI, JUEDING, WUHU, KOUAN, ZONGBAO, ZANXING]
PARTS = {1: "一、地方性法规", 2: "二、政府规章"}

# ---------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------


def set_run(run, font=FS, size=BODY, bold=False):
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(k), font)
    run.font.size = Pt(size)
    run.font.bold = bold
    return run


def fmt(p, align=None, first=0, line=LINE, before=0, after=0, left=0, right=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(first) if first else None
    pf.left_indent = Pt(left) if left else None
    pf.right_indent = Pt(right) if right else None
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, text="", font=FS, size=BODY, bold=False, **kw):
    p = doc.add_paragraph()
    fmt(p, **kw)
    if text:
        set_run(p.add_run(text), font, size, bold)
    return p


def border_bottom(p):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    e = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        e.set(qn(k), v)
    b.append(e)
    ppr.append(b)


def page_field(p, size=12):
    set_run(p.add_run("— "), "宋体", size)

    def fld(t):
        r = p.add_run()
        set_run(r, "宋体", size)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), t)
        r._r.append(e)
    fld("begin")
    r = p.add_run()
    set_run(r, "宋体", size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    fld("separate")
    set_run(p.add_run("1"), "宋体", size)
    fld("end")
    set_run(p.add_run(" —"), "宋体", size)


def setup_page(sec):
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.2), Cm(2.8)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.header_distance, sec.footer_distance = Cm(1.8), Cm(1.6)


def clear_hf(hf):
    hf.is_linked_to_previous = False
    for p in hf.paragraphs:
        for r in list(p.runs):
            r._r.getparent().remove(r._r)


def running_heads(sec, part_name):
    # odd pages: part name right; even pages: book title left; footers "— N —" on the outer side
    sec.header.is_linked_to_previous = False
    sec.even_page_header.is_linked_to_previous = False
    sec.footer.is_linked_to_previous = False
    sec.even_page_footer.is_linked_to_previous = False
    for hf, text, align in ((sec.header, part_name, WD_ALIGN_PARAGRAPH.RIGHT),
                            (sec.even_page_header, BOOK, WD_ALIGN_PARAGRAPH.LEFT)):
        p = hf.paragraphs[0]
        for r in list(p.runs):
            r._r.getparent().remove(r._r)
        fmt(p, align=align, line=16)
        set_run(p.add_run(text), KAI, 10.5)
        border_bottom(p)
    for hf, align in ((sec.footer, WD_ALIGN_PARAGRAPH.RIGHT), (sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        p = hf.paragraphs[0]
        for r in list(p.runs):
            r._r.getparent().remove(r._r)
        fmt(p, align=align, line=16, left=14 if align == WD_ALIGN_PARAGRAPH.LEFT else 0,
            right=14 if align == WD_ALIGN_PARAGRAPH.RIGHT else 0)
        page_field(p, 14)


def restart_numbering(sec, start=1):
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), str(start))
    sec._sectPr.append(pg)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p)
    p.add_run().add_break(WD_BREAK.PAGE)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


# ---------------------------------------------------------------------------
# Front matter
# ---------------------------------------------------------------------------

def cover(doc):
    para(doc, "内部资料　免费交流", HEI, 12, line=20, align=WD_ALIGN_PARAGRAPH.LEFT)
    for _ in range(4):
        para(doc, "", line=30)
    para(doc, "安徽省自由贸易试验区和开放型经济", XBS, 26, line=44, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "法规规章汇编", XBS, 26, line=44, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "", line=30)
    para(doc, "（截至2024年6月30日）", KAI, 16, line=30, align=WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(7):
        para(doc, "", line=30)
    para(doc, "安徽省司法厅　编", HEI, 16, line=30, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "二〇二四年七月", FS, 16, line=30, align=WD_ALIGN_PARAGRAPH.CENTER)
    page_break(doc)


def shuoming(doc):
    para(doc, "编　辑　说　明", XBS, 22, line=40, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    for t in [
        "一、为便于各级行政机关、自贸试验区各片区管理机构和社会公众学习、查阅和执行有关法规规章，"
        "我们编辑了《安徽省自由贸易试验区和开放型经济法规规章汇编》。",
        "二、本汇编收录截至2024年6月30日现行有效的本省自由贸易试验区和开放型经济方面的地方性法规3件、"
        "省政府规章2件。为便于对照查阅，另收录已废止的省政府规章1件，并在文末以编者注标明。",
        "三、收录的法规规章经修改的，按照修改后的文本编入，并在题注中注明修改情况。",
        "四、本汇编按照地方性法规、政府规章分类编排，同类按照制定机关层级和公布时间先后排列，"
        "已废止的规章列于最后。",
        "五、本汇编所收文本以《安徽省人民代表大会常务委员会公报》《安徽省人民政府公报》刊登的标准文本为准，"
        "本汇编仅供工作参考。",
    ]:
        para(doc, t, FS, BODY, first=2 * BODY, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, "", line=LINE)
    para(doc, "安徽省司法厅", FS, BODY, align=WD_ALIGN_PARAGRAPH.RIGHT, right=3 * BODY)
    para(doc, "2024年7月", FS, BODY, align=WD_ALIGN_PARAGRAPH.RIGHT, right=3.5 * BODY)
    page_break(doc)


def toc(doc, pages):
    para(doc, "目　　录", XBS, 22, line=40, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    rows = []
    for part in (1, 2):
        rows.append(("part", PARTS[part]))
        for t in TEXTS:
            if t["part"] == part:
                rows.append(("entry", t))
    table = doc.add_table(rows=len(rows), cols=2)
    no_borders(table)
    w1, w2 = Cm(14.2), Cm(1.4)
    table.autofit = False
    table.columns[0].width, table.columns[1].width = w1, w2
    for i, (kind, v) in enumerate(rows):
        row = table.rows[i]
        row.cells[0].width, row.cells[1].width = w1, w2
        if kind == "part":
            c = row.cells[0].merge(row.cells[1])
            p = c.paragraphs[0]
            fmt(p, line=30, before=6)
            set_run(p.add_run(v), HEI, 15)
        else:
            p = row.cells[0].paragraphs[0]
            fmt(p, line=28, left=30)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(13.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            set_run(p.add_run(v["toc"] + "\t"), FS, 15)
            q = row.cells[1].paragraphs[0]
            fmt(q, line=28, align=WD_ALIGN_PARAGRAPH.RIGHT)
            set_run(q.add_run(str(pages.get(v["toc"], 0))), FS, 15)


# ---------------------------------------------------------------------------
# Texts
# ---------------------------------------------------------------------------

def write_text(doc, t, start):
    """start: 'section' (already on a new page), 'break' (page-break paragraph), 'pbb' (page break before)."""
    if start == "break":
        page_break(doc)
    tp = None
    if t["title_mode"] == "soft":
        tp = para(doc, "", line=38, align=WD_ALIGN_PARAGRAPH.CENTER)
        for i, line in enumerate(t["title"]):
            r = set_run(tp.add_run(line), XBS, 22)
            if i < len(t["title"]) - 1:
                r.add_break()
    else:
        for line in t["title"]:
            p = para(doc, line, XBS, 22, line=38, align=WD_ALIGN_PARAGRAPH.CENTER)
            tp = tp or p
    if start == "pbb":
        tp.paragraph_format.page_break_before = True
    para(doc, "", line=14)
    para(doc, t["tizhu"], KAI, BODY, line=LINE, left=2 * BODY, right=2 * BODY, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(doc, "", line=14)
    if t.get("chapters_toc"):
        para(doc, "目　　录", HEI, BODY, align=WD_ALIGN_PARAGRAPH.CENTER)
        for c in t["chapters_toc"]:
            para(doc, c, KAI, BODY, left=4 * BODY)
        para(doc, "", line=14)
    n = 0
    for item in t["body"]:
        if item[0] == "ch":
            para(doc, item[1], HEI, BODY, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
        elif item[0] == "art":
            n += 1
            label = f"第{cnum(n)}条"
            paras, opts = item[1], item[2]
            p = para(doc, "", first=2 * BODY, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            set_run(p.add_run(label), HEI, BODY)
            set_run(p.add_run("　" + paras[0]), FS, BODY)
            for extra in paras[1:]:
                if opts["soft"]:
                    p.runs[-1].add_break()
                    set_run(p.add_run(extra), FS, BODY)
                else:
                    p = para(doc, extra, FS, BODY, first=2 * BODY, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif item[0] == "p":
            para(doc, item[1], FS, BODY, first=2 * BODY, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    if t.get("note"):
        para(doc, "", line=14)
        para(doc, t["note"], KAI, 12, line=22, first=24, align=WD_ALIGN_PARAGRAPH.JUSTIFY)


def build(pages, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(BODY)
    doc.settings.odd_and_even_pages_header_footer = True
    sec0 = doc.sections[0]
    setup_page(sec0)
    for hf in (sec0.header, sec0.even_page_header, sec0.footer, sec0.even_page_footer):
        clear_hf(hf)
    cover(doc)
    shuoming(doc)
    toc(doc, pages)

    # part 一: new section, numbering restarts at 1
    sec1 = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(sec1)
    running_heads(sec1, PARTS[1])
    restart_numbering(sec1, 1)
    write_text(doc, TIAOLI, "section")
    write_text(doc, JUEDING, "break")
    write_text(doc, WUHU, "pbb")

    # part 二: new section, numbering continues
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(sec2)
    for pg in sec2._sectPr.findall(qn("w:pgNumType")):   # add_section copies sec1's restart; numbering runs on
        sec2._sectPr.remove(pg)
    running_heads(sec2, PARTS[2])
    write_text(doc, KOUAN, "section")
    write_text(doc, ZONGBAO, "break")
    write_text(doc, ZANXING, "pbb")
    doc.save(path)


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", "pdf",
                    "--outdir", str(docx_path.parent), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return docx_path.with_suffix(".pdf")


def find_pages(pdf_path):
    import pdfplumber
    sq = lambda s: re.sub(r"\s", "", s)
    out = {}
    with pdfplumber.open(pdf_path) as pdf:
        texts = [pg.extract_text() or "" for pg in pdf.pages]
    n_pages = len(texts)
    k = 0
    for t in TEXTS:
        want = sq("".join(t["title"]))
        for i in range(k, n_pages):
            lines = [l for l in texts[i].splitlines() if l.strip()]
            m = re.search(r"—\s*(\d+)\s*—", texts[i])
            if not m or len(lines) < 3:
                continue
            head = sq("".join(lines[1:4]))       # line 0 is the running head
            if head.startswith(want):
                out[t["toc"]] = int(m.group(1))
                k = i + 1
                break
    return out, n_pages


# ---------------------------------------------------------------------------
# expected.json
# ---------------------------------------------------------------------------

def expected_doc(t):
    clauses, spec, n = [], {}, 0
    for item in t["body"]:
        if item[0] == "ch":
            continue
        if item[0] == "art":
            n += 1
            text = f"第{cnum(n)}条　" + "\n".join(item[1])
        else:
            text = item[1]
        clauses.append(text)
        places = item[2].get("places")
        if places:
            key = text[:24]
            spec[key] = places
    return {"meta": t["meta"], "clauses": clauses, "applies_to": {"specific": spec}}


def main():
    tmp = Path(tempfile.mkdtemp(prefix="b303_"))
    docx_tmp = tmp / f"{STEM}.docx"
    pages = {}
    for _ in range(4):
        build(pages, docx_tmp)
        pdf = to_pdf(docx_tmp)
        found, n_pages = find_pages(pdf)
        if len(found) != len(TEXTS):
            raise SystemExit(f"could not locate all texts in the PDF: {found}")
        if found == pages:
            break
        pages = found
    else:
        raise SystemExit("目录 page numbers did not settle")
    shutil.copy(docx_tmp, HERE / f"{STEM}.docx")
    shutil.copy(pdf, HERE / f"{STEM}.pdf")
    shutil.rmtree(tmp, ignore_errors=True)
    exp = {STEM: [expected_doc(t) for t in TEXTS]}
    (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"{STEM}: {n_pages} pages; 目录 pages {pages}")
    print("clauses:", [len(d["clauses"]) for d in exp[STEM]], "specific:",
          [len(d["applies_to"]["specific"]) for d in exp[STEM]])


if __name__ == "__main__":
    main()
