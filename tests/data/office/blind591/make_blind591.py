# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 591: 政府信息公开申请答复书 / 告知书 / 年度报告 (Word + PDF + expected.json)."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
SP = "\u3000"


# ---------------------------------------------------------------- helpers
def set_font(run, name=FS, size=16, bold=False, color=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color


def new_doc():
    d = Document()
    sec = d.sections[0]
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    st = d.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(28)
    add_page_number(sec)
    return d


def add_page_number(sec):
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._element.append(b)
    r = p.add_run()
    set_font(r, "宋体", 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r._element.append(it)
    r = p.add_run()
    set_font(r, "宋体", 14)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "separate")
    r._element.append(e)
    r = p.add_run("1")
    set_font(r, "宋体", 14)
    r = p.add_run()
    set_font(r, "宋体", 14)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._element.append(e)
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def para(d, text="", font=FS, size=16, bold=False, align=None, indent=True,
         color=None, line=None):
    p = d.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if line:
        p.paragraph_format.line_spacing = Pt(line)
    if text:
        set_font(p.add_run(text), font, size, bold, color)
    return p


def runs(d, parts, indent=True, align=None):
    """parts: list of (text, font, bold) ; str == soft line break marker '\n'."""
    p = d.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    for part in parts:
        if part == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        t, f, b = part
        set_font(p.add_run(t), f, 16, b)
    return p


def bottom_border(p, color="FF0000", sz=18):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def cell_text(cell, text, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              font=FS):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing = Pt(size + 5)
    set_font(p.add_run(text), font, size, bold)


def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def add_list_numbering(d):
    """Custom Word numbering '1.' (decimal) so the numbers are NOT typed text."""
    numbering = d.part.numbering_part.element
    absid = 90
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(absid))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    an.append(lvl)
    # abstractNum must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(absid))
    num.append(a)
    numbering.append(num)
    return 90


def numbered_para(d, numid, text):
    p = d.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(numid))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    set_font(p.add_run(text), FS, 16)
    return p


def signature(d, organ_lines, date, pad=8):
    for ln in organ_lines:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        set_font(p.add_run(ln + SP * 2), FS, 16)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(p.add_run(date + SP * 4), FS, 16)


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_591", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240)


def row_clause(pairs):
    return "；".join("%s：%s" % (k, v) for k, v in pairs)


EXPECTED = {}

# =================================================================== DOC 1
# 南沙片区 管委会 政府信息公开申请答复书
def doc_nansha():
    d = new_doc()
    organ = "中国（广东）自由贸易试验区广州南沙新区片区管理委员会"
    # 版头: red organ name, 文号, red line
    p = para(d, organ, XBS, 20, False, WD_ALIGN_PARAGRAPH.CENTER, False, RED, 36)
    para(d)
    docno = "穗南自贸信公〔2026〕15号"
    p = para(d, docno, FS, 16, False, WD_ALIGN_PARAGRAPH.CENTER, False)
    bottom_border(p)
    para(d)
    title = "政府信息公开申请答复书"
    para(d, title, XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, None, 36)
    para(d)
    para(d, "张**：", indent=False)

    cl = []

    t = ("您于2026年3月2日通过广州市南沙区人民政府门户网站“依申请公开”栏目"
         "提交的政府信息公开申请（登记编号：NS2026-YSQ-0302-07）收悉。您申请公开："
         "“1.2025年度南沙片区跨境电商发展扶持资金拨付明细及获得扶持企业名单；"
         "2.南沙综合保税区2025年度新设立外商投资企业名单及其注册资本；"
         "3.《广州南沙新区（自贸片区）促进中欧班列发展若干措施》的起草说明、"
         "征求意见稿及各单位反馈意见”。")
    # soft line break in the middle of the request quote (typed by Shift+Enter)
    a = t.index("2.南沙综合保税区")
    runs(d, [(t[:a], FS, False), "\n", (t[a:], FS, False)])
    cl.append(t)

    t = "本机关于2026年3月3日予以登记。经审查，现答复如下："
    para(d, t)
    cl.append(t)

    h = "一、关于第1项申请内容。"
    b = ("经查，您申请的信息属于本机关在履行行政管理职能过程中制作的政府信息。"
         "其中，扶持资金拨付总额、拨付批次、扶持项目类别等信息可以公开；"
         "获得扶持企业的银行账户、具体营收数据等信息涉及第三方商业秘密，"
         "本机关已于2026年3月6日书面征求第三方意见，第三方在规定期限内明确不同意公开，"
         "公开后可能对第三方合法权益造成损害。根据《中华人民共和国政府信息公开条例》"
         "第十五条、第三十二条、第三十七条的规定，本机关对该信息作区分处理后予以部分公开，"
         "具体内容详见附件。")
    runs(d, [(h, HT, False), (b, FS, False)])
    cl.append(h + b)

    h = "二、关于第2项申请内容。"
    b = ("经查，南沙综合保税区内外商投资企业的设立登记由广州市南沙区市场监督管理局负责，"
         "外商投资信息报告由商务主管部门负责，本机关未制作、获取或保存您所申请的“新设立外商投资企业名单及其注册资本”。"
         "根据《中华人民共和国政府信息公开条例》第三十六条第（四）项的规定，"
         "该政府信息不存在。您可通过国家企业信用信息公示系统自行查询相关企业登记信息。")
    runs(d, [(h, HT, False), (b, FS, False)])
    cl.append(h + b)

    h = "三、关于第3项申请内容。"
    b1 = ("您申请公开的《广州南沙新区（自贸片区）促进中欧班列发展若干措施》已于2025年11月28日"
          "在广州市南沙区人民政府门户网站“政策文件”栏目主动公开，起草说明（政策解读）同步发布，"
          "您可通过该栏目查阅、下载。根据《中华人民共和国政府信息公开条例》第三十六条第（一）项的规定，予以告知。")
    b2 = ("征求意见稿及各单位反馈意见属于行政机关在履行行政管理职能过程中形成的讨论记录、"
          "过程稿、征求意见等过程性信息，根据《中华人民共和国政府信息公开条例》第十六条第二款、"
          "第三十六条第（三）项的规定，本机关不予公开。")
    runs(d, [(h, HT, False), (b1 + b2, FS, False)])
    cl.append(h + b1 + b2)

    t = ("本答复书及附件通过您申请时选择的电子邮件方式送达，"
         "纸质件同步以中国邮政EMS寄送至您填写的通讯地址。本次申请不收取信息处理费。")
    para(d, t)
    cl.append(t)

    t = ("如对本答复不服，可以在收到本答复之日起60日内向广州市南沙区人民政府申请行政复议，"
         "或者在6个月内向广州铁路运输法院提起行政诉讼。")
    para(d, t)
    cl.append(t)

    t = ("如有疑问，请与本机关政务公开办公室联系，联系电话：020-39051187，"
         "通讯地址：广州市南沙区凤凰大道1号，邮政编码：511455。")
    para(d, t)
    cl.append(t)

    para(d)
    att = "南沙片区2025年度跨境电商发展扶持资金拨付情况（部分公开）"
    p = d.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(32)
    set_font(p.add_run("附件：" + att), FS, 16)
    para(d)
    para(d)
    # 落款 aligned with manual spaces, partly as separate lines
    signature(d, ["中国（广东）自由贸易试验区", "广州南沙新区片区管理委员会"], "2026年3月20日")
    para(d)
    para(d, "（此件依申请公开）", indent=True)

    fn = "blind591_nansha_dafushu"
    path = os.path.join(HERE, fn + ".docx")
    d.save(path)
    EXPECTED[fn] = [{
        "meta": {
            "title": "政府信息公开申请答复书",
            "doc_number": docno,
            "issuer": [organ],
            "date": "2026-03-20",
            "published": None,
            "level": "zone",
            "region": "中国（广东）自由贸易试验区广州南沙新区片区",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "答复书",
            "recipients": ["张**"],
            "publicity": "此件依申请公开",
            "repeals": None,
        },
        "clauses": cl,
    }]
    return path


# =================================================================== DOC 2
# 西安国际港务区 告知书 (table + Word auto numbering)
def doc_xian():
    d = new_doc()
    numid = add_list_numbering(d)
    organ = "西安国际港务区管理委员会"
    docno = "西港管信告〔2026〕8号"
    title = "政府信息公开申请告知书"
    para(d, title, XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, None, 36)
    p = para(d, docno + SP * 2, FS, 16, False, WD_ALIGN_PARAGRAPH.RIGHT, False)
    para(d)
    para(d, "王**：", indent=False)
    cl = []

    t = ("本机关于2026年3月16日收到您以邮政信函方式提交的《政府信息公开申请表》，"
         "申请获取中国（陕西）自由贸易试验区西安国际港务区片区中欧班列（西安）运营相关政府信息。"
         "因您的申请内容不明确，本机关于2026年3月18日向您发出补正通知，"
         "您于2026年3月23日提交补正材料，本机关收到补正材料之日起重新计算答复期限。")
    para(d, t)
    cl.append(t)
    t = "经审查，根据《中华人民共和国政府信息公开条例》第三十六条、第三十八条、第三十九条的规定，现将有关情况告知如下："
    para(d, t)
    cl.append(t)

    hdr = ["序号", "申请内容", "告知意见"]
    rows = [
        ["1", "2025年中欧班列（西安）开行列数、货运量及主要线路",
         "该信息已由本机关在西安国际港务区门户网站“数据发布”栏目主动公开，请自行查阅。依据条例第三十六条第（一）项。"],
        ["2", "2025年西安铁路口岸进出口货物通关数据（按HS编码分类）",
         "该信息不属于本机关负责公开，请向西安海关申请获取。依据条例第三十六条第（五）项。"],
        ["3", "港务区对中欧班列运营平台公司的财政补贴逐月明细",
         "本机关未制作、获取或保存该信息，该政府信息不存在。依据条例第三十六条第（四）项。"],
        ["4", "对您2025年12月反映的陆港集装箱堆场噪声扰民问题的处理结果",
         "该申请属于投诉举报类诉求，请通过12345政务服务便民热线等渠道反映。依据条例第三十九条第一款。"],
        ["5", "请求汇总分析2023—2025年片区跨境电商企业数量变化趋势",
         "该申请需要本机关对现有政府信息进行加工、分析，本机关不予提供。依据条例第三十八条。"],
    ]
    tb = d.add_table(rows=1 + len(rows), cols=3)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(tb)
    for i, h in enumerate(hdr):
        cell_text(tb.rows[0].cells[i], h, 12, True, font=HT)
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.CENTER if c == 0 else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(tb.rows[r].cells[c], v, 12, False, al)
        cl.append(row_clause(zip(hdr, row)))
    widths_(tb, [1.4, 5.4, 8.8])

    para(d)
    t = "另需说明的事项："
    para(d, t, FS, 16, True)   # bold lead-in line, treated as a heading
    items = [
        "本告知书中所称“条例”，是指《中华人民共和国政府信息公开条例》。",
        "您申请获取的第1项信息，如需纸质复制件，可于工作日到西安国际港务区政务服务中心二楼政务公开查阅点现场查阅。",
        "您申请的第2项信息，西安海关联系地址：西安市未央区凤城八路与文景路交叉口西北角，联系电话：029-86166114。",
        "依据《政府信息公开信息处理费管理办法》，本次申请不收取信息处理费。",
    ]
    for i, it in enumerate(items, 1):
        numbered_para(d, numid, it)
        cl.append("%d.%s" % (i, it))

    t = ("如对本告知不服，可以在收到本告知书之日起60日内向西安市人民政府申请行政复议，"
         "或者在6个月内依法向西安铁路运输法院提起行政诉讼。")
    para(d, t)
    cl.append(t)
    t = "特此告知。"
    para(d, t)
    cl.append(t)
    para(d)
    para(d)
    signature(d, [organ], "2026年4月2日")
    para(d)
    p = para(d, "（联系人：赵婧，联系电话：029-83358021）", KT, 14, indent=False)

    fn = "blind591_xian_gaozhishu"
    path = os.path.join(HERE, fn + ".docx")
    d.save(path)
    EXPECTED[fn] = [{
        "meta": {
            "title": "政府信息公开申请告知书",
            "doc_number": docno,
            "issuer": [organ],
            "date": "2026-04-02",
            "published": None,
            "level": "zone",
            "region": "中国（陕西）自由贸易试验区西安国际港务区片区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "告知书",
            "recipients": ["王**"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl,
    }]
    return path


# =================================================================== DOC 3
# 厦门片区 管委会 2025年政府信息公开工作年度报告
def widths_(tb, ws):
    tb.autofit = False
    grid = tb._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), ws):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in tb.rows:
        for c, w in zip(row.cells, ws):
            c.width = Cm(w)


def merge(tb, r1, c1, r2, c2, text, size=9, bold=False, font=FS,
          align=WD_ALIGN_PARAGRAPH.CENTER):
    c = tb.cell(r1, c1).merge(tb.cell(r2, c2))
    cell_text(c, text, size, bold, align, font)
    return c


def doc_xiamen():
    d = new_doc()
    organ = "中国（福建）自由贸易试验区厦门片区管理委员会"
    title = organ + "2025年政府信息公开工作年度报告"
    para(d, organ, XBS, 22, False, WD_ALIGN_PARAGRAPH.CENTER, False, None, 36)
    para(d, "2025年政府信息公开工作年度报告", XBS, 22, False,
         WD_ALIGN_PARAGRAPH.CENTER, False, None, 36)
    para(d)
    cl = []

    t = ("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和"
         "《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》"
         "（国办公开办函〔2021〕30号）要求编制。全文包括总体情况、主动公开政府信息情况、"
         "收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
         "存在的主要问题及改进情况、其他需要报告的事项。本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。"
         "本报告电子版可在厦门片区管委会门户网站“政府信息公开”专栏下载。"
         "如对本报告有疑问，请与厦门片区管委会办公室联系（地址：厦门市湖里区象屿路93号，邮编：361006，电话：0592-5629087）。")
    para(d, t)
    cl.append(t)

    para(d, "一、总体情况", HT, 16)
    paras = [
        ("（一）主动公开。",
         "2025年，厦门片区管委会围绕制度创新、投资贸易便利化和“丝路海运”“丝路飞翔”等重点工作，"
         "通过门户网站累计主动公开政府信息1863条，其中政策文件42条、政策解读37条、"
         "工作动态1128条、公示公告301条、人事信息55条、财政预决算信息12条，"
         "发布自贸试验区制度创新成果24项。"),
        ("（二）依申请公开。",
         "全年共收到政府信息公开申请57件，上年结转3件，已办结57件，结转下年度继续办理3件。"
         "申请内容主要集中在跨境电商扶持资金、综合保税区企业入驻、外商投资项目备案及征地拆迁等方面。"
         "全部申请均在法定期限内答复，未发生逾期答复情况。"),
        ("（三）政府信息管理。",
         "严格落实公开属性源头认定制度，对拟制发的公文在起草阶段明确“主动公开”“依申请公开”“不予公开”属性；"
         "完成2018年以来行政规范性文件清理，宣布失效或废止1件，现行有效行政规范性文件19件，并在门户网站集中公布。"),
        ("（四）平台建设。",
         "完成门户网站集约化迁移和适老化、无障碍改造，优化“自贸政策计算器”和政策文件库检索功能；"
         "依托“厦门自贸片区”政务新媒体发布信息642条，开展线上政策解读直播4场。"),
        ("（五）监督保障。",
         "调整政务公开工作领导小组，明确办公室为政务公开工作机构，配备专职工作人员2名、兼职工作人员14名；"
         "组织政务公开专题培训3场，培训150余人次，将政务公开工作纳入各局年度绩效考评。"),
    ]
    for h, b in paras:
        runs(d, [(h, KT, True), (b, FS, False)])
        cl.append(h + b)

    # ------------------------------------------------ table 二
    para(d, "二、主动公开政府信息情况", HT, 16)
    tb = d.add_table(rows=14, cols=4)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths_(tb, [4.2, 3.8, 3.8, 3.8])
    set_borders(tb)
    r = 0
    merge(tb, r, 0, r, 3, "第二十条第（一）项", 10.5, True, HT)
    r += 1
    h1 = ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    for c, v in enumerate(h1):
        cell_text(tb.cell(r, c), v, 10.5, True)
    for lab, vals in (("规章", ["0", "0", "0"]), ("行政规范性文件", ["4", "1", "19"])):
        r += 1
        cell_text(tb.cell(r, 0), lab, 10.5)
        for c, v in enumerate(vals, 1):
            cell_text(tb.cell(r, c), v, 10.5)
        cl.append(row_clause(zip(h1, [lab] + vals)))
    blocks = [
        ("第二十条第（五）项", "本年处理决定数量", [("行政许可", "2316")]),
        ("第二十条第（六）项", "本年处理决定数量", [("行政处罚", "37"), ("行政强制", "5")]),
        ("第二十条第（八）项", "本年收费金额（单位：万元）", [("行政事业性收费", "0")]),
    ]
    for sect, colname, items in blocks:
        r += 1
        merge(tb, r, 0, r, 3, sect, 10.5, True, HT)
        r += 1
        cell_text(tb.cell(r, 0), "信息内容", 10.5, True)
        merge(tb, r, 1, r, 3, colname, 10.5, True)
        for lab, v in items:
            r += 1
            cell_text(tb.cell(r, 0), lab, 10.5)
            merge(tb, r, 1, r, 3, v, 10.5)
            cl.append(row_clause([("信息内容", lab), (colname, v)]))
    assert r == 13

    # ------------------------------------------------ table 三
    para(d)
    para(d, "三、收到和处理政府信息公开申请情况", HT, 16)
    cols = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    # data per applicant type
    data = {
        "new": [38, 14, 1, 0, 3, 1],
        "carry": [2, 1, 0, 0, 0, 0],
        "open": [12, 6, 1, 0, 1, 0],
        "part": [5, 2, 0, 0, 1, 0],
        "n1": [0] * 6, "n2": [0] * 6, "n3": [0] * 6,
        "n4": [2, 1, 0, 0, 0, 0],
        "n5": [1, 0, 0, 0, 0, 0],
        "n6": [1, 0, 0, 0, 0, 0],
        "n7": [0] * 6, "n8": [0] * 6,
        "u1": [9, 3, 0, 0, 1, 1],
        "u2": [3, 1, 0, 0, 0, 0],
        "u3": [1, 0, 0, 0, 0, 0],
        "x1": [2, 0, 0, 0, 0, 0],
        "x2": [1, 1, 0, 0, 0, 0],
        "x3": [0] * 6, "x4": [0] * 6, "x5": [0] * 6,
        "o1": [1, 0, 0, 0, 0, 0],
        "o2": [0] * 6, "o3": [0] * 6,
    }
    res_keys = ["open", "part", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8",
                "u1", "u2", "u3", "x1", "x2", "x3", "x4", "x5", "o1", "o2", "o3"]
    data["total"] = [sum(data[k][i] for k in res_keys) for i in range(6)]
    data["next"] = [data["new"][i] + data["carry"][i] - data["total"][i] for i in range(6)]
    assert data["total"] == [38, 14, 1, 0, 3, 1]
    assert data["next"] == [2, 1, 0, 0, 0, 0]
    assert sum(data["new"]) == 57 and sum(data["carry"]) == 3

    L1 = "三、本年度办理结果"
    rowspec = [
        ("new", ["一、本年新收政府信息公开申请数量"]),
        ("carry", ["二、上年结转政府信息公开申请数量"]),
        ("open", [L1, "（一）予以公开"]),
        ("part", [L1, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]),
        ("n1", [L1, "（三）不予公开", "1.属于国家秘密"]),
        ("n2", [L1, "（三）不予公开", "2.其他法律行政法规禁止公开"]),
        ("n3", [L1, "（三）不予公开", "3.危及“三安全一稳定”"]),
        ("n4", [L1, "（三）不予公开", "4.保护第三方合法权益"]),
        ("n5", [L1, "（三）不予公开", "5.属于三类内部事务信息"]),
        ("n6", [L1, "（三）不予公开", "6.属于四类过程性信息"]),
        ("n7", [L1, "（三）不予公开", "7.属于行政执法案卷"]),
        ("n8", [L1, "（三）不予公开", "8.属于行政查询事项"]),
        ("u1", [L1, "（四）无法提供", "1.本机关不掌握相关政府信息"]),
        ("u2", [L1, "（四）无法提供", "2.没有现成信息需要另行制作"]),
        ("u3", [L1, "（四）无法提供", "3.补正后申请内容仍不明确"]),
        ("x1", [L1, "（五）不予处理", "1.信访举报投诉类申请"]),
        ("x2", [L1, "（五）不予处理", "2.重复申请"]),
        ("x3", [L1, "（五）不予处理", "3.要求提供公开出版物"]),
        ("x4", [L1, "（五）不予处理", "4.无正当理由大量反复申请"]),
        ("x5", [L1, "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"]),
        ("o1", [L1, "（六）其他处理",
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"]),
        ("o2", [L1, "（六）其他处理",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"]),
        ("o3", [L1, "（六）其他处理", "3.其他"]),
        ("total", [L1, "（七）总计"]),
        ("next", ["四、结转下年度继续办理"]),
    ]
    nrows = 3 + len(rowspec)
    tb = d.add_table(rows=nrows, cols=10)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths_(tb, [1.5, 1.7, 4.9] + [1.07] * 7)
    set_borders(tb)
    merge(tb, 0, 0, 2, 2, "项目", 9, True)
    merge(tb, 0, 3, 0, 9, "申请人情况", 9, True)
    merge(tb, 1, 3, 2, 3, "自然人", 9, True)
    merge(tb, 1, 4, 1, 8, "法人或其他组织", 9, True)
    merge(tb, 1, 9, 2, 9, "总计", 9, True)
    for i, h in enumerate(cols[1:]):
        cell_text(tb.cell(2, 4 + i), h, 9, True)
    colnames = (["申请人情况—自然人"]
                + ["申请人情况—法人或其他组织—" + h for h in cols[1:]]
                + ["申请人情况—总计"])
    # label merges
    first_res = 3 + 2   # row index of "open"
    last_res = 3 + 23   # row index of "total"
    merge(tb, first_res, 0, last_res, 0, L1, 9)
    groups = {}
    for idx, (key, labels) in enumerate(rowspec):
        r = 3 + idx
        if len(labels) == 1:
            merge(tb, r, 0, r, 2, labels[0], 9, align=WD_ALIGN_PARAGRAPH.LEFT)
        elif len(labels) == 2:
            merge(tb, r, 1, r, 2, labels[1], 9, align=WD_ALIGN_PARAGRAPH.LEFT)
        else:
            groups.setdefault(labels[1], []).append(r)
            cell_text(tb.cell(r, 2), labels[2], 9, align=WD_ALIGN_PARAGRAPH.LEFT)
        vals = data[key] + [sum(data[key])]
        for c, v in enumerate(vals):
            cell_text(tb.cell(r, 3 + c), str(v), 9)
        cl.append(row_clause([("项目", "—".join(labels))]
                             + list(zip(colnames, [str(v) for v in vals]))))
    for g, rs in groups.items():
        merge(tb, rs[0], 1, rs[-1], 1, g, 9)
    tot = sum(data["total"])
    assert tot == 57 and sum(data["new"]) + sum(data["carry"]) == tot + sum(data["next"])

    # ------------------------------------------------ table 四
    para(d)
    para(d, "四、政府信息公开行政复议、行政诉讼情况", HT, 16)
    tb = d.add_table(rows=4, cols=15)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths_(tb, [1.04] * 15)
    set_borders(tb)
    leaves = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    merge(tb, 0, 0, 0, 4, "行政复议", 9, True)
    merge(tb, 0, 5, 0, 14, "行政诉讼", 9, True)
    for i, h in enumerate(leaves):
        merge(tb, 1, i, 2, i, h, 9, True)
    merge(tb, 1, 5, 1, 9, "未经复议直接起诉", 9, True)
    merge(tb, 1, 10, 1, 14, "复议后起诉", 9, True)
    for i, h in enumerate(leaves * 2):
        cell_text(tb.cell(2, 5 + i), h, 9, True)
    vals = ["1", "0", "0", "1", "2", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0"]
    for i, v in enumerate(vals):
        cell_text(tb.cell(3, i), v, 9)
    names = (["行政复议—" + h for h in leaves]
             + ["行政诉讼—未经复议直接起诉—" + h for h in leaves]
             + ["行政诉讼—复议后起诉—" + h for h in leaves])
    cl.append(row_clause(zip(names, vals)))

    para(d)
    para(d, "五、存在的主要问题及改进情况", HT, 16)
    t = ("2024年度报告中提出的政策解读形式较为单一、部分栏目更新不及时等问题，已通过增加图解、视频解读，"
         "建立栏目更新“周提醒、月通报”机制等方式整改到位。")
    para(d, t)
    cl.append(t)
    t = ("2025年工作中仍存在以下不足：一是涉外企业关注的外商投资、跨境贸易政策英文版发布数量偏少；"
         "二是依申请公开答复文书的说理性有待进一步增强。2026年，厦门片区管委会将重点做好以下工作：一是扩大重点政策"
         "双语发布范围，开设“Invest in Xiamen FTZ”专栏；二是制定依申请公开答复文书范本，"
         "组织典型案例复盘，提升答复规范化水平。")
    # soft line break typed inside a paragraph
    a = t.index("2026年，")
    runs(d, [(t[:a], FS, False), "\n", (t[a:], FS, False)])
    cl.append(t)

    para(d, "六、其他需要报告的事项", HT, 16)
    t = ("（一）收取信息处理费情况。依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），"
         "本年度未向申请人收取信息处理费。")
    para(d, t)
    cl.append(t)
    t = ("（二）建议提案办理结果公开情况。2025年共承办市人大代表建议6件、市政协委员提案9件，"
         "已全部按期办结，办理复文经代表委员同意后在门户网站公开15件。")
    para(d, t)
    cl.append(t)
    t = ("（三）政务公开工作要点落实情况。按照《2025年福建省政务公开工作要点》要求，"
         "围绕跨境电商、中欧（厦门）班列、综合保税区发展等重点领域加大信息发布和解读力度，各项任务均已落实。")
    para(d, t)
    cl.append(t)

    para(d)
    para(d)
    signature(d, ["中国（福建）自由贸易试验区", "厦门片区管理委员会"], "2026年1月20日")

    fn = "blind591_xiamen_nianbao"
    path = os.path.join(HERE, fn + ".docx")
    d.save(path)
    EXPECTED[fn] = [{
        "meta": {
            "title": title,
            "doc_number": None,
            "issuer": [organ],
            "date": "2026-01-20",
            "published": None,
            "level": "zone",
            "region": "中国（福建）自由贸易试验区厦门片区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl,
    }]
    return path


def main():
    paths = [doc_nansha(), doc_xian(), doc_xiamen()]
    for p in paths:
        to_pdf(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(EXPECTED, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
