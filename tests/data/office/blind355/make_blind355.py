# ruff: noqa
#!/usr/bin/env python3
"""Round 355 (blind): one 惠企政策汇编 booklet of a 自贸片区 管委会, made in Word
and printed to PDF by LibreOffice, plus expected.json.

Run:  . /work/venv/bin/activate && python make_blind355.py
Everything is written next to this script.  All documents, numbers, companies and
phone numbers are fictional.
"""
import json
import os
import re
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "blind355_luzhou_huibian"

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"

BOOK = "中国（四川）自由贸易试验区川南临港片区惠企政策汇编（2026年版）"
ZONE = "中国（四川）自由贸易试验区川南临港片区"
ZONE_ORG = "中国（四川）自由贸易试验区川南临港片区管理委员会"
FTZ = "中国（四川）自由贸易试验区"
LZ_ZBQ = "泸州综合保税区"
QBJ = "中国（四川）自由贸易试验区成都青白江铁路港片区"

BODY = 12      # 小四 in the booklet
LINE = 21      # exact line spacing (pt)

# ---------------------------------------------------------------------------
# Content.  Blocks:
#   ("h1", text)                       heading alone on its line (黑体)  - no clause
#   ("h2", text)                       heading alone on its line (楷体)  - no clause
#   ("c", [para, ...], places)         one clause; para = str or (runin_head, rest)
#   ("qa", q, [answer paras], places)  one clause: question + answer(s)
#   ("sub", text, places, indent)      numbered sub-item (1. / （1）) - one clause
# ---------------------------------------------------------------------------

DOC1 = {
    "title": "国务院办公厅关于加快跨境电子商务高质量发展更好服务共建“一带一路”的若干意见",
    "title_suffix": "（摘录）",
    "srcline": "（国务院办公厅　国办发〔2025〕37号）",
    "note": "编者注：本汇编摘录该文件第二部分第（四）至（六）条和第三部分第（八）、（九）条，其余内容从略。全文可在中国政府网查阅。",
    "blocks": [
        ("h1", "二、培育壮大跨境电商经营主体"),
        ("c", [("（四）推动传统外贸企业数字化转型。",
                "鼓励外贸企业、制造企业运用跨境电商拓展国际市场，发展“跨境电商＋产业带”模式，打造一批具有国际竞争力的跨境电商品牌。支持企业建设品牌独立站，拓展共建“一带一路”国家和地区市场。")], []),
        ("c", [("（五）培育跨境电商综合服务企业。",
                "支持跨境电商综合服务企业为中小微企业提供通关、物流、退税、结汇、信保等一站式服务。对符合条件的综合服务企业，按规定落实出口退（免）税政策。")], []),
        ("c", [("（六）支持海外仓高质量发展。",
                "鼓励企业在共建“一带一路”国家和地区合理布局海外仓，推动海外仓与国内产业带、物流枢纽协同联动。支持金融机构在依法合规、风险可控前提下，为海外仓建设提供融资支持。")], []),
        ("h1", "三、完善跨境电商支撑体系"),
        ("c", [("（八）优化跨境电商通关监管。",
                "全面推广跨境电商企业对企业（B2B）出口监管模式，优化跨境电商零售进口商品清单管理。支持符合条件的海关特殊监管区域开展跨境电商退货中心仓业务。")], []),
        ("c", [("（九）加大金融支持力度。",
                "鼓励银行机构为跨境电商企业提供结算、融资等综合金融服务，支持跨境电商企业使用人民币进行跨境结算。"),
               "进一步发挥出口信用保险作用，扩大对跨境电商中小微企业的承保覆盖面，合理降低保险费率。"], []),
    ],
    "sign": ["国务院办公厅", "2025年10月14日"],
    "meta": {
        "title": "国务院办公厅关于加快跨境电子商务高质量发展更好服务共建“一带一路”的若干意见",
        "doc_number": "国办发〔2025〕37号",
        "issuer": ["国务院办公厅"],
        "date": "2025-10-14",
        "published": None,
        "level": "national",
        "region": "全国",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "意见",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    },
}

DOC2_TITLE = "四川省人民政府办公厅关于深化中国（四川）自由贸易试验区改革创新更好服务共建“一带一路”的若干措施"
DOC2 = {
    "title": DOC2_TITLE,
    # the title is broken by hand (soft line breaks) the way offices do it
    "title_lines": ["四川省人民政府办公厅关于深化中国（四川）", "自由贸易试验区改革创新更好服务", "共建“一带一路”的若干措施"],
    "srcline": "（四川省人民政府办公厅　川办发〔2025〕46号）",
    "recipients_line": "各市（州）人民政府，省政府各部门、各直属机构，有关单位：",
    "blocks": [
        ("c", ["为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，推动中国（四川）自由贸易试验区（以下简称四川自贸试验区）在服务共建“一带一路”和西部陆海新通道建设中发挥更大作用，经省政府同意，现提出如下措施。"], []),
        ("h1", "一、提升贸易投资便利化水平"),
        ("c", [("（一）深化“智慧口岸”建设。",
                "在四川自贸试验区推广应用国际贸易“单一窗口”标准版和地方特色应用，推进口岸物流、通关、查验信息共享，2026年底前实现区内主要口岸业务“一网通办”。")], []),
        ("c", [("（二）支持多式联运枢纽建设。",
                "支持川南临港片区依托泸州港建设长江上游铁水联运枢纽，对在该片区新开通的江海联运、铁水联运航线给予运营补贴，具体办法由泸州市人民政府另行制定。")], [ZONE]),
        ("c", [("（三）提升国际班列运营质效。",
                "支持成都青白江铁路港片区加密至中亚、欧洲方向的国际班列，拓展经西部陆海新通道至东盟国家的铁海联运线路，对新开行的国际班列线路按有关规定给予支持。")], [QBJ]),
        ("h1", "二、培育壮大开放型产业"),
        ("c", [("（四）发展跨境电商新业态。",
                "对四川自贸试验区内新认定的省级跨境电商产业园区，给予一次性奖励100万元；对年度跨境电商进出口额首次超过1亿元的企业，给予最高50万元奖励。")], []),
        ("c", [("（五）支持泸州综合保税区开展保税维修试点。",
                "将泸州综合保税区纳入全省保税维修业务试点范围，支持区内企业开展高技术、高附加值、符合环保要求的“两头在外”保税维修业务，对年度维修业务额超过5000万元的试点企业给予最高50万元奖励。")], [LZ_ZBQ]),
        ("c", [("（六）培育服务贸易新增长点。",
                "支持四川自贸试验区发展数字贸易、国际物流、跨境金融等服务贸易新业态，对服务贸易进出口额首次突破1000万美元的企业给予20万元奖励。")], []),
        ("h1", "三、强化要素支撑"),
        ("c", [("（七）加大财政金融支持。",
                "省级财政每年统筹安排资金支持四川自贸试验区建设，重点用于制度创新、平台建设和开放通道建设。"),
               "鼓励政府性融资担保机构为区内外贸企业提供增信服务，担保费率原则上不高于1%。支持金融机构开展跨境贸易投资高水平开放试点。"], []),
        ("c", [("（八）强化人才服务保障。",
                "对四川自贸试验区引进的高层次人才，在落户、子女入学、医疗保障等方面按规定提供便利。")], []),
        ("h1", "四、组织实施"),
        ("c", ["（九）各市（州）人民政府、省直有关部门要按照职责分工抓好落实，省自贸试验区工作领导小组办公室要加强统筹协调和跟踪评估，重大事项及时报告省政府。"], []),
        ("c", ["（十）本措施自2026年1月1日起施行，有效期至2028年12月31日。《四川省人民政府办公厅关于支持中国（四川）自由贸易试验区高质量发展的若干措施》（川办发〔2021〕15号）同时废止。"], []),
    ],
    "sign": ["四川省人民政府办公厅", "2025年11月20日"],
    "publicity": "（此件公开发布）",
    "meta": {
        "title": DOC2_TITLE,
        "doc_number": "川办发〔2025〕46号",
        "issuer": ["四川省人民政府办公厅"],
        "date": "2025-11-20",
        "published": None,
        "level": "provincial",
        "region": FTZ,
        "effective": "2026-01-01",
        "expires": "2028-12-31",
        "attachments": [],
        "doc_type": "措施",
        "recipients": ["各市（州）人民政府", "省政府各部门", "各直属机构", "有关单位"],
        "publicity": "此件公开发布",
        "repeals": "《四川省人民政府办公厅关于支持中国（四川）自由贸易试验区高质量发展的若干措施》（川办发〔2021〕15号）",
    },
}

DOC3_TITLE = "《关于深化中国（四川）自由贸易试验区改革创新更好服务共建“一带一路”的若干措施》政策解读"
DOC3 = {
    "title": DOC3_TITLE,
    "srcline": "（四川省商务厅　2025年11月28日）",
    "blocks": [
        ("qa", "一、《若干措施》出台的背景是什么？",
         ["答：2025年是四川自贸试验区实施提升战略的关键之年。为更好发挥四川自贸试验区在服务共建“一带一路”、推动内陆地区高水平开放中的示范引领作用，省商务厅会同省级有关部门在深入调研基础上起草了《若干措施》，经省政府同意，由省政府办公厅印发实施。"], []),
        ("qa", "二、《若干措施》主要包括哪些内容？",
         ["答：《若干措施》共4个方面10条：一是提升贸易投资便利化水平，包括深化“智慧口岸”建设等3条；二是培育壮大开放型产业，包括发展跨境电商新业态等3条；三是强化要素支撑，包括加大财政金融支持等2条；四是组织实施，明确责任分工和施行期限。"], []),
        ("qa", "三、川南临港片区企业可以享受哪些专项支持？",
         ["答：《若干措施》对川南临港片区作出了针对性安排：一是在该片区新开通的江海联运、铁水联运航线可享受运营补贴，具体办法由泸州市人民政府另行制定；二是泸州综合保税区纳入全省保税维修业务试点范围，年度维修业务额超过5000万元的试点企业可获得最高50万元奖励。",
          "片区企业同时可享受四川自贸试验区普遍适用的跨境电商、服务贸易等支持政策。"], [ZONE, LZ_ZBQ]),
        ("qa", "四、《若干措施》的施行期限是如何规定的？",
         ["答：《若干措施》自2026年1月1日起施行，有效期至2028年12月31日。原《四川省人民政府办公厅关于支持中国（四川）自由贸易试验区高质量发展的若干措施》（川办发〔2021〕15号）同时废止，企业已按原政策获得认定但尚未兑现的奖补事项，按原政策执行完毕。"], []),
    ],
    "meta": {
        "title": DOC3_TITLE,
        "doc_number": None,
        "issuer": ["四川省商务厅"],
        "date": "2025-11-28",
        "published": None,
        "level": "provincial",
        "region": FTZ,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "政策解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    },
}

DOC4_TITLE = ZONE_ORG + "关于支持外贸新业态新模式发展的若干措施"
DOC4 = {
    "title": DOC4_TITLE,
    "banner": ["中国（四川）自由贸易试验区", "川南临港片区管理委员会文件"],
    "docno": "川南临港管发〔2025〕18号",
    "title_lines": ["中国（四川）自由贸易试验区川南临港片区", "管理委员会关于支持外贸新业态", "新模式发展的若干措施"],
    "recipients_line": "片区各部门、各直属单位，各有关企业：",
    "blocks": [
        ("c", ["为贯彻落实《四川省人民政府办公厅关于深化中国（四川）自由贸易试验区改革创新更好服务共建“一带一路”的若干措施》（川办发〔2025〕46号），加快培育外贸新动能，推动片区开放型经济高质量发展，结合片区实际，制定如下措施。"], []),
        ("h1", "一、支持跨境电商做大做强"),
        ("c", ["（一）对在片区注册并纳入统计的跨境电商企业，年度跨境电商进出口额首次突破1000万元、5000万元、1亿元的，分别给予10万元、30万元、50万元一次性奖励。"], []),
        ("c", ["（二）对片区企业在共建“一带一路”国家和地区租赁或自建海外仓，单仓面积在2000平方米以上的，按实际租金或建设投入的20%给予补助，单个企业年度补助最高100万元。"], []),
        ("h1", "二、支持综合保税区业务创新"),
        ("c", ["（三）对在泸州综合保税区内新开展保税维修、保税研发业务的企业，按其年度业务额的1%给予奖励，单个企业年度奖励最高50万元。"], [LZ_ZBQ]),
        ("c", ["（四）对片区企业经泸州港开展外贸集装箱进出口业务的，按每标准箱100元给予物流补贴；对新开通至东盟、南亚国家近洋航线的，每条航线给予一次性补助30万元。单个企业年度补贴最高200万元。"], []),
        ("h1", "三、优化政策兑现服务"),
        ("c", [("（五）推行惠企政策“免申即享”。",
                "对本措施第（一）条、第（四）条所列事项，由片区管委会经济发展局依据海关、税务等部门共享数据主动核定奖补资金，企业无需提出申请。")], []),
        ("h2", "（六）申报与兑现。"),
        ("sub", "1.申报时间。每年3月1日至3月31日集中受理上一年度奖补事项申报，逾期不予受理。", [], 2),
        ("sub", "2.申报材料。企业应当通过片区政务服务平台提交以下材料：", [], 2),
        ("sub", "（1）奖补资金申请表；", [], 3),
        ("sub", "（2）营业执照复印件；", [], 3),
        ("sub", "（3）海关、税务等部门出具的相关证明材料。", [], 3),
        ("sub", "3.资金拨付。经审核、公示无异议的，片区管委会财政金融局在公示结束后30个工作日内拨付奖补资金。", [], 2),
        ("h1", "四、附则"),
        ("c", ["（七）本措施所需资金由片区开放型经济发展专项资金列支。同一企业同一事项符合片区多项政策的，按照就高原则享受，不重复支持。"], []),
        ("c", ["（八）本措施自2026年1月1日起施行，有效期2年，由片区管委会经济发展局负责解释。"], []),
    ],
    "attachments": ["川南临港片区外贸新业态奖补资金申请表", "川南临港片区惠企政策“免申即享”事项清单"],
    "sign": [ZONE_ORG, "2025年12月18日"],
    "publicity": "（此件公开发布）",
    "cc": "抄送：泸州市人民政府，泸州市商务局，泸州海关。",
    "printer": "川南临港片区管委会党政办公室",
    "printdate": "2025年12月19日印发",
    "meta": {
        "title": DOC4_TITLE,
        "doc_number": "川南临港管发〔2025〕18号",
        "issuer": [ZONE_ORG],
        "date": "2025-12-18",
        "published": "2025-12-19",
        "level": "zone",
        "region": ZONE,
        "effective": "2026-01-01",
        "expires": "2027-12-31",
        "attachments": ["川南临港片区外贸新业态奖补资金申请表", "川南临港片区惠企政策“免申即享”事项清单"],
        "doc_type": "措施",
        "recipients": ["片区各部门", "各直属单位", "各有关企业"],
        "publicity": "此件公开发布",
        "repeals": None,
    },
}

DOC5_TITLE = "川南临港片区2026年度惠企政策奖补标准一览表"
T5_HEAD = ["序号", "政策类别", "奖补事项", "奖补标准", "单户年度上限", "政策依据"]
# rows; None in a cell = covered by the merged cell above (value repeated in the clause)
T5_ROWS = [
    ["1", "跨境电商", "跨境电商进出口额首次突破1000万元", "一次性奖励10万元", "—", "川南临港管发〔2025〕18号第（一）条"],
    ["2", None, "跨境电商进出口额首次突破5000万元", "一次性奖励30万元", "—", None],
    ["3", None, "跨境电商进出口额首次突破1亿元", "一次性奖励50万元", "—", None],
    ["4", None, "在共建“一带一路”国家和地区租赁或自建海外仓（单仓2000平方米以上）", "实际租金或建设投入的20%", "100万元", "川南临港管发〔2025〕18号第（二）条"],
    ["5", "综保区业务", "在泸州综合保税区内新开展保税维修、保税研发业务", "年度业务额的1%", "50万元", "川南临港管发〔2025〕18号第（三）条"],
    ["6", "物流通道", "经泸州港开展外贸集装箱进出口业务", "每标准箱100元", "200万元", "川南临港管发〔2025〕18号第（四）条"],
    ["7", None, "新开通至东盟、南亚国家近洋航线", "每条航线一次性补助30万元", None, None],
    ["8", "服务贸易", "服务贸易进出口额首次突破1000万美元", "一次性奖励20万元", "—", "川办发〔2025〕46号第（六）条"],
]
T5_PLACES = {"5": [LZ_ZBQ]}
T5_NOTES = [
    "1.表中奖补金额均为税前金额，所需资金由片区开放型经济发展专项资金列支。",
    "2.同一企业同一事项符合多项政策的，按照就高原则享受，不重复支持。",
    "3.本表自发布之日起执行，由川南临港片区管委会经济发展局负责解释。",
]
DOC5 = {
    "title": DOC5_TITLE,
    "srcline": "（川南临港片区管委会经济发展局　2026年1月16日）",
    "meta": {
        "title": DOC5_TITLE,
        "doc_number": None,
        "issuer": ["川南临港片区管委会经济发展局"],
        "date": "2026-01-16",
        "published": "2026-01-16",
        "level": "zone",
        "region": ZONE,
        "effective": "2026-01-16",
        "expires": None,
        "attachments": [],
        "doc_type": "奖补标准一览表",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    },
}

CONTACTS = [
    ["川南临港片区管委会经济发展局", "跨境电商、外贸新业态奖补", "0830-3125601"],
    ["川南临港片区管委会政务服务局", "政策申报、“免申即享”", "0830-3125618"],
    ["川南临港片区管委会财政金融局", "奖补资金拨付", "0830-3125635"],
    ["泸州综合保税区管理服务中心", "保税维修、保税研发", "0830-3125672"],
    ["泸州海关综合业务科", "通关监管业务", "0830-2956310"],
]

TOC = [
    ("part", "第一部分　国家政策"),
    ("entry", DOC1["title"] + DOC1["title_suffix"], "d1"),
    ("part", "第二部分　省级政策"),
    ("entry", DOC2_TITLE, "d2"),
    ("entry", DOC3_TITLE, "d3"),
    ("part", "第三部分　片区政策"),
    ("entry", DOC4_TITLE, "d4"),
    ("entry", DOC5_TITLE, "d5"),
]
# how to find where each document starts in the PDF (first page >= 3 holding this)
FIND = {"d1": "国务院办公厅关于加快跨境电子商务", "d2": "四川省人民政府办公厅关于深化中国",
        "d3": "》政策解读", "d4": "川南临港管发〔2025〕18号", "d5": "奖补标准一览表"}


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------

def set_font(run, name, size=None, bold=False, color=None):
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def fmt(p, align=None, indent_chars=0, size=BODY, line=LINE, before=0, after=0, left_chars=0, hanging=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent_chars:
        pf.first_line_indent = Pt(size * indent_chars)
    if left_chars:
        pf.left_indent = Pt(size * left_chars)
    if hanging:
        pf.first_line_indent = Pt(-size * hanging)
    return p


def border(p, side, sz=8, color="000000", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc etc.; put it early
        ppr.insert(0, pbdr) if ppr.find(qn("w:pStyle")) is None else ppr.insert(1, pbdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def para(container, text="", font=FS, size=BODY, bold=False, color=None, **kw):
    p = container.add_paragraph()
    fmt(p, size=size, **kw)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def page_field(p, font=FS, size=14):
    set_font(p.add_run("— "), font, size)
    r = p.add_run()
    set_font(r, font, size)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._element.append(b)
    r2 = p.add_run(); set_font(r2, font, size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; r2._element.append(it)
    r3 = p.add_run(); set_font(r3, font, size)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._element.append(s)
    r4 = p.add_run("1"); set_font(r4, font, size)
    r5 = p.add_run(); set_font(r5, font, size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._element.append(e)
    set_font(p.add_run(" —"), font, size)


def setup_section(sec):
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin = Mm(30)
    sec.bottom_margin = Mm(28)
    sec.left_margin = Mm(27)
    sec.right_margin = Mm(25)
    sec.header_distance = Mm(15)
    sec.footer_distance = Mm(14)


def clear_hf(hf):
    for p in hf.paragraphs:
        for r in list(p.runs):
            r._element.getparent().remove(r._element)


def set_headers(sec, odd_text, even_text, numbers):
    for hdr, txt in ((sec.header, odd_text), (sec.even_page_header, even_text)):
        hdr.is_linked_to_previous = False
        clear_hf(hdr)
        p = hdr.paragraphs[0]
        if txt:
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, size=9, line=14)
            set_font(p.add_run(txt), FS, 9)
            border(p, "bottom", sz=6, space=2)
    for ftr in (sec.footer, sec.even_page_footer):
        ftr.is_linked_to_previous = False
        clear_hf(ftr)
        p = ftr.paragraphs[0]
        if numbers:
            fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, size=12, line=16)
            page_field(p, FS, 12)


def no_restart(sec):
    # python-docx clones the previous sectPr for a new section: drop any restart
    for el in sec._sectPr.findall(qn("w:pgNumType")):
        sec._sectPr.remove(el)


def restart_numbering(sec, start=1):
    sp = sec._sectPr
    no_restart(sec)
    pg = OxmlElement("w:pgNumType")
    pg.set(qn("w:start"), str(start))
    pg.set(qn("w:fmt"), "decimal")
    # must precede cols/docGrid etc.; insert after pgMar if present
    pgmar = sp.find(qn("w:pgMar"))
    if pgmar is not None:
        pgmar.addnext(pg)
    else:
        sp.append(pg)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, line=12)
    p.add_run().add_break(WD_BREAK.PAGE)


def runs_para(doc, parts, size=BODY, indent=2):
    """parts: list of (text, font, bold)"""
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent_chars=indent, size=size)
    for t, f, b in parts:
        set_font(p.add_run(t), f, size, b)
    return p


def title_block(doc, lines, size=18):
    p = doc.add_paragraph()
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, size=size, line=size + 10, before=6, after=4)
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_font(r, XBS, size)
        if i < len(lines) - 1:
            r.add_break()  # soft line break
    return p


def body_blocks(doc, blocks):
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            para(doc, b[1], HEI, BODY, indent_chars=2, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "h2":
            para(doc, b[1], KAI, BODY, bold=True, indent_chars=2, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "c":
            for pp in b[1]:
                if isinstance(pp, tuple):
                    runs_para(doc, [(pp[0], KAI, True), (pp[1], FS, False)])
                else:
                    runs_para(doc, [(pp, FS, False)])
        elif kind == "qa":
            runs_para(doc, [(b[1], HEI, False)])
            for a in b[2]:
                if a.startswith("答："):
                    runs_para(doc, [("答：", KAI, True), (a[2:], FS, False)])
                else:
                    runs_para(doc, [(a, FS, False)])
        elif kind == "sub":
            runs_para(doc, [(b[1], FS, False)], indent=b[3])


def sign_block(doc, lines, right_chars=4):
    para(doc, "", line=LINE)
    for ln in lines:
        p = para(doc, ln, FS, BODY, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(BODY * right_chars)


def cell_text(cell, text, font=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align=align, size=size, line=15)
    set_font(p.add_run(text), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_col_widths(table, widths_mm):
    table.autofit = False
    for i, w in enumerate(widths_mm):
        table.columns[i].width = Mm(w)
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


# ---------------------------------------------------------------------------
# building the booklet
# ---------------------------------------------------------------------------

def build(path, pages):
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(BODY)

    # ---- section 1: cover --------------------------------------------------
    s = doc.sections[0]
    setup_section(s)
    set_headers(s, None, None, False)
    p = para(doc, "内部资料　免费赠阅", KAI, 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for _ in range(4):
        para(doc, "", line=28)
    para(doc, FTZ, XBS, 26, align=WD_ALIGN_PARAGRAPH.CENTER, line=44)
    para(doc, "川南临港片区", XBS, 26, align=WD_ALIGN_PARAGRAPH.CENTER, line=44)
    para(doc, "惠企政策汇编", XBS, 36, align=WD_ALIGN_PARAGRAPH.CENTER, line=60, before=12)
    para(doc, "（2026年版）", KAI, 18, align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    for _ in range(7):
        para(doc, "", line=28)
    para(doc, ZONE_ORG, HEI, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    para(doc, "编印", HEI, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=30)
    para(doc, "2026年2月", HEI, 16, align=WD_ALIGN_PARAGRAPH.CENTER, line=30, before=6)

    # ---- section 2: 目录 ----------------------------------------------------
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(s)
    set_headers(s, BOOK, BOOK, False)
    para(doc, "目　　录", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, line=36, after=18)
    text_w = Mm(210 - 27 - 25)
    for item in TOC:
        if item[0] == "part":
            para(doc, item[1], HEI, 14, line=26, before=10, after=4)
        else:
            p = doc.add_paragraph()
            fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, size=12, line=22, left_chars=2, after=4)
            p.paragraph_format.right_indent = Pt(0)
            p.paragraph_format.tab_stops.add_tab_stop(text_w, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            set_font(p.add_run(item[1]), FS, 12)
            set_font(p.add_run("\t" + str(pages.get(item[2], 0))), FS, 12)

    # ---- section 3: 第一部分 ------------------------------------------------
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(s)
    set_headers(s, "第一部分　国家政策", BOOK, True)
    restart_numbering(s, 1)
    para(doc, "第一部分　国家政策", HEI, 18, align=WD_ALIGN_PARAGRAPH.CENTER, line=30, after=12)
    title_block(doc, ["国务院办公厅关于加快跨境电子商务高质量发展", "更好服务共建“一带一路”的若干意见（摘录）"])
    para(doc, DOC1["srcline"], KAI, BODY, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    para(doc, DOC1["note"], KAI, 10.5, indent_chars=2, align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=18, after=6)
    body_blocks(doc, DOC1["blocks"])
    sign_block(doc, DOC1["sign"])

    # ---- section 4: 第二部分 ------------------------------------------------
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(s)
    no_restart(s)
    set_headers(s, "第二部分　省级政策", BOOK, True)
    para(doc, "第二部分　省级政策", HEI, 18, align=WD_ALIGN_PARAGRAPH.CENTER, line=30, after=12)
    title_block(doc, DOC2["title_lines"])
    para(doc, DOC2["srcline"], KAI, BODY, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    para(doc, DOC2["recipients_line"], FS, BODY, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    body_blocks(doc, DOC2["blocks"])
    sign_block(doc, DOC2["sign"])
    para(doc, DOC2["publicity"], FS, BODY, indent_chars=2)

    page_break(doc)
    title_block(doc, ["《关于深化中国（四川）自由贸易试验区改革创新", "更好服务共建“一带一路”的若干措施》政策解读"])
    para(doc, DOC3["srcline"], KAI, BODY, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    body_blocks(doc, DOC3["blocks"])

    # ---- section 5: 第三部分 ------------------------------------------------
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(s)
    no_restart(s)
    set_headers(s, "第三部分　片区政策", BOOK, True)
    para(doc, "第三部分　片区政策", HEI, 18, align=WD_ALIGN_PARAGRAPH.CENTER, line=30, after=12)
    # facsimile of the 管委会's own red-headed document
    for ln in DOC4["banner"]:
        para(doc, ln, XBS, 24, color="FF0000", align=WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, "", line=12)
    p = para(doc, DOC4["docno"], FS, BODY, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    border(p, "bottom", sz=18, color="FF0000", space=6)
    title_block(doc, DOC4["title_lines"])
    para(doc, DOC4["recipients_line"], FS, BODY, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    body_blocks(doc, DOC4["blocks"])
    para(doc, "", line=LINE)
    att = DOC4["attachments"]
    runs_para(doc, [("附件：1." + att[0], FS, False)])
    p = runs_para(doc, [("2." + att[1], FS, False)], indent=0)
    p.paragraph_format.left_indent = Pt(BODY * 5)
    para(doc, "（附件略）", KAI, BODY, indent_chars=2)
    sign_block(doc, DOC4["sign"], right_chars=1)
    para(doc, DOC4["publicity"], FS, BODY, indent_chars=2)
    para(doc, "", line=LINE)
    p = para(doc, DOC4["cc"], FS, 11, line=20, before=0, hanging=0)
    p.paragraph_format.left_indent = Pt(11)
    p.paragraph_format.right_indent = Pt(11)
    border(p, "top", sz=8, space=4)
    border(p, "bottom", sz=4, space=4)
    p = doc.add_paragraph()
    fmt(p, size=11, line=20)
    p.paragraph_format.left_indent = Pt(11)
    p.paragraph_format.right_indent = Pt(11)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(210 - 27 - 25) - Pt(22), WD_TAB_ALIGNMENT.RIGHT)
    set_font(p.add_run(DOC4["printer"] + "\t" + DOC4["printdate"]), FS, 11)
    border(p, "bottom", sz=8, space=4)

    page_break(doc)
    para(doc, DOC5_TITLE, XBS, 18, align=WD_ALIGN_PARAGRAPH.CENTER, line=30, before=6, after=4)
    para(doc, DOC5["srcline"], KAI, BODY, align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
    t = doc.add_table(rows=1 + len(T5_ROWS), cols=len(T5_HEAD))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [13, 23, 40, 28, 23, 31]
    set_col_widths(t, widths)
    for i, h in enumerate(T5_HEAD):
        cell_text(t.cell(0, i), h, HEI, 10.5)
    # repeat header row if the table runs over a page
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trpr.append(th)
    # merges first (text set afterwards)
    for c in range(len(T5_HEAD)):
        r = 0
        while r < len(T5_ROWS):
            if T5_ROWS[r][c] is not None:
                end = r
                while end + 1 < len(T5_ROWS) and T5_ROWS[end + 1][c] is None:
                    end += 1
                if end > r:
                    t.cell(r + 1, c).merge(t.cell(end + 1, c))
                r = end + 1
            else:
                r += 1
    for r, row in enumerate(T5_ROWS):
        for c, v in enumerate(row):
            if v is not None:
                al = WD_ALIGN_PARAGRAPH.LEFT if c == 2 else WD_ALIGN_PARAGRAPH.CENTER
                cell_text(t.cell(r + 1, c), v, FS, 10.5, align=al)
    para(doc, "", line=10)
    para(doc, "注：", HEI, 10.5, line=18)
    for n in T5_NOTES:
        para(doc, n, FS, 10.5, line=18, indent_chars=2, align=WD_ALIGN_PARAGRAPH.JUSTIFY)

    # ---- section 6: back page ----------------------------------------------
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    setup_section(s)
    no_restart(s)
    set_headers(s, None, None, False)
    for _ in range(5):
        para(doc, "", line=28)
    para(doc, "政策咨询服务", XBS, 20, align=WD_ALIGN_PARAGRAPH.CENTER, line=34, after=12)
    t = doc.add_table(rows=1 + len(CONTACTS), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["咨询单位", "咨询事项", "咨询电话"]):
        cell_text(t.cell(0, i), h, HEI, 11)
    for r, row in enumerate(CONTACTS):
        for c, v in enumerate(row):
            cell_text(t.cell(r + 1, c), v, FS, 11)
    set_col_widths(t, [62, 52, 40])
    para(doc, "", line=20)
    para(doc, "地址：四川省泸州市龙马潭区临港大道188号片区政务服务中心", FS, 11, align=WD_ALIGN_PARAGRAPH.CENTER, line=22)
    para(doc, "工作时间：周一至周五　上午9:00—12:00　下午14:00—17:30", FS, 11, align=WD_ALIGN_PARAGRAPH.CENTER, line=22)
    para(doc, "本汇编仅供参考，政策内容以原文件为准。", KAI, 11, align=WD_ALIGN_PARAGRAPH.CENTER, line=22, before=12)
    doc.save(path)


def to_pdf(docx_path, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_355",
                    "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")


def find_pages(pdf_path):
    import pdfplumber
    found = {}
    with pdfplumber.open(pdf_path) as pdf:
        texts = [re.sub(r"\s+", "", pg.extract_text() or "") for pg in pdf.pages]
    toc = next(i for i, tx in enumerate(texts) if "目录" in tx)
    for key, snip in FIND.items():
        for i, tx in enumerate(texts):
            if i > toc and snip in tx:
                m = re.search(r"—(\d+)—$", tx)   # the printed page number
                found[key] = int(m.group(1)) if m else -1
                break
    return found, len(texts)


# ---------------------------------------------------------------------------
# expected.json
# ---------------------------------------------------------------------------

def clauses_of(blocks):
    out, spec = [], {}
    for b in blocks:
        if b[0] == "c":
            txt = "\n".join(p[0] + p[1] if isinstance(p, tuple) else p for p in b[1])
            places = b[2]
        elif b[0] == "qa":
            txt = "\n".join([b[1]] + b[2])
            places = b[3]
        elif b[0] == "sub":
            txt, places = b[1], b[2]
        else:
            continue
        out.append(txt)
        if places:
            spec[txt.split("\n")[0][:24]] = places
    return out, spec


def expected():
    docs = []
    for d in (DOC1, DOC2, DOC3, DOC4):
        cl, spec = clauses_of(d["blocks"])
        docs.append({"meta": d["meta"], "clauses": cl, "applies_to": {"specific": spec}})
    cl, spec = [], {}
    for row in T5_ROWS:
        pass
    filled = []
    prev = [None] * len(T5_HEAD)
    for row in T5_ROWS:
        vals = [v if v is not None else prev[i] for i, v in enumerate(row)]
        prev = vals
        filled.append(vals)
    for vals in filled:
        txt = "；".join(f"{h}：{v}" for h, v in zip(T5_HEAD, vals))
        cl.append(txt)
        if vals[0] in T5_PLACES:
            spec[txt[:30]] = T5_PLACES[vals[0]]
    cl.extend(T5_NOTES)
    docs.append({"meta": DOC5["meta"], "clauses": cl, "applies_to": {"specific": spec}})
    return {STEM: docs}


def main():
    docx_path = os.path.join(HERE, STEM + ".docx")
    tmp = tempfile.mkdtemp(prefix="b355_")
    pages = {k: 0 for k in FIND}
    for _ in range(3):
        build(docx_path, pages)
        pdf = to_pdf(docx_path, tmp)
        found, n = find_pages(pdf)
        if found == pages:
            break
        pages = found
    shutil.copy(pdf, os.path.join(HERE, STEM + ".pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    print("pages of the PDF:", n, "; document start pages (booklet numbering):", pages)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
