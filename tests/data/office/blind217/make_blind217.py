# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, B023, C416, UP031, UP032, E731, C420, C402, F821
"""Blind round 217: central ministries' documents as their offices make them in Word, printed to PDF.

Four Word files (python-docx), each printed to PDF by LibreOffice, written next to itself:
  blind217_mofcom_shenbao.docx / .pdf    商务部办公厅 通知 (商办贸函〔2024〕412号, 信函格式) on the 2025 申报 of
      国家进口贸易促进创新示范区; 附件1 申报指南 (一、 as Word "Heading 1", （一）, 1. as Word AUTO-NUMBERING),
      附件2 申报表 (a blank form: merged cells, □ boxes, “年　月　日”).
  blind217_caiwu_gonggao.docx / .pdf     财政部 海关总署 税务总局公告2024年第15号 (joint 公告, no 主送, 文号 printed
      as “2024年第15号” under the 版头) on 新疆自贸试验区 喀什片区 / 霍尔果斯片区 进口自用设备; 附件 清单 table
      序号/商品编码/商品名称 (header repeated), a 注 under it; three organs side by side in one 落款 line.
  blind217_ndrc_pifu.docx / .pdf         国家发展改革委 批复 to 云南省发展改革委 (发改地区〔2024〕1187号) agreeing to
      6 projects in 昆明 / 红河 / 德宏片区; paragraphs indented by typed full-width spaces, a soft line break inside
      an item, （此页无正文） on the 落款 page.
  blind217_customs_gonggao.docx / .pdf   海关总署公告2024年第178号 on 保税维修 in 22 named 综合保税区; body items
      with bold run-in headings; 附件 名单 in a new section: table 序号/省（区、市）/综合保税区名称/主管海关 with
      the province cells VERTICALLY MERGED; 试点期限2年 (expires to be computed).
  expected.json

Run:  . /work/venv/bin/activate && python make_blind217.py
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
FS2 = "仿宋"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)
SAN = 16   # 三号
ER = 22    # 二号
SI = 14    # 四号
XS = 12    # 小四
LINE = Pt(28.95)
J = WD_ALIGN_PARAGRAPH.JUSTIFY
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
FW = "　"  # full-width space


# ================================================================ helpers
def fnt(run, east=FS, size=SAN, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color
    return run


def P(container, text="", east=FS, size=SAN, align=J, indent=2, bold=False, color=None, line=LINE, before=0, after=0, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    p.alignment = align
    pf = p.paragraph_format
    pf.first_line_indent = Pt(size * indent) if indent else None
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if text:
        fnt(p.add_run(text), east, size, bold, color)
    return p


def runin(doc, head, body, head_font=HT, body_font=FS, bold=False):
    p = P(doc, east=body_font)
    fnt(p.add_run(head), head_font, SAN, bold)
    fnt(p.add_run(body), body_font, SAN)
    return p


def pborder(p, side, sz, color, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    b = ppr.find(qn("w:pBdr"))
    if b is None:
        b = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(b)
    b.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), val, sz, space, color)))


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def page_field(p, size=SI):
    fnt(p.add_run("— "), ST, size)
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = fnt(p.add_run(), ST, size)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
        elif kind == "text":
            r._element.append(parse_xml('<w:t %s>1</w:t>' % nsdecls("w")))
        else:
            r._element.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    fnt(p.add_run(" —"), ST, size)


def grid(section, pitch="579"):
    sp = section._sectPr
    g = sp.find(qn("w:docGrid"))
    if g is None:
        g = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sp.append(g)
    g.set(qn("w:type"), "lines")
    g.set(qn("w:linePitch"), pitch)


def footers(doc, section, mode):
    """mode: 'alt' (odd right / even left), 'center'."""
    if mode == "center":
        fp = section.footer.paragraphs[0]
        fp.alignment = C
        page_field(fp)
    else:
        doc.settings.odd_and_even_pages_header_footer = True
        fp = section.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(SI)
        page_field(fp)
        ep = section.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(SI)
        page_field(ep)


def new_doc(mode="alt", first_blank=False, body_font=FS):
    doc = Document()
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(28)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), body_font)
    st.paragraph_format.space_after = Pt(0)
    grid(s)
    footers(doc, s, mode)
    if first_blank:
        s.different_first_page_header_footer = True
    return doc


def banhead(doc, text, size=48, width_scale=None, line=None):
    p = P(doc, "", XBZ, size, C, 0, line=line or Pt(size * 1.2))
    r = fnt(p.add_run(text), XBZ, size, color=RED)
    if width_scale:
        r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), width_scale)))
    return p


def docnum_rule(doc, num, blank_before=2, align=C):
    for _ in range(blank_before):
        P(doc, indent=0)
    p = P(doc, num, FS, SAN, align, 0)
    pborder(p, "bottom", 18, "E60012", 10)
    P(doc, indent=0)


def title(doc, lines, soft=True, size=ER):
    if soft:
        p = P(doc, "", XBZ, size, C, 0, line=Pt(35))
        for i, t in enumerate(lines):
            r = fnt(p.add_run(t), XBZ, size)
            if i < len(lines) - 1:
                r.add_break()
    else:
        for t in lines:
            P(doc, t, XBZ, size, C, 0, line=Pt(35))
    P(doc, indent=0)


def attach_note(doc, items, font=FS):
    P(doc, indent=0)
    for i, t in enumerate(items):
        if len(items) == 1:
            txt = "附件：" + t
        else:
            txt = ("附件：" if i == 0 else "") + "%d．%s" % (i + 1, t)
        p = P(doc, txt, font, indent=0)
        pf = p.paragraph_format
        if i == 0:
            pf.left_indent = Pt(SAN * (5 if len(items) == 1 else 7))
            pf.first_line_indent = Pt(-SAN * (3 if len(items) == 1 else 5))
        else:
            pf.left_indent = Pt(SAN * 7)
            pf.first_line_indent = Pt(-SAN * 2)


def signoff(doc, organ, date, right_chars=4, blank=3, public="（此件公开发布）", font=FS, gap=True):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, organ, font, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * right_chars)
    p.paragraph_format.keep_with_next = True
    p = P(doc, date, font, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * (right_chars + 1))
    if public:
        if gap:
            P(doc, indent=0)
        P(doc, public, font, SAN, L, 2)


def banji(doc, chaosong, printer=None, printdate=None, blank=0, font=FS):
    for _ in range(blank):
        P(doc, indent=0)
    p = P(doc, "", font, SI, L, 0, line=Pt(24))
    pf = p.paragraph_format
    pf.left_indent = Pt(SI * 4)
    pf.right_indent = Pt(SI)
    pf.first_line_indent = Pt(-SI * 3)
    fnt(p.add_run("抄送：" + chaosong), font, SI)
    pf.keep_with_next = True
    pborder(p, "top", 12, "000000", 2)
    if printer:
        pborder(p, "bottom", 4, "000000", 2)
        p = P(doc, "", font, SI, L, 0, line=Pt(24))
        p.paragraph_format.left_indent = Pt(SI)
        p.paragraph_format.right_indent = Pt(SI)
        fnt(p.add_run(printer), font, SI)
        fnt(p.add_run("\t" + printdate + "印发"), font, SI)
        p._p.get_or_add_pPr().append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8600"/></w:tabs>' % nsdecls("w")))
    pborder(p, "bottom", 12, "000000", 2)


def cell_text(cell, text, east=FS, size=SI, align=C, bold=False, color=None, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = line if line else 1.0
    fnt(p.add_run(text), east, size, bold, color)
    return p


def col_widths(tbl, widths_mm):
    tbl.autofit = False
    tblPr = tbl._tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblPr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    tw.set(qn("w:type"), "dxa")
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        gc.set(qn("w:w"), str(int(w * 56.7)))
    for row in tbl.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_height(row, mm, rule="atLeast"):
    row._tr.get_or_add_trPr().append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="%s"/>' % (nsdecls("w"), int(mm * 56.7), rule)))


def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


# ---------------------------------------------------------------- Word automatic numbering (1. 2. 3.)
_ABS_ID = 17


def numbering_setup(doc, font=FS):
    """One abstractNum “%1.” (no tab after it), decimal, first-line indent 2 chars."""
    np = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>' % (nsdecls("w"), _ABS_ID, font))
    first_num = np.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        np.append(absn)


_next_num = [60]


def new_list(doc):
    """A fresh w:num on the abstractNum, restarting at 1."""
    np = doc.part.numbering_part.element
    nid = _next_num[0]
    _next_num[0] += 1
    np.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (nsdecls("w"), nid, _ABS_ID)))
    return nid


def numbered(doc, num_id, text, font=FS):
    p = P(doc, text, font, SAN, J, 2)
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id)))
    return p


# ================================================================ (a) 商务部办公厅 通知 + 申报指南 + 申报表
MO_NUM = "商办贸函〔2024〕412号"
MO_TITLE = "商务部办公厅关于组织开展2025年度国家进口贸易促进创新示范区申报工作的通知"
MO_TITLE_LINES = ["商务部办公厅关于组织开展2025年度国家", "进口贸易促进创新示范区申报工作的通知"]
MO_MAIN_TO = "各省、自治区、直辖市、计划单列市及新疆生产建设兵团商务主管部门："
MO_INTRO = "为贯彻落实党中央、国务院关于扩大进口、促进对外贸易平衡发展的决策部署，更好发挥进口对满足国内需求、推动产业升级和服务共建“一带一路”高质量发展的积极作用，商务部决定组织开展2025年度国家进口贸易促进创新示范区（以下简称示范区）申报工作。现将有关事项通知如下："
MO_ITEMS = [
    ("一、申报数量。", "各省级商务主管部门根据本地区进口贸易发展实际，按照《2025年度国家进口贸易促进创新示范区申报指南》（见附件1）要求，择优推荐不超过2个申报地区；中西部和东北地区省份可增加推荐1个。新疆生产建设兵团推荐不超过1个。"),
    ("二、申报方式。", "请于2024年11月30日前，通过商务部业务系统统一平台“进口贸易促进创新示范区”模块报送申报材料电子版，同时将加盖公章的纸质材料一式三份报送商务部（对外贸易司）。逾期不予受理。"),
    ("三、工作要求。", "各省级商务主管部门要会同同级发展改革、财政、海关等部门对申报材料的真实性、完整性进行审核，严格把关，不得重复推荐已获批的示范区，不得以任何形式向申报地区收取费用。"),
    ("四、其他事项。", "示范区认定后实行动态管理，商务部将会同有关部门每两年开展一次评估，对评估不合格的示范区予以调整。申报工作中如有问题，请及时与商务部（对外贸易司）联系。"),
]
MO_CONTACT = "联系人及电话：对外贸易司　李　卓　010-85093415，传真：010-85093420。"
MO_GUIDE = "2025年度国家进口贸易促进创新示范区申报指南"
MO_FORM = "国家进口贸易促进创新示范区申报表"
# 指南: (heading, [(kind, text)]) ; kind: 'p' paragraph, 'n' auto-numbered item (1. 2. …) of the preceding lead-in
MO_GUIDE_BODY = [
    ("一、申报范围", [
        ("p", "（一）申报主体。申报主体为示范区所在地的地级及以上城市人民政府或者直辖市所辖区人民政府，由省级商务主管部门统一推荐申报。"),
        ("p", "（二）依托载体。示范区应当依托下列载体之一申报，范围原则上不超过载体的四至范围："),
        ("n", "自由贸易试验区片区；"),
        ("n", "综合保税区、保税港区等海关特殊监管区域；"),
        ("n", "国家级经济技术开发区、国家级高新技术产业开发区；"),
        ("n", "边境经济合作区、跨境经济合作区。"),
        ("p", "（三）不重复申报情形。已获批的上海虹桥商务区、天津滨海新区中心商务区、广州南沙新区等示范区所在载体不再重复申报；已列入培育名单的广西凭祥重点开发开放试验区、云南瑞丽重点开发开放试验区可优先推荐。"),
    ]),
    ("二、申报条件", [
        ("p", "（一）基本条件。申报地区应当同时具备以下条件："),
        ("n", "2023年进口额不低于50亿美元，中西部和东北地区不低于20亿美元；"),
        ("n", "具有对外开放口岸或者海关特殊监管区域，进口通关便利化水平较高；"),
        ("n", "近3年未发生重大安全生产事故、重大环境污染事件和重大走私案件。"),
        ("p", "（二）优先支持情形。符合下列情形之一的，同等条件下优先支持："),
        ("n", "位于共建“一带一路”重要节点城市，进口来源地以共建“一带一路”国家为主的；"),
        ("n", "与中欧班列成都、重庆、西安、郑州、乌鲁木齐集结中心或者西部陆海新通道物流枢纽联动发展的；"),
        ("n", "在大宗商品、先进技术装备、优质消费品进口方面已形成特色产业集群的。"),
    ]),
    ("三、申报材料", [
        ("p", "（一）国家进口贸易促进创新示范区申报表（见附件2）；"),
        ("p", "（二）示范区建设方案，内容包括发展基础、功能定位、主要目标、重点任务、创新举措和保障措施，篇幅不超过1万字；"),
        ("p", "（三）申报主体人民政府支持示范区建设的文件及政策清单。"),
    ]),
    ("四、评审程序", [
        ("p", "（一）商务部会同发展改革委、财政部、海关总署等部门组织专家对申报材料进行评审，必要时开展实地考察。"),
        ("p", "（二）评审结果在商务部门户网站公示7个工作日。公示无异议的，由商务部发文认定为国家进口贸易促进创新示范区。"),
    ]),
]
MO_CHAOSONG = "发展改革委、财政部、海关总署办公厅，部内自贸区港司、综合司。"
MO_PRINTER = "商务部办公厅"
MO_PRINTDATE = "2024年10月22日"


def mo_guide_clauses():
    out = []
    for head, body in MO_GUIDE_BODY:
        n = 0
        for kind, t in body:
            if kind == "n":
                n += 1
                out.append("%d.%s" % (n, t))
            else:
                n = 0
                out.append(t)
    return out


def build_mofcom():
    doc = new_doc(mode="alt", first_blank=True)
    numbering_setup(doc)
    # Heading 1 restyled as the 指南's 一、 headings (黑体 三号, black)
    h1 = doc.styles["Heading 1"]
    h1.font.size = Pt(SAN)
    h1.font.bold = False
    h1.font.color.rgb = RGBColor(0, 0, 0)
    h1.font.name = "Times New Roman"
    rpr = h1.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
    rf.set(qn("w:eastAsia"), HT)
    h1.paragraph_format.space_before = Pt(0)
    h1.paragraph_format.space_after = Pt(0)
    h1.paragraph_format.line_spacing = LINE
    h1.paragraph_format.keep_with_next = True

    s = doc.sections[0]
    s.top_margin = Mm(30)
    # 信函格式: organ name, red double rule, 文号 right under the rule
    banhead(doc, "中华人民共和国商务部办公厅", 32, width_scale=85)
    p = P(doc, indent=0, line=Pt(8))
    pborder(p, "bottom", 18, "E60012", 1, val="double")
    p = P(doc, MO_NUM, FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN)
    P(doc, indent=0)
    title(doc, MO_TITLE_LINES, soft=False)
    P(doc, MO_MAIN_TO, indent=0)
    P(doc, MO_INTRO)
    for h, t in MO_ITEMS:
        runin(doc, h, t, HT)
    P(doc, MO_CONTACT)
    attach_note(doc, [MO_GUIDE, MO_FORM])
    signoff(doc, "商务部办公厅", "2024年10月21日", right_chars=4, blank=1, gap=False)
    # 附件1 (page break before the label)
    P(doc, "附件1", HT, SAN, L, 0).paragraph_format.page_break_before = True
    P(doc, indent=0)
    title(doc, ["2025年度国家进口贸易促进创新示范区", "申报指南"], soft=False)
    for head, body in MO_GUIDE_BODY:
        hp = doc.add_paragraph(head, style="Heading 1")
        hp.paragraph_format.first_line_indent = Pt(SAN * 2)
        lst = None
        for kind, t in body:
            if kind == "n":
                if lst is None:
                    lst = new_list(doc)
                numbered(doc, lst, t)
            else:
                lst = None
                P(doc, t)
    # 附件2: blank form
    page_break(doc)
    P(doc, "附件2", HT, SAN, L, 0)
    P(doc, indent=0)
    title(doc, [MO_FORM], soft=False, size=20)
    P(doc, "申报地区（盖章）：" + FW * 5 + "填报日期：" + FW * 2 + "年" + FW * 2 + "月" + FW * 2 + "日", FS, SI, L, 0, line=Pt(26))
    tbl = doc.add_table(rows=8, cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [40, 42, 40, 34])
    rows = [
        ("示范区名称", None),
        ("所在地区", "　　　省（区、市）　　　市　　　县（区）"),
        ("依托载体", "□自由贸易试验区片区　□综合保税区　□国家级经济技术开发区　□国家级高新区　□边境（跨境）经济合作区"),
        ("规划面积（平方公里）", "", "2023年进口额（亿美元）", ""),
        ("主要进口商品及来源地", None),
        ("联系人", "", "联系电话", ""),
        ("示范区建设基本情况（500字以内）", None),
        ("省级商务主管部门意见", "\n（盖章）\n年　　月　　日"),
    ]
    for ri, spec in enumerate(rows):
        cells = tbl.rows[ri].cells
        if len(spec) == 2:
            cell_text(cells[0], spec[0], FS, SI, C, line=Pt(22))
            m = cells[1].merge(cells[3])
            val = spec[1] or ""
            parts = val.split("\n")
            pp = cell_text(m, parts[0], FS, SI, L if ri != 7 else R, line=Pt(22))
            for extra in parts[1:]:
                q = m.add_paragraph()
                q.alignment = R
                q.paragraph_format.line_spacing = Pt(22)
                q.paragraph_format.right_indent = Pt(SI * 2)
                if extra:
                    fnt(q.add_run(extra), FS, SI)
        else:
            for ci, v in enumerate(spec):
                cell_text(cells[ci], v, FS, SI, C, line=Pt(22))
        for c in tbl.rows[ri].cells:
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        row_height(tbl.rows[ri], 11 if ri not in (6, 7) else 24)
        cant_split(tbl.rows[ri])
    P(doc, "注：申报表一式三份，随申报材料一并报送。", FS, XS, L, 0, line=Pt(22))
    # 版记 at the very end, own page
    page_break(doc)
    banji(doc, MO_CHAOSONG, MO_PRINTER, MO_PRINTDATE, blank=16)
    out = os.path.join(HERE, "blind217_mofcom_shenbao.docx")
    doc.save(out)
    return out


# ================================================================ (b) 财政部 海关总署 税务总局 联合公告
CZ_NUM = "财政部　海关总署　税务总局公告2024年第15号"
CZ_NUM_PLAIN = "财政部 海关总署 税务总局公告2024年第15号"
CZ_TITLE = "财政部　海关总署　税务总局关于中国（新疆）自由贸易试验区喀什片区、霍尔果斯片区进口自用设备税收政策的公告"
CZ_TITLE_LINES = ["财政部　海关总署　税务总局关于", "中国（新疆）自由贸易试验区喀什片区、", "霍尔果斯片区进口自用设备税收政策的公告"]
CZ_INTRO = "为支持中国（新疆）自由贸易试验区建设，推动丝绸之路经济带核心区高水平对外开放，现就中国（新疆）自由贸易试验区喀什片区、霍尔果斯片区进口自用设备税收政策公告如下："
CZ_ITEMS = [
    "一、自2025年1月1日至2027年12月31日，对在中国（新疆）自由贸易试验区喀什片区、霍尔果斯片区（以下简称两片区）内注册登记并实质性运营的企业，进口自用的生产设备、研发设备和检测设备，免征进口关税，进口环节增值税、消费税照章征收。",
    "二、本公告第一条所称实质性运营，是指企业的实际管理机构设在两片区内，并对企业生产经营、人员、账务、财产等实施实质性全面管理和控制。",
    "三、有下列情形之一的，不适用本公告第一条规定的免税政策：",
    "（一）进口附件《不予免税的进口商品清单》所列商品的；",
    "（二）进口设备用于出租、转让或者移出两片区使用的；",
    "（三）企业主营业务属于《产业结构调整指导目录》限制类、淘汰类项目的。",
    "四、免税进口设备的海关监管年限为5年，自海关放行之日起计算。监管年限内，企业将免税设备移至两片区以外使用的，应当按规定向主管海关补缴税款。",
    "五、经霍尔果斯口岸、吐尔尕特口岸、伊尔克什坦口岸进口的免税设备，企业可在口岸海关办理通关手续，也可按规定转关至喀什海关、霍尔果斯海关办理。",
    "六、享受免税政策的企业名单，由新疆维吾尔自治区财政厅会同乌鲁木齐海关、国家税务总局新疆维吾尔自治区税务局确定并动态调整，报财政部、海关总署、税务总局备案。",
    "七、财政部、海关总署、税务总局将会同有关部门，适时对政策实施效果开展评估。",
    "八、本公告自2025年1月1日起施行。",
]
CZ_LIST = "不予免税的进口商品清单"
CZ_HEADER = ["序号", "商品编码", "商品名称"]
CZ_ROWS = [
    ["1", "84151010", "独立窗式或壁式空气调节器"],
    ["2", "84183021", "制冷温度在－40℃及以上的柜式冷冻箱"],
    ["3", "84433110", "静电感光多功能一体加工机"],
    ["4", "84713000", "重量不超过10千克的便携式自动数据处理设备"],
    ["5", "85171300", "智能手机"],
    ["6", "85287211", "彩色液晶显示器的电视接收机"],
    ["7", "87032362", "仅装有点燃往复式活塞内燃发动机的小轿车（1.5升＜排气量≤2升）"],
    ["8", "87111000", "装有往复式活塞内燃发动机的摩托车（排气量≤50毫升）"],
    ["9", "90065990", "其他照相机"],
    ["10", "94013100", "可调高度的转动座具（木框架的）"],
    ["11", "94033000", "办公室用木家具"],
    ["12", "94036091", "其他卧室用木家具"],
    ["13", "95045011", "视频游戏控制器及设备（主要用于游戏机的除外）"],
]
CZ_TABLE_NOTE = "注：商品编码以《中华人民共和国进出口税则（2025）》为准，商品名称仅供参考。"
CZ_CHAOSONG = "新疆维吾尔自治区人民政府，新疆生产建设兵团，国家发展改革委、商务部，乌鲁木齐海关，国家税务总局新疆维吾尔自治区税务局，财政部新疆监管局。"
CZ_PRINTER = "财政部办公厅"
CZ_PRINTDATE = "2024年12月24日"


def build_caiwu():
    doc = new_doc(mode="center")
    banhead(doc, "财政部　海关总署　税务总局公告", 30, width_scale=85, line=Pt(44))
    docnum_rule(doc, "2024年第15号", blank_before=1)
    title(doc, CZ_TITLE_LINES, soft=True)
    P(doc, CZ_INTRO)
    for t in CZ_ITEMS:
        P(doc, t)
    attach_note(doc, [CZ_LIST])
    # three organs side by side, one line, date under it
    for _ in range(3):
        P(doc, indent=0)
    p = P(doc, "财政部" + FW * 4 + "海关总署" + FW * 4 + "税务总局", FS, SAN, C, 0)
    p.paragraph_format.keep_with_next = True
    p = P(doc, "2024年12月20日", FS, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 4)
    # 附件 on a new page
    page_break(doc)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0)
    title(doc, [CZ_LIST], soft=False)
    tbl = doc.add_table(rows=1 + len(CZ_ROWS), cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [18, 34, 104])
    for i, h in enumerate(CZ_HEADER):
        cell_text(tbl.cell(0, i), h, HT, SI, C, line=Pt(24))
    repeat_header(tbl.rows[0])
    for ri, r in enumerate(CZ_ROWS, 1):
        for ci, v in enumerate(r):
            cell_text(tbl.cell(ri, ci), v, FS, SI, L if ci == 2 else C, line=Pt(24))
            tbl.cell(ri, ci).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        row_height(tbl.rows[ri], 13)
        cant_split(tbl.rows[ri])
    p = P(doc, CZ_TABLE_NOTE, FS, SI, J, 2, line=Pt(26), before=6)
    page_break(doc)
    banji(doc, CZ_CHAOSONG, CZ_PRINTER, CZ_PRINTDATE, blank=14)
    out = os.path.join(HERE, "blind217_caiwu_gonggao.docx")
    doc.save(out)
    return out


# ================================================================ (c) 国家发展改革委 批复
ND_NUM = "发改地区〔2024〕1187号"
ND_TITLE = "国家发展改革委关于中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区沿边开放重点项目的批复"
ND_TITLE_LINES = ["国家发展改革委关于中国（云南）自由贸易", "试验区昆明片区、红河片区、德宏片区", "沿边开放重点项目的批复"]
ND_MAIN_TO = "云南省发展改革委："
ND_OPEN = "你委《关于报送中国（云南）自由贸易试验区沿边开放重点项目的请示》（云发改开放〔2024〕612号）收悉。经研究，现批复如下："
# items: (text, soft_break_at) ; soft_break_at = substring after which a manual line break was typed
ND_ITEMS = [
    ("一、原则同意中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区6个沿边开放重点项目，项目总投资98.6亿元。上述项目对于建设面向南亚东南亚辐射中心、推动中老铁路沿线开发开放具有重要意义。", None),
    ("二、同意昆明片区建设以下项目：", None),
    ("（一）中老铁路昆明国际陆港多式联运中心项目。项目位于昆明市官渡区王家营片区，建设铁路集装箱作业区、海关监管作业场所及配套仓储设施，总投资36.5亿元。", "王家营片区，"),
    ("（二）昆明经济技术开发区面向南亚东南亚跨境电商产业园项目。建设跨境电商监管中心、海外仓服务中心和标准厂房12万平方米，总投资14.2亿元。", None),
    ("三、同意红河片区建设以下项目：", None),
    ("（一）河口口岸北山国际货场扩建项目。项目位于河口瑶族自治县北山片区，新建查验场地、冷链查验设施和边民互市交易区，总投资11.8亿元。", None),
    ("（二）蒙自经济技术开发区中越跨境产业合作园标准厂房项目。建设标准厂房及配套设施20万平方米，重点承接电子信息、农产品精深加工产业，总投资9.6亿元。", None),
    ("四、同意德宏片区建设以下项目：", None),
    ("（一）瑞丽口岸姐告货运通道改造提升项目。项目位于瑞丽市姐告片区，改造货运通道及查验设施，提升通关能力至每日3000辆次，总投资8.3亿元。", None),
    ("（二）芒市国际物流园项目。建设公路口岸物流集散中心、保税仓库及冷链仓储设施，总投资18.2亿元。", None),
    ("五、项目资金通过地方政府专项债券、企业自筹和银行贷款等渠道解决。符合条件的项目可按程序申请中央预算内投资支持，我委将在安排沿边开放相关专项资金时予以倾斜。", None),
    ("六、请你委指导项目单位依法依规履行项目审批（核准、备案）、用地、环评等手续，严格控制建设成本。涉及边境一线的项目，要会同红河、德宏州人民政府和边防管理部门做好安全评估。", None),
    ("七、中国老挝磨憨—磨丁经济合作区中方区域内的沿边开放项目，可参照本批复有关要求另行申报。", None),
    ("八、请你委会同有关部门加强项目建设全过程监管，每半年将项目进展情况报送我委。", None),
]
ND_CHAOSONG = "财政部、自然资源部、生态环境部、商务部、海关总署，云南省人民政府，昆明海关，国家开发银行、中国进出口银行。"
ND_PRINTER = "国家发展改革委办公厅"
ND_PRINTDATE = "2024年7月17日"


def build_ndrc():
    doc = new_doc(mode="alt", first_blank=False, body_font=FS2)
    banhead(doc, "国家发展和改革委员会文件", 40, width_scale=78)
    docnum_rule(doc, ND_NUM, blank_before=2)
    title(doc, ND_TITLE_LINES, soft=True)
    P(doc, ND_MAIN_TO, FS2, indent=0)
    # paragraphs indented with typed full-width spaces, not with the indent property
    P(doc, FW * 2 + ND_OPEN, FS2, indent=0)
    for t, brk in ND_ITEMS:
        p = P(doc, "", FS2, indent=0)
        if brk:
            i = t.index(brk) + len(brk)
            r = fnt(p.add_run(FW * 2 + t[:i]), FS2, SAN)
            r.add_break()
            fnt(p.add_run(t[i:]), FS2, SAN)
        else:
            fnt(p.add_run(FW * 2 + t), FS2, SAN)
    P(doc, FW * 2 + "此复。", FS2, indent=0)
    # 落款 pushed to a new page with （此页无正文）
    page_break(doc)
    P(doc, "（此页无正文）", FS2, SAN, C, 0)
    for _ in range(4):
        P(doc, indent=0)
    p = P(doc, "国家发展改革委", FS2, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 4)
    p = P(doc, "2024年7月15日", FS2, SAN, R, 0)
    p.paragraph_format.right_indent = Pt(SAN * 4)
    P(doc, indent=0)
    P(doc, "（此件公开发布）", FS2, SAN, L, 2)
    banji(doc, ND_CHAOSONG, ND_PRINTER, ND_PRINTDATE, blank=3, font=FS2)
    out = os.path.join(HERE, "blind217_ndrc_pifu.docx")
    doc.save(out)
    return out


# ================================================================ (d) 海关总署公告 + 综保区名单
HG_NUM = "海关总署公告2024年第178号"
HG_TITLE = "关于在部分综合保税区开展保税维修业务监管改革试点的公告"
HG_INTRO = "为贯彻落实《国务院关于促进综合保税区高水平开放高质量发展的若干意见》，支持综合保税区发展保税维修等新业态，海关总署决定在部分综合保税区开展保税维修业务监管改革试点。现将有关事项公告如下："
HG_ITEMS = [
    ("一、试点范围。", "在天津东疆综合保税区、上海外高桥港综合保税区等22个综合保税区（以下简称试点综保区，名单见附件）开展试点。", []),
    ("二、试点内容。", "试点综保区内企业可以开展以下保税维修业务：", [
        "（一）对《综合保税区维修产品目录》以外的航空、船舶、轨道交通装备等高技术含量、高附加值产品开展“两头在外”保税维修；",
        "（二）对自境内区外送入的本企业出口产品开展返区维修；",
        "（三）对跨境电商出口退货商品开展检测、维修后复运出境。",
    ]),
    ("三、特定业务。", "上海外高桥港综合保税区、天津东疆综合保税区内企业可以开展航空发动机及其零部件保税维修；重庆西永综合保税区、成都高新综合保税区内企业可以开展笔记本电脑、平板电脑全球维修业务，维修后的产品可经重庆江北国际机场口岸、成都双流国际机场口岸复运出境。", []),
    ("四、监管要求。", "试点企业应当建立符合海关监管要求的保税维修电子账册，待维修货物、已维修货物、维修用料件以及维修过程中替换下的旧件、坏件应当分别存放、分开管理。", []),
    ("五、旧件坏件处置。", "维修替换下的旧件、坏件原则上应当复运出境；确需在境内处置的，按照固体废物管理有关规定办理。", []),
    ("六、试点退出。", "试点企业发生走私行为或者被海关认定为失信企业的，主管海关应当暂停其试点资格，并报海关总署（自贸区和特殊区域发展司）备案。", []),
    ("七、施行日期。", "本公告自2025年1月1日起施行，试点期限2年。海关总署公告2020年第16号（关于综合保税区内开展保税维修业务的公告）与本公告不一致的，以本公告为准。", []),
]
HG_LIST = "开展保税维修业务监管改革试点的综合保税区名单"
HG_HEADER = ["序号", "省（区、市）", "综合保税区名称", "主管海关"]
HG_ROWS = [
    ("天津市", [("天津东疆综合保税区", "天津海关"), ("天津港综合保税区", "天津海关")]),
    ("上海市", [("上海外高桥港综合保税区", "上海海关"), ("上海浦东机场综合保税区", "上海海关")]),
    ("江苏省", [("苏州工业园综合保税区", "南京海关"), ("昆山综合保税区", "南京海关"), ("无锡高新区综合保税区", "南京海关")]),
    ("浙江省", [("宁波梅山综合保税区", "宁波海关"), ("杭州综合保税区", "杭州海关")]),
    ("福建省", [("厦门海沧港综合保税区", "厦门海关")]),
    ("山东省", [("青岛前湾综合保税区", "青岛海关")]),
    ("河南省", [("郑州新郑综合保税区", "郑州海关")]),
    ("湖北省", [("武汉东湖综合保税区", "武汉海关")]),
    ("广东省", [("广州白云机场综合保税区", "广州海关"), ("深圳前海综合保税区", "深圳海关")]),
    ("广西壮族自治区", [("南宁综合保税区", "南宁海关"), ("钦州综合保税区", "南宁海关")]),
    ("重庆市", [("重庆西永综合保税区", "重庆海关")]),
    ("四川省", [("成都高新综合保税区", "成都海关"), ("成都高新西园综合保税区", "成都海关")]),
    ("陕西省", [("西安综合保税区", "西安海关")]),
    ("云南省", [("昆明综合保税区", "昆明海关")]),
]


def hg_flat_rows():
    out = []
    n = 0
    for prov, zs in HG_ROWS:
        for name, cus in zs:
            n += 1
            out.append([str(n), prov, name, cus])
    return out


def build_customs():
    doc = new_doc(mode="center")
    banhead(doc, "海关总署公告", 52, width_scale=None)
    docnum_rule(doc, "2024年第178号", blank_before=1)
    title(doc, ["关于在部分综合保税区开展保税维修", "业务监管改革试点的公告"], soft=True)
    P(doc, HG_INTRO)
    for h, t, subs in HG_ITEMS:
        runin(doc, h, t, FS, bold=True)
        for s_ in subs:
            P(doc, s_)
    P(doc, "特此公告。")
    attach_note(doc, [HG_LIST])
    signoff(doc, "海关总署", "2024年11月28日", right_chars=4, blank=2, public=None)
    # 附件 in a new section (new page), footer continues
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.top_margin, sec.bottom_margin = Mm(30), Mm(30)
    P(doc, "附件", HT, SAN, L, 0)
    P(doc, indent=0, line=Pt(16))
    title(doc, ["开展保税维修业务监管改革试点的", "综合保税区名单"], soft=True, size=20)
    rows = hg_flat_rows()
    tbl = doc.add_table(rows=1 + len(rows), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(tbl, [16, 38, 66, 34])
    for i, h in enumerate(HG_HEADER):
        cell_text(tbl.cell(0, i), h, HT, SI, C, line=Pt(24))
    repeat_header(tbl.rows[0])
    ri = 1
    for prov, zs in HG_ROWS:
        start = ri
        for name, cus in zs:
            cell_text(tbl.cell(ri, 0), str(ri), FS, SI, C, line=Pt(24))
            cell_text(tbl.cell(ri, 2), name, FS, SI, L, line=Pt(24))
            cell_text(tbl.cell(ri, 3), cus, FS, SI, C, line=Pt(24))
            for c in range(4):
                tbl.cell(ri, c).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            row_height(tbl.rows[ri], 11)
            ri += 1
        pc = tbl.cell(start, 1)
        if ri - 1 > start:
            pc = pc.merge(tbl.cell(ri - 1, 1))
        cell_text(pc, prov, FS, SI, C, line=Pt(24))
        pc.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    out = os.path.join(HERE, "blind217_customs_gonggao.docx")
    doc.save(out)
    return out


# ================================================================ PDF
def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_217", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ expected.json
def expected():
    out = {}
    # ---- (a) 商务部办公厅
    mo_cl = [MO_INTRO] + [h + t for h, t in MO_ITEMS] + [MO_CONTACT] + mo_guide_clauses()
    out["blind217_mofcom_shenbao"] = [{
        "meta": {
            "title": MO_TITLE, "doc_number": MO_NUM, "issuer": ["商务部办公厅"],
            "date": "2024-10-21", "published": "2024-10-22", "level": "national", "region": "全国",
            "effective": None, "expires": None, "attachments": [MO_GUIDE, MO_FORM], "doc_type": "通知（附申报指南、申报表）",
            "recipients": ["各省、自治区、直辖市、计划单列市及新疆生产建设兵团商务主管部门"], "publicity": "此件公开发布",
        },
        "clauses": mo_cl,
        "applies_to": {
            "default": "全国",
            "specific": {
                "附件1 一、（三）": "上海虹桥商务区、天津滨海新区中心商务区、广州南沙新区 (excluded: already approved); 广西凭祥重点开发开放试验区、云南瑞丽重点开发开放试验区 (may be recommended first)",
                "附件1 二、（二）2.": "成都、重庆、西安、郑州、乌鲁木齐 (中欧班列集结中心) — a criterion naming cities, national in scope; tagging these cities is acceptable, tagging ONLY them is low",
            },
            "note": "A national 申报 notice: no clause is confined to a place, except that 一、（三） names the 载体 that may not / may first be recommended. 共建“一带一路”国家 does not move a clause abroad. 新疆生产建设兵团 (一、申报数量) is a recipient, not a narrower place of application (tag tolerable).",
        },
        "_note": (
            "信函格式: red 版头 中华人民共和国商务部办公厅 (no 文件), red double rule (paragraph border), 文号 商办贸函〔2024〕412号 right-aligned UNDER the rule; page 1 has no page number (different first page), then “— N —” odd right / even left. "
            "Title typed as TWO centred paragraphs (…2025年度国家 / 进口贸易促进创新示范区申报工作的通知 — the break splits 国家|进口) → one title, no space. 主送 (one recipient string, 、-separated; splitting it into parts is fine). "
            "Body: intro ending in a colon + 一、…四、 run-in 黑体 headings (一、申报数量。) + 仿宋 text: heading + text = ONE clause. Then an unnumbered paragraph 联系人及电话：对外贸易司　李　卓　010-85093415… (listed as its own clause after 四、; merged into 四、 equally good; dropping it as furniture is tolerable, low). "
            "附件说明 on two paragraphs (附件：1．… / 2．…) → attachments without the 1．/2． prefixes. 落款 商务部办公厅 / 2024年10月21日; （此件公开发布）. "
            "附件1 申报指南 (after a page break, label 附件1, title): 一、…四、 headings are Word 'Heading 1' paragraphs (黑体, outline level 1; headings, not clauses — as heading clauses tolerable, low); （一）（二）（三） plain paragraphs (clauses); "
            "the 1. 2. 3. items are Word AUTOMATIC NUMBERING (w:numPr, lvlText “%1.”, no tab after it, restarting in each list): the digits are NOT in the paragraph text but are printed. The analyst reads “1.自由贸易试验区片区；”. Losing the numbers (clause text without “1.”) is medium; the items must stay under their （一）/（二） lead-in (path 一、/（二）/1.) and not collide: there are four lists, each restarting at 1 (一、（二）, 二、（一）, 二、（二）), so labels 1./2./3. repeat. Items merged into the lead-in clause are equally good. "
            "附件2 申报表 is a BLANK form (label 附件2, title, a 申报地区（盖章）/填报日期 line with blank 年 月 日, an 8-row table with label cells, merged value cells, □ check boxes and 年　　月　　日 under （盖章）, and a 注 line): it holds no provisions, so expected lists no clauses for it; form rows given as table-row clauses are tolerable (low) as long as they are not glued onto 四、（二） of the 指南. The blank 年 月 日 must not become a date. "
            "版记 on its own last page (after the 附件): 抄送 … / 商务部办公厅 2024年10月22日印发 → published 2024-10-22. "
            "No effective/expires (a 申报 notice has none; effective = 2024-10-21 tolerable, low). 2024-11-30 (申报截止) is a deadline, not a document date. Counting: notice + 指南 = ONE document (the 指南 is the notice's 附件); splitting the 附件 into its own document is tolerable."
        ),
        "_pdf": {"note": "8 pages. Page 1 has no page number; the 附件说明, 落款 and （此件公开发布） close page 2; 附件1 on pages 3–5; the auto-numbers are printed as “1.” directly before the text (“1.2023年进口额…” — the item number runs into the year!). 附件2 form on page 6 (a ruled table; 年　　月　　日 at the bottom right of the last cell), its 注 line ALONE at the top of page 7; 版记 alone at the foot of page 8. Same expected meta and clauses."},
    }]
    # ---- (b) 财政部 海关总署 税务总局 公告
    cz_rows = [row_clause(CZ_HEADER, r) for r in CZ_ROWS]
    out["blind217_caiwu_gonggao"] = [{
        "meta": {
            "title": CZ_TITLE, "doc_number": CZ_NUM_PLAIN, "issuer": ["财政部", "海关总署", "税务总局"],
            "date": "2024-12-20", "published": "2024-12-24", "level": "national", "region": "全国",
            "effective": "2025-01-01", "expires": "2027-12-31", "attachments": [CZ_LIST], "doc_type": "公告",
            "recipients": [], "publicity": None,
        },
        "clauses": [CZ_INTRO] + CZ_ITEMS + cz_rows + [CZ_TABLE_NOTE],
        "applies_to": {
            "default": "新疆维吾尔自治区：中国（新疆）自由贸易试验区喀什片区、霍尔果斯片区",
            "specific": {
                "一、": "喀什片区、霍尔果斯片区",
                "四、": "喀什片区、霍尔果斯片区 (moving equipment outside them triggers tax)",
                "五、": "霍尔果斯口岸、吐尔尕特口岸、伊尔克什坦口岸；喀什海关、霍尔果斯海关",
                "附件 rows": "as the document (喀什片区、霍尔果斯片区)",
            },
            "note": "A national-level 公告 whose whole scope is two 片区 of the 新疆 FTZ: the level stays national, the places of application are 喀什片区/霍尔果斯片区 (tagging 新疆维吾尔自治区 alone is low; tagging 全国 alone is medium). 丝绸之路经济带核心区 is a slogan, not a place.",
        },
        "_note": (
            "Joint 公告 (no 主送). Red 版头 财政部　海关总署　税务总局公告 (one line, full-width spaces, condensed); under it the number printed ONLY as “2024年第15号” with the red rule → doc_number = 财政部 海关总署 税务总局公告2024年第15号 (the analyst composes it from the 版头; “2024年第15号” alone is medium; spaces between organs are taste). "
            "Title ONE paragraph with two soft line breaks (…税务总局关于 / 中国（新疆）自由贸易试验区喀什片区、 / 霍尔果斯片区进口自用设备税收政策的公告 — the second break splits the list 喀什片区、|霍尔果斯片区), full-width spaces between the three organs (half-width or none equally good). "
            "Body: intro ending in a colon; items 一、…八、 as whole paragraphs (number + text, no separate heading); 三、 is a lead-in with （一）（二）（三） item paragraphs (separate clauses in expected; merged into 三、 equally good; labelled as top-level （一） without 三、 is medium). "
            "附件说明 附件：不予免税的进口商品清单. 落款: the three organs in ONE centred paragraph separated by 4 full-width spaces each (财政部　　　　海关总署　　　　税务总局) with 2024年12月20日 right-aligned under it — furniture; issuers = 财政部, 海关总署, 税务总局 (国家税务总局 equally good), not one string with spaces. No （此件公开发布） (publicity null). "
            "附件 after a page break: label 附件, title, a 3-column ruled table 序号/商品编码/商品名称 with 13 rows (header marked to repeat), each row one clause 序号：N；商品编码：…；商品名称：… ; the 商品编码 are 8-digit numbers and must keep all digits (not read as numbers/dates); row 2 holds －40℃, row 7 holds 1.5升＜排气量≤2升. Then a 注 paragraph (a clause of the 附件). "
            "版记 on its own last page after a page break and 14 empty paragraphs: 抄送：… / 财政部办公厅 2024年12月24日印发 → published 2024-12-24; date = 2024-12-20 (落款). "
            "effective 2025-01-01 (八、) ; expires 2027-12-31 (the policy period in 一、 自2025年1月1日至2027年12月31日; null is medium). 5年 监管年限 (四、) is not the document's validity."
        ),
        "_pdf": {"note": "6 pages, footer “— N —” centred on every page. Page 2 ends with 八、 and the 附件说明; page 3 holds ONLY the 落款 (“财政部　　海关总署　　税务总局” widely spaced, date under it); the 清单 table runs over pages 4–5 with the header row printed again on page 5 (rows 4, 7, 8, 13 wrap inside their 商品名称 cell), then the 注; page 6 holds only the 版记. Same expected meta and clauses."},
    }]
    # ---- (c) 国家发展改革委 批复
    out["blind217_ndrc_pifu"] = [{
        "meta": {
            "title": ND_TITLE, "doc_number": ND_NUM, "issuer": ["国家发展改革委"],
            "date": "2024-07-15", "published": "2024-07-17", "level": "national", "region": "全国",
            "effective": None, "expires": None, "attachments": [], "doc_type": "批复",
            "recipients": ["云南省发展改革委"], "publicity": "此件公开发布",
            "replies_to": "关于报送中国（云南）自由贸易试验区沿边开放重点项目的请示（云发改开放〔2024〕612号）",
        },
        "clauses": [ND_OPEN] + [t for t, _ in ND_ITEMS],
        "applies_to": {
            "default": "云南省：中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区",
            "specific": {
                "二、": "昆明片区",
                "二、（一）": "昆明片区；昆明市官渡区王家营片区",
                "二、（二）": "昆明片区；昆明经济技术开发区",
                "三、": "红河片区",
                "三、（一）": "红河片区；河口瑶族自治县（河口口岸、北山片区）",
                "三、（二）": "红河片区；蒙自经济技术开发区",
                "四、": "德宏片区",
                "四、（一）": "德宏片区；瑞丽市（瑞丽口岸、姐告片区）",
                "四、（二）": "德宏片区；芒市",
                "六、": "边境一线 projects: 红河州、德宏州",
                "七、": "中国老挝磨憨—磨丁经济合作区中方区域（西双版纳州勐腊县磨憨镇） — NOT one of the three 片区",
            },
            "note": "A national 批复 whose whole content is in 云南 (region 全国 by issuer, but the places of application are the three 片区; tagging only 全国 is medium). 南亚东南亚 / 中老铁路 / 老挝 do not move a clause abroad.",
        },
        "_note": (
            "文件格式: red 版头 国家发展和改革委员会文件 (condensed); 文号 发改地区〔2024〕1187号 centred with the red rule; title ONE paragraph with two soft breaks (…关于中国（云南）自由贸易 / 试验区昆明片区、红河片区、德宏片区 / 沿边开放重点项目的批复 — the first break splits 自由贸易|试验区) → one title, no space. 主送 云南省发展改革委 (one recipient). "
            "Body font 仿宋 (not _GB2312); every body paragraph is indented by TWO TYPED FULL-WIDTH SPACES (“　　”), not by the indent property — the clause text is given without them (keeping them is cosmetic, low). "
            "Clauses: the 收悉 paragraph (云发改开放〔2024〕612号 is the 请示's number, not this document's) + 一、…八、 whole-paragraph items; 二、三、四、 are lead-ins ending in a colon, each followed by （一）（二） item paragraphs that restart under each lead-in (labels must be unique with their parent: 二、（一） ≠ 三、（一） ≠ 四、（一）; merged into the lead-in equally good). "
            "二、（一） contains a MANUAL LINE BREAK (Shift+Enter) after “王家营片区，” — one clause, joined with no space. "
            "此复。 is the closing formula (furniture; as a clause low). After a page break the 落款 page starts with （此页无正文） (furniture — must not become a clause, nor be glued to 八、), then 国家发展改革委 / 2024年7月15日, （此件公开发布）, and the 版记 (抄送 … / 国家发展改革委办公厅 2024年7月17日印发) at the foot of the same page. "
            "date 2024-07-15, published 2024-07-17. No effective/expires (a 批复 has none; effective = 2024-07-15 tolerable, low). Footer “— N —” odd right / even left."
        ),
        "_pdf": {"note": "4 pages; the body ends with 此复。 on page 3; page 4 holds only （此页无正文）, the 落款, （此件公开发布） and the 版记. The line before the manual break in 二、（一） is stretched by justification (“于 昆 明 市 官 渡 区 王 家 营 片 区 ，”) and must be re-joined without spaces. Same expected meta and clauses."},
    }]
    # ---- (d) 海关总署公告
    hg_cl = [HG_INTRO]
    for h, t, subs in HG_ITEMS:
        hg_cl.append(h + t)
        hg_cl.extend(subs)
    hg_cl += [row_clause(HG_HEADER, r) for r in hg_flat_rows()]
    spec = {
        "一、": "试点综保区 (the 22 of the 附件); names 天津东疆综合保税区、上海外高桥港综合保税区",
        "三、": "上海外高桥港综合保税区、天津东疆综合保税区 (航空发动机); 重庆西永综合保税区、成都高新综合保税区 (笔记本电脑), exit via 重庆江北国际机场口岸、成都双流国际机场口岸",
        "附件 each row": "the 综合保税区 of the row, in the province of the row (e.g. row 6 → 昆山综合保税区, 江苏省)",
    }
    out["blind217_customs_gonggao"] = [{
        "meta": {
            "title": HG_TITLE, "doc_number": HG_NUM, "issuer": ["海关总署"],
            "date": "2024-11-28", "published": None, "level": "national", "region": "全国",
            "effective": "2025-01-01", "expires": "2026-12-31", "attachments": [HG_LIST], "doc_type": "公告",
            "recipients": [], "publicity": None,
        },
        "clauses": hg_cl,
        "applies_to": {
            "default": "the 22 试点综合保税区 listed in the 附件 (in 14 provinces)",
            "specific": spec,
            "note": "Items 二、四、五、六、 apply in all 22 试点综保区 (tagging 全国 is low). 海关总署公告2020年第16号 is a cited earlier 公告 (not repealed; only overridden where inconsistent) — it is not this document's number.",
        },
        "_note": (
            "Red 版头 海关总署公告 (large, no 文件), under it only “2024年第178号” with the red rule → doc_number 海关总署公告2024年第178号 (composed; “2024年第178号” alone is medium). "
            "Title printed WITHOUT the organ: 关于在部分综合保税区开展保税维修 / 业务监管改革试点的公告 (one paragraph, one soft break splitting 保税维修|业务) → title 关于在部分综合保税区开展保税维修业务监管改革试点的公告 (海关总署关于… equally good). No 主送. "
            "Body: intro ending in a colon; 一、…七、 items whose heading (一、试点范围。) is run-in BOLD 仿宋 (not 黑体) + text = one clause; 二、 is a lead-in with （一）（二）（三） item paragraphs (separate clauses; merged equally good). 特此公告。 is the closing formula (furniture; low as a clause). "
            "附件说明 附件：开展保税维修业务监管改革试点的综合保税区名单; 落款 海关总署 / 2024年11月28日; no publicity line; NO 版记 (no 印发 → published null; 2024-11-28 as published is also right, since a 公告's date is its release date). "
            "七、: 自2025年1月1日起施行，试点期限2年 → effective 2025-01-01, expires 2026-12-31 (to be computed; 2027-01-01 tolerable low; null medium). "
            "附件 in a NEW SECTION (new page, other margins; footer continues centred): label 附件, title in one paragraph with a soft break, a 4-column ruled table 序号/省（区、市）/综合保税区名称/主管海关 of 22 rows whose 省（区、市） cells are VERTICALLY MERGED over the rows of the same province (天津市 ×2, 上海市 ×2, 江苏省 ×3, 浙江省 ×2, 广东省 ×2, 广西壮族自治区 ×2, 四川省 ×2): the analyst reads the province for EVERY row (a row without its province, or with the province only on the first row of a block, is medium). Header row marked to repeat. "
            "Each row one clause 序号：N；省（区、市）：…；综合保税区名称：…；主管海关：… ."
        ),
        "_pdf": {"note": "5 pages. Page 3 holds only the 附件说明 and the 落款. The 名单 table runs over pages 4–5: the merged province cell prints once, vertically centred across its rows (江苏省 beside row 6 only; 广西壮族自治区 wraps as 广西壮族自治｜区 across rows 16–17); the 广东省 block is CUT by the page break — 广东省 is printed beside row 14 on page 4 and row 15 (深圳前海综合保税区) on page 5 has an EMPTY province cell under the repeated header. The reader must still give each row its province. Same expected meta and clauses."},
    }]
    return out


def main():
    files = [build_mofcom(), build_caiwu(), build_ndrc(), build_customs()]
    for f in files:
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    print("wrote", *[os.path.basename(f) for f in files])


if __name__ == "__main__":
    main()
