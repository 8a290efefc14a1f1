# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 675: 综合保税区规划环评公示 / 审查意见函 / 公众参与工作指引."""
import json
import os
import re
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)

SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
TOKEN = re.compile(r"(\{\^[^}]*\}|\{_[^}]*\}|\n)")


def key_text(s):
    """Text as an analyst would copy it: formatted super/subscripts shown as
    Unicode, soft line breaks dropped, leading typed indentation stripped."""
    out = []
    for part in TOKEN.split(s):
        if not part:
            continue
        if part.startswith("{^"):
            out.append(part[2:-1].translate(SUP))
        elif part.startswith("{_"):
            out.append(part[2:-1].translate(SUB))
        elif part == "\n":
            continue
        else:
            out.append(part)
    return "".join(out).strip(" 　")


def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(r"<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_runs(p, s, font=FS, size=16, bold=False, color=None):
    for part in TOKEN.split(s):
        if not part:
            continue
        if part == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        if part.startswith("{^") or part.startswith("{_"):
            r = p.add_run(part[2:-1])
            set_font(r, font, size, bold, color)
            if part.startswith("{^"):
                r.font.superscript = True
            else:
                r.font.subscript = True
            continue
        r = p.add_run(part)
        set_font(r, font, size, bold, color)


def fmt(p, align=None, indent=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = parse_xml(r"<w:pBdr %s/>" % nsdecls("w"))
        ppr.append(pbdr)
    pbdr.append(parse_xml(
        r'<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
        % (side, nsdecls("w"), sz, space, color)))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        r'<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/>'
        r'<w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/>'
        r'<w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Cm(widths[j]).twips)))
    for row in table.rows:
        for j, c in enumerate(row.cells):
            c.width = Cm(widths[j])


def page_numbers(doc):
    for sec in doc.sections:
        f = sec.footer
        p = f.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("— ")
        set_font(r, "宋体", 14)
        r = p.add_run()
        set_font(r, "宋体", 14)
        r._r.append(parse_xml(r'<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
        r = p.add_run()
        set_font(r, "宋体", 14)
        r._r.append(parse_xml(r'<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        r = p.add_run()
        set_font(r, "宋体", 14)
        r._r.append(parse_xml(r'<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
        r = p.add_run("1")
        set_font(r, "宋体", 14)
        r = p.add_run()
        set_font(r, "宋体", 14)
        r._r.append(parse_xml(r'<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
        r = p.add_run(" —")
        set_font(r, "宋体", 14)


def setup(doc):
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
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(r"<w:rFonts %s/>" % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


class Builder:
    def __init__(self, size=16, exact=28):
        self.size = size
        self.exact = exact
        self.doc = Document()
        setup(self.doc)
        self.clauses = []

    def empty(self, n=1):
        for _ in range(n):
            p = self.doc.add_paragraph()
            fmt(p, indent=False)

    def title(self, s, size=22):
        p = self.doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
        add_runs(p, s, XBS, size)
        return p

    def heading(self, s, font=HT, typed_indent=False):
        p = self.doc.add_paragraph()
        fmt(p, indent=not typed_indent, exact=self.exact)
        add_runs(p, ("　　" if typed_indent else "") + s, font, self.size)
        return p

    def para(self, text, head=None, head_font=KT, head_bold=False, clause=True,
             typed_indent=False, align=None, indent=True, numbering=None):
        p = self.doc.add_paragraph()
        fmt(p, align, indent=indent and not typed_indent and numbering is None, exact=self.exact)
        if numbering is not None:
            ppr = p._p.get_or_add_pPr()
            ppr.append(parse_xml(
                r'<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                % (nsdecls("w"), numbering[0])))
        lead = "　　" if typed_indent else ""
        if head:
            add_runs(p, lead + head, head_font, self.size, bold=head_bold)
            add_runs(p, text, FS, self.size)
        else:
            add_runs(p, lead + text, FS, self.size)
        if clause:
            shown = (numbering[1] if numbering else "") + (head or "") + text
            self.clauses.append(key_text(shown))
        return p

    def table(self, header, rows, widths=None, merge_col0=False, size=12):
        t = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(header):
            c = t.cell(0, j)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_runs(c.paragraphs[0], h, HT, size)
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                if merge_col0 and j == 0 and v is None:
                    continue
                c = t.cell(i, j)
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_runs(c.paragraphs[0], v, FS, size)
        if merge_col0:
            i = 1
            while i <= len(rows):
                k = i
                while k + 1 <= len(rows) and rows[k][0] is None:
                    k += 1
                if k > i:
                    t.cell(i, 0).merge(t.cell(k, 0))
                i = k + 1
        if widths:
            set_widths(t, widths)
        last = None
        for row in rows:
            vals = list(row)
            if merge_col0 and vals[0] is None:
                vals[0] = last
            last = vals[0]
            self.clauses.append("；".join(
                "%s：%s" % (key_text(h), key_text(v)) for h, v in zip(header, vals)))
        return t

    def banji(self, chaosong, yinfa_org, yinfa_date):
        self.empty(2)
        p = self.doc.add_paragraph()
        fmt(p, indent=False)
        border(p, "top", "000000", 8)
        border(p, "bottom", "000000", 4)
        add_runs(p, chaosong, FS, 14)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        p = self.doc.add_paragraph()
        fmt(p, indent=False)
        border(p, "bottom", "000000", 8)
        add_runs(p, yinfa_org + "　　　　　　　　　" + yinfa_date, FS, 14)
        p.paragraph_format.left_indent = Pt(14)

    def save(self, stem):
        page_numbers(self.doc)
        path = os.path.join(HERE, stem + ".docx")
        self.doc.save(path)
        return path


# ---------------------------------------------------------------------------
# 1. 泉州综合保税区规划环评征求意见稿公示（网站公示件，手敲缩进，格式上下标）
# ---------------------------------------------------------------------------
def doc_gongshi():
    b = Builder(size=14, exact=25)
    b.title("泉州综合保税区发展规划\n（2026—2035年）环境影响报告书\n征求意见稿公示")
    b.empty()
    T = dict(typed_indent=True)
    b.para("根据《中华人民共和国环境影响评价法》《规划环境影响评价条例》和《环境影响评价公众参与办法》"
           "（生态环境部令第4号）等有关规定，泉州综合保税区管理委员会组织编制了《泉州综合保税区发展规划"
           "（2026—2035年）》，并委托福建省环境保护设计院有限公司（以下简称“评价单位”）开展规划环境影响评价"
           "（EIA）工作。目前，《泉州综合保税区发展规划（2026—2035年）环境影响报告书》（征求意见稿）已编制完成，"
           "现将有关信息予以公示，广泛征求公众意见。", **T)
    b.heading("一、规划概况", typed_indent=True)
    b.para("泉州综合保税区发展规划（2026—2035年）。", head="（一）规划名称。", **T)
    b.para("规划范围为泉州综合保税区围网区域及配套功能区，位于晋江市内坑镇、安海镇境内，东至泉安路，"
           "西至内坑溪，南至晋江国际陆地港南侧规划路，北至福厦高速铁路控制线，规划总面积3.62 km{^2}，"
           "其中围网区域面积2.17 km{^2}。", head="（二）规划范围。", **T)
    b.para("规划期限为2026—2035年，其中近期为2026—2030年，远期为2031—2035年；规划基准年为2024年。",
           head="（三）规划期限。", **T)
    b.para("立足“海丝”核心区建设，将泉州综合保税区打造成为福建省加工制造中心、研发设计中心、物流分拨中心、"
           "检测维修中心和销售服务中心，建设“一带一路”沿线国家和地区进出口商品集散枢纽。",
           head="（四）功能定位。", **T)
    b.para("规划形成“一核两区三组团”的空间布局：“一核”为综合服务核心；“两区”为保税加工区和保税物流区；"
           "“三组团”为跨境电商组团、保税维修检测组团和中欧班列（泉州）集货组团。重点发展鞋服纺织新材料、"
           "电子信息、智能装备保税加工及跨境电商、保税物流等产业，禁止引入化学制浆、电镀（专业园区除外）、"
           "皮革鞣制等重污染项目。", head="（五）产业布局。", **T)
    b.heading("二、主要环境影响", typed_indent=True)
    b.para("2024年，规划所在区域环境空气中SO{_2}、NO{_2}、PM{_10}、CO、O{_3}均达到《环境空气质量标准》"
           "（GB 3095-2012）二级标准，PM2.5年均浓度为32 μg/m{^3}，接近二级标准限值（35 μg/m{^3}）；"
           "内坑溪监测断面化学需氧量（COD）、氨氮（NH{_3}-N）、总磷能满足Ⅲ类水质标准要求；"
           "区界昼间噪声为52.4～61.5 dB(A)，夜间为43.6～52.3 dB(A)。",
           head="（一）环境质量现状。", **T)
    b.para("规划实施后，新增大气污染物主要来自保税加工企业的工艺废气、物流车辆尾气和餐饮油烟，"
           "特征污染物为VOCs、NOx和颗粒物。经预测，在落实区域削减措施的前提下，区域PM2.5年均浓度可控制在"
           "28 μg/m{^3}以内，VOCs最大落地浓度占标率小于10%，不会改变区域环境空气质量功能。",
           head="（二）大气环境影响。", **T)
    b.para("规划期末区内工业废水和生活污水排放量约4850 m{^3}/d，全部纳入晋江市仙石污水处理厂处理，"
           "不直接排入内坑溪。单位工业增加值新鲜水耗控制在8 m{^3}/万元以下，\n中水回用率不低于30%。",
           head="（三）水环境影响。", **T)
    b.para("规划实施后，区界噪声昼间≤65 dB(A)、夜间≤55 dB(A)，满足《声环境质量标准》（GB 3096-2008）"
           "3类标准；泉安路、陆地港大道两侧50 m范围内执行4a类标准。",
           head="（四）声环境影响。", **T)
    b.para("规划期末一般工业固体废物产生量约1.26万t/a，综合利用率不低于95%；危险废物产生量约860 t/a，"
           "全部委托有资质单位安全处置。", head="（五）固体废物影响。", **T)
    b.para("区内涉及危险化学品仓储的企业应按要求设置事故应急池，区域设置总容积不小于2000 m{^3}的"
           "公共事故应急池，构建“企业—园区—区域”三级环境风险防控体系。",
           head="（六）环境风险。", **T)
    b.para("规划主要环境目标指标见下表。", **T)
    b.table(["序号", "指标", "单位", "现状值（2024年）", "规划目标值（2035年）"], [
        ["1", "PM2.5年均浓度", "μg/m{^3}", "32", "≤28"],
        ["2", "环境空气质量优良天数比例", "%", "97.8", "≥98"],
        ["3", "区界噪声（昼间）", "dB(A)", "61.5", "≤65"],
        ["4", "区界噪声（夜间）", "dB(A)", "52.3", "≤55"],
        ["5", "单位工业增加值新鲜水耗", "m{^3}/万元", "9.6", "≤8"],
    ], widths=[1.3, 5.2, 2.2, 3.0, 3.6])
    b.empty()
    b.para("规划实施后主要污染物排放量预测结果如下：", **T)
    b.table(["污染物", "现状排放量（单位：t/a）", "规划新增量（单位：t/a）",
             "区域削减量（单位：t/a）", "规划期末排放量（单位：t/a）"], [
        ["SO{_2}", "12.6", "8.4", "3.0", "18.0"],
        ["NOx", "45.3", "21.7", "9.5", "57.5"],
        ["颗粒物", "18.2", "6.9", "4.1", "21.0"],
        ["VOCs", "36.8", "24.5", "12.3", "49.0"],
        ["COD", "86.4", "52.6", "20.0", "119.0"],
        ["氨氮", "8.7", "5.1", "2.3", "11.5"],
    ], widths=[2.4, 3.2, 3.2, 3.2, 3.3])
    b.empty()
    b.heading("（七）主要对策和措施", font=KT, typed_indent=True)
    b.para("1．严格生态环境准入，落实“三线一单”生态环境分区管控要求，入区项目清洁生产水平应达到国内先进水平。", **T)
    b.para("2．实施VOCs总量替代，新增VOCs排放量实行区域内1.5倍削减替代，涉VOCs企业采用低（无）VOCs含量原辅材料。", **T)
    b.para("3．完善区内雨污分流管网，2027年底前实现污水管网全覆盖，推进中水回用设施建设。", **T)
    b.heading("三、公众意见表下载", typed_indent=True)
    b.para("公众可通过以下网络链接查阅报告书征求意见稿全文和下载公众意见表：", **T)
    b.para("报告书征求意见稿：http://www.qzzbq.gov.cn/hbgs/202603/t20260316_3012845.htm", **T)
    b.para("公众意见表：http://www.qzzbq.gov.cn/hbgs/202603/P020260316512345.docx", **T)
    b.para("公众可通过信函、传真、电子邮件等方式，将填写完整的公众意见表提交至规划编制机关或评价单位，"
           "也可直接到规划编制机关查阅纸质报告书。提交意见时请注明真实姓名和有效联系方式。", **T)
    b.para("公示期限：2026年3月17日至2026年3月30日（10个工作日）。", **T)
    b.heading("四、联系方式", typed_indent=True)
    b.heading("（一）规划编制机关", font=KT, typed_indent=True)
    b.para("单位名称：泉州综合保税区管理委员会", **T)
    b.para("联系人：林先生　　联系电话：0595-85612736", **T)
    b.para("传　　真：0595-85612739", **T)
    b.para("电子邮箱：qzzbq_hjb@163.com", **T)
    b.heading("（二）环境影响评价单位", font=KT, typed_indent=True)
    b.para("单位名称：福建省环境保护设计院有限公司", **T)
    b.para("联系人：黄工　　联系电话：0591-87532210", **T)
    b.para("电子邮箱：fjhbsjy_eia@126.com", **T)
    b.empty()
    b.para("附件：1．公众意见表", clause=False, **T)
    b.para("　　　2．泉州综合保税区规划范围示意图", clause=False, **T)
    b.empty(2)
    b.para("　　　　　　　　　　泉州综合保税区管理委员会", clause=False, indent=False)
    b.para("　　　　　　　　　　　　　2026年3月16日", clause=False, indent=False)
    b.save("blind675_quanzhou_gongshi")
    meta = {
        "title": "泉州综合保税区发展规划（2026—2035年）环境影响报告书征求意见稿公示",
        "doc_number": None,
        "issuer": ["泉州综合保税区管理委员会"],
        "date": "2026-03-16",
        "published": None,
        "level": "zone",
        "region": "泉州综合保税区",
        "effective": None,
        "expires": None,
        "attachments": ["公众意见表", "泉州综合保税区规划范围示意图"],
        "doc_type": "公示",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return {"blind675_quanzhou_gongshi": [{"meta": meta, "clauses": b.clauses}]}


# ---------------------------------------------------------------------------
# 2. 福建省生态环境厅审查意见函（红头、标题分两段、合并单元格、落款用表格）
# ---------------------------------------------------------------------------
def doc_shencha():
    b = Builder()
    d = b.doc
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=60)
    add_runs(p, "福建省生态环境厅", XBS, 40, color=RED)
    p = d.add_paragraph()
    fmt(p, indent=False)
    border(p, "bottom", "FF0000", 24, 1)
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    add_runs(p, "闽环评函〔2026〕47号", FS, 16)
    b.empty()
    b.title("福建省生态环境厅关于泉州综合保税区")
    b.title("发展规划（2026—2035年）环境影响")
    b.title("报告书审查意见的函")
    b.empty()
    b.para("泉州综合保税区管理委员会：", clause=False, indent=False)
    b.para("你委《关于报送〈泉州综合保税区发展规划（2026—2035年）环境影响报告书〉（送审稿）的函》"
           "（泉综保管〔2026〕18号）及相关材料收悉。2026年5月14日，我厅在福州组织召开了报告书（送审稿）审查会，"
           "审查小组由有关部门代表和7名专家组成。根据审查小组意见和报告书（报批稿），经研究，提出审查意见如下：")
    b.heading("一、规划概况")
    b.para("泉州综合保税区位于晋江市内坑镇、安海镇境内，规划总面积3.62 km²（其中围网区域2.17 km²），"
           "规划期限为2026—2035年。规划功能定位为加工制造中心、研发设计中心、物流分拨中心、检测维修中心和"
           "销售服务中心，重点发展鞋服纺织新材料、电子信息、智能装备保税加工及跨境电商、保税物流、"
           "中欧班列集货分拨等产业。")
    b.heading("二、总体意见")
    b.para("报告书在资料收集、现场调查和监测的基础上，分析了规划与相关法律法规、政策及上位规划的协调性，"
           "识别了规划实施的主要环境影响和制约因素，提出了规划优化调整建议和减缓不良环境影响的对策措施，"
           "评价内容较全面，评价方法基本适当，结论总体可信。")
    b.para("区域环境空气中PM2.5年均浓度（32 μg/m³）接近《环境空气质量标准》（GB 3095-2012）二级标准限值，"
           "O₃日最大8小时平均第90百分位数浓度呈上升趋势，VOCs和NOx协同减排压力较大；内坑溪水环境容量有限。"
           "规划实施须严守生态保护红线、环境质量底线和资源利用上线，在落实报告书和本审查意见提出的各项要求后，"
           "规划实施的不良环境影响可以得到一定程度的减缓。")
    b.heading("三、规划优化调整和实施过程中应重点做好以下工作")
    b.para("严格落实生态环境分区管控要求，内坑溪两侧各30 m范围内不得布局工业用地；保税加工区与北侧安置小区"
           "之间设置不小于100 m的卫生防护距离，防护距离内不得新建居住、学校、医院等环境敏感建筑。",
           head="（一）优化空间布局。", head_bold=True)
    b.para("入区项目应符合国家和我省产业政策及本区生态环境准入清单，禁止引入化学制浆、皮革鞣制、"
           "含电镀工序（专业园区除外）、炼化等项目，保税维修业务不得开展涉及拆解、报废的危险废物处理活动。",
           head="（二）严格生态环境准入。", head_bold=True)
    b.para("规划实施应以区域环境质量改善为核心，新增SO₂、NOx、VOCs排放量实行区域内等量或倍量削减替代，"
           "具体管控要求见下表。", head="（三）强化污染物排放总量管控。", head_bold=True)
    b.table(["管控类别", "管控指标", "单位", "管控要求"], [
        ["环境质量底线", "PM2.5年均浓度", "μg/m³", "≤28"],
        [None, "区界噪声（昼间/夜间）", "dB(A)", "≤65/≤55"],
        ["污染物排放管控", "SO₂排放总量", "t/a", "≤18.0"],
        [None, "NOx排放总量", "t/a", "≤57.5"],
        [None, "VOCs排放总量", "t/a", "≤49.0"],
        [None, "COD排放总量", "t/a", "≤119.0"],
        ["环境风险防控", "公共事故应急池有效容积", "m³", "≥2000"],
        ["资源利用效率", "单位工业增加值新鲜水耗", "m³/万元", "≤8"],
        [None, "中水回用率", "%", "≥30"],
    ], widths=[3.4, 5.6, 2.6, 3.4], merge_col0=True)
    b.empty()
    b.para("区内实行雨污分流，工业废水经预处理后纳入晋江市仙石污水处理厂集中处理，严禁直接或变相排入内坑溪。",
           head="（四）加强水污染防治。", head_bold=True)
    b.para("1.2027年底前完成区内污水管网全覆盖，初期雨水收集池容积按不小于15 mm降雨量设计。")
    b.para("2.仙石污水处理厂应同步实施提标改造，出水COD、氨氮执行《城镇污水处理厂污染物排放标准》"
           "（GB 18918-2002）一级A标准。")
    b.para("3.涉重金属、高盐废水的项目应单独收集、分质处理，不得稀释排放。")
    b.para("区内禁止新建燃煤锅炉，集中供热覆盖范围内的企业不得自建分散供热设施。涉VOCs排放企业应采用低（无）"
           "VOCs含量原辅材料，废气收集效率不低于90%，治理设施去除效率不低于80%；物流车辆优先采用新能源车辆，"
           "2030年前区内新能源物流车比例不低于60%。", head="（五）强化大气污染防治。", head_bold=True)
    b.para("建设一般工业固体废物和危险废物规范化贮存设施，危险废物安全处置率达到100%；建立健全"
           "“企业—园区—区域”三级环境风险防控体系，2027年底前建成有效容积不小于2000 m³的公共事故应急池，"
           "定期开展突发环境事件应急演练。", head="（六）加强固体废物和环境风险管理。", head_bold=True)
    b.para("建立区域环境质量监测体系，在规划区及周边敏感点设置环境空气自动监测站和地表水监测断面，"
           "重点监测PM2.5、O₃、VOCs、COD和氨氮；规划实施5年后组织开展环境影响跟踪评价，规划发生重大调整"
           "或修订的，应当重新或补充开展环境影响评价。", head="（七）落实跟踪评价和环境监测。", head_bold=True)
    b.heading("四、规划环评与项目环评联动")
    b.para("入区建设项目环境影响评价应以本次规划环评为依据，对符合规划环评结论和审查意见要求的建设项目，"
           "其环境影响评价文件中的政策符合性、选址合理性等内容可适当简化。建设项目环境影响评价中涉及的SO₂、"
           "NOx、COD、氨氮、VOCs排放总量指标应在本规划确定的总量限值内统筹解决。")
    b.para("请你委在规划实施过程中认真落实报告书及本审查意见要求，并将审查意见落实情况及时报送我厅。")
    b.para("（联系人：省生态环境厅环评处郑晓燕，电话：0591-87876543）")
    b.empty(2)
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    for i, s in enumerate(["福建省生态环境厅", "2026年6月12日"]):
        c = t.cell(i, 1)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_runs(c.paragraphs[0], s, FS, 16)
    set_widths(t, [8.0, 7.6])
    b.empty()
    b.para("（此件公开发布）", clause=False)
    b.banji("抄送：生态环境部环境影响评价与排放管理司，省商务厅，福州海关、厦门海关，泉州市人民政府，"
            "泉州市生态环境局，晋江市人民政府，福建省环境保护设计院有限公司。",
            "福建省生态环境厅办公室", "2026年6月12日印发")
    b.save("blind675_fujian_shenchahan")
    meta = {
        "title": "福建省生态环境厅关于泉州综合保税区发展规划（2026—2035年）环境影响报告书审查意见的函",
        "doc_number": "闽环评函〔2026〕47号",
        "issuer": ["福建省生态环境厅"],
        "date": "2026-06-12",
        "published": None,
        "level": "provincial",
        "region": "泉州综合保税区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "函",
        "recipients": ["泉州综合保税区管理委员会"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return {"blind675_fujian_shenchahan": [{"meta": meta, "clauses": b.clauses}]}


# ---------------------------------------------------------------------------
# 3. 泉州市联合发文通知 + 指引（表格红头、Word自动编号、附件为第二份文件）
# ---------------------------------------------------------------------------
NUM_XML_ABS = (
    r'<w:abstractNum %s w:abstractNumId="675">'
    r'<w:multiLevelType w:val="singleLevel"/>'
    r'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    r'<w:suff w:val="nothing"/><w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
    r'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
    r'<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:hAnsi="楷体_GB2312" w:eastAsia="楷体_GB2312"/>'
    r'<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>')
NUM_XML_NUM = r'<w:num %s w:numId="675"><w:abstractNumId w:val="675"/></w:num>'


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(NUM_XML_ABS % nsdecls("w"))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(NUM_XML_NUM % nsdecls("w")))
    return 675


def doc_tongzhi():
    b = Builder()
    d = b.doc
    numid = add_numbering(d)
    # 红头：两机关名称 + “文件”，用无框表格排版
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, s in enumerate(["泉州市生态环境局", "泉州市商务局"]):
        c = t.cell(i, 0)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        add_runs(c.paragraphs[0], s, XBS, 30, color=RED)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    add_runs(m.paragraphs[0], "文件", XBS, 40, color=RED)
    set_widths(t, [11.0, 4.5])
    b.empty()
    p = d.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add_runs(p, "泉环综〔2026〕9号", FS, 16)
    border(p, "bottom", "FF0000", 18, 6)
    b.empty()
    b.title("关于印发《泉州市综合保税区规划\n环境影响评价公众参与工作指引\n（试行）》的通知")
    b.empty()
    b.para("各县（市、区）生态环境局、商务局，泉州综合保税区管理委员会，泉州台商投资区管委会：",
           clause=False, indent=False)
    b.para("为深入贯彻《中华人民共和国环境影响评价法》《规划环境影响评价条例》和《环境影响评价公众参与办法》，"
           "规范我市综合保税区规划环境影响评价公众参与工作，保障公众环境保护知情权、参与权、表达权和监督权，"
           "服务“一带一路”和“海丝”核心区建设，市生态环境局、市商务局联合制定了《泉州市综合保税区规划环境影响"
           "评价公众参与工作指引（试行）》，现印发给你们，并就有关事项通知如下：")
    items = [
        ("加强组织领导。", "各地各有关单位要充分认识规划环评公众参与工作的重要性，明确分管领导和具体承办人员，"
         "将公众参与纳入规划编制和环评工作全过程，确保公众参与真实、有效、可追溯。"),
        ("规范信息公开。", "规划编制机关应在市、县两级政府门户网站或本单位网站同步公开规划环评信息，公开内容"
         "应包括规划概况、主要环境影响、公众意见表下载链接及联系方式，征求意见稿公示期限不得少于10个工作日。"),
        ("强化技术审核。", "市生态环境局将公众参与说明作为规划环评报告书技术审查的重要内容，对公众参与程序"
         "不完整、意见采纳情况说明不清的，不予提交审查。"),
        ("做好衔接落实。", "已完成规划环评审查的综合保税区，应当对照本指引要求于2026年12月31日前完成公众参与"
         "资料补充归档；正在开展规划环评的，按本指引执行。"),
        ("加强监督检查。", "市生态环境局、市商务局将不定期对各综合保税区规划环评公众参与情况开展抽查，"
         "抽查结果纳入综合保税区发展绩效评估环境保护指标。"),
        ("做好宣传引导。", "各地要充分利用政府网站、政务新媒体等渠道做好政策解读，引导公众依法有序参与"
         "规划环评，积极回应社会关切。"),
    ]
    cn = "一二三四五六七八九十"
    for i, (h, s) in enumerate(items):
        b.para(s, head=h, head_font=KT, head_bold=True, numbering=(numid, "（%s）" % cn[i]))
    b.para("执行中遇到的问题，请及时反馈市生态环境局环境影响评价与排放管理科（联系电话：0595-22587316，"
           "传真：0595-22587320，电子邮箱：qzshjj_hpk@163.com）。")
    b.empty()
    b.para("附件：泉州市综合保税区规划环境影响评价公众参与工作指引（试行）", clause=False)
    b.empty(1)
    b.para("泉州市生态环境局　　　　　　　泉州市商务局", clause=False, indent=False,
           align=WD_ALIGN_PARAGRAPH.CENTER)
    b.para("　　　　　　　　　　　　　　　　2026年1月20日", clause=False, indent=False)
    b.para("（此件公开发布）", clause=False)
    notice_clauses = b.clauses
    b.clauses = []

    # ---- 附件：指引 ----
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    p = d.add_paragraph()
    fmt(p, indent=False)
    add_runs(p, "附件", HT, 16)
    b.empty()
    b.title("泉州市综合保税区规划环境影响评价\n公众参与工作指引（试行）")
    b.empty()

    def chapter(s):
        p = d.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        add_runs(p, s, HT, 16)

    def art(no, s):
        b.para(s, head=no + "　", head_font=HT)

    chapter("第一章　总则")
    art("第一条", "为规范泉州市综合保税区规划环境影响评价（以下简称“规划环评”）公众参与工作，根据"
        "《中华人民共和国环境影响评价法》《规划环境影响评价条例》《环境影响评价公众参与办法》等法律法规和规章，"
        "结合本市实际，制定本指引。")
    art("第二条", "本指引适用于本市行政区域内综合保税区、保税物流中心（B型）以及跨境电子商务综合试验区"
        "线下产业园区编制的综合性规划和专项规划的环境影响评价公众参与工作。")
    art("第三条", "规划环评公众参与应当遵循依法、有序、公开、便利的原则。规划编制机关对公众参与的组织实施负责，"
        "环境影响评价机构（以下简称“评价单位”）提供技术支持。")
    chapter("第二章　信息公开")
    art("第四条", "规划编制机关在委托评价单位开展规划环评工作后7个工作日内，应当公开下列信息：")
    b.para("（一）规划名称、规划范围（面积以km{^2}计，保留两位小数）和规划期限；")
    b.para("（二）规划编制机关和评价单位的名称及联系方式；")
    b.para("（三）公众意见表的网络链接；")
    b.para("（四）提交公众意见的方式和途径。")
    art("第五条", "规划环评报告书征求意见稿形成后，规划编制机关应当公开下列信息，公开期限不得少于10个工作日：")
    b.para("（一）报告书征求意见稿全文的网络链接及查阅纸质报告书的方式和途径；")
    b.para("（二）规划实施的主要环境影响，包括主要污染物（SO{_2}、NOx、颗粒物、VOCs、COD、氨氮等）"
           "排放量预测结果，以t/a计；")
    b.para("（三）区域环境质量现状及规划目标，其中PM2.5年均浓度以μg/m{^3}计，区界噪声以dB(A)计，"
           "单位工业增加值新鲜水耗以m{^3}/万元计；")
    b.para("（四）征求意见的公众范围、公众意见表的网络链接和提交公众意见的方式和途径；")
    b.para("（五）公众提出意见的起止时间。")
    art("第六条", "信息公开应当采取网络平台公开、报纸公开和现场张贴三种方式同步进行。现场张贴地点应当选择"
        "综合保税区卡口、周边1 km范围内的居民区、学校等公众易于知悉的场所。")
    chapter("第三章　意见征求和处理")
    art("第七条", "公众可以通过信函、传真、电子邮件或者规划编制机关提供的其他方式提交公众意见表。"
        "规划编制机关应当公开接收公众意见的电子邮箱和传真号码，并确保畅通。")
    art("第八条", "对环境影响方面公众质疑性意见多的规划，规划编制机关应当组织召开座谈会、专家论证会或者听证会。"
        "座谈会或者专家论证会结束后5个工作日内，应当公开会议纪要。")
    art("第九条", "规划编制机关应当认真研究公众意见，对与规划环评相关的合理意见予以采纳；未采纳的，"
        "应当在公众参与说明中说明理由。")
    art("第十条", "规划编制机关向生态环境主管部门报送规划环评报告书审查时，应当同步报送公众参与说明。"
        "公众参与说明包括以下内容：")
    b.para("（一）公众参与的过程、范围和内容；")
    b.para("（二）公众意见收集整理和归纳分析情况；")
    b.para("（三）公众意见采纳情况，或者未采纳情况、理由及向公众反馈的情况等。")
    chapter("第四章　附则")
    art("第十一条", "综合保税区规划环评报告书中引用的环境质量、污染物排放等数据，应当标明计量单位，"
        "计量单位使用国家法定计量单位，如面积单位为km{^2}或m{^2}，大气污染物浓度单位为μg/m{^3}或mg/m{^3}，"
        "排放总量单位为t/a。")
    art("第十二条", "本指引由泉州市生态环境局、泉州市商务局负责解释。")
    art("第十三条", "本指引自2026年3月1日起施行，有效期至2028年2月29日。《泉州市开发区规划环境影响评价"
        "公众参与工作规程》（泉环〔2020〕17号）同时废止。")
    b.banji("抄送：泉州市人民政府办公室，泉州海关，福建省生态环境厅环评处。",
            "泉州市生态环境局办公室", "2026年1月20日印发")
    guide_clauses = b.clauses
    b.save("blind675_quanzhou_tongzhi")

    issuers = ["泉州市生态环境局", "泉州市商务局"]
    guide_title = "泉州市综合保税区规划环境影响评价公众参与工作指引（试行）"
    m1 = {
        "title": "关于印发《泉州市综合保税区规划环境影响评价公众参与工作指引（试行）》的通知",
        "doc_number": "泉环综〔2026〕9号",
        "issuer": issuers,
        "date": "2026-01-20",
        "published": None,
        "level": "municipal",
        "region": "泉州市",
        "effective": None,
        "expires": None,
        "attachments": [guide_title],
        "doc_type": "通知",
        "recipients": ["各县（市、区）生态环境局、商务局", "泉州综合保税区管理委员会", "泉州台商投资区管委会"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    m2 = {
        "title": guide_title,
        "doc_number": None,
        "issuer": issuers,
        "date": "2026-01-20",
        "published": None,
        "level": "municipal",
        "region": "泉州市",
        "effective": "2026-03-01",
        "expires": "2028-02-29",
        "attachments": [],
        "doc_type": "指引",
        "recipients": [],
        "publicity": None,
        "repeals": "《泉州市开发区规划环境影响评价公众参与工作规程》（泉环〔2020〕17号）",
    }
    return {"blind675_quanzhou_tongzhi": [
        {"meta": m1, "clauses": notice_clauses},
        {"meta": m2, "clauses": guide_clauses},
    ]}


def main():
    expected = {}
    for fn in (doc_gongshi, doc_shencha, doc_tongzhi):
        expected.update(fn())
    for stem in expected:
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_675", "--headless",
             "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
