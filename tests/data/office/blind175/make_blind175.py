# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402
"""Blind round 175: the most ordinary documents of central-China offices.

Writes next to itself (python-docx + LibreOffice):
  blind175_jiangxi_yijian.docx / .pdf   江西省人民政府办公厅 实施意见 (内陆开放型经济试验区, 一带一路),
      一、（一）1. outline, 版头, 版记, page numbers "— N —" odd right / even left.
  blind175_changsha_tongzhi.docx / .pdf 长沙市商务局 长沙海关 joint 通知 (joint 版头 drawn as a
      borderless table), 附件 = table of 企业 by 区县（市） with vertically merged 区县 cells,
      auto-numbered (w:numPr) 1. 2. 3. items, 落款 with two organs on one line.
  blind175_hefei_banfa.docx / .pdf      合肥市人民政府 印发通知 + 管理办法 (第X章 / 第X条), effective
      and expiry dates in the last article, title with a soft line break, page numbers "- N -".
  blind175_taiyuan_hanfu.docx / .pdf    太原市商务局 复函 to an enterprise (信函格式: organ name
      without 文件, red double rules, 文号 at the right, no page number on page 1), 此复.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind175.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
SAN = 16     # 三号
ER = 22      # 二号
SI = 14      # 四号
XIAOSI = 12  # 小四
LINE = Pt(28.95)


# ------------------------------------------------------------------ helpers
def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), ascii_font)
    rf.set(qn("w:hAnsi"), ascii_font)
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=2, size=SAN, line=LINE, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(container, text="", east=FS, size=SAN, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False, color=None, line=LINE):
    p = container.add_paragraph()
    fmt(p, align, indent, size, line)
    if text:
        set_font(p.add_run(text), east, size, bold, color)
    return p


def blank(doc, n=1):
    for _ in range(n):
        para(doc, "", indent=0)


def runin(doc, head, body, head_font=KT, head_bold=False):
    p = para(doc, "")
    set_font(p.add_run(head), head_font, SAN, head_bold)
    set_font(p.add_run(body), FS, SAN)
    return p


def border(p, side, sz, color, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, None, 0)
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(p, size=SI, dash="—"):
    def r(t):
        set_font(p.add_run(t), ST, size)
    r(dash + " ")
    for kind in ("begin", "instr", "separate", "text", "end"):
        rr = p.add_run()
        set_font(rr, ST, size)
        if kind == "instr":
            rr._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            rr._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            rr._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    r(" " + dash)


def setup(doc, footer="oddeven"):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(24)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    grid = s._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        s._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")
    if footer == "oddeven":
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(SI)
        page_field(ep)
    elif footer == "center":
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp, SI, "-")
    elif footer == "letter":
        # 信函格式: no page number on page 1, a red double rule near the bottom of page 1 only
        s.different_first_page_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp, SI, "-")
        f1 = s.first_page_footer.paragraphs[0]
        border(f1, "top", 18, "FF0000", 1, "thinThickSmallGap")
    return s


def banhead(doc, text, size=48, scale=None):
    p = para(doc, "", XBZ, size, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(size * 1.2))
    r = p.add_run(text)
    set_font(r, XBZ, size, color=RED)
    if scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    return p


def docnum_rule(doc, number):
    blank(doc, 2)
    p = para(doc, number, FS, SAN, WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", 18, "FF0000", 8)
    blank(doc)


def title(doc, parts, mode):
    if mode == "paras":
        for t in parts:
            para(doc, t, XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    elif mode == "soft":
        p = para(doc, "", XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
        for i, t in enumerate(parts):
            r = p.add_run(t)
            set_font(r, XBZ, ER)
            if i < len(parts) - 1:
                r.add_break()
    else:  # one paragraph, wraps by itself
        para(doc, "".join(parts), XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    blank(doc)


def zhusong(doc, text):
    para(doc, text, FS, SAN, WD_ALIGN_PARAGRAPH.JUSTIFY, 0)


def signoff(doc, organ, date, right=4, blanks=2):
    blank(doc, blanks)
    p = para(doc, organ, FS, SAN, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN * right)
    p = para(doc, date, FS, SAN, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN * right)


def banji(doc, chaosong, printer=None, printdate=None, blanks=0):
    blank(doc, blanks)
    p = para(doc, "", FS, SI, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI * 4)
    p.paragraph_format.first_line_indent = Pt(-SI * 3)
    p.paragraph_format.right_indent = Pt(SI)
    set_font(p.add_run("抄送：" + chaosong), FS, SI)
    border(p, "top", 12, "000000", 2)
    if printer is None:
        border(p, "bottom", 12, "000000", 2)
        return
    p = para(doc, "", FS, SI, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI)
    p.paragraph_format.right_indent = Pt(SI)
    set_font(p.add_run(printer), FS, SI)
    set_font(p.add_run("\t" + printdate + "印发"), FS, SI)
    p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8500"/></w:tabs>' % nsdecls("w")))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


def cell_text(cell, text, east=FS, size=XIAOSI, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align, 0, size, Pt(size * 1.25))
    p._p.get_or_add_pPr().append(parse_xml('<w:snapToGrid %s w:val="0"/>' % nsdecls("w")))
    if text:
        set_font(p.add_run(text), east, size, bold)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def table_borders(tbl, val="single"):
    tblPr = tbl._tbl.tblPr
    b = parse_xml('<w:tblBorders %s>%s</w:tblBorders>' % (nsdecls("w"), "".join(
        '<w:%s w:val="%s" w:sz="4" w:space="0" w:color="000000"/>' % (s, val) for s in ("top", "left", "bottom", "right", "insideH", "insideV"))))
    tblPr.append(b)


def fix_widths(tbl, widths):
    """Fixed layout with explicit grid and cell widths (LibreOffice honours tblGrid, not only tcW)."""
    tbl.autofit = False
    for i, w in enumerate(widths):
        tbl.columns[i].width = w
    for row in tbl.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths):
                c.width = widths[i]
    tblPr = tbl._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblPr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(int(sum(w for w in widths) / 635)))
    lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    tblPr.append(lay)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def add_decimal_numbering(doc):
    """An ordinary Word auto-numbered list 1. 2. 3. (w:numPr), as typists make with the toolbar."""
    numbering = doc.part.numbering_part.element
    absxml = (
        '<w:abstractNum %s w:abstractNumId="91">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % nsdecls("w"))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(parse_xml(absxml))
    else:
        numbering.append(parse_xml(absxml))
    numbering.append(parse_xml('<w:num %s w:numId="91"><w:abstractNumId w:val="91"/></w:num>' % nsdecls("w")))
    return 91


def numbered(doc, text, num_id):
    p = para(doc, text)
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id)))
    # suffix: no tab after "1."
    return p


PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
             "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
             "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]
TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW",
               "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook"]


def schema_order(doc):
    """Put pPr / tblPr children back in schema order (Word refuses some files otherwise)."""
    parts = [doc.element]
    for s in doc.sections:
        for f in (s.footer, s.even_page_footer, s.first_page_footer):
            if not f.is_linked_to_previous:
                parts.append(f._element)
    for root in parts:
        for tag, order in (("w:pPr", PPR_ORDER), ("w:tblPr", TBLPR_ORDER)):
            for el in root.iter(qn(tag)):
                kids = list(el)
                rank = {qn("w:" + n): i for i, n in enumerate(order)}
                kids.sort(key=lambda k: rank.get(k.tag, len(order)))
                for k in kids:
                    el.remove(k)
                for k in kids:
                    el.append(k)


# ================================================================== 1. 江西 实施意见
JX_TITLE_PARTS = ["江西省人民政府办公厅关于加快建设内陆开放型经济试验区", "更好服务和融入共建“一带一路”的实施意见"]
JX_TITLE = "".join(JX_TITLE_PARTS)
JX_NUM = "赣府厅发〔2024〕9号"
JX_ZS = "各市、县（区）人民政府，省政府各部门："
JX_INTRO = "为深入贯彻落实党中央、国务院关于推进高水平对外开放的决策部署，加快建设江西内陆开放型经济试验区，更好服务和融入共建“一带一路”，打造内陆双向开放新高地，经省政府同意，现提出如下实施意见。"
JX_S1_HEAD = "一、总体要求"
JX_S1 = "坚持以习近平新时代中国特色社会主义思想为指导，以制度型开放为引领，以通道和平台建设为支撑，统筹推进“引进来”和“走出去”。到2025年，全省货物进出口总额力争达到7000亿元，对共建“一带一路”国家进出口额占比提高到50%以上，实际使用外资达到25亿美元；到2027年，内陆开放型经济试验区建设取得标志性成果，形成一批可复制可推广的制度创新成果。"
JX_S2_HEAD = "二、重点任务"
# (run-in head, body, [numbered items])
JX_S2 = [
    ("（一）畅通对外开放大通道。", "加快构建以南昌为中心、赣州和九江为两翼的“一核两翼”开放通道体系，推动铁海联运、江海联运、空铁联运协同发展。", [
        "1.提升中欧班列运营水平。支持南昌、赣州中欧（亚）班列扩线增量，2024年全省开行中欧（亚）班列1200列以上，新开通至中亚、东南亚线路3条以上。（省商务厅、省发展改革委、中国铁路南昌局集团有限公司按职责分工负责）",
        "2.做强江海联运。推动九江港城西港区、彭泽港区与上海港、宁波舟山港深化合作，九江港至上海港江海直达航线每周不少于12班，2025年九江港集装箱吞吐量达到100万标箱。（省交通运输厅、九江市人民政府负责）",
        "3.建设赣州国际陆港。支持赣州国际陆港申建国家物流枢纽，推进赣州国际陆港铁路口岸扩大开放，做大赣深组合港业务，2024年赣州国际陆港内贸外贸集装箱吞吐量突破25万标箱。（赣州市人民政府、南昌海关负责）",
    ]),
    ("（二）提升开放平台能级。", "推动南昌、九江、赣州、井冈山等综合保税区提质增效，2025年全省综合保税区进出口额力争突破1500亿元。", [
        "1.支持南昌综合保税区发展保税维修、保税研发等新业态，打造航空产业链配套基地。（南昌市人民政府、南昌海关负责）",
        "2.支持赣江新区对标自由贸易试验区开展改革试点，推动赣江新区综合保税区与南昌昌北国际机场联动发展，申建国家级跨境电子商务综合试验区配套园区。（赣江新区管委会、省商务厅负责）",
    ]),
    ("（三）拓展共建“一带一路”经贸合作。", "鼓励有色金属、电子信息、新能源等优势产业有序“走出去”，建设一批境外经贸合作区和海外仓。", [
        "1.深化产能合作。支持江西铜业、赣锋锂业等龙头企业在共建“一带一路”国家布局资源开发和精深加工项目，省级商务发展资金对符合条件的境外投资项目给予贷款贴息。（省商务厅、省国资委负责）",
        "2.扩大特色产品出口。支持鹰潭市铜产品、景德镇市陶瓷、赣南脐橙等特色产品开拓共建“一带一路”国家市场，每年组织企业参加境外重点展会不少于30场次。（省商务厅、省贸促会负责）",
    ]),
    ("（四）优化开放型营商环境。", "深化国际贸易“单一窗口”建设，推广“提前申报”“两步申报”等通关模式，2024年底前全省进口、出口整体通关时间分别压缩至35小时和1.2小时以内。全面落实外商投资准入前国民待遇加负面清单管理制度，健全外商投资企业投诉工作机制。（省商务厅、南昌海关、省市场监管局负责）", []),
]
JX_S3_HEAD = "三、保障措施"
JX_S3 = [
    ("（一）加强组织领导。", "省推进内陆开放型经济试验区建设领导小组统筹推进各项工作，领导小组办公室设在省商务厅，负责日常协调和督促检查。各设区市要制定具体落实方案，于2024年5月31日前报省商务厅备案。"),
    ("（二）强化要素保障。", "省级财政每年统筹安排开放型经济发展专项资金5亿元，重点支持通道建设、平台提升和外贸新业态发展；对纳入省重点项目的开放平台基础设施项目，优先保障用地、用能指标。"),
    ("（三）严格督促落实。", "省商务厅要会同有关部门建立工作台账，实行清单化管理，每年12月底前将工作进展情况汇总报省政府。"),
]
JX_CHAOSONG = "省委各部门，省人大常委会办公厅，省政协办公厅，省监委，省法院，省检察院，江西省军区。各民主党派省委，省工商联。"


def build_jiangxi(path):
    doc = Document()
    setup(doc, "oddeven")
    blank(doc, 1)
    banhead(doc, "江西省人民政府办公厅文件", 40, scale=80)
    docnum_rule(doc, JX_NUM)
    title(doc, JX_TITLE_PARTS, "paras")
    zhusong(doc, JX_ZS)
    para(doc, JX_INTRO)
    para(doc, JX_S1_HEAD, HT)
    para(doc, JX_S1)
    para(doc, JX_S2_HEAD, HT)
    for head, body, items in JX_S2:
        runin(doc, head, body)
        for it in items:
            para(doc, it)
    para(doc, JX_S3_HEAD, HT)
    for head, body in JX_S3:
        runin(doc, head, body)
    signoff(doc, "江西省人民政府办公厅", "2024年3月26日")
    blank(doc)
    para(doc, "（此件主动公开）", indent=2)
    blank(doc, 6)
    banji(doc, JX_CHAOSONG, "江西省人民政府办公厅秘书处", "2024年3月27日")
    schema_order(doc)
    doc.save(path)


# ================================================================== 2. 长沙 joint 通知
CS_TITLE = "长沙市商务局　长沙海关关于公布2024年度长沙市“一带一路”跨境贸易便利化重点企业名单的通知"
CS_TITLE_META = "长沙市商务局 长沙海关关于公布2024年度长沙市“一带一路”跨境贸易便利化重点企业名单的通知"
CS_NUM = "长商务发〔2024〕41号"
CS_ZS = "各区县（市）商务主管部门，长沙海关各隶属海关，各有关企业："
CS_INTRO = "为深入贯彻落实共建“一带一路”倡议，支持中国（湖南）自由贸易试验区长沙片区建设，进一步优化口岸营商环境，根据《湖南省促进跨境贸易便利化若干措施》（湘政办发〔2023〕21号）等有关规定，经企业自愿申报、区县（市）商务主管部门初审、长沙海关信用核查和专家评审，确定湖南湘江国际供应链有限公司等14家企业为2024年度长沙市“一带一路”跨境贸易便利化重点企业（名单见附件），现予公布，并就有关事项通知如下。"
CS_H1 = "一、支持措施"
CS_S1 = [
    ("（一）通关便利。", "长沙海关对名单内企业优先适用“提前申报”“两步申报”“船边直提”等便利措施，在长沙黄花综合保税区、长沙金霞保税物流中心（B型）推行“先入区、后报关”模式，名单内企业进出口货物整体通关时间较2023年压缩20%以上。"),
    ("（二）资金支持。", "名单内企业2024年对共建“一带一路”国家进出口额较上年增长10%以上的，市商务局按增量部分每1万美元给予20元奖励，单个企业奖励最高不超过50万元，所需资金从市级外经贸发展专项资金中列支。"),
    ("（三）班列保障。", "对经中欧班列（长沙）从长沙北站霞凝货场出口的名单内企业货物，优先保障舱位，开辟“绿色通道”；对浏阳市、宁乡市的名单内企业，由属地商务主管部门协调开行“点对点”集货短驳专线。"),
]
CS_H2 = "二、工作要求"
CS_S2 = [  # auto-numbered in Word
    "各区县（市）商务主管部门要建立重点企业联系服务机制，每季度走访名单内企业不少于1次，及时协调解决企业通关、物流、融资等方面问题。",
    "名单内企业应于每季度结束后10个工作日内，通过“长沙市商务运行监测平台”报送进出口、订单和物流等情况。",
    "名单实行动态管理。名单内企业发生严重失信行为、被海关认定为失信企业或者连续两个季度未报送数据的，移出名单，停止享受本通知所列支持措施。",
]
CS_CONTACT = "联系人：市商务局对外贸易处　王磊，0731-88665412；长沙海关综合业务处　陈芳，0731-84781235。"
CS_ATT = "2024年度长沙市“一带一路”跨境贸易便利化重点企业名单"
CS_HEADER = ["序号", "区县（市）", "企业名称", "企业类型", "2023年进出口额（万元）", "其中：对共建“一带一路”国家（万元）", "备注"]
CS_ROWS = [
    ["1", "芙蓉区", "湖南湘江国际供应链有限公司", "流通型", "86520", "41230", "AEO高级认证企业"],
    ["2", "天心区", "长沙楚韵茶业进出口有限公司", "流通型", "23410", "15680", ""],
    ["3", "岳麓区", "湖南麓谷智能装备股份有限公司", "生产型", "112300", "58760", ""],
    ["4", "岳麓区", "长沙湘岳跨境电子商务有限公司", "跨境电商", "18950", "9870", ""],
    ["5", "开福区", "湖南金霞国际物流有限公司", "物流", "35600", "21340", ""],
    ["6", "雨花区", "长沙星城工程机械配件有限公司", "生产型", "47820", "30150", ""],
    ["7", "望城区", "湖南铜官窑陶瓷进出口有限公司", "生产型", "15630", "9420", ""],
    ["8", "长沙县", "湖南星沙重工科技有限公司", "生产型", "168900", "97610", "AEO高级认证企业"],
    ["9", "长沙县", "长沙黄花空港物流有限公司", "物流", "27340", "14260", ""],
    ["10", "浏阳市", "浏阳红运花炮进出口有限公司", "生产型", "52470", "33580", ""],
    ["11", "宁乡市", "湖南宁乡沩水食品有限公司", "生产型", "12860", "8120", ""],
    ["12", "长沙经济技术开发区", "湖南长经新能源汽车部件有限公司", "生产型", "96350", "45210", ""],
    ["13", "湖南湘江新区", "湖南梅溪湖数字贸易有限公司", "跨境电商", "21780", "13460", ""],
    ["14", "中国（湖南）自由贸易试验区长沙片区", "长沙临空经济区进出口贸易有限公司", "流通型", "33150", "19870", "黄花综合保税区内"],
]
CS_TOTAL = ["合计", "", "", "", str(sum(int(r[4]) for r in CS_ROWS)), str(sum(int(r[5]) for r in CS_ROWS)), ""]
CS_CHAOSONG = "湖南省商务厅，市人民政府办公厅，市财政局，市交通运输局，中国人民银行长沙市分行。"


def joint_banhead(doc):
    """Joint 版头 as offices draw it: a borderless 2x2 table, organs stacked left, 文件 merged right."""
    tbl = doc.add_table(rows=2, cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    fix_widths(tbl, (Mm(115), Mm(40)))
    for i, name in enumerate(("长沙市商务局", "长沙海关")):
        c = tbl.cell(i, 0)
        c.text = ""
        p = c.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.DISTRIBUTE, 0, 36, Pt(46))
        set_font(p.add_run(name), XBZ, 36, color=RED)
        c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    m = tbl.cell(0, 1).merge(tbl.cell(1, 1))
    m.text = ""
    p = m.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, 0, 48, Pt(60))
    set_font(p.add_run("文件"), XBZ, 48, color=RED)
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    table_borders(tbl, "nil")


def build_changsha(path):
    doc = Document()
    setup(doc, "oddeven")
    num_id = add_decimal_numbering(doc)
    blank(doc)
    joint_banhead(doc)
    docnum_rule(doc, CS_NUM)
    title(doc, [CS_TITLE], "one")
    zhusong(doc, CS_ZS)
    para(doc, CS_INTRO)
    para(doc, CS_H1, HT)
    for h, b in CS_S1:
        runin(doc, h, b)
    para(doc, CS_H2, HT)
    for t in CS_S2:
        numbered(doc, t, num_id)
    para(doc, CS_CONTACT)
    blank(doc)
    p = para(doc, "附件：" + CS_ATT, indent=2)
    blank(doc, 2)
    # 落款: two organs on one line, date under them
    p = para(doc, "长沙市商务局　　　　　　　长沙海关", FS, SAN, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN * 3)
    p = para(doc, "2024年9月10日", FS, SAN, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN * 8)
    blank(doc)
    para(doc, "（此件主动公开）")
    page_break(doc)
    para(doc, "附件", HT, SAN, WD_ALIGN_PARAGRAPH.LEFT, 0)
    blank(doc)
    para(doc, CS_ATT, XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    blank(doc)
    tbl = doc.add_table(rows=1 + len(CS_ROWS) + 1, cols=len(CS_HEADER))
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl)
    fix_widths(tbl, [Mm(9), Mm(26), Mm(52), Mm(15), Mm(18), Mm(21), Mm(15)])
    for i, h in enumerate(CS_HEADER):
        cell_text(tbl.cell(0, i), h, HT, 10.5)
    repeat_header(tbl.rows[0])
    for row in tbl.rows:
        row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
    for r, row in enumerate(CS_ROWS, start=1):
        for i, v in enumerate(row):
            cell_text(tbl.cell(r, i), v, FS, 10.5, align=WD_ALIGN_PARAGRAPH.LEFT if i == 2 else WD_ALIGN_PARAGRAPH.CENTER)
    # merge 区县（市） cells for consecutive same-district rows, as typed in Word (text only in the top cell)
    r = 1
    while r <= len(CS_ROWS):
        r2 = r
        while r2 + 1 <= len(CS_ROWS) and CS_ROWS[r2][1] == CS_ROWS[r - 1][1]:
            r2 += 1
        if r2 > r:
            m = tbl.cell(r, 1).merge(tbl.cell(r2, 1))
            cell_text(m, CS_ROWS[r - 1][1], FS, 10.5)
        r = r2 + 1
    last = len(CS_ROWS) + 1
    for i, v in enumerate(CS_TOTAL):
        cell_text(tbl.cell(last, i), v, HT if i == 0 else FS, 10.5)
    m = tbl.cell(last, 0).merge(tbl.cell(last, 3))
    cell_text(m, "合计", HT, 10.5)
    blank(doc, 4)
    banji(doc, CS_CHAOSONG, "长沙市商务局办公室", "2024年9月11日")
    schema_order(doc)
    doc.save(path)


# ================================================================== 3. 合肥 管理办法
HF_TITLE_PARTS = ["合肥市人民政府关于印发合肥市中欧班列", "（合肥）发展专项资金管理办法的通知"]
HF_TITLE = "".join(HF_TITLE_PARTS)
HF_NUM = "合政〔2024〕63号"
HF_ZS = "各县（市）、区人民政府，市政府各部门、各直属机构："
HF_COVER = "现将《合肥市中欧班列（合肥）发展专项资金管理办法》印发给你们，请认真贯彻执行。"
HF_BANFA_PARTS = ["合肥市中欧班列（合肥）发展专项资金", "管理办法"]
HF_BANFA = "".join(HF_BANFA_PARTS)
# list of ("chapter", name) / ("art", "第一条", text) / ("item", text)
HF_BODY = [
    ("chapter", "第一章　总　　则"),
    ("art", "第一条", "为规范中欧班列（合肥）发展专项资金（以下简称专项资金）管理，提高资金使用效益，推动中欧班列高质量发展，更好服务共建“一带一路”和中国（安徽）自由贸易试验区合肥片区建设，根据《中华人民共和国预算法》《安徽省省级财政专项资金管理办法》等有关规定，结合本市实际，制定本办法。"),
    ("art", "第二条", "本办法所称专项资金，是指市级财政预算安排，用于支持中欧班列（合肥）开行、集货和配套设施建设的资金。专项资金年度规模为3亿元，实行总额控制、逐年退坡。"),
    ("chapter", "第二章　职责分工"),
    ("art", "第三条", "市商务局（市口岸办）负责中欧班列发展规划和年度开行计划的编制，组织专项资金申报、评审和绩效管理，会同市财政局下达资金分配计划。"),
    ("art", "第四条", "市财政局负责专项资金预算管理和资金拨付，会同市商务局开展监督检查和绩效评价。"),
    ("art", "第五条", "合肥国际陆港发展有限公司（以下简称班列运营平台）负责中欧班列（合肥）的线路开发、舱位组织和运营管理，按月向市商务局报送开行数据。"),
    ("chapter", "第三章　支持范围和标准"),
    ("art", "第六条", "专项资金支持下列事项："),
    ("item", "（一）班列开行补贴。对从合肥北站物流基地始发、终到的中欧班列，按每标准箱给予班列运营平台补贴，2024年去程每标准箱不超过1500元、回程每标准箱不超过1800元，以后年度逐年退坡10%；"),
    ("item", "（二）集货奖励。对在肥东县、肥西县、长丰县、庐江县、巢湖市设立集货点并经市商务局认定的企业，按年度集货量每标准箱奖励100元，单个集货点每年奖励最高不超过100万元；"),
    ("item", "（三）设施建设补助。对在合肥国际陆港、合肥综合保税区内新建海关监管作业场所、冷链查验设施的，按设备投资额的20%给予一次性补助，最高不超过500万元；"),
    ("item", "（四）市政府确定的其他事项。"),
    ("art", "第七条", "对中国（安徽）自由贸易试验区合肥片区内企业通过中欧班列（合肥）进出口的货物，在第六条第（一）项标准基础上每标准箱再给予200元补贴。"),
    ("art", "第八条", "同一事项已享受省级同类资金支持的，市级专项资金按照“就高不重复”原则予以支持。"),
    ("chapter", "第四章　申报和拨付"),
    ("art", "第九条", "专项资金实行年度申报。市商务局每年3月31日前发布申报通知，明确申报条件、申报材料和办理时限。"),
    ("art", "第十条", "申报单位应当对申报材料的真实性、合法性负责。有下列情形之一的，不予支持："),
    ("item", "（一）近三年内存在严重失信行为的；"),
    ("item", "（二）申报事项已获得同类市级财政资金支持的；"),
    ("item", "（三）未按规定报送统计数据的。"),
    ("art", "第十一条", "市商务局会同市财政局组织评审，评审结果在市商务局门户网站公示5个工作日。公示无异议的，由市财政局按照国库集中支付有关规定拨付资金。"),
    ("chapter", "第五章　监督管理"),
    ("art", "第十二条", "资金使用单位应当建立专项资金使用台账，专款专用，不得截留、挤占、挪用。"),
    ("art", "第十三条", "对以虚报、冒领等手段骗取专项资金的，由市财政局依法追回资金，五年内取消其申报资格；涉嫌犯罪的，依法移送司法机关处理。"),
    ("chapter", "第六章　附　　则"),
    ("art", "第十四条", "各县（市）区、开发区可以参照本办法，结合本地实际制定配套支持政策。"),
    ("art", "第十五条", "本办法由市商务局、市财政局负责解释。"),
    ("art", "第十六条", "本办法自2024年8月1日起施行，有效期至2029年7月31日。《合肥市人民政府关于印发合肥市中欧班列发展专项资金管理暂行办法的通知》（合政〔2021〕48号）同时废止。"),
]
HF_CHAOSONG = "市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院，合肥警备区。"


def build_hefei(path):
    doc = Document()
    setup(doc, "center")
    blank(doc)
    banhead(doc, "合肥市人民政府文件", 48)
    docnum_rule(doc, HF_NUM)
    title(doc, HF_TITLE_PARTS, "soft")
    zhusong(doc, HF_ZS)
    para(doc, HF_COVER)
    signoff(doc, "合肥市人民政府", "2024年7月3日", right=4, blanks=3)
    blank(doc)
    para(doc, "（此件公开发布）")
    # the 办法 starts on a new page (paragraph property 段前分页, no break run)
    p = para(doc, "", XBZ, ER, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    p.paragraph_format.page_break_before = True
    for i, t in enumerate(HF_BANFA_PARTS):
        r = p.add_run(t)
        set_font(r, XBZ, ER)
        if i < len(HF_BANFA_PARTS) - 1:
            r.add_break()
    blank(doc)
    for item in HF_BODY:
        if item[0] == "chapter":
            para(doc, item[1], HT, SAN, WD_ALIGN_PARAGRAPH.CENTER, 0)
        elif item[0] == "art":
            p = para(doc, "")
            set_font(p.add_run(item[1]), HT, SAN)
            set_font(p.add_run("　" + item[2]), FS, SAN)
        else:
            para(doc, item[1])
    blank(doc, 8)
    banji(doc, HF_CHAOSONG, "合肥市人民政府办公室", "2024年7月5日")
    schema_order(doc)
    doc.save(path)


# ================================================================== 4. 太原 复函
TY_TITLE = "太原市商务局关于山西晋通达国际物流有限公司申请“一带一路”海外仓建设支持和中欧班列集货点认定有关问题的复函"
TY_NUM = "并商函〔2024〕57号"
TY_ZS = "山西晋通达国际物流有限公司："
TY_OPEN = "你公司《关于申请“一带一路”海外仓建设支持和中欧班列集货点认定的请示》（晋通达〔2024〕6号）收悉。经研究，并商市财政局、太原海关，现函复如下："
TY_ITEMS = [
    ("para", "一、关于海外仓建设支持问题。你公司在哈萨克斯坦阿拉木图市租赁建设的海外仓，仓储面积8500平方米，符合《太原市支持外贸企业建设海外仓若干措施》（并商发〔2023〕15号）第三条规定的条件。请于2024年9月30日前通过小店区商务局提交项目投资凭证、租赁合同和运营数据，经审核后按实际投资额的15%给予一次性补助，最高不超过200万元。"),
    ("para", "补助资金由市、区两级财政按6∶4比例分担，市级部分由市财政局拨付至小店区财政局后转拨你公司。"),
    ("para", "二、关于中欧班列集货点认定问题。你公司位于清徐县的物流园区尚不具备海关监管作业场所条件，暂不能认定为中欧班列（太原）集货点。建议你公司依托太原武宿综合保税区或中鼎物流园铁路专用线开展集货，待清徐县物流园区海关监管作业场所通过验收后再行申请。"),
    ("para", "三、关于支持政策叠加问题。你公司申请的各项支持按以下原则执行："),
    ("para", "（一）同一项目已获得省级财政资金支持的，市级资金按照“就高不重复”原则执行；"),
    ("para", "（二）补助资金须专款专用，不得用于与海外仓运营无关的支出。"),
    ("para", "四、请你公司严格遵守境外投资管理有关规定，及时在商务部“业务系统统一平台”办理境外投资备案变更手续，并于每季度结束后15日内向市商务局报送海外仓运营情况。"),
    ("para", "联系人：市商务局对外贸易和投资合作处　赵敏，电话：0351-4225316。"),
]
TY_CHAOSONG = "市财政局，太原海关，小店区商务局，清徐县商务局。"


def build_taiyuan(path):
    doc = Document()
    s = setup(doc, "letter")
    s.top_margin = Mm(30)
    # 信函格式: organ name (no 文件), red double rule (thick over thin), 文号 right-aligned under it
    p = banhead(doc, "太原市商务局", 40)
    border(p, "bottom", 24, "FF0000", 4, "thickThinSmallGap")
    p = para(doc, TY_NUM, FS, SAN, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.space_before = Pt(12)
    blank(doc)
    title(doc, [TY_TITLE], "one")
    zhusong(doc, TY_ZS)
    para(doc, TY_OPEN)
    for _, t in TY_ITEMS:
        para(doc, t)
    para(doc, "此复。")
    signoff(doc, "太原市商务局", "2024年8月12日", right=4, blanks=2)
    blank(doc)
    para(doc, "（此件依申请公开）")
    blank(doc, 3)
    banji(doc, TY_CHAOSONG)
    schema_order(doc)
    doc.save(path)


# ================================================================== PDFs
def to_pdf(docx_path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_175", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, docx_path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================== expected.json
def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def expected():
    jx_clauses = [JX_INTRO, JX_S1]
    for h, b, items in JX_S2:
        jx_clauses.append(h + b)
        jx_clauses.extend(items)
    jx_clauses += [h + b for h, b in JX_S3]
    jx = {
        "meta": {
            "title": JX_TITLE,
            "doc_number": JX_NUM,
            "issuer": ["江西省人民政府办公厅"],
            "date": "2024-03-26",
            "published": "2024-03-27",
            "level": "provincial",
            "region": "江西省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "实施意见",
            "recipients": ["各市、县（区）人民政府", "省政府各部门"],
            "publicity": "此件主动公开",
        },
        "clauses": jx_clauses,
        "applies_to": {
            "default": "江西省",
            "specific": {
                "二、（一）": "南昌市、赣州市、九江市（“一核两翼”）",
                "二、（一）1.": "南昌市、赣州市",
                "二、（一）2.": "九江市（九江港城西港区、彭泽港区）",
                "二、（一）3.": "赣州市（赣州国际陆港）",
                "二、（二）": "南昌、九江、赣州、井冈山（吉安市）综合保税区",
                "二、（二）1.": "南昌市（南昌综合保税区）",
                "二、（二）2.": "赣江新区（赣江新区综合保税区、南昌昌北国际机场）",
                "二、（三）2.": "鹰潭市、景德镇市、赣州市（赣南）",
            },
            "note": "上海港、宁波舟山港 (二（一）2.) are partner ports, not places the clause applies to; 中亚、东南亚 and 共建“一带一路”国家 are destinations, not places of application. 南昌海关, 中国铁路南昌局集团有限公司, 江西铜业, 赣锋锂业 are organs/companies. The responsibility parenthesis （…负责） names organs, not places. 二、（一） naming 南昌/赣州/九江 as the ‘一核两翼’ may be read as those three cities or left at 江西省 (both tolerable).",
        },
        "_note": "Furniture, not clauses: red 版头 江西省人民政府办公厅文件 (condensed to 80%), 文号 line 赣府厅发〔2024〕9号 with the red rule under it, the title typed as TWO paragraphs (…试验区 / 更好服务和融入…实施意见) which must be joined into one title with no space; 主送 line (→ recipients, 2 entries); 落款 江西省人民政府办公厅 / 2024年3月26日; （此件主动公开） (→ publicity); 版记 抄送：… / 江西省人民政府办公厅秘书处 2024年3月27日印发 (after 6 blank paragraphs, between black rules); footer page numbers “— N —” (odd pages right, even pages left). 一、总体要求 / 二、重点任务 / 三、保障措施 are 黑体 headings with no text of their own (tolerable as heading clauses). 一、总体要求 has exactly one paragraph under it: that paragraph as its own clause, or heading + paragraph as ONE clause labelled 一、 — both fine. （一）…（四） and 三、（一）（二）（三） are run-in 楷体 headings: heading + body = ONE clause. 1. 2. 3. are separate paragraphs under （一）（二）（三）; each is its own clause (merging them into the （X） clause is medium: an analyst citing ‘二（一）2.’ loses the handle); each ends with a responsibility parenthesis （…负责）, which belongs to the item and must not be split off. Note 1. numbering restarts under each （X）: labels must carry the parent (二（二）1. is not 二（一）1.). date = 成文日期 2024-03-26; 2024-03-27 is the 印发 date in the 版记. No effective/expires (an 实施意见 says none; effective = 2024-03-26 is tolerable, low). 2024-05-31 (落实方案 deadline), 2024/2025/2027 targets are not metadata. No attachments. level provincial, region 江西省 (issued by the 省政府办公厅 with 经省政府同意).",
        "_pdf": {"note": "same metadata and clauses as the .docx. The title's two paragraphs print as two centred lines; page numbers “— N —” alternate right/left and must not enter clauses; the 版记 sits at the foot of the last page. Lines wrap inside paragraphs — a reader must re-join them without stray spaces."},
    }

    cs_rows = []
    for r in CS_ROWS:
        cs_rows.append(row_clause(CS_HEADER, r))
    cs_total = row_clause(CS_HEADER, CS_TOTAL)
    cs_clauses = [CS_INTRO] + [h + b for h, b in CS_S1] + ["%d.%s" % (i + 1, t) for i, t in enumerate(CS_S2)] + [CS_CONTACT] + cs_rows + [cs_total]
    cs_specific = {}
    for r in CS_ROWS:
        cs_specific["附件 row %s（%s）" % (r[0], r[2])] = r[1]
    cs_specific.update({
        "一、（一）": "长沙黄花综合保税区、长沙金霞保税物流中心（B型）（长沙县、开福区）",
        "一、（三）": "长沙北站霞凝货场（开福区）; 浏阳市、宁乡市",
    })
    cs = {
        "meta": {
            "title": CS_TITLE_META,
            "doc_number": CS_NUM,
            "issuer": ["长沙市商务局", "长沙海关"],
            "date": "2024-09-10",
            "published": "2024-09-11",
            "level": "municipal",
            "region": "湖南省长沙市",
            "effective": None,
            "expires": None,
            "attachments": [CS_ATT],
            "doc_type": "通知",
            "recipients": ["各区县（市）商务主管部门", "长沙海关各隶属海关", "各有关企业"],
            "publicity": "此件主动公开",
        },
        "clauses": cs_clauses,
        "applies_to": {
            "default": "湖南省长沙市",
            "specific": cs_specific,
            "note": "Each 附件 row applies to its 区县（市）. Rows 3–4 (岳麓区) and 8–9 (长沙县) share a vertically merged 区县（市） cell: BOTH rows of each pair must carry the district (row 4 / row 9 blank or unplaced is medium). Row 14's 区县 is 中国（湖南）自由贸易试验区长沙片区 (备注 黄花综合保税区内). 长沙经济技术开发区 and 湖南湘江新区 are functional zones, accepted as places. 长沙海关 / 各隶属海关 are organs (issuer), not places. 共建“一带一路”国家 names no place. The intro naming 中国（湖南）自由贸易试验区长沙片区 is context, not a place restriction (default 长沙市 is right; placing it in the 长沙片区 is low).",
        },
        "_note": "Joint document: issuer is BOTH 长沙市商务局 and 长沙海关 (missing 长沙海关 is high for a joint 通知). The joint 版头 is a borderless 2×2 table: 长沙市商务局 / 长沙海关 stacked (distributed alignment) with 文件 in a vertically merged right cell — it is furniture; it must not become a clause, a table row, or the title, nor leak ‘文件’ into the issuer. 文号 长商务发〔2024〕41号 (the lead organ's number) + red rule. Title: one paragraph, the two organ names separated by a full-width space (长沙市商务局　长沙海关关于…); a normalised ASCII space or no space is fine. 主送 → recipients (3). 一、支持措施 / 二、工作要求 are headings without text. （一）（二）（三） run-in: heading + text = one clause. 二、's items 1. 2. 3. are Word AUTO-NUMBERED paragraphs (w:numPr, lvlText “%1.”): the text has no digits; the reader should produce labels 1./2./3. (clause text with or without the “1.” prefix is fine; a missing label is low–medium, but items must stay separate). Contact line is a clause (tolerable to drop, low). 附件说明 附件：… → attachments (1 title). 落款: the two organs on ONE line separated by full-width spaces, date 2024年9月10日 under them — furniture, must not become a clause or an issuer string ‘长沙市商务局　　　长沙海关’. （此件主动公开）→ publicity. After a page break: label 附件, table title (= attachment title, furniture), then the 7-column table: header row (repeated on each page), 14 enterprise rows, 合计 row (序号–企业类型 merged, 合计 / " + CS_TOTAL[4] + " / " + CS_TOTAL[5] + "). Each enterprise row must be ONE clause carrying its 区县（市）; the 区县（市） cells of rows 3–4 (岳麓区) and 8–9 (长沙县) are vertically merged (text only in the first cell) — the second row must still say 岳麓区 / 长沙县. Empty 备注 cells are left out. 合计 row as a clause or dropped: both tolerable. 版记 (抄送… / 长沙市商务局办公室 2024年9月11日印发) follows the table on the last page — furniture. date = 2024-09-10 (落款); 09-11 is 印发. No effective/expires (名单 动态管理; None is right).",
        "_pdf": {"note": "same metadata and clauses. In the PDF the joint 版头 prints as two red lines 长沙市商务局 / 长沙海关 with a large 文件 at the right, vertically centred — text extraction may interleave 文件 with the organ names (e.g. ‘长沙市商务局 文件’ / ‘长沙海关’); none of it is a clause or the title. The auto-numbers 1. 2. 3. are real text in the PDF. The table spans the attachment page; the merged 区县（市） cells show the district once (vertically centred between the two rows) — the row that visually lacks it must still get it. Page numbers “— N —” right/left alternate."},
    }

    hf_clauses = [HF_COVER]
    for it in HF_BODY:
        if it[0] == "art":
            hf_clauses.append(it[1] + "　" + it[2])
        elif it[0] == "item":
            hf_clauses.append(it[1])
    hf = {
        "meta": {
            "title": HF_TITLE,
            "doc_number": HF_NUM,
            "issuer": ["合肥市人民政府"],
            "date": "2024-07-03",
            "published": "2024-07-05",
            "level": "municipal",
            "region": "安徽省合肥市",
            "effective": "2024-08-01",
            "expires": "2029-07-31",
            "attachments": [],
            "doc_type": "通知（印发管理办法）",
            "recipients": ["各县（市）、区人民政府", "市政府各部门、各直属机构"],
            "publicity": "此件公开发布",
            "issued_measure": HF_BANFA,
            "repeals": "《合肥市人民政府关于印发合肥市中欧班列发展专项资金管理暂行办法的通知》（合政〔2021〕48号）",
        },
        "clauses": hf_clauses,
        "applies_to": {
            "default": "安徽省合肥市",
            "specific": {
                "第一条": "context only: 中国（安徽）自由贸易试验区合肥片区 is named as a purpose, the 办法 applies city-wide (placing 第一条 in the 片区 is low)",
                "第五条": "合肥国际陆港 (the operator is a company: 合肥国际陆港发展有限公司 — not a place; tolerable either way)",
                "第六条（一）": "合肥北站物流基地",
                "第六条（二）": "肥东县、肥西县、长丰县、庐江县、巢湖市",
                "第六条（三）": "合肥国际陆港、合肥综合保税区",
                "第七条": "中国（安徽）自由贸易试验区合肥片区",
            },
            "note": "安徽省 alone is too broad (medium). 各县（市）区、开发区 (第十四条) is generic, stays 合肥市.",
        },
        "_note": "One Word file = the 印发通知 (cover, 1 clause) + the 办法 typed after a page break with its own centred title (no ‘附件’ label, as 合肥 prints its 规范性文件). Reading it as ONE document (title = the 通知's title; the 16 articles as its clauses) or as TWO documents (通知 + 办法 titled 合肥市中欧班列（合肥）发展专项资金管理办法, same 文号/issuer/date) are both fine; what matters is that the articles are not lost and that effective 2024-08-01 / expires 2029-07-31 (第十六条) reach the document that holds them. The title is ONE paragraph with a soft line break after 中欧班列 (before （合肥）) — joined without a stray space/newline. The 办法's own title (page 2, 段前分页 paragraph property, no break run) is likewise one paragraph with a soft break: 合肥市中欧班列（合肥）发展专项资金 / 管理办法. 文号 合政〔2024〕63号 with red rule under it; 版头 合肥市人民政府文件. Furniture: 版头, 文号, 主送 (→ recipients: 各县（市）、区人民政府 / 市政府各部门、各直属机构; splitting the second at ‘、’ is fine), 落款 合肥市人民政府 2024年7月3日, （此件公开发布）, the 办法 title (a heading, not a clause), chapter headings 第一章　总　　则 … 第六章　附　　则 (headings, letter-spaced with full-width spaces; tolerable in the path, not as clause text), 版记 at the end (抄送… / 合肥市人民政府办公室 2024年7月5日印发), page numbers “- N -” centred. Articles: run-in 黑体 label 第X条 + full-width space + text: one clause each; the article label must be read (第十条, 第十一条… not confused). 第六条 and 第十条 have list items （一）…（四） / （一）…（三） as separate paragraphs: as separate clauses (with the article as parent) or merged into the article — both tolerable; items must not be glued to the NEXT article. Article labels in expected clauses keep the full-width space after 第X条 (a normal space or none is fine). date 2024-07-03 (落款), published 2024-07-05 (印发). 合政〔2021〕48号 is the repealed document's number — must NOT become doc_number. 3月31日 (申报 deadline) and 2024年 subsidy years are not metadata.",
        "_pdf": {"note": "same metadata and clauses. The 办法 starts on page 2 with its own title; chapter headings are centred black lines; page numbers “- N -” centred at the foot of every page (including page 1)."},
    }

    ty_clauses = [TY_OPEN] + [t for _, t in TY_ITEMS]
    ty = {
        "meta": {
            "title": TY_TITLE,
            "doc_number": TY_NUM,
            "issuer": ["太原市商务局"],
            "date": "2024-08-12",
            "published": None,
            "level": "municipal",
            "region": "山西省太原市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "复函",
            "recipients": ["山西晋通达国际物流有限公司"],
            "publicity": "此件依申请公开",
            "replies_to": "《关于申请“一带一路”海外仓建设支持和中欧班列集货点认定的请示》（晋通达〔2024〕6号）",
        },
        "clauses": ty_clauses,
        "applies_to": {
            "default": "山西省太原市",
            "specific": {
                "一、": "小店区 (the application goes through 小店区商务局; the warehouse itself is in 哈萨克斯坦阿拉木图市 — a project location abroad, not where the reply applies; listing 阿拉木图 as a place is low)",
                "一、 second paragraph": "小店区 (市、区两级财政 6∶4)",
                "二、": "清徐县; 太原武宿综合保税区; 中鼎物流园",
            },
            "note": "The reply is addressed to one enterprise; 太原市 is its jurisdiction. 太原海关 and 市财政局 are organs. 商务部“业务系统统一平台” is a system, not a place.",
        },
        "_note": "信函格式 (GB/T 9704 letter format): 版头 is the organ name 太原市商务局 WITHOUT 文件, with a red double rule (thick over thin) under it; the 文号 并商函〔2024〕57号 is RIGHT-aligned under the rule (not centred); page 1 has no page number (its footer holds only the lower red double rule), page 2 has “- 2 -”. Title: one paragraph (long, wraps to 2–3 lines), ending in 复函 → doc_type 复函. 主送 is a single enterprise 山西晋通达国际物流有限公司. 晋通达〔2024〕6号 is the ENTERPRISE's request number — must NOT become doc_number (high if it does). Clauses: the opening 收悉 paragraph (tolerable to treat as preamble, but it carries the request being answered), 一、…四、 numbered paragraphs with run-in ‘关于…问题。’ headings (heading + text = one clause); 一、 has a second unnumbered paragraph (补助资金由市、区两级财政…) which is its own clause or merged into 一、 (both fine; must not be glued to 二、); 三、 has items （一）（二） as separate paragraphs (separate or merged into 三、, both fine); the contact line; 此复。 is a closing formula (as a clause it is low/taste; glued to the contact line is low). 落款 太原市商务局 / 2024年8月12日, （此件依申请公开） → publicity, 版记 has only 抄送：市财政局，太原海关，小店区商务局，清徐县商务局。 (no 印发 line, so published is unknown/None). date 2024-08-12. 2024-09-30 (申报 deadline) is not metadata. No effective/expires.",
        "_pdf": {"note": "same metadata and clauses; page 1 has no page number, the red double rules print as lines only; page 2 (if the reply runs over) has “- 2 -” centred."},
    }
    return {
        "blind175_jiangxi_yijian": [jx],
        "blind175_changsha_tongzhi": [cs],
        "blind175_hefei_banfa": [hf],
        "blind175_taiyuan_hanfu": [ty],
    }


def main():
    built = []
    for stem, fn in (("blind175_jiangxi_yijian", build_jiangxi), ("blind175_changsha_tongzhi", build_changsha),
                     ("blind175_hefei_banfa", build_hefei), ("blind175_taiyuan_hanfu", build_taiyuan)):
        path = os.path.join(HERE, stem + ".docx")
        fn(path)
        to_pdf(path)
        built.append(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *built)


if __name__ == "__main__":
    main()
