# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 407: 数字贸易 / 数据跨境流动 notices from 自贸试验区.

Run:  /work/venv/bin/python make_blind407.py
Writes next to this script: blind407_*.docx, blind407_*.pdf, expected.json
"""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
RED = RGBColor(0xFF, 0x00, 0x00)
FW = "\u3000"  # full-width space

SIZE_TITLE = 22  # 二号
SIZE_BODY = 16   # 三号
SIZE_SMALL = 14  # 四号


# ---------------------------------------------------------------- helpers
def set_font(run, east=FS, size=SIZE_BODY, bold=False, color=None, west="Times New Roman"):
    run.font.name = west
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    rfonts.set(qn("w:ascii"), west)
    rfonts.set(qn("w:hAnsi"), west)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color


def add_text(par, text, **kw):
    """Add text to a paragraph; '\n' inside text becomes a soft line break."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = par.add_run(part)
        set_font(r, **kw)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)
    return par


def fmt(par, align=None, indent=True, exact=28, before=0, after=0):
    pf = par.paragraph_format
    if align is not None:
        par.alignment = align
    if indent:
        pf.first_line_indent = Pt(32)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return par


def para(doc, text="", east=FS, size=SIZE_BODY, bold=False, color=None,
         align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, exact=28):
    p = doc.add_paragraph()
    fmt(p, align=align, indent=indent, exact=exact)
    if text:
        add_text(p, text, east=east, size=size, bold=bold, color=color)
    return p


def runs_para(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, exact=28):
    """runs: list of (text, dict(font kw))"""
    p = doc.add_paragraph()
    fmt(p, align=align, indent=indent, exact=exact)
    for text, kw in runs:
        add_text(p, text, **kw)
    return p


def empty(doc, n=1):
    for _ in range(n):
        para(doc, "", indent=False)


def border(par, side="bottom", color="FF0000", sz=12, space=1):
    ppr = par._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement("w:" + side)
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), str(space))
    el.set(qn("w:color"), color)
    bdr.append(el)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Mm(297)
        s.page_width = Mm(210)
        s.top_margin = Mm(37)
        s.bottom_margin = Mm(35)
        s.left_margin = Mm(28)
        s.right_margin = Mm(26)
        s.footer_distance = Mm(25)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SIZE_BODY)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def page_numbers(doc):
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("— ")
    set_font(r, east="宋体", size=SIZE_SMALL, west="宋体")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "28")
    rpr.append(sz)
    rr.append(rpr)
    t = OxmlElement("w:t")
    t.text = "1"
    rr.append(t)
    fld.append(rr)
    fp._p.append(fld)
    r2 = fp.add_run(" —")
    set_font(r2, east="宋体", size=SIZE_SMALL, west="宋体")
    # move the closing run after the field
    fp._p.remove(r2._element)
    fp._p.append(r2._element)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def set_widths(table, widths_mm):
    table.autofit = False
    grid = table._tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths_mm):
        gc.set(qn("w:w"), str(int(Mm(w).twips)))
    for row in table.rows:
        for ci, w in enumerate(widths_mm):
            if ci < len(row.cells):
                row.cells[ci].width = Mm(w)


def repeat_header(table):
    trPr = table.rows[0]._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cell_text(cell, text, east=FS, size=SIZE_SMALL, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT,
              color=None, exact=22):
    p = cell.paragraphs[0]
    fmt(p, align=align, indent=False, exact=exact)
    add_text(p, text, east=east, size=size, bold=bold, color=color)
    return p


def add_auto_numbering(doc, lvl_text="（%1）", indent_pt=32):
    """Create a Word list definition (decimal, no tab suffix); return numId."""
    numbering = doc.part.numbering_part.element
    existing = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    abs_id = max(existing + [0]) + 1
    existing_num = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    num_id = max(existing_num + [0]) + 1

    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:start")
    start.set(qn("w:val"), "1")
    lvl.append(start)
    nf = OxmlElement("w:numFmt")
    nf.set(qn("w:val"), "decimal")
    lvl.append(nf)
    suff = OxmlElement("w:suff")
    suff.set(qn("w:val"), "nothing")
    lvl.append(suff)
    lt = OxmlElement("w:lvlText")
    lt.set(qn("w:val"), lvl_text)
    lvl.append(lt)
    jc = OxmlElement("w:lvlJc")
    jc.set(qn("w:val"), "left")
    lvl.append(jc)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), str(indent_pt * 20))
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(SIZE_BODY * 2))
    rpr.append(sz)
    lvl.append(rpr)
    an.append(lvl)

    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(abs_id))
    num.append(ani)
    numbering.append(num)
    return num_id


def set_num(par, num_id, ilvl=0):
    ppr = par._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    # numPr must come early in pPr (after pStyle / keepNext...); put it first
    ppr.insert(0, numPr)
    # let the list level's indent apply (remove our own first-line indent)
    ind = ppr.find(qn("w:ind"))
    if ind is not None:
        ppr.remove(ind)


def clean(text):
    return text.replace("\n", "")


def data_table(doc, header, rows, widths_mm, clauses):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, east=HT, size=SIZE_SMALL, align=WD_ALIGN_PARAGRAPH.CENTER)
    for ri, row in enumerate(rows, start=1):
        for ci, val in enumerate(row):
            cell_text(t.rows[ri].cells[ci], val, east=FS, size=SIZE_SMALL,
                      align=WD_ALIGN_PARAGRAPH.CENTER if ci == 0 else WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append("；".join("%s：%s" % (h, clean(v)) for h, v in zip(header, row)))
    set_widths(t, widths_mm)
    return t


def body(doc, clauses, text, **kw):
    p = para(doc, text, **kw)
    clauses.append(clean(text))
    return p


def runin(doc, clauses, head, rest, head_east=KT, head_bold=True):
    p = runs_para(doc, [(head, dict(east=head_east, bold=head_bold)), (rest, dict(east=FS))])
    clauses.append(clean(head + rest))
    return p


def heading(doc, text, east=HT):
    return para(doc, text, east=east)


def save(doc, stem):
    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_407", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    return path


# ================================================================ document 1
# 临港新片区：印发数据跨境流动分类分级管理办法的通知 + 办法（一个文件两个文件对象）
def make_lingang():
    stem = "blind407_lingang_tongzhi"
    doc = Document()
    page_setup(doc)
    page_numbers(doc)

    # 红头
    empty(doc)
    p = para(doc, "中国（上海）自由贸易试验区临港新片区\n管理委员会文件", east=XBS, size=24,
             color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=40)
    empty(doc)
    p = para(doc, "沪自贸临管委〔2025〕126号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc)
    title1 = "关于印发《中国（上海）自由贸易试验区\n临港新片区数据跨境流动分类分级管理办法\n（试行）》的通知"
    para(doc, title1, east=XBS, size=SIZE_TITLE, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc)
    para(doc, "管委会各部门、各直属单位，各开发主体，新片区各有关企业：", indent=False)

    c1 = []
    body(doc, c1,
         "为贯彻落实《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》和《促进和规范数据跨境流动规定》，"
         "对接《区域全面经济伙伴关系协定》（RCEP）、《全面与进步跨太平洋伙伴关系协定》（CPTPP）和《数字经济伙伴关系协定》"
         "（Digital Economy Partnership Agreement，DEPA）等高标准经贸规则，经管委会2025年第21次主任办公会议审议通过，"
         "现将《中国（上海）自由贸易试验区临港新片区数据跨境流动分类分级管理办法（试行）》印发给你们，请结合实际认真贯彻执行。")
    body(doc, c1,
         "各部门、各单位在执行过程中遇到的问题，请及时向管委会数据和科技创新处反馈。联系人：周晓雯，电话：021-68283517，"
         "电子邮箱：sjcx@lingang.gov.cn；政策解读及申报指南详见临港新片区官网（https://www.lingang.gov.cn/html/website/lg/sjkj/）。")
    empty(doc, 3)
    para(doc, FW * 4 + "中国（上海）自由贸易试验区临港新片区管理委员会", indent=False,
         align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, FW * 16 + "2025年11月12日", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc)
    para(doc, "（此件公开发布）", align=WD_ALIGN_PARAGRAPH.LEFT)

    # ---------------- 办法
    page_break(doc)
    title2 = "中国（上海）自由贸易试验区临港新片区\n数据跨境流动分类分级管理办法（试行）"
    para(doc, title2, east=XBS, size=SIZE_TITLE, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc)
    c2 = []

    def art(num, text):
        p = runs_para(doc, [(num, dict(east=HT, bold=False)), (FW + text, dict(east=FS))])
        c2.append(num + FW + clean(text))
        return p

    def chap(text):
        para(doc, text, east=HT, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    chap("第一章" + FW + "总则")
    art("第一条", "为规范和促进中国（上海）自由贸易试验区临港新片区（以下简称“新片区”）数据跨境流动，保障数据安全，"
        "保护个人信息权益，推动数字贸易高质量发展，根据《中华人民共和国网络安全法》《中华人民共和国数据安全法》"
        "《中华人民共和国个人信息保护法》《促进和规范数据跨境流动规定》等法律法规和规章，结合新片区实际，制定本办法。")
    art("第二条", "本办法适用于在新片区内依法登记注册的数据处理者（以下简称“数据处理者”）向境外提供在中华人民共和国境内"
        "运营中收集和产生的数据的活动，以及相关的服务、管理和监督工作。")
    art("第三条", "数据跨境流动管理坚持安全与发展并重、分类分级、负面清单管理和包容审慎的原则，在保障国家安全和公共利益的"
        "前提下，促进数据依法有序自由流动。")
    art("第四条", "新片区管委会（以下简称“管委会”）负责统筹推进新片区数据跨境流动管理工作。管委会数据和科技创新处具体承担"
        "分类分级目录编制、企业服务、事中事后监管等日常工作，会同市网信、商务、数据管理等部门建立工作协调机制。")
    chap("第二章" + FW + "数据分类分级")
    art("第五条", "数据处理者应当按照国家数据分类分级保护制度和本办法的规定，对拟出境数据开展识别、分类、分级，建立数据资产"
        "台账，并至少每12个月更新一次。")
    art("第六条", "拟出境数据按照其重要程度和出境后一旦遭到篡改、破坏、泄露或者非法获取、非法利用对国家安全、公共利益或者"
        "个人、组织合法权益造成的危害程度，分为核心数据、重要数据、一般数据三个级别；一般数据中的个人信息按照所涉人数和"
        "敏感程度实施差异化管理。")
    art("第七条", "数据类别、示例及相应管理要求如下表：")
    data_table(doc, ["数据类别", "示例", "管理要求"], [
        ["核心数据", "关系国家安全、国民经济命脉、重要民生和重大公共利益的数据", "禁止出境"],
        ["重要数据", "经有关部门认定或者公开发布的重要数据目录所列数据，如未公开的港口航运调度数据、集成电路设计版图数据",
         "应当通过所在地省级网信部门向国家网信部门申报数据出境安全评估，评估结果有效期为3年"],
        ["敏感个人信息", "生物识别、医疗健康、金融账户、行踪轨迹等信息，自当年1月1日起累计向境外提供不满1万人的",
         "应当订立个人信息出境标准合同或者通过个人信息保护认证；累计达到1万人以上的，应当申报数据出境安全评估"],
        ["一般个人信息", "姓名、联系方式、收货地址等，自当年1月1日起累计向境外提供10万人以上、不满100万人的",
         "应当订立个人信息出境标准合同或者通过个人信息保护认证；累计达到100万人以上的，应当申报数据出境安全评估"],
        ["其他一般数据", "研发测试日志、跨境电商商品目录、国际物流轨迹等未列入新片区数据出境负面清单的数据",
         "可以自由流动；通过API接口批量传输且单次传输量超过1TB的，应当留存传输日志不少于6个月"],
    ], [35, 59, 62], c2)
    repeat_header(doc.tables[-1])
    art("第八条", "管委会根据国家有关规定，组织编制新片区数据出境负面清单，按照自由贸易试验区负面清单管理有关程序报批后对外"
        "公布，并原则上每年动态调整一次。负面清单以外的数据，数据处理者可以免予申报数据出境安全评估、订立个人信息出境"
        "标准合同或者通过个人信息保护认证。")
    chap("第三章" + FW + "出境通道与便利化措施")
    art("第九条", "支持在新片区建设国际数据港，推进国际互联网数据专用通道扩容升级。到2026年底，专用通道带宽达到100Gbps以上，"
        "网络可用率不低于99.9%，全面支持IPv6访问。")
    art("第十条", "管委会建立数据跨境服务中心，为数据处理者提供政策咨询、合规辅导、材料预审等“一站式”服务。对申报数据出境"
        "安全评估的，服务中心自收到完整材料之日起5个工作日内完成预审并出具意见。")
    art("第十一条", "在新片区开展国际贸易结算、跨境运输、跨境电商、国际会展、跨境人力资源管理等活动确需向境外提供个人信息的，"
        "数据处理者可以按照《促进和规范数据跨境流动规定》有关情形，免予申报数据出境安全评估、订立个人信息出境标准合同"
        "或者通过个人信息保护认证。")
    art("第十二条", "鼓励数据处理者采用隐私计算、数据脱敏、加密传输等技术措施，通过标准化API接口开展跨境数据交换。采用国密"
        "算法SM2、SM4进行加密的，在合规评价中予以优先认可。")
    art("第十三条", "支持新片区企业参与RCEP、CPTPP、DEPA等协定框架下的数字贸易规则对接试点，探索与新加坡、新西兰、智利等"
        "Digital Economy Partnership Agreement成员方开展跨境数据流动、电子发票、数字身份互认等领域合作。")
    chap("第四章" + FW + "安全管理")
    art("第十四条", "数据处理者应当建立健全数据出境安全管理制度，明确数据安全负责人和管理机构；处理个人信息达到100万人以上的，"
        "应当每年至少开展1次数据出境风险自评估，并形成报告备查。")
    art("第十五条", "数据处理者应当采取必要措施，确保境外接收方处理数据的活动达到中华人民共和国有关法律法规规定的保护标准。"
        "发生或者可能发生数据泄露、毁损、丢失的，应当立即采取补救措施，并在24小时内向管委会和有关主管部门报告。")
    art("第十六条", "管委会会同有关部门对数据处理者的数据出境活动开展“双随机、一公开”监督检查，抽查比例不低于备案企业总数"
        "的5%。检查中发现存在较大安全风险的，依法约谈并督促整改。")
    chap("第五章" + FW + "附则")
    art("第十七条", "本办法下列用语的含义：")
    for item in ["（一）数据处理者，是指在数据处理活动中自主决定处理目的、处理方式的组织、个人。",
                 "（二）API，是指应用程序编程接口（Application Programming Interface）。",
                 "（三）IPv6，是指互联网协议第6版（Internet Protocol Version 6）。"]:
        body(doc, c2, item)
    art("第十八条", "本办法由管委会负责解释。")
    art("第十九条", "本办法自2025年12月1日起施行，有效期至2027年11月30日。《临港新片区数据跨境流动管理暂行规定》"
        "（沪自贸临管委〔2023〕15号）同时废止。")

    # 版记 (layout table at end of file)
    empty(doc, 2)
    bj = doc.add_table(rows=2, cols=1)
    no_borders(bj)
    cell_text(bj.rows[0].cells[0], "抄送：市委网信办，市商务委，市数据局，浦东新区人民政府。", size=SIZE_SMALL)
    cell_text(bj.rows[1].cells[0],
              FW + "临港新片区管委会办公室" + FW * 8 + "2025年11月13日印发",
              size=SIZE_SMALL)
    border(bj.rows[0].cells[0].paragraphs[0], "top", "000000", 8, 1)
    border(bj.rows[0].cells[0].paragraphs[0], "bottom", "000000", 4, 1)
    border(bj.rows[1].cells[0].paragraphs[0], "bottom", "000000", 8, 1)
    set_widths(bj, [156])

    save(doc, stem)
    meta_common = dict(
        issuer=["中国（上海）自由贸易试验区临港新片区管理委员会"],
        date="2025-11-12", published=None, level="zone",
        region="中国（上海）自由贸易试验区临港新片区",
    )
    return stem, [
        {"meta": dict(
            title=clean(title1),
            doc_number="沪自贸临管委〔2025〕126号",
            effective=None, expires=None, attachments=[], doc_type="通知",
            recipients=["管委会各部门", "各直属单位", "各开发主体", "新片区各有关企业"],
            publicity="此件公开发布", repeals=None, **meta_common),
         "clauses": c1},
        {"meta": dict(
            title=clean(title2),
            doc_number=None,
            effective="2025-12-01", expires="2027-11-30", attachments=[], doc_type="办法",
            recipients=[], publicity=None,
            repeals="《临港新片区数据跨境流动管理暂行规定》（沪自贸临管委〔2023〕15号）", **meta_common),
         "clauses": c2},
    ]


# ================================================================ document 2
# 福建：三部门联合通知（联合版头用表格排版，Word 自动编号（1）（2）（3））
def make_fujian():
    stem = "blind407_fujian_tongzhi"
    doc = Document()
    page_setup(doc)
    page_numbers(doc)
    numid = add_auto_numbering(doc, "（%1）", 32)

    # 联合版头：左列三个机关名（手工空格撑开），右列合并单元格“文件”
    empty(doc)
    hdr = doc.add_table(rows=3, cols=2)
    no_borders(hdr)
    hdr.alignment = WD_TABLE_ALIGNMENT.CENTER
    names = ["福" + FW + "建" + FW + "省" + FW + "商" + FW + "务" + FW + "厅",
             "中共福建省委网信办",
             "福建省数据管理局"]
    for i, n in enumerate(names):
        cell_text(hdr.rows[i].cells[0], n, east=XBS, size=22, color=RED,
                  align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, exact=34)
    m = hdr.cell(0, 1).merge(hdr.cell(2, 1))
    cell_text(m, "文件", east=XBS, size=36, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, exact=48)
    set_widths(hdr, [118, 38])
    empty(doc)
    p = para(doc, "闽商务服贸〔2026〕9号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc)
    title = "关于做好中国（福建）自由贸易试验区\n数字贸易企业数据出境合规服务工作的通知"
    para(doc, title, east=XBS, size=SIZE_TITLE, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc)
    recips = ["福州市商务局", "厦门市商务局", "平潭综合实验区经济发展局", "福州市委网信办", "厦门市委网信办",
              "平潭综合实验区党工委网信办", "自贸试验区福州片区管委会", "自贸试验区厦门片区管委会",
              "自贸试验区平潭片区管委会"]
    para(doc, "、".join(recips[:3]) + "，" + "、".join(recips[3:6]) + "，" + "、".join(recips[6:]) + "：",
         indent=False)

    c = []
    body(doc, c,
         "为深入贯彻落实国家关于促进和规范数据跨境流动的决策部署，加快推进中国（福建）自由贸易试验区（以下简称“自贸"
         "试验区”）数字贸易创新发展，主动对接《区域全面经济伙伴关系协定》（RCEP）、《全面与进步跨太平洋伙伴关系协定》"
         "（CPTPP）和《数字经济伙伴关系协定》（Digital Economy Partnership Agreement，DEPA）等国际高标准经贸规则，"
         "帮助企业依法合规高效开展数据出境活动，现就有关事项通知如下：")
    heading(doc, "一、总体目标")
    body(doc, c,
         "到2026年底，自贸试验区内数据出境合规服务实现全覆盖，力争累计服务企业500家以上，指导完成“数据出境安全评估”"
         "申报及个人信息出境标准合同备案200件以上，数据出境申报材料一次性通过率提高到90%以上，培育数字贸易重点企业"
         "50家，数字贸易进出口额突破300亿元。")
    heading(doc, "二、重点任务")
    runin(doc, c, "（一）建立企业服务清单。",
          "各片区要对区内涉及数据出境的企业开展全面摸排，重点梳理跨境电商、中欧班列（厦门）、国际航运物流、软件和信息"
          "技术服务、生物医药等领域企业的数据出境需求，于2026年4月30日前形成企业服务清单并报送省商务厅。")
    runin(doc, c, "（二）分类指导申报路径。", "各地要指导企业准确判断适用的数据出境路径：")
    body(doc, c, "1.向境外提供重要数据的，或者关键信息基础设施运营者向境外提供个人信息的，应当通过省委网信办向国家网信部门"
                 "申报数据出境安全评估。")
    body(doc, c, "2.关键信息基础设施运营者以外的数据处理者自当年1月1日起累计向境外提供100万人以上个人信息（不含敏感个人"
                 "信息），或者1万人以上敏感个人信息的，应当申报数据出境安全评估。")
    body(doc, c, "3.自当年1月1日起累计向境外提供10万人以上、不满100万人个人信息（不含敏感个人信息），或者不满1万人敏感"
                 "个人信息的，应当依法与境外接收方订立个人信息出境标准合同或者通过个人信息保护认证。")
    runin(doc, c, "（三）提升申报服务效能。",
          "依托“闽政通”和省数字贸易公共服务平台（https://szmy.fujian.gov.cn），为企业提供线上咨询、材料预审和进度查询服务。")
    runin(doc, c, "1.推行材料预审。",
          "各片区数据跨境服务站对企业申报材料实行“容缺预审”，重点核查以下内容：", head_east=FS, head_bold=True)
    subs = ["数据出境风险自评估报告是否覆盖出境数据的规模、范围、种类和敏感程度；",
            "法律文件是否明确约定境外接收方的数据安全保护责任义务；",
            "涉及API实时调用的，是否说明接口数量、调用频率及单日传输量（如每日不超过1TB）。"]
    for i, s in enumerate(subs, start=1):
        p = para(doc, s)
        set_num(p, numid)
        c.append("（%d）" % i + s)
    runin(doc, c, "2.压缩办理时限。",
          "省委网信办对材料齐全的申报事项，自受理之日起45个工作日内完成评估；情况复杂或者需要补充、更正材料的，按规定"
          "另行计算时限。", head_east=FS, head_bold=True)
    runin(doc, c, "（四）推进规则对接试点。",
          "支持厦门片区围绕DEPA模块2“数字贸易便利化”和模块4“数据问题”开展先行先试，探索电子提单、电子发票跨境互认；"
          "支持福州片区建设面向RCEP成员国的国际数据中心，部署IPv6单栈服务，服务可用性达到99.9%以上；支持平潭片区深化"
          "闽台数字经济交流合作。")
    heading(doc, "三、工作要求")
    runin(doc, c, "（一）加强组织协调。",
          "省商务厅会同省委网信办、省数据管理局建立工作专班，每季度召开1次联席会议，协调解决企业数据出境中的重点难点问题。")
    runin(doc, c, "（二）强化安全保障。",
          "各地要指导企业落实数据安全主体责任，对发生数据安全事件的，督促企业在24小时内报告，并依法依规处置。")
    runin(doc, c, "（三）做好信息报送。",
          "请各片区于每季度结束后10个工作日内，将工作进展、典型案例和意见建议报送省商务厅（服务贸易处），电子版发送至"
          "fjsw_fmc@fujian.gov.cn。")
    body(doc, c, "联系人：省商务厅服务贸易处林晓峰，电话：0591-87851206；省委网信办数据管理处陈雅琴，电话：0591-87712958；"
                 "省数据管理局数据资源处郑凯，电话：0591-87075315，电子邮箱：sjzyc@fjdata.gov.cn。")
    empty(doc)
    atts = ["自贸试验区数据出境合规服务企业清单（模板）", "数据出境申报材料预审要点"]
    para(doc, "附件：1." + atts[0])
    para(doc, FW * 5 + "2." + atts[1], indent=True)
    empty(doc, 3)
    # 联合落款：排版用表格
    lk = doc.add_table(rows=2, cols=2)
    no_borders(lk)
    cell_text(lk.rows[0].cells[0], "福建省商务厅", size=SIZE_BODY, align=WD_ALIGN_PARAGRAPH.CENTER, exact=28)
    cell_text(lk.rows[0].cells[1], "中共福建省委网信办", size=SIZE_BODY, align=WD_ALIGN_PARAGRAPH.CENTER, exact=28)
    cell_text(lk.rows[1].cells[0], "", size=SIZE_BODY)
    cell_text(lk.rows[1].cells[1], "", size=SIZE_BODY)
    set_widths(lk, [78, 78])
    empty(doc, 2)
    para(doc, FW * 13 + "福建省数据管理局", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, FW * 13 + "2026年3月18日", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc)
    para(doc, "（此件主动公开）")
    empty(doc, 2)
    p = para(doc, "抄送：商务部服务贸易和商贸服务业司，国家互联网信息办公室网络数据管理局，省人民政府办公厅。",
             size=SIZE_SMALL, indent=False)
    border(p, "top", "000000", 8, 1)
    border(p, "bottom", "000000", 4, 1)
    p = para(doc, FW + "福建省商务厅办公室" + FW * 9 + "2026年3月19日印发", size=SIZE_SMALL, indent=False)
    border(p, "bottom", "000000", 8, 1)

    save(doc, stem)
    return stem, [{
        "meta": dict(
            title=clean(title),
            doc_number="闽商务服贸〔2026〕9号",
            issuer=["福建省商务厅", "中共福建省委网信办", "福建省数据管理局"],
            date="2026-03-18", published=None, level="provincial",
            region="中国（福建）自由贸易试验区",
            effective=None, expires=None, attachments=atts, doc_type="通知",
            recipients=recips, publicity="此件主动公开", repeals=None),
        "clauses": c,
    }]


# ================================================================ document 3
# 广西南宁片区：试点企业申报公告（标题分两段、段内软回车、支持政策表）
def make_nanning():
    stem = "blind407_nanning_gonggao"
    doc = Document()
    page_setup(doc)
    page_numbers(doc)

    empty(doc)
    para(doc, "中国（广西）自由贸易试验区南宁片区管理委员会", east=XBS, size=19, color=RED,
         align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=40)
    empty(doc)
    p = para(doc, "南自贸管发〔2026〕4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc)
    tl = ["中国（广西）自由贸易试验区南宁片区", "管理委员会关于开展2026年度面向东盟数据",
          "跨境流动便利化试点企业申报工作的公告"]
    for t in tl:
        para(doc, t, east=XBS, size=SIZE_TITLE, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, exact=36)
    empty(doc)

    c = []
    body(doc, c,
         "为贯彻落实《中国（广西）自由贸易试验区总体方案》和《区域全面经济伙伴关系协定》（Regional Comprehensive "
         "Economic Partnership，RCEP）电子商务章节有关条款，发挥南宁片区面向东盟的区位优势，推动中国—东盟数字贸易中心"
         "建设，现就开展2026年度面向东盟数据跨境流动便利化试点企业（以下简称“试点企业”）申报工作公告如下：")
    heading(doc, "一、申报条件")
    body(doc, c, "申报企业应当同时符合下列条件：")
    body(doc, c, "（一）在南宁片区（含南宁综合保税区）依法登记注册，具有独立法人资格，正常经营满1年以上；")
    body(doc, c, "（二）主营业务涉及跨境电商、数字内容、跨境金融科技、国际物流或者面向东盟的软件和信息技术服务，2025年度"
                 "营业收入不低于2000万元或者跨境业务收入占比不低于30%；")
    body(doc, c, "（三）已建立数据安全管理制度，近3年未发生重大数据安全事件，未被列入严重失信主体名单；")
    body(doc, c, "（四）拟向东盟国家（地区）提供的数据不属于核心数据、重要数据，且未列入中国（广西）自由贸易试验区数据出境"
                 "负面清单。")
    heading(doc, "二、支持措施")
    body(doc, c, "入选试点企业可享受以下支持措施：")
    data_table(doc, ["支持事项", "支持内容", "支持上限"], [
        ["数据出境合规辅导", "由片区数据跨境服务中心提供1对1合规辅导，协助开展数据出境风险自评估", "不收取费用"],
        ["通过数据出境安全评估", "按实际发生的第三方咨询费用的50%给予补贴", "每家企业最高20万元"],
        ["国际数据专线租用", "租用经工业和信息化部批准设立的国际互联网数据专用通道，带宽不低于100Mbps的，按年租金的30%给予补贴",
         "每家企业每年最高50万元"],
        ["IPv6改造", "完成门户网站、移动应用及API接口IPv6改造，IPv6流量占比达到60%以上的，给予一次性奖励", "每家企业5万元"],
    ], [40, 76, 40], c)
    body(doc, c, "同一企业同一事项已享受自治区或者南宁市同类政策支持的，不重复支持。")
    heading(doc, "三、申报程序")
    body(doc, c, "（一）网上申报。申报企业于2026年2月1日至2026年3月15日期间登录南宁片区政务服务平台"
                 "（http://www.nnftz.gov.cn/sbpt），在线填写《试点企业申报书》并上传证明材料。")
    body(doc, c, "（二）书面报送。申报企业将加盖公章的纸质申报材料一式三份\n报送至南宁片区管委会经济发展局（地址：南宁市"
                 "良庆区秋月路18号中国—东盟商务区管理服务中心B座1203室）。")
    body(doc, c, "（三）评审公示。管委会组织专家进行评审，评审结果在南宁片区门户网站公示5个工作日，公示无异议的确定为试点"
                 "企业，试点期为2年。")
    heading(doc, "四、其他事项")
    body(doc, c, "（一）申报企业对申报材料的真实性负责。对弄虚作假骗取支持资金的，依法追回资金，取消试点资格，3年内不得申报"
                 "片区各类扶持政策。")
    body(doc, c, "（二）本公告自2026年1月20日起施行，有效期至2027年12月31日，由南宁片区管委会经济发展局负责解释。")
    body(doc, c, "（三）咨询方式。联系人：黄振宇、韦秋萍，咨询电话：0771-5568123，电子邮箱：szmy@nnftz.gov.cn。")
    empty(doc)
    atts = ["面向东盟数据跨境流动便利化试点企业申报书", "数据出境风险自评估报告（参考格式）", "申报材料真实性承诺书"]
    para(doc, "附件：1." + atts[0])
    para(doc, FW * 5 + "2." + atts[1])
    para(doc, FW * 5 + "3." + atts[2])
    empty(doc, 3)
    para(doc, FW * 4 + "中国（广西）自由贸易试验区南宁片区管理委员会", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, FW * 16 + "2026年1月16日", indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)

    save(doc, stem)
    return stem, [{
        "meta": dict(
            title="".join(tl),
            doc_number="南自贸管发〔2026〕4号",
            issuer=["中国（广西）自由贸易试验区南宁片区管理委员会"],
            date="2026-01-16", published=None, level="zone",
            region="中国（广西）自由贸易试验区南宁片区",
            effective="2026-01-20", expires="2027-12-31", attachments=atts, doc_type="公告",
            recipients=[], publicity=None, repeals=None),
        "clauses": c,
    }]


KEY_ORDER = ["title", "doc_number", "issuer", "date", "published", "level", "region", "effective",
             "expires", "attachments", "doc_type", "recipients", "publicity", "repeals"]


def main():
    expected = {}
    for fn in (make_lingang, make_fujian, make_nanning):
        stem, docs = fn()
        for d in docs:
            d["meta"] = {k: d["meta"][k] for k in KEY_ORDER}
        expected[stem] = docs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
