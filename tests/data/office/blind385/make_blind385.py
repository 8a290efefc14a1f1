# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 385: county 实施方案 typed with Word automatic multi-level numbering
(with real-world numbering mistakes), each issued by a short 通知 in the same file."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
W = nsdecls("w")

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ---------------------------------------------------------------- helpers
def set_font(run, east, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:hint"), "eastAsia")
    if color is not None:
        run.font.color.rgb = color


def fmt_para(p, align=None, first=None, left=None, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def add_runs(p, runs):
    """runs: list of (text, font, bold) ; text may contain '\\n' meaning soft line break"""
    for text, font, bold, *rest in runs:
        size = rest[0] if rest else 16
        color = rest[1] if len(rest) > 1 else None
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                br = p.add_run()
                br.add_break(WD_BREAK.LINE)
            if part:
                r = p.add_run(part)
                set_font(r, font, size, bold, color)


def body(doc, text, first=32, font=FS, align=WD_ALIGN_PARAGRAPH.JUSTIFY, split=None):
    p = doc.add_paragraph()
    fmt_para(p, align, first=first)
    if split:  # office quirk: the same sentence in several runs
        pieces = []
        last = 0
        for s in split:
            pieces.append(text[last:s])
            last = s
        pieces.append(text[last:])
        add_runs(p, [(x, font, False) for x in pieces if x])
    else:
        add_runs(p, [(text, font, False)])
    return p


def empty(doc, exact=28):
    p = doc.add_paragraph()
    fmt_para(p, exact=exact)
    return p


PPR_ORDER = ["w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
             "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
             "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
             "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
             "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
             "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
             "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"]


def set_numpr(p, num_id, ilvl):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml(
        f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    )
    ppr.insert_element_before(numpr, *PPR_ORDER[PPR_ORDER.index("w:numPr") + 1:])


def border_bottom(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    pbdr = parse_xml(
        f'<w:pBdr {W}><w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/></w:pBdr>'
    )
    ppr.insert_element_before(pbdr, *PPR_ORDER[PPR_ORDER.index("w:pBdr") + 1:])


def border_top_bottom(p, sz=6):
    ppr = p._p.get_or_add_pPr()
    pbdr = parse_xml(
        f'<w:pBdr {W}><w:top w:val="single" w:sz="{sz}" w:space="1" w:color="000000"/>'
        f'<w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="000000"/></w:pBdr>'
    )
    ppr.insert_element_before(pbdr, *PPR_ORDER[PPR_ORDER.index("w:pBdr") + 1:])


def page_break(doc):
    p = doc.add_paragraph()
    fmt_para(p)
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc):
    sec = doc.sections[0]
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = "Times New Roman"
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # page number "— 1 —" in the footer
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="begin"/>'))
    r = fp.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml(f'<w:instrText {W} xml:space="preserve"> PAGE </w:instrText>'))
    r = fp.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="separate"/>'))
    r = fp.add_run("1")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    r._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="end"/>'))
    r = fp.add_run(" —")
    set_font(r, "宋体", 14)


# ------------------------------------------------------------- numbering
def lvl_xml(ilvl, fmt, text, font, bold=False, restart=None, first=640):
    x = f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
    if restart is not None:
        x += f'<w:lvlRestart w:val="{restart}"/>'
    x += f'<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
    x += f'<w:pPr><w:ind w:left="0" w:firstLine="{first}"/></w:pPr>'
    x += (
        f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
        f'w:eastAsia="{font}" w:hint="eastAsia"/>'
        + ("<w:b/>" if bold else "")
        + '<w:sz w:val="32"/></w:rPr></w:lvl>'
    )
    return x


def abstract_multilevel(aid, nsid, fonts=(HT, KT, FS, FS), bolds=(False, False, False, False)):
    lv = [
        lvl_xml(0, "chineseCounting", "%1、", fonts[0], bolds[0]),
        lvl_xml(1, "chineseCounting", "（%2）", fonts[1], bolds[1]),
        lvl_xml(2, "decimal", "%3.", fonts[2], bolds[2]),
        lvl_xml(3, "decimal", "（%4）", fonts[3], bolds[3]),
    ]
    return (
        f'<w:abstractNum {W} w:abstractNumId="{aid}"><w:nsid w:val="{nsid}"/>'
        f'<w:multiLevelType w:val="multilevel"/>' + "".join(lv) + "</w:abstractNum>"
    )


def abstract_table(aid, nsid):
    return (
        f'<w:abstractNum {W} w:abstractNumId="{aid}"><w:nsid w:val="{nsid}"/>'
        f'<w:multiLevelType w:val="singleLevel"/>'
        + lvl_xml(0, "decimal", "%1", FS, first=0).replace(
            '<w:lvlJc w:val="left"/>', '<w:lvlJc w:val="center"/>'
        ).replace('<w:sz w:val="32"/>', '<w:sz w:val="24"/>')
        + "</w:abstractNum>"
    )


def install_numbering(doc, abstracts, nums):
    """abstracts: list of xml strings; nums: list of (numId, abstractId, overrides{ilvl:start})"""
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for a in abstracts:
        el = parse_xml(a)
        if first_num is not None:
            first_num.addprevious(el)
        else:
            numbering.append(el)
    for num_id, aid, overrides in nums:
        x = f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>'
        for ilvl, start in overrides.items():
            x += f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        x += "</w:num>"
        numbering.append(parse_xml(x))


def num_para(doc, num_id, ilvl, runs):
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.JUSTIFY)
    set_numpr(p, num_id, ilvl)
    p.paragraph_format.left_indent = Pt(0)
    p.paragraph_format.first_line_indent = Pt(32)
    add_runs(p, runs)
    return p


# ----------------------------------------------------- common page parts
def red_header(doc, organ_line, doc_no):
    empty(doc)
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.CENTER, exact=60)
    add_runs(p, [(organ_line, XBS, False, 42, RED)])
    empty(doc)
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.CENTER)
    add_runs(p, [(doc_no, FS, False)])
    border_bottom(p)
    empty(doc)


def title(doc, text, size=22):
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.CENTER, exact=36)
    add_runs(p, [(text, XBS, False, size)])
    return p


def table_cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    fmt_para(p, align, exact=20)
    add_runs(p, [(text, font, bold, size)])
    return p


def set_table_borders(table):
    tblpr = table._tbl.tblPr
    b = parse_xml(
        f'<w:tblBorders {W}>'
        + "".join(
            f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            for s in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + "</w:tblBorders>"
    )
    tblpr.insert_element_before(b, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
                                "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def banji(doc, cc, printer, date):
    """版记: 抄送 and 印发 lines between rules"""
    for _ in range(3):
        empty(doc)
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT, left=14, first=-0.0)
    add_runs(p, [(cc, FS, False, 14)])
    border_top_bottom(p)
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT, left=14)
    add_runs(p, [(printer + "\u3000" * 3 + "\u00a0\u00a0" + date + "印发", FS, False, 14)])
    border_top_bottom(p)


# ======================================================================
# Document 1 : 武义县人民政府 通知 + 实施方案
# ======================================================================
def make_wuyi():
    stem = "blind385_wuyi_tongzhi"
    doc = Document()
    setup(doc)
    # numIds: 11 = headings (一、), 12 = items list (continues across sections),
    #         13 = items list restarted by hand under 三、 (startOverride), shares abstract 2
    install_numbering(
        doc,
        [abstract_multilevel(901, "5A3C1E01"), abstract_multilevel(902, "2B7D4F22")],
        [(11, 901, {}), (12, 902, {}), (13, 902, {1: 1})],
    )

    plan_title = "武义县推进跨境电子商务高质量发展实施方案（2025—2027年）"
    notice_title = "武义县人民政府关于印发" + plan_title + "的通知"
    notice_clauses = []
    plan_clauses = []

    red_header(doc, "武义县人民政府文件", "武政发〔2025〕7号")
    p = title(doc, "武义县人民政府关于印发武义县推进\n跨境电子商务高质量发展实施方案\n（2025—2027年）的通知")
    empty(doc)
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_runs(p, [("各乡镇人民政府、街道办事处，县政府各部门、各直属单位：", FS, False)])

    t = ("现将《" + plan_title + "》印发给你们，请结合实际，认真抓好贯彻落实。")
    body(doc, t, split=[9, 30])
    notice_clauses.append(t)
    t = ("本方案已经县政府第52次常务会议审议通过。各乡镇（街道）、各有关部门要将跨境电子商务发展列入重要"
         "议事日程，明确分管领导和具体责任人，于每季度结束后10日内将工作推进情况报送县商务局。"
         "实施过程中遇到的重大问题，请及时向县政府报告。")
    body(doc, t)
    notice_clauses.append(t)
    empty(doc)
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT, first=32)
    add_runs(p, [("附件：" + plan_title, FS, False)])
    empty(doc)
    empty(doc)
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_runs(p, [("\u3000" * 18 + "武义县人民政府", FS, False)])
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_runs(p, [("\u3000" * 18 + "2025年4月18日", FS, False)])
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT, first=32)
    add_runs(p, [("（此件公开发布）", FS, False)])

    # ------------------------------------------------ the 方案 (attachment)
    page_break(doc)
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_runs(p, [("附件", HT, False)])
    empty(doc)
    title(doc, "武义县推进跨境电子商务高质量发展实施方案\n（2025—2027年）")
    empty(doc)

    t = ("为深入贯彻落实国务院办公厅《关于推动外贸稳规模优结构的意见》和省、市关于加快发展跨境电子商务的决策部署，"
         "依托中国（金华）跨境电子商务综合试验区建设，推动我县五金工具、休闲运动器材、文旅用品等优势产业加快"
         "“触网出海”，培育外贸发展新动能，结合我县实际，制定本方案。")
    body(doc, t, split=[40])
    plan_clauses.append(t)

    def h0(text):
        p = num_para(doc, 11, 0, [(text, HT, False)])
        return p

    def item(num_id, ilvl, disp, head, text, head_font=None, head_bold=False):
        runs = []
        if head:
            runs.append((head, head_font or (KT if ilvl == 1 else FS), head_bold))
        runs.append((text, FS, False))
        num_para(doc, num_id, ilvl, runs)
        plan_clauses.append(disp + (head or "") + text)

    def manual(text):
        body(doc, text)
        plan_clauses.append(text)

    # 一、总体要求  (headings: list 11 ; items: list 12)
    h0("总体要求")
    item(12, 1, "（一）", "指导思想。",
         "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，深度融入"
         "“一带一路”建设和义甬舟开放大通道建设，坚持“产业+跨境电商”融合发展路径，以培育主体、完善生态、"
         "畅通通道为重点，推动跨境电子商务规模、质量、效益同步提升。")
    item(12, 1, "（二）", "基本原则。",
         "坚持市场主导、政府引导，充分发挥企业主体作用；坚持产业带动、品牌引领，推动传统制造企业向"
         "“品牌出海”转型；坚持统筹联动、协同推进，强化部门协作和县域、市域资源共享。")
    item(12, 1, "（三）", "发展目标。",
         "到2027年，全县跨境电商进出口额突破50亿元，年均增长25%以上；累计培育跨境电商应用企业600家以上，"
         "其中年交易额超亿元企业15家；建成省级跨境电商产业园1个、公共海外仓3个以上。分年度主要指标如下：")

    header = ["指标名称", "单位", "2024年（基数）", "2025年", "2026年", "2027年"]
    rows = [
        ["跨境电商进出口额", "亿元", "25.6", "32", "40", "50"],
        ["跨境电商应用企业数", "家", "310", "400", "500", "600"],
        ["年交易额超亿元企业数", "家", "6", "9", "12", "15"],
        ["公共海外仓数量", "个", "1", "2", "2", "3"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=len(header))
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(tb)
    tb.autofit = False
    widths = [Cm(4.6), Cm(1.6), Cm(3.0), Cm(2.1), Cm(2.1), Cm(2.1)]
    for j, w in enumerate(widths):
        tb.columns[j].width = w
    for j, h in enumerate(header):
        table_cell_text(tb.cell(0, j), h, HT, 12)
        tb.cell(0, j).width = widths[j]
    for i, r in enumerate(rows, 1):
        for j, v in enumerate(r):
            table_cell_text(tb.cell(i, j), v)
            tb.cell(i, j).width = widths[j]
        plan_clauses.append("；".join(f"{h}：{v}" for h, v in zip(header, r)))
    empty(doc)

    # 二、重点任务 — Word continued list 12, so the items start at （四）
    h0("重点任务")
    item(12, 1, "（四）", "培育壮大跨境电商经营主体。",
         "聚焦五金工具、电动工具、户外休闲用品等重点产业，分类施策推动企业开展跨境电商业务。")
    item(12, 2, "1.", "实施“企业触网”工程。",
         "每年组织“跨境电商进产业带”对接活动不少于10场，引导规模以上工业企业开设第三方平台店铺或独立站，"
         "2025年新增跨境电商应用企业90家以上。", head_bold=True)
    item(12, 2, "2.", "引进培育龙头企业。",
         "积极引进跨境电商头部平台、服务商设立区域中心，对新引进年交易额超5000万元的跨境电商企业，"
         "按“一企一策”给予支持。", head_bold=True)
    item(12, 2, "3.", "推动本土品牌出海。",
         "支持企业开展境外商标注册、产品认证和海外推广，打造一批具有国际影响力的“武义制造”跨境电商品牌。",
         head_bold=True)
    item(12, 1, "（五）", "建设跨境电商产业集聚平台。",
         "以武义经济开发区为核心，推动跨境电商产业园与传统产业园区联动发展。")
    item(12, 2, "1.", "提升跨境电商产业园能级。",
         "完善产业园选品展示、直播运营、仓储分拨等功能，力争2026年底前创成省级跨境电商产业园。", head_bold=True)
    item(12, 2, "2.", "布局建设海外仓。",
         "鼓励企业在美国、德国、波兰、阿联酋等主要市场建设或租用海外仓，对认定的公共海外仓给予支持：",
         head_bold=True)
    item(12, 3, "（1）", None,
         "新建公共海外仓面积达到3000平方米以上的，按实际投资额的10%给予一次性补助，最高不超过100万元；")
    item(12, 3, "（2）", None,
         "为本县企业提供服务比例达到30%以上的，按年度服务企业数量给予运营奖励，每年最高不超过30万元。")
    item(12, 2, "3.", "建设跨境直播电商基地。",
         "支持社会资本建设跨境直播基地，为中小企业提供直播间、主播孵化、多语种运营等服务。", head_bold=True)
    item(12, 1, "（六）", "拓展跨境物流通道。",
         "深化与义乌、金华等地物流枢纽合作，构建海运、空运、铁路多式联运的跨境物流体系。")
    item(12, 2, "1.", "用好中欧班列通道。",
         "依托“义新欧”中欧班列，组织五金工具、休闲用品等适铁货源集中发运，支持企业通过中欧班列拓展中亚、"
         "欧洲市场。", head_bold=True)
    item(12, 2, "2.", "加强海铁联运对接。",
         "深化与宁波舟山港合作，推动在县内设立海铁联运“无水港”，实现“一次申报、一次查验、一次放行”。",
         head_bold=True)
    # a paragraph pasted in with a hand-typed "3." (not part of the list) ...
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first=32)
    add_runs(p, [("3.推动快递物流降本增效。", FS, True),
                 ("支持快递物流企业开通跨境专线，鼓励组建县域跨境物流联盟，降低中小企业物流成本。", FS, False)])
    plan_clauses.append("3.推动快递物流降本增效。支持快递物流企业开通跨境专线，鼓励组建县域跨境物流联盟，"
                        "降低中小企业物流成本。")
    # ... so the next automatic item is displayed as 3. again
    item(12, 2, "3.", "优化跨境电商通关服务。",
         "落实跨境电商B2B直接出口（9710）、跨境电商出口海外仓（9810）监管模式，协调金华海关提供预约通关、"
         "到厂查验等便利措施。", head_bold=True)
    item(12, 1, "（七）", "强化人才和服务支撑。",
         "坚持引育并举，完善跨境电商人才培养和专业服务体系。")
    item(12, 2, "1.", "加强人才培养。",
         "支持县职业技术学校开设跨境电商专业方向，每年开展跨境电商实操培训不少于800人次。", head_bold=True)
    item(12, 2, "2.", "培育服务生态。",
         "引进培育代运营、营销推广、知识产权、跨境支付等专业服务机构，2027年底前集聚各类服务商30家以上。",
         head_bold=True)
    empty(doc)

    # 三、政策支持 — the drafter right-clicked “重新开始于一” (new num 13 with startOverride)
    h0("政策支持")
    item(13, 1, "（一）", "支持企业开展跨境电商业务。",
         "对首次在第三方跨境电商平台开设店铺且年交易额达到50万元以上的企业，给予最高3万元的一次性开店补助。")
    item(13, 1, "（二）", "支持跨境电商规模发展。",
         "对年度跨境电商进出口额首次突破1000万元、5000万元、1亿元的企业，分别给予10万元、30万元、50万元奖励。")
    item(13, 2, "1.", None, "同一企业按就高原则享受，不重复奖励；")
    item(13, 2, "2.", None, "奖励资金在县级商务发展专项资金中列支。")
    item(13, 1, "（三）", "支持跨境电商品牌建设。",
         "对企业在境外注册自主商标并实现跨境电商销售的，按实际注册费用的50%给予补助，每家企业每年最高不超过10万元。")
    empty(doc)

    # 四、保障措施 — not restarted again, so list 13 continues at （四）
    h0("保障措施")
    item(13, 1, "（四）", "加强组织领导。",
         "成立由分管副县长任组长，县商务局、县发展改革局、县经济商务科技局、县财政局等单位为成员的县跨境电子商务"
         "发展工作专班，专班办公室设在县商务局，统筹推进各项工作。")
    item(13, 1, "（五）", "强化资金保障。",
         "县财政每年安排跨境电商发展专项资金不少于2000万元，用于落实本方案各项政策措施。同一项目符合县级其他政策的，"
         "按照就高不重复原则执行。")
    item(13, 1, "（六）", "严格考核评估。",
         "将跨境电商发展情况纳入乡镇（街道）和部门年度综合考核，县商务局会同县统计局建立跨境电商统计监测制度，"
         "每半年开展一次实施情况评估。")
    t = ("本方案自2025年5月1日起施行，有效期至2027年12月31日。《武义县人民政府关于加快电子商务发展的若干意见》"
         "（武政发〔2021〕12号）同时废止。本方案由县商务局负责解释。")
    body(doc, t)
    plan_clauses.append(t)

    banji(doc, "抄送：县委各部门，县人大常委会、县政协办公室，县法院，县检察院。",
          "武义县人民政府办公室", "2025年4月18日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)

    expected = [
        {
            "meta": {
                "title": notice_title,
                "doc_number": "武政发〔2025〕7号",
                "issuer": ["武义县人民政府"],
                "date": "2025-04-18",
                "published": None,
                "level": "county",
                "region": "武义县",
                "effective": None,
                "expires": None,
                "attachments": [plan_title],
                "doc_type": "通知",
                "recipients": ["各乡镇人民政府", "街道办事处", "县政府各部门", "各直属单位"],
                "publicity": "此件公开发布",
                "repeals": None,
            },
            "clauses": notice_clauses,
        },
        {
            "meta": {
                "title": plan_title,
                "doc_number": None,
                "issuer": ["武义县人民政府"],
                "date": "2025-04-18",
                "published": None,
                "level": "county",
                "region": "武义县",
                "effective": "2025-05-01",
                "expires": "2027-12-31",
                "attachments": [],
                "doc_type": "方案",
                "recipients": [],
                "publicity": "此件公开发布",
                "repeals": "《武义县人民政府关于加快电子商务发展的若干意见》（武政发〔2021〕12号）",
            },
            "clauses": plan_clauses,
        },
    ]
    return stem, path, expected


# ======================================================================
# Document 2 : 兰陵县商务局 兰陵县财政局 联合通知 + 工作方案
# ======================================================================
def make_lanling():
    stem = "blind385_lanling_tongzhi"
    doc = Document()
    setup(doc)
    # numId 21: one multi-level list used for the notice's 一、二、三、 AND the plan's headings,
    #           so the plan's first heading is displayed 四、 ;  numId 22: 序号 column in the table
    install_numbering(
        doc,
        [abstract_multilevel(911, "7C21A0B3", fonts=(HT, KT, FS, FS)), abstract_table(912, "1E0F9D44")],
        [(21, 911, {}), (22, 912, {})],
    )
    plan_title = "兰陵县2026年农产品跨境电商出口提升行动工作方案"
    notice_title = "兰陵县商务局 兰陵县财政局关于印发" + plan_title + "的通知"
    notice_clauses = []
    plan_clauses = []

    # joint red header laid out with a borderless table: organs left, 文件 right
    empty(doc)
    ht = doc.add_table(rows=2, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = ht.cell(0, 1).merge(ht.cell(1, 1))
    for i, organ in enumerate(["兰陵县商务局", "兰陵县财政局"]):
        p = ht.cell(i, 0).paragraphs[0]
        fmt_para(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, exact=50)
        add_runs(p, [(organ, XBS, False, 36, RED)])
    p = c.paragraphs[0]
    fmt_para(p, WD_ALIGN_PARAGRAPH.CENTER, exact=50)
    c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    add_runs(p, [("文件", XBS, False, 42, RED)])
    ht.autofit = False
    ht.columns[0].width = Cm(11.5)
    ht.columns[1].width = Cm(4)
    ht.cell(0, 0).width = Cm(11.5)
    ht.cell(1, 0).width = Cm(11.5)
    c.width = Cm(4)
    empty(doc)
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.CENTER)
    add_runs(p, [("兰商发〔2026〕6号", FS, False)])
    border_bottom(p)
    empty(doc)
    title(doc, "兰陵县商务局 兰陵县财政局\n关于印发兰陵县2026年农产品跨境电商\n出口提升行动工作方案的通知")
    empty(doc)
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_runs(p, [("各镇（街道）财政所，兰陵经济开发区管委会，县直有关部门，各有关企业：", FS, False)])

    t = "现将《" + plan_title + "》印发给你们，并就有关事项通知如下："
    body(doc, t)
    notice_clauses.append(t)

    def h(num_id, ilvl, disp, head, text, head_font=HT, bold=False, target=None):
        runs = [(head, head_font, bold)] if head else []
        if text:
            runs.append((text, FS, False))
        num_para(doc, num_id, ilvl, runs)
        if target is not None:
            target.append(disp + (head or "") + (text or ""))

    h(21, 0, "一、", "提高思想认识。",
      "发展农产品跨境电商是推动“兰陵蔬菜”等特色农产品拓展国际市场、促进农民增收的重要举措，各单位要切实增强"
      "责任感和紧迫感，确保各项任务落地见效。", target=notice_clauses)
    h(21, 0, "二、", "抓好任务落实。",
      "各镇（街道）要按照工作方案明确的任务分工，结合本地特色产业制定具体推进措施，于2026年3月31日前将联络员名单"
      "报县商务局电子商务股。", target=notice_clauses)
    h(21, 0, "三、", "规范资金管理。",
      "各项扶持资金实行“先建后补、据实结算”，申报单位对所报材料的真实性负责；对弄虚作假、骗取扶持资金的，依法依规"
      "追回资金，并取消其三年内申报资格。", target=notice_clauses)
    t = ("联系人：县商务局电子商务股王晓彤，联系电话：0539-5218326；县财政局经济建设股刘振华，"
         "联系电话：0539-5213107。")
    body(doc, t)
    notice_clauses.append(t)
    empty(doc)
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT, first=32)
    add_runs(p, [("附件：" + plan_title, FS, False)])
    empty(doc)
    empty(doc)
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_runs(p, [("\u3000" * 4 + "兰陵县商务局" + "\u3000" * 8 + "兰陵县财政局", FS, False)])
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_runs(p, [("\u3000" * 17 + "2026年3月6日", FS, False)])
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT, first=32)
    add_runs(p, [("（此件公开发布）", FS, False)])

    # ---------------------------------------------------------- the plan
    page_break(doc)
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.LEFT)
    add_runs(p, [("附件", HT, False)])
    empty(doc)
    title(doc, plan_title)
    empty(doc)
    t = ("为加快推动我县农产品跨境电商发展，扩大“兰陵蔬菜”“兰陵大蒜”等特色农产品出口规模，依托中国（临沂）跨境"
         "电子商务综合试验区和临沂综合保税区政策优势，结合我县实际，制定本工作方案。")
    body(doc, t, split=[52])
    plan_clauses.append(t)

    # same list 21 → plan heading continues at 四、
    h(21, 0, "四、", "工作目标", None)
    t = ("到2026年底，全县农产品跨境电商出口额达到3.5亿元，同比增长30%以上；新增农产品跨境电商应用企业40家，"
         "培育年出口额超千万元的农产品跨境电商企业8家；新建境外农产品展示中心（海外仓）2个。")
    body(doc, t)
    plan_clauses.append(t)

    h(21, 0, "五、", "重点任务", None)
    h(21, 1, "（一）", "培育出口主体。", "坚持龙头带动、抱团发展，壮大农产品跨境电商经营主体队伍。",
      head_font=KT, target=plan_clauses)
    h(21, 2, "1.", None,
      "开展“跨境电商+农业产业化龙头企业”对接行动，全年组织培训对接活动不少于6场，推动年销售额2000万元以上的农产品"
      "加工企业全部开展跨境电商业务。", target=plan_clauses)
    h(21, 2, "2.", None,
      "支持农民专业合作社、家庭农场通过“抱团出海”方式，依托外贸综合服务企业开展跨境电商B2B直接出口。",
      target=plan_clauses)
    h(21, 1, "（二）", "建设出口基地。",
      "推动在卞庄街道、向城镇、磨山镇等蔬菜主产区建设农产品跨境电商出口基地，完善冷链仓储、分拣包装、检测认证等"
      "设施。对认定的县级出口基地：", head_font=KT, target=plan_clauses)
    # sub-items typed by hand, half-width brackets
    for t in ["(1)冷链仓储设施投资额在200万元以上的，按投资额的15%给予补助，最高不超过50万元；",
              "(2)获得境外有机认证、GlobalG.A.P.认证的，每项认证给予2万元补助。"]:
        body(doc, t)
        plan_clauses.append(t)
    h(21, 1, "（三）", "畅通物流通道。",
      "依托临沂综合保税区和“齐鲁号”中欧班列，推动农产品跨境电商货物集拼出口，支持企业利用冷链专列、中亚班列"
      "拓展上合组织国家市场。", head_font=KT, target=plan_clauses)
    h(21, 1, "（四）", "强化品牌营销。",
      "组织企业参加中国进出口商品交易会、中国—东盟博览会、中国（临沂）国际商贸博览会等重要展会，支持企业在东南亚、"
      "中东等市场开展跨境直播营销。", head_font=KT, target=plan_clauses)
    h(21, 2, "1.", None, "对参加境外展会的企业，按展位费的70%给予补助，每家企业全年最高不超过8万元；",
      target=plan_clauses)
    h(21, 2, "2.", None, "对开展跨境直播营销且年出口额超过300万元的企业，给予一次性奖励5万元。",
      target=plan_clauses)

    h(21, 0, "六、", "任务安排", None)
    t = "各项重点任务责任分工及完成时限见下表："
    body(doc, t)
    plan_clauses.append(t)
    header = ["序号", "重点任务", "责任单位", "完成时限"]
    rows = [
        ["组织农产品跨境电商培训对接活动", "县商务局、县农业农村局", "2026年11月底前"],
        ["认定县级农产品跨境电商出口基地", "县商务局、县财政局、有关镇（街道）", "2026年9月底前"],
        ["开展“齐鲁号”中欧班列农产品集拼发运", "县商务局、县交通运输局", "2026年12月底前"],
        ["组织企业参加境内外重点展会", "县商务局", "2026年12月底前"],
        ["兑现年度跨境电商扶持资金", "县财政局、县商务局", "2027年3月底前"],
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=4)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(tb)
    widths = [Cm(1.4), Cm(6.6), Cm(4.6), Cm(3.0)]
    tb.autofit = False
    for j, w in enumerate(widths):
        tb.columns[j].width = w
    for j, hd in enumerate(header):
        table_cell_text(tb.cell(0, j), hd, HT, 12)
        tb.cell(0, j).width = widths[j]
    for i, r in enumerate(rows, 1):
        # 序号 column: Word automatic numbering (cell paragraph is empty text)
        cp = tb.cell(i, 0).paragraphs[0]
        fmt_para(cp, WD_ALIGN_PARAGRAPH.CENTER, exact=20)
        set_numpr(cp, 22, 0)
        cp.paragraph_format.left_indent = Pt(0)
        cp.paragraph_format.first_line_indent = Pt(0)
        tb.cell(i, 0).width = widths[0]
        for j, v in enumerate(r, 1):
            table_cell_text(tb.cell(i, j), v, align=WD_ALIGN_PARAGRAPH.LEFT if j == 1 else WD_ALIGN_PARAGRAPH.CENTER)
            tb.cell(i, j).width = widths[j]
        vals = [str(i)] + r
        plan_clauses.append("；".join(f"{hd}：{v}" for hd, v in zip(header, vals)))
    empty(doc)

    h(21, 0, "七、", "保障措施", None)
    h(21, 1, "（一）", "加强统筹协调。",
      "县商务局牵头建立农产品跨境电商工作推进机制，定期调度任务进展，协调解决企业出口中遇到的通关、物流、结汇等问题。",
      head_font=KT, target=plan_clauses)
    h(21, 1, "（二）", "落实资金保障。",
      "县财政局统筹上级外经贸发展专项资金和县级配套资金，对符合条件的项目及时拨付扶持资金。",
      head_font=KT, target=plan_clauses)
    h(21, 1, "（三）", "做好宣传推广。",
      "及时总结推广农产品跨境电商典型案例，营造全社会支持农产品“出海”的良好氛围。",
      head_font=KT, target=plan_clauses)
    t = "本工作方案执行期限为2026年1月1日至2026年12月31日。"
    body(doc, t)
    plan_clauses.append(t)

    banji(doc, "抄送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。",
          "兰陵县商务局办公室", "2026年3月6日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected = [
        {
            "meta": {
                "title": notice_title,
                "doc_number": "兰商发〔2026〕6号",
                "issuer": ["兰陵县商务局", "兰陵县财政局"],
                "date": "2026-03-06",
                "published": None,
                "level": "county",
                "region": "兰陵县",
                "effective": None,
                "expires": None,
                "attachments": [plan_title],
                "doc_type": "通知",
                "recipients": ["各镇（街道）财政所", "兰陵经济开发区管委会", "县直有关部门", "各有关企业"],
                "publicity": "此件公开发布",
                "repeals": None,
            },
            "clauses": notice_clauses,
        },
        {
            "meta": {
                "title": plan_title,
                "doc_number": None,
                "issuer": ["兰陵县商务局", "兰陵县财政局"],
                "date": "2026-03-06",
                "published": None,
                "level": "county",
                "region": "兰陵县",
                "effective": "2026-01-01",
                "expires": "2026-12-31",
                "attachments": [],
                "doc_type": "方案",
                "recipients": [],
                "publicity": "此件公开发布",
                "repeals": None,
            },
            "clauses": plan_clauses,
        },
    ]
    return stem, path, expected


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_385", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
    )


def main():
    expected = {}
    for maker in (make_wuyi, make_lanling):
        stem, path, exp = maker()
        to_pdf(path)
        expected[stem] = exp
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
