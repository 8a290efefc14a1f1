# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 375: 省自贸办督查通报 + 片区整改报告."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"

FW2 = "\u3000\u3000"  # two full-width spaces


# ---------------------------------------------------------------- helpers
def font(run, east=FS, size=16, bold=False, color=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def fmt(p, align=None, first=True, exact=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first:
        pf.first_line_indent = Pt(32)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(exact)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first=True, exact=28):
    """runs: list of (text, east, size, bold) or plain str."""
    p = doc.add_paragraph()
    fmt(p, align, first, exact)
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        if r == "<BR>":
            p.add_run().add_break(WD_BREAK.LINE)
            continue
        t, e, s, b = r
        font(p.add_run(t), e, s, b)
    return p


def empty(doc, n=1):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, first=False)


def border_bottom(p, color="FF0000", sz=12, top=False):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    el = OxmlElement("w:top" if top else "w:bottom")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(sz))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)
    ppr.append(bdr)


def page_setup(doc):
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def page_number_footer(doc):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run("— "), SONG, 14)
    r = p.add_run()
    font(r, SONG, 14)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = p.add_run()
    font(r2, SONG, 14)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._r.append(it)
    r3 = p.add_run()
    font(r3, SONG, 14)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    font(p.add_run("1"), SONG, 14)
    r4 = p.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r4._r.append(e)
    font(p.add_run(" —"), SONG, 14)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def hline_borders(table, sides=("top", "bottom", "insideH"), sz=8):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        if side in sides:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:color"), "000000")
        else:
            el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def cell_text(cell, text, east=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.LEFT):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    font(p.add_run(text), east, size, bold)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


# Word automatic numbering ("1." with no tab), restarted per group
def make_numbering(doc, groups):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "375")
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                     ("w:suff", "nothing"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "640")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    rf.set(qn("w:ascii"), "Times New Roman")
    rf.set(qn("w:hAnsi"), "Times New Roman")
    rf.set(qn("w:eastAsia"), FS)
    rpr.append(rf)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "32")
    rpr.append(sz)
    lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    ids = []
    for i in range(groups):
        nid = 3750 + i
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(nid))
        an = OxmlElement("w:abstractNumId")
        an.set(qn("w:val"), "375")
        num.append(an)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        ids.append(nid)
    return ids


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


def to_pdf(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_375", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240)


# =================================================================== DOC 1
def doc_tongbao():
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)
    clauses = []

    # 版头
    empty(doc, 2)
    p = para(doc, [("湖北省自由贸易试验区建设领导小组办公室", XBS, 22, False)],
             WD_ALIGN_PARAGRAPH.CENTER, first=False, exact=40)
    p = para(doc, [("文件", XBS, 36, False)], WD_ALIGN_PARAGRAPH.CENTER,
             first=False, exact=48)
    for r in p.runs:
        r.font.color.rgb = RGBColor(0xFF, 0, 0)
    for r in doc.paragraphs[-2].runs:
        r.font.color.rgb = RGBColor(0xFF, 0, 0)
    empty(doc)
    p = para(doc, [("鄂自贸办〔2025〕15号", FS, 16, False)],
             WD_ALIGN_PARAGRAPH.CENTER, first=False)
    border_bottom(p)
    empty(doc)

    # 标题 typed with a soft line break in the middle
    title = ("湖北省自由贸易试验区建设领导小组办公室关于2025年"
             "自贸试验区重点工作专项督查情况的通报")
    para(doc, [("湖北省自由贸易试验区建设领导小组办公室", XBS, 22, False), "<BR>",
               ("关于2025年自贸试验区重点工作", XBS, 22, False), "<BR>",
               ("专项督查情况的通报", XBS, 22, False)],
         WD_ALIGN_PARAGRAPH.CENTER, first=False, exact=36)
    empty(doc)

    recip = ["自贸试验区武汉片区管委会", "襄阳片区管委会", "宜昌片区管委会",
             "省自贸试验区建设领导小组各成员单位"]
    para(doc, "自贸试验区武汉片区管委会、襄阳片区管委会、宜昌片区管委会，"
              "省自贸试验区建设领导小组各成员单位：", first=False)

    def body(text, lead_spaces=False):
        if lead_spaces:
            p = para(doc, FW2 + text, first=False)
        else:
            para(doc, text)
        clauses.append(text)

    def runin(head, text, east=KT):
        para(doc, [(head, east, 16, True), (text, FS, 16, False)])
        clauses.append(head + text)

    def h1(text):
        para(doc, [(text, HT, 16, False)])

    body("为深入贯彻落实党中央、国务院关于实施自由贸易试验区提升战略的决策部署，"
         "推动《中国（湖北）自由贸易试验区提升战略实施方案》各项任务落地见效，"
         "2025年6月至7月，省自贸试验区建设领导小组办公室（以下简称省自贸办）会同省发展改革委、"
         "省司法厅、省市场监管局、武汉海关等单位，组成3个督查组，采取听取汇报、查阅资料、"
         "实地核查、企业座谈、“四不两直”暗访等方式，对武汉、襄阳、宜昌3个片区2025年"
         "重点改革任务推进情况开展了专项督查。现将有关情况通报如下。", lead_spaces=True)

    h1("一、总体情况")
    body("从督查情况看，各片区坚持以制度创新为核心，围绕投资贸易便利化、金融开放创新、"
         "政府职能转变等重点领域大胆试、大胆闯、自主改，取得了积极成效。截至2025年6月底，"
         "全省自贸试验区累计形成制度创新成果682项，其中27项在全国复制推广；上半年新设企业"
         "2.1万家，实际使用外资9.8亿美元，进出口总额1536.7亿元，同比增长14.2%。")
    body("督查也发现，部分片区仍存在改革系统集成不够、首创性成果偏少、政策落地"
         "“最后一公里”不畅、数据报送不及时不准确等问题，需要引起高度重视并切实加以整改。")

    h1("二、各片区督查情况")
    runin("（一）武汉片区。",
          "武汉片区聚焦光电子信息、生物医药等主导产业，深化“链式”集成创新，数据跨境流动"
          "“白名单”管理、科技型企业知识产权质押融资“一站式”服务等改革成效明显，中欧班列"
          "（武汉）上半年开行468列，同比增长12.5%。但督查发现，跨境电商综合试验区线上综合"
          "服务平台与国际贸易“单一窗口”数据尚未完全打通，企业重复申报问题仍然存在；部分已"
          "出台的支持政策配套实施细则迟迟未出台，企业反映“看得见、摸不着”。")
    body("东湖综合保税区“保税研发+保税维修”业务模式推进较慢，入区企业开展全球维修业务的"
         "数量偏少，海关特殊监管区域功能优势发挥不充分。")
    runin("（二）襄阳片区。",
          "襄阳片区立足汽车产业集聚优势，在新能源汽车出口、二手车出口等方面探索形成了一批"
          "特色做法，“汽车整车出口一站式服务”被商务部列入自贸试验区最佳实践案例。但督查发现，"
          "片区2025年确定的18项重点改革任务中，有5项进度滞后，其中“跨境贸易投资高水平开放"
          "试点”相关工作尚处于研究论证阶段；外商投资企业“一件事”集成服务事项覆盖面窄，"
          "办理时限压缩不明显。")
    body("部分改革试点任务台账更新不及时，督查组抽查的12项任务中有3项台账数据与实际进展"
         "不一致，存在“以文件落实文件”现象。")
    runin("（三）宜昌片区。",
          "宜昌片区发挥长江航运和磷化工产业优势，推进“港口+综保区+多式联运”联动发展，"
          "三峡翻坝江海联运等通道建设取得新进展。但督查发现，宜昌综合保税区2025年上半年"
          "进出口额同比下降6.3%，新引进加工贸易项目数量不足；“证照分离”改革中涉企经营"
          "许可事项告知承诺制落实不到位，事后核查机制不健全。")
    body("片区管委会与市直部门之间的赋权事项承接不顺畅，省级下放的36项管理权限中有9项"
         "实际办件量为零，“放得下、接不住”问题较为突出。")
    body("各片区督查发现的具体问题详见附件。")

    h1("三、通报表扬情况")
    body("督查中，一批单位勇于担当、主动作为，在制度创新、政策落地、服务企业等方面成效突出。"
         "经省自贸办研究，决定对以下10个单位予以通报表扬：")
    names = [
        ["武汉东湖高新区政务服务和大数据管理局", "东湖海关"],
        ["武汉经开区商务局", "襄阳海关", "宜昌海关"],
        ["襄阳高新区经济发展局", "襄阳片区综合服务中心"],
        ["宜昌高新区管委会", "宜昌市市场监督管理局"],
        ["三峡翻坝物流园管理办公室"],
    ]
    for line in names:
        t = FW2.join(line)
        # typed by hand: two full-width spaces as indent, names separated by two full-width spaces
        para(doc, FW2 + t, align=WD_ALIGN_PARAGRAPH.LEFT, first=False)
        clauses.append(t)
    body("希望受到表扬的单位珍惜荣誉、再接再厉，继续发挥示范引领作用。各片区、各有关单位要"
         "以先进为榜样，学习借鉴好经验好做法，推动自贸试验区建设再上新台阶。")

    h1("四、下一步要求")
    runin("（一）压实整改责任。",
          "各片区要对照问题清单，逐项制定整改方案，明确责任领导、责任单位和完成时限，建立"
          "整改台账，实行销号管理。整改情况须经片区管委会主要负责同志审签后，于2025年10月"
          "31日前书面报送省自贸办。")
    runin("（二）强化系统集成。",
          "各片区要坚持问题导向和需求导向，聚焦产业链供应链开展全链条制度创新，避免碎片化、"
          "零散化改革。省自贸试验区建设领导小组各成员单位要加强对口指导，对片区提出的改革"
          "事项及时予以支持。")
    runin("（三）打通政策落地堵点。",
          "各片区要对已出台政策开展“回头看”，重点做好以下工作：")
    for t in ["1.全面梳理配套细则缺失、操作流程不清、兑现周期过长等问题，形成清单逐项解决。",
              "2.推行惠企政策“免申即享”“直达快享”，提高政策兑现率和企业获得感。",
              "3.对省级下放管理权限开展承接效果评估，对零办件事项提出调整建议。"]:
        body(t)
    runin("（四）提升数据质量。",
          "各片区要严格落实自贸试验区统计监测制度，指定专人负责数据报送，于每季度结束后"
          "10个工作日内报送主要指标数据，确保数据真实、准确、及时。")
    runin("（五）加强督查问效。",
          "省自贸办将把督查发现问题整改情况纳入2025年度自贸试验区建设考核评估内容，适时"
          "组织“回头看”。对整改不力、敷衍整改的，将予以通报并约谈有关负责同志。")

    empty(doc)
    att_title = "2025年自贸试验区专项督查发现问题清单"
    para(doc, "附件：" + att_title)
    empty(doc)
    # 落款 aligned with manual spaces
    para(doc, "\u3000" * 6 + "湖北省自由贸易试验区建设领导小组办公室", WD_ALIGN_PARAGRAPH.LEFT,
         first=False)
    para(doc, "\u3000" * 14 + "2025年8月20日", WD_ALIGN_PARAGRAPH.LEFT, first=False)
    para(doc, "（此件公开发布）")

    # 附件 page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para(doc, [("附件", HT, 16, False)], WD_ALIGN_PARAGRAPH.LEFT, first=False)
    empty(doc)
    para(doc, [(att_title, XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, first=False,
         exact=36)
    empty(doc)

    header = ["序号", "片区", "问题描述", "整改要求", "整改时限"]
    rows = [
        ("1", "武汉片区",
         "跨境电商综试区线上综合服务平台与国际贸易“单一窗口”数据未完全打通。企业需在两个平台"
         "重复录入订单、物流、支付信息，增加了申报负担。",
         "推动两平台数据接口对接，实现“一次录入、多方共享”。对接完成后组织企业开展试运行，"
         "收集问题并持续优化。", "2025年12月底前"),
        ("2", "武汉片区",
         "支持政策配套细则出台滞后。2024年出台的3项支持政策中有2项尚未制定实施细则，"
         "政策兑现率不足30%。",
         "明确细则制定责任部门和时间节点。细则出台后及时开展政策宣讲，推动政策“免申即享”。",
         "2025年11月底前"),
        ("3", "武汉片区",
         "东湖综保区“保税研发+保税维修”业务推进较慢。区内开展全球维修业务的企业仅2家，"
         "业务规模较小。",
         "梳理业务开展中的监管堵点，会同海关研究优化监管模式。加大招商力度，引进一批保税"
         "维修重点项目。", "2026年3月底前"),
        ("4", "襄阳片区",
         "5项重点改革任务进度滞后。“跨境贸易投资高水平开放试点”相关工作仍处于研究论证阶段，"
         "未形成实质性成果。",
         "逐项分析滞后原因，倒排工期、挂图作战。对确需调整的任务，按程序报省自贸办备案。",
         "2025年12月底前"),
        ("5", "襄阳片区",
         "外商投资企业“一件事”集成服务覆盖面窄。目前仅覆盖设立登记、税务登记2个环节，"
         "平均办理时限为5个工作日，压缩不明显。",
         "将外汇登记、社保登记、银行开户等环节纳入集成服务范围。力争办理时限压缩至2个工作日"
         "以内。", "2025年11月底前"),
        ("6", "襄阳片区",
         "改革任务台账更新不及时。抽查的12项任务中有3项台账数据与实际进展不一致。",
         "建立台账月度更新和交叉核验机制。明确专人负责，确保台账数据真实、准确、完整。",
         "2025年9月底前"),
        ("7", "宜昌片区",
         "综保区进出口额同比下降。上半年进出口额同比下降6.3%，新引进加工贸易项目仅1个。",
         "制定综保区稳外贸专项工作方案。聚焦磷化工、生物医药等产业链招引加工贸易项目，"
         "推动进出口额止跌回升。", "2025年12月底前"),
        ("8", "宜昌片区",
         "告知承诺制事后核查机制不健全。部分涉企经营许可事项采用告知承诺方式办理后，"
         "未按规定开展核查。",
         "建立告知承诺事项事后核查清单，明确核查主体、方式和时限。对承诺不实的依法撤销许可"
         "并纳入信用记录。", "2025年10月底前"),
        ("9", "宜昌片区",
         "省级下放权限承接不顺畅。36项下放权限中有9项实际办件量为零。",
         "逐项评估零办件事项的原因。对确实无法有效承接的，提出调整建议报省自贸办。",
         "2025年10月底前"),
    ]
    table = doc.add_table(rows=1 + len(rows), cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.4), Cm(2.2), Cm(4.75), Cm(4.75), Cm(2.5)]
    for i, h in enumerate(header):
        cell_text(table.cell(0, i), h, HT, 12, False, WD_ALIGN_PARAGRAPH.CENTER)
    repeat_header(table.rows[0])
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            if c == 1:
                continue
            al = WD_ALIGN_PARAGRAPH.CENTER if c in (0, 4) else WD_ALIGN_PARAGRAPH.LEFT
            cell_text(table.cell(r, c), v, FS, 12, False, al)
    # merged 片区 cells (vertical merge over 3 rows each)
    for start in (1, 4, 7):
        m = table.cell(start, 1).merge(table.cell(start + 2, 1))
        cell_text(m, rows[start - 1][1], FS, 12, False, WD_ALIGN_PARAGRAPH.CENTER)
    table.autofit = False
    for i, gc in enumerate(table._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))
    for r in range(len(table.rows)):
        for i, w in enumerate(widths):
            table.cell(r, i).width = w
    for row in rows:
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))

    # 版记 as a layout table with horizontal lines only
    empty(doc, 2)
    vt = doc.add_table(rows=2, cols=1)
    hline_borders(vt)
    cell_text(vt.cell(0, 0), "抄送：省委办公厅，省人大常委会办公厅，省政府办公厅，省政协办公厅。",
              FS, 14)
    cell_text(vt.cell(1, 0), "湖北省自贸试验区建设领导小组办公室" + "\u3000" * 2 +
              "2025年8月22日印发", FS, 14)

    out = os.path.join(HERE, "blind375_hubei_tongbao.docx")
    doc.save(out)
    meta = {
        "title": title,
        "doc_number": "鄂自贸办〔2025〕15号",
        "issuer": ["湖北省自由贸易试验区建设领导小组办公室"],
        "date": "2025-08-20",
        "published": None,
        "level": "provincial",
        "region": "中国（湖北）自由贸易试验区",
        "effective": None,
        "expires": None,
        "attachments": [att_title],
        "doc_type": "通报",
        "recipients": recip,
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return out, [{"meta": meta, "clauses": clauses}]


# =================================================================== DOC 2
def doc_baogao():
    doc = Document()
    page_setup(doc)
    page_number_footer(doc)
    num_ids = make_numbering(doc, 3)
    clauses = []

    empty(doc)
    for t in ("中国（湖北）自由贸易试验区", "襄阳片区管理委员会"):
        p = para(doc, [(t, XBS, 30, False)], WD_ALIGN_PARAGRAPH.CENTER, first=False,
                 exact=44)
        for r in p.runs:
            r.font.color.rgb = RGBColor(0xFF, 0, 0)
    empty(doc)
    # 文号 and 签发人 in a borderless layout table
    lt = doc.add_table(rows=1, cols=2)
    no_borders(lt)
    cell_text(lt.cell(0, 0), "襄自贸管〔2025〕31号", FS, 16, False, WD_ALIGN_PARAGRAPH.LEFT)
    c = lt.cell(0, 1)
    p = c.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    font(p.add_run("签发人："), FS, 16)
    font(p.add_run("周志勇"), KT, 16)
    p = doc.add_paragraph()
    fmt(p, first=False, exact=8)
    border_bottom(p, sz=18)
    empty(doc)

    title = ("中国（湖北）自由贸易试验区襄阳片区管理委员会关于2025年自贸试验区"
             "专项督查发现问题整改情况的报告")
    # title typed as three separate paragraphs
    for t in ("中国（湖北）自由贸易试验区襄阳片区", "管理委员会关于2025年自贸试验区专项督查",
              "发现问题整改情况的报告"):
        para(doc, [(t, XBS, 22, False)], WD_ALIGN_PARAGRAPH.CENTER, first=False, exact=36)
    empty(doc)
    para(doc, "湖北省自由贸易试验区建设领导小组办公室：", first=False)

    def body(text):
        para(doc, text)
        clauses.append(text)

    def runin(head, text, east=KT, bold=True):
        para(doc, [(head, east, 16, bold), (text, FS, 16, False)])
        clauses.append(head + text)

    def h1(text):
        # one heading typed in 仿宋 with bold instead of 黑体
        para(doc, [(text, HT, 16, False)])

    def h2(text):
        para(doc, [(text, KT, 16, True)])

    def auto_item(gid, head, text, br_at=None):
        p = doc.add_paragraph()
        fmt(p, WD_ALIGN_PARAGRAPH.JUSTIFY, first=False)
        set_num(p, num_ids[gid])
        font(p.add_run(head), FS, 16, True)
        if br_at:
            a, b = text[:br_at], text[br_at:]
            font(p.add_run(a), FS, 16)
            p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run(b), FS, 16)
        else:
            font(p.add_run(text), FS, 16)
        n = auto_item.counts.get(gid, 0) + 1
        auto_item.counts[gid] = n
        clauses.append("%d.%s%s" % (n, head, text))
    auto_item.counts = {}

    body("2025年8月，省自贸办印发《湖北省自由贸易试验区建设领导小组办公室关于2025年自贸试验区"
         "重点工作专项督查情况的通报》（鄂自贸办〔2025〕15号），指出我片区存在重点改革任务进度"
         "滞后、外商投资企业“一件事”集成服务覆盖面窄、改革任务台账更新不及时等3个方面问题。"
         "片区管委会高度重视，坚持立行立改、真改实改，逐项研究制定整改措施。截至目前，2项问题"
         "已完成整改，1项问题取得阶段性进展。现将有关情况报告如下。")

    h1("一、整改工作开展情况")
    runin("（一）加强组织领导。",
          "通报印发后，片区管委会第一时间召开党工委会议专题研究部署，成立由管委会主任任组长、"
          "分管副主任任副组长、各职能局主要负责同志为成员的整改工作专班，印发《襄阳片区督查"
          "发现问题整改工作方案》，明确整改目标、责任分工和时间节点。")
    runin("（二）建立工作台账。",
          "对照省自贸办问题清单，细化形成12项具体整改措施，逐项明确责任领导、责任单位和完成"
          "时限，实行“周调度、月通报、完成一项销号一项”的闭环管理。")
    runin("（三）强化督办问效。",
          "片区纪检监察工作机构全程参与整改监督，对整改进度滞后的2个责任单位下发督办函，"
          "确保整改不走过场。")

    h1("二、问题整改落实情况")
    h2("（一）关于“5项重点改革任务进度滞后”的问题")
    auto_item(0, "整改措施。",
              "对5项滞后任务逐项分析原因，实行“一项任务、一名领导、一个专班、一套方案”推进"
              "机制，倒排工期、挂图作战。针对“跨境贸易投资高水平开放试点”相关工作，主动对接"
              "国家外汇管理局湖北省分局，会同人民银行襄阳市分行制定试点工作方案。")
    auto_item(0, "整改成效。",
              "截至2025年10月20日，5项滞后任务中已有4项按计划完成；“跨境贸易投资高水平开放"
              "试点”工作方案已经市政府常务会议审议通过，首批3家试点企业已完成资格审核。该问题"
              "取得阶段性进展，剩余任务将于2025年12月底前完成。")
    h2("（二）关于“外商投资企业‘一件事’集成服务覆盖面窄”的问题")
    auto_item(1, "整改措施。",
              "会同市市场监管局、市税务局、人民银行襄阳市分行、市人社局等部门，将外汇登记、"
              "社保登记、银行预约开户、公章刻制等4个环节纳入集成服务范围，依托湖北政务服务网"
              "开设外资企业开办专区，实行“一表申请、一窗受理、一次办结”。", br_at=42)
    auto_item(1, "整改成效。",
              "2025年9月以来，通过集成服务办理外资企业开办事项27件，平均办理时限由5个工作日"
              "压缩至1.5个工作日。该问题已完成整改。")
    h2("（三）关于“改革任务台账更新不及时”的问题")
    auto_item(2, "整改措施。",
              "印发《襄阳片区改革试点任务台账管理办法》，建立“责任单位月报、综合处室核验、分管"
              "领导审签”的台账更新机制，每项任务明确1名联络员负责台账维护。")
    auto_item(2, "整改成效。",
              "已对全部18项重点改革任务台账进行全面核对更新，纠正不一致数据7处。2025年9月起"
              "台账已实现按月更新。该问题已完成整改。")

    h1("三、下一步工作打算")
    body("下一步，我片区将以此次督查整改为契机，举一反三、标本兼治，推动自贸试验区建设提质增效。")
    runin("（一）持续巩固整改成果。",
          "对已完成整改的问题开展“回头看”，防止问题反弹；对尚未完成的“跨境贸易投资高水平"
          "开放试点”任务，加快推进，确保2025年12月底前完成。")
    runin("（二）深化汽车产业链制度创新。",
          "围绕新能源汽车出口、二手车出口、汽车零部件保税维修等领域，加强与襄阳海关、市商务局"
          "等部门协同，力争年内形成2至3项可复制推广的制度创新成果。")
    runin("（三）健全长效工作机制。",
          "将督查整改中形成的台账管理、集成服务等有效做法固化为制度，纳入片区日常工作体系，"
          "每季度向省自贸办报送一次工作进展。")
    body("特此报告。")

    empty(doc, 3)
    para(doc, "\u3000" * 3 + "中国（湖北）自由贸易试验区襄阳片区管理委员会",
         WD_ALIGN_PARAGRAPH.LEFT, first=False)
    para(doc, "\u3000" * 14 + "2025年10月28日", WD_ALIGN_PARAGRAPH.LEFT, first=False)
    empty(doc)
    para(doc, "（联系人：王磊；联系电话：0710-3219567）", first=True)

    empty(doc, 2)
    p = para(doc, "抄送：襄阳市人民政府办公室。", WD_ALIGN_PARAGRAPH.LEFT, first=False)
    for r in p.runs:
        r.font.size = Pt(14)
    border_bottom(p, color="000000", sz=8, top=True)
    p = para(doc, "襄阳片区管委会综合办公室" + "\u3000" * 6 + "2025年10月28日印发",
             WD_ALIGN_PARAGRAPH.LEFT, first=False)
    for r in p.runs:
        r.font.size = Pt(14)
    border_bottom(p, color="000000", sz=8)

    out = os.path.join(HERE, "blind375_xiangyang_baogao.docx")
    doc.save(out)
    meta = {
        "title": title,
        "doc_number": "襄自贸管〔2025〕31号",
        "issuer": ["中国（湖北）自由贸易试验区襄阳片区管理委员会"],
        "date": "2025-10-28",
        "published": None,
        "level": "zone",
        "region": "中国（湖北）自由贸易试验区襄阳片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "报告",
        "recipients": ["湖北省自由贸易试验区建设领导小组办公室"],
        "publicity": None,
        "repeals": None,
    }
    return out, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (doc_tongbao, doc_baogao):
        path, objs = fn()
        to_pdf(path)
        expected[os.path.splitext(os.path.basename(path))[0]] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
