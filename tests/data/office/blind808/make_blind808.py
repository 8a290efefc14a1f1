# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 808: 自贸试验区外商投资统计调查制度 (印发通知 / 批准函 / 制度文本), Word + PDF + expected.json."""
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
    p = doc.add_paragraph()
    if _pb[0]:
        p.paragraph_format.page_break_before = True
        _pb[0] = False
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), val, sz, space, color))
    bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, indent=False, line=line)


def page_break(doc):
    """next paragraph starts a new page (段前分页)."""
    _pb[0] = True


_pb = [False]


def page_field(fp, size=14):
    font(fp.add_run("— "), SONG, size)
    r = fp.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, size)
    r5 = fp.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, size)


def setup(doc, cover=False):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.7), Cm(2.45)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if cover:
        s.different_first_page_header_footer = True
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, left=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(18)
    p.paragraph_format.first_line_indent = Pt(0)
    if left is not None:
        p.paragraph_format.left_indent = left


def widths(t, ws):
    t.autofit = False
    for i, w in enumerate(ws):
        t.columns[i].width = w
        for c in t.columns[i].cells:
            c.width = w


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def vmerge(t, col, r0, r1):
    t.cell(r0, col).merge(t.cell(r1, col))


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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_808", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(headers, values):
    """header：value pairs; cells left blank on a form (to be filled in) are skipped."""
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values) if v)


# =================================================================== DOC A
def doc_zhejiang():
    """浙江省商务厅 浙江省统计局 联合印发通知 + 附件 制度文本."""
    stem = "blind808_zj_yinfa"
    doc = Document()
    setup(doc)
    clauses = []

    # --- joint 版头 as a borderless table: two organ names left, 文件 right (merged)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.columns[0].width = Cm(11)
    t.columns[1].width = Cm(4.5)
    for i, name in enumerate(["浙江省商务厅", "浙江省统计局"]):
        c = t.cell(i, 0)
        c.width = Cm(11)
        set_cell(c, name, XBS, 36, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        c.paragraphs[0].paragraph_format.line_spacing = Pt(48)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.width = Cm(4.5)
    set_cell(m, "文件", XBS, 48, color=RED)
    m.vertical_alignment = 1  # center
    m.paragraphs[0].paragraph_format.line_spacing = Pt(60)
    p = add_par(doc, "浙商务联发〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three Enter-separated lines
    for ln in ["浙江省商务厅　浙江省统计局关于印发", "《中国（浙江）自由贸易试验区外商投资",
               "统计调查制度》的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "中国（浙江）自由贸易试验区各片区管委会，各设区市商务局、统计局：", indent=False)

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, t, **kw)

    def runin(h, t, hfont=HT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 16, bold), (t, FS, 16, False)])

    body("为全面准确反映中国（浙江）自由贸易试验区（以下简称浙江自贸试验区）外商投资发展情况，根据《中华人民共和国统计法》和《外商投资信息报告办法》等有关规定，省商务厅、省统计局制定了《中国（浙江）自由贸易试验区外商投资统计调查制度》，经省统计局批准（批准文号：浙统制〔2026〕4号），现印发给你们，请认真组织实施。现就有关事项通知如下：")
    runin("一、高度重视统计调查工作。", "各片区管委会是本片区外商投资统计调查工作的责任主体，要明确分管领导和专职统计人员，建立健全统计台账和原始记录，确保数据真实、准确、完整、及时。")
    runin("二、严格执行报送时限。", "季度报表于季后15日前、年度报表于次年3月31日前，通过“浙江省商务运行监测平台”报送省商务厅。")
    runin("三、加强数据质量核查。", "各片区要将统计调查数据与外商投资信息报告、市场主体登记、外汇登记等行政记录进行比对，对实际使用外资金额波动幅度超过30%的企业逐户核实。省商务厅、省统计局将每年随机抽取不少于10%的调查对象开展数据质量抽查。")
    runin("四、依法保护调查对象信息。", "对统计调查中获得的能够识别或者推断单个调查对象身份的资料，各地各单位不得对外提供、泄露，不得用于统计以外的目的。")
    body("本制度自2026年4月1日起施行，有效期至2029年3月31日。《中国（浙江）自由贸易试验区外商投资企业统计报表制度（试行）》（浙商务联发〔2021〕19号）同时废止。")
    empty(doc, 1)
    add_par(doc, "附件：中国（浙江）自由贸易试验区外商投资统计调查制度")
    empty(doc, 1)
    # 落款: two organs typed with full-width spaces, date right below
    add_par(doc, "\u3000" * 4 + "浙江省商务厅" + "\u3000" * 6 + "浙江省统计局", indent=False)
    add_par(doc, "\u3000" * 17 + "2026年3月12日", indent=False)
    add_par(doc, "（此件主动公开）")

    # --- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("中国（浙江）自由贸易试验区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("外商投资统计调查制度", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, [("一、总说明", HT, 16, False)])
    items = [
        ("（一）调查目的。", "为全面、准确、及时掌握浙江自贸试验区外商投资规模、结构、质量和效益情况，监测评估外资准入、外资促进和外资保护等政策落实成效，为各级党委、政府和有关部门制定外资政策提供依据，制定本制度。"),
        ("（二）调查对象和范围。", "调查对象为在浙江自贸试验区舟山片区、宁波片区、杭州片区、金义片区范围内依法登记注册的外商投资企业。外商投资企业设立的分支机构不单独作为调查对象，其数据由所属企业汇总填报。"),
        ("（三）调查内容。", "主要包括外商投资企业基本情况、投资来源地、行业分布、实际使用外资、营业收入、利润总额、应交税费、进出口额、从业人员、研发经费支出等。"),
        ("（四）调查频率和方法。", "本制度包括年报和季报，均实行全面调查。季报为季度累计数据。"),
        ("（五）组织实施。", "省商务厅负责统一组织，省统计局负责业务指导；各片区管委会负责组织本片区调查对象填报，并做好数据审核和汇总上报。"),
        ("（六）统计资料公布与共享。", "本制度调查汇总数据经省统计局审核后，由省商务厅按季度在门户网站公布，并与省统计局、省市场监管局、国家外汇管理局浙江省分局共享。"),
    ]
    for h, t in items:
        runin(h, t, KT, False)
    add_par(doc, [("二、报表目录", HT, 16, False)])
    hdr1 = ["表号", "表名", "报告期别", "统计范围", "报送单位", "报送日期及方式", "报送日期及方式"]
    hdr2 = ["表号", "表名", "报告期别", "统计范围", "报送单位", "报送日期", "报送方式"]
    keys = ["表号", "表名", "报告期别", "统计范围", "报送单位", "报送日期及方式／报送日期",
            "报送日期及方式／报送方式"]
    rows = [
        ["ZMWZ-1表", "外商投资企业基本情况", "年报", "自贸试验区内全部外商投资企业", "调查对象", "次年3月31日前", "网上直报"],
        ["ZMWZ-2表", "外商投资企业主要经营指标", "季报", "同上", "调查对象", "季后15日前", "网上直报"],
        ["ZMWZ-3表", "自贸试验区外商投资综合情况", "季报", "各片区", "各片区管委会", "季后20日前", "网上直报"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i in range(7):
        set_cell(t.cell(0, i), hdr1[i], HT, 10.5)
        set_cell(t.cell(1, i), hdr2[i], HT, 10.5)
    for c in range(5):
        t.cell(0, c).merge(t.cell(1, c))
        set_cell(t.cell(0, c), hdr1[c], HT, 10.5)
    t.cell(0, 5).merge(t.cell(0, 6))
    set_cell(t.cell(0, 5), "报送日期及方式", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    widths(t, [Cm(2.1), Cm(3.1), Cm(1.5), Cm(3.0), Cm(1.9), Cm(2.1), Cm(1.8)])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5)
        clauses.append(row_clause(keys, row))
    p = add_par(doc, [("注：ZMWZ-3表由各片区管委会根据ZMWZ-1表、ZMWZ-2表汇总，并补充行政记录数据后填报。", FS, 12, False)],
                indent=False, line=22, before=4)
    clauses.append("注：ZMWZ-3表由各片区管委会根据ZMWZ-1表、ZMWZ-2表汇总，并补充行政记录数据后填报。")
    add_par(doc, [("三、主要指标解释", HT, 16, False)], before=6)
    for t_ in [
        "1.外商投资企业：指全部或者部分由外国投资者投资，依照中国法律在中国境内经登记注册设立的企业。",
        "2.实际使用外资金额：指外国投资者按照外商投资企业章程规定的出资比例及期限实际缴付的出资额，以及在企业投资总额内外国投资者以自有资金实际直接向企业提供的贷款。",
    ]:
        body(t_)

    banji(doc, "抄送：商务部外国投资管理司，国家统计局浙江调查总队，省发展改革委、省市场监管局，国家外汇管理局浙江省分局。",
          "浙江省商务厅办公室", "2026年3月13日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅　浙江省统计局关于印发《中国（浙江）自由贸易试验区外商投资统计调查制度》的通知",
            "doc_number": "浙商务联发〔2026〕7号",
            "issuer": ["浙江省商务厅", "浙江省统计局"],
            "date": "2026-03-12",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": "2026-04-01",
            "expires": "2029-03-31",
            "attachments": ["中国（浙江）自由贸易试验区外商投资统计调查制度"],
            "doc_type": "通知",
            "recipients": ["中国（浙江）自由贸易试验区各片区管委会", "各设区市商务局", "各设区市统计局"],
            "publicity": "此件主动公开",
            "repeals": "《中国（浙江）自由贸易试验区外商投资企业统计报表制度（试行）》（浙商务联发〔2021〕19号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_nbs():
    """国家统计局 批准执行函 (信函格式) + 附件 审批登记表."""
    stem = "blind808_nbs_pizhunhan"
    doc = Document()
    setup(doc)
    clauses = []

    # 信函格式: organ name, red double rule, 文号 flush right
    add_par(doc, [("国家统计局", XBS, 48, False, RED)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=64)
    p = add_par(doc, "", indent=False, line=6)
    border(p, "bottom", "FF0000", 18, 1, val="thickThinSmallGap")
    empty(doc, 1, line=20)
    add_par(doc, "国统制〔2025〕156号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    empty(doc, 1)
    # title: one paragraph, soft line break in the middle
    p = doc.add_paragraph()
    font(p.add_run("国家统计局关于批准执行自由贸易试验区"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("外商投资统计调查制度的函"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "商务部：", indent=False)

    # body indented with typed full-width spaces, no paragraph indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body("你部《关于报请审批〈自由贸易试验区外商投资统计调查制度〉的函》（商资函〔2025〕647号）收悉。根据《中华人民共和国统计法》和《部门统计调查项目管理办法》有关规定，经审查，现函复如下：")
    body("一、同意你部实施自由贸易试验区外商投资统计调查制度。该制度为部门统计调查项目，批准文号为国统制〔2025〕156号,有效期至2028年12月31日。该制度自2026年1月1日起实施。")
    body("二、该制度调查范围为全国22个自由贸易试验区内依法设立的外商投资企业，调查内容包括企业基本情况、实际使用外资、经营情况等，调查频率为季度和年度，采用全面调查方式，由自由贸易试验区所在地省级商务主管部门组织实施。")
    body("三、请你部严格按照批准的统计调查制度组织实施，不得随意增加调查内容、扩大调查范围，并在统计调查表右上角标明表号、制定机关、批准机关、批准文号、有效期限等标志。")
    body("四、请你部做好以下工作：")
    # items (一)…(四): two of them typed in one paragraph with Shift+Enter
    i1 = "（一）加强数据质量管理，防范和惩治统计造假、弄虚作假。"
    i2 = "（二）依法做好统计资料的管理和公布工作，对调查中获得的能够识别或者推断单个统计调查对象身份的资料严格保密。"
    p = doc.add_paragraph()
    font(p.add_run(IND + i1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + i2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([i1, i2])
    body("（三）加强与外商投资信息报告、外汇登记、海关进出口等行政记录的衔接，推进统计数据共享，切实减轻基层和企业负担。")
    body("（四）在调查制度有效期内，如需对调查内容、调查范围等作出重大调整，应当按规定重新报批。")
    add_par(doc, IND + "特此函复。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：统计调查项目审批登记表", indent=False)
    empty(doc, 1)
    p = add_par(doc, "国家统计局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    p = add_par(doc, "二〇二五年十二月十八日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, IND + "（此件公开发布）", indent=False)

    # 附件 page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("统计调查项目审批登记表", XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=34)
    empty(doc, 1, line=16)
    hdr = ["序号", "登记事项", "登记内容"]
    rows = [
        ["1", "项目名称", "自由贸易试验区外商投资统计调查制度"],
        ["2", "制定机关", "商务部"],
        ["3", "批准机关", "国家统计局"],
        ["4", "批准文号", "国统制〔2025〕156号"],
        ["5", "项目性质", "部门统计调查项目"],
        ["6", "调查对象", "自由贸易试验区内依法设立的外商投资企业"],
        ["7", "调查方法", "全面调查"],
        ["8", "调查频率", "季报、年报"],
        ["9", "报送方式", "联网直报"],
        ["10", "主要调查表", "自贸试验区外商投资企业基本情况（FTZ-FDI 1表）、自贸试验区外商投资企业主要经营指标（FTZ-FDI 2表）、自贸试验区外商投资企业投资来源地情况（FTZ-FDI 3表）"],
        ["11", "有效期至", "2028年12月31日"],
        ["12", "审批经办单位", "国家统计局统计设计管理司"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    ws = [Cm(1.6), Cm(3.6), Cm(10.4)]
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 14)
        pass
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 14,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 2 else WD_ALIGN_PARAGRAPH.CENTER)
            pass
        clauses.append(row_clause(hdr, row))
    widths(t, ws)

    banji(doc, "抄送：国家发展改革委，海关总署，国家外汇管理局，各省、自治区、直辖市统计局。",
          "国家统计局办公室", "2025年12月19日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "国家统计局关于批准执行自由贸易试验区外商投资统计调查制度的函",
            "doc_number": "国统制〔2025〕156号",
            "issuer": ["国家统计局"],
            "date": "2025-12-18",
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": "2026-01-01",
            "expires": "2028-12-31",
            "attachments": ["统计调查项目审批登记表"],
            "doc_type": "函",
            "recipients": ["商务部"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_hubei():
    """湖北 制度文本 (封面 + 总说明 + 报表目录 + 调查表式 + 主要指标解释 + 填报说明), no 文号."""
    stem = "blind808_hb_zhidu"
    doc = Document()
    setup(doc, cover=True)
    clauses = []

    # ---- cover
    empty(doc, 4)
    add_par(doc, [("中国（湖北）自由贸易试验区", XBS, 26, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=44)
    add_par(doc, [("外商投资统计调查制度", XBS, 26, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=44)
    empty(doc, 7)
    add_par(doc, [("湖北省商务厅　制定", KT, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("湖北省统计局　批准", KT, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, [("2026年1月", KT, 18, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    page_break(doc)

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, [(t, FS, 14, False)], line=24, first=Pt(28))

    def runin(h, t, hfont=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hfont, 14, bold), (t, FS, 14, False)], line=24, first=Pt(28))

    def head(t):
        add_par(doc, [(t, HT, 14, False)], line=26, first=Pt(28), before=4)

    # ---- 扉页 statements
    s0 = "本调查制度根据《中华人民共和国统计法》的有关规定制定"
    clauses.append(s0)
    add_par(doc, [(s0, HT, 14, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=6)
    body("《中华人民共和国统计法》规定：统计调查对象应当依照本法和国家有关规定，真实、准确、完整、及时地提供统计调查所需的资料，不得提供不真实或者不完整的统计资料，不得迟报、拒报统计资料。")
    body("《中华人民共和国统计法》规定：统计调查中获得的能够识别或者推断单个统计调查对象身份的资料，任何单位和个人不得对外提供、泄露，不得用于统计以外的目的。")
    body("本制度由湖北省商务厅负责解释。")
    head("一、总说明")
    runin("（一）调查目的。", "为及时准确掌握中国（湖北）自由贸易试验区武汉片区、襄阳片区、宜昌片区外商投资企业发展情况，科学评价自贸试验区对外开放成效，服务湖北打造内陆开放新高地和深度融入共建“一带一路”，制定本制度。")
    runin("（二）调查对象。", "在湖北自贸试验区实施范围内依法登记设立、处于存续状态的外商投资企业（含外商投资合伙企业）。")
    runin("（三）调查内容。", "企业主要经营指标、实际使用外资和投资来源地情况等。")
    runin("（四）调查频率和方法。", "主要指标按季度调查，投资来源地情况按年度调查，均采用全面调查方法。")
    runin("（五）组织方式和报送要求。", "湖北省商务厅统一组织实施，各片区管理机构负责组织调查对象通过“湖北省商务数据直报系统”在线填报。季报于季后15日前报送，年报于次年3月20日前报送。")
    runin("（六）统计资料公布。", "汇总数据由湖北省商务厅每半年公布一次，公布渠道为湖北省商务厅门户网站。")
    runin("（七）施行时间。", "本制度自2026年2月1日起施行，有效期至2029年1月31日。")

    head("二、报表目录")
    hdr = ["表号", "表名", "报告期别", "统计范围", "报送单位", "报送日期", "报送方式"]
    rows = [
        ["HBZM101表", "自贸试验区外商投资企业主要指标", "季报", "湖北自贸试验区内外商投资企业", "调查对象", "季后15日前", "联网直报"],
        ["HBZM102表", "自贸试验区外商投资企业投资来源地情况", "年报", "湖北自贸试验区内外商投资企业", "调查对象", "次年3月20日前", "联网直报"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 10.5)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5)
        clauses.append(row_clause(hdr, row))
    widths(t, [Cm(2.2), Cm(3.6), Cm(1.5), Cm(3.0), Cm(1.7), Cm(2.0), Cm(1.6)])

    # ---- 调查表式
    head("三、调查表式")
    add_par(doc, [("自贸试验区外商投资企业主要指标", HT, 15, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=28, before=6)
    # right-aligned mark block typed with Shift+Enter
    marks = ["表　　号：HBZM101表", "制定机关：湖北省商务厅", "批准机关：湖北省统计局",
             "批准文号：鄂统制〔2026〕2号", "有效期至：2029年1月"]
    p = doc.add_paragraph()
    for i, m_ in enumerate(marks):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(m_), SONG, 10.5)
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=16)
    p.paragraph_format.left_indent = Cm(10.2)
    clauses.extend(marks)
    f1 = "统一社会信用代码：□□□□□□□□□□□□□□□□□□"
    f2 = "单位详细名称（盖章）：　　　　　　　　　　　　2026年第　季度"
    for f in (f1, f2):
        add_par(doc, [(f, SONG, 10.5, False)], indent=False, line=18)
        clauses.append(f)
    hdr = ["指标名称", "代码", "计量单位", "本季", "1—本季累计"]
    ind_rows = [
        ("注册资本", "01", "万美元", 0),
        ("其中：外方认缴出资额", "02", "万美元", 1),
        ("实际使用外资金额", "03", "万美元", 0),
        ("其中：外方货币出资", "04", "万美元", 1),
        ("营业收入", "05", "万元", 0),
        ("利润总额", "06", "万元", 0),
        ("应交税费", "07", "万元", 0),
        ("进出口总额", "08", "万美元", 0),
        ("其中：出口额", "09", "万美元", 1),
        ("研发经费支出", "10", "万元", 0),
        ("期末从业人员", "11", "人", 0),
    ]
    t = doc.add_table(rows=1 + len(ind_rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 10.5)
    repeat_header(t.rows[0])
    widths(t, [Cm(5.4), Cm(1.4), Cm(2.0), Cm(3.2), Cm(3.2)])
    for ri, (nm, code, unit, sub) in enumerate(ind_rows, 1):
        set_cell(t.cell(ri, 0), nm, SONG, 10.5, align=WD_ALIGN_PARAGRAPH.LEFT,
                 left=Pt(21) if sub else None)
        set_cell(t.cell(ri, 1), code, SONG, 10.5)
        set_cell(t.cell(ri, 2), unit, SONG, 10.5)
        set_cell(t.cell(ri, 3), "", SONG, 10.5)
        set_cell(t.cell(ri, 4), "", SONG, 10.5)
        clauses.append(row_clause(hdr, [nm, code, unit, "", ""]))
    sig = "单位负责人：　　　　统计负责人：　　　　填表人：　　　　联系电话：　　　　报出日期：20　年　月　日"
    add_par(doc, [(sig, SONG, 10.5, False)], indent=False, line=20, before=4)
    clauses.append(sig)
    for n in ["说明：1.本表由湖北自贸试验区内的外商投资企业填报。",
              "2.审核关系：02≤01；04≤03；09≤08。",
              "3.金额类指标保留两位小数，外币按报告期末中国人民银行公布的汇率中间价折算。"]:
        add_par(doc, [(n, SONG, 10.5, False)], indent=False, line=18,
                first=None)
        clauses.append(n)

    # second form, split across pages with a typed 续表
    add_par(doc, [("自贸试验区外商投资企业投资来源地情况", HT, 15, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
            indent=False, line=28, before=10)
    marks2 = ["表　　号：HBZM102表", "制定机关：湖北省商务厅", "批准机关：湖北省统计局",
              "批准文号：鄂统制〔2026〕2号", "有效期至：2029年1月"]
    p = doc.add_paragraph()
    for i, m_ in enumerate(marks2):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(m_), SONG, 10.5)
    fmt(p, align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=16)
    p.paragraph_format.left_indent = Cm(10.2)
    clauses.extend(marks2)
    add_par(doc, [("计量单位：万美元", SONG, 10.5, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=18)
    clauses.append("计量单位：万美元")
    hdr2 = ["投资来源地", "代码", "外方认缴出资额", "外方实缴出资额"]
    src = [("合计", "100", 0), ("中国香港", "110", 0), ("中国澳门", "120", 0), ("中国台湾", "130", 0),
           ("新加坡", "210", 0), ("日本", "220", 0), ("韩国", "230", 0),
           ("德国", "310", 0), ("法国", "320", 0), ("美国", "410", 0), ("其他国家（地区）", "900", 0),
            ("其中：共建“一带一路”国家", "950", 1)]

    def src_table(data):
        t = doc.add_table(rows=1 + len(data), cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(hdr2):
            set_cell(t.cell(0, i), h, HT, 10.5)
        repeat_header(t.rows[0])
        widths(t, [Cm(5.4), Cm(1.8), Cm(4.0), Cm(4.0)])
        for ri, (nm, code, sub) in enumerate(data, 1):
            set_cell(t.cell(ri, 0), nm, SONG, 10.5, align=WD_ALIGN_PARAGRAPH.LEFT,
                     left=Pt(21) if sub else None)
            set_cell(t.cell(ri, 1), code, SONG, 10.5)
            set_cell(t.cell(ri, 2), "", SONG, 10.5)
            set_cell(t.cell(ri, 3), "", SONG, 10.5)
            clauses.append(row_clause(hdr2, [nm, code, "", ""]))

    src_table(src)
    n = "说明：本表按直接投资者注册地填报，同一投资来源地有多个投资者的合并填报；“其中：共建‘一带一路’国家”不含中国香港、中国澳门、中国台湾。"
    add_par(doc, [(n, SONG, 10.5, False)], indent=False, line=18, before=4)
    clauses.append(n)

    # ---- 主要指标解释 / 填报说明
    head("四、主要指标解释")
    for t_ in [
        "1.注册资本：指外商投资企业在市场监督管理部门登记的注册资本总额。",
        "2.外方认缴出资额：指外国投资者按照企业章程承诺缴付的出资额。",
        "3.实际使用外资金额：指外国投资者实际缴付的出资额以及在投资总额内以自有资金直接向企业提供的贷款，不含利润再投资。",
        "4.应交税费：指企业按照税法规定在报告期内应当缴纳的各项税费，不含代扣代缴的个人所得税。",
        "5.期末从业人员：指报告期末最后一日在本企业工作并取得劳动报酬的全部人员，含劳务派遣人员。",
    ]:
        body(t_)
    head("五、填报说明")
    body("（一）调查对象应当指定专人负责统计填报工作，按照本制度规定的时间、口径和方式如实填报，不得虚报、瞒报、拒报、迟报。")
    body("（二）填报时应当注意以下事项：")
    body("1.代码栏按表内规定填写，不得更改；无数据的指标填“0”。")
    body("2.企业基本情况发生变化的，按以下规定处理：")
    body("（1）本年度内新设立的企业，自设立之月所在季度起纳入调查；")
    body("（2）企业注销或者迁出自贸试验区的，自注销或者迁出当季起停止填报，并在系统中说明原因；")
    body("（3）企业变更名称、统一社会信用代码的，应当在变更后首次填报时同步更新基本信息。")
    body("（三）各片区管理机构应当于每季度结束后20日内完成数据审核，对审核中发现的问题及时退回调查对象修改。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国（湖北）自由贸易试验区外商投资统计调查制度",
            "doc_number": None,
            "issuer": ["湖北省商务厅"],
            "date": None,
            "published": None,
            "level": "provincial",
            "region": "湖北省",
            "effective": "2026-02-01",
            "expires": "2029-01-31",
            "attachments": [],
            "doc_type": "制度",
            "recipients": [],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_nbs(), doc_hubei()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
