# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1010: 信访事项处理意见书 / 复查意见书 (市商务局, 市信访局, 自治区商务厅),
Word + PDF + expected.json."""
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
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def _field(fp, instr, size=14, fname=SONG):
    r = fp.add_run()
    font(r, fname, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, fname, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> %s </w:instrText>'
                           % (nsdecls("w"), instr)))
    r3 = fp.add_run()
    font(r3, fname, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), fname, size)
    r5 = fp.add_run()
    font(r5, fname, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer="dash"):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer == "dash":
        font(fp.add_run("— "), SONG, 14)
        _field(fp, "PAGE")
        font(fp.add_run(" —"), SONG, 14)
    else:  # 第 X 页 共 Y 页
        font(fp.add_run("第 "), SONG, 10.5)
        _field(fp, "PAGE", 10.5)
        font(fp.add_run(" 页 共 "), SONG, 10.5)
        _field(fp, "NUMPAGES", 10.5)
        font(fp.add_run(" 页"), SONG, 10.5)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def widths(table, cms):
    table.autofit = False
    for i, w in enumerate(cms):
        table.columns[i].width = Cm(w)
        for cell in table.columns[i].cells:
            cell.width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1010", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absx)
    else:
        numbering.append(absx)
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = max(existing + [0]) + 1
    numx = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                     % (nsdecls("w"), nid, aid))
    numbering.append(numx)
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), nid))
    ppr.insert(0, numpr)


CN = "一二三四五六七八九十"

expected = {}


# =================================================================== DOC A
# 宁波市商务局 信访事项处理意见书 — plain form style, no 红头
def doc_ningbo_chuli():
    stem = "blind1010_ningbo_chuli"
    doc = Document()
    setup(doc, footer="ofpages")
    clauses = []

    empty(doc, 1)
    # title: one paragraph, Shift+Enter after the organ name
    p = doc.add_paragraph()
    font(p.add_run("宁波市商务局"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("信访事项处理意见书"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    # 编号 pushed right with typed spaces (left aligned paragraph)
    add_par(doc, " " * 44 + "甬商信处〔2026〕7号", indent=False)
    empty(doc, 1)

    # 信访人 block: one paragraph, lines separated by manual line breaks,
    # labels in 黑体
    block = [
        ("信访人：", "宁波恒远进出口有限公司"),
        ("统一社会信用代码：", "91330203MA2H4K7X5R"),
        ("法定代表人：", "陈国栋"),
        ("住所：", "浙江省宁波市海曙区药行街128号恒远大厦15楼"),
        ("委托代理人：", "李文静，宁波恒远进出口有限公司外贸部经理"),
    ]
    p = doc.add_paragraph()
    for i, (lab, val) in enumerate(block):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(IND + lab), HT, 16)
        font(p.add_run(val), FS, 16)
        clauses.append(lab + val)
    fmt(p, indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def labelled(lab, t):
        clauses.append(lab + t)
        add_par(doc, [(IND + lab, HT, 16, False), (t, FS, 16, False)], indent=False)

    def label_only(lab):
        add_par(doc, [(IND + lab, HT, 16, False)], indent=False)

    labelled("信访事项：", "信访人于2026年1月8日通过宁波市网上信访服务平台反映，其申报的2025年度宁波市开拓“一带一路”市场专项资金项目中，境外展会补助和出口信用保险保费补助未获全额兑现，认为审核标准不一、未说明不予支持的理由，要求按申报金额全额兑现补助资金共计86.4万元，并公开审核依据。")
    body("本机关于2026年1月12日依法受理该信访事项，并书面告知信访人。本机关通过调阅申报材料和审核台账、听取海曙区商务局情况说明、约谈信访人委托代理人等方式进行了调查核实。")
    label_only("经查：")
    body("根据《宁波市商务局 宁波市财政局关于印发〈宁波市开拓“一带一路”市场专项资金管理办法〉的通知》（甬商务发〔2024〕58号，以下简称《管理办法》)，2025年度专项资金申报于2025年9月1日至9月30日集中开展，按照“企业申报、区（县、市）商务主管部门初审、第三方机构专项审计、市商务局会同市财政局复核”的程序办理。信访人共申报项目11个，申报补助金额合计86.4万元，经审核确认补助金额52.7万元。具体情况如下：")

    # table with two-level merged header
    add_par(doc, [("恒远公司2025年度专项资金申报审核情况（单位：万元）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    t = doc.add_table(rows=5, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in ((0, "项目类别"), (1, "申报项目数（个）"), (5, "未予支持主要原因")):
        c = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(c, h, HT, 12)
    c = t.cell(0, 2).merge(t.cell(0, 4))
    set_cell(c, "补助金额（万元）", HT, 12)
    subs = ["申报", "核定", "未予支持"]
    for i, s in enumerate(subs):
        set_cell(t.cell(1, 2 + i), s, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    widths(t, [3.2, 1.9, 1.5, 1.5, 1.7, 5.8])
    heads = ["项目类别", "申报项目数（个）", "补助金额（万元）／申报", "补助金额（万元）／核定",
             "补助金额（万元）／未予支持", "未予支持主要原因"]
    rows = [
        ["境外展会补助", "7", "48.6", "30.2", "18.4", "3个展会不符合《管理办法》第八条规定"],
        ["出口信用保险保费补助", "4", "37.8", "22.5", "15.3", "部分保费对应非共建国家出口或未在申报年度内缴纳"],
        ["合计", "11", "86.4", "52.7", "33.7", "—"],
    ]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 5 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    p = add_par(doc, [("注：核定金额52.7万元已于2025年12月26日全额拨付至信访人银行账户。", FS, 12, False)],
                indent=False, line=20, before=4)
    clauses.append("注：核定金额52.7万元已于2025年12月26日全额拨付至信访人银行账户。")

    body("（一）关于境外展会补助。信访人申报境外展会项目7个，申报补助金额48.6万元。其中，参加2025年中国（哈萨克斯坦）商品展览会等4个展会符合《管理办法》第八条规定，核定补助30.2万元；参加2025年迪拜国际五金展的展位费发票开具对象和付款主体均为境内会展代理公司，与申报企业不一致；参加2025年泰国曼谷国际家居展、2025年越南河内国际工业展的2个展会未列入《2025年度宁波市重点境外展会目录》，且未在展前办理备案手续。上述3个展会不符合补助条件。")
    body("（二）关于出口信用保险保费补助。信访人申报出口信用保险保费补助37.8万元，对应保费支出63.0万元。经第三方机构审计，其中18.0万元保费对应的出口目的地为美国，不属于共建“一带一路”国家；7.5万元保费于2026年1月15日缴纳，不在申报年度内。按照《管理办法》第十一条规定的60%补助比例，对有效保费支出37.5万元核定补助22.5万元。")
    body("（三）关于审核程序和结果告知。2025年度专项资金审核结果已于2025年11月20日至11月26日在宁波市商务局门户网站公示，公示期间信访人未提出异议。但海曙区商务局在向信访人反馈初审意见时，仅告知“部分项目不符合条件”，未逐项说明不予支持的理由和依据，工作不够细致。")
    label_only("处理意见：")
    body("一、对信访人要求按申报金额全额兑现2025年度专项资金补助的请求，不予支持。信访人申报的3个境外展会项目和部分出口信用保险保费不符合《管理办法》第八条、第十一条规定的补助条件，原审核结果事实清楚、依据充分、程序合规，予以维持。")
    body("二、对信访人要求公开审核依据的请求，予以支持。本机关已责成海曙区商务局于2026年3月20日前向信访人书面反馈逐项审核意见，并将《管理办法》和《2025年度宁波市重点境外展会目录》一并提供给信访人；对初审意见告知不细致的问题，已要求海曙区商务局予以整改。")
    body("三、信访人2026年参加未列入目录的境外展会，可按照《管理办法》第九条规定，于展会开幕30日前向所在区（县、市）商务主管部门申请备案；于2026年1月缴纳的7.5万元保费，可在2026年度专项资金申报时一并申报。")
    body("如对本处理意见不服，可以自收到本意见书之日起30日内，向宁波市人民政府信访局提出复查请求。")
    empty(doc, 2)
    add_par(doc, " " * 40 + "宁波市商务局", indent=False)
    add_par(doc, " " * 37 + "二〇二六年三月十日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（联系人：吴晓琳；联系电话：0574-89180536）", indent=False)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市商务局信访事项处理意见书",
            "doc_number": "甬商信处〔2026〕7号",
            "issuer": ["宁波市商务局"],
            "date": "2026-03-10",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "处理意见书",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 宁波市人民政府信访局 信访事项复查意见书 — 红头, centred 文号, 版记
def doc_ningbo_fucha():
    stem = "blind1010_ningbo_fucha"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("宁波市人民政府信访局", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=24)
    empty(doc, 1)
    p = add_par(doc, "甬信复查〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("宁波市人民政府信访局信访事项", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    add_par(doc, [("复查意见书", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "宁波恒远进出口有限公司：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def item(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("你公司因不服宁波市商务局作出的《信访事项处理意见书》（甬商信处〔2026〕7号），于2026年3月23日向本机关提出复查请求。本机关于2026年3月25日受理，并依法进行了复查。现将复查意见书面告知如下：")
    head("一、复查请求及理由")
    body("你公司请求：撤销宁波市商务局作出的处理意见，按申报金额全额兑现2025年度宁波市开拓“一带一路”市场专项资金补助86.4万元。主要理由：1.迪拜国际五金展展位费虽由境内代理公司开具发票，但实际费用由你公司承担；2.泰国、越南2个展会虽未列入目录，但属于共建“一带一路”国家的行业重点展会，对开拓市场具有实际作用；3.部分出口信用保险保费因结算周期原因于2026年1月缴纳，不应因此不予补助。")
    head("二、复查查明的事实")
    body("本机关调阅了宁波市商务局、海曙区商务局的申报审核材料和第三方机构审计报告，听取了你公司委托代理人李文静的陈述，并征求了宁波市财政局的意见。经复查查明：")
    item("（一）", "宁波市商务局处理意见认定的申报项目数量、申报金额和核定金额，与申报审核材料、审计报告及资金拨付凭证一致。")
    item("（二）", "迪拜国际五金展展位费发票的开具对象为宁波甬展国际会展服务有限公司，付款凭证显示的付款人亦为该公司，你公司未能提供与该公司之间的委托代理合同及费用结算凭证。")
    item("（三）", "《宁波市开拓“一带一路”市场专项资金管理办法》第八条第二款规定：“未列入年度重点境外展会目录的展会，企业应当在展会开幕30日前向所在地商务主管部门备案，未备案的不予补助。”你公司参加的2025年泰国曼谷国际家居展、2025年越南河内国际工业展均未办理备案手续。")
    item("（四）", "该办法第十一条规定，出口信用保险保费补助以申报年度内实际缴纳的保费为计算依据。你公司7.5万元保费于2026年1月15日缴纳，不属于2025年度补助范围，宁波市商务局已在处理意见中告知可纳入2026年度申报。")
    head("三、复查意见")
    body("本机关认为，宁波市商务局作出的《信访事项处理意见书》（甬商信处〔2026〕7号）认定事实清楚，适用依据正确，处理程序合法，处理意见适当。根据《信访工作条例》第三十五条规定，复查意见如下：")
    item("（一）", "维持宁波市商务局作出的《信访事项处理意见书》（甬商信处〔2026〕7号）。")
    item("（二）", "你公司如能补充提供与宁波甬展国际会展服务有限公司之间的委托代理合同、费用结算凭证等材料，证明迪拜国际五金展展位费实际由你公司承担的，可向宁波市商务局申请对该项目重新审核。")
    body("如对本复查意见不服，可以自收到本复查意见书之日起30日内，向浙江省人民政府信访局提出复核请求。")
    empty(doc, 2)
    p = add_par(doc, "宁波市人民政府信访局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年4月22日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    banji(doc, "抄送：宁波市商务局，宁波市财政局，海曙区商务局。",
          "宁波市人民政府信访局办公室", "2026年4月22日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁波市人民政府信访局信访事项复查意见书",
            "doc_number": "甬信复查〔2026〕3号",
            "issuer": ["宁波市人民政府信访局"],
            "date": "2026-04-22",
            "published": None,
            "level": "municipal",
            "region": "宁波市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "复查意见书",
            "recipients": ["宁波恒远进出口有限公司"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 广西壮族自治区商务厅 信访事项复查意见书 (上一级机关) — Word auto numbering,
# 附件 on its own page, table with repeated header row
def doc_guangxi_fucha():
    stem = "blind1010_guangxi_fucha"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")
    n_item = make_numbering(doc, "（%1）")

    add_par(doc, [("广西壮族自治区商务厅", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=24)
    empty(doc, 1)
    p = add_par(doc, [("\t", FS, 16, False), ("桂商信复〔2026〕2号", FS, 16, False)],
                indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("信访事项复查意见书", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "广西东盟汇通进出口贸易有限公司：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    cnt = [0]

    def item(t):
        cnt[0] += 1
        clauses.append("（%s）%s" % (CN[cnt[0] - 1], t))
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_item)

    body("你公司不服南宁市商务局作出的《信访事项处理意见书》（南商信处〔2025〕19号），于2025年12月8日向本厅提出复查请求，本厅于2025年12月10日受理。现将复查意见答复如下：")
    head("复查请求及理由")
    body("你公司请求：撤销南宁市商务局的处理意见，对你公司2025年上半年经西部陆海新通道出口至东盟国家的326标箱货物全部给予运费补贴，补贴金额合计26.08万元。理由是：你公司出口货物均经钦州港出运，属于西部陆海新通道物流范围；部分货物以关联企业名义报关，但实际货主为你公司。")
    head("原处理情况")
    body("南宁市商务局于2025年11月21日作出处理意见，依据《南宁市支持西部陆海新通道海铁联运班列发展若干措施》（南府办规〔2024〕6号，以下简称《若干措施》）第五条规定，对你公司符合条件的214标箱按每标箱800元给予补贴17.12万元；对经公路集港出运的88标箱和报关单收发货人非你公司的24标箱，不予补贴。")
    head("复查认定")
    body("本厅调取了南宁市商务局信访事项办理卷宗，核对了南宁海关提供的报关单数据和广西沿海铁路股份有限公司提供的班列运单，并于2025年12月26日组织你公司和南宁市商务局召开了复查听证会。经审查认定：")
    item("《若干措施》第五条明确，补贴对象为“通过西部陆海新通道海铁联运班列运输出口的货物”，补贴标准为每标箱800元。你公司有3批次共88标箱货物由公路运输至钦州港集港出运，未经海铁联运班列运输，不属于补贴范围。")
    item("你公司2025年3月28日出口至新加坡的24标箱货物，报关单收发货人为广西汇通国际物流有限公司。你公司在听证中提供的代理协议签订日期为2025年6月3日，晚于货物出口日期，不能证明该批货物运费由你公司实际承担。")
    item("南宁市商务局受理、调查核实和书面答复的程序符合《信访工作条例》规定，处理意见书中已告知不服处理意见的复查途径和期限。")
    head("复查意见")
    body("综上，南宁市商务局作出的处理意见事实清楚、证据确凿、依据充分、程序合法。根据《信访工作条例》第三十五条规定，本厅决定：维持南宁市商务局《信访事项处理意见书》（南商信处〔2025〕19号）的处理意见。")
    body("你公司今后经西部陆海新通道出口货物，可选择海铁联运班列运输并以本企业名义办理报关手续，按照《若干措施》规定申请运费补贴。")
    body("如对本复查意见不服，可以自收到本复查意见书之日起30日内，向广西壮族自治区人民政府提出复核请求。")
    empty(doc, 1)
    add_par(doc, "附件：东盟汇通公司2025年上半年申报集装箱核查情况表")
    empty(doc, 2)
    # 落款 in a borderless layout table, right column
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    set_cell(t.rows[0].cells[1], "广西壮族自治区商务厅", FS, 16)
    set_cell(t.rows[1].cells[1], "2026年1月6日", FS, 16)

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("东盟汇通公司2025年上半年", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("申报集装箱核查情况表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=8)
    heads = ["序号", "出口日期", "目的港（国家）", "标箱数(TEU)", "运输方式", "核查结论"]
    rows = [
        ["1", "2025.01.09", "海防（越南）", "24", "海铁联运班列", "符合"],
        ["2", "2025.01.23", "林查班（泰国）", "36", "海铁联运班列", "符合"],
        ["3", "2025.02.14", "巴生（马来西亚）", "30", "海铁联运班列", "符合"],
        ["4", "2025.02.27", "胡志明（越南）", "28", "公路集港", "不符合，非班列运输"],
        ["5", "2025.03.12", "雅加达（印度尼西亚）", "40", "海铁联运班列", "符合"],
        ["6", "2025.03.28", "新加坡（新加坡）", "24", "海铁联运班列", "不符合，报关单收发货人非信访人"],
        ["7", "2025.04.10", "林查班（泰国）", "32", "海铁联运班列", "符合"],
        ["8", "2025.04.25", "海防（越南）", "30", "公路集港", "不符合，非班列运输"],
        ["9", "2025.05.16", "马尼拉（菲律宾）", "26", "海铁联运班列", "符合"],
        ["10", "2025.05.30", "巴生（马来西亚）", "30", "公路集港", "不符合，非班列运输"],
        ["11", "2025.06.13", "泗水（印度尼西亚）", "26", "海铁联运班列", "符合"],
        ["合计", "—", "—", "326", "—", "符合214标箱，不符合112标箱"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(heads))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=15)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, line=15)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(heads, row)))
    widths(t, [1.3, 2.7, 3.6, 1.6, 2.7, 3.7])
    note = "注：运输方式、收发货人信息依据南宁海关报关单数据及广西沿海铁路股份有限公司班列运单核对。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    banji(doc, "抄送：南宁市商务局，自治区信访局。",
          "广西壮族自治区商务厅办公室", "2026年1月6日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "信访事项复查意见书",
            "doc_number": "桂商信复〔2026〕2号",
            "issuer": ["广西壮族自治区商务厅"],
            "date": "2026-01-06",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": ["东盟汇通公司2025年上半年申报集装箱核查情况表"],
            "doc_type": "复查意见书",
            "recipients": ["广西东盟汇通进出口贸易有限公司"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_ningbo_chuli(), doc_ningbo_fucha(), doc_guangxi_fucha()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
