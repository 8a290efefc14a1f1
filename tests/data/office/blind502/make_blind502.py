# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 502: 意见 with 重点任务分工 written in the text."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(18)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    add_page_number(sec)
    return doc


def add_page_number(sec):
    ft = sec.footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    fld = parse_xml(
        '<w:fldSimple %s w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:rPr>'
        '<w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/>'
        "</w:rPr><w:t>1</w:t></w:r></w:fldSimple>" % nsdecls("w")
    )
    p._p.append(fld)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)
    p._p.append(r._r)  # keep order: dash, field, dash


def para(doc, text="", font=FS, size=16, bold=False, align=None, first_indent=True,
         color=None, left_chars=0, right_chars=0):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if first_indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if left_chars:
        p.paragraph_format.left_indent = Pt(16 * left_chars)
    if right_chars:
        p.paragraph_format.right_indent = Pt(16 * right_chars)
    if text:
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    return p


def runs(p, parts):
    """parts: list of (text, font, bold) or 'BR' for a soft line break."""
    for part in parts:
        if part == "BR":
            r = p.add_run()
            r.add_break(WD_BREAK.LINE)
            continue
        text, font, bold = part
        r = p.add_run(text)
        set_font(r, font, 16, bold)
    return p


def bottom_border(p, color="FF0000", sz=12, top=False):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in (("top", "bottom") if top else ("bottom",)):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "1")
        el.set(qn("w:color"), color)
        bdr.append(el)
    ppr.append(bdr)


def red_header(doc, org_text, docno, size=36):
    for _ in range(2):
        para(doc, first_indent=False)
    p = para(doc, org_text, XBS, size, align=WD_ALIGN_PARAGRAPH.CENTER,
             first_indent=False, color=RED)
    p.paragraph_format.line_spacing = Pt(size + 10)
    # character spacing squeeze, as offices do for long organ names
    for r in p.runs:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), "-20")
        r._element.get_or_add_rPr().append(sp)
    para(doc, first_indent=False)
    para(doc, first_indent=False)
    p = para(doc, docno, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=False)
    bottom_border(p)
    para(doc, first_indent=False)


def title(doc, lines):
    p = para(doc, first_indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.line_spacing = Pt(33)
    for i, ln in enumerate(lines):
        if i:
            r = p.add_run()
            r.add_break(WD_BREAK.LINE)
        r = p.add_run(ln)
        set_font(r, XBS, 22)
    para(doc, first_indent=False)


def heading1(doc, text):
    para(doc, text, HT, 16)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def banji_paragraphs(doc, chaosong, yinfa_org, yinfa_date):
    for _ in range(3):
        para(doc, first_indent=False)
    p = para(doc, first_indent=False, left_chars=0.5, right_chars=0.5)
    r = p.add_run(chaosong)
    set_font(r, FS, 14)
    bottom_border(p, "000000", 4, top=True)
    p = para(doc, first_indent=False, left_chars=0.5, right_chars=0.5)
    r = p.add_run(yinfa_org + "\u3000" * 6 + "\u00a0" * 3 + yinfa_date)
    set_font(r, FS, 14)
    bottom_border(p, "000000", 8)


def banji_table(doc, chaosong, yinfa_org, yinfa_date):
    for _ in range(4):
        para(doc, first_indent=False)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl_pr = t._tbl.tblPr
    borders = parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:color="000000"/>'
        '<w:left w:val="nil"/><w:right w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="8" w:color="000000"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="000000"/>'
        '<w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w"))
    tbl_pr.append(borders)
    a = t.cell(0, 0).merge(t.cell(0, 1))
    a.paragraphs[0].paragraph_format.first_line_indent = Pt(0)
    r = a.paragraphs[0].add_run(chaosong)
    set_font(r, FS, 14)
    c0, c1 = t.cell(1, 0), t.cell(1, 1)
    r = c0.paragraphs[0].add_run(yinfa_org)
    set_font(r, FS, 14)
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = c1.paragraphs[0].add_run(yinfa_date)
    set_font(r, FS, 14)


def add_decimal_numbering(doc):
    """Word auto numbering '1.' with no tab after the number."""
    numbering = doc.part.numbering_part.element
    abs_id, num_id = 90, 90
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%1."/><w:suff w:val="nothing"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), abs_id))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                    % (nsdecls("w"), num_id, abs_id))
    numbering.append(num)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), num_id))
    ppr.insert(0, numpr)


def signoff(doc, orgs, date_text, mode="right"):
    para(doc, first_indent=False)
    para(doc, first_indent=False)
    if mode == "spaces":
        for o in orgs:
            para(doc, "\u3000" * (17 - len(o)) + o, first_indent=False)
        para(doc, "\u3000" * 14 + " " + date_text, first_indent=False)
    else:
        for o in orgs:
            para(doc, o, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False, right_chars=4)
        para(doc, date_text, align=WD_ALIGN_PARAGRAPH.RIGHT, first_indent=False,
             right_chars=4)


def publicity(doc, text="（此件公开发布）"):
    para(doc, text)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_502", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ---------------------------------------------------------------- clause writers
class Body:
    def __init__(self, doc):
        self.doc = doc
        self.clauses = []

    def p(self, text, **kw):
        para(self.doc, text, **kw)
        self.clauses.append(text)

    def runin(self, head, rest, head_font=KT, head_bold=False, bracket=None, mode="inline"):
        """(一)xxx。 run-in heading + text, optional 分工 bracket.
        mode: inline | para (bracket on its own paragraph) | br (soft break) |
              spaced (own paragraph typed with leading full-width spaces)."""
        p = para(self.doc, first_indent=True)
        parts = [(head, head_font, head_bold), (rest, FS, False)]
        if bracket and mode == "inline":
            parts.append((bracket, FS, False))
        elif bracket and mode == "br":
            parts += ["BR", (bracket, FS, False)]
        runs(p, parts)
        if bracket and mode == "para":
            para(self.doc, bracket)
        elif bracket and mode == "spaced":
            para(self.doc, "\u3000\u3000" + bracket, first_indent=False)
        self.clauses.append(head + rest + (bracket or ""))
        return p

    def table(self, header, rows, widths):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate([header] + rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.width = Mm(widths[j])
                cp = c.paragraphs[0]
                cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                cp.paragraph_format.first_line_indent = Pt(0)
                cp.paragraph_format.line_spacing = Pt(22)
                r = cp.add_run(val)
                set_font(r, HT if i == 0 else FS, 12)
        for row in rows:
            self.clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level=None, region=None, effective=None, expires=None, attachments=[],
                doc_type=None, recipients=[], publicity=None, repeals=None)
    base.update(kw)
    return base


# ================================================================ doc 1: 泉州
def make_quanzhou():
    doc = new_doc()
    red_header(doc, "泉州市人民政府文件", "泉政文〔2025〕86号")
    title(doc, ["泉州市人民政府关于加快跨境电子商务", "高质量发展的实施意见"])
    recipients = "各县（市、区）人民政府，泉州开发区管委会，泉州台商投资区管委会，市直有关单位："
    para(doc, recipients, first_indent=False)
    b = Body(doc)
    b.p("为深入贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）"
        "和省委、省政府关于推动外贸稳规模优结构的决策部署，用好中国（泉州）跨境电子商务综合试验区"
        "政策优势，推动我市跨境电商高质量发展，加快培育外贸新动能，结合我市实际，提出如下实施意见。")
    heading1(doc, "一、总体要求")
    b.p("坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，"
        "立足泉州制造业基础和“海丝”起点城市优势，以“产业带+跨境电商”为主线，推动鞋服、纺织、"
        "建材、食品等传统产业数字化出海，着力构建主体集聚、服务完善、监管便利的跨境电商发展生态。"
        "到2027年，全市跨境电商进出口额突破500亿元，培育跨境电商年进出口额超亿元企业50家以上，"
        "建设省级以上跨境电商产业园区8个以上。主要发展指标如下：")
    b.table(["序号", "指标名称", "2025年（预计）", "2027年目标"],
            [["1", "跨境电商进出口额（亿元）", "320", "500"],
             ["2", "年进出口额超亿元企业（家）", "28", "50"],
             ["3", "公共海外仓（个）", "36", "60"],
             ["4", "省级以上跨境电商产业园区（个）", "5", "8"]],
            [15, 70, 35, 35])
    para(doc, first_indent=False)
    heading1(doc, "二、重点任务")
    b.runin("（一）培育壮大经营主体。",
            "实施跨境电商主体培育“百企领航”行动，支持传统外贸企业、生产制造企业开设跨境电商独立站"
            "和第三方平台店铺，引进一批知名跨境电商平台区域总部和头部卖家。对年度跨境电商进出口额首次"
            "突破1000万美元、5000万美元的企业，分别给予一次性奖励20万元、50万元。",
            bracket="（牵头单位：市商务局；配合单位：市财政局、市税务局）")
    b.runin("（二）推动产业带数字化出海。",
            "聚焦晋江运动鞋服、石狮休闲服装、南安水暖建材、德化陶瓷、安溪茶叶等产业集群，每年组织"
            "“产业带+跨境电商”对接活动不少于10场，推动产业集群企业“一企一策”开展线上出海。支持各县"
            "（市、区）建设跨境电商选品中心和直播基地。",
            bracket="（牵头单位：市商务局、市工信局；配合单位：各县（市、区）政府）", mode="para")
    # (三) heading on a line of its own, bold, with numbered sub-items
    para(doc, "（三）完善跨境物流体系", KT, 16, bold=True)
    b.runin("1.加快海外仓布局。",
            "支持企业在“一带一路”共建国家和RCEP成员国重点市场建设、租赁海外仓，对经认定的市级公共"
            "海外仓，按照实际投资额的20%给予最高200万元补助。",
            head_font=FS, bracket="（牵头单位：市商务局；配合单位：市财政局）")
    b.runin("2.提升国际物流通道能力。",
            "加密泉州至东南亚、中东等地的海运航线和国际货运包机航线，推动晋江国际机场开通跨境电商货运"
            "专线，支持开行泉州至中亚、欧洲的中欧班列跨境电商专列。",
            head_font=FS,
            bracket="（牵头单位：市交通运输局、泉州海关；配合单位：市商务局、市发改委、晋江国际机场）",
            mode="br")
    b.runin("3.发展跨境物流企业。",
            "培育一批具有国际竞争力的跨境物流服务企业，支持企业开展集货、分拨、退换货等一站式服务。",
            head_font=FS, bracket="（责任单位：市交通运输局、市邮政管理局、市商务局）")
    b.runin("（四）提升通关便利化水平。",
            "深化跨境电商“9610”“9710”“9810”“1210”模式应用，推广“跨境电商零售出口+市场采购”融合"
            "发展，推进跨境电商出口退货“一站式”监管。优化石湖港、晋江国际机场跨境电商监管作业场所布局，"
            "实现监管作业“7×24小时”预约通关。",
            bracket="（牵头单位：泉州海关；配合单位：市商务局、市口岸办）")
    b.runin("（五）强化金融财税支持。",
            "鼓励银行机构开发“跨境电商贷”等专属信贷产品，支持保险机构扩大出口信用保险承保规模。落实"
            "跨境电商综试区零售出口货物“无票免税”和企业所得税核定征收政策。",
            bracket="（牵头单位：人民银行泉州市分行、国家金融监督管理总局泉州监管分局、市税务局；"
                    "配合单位：市财政局、市商务局）", mode="spaced")
    b.runin("（六）加强人才引育。",
            "支持在泉高校、职业院校开设跨境电商相关专业，共建跨境电商产业学院和实训基地，每年培训跨境"
            "电商从业人员5000人次以上。将跨境电商高层次人才纳入我市“港湾计划”人才认定范围。",
            bracket="（牵头单位：市人社局、市教育局、市委人才办；配合单位：市商务局）")
    b.runin("（七）打造跨境电商品牌。",
            "支持企业开展境外商标注册、专利申请和国际认证，对取得境外商标注册的企业按规定给予补助。"
            "培育一批“泉州制造”跨境电商自主品牌。",
            bracket="（责任单位：各县（市、区）政府，市直有关部门按职责分工负责）", mode="para")
    b.runin("（八）优化产业园区布局。",
            "推动中国（泉州）跨境电商综试区线下产业园提质增效，支持泉州综合保税区发展跨境电商保税备货、"
            "保税展示交易等业务。",
            bracket="（牵头单位：市商务局；配合单位：泉州综合保税区管委会、泉州海关）")
    para(doc, first_indent=False)
    heading1(doc, "三、保障措施")
    b.runin("（一）加强组织领导。",
            "依托市跨境电商综试区建设工作领导小组，统筹推进全市跨境电商发展工作，协调解决重大问题。"
            "各县（市、区）要建立相应工作机制，明确责任分工，确保各项任务落地见效。")
    b.runin("（二）强化资金保障。",
            "市级财政每年统筹安排跨境电商发展专项资金，各县（市、区）按照1：1比例配套，重点支持主体"
            "培育、海外仓建设、人才培训和公共服务平台建设。")
    b.runin("（三）加强统计监测。",
            "建立跨境电商统计监测体系，按季度发布全市跨境电商发展指数，定期开展政策实施效果评估。")
    b.runin("（四）强化督查考核。",
            "将跨境电商发展情况纳入对各县（市、区）的绩效考评内容，对工作成效明显的予以通报表扬。")
    b.p("本意见自2026年1月1日起施行，有效期至2028年12月31日。《泉州市人民政府关于促进跨境电子商务"
        "发展的若干意见》（泉政文〔2021〕33号）同时废止。")
    signoff(doc, ["泉州市人民政府"], "2025年12月18日", mode="spaces")
    publicity(doc)
    banji_table(doc, "抄送：市委各部门，泉州军分区，市人大常委会办公室，市政协办公室，市中级人民法院，"
                     "市人民检察院，各人民团体。",
                "泉州市人民政府办公室", "2025年12月19日印发")
    name = "blind502_quanzhou_yijian"
    doc.save(os.path.join(HERE, name + ".docx"))
    m = meta(title="泉州市人民政府关于加快跨境电子商务高质量发展的实施意见",
             doc_number="泉政文〔2025〕86号", issuer=["泉州市人民政府"], date="2025-12-18",
             level="municipal", region="泉州市", effective="2026-01-01", expires="2028-12-31",
             doc_type="意见",
             recipients=["各县（市、区）人民政府", "泉州开发区管委会", "泉州台商投资区管委会",
                         "市直有关单位"],
             publicity="此件公开发布",
             repeals="《泉州市人民政府关于促进跨境电子商务发展的若干意见》（泉政文〔2021〕33号）")
    return name, [{"meta": m, "clauses": b.clauses}]


# ================================================================ doc 2: 四川
def make_sichuan():
    doc = new_doc()
    num_id = add_decimal_numbering(doc)
    red_header(doc, "四川省人民政府文件", "川府发〔2026〕5号")
    title(doc, ["四川省人民政府", "关于推动中欧班列（成渝）高质量发展的意见"])
    para(doc, "各市（州）人民政府，省政府各部门、各直属机构，有关单位：", first_indent=False)
    b = Body(doc)
    b.p("中欧班列（成渝）是共建“一带一路”的重要载体，是我省构建向西开放战略通道、建设内陆开放高地的"
        "重要支撑。为推动中欧班列（成渝）高质量发展，加快建设中欧班列集结中心，现提出如下意见。")
    heading1(doc, "一、总体要求")
    b.p("以习近平新时代中国特色社会主义思想为指导，深入落实共建“一带一路”倡议和成渝地区双城经济圈建设"
        "战略部署，坚持市场主导、政府引导，坚持川渝协同、开放共享，推动中欧班列（成渝）由“通道运输”"
        "向“通道经济”转变。到2028年，中欧班列（成渝）四川方向年开行量稳定在3000列以上，回程班列占比"
        "保持在45%以上，集结中心货源辐射范围覆盖西部主要省份，班列运营综合成本较2025年下降10%。")
    heading1(doc, "二、重点任务")
    items = [
        ("（一）优化班列线路网络。",
         "巩固成都至罗兹、蒂尔堡、纽伦堡等主干线路，拓展至中亚、西亚、南亚的国际联运线路，加密经霍尔果斯、"
         "阿拉山口、二连浩特、满洲里口岸的出境通道，积极开行经里海、黑海的跨里海国际运输走廊线路。"),
        ("（二）提升集结中心能级。",
         "推进成都国际铁路港多式联运枢纽扩能改造，完善铁路物流基地集装箱作业、冷链、危险品、整车等功能"
         "设施，推动德阳、宜宾、泸州等地建设省内集货节点，构建“干支结合、枢纽集散”的集结组织体系。"),
        ("（三）推动川渝协同运营。",
         "深化中欧班列（成渝）统一品牌运营，在线路规划、运价政策、信息平台、海外网络等方面协同联动，"
         "共同争取国家铁路运力、口岸通关等政策支持。"),
        ("（四）发展班列通道经济。",
         "依托成都国际铁路港经济技术开发区和成都国际铁路港综合保税区，发展进口商品分拨、整车进口、"
         "跨境电商、保税加工等产业，引导汽车、电子信息、装备制造等产业链企业沿通道布局。"),
        ("（五）提升通关便利化水平。",
         "推广“铁路快通”“中欧班列运输新模式”等监管模式，推进班列舱单归并、“一单制”多式联运，"
         "探索铁路运单物权化，压缩班列货物通关时间。"),
        ("（六）强化金融服务支撑。",
         "鼓励金融机构开发基于铁路运单的信用证、订单融资、仓单质押等金融产品，扩大出口信用保险对班列"
         "货物的覆盖面，推动跨境人民币结算在班列贸易中的应用。"),
        ("（七）规范财政资金使用。",
         "严格执行国家关于中欧班列补贴退坡的要求，逐步降低运营补贴标准，将财政资金重点用于集结中心建设、"
         "回程货源培育和数字化平台建设。"),
    ]
    for h, t in items:
        b.runin(h, t, head_font=KT, head_bold=True)
    heading1(doc, "三、保障措施")
    b.runin("（一）加强统筹协调。",
            "发挥省推进中欧班列（成渝）高质量发展工作专班作用，研究解决重大问题，统筹推进重大项目建设。"
            "各地、各有关部门要按照重点任务分工，细化工作措施，压实工作责任。", head_bold=True)
    b.runin("（二）强化要素保障。",
            "在用地、用能、资金等方面对集结中心和通道枢纽重大项目给予优先保障，将符合条件的项目纳入省重点"
            "项目清单。", head_bold=True)
    b.runin("（三）加强安全风险防控。",
            "健全班列境外运营安全风险预警和应急处置机制，加强对沿线国家政治、经济、安全形势的监测研判，"
            "保障班列运行安全稳定。", head_bold=True)
    para(doc, first_indent=False)
    att_title = "四川省推动中欧班列（成渝）高质量发展重点任务分工"
    para(doc, "附件：" + att_title)
    signoff(doc, ["四川省人民政府"], "2026年2月10日")
    para(doc, first_indent=False)
    publicity(doc)
    page_break(doc)
    para(doc, "附件", HT, 16, first_indent=False)
    para(doc, first_indent=False)
    p = para(doc, first_indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    r = p.add_run("四川省推动中欧班列（成渝）高质量发展")
    set_font(r, XBS, 22)
    r = p.add_run()
    r.add_break(WD_BREAK.LINE)
    r = p.add_run("重点任务分工")
    set_font(r, XBS, 22)
    para(doc, first_indent=False)

    def num_item(text, bracket, mode="inline"):
        p = doc.add_paragraph()
        set_num(p, num_id)
        p.paragraph_format.first_line_indent = Pt(32)
        parts = [(text, FS, False)]
        if mode == "inline":
            parts.append((bracket, FS, False))
        elif mode == "br":
            parts += ["BR", (bracket, FS, False)]
        runs(p, parts)
        if mode == "para":
            para(doc, bracket)
        elif mode == "spaced":
            para(doc, "\u3000\u3000" + bracket, first_indent=False)
        n = len(b.clauses) - base + 1
        b.clauses.append("%d.%s%s" % (n, text, bracket))

    base = len(b.clauses)
    heading1(doc, "一、优化通道网络")
    num_item("巩固成都至欧洲主干线路，每年新开或优化国际线路不少于3条。",
             "（牵头单位：省发展改革委、省商务厅；配合单位：成都市政府、中国铁路成都局集团公司）")
    num_item("拓展跨里海国际运输走廊线路，开行至格鲁吉亚、阿塞拜疆、土耳其等国的国际联运班列。",
             "（牵头单位：省商务厅；配合单位：省发展改革委、成都海关）", mode="para")
    num_item("推动德阳、宜宾、泸州等地建设省内集货节点，开行省内集货班列。",
             "（责任单位：有关市（州）政府，省发展改革委、省交通运输厅按职责分工负责）")
    heading1(doc, "二、提升枢纽能级")
    num_item("推进成都国际铁路港多式联运枢纽扩能改造，2027年底前完成一期工程建设。",
             "（牵头单位：成都市政府；配合单位：省发展改革委、省自然资源厅、中国铁路成都局集团公司）")
    num_item("完善冷链、危险品、整车等功能设施，支持建设中欧班列冷链物流集散中心。",
             "（牵头单位：成都市政府、省商务厅；配合单位：省交通运输厅、成都海关）", mode="br")
    num_item("深化川渝统一品牌运营，建立线路规划、运价政策、信息平台协同机制。",
             "（牵头单位：省发展改革委、省商务厅、省交通运输厅；配合单位：成都市政府）")
    heading1(doc, "三、发展通道经济")
    num_item("支持成都国际铁路港综合保税区发展进口商品分拨、保税加工等业务。",
             "（牵头单位：成都市政府；配合单位：成都海关、省商务厅）")
    num_item("引导汽车、电子信息、装备制造等产业链企业沿通道布局，培育一批通道经济龙头企业。",
             "（牵头单位：省经济和信息化厅；配合单位：省商务厅、省投资促进局）")
    num_item("推广“铁路快通”“中欧班列运输新模式”等监管模式，推进班列舱单归并。",
             "（牵头单位：成都海关；配合单位：省商务厅）")
    num_item("探索铁路运单物权化，推动“一单制”多式联运试点。",
             "（牵头单位：省交通运输厅、省商务厅；配合单位：中国人民银行四川省分行、"
             "中国铁路成都局集团公司）")
    heading1(doc, "四、强化政策支撑")
    num_item("开发基于铁路运单的信用证、订单融资等金融产品，扩大出口信用保险覆盖面。",
             "（牵头单位：省委金融办、中国人民银行四川省分行、国家金融监督管理总局四川监管局；"
             "配合单位：省商务厅）", mode="spaced")
    num_item("落实中欧班列补贴退坡要求，优化运营补贴资金使用方向。",
             "（牵头单位：省财政厅；配合单位：省发展改革委、省商务厅）")
    num_item("在用地、用能方面对集结中心重大项目给予优先保障。",
             "（责任单位：各市（州）政府，省直有关部门按职责分工负责）")
    num_item("健全班列境外运营安全风险预警和应急处置机制。",
             "（牵头单位：省商务厅、省外事办；配合单位：省公安厅、中国铁路成都局集团公司）")
    banji_paragraphs(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院。",
                     "四川省人民政府办公厅", "2026年2月11日印发")
    name = "blind502_sichuan_yijian"
    doc.save(os.path.join(HERE, name + ".docx"))
    m = meta(title="四川省人民政府关于推动中欧班列（成渝）高质量发展的意见",
             doc_number="川府发〔2026〕5号", issuer=["四川省人民政府"], date="2026-02-10",
             level="provincial", region="四川省", attachments=[att_title], doc_type="意见",
             recipients=["各市（州）人民政府", "省政府各部门、各直属机构", "有关单位"],
             publicity="此件公开发布")
    return name, [{"meta": m, "clauses": b.clauses}]


# ================================================================ doc 3: 厦门
def make_xiamen():
    doc = new_doc()
    red_header(doc, "厦门市人民政府办公厅文件", "厦府办〔2026〕9号", size=34)
    title(doc, ["厦门市人民政府办公厅转发市商务局等部门", "关于推动综合保税区高质量发展意见的通知"])
    para(doc, "各区人民政府，市直各委、办、局，各开发区管委会：", first_indent=False)
    n = Body(doc)
    n.p("市商务局、市财政局、厦门海关、市税务局《关于推动综合保税区高质量发展的意见》已经市人民政府同意，"
        "现转发给你们，请认真组织实施。")
    n.p("各有关单位要按照意见明确的任务分工，于每年6月30日和12月31日前将工作进展情况报送市商务局，"
        "由市商务局汇总后报市人民政府。")
    signoff(doc, ["厦门市人民政府办公厅"], "2026年3月6日")
    publicity(doc)
    page_break(doc)

    title(doc, ["关于推动综合保税区高质量发展的意见"])
    b = Body(doc)
    b.p("为深入贯彻《国务院关于促进综合保税区高水平开放高质量发展的若干意见》（国发〔2019〕3号）精神，"
        "推动厦门象屿综合保税区、厦门海沧港综合保税区加快打造加工制造、研发设计、物流分拨、检测维修、"
        "销售服务“五大中心”，结合我市实际，提出以下意见。")
    heading1(doc, "一、总体目标")
    b.p("到2028年，全市综合保税区进出口总额突破2000亿元，在国家级综合保税区发展绩效评估中保持A类，"
        "新引进保税研发、保税维修、跨境电商等新业态项目30个以上。")
    heading1(doc, "二、主要任务")
    para(doc, "（一）做强保税加工制造", KT, 16, bold=False)
    b.runin("1.", "支持区内企业承接全球产业链转移，重点发展集成电路、生物医药、航空维修等产业。对新落地的"
            "保税加工制造项目，按照设备投资额的10%给予最高500万元补助。", head_font=FS,
            bracket="（牵头单位：市商务局；配合单位：市财政局、市发改委）")
    b.runin("2.", "落实综合保税区增值税一般纳税人资格试点政策，扩大试点企业范围。", head_font=FS,
            bracket="（牵头单位：市税务局；配合单位：厦门海关、市商务局）", mode="para")
    para(doc, "（二）发展保税服务新业态", KT, 16)
    b.runin("3.", "推动保税维修业务扩围，支持区内企业开展航空器材、船舶、工程机械等产品全球保税维修和"
            "再制造业务。", head_font=FS,
            bracket="（牵头单位：厦门海关、市商务局；配合单位：市生态环境局）")
    b.runin("4.", "支持开展保税研发，对区内研发机构进口的研发用料件实施保税监管，探索研发用物品"
            "“白名单”制度。", head_font=FS,
            bracket="（牵头单位：市科技局、厦门海关；配合单位：市商务局、市工信局）")
    b.runin("5.", "发展“跨境电商+保税”业务，支持企业开展保税备货、退货中心仓和保税展示交易。",
            head_font=FS, bracket="（牵头单位：市商务局；配合单位：厦门海关、市邮政管理局）", mode="br")
    b.runin("6.", "推动大宗商品保税交割和期货保税交割业务落地，建设面向东南亚的大宗商品分拨中心。",
            head_font=FS,
            bracket="（牵头单位：市地方金融管理局、市商务局、厦门海关；配合单位：象屿综合保税区管委会）")
    para(doc, "（三）提升监管服务效能", KT, 16)
    b.runin("7.", "深化“智慧综保区”建设，推广卡口智能验放、“先入区、后报关”、仓储货物按状态分类监管等"
            "便利化措施。", head_font=FS,
            bracket="（牵头单位：厦门海关；配合单位：市口岸办、市大数据局）")
    b.runin("8.", "推动综合保税区与厦门港、高崎国际机场“区港联动”，实现货物在口岸与综合保税区之间"
            "“直提直装”。", head_font=FS,
            bracket="（牵头单位：厦门海关、市口岸办；配合单位：厦门港口管理局、厦门翔业集团）",
            mode="spaced")
    b.runin("9.", "支持各区结合辖区产业基础，引导区外企业与综合保税区开展产业链配套协作。", head_font=FS,
            bracket="（责任单位：湖里区政府、海沧区政府，市直有关部门按职责分工负责）")
    heading1(doc, "三、保障措施")
    b.runin("（一）加强统筹推进。",
            "依托市开放型经济工作领导小组，建立综合保税区发展联席会议制度，由市商务局牵头，定期研究解决"
            "综合保税区发展中的重大问题。")
    b.runin("（二）加大资金支持。",
            "市级财政每年安排综合保税区发展专项资金，对符合条件的新业态项目、公共服务平台予以支持，具体"
            "实施细则由市商务局会同市财政局另行制定。")
    b.runin("（三）强化考核评估。",
            "对照国家综合保税区发展绩效评估指标，每年开展综合保税区发展绩效自评估，评估结果向市人民政府"
            "报告。")
    b.runin("（四）防范化解风险。",
            "严格落实综合保税区监管要求，加强对区内企业的信用管理，严厉打击走私违法行为，守牢安全底线。")
    b.p("本意见自2026年4月1日起施行，有效期至2029年3月31日。")
    signoff(doc, ["厦门市商务局", "厦门市财政局", "厦门海关", "国家税务总局厦门市税务局"],
            "2026年2月20日")
    banji_paragraphs(doc, "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，市纪委监委，市中级法院，"
                          "市检察院。", "厦门市人民政府办公厅", "2026年3月6日印发")
    name = "blind502_xiamen_tongzhi"
    doc.save(os.path.join(HERE, name + ".docx"))
    m1 = meta(title="厦门市人民政府办公厅转发市商务局等部门关于推动综合保税区高质量发展意见的通知",
              doc_number="厦府办〔2026〕9号", issuer=["厦门市人民政府办公厅"], date="2026-03-06",
              level="municipal", region="厦门市", doc_type="通知",
              recipients=["各区人民政府", "市直各委、办、局", "各开发区管委会"],
              publicity="此件公开发布")
    m2 = meta(title="关于推动综合保税区高质量发展的意见",
              issuer=["厦门市商务局", "厦门市财政局", "厦门海关", "国家税务总局厦门市税务局"],
              date="2026-02-20", level="municipal", region="厦门市", effective="2026-04-01",
              expires="2029-03-31", doc_type="意见")
    return name, [{"meta": m1, "clauses": n.clauses}, {"meta": m2, "clauses": b.clauses}]


def main():
    expected = {}
    for fn in (make_quanzhou, make_sichuan, make_xiamen):
        name, docs = fn()
        expected[name] = docs
        convert(os.path.join(HERE, name + ".docx"))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
