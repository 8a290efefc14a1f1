# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 302 (blind): 浙江自贸办 印发 2024年度制度创新最佳案例汇编 (notice + 汇编 as its attachment).

Writes, next to itself:
  blind302_zhejiang_huibian.docx / .pdf
  fig1_cangdan.png, fig2_haitie.png (charts embedded in the docx)
  expected.json
Run: . /work/venv/bin/activate && python make_blind302.py
"""
import json
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, Cm, RGBColor
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "blind302_zhejiang_huibian"
LO_PROFILE = "file:///tmp/lo_302"

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

ORGAN = "浙江省自由贸易试验区工作领导小组办公室"
DOC_NO = "浙自贸办〔2025〕7号"
ZONE = "中国（浙江）自由贸易试验区"
HB_TITLE = "中国（浙江）自由贸易试验区2024年度制度创新最佳案例汇编"
NOTICE_TITLE = ORGAN + "关于印发《" + HB_TITLE + "》的通知"

ZS = ZONE + "舟山片区"
NB = ZONE + "宁波片区"
HZ = ZONE + "杭州片区"
JY = ZONE + "金华义乌片区"
ZSZB = "舟山港综合保税区"

# ----------------------------------------------------------------------------
# content
# ----------------------------------------------------------------------------
RECIPIENTS = [ZONE + "各片区管委会", "各联动创新区所在设区市人民政府", "省自由贸易试验区工作领导小组各成员单位"]

NOTICE_BODY = [
    ("p", None, "2024年，全省自由贸易试验区深入实施提升战略，围绕油气全产业链、数字贸易、国际航运和物流枢纽、"
                "小商品国际贸易等重点领域开展首创性、差异化探索，形成了一批制度创新成果。为及时总结推广改革经验，"
                "省自由贸易试验区工作领导小组办公室（以下简称省自贸办）组织开展了2024年度制度创新最佳案例评选，"
                "经片区申报、部门评估和专家评审，确定9个案例为2024年度制度创新最佳案例，现汇编印发给你们，"
                "并就有关事项通知如下。"),
    ("ri1", "一、抓好学习借鉴。", "各片区、各联动创新区要组织相关部门认真学习案例做法，对照本地产业特点和改革需求，"
                            "梳理形成可复制推广清单，于2025年6月30日前将复制推广工作情况报送省自贸办。"),
    ("ri1", "二、强化协同支持。", "省自由贸易试验区工作领导小组各成员单位要加强对口指导，对涉及本部门职能的案例，"
                            "在政策争取、系统对接、数据共享等方面给予支持，推动成熟做法在全省范围内复制推广。"),
    ("ri1", "三、持续深化创新。", "各片区要对标高标准国际经贸规则，聚焦服务共建“一带一路”和贸易投资自由化便利化，"
                            "每半年向省自贸办报送不少于2项制度创新成果。省自贸办将适时组织第三方评估，"
                            "对成效突出的案例优先向国家有关部门推荐。"),
]

PREFACE = [
    "为贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，省自贸办组织开展了2024年度制度创新最佳案例评选工作。"
    "各片区、有关部门共申报制度创新案例46个，经初审、第三方评估和专家评审，最终确定9个案例为2024年度制度创新最佳案例。",
    "本汇编收录舟山片区、宁波片区、杭州片区、金华义乌片区和舟山港综合保税区报送的案例，按照基本情况（改革背景）、主要做法、"
    "实践成效、下一步工作（推广价值）的体例编写。案例数据截至2024年12月底，由各报送单位提供并负责解释。",
    "各地在学习借鉴时，应当结合本地实际，做好风险评估和防控，不得简单照搬。",
]

# block kinds:
#  h   : heading alone (一、…)                    -> not a clause
#  hh  : （一）… heading alone                      -> not a clause
#  p   : body paragraph                           -> clause (specific to the case place)
#  pg  : body paragraph, rule wider than the case -> clause (no specific place)
#  ri  : run-in （一）head + body                  -> clause
#  ri2 : run-in head + body, then a 2nd paragraph -> one clause joined with \n
#  sl  : one paragraph, items split by soft breaks -> one clause per item
#  tbl : table                                    -> one clause per data row
#  fig : picture + caption                        -> not a clause
CASES = [
    dict(no="一", title="国际航行船舶保税LNG加注“一次备案、多港通用”监管模式",
         units="舟山片区管委会、舟山海关", place=ZS, brk="before", unit_para=False,
         blocks=[
             ("h", "一、基本情况"),
             ("p", "液化天然气（LNG）是国际航行船舶低碳转型的重要清洁燃料，加注需求快速增长。以往保税LNG加注船在舟山不同港区作业，"
                   "需分港区分别办理加注船舶备案和作业监管手续，企业重复申报、船舶待港时间长。舟山片区会同舟山海关，以加注船舶为监管单元，"
                   "探索形成保税LNG加注“一次备案、多港通用”监管模式。"),
             ("h", "二、主要做法"),
             ("ri", "（一）实行加注船舶“一次备案”。", "加注企业在舟山海关完成加注船舶、储罐及计量设备备案后，备案信息在舟山片区各港区互认共享，"
                                           "企业在舟山关区内跨港区开展加注作业无需重复备案。"),
             ("ri", "（二）推行“先供后报”作业申报。", "对海关信用等级为高级认证企业的加注企业，允许其凭电子供油单据先行实施加注作业，"
                                           "在作业完成后24小时内集中办理申报手续，海关依托船舶定位和流量计数据实施远程核验。"),
             ("ri", "（三）建立“数据共享、风险共治”协同机制。", "片区管委会牵头建设海事服务数据平台，归集海关、海事、边检等部门的船舶动态、"
                                                 "加注计量和通关数据，实现一次采集、多方共享；对异常加注作业实行联合预警和分级处置。"),
             ("h", "三、实践成效"),
             ("p", "模式实施以来，保税LNG加注单船平均待港时间由约10小时压缩至3小时以内，企业每船次申报环节由5个减少至2个，"
                   "单船次节约港口使费和时间成本约4万元。"),
             ("p", "2024年，舟山片区完成国际航行船舶保税LNG加注46船次，加注量18.6万吨，同比增长1.3倍；带动保税燃料油（含LNG）"
                   "加注总量达到712万吨，同比增长12.4%。"),
             ("h", "四、下一步工作"),
             ("p", "舟山片区将会同舟山海关，推动“一次备案、多港通用”模式向宁波片区延伸，探索与上海、江苏等长三角港口开展保税LNG加注监管互认，"
                   "加快建设东北亚保税LNG加注中心。"),
         ]),
    dict(no="二", title="跨境电商出口海外仓“一件事”集成服务",
         units="杭州片区管委会", place=HZ, brk="para", unit_para=False,
         blocks=[
             ("h", "一、改革背景"),
             ("p", "跨境电商出口海外仓模式是外贸新业态的重要组成部分。但企业在海外仓备案、出口申报、退货回流和融资等环节仍面临多头办理、"
                   "数据重复填报等问题。杭州片区按照“一件事”集成改革思路，整合海外仓出口全链条服务事项，为企业提供一站式服务。"),
             ("h", "二、主要做法"),
             ("ri", "（一）海外仓备案“一网通办”。", "依托杭州跨境电商综合服务平台，企业一次填报即可同步完成海关跨境电商海外仓出口企业备案"
                                         "和商务部门海外仓信息登记，申报材料由11项精简至4项。"),
             ("ri", "（二）出口申报“清单+汇总”。", "对跨境电商出口海外仓（9810）模式货物，企业按批次提交申报清单，按月汇总形成报关单，"
                                         "实现“清单通关、汇总申报”；对单票货值5000元以下的商品，简化申报要素。"),
             ("ri", "（三）退货回流“一站办结”。", "在片区内设立跨境电商出口退货监管仓，海外仓滞销商品可整批退运回流，经海关查验后直接复出口"
                                        "或按规定进入国内市场。"),
             ("ri", "（四）金融服务“数据增信”。", "合作银行依托平台归集的订单、物流、报关数据，为中小跨境电商企业提供免抵押“海外仓贷”，"
                                        "授信审批时间缩短至3个工作日。"),
             ("h", "三、实践成效"),
             ("p", "截至2024年底，杭州片区累计服务海外仓出口企业1260家，带动企业在全球37个国家和地区建设海外仓218个。"
                   "改革前后主要指标变化情况见表1。"),
             ("tbl", dict(
                 caption="表1　杭州片区海外仓“一件事”改革前后主要指标对比",
                 header=[["类别", "指标", "改革前（2022年）", "改革后（2024年）", "变化情况"]],
                 cols=["类别", "指标", "改革前（2022年）", "改革后（2024年）", "变化情况"],
                 rows=[["通关服务", "备案办理时间", "5个工作日", "1个工作日", "压缩80%"],
                       ["通关服务", "退货处理周期", "约30天", "7天", "缩短76.7%"],
                       ["业务规模", "海外仓出口额（亿元）", "86.4", "152.7", "增长76.7%"],
                       ["业务规模", "服务企业数（家）", "412", "1260", "增长2.1倍"],
                       ["金融服务", "“海外仓贷”发放额（亿元）", "—", "9.3", "新增"]],
                 widths=[2.4, 4.6, 3.0, 3.0, 2.6])),
             ("h", "四、推广价值"),
             ("pg", "该做法以“一件事”集成改革破解海外仓出口多头办理难题，适用于跨境电商出口规模较大的地区，"
                    "可在全省各跨境电商综合试验区复制推广。"),
         ]),
    dict(no="三", title="大宗商品数字仓单“一单通”质押融资模式",
         units="宁波片区管委会", place=NB, brk="before", unit_para=False,
         blocks=[
             ("h", "一、基本情况"),
             ("p", "宁波片区是我国重要的铁矿石、原油、铜精矿等大宗商品储运基地。传统纸质仓单易出现重复质押、虚假仓单等问题，"
                   "金融机构对仓单融资普遍持审慎态度，贸易企业“有货难融资”。宁波片区依托大宗商品数字仓单登记平台，"
                   "构建数字仓单“一单通”质押融资模式。"),
             ("h", "二、主要做法"),
             ("ri", "（一）统一仓单标准。", "联合行业协会制定大宗商品数字仓单登记规范，明确铁矿石、铜精矿、原油等8类商品仓单的数据要素，"
                                  "实现仓单“一物一码、一单一码”。"),
             ("ri", "（二）实施物联网监管。", "在入驻仓库部署电子围栏、智能地磅和视频监控，货物出入库数据实时上链存证，仓单状态与实物库存动态对应。"),
             ("ri", "（三）登记公示防重复质押。", "数字仓单在平台统一登记，质押、解押、转让等信息实时公示，并与动产融资统一登记公示系统对接，"
                                       "从源头防范重复质押风险。"),
             ("hh", "（四）拓展融资应用场景。"),
             ("sl", ["1.仓单质押贷款。企业凭数字仓单向合作银行申请质押贷款，银行线上核验仓单状态后放款。",
                     "2.仓单转让融资。仓单可在平台上背书转让，受让方凭仓单办理提货或再融资。",
                     "3.跨境仓单融资。支持境外银行通过平台核验仓单信息，为进口企业提供跨境融资。"]),
             ("h", "三、实践成效"),
             ("p", "截至2024年12月底，平台累计登记数字仓单3820张，涉及货值126.5亿元，接入合作仓库27家、金融机构15家，"
                   "累计发放仓单质押融资48.6亿元，未发生重复质押风险事件。2024年各季度融资发放情况见图1。"),
             ("fig", dict(file="fig1_cangdan.png", caption="图1　2024年宁波片区数字仓单质押融资发放额（亿元）",
                          labels=["一季度", "二季度", "三季度", "四季度"], values=[6.8, 9.5, 11.7, 14.2],
                          title="2024年数字仓单质押融资发放额（亿元）")),
             ("p", "企业融资成本平均降低1.2个百分点，融资审批时间由15个工作日缩短至3个工作日。"),
             ("h", "四、下一步工作"),
             ("p", "宁波片区将扩大数字仓单覆盖品种，推动与新加坡、迪拜等地大宗商品交易场所开展仓单互认，探索数字仓单跨境流转。"),
         ]),
    dict(no="四", title="中欧班列（义新欧）多式联运“一单制”改革",
         units="金华义乌片区管委会", place=JY, brk="para", unit_para=True,
         blocks=[
             ("h", "一、基本情况"),
             ("p", "中欧班列（义新欧）是连接义乌与亚欧大陆的重要国际物流通道。以往班列货物在公路、铁路、海运等不同运输方式间转换时单证不统一，"
                   "企业需多次委托、分段结算，运输单证也难以用于融资。金华义乌片区联合班列平台公司、铁路和海关部门，推行多式联运“一单制”改革。"),
             ("h", "二、主要做法"),
             ("ri", "（一）签发多式联运提单。", "由班列平台公司作为多式联运经营人，签发具有物权凭证功能的多式联运提单，"
                                     "货物“一次委托、一单到底、一次结算”。"),
             ("ri", "（二）推进单证数据互联。", "打通铁路运单、海运提单、报关单等数据，实现多式联运提单在铁路、公路、海运环节全程通用，"
                                     "企业无需重复录入。"),
             ("ri", "（三）创新提单金融属性。", "联合金融机构开展多式联运提单质押融资，提单可背书转让，盘活企业在途货物资产。"),
             ("ri", "（四）优化口岸通关。", "在义乌铁路口岸推行“铁路快通”模式，班列货物在义乌完成申报和查验，经阿拉山口、霍尔果斯等口岸直接放行出境。"),
             ("h", "三、实践成效"),
             ("p", "2024年，金华义乌片区开行中欧班列（义新欧）2160列，签发多式联运“一单制”提单1.2万票，覆盖线路22条，"
                   "辐射亚欧50余个国家和地区。主要指标见表2。"),
             ("tbl", dict(
                 caption="表2　中欧班列（义新欧）“一单制”改革成效",
                 header=[["类别", "指标", "数值", None, "同比变化"],
                         [None, None, "2023年", "2024年", None]],
                 cols=["类别", "指标", "2023年", "2024年", "同比变化"],
                 rows=[["开行情况", "开行班列（列）", "1991", "2160", "增长8.5%"],
                       ["开行情况", "发运标箱（万标箱）", "16.2", "17.9", "增长10.5%"],
                       ["“一单制”应用", "签发提单（万票）", "0.45", "1.2", "增长1.7倍"],
                       ["“一单制”应用", "提单质押融资（亿元）", "1.8", "5.6", "增长2.1倍"],
                       ["综合成本", "全程物流时间（天）", "18", "15", "缩短3天"]],
                 widths=[3.0, 4.6, 2.5, 2.5, 3.0])),
             ("p", "企业单证办理时间平均缩短约2天，综合物流成本下降约8%。"),
             ("h", "四、推广价值"),
             ("pg", "该做法破解了多式联运“多次委托、分段收费”难题，为陆路运输单证金融化提供了实践样本，"
                    "可在全省中欧班列、海铁联运等多式联运业务中复制推广。"),
         ]),
    dict(no="五", title="市场采购贸易“组货人”备案管理和拼箱出口便利化改革",
         units="金华义乌片区管委会", place=JY, brk="before", unit_para=False,
         blocks=[
             ("h", "一、改革背景"),
             ("p", "市场采购贸易方式是义乌小商品“买全球、卖全球”的重要通道。组货人作为联系外商和市场经营户的关键主体，长期游离于监管之外，"
                   "拼箱货物信息不透明、责任主体不清，影响通关效率和贸易安全。"),
             ("h", "二、主要做法"),
             ("ri2", "（一）建立组货人备案制度。", "组货人在市场采购贸易联网信息平台进行备案，如实登记经营场所、从业人员和合作外商等信息，"
                                        "平台对组货人实行“一户一档”管理。",
              "未备案的组货人不得为市场采购贸易出口货物办理拼箱组货业务。对存在虚假申报、夹带侵权商品等行为的组货人，"
              "纳入市场采购贸易失信名单，实施联合惩戒。"),
             ("ri", "（二）推行拼箱货物“一柜一码”。", "每个拼箱集装箱生成唯一电子码，关联组货人、市场经营户、商品明细和外商信息，"
                                          "海关、市场监管等部门扫码即可追溯货物来源。"),
             ("ri", "（三）实施分类监管。", "根据组货人信用等级实施差异化监管，对A类组货人拼箱货物降低查验比例，对高风险商品实行重点查验。"),
             ("h", "三、实践成效"),
             ("p", "截至2024年底，累计备案组货人2836家，“一柜一码”覆盖市场采购出口拼箱货物的92%以上，A类组货人拼箱货物查验率下降50%以上。"),
             ("p", "2024年，义乌市场采购贸易出口4213亿元，同比增长11.6%；市场采购出口货物侵权案件数量同比下降37%。"),
             ("h", "四、下一步工作"),
             ("p", "金华义乌片区将推动组货人备案信息与外商信用信息互通，探索将组货人管理经验延伸至全省其他市场采购贸易方式试点市场。"),
         ]),
    dict(no="六", title="综合保税区“保税维修+再制造”全球维修业务监管模式",
         units="舟山港综合保税区管委会", place=ZSZB, brk="para", unit_para=False,
         blocks=[
             ("h", "一、基本情况"),
             ("p", "舟山港综合保税区依托船舶修造产业基础，积极发展船用发动机、船舶电子设备等高端装备保税维修业务。"
                   "但维修对象多为境外入境旧件，存在维修范围认定难、待维修货物与维修后货物核销复杂等问题。"),
             ("h", "二、主要做法"),
             ("ri", "（一）实行维修产品目录管理。", "综保区管委会会同海关、商务部门梳理船用柴油机、增压器、推进器等12类产品，形成保税维修产品目录，"
                                        "目录内产品由区内企业凭维修合同开展保税维修，无需逐票审批。"),
             ("hh", "（二）实施“入区—维修—出区”分段管理。"),
             ("p", "1.入区环节。待维修货物以保税方式进入综保区，海关按维修合同建立电子账册，实行“一合同一账册”管理。"),
             ("p", "2.维修环节。维修用进口料件实行保税，维修过程中替换下的旧件和边角料按规定办理退运或销毁。"),
             ("p", "3.出区环节。维修后货物复运出境的，按规定办理出境手续；维修后货物内销的，按规定办理进口申报并征收税款。"),
             ("hh", "（三）构建全链条风险防控体系。"),
             ("p", "1.事前准入。对申请开展保税维修业务的企业实行资质评估，重点评估其维修能力、环保设施和内控制度。"),
             ("p", "2.事中监管。主要措施包括：（1）维修场所视频监控全覆盖；（2）维修旧件“一件一码”追溯；（3）固体废物处置全程跟踪。"),
             ("h", "三、实践成效"),
             ("p", "2024年，舟山港综合保税区保税维修业务货值23.7亿元，同比增长41.2%，服务全球18个国家和地区的船东企业；"
                   "船用发动机维修周期平均缩短15天。"),
             ("p", "区内企业累计节约保证金和税款资金占用约3.2亿元，新增就业岗位560个。"),
             ("h", "四、下一步工作"),
             ("p", "积极争取将船舶压载水处理系统、船用锅炉等产品纳入维修产品目录，探索开展“保税维修+再制造”试点，打造国际船舶维修服务集聚区。"),
         ]),
    dict(no="七", title="跨境电商数据出境“白名单”服务机制",
         units="杭州片区管委会", place=HZ, brk="before", unit_para=True,
         blocks=[
             ("h", "一、改革背景"),
             ("p", "跨境电商企业在海外营销、售后服务、跨境支付等环节需要向境外传输订单、物流、支付等数据，但对哪些数据可以出境、"
                   "如何合规出境把握不准，合规成本较高。杭州片区在国家有关部门指导下，探索建立跨境电商数据出境“白名单”服务机制。"),
             ("h", "二、主要做法"),
             ("ri", "（一）编制数据出境“白名单”。", "聚焦订单履约、国际物流、跨境支付3类场景，梳理形成包含26项数据的“白名单”，"
                                         "白名单内数据向境外提供的，按规定免予申报数据出境安全评估。"),
             ("hh", "（二）提供合规服务“三个一”。"),
             ("sl", ["1.一个窗口受理。在片区政务服务中心设立数据跨境服务专窗，统一受理企业咨询和备案。",
                     "2.一套指引辅导。编制跨境电商数据出境合规指引，组织专业机构开展“一对一”辅导。",
                     "3.一个平台监测。依托数据跨境服务平台，对白名单数据出境情况进行动态监测。"]),
             ("ri", "（三）强化事中事后监管。", "对超出白名单范围出境数据的行为，依法责令整改；建立企业数据出境合规信用档案，实行分级分类管理。"),
             ("h", "三、实践成效"),
             ("p", "机制运行以来，已有312家跨境电商企业依据“白名单”开展数据跨境传输，企业数据出境合规成本平均降低约60%，"
                   "白名单内数据出境由平均3个月的办理周期变为即时可办。"),
             ("h", "四、推广价值"),
             ("pg", "该机制在确保数据安全的前提下提升了数据跨境流动便利度，可为全省自贸试验区制定数据出境“白名单”提供参考。"),
         ]),
    dict(no="八", title="海铁联运“港站一体、一次申报”监管模式",
         units="宁波片区管委会", place=NB, brk="para", unit_para=False,
         blocks=[
             ("h", "一、基本情况"),
             ("p", "宁波舟山港海铁联运业务辐射江西、湖南、四川等16个省（区、市）。以往海铁联运集装箱在铁路场站和港区码头需分别申报、"
                   "分别查验，转运环节多、在港停留时间长。宁波片区联合宁波海关、铁路部门，推行海铁联运“港站一体、一次申报”监管模式。"),
             ("h", "二、主要做法"),
             ("ri", "（一）港站监管一体化。", "将北仑港区铁路场站纳入港区海关监管作业场所统一管理，铁路场站与码头之间实行闭环转运，"
                                   "不再办理转关手续。"),
             ("ri", "（二）推行“一次申报、一次查验、一次放行”。", "海铁联运货物在起运地或口岸一次申报，海关在铁路场站或码头一次查验，"
                                                  "放行信息同步推送铁路和码头。"),
             ("ri", "（三）推进物流数据共享。", "打通港口、铁路、海关数据系统，集装箱到港、装车、发运等信息实时共享，企业可在线查询全程物流状态。"),
             ("h", "三、实践成效"),
             ("p", "2024年，宁波舟山港完成海铁联运箱量185.6万标箱，同比增长12.3%，近五年箱量变化情况见图2。"
                   "海铁联运集装箱在港停留时间平均缩短1.5天。"),
             ("fig", dict(file="fig2_haitie.png", caption="图2　2020—2024年宁波舟山港海铁联运箱量（万标箱）",
                          labels=["2020年", "2021年", "2022年", "2023年", "2024年"],
                          values=[100.5, 120.4, 145.0, 165.3, 185.6],
                          title="宁波舟山港海铁联运箱量（万标箱）")),
             ("p", "内陆企业经宁波舟山港进出口的物流成本平均每标箱降低约300元。"),
             ("h", "四、下一步工作"),
             ("p", "宁波片区将推动海铁联运与中欧班列（义新欧）衔接，拓展江西、湖南、重庆等地内陆港布局，打造服务“一带一路”的国际物流枢纽。"),
         ]),
    dict(no="九", title="国际航行船舶外锚地“一站式”海事服务",
         units="舟山片区管委会", place=ZS, brk="before", unit_para=False,
         blocks=[
             ("h", "一、基本情况"),
             ("p", "舟山港域锚地资源丰富，国际航行船舶在锚地待泊期间对船员换班、物料供应、船舶维修等服务需求旺盛。"
                   "以往各项服务分属不同部门办理，审批环节多、服务分散。舟山片区整合口岸查验和海事服务资源，打造外锚地“一站式”海事服务。"),
             ("h", "二、主要做法"),
             ("hh", "（一）整合服务事项。"),
             ("p", "1.船员换班“一站办”。依托国际贸易“单一窗口”，船员换班涉及的边检、海事、卫生检疫手续实行一次申报、并联审批。"),
             ("p", "2.物料供应“一次报”。主要包括："),
             ("p", "（1）船舶备件、淡水、生活物资等实行“一次申报、分批供应”；"),
             ("p", "（2）保税物料实行“先供后报”，作业完成后集中办理手续。"),
             ("ri", "（二）建设外锚地综合服务平台。", "整合船舶代理、供应、维修、船员服务等企业资源，船东可在线下单、实时跟踪服务进度。"),
             ("ri", "（三）创新联合监管方式。", "海关、海事、边检对锚地作业船舶实行“一次登临、联合检查”，检查结果互认共享。"),
             ("h", "三、实践成效"),
             ("p", "2024年，舟山片区外锚地累计服务国际航行船舶3860艘次，完成船员换班1.26万人次，物料供应货值8.9亿元，"
                   "同比分别增长18.4%、22.7%和31.5%；船舶在锚地平均待泊时间缩短约12小时。"),
             ("h", "四、下一步工作"),
             ("p", "舟山片区将推动外锚地服务纳入国际贸易“单一窗口”海事服务专区，拓展船舶检验、燃料供应等服务事项，提升国际海事服务能级。"),
         ]),
]

CC = "商务部自贸区港司，省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅，杭州海关，宁波海关。"
SIGN_DATE = "2025年3月18日"
PRINT_DATE = "2025年3月20日"


# ----------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------
def set_font(run, name, size, bold=False, color=None, scale=None, spacing=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color
    if scale is not None:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        rpr.append(w)
    if spacing is not None:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str(spacing))
        rpr.append(sp)
    return run


def fmt(p, align=None, first=None, line=28, before=0, after=0, left=None, right=None, keep_next=False):
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if keep_next:
        pf.keep_with_next = True
    pf.widow_control = False
    return p


def para(doc, text="", font=FS, size=16, **kw):
    p = doc.add_paragraph()
    fmt(p, **kw)
    if text:
        set_font(p.add_run(text), font, size)
    return p


def border(p, side, sz, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc in pPr
        ppr.insert(0, bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def add_field(p, instr, font=SONG, size=14):
    r = p.add_run()
    set_font(r, font, size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r = p.add_run()
    set_font(r, font, size)
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " %s " % instr
    r._element.append(t)
    r = p.add_run()
    set_font(r, font, size)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r._element.append(s)
    r = p.add_run("1")
    set_font(r, font, size)
    r = p.add_run()
    set_font(r, font, size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._element.append(e)


def page_footer(footer, odd):
    p = footer.paragraphs[0]
    p.text = ""
    fmt(p, align=WD_ALIGN_PARAGRAPH.RIGHT if odd else WD_ALIGN_PARAGRAPH.LEFT, line=18,
        right=14 if odd else None, left=None if odd else 14)
    set_font(p.add_run("— "), SONG, 14)
    add_field(p, "PAGE")
    set_font(p.add_run(" —"), SONG, 14)


def page_setup(sec):
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(37)
    sec.bottom_margin = Mm(35)
    sec.left_margin = Mm(28)
    sec.right_margin = Mm(26)
    sec.footer_distance = Mm(28) - Mm(7)
    sec.header_distance = Mm(15)


def page_break_para(doc):
    p = doc.add_paragraph()
    fmt(p, line=14)
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcpr.append(sh)


def cell_text(cell, text, font=FS, size=12, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=20)
    set_font(p.add_run(text), font, size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def add_table(doc, spec):
    cap = para(doc, spec["caption"], HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER, line=24, before=6, keep_next=True)
    header, rows = spec["header"], spec["rows"]
    ncols = len(spec["cols"])
    t = doc.add_table(rows=len(header) + len(rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    tblpr = t._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    tw.set(qn("w:w"), str(int(sum(spec["widths"]) / 2.54 * 1440)))
    tw.set(qn("w:type"), "dxa")
    for i, w in enumerate(spec["widths"]):
        t.columns[i].width = Cm(w)
        for r in t.rows:
            r.cells[i].width = Cm(w)
    for r in t.rows:
        cs = OxmlElement("w:cantSplit")
        r._tr.get_or_add_trPr().append(cs)
    # header (None = covered by a merge)
    for ri, hrow in enumerate(header):
        repeat_header(t.rows[ri])
        for ci, txt in enumerate(hrow):
            if txt is not None:
                cell_text(t.cell(ri, ci), txt, HT, 12)
                shade(t.cell(ri, ci), "D9D9D9")
    if len(header) == 2:
        for ci in range(ncols):
            if header[0][ci] is not None and header[1][ci] is None:
                t.cell(0, ci).merge(t.cell(1, ci))
            elif header[0][ci] is None:
                pass
        # horizontal merges in first header row
        ci = 0
        while ci < ncols:
            if header[0][ci] is not None:
                cj = ci + 1
                while cj < ncols and header[0][cj] is None:
                    cj += 1
                if cj - ci > 1:
                    a = t.cell(0, ci)
                    a.merge(t.cell(0, cj - 1))
                    cell_text(a, header[0][ci], HT, 12)
                ci = cj
            else:
                ci += 1
        for ci in range(ncols):
            if header[0][ci] is not None and header[1][ci] is None:
                cell_text(t.cell(0, ci), header[0][ci], HT, 12)
    # body
    off = len(header)
    for ri, row in enumerate(rows):
        for ci, txt in enumerate(row):
            if ci == 0 and ri > 0 and rows[ri - 1][0] == txt:
                continue  # covered by vertical merge, written below
            cell_text(t.cell(off + ri, ci), txt)
    # vertical merges of the 类别 column
    ri = 0
    while ri < len(rows):
        rj = ri
        while rj + 1 < len(rows) and rows[rj + 1][0] == rows[ri][0]:
            rj += 1
        if rj > ri:
            a = t.cell(off + ri, 0)
            a.merge(t.cell(off + rj, 0))
            cell_text(a, rows[ri][0])
        ri = rj + 1
    # small gap after table
    para(doc, "", line=10)
    return t


def make_chart(spec):
    W, H = 1400, 760
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    ft = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
    f_t = ImageFont.truetype(ft, 40, index=2)
    f_l = ImageFont.truetype(ft, 30, index=2)
    f_v = ImageFont.truetype(ft, 28, index=2)
    d.text((W // 2, 45), spec["title"], font=f_t, fill="black", anchor="mm")
    x0, y0, x1, y1 = 140, 110, W - 60, H - 110
    vmax = max(spec["values"]) * 1.18
    # grid
    steps = 5
    for i in range(steps + 1):
        y = y1 - (y1 - y0) * i / steps
        d.line((x0, y, x1, y), fill=(210, 210, 210), width=2)
        d.text((x0 - 15, y), ("%.0f" % (vmax * i / steps)), font=f_v, fill=(90, 90, 90), anchor="rm")
    d.line((x0, y0, x0, y1), fill="black", width=3)
    d.line((x0, y1, x1, y1), fill="black", width=3)
    n = len(spec["values"])
    slot = (x1 - x0) / n
    bw = slot * 0.5
    for i, (lab, v) in enumerate(zip(spec["labels"], spec["values"])):
        cx = x0 + slot * (i + 0.5)
        top = y1 - (y1 - y0) * v / vmax
        d.rectangle((cx - bw / 2, top, cx + bw / 2, y1), fill=(192, 0, 0))
        d.text((cx, top - 22), ("%g" % v), font=f_v, fill="black", anchor="mm")
        d.text((cx, y1 + 40), lab, font=f_l, fill="black", anchor="mm")
    path = os.path.join(HERE, spec["file"])
    img.save(path, dpi=(200, 200))
    return path


# ----------------------------------------------------------------------------
# build document
# ----------------------------------------------------------------------------
def build(toc_pages):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    doc.settings.odd_and_even_pages_header_footer = True

    sec = doc.sections[0]
    page_setup(sec)
    page_footer(sec.footer, odd=True)
    page_footer(sec.even_page_footer, odd=False)

    # ---- 版头 ----
    para(doc, "", line=28)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=60)
    set_font(p.add_run(ORGAN + "文件"), XBS, 30, color=RED, scale=66)
    para(doc, "", line=28)
    p = para(doc, DOC_NO, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=28, after=10)
    border(p, "bottom", 18, "FF0000", space=12)
    para(doc, "", line=28)

    # ---- 标题 (soft line breaks) ----
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    parts = [ORGAN, "关于印发《" + ZONE, "2024年度制度创新最佳案例汇编》的通知"]
    for i, part in enumerate(parts):
        r = set_font(p.add_run(part), XBS, 22)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    para(doc, "", line=28)

    # ---- 主送 ----
    para(doc, "，".join(RECIPIENTS) + "：", FS, 16)

    # ---- 正文 ----
    for kind, head, body in NOTICE_BODY:
        p = para(doc, "", first=32)
        if kind == "ri1":
            set_font(p.add_run(head), HT, 16)
        set_font(p.add_run(body), FS, 16)

    para(doc, "", line=28)
    p = para(doc, "", first=32, left=0)
    set_font(p.add_run("附件：" + HB_TITLE), FS, 16)
    para(doc, "", line=28)
    para(doc, "", line=28)
    para(doc, ORGAN, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, right=32)
    para(doc, SIGN_DATE, FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT, right=64)
    para(doc, "（此件公开发布）", FS, 16, first=32)

    # ---- 附件: new section (cover without page number) ----
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec2)
    # the 汇编 is printed as a booklet: narrower margins than the 公文 part
    sec2.top_margin = Mm(25)
    sec2.bottom_margin = Mm(25)
    sec2.left_margin = Mm(26)
    sec2.right_margin = Mm(26)
    sec2.footer_distance = Mm(12)
    sec2.different_first_page_header_footer = True
    sec2.first_page_footer.is_linked_to_previous = False
    sec2.first_page_footer.paragraphs[0].text = ""

    para(doc, "附件", HT, 16, line=28)
    for _ in range(4):
        para(doc, "", line=28)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=56)
    r = set_font(p.add_run(ZONE), XBS, 30)
    r.add_break(WD_BREAK.LINE)
    set_font(p.add_run("2024年度制度创新最佳案例汇编"), XBS, 30)
    for _ in range(8):
        para(doc, "", line=28)
    para(doc, ORGAN + "　编", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "2025年3月", KT, 16, align=WD_ALIGN_PARAGRAPH.CENTER)

    # ---- 编印说明 ----
    p = para(doc, "编印说明", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, after=14)
    p.paragraph_format.page_break_before = True
    for t in PREFACE:
        para(doc, t, FS, 14, first=28, line=22)
    para(doc, "", line=25)
    para(doc, "编　者", KT, 14, align=WD_ALIGN_PARAGRAPH.RIGHT, right=56, line=25)
    para(doc, "2025年3月", KT, 14, align=WD_ALIGN_PARAGRAPH.RIGHT, right=42, line=25)

    # ---- 目录 ----
    page_break_para(doc)
    para(doc, "目　录", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, after=18)
    tab_pos = Mm(156) - Mm(1)
    for c in CASES:
        p = para(doc, "", line=26, after=6, left=0)
        p.paragraph_format.tab_stops.add_tab_stop(tab_pos, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.left_indent = Pt(14 * 4)
        p.paragraph_format.first_line_indent = Pt(-14 * 4)
        set_font(p.add_run("案例%s　" % c["no"]), HT, 14)
        set_font(p.add_run(c["title"]), FS, 14)
        set_font(p.add_run("\t" + str(toc_pages.get(c["no"], 0))), FS, 14)

    # ---- cases ----
    for c in CASES:
        if c["brk"] == "para":
            page_break_para(doc)
        p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=32, after=4)
        if c["brk"] == "before":
            p.paragraph_format.page_break_before = True
        r = set_font(p.add_run("案例%s：%s" % (c["no"], c["title"])), XBS, 18)
        if c["unit_para"]:
            para(doc, "（报送单位：%s）" % c["units"], KT, 14, align=WD_ALIGN_PARAGRAPH.CENTER, line=26, after=10)
        else:
            r.add_break(WD_BREAK.LINE)
            set_font(p.add_run("（报送单位：%s）" % c["units"]), KT, 14)
            p.paragraph_format.space_after = Pt(10)
        for b in c["blocks"]:
            k = b[0]
            if k == "h":
                para(doc, b[1], HT, 14, first=28, line=22, keep_next=True)
            elif k == "hh":
                para(doc, b[1], KT, 14, first=28, line=22, keep_next=True)
            elif k in ("p", "pg"):
                para(doc, b[1], FS, 14, first=28, line=22)
            elif k in ("ri", "ri2"):
                p = para(doc, "", first=28, line=22)
                set_font(p.add_run(b[1]), KT, 14)
                set_font(p.add_run(b[2]), FS, 14)
                if k == "ri2":
                    para(doc, b[3], FS, 14, first=28, line=22)
            elif k == "sl":
                p = para(doc, "", first=28, line=22)
                for i, item in enumerate(b[1]):
                    r = set_font(p.add_run(item), FS, 14)
                    if i < len(b[1]) - 1:
                        r.add_break(WD_BREAK.LINE)
                        # Word users indent the continuation by hand with full-width spaces
                        set_font(p.add_run("\u3000\u3000"), FS, 14)
            elif k == "tbl":
                add_table(doc, b[1])
            elif k == "fig":
                path = make_chart(b[1])
                p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, line=14, keep_next=True)
                p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
                p.add_run().add_picture(path, width=Cm(11))
                para(doc, b[1]["caption"], HT, 12, align=WD_ALIGN_PARAGRAPH.CENTER, line=22, after=6)

    # ---- 版记 (last page, pushed to the bottom) ----
    page_break_para(doc)
    for _ in range(20):
        para(doc, "", line=28)
    p = para(doc, "", line=28, left=7, right=7)
    border(p, "top", 8, space=4)
    border(p, "bottom", 4, space=4)
    set_font(p.add_run("抄送：" + CC), FS, 14)
    p = para(doc, "", line=28, left=7, right=7)
    border(p, "bottom", 8, space=4)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(158) - Pt(14), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run(ORGAN + "\t" + PRINT_DATE + "印发"), FS, 14)

    out = os.path.join(HERE, STEM + ".docx")
    doc.save(out)
    return out


def to_pdf(docx_path):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE, "--convert-to", "pdf",
                    "--outdir", HERE, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(HERE, STEM + ".pdf")


def case_pages(pdf_path):
    import pdfplumber
    found = {}
    with pdfplumber.open(pdf_path) as pdf:
        for i, page in enumerate(pdf.pages):
            txt = (page.extract_text() or "").replace(" ", "")
            for c in CASES:
                if c["no"] not in found and ("案例%s：" % c["no"]) in txt:
                    found[c["no"]] = i + 1
        npages = len(pdf.pages)
    return found, npages


# ----------------------------------------------------------------------------
# expected.json
# ----------------------------------------------------------------------------
def expected():
    n_clauses = []
    for kind, head, body in NOTICE_BODY:
        n_clauses.append((head or "") + body)
    notice = {
        "meta": {"title": NOTICE_TITLE, "doc_number": DOC_NO, "issuer": [ORGAN], "date": "2025-03-18",
                 "published": "2025-03-20", "level": "provincial", "region": ZONE, "effective": None,
                 "expires": None, "attachments": [HB_TITLE], "doc_type": "通知", "recipients": RECIPIENTS,
                 "publicity": "此件公开发布", "repeals": None},
        "clauses": n_clauses,
        "applies_to": {"specific": {}},
    }
    clauses = list(PREFACE)
    specific = {}

    def add(text, place):
        clauses.append(text)
        if place:
            key = text[:24]
            assert key not in specific, key
            specific[key] = [place]

    for c in CASES:
        for b in c["blocks"]:
            k = b[0]
            if k == "p":
                add(b[1], c["place"])
            elif k == "pg":
                add(b[1], None)
            elif k == "ri":
                add(b[1] + b[2], c["place"])
            elif k == "ri2":
                add(b[1] + b[2] + "\n" + b[3], c["place"])
            elif k == "sl":
                for item in b[1]:
                    add(item, c["place"])
            elif k == "tbl":
                for row in b[1]["rows"]:
                    add("；".join("%s：%s" % (h, v) for h, v in zip(b[1]["cols"], row)), c["place"])
    keys = [t[:24] for t in clauses]
    assert len(set(keys)) == len(keys)
    huibian = {
        "meta": {"title": HB_TITLE, "doc_number": None, "issuer": [ORGAN], "date": "2025-03-18",
                 "published": "2025-03-20", "level": "provincial", "region": ZONE, "effective": None,
                 "expires": None, "attachments": [], "doc_type": "案例汇编", "recipients": [],
                 "publicity": None, "repeals": None},
        "clauses": clauses,
        "applies_to": {"specific": specific},
    }
    return {STEM: [notice, huibian]}


def main():
    toc = {}
    for attempt in range(4):
        d = build(toc)
        pdf = to_pdf(d)
        found, npages = case_pages(pdf)
        if found == toc:
            break
        toc = found
    print("pages:", npages, "case pages:", toc)
    exp = expected()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    for doc in exp[STEM]:
        print(doc["meta"]["title"], len(doc["clauses"]), "clauses,", len(doc["applies_to"]["specific"]), "specific")


if __name__ == "__main__":
    main()
