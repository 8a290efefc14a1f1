# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 561: 市人民政府令 + 规章 (Word + PDF) with answer key."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"

CN = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    t, u = divmod(n, 10)
    return CN[t] + "十" + (CN[u] if u else "")


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


def fmt(p, align=None, indent=True, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, runs, align=None, indent=True, line=28, before=0, after=0):
    """runs: list of (text, font, size, bold, color) ; text '\n' inside -> soft break."""
    p = doc.add_paragraph()
    fmt(p, align, indent, line, before, after)
    for r in runs:
        text, font = r[0], r[1]
        size = r[2] if len(r) > 2 else 16
        bold = r[3] if len(r) > 3 else False
        color = r[4] if len(r) > 4 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            run = p.add_run(part)
            set_font(run, font, size, bold, color)
            if i < len(parts) - 1:
                run.add_break(WD_BREAK.LINE)
    return p


def empty(doc, size=16):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    r = p.add_run("")
    set_font(r, FS, size)
    return p


def red_line(p, sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "E60012")
    bdr.append(b)
    ppr.append(bdr)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def add_page_number(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def r(text):
        run = fp.add_run(text)
        set_font(run, "宋体", 14)
        return run

    r("— ")
    run = fp.add_run()
    set_font(run, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)
    r(" —")


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_text(cell, text, font=FS, size=16, align=WD_ALIGN_PARAGRAPH.LEFT):
    p = cell.paragraphs[0]
    fmt(p, align, indent=False)
    run = p.add_run(text)
    set_font(run, font, size)


def set_cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge, val in kw.items():
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), val[0])
        el.set(qn("w:sz"), str(val[1]))
        el.set(qn("w:color"), "000000")
        b.append(el)
    tcPr.append(b)


# ---------------- Word automatic numbering (chineseCounting)
class Numbering:
    def __init__(self, doc):
        self.np = doc.part.numbering_part.element
        self.next_abs = 900
        self.next_num = 900

    def abstract(self, lvl_text, indent_twips=640):
        aid = self.next_abs
        self.next_abs += 1
        a = OxmlElement("w:abstractNum")
        a.set(qn("w:abstractNumId"), str(aid))
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "singleLevel")
        a.append(mlt)
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                         ("w:suff", "nothing"), ("w:lvlText", lvl_text),
                         ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "0")
        ind.set(qn("w:firstLine"), str(indent_twips))
        ppr.append(ind)
        lvl.append(ppr)
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        for at in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            rf.set(qn(at), FS)
        rpr.append(rf)
        lvl.append(rpr)
        a.append(lvl)
        first_num = self.np.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(a)
        else:
            self.np.append(a)
        return aid

    def num(self, aid, restart=True):
        nid = self.next_num
        self.next_num += 1
        n = OxmlElement("w:num")
        n.set(qn("w:numId"), str(nid))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), str(aid))
        n.append(an)
        if restart:
            ov = OxmlElement("w:lvlOverride")
            ov.set(qn("w:ilvl"), "0")
            so = OxmlElement("w:startOverride")
            so.set(qn("w:val"), "1")
            ov.append(so)
            n.append(ov)
        self.np.append(n)
        return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(nid))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = Pt(32)


# --------------------------------------------------------------- content
# body items: ("ch", text) chapter heading; ("art", text) article body (label added);
# ("k", text) 款 paragraph; ("x", text) 项 text WITHOUT the （n） prefix.

XIAN_BODY = [
    ("ch", "第一章　总　　则"),
    ("art", "为了促进本市跨境电子商务高质量发展，推动中国（西安）跨境电子商务综合试验区建设，培育外贸新业态新模式，服务共建“一带一路”和内陆改革开放高地建设，根据有关法律、法规，结合本市实际，制定本办法。"),
    ("art", "本市行政区域内跨境电子商务发展促进、服务保障及相关监督管理活动，适用本办法。"),
    ("k", "本办法所称跨境电子商务，是指分属不同关境的交易主体，通过电子商务平台达成交易、进行支付结算，并通过跨境物流送达商品、完成交易的国际商业活动。"),
    ("art", "跨境电子商务发展应当坚持政府引导、市场主导、创新驱动、包容审慎的原则，推动线上综合服务和线下产业园区协同发展。"),
    ("art", "市人民政府应当加强对跨境电子商务发展工作的领导，建立跨境电子商务综合试验区建设协调机制，统筹解决发展中的重大问题。"),
    ("k", "区县人民政府、开发区管理委员会应当按照职责做好本辖区跨境电子商务发展促进工作。"),
    ("art", "市商务主管部门负责本市跨境电子商务发展的综合协调、指导和服务工作。"),
    ("k", "发展改革、工业和信息化、财政、自然资源和规划、交通运输、市场监管、大数据等部门，以及海关、税务、外汇管理等部门，按照各自职责做好跨境电子商务相关工作。"),
    ("ch", "第二章　主体培育"),
    ("art", "市、区县人民政府应当支持跨境电子商务经营主体发展，鼓励传统外贸企业、生产制造企业运用跨境电子商务拓展国际市场。"),
    ("art", "鼓励引进和培育跨境电子商务平台企业，对符合条件的平台企业在办公用房、人才引进、数据服务等方面按照有关规定给予支持。"),
    ("art", "支持企业在共建“一带一路”国家和地区建设海外仓，完善海外仓的仓储、配送、退换货和售后服务功能。"),
    ("k", "对经认定的公共海外仓，市商务主管部门会同市财政部门按照有关规定给予资金支持。"),
    ("art", "鼓励跨境电子商务企业培育自主品牌，开展境外商标注册、专利申请和国际认证，提升产品国际竞争力。"),
    ("ch", "第三章　园区和通道建设"),
    ("art", "市人民政府统筹规划跨境电子商务产业园区布局，推动园区在以下方面完善功能："),
    ("x", "跨境电子商务企业集聚和孵化服务；"),
    ("x", "仓储物流、通关和检验检疫配套服务；"),
    ("x", "金融、法律、知识产权等专业服务；"),
    ("x", "人才培训和创业就业服务。"),
    ("art", "支持西安综合保税区、西安高新综合保税区、西安航空基地综合保税区等海关特殊监管区域开展跨境电子商务网购保税进口、特殊区域出口等业务。"),
    ("art", "依托中欧班列（西安）集结中心，推动跨境电子商务货物通过中欧班列运输，支持开行跨境电子商务专列，拓展面向中亚、欧洲的跨境电子商务物流通道。"),
    ("art", "支持西安咸阳国际机场拓展国际货运航线，发展跨境电子商务航空物流，提高跨境电子商务货物空运时效。"),
    ("ch", "第四章　服务保障"),
    ("art", "市商务主管部门应当会同有关部门依托国际贸易“单一窗口”建设跨境电子商务线上综合服务平台，实现信息共享、数据交换和业务协同。"),
    ("art", "海关应当优化跨境电子商务通关监管模式，推行跨境电子商务企业对企业出口监管措施，提高通关便利化水平。"),
    ("art", "税务部门应当落实跨境电子商务零售出口货物免税、所得税核定征收等税收政策，优化出口退税服务。"),
    ("art", "鼓励金融机构开发适合跨境电子商务特点的信贷、保险、结算产品，支持银行和支付机构依法为跨境电子商务提供跨境人民币结算服务。"),
    ("art", "市人力资源社会保障部门应当会同市商务主管部门将跨境电子商务人才纳入本市紧缺人才目录，支持高等院校、职业院校开设跨境电子商务相关专业。"),
    ("art", "市商务主管部门应当建立跨境电子商务统计监测制度，定期发布本市跨境电子商务发展情况。"),
    ("ch", "第五章　监督管理"),
    ("art", "跨境电子商务经营者应当遵守法律、法规，履行下列义务："),
    ("x", "如实申报进出口商品信息；"),
    ("x", "保障商品质量安全，依法履行消费者权益保护义务；"),
    ("x", "依法保护个人信息和数据安全；"),
    ("x", "不得侵犯他人知识产权。"),
    ("art", "有关部门应当建立跨境电子商务信用评价体系，依法对守信主体实施激励措施，对失信主体实施惩戒措施。"),
    ("art", "对跨境电子商务新业态新模式实行包容审慎监管，对首次违法且情节轻微、及时改正、没有造成危害后果的，依法不予行政处罚。"),
    ("art", "违反本办法规定的行为，法律、法规已有法律责任规定的，从其规定。"),
    ("art", "有关部门及其工作人员在跨境电子商务发展促进工作中玩忽职守、滥用职权、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。"),
    ("ch", "第六章　附　　则"),
    ("art", "本办法自2025年5月1日起施行。2018年6月5日市人民政府公布的《西安市跨境电子商务管理暂行办法》（市政府令第129号）同时废止。"),
]

NINGBO_BODY = [
    ("ch", "第一章　总　　则"),
    ("art", "为了规范综合保税区管理，推进综合保税区高水平开放、高质量发展，发挥综合保税区在中国（浙江）自由贸易试验区宁波片区建设中的支撑作用，根据《中华人民共和国海关法》等法律、法规，结合本市实际，制定本办法。"),
    ("art", "本办法适用于经国务院批准在本市设立的综合保税区（以下简称综保区）。"),
    ("k", "本办法所称综保区管理机构，是指市人民政府或者所在区人民政府设立、负责综保区日常管理工作的机构。"),
    ("art", "综保区实行海关特殊监管区域政策，重点发展保税加工、保税物流、保税服务等业务，推动加工制造中心、研发设计中心、物流分拨中心、检测维修中心、销售服务中心建设。"),
    ("art", "市人民政府统筹协调全市综保区发展中的重大事项。综保区所在区人民政府负责综保区的建设发展和综合管理。"),
    ("k", "市商务主管部门负责综保区发展的指导、协调和考核评估工作。发展改革、财政、自然资源和规划、生态环境、应急管理、市场监管等部门按照各自职责做好相关工作。"),
    ("k", "海关、税务、外汇管理等部门依法履行综保区相关监督管理职责。"),
    ("ch", "第二章　管理机构职责"),
    ("art", "综保区管理机构履行下列职责："),
    ("x", "组织编制综保区发展规划并组织实施；"),
    ("x", "负责综保区基础设施和公共服务设施的建设、维护和管理；"),
    ("x", "负责综保区招商引资和企业服务工作；"),
    ("x", "协助海关等部门做好综保区监管工作；"),
    ("x", "市、区人民政府赋予的其他职责。"),
    ("art", "综保区管理机构应当建立企业服务专员制度，为区内企业提供政策咨询、项目落地、证照办理等全流程服务。"),
    ("art", "综保区管理机构应当会同海关建设综保区信息化管理平台，实现与国际贸易“单一窗口”数据对接。"),
    ("ch", "第三章　产业发展"),
    ("art", "支持综保区发展保税维修、保税研发、保税检测等新业态，推动开展跨境电子商务保税进出口业务。"),
    ("art", "支持区内企业开展大宗商品保税储存、期货保税交割和保税混兑业务，推动油气等大宗商品贸易自由化便利化。"),
    ("art", "鼓励综保区与宁波舟山港、宁波栎社国际机场联动发展，发展海铁联运、海空联运等多式联运业务，对接中欧班列和共建“一带一路”国家物流通道。"),
    ("art", "在综保区内开展增值税一般纳税人资格试点的企业，按照国家有关规定享受相应税收政策。"),
    ("ch", "第四章　监督管理"),
    ("art", "综保区与境内区外之间应当设置符合海关监管要求的隔离设施和监管设施。"),
    ("art", "人员、车辆、货物进出综保区应当通过指定卡口，依法接受海关监管。"),
    ("art", "区内企业应当建立符合海关监管要求的计算机管理系统，如实记录货物进、出、转、存情况。"),
    ("art", "综保区内禁止下列行为："),
    ("x", "建设商业性生活消费设施和开展商业零售业务，国家另有规定的除外；"),
    ("x", "开展高耗能、高污染和高环境风险的生产项目；"),
    ("x", "法律、行政法规禁止的其他行为。"),
    ("art", "综保区管理机构应当会同应急管理、消防救援等部门建立安全生产和防灾减灾工作机制，定期开展安全检查。"),
    ("art", "市商务主管部门应当会同有关部门对综保区开展年度发展绩效评估，评估结果作为政策支持和资源配置的重要依据。"),
    ("ch", "第五章　附　　则"),
    ("art", "宁波保税区、宁波栎社保税物流中心等其他海关特殊监管区域和保税监管场所的管理，参照本办法执行。"),
    ("art", "本办法自2025年2月1日起施行。《宁波出口加工区管理办法》（宁波市人民政府令第138号）同时废止。"),
]

ZZ_BODY = [
    ("ch", "第一章　总　　则"),
    ("art", "为了推动中欧班列（郑州）高质量发展，巩固提升国际物流枢纽功能，服务共建“一带一路”，推进国际综合交通枢纽建设，根据有关法律、法规，结合本市实际，制定本规定。"),
    ("art", "本市行政区域内中欧班列（郑州）的开行组织、集结中心建设、服务保障及相关管理活动，适用本规定。"),
    ("art", "市人民政府建立中欧班列（郑州）发展协调机制，研究解决班列开行、通道拓展、口岸建设等重大问题。市发展改革部门负责中欧班列（郑州）发展的统筹协调和综合管理工作。"),
    ("k", "商务、交通运输、财政、自然资源和规划、公安、市场监管等部门以及海关、铁路等单位，按照各自职责做好相关工作。"),
    ("art", "中欧班列（郑州）运营平台企业应当遵守下列规定："),
    ("x", "坚持市场化运营，提升班列开行质量和效益；"),
    ("x", "执行公开透明的运价和服务规则；"),
    ("x", "不得以不正当手段开展竞争；"),
    ("x", "按照规定报送班列开行、货源结构等数据。"),
    ("ch", "第二章　通道与枢纽建设"),
    ("art", "支持拓展中欧班列（郑州）国际线路，巩固郑州至汉堡、列日、莫斯科、阿拉木图等线路，加密至中亚、欧洲的班列开行频次。"),
    ("art", "加快中欧班列（郑州）集结中心建设，完善以下功能："),
    ("x", "国际货物集结、分拨和中转功能；"),
    ("x", "海关监管、检验检疫和多式联运转运功能；"),
    ("x", "冷链、危险品等专业化运输功能；"),
    ("x", "贸易、金融、信息等综合服务功能。"),
    ("art", "推动中欧班列与郑州航空港经济综合实验区航空货运、跨境电子商务等业务融合发展，发展“空铁联运”“海铁联运”等多式联运模式。"),
    ("art", "支持郑州经开综合保税区、郑州新郑综合保税区与中欧班列（郑州）联动发展，开展保税物流、保税维修等业务。"),
    ("ch", "第三章　服务保障"),
    ("art", "海关应当优化中欧班列货物监管模式，推广“一单制”“铁路快通”等便利化措施。"),
    ("art", "市财政部门应当统筹安排资金，对中欧班列（郑州）集结中心建设、新线路开拓和回程班列组织等给予支持。具体支持办法由市发展改革部门会同市财政部门另行制定。"),
    ("art", "鼓励金融机构依托中欧班列运输单证开展融资业务，探索铁路运输单证物权化，为企业提供仓单质押、运费融资等服务。"),
    ("art", "市场监管部门应当会同有关部门建立中欧班列（郑州）品牌保护机制，依法查处假冒中欧班列（郑州）名称和标识的行为。"),
    ("art", "有关部门应当加强中欧班列（郑州）运输安全管理，建立突发事件应急处置机制。"),
    ("k", "运营平台企业应当落实安全生产主体责任，定期开展安全隐患排查治理。"),
    ("ch", "第四章　附　　则"),
    ("art", "本规定自2026年1月1日起施行，有效期至2030年12月31日。2019年3月1日起施行的《郑州市中欧班列运营管理暂行办法》（郑州市人民政府令第231号）同时废止。"),
]


def expected_clauses(body):
    out = []
    a = 0
    x = 0
    for kind, text in body:
        if kind == "art":
            a += 1
            x = 0
            out.append("第%s条　%s" % (cn_num(a), text))
        elif kind == "k":
            out.append(text)
        elif kind == "x":
            x += 1
            out.append("（%s）%s" % (cn_num(x), text))
    return out


# ------------------------------------------------------------- doc 1: Xi'an
def make_xian(path):
    doc = new_doc()
    sec = doc.sections[0]
    add_page_number(sec)
    empty(doc)
    para(doc, [("西安市人民政府令", XBS, 40, False, RED)], WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=48)
    empty(doc)
    p = para(doc, [("第158号", FS, 16)], WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_line(p)
    empty(doc)
    para(doc, [("《西安市跨境电子商务发展促进办法》已经2025年3月6日市人民政府第105次常务会议审议通过，现予公布，自2025年5月1日起施行。", FS, 16)])
    empty(doc)
    empty(doc)
    # signature block as borderless layout table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "")
    cell_text(t.cell(0, 1), "市长　李春林", align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.cell(1, 0), "")
    cell_text(t.cell(1, 1), "2025年3月20日", align=WD_ALIGN_PARAGRAPH.CENTER)
    page_break(doc)

    para(doc, [("西安市跨境电子商务发展促进办法", XBS, 22)], WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=36, after=6)
    para(doc, [("（2025年3月6日市人民政府第105次常务会议审议通过　2025年3月20日西安市人民政府令第158号公布　自2025年5月1日起施行）", KT, 14)],
         WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=12)
    a = 0
    x = 0
    for kind, text in XIAN_BODY:
        if kind == "ch":
            empty(doc)
            para(doc, [(text, HT, 16)], WD_ALIGN_PARAGRAPH.CENTER, indent=False)
            empty(doc)
        elif kind == "art":
            a += 1
            x = 0
            label = "第%s条" % cn_num(a)
            if a == 11:  # soft line break typed mid-sentence
                text = text.replace("海关特殊监管区域", "海关特殊\n监管区域")
            # label as bold 黑体 run, space in its own run
            para(doc, [(label, HT, 16, True), ("　", FS, 16), (text, FS, 16)],
                 WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "k":
            para(doc, [(text, FS, 16)], WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "x":
            x += 1
            para(doc, [("（%s）" % cn_num(x), FS, 16), (text, FS, 16)],
                 WD_ALIGN_PARAGRAPH.JUSTIFY)
    doc.save(path)


# ----------------------------------------------------------- doc 2: Ningbo
def make_ningbo(path):
    doc = new_doc()
    sec = doc.sections[0]
    add_page_number(sec)
    numbering = Numbering(doc)
    art_abs = numbering.abstract("第%1条　")
    art_num = numbering.num(art_abs, restart=False)

    # 令 head: table with red text, red bottom border on the cell
    t = doc.add_table(rows=1, cols=1)
    no_borders(t)
    c = t.cell(0, 0)
    p = c.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60)
    r = p.add_run("宁波市人民政府令")
    set_font(r, XBS, 42, False, RED)
    p2 = c.add_paragraph()
    fmt(p2, WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=12, after=6)
    r = p2.add_run("第 270 号")
    set_font(r, FS, 16)
    red_line(p2, 24)
    empty(doc)
    para(doc, [("《宁波市综合保税区管理办法》已经2024年12月6日市人民政府第60次常务会议审议通过，现予公布，自2025年2月1日起施行。", FS, 16)])
    empty(doc)
    empty(doc)
    # manual spaces for right alignment
    para(doc, [("                              市　长　陈志远", FS, 16)], indent=False)
    para(doc, [("                              2024年12月18日", FS, 16)], indent=False)
    page_break(doc)

    para(doc, [("宁波市综合保税区管理办法", XBS, 22)], WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=36, after=18)
    x = 0
    for kind, text in NINGBO_BODY:
        if kind == "ch":
            para(doc, [(text, HT, 16, True)], WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                 before=12, after=12)
        elif kind == "art":
            x = 0
            p = para(doc, [(text, FS, 16)], WD_ALIGN_PARAGRAPH.JUSTIFY)
            apply_num(p, art_num)  # 第X条　 produced by Word numbering
        elif kind == "k":
            para(doc, [(text, FS, 16)], WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "x":
            x += 1
            # half-typed: number typed by hand
            para(doc, [("（%s）%s" % (cn_num(x), text), FS, 16)], WD_ALIGN_PARAGRAPH.JUSTIFY)

    # 版记 at the end of the printed red-head version
    empty(doc)
    empty(doc)
    bt = doc.add_table(rows=2, cols=1)
    no_borders(bt)
    cell_text(bt.cell(0, 0), "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院，宁波海关。", size=14)
    p = bt.cell(1, 0).paragraphs[0]
    fmt(p, indent=False)
    r = p.add_run("宁波市人民政府办公厅　　　　　　　　　2024年12月19日印发")
    set_font(r, FS, 14)
    set_cell_border(bt.cell(0, 0), top=("single", 12), bottom=("single", 4))
    set_cell_border(bt.cell(1, 0), bottom=("single", 12))
    doc.save(path)


# -------------------------------------------------------- doc 3: Zhengzhou
def make_zhengzhou(path):
    doc = new_doc()
    sec = doc.sections[0]
    add_page_number(sec)
    numbering = Numbering(doc)
    item_abs = numbering.abstract("（%1）")

    empty(doc)
    para(doc, [("郑州市人民政府令", XBS, 40, True, RED)], WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=48)
    empty(doc)
    p = para(doc, [("第", FS, 16), ("262", "Times New Roman", 16), ("号", FS, 16)],
             WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    red_line(p)
    empty(doc)
    para(doc, [("《郑州市促进中欧班列（郑州）高质量发展若干规定》已经2025年11月14日市人民政府第96次常务会议审议通过，现予\n公布，自2026年1月1日起施行。", FS, 16)])
    empty(doc)
    para(doc, [("市长　", HT, 16), ("赵　明", KT, 16)], WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, [("二〇二五年十一月二十八日", FS, 16)], WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    page_break(doc)

    # title split over two paragraphs
    para(doc, [("郑州市促进中欧班列（郑州）", XBS, 22)], WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=36)
    para(doc, [("高质量发展若干规定", XBS, 22)], WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, line=36, after=12)
    a = 0
    cur_num = None
    for kind, text in ZZ_BODY:
        if kind == "ch":
            para(doc, [(text, HT, 16)], WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                 before=12, after=12)
        elif kind == "art":
            a += 1
            cur_num = None
            label = "第%s条" % cn_num(a)
            if a == 12:
                # label typed, then ordinary text, with a soft break inside the sentence
                text = text.replace("名称和标识", "名称\n和标识")
            para(doc, [(label + "　", HT, 16), (text, FS, 16)], WD_ALIGN_PARAGRAPH.JUSTIFY)
            if a in (5, 9):
                empty(doc)
        elif kind == "k":
            para(doc, [(text, FS, 16)], WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif kind == "x":
            if cur_num is None:
                cur_num = numbering.num(item_abs, restart=True)
            p = para(doc, [(text, FS, 16)], WD_ALIGN_PARAGRAPH.JUSTIFY)
            apply_num(p, cur_num)  # （一）… from Word numbering, restarts per list
    doc.save(path)


def meta(title, num, issuer, date, region, effective, expires, doc_type, repeals):
    return {
        "title": title,
        "doc_number": num,
        "issuer": issuer,
        "date": date,
        "published": date,
        "level": "municipal",
        "region": region,
        "effective": effective,
        "expires": expires,
        "attachments": [],
        "doc_type": doc_type,
        "recipients": [],
        "publicity": None,
        "repeals": repeals,
    }


def to_pdf(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_561", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main():
    files = {
        "blind561_xian_ling": make_xian,
        "blind561_ningbo_ling": make_ningbo,
        "blind561_zhengzhou_ling": make_zhengzhou,
    }
    for stem, fn in files.items():
        path = os.path.join(HERE, stem + ".docx")
        fn(path)
        to_pdf(path)

    expected = {
        "blind561_xian_ling": [{
            "meta": meta("西安市跨境电子商务发展促进办法", "西安市人民政府令第158号",
                         ["西安市人民政府"], "2025-03-20", "西安市", "2025-05-01", None, "办法",
                         "《西安市跨境电子商务管理暂行办法》（市政府令第129号）"),
            "clauses": expected_clauses(XIAN_BODY),
        }],
        "blind561_ningbo_ling": [{
            "meta": meta("宁波市综合保税区管理办法", "宁波市人民政府令第270号",
                         ["宁波市人民政府"], "2024-12-18", "宁波市", "2025-02-01", None, "办法",
                         "《宁波出口加工区管理办法》（宁波市人民政府令第138号）"),
            "clauses": expected_clauses(NINGBO_BODY),
        }],
        "blind561_zhengzhou_ling": [{
            "meta": meta("郑州市促进中欧班列（郑州）高质量发展若干规定", "郑州市人民政府令第262号",
                         ["郑州市人民政府"], "2025-11-28", "郑州市", "2026-01-01", "2030-12-31",
                         "规定",
                         "《郑州市中欧班列运营管理暂行办法》（郑州市人民政府令第231号）"),
            "clauses": expected_clauses(ZZ_BODY),
        }],
    }
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
