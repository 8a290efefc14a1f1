# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 737: 通报表扬 自贸试验区建设先进集体和先进个人."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
SOFT = "\n"  # marker for a soft line break (w:br) inside a paragraph


# ---------------------------------------------------------------- helpers
def set_font(run, east, size=16, bold=False, color=None, latin="Times New Roman"):
    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


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


def add_text(p, text, east=FS, size=16, bold=False, color=None):
    """Add text; SOFT markers become soft line breaks."""
    parts = text.split(SOFT)
    for i, part in enumerate(parts):
        r = p.add_run(part)
        set_font(r, east, size, bold, color)
        if i < len(parts) - 1:
            r.add_break()
    return p


def para(doc, text="", east=FS, size=16, bold=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
         indent=True, exact=28, color=None):
    p = doc.add_paragraph()
    fmt(p, align, indent, exact)
    if text:
        add_text(p, text, east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, head_bold=False, indent=True):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent)
    add_text(p, head, head_font, 16, head_bold)
    add_text(p, body, FS, 16)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), str(space))
    b.set(qn("w:color"), color)
    pbdr.append(b)


def page_setup(doc):
    for s in doc.sections:
        s.page_width = Cm(21.0)
        s.page_height = Cm(29.7)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    st.font.size = Pt(16)


def page_number(doc):
    footer = doc.sections[0].footer
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14, latin="宋体")

    def fld(instr_type, text=None):
        rr = p.add_run()
        set_font(rr, "宋体", 14, latin="宋体")
        if instr_type == "begin" or instr_type == "end" or instr_type == "separate":
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), instr_type)
            rr._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            rr._r.append(it)

    fld("begin")
    fld("instr", " PAGE ")
    fld("separate")
    r = p.add_run("1")
    set_font(r, "宋体", 14, latin="宋体")
    fld("end")
    r = p.add_run(" —")
    set_font(r, "宋体", 14, latin="宋体")


def red_header(doc, organ_line, docno, spacing_lines=2):
    for _ in range(spacing_lines):
        para(doc, "", indent=False)
    p = para(doc, organ_line, XBS, 40, align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, exact=60, color=RED)
    for r in p.runs:  # squeeze the red organ line (character scaling), as offices do
        w = OxmlElement("w:w")
        w.set(qn("w:val"), "70")
        r._element.get_or_add_rPr().append(w)
    para(doc, "", indent=False)
    p = para(doc, docno, FS, 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 6)
    para(doc, "", indent=False)


def title(doc, lines):
    for ln in lines:
        para(doc, ln, XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    para(doc, "", indent=False)


def cell_text(cell, text, east=FS, size=14, align=WD_ALIGN_PARAGRAPH.LEFT):
    cell.text = ""
    p = cell.paragraphs[0]
    fmt(p, align, indent=False, exact=24)
    if text:
        add_text(p, text, east, size)


def table_borders(tbl, val="none"):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        if val != "none":
            e.set(qn("w:sz"), "4")
            e.set(qn("w:color"), "000000")
        b.append(e)
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    tblPr.append(b)


def names_table(doc, names, widths=(5.2, 5.2, 5.2), borders="none", size=14):
    rows = (len(names) + 2) // 3
    tbl = doc.add_table(rows=rows, cols=3)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tbl, borders)
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w / 2.54 * 1440)))
    for i in range(rows * 3):
        c = tbl.cell(i // 3, i % 3)
        c.width = Cm(widths[i % 3])
        cell_text(c, names[i] if i < len(names) else "", size=size)
    return tbl


def row_clauses(names):
    out = []
    for i in range(0, len(names), 3):
        out.append("；".join(n.replace(SOFT, "") for n in names[i:i + 3]))
    return out


def signature(doc, organ, date, spaces_organ=14, spaces_date=15):
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    para(doc, "\u3000" * spaces_organ + organ, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "\u3000" * spaces_date + date, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)


def banji(doc, cc, printer, printdate):
    for _ in range(3):
        para(doc, "", indent=False)
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    add_text(p, "抄送：", FS, 14)
    add_text(p, cc, FS, 14)
    border(p, "top", "000000", 8, 1)
    border(p, "bottom", "000000", 4, 1)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p = para(doc, "", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    add_text(p, "\u3000" + printer + "\u3000" * 9 + printdate + "印发", FS, 14)
    border(p, "bottom", "000000", 8, 1)


def add_numbering_chinese(doc):
    """Create a Word list definition producing 一、二、 … and return its numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 10
    nid = max(num_ids + [0]) + 10
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:eastAsia"), HT)
    rf.set(qn("w:hint"), "eastAsia")
    rpr.append(rf)
    lvl.append(rpr)
    an.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(aid))
    num.append(ani)
    numbering.append(num)
    return nid


def numbered_heading(doc, text, num_id):
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    p.paragraph_format.first_line_indent = Pt(32)
    add_text(p, text, HT, 16)
    return p


def clean(t):
    return t.replace(SOFT, "").strip("\u3000 ")


# ====================================================================
# Document 1: 河南
# ====================================================================
def doc_henan():
    stem = "blind737_henan_tongbao"
    doc = Document()
    page_setup(doc)
    page_number(doc)
    red_header(doc, "河南省人民政府办公厅文件", "豫政办〔2026〕9号")
    title(doc, ["河南省人民政府办公厅",
                "关于表扬2025年度中国（河南）自由贸易",
                "试验区建设先进集体和先进个人的通报"])
    para(doc, "各省辖市人民政府，济源示范区管委会，航空港区管委会，省人民政府各部门：",
         indent=False)

    body1 = [
        "2025年是“十四五”规划收官之年，也是中国（河南）自由贸易试验区（以下简称河南自贸试验区）"
        "提升战略深入实施的关键一年。一年来，各有关地方和部门认真贯彻落实党中央、国务院关于"
        "实施自由贸易试验区提升战略的决策部署，按照省委、省政府工作要求，坚持以制度创新为核心，"
        "聚焦投资贸易便利化、多式联运体系建设和营商环境优化，大胆试、大胆闯、自主改，全年累计形成"
        "制度创新成果86项，其中12项在全国复制推广；新设企业2.9万家，实际使用外资8.6亿美元，"
        "进出口总额突破1200亿元，为全省稳外贸稳外资作出了积极贡献。",
        "郑州、开封、洛阳三个片区立足功能定位，错位发展、各展所长。郑州片区深化“四条丝绸之路”"
        "协同联动，中欧班列（中豫号）全年开行超过3000列，“空中丝绸之路”货邮吞吐量持续增长；"
        "开封片区持续擦亮“一枚印章管审批”等改革品牌，文化贸易和医疗旅游集聚效应不断显现；"
        "洛阳片区围绕装备制造、新材料等主导产业，推出研发用物品进口“白名单”等一批首创性改革举措，"
        "有力带动了产业转型升级。",
        "在河南自贸试验区建设中，涌现出一批敢于担当、勇于创新、成绩突出的先进集体和先进个人。"
        "为表扬先进、树立典型，进一步激励各地各部门干事创业热情，经省政府同意，决定对中国（河南）"
        "自由贸易试验区郑州片区管理委员会综合协调局等20个先进集体、李红军等30名先进个人予以通报表扬。",
    ]
    for t in body1:
        para(doc, t)

    para(doc, "一、先进集体（20个）", HT, 16, indent=True)

    groups = [
        ("郑州片区：",
         "中国（河南）自由贸易试验区郑州片区管理委员会综合协调局、郑州经济技术开发区市场监督管理局、"
         "郑州海关所属经开海关、国家税务总局郑州经济技术开发区税务局、郑州国际陆港开发建设有限公司、"
         + SOFT +
         "河南保税物流中心有限公司、郑州经济技术开发区政务服务中心、郑州航空港多式联运有限公司"),
        ("开封片区：",
         "中国（河南）自由贸易试验区开封片区管理委员会制度创新局、开封市城乡一体化示范区政务服务和"
         "大数据管理局、开封海关、开封综合保税区发展有限公司、开封市自贸区国际文化贸易服务中心"),
        ("洛阳片区：",
         "中国（河南）自由贸易试验区洛阳片区管理委员会改革创新局、洛阳市涧西区市场监督管理局、"
         "洛阳海关、洛阳综合保税区管理服务中心、洛阳国宏跨境电商产业园有限公司"),
        ("省直单位：",
         "河南省商务厅自由贸易试验区工作处、郑州海关自贸区和特殊区域发展处"),
    ]
    group_clauses = []
    for head, body in groups:
        # typed indent with full-width spaces instead of first-line indent
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=False)
        add_text(p, "\u3000\u3000" + head, FS, 16, bold=True)
        add_text(p, body, FS, 16)
        group_clauses.append(clean(head + body))

    para(doc, "")
    para(doc, "二、先进个人（30名）", HT, 16, indent=True)

    persons = [
        "李红军（郑州片区管委会综合协调局局长）",
        "王晓燕（郑州经开区市场监督管理局副局长）",
        "张建伟（郑州海关所属经开海关科长）",
        "刘  洋（郑州国际陆港开发建设有限公司副总经理）".replace("  ", ""),
        "陈静怡（郑州经开区政务服务中心主任）",
        "赵国强（郑州经开区税务局副局长）",
        "孙丽娟（河南保税物流中心有限公司总经理）",
        "周  鹏（郑州航空港多式联运有限公司运营部部长）".replace("  ", ""),
        "吴海峰（郑州片区管委会产业发展局副局长）",
        "郑雪梅（郑州海关自贸区和特殊区域发展处一级主任科员）",
        "冯志刚（开封片区管委会制度创新局局长）",
        "褚立新（开封市城乡一体化示范区政务服务和大数据管理局科长）",
        "卫佳琪（开封海关综合业务科副科长）",
        "蒋文博（开封综合保税区发展有限公司董事长）",
        "沈  玲（开封市自贸区国际文化贸易服务中心主任）".replace("  ", ""),
        "韩振宇（开封片区管委会招商服务局副局长）",
        "杨慧敏（洛阳片区管委会改革创新局局长）",
        "朱宏亮（洛阳市涧西区市场监督管理局局长）",
        "秦晓东（洛阳海关查检科科长）",
        "尤丽华（洛阳综合保税区管理服务中心副主任）",
        "许建国（洛阳国宏跨境电商产业园有限公司总经理）",
        "何文静（洛阳片区管委会综合服务局四级调研员）",
        "吕国栋（河南省商务厅自由贸易试验区工作处处长）",
        "施雅琴（河南省商务厅自由贸易试验区工作处一级主任科员）",
        "张  磊（河南省市场监督管理局登记注册局副局长）".replace("  ", ""),
        "孔令辉（河南省发展和改革委员会开放型经济处副处长）",
        "曹俊杰（河南省司法厅立法二处二级调研员）",
        "严晓丽（国家外汇管理局河南省分局经常项目管理处副处长）",
        "华志远（河南省交通运输厅综合运输服务处科长）",
        "金美玲（河南省人民政府发展研究中心研究员）",
    ]
    assert len(persons) == 30
    names_table(doc, persons, widths=(5.2, 5.2, 5.2), borders="none", size=12)
    para(doc, "")

    body2 = [
        "希望受到表扬的先进集体和先进个人珍惜荣誉、戒骄戒躁，发挥好示范引领作用，在新的起点上"
        "再接再厉、勇攀高峰，为高标准高质量建设河南自贸试验区作出新的更大贡献。",
        "各地、各部门要以受到表扬的先进集体和先进个人为榜样，深入实施自由贸易试验区提升战略，"
        "主动对接国际高标准经贸规则，加快推进规则、规制、管理、标准等制度型开放，持续打造"
        "市场化法治化国际化一流营商环境，奋力谱写中国式现代化建设河南篇章。",
    ]
    for t in body2:
        para(doc, t)

    signature(doc, "河南省人民政府办公厅", "2026年2月12日", 13, 14)
    para(doc, "（此件公开发布）", indent=True)
    banji(doc, "省委各部门，省军区，省法院，省检察院，郑州海关，各民主党派省委。",
          "河南省人民政府办公厅", "2026年2月13日")

    doc.save(os.path.join(HERE, stem + ".docx"))

    clauses = body1 + group_clauses + row_clauses(persons) + body2
    meta = {
        "title": "河南省人民政府办公厅关于表扬2025年度中国（河南）自由贸易试验区建设先进集体和先进个人的通报",
        "doc_number": "豫政办〔2026〕9号",
        "issuer": ["河南省人民政府办公厅"],
        "date": "2026-02-12",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通报",
        "recipients": ["各省辖市人民政府", "济源示范区管委会", "航空港区管委会", "省人民政府各部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": [clean(c) for c in clauses]}]


# ====================================================================
# Document 2: 四川
# ====================================================================
def doc_sichuan():
    stem = "blind737_sichuan_tongbao"
    doc = Document()
    page_setup(doc)
    page_number(doc)
    num_id = add_numbering_chinese(doc)
    red_header(doc, "四川省人民政府办公厅", "川办函〔2026〕17号", spacing_lines=1)
    # title with soft line break inside one paragraph
    p = para(doc, "", XBS, 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=35)
    add_text(p, "四川省人民政府办公厅" + SOFT + "关于表扬2025年度自由贸易试验区建设" + SOFT
             + "先进集体和先进个人的通报", XBS, 22)
    para(doc, "", indent=False)
    para(doc, "各市（州）人民政府，省政府各部门，省政府各直属机构，有关单位：", indent=False)

    body1 = [
        "2025年，全省各地各部门深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的"
        "决策部署，紧紧围绕省委、省政府“四化同步、城乡融合、五区共兴”发展战略，以制度创新为核心，"
        "统筹推进中国（四川）自由贸易试验区（以下简称四川自贸试验区）和协同改革先行区建设，"
        "各项工作取得明显成效。",
        "全年四川自贸试验区新设企业3.4万家，实现进出口总额3150亿元、实际使用外资12.3亿美元，"
        "分别占全省的" + SOFT + "33.6%、30.2%和41.5%；形成制度创新成果65项，“铁路运输单证物权化”"
        "“中欧班列集拼集运”等7项经验在全国复制推广。成都天府新区片区加快建设国际门户枢纽，"
        "成都青白江铁路港片区中欧班列（成渝）累计开行突破3万列，川南临港片区江铁海联运通道"
        "运能持续提升，12个协同改革先行区差异化改革探索成效初显。",
        "为激励先进、鞭策后进，进一步调动各方面推进自贸试验区建设的积极性、主动性和创造性，"
        "经省政府同意，决定对成都天府新区片区管理委员会等20个集体和唐志远等30名个人予以通报表扬。",
    ]
    for t in body1:
        para(doc, t)
    para(doc, "", indent=False)

    numbered_heading(doc, "先进集体（20个）", num_id)
    units = [
        "成都天府新区片区管理委员会",
        "成都高新区自贸试验区建设办公室",
        "成都天府国际机场海关",
        "成都双流综合保税区管理局",
        "成都天府国际空港新城管理委员会经济发展局",
        "四川天府新区行政审批局",
        "成都青白江铁路港片区管理委员会",
        "成都国际铁路港投资发展（集团）有限公司",
        "成都铁路港海关",
        "成都国际陆港运营有限公司",
        "成都市青白江区市场监督管理局",
        "川南临港片区管理委员会",
        "泸州海关",
        "泸州港保税物流中心（B型）运营有限公司",
        "泸州市龙马潭区行政审批局",
        "宜宾市协同改革先行区建设工作领导小组办公室",
        "德阳市协同改革先行区管理委员会",
        "四川省商务厅自由贸易试验区工作处",
        "成都海关自贸区和特殊区域发展处",
        "中国人民银行四川省分行跨境人民币业务处",
    ]
    assert len(units) == 20
    names_table(doc, units, widths=(5.2, 5.2, 5.2), borders="none", size=14)
    para(doc, "", indent=False)

    numbered_heading(doc, "先进个人（30名）", num_id)
    persons = [
        "唐志远（成都天府新区片区管理委员会副主任）",
        "黄诗雨（成都高新区自贸试验区建设办公室主任）",
        "罗海涛（成都天府国际机场海关副关长）",
        "邓晓峰（成都双流综合保税区管理局局长）",
        "谢丽萍（四川天府新区行政审批局副局长）",
        "彭俊熙（成都天府国际空港新城管理委员会经济发展局局长）",
        "蒋明辉（成都青白江铁路港片区管理委员会主任）",
        "魏晨曦（成都国际铁路港投资发展（集团）有限公司副总经理）",
        "廖振华（成都铁路港海关综合业务科科长）",
        "袁  媛（成都国际陆港运营有限公司班列运营部经理）".replace("  ", ""),
        "卢思成（成都市青白江区市场监督管理局副局长）",
        "苟  勇（川南临港片区管理委员会副主任）".replace("  ", ""),
        "何佳敏（泸州海关查检科副科长）",
        "付晓军（泸州港保税物流中心（B型）运营有限公司总经理）",
        "曾雪莲（泸州市龙马潭区行政审批局局长）",
        "杜文杰（宜宾市商务局副局长）",
        "龙  燕（德阳市协同改革先行区管理委员会综合办公室主任）".replace("  ", ""),
        "任国华（绵阳市商务局党组成员、副局长）",
        "邹海波（南充市协同改革先行区建设办公室主任）",
        "雷  鸣（四川省商务厅自由贸易试验区工作处处长）".replace("  ", ""),
        "钟婉清（四川省商务厅自由贸易试验区工作处二级主任科员）",
        "熊建平（成都海关自贸区和特殊区域发展处副处长）",
        "叶  青（四川省市场监督管理局登记注册局局长）".replace("  ", ""),
        "汪家豪（四川省发展和改革委员会对外开放处副处长）",
        "田梦琪（四川省司法厅行政立法处一级主任科员）",
        "郭长春（四川省交通运输厅综合交通运输处处长）",
        "姜慧玲（中国人民银行四川省分行跨境人民币业务处副处长）",
        "陶永刚（四川省税务局货物和劳务税处副处长）",
        "沈佳怡（四川省经济和社会发展研究院研究员）",
        "范立群（四川省人民政府驻北京办事处经济联络处处长）",
    ]
    assert len(persons) == 30
    names_table(doc, persons, widths=(5.2, 5.2, 5.2), borders="none", size=12)
    para(doc, "", indent=False)

    body2 = [
        "希望受到表扬的集体和个人珍惜荣誉、再接再厉，继续发挥示范带动作用，在推进自贸试验区"
        "高质量发展中勇挑重担、再立新功。",
        "全省各地各部门要以先进为榜样，进一步增强使命感和紧迫感，锚定“建设全国内陆开放新高地”"
        "目标，大力推进首创性、差异化改革探索，加快推动中欧班列、西部陆海新通道、跨境电商综合试验区"
        "等开放平台联动发展，为奋力谱写中国式现代化四川新篇章贡献更大力量。",
    ]
    for t in body2:
        para(doc, t)

    # 落款 typed in a borderless layout table (two columns, right cell holds organ + date)
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    tbl = doc.add_table(rows=2, cols=2)
    table_borders(tbl, "none")
    for r in range(2):
        tbl.cell(r, 0).width = Cm(8.0)
        tbl.cell(r, 1).width = Cm(7.8)
        cell_text(tbl.cell(r, 0), "", size=16)
    cell_text(tbl.cell(0, 1), "四川省人民政府办公厅", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(tbl.cell(1, 1), "2026年3月5日", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "", indent=False)
    banji(doc, "省委办公厅，省人大常委会办公厅，省政协办公厅，成都海关。",
          "四川省人民政府办公厅", "2026年3月6日")

    doc.save(os.path.join(HERE, stem + ".docx"))
    clauses = body1 + row_clauses(units) + row_clauses(persons) + body2
    meta = {
        "title": "四川省人民政府办公厅关于表扬2025年度自由贸易试验区建设先进集体和先进个人的通报",
        "doc_number": "川办函〔2026〕17号",
        "issuer": ["四川省人民政府办公厅"],
        "date": "2026-03-05",
        "published": None,
        "level": "provincial",
        "region": "四川省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通报",
        "recipients": ["各市（州）人民政府", "省政府各部门", "省政府各直属机构", "有关单位"],
        "publicity": None,
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": [clean(c) for c in clauses]}]


# ====================================================================
# Document 3: 湖北
# ====================================================================
def doc_hubei():
    stem = "blind737_hubei_tongbao"
    doc = Document()
    page_setup(doc)
    page_number(doc)
    red_header(doc, "湖北省人民政府办公厅文件", "鄂政办发〔2026〕4号")
    title(doc, ["湖北省人民政府办公厅关于表扬2025年度",
                "中国（湖北）自由贸易试验区建设",
                "先进集体和先进个人的通报"])
    para(doc, "各市、州、县人民政府，省政府各部门：", indent=False)

    body1 = [
        "2025年，全省上下坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党中央、"
        "国务院关于实施自由贸易试验区提升战略的重大部署，以“建成支点、走在前列、谱写新篇”为目标，"
        "纵深推进中国（湖北）自由贸易试验区（以下简称湖北自贸试验区）建设。",
        "一年来，湖北自贸试验区改革开放试验田作用进一步彰显。武汉片区深化“光谷科创大走廊”"
        "跨区域协同创新，上线运行国际贸易“单一窗口”跨境电商综合服务平台；襄阳片区推动汽车整车及"
        "零部件出口便利化改革，开行中欧班列（襄阳—中亚）线路5条；宜昌片区探索长江“水上高速”"
        "江海直达、铁水联运“一单制”，三峡翻坝物流效率提升20%以上。全年新增制度创新成果58项，"
        "新设企业2.1万家，实现进出口总额1860亿元，实际使用外资9.7亿美元。",
        "为表彰先进、弘扬正气，激励全省广大干部职工担当作为、创新争先，经省人民政府同意，"
        "决定对武汉东湖新技术开发区自贸改革办公室等20个集体、邱振东等30名同志予以通报表扬。",
    ]
    for t in body1:
        para(doc, t)

    para(doc, "一、先进集体（20个）", HT, 16, indent=True)
    groups = [
        ("武汉片区（9个）：",
         "武汉东湖新技术开发区自贸改革办公室、武汉东湖新技术开发区政务服务局、武汉东湖综合保税区"
         "管理办公室、武汉海关所属东湖海关、武汉经济技术开发区商务局、武汉临空港经济技术开发区"
         "综合保税区管理中心、武汉汉欧国际物流有限公司、阳逻港集装箱运营有限公司、国家税务总局"
         "武汉东湖新技术开发区税务局"),
        ("襄阳片区（4个）：",
         "中国（湖北）自由贸易试验区襄阳片区管理委员会综合协调局、襄阳高新技术产业开发区行政审批局、"
         "襄阳海关、襄阳综合保税区投资开发有限公司"),
        ("宜昌片区（4个）：",
         "中国（湖北）自由贸易试验区宜昌片区管理委员会改革创新局、宜昌高新技术产业开发区市场监督管理局、"
         "宜昌海关、三峡物流枢纽运营管理有限公司"),
        ("省直单位（3个）：",
         "湖北省商务厅自由贸易试验区工作处、湖北省市场监督管理局登记注册局、武汉海关自贸区和特殊区域发展处"),
    ]
    group_clauses = []
    for head, body in groups:
        runin(doc, head, body, head_font=HT, head_bold=False)
        group_clauses.append(clean(head + body))

    para(doc, "二、先进个人（30名）", HT, 16, indent=True)
    # name and unit split by a soft line break inside each cell
    persons = [
        "邱振东" + SOFT + "（东湖高新区自贸改革办公室主任）",
        "易小梅" + SOFT + "（东湖高新区政务服务局副局长）",
        "胡卫东" + SOFT + "（东湖综合保税区管理办公室副主任）",
        "程  浩".replace("  ", "") + SOFT + "（武汉海关所属东湖海关科长）",
        "夏明轩" + SOFT + "（武汉经济技术开发区商务局局长）",
        "万丽君" + SOFT + "（武汉临空港经开区综合保税区管理中心主任）",
        "汤俊峰" + SOFT + "（武汉汉欧国际物流有限公司总经理）",
        "柯晓雯" + SOFT + "（阳逻港集装箱运营有限公司副总经理）",
        "鲁志强" + SOFT + "（东湖高新区税务局副局长）",
        "陶  然".replace("  ", "") + SOFT + "（武汉市商务局自贸处处长）",
        "聂红梅" + SOFT + "（襄阳片区管委会综合协调局局长）",
        "殷建新" + SOFT + "（襄阳高新区行政审批局局长）",
        "段思远" + SOFT + "（襄阳海关综合业务科副科长）",
        "阮国庆" + SOFT + "（襄阳综合保税区投资开发有限公司董事长）",
        "詹  琳".replace("  ", "") + SOFT + "（襄阳市商务局副局长）",
        "向德明" + SOFT + "（宜昌片区管委会改革创新局局长）",
        "覃玉兰" + SOFT + "（宜昌高新区市场监督管理局副局长）",
        "望书成" + SOFT + "（宜昌海关查检科科长）",
        "黎晓光" + SOFT + "（三峡物流枢纽运营管理有限公司总经理）",
        "熊  伟".replace("  ", "") + SOFT + "（宜昌市交通运输局港航科科长）",
        "龚建华" + SOFT + "（省商务厅自由贸易试验区工作处处长）",
        "肖雨晴" + SOFT + "（省商务厅自由贸易试验区工作处一级主任科员）",
        "祝海军" + SOFT + "（省市场监管局登记注册局副局长）",
        "戴文涛" + SOFT + "（武汉海关自贸区和特殊区域发展处副处长）",
        "舒  婷".replace("  ", "") + SOFT + "（省发展改革委开放型经济处二级调研员）",
        "甘永福" + SOFT + "（省司法厅立法一处副处长）",
        "梅晓燕" + SOFT + "（省交通运输厅综合运输处科长）",
        "蔡振宇" + SOFT + "（中国人民银行湖北省分行经常项目管理处副处长）",
        "吉海林" + SOFT + "（省税务局进出口税收处副处长）",
        "柳青青" + SOFT + "（省人民政府研究室开放经济处副处长）",
    ]
    assert len(persons) == 30
    names_table(doc, persons, widths=(5.2, 5.2, 5.2), borders="single", size=12)
    para(doc, "", indent=False)

    body2 = [
        "希望受到表扬的集体和个人珍惜荣誉、再接再厉，在新征程上勇当改革开放排头兵，"
        "不断取得新的更大成绩。",
        "全省各地各部门要以受表扬的集体和个人为榜样，对标高标准国际经贸规则，深入开展首创性、"
        "集成化、差异化改革探索，加快建设内陆开放新高地，为奋力推进中国式现代化湖北实践、"
        "加快建成中部地区崛起重要战略支点作出新的更大贡献。",
    ]
    for t in body2:
        para(doc, t)

    signature(doc, "湖北省人民政府办公厅", "2026年1月30日", 13, 14)
    para(doc, "（此件公开发布）", indent=True)
    banji(doc, "省委各部门，省人大常委会办公厅，省政协办公厅，省法院，省检察院，武汉海关。",
          "湖北省人民政府办公厅", "2026年1月30日")

    doc.save(os.path.join(HERE, stem + ".docx"))
    clauses = body1 + group_clauses + row_clauses(persons) + body2
    meta = {
        "title": "湖北省人民政府办公厅关于表扬2025年度中国（湖北）自由贸易试验区建设先进集体和先进个人的通报",
        "doc_number": "鄂政办发〔2026〕4号",
        "issuer": ["湖北省人民政府办公厅"],
        "date": "2026-01-30",
        "published": None,
        "level": "provincial",
        "region": "湖北省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "通报",
        "recipients": ["各市、州、县人民政府", "省政府各部门"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, [{"meta": meta, "clauses": [clean(c) for c in clauses]}]


def main():
    expected = {}
    for fn in (doc_henan, doc_sichuan, doc_hubei):
        stem, docs = fn()
        expected[stem] = docs
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo_737", "--headless",
             "--convert-to", "pdf", "--outdir", HERE, os.path.join(HERE, stem + ".docx")],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
