# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 602: municipal 2026 FTZ 工作要点 issued by a 市政府办公室 通知."""
import json
import os
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, font, size, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:ascii"), font)
    rfonts.set(qn("w:hAnsi"), font)


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    return p


def para(doc, parts, align=None, indent=True, exact=28, before=0, after=0):
    """parts: list of (text, font, size, bold) or a plain string (仿宋 三号)."""
    p = doc.add_paragraph()
    fmt(p, align, indent, exact, before, after)
    if isinstance(parts, str):
        parts = [(parts, FS, 16, False)]
    for t in parts:
        text, font, size, bold = t[:4]
        color = t[4] if len(t) > 4 else None
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def empty(doc, exact=28):
    p = doc.add_paragraph()
    fmt(p, indent=False, exact=exact)
    return p


def border(p, side="bottom", sz=18, color="FF0000"):
    pPr = p._p.get_or_add_pPr()
    bdr = pPr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        pPr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_setup(doc):
    for s in doc.sections:
        s.page_width = Mm(210)
        s.page_height = Mm(297)
        s.top_margin = Mm(37)
        s.bottom_margin = Mm(35)
        s.left_margin = Mm(28)
        s.right_margin = Mm(26)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def page_numbers(doc, align=WD_ALIGN_PARAGRAPH.CENTER):
    for s in doc.sections:
        p = s.footer.paragraphs[0]
        p.alignment = align
        r = p.add_run("— ")
        set_font(r, "宋体", 14)
        r = p.add_run()
        set_font(r, "宋体", 14)
        add_field(r, "PAGE")
        r = p.add_run(" —")
        set_font(r, "宋体", 14)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def bji_borders(table):
    """版记 table: thick top/bottom lines, thin inner horizontal line, no verticals."""
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, val, sz in (("top", "single", 12), ("left", "nil", 0), ("bottom", "single", 12),
                          ("right", "nil", 0), ("insideH", "single", 6), ("insideV", "nil", 0)):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        if sz:
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, font=FS, size=14, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False):
    p = cell.paragraphs[0]
    fmt(p, align, indent=False, exact=24)
    if indent:
        p.paragraph_format.left_indent = Pt(14)
    r = p.add_run(text)
    set_font(r, font, size)
    return p


def add_numbering(doc, num_id=602, abs_id=602):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:suff", "nothing"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), FS)
    rf.set(qn("w:hAnsi"), FS)
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    num.append(an)
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.insert(0, numPr)


# ---------------------------------------------------------------- item model
# item = dict(h=run-in heading, b=body, u=units bracket, m=mode, s=[sub-items])
# mode: "in" bracket inline; "own" bracket on own paragraph in 楷体; "br" bracket after a soft line break
def I(h, b, u, m="in", s=None):
    return {"h": h, "b": b, "u": u, "m": m, "s": s or []}


def item_clauses(n, it):
    head = f"{n}.{it['h']}{it['b']}"
    if not it["s"]:
        return [head + it["u"]]
    out = [head]
    for k, sub in enumerate(it["s"]):
        out.append(sub + (it["u"] if k == len(it["s"]) - 1 else ""))
    return out


# ================================================================ HEFEI
HF_TITLE_YD = "合肥市2026年自贸试验区建设工作要点"
HF_TITLE = "合肥市人民政府办公室关于印发合肥市2026年自贸试验区建设工作要点的通知"
HF_NOTICE_BODY = [
    "《合肥市2026年自贸试验区建设工作要点》已经市政府同意，现印发给你们，请结合实际，认真抓好贯彻落实。",
    "各牵头单位要切实履行主体责任，会同配合单位细化工作举措，明确时间表、路线图，确保各项任务落地见效。"
    "请各牵头单位于每季度最后一个月20日前将工作进展情况报送市自贸试验区建设工作领导小组办公室（设在市商务局），"
    "全年工作总结于2026年12月10日前报送。",
]
HF_INTRO = ("2026年是“十五五”规划开局之年，也是中国（安徽）自由贸易试验区深化提升的关键之年。为深入贯彻落实党中央、"
            "国务院关于实施自由贸易试验区提升战略的决策部署，按照省委、省政府工作要求，高标准推进中国（安徽）自由贸易试验区"
            "合肥片区（以下简称合肥片区）和联动创新区建设，制定本工作要点。")

HF_SECTIONS = [
    ("一、深化投资领域改革", [
        I("落实外商投资准入负面清单。",
          "全面落实外商投资准入前国民待遇加负面清单管理制度，用足用好鼓励外商投资产业目录，推动外资企业在合肥片区新设研发中心、功能性总部。全年合肥片区实际使用外资力争达到8亿美元。",
          "（责任单位：市商务局、市发展改革委、合肥高新区管委会；完成时限：2026年12月底前）"),
        I("深化外商投资促进服务。",
          "健全外资企业圆桌会议制度，每季度至少召开1次外资企业座谈会，协调解决企业诉求。建立重点外资项目“一对一”服务专员机制，推动在谈项目加快签约落地。",
          "（责任单位：市投资促进局、市商务局；完成时限：持续推进）"),
        I("推进企业开办“一件事”改革。",
          "拓展企业开办全程网办覆盖面，实现营业执照、印章刻制、涉税事项、社保登记、公积金缴存登记等事项一表申请、一日办结。",
          "（责任单位：市市场监管局、市数据资源局、市公安局、市税务局、市人力资源社会保障局、合肥住房公积金管理中心；完成时限：2026年6月底前）"),
        I("开展工程建设项目审批制度改革试点。",
          "在合肥片区推行“拿地即开工”“验收即拿证”审批模式，探索社会投资低风险产业类项目豁免施工图审查，工程建设项目审批全流程时间压减至60个工作日以内。",
          "（责任单位：市住房城乡建设局、市自然资源和规划局、市数据资源局；完成时限：2026年9月底前）"),
        I("深化产业用地市场化配置改革。",
          "推行工业用地“标准地”出让，探索混合产业用地供给和“弹性年期”供应方式，全年盘活低效工业用地不少于1000亩。",
          "（责任单位：市自然资源和规划局、合肥高新区管委会、合肥经开区管委会；完成时限：2026年12月底前）", "br"),
        I("推动境外投资便利化。",
          "完善境外投资服务平台功能，为企业“走出去”提供政策咨询、风险预警、法律服务等“一站式”服务，支持企业参与共建“一带一路”国家和地区产能合作。",
          "（责任单位：市商务局、市发展改革委、市司法局；完成时限：持续推进）"),
        I("探索科技成果转化机制创新。",
          "深化职务科技成果赋权改革，支持高校院所开展“先使用后付费”许可试点，新建概念验证中心和中试基地5家以上，推动更多科技成果在合肥片区就地转化。",
          "（责任单位：市科技局、合肥高新区管委会；完成时限：2026年12月底前）"),
        I("加强外资项目要素保障。",
          "对纳入省市重点外资项目库的项目，在用地、用能、环评等方面予以优先保障，推动总投资1亿美元以上外资项目加快建设。",
          "（责任单位：市发展改革委、市自然资源和规划局、市生态环境局、市商务局；完成时限：持续推进）"),
    ]),
    ("二、提升贸易便利化水平", [
        I("深化国际贸易“单一窗口”建设。",
          "推动“单一窗口”功能向国际贸易全链条延伸，拓展通关物流、出口退税、跨境结算等特色应用，主要业务应用率保持100%。",
          "（责任单位：市交通运输局（市口岸办）、合肥海关、市税务局；完成时限：2026年12月底前）"),
        I("推进通关模式改革。",
          "推广“提前申报”“两步申报”“船边直提”“抵港直装”等便利化措施，巩固压缩整体通关时间成效，进口、出口整体通关时间分别控制在30小时、1.5小时以内。",
          "（责任单位：合肥海关、市交通运输局（市口岸办）；完成时限：持续推进）"),
        I("提升综合保税区发展水平。",
          "支持合肥综合保税区、合肥经济技术开发区综合保税区、合肥空港综合保税区开展保税研发、保税维修、保税检测等新业态，推动“保税+”业务扩容增效，全年综合保税区进出口额增长10%以上。",
          "（责任单位：合肥经开区管委会、合肥空港经济示范区管委会、合肥海关、市商务局；完成时限：2026年12月底前）"),
        I("提升跨境电商发展能级。",
          "推动中国（合肥）跨境电子商务综合试验区提质扩面，重点做好以下工作：",
          "（责任单位：市商务局、合肥海关、市税务局、市邮政管理局；完成时限：2026年12月底前）", "in",
          ["（1）支持跨境电商企业建设海外仓，新增省级以上公共海外仓2个以上；",
           "（2）推广跨境电商“9610”“9710”“9810”“1210”监管模式，扩大跨境电商B2B出口规模；",
           "（3）培育跨境电商产业园区和品牌企业，全年跨境电商进出口额增长15%以上。"]),
        I("提升中欧班列运营质效。",
          "稳定开行合肥至中亚、欧洲方向中欧班列线路，拓展“中欧班列+跨境电商”“中欧班列+海铁联运”模式，推动回程班列货源组织，全年开行中欧班列800列以上。",
          "（责任单位：市交通运输局（市口岸办）、市国资委、合肥海关；完成时限：2026年12月底前）"),
        I("发展新型离岸国际贸易。",
          "建立新型离岸国际贸易企业“白名单”制度，支持银行为真实合规的离岸转手买卖、全球采购等业务提供跨境资金结算便利。",
          "（责任单位：市商务局、人民银行安徽省分行、市委金融办；完成时限：2026年9月底前）"),
        I("推动服务贸易创新发展。",
          "发展数字贸易、技术贸易、文化贸易，支持合肥片区企业承接国际服务外包业务，培育服务贸易重点企业20家以上。",
          "（责任单位：市商务局、市科技局、市文化和旅游局；完成时限：持续推进）"),
        I("扩大先进技术和设备进口。",
          "支持在合肥片区建设进口商品展示交易中心，用好进口贴息政策，扩大先进技术、重要设备和关键零部件进口。",
          "（责任单位：市商务局、市财政局、合肥海关；完成时限：2026年12月底前）", "br"),
        I("优化口岸功能布局。",
          "推动合肥新桥国际机场航空口岸扩大开放，加快建设进境水果、冰鲜水产品等指定监管场地，新开通国际全货机航线2条以上。",
          "（责任单位：市交通运输局（市口岸办）、合肥空港经济示范区管委会、合肥海关；完成时限：2026年12月底前）"),
    ]),
    ("三、推进金融开放创新", [
        I("深化跨境贸易投资高水平开放试点。",
          "在合肥片区推广跨境贸易投资高水平开放试点政策，扩大优质企业贸易外汇收支便利化覆盖面，便利企业境外融资和外资项下资金使用。",
          "（责任单位：国家外汇管理局安徽省分局、人民银行安徽省分行、市委金融办；完成时限：2026年12月底前）", "own"),
        I("推动科技金融创新。",
          "深化科创金融改革试验区建设，推广“贷款+外部直投”“认股权贷款”等产品，全年知识产权质押融资金额突破80亿元。",
          "（责任单位：市委金融办、市科技局、市市场监管局（市知识产权局）；完成时限：持续推进）", "own"),
        I("发展跨境人民币业务。",
          "推动经常项目和资本项目跨境人民币结算便利化，支持企业在跨境贸易和投资中优先使用人民币计价结算。",
          "（责任单位：人民银行安徽省分行、市商务局；完成时限：持续推进）", "own"),
        I("壮大股权投资基金规模。",
          "发挥市天使投资基金、种子投资基金引导作用，稳妥推进合格境外有限合伙人（QFLP）试点，吸引外资股权投资机构在合肥片区集聚。",
          "（责任单位：市委金融办、市国资委、市财政局；完成时限：2026年12月底前）", "own"),
        I("拓展供应链金融服务。",
          "支持金融机构依托核心企业开展应收账款融资、仓单质押融资等业务，为中欧班列、跨境电商企业提供运费融资和出口信用保险服务。",
          "（责任单位：市委金融办、国家金融监督管理总局安徽监管局、中国出口信用保险公司安徽分公司；完成时限：持续推进）", "own"),
        I("推进数字人民币试点应用。",
          "在合肥片区拓展数字人民币在跨境支付、政务服务、公共交通等领域的应用场景。",
          "（责任单位：人民银行安徽省分行、市委金融办、市数据资源局；完成时限：2026年12月底前）", "own"),
        I("加强金融风险防控。",
          "健全跨部门金融风险监测预警机制，加强对新型离岸国际贸易、跨境资金流动等领域的监测分析，守住不发生系统性金融风险底线。",
          "（责任单位：市委金融办、人民银行安徽省分行、国家外汇管理局安徽省分局；完成时限：持续推进）", "own"),
    ]),
    ("四、推动重点产业集聚发展", [
        I("打造集成电路产业集群。",
          "支持合肥片区集成电路企业开展保税研发和进口设备集中申报，推动晶圆制造、封装测试、装备材料全产业链发展。",
          "（责任单位：市发展改革委、市经济和信息化局、合肥高新区管委会、合肥海关；完成时限：2026年12月底前）"),
        I("壮大新能源汽车产业。",
          "支持整车企业拓展海外市场，推动二手车出口业务扩容提质，全年新能源汽车出口力争突破20万辆。",
          "（责任单位：市经济和信息化局、市商务局、合肥经开区管委会、合肥海关；完成时限：2026年12月底前）"),
        I("发展人工智能和量子信息产业。",
          "高水平建设中国声谷，推进通用人工智能场景开放，支持量子计算、量子通信企业承接国际合作项目，培育未来产业新增长点。",
          "（责任单位：市科技局、市数据资源局、合肥高新区管委会；完成时限：持续推进）"),
        I("推动生物医药产业创新。",
          "争取开展生物医药研发用物品进口“白名单”试点，优化特殊物品入境检疫流程，支持创新药品、医疗器械加快上市。",
          "（责任单位：市卫生健康委、市市场监管局、合肥海关、合肥高新区管委会；完成时限：2026年12月底前）"),
        I("培育空天信息产业。",
          "依托合肥空天信息产业基地，推动卫星互联网、遥感应用等领域企业集聚，支持开展卫星数据跨境服务试点。",
          "（责任单位：市发展改革委、市经济和信息化局、合肥高新区管委会；完成时限：2026年12月底前）", "br"),
        I("推进联动创新区协同发展。",
          "落实省自贸试验区联动创新区建设要求，重点推进以下工作：",
          "（责任单位：市商务局、合肥经开区管委会、合肥新站高新区管委会、合肥空港经济示范区管委会；完成时限：2026年12月底前）", "in",
          ["（1）推动合肥经开区、合肥新站高新区、合肥空港经济示范区复制推广合肥片区制度创新成果，全年复制推广不少于30项；",
           "（2）建立合肥片区与联动创新区项目信息共享、利益分享机制，推动产业链上下游协同布局。"]),
        I("发展现代物流产业。",
          "加快合肥国际陆港、合肥新桥国际机场航空物流园建设，推进公铁水空多式联运，培育具有国际竞争力的供应链服务企业。",
          "（责任单位：市交通运输局（市口岸办）、市发展改革委、合肥空港经济示范区管委会；完成时限：持续推进）"),
        I("推动数据跨境流动便利化。",
          "探索制定合肥片区数据出境负面清单，开展数据出境安全评估申报辅导，支持重点企业合规开展数据跨境传输。",
          "（责任单位：市委网信办、市数据资源局、市商务局；完成时限：2026年10月底前）"),
        I("促进绿色低碳发展。",
          "推进重点出口产品碳足迹核算，支持出口企业应对欧盟碳边境调节机制，开展绿色电力交易和碳排放权交易服务。",
          "（责任单位：市生态环境局、市发展改革委、市商务局；完成时限：2026年12月底前）"),
    ]),
    ("五、打造一流营商环境", [
        I("深化“放管服”改革。",
          "做好省级赋权事项承接工作，完善赋权事项运行评估机制，推动更多政务服务事项“一网通办”“跨省通办”。",
          "（责任单位：市委编办、市数据资源局、市司法局；完成时限：持续推进）"),
        I("推进信用监管创新。",
          "健全以信用为基础的新型监管机制，推行信用报告代替无违法违规证明，优化信用修复流程。",
          "（责任单位：市发展改革委、市市场监管局；完成时限：2026年9月底前）"),
        I("加强知识产权保护。",
          "发挥中国（合肥）知识产权保护中心作用，为合肥片区企业提供专利快速预审、快速确权、快速维权服务，健全海外知识产权纠纷应对指导机制。",
          "（责任单位：市市场监管局（市知识产权局）、市中级人民法院；完成时限：持续推进）"),
        I("完善涉外法律服务。",
          "支持合肥仲裁委员会国际仲裁院发展，培育国际商事调解组织，为企业提供跨境投资、贸易合规等法律服务。",
          "（责任单位：市司法局、合肥仲裁委员会；完成时限：2026年12月底前）"),
        I("优化外籍人才服务。",
          "推行外国人来华工作许可和居留许可“一件事”办理，为符合条件的外籍高层次人才提供出入境、停居留便利。",
          "（责任单位：市科技局、市公安局、市人力资源社会保障局；完成时限：2026年6月底前）"),
        I("推进包容审慎监管。",
          "在市场监管、生态环境、交通运输等领域推行“免罚轻罚”清单，对新技术、新产业、新业态、新模式实行包容审慎监管。",
          "（责任单位：市司法局、市市场监管局、市生态环境局、市交通运输局；完成时限：持续推进）"),
        I("健全企业诉求直达机制。",
          "依托12345政务服务便民热线和“企业服务直通车”，建立企业诉求收集、转办、反馈闭环机制，诉求按期办结率保持在98%以上。",
          "（责任单位：市数据资源局、市工商联；完成时限：持续推进）"),
    ]),
    ("六、强化组织实施和风险防控", [
        I("加强统筹协调。",
          "充分发挥市自贸试验区建设工作领导小组作用，定期召开领导小组会议，研究解决合肥片区建设中的重大问题。",
          "（责任单位：市商务局（市自贸办）；完成时限：持续推进）", "own"),
        I("强化制度创新。",
          "建立制度创新成果培育、评估、推广工作机制，全年形成制度创新成果不少于20项，争取2项以上在全国复制推广。",
          "（责任单位：市商务局、合肥高新区管委会、各有关单位；完成时限：2026年12月底前）", "own"),
        I("加强评估考核。",
          "将自贸试验区建设工作纳入年度目标管理绩效考核，适时开展第三方评估，评估结果作为考核的重要依据。",
          "（责任单位：市委目标办、市商务局；完成时限：2026年12月底前）", "own"),
        I("加大宣传推介力度。",
          "利用各类媒体平台宣传合肥片区改革创新成效，在中国（安徽）国际徽商大会、世界制造业大会等活动期间开展专题推介。",
          "（责任单位：市委宣传部、市商务局、市投资促进局；完成时限：持续推进）", "own"),
        I("健全风险防控体系。",
          "建立自贸试验区风险防控清单，对投资、贸易、金融、数据、生态等领域风险点实施动态监测，及时研判处置苗头性、倾向性问题。",
          "（责任单位：市商务局、市委金融办、市委网信办、合肥海关、市市场监管局；完成时限：持续推进）", "own"),
    ]),
]


def build_hefei():
    doc = Document()
    page_setup(doc)
    # 版头
    empty(doc)
    p = para(doc, [("合肥市人民政府办公室文件", XBS, 34, False, RED)],
             align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=None)
    p.paragraph_format.space_before = Pt(12)
    empty(doc)
    p = para(doc, "合政办〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", 24, "FF0000")
    empty(doc)
    empty(doc)
    # title with soft line break (single paragraph)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    r = p.add_run("合肥市人民政府办公室关于印发合肥市")
    set_font(r, XBS, 22)
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("2026年自贸试验区建设工作要点的通知")
    set_font(r, XBS, 22)
    empty(doc)
    para(doc, "各县（市）、区人民政府，各开发区管委会，市政府各部门、各直属机构：", indent=False)
    for t in HF_NOTICE_BODY:
        para(doc, t)
    empty(doc)
    # 附件 list, hanging typed with spaces
    para(doc, "附件：合肥市2026年自贸试验区建设工作要点")
    empty(doc)
    empty(doc)
    empty(doc)
    # 落款 with manual full-width spaces
    para(doc, "\u3000" * 11 + "合肥市人民政府办公室", indent=False)
    para(doc, "\u3000" * 13 + "2026年2月12日", indent=False)
    para(doc, "（此件公开发布）")
    doc.add_page_break()

    # ----- 附件
    para(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc)
    para(doc, [(HF_TITLE_YD, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc)
    para(doc, HF_INTRO)
    n = 0
    for sec, items in HF_SECTIONS:
        para(doc, [(sec, HT, 16, False)])
        for it in items:
            n += 1
            p = doc.add_paragraph()
            fmt(p)
            r = p.add_run(f"{n}.{it['h']}")
            set_font(r, FS, 16, bold=True)
            r = p.add_run(it["b"])
            set_font(r, FS, 16)
            if it["s"]:
                for k, sub in enumerate(it["s"]):
                    txt = sub + (it["u"] if k == len(it["s"]) - 1 else "")
                    para(doc, txt)
                continue
            if it["m"] == "in":
                r = p.add_run(it["u"])
                set_font(r, FS, 16)
            elif it["m"] == "br":
                r.add_break(WD_BREAK.LINE)
                r = p.add_run(it["u"])
                set_font(r, KT, 16)
            else:  # own paragraph in 楷体
                para(doc, [(it["u"], KT, 16, False)])
    assert n == 45, n
    empty(doc)
    empty(doc)
    # 版记 as a layout table
    t = doc.add_table(rows=2, cols=2)
    bji_borders(t)
    a, b = t.rows[0].cells
    m = a.merge(b)
    cell_text(m, "抄送：市委各部门，合肥警备区，市人大常委会办公厅，市政协办公厅，市监委，市中级人民法院，市人民检察院。", indent=True)
    cell_text(t.rows[1].cells[0], "合肥市人民政府办公室", indent=True)
    cell_text(t.rows[1].cells[1], "2026年2月12日印发", align=WD_ALIGN_PARAGRAPH.RIGHT)
    page_numbers(doc)

    notice_clauses = list(HF_NOTICE_BODY)
    yd = [HF_INTRO]
    n = 0
    for sec, items in HF_SECTIONS:
        for it in items:
            n += 1
            yd += item_clauses(n, it)
    recipients = ["各县（市）、区人民政府", "各开发区管委会", "市政府各部门、各直属机构"]
    expected = [
        {"meta": {
            "title": HF_TITLE,
            "doc_number": "合政办〔2026〕3号",
            "issuer": ["合肥市人民政府办公室"],
            "date": "2026-02-12",
            "published": None,
            "level": "municipal",
            "region": "合肥市",
            "effective": None,
            "expires": None,
            "attachments": [HF_TITLE_YD],
            "doc_type": "通知",
            "recipients": recipients,
            "publicity": "此件公开发布",
            "repeals": None},
         "clauses": notice_clauses},
        {"meta": {
            "title": HF_TITLE_YD,
            "doc_number": None,
            "issuer": ["合肥市人民政府办公室"],
            "date": "2026-02-12",
            "published": None,
            "level": "municipal",
            "region": "合肥市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "工作要点",
            "recipients": [],
            "publicity": None,
            "repeals": None},
         "clauses": yd},
    ]
    return doc, expected


# ================================================================ ZHENGZHOU
ZZ_TITLE_YD = "郑州市2026年自贸试验区建设工作要点"
ZZ_TITLE = "郑州市人民政府办公室关于印发郑州市2026年自贸试验区建设工作要点的通知"
ZZ_NOTICE_BODY = [
    "现将《郑州市2026年自贸试验区建设工作要点》印发给你们，请结合工作实际，认真抓好落实。",
    "各责任单位要对照工作要点，细化工作措施，明确时间节点，确保各项任务按期完成。工作推进中遇到的重大问题，"
    "要及时报告市自贸试验区建设工作领导小组办公室。请于2026年6月20日、12月20日前分别将半年、全年工作进展情况报送市商务局。",
    "联系人：市商务局自贸试验区工作处　李敏；联系电话：0371-67188265",
]
ZZ_INTRO = ("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署和省委、省政府工作要求，"
            "全面推进中国（河南）自由贸易试验区郑州片区（以下简称郑州片区）2.0版建设，"
            "加快打造内陆地区制度型开放高地，结合我市实际，制定本工作要点。")

ZZ_SECTIONS = [
    ("一、深化制度型开放", [
        I("对接国际高标准经贸规则。",
          "围绕货物贸易、服务贸易、数字贸易、知识产权、政府采购等领域，对标国际高标准经贸规则开展压力测试，全年形成首创性制度创新成果15项以上。",
          "（责任单位：市商务局、郑州片区管委会；完成时限：2026年12月底前）", "own"),
        I("推进自贸试验区2.0版建设。",
          "落实省自贸试验区2.0版建设实施方案，围绕“两体系、一枢纽”战略定位，谋划实施一批标志性改革事项和重大项目。",
          "（责任单位：郑州片区管委会、市发展改革委、市商务局；完成时限：持续推进）", "own"),
        I("放宽外商投资市场准入。",
          "全面落实外商投资准入负面清单，推动增值电信、医疗、教育等领域扩大开放措施落地，全年郑州片区新设外商投资企业60家以上。",
          "（责任单位：市商务局、市市场监管局、郑州片区管委会；完成时限：2026年12月底前）"),
        I("深化商事制度改革。",
          "深化“证照分离”改革全覆盖，推行经营主体登记确认制和歇业备案制度，探索经营主体除名制度。",
          "（责任单位：市市场监管局、市政务服务办；完成时限：2026年9月底前）", "own"),
        I("提升政务服务效能。",
          "推进“高效办成一件事”重点事项清单落地，在郑州片区政务服务中心设立自贸试验区综合窗口，实现涉企事项“一窗受理、集成服务”。",
          "（责任单位：市政务服务办、郑州片区管委会；完成时限：2026年6月底前）"),
        I("完善改革创新激励机制。",
          "建立首创性改革容错纠错机制，对取得突出成效的制度创新案例给予表扬激励，营造敢闯敢试、敢为人先的良好氛围。",
          "（责任单位：郑州片区管委会、市商务局、市司法局；完成时限：持续推进）", "own"),
        I("加强开放平台联动。",
          "推动郑州片区与郑州航空港经济综合实验区、郑州国际陆港、中国（郑州）跨境电子商务综合试验区等开放平台政策叠加、功能互补、协同发展。",
          "（责任单位：市商务局、郑州航空港区管委会、郑州国际陆港管委会；完成时限：持续推进）", "own"),
    ]),
    ("二、建设国际物流枢纽", [
        I("推进“空中丝绸之路”扩线加密。",
          "支持郑州—卢森堡“空中丝绸之路”拓展航线网络，新开通国际货运航线3条以上，全年郑州机场货邮吞吐量力争达到90万吨。",
          "（责任单位：郑州航空港区管委会、市交通运输局；完成时限：2026年12月底前）", "own"),
        I("提升中欧班列集结中心能级。",
          "稳定运营中欧班列（中豫号）国际干线，拓展中亚、东南亚、欧洲方向线路网络，全年开行中欧班列2500列以上。",
          "（责任单位：郑州国际陆港管委会、市交通运输局、郑州海关、中国铁路郑州局集团有限公司；完成时限：2026年12月底前）", "own"),
        I("推进多式联运“一单制”改革。",
          "推广多式联运“一单制”“一箱制”，探索赋予多式联运单证物权凭证功能，支持企业开展以铁路运单为基础的融资业务。",
          "（责任单位：市交通运输局、市委金融办、郑州国际陆港管委会；完成时限：2026年12月底前）"),
        I("完善国际物流通道网络。",
          "重点推进以下工作：",
          "（责任单位：市交通运输局、郑州国际陆港管委会、郑州航空港区管委会；完成时限：2026年12月底前）", "in",
          ["（1）加快郑州国际陆港第二节点建设，提升集结分拨能力；",
           "（2）推动郑州至青岛港、连云港港、天津港海铁联运班列常态化开行，全年开行海铁联运班列1200列以上；",
           "（3）完善郑州至东盟跨境公路运输网络，稳定开行跨境公路班车。"]),
        I("推动“四路协同”发展。",
          "促进空中、陆上、网上、海上丝绸之路协同联动，推广“空陆联运”“空空中转”等模式，打造国际物流枢纽门户。",
          "（责任单位：市发展改革委、市交通运输局、市商务局；完成时限：持续推进）", "own"),
        I("发展冷链物流。",
          "支持建设国家骨干冷链物流基地，完善进口冷链食品追溯体系，拓展冷链班列和冷链航空运输业务。",
          "（责任单位：市发展改革委、市商务局、市市场监管局；完成时限：2026年12月底前）"),
        I("提升口岸开放功能。",
          "推进郑州航空口岸、郑州铁路口岸扩大开放，支持新增进口药品、医疗器械等指定监管场地，提升肉类、水果、冰鲜水产品等口岸运营效率。",
          "（责任单位：市政府口岸办、郑州海关、郑州航空港区管委会；完成时限：2026年12月底前）", "own"),
        I("优化口岸通关服务。",
          "深化“智慧海关”建设，推广“预约通关”“7×24小时通关”服务，进一步压缩进出口环节合规成本。",
          "（责任单位：郑州海关、市政府口岸办；完成时限：持续推进）"),
        I("推广物流数字化应用。",
          "推广电子运单、电子提单，建设航空物流公共信息平台，推动物流数据与海关、铁路、航空公司数据互联互通。",
          "（责任单位：市交通运输局、市大数据局、郑州航空港区管委会；完成时限：2026年10月底前）", "own"),
    ]),
    ("三、推动贸易高质量发展", [
        I("促进加工贸易提质升级。",
          "支持郑州新郑综合保税区、郑州经开综合保税区智能终端产业链延链补链，推动加工贸易向研发设计、检测维修、品牌营销等环节延伸。",
          "（责任单位：郑州航空港区管委会、郑州经开区管委会、市商务局、郑州海关；完成时限：持续推进）", "own"),
        I("扩大汽车出口。",
          "支持整车企业拓展“一带一路”沿线市场，推动二手车出口扩量提质，探索汽车出口铁路运输和滚装运输新模式。",
          "（责任单位：市商务局、市工业和信息化局、郑州经开区管委会、郑州海关；完成时限：2026年12月底前）"),
        I("推动跨境电商创新发展。",
          "深化中国（郑州）跨境电子商务综合试验区建设，重点做好以下工作：",
          "（责任单位：市商务局、郑州海关、市税务局、市邮政管理局；完成时限：2026年12月底前）", "in",
          ["（1）巩固跨境电商零售进口“1210”模式优势，拓展跨境电商进口药品和医疗器械试点；",
           "（2）支持企业在共建“一带一路”国家建设海外仓，新增公共海外仓3个以上；",
           "（3）培育跨境电商独立站和品牌出海企业，全年跨境电商交易额增长12%以上。"]),
        I("办好全球跨境电子商务大会。",
          "高标准筹办2026全球跨境电子商务大会，组织开展跨境电商供需对接、规则研讨等系列活动，扩大郑州跨境电商品牌影响力。",
          "（责任单位：市商务局、郑州片区管委会；完成时限：2026年6月底前）", "own"),
        I("发展服务贸易和服务外包。",
          "支持郑州片区企业承接软件信息、检验检测、工业设计等国际服务外包业务，培育服务贸易重点企业30家以上。",
          "（责任单位：市商务局、市科技局；完成时限：持续推进）"),
        I("培育数字贸易新业态。",
          "支持数字内容、云计算、跨境数据服务等企业集聚发展，探索建设数字贸易公共服务平台。",
          "（责任单位：市商务局、市委网信办、市大数据局；完成时限：2026年12月底前）", "own"),
        I("拓展保税维修业务。",
          "支持综合保税区内企业开展航空器材、智能终端等产品全球保税维修和再制造业务，争取新增保税维修产品目录。",
          "（责任单位：郑州海关、郑州航空港区管委会、市商务局；完成时限：2026年12月底前）"),
        I("扩大进口促进消费。",
          "依托进口贸易促进创新示范区，扩大优质消费品、先进技术设备进口，打造进口商品集散分拨中心。",
          "（责任单位：市商务局、郑州海关；完成时限：持续推进）", "own"),
        I("提升贸易合规服务水平。",
          "建立贸易摩擦预警和应对机制，为企业提供出口管制、技术性贸易措施等合规指导，全年开展合规培训10场次以上。",
          "（责任单位：市商务局、郑州海关、市市场监管局；完成时限：2026年12月底前）", "own"),
    ]),
    ("四、扩大金融服务实体经济", [
        I("推进跨境资金管理便利化。",
          "支持跨国公司开展本外币一体化资金池业务，扩大贸易外汇收支便利化试点覆盖面。",
          "（责任单位：国家外汇管理局河南省分局、人民银行河南省分行；完成时限：2026年12月底前）"),
        I("扩大跨境人民币使用。",
          "推动大宗商品贸易、跨境电商等领域跨境人民币结算，全年郑州片区跨境人民币结算量增长10%以上。",
          "（责任单位：人民银行河南省分行、市委金融办；完成时限：2026年12月底前）", "own"),
        I("发展融资租赁业务。",
          "支持在郑州航空港经济综合实验区开展飞机、航空发动机等大型设备跨境租赁业务，推动租赁资产跨境转让。",
          "（责任单位：市委金融办、郑州航空港区管委会、国家金融监督管理总局河南监管局；完成时限：持续推进）"),
        I("推动期货市场服务实体经济。",
          "支持郑州商品交易所扩大特定品种对外开放，引入境外交易者参与交易，推进期现结合业务发展。",
          "（责任单位：市委金融办、郑州片区管委会；完成时限：持续推进）", "own"),
        I("创新供应链金融服务。",
          "支持金融机构基于物流、贸易数据开展供应链融资，为中欧班列、跨境电商企业提供运费融资、仓单质押等金融服务。",
          "（责任单位：市委金融办、国家金融监督管理总局河南监管局；完成时限：持续推进）"),
        I("防范跨境金融风险。",
          "加强跨境资金流动监测，严厉打击地下钱庄、跨境赌博等违法违规行为，守牢金融风险底线。",
          "（责任单位：市委金融办、人民银行河南省分行、国家外汇管理局河南省分局、市公安局；完成时限：持续推进）", "own"),
    ]),
    ("五、促进产业协同和联动发展", [
        I("做强电子信息产业。",
          "依托郑州航空港经济综合实验区，推动智能终端、新型显示、半导体等产业集群发展，支持企业开展保税研发。",
          "（责任单位：市工业和信息化局、郑州航空港区管委会；完成时限：持续推进）"),
        I("壮大新能源汽车产业。",
          "支持新能源汽车整车和零部件企业扩大产能，完善充换电基础设施，培育汽车后市场服务业态。",
          "（责任单位：市工业和信息化局、郑州经开区管委会、市发展改革委；完成时限：2026年12月底前）", "own"),
        I("培育生物医药产业。",
          "推动生物医药研发用物品进口便利化，支持郑州片区建设生物医药产业园，争取开展药品上市许可持有人制度创新试点。",
          "（责任单位：市市场监管局、市卫生健康委、郑州海关；完成时限：2026年12月底前）"),
        I("发展现代服务业。",
          "大力发展总部经济、现代金融、商务咨询、会展服务等产业，推动郑东新区中央商务区提质发展。",
          "（责任单位：郑东新区管委会、市商务局；完成时限：持续推进）", "own"),
        I("推进联动创新区建设。",
          "推动郑州片区与联动创新区协同发展，重点做好以下工作：",
          "（责任单位：市商务局、各联动创新区所在开发区管委会；完成时限：2026年12月底前）", "in",
          ["（1）在郑州经开区、郑州高新区复制推广郑州片区改革试点经验，全年复制推广不少于40项；",
           "（2）建立片区与联动创新区产业协作、项目共招、利益共享机制。"]),
        I("强化人才支撑。",
          "实施外籍人才来华工作便利化措施，落实外籍高层次人才永久居留推荐政策，为外籍人才提供子女入学、医疗等服务保障。",
          "（责任单位：市委组织部、市科技局、市公安局、市教育局；完成时限：持续推进）", "own"),
        I("强化知识产权保护。",
          "建设中国（郑州）知识产权保护中心郑州片区工作站，开展知识产权快速协同保护，推进知识产权证券化试点。",
          "（责任单位：市市场监管局（市知识产权局）、市委金融办；完成时限：2026年12月底前）"),
        I("完善法治保障。",
          "发挥郑州片区人民法庭、郑州仲裁委员会国际商事仲裁中心作用，健全多元化商事纠纷解决机制。",
          "（责任单位：市中级人民法院、市司法局、郑州仲裁委员会；完成时限：持续推进）", "own"),
    ]),
    ("六、强化保障措施", [
        I("加强组织领导。",
          "充分发挥市自贸试验区建设工作领导小组统筹协调作用，每半年至少召开1次领导小组会议，研究解决重大问题。",
          "（责任单位：市商务局；完成时限：持续推进）", "own"),
        I("强化督促落实。",
          "建立工作要点任务台账，实行月调度、季通报制度，对推进滞后的事项进行督办。",
          "（责任单位：市商务局、市政府督查室；完成时限：持续推进）", "own"),
        I("做好经验总结推广。",
          "及时总结提炼改革试点经验和最佳实践案例，积极争取在全省、全国复制推广。",
          "（责任单位：郑州片区管委会、市商务局；完成时限：2026年11月底前）"),
        I("开展评估考核。",
          "将自贸试验区建设任务落实情况纳入全市目标考核，开展年度建设成效第三方评估。",
          "（责任单位：市商务局、市委目标办；完成时限：2026年12月底前）", "own"),
        I("加强宣传引导。",
          "综合运用各类媒体，宣传郑州片区改革创新成果和典型案例，营造全社会支持自贸试验区建设的良好氛围。",
          "（责任单位：市委宣传部、市商务局；完成时限：持续推进）"),
        I("守牢安全底线。",
          "健全自贸试验区风险防控体系，加强对投资、贸易、金融、网络与数据、生态环境等重点领域风险的监测和处置，确保自贸试验区安全平稳运行。",
          "（责任单位：市商务局、市委金融办、市委网信办、郑州海关、市生态环境局；完成时限：持续推进）", "own"),
    ]),
]


def build_zhengzhou():
    doc = Document()
    page_setup(doc)
    num_id = add_numbering(doc)
    empty(doc)
    para(doc, [("郑州市人民政府办公室文件", XBS, 36, False, RED)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=None)
    empty(doc)
    para(doc, "郑政办〔2026〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    # red line: an empty paragraph carrying only a thick red border
    p = empty(doc, exact=8)
    border(p, "bottom", 36, "FF0000")
    empty(doc)
    # title split into two separate paragraphs
    para(doc, [("郑州市人民政府办公室", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    para(doc, [("关于印发郑州市2026年自贸试验区", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    para(doc, [("建设工作要点的通知", XBS, 22, False)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc)
    para(doc, "各开发区管委会，各区县（市）人民政府，市人民政府各部门，各有关单位：", indent=False)
    for t in ZZ_NOTICE_BODY:
        para(doc, t)
    empty(doc)
    empty(doc)
    # 落款 in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    cell_text(t.rows[0].cells[1], "郑州市人民政府办公室", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.rows[1].cells[1], "2026年1月27日", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc)
    para(doc, "（此件公开发布）")
    # 工作要点 starts on a new page, no 附件 label
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    p.paragraph_format.page_break_before = True
    r = p.add_run(ZZ_TITLE_YD)
    set_font(r, XBS, 22)
    empty(doc)
    para(doc, ZZ_INTRO)
    n = 0
    for si, (sec, items) in enumerate(ZZ_SECTIONS):
        # one heading typed with a trailing full-width space, one bold
        sec_txt = sec + ("\u3000" if si == 2 else "")
        para(doc, [(sec_txt, HT, 16, si == 4)])
        for it in items:
            n += 1
            p = doc.add_paragraph()
            fmt(p)
            set_num(p, num_id)
            r = p.add_run(it["h"])
            set_font(r, KT, 16, bold=True)
            r = p.add_run(it["b"])
            set_font(r, FS, 16)
            if it["s"]:
                for k, sub in enumerate(it["s"]):
                    txt = sub + (it["u"] if k == len(it["s"]) - 1 else "")
                    para(doc, txt)
            elif it["m"] == "in":
                r = p.add_run(it["u"])
                set_font(r, FS, 16)
            else:
                para(doc, [(it["u"], KT, 16, False)])
            if n in (12, 33):  # stray empty paragraphs between items
                empty(doc)
    assert n == 45, n
    empty(doc)
    empty(doc)
    empty(doc)
    # 版记 as bordered paragraphs
    p = para(doc, [("抄送：市委各部门，郑州警备区，市人大常委会办公厅，市政协办公厅，市监委，市中级人民法院，市人民检察院。", FS, 14, False)],
             indent=False)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", 12, "000000")
    border(p, "bottom", 6, "000000")
    p = para(doc, [("郑州市人民政府办公室" + "\u3000" * 9 + "2026年1月27日印发", FS, 14, False)], indent=False)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "bottom", 12, "000000")
    page_numbers(doc)

    yd = [ZZ_INTRO]
    n = 0
    for sec, items in ZZ_SECTIONS:
        for it in items:
            n += 1
            yd += item_clauses(n, it)
    expected = [
        {"meta": {
            "title": ZZ_TITLE,
            "doc_number": "郑政办〔2026〕4号",
            "issuer": ["郑州市人民政府办公室"],
            "date": "2026-01-27",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各开发区管委会", "各区县（市）人民政府", "市人民政府各部门", "各有关单位"],
            "publicity": "此件公开发布",
            "repeals": None},
         "clauses": list(ZZ_NOTICE_BODY)},
        {"meta": {
            "title": ZZ_TITLE_YD,
            "doc_number": None,
            "issuer": ["郑州市人民政府办公室"],
            "date": "2026-01-27",
            "published": None,
            "level": "municipal",
            "region": "郑州市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "工作要点",
            "recipients": [],
            "publicity": None,
            "repeals": None},
         "clauses": yd},
    ]
    return doc, expected


# ================================================================ main
def main():
    expected = {}
    for stem, builder in (("blind602_hefei_tongzhi", build_hefei),
                          ("blind602_zhengzhou_tongzhi", build_zhengzhou)):
        doc, exp = builder()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = exp
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_602", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
