# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420
"""Blind round 137: spreadsheets printed to PDF, as offices publish lists.

Writes next to itself:
  blind137_hubei_projects.xlsx / .pdf   湖北省商务厅 2024年湖北省“一带一路”重点项目清单 (附件1):
      merged 附件 label + title rows, a 填报单位 / 填报日期 / 单位 line spread over three cells,
      a two-row header with merged group cells (投资额（万美元） / 建设期限 / 责任单位), 28 project
      rows with wrapped text and a cell with a hard line break, date cells shown as 2024年3月,
      #,##0 numbers, a 合计 row with SUM formulas (cached values written as Excel does), a 注 row
      merged across the sheet, empty Sheet2/Sheet3; landscape A4, print titles 4:5, footer
      “第 &P 页，共 &N 页”.
  blind137_changsha_cases.xlsx / .pdf   长沙片区 2024年度制度创新案例清单: title + 填报 line, two-row
      header (创新内容 / 责任单位 groups), category rows 一、…四、 merged across all columns between
      groups, 序号 restarting at 1 in each group, long wrapped 主要做法 / 实施成效 texts, 合计 row
      merged, hidden sheet 下拉选项 feeding a data validation; landscape, print titles 3:4, footer.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind137.py
"""
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="center", wrap_text=True)
XBZ = "方正小标宋简体"
ST = "宋体"
HT = "黑体"
FS = "仿宋_GB2312"
DATE_FMT = 'yyyy"年"m"月"'

# ============================================================== workbook 1
HB_FILE = "blind137_hubei_projects"
HB_TITLE = "2024年湖北省“一带一路”重点项目清单"
HB_FILL_UNIT = "填报单位：湖北省商务厅（对外投资和经济合作处）"
HB_FILL_DATE = "填报日期：2024年3月15日"
HB_UNIT = "单位：万美元"
# header: (top, bottom) per column; top spans where a group
HB_COLS = [
    ("序号", None), ("项目名称", None), ("所在国家", None),
    ("投资额（万美元）", "总投资"), ("投资额（万美元）", "2024年计划投资"),
    ("建设期限", "开工时间"), ("建设期限", "建成时间"),
    ("责任单位", "责任市州"), ("责任单位", "实施企业"),
    ("备注", None),
]
HB_WIDTHS = [5, 22, 10, 9, 10, 11, 11, 8, 20, 18]
# name, country, total, plan2024, start(y,m), end(y,m), city, enterprise, remark
HB_ROWS = [
    ("印度尼西亚中苏拉威西镍铁冶炼及配套电厂项目", "印度尼西亚", 68000, 15000, (2023, 5), (2026, 12), "黄石市", "湖北鑫冶矿业集团有限公司", "★省级重大对外投资项目"),
    ("哈萨克斯坦阿拉木图州年产20万吨磷复肥项目", "哈萨克斯坦", 32500, 8200, (2024, 3), (2026, 6), "宜昌市", "宜昌兴磷化工集团有限公司", "中哈产能合作重点项目"),
    ("越南北江省光电显示模组生产基地", "越南", 18600, 6000, (2024, 1), (2025, 10), "武汉市", "武汉华晟光电科技有限公司", ""),
    ("沙特阿拉伯吉赞经济城储能电站EPC总承包项目", "沙特阿拉伯", 45800, 12600, (2023, 11), (2025, 12), "武汉市", "中建鄂港能源工程有限公司（牵头）\n湖北楚电装备有限公司", "对外承包工程项目，投资额按合同额计"),
    ("乌兹别克斯坦塔什干州纺织产业园（一期）", "乌兹别克斯坦", 21000, 4500, (2024, 6), (2027, 6), "襄阳市", "襄阳汉江纺织集团有限公司", ""),
    ("泰国罗勇府新能源汽车零部件工厂", "泰国", 26400, 9800, (2024, 2), (2025, 8), "十堰市", "十堰东源汽车零部件有限公司", "★省级重大对外投资项目"),
    ("埃塞俄比亚亚的斯亚贝巴医药产业园", "埃塞俄比亚", 9800, 2600, (2024, 4), (2026, 4), "武汉市", "武汉康瑞医药集团股份有限公司", ""),
    ("塞尔维亚诺维萨德汽车线束工厂扩建项目", "塞尔维亚", 7600, 3100, (2024, 5), (2025, 6), "襄阳市", "湖北汉联线束有限公司", ""),
    ("肯尼亚蒙巴萨农产品加工及冷链物流中心", "肯尼亚", 5200, 1800, (2024, 7), (2026, 6), "荆州市", "荆州楚粮农业发展有限公司", ""),
    ("柬埔寨西哈努克港经济特区鞋服配套产业园", "柬埔寨", 12300, 3600, (2023, 9), (2025, 12), "孝感市", "孝感恒丰实业集团有限公司", "预计入园企业18家"),
    ("老挝万象—泰国廊开跨境物流仓储中心", "老挝、泰国", 8900, 2900, (2024, 3), (2025, 9), "鄂州市", "鄂州临空港国际物流有限公司", "依托鄂州花湖机场国际货运航线"),
    ("马来西亚槟城半导体封装测试项目", "马来西亚", 36000, 11200, (2024, 1), (2026, 3), "武汉市", "武汉芯泰微电子股份有限公司", "★省级重大对外投资项目"),
    ("巴基斯坦信德省100兆瓦光伏电站项目", "巴基斯坦", 11500, 5000, (2023, 12), (2025, 6), "宜昌市", "宜昌峡江新能源投资有限公司", "中巴经济走廊框架内项目"),
    ("埃及苏伊士运河经济区玻璃纤维生产线", "埃及", 24000, 7000, (2024, 8), (2026, 12), "荆门市", "荆门天玻新材料股份有限公司", ""),
    ("阿联酋迪拜湖北商品展示交易中心及海外仓", "阿联酋", 3200, 1200, (2024, 4), (2024, 12), "武汉市", "湖北省国际贸易投资集团有限公司", "海外仓面积2.5万平方米"),
    ("匈牙利德布勒森动力电池正极材料项目", "匈牙利", 52000, 16000, (2024, 5), (2027, 12), "荆门市", "荆门格锐新能源材料有限公司", "★省级重大对外投资项目；需协调境外投资备案变更"),
    ("坦桑尼亚达累斯萨拉姆建材产业园", "坦桑尼亚", 6800, 2000, (2024, 2), (2025, 12), "黄冈市", "黄冈华鄂建材集团有限公司", ""),
    ("尼日利亚拉各斯莱基自贸区钢结构加工厂", "尼日利亚", 4600, 1500, (2024, 9), (2025, 12), "鄂州市", "鄂州华钢钢结构工程有限公司", ""),
    ("孟加拉国达卡配电网改造EPC项目", "孟加拉国", 15200, 6200, (2023, 10), (2025, 10), "武汉市", "湖北电建国际工程有限公司", "对外承包工程项目，投资额按合同额计"),
    ("吉尔吉斯斯坦比什凯克农业机械装配厂", "吉尔吉斯斯坦", 2800, 900, (2024, 6), (2025, 6), "襄阳市", "襄阳佳禾农业机械有限公司", ""),
    ("斯里兰卡汉班托塔茶叶精深加工项目", "斯里兰卡", 3600, 1100, (2024, 3), (2025, 9), "恩施州", "恩施硒都茶业集团有限公司", ""),
    ("秘鲁钱凯港临港物流园（一期）", "秘鲁", 19800, 4000, (2024, 10), (2027, 6), "武汉市", "湖北港航物流集团有限公司", ""),
    ("蒙古国乌兰巴托第四热电厂改造项目", "蒙古国", 13400, 3800, (2024, 4), (2026, 10), "咸宁市", "咸宁楚能热电工程有限公司", ""),
    ("摩洛哥丹吉尔科技城汽车内饰件工厂", "摩洛哥", 6200, 2300, (2024, 7), (2025, 12), "随州市", "随州鑫泰汽车内饰有限公司", ""),
    ("白俄罗斯中白工业园光纤预制棒项目", "白俄罗斯", 14800, 4200, (2024, 1), (2026, 6), "武汉市", "武汉光谷新纤科技有限公司", "中白工业园重点入园项目"),
    ("阿尔及利亚奥兰磷酸盐综合开发配套工程", "阿尔及利亚", 27600, 6500, (2024, 5), (2027, 5), "宜昌市", "宜昌兴磷化工集团有限公司", "与第2项为同一实施企业"),
    ("俄罗斯下诺夫哥罗德汽车零部件仓储分拨中心", "俄罗斯", 2400, 800, (2024, 6), (2025, 3), "十堰市", "十堰鄂西北国际物流有限公司", ""),
    ("智利圣地亚哥锂电储能系统集成项目", "智利", 8800, 2600, (2024, 8), (2026, 2), "仙桃市", "仙桃楚储能源科技有限公司", ""),
]
HB_NOTE = ("注：1.本清单所列项目经各市州商务主管部门推荐、省商务厅会同省发展改革委审核确定，实行动态调整；"
           "2.“2024年计划投资”指项目2024年度计划完成的投资额；"
           "3.备注中标“★”的为省级重大对外投资项目，实行“一项目一专班”推进机制；"
           "4.建设期限以项目核准（备案）文件为准。")

# ============================================================== workbook 2
CS_FILE = "blind137_changsha_cases"
CS_TITLE = "中国（湖南）自由贸易试验区长沙片区2024年度制度创新案例清单"
CS_FILL_UNIT = "填报单位：长沙片区管委会综合协调局（片区自贸办）"
CS_FILL_DATE = "填报日期：2024年11月8日"
CS_COLS = [
    ("序号", None), ("案例名称", None),
    ("创新内容", "主要做法"), ("创新内容", "实施成效"),
    ("创新层级", None),
    ("责任单位", "牵头单位"), ("责任单位", "配合单位"),
    ("实施区域", None), ("备注", None),
]
CS_WIDTHS = [5, 16, 40, 30, 8, 11, 13, 11, 10]
ALL = "全片区"
LK = "临空区块（含长沙黄花综合保税区）"
GT = "高铁新城区块"
JK = "长沙经开区区块"
JX = "金霞区块"
# (category heading, [(name, 做法, 成效, 层级, 牵头, 配合, 区域, 备注)])
CS_GROUPS = [
    ("一、投资贸易便利化", [
        ("中非经贸“易货贸易+跨境人民币结算”一体化服务模式",
         "依托中非经贸合作促进创新示范园搭建易货贸易综合服务平台，将易货合同备案、报关、收付汇核销和出口退税纳入一个平台办理，支持以人民币计价结算，解决非洲国家外汇短缺导致的贸易结算难题。",
         "平台上线以来累计完成对非易货贸易额3.2亿元，服务企业146家，平均结算周期由45天压缩至12天。",
         "全国首创", "片区商务局", "长沙海关、人民银行湖南省分行", GT, "已获商务部推荐"),
        ("进口非洲农产品“预检验+口岸放行”监管模式",
         "对进口非洲咖啡豆、腰果、辣椒等农产品，允许企业在货物启运前向海关申请预检验，境外检测结果经评估采信后，货物抵达口岸即予放行，实验室检测改为抽批核查。",
         "进口农产品平均通关时间由5.6天压缩至1.8天，企业单柜物流和仓储成本下降约2400元。",
         "全省首创", "长沙黄花机场海关", "片区经济发展局", LK, ""),
        ("工程机械二手设备出口“一站式”检测认证服务",
         "在片区设立二手工程机械出口服务中心，集中提供设备评估、质量检测、出口认证、翻新整备和报关代理服务，检测报告经共建“一带一路”国家进口商认可后直接用于目的国清关。",
         "累计出口二手工程机械3860台，出口额12.6亿元，产品销往沙特阿拉伯、尼日利亚、哈萨克斯坦等42个国家。",
         "全国首创", "片区商务局", "长沙海关、湖南省市场监督管理局", JK, "已在全省复制推广"),
        ("跨境电商“保税仓+直播”监管创新",
         "在长沙黄花综合保税区内设立直播专区，允许保税货物在区内开展直播展示，消费者下单后按跨境电商零售进口模式清单申报、快速出区，实现“区内直播、秒级清关”。",
         "直播专区入驻主播团队65个，2024年1—10月实现跨境电商零售进口额9.4亿元，同比增长38%。",
         "全省首创", "长沙黄花综合保税区管理局", "长沙黄花机场海关", LK, ""),
        ("中欧班列（长沙）“铁路快通”监管模式",
         "对经中欧班列（长沙）进出境的货物，在金霞保税物流中心实施“一次申报、一次查验、一次放行”，铁路运输舱单信息与海关数据实时交换，境内段无需办理转关手续。",
         "班列货物通关时间平均压缩1.5天，2024年1—10月开行中欧班列（长沙）856列，同比增长21%。",
         "全省首创", "长沙海关", "湖南中南国际陆港有限公司", JX, ""),
        ("外商投资企业登记“跨境通办”",
         "与香港、澳门及新加坡等地商协会合作设立8个“跨境通办”服务点，境外投资者可通过远程身份核验、电子签名在境外办理企业设立登记，营业执照邮寄送达。",
         "累计为境外投资者办理设立登记217件，境外投资者来华办照次数减少90%以上。",
         "全省首创", "片区行政审批服务局", "长沙市市场监督管理局", ALL, ""),
    ]),
    ("二、金融开放创新", [
        ("中非跨境人民币结算中心“一站式”服务",
         "设立中非跨境人民币结算中心，联合12家银行为对非贸易企业提供跨境人民币结算、汇率避险、贸易融资“一站式”服务，推动与非洲国家银行建立人民币清算代理关系。",
         "2024年1—10月办理对非跨境人民币结算186亿元，同比增长46%，对非贸易人民币结算占比提高到29%。",
         "全国首创", "片区金融服务局", "人民银行湖南省分行", GT, ""),
        ("知识产权证券化融资“长沙模式”",
         "以片区内科技型企业的专利许可费收益为基础资产，由片区国有平台公司统一归集、增信后在深圳证券交易所发行知识产权资产支持证券，单户企业融资额度最高5000万元。",
         "发行两期知识产权资产支持证券共计7.5亿元，惠及企业31家，综合融资成本3.2%。",
         "全省首创", "片区金融服务局", "长沙市市场监督管理局（知识产权局）", JK, ""),
        ("工程机械海外融资租赁“出口+租赁”联动模式",
         "支持片区融资租赁企业以出口方式向境外承租人提供工程机械融资租赁，租赁物出口和租金收取适用离岸租赁外汇管理便利化措施，租金可使用人民币结算。",
         "累计开展海外融资租赁业务57单，租赁资产余额18.3亿元，带动整机出口1240台。",
         "全省首创", "片区金融服务局", "国家外汇管理局湖南省分局", JK, ""),
        ("跨境贸易投资高水平开放试点“白名单”便利化结算",
         "对纳入“白名单”的优质企业，银行凭支付指令直接办理货物贸易和服务贸易跨境收付，企业外债登记、资本项目收入使用实行事后核查。",
         "纳入“白名单”企业326家，办理便利化结算业务1.1万笔、金额58亿美元，单笔业务办理时间由半天缩短至10分钟。",
         "全省首创", "国家外汇管理局湖南省分局", "片区金融服务局", ALL, ""),
        ("供应链金融“电子仓单”质押融资",
         "依托金霞保税物流中心建设电子仓单登记平台，仓单生成、质押、解押全程线上办理，银行可凭电子仓单为大宗商品贸易企业提供质押融资。",
         "累计登记电子仓单2140张，帮助中小企业融资11.7亿元，平均放款时间缩短至1个工作日。",
         "全省首创", "片区金融服务局", "湖南中南国际陆港有限公司", JX, "待省地方金融管理局验收"),
    ]),
    ("三、产业发展与协同创新", [
        ("工程机械再制造产品进口“绿色通道”",
         "对片区内工程机械企业以再制造为目的进口的旧机电产品，实行“承诺+核查”管理，进口后在指定再制造基地完成拆解、修复和检测，再制造产品出口前不再重复检验。",
         "累计进口再制造旧件1.6万件，再制造产品出口额4.8亿元，节约原材料约1.2万吨。",
         "全国首创", "片区经济发展局", "长沙海关、湖南省商务厅", JK, ""),
        ("航空物流“空铁联运”一单制",
         "以长沙黄花国际机场货运站为枢纽，统一航空货运单与铁路运单格式，实现货物在机场和长沙北站之间“一次委托、一单到底、一次结算”。",
         "开通“空铁联运”线路6条，2024年1—10月完成空铁联运货量3.6万吨，综合物流时间缩短30%。",
         "全省首创", "片区临空经济发展局", "湖南机场集团有限公司", LK, ""),
        ("中非经贸博览会常态化展示交易机制",
         "在高铁新城区块建设非洲非资源性产品集散交易中心，组织非洲国家商协会常年驻场展示，线上线下同步交易，展会期间达成的合作项目实行“一项目一专员”跟踪落地。",
         "常年驻场展示非洲商品3100余种，累计交易额47亿元，推动57个合作项目落地。",
         "全国首创", "片区商务局", "湖南省商务厅", GT, ""),
        ("生物医药研发用物品进口“白名单”制度",
         "对片区内生物医药企业研发用的进口物品实行“白名单”管理，名单内企业进口非药用的研发用试剂、样品可免于办理进口药品通关单，海关凭白名单直接验放。",
         "纳入“白名单”企业23家，研发用物品平均通关时间由15天缩短至2天。",
         "全省首创", "片区经济发展局", "长沙黄花机场海关、湖南省药品监督管理局", LK, ""),
        ("湘粤非铁海联运通道运营协同机制",
         "与中国（广东）自由贸易试验区广州南沙新区片区建立通道运营协同机制，统一班列开行计划、箱源调配和运价体系，长沙至南沙港铁海联运班列每日对开，实现“一次报关、一次查验、全程放行”。",
         "2024年1—10月开行湘粤非铁海联运班列628列，运输集装箱5.2万标箱，对非物流成本降低约20%。",
         "全省首创", "片区商务局", "湖南中南国际陆港有限公司", JX, "与广州南沙新区片区联合申报"),
        ("先进制造业产业链“链长+片区”协同招商机制",
         "围绕工程机械、新能源汽车和电子信息三条产业链，由市级链长牵头、片区管委会统筹，建立产业链图谱、目标企业库和招商项目库“一图两库”，实行“月调度、季通报”。",
         "2024年1—10月新引进产业链项目72个，合同投资额612亿元，其中外资项目14个。",
         "全省首创", "片区投资促进局", "长沙市工业和信息化局", ALL, ""),
    ]),
    ("四、政府职能转变", [
        ("企业投资项目“拿地即开工”审批模式",
         "对片区内一般工业项目，在土地出让前完成规划设计方案审查、施工图审查和各类评估评价，企业取得土地使用权后当天即可领取建设工程规划许可证和施工许可证。",
         "已有39个项目实现“拿地即开工”，项目开工时间平均提前4个月以上。",
         "全省首创", "片区行政审批服务局", "长沙市自然资源和规划局", ALL, ""),
        ("“一业一证”改革",
         "选取便利店、药店、餐饮、健身房等24个行业，将一个行业准入涉及的多张许可证整合为一张“行业综合许可证”，实行“一次告知、一表申请、一窗受理、一证准营”。",
         "累计发放行业综合许可证1570张，审批时限压缩88%，申请材料压减67%。",
         "全省首创", "片区行政审批服务局", "长沙市市场监督管理局", ALL, "已在全省复制推广"),
        ("外籍人才“工作许可+居留许可”一窗通办",
         "在片区政务服务中心设立外籍人才服务专窗，外国人工作许可和居留许可“一窗受理、并联审批、同步发证”，办理时限由20个工作日压缩至7个工作日。",
         "累计为外籍人才办理工作许可和居留许可612人次，其中来自共建“一带一路”国家的占41%。",
         "全省首创", "片区行政审批服务局", "长沙市公安局出入境管理支队、长沙市科学技术局", ALL, ""),
        ("综合执法“一支队伍管执法”改革",
         "整合市场监管、城市管理、生态环境等11个领域执法职能，由片区综合执法局统一行使行政处罚权，推行“综合查一次”联合检查和包容审慎监管清单。",
         "涉企检查次数下降62%，对首次轻微违法行为免罚案件286件。",
         "全省首创", "片区综合执法局", "长沙市司法局", ALL, ""),
        ("涉外商事纠纷“诉调仲”一站式解决机制",
         "在片区设立涉外商事纠纷一站式解决中心，引入长沙仲裁委员会、中非经贸合作商事调解中心和片区法庭，提供诉讼、调解、仲裁无缝衔接服务，支持境外当事人在线参与。",
         "受理涉外商事纠纷214件，调解成功率71%，平均办理周期由6个月缩短至45天。",
         "全国首创", "片区法治工作局", "长沙市中级人民法院、长沙仲裁委员会", GT, ""),
    ]),
]


def cs_total():
    n = sum(len(g[1]) for g in CS_GROUPS)
    nat = sum(1 for g in CS_GROUPS for r in g[1] if r[3] == "全国首创")
    return "共%d项（其中全国首创%d项、全省首创%d项）" % (n, nat, n - nat)


# ============================================================== helpers
def col_name(top, bottom):
    return top if bottom is None else "%s/%s" % (top, bottom)


def disp(v, is_date=False, is_num=False):
    if v is None or v == "":
        return ""
    if is_date:
        return "%d年%d月" % (v[0], v[1])
    if is_num:
        return "{:,}".format(v)
    return str(v).replace("\n", "、")


def row_clause(names, values):
    return "；".join("%s：%s" % (n, v) for n, v in zip(names, values) if str(v).strip())


def header(ws, r, cols, font, widths=None):
    """Two-row header: groups merged across, single columns merged down."""
    i = 0
    while i < len(cols):
        top, bottom = cols[i]
        c = i + 1
        if bottom is None:
            ws.cell(r, c, top)
            ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
            i += 1
            continue
        j = i
        while j + 1 < len(cols) and cols[j + 1][0] == top:
            j += 1
        ws.cell(r, c, top)
        ws.merge_cells(start_row=r, start_column=c, end_row=r, end_column=j + 1)
        for k in range(i, j + 1):
            ws.cell(r + 1, k + 1, cols[k][1])
        i = j + 1
    sub = max(est_lines(b, widths[i], 11) for i, (t, b) in enumerate(cols) if b) if widths else 1
    ws.row_dimensions[r].height = 24
    ws.row_dimensions[r + 1].height = max(24, round(sub * 11 * 1.42 + 5, 1))
    for rr in (r, r + 1):
        for c in range(1, len(cols) + 1):
            cell = ws.cell(rr, c)
            cell.font = font
            cell.alignment = CENTER
            cell.border = BORDER


def page_setup(ws, title_rows, last_col, last_row):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = title_rows
    ws.print_area = "A1:%s%d" % (get_column_letter(last_col), last_row)
    ws.print_options.horizontalCentered = True
    ws.print_options.gridLines = False
    ws.page_margins.left = 0.5
    ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6
    ws.page_margins.bottom = 0.7
    ws.page_margins.footer = 0.3
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.oddFooter.center.size = 10
    ws.oddFooter.center.font = "宋体,常规"


def est_lines(text, width, size):
    """Lines a wrapped cell needs (roughly as Excel's auto-fit would store them)."""
    if text is None:
        return 1
    cap = max(width - 1.2, 1)
    lines = 0
    for part in str(text).split("\n"):
        u = sum((1.9 if ord(ch) > 0x2E80 else 1.05) * size / 11 for ch in part)
        lines += max(1, -(-u // cap))
    return int(lines)


def fit_height(ws, r, values, widths, size, skip=()):
    n = max(est_lines(v if not isinstance(v, (int, float, dt.date)) else "0000000", widths[i], size)
            for i, v in enumerate(values) if i not in skip)
    ws.row_dimensions[r].height = round(n * size * 1.36 + 5, 1)


def patch_cached_values(path, cached):
    """openpyxl writes formulas with an empty <v/>; Excel stores the computed value. Add it."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                s = data.decode("utf-8")
                for ref, val in cached.items():
                    pat = re.compile(r'(<c r="%s"[^>]*>)<f>([^<]*)</f>(?:<v\s*/>|<v></v>)?' % ref)
                    s, n = pat.subn(lambda m: "%s<f>%s</f><v>%s</v>" % (m.group(1), m.group(2), val), s)
                    assert n == 1, (ref, n)
                data = s.encode("utf-8")
            zout.writestr(item, data)
    shutil.move(tmp, path)


# ============================================================== build 1
def build_hubei():
    wb = Workbook()
    ws = wb.active
    ws.title = "重点项目清单"
    ncol = len(HB_COLS)
    for i, w in enumerate(HB_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.cell(1, 1, "附件1").font = Font(name=HT, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=2)
    ws.cell(1, 1).alignment = Alignment(horizontal="left", vertical="center")
    ws.row_dimensions[1].height = 22
    ws.cell(2, 1, HB_TITLE).font = Font(name=XBZ, size=20)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.cell(2, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[2].height = 40
    # 填报 line: three cells
    ws.cell(3, 1, HB_FILL_UNIT)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=3)
    ws.cell(3, 6, HB_FILL_DATE)
    ws.merge_cells(start_row=3, start_column=6, end_row=3, end_column=8)
    ws.cell(3, 10, HB_UNIT)
    for c, al in ((1, "left"), (6, "left"), (10, "right")):
        ws.cell(3, c).font = Font(name=FS, size=11)
        ws.cell(3, c).alignment = Alignment(horizontal=al, vertical="center")
    ws.row_dimensions[3].height = 22
    header(ws, 4, HB_COLS, Font(name=HT, size=11), HB_WIDTHS)
    r = 6
    for n, row in enumerate(HB_ROWS, 1):
        name, country, total, plan, start, end, city, ent, remark = row
        vals = [n, name, country, total, plan, dt.date(*start, 1), dt.date(*end, 1), city, ent, remark or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.font = Font(name=ST, size=11)
            cell.border = BORDER
            cell.alignment = LEFT if c in (2, 9, 10) else CENTER
            if c in (4, 5):
                cell.number_format = "#,##0"
                cell.alignment = RIGHT
            if c in (6, 7):
                cell.number_format = DATE_FMT
        fit_height(ws, r, vals, HB_WIDTHS, 11)
        r += 1
    first, last = 6, r - 1
    total_row = r
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r, 4, "=SUM(D%d:D%d)" % (first, last))
    ws.cell(r, 5, "=SUM(E%d:E%d)" % (first, last))
    for c in range(1, ncol + 1):
        cell = ws.cell(r, c)
        cell.font = Font(name=HT, size=11)
        cell.border = BORDER
        cell.alignment = RIGHT if c in (4, 5) else CENTER
        if c in (4, 5):
            cell.number_format = "#,##0"
    r += 1
    ws.cell(r, 1, HB_NOTE)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    ws.cell(r, 1).font = Font(name=FS, size=11)
    ws.cell(r, 1).alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    ws.row_dimensions[r].height = 48
    ws.freeze_panes = "C6"
    page_setup(ws, "4:5", ncol, r)
    wb.create_sheet("Sheet2")
    wb.create_sheet("Sheet3")
    path = os.path.join(HERE, HB_FILE + ".xlsx")
    wb.save(path)
    tot = sum(x[2] for x in HB_ROWS)
    plan = sum(x[3] for x in HB_ROWS)
    patch_cached_values(path, {"D%d" % total_row: tot, "E%d" % total_row: plan})
    return path, tot, plan


# ============================================================== build 2
def build_changsha():
    wb = Workbook()
    ws = wb.active
    ws.title = "制度创新案例"
    ncol = len(CS_COLS)
    for i, w in enumerate(CS_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.cell(1, 1, CS_TITLE).font = Font(name=XBZ, size=18)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[1].height = 40
    ws.cell(2, 1, CS_FILL_UNIT)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=3)
    ws.cell(2, 6, CS_FILL_DATE)
    ws.merge_cells(start_row=2, start_column=6, end_row=2, end_column=8)
    for c in (1, 6):
        ws.cell(2, c).font = Font(name=FS, size=11)
        ws.cell(2, c).alignment = Alignment(horizontal="left", vertical="center")
    ws.row_dimensions[2].height = 22
    header(ws, 3, CS_COLS, Font(name=HT, size=11), CS_WIDTHS)
    r = 5
    for cat, rows in CS_GROUPS:
        ws.cell(r, 1, cat)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        for c in range(1, ncol + 1):
            ws.cell(r, c).border = BORDER
            ws.cell(r, c).font = Font(name=HT, size=11, bold=True)
            ws.cell(r, c).alignment = Alignment(horizontal="left", vertical="center")
        ws.row_dimensions[r].height = 22
        r += 1
        for n, row in enumerate(rows, 1):
            vals = [n] + list(row)
            vals[-1] = vals[-1] or None
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.font = Font(name=ST, size=10.5)
                cell.border = BORDER
                cell.alignment = LEFT if c in (2, 3, 4) else CENTER
            fit_height(ws, r, vals, CS_WIDTHS, 10.5)
            r += 1
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, cs_total())
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=ncol)
    for c in range(1, ncol + 1):
        ws.cell(r, c).border = BORDER
        ws.cell(r, c).font = Font(name=HT, size=11)
        ws.cell(r, c).alignment = CENTER if c < 3 else LEFT
    ws.row_dimensions[r].height = 24
    last = r
    # hidden list sheet feeding the 创新层级 drop-down
    lists = wb.create_sheet("下拉选项")
    for i, v in enumerate(["全国首创", "全省首创", "全行业首创"], 1):
        lists.cell(i, 1, v)
    for i, v in enumerate([ALL, LK, GT, JK, JX], 1):
        lists.cell(i, 2, v)
    lists.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="下拉选项!$A$1:$A$3", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("E5:E%d" % (last - 1))
    dv2 = DataValidation(type="list", formula1="下拉选项!$B$1:$B$5", allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add("H5:H%d" % (last - 1))
    ws.freeze_panes = "C5"
    page_setup(ws, "3:4", ncol, last)
    path = os.path.join(HERE, CS_FILE + ".xlsx")
    wb.save(path)
    return path


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_137", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pdf_pages(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


# ============================================================== expected
def expected(hb_tot, hb_plan, hb_pages, cs_pages):
    hb_names = [col_name(t, b) for t, b in HB_COLS]
    hb_rows = []
    hb_specific = {}
    for n, row in enumerate(HB_ROWS, 1):
        name, country, total, plan, start, end, city, ent, remark = row
        vals = [str(n), name, country, disp(total, is_num=True), disp(plan, is_num=True),
                disp(start, is_date=True), disp(end, is_date=True), city, disp(ent), remark]
        hb_rows.append(row_clause(hb_names, vals))
        hb_specific["row %d (%s)" % (n, name)] = "湖北省%s (责任市州); project located in %s" % (
            city if city != "恩施州" else "恩施土家族苗族自治州", country)
    hb_total = row_clause(hb_names, ["合计", "", "", disp(hb_tot, is_num=True), disp(hb_plan, is_num=True)])
    hb = {
        "meta": {
            "title": HB_TITLE,
            "doc_number": None,
            "issuer": ["湖北省商务厅"],
            "date": "2024-03-15",
            "published": None,
            "level": "provincial",
            "region": "湖北省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "清单",
            "recipients": [],
            "publicity": None,
            "attachment_label": "附件1 (the list is 附件1 of an unseen cover notice; the label is furniture)",
            "fill_unit": "湖北省商务厅（对外投资和经济合作处）",
            "unit": "万美元",
            "sheets": ["重点项目清单 (printed)", "Sheet2 (empty)", "Sheet3 (empty)"],
        },
        "clauses": hb_rows + [hb_total, HB_NOTE],
        "applies_to": {
            "default": "湖北省",
            "specific": hb_specific,
            "note": ("Each row is a Hubei enterprise's project abroad: for the province's purposes it is the 责任市州's item "
                     "(武汉市, 宜昌市, …, 恩施州 = 恩施土家族苗族自治州, 仙桃市 a 省直管市). Placing a row in its 责任市州 is best; "
                     "in its 所在国家 is also defensible (the project site); the province alone is tolerable (low). Wrong: a row placed in a "
                     "different 市州 or a different country, or all rows placed in one city because of a neighbouring row. "
                     "The 备注 of row 11 names 鄂州花湖机场 (in 鄂州市 — consistent). 湖北省商务厅/省发展改革委 are organs, not places."),
        },
        "_note": (
            "One worksheet (重点项目清单) holds the list; Sheet2 and Sheet3 are empty and must yield nothing (no second/third document, "
            "no empty document). Furniture, not clauses: A1 “附件1” (merged A1:B1); the title row (A2 merged across A:J) = title; "
            "row 3 = 填报单位：湖北省商务厅（对外投资和经济合作处） (A3:C3) / 填报日期：2024年3月15日 (F3:H3) / 单位：万美元 (J3) — "
            "issuer 湖北省商务厅 (the 处 in brackets is the 填报 office; issuer “湖北省商务厅（对外投资和经济合作处）” is low), date 2024-03-15; "
            "the two header rows 4–5: 序号, 项目名称, 所在国家, 备注 merged down (A4:A5 …), and the groups 投资额（万美元） (D4:E4 over 总投资 / "
            "2024年计划投资), 建设期限 (F4:G4 over 开工时间 / 建成时间), 责任单位 (H4:I4 over 责任市州 / 实施企业). Column names in the "
            "expected rows are written “group/sub” (投资额（万美元）/总投资); any join of the two header levels is fine; the sub-name alone is "
            "low except for 总投资 / 2024年计划投资, which then lose the unit 万美元 (low–medium); header texts read as a data row = medium. "
            "28 project rows are clauses, in order. Traps inside rows: D/E are numbers with format #,##0 (displayed 68,000; the raw 68000 is "
            "equally fine; 68000.0 is low); F/G are real date cells formatted yyyy\"年\"m\"月\" (displayed 2023年5月; “2023-05-01”, "
            "“2023-05-01 00:00:00” or an Excel serial like 45047 invent a day / are unreadable: medium); row 4's 实施企业 cell holds a hard line "
            "break between two companies (中建鄂港能源工程有限公司（牵头） / 湖北楚电装备有限公司) — expected joins with “、”; a space or kept newline "
            "is fine, the two glued with no separator is low, the second company lost or split into another clause/row is medium; 备注 empty "
            "in many rows (omitting the 备注 key is expected; “备注：None/nan” is low). Sheet row 34 is the 合计 row (A34:C34 merged “合计”, D/E hold "
            "=SUM(D6:D33)/=SUM(E6:E33) with cached values written as Excel does): %s — reading the formula text instead of the value is medium; "
            "the 合计 dropped is low. The last row (A35 merged A:J, wrapped) is the 注 with four numbered notes — one clause (or 4) is fine; "
            "lost is medium (it defines “2024年计划投资” and the ★ marker). The sheet is frozen at C6, print titles rows 4:5, landscape A4, "
            "fit to 1 page wide, footer “第 &P 页，共 &N 页”. No 文号, no effective/expires, no 主送. doc_type 清单 (or 附件/表) fine."
            % (hb_total,)
        ),
        "_pdf": {
            "pages": hb_pages,
            "note": (
                "LibreOffice prints the sheet on %d landscape pages. Page 1 starts with 附件1, the title, the 填报 line and the two header rows; "
                "pages 2–%d repeat the two header rows 4–5 (print titles) at the top — they are furniture and must not become data rows or split "
                "a row's column names. Every page ends with the centred footer “第 N 页，共 %d 页” (furniture). Cells with wrapped text print "
                "on 2–3 lines inside the cell (项目名称, 实施企业, 备注): a row must stay one clause with its wrapped lines re-joined in "
                "the right cell (no stray spaces inside Chinese words is ideal; a space is low); lines of neighbouring cells must not be "
                "interleaved. Borders are drawn lines (no gridlines). Numbers print as 68,000 and dates as 2023年5月 — the PDF text is the "
                "displayed text. Same expected metadata and clauses as the .xlsx. The 填报单位 / 填报日期 / 单位 line prints as three separate "
                "text runs on one line."
                % (hb_pages, hb_pages, hb_pages)
            ),
        },
    }

    cs_names = [col_name(t, b) for t, b in CS_COLS]
    cs_rows, cs_cats, cs_specific = [], {}, {}
    for cat, rows in CS_GROUPS:
        for n, row in enumerate(rows, 1):
            vals = [str(n)] + [x for x in row]
            cl = row_clause(cs_names, vals)
            cs_rows.append(cl)
            cs_cats[cat] = cs_cats.get(cat, []) + [row[0]]
            if row[6] != ALL:
                cs_specific["%s %d. %s" % (cat.split("、")[0], n, row[0])] = "长沙片区" + row[6]
    cs_total_clause = "序号：合计；创新内容/主要做法：" + cs_total()
    cs = {
        "meta": {
            "title": CS_TITLE,
            "doc_number": None,
            "issuer": ["中国（湖南）自由贸易试验区长沙片区管理委员会"],
            "date": "2024-11-08",
            "published": None,
            "level": "municipal",
            "region": "湖南省长沙市（中国（湖南）自由贸易试验区长沙片区）",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "清单",
            "recipients": [],
            "publicity": None,
            "fill_unit": "长沙片区管委会综合协调局（片区自贸办）",
            "categories": cs_cats,
            "sheets": ["制度创新案例 (printed)", "下拉选项 (hidden: data-validation lists, not content)"],
        },
        "clauses": cs_rows + [cs_total_clause],
        "applies_to": {
            "default": "中国（湖南）自由贸易试验区长沙片区（湖南省长沙市）",
            "specific": cs_specific,
            "note": ("Rows whose 实施区域 is 全片区 take the default. The 区块 names are sub-areas of the 长沙片区 (临空区块 includes "
                     "长沙黄花综合保税区). 三、5 (湘粤非铁海联运) names 中国（广东）自由贸易试验区广州南沙新区片区 as a partner and its 备注 says "
                     "联合申报 — the row still applies to 金霞区块, not to 广东/广州 (placing it in 广州/南沙 is medium). 中非/非洲, "
                     "沙特阿拉伯、尼日利亚、哈萨克斯坦 (一、3), 香港、澳门及新加坡 (一、6), 深圳证券交易所 (二、2) do not place rows abroad "
                     "or in 深圳/香港. 长沙海关, 长沙黄花机场海关, 人民银行湖南省分行, 湖南省商务厅 are organs; 湖南省-level placement is low."),
        },
        "_note": (
            "One printed worksheet (制度创新案例); the sheet 下拉选项 is HIDDEN and only feeds two data-validation drop-downs (创新层级 "
            "E5:E…, 实施区域 H5:H…): its cells (全国首创/全省首创/全行业首创, the five 区域 names) are not content — read as clauses or as a "
            "second document = medium (全行业首创 does not occur in the list). Furniture: row 1 title (merged A1:I1); row 2 填报单位：长沙片区管委会"
            "综合协调局（片区自贸办） (A2:C2) / 填报日期：2024年11月8日 (F2:H2) — issuer is the 长沙片区管理委员会 (the 综合协调局 / 自贸办 as "
            "issuer is low), date 2024-11-08; header rows 3–4 (序号, 案例名称, 创新层级, 实施区域, 备注 merged down; 创新内容 C3:D3 over "
            "主要做法 / 实施成效; 责任单位 F3:G3 over 牵头单位 / 配合单位). Category rows 一、投资贸易便利化 / 二、金融开放创新 / "
            "三、产业发展与协同创新 / 四、政府职能转变 are each ONE cell merged across all nine columns between the groups: they are headings, "
            "not clauses (as heading clauses tolerable), and each case row should carry its category (path/heading); the 序号 restarts at 1 in "
            "each category, so without the category the labels 1–6 repeat four times (category lost = medium; a category row read as a data "
            "row with 序号：一、投资贸易便利化 = medium; a category glued into the previous case row = high). 22 case rows are clauses; "
            "主要做法 and 实施成效 are long wrapped texts (each 60–110 characters) and must be complete. 备注 empty in most rows. The 合计 row: "
            "A:B merged “合计”, C:I merged “%s” — as a clause (%s) or dropped, both tolerable (low). No 文号, dates of validity or 主送."
            % (cs_total(), cs_total_clause)
        ),
        "_pdf": {
            "pages": cs_pages,
            "note": (
                "LibreOffice prints the printed sheet on %d landscape pages (the hidden sheet is not printed). Header rows 3–4 repeat at the top "
                "of every page (print titles) — furniture. Footer “第 N 页，共 %d 页” centred on each page. The long 主要做法 / 实施成效 cells wrap "
                "to 4–7 lines each, side by side: the reader must keep each cell's lines together and in the right field (interleaving lines "
                "of 主要做法 and 实施成效 = high; a row split into several clauses at line breaks = high; wrapped lines re-joined with spaces "
                "inside Chinese text = low). Category rows print as one left-aligned bold line in a full-width bordered box. A category row may "
                "fall at the bottom or top of a page; the row after a page break (below the repeated header) must still belong to its category. "
                "Same expected metadata and clauses as the .xlsx."
                % (cs_pages, cs_pages)
            ),
        },
    }
    return {HB_FILE: [hb], CS_FILE: [cs]}


def main():
    hb_path, tot, plan = build_hubei()
    cs_path = build_changsha()
    for p in (hb_path, cs_path):
        to_pdf(p)
    hb_pages = pdf_pages(os.path.join(HERE, HB_FILE + ".pdf"))
    cs_pages = pdf_pages(os.path.join(HERE, CS_FILE + ".pdf"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(tot, plan, hb_pages, cs_pages), fh, ensure_ascii=False, indent=1)
    print("wrote", hb_path, cs_path, "pages", hb_pages, cs_pages)


if __name__ == "__main__":
    main()
