# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, UP031, E731
"""Blind round 141: press conferences as government news offices publish them.

Writes next to itself:
  blind141_fabuhui.docx / .pdf   湖南省人民政府新闻办公室 新闻发布会文字实录 (Word + LibreOffice PDF):
      title typed as two paragraphs, 时间/地点/发布人/主持人 block, a photo + caption, a stage
      direction, 主持人 opening/transitions/close, two 发布人 statements (multi-paragraph, only the
      first paragraph carries the speaker label), four 记者提问 each answered by a named official
      (one question answered by two officials; one question/answer pair with the label typed on a
      paragraph of its own); paragraphs that open with “长沙片区：” are NOT speaker labels.
  blind141_fabuhui_web.html (+ blind141_fabuhui_web_files/*.jpg)  the portal's 图文直播 page of the
      same conference: nav, breadcrumb, 发布时间/来源 line, 发布会概况 table, live time stamps,
      speaker names in <strong>, <strong> also used for emphasis (一是…/第一，…/长沙片区：),
      photos with captions, 相关链接, site footer.
  blind141_chuifenghui.docx / .pdf  湖南省商务厅新闻稿 (2024年第37期) on a 政策吹风会: reported
      speech only (陈立新介绍，… / 有关负责人表示，…), no speaker labels.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind141.py
"""
import html
import json
import os
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN_HAO, SI_HAO, ER_HAO = 16, 14, 22
LINE = Pt(28.9)

# ============================================================ the conference
POLICY = "关于实施自由贸易试验区提升战略深度融入共建“一带一路”的若干措施"
POLICY_NUM = "湘政办发〔2024〕31号"
TITLE_PARTS = ["《关于实施自由贸易试验区提升战略", "深度融入共建“一带一路”的若干措施》", "新闻发布会文字实录"]
TITLE = "".join(TITLE_PARTS)
WEB_TITLE = "湖南省举行《%s》新闻发布会" % POLICY

ZHOU = {"name": "周建明", "post": "湖南省人民政府新闻办公室副主任"}
HU = {"name": "胡晓岚", "post": "湖南省商务厅厅长"}
CHEN = {"name": "陈立新", "post": "湖南省商务厅副厅长、省自由贸易试验区工作办公室主任"}
WANG = {"name": "王东平", "post": "长沙海关副关长"}
LIU = {"name": "刘振华", "post": "中国（湖南）自由贸易试验区岳阳片区管理委员会常务副主任"}

INFO = [
    ("时间：", ["2024年9月12日（星期四）上午10:00"]),
    ("地点：", ["省人民政府新闻发布厅"]),
    ("发布人：", ["湖南省商务厅厅长　胡晓岚",
                "湖南省商务厅副厅长、省自由贸易试验区工作办公室主任　陈立新",
                "长沙海关副关长　王东平",
                "中国（湖南）自由贸易试验区岳阳片区管理委员会常务副主任　刘振华"]),
    ("主持人：", ["湖南省人民政府新闻办公室副主任　周建明"]),
]

HOST_OPEN = (
    "各位记者朋友，大家上午好！欢迎出席省人民政府新闻办公室新闻发布会。近日，省人民政府办公厅印发了《%s》（%s，以下简称《若干措施》）。"
    "为帮助大家更好地了解《若干措施》的主要内容，今天我们邀请到：湖南省商务厅厅长胡晓岚女士；湖南省商务厅副厅长、省自由贸易试验区工作办公室主任陈立新先生；"
    "长沙海关副关长王东平先生；中国（湖南）自由贸易试验区岳阳片区管理委员会常务副主任刘振华先生。请他们为大家介绍有关情况，并回答大家关心的问题。"
) % (POLICY, POLICY_NUM)
STAGE = "（播放宣传短片《自贸湖南　通达全球》）"
HOST_T1 = "首先，请胡晓岚厅长介绍《若干措施》有关情况。"

HU_ST = [
    "各位记者朋友，大家上午好！非常感谢大家长期以来对全省商务和开放型经济工作的关心和支持。中国（湖南）自由贸易试验区自2020年9月挂牌以来，长沙、岳阳、郴州三个片区累计形成制度创新成果168项，其中32项在全国复制推广、61项在全省复制推广。2023年，湖南自贸试验区以不到全省千分之一的面积，贡献了全省23.6%的进出口额和21.4%的实际使用外资；今年1至7月，全省对共建“一带一路”国家进出口2476.3亿元，同比增长11.8%，占全省进出口总值的52.1%。",
    "为深入贯彻党的二十届三中全会关于实施自由贸易试验区提升战略的部署要求，省商务厅会同省发展改革委、省财政厅、长沙海关等21个部门和单位，在深入调研、广泛征求意见的基础上，起草了《若干措施》，经省人民政府同意，由省人民政府办公厅于2024年8月28日印发，自2024年10月1日起施行，有效期至2027年9月30日。《若干措施》共6个方面22条，总的考虑是“三个突出”：一是突出制度型开放，把对接国际高标准经贸规则作为首要任务；二是突出通道带动，把畅通“一带一路”国际物流大通道作为关键支撑；三是突出湖南特色，把深化对非经贸合作作为最大亮点。下面，我重点介绍其中四个方面的内容。",
    "第一，对接国际高标准经贸规则。《若干措施》提出，在自贸试验区开展数字贸易、知识产权保护、政府采购等领域规则对接试点：一是推动数据跨境流动便利化，支持长沙片区建设数据跨境服务中心，2025年底前形成重要数据和个人信息出境负面清单；二是落实外商投资准入前国民待遇加负面清单管理制度，对外商投资企业在设立登记、资质许可、项目申报等方面一视同仁；三是每年形成不少于20项制度创新成果，力争5项以上在全国复制推广。",
    "第二，畅通“一带一路”国际物流大通道。一是支持中欧班列（长沙）扩量提质，到2027年年开行量稳定在1200列以上，对新开通的回程班列线路每条给予最高100万元一次性奖励；二是做强岳阳城陵矶港江海联运枢纽，加密至东盟、日韩的近洋直航航线，力争2027年集装箱吞吐量突破150万标箱；三是加快长沙黄花国际机场国际货运枢纽建设，国际全货机航线累计达到20条。",
    "第三，深化对非经贸合作。依托中国—非洲经贸博览会长期落户湖南的优势，一是建设中非经贸深度合作先行区，推动非洲咖啡、坚果、可可等非资源性产品进口年均增长15%以上；二是支持企业在非洲布局海外仓，对新建面积3000平方米以上且运营满一年的海外仓，按实际投资额的20%给予最高200万元支持；三是扩大对非跨境人民币结算规模，到2027年对非跨境人民币结算量达到300亿元。",
    "第四，强化要素保障。省级财政2024年至2027年每年统筹安排自贸试验区发展专项资金3亿元，对三个片区实行“赋权清单”管理，首批下放省级经济管理权限45项；同时建立自贸试验区制度创新容错纠错机制，为改革探索者撑腰鼓劲。《若干措施》的其余内容，稍后陈立新副厅长还将结合记者朋友关心的问题作进一步介绍。谢谢大家！",
]
HOST_T2 = "谢谢胡晓岚厅长。下面请王东平副关长介绍海关支持自贸试验区提升发展的有关举措。"
WANG_ST = [
    "各位记者朋友，大家好！长沙海关坚决落实海关总署支持自贸试验区提升战略的部署，结合《若干措施》，制定了支持中国（湖南）自由贸易试验区高质量发展的18条具体措施，重点从三个方面发力。",
    "一是提升通关便利化水平。在三个片区全面推广“提前申报”“两步申报”“船边直提”“抵港直装”等改革，今年7月，全省进口、出口整体通关时间分别为28.6小时和0.9小时，较2023年同期分别压缩21.3%和18.2%。二是支持通道建设。对中欧班列（长沙）推行“铁路快通”模式，实现舱单一次申报、全程监管，单列班列节省通关时间约8小时；支持岳阳城陵矶港开展“离港确认”试点。三是服务对非贸易。在中非经贸深度合作先行区设立非洲农产品检验检疫“绿色通道”，对已获准入的非洲农产品实行“即报即检、即检即放”，今年以来已新增非洲农食产品准入品种7个。",
    "下一步，长沙海关将加快推进郴州综合保税区、岳阳城陵矶综合保税区与片区联动发展，力争到2026年全省综合保税区进出口额突破2000亿元。谢谢！",
]
HOST_T3 = "谢谢王东平副关长。下面进入提问环节，请各位记者朋友围绕今天的发布主题提问，提问前请先通报所在的新闻机构。"

Q1 = "《若干措施》把对接国际高标准经贸规则摆在首位。请问在推进制度型开放方面，我省有哪些具体考虑？企业能从中得到哪些实实在在的好处？"
A1 = [
    "谢谢您的提问。制度型开放是自贸试验区提升战略的核心。我们将对标《全面与进步跨太平洋伙伴关系协定》（CPTPP）、《数字经济伙伴关系协定》（DEPA）等国际高标准经贸规则，在自贸试验区内开展压力测试：一是在跨境服务贸易领域，对照国家跨境服务贸易负面清单，梳理出第一批23项开放举措，在长沙片区先行先试；二是在知识产权领域，设立中国（湖南）知识产权保护中心自贸试验区分中心，专利预审授权周期由平均22个月压缩至3个月以内；三是在政府采购领域，推动片区内政府采购项目全流程电子化，面向内外资企业平等开放。",
    "对企业而言，最直接的获得感体现在“办事更快、成本更低”。比如，我们推行外资企业设立“一件事一次办”，办理时限由原来的15个工作日压缩至3个工作日。据测算，《若干措施》全面落地后，每年可为自贸试验区企业降低制度性交易成本约12亿元。",
]
HOST_T4 = "请继续提问。"
Q2 = "湖南自贸试验区有长沙、岳阳、郴州三个片区，请问《若干措施》对三个片区的差异化发展有何安排？"
A2 = [
    "谢谢您的提问。三个片区资源禀赋不同、发展基础不同，《若干措施》坚持“一区一策”、错位发展，明确了三个片区各自的主攻方向。",
    "长沙片区：重点发展高端装备制造、新一代信息技术、生物医药等产业，打造全球高端装备制造业基地。支持长沙片区在临空经济示范区开展航空物流、跨境电商等业务创新，到2027年跨境电商进出口额达到500亿元。",
    "岳阳片区：重点发展航运物流、电子商务、新一代信息技术等产业，打造长江中游综合性航运物流中心。支持城陵矶新港区建设粮食、肉类、水果等进口指定监管场地集聚区。",
    "郴州片区：重点发展有色金属加工、现代物流等产业，打造内陆地区承接产业转移和加工贸易转型升级重要平台。支持郴州片区开展有色金属保税混矿业务，2025年起每年安排500万元支持湘粤港澳合作示范区建设。",
]
Q3 = "岳阳城陵矶港是湖南唯一的国家一类水运口岸。请问岳阳片区将如何落实《若干措施》关于做强江海联运枢纽的要求？"
A3 = [
    "谢谢您的提问。岳阳片区将从港、航、贸三个方面同步发力。一是扩能港口，加快城陵矶港三期集装箱码头建设，2025年底前新增集装箱通过能力50万标箱；二是加密航线，在现有岳阳至上海洋山江海直达航线每周6班的基础上，2024年底前新开岳阳至东盟的近洋直航航线2条；三是做大贸易，依托城陵矶综合保税区，发展保税维修、保税研发等新业态，力争2027年片区外贸进出口额突破800亿元。",
    "同时，片区将对在城陵矶港新开通的国际集装箱班轮航线，按每航次2万元给予航运企业补贴，单条航线年度补贴最高不超过100万元，政策自2024年10月1日起兑现。",
]
Q4 = "湖南是中非经贸合作的重要窗口。请问《若干措施》在深化对非经贸合作方面有什么新举措？另外，海关在便利非洲商品进口方面还有哪些安排？"
A4_CHEN = "关于第一个问题。《若干措施》明确，在长沙片区高桥大市场建设非洲非资源性产品集散交易中心，推动“非洲商品馆”在全省14个市州实现全覆盖；支持中非经贸博览会常设展馆开展“展会+交易+物流”一体化运营，每届博览会期间签约项目不少于100个；鼓励省内工程机械、农业装备企业在共建“一带一路”非洲国家建设境外经贸合作区，对经认定的省级境外经贸合作区给予最高500万元奖励。"
A4_WANG = "我来回答第二个问题。长沙海关将进一步扩大非洲农食产品准入，积极向海关总署争取非洲更多国家的咖啡豆、腰果、牛油果等产品输华准入；对中非经贸深度合作先行区进口的非洲商品，推行“先放后检”“检验结果采信”等便利措施，平均查验时间压缩30%以上。"
HOST_CLOSE = "谢谢王东平副关长，谢谢各位发布人，谢谢各位记者朋友。《若干措施》全文及图解已在湖南省人民政府门户网站“政策文件”专栏公布，欢迎大家关注。今天的发布会到此结束。"

# The transcript, in order.  (role, speaker-dict-or-outlet, docx label, html label, paragraphs, optional, label_on_own_line, html time)
SEG = [
    ("host", ZHOU, "省政府新闻办副主任 周建明：", "省政府新闻办副主任 周建明：", [HOST_OPEN], False, False, "10:00"),
    ("stage", None, None, None, [STAGE], None, False, "10:03"),
    ("host", ZHOU, "周建明：", "周建明：", [HOST_T1], True, False, "10:05"),
    ("statement", HU, "省商务厅厅长 胡晓岚：", "省商务厅厅长 胡晓岚：", HU_ST, False, False, "10:05"),
    ("host", ZHOU, "周建明：", "周建明：", [HOST_T2], True, False, "10:17"),
    ("statement", WANG, "长沙海关副关长 王东平：", "长沙海关副关长 王东平：", WANG_ST, False, False, "10:18"),
    ("host", ZHOU, "周建明：", "周建明：", [HOST_T3], True, False, "10:25"),
    ("question", "湖南日报记者", "湖南日报记者：", "湖南日报记者：", [Q1], False, False, "10:26"),
    ("answer", HU, "胡晓岚：", "省商务厅厅长 胡晓岚：", A1, False, False, "10:27"),
    ("host", ZHOU, "周建明：", "周建明：", [HOST_T4], True, False, "10:33"),
    ("question", "央广网记者", "央广网记者：", "央广网记者：", [Q2], False, False, "10:33"),
    ("answer", CHEN, "省商务厅副厅长 陈立新：", "省商务厅副厅长 陈立新：", A2, False, False, "10:34"),
    ("question", "红网时刻新闻记者", "红网时刻新闻记者：", "红网时刻新闻记者：", [Q3], False, True, "10:41"),
    ("answer", LIU, "岳阳片区管委会常务副主任 刘振华：", "岳阳片区管委会常务副主任 刘振华：", A3, False, True, "10:42"),
    ("question", "中国新闻社记者", "中国新闻社记者：", "中国新闻社记者：", [Q4], False, False, "10:49"),
    ("answer", CHEN, "省商务厅副厅长 陈立新：", "省商务厅副厅长 陈立新：", [A4_CHEN], False, False, "10:50"),
    ("answer", WANG, "长沙海关副关长 王东平：", "长沙海关副关长 王东平：", [A4_WANG], False, False, "10:55"),
    ("host", ZHOU, "周建明：", "周建明：", [HOST_CLOSE], True, False, "11:00"),
]

PHOTOS = [  # (file, caption, after which segment index in the HTML)
    ("photo1.jpg", "9月12日，省人民政府新闻办公室举行新闻发布会，介绍《若干措施》有关情况。　湖南日报全媒体记者 李卓 摄"),
    ("photo2.jpg", "省商务厅厅长胡晓岚介绍有关情况。　湖南日报全媒体记者 李卓 摄"),
    ("photo3.jpg", "长沙海关副关长王东平介绍有关情况。　湖南日报全媒体记者 李卓 摄"),
    ("photo4.jpg", "发布会现场，记者提问。　湖南日报全媒体记者 李卓 摄"),
]
DOCX_CAPTION = "▲9月12日，省人民政府新闻办公室举行新闻发布会。"

# ============================================================ the 新闻稿 (政策吹风会)
NG_POLICY = "中国（湖南）自由贸易试验区深化对非经贸合作三年行动方案（2024—2026年）"
NG_POLICY_NUM = "湘商发〔2024〕19号"
NG_TITLE = "省商务厅举行政策吹风会解读《%s》" % NG_POLICY
NG_TITLE_PARTS = ["省商务厅举行政策吹风会解读", "《中国（湖南）自由贸易试验区深化对非", "经贸合作三年行动方案（2024—2026年）》"]
NG = [
    "9月19日下午，省商务厅举行政策吹风会，解读省商务厅、省财政厅、长沙海关等8部门近日联合印发的《%s》（%s，以下简称《行动方案》）。省商务厅副厅长、省自由贸易试验区工作办公室主任陈立新介绍有关情况，省财政厅、长沙海关、中国进出口银行湖南省分行有关负责同志回答记者提问。" % (NG_POLICY, NG_POLICY_NUM),
    "陈立新介绍，《行动方案》是落实《%s》的配套文件，围绕贸易、投资、金融、人文交流4个方面提出15项任务，明确到2026年，湖南自贸试验区对非进出口额突破800亿元，年均增长12%%以上；新增对非投资企业100家以上。" % POLICY,
    "在贸易方面，《行动方案》提出三项重点举措：一是在长沙片区建设非洲非资源性产品集散交易中心，2025年底前引进非洲产品进口商200家以上；二是支持郴州片区开展非洲有色金属矿产品保税混矿业务，年加工能力达到50万吨；三是对自贸试验区企业参加境外对非展会的，按展位费的70%给予补助，单个企业年度补助最高不超过30万元。",
    "在投资方面，《行动方案》支持省内企业在共建“一带一路”非洲国家建设境外经贸合作区和海外仓，对在非洲新建海外仓的，按实际投资额的20%给予最高200万元支持；支持岳阳片区建设中非农业合作产业园，对入园企业前三年租金给予50%减免。",
    "在金融方面，中国进出口银行湖南省分行有关负责人表示，2024年至2026年，该行将安排不少于150亿元专项信贷额度，支持自贸试验区企业开展对非贸易和投资合作；对符合条件的中小企业，贷款利率在同期同档次基础上下浮不超过30个基点。",
    "针对企业关心的出口信用保险支持问题，省财政厅有关负责人回答，对自贸试验区企业投保对非短期出口信用保险的，省级财政按实际缴纳保费的50%给予补贴，单个企业年度补贴最高不超过100万元，申报工作于每年3月集中开展。",
    "长沙海关有关负责人介绍，将在中非经贸深度合作先行区推行非洲农产品“即报即检、即检即放”，并对《行动方案》支持的重点企业优先开展AEO认证培育，2026年前培育对非贸易AEO高级认证企业20家以上。",
    "对于企业提出的境外经贸合作区奖励申报问题，陈立新回答，省级境外经贸合作区认定每年开展一次，经认定的给予最高500万元奖励，具体申报指南将于2024年10月底前发布。",
    "据了解，《行动方案》自2024年9月1日起施行，有效期至2026年12月31日。《行动方案》全文已在省商务厅门户网站“政策文件”栏目公布。",
    "下一步，省商务厅将会同有关部门建立《行动方案》落实台账，按季度调度推进，确保各项任务落地见效。",
]
NG_SPEAKERS = [
    None,
    {"speaker": "陈立新", "post": CHEN["post"], "role": "reported"},
    {"speaker": "陈立新", "post": CHEN["post"], "role": "reported (continues 陈立新介绍; narrative, attribution optional)"},
    {"speaker": "陈立新", "post": CHEN["post"], "role": "reported (continues 陈立新介绍; narrative, attribution optional)"},
    {"speaker": "中国进出口银行湖南省分行有关负责人", "post": None, "role": "reported"},
    {"speaker": "省财政厅有关负责人", "post": None, "role": "reported answer"},
    {"speaker": "长沙海关有关负责人", "post": None, "role": "reported"},
    {"speaker": "陈立新", "post": CHEN["post"], "role": "reported answer"},
    None,
    None,
]


# ============================================================ pictures
def font(path, size):
    return ImageFont.truetype(path, size, index=2)


def photo(path, kind, seed):
    """A press-room 'photo': blue backdrop with the event banner (text in pixels only), a desk, people."""
    W, H = 960, 600
    im = Image.new("RGB", (W, H), (30, 60, 120))
    d = ImageDraw.Draw(im)
    for y in range(0, 330):
        c = 40 + y // 8
        d.line([(0, y), (W, y)], fill=(20, c, 110 + y // 6))
    d.text((W // 2, 70), "湖南省人民政府新闻办公室", font=font(FONT_SANS_B, 40), fill=(255, 255, 255), anchor="mm")
    d.text((W // 2, 130), "新 闻 发 布 会", font=font(FONT_SANS_B, 54), fill=(255, 230, 120), anchor="mm")
    d.rectangle([0, 330, W, H], fill=(150, 110, 80))
    if kind == "wide":
        xs = [150, 330, 510, 690, 840]
    elif kind == "one":
        xs = [W // 2]
    else:  # reporters seen from behind
        xs = []
        for i in range(7):
            x = 80 + i * 130
            d.ellipse([x - 45, 430, x + 45, 520], fill=(25, 25, 30))
            d.rectangle([x - 70, 500, x + 70, H], fill=(40, 40, 55))
        d.rectangle([200, 300, 760, 360], fill=(230, 230, 235))
    for x in xs:
        s = 1.6 if kind == "one" else 1.0
        hr = int(34 * s)
        d.ellipse([x - hr, 250 - 2 * hr, x + hr, 250], fill=(235, 200, 170))
        d.rectangle([x - int(70 * s), 250, x + int(70 * s), 380], fill=(25, 30, 45))
        d.rectangle([x - 30, 360, x + 30, 385], fill=(240, 240, 240))  # name card (blank)
    if kind != "crowd":
        d.rectangle([60, 375, W - 60, 470], fill=(120, 30, 40))
    im = im.filter(ImageFilter.GaussianBlur(0.8))
    im.save(path, "JPEG", quality=80)


# ============================================================ docx helpers
def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def para(doc, text="", east=FS, size=SAN_HAO, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False, color=None, line=LINE, left=None, hanging=None):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    p.alignment = align
    if hanging is not None:
        pf.left_indent = Pt(size * hanging)
        pf.first_line_indent = Pt(-size * hanging)
    else:
        pf.first_line_indent = Pt(size * indent) if indent else None
        if left is not None:
            pf.left_indent = left
    pf.line_spacing = line
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def border(p, side="bottom", sz=12, color="E60012", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        after = ("shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
                 "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
                 "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")
        nxt = next((ch for ch in ppr if ch.tag.split("}")[1] in after), None)
        if nxt is None:
            ppr.append(bdr)
        else:
            nxt.addprevious(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))


def page_field(p, size=SI_HAO):
    def r(text):
        rr = p.add_run(text)
        set_font(rr, ST, size)
    r("— ")
    for kind in ("begin", "instr", "separate", "text", "end"):
        rr = p.add_run()
        set_font(rr, ST, size)
        if kind == "instr":
            el = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
        elif kind == "text":
            el = parse_xml('<w:t %s>1</w:t>' % nsdecls("w"))
        else:
            el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind))
        rr._element.append(el)
    r(" —")


def setup(doc, header_text=None):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(18), Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN_HAO)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)
    if header_text:
        hp = s.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = hp.add_run(header_text)
        set_font(r, KT, 10.5)
        border(hp, "bottom", 6, "000000", 1)
    grid = s._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        s._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")


def labelled(doc, label, text):
    """Speaker label in bold 黑体 run-in, speech in 仿宋, one paragraph."""
    p = para(doc, "")
    r = p.add_run(label)
    set_font(r, HT, SAN_HAO, bold=True)
    r = p.add_run(text)
    set_font(r, FS, SAN_HAO)
    return p


# ============================================================ builders
def build_transcript(imgdir):
    doc = Document()
    setup(doc, "湖南省人民政府新闻办公室　新闻发布会文字实录")
    for t in TITLE_PARTS:
        para(doc, t, XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)
    for head, lines in INFO:
        for i, ln in enumerate(lines):
            if i == 0:
                p = para(doc, "", hanging=len(head))
                r = p.add_run(head)
                set_font(r, HT, SAN_HAO)
                r = p.add_run(ln)
                set_font(r, FS, SAN_HAO)
            else:  # continuation lines of 发布人, typed with leading full-width spaces
                p = para(doc, "", indent=0)
                r = p.add_run("　" * len(head) + ln)
                set_font(r, FS, SAN_HAO)
    para(doc, "", indent=0)
    p = para(doc, "", align=WD_ALIGN_PARAGRAPH.CENTER, indent=0, line=None)
    p.add_run().add_picture(os.path.join(imgdir, "photo1.jpg"), width=Mm(130))
    para(doc, DOCX_CAPTION, KT, SI_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    para(doc, "", indent=0)
    for role, who, label, _hl, paras, optional, own_line, _t in SEG:
        if role == "stage":
            para(doc, paras[0], KT, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
            continue
        if own_line:
            p = para(doc, "", indent=0)
            r = p.add_run(label)
            set_font(r, HT, SAN_HAO, bold=True)
            for t in paras:
                para(doc, t)
        else:
            labelled(doc, label, paras[0])
            for t in paras[1:]:
                para(doc, t)
    para(doc, "", indent=0)
    para(doc, "（根据现场录音整理）", KT, SI_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    out = os.path.join(HERE, "blind141_fabuhui.docx")
    doc.core_properties.title = TITLE
    doc.core_properties.author = "省政府新闻办"
    doc.save(out)
    return out


def build_newsrelease():
    doc = Document()
    setup(doc)
    p = para(doc, "", XBZ, 36, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(44))
    r = p.add_run("湖南省商务厅新闻稿")
    set_font(r, XBZ, 36, color=RED)
    para(doc, "", indent=0)
    para(doc, "2024年第37期", FS, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    p = para(doc, "", FS, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    r = p.add_run("湖南省商务厅办公室\t2024年9月20日")
    set_font(r, FS, SAN_HAO)
    p.paragraph_format.line_spacing = None
    p.paragraph_format.space_after = Pt(10)
    ppr = p._p.get_or_add_pPr()
    ppr.find(qn("w:spacing")).addprevious(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8840"/></w:tabs>' % nsdecls("w")))
    border(p, "bottom", 18, "E60012", 6)
    para(doc, "", indent=0)
    p = para(doc, "", XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    for i, t in enumerate(NG_TITLE_PARTS):
        r = p.add_run(t)
        set_font(r, XBZ, ER_HAO)
        if i < len(NG_TITLE_PARTS) - 1:
            r.add_break()
    para(doc, "", indent=0)
    for t in NG:
        para(doc, t)
    para(doc, "", indent=0)
    para(doc, "（省商务厅自由贸易试验区处供稿）", KT, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, "新闻联系人：省商务厅办公室　李静　0731-82287156", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    border(p, "top", 12, "000000", 2)
    p = para(doc, "发送：各新闻媒体，各市州商务主管部门，自贸试验区各片区管委会。", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    border(p, "bottom", 12, "000000", 2)
    out = os.path.join(HERE, "blind141_chuifenghui.docx")
    doc.core_properties.title = NG_TITLE
    doc.save(out)
    return out


# ============================================================ the portal page
CSS = """
body{margin:0;font-family:"Microsoft YaHei",sans-serif;background:#f3f3f3;color:#333}
.top{background:#b8000f;color:#fff;height:36px;line-height:36px;padding:0 40px;font-size:13px}
.top a{color:#fff;margin-left:12px}
.banner{background:#c8101e;height:90px;color:#fff;font-size:30px;line-height:90px;padding-left:40px}
.nav{background:#9e0a14}.nav a{color:#fff;display:inline-block;padding:0 22px;line-height:44px;text-decoration:none}
.wrap{width:1100px;margin:0 auto;background:#fff;padding:20px 50px 40px}
.crumb{font-size:13px;color:#666;border-bottom:1px solid #ddd;padding-bottom:8px}
h1{font-size:26px;text-align:center;color:#1a1a1a;margin:28px 0 14px;line-height:1.5}
.info{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccc;padding-bottom:12px}
.gaikuang{margin:20px auto;border-collapse:collapse;width:90%;font-size:15px}
.gaikuang td{border:1px solid #e2c8c8;padding:8px 12px}.gaikuang td.k{background:#fbeeee;width:90px;text-align:center;color:#b8000f}
.live-item{border-left:3px solid #e9b4b4;margin:0 0 18px 60px;padding:0 0 0 18px;position:relative}
.live-time{position:absolute;left:-66px;top:2px;color:#b8000f;font-size:13px}
.TRS_Editor p{font-size:17px;line-height:2;text-indent:2em;margin:0 0 10px}
.pic{text-align:center;margin:16px 0}.pic img{width:640px}
.pic-caption{font-size:14px;color:#555;text-align:center;text-indent:0 !important;font-family:KaiTi,serif}
.related{margin-top:30px;border-top:2px solid #b8000f;padding-top:8px}.related li{line-height:2;font-size:15px}
.tools{font-size:13px;color:#666;text-align:right;margin:14px 0}
.footer{background:#333;color:#ccc;font-size:12px;text-align:center;line-height:2;padding:20px 0}
"""


def build_html(imgdir_rel):
    E = html.escape
    nav = "".join('<a href="/hnszf/%s/index.html">%s</a>' % (h, t) for h, t in (
        ("index", "首页"), ("szf", "省政府"), ("xxgk", "政务公开"), ("hdjl", "互动交流"), ("zfxxgk", "政府信息公开"),
        ("xwfb", "新闻发布"), ("zcjd", "政策解读"), ("bsfw", "办事服务")))
    out = []
    w = out.append
    w('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">')
    w('<meta name="SiteName" content="湖南省人民政府门户网站">')
    w('<meta name="SiteDomain" content="www.hunan.gov.cn">')
    w('<meta name="ColumnName" content="发布实录">')
    w('<meta name="ArticleTitle" content="%s">' % E(WEB_TITLE))
    w('<meta name="PubDate" content="2024-09-12 12:10">')
    w('<meta name="ContentSource" content="湖南省人民政府新闻办公室">')
    w('<meta name="Keywords" content="自贸试验区,一带一路,新闻发布会,若干措施">')
    w('<meta name="Description" content="9月12日上午，省人民政府新闻办公室举行新闻发布会，介绍《若干措施》有关情况并答记者问。">')
    w('<title>%s_发布实录_湖南省人民政府门户网站</title>' % E(WEB_TITLE))
    w('<style>%s</style>' % CSS)
    w('<script>var _hmt=_hmt||[];(function(){var s=document.createElement("script");s.src="/js/stat.js";document.head.appendChild(s);})();</script>')
    w('</head>\n<body>')
    w('<div class="top">欢迎访问湖南省人民政府门户网站！<a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">English</a><a href="#">登录</a></div>')
    w('<div class="banner">湖南省人民政府</div>')
    w('<div class="nav">%s</div>' % nav)
    w('<div class="wrap">')
    w('<div class="crumb">当前位置：<a href="/hnszf/index.html">首页</a> &gt; <a href="/hnszf/xwfb/index.html">新闻发布</a> &gt; <a href="/hnszf/xwfb/fbsl/index.html">发布实录</a></div>')
    w('<h1>%s</h1>' % E(WEB_TITLE))
    w('<div class="info">发布时间：2024-09-12 12:10　　来源：湖南省人民政府新闻办公室　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　　浏览次数：<span id="views">2817</span></div>')
    w('<table class="gaikuang"><caption style="font-size:18px;color:#b8000f;padding:8px">发布会概况</caption>')
    for head, lines in INFO:
        w('<tr><td class="k">%s</td><td>%s</td></tr>' % (E(head.rstrip("：")), "<br>".join(E(x) for x in lines)))
    w('</table>')
    w('<div class="TRS_Editor">')
    w('<div class="pic"><img src="%s/photo1.jpg" alt=""><p class="pic-caption">%s</p></div>' % (imgdir_rel, E(PHOTOS[0][1])))
    w('<p style="text-align:center;text-indent:0;color:#b8000f;font-weight:bold">【图文直播】</p>')
    photo_before = {2: PHOTOS[1], 4: PHOTOS[2], 6: PHOTOS[3]}  # segment index -> photo shown before it
    for i, (role, who, _dl, label, paras, optional, own, t) in enumerate(SEG):
        if i in photo_before:
            fn, cap = photo_before[i]
            w('<div class="pic"><img src="%s/%s" alt=""><p class="pic-caption">%s</p></div>' % (imgdir_rel, fn, E(cap)))
        w('<div class="live-item"><span class="live-time">%s</span>' % t)
        if role == "stage":
            w('<p style="text-align:center;text-indent:0"><em>%s</em></p></div>' % E(paras[0]))
            continue
        for j, text in enumerate(paras):
            body = emph(text)
            if j == 0:
                w('<p><strong>%s</strong>%s</p>' % (E(label), body))
            else:
                w('<p>%s</p>' % body)
        w('</div>')
    w('</div>')
    w('<p style="text-align:right">【责任编辑：罗敏】</p>')
    w('<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】　分享到：<a href="#">微信</a> <a href="#">微博</a>　<span>扫一扫在手机打开当前页</span></div>')
    w('<div class="related"><b>相关链接</b><ul>')
    w('<li><a href="/hnszf/xxgk/wjk/szfbgt/202408/t20240830_33451827.html">湖南省人民政府办公厅关于印发《%s》的通知（%s）</a>　2024-08-30</li>' % (E(POLICY), POLICY_NUM))
    w('<li><a href="/hnszf/zcjd/tjjd/202409/t20240912_33460211.html">一图读懂｜《若干措施》22条要点</a>　2024-09-12</li>')
    w('<li><a href="/hnszf/zcjd/bmjd/202409/t20240920_33471509.html">【政策吹风会】省商务厅解读《%s》</a>　2024-09-20</li>' % E(NG_POLICY))
    w('</ul></div>')
    w('</div>')
    w('<div class="footer">主办：湖南省人民政府办公厅　承办：湖南省人民政府门户网站管理中心<br>'
      '网站标识码：4300000049　湘ICP备05002815号　湘公网安备 43010502000612号<br>'
      '地址：长沙市开福区　邮编：410011　联系电话：0731-82218000</div>')
    w('</body>\n</html>\n')
    path = os.path.join(HERE, "blind141_fabuhui_web.html")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    return path


def emph(text):
    """The portal editor bolds the opening '第一，…。', the '一是…' lead phrases, and the '长沙片区：' leads."""
    E = html.escape
    s = E(text)
    for lead in ("第一，对接国际高标准经贸规则。", "第二，畅通“一带一路”国际物流大通道。", "第三，深化对非经贸合作。", "第四，强化要素保障。",
                 "长沙片区：", "岳阳片区：", "郴州片区：", "一是提升通关便利化水平。", "二是支持通道建设。", "三是服务对非贸易。"):
        el = E(lead)
        if s.startswith(el) or ("。" + el) in s:
            s = s.replace(el, "<strong>%s</strong>" % el, 1)
    for lead in ("一是突出制度型开放", "二是突出通道带动", "三是突出湖南特色"):
        s = s.replace(E(lead), "<strong>%s</strong>" % E(lead), 1)
    return s


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_141", "--headless", "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ============================================================ expected.json
def sp(d, role):
    return {"speaker": d["name"], "post": d["post"], "role": role}


def transcript_clauses(include_optional=False):
    clauses, speakers, optional = [], [], []
    for role, who, _dl, _hl, paras, opt, own, _t in SEG:
        if role == "stage":
            continue
        for j, t in enumerate(paras):
            if role == "question":
                s = {"speaker": who, "post": None, "role": "question"}
            else:
                s = sp(who, role if j == 0 else role + " (continued)")
            if opt:
                optional.append({"text": t, **s})
            else:
                clauses.append(t)
                speakers.append(s)
    return clauses, speakers, optional


def expected():
    cl, spk, opt = transcript_clauses()
    idx = {t: i for i, t in enumerate(cl)}
    speakers_meta = [{"name": d["name"], "post": d["post"]} for d in (HU, CHEN, WANG, LIU)]
    policy = {"title": POLICY, "doc_number": POLICY_NUM, "issuer": "湖南省人民政府办公厅", "date": "2024-08-28",
              "effective": "2024-10-01", "expires": "2027-09-30"}
    base_meta = {
        "doc_number": None,
        "issuer": ["湖南省人民政府新闻办公室"],
        "date": "2024-09-12",
        "level": "provincial",
        "region": "湖南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "新闻发布会文字实录",
        "recipients": [],
        "publicity": None,
        "event_time": "2024-09-12T10:00",
        "venue": "省人民政府新闻发布厅",
        "host": {"name": ZHOU["name"], "post": ZHOU["post"]},
        "speakers": speakers_meta,
        "reporters": ["湖南日报记者", "央广网记者", "红网时刻新闻记者", "中国新闻社记者"],
        "policy_discussed": policy,
    }

    def c(t):
        return "clause %d (%s…)" % (idx[t] + 1, t[:14])

    applies = {
        "default": "湖南省（中国（湖南）自由贸易试验区：长沙、岳阳、郴州片区）",
        "specific": {
            c(HU_ST[2]): "一是: 长沙片区（长沙市）; rest: the whole 自贸试验区",
            c(HU_ST[3]): "一是: 长沙市（中欧班列（长沙））; 二是: 岳阳市（城陵矶港）; 三是: 长沙市（长沙黄花国际机场）",
            c(WANG_ST[1]): "二是: 长沙市（中欧班列（长沙））, 岳阳市（城陵矶港）; 一是: 三个片区",
            c(WANG_ST[2]): "郴州市（郴州综合保税区）, 岳阳市（岳阳城陵矶综合保税区）; the 2000亿元 target is province-wide",
            c(A1[0]): "一是: 长沙片区（长沙市）",
            c(A2[1]): "长沙片区（长沙市）",
            c(A2[2]): "岳阳片区（岳阳市，城陵矶新港区）",
            c(A2[3]): "郴州片区（郴州市）",
            c(Q3): "岳阳市（城陵矶港 / 岳阳片区）",
            c(A3[0]): "岳阳片区（岳阳市）",
            c(A3[1]): "岳阳片区（岳阳市，城陵矶港）",
            c(A4_CHEN): "长沙片区（长沙市，高桥大市场）for the 集散交易中心; 全省14个市州 for 非洲商品馆",
        },
        "note": "共建“一带一路”国家, 非洲, 东盟, 日韩 and 上海洋山 (the far end of a shipping route, clause %d) do not place a clause abroad or in 上海; 长沙海关, 海关总署, 省商务厅 are organs, not places (长沙海关 must not put a clause in 长沙市). 湖南 as a whole is the right default." % (idx[A3[0]] + 1),
    }

    note_common = (
        "A press-conference transcript is not a 公文: no 文号, no 主送, no 落款, no 版记. doc_number must be null — 湘政办发〔2024〕31号 is the 文号 of the POLICY being explained (the 主持人 quotes it), not of this transcript; "
        "likewise 2024-08-28 (policy 印发), 2024-10-01 (policy 施行) and 2027-09-30 (policy 有效期) belong to policy_discussed — date is the conference day 2024-09-12; effective/expires = the policy's dates is tolerable (low) only if date stays 2024-09-12. "
        "issuer = 湖南省人民政府新闻办公室 (the 新闻办 that holds the conference), NOT 省人民政府办公厅 (the policy's issuer) and not 省商务厅 (a 发布人's organ). level provincial, region 湖南省. "
        "Clause unit: each paragraph of speech. A speaker label (“省商务厅厅长 胡晓岚：”, “央广网记者：”, later just “胡晓岚：”/“周建明：”) is NOT part of the clause text (kept in text is low) but must be carried as who said it; "
        "a statement or answer runs over several paragraphs and only the FIRST carries the label — the following paragraphs belong to the same speaker (attributing them to nobody is medium, to the previous/next speaker is HIGH). "
        "Q4 is answered by TWO officials in turn (陈立新 then 王东平): the two answers must not be merged under one name. "
        "The three paragraphs that open with “长沙片区：”/“岳阳片区：”/“郴州片区：” are part of 陈立新's answer — they are NOT speakers; taking 长沙片区 as a speaker (and dropping 陈立新) is HIGH. "
        "Merging a whole statement/answer into one clause is tolerable (low) if nothing is cut and the speaker is right; a question glued to its answer is tolerable (low) only if the answerer is still identifiable. "
        "The 主持人's opening is a clause (it names the policy, its 文号 and the 发布人); the 主持人's transitions (首先，请…/谢谢…下面请…/下面进入提问环节…/请继续提问。) and close are listed under optional_clauses: as clauses or dropped both fine. "
    )
    fab_note = note_common + (
        "Word-file furniture: page header “湖南省人民政府新闻办公室　新闻发布会文字实录” (with a rule), footer “— N —”; the title typed as THREE centred paragraphs (《关于实施自由贸易试验区提升战略 / 深度融入共建“一带一路”的若干措施》 / 新闻发布会文字实录) to be joined with no space; "
        "the 时间/地点/发布人/主持人 block (发布人 has 3 continuation lines typed with leading full-width spaces) → meta (event_time, venue, speakers, host), not clauses; the photo and its caption “▲9月12日，…举行新闻发布会。” (caption as a clause is low); "
        "the stage direction “（播放宣传短片《自贸湖南　通达全球》）” (not a clause, low if kept, must not be glued into the opening); the closing “（根据现场录音整理）”. "
        "In Q3/A3 the labels “红网时刻新闻记者：” and “岳阳片区管委会常务副主任 刘振华：” are typed on paragraphs OF THEIR OWN (bold, nothing after the colon) — a label-only paragraph is not a clause; the following paragraph(s) belong to that speaker. "
        "Labels are bold 黑体 runs; the 片区 leads (长沙片区：…) are plain 仿宋 in the Word file."
    )
    fab = {
        "meta": {"title": TITLE, **base_meta, "published": None},
        "clauses": cl,
        "speakers": spk,
        "optional_clauses": opt,
        "applies_to": applies,
        "_note": fab_note,
        "_pdf": {
            "clauses_absent_from_text_layer": [],
            "note": "LibreOffice PDF (~6 pages): same metadata and clauses. Furniture on every page: the header line “湖南省人民政府新闻办公室　新闻发布会文字实录” and the footer “— N —”; paragraphs run across page breaks and must be re-joined (a clause cut at a page end is medium). "
                    "Bold labels survive only as a bold font name — the reader must split label from speech by the “…：” pattern; the photo is pixels only (its banner text “湖南省人民政府新闻办公室 新闻发布会” exists only in pixels: OCR of it is not a clause).",
        },
    }
    web_note = note_common + (
        "HTML furniture: <title> carries the site suffix “_发布实录_湖南省人民政府门户网站” (title must be the <h1>); the top bar, banner, nav menu, breadcrumb (当前位置：首页 > 新闻发布 > 发布实录); "
        "the info line “发布时间：2024-09-12 12:10　来源：湖南省人民政府新闻办公室　【字体：大 中 小】　浏览次数：2817” → published 2024-09-12 (12:10), issuer from 来源; "
        "the 发布会概况 table (时间/地点/发布人/主持人) → meta, not clauses; the 4 photos and their captions (… 湖南日报全媒体记者 李卓 摄) — captions are not clauses (low if kept), and 湖南日报全媒体记者 李卓 is a photographer, not a speaker; "
        "“【图文直播】”; the live time stamps (10:00, 10:05, …) in <span class=live-time> — must not be glued to the speech (low) nor read as clauses; 【责任编辑：罗敏】; 打印/关闭/分享/扫一扫; "
        "相关链接 (three <li> links — the first one carries the policy's 文号 湘政办发〔2024〕31号 and date 2024-08-30, the third one a LATER date 2024-09-20: neither is this page's 文号/date; links as clauses are medium); the site footer (主办/承办/网站标识码/ICP/公网安备/地址/电话). "
        "<strong> is used BOTH for speaker labels (<strong>胡晓岚：</strong>) and for emphasis: the statement paragraphs open with <strong>第一，对接国际高标准经贸规则。</strong>… and contain <strong>一是突出制度型开放</strong>, 王东平's paragraph has <strong>一是提升通关便利化水平。</strong> etc., and the three 片区 paragraphs open with <strong>长沙片区：</strong> — bold+colon at the start of a <p> exactly like a speaker label. "
        "Only a <strong> naming a person/outlet is a speaker; “第一，…” and “长沙片区：” are not (HIGH if a 片区 becomes the speaker; medium if a bold 第一，… lead is split off as a heading clause or the emphasis breaks the paragraph). "
        "In the HTML every speech turn is run-in (A1's label there is the full “省商务厅厅长 胡晓岚：”; Q3/A3 labels are run-in, unlike the Word file)."
    )
    web = {
        "meta": {"title": WEB_TITLE, **base_meta, "published": "2024-09-12", "published_time": "2024-09-12T12:10", "doc_type": "新闻发布会图文直播（实录）",
                 "source_line": "来源：湖南省人民政府新闻办公室", "site": "湖南省人民政府门户网站", "column": "发布实录"},
        "clauses": cl,
        "speakers": spk,
        "optional_clauses": opt,
        "applies_to": applies,
        "_note": web_note,
    }
    ng_speakers = NG_SPEAKERS
    ng = {
        "meta": {
            "title": NG_TITLE,
            "doc_number": None,
            "issue": "2024年第37期",
            "issuer": ["湖南省商务厅"],
            "date": "2024-09-20",
            "event_date": "2024-09-19",
            "published": None,
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "新闻稿",
            "recipients": [],
            "distribution": ["各新闻媒体", "各市州商务主管部门", "自贸试验区各片区管委会"],
            "publicity": None,
            "contact": "省商务厅办公室　李静　0731-82287156",
            "policy_discussed": {"title": NG_POLICY, "doc_number": NG_POLICY_NUM, "issuer": "湖南省商务厅等8部门（省商务厅、省财政厅、长沙海关等）",
                                 "effective": "2024-09-01", "expires": "2026-12-31"},
        },
        "clauses": NG,
        "speakers": ng_speakers,
        "applies_to": {
            "default": "湖南省（中国（湖南）自由贸易试验区）",
            "specific": {
                "clause 3 (在贸易方面…)": "一是: 长沙片区（长沙市）; 二是: 郴州片区（郴州市）; 三是: whole 自贸试验区",
                "clause 4 (在投资方面…)": "second half: 岳阳片区（岳阳市，中非农业合作产业园）",
            },
            "note": "非洲/共建“一带一路”非洲国家 are destinations, not places of application; 长沙海关 / 中国进出口银行湖南省分行 are organs (must not place clause 5 or 7 in 长沙市).",
        },
        "_note": (
            "A 新闻稿 (news release) on a 政策吹风会, written in the third person: there are NO speaker labels — who said what is in reported speech (陈立新介绍，… / 有关负责人表示，… / 有关负责人回答，…); speakers[] records it for the analyst (attribution is a bonus, not required; inventing a speaker from a 片区 or a date is wrong). "
            "Furniture: red 版头 “湖南省商务厅新闻稿” (NOT a title and NOT a doc_type of 公文), “2024年第37期” (issue number — NOT a 文号: doc_number must be null; taking it as doc_number is medium), the line “湖南省商务厅办公室<TAB>2024年9月20日” above the red rule (→ issuer/date; 2024-09-20 is the date, 2024-09-19 is the 吹风会 day, 2024-09-01/2026-12-31 are the 行动方案's effective/expires — effective/expires null is right, taking the policy's is low); "
            "the title is ONE paragraph with two soft line breaks (after 解读 and after 深化对非 — the break falls inside the word 对非经贸合作; join with no space/newline); “（省商务厅自由贸易试验区处供稿）”; the bottom block between rules “新闻联系人：…” / “发送：各新闻媒体，…” (a distribution line like a 版记 — not recipients of a 公文, not clauses). "
            "湘商发〔2024〕19号 in clause 1 is the 行动方案's 文号, not this document's. 10 clauses, one per body paragraph."
        ),
        "_pdf": {"clauses_absent_from_text_layer": [], "note": "LibreOffice PDF, 3 pages: same clauses; footer “— N —”; the issue/office/date lines sit above a red rule; the 供稿 line and the 新闻联系人/发送 block at the end of page 3 (paragraphs run across page breaks)."},
    }
    return {"blind141_fabuhui": [fab], "blind141_fabuhui_web": [web], "blind141_chuifenghui": [ng]}


def main():
    imgdir = os.path.join(HERE, "blind141_fabuhui_web_files")
    os.makedirs(imgdir, exist_ok=True)
    photo(os.path.join(imgdir, "photo1.jpg"), "wide", 1)
    photo(os.path.join(imgdir, "photo2.jpg"), "one", 2)
    photo(os.path.join(imgdir, "photo3.jpg"), "one", 3)
    photo(os.path.join(imgdir, "photo4.jpg"), "crowd", 4)
    a = build_transcript(imgdir)
    b = build_newsrelease()
    c = build_html("blind141_fabuhui_web_files")
    for f in (a, b):
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", a, b, c)


if __name__ == "__main__":
    main()
