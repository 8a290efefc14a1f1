# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 890: 一带一路沿线国家（地区）经贸代表处设立管理 — Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
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
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


PPR_AFTER_PBDR = ("shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
                  "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
                  "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
                  "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
                  "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")
TBLPR_AFTER_BORDERS = ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription")


def insert_ordered(parent, el, successors):
    """Insert el before the first child that must follow it (keeps the schema order Word wants)."""
    names = {qn("w:" + n) for n in successors}
    for child in parent:
        if child.tag in names:
            child.addprevious(el)
            return el
    parent.append(el)
    return el


def border(p, side="bottom", color="FF0000", sz=18, space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = insert_ordered(ppr, parse_xml('<w:pBdr %s/>' % nsdecls("w")), PPR_AFTER_PBDR)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                   % (side, nsdecls("w"), sz, space, color))
    order = ["top", "left", "bottom", "right", "between", "bar"]
    after = {qn("w:" + n) for n in order[order.index(side) + 1:]}
    for child in bdr:
        if child.tag in after:
            child.addprevious(el)
            break
    else:
        bdr.append(el)


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def _field_page(fp, size, name=SONG):
    r = fp.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, name, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, name, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), name, size)
    r5 = fp.add_run()
    font(r5, name, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, footer_style="dash"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.7), Cm(2.4)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    fp = s.footer.paragraphs[0]
    if footer_style == "dash":
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(fp.add_run("— "), SONG, 14)
        _field_page(fp, 14)
        font(fp.add_run(" —"), SONG, 14)
    else:  # clerk typed half-width hyphens, right aligned
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        font(fp.add_run("- "), SONG, 14)
        _field_page(fp, 14)
        font(fp.add_run(" -"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(t):
    insert_ordered(t._tbl.tblPr, parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")), TBLPR_AFTER_BORDERS)


def col_widths(t, widths):
    """Fix the grid so LibreOffice keeps the widths the clerk dragged."""
    t.autofit = False  # tblLayout fixed
    tbl = t._tbl
    for gc, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblw = tbl.tblPr.find(qn("w:tblW"))
    if tblw is not None:
        tblw.set(qn("w:type"), "dxa")
        tblw.set(qn("w:w"), str(int(Cm(sum(widths)).twips)))
    for tr in tbl.tr_lst:
        gi = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths[gi:gi + span]))
            gi += span


def banji(doc, cc, printer, date_txt, gap=2):
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_890", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": None, "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": None, "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
# 福建省商务厅 福建省人民政府外事办公室 联合印发 管理办法（通知 + 附件办法，章/条）
def doc_fujian():
    stem = "blind890_fujian_banfa"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    # joint red header: borderless table, organ names left, 文件 merged on the right
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_cell(t.cell(0, 0), "福建省商务厅", XBS, 26, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=34)
    set_cell(t.cell(1, 0), "福建省人民政府外事办公室", XBS, 26, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=34)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 40, color=RED, line=48)
    col_widths(t, [12.2, 3.4])
    empty(doc, 1, line=18)
    p = add_par(doc, "闽商务外经〔2026〕8号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    # title in three lines, wrapped inside the 《》 name
    for ln in ["福建省商务厅 福建省人民政府外事办公室", "关于印发《福建省在“一带一路”沿线国家",
               "（地区）设立经贸代表处管理办法》的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32,
                before=8 if ln.startswith("福建省商务厅") else 0)
    add_par(doc, "各设区市商务局，平潭综合实验区经济发展局，省直有关单位：", indent=False, before=6)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为进一步规范我省在“一带一路”沿线国家（地区）设立经贸代表处的管理,经省人民政府同意，现将《福建省在“一带一路”沿线国家（地区）设立经贸代表处管理办法》印发给你们，请认真贯彻执行。")
    body("各设区市要对已设立的境外经贸代表处进行梳理，于2026年4月30日前报送省商务厅（对外投资和经济合作处）。")
    empty(doc, 1, line=16)
    # 附件 line with a manual break and typed spaces for the hanging indent
    p = doc.add_paragraph()
    font(p.add_run(IND + "附件：福建省在“一带一路”沿线国家（地区）设立"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + "\u3000\u3000\u3000经贸代表处管理办法"), FS, 16)
    fmt(p, indent=False)
    empty(doc, 1, line=16)
    # joint 落款: two organs on one line with typed spaces, date right aligned
    p = add_par(doc, "    福建省商务厅            福建省人民政府外事办公室", indent=False)
    p.paragraph_format.keep_with_next = True
    p = add_par(doc, "2026年1月16日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件: the 办法 itself on a new page
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    p = doc.add_paragraph()
    font(p.add_run("福建省在“一带一路”沿线国家（地区）"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("设立经贸代表处管理办法"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34, before=10, after=10)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def article(no, text, items=(), extra=()):
        add_par(doc, [(no + "\u3000", HT, 16, False), (text, FS, 16, False)])
        for it in items:
            add_par(doc, it)
        for ex in extra:
            add_par(doc, ex)
        clauses.append(no + "\u3000" + text + "".join(items) + "".join(extra))

    chapter("第一章　总　　则")
    article("第一条", "为规范我省在“一带一路”沿线国家（地区）设立经贸代表处（以下简称代表处）的管理，根据国家有关规定，结合本省实际，制定本办法。")
    article("第二条", "本办法所称代表处，是指经省人民政府批准，由省商务厅或者设区市人民政府、平潭综合实验区管委会（以下统称设立单位）在“一带一路”沿线国家（地区）设立的非营利性经贸服务机构。")
    article("第三条", "省商务厅负责代表处的统筹规划、设立审核、业务指导和绩效评估；省外办负责外事审核、人员出国（境）管理和涉外安全指导；省财政厅按规定做好经费保障和监督。")
    chapter("第二章　设立条件和程序")
    article("第四条", "申请设立代表处，应当具备下列条件：", items=[
        "（一）驻在国家（地区）与我省经贸往来密切，近三年双边贸易额年均不低于5亿美元，或者我省企业在当地投资存量不低于3亿美元；",
        "（二）有稳定的经费来源，开办经费和首年运行经费已落实；",
        "（三）拟派驻人员熟悉经贸业务，具备相应外语能力；",
        "（四）同一国家（地区）已有省级代表处的，设区市不再单独设立。"])
    article("第五条", "设立单位应当向省商务厅提交设立申请、可行性研究报告和三年经费预算。省商务厅会同省外办在20个工作日内提出审核意见，报省人民政府审批。")
    chapter("第三章　职责和人员管理")
    article("第六条", "代表处主要履行下列职责：", items=[
        "（一）收集驻在国家（地区）经贸政策和市场信息，定期报送经贸动态；",
        "（二）开展招商引资和项目对接，推介我省投资环境；",
        "（三）为我省企业开拓当地市场、开展对外投资合作提供咨询服务；",
        "（四）设立单位交办的其他事项。"])
    article("第七条", "代表处不得从事营利性经营活动。派驻人员原则上不超过3人，每届任期一般为2年，最长不超过4年。")
    chapter("第四章　经费、评估和撤销")
    article("第八条", "代表处经费由设立单位纳入部门预算予以保障。省级财政对评估结果为“优秀”的设区市代表处，可按规定给予每年不超过50万元的运行经费补助。")
    article("第九条", "代表处应当于每年1月31日前报送上年度工作报告。省商务厅每年组织开展绩效评估，评估结果分为优秀、良好、合格、不合格四个等次。")
    article("第十条", "代表处有下列情形之一的，报省人民政府批准后予以撤销：", items=[
        "（一）连续两年评估结果为不合格的；",
        "（二）驻在国家（地区）发生重大安全风险，不具备继续运行条件的；",
        "（三）设立单位申请撤销的。"],
            extra=["代表处撤销后，设立单位应当在6个月内完成人员撤回、资产处置和注销登记等工作。"])
    chapter("第五章　附　　则")
    article("第十一条", "本办法由省商务厅、省外办负责解释。")
    article("第十二条", "本办法自2026年3月1日起施行，有效期至2031年2月28日。《福建省驻境外经贸代表处管理暂行办法》（闽商务外经〔2019〕21号）同时废止。")

    banji(doc, "抄送：商务部对外投资和经济合作司，省人民政府办公厅，省财政厅。",
          "福建省商务厅办公室", "2026年1月16日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="福建省商务厅 福建省人民政府外事办公室关于印发《福建省在“一带一路”沿线国家（地区）设立经贸代表处管理办法》的通知",
            doc_number="闽商务外经〔2026〕8号",
            issuer=["福建省商务厅", "福建省人民政府外事办公室"],
            date="2026-01-16",
            level="provincial",
            region="福建省",
            effective="2026-03-01",
            expires="2031-02-28",
            attachments=["福建省在“一带一路”沿线国家（地区）设立经贸代表处管理办法"],
            doc_type="通知",
            recipients=["各设区市商务局", "平潭综合实验区经济发展局", "省直有关单位"],
            publicity="此件主动公开",
            repeals="《福建省驻境外经贸代表处管理暂行办法》（闽商务外经〔2019〕21号）",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 昆明市商务局 请示（上行文，特急，签发人，附件预算表含合并表头）
def doc_kunming():
    stem = "blind890_kunming_qingshi"
    doc = Document()
    setup(doc, "hyphen")
    clauses = []

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("昆明市商务局文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56)
    empty(doc, 1)
    p = add_par(doc, [("昆商务请〔2026〕9号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("赵立新", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("昆明市商务局关于在老挝万象设立昆明市驻"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("老挝经贸代表处的请示"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "云南省商务厅：", indent=False)

    # this clerk indents with typed full-width spaces, not with paragraph indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)], indent=False)

    body("为深入贯彻落实共建“一带一路”倡议，发挥中老铁路大通道作用，推动我市与老挝经贸合作提质升级，根据《云南省在“一带一路”沿线国家（地区）设立经贸代表处管理办法》（云商规〔2025〕3号）有关规定，经市人民政府同意，我局拟在老挝人民民主共和国首都万象市设立昆明市驻老挝经贸代表处。现将有关情况请示如下：")
    head("一、设立的必要性")
    t1 = "中老铁路2021年12月开通运营以来，昆明作为中老铁路国内段起点，与老挝经贸往来日益密切。2025年，昆明市与老挝双边贸易额达到12.6亿美元，同比增长23.4%；我市企业在老挝投资项目47个，协议投资额8.3亿美元，涉及矿产开发、农业种植、物流仓储、商贸服务等领域。"
    t2 = "目前，我市在老挝尚无常设经贸服务机构，企业在当地开展投资合作面临信息不对称、政策咨询渠道少、纠纷协调难等问题，设立代表处十分必要。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)  # Shift+Enter instead of a new paragraph
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False)
    clauses.extend([t1, t2])
    head("二、代表处基本情况")
    runin("（一）机构名称。", "昆明市驻老挝经贸代表处（英文名称：Kunming Trade Representative Office in Lao PDR）。")
    runin("（二）驻在地点。", "老挝万象赛色塔综合开发区，拟租赁办公用房约200平方米。")
    runin("（三）机构性质。", "代表处为非营利性经贸服务机构，由我局负责日常管理和业务指导，接受中国驻老挝大使馆经济商务处的指导。")
    runin("（四）人员编制。", "拟派驻工作人员3名，其中首席代表1名（由我局处级干部担任）、工作人员2名；另聘用当地雇员2名。")
    runin("（五）主要职责。", "收集老挝经贸政策和市场信息，开展招商引资和项目对接，为昆明企业赴老挝投资经营提供咨询服务，协助组织经贸交流活动。")
    head("三、经费保障")
    body("代表处开办经费及2026-2028年运行经费共计274.0万元，由市财政纳入我局部门预算予以保障，具体见附件。")
    head("四、风险防控")
    body("我局将严格按照驻在国法律法规和外事纪律要求，建立代表处安全风险评估和应急处置机制，定期向省商务厅报送工作情况，确保代表处规范有序运行。")
    add_par(doc, IND + "妥否，请批示。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：昆明市驻老挝经贸代表处2026—2028年经费预算表", indent=False)
    empty(doc, 3)
    # 落款 typed with spaces
    add_par(doc, " " * 42 + "昆明市商务局", indent=False)
    add_par(doc, " " * 40 + "2026年2月9日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（联系人：李慧敏；联系电话:0871-63196527）", indent=False)

    # ---------------- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("昆明市驻老挝经贸代表处2026—2028年经费预算表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("单位：万元", FS, 14, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)

    rows = [
        ["开办费", "45.0", "—", "—", "办公设备购置、装修及注册登记"],
        ["办公场所租赁", "18.0", "18.0", "19.0", "约200平方米"],
        ["人员经费", "32.5", "34.0", "35.0", "派驻人员3名、当地雇员2名"],
        ["业务活动费", "15.0", "18.0", "20.0", "招商推介、展会、调研"],
        ["日常运转费", "6.0", "6.5", "7.0", "水电、通讯、交通等"],
        ["合计", "116.5", "76.5", "81.0", "三年合计274.0"],
    ]
    keys = ["支出项目", "预算金额／2026年", "预算金额／2027年", "预算金额／2028年", "备注"]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "支出项目", HT, 12)
    b = t.cell(0, 1).merge(t.cell(0, 3))
    set_cell(b, "预算金额", HT, 12)
    for i, y in enumerate(["2026年", "2027年", "2028年"]):
        set_cell(t.cell(1, 1 + i), y, HT, 12)
    c = t.cell(0, 4).merge(t.cell(1, 4))
    set_cell(c, "备注", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci == 4 else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    col_widths(t, [3.2, 2.2, 2.2, 2.2, 5.6])
    note = "注：境外支出按1美元兑换7.10元人民币测算，实际执行中按规定据实结算。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    banji(doc, "抄送：昆明市人民政府外事办公室，市财政局。", "昆明市商务局办公室", "2026年2月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="昆明市商务局关于在老挝万象设立昆明市驻老挝经贸代表处的请示",
            doc_number="昆商务请〔2026〕9号",
            issuer=["昆明市商务局"],
            date="2026-02-09",
            level="municipal",
            region="昆明市",
            attachments=["昆明市驻老挝经贸代表处2026—2028年经费预算表"],
            doc_type="请示",
            recipients=["云南省商务厅"],
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 乌鲁木齐市商务局公告（评估结果，表格跨页“续表”，表注，中文数字日期）
def doc_urumqi():
    stem = "blind890_urumqi_gonggao"
    doc = Document()
    setup(doc, "dash")
    clauses = []

    add_par(doc, [("乌鲁木齐市商务局公告", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=52, before=18)
    p = add_par(doc, "2026年第4号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    border(p, "bottom", "FF0000", 18, 10)
    empty(doc, 1)
    # title wrapped inside the quoted name
    add_par(doc, [("关于2025年度驻“一带一路”沿线国家", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("（地区）经贸代表处评估结果的公告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("根据《乌鲁木齐市驻“一带一路”沿线国家（地区）经贸代表处设立和管理办法》（乌政办规〔2023〕5号）规定，市商务局会同市外事办公室、市财政局，对我市在“一带一路”沿线国家（地区）设立的14家经贸代表处2025年度工作开展了评估。现将评估结果公告如下：")
    runin("一、评估总体情况。", "本次评估采取代表处自评、设立单位初评、第三方机构复核和专家评审相结合的方式，重点评估信息报送、招商引资、企业服务、内部管理等4个方面20项指标。经评估，14家代表处中，评估等次为“优秀”的4家、“良好”的6家、“合格”的3家、“不合格”的1家，具体结果见附件。")
    runin("二、撤销情况。", "乌鲁木齐市驻伊朗（德黑兰）经贸代表处连续两年评估等次为“不合格”，根据管理办法第十九条规定，经市人民政府同意，予以撤销。沙依巴克区人民政府应于2026年10月31日前完成人员撤回、资产处置和注销登记等工作。")
    add_par(doc, [("三、有关要求", HT, 16, False)])
    body("（一）各设立单位要认真对照评估反馈意见，督促代表处于2026年6月30日前完成问题整改，整改情况书面报送市商务局。")
    body("（二）评估等次为“优秀”的代表处，按规定给予2026年度运行经费补助每家30万元；评估等次为“合格”的代表处，由设立单位约谈首席代表，限期改进工作。")
    body("（三）各代表处要严格遵守驻在国法律法规和外事纪律，加强安全风险防范，按时报送经贸信息和工作动态。")
    add_par(doc, "特此公告。")
    empty(doc, 1)
    att = "2025年度驻“一带一路”沿线国家（地区）经贸代表处评估结果一览表"
    p = doc.add_paragraph()
    font(p.add_run("附件：2025年度驻“一带一路”沿线国家（地区）经贸"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000\u3000代表处评估结果一览表"), FS, 16)
    fmt(p)
    empty(doc, 2)
    # 落款 aligned with a centre tab stop, date in Chinese numerals
    for txt in ["乌鲁木齐市商务局", "二〇二六年四月十五日"]:
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12.0), WD_TAB_ALIGNMENT.CENTER)

    # ---------------- 附件: table split by hand, 续表 on the next page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2025年度驻“一带一路”沿线国家（地区）", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    add_par(doc, [("经贸代表处评估结果一览表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=6)

    header = ["序号", "代表处名称", "设立单位", "得分", "评估等次", "主要问题及改进建议"]
    rows = [
        ["1", "乌鲁木齐市驻哈萨克斯坦（阿拉木图）经贸代表处", "乌鲁木齐市商务局", "93.5", "优秀", "全年促成签约项目12个，建议加强与霍尔果斯口岸联动"],
        ["2", "乌鲁木齐市驻吉尔吉斯斯坦（比什凯克）经贸代表处", "乌鲁木齐市商务局", "91.2", "优秀", "企业服务满意度高，建议拓展农产品进口渠道"],
        ["3", "乌鲁木齐市驻乌兹别克斯坦（塔什干）经贸代表处", "乌鲁木齐经济技术开发区（头屯河区）管委会", "90.8", "优秀", "建议围绕中吉乌铁路建设储备物流项目"],
        ["4", "乌鲁木齐市驻俄罗斯（新西伯利亚）经贸代表处", "乌鲁木齐市商务局", "90.1", "优秀", "建议加强跨境结算政策研究"],
        ["5", "乌鲁木齐市驻塔吉克斯坦（杜尚别）经贸代表处", "乌鲁木齐高新技术产业开发区（新市区）管委会", "86.4", "良好", "项目跟踪台账不完整"],
        ["6", "乌鲁木齐市驻土库曼斯坦（阿什哈巴德）经贸代表处", "乌鲁木齐市商务局", "85.7", "良好", "经贸信息报送数量偏少"],
        ["7", "乌鲁木齐市驻巴基斯坦（伊斯兰堡）经贸代表处", "乌鲁木齐市商务局", "84.9", "良好", "安全风险应急预案需更新"],
        ["8", "乌鲁木齐市驻蒙古国（乌兰巴托）经贸代表处", "米东区人民政府", "83.0", "良好", "招商推介活动频次不足"],
        ["9", "乌鲁木齐市驻阿塞拜疆（巴库）经贸代表处", "中国（新疆）自由贸易试验区乌鲁木齐片区管委会", "82.6", "良好", "建议对接跨里海国际运输走廊项目"],
        ["10", "乌鲁木齐市驻格鲁吉亚（第比利斯）经贸代表处", "乌鲁木齐市商务局", "80.3", "良好", "当地雇员管理制度不健全"],
        ["11", "乌鲁木齐市驻土耳其（伊斯坦布尔）经贸代表处", "乌鲁木齐国际陆港区管委会", "76.8", "合格", "企业服务事项办结率偏低"],
        ["12", "乌鲁木齐市驻白俄罗斯（明斯克）经贸代表处", "乌鲁木齐市商务局", "74.2", "合格", "年度工作计划完成率不足80%"],
        ["13", "乌鲁木齐市驻阿联酋（迪拜）经贸代表处", "天山区人民政府", "71.5", "合格", "经费支出凭证不规范"],
        ["14", "乌鲁木齐市驻伊朗（德黑兰）经贸代表处", "沙依巴克区人民政府", "55.6", "不合格", "全年未正常开展业务"],
    ]
    widths = [1.0, 4.4, 3.8, 1.3, 1.6, 4.1]

    def table(part):
        t = doc.add_table(rows=1 + len(part), cols=len(header))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, HT, 10.5, line=16)
        repeat_header(t.rows[0])
        for ri, row in enumerate(part, 1):
            t.rows[ri]._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
            for ci, v in enumerate(row):
                set_cell(t.rows[ri].cells[ci], v, FS, 10.5, line=16,
                         align=WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 2, 5) else WD_ALIGN_PARAGRAPH.CENTER)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
        col_widths(t, widths)
        return t

    table(rows[:9])
    page_break(doc)
    add_par(doc, [("续表", HT, 14, False)], indent=False)
    table(rows[9:])
    n1 = "注：1.评估总分100分，90分（含）以上为优秀，80分（含）至90分为良好，60分（含）至80分为合格，60分以下为不合格。"
    n2 = "2.驻土耳其（伊斯坦布尔）经贸代表处2025年6月完成首席代表轮换，部分指标按实际运行时间折算。"
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=4)
    p = add_par(doc, [(n2, FS, 12, False)], indent=False, line=20)
    p.paragraph_format.left_indent = Pt(24)
    clauses.extend([n1, n2])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="关于2025年度驻“一带一路”沿线国家（地区）经贸代表处评估结果的公告",
            doc_number="2026年第4号",
            issuer=["乌鲁木齐市商务局"],
            date="2026-04-15",
            level="municipal",
            region="乌鲁木齐市",
            attachments=[att],
            doc_type="公告",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_fujian(), doc_kunming(), doc_urumqi()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
