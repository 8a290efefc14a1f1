# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 285 (written blind): one issue of a fictional 云南省人民政府公报 (2025年第9号),
two-column gazette made in Word and printed to PDF with LibreOffice.

Writes next to itself:
  blind285_yunnan_gongbao.docx / .pdf
  expected.json
Run:  . /work/venv/bin/activate && python make_blind285.py
"""
import copy
import json
import re
import os
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
STEM = "blind285_yunnan_gongbao"
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"

BODY = 10.5
LINE = 16

ISSUE = "2025年第9号"
GAZ = "云南省人民政府公报"


# ---------------------------------------------------------------- helpers
def set_font(run, font, size, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, before=0, after=0, line=LINE, size=BODY, keep_next=False):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(size * 2) if indent else Pt(0)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = Pt(line)
    pf.widow_control = False
    if keep_next:
        pf.keep_with_next = True


def add_runs(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, before=0, after=0,
             line=LINE, size=BODY, keep_next=False):
    """parts: list of (text, font, bold) ; text may contain '\n' = soft line break."""
    p = doc.add_paragraph()
    fmt(p, align, indent, before, after, line, size, keep_next)
    for text, font, bold in parts:
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            r = p.add_run(ch)
            set_font(r, font, size, bold)
            if i < len(chunks) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def body(doc, text, **kw):
    return add_runs(doc, [(text, FS, False)], **kw)


def title(doc, text, size=14, before=10, after=4):
    p = add_runs(doc, [(text, XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                 before=before, after=after, line=size + 7, size=size, keep_next=True)
    return p


def docno(doc, text):
    return add_runs(doc, [(text, KT, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                    after=6, keep_next=True)


def h1(doc, text):  # 一、总体目标  (heading alone on its line)
    return add_runs(doc, [(text, HT, False)], indent=True, keep_next=True)


def h2(doc, text):  # （一）xxx  (heading alone)
    return add_runs(doc, [(text, KT, False)], indent=True, keep_next=True)


def runin(doc, head, rest, head_font=KT):
    return add_runs(doc, [(head, head_font, False), (rest, FS, False)])


def chapter(doc, text):
    return add_runs(doc, [(text, HT, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                    before=4, after=4, keep_next=True)


def right(doc, text, before=0):
    p = add_runs(doc, [(text, FS, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=before)
    p.paragraph_format.right_indent = Pt(BODY * 2)
    return p


def article(doc, label, paras, soft=False):
    """规章条文: 第X条 in 黑体, text 仿宋. paras = list of 款.  soft=True joins 款 with
    soft line breaks (Shift+Enter) inside one Word paragraph."""
    if soft:
        add_runs(doc, [(label + "\u3000", HT, False), ("\n".join(paras), FS, False)])
    else:
        add_runs(doc, [(label + "\u3000", HT, False), (paras[0], FS, False)])
        for t in paras[1:]:
            body(doc, t)
    return label + "\u3000" + "\n".join(paras)


def set_cols(section, num, space_cm=0.75):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        # w:cols must come after pgMar/paperSrc... ; append before docGrid if present
        grid = sectPr.find(qn("w:docGrid"))
        if grid is not None:
            grid.addprevious(cols)
        else:
            sectPr.append(cols)
    for a in list(cols.attrib):
        del cols.attrib[a]
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_cm * 567)))
    if num > 1:
        cols.set(qn("w:equalWidth"), "1")


def set_pgnum_start(section, start):
    sectPr = section._sectPr
    for el in sectPr.findall(qn("w:pgNumType")):
        sectPr.remove(el)
    if start is not None:
        el = OxmlElement("w:pgNumType")
        el.set(qn("w:start"), str(start))
        cols = sectPr.find(qn("w:cols"))
        if cols is not None:
            cols.addprevious(el)
        else:
            sectPr.append(el)


def margins(section):
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(2.4)
    section.bottom_margin = Cm(2.2)
    section.left_margin = Cm(2.0)
    section.right_margin = Cm(2.0)
    section.header_distance = Cm(1.3)
    section.footer_distance = Cm(1.1)


def bottom_border(p, color="000000", sz=6):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def add_field(p, instr, font=ST, size=10.5):
    r1 = p.add_run()
    set_font(r1, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._element.append(fc)
    r2 = p.add_run()
    set_font(r2, font, size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._element.append(it)
    r3 = p.add_run()
    set_font(r3, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._element.append(fc)
    r4 = p.add_run("1")
    set_font(r4, font, size)
    r5 = p.add_run()
    set_font(r5, font, size)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._element.append(fc)


def fill_header(hdr, align):
    p = hdr.paragraphs[0]
    p.alignment = align
    r = p.add_run(GAZ + "\u3000\u3000" + ISSUE)
    set_font(r, ST, 9)
    bottom_border(p)


def fill_footer(ftr, align):
    p = ftr.paragraphs[0]
    p.alignment = align
    r = p.add_run("— ")
    set_font(r, ST, 10.5)
    add_field(p, "PAGE")
    r = p.add_run(" —")
    set_font(r, ST, 10.5)


def cell_text(cell, text, font=FS, size=9.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    pf = p.paragraph_format
    pf.space_before = Pt(1)
    pf.space_after = Pt(1)
    pf.line_spacing = Pt(13)
    r = p.add_run(text)
    set_font(r, font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ---------------------------------------------------------------- content
DOCS = []   # expected documents, in order


def new_doc(meta):
    d = {"meta": meta, "clauses": [], "applies_to": {"specific": {}}}
    DOCS.append(d)
    return d


def clause(d, text, places=None):
    d["clauses"].append(text)
    if places:
        key = text[:24]
        d["applies_to"]["specific"][key] = places


# ---- 1. 省政府令 + 规章 ----------------------------------------------------
LING_TITLE = "云南省口岸管理办法"
LING_ANNOUNCE = ("《云南省口岸管理办法》已经2025年3月28日省人民政府第58次常务会议通过，"
                 "现予公布，自2025年6月1日起施行。")

GUIZHANG = [
    ("第一章\u3000总\u3000\u3000则", None),
    ("条", ["为了加强口岸规划建设和运行管理，提升口岸通关效率和服务保障能力，推进面向南亚东南亚辐射中心建设，"
              "服务和融入共建“一带一路”，根据有关法律、行政法规，结合本省实际，制定本办法。"]),
    ("条", ["本省行政区域内口岸的规划、建设、开放、运行、通关服务及其监督管理等活动，适用本办法。",
              "本办法所称口岸，是指经国务院或者国家有关部门批准，供人员、货物、物品和交通运输工具直接出入国（关、边）境的"
              "铁路车站、公路通道、航空站和水运港口等。",
              "本办法所称边民互市通道，是指经批准设立、供边境地区居民进行互市贸易的通道。"]),
    ("条", ["口岸工作应当坚持统筹规划、安全高效、开放共享、便利通关的原则，推动口岸与产业、城市和通道融合发展。"]),
    ("条*", ["省人民政府统一领导全省口岸工作，建立口岸工作联席会议制度，协调解决口岸规划、建设、开放和运行中的重大问题。",
               "州、市、县（市、区）人民政府负责本行政区域内的口岸工作，将口岸建设和运行保障纳入国民经济和社会发展规划，"
               "所需经费列入本级财政预算。",
               "省口岸管理部门负责全省口岸工作的综合协调和监督管理；州、市、县（市、区）人民政府确定的口岸管理部门"
               "负责本行政区域内口岸工作的具体组织实施。",
               "发展改革、财政、自然资源、交通运输、商务、公安等部门和海关、出入境边防检查等口岸查验机构，"
               "按照各自职责做好口岸相关工作。"]),
    ("条", ["县级以上人民政府及其有关部门应当加强口岸安全、公共卫生、生物安全等方面的风险防控，"
              "建立健全口岸突发事件应急处置机制，定期组织开展应急演练。"]),
    ("第二章\u3000口岸规划与建设", None),
    ("条", ["省口岸管理部门应当会同有关部门，根据国家口岸发展规划和全省国土空间规划，编制全省口岸发展规划，"
              "报省人民政府批准后实施。",
              "口岸所在地州、市人民政府应当依据全省口岸发展规划，组织编制口岸总体规划和口岸查验基础设施建设规划。"]),
    ("条", ["新建、改建、扩建口岸查验基础设施，应当符合国家口岸查验基础设施建设标准，与口岸主体工程同步规划、"
              "同步设计、同步建设、同步验收。",
              "口岸查验基础设施建设项目的建设单位，应当在项目设计阶段书面征求口岸查验机构的意见；"
              "口岸查验机构应当自收到征求意见之日起15个工作日内书面反馈。"]),
    ("条", ["口岸所在地人民政府应当统筹口岸周边道路、供水、供电、通信、污水处理等配套设施建设，"
              "推进口岸功能区、边境经济合作区、综合保税区等联动发展。"]),
    ("条", ["省口岸管理部门应当会同有关部门推进国际贸易“单一窗口”建设，拓展跨境贸易、物流、金融、政务服务等功能，"
              "推动与周边国家口岸信息互联互通。"]),
    ("条", ["支持口岸所在地人民政府按照国家规定，建设进境粮食、水果、冰鲜水产品、食用水生动物、肉类等指定监管场地，"
              "并完善相关冷链物流设施。"]),
    ("第三章\u3000口岸开放与运行", None),
    ("条", ["口岸开放、扩大开放和临时开放，由口岸所在地州、市人民政府提出申请，经省口岸管理部门组织论证和审核，"
               "按照国家规定程序报批。",
               "申请口岸开放的，应当提交口岸开放的可行性研究报告、口岸查验基础设施建设方案、口岸运行管理方案等材料。"]),
    ("条", ["口岸经国家验收合格并经批准后，方可对外开放运行。未经批准，任何单位和个人不得擅自对外开放"
               "或者扩大开放范围。"]),
    ("条", ["口岸运行单位应当按照口岸查验机构的监管要求，提供必要的办公场所、查验场地和设施，保障查验设施设备正常运转。",
               "口岸查验机构使用的办公用房和查验场地，按照国家有关规定提供，不得向口岸查验机构收取租金。"]),
    ("条", ["口岸运行单位应当建立健全安全生产责任制度，加强对口岸作业区域、危险货物和特种设备的安全管理，"
            "及时发现和消除安全隐患。"]),
    ("条", ["口岸所在地人民政府应当根据通关需求，会同口岸查验机构合理确定口岸通关时间。"
               "具备条件的公路口岸可以实行货运通道24小时通关或者预约通关。"]),
    ("条", ["口岸所在地人民政府应当加强对边民互市通道的规范管理，配合有关部门做好边民互市贸易商品的监管和统计工作，"
               "推动边民互市贸易与落地加工融合发展。"]),
    ("条", ["口岸所在地人民政府应当会同口岸查验机构，根据口岸通关能力和交通流量，合理组织进出境货运车辆的停放、"
            "排队和通行，防止口岸拥堵。"]),
    ("第四章\u3000通关便利", None),
    ("条", ["口岸查验机构应当依法公开通关流程、作业时限和收费项目，推行“提前申报”“两步申报”“船边直提”“抵港直装”"
               "等便利化措施，压缩整体通关时间。"]),
    ("条", ["出入境边防检查机关应当优化出入境人员查验流程，推广自助查验通道，为符合条件的边境地区居民、跨境务工人员"
            "和商务人员提供通关便利。"]),
    ("条", ["县级以上人民政府及其有关部门和口岸查验机构应当采取下列措施，提升跨境物流和通关效率：",
               "（一）推进中老铁路、中越铁路等国际货运班列在口岸实行“一次申报、一次查验、一次放行”；",
               "（二）推广国际道路运输车辆电子化通关，推进跨境运输车辆“车牌识别、自动抬杆”；",
               "（三）推动在口岸和综合保税区之间实行货物“一体化”转关，减少重复查验；",
               "（四）支持鲜活农产品、跨境电商商品等开辟绿色通道，实行优先查验、快速放行；",
               "（五）推动与周边国家口岸查验机构开展“信息互换、监管互认、执法互助”合作，探索“联合查验、一次放行”等通关模式；",
               "（六）国家和本省规定的其他措施。"]),
    ("条", ["口岸经营服务单位应当公开收费项目、收费标准和服务内容，不得超出公示范围收取费用，"
               "不得强制提供服务并收取费用。",
               "实行政府定价、政府指导价的口岸收费项目，由价格主管部门依法制定和调整。"]),
    ("条", ["省口岸管理部门应当会同有关部门编制并公布口岸收费目录清单，实行清单之外无收费。",
            "口岸收费目录清单应当在口岸现场和国际贸易“单一窗口”公示，并根据国家和本省政策调整情况及时更新。"]),
    ("条", ["县级以上人民政府应当推进智慧口岸建设，推广应用物联网、大数据、人工智能等技术，提升口岸查验设施设备"
            "智能化水平和口岸运行管理数字化水平。"]),
    ("条", ["省口岸管理部门应当会同口岸查验机构建立口岸营商环境评价和通关时效监测制度，定期通报口岸通关效率和收费情况。"]),
    ("条#", ["中国（云南）自由贸易试验区红河片区、德宏片区可以依法在口岸通关模式、跨境人员往来便利、跨境物流"
                "和边民互市贸易等方面先行先试；形成的可复制可推广经验，由省口岸管理部门组织评估后在全省推广。"]),
    ("条", ["口岸所在地县级以上人民政府可以根据需要设立口岸综合服务中心，为进出境人员和企业提供政务服务、"
                "法律咨询、翻译和金融结算等服务。"]),
    ("第五章\u3000监督管理与法律责任", None),
    ("条", ["省口岸管理部门应当会同有关部门对口岸规划执行、设施建设、开放运行和通关服务等情况进行监督检查，"
                "发现问题的，应当督促有关单位限期整改。"]),
    ("条", ["任何单位和个人有权对口岸管理和通关服务中的违法违规行为进行投诉举报。省口岸管理部门应当公布投诉举报电话"
            "和网络平台，并自收到投诉举报之日起15个工作日内答复。"]),
    ("条", ["违反本办法规定，口岸经营服务单位超出公示范围收取费用或者强制提供服务并收取费用的，"
                "由价格主管部门等有关部门依法处理。"]),
    ("条", ["违反本办法规定，未经批准擅自对外开放或者扩大开放范围的，由省口岸管理部门责令改正；"
                "依法应当给予处分的，由有权机关对直接负责的主管人员和其他直接责任人员依法给予处分。"]),
    ("条", ["国家机关及其工作人员在口岸管理工作中滥用职权、玩忽职守、徇私舞弊的，对直接负责的主管人员"
                "和其他直接责任人员依法给予处分；构成犯罪的，依法追究刑事责任。"]),
    ("第六章\u3000附\u3000\u3000则", None),
    ("条", ["本办法自2025年6月1日起施行。2009年6月30日云南省人民政府公布的《云南省口岸管理暂行办法》"
                "（云南省人民政府令第153号）同时废止。"]),
]
N_ARTICLES = sum(1 for lab, ps in GUIZHANG if ps is not None)

CN = "零一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def write_ling(doc):
    d = new_doc({
        "title": LING_TITLE,
        "doc_number": "云南省人民政府令第236号",
        "issuer": ["云南省人民政府"],
        "date": "2025-04-15",
        "published": "2025-04-15",
        "level": "provincial",
        "region": "云南省",
        "effective": "2025-06-01",
        "expires": None,
        "attachments": [],
        "doc_type": "规章（省政府令）",
        "recipients": [],
        "publicity": None,
        "repeals": "《云南省口岸管理暂行办法》（云南省人民政府令第153号）",
    })
    title(doc, "云南省人民政府令", size=18, before=0, after=2)
    docno(doc, "第236号")
    body(doc, LING_ANNOUNCE)
    clause(d, LING_ANNOUNCE)
    right(doc, "省长\u3000王予明", before=6)
    right(doc, "2025年4月15日")
    title(doc, LING_TITLE, size=15, before=14, after=2)
    add_runs(doc, [("（2025年4月15日云南省人民政府令第236号公布\n自2025年6月1日起施行）", KT, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=6, size=10, keep_next=True)
    n = 0
    for lab, ps in GUIZHANG:
        if ps is None:
            chapter(doc, lab)
            continue
        soft = lab.endswith("*")
        specific = lab.endswith("#")
        n += 1
        lab = "第" + cn_num(n) + "条"
        text = article(doc, lab, ps, soft=soft)
        clause(d, text, ["中国（云南）自由贸易试验区红河片区", "中国（云南）自由贸易试验区德宏片区"] if specific else None)
    return d


# ---- 2. 下放决定 + 附件表 -------------------------------------------------
XF_TITLE = "云南省人民政府关于向中国（云南）自由贸易试验区各片区下放第三批省级行政职权事项的决定"
XF_ATT = "中国（云南）自由贸易试验区第三批下放省级行政职权事项目录"
ALL3 = "昆明片区、红河片区、德宏片区"
XF_ROWS = [
    # dept, name, type, way, zones
    ("省商务厅", "外商投资企业设立及变更备案信息的核查", "其他行政权力", "直接下放", ALL3),
    ("省商务厅", "自动进口许可证签发（部分商品）", "行政许可", "委托下放", "昆明片区"),
    ("省商务厅", "边民互市贸易进口商品落地加工企业资格认定", "行政确认", "直接下放", "德宏片区"),
    ("省商务厅", "国际货运代理企业备案", "其他行政权力", "直接下放", ALL3),
    ("省交通运输厅", "国际道路运输经营许可", "行政许可", "直接下放", "红河片区、德宏片区"),
    ("省交通运输厅", "国际道路运输车辆出境行车许可证核发", "行政许可", "委托下放", "红河片区、德宏片区"),
    ("省市场监督管理局", "食品生产许可（部分食品类别）", "行政许可", "直接下放", ALL3),
    ("省市场监督管理局", "工业产品生产许可证核发（部分产品）", "行政许可", "委托下放", "昆明片区"),
    ("省市场监督管理局", "计量标准器具核准", "行政许可", "直接下放", ALL3),
    ("省药品监督管理局", "药品经营许可（批发）", "行政许可", "委托下放", "昆明片区"),
    ("省药品监督管理局", "第二类医疗器械产品注册（部分产品）", "行政许可", "委托下放", "昆明片区"),
    ("省林业和草原局", "野生植物及其制品进出口审核（省级权限）", "行政许可", "直接下放", "红河片区、德宏片区"),
    ("省人力资源社会保障厅", "外国人来华工作许可（部分类别）", "行政许可", "委托下放", ALL3),
    ("省人力资源社会保障厅", "人力资源服务许可", "行政许可", "直接下放", ALL3),
]
XF_PRE = ("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，进一步赋予中国（云南）自由贸易试验区"
          "更大改革自主权，经研究，省人民政府决定，向中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区下放第三批"
          "省级行政职权事项共%d项（详见附件）。现就有关事项决定如下：" % len(XF_ROWS))
XF_ITEMS = [
    ("一、明确承接主体。", "下放事项由片区管理机构或者片区所在地州、市、县（市、区）人民政府有关部门承接实施，"
                   "具体承接主体由片区所在地州、市人民政府确定，并于本决定施行之日起30日内向社会公布。", None),
    ("二、做好工作衔接。", "省直有关部门要在本决定施行之日起20个工作日内完成下放事项的交接工作，制定承接工作指引，"
                   "通过现场指导、跟班学习等方式加强业务培训；涉及业务系统的，要及时开通相应权限。", None),
    ("三、强化承接能力。", "各片区要配齐配强承接人员，完善工作制度和办理流程，确保下放事项“接得住、管得好”。"
                   "承接能力不足的，可以通过委托省直有关部门派员驻点等方式过渡，过渡期不超过6个月。", None),
    ("四、加强边民互市监管。", "对下放至德宏片区的边民互市贸易相关事项，德宏州人民政府要会同瑞丽海关建立联合监管机制，"
                     "严格落实边民身份核验和商品数量限额管理，防范走私等违法行为。", ["中国（云南）自由贸易试验区德宏片区"]),
    ("五、加强事中事后监管。", "省直有关部门要加强对下放事项实施情况的指导和监督，对承接不到位、监管不到位的，"
                     "及时督促整改；必要时，可以按程序收回。", None),
    ("六、", "本决定自2025年5月1日起施行。省人民政府此前有关规定与本决定不一致的，以本决定为准。", None),
]


def write_xiafang_body(doc):
    d = new_doc({
        "title": XF_TITLE,
        "doc_number": "云政发〔2025〕11号",
        "issuer": ["云南省人民政府"],
        "date": "2025-04-22",
        "published": None,
        "level": "provincial",
        "region": "中国（云南）自由贸易试验区",
        "effective": "2025-05-01",
        "expires": None,
        "attachments": [XF_ATT],
        "doc_type": "决定",
        "recipients": ["各州、市人民政府", "省直各委、办、厅、局"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    title(doc, "云南省人民政府关于向中国（云南）\n自由贸易试验区各片区下放第三批\n省级行政职权事项的决定", before=18)
    docno(doc, "云政发〔2025〕11号")
    body(doc, "各州、市人民政府，省直各委、办、厅、局：", indent=False)
    body(doc, XF_PRE)
    clause(d, XF_PRE)
    for head, rest, places in XF_ITEMS:
        runin(doc, head, rest, head_font=HT if head != "六、" else FS)
        clause(d, head + rest, places)
    body(doc, "附件：" + XF_ATT, before=6)
    right(doc, "云南省人民政府", before=10)
    right(doc, "2025年4月22日")
    body(doc, "（此件公开发布）")
    return d


def write_xiafang_table(doc, d):
    add_runs(doc, [("附件", HT, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, before=6, size=12, line=20)
    title(doc, XF_ATT, size=14, before=2, after=6)
    cols = ["序号", "实施部门", "事项名称", "事项类型", "下放方式", "承接片区"]
    widths = [Cm(1.1), Cm(3.0), Cm(5.3), Cm(2.2), Cm(1.9), Cm(3.5)]
    t = doc.add_table(rows=1 + len(XF_ROWS), cols=len(cols))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(cols):
        cell_text(t.rows[0].cells[i], c, font=HT, size=10)
    repeat_header(t.rows[0])
    for r, (dept, name, typ, way, zones) in enumerate(XF_ROWS, start=1):
        vals = [str(r), dept, name, typ, way, zones]
        for i, v in enumerate(vals):
            if i == 1 and r > 1 and XF_ROWS[r - 2][0] == dept:
                continue  # merged below
            cell_text(t.rows[r].cells[i], v, align=WD_ALIGN_PARAGRAPH.LEFT if i == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        row_text = "；".join("%s：%s" % (c, v) for c, v in zip(cols, vals))
        zl = zones.split("、")
        places = None
        if zones != ALL3:
            places = ["中国（云南）自由贸易试验区" + z for z in zl]
        clause(d, row_text, places)
    # vertical merges of 实施部门
    start = 1
    for r in range(2, len(XF_ROWS) + 2):
        if r == len(XF_ROWS) + 1 or XF_ROWS[r - 1][0] != XF_ROWS[start - 1][0]:
            if r - 1 > start:
                a = t.cell(start, 1)
                b = t.cell(r - 1, 1)
                m = a.merge(b)
                cell_text(m, XF_ROWS[start - 1][0])
            start = r
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    # a closing empty paragraph after the table
    body(doc, "", indent=False, line=8)


# ---- 3. 办公厅通知 印发 方案 (run on) ---------------------------------------
FA_NAME = "云南省跨境电子商务高质量发展行动方案（2025—2027年）"
TZ_TITLE = "云南省人民政府办公厅关于印发" + FA_NAME + "的通知"
TZ_BODY = "《" + FA_NAME + "》已经省人民政府同意，现印发给你们，请认真贯彻执行。"


def write_tongzhi(doc):
    d = new_doc({
        "title": TZ_TITLE,
        "doc_number": "云政办发〔2025〕18号",
        "issuer": ["云南省人民政府办公厅"],
        "date": "2025-04-25",
        "published": None,
        "level": "provincial",
        "region": "云南省",
        "effective": "2025-05-01",
        "expires": "2027-12-31",
        "attachments": [],
        "doc_type": "通知（印发方案）",
        "recipients": ["各州、市人民政府", "省直各委、办、厅、局"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    title(doc, "云南省人民政府办公厅关于印发\n云南省跨境电子商务高质量发展\n行动方案（2025—2027年）的通知", before=18)
    docno(doc, "云政办发〔2025〕18号")
    body(doc, "各州、市人民政府，省直各委、办、厅、局：", indent=False)
    body(doc, TZ_BODY)
    clause(d, TZ_BODY)
    right(doc, "云南省人民政府办公厅", before=10)
    right(doc, "2025年4月25日")
    body(doc, "（此件公开发布）")

    # the 方案 runs straight on
    title(doc, "云南省跨境电子商务高质量发展行动方案\n（2025—2027年）", size=14, before=12, after=6)
    t = ("为深入贯彻落实国家关于促进跨境电子商务健康发展的决策部署，加快发展外贸新业态新模式，推动跨境电子商务"
         "与产业融合发展，更好服务和融入共建“一带一路”，结合我省实际，制定本方案。")
    body(doc, t)
    clause(d, t)
    h1(doc, "一、总体目标")
    t = ("到2027年，全省跨境电商经营主体数量突破3000家，跨境电商进出口额年均增长15%以上，建成海外仓50个以上，"
         "培育年进出口额超亿元的跨境电商企业20家以上，跨境电商成为推动全省外贸高质量发展的重要力量。")
    body(doc, t)
    clause(d, t)
    h1(doc, "二、重点任务")
    h2(doc, "（一）培育壮大经营主体")
    items = [
        ("1.引进龙头企业。", "围绕消费电子、特色农产品、鲜花、咖啡、茶叶等优势产品，引进一批跨境电商平台企业和"
                      "综合服务企业在滇设立区域总部或者结算中心。（省商务厅、省投资促进局按职责分工负责）", None),
        ("2.推动传统外贸企业转型。", "支持传统外贸企业、生产制造企业利用跨境电商平台开拓国际市场，对首次开展跨境电商"
                          "业务的企业给予培训和孵化服务。（省商务厅、省工业和信息化厅按职责分工负责）", None),
        ("3.发展“跨境电商+产业带”。", "支持昆明市、玉溪市、普洱市、德宏州依托鲜花、生物医药、咖啡、珠宝玉石等特色产业带，"
                            "打造跨境电商产业集聚区，每个集聚区培育跨境电商品牌10个以上。（有关州、市人民政府负责）",
         ["昆明市", "玉溪市", "普洱市", "德宏州"]),
    ]
    for h, r, pl in items:
        runin(doc, h, r, head_font=FS)
        clause(d, h + r, pl)
    h, r = ("（二）完善跨境电商基础设施。", "加快建设跨境电商公共海外仓和边境仓，支持企业在老挝、泰国、越南、缅甸等国家"
            "重点城市布局海外仓，推动海外仓与国内物流、中老铁路国际货运班列有效衔接。推进跨境电商线上综合服务平台"
            "与国际贸易“单一窗口”数据互通。（省商务厅、省交通运输厅、昆明海关按职责分工负责）")
    runin(doc, h, r)
    clause(d, h + r)
    h2(doc, "（三）拓展跨境电商业务模式")
    items = [
        ("1.发展保税进口业务。", "支持昆明综合保税区、红河综合保税区开展跨境电商网购保税进口（1210）业务，完善保税仓储、"
                        "分拨配送等功能。（昆明海关，昆明市、红河州人民政府按职责分工负责）",
         ["昆明综合保税区", "红河综合保税区"]),
        ("2.扩大零售出口规模。", "推动跨境电商零售出口（9610）、跨境电商企业对企业直接出口（9710）和出口海外仓（9810）"
                        "业务规模化发展，落实跨境电商零售出口“无票免税”和所得税核定征收等政策。"
                        "（省商务厅、省税务局、昆明海关按职责分工负责）", None),
        ("3.探索边境贸易与跨境电商融合发展。", "在中国（云南）自由贸易试验区德宏片区、红河片区探索开展“边民互市+跨境电商”"
                                "试点，推动互市商品通过跨境电商渠道销售。（德宏州、红河州人民政府，昆明海关按职责分工负责）",
         ["中国（云南）自由贸易试验区德宏片区", "中国（云南）自由贸易试验区红河片区"]),
    ]
    for h, r, pl in items:
        runin(doc, h, r, head_font=FS)
        clause(d, h + r, pl)
    h, r = ("（四）加强金融和人才支撑。", "鼓励金融机构为跨境电商企业提供跨境人民币结算、出口信用保险和供应链融资等服务，"
            "推动跨境电商人民币结算在周边国家扩大使用。支持省内高等院校、职业院校开设跨境电商相关专业，每年培训跨境电商"
            "人才5000人次以上。（人民银行云南省分行、省教育厅、省商务厅按职责分工负责）")
    runin(doc, h, r)
    clause(d, h + r)
    h, r = ("（五）打造跨境电商品牌。", "支持企业开展境外商标注册、国际认证和品牌推广，培育一批具有云南特色的跨境电商"
            "自主品牌。鼓励企业参加中国—南亚博览会、中国国际进口博览会等展会，拓展线上线下营销渠道。"
            "（省商务厅、省市场监管局按职责分工负责）")
    runin(doc, h, r)
    clause(d, h + r)
    h2(doc, "（六）优化监管服务")
    for h, r in [
        ("1.提升通关便利化水平。", "推广跨境电商出口商品“清单核放、汇总申报”模式，落实跨境电商退货商品监管措施，"
                          "支持企业开展跨境电商出口退货业务。（昆明海关负责）"),
        ("2.加强知识产权保护。", "建立跨境电商知识产权纠纷应对指导机制，为企业提供海外知识产权维权援助。"
                         "（省市场监管局、省商务厅按职责分工负责）"),
        ("3.完善风险防控体系。", "强化跨境电商企业信用管理和质量安全监管，重点做好以下工作："),
    ]:
        runin(doc, h, r, head_font=FS)
        clause(d, h + r)
    for t in ["（1）建立跨境电商企业信用档案，对信用良好的企业实施便利化措施；",
              "（2）对存在严重失信行为的企业依法依规实施联合惩戒；",
              "（3）加强跨境电商进口商品质量安全风险监测，建立问题商品召回和追溯机制。"
              "（昆明海关、省市场监管局按职责分工负责）"]:
        body(doc, t)
        clause(d, t)
    h1(doc, "三、保障措施")
    for h, r in [
        ("（一）加强组织领导。", "省商务厅牵头建立全省跨境电商发展工作协调机制，统筹推进本方案实施。各州、市要结合实际"
                       "制定具体措施，明确责任分工，确保各项任务落地见效。"),
        ("（二）加大政策支持。", "统筹用好省级外经贸发展专项资金，对海外仓建设、跨境电商品牌培育、公共服务平台建设等给予支持。"),
        ("（三）强化监测评估。", "建立跨境电商统计监测制度，定期对本方案实施情况进行评估，重大情况及时报告省人民政府。"),
        ("（四）营造良好氛围。", "及时总结推广跨境电商发展的典型经验和创新做法，加强政策宣传解读，"
                       "营造支持跨境电商发展的良好社会氛围。"),
    ]:
        runin(doc, h, r)
        clause(d, h + r)
    t = "本方案自2025年5月1日起施行，有效期至2027年12月31日。"
    body(doc, t)
    clause(d, t)
    return d


# ---- 4. 批复 ---------------------------------------------------------------
PF_TITLE = "云南省人民政府关于昆明市建设面向南亚东南亚国际陆港实施方案的批复"


def write_pifu(doc):
    d = new_doc({
        "title": PF_TITLE,
        "doc_number": "云政复〔2025〕16号",
        "issuer": ["云南省人民政府"],
        "date": "2025-04-28",
        "published": None,
        "level": "provincial",
        "region": "昆明市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "批复",
        "recipients": ["昆明市人民政府"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    title(doc, "云南省人民政府关于昆明市建设\n面向南亚东南亚国际陆港\n实施方案的批复", before=18)
    docno(doc, "云政复〔2025〕16号")
    body(doc, "昆明市人民政府：", indent=False)
    paras = [
        ("你市《关于审批〈昆明市建设面向南亚东南亚国际陆港实施方案〉的请示》（昆政请〔2025〕7号）收悉。现批复如下：", None),
        ("一、原则同意《昆明市建设面向南亚东南亚国际陆港实施方案》（以下简称《实施方案》），请认真组织实施。", None),
        ("二、《实施方案》实施要以服务和融入共建“一带一路”为引领，依托中老铁路和西部陆海新通道，统筹铁路、公路、航空等"
         "多种运输方式，加快建设集货物集散、多式联运、口岸通关、国际贸易、产业培育于一体的国际陆港，"
         "打造面向南亚东南亚的国际物流枢纽。", None),
        ("三、支持在昆明经济技术开发区王家营片区、昆明综合保税区布局建设国际陆港多式联运中心和保税物流中心，"
         "完善海关监管作业场所功能，推进铁路集装箱中心站扩能改造。",
         ["昆明经济技术开发区王家营片区", "昆明综合保税区"]),
        ("四、支持昆明市依托昆明长水国际机场发展航空物流，积极拓展至南亚东南亚国家的国际货运航线，推动陆港与空港联动发展，"
         "构建“铁路+公路+航空”多式联运体系。", None),
        ("五、《实施方案》实施中涉及的新增建设用地，要严格落实国土空间规划和耕地保护要求，节约集约利用土地；"
         "涉及生态环境保护的，要依法开展环境影响评价，落实生态环境保护措施。", None),
        ("六、昆明市人民政府要切实履行主体责任，加强组织领导，完善工作机制，落实用地、资金等要素保障，加快推进重大项目建设，"
         "稳定开行至老挝万象、泰国林查班等方向的国际货运班列。涉及的重要政策、重大项目要按程序报批，"
         "需要协调的重大问题及时向省人民政府报告。", None),
        ("七、省直有关部门要按照职责分工，加强对《实施方案》实施的指导和支持，在口岸开放、通道建设、项目审批、资金安排等方面"
         "给予积极支持。省发展改革委要会同有关部门加强跟踪评估，确保《实施方案》各项任务落到实处。", None),
    ]
    for t, pl in paras:
        body(doc, t)
        clause(d, t, pl)
    right(doc, "云南省人民政府", before=10)
    right(doc, "2025年4月28日")
    body(doc, "（此件公开发布）")
    return d


# ---- 5. 表彰决定 (no policy) ------------------------------------------------
BZ_TITLE = "云南省人民政府关于表彰2024年度全省开放型经济发展先进集体和先进个人的决定"
BZ_ATT = "2024年度全省开放型经济发展先进集体和先进个人名单"
BZ_UNITS = [
    "昆明市商务局",
    "中国（云南）自由贸易试验区红河片区管理委员会",
    "德宏州商务局",
    "西双版纳州口岸办公室",
    "玉溪市投资促进局",
    "普洱市商务局",
    "红河州河口瑶族自治县口岸办公室",
    "曲靖市商务局",
    "云南滇南国际物流有限公司",
    "云南澜湄跨境电子商务有限公司",
    "云南彩云花卉进出口有限公司",
    "德宏州畹町经济开发区管理委员会",
]
BZ_PEOPLE = [
    "李晓东\u3000昆明市商务局对外贸易科科长",
    "杨丽萍\u3000中国（云南）自由贸易试验区昆明片区管理委员会综合服务局副局长",
    "段志刚\u3000德宏州瑞丽市商务局局长",
    "普春梅（女，彝族）\u3000红河州口岸办公室主任科员",
    "刀建华（傣族）\u3000西双版纳州勐腊县商务局副局长",
    "赵明远\u3000曲靖市投资促进局局长",
    "和丽娟（女，纳西族）\u3000丽江市商务局外经贸科科长",
    "王海峰\u3000云南滇南国际物流有限公司总经理",
    "陈思远\u3000云南澜湄跨境电子商务有限公司运营总监",
    "张国栋\u3000省商务厅对外贸易处四级调研员",
    "罗文斌\u3000临沧市商务局副局长",
    "岩温（傣族）\u3000西双版纳州景洪市口岸办公室主任",
    "周雪梅（女）\u3000文山州投资促进局外资科科长",
    "马俊杰（回族）\u3000昆明综合保税区管理委员会招商合作局局长",
    "孙立新\u3000省投资促进局外资处一级主任科员",
    "黄晓燕（女）\u3000云南彩云花卉进出口有限公司董事长",
]


def write_biaozhang(doc):
    d = new_doc({
        "title": BZ_TITLE,
        "doc_number": "云政发〔2025〕13号",
        "issuer": ["云南省人民政府"],
        "date": "2025-04-30",
        "published": None,
        "level": "provincial",
        "region": "云南省",
        "effective": None,
        "expires": None,
        "attachments": [BZ_ATT],
        "doc_type": "决定（表彰）",
        "recipients": ["各州、市人民政府", "省直各委、办、厅、局"],
        "publicity": "此件公开发布",
        "repeals": None,
    })
    title(doc, "云南省人民政府关于表彰2024年度\n全省开放型经济发展先进集体\n和先进个人的决定", before=18)
    docno(doc, "云政发〔2025〕13号")
    body(doc, "各州、市人民政府，省直各委、办、厅、局：", indent=False)
    paras = [
        "2024年，全省各级各部门坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党中央、国务院决策部署，"
        "主动服务和融入共建“一带一路”，加快建设面向南亚东南亚辐射中心，推动外贸稳规模优结构，积极利用外资，"
        "深化自由贸易试验区改革创新，全省开放型经济发展取得新成效，涌现出一批成绩突出的先进集体和先进个人。",
        "为表彰先进、树立典型，激励全省广大干部职工进一步担当作为、开拓进取，省人民政府决定，对昆明市商务局等%d个"
        "先进集体和李晓东等%d名先进个人予以通报表彰。" % (len(BZ_UNITS), len(BZ_PEOPLE)),
        "希望受到表彰的先进集体和先进个人珍惜荣誉、戒骄戒躁，在新的征程上再创佳绩。全省各级各部门要以受表彰的先进集体"
        "和先进个人为榜样，锐意进取、真抓实干，奋力开创全省高水平对外开放新局面，为谱写中国式现代化云南篇章作出新的更大贡献。",
    ]
    for t in paras:
        body(doc, t)
        clause(d, t)
    body(doc, "附件：" + BZ_ATT, before=6)
    right(doc, "云南省人民政府", before=10)
    right(doc, "2025年4月30日")
    body(doc, "（此件公开发布）")
    # 附件 runs on in the columns
    add_runs(doc, [("附件", HT, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, before=12, size=12, line=20,
             keep_next=True)
    title(doc, BZ_ATT, size=13, before=2, after=6)
    h1(doc, "一、先进集体（%d个）" % len(BZ_UNITS))
    for u in BZ_UNITS:
        body(doc, u)
        clause(d, u)
    h1(doc, "二、先进个人（%d名）" % len(BZ_PEOPLE))
    for u in BZ_PEOPLE:
        body(doc, u)
        clause(d, u)
    return d


# ---------------------------------------------------------------- cover
def write_cover(doc, pages):
    p = add_runs(doc, [(GAZ, XBS, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=30, after=4,
                 line=60, size=42)
    for r in p.runs:
        r.font.color.rgb = RED
    p = add_runs(doc, [("YUNNAN SHENG RENMIN ZHENGFU GONGBAO", "Times New Roman", False)],
                 align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=11, line=16)
    p = add_runs(doc, [("2025年第9号（总第1041号）", ST, True)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                 before=8, after=0, size=14, line=22)
    p = add_runs(doc, [("2025年5月15日出版", ST, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                 before=0, after=6, size=11, line=18)
    bottom_border(p, color="E60012", sz=18)
    add_runs(doc, [("目\u3000\u3000录", HT, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=20,
             after=12, size=18, line=28)

    def cat(t):
        add_runs(doc, [(t, HT, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, before=10, after=4, size=12,
                 line=22)

    def entry(t, no, page):
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=22, size=12)
        p.paragraph_format.left_indent = Pt(24)
        p.paragraph_format.right_indent = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        r = p.add_run(t)
        set_font(r, ST, 12)
        r = p.add_run()
        r.add_break(WD_BREAK.LINE)
        r2 = p.add_run("（" + no + "）\t" + str(page))
        set_font(r2, KT, 11)

    cat("【省政府令】")
    entry("云南省人民政府令（第236号）\u3000云南省口岸管理办法", "2025年4月15日", pages.get("ling", 1))
    cat("【省政府文件】")
    entry(XF_TITLE, "云政发〔2025〕11号", pages.get("xf", 1))
    entry(BZ_TITLE, "云政发〔2025〕13号", pages.get("bz", 1))
    entry(PF_TITLE, "云政复〔2025〕16号", pages.get("pf", 1))
    cat("【省政府办公厅文件】")
    entry(TZ_TITLE, "云政办发〔2025〕18号", pages.get("tz", 1))

    add_runs(doc, [("主管主办：云南省人民政府\u3000\u3000编辑出版：云南省人民政府办公厅\n"
                    "地址：昆明市五华区（虚构）\u3000\u3000邮政编码：650000\u3000\u3000国内统一连续出版物号：CN53-0000/D",
                    ST, False)],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=40, size=9, line=15)


# ---------------------------------------------------------------- build
def build(pages):
    global DOCS
    DOCS = []
    doc = Document()
    doc.settings.odd_and_even_pages_header_footer = True
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(BODY)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    s1 = doc.sections[0]
    margins(s1)
    set_cols(s1, 1)
    write_cover(doc, pages)

    # section 2: two columns, new page, page numbers restart at 1
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    margins(s2)
    set_cols(s2, 2)
    set_pgnum_start(s2, 1)
    s2.header.is_linked_to_previous = False
    s2.even_page_header.is_linked_to_previous = False
    s2.footer.is_linked_to_previous = False
    s2.even_page_footer.is_linked_to_previous = False
    fill_header(s2.header, WD_ALIGN_PARAGRAPH.RIGHT)
    fill_header(s2.even_page_header, WD_ALIGN_PARAGRAPH.LEFT)
    fill_footer(s2.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    fill_footer(s2.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)

    write_ling(doc)
    xf = write_xiafang_body(doc)

    # section 3: one column, continuous (the 附件 table spans the page)
    s3 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(s3, 1)
    set_pgnum_start(s3, None)
    write_xiafang_table(doc, xf)

    # section 4: back to two columns, continuous
    s4 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(s4, 2)
    set_pgnum_start(s4, None)
    write_biaozhang(doc)
    write_pifu(doc)
    write_tongzhi(doc)

    # the order of documents in the gazette: 令, 决定(下放), 决定(表彰), 批复, 办公厅通知+方案
    out = HERE / (STEM + ".docx")
    doc.save(out)
    return out


def to_pdf(docx_path):
    prof = "file:///tmp/lo_285"
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + prof, "--convert-to", "pdf",
                    "--outdir", str(HERE), str(docx_path)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return HERE / (STEM + ".pdf")


def find_pages(pdf_path):
    import pdfplumber
    keys = {
        "ling": "第236号",
        "xf": "云政发〔2025〕11号",
        "tz": "云政办发〔2025〕18号",
        "pf": "云政复〔2025〕16号",
        "bz": "云政发〔2025〕13号",
    }
    found = {}
    with pdfplumber.open(pdf_path) as pdf:
        n = len(pdf.pages)
        for page in pdf.pages:
            txt = (page.extract_text() or "").replace(" ", "")
            m = re.search(r"—(\d+)—", txt)
            if not m:
                continue  # the cover carries no page number
            for k, v in keys.items():
                if k not in found and v in txt:
                    found[k] = int(m.group(1))
    return found, n


def main():
    pages = {}
    for _ in range(3):
        docx_path = build(pages)
        pdf = to_pdf(docx_path)
        new, n = find_pages(pdf)
        if new == pages:
            break
        pages = new
    print("pages:", pages, "pdf pages:", n)
    expected = {STEM: DOCS}
    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    for d in DOCS:
        print(len(d["clauses"]), "clauses:", d["meta"]["title"])


if __name__ == "__main__":
    main()
