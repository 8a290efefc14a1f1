# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, UP031, UP032, E731
"""Blind round 211: plain-text files as analysts save them (no Word, no PDF).

Four .txt files, written next to this script together with expected.json:
  blind211_qingdao_web.txt      青岛市人民政府办公厅 通知 (青政办发〔2024〕9号) copied from the
      government web page into Notepad: site header, navigation, breadcrumb, 信息公开 metadata box
      (tab separated), 发布时间/来源/字号【大 中 小】 line, 附件下载, 【打印】【关闭】, share links,
      related links, footer.  UTF-8 with BOM, CRLF.
  blind211_hubei_wechat.txt     公众号 post (湖北自贸区) pasted whole: emoji title, 原创 line,
      点击上方蓝字关注, editor's lead-in + 划重点 summary, the full reprint of 鄂政办发〔2024〕23号
      (印发通知 + 行动方案), an image caption in the middle, 来源/编辑/审核, 往期推荐, 阅读原文.
      UTF-8 (no BOM), LF, a few NBSP lines.
  blind211_tianjin_pdfcopy.txt  天津市商务局 天津市财政局 印发《…境外经贸合作区建设管理办法》的通知
      (津商规〔2024〕4号) copied out of the 天津市人民政府公报 PDF: hard line breaks every ~30
      characters (no indents), 公报 running header and page numbers "- 21 -" left between lines,
      title broken inside a word, one wrapped line beginning with a cross-reference "第十三条…".
      GBK, CRLF.
  blind211_kunming_huibian.txt  昆明片区 惠企政策汇编: cover, 目录 with dot leaders and page
      numbers, 编印说明, then three short documents (若干措施 昆政办〔2024〕12号 / 通知
      昆商发〔2024〕33号 / 公告 2024年第3号), separated by rules.  UTF-8, LF.

Run:  . /work/venv/bin/activate && python make_blind211.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
IND = "\u3000\u3000"


def write(name, text, encoding="utf-8", bom=False, crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as fh:
        fh.write(data)
    return name


# =====================================================================
# (a) 青岛 — web page copied into Notepad
# =====================================================================
QD_TITLE = "青岛市人民政府办公厅关于支持中国（山东）自由贸易试验区青岛片区和综合保税区高质量发展的通知"
QD_NUM = "青政办发〔2024〕9号"
QD_ATT = "青岛片区和综合保税区高质量发展重点任务分工表"
QD_INTRO = "为深入贯彻落实《中国（山东）自由贸易试验区总体方案》和《全面对接国际高标准经贸规则推进中国（山东）自由贸易试验区高水平制度型开放若干措施》，加快建设中国—上海合作组织地方经贸合作示范区和“一带一路”国际合作新平台，推动中国（山东）自由贸易试验区青岛片区（以下简称青岛片区）和全市综合保税区高质量发展，经市政府同意，现就有关事项通知如下："
QD_SECTIONS = [
    ("一、提升青岛片区开放能级", [
        "（一）推进贸易便利化改革。在青岛片区全面推行进口货物“船边直提”和出口货物“抵港直装”，2024年12月31日前前湾港区集装箱进口“船边直提”比例达到30%以上。青岛海关、山东港口青岛港集团负责，青岛西海岸新区管委配合。",
        "（二）扩大航运服务业开放。支持青岛片区开展国际船舶登记、外籍船员换班等业务试点，对在青岛片区新设立的国际船舶管理企业，按其实缴注册资本的2%给予一次性奖励，单个企业最高不超过200万元。",
        "（三）发展离岸贸易。对在青岛片区开展离岸转手买卖业务且年度结算额超过1亿美元的企业，按结算额每1亿美元给予10万元奖励，单个企业每年最高不超过100万元。",
    ]),
    ("二、推动综合保税区提质增效", [
        "（一）前湾综合保税区重点发展保税维修、保税研发和大宗商品保税交割，支持在区内设立铁矿石、原油、天然橡胶期货交割库，对新获批的期货交割库给予一次性奖励100万元。",
        "（二）胶州湾综合保税区依托青岛胶东国际机场，重点发展航空物流、跨境电商和保税展示交易，2024年内跨境电商进出口额达到50亿元。胶州市人民政府负责。",
        "（三）支持即墨综合保税区、青岛西海岸综合保税区加快发展加工贸易，对年度进出口额同比增长20%以上的区内企业，按增量部分每1000万美元给予5万元奖励，单个企业每年最高不超过50万元。",
        "（四）对年度绩效评估结果进入全国A类的综合保税区，市财政给予所在区（市）一次性奖励500万元。",
    ]),
    ("三、深化与上合组织国家和共建“一带一路”国家经贸合作", [
        ("（一）服务上合示范区建设。", "依托中国—上海合作组织地方经贸合作示范区（以下简称上合示范区）建设上合国际枢纽港，常态化开行“齐鲁号”欧亚班列（青岛上合号），2024年全年开行不少于800列。胶州市人民政府、上合示范区管委负责。"),
        "（二）支持企业布局海外仓。对在上合组织国家和共建“一带一路”国家设立海外仓且单仓面积超过2000平方米的本市企业，按实际投资额的10%给予补助，单个企业最高不超过100万元。",
        "（三）拓展国际航线。支持董家口港区拓展至东南亚、中东的集装箱航线，对新开辟并稳定运营满6个月的国际集装箱航线，每条给予50万元奖励。",
    ]),
    ("四、强化保障措施", [
        "（一）加强统筹调度。市商务局牵头建立青岛片区和综合保税区发展工作专班，每季度召开调度会议，重点任务分工见附件。",
        "（二）落实资金保障。本通知所需资金由市、区（市）两级财政按照现行财政体制分担。",
        "（三）明确执行期限。本通知自2024年6月1日起施行，有效期至2026年12月31日。此前有关规定与本通知不一致的，按照本通知执行。",
    ]),
]


def qd_clauses():
    out = [QD_INTRO]
    for head, items in QD_SECTIONS:
        for it in items:
            out.append("".join(it) if isinstance(it, tuple) else it)
    return out


def build_qingdao():
    L = []
    a = L.append
    a("青岛政务网")
    a("无障碍浏览 | 长者模式 | 繁體 | English | 登录")
    a("首页　　政务公开　　政务服务　　互动交流　　数据开放　　走进青岛")
    a("请输入关键词　　搜索")
    a("")
    a("当前位置：首页 > 政务公开 > 政策文件 > 市政府办公厅文件")
    a("")
    a("索 引 号：\t11370200MB1522083T/2024-00117\t主题分类：\t综合政务\\商贸、海关、旅游")
    a("发文机关：\t青岛市人民政府办公厅\t成文日期：\t2024年05月16日")
    a("标　　题：\t" + QD_TITLE)
    a("发文字号：\t" + QD_NUM + "\t发布日期：\t2024年05月21日")
    a("有 效 性：\t有效\t")
    a("")
    a(QD_TITLE)
    a("发布时间：2024-05-21 16:30:12　　来源：市政府办公厅　　浏览次数：1826　　字号：【大 中 小】　　【打印本页】")
    a("")
    a(QD_NUM)
    a("")
    a("各区、市人民政府，青岛西海岸新区管委，市政府各部门，市直各单位：")
    a(IND + QD_INTRO)
    for head, items in QD_SECTIONS:
        a(IND + head)
        for it in items:
            if isinstance(it, tuple):
                a(IND + it[0])
                a(IND + it[1])
            else:
                a(IND + it)
    a("")
    a(IND + "附件：" + QD_ATT)
    a("")
    a("\u3000" * 18 + "青岛市人民政府办公厅")
    a("\u3000" * 19 + "2024年5月16日")
    a(IND + "（此件公开发布）")
    a("")
    a("附件下载：" + QD_ATT + ".xlsx")
    a("")
    a("【打印】【关闭】")
    a("分享到：微信　微博　QQ空间")
    a("扫一扫在手机打开当前页")
    a("")
    a("相关文件：")
    a("· 青岛市人民政府关于印发中国（山东）自由贸易试验区青岛片区建设实施方案的通知")
    a("· 图解：《关于支持中国（山东）自由贸易试验区青岛片区和综合保税区高质量发展的通知》")
    a("")
    a("网站地图 | 联系我们 | 网站声明 | 纠错")
    a("主办：青岛市人民政府办公厅　　承办：青岛市大数据发展管理局")
    a("网站标识码：3702000001　　鲁ICP备05012567号-1　　鲁公网安备 37020202000170号")
    a("")
    return write("blind211_qingdao_web.txt", "\n".join(L), bom=True, crlf=True)


# =====================================================================
# (b) 湖北 — 公众号 post pasted whole
# =====================================================================
HB_TITLE = "湖北省人民政府办公厅关于印发中国（湖北）自由贸易试验区提升行动方案（2024—2026年）的通知"
HB_NUM = "鄂政办发〔2024〕23号"
HB_PLAN = "中国（湖北）自由贸易试验区提升行动方案（2024—2026年）"
HB_NOTICE = "《中国（湖北）自由贸易试验区提升行动方案（2024—2026年）》已经省人民政府同意，现印发给你们，请结合实际认真组织实施。"
HB_PLAN_INTRO = "为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动中国（湖北）自由贸易试验区（以下简称湖北自贸试验区）高水平制度型开放，更好服务共建“一带一路”和长江经济带发展，制定本方案。"
HB_GOAL = "到2026年，湖北自贸试验区对接国际高标准经贸规则取得明显进展，累计形成制度创新成果100项以上，其中在全国复制推广10项以上；实际使用外资年均增长10%以上；以不到全省千分之一的面积，贡献全省15%以上的外贸进出口额。"
HB_TASKS = [
    ("（一）提升贸易便利化水平", [
        "1. 武汉片区依托武汉天河国际机场和鄂州花湖机场，推进国际航空客货运“双枢纽”协同，开展“空空中转”“空铁联运”试点，2025年底前实现国际货物“一单到底”。",
        "2. 在武汉新港阳逻港区推行“离港确认”“启运港退税”政策，推动“江海直达”“江海联运”航线扩容，2026年阳逻港区集装箱吞吐量达到300万标箱。",
        "3. 襄阳片区建设汉江流域国际物流枢纽，常态化运营襄阳至宁波舟山港铁海联运班列，支持襄阳综合保税区开展保税维修业务。",
    ]),
    ("（二）扩大投资和服务业开放", [
        "1. 在武汉片区开展跨国公司本外币一体化资金池试点，支持外资银行在武汉东湖新技术开发区设立科技支行。",
        "2. 宜昌片区推进长江三峡航运服务集聚，支持设立船舶交易、船员培训等航运服务机构，对新落户的航运服务企业按规定给予房租补贴。",
        "3. 支持三大片区引进国际知名律师事务所、会计师事务所设立分支机构，探索中外律师事务所联营。",
    ]),
    ("（三）加强产业联动发展", [
        "1. 支持武汉东湖综合保税区发展集成电路、光电子信息保税研发，支持武汉经开综合保税区发展汽车整车及零部件保税维修和再制造。",
        "2. 宜昌综合保税区重点发展磷化工新材料、生物医药保税加工，2026年区内进出口额突破100亿元。",
        "3. 在黄石、十堰、荆州等地设立湖北自贸试验区联动创新区，推动改革试点经验在联动创新区先行复制。",
    ]),
    ("（四）深化“一带一路”经贸合作", [
        "1. 以武汉吴家山铁路集装箱中心站为枢纽，加密中欧班列（武汉）至中亚、欧洲线路，2026年开行量达到1500列。",
        "2. 支持企业在共建“一带一路”国家建设海外仓、境外经贸合作区，省级外经贸发展专项资金按规定给予支持。",
    ]),
]
HB_GUARANTEE = [
    "（一）加强组织领导。省自由贸易试验区工作领导小组统筹推进本方案实施，武汉、襄阳、宜昌市人民政府落实片区建设主体责任。",
    "（二）强化政策支持。省直有关部门在项目用地、资金安排、人才引进等方面向三大片区倾斜。",
    "（三）开展评估考核。省商务厅每年对各片区方案实施情况进行评估，评估结果纳入省对市州年度目标责任考核。",
]


def hb_clauses():
    out = [HB_NOTICE, HB_PLAN_INTRO, HB_GOAL]
    for head, items in HB_TASKS:
        out.extend(items)
    out.extend(HB_GUARANTEE)
    return out


def build_hubei():
    NB = "\u00a0"
    L = []
    a = L.append
    a("重磅📢湖北自贸试验区提升行动方案印发！三大片区这样干→")
    a("原创 湖北自贸区 湖北自贸区 2024年06月14日 18:02 湖北")
    a("")
    a("👆点击上方蓝字关注我们")
    a(NB)
    a("近日，湖北省人民政府办公厅印发《中国（湖北）自由贸易试验区提升行动方案（2024—2026年）》，明确了今后三年湖北自贸试验区建设的目标和任务。一起来看↓↓↓")
    a(NB)
    a("📌划重点")
    a("✅到2026年，累计形成制度创新成果100项以上")
    a("✅武汉片区：推进天河机场、花湖机场“双枢纽”协同")
    a("✅襄阳片区、宜昌片区：建设汉江、长江国际物流通道重要节点")
    a("✅在黄石、十堰、荆州等地设立联动创新区")
    a(NB)
    a("——全文如下——")
    a(NB)
    a(HB_TITLE)
    a(HB_NUM)
    a("各市、州、县人民政府，省政府各部门：")
    a(IND + HB_NOTICE)
    a("湖北省人民政府办公厅")
    a("2024年6月5日")
    a("（此件公开发布）")
    a(NB)
    a(HB_PLAN)
    a(IND + HB_PLAN_INTRO)
    a("🔹一、总体目标")
    a(IND + HB_GOAL)
    a("🔹二、重点任务")
    for n, (head, items) in enumerate(HB_TASKS):
        a(head)
        for i, it in enumerate(items):
            a(IND + it)
            if n == 0 and i == 0:
                a("")
                a("▲鄂州花湖机场（资料图）")
                a("")
    a("🔹三、保障措施")
    for it in HB_GUARANTEE:
        a(IND + it)
    a(NB)
    a("来源：湖北省人民政府网站")
    a("编辑：刘" + NB + "畅")
    a("审核：陈志远")
    a(NB)
    a("往期推荐")
    a("▶湖北自贸试验区又有3项制度创新成果在全国复制推广")
    a("▶襄阳片区一季度新设外资企业12家")
    a("▶政策速递｜湖北省支持跨境电商高质量发展十条措施")
    a(NB)
    a("湖北自贸区")
    a("微信号：hbftz2017")
    a("长按识别二维码关注我们")
    a("阅读原文")
    a("阅读 2.3万")
    a("分享　收藏　赞 186　在看 42")
    a("")
    return write("blind211_hubei_wechat.txt", "\n".join(L))


# =====================================================================
# (c) 天津 — 办法 copied out of a 公报 PDF, GBK, hard line breaks
# =====================================================================
TJ_TITLE = "天津市商务局　天津市财政局关于印发天津市支持企业参与共建“一带一路”境外经贸合作区建设管理办法的通知"
TJ_NUM = "津商规〔2024〕4号"
TJ_BF = "天津市支持企业参与共建“一带一路”境外经贸合作区建设管理办法"
TJ_NOTICE = "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，引导和支持本市企业参与建设境外经贸合作区，市商务局、市财政局制定了《天津市支持企业参与共建“一带一路”境外经贸合作区建设管理办法》，现印发给你们，请遵照执行。"
S = "\u3000"
TJ_BODY = [
    ("ch", "第一章　总　则"),
    ("p", "第一条" + S + "为推动共建“一带一路”高质量发展，引导和支持本市企业参与境外经贸合作区建设，规范专项资金管理，根据《境外投资管理办法》（商务部令2014年第3号）和本市外经贸发展专项资金管理有关规定，制定本办法。"),
    ("p", "第二条" + S + "本办法所称境外经贸合作区（以下简称合作区），是指在本市依法注册的中资控股企业（以下简称实施企业）在共建“一带一路”国家投资建设，基础设施完备、主导产业明确、公共服务功能健全，具有集聚和辐射效应的产业园区。"),
    ("p", "第三条" + S + "市商务局负责合作区的认定、年度考核和监督管理，会同市财政局编制资金使用计划；市财政局负责资金的预算管理和拨付；各区商务主管部门负责本区实施企业的申报组织和初审工作。"),
    ("ch", "第二章　认定条件和程序"),
    ("p", "第四条" + S + "申请认定的合作区应当同时具备下列条件："),
    ("p", "（一）实施企业在本市注册满2年，上一年度末资产总额不低于5亿元；"),
    ("p", "（二）合作区规划面积不少于2平方公里，已完成基础设施投资不低于5000万美元；"),
    ("p", "（三）入区企业不少于10家，其中中资企业不少于5家；"),
    ("p", "（四）实施企业近3年内未发生重大安全生产事故，未被列入严重失信主体名单。"),
    ("p", "第五条" + S + "实施企业应当于每年4月30日前向注册地区商务主管部门提交认定申请。注册在东疆综合保税区、天津港保税区的实施企业，分别向天津东疆综合保税区管理委员会、天津港保税区管理委员会提交申请，由其出具初审意见后报市商务局。"),
    ("p", "第六条" + S + "市商务局组织专家对申请材料进行评审，必要时开展实地核查。评审结果在市商务局门户网站公示5个工作日，公示无异议的，认定为天津市境外经贸合作区。"),
    ("ch", "第三章　支持政策"),
    ("p", "第七条" + S + "对认定的合作区，按照实施企业当年在合作区内基础设施建设实际投资额的10%给予补助，单个合作区每年最高不超过500万元。"),
    ("p", "第八条" + S + "实施企业为入区企业提供法律咨询、投资咨询、人员培训等公共服务的，按照实际支出的50%给予补助，单个合作区每年最高不超过100万元。"),
    ("p", "第九条" + S + "对已通过商务部、财政部确认考核的国家级境外经贸合作区，如中埃·泰达苏伊士经贸合作区，本办法第七条规定的补助比例提高至15%，单个合作区每年最高不超过800万元。"),
    ("p", "第十条" + S + "对注册在东疆综合保税区的融资租赁企业为合作区提供设备租赁服务的，按照租赁合同金额的1%给予补助，单个企业每年最高不超过200万元。"),
    ("p", "第十一条" + S + "实施企业通过天津港发运合作区建设所需设备、物资的，按照实际发生海运费的20%给予补助，单个合作区每年最高不超过100万元。"),
    ("ch", "第四章　监督管理"),
    ("p", "第十二条" + S + "合作区实行年度考核制度。实施企业应当于每年3月31日前向市商务局报送上一年度合作区建设运营情况，考核结果作为下一年度资金安排的重要依据。"),
    ("p", "第十三条" + S + "有下列情形之一的，由市商务局撤销合作区认定："),
    ("p", "（一）通过提供虚假材料等方式骗取认定或者补助资金的；"),
    ("p", "（二）连续两年年度考核不合格的；"),
    ("p", "（三）合作区所在国发生战争、动乱等情形，导致合作区无法继续运营的。"),
    ("p", "第十四条" + S + "实施企业在申请认定或者申报资金过程中存在本办法第十三条第（一）项情形的，由市财政局会同市商务局追回已拨付资金，实施企业3年内不得申报市级外经贸发展专项资金；涉嫌犯罪的，依法移送司法机关处理。"),
    ("ch", "第五章　附　则"),
    ("p", "第十五条" + S + "本办法由市商务局、市财政局负责解释。"),
    ("p", "第十六条" + S + "本办法自2024年8月1日起施行，有效期5年。"),
]

NO_START = set("，。、；：？！）》”’」』%．·…—")
NO_END = set("（《“‘「『")


def cw(ch):
    return 1 if ord(ch) < 0x2000 and ch != "·" else 2


def tokens(s):
    """ASCII runs stay together (a PDF line never breaks inside 2024 or 5000)."""
    out, buf = [], ""
    for ch in s:
        if ord(ch) < 0x80:
            buf += ch
        else:
            if buf:
                out.append(buf); buf = ""
            out.append(ch)
    if buf:
        out.append(buf)
    return out


def wrap(s, width=60, first=56):
    toks = tokens(s)
    lines, cur, w, lim = [], "", 0, first
    i = 0
    while i < len(toks):
        t = toks[i]
        tw = sum(cw(c) for c in t)
        if w + tw > lim and cur:
            if t[0] in NO_START:             # squeeze the punctuation onto this line
                cur += t; i += 1
                lines.append(cur); cur, w, lim = "", 0, width
                continue
            if cur[-1] in NO_END:            # an opening mark never ends a line
                lines.append(cur[:-1]); cur = cur[-1]; w = 2; lim = width
                continue
            lines.append(cur); cur, w, lim = "", 0, width
            continue
        cur += t; w += tw; i += 1
    if cur:
        lines.append(cur)
    return lines


def tj_body_lines():
    """Return list of (line, is_para_start) in reading order, without page furniture."""
    out = []
    # title, larger font: ~20 characters a line, broken where the layout breaks it
    out += ["天津市商务局　天津市财政局关于印发天津", "市支持企业参与共建“一带一路”境外经贸", "合作区建设管理办法的通知", ""]
    out += [TJ_NUM, ""]
    out += ["各区商务主管部门、财政局，各有关单位："]
    out += wrap(TJ_NOTICE)
    out += ["", "天津市商务局　　　　　　　天津市财政局", "2024年7月8日", "（此件主动公开）", ""]
    out += ["天津市支持企业参与共建“一带一路”境外经", "贸合作区建设管理办法", ""]
    for kind, text in TJ_BODY:
        if kind == "ch":
            out.append(text.replace("　", " ", 1))
        else:
            out += wrap(text)
    return out


def tj_clauses():
    return [TJ_NOTICE] + [t for k, t in TJ_BODY if k == "p"]


def build_tianjin():
    body = tj_body_lines()
    # paginate: 公报 pages; first copied page is p.21; header on top, page number at foot
    per_page = 26
    page = 21
    L = []
    n = 0
    L.append("2024年第15期　　　　　　　　天津市人民政府公报")
    for ln in body:
        if n == per_page:
            L.append("- %d -" % page)
            page += 1
            L.append("天津市人民政府公报　　　　　　　　2024年第15期" if page % 2 == 0 else "2024年第15期　　　　　　　　天津市人民政府公报")
            n = 0
        if ln == "" and n == 0:
            continue
        L.append(ln)
        n += 1
    L.append("")
    L.append("- %d -" % page)
    L.append("")
    text = "\n".join(L)
    text.encode("gbk")  # raises if anything is outside GBK
    return write("blind211_tianjin_pdfcopy.txt", text, encoding="gbk", crlf=True)


# =====================================================================
# (d) 昆明片区 政策汇编 — three short documents
# =====================================================================
KA_TITLE = "昆明市人民政府办公室关于支持中国（云南）自由贸易试验区昆明片区跨境贸易高质量发展的若干措施"
KA_NUM = "昆政办〔2024〕12号"
KA = [
    "为深入贯彻落实《中国（云南）自由贸易试验区总体方案》，发挥昆明面向南亚东南亚辐射中心核心区作用，推动中国（云南）自由贸易试验区昆明片区（以下简称昆明片区）跨境贸易高质量发展，结合我市实际，制定以下措施。",
    "一、支持中老铁路国际货运发展。对在昆明片区注册、经中老铁路王家营西站组织开行“澜湄快线”国际货物列车的物流企业，按每标准集装箱500元给予运费补贴，单个企业每年最高不超过300万元。",
    "二、推动磨憨口岸与昆明片区联动。支持昆明片区与磨憨—磨丁经济合作区共建“前岸中区后园”产业协作模式，对在磨憨镇设立分拨中心并在昆明片区实现加工增值的企业，按其年度物流费用的20%给予补助，单个企业最高不超过100万元。",
    "三、做大昆明综合保税区。支持昆明综合保税区发展保税维修、保税研发和跨境电商网购保税进口业务，对区内新设立的保税维修企业，投产后年度进出口额超过1亿元的，给予一次性奖励50万元。",
    "四、发展国际航空物流。依托昆明长水国际机场，支持开通至南亚东南亚国家的国际全货机航线，对新开通并连续运营满6个月的航线，每条给予200万元奖励。",
    "五、培育跨境电商主体。对在昆明经开区、呈贡区跨境电商产业园内新设立且年度跨境电商进出口额超过5000万元的企业，给予一次性奖励30万元。",
    "六、支持外贸企业开拓市场。对组织本市企业参加中国—南亚博览会暨中国昆明进出口商品交易会以外的南亚东南亚国家境外展会的，按展位费的50%给予补助。",
    "七、推进跨境人民币结算。鼓励银行机构为与老挝、缅甸、越南开展贸易的企业提供跨境人民币结算服务，对年度跨境人民币结算额首次突破1亿元的企业给予10万元奖励。",
    "八、强化口岸通关保障。昆明海关在王家营西站海关监管作业场所推行“7×24小时”预约通关，对鲜活农产品实行查验“即到即查”。",
    "九、落实资金保障。本措施所需资金由市级财政与昆明经开区、官渡区按5∶5比例分担。",
    "十、本措施自2024年5月1日起施行，有效期至2026年12月31日。",
]
KB_TITLE = "昆明市商务局关于组织申报2024年度中老铁路沿线海外仓支持资金的通知"
KB_NUM = "昆商发〔2024〕33号"
KB_ATT = "2024年度中老铁路沿线海外仓支持资金申报表"
KB_INTRO = "为贯彻落实《昆明市人民政府办公室关于支持中国（云南）自由贸易试验区昆明片区跨境贸易高质量发展的若干措施》（昆政办〔2024〕12号），支持企业沿中老铁路布局海外仓，现将2024年度支持资金申报有关事项通知如下："
KB_ITEMS = [
    ("一、支持对象。在我市注册、具有独立法人资格，于2023年1月1日至2024年6月30日期间在老挝万象、琅勃拉邦或者泰国曼谷等中老铁路沿线城市建成投用海外仓的外贸企业、物流企业。", None),
    ("二、支持标准", [
        "1．海外仓面积1000平方米（含）至5000平方米的，给予一次性补助20万元；",
        "2．海外仓面积5000平方米（含）以上的，给予一次性补助50万元；",
        "3．注册在昆明片区或者昆明综合保税区的企业，在上述标准基础上上浮20%。",
    ]),
    ("三、申报材料", [
        "（一）2024年度中老铁路沿线海外仓支持资金申报表；",
        "（二）海外仓所在国出具的土地或者房屋租赁（产权）证明及中文译本；",
        "（三）海外仓运营情况说明及相关发票、报关单复印件。",
    ]),
    ("四、申报时间及方式。申报企业于2024年9月30日前向注册地县（市）区商务主管部门提交申报材料，其中注册在磨憨镇的企业向磨憨镇人民政府提交。各县（市）区商务主管部门、磨憨镇人民政府于2024年10月15日前完成初审并报市商务局。", None),
    ("五、联系方式。市商务局对外贸易处，联系人：杨帆，联系电话：0871-63135218。", None),
]
KC_TITLE = "中国（云南）自由贸易试验区昆明片区管理委员会关于进一步优化昆明综合保税区企业服务的公告"
KC_NUM = "2024年第3号"
KC = [
    "为深入推进中国（云南）自由贸易试验区昆明片区营商环境改革，提升昆明综合保税区企业服务水平，现就有关事项公告如下：",
    "一、在昆明综合保税区企业服务中心设立“一站式”服务窗口，集中办理企业设立、海关备案、外汇登记等事项，实行“一窗受理、限时办结”。",
    "二、区内企业办理海关注册登记、加工贸易手（账）册设立等事项，材料齐全的，当日办结。",
    "三、对在区内新落户的加工贸易企业，由片区管委会安排专人提供“管家式”服务，协助解决用工、用能、物流等问题。",
    "四、支持区内企业通过王家营西站开展“铁路快通”业务，货物在王家营西站海关监管作业场所与综合保税区之间实行“一次申报、一次查验、一次放行”。",
    "五、区内标准厂房租金实行前两年全免、第三年减半收取；其中位于综合保税区二期（昆明经开区洛羊街道）的标准厂房，前三年全免。",
    "六、企业对服务事项有意见建议的，可以通过“12345”政务服务便民热线或者片区管委会门户网站“片区信箱”反映。",
    "七、本公告自发布之日起施行。",
]


def kb_clauses():
    out = [KB_INTRO]
    for head, sub in KB_ITEMS:
        if sub is None:
            out.append(head)
        else:
            out.extend(sub)
    return out


def build_kunming():
    RULE = "=" * 64
    L = []
    a = L.append
    a("中国（云南）自由贸易试验区昆明片区")
    a("惠企政策汇编")
    a("（2024年第二辑）")
    a("")
    a("中国（云南）自由贸易试验区昆明片区管理委员会营商环境局　编")
    a("二〇二四年十月")
    a("")
    a("")
    a("目　　录")
    a("")
    a(KA_TITLE + "……………………1")
    a(KB_TITLE + "……………………………………6")
    a(KC_TITLE + "…………………9")
    a("")
    a("")
    a("编印说明")
    a(IND + "为便于企业及时了解、用好用足各级支持政策，我局对2024年4月以来出台的跨境贸易、综合保税区相关政策文件进行了汇编。本汇编所收文件以正式印发文本为准，附件从略。")
    a("")
    a(RULE)
    a("")
    # ---- A: 若干措施 — title on two lines, 文号 in brackets under it, 落款 at the end
    a("昆明市人民政府办公室关于支持中国（云南）自由贸易试验区")
    a("昆明片区跨境贸易高质量发展的若干措施")
    a("（" + KA_NUM + "）")
    a("")
    for t in KA:
        a(IND + t)
    a("")
    a("\u3000" * 16 + "昆明市人民政府办公室")
    a("\u3000" * 17 + "2024年4月8日")
    a("")
    a(RULE)
    a("")
    # ---- B: 通知 — 文号 line, 主送, items, 附件 (略), 落款, 主动公开
    a("昆明市商务局关于组织申报2024年度")
    a("中老铁路沿线海外仓支持资金的通知")
    a(KB_NUM)
    a("")
    a("各县（市）区商务主管部门，各开发（度假）园区经济发展部门，磨憨镇人民政府：")
    a(IND + KB_INTRO)
    for head, sub in KB_ITEMS:
        a(IND + head)
        if sub:
            for s in sub:
                a(IND + s)
    a("")
    a(IND + "附件：" + KB_ATT + "（略）")
    a("")
    a("\u3000" * 18 + "昆明市商务局")
    a("\u3000" * 17 + "2024年8月20日")
    a(IND + "（此件主动公开）")
    a("")
    a(RULE)
    a("")
    # ---- C: 公告 — 公告 number and date in brackets under the title, no 落款
    a("中国（云南）自由贸易试验区昆明片区管理委员会")
    a("关于进一步优化昆明综合保税区企业服务的公告")
    a(KC_NUM)
    a("（2024年9月2日）")
    a("")
    for t in KC:
        a(IND + t)
    a(IND + "特此公告。")
    a("")
    a(RULE)
    a("（本汇编由昆明片区管委会营商环境局编印，仅供学习参考）")
    a("政策咨询电话：0871-67193350")
    a("")
    return write("blind211_kunming_huibian.txt", "\n".join(L))


# =====================================================================
# expected.json
# =====================================================================
def expected():
    out = {}
    out["blind211_qingdao_web"] = [{
        "meta": {
            "title": QD_TITLE, "doc_number": QD_NUM, "issuer": ["青岛市人民政府办公厅"],
            "date": "2024-05-16", "published": "2024-05-21", "level": "municipal", "region": "山东省青岛市",
            "effective": "2024-06-01", "expires": "2026-12-31", "attachments": [QD_ATT], "doc_type": "通知",
            "recipients": ["各区、市人民政府", "青岛西海岸新区管委", "市政府各部门", "市直各单位"],
            "publicity": "此件公开发布",
        },
        "clauses": qd_clauses(),
        "applies_to": {
            "default": "山东省青岛市（中国（山东）自由贸易试验区青岛片区、全市综合保税区）",
            "specific": {
                "一、（一）": "青岛片区（前湾港区）；青岛西海岸新区（黄岛区）",
                "一、（二）": "青岛片区",
                "一、（三）": "青岛片区",
                "二、（一）": "青岛前湾综合保税区（黄岛区）",
                "二、（二）": "青岛胶州湾综合保税区（胶州市，胶东国际机场）",
                "二、（三）": "即墨综合保税区（即墨区）、青岛西海岸综合保税区（黄岛区）",
                "三、（一）": "上合示范区（胶州市）",
                "三、（三）": "董家口港区（黄岛区）",
            },
            "note": "上合组织国家 / 共建“一带一路”国家 / 东南亚、中东 do not move a clause abroad. 二、（四） and 三、（二） are city-wide.",
        },
        "_note": (
            "UTF-8 with BOM, CRLF, copied from the web page: site name, 无障碍/长者模式 bar, navigation, search box, breadcrumb; "
            "the 信息公开 metadata box copied as tab-separated lines (索 引 号 11370200MB1522083T/2024-00117 is NOT the 文号; 发文字号 is; 成文日期 2024年05月16日, 发布日期 2024年05月21日, 有 效 性 有效); "
            "the title repeated as the page heading; the line 发布时间：2024-05-21 16:30:12 来源 浏览次数 字号：【大 中 小】 【打印本页】 — 字号 there is the FONT SIZE switch, not a 文号. "
            "The 文号 on its own line, 主送, intro paragraph, 一、…四、 headings on their own lines (not clauses), （一）… items (（一） restarts under each 一、). "
            "三、（一） has its run-in heading （一）服务上合示范区建设。 on its own line (the site wrapped it in its own <p><strong>) and the text on the next line — one clause, joined without space. "
            "附件：… line → attachments (the 分工表 itself is only a download link, not on the page). 落款 (pushed right with full-width spaces) + date + （此件公开发布）. "
            "Then page furniture: 附件下载 link, 【打印】【关闭】, 分享到, 扫一扫, 相关文件 list (another document's title, and a 图解 of this one), site footer with ICP/公安备案 numbers. "
            "14 clauses."
        ),
    }]
    out["blind211_hubei_wechat"] = [{
        "meta": {
            "title": HB_TITLE, "doc_number": HB_NUM, "issuer": ["湖北省人民政府办公厅"],
            "date": "2024-06-05", "published": None, "level": "provincial", "region": "湖北省",
            "effective": None, "expires": None, "attachments": [HB_PLAN], "doc_type": "通知（印发行动方案）",
            "recipients": ["各市、州、县人民政府", "省政府各部门"], "publicity": "此件公开发布",
        },
        "clauses": hb_clauses(),
        "applies_to": {
            "default": "湖北省（中国（湖北）自由贸易试验区：武汉片区、襄阳片区、宜昌片区）",
            "specific": {
                "二、（一）1.": "武汉片区（武汉天河国际机场；鄂州花湖机场 in 鄂州市 as partner hub)",
                "二、（一）2.": "武汉新港阳逻港区（武汉市新洲区）",
                "二、（一）3.": "襄阳片区；襄阳综合保税区",
                "二、（二）1.": "武汉片区；武汉东湖新技术开发区",
                "二、（二）2.": "宜昌片区",
                "二、（二）3.": "武汉、襄阳、宜昌三大片区",
                "二、（三）1.": "武汉东湖综合保税区；武汉经开综合保税区",
                "二、（三）2.": "宜昌综合保税区",
                "二、（三）3.": "黄石市、十堰市、荆州市（联动创新区）",
                "二、（四）1.": "武汉吴家山铁路集装箱中心站（武汉市东西湖区）",
                "三、（一）": "武汉市、襄阳市、宜昌市",
            },
            "note": "宁波舟山港 (浙江) is a destination, 中亚/欧洲/共建“一带一路”国家 are destinations — none is a place of application.",
        },
        "_note": (
            "UTF-8 (no BOM), LF; some separator lines hold only a NO-BREAK SPACE (U+00A0). Post furniture: emoji title (重磅📢…→), 原创 line with account name/date/location (2024年06月14日 is the post date — the repost date, not the document's publication: published null, 2024-06-14 tolerable low), "
            "👆点击上方蓝字关注我们, the editor's lead-in (近日，…一起来看↓↓↓), a 📌划重点 box of four ✅ lines that paraphrase the plan (NOT clauses, must not be duplicated), ——全文如下——. "
            "The reprint: title, 文号, 主送, 1 notice paragraph, 落款 + 2024年6月5日 + （此件公开发布）, then the plan title (= the attachment) and the plan: intro paragraph, 🔹一、总体目标 (emoji before the number; heading not a clause) + 1 target paragraph, 🔹二、重点任务 with （一）…（四） headings on their own lines (no full stop; headings, not clauses) and 1. 2. 3. items (ASCII '1. '), "
            "an image caption ▲鄂州花湖机场（资料图） between blank lines right after 二、（一）1. (furniture — must not be glued onto item 1 or 2), 🔹三、保障措施 with run-in （一）（二）（三）. "
            "After the text: 来源/编辑 (with NBSP)/审核, 往期推荐 with ▶ links (titles of other posts — not documents), account name, 微信号, 长按识别二维码, 阅读原文, 阅读 2.3万, 分享/收藏/赞/在看. "
            "One document (印发通知 + 方案 counted together). No effective/expires stated (plan period 2024—2026: expires 2026-12-31 tolerable low; effective = 2024-06-05 tolerable low). 17 clauses."
        ),
    }]
    out["blind211_tianjin_pdfcopy"] = [{
        "meta": {
            "title": TJ_TITLE, "doc_number": TJ_NUM, "issuer": ["天津市商务局", "天津市财政局"],
            "date": "2024-07-08", "published": None, "level": "provincial", "region": "天津市",
            "effective": "2024-08-01", "expires": "2029-07-31", "attachments": [TJ_BF], "doc_type": "通知（印发管理办法）",
            "recipients": ["各区商务主管部门、财政局", "各有关单位"], "publicity": "此件主动公开",
        },
        "clauses": tj_clauses(),
        "applies_to": {
            "default": "天津市",
            "specific": {
                "第五条": "东疆综合保税区、天津港保税区 (second sentence; the first is city-wide)",
                "第十条": "东疆综合保税区",
            },
            "note": "共建“一带一路”国家, 中埃·泰达苏伊士经贸合作区 (第九条, in Egypt), 合作区所在国 (第十三条（三）) are where the parks lie — the subsidies are Tianjin's, paid to Tianjin-registered enterprises: none of these moves a clause abroad. 天津港 (第十一条) is the city's port, not a narrower place of application.",
        },
        "_note": (
            "GBK (Notepad 'ANSI'), CRLF. Text copied out of the 天津市人民政府公报 PDF (pages 21–23): every paragraph is broken into lines of ~30 characters (no first-line indents survive; first line ~28), "
            "closing punctuation squeezed onto the line end, ASCII numbers never split. Page furniture left between lines, usually mid-sentence: the running header (2024年第15期 … 天津市人民政府公报, sides alternating) and the page number '- 21 -', '- 22 -' … at each page foot (and one at the very end). "
            "Title printed large: three lines broken inside words (…印发天津|市支持… / …境外经贸|合作区…) — joined without space; 文号 line; 主送; notice paragraph; joint 落款 on ONE line (天津市商务局 + spaces + 天津市财政局), date 2024年7月8日, （此件主动公开）. "
            "Then the 办法 title on two lines (…境外经|贸合作区…), 第一章 总 则 … 第五章 附 则 (chapter headings, not clauses), 第一条…第十六条 with 第四条（一）…（四） and 第十三条（一）…（三） item paragraphs (items separate; merged into the article equally good). "
            "Trap: in 第十四条 a wrapped line BEGINS with 第十三条第（一）项情形的… — a cross-reference, not a new article. 第九条 cites 第七条 too. "
            "published unknown (公报 issue 2024年第15期, no date) → null. 第十六条 自2024年8月1日起施行，有效期5年 → expires 2029-07-31 (computed). 24 clauses."
        ),
    }]
    out["blind211_kunming_huibian"] = [
        {
            "meta": {
                "title": KA_TITLE, "doc_number": KA_NUM, "issuer": ["昆明市人民政府办公室"],
                "date": "2024-04-08", "published": None, "level": "municipal", "region": "云南省昆明市",
                "effective": "2024-05-01", "expires": "2026-12-31", "attachments": [], "doc_type": "若干措施",
                "recipients": [], "publicity": None,
            },
            "clauses": KA,
            "applies_to": {
                "default": "云南省昆明市（中国（云南）自由贸易试验区昆明片区）",
                "specific": {
                    "一、": "昆明片区；王家营西站（官渡区）",
                    "二、": "磨憨镇（磨憨—磨丁经济合作区，昆明市托管，西双版纳州勐腊县境内）与昆明片区",
                    "三、": "昆明综合保税区",
                    "四、": "昆明长水国际机场（官渡区）",
                    "五、": "昆明经开区、呈贡区（跨境电商产业园）",
                    "八、": "王家营西站（官渡区）",
                    "九、": "昆明经开区、官渡区（cost sharing)",
                },
                "note": "老挝、缅甸、越南 / 南亚东南亚国家 are trading partners, not places of application.",
            },
        },
        {
            "meta": {
                "title": KB_TITLE, "doc_number": KB_NUM, "issuer": ["昆明市商务局"],
                "date": "2024-08-20", "published": None, "level": "municipal", "region": "云南省昆明市",
                "effective": None, "expires": None, "attachments": [KB_ATT], "doc_type": "通知",
                "recipients": ["各县（市）区商务主管部门", "各开发（度假）园区经济发展部门", "磨憨镇人民政府"],
                "publicity": "此件主动公开",
            },
            "clauses": kb_clauses(),
            "applies_to": {
                "default": "云南省昆明市",
                "specific": {
                    "二、3．": "昆明片区、昆明综合保税区",
                    "四、": "磨憨镇 (second half of the first sentence only)",
                },
                "note": "老挝万象、琅勃拉邦、泰国曼谷 (一、) are where the 海外仓 lie — not places of application. The intro cites 昆政办〔2024〕12号 (document A) — not this document's number.",
            },
        },
        {
            "meta": {
                "title": KC_TITLE, "doc_number": KC_NUM, "issuer": ["中国（云南）自由贸易试验区昆明片区管理委员会"],
                "date": "2024-09-02", "published": "2024-09-02", "level": "zone", "region": "云南省昆明市（昆明片区）",
                "effective": "2024-09-02", "expires": None, "attachments": [], "doc_type": "公告",
                "recipients": [], "publicity": None,
            },
            "clauses": KC,
            "applies_to": {
                "default": "昆明综合保税区（中国（云南）自由贸易试验区昆明片区，云南省昆明市）",
                "specific": {
                    "四、": "王家营西站（官渡区）与昆明综合保税区",
                    "五、": "综合保税区二期（昆明经开区洛羊街道） for the second half",
                },
                "note": "",
            },
        },
    ]
    out["blind211_kunming_huibian"][0]["_note"] = (
        "UTF-8 (no BOM), LF. 汇编 cover (片区 name / 惠企政策汇编 / （2024年第二辑） / 编者 / 二〇二四年十月), 目录 with the three titles + dot leaders + page numbers (furniture — the titles must not become documents or clauses by themselves), "
        "编印说明 paragraph (furniture, not a clause of document A), rules of '=' between documents, closing 编印 line and 咨询电话. "
        "Three documents. A: title on two lines (…自由贸易试验区 | 昆明片区…), 文号 in brackets under it （昆政办〔2024〕12号）, no 主送, intro + 一、…十、 run-in items, 落款 + 2024年4月8日, no 公开 line. 11 clauses. "
        "B: title on two lines, 文号 line, 主送, intro (cites A's 文号!), 一、 run-in, 二、 and 三、 as bare headings with 1．2．3． / （一）（二）（三） items, 四、 五、 run-in, 附件：…（略） (attachment named but omitted), 落款, （此件主动公开）. 10 clauses; no effective/expires (deadlines 2024-09-30 / 2024-10-15 are not). "
        "C: 公告, title on two lines, number line 2024年第3号 (a 公告 number, no 〔〕), date in brackets （2024年9月2日） under it, no 落款, intro + 一、…七、, 特此公告。 (closing formula — furniture). 本公告自发布之日起施行 → effective 2024-09-02. 8 clauses."
    )
    return out


def main():
    files = [build_qingdao(), build_hubei(), build_tianjin(), build_kunming()]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *files)


if __name__ == "__main__":
    main()
