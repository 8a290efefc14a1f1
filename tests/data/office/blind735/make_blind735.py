# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 735: 三定规定 (自贸片区管委会) issued by 编办通知."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, font, size, bold=False, color=None, scale=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    if color is not None:
        run.font.color.rgb = color
    if scale is not None:
        w = OxmlElement("w:w")
        w.set(qn("w:val"), str(scale))
        # w:w must come after color/spacing, before sz
        sz = rpr.find(qn("w:sz"))
        if sz is not None:
            sz.addprevious(w)
        else:
            rpr.append(w)


def fmt(p, align=None, first=None, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)


def para(doc, runs, align=None, first=None, line=28, before=0, after=0, left=None):
    """runs: list of (text, font, size, bold[, color]) ; text may contain '\n' = soft break"""
    p = doc.add_paragraph()
    fmt(p, align, first, line, before, after, left)
    for spec in runs:
        text, font, size, bold = spec[:4]
        color = spec[4] if len(spec) > 4 else None
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            r = p.add_run(piece)
            set_font(r, font, size, bold, color)
            if i < len(pieces) - 1:
                r.add_break(WD_BREAK.LINE)
    return p


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p)
    p.add_run().add_break(WD_BREAK.PAGE)


def red_rule(p, sz=18):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "6")
    b.set(qn("w:color"), "FF0000")
    bdr.append(b)
    pPr.insert_element_before(
        bdr, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
        "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
        "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
        "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
        "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
        "w:rPr", "w:sectPr", "w:pPrChange")


def setup(doc):
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    sec.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # footer page number  — 1 —
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._r.append(fc)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._r.append(fc)
    r = fp.add_run("1")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._r.append(fc)
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


def red_header(doc, organ_text, docno, scale=70, size=30):
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, line=48)
    r = p.add_run(organ_text)
    set_font(r, XBS, size, False, RED, scale)
    empty(doc, 1)
    p = para(doc, [(docno, FS, 16, False)], WD_ALIGN_PARAGRAPH.CENTER)
    red_rule(p)
    empty(doc, 1)


def cell_text(cell, text, font=FS, size=14, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    fmt(p, align, line=22)
    r = p.add_run(text)
    set_font(r, font, size, bold)


def set_cell_borders(cell, **edges):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + edge)
        if edge in edges:
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), str(edges[edge]))
            e.set(qn("w:color"), "000000")
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tcPr.append(b)


def banji_table(doc, chaosong, yinfa_org, yinfa_date):
    """版记 as a one-column table with horizontal rules."""
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c0, c1 = t.rows[0].cells[0], t.rows[1].cells[0]
    set_cell_borders(c0, top=12, bottom=6)
    set_cell_borders(c1, bottom=12)
    cell_text(c0, chaosong, FS, 14, align=WD_ALIGN_PARAGRAPH.LEFT)
    p = c1.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, line=22)
    r = p.add_run(yinfa_org)
    set_font(r, FS, 14)
    r = p.add_run("\t" + yinfa_date)
    set_font(r, FS, 14)
    # right tab stop
    from docx.enum.text import WD_TAB_ALIGNMENT
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), WD_TAB_ALIGNMENT.RIGHT)


def add_numbering(doc, num_id=90):
    numbering = doc.part.numbering_part.element
    absxml = (
        '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%%1）"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % num_id)
    from docx.oxml import parse_xml
    absn = parse_xml(absxml)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml(
        '<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (num_id, num_id))
    numbering.append(num)
    return num_id


def numbered(doc, text, num_id):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id
    r = p.add_run(text)
    set_font(r, FS, 16)
    return p


def article(doc, no, text, first=32, gap="　"):
    """第X条 in 黑体, rest 仿宋."""
    return para(doc, [(no, HT, 16, False), (gap + text, FS, 16, False)],
                WD_ALIGN_PARAGRAPH.JUSTIFY, first=first)


def body(doc, text, first=32):
    return para(doc, [(text, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY, first=first)


def meta(title, docno, issuer, date, level, region, doc_type, recipients=None,
         attachments=None, effective=None, publicity=None, repeals=None):
    return {
        "title": title, "doc_number": docno, "issuer": issuer, "date": date,
        "published": None, "level": level, "region": region, "effective": effective,
        "expires": None, "attachments": attachments or [], "doc_type": doc_type,
        "recipients": recipients or [], "publicity": publicity, "repeals": repeals,
    }


EXPECTED = {}

# =====================================================================
# 1. 厦门 —— 红头通知 + 规定（无附件标识，直接随文），版记在文末
# =====================================================================
def make_xiamen():
    stem = "blind735_xiamen_tongzhi"
    doc = Document()
    setup(doc)
    red_header(doc, "中共厦门市委机构编制委员会办公室文件", "厦编办发〔2026〕6号")

    zone = "中国（福建）自由贸易试验区厦门片区管理委员会"
    rule_title = zone + "主要职责、内设机构和人员编制规定"
    ntitle = "中共厦门市委机构编制委员会办公室关于印发《" + rule_title + "》的通知"
    # title typed with soft line breaks
    para(doc, [("中共厦门市委机构编制委员会办公室\n关于印发《中国（福建）自由贸易试验区\n"
                "厦门片区管理委员会主要职责、内设机构\n和人员编制规定》的通知", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc)
    para(doc, [(zone + "，市直有关部门：", FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)
    n_clauses = [
        "《" + rule_title + "》已经市委机构编制委员会2026年第1次会议审议通过，现予印发，请认真贯彻执行。",
        "各有关单位要严格执行机构编制规定，不得擅自增设内设机构、超编进人和超职数配备领导干部。执行中遇到的重要问题，请及时报告市委编办。",
    ]
    for c in n_clauses:
        # indentation typed by hand with two full-width spaces
        para(doc, [("　　" + c, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY)
    empty(doc, 3)
    # 落款 aligned with manual half-width spaces
    para(doc, [(" " * 22 + "中共厦门市委机构编制委员会办公室", FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, [(" " * 34 + "2026年2月9日", FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)

    page_break(doc)
    # 规定标题 with soft line break
    para(doc, [("中国（福建）自由贸易试验区厦门片区\n管理委员会主要职责、内设机构\n和人员编制规定", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc)

    arts = [
        ("第一条", "为深入贯彻落实党中央、国务院关于推进自由贸易试验区高质量发展的决策部署，加快建设中国（福建）自由贸易试验区厦门片区（以下简称厦门片区），根据《中国（福建）自由贸易试验区条例》和机构编制管理有关规定，制定本规定。"),
        ("第二条", "中国（福建）自由贸易试验区厦门片区管理委员会（以下简称管委会）是厦门市人民政府的派出机构，为正局级，挂厦门市自由贸易试验区工作领导小组办公室牌子。"),
        ("第三条", "管委会贯彻落实党中央关于自由贸易试验区建设的方针政策和决策部署，落实省委、市委工作要求，在履行职责过程中坚持和加强党的全面领导。主要职责是："),
    ]
    r_clauses = []
    for no, t in arts:
        article(doc, no, t)
        r_clauses.append(no + "　" + t)
    duties = [
        "（一）贯彻执行国家、省、市关于自由贸易试验区建设的法律法规和方针政策，研究拟订厦门片区发展规划、年度工作计划和配套政策措施并组织实施。",
        "（二）负责厦门片区制度创新工作，统筹推进投资、贸易、金融、航运和监管等领域改革试点任务，组织开展改革试点经验总结评估和复制推广。",
        "（三）推进对台经贸合作先行先试，深化两岸产业合作、贸易投资便利化和标准共通，服务台胞台企登陆第一家园建设。",
        "（四）负责厦门片区投资促进工作，落实外商投资准入前国民待遇加负面清单管理制度，组织开展招商引资和重大项目引进。",
        "（五）推进国际贸易“单一窗口”建设和跨境贸易便利化改革，配合海关等部门做好海关特殊监管区域和保税监管场所的管理服务工作。",
        "（六）统筹推进跨境电子商务、保税维修、融资租赁、数字贸易等新业态新模式发展，培育外贸竞争新优势。",
        "（七）配合有关部门推进东南国际航运中心建设，推动中欧（厦门）班列、海铁联运和国际中转业务发展。",
        "（八）配合金融管理部门推进跨境金融服务创新，促进跨境人民币业务和贸易投资外汇便利化试点。",
        "（九）负责厦门片区营商环境建设，推进相对集中行政许可权改革，承接市人民政府及其部门依法下放或者委托的行政审批和公共服务事项。",
        "（十）负责厦门片区统计监测、风险防控和事中事后监管协调工作，建立健全信用监管和风险预警机制。",
        "（十一）负责厦门片区对外宣传、对外交流合作和重大活动组织协调工作。",
        "（十二）完成市委、市人民政府交办的其他任务。",
    ]
    for d in duties:
        body(doc, d)
        r_clauses.append(d)

    t4 = "根据上述职责，管委会设下列内设机构："
    article(doc, "第四条", t4)
    r_clauses.append("第四条　" + t4)
    orgs = [
        ("（一）综合办公室。", "负责机关文电、会务、机要、档案、信息、督查、保密、政务公开、安全保卫和后勤保障等工作；承担机关党建、人事、财务、资产管理和纪检联络工作。"),
        ("（二）政策研究与制度创新处。", "负责研究自由贸易试验区发展重大问题，拟订厦门片区改革试点任务清单和配套政策；组织开展制度创新案例总结、评估和复制推广。"),
        ("（三）投资促进处。", "负责厦门片区招商引资和重大项目服务工作；落实外商投资准入负面清单和外商投资信息报告制度；承担涉台招商和台资企业服务工作。"),
        ("（四）贸易发展处。", "负责推进贸易便利化和新型国际贸易发展；统筹跨境电子商务、保税维修、融资租赁等业态发展；承担国际贸易“单一窗口”推广应用的协调工作。"),
        ("（五）营商环境与监管协调处。", "负责营商环境建设和行政审批制度改革；承担事中事后监管、风险防控、统计监测和信用体系建设的协调工作。"),
    ]
    for h, t in orgs:
        # run-in heading typed in bold 仿宋
        para(doc, [(h, FS, 16, True), (t, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
        r_clauses.append(h + t)

    rest = [
        ("第五条", "管委会机关行政编制28名，其中主任1名（由副市长兼任，不占本机关编制）、专职副主任3名；处级领导职数12名（含机关党委专职副书记1名）。"),
        ("第六条", "管委会与市商务局、市发展和改革委员会、厦门海关等部门在自由贸易试验区建设工作中的职责分工，按照市委、市人民政府有关规定执行。管委会应当加强与片区所在地湖里区、海沧区人民政府的工作衔接，建立联席会议制度，协同推进片区建设。"),
        ("第七条", "管委会所属事业单位的设置、职责和编制事项另行规定。"),
        ("第八条", "本规定由中共厦门市委机构编制委员会办公室负责解释，其调整由中共厦门市委机构编制委员会办公室按规定程序办理。本规定自2026年3月1日起施行，2019年6月印发的《中国（福建）自由贸易试验区厦门片区管理委员会主要职责内设机构和人员编制规定》（厦委编办〔2019〕15号）同时废止。"),
    ]
    for no, t in rest:
        article(doc, no, t)
        r_clauses.append(no + "　" + t)

    empty(doc, 4)
    banji_table(doc, "抄送：市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅，市委组织部，市财政局，市人力资源和社会保障局。",
                "中共厦门市委机构编制委员会办公室", "2026年2月9日印发")

    doc.save(os.path.join(HERE, stem + ".docx"))
    EXPECTED[stem] = [
        {"meta": meta(ntitle, "厦编办发〔2026〕6号", ["中共厦门市委机构编制委员会办公室"],
                      "2026-02-09", "municipal", "厦门市", "通知",
                      recipients=[zone, "市直有关部门"]),
         "clauses": n_clauses},
        {"meta": meta(rule_title, None, ["中共厦门市委机构编制委员会办公室"], "2026-02-09",
                      "municipal", "中国（福建）自由贸易试验区厦门片区", "规定",
                      effective="2026-03-01",
                      repeals="《中国（福建）自由贸易试验区厦门片区管理委员会主要职责内设机构和人员编制规定》（厦委编办〔2019〕15号）"),
         "clauses": r_clauses},
    ]
    return stem


# =====================================================================
# 2. 襄阳 —— 通知带编号事项 + 附件；规定用 Word 自动编号、软回车列表、领导职数表
# =====================================================================
def make_xiangyang():
    stem = "blind735_xiangyang_tongzhi"
    doc = Document()
    setup(doc)
    num_id = add_numbering(doc)
    red_header(doc, "中共襄阳市委机构编制委员会办公室", "襄编办发〔2026〕3号", scale=80, size=28)

    zone = "中国（湖北）自由贸易试验区襄阳片区管理委员会"
    rule_title = zone + "主要职责、内设机构和人员编制规定"
    ntitle = "中共襄阳市委机构编制委员会办公室关于印发《" + rule_title + "》的通知"
    para(doc, [("中共襄阳市委机构编制委员会办公室", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("关于印发《中国（湖北）自由贸易试验区", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("襄阳片区管理委员会主要职责、内设机构", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("和人员编制规定》的通知", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc)
    recips = [zone, "襄阳高新区管委会", "市直有关单位"]
    para(doc, [("，".join(recips) + "：", FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)
    n_clauses = [
        "经市委机构编制委员会研究同意，现将《" + rule_title + "》印发给你们，并就有关事项通知如下：",
        "一、片区管委会要按照本规定确定的职责、机构和编制，于2026年3月31日前完成内设机构设置和人员转隶工作，并将落实情况书面报送市委编办。",
        "二、市直有关部门要按照职责分工，依法向片区管委会下放或者委托行政审批和公共服务事项，做好工作交接，确保事权同步、人随事转。",
        "三、严格机构编制纪律。未经批准，不得擅自调整内设机构和领导职数，不得超编进人。市委编办将会同有关部门对本规定执行情况进行监督检查。",
    ]
    for i, c in enumerate(n_clauses):
        if i == 3:
            # run-in heading in 黑体
            para(doc, [("三、严格机构编制纪律。", HT, 16, False), (c[len("三、严格机构编制纪律。"):], FS, 16, False)],
                 WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
        else:
            body(doc, c)
    empty(doc)
    # 附件 line, title wraps with a soft break + hand-typed alignment spaces
    para(doc, [("附件：中国（湖北）自由贸易试验区襄阳片区\n" + "　　　管理委员会主要职责、内设机构和人员编制规定", FS, 16, False)],
         WD_ALIGN_PARAGRAPH.LEFT, first=32)
    empty(doc, 3)
    para(doc, [("中共襄阳市委机构编制委员会办公室　　", FS, 16, False)], WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, [("二〇二六年一月二十日　　　　", FS, 16, False)], WD_ALIGN_PARAGRAPH.RIGHT)

    page_break(doc)
    para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc)
    para(doc, [("中国（湖北）自由贸易试验区襄阳片区\n管理委员会主要职责、内设机构\n和人员编制规定", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc)

    r_clauses = []
    a1 = [
        ("第一条", "为加快建设中国（湖北）自由贸易试验区襄阳片区（以下简称襄阳片区），理顺片区管理体制，根据《中国（湖北）自由贸易试验区条例》和机构编制管理有关规定，制定本规定。"),
        ("第二条", "中国（湖北）自由贸易试验区襄阳片区管理委员会（以下简称片区管委会）是襄阳市人民政府的派出机构，为正县级，由襄阳高新技术产业开发区管理委员会代管，在片区范围内依法行使相关管理权限。"),
        ("第三条", "片区管委会贯彻落实党中央、国务院关于自由贸易试验区建设的决策部署和省委、市委工作要求，在履行职责过程中坚持和加强党的全面领导。主要职责是："),
    ]
    for no, t in a1:
        article(doc, no, t)
        r_clauses.append(no + "　" + t)
    cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
    duties = [
        "贯彻执行自由贸易试验区建设有关法律法规和政策，拟订襄阳片区发展规划和年度工作计划，经批准后组织实施。",
        "统筹推进襄阳片区改革试点任务，开展首创性、差异化改革探索，组织总结和复制推广制度创新成果。",
        "围绕新能源汽车、高端装备制造、现代物流等主导产业，推进产业链供应链协同创新和开放合作。",
        "负责片区投资促进和企业服务工作，落实外商投资准入前国民待遇加负面清单管理制度，开展产业链招商和以商招商。",
        "推进贸易便利化改革，协调推动襄阳综合保税区和保税物流中心（B型）发展，拓展保税研发、保税检测等业务。",
        "推动跨境电子商务综合试验区建设，培育市场采购贸易、二手车出口等外贸新业态。",
        "配合有关部门开行和稳定中欧班列（襄阳），发展铁水联运、公铁联运，推进襄阳国家物流枢纽建设。",
        "落实外商投资促进和保护政策，协调解决外资企业诉求，优化涉外服务。",
        "承接省、市下放的经济社会管理权限，推进“证照分离”改革和审批服务便利化，负责片区政务服务工作。",
        "负责片区事中事后监管协调、风险防范和统计监测工作。",
        "负责片区宣传推介、对外交流和区域合作工作，推动与其他自由贸易试验区协同联动。",
        "完成市委、市人民政府交办的其他任务。",
    ]
    for i, d in enumerate(duties):
        numbered(doc, d, num_id)  # Word auto numbering （一）…
        r_clauses.append("（" + cn[i] + "）" + d)

    # 第四条 — one paragraph, items separated by soft line breaks
    lead = "根据上述职责，片区管委会设下列内设机构："
    orgs = [
        "（一）综合办公室。负责机关日常运转，承担文电、会务、督查、政务公开、人事、财务和党建等工作。",
        "（二）改革创新部。负责拟订片区改革试点任务和制度创新工作方案，组织开展创新案例总结评估和复制推广。",
        "（三）产业发展与投资促进部。负责片区产业规划、招商引资和重大项目服务，承担外商投资促进工作。",
        "（四）开放合作部。负责贸易便利化、跨境电子商务、中欧班列和口岸协调工作，承担对外交流合作事务。",
        "（五）政务服务与监管部。负责承接下放权限、政务服务、事中事后监管协调和风险防控工作。",
    ]
    para(doc, [("第四条", HT, 16, False), ("　" + lead + "\n" + "\n".join(orgs), FS, 16, False)],
         WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
    r_clauses.append("第四条　" + lead)
    r_clauses.extend(orgs)

    t5 = "片区管委会机关行政编制20名，其中主任1名（由市人民政府副市长兼任，不占片区管委会编制）、常务副主任1名、副主任2名；科级领导职数8名（含机关党支部专职副书记1名）。领导职数配备情况见下表："
    article(doc, "第五条", t5)
    r_clauses.append("第五条　" + t5)
    header = ["职务", "职数", "级别", "备注"]
    rows = [
        ["主任", "1名", "副市级", "由市人民政府副市长兼任"],
        ["常务副主任", "1名", "正县级", "专职"],
        ["副主任", "2名", "副县级", "专职"],
        ["科级领导", "8名", "正、副科级", "含机关党支部专职副书记1名"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, HT, 14)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.rows[i + 1].cells[j], v, FS, 14)
        r_clauses.append("；".join(header[j] + "：" + row[j] for j in range(4)))
    empty(doc)

    a2 = [
        ("第六条", "片区管委会与襄阳高新区管委会、市商务局等部门的职责分工：片区管委会负责片区改革创新和开放发展的统筹协调；襄阳高新区管委会负责片区范围内的土地规划、基础设施建设和社会事务管理；市商务局负责全市自由贸易试验区建设的综合协调和督促指导。"),
        ("第七条", "片区管委会所属事业单位的设置、职责和编制事项另行规定。"),
        ("第八条", "本规定由中共襄阳市委机构编制委员会办公室负责解释，其调整由中共襄阳市委机构编制委员会办公室按规定程序办理。"),
    ]
    for no, tx in a2:
        article(doc, no, tx)
        r_clauses.append(no + "　" + tx)

    empty(doc, 3)
    banji_table(doc, "抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室，市委组织部，市财政局，市人社局。",
                "中共襄阳市委机构编制委员会办公室", "2026年1月20日印发")
    doc.save(os.path.join(HERE, stem + ".docx"))
    EXPECTED[stem] = [
        {"meta": meta(ntitle, "襄编办发〔2026〕3号", ["中共襄阳市委机构编制委员会办公室"],
                      "2026-01-20", "municipal", "襄阳市", "通知", recipients=recips,
                      attachments=[rule_title]),
         "clauses": n_clauses},
        {"meta": meta(rule_title, None, ["中共襄阳市委机构编制委员会办公室"], "2026-01-20",
                      "municipal", "中国（湖北）自由贸易试验区襄阳片区", "规定"),
         "clauses": r_clauses},
    ]
    return stem


# =====================================================================
# 3. 合肥 —— 附件列表、表格落款、（此件公开发布）、标题分两段、条文后续段落
# =====================================================================
def make_hefei():
    stem = "blind735_hefei_tongzhi"
    doc = Document()
    setup(doc)
    red_header(doc, "中共合肥市委机构编制委员会办公室文件", "合编办发〔2026〕11号", scale=65, size=32)

    zone = "中国（安徽）自由贸易试验区合肥片区管理委员会"
    rule_title = zone + "主要职责、内设机构和人员编制规定"
    ntitle = "关于印发《" + rule_title + "》的通知"
    para(doc, [("关于印发《" + zone + "主要职责、内设机构和人员编制规定》的通知", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc)
    recips = ["市直有关部门", zone]
    para(doc, [("市直有关部门，" + zone + "：", FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)
    n_clauses = [
        "《" + rule_title + "》已经市委、市政府同意，现印发给你们，请认真遵照执行。",
        "联系人：王敏；联系电话：0551-63538217。",
    ]
    for c in n_clauses:
        body(doc, c)
    empty(doc)
    para(doc, [("附件：" + rule_title, FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, first=32)
    empty(doc, 2)
    # 落款 placed in a borderless layout table
    lt = doc.add_table(rows=2, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    lt.columns[0].width = Cm(5)
    lt.columns[1].width = Cm(10.6)
    for row in lt.rows:
        row.cells[0].width = Cm(5)
        row.cells[1].width = Cm(10.6)
    cell_text(lt.rows[0].cells[1], "中共合肥市委机构编制委员会办公室", FS, 16)
    cell_text(lt.rows[1].cells[1], "2026年3月16日", FS, 16)
    empty(doc)
    para(doc, [("（此件公开发布）", FS, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, first=32)

    page_break(doc)
    para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc)
    # title split into two centred paragraphs
    para(doc, [("中国（安徽）自由贸易试验区合肥片区", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("管理委员会主要职责、内设机构", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, line=36)
    para(doc, [("和人员编制规定", XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, line=36)
    empty(doc)

    r_clauses = []
    a1 = [
        ("第一条", "为贯彻落实《中国（安徽）自由贸易试验区总体方案》，推进中国（安徽）自由贸易试验区合肥片区（以下简称合肥片区）高标准建设，根据有关法律法规和机构编制管理规定，制定本规定。"),
        ("第二条", "中国（安徽）自由贸易试验区合肥片区管理委员会（以下简称管委会）是合肥市人民政府的派出机构，为正局级，挂合肥市自由贸易试验区工作办公室牌子，与合肥高新技术产业开发区管理委员会协同运行。"),
        ("第三条", "管委会贯彻落实党中央关于自由贸易试验区建设的方针政策和决策部署，在履行职责过程中坚持和加强党的全面领导。主要职责是："),
    ]
    for no, t in a1:
        # article numbers bold 仿宋, hand-typed indent with full-width spaces
        para(doc, [("　　" + no, FS, 16, True), ("　" + t, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY)
        r_clauses.append(no + "　" + t)
    duties = [
        "（一）贯彻落实国家和省关于自由贸易试验区建设的法律法规和政策措施，研究拟订合肥片区建设实施方案、发展规划和年度计划，经批准后组织实施。",
        "（二）围绕科技创新和产业创新深度融合，推进集成电路、人工智能、新型显示、生物医药等产业领域改革创新，探索科技成果转移转化新机制。",
        "（三）负责合肥片区招商引资和外商投资促进工作，落实外商投资准入负面清单和外商投资信息报告制度，推动外资项目落地。",
        "（四）推进贸易投资便利化，协调合肥综合保税区、合肥经济技术开发区综合保税区等海关特殊监管区域联动发展。",
        "（五）推动跨境电子商务、数字贸易、服务外包、离岸贸易等新业态发展，组织开展跨境电商企业培育和品牌出海工作。",
        "（六）配合有关部门推进中欧班列（合肥）集结中心建设，拓展国际物流通道，发展多式联运。",
        "（七）配合金融管理部门推进科技金融、跨境投融资便利化和本外币一体化资金池等金融改革试点。",
        "（八）推进知识产权保护和运用改革，建立知识产权快速协同保护机制。",
        "（九）负责合肥片区营商环境建设，推进“一业一证”“证照分离”改革，承接省、市依法下放或者委托的管理事项。",
        "（十）统筹片区风险防控、统计监测和事中事后监管协调工作，开展改革试点任务评估。",
        "（十一）负责合肥片区新闻宣传、对外交流与合作、长三角自由贸易试验区联盟协同联动等工作。",
        "（十二）完成市委、市人民政府交办的其他任务。",
    ]
    for d in duties:
        # indentation by half-width spaces
        para(doc, [("    " + d, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY)
        r_clauses.append(d)

    t4 = "根据上述职责，管委会设下列内设机构："
    para(doc, [("　　第四条", FS, 16, True), ("　" + t4, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY)
    r_clauses.append("第四条　" + t4)
    orgs = [
        ("（一）综合办公室。", "负责机关日常运转工作，承担文电、会务、机要、档案、信息、安全保密、政务公开、督查督办等工作；承担机关党建、人事、财务和资产管理工作。"),
        ("（二）制度创新处。", "负责研究片区改革发展重大问题，拟订制度创新方案和改革试点任务清单；组织开展创新成果评估和复制推广。"),
        ("（三）投资促进处。", "负责片区招商引资和项目服务工作；承担外商投资促进、重点外资企业服务和投资环境推介工作。"),
        ("（四）开放发展处。", "负责贸易便利化、跨境电子商务、服务贸易和国际物流通道建设的统筹协调；承担综合保税区联动发展和中欧班列相关服务工作。"),
        ("（五）营商环境处。", "负责片区营商环境建设和政务服务改革；承担权限承接、事中事后监管协调、风险防控和统计监测工作。"),
    ]
    for h, t in orgs:
        para(doc, [("　　" + h, KT, 16, True), (t, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY)
        r_clauses.append(h + t)

    t5 = "管委会机关行政编制22名，其中主任1名（由市人民政府分管副市长兼任，不占管委会机关编制）、专职副主任3名；处级领导职数11名（含机关党委专职副书记1名）。"
    para(doc, [("　　第五条", FS, 16, True), ("　" + t5, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY)
    r_clauses.append("第五条　" + t5)
    t5b = "管委会机关工勤人员控制数3名，所需经费按规定纳入市级财政预算。"
    para(doc, [("　　" + t5b, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY)
    r_clauses.append(t5b)

    a3 = [
        ("第六条", "职责分工。合肥片区范围内涉及土地规划、建设管理、社会事务等职责，由合肥高新技术产业开发区管理委员会和片区所在地人民政府按照现行管理体制承担；管委会负责统筹协调和督促落实。"),
        ("第七条", "管委会所属事业单位的设置、职责和编制事项另行规定。"),
        ("第八条", "本规定由中共合肥市委机构编制委员会办公室负责解释，其调整由中共合肥市委机构编制委员会办公室按规定程序办理。本规定自2026年4月1日起施行。"),
    ]
    for no, t in a3:
        para(doc, [("　　" + no, FS, 16, True), ("　" + t, FS, 16, False)], WD_ALIGN_PARAGRAPH.JUSTIFY)
        r_clauses.append(no + "　" + t)

    empty(doc, 3)
    banji_table(doc, "抄送：市委各部门，市人大常委会办公厅，市政府办公厅，市政协办公厅，市纪委监委机关，市中级法院，市检察院。",
                "中共合肥市委机构编制委员会办公室", "2026年3月16日印发")
    doc.save(os.path.join(HERE, stem + ".docx"))
    EXPECTED[stem] = [
        {"meta": meta(ntitle, "合编办发〔2026〕11号", ["中共合肥市委机构编制委员会办公室"],
                      "2026-03-16", "municipal", "合肥市", "通知", recipients=recips,
                      attachments=[rule_title], publicity="此件公开发布"),
         "clauses": n_clauses},
        {"meta": meta(rule_title, None, ["中共合肥市委机构编制委员会办公室"], "2026-03-16",
                      "municipal", "中国（安徽）自由贸易试验区合肥片区", "规定",
                      effective="2026-04-01"),
         "clauses": r_clauses},
    ]
    return stem


def main():
    stems = [make_xiamen(), make_xiangyang(), make_hefei()]
    for s in stems:
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_735", "--headless",
             "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, s + ".docx")],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
