# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 891: 外商投资企业年度报告（联合年报）公示工作 — 市场监管局、商务局联合发文.

Writes three Word files, their PDFs (LibreOffice) and expected.json into this directory.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
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
    """runs: list of (text, font, size, bold[, color]) or a plain str (仿宋三号)."""
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
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


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
    # footer page number "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = C
    font(fp.add_run("— "), SONG, 14)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = fp.add_run()
        font(r, SONG, 14)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        gi = 0
        for tc in row._tr.findall(qn("w:tc")):
            span = tc.grid_span
            w = sum(widths_cm[gi:gi + span])
            gi += span
            tc.get_or_add_tcPr()
            tcw = tc.tcPr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tc.tcPr.insert(0, tcw)
            tcw.set(qn("w:w"), str(int(Cm(w).twips)))
            tcw.set(qn("w:type"), "dxa")


def banji(doc, cc, printer, date_txt, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap, line=20)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)  # right tab
    p2.paragraph_format.left_indent = Pt(14)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_891", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [880]


def make_numbering(doc, lvl_text, first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, lvl_text, first))
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


CN = "一二三四五六七八九十"


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
# 浙江省市场监管局 + 省商务厅 联合红头"文件"，附件1 填报事项表（合并单元格、重复表头、表注），
# 一、用 Word 自动编号；（一）楷体小标题；落款用无框表格并排；版记在附件后。
def doc_zhejiang():
    stem = "blind891_zj_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    # joint 版头: borderless table, two organ names left, 文件 right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "浙江省市场监督管理局", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    set_cell(t.cell(1, 0), "浙江省商务厅", XBS, 30, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    wj = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(wj, "文件", XBS, 42)
    for cell in (t.cell(0, 0), t.cell(1, 0), wj):
        for r in cell.paragraphs[0].runs:
            r.font.color.rgb = RED
        cell.paragraphs[0].paragraph_format.line_spacing = Pt(46)
    col_widths(t, [11.6, 4.0])
    p = add_par(doc, "浙市监信〔2026〕3号", align=C, indent=False, before=18)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ("浙江省市场监督管理局 浙江省商务厅",
                 "关于做好2025年度外商投资企业年度报告",
                 "公示工作的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市市场监督管理局，各设区市商务局，中国（浙江）自由贸易试验区各片区管委会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)])
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为贯彻落实《中华人民共和国外商投资法》《企业信息公示暂行条例》《外商投资信息报告办法》有关规定，深化年度报告“多报合一”改革，做好我省2025年度外商投资企业年度报告（以下简称年报）公示工作，现将有关事项通知如下：")
    head("报送对象和时限")
    runin("（一）报送对象。", "2025年12月31日前在我省各级市场监管部门登记注册的外商投资企业（含外商投资合伙企业）及其分支机构，应当于2026年1月1日至6月30日，通过国家企业信用信息公示系统（浙江）报送2025年度年报，并向社会公示。2026年新设立登记的企业，自2027年起报送年报。")
    runin("（二）多报合一。", "企业报送年报时，一并报送外商投资信息报告年度报告和境内直接投资存量权益登记信息，不再另行向商务、外汇管理部门报送。")
    head("填报内容和操作要点")
    runin("（一）填报内容。", "具体填报事项见附件。其中，从业人数以及经营和资产状况信息由企业自主选择是否向社会公示。")
    runin("（二）操作要点。", "企业登录国家企业信用信息公示系统（浙江），选择“企业信息填报”栏目，使用电子营业执照或者联络员手机验证码登录，按以下步骤办理：")
    body("1．核对企业登记基本信息，如有变化须先依法办理变更登记；")
    body("2．逐项填写年报内容，涉及外商投资信息报告的事项应当与商务主管部门已掌握的信息保持一致；")
    body("3．预览、确认无误后点击“提交并公示”，系统自动将相关数据推送至商务、外汇管理部门。")
    runin("（三）更正和补报。", "已公示的年报信息有误的，企业可于6月30日前自行更正，更正前后的信息同时公示。")
    head("工作要求")
    runin("（一）加强协同配合。", "各地市场监管部门和商务主管部门要建立年报工作会商机制，每月共享年报报送进度和外商投资企业名录数据，共同做好宣传和督促提醒工作。")
    runin("（二）突出重点服务。", "各地要聚焦中国（浙江）自由贸易试验区各片区、国家级经济技术开发区以及共建“一带一路”国家和地区投资者设立的企业，开展“一对一”年报辅导，提供中英文填报提示，确保全省外商投资企业年报率不低于95%。")
    runin("（三）强化结果运用。", "对未按期报送年报的外商投资企业，市场监管部门依法将其列入经营异常名录；商务主管部门依据《外商投资信息报告办法》有关规定责令其限期补报。各设区市于2026年7月15日前将年报工作总结分别报送省市场监管局、省商务厅。")
    body("联系人：省市场监管局信用监督管理处　林晓雯，0571-89761235；省商务厅外国投资管理处　方志远，0571-87705561。")
    add_par(doc, "附件：2025年度外商投资企业年度报告填报事项表", before=14)
    empty(doc, 1)
    # 落款: borderless 2x2 table, two organs side by side, date under the right one
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "浙江省市场监督管理局", FS, 16)
    set_cell(t.cell(0, 1), "浙江省商务厅", FS, 16)
    set_cell(t.cell(1, 1), "2026年1月9日", FS, 16)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件1
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2025年度外商投资企业年度报告填报事项表", XBS, 20, False)], align=C,
            indent=False, line=32, after=8)
    rows = [
        ["1", "企业基本信息", "企业通信地址、邮政编码、联系电话、电子邮箱", "是", "√", "√"],
        ["2", "企业基本信息", "从业人数", "企业选择", "√", "—"],
        ["3", "投资者及出资信息", "投资者名称、国别（地区）", "是", "√", "√"],
        ["4", "投资者及出资信息", "认缴和实缴出资额、出资时间、出资方式", "是", "√", "√"],
        ["5", "投资者及出资信息", "股权转让等股权变更信息", "是", "√", "—"],
        ["6", "经营和资产状况", "资产总额、负债总额、所有者权益合计", "企业选择", "√", "√"],
        ["7", "经营和资产状况", "营业总收入、主营业务收入", "企业选择", "√", "—"],
        ["8", "经营和资产状况", "利润总额、净利润、纳税总额", "企业选择", "√", "—"],
        ["9", "外商投资信息", "最终实际控制人信息", "否", "√", "—"],
        ["10", "外商投资信息", "是否涉及外商投资准入特别管理措施", "否", "√", "—"],
        ["11", "境内直接投资存量权益", "外方股东持股比例、外方所有者权益", "否", "—", "√"],
        ["12", "境内直接投资存量权益", "与境外关联方的应收、应付款项", "否", "—", "√"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(["序号", "填报模块", "填报事项", "是否向社会公示"]):
        m = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(m, h, HT, 12)
    m = t.cell(0, 4).merge(t.cell(0, 5))
    set_cell(m, "共享部门", HT, 12)
    set_cell(t.cell(1, 4), "商务主管部门", HT, 12)
    set_cell(t.cell(1, 5), "外汇管理部门", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    headers = ["序号", "填报模块", "填报事项", "是否向社会公示", "共享部门／商务主管部门",
               "共享部门／外汇管理部门"]
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            if ci == 1:
                continue
            set_cell(t.cell(ri, ci), v, FS, 12, line=17,
                     align=L if ci == 2 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    # vertical merges of 填报模块
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][1] != rows[start][1]:
            m = t.cell(2 + start, 1)
            if i - 1 > start:
                m = m.merge(t.cell(2 + i - 1, 1))
            set_cell(m, rows[start][1], FS, 12, line=17)
            start = i
    col_widths(t, [1.0, 3.2, 5.6, 2.0, 2.0, 2.0])
    notes = ["注：1．“企业选择”是指由企业自主选择是否向社会公示，企业选择不公示的，相关信息仅供政府部门共享使用。",
             "2．“√”表示该事项数据同步共享至相应部门，“—”表示不共享。"]
    for i, n in enumerate(notes):
        p = add_par(doc, [(n, FS, 12, False)], indent=False, line=20, before=4 if i == 0 else 0)
        if i:
            p.paragraph_format.left_indent = Pt(36)
        clauses.append(n)

    banji(doc, "抄送：市场监管总局，商务部，国家外汇管理局浙江省分局。",
          "浙江省市场监督管理局办公室", "2026年1月9日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="浙江省市场监督管理局 浙江省商务厅关于做好2025年度外商投资企业年度报告公示工作的通知",
            doc_number="浙市监信〔2026〕3号",
            issuer=["浙江省市场监督管理局", "浙江省商务厅"],
            date="2026-01-09",
            level="provincial",
            region="浙江省",
            attachments=["2025年度外商投资企业年度报告填报事项表"],
            doc_type="通知",
            recipients=["各设区市市场监督管理局", "各设区市商务局",
                        "中国（浙江）自由贸易试验区各片区管委会"],
            publicity="此件公开发布",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 苏州：印发操作指引的通知 + 指引（章、条），单行红色机关名版头（无“文件”），
# 文号手敲空格居中，条内项目用 Shift+Enter 软回车、半角括号，落款空格对齐、汉字日期，
# 施行/有效期/废止条款，（此件主动公开），版记在全文末。
def doc_suzhou():
    stem = "blind891_sz_zhiyin"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("苏州市市场监督管理局\u3000苏州市商务局", XBS, 22, False, RED)], align=C,
            indent=False, line=40, before=6)
    p = add_par(doc, " " * 26 + "苏市监规〔2026〕2号", indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    for line in ("苏州市市场监督管理局 苏州市商务局",
                 "关于印发《苏州市外商投资企业年度报告",
                 "“多报合一”操作指引》的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县级市（区）市场监督管理局，各县级市（区）商务局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为深化外商投资企业年度报告“多报合一”改革，进一步便利企业报送，提升部门间数据共享质量，市市场监管局、市商务局联合制定了《苏州市外商投资企业年度报告“多报合一”操作指引》，现印发给你们，请结合实际认真贯彻执行。")
    body("各地在执行中遇到的问题，请及时分别向市市场监管局信用监督管理处（电话:0512-68732215）、市商务局外国投资管理处（电话:0512-68616072）反映。")
    add_par(doc, "附件：苏州市外商投资企业年度报告“多报合一”操作指引")
    empty(doc, 1)
    add_par(doc, " " * 10 + "苏州市市场监督管理局" + " " * 10 + "苏州市商务局", indent=False)
    add_par(doc, " " * 42 + "二〇二六年二月十日", indent=False)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件: the guide
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    p = doc.add_paragraph()
    font(p.add_run("苏州市外商投资企业年度报告"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("“多报合一”操作指引"), XBS, 22)
    fmt(p, align=C, indent=False, line=34, after=10)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    def article(no, text, extra=None):
        """extra: list of lines typed with Shift+Enter inside the same paragraph."""
        p = doc.add_paragraph()
        font(p.add_run(no), HT, 16)
        font(p.add_run("\u3000" + text), FS, 16)
        full = no + "\u3000" + text
        for ln in extra or []:
            p.add_run().add_break(WD_BREAK.LINE)
            font(p.add_run("\u3000\u3000" + ln), FS, 16)
            full += ln
        fmt(p)
        clauses.append(full)
        return p

    chapter("第一章　总　　则")
    article("第一条", "为规范外商投资企业年度报告（以下简称年报）“多报合一”工作，便利企业一次填报、多部门共享，根据《中华人民共和国外商投资法》《企业信息公示暂行条例》《外商投资信息报告办法》等规定，结合本市实际，制定本指引。")
    article("第二条", "本指引适用于在本市各级市场监督管理部门登记注册的外商投资企业、外商投资合伙企业及其分支机构（以下统称企业）的年报报送、公示和数据共享工作。")
    article("第三条", "市场监督管理部门负责年报的受理、公示及监督管理工作；商务主管部门负责外商投资信息报告年度报告数据的核对、统计和监督检查工作。双方建立数据共享和工作会商机制。")
    chapter("第二章　报送与填报")
    article("第四条", "企业应当于每年1月1日至6月30日，通过国家企业信用信息公示系统（江苏）报送上一年度年报。企业报送年报即视为同时报送外商投资信息报告年度报告。")
    article("第五条", "年报应当包括下列内容：", [
        "(一)企业通信地址、邮政编码、联系电话、电子邮箱等信息；",
        "(二)投资者名称、国别（地区）、认缴和实缴出资额、出资时间、出资方式等信息；",
        "(三)资产总额、负债总额、营业总收入、利润总额、纳税总额等经营和资产状况信息；",
        "(四)最终实际控制人、是否涉及外商投资准入特别管理措施等外商投资信息；",
        "(五)境内直接投资存量权益登记所需的外方所有者权益、外方持股比例等信息。",
    ])
    # second paragraph of 第五条 as its own Word paragraph; still part of the article
    add_par(doc, "前款第（三）项信息由企业选择是否向社会公示。")
    clauses[-1] += "前款第（三）项信息由企业选择是否向社会公示。"
    article("第六条", "企业应当对年报内容的真实性、及时性负责。企业填报的投资者、实际控制人等信息应当与报送商务主管部门的外商投资信息报告内容保持一致；不一致的，应当先依法办理变更登记或者报送变更报告。")
    article("第七条", "中国（江苏）自由贸易试验区苏州片区内企业可以使用年报“智能预填”功能，核对确认后提交。")
    chapter("第三章　公示与数据共享")
    article("第八条", "企业提交年报后，国家企业信用信息公示系统即时向社会公示。企业发现已公示信息有误的，可以在6月30日前更正，更正前后的信息同时公示。")
    article("第九条", "市场监督管理部门应当于每月10日前将上月年报数据推送至同级商务主管部门。商务主管部门应当重点监测共建“一带一路”国家和地区投资者、自由贸易试验区内企业的投资变化情况，发现数据异常的，于10个工作日内反馈市场监督管理部门。")
    chapter("第四章　监督管理")
    article("第十条", "企业未按照本指引第四条规定期限报送年报的，由市场监督管理部门依法列入经营异常名录；商务主管部门依据《外商投资信息报告办法》有关规定责令其限期补报。")
    article("第十一条", "市场监督管理部门和商务主管部门应当将年报信息纳入“双随机、一公开”部门联合抽查范围，按照不低于3%的比例开展外商投资信息报告和年报公示信息联合抽查。")
    chapter("第五章　附　　则")
    article("第十二条", "本指引由苏州市市场监督管理局、苏州市商务局负责解释。")
    article("第十三条", "本指引自2026年3月1日起施行，有效期至2031年2月28日。2023年3月印发的《苏州市外商投资企业年度报告工作指引（试行）》（苏市监规〔2023〕1号）同时废止。")
    banji(doc, "抄送：江苏省市场监督管理局，江苏省商务厅，市司法局。",
          "苏州市市场监督管理局办公室", "2026年2月10日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="苏州市市场监督管理局 苏州市商务局关于印发《苏州市外商投资企业年度报告“多报合一”操作指引》的通知",
            doc_number="苏市监规〔2026〕2号",
            issuer=["苏州市市场监督管理局", "苏州市商务局"],
            date="2026-02-10",
            level="municipal",
            region="苏州市",
            effective="2026-03-01",
            expires="2031-02-28",
            attachments=["苏州市外商投资企业年度报告“多报合一”操作指引"],
            doc_type="通知",
            recipients=["各县级市（区）市场监督管理局", "各县级市（区）商务局"],
            publicity="此件主动公开",
            repeals="《苏州市外商投资企业年度报告工作指引（试行）》（苏市监规〔2023〕1号）",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 厦门市海沧区：特急 紧急通知（进度表手工拆分“续表”+重复表头、表注、（一）自动编号、
# 落款放在文本框里）+ 同一文件中随后印出的公告（2026年第3号，附未报企业名单）。
def textbox_para(doc, lines, left_pt=200, width_pt=250, height_pt=96):
    """An anchor paragraph carrying a VML text box (as clerks do for 落款 over the seal)."""
    p = doc.add_paragraph()
    fmt(p, indent=False)
    inner = ""
    for ln in lines:
        inner += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
                  '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
                  '<w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
                  ).format(f=FS, t=ln)
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
           '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="LuokuanBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="position:absolute;margin-left:%dpt;margin-top:0pt;width:%dpt;height:%dpt;'
           'z-index:251659264;mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
           'filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent>'
           '</v:textbox></v:shape></w:pict></w:r>' % (left_pt, width_pt, height_pt, inner))
    p._p.append(parse_xml(xml))
    return p


def doc_haicang():
    stem = "blind891_hc_jinji"
    doc = Document()
    setup(doc)
    docs = []

    # ---------------------------------------------- C1 紧急通知
    clauses = []
    n_item = make_numbering(doc, "（%1）")
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    for org in ("厦门市海沧区市场监督管理局", "厦门市海沧区商务局"):
        add_par(doc, [(org, XBS, 30, False, RED)], align=WD_ALIGN_PARAGRAPH.DISTRIBUTE,
                indent=False, line=44)
    empty(doc, 1)
    p = add_par(doc, "海市监〔2026〕27号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ("厦门市海沧区市场监督管理局",
                 "厦门市海沧区商务局关于加快推进2025年度",
                 "外商投资企业年报公示工作的紧急通知"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各市场监督管理所，各街道办事处，区直有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def item(h, t):
        n = sum(1 for c in clauses if c.startswith("（")) + 1
        clauses.append("（%s）%s%s" % (CN[n - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("2025年度外商投资企业年度报告（以下简称年报）报送工作将于2026年6月30日截止。截至6月3日，全区应报外商投资企业1286户，已报送812户，年报率为63.1%，低于全市平均水平9.4个百分点，与市里下达的95%目标任务差距较大，时间紧、任务重。为确保按期完成年报工作，现就有关事项紧急通知如下：")
    add_par(doc, [("一、全区年报进度情况", HT, 16, False)])
    body("各市场监督管理所辖区外商投资企业年报进度如下：")
    headers = ["责任单位", "应报户数", "已报户数", "未报户数", "年报率"]
    rows = [
        ["海沧市场监督管理所", "312", "221", "91", "70.8"],
        ["新阳市场监督管理所", "268", "174", "94", "64.9"],
        ["东孚市场监督管理所", "195", "108", "87", "55.4"],
        ["嵩屿市场监督管理所", "146", "97", "49", "66.4"],
        ["海沧保税港区市场监督管理所", "221", "124", "97", "56.1"],
        ["马銮湾新城市场监督管理所", "144", "88", "56", "61.1"],
        ["合计", "1286", "812", "474", "63.1"],
    ]
    add_par(doc, [("表1\u3000各市场监督管理所外商投资企业年报进度表", HT, 14, False)], align=C,
            indent=False, line=24)
    add_par(doc, [("（截至2026年6月3日，单位：户、%）", KT, 12, False)], align=R, indent=False,
            line=20)

    def part_table(part):
        t = doc.add_table(rows=1 + len(part), cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ci, h in enumerate(headers):
            set_cell(t.cell(0, ci), h, HT, 12)
        for ri, row in enumerate(part, 1):
            for ci, v in enumerate(row):
                set_cell(t.cell(ri, ci), v, HT if row[0] == "合计" else FS, 12)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
        col_widths(t, [6.4, 2.3, 2.3, 2.3, 2.3])
        return t

    part_table(rows[:4])
    # clerk split the table by hand and typed 续表 above the second part
    add_par(doc, [("续表1", KT, 12, False)], indent=False, line=24)
    part_table(rows[4:])
    note = "注：年报率＝已报户数÷应报户数×100%。数据来源于国家企业信用信息公示系统（福建）后台统计。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    add_par(doc, [("二、重点工作要求", HT, 16, False)])
    item("开展集中攻坚。", "各市场监督管理所要对照未报企业清单，于6月20日前完成“电话＋短信＋上门”提醒全覆盖；对联络员失联的企业，通过登记住所、投资方境内联系人等渠道联系，逐户建立台账、销号管理。")
    item("做好重点企业服务。", "对共建“一带一路”国家和地区投资者设立的企业以及海沧保税港区内加工贸易企业，区商务局会同各市场监督管理所提供中英文填报指引和“帮办代办”服务，确保应报尽报。")
    item("加强数据核对。", "区商务局要对已报企业的外商投资信息报告内容进行核对，发现投资者、实际控制人信息与已报送信息不一致的，及时通知企业更正，并于6月25日前反馈核对结果。")
    item("严格依法处置。", "6月30日后仍未报送年报的企业，由各市场监督管理所依法列入经营异常名录；区商务局依据《外商投资信息报告办法》有关规定责令其限期补报，并纳入年度重点监管企业名单。")
    body_h = "三、按时报送进度。"
    body_t = "自即日起至6月30日，各市场监督管理所每周三下午5时前将年报进度及未报企业处置情况报送区市场监管局信用监管股（联系人：陈静怡，电话：0592-6893217）。"
    add_par(doc, [(body_h, HT, 16, False), (body_t, FS, 16, False)])
    clauses.append(body_h + body_t)
    textbox_para(doc, ["厦门市海沧区市场监督管理局", "厦门市海沧区商务局", "2026年6月5日"],
                 height_pt=110)
    empty(doc, 4)
    banji(doc, "抄送：厦门市市场监督管理局，厦门市商务局，海沧区人民政府办公室。",
          "厦门市海沧区市场监督管理局办公室", "2026年6月5日印发", gap=1)
    docs.append({
        "meta": meta(
            title="厦门市海沧区市场监督管理局厦门市海沧区商务局关于加快推进2025年度外商投资企业年报公示工作的紧急通知",
            doc_number="海市监〔2026〕27号",
            issuer=["厦门市海沧区市场监督管理局", "厦门市海沧区商务局"],
            date="2026-06-05",
            level="county",
            region="厦门市海沧区",
            doc_type="通知",
            recipients=["各市场监督管理所", "各街道办事处", "区直有关单位"],
        ),
        "clauses": clauses,
    })

    # ---------------------------------------------- C2 公告
    page_break(doc)
    clauses = []
    p = doc.add_paragraph()
    font(p.add_run("厦门市海沧区市场监督管理局"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("厦门市海沧区商务局关于督促外商投资企业"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("报送2025年度年度报告的公告"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    add_par(doc, [("（2026年第3号）", KT, 16, False)], align=C, indent=False, before=6)
    empty(doc, 1)
    IND = "\u3000\u3000"  # indents typed as full-width spaces in this part

    def body2(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    body2("根据《企业信息公示暂行条例》《外商投资信息报告办法》等规定，外商投资企业应当于每年1月1日至6月30日报送上一年度年度报告。经查，截至2026年6月5日，仍有部分外商投资企业未报送2025年度年度报告。现将有关事项公告如下：")
    body2("一、请附件所列企业于2026年6月30日前登录国家企业信用信息公示系统（福建）报送2025年度年度报告。企业报送年度报告即同时完成外商投资信息报告年度报告和境内直接投资存量权益登记信息的报送。")
    body2("二、逾期仍未报送的，市场监督管理部门将依法将其列入经营异常名录，并通过国家企业信用信息公示系统向社会公示；商务主管部门将依法责令其限期补报。")
    body2("三、已经办理注销登记或者在本公告发布前已报送年度报告的企业，不受本公告影响。企业对名单有异议的，可以向所在地市场监督管理所提出。")
    body2("咨询电话：区市场监管局信用监管股 0592-6893217；区商务局外资外经科 0592-6051836。")
    add_par(doc, IND + "特此公告。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：海沧区未报送2025年度年度报告外商投资企业名单（第一批）", indent=False)
    empty(doc, 2)
    p = add_par(doc, "厦门市海沧区市场监督管理局\u3000\u3000厦门市海沧区商务局", align=R,
                indent=False)
    p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "2026年6月8日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(80)
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("海沧区未报送2025年度年度报告外商投资企业名单", XBS, 20, False)], align=C,
            indent=False, line=32)
    add_par(doc, [("（第一批）", KT, 16, False)], align=C, indent=False)
    empty(doc, 1, line=14)
    headers = ["序号", "企业名称", "统一社会信用代码", "管辖市场监督管理所"]
    rows = [
        ["1", "厦门锐翎精密模具有限公司", "91350205MA31K7QX2P", "新阳市场监督管理所"],
        ["2", "厦门沧澜汇通国际物流有限公司", "91350205MA2Y8LTN4H", "海沧保税港区市场监督管理所"],
        ["3", "厦门澳岚食品有限公司", "91350205MA34F1RW6C", "东孚市场监督管理所"],
        ["4", "厦门屿晟新材料科技有限公司", "91350205MA8T3E9K1B", "嵩屿市场监督管理所"],
        ["5", "厦门鑫銮泰贸易有限公司", "91350205MA8UG2PL5X", "马銮湾新城市场监督管理所"],
        ["6", "凯泓电子（厦门）有限公司", "91350205MA33NB7D8U", "海沧市场监督管理所"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(headers):
        set_cell(t.cell(0, ci), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 10.5 if ci == 2 else 12, align=L if ci == 1 else C)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, row)))
    col_widths(t, [1.3, 5.2, 5.3, 4.0])
    docs.append({
        "meta": meta(
            title="厦门市海沧区市场监督管理局厦门市海沧区商务局关于督促外商投资企业报送2025年度年度报告的公告",
            doc_number="2026年第3号",
            issuer=["厦门市海沧区市场监督管理局", "厦门市海沧区商务局"],
            date="2026-06-08",
            level="county",
            region="厦门市海沧区",
            attachments=["海沧区未报送2025年度年度报告外商投资企业名单（第一批）"],
            doc_type="公告",
        ),
        "clauses": clauses,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_zhejiang(), doc_suzhou(), doc_haicang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
