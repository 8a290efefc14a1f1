# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 730 blind test documents: 市人民政府批转市发展改革委2026年深度融入共建“一带一路”工作要点."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)


# ----------------------------------------------------------------- helpers
def set_font(run, font, size=16, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    if color is not None:
        run.font.color.rgb = color


def fmt(p, align=None, indent=True, spacing=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(spacing)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        ppr = p._p.get_or_add_pPr()
        ind = OxmlElement("w:ind")
        ind.set(qn("w:firstLineChars"), "200")
        ind.set(qn("w:firstLine"), "640")
        ppr.append(ind)


def para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, spacing=28, before=0, after=0):
    """parts: list of (text, font, size, bold, color) or str (仿宋16); '\\n' inside a part -> soft line break."""
    p = doc.add_paragraph()
    fmt(p, align, indent, spacing, before, after)
    if getattr(doc, "_pbb", False):
        p.paragraph_format.page_break_before = True
        doc._pbb = False
    if isinstance(parts, str):
        parts = [(parts, FS)]
    for part in parts:
        text, font = part[0], part[1]
        size = part[2] if len(part) > 2 else 16
        bold = part[3] if len(part) > 3 else False
        color = part[4] if len(part) > 4 else None
        chunks = text.split("\n")
        for i, ch in enumerate(chunks):
            r = p.add_run(ch)
            set_font(r, font, size, bold, color)
            if i < len(chunks) - 1:
                r.add_break()
    return p


def empty(doc, n=1, size=16):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, None, False)
        r = p.add_run("")
        set_font(r, FS, size)


def page_break(doc):
    """the next paragraph starts a new page (set via 段前分页)."""
    doc._pbb = True


def border(p, side="bottom", color="FF0000", sz="18"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    b = OxmlElement("w:" + side)
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)


def setup_page(doc, pagefmt="— {} —"):
    s = doc.sections[0]
    s.page_height = Cm(29.7)
    s.page_width = Cm(21.0)
    s.top_margin = Cm(3.7)
    s.bottom_margin = Cm(3.5)
    s.left_margin = Cm(2.8)
    s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # footer page number
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, after = pagefmt.split("{}")
    r = fp.add_run(before)
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._element.append(f1)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._element.append(f2)
    r = fp.add_run("1")
    set_font(r, "宋体", 14)
    r = fp.add_run()
    set_font(r, "宋体", 14)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._element.append(f3)
    r = fp.add_run(after)
    set_font(r, "宋体", 14)


def red_head(doc, name, docno, line_on_docno=True):
    empty(doc, 1)
    p = para(doc, [(name, XBS, 40, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
             indent=False, spacing=60)
    # compress characters a bit, like offices do
    for r in p.runs:
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), "-20")
        r._element.get_or_add_rPr().append(sp)
    empty(doc, 1)
    p = para(doc, [(docno, FS, 16)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    if line_on_docno:
        border(p, "bottom", "FF0000", "24")
    else:
        q = para(doc, [("", FS, 8)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=8)
        border(q, "bottom", "FF0000", "24")
    empty(doc, 1)


def no_borders_table(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, font=FS, size=16, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT, spacing=28):
    p = cell.paragraphs[0]
    fmt(p, align, False, spacing)
    chunks = text.split("\n")
    for i, ch in enumerate(chunks):
        r = p.add_run(ch)
        set_font(r, font, size, bold)
        if i < len(chunks) - 1:
            r.add_break()


def banji_table(doc, chaosong, yinfa_org, yinfa_date):
    """版记 as a 2-row table with thick top/bottom rules."""
    empty(doc, 2)
    t = doc.add_table(rows=2, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side, val, sz in (("top", "single", "12"), ("bottom", "single", "12"), ("insideH", "single", "4"),
                          ("left", "nil", "0"), ("right", "nil", "0"), ("insideV", "nil", "0")):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), sz)
            e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)
    c0 = t.rows[0].cells[0]
    p = c0.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False, 24)
    r = p.add_run("抄送：")
    set_font(r, FS, 14)
    r = p.add_run(chaosong)
    set_font(r, FS, 14)
    c1 = t.rows[1].cells[0]
    p = c1.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.LEFT, False, 24)
    r = p.add_run(yinfa_org + "\u3000" * 6 + "  " + yinfa_date + "印发")
    set_font(r, FS, 14)


# numbering (Word auto numbering （一）（二）… with chineseCounting)
def add_cn_abstract(doc, abs_id=730):
    numbering = doc.part.numbering_part.element
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "chineseCounting"), ("w:suff", "nothing"),
                     ("w:lvlText", "（%1）"), ("w:lvlJc", "left")):
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
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:hint"):
        rf.set(qn(k), KT if k != "w:hint" else "eastAsia")
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    a.append(lvl)
    # abstractNum must come before any w:num
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    return abs_id


def new_num(doc, abs_id, num_id):
    numbering = doc.part.numbering_part.element
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    n.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    n.append(ov)
    numbering.append(n)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    # numPr should come early in pPr
    ppr.insert(0, numPr)
    # the numbering supplies the indent; drop our own first-line indent
    for ind in ppr.findall(qn("w:ind")):
        ppr.remove(ind)


def to_pdf(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_730", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXPECTED = {}

NOTICE_BODY = "市人民政府同意市发展改革委《关于2026年深度融入共建“一带一路”工作要点》，现转发给你们，请认真贯彻执行。"
YDYL_TITLE = "关于2026年深度融入共建“一带一路”工作要点"


def meta(title, docno, issuer, date, region, doc_type, recipients, publicity):
    return {
        "title": title,
        "doc_number": docno,
        "issuer": issuer,
        "date": date,
        "published": None,
        "level": "municipal",
        "region": region,
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": doc_type,
        "recipients": recipients,
        "publicity": publicity,
        "repeals": None,
    }


# ================================================================= 1. 西安
def make_xian():
    stem = "blind730_xian_pizhuan"
    doc = Document()
    setup_page(doc, "— {} —")
    red_head(doc, "西安市人民政府文件", "市政发〔2026〕5号", line_on_docno=True)
    # title typed as two paragraphs
    para(doc, [("西安市人民政府批转市发展改革委关于", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    para(doc, [("2026年深度融入共建“一带一路”工作要点的通知", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    empty(doc)
    zhusong = "各区、县人民政府，西咸新区、各开发区管委会，市人民政府各工作部门、各直属机构："
    para(doc, zhusong, indent=False)
    para(doc, NOTICE_BODY)
    empty(doc, 2)
    # 落款 by manual spaces
    para(doc, [("\u3000" * 12 + "西安市人民政府", FS)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    para(doc, [("\u3000" * 12 + "2026年2月10日", FS)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    empty(doc)
    para(doc, "（此件公开发布）")
    page_break(doc)

    # ---- 工作要点
    para(doc, [("关于2026年深度融入共建\n“一带一路”工作要点", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    empty(doc)
    clauses = []

    intro = ("2026年是“十五五”开局之年，也是西安深度融入共建“一带一路”、加快建设内陆开放高地的关键之年。"
             "为全面贯彻落实党中央、国务院和省委、省政府关于推动共建“一带一路”高质量发展的决策部署，"
             "进一步发挥中欧班列（西安）集结中心和中国（陕西）自由贸易试验区西安区域的平台作用，制定本工作要点。")
    para(doc, intro)
    clauses.append(intro)

    sections = [
        ("一、提升国际物流通道能级", [
            ("（一）推动中欧班列（西安）高质量发展。",
             "全年开行中欧班列（西安）5500列以上，稳定运行干线通道18条，加密至中亚、欧洲的精品班列线路，推动“班列+跨境电商”“班列+海外仓”模式扩面增量。",
             "（责任单位：西安国际港务区管委会、市交通局、市商务局）", True),
            ("（二）完善航空货运网络。",
             "新开加密西安至中亚、东南亚、欧洲全货机航线4条以上，全年完成航空货邮吞吐量45万吨，推进西安咸阳国际机场东航站区货运设施配套建设。",
             "（责任单位：市发展改革委、市交通局、西咸新区管委会）", False),
            ("（三）强化多式联运衔接。",
             "推进西安铁路综合货场、新筑铁路物流基地扩能改造，开展“铁空联运”“铁海联运”一单制试点，年内多式联运集装箱量同比增长10%。",
             "（责任单位：市交通局、西安国际港务区管委会、中国铁路西安局集团有限公司）", False),
        ]),
        ("二、扩大高水平对外开放", [
            ("（一）深化自贸试验区制度创新。",
             "聚焦投资贸易便利化，全年形成制度创新成果20项以上，争取2项以上在全国复制推广；深化与中亚国家在通关、检验检疫、跨境金融等领域的规则对接。",
             "（责任单位：市商务局、西安海关、西安国际港务区管委会）", False),
            ("（二）提升综合保税区发展水平。",
             "推动西安综合保税区、西安高新综合保税区、西安关中综合保税区加快发展保税研发、保税维修、保税展示交易等新业态，全年综合保税区进出口额突破1800亿元。",
             "（责任单位：市商务局、西安海关、西安高新区管委会）", False),
            ("（三）促进跨境电商扩量提质。",
             "支持企业在共建“一带一路”国家布局海外仓，新增公共海外仓3个以上；推进跨境电商综合试验区线上综合服务平台迭代升级，全年跨境电商交易额增长15%以上。",
             "（责任单位：市商务局、市邮政管理局）", True),
        ]),
        ("三、深化经贸产能合作", [
            ("（一）拓展中亚市场。",
             "积极参与办好第十届丝绸之路国际博览会，组织企业赴哈萨克斯坦、乌兹别克斯坦等国开展经贸对接活动10场以上。",
             "（责任单位：市商务局、市贸促会）", False),
            ("（二）推动优势产能“走出去”。",
             "支持装备制造、新能源汽车、光伏等优势企业在共建国家建设生产基地和营销网络，全年对共建国家非金融类直接投资增长8%以上。",
             "（责任单位：市商务局、市工业和信息化局、市发展改革委）", True),
            ("（三）加强外资招引。",
             "围绕先进制造、现代服务等重点领域，全年新设外商投资企业200家以上；全面落实外商投资准入前国民待遇加负面清单管理制度，保障外资企业依法平等参与政府采购和标准制定。",
             "（责任单位：市商务局、市投资合作局、市市场监管局）", False),
        ]),
        ("四、深化人文交流合作", [
            ("（一）推进教育科技合作。",
             "支持在西安高校建设“一带一路”联合实验室和国际联合研究中心，办好丝绸之路大学联盟相关活动，来华留学生规模稳中有升。",
             "（责任单位：市教育局、市科技局）", False),
            ("（二）扩大文化旅游交流。",
             "以“长安”品牌为纽带，办好丝绸之路国际电影节、丝路文化周等活动，开通加密入境旅游航线，用好240小时过境免签政策。",
             "（责任单位：市文化和旅游局、市外办、西安出入境边防检查站）", False),
        ]),
        ("五、强化组织保障", [
            ("（一）加强统筹协调。",
             "发挥市推进“一带一路”建设工作领导小组办公室作用，建立重点任务台账，实行清单化管理、项目化推进。",
             "（责任单位：市发展改革委）", False),
            ("（二）强化督导评估。",
             "各责任单位要于每季度末月25日前将工作进展报送市发展改革委，市发展改革委会同有关部门开展年度评估，评估结果纳入年度目标责任考核。",
             "（责任单位：市发展改革委、市政府督查室）", True),
        ]),
    ]
    for head, items in sections:
        para(doc, [(head, HT)])
        for h, body, duty, softbr in items:
            parts = [(h, KT, 16, True), (body + ("\n" if softbr else ""), FS), (duty, FS)]
            para(doc, parts)
            clauses.append(h + body + duty)
        empty(doc)

    empty(doc, 2)
    para(doc, [("西安市发展和改革委员会", FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, [("2026年1月23日" + "\u3000" * 2, FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    banji_table(doc, "市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市法院，市检察院，西安警备区，各民主党派市委。",
                "西安市人民政府办公厅", "2026年2月11日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)

    EXPECTED[stem] = [
        {"meta": meta("西安市人民政府批转市发展改革委关于2026年深度融入共建“一带一路”工作要点的通知",
                      "市政发〔2026〕5号", ["西安市人民政府"], "2026-02-10", "西安市", "通知",
                      ["各区、县人民政府", "西咸新区、各开发区管委会", "市人民政府各工作部门、各直属机构"],
                      "此件公开发布"),
         "clauses": [NOTICE_BODY]},
        {"meta": meta(YDYL_TITLE, None, ["西安市发展和改革委员会"], "2026-01-23", "西安市", "工作要点",
                      [], None),
         "clauses": clauses},
    ]


# ================================================================= 2. 连云港
def make_lianyungang():
    stem = "blind730_lianyungang_pizhuan"
    doc = Document()
    setup_page(doc, "— {} —")
    abs_id = add_cn_abstract(doc)
    red_head(doc, "连云港市人民政府文件", "连政发〔2026〕8号", line_on_docno=False)
    # title: one paragraph with soft line break
    para(doc, [("连云港市人民政府批转市发展改革委\n关于2026年深度融入共建“一带一路”\n工作要点的通知", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    empty(doc)
    para(doc, "各县、区人民政府，市开发区、徐圩新区、连云港高新区、云台山景区管委会，市各委、办、局，市各直属单位：",
         indent=False)
    body2 = ("各地、各部门要对照工作要点明确的任务分工，细化工作举措，强化协同配合，"
             "并于2026年6月30日和12月20日前将工作进展情况报送市发展改革委。")
    para(doc, NOTICE_BODY)
    para(doc, body2)
    empty(doc, 1)
    # 落款 in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    no_borders_table(t)
    cell_text(t.rows[0].cells[1], "连云港市人民政府", align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.rows[1].cells[1], "2026年3月2日", align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(t.rows[0].cells[0], "")
    cell_text(t.rows[1].cells[0], "")
    para(doc, "（此件公开发布）")
    page_break(doc)

    para(doc, [("关于2026年深度融入共建“一带一路”\n工作要点", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    empty(doc)
    clauses = []
    intro = ("2026年，全市深度融入共建“一带一路”工作要以建设“一带一路”强支点为引领，聚焦新亚欧陆海联运通道标杆示范项目，"
             "着力提升港口枢纽能级、开放平台功能和国际合作水平，奋力在服务全国构建新发展格局中展现更大作为。现提出如下工作要点。")
    para(doc, intro)
    clauses.append(intro)

    cn = "一二三四五六七八九十"
    sections = [
        ("一、提升陆海联运通道枢纽功能", [
            ("推进港口基础设施建设。",
             "加快连云港港30万吨级航道二期工程收尾，推进徐圩港区、赣榆港区公共码头建设，全年港口货物吞吐量达到3.6亿吨，集装箱吞吐量突破700万标箱。（责任单位：市交通运输局、连云港港口集团）"),
            ("做强中哈（连云港）物流合作基地和上合组织（连云港）国际物流园。",
             "深化与哈萨克斯坦等国合作，推动两大基地扩能增效，全年完成集装箱进出场量60万标箱以上。（责任单位：市交通运输局、市商务局、连云港港口集团）"),
            ("加密国际班列线路。",
             "稳定开行连云港至中亚、欧洲国际班列，拓展“连云港—霍尔果斯—阿拉木图”“连云港—伊斯坦布尔”等线路，全年开行国际班列900列以上，海铁联运量增长8%以上。（责任单位：市交通运输局、市商务局）"),
        ]),
        ("二、提升开放平台能级", [
            ("深化自贸试验区连云港片区建设。",
             "围绕物流通道、产业合作、金融创新等领域，全年形成制度创新成果10项以上，推进国际班列运输单证物权化试点。（责任单位：市开发区管委会、市商务局、市委金融办）"),
            ("提升综合保税区发展水平。",
             "推动连云港综合保税区加快发展保税物流、保税加工和跨境电商业务，全年实现进出口额120亿元。（责任单位：市商务局、连云港海关、市开发区管委会）"),
            ("推进跨境电商综合试验区建设。",
             "完善线上综合服务平台功能，培育跨境电商龙头企业5家，新建海外仓2个。（责任单位：市商务局）"),
        ]),
        ("三、深化国际经贸产业合作", [
            ("扩大对共建国家贸易规模。",
             "组织企业参加中国—中亚经贸博览会、中国—东盟博览会等重点展会，全年对共建“一带一路”国家进出口增长6%以上。（责任单位：市商务局、市贸促会）"),
            ("推进石化、医药等产业国际合作。",
             "支持医药龙头企业拓展共建国家市场，推动徐圩新区石化产业基地深化与中东、中亚企业合作。（责任单位：市工业和信息化局、徐圩新区管委会）"),
            ("加强招商引资。",
             "开展“一带一路”主题招商活动，全年新设外商投资企业60家，实际使用外资5亿美元。（责任单位：市商务局，各县区政府、各功能板块）"),
        ]),
        ("四、拓展人文交流合作", [
            ("办好“一带一路”主题交流活动。",
             "承办“一带一路”交通物流国际合作相关会议和论坛，深化与友好城市交流合作。（责任单位：市外办、市交通运输局）"),
            ("推进教育和人才合作。",
             "支持江苏海洋大学等高校开展面向共建国家的职业技能培训和留学生教育，年内培训各类人员500人次以上。（责任单位：市教育局、市人力资源和社会保障局）"),
        ]),
    ]
    num_id = 7300
    for head, items in sections:
        para(doc, [(head, HT)])
        num_id += 1
        new_num(doc, abs_id, num_id)
        for i, (h, body) in enumerate(items):
            p = para(doc, [(h, KT), (body, FS)])
            set_num(p, num_id)
            clauses.append("（" + cn[i] + "）" + h + body)

    # 五、重点项目安排 with table
    para(doc, [("五、重点项目安排", HT)])
    tp = "2026年全市安排深度融入共建“一带一路”重点项目5个，具体如下表："
    para(doc, tp)
    clauses.append(tp)
    header = ["序号", "项目名称", "建设内容", "责任单位"]
    rows = [
        ["1", "连云港港30万吨级航道二期工程", "航道疏浚及配套设施建设", "市交通运输局、连云港港口集团"],
        ["2", "上合组织（连云港）国际物流园二期", "新建集装箱堆场及多式联运监管中心", "市开发区管委会"],
        ["3", "中哈物流合作基地扩能改造", "铁路装卸线延伸及智能化改造", "市交通运输局、连云港港口集团"],
        ["4", "连云港综合保税区保税仓储中心", "新建保税仓库8万平方米", "市开发区管委会、市商务局"],
        ["5", "徐圩港区公共液体散货码头", "建设10万吨级泊位2个", "徐圩新区管委会"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.4), Cm(5.0), Cm(5.2), Cm(4.0)]
    for j, h in enumerate(header):
        cell_text(t.rows[0].cells[j], h, HT, 12, False, WD_ALIGN_PARAGRAPH.CENTER, 20)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.rows[i + 1].cells[j], v, FS, 12, False,
                      WD_ALIGN_PARAGRAPH.CENTER if j == 0 else WD_ALIGN_PARAGRAPH.LEFT, 20)
        clauses.append("；".join(f"{header[j]}：{row[j]}" for j in range(4)))
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    empty(doc)

    para(doc, [("六、强化保障措施", HT)])
    num_id += 1
    new_num(doc, abs_id, num_id)
    guar = [
        ("加强组织领导。",
         "市推进“一带一路”建设工作领导小组统筹推进各项工作，各责任单位主要负责同志要亲自研究部署，确保各项任务落地见效。（责任单位：市发展改革委、各责任单位）"),
        ("加强跟踪问效。",
         "建立工作台账，每半年开展一次调度，年底进行综合评估，评估情况报市政府。（责任单位：市发展改革委）"),
    ]
    for i, (h, body) in enumerate(guar):
        p = para(doc, [(h, KT), (body, FS)])
        set_num(p, num_id)
        clauses.append("（" + cn[i] + "）" + h + body)

    empty(doc, 2)
    para(doc, [("连云港市发展和改革委员会" + "\u3000" * 2, FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, [("二〇二六年二月十二日" + "\u3000" * 3, FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    # 版记 as bordered paragraphs
    empty(doc, 3)
    p = para(doc, [("抄送：市委各部门，市人大常委会办公室，市政协办公室，市监委，市法院，市检察院，连云港军分区。", FS, 14)],
             align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    border(p, "top", "000000", "12")
    border(p, "bottom", "000000", "4")
    p = para(doc, [("连云港市人民政府办公室" + " " * 16 + "2026年3月3日印发", FS, 14)],
             align=WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    border(p, "bottom", "000000", "12")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)

    EXPECTED[stem] = [
        {"meta": meta("连云港市人民政府批转市发展改革委关于2026年深度融入共建“一带一路”工作要点的通知",
                      "连政发〔2026〕8号", ["连云港市人民政府"], "2026-03-02", "连云港市", "通知",
                      ["各县、区人民政府", "市开发区、徐圩新区、连云港高新区、云台山景区管委会",
                       "市各委、办、局", "市各直属单位"],
                      "此件公开发布"),
         "clauses": [NOTICE_BODY, body2]},
        {"meta": meta(YDYL_TITLE, None, ["连云港市发展和改革委员会"], "2026-02-12", "连云港市", "工作要点",
                      [], None),
         "clauses": clauses},
    ]


# ================================================================= 3. 钦州
def make_qinzhou():
    stem = "blind730_qinzhou_pizhuan"
    doc = Document()
    setup_page(doc, "-{}-")
    red_head(doc, "钦州市人民政府文件", "钦政发〔2026〕3号", line_on_docno=True)
    para(doc, [("钦州市人民政府批转市发展改革委关于2026年深度融入共建“一带一路”工作要点的通知", XBS, 22)],
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    empty(doc)
    para(doc, "各县区人民政府，各开发区管委会，市人民政府各组成部门、各直属机构：", indent=False)
    para(doc, NOTICE_BODY)
    empty(doc, 3)
    para(doc, [("钦州市人民政府" + "\u3000" * 4, FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, [("2026年1月30日" + "\u3000" * 4, FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    page_break(doc)

    title2 = "钦州市2026年深度融入共建“一带一路”工作要点"
    para(doc, [("钦州市2026年深度融入共建", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    para(doc, [("“一带一路”工作要点", XBS, 22)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, spacing=36)
    empty(doc)
    clauses = []
    intro = ("为深入贯彻落实习近平总书记关于共建“一带一路”的重要论述和对广西“三大定位”新使命的要求，"
             "高水平共建西部陆海新通道，推动钦州深度融入共建“一带一路”，结合我市实际，制定本工作要点。")
    para(doc, intro)
    clauses.append(intro)

    para(doc, [("一、总体要求", HT)])
    zt = ("坚持以通道带物流、物流带经贸、经贸带产业，主动对接《区域全面经济伙伴关系协定》（RCEP）和中国—东盟自由贸易区3.0版，"
          "全年力争钦州港货物吞吐量突破2.2亿吨、集装箱吞吐量达到1050万标箱，外贸进出口总额增长10%以上。")
    para(doc, zt)
    clauses.append(zt)

    def item(h, body, duty=None):
        parts = [(h, FS, 16, True), (body, FS)]
        if duty:
            parts.append((duty, KT))
        para(doc, parts)
        clauses.append(h + body + (duty or ""))

    def sub(text, duty=None):
        parts = [(text, FS)]
        if duty:
            parts.append((duty, KT))
        para(doc, parts)
        clauses.append(text + (duty or ""))

    para(doc, [("二、加快建设西部陆海新通道门户港", HT)])
    item("（一）提升港口集疏运能力。",
         "加快钦州港东航道扩建、大榄坪南作业区自动化集装箱码头建设，推进钦州港东站集装箱办理站扩能，年内新开加密外贸集装箱航线5条以上。",
         "（责任单位：市交通运输局、钦州港片区管委会、北部湾港钦州码头有限公司）")
    item("（二）做大海铁联运规模。",
         "加密钦州港至重庆、成都、昆明、兰州等地海铁联运班列，推广“一单制”“一箱制”联运模式，全年海铁联运班列开行量突破1.2万列。",
         "（牵头单位：市交通运输局；配合单位：钦州港片区管委会、市商务局）")
    item("（三）推进通道数字化建设。",
         "依托国际贸易“单一窗口”，推广“智慧港口”“两段准入”等便利化措施，进一步压缩进出口整体通关时间。",
         "（责任单位：钦州海关、市商务局、市大数据和行政审批局）")

    para(doc, [("三、提升开放平台能级", HT)])
    item("（四）深化自贸试验区钦州港片区改革创新。",
         "对标国际高标准经贸规则，全年形成制度创新成果15项以上。重点抓好以下工作：")
    sub("1．开展港航物流领域制度创新，探索国际船舶登记、保税燃料油加注等业务模式。")
    sub("2．推进跨境金融服务便利化，扩大跨境人民币结算规模，年内跨境人民币结算量增长20%。")
    sub("3．推动向海产业链制度型开放，支持石化、新能源材料等产业开展原料进口、保税加工业务创新。",
        "（责任单位：钦州港片区管委会、市商务局、人民银行钦州市分行）")
    item("（五）推进中马“两国双园”升级发展。",
         "推动中马钦州产业园区与马来西亚关丹产业园联动发展，深化“两国双园”跨境产业链合作，全年新签约项目20个以上。",
         "（责任单位：中马钦州产业园区管委会、市投资促进局）")
    item("（六）提升钦州综合保税区发展质效。",
         "加快发展保税物流、保税维修和跨境电商业务，推动综合保税区进出口额增长12%以上，在全国综合保税区发展绩效评估中争先进位。",
         "（责任单位：钦州港片区管委会、钦州海关、市商务局）")

    para(doc, [("四、深化与东盟国家经贸合作", HT)])
    item("（七）扩大对东盟贸易。",
         "组织企业参加中国—东盟博览会、中国—东盟商务与投资峰会，全年对东盟进出口额增长10%以上。",
         "（责任单位：市商务局、市贸促会）")
    item("（八）发展跨境电商新业态。",
         "推进跨境电子商务产业园建设，培育跨境电商经营主体50家以上，支持企业在东盟国家建设海外仓。",
         "（责任单位：市商务局、钦州港片区管委会）")
    item("（九）加大外资招引力度。",
         "聚焦绿色化工、新能源材料、高端装备制造等产业，开展面向东盟、日韩、欧洲的专题招商活动，全年实际使用外资增长5%以上。",
         "（责任单位：市投资促进局、市商务局）")

    para(doc, [("五、强化保障措施", HT)])
    item("（十）加强组织领导。",
         "市推进“一带一路”建设工作领导小组办公室负责统筹协调，各责任单位要制定具体落实方案，明确时间表、路线图。",
         "（责任单位：市发展改革委）")
    item("（十一）强化督查考核。",
         "将重点任务完成情况纳入年度绩效考评，每季度通报一次工作进展。",
         "（责任单位：市发展改革委、市政府督查室）")

    empty(doc, 2)
    para(doc, [("钦州市发展和改革委员会" + "\u3000" * 2, FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    para(doc, [("2026年1月16日" + "\u3000" * 3, FS)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    banji_table(doc, "市委各部门，钦州军分区，市人大常委会办公室，市政协办公室，市监委，市中级人民法院，市人民检察院。",
                "钦州市人民政府办公室", "2026年1月31日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    to_pdf(path)

    EXPECTED[stem] = [
        {"meta": meta("钦州市人民政府批转市发展改革委关于2026年深度融入共建“一带一路”工作要点的通知",
                      "钦政发〔2026〕3号", ["钦州市人民政府"], "2026-01-30", "钦州市", "通知",
                      ["各县区人民政府", "各开发区管委会", "市人民政府各组成部门、各直属机构"],
                      None),
         "clauses": [NOTICE_BODY]},
        {"meta": meta(title2, None, ["钦州市发展和改革委员会"], "2026-01-16", "钦州市", "工作要点",
                      [], None),
         "clauses": clauses},
    ]


if __name__ == "__main__":
    make_xian()
    make_lianyungang()
    make_qinzhou()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("done")
