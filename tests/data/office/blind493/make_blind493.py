# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 493 blind test documents: leading-group (领导小组) notices."""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

FS = "仿宋_GB2312"
XBS = "方正小标宋简体"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
S3 = 16  # 三号
S4 = 14  # 四号


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=S3, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman" if east in (FS, KT, SONG) else east
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def fmt_para(p, align=None, indent=True, line=28, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(32) if indent else None
    if left is not None:
        pf.left_indent = Pt(left)
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)


def para(doc, text="", east=FS, size=S3, bold=False, align=None, indent=True,
         color=None, line=28, before=0, after=0, left=None):
    p = doc.add_paragraph()
    fmt_para(p, align, indent, line, before, after, left)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def runs_para(doc, parts, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, line=28):
    """parts: list of (text, east, bold) ; text may be None for a soft line break"""
    p = doc.add_paragraph()
    fmt_para(p, align, indent, line)
    for text, east, bold in parts:
        if text is None:
            r = p.add_run()
            r.add_break(WD_BREAK.LINE)
            continue
        r = p.add_run(text)
        set_font(r, east, S3, bold)
    return p


def bottom_border(p, color="FF0000", sz=18, top=False):
    ppr = p._p.get_or_add_pPr()
    pbdr = ppr.find(qn("w:pBdr"))
    if pbdr is None:
        pbdr = OxmlElement("w:pBdr")
        ppr.append(pbdr)
    b = OxmlElement("w:top" if top else "w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)


def setup(doc):
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.size = Pt(S3)
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # page number footer: — 1 —
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, SONG, S4)
    r = fp.add_run()
    set_font(r, SONG, S4)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r = fp.add_run()
    set_font(r, SONG, S4)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._r.append(it)
    r = fp.add_run()
    set_font(r, SONG, S4)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r._r.append(f2)
    r = fp.add_run("1")
    set_font(r, SONG, S4)
    r = fp.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f3)
    r = fp.add_run(" —")
    set_font(r, SONG, S4)


def red_header(doc, organ_text, docno, size=36):
    for _ in range(2):
        para(doc, "", indent=False)
    para(doc, organ_text, XBS, size, align=WD_ALIGN_PARAGRAPH.CENTER,
         indent=False, color=RED, line=size + 10)
    para(doc, "", indent=False)
    p = para(doc, docno, FS, S3, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    para(doc, "", indent=False)


def title(doc, lines):
    p = doc.add_paragraph()
    fmt_para(p, WD_ALIGN_PARAGRAPH.CENTER, False, 36, 0, 0)
    for i, t in enumerate(lines):
        if i:
            r = p.add_run()
            r.add_break(WD_BREAK.LINE)
        r = p.add_run(t)
        set_font(r, XBS, 22)
    para(doc, "", indent=False)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, east=FS, size=S4, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              color=None, line=None):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = None
    if line:
        p.paragraph_format.line_spacing = Pt(line)
    r = p.add_run(text)
    set_font(r, east, size, bold, color)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return p


def banji(doc, chaosong, printer, printdate):
    """版记: 抄送 + 印发 lines between black rules."""
    para(doc, "", indent=False)
    para(doc, "", indent=False)
    p = para(doc, chaosong, FS, S4, indent=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY,
             left=14)
    bottom_border(p, "000000", 4)
    bottom_border(p, "000000", 8, top=True)
    line = printer + "　" * max(1, 26 - len(printer) - len(printdate)) + printdate
    p = para(doc, line, FS, S4, indent=False, left=14)
    bottom_border(p, "000000", 8)


def add_word_numbering(doc, abs_id, fmt, lvltext):
    """create a numbering definition (Word automatic numbering)"""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    st = OxmlElement("w:start")
    st.set(qn("w:val"), "1")
    lvl.append(st)
    nf = OxmlElement("w:numFmt")
    nf.set(qn("w:val"), fmt)
    lvl.append(nf)
    sf = OxmlElement("w:suff")
    sf.set(qn("w:val"), "nothing")
    lvl.append(sf)
    lt = OxmlElement("w:lvlText")
    lt.set(qn("w:val"), lvltext)
    lvl.append(lt)
    lj = OxmlElement("w:lvlJc")
    lj.set(qn("w:val"), "left")
    lvl.append(lj)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:eastAsia"), FS)
    rf.set(qn("w:hint"), "eastAsia")
    rpr.append(rf)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(abs_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    num.append(an)
    numbering.append(num)
    return abs_id


def numbered(p, num_id):
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


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, widths):
            tc.width = w


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def save_and_convert(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_493", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


EXPECTED = {}

# ====================================================================
# 1. 南宁 成立通知
# ====================================================================
ZSQ = "中国（南宁）跨境电子商务综合试验区"
GROUP_NN = ZSQ + "建设工作领导小组"


def make_nanning_tongzhi():
    stem = "blind493_nanning_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    def C(text, **kw):
        para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, **kw)
        clauses.append(text)

    red_header(doc, "南宁市人民政府办公室", "南府办函〔2025〕37号")
    t = "南宁市人民政府办公室关于成立" + GROUP_NN + "的通知"
    title(doc, ["南宁市人民政府办公室关于成立中国（南宁）", "跨境电子商务综合试验区建设工作领导小组", "的通知"])
    para(doc, "各县（市、区）人民政府，市政府各部门，各直属机构，各开发区管委会：",
         indent=False)

    C("为深入贯彻落实国家和自治区关于推进跨境电子商务综合试验区建设的决策部署，加快推动"
      "中国（南宁）跨境电子商务综合试验区（以下简称南宁综试区）高质量发展，更好服务中国—东盟"
      "自由贸易区3.0版建设和西部陆海新通道建设，经市人民政府同意，决定成立" + GROUP_NN +
      "（以下简称领导小组）。现将有关事项通知如下：")

    para(doc, "一、领导小组组成人员", HT)
    # hand-aligned lists with full-width spaces (no tabs), one person a line
    lead = [
        "组　长：周建华　　市人民政府市长",
        "副组长：刘明远　　市人民政府副市长",
        "　　　　梁　斌　　市人民政府副秘书长",
        "　　　　黄志坚　　市商务局局长",
    ]
    members = [
        ("市委宣传部副部长", "黎晓峰"),
        ("市委网信办副主任", "覃　静"),
        ("市发展改革委副主任", "韦　东"),
        ("市工业和信息化局副局长", "陈海波"),
        ("市教育局副局长", "罗秋月"),
        ("市公安局副局长", "莫建军"),
        ("市财政局副局长", "蒙丽娟"),
        ("市人力资源社会保障局副局长", "甘　霖"),
        ("市自然资源局副局长", "卢志鹏"),
        ("市交通运输局副局长", "李国庆"),
        ("市商务局副局长", "潘　越"),
        ("市农业农村局副局长", "黄春兰"),
        ("市市场监管局副局长", "邓文斌"),
        ("市大数据发展局副局长", "梁海燕"),
        ("市金融办副主任", "吴　昊"),
        ("市税务局副局长", "赵永平"),
        ("南宁海关副关长", "孙立新"),
        ("国家外汇管理局广西壮族自治区分局副局长", "何书琴"),
        ("南宁国际铁路港管委会副主任", "钟　伟"),
        ("中国（广西）自由贸易试验区南宁片区管委会副主任", "韦文韬"),
        ("南宁综合保税区管理服务中心主任", "施国栋"),
    ]
    for line in lead:
        C(line)
    for i, (post, name) in enumerate(members):
        pad = "　" * max(2, 15 - len(post))
        if len(post) >= 14:
            pad = "　　"
        prefix = "成　员：" if i == 0 else "　　　　"
        C(prefix + post + pad + name)

    para(doc, "", indent=False)
    para(doc, "二、领导小组主要职责", HT)
    nid = add_word_numbering(doc, 77, "chineseCounting", "（%1）")
    duties = [
        "贯彻落实党中央、国务院和自治区党委、自治区人民政府关于跨境电子商务发展的决策部署，研究制定南宁综试区建设实施方案、年度工作要点和配套政策措施。",
        "统筹协调南宁综试区建设中的重大事项，研究解决跨境电子商务线上综合服务平台、线下产业园区建设以及海关监管、外汇结算、出口退税等环节存在的重大问题。",
        "指导推动跨境电商与中欧班列、西部陆海新通道海铁联运、南宁综合保税区保税物流融合发展，支持企业建设海外仓和面向东盟的进口商品集散分拨中心。",
        "研究审定跨境电子商务发展专项资金使用方向和重点支持项目，督促检查各项政策措施落实情况。",
        "组织开展南宁综试区建设情况评估，按要求向自治区和国家有关部门报送建设进展情况。",
        "完成市委、市人民政府交办的其他事项。",
    ]
    cn = "一二三四五六七八九十"
    for i, d in enumerate(duties):
        p = para(doc, d, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        numbered(p, nid)
        clauses.append("（" + cn[i] + "）" + d)

    para(doc, "三、领导小组办公室", HT)
    C("领导小组下设办公室，办公室设在市商务局，办公室主任由市商务局局长黄志坚兼任，副主任由市商务局"
      "副局长潘越、南宁海关副关长孙立新担任。领导小组办公室负责领导小组日常工作，承担会议组织、文件"
      "起草、信息汇总、督查督办等具体事务，建立成员单位联络员制度，每季度召开一次联络员会议。")

    para(doc, "四、工作要求", HT)
    reqs = [
        ("（一）加强统筹协调。", "各成员单位要按照职责分工，主动认领南宁综试区建设任务，明确一名处级干部担任联络员，"
         "于本通知印发之日起10个工作日内将联络员名单报送领导小组办公室。各县（市、区）人民政府、各开发区管委会要"
         "参照成立相应工作机构，形成市县联动、部门协同的工作格局。"),
        ("（二）建立会议制度。", "领导小组原则上每半年召开一次全体会议，由组长或组长委托的副组长召集；根据工作需要可召开"
         "专题会议，研究解决跨境电商企业反映的通关、物流、结汇等具体问题。会议议定事项以会议纪要形式印发，各成员单位"
         "抓好落实。"),
        ("（三）强化督查考核。", "领导小组办公室要建立工作台账，实行清单化管理，每半年通报一次各成员单位任务完成情况，"
         "并将南宁综试区建设任务完成情况纳入市直单位和县（市、区）年度绩效考评。"),
    ]
    for head, body in reqs:
        runs_para(doc, [(head, KT, True), (body, FS, False)])
        clauses.append(head + body)

    C("领导小组成员因工作变动需要调整的，由其所在单位提出意见，经领导小组办公室审核后报市人民政府同意，"
      "由市人民政府办公室发文调整。领导小组不作为常设机构，不刻制印章，待南宁综试区建设任务完成后自行撤销。")
    repeal_title = "南宁市人民政府办公室关于成立南宁市跨境电子商务工作领导小组的通知"
    C("《" + repeal_title + "》（南府办函〔2019〕112号）同时废止。")
    C("联系人：市商务局电子商务和信息化科　韦丽娜；联系电话：0771-5520736。")

    para(doc, "", indent=False)
    para(doc, "", indent=False)
    # 落款 by manual spaces, not right alignment
    para(doc, "　" * 14 + "南宁市人民政府办公室", indent=False)
    para(doc, "　" * 15 + "2025年3月18日", indent=False)
    para(doc, "", indent=False)
    para(doc, "　　（此件公开发布）", indent=False)

    banji(doc, "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市监委，市中级法院，市检察院，"
               "南宁警备区，各人民团体。",
          "南宁市人民政府办公室", "2025年3月19日印发")

    save_and_convert(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": t,
            "doc_number": "南府办函〔2025〕37号",
            "issuer": ["南宁市人民政府办公室"],
            "date": "2025-03-18",
            "published": None,
            "level": "municipal",
            "region": "南宁市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县（市、区）人民政府", "市政府各部门", "各直属机构", "各开发区管委会"],
            "publicity": "此件公开发布",
            "repeals": repeal_title + "（南府办函〔2019〕112号）",
        },
        "clauses": clauses,
    }]


# ====================================================================
# 2. 南宁 调整通知
# ====================================================================
def make_nanning_tiaozheng():
    stem = "blind493_nanning_tiaozheng"
    doc = Document()
    setup(doc)
    clauses = []

    def C(text, **kw):
        para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, **kw)
        clauses.append(text)

    red_header(doc, "南宁市人民政府办公室", "南府办函〔2026〕6号")
    t = "南宁市人民政府办公室关于调整" + GROUP_NN + "成员的通知"
    title(doc, ["南宁市人民政府办公室关于调整中国（南宁）", "跨境电子商务综合试验区建设工作领导小组", "成员的通知"])
    para(doc, "各县（市、区）人民政府，市政府各部门，各直属机构，各开发区管委会：", indent=False)

    C("因人事变动和工作需要，经市人民政府同意，现对" + GROUP_NN + "（以下简称领导小组）组成人员进行调整。"
      "现将有关事项通知如下：")

    para(doc, "一、人员调整情况", HT, bold=True)
    changes = [
        "（一）周建华同志因工作调动，不再担任领导小组组长，由市人民政府市长农德华同志担任组长。",
        "（二）刘明远同志不再担任领导小组副组长，增补市人民政府副市长唐晓梅同志为副组长。",
        "（三）黄志坚同志因到龄退休，不再担任领导小组副组长、领导小组办公室主任，由市商务局局长潘越同志"
        "担任副组长并兼任领导小组办公室主任；潘越同志原任成员职务由市商务局副局长韦红梅同志接任。",
        "（四）因机构改革，市大数据发展局更名为市数据局，梁海燕同志以市数据局副局长身份继续担任领导小组成员。",
        "（五）黎晓峰、莫建军、孙立新同志不再担任领导小组成员；增补市委宣传部副部长陆小雨、市公安局副局长覃振宇、"
        "南宁海关副关长冯家宁同志为领导小组成员。",
        "（六）增补市邮政管理局副局长蓝天佑、南宁东盟跨境电商产业园管理服务中心主任罗永康同志为领导小组成员。",
    ]
    for c in changes:
        C(c)

    para(doc, "二、调整后的领导小组组成人员名单", HT, bold=True)
    rows = [
        ("组长", "农德华", "市人民政府市长"),
        ("副组长", "唐晓梅", "市人民政府副市长"),
        ("副组长", "梁　斌", "市人民政府副秘书长"),
        ("副组长", "潘　越", "市商务局局长"),
        ("成员", "陆小雨", "市委宣传部副部长"),
        ("成员", "覃　静", "市委网信办副主任"),
        ("成员", "韦　东", "市发展改革委副主任"),
        ("成员", "陈海波", "市工业和信息化局副局长"),
        ("成员", "罗秋月", "市教育局副局长"),
        ("成员", "覃振宇", "市公安局副局长"),
        ("成员", "蒙丽娟", "市财政局副局长"),
        ("成员", "甘　霖", "市人力资源社会保障局副局长"),
        ("成员", "卢志鹏", "市自然资源局副局长"),
        ("成员", "李国庆", "市交通运输局副局长"),
        ("成员", "韦红梅", "市商务局副局长"),
        ("成员", "黄春兰", "市农业农村局副局长"),
        ("成员", "邓文斌", "市市场监管局副局长"),
        ("成员", "梁海燕", "市数据局副局长"),
        ("成员", "吴　昊", "市金融办副主任"),
        ("成员", "赵永平", "市税务局副局长"),
        ("成员", "蓝天佑", "市邮政管理局副局长"),
        ("成员", "冯家宁", "南宁海关副关长"),
        ("成员", "何书琴", "国家外汇管理局广西壮族自治区分局副局长"),
        ("成员", "钟　伟", "南宁国际铁路港管委会副主任"),
        ("成员", "韦文韬", "中国（广西）自由贸易试验区南宁片区管委会副主任"),
        ("成员", "施国栋", "南宁综合保税区管理服务中心主任"),
        ("成员", "罗永康", "南宁东盟跨境电商产业园管理服务中心主任"),
    ]
    header = ("职　务", "姓　名", "单位及职务")
    hdr_clean = ("职务", "姓名", "单位及职务")
    tbl = doc.add_table(rows=1 + len(rows), cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.6), Cm(2.8), Cm(10.0)]
    set_col_widths(tbl, widths)
    for j, h in enumerate(header):
        c = tbl.rows[0].cells[j]
        c.width = widths[j]
        cell_text(c, h, HT, S4)
    # repeat header row on each page
    trpr = tbl.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for i, (duty, name, org) in enumerate(rows, start=1):
        cells = tbl.rows[i].cells
        for j in range(3):
            cells[j].width = widths[j]
        cell_text(cells[1], name, FS, S4)
        cell_text(cells[2], org, FS, S4, align=WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append("%s：%s；%s：%s；%s：%s" % (hdr_clean[0], duty, hdr_clean[1], name,
                                                hdr_clean[2], org))
    # first column: vertically merged groups (组长 / 副组长 / 成员)
    start = 1
    while start <= len(rows):
        end = start
        while end + 1 <= len(rows) and rows[end][0] == rows[start - 1][0]:
            end += 1
        top = tbl.cell(start, 0)
        if end > start:
            top = top.merge(tbl.cell(end, 0))
        cell_text(top, rows[start - 1][0], FS, S4)
        start = end + 1

    para(doc, "", indent=False)
    C("三、领导小组办公室仍设在市商务局，办公室主任由潘越同志兼任，负责领导小组日常工作；"
      "办公室副主任由韦红梅、冯家宁同志担任。")
    C("四、领导小组主要职责和工作制度按照《南宁市人民政府办公室关于成立" + GROUP_NN +
      "的通知》（南府办函〔2025〕37号）执行。今后领导小组成员如因工作变动需要调整的，由所在单位提出意见，"
      "经领导小组办公室审核后报市人民政府同意，由市人民政府办公室发文调整。")
    C("五、各成员单位要于2026年2月6日前将本单位联络员调整情况报送领导小组办公室，确保工作衔接有序、"
      "不断档。")

    para(doc, "", indent=False)
    # 落款 inside a borderless layout table
    lt = doc.add_table(rows=2, cols=2)
    no_borders(lt)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(lt, [Cm(7.5), Cm(8.0)])
    cell_text(lt.cell(0, 1), "南宁市人民政府办公室", FS, S3)
    cell_text(lt.cell(1, 1), "二〇二六年一月二十日", FS, S3)

    banji(doc, "抄送：市委办公室，市人大常委会办公厅，市政协办公厅，自治区商务厅。",
          "南宁市人民政府办公室", "2026年1月21日印发")

    save_and_convert(doc, stem)
    EXPECTED[stem] = [{
        "meta": {
            "title": t,
            "doc_number": "南府办函〔2026〕6号",
            "issuer": ["南宁市人民政府办公室"],
            "date": "2026-01-20",
            "published": None,
            "level": "municipal",
            "region": "南宁市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各县（市、区）人民政府", "市政府各部门", "各直属机构", "各开发区管委会"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]


# ====================================================================
# 3. 青岛片区 + 前湾综保区 联合发文 成立通知 + 工作规则
# ====================================================================
QD1 = "中国（山东）自由贸易试验区青岛片区管理委员会"
QD2 = "青岛前湾综合保税区管理委员会"
QG = "青岛片区外商投资促进工作领导小组"


def make_qingdao():
    stem = "blind493_qingdao_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []
    cur = clauses

    def C(text, **kw):
        para(doc, text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, **kw)
        cur.append(text)

    # joint red header built with a layout table: two organs left, 文件 right
    para(doc, "", indent=False)
    ht = doc.add_table(rows=2, cols=2)
    no_borders(ht)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(ht, [Cm(12.0), Cm(3.6)])
    cell_text(ht.cell(0, 0), QD1, XBS, 14, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    cell_text(ht.cell(1, 0), QD2, XBS, 14, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = ht.cell(0, 1).merge(ht.cell(1, 1))
    cell_text(m, "文件", XBS, 40, color=RED)
    para(doc, "", indent=False)
    p = para(doc, "青自贸管发〔2024〕21号", FS, S3, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    bottom_border(p)
    para(doc, "", indent=False)

    t = "关于成立" + QG + "并印发工作规则的通知"
    title(doc, ["关于成立青岛片区外商投资促进工作领导小组", "并印发工作规则的通知"])
    para(doc, "片区各部门，各功能区管理机构，各驻区单位：", indent=False)

    C("为深入贯彻《中华人民共和国外商投资法》及其实施条例，落实《国务院关于进一步优化外商投资环境"
      "加大吸引外商投资力度的意见》部署要求，进一步发挥中国（山东）自由贸易试验区青岛片区（以下简称片区）"
      "和青岛前湾综合保税区（以下简称综保区）制度创新和开放平台优势，统筹推进外资招引、外资项目服务和外商"
      "投资权益保护工作，经片区管委会、综保区管委会研究，决定成立" + QG + "（以下简称领导小组），并制定《" +
      QG + "工作规则》。现将有关事项通知如下：")

    para(doc, "一、领导小组组成人员", HT)
    C("组　长：王海峰　片区党工委书记、管委会主任")
    C("副组长：孙志强　片区管委会常务副主任")
    C("　　　　陈　琳　综保区管委会主任")
    # members run together in one paragraph, 'post name' pairs separated by 、
    mem = ("成　员：片区管委会副主任刘洋、片区投资促进局局长于洪涛、片区经济发展局局长高翔、片区财政金融局局长"
           "许文静、片区行政审批服务局局长姜涛、片区自然资源和规划局副局长孔令军、综保区管委会副主任张伟、"
           "综保区企业服务中心主任丁宁、黄岛海关副关长马骏、国家税务总局青岛市黄岛区税务局副局长李敏、"
           "国家外汇管理局青岛市分局经常项目管理处处长郑凯、青岛市贸促会副会长杨帆")
    C(mem)

    para(doc, "二、领导小组主要职责", HT)
    duties = [
        "1.贯彻落实国家、省、市关于稳外资、促外资的决策部署，研究制定片区外商投资促进年度工作计划和支持政策。",
        "2.统筹外资招引工作，建立重点外资项目库和在谈项目清单，组织开展面向日韩、欧洲和共建“一带一路”国家的"
        "精准招商、以商引商活动。",
        "3.协调解决外资项目落地中遇到的用地、用能、通关、跨境资金结算等问题，推动外商投资准入前国民待遇加负面"
        "清单管理制度在片区落细落实。",
        "4.指导外商投资企业投诉工作机制建设，依法保护外国投资者和外商投资企业合法权益。",
        "5.研究外资领域制度创新事项，总结推广可复制经验，向上级争取先行先试政策。",
    ]
    for d in duties:
        C(d)

    # run-in heading in a bold run (not a separate line)
    head = "三、领导小组办公室。"
    body = ("领导小组办公室设在片区投资促进局，办公室主任由于洪涛同志兼任，副主任由丁宁同志担任，负责领导小组日常"
            "工作，承担重点外资项目调度、信息统计和督促落实等职责。各成员单位确定一名联络员，负责日常联系工作。")
    runs_para(doc, [(head, HT, True), (body, FS, False)])
    clauses.append(head + body)

    # long paragraph with a stray soft line break mid-sentence (pasted from e-mail)
    a = "四、领导小组成员因职务变动需要调整的，由成员单位提出书面意见，经领导小组办公室汇总后"
    b = "报组长审定，原则上不再另行发文。"
    runs_para(doc, [(a, FS, False), (None, None, None), (b, FS, False)])
    clauses.append(a + b)

    C("现将《" + QG + "工作规则》印发给你们，请结合实际认真贯彻执行。")

    para(doc, "", indent=False)
    para(doc, "", indent=False)
    # joint 落款 in a layout table, date below
    st = doc.add_table(rows=2, cols=2)
    no_borders(st)
    st.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(st, [Cm(7.0), Cm(8.6)])
    cell_text(st.cell(0, 0), "中国（山东）自由贸易试验区\n青岛片区管理委员会", FS, S3)
    cell_text(st.cell(0, 1), QD2, FS, S3)
    cell_text(st.cell(1, 1), "2024年11月6日", FS, S3)
    para(doc, "", indent=False)
    para(doc, "　　（此件公开发布）", indent=False)

    notice_clauses = clauses

    # ---------------- the 工作规则 issued by the notice
    page_break(doc)
    rules = []
    cur = rules
    rt = QG + "工作规则"
    title(doc, [rt])

    def chapter(txt):
        para(doc, txt, HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=6)

    def art(no, text, soft_at=None):
        parts = [(no, HT, True), ("　", FS, False)]
        if soft_at:
            i = text.index(soft_at) + len(soft_at)
            parts += [(text[:i], FS, False), (None, None, None), (text[i:], FS, False)]
        else:
            parts.append((text, FS, False))
        runs_para(doc, parts)
        rules.append(no + "　" + text)

    chapter("第一章　总　　则")
    art("第一条", "为规范" + QG + "（以下简称领导小组）运行，提高议事决策效率，根据《中华人民共和国外商投资法》"
        "《中华人民共和国外商投资法实施条例》等法律法规及有关规定，结合片区实际，制定本规则。")
    art("第二条", "领导小组在片区党工委、管委会和综保区管委会领导下开展工作，负责统筹协调片区和综保区外商投资促进、"
        "服务和保护工作。")
    art("第三条", "领导小组坚持统筹协调、分工负责、问题导向、务实高效的原则，不替代各成员单位依法履行的职责。")
    chapter("第二章　组织机构")
    art("第四条", "领导小组由组长、副组长和成员组成。组长由片区党工委书记、管委会主任担任，副组长由片区管委会常务"
        "副主任和综保区管委会主任担任，成员由有关部门和驻区单位负责同志担任。")
    art("第五条", "领导小组办公室设在片区投资促进局，承担领导小组日常工作，主要负责：")
    C("（一）组织筹备领导小组会议，起草会议纪要并跟踪督办议定事项；")
    C("（二）建立和维护重点外资项目库，按月调度项目进展；")
    C("（三）收集汇总外商投资企业诉求，按程序转交有关成员单位办理；")
    C("（四）完成领导小组交办的其他工作。")
    art("第六条", "各成员单位应当确定一名科级以上干部担任联络员。联络员发生变动的，成员单位应当在5个工作日内"
        "报领导小组办公室备案。")
    chapter("第三章　会议制度")
    art("第七条", "领导小组实行全体会议、专题会议和联络员会议制度。")
    C("（一）全体会议原则上每年召开两次，由组长或者组长委托的副组长主持，研究部署年度重点工作，审议重大事项。")
    C("（二）专题会议根据工作需要不定期召开，由组长或者副组长主持，有关成员单位参加，协调解决重点外资项目具体问题。")
    C("（三）联络员会议原则上每季度召开一次，由领导小组办公室主任主持，通报工作进展，梳理需提交领导小组研究的事项。")
    art("第八条", "提交领导小组会议研究的议题，由有关成员单位提出，经领导小组办公室汇总审核后报组长或者副组长确定。"
        "议题材料应当于会前3个工作日报送领导小组办公室。", soft_at="经领导小组办公室")
    art("第九条", "领导小组会议议定事项以会议纪要形式印发，由组长或者主持会议的副组长签发。")
    chapter("第四章　工作机制")
    art("第十条", "建立重点外资项目“首席服务专员”制度，对总投资1亿美元以上或者世界500强企业投资的项目，由领导小组"
        "明确一名成员单位负责同志跟踪服务，实行全流程代办。")
    art("第十一条", "建立外资工作信息共享机制。成员单位应当于每月5日前向领导小组办公室报送上月外资招引、项目落地及"
        "企业诉求办理情况。")
    art("第十二条", "建立督查通报机制。领导小组办公室对议定事项和重点项目推进情况实行台账管理，每季度通报一次，对"
        "推进不力的按程序提请领导小组督办。")
    chapter("第五章　附　　则")
    art("第十三条", "本规则由领导小组办公室负责解释。")
    art("第十四条", "本规则自印发之日起施行。")

    banji(doc, "抄送：青岛市商务局，青岛市投资促进局，青岛海关，西海岸新区管委。",
          "青岛片区管委会党政办公室", "2024年11月7日印发")

    save_and_convert(doc, stem)
    issuers = [QD1, QD2]
    region = "中国（山东）自由贸易试验区青岛片区"
    EXPECTED[stem] = [
        {
            "meta": {
                "title": t,
                "doc_number": "青自贸管发〔2024〕21号",
                "issuer": issuers,
                "date": "2024-11-06",
                "published": None,
                "level": "zone",
                "region": region,
                "effective": None,
                "expires": None,
                "attachments": [],
                "doc_type": "通知",
                "recipients": ["片区各部门", "各功能区管理机构", "各驻区单位"],
                "publicity": "此件公开发布",
                "repeals": None,
            },
            "clauses": notice_clauses,
        },
        {
            "meta": {
                "title": rt,
                "doc_number": None,
                "issuer": issuers,
                "date": "2024-11-06",
                "published": None,
                "level": "zone",
                "region": region,
                "effective": "2024-11-06",
                "expires": None,
                "attachments": [],
                "doc_type": "规则",
                "recipients": [],
                "publicity": None,
                "repeals": None,
            },
            "clauses": rules,
        },
    ]


if __name__ == "__main__":
    make_nanning_tongzhi()
    make_nanning_tiaozheng()
    make_qingdao()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)
    print("ok", sorted(EXPECTED))
