# ruff: noqa
# -*- coding: utf-8 -*-
"""make_blind434.py -- round 434 blind test documents.

Traditional-character (繁體) documents as published in the 粤港澳 cooperation zones:
  * blind434_hengqin_gonggaofanti : 橫琴粵澳深度合作區執行委員會 公告 (繁體) with its attached 若干措施
  * blind434_hengqin_gonggaojianti: the same 公告 + 措施 in simplified characters
  * blind434_qianhai_tongzhi      : 前海管理局 通知, 简体 text followed by 繁體中文版本 in the same file
Run: /work/venv/bin/python make_blind434.py   (writes .docx, .pdf and expected.json next to itself)
"""

# ====================================================================
# Content.  S = simplified text, T = traditional text (as printed).
# The character U+23CE marks a soft line break in the Word file; it is not part of clause text.
# ====================================================================
S = {'HQ_ARTICLES': [('第一条', '为贯彻落实《横琴粤澳深度合作区建设总体方案》和《横琴粤澳深度合作区发展促进条例》，支持澳门企业在横琴粤澳深度合作区（以下简称合作区）投资兴业，促进琴澳一体化发展，结合合作区实际，制定本措施。', None),
                 ('第二条', '本措施所称澳资企业，是指在合作区依法登记注册、具有独立法人资格，且澳门投资者（包括澳门特别行政区永久性居民和在澳门依法登记注册的企业）直接或者间接持股比例合计不低于25%的企业。', None),
                 ('第三条', '合作区经济发展局负责本措施的组织实施，商事服务局、财政局、金融发展局等部门按照职责分工做好相关工作。', None),
                 ('第四条', '对新落户合作区、实缴注册资本不低于1000万元的澳资企业，按照实缴注册资本的1%给予一次性落户奖励，最高不超过300万元。', None),
                 ('第五条',
                  '澳资企业在合作区租用自用办公用房的，按照下列标准给予租金补贴，补贴期限不超过3年：',
                  ('table', ['企业类型', '补贴面积上限（平方米）', '补贴标准'], [['一般澳资企业', '300', '第一年按实际租金的50%，第二、三年按30%'], ['总部型澳资企业', '1000', '第一年按实际租金的70%，第二、三年按50%'], ['澳资科技型中小企业', '500', '三年均按实际租金的50%']])),
                 ('第六条', '澳资企业年度营业收入首次突破1亿元、5亿元、10亿元的，分别给予50万元、100万元、200万元的一次性奖励，同一企业按照差额方式累进奖励。', None),
                 ('第七条', '支持澳资企业开展跨境贸易，对经合作区“一线”“二线”分线管理通道进出口货物且年度进出口额不低于2000万元的澳资企业，按照年度进出口额的0.5%给予奖励，单个企业每年最高不超过100万元。', None),
                 ('第八条',
                  '鼓励澳资企业发展跨境电子商务，对在合作区开展跨境电子商务零售进出口业务的澳资企业，按照下列方式给予支持：',
                  ('items', ['（一）年度跨境电子商务零售进出口额超过5000万元的，给予50万元奖励；', '（二）在合作区建设跨境电子商务海外仓服务平台或者公共服务平台的，按照平台建设实际投入的30%给予补助，最高不超过200万元；', '（三）通过“澳门制造”“澳门品牌”线上专区开展销售的，按照平台服务费的50%给予补贴，每年最高不超过30万元。'])),
                 ('第九条', '支持澳门中医药、文旅会展、现代金融、高新技术等产业企业在合作区发展，对符合合作区重点产业目录的澳资企业，优先纳入合作区重点项目库，在用地、用房、人才引进等方面给予倾斜支持。', None),
                 ('第十条', '澳资企业的中医药产品取得澳门特别行政区药物监督管理局注册或者内地药品上市许可的，每个品种给予一次性奖励50万元，单个企业每年最高不超过300万元。', None),
                 ('第十一条', '支持澳资企业在合作区开展研发活动，按照企业上一年度经审计的研发费用增量部分的20%给予补助，单个企业每年最高不超过500万元。', None),
                 ('第十二条', '澳资企业通过合作区跨境融资渠道取得跨境人民币贷款的，按照实际支付利息的30%给予贴息，贴息期限不超过2年，单个企业每年最高不超过200万元。', None),
                 ('第十三条', '澳资企业聘用澳门居民并为其在合作区缴纳社会保险的，按照每人每月2000元的标准给予企业用工补贴，补贴期限不超过24个月。', None),
                 ('第十四条', '合作区商事服务局为澳资企业提供商事登记“琴澳通办”服务，澳资企业可以通过合作区政务服务平台或者设在澳门的服务窗口办理登记业务。', None),
                 ('第十五条', '同一企业同一事项符合合作区其他同类扶持政策的，按照“从高、不重复”原则予以支持。', None),
                 ('第十六条', '申请扶持的企业应当对申报材料的真实性负责。以虚假材料骗取扶持资金的，由合作区经济发展局追回已拨付资金，并依法依规将有关信息纳入信用记录；涉嫌犯罪的，依法移送有关机关处理。', None),
                 ('第十七条', '本措施所称“不低于”“不超过”“最高”均含本数；所称“元”除特别注明外，均指人民币元。', None),
                 ('第十八条', '本措施由合作区经济发展局负责解释。', None),
                 ('第十九条', '本措施自2025年5月1日起施行，有效期至2027年12月31日。', None)],
 'HQ_ATTACH': ['关于支持澳门企业在合作区发展的若干措施'],
 'HQ_ATTACH_LABEL': '附件：',
 'HQ_CUOSHI_META': {'title': '关于支持澳门企业在合作区发展的若干措施',
                    'doc_number': None,
                    'issuer': ['横琴粤澳深度合作区执行委员会'],
                    'date': '2025-04-08',
                    'published': None,
                    'level': 'zone',
                    'region': '横琴粤澳深度合作区',
                    'effective': '2025-05-01',
                    'expires': '2027-12-31',
                    'attachments': [],
                    'doc_type': '措施',
                    'recipients': [],
                    'publicity': None,
                    'repeals': None},
 'HQ_CUOSHI_TITLE': '关于支持澳门企业在合作区发展的若干措施',
 'HQ_DATE': '2025年4月8日',
 'HQ_DATE_CN': '二〇二五年四月八日',
 'HQ_DOCNUM': '琴执委〔2025〕17号',
 'HQ_GONGGAO_META': {'title': '横琴粤澳深度合作区执行委员会关于发布《关于支持澳门企业在合作区发展的若干措施》的公告',
                     'doc_number': '琴执委〔2025〕17号',
                     'issuer': ['横琴粤澳深度合作区执行委员会'],
                     'date': '2025-04-08',
                     'published': None,
                     'level': 'zone',
                     'region': '横琴粤澳深度合作区',
                     'effective': None,
                     'expires': None,
                     'attachments': ['关于支持澳门企业在合作区发展的若干措施'],
                     'doc_type': '公告',
                     'recipients': [],
                     'publicity': None,
                     'repeals': None},
 'HQ_GONGGAO_PARAS': ['为深入贯彻落实《横琴粤澳深度合作区建设总体方案》，支持澳门企业在横琴粤澳深度合作区投资兴业、集聚发展，促进澳门经济适度多元发展，经横琴粤澳深度合作区执行委员会2025年第9次全体会议⏎审议通过，现将《关于支持澳门企业在合作区发展的若干措施》予以公布。',
                      '澳资企业申报扶持资金的具体程序和申报材料，由合作区经济发展局另行制定，并在合作区门户网站及“琴澳通”政务服务平台公布。'],
 'HQ_REDHEAD': '横琴粤澳深度合作区执行委员会',
 'HQ_SIGN': '横琴粤澳深度合作区执行委员会',
 'HQ_TITLE_LINES': ['横琴粤澳深度合作区执行委员会关于发布', '《关于支持澳门企业在合作区发展的', '若干措施》的公告'],
 'QH_ATTACH': ['1.前海港澳企业跨境贸易和跨境电子商务扶持资金申报表', '2.申报材料清单'],
 'QH_BODY': [('p', '为贯彻落实《全面深化前海深港现代服务业合作区改革开放方案》《中国（广东）自由贸易试验区提升战略行动方案》，发挥前海综合保税区和中国（深圳）跨境电子商务综合试验区政策优势，支持港澳企业在前海开展跨境贸易和跨境电子商务业务，经管理局局务会议研究同意，现就有关事项通知如下：'),
             ('h1', '一、支持对象'),
             ('p', '本通知所称港澳企业，是指在前海深港现代服务业合作区（以下简称前海合作区）依法登记注册、具有独立法人资格，且香港、澳门投资者直接或者间接持股比例合计不低于25%的企业。申请支持的企业应当在前海合作区实际经营、依法纳税，未被列入严重失信主体名单。'),
             ('h1', '二、支持措施'),
             ('ri', '（一）支持跨境电子商务进口业务。', '对在前海综合保税区开展跨境电子商务网购保税进口（1210）业务，且年度进口额达到3000万元的港澳企业，给予30万元奖励；年度进口额每增加1000万元，增加奖励10万元，单个企业每年最高不超过100万元。'),
             ('ri', '（二）支持跨境电子商务出口业务。', '对开展跨境电子商务企业对企业直接出口（9710）、跨境电子商务出口海外仓（9810）业务的港澳企业，按照年度出口额的1%给予奖励，单个企业每年最高不超过150万元。'),
             ('ri', '（三）支持海外仓和前置仓建设。', '对港澳企业在“一带一路”共建国家和地区新建或者租赁面积不低于2000平方米海外仓的，按照实际投入的20%给予一次性补助，最高不超过200万元；在前海综合保税区建设面向香港市场前置仓的，参照执行。'),
             ('ri', '（四）支持跨境物流通道建设。', '鼓励港澳企业利用前海—香港国际机场“海空联运”、中欧班列（深圳）等通道开展跨境物流业务，对年度通过上述通道运输货值不低于5000万元的港澳企业，给予以下支持：'),
             ('sub', '1.按照实际支付物流费用的10%给予补贴，每年最高不超过80万元；'),
             ('sub', '2.首次开通前海至“一带一路”共建国家和地区跨境物流专线的，给予一次性奖励50万元；'),
             ('sub', '3.优先推荐纳入深圳海关高级认证企业培育名单。'),
             ('ri', '（五）支持跨境贸易便利化。', '支持港澳企业申请海关“经认证的经营者”（AEO）认证，对首次获得海关高级认证的港澳企业，给予一次性奖励20万元。推动粤港澳大湾区“组合港”“一港通”模式在前海扩面增效。'),
             ('ri', '（六）支持跨境人民币结算。', '鼓励港澳企业在跨境贸易和跨境电子商务中使用人民币结算，对年度跨境人民币结算金额不低于1亿元的港澳企业，按照结算金额的0.05%给予奖励，单个企业每年最高不超过50万元。'),
             ('ri', '（七）加强人才服务保障。', '港澳企业引进的符合前海人才认定标准的香港、澳门专业人才，可以按照规定享受前海人才住房、子女入学等配套服务。'),
             ('h1', '三、申报程序'),
             ('p', '（一）申报实行集中受理，每年分两批组织，具体安排如下：'),
             ('table', ['批次', '受理时间', '对应业务期间'], [['第一批', '每年7月1日至7月31日', '当年1月1日至6月30日'], ['第二批', '次年1月5日至1月31日', '上年7月1日至12月31日']]),
             ('p', '（二）企业通过“前海企业服务”平台在线提交申报材料，前海管理局会同前海海关等单位进行审核，审核结果在前海管理局门户网站公示5个工作日，公示无异议的按程序拨付资金。'),
             ('h1', '四、其他事项'),
             ('p', '（一）同一企业同一项目符合前海合作区其他同类扶持政策的，按照“就高、不重复”原则予以支持。'),
             ('p', '（二）企业以虚假材料骗取扶持资金的，前海管理局将追回已拨付资金，取消其3年内申报资格，并依法依规纳入信用记录。'),
             ('p', '（三）本通知自2025年7月1日起施行，有效期至2028年6月30日。《深圳市前海深港现代服务业合作区管理局关于促进跨境电子商务发展的通知》（深前海〔2022〕45号）同时废止。'),
             ('contact', '联系人：前海管理局贸易发展处\u3000陈先生，联系电话：0755-88980618。')],
 'QH_CC': '抄送：深圳市商务局，深圳海关，前海海关，香港特别行政区政府驻深圳联络处。',
 'QH_DATE': '2025年6月16日',
 'QH_DOCNUM': '深前海〔2025〕58号',
 'QH_FANTI_LABEL': '繁體中文版本',
 'QH_META': {'title': '深圳市前海深港现代服务业合作区管理局关于支持港澳企业在前海开展跨境贸易和跨境电子商务业务的通知',
             'doc_number': '深前海〔2025〕58号',
             'issuer': ['深圳市前海深港现代服务业合作区管理局'],
             'date': '2025-06-16',
             'published': None,
             'level': 'zone',
             'region': '深圳市前海深港现代服务业合作区',
             'effective': '2025-07-01',
             'expires': '2028-06-30',
             'attachments': ['前海港澳企业跨境贸易和跨境电子商务扶持资金申报表', '申报材料清单'],
             'doc_type': '通知',
             'recipients': ['各有关单位'],
             'publicity': '此件公开发布',
             'repeals': '《深圳市前海深港现代服务业合作区管理局关于促进跨境电子商务发展的通知》（深前海〔2022〕45号）'},
 'QH_PRINTDATE': '2025年6月16日印发',
 'QH_PRINTER': '深圳市前海深港现代服务业合作区管理局办公室',
 'QH_PUB': '（此件公开发布）',
 'QH_RECIP': '各有关单位：',
 'QH_REDHEAD': '深圳市前海深港现代服务业合作区管理局文件',
 'QH_SIGN': '深圳市前海深港现代服务业合作区管理局',
 'QH_TITLE_LINES': ['深圳市前海深港现代服务业合作区管理局', '关于支持港澳企业在前海开展跨境贸易和', '跨境电子商务业务的通知']}

T = {'HQ_ARTICLES': [('第一條', '為貫徹落實《橫琴粵澳深度合作區建設總體方案》和《橫琴粵澳深度合作區發展促進條例》，支持澳門企業在橫琴粵澳深度合作區（以下簡稱合作區）投資興業，促進琴澳一體化發展，結合合作區實際，制定本措施。', None),
                 ('第二條', '本措施所稱澳資企業，是指在合作區依法登記註冊、具有獨立法人資格，且澳門投資者（包括澳門特別行政區永久性居民和在澳門依法登記註冊的企業）直接或者間接持股比例合計不低於25%的企業。', None),
                 ('第三條', '合作區經濟發展局負責本措施的組織實施，商事服務局、財政局、金融發展局等部門按照職責分工做好相關工作。', None),
                 ('第四條', '對新落戶合作區、實繳註冊資本不低於1000萬元的澳資企業，按照實繳註冊資本的1%給予一次性落戶獎勵，最高不超過300萬元。', None),
                 ('第五條',
                  '澳資企業在合作區租用自用辦公用房的，按照下列標準給予租金補貼，補貼期限不超過3年：',
                  ('table', ['企業類型', '補貼面積上限（平方米）', '補貼標準'], [['一般澳資企業', '300', '第一年按實際租金的50%，第二、三年按30%'], ['總部型澳資企業', '1000', '第一年按實際租金的70%，第二、三年按50%'], ['澳資科技型中小企業', '500', '三年均按實際租金的50%']])),
                 ('第六條', '澳資企業年度營業收入首次突破1億元、5億元、10億元的，分別給予50萬元、100萬元、200萬元的一次性獎勵，同一企業按照差額方式累進獎勵。', None),
                 ('第七條', '支持澳資企業開展跨境貿易，對經合作區「一線」「二線」分線管理通道進出口貨物且年度進出口額不低於2000萬元的澳資企業，按照年度進出口額的0.5%給予獎勵，單個企業每年最高不超過100萬元。', None),
                 ('第八條',
                  '鼓勵澳資企業發展跨境電子商務，對在合作區開展跨境電子商務零售進出口業務的澳資企業，按照下列方式給予支持：',
                  ('items', ['（一）年度跨境電子商務零售進出口額超過5000萬元的，給予50萬元獎勵；', '（二）在合作區建設跨境電子商務海外倉服務平台或者公共服務平台的，按照平台建設實際投入的30%給予補助，最高不超過200萬元；', '（三）通過「澳門製造」「澳門品牌」線上專區開展銷售的，按照平台服務費的50%給予補貼，每年最高不超過30萬元。'])),
                 ('第九條', '支持澳門中醫藥、文旅會展、現代金融、高新技術等產業企業在合作區發展，對符合合作區重點產業目錄的澳資企業，優先納入合作區重點項目庫，在用地、用房、人才引進等方面給予傾斜支持。', None),
                 ('第十條', '澳資企業的中醫藥產品取得澳門特別行政區藥物監督管理局註冊或者內地藥品上市許可的，每個品種給予一次性獎勵50萬元，單個企業每年最高不超過300萬元。', None),
                 ('第十一條', '支持澳資企業在合作區開展研發活動，按照企業上一年度經審計的研發費用增量部分的20%給予補助，單個企業每年最高不超過500萬元。', None),
                 ('第十二條', '澳資企業通過合作區跨境融資渠道取得跨境人民幣貸款的，按照實際支付利息的30%給予貼息，貼息期限不超過2年，單個企業每年最高不超過200萬元。', None),
                 ('第十三條', '澳資企業聘用澳門居民並為其在合作區繳納社會保險的，按照每人每月2000元的標準給予企業用工補貼，補貼期限不超過24個月。', None),
                 ('第十四條', '合作區商事服務局為澳資企業提供商事登記「琴澳通辦」服務，澳資企業可以通過合作區政務服務平台或者設在澳門的服務窗口辦理登記業務。', None),
                 ('第十五條', '同一企業同一事項符合合作區其他同類扶持政策的，按照「從高、不重複」原則予以支持。', None),
                 ('第十六條', '申請扶持的企業應當對申報材料的真實性負責。以虛假材料騙取扶持資金的，由合作區經濟發展局追回已撥付資金，並依法依規將有關信息納入信用記錄；涉嫌犯罪的，依法移送有關機關處理。', None),
                 ('第十七條', '本措施所稱「不低於」「不超過」「最高」均含本數；所稱「元」除特別註明外，均指人民幣元。', None),
                 ('第十八條', '本措施由合作區經濟發展局負責解釋。', None),
                 ('第十九條', '本措施自2025年5月1日起施行，有效期至2027年12月31日。', None)],
 'HQ_ATTACH': ['關於支持澳門企業在合作區發展的若干措施'],
 'HQ_ATTACH_LABEL': '附件：',
 'HQ_CUOSHI_META': {'title': '關於支持澳門企業在合作區發展的若干措施',
                    'doc_number': None,
                    'issuer': ['橫琴粵澳深度合作區執行委員會'],
                    'date': '2025-04-08',
                    'published': None,
                    'level': 'zone',
                    'region': '橫琴粵澳深度合作區',
                    'effective': '2025-05-01',
                    'expires': '2027-12-31',
                    'attachments': [],
                    'doc_type': '措施',
                    'recipients': [],
                    'publicity': None,
                    'repeals': None},
 'HQ_CUOSHI_TITLE': '關於支持澳門企業在合作區發展的若干措施',
 'HQ_DATE': '2025年4月8日',
 'HQ_DATE_CN': '二〇二五年四月八日',
 'HQ_DOCNUM': '琴執委〔2025〕17號',
 'HQ_GONGGAO_META': {'title': '橫琴粵澳深度合作區執行委員會關於發佈《關於支持澳門企業在合作區發展的若干措施》的公告',
                     'doc_number': '琴執委〔2025〕17號',
                     'issuer': ['橫琴粵澳深度合作區執行委員會'],
                     'date': '2025-04-08',
                     'published': None,
                     'level': 'zone',
                     'region': '橫琴粵澳深度合作區',
                     'effective': None,
                     'expires': None,
                     'attachments': ['關於支持澳門企業在合作區發展的若干措施'],
                     'doc_type': '公告',
                     'recipients': [],
                     'publicity': None,
                     'repeals': None},
 'HQ_GONGGAO_PARAS': ['為深入貫徹落實《橫琴粵澳深度合作區建設總體方案》，支持澳門企業在橫琴粵澳深度合作區投資興業、集聚發展，促進澳門經濟適度多元發展，經橫琴粵澳深度合作區執行委員會2025年第9次全體會議⏎審議通過，現將《關於支持澳門企業在合作區發展的若干措施》予以公佈。',
                      '澳資企業申報扶持資金的具體程序和申報材料，由合作區經濟發展局另行制定，並在合作區門戶網站及「琴澳通」政務服務平台公佈。'],
 'HQ_REDHEAD': '橫琴粵澳深度合作區執行委員會',
 'HQ_SIGN': '橫琴粵澳深度合作區執行委員會',
 'HQ_TITLE_LINES': ['橫琴粵澳深度合作區執行委員會關於發佈', '《關於支持澳門企業在合作區發展的', '若干措施》的公告'],
 'QH_ATTACH': ['1.前海港澳企業跨境貿易和跨境電子商務扶持資金申報表', '2.申報材料清單'],
 'QH_BODY': [('p', '為貫徹落實《全面深化前海深港現代服務業合作區改革開放方案》《中國（廣東）自由貿易試驗區提升戰略行動方案》，發揮前海綜合保稅區和中國（深圳）跨境電子商務綜合試驗區政策優勢，支持港澳企業在前海開展跨境貿易和跨境電子商務業務，經管理局局務會議研究同意，現就有關事項通知如下：'),
             ('h1', '一、支持對象'),
             ('p', '本通知所稱港澳企業，是指在前海深港現代服務業合作區（以下簡稱前海合作區）依法登記註冊、具有獨立法人資格，且香港、澳門投資者直接或者間接持股比例合計不低於25%的企業。申請支持的企業應當在前海合作區實際經營、依法納稅，未被列入嚴重失信主體名單。'),
             ('h1', '二、支持措施'),
             ('ri', '（一）支持跨境電子商務進口業務。', '對在前海綜合保稅區開展跨境電子商務網購保稅進口（1210）業務，且年度進口額達到3000萬元的港澳企業，給予30萬元獎勵；年度進口額每增加1000萬元，增加獎勵10萬元，單個企業每年最高不超過100萬元。'),
             ('ri', '（二）支持跨境電子商務出口業務。', '對開展跨境電子商務企業對企業直接出口（9710）、跨境電子商務出口海外倉（9810）業務的港澳企業，按照年度出口額的1%給予獎勵，單個企業每年最高不超過150萬元。'),
             ('ri', '（三）支持海外倉和前置倉建設。', '對港澳企業在「一帶一路」共建國家和地區新建或者租賃面積不低於2000平方米海外倉的，按照實際投入的20%給予一次性補助，最高不超過200萬元；在前海綜合保稅區建設面向香港市場前置倉的，參照執行。'),
             ('ri', '（四）支持跨境物流通道建設。', '鼓勵港澳企業利用前海—香港國際機場「海空聯運」、中歐班列（深圳）等通道開展跨境物流業務，對年度通過上述通道運輸貨值不低於5000萬元的港澳企業，給予以下支持：'),
             ('sub', '1.按照實際支付物流費用的10%給予補貼，每年最高不超過80萬元；'),
             ('sub', '2.首次開通前海至「一帶一路」共建國家和地區跨境物流專線的，給予一次性獎勵50萬元；'),
             ('sub', '3.優先推薦納入深圳海關高級認證企業培育名單。'),
             ('ri', '（五）支持跨境貿易便利化。', '支持港澳企業申請海關「經認證的經營者」（AEO）認證，對首次獲得海關高級認證的港澳企業，給予一次性獎勵20萬元。推動粵港澳大灣區「組合港」「一港通」模式在前海擴面增效。'),
             ('ri', '（六）支持跨境人民幣結算。', '鼓勵港澳企業在跨境貿易和跨境電子商務中使用人民幣結算，對年度跨境人民幣結算金額不低於1億元的港澳企業，按照結算金額的0.05%給予獎勵，單個企業每年最高不超過50萬元。'),
             ('ri', '（七）加強人才服務保障。', '港澳企業引進的符合前海人才認定標準的香港、澳門專業人才，可以按照規定享受前海人才住房、子女入學等配套服務。'),
             ('h1', '三、申報程序'),
             ('p', '（一）申報實行集中受理，每年分兩批組織，具體安排如下：'),
             ('table', ['批次', '受理時間', '對應業務期間'], [['第一批', '每年7月1日至7月31日', '當年1月1日至6月30日'], ['第二批', '次年1月5日至1月31日', '上年7月1日至12月31日']]),
             ('p', '（二）企業通過「前海企業服務」平台在線提交申報材料，前海管理局會同前海海關等單位進行審核，審核結果在前海管理局門戶網站公示5個工作日，公示無異議的按程序撥付資金。'),
             ('h1', '四、其他事項'),
             ('p', '（一）同一企業同一項目符合前海合作區其他同類扶持政策的，按照「就高、不重複」原則予以支持。'),
             ('p', '（二）企業以虛假材料騙取扶持資金的，前海管理局將追回已撥付資金，取消其3年內申報資格，並依法依規納入信用記錄。'),
             ('p', '（三）本通知自2025年7月1日起施行，有效期至2028年6月30日。《深圳市前海深港現代服務業合作區管理局關於促進跨境電子商務發展的通知》（深前海〔2022〕45號）同時廢止。'),
             ('contact', '聯繫人：前海管理局貿易發展處\u3000陳先生，聯繫電話：0755-88980618。')],
 'QH_CC': '抄送：深圳市商務局，深圳海關，前海海關，香港特別行政區政府駐深圳聯絡處。',
 'QH_DATE': '2025年6月16日',
 'QH_DOCNUM': '深前海〔2025〕58號',
 'QH_FANTI_LABEL': '繁體中文版本',
 'QH_META': {'title': '深圳市前海深港現代服務業合作區管理局關於支持港澳企業在前海開展跨境貿易和跨境電子商務業務的通知',
             'doc_number': '深前海〔2025〕58號',
             'issuer': ['深圳市前海深港現代服務業合作區管理局'],
             'date': '2025-06-16',
             'published': None,
             'level': 'zone',
             'region': '深圳市前海深港現代服務業合作區',
             'effective': '2025-07-01',
             'expires': '2028-06-30',
             'attachments': ['前海港澳企業跨境貿易和跨境電子商務扶持資金申報表', '申報材料清單'],
             'doc_type': '通知',
             'recipients': ['各有關單位'],
             'publicity': '此件公開發布',
             'repeals': '《深圳市前海深港現代服務業合作區管理局關於促進跨境電子商務發展的通知》（深前海〔2022〕45號）'},
 'QH_PRINTDATE': '2025年6月16日印發',
 'QH_PRINTER': '深圳市前海深港現代服務業合作區管理局辦公室',
 'QH_PUB': '（此件公開發布）',
 'QH_RECIP': '各有關單位：',
 'QH_REDHEAD': '深圳市前海深港現代服務業合作區管理局文件',
 'QH_SIGN': '深圳市前海深港現代服務業合作區管理局',
 'QH_TITLE_LINES': ['深圳市前海深港現代服務業合作區管理局', '關於支持港澳企業在前海開展跨境貿易和', '跨境電子商務業務的通知']}

# ====================================================================
# Rendering code
# ====================================================================
import os
import sys
import json
import copy
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
SOFT = "\u23ce"   # soft line break marker inside source text
FS = "\u3000"     # full-width space

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


def clean(text):
    return text.replace(SOFT, "")


def set_font(run, name, size=16, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, first_indent_chars=0, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent_chars:
        pf.first_line_indent = Pt(16 * first_indent_chars)


def add_text(p, text, font=BODY_FONT, size=16, bold=None, color=None):
    """Add text, turning SOFT markers into soft line breaks (w:br)."""
    parts = text.split(SOFT)
    for i, part in enumerate(parts):
        if i > 0:
            r = p.add_run()
            set_font(r, font, size)
            r.add_break(WD_BREAK.LINE)
        if part:
            r = p.add_run(part)
            set_font(r, font, size, bold, color)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p)


def border(p, side="bottom", sz=12, color="FF0000", space=1):
    pPr = p._p.get_or_add_pPr()
    pbdr = pPr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        pPr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = BODY_FONT
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), BODY_FONT)
    add_page_number(doc)


def _fld(run, instr):
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = instr
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for x in (b, i, s, t, e):
        run._element.append(x)


def add_page_number(doc):
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— "); set_font(r, "宋体", 14)
    r = p.add_run(); set_font(r, "宋体", 14); _fld(r, " PAGE ")
    r = p.add_run(" —"); set_font(r, "宋体", 14)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def set_cell(cell, text, font=BODY_FONT, size=14, bold=None, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(22)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    add_text(p, text, font, size, bold)


def data_table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        set_cell(t.rows[0].cells[j], h, HEI, 14)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if (j == len(row) - 1 and len(v) > 12) else WD_ALIGN_PARAGRAPH.CENTER
            set_cell(t.rows[i + 1].cells[j], v, BODY_FONT, 14, align=al)
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j] * 567)))
    for row in t.rows:
        for j, w in enumerate(widths):
            if j < len(row.cells):
                row.cells[j].width = Cm(w)


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row))


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_borders(cell, **sides):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + side)
        if side in sides:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(sides[side]))
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tcPr.append(b)


def article_numbering(doc, zh_word):
    """Create a Word list whose level text is 第%1条　 in Chinese counting; return numId."""
    numbering = doc.part.numbering_part.element
    abs_id = "434"
    num_id = "434"
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "singleLevel"); a.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:suff", "nothing"),
                     ("w:lvlText", "第%1" + zh_word + FS), ("w:lvlJc", "left")):
        e = OxmlElement(tag); e.set(qn("w:val"), val); lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), "0"); ind.set(qn("w:firstLine"), "640")
    ppr.append(ind); lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for x in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rf.set(qn(x), HEI)
    rpr.append(rf)
    lvl.append(rpr)
    a.append(lvl)
    # abstractNum must precede all w:num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num"); n.set(qn("w:numId"), num_id)
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), abs_id); n.append(an)
    numbering.append(n)
    return num_id


def apply_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), num_id)
    numPr.append(il); numPr.append(ni)
    pPr.insert(0, numPr) if pPr.find(qn("w:pStyle")) is None else pPr.find(qn("w:pStyle")).addnext(numPr)


# --------------------------------------------------------------------
# Hengqin 公告 + 措施
# --------------------------------------------------------------------
def build_hengqin(C, variant):
    """variant 'fanti': manual article numbers in bold runs, spaces-aligned 落款, blank lines;
       variant 'jianti': Word auto numbering for 第X条, 落款 in borderless layout table, Chinese-numeral date."""
    doc = Document()
    setup(doc)
    clauses_g, clauses_c = [], []
    art_word = C["HQ_ARTICLES"][0][0][-1]  # 条 / 條

    # red header (公告 style: organ name + 公告 in red)
    p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=44)
    add_text(p, C["HQ_REDHEAD"], TITLE_FONT, 30, color=RED)
    p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, before=12)
    add_text(p, C["HQ_DOCNUM"], BODY_FONT, 16)
    border(p, "bottom", 18, "FF0000", 6)
    p = doc.add_paragraph(); fmt(p, line=20)

    # title: two lines
    p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    if variant == "fanti":
        add_text(p, SOFT.join(C["HQ_TITLE_LINES"]), TITLE_FONT, 22)   # one paragraph, soft breaks
    else:
        for k, line in enumerate(C["HQ_TITLE_LINES"]):                # one paragraph per line
            if k:
                p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=36)
            add_text(p, line, TITLE_FONT, 22)
    empty(doc)

    for t in C["HQ_GONGGAO_PARAS"]:
        p = doc.add_paragraph()
        if variant == "fanti":
            fmt(p)
            add_text(p, FS + FS + t.replace(SOFT, ""))   # indentation typed with spaces
        else:
            fmt(p, first_indent_chars=2)
            add_text(p, t)                                # soft line break kept
        clauses_g.append(clean(t))
    empty(doc)

    # 附件 list
    p = doc.add_paragraph(); fmt(p)
    if variant == "fanti":
        add_text(p, FS + FS + C["HQ_ATTACH_LABEL"] + C["HQ_ATTACH"][0])
    else:
        fmt(p, first_indent_chars=2)
        add_text(p, C["HQ_ATTACH_LABEL"] + C["HQ_ATTACH"][0])
    if variant == "fanti":
        empty(doc, 1)

    # 落款
    if variant == "fanti":
        p = doc.add_paragraph(); fmt(p)
        add_text(p, FS * 10 + C["HQ_SIGN"])
        p = doc.add_paragraph(); fmt(p)
        add_text(p, FS * 13 + C["HQ_DATE"])
    else:
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        set_widths(t, [4.6, 11.0])
        trPr = t.rows[0]._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit"); trPr.append(cs)
        c = t.rows[0].cells[1]
        set_cell(c, C["HQ_SIGN"], BODY_FONT, 16)
        p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_text(p, C["HQ_DATE_CN"], BODY_FONT, 16)

    # ---------- attachment: the 措施 ----------
    p = doc.add_paragraph(); fmt(p)
    p.paragraph_format.page_break_before = True
    add_text(p, "附件", HEI, 16)
    empty(doc)
    p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    add_text(p, C["HQ_CUOSHI_TITLE"], TITLE_FONT, 22)
    empty(doc)

    num_id = article_numbering(doc, art_word) if variant == "jianti" else None
    for k, (num, body, extra) in enumerate(C["HQ_ARTICLES"]):
        p = doc.add_paragraph()
        if variant == "fanti":
            fmt(p, first_indent_chars=2)
            add_text(p, num, HEI, 16, bold=True)
            add_text(p, FS + body)
        else:
            fmt(p)
            apply_num(p, num_id)
            add_text(p, body)
        clauses_c.append(num + FS + body)
        if extra and extra[0] == "table":
            _, header, rows = extra
            data_table(doc, header, rows, widths=[4.5, 3.8, 7.3])
            for r in rows:
                clauses_c.append(row_clause(header, r))
            empty(doc)
        elif extra and extra[0] == "items":
            for it in extra[1]:
                p = doc.add_paragraph(); fmt(p, first_indent_chars=2)
                add_text(p, it)
                clauses_c.append(it)
        if variant == "fanti" and k in (3, 9, 14):
            empty(doc)  # stray blank lines left by the typist
    return doc, clauses_g, clauses_c


# --------------------------------------------------------------------
# Qianhai 通知, 简体 then 繁體中文版本 in one file
# --------------------------------------------------------------------
def qianhai_part(doc, C, with_redhead):
    clauses = []
    if with_redhead:
        p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=50)
        add_text(p, C["QH_REDHEAD"], TITLE_FONT, 26, color=RED)
        for run in p.runs:   # 字符缩放 70% so the long organ name fits on one line
            w = OxmlElement("w:w"); w.set(qn("w:val"), "70")
            run._element.get_or_add_rPr().append(w)
        empty(doc)
        p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER)
        add_text(p, C["QH_DOCNUM"])
        border(p, "bottom", 18, "FF0000", 6)
    else:
        p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT)
        add_text(p, C["QH_DOCNUM"])
    empty(doc)
    p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=36)
    add_text(p, SOFT.join(C["QH_TITLE_LINES"]), TITLE_FONT, 22)
    empty(doc)
    p = doc.add_paragraph(); fmt(p)
    add_text(p, C["QH_RECIP"])
    for b in C["QH_BODY"]:
        kind = b[0]
        if kind == "h1":
            p = doc.add_paragraph(); fmt(p, first_indent_chars=2)
            add_text(p, b[1], HEI, 16)
        elif kind in ("p", "contact"):
            p = doc.add_paragraph(); fmt(p, first_indent_chars=2)
            add_text(p, b[1])
            clauses.append(clean(b[1]))
        elif kind == "ri":
            p = doc.add_paragraph(); fmt(p, first_indent_chars=2)
            add_text(p, b[1], KAI, 16, bold=True)
            add_text(p, b[2])
            clauses.append(b[1] + b[2])
        elif kind == "sub":
            p = doc.add_paragraph(); fmt(p, first_indent_chars=2)
            add_text(p, b[1])
            clauses.append(b[1])
        elif kind == "table":
            data_table(doc, b[1], b[2], widths=[2.8, 6.2, 6.6])
            for r in b[2]:
                clauses.append(row_clause(b[1], r))
    empty(doc)
    # 附件 list; second line aligned with typed full-width spaces
    label = "附件："
    p = doc.add_paragraph(); fmt(p)
    add_text(p, FS + FS + label + C["QH_ATTACH"][0])
    p = doc.add_paragraph(); fmt(p)
    add_text(p, FS * 5 + C["QH_ATTACH"][1])
    empty(doc, 1)
    p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p.paragraph_format.keep_with_next = True
    add_text(p, C["QH_SIGN"])
    p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    p.paragraph_format.keep_with_next = True
    add_text(p, C["QH_DATE"])
    p = doc.add_paragraph(); fmt(p)
    p.paragraph_format.keep_with_next = True
    p = doc.add_paragraph(); fmt(p, first_indent_chars=2)
    add_text(p, C["QH_PUB"])
    return clauses


def build_qianhai(S, T):
    doc = Document()
    setup(doc)
    cl_s = qianhai_part(doc, S, True)
    empty(doc, 2)
    # 版记 as a two-row layout table with horizontal rules
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    set_widths(t, [10.6, 5.0])
    c0 = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    c1, c2 = t.rows[1].cells[0], t.rows[1].cells[1]
    cell_borders(c0, top=12, bottom=4)
    cell_borders(c1, bottom=12)
    cell_borders(c2, bottom=12)
    set_cell(c0, S["QH_CC"], BODY_FONT, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell(c1, S["QH_PRINTER"], BODY_FONT, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell(c2, S["QH_PRINTDATE"], BODY_FONT, 14, align=WD_ALIGN_PARAGRAPH.RIGHT)
    # 繁體中文版本
    p = doc.add_paragraph(); fmt(p, WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.page_break_before = True
    add_text(p, T["QH_FANTI_LABEL"], HEI, 16, bold=True)
    empty(doc)
    cl_t = qianhai_part(doc, T, False)
    return doc, cl_s, cl_t


def convert_pdf(path):
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_434", "--headless",
           "--convert-to", "pdf", "--outdir", HERE, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    expected = {}
    outputs = []

    doc, g, c = build_hengqin(T, "fanti")
    stem = "blind434_hengqin_gonggaofanti"
    doc.save(os.path.join(HERE, stem + ".docx")); outputs.append(stem)
    expected[stem] = [
        {"meta": copy.deepcopy(T["HQ_GONGGAO_META"]), "clauses": g},
        {"meta": copy.deepcopy(T["HQ_CUOSHI_META"]), "clauses": c},
    ]

    doc, g, c = build_hengqin(S, "jianti")
    stem = "blind434_hengqin_gonggaojianti"
    doc.save(os.path.join(HERE, stem + ".docx")); outputs.append(stem)
    expected[stem] = [
        {"meta": copy.deepcopy(S["HQ_GONGGAO_META"]), "clauses": g},
        {"meta": copy.deepcopy(S["HQ_CUOSHI_META"]), "clauses": c},
    ]

    doc, cs, ct = build_qianhai(S, T)
    stem = "blind434_qianhai_tongzhi"
    doc.save(os.path.join(HERE, stem + ".docx")); outputs.append(stem)
    expected[stem] = [
        {"meta": copy.deepcopy(S["QH_META"]), "clauses": cs},
        {"meta": copy.deepcopy(T["QH_META"]), "clauses": ct},
    ]

    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)

    for stem in outputs:
        convert_pdf(os.path.join(HERE, stem + ".docx"))
    print("wrote", ", ".join(outputs), "+ expected.json")


if __name__ == "__main__":
    main()
