# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 456: government-portal pages printed from a browser.

For every document this writes
  blind456_<place>_<kind>.docx      the portal page laid out in Word (browser header/footer)
  blind456_<place>_<kind>.pdf       LibreOffice conversion of the .docx
  blind456_<place>_<kind>_web.html  the hand-made portal page
  blind456_<place>_<kind>_web.pdf   the same page printed by Chromium (if available)
and expected.json (one key per stem).
"""
import html as H
import json
import os
import shutil
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
PRINT_TIME = "2026/3/18 10:25"

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
YAHEI = "微软雅黑"
SONG = "宋体"

# ---------------------------------------------------------------------------
# Content
# Block kinds:
#   ("doctitle", text)              title of a document (not a clause)
#   ("docno", text)                 文号 line
#   ("to", text)                    主送 line
#   ("p", text)                     body paragraph (clause)
#   ("brp", [parts])                body paragraph with soft line breaks (clause = join)
#   ("h", text)                     heading on its own line (not a clause)
#   ("chap", text)                  chapter heading (not a clause)
#   ("runin", head, rest)           run-in heading paragraph (clause = head+rest)
#   ("art", num, rest)              article (clause = num + "　" + rest)
#   ("autonum", [texts])            （一）（二）… typed in HTML, Word numbering in docx
#   ("table", headers, rows, colw)  table; each row is a clause
#   ("sign", [organs], date, style) 落款
#   ("public", text)                （此件公开发布）
#   ("attach", [(label, title, file)])  附件 list / links
#   ("blank",)                      empty paragraph
# ---------------------------------------------------------------------------

CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

# ---------------------------------------------------------------- Zhengzhou
ZZ_TITLE = "郑州市人民政府办公厅关于印发郑州市跨境电子商务综合试验区建设三年行动方案（2025—2027年）的通知"
ZZ_PLAN = "郑州市跨境电子商务综合试验区建设三年行动方案（2025—2027年）"
zz_notice = [
    ("doctitle", ZZ_TITLE),
    ("docno", "郑政办〔2025〕41号"),
    ("to", "各开发区管委会，各区县（市）人民政府，市人民政府各部门，各有关单位："),
    ("p", "　　《" + ZZ_PLAN + "》已经市政府同意，现印发给你们，请认真贯彻执行。"),
    ("sign", ["郑州市人民政府办公厅"], "2025年12月26日", "spaces"),
    ("public", "（此件公开发布）"),
    ("blank",),
    ("blank",),
]
zz_plan = [
    ("doctitle", ZZ_PLAN),
    ("p", "　　为深入贯彻落实党中央、国务院关于推动跨境电子商务健康持续创新发展的决策部署，加快中国（郑州）跨境电子商务综合试验区（以下简称郑州综试区）建设，巩固提升“买全球、卖全球”发展优势，结合我市实际，制定本方案。"),
    ("h", "一、总体目标"),
    ("p", "　　到2027年，全市跨境电商进出口交易额突破1800亿元，年均增长10%以上；培育跨境电商交易额超10亿元企业30家、超亿元企业150家；建设市级以上跨境电商产业园区20个、公共海外仓60个；“跨境电商+产业带”覆盖全市主要特色产业集群，郑州综试区在全国综试区考核评估中持续保持第一档次。"),
    ("h", "二、重点任务"),
    ("runin", "（一）壮大跨境电商经营主体。", "实施跨境电商主体培育“千企工程”，支持传统外贸企业、生产制造企业通过自建独立站、入驻第三方平台等方式开展跨境电商业务。对年度跨境电商进出口交易额首次突破1亿元、5亿元、10亿元的企业，分别给予一次性奖励。（责任单位：市商务局，各开发区管委会、各区县〔市〕人民政府）"),
    ("runin", "（二）推进“跨境电商+产业带”发展。", "聚焦我市特色优势产业，每年遴选3—5个产业带开展跨境电商转型试点，推动产业带企业“抱团出海”。（责任单位：市商务局、市工业和信息化局，各开发区管委会、各区县〔市〕人民政府）"),
    ("p", "　　1.服装鞋帽产业带。依托二七区、中原区服装产业基础，建设跨境电商服装选品中心和直播基地，推动本土品牌通过跨境电商拓展中亚、东南亚市场。"),
    ("p", "　　2．食品产业带。支持郑州航空港经济综合实验区、新郑市食品企业开展跨境电商出口，加快速冻食品、休闲食品、中原特色农产品出海。"),
    ("p", "　　3.装备制造产业带。推动郑州经济技术开发区、荥阳市装备制造企业开展跨境电商B2B出口，鼓励利用海外仓提供展示、售后和备品备件服务。"),
    ("runin", "（三）完善海外仓布局。", "支持企业在“一带一路”共建国家和RCEP成员国建设、租赁公共海外仓，对新认定的市级公共海外仓按照其实际投资额给予一定比例补助。鼓励海外仓企业与郑州综试区线上综合服务平台实现数据对接。（责任单位：市商务局、市财政局）"),
    ("runin", "（四）提升通关便利化水平。", "深化跨境电商零售进口“网购保税+实体新零售”模式，推广跨境电商出口“9710”“9810”监管方式，支持郑州新郑综合保税区、郑州经开综合保税区开展跨境电商保税备货、退货中心仓业务。（责任单位：郑州海关，郑州航空港经济综合实验区管委会、郑州经济技术开发区管委会）"),
    ("runin", "（五）强化物流通道支撑。", "发挥郑州—卢森堡“空中丝绸之路”和中欧班列（郑州）通道优势，加密至欧美、中亚等地区的跨境电商货运航线和专列，推动“空陆联运”“陆海联运”跨境电商物流模式常态化运行。（责任单位：市交通运输局、市发展改革委、郑州国际陆港开发建设有限公司）"),
    ("runin", "（六）加强人才和金融支撑。", "支持驻郑高校、职业院校开设跨境电商专业，建设跨境电商人才实训基地。鼓励金融机构开发“跨境电商贷”等专属信贷产品，支持跨境电商企业使用跨境人民币结算。（责任单位：市教育局、市人力资源社会保障局、市委金融办、人民银行河南省分行）"),
    ("p", "　　郑州综试区2026年重点推进事项如下："),
    ("table", ["序号", "重点事项", "牵头单位", "完成时限"], [
        ["1", "建成跨境电商产业带服务中心3个", "市商务局", "2026年6月底前"],
        ["2", "新认定市级公共海外仓10个", "市商务局、市财政局", "2026年9月底前"],
        ["3", "开通跨境电商货运航线2条", "郑州航空港经济综合实验区管委会", "2026年10月底前"],
        ["4", "上线跨境电商出口退货中心仓", "郑州海关", "2026年12月底前"],
        ["5", "开展跨境电商人才培训5000人次", "市人力资源社会保障局", "2026年12月底前"],
    ], [1.3, 7.0, 5.2, 3.2]),
    ("h", "三、保障措施"),
    ("runin", "（一）加强组织领导。", "发挥郑州综试区建设领导小组统筹协调作用，领导小组办公室（设在市商务局）负责日常工作，定期研究解决建设中的重大问题。"),
    ("runin", "（二）强化资金保障。", "统筹用好中央外经贸发展专项资金和市级商务发展资金，加大对跨境电商主体培育、公共海外仓建设、人才培养等方面的支持力度。"),
    ("runin", "（三）加强监测评估。", "建立跨境电商统计监测制度，按季度通报各开发区、区县（市）跨境电商发展情况，年度评估结果纳入全市高质量发展综合绩效考核。"),
    ("p", "　　本方案自印发之日起施行，有效期至2027年12月31日。"),
]

# ---------------------------------------------------------------- Qingdao
QD_TITLE = "关于组织申报2026年度中国（山东）自由贸易试验区青岛片区外商投资促进专项资金的通知"
qd_doc = [
    ("doctitle", QD_TITLE),
    ("docno", "青自贸管发〔2026〕7号"),
    ("to", "各有关单位、各相关企业："),
    ("p", "　　为贯彻落实《中华人民共和国外商投资法》及国家、省、市关于稳外资的决策部署，进一步发挥自贸试验区制度创新优势，加大外资招引力度，根据《中国（山东）自由贸易试验区青岛片区促进外商投资若干措施》（青自贸管发〔2024〕19号）有关规定，现就组织申报2026年度青岛片区外商投资促进专项资金有关事项通知如下："),
    ("h", "一、支持对象"),
    ("p", "　　在中国（山东）自由贸易试验区青岛片区（以下简称青岛片区）内依法注册登记、具有独立法人资格、已按规定报送外商投资信息报告的外商投资企业，以及为青岛片区引进外资项目作出突出贡献的中介机构。"),
    ("h", "二、支持内容及标准"),
    ("p", "　　2025年1月1日至2025年12月31日期间发生的下列事项，按照下表标准予以支持："),
    ("table", ["序号", "支持事项", "支持标准", "单家年度上限（万元）"], [
        ["1", "新设外资项目", "当年实际到账外资金额1000万美元（含）以上的，按实际到账外资金额的1%给予奖励", "500"],
        ["2", "增资扩股", "现有外资企业增资实际到账外资金额500万美元（含）以上的，按实际到账外资金额的0.8%给予奖励", "300"],
        ["3", "跨国公司地区总部和功能性机构", "新认定为省级跨国公司地区总部的，给予一次性奖励200万元；新认定为功能性机构的，给予一次性奖励100万元", "200"],
        ["4", "外资企业利润再投资", "以境内分配利润直接在青岛片区再投资的，按再投资额的0.5%给予奖励", "200"],
        ["5", "中介机构招商奖励", "按引进项目当年实际到账外资金额的0.1%给予奖励", "50"],
    ], [1.3, 4.2, 8.6, 2.6]),
    ("p", "　　同一企业同一事项符合片区其他同类政策的，按照“就高不重复”原则予以支持。"),
    ("h", "三、申报条件"),
    ("autonum", [
        "申报企业在青岛片区依法纳税，财务管理制度健全；",
        "申报企业近三年内无严重失信行为，未被列入严重违法失信主体名单；",
        "申报事项实际到账外资以外汇登记凭证、银行入账凭证为准；",
        "已享受中央、省、市同类资金支持的同一事项，不得重复申报。",
    ]),
    ("h", "四、申报材料"),
    ("p", "　　申报单位应提交以下材料（一式两份，加盖公章，按顺序装订成册）："),
    ("p", "　　1.2026年度青岛片区外商投资促进专项资金申报表（附件1）；"),
    ("p", "　　2.营业执照、外商投资信息报告回执复印件；"),
    ("p", "　　3.实际到账外资的银行入账凭证、验资报告或外汇登记凭证；"),
    ("p", "　　4.信用承诺书（附件2）；"),
    ("p", "　　5.其他需要提供的证明材料。"),
    ("h", "五、申报时间及方式"),
    ("p", "　　申报时间为2026年3月5日至2026年4月10日。申报单位登录“青岛片区惠企政策兑现平台”在线填报，并将纸质材料报送至青岛片区管委会企业服务中心（青岛市黄岛区长江中路217号1203室）。逾期不予受理。"),
    ("h", "六、工作要求"),
    ("runin", "（一）", "各申报单位对申报材料的真实性、准确性负责。对弄虚作假、骗取专项资金的，一经查实，收回已拨付资金，并按规定纳入信用记录；涉嫌违法犯罪的，依法移送有关部门处理。"),
    ("runin", "（二）", "专项资金拨付后，企业应当按规定进行会计处理，自觉接受财政、审计等部门的监督检查。"),
    ("p", "　　联系人及电话：青岛片区管委会投资促进部王磊，0532-86981235；青岛西海岸新区财政局经济建设科李晓彤，0532-86983627。"),
    ("attach", [
        ("1", "2026年度青岛片区外商投资促进专项资金申报表", "2026年度青岛片区外商投资促进专项资金申报表.docx"),
        ("2", "信用承诺书", "信用承诺书.pdf"),
    ]),
    ("sign", ["中国（山东）自由贸易试验区青岛片区管理委员会", "青岛西海岸新区财政局"], "2026年3月2日", "oneline"),
]

# ---------------------------------------------------------------- Chongqing
CQ_RULES = "重庆市中欧班列（成渝）运营补贴资金管理办法"
CQ_TITLE = "重庆市人民政府口岸和物流办公室 重庆市财政局关于印发《" + CQ_RULES + "》的通知"
cq_notice = [
    ("doctitle", CQ_TITLE),
    ("docno", "渝口岸发〔2026〕9号"),
    ("to", "各区县（自治县）人民政府，市级有关部门，有关企业："),
    ("p", "　　为规范中欧班列（成渝）运营补贴资金管理，提高资金使用效益，推动中欧班列（成渝）高质量发展，市政府口岸物流办、市财政局制定了《" + CQ_RULES + "》，现印发给你们，请遵照执行。"),
    ("sign", ["重庆市人民政府口岸和物流办公室", "重庆市财政局"], "2026年2月10日", "stacked"),
    ("public", "（此件公开发布）"),
    ("blank",),
]
cq_rules = [
    ("doctitle", CQ_RULES),
    ("chap", "第一章　总　则"),
    ("art", "第一条", "为规范中欧班列（成渝）运营补贴资金（以下简称补贴资金）管理，提高资金使用效益，根据《中华人民共和国预算法》《重庆市市级财政专项资金管理办法》等规定，结合我市实际，制定本办法。"),
    ("art", "第二条", "本办法所称补贴资金，是指市级财政预算安排，用于支持中欧班列（成渝）平台公司开行中欧班列、拓展国际物流通道、培育回程货源的专项资金。"),
    ("art", "第三条", "补贴资金的管理和使用遵循“公开透明、绩效导向、逐年退坡、规范高效”的原则。"),
    ("chap", "第二章　职责分工"),
    ("art", "第四条", "市政府口岸物流办负责提出补贴资金年度预算建议，组织项目申报和审核，会同市财政局下达资金分配方案，开展绩效管理和监督检查。"),
    ("art", "第五条", "市财政局负责补贴资金预算管理，审核资金分配方案并按程序拨付资金，指导开展绩效评价。"),
    ("art", "第六条", "中欧班列（成渝）平台公司（以下简称平台公司）负责补贴资金申报，对申报材料的真实性、完整性负责，并按规定使用补贴资金。"),
    ("chap", "第三章　补贴范围和标准"),
    ("art", "第七条", "补贴资金主要用于以下方面："),
    ("p", "　　（一）去程、回程班列运营补贴；"),
    ("p", "　　（二）新开辟国际线路补贴；"),
    ("p", "　　（三）回程货源培育补贴；"),
    ("p", "　　（四）“中欧班列+”多式联运补贴。"),
    ("art", "第八条", "去程、回程班列按照标准集装箱（40英尺）给予运营补贴，补贴标准逐年退坡，具体如下："),
    ("table", ["年度", "去程（元/FEU）", "回程（元/FEU）"], [
        ["2026年", "3000", "4500"],
        ["2027年", "2400", "3600"],
        ["2028年", "1800", "2700"],
        ["2029年及以后", "根据绩效评价结果另行确定", "根据绩效评价结果另行确定"],
    ], [4.0, 6.2, 6.2]),
    ("art", "第九条", "平台公司新开辟经中亚、俄罗斯至欧洲或者经跨里海国际运输走廊的国际线路，首年稳定开行12列以上的，每条线路给予一次性补贴200万元。"),
    ("art", "第十条", "对经中欧班列（成渝）回程进口并在本市完成加工、分拨的货物，按照回程货值的0.5%给予平台公司回程货源培育补贴，单个年度最高不超过1000万元。"),
    ("art", "第十一条", "对开展“中欧班列+西部陆海新通道”“中欧班列+长江黄金水道”等多式联运业务的，按照每标准箱500元给予补贴。"),
    ("chap", "第四章　申报和拨付"),
    ("art", "第十二条", "平台公司应当于每年2月底前，向市政府口岸物流办报送上一年度补贴资金申请材料，主要包括："),
    ("p", "　　（一）补贴资金申请报告；"),
    ("p", "　　（二）班列开行明细表及海关报关单据；"),
    ("p", "　　（三）会计师事务所出具的专项审计报告；"),
    ("p", "　　（四）其他需要提供的材料。"),
    ("art", "第十三条", "市政府口岸物流办会同市财政局对申请材料进行审核，必要时委托第三方机构开展核查，审核结果在市政府口岸物流办门户网站公示5个工作日。"),
    ("art", "第十四条", "公示无异议的，由市财政局按照预算管理规定拨付补贴资金。"),
    ("chap", "第五章　监督管理"),
    ("art", "第十五条", "平台公司应当对补贴资金单独核算，专款专用，不得挪作他用。"),
    ("art", "第十六条", "对虚报、冒领、截留、挪用补贴资金等违法违规行为，依照《财政违法行为处罚处分条例》等有关规定处理；构成犯罪的，依法追究刑事责任。"),
    ("art", "第十七条", "市政府口岸物流办应当会同市财政局于每年年底前对补贴资金开展绩效评价，评价结果作为下一年度预算安排和补贴标准调整的重要依据。"),
    ("chap", "第六章　附　则"),
    ("art", "第十八条", "本办法由市政府口岸物流办、市财政局负责解释。"),
    ("artbr", "第十九条", ["本办法自2026年3月15日起施行，有效期至2031年3月14日。", "《重庆市中欧班列（渝新欧）运营补贴资金管理暂行办法》（渝口岸发〔2021〕15号）同时废止。"]),
]

# ---------------------------------------------------------------------------
# Sites (portal chrome) – none of this is body text.
# ---------------------------------------------------------------------------
DOCS = [
    {
        "stem": "blind456_zhengzhou_fangan",
        "site": {
            "name": "郑州市人民政府", "domain": "www.zhengzhou.gov.cn", "color": "#b8000b",
            "nav": ["首页", "要闻动态", "政务公开", "政务服务", "互动交流", "走进郑州"],
            "crumb": ["首页", "政务公开", "政策文件", "市政府办公厅文件"],
            "page_title": ZZ_TITLE + "_政策文件_郑州市人民政府网",
            "hdr_title": "郑州市人民政府办公厅关于印发郑州市跨境电子商务综合试验区建设三年…_政策文件_郑州市人民政府网",
            "url": "https://www.zhengzhou.gov.cn/zfwj/2026-01/05/content_8123456.html",
            "grid": [("索引号", "11410100MB1957322K/2026-00012"), ("主题分类", "商贸、海关、旅游\\对外经贸合作"),
                     ("发布机构", "郑州市人民政府办公厅"), ("成文日期", "2025年12月26日"),
                     ("发文字号", "郑政办〔2025〕41号"), ("发布日期", "2026年01月05日"),
                     ("有效性", "有效"), ("", "")],
            "grid_title": ZZ_TITLE,
            "source": "来源：郑州市人民政府办公厅　　发布时间：2026-01-05 16:40　　浏览次数：3517",
            "related": ["【政策解读】《郑州市跨境电子商务综合试验区建设三年行动方案（2025—2027年）》解读",
                        "【关联文件】河南省人民政府办公厅关于支持跨境电子商务高质量发展的若干意见"],
            "footer": ["主办：郑州市人民政府办公厅　　承办：郑州市大数据管理局",
                       "网站标识码：4101000001　　豫ICP备05022873号　　豫公网安备 41010502003318号",
                       "地址：郑州市中原西路233号　　联系电话：0371-67181234"],
        },
        "parts": [zz_notice, zz_plan],
    },
    {
        "stem": "blind456_qingdao_tongzhi",
        "site": {
            "name": "青岛市人民政府", "domain": "www.qingdao.gov.cn", "color": "#0b5aa8",
            "nav": ["首页", "政务公开", "政务服务", "政民互动", "数据开放", "印象青岛"],
            "crumb": ["首页", "政务公开", "政策文件", "部门文件"],
            "page_title": QD_TITLE + "_政策文件_青岛市人民政府网",
            "hdr_title": "关于组织申报2026年度中国（山东）自由贸易试验区青岛片区外商投资…_政策文件_青岛市人民政府网",
            "url": "https://www.qingdao.gov.cn/zwgk/zdgk/bmwj/202603/t20260304_9182736.shtml",
            "grid": [("索引号", "qdzmq-0300-2026-000015"), ("主题分类", "外商投资"),
                     ("发布机构", "中国（山东）自由贸易试验区青岛片区管理委员会"), ("成文日期", "2026-03-02"),
                     ("发文字号", "青自贸管发〔2026〕7号"), ("发布日期", "2026-03-04"),
                     ("有效性", "—"), ("", "")],
            "grid_title": QD_TITLE,
            "source": "来源：青岛片区管委会　　发布时间：2026-03-04 10:12　　浏览次数：1286",
            "related": ["【图解】一图读懂2026年度青岛片区外商投资促进专项资金申报"],
            "footer": ["主办：青岛市人民政府办公厅　　承办：青岛市大数据发展管理局",
                       "网站标识码：3702000018　　鲁ICP备05016735号　　鲁公网安备 37020202000671号"],
        },
        "parts": [qd_doc],
    },
    {
        "stem": "blind456_chongqing_banfa",
        "site": {
            "name": "重庆市人民政府", "domain": "www.cq.gov.cn", "color": "#c4161c",
            "nav": ["首页", "市政府", "新闻", "政务公开", "政务服务", "互动交流", "走进重庆"],
            "crumb": ["首页", "政务公开", "政府信息公开目录", "政策文件", "部门规范性文件"],
            "page_title": CQ_TITLE + "_政策文件_重庆市人民政府网",
            "hdr_title": "重庆市人民政府口岸和物流办公室 重庆市财政局关于印发《重庆市中欧班列…_政策文件_重庆市人民政府网",
            "url": "https://www.cq.gov.cn/zwgk/zfxxgkml/zcwj/bmgfxwj/202602/t20260214_14520391.html",
            "grid": [("索引号", "11500000MB1K47382X/2026-00021"), ("主题分类", "交通运输\\口岸物流"),
                     ("发布机构", "重庆市人民政府口岸和物流办公室"), ("成文日期", "2026-02-10"),
                     ("发文字号", "渝口岸发〔2026〕9号"), ("发布日期", "2026-02-14"),
                     ("有效性", "有效"), ("登记号", "渝口岸规〔2026〕1号")],
            "grid_title": CQ_TITLE,
            "source": "来源：市政府口岸物流办　　发布时间：2026-02-14 09:30　　浏览次数：2204",
            "related": ["【图文解读】一图读懂《重庆市中欧班列（成渝）运营补贴资金管理办法》",
                        "【文字解读】《重庆市中欧班列（成渝）运营补贴资金管理办法》政策解读"],
            "footer": ["主办：重庆市人民政府办公厅　　承办：重庆市大数据应用发展管理局",
                       "网站标识码：5000000095　　渝ICP备05003300号　　渝公网安备 50010302000150号"],
        },
        "parts": [cq_notice, cq_rules],
    },
]

# ---------------------------------------------------------------------------
# Answer key
# ---------------------------------------------------------------------------
META = {
    "blind456_zhengzhou_fangan": [
        {"title": ZZ_TITLE, "doc_number": "郑政办〔2025〕41号", "issuer": ["郑州市人民政府办公厅"],
         "date": "2025-12-26", "published": "2026-01-05", "level": "municipal", "region": "郑州市",
         "effective": None, "expires": None, "attachments": [], "doc_type": "通知",
         "recipients": ["各开发区管委会", "各区县（市）人民政府", "市人民政府各部门", "各有关单位"],
         "publicity": "此件公开发布", "repeals": None},
        {"title": ZZ_PLAN, "doc_number": None, "issuer": ["郑州市人民政府办公厅"],
         "date": "2025-12-26", "published": "2026-01-05", "level": "municipal", "region": "郑州市",
         "effective": "2025-12-26", "expires": "2027-12-31", "attachments": [], "doc_type": "方案",
         "recipients": [], "publicity": None, "repeals": None},
    ],
    "blind456_qingdao_tongzhi": [
        {"title": QD_TITLE, "doc_number": "青自贸管发〔2026〕7号",
         "issuer": ["中国（山东）自由贸易试验区青岛片区管理委员会", "青岛西海岸新区财政局"],
         "date": "2026-03-02", "published": "2026-03-04", "level": "zone",
         "region": "中国（山东）自由贸易试验区青岛片区",
         "effective": None, "expires": None,
         "attachments": ["2026年度青岛片区外商投资促进专项资金申报表", "信用承诺书"],
         "doc_type": "通知", "recipients": ["各有关单位", "各相关企业"],
         "publicity": None, "repeals": None},
    ],
    "blind456_chongqing_banfa": [
        {"title": CQ_TITLE, "doc_number": "渝口岸发〔2026〕9号",
         "issuer": ["重庆市人民政府口岸和物流办公室", "重庆市财政局"],
         "date": "2026-02-10", "published": "2026-02-14", "level": "provincial", "region": "重庆市",
         "effective": None, "expires": None, "attachments": [], "doc_type": "通知",
         "recipients": ["各区县（自治县）人民政府", "市级有关部门", "有关企业"],
         "publicity": "此件公开发布", "repeals": None},
        {"title": CQ_RULES, "doc_number": None,
         "issuer": ["重庆市人民政府口岸和物流办公室", "重庆市财政局"],
         "date": "2026-02-10", "published": "2026-02-14", "level": "provincial", "region": "重庆市",
         "effective": "2026-03-15", "expires": "2031-03-14", "attachments": [], "doc_type": "办法",
         "recipients": [], "publicity": None,
         "repeals": "《重庆市中欧班列（渝新欧）运营补贴资金管理暂行办法》（渝口岸发〔2021〕15号）"},
    ],
}


def clauses_of(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append(b[1].lstrip("　 "))
        elif k == "brp":
            out.append("".join(b[1]).lstrip("　 "))
        elif k == "runin":
            out.append(b[1] + b[2])
        elif k == "art":
            out.append(b[1] + "　" + b[2])
        elif k == "artbr":
            out.append(b[1] + "　" + "".join(b[2]))
        elif k == "autonum":
            for i, t in enumerate(b[1]):
                out.append("（" + CN_NUM[i] + "）" + t)
        elif k == "table":
            hdr = b[1]
            for row in b[2]:
                out.append("；".join(h + "：" + v for h, v in zip(hdr, row)))
    return out


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------
CSS = """
body{margin:0;background:#f2f2f2;font-family:"Microsoft YaHei","微软雅黑","Noto Sans CJK SC",sans-serif;color:#333;font-size:14px}
.wrap{width:1000px;margin:0 auto;background:#fff}
.banner{background:%(color)s;color:#fff;padding:18px 30px;height:62px}
.banner .logo{font-size:30px;font-weight:bold;letter-spacing:4px;float:left}
.banner .dm{float:right;font-size:13px;margin-top:20px}
.nav{background:#333;height:38px;line-height:38px;padding-left:30px}
.nav a{color:#fff;text-decoration:none;margin-right:38px;font-size:15px}
.crumb{padding:10px 30px;font-size:13px;color:#666;border-bottom:1px solid #e5e5e5}
.crumb a{color:#666;text-decoration:none}
table.xxgk{width:940px;margin:16px 30px;border-collapse:collapse;background:#f8fbff;font-size:13px}
table.xxgk td{border:1px solid #d6e2f0;padding:6px 8px}
table.xxgk td.k{width:90px;color:#0b5aa8;font-weight:bold;text-align:right;white-space:nowrap}
.article{padding:10px 70px 30px}
.article h1{font-size:24px;text-align:center;line-height:1.5;color:#222;margin:20px 0 8px}
.article h2{font-size:20px;text-align:center;line-height:1.5;color:#222;margin:28px 0 8px}
.src{text-align:center;font-size:12px;color:#999;border-bottom:1px dashed #ccc;padding-bottom:8px;margin-bottom:18px}
.tools{font-size:12px;color:#999;text-align:right}
.zw p{font-family:"FangSong_GB2312","仿宋_GB2312","FangSong","Noto Serif CJK SC",serif;font-size:17px;line-height:1.9;margin:0;text-align:justify}
.zw p.docno{text-align:center}
.zw p.hd{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif;text-indent:2em}
.zw p.chap{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif;text-align:center;margin:8px 0}
.zw p.ti{text-indent:2em}
.zw p.r{text-align:right;padding-right:3em}
.zw span.kai{font-family:"KaiTi_GB2312","楷体_GB2312","KaiTi","Noto Serif CJK SC",serif;font-weight:bold}
.zw span.hei{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif}
.zw table{border-collapse:collapse;margin:8px auto;width:96%%}
.zw table td,.zw table th{border:1px solid #000;padding:4px 6px;font-size:15px;line-height:1.5;font-family:"FangSong_GB2312","仿宋_GB2312","Noto Serif CJK SC",serif}
.zw table th{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif;font-weight:normal;background:#eee}
.fj{margin-top:16px;font-size:14px}
.fj a{color:#0b5aa8}
.ops{text-align:right;margin:26px 0 6px;font-size:13px;color:#555}
.rel{border-top:2px solid %(color)s;margin-top:10px;padding-top:8px;font-size:13px}
.rel a{color:#333;display:block;line-height:2}
.foot{background:#3a3a3a;color:#ccc;text-align:center;font-size:12px;line-height:2;padding:14px 0}
"""


def e(s):
    return H.escape(s, quote=False)


def html_blocks(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "doctitle":
            continue  # rendered by caller
        if k == "docno":
            out.append('<p class="docno">%s</p>' % e(b[1]))
        elif k == "to":
            out.append("<p>%s</p>" % e(b[1]))
        elif k == "p":
            # leading full-width spaces typed by hand, kept as in the CMS
            out.append("<p>%s</p>" % e(b[1]).replace("　", "&#12288;"))
        elif k == "brp":
            out.append('<p class="ti">%s</p>' % "<br>".join(e(x) for x in b[1]))
        elif k == "h":
            out.append('<p class="hd">%s</p>' % e(b[1]))
        elif k == "chap":
            out.append('<p class="chap">%s</p>' % e(b[1]))
        elif k == "runin":
            out.append('<p class="ti"><span class="kai">%s</span>%s</p>' % (e(b[1]), e(b[2])))
        elif k == "art":
            out.append('<p class="ti"><span class="hei">%s</span>&#12288;%s</p>' % (e(b[1]), e(b[2])))
        elif k == "artbr":
            out.append('<p class="ti"><span class="hei">%s</span>&#12288;%s</p>'
                       % (e(b[1]), "<br>".join(e(x) for x in b[2])))
        elif k == "autonum":
            for i, t in enumerate(b[1]):
                out.append('<p class="ti">（%s）%s</p>' % (CN_NUM[i], e(t)))
        elif k == "table":
            rows = ["<tr>" + "".join("<th>%s</th>" % e(h) for h in b[1]) + "</tr>"]
            for r in b[2]:
                rows.append("<tr>" + "".join(
                    '<td style="text-align:%s">%s</td>' % ("center" if len(c) < 8 else "left", e(c)) for c in r) + "</tr>")
            out.append("<table>%s</table>" % "".join(rows))
        elif k == "sign":
            organs, date, style = b[1], b[2], b[3]
            out.append("<p>&nbsp;</p>")
            if style == "oneline":
                out.append('<p class="r">%s</p>' % "&#12288;&#12288;&#12288;".join(e(o) for o in organs))
            else:
                for o in organs:
                    out.append('<p class="r">%s</p>' % e(o))
            out.append('<p class="r">%s</p>' % e(date))
        elif k == "public":
            out.append('<p class="ti">%s</p>' % e(b[1]))
        elif k == "attach":
            out.append("<p>&nbsp;</p>")
            first = True
            for num, title, fn in b[1]:
                lead = "&#12288;&#12288;附件：" if first else "&#12288;&#12288;&#12288;&#12288;&#12288;"
                out.append("<p>%s%s.%s</p>" % (lead, num, e(title)))
                first = False
        elif k == "blank":
            out.append("<p>&nbsp;</p>")
    return "\n".join(out)


def build_html(doc):
    s = doc["site"]
    parts = []
    parts.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
    parts.append("<title>%s</title>" % e(s["page_title"]))
    parts.append('<meta name="ArticleTitle" content="%s">' % H.escape(s["grid_title"]))
    parts.append("<style>%s</style></head><body><div class=\"wrap\">" % (CSS % {"color": s["color"]}))
    parts.append('<div class="banner"><span class="logo">%s</span><span class="dm">%s　|　无障碍　|　长者模式　|　English</span></div>'
                 % (e(s["name"]), e(s["domain"])))
    parts.append('<div class="nav">%s</div>' % "".join('<a href="#">%s</a>' % e(n) for n in s["nav"]))
    parts.append('<div class="crumb">当前位置：%s</div>' % " &gt; ".join('<a href="#">%s</a>' % e(c) for c in s["crumb"]))
    g = s["grid"]
    rows = []
    for i in range(0, len(g), 2):
        (k1, v1), (k2, v2) = g[i], g[i + 1]
        rows.append('<tr><td class="k">%s%s</td><td>%s</td><td class="k">%s%s</td><td>%s</td></tr>'
                    % (e(k1), "：" if k1 else "", e(v1), e(k2), "：" if k2 else "", e(v2)))
        if i == 4:
            rows.append('<tr><td class="k">标　　题：</td><td colspan="3">%s</td></tr>' % e(s["grid_title"]))
    parts.append('<table class="xxgk">%s</table>' % "".join(rows))
    parts.append('<div class="article">')
    first = True
    for blocks in doc["parts"]:
        title = blocks[0][1]
        if first:
            parts.append("<h1>%s</h1>" % e(title))
            parts.append('<div class="src">%s</div>' % e(s["source"]))
            parts.append('<div class="tools">【字体：大 中 小】</div>')
            parts.append('<div class="zw">')
        else:
            parts.append("<h2>%s</h2>" % e(title))
        parts.append(html_blocks(blocks))
        first = False
    parts.append("</div>")  # zw
    # attachment download links (only where the notice has 附件)
    for blocks in doc["parts"]:
        for b in blocks:
            if b[0] == "attach":
                parts.append('<div class="fj">相关附件：<br>%s</div>' % "<br>".join(
                    '<a href="#">附件%s：%s</a>' % (num, e(fn)) for num, _t, fn in b[1]))
    parts.append('<div class="ops">【打印】　【关闭】</div>')
    parts.append('<div class="rel"><b>相关链接</b>%s</div>' % "".join('<a href="#">%s</a>' % e(r) for r in s["related"]))
    parts.append("</div>")  # article
    parts.append('<div class="foot">%s</div>' % "<br>".join(e(x) for x in s["footer"]))
    parts.append("</div></body></html>")
    return "\n".join(parts)


def print_html(html_path, pdf_path, site):
    try:
        from playwright.sync_api import sync_playwright
    except Exception:
        return False
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    hdr = ('<div style="font-size:8px;width:100%%;padding:0 9mm;display:flex;justify-content:space-between;'
           'font-family:sans-serif"><span>%s</span><span>%s</span><span></span></div>'
           % (PRINT_TIME, e(site["hdr_title"])))
    ftr = ('<div style="font-size:8px;width:100%%;padding:0 9mm;display:flex;justify-content:space-between;'
           'font-family:sans-serif"><span>%s</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>'
           % e(site["url"]))
    try:
        with sync_playwright() as p:
            kw = {"args": ["--no-sandbox"]}
            if exe:
                kw["executable_path"] = exe
            b = p.chromium.launch(**kw)
            pg = b.new_page()
            pg.goto("file://" + html_path)
            pg.pdf(path=pdf_path, format="A4", display_header_footer=True, header_template=hdr,
                   footer_template=ftr, print_background=True, scale=0.74,
                   margin={"top": "14mm", "bottom": "14mm", "left": "8mm", "right": "8mm"})
            b.close()
        return True
    except Exception as ex:  # pragma: no cover
        print("chromium print failed:", ex)
        return False


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------
def set_font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc_or_cell, text="", font=FS, size=12, bold=False, align=None, first_indent=None,
         space_after=0, line=None, color=None):
    p = doc_or_cell.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    if line:
        pf.line_spacing = Pt(line)
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell_borders(table, color="D6E2F0", sz="4"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), sz)
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for x in (f1, it, f2, t, f3):
        run._element.append(x)


def bottom_rule(p, color="C00000", sz="12"):
    pPr = p._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    pPr.append(pbdr)


_NUM_CACHE = {}


def chinese_paren_numbering(doc):
    """A fresh Word list whose numbers render as （一）（二）…"""
    numbering = doc.part.numbering_part.element
    existing = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(existing + [0]) + 1
    xml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="480"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="24"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), aid, FS, FS, FS))
    absnum = parse_xml(xml)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absnum)
    else:
        numbering.append(absnum)
    num = numbering.add_num(aid)
    return num.numId


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.append(numPr)


BODY = 12       # 小四, as the CMS page text prints
LINE = 22


def docx_blocks(d, blocks, is_first):
    for b in blocks:
        k = b[0]
        if k == "doctitle":
            size = 18 if is_first else 16
            para(d, "", space_after=6)
            para(d, b[1], XBS, size, align=WD_ALIGN_PARAGRAPH.CENTER, line=30, space_after=6)
        elif k == "docno":
            para(d, b[1], FS, BODY, align=WD_ALIGN_PARAGRAPH.CENTER, line=LINE, space_after=6)
        elif k == "to":
            para(d, b[1], FS, BODY, line=LINE)
        elif k == "p":
            # typed full-width spaces instead of an indent (text pasted from the CMS)
            para(d, b[1], FS, BODY, line=LINE)
        elif k == "brp":
            p = para(d, "", line=LINE, first_indent=2 * BODY)
            for i, x in enumerate(b[1]):
                r = p.add_run(x)
                set_font(r, FS, BODY)
                if i < len(b[1]) - 1:
                    r.add_break(WD_BREAK.LINE)
        elif k == "h":
            # heading typed as a bold run in an ordinary paragraph
            para(d, b[1], HEI, BODY, bold=False, line=LINE, first_indent=2 * BODY)
        elif k == "chap":
            para(d, b[1], HEI, BODY, align=WD_ALIGN_PARAGRAPH.CENTER, line=LINE)
        elif k == "runin":
            p = para(d, "", line=LINE, first_indent=2 * BODY)
            r = p.add_run(b[1])
            set_font(r, KAI, BODY, True)
            r = p.add_run(b[2])
            set_font(r, FS, BODY)
        elif k in ("art", "artbr"):
            p = para(d, "", line=LINE, first_indent=2 * BODY)
            r = p.add_run(b[1])
            set_font(r, HEI, BODY)
            r = p.add_run("　")
            set_font(r, FS, BODY)
            texts = [b[2]] if k == "art" else b[2]
            for i, x in enumerate(texts):
                r = p.add_run(x)
                set_font(r, FS, BODY)
                if i < len(texts) - 1:
                    r.add_break(WD_BREAK.LINE)
        elif k == "autonum":
            nid = chinese_paren_numbering(d)
            for t in b[1]:
                p = para(d, t, FS, BODY, line=LINE)
                set_num(p, nid)
        elif k == "table":
            hdr, rows, widths = b[1], b[2], b[3]
            t = d.add_table(rows=1 + len(rows), cols=len(hdr))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            t.autofit = False
            for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
                gc.set(qn("w:w"), str(int(w * 567)))
            for ci, h in enumerate(hdr):
                c = t.rows[0].cells[ci]
                c.width = Cm(widths[ci])
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                set_font(c.paragraphs[0].add_run(h), HEI, 10.5)
                shade(c, "EEEEEE")
            for ri, row in enumerate(rows, start=1):
                for ci, v in enumerate(row):
                    c = t.rows[ri].cells[ci]
                    c.width = Cm(widths[ci])
                    if len(v) < 8:
                        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                    set_font(c.paragraphs[0].add_run(v), FS, 10.5)
        elif k == "sign":
            organs, date, style = b[1], b[2], b[3]
            para(d, "", line=LINE)
            if style == "spaces":
                # right alignment done with typed spaces
                para(d, "　" * 18 + organs[0], FS, BODY, line=LINE)
                para(d, "　" * 19 + date, FS, BODY, line=LINE)
            elif style == "oneline":
                para(d, "　　".join(organs), FS, BODY, line=LINE, align=WD_ALIGN_PARAGRAPH.RIGHT)
                para(d, date + "　　　　　　", FS, BODY, line=LINE, align=WD_ALIGN_PARAGRAPH.RIGHT)
            else:
                for o in organs:
                    para(d, o + "　　", FS, BODY, line=LINE, align=WD_ALIGN_PARAGRAPH.RIGHT)
                para(d, date + "　　　　", FS, BODY, line=LINE, align=WD_ALIGN_PARAGRAPH.RIGHT)
        elif k == "public":
            para(d, b[1], FS, BODY, line=LINE, first_indent=2 * BODY)
        elif k == "attach":
            para(d, "", line=LINE)
            first = True
            for num, title, _fn in b[1]:
                lead = "　　附件：" if first else "　　　　　"
                para(d, "%s%s.%s" % (lead, num, title), FS, BODY, line=LINE)
                first = False
        elif k == "blank":
            para(d, "", line=LINE)


def build_docx(doc, path):
    s = doc["site"]
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    sec.left_margin = sec.right_margin = Cm(1.3)
    sec.header_distance = sec.footer_distance = Cm(0.6)
    st = d.styles["Normal"]
    st.font.name = SONG
    st.element.rPr.rFonts.set(qn("w:eastAsia"), SONG)
    st.font.size = Pt(10.5)

    tab_pos = sec.page_width - sec.left_margin - sec.right_margin
    # browser running header / footer
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(4.2), WD_TAB_ALIGNMENT.LEFT)
    set_font(hp.add_run(PRINT_TIME + "\t" + s["hdr_title"]), SONG, 7.5)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(tab_pos, WD_TAB_ALIGNMENT.RIGHT)
    set_font(fp.add_run(s["url"] + "\t"), SONG, 7.5)
    r = fp.add_run()
    set_font(r, SONG, 7.5)
    add_field(r, "PAGE")
    set_font(fp.add_run("/"), SONG, 7.5)
    r = fp.add_run()
    set_font(r, SONG, 7.5)
    add_field(r, "NUMPAGES")

    # site banner (layout table)
    bt = d.add_table(rows=2, cols=2)
    no_borders(bt)
    for c in bt.rows[0].cells:
        shade(c, s["color"].lstrip("#"))
    for c in bt.rows[1].cells:
        shade(c, "333333")
    c = bt.rows[0].cells[0]
    set_font(c.paragraphs[0].add_run(s["name"]), YAHEI, 20, True, "FFFFFF")
    c = bt.rows[0].cells[1]
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(c.paragraphs[0].add_run(s["domain"] + "　|　无障碍　|　长者模式"), YAHEI, 8, False, "FFFFFF")
    nav = bt.rows[1].cells[0].merge(bt.rows[1].cells[1])
    set_font(nav.paragraphs[0].add_run("　　".join(s["nav"])), YAHEI, 9.5, False, "FFFFFF")

    p = para(d, "当前位置：" + " > ".join(s["crumb"]), YAHEI, 8.5, color="666666", space_after=4)
    p.paragraph_format.space_before = Pt(4)

    # 信息公开 grid
    g = s["grid"]
    gt = d.add_table(rows=0, cols=4)
    set_cell_borders(gt)
    for i in range(0, len(g), 2):
        row = gt.add_row().cells
        (k1, v1), (k2, v2) = g[i], g[i + 1]
        for ci, (kk, vv) in enumerate(((k1, v1), (k2, v2))):
            kc, vc = row[ci * 2], row[ci * 2 + 1]
            shade(kc, "F3F7FC")
            set_font(kc.paragraphs[0].add_run(kk + ("：" if kk else "")), YAHEI, 8.5, True, "0B5AA8")
            set_font(vc.paragraphs[0].add_run(vv), YAHEI, 8.5)
        if i == 4:
            row = gt.add_row().cells
            shade(row[0], "F3F7FC")
            set_font(row[0].paragraphs[0].add_run("标　　题："), YAHEI, 8.5, True, "0B5AA8")
            m = row[1].merge(row[3])
            set_font(m.paragraphs[0].add_run(s["grid_title"]), YAHEI, 8.5)
    for gc, w in zip(gt._tbl.tblGrid.findall(qn("w:gridCol")), (2.2, 6.6, 2.2, 6.6)):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in gt.rows:
        for ci, w in enumerate((2.2, 6.6, 2.2, 6.6)):
            row.cells[ci].width = Cm(w)

    first = True
    for blocks in doc["parts"]:
        if first:
            docx_blocks(d, blocks[:1], True)
            p = para(d, s["source"], YAHEI, 8, align=WD_ALIGN_PARAGRAPH.CENTER, color="999999", space_after=2)
            bottom_rule(p, "CCCCCC", "4")
            para(d, "【字体：大 中 小】", YAHEI, 8, align=WD_ALIGN_PARAGRAPH.RIGHT, color="999999", space_after=6)
            docx_blocks(d, blocks[1:], True)
        else:
            docx_blocks(d, blocks, False)
        first = False

    for blocks in doc["parts"]:
        for b in blocks:
            if b[0] == "attach":
                para(d, "相关附件：", YAHEI, 9, space_after=0).paragraph_format.space_before = Pt(8)
                for num, _t, fn in b[1]:
                    para(d, "附件%s：%s" % (num, fn), YAHEI, 9, color="0B5AA8")
    p = para(d, "【打印】　【关闭】", YAHEI, 9, align=WD_ALIGN_PARAGRAPH.RIGHT, color="555555")
    p.paragraph_format.space_before = Pt(14)
    bottom_rule(p, s["color"].lstrip("#"), "12")
    para(d, "相关链接", YAHEI, 9.5, True)
    for rl in s["related"]:
        para(d, rl, YAHEI, 9)
    ft = d.add_table(rows=1, cols=1)
    no_borders(ft)
    c = ft.rows[0].cells[0]
    shade(c, "3A3A3A")
    for i, line in enumerate(s["footer"]):
        pp = c.paragraphs[0] if i == 0 else c.add_paragraph()
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(pp.add_run(line), YAHEI, 8, False, "DDDDDD")
    d.save(path)


def to_pdf(path):
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo_456", "--headless",
           "--convert-to", "pdf", "--outdir", HERE, path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def main():
    expected = {}
    for doc in DOCS:
        stem = doc["stem"]
        objs = []
        for meta, blocks in zip(META[stem], doc["parts"]):
            objs.append({"meta": meta, "clauses": clauses_of(blocks)})
        expected[stem] = objs
        expected[stem + "_web"] = objs

        dpath = os.path.join(HERE, stem + ".docx")
        build_docx(doc, dpath)
        to_pdf(dpath)

        hpath = os.path.join(HERE, stem + "_web.html")
        with open(hpath, "w", encoding="utf-8") as f:
            f.write(build_html(doc))
        print_html(hpath, os.path.join(HERE, stem + "_web.pdf"), doc["site"])

    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    print("done:", ", ".join(sorted(os.listdir(HERE))))


if __name__ == "__main__":
    main()
