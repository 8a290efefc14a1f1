# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 671: 2026年自贸试验区重点建设项目计划 notices with wide project tables."""
# Project data for blind round 671 (fictional).

QD_GROUPS = [
 ("基础设施类", [
  ("前湾港区自动化集装箱码头三期工程", "新建自动化集装箱泊位2个，岸线长度约800米，年设计通过能力150万标准箱，配套建设堆场、闸口及智能管控系统。", "2025—2027", "68.50", "22.00", "山东港口青岛港集团有限公司", "青岛自贸片区管委、市交通运输局"),
  ("自贸片区疏港高速连接线工程", "新建双向六车道连接线约6.2公里，含互通立交1座、跨河桥梁2座，同步实施交通安全及监控设施。", "2024—2026", "24.30", "9.80", "青岛西海岸发展（集团）有限公司", "青岛西海岸新区管委"),
  ("前湾综合保税区卡口智能化改造项目", "改造进出区卡口通道8条，建设智能闸口、集装箱箱号自动识别及车辆电子车牌系统，实现“无感通关”。", "2026", "1.20", "1.20", "青岛前湾保税港区投资发展有限公司", "青岛自贸片区管委"),
  ("自贸片区地下综合管廊二期工程", "新建综合管廊约9.5公里，同步敷设给水、再生水、电力、通信等管线，建设监控中心1处。", "2025—2027", "15.80", "5.00", "青岛西海岸城市建设集团有限公司", "青岛西海岸新区管委、市住房城乡建设局"),
  ("前湾港区铁路集装箱中心站扩能改造工程", "新增装卸线4条，扩建集装箱堆场12万平方米，提升中欧班列和海铁联运集结能力。", "2025—2026", "9.60", "6.30", "中铁联合国际集装箱有限公司青岛分公司", "市交通运输局"),
  ("自贸片区220千伏输变电工程", "新建220千伏变电站1座，主变容量2×240兆伏安，配套建设架空及电缆线路约18公里。", "2025—2026", "5.40", "3.10", "国网山东省电力公司青岛供电公司", "市发展改革委"),
  ("片区再生水厂及配套管网工程", "新建再生水厂1座，设计规模10万吨/日，配套建设再生水管网约25公里。", "2026—2027", "7.20", "2.50", "青岛水务集团有限公司", "市水务管理局"),
  ("自贸片区5G和千兆光网升级工程", "新建5G基站600个，改造光纤接入网络，实现片区重点园区千兆光网全覆盖。", "2026", "2.80", "2.80", "中国移动通信集团山东有限公司青岛分公司", "市大数据局"),
  ("片区智慧交通示范道路工程", "改造城市道路约32公里，部署车路协同路侧单元及智能信号控制系统，建设交通运行监测平台。", "2025—2026", "3.60", "1.90", "青岛西海岸交通发展集团有限公司", "青岛西海岸新区管委"),
  ("进口冷链食品集中查验设施项目", "新建进口冷链查验库、预防性消毒场站及配套业务用房，总建筑面积约2.3万平方米。", "2026—2027", "4.10", "1.60", "青岛港国际物流有限公司", "青岛自贸片区管委、青岛海关"),
  ("黄岛港区油品码头安全提升改造工程", "改造油品泊位3个，建设智能化消防、溢油应急处置及安全监测预警系统。", "2025—2026", "3.30", "1.80", "青岛港华油品码头有限公司", "市交通运输局、市应急局"),
  ("自贸片区防洪排涝综合治理工程", "综合整治河道约14公里，新建雨水泵站3座，改造排水管网约21公里。", "2026—2028", "11.50", "3.20", "青岛西海岸城市建设集团有限公司", "市水务管理局"),
 ]),
 ("先进制造业类", [
  ("海洋高端装备研发制造基地", "建设海工装备总装车间、研发中心及配套码头，总建筑面积约28万平方米，达产后年产值约60亿元。", "2025—2027", "32.00", "10.50", "青岛海洋重工装备有限公司", "青岛自贸片区管委、市工业和信息化局"),
  ("新能源汽车核心零部件产业园项目", "建设电驱动系统、动力电池包生产线及检测中心，达产后年产电驱动系统30万套、电池包20万套。", "2025—2027", "26.80", "8.00", "青岛鑫驰新能源科技有限公司", "市工业和信息化局"),
  ("集成电路先进封装测试项目", "建设晶圆级封装及系统级封装测试生产线，达产后年封装测试芯片12亿颗。", "2024—2026", "18.50", "6.20", "青岛芯联微电子有限公司", "市工业和信息化局、市发展改革委"),
  ("生物医药CDMO产业基地", "建设原料药及制剂研发、中试和商业化生产平台，总建筑面积约9万平方米。", "2026—2028", "12.00", "3.00", "青岛康瑞生物医药有限公司", "青岛自贸片区管委"),
  ("智能家电保税研发制造中心", "利用综合保税区政策建设智能家电研发中心及保税生产线，年产智能家电产品150万台。", "2025—2026", "8.60", "4.20", "青岛海联智能家电有限公司", "青岛自贸片区管委"),
  ("氢能装备制造项目", "建设电解槽和燃料电池系统生产线，达产后年产电解槽500台套、燃料电池系统2000套。", "2026—2027", "10.40", "4.00", "青岛氢动能源装备有限公司", "市发展改革委、市工业和信息化局"),
  ("工业机器人整机及关键零部件项目", "建设工业机器人整机装配线及减速器、伺服电机生产线，年产工业机器人1万台（套）。", "2025—2027", "9.20", "3.50", "青岛智擎机器人有限公司", "市工业和信息化局"),
  ("高性能碳纤维复合材料项目", "建设碳纤维原丝及复合材料制品生产线，年产高性能碳纤维3000吨、复合材料制品5000吨。", "2026—2028", "15.00", "2.80", "青岛恒拓新材料有限公司", "市工业和信息化局"),
  ("船舶配套设备绿色制造项目", "建设船用发动机、甲板机械智能化生产车间，总建筑面积约6万平方米。", "2025—2026", "6.50", "3.40", "青岛海航船舶配套有限公司", "市工业和信息化局"),
  ("轨道交通装备保税维修及再制造基地", "开展轨道交通装备核心部件保税维修和再制造业务，建设维修车间及检测中心约4万平方米。", "2026—2027", "5.80", "2.60", "青岛四方瑞达轨道装备服务有限公司", "青岛自贸片区管委、青岛海关"),
 ]),
 ("现代服务业类", [
  ("跨境电商产业园二期项目", "建设跨境电商监管中心、海外仓服务中心及直播电商基地，总建筑面积约15万平方米。", "2025—2026", "7.80", "4.50", "青岛西海岸跨境电商产业发展有限公司", "市商务局、青岛自贸片区管委"),
  ("国际航运服务中心项目", "建设集航运交易、船舶代理、海事服务、航运金融于一体的综合服务楼宇，建筑面积约12万平方米。", "2025—2027", "13.60", "4.80", "青岛国际航运服务有限公司", "市交通运输局"),
  ("大宗商品交易中心及指定交割仓库项目", "建设大宗商品交易结算平台及期货指定交割仓库，仓储面积约20万平方米。", "2026—2027", "9.90", "3.60", "青岛港大宗商品交易中心有限公司", "市商务局、市地方金融管理局"),
  ("保税冷链物流园项目", "建设保税冷库、分拨中心及冷链展示交易区，冷库库容约30万吨。", "2025—2026", "11.20", "5.40", "青岛前湾冷链物流有限公司", "青岛自贸片区管委"),
  ("自贸金融服务中心项目", "建设金融机构集聚区及跨境金融综合服务平台，引进融资租赁、跨境资金结算等机构。", "2026—2027", "6.40", "2.00", "青岛西海岸金融发展有限公司", "市地方金融管理局"),
  ("数字贸易产业园项目", "建设数字贸易企业孵化器、数据服务中心及国际数字服务外包载体，总建筑面积约8万平方米。", "2026—2028", "7.50", "1.50", "青岛西海岸数字经济发展有限公司", "市商务局、市大数据局"),
  ("船舶保税燃料油加注基地项目", "建设保税燃料油储罐及加注作业码头，年加注能力150万吨。", "2025—2026", "4.60", "2.70", "青岛港海洋能源有限公司", "市商务局、市交通运输局"),
  ("供应链综合服务中心项目", "建设供应链管理、集中采购、分拨配送一体化服务中心，建筑面积约5万平方米。", "2026", "2.30", "2.30", "青岛国际供应链管理有限公司", "青岛自贸片区管委"),
  ("中日韩消费品集散中心项目", "建设进口消费品展示交易、保税仓储和分拨配送设施，总建筑面积约10万平方米。", "2025—2027", "8.10", "3.10", "青岛中日韩贸易发展有限公司", "市商务局"),
  ("检验检测认证综合服务平台项目", "建设国家级检验检测认证公共服务平台，配置食品、机电、化工等检测实验室。", "2026—2027", "3.20", "1.40", "青岛海正检测认证有限公司", "市市场监管局"),
 ]),
 ("开放平台类", [
  ("国际贸易“单一窗口”青岛特色应用升级项目", "升级通关物流、跨境电商、贸易融资等特色应用模块，推进与日韩港口数据互联互通。", "2026", "0.80", "0.80", "青岛港口物流电子商务有限公司", "市商务局、青岛海关"),
  ("中欧班列青岛集结中心项目", "建设班列集结场站、海关监管作业场所及多式联运信息平台，年集结能力1000列。", "2025—2027", "12.60", "4.30", "青岛中欧班列运营有限公司", "市交通运输局、市商务局"),
  ("RCEP企业服务中心项目", "建设RCEP原产地签证、经贸规则咨询、商事法律服务等一站式服务中心。", "2026", "0.60", "0.60", "青岛自贸片区投资促进服务中心", "市商务局"),
  ("保税维修再制造公共服务平台项目", "建设保税维修监管信息系统及共享检测车间，服务航空、船舶、工程机械等领域保税维修业务。", "2026—2027", "2.40", "1.00", "青岛前湾保税港区投资发展有限公司", "青岛自贸片区管委、青岛海关"),
  ("国际船舶登记服务中心项目", "建设船舶登记、检验、融资服务综合窗口，配套建设船员服务中心。", "2026", "1.10", "1.10", "青岛国际航运服务有限公司", "市交通运输局、青岛海事局"),
  ("进口贸易促进创新示范区展示交易中心项目", "建设进口商品常年展示交易中心和保税展示仓，展示面积约6万平方米。", "2025—2026", "5.20", "2.90", "青岛中日韩贸易发展有限公司", "市商务局"),
  ("海外仓公共服务平台项目", "建设海外仓信息服务平台，在日韩、东盟及欧洲布局公共海外仓8个。", "2026—2027", "3.50", "1.50", "青岛西海岸跨境电商产业发展有限公司", "市商务局"),
  ("离岸贸易综合服务中心项目", "建设离岸贸易真实性审核辅助平台及企业服务中心，推动新型离岸国际贸易集聚发展。", "2026", "0.90", "0.90", "青岛自贸片区投资促进服务中心", "市地方金融管理局、人民银行青岛市分行"),
 ]),
]

XM_GROUPS = [
 ("基础设施类", [
  ("海沧港区20#—21#泊位改造工程", "将现有2个5万吨级泊位改造为10万吨级集装箱泊位，岸线长度约760米，配套建设自动化堆场。", "2025—2027", "18.6", "6.2", "厦门港务控股集团有限公司", "厦门港口管理局"),
  ("厦门片区疏港通道提升工程", "改造疏港道路约11公里，新建下穿通道2处，优化海沧港区集疏运体系。", "2025—2026", "9.8", "5.5", "厦门路桥建设集团有限公司", "市交通运输局"),
  ("东渡港区邮轮母港配套设施工程", "建设邮轮旅客联检大楼扩建工程及交通换乘中心，建筑面积约4.5万平方米。", "2024—2026", "7.4", "3.0", "厦门国际邮轮母港集团有限公司", "厦门港口管理局、思明区人民政府"),
  ("海沧铁路货场扩能改造工程", "新建装卸线3条，扩建集装箱场站约8万平方米，提升中欧（厦门）班列集结能力。", "2025—2026", "6.3", "3.8", "中国铁路南昌局集团有限公司厦门货运中心", "市交通运输局"),
  ("象屿综合保税区基础设施提升工程", "改造围网、巡关道路及视频监控系统，新建查验场地约2万平方米。", "2026", "1.5", "1.5", "厦门象屿保税区开发有限公司", "象屿综合保税区管委会"),
  ("厦门片区智慧口岸建设工程", "建设口岸物流协同平台、智能卡口及无人集卡调度系统，覆盖海沧、东渡港区。", "2025—2026", "3.2", "1.8", "厦门港口管理局信息中心", "厦门港口管理局、厦门海关"),
  ("海沧片区220千伏变电站工程", "新建220千伏变电站1座，主变容量2×180兆伏安，配套线路约12公里。", "2026—2027", "4.5", "2.0", "国网福建省电力有限公司厦门供电公司", "市发展改革委"),
  ("片区综合管廊及市政道路配套工程", "新建综合管廊约5.6公里、市政道路约8公里，同步实施给排水及燃气管线。", "2025—2027", "12.3", "4.1", "厦门市政集团有限公司", "市建设局"),
  ("海沧港区LNG冷能综合利用工程", "利用LNG接收站冷能建设冷能空分及冷库设施，冷库库容约5万吨。", "2026—2028", "5.6", "1.2", "厦门海沧能源发展有限公司", "市发展改革委"),
  ("厦门片区数据中心及算力枢纽工程", "建设标准机柜3000个及跨境数据服务专区，配套建设绿色供电系统。", "2025—2027", "10.5", "3.5", "厦门信息集团有限公司", "市工业和信息化局、市大数据管理局"),
  ("翔安机场片区保税物流中心配套工程", "建设航空货站、保税物流仓库及监管场所，建筑面积约6万平方米。", "2025—2027", "8.7", "3.3", "厦门翔业集团有限公司", "市交通运输局、厦门海关"),
 ]),
 ("产业项目类", [
  ("飞机维修保税基地扩建项目", "新建宽体客机维修机库2座及部件维修车间，年维修能力提升至300架次。", "2025—2027", "15.2", "5.0", "厦门翔鹭飞机维修工程有限公司", "象屿综合保税区管委会"),
  ("航空发动机维修及再制造项目", "建设航空发动机维修试车台及保税再制造生产线，年维修发动机100台。", "2026—2028", "11.8", "2.6", "厦门航空发动机维修有限公司", "市工业和信息化局"),
  ("集成电路特色工艺生产线项目", "建设12英寸特色工艺晶圆生产线，月产能1万片。", "2024—2027", "45.0", "12.0", "厦门芯海集成电路有限公司", "市发展改革委、市工业和信息化局"),
  ("新型储能电池产业化项目", "建设储能电芯及系统集成生产线，达产后年产储能电池10吉瓦时。", "2025—2027", "28.5", "9.0", "厦门储源新能源科技有限公司", "市工业和信息化局"),
  ("生物医药港二期项目", "建设生物医药研发中试平台及标准化厂房，总建筑面积约12万平方米。", "2025—2027", "9.6", "3.4", "厦门生物医药港开发有限公司", "海沧区人民政府"),
  ("高端医疗器械产业园项目", "建设体外诊断试剂、医学影像设备生产线及检测中心，建筑面积约7万平方米。", "2026—2027", "6.8", "2.5", "厦门康准医疗器械有限公司", "海沧区人民政府"),
  ("光电显示材料项目", "建设高端光学膜及显示材料生产线，年产光学膜1.2亿平方米。", "2025—2026", "8.4", "4.6", "厦门光弘显示材料有限公司", "市工业和信息化局"),
  ("保税研发设计中心项目", "依托综合保税区建设消费电子保税研发设计中心，配置研发实验室及样机测试平台。", "2026", "2.1", "2.1", "厦门象屿智能科技有限公司", "象屿综合保税区管委会"),
  ("船舶及海工装备修造项目", "建设10万吨级修船坞1座及海工装备制造车间，年修造船舶120艘。", "2025—2027", "13.4", "4.0", "厦门海翔船舶重工有限公司", "市工业和信息化局"),
  ("高端钨钼新材料项目", "建设硬质合金及钨钼深加工生产线，年产硬质合金制品3000吨。", "2025—2026", "7.5", "3.9", "厦门钨源新材料有限公司", "市工业和信息化局"),
  ("智能电网装备制造项目", "建设智能开关柜、配电终端及储能变流器生产线，年产值约40亿元。", "2026—2027", "5.3", "2.0", "厦门智电装备有限公司", "市工业和信息化局"),
  ("功能性食品保税加工项目", "建设进口原料保税加工及功能性食品生产线，年加工能力5万吨。", "2026", "1.9", "1.9", "厦门嘉味食品有限公司", "象屿综合保税区管委会"),
  ("文化艺术品保税展示交易中心项目", "建设艺术品保税仓储、展示交易及鉴定评估设施，建筑面积约3万平方米。", "2025—2026", "3.6", "1.7", "厦门文化艺术品保税发展有限公司", "市商务局、市文化和旅游局"),
  ("海洋生物制品研发生产项目", "建设海洋生物活性物质提取及制品生产线，年产海洋生物制品2000吨。", "2026—2027", "4.2", "1.5", "厦门蓝湾生物科技有限公司", "市海洋发展局"),
  ("工业互联网创新应用中心项目", "建设工业互联网标识解析二级节点及创新应用体验中心，服务片区制造企业数字化转型。", "2026", "1.3", "1.3", "厦门信息集团有限公司", "市工业和信息化局"),
 ]),
 ("跨境贸易和物流类", [
  ("厦门跨境电商产业园三期项目", "建设跨境电商监管中心、海外仓综合服务中心及孵化基地，总建筑面积约9万平方米。", "2025—2026", "5.8", "3.2", "厦门国际商务发展有限公司", "市商务局"),
  ("中欧（厦门）班列集结中心项目", "建设班列集结场站、海关监管作业场所及多式联运数字平台，年开行能力600列。", "2025—2027", "7.9", "2.7", "厦门中欧班列运营有限公司", "市商务局、市交通运输局"),
  ("对台冷链物流中心项目", "建设进口冷链查验及分拨中心，冷库库容约8万吨，服务对台水果、水产品进口。", "2025—2026", "4.6", "2.4", "厦门夏商冷链物流有限公司", "市商务局、厦门海关"),
  ("国际大宗商品保税交割库项目", "建设有色金属、化工品等大宗商品期货保税交割仓库，仓储面积约15万平方米。", "2026—2027", "6.2", "2.2", "厦门象屿物流集团有限公司", "市商务局、市金融监管局"),
  ("“丝路海运”航运服务中心项目", "建设“丝路海运”运营服务中心、航运交易平台及船员服务设施。", "2026", "2.4", "2.4", "厦门港务控股集团有限公司", "厦门港口管理局"),
  ("航空物流分拨中心项目", "建设国际快件监管中心及航空货物分拨设施，年处理能力50万吨。", "2025—2027", "6.6", "2.0", "厦门空港物流有限公司", "市交通运输局"),
  ("海铁联运综合物流园项目", "建设多式联运场站、集装箱堆场及配套仓储设施，占地约35公顷。", "2026—2028", "9.0", "1.8", "厦门海沧港务物流有限公司", "海沧区人民政府"),
  ("数字贸易综合服务平台项目", "建设贸易数字化服务平台，集成通关、结汇、退税、信保等功能。", "2026", "0.9", "0.9", "厦门国际贸易单一窗口运营有限公司", "市商务局"),
 ]),
 ("社会民生类", [
  ("片区国际人才社区项目", "建设国际人才公寓约1200套及配套商业、社区服务中心，总建筑面积约16万平方米。", "2025—2027", "14.5", "4.8", "厦门安居集团有限公司", "市住房局"),
  ("片区国际学校项目", "新建国际学校1所，设置幼儿园至高中学段，办学规模1500人。", "2025—2027", "5.2", "1.9", "厦门教育发展集团有限公司", "市教育局"),
  ("海沧医院扩建项目", "新增床位500张，建设国际医疗部及急诊综合楼，建筑面积约8万平方米。", "2025—2027", "8.2", "2.9", "厦门市海沧医院", "市卫生健康委"),
  ("片区公共租赁住房项目", "建设公共租赁住房约2000套，配套建设社区服务设施。", "2026—2027", "7.1", "2.6", "厦门安居集团有限公司", "市住房局"),
  ("马銮湾生态修复及滨海公园项目", "实施海湾清淤、岸线整治及滨海公园建设，整治岸线约9公里。", "2025—2026", "4.8", "2.5", "厦门海沧城建集团有限公司", "市资源规划局、海沧区人民政府"),
  ("片区政务服务中心改造项目", "改造片区政务服务大厅，建设“一站式”涉外商事服务中心和智慧政务系统。", "2026", "0.7", "0.7", "厦门片区管委会机关事务服务中心", "厦门片区管委会"),
 ]),
]

# ---------------------------------------------------------------------------
import os, json, subprocess
from decimal import Decimal
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_BREAK
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
XBS, FS, HT, KT, SONG = "方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体"
HEAD = ["序号", "项目名称", "建设内容及规模", "建设起止年限", "总投资（亿元）", "2026年计划投资（亿元）", "项目业主", "责任单位"]
CN_NUM = "一二三四五六七八九十"


def fmt(d, places):
    q = Decimal(1).scaleb(-places)
    return str(d.quantize(q))


def set_font(run, name, size, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt_par(p, align=None, indent_chars=0, size=16, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    if left is not None:
        pf.left_indent = left


def add_par(container, runs, align=None, indent_chars=0, size=16, line=28, before=0, after=0, left=None):
    """runs: list of (text, font, bold) or str; '\n' inside text => soft line break."""
    p = container.add_paragraph()
    fmt_par(p, align, indent_chars, size, line, before, after, left)
    if isinstance(runs, str):
        runs = [(runs, FS, False)]
    for item in runs:
        text, font, bold = item[:3]
        color = item[3] if len(item) > 3 else None
        sz = item[4] if len(item) > 4 else size
        parts = text.split("\n")
        for i, part in enumerate(parts):
            r = p.add_run(part)
            set_font(r, font, sz, bold, color)
            if i < len(parts) - 1:
                r.add_break()
    return p


def empty(container, n=1, size=16, line=28):
    for _ in range(n):
        add_par(container, "", size=size, line=line)


def red_line(doc):
    p = doc.add_paragraph()
    fmt_par(p, line=8)
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "18"), ("w:space", "1"), ("w:color", "FF0000")):
        b.set(qn(k), v)
    bdr.append(b); pPr.append(bdr)


def border_par(p, top=False, bottom=False, sz="8"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side, on in (("w:top", top), ("w:bottom", bottom)):
        if on:
            b = OxmlElement(side)
            for k, v in (("w:val", "single"), ("w:sz", sz), ("w:space", "1"), ("w:color", "000000")):
                b.set(qn(k), v)
            bdr.append(b)
    pPr.append(bdr)


def page_number_footer(section):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— "); set_font(r, SONG, 14)
    r = p.add_run(); set_font(r, SONG, 14)
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r = p.add_run(); set_font(r, SONG, 14)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; r._r.append(it)
    r = p.add_run(); set_font(r, SONG, 14)
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r._r.append(f2)
    r = p.add_run("1"); set_font(r, SONG, 14)
    r = p.add_run(); set_font(r, SONG, 14)
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r._r.append(f3)
    r = p.add_run(" —"); set_font(r, SONG, 14)


def setup_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)


def new_section(doc, landscape):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
        s.top_margin, s.bottom_margin = Cm(2.5), Cm(2.2)
        s.left_margin, s.right_margin = Cm(2.0), Cm(2.0)
    else:
        setup_portrait(s)
    return s


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def cell_text(cell, text, font=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=15):
    # clear extra paragraphs left by merges
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    fmt_par(p, align, 0, size, line)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, font, size, bold)
        if i < len(parts) - 1:
            r.add_break()
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblPr = table._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW"); tblPr.append(tw)
    tw.set(qn("w:w"), str(int(Cm(sum(widths)).twips))); tw.set(qn("w:type"), "dxa")
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def add_custom_numbering(doc):
    """A decimal 1. 2. 3. list with no tab after the number (suff=nothing)."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum"); absn.set(qn("w:abstractNumId"), "90")
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); absn.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"), ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    pPr = OxmlElement("w:pPr"); ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640")
    pPr.append(ind); lvl.append(pPr)
    rPr = OxmlElement("w:rPr"); rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(a), FS)
    rPr.append(rf); sz = OxmlElement("w:sz"); sz.set(qn("w:val"), "32"); rPr.append(sz); lvl.append(rPr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num"); num.set(qn("w:numId"), "90")
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), "90"); num.append(an)
    numbering.append(num)
    return "90"


def apply_numbering(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0"); numPr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), num_id); numPr.append(ni)
    pPr.insert(0, numPr)
    p.paragraph_format.first_line_indent = Pt(32)


def row_clause(values):
    return "；".join(f"{h}：{v.strip()}" for h, v in zip(HEAD, values) if v.strip())


def group_stats(groups, places):
    out = []
    for name, rows in groups:
        t = sum(Decimal(r[3]) for r in rows); p = sum(Decimal(r[4]) for r in rows)
        out.append((name, len(rows), t, p))
    T = sum(x[2] for x in out); P = sum(x[3] for x in out)
    return out, T, P


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS; st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    setup_portrait(doc.sections[0])
    page_number_footer(doc.sections[0])
    return doc


# ============================ Document 1: Qingdao ===========================
def make_qingdao():
    doc = new_doc()
    stats, T, P = group_stats(QD_GROUPS, 2)
    clauses = []

    add_par(doc, [("青岛市人民政府办公厅文件", XBS, False, RED, 36)], WD_ALIGN_PARAGRAPH.CENTER, size=36, line=48, before=24)
    empty(doc)
    add_par(doc, "青政办字〔2026〕9号", WD_ALIGN_PARAGRAPH.CENTER)
    red_line(doc)
    empty(doc)
    # title typed with a soft line break in the middle of the phrase
    add_par(doc, [("青岛市人民政府办公厅关于印发青岛市\n2026年自贸试验区重点建设项目计划的通知", XBS, False, None, 22)],
            WD_ALIGN_PARAGRAPH.CENTER, size=22, line=33)
    empty(doc)
    add_par(doc, "各区、市人民政府，青岛西海岸新区管委，市政府各部门，市直各单位：")

    def body(text, manual=False, runin=None, runin_font=KT):
        if runin:
            runs = [(runin, runin_font, True), (text, FS, False)]
            full = runin + text
        else:
            runs = [(text, FS, False)]; full = text
        if manual:   # indentation typed with full-width spaces
            runs[0] = ("　　" + runs[0][0],) + tuple(runs[0][1:])
            add_par(doc, runs)
        else:
            add_par(doc, runs, indent_chars=2)
        clauses.append(full)

    body("《青岛市2026年自贸试验区重点建设项目计划》已经市政府同意，现印发给你们，请结合实际认真组织实施。", manual=True)
    body(f"2026年全市共安排自贸试验区重点建设项目40个，总投资{fmt(T,2)}亿元，年度计划投资{fmt(P,2)}亿元，涵盖基础设施、先进制造业、现代服务业和开放平台四大领域。各级各部门要坚持以项目建设为抓手，推动中国（山东）自由贸易试验区青岛片区高水平建设，在服务和融入高质量共建“一带一路”、深化与日韩及RCEP成员国经贸合作中发挥更大作用。现就做好计划实施工作提出以下要求：", manual=True)

    add_par(doc, [("一、强化组织推进", HT, False)], indent_chars=2)
    body("各责任单位要对列入计划的项目逐一明确分管领导、责任科室和具体责任人，制定项目推进时间表和路线图，实行“一个项目、一名领导、一个专班、一抓到底”。项目业主要严格按照计划确定的建设内容、规模和年度投资组织实施，确保项目按期开工、竣工。", runin="（一）落实项目责任制。")
    body("对尚未开工的项目，各责任单位要倒排工期，加快办理立项、规划、用地、环评、施工许可等前期手续，力争6月底前全部开工。对续建项目，要加快形象进度，确保年度计划投资按时完成。", runin="（二）加快项目前期工作。")

    add_par(doc, [("二、强化要素保障", HT, False)], indent_chars=2)
    body("青岛自贸片区管委要用好省级下放的行政许可事项，对重点项目实行容缺受理、并联审批和“拿地即开工”，推行工程建设项目审批“全程网办”。", runin="（三）优化审批服务。")
    body("市自然资源和规划局要将重点项目用地纳入年度供地计划优先保障，对涉及用海的港口、码头项目加快办理海域使用手续。", runin="（四）保障用地用海需求。")
    body("市地方金融管理局要会同人民银行青岛市分行组织开展重点项目银企对接，支持符合条件的项目申报地方政府专项债券、超长期特别国债和新型政策性金融工具，引导社会资本通过政府和社会资本合作新机制、基础设施REITs等方式参与项目建设。", runin="（五）拓宽项目融资渠道。")

    add_par(doc, [("三、强化调度考核", HT, False)], indent_chars=2)
    body("市发展改革委会同青岛自贸片区管委建立重点项目调度机制，具体要求如下：", runin="（六）实行清单化调度。")
    body("1.各责任单位于每月5日前通过全市重点项目管理平台报送上月项目进展情况，重大问题随时报告。")
    body("2.每季度召开一次项目推进会，对进度滞后的项目进行通报并督促整改。")
    body("3.对因政策调整、市场变化等原因确需调整的项目，由项目业主提出申请，经责任单位审核后报市发展改革委，按程序调整。")
    body("计划执行情况纳入各区（市）和市直有关部门年度综合考核，对推进有力、成效明显的单位予以通报表扬，对工作不力、进度严重滞后的予以约谈。", runin="（七）严格考核评价。")
    body("执行中遇到的重大问题，请及时报告市政府。", manual=True)

    empty(doc)
    add_par(doc, "附件：青岛市2026年自贸试验区重点建设项目计划表", indent_chars=2)
    empty(doc, 3)
    # 落款 aligned with typed full-width spaces
    add_par(doc, "　　　　　　　　　　　　　　　青岛市人民政府办公厅")
    add_par(doc, "　　　　　　　　　　　　　　　　2026年2月13日")
    empty(doc)
    add_par(doc, "　　（此件公开发布）")

    # ---- attachment, landscape
    s = new_section(doc, True)
    add_par(doc, [("附件", HT, False)], size=16)
    add_par(doc, [("青岛市2026年自贸试验区重点建设项目计划表", XBS, False, None, 20)], WD_ALIGN_PARAGRAPH.CENTER, size=20, line=30, after=6)
    head_cells = ["序号", "项目名称", "建设内容及规模", "建设起止\n年限", "总投资\n（亿元）", "2026年计划\n投资（亿元）", "项目业主", "责任单位"]
    widths = [1.0, 3.8, 7.2, 2.0, 2.0, 2.4, 3.9, 3.2]
    nrows = 1 + 1 + sum(len(r) + 2 for _, r in QD_GROUPS)
    t = doc.add_table(rows=nrows, cols=8)
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, widths)
    for c, h in zip(t.rows[0].cells, head_cells):
        cell_text(c, h, HT, 10.5)
    repeat_header(t.rows[0])
    ri = 1
    # 总计 row placed at the top, 序号 left blank
    vals = ["", "总计", "", "", fmt(T, 2), fmt(P, 2), "", ""]
    for c, v in zip(t.rows[ri].cells, vals):
        cell_text(c, v, HT, 10.5, True)
    clauses_table = [row_clause(vals)]
    ri += 1
    seq = 0
    for gi, (gname, rows) in enumerate(QD_GROUPS):
        row = t.rows[ri]
        m = row.cells[0].merge(row.cells[7])
        cell_text(m, f"{CN_NUM[gi]}、{gname}（{len(rows)}个）", HT, 10.5, False, WD_ALIGN_PARAGRAPH.LEFT)
        ri += 1
        for r in rows:
            seq += 1
            vals = [str(seq), r[0], r[1], r[2], r[3], r[4], r[5], r[6]]
            cells = t.rows[ri].cells
            for ci, (c, v) in enumerate(zip(cells, vals)):
                cell_text(c, v, FS, 10.5, False, WD_ALIGN_PARAGRAPH.JUSTIFY if ci in (1, 2, 6, 7) else WD_ALIGN_PARAGRAPH.CENTER)
            clauses_table.append(row_clause(vals))
            ri += 1
        _, n, gt, gp = stats[gi]
        vals = ["", "小计", "", "", fmt(gt, 2), fmt(gp, 2), "", ""]
        for c, v in zip(t.rows[ri].cells, vals):
            cell_text(c, v, FS, 10.5, True)
        clauses_table.append(row_clause(vals))
        ri += 1
    assert ri == nrows
    for row in t.rows:   # "允许跨页断行" switched off in this office's template
        e = OxmlElement("w:cantSplit"); row._tr.get_or_add_trPr().insert(0, e)
    clauses.extend(clauses_table)

    # ---- 版记, back to portrait
    new_section(doc, False)
    empty(doc, 14)
    p = add_par(doc, "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院，青岛警备区。", size=14, line=24, left=Cm(0.3))
    border_par(p, top=True, bottom=True)
    p = add_par(doc, [("青岛市人民政府办公厅", FS, False, None, 14), ("　　　　　　　　2026年2月13日印发", FS, False, None, 14)], size=14, line=24, left=Cm(0.3))
    border_par(p, bottom=True, sz="12")

    meta = {
        "title": "青岛市人民政府办公厅关于印发青岛市2026年自贸试验区重点建设项目计划的通知",
        "doc_number": "青政办字〔2026〕9号",
        "issuer": ["青岛市人民政府办公厅"],
        "date": "2026-02-13",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": None,
        "expires": None,
        "attachments": ["青岛市2026年自贸试验区重点建设项目计划表"],
        "doc_type": "通知",
        "recipients": ["各区、市人民政府", "青岛西海岸新区管委", "市政府各部门", "市直各单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ============================ Document 2: Xiamen ============================
def make_xiamen():
    doc = new_doc()
    num_id = add_custom_numbering(doc)
    stats, T, P = group_stats(XM_GROUPS, 1)
    clauses = []

    # 版头 as a borderless layout table: two organs + 文件
    ht = doc.add_table(rows=2, cols=2)
    no_borders(ht); ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(ht, [12.6, 3.0])
    cell_text(ht.cell(0, 0), "厦门市发展和改革委员会", XBS, 22, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=34)
    cell_text(ht.cell(1, 0), "中国（福建）自由贸易试验区厦门片区管理委员会", XBS, 15, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=34)
    for rr in ht.rows:
        for run in rr.cells[0].paragraphs[0].runs:
            run.font.color.rgb = RED
    m = ht.cell(0, 1).merge(ht.cell(1, 1))
    cell_text(m, "文件", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER, line=48)
    m.paragraphs[0].runs[0].font.color.rgb = RED
    empty(doc)
    add_par(doc, "厦发改投资〔2026〕27号", WD_ALIGN_PARAGRAPH.CENTER)
    red_line(doc)
    empty(doc)
    # title typed as two separate paragraphs
    add_par(doc, [("关于下达厦门市2026年自贸试验区", XBS, False, None, 22)], WD_ALIGN_PARAGRAPH.CENTER, size=22, line=33)
    add_par(doc, [("重点建设项目计划的通知", XBS, False, None, 22)], WD_ALIGN_PARAGRAPH.CENTER, size=22, line=33)
    empty(doc)
    add_par(doc, "各区人民政府，市直有关单位，片区各功能区管理机构，各项目业主单位：")

    def body(text, runin=None, numbered=False):
        if numbered:
            p = add_par(doc, [(text, FS, False)])
            apply_numbering(p, num_id)
            n = sum(1 for c in clauses if c[:2] in ("1.", "2.", "3.", "4.")) + 1
            clauses.append(f"{n}.{text}")
            return
        runs = [(runin, FS, True), (text, FS, False)] if runin else [(text, FS, False)]
        add_par(doc, runs, indent_chars=2)
        clauses.append((runin or "") + text)

    body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，加快推进中国（福建）自由贸易试验区厦门片区高质量发展，经市政府同意，现将《厦门市2026年自贸试验区重点建设项目计划》（以下简称《计划》）下达给你们，并就有关事项通知如下：")
    add_par(doc, [("一、计划总体情况", HT, False)], indent_chars=2)
    parts = []
    for (name, n, gt, gp) in stats:
        parts.append(f"{name}{n}个，总投资{fmt(gt,1)}亿元，年度计划投资{fmt(gp,1)}亿元")
    body(f"《计划》共安排项目40个，总投资{fmt(T,1)}亿元，2026年计划投资{fmt(P,1)}亿元。其中：" + "；".join(parts) + "。")
    add_par(doc, [("二、工作要求", HT, False)], indent_chars=2)
    body("各区人民政府、片区各功能区管理机构和市直有关单位作为项目推进责任单位，要建立项目专班，定期研究解决项目推进中的困难和问题；项目业主是项目建设的第一责任主体，要严格按照《计划》组织实施。", runin="（一）压实主体责任。")
    body("新开工项目要在6月底前全部开工，续建项目要加快建设进度，计划竣工项目要在年底前竣工投用。对用地、报批等前期工作进展缓慢的项目，责任单位要逐项制定攻坚措施。", runin="（二）加快开工建设。")
    body("各有关部门要围绕以下方面做好服务保障：", runin="（三）强化要素保障。")
    body("用地保障。市资源规划局对列入《计划》的项目优先安排用地指标，对海沧港区、象屿综合保税区范围内的产业项目推行“标准地”出让。", numbered=True)
    body("资金保障。市财政局统筹市级预算内投资和地方政府专项债券，对符合条件的基础设施、跨境物流项目给予支持；市金融监管局牵头组织银行机构开展项目融资对接。", numbered=True)
    body("通关便利。厦门海关对涉及综合保税区、保税维修、跨境电商的项目提前介入，优化监管方案，支持项目尽快形成业务量。", numbered=True)
    body("市发展改革委会同厦门片区管委会实行“月调度、季通报、年考核”，项目推进情况纳入各区和市直有关单位年度绩效考评。因客观原因确需调整的项目，由责任单位于9月底前提出调整申请。", runin="（四）严格调度考核。")
    add_par(doc, [("三、其他事项", HT, False)], indent_chars=2)
    body("本通知自印发之日起执行。《关于下达厦门市2025年自贸试验区重点建设项目计划的通知》（厦发改投资〔2025〕19号）同时废止。")
    body("联系人：市发展改革委投资处 林晓峰，电话：0592-5071234；厦门片区管委会经济发展局 黄雅婷，电话：0592-6895678。")

    empty(doc)
    add_par(doc, "附件：厦门市2026年自贸试验区重点建设项目计划表", indent_chars=2)
    empty(doc, 3)
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt); set_widths(lt, [7.6, 8.0])
    cell_text(lt.cell(0, 0), "厦门市发展和改革委员会", FS, 16, line=28)
    cell_text(lt.cell(0, 1), "中国（福建）自由贸易试验区\n厦门片区管理委员会", FS, 16, line=28)
    cell_text(lt.cell(1, 1), "2026年3月6日", FS, 16, line=28)
    cell_text(lt.cell(1, 0), "", FS, 16, line=28)
    empty(doc)
    add_par(doc, "（此件主动公开）", indent_chars=2)

    # ---- attachment, landscape
    new_section(doc, True)
    add_par(doc, [("附件", HT, False)])
    add_par(doc, [("厦门市2026年自贸试验区重点建设项目计划表", XBS, False, None, 20)], WD_ALIGN_PARAGRAPH.CENTER, size=20, line=30, after=6)
    widths = [1.0, 3.8, 7.2, 2.0, 2.0, 2.4, 3.9, 3.2]
    nrows = 1 + sum(len(r) + 2 for _, r in XM_GROUPS) + 1
    t = doc.add_table(rows=nrows, cols=8)
    t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, widths)
    for c, h in zip(t.rows[0].cells, HEAD):
        cell_text(c, h, HT, 10.5)
    repeat_header(t.rows[0])
    ri = 1
    for gi, (gname, rows) in enumerate(XM_GROUPS):
        row = t.rows[ri]
        m = row.cells[0].merge(row.cells[7])
        cell_text(m, f"{CN_NUM[gi]}、{gname}（{len(rows)}个）", HT, 10.5, True, WD_ALIGN_PARAGRAPH.LEFT)
        ri += 1
        for k, r in enumerate(rows, 1):  # numbering restarts in each group
            vals = [str(k), r[0], r[1], r[2], r[3], r[4], r[5], r[6]]
            for ci, (c, v) in enumerate(zip(t.rows[ri].cells, vals)):
                cell_text(c, v, FS, 10.5, False,
                          WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 2, 6, 7) else
                          (WD_ALIGN_PARAGRAPH.RIGHT if ci in (4, 5) else WD_ALIGN_PARAGRAPH.CENTER))
            clauses.append(row_clause(vals))
            ri += 1
        _, n, gt, gp = stats[gi]
        row = t.rows[ri]
        a = row.cells[0].merge(row.cells[3])
        cell_text(a, "小计", HT, 10.5)
        cell_text(row.cells[4], fmt(gt, 1), FS, 10.5, True, WD_ALIGN_PARAGRAPH.RIGHT)
        cell_text(row.cells[5], fmt(gp, 1), FS, 10.5, True, WD_ALIGN_PARAGRAPH.RIGHT)
        b = row.cells[6].merge(row.cells[7]); cell_text(b, "")
        clauses.append(row_clause(["小计", "", "", "", fmt(gt, 1), fmt(gp, 1), "", ""]))
        ri += 1
    row = t.rows[ri]
    a = row.cells[0].merge(row.cells[3]); cell_text(a, "总计", HT, 10.5)
    cell_text(row.cells[4], fmt(T, 1), FS, 10.5, True, WD_ALIGN_PARAGRAPH.RIGHT)
    cell_text(row.cells[5], fmt(P, 1), FS, 10.5, True, WD_ALIGN_PARAGRAPH.RIGHT)
    b = row.cells[6].merge(row.cells[7]); cell_text(b, "")
    clauses.append(row_clause(["总计", "", "", "", fmt(T, 1), fmt(P, 1), "", ""]))
    assert ri == nrows - 1
    note = "注：续建项目总投资含以前年度已完成投资；项目排序不分先后。"
    add_par(doc, [(note, KT, False, None, 12)], size=12, line=20, before=6)
    clauses.append(note)

    # ---- 版记 in a table with horizontal rules only, portrait
    new_section(doc, False)
    empty(doc, 14)
    bj = doc.add_table(rows=2, cols=1)
    tblPr = bj._tbl.tblPr
    bds = OxmlElement("w:tblBorders")
    for side, val, sz in (("top", "single", "12"), ("left", "nil", "0"), ("bottom", "single", "12"),
                          ("right", "nil", "0"), ("insideH", "single", "4"), ("insideV", "nil", "0")):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), sz); e.set(qn("w:color"), "000000")
        bds.append(e)
    tblPr.append(bds)
    cell_text(bj.cell(0, 0), "抄送：省发展改革委，省商务厅，福建自贸试验区工作领导小组办公室，市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅。", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT, line=24)
    cell_text(bj.cell(1, 0), "厦门市发展和改革委员会办公室　　　　　2026年3月6日印发", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT, line=24)

    meta = {
        "title": "关于下达厦门市2026年自贸试验区重点建设项目计划的通知",
        "doc_number": "厦发改投资〔2026〕27号",
        "issuer": ["厦门市发展和改革委员会", "中国（福建）自由贸易试验区厦门片区管理委员会"],
        "date": "2026-03-06",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": "2026-03-06",
        "expires": None,
        "attachments": ["厦门市2026年自贸试验区重点建设项目计划表"],
        "doc_type": "通知",
        "recipients": ["各区人民政府", "市直有关单位", "片区各功能区管理机构", "各项目业主单位"],
        "publicity": "此件主动公开",
        "repeals": "关于下达厦门市2025年自贸试验区重点建设项目计划的通知（厦发改投资〔2025〕19号）",
    }
    return doc, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for stem, fn in (("blind671_qingdao_tongzhi", make_qingdao), ("blind671_xiamen_tongzhi", make_xiamen)):
        doc, key = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = key
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_671", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
