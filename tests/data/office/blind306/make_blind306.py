# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 306: one issue of the (fictional) 岳阳市人民政府公报, 2026年第3期, made in Word
with one- and two-column sections and printed to PDF by LibreOffice, plus expected.json.

Run:  . /work/venv/bin/activate && python make_blind306.py
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
STEM = "blind306_yueyang_gongbao"
GAZ = "岳阳市人民政府公报"
ISSUE = "2026年第3期"
TOTAL = "总第219期"
ISSUE_DATE = "2026年3月25日"

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)

BODY_PT = 11
LINE_PT = 17.5

PAGE_W, PAGE_H = 184, 260
MARG_L = MARG_R = 19
TEXT_W_MM = PAGE_W - MARG_L - MARG_R          # 146 mm
COL_SPACE_TW = 454                            # 8 mm between columns
COL_W_MM = (TEXT_W_MM - 8) / 2                # 69 mm

# ---------------------------------------------------------------------------
# Content.  A document body is a list of blocks; expected.json's clauses are
# derived from the very same blocks.
#   ("p", text)              paragraph of content (a clause)
#   ("recip", text)          主送 (not a clause)
#   ("h1", text)             一、… heading alone on its line (not a clause)
#   ("h2", text)             （一）… heading alone on its line (not a clause)
#   ("runin", head, rest)    run-in heading + text (one clause)
#   ("chapter", text)        第一章 … (not a clause)
#   ("art", label, [paras])  article, paragraphs joined with \n (one clause)
#   ("art_soft", label, [lines])  article typed as ONE paragraph with soft line breaks
#   ("qa", q, [answer paras]) 问/答 pair (one clause, joined with \n)
#   ("day", label, text)     大事记 entry (one clause: label + "　" + text)
#   ("formula", text)        “经市人民政府研究决定：” (not a clause)
#   ("attnote", text)        附件说明 (not a clause)
#   ("sign", [lines])        落款 (not a clause)
#   ("public", text)         （此件公开发布）
#   ("att_head", text) / ("att_title", text)
#   ("table", header, rows, merge_cols, widths_mm)   each row a clause 列名：值；…
#   ("colbreak",)            manual column break
# ---------------------------------------------------------------------------

RECIP_CITY = "各县、市、区人民政府，岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区管委会，市直有关单位："
RECIP_LIST = ["各县、市、区人民政府", "岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区管委会", "市直有关单位"]

# ---- (1) 市政府文件: 通知 on 跨境电商 ---------------------------------------
T1_LINES = ["岳阳市人民政府", "关于加快跨境电子商务高质量发展的通知"]
T1 = "".join(T1_LINES)
NO1 = "岳政发〔2026〕3号"
ATT1 = "岳阳市跨境电子商务高质量发展重点任务分工表"
TAB1_HEAD = ("序号", "重点任务", "牵头单位", "配合单位", "完成时限")
TAB1_ROWS = [
    ("1", "引进培育跨境电商经营主体", "市商务局", "市招商合作事务中心，各县市区人民政府", "2026年起持续推进"),
    ("2", "开展“跨境电商+产业带”对接活动", "市商务局", "市工业和信息化局，各县市区人民政府", "每年12月底前"),
    ("3", "在城陵矶综合保税区推行1210保税进出口业务模式", "城陵矶新港区管委会", "岳阳海关，市商务局", "2026年6月底前"),
    ("4", "在岳阳片区开展跨境电商B2B出口便利化改革试点", "岳阳片区管委会", "岳阳海关，市商务局", "2026年6月底前"),
    ("5", "建设县域跨境电商产业园", "平江县、华容县、湘阴县人民政府", "市商务局，市自然资源和规划局", "2026年12月底前"),
    ("6", "加密外贸集装箱航线，开行跨境电商专列", "市交通运输局", "城陵矶新港区管委会，岳阳海关", "2026年12月底前"),
    ("7", "建设公共海外仓", "市商务局", "市财政局，市地方金融服务中心", "2028年12月底前"),
]

DOC1 = [
    ("recip", RECIP_CITY),
    ("p", "为深入落实国家和省关于促进跨境电子商务发展的决策部署，加快中国（岳阳）跨境电子商务综合试验区"
          "（以下简称综试区）建设，推动跨境电商与我市优势产业深度融合，助力内陆开放新高地建设，经市人民政府研究，"
          "现就有关事项通知如下："),
    ("h1", "一、发展目标"),
    ("p", "到2028年，全市跨境电商进出口额年均增长20%以上，力争突破150亿元；培育跨境电商年进出口额超亿元企业15家"
          "以上，建设市级以上跨境电商产业园8个以上、公共海外仓5个以上，跨境电商产业链从业人员达到2万人，综试区在"
          "全国考核评估中稳定进入第二档以上。"),
    ("h1", "二、重点任务"),
    ("runin", "（一）壮大跨境电商经营主体。",
     "实施跨境电商主体培育“百企千店”工程，引进国内外知名跨境电商平台、头部卖家在岳设立区域总部、结算中心和"
     "运营中心，支持本地外贸企业、生产企业通过跨境电商开拓国际市场。对新引进并在我市实现跨境电商进出口额达到"
     "规定规模的企业，按照本通知第三部分有关规定给予支持。"),
    ("runin", "（二）推动“跨境电商+产业带”融合发展。",
     "围绕工程机械配件、电子信息、食品加工、纺织服装、再生资源等优势产业，每年组织开展“跨境电商+产业带”对接"
     "活动不少于10场，推动产业带企业上线开店、打造自主品牌。鼓励各县市区结合本地产业特色培育特色产业带，如汨罗市"
     "的再生资源、临湘市的浮标钓具、平江县的休闲食品等。"),
    ("runin", "（三）做大城陵矶综合保税区跨境电商业务。",
     "在城陵矶综合保税区全面推行跨境电商网购保税进口和特殊区域出口（1210）业务模式，建设跨境电商进口商品"
     "展示交易中心和退货中心仓。对区内企业开展“保税备货+直播”业务的，优化查验和放行流程，实行“先入区、后报关”。"),
    ("runin", "（四）发挥自贸试验区岳阳片区先行先试作用。",
     "支持中国（湖南）自由贸易试验区岳阳片区开展跨境电商B2B出口（9710、9810）便利化改革试点，探索跨境电商出口"
     "“一次申报、分批出区”、海外仓货物退货入区等创新举措，每年形成跨境电商领域制度创新成果不少于3项。"),
    ("runin", "（五）建设县域跨境电商产业园。",
     "支持平江县、华容县、湘阴县各建设1个县域跨境电商产业园，完善运营孵化、直播选品、仓储物流等配套功能，"
     "2026年底前完成园区规划建设并投入运营。"),
    ("runin", "（六）完善跨境物流通道。",
     "依托城陵矶港口岸，加密岳阳至上海洋山、岳阳至东盟的外贸集装箱航线，推动中欧班列（岳阳）常态化开行"
     "跨境电商专列，支持企业开展“铁海联运+跨境电商”业务。积极争取开通岳阳三荷机场国际货运航线，拓展跨境电商"
     "航空物流通道。"),
    ("runin", "（七）布局海外仓网络。",
     "鼓励企业在共建“一带一路”国家和地区、《区域全面经济伙伴关系协定》（RCEP）成员国布局建设海外仓，重点在"
     "越南胡志明市、马来西亚吉隆坡、俄罗斯莫斯科、阿联酋迪拜等节点城市建设公共海外仓，为中小企业提供仓储、"
     "配送、退换货等一站式服务。"),
    ("h1", "三、政策支持"),
    ("runin", "（八）支持主体培育。",
     "对年度跨境电商进出口额首次突破1000万美元、5000万美元、1亿美元的企业，分别给予20万元、50万元、100万元一次性"
     "奖励。同一企业按照就高原则，不重复享受。"),
    ("runin", "（九）支持平台和载体建设。", "具体支持如下："),
    ("p", "1.对新认定的市级跨境电商产业园，给予园区运营主体一次性奖励50万元；获评省级跨境电商产业园的，再给予"
          "奖励50万元。"),
    ("p", "2.对经认定的公共海外仓，按照实际租赁或者购置的仓储面积，给予每平方米不超过100元的补助，单个海外仓每年"
          "补助最高不超过100万元，补助期限不超过3年。"),
    ("p", "3.对跨境电商企业租用城陵矶综合保税区内仓储设施开展网购保税进口业务的，按照实际租金的50%给予补贴，单个"
          "企业每年最高不超过30万元。"),
    ("runin", "（十）支持人才培养。",
     "支持湖南理工学院、岳阳职业技术学院等院校开设跨境电商相关专业，共建跨境电商实训基地；对新认定的市级跨境"
     "电商人才培训基地，给予一次性奖励20万元。"),
    ("h1", "四、保障措施"),
    ("runin", "（十一）加强组织领导。",
     "市跨境电商综试区建设工作领导小组统筹推进全市跨境电商发展工作，领导小组办公室设在市商务局，负责日常协调"
     "调度。各县市区要成立工作专班，制定年度工作计划，明确责任分工。"),
    ("runin", "（十二）强化资金保障。",
     "本通知所需资金从市级开放型经济发展专项资金中统筹安排，由市商务局会同市财政局制定申报指南，按年度组织申报。"
     "同一企业同一事项已享受市级其他同类政策的，按照“就高不重复”原则执行。"),
    ("runin", "（十三）抓好督促落实。",
     "市商务局要会同有关部门建立重点任务台账，实行月调度、季通报，各责任单位于每季度结束后10日内报送工作进展"
     "情况。重点任务分工见附件。"),
    ("p", "本通知自2026年3月1日起施行，有效期至2028年12月31日。《岳阳市人民政府关于促进跨境电子商务发展的若干意见》"
          "（岳政发〔2021〕8号）同时废止。"),
    ("attnote", "附件：" + ATT1),
    ("sign", ["岳阳市人民政府", "2026年2月12日"]),
    ("public", "（此件公开发布）"),
]
DOC1_ATT = [
    ("att_head", "附件"),
    ("att_title", ATT1),
    ("table", TAB1_HEAD, TAB1_ROWS, [2, 4], [12, 44, 30, 38, 22]),
]

# ---- (2) 市政府办公室文件: 印发通知 + 实施方案 --------------------------------
PLAN = "岳阳市深度融入共建“一带一路”建设内陆开放新高地实施方案（2026—2028年）"
T2_LINES = ["岳阳市人民政府办公室", "关于印发岳阳市深度融入共建“一带一路”", "建设内陆开放新高地实施方案", "（2026—2028年）的通知"]
T2 = "".join(T2_LINES)
NO2 = "岳政办发〔2026〕5号"
PLAN_LINES = ["岳阳市深度融入共建“一带一路”", "建设内陆开放新高地实施方案（2026—2028年）"]
TAB2_HEAD = ("指标名称", "2025年基数", "2028年目标")
TAB2_ROWS = [
    ("外贸进出口总额（亿元）", "765", "1000"),
    ("对共建“一带一路”国家进出口额占比（%）", "33", "40"),
    ("城陵矶港集装箱吞吐量（万标箱）", "95", "120"),
    ("实际使用外资（亿美元）", "3.2", "4.0"),
]

DOC2_NOTICE = [
    ("recip", RECIP_CITY),
    ("p", "《" + PLAN + "》已经市人民政府同意，现印发给你们，请结合实际认真组织实施。"),
    ("sign", ["岳阳市人民政府办公室", "2026年2月26日"]),
    ("public", "（此件公开发布）"),
]
DOC2_PLAN = [
    ("p", "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署和省委、省政府关于建设内陆开放"
          "新高地的工作要求，充分发挥我市通江达海、联通内外的区位优势，推动更高水平对外开放，结合我市实际，制定本方案。"),
    ("h1", "一、总体要求"),
    ("p", "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻"
          "新发展理念，以中国（湖南）自由贸易试验区岳阳片区、城陵矶综合保税区、中国（岳阳）跨境电子商务综合试验区"
          "等开放平台为依托，以畅通国际物流通道为先导，以深化经贸合作为重点，着力打造长江中游对外开放门户城市。"),
    ("p", "到2028年，全市开放型经济规模和质量明显提升，外贸进出口总额突破1000亿元，对共建“一带一路”国家进出口额"
          "占比达到40%，新增境外投资企业30家以上。主要指标如下："),
    ("table", TAB2_HEAD, TAB2_ROWS, [], [33, 17, 17]),
    ("h1", "二、重点任务"),
    ("h2", "（一）畅通国际物流大通道"),
    ("runin", "1.提升江海联运能级。",
     "推进城陵矶港区三期扩建和松阳湖铁路专用线建设，优化“岳阳—上海”“岳阳—东盟”江海直达航线，力争到2028年"
     "开通近洋直航航线3条以上，外贸集装箱航线每周达到30班。"),
    ("runin", "2.发展中欧班列和铁海联运。",
     "支持在岳阳经济技术开发区建设中欧班列（岳阳）集结中心，完善集装箱堆场、海关监管作业场所等设施，常态化开行"
     "至俄罗斯莫斯科、哈萨克斯坦阿拉木图的国际班列，开通至广西钦州港的铁海联运班列。"),
    ("runin", "3.拓展航空物流。",
     "支持岳阳三荷机场开展国际货运业务，加快推进航空口岸申报工作，培育“空运+跨境电商”物流模式，到2028年开通"
     "国际货运航线2条以上。"),
    ("h2", "（二）提升开放平台能级"),
    ("runin", "4.推动岳阳片区制度创新。",
     "支持中国（湖南）自由贸易试验区岳阳片区对标国际高标准经贸规则，在航运物流、贸易便利化、投资自由化等领域"
     "每年形成制度创新成果不少于10项，争取更多省级经济社会管理权限下放至片区。"),
    ("runin", "5.提升综合保税区发展水平。",
     "推动城陵矶综合保税区发展保税研发、保税维修、保税展示交易等新业态，具体措施包括："),
    ("p", "（1）支持区内企业开展工程机械、电子产品全球保税维修业务，对新开展保税维修业务的企业给予一次性奖励10万元；"),
    ("p", "（2）推动区内企业开展“保税+期货交割”业务，争取有色金属期货指定交割仓库落地。"),
    ("runin", "6.建设自贸试验区联动创新区。",
     "支持汨罗市、临湘市申建中国（湖南）自由贸易试验区联动创新区，复制推广自贸试验区改革试点经验，联动创新区内"
     "企业享受与片区同等的市级支持政策。"),
    ("h2", "（三）深化“一带一路”经贸合作"),
    ("runin", "7.开拓新兴市场。",
     "实施“岳品出海”行动，每年组织企业参加中国进出口商品交易会、中国—东盟博览会及境外重点展会不少于30场次，"
     "对参展企业给予展位费70%的补助。"),
    ("runin", "8.推动优势产能“走出去”。",
     "支持工程机械、食品加工、纺织服装等优势企业在东南亚、中亚等地区开展境外投资，建设境外生产基地和营销网络，"
     "对中方协议投资额超过500万美元的项目给予一次性奖励。"),
    ("runin", "9.扩大特色农产品出口。",
     "支持屈原管理区、华容县建设出口农产品质量安全示范区，推动君山银针黄茶、华容芥菜、小龙虾等特色农产品开拓"
     "东盟、日韩市场。"),
    ("h1", "三、保障措施"),
    ("runin", "（一）加强组织领导。",
     "充分发挥市开放型经济工作领导小组作用，统筹推进各项任务落实，领导小组办公室设在市商务局。各县市区、各有关"
     "单位要细化工作举措，明确时间节点。"),
    ("runin", "（二）强化要素保障。",
     "市财政每年统筹安排开放型经济发展专项资金，重点支持物流通道、开放平台和市场开拓。优先保障重大开放项目"
     "用地、用能需求。"),
    ("runin", "（三）优化口岸营商环境。",
     "深化国际贸易“单一窗口”建设，推广“提前申报”“两步申报”等通关模式，进一步压缩进出口货物整体通关时间，"
     "规范口岸收费。"),
    ("runin", "（四）强化督导考核。",
     "将本方案任务落实情况纳入县市区和市直单位年度绩效考核，市商务局每半年向市人民政府报告一次工作进展。"),
]

# ---- (3) 部门文件: 市商务局 规范性文件 -------------------------------------
RULE = "岳阳市跨境电子商务示范企业认定和管理办法"
T3_LINES = ["岳阳市商务局关于印发《岳阳市跨境电子商务", "示范企业认定和管理办法》的通知"]
T3 = "".join(T3_LINES)
NO3 = "岳商务规〔2026〕1号"
REG3 = "登记号：YYCR—2026—01003"
DOC3_NOTICE = [
    ("recip", "各县、市、区商务主管部门，各功能区经济发展部门，各有关企业："),
    ("p", "为培育壮大跨境电子商务经营主体，发挥示范企业引领带动作用，我局制定了《" + RULE + "》，现印发给你们，"
          "请遵照执行。"),
    ("sign", ["岳阳市商务局", "2026年3月5日"]),
]
_RULE_SRC = [
    ("chapter", "第一章　总　　则"),
    ["为培育壮大跨境电子商务经营主体，发挥示范引领作用，推动中国（岳阳）跨境电子商务综合试验区高质量发展，根据"
     "《岳阳市人民政府关于加快跨境电子商务高质量发展的通知》（岳政发〔2026〕3号）等文件精神，结合本市实际，"
     "制定本办法。"],
    ["本办法所称跨境电子商务示范企业（以下简称示范企业），是指在本市依法注册登记，从事跨境电子商务进出口业务"
     "或者提供跨境电子商务平台、物流、支付、海外仓等服务，经营规范、示范带动作用明显，并经市商务局按照本办法"
     "认定的企业。"],
    ["示范企业认定遵循公开、公平、公正原则，实行企业自愿申报、县级推荐、专家评审、社会公示、动态管理。"],
    ["市商务局负责示范企业认定和管理工作，会同市财政局、岳阳海关、市税务局等部门建立联审机制。",
     "各县市区商务主管部门负责本辖区企业的申报组织、初审推荐和日常服务。"],
    ("chapter", "第二章　认定条件"),
    ["申报示范企业应当同时具备下列条件：",
     "（一）在本市注册，具有独立法人资格，注册满1年；",
     "（二）近两年无严重失信记录，未发生重大安全生产、环境污染和产品质量事故；",
     "（三）上一年度跨境电子商务进出口额不低于1000万元人民币，或者为本市跨境电子商务企业提供服务的营业收入"
     "不低于500万元人民币；",
     "（四）建立完善的跨境电子商务交易、物流、支付数据管理制度。",
     "拥有自主品牌或者在境外注册商标的企业，同等条件下优先认定。"],
    ["在中国（湖南）自由贸易试验区岳阳片区、城陵矶综合保税区内注册的企业申报示范企业的，第五条第一款第（三）项"
     "规定的进出口额标准降低为500万元人民币。"],
    ["平江县、华容县、湘阴县、岳阳县的企业申报示范企业的，第五条第一款第（一）项规定的注册年限放宽至6个月，"
     "第（三）项规定的进出口额标准降低为300万元人民币。"],
    ("chapter", "第三章　认定程序"),
    ["市商务局原则上每年组织一次示范企业认定工作，具体时间和要求以当年申报通知为准。"],
    ("soft", ["申报企业应当向注册地县市区商务主管部门提交下列材料：",
              "（一）示范企业申报表；",
              "（二）营业执照复印件；",
              "（三）上一年度跨境电子商务进出口额证明材料，包括海关统计数据、平台交易数据等；",
              "（四）信用承诺书。"]),
    ["县市区商务主管部门应当自收到申报材料之日起10个工作日内完成初审，并将符合条件的企业推荐至市商务局。",
     "市商务局组织专家进行评审，根据评审结果提出拟认定名单，在市商务局门户网站公示5个工作日。公示无异议的，由"
     "市商务局发文认定并授牌。"],
    ("chapter", "第四章　支持措施"),
    ["对新认定的示范企业，给予一次性奖励10万元；复核合格且上一年度跨境电子商务进出口额增长30%以上的，再给予"
     "奖励5万元。奖励资金从市级开放型经济发展专项资金中列支。"],
    ["示范企业优先推荐申报省级跨境电子商务示范企业、省级外贸综合服务企业，优先享受跨境电商产业园租金减免、人才"
     "培训、境外展会补助等政策。"],
    ["支持示范企业在共建“一带一路”国家和地区建设海外仓。示范企业自建或者租用的海外仓面积超过2000平方米的，"
     "优先纳入公共海外仓认定范围。"],
    ("chapter", "第五章　监督管理"),
    ["示范企业认定有效期3年。市商务局每年对示范企业开展复核，复核不合格的，责令限期整改；整改后仍不合格的，"
     "撤销认定。"],
    ["示范企业有下列情形之一的，由市商务局撤销其认定，3年内不得再次申报；已获得奖励资金的，依法予以追回：",
     "（一）以弄虚作假等不正当手段取得认定的；",
     "（二）发生严重违法失信行为的；",
     "（三）发生重大安全生产、产品质量事故的。"],
    ["示范企业名称、注册地址、经营范围等发生变更的，应当自变更之日起30日内向市商务局报告。"],
    ("chapter", "第六章　附　　则"),
    ["本办法由市商务局负责解释。"],
    ["本办法自2026年4月5日起施行，有效期5年。《岳阳市跨境电子商务示范企业认定办法（试行）》"
     "（岳商务发〔2022〕12号）同时废止。"],
]


def cn_num(n):
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def number_articles(src):
    out, n = [], 0
    for item in src:
        if isinstance(item, tuple) and item[0] == "chapter":
            out.append(item)
        elif isinstance(item, tuple) and item[0] == "soft":
            n += 1
            out.append(("art_soft", "第" + cn_num(n) + "条", item[1]))
        else:
            n += 1
            out.append(("art", "第" + cn_num(n) + "条", item))
    return out


DOC3_RULE = number_articles(_RULE_SRC)

# ---- (4) 政策解读 ------------------------------------------------------------
T4_LINES = ["《岳阳市深度融入共建“一带一路”建设内陆开放", "新高地实施方案（2026—2028年）》政策解读"]
T4 = "".join(T4_LINES)
DOC4 = [
    ("qa", "问：《实施方案》出台的背景是什么？",
     ["答：岳阳是湖南唯一的临江口岸城市，拥有城陵矶港国家一类水运口岸、城陵矶综合保税区和自贸试验区岳阳片区等"
      "开放平台。2025年全市外贸进出口总额765亿元，但与共建“一带一路”国家的经贸往来仍有较大提升空间。为抢抓"
      "共建“一带一路”高质量发展机遇，市人民政府办公室印发了《实施方案》，对今后三年全市对外开放工作作出系统部署。"]),
    ("qa", "问：《实施方案》提出了哪些主要目标？",
     ["答：《实施方案》提出，到2028年全市外贸进出口总额突破1000亿元，对共建“一带一路”国家进出口额占比由33%"
      "提高到40%，城陵矶港集装箱吞吐量达到120万标箱，实际使用外资达到4亿美元，新增境外投资企业30家以上。"]),
    ("qa", "问：在畅通国际物流通道方面有哪些具体举措？",
     ["答：主要有三个方面：一是提升江海联运能级，优化江海直达航线，力争开通近洋直航航线3条以上；二是发展中欧"
      "班列和铁海联运，建设中欧班列（岳阳）集结中心；三是拓展航空物流，加快推进航空口岸申报工作。"]),
    ("qa", "问：对岳阳片区和城陵矶综合保税区有哪些支持措施？",
     ["答：对岳阳片区，《实施方案》要求对标国际高标准经贸规则，每年形成制度创新成果不少于10项，并争取更多省级"
      "管理权限下放至片区。对城陵矶综合保税区，重点发展保税研发、保税维修、保税展示交易等新业态，对新开展保税"
      "维修业务的企业给予一次性奖励10万元。",
      "此外，支持汨罗市、临湘市申建自贸试验区联动创新区，区内企业享受与片区同等的市级支持政策。"]),
    ("qa", "问：企业如何申请参展补助等支持政策？",
     ["答：市商务局将会同市财政局制定年度申报指南，在市商务局门户网站发布。企业按照申报指南要求，向注册地"
      "县市区商务主管部门提交申请，经审核后拨付资金。"]),
    ("qa", "问：如何确保《实施方案》落地见效？",
     ["答：一是加强组织领导，由市开放型经济工作领导小组统筹推进；二是强化要素保障，市财政每年统筹安排专项资金；"
      "三是强化督导考核，将任务落实情况纳入年度绩效考核，市商务局每半年向市人民政府报告一次工作进展。"]),
    ("sign", ["岳阳市商务局", "2026年3月2日"]),
]

# ---- (5) 人事任免 ------------------------------------------------------------
T5 = "岳阳市人民政府关于周卫东等同志职务任免的通知"
NO5 = "岳政任〔2026〕2号"
DOC5 = [
    ("recip", "各县、市、区人民政府，岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区管委会，市直各单位："),
    ("formula", "经市人民政府研究决定："),
    ("p", "任命周卫东为岳阳市商务局副局长；"),
    ("p", "任命刘思琪为中国（湖南）自由贸易试验区岳阳片区管理委员会副主任（试用期一年）；"),
    ("p", "任命黄志刚为岳阳市口岸和物流服务中心主任；"),
    ("p", "免去李国栋的岳阳市口岸和物流服务中心主任职务；"),
    ("p", "免去陈立新的岳阳市商务局副局长职务，另有任用。"),
    ("sign", ["岳阳市人民政府", "2026年2月20日"]),
]

# ---- (6) 大事记 --------------------------------------------------------------
T6 = "岳阳市人民政府大事记"
T6_SUB = "（2026年2月）"
DOC6 = [
    ("day", "1日", "全市开放型经济工作会议召开，总结2025年全市开放型经济工作，部署2026年重点任务。副市长吴海峰出席"
                   "并讲话。"),
    ("day", "3日", "城陵矶港至越南海防港江海直达航线首航仪式在城陵矶港区举行，标志着我市对东盟直航航线实现新突破。"),
    ("day", "5日", "市人民政府召开第48次常务会议，审议《岳阳市人民政府关于加快跨境电子商务高质量发展的通知》"
                   "（送审稿），研究部署春节后企业复工复产工作。"),
    ("day", "9日", "市长赵立群赴城陵矶综合保税区调研，实地察看跨境电商进口商品展示交易中心建设进展，要求加快项目"
                   "建设进度。"),
    ("day", "12日", "我市与湖南省贸促会签署战略合作协议，双方将在境外展会组织、商事法律服务等方面加强合作。"),
    ("day", "16日", "市人民政府与中国铁路广州局集团有限公司座谈，就中欧班列（岳阳）集结中心建设和班列常态化开行"
                    "进行对接。"),
    ("day", "20日", "全市外贸企业“春季攻势”动员会召开，发布2026年“岳品出海”重点展会计划，共安排境外展会32场次。"),
    ("day", "24日", "市人民政府召开第49次常务会议，审议《岳阳市深度融入共建“一带一路”建设内陆开放新高地实施方案"
                    "（2026—2028年）》（送审稿）。"),
    ("day", "26日", "中欧班列（岳阳—莫斯科）2026年首趟跨境电商专列从城陵矶站发车，装载工程机械配件、家居用品等"
                    "货物共50个标箱。"),
    ("day", "28日", "省商务厅通报2025年度全省开放型经济考核结果，我市位列全省第三位。"),
]

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


def fmt(p, align=None, first_indent=None, left=None, right=None, before=0, after=0, line=LINE_PT, keep_next=False):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = Pt(line)
    if keep_next:
        pf.keep_with_next = True
    ppr = p._p.get_or_add_pPr()
    sg = OxmlElement("w:snapToGrid")
    sg.set(qn("w:val"), "0")
    ppr.append(sg)
    return p


def border(p, side="bottom", color="000000", sz=8, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement(f"w:{side}")
    b.set(qn("w:val"), val)
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def set_cols(section, num, sep=False):
    sp = section._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sp.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(COL_SPACE_TW))
    cols.set(qn("w:equalWidth"), "1")
    if sep:
        cols.set(qn("w:sep"), "1")
    elif cols.get(qn("w:sep")) is not None:
        del cols.attrib[qn("w:sep")]


def set_pgnum_start(section, start):
    sp = section._sectPr
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), str(start))
    sp.find(qn("w:cols")).addprevious(pg)


def add_field(paragraph, instr, font, size):
    def run():
        r = paragraph.add_run()
        set_run_font(r, font, size)
        return r
    r = run(); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), "begin"); r._element.append(f)
    r = run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    r._element.append(it)
    r = run(); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), "separate"); r._element.append(f)
    r = paragraph.add_run("1"); set_run_font(r, font, size)
    r = run(); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), "end"); r._element.append(f)


def geometry(section):
    section.page_width = Mm(PAGE_W)
    section.page_height = Mm(PAGE_H)
    section.top_margin = Mm(24)
    section.bottom_margin = Mm(21)
    section.left_margin = Mm(MARG_L)
    section.right_margin = Mm(MARG_R)
    section.header_distance = Mm(12)
    section.footer_distance = Mm(10)


class Builder:
    def __init__(self):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.font.size = Pt(BODY_PT)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
        self.doc.settings.odd_and_even_pages_header_footer = True
        self.first = True

    def new_section(self, cols, start, sep=False):
        if self.first:
            s = self.doc.sections[0]
            self.first = False
        else:
            s = self.doc.add_section(start)
            for pg in s._sectPr.findall(qn("w:pgNumType")):
                s._sectPr.remove(pg)
        geometry(s)
        set_cols(s, cols, sep)
        return s

    def para(self, text="", font=FS, size=BODY_PT, bold=False, color=None, **kw):
        p = self.doc.add_paragraph()
        fmt(p, **kw)
        if text:
            r = p.add_run(text)
            set_run_font(r, font, size, bold, color)
        return p

    # ---- cover with 目录 ------------------------------------------------
    def cover(self, pages):
        self.new_section(1, WD_SECTION.NEW_PAGE)
        self.para("岳阳市人民政府公报", XBS, 36, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, before=10, line=48)
        self.para("YUEYANG SHI RENMIN ZHENGFU GONGBAO", "Times New Roman", 9, color=RED,
                  align=WD_ALIGN_PARAGRAPH.CENTER, line=14, after=4)
        p = self.para("", align=WD_ALIGN_PARAGRAPH.CENTER, line=20)
        r = p.add_run(f"{ISSUE}（{TOTAL}）")
        set_run_font(r, HEI, 12)
        p = self.para(f"岳阳市人民政府办公室主办　　　　{ISSUE_DATE}出版", SONG, 9.5,
                      align=WD_ALIGN_PARAGRAPH.CENTER, line=16, after=2)
        border(p, "bottom", "E60012", 18, 4)
        self.para("目　　录", HEI, 16, align=WD_ALIGN_PARAGRAPH.CENTER, before=12, after=8, line=24)
        toc = [
            ("sec", "【市政府文件】"),
            ("entry", T1 + "（" + NO1 + "）", pages[0]),
            ("sec", "【市政府办公室文件】"),
            ("entry", T2 + "（" + NO2 + "）", pages[1]),
            ("sec", "【部门文件】"),
            ("entry", T3 + "（" + NO3 + "）", pages[2]),
            ("sec", "【政策解读】"),
            ("entry", T4, pages[3]),
            ("sec", "【人事任免】"),
            ("entry", T5 + "（" + NO5 + "）", pages[4]),
            ("sec", "【市政府大事记】"),
            ("entry", T6 + T6_SUB, pages[5]),
        ]
        tw = Mm(TEXT_W_MM).pt
        for kind, text, *rest in toc:
            if kind == "sec":
                self.para(text, HEI, 12, before=8, after=3, line=20)
                continue
            p = self.doc.add_paragraph()
            fmt(p, left=24, first_indent=0, right=0, line=19, after=3)
            p.paragraph_format.tab_stops.add_tab_stop(Pt(tw - 1), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            r = p.add_run(text)
            set_run_font(r, SONG, 10.5)
            r = p.add_run("\t" + str(rest[0]))
            set_run_font(r, SONG, 10.5)
        p = self.para("", before=26, line=12)
        border(p, "bottom", "000000", 4, 1)
        for ln in ["主管主办：岳阳市人民政府办公室　　编辑出版：《岳阳市人民政府公报》编辑部",
                   "地址：岳阳市岳阳楼区金鹗中路　　邮编：414000　　准印证号：湘岳内资准字（2026）第003号",
                   "本公报刊登的文件与正式文件具有同等效力"]:
            self.para(ln, SONG, 8.5, align=WD_ALIGN_PARAGRAPH.CENTER, line=14)

    # ---- running heads and page numbers -----------------------------------
    def heads(self, section):
        tw = Mm(TEXT_W_MM).pt
        for hdr, left, right in ((section.header, ISSUE, GAZ), (section.even_page_header, GAZ, ISSUE)):
            hdr.is_linked_to_previous = False
            hp = hdr.paragraphs[0]
            fmt(hp, line=14)
            for pos in (4680, 9360):      # the Header style's centre/right tabs (Twips)
                hp.paragraph_format.tab_stops.add_tab_stop(Twips(pos), WD_TAB_ALIGNMENT.CLEAR)
            hp.paragraph_format.tab_stops.add_tab_stop(Pt(tw), WD_TAB_ALIGNMENT.RIGHT)
            r = hp.add_run(left); set_run_font(r, KAI, 9.5)
            r = hp.add_run("\t" + right); set_run_font(r, KAI, 9.5)
            border(hp, "bottom", "E60012", 8, 2)
        for ftr, align in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT), (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
            ftr.is_linked_to_previous = False
            fp = ftr.paragraphs[0]
            fmt(fp, align=align, line=14)
            r = fp.add_run("— "); set_run_font(r, SONG, 10.5)
            add_field(fp, "PAGE", SONG, 10.5)
            r = fp.add_run(" —"); set_run_font(r, SONG, 10.5)

    # ---- pieces -------------------------------------------------------------
    def banner(self, name):
        p = self.para("", before=2, after=10, line=24)
        r = p.add_run(name)
        set_run_font(r, HEI, 15, color=RED)
        border(p, "bottom", "E60012", 12, 2)

    def title(self, lines, before=4, size=17):
        p = self.para("", align=WD_ALIGN_PARAGRAPH.CENTER, before=before, after=6, line=size * 1.55, keep_next=True)
        for i, ln in enumerate(lines):
            if i:
                p.add_run().add_break(WD_BREAK.LINE)
            r = p.add_run(ln)
            set_run_font(r, XBS, size)
        return p

    def docno(self, text, after=8):
        self.para(text, FS, BODY_PT + 0.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=after, line=20, keep_next=True)

    def body(self, blocks):
        ind = 2 * BODY_PT
        for b in blocks:
            k = b[0]
            if k == "p":
                self.para(b[1], FS, BODY_PT, first_indent=ind, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            elif k == "recip":
                self.para(b[1], FS, BODY_PT, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=2)
            elif k == "formula":
                self.para(b[1], FS, BODY_PT, first_indent=ind)
            elif k == "h1":
                self.para(b[1], HEI, BODY_PT, first_indent=ind, before=3, after=1, keep_next=True)
            elif k == "h2":
                self.para(b[1], KAI, BODY_PT, bold=True, first_indent=ind, keep_next=True)
            elif k == "runin":
                p = self.para("", first_indent=ind, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                head_font = KAI if b[1].startswith("（") else FS
                r = p.add_run(b[1]); set_run_font(r, head_font, BODY_PT, bold=True)
                r = p.add_run(b[2]); set_run_font(r, FS, BODY_PT)
            elif k == "chapter":
                self.para(b[1], HEI, BODY_PT, align=WD_ALIGN_PARAGRAPH.CENTER, before=5, after=3, keep_next=True)
            elif k == "art":
                for i, t in enumerate(b[2]):
                    p = self.para("", first_indent=ind, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                    if i == 0:
                        r = p.add_run(b[1]); set_run_font(r, HEI, BODY_PT)
                        r = p.add_run("　" + t); set_run_font(r, FS, BODY_PT)
                    else:
                        r = p.add_run(t); set_run_font(r, FS, BODY_PT)
            elif k == "art_soft":
                p = self.para("", first_indent=ind, align=WD_ALIGN_PARAGRAPH.LEFT)
                r = p.add_run(b[1]); set_run_font(r, HEI, BODY_PT)
                for i, t in enumerate(b[2]):
                    if i == 0:
                        r = p.add_run("　" + t)
                    else:
                        p.add_run().add_break(WD_BREAK.LINE)
                        r = p.add_run("　　" + t)        # typed indent after the soft break
                    set_run_font(r, FS, BODY_PT)
            elif k == "qa":
                p = self.para("", first_indent=ind, align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=3, keep_next=True)
                r = p.add_run(b[1]); set_run_font(r, HEI, BODY_PT)
                for i, t in enumerate(b[2]):
                    p = self.para("", first_indent=ind, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
                    if i == 0 and t.startswith("答："):
                        r = p.add_run("答："); set_run_font(r, HEI, BODY_PT)
                        r = p.add_run(t[2:]); set_run_font(r, FS, BODY_PT)
                    else:
                        r = p.add_run(t); set_run_font(r, FS, BODY_PT)
            elif k == "day":
                p = self.para("", first_indent=ind, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=2)
                r = p.add_run(b[1]); set_run_font(r, HEI, BODY_PT)
                r = p.add_run("　" + b[2]); set_run_font(r, FS, BODY_PT)
            elif k == "attnote":
                self.para(b[1], FS, BODY_PT, first_indent=ind, before=8, after=2)
            elif k == "sign":
                for i, ln in enumerate(b[1]):
                    self.para(ln, FS, BODY_PT, align=WD_ALIGN_PARAGRAPH.RIGHT, right=BODY_PT * 2,
                              before=12 if i == 0 else 0)
            elif k == "public":
                self.para(b[1], FS, BODY_PT, first_indent=ind, before=6, after=6)
            elif k == "att_head":
                self.para(b[1], HEI, BODY_PT + 1, before=6, after=2, keep_next=True)
            elif k == "att_title":
                self.para(b[1], XBS, 14, align=WD_ALIGN_PARAGRAPH.CENTER, before=2, after=8, line=22, keep_next=True)
            elif k == "table":
                self.table(*b[1:])
            elif k == "colbreak":
                p = self.para("", line=LINE_PT)
                p.add_run().add_break(WD_BREAK.COLUMN)
            else:
                raise ValueError(k)

    def table(self, header, rows, merge_cols, widths_mm):
        size = 9.5
        t = self.doc.add_table(rows=len(rows) + 1, cols=len(header))
        t.style = self.doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = [Mm(w) for w in widths_mm]
        tblpr = t._tbl.tblPr
        lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblpr.append(lay)
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w.twips)))
        tw = tblpr.find(qn("w:tblW")); tw.set(qn("w:type"), "dxa"); tw.set(qn("w:w"), str(int(sum(w.twips for w in widths))))

        def put(cell, text, font, center=True):
            p = cell.paragraphs[0]
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT, line=14)
            r = p.add_run(text); set_run_font(r, font, size)

        for ci, h in enumerate(header):
            c = t.cell(0, ci); c.width = widths[ci]
            put(c, h, HEI)
        trpr = t.rows[0]._tr.get_or_add_trPr()
        th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trpr.append(th)
        for ri, row in enumerate(rows, start=1):
            for ci, v in enumerate(row):
                c = t.cell(ri, ci); c.width = widths[ci]
                c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                if ci in merge_cols:
                    continue
                put(c, v, FS, center=(ci != 1 or len(header) < 4) and len(v) < 12)
        for mc in merge_cols:
            ri = 1
            while ri <= len(rows):
                rj = ri
                while rj + 1 <= len(rows) and rows[rj][mc] == rows[ri - 1][mc]:
                    rj += 1
                cell = t.cell(ri, mc)
                if rj > ri:
                    cell = cell.merge(t.cell(rj, mc))
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                put(cell, rows[ri - 1][mc], FS)
                for extra in cell.paragraphs[1:]:
                    extra._p.getparent().remove(extra._p)
                ri = rj + 1
        self.para("", line=8)

    # ---- the issue ----------------------------------------------------------
    def build(self, pages):
        self.cover(pages)

        # 【市政府文件】 starts printed page 1
        s = self.new_section(1, WD_SECTION.NEW_PAGE)
        set_pgnum_start(s, 1)
        self.heads(s)
        self.banner("市政府文件")
        self.title(T1_LINES)
        self.docno(NO1)
        self.new_section(2, WD_SECTION.CONTINUOUS, sep=True)
        self.body(DOC1)
        self.new_section(1, WD_SECTION.CONTINUOUS)
        self.body(DOC1_ATT)

        # 【市政府办公室文件】 new page: notice in one column, the 方案 runs on
        self.new_section(1, WD_SECTION.NEW_PAGE)
        self.banner("市政府办公室文件")
        self.title(T2_LINES)
        self.docno(NO2)
        self.body(DOC2_NOTICE)
        self.title(PLAN_LINES, before=14, size=15)
        self.new_section(2, WD_SECTION.CONTINUOUS, sep=True)
        self.body(DOC2_PLAN)

        # 【部门文件】 new page
        self.new_section(1, WD_SECTION.NEW_PAGE)
        self.banner("部门文件")
        self.para(REG3, KAI, 10.5, after=2, line=18)
        self.title(T3_LINES)
        self.docno(NO3)
        self.body(DOC3_NOTICE)
        self.title([RULE], before=14, size=15)
        self.new_section(2, WD_SECTION.CONTINUOUS, sep=True)
        self.body(DOC3_RULE)

        # 【政策解读】 runs on under the 办法
        self.new_section(1, WD_SECTION.CONTINUOUS)
        self.para("", line=10)
        self.banner("政策解读")
        self.title(T4_LINES, size=15)
        self.new_section(2, WD_SECTION.CONTINUOUS, sep=True)
        self.body(DOC4)

        # 【人事任免】 runs on, one column
        self.new_section(1, WD_SECTION.CONTINUOUS)
        self.para("", line=10)
        self.banner("人事任免")
        self.title([T5], size=15)
        self.docno(NO5)
        self.body(DOC5)

        # 【市政府大事记】 new page, two columns
        self.new_section(1, WD_SECTION.NEW_PAGE)
        self.banner("市政府大事记")
        self.title([T6], size=15, before=2)
        self.para(T6_SUB, KAI, BODY_PT + 1, align=WD_ALIGN_PARAGRAPH.CENTER, after=6, line=20)
        self.new_section(2, WD_SECTION.CONTINUOUS, sep=True)
        self.body(DOC6)
        return self.doc


# ---------------------------------------------------------------------------
# expected.json
# ---------------------------------------------------------------------------

def row_clause(header, row):
    return "；".join(f"{h}：{v}" for h, v in zip(header, row))


def clauses_of(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(b[1])
        elif k == "runin":
            out.append(b[1] + b[2])
        elif k in ("art", "art_soft"):
            out.append(b[1] + "　" + "\n".join(b[2]))
        elif k == "qa":
            out.append(b[1] + "\n" + "\n".join(b[2]))
        elif k == "day":
            out.append(b[1] + "　" + b[2])
        elif k == "table":
            out.extend(row_clause(b[1], r) for r in b[2])
    return out


def key_for(clauses, needle, n=20):
    """The clause's first n characters (at least 15) for applies_to, checked to be unique."""
    hits = [c for c in clauses if needle in c]
    assert len(hits) == 1, (needle, hits)
    key = hits[0][:n]
    assert sum(c.startswith(key) for c in clauses) == 1, key
    return key


YY_PQ = "中国（湖南）自由贸易试验区岳阳片区"
ZBQ = "城陵矶综合保税区"


def expected():
    c1 = clauses_of(DOC1) + clauses_of(DOC1_ATT)
    c2 = clauses_of(DOC2_NOTICE) + clauses_of(DOC2_PLAN)
    c3 = clauses_of(DOC3_NOTICE) + clauses_of(DOC3_RULE)
    c4 = clauses_of(DOC4)
    c5 = clauses_of(DOC5)
    c6 = clauses_of(DOC6)
    city = "岳阳市"
    docs = [
        {"meta": {"title": T1, "doc_number": NO1, "issuer": ["岳阳市人民政府"], "date": "2026-02-12",
                  "published": None, "level": "municipal", "region": city,
                  "effective": "2026-03-01", "expires": "2028-12-31", "attachments": [ATT1],
                  "doc_type": "通知", "recipients": RECIP_LIST, "publicity": "此件公开发布",
                  "repeals": "《岳阳市人民政府关于促进跨境电子商务发展的若干意见》（岳政发〔2021〕8号）"},
         "policy": True,
         "clauses": c1,
         "applies_to": {"specific": {
             key_for(c1, "（三）做大城陵矶综合保税区"): [ZBQ],
             key_for(c1, "（四）发挥自贸试验区岳阳片区"): [YY_PQ],
             key_for(c1, "（五）建设县域跨境电商产业园。"): ["平江县", "华容县", "湘阴县"],
             key_for(c1, "3.对跨境电商企业租用城陵矶"): [ZBQ],
             key_for(c1, "序号：3；"): [ZBQ],
             key_for(c1, "序号：4；"): [YY_PQ],
             key_for(c1, "序号：5；"): ["平江县", "华容县", "湘阴县"],
         }}},
        {"meta": {"title": T2, "doc_number": NO2, "issuer": ["岳阳市人民政府办公室"], "date": "2026-02-26",
                  "published": None, "level": "municipal", "region": city,
                  "effective": None, "expires": None, "attachments": [PLAN],
                  "doc_type": "通知", "recipients": RECIP_LIST, "publicity": "此件公开发布", "repeals": None},
         "policy": True,
         "clauses": c2,
         "applies_to": {"specific": {
             key_for(c2, "2.发展中欧班列和铁海联运。"): ["岳阳经济技术开发区"],
             key_for(c2, "4.推动岳阳片区制度创新。"): [YY_PQ],
             key_for(c2, "5.提升综合保税区发展水平。"): [ZBQ],
             key_for(c2, "（1）支持区内企业开展工程机械"): [ZBQ],
             key_for(c2, "（2）推动区内企业开展"): [ZBQ],
             key_for(c2, "6.建设自贸试验区联动创新区。"): ["汨罗市", "临湘市"],
             key_for(c2, "9.扩大特色农产品出口。"): ["屈原管理区", "华容县"],
         }}},
        {"meta": {"title": T3, "doc_number": NO3, "issuer": ["岳阳市商务局"], "date": "2026-03-05",
                  "published": None, "level": "municipal", "region": city,
                  "effective": "2026-04-05", "expires": "2031-04-04", "attachments": [RULE],
                  "doc_type": "通知（规范性文件）",
                  "recipients": ["各县、市、区商务主管部门", "各功能区经济发展部门", "各有关企业"],
                  "publicity": None,
                  "repeals": "《岳阳市跨境电子商务示范企业认定办法（试行）》（岳商务发〔2022〕12号）"},
         "policy": True,
         "clauses": c3,
         "applies_to": {"specific": {
             key_for(c3, "第六条　在中国（湖南）"): [YY_PQ, ZBQ],
             key_for(c3, "第七条　平江县"): ["平江县", "华容县", "湘阴县", "岳阳县"],
         }}},
        {"meta": {"title": T4, "doc_number": None, "issuer": ["岳阳市商务局"], "date": "2026-03-02",
                  "published": None, "level": "municipal", "region": city,
                  "effective": None, "expires": None, "attachments": [],
                  "doc_type": "政策解读", "recipients": [], "publicity": None, "repeals": None},
         "policy": True,
         "clauses": c4,
         "applies_to": {"specific": {
             key_for(c4, "问：对岳阳片区和城陵矶综合保税区"): [YY_PQ, ZBQ, "汨罗市", "临湘市"],
         }}},
        {"meta": {"title": T5, "doc_number": NO5, "issuer": ["岳阳市人民政府"], "date": "2026-02-20",
                  "published": None, "level": "municipal", "region": city,
                  "effective": None, "expires": None, "attachments": [],
                  "doc_type": "人事任免", "recipients": [
                      "各县、市、区人民政府", "岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区管委会",
                      "市直各单位"],
                  "publicity": None, "repeals": None},
         "policy": False,
         "clauses": c5,
         "applies_to": {"specific": {}}},
        {"meta": {"title": T6 + T6_SUB, "doc_number": None, "issuer": [], "date": None,
                  "published": None, "level": "municipal", "region": city,
                  "effective": None, "expires": None, "attachments": [],
                  "doc_type": "大事记", "recipients": [], "publicity": None, "repeals": None},
         "policy": False,
         "clauses": c6,
         "applies_to": {"specific": {}}},
    ]
    return {STEM: docs}


# ---------------------------------------------------------------------------

def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_306",
                    "--convert-to", "pdf", "--outdir", str(HERE), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return docx_path.with_suffix(".pdf")


def locate(pdf_path):
    """Printed page of each document's first line (the cover is unnumbered; page 2 of the PDF is — 1 —)."""
    import pdfplumber
    keys = [T1_LINES[1][:12], T2_LINES[1][:12], T3_LINES[0][:14], "年）》政策解读", T5[:16], T6]
    found = [None] * len(keys)
    with pdfplumber.open(pdf_path) as pdf:
        n = len(pdf.pages)
        for i, page in enumerate(pdf.pages[1:], start=1):
            txt = (page.extract_text() or "").replace(" ", "").replace("\n", "")
            for k, key in enumerate(keys):
                if found[k] is None and key in txt:
                    found[k] = i
    return found, n


def main():
    os.chdir(HERE)
    docx_path = HERE / f"{STEM}.docx"
    pages = [1, 4, 8, 11, 12, 12]
    for _ in range(3):                       # lay out, read the page numbers back, lay out again
        Builder().build(pages).save(docx_path)
        pdf = to_pdf(docx_path)
        new_pages, n = locate(pdf)
        if new_pages == pages:
            break
        pages = new_pages
    print("目录 pages:", pages, "PDF pages:", n)
    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=1)
    for k, v in expected().items():
        print(k, [len(d["clauses"]) for d in v], sum(len(d["clauses"]) for d in v))


if __name__ == "__main__":
    main()
