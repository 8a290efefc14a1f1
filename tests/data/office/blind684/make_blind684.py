# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 684: 省政府年度立法工作计划 (Word + PDF + expected.json)."""
import os
import json
import copy
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# ---------------------------------------------------------------- helpers
def set_font(run, name, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, line=28.95, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def setup(doc):
    sec = doc.sections[0]
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # page number "— 1 —" in footer
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, SONG, 14)
    r = fp.add_run()
    set_font(r, SONG, 14)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._element.append(b)
    r = fp.add_run()
    set_font(r, SONG, 14)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    r._element.append(it)
    r = fp.add_run()
    set_font(r, SONG, 14)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r._element.append(s)
    r = fp.add_run("1")
    set_font(r, SONG, 14)
    r = fp.add_run()
    set_font(r, SONG, 14)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._element.append(e)
    r = fp.add_run(" —")
    set_font(r, SONG, 14)


def border(p, side="bottom", color="FF0000", sz=12, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False)


def red_header(doc, organ, number, size=36):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60)
    set_font(p.add_run(organ), XBS, size, color=RED)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=6)
    set_font(p.add_run(number), FS, 16)
    border(p, "bottom", "FF0000", 18, 4)
    empty(doc, 1)


def title(doc, lines, new_page=False):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=33)
    p.paragraph_format.page_break_before = new_page
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        set_font(r, XBS, 22)
        if i < len(lines) - 1:
            r.add_break()  # soft line break inside the title
    empty(doc, 1)


def plain(doc, text, font=FS, size=16, bold=False, align=None, indent=False):
    p = doc.add_paragraph()
    fmt(p, align, indent=indent)
    set_font(p.add_run(text), font, size, bold)
    return p


def heading1(doc, text):
    return plain(doc, text, HT, 16, indent=True)


def heading2(doc, text, bold=True):
    return plain(doc, text, KT, 16, bold=bold, indent=True)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


class Key:
    def __init__(self):
        self.docs = []

    def new(self, meta):
        self.docs.append({"meta": meta, "clauses": []})

    def add(self, text):
        self.docs[-1]["clauses"].append(text)


def body(doc, key, text, lead_spaces=False, indent=True):
    """A body paragraph that is a clause."""
    p = doc.add_paragraph()
    fmt(p, indent=indent and not lead_spaces)
    set_font(p.add_run(("\u3000\u3000" if lead_spaces else "") + text), FS, 16)
    key.add(text)
    return p


def runin(doc, key, head, text, head_font=KT, head_bold=True):
    """Run-in heading: bold heading run + ordinary text in the same paragraph."""
    p = doc.add_paragraph()
    fmt(p)
    set_font(p.add_run(head), head_font, 16, head_bold)
    set_font(p.add_run(text), FS, 16)
    key.add(head + text)
    return p


def signature(doc, organ, date, pad_organ=16, pad_date=17):
    empty(doc, 1)
    plain(doc, "\u3000" * 0 + " " * pad_organ + organ)
    plain(doc, " " * pad_date + date)


def publicity(doc):
    p = plain(doc, "（此件公开发布）", indent=True)
    return p


def banji_paras(doc, cc, organ, printed, gap):
    empty(doc, 2)
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run(cc), FS, 14)
    border(p, "top", "000000", 8, 1)
    border(p, "bottom", "000000", 4, 1)
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.paragraph_format.left_indent = Pt(14)
    set_font(p.add_run(organ + "\u3000" * gap + printed), FS, 14)
    border(p, "bottom", "000000", 8, 1)


def set_cell_borders(cell, **kw):
    tcpr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for side, (val, sz) in kw.items():
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tcpr.append(b)


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = None
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(20)
    set_font(p.add_run(text), font, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def add_numbering(doc, abs_id, num_id):
    """A single-level '1.' list (no suffix), as Word's own numbering."""
    numbering = doc.part.numbering_part.element
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (W_NS, abs_id, FS, FS, FS)
    )
    absel = parse_xml(absxml)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absel)
    else:
        numbering.append(absel)
    numel = parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        % (W_NS, num_id, abs_id))
    numbering.append(numel)
    return num_id


def auto_item(doc, key, num_id, index, text):
    p = doc.add_paragraph()
    fmt(p)
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (W_NS, num_id))
    ppr.insert(0, numpr)
    set_font(p.add_run(text), FS, 16)
    key.add("%d.%s" % (index, text))


def base_meta(**kw):
    m = {
        "title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
        "level": "provincial", "region": None, "effective": None, "expires": None,
        "attachments": [], "doc_type": None, "recipients": [], "publicity": None, "repeals": None,
    }
    m.update(kw)
    return m


# ---------------------------------------------------------------- 1. 浙江
def make_zhejiang():
    doc = Document(); setup(doc); key = Key()
    organ = "浙江省人民政府办公厅"
    plan_title = "浙江省人民政府2026年度立法工作计划"
    key.new(base_meta(
        title="浙江省人民政府办公厅关于印发浙江省人民政府2026年度立法工作计划的通知",
        doc_number="浙政办发〔2026〕9号", issuer=[organ], date="2026-02-27",
        region="浙江省", doc_type="通知",
        recipients=["各市、县（市、区）人民政府", "省政府直属各单位"],
        publicity="此件公开发布"))
    red_header(doc, "浙江省人民政府办公厅文件", "浙政办发〔2026〕9号")
    title(doc, ["浙江省人民政府办公厅关于印发浙江省", "人民政府2026年度立法工作计划的通知"])
    plain(doc, "各市、县（市、区）人民政府，省政府直属各单位：")
    body(doc, key, "《浙江省人民政府2026年度立法工作计划》已经十四届省政府第68次常务会议审议通过，现印发给你们，请认真组织实施。", lead_spaces=True)
    body(doc, key, "各地、各部门要深入贯彻习近平法治思想，把政府立法工作摆在更加突出的位置，主要负责同志要亲自研究部署本单位承担的立法项目，确保按时保质完成立法任务。省司法厅要加强统筹协调和跟踪督办，定期通报立法计划执行情况，重要情况及时向省政府报告。", lead_spaces=True)
    signature(doc, organ, "2026年2月27日", 34, 35)
    publicity(doc)

    key.new(base_meta(title=plan_title, issuer=[organ], date="2026-02-27",
                      region="浙江省", doc_type="计划"))
    title(doc, [plan_title], new_page=True)
    heading1(doc, "一、总体要求")
    body(doc, key, "2026年是“十五五”规划开局之年。全省政府立法工作要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入贯彻习近平法治思想，认真落实省委、省政府决策部署，紧紧围绕高水平对外开放、共建“一带一路”重要枢纽、中国（浙江）自由贸易试验区提升发展等重点任务，坚持科学立法、民主立法、依法立法，以良法促进发展、保障善治。")
    body(doc, key, "坚持立改废释并举，突出重点领域、新兴领域、涉外领域立法，着力提高立法质量和效率。2026年度共安排提请省人大常委会审议的地方性法规项目5件、省政府规章项目6件，另安排预备项目6件。")
    empty(doc)
    heading1(doc, "二、立法项目")
    heading2(doc, "（一）提请省人大常委会审议的地方性法规项目（5件）")
    for t in ["1.中国（浙江）自由贸易试验区条例（修订）（起草单位：省商务厅）",
              "2.浙江省跨境电子商务促进条例（起草单位：省商务厅、杭州海关）",
              "3.浙江省口岸管理条例（起草单位：省商务厅（省口岸办））",
              "4．浙江省海洋经济发展条例（修订）（起草单位：省发展改革委）",
              "5.浙江省数据资源开发利用条例（起草单位：省数据局）"]:
        body(doc, key, t)
    heading2(doc, "（二）省政府规章项目（6件）")
    for t in ["1.浙江省中欧班列（义新欧）运营服务管理办法（起草单位：省发展改革委、金华市人民政府）",
              "2.浙江省外商投资企业投诉工作办法（起草单位：省商务厅）",
              "3.浙江省综合保税区管理办法（起草单位：省商务厅、杭州海关、宁波海关）",
              "4.浙江省公平竞争审查实施办法（起草单位：省市场监管局）",
              "5.浙江省重大行政决策程序规定（修订）（起草单位：省司法厅）",
              "6.浙江省海上搜寻救助管理办法（起草单位：省交通运输厅）"]:
        body(doc, key, t)
    heading2(doc, "（三）预备项目（6件）")
    body(doc, key, "以下项目由起草单位抓紧开展调研论证，条件成熟时适时提请省人大常委会审议或者提交省政府常务会议审议：")
    for t in ["1.浙江省国际贸易“单一窗口”建设运营条例（起草单位：省商务厅（省口岸办））",
              "2.浙江省促进民营经济发展条例（修订）（起草单位：省发展改革委）",
              "3.浙江省宁波舟山港一体化发展促进办法（起草单位：省交通运输厅、宁波市人民政府、舟山市人民政府）",
              "4.浙江省涉外商事调解办法（起草单位：省司法厅）",
              "5.浙江省人工智能产业发展促进条例（起草单位：省经信厅、省科技厅）",
              "6.浙江省义乌国际贸易综合改革试验区条例（修订）（起草单位：义乌市人民政府、省商务厅）"]:
        body(doc, key, t)
    empty(doc)
    heading1(doc, "三、工作要求")
    runin(doc, key, "（一）压实起草责任。", "起草单位是立法项目的责任主体，要成立由主要负责同志牵头的起草工作专班，制定起草工作方案，明确时间表、路线图，深入开展调查研究，广泛听取企业、行业协会商会和基层立法联系点意见，涉及外商投资的项目还应当听取外商投资企业和相关商协会意见。")
    runin(doc, key, "（二）严格时间节点。", "列入提请审议的地方性法规项目和省政府规章项目，起草单位应当按照以下要求报送送审稿：")
    for t in ["1.中国（浙江）自由贸易试验区条例（修订）、浙江省口岸管理条例，于2026年5月31日前报送；",
              "2.其他地方性法规项目，于2026年7月31日前报送；",
              "3.省政府规章项目，于2026年9月30日前报送。"]:
        body(doc, key, t)
    body(doc, key, "因特殊情况不能按时报送的，起草单位应当书面向省政府说明理由。")
    runin(doc, key, "（三）提高立法质量。", "省司法厅要提前介入重要立法项目起草工作，加强对立法项目合法性、合理性、可操作性的审查，对涉及自由贸易试验区、跨境电子商务、综合保税区等改革创新事项的条款，要做好与国家法律法规和改革授权的衔接。")
    runin(doc, key, "（四）做好宣传解读。", "法规规章出台后，起草单位要同步做好政策解读和宣传工作，及时制定或者修改配套制度，确保法规规章有效实施。")
    banji_paras(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院。",
                organ, "2026年2月28日印发", 9)
    return doc, key


# ---------------------------------------------------------------- 2. 湖北 (table version)
def make_hubei():
    doc = Document(); setup(doc); key = Key()
    organ = "湖北省人民政府办公厅"
    plan_title = "湖北省人民政府2026年度立法工作计划"
    key.new(base_meta(
        title="湖北省人民政府办公厅关于印发湖北省人民政府2026年度立法工作计划的通知",
        doc_number="鄂政办发〔2026〕14号", issuer=[organ], date="2026-03-06",
        region="湖北省", doc_type="通知",
        recipients=["各市、州、县人民政府", "省政府各部门"],
        publicity="此件公开发布"))
    red_header(doc, "湖北省人民政府办公厅文件", "鄂政办发〔2026〕14号")
    title(doc, ["湖北省人民政府办公厅关于印发湖北省", "人民政府2026年度立法工作计划的通知"])
    plain(doc, "各市、州、县人民政府，省政府各部门：")
    body(doc, key, "《湖北省人民政府2026年度立法工作计划》已经省人民政府同意，现印发给你们，请结合实际认真贯彻落实。")
    body(doc, key, "各起草单位要于2026年6月30日前和12月10日前，分别将本单位承担立法项目的上半年和全年进展情况书面报送省司法厅。省司法厅要加强督促指导，确保立法计划按期完成。")
    empty(doc, 1)
    # 落款 set in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in t.rows:
        row.cells[0].width = Cm(7.5)
        row.cells[1].width = Cm(8.1)
    cell_text(t.cell(0, 1), organ, FS, 16)
    cell_text(t.cell(1, 1), "2026年3月6日", FS, 16)
    empty(doc)
    publicity(doc)

    key.new(base_meta(title=plan_title, issuer=[organ], date="2026-03-06",
                      region="湖北省", doc_type="计划"))
    title(doc, [plan_title], new_page=True)
    heading1(doc, "一、总体要求")
    part1 = "2026年全省政府立法工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，深入贯彻习近平法治思想，完整准确全面贯彻新发展理念，服务和融入新发展格局。"
    part2 = "围绕加快建成中部地区崛起重要战略支点、打造内陆开放新高地，聚焦自由贸易试验区提升、中欧班列（武汉）高质量发展、跨境电子商务综合试验区建设等重点领域加强立法，以高质量立法推动高质量发展。"
    p = doc.add_paragraph(); fmt(p)
    r = p.add_run(part1); set_font(r, FS, 16); r.add_break()  # soft line break mid-paragraph
    set_font(p.add_run(part2), FS, 16)
    key.add(part1 + part2)
    body(doc, key, "坚持党对立法工作的全面领导，重大立法事项按程序向省委请示报告；坚持问题导向，立足解决实际问题，能具体就不原则，能明确就不笼统，增强立法的针对性、适用性、可操作性。")
    heading1(doc, "二、立法项目")
    body(doc, key, "2026年，省人民政府共安排立法项目16件，其中提请省人大常委会审议的地方性法规项目5件、省人民政府规章项目6件、预备项目5件。具体项目如下：")

    cats = [
        ("提请省人大常委会审议的地方性法规项目", [
            ("中国（湖北）自由贸易试验区条例（修订）", "省商务厅", "2026年5月"),
            ("湖北省中欧班列（武汉）发展促进条例", "省发展改革委、武汉市人民政府", "2026年7月"),
            ("湖北省优化营商环境条例（修订）", "省发展改革委", "2026年6月"),
            ("湖北省长江船舶污染防治条例", "省交通运输厅", "2026年8月"),
            ("湖北省外商投资促进条例", "省商务厅", "2026年9月"),
        ]),
        ("省人民政府规章项目", [
            ("湖北省跨境电子商务综合试验区管理办法", "省商务厅", "2026年6月"),
            ("湖北省综合保税区管理办法", "省商务厅、武汉海关", "2026年8月"),
            ("湖北省鄂州花湖国际机场临空经济区管理办法", "鄂州市人民政府", "2026年9月"),
            ("湖北省行政规范性文件管理办法（修订）", "省司法厅", "2026年7月"),
            ("湖北省涉外法律服务促进办法", "省司法厅", "2026年10月"),
            ("湖北省政府投资项目审批管理办法", "省发展改革委", "2026年10月"),
        ]),
        ("预备项目", [
            ("湖北省数据条例", "省数据局", "视调研论证情况确定"),
            ("湖北省知识产权保护条例（修订）", "省市场监管局（省知识产权局）", "视调研论证情况确定"),
            ("湖北省多式联运促进办法", "省交通运输厅", "视调研论证情况确定"),
            ("湖北省国际贸易“单一窗口”管理办法", "省商务厅", "视调研论证情况确定"),
            ("湖北省内河港口管理条例（修订）", "省交通运输厅", "视调研论证情况确定"),
        ]),
    ]
    heads = ["类别", "项目名称", "起草单位", "报送时间"]
    nrows = 1 + sum(len(c[1]) for c in cats)
    tb = doc.add_table(rows=nrows, cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.8), Cm(6.0), Cm(3.8), Cm(3.0)]
    tb.autofit = False
    for i, w in enumerate(widths):
        tb.columns[i].width = w
    for row in tb.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    for i, h in enumerate(heads):
        cell_text(tb.cell(0, i), h, HT, 12)
    # repeat header row on every page
    trpr = tb.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trpr.append(th)
    for row in tb.rows[1:]:
        cs = OxmlElement("w:cantSplit"); cs.set(qn("w:val"), "true")
        row._tr.get_or_add_trPr().append(cs)
    r = 1
    for cat, items in cats:
        first = r
        for name, unit, when in items:
            cell_text(tb.cell(r, 1), name, FS, 12, align=WD_ALIGN_PARAGRAPH.LEFT)
            cell_text(tb.cell(r, 2), unit, FS, 12)
            cell_text(tb.cell(r, 3), when, FS, 12)
            key.add("类别：%s；项目名称：%s；起草单位：%s；报送时间：%s" % (cat, name, unit, when))
            r += 1
        merged = tb.cell(first, 0).merge(tb.cell(r - 1, 0))
        for extra in merged.paragraphs[1:]:
            extra._p.getparent().remove(extra._p)
        cell_text(merged, cat, FS, 12)
    empty(doc)
    body(doc, key, "预备项目由起草单位抓紧调研论证，条件成熟的，可以按程序申请调整为正式项目。")
    heading1(doc, "三、工作要求")
    runin(doc, key, "（一）加强组织领导。", "各起草单位要把立法项目纳入年度重点工作，主要负责同志亲自抓，分管负责同志具体抓，落实起草人员和经费保障。")
    runin(doc, key, "（二）严格起草程序。", "起草单位应当按照《湖北省人民政府规章制定程序规定》要求，通过座谈会、论证会、听证会、网上征求意见等方式广泛听取意见，涉及市场主体切身利益的，应当充分听取企业和行业协会商会意见。")
    runin(doc, key, "（三）加强统筹协调。", "涉及多个部门的立法项目，牵头起草单位要主动协调；协调不一致的，报省司法厅协调；仍不能达成一致的，由省司法厅报请省人民政府决定。")
    runin(doc, key, "（四）强化督促检查。", "立法计划执行情况纳入法治政府建设考核内容。确需调整立法项目的，起草单位应当向省司法厅提出书面申请，由省司法厅报省人民政府同意后调整。")
    empty(doc, 1)
    # 版记 typed as a one-column table with top/bottom rules
    bj = doc.add_table(rows=2, cols=1)
    bj.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(bj.cell(0, 0), "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省纪委监委，省法院，省检察院，省军区。",
              FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_text(bj.cell(1, 0), organ + "\u3000" * 9 + "2026年3月9日印发", FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    set_cell_borders(bj.cell(0, 0), top=("single", 12), bottom=("single", 4))
    set_cell_borders(bj.cell(1, 0), bottom=("single", 12))
    return doc, key


# ---------------------------------------------------------------- 3. 福建 (Word auto-numbering)
def make_fujian():
    doc = Document(); setup(doc); key = Key()
    organ = "福建省人民政府办公厅"
    plan_title = "福建省人民政府2026年度立法工作计划"
    key.new(base_meta(
        title="福建省人民政府办公厅关于印发福建省人民政府2026年度立法工作计划的通知",
        doc_number="闽政办〔2026〕17号", issuer=[organ], date="2026-03-13",
        region="福建省", doc_type="通知", attachments=[plan_title],
        recipients=["各市、县（区）人民政府", "平潭综合实验区管委会", "省人民政府各部门、各直属机构"],
        publicity="此件公开发布"))
    red_header(doc, organ, "闽政办〔2026〕17号", size=40)
    title(doc, ["福建省人民政府办公厅关于印发福建省", "人民政府2026年度立法工作计划的通知"])
    plain(doc, "各市、县（区）人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构：")
    body(doc, key, "经省人民政府同意，现将《福建省人民政府2026年度立法工作计划》印发给你们，请认真贯彻执行。")
    body(doc, key, "各有关单位要进一步提高政治站位，把立法工作与全面深化改革、扩大高水平对外开放紧密结合，扎实推进21世纪海上丝绸之路核心区和中国（福建）自由贸易试验区建设领域立法，以法治方式巩固改革成果。")
    plain(doc, "附件：福建省人民政府2026年度立法工作计划", indent=True)
    empty(doc, 1)
    plain(doc, "　" * 13 + organ)
    plain(doc, "　" * 14 + "2026年3月13日")
    publicity(doc)

    key.new(base_meta(title=plan_title, issuer=[organ], date="2026-03-13",
                      region="福建省", doc_type="计划"))
    p = plain(doc, "附件", HT, 16)
    p.paragraph_format.page_break_before = True
    empty(doc)
    title(doc, [plan_title])
    heading1(doc, "一、总体要求")
    body(doc, key, "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想和习近平总书记对福建工作的重要讲话重要指示批示精神，认真落实省委十一届历次全会部署，着力在服务高水平对外开放、探索海峡两岸融合发展新路、推动海洋强省建设等方面加强立法，为奋力谱写中国式现代化福建篇章提供法治保障。")
    body(doc, key, "2026年省政府立法工作安排提请省人大常委会审议的地方性法规项目5件、省政府规章项目5件、预备项目4件。")
    heading1(doc, "二、立法项目")
    groups = [
        ("（一）提请省人大常委会审议的地方性法规项目（5件）", [
            "中国（福建）自由贸易试验区条例（修订）（起草单位：省商务厅）",
            "福建省21世纪海上丝绸之路核心区建设促进条例（起草单位：省发改委）",
            "福建省跨境电子商务发展促进条例（起草单位：省商务厅、福州海关、厦门海关）",
            "福建省海洋经济促进条例（修订）（起草单位：省海洋渔业局）",
            "福建省台湾同胞投资保障条例（修订）（起草单位：省台港澳办、省商务厅）",
        ]),
        ("（二）省政府规章项目（5件）", [
            "福建省“丝路海运”发展促进办法（起草单位：省交通运输厅）",
            "福建省中欧（厦门）班列运营管理办法（起草单位：省发改委、厦门市人民政府）",
            "福建省综合保税区管理办法（起草单位：省商务厅、福州海关、厦门海关）",
            "福建省外商投资企业投诉工作办法（修订）（起草单位：省商务厅）",
            "福建省行政执法监督办法（起草单位：省司法厅）",
        ]),
        ("（三）预备项目（4件）", [
            "福建省平潭国际旅游岛建设条例（起草单位：平潭综合实验区管委会）",
            "福建省数据条例（起草单位：省数据管理局）",
            "福建省国际商事仲裁和调解促进办法（起草单位：省司法厅、省贸促会）",
            "福建省海上风电开发建设管理办法（起草单位：省发改委、省海洋渔业局）",
        ]),
    ]
    for gi, (head, items) in enumerate(groups):
        # heading typed in the body font, made to look like a heading with a bold run
        p = doc.add_paragraph(); fmt(p)
        set_font(p.add_run(head), FS, 16, bold=True)
        nid = add_numbering(doc, 90 + gi, 90 + gi)
        for i, t in enumerate(items, 1):
            auto_item(doc, key, nid, i, t)
    heading1(doc, "三、工作要求")
    runin(doc, key, "（一）落实工作责任。", "起草单位要按照计划确定的时间节点，倒排工期，挂图作战。提请省人大常委会审议的地方性法规项目，应当于2026年8月底前将送审稿报送省人民政府；省政府规章项目应当于2026年10月底前报送省人民政府。", FS, True)
    runin(doc, key, "（二）坚持开门立法。", "起草过程中要通过省人民政府网站、“闽政通”平台等公开征求社会公众意见，征求意见时间一般不少于30日；涉及台胞台企权益的，应当听取台胞台企意见。", FS, True)
    runin(doc, key, "（三）加强备案审查。", "规章公布后，起草单位应当在30日内会同省司法厅做好备案报送工作，并同步开展规章解读。", FS, True)
    runin(doc, key, "（四）做好配套衔接。", "法规规章施行前，有关部门要及时清理与其不一致的规范性文件；需要制定配套规定的，应当自法规规章施行之日起一年内制定完成。", FS, True)
    banji_paras(doc, "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院。",
                organ, "2026年3月14日印发", 8)
    return doc, key


def main():
    lo_profile = "file:///tmp/lo_684"
    expected = {}
    for stem, fn in [("blind684_zhejiang_tongzhi", make_zhejiang),
                     ("blind684_hubei_jihua", make_hubei),
                     ("blind684_fujian_tongzhi", make_fujian)]:
        doc, key = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = key.docs
        subprocess.run(["soffice", "-env:UserInstallation=" + lo_profile, "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
