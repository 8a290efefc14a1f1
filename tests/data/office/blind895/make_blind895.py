# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 895: 人民银行分行跨境人民币结算便利化业务指引/规程/请示 — Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
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
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
IND = "\u3000\u3000"

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
    if scale is not None:
        rpr.append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    """runs: str or list of tuples (text, font, size, bold[, color[, scale]])."""
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


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def page_field(par, pre, post, size=14):
    font(par.add_run(pre), SONG, size)
    r = par.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = par.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r = par.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), SONG, size)
    r = par.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(par.add_run(post), SONG, size)


def setup(doc, footer="dash", oddeven=False):
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
    if footer == "dash":
        pre, post = "— ", " —"
    else:
        pre, post = "- ", " -"
    fp = s.footer.paragraphs[0]
    if oddeven:
        doc.settings.odd_and_even_pages_header_footer = True
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(14)
        page_field(fp, pre, post)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(14)
        page_field(ep, pre, post)
    else:
        fp.alignment = C
        page_field(fp, pre, post)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblpr = table._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblpr.append(tw)
    tw.set(qn("w:type"), "dxa")
    tw.set(qn("w:w"), str(int(Cm(sum(cms)).twips)))
    for row in table.rows:
        seen = set()
        for i, w in enumerate(cms):
            c = row.cells[i]
            if id(c._tc) in seen:
                continue
            seen.add(id(c._tc))
            span = c._tc.grid_span
            c.width = Cm(sum(cms[i:i + span]))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_895", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def banji(doc, cc_lines, printer, date_txt, tab=15.1):
    """版记: 抄送 + 印发 between black rules."""
    p = None
    for i, cc in enumerate(cc_lines):
        p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=22)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if i == 0:
            border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=22)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(tab), 2)
    border(p2, "bottom", "000000", 8, 4)


# =================================================================== DOC A
def doc_zhejiang():
    stem = "blind895_zhejiang_zhiyin"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    def body(t, **kw):
        clauses.append(t)
        return add_par(doc, t, **kw)

    # 版头
    add_par(doc, [("中国人民银行浙江省分行文件", XBS, 34, False, RED, 80)],
            align=C, indent=False, line=56, before=30)
    empty(doc, 1)
    p = add_par(doc, "浙银发〔2025〕137号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three paragraphs, odd wrap
    for t in ("中国人民银行浙江省分行关于印发", "《浙江省跨境人民币结算便利化业务指引",
              "（试行）》的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "中国人民银行各市分行，各政策性银行浙江省分行，各国有商业银行浙江省分行，"
                 "各股份制商业银行杭州分行，浙商银行，浙江农商联合银行，各外资银行杭州分行：",
            indent=False)
    body("为深入贯彻党中央、国务院关于稳外贸稳外资的决策部署，进一步提升跨境人民币结算便利化水平，"
         "服务浙江高水平对外开放和“一带一路”重要枢纽建设，根据《中国人民银行关于进一步优化跨境人民币政策"
         "　支持稳外贸稳外资的通知》（银发〔2020〕330号）、《中国人民银行关于支持外贸新业态跨境人民币结算的通知》"
         "（银发〔2022〕139号）等规定，中国人民银行浙江省分行制定了《浙江省跨境人民币结算便利化业务指引（试行）》，"
         "现印发给你们，请遵照执行。")
    body("各市分行要将本通知转发至辖内相关银行业金融机构，加强政策宣传和业务指导。各银行要结合本行实际，"
         "于2025年12月31日前制定或修订跨境人民币结算便利化业务内部操作规程，报送中国人民银行浙江省分行"
         "（跨境人民币业务处）备案。执行中如遇问题，请及时反馈。")
    body("《中国人民银行杭州中心支行关于印发〈浙江省优质企业跨境人民币结算便利化业务展业指引〉的通知》"
         "（杭银发〔2021〕58号）自本指引施行之日起废止。")
    empty(doc, 1)
    # 附件 list with hanging alignment by typed spaces
    add_par(doc, "附件：1．浙江省跨境人民币结算便利化业务指引（试行）")
    add_par(doc, "\u3000\u3000\u30002．浙江省跨境人民币结算便利化业务流程表")
    empty(doc, 2)
    p = add_par(doc, "中国人民银行浙江省分行", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2025年11月20日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(72)
    add_par(doc, "（此件主动公开）")

    # ------------------------------------------------ 附件1: 指引
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("浙江省跨境人民币结算便利化", XBS, 22, False)],
            align=C, indent=False, line=34, before=14)
    add_par(doc, [("业务指引（试行）", XBS, 22, False)], align=C, indent=False, line=34, after=14)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    def article(no, text, items=()):
        clauses.append(no + "\u3000" + text + "".join(items))
        add_par(doc, [(no, HT, 16, False), ("\u3000" + text, FS, 16, False)])
        for it in items:
            add_par(doc, it)

    chapter("第一章　总则")
    article("第一条", "为进一步便利跨境人民币结算，提升贸易投资便利化水平，根据跨境人民币业务相关规定，制定本指引。")
    article("第二条", "本指引所称便利化业务，是指浙江省内银行（以下简称银行）按照“了解客户、了解业务、尽职审查”"
            "展业原则，凭优质企业提交的收付款指令，直接为其办理货物贸易、服务贸易跨境人民币结算以及资本项目"
            "人民币收入境内使用的业务。")
    chapter("第二章　参与银行和企业")
    article("第三条", "银行开展便利化业务，应当具备跨境人民币业务资格，近两年无重大违规记录，并已接入人民币跨境收付"
            "信息管理系统（RCPMIS）。")
    article("第四条", "优质企业原则上应当同时符合以下条件：", [
        "（一）近两年无外汇、跨境人民币、税务、海关等方面的违法违规记录；",
        "（二）上一年度跨境人民币结算量不低于500万元，或者属于国家级专精特新“小巨人”企业；",
        "（三）内部控制制度健全。",
    ])
    article("第五条", "银行应当于每季度结束后10个工作日内，向所在地中国人民银行分行报送优质企业名单及其变动情况。")
    chapter("第三章　业务办理")
    article("第六条", "对于优质企业的货物贸易、服务贸易跨境人民币结算，银行可以凭收付款指令直接办理，"
            "无需事前逐笔审核合同、发票、报关单等交易单证。")
    article("第七条", "银行应当按照本指引附件2所列流程办理便利化业务，单笔业务原则上应当在收到完整指令后2小时内办结。"
            "鼓励银行通过人民币跨境支付系统（CIPS）办理共建“一带一路”国家和地区的人民币结算。")
    chapter("第四章　监督管理")
    article("第八条", "银行应当按季开展事后抽查，抽查比例不低于优质企业当季便利化业务笔数的5%；发现异常的，"
            "应当调整其便利化业务范围或者调出名单。")
    article("第九条", "中国人民银行浙江省分行及各市分行对银行便利化业务进行监督管理。")
    chapter("第五章　附则")
    article("第十条", "本指引由中国人民银行浙江省分行负责解释。")
    article("第十一条", "本指引自2026年1月1日起施行，有效期至2027年12月31日。")

    # ------------------------------------------------ 附件2: 流程表 (landscape section)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = 1
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.8)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("浙江省跨境人民币结算便利化业务流程表", XBS, 20, False)],
            align=C, indent=False, line=30, after=4)
    header = ["序号", "业务阶段", "业务环节", "办理主体", "操作要点", "办理时限"]
    W = [1.2, 2.0, 3.7, 3.0, 10.9, 3.1]
    rows = [
        ["1", "事前准备", "制定内部操作规程", "银行", "明确便利化业务流程、审核要点和风险防控措施，报所在地中国人民银行分行备案", "开办业务前"],
        ["2", "事前准备", "确定优质企业名单", "银行", "按照指引第四条规定的条件自主选择企业，与企业签订便利化业务承诺书", "开办业务前"],
        ["3", "事前准备", "报送优质企业名单", "银行", "通过RCPMIS或书面形式报送名单及变动情况", "每季度结束后10个工作日内"],
        ["4", "业务办理", "提交收付款指令", "企业", "提交收付款指令；资本项目人民币收入境内使用的，提交《跨境人民币结算收/付款说明》", "随时"],
        ["5", "业务办理", "指令审核", "银行", "核对指令要素完整性及企业是否在优质企业名单内，开展反洗钱筛查", "收到完整指令后1小时内"],
        ["6", "业务办理", "资金汇出或入账", "银行", "通过CIPS或代理行渠道办理资金汇划，并及时通知企业", "审核通过后1小时内"],
        ["7", "业务办理", "信息报送", "银行", "按规定向RCPMIS报送跨境人民币收付信息", "业务发生次日"],
        ["8", "事后管理", "事后抽查", "银行", "按季抽查，比例不低于企业当季便利化业务笔数的5%", "每季度"],
        ["9", "事后管理", "异常处置", "银行", "调整便利化业务适用范围，情节严重的调出名单，并报告所在地中国人民银行分行", "发现异常后5个工作日内"],
        ["10", "事后管理", "监测检查", "中国人民银行浙江省分行、各市分行", "开展非现场监测和现场检查", "常态化开展"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 11)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=L if ci == 4 else C, line=14)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    # vertical merge of 业务阶段 (the clerk merged the stage cells)
    for a_, b_, txt in ((1, 3, "事前准备"), (4, 7, "业务办理"), (8, 10, "事后管理")):
        cell = t.cell(a_, 1).merge(t.cell(b_, 1))
        set_cell(cell, txt, KT, 10.5)
        cell.vertical_alignment = 1
    widths(t, W)
    n1 = "注：1．RCPMIS指人民币跨境收付信息管理系统，CIPS指人民币跨境支付系统。"
    n2 = "2．表中办理时限为最长时限，银行可以结合实际进一步压缩。"
    clauses.append(n1)
    clauses.append(n2)
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=18, before=4)
    add_par(doc, [("\u3000\u3000" + n2, FS, 12, False)], indent=False, line=18, after=10)
    banji(doc, ["抄送：中国人民银行宏观审慎管理局，国家外汇管理局浙江省分局，省商务厅，杭州海关。"],
          "中国人民银行浙江省分行办公室", "2025年11月20日印发", tab=23.4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国人民银行浙江省分行关于印发《浙江省跨境人民币结算便利化业务指引（试行）》的通知",
            "doc_number": "浙银发〔2025〕137号",
            "issuer": ["中国人民银行浙江省分行"],
            "date": "2025-11-20",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": "2026-01-01",
            "expires": "2027-12-31",
            "attachments": ["浙江省跨境人民币结算便利化业务指引（试行）",
                            "浙江省跨境人民币结算便利化业务流程表"],
            "doc_type": "通知",
            "recipients": ["中国人民银行各市分行", "各政策性银行浙江省分行", "各国有商业银行浙江省分行",
                           "各股份制商业银行杭州分行", "浙商银行", "浙江农商联合银行", "各外资银行杭州分行"],
            "publicity": "此件主动公开",
            "repeals": "《中国人民银行杭州中心支行关于印发〈浙江省优质企业跨境人民币结算便利化业务展业指引〉的通知》（杭银发〔2021〕58号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_xinjiang():
    stem = "blind895_xinjiang_guicheng"
    doc = Document()
    setup(doc, "dash", oddeven=True)
    clauses = []
    ORG1 = "中国人民银行新疆维吾尔自治区分行"
    ORG2 = "国家外汇管理局新疆维吾尔自治区分局"

    def sp(t, **kw):
        """paragraph indented with typed full-width spaces (no first-line indent)."""
        return add_par(doc, IND + t, indent=False, **kw)

    def body(t):
        clauses.append(t)
        sp(t)

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    # joint 版头 as a borderless table: two organ names left, 文件 right (merged)
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, org in enumerate((ORG1, ORG2)):
        c = t.cell(i, 0)
        c.text = ""
        p = c.paragraphs[0]
        font(p.add_run(org), XBS, 22, False, RED, 85)
        p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
        p.paragraph_format.line_spacing = Pt(36)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    m.text = ""
    p = m.paragraphs[0]
    font(p.add_run("文件"), XBS, 40, False, RED)
    p.alignment = C
    m.vertical_alignment = 1
    widths(t, [11.8, 3.8])
    empty(doc, 1)
    p = add_par(doc, "新银发〔2026〕9号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, four lines by manual line breaks
    p = doc.add_paragraph()
    lines = ["中国人民银行新疆维吾尔自治区分行",
             "国家外汇管理局新疆维吾尔自治区分局",
             "关于印发《中国（新疆）自由贸易试验区",
             "跨境人民币结算便利化业务操作规程》的通知"]
    for i, ln in enumerate(lines):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(ln), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "中国人民银行新疆维吾尔自治区各地（州、市）分行，国家外汇管理局新疆维吾尔自治区各地（州、市）分局；"
                 "各政策性银行新疆维吾尔自治区分行，各国有商业银行新疆维吾尔自治区分行，各股份制商业银行乌鲁木齐分行，"
                 "乌鲁木齐银行，昆仑银行，新疆维吾尔自治区农村信用社联合社：", indent=False)
    body("为贯彻落实《中国（新疆）自由贸易试验区总体方案》关于推进跨境人民币业务创新的要求，进一步便利自由贸易试验区内"
         "经营主体使用人民币开展跨境贸易和投资，服务丝绸之路经济带核心区建设，中国人民银行新疆维吾尔自治区分行、"
         "国家外汇管理局新疆维吾尔自治区分局制定了《中国（新疆）自由贸易试验区跨境人民币结算便利化业务操作规程》，"
         "现印发给你们，请认真贯彻执行。")
    body("各地（州、市）分行、分局要加强对辖内银行的政策指导，乌鲁木齐、喀什、伊犁哈萨克自治州等地分行要会同自由贸易试验区"
         "各片区管理机构，做好政策宣传解读和企业对接。各银行要于2026年3月1日前完成内部制度修订和系统改造，确保业务平稳开办。")
    body("执行中如遇问题，请及时向中国人民银行新疆维吾尔自治区分行(跨境人民币业务处)报告。")
    empty(doc, 2)
    # two organs side by side in a borderless layout table (one under each seal)
    lt = doc.add_table(rows=1, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, (x, y) in enumerate((("中国人民银行", "新疆维吾尔自治区分行"), ("国家外汇管理局", "新疆维吾尔自治区分局"))):
        c = lt.cell(0, ci)
        c.text = ""
        p = c.paragraphs[0]
        font(p.add_run(x), FS, 16)
        p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(y), FS, 16)
        p.alignment = C
        p.paragraph_format.line_spacing = Pt(28)
    widths(lt, [7.8, 7.8])
    empty(doc, 1)
    # date pushed right with tabs (default tab stops)
    add_par(doc, "\t\t\t\t\t\t\t\t2026年2月6日", indent=False)
    sp("（此件公开发布）")

    # ---------------------------- the 规程 itself, new page, no 附件 label
    page_break(doc)
    p = doc.add_paragraph()
    font(p.add_run("中国（新疆）自由贸易试验区跨境人民币"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("结算便利化业务操作规程"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    def section(t):
        add_par(doc, [(t, KT, 16, True)], align=C, indent=False)

    def article(no, text, items=(), breaks=False):
        clauses.append(no + "\u3000" + text + "".join(items))
        p = doc.add_paragraph()
        font(p.add_run(IND + no), HT, 16)
        font(p.add_run("\u3000" + text), FS, 16)
        if breaks:  # items typed with Shift+Enter inside the article's paragraph
            for it in items:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(IND + it), FS, 16)
        fmt(p, indent=False)
        if not breaks:
            for it in items:
                sp(it)

    chapter("第一章　总　　则")
    article("第一条", "为规范中国（新疆）自由贸易试验区（以下简称自贸试验区）跨境人民币结算便利化业务操作，推动人民币在中亚"
            "及共建“一带一路”国家和地区的使用，根据跨境人民币业务有关规定，制定本规程。")
    article("第二条", "本规程适用于在自贸试验区乌鲁木齐片区、喀什片区、霍尔果斯片区内设立的银行营业机构（以下简称试验区银行）"
            "为区内企业和个人办理的跨境人民币结算业务。")
    chapter("第二章　经常项目便利化")
    section("第一节　货物贸易和服务贸易")
    article("第三条", "试验区银行可以凭区内优质企业提交的收付款指令，直接办理货物贸易、服务贸易跨境人民币结算。"
            "优质企业名单由试验区银行自主确定，并于确定后5个工作日内报所在地中国人民银行分行备案。")
    article("第四条", "对于通过中欧（中亚）班列、公路口岸开展的过境贸易和转口贸易，试验区银行可以凭运单、"
            "仓单等电子单据办理结算。")
    section("第二节　边民互市贸易和外贸新业态")
    article("第五条", "试验区银行可以为霍尔果斯、喀什等地边民互市贸易进口商品落地加工企业和边民互助组办理跨境人民币结算，"
            "凭互市贸易交易服务平台推送的交易电子信息办理。")
    article("第六条", "试验区银行为跨境电子商务、市场采购贸易等外贸新业态办理跨境人民币结算，应当满足以下要求：", [
        "（一）与具备合法资质的支付机构、外贸综合服务企业签订合作协议，明确各方权利义务；",
        "（二）按照交易电子信息逐笔还原交易明细，确保资金流与交易信息一致；",
        "(三)单笔交易金额超过等值5万美元的，应当加强真实性审核。",
    ], breaks=True)
    chapter("第三章　资本项目便利化")
    article("第七条", "区内企业以人民币开展境外直接投资、外商直接投资的，试验区银行可以凭商务主管部门备案或者核准文件"
            "直接办理相关资金结算，并按规定办理登记。")
    article("第八条", "区内企业资本项目人民币收入在境内支付使用的，试验区银行可以凭企业提交的《跨境人民币结算收/付款说明》"
            "办理，不再要求企业事前逐笔提供真实性证明材料。")
    chapter("第四章　业务流程与时限")
    article("第九条", "试验区银行应当按照本规程附表所列流程办理便利化业务。资料齐全的，经常项目业务应当在当日办结，"
            "资本项目业务应当在2个工作日内办结。")
    article("第十条", "鼓励试验区银行接入人民币跨境支付系统（CIPS），与哈萨克斯坦、乌兹别克斯坦等国家银行"
            "建立人民币代理行关系。")
    chapter("第五章　监督管理")
    article("第十一条", "试验区银行应当于每月结束后5个工作日内，向所在地中国人民银行分行报送便利化业务开展情况。"
            "对违反本规程的试验区银行，可以暂停其便利化业务，并依法进行处理。")
    chapter("第六章　附　　则")
    article("第十二条", "本规程由中国人民银行新疆维吾尔自治区分行、国家外汇管理局新疆维吾尔自治区分局负责解释。")
    article("第十三条", "本规程自2026年3月1日起施行。")

    # 附表 with a two-level header, repeated header rows
    empty(doc, 1)
    add_par(doc, [("附表", HT, 16, False)], indent=False)
    add_par(doc, [("中国（新疆）自由贸易试验区跨境人民币结算便利化业务流程表", XBS, 18, False)],
            align=C, indent=False, line=30, after=6)
    top = ["序号", "项目", "业务类型", "企业提交材料", "银行审核要点", "办理时限"]
    keys = ["序号", "项目", "业务类型", "企业提交材料", "银行审核要点", "办理时限／便利化业务", "办理时限／非便利化业务"]
    rows = [
        ["1", "经常项目", "货物贸易收付", "收付款指令", "核对优质企业名单、指令要素", "当日", "1个工作日"],
        ["2", "经常项目", "服务贸易收付", "收付款指令", "核对优质企业名单、指令要素", "当日", "2个工作日"],
        ["3", "经常项目", "过境贸易、转口贸易", "收付款指令、运单或仓单电子信息", "审核贸易背景真实性、单据一致性", "当日", "2个工作日"],
        ["4", "经常项目", "边民互市贸易", "互市贸易交易服务平台交易电子信息", "核对边民身份及交易信息", "当日", "1个工作日"],
        ["5", "经常项目", "跨境电商、市场采购贸易", "交易电子信息", "逐笔还原交易明细，核对资金流与交易信息", "当日", "1个工作日"],
        ["6", "资本项目", "直接投资人民币结算", "商务主管部门备案或核准文件", "核对备案或核准文件，办理登记", "2个工作日", "5个工作日"],
        ["7", "资本项目", "资本项目人民币收入境内使用", "《跨境人民币结算收/付款说明》", "核对资金用途是否符合规定", "2个工作日", "5个工作日"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci in range(5):
        c = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(c, top[ci], HT, 10.5)
    c = t.cell(0, 5).merge(t.cell(0, 6))
    set_cell(c, "办理时限", HT, 10.5)
    set_cell(t.cell(1, 5), "便利化业务", HT, 10.5)
    set_cell(t.cell(1, 6), "非便利化业务", HT, 10.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.cell(ri, ci), v, FS, 10.5, align=L if ci in (3, 4) else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(keys, row)))
    c = t.cell(2, 1).merge(t.cell(6, 1))
    set_cell(c, "经常项目", FS, 10.5)
    c = t.cell(7, 1).merge(t.cell(8, 1))
    set_cell(c, "资本项目", FS, 10.5)
    widths(t, [1.2, 1.9, 2.6, 3.0, 3.1, 1.9, 1.9])
    note = "注：“当日”指银行收到完整资料的当个工作日，16:00以后收到的，顺延至下一个工作日。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)

    empty(doc, 2)
    banji(doc, ["抄送：中国人民银行宏观审慎管理局，国家外汇管理局经常项目管理司、资本项目管理司，自治区商务厅，乌鲁木齐海关。"],
          "中国人民银行新疆维吾尔自治区分行办公室", "2026年2月6日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国人民银行新疆维吾尔自治区分行国家外汇管理局新疆维吾尔自治区分局关于印发《中国（新疆）自由贸易试验区跨境人民币结算便利化业务操作规程》的通知",
            "doc_number": "新银发〔2026〕9号",
            "issuer": [ORG1, ORG2],
            "date": "2026-02-06",
            "published": None,
            "level": "provincial",
            "region": "新疆维吾尔自治区",
            "effective": "2026-03-01",
            "expires": None,
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["中国人民银行新疆维吾尔自治区各地（州、市）分行",
                           "国家外汇管理局新疆维吾尔自治区各地（州、市）分局",
                           "各政策性银行新疆维吾尔自治区分行", "各国有商业银行新疆维吾尔自治区分行",
                           "各股份制商业银行乌鲁木齐分行", "乌鲁木齐银行", "昆仑银行",
                           "新疆维吾尔自治区农村信用社联合社"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_qinzhou():
    stem = "blind895_qinzhou_qingshi"
    doc = Document()
    setup(doc, "hyphen")
    clauses = []

    def body(t, runs=None):
        clauses.append(t)
        add_par(doc, runs or t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    add_par(doc, [("中国人民银行钦州市分行", XBS, 40, False, RED, 90)],
            align=C, indent=False, line=56, before=30)
    empty(doc, 1)
    p = add_par(doc, [("钦银请〔2026〕3号", FS, 16, False), (" " * 24, FS, 16, False),
                      ("签发人：", FS, 16, False), ("韦志强", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ln in ("中国人民银行钦州市分行关于在中国（广西）", "自由贸易试验区钦州港片区开展跨境人民币",
               "结算便利化业务扩面试点的请示"):
        add_par(doc, [(ln, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "中国人民银行广西壮族自治区分行：", indent=False)
    body("为贯彻落实《中国（广西）自由贸易试验区总体方案》关于深化面向东盟的金融开放合作的要求，进一步发挥钦州港片区"
         "西部陆海新通道门户港作用，提升跨境人民币结算便利化水平，我行拟在中国（广西）自由贸易试验区钦州港片区"
         "（以下简称钦州港片区）开展跨境人民币结算便利化业务扩面试点。现将有关情况请示如下：")
    head("一、前期工作开展情况")
    body("我行认真落实《中国人民银行广西壮族自治区分行关于做好跨境人民币结算便利化业务有关工作的通知》（桂银发〔2024〕71号）"
         "要求，指导辖内银行有序开办便利化业务。截至2025年末，辖内6家银行开办便利化业务，纳入优质企业名单的企业87家，"
         "2025年全年办理便利化业务12468笔、金额386.52亿元，同比分别增长41.7%和36.2%，便利化业务金额占全市跨境人民币"
         "结算量的58.3%。其中，与东盟国家的便利化结算金额214.37亿元，占比55.5%。分银行情况见表1。")
    add_par(doc, [("表1　2025年钦州市跨境人民币结算便利化业务开展情况", HT, 14, False)], align=C, indent=False, before=6)
    p = add_par(doc, [("单位：家、笔、亿元", FS, 12, False)], align=R, indent=False, line=20)
    header = ["序号", "银行", "优质企业数", "业务笔数", "结算金额", "其中：东盟国家"]
    data = [
        ["1", "中国银行钦州分行", "28", "4856", "152.36", "89.72"],
        ["2", "中国工商银行钦州分行", "19", "2731", "87.41", "46.35"],
        ["3", "中国建设银行钦州分行", "14", "1988", "61.28", "33.10"],
        ["4", "中国农业银行钦州分行", "9", "1034", "29.74", "14.26"],
        ["5", "广西北部湾银行钦州分行", "11", "1267", "38.15", "22.47"],
        ["6", "交通银行钦州分行", "6", "592", "17.58", "8.47"],
        ["", "合计", "87", "12468", "386.52", "214.37"],
    ]
    t = doc.add_table(rows=1 + len(data), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(data, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12)
        if row[0]:
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    # 合计 row: 序号 and 银行 merged into one cell
    last = len(data)
    c = t.cell(last, 0).merge(t.cell(last, 1))
    set_cell(c, "合计", HT, 12)
    clauses.append("序号：合计；银行：合计；优质企业数：87；业务笔数：12468；结算金额：386.52；其中：东盟国家：214.37")
    widths(t, [1.3, 5.2, 2.2, 2.2, 2.2, 2.5])
    empty(doc, 1, line=14)
    head("二、存在的主要问题")
    runin("（一）便利化业务覆盖面仍然偏窄。", "目前优质企业名单主要集中在大型国有企业和龙头外贸企业，中小微外贸企业、"
          "西部陆海新通道物流企业仅20家，占名单企业的23.0%，大量具有真实贸易背景的中小企业仍需逐笔提交交易单证。")
    runin("（二）外贸新业态结算渠道不够畅通。", "钦州港片区跨境电商、海铁联运、保税燃料油加注等新业态发展较快，"
          "但相关业务尚未纳入便利化范围，企业反映资金结算环节多、到账慢。")
    head("三、扩面试点的主要内容")
    runin("（一）扩大优质企业范围。", "在现有优质企业标准基础上，适当放宽条件：")
    i1 = "1.将西部陆海新通道海铁联运物流企业、钦州港集装箱航运企业纳入优质企业遴选范围；"
    i2 = "2.对上一年度跨境人民币结算量不低于200万元、近两年无违法违规记录的中小微外贸企业，经银行评估后可纳入优质企业名单。"
    # two sub-items typed in one paragraph separated by a manual line break
    p = doc.add_paragraph()
    font(p.add_run(i1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + i2), FS, 16)
    fmt(p)
    clauses.extend([i1, i2])
    runin("（二）拓展便利化业务场景。", "将跨境电商、保税燃料油加注、国际航行船舶供应等业务纳入便利化范围，"
          "试点银行可以凭交易电子信息直接办理跨境人民币结算；支持试点银行为东盟国家来华留学、务工人员办理薪酬、"
          "学费等个人经常项下跨境人民币收付。")
    runin("（三）优化业务办理流程。", "试点银行对优质企业货物贸易、服务贸易跨境人民币结算实行“指令直办、事后抽查”，"
          "资料齐全的当日办结。具体试点流程见附件。")
    runin("（四）强化风险防控。", "试点银行按季开展事后抽查，抽查比例不低于5%；我行将依托人民币跨境收付信息管理系统"
          "（RCPMIS）加强异常交易监测，发现问题及时处置。")
    head("四、请示事项")
    body("恳请自治区分行同意我行在钦州港片区开展跨境人民币结算便利化业务扩面试点，试点期限为2026年4月1日至2027年3月31日。"
         "试点期间，我行将按季度向自治区分行报告试点进展情况，试点结束后及时报送总结评估报告。")
    add_par(doc, "妥否，请批示。")
    empty(doc, 1)
    add_par(doc, "附件：钦州港片区跨境人民币结算便利化业务扩面试点流程表")
    empty(doc, 2)
    add_par(doc, " " * 34 + "中国人民银行钦州市分行", indent=False)
    add_par(doc, " " * 36 + "二〇二六年三月九日", indent=False)
    add_par(doc, "（联系人：黄晓玲，联系电话：0777-2856317）")

    # 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("钦州港片区跨境人民币结算便利化业务", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("扩面试点流程表", XBS, 20, False)], align=C, indent=False, line=32, after=8)
    fh = ["序号", "阶段", "环节", "责任主体", "工作内容", "完成时限"]
    frows = [
        ["1", "试点准备", "制定试点方案", "钦州市分行", "制定扩面试点实施方案，明确试点银行、企业遴选标准和业务流程", "2026年4月15日前"],
        ["2", "试点准备", "确定试点银行", "钦州市分行", "遴选具备跨境人民币业务资格、已接入CIPS的银行参与试点", "2026年4月30日前"],
        ["3", "试点准备", "企业遴选和名单报备", "试点银行", "按照扩面标准遴选企业，建立优质企业名单并报钦州市分行备案", "2026年5月15日前"],
        ["4", "组织实施", "业务办理", "试点银行", "凭企业收付款指令或交易电子信息直接办理跨境人民币结算", "试点期间"],
        ["5", "组织实施", "信息报送", "试点银行", "按月报送便利化业务笔数、金额、国别分布及典型案例", "每月结束后5个工作日内"],
        ["6", "组织实施", "政策宣传", "钦州市分行、试点银行", "联合钦州港片区管委会开展“跨境人民币进万企”宣传活动", "试点期间"],
        ["7", "监测评估", "事后抽查", "试点银行", "按季抽查便利化业务，抽查比例不低于5%", "每季度"],
        ["8", "监测评估", "中期评估", "钦州市分行", "对试点成效和风险情况开展中期评估，形成评估报告报自治区分行", "2026年10月31日前"],
        ["9", "监测评估", "总结推广", "钦州市分行", "总结试点经验，提出复制推广建议", "2027年3月31日前"],
    ]
    t = doc.add_table(rows=1 + len(frows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(fh):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(frows, 1):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.cell(ri, ci), v, FS, 11, align=L if ci == 4 else C, line=16)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(fh, row)))
    for a, b, txt in ((1, 3, "试点准备"), (4, 6, "组织实施"), (7, 9, "监测评估")):
        c = t.cell(a, 1).merge(t.cell(b, 1))
        set_cell(c, txt, FS, 11)
        c.vertical_alignment = 1
    widths(t, [1.2, 1.9, 2.6, 2.4, 5.0, 2.5])
    empty(doc, 1, line=16)
    banji(doc, ["抄送：钦州市人民政府，钦州港片区管委会。"],
          "中国人民银行钦州市分行办公室", "2026年3月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国人民银行钦州市分行关于在中国（广西）自由贸易试验区钦州港片区开展跨境人民币结算便利化业务扩面试点的请示",
            "doc_number": "钦银请〔2026〕3号",
            "issuer": ["中国人民银行钦州市分行"],
            "date": "2026-03-09",
            "published": None,
            "level": "municipal",
            "region": "钦州市",
            "effective": None,
            "expires": None,
            "attachments": ["钦州港片区跨境人民币结算便利化业务扩面试点流程表"],
            "doc_type": "请示",
            "recipients": ["中国人民银行广西壮族自治区分行"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_xinjiang(), doc_qinzhou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
