# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 657: OA-exported plain-text 公文.

File 1: GBK, CRLF, one paragraph per line, full-width indents, tab table.
File 2: UTF-8 with BOM, LF, hard-wrapped at 36 characters (fax print),
        notice + the 办法 it issues, page-number lines inserted every 30 lines.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FW = "\u3000"          # full-width space
IND = FW * 2            # paragraph indent


def centered(text, width=36):
    pad = max(0, (width - len(text)) // 2)
    return FW * pad + text


class Doc:
    """Collects output lines and the clause list at the same time."""

    def __init__(self):
        self.lines = []
        self.clauses = []

    def raw(self, text=""):
        self.lines.append(text)

    def para(self, text, indent=IND):
        self.lines.append(indent + text)
        self.clauses.append(text)

    def heading(self, text, indent=IND):
        self.lines.append(indent + text)

    def table(self, header, rows):
        self.lines.append("\t".join(header))
        for r in rows:
            self.lines.append("\t".join(r))
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, r)))


# ---------------------------------------------------------------------------
# File 1: 连云港 (GBK, CRLF)
# ---------------------------------------------------------------------------
def build_lianyungang():
    d = Doc()
    d.raw(FW * 7 + "连云港市人民政府办公室文件")
    d.raw()
    d.raw(FW * 12 + "连政办发〔2025〕38号")
    d.raw("━" * 30)
    d.raw()
    # title typed on two centred lines
    d.raw(FW * 6 + "连云港市人民政府办公室关于进一步推动")
    d.raw(FW * 7 + "中欧班列与跨境电商融合发展的通知")
    d.raw()
    d.raw("各县、区人民政府，市开发区、徐圩新区、连云港高新区、云台山景区管委会，市各委、办、局，市各直属单位：")
    d.para("为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，发挥连云港“一带一路”强支点作用，推动中欧班列（连云港）与跨境电子商务、海外仓、综合保税区联动发展，加快建设新亚欧陆海联运通道标杆示范项目，经市政府同意，现就有关事项通知如下：")
    d.heading("一、总体目标")
    d.para("到2026年底，全市中欧（中亚）班列年开行量突破1000列，跨境电商进出口额达到120亿元，培育年进出口额超亿元的跨境电商企业15家以上，建设公共海外仓10个以上，跨境电商班列专列常态化开行，基本形成“班列+跨境电商+海外仓”一体化发展格局。")
    d.heading("二、重点任务")
    d.para("（一）提升班列运营能级。支持中哈（连云港）物流合作基地、上合组织（连云港）国际物流园拓展中亚、欧洲方向线路，加密至阿拉木图、塔什干、杜伊斯堡等站点班次，推动开行跨境电商“客车化”班列。（责任单位：市商务局、市交通运输局、连云港港口控股集团）")
    d.para("（二）推进监管模式创新。在连云港综合保税区推广跨境电商出口海外仓（9810）、企业对企业直接出口（9710）监管模式，支持开展“跨境电商+中欧班列”集拼业务，推行“一次申报、一次查验、一次放行”。（责任单位：连云港海关、市商务局）")
    d.heading("（三）强化要素保障")   # heading on its own line, no full stop
    d.para("1．加大金融支持。鼓励银行机构开发“班列运单融资”“海外仓仓单质押”等产品，对符合条件的外贸企业给予优惠利率。")
    d.para("2．保障用地需求。对跨境电商产业园、公共海外仓配套的分拨中心项目，优先纳入年度用地计划。")
    d.para("3．优化人才服务。将跨境电商、国际物流高层次人才纳入“花果山英才”计划支持范围。")
    d.para("（四）拓展海外仓网络。支持企业在哈萨克斯坦、乌兹别克斯坦、德国、波兰等国家建设或租用海外仓，对经认定的公共海外仓按照本通知第三部分规定的标准给予支持。（责任单位：市商务局、市财政局）")
    d.heading("三、资金支持")
    d.para("市级财政统筹商务发展专项资金，2025—2026年度按以下标准给予支持，同一事项不重复享受：")
    d.table(
        ["序号", "支持事项", "支持标准", "责任单位"],
        [
            ["1", "中欧班列跨境电商专列", "每列补贴3万元，单个企业年度不超过300万元", "市商务局"],
            ["2", "公共海外仓建设", "按实际投资额的20%给予补助，最高200万元", "市商务局、市财政局"],
            ["3", "跨境电商9610/9710/9810进出口额", "每1美元奖励0.01元，最高100万元", "市商务局"],
            ["4", "跨境电商产业园认定", "市级园区一次性奖励50万元", "市商务局"],
            ["5", "跨境电商人才培训", "按培训人数每人500元，年度最高30万元", "市人力资源社会保障局"],
        ],
    )
    # paragraph typed directly after the table with no indent
    d.para("具体申报程序由市商务局会同市财政局另行制定。", indent="")
    d.heading("四、保障措施")
    d.para("（一）加强组织领导。市中欧班列和跨境电商发展工作领导小组统筹推进各项任务，领导小组办公室设在市商务局，定期调度重点项目进展。")
    d.para("（二）强化督促考核。各地各部门要于每年6月底、12月底前将工作进展报送市商务局，市商务局汇总后报市政府。")
    # indented with ASCII spaces instead of full-width ones
    d.para("（三）做好政策宣传。各地各部门要通过政务网站、“我的连云港”APP等渠道做好政策解读，及时回应企业关切。", indent="    ")
    d.para("本通知自2025年7月1日起施行，有效期至2026年12月31日。《连云港市人民政府办公室关于促进跨境电子商务发展的若干意见》（连政办发〔2021〕47号）同时废止。")
    d.para("联系人：市商务局对外贸易处　刘洋，电话：0518-85823176。")
    d.raw()
    d.raw(IND + "附件：1．连云港市中欧班列跨境电商专列认定标准")
    d.raw(FW * 5 + "2．连云港市公共海外仓绩效评价办法")
    d.raw()
    d.raw()
    d.raw(FW * 19 + "连云港市人民政府办公室")
    d.raw(" " * 42 + "2025年6月18日")          # ASCII spaces
    d.raw(IND + "（此件公开发布）")
    d.raw()
    d.raw("━" * 30)
    d.raw("抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院，连云港军分区。")
    d.raw("─" * 30)
    d.raw("连云港市人民政府办公室" + FW * 8 + "2025年6月20日印发 \t")   # trailing junk
    d.raw("━" * 30)

    meta = {
        "title": "连云港市人民政府办公室关于进一步推动中欧班列与跨境电商融合发展的通知",
        "doc_number": "连政办发〔2025〕38号",
        "issuer": ["连云港市人民政府办公室"],
        "date": "2025-06-18",
        "published": "2025-06-20",
        "level": "municipal",
        "region": "连云港市",
        "effective": "2025-07-01",
        "expires": "2026-12-31",
        "attachments": ["连云港市中欧班列跨境电商专列认定标准", "连云港市公共海外仓绩效评价办法"],
        "doc_type": "通知",
        "recipients": ["各县、区人民政府", "市开发区、徐圩新区、连云港高新区、云台山景区管委会", "市各委、办、局", "市各直属单位"],
        "publicity": "此件公开发布",
        "repeals": "连云港市人民政府办公室关于促进跨境电子商务发展的若干意见（连政办发〔2021〕47号）",
    }
    return d.lines, [{"meta": meta, "clauses": d.clauses}]


# ---------------------------------------------------------------------------
# File 2: 义乌 (UTF-8 BOM, hard-wrapped at 36 chars, fax print)
# ---------------------------------------------------------------------------
WRAP = 36


def wrap(line):
    if "\t" in line or len(line) <= WRAP:
        return [line]
    return [line[i:i + WRAP] for i in range(0, len(line), WRAP)]


def build_yiwu():
    notice = Doc()
    n = notice
    n.raw(centered("义乌市人民政府办公室文件"))
    n.raw()
    n.raw(centered("义政办发〔2025〕52号"))
    n.raw("━" * 18)
    n.raw()
    n.raw("义乌市人民政府办公室关于印发义乌市跨境电子商务综合试验区发展专项资金管理办法的通知")
    n.raw()
    n.raw("各镇人民政府、街道办事处，市政府各部门、各直属单位：")
    n.para("《义乌市跨境电子商务综合试验区发展专项资金管理办法》已经市政府第46次常务会议审议通过，现印发给你们，请认真贯彻执行。")
    n.para("各镇街、各部门要结合职责抓好政策落实，加强与“义新欧”中欧班列、义乌综合保税区相关政策的衔接，执行中遇到的问题请及时向市商务局反馈。")
    n.raw()
    n.raw(FW * 22 + "义乌市人民政府办公室")
    n.raw(FW * 23 + "二〇二五年八月十二日")
    n.raw(IND + "（此件公开发布）")
    n.raw()

    b = Doc()
    b.raw(centered("义乌市跨境电子商务综合试验区发展专项资金管理办法"))
    b.raw()
    b.heading(centered("第一章　总　则"), indent="")
    b.para("第一条　为规范义乌市跨境电子商务综合试验区发展专项资金（以下简称专项资金）管理，提高资金使用效益，推动跨境电商与“义新欧”中欧班列、义乌综合保税区、市场采购贸易联动发展，根据《中华人民共和国预算法》《浙江省省级财政专项资金管理办法》等规定，结合本市实际，制定本办法。")
    b.para("第二条　本办法所称专项资金，是指市财政预算安排，用于支持跨境电商综合试验区建设、跨境电商主体培育、物流通道和海外仓建设等方面的资金。")
    b.para("第三条　专项资金的管理和使用遵循“公开透明、突出重点、绩效导向、专款专用”的原则。")
    b.heading(centered("第二章　职责分工"), indent="")
    b.para("第四条　市商务局负责专项资金的项目申报组织、审核、资金分配建议、绩效管理等工作。")
    b.para("第五条　市财政局负责专项资金的预算安排、资金拨付和监督检查。")
    b.para("第六条　各镇街负责辖区内项目的初审和日常监管，对申报材料的真实性进行核实。")
    b.heading(centered("第三章　支持范围和标准"), indent="")
    b.para("第七条　专项资金重点支持以下方向：")
    b.para("（一）跨境电商主体培育，包括新引进跨境电商平台、龙头企业及服务商；")
    b.para("（二）“义新欧”中欧班列跨境电商专列、跨境电商货物集拼出口；")
    b.para("（三）公共海外仓及义乌综合保税区跨境电商保税备货（1210）业务；")
    b.para("（四）跨境电商人才培训、品牌建设和公共服务平台建设。")
    b.para("第八条　专项资金按照下列标准给予支持：")
    b.table(
        ["支持事项", "支持标准", "年度上限"],
        [
            ["新引进跨境电商平台", "一次性奖励100万元", "100万元"],
            ["“义新欧”跨境电商专列", "每标准箱补助800元", "200万元"],
            ["公共海外仓", "按仓储面积每平方米50元", "150万元"],
            ["1210保税备货业务", "按进口额的0.5%给予奖励", "80万元"],
        ],
    )
    b.para("第九条　同一企业同一项目已获得省级以上财政资金支持的，市级专项资金按照“就高不重复”原则执行。")
    b.heading(centered("第四章　申报和审核"), indent="")
    b.para("第十条　专项资金实行年度申报制度，市商务局原则上于每年3月发布申报通知，申报单位应当在规定期限内通过“义乌市惠企政策直达平台”提交申报材料。")
    b.para("第十一条　申报单位应当具备以下条件：")
    b.para("（一）在义乌市内依法注册登记，具有独立法人资格；")
    b.para("（二）近三年内无重大违法违规记录，未被列入严重失信主体名单；")
    b.para("（三）按规定向商务、海关、统计等部门报送相关数据。")
    b.para("第十二条　市商务局会同市财政局对申报项目进行审核，必要时委托第三方机构开展专项审计，审核结果在市政府门户网站公示，公示期不少于5个工作日。")
    b.heading(centered("第五章　监督管理"), indent="")
    b.para("第十三条　专项资金实行全过程绩效管理。市商务局应当于每年1月底前完成上年度资金绩效自评，并将结果报送市财政局。")
    b.para("第十四条　申报单位采取虚报、冒领、骗取等手段获取专项资金的，由市财政局依法追回资金，三年内取消其申报资格；涉嫌犯罪的，移送司法机关处理。")
    b.heading(centered("第六章　附　则"), indent="")
    b.para("第十五条　本办法由市商务局、市财政局负责解释。")
    b.para("第十六条　本办法自2025年9月1日起施行，有效期至2028年8月31日。原《义乌市跨境电子商务发展专项资金管理暂行办法》（义政办发〔2022〕19号）同时废止。")
    b.raw()
    b.raw("━" * 18)
    b.raw("抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。")
    b.raw("─" * 18)
    b.raw("义乌市人民政府办公室" + FW * 2 + "2025年8月13日印发")
    b.raw("━" * 18)

    logical = n.lines + b.lines
    phys = []
    for ln in logical:
        phys.extend(wrap(ln))
    # fax pagination: a centred page number after every 30 printed lines
    out, page = [], 1
    for i, ln in enumerate(phys, 1):
        out.append(ln)
        if i % 30 == 0 and i != len(phys):
            out.append(centered("— %d —" % page))
            page += 1
    out.append(centered("— %d —" % page))

    common = {
        "issuer": ["义乌市人民政府办公室"],
        "date": "2025-08-12",
        "published": "2025-08-13",
        "level": "county",
        "region": "义乌市",
    }
    m1 = {
        "title": "义乌市人民政府办公室关于印发义乌市跨境电子商务综合试验区发展专项资金管理办法的通知",
        "doc_number": "义政办发〔2025〕52号",
        **common,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各镇人民政府、街道办事处", "市政府各部门、各直属单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    m2 = {
        "title": "义乌市跨境电子商务综合试验区发展专项资金管理办法",
        "doc_number": None,
        **common,
        "effective": "2025-09-01",
        "expires": "2028-08-31",
        "attachments": [],
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": "义乌市跨境电子商务发展专项资金管理暂行办法（义政办发〔2022〕19号）",
    }
    # key order of meta as in the brief
    order = ["title", "doc_number", "issuer", "date", "published", "level", "region",
             "effective", "expires", "attachments", "doc_type", "recipients", "publicity", "repeals"]
    m1 = {k: m1[k] for k in order}
    m2 = {k: m2[k] for k in order}
    return out, [{"meta": m1, "clauses": n.clauses}, {"meta": m2, "clauses": b.clauses}]


def main():
    expected = {}

    lines, docs = build_lianyungang()
    stem = "blind657_lianyungang_tongzhi"
    with open(os.path.join(HERE, stem + ".txt"), "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("gbk"))
    expected[stem] = docs

    lines, docs = build_yiwu()
    stem = "blind657_yiwu_banfa"
    with open(os.path.join(HERE, stem + ".txt"), "wb") as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8-sig"))
    expected[stem] = docs

    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
