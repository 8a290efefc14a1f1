# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 433 blind test documents: 政府信息公开 documents of zone authorities.

Writes next to itself:
  blind433_lingang_gaozhishu.docx/.pdf   临港新片区管委会 政府信息公开申请答复告知书
  blind433_dongjiang_gaozhishu.docx/.pdf 天津东疆综合保税区管委会 答复告知书
  blind433_xiamen_nianbao.docx/.pdf      厦门片区管委会 2025年政府信息公开工作年度报告
  expected.json
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ----------------------------------------------------------------- helpers
def font(run, east=FS, size=16, bold=None, color=None):
    run.font.name = "Times New Roman"
    rPr = run._element.get_or_add_rPr()
    rFonts = rPr.find(qn("w:rFonts"))
    if rFonts is None:
        rFonts = OxmlElement("w:rFonts")
        rPr.insert(0, rFonts)
    rFonts.set(qn("w:eastAsia"), east)
    rFonts.set(qn("w:hint"), "eastAsia")
    run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def new_doc():
    d = Document()
    sec = d.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    add_page_number(sec)
    return d


def fmt(p, align=None, first=True, line=28, size=16):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first:
        pf.first_line_indent = Pt(size * 2)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    return p


def para(d, text="", east=FS, size=16, bold=None, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
         first=True, color=None, line=28):
    p = d.add_paragraph()
    fmt(p, align, first, line, size)
    if text:
        font(p.add_run(text), east, size, bold, color)
    return p


def runin(d, head, body, head_font=KT, bold=True):
    """run-in heading: bold 楷体 head, then 仿宋 text in the same paragraph"""
    p = para(d)
    font(p.add_run(head), head_font, 16, bold)
    font(p.add_run(body), FS, 16)
    return p


def heading(d, text, east=HT):
    return para(d, text, east=east, first=True)


def empty(d, n=1):
    for _ in range(n):
        para(d, "", first=False)


def bottom_border(p, color="FF0000", sz=18):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def top_bottom_border(p, sz=6):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "bottom"):
        b = OxmlElement("w:" + side)
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "000000")
        bdr.append(b)
    pPr.append(bdr)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._element.append(el)


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run("— "), "宋体", 14)
    r = font(p.add_run(), "宋体", 14)
    add_field(r, "PAGE")
    font(p.add_run(" —"), "宋体", 14)


def cell_text(cell, text, size=10.5, bold=None, east=FS, align=WD_ALIGN_PARAGRAPH.CENTER):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = 1.0
    for i, ln in enumerate(lines):
        r = font(p.add_run(ln), east, size, bold)
        if i < len(lines) - 1:
            r.add_break()


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def chinese_numbering(d, num_id=41, abs_id=41):
    """Word automatic numbering 一、二、三、 (chineseCounting)"""
    numbering = d.part.numbering_part.element
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(abs_id))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1、"), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    pPr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    pPr.append(ind)
    lvl.append(pPr)
    rPr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:eastAsia"), FS)
    rf.set(qn("w:hint"), "eastAsia")
    rPr.append(rf)
    lvl.append(rPr)
    a.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    n.append(an)
    numbering.append(n)
    return num_id


def set_num(p, num_id):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.insert(0, numPr)
    p.paragraph_format.first_line_indent = Pt(32)


def meta(**kw):
    base = dict(title=None, doc_number=None, issuer=[], date=None, published=None,
                level="zone", region=None, effective=None, expires=None,
                attachments=[], doc_type=None, recipients=[], publicity=None,
                repeals=None)
    base.update(kw)
    return base


EXPECTED = {}


# ================================================================ doc 1
def doc_lingang():
    stem = "blind433_lingang_gaozhishu"
    d = new_doc()
    clauses = []
    organ = "中国（上海）自由贸易试验区临港新片区管理委员会"

    # red 版头 with a red rule under it
    p = para(d, organ, east=XBS, size=17, align=WD_ALIGN_PARAGRAPH.CENTER,
             first=False, color=RED, line=36)
    bottom_border(p)
    empty(d)
    para(d, "政府信息公开申请答复告知书", east=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, first=False, line=36)
    docno = "沪临管信公复〔2025〕37号"
    para(d, docno, align=WD_ALIGN_PARAGRAPH.RIGHT, first=False)
    empty(d)

    # applicant fields typed as plain paragraphs (no indent)
    fields = ["申请人：王某某",
              "申请编号：LG2025-YSQ-0037",
              "收到申请日期：2025年3月5日",
              "申请方式：网上申请"]
    for f in fields:
        para(d, f, first=False, align=WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append(f)
    empty(d)
    para(d, "王某某：", first=False, align=WD_ALIGN_PARAGRAPH.LEFT)

    # request quoted, items separated by soft line breaks inside one paragraph
    req_lines = [
        "本机关于2025年3月5日收到您通过上海市政府信息公开申请平台提交的政府信息公开申请，您申请获取：“1.2024年度临港新片区跨境电商企业进口物流补贴的获补企业名单及补贴金额；",
        "2.《中国（上海）自由贸易试验区临港新片区关于支持跨境电子商务高质量发展的若干措施》起草过程中征求意见的汇总材料；",
        "3.洋山特殊综合保税区2024年进出口货值月度统计数据。”",
    ]
    p = para(d, align=WD_ALIGN_PARAGRAPH.LEFT)
    for i, ln in enumerate(req_lines):
        r = font(p.add_run(ln))
        if i < len(req_lines) - 1:
            r.add_break(WD_BREAK.LINE)
    clauses.append("".join(req_lines))

    body = [
        "经审查，根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的有关规定，现答复如下：",
        "一、关于您申请的第1项信息。该信息已由本机关于2025年1月20日在临港新片区管委会门户网站“政府信息公开—财政资金信息”栏目主动公开。根据《条例》第三十六条第（一）项的规定，您可以通过该栏目查阅获取。为方便您查阅，本机关将该信息网页截图一并提供（见附件）。",
        "二、关于您申请的第2项信息。经查，您所申请的征求意见汇总材料系本机关在履行行政管理职能过程中形成的讨论记录、过程稿等过程性信息。根据《条例》第十六条第二款、第三十六条第（三）项的规定，本机关决定不予公开。",
        "三、关于您申请的第3项信息。经查，洋山特殊综合保税区进出口货值统计数据不属于本机关负责公开的政府信息。根据《条例》第三十六条第（五）项的规定，告知您该信息由中华人民共和国洋山海关负责公开，建议您向该机关提出申请。",
        "根据《条例》第四十二条和《政府信息公开信息处理费管理办法》的规定，本次申请不收取信息处理费。",
        "如对本答复不服，可以在收到本告知书之日起60日内向上海市人民政府申请行政复议，或者在收到本告知书之日起6个月内依法向人民法院提起行政诉讼。",
        "特此告知。",
    ]
    for i, t in enumerate(body):
        if t.startswith(("一、", "二、", "三、")):
            # run-in: the 关于……。 part typed in bold
            head, rest = t.split("。", 1)
            p = para(d)
            font(p.add_run(head + "。"), FS, 16, True)
            font(p.add_run(rest), FS, 16)
        else:
            para(d, t)
        clauses.append(t)

    contact = "（联系人：陈老师；联系电话：021-68283721）"
    para(d, contact)
    clauses.append(contact)
    empty(d)

    att = "2024年度临港新片区跨境电商企业进口物流补贴公示信息（网页截图）"
    para(d, "附件：" + att, first=True)
    empty(d, 2)

    # 落款 in a borderless layout table, organ name split across two lines
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), "", size=16)
    cell_text(t.cell(0, 1),
              "中国（上海）自由贸易试验区\n临港新片区管理委员会\n（政府信息公开专用章）\n2025年3月24日",
              size=16, east=FS)
    t.cell(0, 0).width = Cm(6)
    t.cell(0, 1).width = Cm(9.6)

    empty(d)
    d.save(os.path.join(HERE, stem + ".docx"))
    EXPECTED[stem] = [{
        "meta": meta(title="政府信息公开申请答复告知书", doc_number=docno,
                     issuer=[organ], date="2025-03-24",
                     region="中国（上海）自由贸易试验区临港新片区",
                     attachments=[att], doc_type="告知书", recipients=["王某某"]),
        "clauses": clauses,
    }]
    return stem


# ================================================================ doc 2
def doc_dongjiang():
    stem = "blind433_dongjiang_gaozhishu"
    d = new_doc()
    clauses = []
    organ = "天津东疆综合保税区管理委员会"
    num = chinese_numbering(d)

    # title typed as two separate centred paragraphs
    para(d, organ, east=XBS, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, first=False, line=36)
    para(d, "政府信息公开申请答复告知书", east=XBS, size=22,
         align=WD_ALIGN_PARAGRAPH.CENTER, first=False, line=36)
    empty(d)
    docno = "东疆管委信复〔2025〕第112号"
    para(d, docno, align=WD_ALIGN_PARAGRAPH.CENTER, first=False)
    empty(d)

    # applicant fields as a real bordered table (header row + one data row)
    hdr = ["申请人", "申请方式", "收到申请日期", "申请编号"]
    row = ["天津海岳供应链管理有限公司", "信函", "2025年9月8日", "DJ2025-112"]
    t = d.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in enumerate(hdr):
        cell_text(t.cell(0, c), h, size=12, bold=True, east=HT)
        cell_text(t.cell(1, c), row[c], size=12)
    clauses.append("；".join(f"{h}：{v}" for h, v in zip(hdr, row)))
    empty(d)

    para(d, "天津海岳供应链管理有限公司：", first=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    intro = [
        "本机关于2025年9月8日收到你单位以邮寄方式提交的《政府信息公开申请表》，申请公开“东疆综合保税区2025年上半年新注册融资租赁企业名单、飞机和船舶租赁资产交付数量，以及《天津东疆综合保税区促进跨境电商零售进口业务发展扶持办法》的具体适用条件和2024年度兑现情况”。",
        "2025年9月12日，本机关向你单位发出《政府信息公开申请补正通知书》（东疆管委补〔2025〕第31号），你单位于2025年9月19日提交了补正材料。根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第三十条的规定，答复期限自本机关收到补正后的申请之日起计算。经审查，现答复如下：",
    ]
    for t_ in intro:
        para(d, t_)
        clauses.append(t_)

    # Word automatic numbering 一、二、三、四、 (the numbers are not in the text)
    items = [
        "你单位申请的“2025年上半年新注册融资租赁企业名单”属于公开范围。根据《条例》第三十六条第（二）项的规定，本机关予以公开，具体见附件1。",
        "你单位申请的“飞机和船舶租赁资产交付数量”，本机关掌握2025年1月至6月东疆综合保税区飞机、船舶租赁资产交付数量的统计汇总数据，现予以提供（见附件2）。其中涉及单个承租企业交付明细的部分，属于第三方商业秘密，公开后可能损害第三方合法权益，根据《条例》第十五条、第三十七条的规定，本机关对该部分信息作区分处理，不予公开。",
        "你单位申请的“《天津东疆综合保税区促进跨境电商零售进口业务发展扶持办法》的具体适用条件”，该信息已由本机关主动公开。根据《条例》第三十六条第（一）项的规定，你单位可在天津港保税区（东疆）门户网站“政策文件”栏目查阅。",
        "你单位申请的“2024年度兑现情况”，经检索，本机关掌握的相关信息情况如下：",
    ]
    cn = ["一、", "二、", "三、", "四、"]
    for i, t_ in enumerate(items):
        p = para(d, t_)
        set_num(p, num)
        clauses.append(cn[i] + t_)

    subs = [
        "（一）2024年度扶持资金兑现总额及兑现企业数量已在本机关2024年度部门决算中公开。根据《条例》第三十六条第（一）项的规定，你单位可在天津港保税区（东疆）门户网站“财政信息”栏目查阅。",
        "（二）你单位要求按企业、按月份分项列明的兑现明细，本机关未制作过此类统计材料，需要对现有政府信息进行加工、分析方可形成。根据《条例》第三十八条的规定，本机关不予提供。",
    ]
    for s in subs:
        para(d, s)
        clauses.append(s)

    tail = [
        "本次答复不收取信息处理费。",
        "你单位如对本答复不服，可以自收到本告知书之日起60日内，向天津市滨海新区人民政府申请行政复议；或者自收到本告知书之日起6个月内，向有管辖权的人民法院提起行政诉讼。",
        "特此告知。",
        "联系人：刘某，联系电话：022-25602345。",
    ]
    for t_ in tail:
        para(d, t_)
        clauses.append(t_)
    empty(d)

    atts = ["东疆综合保税区2025年上半年新注册融资租赁企业名单",
            "东疆综合保税区2025年1—6月飞机船舶租赁资产交付数量汇总表"]
    para(d, "附件：1." + atts[0])
    # hanging alignment done with full-width spaces
    para(d, "\u3000\u3000\u30002." + atts[1])
    empty(d, 2)

    # 落款 pushed right with manual full-width spaces, seal note
    para(d, "\u3000" * 10 + organ, first=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(d, "\u3000" * 13 + "（盖章）", first=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(d, "\u3000" * 13 + "2025年10月14日", first=False, align=WD_ALIGN_PARAGRAPH.LEFT)

    d.save(os.path.join(HERE, stem + ".docx"))
    EXPECTED[stem] = [{
        "meta": meta(title=organ + "政府信息公开申请答复告知书", doc_number=docno,
                     issuer=[organ], date="2025-10-14", region="天津东疆综合保税区",
                     attachments=atts, doc_type="告知书",
                     recipients=["天津海岳供应链管理有限公司"]),
        "clauses": clauses,
    }]
    return stem


# ================================================================ doc 3
def grid(d, nrows, ncols):
    t = d.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t


def widths(t, cms):
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for i, c in enumerate(row.cells):
            c.width = Cm(cms[i])


def mcell(t, r1, c1, r2, c2, text, size=10.5, bold=None, east=FS):
    c = t.cell(r1, c1)
    if (r2, c2) != (r1, c1):
        c = c.merge(t.cell(r2, c2))
    cell_text(c, text, size=size, bold=bold, east=east)
    return c


def doc_xiamen():
    stem = "blind433_xiamen_nianbao"
    d = new_doc()
    clauses = []
    organ = "中国（福建）自由贸易试验区厦门片区管理委员会"
    title = organ + "2025年政府信息公开工作年度报告"

    # title with a soft line break inside one paragraph
    p = para(d, "", align=WD_ALIGN_PARAGRAPH.CENTER, first=False, line=36)
    r = font(p.add_run(organ), XBS, 22)
    r.add_break(WD_BREAK.LINE)
    font(p.add_run("2025年政府信息公开工作年度报告"), XBS, 22)
    empty(d)

    intro = ("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。本报告中所列数据统计期限自2025年1月1日起至2025年12月31日止。本报告电子版可在厦门自贸片区门户网站“政府信息公开”专栏查阅。如对本报告有疑问，请与中国（福建）自由贸易试验区厦门片区管理委员会办公室联系（地址：厦门市湖里区象屿路93号；邮编：361006；电话：0592-5676000）。")
    para(d, intro)
    clauses.append(intro)

    heading(d, "一、总体情况")
    p0 = "2025年，厦门自贸片区管委会坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，认真落实《条例》和国家、省、市关于政务公开工作的部署要求，围绕制度型开放、跨境贸易便利化、航运物流枢纽建设等重点工作，持续提升政府信息公开质量和实效，以公开促落实、促规范、促服务。"
    para(d, p0)
    clauses.append(p0)
    ri = [
        ("（一）主动公开。", "全年通过门户网站主动公开政府信息1276条，其中政策文件43条、政策解读38篇（含图解、视频解读21篇）、通知公告419条、工作动态604条、财政预决算信息12条。围绕跨境电商、中欧（厦门）班列、融资租赁、保税维修等重点领域，编制发布《厦门自贸片区惠企政策汇编（2025版）》，集中公开政策条款312项，实现“一站式”查询。"),
        ("（二）依申请公开。", "全年共收到政府信息公开申请52件，上年结转3件，均在法定期限内答复。其中予以公开17件，部分公开6件，不予公开6件，无法提供17件，不予处理3件，其他处理3件，结转下年度继续办理3件。"),
        ("（三）政府信息管理。", "严格落实公文公开属性源头认定制度，全年审核拟公开信息1276条，未发生泄密和不当公开问题。对现行有效的17件行政规范性文件进行全面梳理，及时标注失效、废止文件2件，并在门户网站集中公开现行有效行政规范性文件目录。"),
        ("（四）政府信息公开平台建设。", "推进门户网站集约化建设，优化“政府信息公开”专栏，新增“自贸试验区制度创新成果”“跨境电商政策专区”两个子栏目；依托“厦门自贸片区”微信公众号发布信息386条，累计阅读量超过92万人次。"),
        ("（五）监督保障。", "将政务公开工作纳入片区各部门年度绩效考核，全年组织政务公开业务培训2期、参训人员160余人次；在门户网站设置意见建议栏目，全年收到并回复网民留言73条。"),
    ]
    for h, b in ri:
        runin(d, h, b)
        clauses.append(h + b)

    # ---------------- 二、主动公开 table (4 physical columns, section rows)
    heading(d, "二、主动公开政府信息情况")
    spec2 = [
        ("sec", "第二十条第（一）项"),
        ("hdr", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]),
        ("row", ["规章", "0", "0", "0"]),
        ("row", ["行政规范性文件", "4", "2", "17"]),
        ("sec", "第二十条第（五）项"),
        ("hdr", ["信息内容", "本年处理决定数量"]),
        ("row", ["行政许可", "1386"]),
        ("sec", "第二十条第（六）项"),
        ("hdr", ["信息内容", "本年处理决定数量"]),
        ("row", ["行政处罚", "27"]),
        ("row", ["行政强制", "0"]),
        ("sec", "第二十条第（八）项"),
        ("hdr", ["信息内容", "本年收费金额（单位：万元）"]),
        ("row", ["行政事业性收费", "0"]),
    ]
    t = grid(d, len(spec2), 4)
    cur_hdr = None
    for r, (kind, val) in enumerate(spec2):
        if kind == "sec":
            mcell(t, r, 0, r, 3, val, size=11, bold=True, east=HT)
            continue
        if len(val) == 4:
            for c in range(4):
                mcell(t, r, c, r, c, val[c], bold=(kind == "hdr"),
                      east=HT if kind == "hdr" else FS)
        else:
            mcell(t, r, 0, r, 0, val[0], bold=(kind == "hdr"), east=HT if kind == "hdr" else FS)
            mcell(t, r, 1, r, 3, val[1], bold=(kind == "hdr"), east=HT if kind == "hdr" else FS)
        if kind == "hdr":
            cur_hdr = val
        else:
            clauses.append("；".join(f"{h}：{v}" for h, v in zip(cur_hdr, val)))
    empty(d)

    # ---------------- 三、依申请 table (10 physical columns, 3 header rows)
    # manual page break in an empty paragraph before the big table
    p = para(d, "", first=False)
    p.add_run().add_break(WD_BREAK.PAGE)
    heading(d, "三、收到和处理政府信息公开申请情况")
    note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    valcols = ["自然人", "法人或其他组织-商业企业", "法人或其他组织-科研机构",
               "法人或其他组织-社会公益组织", "法人或其他组织-法律服务机构",
               "法人或其他组织-其他", "总计"]

    def v(*six):
        six = list(six)
        return six + [sum(six)]

    res = [
        # (group, sub, item, values[6])
        ("三、本年度办理结果", "（一）予以公开", None, v(12, 4, 0, 1, 0, 0)),
        ("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None, v(3, 2, 0, 0, 1, 0)),
        ("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", v(0, 0, 0, 0, 0, 0)),
        ("三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开", v(0, 0, 0, 0, 0, 0)),
        ("三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”", v(0, 0, 0, 0, 0, 0)),
        ("三、本年度办理结果", "（三）不予公开", "4.保护第三方合法权益", v(1, 1, 0, 0, 0, 0)),
        ("三、本年度办理结果", "（三）不予公开", "5.属于三类内部事务信息", v(1, 0, 0, 0, 0, 0)),
        ("三、本年度办理结果", "（三）不予公开", "6.属于四类过程性信息", v(2, 0, 0, 0, 0, 0)),
        ("三、本年度办理结果", "（三）不予公开", "7.属于行政执法案卷", v(0, 0, 0, 0, 0, 0)),
        ("三、本年度办理结果", "（三）不予公开", "8.属于行政查询事项", v(1, 0, 0, 0, 0, 0)),
        ("三、本年度办理结果", "（四）无法提供", "1.本机关不掌握相关政府信息", v(9, 2, 0, 0, 1, 0)),
        ("三、本年度办理结果", "（四）无法提供", "2.没有现成信息需要另行制作", v(3, 1, 0, 0, 0, 0)),
        ("三、本年度办理结果", "（四）无法提供", "3.补正后申请内容仍不明确", v(1, 0, 0, 0, 0, 0)),
        ("三、本年度办理结果", "（五）不予处理", "1.信访举报投诉类申请", v(2, 0, 0, 0, 0, 0)),
        ("三、本年度办理结果", "（五）不予处理", "2.重复申请", v(1, 0, 0, 0, 0, 0)),
        ("三、本年度办理结果", "（五）不予处理", "3.要求提供公开出版物", v(0, 0, 0, 0, 0, 0)),
        ("三、本年度办理结果", "（五）不予处理", "4.无正当理由大量反复申请", v(0, 0, 0, 0, 0, 0)),
        ("三、本年度办理结果", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息", v(0, 0, 0, 0, 0, 0)),
        ("三、本年度办理结果", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", v(2, 0, 0, 0, 0, 0)),
        ("三、本年度办理结果", "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", v(0, 0, 0, 0, 0, 0)),
        ("三、本年度办理结果", "（六）其他处理", "3.其他", v(1, 0, 0, 0, 0, 0)),
    ]
    new = v(38, 11, 0, 1, 2, 0)
    carried = v(2, 1, 0, 0, 0, 0)
    total = [sum(x[3][i] for x in res) for i in range(7)]
    res.append(("三、本年度办理结果", "（七）总计", None, total))
    fwd = [new[i] + carried[i] - total[i] for i in range(7)]
    assert new[6] == 52 and carried[6] == 3 and total[6] == 52 and fwd[6] == 3, (new, total, fwd)
    assert all(x >= 0 for x in fwd)

    rows3 = [("一、本年新收政府信息公开申请数量", None, None, new),
             ("二、上年结转政府信息公开申请数量", None, None, carried)] + res + \
            [("四、结转下年度继续办理", None, None, fwd)]
    H = 3
    t = grid(d, H + len(rows3), 10)
    widths(t, [1.5, 1.9, 4.0] + [1.17] * 7)
    mcell(t, 0, 0, 2, 2, note, size=9)
    mcell(t, 0, 3, 0, 9, "申请人情况", size=10.5, bold=True, east=HT)
    mcell(t, 1, 3, 2, 3, "自然人", size=10.5, bold=True, east=HT)
    mcell(t, 1, 4, 1, 8, "法人或其他组织", size=10.5, bold=True, east=HT)
    mcell(t, 1, 9, 2, 9, "总计", size=10.5, bold=True, east=HT)
    for c, h in enumerate(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]):
        mcell(t, 2, 4 + c, 2, 4 + c, h, size=9, bold=True, east=HT)

    # merges for label columns
    r0 = H
    for i, (g, s, it, vals) in enumerate(rows3):
        r = r0 + i
        if s is None:
            mcell(t, r, 0, r, 2, g, size=9)
        elif it is None:
            mcell(t, r, 1, r, 2, s, size=9)
        else:
            mcell(t, r, 2, r, 2, it, size=9)
        for c in range(7):
            mcell(t, r, 3 + c, r, 3 + c, str(vals[c]), size=9)
        label = "-".join(x for x in (g, s, it) if x)
        clauses.append(f"{note}：{label}；" +
                       "；".join(f"{h}：{vals[k]}" for k, h in enumerate(valcols)))
    # vertical merges: 三、本年度办理结果 and the （三）…（六） groups
    first3 = r0 + 2
    last3 = r0 + 2 + len(res) - 1
    mcell(t, first3, 0, last3, 0, "三、本年度办理结果", size=9)
    grp = {}
    for i, (g, s, it, vals) in enumerate(rows3):
        if it is not None:
            grp.setdefault(s, []).append(r0 + i)
    for s, rs in grp.items():
        mcell(t, rs[0], 1, rs[-1], 1, s, size=9)
    empty(d)

    # ---------------- 四、复议诉讼 table (15 physical columns)
    heading(d, "四、政府信息公开行政复议、行政诉讼情况")
    t = grid(d, 4, 15)
    mcell(t, 0, 0, 0, 4, "行政复议", size=9, bold=True, east=HT)
    mcell(t, 0, 5, 0, 14, "行政诉讼", size=9, bold=True, east=HT)
    five = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    for c, h in enumerate(five):
        mcell(t, 1, c, 2, c, h, size=9, bold=True, east=HT)
    mcell(t, 1, 5, 1, 9, "未经复议直接起诉", size=9, bold=True, east=HT)
    mcell(t, 1, 10, 1, 14, "复议后起诉", size=9, bold=True, east=HT)
    for c, h in enumerate(five):
        mcell(t, 2, 5 + c, 2, 5 + c, h, size=9, bold=True, east=HT)
        mcell(t, 2, 10 + c, 2, 10 + c, h, size=9, bold=True, east=HT)
    vals4 = [1, 0, 1, 0, 2, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0]
    for c, x in enumerate(vals4):
        mcell(t, 3, c, 3, c, str(x), size=9)
    names4 = (["行政复议-" + h for h in five] +
              ["行政诉讼-未经复议直接起诉-" + h for h in five] +
              ["行政诉讼-复议后起诉-" + h for h in five])
    clauses.append("；".join(f"{n}：{x}" for n, x in zip(names4, vals4)))
    empty(d)

    heading(d, "五、存在的主要问题及改进情况")
    five_p = [
        ("（一）存在的主要问题。", "一是政策解读形式仍较单一，部分解读材料对企业关注的申报条件、兑现流程说明不够具体；二是个别依申请公开事项涉及多个部门，内部会商时间较长；三是部分工作人员依法公开意识和业务能力仍需进一步提升。"),
        ("（二）改进措施。", "针对上述问题，2026年重点做好以下工作："),
    ]
    for h, b in five_p:
        runin(d, h, b)
        clauses.append(h + b)
    for s in [
        "1.丰富政策解读形式。推行政策文件与解读材料同步起草、同步审签、同步发布，增加图解、短视频和政策问答等解读方式，提高解读的针对性和可读性。",
        "2.规范依申请公开办理。完善依申请公开会商机制，明确涉及多个部门申请的牵头和配合责任，压缩内部流转时间。",
        "3.加强队伍建设。分层分类开展政务公开业务培训，建立依申请公开典型案例库，提升工作人员依法公开的意识和能力。",
    ]:
        para(d, s)
        clauses.append(s)

    heading(d, "六、其他需要报告的事项")
    six = [
        ("（一）收取信息处理费情况。", "依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度未收取信息处理费。"),
        ("（二）人大代表建议和政协提案办理结果公开情况。", "本年度承办市人大代表建议5件、市政协提案8件，均已按期办结，办理结果已在门户网站公开。"),
        ("（三）年度政务公开工作要点落实情况。", "按照《2025年厦门市政务公开工作要点》部署，重点推进惠企政策“免申即享”信息公开、自贸试验区制度创新案例发布等工作，各项任务均已完成。"),
        ("（四）其他事项。", "本年度无其他需要报告的事项。"),
    ]
    for h, b in six:
        runin(d, h, b)
        clauses.append(h + b)
    empty(d, 2)
    para(d, "\u3000" * 5 + organ, first=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(d, "\u3000" * 16 + "2026年1月20日", first=False, align=WD_ALIGN_PARAGRAPH.LEFT)

    d.save(os.path.join(HERE, stem + ".docx"))
    EXPECTED[stem] = [{
        "meta": meta(title=title, issuer=[organ], date="2026-01-20",
                     region="中国（福建）自由贸易试验区厦门片区", doc_type="报告"),
        "clauses": clauses,
    }]
    return stem


def to_pdf(stem):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_433", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE,
                    os.path.join(HERE, stem + ".docx")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    stems = [doc_lingang(), doc_dongjiang(), doc_xiamen()]
    for s in stems:
        to_pdf(s)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
