# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Write the thirty-sixth round of blind office files and expected.json.

Theme: Word features offices use that plain paragraphs do not show
(automatic multi-level numbering, fields, tab-stop signatures, two-column
sections, nested tables, merged header cells, header/footer parts, soft line
breaks, page breaks inside an item, WPS-style per-character runs).
All documents are fictional; provinces, cities and organs are real,
文号, numbers and wording are invented.  Run again to rebuild everything.
"""

import json
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
ALIGN = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT}


# ---------------------------------------------------------------- helpers

PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers",
             "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
             "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
             "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
             "rPr", "sectPr", "pPrChange"]


def ppr_add(ppr, el):
    """Insert el into pPr at its schema position."""
    name = el.tag.split("}")[1]
    rank = PPR_ORDER.index(name)
    for child in list(ppr):
        cn = child.tag.split("}")[1]
        if cn in PPR_ORDER and PPR_ORDER.index(cn) > rank:
            child.addprevious(el); return el
    ppr.append(el); return el


def set_fonts(rpr, font):
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)


def set_run(run, font=FS, size=16, bold=False, color=None):
    run.font.name = font
    set_fonts(run._element.get_or_add_rPr(), font)
    run.font.size = Pt(size)
    if bold: run.font.bold = True
    if color is not None: run.font.color.rgb = color
    return run


def para(container, text="", font=FS, size=16, bold=False, align="j", indent=True, color=None, exact=28):
    p = container.add_paragraph()
    pf = p.paragraph_format
    pf.space_before = Pt(0); pf.space_after = Pt(0)
    if exact: pf.line_spacing = Pt(exact)
    pf.first_line_indent = Pt(size * 2) if indent else Pt(0)
    p.alignment = ALIGN[align]
    if text:
        set_run(p.add_run(text), font, size, bold, color)
    return p


def add_text(p, text, font=FS, size=16, bold=False):
    return set_run(p.add_run(text), font, size, bold)


def soft_break(p):
    p.add_run()._r.append(OxmlElement("w:br"))


def page_break_run(p):
    br = OxmlElement("w:br"); br.set(qn("w:type"), "page")
    p.add_run()._r.append(br)


def page_break(doc):
    p = doc.add_paragraph(); page_break_run(p); return p


def field(p, instr, result, font=FS, size=16):
    """Complex field: begin / instrText / separate / cached result / end."""
    def r(): return set_run(p.add_run(), font, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r()._r.append(fc)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr; r()._r.append(it)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r()._r.append(fc)
    set_run(p.add_run(result), font, size)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r()._r.append(fc)


def bookmark(p, name, bid):
    s = OxmlElement("w:bookmarkStart"); s.set(qn("w:id"), str(bid)); s.set(qn("w:name"), name)
    e = OxmlElement("w:bookmarkEnd"); e.set(qn("w:id"), str(bid))
    ppr = p._p.find(qn("w:pPr"))
    if ppr is not None: ppr.addnext(s)
    else: p._p.insert(0, s)
    p._p.append(e)


def num(p, num_id, ilvl):
    ppr = p._p.get_or_add_pPr()
    np_ = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), ilvl, num_id))
    ppr_add(ppr, np_)
    # numbered paragraphs: the number sits at the first-line indent (2 characters)
    return p


def tabs(p, stops):
    """stops: list of (align, twips)."""
    ppr = p._p.get_or_add_pPr()
    t = OxmlElement("w:tabs")
    for al, pos in stops:
        tb = OxmlElement("w:tab"); tb.set(qn("w:val"), al); tb.set(qn("w:pos"), str(pos)); t.append(tb)
    ppr_add(ppr, t)


LVL_FONTS = [HEI, KAI, FS, FS]


def abstract_num_xml(aid, restart_lvl1_never):
    fmts = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."), ("decimal", "（%4）")]
    lv = []
    for i, (fmt, txt) in enumerate(fmts):
        restart = '<w:lvlRestart w:val="0"/>' if (i == 1 and restart_lvl1_never) else ""
        lv.append(
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s<w:suff w:val="nothing"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
            '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr></w:lvl>'
            % (i, fmt, restart, txt, LVL_FONTS[i], LVL_FONTS[i], LVL_FONTS[i]))
    return ('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>'
            % (nsdecls("w"), aid, "".join(lv)))


def setup_numbering(doc, restart_lvl1_never, nums):
    """nums: {numId: {ilvl: startOverride}}; all nums point to abstractNum 90."""
    numbering = doc.part.numbering_part.element
    an = parse_xml(abstract_num_xml(90, restart_lvl1_never))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None: first_num.addprevious(an)
    else: numbering.append(an)
    for nid, ovr in nums.items():
        o = "".join('<w:lvlOverride w:ilvl="%d"><w:startOverride w:val="%d"/></w:lvlOverride>' % (k, v) for k, v in sorted(ovr.items()))
        numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="90"/>%s</w:num>' % (nsdecls("w"), nid, o)))


def normal_style(doc, font=FS, size=16):
    st = doc.styles["Normal"]
    st.font.name = font; st.font.size = Pt(size)
    set_fonts(st.element.get_or_add_rPr(), font)


def a4(section):
    section.page_width = Cm(21); section.page_height = Cm(29.7)
    section.top_margin = Cm(3.7); section.bottom_margin = Cm(3.5)
    section.left_margin = Cm(2.8); section.right_margin = Cm(2.6)


def set_cols(section, n):
    sp = section._sectPr
    for c in sp.findall(qn("w:cols")): sp.remove(c)
    cols = OxmlElement("w:cols"); cols.set(qn("w:num"), str(n)); cols.set(qn("w:space"), "425")
    if n > 1: cols.set(qn("w:sep"), "1")
    sp.append(cols)


def header_footer(section, header_text, footer_kind):
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]; hp.alignment = ALIGN["r"]
    add_text(hp, header_text, SONG, 10.5)
    fp = section.footer.paragraphs[0]; fp.alignment = ALIGN["c"]
    if footer_kind == "dash":
        add_text(fp, "— ", SONG, 14); field(fp, "PAGE", "1", SONG, 14); add_text(fp, " —", SONG, 14)
    else:
        add_text(fp, "第 ", SONG, 10.5); field(fp, "PAGE", "1", SONG, 10.5)
        add_text(fp, " 页 共 ", SONG, 10.5); field(fp, "NUMPAGES", "3", SONG, 10.5); add_text(fp, " 页", SONG, 10.5)


def hyperlink_field(p, anchor, shown, font=FS, size=16):
    field(p, 'HYPERLINK \\l "%s"' % anchor, shown, font, size)


def banner(doc, mark, number, red_rule=True):
    for m in mark:
        para(doc, m, XBS, 36 if len(m) > 9 else 42, align="c", indent=False, color=RED, exact=None)
    para(doc, "", exact=None)
    para(doc, number, FS, 16, align="c", indent=False)
    if red_rule:
        p = para(doc, "", exact=None)
        ppr = p._p.get_or_add_pPr()
        ppr_add(ppr, parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="18" w:space="1" w:color="E60012"/></w:pBdr>' % nsdecls("w")))
    para(doc, "", exact=None)


def banji(doc, cc, printer, date):
    p = para(doc, "", indent=False)
    ppr = p._p.get_or_add_pPr()
    ppr_add(ppr, parse_xml('<w:pBdr %s><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>' % nsdecls("w")))
    add_text(p, cc, FS, 14)
    p = para(doc, "", indent=False)
    ppr = p._p.get_or_add_pPr()
    ppr_add(ppr, parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>' % nsdecls("w")))
    tabs(p, [("right", 8844)])
    add_text(p, "　" + printer + "\t" + date + "印发", FS, 14)


def cell_text(cell, text, font=FS, size=12, align="c", bold=False):
    p = cell.paragraphs[0]; p.alignment = ALIGN[align]
    if text: set_run(p.add_run(text), font, size, bold)
    return p


def grid_span(cell, n):
    tcpr = cell._tc.get_or_add_tcPr()
    gs = OxmlElement("w:gridSpan"); gs.set(qn("w:val"), str(n)); tcpr.append(gs)


def v_merge(cell, restart):
    tcpr = cell._tc.get_or_add_tcPr()
    vm = OxmlElement("w:vMerge")
    if restart: vm.set(qn("w:val"), "restart")
    tcpr.append(vm)


def raw_table(rows, widths, borders=True):
    """Build a w:tbl element with explicit gridSpan cells. rows: list of list of (text|element, span)."""
    bd = ('<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
          '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>') if borders else ""
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
    x = '<w:tbl %s><w:tblPr><w:tblW w:w="%d" w:type="dxa"/>%s<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>%s</w:tblGrid></w:tbl>' % (nsdecls("w"), sum(widths), bd, grid)
    return parse_xml(x)


def tc_xml(text, width, span=1, vmerge=None, font=FS, size=12, bold=False, jc="center"):
    sp = '<w:gridSpan w:val="%d"/>' % span if span > 1 else ""
    vm = ("<w:vMerge w:val=\"restart\"/>" if vmerge == "restart" else "<w:vMerge/>") if vmerge else ""
    b = "<w:b/>" if bold else ""
    runs = ('<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>%s<w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
            % (font, font, font, b, size * 2, text)) if text else ""
    return parse_xml('<w:tc %s><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s%s<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:jc w:val="%s"/></w:pPr>%s</w:p></w:tc>'
                     % (nsdecls("w"), width, sp, vm, jc, runs))


def add_custom_prop(doc, name, value):
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="%s"><vt:lpwstr>%s</vt:lpwstr></property>'
           '</Properties>' % (name, value)).encode("utf-8")
    part = Part(PackURI("/docProps/custom.xml"), "application/vnd.openxmlformats-officedocument.custom-properties+xml", xml, doc.part.package)
    doc.part.package.relate_to(part, RT.CUSTOM_PROPERTIES)


def new_doc():
    doc = Document()
    normal_style(doc)
    a4(doc.sections[0])
    doc._body._body.remove(doc._body._body.find(qn("w:p"))) if doc._body._body.find(qn("w:p")) is not None else None
    return doc


EXPECTED = {}

# ======================================================= file 1: automatic numbering
# 湖南省商务厅 通知, whole outline in Word multi-level numbering, （n）continuous
# across 一、二、三 (lvlRestart=0), 四、 from a num with startOverride 4,
# 附件1 restarting from 一、 via another num, fields, header 文号, footer PAGE.

A_NO = "湘商自贸〔2024〕12号"
A_TITLE_1 = "湖南省商务厅关于推动中国（湖南）自由贸易试验区"
A_TITLE_2 = "深度融入共建“一带一路”的通知"
A_ADDR = "长沙市、岳阳市、郴州市人民政府，省直有关单位："
A_OPEN = "为贯彻落实《中国（湖南）自由贸易试验区总体方案》，推动长沙、岳阳、郴州三个片区深度融入共建“一带一路”，打造中非经贸合作新高地，经省人民政府同意，现就有关事项通知如下："
# (numId, ilvl, shown number, text) ; numId None = unnumbered body paragraph
A_OUT = [
    (101, 0, "一、", "总体要求"),
    (None, None, "", "坚持以制度创新为核心，以中非经贸深度合作为特色，到2026年，自贸试验区对共建“一带一路”国家进出口额年均增长10%以上，形成一批可复制推广的制度创新成果。"),
    (101, 0, "二、", "重点任务"),
    (101, 1, "（一）", "建设中非经贸合作公共服务平台。依托中国—非洲经贸博览会，完善以下服务功能："),
    (101, 2, "1.", "非洲非资源性产品集散交易中心建设，|BR|推动咖啡、坚果、可可等产品常态化进口；"),
    (101, 2, "2.", "对非易货贸易试点，支持企业以工程设备、农机产品换取非洲农矿产品；"),
    (101, 2, "3.", "中非跨境人民币结算中心建设，具体包括："),
    (101, 3, "（1）", "鼓励银行为对非贸易企业提供人民币跨境结算便利；"),
    (101, 3, "（2）", "支持在湘金融机构与非洲国家银行建立代理行关系。"),
    (101, 1, "（二）", "畅通国际物流通道。加密长沙至共建“一带一路”国家的国际货运航线，推动中欧班列（长沙）扩量提质，支持岳阳城陵矶港开通至东盟的江海直达航线。|PAGE|对新开通的国际货运航线，按照有关规定给予运营补贴。"),
    (101, 1, "（三）", "提升贸易便利化水平。推广“提前申报”“两步申报”等通关模式，将国际贸易“单一窗口”服务功能拓展至跨境电商、服务贸易领域。"),
    (101, 0, "三、", "支持政策"),
    (101, 1, "（四）", "强化资金支持。省级商务发展专项资金对自贸试验区对非经贸合作项目给予倾斜支持，具体标准见附件1。"),
    (101, 1, "（五）", "创新金融服务。鼓励金融机构开发“湘非贷”等专属信贷产品，对符合条件的企业给予贷款贴息。"),
    (102, 0, "四、", "组织保障"),
    (101, 1, "（六）", "加强统筹协调。省自贸试验区工作领导小组办公室负责统筹推进，各片区管委会要制定具体实施方案，明确责任分工。"),
    (101, 1, "（七）", "强化督促落实。各片区每季度末将工作进展报送省商务厅，省商务厅按照本通知第|REF|项要求对公共服务平台建设情况开展评估。"),
]
A_ATT = ["中国（湖南）自由贸易试验区对非经贸合作项目支持标准", "中国（湖南）自由贸易试验区融入“一带一路”重点项目清单"]
A_ORG = "湖南省商务厅"
A_DATE = "2024年9月12日"
A_ATT1 = [
    (103, 0, "一、", "支持对象"),
    (None, None, "", "在自贸试验区内依法注册、具有独立法人资格，且上一年度对非进出口额不低于500万美元的企业。"),
    (103, 0, "二、", "支持标准"),
    (103, 1, "（一）", "对新开通对非直航货运航线的，每条航线给予最高300万元补助。"),
    (103, 1, "（二）", "对在非洲新建海外仓且面积不低于5000平方米的，按实际投资额的20%给予补助，最高不超过500万元。"),
    (103, 0, "三、", "申报程序"),
    (None, None, "", "符合条件的企业于每年3月31日前向所在片区管委会提出申请，经片区审核后报省商务厅。"),
]
A_ATT2_ROWS = [
    ("序号", "项目名称", "所在片区", "建设内容"),
    ("1", "中非经贸博览会永久会址提质工程", "长沙片区", "建设非洲非资源性产品展示交易中心"),
    ("2", "城陵矶港江海直达航线扩能项目", "岳阳片区", "新建集装箱泊位2个"),
    ("3", "湘粤非铁海联运通道项目", "郴州片区", "开行郴州至广州南沙港铁海联运班列"),
]


def build_a():
    doc = new_doc()
    setup_numbering(doc, True, {101: {}, 102: {0: 4}, 103: {0: 1, 1: 1, 2: 1, 3: 1}})
    header_footer(doc.sections[0], A_NO, "dash")
    banner(doc, ["湖南省商务厅文件"], A_NO)
    p = para(doc, "", XBS, 22, align="c", indent=False, exact=None)
    add_text(p, A_TITLE_1, XBS, 22); soft_break(p); add_text(p, A_TITLE_2, XBS, 22)
    para(doc, "", exact=None)
    para(doc, A_ADDR, indent=False)
    para(doc, A_OPEN)
    bid = 10
    for nid, lvl, shown, text in A_OUT:
        p = para(doc, "")
        if nid is not None: num(p, nid, lvl)
        font = HEI if lvl == 0 else FS
        if lvl == 1:
            head, rest = text.split("。", 1)
            add_text(p, head + "。", KAI)
            text = rest
        for k, piece in enumerate(text.replace("|BR|", "\x00BR\x00").replace("|PAGE|", "\x00PAGE\x00").replace("|REF|", "\x00REF\x00").split("\x00")):
            if piece == "BR": soft_break(p)
            elif piece == "PAGE": page_break_run(p)
            elif piece == "REF": field(p, "REF _Ref170311201 \\n \\h", "（一）")
            elif piece: add_text(p, piece, font)
        if shown == "（一）" and nid == 101:
            bookmark(p, "_Ref170311201", bid); bid += 1
    para(doc, "")
    p = para(doc, "")
    add_text(p, "附件：1.")
    hyperlink_field(p, "附件1", A_ATT[0])
    p = para(doc, "")
    p.paragraph_format.left_indent = Pt(16 * 5); p.paragraph_format.first_line_indent = Pt(0)
    add_text(p, "2.")
    hyperlink_field(p, "附件2", A_ATT[1])
    para(doc, "")
    p = para(doc, "", indent=False); tabs(p, [("center", 6600)])
    add_text(p, "\t" + A_ORG)
    p = para(doc, "", indent=False); tabs(p, [("center", 6600)])
    add_text(p, "\t"); field(p, 'CREATEDATE \\@ "yyyy年M月d日"', A_DATE)
    para(doc, "")
    para(doc, "（此件主动公开）")
    page_break(doc)
    p = para(doc, "附件1", HEI, 16, align="l", indent=False); bookmark(p, "附件1", 1)
    para(doc, "")
    para(doc, A_ATT[0], XBS, 22, align="c", indent=False, exact=None)
    para(doc, "")
    for nid, lvl, shown, text in A_ATT1:
        p = para(doc, "")
        if nid is not None: num(p, nid, lvl)
        add_text(p, text, HEI if lvl == 0 else FS)
    page_break(doc)
    p = para(doc, "附件2", HEI, 16, align="l", indent=False); bookmark(p, "附件2", 2)
    para(doc, "")
    para(doc, A_ATT[1], XBS, 22, align="c", indent=False, exact=None)
    para(doc, "")
    t = doc.add_table(rows=len(A_ATT2_ROWS), cols=4); t.style = "Table Grid"
    for i, row in enumerate(A_ATT2_ROWS):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, HEI if i == 0 else FS, 12)
    para(doc, ""); para(doc, "")
    banji(doc, "抄送：商务部自由贸易试验区港和特殊区域发展司，省人民政府办公厅。", "湖南省商务厅办公室", "2024年9月13日")
    doc.save(os.path.join(HERE, "blind36_autonum_tongzhi.docx"))

    clauses = [A_OPEN]
    for nid, lvl, shown, text in A_OUT:
        t = text.replace("|BR|", "").replace("|PAGE|", "").replace("|REF|", "（一）")
        clauses.append(shown + t)
    clauses.append("附件1 " + A_ATT[0])
    for nid, lvl, shown, text in A_ATT1:
        clauses.append(shown + text)
    clauses.append("附件2 " + A_ATT[1])
    hdr = A_ATT2_ROWS[0]
    for r in A_ATT2_ROWS[1:]:
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, r)))
    EXPECTED["blind36_autonum_tongzhi"] = [{
        "meta": {"title": A_TITLE_1 + A_TITLE_2, "doc_number": A_NO, "issuer": [A_ORG], "date": "2024-09-12",
                 "addressees": A_ADDR.rstrip("："), "cc": "商务部自由贸易试验区港和特殊区域发展司，省人民政府办公厅",
                 "printed_by": "湖南省商务厅办公室 2024-09-13", "attachments": A_ATT},
        "clauses": clauses,
        "_note": "Every 一、（一）1.（1）number comes from numbering.xml (no number in the text). （n）is continuous across 一、二、三、四 (lvlRestart=0): （一）–（三）under 二、, （四）（五）under 三、, （六）（七）under 四、. 四、 is numbered by a separate w:num with lvlOverride startOverride=4 on level 0; 附件1 uses a third w:num restarting every level at 1, so it reads 一、二、（一）（二）三、. Title has a soft line break (w:br) and must be one line; item 1. has a w:br inside; item （二）has a page break in the middle and must stay one clause. （七）holds a REF \\n field whose cached result is （一）(Word would also show （一）). 附件说明 entries are HYPERLINK fields (names must be shown, not the field code). Date is a CREATEDATE field (cached 2024年9月12日) after a tab in a tab-aligned signature. Header holds 湘商自贸〔2024〕12号 on every page, footer — PAGE —: neither may become a clause nor glue to the title. （一）heading+text split at the first 。 tolerable; table rows wording tolerable but no row lost.",
    }]


# ======================================================= file 2: WPS export, two-column Q&A
B_NO = "钦政办发〔2024〕23号"
B_MEAS = "中国（广西）自由贸易试验区钦州港片区支持西部陆海新通道建设若干政策措施"
B_TITLE = "钦州市人民政府办公室关于印发" + B_MEAS + "的通知"
B_ADDR = "各县（区）人民政府，市直各委、办、局，中国（广西）自由贸易试验区钦州港片区管委会："
B_TEXT = "《" + B_MEAS + "》已经市人民政府同意，现印发给你们，请认真组织实施。"
B_ORG = "钦州市人民政府办公室"
B_DATE = "2024年7月26日"
B_PREAMBLE = "为深入落实《西部陆海新通道总体规划》，加快建设面向东盟的国际门户港，推动钦州港片区更好服务共建“一带一路”，制定以下政策措施。"
B_BODY = [
    ("h", "一、支持海铁联运发展"),
    ("p", "（一）对通过西部陆海新通道海铁联运班列运输的集装箱，按照每标准箱200元给予运费补贴。"),
    ("p", "（二）对新开通至东盟国家港口的集装箱班轮航线，每条给予最高100万元开航奖励。"),
    ("h", "二、支持港航物流企业集聚"),
    ("p", "（三）对新注册的航运、物流企业，年度营业收入首次超过5000万元的，给予一次性奖励50万元。"),
    ("p", "（四）支持企业在钦州港片区设立区域性分拨中心，按照仓储面积给予每平方米每月5元的租金补贴，最长不超过3年。"),
    ("h", "三、附则"),
    ("p", "（五）同一企业同一项目符合本措施多项支持政策的，按照就高原则不重复享受。本措施第|REF|项所需资金由市级财政和片区管委会按5:5比例分担。"),
    ("p", "（六）本措施自印发之日起施行，有效期3年。"),
]
B_QA = [
    ("问1：哪些企业可以申请海铁联运运费补贴？", "答：在钦州港片区注册、通过西部陆海新通道海铁联运班列运输集装箱的进出口企业和货运代理企业均可申请。"),
    ("问2：开航奖励如何兑现？", "答：航线连续运营满6个月且每月航班不少于4班的，由航运企业向片区管委会提出申请，经审核后一次性兑现。"),
    ("问3：区域性分拨中心租金补贴的申请期限是多久？", "答：企业应在每年1月31日前申请上一年度的租金补贴，逾期不予受理。"),
]


def wps_ppr(p, align="both", first_line=True, right_chars=0):
    ppr = p._p.get_or_add_pPr()
    for tag in ("w:jc", "w:ind", "w:spacing"):
        for e in ppr.findall(qn(tag)): ppr.remove(e)
    x = ('<w:pPr %s><w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:pageBreakBefore w:val="0"/>'
         '<w:widowControl w:val="0"/><w:kinsoku w:val="0"/><w:wordWrap w:val="0"/><w:overflowPunct w:val="0"/>'
         '<w:topLinePunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:bidi w:val="0"/>'
         '<w:adjustRightInd/><w:snapToGrid w:val="0"/><w:spacing w:line="560" w:lineRule="exact"/>'
         '<w:ind %s/><w:jc w:val="%s"/><w:textAlignment w:val="auto"/></w:pPr>'
         % (nsdecls("w"), ('w:firstLine="640" w:firstLineChars="200"' if first_line else 'w:firstLine="0" w:firstLineChars="0"') + (' w:right="%d" w:rightChars="%d"' % (right_chars * 320, right_chars * 100) if right_chars else ""), align))
    new = parse_xml(x)
    p._p.remove(ppr)
    p._p.insert(0, new)


def wps_runs(p, text, font=FS, size=16, bold=False):
    """One run per character, each with its own full rPr, the way WPS exports."""
    b = "<w:b/><w:bCs/>" if bold else ""
    for k, ch in enumerate(text):
        hint = ' w:hint="eastAsia"' if ord(ch) > 0x2000 else ""
        r = parse_xml('<w:r %s><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"%s/>%s'
                      '<w:color w:val="000000"/><w:kern w:val="0"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>'
                      '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
                      % (nsdecls("w"), "Times New Roman" if ch.isascii() else font, "Times New Roman" if ch.isascii() else font,
                         font, font, hint, b, size * 2, size * 2, ch.replace("&", "&amp;").replace("<", "&lt;")))
        p._p.append(r)
        if k == 3 and len(text) > 12:
            p._p.append(parse_xml('<w:proofErr %s w:type="spellStart"/>' % nsdecls("w")))
            p._p.append(parse_xml('<w:proofErr %s w:type="spellEnd"/>' % nsdecls("w")))


def wps_para(doc, text, font=FS, size=16, align="both", first_line=True, bold=False, right_chars=0):
    p = doc.add_paragraph()
    wps_ppr(p, align, first_line, right_chars)
    if text: wps_runs(p, text, font, size, bold)
    return p


def build_b():
    doc = new_doc()
    s0 = doc.sections[0]
    # WPS: page numbers in footer only
    fp = s0.footer.paragraphs[0]; fp.alignment = ALIGN["c"]
    add_text(fp, "— ", SONG, 14); field(fp, "PAGE", "1", SONG, 14); add_text(fp, " —", SONG, 14)
    for m in ["钦州市人民政府办公室文件"]:
        wps_para(doc, m, XBS, 36, "center", False).runs  # noqa
    # recolour mark red
    for r in doc.paragraphs[-1]._p.findall(qn("w:r")):
        r.find(qn("w:rPr")).find(qn("w:color")).set(qn("w:val"), "FF0000")
    wps_para(doc, "", first_line=False)
    wps_para(doc, B_NO, FS, 16, "center", False)
    p = wps_para(doc, "", first_line=False)
    ppr_add(p._p.find(qn("w:pPr")), parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>' % nsdecls("w")))
    wps_para(doc, "", first_line=False)
    p = wps_para(doc, B_TITLE, XBS, 22, "center", False)
    p._p.insert(1, parse_xml('<w:bookmarkStart %s w:id="0" w:name="_GoBack"/>' % nsdecls("w")))
    p._p.append(parse_xml('<w:bookmarkEnd %s w:id="0"/>' % nsdecls("w")))
    wps_para(doc, "", first_line=False)
    wps_para(doc, B_ADDR, first_line=False)
    wps_para(doc, B_TEXT)
    wps_para(doc, "")
    wps_para(doc, B_ORG, align="right", first_line=False, right_chars=4)
    wps_para(doc, B_DATE, align="right", first_line=False, right_chars=4)
    wps_para(doc, "（此件公开发布）")
    p = wps_para(doc, B_MEAS, XBS, 22, "center", False)
    p._p.find(qn("w:pPr")).find(qn("w:pageBreakBefore")).set(qn("w:val"), "1")
    wps_para(doc, "", first_line=False)
    wps_para(doc, B_PREAMBLE)
    for kind, text in B_BODY:
        if kind == "h":
            wps_para(doc, text, HEI)
        else:
            head, rest = text.split("|REF|") if "|REF|" in text else (text, None)
            p = wps_para(doc, head)
            if rest is not None:
                field(p, "REF _Ref28411 \\h", "（一）")
                wps_runs(p, rest)
            if text.startswith("（一）"):
                rs = p._p.findall(qn("w:r"))
                rs[0].addprevious(parse_xml('<w:bookmarkStart %s w:id="7" w:name="_Ref28411"/>' % nsdecls("w")))
                rs[2].addnext(parse_xml('<w:bookmarkEnd %s w:id="7"/>' % nsdecls("w")))
    # Q&A: heading single column, then continuous section break to two columns
    wps_para(doc, "", first_line=False)
    wps_para(doc, "政策问答", HEI, 16, "center", False)
    # end of one-column section: put sectPr into this paragraph
    p = doc.paragraphs[-1]
    sp1 = parse_xml('<w:sectPr %s><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="1134" w:gutter="0"/><w:cols w:space="425" w:num="1"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>' % nsdecls("w"))
    ppr_add(p._p.find(qn("w:pPr")), sp1)
    for q, a in B_QA:
        wps_para(doc, q, HEI, 14)
        wps_para(doc, a, FS, 14)
    p = doc.paragraphs[-1]
    sp2 = parse_xml('<w:sectPr %s><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="1134" w:gutter="0"/><w:cols w:equalWidth="1" w:space="425" w:num="2" w:sep="1"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>' % nsdecls("w"))
    ppr_add(p._p.find(qn("w:pPr")), sp2)
    # final section (one column): 版记
    wps_para(doc, "", first_line=False)
    wps_para(doc, "", first_line=False)
    p = wps_para(doc, "抄送：自治区商务厅，自治区自由贸易试验区工作办公室。", FS, 14, "left", False)
    ppr_add(p._p.find(qn("w:pPr")), parse_xml('<w:pBdr %s><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>' % nsdecls("w")))
    p = wps_para(doc, "钦州市人民政府办公室　　　　　　　　　　　　2024年7月26日印发", FS, 14, "left", False)
    ppr_add(p._p.find(qn("w:pPr")), parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>' % nsdecls("w")))
    set_cols(doc.sections[-1], 1)
    body_sp = doc.element.body.find(qn("w:sectPr"))
    import copy
    for sp in (sp1, sp2):
        for ref in body_sp.findall(qn("w:footerReference")):
            sp.insert(0, copy.deepcopy(ref))
    doc.save(os.path.join(HERE, "blind36_wps_wenda.docx"))

    clauses = [B_TEXT, B_MEAS, B_PREAMBLE]
    for kind, text in B_BODY:
        clauses.append(text.replace("|REF|", "（一）"))
    clauses.append("政策问答")
    for q, a in B_QA:
        clauses.append(q); clauses.append(a)
    EXPECTED["blind36_wps_wenda"] = [{
        "meta": {"title": B_TITLE, "doc_number": B_NO, "issuer": [B_ORG], "date": "2024-07-26",
                 "addressees": B_ADDR.rstrip("："), "cc": "自治区商务厅，自治区自由贸易试验区工作办公室",
                 "printed_by": "钦州市人民政府办公室 2024-07-26", "attachments": []},
        "clauses": clauses,
        "_note": "WPS-style export: every character is its own w:r with full rPr (仿宋_GB2312 eastAsia, Times New Roman ascii), proofErr marks and a _GoBack bookmark inside the title; pPr carry kinsoku/snapToGrid/wordWrap=0. Words must come out whole (no spaces or breaks between characters). Numbers are typed text here. （五）contains a REF field (cached （一）). 政策问答 heading is in a one-column section ending with a continuous section break; the three 问/答 pairs are in a continuous two-column section: 问 and 答 may be separate clauses or each pair one clause, but all six texts in order and none lost. The carried measures' title may be a heading clause or start a second document (tolerable) but must not replace the 通知 title. 抄送/印发 not clauses.",
    }]


# ======================================================= file 3: nested table, merged header, DOCPROPERTY date
C_NO = "川商自贸〔2024〕5号"
C_TITLE = "四川省商务厅 四川省财政厅关于组织申报2024年度中国（四川）自由贸易试验区“一带一路”国际合作项目的通知"
C_ADDR = "成都市、泸州市、宜宾市商务主管部门、财政局，中国（四川）自由贸易试验区各片区管委会："
C_OPEN = "为支持中国（四川）自由贸易试验区更好服务共建“一带一路”，根据《四川省省级外经贸发展专项资金管理办法》，现将2024年度项目申报有关事项通知如下："
C_OUT = [
    (11, 0, "一、", "支持方向"),
    (11, 1, "（一）", "国际班列及通道建设项目。支持中欧班列（成渝）、西部陆海新通道班列在自贸试验区内开展集拼集运、多式联运“一单制”等业务。"),
    (11, 1, "（二）", "境外经贸合作项目。支持自贸试验区企业在共建“一带一路”国家建设境外经贸合作区、海外仓和营销网络。"),
    (11, 0, "二、", "申报条件"),
    (None, None, "", "申报单位应同时符合|SEQ|所列条件。"),
    ("TABLE", None, "", ""),
    (11, 0, "三、", "申报材料"),
    (11, 2, "1.", "项目申报表（见附件）；"),
    (11, 2, "2.", "企业营业执照复印件及上一年度财务审计报告；"),
    (11, 2, "3.", "项目投资合同、付款凭证等证明材料。"),
    (11, 0, "四、", "时间安排"),
    (None, None, "", "请各市商务主管部门会同财政部门于2024年5月20日前将审核汇总后的申报材料报送省商务厅（自由贸易试验区工作处），逾期不予受理。"),
    (None, None, "", "联系人：张明，电话：028-83225114。"),
]
C_COND = [
    ("1", "基本条件", ["在中国（四川）自由贸易试验区内依法注册，具有独立法人资格；", "财务管理制度健全，近三年无重大违法违规记录；", "未被列入严重失信主体名单。"]),
    ("2", "项目条件", ["项目于2023年1月1日至2024年6月30日期间实施；", "项目实际投资额不低于300万元；", "同一项目未获得其他省级财政资金支持。"]),
]
C_ATT = "2024年度中国（四川）自由贸易试验区“一带一路”国际合作项目申报表"
C_ORGS = ["四川省商务厅", "四川省财政厅"]
C_DATE = "2024年4月18日"


def build_c():
    doc = new_doc()
    setup_numbering(doc, False, {11: {}})
    add_custom_prop(doc, "成文日期", C_DATE)
    header_footer(doc.sections[0], "四川省商务厅　四川省财政厅　" + C_NO, "pages")
    banner(doc, ["四川省商务厅", "四川省财政厅"], C_NO)
    para(doc, C_TITLE, XBS, 22, align="c", indent=False, exact=None)
    para(doc, "", exact=None)
    para(doc, C_ADDR, indent=False)
    para(doc, C_OPEN)
    for nid, lvl, shown, text in C_OUT:
        if nid == "TABLE":
            p = para(doc, "", HEI, 14, align="c", indent=False)
            bs = parse_xml('<w:bookmarkStart %s w:id="4" w:name="_Ref_tab1"/>' % nsdecls("w")); p._p.append(bs)
            add_text(p, "表", HEI, 14); field(p, "SEQ 表 \\* ARABIC", "1", HEI, 14)
            p._p.append(parse_xml('<w:bookmarkEnd %s w:id="4"/>' % nsdecls("w")))
            add_text(p, "　申报条件", HEI, 14)
            W = [900, 1700, 6000]
            tbl = raw_table(None, W)
            # header row 1: 序号 (vMerge restart) | 申报条件 (gridSpan 2)
            tr = parse_xml('<w:tr %s><w:trPr><w:tblHeader/></w:trPr></w:tr>' % nsdecls("w"))
            tr.append(tc_xml("序号", W[0], vmerge="restart", font=HEI)); tr.append(tc_xml("申报条件", W[1] + W[2], span=2, font=HEI)); tbl.append(tr)
            tr = parse_xml('<w:tr %s><w:trPr><w:tblHeader/></w:trPr></w:tr>' % nsdecls("w"))
            tr.append(tc_xml("", W[0], vmerge="cont")); tr.append(tc_xml("条件类别", W[1], font=HEI)); tr.append(tc_xml("具体条件", W[2], font=HEI)); tbl.append(tr)
            for no, cat, items in C_COND:
                tr = parse_xml('<w:tr %s/>' % nsdecls("w"))
                tr.append(tc_xml(no, W[0])); tr.append(tc_xml(cat, W[1]))
                outer = tc_xml("", W[2])
                inner = raw_table(None, [1000, 4800], borders=False)
                for k, it in enumerate(items):
                    itr = parse_xml('<w:tr %s/>' % nsdecls("w"))
                    itr.append(tc_xml("（%d）" % (k + 1), 1000)); itr.append(tc_xml(it, 4800, jc="left"))
                    inner.append(itr)
                op = outer.find(qn("w:p"))
                op.addprevious(inner)   # cell: nested table, then the obligatory closing paragraph
                tr.append(outer); tbl.append(tr)
            p._p.addnext(tbl)
            # paragraph after the table
            continue
        p = para(doc, "")
        if nid is not None: num(p, nid, lvl)
        font = HEI if lvl == 0 else FS
        if lvl == 1:
            head, rest = text.split("。", 1); add_text(p, head + "。", KAI); text = rest
        if "|SEQ|" in text:
            a, b = text.split("|SEQ|"); add_text(p, a); field(p, "REF _Ref_tab1 \\h", "表1"); add_text(p, b)
        else:
            add_text(p, text, font)
    para(doc, "")
    p = para(doc, "")
    add_text(p, "附件："); hyperlink_field(p, "附件", C_ATT)
    para(doc, ""); para(doc, "")
    p = para(doc, "", indent=False); tabs(p, [("center", 2400), ("center", 6800)])
    add_text(p, "\t" + C_ORGS[0] + "\t" + C_ORGS[1])
    p = para(doc, "", indent=False); tabs(p, [("center", 6800)])
    add_text(p, "\t"); field(p, 'DOCPROPERTY "成文日期" \\* MERGEFORMAT', C_DATE)
    para(doc, "")
    para(doc, "（此件主动公开）")
    page_break(doc)
    p = para(doc, "附件", HEI, 16, align="l", indent=False); bookmark(p, "附件", 3)
    para(doc, "")
    para(doc, C_ATT, XBS, 18, align="c", indent=False, exact=None)
    para(doc, "")
    W = [2200, 2200, 2200, 2200]
    tbl = raw_table(None, W)
    def row(cells):
        tr = parse_xml('<w:tr %s/>' % nsdecls("w"))
        for text, span in cells:
            tr.append(tc_xml(text, sum(W[:span]), span=span, font=HEI if span == 4 else FS))
        tbl.append(tr)
    row([("申报单位基本情况", 4)])
    row([("单位名称", 1), ("", 1), ("统一社会信用代码", 1), ("", 1)])
    row([("所在片区", 1), ("", 1), ("联系人及电话", 1), ("", 1)])
    row([("项目基本情况", 4)])
    row([("项目名称", 1), ("", 3)])
    row([("总投资（万元）", 1), ("", 1), ("申请支持金额（万元）", 1), ("", 1)])
    row([("项目实施内容", 1), ("", 3)])
    doc.paragraphs[-1]._p.addnext(tbl)
    p = doc.add_paragraph(); para(doc, "")
    banji(doc, "抄送：商务部自由贸易试验区港和特殊区域发展司，财政部四川监管局。", "四川省商务厅办公室", "2024年4月19日")
    doc.save(os.path.join(HERE, "blind36_shenbao_qiantao.docx"))

    clauses = [C_OPEN]
    for nid, lvl, shown, text in C_OUT:
        if nid == "TABLE":
            clauses.append("表1　申报条件")
            for no, cat, items in C_COND:
                for k, it in enumerate(items):
                    clauses.append("序号：%s；条件类别：%s；具体条件：（%d）%s" % (no, cat, k + 1, it))
            continue
        clauses.append(shown + text.replace("|SEQ|", "表1"))
    clauses.append("附件 " + C_ATT)
    EXPECTED["blind36_shenbao_qiantao"] = [{
        "meta": {"title": C_TITLE, "doc_number": C_NO, "issuer": C_ORGS, "date": "2024-04-18",
                 "addressees": C_ADDR.rstrip("："), "cc": "商务部自由贸易试验区港和特殊区域发展司，财政部四川监管局",
                 "printed_by": "四川省商务厅办公室 2024-04-19", "attachments": [C_ATT]},
        "clauses": clauses,
        "_note": "Outline numbers come from numbering.xml (default restarts: （一）（二）under 一、; 1.2.3. level-3 items directly under 三、). The 申报条件 table has a two-row header (序号 vertically merged, 申报条件 spanning two columns via gridSpan) and each 具体条件 cell holds a nested borderless table of （1）（2）（3）items: all six condition texts must be present, with their category; one clause per row or per inner item tolerable. Caption 表1 uses a SEQ field, the body text refers to it via REF (cached 1). 成文日期 is a DOCPROPERTY field (cached 2024年4月18日; custom.xml also holds it) in a tab-aligned signature under two organ names on one tab-separated line. Header holds both organ names and the 文号; footer 第 PAGE 页 共 NUMPAGES 页: neither a clause. 附件 is a blank form with gridSpan rows: form labels tolerable either way, not required as clauses.",
    }]


if __name__ == "__main__":
    build_a()
    build_b()
    build_c()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=1)
    print("written:", sorted(EXPECTED))
