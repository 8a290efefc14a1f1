# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 646: 表彰决定 with 名单 attachments."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xFF, 0x00, 0x00)

XB = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"

S2 = 22  # 二号
S3 = 16  # 三号
S4 = 14  # 四号


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=S3, bold=False, color=None):
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
    return run


def new_doc():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(S3)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    return doc


def fmt(p, align=None, first=None, left=None, spacing=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first is not None:
        pf.first_line_indent = Pt(first)
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, parts, align=None, first=None, left=None, spacing=28, before=0, after=0):
    """parts: str or list of (text, font, size, bold, color)."""
    p = doc.add_paragraph()
    fmt(p, align, first, left, spacing, before, after)
    if isinstance(parts, str):
        parts = [(parts, FS, S3, False, None)]
    for part in parts:
        t, f, s, b, c = (list(part) + [FS, S3, False, None][len(part) - 1:])[:5]
        set_font(p.add_run(t), f, s, b, c)
    return p


def body(doc, text, manual_indent=False):
    if manual_indent:
        return para(doc, "　　" + text)
    return para(doc, text, first=32)


def empty(doc, n=1):
    for _ in range(n):
        para(doc, "")


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


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def lines_para(doc, lines, font=FS, size=S3, first=None, left=None, align=None):
    """One paragraph, lines separated by soft line breaks (Shift+Enter)."""
    p = doc.add_paragraph()
    fmt(p, align, first, left)
    for i, ln in enumerate(lines):
        r = set_font(p.add_run(ln), font, size)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def add_field(run_parent, instr):
    r1 = run_parent.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r1._r.append(f1)
    r2 = run_parent.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " " + instr + " "
    r2._r.append(it)
    r3 = run_parent.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "separate")
    r3._r.append(f3)
    r4 = run_parent.add_run("1")
    r5 = run_parent.add_run()
    f5 = OxmlElement("w:fldChar")
    f5.set(qn("w:fldCharType"), "end")
    r5._r.append(f5)
    for r in (r1, r2, r3, r4, r5):
        set_font(r, "宋体", S4)


def page_numbers(doc, style="dash", align=WD_ALIGN_PARAGRAPH.CENTER):
    for sec in doc.sections:
        fp = sec.footer.paragraphs[0]
        fp.alignment = align
        if style == "dash":
            set_font(fp.add_run("— "), "宋体", S4)
            add_field(fp, "PAGE")
            set_font(fp.add_run(" —"), "宋体", S4)
        else:
            set_font(fp.add_run("- "), "宋体", S4)
            add_field(fp, "PAGE")
            set_font(fp.add_run(" -"), "宋体", S4)


def red_header(doc, organ_text, doc_no, size=36):
    empty(doc, 2)
    p = para(doc, [(organ_text, XB, size, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
             spacing=60)
    p.paragraph_format.space_after = Pt(12)
    empty(doc, 1)
    p = para(doc, [(doc_no, FS, S3)], align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)


def cell_text(cell, text, font=FS, size=S4, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(22)
    set_font(p.add_run(text), font, size, bold, color)


def set_cell_borders_none(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def col_widths(table, widths):
    table.autofit = False
    for j, w in enumerate(widths):
        table.columns[j].width = w
        for c in table.columns[j].cells:
            c.width = w


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def banji(doc, chaosong, printer, print_date):
    """版记: 抄送 / 印发 between rules."""
    empty(doc, 2)
    p = para(doc, [(chaosong, FS, S4)], left=14, spacing=26)
    p.paragraph_format.first_line_indent = Pt(0)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p = para(doc, [("　" + printer, FS, S4), ("　" * 9, FS, S4),
                   (print_date + "印发", FS, S4)], spacing=26)
    border(p, "bottom", "000000", 8, 4)


# ---------------------------------------------------------------- doc 1 厦门
def make_xiamen():
    doc = new_doc()
    title = ("厦门市人民政府关于表彰2025年度中国（福建）自由贸易试验区"
             "厦门片区建设先进集体和先进个人的决定")
    doc_no = "厦府〔2026〕35号"
    red_header(doc, "厦门市人民政府文件", doc_no)
    # title typed with a soft break in the middle
    p = lines_para(doc, ["厦门市人民政府关于表彰2025年度",
                         "中国（福建）自由贸易试验区厦门片区",
                         "建设先进集体和先进个人的决定"],
                   font=XB, size=S2, align=WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.line_spacing = Pt(36)
    empty(doc, 1)
    para(doc, "各区人民政府，市直各委、办、局，各开发区管委会，各有关单位：")

    clauses = []
    paras = [
        "2025年，全市各级各部门坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中、四中全会精神，深入落实自由贸易试验区提升战略，对标国际高标准经贸规则，稳步扩大制度型开放，中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）建设取得新的明显成效。全年厦门片区新增市场主体6218户，实现外贸进出口3286.4亿元、同比增长7.9%，实际使用外资41.7亿元；新推出制度创新成果86项，其中全国首创23项，“两岸跨境数据流动便利化”“国际航行船舶保税油加注一口受理”等12项案例在全国复制推广。在此过程中，涌现出一批锐意改革、勇于创新、敢于担当的先进集体和先进个人。",
        "为表彰先进、树立典型，激励全市广大干部职工在新征程上奋发有为、再立新功，市人民政府决定，授予中国（福建）自由贸易试验区厦门片区管理委员会综合协调处等20个单位“2025年度自贸试验区建设先进集体”称号，授予王敏等30名同志“2025年度自贸试验区建设先进个人”称号。",
        "希望受到表彰的先进集体和先进个人珍惜荣誉、戒骄戒躁，充分发挥示范引领作用，在推进自贸试验区高质量发展中再创佳绩。",
        "全市各级各部门和广大干部职工要以受表彰的先进集体和先进个人为榜样，学习他们胸怀大局、勇担使命的政治品格，敢闯敢试、大胆探索的改革精神，求真务实、埋头苦干的工作作风，紧紧围绕建设更高水平自贸试验区目标，深化两岸融合发展示范区建设，加快推进贸易投资自由化便利化，全力打造市场化法治化国际化一流营商环境，为厦门努力率先实现社会主义现代化作出新的更大贡献。",
    ]
    for t in paras:
        body(doc, t)
        clauses.append(t)
    empty(doc, 1)
    att = "2025年度自贸试验区建设先进集体和先进个人名单"
    para(doc, "附件：" + att, first=32)
    empty(doc, 3)
    para(doc, "　" * 16 + "厦门市人民政府")
    para(doc, "　" * 16 + "2026年3月10日")
    empty(doc, 1)
    para(doc, "（此件公开发布）", first=32)

    # ---- 附件
    page_break(doc)
    para(doc, [("附件", HT, S3)])
    empty(doc, 1)
    para(doc, [(att, XB, S2)], align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    empty(doc, 1)
    para(doc, [("一、先进集体（20个）", HT, S3)], first=32)
    units = [
        "中国（福建）自由贸易试验区厦门片区管理委员会综合协调处",
        "厦门市商务局对外贸易处",
        "厦门市发展和改革委员会开放型经济处",
        "厦门海关综合业务处",
        "厦门海关所属东渡海关",
        "厦门市市场监督管理局登记注册处",
        "国家税务总局厦门市税务局第一税务分局",
        "厦门市司法局行政执法协调监督处",
        "厦门港口管理局航运处",
        "中国人民银行厦门市分行跨境人民币业务处",
        "厦门市湖里区商务局",
        "厦门市海沧区投资促进中心",
        "厦门象屿综合保税区管理办公室",
        "厦门海沧保税港区管理中心",
        "厦门国际贸易控股集团有限公司跨境电商事业部",
        "厦门自贸片区港务电子口岸股份有限公司",
        "厦门市涉外法律服务中心",
        "厦门高崎国际机场口岸服务中心",
        "厦门片区两岸经贸合作服务中心",
        "厦门市人力资源和社会保障局人才开发处",
    ]
    for i, u in enumerate(units):
        # quirk: two units typed with trailing full-width spaces
        t = u + ("　　" if i in (6, 13) else "")
        para(doc, t, first=32)
        clauses.append(u)
    empty(doc, 1)
    para(doc, [("二、先进个人（30名）", HT, S3)], first=32)
    names = [
        ["王　敏", "李建国", "陈志强", "林　晓", "黄丽萍"],
        ["吴　斌", "郑雅琴", "张　伟", "蔡国华", "洪　涛"],
        ["许文彬", "周　颖", "杨建明", "苏　婷", "何振宇"],
        ["谢　晖", "庄丽娟", "曾　鹏", "叶晓东", "卢　静"],
        ["高志远", "邱　琳", "施永杰", "方　芳", "柯俊峰"],
        ["彭　亮", "江海燕", "傅　强", "詹秀玲", "欧阳明辉"],
    ]
    lines = ["　　".join(r) for r in names]
    # quirk: the whole block is ONE paragraph with soft line breaks
    lines_para(doc, lines, left=32)
    clauses.extend(lines)

    banji(doc,
          "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市中级法院，市检察院，厦门警备区。",
          "厦门市人民政府办公厅", "2026年3月11日")
    page_numbers(doc, "dash")
    meta = {
        "title": title,
        "doc_number": doc_no,
        "issuer": ["厦门市人民政府"],
        "date": "2026-03-10",
        "published": None,
        "level": "municipal",
        "region": "厦门市",
        "effective": None,
        "expires": None,
        "attachments": [att],
        "doc_type": "决定",
        "recipients": ["各区人民政府", "市直各委、办、局", "各开发区管委会", "各有关单位"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc 2 成都
def make_chengdu():
    doc = new_doc()
    title = ("成都市人民政府关于表彰2025年度中国（四川）自由贸易试验区"
             "成都区域建设先进集体和先进个人的决定")
    doc_no = "成府发〔2026〕7号"
    red_header(doc, "成都市人民政府文件", doc_no)
    p = lines_para(doc, ["成都市人民政府",
                         "关于表彰2025年度中国（四川）",
                         "自由贸易试验区成都区域建设",
                         "先进集体和先进个人的决定"],
                   font=XB, size=S2, align=WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.line_spacing = Pt(36)
    empty(doc, 1)
    para(doc, "各区（市）县政府，市政府各部门，有关单位：")

    clauses = []
    intro = [
        "2025年，全市上下深入贯彻习近平总书记对四川工作系列重要指示精神，认真落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署和省委、省政府工作要求，以制度创新为核心，以中欧班列（成都）和国际航空枢纽为依托，高水平推进中国（四川）自由贸易试验区成都区域（以下简称成都区域）建设。全年成都区域新设外商投资企业412家，实现进出口总额2791.6亿元，中欧班列（成都）开行4863列，跨境电商交易额同比增长21.4%；形成制度创新成果54项，“中欧班列运费分段结算估价管理改革”等7项成果获全国复制推广。各级各部门和广大干部职工攻坚克难、开拓进取，为成都区域建设作出了突出贡献。",
        "为表彰先进、弘扬正气，市政府决定，授予成都市商务局自贸试验区工作处等16个单位“2025年度成都市自贸试验区建设先进集体”称号，授予李建国等24名同志“2025年度成都市自贸试验区建设先进个人”称号。",
        "希望受表彰的先进集体和先进个人珍惜荣誉、再接再厉，在新的起点上争创新业绩。全市各级各部门要以先进为榜样，重点抓好以下工作：",
    ]
    for t in intro:
        body(doc, t, manual_indent=True)  # quirk: indentation typed as spaces
        clauses.append(t)
    items = [
        ("一、", "坚定扛起改革开放使命。",
         "深刻把握自贸试验区“为国家试制度、为地方谋发展”的战略定位，主动对接国家重大战略，统筹推进成渝地区双城经济圈建设和西部陆海新通道建设，在更大范围、更宽领域、更深层次推进改革探索。"),
        ("二、", "深入推进制度集成创新。",
         "聚焦投资贸易便利化、金融服务实体经济、国际物流通道建设等重点领域，围绕中欧班列（成都）集结中心、综合保税区、跨境电商综合试验区协同联动，每年形成一批具有首创性、集成性的制度创新成果。"),
        ("三、", "持续优化开放型营商环境。",
         "对标国际高标准经贸规则，全面落实外商投资准入前国民待遇加负面清单管理制度，深化“证照分离”改革，健全涉外商事纠纷多元化解机制，为各类经营主体提供稳定、公平、透明、可预期的发展环境。"),
        ("四、", "大力弘扬担当实干作风。",
         "坚持把敢闯敢试、敢为人先的精神贯穿自贸试验区建设全过程，完善容错纠错和激励保障机制，为担当者担当、为干事者撑腰，形成人人争先进、比贡献的良好氛围。"),
    ]
    for num, head, rest in items:
        p = doc.add_paragraph()
        fmt(p)
        set_font(p.add_run("　　" + num), HT, S3)
        # quirk: run-in heading split over several runs
        set_font(p.add_run(head[:4]), HT, S3)
        set_font(p.add_run(head[4:]), HT, S3)
        set_font(p.add_run(rest), FS, S3)
        clauses.append(num + head + rest)
    closing = "各区（市）县、各部门要加强对先进典型的宣传推广，讲好成都自贸故事，引导广大干部职工学先进、赶先进、当先进，为加快建设践行新发展理念的公园城市示范区、奋力打造中国西部具有全球影响力和美誉度的社会主义现代化国际大都市贡献更大力量。"
    body(doc, closing, manual_indent=True)
    clauses.append(closing)

    empty(doc, 1)
    att = "2025年度中国（四川）自由贸易试验区成都区域建设先进集体和先进个人名单"
    # quirk: long attachment line wraps by hanging indent
    p = para(doc, "附件：" + att, left=80)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 3)
    # quirk: 落款 aligned with a right tab-ish run of half-width spaces
    para(doc, " " * 38 + "成都市人民政府")
    para(doc, " " * 38 + "2026年2月27日")

    page_break(doc)
    para(doc, [("附件", HT, S3)])
    empty(doc, 1)
    lines_para(doc, ["2025年度中国（四川）自由贸易试验区成都区域",
                     "建设先进集体和先进个人名单"],
               font=XB, size=S2, align=WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc, 1)
    para(doc, [("一、先进集体（16个）", HT, S3)], first=32)
    units = [
        "成都市商务局自贸试验区工作处",
        "成都市口岸与物流办公室",
        "成都海关综合业务处",
        "成都海关所属青白江海关",
        "四川天府新区成都管委会自贸试验区建设推进局",
        "成都国际铁路港经济技术开发区管理委员会投资服务局",
        "成都国际铁路港投资发展（集团）有限公司",
        "成都市双流区商务局",
        "成都高新综合保税区管理服务中心",
        "成都市市场监督管理局行政审批处",
        "国家税务总局成都市税务局进出口税收管理处",
        "成都市司法局公共法律服务管理处",
        "中欧班列（成都）运营服务中心",
        "成都市青白江区人民政府办公室",
        "四川天府国际商事调解中心",
        "成都市人才发展促进中心",
    ]
    for u in units:
        para(doc, u, first=32)
        clauses.append(u)
    para(doc, [("二、先进个人（24名）", HT, S3)], first=32, before=14)
    persons = [
        "李建国（市商务局）",
        "王　敏（成都海关）",
        "刘晓峰（市口岸物流办）",
        "张　丽（市市场监管局）",
        "赵明亮（成都国际铁路港投资发展（集团）有限公司）",
        "陈　静（四川天府新区成都管委会）",
        "杨光辉（青白江区人民政府）",
        "黄　勇（双流区商务局）",
        "周晓燕（市税务局）",
        "吴志刚（成都高新综合保税区管理服务中心）",
        "徐　蕾（市司法局）",
        "孙建华（市发展改革委）",
        "马　骏（成都天府国际机场海关）",
        "朱丽华（市人社局）",
        "胡　斌（中欧班列（成都）运营服务中心）",
        "郭文涛（市经信局）",
        "何　娟（成都高新区管委会）",
        "罗海军（成都国际铁路港经开区管委会）",
        "梁　爽（市委金融办）",
        "宋志远（中国人民银行四川省分行）",
        "郑　凯（市交通运输局）",
        "谢雨婷（市投促局）",
        "韩　冬（新都区商务局）",
        "司马东升（市政务服务中心）",
    ]
    for i, s in enumerate(persons):
        para(doc, s, first=32)
        clauses.append(s)
        if i == 11:
            empty(doc, 1)  # quirk: stray empty paragraph in the middle of the list

    banji(doc,
          "抄送：市委办公厅，市人大常委会办公厅，市政协办公厅，市纪委监委，市法院，市检察院，成都警备区。",
          "成都市人民政府办公厅", "2026年2月28日")
    page_numbers(doc, "dash")
    meta = {
        "title": title,
        "doc_number": doc_no,
        "issuer": ["成都市人民政府"],
        "date": "2026-02-27",
        "published": None,
        "level": "municipal",
        "region": "成都市",
        "effective": None,
        "expires": None,
        "attachments": [att],
        "doc_type": "决定",
        "recipients": ["各区（市）县政府", "市政府各部门", "有关单位"],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ---------------------------------------------------------------- doc 3 青岛
def make_qingdao():
    doc = new_doc()
    title = ("中共青岛市委　青岛市人民政府关于表彰2025年度中国（山东）自由贸易试验区"
             "青岛片区建设先进集体和先进个人的决定")
    doc_no = "青发〔2026〕4号"
    empty(doc, 2)
    # joint 版头 as a borderless layout table: two organs left, 文件 right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell_borders_none(t)
    cell_text(t.cell(0, 0), "中共青岛市委", XB, 30, color=RED,
              align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    cell_text(t.cell(1, 0), "青岛市人民政府", XB, 30, color=RED,
              align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XB, 40, color=RED)
    col_widths(t, (Cm(10.5), Cm(4.5)))
    for c in t.columns[0].cells:
        c.paragraphs[0].paragraph_format.line_spacing = Pt(48)
    empty(doc, 1)
    p = para(doc, doc_no, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    p = lines_para(doc, ["中共青岛市委　青岛市人民政府",
                         "关于表彰2025年度中国（山东）",
                         "自由贸易试验区青岛片区建设",
                         "先进集体和先进个人的决定"],
                   font=XB, size=S2, align=WD_ALIGN_PARAGRAPH.CENTER)
    p.paragraph_format.line_spacing = Pt(36)
    empty(doc, 1)
    para(doc, "各区、市党委和人民政府，市委各部委，市直各部门，市管企业，各人民团体：")

    clauses = []
    paras = [
        "2025年是中国（山东）自由贸易试验区青岛片区（以下简称青岛片区）高质量发展的关键之年。全市各级各部门坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届历次全会精神，全面落实自由贸易试验区提升战略，聚焦海洋经济、国际航运贸易、现代金融、先进制造等重点领域，大胆试、大胆闯、自主改，推动青岛片区建设取得显著成效。全年青岛片区实现进出口总额4362.8亿元，新设外商投资企业286家，实际使用外资14.3亿美元；新形成制度创新成果47项，“集装箱‘船边直提、抵港直装’全流程智能化”“跨境电商零售进口退货中心仓”等9项案例在全国复制推广。",
        "为表彰先进、激励担当，市委、市政府决定，授予青岛市商务局自贸试验区工作处等12个单位“青岛市2025年度自贸试验区建设先进集体”称号，授予王海涛等20名同志“青岛市2025年度自贸试验区建设先进个人”称号。",
        "受表彰的先进个人，由所在单位按照有关规定给予一次性奖励，所需经费按现行渠道解决。",
        "希望受到表彰的先进集体和先进个人珍惜荣誉、再接再厉，继续在深化改革、扩大开放中走在前、作表率。",
        "全市各级各部门和广大干部职工要以先进为榜样，锚定“走在前、挑大梁”，深入对接区域全面经济伙伴关系协定（RCEP）等高标准经贸规则，推动青岛片区与中国—上海合作组织地方经贸合作示范区、青岛前湾综合保税区联动发展，加快建设“一带一路”国际合作新平台，为青岛加快建设开放、现代、活力、时尚的国际大都市作出新的更大贡献。",
    ]
    for t_ in paras:
        body(doc, t_)
        clauses.append(t_)
    empty(doc, 1)
    att1 = "青岛市2025年度自贸试验区建设先进集体名单"
    att2 = "青岛市2025年度自贸试验区建设先进个人名单"
    para(doc, "附件：1．" + att1, first=32)
    para(doc, "　　　　　2．" + att2)  # quirk: alignment by typed spaces
    empty(doc, 3)
    # quirk: two 落款 organs typed on one line with spaces
    para(doc, "　　　中共青岛市委" + "　" * 8 + "青岛市人民政府")
    para(doc, "　" * 16 + "2026年4月8日")
    empty(doc, 1)
    para(doc, "（此件公开发布）", first=32)

    # ---- 附件1
    page_break(doc)
    para(doc, [("附件1", HT, S3)])
    empty(doc, 1)
    para(doc, [(att1, XB, S2)], align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    para(doc, [("（12个）", KT, S3)], align=WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc, 1)
    units = [
        "青岛市商务局自贸试验区工作处",
        "青岛海关综合业务处",
        "青岛海关所属黄岛海关",
        "中国（山东）自由贸易试验区青岛片区管理委员会制度创新部",
        "青岛西海岸新区行政审批服务局",
        "青岛前湾综合保税区管理服务中心",
        "山东港口青岛港集团有限公司前湾集装箱码头分公司",
        "青岛市口岸和物流服务中心",
        "国家税务总局青岛市税务局出口退税管理处",
        "青岛市市场监督管理局登记注册处",
        "中国—上海合作组织地方经贸合作示范区管理委员会经贸发展部",
        "青岛胶州湾国际物流园中欧班列集结中心",
    ]
    for i, u in enumerate(units, 1):
        t_ = "%d．%s" % (i, u)  # numbers typed by hand
        para(doc, t_, first=32)
        clauses.append(t_)

    # ---- 附件2 (table)
    page_break(doc)
    para(doc, [("附件2", HT, S3)])
    empty(doc, 1)
    para(doc, [(att2, XB, S2)], align=WD_ALIGN_PARAGRAPH.CENTER, spacing=36)
    para(doc, [("（20名）", KT, S3)], align=WD_ALIGN_PARAGRAPH.CENTER)
    empty(doc, 1)
    rows = [
        ("王海涛", "男", "青岛市商务局自贸试验区工作处处长"),
        ("李　娜", "女", "青岛海关综合业务处副处长"),
        ("张志刚", "男", "青岛海关所属黄岛海关查验科科长"),
        ("刘　洋", "男", "中国（山东）自由贸易试验区青岛片区管理委员会制度创新部部长"),
        ("孙丽华", "女", "青岛西海岸新区行政审批服务局副局长"),
        ("陈　磊", "男", "青岛前湾综合保税区管理服务中心主任"),
        ("赵晓明", "男", "山东港口青岛港集团有限公司前湾集装箱码头分公司总经理"),
        ("于海燕", "女", "青岛市口岸和物流服务中心四级调研员"),
        ("曲　峰", "男", "国家税务总局青岛市税务局出口退税管理处一级主任科员"),
        ("姜文静", "女", "青岛市市场监督管理局登记注册处副处长"),
        ("高建军", "男", "中国—上海合作组织地方经贸合作示范区管理委员会副主任"),
        ("隋　明", "男", "青岛胶州湾国际物流园中欧班列集结中心副主任"),
        ("宋雪梅", "女", "青岛市发展和改革委员会开放型经济处处长"),
        ("薛　刚", "男", "青岛市司法局涉外法律服务处副处长"),
        ("董秀英", "女", "青岛市人力资源和社会保障局人才发展处三级调研员"),
        ("房立新", "男", "青岛市黄岛区人民法院自由贸易试验区法庭庭长"),
        ("郝　帅", "男", "青岛跨境电子商务综合试验区服务中心科长"),
        ("栾晓红", "女", "中国人民银行青岛市分行经常项目管理处副处长"),
        ("臧振华", "男", "青岛市交通运输局港航管理处一级主任科员"),
        ("宫　卫", "男", "青岛西海岸新区投资促进中心主任"),
    ]
    head = ("序号", "姓名", "性别", "工作单位及职务")
    tb = doc.add_table(rows=1 + len(rows), cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(1.5), Cm(2.4), Cm(1.5), Cm(10.2))
    for j, h in enumerate(head):
        cell_text(tb.cell(0, j), h, HT, S4)
    repeat_header(tb.rows[0])
    for i, r in enumerate(rows, 1):
        vals = (str(i),) + r
        for j, v in enumerate(vals):
            cell_text(tb.cell(i, j), v, FS, S4,
                      align=WD_ALIGN_PARAGRAPH.LEFT if j == 3 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(head, vals)))
    col_widths(tb, widths)

    banji(doc,
          "抄送：驻青部队，各民主党派市委，市工商联。",
          "中共青岛市委办公厅", "2026年4月9日")
    page_numbers(doc, "dash")
    meta = {
        "title": title,
        "doc_number": doc_no,
        "issuer": ["中共青岛市委", "青岛市人民政府"],
        "date": "2026-04-08",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": None,
        "expires": None,
        "attachments": [att1, att2],
        "doc_type": "决定",
        "recipients": ["各区、市党委和人民政府", "市委各部委", "市直各部门", "市管企业", "各人民团体"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for stem, fn in (("blind646_xiamen_jueding", make_xiamen),
                     ("blind646_chengdu_jueding", make_chengdu),
                     ("blind646_qingdao_jueding", make_qingdao)):
        doc, exp = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_646", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        expected[stem] = exp
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
