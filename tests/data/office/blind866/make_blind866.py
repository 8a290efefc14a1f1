# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 866: 自贸试验区营商环境评价指标体系及评价结果（评估报告摘要，含打分表）.

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
IND = "\u3000\u3000"
CN = "一二三四五六七八九十"

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


def setup(doc, footer_style="dash"):
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
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER if footer_style == "dash" else WD_ALIGN_PARAGRAPH.RIGHT
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


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def col_widths(table, widths_cm):
    """Set grid + every tc width (LibreOffice reads w:tblGrid), fixed layout."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for tr in table._tbl.tr_lst:
        ci = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[ci:ci + span]))
            ci += span


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    if cc:
        p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        border(p, "top", "000000", 8, 4)
        border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    if not cc:
        border(p2, "top", "000000", 8, 4)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_866", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering -------------------------------------------
_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text))
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


# ---- VML text box (as clerks do for the 落款 block) ------------------------
_tb_id = [1025]


def textbox(p, lines, left_pt, width_pt, height_pt):
    _tb_id[0] += 1
    inner = ""
    for txt in lines:
        inner += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="520" w:lineRule="exact"/></w:pPr>'
                  '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
                  '<w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
                  ).format(f=FS, t=txt)
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox%d" o:spid="_x0000_s%d" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:0pt;width:%dpt;height:%dpt;z-index:251659264;'
        'mso-position-horizontal-relative:text;mso-position-vertical-relative:text" filled="f" stroked="f">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>'
        % (nsdecls("w"), _tb_id[0], _tb_id[0], left_pt, width_pt, height_pt, inner))
    p._p.append(parse_xml(xml))


def meta(title, doc_number, issuer, date, level, region, doc_type, recipients,
         attachments=(), publicity=None, effective=None, expires=None, repeals=None, published=None):
    return {"title": title, "doc_number": doc_number, "issuer": list(issuer), "date": date,
            "published": published, "level": level, "region": region, "effective": effective,
            "expires": expires, "attachments": list(attachments), "doc_type": doc_type,
            "recipients": list(recipients), "publicity": publicity, "repeals": repeals}


# =================================================================== DOC A
def doc_hubei():
    """Joint 通知 of three provincial departments issuing the 指标体系 (attachment with merged table)."""
    stem = "blind866_hubei_zhibiao"
    doc = Document()
    setup(doc)
    clauses = []

    # joint red 版头 as a borderless table: three organ names left, 文件 merged on the right
    t = doc.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    for i, name in enumerate(["湖北省商务厅", "湖北省发展和改革委员会", "湖北省市场监督管理局"]):
        c = t.rows[i].cells[0]
        set_cell(c, name, XBS, 26, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        c.paragraphs[0].paragraph_format.line_spacing = Pt(40)
    m = t.cell(0, 1).merge(t.cell(2, 1))
    set_cell(m, "文件", XBS, 48, color=RED)
    col_widths(t, [11.5, 4.0])
    empty(doc, 1)
    p = add_par(doc, "鄂商务发〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ["湖北省商务厅等3部门关于印发", "《中国（湖北）自由贸易试验区营商环境",
                 "评价指标体系（试行）》的通知"]:
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各有关市人民政府，省直有关单位，中国（湖北）自由贸易试验区各片区管委会：", indent=False)

    n_head = make_numbering(doc, "%1、")

    def body(t_):
        clauses.append(t_)
        add_par(doc, t_)

    def head(t_):
        p_ = add_par(doc, [(t_, HT, 16, False)], first=Pt(32))
        apply_num(p_, n_head)

    def runin_list():
        nid = make_numbering(doc, "（%1）")
        cnt = [0]

        def item(h, t_):
            cnt[0] += 1
            clauses.append("（%s）%s%s" % (CN[cnt[0] - 1], h, t_))
            p_ = add_par(doc, [(h, KT, 16, False), (t_, FS, 16, False)], first=Pt(32))
            apply_num(p_, nid)
        return item

    body("为深入贯彻党中央、国务院关于实施自由贸易试验区提升战略的决策部署，落实《优化营商环境条例》和《湖北省优化营商环境条例》，以评促改、以评促优，持续打造市场化、法治化、国际化一流营商环境，省商务厅、省发展改革委、省市场监管局在总结2022年以来评价工作经验的基础上，研究制定了《中国（湖北）自由贸易试验区营商环境评价指标体系（试行）》（以下简称《指标体系》），经省人民政府同意，现印发给你们，请结合实际认真贯彻落实。")
    head("评价范围和对象")
    body("评价范围为中国（湖北）自由贸易试验区武汉片区、襄阳片区、宜昌片区，以及经省人民政府批准设立的7个联动创新区。评价对象为各片区管委会及联动创新区所在地人民政府，省直有关部门在自贸试验区内的履职情况一并纳入评价。")
    head("评价方式和周期")
    item = runin_list()
    item("坚持年度评价。", "评价每年开展一次，评价周期为上一年度1月1日至12月31日，原则上于每年3月底前完成评价并通报结果。")
    item("坚持多元评价。", "采取片区自评、部门评价、第三方评估和企业满意度调查相结合的方式，其中第三方评估和企业满意度调查结果权重合计不低于40%。企业满意度调查样本量每个片区不少于300户，外商投资企业占比不低于15%。")
    item("坚持结果运用。", "评价结果分为优秀（90分及以上）、良好（80分至89.9分）、一般（70分至79.9分）和较差（70分以下）四个等次，作为省级自贸试验区专项资金分配、改革试点事项安排和年度目标考核的重要依据。")
    head("工作要求")
    item = runin_list()
    item("加强组织领导。", "各片区管委会要高度重视营商环境评价工作，明确责任部门和专人，按要求如实报送评价数据和佐证材料。对弄虚作假、干预评价的，一经查实，相应指标按零分计，并予以通报批评。")
    item("强化整改落实。", "对评价中发现的问题，各片区要建立问题清单、责任清单、整改清单，在评价结果通报后30日内将整改方案报省商务厅（省自贸办）。")
    item("做好动态调整。", "省商务厅将会同省发展改革委、省市场监管局，根据国家营商环境评价体系变化和自贸试验区改革任务进展情况，适时对《指标体系》进行修订完善。")
    body("《指标体系》自2026年3月1日起施行，有效期至2028年2月29日。《中国（湖北）自由贸易试验区营商环境评价办法（试行）》（鄂商务发〔2022〕15号）同时废止。")
    empty(doc, 1)
    add_par(doc, "附件：中国（湖北）自由贸易试验区营商环境评价指标体系（试行）")
    empty(doc, 2)
    # joint 落款 typed with spaces
    add_par(doc, "湖北省商务厅" + "\u3000" * 6 + "湖北省发展和改革委员会", indent=False).paragraph_format.left_indent = Pt(48)
    empty(doc, 1)
    add_par(doc, "湖北省市场监督管理局", indent=False).paragraph_format.left_indent = Pt(48)
    p = add_par(doc, "2026年1月20日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件1
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("中国（湖北）自由贸易试验区", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("营商环境评价指标体系", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("（试行）", KT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    body("本指标体系由5项一级指标、14项二级指标构成，满分100分。各二级指标按评分标准计分，一级指标得分为所属二级指标得分之和。")

    H = ["一级指标", "二级指标", "分值（分）／一级", "分值（分）／二级", "评价内容及评分标准"]
    data = [
        ("政务环境", "25", [
            ("政务服务便利度", "9", "“一网通办”事项网上可办率、企业开办时间等。网上可办率达到98%的得满分，每低1个百分点扣0.5分。"),
            ("审批制度改革", "8", "“证照分离”改革和告知承诺制落实情况。一般社会投资项目审批时间超过30个工作日的，每超过5个工作日扣1分。"),
            ("政务诚信", "8", "政府失信违约和拖欠企业账款清理情况。发生政府失信违约案件的，每件扣2分，扣完为止。"),
        ]),
        ("市场环境", "20", [
            ("市场准入", "7", "两张负面清单落实情况，经营主体登记注销便利度。设置隐性壁垒的，每项扣2分。"),
            ("公平竞争", "7", "公平竞争审查制度落实情况。抽查政策措施审查合格率达到100%的得满分。"),
            ("要素保障", "6", "用地、用电、用水、用气报装便利度和成本，人才服务保障情况。"),
        ]),
        ("法治环境", "15", [
            ("知识产权保护", "6", "知识产权快速维权机制运行情况，侵权纠纷案件平均处理周期。"),
            ("商事纠纷解决", "5", "商事案件平均审理天数，国际商事调解、仲裁机构运行情况。"),
            ("执法规范", "4", "“首违不罚”清单落实情况，涉企行政检查频次，行政复议纠错率。"),
        ]),
        ("开放环境", "25", [
            ("贸易便利化", "10", "进出口整体通关时间，国际贸易“单一窗口”主要业务应用率，中欧班列（武汉）运行效率。"),
            ("投资自由化", "8", "实际使用外资金额及增速，共建“一带一路”国家投资项目服务保障情况。"),
            ("跨境资金流动便利", "7", "跨境贸易投资高水平开放试点推进情况，跨境人民币结算量增速。"),
        ]),
        ("创新环境", "15", [
            ("制度创新成果", "8", "被国家部委复制推广的每项得2分，被省级复制推广的每项得1分，最高8分。"),
            ("企业满意度", "7", "由第三方机构开展问卷调查，满意度得分达到95分及以上的得满分。"),
        ]),
    ]
    nrows = 2 + sum(len(g[2]) for g in data) + 1
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-level header
    for ci in (0, 1, 4):
        c = t.cell(0, ci).merge(t.cell(1, ci))
        set_cell(c, H[ci], HT, 12)
    c = t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(c, "分值（分）", HT, 12)
    set_cell(t.cell(1, 2), "一级", HT, 12)
    set_cell(t.cell(1, 3), "二级", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    r = 2
    for g1, w1, subs in data:
        start = r
        for name, w2, std in subs:
            set_cell(t.cell(r, 1), name, FS, 12)
            set_cell(t.cell(r, 3), w2, FS, 12)
            set_cell(t.cell(r, 4), std, FS, 10.5, align=WD_ALIGN_PARAGRAPH.LEFT, line=15)
            clauses.append("%s：%s；%s：%s；%s：%s；%s：%s；%s：%s" % (
                H[0], g1, H[1], name, H[2], w1, H[3], w2, H[4], std))
            r += 1
        c = t.cell(start, 0).merge(t.cell(r - 1, 0))
        set_cell(c, g1, FS, 12)
        c = t.cell(start, 2).merge(t.cell(r - 1, 2))
        set_cell(c, w1, FS, 12)
    for ci, v in enumerate(["合计", "—", "100", "100", "—"]):
        set_cell(t.cell(r, ci), v, HT if ci == 0 else FS, 12)
    clauses.append("%s：合计；%s：—；%s：100；%s：100；%s：—" % tuple(H))
    col_widths(t, [2.4, 3.0, 1.3, 1.3, 7.6])
    note = "注：1.评价数据以统计、海关、税务等部门公开数据和片区报送数据为准；2.第三方评估由省商务厅通过政府采购方式确定的专业机构承担。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)

    banji(doc, "抄送：省人民政府办公厅，商务部办公厅。", "湖北省商务厅办公室", "2026年1月21日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            "湖北省商务厅等3部门关于印发《中国（湖北）自由贸易试验区营商环境评价指标体系（试行）》的通知",
            "鄂商务发〔2026〕7号",
            ["湖北省商务厅", "湖北省发展和改革委员会", "湖北省市场监督管理局"],
            "2026-01-20", "provincial", "湖北省", "通知",
            ["各有关市人民政府", "省直有关单位", "中国（湖北）自由贸易试验区各片区管委会"],
            attachments=["中国（湖北）自由贸易试验区营商环境评价指标体系（试行）"],
            publicity="此件公开发布", effective="2026-03-01", expires="2028-02-29",
            repeals="《中国（湖北）自由贸易试验区营商环境评价办法（试行）》（鄂商务发〔2022〕15号）"),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_guangxi():
    """上行文 报告 with 份号/特急, 签发人, 打分表 split by hand into 表1 + 续表1."""
    stem = "blind866_guangxi_baogao"
    doc = Document()
    setup(doc, footer_style="right")
    clauses = []

    add_par(doc, [("000036", HT, 16, False)], indent=False)
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("广西壮族自治区商务厅文件", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=18)
    empty(doc, 1)
    p = add_par(doc, [("桂商自贸报〔2026〕5号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("韦振宇", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    for line in ["广西壮族自治区商务厅关于中国（广西）自由", "贸易试验区2025年度营商环境评价结果的", "报告"]:
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "自治区人民政府：", indent=False)

    # this clerk indents with typed full-width spaces, no first-line indent
    def body(t_):
        clauses.append(t_)
        add_par(doc, IND + t_, indent=False)

    def head(t_):
        add_par(doc, [(IND + t_, HT, 16, False)], indent=False)

    def runin(h, t_, hf=KT):
        clauses.append(h + t_)
        add_par(doc, [(IND, FS, 16, False), (h, hf, 16, False), (t_, FS, 16, False)], indent=False)

    body("按照《中国（广西）自由贸易试验区营商环境评价办法》（桂商自贸规〔2024〕2号）和自治区人民政府工作部署，自治区商务厅（自治区自贸办）会同自治区发展改革委、市场监管局、南宁海关等12个部门，委托广西大学中国—东盟研究院作为第三方评估机构，于2026年1月至2月对中国（广西）自由贸易试验区南宁片区、钦州港片区、崇左片区2025年度营商环境开展了评价。现将评价结果报告如下：")
    head("一、评价基本情况")
    runin("(一)评价方法。", "本次评价采用“指标数据评价+企业满意度调查”相结合的方式，设置政务环境、市场环境、法治环境、开放环境、创新环境、企业感受6项一级指标和17项二级指标，满分100分，其中企业满意度调查结果计入“企业满意度”指标(15分)。")
    runin("(二)样本情况。", "共采集指标数据1248项，核查佐证材料3600余份；面向三个片区发放企业问卷1536份，回收有效问卷1402份，有效回收率91.3%，其中外商投资企业和面向东盟开展业务的企业占比38.6%。")
    head("二、评价结果")
    body("评价结果显示，三个片区营商环境总体持续向好，综合得分平均为86.47分，较上年提高2.85分。南宁片区综合得分91.62分，评价等次为优秀；钦州港片区综合得分86.15分，崇左片区综合得分81.64分，评价等次均为良好。各片区得分情况见表1。")

    H = ["评价指标／一级指标", "评价指标／二级指标", "分值", "各片区得分／南宁片区", "各片区得分／钦州港片区", "各片区得分／崇左片区"]
    groups = [
        ("政务环境", [("政务服务便利度", "6", "5.82", "5.46", "5.10"),
                      ("工程建设项目审批", "5", "4.70", "4.35", "4.05"),
                      ("政务诚信", "4", "3.88", "3.72", "3.60"),
                      ("数字政府建设", "5", "4.75", "4.30", "3.85")]),
        ("市场环境", [("市场准入", "6", "5.70", "5.40", "5.28"),
                      ("公平竞争", "5", "4.65", "4.50", "4.40"),
                      ("要素保障", "5", "4.40", "4.55", "4.10")]),
        ("法治环境", [("知识产权保护", "5", "4.68", "4.12", "3.75"),
                      ("商事纠纷解决", "5", "4.55", "4.20", "3.90"),
                      ("监管执法规范", "4", "3.80", "3.66", "3.52")]),
        ("开放环境", [("贸易便利化", "7", "6.30", "6.58", "6.12"),
                      ("投资便利化", "6", "5.52", "5.10", "4.68"),
                      ("跨境金融服务", "5", "4.70", "4.35", "4.20"),
                      ("面向东盟开放合作", "6", "5.64", "5.40", "5.58")]),
        ("创新环境", [("制度创新成果", "7", "6.51", "5.88", "5.25"),
                      ("创新要素集聚", "4", "3.72", "3.20", "2.80")]),
        ("企业感受", [("企业满意度", "15", "12.30", "11.38", "11.46")]),
    ]
    total = ("合计", "—", "100", "91.62", "86.15", "81.64")
    # sanity: sums must match the totals printed
    for k, tot in zip((2, 3, 4), (91.62, 86.15, 81.64)):
        s = sum(float(r[k]) for _, rs in groups for r in rs)
        assert abs(s - tot) < 1e-6, (s, tot)
    assert sum(int(r[1]) for _, rs in groups for r in rs) == 100

    def score_table(gs, with_total):
        n = 2 + sum(len(rs) for _, rs in gs) + (1 if with_total else 0)
        t = doc.add_table(rows=n, cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        c = t.cell(0, 0).merge(t.cell(0, 1))
        set_cell(c, "评价指标", HT, 12)
        set_cell(t.cell(1, 0), "一级指标", HT, 12)
        set_cell(t.cell(1, 1), "二级指标", HT, 12)
        c = t.cell(0, 2).merge(t.cell(1, 2))
        set_cell(c, "分值", HT, 12)
        c = t.cell(0, 3).merge(t.cell(0, 5))
        set_cell(c, "各片区得分", HT, 12)
        for ci, nm in zip((3, 4, 5), ("南宁片区", "钦州港片区", "崇左片区")):
            set_cell(t.cell(1, ci), nm, HT, 12)
        r = 2
        for g1, rs in gs:
            start = r
            for row in rs:
                for ci, v in enumerate(row, 1):
                    set_cell(t.cell(r, ci), v, FS, 12)
                clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(H, (g1,) + row)))
                r += 1
            c = t.cell(start, 0).merge(t.cell(r - 1, 0))
            set_cell(c, g1, FS, 12)
        if with_total:
            for ci, v in enumerate(total):
                set_cell(t.cell(r, ci), v, HT if ci == 0 else FS, 12)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(H, total)))
        col_widths(t, [2.4, 4.0, 1.3, 2.3, 2.5, 2.3])
        return t

    empty(doc, 1, line=14)
    add_par(doc, [("表1　中国（广西）自由贸易试验区2025年度营商环境评价打分表", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    add_par(doc, [("单位：分", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)
    score_table(groups[:1], False)
    # the clerk split the table by hand and typed 续表 with the header again
    p = add_par(doc, [("续表1", KT, 14, False)], indent=False, line=24)
    p.paragraph_format.page_break_before = True
    score_table(groups[1:], True)
    note = "注：1.综合得分=指标数据评价得分+企业满意度得分，保留两位小数；2.评价等次：90分及以上为优秀，80分至89.99分为良好，70分至79.99分为一般，70分以下为较差。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    empty(doc, 1, line=14)

    head("三、主要成效")
    runin("1.通关便利化水平持续提升。", "南宁片区、钦州港片区推广“两步申报”“船边直提”“抵港直装”等措施，2025年进口、出口整体通关时间分别为28.6小时和1.2小时，较上年分别压缩11.3%和14.3%。钦州港片区“贸易便利化”指标得分6.58分，列三个片区首位。", FS)
    runin("2.面向东盟开放合作特色鲜明。", "崇左片区依托凭祥、友谊关口岸，推行跨境货车“智慧口岸”通关模式，中越跨境货物平均通关时间压缩至25分钟以内，“面向东盟开放合作”指标得分5.58分，与南宁片区差距缩小至0.06分。", FS)
    runin("3.制度创新活力不断增强。", "2025年三个片区共形成制度创新成果68项，其中“中国—东盟跨境征信一体化服务”等4项被国家部委复制推广，南宁片区“制度创新成果”指标得分6.51分。", FS)
    head("四、存在的主要问题")
    # three items typed in ONE paragraph separated by manual line breaks (Shift+Enter)
    items = [
        "一是法治环境仍有短板，三个片区法治环境指标平均得分率为86.1%，其中崇左片区“知识产权保护”指标得分率仅为75.0%。",
        "二是创新要素集聚不足，崇左片区“创新要素集聚”指标得分2.80分，得分率为70.0%，钦州港片区得分率为80.0%。",
        "三是企业反映的融资难融资贵、用工成本上升、跨境物流成本偏高等问题仍较为突出，分别有32.7%、28.4%和25.1%的受访企业提出相关诉求。",
    ]
    p = doc.add_paragraph()
    for i, it in enumerate(items):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(IND + it), FS, 16)
    fmt(p, indent=False)
    clauses.extend(items)
    head("五、下一步工作建议")
    runin("(一)强化评价结果运用。", "建议将评价结果纳入自治区对相关设区市人民政府的绩效考评，对评价等次为优秀的南宁片区在自贸试验区专项资金安排上予以倾斜。")
    runin("(二)聚焦短板精准施策。", "督促各片区对照评价指标逐项制定整改清单，重点在知识产权保护、商事纠纷多元化解、创新要素集聚等方面补齐短板，整改情况纳入2026年度评价。")
    runin("(三)持续优化评价体系。", "对标世界银行营商环境成熟度评估（B-READY）体系和国家营商环境评价要求，进一步完善指标设置和评分标准，适当提高企业满意度调查权重。")
    add_par(doc, IND + "以上报告，请审阅。", indent=False)
    empty(doc, 3)
    add_par(doc, " " * 36 + "广西壮族自治区商务厅", indent=False)
    add_par(doc, " " * 40 + "2026年3月16日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（联系人：覃海燕；联系电话：0771-2621873）", indent=False)
    banji(doc, "抄送：自治区发展改革委、市场监管局，南宁海关，南宁市、钦州市、崇左市人民政府。",
          "广西壮族自治区商务厅办公室", "2026年3月17日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            "广西壮族自治区商务厅关于中国（广西）自由贸易试验区2025年度营商环境评价结果的报告",
            "桂商自贸报〔2026〕5号", ["广西壮族自治区商务厅"], "2026-03-16",
            "provincial", "广西壮族自治区", "报告", ["自治区人民政府"]),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_xiamen():
    """Two documents in one file: 片区管委会 通报 (with 第三方评估报告摘要 attachment) + 办公室 通知."""
    stem = "blind866_xiamen_tongbao"
    doc = Document()
    setup(doc)
    docs = []

    # ------------------------------------------------------------ C1 通报
    clauses = []
    p = doc.add_paragraph()
    font(p.add_run("中国（福建）自由贸易试验区"), XBS, 30, False, RED)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("厦门片区管理委员会文件"), XBS, 30, False, RED)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=48, before=0)
    p = add_par(doc, "厦自贸委〔2026〕12号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ["中国（福建）自由贸易试验区厦门片区", "管理委员会关于2025年度营商环境",
                 "评价结果的通报"]:
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, "片区各部门，各功能区管理机构，有关单位：", indent=False, before=14)

    def body(t_):
        clauses.append(t_)
        add_par(doc, t_)

    def head(t_):
        add_par(doc, [(t_, HT, 16, False)])

    body("根据《中国（福建）自由贸易试验区厦门片区营商环境评价实施方案》，片区管委会委托厦门大学经济学院对片区各部门、各功能区管理机构2025年度营商环境工作情况开展了评价。现将有关情况通报如下：")
    head("一、评价总体情况")
    body("2025年，片区新增经营主体1.86万户，形成制度创新成果42项。第三方评估显示，片区营商环境综合得分88.76分，较上年提高1.92分；企业满意度为94.3%。")
    head("二、评价结果")
    body("本次评价对象共10个单位，其中评价等次为优秀的4个、良好的5个、一般的1个。具体得分情况如下：")
    H = ["序号", "类别", "单位", "得分（分）", "等次"]
    rows = [
        ("1", "职能部门", "政务服务和数据管理处", "95.6", "优秀"),
        ("2", "职能部门", "招商服务处", "93.2", "优秀"),
        ("3", "职能部门", "贸易发展处", "91.8", "优秀"),
        ("4", "职能部门", "法规和制度创新处", "88.4", "良好"),
        ("5", "职能部门", "规划建设处", "85.7", "良好"),
        ("6", "职能部门", "综合监管处", "84.9", "良好"),
        ("7", "功能区", "海沧港区管理办公室", "90.5", "优秀"),
        ("8", "功能区", "象屿保税区管理办公室", "87.3", "良好"),
        ("9", "功能区", "两岸贸易中心核心区管理办公室", "82.6", "良好"),
        ("10", "功能区", "东渡港区管理办公室", "78.9", "一般"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(H):
        set_cell(t.cell(0, ci), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            if ci != 1:
                set_cell(t.cell(ri, ci), v, FS, 12, line=16)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(H, row)))
    c = t.cell(1, 1).merge(t.cell(6, 1))
    set_cell(c, "职能部门", FS, 12)
    c = t.cell(7, 1).merge(t.cell(10, 1))
    set_cell(c, "功能区", FS, 12)
    col_widths(t, [1.3, 2.4, 6.4, 2.8, 2.0])
    head("三、有关要求")
    body("（一）对评价等次为优秀的单位予以通报表扬，在年度绩效考评中按规定给予加分。")
    body("（二）评价等次为一般的单位要深入剖析原因，于2026年5月15日前向片区管委会报送书面整改报告。")
    add_par(doc, "附件：中国（福建）自由贸易试验区厦门片区2025年度营商环境第三方评估报告（摘要）")
    # 落款 in a floating text box on the right, blank paragraphs keep room for it and the seal
    p = add_par(doc, "", indent=False)
    textbox(p, ["中国（福建）自由贸易试验区", "厦门片区管理委员会", "二〇二六年四月八日"], 210, 230, 116)
    empty(doc, 3)
    add_par(doc, "（此件主动公开）")

    # attachment on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    for line in ["中国（福建）自由贸易试验区厦门片区", "2025年度营商环境第三方评估报告", "（摘要）"]:
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)

    def runin(h, t_):
        clauses.append(h + t_)
        add_par(doc, [(h, HT, 16, False), (t_, FS, 16, False)])

    runin("一、评估框架。", "评估参照世界银行营商环境成熟度评估（B-READY）体系，设置10项一级指标和32项二级指标，采用“客观数据+企业问卷+专家评议”方式计分，各一级指标等权计算。")
    runin("二、数据来源。", "采集政务服务和部门统计数据2.1万条，回收企业有效问卷968份，深度访谈企业代表57家，其中台资企业12家。")
    runin("三、评估结果。", "片区营商环境综合得分88.76分。分指标看，国际贸易（94.2分）、市场准入（92.6分）、纳税（92.3分）得分较高，办理破产（79.3分）、劳动力雇佣（81.7分）、金融服务（83.4分）得分相对较低。各一级指标得分情况见下表。")
    add_par(doc, [("厦门片区2025年度营商环境一级指标得分表", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    H2 = ["序号", "一级指标", "得分（分）", "较上年增减（分）"]
    rows2 = [("市场准入", "92.6", "+2.1"), ("获取经营场所", "91.2", "+1.5"),
             ("公用服务接入", "91.8", "+2.4"), ("劳动力雇佣", "81.7", "+0.8"),
             ("金融服务", "83.4", "+3.6"), ("国际贸易", "94.2", "+1.2"),
             ("纳税", "92.3", "+0.9"), ("争端解决", "90.6", "+2.7"),
             ("促进市场竞争", "90.5", "+1.6"), ("办理破产", "79.3", "+2.4")]
    assert abs(sum(float(r[1]) for r in rows2) / 10 - 88.76) < 1e-6
    assert abs(sum(float(r[2]) for r in rows2) / 10 - 1.92) < 1e-6
    t = doc.add_table(rows=1 + len(rows2), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, h in enumerate(H2):
        set_cell(t.cell(0, ci), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows2, 1):
        vals = (str(ri),) + row
        for ci, v in enumerate(vals):
            set_cell(t.cell(ri, ci), v, FS, 12, line=16)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(H2, vals)))
    col_widths(t, [1.5, 5.0, 3.5, 4.5])
    runin("四、主要问题。", "一是破产案件平均审理周期为312天；二是受访企业中有36.5%反映招工难；三是中小微企业首贷、信用贷获得率偏低。")
    runin("五、对策建议。", "推行破产案件“繁简分流”审理，深化闽台职业技能资格互认，推广“信易贷”等普惠金融产品。")
    banji(doc, "抄送：厦门市人民政府，福建省商务厅（省自贸办）。", "厦门片区管委会综合处", "2026年4月8日印发")

    docs.append({
        "meta": meta(
            "中国（福建）自由贸易试验区厦门片区管理委员会关于2025年度营商环境评价结果的通报",
            "厦自贸委〔2026〕12号", ["中国（福建）自由贸易试验区厦门片区管理委员会"],
            "2026-04-08", "municipal", "厦门市", "通报",
            ["片区各部门", "各功能区管理机构", "有关单位"],
            attachments=["中国（福建）自由贸易试验区厦门片区2025年度营商环境第三方评估报告（摘要）"],
            publicity="此件主动公开"),
        "clauses": clauses,
    })

    # ------------------------------------------------------------ C2 通知
    clauses = []
    page_break(doc)
    p = doc.add_paragraph()
    font(p.add_run("中国（福建）自由贸易试验区"), XBS, 28, False, RED)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("厦门片区管理委员会办公室"), XBS, 28, False, RED)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=46, before=0)
    p = add_par(doc, "厦自贸办〔2026〕23号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ["厦门片区管委会办公室关于开展", "2026年度营商环境评价数据填报", "工作的通知"]:
        add_par(doc, [(line, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "片区各部门，各功能区管理机构：", indent=False)
    body("为做好2026年度营商环境评价工作，及时掌握各项指标进展情况，经片区管委会同意，自2026年5月起按季度开展营商环境评价数据填报工作。现将有关事项通知如下：")
    runin("一、填报内容。", "各单位按照《中国（福建）自由贸易试验区厦门片区营商环境评价实施方案》明确的职责分工，填报牵头指标的季度数据、工作进展和佐证材料。")
    runin("二、填报时间。", "每季度结束后10个工作日内完成填报，首次填报时间为2026年7月1日至7月14日。")
    runin("三、填报方式。", "通过厦门片区营商环境监测平台（内网地址：http://10.35.6.18/yshj）在线填报。")
    runin("四、有关要求。", "各单位要明确1名分管领导和1名联络员，于2026年5月20日前将联络员名单报送片区管委会法规和制度创新处。联系人：林晓婷，电话：0592-5632710。")
    empty(doc, 1)
    add_par(doc, "中国（福建）自由贸易试验区厦门片区管理委员会办公室", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p = add_par(doc, "二〇二六年四月十日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    p.paragraph_format.right_indent = Pt(64)
    banji(doc, None, "厦门片区管委会办公室", "2026年4月10日印发")

    docs.append({
        "meta": meta(
            "厦门片区管委会办公室关于开展2026年度营商环境评价数据填报工作的通知",
            "厦自贸办〔2026〕23号", ["中国（福建）自由贸易试验区厦门片区管理委员会办公室"],
            "2026-04-10", "municipal", "厦门市", "通知",
            ["片区各部门", "各功能区管理机构"]),
        "clauses": clauses,
    })

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = docs
    return path


def main():
    paths = [doc_hubei(), doc_guangxi(), doc_xiamen()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
