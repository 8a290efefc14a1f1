# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1034: 外汇局分局通知 + 政策问答附件; 商务厅政策解读. Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)
C = WD_ALIGN_PARAGRAPH.CENTER
R = WD_ALIGN_PARAGRAPH.RIGHT
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None, scale=None):
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)
    if color is not None:
        run.font.color.rgb = color
    if scale is not None:  # character scaling (w:w), used for long 版头
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
    return run


LS = [28]


def fmt(p, align=None, indent=True, line=None, before=0, after=0, first=None):
    if line is None:
        line = LS[0]
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first is not None:
        pf.first_line_indent = first
    elif indent:
        pf.first_line_indent = Pt(32)
    return p


def add_par(doc, runs, **kw):
    """runs: list of tuples (text, font, size, bold[, color[, scale]]) or a str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        scale = r[5] if len(r) > 5 else None
        font(p.add_run(text), name, size, bold, color, scale)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), val, sz, space, color)))


def empty(doc, n=1, line=None):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def footer_pageno(section, left="— ", right=" —", align=C):
    fp = section.footer.paragraphs[0]
    fp.alignment = align
    font(fp.add_run(left), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, 14)


def setup(doc, pageno=("— ", " —")):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if pageno:
        footer_pageno(s, *pageno)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def data_table(doc, header, rows, clauses, widths=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=C if len(v) < 12 else J)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = Cm(w)


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="decimal", first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, first))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                            % (nsdecls("w"), nid)))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1034", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
# 国家外汇管理局广西壮族自治区分局 红头文件 + 附件 政策问答 (1. 问： / 答：)
def doc_guangxi():
    stem = "blind1034_guangxi_safe"
    LS[0] = 25
    doc = Document()
    setup(doc)
    cl = []

    # 红头: long organ name, compressed with character scaling
    add_par(doc, [("国家外汇管理局广西壮族自治区分局文件", XBS, 30, False, RED, 72)],
            align=C, indent=False, line=54, before=18)
    empty(doc, 1)
    p = add_par(doc, "桂汇发〔2026〕7号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped at odd places, three separate paragraphs
    for t in ("国家外汇管理局广西壮族自治区分局关于",
              "在中国（广西）自由贸易试验区开展跨境",
              "贸易投资高水平开放试点有关事项的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "国家外汇管理局南宁市分局、国家外汇管理局钦州市分局、国家外汇管理局崇左市分局，辖内各银行：",
            indent=False)

    def body(t):
        cl.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        cl.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为贯彻落实党中央、国务院关于推进高水平对外开放的决策部署，支持中国（广西）自由贸易试验区（以下简称广西自贸试验区）建设面向东盟的金融开放门户，根据《国家外汇管理局关于扩大跨境贸易投资高水平开放试点的通知》（汇发〔2023〕30号）等规定，经国家外汇管理局同意，现就在广西自贸试验区开展跨境贸易投资高水平开放试点（以下简称试点）有关事项通知如下：")
    head("一、试点范围")
    runin("（一）试点区域。", "试点在广西自贸试验区南宁片区、钦州港片区、崇左片区（以下统称试点区域）实施。")
    runin("（二）试点主体。", "在试点区域内依法注册、具有真实合规跨境贸易投资需求的企业，以及经国家外汇管理局广西壮族自治区分局（以下简称广西分局）评估备案的辖内银行（以下简称试点银行）。首批试点银行名单由广西分局另行公布。")
    head("二、经常项目便利化措施")
    runin("（一）优化新型国际贸易结算。", "试点银行可按照“展业三原则”，为诚信合规的试点区域企业办理真实合法的新型离岸国际贸易跨境资金结算，结算币种不受限制。")
    runin("（二）扩大贸易外汇收支便利化政策惠及面。", "试点银行可为试点区域内信用良好的企业办理货物贸易、服务贸易外汇收支便利化业务，审核电子单证办理收付汇，无需企业逐笔提供纸质材料。")
    head("三、资本项目便利化措施")
    runin("（一）资本项目收入使用便利化。", "试点区域内符合条件的非金融企业可将资本金、外债和境外上市等资本项目收入直接用于境内支付，无需事前向银行逐笔提供真实性证明材料。")
    runin("（二）提高外债便利化额度。", "试点区域内符合条件的高新技术、“专精特新”和科技型中小企业，可在不超过等值1000万美元额度内自主借用外债。具体要求如下：")
    body("1.企业应在首笔外债提款前，到所在地外汇局办理外债便利化额度登记，并在额度内逐笔办理外债签约登记；")
    body("2.外债资金应用于企业自身经营范围内的支出，不得用于购买非自用房地产，不得用于证券投资；")
    runin("（三）放宽境外直接投资前期费用额度。", "试点区域内企业境外直接投资前期费用累计汇出额不超过等值500万美元且不超过中方拟投资总额15%的，可直接在银行办理。")
    head("四、管理要求")
    body("（一）试点银行应切实履行真实性审核和反洗钱、反恐怖融资、反逃税义务，建立健全试点业务内控制度，按规定报送相关数据。")
    body("（二）各市分局应加强对试点业务的事中事后监管，定期开展非现场监测和现场核查，对违反外汇管理规定的，依法依规予以处理。")
    # last item: heading number followed by the sentence itself
    cl.append("五、本通知自2026年2月1日起施行。《国家外汇管理局广西壮族自治区分局关于在中国（广西）自由贸易试验区开展外汇管理改革试点的通知》（桂汇发〔2020〕15号）同时废止。执行中如遇问题，请及时向广西分局资本项目管理处反馈。")
    add_par(doc, [("五、", HT, 16, False),
                  ("本通知自2026年2月1日起施行。《国家外汇管理局广西壮族自治区分局关于在中国（广西）自由贸易试验区开展外汇管理改革试点的通知》（桂汇发〔2020〕15号）同时废止。执行中如遇问题，请及时向广西分局资本项目管理处反馈。", FS, 16, False)])
    empty(doc, 1)
    # 附件 line: 附件 title too long, wraps under itself with a hanging indent
    p = add_par(doc, "附件：中国（广西）自由贸易试验区跨境贸易投资高水平开放试点政策问答",
                indent=False)
    p.paragraph_format.left_indent = Pt(32 + 48)
    p.paragraph_format.first_line_indent = Pt(-48)
    empty(doc, 2)
    # 落款 pushed right with typed half-width spaces
    add_par(doc, " " * 22 + "国家外汇管理局广西壮族自治区分局", indent=False)
    add_par(doc, " " * 34 + "2026年1月26日", indent=False)
    add_par(doc, "（此件主动公开）")

    # ---- 附件 on a new page
    LS[0] = 22
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("中国（广西）自由贸易试验区跨境贸易投资", XBS, 22, False)],
            align=C, indent=False, line=34)
    add_par(doc, [("高水平开放试点政策问答", XBS, 22, False)], align=C, indent=False, line=34,
            after=10)

    def q(num, text):
        cl.append(num + "问：" + text)
        add_par(doc, [(num, HT, 16, False), ("问：", HT, 16, False), (text, HT, 16, False)])

    def a(text, first=True):
        if first:
            cl.append("答：" + text)
            add_par(doc, [("答：", FS, 16, True), (text, FS, 16, False)])
        else:
            body(text)

    q("1. ", "本次试点与原有试点相比有哪些变化？")
    a("本次试点在广西自贸试验区原有外汇管理改革试点基础上，进一步扩大了政策范围和惠及主体，主要变化见下表：")
    data_table(doc, ["序号", "事项", "原政策", "本次试点"], [
        ["1", "外债便利化额度", "等值500万美元", "等值1000万美元"],
        ["2", "境外直接投资前期费用", "等值300万美元", "等值500万美元且不超过中方拟投资总额15%"],
        ["3", "新型离岸国际贸易结算", "逐笔提交合同、提单等纸质材料", "银行按照“展业三原则”审核电子单证"],
    ], cl, widths=[1.4, 4.8, 3.9, 5.4])
    q("2. ", "哪些企业可以申请外债便利化额度？")
    a("试点区域内注册的高新技术企业、“专精特新”企业和科技型中小企业均可申请，且近两年无外汇违法违规记录。")
    a("已按宏观审慎模式借用外债的企业，可改为适用外债便利化额度，但一经选择，一年内不得变更。", first=False)
    q("3．", "办理试点业务遇到问题可以向哪里咨询？")
    a("可向开户银行或所在地外汇局咨询：")
    for t in ("国家外汇管理局南宁市分局：0771-2865103",
              "国家外汇管理局钦州市分局：0777-2836215",
              "国家外汇管理局崇左市分局：0771-7962318"):
        body(t)

    banji(doc, "抄送：国家外汇管理局经常项目管理司、资本项目管理司，广西壮族自治区地方金融管理局。",
          "国家外汇管理局广西壮族自治区分局办公室", "2026年1月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "国家外汇管理局广西壮族自治区分局关于在中国（广西）自由贸易试验区开展跨境贸易投资高水平开放试点有关事项的通知",
            "doc_number": "桂汇发〔2026〕7号",
            "issuer": ["国家外汇管理局广西壮族自治区分局"],
            "date": "2026-01-26",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2026-02-01",
            "expires": None,
            "attachments": ["中国（广西）自由贸易试验区跨境贸易投资高水平开放试点政策问答"],
            "doc_type": "通知",
            "recipients": ["国家外汇管理局南宁市分局", "国家外汇管理局钦州市分局",
                           "国家外汇管理局崇左市分局", "辖内各银行"],
            "publicity": "此件主动公开",
            "repeals": "《国家外汇管理局广西壮族自治区分局关于在中国（广西）自由贸易试验区开展外汇管理改革试点的通知》（桂汇发〔2020〕15号）",
        },
        "clauses": cl,
    }]
    return path


# =================================================================== DOC B
# 云南省商务厅 政策解读: bold numbered questions 一、…？ + plain answers
def doc_yunnan():
    stem = "blind1034_yunnan_jiedu"
    LS[0] = 28
    doc = Document()
    setup(doc, pageno=("- ", " -"))
    cl = []
    IND = "\u3000\u3000"  # indent typed with full-width spaces

    # title: one paragraph, manual line break inside the 《》
    p = doc.add_paragraph()
    font(p.add_run("关于《中国（云南）自由贸易试验区促进跨境"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("投资贸易便利化若干措施》的政策解读"), XBS, 22)
    fmt(p, align=C, indent=False, line=36, before=12)
    # source / publication line aligned with a centre tab and a right tab
    p = add_par(doc, [("来源：云南省商务厅", KT, 14, False), ("\t", KT, 14, False),
                      ("发布时间：2026-03-12", KT, 14, False)], indent=False, line=26, before=6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), 2)
    border(p, "bottom", "808080", 6, 4)
    empty(doc, 1)

    def body(t):
        cl.append(t)
        add_par(doc, IND + t, indent=False)

    def qhead(t):
        add_par(doc, [(IND + t, HT, 16, True)], indent=False)

    def runin(h, t):
        cl.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, FS, 16, True), (t, FS, 16, False)], indent=False)

    body("近日，云南省人民政府办公厅印发《中国（云南）自由贸易试验区促进跨境投资贸易便利化若干措施》（云政办发〔2026〕11号，以下简称《若干措施》）。为便于社会各界准确理解和把握政策内容，现就有关情况解读如下。")
    qhead("一、为什么要出台《若干措施》？")
    body("中国（云南）自由贸易试验区（以下简称云南自贸试验区）于2019年8月挂牌设立，涵盖昆明、红河、德宏3个片区，是我国面向南亚东南亚开放的前沿窗口。挂牌以来，云南自贸试验区累计形成制度创新成果176项，其中12项在全国复制推广；2025年实现进出口总额1368.7亿元，占全省的26.4%。")
    body("当前，《区域全面经济伙伴关系协定》(RCEP)全面生效实施，中老铁路国际货运量持续攀升，企业跨境投资和贸易结算需求日益多元，但在跨境资金结算、外债融资、境外投资服务等方面仍面临一些堵点难点。为此，省商务厅会同省发展改革委、中国人民银行云南省分行、国家外汇管理局云南省分局、昆明海关等部门，在深入调研、广泛征求意见的基础上，研究起草了《若干措施》，经省人民政府同意后印发实施。")
    qhead("二、《若干措施》的主要目标是什么？")
    body("《若干措施》提出，到2027年，云南自贸试验区跨境投资贸易便利化水平显著提升，跨境人民币结算量年均增长15%以上，新设外商投资企业数量年均增长10%以上，面向南亚东南亚的跨境产业链供应链合作更加紧密，基本建成制度健全、服务高效、风险可控的跨境投资贸易服务体系。")
    qhead("三、《若干措施》包括哪些主要内容？")
    body("《若干措施》共4个方面20条措施，主要内容如下：")
    runin("（一）提升跨境贸易结算便利化水平（第1—6条）。", "支持片区内银行为优质企业提供货物贸易、服务贸易外汇收支便利化服务，推广中老铁路、中缅通道沿线贸易融资和跨境人民币结算，支持边民互市贸易以人民币或老挝基普、缅甸元等周边国家货币结算。")
    runin("（二）促进跨境投资双向便利（第7—12条）。", "支持符合条件的企业开展合格境外有限合伙人(QFLP)试点，简化境外直接投资备案流程，对片区内企业赴南亚东南亚国家投资项目实行“一站式”备案服务。")
    runin("（三）拓宽企业跨境融资渠道（第13—16条）。", "支持片区内企业借用外债，鼓励金融机构开展跨境担保、出口信用保险保单融资等业务，推动跨国公司在片区设立本外币一体化资金池。")
    runin("（四）强化服务保障（第17—20条）。", "建立跨境投资贸易便利化部门联席会议制度，在各片区政务服务中心设立涉外企业服务专窗，加强跨境资金流动监测和风险防范。")
    qhead("四、《若干措施》在跨境资金方面有哪些新的突破？")
    body("与以往政策相比，《若干措施》在跨境资金方面的主要突破见下表。")
    # caption above the table
    add_par(doc, [("《若干措施》跨境资金便利化主要举措", HT, 14, False)], align=C, indent=False)
    data_table(doc, ["序号", "事项", "主要内容", "责任单位"], [
        ["1", "跨境人民币结算", "支持片区内银行凭企业收付款指令直接办理跨境人民币结算", "中国人民银行云南省分行"],
        ["2", "外债便利化额度", "符合条件的高新技术和“专精特新”企业可在等值1000万美元额度内自主借用外债", "国家外汇管理局云南省分局"],
        ["3", "QFLP试点", "试点企业可以所募集的境外资金直接开展境内股权投资", "省地方金融管理局、国家外汇管理局云南省分局"],
        ["4", "本外币一体化资金池", "支持跨国公司集中管理境内外成员企业本外币资金，归集额度按宏观审慎原则确定", "国家外汇管理局云南省分局"],
    ], cl, widths=[1.3, 3.2, 7.0, 4.0])
    p = add_par(doc, [("注：表中所列措施的具体操作规程，由责任单位另行制定。", FS, 12, False)],
                indent=False, line=20, before=4)
    cl.append("注：表中所列措施的具体操作规程，由责任单位另行制定。")
    qhead("五、哪些企业可以享受《若干措施》的支持？")
    body("在云南自贸试验区昆明、红河、德宏片区依法注册登记，具有真实跨境投资贸易需求，且近两年无重大违法违规记录的各类企业，均可享受《若干措施》相关支持。其中，涉及外汇管理的便利化措施，企业还需同时满足外汇管理部门规定的条件。")
    qhead("六、企业如何申请享受有关政策？")
    body("企业可通过云南自贸试验区各片区政务服务中心设立的涉外企业服务专窗咨询办理，也可登录“云南省国际贸易单一窗口”查询相关政策和办事指南。")
    body("涉及跨境结算、外债登记等外汇业务的，企业可直接向开户银行提出申请；涉及QFLP试点、境外投资备案等事项的，按照职责分工向有关部门申请。")
    empty(doc, 2)
    p = add_par(doc, "云南省商务厅", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年3月11日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(32)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于《中国（云南）自由贸易试验区促进跨境投资贸易便利化若干措施》的政策解读",
            "doc_number": None,
            "issuer": ["云南省商务厅"],
            "date": "2026-03-11",
            "published": "2026-03-12",
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "解读",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl,
    }]
    return path


# =================================================================== DOC C
# 国家外汇管理局天津市分局 信函式通知, 份号+特急, 附件1 merged-header table, 附件2 auto-numbered Q&A
def doc_tianjin():
    stem = "blind1034_tianjin_zulin"
    LS[0] = 23
    doc = Document()
    setup(doc)
    cl = []
    n_q = make_numbering(doc, "%1.", "decimal", 640)

    add_par(doc, [("000086", HT, 16, False)], indent=False, line=26)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=26)
    add_par(doc, [("国家外汇管理局天津市分局", XBS, 36, False, RED)],
            align=C, indent=False, line=56, before=6)
    # double red rule (thick over thin), 信函格式
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    p = add_par(doc, "津汇发〔2026〕21号", align=R, indent=False, before=6)
    empty(doc, 1)
    for t in ("国家外汇管理局天津市分局关于进一步便利",
              "中国（天津）自由贸易试验区融资租赁企业",
              "跨境资金结算的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "辖内各银行，中国（天津）自由贸易试验区管理委员会：", indent=False)

    def body(t):
        cl.append(t)
        add_par(doc, t)

    def head(t, name=HT):
        add_par(doc, [(t, name, 16, False)])

    body("为支持中国（天津）自由贸易试验区（以下简称天津自贸试验区）融资租赁产业高质量发展，进一步便利融资租赁企业跨境资金结算，根据《中华人民共和国外汇管理条例》和有关外汇管理规定，结合天津实际，现就有关事项通知如下：")
    head("一、适用范围")
    body("本通知所称融资租赁企业，是指在天津自贸试验区注册、经营融资租赁业务的金融租赁公司和融资租赁公司（以下统称租赁企业），包括其在区内设立的项目公司（SPV）。")
    head("二、便利化措施")
    head("（一）融资租赁外债便利化", KT)
    body("1.租赁企业可根据上年末租赁资产余额，按照附件1规定的标准申请外债便利化额度，在额度内自主借用外债，无需逐笔办理外债签约登记。")
    body("2.项目公司借用外债的，可共享其母公司的外债便利化额度，但合计借用余额不得超过母公司额度。")
    head("（二）租金收付便利化", KT)
    body("1.租赁企业收取境外承租人外币租金的，可直接在银行办理，无需提交租赁合同以外的其他材料。")
    body("2.对于飞机、船舶、海工装备等大型设备租赁业务，租赁企业可按照以下方式办理：")
    body("（1）以外币计价的租金，可直接以外币收取，无需结汇；")
    body("（2）在境内外同时开展租赁业务的，可将境外租金收入调回境内外币账户集中管理；")
    cl.append("（三）境外放款便利化。租赁企业为境外项目公司提供境外放款的，放款额度上限由其所有者权益的0.5倍提高至0.8倍。")
    add_par(doc, [("（三）境外放款便利化。", KT, 16, False),
                  ("租赁企业为境外项目公司提供境外放款的，放款额度上限由其所有者权益的0.5倍提高至0.8倍。", FS, 16, False)])
    head("三、管理要求")
    body("（一）银行应遵循“展业三原则”，加强对租赁企业业务真实性、合规性审核，按规定及时、准确报送国际收支申报和跨境资金流动数据。")
    body("（二）租赁企业应如实申报外债和租金收付信息，不得利用便利化政策虚构交易、套取资金。对违反本通知规定的，依法予以处罚。")
    cl.append("四、本通知自2026年5月1日起施行，有效期至2029年4月30日。")
    add_par(doc, [("四、", HT, 16, False), ("本通知自2026年5月1日起施行，有效期至2029年4月30日。", FS, 16, False)])
    # 附件 list, second item aligned by typed full-width spaces
    add_par(doc, "附件：1.融资租赁企业外债便利化额度标准")
    add_par(doc, "\u3000\u3000\u3000" + "2.融资租赁企业跨境资金结算便利化政策问答")
    empty(doc, 1)
    # 落款 aligned with a centre tab stop; date in Chinese numerals
    for t in ("国家外汇管理局天津市分局", "二〇二六年四月八日"):
        p = add_par(doc, [("\t", FS, 16, False), (t, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.5), 1)  # 1 = CENTER

    # ---- 附件1
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("融资租赁企业外债便利化额度标准", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, [("单位：万美元", FS, 12, False)], align=R, indent=False, line=20)
    t = doc.add_table(rows=6, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ci in range(3):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, ["序号", "档次", "上年末租赁资产余额（人民币）"][ci], HT, 12)
    m = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(m, "外债便利化额度", HT, 12)
    set_cell(t.cell(1, 3), "一般租赁企业", HT, 12)
    set_cell(t.cell(1, 4), "航空航运类租赁企业", HT, 12)
    set_widths(t, [1.5, 2.2, 4.4, 3.7, 3.7])
    hdr = ["序号", "档次", "上年末租赁资产余额（人民币）",
           "外债便利化额度／一般租赁企业", "外债便利化额度／航空航运类租赁企业"]
    rows = [["1", "第一档", "500亿元（含）以上", "30000", "50000"],
            ["2", "第二档", "100亿元（含）至500亿元", "10000", "20000"],
            ["3", "第三档", "20亿元（含）至100亿元", "3000", "5000"],
            ["4", "第四档", "20亿元以下", "1000", "2000"]]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        cl.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    note = "注：租赁资产余额以经审计的上年度财务报表为准；航空航运类租赁企业是指以飞机、船舶、海工装备为主要租赁物，且相关租赁资产占比不低于50%的租赁企业。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    cl.append(note)

    # ---- 附件2: questions use Word automatic numbering "%1."
    p = add_par(doc, [("附件2", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("融资租赁企业跨境资金结算便利化政策问答", XBS, 22, False)],
            align=C, indent=False, line=34)
    empty(doc, 1)
    qn_ = [0]

    def q(text):
        qn_[0] += 1
        cl.append("%d.问：%s" % (qn_[0], text))
        p = add_par(doc, [("问：", HT, 16, False), (text, HT, 16, False)], first=Pt(32))
        apply_num(p, n_q)

    def a(text):
        cl.append("答：" + text)
        add_par(doc, [("答：", FS, 16, True), (text, FS, 16, False)])

    q("外债便利化额度与全口径跨境融资宏观审慎管理是什么关系？")
    # answer's second paragraph typed after Shift+Enter, indented with full-width spaces
    t1 = "租赁企业可在外债便利化额度和全口径跨境融资宏观审慎管理模式中自主选择一种适用，一经选择，原则上一年内不得变更。"
    t2 = "选择外债便利化额度的租赁企业，其外债余额不得超过核定的额度；额度有效期为一年，期满后企业可根据最新租赁资产余额重新申请。"
    p = doc.add_paragraph()
    font(p.add_run("答："), FS, 16, True)
    font(p.add_run(t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + t2), FS, 16)
    fmt(p)
    cl.extend(["答：" + t1, t2])
    q("项目公司如何共享母公司外债便利化额度？")
    a("母公司应在所在地外汇局办理外债便利化额度登记时，一并报备拟共享额度的项目公司名单。项目公司借用外债的，由母公司统一办理外债签约登记，项目公司凭母公司出具的额度分配说明直接在银行办理外债资金提款和使用。")
    q("租赁企业可以向哪个部门咨询相关政策？")
    a("租赁企业可向开户银行咨询，也可拨打国家外汇管理局天津市分局资本项目管理处咨询电话022-23290516。")

    banji(doc, "抄送：国家外汇管理局资本项目管理司，中国人民银行天津市分行，天津市地方金融管理局。",
          "国家外汇管理局天津市分局办公室", "2026年4月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "国家外汇管理局天津市分局关于进一步便利中国（天津）自由贸易试验区融资租赁企业跨境资金结算的通知",
            "doc_number": "津汇发〔2026〕21号",
            "issuer": ["国家外汇管理局天津市分局"],
            "date": "2026-04-08",
            "published": None,
            "level": "provincial",
            "region": "天津市",
            "effective": "2026-05-01",
            "expires": "2029-04-30",
            "attachments": ["融资租赁企业外债便利化额度标准", "融资租赁企业跨境资金结算便利化政策问答"],
            "doc_type": "通知",
            "recipients": ["辖内各银行", "中国（天津）自由贸易试验区管理委员会"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": cl,
    }]
    return path


def main():
    paths = [doc_guangxi(), doc_yunnan(), doc_tianjin()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
