# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 474: a provincial 实施意见 as a clean Word file and as a
PDF-to-Word converter output (one paragraph per printed line, page numbers and
running headers as body paragraphs, 版头 in a text box / one-cell table).
Writes the .docx files, their PDFs (LibreOffice) and expected.json next to itself."""
import json
import os
import random
import subprocess
import copy

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xE6, 0x00, 0x12)

FS = "仿宋_GB2312"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"

# ---------------------------------------------------------------------------
# Content (shared by both files)
# ---------------------------------------------------------------------------
ORGAN = "河南省人民政府办公厅"
DOCNO = "豫政办〔2025〕31号"
TITLE = "河南省人民政府办公厅关于推进中欧班列（中豫号）高质量发展加快建设内陆开放高地的实施意见"
TITLE_LINES = ["河南省人民政府办公厅", "关于推进中欧班列（中豫号）高质量发展", "加快建设内陆开放高地的实施意见"]
RUNNING_HEADER = "关于推进中欧班列（中豫号）高质量发展的实施意见"
ZHUSONG = "各省辖市人民政府，济源示范区管委会，郑州航空港经济综合实验区管委会，省人民政府各部门："
RECIPIENTS = ["各省辖市人民政府", "济源示范区管委会", "郑州航空港经济综合实验区管委会", "省人民政府各部门"]
ATT_TITLE = "河南省中欧班列（中豫号）高质量发展重点任务分工表"
DATE_CN = "2025年9月18日"
CHAOSONG = "抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，省军区。"
YINFA_DATE = "2025年9月19日印发"

K = "kai"      # 楷体 run-in heading
B = "bold"     # bold 仿宋 run-in heading
F = "fs"       # plain 仿宋

BODY = [
    ("p", [(F, "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，进一步发挥中欧班列（中豫号）战略通道作用，推动空中、陆上、网上、海上“四条丝绸之路”协同发展，加快建设内陆开放高地，经省政府同意，现提出如下实施意见。")]),
    ("h1", "一、总体要求"),
    ("p", [(F, "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，坚持市场主导、政府引导，坚持枢纽带动、全省联动，坚持通道建设与产业发展相结合，着力提升中欧班列（中豫号）开行质量和综合效益，推动通道优势加快转化为枢纽优势、产业优势和开放优势。")]),
    ("p", [(F, "到2027年，中欧班列（中豫号）年开行量稳定在3000列以上，境外直达站点达到50个以上，回程班列占比提高到45%以上，“班列+”多式联运业务规模显著扩大，形成一批依托班列通道发展的特色产业集群。主要指标如下：")]),
    ("table", ["指标名称", "2024年", "2027年目标"], [
        ["年开行班列（列）", "2150", "3000以上"],
        ["境外直达站点（个）", "36", "50以上"],
        ["回程班列占比（%）", "38", "45以上"],
        ["“班列+跨境电商”货值（亿元）", "42", "100以上"],
        ["省内集结分拨中心（个）", "5", "10"],
    ], [230, 100, 120], 14),
    ("h1", "二、重点任务"),
    ("p", [(K, "（一）优化通道网络布局。"), (F, "巩固提升郑州至汉堡、慕尼黑、布达佩斯等既有线路，加密至中亚五国及俄罗斯的常态化班列，积极拓展经中吉乌铁路、跨里海国际运输走廊的南通道线路。支持郑州国际陆港与沿线国家重要节点城市共建海外仓和集疏运中心，到2026年底新增境外集结分拨网点10个以上。（责任单位：省发展改革委、省商务厅、中国铁路郑州局集团有限公司）")]),
    ("p", [(K, "（二）提升枢纽集结能力。"), (F, "加快郑州国际陆港核心枢纽扩能改造，推进圃田铁路物流基地二期、国际陆港多式联运集疏中心等项目建设。在洛阳、新乡、许昌、商丘、南阳等地布局建设一批省内集结分拨中心，推行“一单到底、全省集结”模式，降低省内货源集结成本。（责任单位：省发展改革委、省交通运输厅、郑州市政府）")]),
    ("p", [(K, "（三）推动“班列+”多式联运发展。"), (F, "统筹空、陆、网、海“四条丝绸之路”，重点推进以下工作：")]),
    ("p", [(B, "1.发展空铁联运。"), (F, "依托郑州航空港经济综合实验区，开行“空铁联运”国际班列，推动航空货运与中欧班列在舱位、运单、结算等方面互认互通。")]),
    ("p", [(B, "2.发展铁海联运。"), (F, "加强与青岛、连云港、宁波舟山等港口合作，加密郑州至沿海港口的铁海联运班列，推广铁海联运“一单制”。")]),
    ("p", [(B, "3.发展公铁联运。"), (F, "支持物流企业开发“门到门”公铁联运产品，对符合条件的多式联运示范工程项目，按有关规定给予资金支持。")]),
    ("p", [(K, "（四）发展“班列+跨境电商”。"), (F, "支持中国（郑州）跨境电子商务综合试验区企业利用中欧班列开展跨境电商出口业务，推广跨境电商B2B出口“9710”“9810”监管模式，探索开行跨境电商专列。支持郑州新郑综合保税区、郑州经开综合保税区开展保税维修、保税展示交易等新业态，打造面向欧洲和中亚的跨境电商区域分拨中心。（责任单位：省商务厅、郑州海关、郑州市政府）")]),
    ("p", [(K, "（五）强化与自贸试验区联动发展。"), (F, "支持中国（河南）自由贸易试验区郑州片区、洛阳片区、开封片区围绕中欧班列开展首创性、差异化改革探索，复制推广“班列运单+物权凭证”、铁路运单融资等制度创新成果。鼓励金融机构依托铁路运单开展贸易融资，2025年底前在自贸试验区内实现铁路运单融资业务常态化开展。（责任单位：省商务厅、省委金融办、人民银行河南省分行）")]),
    ("p", [(K, "（六）提升通关便利化水平。"), (F, "深化“智慧口岸”建设，重点推进以下工作：")]),
    ("p", [(B, "1.推广“铁路快通”模式。"), (F, "对符合条件的进出口班列货物，实行“一次申报、一次查验、一次放行”，班列在郑州国际陆港站与边境口岸之间实现快速转关。")]),
    ("p", [(B, "2.优化查验作业。"), (F, "实施进出口货物“提前申报”“两步申报”，推行非侵入式查验，力争班列货物平均查验时间压缩至2小时以内。")]),
    ("p", [(B, "3.提升信息化水平。"), (F, "依托国际贸易“单一窗口”，建设中欧班列（中豫号）综合服务信息平台，实现订舱、报关、结算、追踪等业务“一网通办”。具体包括：")]),
    ("p", [(F, "（1）2025年12月底前完成平台一期建设并上线试运行；")]),
    ("p", [(F, "（2）2026年6月底前实现与沿线主要国家铁路部门数据交换。")]),
    ("p", [(K, "（七）培育枢纽经济产业集群。"), (F, "围绕汽车及零部件、电子信息、装备制造、冷链食品等领域，支持各地依托班列通道引进一批外向型项目，建设进口商品分拨交易中心。鼓励外商投资企业利用中欧班列拓展进出口业务，对新设立的外商投资企业，在用地、用能等方面给予优先保障。（责任单位：省商务厅、省工业和信息化厅、省自然资源厅）")]),
    ("p", [(K, "（八）深化国际经贸合作。"), (F, "依托中国—中亚峰会、中国—中东欧国家合作机制等平台，加强与沿线国家在通关、检验检疫、标准认证等方面的规则对接。支持企业在卢森堡、匈牙利、哈萨克斯坦等国家设立海外运营中心，推动“中欧班列+中欧卡航+中欧航线”协同发展。（责任单位：省外办、省商务厅、郑州海关）")]),
    ("h1", "三、保障措施"),
    ("p", [(K, "（一）加强组织领导。"), (F, "建立由省政府分管领导牵头的中欧班列（中豫号）高质量发展工作协调机制，协调机制办公室设在省发展改革委，负责统筹推进、督促落实各项任务。各地要结合实际制定具体措施，明确责任分工和时间节点。")]),
    ("p", [(K, "（二）加大资金支持。"), (F, "省级财政统筹相关专项资金，对班列运营、集结中心建设等给予支持：")]),
    ("num", 1, [(F, "对开行至境外直达站点且满载率达到80%以上的去程班列，每列给予不超过2万元奖励；")]),
    ("num", 2, [(F, "对新开辟并稳定运营6个月以上的国际线路，给予运营企业一次性奖励50万元；")]),
    ("num", 3, [(F, "对省内集结分拨中心建设项目，按照设备购置实际投资额的20%给予补助，单个项目最高不超过300万元。")]),
    ("p", [(K, "（三）强化要素保障。"), (F, "将中欧班列（中豫号）相关重大项目纳入省重点建设项目清单，在用地指标、环评审批等方面予以优先保障。支持符合条件的项目申报地方政府专项债券。")]),
    ("p", [(K, "（四）加强监测评估。"), (F, "省发展改革委会同有关部门建立班列运行监测和绩效评价制度，按季度通报各地集结货源、开行质量等情况，评估结果作为资金分配的重要依据。")]),
    ("p", [(F, "本意见自2025年10月1日起施行，有效期至2028年9月30日。《河南省人民政府办公厅关于支持中欧班列（郑州）发展的若干意见》（豫政办〔2021〕45号）同时废止。")]),
]

ATT_HEADER = ["序号", "重点任务", "责任单位", "完成时限"]
ATT_ROWS = [
    ["1", "新增境外集结分拨网点10个以上", "省发展改革委、省商务厅、中国铁路郑州局集团有限公司", "2026年12月底前"],
    ["2", "推进圃田铁路物流基地二期项目建设", "郑州市政府、省交通运输厅", "2027年6月底前"],
    ["3", "布局建设省内集结分拨中心", "洛阳、新乡、许昌、商丘、南阳市政府", "2026年12月底前"],
    ["4", "探索开行跨境电商专列", "省商务厅、郑州海关、郑州市政府", "2025年12月底前"],
    ["5", "实现铁路运单融资业务常态化开展", "省委金融办、人民银行河南省分行、省商务厅", "2025年12月底前"],
    ["6", "建成中欧班列（中豫号）综合服务信息平台一期并上线试运行", "省政务服务和数据管理局、郑州海关", "2025年12月底前"],
    ["7", "实现与沿线主要国家铁路部门数据交换", "省政务服务和数据管理局、中国铁路郑州局集团有限公司", "2026年6月底前"],
    ["8", "建立班列运行监测和绩效评价制度", "省发展改革委、省财政厅", "2025年12月底前"],
]
ATT_WIDTHS = [46, 164, 150, 100]


def clauses():
    out = []
    for b in BODY:
        if b[0] == "p":
            out.append("".join(t for _, t in b[1]))
        elif b[0] == "num":
            out.append("%d." % b[1] + "".join(t for _, t in b[2]))
        elif b[0] == "table":
            hdr, rows = b[1], b[2]
            for r in rows:
                out.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, r)))
    for r in ATT_ROWS:
        out.append("；".join("%s：%s" % (h, v) for h, v in zip(ATT_HEADER, r)))
    return out


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def set_font(run, name, size=16, bold=None, color=None, ascii_name=None):
    run.font.name = ascii_name or name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_name or name)
    rfonts.set(qn("w:hAnsi"), ascii_name or name)
    rfonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def style_for(st):
    if st == K:
        return dict(name=KAI, bold=False)
    if st == B:
        return dict(name=FS, bold=True)
    if st == "hei":
        return dict(name=HEI, bold=False)
    return dict(name=FS, bold=False)


def fixed_spacing(p, pts=28.95, before=0, after=0):
    pf = p.paragraph_format
    pf.line_spacing = Pt(pts)
    from docx.enum.text import WD_LINE_SPACING
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para_border(p, side, color="000000", sz=8, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc etc.; insert early
        anchor = None
        for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                    "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                    "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"):
            anchor = ppr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(pbdr)
        else:
            ppr.append(pbdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    pbdr.append(el)


def set_cell_width(cell, pts):
    cell.width = Pt(pts)


def set_grid(tbl, widths):
    """LibreOffice lays out by tblGrid; set it and a fixed layout."""
    grid = tbl._tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths):
        gc.set(qn("w:w"), str(int(w * 20)))
    tblPr = tbl._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW")
        tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths) * 20)))
    tw.set(qn("w:type"), "dxa")


def no_autospace(p):
    ppr = p._p.get_or_add_pPr()
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        e = OxmlElement(tag)
        e.set(qn("w:val"), "0")
        ppr.append(e)


def table_borders(tbl, spec):
    """spec: dict side->(val, sz, color) for tblBorders."""
    tblPr = tbl._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        val, sz, color = spec.get(side, ("nil", 0, "auto"))
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


ALL_SINGLE = {s: ("single", 4, "000000") for s in ("top", "left", "bottom", "right", "insideH", "insideV")}


def set_a4(section, top, bottom, left, right, footer=None):
    section.page_width = Mm(210)
    section.page_height = Mm(297)
    section.top_margin = Mm(top)
    section.bottom_margin = Mm(bottom)
    section.left_margin = Mm(left)
    section.right_margin = Mm(right)
    if footer is not None:
        section.footer_distance = Mm(footer)


def add_page_field(p, size=14):
    r = p.add_run("— ")
    set_font(r, SONG, size)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        r = p.add_run()
        set_font(r, SONG, size)
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._element.append(it)
        elif kind == "text":
            r.text = txt
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
    r = p.add_run(" —")
    set_font(r, SONG, size)


# ---------------------------------------------------------------------------
# Clean Word file (what the office typed)
# ---------------------------------------------------------------------------

def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absid, numid = 47, 47
    abstract = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), absid))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), numid, absid))
    numbering.append(num)
    return numid


def apply_num(p, numid):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), numid))
    ppr.insert(0, numpr)


def body_para(doc, runs, indent=True, fullwidth_indent=False):
    p = doc.add_paragraph()
    fixed_spacing(p)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and not fullwidth_indent:
        p.paragraph_format.first_line_indent = Pt(32)
    first = True
    for st, txt in runs:
        if fullwidth_indent and first:
            txt = "\u3000\u3000" + txt
        first = False
        s = style_for(st)
        r = p.add_run(txt)
        set_font(r, s["name"], 16, bold=s["bold"] or None)
    return p


def empty(doc, n=1, pts=28.95):
    for _ in range(n):
        p = doc.add_paragraph()
        fixed_spacing(p, pts)


def clean_table(doc, header, rows, widths, size, repeat_header=False):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t, ALL_SINGLE)
    set_grid(t, widths)
    for ri, vals in enumerate([header] + rows):
        row = t.rows[ri]
        if ri == 0 and repeat_header:
            trPr = row._tr.get_or_add_trPr()
            trPr.append(OxmlElement("w:tblHeader"))
        if ri > 0:
            trPr = row._tr.get_or_add_trPr()
            trPr.append(OxmlElement("w:cantSplit"))
        for ci, v in enumerate(vals):
            cell = row.cells[ci]
            set_cell_width(cell, widths[ci])
            p = cell.paragraphs[0]
            fixed_spacing(p, 22)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (ri == 0 or ci != 1 or len(header) == 3) else WD_ALIGN_PARAGRAPH.LEFT
            if len(header) == 3 and ci == 0 and ri > 0:
                p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            r = p.add_run(v)
            set_font(r, HEI if ri == 0 else FS, size, ascii_name=None if ri == 0 else "Times New Roman")
    return t


def build_clean(path):
    doc = Document()
    sec = doc.sections[0]
    set_a4(sec, 37, 35, 28, 26, footer=28)
    doc.settings.odd_and_even_pages_header_footer = True
    # odd footer: right; even footer: left
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(14)
    add_page_field(fp)
    ep = sec.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(14)
    add_page_field(ep)
    numid = add_numbering(doc)

    # the first (default) paragraph of python-docx's template does not exist; start
    empty(doc, 1)
    # 版头
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fixed_spacing(p, 60, before=12)
    r = p.add_run("河南省人民政府办公厅文件")
    set_font(r, XBS, 36, color=RED)
    rpr = r._element.get_or_add_rPr()
    w = OxmlElement("w:w")
    w.set(qn("w:val"), "85")
    rpr.append(w)
    empty(doc, 2)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fixed_spacing(p)
    r = p.add_run(DOCNO)
    set_font(r, FS, 16, ascii_name="Times New Roman")
    # red separator line: empty paragraph with red bottom border
    p = doc.add_paragraph()
    fixed_spacing(p, 10)
    para_border(p, "bottom", color="E60012", sz=18, space=1)
    empty(doc, 1)
    # title with a soft line break
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fixed_spacing(p, 35)
    r = p.add_run("河南省人民政府办公厅关于推进")
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("中欧班列（中豫号）高质量发展加快建设")
    set_font(r, XBS, 22)
    r.add_break()
    r = p.add_run("内陆开放高地的实施意见")
    set_font(r, XBS, 22)
    empty(doc, 1)
    p = doc.add_paragraph()
    fixed_spacing(p)
    r = p.add_run(ZHUSONG)
    set_font(r, FS, 16)

    fw_toggle = 0
    for b in BODY:
        if b[0] == "h1":
            p = doc.add_paragraph()
            fixed_spacing(p)
            p.paragraph_format.first_line_indent = Pt(32)
            r = p.add_run(b[1])
            set_font(r, HEI, 16)
        elif b[0] == "p":
            fw_toggle += 1
            # office quirk: a few paragraphs indented with full-width spaces
            body_para(doc, b[1], fullwidth_indent=(fw_toggle in (3, 11, 19)))
        elif b[0] == "num":
            p = doc.add_paragraph()
            fixed_spacing(p)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            apply_num(p, numid)
            for st, txt in b[2]:
                r = p.add_run(txt)
                set_font(r, FS, 16)
        elif b[0] == "table":
            clean_table(doc, b[1], b[2], b[3], b[4])
    empty(doc, 1)
    p = doc.add_paragraph()
    fixed_spacing(p)
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.first_line_indent = Pt(0)
    r = p.add_run("附件：" + ATT_TITLE)
    set_font(r, FS, 16)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 1)
    p = doc.add_paragraph()
    fixed_spacing(p)
    r = p.add_run(" " * 34 + ORGAN)
    set_font(r, FS, 16)
    p = doc.add_paragraph()
    fixed_spacing(p)
    r = p.add_run(" " * 38 + DATE_CN + "    ")
    set_font(r, FS, 16)
    p = doc.add_paragraph()
    fixed_spacing(p)
    p.paragraph_format.first_line_indent = Pt(32)
    r = p.add_run("（此件公开发布）")
    set_font(r, FS, 16)

    # attachment on a new page
    p = doc.add_paragraph()
    fixed_spacing(p)
    p.paragraph_format.page_break_before = True
    r = p.add_run("附件")
    set_font(r, HEI, 16)
    empty(doc, 1)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fixed_spacing(p, 35)
    r = p.add_run(ATT_TITLE)
    set_font(r, XBS, 22)
    empty(doc, 1)
    clean_table(doc, ATT_HEADER, ATT_ROWS, ATT_WIDTHS, 14, repeat_header=True)

    # 版记 on its own page
    p = doc.add_paragraph()
    fixed_spacing(p)
    p.paragraph_format.page_break_before = True
    empty(doc, 14)
    p = doc.add_paragraph()
    fixed_spacing(p, 28)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(-0)
    para_border(p, "top", sz=8)
    para_border(p, "bottom", sz=4)
    r = p.add_run(CHAOSONG)
    set_font(r, FS, 14)
    p = doc.add_paragraph()
    fixed_spacing(p, 28)
    p.paragraph_format.left_indent = Pt(14)
    para_border(p, "bottom", sz=8)
    r = p.add_run(ORGAN + " " * 23 + YINFA_DATE)
    set_font(r, FS, 14)
    doc.core_properties.title = TITLE
    doc.core_properties.author = "szf-bgt"
    doc.save(path)


# ---------------------------------------------------------------------------
# Converter-style Word file (one paragraph per printed line)
# ---------------------------------------------------------------------------
NO_START = set("，。、；：？！）》”’」』】〕%．,.;:!?)")
NO_END = set("（《“‘「『【〔(")


def is_ascii_tok(ch):
    return ord(ch) < 128 and (ch.isalnum() or ch in "%.+-")


def tokenize(runs):
    toks = []  # (text, style, width)
    for st, txt in runs:
        i = 0
        while i < len(txt):
            ch = txt[i]
            if is_ascii_tok(ch):
                j = i
                while j < len(txt) and is_ascii_tok(txt[j]):
                    j += 1
                toks.append((txt[i:j], st, 0.55 * (j - i)))
                i = j
            else:
                toks.append((ch, st, 0.5 if ord(ch) < 128 else 1.0))
                i += 1
    return toks


def wrap(runs, first_width, width):
    toks = tokenize(runs)
    lines, cur, w = [], [], 0.0
    limit = first_width
    for t in toks:
        if w + t[2] > limit + 1e-9 and cur:
            nxt = [t]
            # kinsoku: do not start a line with closing punctuation, do not end with opening
            while nxt[0][0][0] in NO_START and len(cur) > 1:
                nxt.insert(0, cur.pop())
            while cur and cur[-1][0][-1] in NO_END:
                nxt.insert(0, cur.pop())
            lines.append(cur)
            limit = width
            cur = nxt[:-1]
            w = sum(x[2] for x in cur)
            cur.append(t)
            w += t[2]
        else:
            cur.append(t)
            w += t[2]
    if cur:
        lines.append(cur)
    return lines


def group_runs(line_toks):
    """-> list of (style, text)"""
    out = []
    for text, st, _ in line_toks:
        if out and out[-1][0] == st:
            out[-1] = (st, out[-1][1] + text)
        else:
            out.append((st, text))
    return out


class Converter:
    LINE = 28.95
    CAP = 22 * 28.95 + 0.5

    def __init__(self, path):
        self.path = path
        self.rng = random.Random(474)
        self.doc = Document()
        sec = self.doc.sections[0]
        set_a4(sec, 25, 18, 25, 23, footer=8)
        self.page = 1
        self.used = 0.0
        self.break_style = 0

    # -- low level --------------------------------------------------------
    def line_para(self, runs, indent_mode=None, align=None, size=16, pts=None):
        p = self.doc.add_paragraph()
        fixed_spacing(p, pts or self.LINE)
        no_autospace(p)
        if align is not None:
            p.alignment = align
        lead = ""
        if indent_mode == "ind":
            p.paragraph_format.first_line_indent = Pt(32)
        elif indent_mode == "fw":
            lead = "\u3000\u3000"
        elif indent_mode == "sp":
            lead = "    "
        pieces = []
        for st, txt in runs:
            pieces.append((st, txt))
        if lead:
            pieces.insert(0, ("lead", lead))
        # optional random font switch inside a plain run (converter artefact)
        split_here = None
        if self.rng.random() < 0.35:
            plain = [i for i, (st, txt) in enumerate(pieces) if st == F and len(txt) >= 6]
            if plain:
                i = self.rng.choice(plain)
                st, txt = pieces[i]
                cut = self.rng.randint(2, len(txt) - 2)
                # never cut an ascii token
                while 0 < cut < len(txt) and is_ascii_tok(txt[cut - 1]) and is_ascii_tok(txt[cut]):
                    cut += 1
                if 0 < cut < len(txt):
                    pieces[i:i + 1] = [(st, txt[:cut]), ("fs2", txt[cut:])]
        for st, txt in pieces:
            # digits / latin in their own Times New Roman runs, as converters do
            segs = []
            for ch in txt:
                kind = "lat" if (ord(ch) < 128 and ch != " ") else "cjk"
                if segs and segs[-1][0] == kind:
                    segs[-1][1] += ch
                else:
                    segs.append([kind, ch])
            for kind, s in segs:
                r = p.add_run(s)
                if st == K:
                    set_font(r, KAI, size, ascii_name="Times New Roman" if kind == "lat" else KAI)
                elif st == B:
                    set_font(r, FS, size, bold=True, ascii_name="Times New Roman" if kind == "lat" else FS)
                elif st == "hei":
                    set_font(r, HEI, size)
                elif st == "fs2":
                    set_font(r, "仿宋", size - 0.5 if kind == "cjk" else size,
                             ascii_name="Times New Roman" if kind == "lat" else "仿宋")
                    rpr = r._element.get_or_add_rPr()
                    sp = OxmlElement("w:spacing")
                    sp.set(qn("w:val"), "-4")
                    rpr.append(sp)
                else:
                    set_font(r, FS, size, ascii_name="Times New Roman" if kind == "lat" else FS)
        return p

    def page_number_para(self):
        n = self.page
        txt = "— %d —" % n
        p = self.doc.add_paragraph()
        fixed_spacing(p, self.LINE)
        if n % 2 == 1:
            lead = " " * 100  # right side on odd pages, done with spaces
        else:
            lead = "  "
        r = p.add_run(lead + txt)
        set_font(r, SONG, 14, ascii_name="Times New Roman")
        return p

    def header_para(self, page_break=True):
        p = self.doc.add_paragraph()
        fixed_spacing(p, self.LINE)
        self.break_style += 1
        if page_break:
            if self.break_style % 2 == 0:
                p.paragraph_format.page_break_before = True
            else:
                # explicit page break run at start of the running-header paragraph
                r = p.add_run()
                r.add_break(WD_BREAK.PAGE)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(RUNNING_HEADER)
        set_font(r, SONG, 10.5)
        if self.break_style % 3 != 1:
            para_border(p, "bottom", sz=4, space=1)
        return p

    def new_page(self):
        self.page_number_para()
        self.page += 1
        self.header_para()
        self.used = 0.0

    def need(self, h):
        if self.used + h > self.CAP:
            self.new_page()
        self.used += h

    # -- blocks -------------------------------------------------------------
    def paragraph(self, runs, indent=True):
        first_w = 26 if indent else 28
        lines = wrap(runs, first_w, 28)
        for i, lt in enumerate(lines):
            self.need(self.LINE)
            mode = None
            if i == 0 and indent:
                mode = self.rng.choice(["ind", "ind", "ind", "fw", "sp"])
            self.line_para(group_runs(lt), indent_mode=mode)

    def heading(self, text):
        self.need(self.LINE)
        self.line_para([("hei", text)], indent_mode="ind")

    def table(self, header, rows, widths, size, line_pts=22):
        unit_caps = [max(1.0, int((w - 14) / size)) for w in widths]

        def cell_lines(txt, ci):
            return [ "".join(t[0] for t in lt) for lt in wrap([(F, txt)], unit_caps[ci], unit_caps[ci])]

        def row_h(vals):
            return max(len(cell_lines(v, ci)) for ci, v in enumerate(vals)) * line_pts + 4

        def new_table():
            t = self.doc.add_table(rows=0, cols=len(header))
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            table_borders(t, ALL_SINGLE)
            set_grid(t, widths)
            return t

        def add_row(t, vals, is_header):
            row = t.add_row()
            for ci, v in enumerate(vals):
                cell = row.cells[ci]
                set_cell_width(cell, widths[ci])
                lines = cell_lines(v, ci)
                for li, ln in enumerate(lines):
                    p = cell.paragraphs[0] if li == 0 else cell.add_paragraph()
                    fixed_spacing(p, line_pts)
                    no_autospace(p)
                    if is_header or len(lines) == 1:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    r = p.add_run(ln)
                    if is_header:
                        set_font(r, HEI, size)
                    else:
                        set_font(r, FS, size, ascii_name="Times New Roman")

        self.need(row_h(header))
        t = new_table()
        add_row(t, header, True)
        for vals in rows:
            h = row_h(vals)
            if self.used + h > self.CAP:
                self.new_page()
                self.used = row_h(header)
                t = new_table()
                add_row(t, header, True)  # header repeated as an ordinary row
            self.used += h
            add_row(t, vals, False)

    def empty(self, n=1):
        for _ in range(n):
            self.need(self.LINE)
            p = self.doc.add_paragraph()
            fixed_spacing(p, self.LINE)

    # -- front matter ---------------------------------------------------------
    def banner(self):
        # anchor paragraph carrying a floating text box with the red 版头
        p = self.doc.add_paragraph()
        fixed_spacing(p, self.LINE)
        cx, cy = Mm(158), Mm(22)
        xbs = XBS
        inner_p = (
            '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="1000" w:lineRule="exact"/></w:pPr>'
            '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:color w:val="E60012"/>'
            '<w:w w:val="85"/><w:sz w:val="72"/></w:rPr><w:t>河南省人民政府办公厅文件</w:t></w:r></w:p>'
        ) % (xbs, xbs, xbs)
        xml = (
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word">'
            '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>254000</wp:posOffset></wp:positionV>'
            '<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:wrapTopAndBottom/>'
            '<wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/>'
            '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr">'
            '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'style="position:absolute;margin-left:0;margin-top:20pt;width:447.9pt;height:62.35pt;z-index:251659264;'
            'mso-position-horizontal-relative:margin" filled="f" stroked="f">'
            '<v:textbox inset="0,0,0,0"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
            '<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        ).format(cx=cx, cy=cy, inner=inner_p)
        p._p.append(parse_xml(xml))

    def docno_table(self):
        t = self.doc.add_table(rows=1, cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        table_borders(t, {"bottom": ("single", 18, "E60012")})
        set_grid(t, [450])
        cell = t.rows[0].cells[0]
        set_cell_width(cell, 450)
        p = cell.paragraphs[0]
        fixed_spacing(p, self.LINE)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("豫政办")
        set_font(r, FS, 16)
        r = p.add_run("〔2025〕")
        set_font(r, "仿宋", 16, ascii_name="Times New Roman")
        r = p.add_run("31")
        set_font(r, FS, 16, ascii_name="Times New Roman")
        r = p.add_run("号")
        set_font(r, FS, 16)

    def build(self):
        doc = self.doc
        self.banner()
        self.empty(2)
        self.docno_table()
        self.used += 40
        self.empty(1)
        # title: three printed lines, three paragraphs; the last one "centered" with spaces
        for i, ln in enumerate(TITLE_LINES):
            p = doc.add_paragraph()
            fixed_spacing(p, 35)
            if i < 2:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(ln)
                set_font(r, XBS, 22)
            else:
                r = p.add_run(" " * 11)
                set_font(r, XBS, 22)
                r = p.add_run(ln)
                set_font(r, XBS, 22)
            self.used += 35
        self.used += 80  # the text box
        self.empty(1)
        # 主送: wraps onto a second line flush left
        for lt in wrap([(F, ZHUSONG)], 28, 28):
            self.need(self.LINE)
            self.line_para(group_runs(lt))
        for b in BODY:
            if b[0] == "h1":
                self.heading(b[1])
            elif b[0] == "p":
                self.paragraph(b[1])
            elif b[0] == "num":
                self.paragraph([(F, "%d." % b[1])] + list(b[2]))
            elif b[0] == "table":
                self.table(b[1], b[2], b[3], b[4])
        # 附件 list: the title wraps, continuation aligned with spaces
        self.empty(1)
        full = "附件：" + ATT_TITLE
        lines = wrap([(F, full)], 24, 23)
        for i, lt in enumerate(lines):
            self.need(self.LINE)
            txt = "".join(t[0] for t in lt)
            if i == 0:
                self.line_para([(F, txt)], indent_mode="ind")
            else:
                self.line_para([(F, "\u3000" * 5 + txt)])
        # 落款 block kept together
        if self.used + 6 * self.LINE > self.CAP:
            self.new_page()
        self.empty(3)
        self.need(self.LINE)
        self.line_para([(F, " " * 34 + ORGAN)])
        self.need(self.LINE)
        self.line_para([(F, " " * 38 + DATE_CN)])
        self.need(self.LINE)
        self.line_para([(F, "（此件公开发布）")], indent_mode="ind")
        # attachment on a new page
        self.new_page()
        self.need(self.LINE)
        self.line_para([("hei", "附件")])
        self.empty(1)
        for part in ("河南省中欧班列（中豫号）", "高质量发展重点任务分工表"):
            self.need(35)
            p = doc.add_paragraph()
            fixed_spacing(p, 35)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(part)
            set_font(r, XBS, 22)
        self.empty(1)
        self.table(ATT_HEADER, ATT_ROWS, ATT_WIDTHS, 14)
        # 版记 on the last (even) page, pushed down with empty paragraphs
        self.new_page()
        self.empty(15)
        p = doc.add_paragraph()
        fixed_spacing(p, 28)
        para_border(p, "top", sz=8)
        para_border(p, "bottom", sz=4)
        r = p.add_run("  抄送：省委各部门，省人大常委会办公厅，省政协办公厅，省法院，")
        set_font(r, FS, 14)
        p = doc.add_paragraph()
        fixed_spacing(p, 28)
        r = p.add_run("        省检察院，省军区。")
        set_font(r, FS, 14)
        p = doc.add_paragraph()
        fixed_spacing(p, 28)
        para_border(p, "bottom", sz=8)
        r = p.add_run("  " + ORGAN)
        set_font(r, FS, 14)
        r = p.add_run(" " * 26)
        set_font(r, FS, 14)
        r = p.add_run(YINFA_DATE)
        set_font(r, FS, 14, ascii_name="Times New Roman")
        self.used += 3 * 28
        self.page_number_para()
        doc.core_properties.title = ""
        doc.core_properties.author = "PDF2Word"
        doc.core_properties.comments = "Converted from PDF"
        doc.save(self.path)


# ---------------------------------------------------------------------------

def meta():
    return {
        "title": TITLE,
        "doc_number": DOCNO,
        "issuer": [ORGAN],
        "date": "2025-09-18",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": "2025-10-01",
        "expires": "2028-09-30",
        "attachments": [ATT_TITLE],
        "doc_type": "意见",
        "recipients": RECIPIENTS,
        "publicity": "此件公开发布",
        "repeals": "《河南省人民政府办公厅关于支持中欧班列（郑州）发展的若干意见》（豫政办〔2021〕45号）",
    }


def main():
    stems = ["blind474_henan_yijian", "blind474_henan_yijian_pdf2word"]
    clean = os.path.join(HERE, stems[0] + ".docx")
    conv = os.path.join(HERE, stems[1] + ".docx")
    build_clean(clean)
    Converter(conv).build()
    for f in (clean, conv):
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_474", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, f],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    exp = {}
    cl = clauses()
    for s in stems:
        exp[s] = [{"meta": meta(), "clauses": list(cl)}]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
