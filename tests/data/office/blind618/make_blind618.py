# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 618: 实施细则 with a landscape 附表 of 奖励标准."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)
PPR_AFTER_PBDR = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

COLS = ["类别", "支持对象", "支持条件", "奖励标准", "申报材料", "受理部门"]


# ---------------------------------------------------------------- helpers
def run(p, text, font=FS, size=16, bold=False, color=None, sup=False):
    r = p.add_run(text)
    r.font.name = font
    r.font.size = Pt(size)
    r.font.bold = bold
    rpr = r._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    if color is not None:
        r.font.color.rgb = color
    if sup:
        r.font.superscript = True
    return r


def para(container, parts=None, align=None, indent=True, line=28, before=0, after=0):
    p = container.add_paragraph()
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    if line:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    for part in parts or []:
        if isinstance(part, str):
            run(p, part)
        else:
            text, kw = part
            run(p, text, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.insert_element_before(pbdr, *PPR_AFTER_PBDR)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    pbdr.append(el)


def page_setup(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width = Cm(29.7)
        section.page_height = Cm(21.0)
        section.top_margin = Cm(2.6)
        section.bottom_margin = Cm(2.4)
        section.left_margin = Cm(2.5)
        section.right_margin = Cm(2.5)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width = Cm(21.0)
        section.page_height = Cm(29.7)
        section.top_margin = Cm(3.7)
        section.bottom_margin = Cm(3.5)
        section.left_margin = Cm(2.8)
        section.right_margin = Cm(2.6)


def page_number_footer(section, style="dash"):
    f = section.footer
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if style == "dash":
        run(p, "— ", font="宋体", size=14)
    fld = parse_xml(
        '<w:fldSimple %s w:instr=" PAGE "><w:r><w:rPr><w:rFonts w:ascii="宋体" '
        'w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r>'
        "</w:fldSimple>" % nsdecls("w")
    )
    p._p.append(fld)
    if style == "dash":
        run(p, " —", font="宋体", size=14)


def cell_text(cell, parts, align=WD_ALIGN_PARAGRAPH.LEFT, size=10.5, font=FS, bold=False):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = 1.0
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if part == "<br>":
            p.add_run().add_break(WD_BREAK.LINE)
        elif isinstance(part, tuple):
            t, kw = part
            kw = dict(kw)
            kw.setdefault("size", size)
            kw.setdefault("font", font)
            kw.setdefault("bold", bold)
            run(p, t, **kw)
        else:
            run(p, part, font=font, size=size, bold=bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    trpr.append(el)


def plain(parts):
    """Logical text of a list of parts (for the answer key)."""
    out = []
    for part in parts:
        if part == "<br>":
            continue
        out.append(part[0] if isinstance(part, tuple) else part)
    return "".join(out)


def reward_table(doc, rows, widths, header_parts, merges_cat, merges_dept=None,
                 repeat=False, header_size=11, body_size=10.5):
    """rows: list of dicts with keys per column (value = parts list or str).
    merges_cat: list of (first_row, last_row, parts) for the 类别 column (0-based data rows).
    merges_dept: same for 受理部门 column."""
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for i, hp in enumerate(header_parts):
        cell_text(t.cell(0, i), hp, align=WD_ALIGN_PARAGRAPH.CENTER, size=header_size, font=HT)
    if repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows):
        r = ri + 1
        for ci, key in enumerate(COLS):
            if key not in row:
                continue
            al = WD_ALIGN_PARAGRAPH.CENTER if key in ("类别", "受理部门") else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(t.cell(r, ci), row[key], align=al, size=body_size)
        no_split(t.rows[r])
    for (a, b, parts) in merges_cat:
        m = t.cell(a + 1, 0).merge(t.cell(b + 1, 0))
        cell_text(m, parts, align=WD_ALIGN_PARAGRAPH.CENTER, size=body_size, font=HT)
    for (a, b, parts) in (merges_dept or []):
        m = t.cell(a + 1, 5).merge(t.cell(b + 1, 5))
        cell_text(m, parts, align=WD_ALIGN_PARAGRAPH.CENTER, size=body_size)
    for ci, w in enumerate(widths):
        t.columns[ci].width = Cm(w)
    for row in t.rows:
        for ci, w in enumerate(widths):
            for tc in row._tr.tc_lst[ci:ci + 1]:
                tc.width = Cm(w)
    tblpr = t._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    tw.set(qn("w:w"), str(int(sum(widths) / 2.54 * 1440)))
    tw.set(qn("w:type"), "dxa")
    return t


def table_clauses(rows, merges_cat, merges_dept=None):
    out = []
    cat = {}
    for a, b, parts in merges_cat:
        for i in range(a, b + 1):
            cat[i] = plain(parts if isinstance(parts, list) else [parts])
    dept = {}
    for a, b, parts in (merges_dept or []):
        for i in range(a, b + 1):
            dept[i] = plain(parts if isinstance(parts, list) else [parts])
    for i, row in enumerate(rows):
        vals = []
        for key in COLS:
            if key == "类别" and i in cat:
                v = cat[i]
            elif key == "受理部门" and i in dept:
                v = dept[i]
            else:
                x = row[key]
                v = plain(x if isinstance(x, list) else [x])
            vals.append("%s：%s" % (key, v))
        out.append("；".join(vals))
    return out


class Numbering:
    def __init__(self, doc):
        self.el = doc.part.numbering_part.element
        ids = [int(x.get(qn("w:abstractNumId"))) for x in self.el.findall(qn("w:abstractNum"))]
        self.next_abs = (max(ids) + 1) if ids else 10
        nids = [int(x.get(qn("w:numId"))) for x in self.el.findall(qn("w:num"))]
        self.next_num = (max(nids) + 1) if nids else 1

    def abstract(self, fmt, text, font=FS):
        aid = self.next_abs
        self.next_abs += 1
        a = parse_xml(
            '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="nothing"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
            "</w:lvl></w:abstractNum>" % (nsdecls("w"), aid, fmt, text, font, font, font)
        )
        nums = self.el.findall(qn("w:num"))
        if nums:
            nums[0].addprevious(a)
        else:
            self.el.append(a)
        return aid

    def num(self, aid):
        nid = self.next_num
        self.next_num += 1
        n = parse_xml(
            '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            % (nsdecls("w"), nid, aid)
        )
        self.el.append(n)
        return nid


def set_numbered(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = nid


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    page_setup(doc.sections[0])
    page_number_footer(doc.sections[0])
    return doc


def title_para(doc, parts, size=22, before=0, after=0):
    p = para(doc, indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, before=before, after=after)
    p.paragraph_format.line_spacing = Pt(36)
    for part in parts:
        if part == "<br>":
            p.add_run().add_break(WD_BREAK.LINE)
        else:
            run(p, part, font=XBS, size=size)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        para(doc, indent=False, line=line)


# ================================================================ document 1
def make_ningbo():
    stem = "blind618_ningbo_xize"
    doc = new_doc()
    clauses_notice = []
    clauses_rule = []

    # joint red header as layout table
    empty(doc, 1)
    ht = doc.add_table(rows=2, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(["宁波市商务局", "宁波市财政局"]):
        c = ht.cell(i, 0)
        c.width = Cm(10.5)
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        run(p, name, font=XBS, size=30, color=RED)
    m = ht.cell(0, 1).merge(ht.cell(1, 1))
    m.width = Cm(4.5)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = m.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "文件", font=XBS, size=36, color=RED)
    empty(doc, 1)
    p = para(doc, ["甬商务发〔2026〕9号"], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)
    title_para(doc, ["宁波市商务局 宁波市财政局关于印发《宁波市跨境电子商务", "<br>",
                     "高质量发展实施细则》的通知"])
    empty(doc, 1)
    para(doc, ["各区（县、市）商务主管部门，市级有关单位："], indent=False)

    # body paragraphs indented with full-width spaces typed by hand
    n1 = ("为贯彻落实《浙江省人民政府办公厅关于加快推进跨境电子商务高质量发展的若干意见》"
          "（浙政办发〔2025〕21号）精神，加快推进中国（宁波）跨境电子商务综合试验区建设，"
          "培育外贸新动能，市商务局、市财政局研究制定了《宁波市跨境电子商务高质量发展实施细则》，"
          "现印发给你们，请结合实际认真贯彻执行。")
    n2 = ("各区（县、市）商务主管部门要会同同级财政部门做好政策宣传解读、项目受理初审和资金拨付等工作，"
          "确保奖励资金及时足额兑现。执行中遇到的问题，请及时向市商务局电子商务处反馈（联系电话：0574-89180372）。")
    for t in (n1, n2):
        para(doc, ["　　" + t], indent=False)
        clauses_notice.append(t)
    empty(doc, 1)
    para(doc, ["　　附件：宁波市跨境电子商务高质量发展实施细则"], indent=False)
    empty(doc, 3)
    para(doc, ["        宁波市商务局                    宁波市财政局"], indent=False)
    para(doc, ["2026年2月10日        "], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, ["（此件公开发布）"], indent=True)

    # ---- attachment: the 细则
    p = para(doc, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, [("附件", dict(font=HT))], indent=False)
    empty(doc, 1)
    title_para(doc, ["宁波市跨境电子商务高质量发展实施细则"])
    empty(doc, 1)

    def chapter(text):
        para(doc, [(text, dict(font=HT))], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)

    def art(num, text):
        para(doc, [(num, dict(font=HT)), "　" + text])
        clauses_rule.append(num + "　" + text)

    def item(text):
        para(doc, [text])
        clauses_rule.append(text)

    chapter("第一章　总　　则")
    art("第一条", "为加快推进中国（宁波）跨境电子商务综合试验区建设，推动跨境电子商务高质量发展，"
               "根据《浙江省人民政府办公厅关于加快推进跨境电子商务高质量发展的若干意见》（浙政办发〔2025〕21号）"
               "等文件精神，结合我市实际，制定本细则。")
    art("第二条", "本细则适用于在宁波市行政区域内依法注册登记、具有独立法人资格、从事跨境电子商务及相关服务的企业和机构。")
    art("第三条", "奖励资金从市级商务发展专项资金中安排，实行市、区（县、市）两级分担，其中市级承担60%，区（县、市）承担40%。")
    art("第四条", "奖励资金的使用和管理遵循公开透明、择优扶持、注重绩效、专款专用的原则。")
    chapter("第二章　支持内容")
    art("第五条", "支持跨境电子商务主体培育。对符合条件的跨境电商龙头企业、独立站企业和新引进跨境电商企业，按照附表规定的标准给予奖励。")
    art("第六条", "支持跨境电子商务载体建设。重点支持以下载体：")
    item("（一）市级以上跨境电子商务产业园区；")
    item("（二）在“一带一路”沿线国家和RCEP成员国布局的公共海外仓；")
    item("（三）跨境电子商务线下展示交易中心。")
    art("第七条", "支持跨境电子商务服务体系建设。鼓励培训机构、综合服务企业为中小微企业提供人才培训、通关、物流、退税、结汇、信保等一站式服务。")
    art("第八条", "同一企业同一项目符合本细则多项奖励条件的，按照“就高不重复”原则给予奖励；已获得省级同类奖励的，市级奖励按差额给予。")
    art("第九条", "单个企业年度累计获得本细则奖励资金最高不超过300万元。")
    chapter("第三章　申报程序")
    art("第十条", "奖励资金实行年度申报制度，申报工作原则上每年组织一次，具体时间以市商务局发布的申报通知为准。")
    art("第十一条", "申报程序如下：")
    for head, rest in [
        ("（一）企业申报。", "申报主体按照附表要求准备申报材料，通过“浙里办”宁波跨境电商政策兑现专区提交申请。"),
        ("（二）属地初审。", "各区（县、市）商务主管部门会同同级财政部门对申报材料进行初审，并于15个工作日内将初审意见报市商务局。"),
        ("（三）市级复核。", "市商务局会同市财政局组织第三方机构进行复核，必要时开展实地核查。"),
        ("（四）公示拨付。", "复核结果在市商务局门户网站公示5个工作日，公示无异议的，由市财政局按规定拨付资金。"),
    ]:
        para(doc, [(head, dict(font=KT, bold=True)), rest])
        clauses_rule.append(head + rest)
    chapter("第四章　监督管理")
    art("第十二条", "申报主体对申报材料的真实性、准确性和完整性负责。对弄虚作假、骗取奖励资金的，追回已拨付资金，"
                 "三年内取消其申报资格，并按照有关规定将失信信息纳入公共信用信息平台；涉嫌犯罪的，依法移送司法机关处理。")
    art("第十三条", "各区（县、市）商务主管部门和财政部门应当加强对奖励资金使用情况的跟踪管理，"
                 "每年1月底前将上一年度资金绩效自评报告报送市商务局、市财政局。")
    art("第十四条", "市商务局、市财政局可根据绩效评价结果，对奖励项目和标准进行动态调整。")
    chapter("第五章　附　　则")
    art("第十五条", "本细则所称跨境电商进出口额，是指企业通过海关跨境电子商务监管方式（9610、9710、9810、1210）申报的进出口额。")
    art("第十六条", "本细则由市商务局、市财政局负责解释。")
    art("第十七条", "本细则自2026年3月15日起施行，有效期至2028年3月14日。"
                 "《宁波市跨境电子商务发展专项资金管理细则》（甬商务发〔2023〕41号）同时废止。")

    # ---- landscape 附表
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    para(doc, [("附表", dict(font=HT))], indent=False)
    title_para(doc, ["宁波市跨境电子商务高质量发展奖励标准"], size=20, after=6)
    dept = "所在区（县、市）商务主管部门"
    rows = [
        {"支持对象": "跨境电商龙头企业",
         "支持条件": "上一年度跨境电商进出口额首次突破1亿美元①",
         "奖励标准": "一次性奖励100万元",
         "申报材料": "申报表、营业执照复印件、海关跨境电商进出口数据证明"},
        {"支持对象": "跨境电商独立站企业",
         "支持条件": "独立站年销售额达到500万美元以上且同比增长20%以上①",
         "奖励标准": "按销售额增量的1%给予奖励，最高不超过50万元",
         "申报材料": "申报表、独立站后台销售数据、第三方审计报告"},
        {"支持对象": "新引进跨境电商企业",
         "支持条件": "新注册在我市且当年跨境电商出口额达到2000万美元以上②",
         "奖励标准": "给予一次性落户奖励，最高不超过200万元",
         "申报材料": "申报表、营业执照复印件、出口数据证明"},
        {"支持对象": "跨境电商产业园区运营主体",
         "支持条件": "经市商务局认定为市级跨境电商产业园区，入驻跨境电商企业不少于30家",
         "奖励标准": "给予50万元奖励，获评省级跨境电商产业园区的再给予100万元奖励",
         "申报材料": "申报表、认定文件、入驻企业名单"},
        {"支持对象": "公共海外仓运营企业",
         "支持条件": "在境外自建或租赁面积5000平方米以上的公共海外仓③",
         "奖励标准": "按实际投入的20%给予补助，单个海外仓最高不超过200万元",
         "申报材料": "申报表、租赁合同或产权证明、投入凭证、服务企业清单"},
        {"支持对象": "跨境电商人才培训机构",
         "支持条件": "年培训跨境电商从业人员1000人次以上",
         "奖励标准": "每培训1人次补助200元，单家机构年度最高不超过30万元",
         "申报材料": "申报表、培训计划、学员签到表、培训影像资料"},
        {"支持对象": "跨境电商综合服务企业",
         "支持条件": "为100家以上中小微企业提供通关、物流、退税、结汇等综合服务",
         "奖励标准": "按服务企业数量给予补助，最高不超过80万元",
         "申报材料": "申报表、服务协议、服务企业清单"},
    ]
    merges_cat = [(0, 2, ["主体培育"]), (3, 4, ["载体建设"]), (5, 6, ["服务体系"])]
    merges_dept = [(0, 6, [dept])]
    header = ["类  别", "支持对象", "支持条件", "奖励标准", "申报材料", "受理部门"]
    reward_table(doc, rows, [2.2, 3.6, 6.0, 5.4, 4.5, 3.0], header, merges_cat, merges_dept)
    clauses_rule += table_clauses(rows, merges_cat, merges_dept)
    note = ("注：①进出口额、销售额以海关统计数据或第三方审计数据为准，按申报年度中国人民银行公布的年平均汇率折算；"
            "②新引进企业指2025年1月1日以后在我市新注册登记的企业；"
            "③同一海外仓已享受省级补助的，市级补助按差额给予。")
    para(doc, [(note, dict(size=12))], indent=False, line=20, before=6)
    clauses_rule.append(note)

    # ---- 版记 on a portrait page, pushed down with empty paragraphs
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec2)
    empty(doc, 20)
    p = para(doc, [("抄送：市人民政府办公厅，市审计局。", dict(size=14))], indent=False)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, [("宁波市商务局办公室                      2026年2月10日印发", dict(size=14))], indent=False)
    border(p, "bottom", "000000", 8)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    issuer = ["宁波市商务局", "宁波市财政局"]
    key = [
        {"meta": {
            "title": "宁波市商务局 宁波市财政局关于印发《宁波市跨境电子商务高质量发展实施细则》的通知",
            "doc_number": "甬商务发〔2026〕9号",
            "issuer": issuer,
            "date": "2026-02-10",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": ["宁波市跨境电子商务高质量发展实施细则"],
            "doc_type": "通知",
            "recipients": ["各区（县、市）商务主管部门", "市级有关单位"],
            "publicity": "此件公开发布",
            "repeals": None},
         "clauses": clauses_notice},
        {"meta": {
            "title": "宁波市跨境电子商务高质量发展实施细则",
            "doc_number": None,
            "issuer": issuer,
            "date": "2026-02-10",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": "2026-03-15",
            "expires": "2028-03-14",
            "attachments": ["宁波市跨境电子商务高质量发展奖励标准"],
            "doc_type": "细则",
            "recipients": [],
            "publicity": None,
            "repeals": "《宁波市跨境电子商务发展专项资金管理细则》（甬商务发〔2023〕41号）"},
         "clauses": clauses_rule},
    ]
    return stem, path, key


# ================================================================ document 2
def make_xian():
    stem = "blind618_xian_gangwu"
    doc = new_doc()
    numbering = Numbering(doc)
    aid = numbering.abstract("chineseCountingThousand", "（%1）")
    clauses_notice = []
    clauses_rule = []

    empty(doc, 1)
    p = para(doc, [("西安国际港务区管理委员会文件", dict(font=XBS, size=30, color=RED))],
             indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    empty(doc, 1)
    p = para(doc, ["西港管发〔2025〕27号"], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18)
    empty(doc, 1)
    title_para(doc, ["西安国际港务区管理委员会关于印发", "<br>",
                     "《西安国际港务区支持中欧班列（西安）", "<br>",
                     "集结中心高质量发展实施细则》的通知"])
    empty(doc, 1)
    para(doc, ["区属各部门，各直属单位，各驻区单位："], indent=False)
    n1 = ("《西安国际港务区支持中欧班列（西安）集结中心高质量发展实施细则》已经港务区管委会2025年第11次主任办公会议审议通过，"
          "现印发给你们，请认真抓好贯彻落实。")
    n2 = ("各有关部门要按照职责分工，加强协同配合，做好政策宣传、申报受理、审核兑现和绩效评价等工作，"
          "推动中欧班列（西安）集结中心扩量提质、降本增效，更好服务共建“一带一路”大格局。")
    for t in (n1, n2):
        para(doc, [t])
        clauses_notice.append(t)
    empty(doc, 1)
    p = para(doc, ["附件：西安国际港务区支持中欧班列（西安）集结中心"], indent=True)
    p.add_run().add_break(WD_BREAK.LINE)
    run(p, "　　　　　高质量发展实施细则")
    empty(doc, 2)
    para(doc, ["西安国际港务区管理委员会    "], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, ["2025年11月18日          "], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    empty(doc, 4)
    # 版记 placed right after the notice, before the attachment
    p = para(doc, [("抄送：西安市人民政府办公厅，西安市商务局、西安市财政局。", dict(size=14))], indent=False)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, [("西安国际港务区管委会办公室　　　　　　　2025年11月18日印发", dict(size=14))], indent=False)
    border(p, "bottom", "000000", 8)

    p = para(doc, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, [("附件", dict(font=HT))], indent=False)
    empty(doc, 1)
    title_para(doc, ["西安国际港务区支持中欧班列（西安）", "<br>", "集结中心高质量发展实施细则"])
    empty(doc, 1)

    def art(num, text):
        para(doc, [(num, dict(font=HT)), "　" + text])
        clauses_rule.append(num + "　" + text)

    def auto_items(items):
        nid = numbering.num(aid)
        for i, t in enumerate(items):
            p = para(doc, [t])
            set_numbered(p, nid)
            clauses_rule.append("（%s）%s" % ("一二三四五六七八九十"[i], t))

    art("第一条", "为深入贯彻落实国家关于推进中欧班列高质量发展的决策部署，加快建设中欧班列（西安）集结中心，"
               "巩固提升西安国际港站枢纽地位，结合港务区实际，制定本细则。")
    art("第二条", "本细则适用于在西安国际港务区注册登记、依法纳税，从事中欧班列运营、货源组织、多式联运、国际贸易及相关配套服务的企业。")
    art("第三条", "港务区每年安排不少于5亿元专项资金，用于支持中欧班列（西安）集结中心建设，资金纳入港务区年度财政预算。")
    art("第四条", "支持班列扩线加密。对班列运营平台公司开行去程班列、运营企业新开国际班列线路、组织回程班列的，按照附表标准给予奖励。")
    art("第五条", "支持货源集结。重点支持以下货源集结方式：")
    auto_items(["组织省外货源经西安集结出境；",
                "开展跨境电商、邮政包裹等专列运输；",
                "依托中欧班列开展“班列+贸易”“班列+产业”业务。"])
    art("第六条", "支持枢纽配套能力建设。鼓励企业开展海铁联运、公铁联运等多式联运业务，在中欧班列沿线国家和地区布局海外仓、分拨中心及集散点。")
    art("第七条", "奖励资金申报应当符合以下条件：")
    auto_items(["申报企业在港务区实际经营，财务制度健全；",
                "申报年度内无重大安全生产事故和严重失信行为；",
                "申报事项真实、数据可核查。"])
    art("第八条", "奖励资金按年度申报、季度预拨、年终清算的方式兑现。申报企业于每年1月31日前向附表所列受理部门提交上一年度申报材料。")
    art("第九条", "受理部门应当在收到申报材料之日起20个工作日内完成审核，审核结果经港务区财政局复核、管委会主任办公会议审定后，在港务区门户网站公示7日。")
    art("第十条", "同一事项符合港务区其他扶持政策的，按照就高原则给予支持，不得重复享受。")
    art("第十一条", "企业获得的奖励资金，原则上用于拓展班列业务、降低物流成本和提升服务能力。")
    art("第十二条", "对虚报、冒领、骗取奖励资金的企业，由港务区财政局追回已拨付资金，并取消其五年内享受港务区各类扶持政策的资格。")
    art("第十三条", "港务区财政局会同受理部门对奖励资金使用情况开展绩效评价，评价结果作为调整政策的重要依据。")
    art("第十四条", "本细则由港务区物流发展局负责解释。")
    art("第十五条", "本细则自2026年1月1日起施行，有效期至2028年12月31日。")

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    para(doc, [("附表", dict(font=HT))], indent=False)
    title_para(doc, ["西安国际港务区支持中欧班列（西安）集结中心高质量发展奖励标准"], size=18, after=6)
    rows = [
        {"支持对象": "班列运营平台公司",
         "支持条件": "年度开行中欧班列（西安）去程班列不少于1500列，且重箱率不低于95%",
         "奖励标准": "按每列2万元给予奖励，年度最高不超过3000万元①",
         "申报材料": "申报表、班列开行统计台账、铁路运单复印件、重箱率统计表",
         "受理部门": "港务区物流发展局"},
        {"支持对象": "新开线路运营企业",
         "支持条件": "新开通至欧洲、中亚的国际班列线路并实现常态化运行，每月开行不少于2列",
         "奖励标准": "每条线路一次性奖励50万元，最高不超过200万元",
         "申报材料": "申报表、线路开通证明、近6个月开行记录",
         "受理部门": "港务区物流发展局"},
        {"支持对象": "回程班列组织企业",
         "支持条件": "组织回程班列且年度回程货值不低于去程货值的60%",
         "奖励标准": "按每列1万元给予奖励，最高不超过500万元",
         "申报材料": "申报表、回程班列运单、进口报关单",
         "受理部门": "港务区物流发展局"},
        {"支持对象": "外地货源集结企业",
         "支持条件": "组织省外货物经西安集结出境，年度集结量达到1万标箱以上",
         "奖励标准": "按每标箱300元给予奖励，最高不超过300万元②",
         "申报材料": "申报表、铁路运单、货源地证明材料",
         "受理部门": "港务区商务局"},
        {"支持对象": "“班列+”贸易企业",
         "支持条件": "依托中欧班列开展进出口贸易，年度进出口额达到5000万元以上",
         "奖励标准": "按进出口额的0.5%给予奖励，最高不超过100万元",
         "申报材料": "申报表、报关单、班列运输证明",
         "受理部门": "港务区商务局"},
        {"支持对象": "多式联运企业",
         "支持条件": "开展海铁联运、公铁联运等多式联运业务，年度多式联运量达到5000标箱以上",
         "奖励标准": "按每标箱200元给予奖励，最高不超过150万元",
         "申报材料": "申报表、多式联运单证、业务台账",
         "受理部门": "港务区物流发展局"},
        {"支持对象": "海外仓及分拨中心运营企业",
         "支持条件": "在中欧班列沿线国家设立海外仓或分拨中心，面积不少于3000平方米",
         "奖励标准": "按实际建设投入的10%给予补助，最高不超过200万元③",
         "申报材料": "申报表、境外投资备案证明、租赁合同或产权证明、投入凭证",
         "受理部门": "港务区商务局"},
    ]
    merges_cat = [(0, 2, ["班列开行"]), (3, 4, ["货源集结"]), (5, 6, ["枢纽配套"])]
    reward_table(doc, rows, [2.2, 3.6, 6.2, 5.2, 4.7, 3.0], COLS, merges_cat, None,
                 repeat=True, header_size=14, body_size=14)
    clauses_rule += table_clauses(rows, merges_cat, None)
    notes = ["注：①年度奖励总额按班列开行量分档核定，重箱率以西安铁路口岸统计数据为准。",
             "②省外货源以铁路运单发站为依据认定。",
             "③已享受港务区其他海外仓政策支持的，不重复支持。"]
    para(doc, [(notes[0], dict(size=12))], indent=False, line=20, before=6)
    for n in notes[1:]:
        para(doc, [("    " + n, dict(size=12))], indent=False, line=20)
    clauses_rule += notes

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    issuer = ["西安国际港务区管理委员会"]
    key = [
        {"meta": {
            "title": "西安国际港务区管理委员会关于印发《西安国际港务区支持中欧班列（西安）集结中心高质量发展实施细则》的通知",
            "doc_number": "西港管发〔2025〕27号",
            "issuer": issuer,
            "date": "2025-11-18",
            "published": None,
            "level": "zone",
            "region": "西安国际港务区",
            "effective": None,
            "expires": None,
            "attachments": ["西安国际港务区支持中欧班列（西安）集结中心高质量发展实施细则"],
            "doc_type": "通知",
            "recipients": ["区属各部门", "各直属单位", "各驻区单位"],
            "publicity": None,
            "repeals": None},
         "clauses": clauses_notice},
        {"meta": {
            "title": "西安国际港务区支持中欧班列（西安）集结中心高质量发展实施细则",
            "doc_number": None,
            "issuer": issuer,
            "date": "2025-11-18",
            "published": None,
            "level": "zone",
            "region": "西安国际港务区",
            "effective": "2026-01-01",
            "expires": "2028-12-31",
            "attachments": ["西安国际港务区支持中欧班列（西安）集结中心高质量发展奖励标准"],
            "doc_type": "细则",
            "recipients": [],
            "publicity": None,
            "repeals": None},
         "clauses": clauses_rule},
    ]
    return stem, path, key


# ================================================================ document 3
def make_guangxi():
    stem = "blind618_guangxi_waizi"
    doc = new_doc()
    clauses_notice = []
    clauses_rule = []

    empty(doc, 1)
    # joint document, but the 版头 carries only the lead organ
    para(doc, [("广西壮族自治区商务厅文件", dict(font=XBS, size=32, color=RED))],
         indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    empty(doc, 1)
    p = para(doc, ["桂商资发〔2024〕18号"], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24)
    empty(doc, 1)
    title_para(doc, ["自治区商务厅 自治区财政厅关于印发", "<br>",
                     "《广西壮族自治区鼓励外商投资", "<br>", "奖励实施细则》的通知"])
    empty(doc, 1)
    para(doc, ["各设区市商务主管部门，自治区有关部门："], indent=False)
    n0 = ("为贯彻落实《国务院关于进一步优化外商投资环境 加大吸引外商投资力度的意见》（国发〔2023〕11号）精神，"
          "进一步稳外资、优结构、提质量，自治区商务厅、财政厅制定了《广西壮族自治区鼓励外商投资奖励实施细则》，"
          "现印发给你们，并就有关事项通知如下：")
    para(doc, [n0])
    clauses_notice.append(n0)
    for head, rest in [
        ("一、加强组织实施。", "各设区市商务主管部门要高度重视外资奖励政策落实工作，明确专人负责，做好政策宣传、项目储备和申报组织工作。"),
        ("二、规范资金管理。", "奖励资金由自治区财政从中央外经贸发展专项资金和自治区本级商务发展专项资金中统筹安排，"
                       "各级商务、财政部门要严格审核把关，确保资金安全规范使用。"),
        ("三、做好政策衔接。", "本细则施行前已按原政策受理的项目，继续按原政策执行。"
                       "《广西壮族自治区外商投资企业奖励暂行办法》（桂商资发〔2021〕7号）自本细则施行之日起废止。"),
    ]:
        para(doc, [(head, dict(font=HT)), rest])
        clauses_notice.append(head + rest)
    n5 = "执行中如有问题和建议，请及时反馈自治区商务厅外国投资管理处。"
    para(doc, [n5])
    clauses_notice.append(n5)
    empty(doc, 1)
    para(doc, ["附件：广西壮族自治区鼓励外商投资奖励实施细则"])
    empty(doc, 3)
    # 落款 as a borderless layout table
    lt = doc.add_table(rows=2, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.RIGHT
    for i, name in enumerate(["广西壮族自治区商务厅", "广西壮族自治区财政厅"]):
        c = lt.cell(0, i)
        c.width = Cm(7.5)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(c.paragraphs[0], name)
    d = lt.cell(1, 0).merge(lt.cell(1, 1))
    d.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(d.paragraphs[0], "2024年9月26日      ")
    empty(doc, 1)
    para(doc, ["（此件公开发布）"])

    p = para(doc, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, [("附件", dict(font=HT))], indent=False)
    empty(doc, 1)
    title_para(doc, ["广西壮族自治区鼓励外商投资奖励实施细则"])
    empty(doc, 1)

    def heading(t):
        para(doc, [(t, dict(font=HT))])

    def runin(head, rest):
        para(doc, [(head, dict(font=KT, bold=True)), rest])
        clauses_rule.append(head + rest)

    def item(t):
        para(doc, [t])
        clauses_rule.append(t)

    heading("一、总则")
    runin("（一）目的依据。", "为进一步加大吸引和利用外资力度，推动外商投资高质量发展，"
                      "根据《中华人民共和国外商投资法》及其实施条例等有关规定，结合我区实际，制定本细则。")
    runin("（二）适用范围。", "本细则适用于在广西壮族自治区行政区域内依法设立的外商投资企业，以及为我区引进外资项目的招商中介机构。")
    runin("（三）基本原则。", "奖励资金的安排和使用坚持公平公正、注重实效、突出重点、绩效导向的原则。")
    heading("二、奖励对象和标准")
    runin("（四）新设项目奖励。", "对新设外商投资企业、跨国公司地区总部和世界500强企业投资项目，按附表标准给予奖励。")
    runin("（五）增资扩股奖励。", "对外商投资企业增资扩股以及以境内利润再投资的，按附表标准给予奖励。")
    runin("（六）招商中介奖励。", "对成功引荐外资项目落地的招商中介机构，按附表标准给予奖励。")
    runin("（七）奖励限额。", "同一企业同一年度获得本细则各项奖励合计最高不超过1000万元。下列情形不予奖励：")
    item("1.房地产、金融类外商投资项目；")
    item("2.以返程投资方式设立且无实质性经营活动的项目；")
    item("3.近三年内存在严重违法失信行为的企业。")
    heading("三、申报和审核")
    runin("（八）申报时间。", "奖励资金每年申报一次，申报企业于每年4月30日前提交上一年度申报材料。")
    runin("（九）审核程序。", "设区市商务主管部门会同同级财政部门对申报材料进行初审，于每年6月30日前将初审意见报送自治区商务厅。"
                      "自治区商务厅组织专家评审或委托第三方机构审核，会同自治区财政厅确定奖励名单并在自治区商务厅门户网站公示7个工作日。")
    runin("（十）资金拨付。", "公示无异议的，由自治区财政厅按程序将奖励资金下达至各设区市财政局，由各设区市财政局拨付至企业或机构。")
    heading("四、监督管理")
    runin("（十一）信用管理。", "申报单位对申报材料的真实性负责。对弄虚作假、骗取奖励资金的，依法依规追回资金，"
                       "并将相关信息纳入全国信用信息共享平台（广西）。")
    runin("（十二）持续经营要求。", "获得奖励的外商投资企业应当自获得奖励之日起5年内不迁离我区、不减少注册资本；违反的，应当退回已获得的奖励资金。")
    heading("五、附则")
    item("（十三）本细则由自治区商务厅、财政厅负责解释。")
    item("（十四）本细则自印发之日起施行，有效期至2026年12月31日。")

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    page_setup(sec, landscape=True)
    para(doc, [("附表", dict(font=HT))], indent=False)
    title_para(doc, ["广西壮族自治区外商投资奖励标准表"], size=20, after=6)
    sup = dict(sup=True)
    rows = [
        {"支持对象": "新设外商投资企业",
         "支持条件": ["当年实际到资2000万美元以上", ("①", sup)],
         "奖励标准": "按实际到资额的2%给予奖励，最高不超过500万元",
         "申报材料": "申报表、外商投资信息报告回执、验资报告或银行进账单"},
        {"支持对象": "跨国公司地区总部或功能性机构",
         "支持条件": ["经认定的跨国公司地区总部或功能性机构", ("②", sup)],
         "奖励标准": "一次性奖励300万元",
         "申报材料": "申报表、认定文件、营业执照复印件"},
        {"支持对象": "世界500强企业投资项目",
         "支持条件": ["世界500强企业在桂新设项目，实际到资1000万美元以上", ("①", sup)],
         "奖励标准": "一次性奖励200万元",
         "申报材料": "申报表、投资方世界500强身份证明、到资证明"},
        {"支持对象": "增资外商投资企业",
         "支持条件": ["当年增资实际到资3000万美元以上", ("①", sup)],
         "奖励标准": "按增资到资额的1.5%给予奖励，最高不超过300万元",
         "申报材料": "申报表、变更登记材料、到资证明"},
        {"支持对象": "利润再投资外商投资企业",
         "支持条件": ["以境内利润再投资，当年到资1000万美元以上", ("①", sup)],
         "奖励标准": "按到资额的1%给予奖励，最高不超过100万元",
         "申报材料": "申报表、利润分配决议、再投资到资证明"},
        {"支持对象": "招商中介机构",
         "支持条件": ["成功引荐外资项目落地且项目当年实际到资5000万美元以上", ("③", sup)],
         "奖励标准": "按实际到资额的0.1%给予奖励，单个项目最高不超过50万元",
         "申报材料": "申报表、委托招商协议、项目方确认函",
         "受理部门": "自治区商务厅"},
    ]
    merges_cat = [(0, 2, ["新设项目奖励"]), (3, 4, ["增资扩股奖励"])]
    rows[5]["类别"] = "招商中介奖励"
    merges_dept = [(0, 4, ["项目所在设区市商务主管部门"])]
    header = ["类别", "支持对象", "支持条件", ["奖励", "<br>", "标准"], "申报材料", ["受理", "<br>", "部门"]]
    reward_table(doc, rows, [2.4, 3.8, 6.0, 5.2, 4.6, 2.7], header, merges_cat, merges_dept)
    # the un-merged 类别 cell of the last row in 黑体 like the merged ones
    clauses_rule += table_clauses(rows, merges_cat, merges_dept)
    note = ("注：①实际到资以国家外汇管理局统计数据为准，按到资当月中国人民银行公布的美元兑人民币中间价折算；"
            "②跨国公司地区总部认定按照自治区有关规定执行；③同一项目的引荐奖励只给予一家中介机构。")
    para(doc, [(note, dict(size=12))], indent=False, line=20, before=6)
    clauses_rule.append(note)
    empty(doc, 2)
    p = para(doc, [("抄送：商务部外国投资管理司，自治区人民政府办公厅。", dict(size=14))], indent=False)
    border(p, "top", "000000", 8)
    border(p, "bottom", "000000", 4)
    p = para(doc, [("广西壮族自治区商务厅办公室                                              2024年9月27日印发",
                    dict(size=14))], indent=False)
    border(p, "bottom", "000000", 8)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    issuer = ["广西壮族自治区商务厅", "广西壮族自治区财政厅"]
    key = [
        {"meta": {
            "title": "自治区商务厅 自治区财政厅关于印发《广西壮族自治区鼓励外商投资奖励实施细则》的通知",
            "doc_number": "桂商资发〔2024〕18号",
            "issuer": issuer,
            "date": "2024-09-26",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["广西壮族自治区鼓励外商投资奖励实施细则"],
            "doc_type": "通知",
            "recipients": ["各设区市商务主管部门", "自治区有关部门"],
            "publicity": "此件公开发布",
            "repeals": "《广西壮族自治区外商投资企业奖励暂行办法》（桂商资发〔2021〕7号）"},
         "clauses": clauses_notice},
        {"meta": {
            "title": "广西壮族自治区鼓励外商投资奖励实施细则",
            "doc_number": None,
            "issuer": issuer,
            "date": "2024-09-26",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2024-09-26",
            "expires": "2026-12-31",
            "attachments": ["广西壮族自治区外商投资奖励标准表"],
            "doc_type": "细则",
            "recipients": [],
            "publicity": None,
            "repeals": None},
         "clauses": clauses_rule},
    ]
    return stem, path, key


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_618", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
    )


def main():
    expected = {}
    for maker in (make_ningbo, make_xian, make_guangxi):
        stem, path, key = maker()
        to_pdf(path)
        expected[stem] = key
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
