# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind test round 130: outlines numbered by Word itself, not typed.

Writes, next to this script:
  blind130_henan_opinion.docx   河南省商务厅 实施意见 (豫商自贸〔2024〕7号). Every 一、（一）1.（1） label in the
                                body comes from numbering.xml (a multilevel w:abstractNum with lvlText "%1、",
                                "（%2）", "%3.", "（%4）"; numFmt chineseCounting / chineseCountingThousand /
                                decimal), applied with w:numPr -- directly on the paragraph or through a
                                paragraph style ("公文条目") that carries its own w:numPr.  （一） restarts under
                                each 一、; a separate "1." goal list is reused later through a second w:num
                                whose w:lvlOverride/w:startOverride restarts it at 1; one paragraph in the
                                middle of a list keeps the numbered style but has w:numId 0 (no number); the
                                附件 uses Heading 1 / Heading 2 whose numbering comes from the styles' w:numPr.
  blind130_henan_opinion.pdf    LibreOffice PDF of the above
  blind130_xian_notice.docx     西安市商务局 通知 (市商发〔2024〕58号): 一、/（一） from Word numbering with bullet
                                levels mixed in (● as U+25CF in 宋体, ■ as Wingdings U+F06E as Word writes
                                it), a "%1．" (full-width period) list, and a "（%1）" list in 附件2.
  blind130_xian_notice.pdf      LibreOffice PDF of the above
  expected.json                 what a careful human reads out of each file
Run:  python make_blind130.py   (needs python-docx and soffice)
"""
import json
import os
import subprocess
import tempfile

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import (
    WD_ALIGN_PARAGRAPH,
    WD_BREAK,
    WD_LINE_SPACING,
    WD_TAB_ALIGNMENT,
)
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


# ---------------------------------------------------------------- generic helpers
def font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), name)
    if color is not None:
        run.font.color.rgb = color
    return run


def para(doc, runs=(), align=None, first=32, left=None, exact=28.9, style=None, before=0, after=0, right=None):
    """runs: list of (text, fontname[, size[, bold]]) or a plain str (仿宋 三号)."""
    p = doc.add_paragraph(style=style)
    pf = p.paragraph_format
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    if align is not None:
        p.alignment = align
    if isinstance(runs, str):
        runs = [(runs, FS)]
    for r in runs:
        text, name = r[0], r[1]
        size = r[2] if len(r) > 2 else 16
        bold = r[3] if len(r) > 3 else False
        font(p.add_run(text), name, size, bold)
    return p


def set_num(p, num_id, ilvl=None):
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    if ilvl is not None:
        numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id
    return p


def p_border(p, side="bottom", sz=12, color="FF0000", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        # pBdr must come before spacing/ind/jc
        anchor = None
        for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:jc", "w:rPr"):
            anchor = ppr.find(qn(tag))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(bdr)
        else:
            ppr.append(bdr)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), str(space))
    e.set(qn("w:color"), color)
    bdr.append(e)


def add_page_field(p, name=SONG, size=14):
    font(p.add_run("— "), name, size)
    r = p.add_run(); font(r, name, size)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = p.add_run(); font(r2, name, size)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; r2._r.append(it)
    r3 = p.add_run(); font(r3, name, size)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    r4 = p.add_run("1"); font(r4, name, size)
    r5 = p.add_run(); font(r5, name, size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)
    font(p.add_run(" —"), name, size)


def gbt_page(doc, odd_even=False):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.header_distance = Mm(15)
    sec.footer_distance = Mm(28)
    # document grid: 22 lines x 28 chars
    sp = sec._sectPr
    grid = sp.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid"); sp.append(grid)
    grid.set(qn("w:type"), "linesAndChars"); grid.set(qn("w:linePitch"), "579"); grid.set(qn("w:charSpace"), "0")
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        fo = sec.footer.paragraphs[0]
        fo.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fo.paragraph_format.right_indent = Pt(14)
        add_page_field(fo)
        fe = sec.even_page_footer.paragraphs[0]
        fe.alignment = WD_ALIGN_PARAGRAPH.LEFT
        fe.paragraph_format.left_indent = Pt(14)
        add_page_field(fe)
    else:
        fo = sec.footer.paragraphs[0]
        fo.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_page_field(fo)


def base_styles(doc):
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), FS)
    # kill theme font attributes
    for k in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(k)) is not None:
            del rf.attrib[qn(k)]
    pf = st.paragraph_format
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28.9)
    pf.widow_control = False


def banner(doc, organ_mark, docno):
    # 版头: blank lines then red 发文机关标志
    para(doc, [("", FS)], first=0)
    p = para(doc, [(organ_mark, XBS, 36)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=None, before=6, after=6)
    for r in p.runs:
        r.font.color.rgb = RED
    para(doc, [("", FS)], first=0)
    para(doc, [("", FS)], first=0)
    p = para(doc, [(docno, FS)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0)
    p_border(p, "bottom", sz=18, color="FF0000", space=8)
    para(doc, [("", FS)], first=0)


def title_block(doc, lines):
    for ln in lines:
        para(doc, [(ln, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=35)
    para(doc, [("", FS)], first=0)


def signature(doc, organ, date, note):
    para(doc, [("", FS)], first=0)
    para(doc, [("", FS)], first=0)
    para(doc, [(organ, FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, right=48)
    para(doc, [(date, FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, right=64)
    para(doc, [(note, FS)], first=32)


def banji(doc, chaosong, yinfa_l, yinfa_r):
    """版记 as bordered paragraphs: thick rule above 抄送, thin between, thick under 印发."""
    para(doc, [("", FS)], first=0)
    p = para(doc, [(chaosong, FS, 14)], first=0, left=14, right=14)
    p.paragraph_format.first_line_indent = None
    p_border(p, "top", sz=8, color="000000", space=1)
    p_border(p, "bottom", sz=4, color="000000", space=1)
    p = para(doc, [(yinfa_l, FS, 14)], first=0, left=14, right=14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(146), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("\t" + yinfa_r); font(r, FS, 14)
    p_border(p, "bottom", sz=8, color="000000", space=1)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


# ---------------------------------------------------------------- numbering.xml helpers
def lvl_xml(ilvl, fmt, text, start=1, suff="nothing", fonts=None, size=32, pstyle=None, left=0, first=640, hanging=None, restart=None, jc="left"):
    rest = '<w:lvlRestart w:val="%d"/>' % restart if restart is not None else ""
    ps = '<w:pStyle w:val="%s"/>' % pstyle if pstyle else ""
    sf = '<w:suff w:val="%s"/>' % suff if suff != "tab" else ""
    if hanging is not None:
        ind = '<w:ind w:left="%d" w:hanging="%d"/>' % (left, hanging)
    else:
        ind = '<w:ind w:left="%d" w:firstLine="%d"/>' % (left, first)
    if fonts is None:
        rf = ""
    elif isinstance(fonts, tuple):  # symbol font as Word writes it
        rf = '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:hint="default"/>' % fonts
    else:
        rf = '<w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:hint="eastAsia"/>' % (fonts, fonts, fonts)
    sz = '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size) if size else ""
    return ('<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/>%s%s%s<w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="%s"/><w:pPr>%s</w:pPr><w:rPr>%s%s</w:rPr></w:lvl>') % (ilvl, start, fmt, rest, ps, sf, text, jc, ind, rf, sz)


def filler_levels(frm):
    out = []
    for i in range(frm, 9):
        out.append(lvl_xml(i, "decimal", "%%%d." % (i + 1), suff="tab", fonts=None, size=0, left=420 * (i + 1), hanging=420))
    return out


def add_abstract(doc, aid, nsid, levels, multi="multilevel"):
    numbering = doc.part.numbering_part.element
    xml = '<w:abstractNum %s w:abstractNumId="%d"><w:nsid w:val="%s"/><w:multiLevelType w:val="%s"/><w:tmpl w:val="%s"/>%s</w:abstractNum>' % (
        W, aid, nsid, multi, ("%08X" % (int(nsid, 16) ^ 0x5A5A5A5A)), "".join(levels))
    el = parse_xml(xml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)


def add_num(doc, nid, aid, overrides=None):
    numbering = doc.part.numbering_part.element
    ov = ""
    for ilvl, start in (overrides or {}).items():
        ov += '<w:lvlOverride w:ilvl="%d"><w:startOverride w:val="%d"/></w:lvlOverride>' % (ilvl, start)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>' % (W, nid, aid, ov)))


def style_numpr(style, num_id, ilvl=None):
    ppr = style.element.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    if ilvl is not None:
        numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


def restyle_heading(style, fontname, size=16):
    st = style
    st.font.name = fontname
    st.font.size = Pt(size)
    st.font.bold = False
    st.font.italic = False
    st.font.color.rgb = RGBColor(0, 0, 0)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
    for k in list(rf.attrib):
        del rf.attrib[k]
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(k), fontname)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(28.9)
    pf.first_line_indent = Pt(32)
    pf.left_indent = Pt(0)


def to_pdf(path):
    outdir = os.path.dirname(path)
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", outdir, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ================================================================ (a) 河南省商务厅 实施意见
A_STEM = "blind130_henan_opinion"
A_TITLE = "河南省商务厅关于支持中国（河南）自由贸易试验区高水平服务共建“一带一路”的实施意见"
A_TITLE_LINES = ["河南省商务厅关于支持中国（河南）", "自由贸易试验区高水平服务共建", "“一带一路”的实施意见"]
A_DOCNO = "豫商自贸〔2024〕7号"
A_DATE = "2024年5月20日"
A_ZHUSONG = "各省辖市、济源示范区商务局，航空港区经济发展局，中国（河南）自由贸易试验区郑州、开封、洛阳片区管委会："
A_ATT = "中国（河南）自由贸易试验区服务共建“一带一路”2024年重点事项清单"
A_CHAOSONG = "抄送：商务部自由贸易试验区港建设协调司，省政府办公厅，省发展改革委，省财政厅，郑州海关。"
A_YINFA = ("河南省商务厅办公室", "2024年5月21日印发")

HN = "河南省"
ZZ = "中国（河南）自由贸易试验区郑州片区"
KF = "中国（河南）自由贸易试验区开封片区"
LY = "中国（河南）自由贸易试验区洛阳片区"
FTZ = "中国（河南）自由贸易试验区"

# numbering ids for (a)
A_ABS_MAIN, A_ABS_GOAL, A_ABS_ATT = 21, 22, 23
A_NUM_MAIN, A_NUM_GOAL, A_NUM_GOAL_RESTART, A_NUM_ATT = 11, 12, 13, 14

# body: (kind, runs, printed_label, applies)
#   kinds: L0 (一、 via numPr lvl0), L1 (（一） lvl1), L2S (1. via style 公文条目), L2 (1. direct numPr lvl2),
#          L3 ((1) lvl3), P (plain), NUM0 (公文条目 style, numId 0), G (goal list num 12), GR (goal list num 13 restarted)
A_BODY = [
    ("P", "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，充分发挥中国（河南）自由贸易试验区（以下简称“自贸试验区”）改革开放试验田作用，加快打造服务共建“一带一路”的现代综合交通枢纽和内陆开放高地，结合我省实际，提出如下实施意见。", "", HN),
    ("L0", [("总体要求", HT)], "一、", HN),
    ("P", "坚持以制度创新为核心，以“四路协同”为牵引，统筹郑州、开封、洛阳三个片区差异化发展，推动自贸试验区与共建“一带一路”国家在规则、规制、管理、标准等方面相通相容。到2027年，力争实现以下目标：", "", FTZ),
    ("G", "自贸试验区与共建“一带一路”国家进出口额年均增长8%以上，2027年达到1580亿元；", "1.", FTZ),
    ("G", "中欧班列（中豫号）年开行量稳定在3200列以上，国际货运航线通达共建“一带一路”国家城市28个以上；", "2.", HN),
    ("G", "累计形成服务共建“一带一路”的制度创新成果35项以上，其中在全国复制推广5项以上。", "3.", FTZ),
    ("L0", [("重点任务", HT)], "二、", HN),
    ("L1", [("提升“四路协同”枢纽能级", KT)], "（一）", HN),
    ("L2S", [("做强空中丝绸之路。", FS, 16, True), ("支持郑州片区依托郑州—卢森堡“双枢纽”，拓展至中亚、东南亚、中东欧的全货机航线，推进航空电子货运试点扩面。", FS)], "1.", ZZ),
    ("L3", "对新开通至共建“一带一路”国家全货机定期航线的航空公司，连续运营满1年的，每条航线给予一次性奖励不超过600万元；", "（1）", HN),
    ("L3", "对郑州新郑国际机场国际货邮吞吐量年增长15%以上的货运代理企业，按新增货量每吨给予200元奖励。", "（2）", ZZ),
    ("L2S", [("做强陆上丝绸之路。", FS, 16, True), ("支持中欧班列（中豫号）在开封片区、洛阳片区设立集结点，拓展至中亚五国及俄罗斯、白俄罗斯的线路，推动“班列+园区”融合发展。", FS)], "2.", [KF, LY]),
    ("NUM0", "对开行至中亚方向的回程班列，在省级班列运营补贴基础上，各片区可按每标准箱不超过500元给予叠加支持，具体办法由各片区管委会另行制定。", "", FTZ),
    ("L2S", [("做强网上丝绸之路。", FS, 16, True), ("推动郑州片区跨境电子商务综合试验区与共建“一带一路”国家开展“丝路电商”合作，支持企业在中东、东欧布局海外仓。", FS)], "3.", ZZ),
    ("L2S", [("推进海上丝绸之路。", FS, 16, True), ("深化与青岛港、连云港、宁波舟山港的铁海联运合作，推广“一单制”全程物流服务，实现内陆港“一次申报、一次查验、一次放行”。", FS)], "4.", HN),
    ("L1", [("深化贸易投资自由化便利化", KT)], "（二）", FTZ),
    ("L2", "推进国际贸易“单一窗口”与共建“一带一路”国家口岸信息互联互通，2024年底前实现与5个以上国家的原产地证书电子数据交换。", "1.", FTZ),
    ("L2", [("创新海关监管模式。", FS, 16, True), ("在洛阳片区试点以下改革：", FS)], "2.", LY),
    ("L3", "开展进口再制造监管试点，允许符合条件的企业进口旧机电产品开展再制造；", "（1）", LY),
    ("L3", "对综合保税区内企业实施“分送集报、自行运输”。", "（2）", LY),
    ("L2", "放宽外资准入。严格落实外商投资准入前国民待遇加负面清单管理制度，支持共建“一带一路”国家投资者在自贸试验区设立外商独资的医疗机构、职业技能培训机构。", "3.", FTZ),
    ("L1", [("拓展国际产能合作。", KT), ("支持开封片区围绕汽车及零部件、文化创意等产业，与共建“一带一路”国家共建境外产业园区；对在境外产业园区中方实际投资额超过1000万美元的企业，按实际投资额的1%给予补助，最高不超过200万元。", FS)], "（三）", KF),
    ("L1", [("加强国际商事法律服务。", KT), ("支持郑州片区设立“一带一路”国际商事调解中心，引进境外知名仲裁机构设立业务机构，为企业提供涉外法律风险预警服务。", FS)], "（四）", ZZ),
    ("L0", [("保障措施", HT)], "三、", HN),
    ("L1", [("加强组织领导。", KT), ("省商务厅牵头建立自贸试验区服务共建“一带一路”工作专班，每半年召开一次推进会，协调解决重大问题。", FS)], "（一）", HN),
    ("L1", [("强化政策支持。", KT), ("统筹用好省级开放型经济发展专项资金，重点支持以下方面：", FS)], "（二）", HN),
    ("GR", "自贸试验区内服务共建“一带一路”的重大物流设施项目，按项目投资额的10%给予补助，单个项目最高不超过1000万元；", "1.", FTZ),
    ("GR", "经认定的省级以上制度创新成果，每项给予牵头片区30万元工作经费。", "2.", FTZ),
    ("L1", [("做好评估督导。", KT), ("省商务厅会同省发展改革委每年对各片区落实情况开展评估，评估结果纳入自贸试验区年度考核。", FS)], "（三）", HN),
    ("P", "本意见自印发之日起施行，有效期至2027年12月31日。", "", HN),
]

# 附件: Heading 1/2 with style numbering; body paragraphs typed.
A_ATT_BODY = [
    ("H1", "设施联通", "一、", HN),
    ("H2", "航空枢纽", "（一）", HN),
    ("T", "1.新开通郑州至共建“一带一路”国家全货机航线3条以上。责任单位：郑州片区管委会、省机场集团。完成时限：2024年12月底。", "1.", ZZ),
    ("T", "2.推动郑州新郑国际机场获批进口药品口岸。责任单位：郑州片区管委会、郑州海关。完成时限：2024年10月底。", "2.", ZZ),
    ("H2", "陆港枢纽", "（二）", HN),
    ("T", "1.中欧班列（中豫号）全年开行3000列以上，其中回程班列占比不低于45%。责任单位：省发展改革委、郑州片区管委会。完成时限：2024年12月底。", "1.", HN),
    ("H1", "贸易畅通", "二、", HN),
    ("H2", "跨境电商", "（一）", HN),
    ("T", "1.举办第八届全球跨境电子商务大会“丝路电商”专场活动。责任单位：省商务厅、郑州片区管委会。完成时限：2024年5月底。", "1.", HN),
    ("H2", "通关便利", "（二）", HN),
    ("T", "1.在洛阳片区推广“先放后检”“两段准入”监管模式。责任单位：洛阳片区管委会、郑州海关。完成时限：2024年9月底。", "1.", LY),
    ("H1", "资金融通", "三、", HN),
    ("T", "1.支持开封片区开展跨境人民币结算便利化试点，年内办理跨境人民币结算业务50亿元以上。责任单位：开封片区管委会、人民银行河南省分行。完成时限：2024年12月底。", "1.", KF),
]


def build_a():
    doc = Document()
    base_styles(doc)
    gbt_page(doc, odd_even=True)

    # -- numbering definitions (as a Word-made multilevel list would write them)
    add_abstract(doc, A_ABS_MAIN, "2A6F41C3", [
        lvl_xml(0, "chineseCounting", "%1、", suff="nothing", fonts=HT, first=640),
        lvl_xml(1, "chineseCountingThousand", "（%2）", suff="nothing", fonts=KT, first=640),
        lvl_xml(2, "decimal", "%3.", suff="nothing", fonts=FS, first=640),
        lvl_xml(3, "decimal", "（%4）", suff="tab", fonts=FS, first=640),
    ] + filler_levels(4))
    add_abstract(doc, A_ABS_GOAL, "5D1E0B77", [
        lvl_xml(0, "decimal", "%1.", suff="nothing", fonts=FS, first=640),
    ] + filler_levels(1))
    add_abstract(doc, A_ABS_ATT, "7C30E2A9", [
        lvl_xml(0, "chineseCounting", "%1、", suff="nothing", fonts=HT, pstyle="Heading1", first=640),
        lvl_xml(1, "chineseCounting", "（%2）", suff="nothing", fonts=KT, pstyle="Heading2", first=640),
    ] + filler_levels(2))
    add_num(doc, A_NUM_MAIN, A_ABS_MAIN)
    add_num(doc, A_NUM_GOAL, A_ABS_GOAL)
    add_num(doc, A_NUM_GOAL_RESTART, A_ABS_GOAL, {0: 1})   # 重新开始于 1
    add_num(doc, A_NUM_ATT, A_ABS_ATT)

    # paragraph style carrying the list (level 3 of the outline: "1.")
    item = doc.styles.add_style("公文条目", WD_STYLE_TYPE.PARAGRAPH)
    item.base_style = doc.styles["Normal"]
    item.paragraph_format.first_line_indent = Pt(32)
    style_numpr(item, A_NUM_MAIN, 2)
    # heading styles carry the 附件 numbering themselves
    h1, h2 = doc.styles["Heading 1"], doc.styles["Heading 2"]
    restyle_heading(h1, HT); restyle_heading(h2, KT)
    style_numpr(h1, A_NUM_ATT)          # ilvl 0 implied
    style_numpr(h2, A_NUM_ATT, 1)

    banner(doc, "河南省商务厅文件", A_DOCNO)
    title_block(doc, A_TITLE_LINES)
    para(doc, [(A_ZHUSONG, FS)], first=0)

    for kind, runs, label, app in A_BODY:
        if kind == "P":
            para(doc, runs)
        elif kind == "L0":
            set_num(para(doc, runs), A_NUM_MAIN, 0)
        elif kind == "L1":
            set_num(para(doc, runs), A_NUM_MAIN, 1)
        elif kind == "L2":
            set_num(para(doc, runs), A_NUM_MAIN, 2)
        elif kind == "L3":
            set_num(para(doc, runs), A_NUM_MAIN, 3)
        elif kind == "L2S":
            para(doc, runs, style="公文条目")
        elif kind == "NUM0":
            p = para(doc, runs, style="公文条目")
            numpr = p._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = 0
        elif kind == "G":
            set_num(para(doc, runs), A_NUM_GOAL, 0)
        elif kind == "GR":
            set_num(para(doc, runs), A_NUM_GOAL_RESTART, 0)

    para(doc, [("", FS)], first=0)
    para(doc, [("附件：" + A_ATT, FS)], first=32, left=0)
    signature(doc, "河南省商务厅", A_DATE, "（此件公开发布）")

    # -- 附件 on a new page
    page_break(doc)
    para(doc, [("附件", HT)], first=0)
    para(doc, [("", FS)], first=0)
    for ln in ["中国（河南）自由贸易试验区服务共建", "“一带一路”2024年重点事项清单"]:
        para(doc, [(ln, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=35)
    para(doc, [("", FS)], first=0)
    for kind, text, label, app in A_ATT_BODY:
        if kind == "H1":
            doc.add_paragraph(text, style="Heading 1")
        elif kind == "H2":
            doc.add_paragraph(text, style="Heading 2")
        else:
            para(doc, text)
    banji(doc, A_CHAOSONG, *A_YINFA)
    path = os.path.join(HERE, A_STEM + ".docx")
    doc.save(path)
    return path


def expected_a():
    clauses, labels, applies = [], [], []
    ctx = []
    for kind, runs, label, app in A_BODY:
        text = runs if isinstance(runs, str) else "".join(r[0] for r in runs)
        clauses.append(label + text)
        labels.append(label)
        applies.append(app)
    clauses.append("附件：" + A_ATT); labels.append("附件"); applies.append(HN)
    for kind, text, label, app in A_ATT_BODY:
        clauses.append(label + text if kind in ("H1", "H2") else text)
        labels.append("附件" + label)
        applies.append(app)
    meta = {
        "title": A_TITLE, "doc_number": A_DOCNO, "issuer": ["河南省商务厅"], "date": "2024-05-20",
        "level": "provincial", "region": "河南省", "effective": "2024-05-20", "expires": "2027-12-31",
        "attachments": [A_ATT], "doc_type": "实施意见",
        "main_recipients": A_ZHUSONG.rstrip("："), "publicity": "此件公开发布",
        "cc": A_CHAOSONG, "printed_by": A_YINFA[0], "printed_date": "2024-05-21",
    }
    note = ("Every 一、/（一）/1./（1） in the body is produced by Word numbering (numbering.xml), NOT typed: a reader that only reads w:t text "
            "loses all labels (medium) and may then merge headings with their items. Printed labels, in order: 一、 (then a plain para and a "
            "separate goal list 1.2.3.), 二、 with （一）…（四） and 1.-4./（1）（2） under （一）, 1.-3./（1）（2） under （二） (1. restarts after each （）, "
            "（1） restarts after each 1.), 三、 with （一）（二）（三) again starting at （一）. Items 1.-4. under 二（一） get their number from the "
            "paragraph style 公文条目 (style w:numPr), not from the paragraph. The paragraph '对开行至中亚方向的回程班列…' has style 公文条目 "
            "but w:numId 0: it has NO number, and the next item is 3. not 4. (wrong: it shown as '3.', the following as '4.'). Under 三（二） the "
            "list '1.自贸试验区内…' '2.经认定的…' uses a second w:num on the SAME abstractNum as the goal list with startOverride 1: it prints 1. 2., "
            "not 4. 5. （1） levels have suff=tab: a space/tab after '（1）' is tolerable. Headings 一、总体要求 etc. may be section headings rather "
            "than clauses (tolerable) but their labels must be right; （三）/（四） under 二 and all （）under 三 carry lead-in + text in one paragraph "
            "and must stay one clause. 附件: 'Heading 1'/'Heading 2' paragraphs get 一、/（一） from the style's numbering (restarting （一） under 二、); "
            "body lines there are typed '1.' (restart under each heading). Labels may be given hierarchically (二、（一）1.（1）, 附件一、（一）1.) — "
            "tolerable; wrong: duplicate/ambiguous labels such as two '（1）' under different parents with the same full label. Furniture: 版头 "
            "河南省商务厅文件, 文号 line, red rule, 2-line title (must join), 主送, 附件说明 (→ meta.attachments), 落款 河南省商务厅 + date, "
            "（此件公开发布）, 附件 label and 2-line attachment title, 版记 (抄送/印发 between rules, at the very end after the 附件), footers "
            "'— N —' right on odd pages / left on even pages. 'applies' is parallel to clauses: the 片区 a clause is about (default 河南省, the "
            "issuing province; clauses about the 自贸试验区 as a whole may say the FTZ or 河南省 — both tolerable; （1）（2） under 二（一）1. inheriting 郑州片区 "
            "from their parent is tolerable; 附件 items whose 片区 appears only as 责任单位 (郑州片区管委会) may say 河南省).")
    return [{"meta": meta, "clauses": clauses, "labels": labels, "applies": applies, "_note": note}]


# ================================================================ (b) 西安市商务局 通知
B_STEM = "blind130_xian_notice"
B_TITLE = "西安市商务局关于组织申报2024年度“一带一路”经贸合作专项资金项目的通知"
B_TITLE_LINES = ["西安市商务局关于组织申报2024年度", "“一带一路”经贸合作专项资金项目的通知"]
B_DOCNO = "市商发〔2024〕58号"
B_DATE = "2024年6月12日"
B_ZHUSONG = "各区县商务主管部门，西咸新区、各开发区商务主管部门，中国（陕西）自由贸易试验区中心片区、西安国际港务区片区管委会："
B_ATTS = ["2024年度“一带一路”经贸合作专项资金项目申报书", "申报承诺书"]
B_CHAOSONG = "抄送：市政府办公厅，市财政局，市审计局。"
B_YINFA = ("西安市商务局办公室", "2024年6月13日印发")
XA = "西安市"
GW = "中国（陕西）自由贸易试验区西安国际港务区片区"

B_ABS_MAIN, B_ABS_COND, B_ABS_PROM = 31, 32, 33
B_NUM_MAIN, B_NUM_COND, B_NUM_PROM = 21, 22, 23
BUL1 = "\u25cf"      # ● in 宋体
BUL2 = "\uf06e"      # ■ as Wingdings 'n' (private-use code point, the way Word stores it)

# (kind, runs, printed label, applies) ; kinds: L0 一、 ; L1 （一） ; B1 ● (lvl2) ; B2 ■ (lvl3) ; C 1． ; P plain
B_BODY = [
    ("P", "为深入落实《西安市高质量共建“一带一路”行动方案（2023—2025年）》，加快建设丝绸之路经济带新起点和内陆改革开放高地，根据《西安市“一带一路”经贸合作专项资金管理办法》（市商发〔2023〕112号）规定，现就组织申报2024年度“一带一路”经贸合作专项资金项目有关事项通知如下：", "", XA),
    ("L0", [("申报范围", HT)], "一、", XA),
    ("P", "2023年1月1日至2023年12月31日期间，在我市注册登记的企业、行业组织实施的以下项目：", "", XA),
    ("B1", "中欧班列（长安号）集结中心、海外仓、境外分拨中心等物流通道建设项目；", "●", XA),
    ("B1", "在共建“一带一路”国家开展的境外投资、对外承包工程及境外经贸合作区建设项目；", "●", XA),
    ("B1", "参加市商务局认定的境外重点展会及“丝路电商”市场开拓项目。", "●", XA),
    ("L0", [("支持内容和标准", HT)], "二、", XA),
    ("L1", [("物流通道类项目。", KT)], "（一）", XA),
    ("B1", "海外仓建设：对新建或租用海外仓的企业，按实际投入的20%给予补助。", "●", XA),
    ("B2", "自建海外仓面积5000平方米以上的，单个项目最高补助300万元；", "■", XA),
    ("B2", "租用海外仓面积2000平方米以上的，单个项目最高补助100万元。", "■", XA),
    ("B1", "境外分拨中心：对在中亚、欧洲设立境外分拨中心并实现常态化运营满6个月的，一次性奖励50万元。", "●", XA),
    ("L1", [("境外投资类项目。", KT), ("对在共建“一带一路”国家新设境外企业、中方实际投资额500万美元以上的，按中方实际投资额的2%给予补助，单个企业最高不超过200万元。", FS)], "（二）", XA),
    ("L1", [("市场开拓类项目。", KT)], "（三）", XA),
    ("B1", "境外展会：按展位费的70%给予补助，每个企业每年最高不超过30万元。", "●", XA),
    ("B1", "丝路电商：对中国（陕西）自由贸易试验区西安国际港务区片区内跨境电商企业，通过第三方平台开拓共建“一带一路”国家市场的，按平台服务费的50%给予补助，单个企业最高不超过20万元。", "●", GW),
    ("L0", [("申报条件", HT)], "三、", XA),
    ("C", "在西安市依法注册登记，具有独立法人资格；", "1．", XA),
    ("C", "近三年内未发生重大安全生产、环境污染事故，未被列入严重失信主体名单；", "2．", XA),
    ("C", "同一项目已获得中央、省级财政资金支持的，不得重复申报。", "3．", XA),
    ("L0", [("申报材料", HT)], "四、", XA),
    ("B1", "项目申报书（附件1）；", "●", XA),
    ("B1", "营业执照复印件、项目投资或费用支付凭证；", "●", XA),
    ("B1", "申报承诺书（附件2）。", "●", XA),
    ("L0", [("申报程序", HT)], "五、", XA),
    ("L1", [("企业申报。", KT), ("申报单位于2024年7月15日前通过“西安市商务局项目管理系统”在线填报，并将纸质材料一式两份报送所在区县（开发区）商务主管部门。", FS)], "（一）", XA),
    ("L1", [("初审推荐。", KT), ("各区县、开发区商务主管部门于2024年7月31日前完成初审，出具推荐意见报市商务局。", FS)], "（二）", XA),
    ("L1", [("评审公示。", KT), ("市商务局会同市财政局组织第三方机构进行评审，评审结果在市商务局门户网站公示5个工作日。", FS)], "（三）", XA),
    ("L0", [("联系方式", HT)], "六、", XA),
    ("P", "市商务局对外投资和经济合作处：王晓峰，029-86786512；财务处：陈丽娟，029-86786538。", "", XA),
]

B_FORM = [  # 附件1: a blank form, two columns
    ("申报单位（盖章）", ""),
    ("统一社会信用代码", ""),
    ("项目类别", "□物流通道类　□境外投资类　□市场开拓类"),
    ("项目名称", ""),
    ("项目实施地（国别）", ""),
    ("申请补助金额（万元）", ""),
]
B_PROMISE_INTRO = "本单位郑重承诺："
B_PROMISE = [
    "所提交的申报材料真实、准确、完整，不存在虚报、冒领、骗取财政资金的行为；",
    "申报项目未获得其他市级财政资金重复支持；",
    "自觉接受财政、审计、商务等部门的监督检查，如有违反，自愿退回补助资金并承担相应法律责任。",
]


def build_b():
    doc = Document()
    base_styles(doc)
    gbt_page(doc, odd_even=False)
    add_abstract(doc, B_ABS_MAIN, "1F4C9A02", [
        lvl_xml(0, "chineseCountingThousand", "%1、", suff="nothing", fonts=HT, first=640),
        lvl_xml(1, "chineseCounting", "（%2）", suff="nothing", fonts=KT, first=640),
        lvl_xml(2, "bullet", BUL1, suff="tab", fonts=SONG, size=32, left=960, hanging=320),
        lvl_xml(3, "bullet", BUL2, suff="tab", fonts=("Wingdings", "Wingdings"), size=32, left=1280, hanging=320),
    ] + filler_levels(4))
    add_abstract(doc, B_ABS_COND, "3B8E6D15", [
        lvl_xml(0, "decimal", "%1．", suff="nothing", fonts=FS, first=640),
    ] + filler_levels(1), multi="hybridMultilevel")
    add_abstract(doc, B_ABS_PROM, "60AD27C4", [
        lvl_xml(0, "decimal", "（%1）", suff="nothing", fonts=FS, first=640),
    ] + filler_levels(1), multi="hybridMultilevel")
    add_num(doc, B_NUM_MAIN, B_ABS_MAIN)
    add_num(doc, B_NUM_COND, B_ABS_COND)
    add_num(doc, B_NUM_PROM, B_ABS_PROM)

    banner(doc, "西安市商务局文件", B_DOCNO)
    title_block(doc, B_TITLE_LINES)
    para(doc, [(B_ZHUSONG, FS)], first=0)
    for kind, runs, label, app in B_BODY:
        if kind == "P":
            para(doc, runs)
        elif kind == "L0":
            set_num(para(doc, runs), B_NUM_MAIN, 0)
        elif kind == "L1":
            set_num(para(doc, runs), B_NUM_MAIN, 1)
        elif kind == "B1":
            set_num(para(doc, runs, first=None), B_NUM_MAIN, 2)
        elif kind == "B2":
            set_num(para(doc, runs, first=None), B_NUM_MAIN, 3)
        elif kind == "C":
            set_num(para(doc, runs), B_NUM_COND, 0)
    para(doc, [("", FS)], first=0)
    p = para(doc, [("附件：1．" + B_ATTS[0], FS)], first=None, left=80)
    p.paragraph_format.first_line_indent = Pt(-48)
    p = para(doc, [("2．" + B_ATTS[1], FS)], first=None, left=80)
    p.paragraph_format.first_line_indent = Pt(-16)
    signature(doc, "西安市商务局", B_DATE, "（此件公开发布）")

    # 附件1: form
    page_break(doc)
    para(doc, [("附件1", HT)], first=0)
    para(doc, [("", FS)], first=0)
    for ln in ["2024年度“一带一路”经贸合作", "专项资金项目申报书"]:
        para(doc, [(ln, XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=35)
    para(doc, [("", FS)], first=0)
    t = doc.add_table(rows=len(B_FORM), cols=2)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (k, v) in enumerate(B_FORM):
        for j, txt in enumerate((k, v)):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if j == 0 else WD_ALIGN_PARAGRAPH.LEFT
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            p.paragraph_format.line_spacing = Pt(24)
            p.paragraph_format.first_line_indent = Pt(0)
            if txt:
                font(p.add_run(txt), FS, 14)
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        t.cell(i, 0).width = Mm(55)
        t.cell(i, 1).width = Mm(101)
        tr = t.rows[i]._tr
        trpr = tr.get_or_add_trPr()
        h = OxmlElement("w:trHeight"); h.set(qn("w:val"), "680"); trpr.append(h)
    # 附件2: promise with its own （%1） list
    page_break(doc)
    para(doc, [("附件2", HT)], first=0)
    para(doc, [("", FS)], first=0)
    para(doc, [(B_ATTS[1], XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, first=0, exact=35)
    para(doc, [("", FS)], first=0)
    para(doc, [(B_PROMISE_INTRO, FS)])
    for s in B_PROMISE:
        set_num(para(doc, s), B_NUM_PROM, 0)
    para(doc, [("", FS)], first=0)
    para(doc, [("申报单位（盖章）：", FS)], first=0, left=160)
    para(doc, [("法定代表人（签字）：", FS)], first=0, left=160)
    para(doc, [("年　　月　　日", FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, first=0, right=64)
    banji(doc, B_CHAOSONG, *B_YINFA)
    path = os.path.join(HERE, B_STEM + ".docx")
    doc.save(path)
    return path


def expected_b():
    clauses, labels, applies = [], [], []
    for kind, runs, label, app in B_BODY:
        text = runs if isinstance(runs, str) else "".join(r[0] for r in runs)
        clauses.append(label + text)
        labels.append(label)
        applies.append(app)
    clauses.append("附件：1．" + B_ATTS[0] + "　2．" + B_ATTS[1]); labels.append("附件"); applies.append(XA)
    for k, v in B_FORM:
        clauses.append("%s：%s" % (k, v)); labels.append("附件1"); applies.append(XA)
    clauses.append(B_PROMISE_INTRO); labels.append("附件2"); applies.append(XA)
    for i, s in enumerate(B_PROMISE):
        clauses.append("（%d）%s" % (i + 1, s)); labels.append("附件2（%d）" % (i + 1)); applies.append(XA)
    meta = {
        "title": B_TITLE, "doc_number": B_DOCNO, "issuer": ["西安市商务局"], "date": "2024-06-12",
        "level": "municipal", "region": "陕西省西安市", "effective": None, "expires": None,
        "attachments": B_ATTS, "doc_type": "通知",
        "main_recipients": B_ZHUSONG.rstrip("："), "publicity": "此件公开发布",
        "cc": B_CHAOSONG, "printed_by": B_YINFA[0], "printed_date": "2024-06-13",
        "deadlines": {"企业申报": "2024-07-15", "初审推荐": "2024-07-31"},
    }
    note = ("一、…六、 (numFmt chineseCountingThousand) and （一）… (chineseCounting) come from Word numbering (one w:num), with two BULLET levels of the "
            "same list mixed in: ilvl 2 '●' (U+25CF, 宋体) and ilvl 3 '■' stored as Wingdings U+F06E (Word's way; LibreOffice prints ■). Bullets must "
            "not advance or reset the 一、/（一） counters: （二） follows （一） after three bullets; 三、 follows 二、 after bullets; （一） restarts under 二、 "
            "and 五、. Bullet items are clauses of their own (the ■ items are sub-items of the first ● under 二（一）); keeping '●'/'■' as a prefix or "
            "label or dropping it are all tolerable, but a private-use '\\uf06e' / '' in text or label is low, and numbering bullets as if they were "
            "1./2. is medium. 三、's items use a separate list with lvlText '%1．' (FULL-WIDTH period) — printed '1．' (tolerable normalised to '1.'). "
            "一、…六、 are heading-only paragraphs (may be section headings). Furniture: 版头 西安市商务局文件, 文号, red rule, 2-line title, 主送, "
            "附件说明 (two typed lines → meta.attachments), 落款 + date, （此件公开发布）, 附件1/附件2 labels and titles, the signature lines of 附件2 "
            "('申报单位（盖章）：', '法定代表人（签字）：', '年　月　日'), 版记, footers '— N —'. 附件1 is a blank 2-column form: form rows as clauses "
            "('申报单位（盖章）：' etc.) or dropped are both tolerable; the first column must not become a header row swallowing the others. "
            "附件2 （1）（2）（3） come from another Word list '（%1）'. applies: 西安市 everywhere except the 丝路电商 bullet (西安国际港务区片区). "
            "No validity period: effective/expires null (the 2024-07-15 / 07-31 deadlines are not expiry dates).")
    return [{"meta": meta, "clauses": clauses, "labels": labels, "applies": applies, "_note": note}]


def main():
    pa = build_a()
    pb = build_b()
    for p in (pa, pb):
        to_pdf(p)
    exp = {A_STEM: expected_a(), B_STEM: expected_b()}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    print("wrote", pa, pb)


if __name__ == "__main__":
    main()
