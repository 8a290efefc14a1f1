# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 410: government-portal notices saved as .html, plus the same
notice as .docx (python-docx) and .pdf (LibreOffice).  Writes expected.json."""
import json
import os
import subprocess
import html as htmlmod

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
IDS = "\u3000"  # ideographic space

# ---------------------------------------------------------------------------
# Content.  Block kinds:
#   ("h1", text)            heading on its own line (not a clause)
#   ("autoh1", num, text)   heading; docx uses Word numbering for num
#   ("h2", text)            sub-heading on its own line
#   ("p", text)             body paragraph (clause)
#   ("runin", head, rest)   run-in heading paragraph (clause = head+rest)
#   ("item", text)          hand-typed numbered item (clause)
#   ("autoitem", num, text) item; docx uses Word numbering (clause = num+text)
#   ("table", headers, rows, merge_col0)   each row a clause
#   ("chapter", text)       第X章 heading (not a clause)
#   ("article", head, text) 第X条 (clause = head + U+3000 + text)
#   ("empty",)              docx-only empty paragraph
# ---------------------------------------------------------------------------

ZZ = {
    "stem": "blind410_zhengzhou_tongzhi",
    "title_html": "郑州市商务局 郑州市财政局关于组织申报2025年度中欧班列（郑州）发展专项资金的通知",
    "title_lines": ["郑州市商务局　郑州市财政局", "关于组织申报2025年度中欧班列（郑州）",
                    "发展专项资金的通知"],
    "docno": "郑商务〔2025〕37号",
    "recip": "各开发区管委会，各区县（市）人民政府，市直有关部门：",
    "blocks": [
        ("p", "为深入贯彻落实党中央、国务院关于高质量共建“一带一路”的决策部署，加快中欧班列（郑州）集结中心建设，根据《郑州市中欧班列发展专项资金管理办法》（郑财企〔2023〕11号）有关规定，现就组织申报2025年度中欧班列（郑州）发展专项资金有关事项通知如下："),
        ("h1", "一、支持对象"),
        ("p", "在郑州市行政区域内依法注册登记、具有独立法人资格，从事中欧班列（郑州）运营、货源组织、海外仓储及相关配套服务的企业。"),
        ("h1", "二、支持方向和标准"),
        ("runin", "（一）稳定开行线路。", "对经市政府同意开行的中欧班列（郑州）常态化线路，按照年度实际开行列数给予运营企业补助，具体标准见下表。"),
        ("table", ["序号", "支持事项", "支持标准", "年度上限（万元）"], [
            ["1", "去程班列", "每列补助3万元", "1200"],
            ["2", "回程班列", "每列补助4万元，回程重箱率不低于80%的另加1万元", "1600"],
            ["3", "新开国际线路", "首年开行达到12列的，一次性奖励50万元", "200"],
            ["4", "“班列+跨境电商”专列", "每列补助2万元", "300"],
        ], False),
        ("runin", "（二）培育本地货源。", "对本地生产企业通过中欧班列（郑州）出口货值同比增长20%以上的，按增量部分的1%给予奖励，单个企业最高不超过100万元。"),
        ("runin", "（三）建设海外节点。", "支持企业在共建“一带一路”国家主要节点城市建设或租赁海外仓、集货中心，按照实际投资额的10%给予补助，单个项目最高不超过200万元。"),
        ("runin", "（四）拓展多式联运。", "对开展“班列+航空”“班列+海运”等多式联运业务，且年度多式联运箱量达到500标箱以上的企业，每标箱补助200元。"),
        ("empty",),
        ("h1", "三、申报条件"),
        ("autoitem", "1.", "申报企业应在郑州市注册登记并正常经营，财务管理制度健全。"),
        ("autoitem", "2.", "申报项目实施期为2024年7月1日至2025年6月30日。"),
        ("autoitem", "3.", "申报企业近三年内无严重失信行为，未被列入经营异常名录或严重违法失信企业名单。"),
        ("autoitem", "4.", "同一项目已获得其他市级财政资金支持的，不得重复申报。"),
        ("h1", "四、申报材料"),
        ("p", "申报企业应当提交以下材料（一式两份，A4纸双面印刷并装订成册）："),
        ("item", "（一）中欧班列（郑州）发展专项资金申报表（附件1）；"),
        ("item", "（二）企业营业执照复印件；"),
        ("item", "（三）项目实施相关合同、发票、运单、报关单等证明材料；"),
        ("item", "（四）经会计师事务所审计的2024年度财务报表；"),
        ("item", "（五）申报材料真实性承诺书（附件2）。"),
        ("h1", "五、申报程序"),
        ("runin", "（一）企业申报。", "申报企业于2025年7月15日前将申报材料报送至注册地开发区管委会或区县（市）商务主管部门。"),
        ("runin", "（二）初审推荐。", "各开发区、区县（市）商务主管部门会同财政部门对申报材料进行初审，于2025年7月31日前将初审意见和推荐名单报送市商务局。"),
        ("runin", "（三）专家评审。", "市商务局会同市财政局委托第三方机构对申报项目进行审核评审，必要时开展实地核查。"),
        ("runin", "（四）公示拨付。", "评审结果经市商务局网站公示5个工作日无异议后，由市财政局按程序拨付资金。"),
        ("h1", "六、有关要求"),
        ("p", "各单位要高度重视，认真组织，严格审核把关，确保申报材料真实、准确、完整。对弄虚作假、骗取套取专项资金的，一经查实，收回已拨付资金，三年内取消申报资格，并依法依规追究相关责任。"),
        ("p", "联系人：市商务局对外贸易处　王　磊，电话：0371-67181526；市财政局经济建设处　赵晓琳，电话：0371-67179342。"),
    ],
    "attach": ["2025年度中欧班列（郑州）发展专项资金申报表", "申报材料真实性承诺书"],
    "attach_files": ["1.2025年度中欧班列（郑州）发展专项资金申报表.xls", "2.申报材料真实性承诺书.doc"],
    "sign_organs": ["郑州市商务局", "郑州市财政局"],
    "sign_date": "2025年6月18日",
    "public": "（此件公开发布）",
    "banji": ("抄送：市政府办公厅，市审计局。", "郑州市商务局办公室", "2025年6月20日印发"),
}

CQ_NOTICE_BLOCKS = [
    ("p", "为贯彻落实《国务院办公厅关于推动外贸稳规模优结构的意见》和我市加快建设内陆开放高地有关部署，进一步发挥跨境电子商务公共海外仓在拓展国际市场、服务“渝货出海”中的支撑作用，我委修订形成了《重庆市跨境电子商务公共海外仓认定管理办法》，现印发给你们，请认真贯彻执行。"),
    ("p", "执行中如有问题和建议，请及时向市商务委电子商务和信息化处反馈。"),
]

CQ_BANFA_BLOCKS = [
    ("chapter", "第一章　总则"),
    ("article", "第一条", "为规范跨境电子商务公共海外仓（以下简称公共海外仓）认定和管理工作，引导公共海外仓高质量发展，助力我市企业深度融入共建“一带一路”，根据国家有关规定，结合我市实际，制定本办法。"),
    ("article", "第二条", "本办法所称公共海外仓，是指由在重庆市行政区域内注册的企业在境外投资建设或者租赁运营，面向跨境电子商务企业提供仓储、分拣、配送、退换货、售后维修等服务的仓储设施。"),
    ("article", "第三条", "公共海外仓认定工作遵循“企业自愿、公开公正、动态管理、优胜劣汰”的原则。"),
    ("article", "第四条", "市商务委负责公共海外仓认定和管理的统筹协调工作。各区县（自治县）商务主管部门（以下简称区县商务主管部门）负责本辖区内申报企业的初审、日常监测和服务工作。"),
    ("chapter", "第二章　认定条件"),
    ("article", "第五条", "申请认定公共海外仓的企业应当具备下列条件："),
    ("item", "（一）在重庆市行政区域内依法注册登记，具有独立法人资格，注册时间满1年；"),
    ("item", "（二）海外仓所在国家（地区）对外开放程度较高，营商环境良好；"),
    ("item", "（三）海外仓仓储面积不低于3000平方米，配备仓储管理信息系统（WMS），能够与国内跨境电子商务综合服务平台实现数据对接；"),
    ("item", "（四）上一年度服务重庆市跨境电子商务企业不少于20家，或者服务本市企业的货值占其全年总货值的30%以上；"),
    ("item", "（五）近三年内未发生重大安全、环保、质量事故，未被列入严重失信主体名单。"),
    ("article", "第六条", "同一企业在同一国家（地区）建设或者租赁的多个海外仓，可以合并申请认定，合并后的仓储面积按照合计面积计算。"),
    ("chapter", "第三章　认定程序"),
    ("article", "第七条", "市商务委原则上每年组织开展一次公共海外仓认定工作，具体时间以当年通知为准。"),
    ("article", "第八条", "认定按照下列程序进行："),
    ("item", "（一）企业申报。申报企业通过重庆市商务委员会门户网站下载并填写申请表（附件1），连同相关证明材料报送注册地区县商务主管部门。"),
    ("item", "（二）区县初审。区县商务主管部门自收到申报材料之日起10个工作日内完成初审，出具初审意见并报送市商务委。"),
    ("item", "（三）专家评审。市商务委组织专家或者委托第三方机构，采取材料审核、视频连线、实地核查等方式开展评审。"),
    ("item", "（四）公示认定。市商务委根据评审结果研究确定拟认定名单，在市商务委门户网站公示5个工作日。公示无异议的，认定为“重庆市跨境电子商务公共海外仓”。"),
    ("article", "第九条", "公共海外仓认定有效期为3年。有效期届满需要继续保留资格的，企业应当在期满前3个月内重新提出申请。"),
    ("chapter", "第四章　管理服务"),
    ("article", "第十条", "公共海外仓运营企业应当于每季度结束后15日内，通过全市外贸监测系统报送仓储面积、服务企业数量、进出库货值等运营数据，并于每年1月31日前报送上一年度运营情况表（附件2）。"),
    ("article", "第十一条", "市商务委建立公共海外仓年度评价制度，评价指标及分值如下："),
    ("table", ["评价指标", "分值", "评价内容"], [
        ["服务本市企业数量", "30", "年度服务重庆市跨境电子商务企业数量及增长情况"],
        ["仓储运营规模", "25", "仓储面积、进出库货值及利用率"],
        ["信息化水平", "20", "仓储管理系统建设及与国内平台数据对接情况"],
        ["公共服务能力", "15", "退换货、售后维修、合规咨询等增值服务开展情况"],
        ["安全合规经营", "10", "遵守所在国（地区）法律法规及安全生产情况"],
    ], False),
    ("article", "第十二条", "年度评价得分在60分以下的，由市商务委约谈运营企业，责令限期整改；连续两年评价得分在60分以下的，撤销其公共海外仓认定。"),
    ("article", "第十三条", "对年度评价结果为优秀的公共海外仓，优先推荐申报国家级海外仓示范项目，并在市级外经贸发展专项资金安排中予以倾斜支持。"),
    ("article", "第十四条", "公共海外仓运营企业有下列情形之一的，由市商务委撤销其认定，3年内不再受理其认定申请："),
    ("item", "（一）以弄虚作假等不正当手段取得认定的；"),
    ("item", "（二）拒不报送或者多次迟报、漏报运营数据的；"),
    ("item", "（三）发生重大安全事故或者严重违法违规行为的；"),
    ("item", "（四）被列入严重失信主体名单的。"),
    ("chapter", "第五章　附则"),
    ("article", "第十五条", "本办法由市商务委负责解释。"),
    ("article", "第十六条", "本办法自2025年11月1日起施行，有效期至2030年10月31日。《重庆市跨境电子商务海外仓认定管理暂行办法》（渝商务发〔2021〕15号）同时废止。"),
]

CQ = {
    "stem": "blind410_chongqing_banfa",
    "title_html": "重庆市商务委员会关于印发《重庆市跨境电子商务公共海外仓认定管理办法》的通知",
    "title_lines": ["重庆市商务委员会", "关于印发《重庆市跨境电子商务公共海外仓", "认定管理办法》的通知"],
    "docno": "渝商务发〔2025〕19号",
    "recip": "各区县（自治县）商务主管部门，两江新区、西部科学城重庆高新区、万盛经开区商务主管部门，有关企业：",
    "blocks": CQ_NOTICE_BLOCKS,
    "sign_organs": ["重庆市商务委员会"],
    "sign_date": "2025年9月26日",
    "public": "（此件公开发布）",
    "sub_title": "重庆市跨境电子商务公共海外仓认定管理办法",
    "sub_blocks": CQ_BANFA_BLOCKS,
    "attach": ["重庆市跨境电子商务公共海外仓认定申请表", "重庆市跨境电子商务公共海外仓年度运营情况表"],
    "attach_files": ["附件1：重庆市跨境电子商务公共海外仓认定申请表.docx",
                     "附件2：重庆市跨境电子商务公共海外仓年度运营情况表.xlsx"],
    "banji": ("抄送：商务部电子商务司，市政府办公厅。", "重庆市商务委员会办公室", "2025年9月28日印发"),
}

XM_ORGAN = "中国（福建）自由贸易试验区厦门片区管理委员会"
XM = {
    "stem": "blind410_xiamen_gonggao",
    "title_html": XM_ORGAN + "关于促进跨境电商与综合保税区联动发展的公告",
    "title_lines": ["中国（福建）自由贸易试验区厦门片区", "管理委员会关于促进跨境电商与综合保税区", "联动发展的公告"],
    "docno": "厦自贸委〔2026〕3号",
    "recip": None,
    "blocks": [
        ("p", "为深入推进中国（福建）自由贸易试验区厦门片区制度创新，发挥厦门象屿综合保税区、厦门海沧港综合保税区政策功能优势，推动跨境电子商务与综合保税区联动发展，吸引更多外商投资企业在片区布局跨境电商业务，现就有关事项公告如下："),
        ("autoh1", "一、", "适用范围"),
        ("p", "本公告适用于在厦门片区（含厦门象屿综合保税区、厦门海沧港综合保税区）依法注册登记并开展跨境电子商务业务的企业，包括内资企业和外商投资企业。"),
        ("autoh1", "二、", "支持措施"),
        ("runin", "（一）支持保税备货进口。", "对在综合保税区内开展跨境电商网购保税进口（1210）业务的企业，年度进口额首次突破5000万元、1亿元、3亿元的，分别给予一次性奖励30万元、50万元、100万元。"),
        ("runin", "（二）支持出口海外仓模式。", "对通过综合保税区开展跨境电商出口海外仓（9810）业务，年度出口额达到2000万元以上的企业，按照出口额的0.5%给予奖励，单个企业年度最高不超过150万元。"),
        ("runin", "（三）支持保税维修和退货中心建设。", "鼓励企业在综合保税区内设立跨境电商退货中心仓、保税维修中心，按照设备投资额的20%给予补助，单个项目最高不超过200万元。"),
        ("runin", "（四）支持外商投资企业设立区域总部。", "对经认定在厦门片区设立跨境电商区域总部或者运营中心的外商投资企业，按照下表给予一次性落户奖励："),
        ("table", ["类别", "认定条件", "奖励金额（万元）"], [
            ["区域总部", "实缴注册资本不低于1亿元人民币，且年度跨境电商交易额不低于5亿元", "500"],
            ["区域总部", "实缴注册资本不低于5000万元人民币，且年度跨境电商交易额不低于2亿元", "300"],
            ["运营中心", "年度跨境电商交易额不低于1亿元，且在片区纳税额不低于500万元", "150"],
            ["运营中心", "年度跨境电商交易额不低于5000万元，且在片区纳税额不低于200万元", "80"],
        ], True),
        ("runin", "（五）强化人才支撑。", "对在片区跨境电商企业工作的高层次人才，按照厦门市有关规定在住房保障、子女入学、出入境便利等方面给予支持。"),
        ("autoh1", "三、", "申报要求"),
        ("p", "符合条件的企业应当于每年3月31日前，通过“厦门自贸片区政务服务平台”提交上一年度奖励申请。片区管委会会同厦门海关有关隶属海关、片区财政部门进行审核，审核结果在片区门户网站公示5个工作日。"),
        ("p", "同一企业同一项目符合本公告及片区其他同类政策的，按照“从高、不重复”原则给予支持。企业获得的奖励资金应当主要用于跨境电商业务发展。"),
        ("p", "企业以虚报、冒领等手段骗取奖励资金的，片区管委会依法追回已拨付资金，并按照有关规定将相关失信信息推送至公共信用信息平台。"),
        ("autoh1", "四、", "其他"),
        ("p", "本公告自2026年3月1日起施行，有效期至2029年2月28日。《中国（福建）自由贸易试验区厦门片区管理委员会关于促进跨境电子商务发展的若干措施》（厦自贸委〔2022〕11号）同时废止。"),
        ("p", "本公告由片区管委会商务局负责解释。"),
    ],
    "attach": ["跨境电商区域总部（运营中心）认定申请表"],
    "attach_files": ["跨境电商区域总部（运营中心）认定申请表.docx"],
    "sign_organs": [XM_ORGAN],
    "sign_date": "2026年1月22日",
    "public": None,
    "banji": None,
}


def clauses_of(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p" or k == "item":
            out.append(b[1])
        elif k == "runin":
            out.append(b[1] + b[2])
        elif k == "autoitem":
            out.append(b[1] + b[2])
        elif k == "article":
            out.append(b[1] + IDS + b[2])
        elif k == "table":
            hdr, rows = b[1], b[2]
            for r in rows:
                out.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, r)))
    return out


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------

def set_run(run, font, size, bold=False, color=None, ascii_font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    af = ascii_font or font
    run.font.name = af
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:eastAsia"), font)
    rFonts.set(qn("w:ascii"), af)
    rFonts.set(qn("w:hAnsi"), af)
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt_para(p, align=None, first_indent=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left is not None:
        pf.left_indent = Pt(left)
    return p


PPR_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                  "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                  "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                  "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                  "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                  "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def add_border(p, side, sz=18, color="FF0000"):
    pPr = p._p.get_or_add_pPr()
    pBdr = pPr.find(qn("w:pBdr"))
    if pBdr is None:
        pBdr = OxmlElement("w:pBdr")
        pPr.insert_element_before(pBdr, *PPR_AFTER_PBDR)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pBdr.append(el)


def add_numbering(doc, num_id, fmt, text, font=FS, first_line=640):
    numbering = doc.part.numbering_part.element
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), num_id, fmt, text, first_line, font, font, font))
    absel = parse_xml(absxml)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absel)
    else:
        numbering.append(absel)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), num_id, num_id)))


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def add_page_number_footer(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_run(fp.add_run("— "), "宋体", 14)
    r = fp.add_run()
    set_run(r, "宋体", 14)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = fp.add_run(); set_run(r2, "宋体", 14)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    r2._r.append(it)
    r3 = fp.add_run(); set_run(r3, "宋体", 14)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    r4 = fp.add_run("1"); set_run(r4, "宋体", 14)
    r5 = fp.add_run(); set_run(r5, "宋体", 14)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)
    set_run(fp.add_run(" —"), "宋体", 14)


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = FS
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    add_page_number_footer(sec)
    return doc


def body_par(doc, text, font=FS, bold=False, first=32):
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=first)
    set_run(p.add_run(text), font, 16, bold=bold)
    return p


def empty_par(doc):
    p = doc.add_paragraph()
    fmt_para(p)
    return p


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    fmt_para(p, align=align, line=20)
    set_run(p.add_run(text), font, size, bold=bold)


def data_table(doc, headers, rows, merge_col0):
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(headers):
        cell_text(t.cell(0, j), h, font=HT, size=12)
    # mark header row to repeat
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if merge_col0 and j == 0 and i > 0 and rows[i - 1][0] == v:
                continue  # merged below
            al = WD_ALIGN_PARAGRAPH.LEFT if len(v) > 12 else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.cell(i + 1, j), v, align=al)
    # column widths proportional to the longest text in each column
    total = 15.4
    lens = [max([len(headers[j])] + [len(r[j]) for r in rows]) for j in range(len(headers))]
    lens = [min(max(l, 4), 30) for l in lens]
    t.autofit = False
    for j, l in enumerate(lens):
        w = Cm(total * l / sum(lens))
        t.columns[j].width = w
        for row in t.rows:
            row.cells[j].width = w
    if merge_col0:
        i = 0
        while i < len(rows):
            k = i
            while k + 1 < len(rows) and rows[k + 1][0] == rows[i][0]:
                k += 1
            if k > i:
                t.cell(i + 1, 0).merge(t.cell(k + 1, 0))
            i = k + 1
    return t


def render_blocks(doc, blocks, style):
    """style: dict with runin_font, runin_bold, num ids."""
    for b in blocks:
        k = b[0]
        if k == "h1":
            p = doc.add_paragraph()
            fmt_para(p, first_indent=32)
            set_run(p.add_run(b[1]), HT, 16)
            if style.get("trailing_space_h1"):
                set_run(p.add_run("  "), HT, 16)
        elif k == "autoh1":
            p = doc.add_paragraph()
            fmt_para(p)
            set_num(p, style["h1_num"])
            set_run(p.add_run(b[2]), HT, 16)
        elif k == "h2":
            p = doc.add_paragraph()
            fmt_para(p, first_indent=32)
            set_run(p.add_run(b[1]), KT, 16, bold=True)
        elif k == "p":
            body_par(doc, b[1])
        elif k == "item":
            body_par(doc, b[1])
        elif k == "autoitem":
            p = doc.add_paragraph()
            fmt_para(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            set_num(p, style["item_num"])
            set_run(p.add_run(b[2]), FS, 16)
        elif k == "runin":
            p = doc.add_paragraph()
            fmt_para(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=32)
            head = b[1]
            if style.get("split_head"):
                # office quirk: number and heading typed in separate runs
                cut = head.index("）") + 1
                set_run(p.add_run(head[:cut]), style["runin_font"], 16, bold=style["runin_bold"])
                set_run(p.add_run(head[cut:]), style["runin_font"], 16, bold=style["runin_bold"])
            else:
                set_run(p.add_run(head), style["runin_font"], 16, bold=style["runin_bold"])
            set_run(p.add_run(b[2]), FS, 16)
        elif k == "table":
            data_table(doc, b[1], b[2], b[3])
            empty_par(doc)
        elif k == "chapter":
            p = doc.add_paragraph()
            fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=6)
            txt = b[1]
            if txt.endswith("总则") or txt.endswith("附则"):
                txt = txt[:-2] + txt[-2] + IDS + IDS + txt[-1]  # 总　　则
            set_run(p.add_run(txt), HT, 16)
        elif k == "article":
            p = doc.add_paragraph()
            fmt_para(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=32)
            set_run(p.add_run(b[1]), HT, 16)
            set_run(p.add_run(IDS + b[2]), FS, 16)
        elif k == "empty":
            empty_par(doc)


def title_par(doc, lines, size=22):
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=35)
    for i, ln in enumerate(lines):
        r = set_run(p.add_run(ln), XBS, size)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def attach_block(doc, titles, numbered=True):
    if not titles:
        return
    if numbered and len(titles) > 1:
        p = doc.add_paragraph()
        fmt_para(p, first_indent=32)
        set_run(p.add_run("附件：1." + titles[0]), FS, 16)
        for i, t in enumerate(titles[1:], start=2):
            r = p.add_run()
            r.add_break(WD_BREAK.LINE)
            # hand-aligned with full-width spaces under the first title
            set_run(p.add_run(IDS * 3 + "%d." % i + t), FS, 16)
    else:
        p = doc.add_paragraph()
        fmt_para(p, first_indent=32)
        set_run(p.add_run("附件：" + titles[0]), FS, 16)


def signature(doc, organs, date_text, joint_spaces=False):
    empty_par(doc)
    empty_par(doc)
    if joint_spaces and len(organs) == 2:
        # two organs on one line, aligned with typed spaces
        p = doc.add_paragraph()
        fmt_para(p)
        set_run(p.add_run(IDS * 4 + organs[0] + IDS * 6 + organs[1]), FS, 16)
        p = doc.add_paragraph()
        fmt_para(p)
        set_run(p.add_run(IDS * 17 + date_text), FS, 16)
    else:
        p = doc.add_paragraph()
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.RIGHT)
        set_run(p.add_run(organs[0]), FS, 16)
        r = p.add_run(); r.add_break(WD_BREAK.LINE)
        set_run(p.add_run(date_text + IDS * 4), FS, 16)


def public_line(doc, text):
    if not text:
        return
    p = doc.add_paragraph()
    fmt_para(p, first_indent=32)
    set_run(p.add_run(text), FS, 16)


def banji(doc, cc, printer, pdate):
    for _ in range(3):
        empty_par(doc)
    p = doc.add_paragraph()
    fmt_para(p, left=14)
    add_border(p, "top", sz=8, color="000000")
    add_border(p, "bottom", sz=4, color="000000")
    set_run(p.add_run(cc), FS, 14)
    p = doc.add_paragraph()
    fmt_para(p, left=14)
    add_border(p, "bottom", sz=8, color="000000")
    set_run(p.add_run(printer + "  " + "\u00a0" * 18 + "  " + pdate), FS, 14)


def red_header_single(doc, organ_lines, size=30):
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=size + 12)
    for i, ln in enumerate(organ_lines):
        r = set_run(p.add_run(ln), XBS, size, color=RED)
        if i < len(organ_lines) - 1:
            r.add_break(WD_BREAK.LINE)


def docno_line(doc, docno, rule=True):
    empty_par(doc)
    p = doc.add_paragraph()
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_run(p.add_run(docno), FS, 16)
    if rule:
        add_border(p, "bottom", sz=18, color="FF0000")
    empty_par(doc)


# ---------------------------------------------------------------------------
# docx builders
# ---------------------------------------------------------------------------

def build_zhengzhou_docx(path):
    d = ZZ
    doc = new_doc()
    add_numbering(doc, 90, "decimal", "%1.")
    # joint red header as a borderless layout table: organs left, 文件 right
    empty_par(doc)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.columns[0].width = Cm(10)
    t.columns[1].width = Cm(4)
    for i, org in enumerate(d["sign_organs"]):
        c = t.cell(i, 0)
        c.width = Cm(10)
        p = c.paragraphs[0]
        fmt_para(p, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=44)
        set_run(p.add_run(org), XBS, 30, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.width = Cm(4)
    m.vertical_alignment = 1  # center
    p = m.paragraphs[0]
    fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER, line=44)
    set_run(p.add_run("文件"), XBS, 36, color=RED)
    docno_line(doc, d["docno"])
    title_par(doc, d["title_lines"])
    empty_par(doc)
    p = doc.add_paragraph(); fmt_para(p)
    set_run(p.add_run(d["recip"]), FS, 16)
    render_blocks(doc, d["blocks"], {"runin_font": KT, "runin_bold": True, "item_num": 90,
                                     "trailing_space_h1": True})
    empty_par(doc)
    attach_block(doc, d["attach"])
    signature(doc, d["sign_organs"], d["sign_date"], joint_spaces=True)
    public_line(doc, d["public"])
    doc.add_page_break()
    banji(doc, *d["banji"])
    doc.save(path)


def build_chongqing_docx(path):
    d = CQ
    doc = new_doc()
    red_header_single(doc, ["重庆市商务委员会文件"], size=32)
    docno_line(doc, d["docno"])
    title_par(doc, d["title_lines"])
    empty_par(doc)
    p = doc.add_paragraph(); fmt_para(p)
    set_run(p.add_run(d["recip"]), FS, 16)
    render_blocks(doc, d["blocks"], {"runin_font": KT, "runin_bold": False})
    signature(doc, d["sign_organs"], d["sign_date"])
    public_line(doc, d["public"])
    doc.add_page_break()
    title_par(doc, [d["sub_title"]])
    empty_par(doc)
    render_blocks(doc, d["sub_blocks"], {"runin_font": KT, "runin_bold": False})
    empty_par(doc)
    attach_block(doc, d["attach"])
    doc.add_page_break()
    banji(doc, *d["banji"])
    doc.save(path)


def build_xiamen_docx(path):
    d = XM
    doc = new_doc()
    add_numbering(doc, 91, "chineseCounting", "%1、", font=HT)
    red_header_single(doc, ["中国（福建）自由贸易试验区", "厦门片区管理委员会"], size=26)
    docno_line(doc, d["docno"])
    title_par(doc, d["title_lines"])
    empty_par(doc)
    render_blocks(doc, d["blocks"], {"runin_font": FS, "runin_bold": True, "h1_num": 91,
                                     "split_head": True})
    empty_par(doc)
    attach_block(doc, d["attach"], numbered=False)
    # 落款 in a borderless 1-col layout table pushed to the right
    empty_par(doc); empty_par(doc)
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).width = Cm(4); t.cell(1, 0).width = Cm(4)
    t.cell(0, 1).width = Cm(11.6); t.cell(1, 1).width = Cm(11.6)
    p = t.cell(0, 1).paragraphs[0]; fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_run(p.add_run(d["sign_organs"][0]), FS, 16)
    p = t.cell(1, 1).paragraphs[0]; fmt_para(p, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_run(p.add_run(d["sign_date"]), FS, 16)
    doc.save(path)


# ---------------------------------------------------------------------------
# HTML builders (hand-written portal pages)
# ---------------------------------------------------------------------------

E = htmlmod.escape


def html_blocks(blocks, flavor):
    out = []
    ind = '<p style="text-indent:2em;line-height:2;">'
    for b in blocks:
        k = b[0]
        if k in ("h1",):
            out.append('<p style="text-indent:2em;line-height:2;"><span style="font-family:黑体;">%s</span></p>' % E(b[1]))
        elif k == "autoh1":
            out.append('<p style="text-indent:2em;line-height:2;"><strong>%s%s</strong></p>' % (E(b[1]), E(b[2])))
        elif k == "h2":
            out.append(ind + '<strong>%s</strong></p>' % E(b[1]))
        elif k in ("p", "item"):
            t = b[1]
            if flavor == "zz" and len(t) > 60:
                # editor split the paragraph into two spans
                cut = len(t) // 2
                out.append('<p style="line-height:2;">&nbsp;&nbsp;&nbsp;&nbsp;<span style="font-family:仿宋_GB2312;font-size:16pt;">%s</span><span style="font-family:仿宋_GB2312;font-size:16pt;">%s</span></p>' % (E(t[:cut]), E(t[cut:])))
            else:
                out.append(ind + E(t) + '</p>')
        elif k == "autoitem":
            out.append(ind + E(b[1] + b[2]) + '</p>')
        elif k == "runin":
            if flavor == "zz":
                out.append(ind + '<span style="font-family:楷体_GB2312;"><strong>%s</strong></span>%s</p>' % (E(b[1]), E(b[2])))
            else:
                out.append(ind + '<strong>%s</strong>%s</p>' % (E(b[1]), E(b[2])))
        elif k == "table":
            hdr, rows, merge = b[1], b[2], b[3]
            t = ['<table border="1" cellspacing="0" cellpadding="4" align="center" style="border-collapse:collapse;width:90%;">',
                 '<tbody>', '<tr>' + ''.join('<td style="text-align:center;"><strong>%s</strong></td>' % E(h) for h in hdr) + '</tr>']
            for i, r in enumerate(rows):
                cells = []
                for j, v in enumerate(r):
                    if merge and j == 0:
                        if i > 0 and rows[i - 1][0] == v:
                            continue
                        span = 1
                        while i + span < len(rows) and rows[i + span][0] == v:
                            span += 1
                        cells.append('<td rowspan="%d" style="text-align:center;vertical-align:middle;">%s</td>' % (span, E(v)) if span > 1 else '<td>%s</td>' % E(v))
                    else:
                        cells.append('<td><p style="margin:0;">%s</p></td>' % E(v))
                t.append('<tr>' + ''.join(cells) + '</tr>')
            t.append('</tbody></table>')
            out.append('\n'.join(t))
        elif k == "chapter":
            out.append('<p style="text-align:center;line-height:2;"><strong>%s</strong></p>' % E(b[1]))
        elif k == "article":
            out.append(ind + '<strong>%s</strong>%s%s</p>' % (E(b[1]), IDS, E(b[2])))
        elif k == "empty":
            if flavor == "zz":
                out.append('<p><br/></p>')
    return '\n'.join(out)


def html_page(site, d, content_html, encoding="utf-8"):
    charset = "gb2312" if encoding != "utf-8" else "utf-8"
    info = site["info"]
    info_rows = []
    for i in range(0, len(info), 2):
        pair = info[i:i + 2]
        cells = ''.join('<td class="t1">%s</td><td class="t2">%s</td>' % (E(a), E(b)) for a, b in pair)
        if len(pair) == 1:
            cells = '<td class="t1">%s</td><td class="t2" colspan="3">%s</td>' % (E(pair[0][0]), E(pair[0][1]))
        info_rows.append('<tr>%s</tr>' % cells)
    attach_links = ''.join('<li><a href="%s" target="_blank">%s</a></li>' % (E(site["upload"] + "P0%d.%s" % (i + 1, fn.rsplit(".", 1)[1])), E(fn))
                           for i, fn in enumerate(d["attach_files"]))
    nav = ''.join('<li><a href="#">%s</a></li>' % E(n) for n in site["nav"])
    crumbs = ' &gt; '.join('<a href="#">%s</a>' % E(c) for c in site["crumbs"])
    page = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{title}_{sec}_{site}</title>
<meta name="SiteName" content="{site}" />
<meta name="SiteDomain" content="{domain}" />
<meta name="SiteIDCode" content="{sitecode}" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="{pubdt}" />
<meta name="ContentSource" content="{source}" />
<meta name="Keywords" content="{kw}" />
<link rel="stylesheet" type="text/css" href="/images/style.css" />
<style type="text/css">
body{{margin:0;font-family:"Microsoft YaHei",SimSun;font-size:14px;color:#333;}}
.head{{background:{color};height:120px;color:#fff;}} .head .logo{{font-size:30px;padding:30px 0 0 40px;font-weight:bold;}}
.nav ul{{list-style:none;margin:0;padding:0;background:#0d3c7a;}} .nav li{{display:inline-block;padding:10px 22px;}} .nav a{{color:#fff;text-decoration:none;}}
.position{{padding:10px 40px;border-bottom:1px solid #ddd;}}
table.xxgk{{width:1000px;margin:15px auto;border-collapse:collapse;background:#f7f7f7;}} table.xxgk td{{border:1px solid #e1e1e1;padding:6px 10px;}} table.xxgk td.t1{{width:90px;font-weight:bold;}}
.article{{width:1000px;margin:0 auto;}} .article h1{{text-align:center;font-size:24px;color:#b40000;line-height:1.6;}}
.article .property{{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:8px;}}
.TRS_Editor p{{font-size:16px;margin:0;}}
.fujian ul{{list-style:none;}} .tools{{text-align:right;padding:20px 0;}}
.footer{{background:#eee;text-align:center;line-height:26px;padding:15px 0;margin-top:30px;font-size:12px;}}
</style>
<script type="text/javascript">
var _hmt = _hmt || [];
(function(){{var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?3f8a4c2e1d";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();
function doZoom(size){{document.getElementById('zoom').style.fontSize=size+'px';}}
</script>
</head>
<body>
<div class="topbar"><span>{today}</span> <a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">繁體</a> | <a href="#">English</a> <form action="/search" method="get" style="display:inline"><input type="text" name="q" value="请输入关键字" /><input type="submit" value="搜索" /></form></div>
<div class="head"><div class="logo"><img src="/images/logo.png" alt="{site}" />{site}</div><div class="en">{en}</div></div>
<div class="nav"><ul>{nav}</ul></div>
<div class="position">当前位置：{crumbs}</div>
<table class="xxgk" cellspacing="0" cellpadding="0">
<tbody>
{info_rows}
</tbody>
</table>
<div class="article">
<h1>{title_h1}</h1>
<div class="property">{prop}　字号：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>
<div class="TRS_Editor" id="zoom">
{content}
</div>
<div class="fujian"><span>附件：</span><ul>{attach_links}</ul></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a>　<span>扫一扫在手机打开当前页</span></div>
<div class="tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
{related}
</div>
<div class="footer">
<p>{links}</p>
<p>主办单位：{sponsor}　　地址：{addr}　　邮编：{zip}</p>
<p>网站标识码：{sitecode}　　<a href="https://beian.miit.gov.cn/" target="_blank">{icp}</a>　　<img src="/images/ga.png" alt="" />{gongan}</p>
<p><a href="#"><img src="/images/jiucuo.png" alt="政府网站找错" /></a>　<a href="#"><img src="/images/dzjg.png" alt="党政机关" /></a></p>
</div>
</body>
</html>
""".format(charset=charset, title=E(d["title_html"]), sec=E(site["sec"]), site=E(site["name"]),
           domain=site["domain"], sitecode=site["sitecode"], pubdt=site["pubdt"], source=E(site["source"]),
           kw=E(site["kw"]), color=site["color"], today=E(site["today"]), en=E(site["en"]), nav=nav,
           crumbs=crumbs, info_rows='\n'.join(info_rows), title_h1=site.get("h1", E(d["title_html"])),
           prop=site["prop"], content=content_html, attach_links=attach_links, related=site.get("related", ""),
           links=site["links"], sponsor=E(site["sponsor"]), addr=E(site["addr"]), zip=site["zip"],
           icp=E(site["icp"]), gongan=E(site["gongan"]))
    return page


def sign_html(organs, date_text, public, joint=False):
    out = ['<p><br/></p>']
    if joint:
        out.append('<p style="text-align:right;line-height:2;">%s&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%s</p>' % (E(organs[0]), E(organs[1])))
    else:
        for o in organs:
            out.append('<p style="text-align:right;line-height:2;">%s</p>' % E(o))
    out.append('<p style="text-align:right;line-height:2;">%s&nbsp;&nbsp;&nbsp;&nbsp;</p>' % E(date_text))
    if public:
        out.append('<p style="text-indent:2em;line-height:2;">%s</p>' % E(public))
    return '\n'.join(out)


def attach_html_lines(titles, numbered=True):
    if not titles:
        return ''
    if numbered and len(titles) > 1:
        lines = ['<p style="text-indent:2em;line-height:2;">附件：1.%s</p>' % E(titles[0])]
        for i, t in enumerate(titles[1:], start=2):
            lines.append('<p style="line-height:2;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;%d.%s</p>' % (i, E(t)))
        return '\n'.join(lines)
    return '<p style="text-indent:2em;line-height:2;">附件：%s</p>' % E(titles[0])


def build_zhengzhou_html(path):
    d = ZZ
    content = '\n'.join([
        '<p style="text-align:center;line-height:2;">%s</p>' % E(d["docno"]),
        '<p><br/></p>',
        '<p style="line-height:2;">%s</p>' % E(d["recip"]),
        html_blocks(d["blocks"], "zz"),
        '<p><br/></p>',
        attach_html_lines(d["attach"]),
        sign_html(d["sign_organs"], d["sign_date"], d["public"], joint=True),
    ])
    site = {
        "name": "郑州市商务局", "en": "Zhengzhou Municipal Bureau of Commerce", "sec": "通知公告",
        "domain": "swj.zhengzhou.gov.cn", "sitecode": "4101000031", "pubdt": "2025-06-20 16:32",
        "source": "郑州市商务局", "kw": "中欧班列,专项资金,申报", "color": "#1c5aa8",
        "today": "2025年6月20日 星期五",
        "nav": ["首页", "机构概况", "政务公开", "政策文件", "通知公告", "办事服务", "互动交流", "专题专栏"],
        "crumbs": ["首页", "政务公开", "通知公告"],
        "info": [("索引号：", "11410100MB1C23456X/2025-00158"), ("主题分类：", "商贸、海关、旅游"),
                 ("发布机构：", "郑州市商务局"), ("成文日期：", "2025年06月18日"),
                 ("标　　题：", d["title_html"]),
                 ("文　　号：", d["docno"]), ("发布日期：", "2025年06月20日")],
        "prop": "发布时间：2025-06-20 16:32　　来源：对外贸易处　　浏览次数：<span id=\"hits\">1327</span>",
        "upload": "/uploadfiles/2025/06/20250620163012",
        "related": '<div class="related"><h3>相关解读</h3><ul><li><a href="#">一图读懂｜2025年度中欧班列（郑州）发展专项资金申报指南</a></li><li><a href="#">郑州市商务局关于2024年度中欧班列（郑州）发展专项资金拟支持项目的公示</a></li></ul></div>',
        "links": '<a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a>',
        "sponsor": "郑州市商务局", "addr": "郑州市金水区正光街9号", "zip": "450007",
        "icp": "豫ICP备05012345号-1", "gongan": "豫公网安备 41010502000123号",
    }
    with open(path, "w", encoding="utf-8") as f:
        f.write(html_page(site, d, content))


def build_chongqing_html(path):
    d = CQ
    content = '\n'.join([
        '<p style="line-height:2;">%s</p>' % E(d["recip"]),
        html_blocks(d["blocks"], "cq"),
        sign_html(d["sign_organs"], d["sign_date"], d["public"]),
        '<p><br/></p>',
        '<p style="text-align:center;line-height:2;"><strong><span style="font-size:22px;">%s</span></strong></p>' % E(d["sub_title"]),
        '<p><br/></p>',
        html_blocks(d["sub_blocks"], "cq"),
        '<p><br/></p>',
        attach_html_lines(d["attach"]),
    ])
    site = {
        "name": "重庆市商务委员会", "en": "Chongqing Municipal Commission of Commerce", "sec": "规范性文件",
        "domain": "sww.cq.gov.cn", "sitecode": "5000000081", "pubdt": "2025-09-29 10:05",
        "source": "重庆市商务委员会", "kw": "跨境电子商务,公共海外仓,认定", "color": "#a30d12",
        "today": "2025年9月29日",
        "nav": ["首页", "商务要闻", "政务公开", "政策文件", "办事服务", "互动交流", "数据发布"],
        "crumbs": ["首页", "政务公开", "政策文件", "规范性文件"],
        "info": [("索引号：", "11500000009288012X/2025-00093"), ("主题分类：", "商贸、海关、旅游/电子商务"),
                 ("发布机构：", "重庆市商务委员会"), ("成文日期：", "2025-09-26"),
                 ("标题：", d["title_html"]),
                 ("发文字号：", d["docno"]), ("发布日期：", "2025-09-29"),
                 ("有效性：", "有效")],
        "prop": "日期：2025-09-29　　来源：电子商务和信息化处",
        "upload": "/zwgk_247/zcwj/gfxwj/202509/W020250929",
        "related": '<div class="related"><h3>政策解读</h3><ul><li><a href="#">《重庆市跨境电子商务公共海外仓认定管理办法》政策解读</a></li></ul></div>',
        "links": '<a href="#">中国政府网</a> | <a href="#">商务部</a> | <a href="#">重庆市人民政府</a>',
        "sponsor": "重庆市商务委员会", "addr": "重庆市渝北区青枫北路20号", "zip": "401147",
        "icp": "渝ICP备05003300号", "gongan": "渝公网安备 50011202500418号",
    }
    page = html_page(site, d, content, encoding="gbk")
    with open(path, "wb") as f:
        f.write(page.encode("gbk"))


def build_xiamen_html(path):
    d = XM
    content = '\n'.join([
        '<p style="text-align:center;line-height:2;">%s</p>' % E(d["docno"]),
        html_blocks(d["blocks"], "xm"),
        '<p><br/></p>',
        attach_html_lines(d["attach"], numbered=False),
        sign_html(d["sign_organs"], d["sign_date"], None),
    ])
    site = {
        "name": "中国（福建）自由贸易试验区厦门片区", "en": "Xiamen Area of China (Fujian) Pilot Free Trade Zone",
        "sec": "公告公示", "domain": "www.xmftz.gov.cn", "sitecode": "3502000047",
        "pubdt": "2026-01-26 09:18", "source": "厦门自贸片区管委会", "kw": "跨境电商,综合保税区,外商投资,公告",
        "color": "#0a6ab3", "today": "2026年01月26日",
        "nav": ["首页", "走进片区", "政务公开", "投资促进", "制度创新", "政务服务", "互动交流"],
        "crumbs": ["首页", "政务公开", "公告公示"],
        "info": [("索引号：", "XM00114-0200-2026-00004"), ("发布机构：", "厦门自贸片区管委会"),
                 ("成文日期：", "2026-01-22"), ("文号：", d["docno"]),
                 ("公开方式：", "主动公开"), ("发布日期：", "2026-01-26")],
        "prop": "来源：片区管委会商务局　　发布时间：2026-01-26 09:18　　浏览量：<span>856</span>",
        "upload": "/xxgk/tzgg/202601/P020260126",
        "links": '<a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">使用帮助</a>',
        "sponsor": "中国（福建）自由贸易试验区厦门片区管理委员会", "addr": "厦门市湖里区象屿路97号厦门国际航运中心D栋",
        "zip": "361006", "icp": "闽ICP备13008875号-2", "gongan": "闽公网安备 35020602001234号",
    }
    with open(path, "w", encoding="utf-8") as f:
        f.write(html_page(site, d, content))


# ---------------------------------------------------------------------------
# expected
# ---------------------------------------------------------------------------

def expected():
    zz_meta = {
        "title": ZZ["title_html"],
        "doc_number": ZZ["docno"],
        "issuer": ["郑州市商务局", "郑州市财政局"],
        "date": "2025-06-18",
        "published": "2025-06-20",
        "level": "municipal",
        "region": "郑州市",
        "effective": None,
        "expires": None,
        "attachments": ZZ["attach"],
        "doc_type": "通知",
        "recipients": ["各开发区管委会", "各区县（市）人民政府", "市直有关部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    cq_notice = {
        "title": CQ["title_html"],
        "doc_number": CQ["docno"],
        "issuer": ["重庆市商务委员会"],
        "date": "2025-09-26",
        "published": "2025-09-29",
        "level": "provincial",
        "region": "重庆市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通知",
        "recipients": ["各区县（自治县）商务主管部门", "两江新区、西部科学城重庆高新区、万盛经开区商务主管部门", "有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    cq_banfa = {
        "title": CQ["sub_title"],
        "doc_number": None,
        "issuer": ["重庆市商务委员会"],
        "date": "2025-09-26",
        "published": "2025-09-29",
        "level": "provincial",
        "region": "重庆市",
        "effective": "2025-11-01",
        "expires": "2030-10-31",
        "attachments": CQ["attach"],
        "doc_type": "办法",
        "recipients": [],
        "publicity": None,
        "repeals": "《重庆市跨境电子商务海外仓认定管理暂行办法》（渝商务发〔2021〕15号）",
    }
    xm_meta = {
        "title": XM["title_html"],
        "doc_number": XM["docno"],
        "issuer": [XM_ORGAN],
        "date": "2026-01-22",
        "published": "2026-01-26",
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": "2026-03-01",
        "expires": "2029-02-28",
        "attachments": XM["attach"],
        "doc_type": "公告",
        "recipients": [],
        "publicity": None,
        "repeals": "《中国（福建）自由贸易试验区厦门片区管理委员会关于促进跨境电子商务发展的若干措施》（厦自贸委〔2022〕11号）",
    }
    return {
        ZZ["stem"]: [{"meta": zz_meta, "clauses": clauses_of(ZZ["blocks"])}],
        CQ["stem"]: [{"meta": cq_notice, "clauses": clauses_of(CQ["blocks"])},
                     {"meta": cq_banfa, "clauses": clauses_of(CQ["sub_blocks"])}],
        XM["stem"]: [{"meta": xm_meta, "clauses": clauses_of(XM["blocks"])}],
    }


def to_pdf(docx_path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_410", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def main():
    jobs = [
        (ZZ["stem"], build_zhengzhou_docx, build_zhengzhou_html),
        (CQ["stem"], build_chongqing_docx, build_chongqing_html),
        (XM["stem"], build_xiamen_docx, build_xiamen_html),
    ]
    for stem, bdocx, bhtml in jobs:
        dp = os.path.join(HERE, stem + ".docx")
        bdocx(dp)
        bhtml(os.path.join(HERE, stem + ".html"))
        to_pdf(dp)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
