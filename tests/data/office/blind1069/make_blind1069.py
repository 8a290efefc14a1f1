# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1069: 通告/公告 to the public by customs, 市场监管, 自贸区管委会.

Writes Word + PDF + expected.json next to this script.
"""
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
IND = "\u3000\u3000"

expected = {}


# ---------------------------------------------------------------- helpers
def font(run, name=FS, size=16, bold=False, color=None):
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
    return run


def fmt(p, align=None, indent=True, line=28, before=0, after=0, first=None):
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
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # page number footer "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None),
                      ("text", "1"), ("end", None)):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind == "instr":
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>'
                                  % (nsdecls("w"), txt)))
        elif kind == "text":
            r.text = txt
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def widths(table, cms):
    table.autofit = False
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\u3000" * 6, FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1069", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
# 南宁海关: two separate 通告 printed one after the other (web-print style, no 红头)
def doc_nanning():
    stem = "blind1069_nanning_tonggao"
    doc = Document()
    setup(doc)
    docs = []

    # ------------------------------------------------------------ 通告 1
    clauses = []

    def body(t):
        # clerk indents with typed full-width spaces instead of first-line indent
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)],
                indent=False)

    add_par(doc, [("南宁海关关于东兴口岸北仑河二桥货运通道", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("实行延时通关作业的通告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("南宁海关通告2026年第2号", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    empty(doc, 1)
    body("为进一步提升中国—东盟跨境物流通关效率，服务共建“一带一路”和西部陆海新通道建设，根据《中华人民共和国海关法》等有关规定，经商东兴市人民政府、东兴出入境边防检查站，南宁海关决定在东兴口岸北仑河二桥货运通道实行延时通关作业。现将有关事项通告如下：")
    runin("一、作业时间调整。", "自2026年3月1日起，东兴口岸北仑河二桥货运通道通关作业时间由每日8:00—18:00调整为每日7:30—22:00（北京时间，下同），周六、周日及法定节假日照常开展通关作业。具体安排如下：")

    # table with a two-level merged header
    header_top = ["序号", "作业类别", "作业时间", "作业时间", "备注"]
    header_sub = ["序号", "作业类别", "工作日", "周六、周日及法定节假日", "备注"]
    rows = [
        ["1", "出境货车验放", "7:30—22:00", "8:00—20:00", "21:30后停止受理新的申报"],
        ["2", "入境货车验放", "7:30—22:00", "8:00—20:00", "—"],
        ["3", "查验作业", "8:00—21:30", "8:30—19:30", "预约查验可延长至22:00"],
        ["4", "鲜活农产品“绿色通道”", "7:30—22:00", "7:30—22:00", "随到随检"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [1.3, 3.8, 2.9, 3.4, 4.2])
    for i in (0, 1, 4):
        c = t.cell(0, i).merge(t.cell(1, i))
        set_cell(c, header_top[i], HT, 12)
    c = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(c, "作业时间", HT, 12)
    set_cell(t.cell(1, 2), "工作日", HT, 12)
    set_cell(t.cell(1, 3), "周六、周日及法定节假日", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    hdr = ["序号", "作业类别", "作业时间／工作日", "作业时间／周六、周日及法定节假日", "备注"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    note = "注：越南芒街口岸按越南当地时间作业，越南当地时间比北京时间慢1小时，请企业合理安排车辆通行时间。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(note)

    add_par(doc, [(IND + "二、申报要求", HT, 16, False)], indent=False)
    # two items typed in one paragraph with Shift+Enter between them
    i1 = "（一）进出境运输工具负责人或其代理人应当在运输工具抵达口岸前，通过国际贸易“单一窗口”向海关传输舱单及相关电子数据；未按规定传输的，海关不予办理验放手续。"
    i2 = "（二）企业在延时作业时段需要办理查验的，可通过“掌上海关”APP或东兴海关业务现场提前预约，海关对延时作业不收取任何费用。"
    p = doc.add_paragraph()
    font(p.add_run(IND + i1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + i2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([i1, i2])
    runin("三、有效期限。", "本通告自2026年3月1日起施行，有效期至2027年2月28日。有效期内如遇极端天气、设备故障等特殊情况需临时调整作业时间的，由东兴海关另行发布提示信息。")
    runin("四、咨询电话。", "东兴海关综合业务科：0770-7689126；东兴海关北仑河二桥监管科：0770-7685302。")
    add_par(doc, IND + "特此通告。", indent=False)
    empty(doc, 2)
    # 落款 typed with spaces, date in Chinese numerals
    add_par(doc, " " * 30 + "中华人民共和国南宁海关", indent=False)
    add_par(doc, " " * 34 + "二〇二六年二月十二日", indent=False)

    docs.append({
        "meta": {
            "title": "南宁海关关于东兴口岸北仑河二桥货运通道实行延时通关作业的通告",
            "doc_number": "南宁海关通告2026年第2号",
            "issuer": ["中华人民共和国南宁海关"],
            "date": "2026-02-12",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2026-03-01",
            "expires": "2027-02-28",
            "attachments": [],
            "doc_type": "通告",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    })

    # ------------------------------------------------------------ 通告 2
    page_break(doc)
    clauses = []
    add_par(doc, [("南宁海关关于调整爱店口岸货运通道", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("通关作业时间的通告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("南宁海关通告2026年第3号", KT, 16, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    empty(doc, 1)
    body("根据中越双方口岸管理部门会谈纪要，经商崇左市人民政府口岸管理部门、爱店出入境边防检查站，现就调整爱店口岸货运通道通关作业时间有关事项通告如下：")
    body("一、自2026年3月16日起，爱店口岸货运通道通关作业时间调整为每日8:00—20:00（北京时间），周六、周日及法定节假日正常开放。")
    body("二、进出境货运车辆应当在作业时间截止前30分钟抵达海关监管作业场所；逾时抵达的，顺延至次日办理通关手续。")
    body("三、本通告自2026年3月16日起实施。《南宁海关关于明确爱店口岸货运通道通关作业时间的通告》（南宁海关通告2023年第5号）同时废止。")
    body("联系电话：爱店海关办公室 0771-8521306（工作日8:00—12:00，14:30—17:30）")
    add_par(doc, IND + "特此通告。", indent=False)
    empty(doc, 1)
    p = add_par(doc, " " * 30 + "中华人民共和国南宁海关", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 32 + "二〇二六年二月二十六日", indent=False)

    docs.append({
        "meta": {
            "title": "南宁海关关于调整爱店口岸货运通道通关作业时间的通告",
            "doc_number": "南宁海关通告2026年第3号",
            "issuer": ["中华人民共和国南宁海关"],
            "date": "2026-02-26",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2026-03-16",
            "expires": None,
            "attachments": [],
            "doc_type": "通告",
            "recipients": [],
            "publicity": None,
            "repeals": "《南宁海关关于明确爱店口岸货运通道通关作业时间的通告》（南宁海关通告2023年第5号）",
        },
        "clauses": clauses,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


# =================================================================== DOC B
# 厦门: joint 公告 of 市场监管局 and 自贸片区管委会, 公告 2026年第15号
def doc_xiamen():
    stem = "blind1069_xiamen_gonggao"
    doc = Document()
    setup(doc)
    clauses = []
    ORG1 = "厦门市市场监督管理局"
    ORG2 = "中国（福建）自由贸易试验区厦门片区管理委员会"

    # joint 红头: two organ names stacked on the left, 公告 on the right (layout table)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.columns[0].width = Cm(12.6)
    t.columns[1].width = Cm(3.0)
    for r in t.rows:
        r.cells[0].width = Cm(12.6)
        r.cells[1].width = Cm(3.0)
    set_cell(t.cell(0, 0), ORG1, XBS, 22, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED)
    set_cell(t.cell(1, 0), ORG2, XBS, 15, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED)
    c = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(c, "公告", XBS, 36, color=RED)
    c.vertical_alignment = 1  # center
    empty(doc, 1)
    p = add_par(doc, "2026年第15号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped at an odd place (展示 / 交易)
    add_par(doc, [("关于规范厦门片区跨境电商保税展示", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("交易商品质量安全管理有关事项的公告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("为规范中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）跨境电子商务保税展示交易活动，保障消费者合法权益，根据《中华人民共和国产品质量法》《中华人民共和国消费者权益保护法》《中华人民共和国电子商务法》等法律法规，结合厦门片区实际，现就有关事项公告如下：")
    runin("一、适用范围。", "本公告适用于在厦门海沧港综合保税区、厦门象屿综合保税区及经海关同意设立的区外保税展示场所（以下统称展示场所）开展跨境电子商务保税展示交易的企业（以下简称经营主体）。")
    add_par(doc, [("二、经营主体责任", HT, 16, False)])
    # mixed full-width / half-width numbering as typed by the clerk
    body("1．建立商品进货查验记录制度，如实记录商品名称、规格、数量、原产国（地区）、供货者名称及联系方式等信息，记录保存期限不少于商品保质期满后6个月；没有明确保质期的，保存期限不少于2年。")
    body("2．在展示场所显著位置公示经营主体名称、统一社会信用代码和投诉举报电话，并以中文标明商品名称、原产国（地区）、生产日期或者保质期等信息。")
    body("3.展示商品应当与线上销售商品一致，不得展示、销售国家明令禁止进口或者已被列入召回范围的商品。")
    body("4.建立消费者投诉快速处理机制，对消费者提出的退换货要求，应当在7个工作日内予以处理。")
    runin("三、部门职责。", "厦门市市场监督管理局负责展示场所内销售商品的质量安全监督抽检、价格监督检查和消费者投诉举报处理；厦门片区管委会负责展示场所的规划布局、经营主体的准入服务和日常协调；厦门海关依职责负责保税货物监管。")
    runin("四、信用监管。", "对在展示交易中存在销售不合格商品、虚假宣传等违法行为的经营主体，依法予以查处，并将行政处罚信息归集至国家企业信用信息公示系统（福建）和“信用厦门”平台，实施信用惩戒；情节严重的，由厦门片区管委会暂停其展示场所使用资格。")
    runin("五、施行日期。", "本公告自2026年5月1日起施行，有效期至2028年4月30日。《厦门市市场监督管理局关于跨境电商保税展示交易试点有关事项的公告》（2024年第8号）同时废止。")
    runin("六、咨询电话。", "厦门市市场监督管理局：0592-5396215；厦门片区管委会商务服务局：0592-6883107；投诉举报电话：12315。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    add_par(doc, "附件：厦门片区跨境电商保税展示交易场所名单")
    empty(doc, 3)
    # joint 落款: two organs on one line aligned with a tab stop, date centred below
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), ORG1, FS, 16)
    set_cell(t.cell(0, 1), ORG2, FS, 16)
    for c in t.rows[0].cells:
        c.paragraphs[0].paragraph_format.line_spacing = Pt(28)
    empty(doc, 1)
    p = add_par(doc, "2026年4月3日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(96)
    empty(doc, 1)
    add_par(doc, "（此件公开发布）")

    # 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("厦门片区跨境电商保税展示交易场所名单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1)
    header = ["序号", "场所名称", "地址", "运营主体", "展示面积（平方米）"]
    rows = [
        ["1", "海沧港综保区进口商品展示交易中心", "厦门市海沧区港南路388号", "厦门海沧保税港区开发有限公司", "12000"],
        ["2", "象屿综保区跨境电商体验馆", "厦门市湖里区象屿路97号", "厦门象屿保税物流有限公司", "6500"],
        ["3", "厦门国际邮轮中心保税展示店", "厦门市思明区东港北路2号", "厦门国际邮轮母港集团有限公司", "2800"],
        ["4", "五缘湾进口商品直销中心", "厦门市湖里区环岛东路1888号", "厦门五缘湾商业管理有限公司", "3200"],
        ["5", "集美新城保税展示中心", "厦门市集美区杏林湾路488号", "厦门集美跨境贸易发展有限公司", "4100"],
        ["合计", "—", "—", "—", "28600"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [1.3, 4.3, 3.9, 3.9, 2.2])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 11)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 11)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    note = "注：区外保税展示场所名单实行动态调整，由厦门片区管委会会同厦门海关另行发布。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于规范厦门片区跨境电商保税展示交易商品质量安全管理有关事项的公告",
            "doc_number": "2026年第15号",
            "issuer": [ORG1, ORG2],
            "date": "2026-04-03",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-05-01",
            "expires": "2028-04-30",
            "attachments": ["厦门片区跨境电商保税展示交易场所名单"],
            "doc_type": "公告",
            "recipients": [],
            "publicity": "此件公开发布",
            "repeals": "《厦门市市场监督管理局关于跨境电商保税展示交易试点有关事项的公告》（2024年第8号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 武汉片区管委会: 红头文件 通告 on a data export facilitation pilot
def doc_wuhan():
    stem = "blind1069_wuhan_shujuchujing"
    doc = Document()
    setup(doc)
    clauses = []
    ORG = "中国（湖北）自由贸易试验区武汉片区管理委员会"

    p = doc.add_paragraph()
    font(p.add_run("中国（湖北）自由贸易试验区"), XBS, 30, False, RED)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("武汉片区管理委员会文件"), XBS, 36, False, RED)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=46)
    empty(doc, 1, line=20)
    p = add_par(doc, "鄂自贸武管发〔2026〕4号", indent=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ("中国（湖北）自由贸易试验区武汉片区", "管理委员会关于开展数据出境便利化",
                 "服务试点工作的通告"):
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1, line=20)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=True):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)])

    body("为贯彻落实《促进和规范数据跨境流动规定》，推动数据依法有序自由流动，根据《中华人民共和国网络安全法》《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》等法律法规，经湖北省委网信办同意，中国（湖北）自由贸易试验区武汉片区（以下简称武汉片区）开展数据出境便利化服务试点工作。现将有关事项通告如下：")
    head("一、试点范围")
    runin("（一）试点主体。", "在武汉片区内依法登记注册、具有独立法人资格，且近三年未发生重大数据安全事件的企业，可自愿申请参加试点(以下简称试点企业)。")
    runin("（二）试点领域。", "首批试点聚焦汽车制造、生物医药、光电子信息、跨境电商、国际航运物流5个领域，重点数据类别及出境管理要求如下：")

    header = ["序号", "领域", "数据类别", "出境管理要求"]
    rows = [
        ["1", "汽车制造", "车辆行驶轨迹、车外视频图像等涉及地理信息的数据", "申报数据出境安全评估"],
        ["2", "汽车制造", "汽车研发设计、零部件采购数据", "不涉及个人信息的，可自由出境"],
        ["3", "生物医药", "人类遗传资源信息", "按照人类遗传资源管理有关规定办理"],
        ["4", "生物医药", "跨国多中心临床试验数据", "订立个人信息出境标准合同并备案"],
        ["5", "光电子信息", "产品售后维修数据", "可自由出境"],
        ["6", "跨境电商", "境外消费者订单、物流及支付数据", "可自由出境"],
        ["7", "国际航运物流", "船舶运营、货物运输单证数据", "可自由出境"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [1.3, 2.9, 6.6, 4.8])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    # 领域 column: vertically merged cells for 汽车制造 (rows 1-2) and 生物医药 (rows 3-4)
    set_cell(t.cell(1, 1).merge(t.cell(2, 1)), "汽车制造", FS, 12)
    set_cell(t.cell(3, 1).merge(t.cell(4, 1)), "生物医药", FS, 12)
    for ri in (5, 6, 7):
        set_cell(t.cell(ri, 1), rows[ri - 1][1], FS, 12)
    note = "注：表中“可自由出境”指无需申报数据出境安全评估、订立个人信息出境标准合同或者通过个人信息保护认证。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(note)

    head("二、服务措施")
    runin("（一）设立服务专窗。", "在武汉片区政务服务中心设立数据出境服务专窗，为试点企业提供政策咨询、材料预审、申报辅导等“一站式”服务。")
    runin("（二）开展合规辅导。", "片区管委会会同第三方专业机构，为试点企业免费提供以下服务：")
    body("1.数据分类分级指导，帮助企业识别重要数据；")
    body("2.出境合规文件编制辅导，包括：")
    body("（1）数据出境风险自评估报告；")
    body("（2）个人信息保护影响评估报告及标准合同；")
    body("3.数据出境安全事件应急处置演练，每年不少于1次。")
    runin("三、申报方式。", "有意参加试点的企业，请于2026年4月1日至5月31日期间登录“武汉片区政务服务网”在线提交申报材料（见附件），也可将纸质材料报送至武汉片区政务服务中心数据出境服务专窗（地址：武汉市东湖新技术开发区高新大道777号）。", HT, False)
    runin("四、有效期。", "本通告自2026年4月1日起施行，有效期至2027年12月31日。试点期间国家出台新规定的，从其规定。", HT, False)
    runin("五、联系方式。", "武汉片区管委会数据产业服务处，联系人：陈思远，联系电话：027-87167340。", HT, False)
    add_par(doc, "特此通告。")
    empty(doc, 1)
    add_par(doc, "附件：武汉片区数据出境便利化服务试点申报材料清单")
    empty(doc, 1)
    p = add_par(doc, ORG, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "2026年3月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(96)
    add_par(doc, "（此件主动公开）")

    # 附件 page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("武汉片区数据出境便利化服务试点", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("申报材料清单", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1)
    header = ["序号", "材料名称", "份数", "备注"]
    rows = [
        ["1", "数据出境便利化服务试点申报表", "1", "加盖企业公章"],
        ["2", "营业执照复印件", "1", "—"],
        ["3", "数据出境场景说明（含数据类别、数量、境外接收方情况）", "1", "—"],
        ["4", "企业数据安全管理制度文本", "1", "—"],
        ["5", "近三年未发生重大数据安全事件的承诺书", "1", "法定代表人签字"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [1.3, 8.8, 1.6, 3.9])
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))

    banji(doc, "抄送：省委网信办，省商务厅，市委网信办，市商务局，武汉海关。",
          "中国（湖北）自由贸易试验区武汉片区管理委员会办公室", "2026年3月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（湖北）自由贸易试验区武汉片区管理委员会关于开展数据出境便利化服务试点工作的通告",
            "doc_number": "鄂自贸武管发〔2026〕4号",
            "issuer": [ORG],
            "date": "2026-03-20",
            "published": None,
            "level": "municipal",
            "region": "武汉市",
            "effective": "2026-04-01",
            "expires": "2027-12-31",
            "attachments": ["武汉片区数据出境便利化服务试点申报材料清单"],
            "doc_type": "通告",
            "recipients": [],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_nanning(), doc_xiamen(), doc_wuhan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
