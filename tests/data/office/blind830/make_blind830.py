# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 830: 跨境人民币结算便利化（人民银行分支机构，自贸区）— Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.section import WD_ORIENT, WD_SECTION
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

expected = {}


# ------------------------------------------------------------------ helpers
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
    else:
        pf.first_line_indent = Pt(0)
    return p


def add_par(doc, runs, **kw):
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        if text == "\n":
            p.add_run().add_break(WD_BREAK.LINE)
        else:
            font(p.add_run(text), name, size, bold, color)
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


def setup(doc, dash="—"):
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
    fp.alignment = C
    font(fp.add_run(dash + " "), SONG, 14)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, 14)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(" " + dash), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(part), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(t, widths):
    """Fixed layout: set tblGrid and every cell's tcW (respecting gridSpan)."""
    tbl = t._tbl
    tblpr = tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for tr in tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths[col:col + span]))
            col += span


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt, size=14):
    empty(doc, 1)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_830", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ====================================================================== DOC A
def doc_hainan():
    """海南：红头文件，人行省分行通知，正文表格 + 附件自评表。"""
    stem = "blind830_hainan_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("中国人民银行海南省分行文件", XBS, 32, False, RED)],
            align=C, indent=False, line=50)
    empty(doc, 1)
    p = add_par(doc, [("琼银发〔2025〕186号", FS, 16, False)], align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs, wrapped at odd places
    for t in ("中国人民银行海南省分行关于进一步推进",
              "海南自由贸易港跨境人民币业务便利化",
              "有关事项的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "国家开发银行海南省分行，各政策性银行海南省分行，各国有商业银行海南省分行，"
                 "各股份制商业银行海口分行，海南银行，各农村商业银行，各外资银行海口分行：",
            indent=False)

    def body(t, lead=None):
        clauses.append((lead or "") + t)
        runs = []
        if lead:
            runs.append((lead, KT, 16, False))
        runs.append((t, FS, 16, False))
        add_par(doc, runs)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    body("为贯彻落实《海南自由贸易港建设总体方案》和《中国人民银行 国家外汇管理局关于进一步优化跨境人民币政策 "
         "支持稳外贸稳外资的通知》（银发〔2020〕330号）精神，提升海南自由贸易港贸易投资人民币结算便利化水平，"
         "现就有关事项通知如下：")
    head("一、优质企业名单条件")
    body("申请纳入跨境人民币业务便利化优质企业名单（以下简称优质企业名单）的企业，应当同时符合以下条件：", "（一）基本条件。")
    body("1.在海南省内依法注册并实际经营，近两年内无跨境业务相关行政处罚记录。")
    body("2.上一年度跨境人民币实际收付金额不低于1000万元。")
    body("3.满足下列条件之一：（1）海关高级认证企业（AEO）；（2）货物贸易外汇管理分类为A类；"
         "（3）纳税信用等级为A级或B级；（4）重点园区总部企业或高新技术企业。")
    body("4．设有专门的跨境业务管理人员，能够如实、完整提供业务资料。")
    body("企业向主办银行提交《海南自由贸易港跨境人民币业务便利化优质企业条件自评表》（见附件），"
         "银行在10个工作日内完成评估，结果于每月5日前报中国人民银行海南省分行备案。"
         "企业发生违法违规行为或不再符合条件的，银行应当在5个工作日内将其移出名单。",
         "（二）名单管理。")
    head("二、业务办理要点")
    body("对优质企业货物贸易、服务贸易跨境人民币结算，银行可凭《跨境人民币结算收/付款说明》或收付款指令直接办理，"
         "无需事前逐笔审核交易单证。具体要点见下表。", "（一）简化单证审核。")
    # table with repeated header row
    hdr = ["序号", "业务类型", "企业提交材料", "银行审核要点"]
    rows = [
        ["1", "货物贸易跨境人民币结算", "收付款指令或《跨境人民币结算收/付款说明》",
         "核对收付款人名称、金额与经营范围相符，事后抽查交易单证"],
        ["2", "服务贸易跨境人民币结算", "收付款指令或《跨境人民币结算收/付款说明》",
         "单笔等值5万美元以上的对外支付，按规定查验税务备案表"],
        ["3", "新型离岸国际贸易结算", "收付款指令及合同或订单等简化材料",
         "关注交易背景真实性及资金流、货物流匹配情况"],
        ["4", "资本项目人民币收入境内使用", "《资本项目人民币收入支付使用说明》",
         "资金用途符合规定，不得用于法律法规禁止的用途"],
    ]
    add_par(doc, [("表1　便利化业务办理要点", HT, 14, False)], align=C, indent=False, line=24, before=4)
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 10.5)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=C if ci == 0 else L)
            t.rows[ri].cells[ci].paragraphs[0].paragraph_format.line_spacing = Pt(16)
        clauses.append(row_clause(hdr, row))
    col_widths(t, [1.3, 3.5, 4.7, 6.1])
    note = "注：银行认为必要的，仍可要求优质企业补充提供相关交易单证。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    body("银行应当通过人民币跨境收付信息管理系统（RCPMIS）及时、准确报送便利化业务信息，并按要求进行标识。",
         "（二）做好信息报送。")
    head("三、工作要求")
    body("各银行要按照“展业三原则”制定操作规程，每季度按不低于5%的比例对便利化业务开展事后抽查，"
         "发现异常的应当及时报告。")
    body("本通知自2026年1月1日起施行。执行中如遇问题，请及时向中国人民银行海南省分行跨境人民币业务管理处反映"
         "（联系人：符晓东，联系电话：0898-66758231）。")
    empty(doc, 1)
    # 附件 list aligned with full-width spaces (clerk style)
    add_par(doc, "附件：海南自由贸易港跨境人民币业务便利化优质企业条件自评表", indent=True)
    empty(doc, 1, line=20)
    p = add_par(doc, "中国人民银行海南省分行", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2025年11月20日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）", indent=True)

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    p = add_par(doc, [("海南自由贸易港跨境人民币业务便利化", XBS, 20, False), ("\n", None, 0, False),
                      ("优质企业条件自评表", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    hdr2 = ["序号", "评价项目", "自评情况", "证明材料"]
    rows2 = [
        ["1", "在海南省内依法注册登记并实际经营", "□是　□否", "营业执照复印件"],
        ["2", "近两年内无跨境业务相关行政处罚记录", "□是　□否", "企业书面承诺"],
        ["3", "上一年度跨境人民币实际收付金额不低于1000万元", "□达到　□未达到", "银行出具的收付证明"],
        ["4", "海关高级认证企业（AEO）", "□是　□否", "海关认证证书复印件"],
        ["5", "货物贸易外汇管理分类", "□A类　□B类　□C类", "无需提供（由银行查询）"],
        ["6", "纳税信用等级", "□A级　□B级　□其他", "纳税信用等级证明"],
        ["7", "重点园区总部企业或高新技术企业", "□是　□否", "相关认定文件"],
        ["8", "设有专门跨境业务管理人员", "□是　□否", "人员名单及联系方式"],
    ]
    t = doc.add_table(rows=1 + len(rows2), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr2):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows2, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 1 else C)
        clauses.append(row_clause(hdr2, row))
    col_widths(t, [1.4, 6.2, 4.2, 3.8])
    empty(doc, 1, line=16)
    s1 = "企业承诺：以上填报内容真实、准确、完整，如有不实，愿承担相应责任。"
    add_par(doc, [(s1, FS, 14, False)], indent=True, line=26)
    clauses.append(s1)
    empty(doc, 1)
    s2 = "企业（盖章）：　　　　　　　　　法定代表人（签字）："
    add_par(doc, [(s2, FS, 14, False)], indent=True, line=26)  # signature blanks: not clauses
    s3 = "年　　月　　日"
    p = add_par(doc, [(s3, FS, 14, False)], align=R, indent=False, line=26)
    p.paragraph_format.right_indent = Pt(42)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国人民银行海南省分行关于进一步推进海南自由贸易港跨境人民币业务便利化有关事项的通知",
            "doc_number": "琼银发〔2025〕186号",
            "issuer": ["中国人民银行海南省分行"],
            "date": "2025-11-20",
            "published": None,
            "level": "provincial",
            "region": "海南省",
            "effective": "2026-01-01",
            "expires": None,
            "attachments": ["海南自由贸易港跨境人民币业务便利化优质企业条件自评表"],
            "doc_type": "通知",
            "recipients": ["国家开发银行海南省分行", "各政策性银行海南省分行", "各国有商业银行海南省分行",
                           "各股份制商业银行海口分行", "海南银行", "各农村商业银行", "各外资银行海口分行"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== DOC B
def no_borders(t):
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def doc_xiamen():
    """厦门：联合行文（人行+外汇局），印发实施细则（章/条），附件申请表。"""
    stem = "blind830_xiamen_xize"
    doc = Document()
    setup(doc, dash="-")
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    # joint 版头 typed in a borderless table: two organ names left, 文件 right (merged)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.rows[0].cells[0], "中国人民银行厦门市分行", XBS, 26, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED)
    set_cell(t.rows[1].cells[0], "国家外汇管理局厦门市分局", XBS, 26, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, color=RED)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    set_cell(m, "文件", XBS, 40, color=RED)
    for row in t.rows:
        for c in row.cells:
            c.paragraphs[0].paragraph_format.line_spacing = Pt(36)
    col_widths(t, [11.9, 3.7])
    p = add_par(doc, [("厦银发〔2026〕15号", FS, 16, False)], align=C, indent=False, before=6)
    border(p, "bottom", "FF0000", 24, 8)
    # title: one paragraph with manual line breaks at odd places
    add_par(doc, [("中国人民银行厦门市分行 国家外汇管理局厦门", XBS, 20, False), ("\n", None, 0, False),
                  ("市分局关于印发《中国（福建）自由贸易试验区", XBS, 20, False), ("\n", None, 0, False),
                  ("厦门片区跨境人民币业务便利化实施细则》的通知", XBS, 20, False)],
            align=C, indent=False, line=30, before=12, after=8)
    add_par(doc, "各银行业金融机构厦门分支机构，厦门市各地方法人银行：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为推进中国（福建）自由贸易试验区厦门片区（以下简称厦门片区）跨境人民币业务便利化，"
         "现将《中国（福建）自由贸易试验区厦门片区跨境人民币业务便利化实施细则》印发给你们，请认真遵照执行。")
    add_par(doc, "附件：1．中国（福建）自由贸易试验区厦门片区跨境人民币业务便利化实施细则", indent=True)
    add_par(doc, "　　　2．厦门片区跨境人民币业务便利化优质企业名单申请表", indent=True)
    empty(doc, 1, line=14)
    # joint 落款 on one line, positions done with spaces
    add_par(doc, "中国人民银行厦门市分行      国家外汇管理局厦门市分局", indent=False, align=C)
    p = add_par(doc, "2026年2月10日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件公开发布）", indent=True)

    # ---- 附件1: the rule
    p = add_par(doc, [("附件1", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("中国（福建）自由贸易试验区厦门片区", XBS, 22, False), ("\n", None, 0, False),
                  ("跨境人民币业务便利化实施细则", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1, line=14)

    def chap(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    def art(no, t, items=None, soft=False):
        lead = no + "　"
        full = lead + t + ("".join(items) if items else "")
        clauses.append(full)
        if items and soft:
            runs = [(lead, HT, 16, False), (t, FS, 16, False)]
            for it in items:
                runs += [("\n", None, 0, False), (it, FS, 16, False)]
            add_par(doc, runs)
        else:
            add_par(doc, [(lead, HT, 16, False), (t, FS, 16, False)])
            for it in items or []:
                add_par(doc, it)

    chap("第一章　总　则")
    art("第一条", "为提升厦门片区贸易投资人民币结算便利化水平，根据《中华人民共和国中国人民银行法》等有关规定，制定本细则。")
    art("第二条", "本细则适用于在厦门片区注册的企业，以及为其提供跨境人民币结算服务的厦门地区银行业金融机构（以下简称银行）。")
    chap("第二章　优质企业名单")
    art("第三条", "申请纳入优质企业名单的企业，应当同时符合下列条件：",
        ["(一)近两年内无跨境业务违法违规记录；",
         "(二)上一年度跨境人民币收付金额不低于500万元；",
         "(三)货物贸易外汇管理分类为A类或为海关高级认证企业。"], soft=True)
    art("第四条", "企业向主办银行提交《厦门片区跨境人民币业务便利化优质企业名单申请表》（见附件2），"
        "银行在10个工作日内完成评估，并报中国人民银行厦门市分行备案。名单每年复评一次。")
    chap("第三章　业务办理")
    art("第五条", "银行为优质企业办理货物贸易、服务贸易跨境人民币结算，可按下列方式简化办理：",
        ["(一)凭收付款指令或《跨境人民币结算收/付款说明》直接办理；",
         "(二)同一合同项下的多笔收付款可合并办理。"])
    art("第六条", "银行应当按照不低于5%的比例对便利化业务开展事后抽查，并通过人民币跨境收付信息管理系统（RCPMIS）报送信息。")
    chap("第四章　附　则")
    art("第七条", "本细则由中国人民银行厦门市分行、国家外汇管理局厦门市分局负责解释。")
    art("第八条", "本细则自2026年3月1日起施行，有效期至2029年2月28日。《中国人民银行厦门市中心支行关于印发"
        "〈中国（福建）自由贸易试验区厦门片区跨境人民币业务便利化试点办法〉的通知》（厦银发〔2021〕58号）同时废止。")

    # ---- 附件2: wide table, clerk inserts a section break and turns the page landscape
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
    sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("厦门片区跨境人民币业务便利化优质企业名单申请表", XBS, 18, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("填报银行（盖章）：", FS, 12, False)], indent=False, line=22)
    top = ["序号", "企业名称", "统一社会信用代码", "上年度跨境收付金额（万元）", "", "符合条件", "联系人及电话"]
    sub = ["人民币", "外币折人民币"]
    t = doc.add_table(rows=3, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci in (0, 1, 2, 5, 6):
        m = t.rows[0].cells[ci].merge(t.rows[1].cells[ci])
        set_cell(m, top[ci], HT, 12)
    m = t.rows[0].cells[3].merge(t.rows[0].cells[4])
    set_cell(m, top[3], HT, 12)
    set_cell(t.rows[1].cells[3], sub[0], HT, 12)
    set_cell(t.rows[1].cells[4], sub[1], HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    sample = ["示例", "厦门象屿海通供应链有限公司", "91350200MA2Y8K3L6P", "2860.5", "1420.0",
              "第三条第（一）（二）（三）项", "陈静，0592-5208817"]
    for ci, v in enumerate(sample):
        set_cell(t.rows[2].cells[ci], v, FS, 12)
    col_widths(t, [1.4, 4.2, 5.4, 2.4, 2.4, 3.4, 3.3])
    hdr_keys = ["序号", "企业名称", "统一社会信用代码", "上年度跨境收付金额（万元）／人民币",
                "上年度跨境收付金额（万元）／外币折人民币", "符合条件", "联系人及电话"]
    clauses.append(row_clause(hdr_keys, sample))
    empty(doc, 1, line=14)
    for n in ("填表说明：1.本表由企业主办银行汇总填报，一式两份，一份报中国人民银行厦门市分行，一份银行留存；",
              "2.“符合条件”栏填写企业符合本细则第三条的具体项目；",
              "3.申请企业应同时提交营业执照复印件、海关认证或外汇管理分类证明等材料。"):
        add_par(doc, [(n, FS, 12, False)], indent=False, line=22)
        clauses.append(n)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国人民银行厦门市分行 国家外汇管理局厦门市分局关于印发《中国（福建）自由贸易试验区厦门片区"
                     "跨境人民币业务便利化实施细则》的通知",
            "doc_number": "厦银发〔2026〕15号",
            "issuer": ["中国人民银行厦门市分行", "国家外汇管理局厦门市分局"],
            "date": "2026-02-10",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-03-01",
            "expires": "2029-02-28",
            "attachments": ["中国（福建）自由贸易试验区厦门片区跨境人民币业务便利化实施细则",
                            "厦门片区跨境人民币业务便利化优质企业名单申请表"],
            "doc_type": "通知",
            "recipients": ["各银行业金融机构厦门分支机构", "厦门市各地方法人银行"],
            "publicity": "此件公开发布",
            "repeals": "《中国人民银行厦门市中心支行关于印发〈中国（福建）自由贸易试验区厦门片区跨境人民币业务便利化试点办法〉的通知》"
                       "（厦银发〔2021〕58号）",
        },
        "clauses": clauses,
    }]
    return path


# ====================================================================== DOC C
def doc_qingdao():
    """青岛：上行文报告，份号+密级，签发人，两级表头表格手工拆分续表。"""
    stem = "blind830_qingdao_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    SP = "    "  # clerk indents body paragraphs with four half-width spaces

    add_par(doc, [("000035", SONG, 16, False)], indent=False, line=24)
    add_par(doc, [("秘密★1年", HT, 16, False)], indent=False, line=24)
    add_par(doc, [("中国人民银行青岛市分行", XBS, 36, False, RED)],
            align=C, indent=False, line=56, before=12)
    empty(doc, 1)
    p = add_par(doc, [("青银报〔2026〕9号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("王立新", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("中国人民银行青岛市分行关于中国（山东）", XBS, 22, False), ("\n", None, 0, False),
                  ("自由贸易试验区青岛片区跨境人民币业务", XBS, 22, False), ("\n", None, 0, False),
                  ("便利化工作开展情况的报告", XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "中国人民银行山东省分行：", indent=False)

    def body(t, lead=None):
        clauses.append((lead or "") + t)
        runs = [(SP, FS, 16, False)]
        if lead:
            runs.append((lead, KT, 16, True))
        runs.append((t, FS, 16, False))
        add_par(doc, runs, indent=False)

    def head(t):
        add_par(doc, [(SP + t, HT, 16, False)], indent=False)

    body("根据《中国人民银行山东省分行关于报送自由贸易试验区跨境人民币业务开展情况的通知》（鲁银发〔2026〕21号）要求，"
         "现将中国（山东）自由贸易试验区青岛片区（以下简称青岛片区）跨境人民币业务便利化工作开展情况报告如下：")
    head("一、基本情况")
    body("2025年，青岛片区跨境人民币结算量1286.4亿元，同比增长18.7%，占片区本外币跨境收支的39.2%，较上年提高4.1个百分点。"
         "截至2025年末，辖内18家银行将217家企业纳入跨境人民币业务便利化优质企业名单，全年为优质企业办理便利化业务2.36万笔、"
         "金额684.9亿元。主要银行业务开展情况见表1。")

    keys = ["序号", "银行名称", "优质企业数量（家）", "便利化业务办理情况／笔数（笔）",
            "便利化业务办理情况／金额（亿元）", "便利化业务办理情况／占本行片区结算量比重（%）"]
    data = [
        ["1", "中国银行青岛市分行", "46", "5830", "172.6", "52.3"],
        ["2", "中国工商银行青岛市分行", "38", "4120", "126.3", "55.1"],
        ["3", "中国建设银行青岛市分行", "29", "3050", "89.7", "49.8"],
        ["4", "中国农业银行青岛市分行", "21", "2260", "61.8", "56.4"],
        ["5", "交通银行青岛分行", "17", "1870", "52.4", "51.7"],
        ["6", "招商银行青岛分行", "15", "1640", "47.5", "58.2"],
        ["7", "青岛银行", "24", "2410", "68.2", "54.6"],
        ["8", "汇丰银行（中国）有限公司青岛分行", "9", "780", "23.1", "47.9"],
        ["9", "其他10家银行", "18", "1640", "43.3", "50.2"],
        ["", "合计", "217", "23600", "684.9", "53.2"],
    ]

    def part_table(rows):
        t = doc.add_table(rows=2 + len(rows), cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ci, h in ((0, "序号"), (1, "银行名称"), (2, "优质企业数量（家）")):
            m = t.rows[0].cells[ci].merge(t.rows[1].cells[ci])
            set_cell(m, h, HT, 12)
        m = t.rows[0].cells[3].merge(t.rows[0].cells[5])
        set_cell(m, "便利化业务办理情况", HT, 12)
        for ci, h in ((3, "笔数（笔）"), (4, "金额（亿元）"), (5, "占本行片区结算量比重（%）")):
            set_cell(t.rows[1].cells[ci], h, HT, 12)
        for ri, row in enumerate(rows, 2):
            if row[0] == "":
                for ci in range(1, 6):
                    set_cell(t.rows[ri].cells[ci], row[ci], HT, 12)
                clauses.append(row_clause(keys[1:], row[1:]))  # 序号 cell left blank
            else:
                for ci, v in enumerate(row):
                    set_cell(t.rows[ri].cells[ci], v, FS, 12, align=L if ci == 1 else C)
                clauses.append(row_clause(keys, row))
        col_widths(t, [1.2, 5.4, 2.2, 2.2, 2.2, 2.6])
        return t

    add_par(doc, [("表1　2025年青岛片区主要银行跨境人民币便利化业务开展情况", HT, 14, False)],
            align=C, indent=False, before=6)
    part_table(data[:5])
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], align=L, indent=False)
    part_table(data[5:])
    note = "注：比重为便利化业务金额占该行青岛片区跨境人民币结算量的比重；数据来源于人民币跨境收付信息管理系统（RCPMIS）。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    head("二、主要做法")
    body("制定《青岛片区跨境人民币业务便利化优质企业名单管理工作指引》，明确名单准入、复评、退出标准，"
         "指导银行将海关高级认证企业、货物贸易外汇管理A类企业优先纳入名单。", "（一）建立名单分级管理机制。")
    body("组织银行与青岛海关、市商务局开展数据共享，推动“跨境金融服务平台”出口信保保单融资、报关信息核验等应用场景落地，"
         "优质企业平均单笔业务办理时间由2小时压缩至20分钟以内。", "（二）推动政银数据共享。")
    body("聚焦“一带一路”沿线和上合组织国家，联合中国—上海合作组织地方经贸合作示范区开展政策宣讲36场，"
         "覆盖企业1200余家，首次办理跨境人民币业务的“首办户”新增183家。", "（三）加强政策宣传推广。")
    head("三、存在的问题")
    body("一是部分中小银行对便利化业务尽职审查把握不准，存在“不敢办、不愿办”现象；二是新型离岸国际贸易结算占比偏低，"
         "全年仅办理41.6亿元。")
    head("四、下一步工作安排")
    body("力争2026年末优质企业名单扩大至300家，将更多“专精特新”外贸企业纳入名单。", "（一）扩大名单覆盖面。")
    body("在风险可控前提下，支持银行为真实合规的新型离岸国际贸易提供高效便捷的跨境人民币结算服务。", "（二）深化离岸贸易结算便利化。")
    body("督促银行落实事后抽查要求，对便利化业务开展专项检查，严防虚假贸易和违规跨境资金流动。", "（三）强化风险监测。")
    add_par(doc, [(SP + "以上报告，请审阅。", FS, 16, False)], indent=False)  # closing formula, not a clause
    empty(doc, 1)
    add_par(doc, " " * 36 + "中国人民银行青岛市分行", indent=False)
    add_par(doc, " " * 38 + "二〇二六年四月十五日", indent=False)
    banji(doc, "抄送：国家外汇管理局青岛市分局，青岛市商务局，中国（山东）自由贸易试验区青岛片区管委会。",
          "中国人民银行青岛市分行办公室", "2026年4月15日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国人民银行青岛市分行关于中国（山东）自由贸易试验区青岛片区跨境人民币业务便利化工作开展情况的报告",
            "doc_number": "青银报〔2026〕9号",
            "issuer": ["中国人民银行青岛市分行"],
            "date": "2026-04-15",
            "published": None,
            "level": "municipal",
            "region": "青岛市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["中国人民银行山东省分行"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hainan(), doc_xiamen(), doc_qingdao()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
