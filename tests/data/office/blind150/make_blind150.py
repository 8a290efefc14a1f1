# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420
"""Blind round 150: one issue of a provincial 人民政府公报, set in two columns.

Writes next to itself:
  blind150_gazette.docx / .pdf   湖南省人民政府公报 2024年第18期（总第1093期）:
      cover page across the page (公报 name, English name, 期号, 主办单位, 出版日期, 本期要目,
      编辑出版 block), a 目录 in two columns (栏目 headings, dot leaders, page numbers, a
      column break), then five items set in two columns one after another (a 省政府令 with
      its 规章, a 省政府办公厅 通知 whose task table is set across both columns in the
      middle of a page between two continuous section breaks, a 省商务厅 公告, a 人事任免
      通知, and a boxed 政策解读), running headers that alternate odd/even
      (公报 name / 期号), page numbers in the outer corner, a rule between the columns.
  expected.json

The 目录 page numbers are the real ones: the file is built, printed by LibreOffice, the
start page of every item is looked up in the PDF, and the file is built again until the
numbers hold.

Run:  . /work/venv/bin/activate && python make_blind150.py
"""
import json
import os
import shutil
import subprocess
import tempfile

import pdfplumber
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "blind150_gazette"

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xC8, 0x10, 0x1E)

BODY = 10.5
LINE = Pt(16)

GAZ = "湖南省人民政府公报"
ISSUE = "2024年第18期（总第1093期）"
ISSUE_SHORT = "2024年第18期"
GAZ_DATE = "2024年9月30日"

# ====================================================================== content
# ---- 1. 省政府令 + 规章
LING_HEAD = "湖南省人民政府令"
LING_NO = "第328号"
LING_TEXT = "《湖南省推进中国（湖南）自由贸易试验区制度创新办法》已经2024年8月29日省人民政府第41次常务会议审议通过，现予公布，自2024年11月1日起施行。"
LING_SIGN = "省长　林建国"
LING_DATE = "2024年9月6日"
GZ_TITLE = "湖南省推进中国（湖南）自由贸易试验区制度创新办法"
GZ_NOTE = "（2024年9月6日湖南省人民政府令第328号公布　自2024年11月1日起施行）"
GZ_CHAPTERS = [
    ("第一章　总则", [
        ("第一条", ["为了推进中国（湖南）自由贸易试验区（以下简称自贸试验区）制度创新，发挥改革开放试验田作用，服务共建“一带一路”和中部地区崛起，根据《中国（湖南）自由贸易试验区条例》等法律、法规，结合本省实际，制定本办法。"]),
        ("第二条", ["本办法适用于自贸试验区长沙片区、岳阳片区、郴州片区（以下统称片区）以及自贸试验区联动创新区开展的制度创新及其评估、复制推广、保障等活动。",
                    "本办法所称制度创新，是指在投资、贸易、金融、物流、产业发展、政府管理等领域，对现行体制机制、管理方式和服务模式进行的改革探索。"]),
        ("第三条", ["省人民政府统筹领导自贸试验区制度创新工作，研究解决重大问题。省自由贸易试验区工作领导小组办公室（以下简称省自贸办）设在省商务厅，负责制度创新的组织协调、评估推广和督促检查。",
                    "长沙市、岳阳市、郴州市人民政府和各片区管理机构是本片区制度创新的责任主体。"]),
        ("第四条", ["制度创新应当坚持以制度型开放为导向，对标高标准国际经贸规则，聚焦企业和群众需求，注重首创性、系统性和可复制性。"]),
        ("第五条", ["省人民政府有关部门应当在各自职责范围内支持自贸试验区制度创新，依法向片区下放省级经济社会管理权限；片区能够承接的，原则上应当下放。"]),
    ]),
    ("第二章　创新事项的提出与实施", [
        ("第六条", ["片区管理机构应当于每年3月31日前，围绕下列领域提出年度制度创新清单，报省自贸办备案：",
                    "（一）对接中国—非洲经贸博览会机制，深化对非经贸合作；",
                    "（二）推进中欧班列（长沙）、湘粤非铁海联运等国际物流通道建设；",
                    "（三）探索跨境贸易投资高水平开放和跨境金融服务创新；",
                    "（四）推动先进制造业、数字经济与现代服务业融合发展；",
                    "（五）其他需要先行先试的领域。"]),
        ("第七条", ["鼓励企业、行业组织、研究机构和个人向省自贸办或者片区管理机构提出制度创新建议。对具有较高价值的建议，片区管理机构应当在30个工作日内予以答复，并可以纳入年度制度创新清单。"]),
        ("第八条", ["制度创新事项需要省级层面授权或者调整适用地方性法规、省人民政府规章的，由片区管理机构提出申请，经省自贸办会同省司法厅审核后，按照法定程序报请批准。"]),
        ("第九条", ["长沙片区应当重点围绕工程机械、轨道交通装备等先进制造业和临空经济开展制度创新；岳阳片区应当重点围绕城陵矶港航运物流、大宗商品贸易开展制度创新；郴州片区应当重点围绕有色金属精深加工、承接产业转移开展制度创新。"]),
        ("第十条", ["片区管理机构实施制度创新事项，应当制定实施方案，明确目标任务、责任单位和时间节点，实施期限一般不超过2年。"]),
    ]),
    ("第三章　评估与复制推广", [
        ("第十一条", ["省自贸办应当建立制度创新评估机制，每年组织第三方机构对各片区制度创新成果进行评估。评估结果分为优秀、良好、一般三个等次，作为片区年度考核的重要依据。"]),
        ("第十二条", ["经评估具有首创性且实施效果良好的制度创新成果，由省自贸办按照程序在全省范围内复制推广；具有全国示范意义的，推荐申报国家层面复制推广。"]),
        ("第十三条", ["每年评选省级制度创新最佳案例不超过10项。对入选国家级制度创新成果的片区，省财政给予每项200万元奖励；对入选省级最佳案例的，给予每项50万元奖励，奖励资金用于片区制度创新工作。"]),
        ("第十四条", ["省人民政府有关部门应当自制度创新成果复制推广文件印发之日起3个月内，在本系统组织落实，并将落实情况报送省自贸办。"]),
    ]),
    ("第四章　保障与容错", [
        ("第十五条", ["省财政每年安排自贸试验区发展专项资金，支持制度创新、平台建设和人才引进；长沙市、岳阳市、郴州市人民政府应当安排相应配套资金。"]),
        ("第十六条", ["片区管理机构可以根据制度创新需要，按照国家和本省有关规定，实行聘任制、绩效工资制等灵活用人和薪酬制度。"]),
        ("第十七条", ["在自贸试验区制度创新中出现失误或者偏差，同时符合下列条件的，对有关单位和个人不作负面评价，依法免除或者减轻相关责任：",
                      "（一）符合国家和本省确定的改革方向；",
                      "（二）决策程序符合法律、法规和有关规定；",
                      "（三）未谋取私利或者恶意串通损害公共利益；",
                      "（四）积极采取措施消除或者减轻不良影响。"]),
        ("第十八条", ["违反本办法规定，有关部门和单位不履行或者不正确履行制度创新职责的，由省自贸办督促整改；情节严重的，依法依规追究有关人员责任。"]),
    ]),
    ("第五章　附则", [
        ("第十九条", ["自贸试验区联动创新区开展制度创新，参照本办法执行。联动创新区名单由省人民政府另行公布。"]),
        ("第二十条", ["本办法自2024年11月1日起施行。"]),
    ]),
]

# ---- 2. 省政府办公厅 通知
BG_TITLE = "湖南省人民政府办公厅关于加快推进中国（湖南）自由贸易试验区高水平对外开放的通知"
BG_NO = "湘政办发〔2024〕41号"
BG_TO = "各市州、县市区人民政府，省政府各厅委、各直属机构："
BG_INTRO = "为深入贯彻落实《中国（湖南）自由贸易试验区总体方案》，推动自贸试验区在服务共建“一带一路”、建设内陆地区改革开放高地中发挥引领作用，经省人民政府同意，现就有关事项通知如下。"
BG_S1_HEAD = "一、总体目标"
BG_S1_0 = "坚持以制度创新为核心，以可复制可推广为基本要求，聚焦服务共建“一带一路”和中非经贸合作，推动长沙、岳阳、郴州三个片区错位发展、联动发展，加快建设联通长江经济带和粤港澳大湾区的国际投资贸易走廊、中非经贸深度合作先行区和内陆开放新高地。"
BG_S1 = "到2025年底，自贸试验区累计形成制度创新成果200项以上，其中在全国复制推广10项以上；片区实际使用外资占全省比重达到25%以上，进出口总额突破4500亿元。"
BG_S2_HEAD = "二、重点举措"
BG_S2 = [
    ("（一）提升中非经贸合作水平。", "依托中国—非洲经贸博览会，在长沙片区建设中非经贸深度合作先行区，2025年对非贸易额达到600亿元，打造非洲非资源性产品集散交易中心；支持在长沙片区设立非洲咖啡、坚果、可可等特色产品分拨仓，年分拨量达到10万吨。"),
    ("（二）畅通国际物流通道。", "加密中欧班列（长沙）开行，2024年开行1300列以上；拓展岳阳城陵矶港至东盟、日韩的近洋航线，推进湘粤非铁海联运常态化运行。"),
    ("（三）推进跨境金融创新。", "支持片区内企业开展跨境人民币结算便利化试点，2024年片区跨境人民币结算量同比增长20%以上；支持郴州片区开展有色金属期货保税交割业务。"),
    ("（四）优化营商环境。", "全面推行“证照分离”改革，企业开办时间压缩至1个工作日以内；在片区推行“一业一证”改革，覆盖行业不少于30个。"),
    ("（五）扩大服务业开放。", "支持长沙片区开展数据跨境流动安全管理试点，支持岳阳片区开展国际船舶登记和保税燃料油加注业务，力争2025年保税燃料油加注量达到5万吨。"),
    ("（六）深化产业链协同。", "推动三个片区与联动创新区建立“自贸试验区+联动区”协同机制，2024年新认定联动创新区不少于5个，形成跨区域产业协作项目50个以上。"),
    ("（七）加强风险防控。", "建立健全片区重大风险防控清单制度，聚焦跨境资金流动、数据安全、安全生产等领域，每半年开展一次风险评估，守住不发生系统性风险的底线。"),
    ("（八）强化人才支撑。", "支持片区面向全球引进高层次人才和急需紧缺人才，对在片区工作的外籍高端人才，按规定为其办理最长5年有效期的工作类居留许可；2025年底前三个片区各建成1个国际人才服务站。"),
]
BG_S3_HEAD = "三、任务分工"
BG_S3 = "各有关市人民政府、省直有关部门要按照职责分工，细化工作措施，明确时间节点，确保各项任务按期完成。各项重点任务的责任片区、牵头单位和完成时限见下表。"
BG_TABLE_CAPTION = "2024—2025年自贸试验区重点任务分工表"
BG_TABLE_HEADER = ["序号", "重点任务", "责任片区", "牵头单位", "完成时限"]
BG_TABLE = [
    ["1", "建设中非经贸深度合作先行区", "长沙片区", "长沙市人民政府、省商务厅", "2025年12月"],
    ["2", "中欧班列（长沙）年开行1300列以上", "长沙片区", "长沙市人民政府、省发展改革委", "2024年12月"],
    ["3", "开通城陵矶港至东盟近洋直航航线2条", "岳阳片区", "岳阳市人民政府、省交通运输厅", "2025年6月"],
    ["4", "开展有色金属期货保税交割业务", "郴州片区", "郴州市人民政府、省地方金融管理局", "2025年3月"],
    ["5", "建设湘南湘西承接产业转移示范区配套平台", "郴州片区", "郴州市人民政府、省工业和信息化厅", "2025年12月"],
    ["6", "推行“一业一证”改革覆盖30个行业", "各片区", "省市场监管局、省政务局", "2024年12月"],
    ["7", "跨境人民币结算量同比增长20%以上", "各片区", "中国人民银行湖南省分行", "2024年12月"],
]
BG_S4_HEAD = "四、保障措施"
BG_S4 = [
    ("（一）加强组织领导。", "省自贸办要加强统筹协调，每季度调度一次重点任务进展；长沙市、岳阳市、郴州市人民政府要落实属地责任，定期研究解决片区建设中的重大问题。"),
    ("（二）强化要素保障。", "省财政2024年安排自贸试验区发展专项资金3亿元，重点支持制度创新和重大平台建设；省自然资源厅对片区重大项目用地指标予以倾斜。"),
    ("（三）严格督促落实。", "各责任单位于每年6月30日和12月31日前将任务进展情况报送省自贸办，省自贸办汇总后报省人民政府。"),
]
BG_END = "本通知自印发之日起施行，有效期至2026年12月31日。"
BG_ISSUER = "湖南省人民政府办公厅"
BG_DATE = "2024年9月12日"

# ---- 3. 省商务厅 公告
SW_TITLE = "湖南省商务厅关于开展2024年度中国（湖南）自由贸易试验区制度创新案例评选工作的公告"
SW_NO = "湖南省商务厅公告2024年第6号"
SW_INTRO = "为贯彻落实《湖南省推进中国（湖南）自由贸易试验区制度创新办法》和《湖南省人民政府办公厅关于加快推进中国（湖南）自由贸易试验区高水平对外开放的通知》（湘政办发〔2024〕41号），总结推广自贸试验区改革创新经验，省商务厅（省自贸办）决定开展2024年度制度创新案例评选工作。现将有关事项公告如下："
SW_ITEMS = [
    ("一、评选范围。", "2023年7月1日至2024年6月30日期间，在长沙片区、岳阳片区、郴州片区及联动创新区内实施并取得明显成效的制度创新案例。"),
    ("二、申报主体。", "片区管理机构、省直有关部门以及在片区注册的企业、行业组织均可申报。每个片区申报案例不超过8项，每个省直部门不超过3项。"),
    ("三、评选标准。", "案例应当具有首创性、实效性和可复制性，评审满分100分，重点评价以下方面："),
]
SW_SUB = [
    "（一）首创性（40分）：在全国或者全省范围内首次探索；",
    "（二）实效性（40分）：在降低企业成本、提高通关效率等方面成效可量化；",
    "（三）可复制性（20分）：具备在全省范围复制推广的条件。",
]
SW_ITEMS2 = [
    ("四、时间安排。", "申报截止时间为2024年10月31日。省自贸办于2024年11月组织专家评审，评审结果在省商务厅门户网站公示5个工作日后，于2024年12月底前公布。"),
    ("五、奖励措施。", "评选出的省级最佳案例不超过10项，按照《湖南省推进中国（湖南）自由贸易试验区制度创新办法》第十三条规定给予每项50万元奖励。"),
    ("六、联系方式。", "省自贸办综合协调处，联系人：陈思远，电话：0731-82345678，电子邮箱：hnftzcx@163.com。"),
]
SW_TESHI = "特此公告。"
SW_ATT = "中国（湖南）自由贸易试验区制度创新案例申报表"
SW_ISSUER = "湖南省商务厅"
SW_DATE = "2024年9月18日"

# ---- 4. 人事任免
RM_TITLE = "湖南省人民政府关于刘建华等同志职务任免的通知"
RM_NO = "湘政任〔2024〕22号"
RM_TO = "各市州人民政府，省政府各厅委、各直属机构："
RM_LEAD = "经省人民政府研究决定："
RM_ITEMS = [
    "任命刘建华为湖南省商务厅副厅长（试用期一年）；",
    "任命赵海涛为中国（湖南）自由贸易试验区岳阳片区管理委员会副主任；",
    "任命孙雅琴为湖南省人民政府口岸工作办公室副主任；",
    "免去王立新的湖南省商务厅副厅长职务，另有任用；",
    "免去黄志强的中国（湖南）自由贸易试验区郴州片区管理委员会副主任职务。",
]
RM_ISSUER = "湖南省人民政府"
RM_DATE = "2024年9月20日"

# ---- 5. 政策解读 (boxed)
JD_TITLE = "《湖南省推进中国（湖南）自由贸易试验区制度创新办法》解读"
JD_BY = "湖南省司法厅　湖南省商务厅"
JD_PARAS = [
    ("一、制定背景。", "2020年9月中国（湖南）自由贸易试验区获批设立以来，三个片区累计形成制度创新成果156项，其中12项在全国复制推广。为将行之有效的做法固化为制度，省司法厅会同省商务厅起草了《办法》，经省人民政府第41次常务会议审议通过。"),
    ("二、主要内容。", "《办法》共5章20条，明确了制度创新的职责分工、创新事项的提出与实施、评估与复制推广以及保障与容错等内容。"),
    ("三、主要亮点。", "一是建立年度制度创新清单备案制度（第六条）；二是明确长沙、岳阳、郴州三个片区差异化的创新方向（第九条）；三是对入选国家级制度创新成果的每项奖励200万元（第十三条）；四是建立容错免责机制（第十七条）。"),
    ("四、施行时间。", "《办法》自2024年11月1日起施行。"),
]

# ---- 目录 (栏目 → entries); page numbers filled in after printing
TOC = [
    ("【省政府令】", [("ling", "湖南省人民政府令（第328号）"), ("ling2", "湖南省推进中国（湖南）自由贸易试验区制度创新办法")]),
    ("【省政府办公厅文件】", [("bg", "湖南省人民政府办公厅关于加快推进中国（湖南）自由贸易试验区高水平对外开放的通知（湘政办发〔2024〕41号）")]),
    ("【部门文件】", [("sw", "湖南省商务厅关于开展2024年度中国（湖南）自由贸易试验区制度创新案例评选工作的公告（湖南省商务厅公告2024年第6号）")]),
    ("COLBREAK", []),
    ("【人事任免】", [("rm", "湖南省人民政府关于刘建华等同志职务任免的通知（湘政任〔2024〕22号）")]),
    ("【政策解读】", [("jd", "《湖南省推进中国（湖南）自由贸易试验区制度创新办法》解读")]),
]
# a marker (whitespace removed) that is on the first page of each item in the body
MARKERS = {
    "ling": "第328号《湖南省推进",
    "ling2": "（2024年9月6日湖南省人民政府令第328号公布",
    "bg": "各市州、县市区人民政府，省政府各厅委",
    "sw": "湖南省商务厅公告2024年第6号",
    "rm": "经省人民政府研究决定",
    "jd": "一、制定背景。",
}


# ====================================================================== docx helpers
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
    return run


def para(container, text="", east=ST, size=BODY, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2,
         bold=False, color=None, line=LINE, before=0, after=0):
    p = container.add_paragraph()
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.widow_control = False
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def runin(container, head, body, head_font=HT):
    p = para(container, "")
    set_font(p.add_run(head), head_font, BODY)
    set_font(p.add_run(body), ST, BODY)
    return p


def pborder(p, sides=("bottom",), sz=8, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        # pBdr must come before shd/tabs/spacing/ind/jc: insert right after pStyle/keepNext etc.
        ppr.insert(0, bdr)
    for side in sides:
        bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color)))


def shade(p, fill="F2F2F2"):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def fix_ppr_order(doc):
    """Put pPr children in schema order (Word is strict about it)."""
    order = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
             "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
             "sectPr", "pPrChange"]
    rank = {qn("w:" + n): i for i, n in enumerate(order)}
    for part in [doc.part] + [rel.target_part for rel in doc.part.rels.values() if rel.reltype.endswith(("/header", "/footer"))]:
        for ppr in part.element.iter(qn("w:pPr")):
            kids = list(ppr)
            kids.sort(key=lambda e: rank.get(e.tag, 99))
            for k in kids:
                ppr.remove(k)
            for k in kids:
                ppr.append(k)


def add_tabs(p, tabs):
    ppr = p._p.get_or_add_pPr()
    xml = "".join('<w:tab w:val="%s" w:leader="%s" w:pos="%d"/>' % t for t in tabs)
    ppr.append(parse_xml('<w:tabs %s>%s</w:tabs>' % (nsdecls("w"), xml)))


def page_field(p, size=9):
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        rr = p.add_run()
        set_font(rr, ST, size)
        if kind == "instr":
            el = parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>' % (nsdecls("w"), txt))
        elif kind == "text":
            el = parse_xml('<w:t %s>%s</w:t>' % (nsdecls("w"), txt))
        else:
            el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind))
        rr._element.append(el)


def set_cols(section, num, space_mm=7, sep=True):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml('<w:cols %s/>' % nsdecls("w"))
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_mm / 25.4 * 1440)))
    if num > 1 and sep:
        cols.set(qn("w:sep"), "1")
    elif qn("w:sep") in cols.attrib:
        del cols.attrib[qn("w:sep")]


def set_pgnum_start(section, start):
    sectPr = section._sectPr
    pg = sectPr.find(qn("w:pgNumType"))
    if start is None:
        if pg is not None:
            sectPr.remove(pg)
        return
    if pg is None:
        pg = parse_xml('<w:pgNumType %s/>' % nsdecls("w"))
        cols = sectPr.find(qn("w:cols"))
        if cols is not None:
            cols.addprevious(pg)  # schema order: … pgNumType, cols, … titlePg, docGrid
        else:
            sectPr.append(pg)
    pg.set(qn("w:start"), str(start))


def page_setup(section):
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(26), Mm(22)
    section.left_margin, section.right_margin = Mm(20), Mm(20)
    section.header_distance, section.footer_distance = Mm(13), Mm(11)


def empty_hf(section):
    for hf in (section.header, section.even_page_header, section.footer, section.even_page_footer):
        hf.is_linked_to_previous = False
        hf.paragraphs[0].text = ""


def running_hf(section):
    # odd (right-hand) pages: 公报 name, right; even (left-hand) pages: 期号, left
    section.header.is_linked_to_previous = False
    h = section.header.paragraphs[0]
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(h.add_run(GAZ), KT, 9)
    pborder(h, ("bottom",), 6, "000000", 1)
    section.even_page_header.is_linked_to_previous = False
    h = section.even_page_header.paragraphs[0]
    h.alignment = WD_ALIGN_PARAGRAPH.LEFT
    set_font(h.add_run(ISSUE), KT, 9)
    pborder(h, ("bottom",), 6, "000000", 1)
    # page numbers in the outer corner: odd right, even left
    section.footer.is_linked_to_previous = False
    f = section.footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(f.add_run("· "), ST, 9)
    page_field(f)
    set_font(f.add_run(" ·"), ST, 9)
    section.even_page_footer.is_linked_to_previous = False
    f = section.even_page_footer.paragraphs[0]
    f.alignment = WD_ALIGN_PARAGRAPH.LEFT
    set_font(f.add_run("· "), ST, 9)
    page_field(f)
    set_font(f.add_run(" ·"), ST, 9)


def column_heading(doc, text):
    """栏目 heading bar (省政府令 / 部门文件 …): furniture."""
    p = para(doc, text, HT, 12, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(20), before=6, after=4)
    pborder(p, ("bottom",), 12, "C8101E", 1)
    for r in p.runs:
        r.font.color.rgb = RED
    return p


def doc_title(doc, text, size=15):
    return para(doc, text, XBZ, size, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(22), before=8, after=4)


def centered(doc, text, east=KT, size=BODY, before=0, after=4):
    return para(doc, text, east, size, WD_ALIGN_PARAGRAPH.CENTER, 0, line=LINE, before=before, after=after)


def signoff(doc, issuer, date, before=8):
    p = para(doc, issuer, ST, BODY, WD_ALIGN_PARAGRAPH.RIGHT, 0, before=before)
    p.paragraph_format.right_indent = Pt(BODY * 2)
    p = para(doc, date, ST, BODY, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(BODY * 2)


def cell_text(cell, text, east=ST, size=9, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(13)
    p.paragraph_format.space_before = Pt(1)
    p.paragraph_format.space_after = Pt(1)
    set_font(p.add_run(text), east, size, bold)


def set_col_widths(tbl, widths_mm):
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w / 25.4 * 1440)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths_mm):
            c.width = Mm(w)


# ====================================================================== build
def build(path, pages):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(BODY)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), ST)
    doc.settings.odd_and_even_pages_header_footer = True
    cp = doc.core_properties
    cp.title = GAZ
    cp.author = "湖南省人民政府公报编辑部"
    cp.subject = ISSUE

    # ------------------------------------------------------------ section 1: cover, across the page
    s1 = doc.sections[0]
    page_setup(s1)
    s1.different_first_page_header_footer = True
    empty_hf(s1)
    s1.first_page_header.is_linked_to_previous = False
    s1.first_page_footer.is_linked_to_previous = False
    for _ in range(3):
        para(doc, "", indent=0)
    p = para(doc, GAZ, XBZ, 44, WD_ALIGN_PARAGRAPH.CENTER, 0, color=RED, line=Pt(60))
    p = para(doc, "GAZETTE OF THE PEOPLE'S GOVERNMENT OF HUNAN PROVINCE", "Times New Roman", 11, WD_ALIGN_PARAGRAPH.CENTER, 0, color=RED, line=Pt(18), after=6)
    pborder(p, ("bottom",), 24, "C8101E", 6)
    para(doc, "", indent=0)
    para(doc, ISSUE, HT, 16, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(26))
    para(doc, "湖南省人民政府办公厅主办", KT, 14, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(24))
    para(doc, GAZ_DATE + "出版", KT, 14, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(24))
    for _ in range(3):
        para(doc, "", indent=0)
    p = para(doc, "本期要目", HT, 14, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24), after=4)
    p.paragraph_format.left_indent = Mm(25)
    for t in ("湖南省推进中国（湖南）自由贸易试验区制度创新办法（省政府令第328号）",
              "湖南省人民政府办公厅关于加快推进中国（湖南）自由贸易试验区高水平对外开放的通知",
              "湖南省商务厅关于开展2024年度中国（湖南）自由贸易试验区制度创新案例评选工作的公告"):
        p = para(doc, "◆ " + t, ST, 11, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(20))
        p.paragraph_format.left_indent = Mm(25)
        p.paragraph_format.right_indent = Mm(20)
    for _ in range(6):
        para(doc, "", indent=0)
    for t in ("编辑出版：湖南省人民政府公报编辑部",
              "地　　址：长沙市芙蓉区韶山北路1号　邮政编码：410011",
              "电　　话：0731-82218765　国内统一连续出版物号：CN 43-1563/D"):
        p = para(doc, t, ST, 9, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(14))
        p.paragraph_format.left_indent = Mm(25)

    # ------------------------------------------------------------ section 2: 目录, two columns
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s2)
    s2.different_first_page_header_footer = False
    set_cols(s2, 2, 8, sep=False)
    empty_hf(s2)
    p = para(doc, "目　　录", XBZ, 22, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(32), after=2)
    p = para(doc, "CONTENTS", "Times New Roman", 10, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(14), after=10)
    col_w = (170 - 8) / 2  # mm
    tabpos = int(col_w / 25.4 * 1440) - 20
    for head, entries in TOC:
        if head == "COLBREAK":
            p = para(doc, "", indent=0)
            p.add_run().add_break(WD_BREAK.COLUMN)
            continue
        para(doc, head, HT, 12, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(20), before=8, after=4)
        for key, text in entries:
            p = para(doc, "", ST, 11, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(19), after=3)
            p.paragraph_format.left_indent = Pt(11)
            p.paragraph_format.right_indent = Pt(0)
            add_tabs(p, [("right", "dot", tabpos)])
            set_font(p.add_run(text), ST, 11)
            set_font(p.add_run("\t%d" % pages.get(key, 0)), ST, 11)

    # ------------------------------------------------------------ section 3: the items, two columns
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(s3)
    set_cols(s3, 2, 7, sep=True)
    set_pgnum_start(s3, 1)
    running_hf(s3)

    # 1. 省政府令
    column_heading(doc, "省政府令")
    para(doc, LING_HEAD, XBZ, 20, WD_ALIGN_PARAGRAPH.CENTER, 0, color=RED, line=Pt(30), before=6)
    centered(doc, LING_NO, ST, BODY, after=6)
    para(doc, LING_TEXT)
    p = para(doc, LING_SIGN, ST, BODY, WD_ALIGN_PARAGRAPH.RIGHT, 0, before=6)
    p.paragraph_format.right_indent = Pt(BODY * 3)
    p = para(doc, LING_DATE, ST, BODY, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(BODY * 2)
    doc_title(doc, GZ_TITLE, 14)
    centered(doc, GZ_NOTE, KT, 9, after=6).paragraph_format.line_spacing = Pt(14)
    for chap, arts in GZ_CHAPTERS:
        centered(doc, chap, HT, BODY, before=4, after=2)
        for num, paras in arts:
            p = para(doc, "")
            set_font(p.add_run(num), HT, BODY)
            set_font(p.add_run("　" + paras[0]), ST, BODY)
            for t in paras[1:]:
                para(doc, t)

    # 2. 省政府办公厅 通知 (its table goes across both columns)
    column_heading(doc, "省政府办公厅文件")
    doc_title(doc, BG_TITLE)
    centered(doc, BG_NO)
    para(doc, BG_TO, indent=0)
    para(doc, BG_INTRO)
    para(doc, BG_S1_HEAD, HT)
    para(doc, BG_S1_0)
    para(doc, BG_S1)
    para(doc, BG_S2_HEAD, HT)
    for h, t in BG_S2:
        runin(doc, h, t, KT)
    para(doc, BG_S3_HEAD, HT)
    para(doc, BG_S3)
    # continuous section break: the text above stays in two (balanced) columns
    s4 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_pgnum_start(s4, None)  # numbering runs on
    set_cols(s4, 1)
    p = para(doc, BG_TABLE_CAPTION, HT, 11, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(18), before=4, after=4)
    tbl = doc.add_table(rows=1 + len(BG_TABLE), cols=len(BG_TABLE_HEADER))
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(BG_TABLE_HEADER):
        cell_text(tbl.cell(0, ci), h, HT, 9.5)
    for ri, row in enumerate(BG_TABLE, start=1):
        for ci, v in enumerate(row):
            cell_text(tbl.cell(ri, ci), v, ST, 9.5, align=WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 3) else WD_ALIGN_PARAGRAPH.CENTER)
    set_col_widths(tbl, [11, 60, 20, 55, 24])
    # header row repeats
    trpr = tbl.rows[0]._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    para(doc, "", indent=0, line=Pt(8))
    s5 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_pgnum_start(s5, None)
    set_cols(s5, 2, 7, sep=True)
    para(doc, BG_S4_HEAD, HT)
    for h, t in BG_S4:
        runin(doc, h, t, KT)
    para(doc, BG_END)
    signoff(doc, BG_ISSUER, BG_DATE)

    # 3. 省商务厅 公告 — starts in the middle of the column
    column_heading(doc, "部门文件")
    doc_title(doc, SW_TITLE)
    centered(doc, SW_NO)
    para(doc, SW_INTRO)
    for h, t in SW_ITEMS:
        runin(doc, h, t, HT)
    for t in SW_SUB:
        para(doc, t)
    for h, t in SW_ITEMS2:
        runin(doc, h, t, HT)
    para(doc, SW_TESHI)
    p = para(doc, "附件：" + SW_ATT + "（略）", indent=2, before=4)
    signoff(doc, SW_ISSUER, SW_DATE)

    # 4. 人事任免
    column_heading(doc, "人事任免")
    doc_title(doc, RM_TITLE)
    centered(doc, RM_NO)
    para(doc, RM_TO, indent=0)
    para(doc, RM_LEAD)
    for t in RM_ITEMS:
        para(doc, t)
    signoff(doc, RM_ISSUER, RM_DATE)

    # 5. 政策解读, boxed
    column_heading(doc, "政策解读")
    box = []
    p = para(doc, JD_TITLE, XBZ, 12, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(18), before=4, after=2)
    box.append(p)
    box.append(centered(doc, JD_BY, KT, 9, after=2))
    for h, t in JD_PARAS:
        box.append(runin(doc, h, t, HT))
    for p in box:
        pborder(p, ("top", "left", "bottom", "right"), 8, "7F7F7F", 4)
        shade(p, "F2F2F2")
        p.paragraph_format.left_indent = Pt(4)
        p.paragraph_format.right_indent = Pt(4)

    fix_ppr_order(doc)
    doc.save(path)


def to_pdf(docx_path, outdir):
    prof = tempfile.mkdtemp(prefix="lo_150_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                        "--outdir", outdir, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")


def page_texts(pdf_path):
    out = []
    with pdfplumber.open(pdf_path) as pdf:
        for pg in pdf.pages:
            w = pg.width
            parts = [pg.crop((0, 0, w / 2, pg.height)).extract_text() or "",
                     pg.crop((w / 2, 0, w, pg.height)).extract_text() or "",
                     pg.extract_text() or ""]
            out.append("".join("".join(x.split()) for x in parts))
    return out


def find_pages(pdf_path):
    texts = page_texts(pdf_path)
    # physical page 1 = cover, 2 = 目录, 3 = printed page 1
    pages = {}
    for key, m in MARKERS.items():
        for i, t in enumerate(texts[2:], start=1):
            if m in t:
                pages[key] = i
                break
    return pages, len(texts)


# ====================================================================== expected.json
def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def expected(pages, npages):
    gazette = {"gazette": GAZ, "gazette_issue": ISSUE, "gazette_date": "2024-09-30"}
    # 1
    gz_clauses = [LING_TEXT]
    for chap, arts in GZ_CHAPTERS:
        for num, paras in arts:
            gz_clauses.append(num + "　" + "\n".join(paras))
    ling = {
        "meta": {
            "title": GZ_TITLE,
            "doc_number": "湖南省人民政府令第328号",
            "issuer": ["湖南省人民政府"],
            "signatory": "省长 林建国",
            "date": "2024-09-06",
            "published": "2024-09-06",
            "level": "provincial",
            "region": "湖南省",
            "effective": "2024-11-01",
            "expires": None,
            "attachments": [],
            "doc_type": "规章（省政府令）",
            "recipients": [],
            "publicity": None,
            "adopted": "2024-08-29 省人民政府第41次常务会议",
            **gazette,
            "gazette_page": pages.get("ling"),
        },
        "clauses": gz_clauses,
        "applies_to": {
            "default": "湖南省（中国（湖南）自由贸易试验区：长沙片区、岳阳片区、郴州片区）",
            "specific": {
                "第二条": "长沙片区、岳阳片区、郴州片区及联动创新区",
                "第三条 second 款": "长沙市、岳阳市、郴州市",
                "第九条": "长沙片区 / 岳阳片区（城陵矶港） / 郴州片区 — three places in one article",
                "第十五条": "长沙市、岳阳市、郴州市",
            },
            "note": "共建“一带一路”、中国—非洲经贸博览会 (第六条（一）), 中欧班列（长沙）、湘粤非铁海联运 do not put an article abroad; 省商务厅/省司法厅/省自贸办 are organs, not places.",
        },
        "_note": (
            "The 省政府令 and the 规章 it publishes are ONE document (title = the 规章 title; doc_number = 湖南省人民政府令第328号 — “第328号” alone is tolerable, low). "
            "Furniture: the 栏目 bar 省政府令 (red 黑体 with a rule under it), the red heading 湖南省人民政府令, the line 第328号, the signature 省长　林建国 and 2024年9月6日 (right-aligned), "
            "the 题注 （2024年9月6日湖南省人民政府令第328号公布　自2024年11月1日起施行） under the 规章 title (→ date/effective, not a clause), the chapter headings 第一章　总则 … 第五章　附则 (headings, not clauses; as path they are right). "
            "The 令文 《…》已经2024年8月29日…现予公布，自2024年11月1日起施行。 is a clause (the only text of the 令 itself). "
            "第X条 are articles, each one clause; the 条 number is followed by a full-width space. 第二条 and 第三条 have two 款 (separate paragraphs); 第六条 and 第十七条 have five/four 项 （一）…: "
            "keeping 项 inside the article or as child clauses under it are both fine; a 项 that loses its article (label/path) is medium. "
            "date = 2024-09-06 (the 令 date); 2024-08-29 is the 常务会议 date; 2024-09-30 is the 公报 出版 date (NOT this document's date, medium if used); effective = 2024-11-01 (令文, 题注 and 第二十条). "
            "level provincial, region 湖南省. The cover's 本期要目 and the 目录 repeat the title: they must not create a document or clause. "
            "The document's clauses end at 第二十条 — the 栏目 bar 省政府办公厅文件 and the next title follow in the same column and must not be glued to 第二十条."
        ),
    }
    # 2
    bg_clauses = [BG_INTRO, BG_S1_0, BG_S1] + [h + t for h, t in BG_S2] + [BG_S3] + [row_clause(BG_TABLE_HEADER, r) for r in BG_TABLE] + [h + t for h, t in BG_S4] + [BG_END]
    bg = {
        "meta": {
            "title": BG_TITLE,
            "doc_number": BG_NO,
            "issuer": [BG_ISSUER],
            "date": "2024-09-12",
            "published": None,
            "level": "provincial",
            "region": "湖南省",
            "effective": "2024-09-12",
            "expires": "2026-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各市州、县市区人民政府", "省政府各厅委、各直属机构"],
            "publicity": None,
            **gazette,
            "gazette_page": pages.get("bg"),
        },
        "clauses": bg_clauses,
        "applies_to": {
            "default": "湖南省（中国（湖南）自由贸易试验区）",
            "specific": {
                "二、（一）": "长沙片区",
                "二、（二）": "长沙（中欧班列） / 岳阳城陵矶港",
                "二、（三）": "郴州片区 (second half); 片区 in general",
                "table row 1": "长沙片区",
                "table row 2": "长沙片区",
                "table row 3": "岳阳片区",
                "table row 4": "郴州片区",
                "table row 5": "郴州片区",
                "table rows 6–7": "各片区 (all three)",
                "四、（一）": "长沙市、岳阳市、郴州市",
            },
            "note": "东盟、日韩、非洲 are destinations, not places the clause applies to; 中国人民银行湖南省分行 is an organ.",
        },
        "_note": (
            "Furniture: 栏目 bar 省政府办公厅文件; the 文号 line 湘政办发〔2024〕41号 under the title (→ doc_number); 主送 (→ recipients); 落款 湖南省人民政府办公厅 / 2024年9月12日; the table caption "
            "2024—2025年自贸试验区重点任务分工表 (a table title: tolerable as a heading/path, not a row). "
            "Headings 一、总体目标 / 二、重点举措 / 三、任务分工 / 四、保障措施 are stand-alone 黑体 headings (no text of their own: not clauses; as path fine). （一）…（四） of 二、 and （一）…（三） of 四、 are run-in 楷体 headings: heading + text = one clause. "
            "THE LAYOUT TRAP: the 7-row table is set across both columns in a one-column section between two continuous section breaks, in the middle of a page. "
            "Reading order is: two-column text above the table (left column, then right column), the table, then the two-column text below (四、保障措施 …). "
            "Every table row must come out as one clause (列名：值；…) in order after 三、’s sentence and before 四、（一）; rows must not be interleaved with column text, and the text below the table must not be read before the table or merged into clauses above it. "
            "effective 2024-09-12 (自印发之日起施行 → the 成文日期), expires 2026-12-31. No attachments. No 此件公开发布 line in the 公报 setting."
        ),
    }
    # 3
    sw_clauses = [SW_INTRO] + [h + t for h, t in SW_ITEMS] + SW_SUB + [h + t for h, t in SW_ITEMS2]
    sw = {
        "meta": {
            "title": SW_TITLE,
            "doc_number": SW_NO,
            "issuer": [SW_ISSUER],
            "date": "2024-09-18",
            "published": None,
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": [SW_ATT],
            "doc_type": "公告",
            "recipients": [],
            "publicity": None,
            "deadline": "2024-10-31",
            **gazette,
            "gazette_page": pages.get("sw"),
        },
        "clauses": sw_clauses,
        "applies_to": {
            "default": "湖南省（中国（湖南）自由贸易试验区）",
            "specific": {"一、": "长沙片区、岳阳片区、郴州片区及联动创新区"},
            "note": "a 公告 has no 主送 (recipients empty).",
        },
        "_note": (
            "This 公告 starts in the MIDDLE of a column, right after the 落款 of the 办公厅 notice — the reader must end the 办公厅 notice at its 落款 (2024年9月12日) and start a new document at the 栏目 bar 部门文件 / the title. "
            "Furniture: 栏目 bar 部门文件; the number line 湖南省商务厅公告2024年第6号 (→ doc_number; “2024年第6号” alone tolerable, low); 特此公告。 (closing formula; as a clause tolerable, low); "
            "the 附件说明 附件：中国（湖南）自由贸易试验区制度创新案例申报表（略） → attachments (title without “（略）”; the attachment is not printed in the 公报); 落款 湖南省商务厅 / 2024年9月18日. "
            "一、…六、 are run-in 黑体 headings: heading + text one clause. 三、’s three sub-items （一）（二）（三） are separate paragraphs (as separate clauses or kept inside 三、 both fine). "
            "六、 contact line is a clause. Dates: 2024-09-18 the date; 2024-10-31 the 申报截止 (deadline, not expires); 2023-07-01/2024-06-30 the 评选期间. No effective/expires."
        ),
    }
    # 4
    rm = {
        "meta": {
            "title": RM_TITLE,
            "doc_number": RM_NO,
            "issuer": [RM_ISSUER],
            "date": "2024-09-20",
            "published": None,
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知（人事任免）",
            "recipients": ["各市州人民政府", "省政府各厅委、各直属机构"],
            "publicity": None,
            **gazette,
            "gazette_page": pages.get("rm"),
        },
        "clauses": list(RM_ITEMS),
        "applies_to": {
            "default": "湖南省",
            "specific": {"item 2 (赵海涛)": "岳阳片区", "item 5 (黄志强)": "郴州片区"},
            "note": "",
        },
        "_note": (
            "A short notice: 5 任免 lines, each its own paragraph, each a clause (merging them into one clause is medium — ‘who was appointed to 岳阳片区’ then returns all five). "
            "The lead-in 经省人民政府研究决定： may be its own clause or a prefix — both fine. Furniture: 栏目 bar 人事任免, 文号 line, 主送, 落款. "
            "It is followed in the same column by the 栏目 bar 政策解读 and the boxed 解读: that box is NOT part of this notice (its paragraphs appended as clauses of the 任免 notice is HIGH: 解读 text misattributed to a 人事 document)."
        ),
    }
    # 5
    jd = {
        "meta": {
            "title": JD_TITLE,
            "doc_number": None,
            "issuer": ["湖南省司法厅", "湖南省商务厅"],
            "date": None,
            "published": "2024-09-30",
            "level": "provincial",
            "region": "湖南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "政策解读",
            "recipients": [],
            "publicity": None,
            "interprets": GZ_TITLE + "（湖南省人民政府令第328号）",
            **gazette,
            "gazette_page": pages.get("jd"),
        },
        "clauses": [h + t for h, t in JD_PARAS],
        "applies_to": {"default": "湖南省", "specific": {"三、": "长沙、岳阳、郴州三个片区"}, "note": ""},
        "_note": (
            "The 政策解读 is set in a box (paragraph borders on all sides + grey shading, one box over 6 paragraphs) at the end of the issue, in the two-column flow. "
            "Best: its own document (doc_type 政策解读, title 《…》解读, byline 湖南省司法厅　湖南省商务厅 → issuer, no 文号, no date of its own — the 公报 date 2024-09-30 as published is fine). "
            "Tolerable (low): the four paragraphs kept as a separate unit attached to the 规章 as 解读. HIGH: glued onto the 人事任免 notice, which precedes it. "
            "Furniture: 栏目 bar 政策解读, the byline, the box itself."
        ),
    }
    return {STEM: [ling, bg, sw, rm, jd]}


def main():
    docx_path = os.path.join(HERE, STEM + ".docx")
    pages = {}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(4):
            build(docx_path, pages)
            pdf = to_pdf(docx_path, tmp)
            found, npages = find_pages(pdf)
            if found == pages:
                break
            pages = found
        else:
            raise SystemExit("目录 page numbers did not settle: %r" % pages)
    to_pdf(docx_path, HERE)
    exp = expected(pages, npages)
    for obj, key in zip(exp[STEM], ("ling", "bg", "sw", "rm", "jd")):
        obj["_pdf"] = {"note": PDF_COMMON, "layout": PDF_NOTES[key]}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    print("pages", pages, "physical pages", npages)


PDF_COMMON = (
    "Same expected metadata and clauses as the .docx. The PDF has 6 physical pages: page 1 the cover (no header/number), page 2 the 目录 "
    "(two columns, dot leaders, page numbers 1 1 2 3 4 4 — the right column starts with 【人事任免】 after a column break), pages 3–6 carry printed page numbers · 1 · … · 4 · "
    "(printed n = physical n+2) in the outer corner (odd right, even left), running headers 湖南省人民政府公报 (odd pages, right-aligned, rule under) / "
    "2024年第18期（总第1093期） (even pages, left-aligned, rule under), and a vertical rule between the two columns. All of that is furniture. "
    "Items follow one another in the column flow; none starts on a new page except the first."
)
PDF_NOTES = {
    "ling": "Printed pages 1–2. 第五条 breaks from the foot of the left column to the head of the right column on page 1 (…片区能够承接的，原则上 / 应当下放。); "
            "第十三条 breaks from the foot of page 1’s right column to the head of page 2’s left column (…入选国家级制度创新成果的片区， / 省财政给予每项200万元奖励…), "
            "with the footer · 1 · and the even-page header 2024年第18期（总第1093期） in between: both must be one clause each, with no header/footer text inside. "
            "The 规章 ends at 第二十条 in page 2’s left column; the 栏目 bar 省政府办公厅文件 and the 办公厅 title follow directly below it.",
    "bg": "Starts in page 2’s left column below the 规章 (bar, 3-line title, 文号, 主送 wrapped over 2 lines, first line of the intro); the intro continues at the head of the right column "
          "(为深入贯彻落实《中国（湖南）自由贸易试验 / 区总体方案》…). （七） breaks from page 2 to page 3 (…每半年开展一次风险评估，守住不 / 发生系统性风险的底线。). "
          "On page 3 the two-column text above the table is balanced into two short columns (left: tail of （七） and （八）; right: 三、任务分工 and its sentence), "
          "then the table runs across the FULL width (caption + 8 rows), then two columns again (left: 四、保障措施 … 落款, then the 部门文件 bar and the 公告 title; right: the rest of the 公告). "
          "A reader that cuts the page into a left and a right half for its whole height tears every table row apart (left cells with the left column, right cells with the right column) and puts "
          "四、（一） before the rows — HIGH. Cells that wrap inside the table: row 3 重点任务 (…近洋直航航线2 / 条), row 4 牵头单位 (…省地方金融管理 / 局), row 5 重点任务 (…示范区配 / 套平台) "
          "and 牵头单位 (…省工业和信息化 / 厅): to be joined inside the cell.",
    "sw": "Starts at the foot of page 3’s left column (bar 部门文件, 3-line title, number line, first line of the intro 为贯彻落实《湖南省推进中国（湖南）自由贸), continues in page 3’s "
          "right column BELOW the full-width table (in reading order after the table’s right-hand cells and after 三、任务分工’s sentence, which stand above the table in that column). "
          "四、时间安排 breaks from page 3 to page 4 (…组织专家评审，评 / 审结果在省商务厅门户网站…). The rest (五、六、 特此公告。 附件说明, 落款) is in page 4’s left column.",
    "rm": "Wholly in page 4’s left column, between the 公告’s 落款 and the 政策解读 bar; each 任免 line wraps to a second line (e.g. 任命刘建华为湖南省商务厅副厅长（试用期一 / 年）；).",
    "jd": "The box (grey shading + frame, drawn as graphics) starts at the foot of page 4’s left column and continues at the head of the right column; 一、制定背景 is split between the columns "
          "(…三个片区累计形成 / 制度创新成果156项…). The right column then ends; the rest of page 4 is empty.",
}

if __name__ == "__main__":
    main()
