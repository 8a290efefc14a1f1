# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 281, written blind: a 政策文件汇编 of the 绥芬河片区 (fictional documents).

Writes next to itself:
  blind281_suifenhe_huibian.docx / .pdf   (Word -> PDF with LibreOffice)
  expected.json
Run:  . /work/venv/bin/activate && python make_blind281.py
"""
import json
import os
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
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
STEM = "blind281_suifenhe_huibian"
LO_PROFILE = "file:///tmp/lo_281"

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
SONG = "宋体"

BODY = 14          # 四号 body in the 汇编
LINE = 25          # exact line pitch (pt)

ZONE = "中国（黑龙江）自由贸易试验区绥芬河片区"
ZONE_ORG = ZONE + "管理委员会"
ECON = ZONE_ORG + "经济合作局"
BOOK = ZONE + "政策文件汇编（2025年版）"
ZBQ = "绥芬河综合保税区"
BANFA = "中国（黑龙江）自由贸易试验区绥芬河片区促进跨境电子商务高质量发展办法"
ZANXING = "中国（黑龙江）自由贸易试验区绥芬河片区跨境电子商务扶持暂行办法"

# ---------------------------------------------------------------------------
# The documents.  Block kinds:
#   redhead(organ_line, docno)       版头 in red with red rule
#   title(lines, hard)               title, lines joined by soft (hard=False) or hard breaks
#   docno(text)                      （文号） in brackets under the title
#   note(text)                       注 line (editorial, no clause)
#   to(text)                         主送
#   p(text)                          body paragraph          -> clause
#   h1/h2/h3(text)                   heading alone            -> no clause
#   runin(head, rest, lvl)           run-in heading + text    -> clause (rest may hold "\n" = soft break)
#   chapter(text)                    第X章                    -> no clause
#   art(label, [paras])              第X条 with paragraphs    -> clause joined "\n"
#   attach(text)                     附件说明                 -> no clause
#   sign(organ, date)                落款 + 成文日期
#   public(text)                     （此件公开发布）
#   subtitle(lines)                  title of a run-on 方案
#   banji(cc, printer, date)         版记
#   table(caption, header, rows, vmerge_cols)  -> one clause per row
#   form(...)                        blank 申报表               -> no clause
# A clause block may carry places=[...] for applies_to.specific.
# ---------------------------------------------------------------------------


def B(kind, *a, **kw):
    return {"kind": kind, "a": a, **kw}


DOC1 = {
    "toc": "黑龙江省人民政府关于印发中国（黑龙江）自由贸易试验区绥芬河片区深化改革创新实施方案的通知",
    "group": "一、省级文件",
    "meta": {
        "title": "黑龙江省人民政府关于印发中国（黑龙江）自由贸易试验区绥芬河片区深化改革创新实施方案的通知",
        "doc_number": "黑政发〔2025〕3号",
        "issuer": ["黑龙江省人民政府"],
        "date": "2025-01-20",
        "published": "2025-01-22",
        "level": "provincial",
        "region": ZONE,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各市（地）人民政府（行署）", "省政府各直属单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    },
    "blocks": [
        B("redhead", "黑龙江省人民政府文件", "黑政发〔2025〕3号"),
        B("title", ["黑龙江省人民政府关于印发", "中国（黑龙江）自由贸易试验区绥芬河片区", "深化改革创新实施方案的通知"], True),
        B("to", "各市（地）人民政府（行署），省政府各直属单位："),
        B("p", "现将《中国（黑龙江）自由贸易试验区绥芬河片区深化改革创新实施方案》印发给你们，请认真贯彻执行。"),
        B("sign", "黑龙江省人民政府", "2025年1月20日"),
        B("public", "（此件公开发布）"),
        B("subtitle", ["中国（黑龙江）自由贸易试验区绥芬河片区", "深化改革创新实施方案"]),
        B("p", "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动中国（黑龙江）自由贸易试验区绥芬河片区（以下简称片区）在服务共建“一带一路”和对俄开放合作中发挥更大作用，制定本方案。"),
        B("h1", "一、总体要求"),
        B("p", "以制度创新为核心，以对俄及东北亚经贸合作为重点，统筹口岸、通道、平台建设，打造沿边开放新高地。到2027年，片区累计形成制度创新成果30项以上，进出口总额年均增长10%以上，跨境电商交易额突破50亿元。"),
        B("h1", "二、主要任务"),
        B("runin", "（一）提升口岸通关效能。", "推进绥芬河铁路口岸、公路口岸智慧化改造，推广“提前申报”“两步申报”等通关模式，整体通关时间较2024年压缩10%以上。（责任单位：哈尔滨海关、省商务厅、牡丹江市政府）", 2),
        B("h2", "（二）做强跨境电子商务"),
        B("runin", "1.建设跨境电商公共服务平台。", "支持片区建设对俄跨境电商综合服务平台，为中小企业提供通关、物流、退税、结汇一站式服务。", 3),
        B("runin", "2.支持海外仓建设。", "鼓励企业在俄罗斯莫斯科、新西伯利亚等城市布局海外仓，对符合条件的海外仓按规定给予支持。", 3),
        B("runin", "3.发展保税进口新模式。", "在绥芬河综合保税区开展跨境电商网购保税进口（1210）业务，探索“保税备货+直播销售”模式。", 3, places=[ZBQ]),
        B("runin", "（三）壮大互市贸易落地加工。", "支持在绥芬河边民互市贸易区设立互市贸易进口商品落地加工集聚区，对俄进口木材、粮食、海产品等资源性商品实施精深加工。（责任单位：牡丹江市政府、省商务厅）", 2, places=["绥芬河边民互市贸易区"]),
        B("runin", "（四）深化金融开放创新。", "扩大跨境贸易人民币结算，支持片区内银行开展卢布现钞使用试点，推动中俄本币结算便利化。（责任单位：人民银行黑龙江省分行、国家外汇管理局黑龙江省分局）", 2),
        B("h1", "三、保障措施"),
        B("runin", "（一）加强组织领导。", "省自由贸易试验区工作领导小组统筹推进方案实施，牡丹江市政府、片区管委会要落实主体责任，制定年度工作计划，逐项细化落实。", 2),
        B("runin", "（二）强化评估考核。", "省商务厅会同有关部门每年对方案实施情况开展第三方评估，评估结果作为安排省级专项资金的重要依据。", 2),
        B("banji", "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，哈尔滨海关。", "黑龙江省人民政府办公厅", "2025年1月22日印发"),
    ],
}

DOC5 = {
    "toc": "牡丹江市人民政府办公室关于深度融入共建“一带一路”推动开放型经济高质量发展的意见",
    "group": "二、市级文件",
    "meta": {
        "title": "牡丹江市人民政府办公室关于深度融入共建“一带一路”推动开放型经济高质量发展的意见",
        "doc_number": "牡政办发〔2025〕6号",
        "issuer": ["牡丹江市人民政府办公室"],
        "date": "2025-02-18",
        "published": "2025-02-19",
        "level": "municipal",
        "region": "牡丹江市",
        "effective": "2025-03-01",
        "expires": "2027-12-31",
        "attachments": [],
        "doc_type": "意见",
        "recipients": ["各县（市）、区人民政府", "市政府各委、办、局", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    },
    "blocks": [
        B("title", ["牡丹江市人民政府办公室关于深度融入共建", "“一带一路”推动开放型经济高质量发展的意见"], False),
        B("docno", "（牡政办发〔2025〕6号）"),
        B("to", "各县（市）、区人民政府，市政府各委、办、局，各有关单位："),
        B("p", "为深入贯彻落实省委、省政府关于推动对俄合作和向北开放的部署要求，充分发挥中国（黑龙江）自由贸易试验区绥芬河片区（以下简称绥芬河片区）和沿边口岸优势，推动全市开放型经济高质量发展，经市政府同意，现提出如下意见。"),
        B("h1", "一、强化开放平台支撑"),
        B("runin", "（一）支持绥芬河片区制度创新。", "市直有关部门要向绥芬河片区下放市级经济社会管理权限，对片区提出的改革试点事项实行“一事一议”，原则上在15个工作日内研究答复。", 2, places=[ZONE]),
        B("runin", "（二）提升综合保税区发展水平。", "支持绥芬河综合保税区内企业开展保税维修、保税研发、保税展示交易等新业态，对首次开展新业态业务的企业给予一次性奖励20万元。", 2, places=[ZBQ]),
        B("h2", "（三）推进口岸扩能提效"),
        B("runin", "1.", "加快绥芬河公路口岸、东宁公路口岸改扩建，推进“智慧口岸”建设，实现口岸通关全流程无纸化。", 3),
        B("runin", "2.", "支持东宁市建设中俄互市贸易商品集散中心，对落地加工企业按进口商品货值的1%给予补贴，单个企业每年最高不超过30万元。", 3, places=["东宁市"]),
        B("h1", "二、培育外贸新业态"),
        B("h2", "（一）发展跨境电商"),
        B("runin", "1.", "支持各县（市）、区建设跨境电商产业园，对认定为市级跨境电商产业园的，给予最高100万元一次性补助。", 3),
        B("runin", "2.", "鼓励企业参加中国—俄罗斯博览会、俄罗斯符拉迪沃斯托克东方经济论坛等境内外展会，按展位费的50%给予补贴。", 3),
        B("h2", "（二）稳定外贸主体"),
        B("h3", "1.加大外贸金融支持力度"),
        B("runin", "（1）", "对小微外贸企业投保短期出口信用保险的，按实际缴纳保费的50%给予补助。", 4),
        B("runin", "（2）", "鼓励市内银行机构开发“外贸贷”产品，对符合条件的贷款给予年化1个百分点的贴息。", 4),
        B("h1", "三、加强组织保障"),
        B("p", "市商务局要会同市发展改革委、市财政局、牡丹江海关等部门建立工作协调机制，定期调度重点任务落实情况。各县（市）、区政府要结合实际制定具体落实措施。"),
        B("p", "本意见自2025年3月1日起实施，有效期至2027年12月31日。"),
        B("sign", "牡丹江市人民政府办公室", "2025年2月18日"),
        B("public", "（此件公开发布）"),
        B("banji", "抄送：市委各部门，市人大常委会办公室，市政协办公室，绥芬河片区管委会。", "牡丹江市人民政府办公室", "2025年2月19日印发"),
    ],
}

DOC2 = {
    "toc": BANFA,
    "group": "三、片区文件",
    "meta": {
        "title": BANFA,
        "doc_number": "绥自贸管规〔2025〕2号",
        "issuer": [ZONE_ORG],
        "date": "2025-03-10",
        "published": None,
        "level": "zone",
        "region": ZONE,
        "effective": "2025-04-01",
        "expires": "2030-03-31",
        "attachments": [],
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": "《" + ZANXING + "》（绥自贸管规〔2022〕3号）",
    },
    "blocks": [
        B("title", [ZONE, "促进跨境电子商务高质量发展办法"], False),
        B("docno", "（绥自贸管规〔2025〕2号）"),
        B("chapter", "第一章　总　　则"),
        B("art", "第一条", ["为加快片区跨境电子商务（以下简称跨境电商）高质量发展，打造面向俄罗斯及东北亚的跨境电商枢纽，根据《中国（黑龙江）自由贸易试验区绥芬河片区深化改革创新实施方案》等有关规定，结合片区实际，制定本办法。"]),
        B("art", "第二条", ["本办法适用于在中国（黑龙江）自由贸易试验区绥芬河片区（以下简称片区）内依法登记注册、具有独立法人资格且在片区内实际经营、依法纳税的跨境电商企业、平台企业、物流企业及配套服务企业。"]),
        B("art", "第三条", ["片区管理委员会（以下简称管委会）经济合作局负责本办法的组织实施，财政金融局负责资金保障和监督管理。"]),
        B("chapter", "第二章　支持措施"),
        B("art", "第四条", ["支持主体培育。对年度跨境电商进出口额首次达到1000万元、5000万元、1亿元的企业，分别给予10万元、30万元、50万元一次性奖励。同一企业按差额补足方式给予奖励。"]),
        B("art", "第五条", ["支持海外仓建设。对企业在共建“一带一路”国家新建或租用、面积在2000平方米以上的海外仓，按实际投资额或租金的20%给予补贴，单个企业每年最高不超过100万元。",
                           "享受前款补贴的海外仓应当在商务部门备案，且年度服务片区企业不少于10家。"]),
        B("art", "第六条", ["支持保税业务发展。在绥芬河综合保税区内开展跨境电商网购保税进口（1210）业务的企业，按年度实际业务量给予每单1元的物流补贴，单个企业每年最高不超过50万元。"], places=[ZBQ]),
        B("art", "第七条", ["支持人才引进。对跨境电商企业引进的高级管理和技术人才，按照片区人才政策有关规定给予住房补贴和生活补贴。"]),
        B("chapter", "第三章　申报与管理"),
        B("art", "第八条", ["扶持资金实行年度申报制度，每年集中申报一次。具体申报条件、程序和材料要求由实施细则另行规定。"]),
        B("art", "第九条", ["同一项目同时符合本办法和片区其他扶持政策的，按照“就高不重复”原则给予支持。"]),
        B("art", "第十条", ["企业通过提供虚假材料等方式骗取扶持资金的，由管委会追回已拨付资金，三年内取消其申报资格，并依法依规纳入失信记录；涉嫌犯罪的，移送司法机关依法处理。"]),
        B("chapter", "第四章　附　　则"),
        B("art", "第十一条", ["本办法由管委会经济合作局负责解释。"]),
        B("art", "第十二条", ["本办法自2025年4月1日起施行，有效期5年。《" + ZANXING + "》（绥自贸管规〔2022〕3号）同时废止。"]),
        B("sign", ZONE_ORG, "2025年3月10日"),
    ],
}

DOC4 = {
    "toc": "《" + BANFA + "》实施细则",
    "group": "三、片区文件",
    "meta": {
        "title": "《" + BANFA + "》实施细则",
        "doc_number": "绥自贸管规〔2025〕3号",
        "issuer": [ZONE_ORG],
        "date": "2025-04-08",
        "published": None,
        "level": "zone",
        "region": ZONE,
        "effective": "2025-04-15",
        "expires": "2030-03-31",
        "attachments": ["绥芬河片区跨境电子商务扶持项目及标准一览表"],
        "doc_type": "实施细则",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    },
    "blocks": [
        B("title", ["《中国（黑龙江）自由贸易试验区绥芬河片区", "促进跨境电子商务高质量发展办法》实施细则"], False),
        B("docno", "（绥自贸管规〔2025〕3号）"),
        B("p", "为做好《" + BANFA + "》（绥自贸管规〔2025〕2号，以下简称《办法》）的贯彻实施，规范扶持资金申报和兑现工作，制定本细则。"),
        B("h1", "一、申报条件"),
        B("runin", "（一）", "申报企业应在片区内注册登记，具有独立法人资格，上一年度在片区内依法纳税，且未被列入严重失信主体名单。", 2),
        B("runin", "（二）", "跨境电商进出口额以海关统计数据为准，海外仓面积和投资额以第三方机构出具的专项审计报告为准。", 2),
        B("runin", "（三）", "申报《办法》第六条物流补贴的，企业应在绥芬河综合保税区内设有仓储场所，业务量以综合保税区公共信息服务平台统计数据为准。", 2, places=[ZBQ]),
        B("h1", "二、申报程序"),
        B("runin", "（一）集中申报。", "每年3月1日至3月31日，企业通过片区政务服务平台提交申报材料，逾期不予受理。", 2),
        B("runin", "（二）审核公示。", "经济合作局会同财政金融局在30个工作日内完成审核，必要时委托第三方机构进行专项审计。\n审核结果在管委会门户网站公示5个工作日。", 2),
        B("runin", "（三）资金拨付。", "公示无异议的，由财政金融局在15个工作日内将资金拨付至企业基本账户。", 2),
        B("h1", "三、其他事项"),
        B("runin", "（一）", "本细则由管委会经济合作局负责解释。", 2),
        B("runin", "（二）", "本细则自2025年4月15日起施行，有效期至2030年3月31日。", 2),
        B("attach", "附件：绥芬河片区跨境电子商务扶持项目及标准一览表"),
        B("sign", ZONE_ORG, "2025年4月8日"),
        B("table", "绥芬河片区跨境电子商务扶持项目及标准一览表",
          ["扶持类别", "扶持项目", "扶持标准", "《办法》条款"],
          [["主体培育", "进出口额首次达到1000万元", "一次性奖励10万元", "第四条"],
           ["主体培育", "进出口额首次达到5000万元", "一次性奖励30万元", "第四条"],
           ["主体培育", "进出口额首次达到1亿元", "一次性奖励50万元", "第四条"],
           ["载体建设", "海外仓建设", "按投资额或租金的20%补贴，每年最高100万元", "第五条"],
           ["载体建设", "1210保税进口物流", "每单1元，每年最高50万元", "第六条"],
           ["人才支持", "高级管理和技术人才", "按片区人才政策执行", "第七条"]],
          [0, 3]),
    ],
}

DOC6 = {
    "toc": "绥芬河片区跨境电商扶持资金申报操作指引",
    "group": "三、片区文件",
    "meta": {
        "title": "绥芬河片区跨境电商扶持资金申报操作指引",
        "doc_number": None,
        "issuer": [ECON],
        "date": "2025-04-20",
        "published": None,
        "level": "zone",
        "region": ZONE,
        "effective": None,
        "expires": None,
        "attachments": ["绥芬河片区跨境电商扶持资金申报表"],
        "doc_type": "操作指引",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    },
    "blocks": [
        B("title", ["绥芬河片区跨境电商扶持资金申报操作指引"], False),
        B("p", "为方便企业申报《" + BANFA + "》规定的扶持资金，现将申报操作流程说明如下。"),
        B("runin", "1.注册登录。", "企业登录“绥芬河片区政务服务平台”，使用法人账户完成注册，并在“惠企政策”栏目选择“跨境电商扶持资金申报”事项。", 3),
        B("runin", "2.填写申报表。", "企业按照附件格式在线填写《绥芬河片区跨境电商扶持资金申报表》，同一企业申报多个项目的，应当分项填写。", 3),
        B("runin", "3.上传材料。", "企业应上传营业执照、海关进出口数据、海外仓租赁合同或投资凭证、银行收款账户信息等材料的扫描件，并对材料真实性作出书面承诺。", 3),
        B("runin", "4.提交纸质材料。", "网上预审通过后，企业应在5个工作日内将加盖公章的纸质材料一式两份报送片区政务服务中心2号窗口。", 3),
        B("runin", "5.查询结果。", "企业可在平台“办件查询”栏目查看审核进度，审核结果公示期满后，资金拨付情况以短信方式告知。", 3),
        B("attach", "附件：绥芬河片区跨境电商扶持资金申报表"),
        B("sign", ECON, "2025年4月20日"),
        B("form", "绥芬河片区跨境电商扶持资金申报表"),
    ],
}

DOC3 = {
    "toc": ZANXING,
    "repealed": True,
    "group": "三、片区文件",
    "meta": {
        "title": ZANXING,
        "doc_number": "绥自贸管规〔2022〕3号",
        "issuer": [ZONE_ORG],
        "date": "2022-05-16",
        "published": None,
        "level": "zone",
        "region": ZONE,
        "effective": "2022-06-01",
        "expires": "2025-05-31",
        "attachments": [],
        "doc_type": "暂行办法",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    },
    "blocks": [
        B("title", [ZONE, "跨境电子商务扶持暂行办法"], False),
        B("docno", "（绥自贸管规〔2022〕3号）"),
        B("note", "注：本办法已由《" + BANFA + "》（绥自贸管规〔2025〕2号）废止，自2025年4月1日起不再执行，收录仅供查阅。"),
        B("art", "第一条", ["为培育片区跨境电子商务新业态，推动外贸转型升级，根据有关规定，制定本办法。"]),
        B("art", "第二条", ["本办法适用于在片区注册登记并开展跨境电子商务业务的企业。"]),
        B("art", "第三条", ["对年度跨境电商进出口额达到500万元以上的企业，给予5万元一次性奖励；达到2000万元以上的，给予20万元一次性奖励。"]),
        B("art", "第四条", ["对企业租用绥芬河综合保税区内仓储设施开展跨境电商业务的，按实际租金的30%给予补贴，每年最高不超过20万元。"], places=[ZBQ]),
        B("art", "第五条", ["对新开通中俄跨境电商货运班列、包机线路的企业，每开通一条线路给予10万元奖励。"]),
        B("art", "第六条", ["扶持资金由企业于每年1月向管委会经济合作局提出申请，经审核公示后拨付。"]),
        B("art", "第七条", ["本办法由管委会经济合作局负责解释。"]),
        B("art", "第八条", ["本办法自2022年6月1日起施行，有效期3年。"]),
        B("sign", ZONE_ORG, "2022年5月16日"),
    ],
}

DOC7 = {
    "toc": "《" + BANFA + "》政策解读",
    "group": "四、政策解读",
    "meta": {
        "title": "《" + BANFA + "》政策解读",
        "doc_number": None,
        "issuer": [ECON],
        "date": "2025-03-12",
        "published": None,
        "level": "zone",
        "region": ZONE,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "政策解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    },
    "blocks": [
        B("title", ["《中国（黑龙江）自由贸易试验区绥芬河片区", "促进跨境电子商务高质量发展办法》政策解读"], False),
        B("h1", "一、出台背景"),
        B("p", "2022年出台的《绥芬河片区跨境电子商务扶持暂行办法》对培育片区跨境电商新业态发挥了积极作用。随着对俄跨境电商规模快速扩大，海外仓、保税进口等新模式不断涌现，原暂行办法支持范围偏窄、标准偏低，且将于2025年5月到期，亟需修订完善。"),
        B("h1", "二、主要修订内容"),
        B("runin", "（一）提高主体培育奖励标准。", "将奖励门槛由500万元、2000万元两档调整为1000万元、5000万元、1亿元三档，最高奖励由20万元提高到50万元，并实行差额补足。", 2),
        B("runin", "（二）新增海外仓和保税进口支持。", "新增对共建“一带一路”国家海外仓的建设补贴和对网购保税进口业务的物流补贴，引导企业“走出去”和“引进来”并重。", 2),
        B("runin", "（三）取消班列线路奖励。", "原暂行办法第五条对开通中俄货运班列、包机线路的奖励已纳入全市物流扶持政策统一支持，本次不再保留。", 2),
        B("h1", "三、适用对象和施行时间"),
        B("p", "《办法》适用于在片区内注册并实际经营、依法纳税的跨境电商企业、平台企业、物流企业及配套服务企业，自2025年4月1日起施行，有效期5年。"),
        B("sign", ECON, "2025年3月12日"),
    ],
}

# order in the 汇编
DOCS = [DOC1, DOC5, DOC2, DOC4, DOC6, DOC3, DOC7]


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------

def set_run(run, font=FS, size=BODY, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def fmt(p, align=None, first=0, line=LINE, before=0, after=0, left=0, right=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(first) if first else None
    if left:
        pf.left_indent = Pt(left)
    if right:
        pf.right_indent = Pt(right)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def border(p, side="bottom", color="000000", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def add_text(p, text, **kw):
    """add text to p; '\n' becomes a soft line break (Shift+Enter)."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = set_run(p.add_run(part), **kw)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def body(doc, text, **kw):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first=2 * BODY)
    add_text(p, text, **kw)
    return p


def page_field(p, size=14):
    def fld(t):
        r = p.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), t)
        r._element.append(e)
        set_run(r, SONG, size)
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
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.5)
    sec.bottom_margin = Cm(3.2)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    sec.header_distance = Cm(1.8)
    sec.footer_distance = Cm(1.8)


def running_heads(sec):
    """running head with the 汇编 title, page number odd right / even left."""
    sec.header.is_linked_to_previous = False
    sec.even_page_header.is_linked_to_previous = False
    sec.footer.is_linked_to_previous = False
    sec.even_page_footer.is_linked_to_previous = False
    for hdr in (sec.header, sec.even_page_header):
        p = hdr.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_run(p.add_run(BOOK), SONG, 9)
        border(p, "bottom", "000000", 6, 1)
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.right_indent = Pt(14)
    page_field(p)
    p = sec.even_page_footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.left_indent = Pt(14)
    page_field(p)


def restart_numbering(sec, start=1):
    sectpr = sec._sectPr
    pg = sectpr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sectpr.append(pg)
    pg.set(qn("w:start"), str(start))


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(20)
    add_text(p, text, font=font, size=size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def write_block(doc, b):
    k, a = b["kind"], b["a"]
    if k == "redhead":
        organ, docno = a
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=52, before=18, after=24)
        set_run(p.add_run(organ), XBS, 36, color="FF0000")
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, after=2)
        set_run(p.add_run(docno), FS, 15)
        border(p, "bottom", "FF0000", 18, 6)
        p = doc.add_paragraph()
        fmt(p, line=14)
    elif k == "title":
        lines, hard = a
        if hard:
            for i, ln in enumerate(lines):
                p = doc.add_paragraph()
                fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=32, before=12 if i == 0 else 0,
                    after=12 if i == len(lines) - 1 else 0)
                set_run(p.add_run(ln), XBS, 20)
        else:
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=32, before=6, after=6)
            add_text(p, "\n".join(lines), font=XBS, size=20)
    elif k == "subtitle":
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=32, before=30, after=12)
        add_text(p, "\n".join(a[0]), font=XBS, size=20)
    elif k == "docno":
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, after=8)
        set_run(p.add_run(a[0]), KAI, BODY)
    elif k == "note":
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first=2 * BODY, after=6)
        set_run(p.add_run(a[0]), KAI, 12)
    elif k == "to":
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, before=6)
        set_run(p.add_run(a[0]), FS, BODY)
    elif k == "p":
        body(doc, a[0])
    elif k == "h1":
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, first=2 * BODY)
        set_run(p.add_run(a[0]), HEI, BODY)
    elif k == "h2":
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, first=2 * BODY)
        set_run(p.add_run(a[0]), KAI, BODY)
    elif k == "h3":
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, first=2 * BODY)
        set_run(p.add_run(a[0]), FS, BODY, bold=True)
    elif k == "runin":
        head, rest, lvl = a
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first=2 * BODY)
        if lvl == 2 and not re.fullmatch(r"（[一二三四五六七八九十]+）", head):
            set_run(p.add_run(head), KAI, BODY)
        elif lvl == 3 and len(head) > 2:
            set_run(p.add_run(head), FS, BODY, bold=True)
        else:
            set_run(p.add_run(head), FS, BODY)
        add_text(p, rest)
    elif k == "chapter":
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
        set_run(p.add_run(a[0]), HEI, BODY)
    elif k == "art":
        label, paras = a
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first=2 * BODY)
        set_run(p.add_run(label), HEI, BODY)
        set_run(p.add_run("　" + paras[0]), FS, BODY)
        for extra in paras[1:]:
            body(doc, extra)
    elif k == "attach":
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, first=2 * BODY, before=LINE)
        set_run(p.add_run(a[0]), FS, BODY)
    elif k == "sign":
        organ, date = a
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, right=2 * BODY, before=2 * LINE)
        set_run(p.add_run(organ), FS, BODY)
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, right=4 * BODY)
        set_run(p.add_run(date), FS, BODY)
    elif k == "public":
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, first=2 * BODY, before=6)
        set_run(p.add_run(a[0]), FS, BODY)
    elif k == "banji":
        cc, printer, date = a
        p = doc.add_paragraph()
        fmt(p, line=LINE, before=LINE)
        p.paragraph_format.keep_with_next = True
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, left=14, right=14, line=22)
        p.paragraph_format.keep_with_next = True
        border(p, "top", "000000", 8, 4)
        border(p, "bottom", "000000", 4, 4)
        set_run(p.add_run(cc), FS, 12)
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, left=14, right=14, line=22)
        border(p, "bottom", "000000", 8, 4)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), WD_TAB_ALIGNMENT.RIGHT)
        set_run(p.add_run(printer + "\t" + date), FS, 12)
    elif k == "table":
        caption, header, rows, vm = a
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, before=LINE)
        set_run(p.add_run("附件"), HEI, BODY)
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=30, after=6)
        set_run(p.add_run(caption), XBS, 16)
        t = doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = [Cm(2.4), Cm(4.6), Cm(6.2), Cm(2.4)]
        for j, h in enumerate(header):
            cell_text(t.cell(0, j), h, HEI, 12)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                cell_text(t.cell(i + 1, j), v, FS, 12,
                          align=WD_ALIGN_PARAGRAPH.LEFT if j == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        t.autofit = False
        for j, col in enumerate(t.columns):
            col.width = widths[j]
        for row in t.rows:
            for j, c in enumerate(row.cells):
                c.width = widths[j]
        # vertical merges of equal neighbouring values
        for j in vm:
            i = 0
            while i < len(rows):
                k2 = i
                while k2 + 1 < len(rows) and rows[k2 + 1][j] == rows[i][j]:
                    k2 += 1
                if k2 > i:
                    top = t.cell(i + 1, j)
                    m = top.merge(t.cell(k2 + 1, j))
                    cell_text(m, rows[i][j], FS, 12)
                i = k2 + 1
    elif k == "form":
        caption = a[0]
        doc.add_page_break()
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT)
        set_run(p.add_run("附件"), HEI, BODY)
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=30, after=4)
        set_run(p.add_run(caption), XBS, 16)
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, line=20)
        set_run(p.add_run("填报日期：　　　年　　月　　日"), FS, 12)
        t = doc.add_table(rows=8, cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        w = [Cm(3.6), Cm(4.4), Cm(3.2), Cm(4.4)]
        t.autofit = False
        for j, col in enumerate(t.columns):
            col.width = w[j]
        for row in t.rows:
            for j, c in enumerate(row.cells):
                c.width = w[j]
        cell_text(t.cell(0, 0), "企业名称", FS, 12)
        t.cell(0, 1).merge(t.cell(0, 3))
        cell_text(t.cell(1, 0), "统一社会信用代码", FS, 12)
        cell_text(t.cell(1, 2), "成立时间", FS, 12)
        cell_text(t.cell(2, 0), "法定代表人", FS, 12)
        cell_text(t.cell(2, 2), "联系电话", FS, 12)
        cell_text(t.cell(3, 0), "申报项目", FS, 12)
        m = t.cell(3, 1).merge(t.cell(3, 3))
        cell_text(m, "□主体培育奖励　□海外仓建设补贴\n□1210物流补贴　□人才补贴", FS, 12,
                  align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(4, 0), "上年度进出口额\n（万元）", FS, 12)
        cell_text(t.cell(4, 2), "申报金额\n（万元）", FS, 12)
        cell_text(t.cell(5, 0), "开户银行及账号", FS, 12)
        t.cell(5, 1).merge(t.cell(5, 3))
        cell_text(t.cell(6, 0), "企业承诺", FS, 12)
        m = t.cell(6, 1).merge(t.cell(6, 3))
        cell_text(m, "本企业承诺所填报内容及提交材料真实、准确、完整，如有虚假，自愿承担相应法律责任。\n"
                     "法定代表人（签字）：　　　　　（企业盖章）\n　　　　　　　　　　　　年　　月　　日",
                  FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(t.cell(7, 0), "经济合作局\n审核意见", FS, 12)
        m = t.cell(7, 1).merge(t.cell(7, 3))
        cell_text(m, "\n\n经办人：　　　　　负责人：　　　　　　年　　月　　日", FS, 12,
                  align=WD_ALIGN_PARAGRAPH.LEFT)
    else:
        raise ValueError(k)


# ---------------------------------------------------------------------------
# front matter
# ---------------------------------------------------------------------------

def cover(doc):
    for _ in range(2):
        fmt(doc.add_paragraph(), line=30)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    set_run(p.add_run("内部资料　注意保存"), HEI, 12)
    for _ in range(3):
        fmt(doc.add_paragraph(), line=30)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=44)
    set_run(p.add_run(ZONE), XBS, 22)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=64, before=20)
    set_run(p.add_run("政策文件汇编"), XBS, 42)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=40, before=10)
    set_run(p.add_run("（2025年版）"), KAI, 20)
    for _ in range(5):
        fmt(doc.add_paragraph(), line=30)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=32)
    set_run(p.add_run("中国（黑龙江）自由贸易试验区绥芬河片区管理委员会办公室　编印"), KAI, 15)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=32, before=8)
    set_run(p.add_run("2025年6月"), KAI, 16)


def bianyin(doc):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=40, before=12, after=24)
    set_run(p.add_run("编 印 说 明"), XBS, 22)
    paras = [
        "为方便片区各部门、驻区单位和企业系统了解、准确适用支持中国（黑龙江）自由贸易试验区绥芬河片区发展的各项政策，片区管委会办公室对截至2025年5月底省、市和片区出台的有关文件进行了梳理，编印本汇编。",
        "一、本汇编共收录文件7件，按省级文件、市级文件、片区文件和政策解读分类编排。片区文件中，已废止的文件排在现行文件之后。",
        "二、已废止的文件在目录中以【已废止】标注，正文保留原文并加注说明，仅供查阅参考，不作为办理依据。",
        "三、收录文件以原发文本为准，编印时仅对版式作了统一调整，省、市文件保留原文件的发文字号和版记。如有出入，以正式文件为准。",
        "四、本汇编为内部资料，供片区工作人员和企业学习使用。对汇编内容有意见建议的，请与片区管委会办公室联系。",
    ]
    for t in paras:
        p = body(doc, t)
        p.paragraph_format.line_spacing = Pt(30)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, right=2 * BODY, before=2 * LINE, line=30)
    set_run(p.add_run("片区管委会办公室"), FS, BODY)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, right=2 * BODY, line=30)
    set_run(p.add_run("2025年6月"), FS, BODY)


def toc(doc, pages):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=40, before=12, after=24)
    set_run(p.add_run("目　　录"), XBS, 22)
    last_group = None
    for d in DOCS:
        if d["group"] != last_group:
            last_group = d["group"]
            p = doc.add_paragraph()
            fmt(p, WD_ALIGN_PARAGRAPH.LEFT, line=34, before=14, after=4)
            set_run(p.add_run(d["group"]), HEI, 16)
        text = d["toc"] + ("【已废止】" if d.get("repealed") else "")
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, line=34, left=32, right=28, after=10)
        p.paragraph_format.first_line_indent = Pt(-16)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        set_run(p.add_run(text + "\t" + str(pages.get(d["toc"], 0))), FS, 16)


# ---------------------------------------------------------------------------

def build(pages, path):
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(BODY)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    doc.core_properties.title = BOOK
    doc.core_properties.author = "绥芬河片区管委会办公室"

    sec = doc.sections[0]
    setup_page(sec)
    cover(doc)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_page(sec)
    bianyin(doc)
    doc.add_page_break()
    toc(doc, pages)
    for i, d in enumerate(DOCS):
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        setup_page(sec)
        if i == 0:
            running_heads(sec)
            restart_numbering(sec, 1)
        else:
            pg = sec._sectPr.find(qn("w:pgNumType"))
            if pg is not None:
                sec._sectPr.remove(pg)
        for b in d["blocks"]:
            write_block(doc, b)
    doc.save(path)


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", "pdf", "--outdir", str(docx_path.parent), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return docx_path.with_suffix(".pdf")


def find_pages(pdf_path):
    """body page number of each document's first page, found in the PDF."""
    import pdfplumber
    squash = lambda s: re.sub(r"\s+", "", s)
    with pdfplumber.open(str(pdf_path)) as pdf:
        texts = [squash(pg.extract_text() or "") for pg in pdf.pages]
    head = squash(BOOK)
    starts = {}
    body0 = None
    for d in DOCS:
        first = d["blocks"][0]
        marker = squash(first["a"][0] if first["kind"] == "redhead" else "".join(first["a"][0]))
        for idx, t in enumerate(texts):
            t2 = t.replace(head, "", 1) if t.startswith(head) else t
            if t2.startswith(marker) and (body0 is None or idx >= body0):
                if body0 is None:
                    body0 = idx
                starts[d["toc"]] = idx - body0 + 1
                break
    return starts, len(texts), body0


def clause_list(d):
    out, spec = [], {}
    for b in d["blocks"]:
        k, a = b["kind"], b["a"]
        text = None
        if k == "p":
            text = a[0]
        elif k == "runin":
            text = a[0] + a[1]
        elif k == "art":
            text = a[0] + "　" + "\n".join(a[1])
        elif k == "table":
            header, rows = a[1], a[2]
            for row in rows:
                out.append("；".join(f"{h}：{v}" for h, v in zip(header, row)))
            continue
        if text is None:
            continue
        out.append(text)
        if b.get("places"):
            spec[text[:22]] = b["places"]
    return out, spec


def main():
    docx_path = HERE / f"{STEM}.docx"
    tmp = Path(tempfile.mkdtemp(prefix="b281_"))
    pages = {d["toc"]: 0 for d in DOCS}
    for _ in range(4):
        tdocx = tmp / f"{STEM}.docx"
        build(pages, tdocx)
        pdf = to_pdf(tdocx)
        found, npages, body0 = find_pages(pdf)
        if len(found) != len(DOCS):
            raise SystemExit(f"could not locate all documents in the PDF: {found}")
        if found == pages:
            break
        pages = found
    shutil.copy(tdocx, docx_path)
    shutil.copy(pdf, HERE / f"{STEM}.pdf")
    shutil.rmtree(tmp, ignore_errors=True)
    print("pages:", npages, "body starts at pdf page", body0 + 1, pages)

    docs = []
    for d in DOCS:
        clauses, spec = clause_list(d)
        docs.append({"meta": d["meta"], "clauses": clauses, "applies_to": {"specific": spec}})
    exp = {STEM: docs}
    (HERE / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=1), encoding="utf-8")
    print("documents:", len(docs), "clauses:", [len(x["clauses"]) for x in docs])


if __name__ == "__main__":
    main()
