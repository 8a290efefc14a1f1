# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 865: 境外投资企业年度报告与统计报表制度说明（填报说明、指标解释）.

Writes three Word files + PDFs + expected.json into this script's directory.
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
CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY

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
    """runs: plain str, or list of (text, font, size, bold[, color])."""
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


def page_field(fp, left, right, size=14, fname=SONG):
    font(fp.add_run(left), fname, size)
    r = fp.add_run()
    font(r, fname, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, fname, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, fname, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), fname, size)
    r5 = fp.add_run()
    font(r5, fname, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), fname, size)


def setup(doc, footer="center", dash=("— ", " —")):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    if footer == "oddeven":
        # GB/T 9704: 单页码居右空一字，双页码居左空一字
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = RIGHT
        fp.paragraph_format.right_indent = Pt(14)
        page_field(fp, *dash)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = LEFT
        ep.paragraph_format.left_indent = Pt(14)
        page_field(ep, *dash)
    else:
        fp = s.footer.paragraphs[0]
        fp.alignment = CENTER
        page_field(fp, *dash)


def set_cell(cell, text, name=FS, size=12, bold=False, align=CENTER, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def col_widths(table, widths_cm):
    """fixed column widths: tblGrid + every w:tc (respecting gridSpan)."""
    table.autofit = False
    tw = [int(round(w / 2.54 * 1440)) for w in widths_cm]
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    for tr in table._tbl.tr_lst:
        gi = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tcpr = tc.get_or_add_tcPr()
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = parse_xml('<w:tcW %s/>' % nsdecls("w"))
                tcpr.insert(0, tcw)
            tcw.set(qn("w:w"), str(sum(tw[gi:gi + span])))
            tcw.set(qn("w:type"), "dxa")
            gi += span


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values) if v != "")


def banji(doc, cc, printer, date_txt, size=14, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    if cc:
        p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        border(p, "top", "000000", 8, 4)
        border(p, "bottom", "000000", 4, 4)
    p2 = doc.add_paragraph()
    font(p2.add_run(printer), FS, size)
    font(p2.add_run("\t"), FS, size)
    font(p2.add_run(date_txt), FS, size)
    fmt(p2, indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)  # right tab
    if not cc:
        border(p2, "top", "000000", 8, 4)
    border(p2, "bottom", "000000", 8, 4)


def textbox(paragraph, lines, left_pt, width_pt, height_pt, size=16):
    """VML text box anchored to paragraph (how clerks place the 落款)."""
    ps = ""
    for t in lines:
        ps += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
               '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
               '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
               % (FS, FS, FS, size * 2, size * 2, t))
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" filled="f" stroked="f" '
           'style="position:absolute;margin-left:%dpt;margin-top:0pt;width:%dpt;height:%dpt;z-index:251659264;'
           'mso-position-horizontal-relative:text;mso-position-vertical-relative:text">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (nsdecls("w"), left_pt, width_pt, height_pt, ps))
    paragraph._p.append(parse_xml(xml))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_865", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
# 浙江省商务厅 通知（红头“文件”式，单双页码），附件：指标解释表
def doc_zhejiang():
    stem = "blind865_zj_tongzhi"
    doc = Document()
    setup(doc, footer="oddeven")
    clauses = []

    add_par(doc, [("浙江省商务厅文件", XBS, 50, False, RED)],
            align=CENTER, indent=False, line=64, before=24)
    empty(doc, 1)
    p = add_par(doc, "浙商务发〔2026〕18号", align=CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs, broken at odd places
    for t in ("浙江省商务厅关于做好2025年度",
              "境外投资企业年度报告和对外投资统计",
              "报表填报工作的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局、义乌市商务局，中国（浙江）自由贸易试验区各片区管委会：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=JUSTIFY)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT, bold=False):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, bold), (t, FS, 16, False)], align=JUSTIFY)

    body("为贯彻落实《境外投资管理办法》（商务部令2014年第3号）和《对外投资合作统计调查制度》有关规定，全面准确掌握我省境外投资企业经营状况，服务高质量共建“一带一路”，现就做好2025年度境外投资企业年度报告（以下简称年报）和对外投资统计报表填报工作通知如下：")
    head("一、填报范围")
    body("截至2025年12月31日持有有效《企业境外投资证书》的我省境内投资主体（以下简称投资主体），均应为其设立的境外企业填报年报和统计报表。2025年内已转让、注销境外企业并已办理相关手续的，不再填报该境外企业年报，但应在统计报表中如实反映当年的投资和撤资情况。")
    head("二、填报内容和时间")
    runin("（一）统计报表。", "投资主体应于2026年3月31日前，通过商务部“业务系统统一平台”对外投资合作信息服务系统，填报《境外企业基本情况表》（对外投资年报1表）、《境外企业主要经营指标表》（对外投资年报2表）和《境内投资主体对外直接投资流量存量表》（对外投资年报3表）。")
    runin("（二）年度报告。", "投资主体应于2026年4月30日前，在上述系统报送境外企业2025年度经营情况、资产负债、员工构成、履行社会责任和安全风险防范等信息。年报中的财务数据应与统计报表保持一致。")
    runin("（三）审核汇总。", "各设区市商务局、义乌市商务局应于2026年5月15日前完成辖区内年报和统计报表的审核，自贸试验区各片区内的投资主体由所在地设区市商务局统一审核。")
    head("三、工作要求")
    runin("（一）严把数据质量。", "各地在审核中要重点关注以下情形：")
    # half-width "1." typed by hand
    for t in ("1.对外直接投资流量同比增减幅度超过50%的，要求投资主体书面说明原因；",
              "2.境外企业营业收入为零但年末从业人员不为零的，要逐一核实；",
              "3.经中国香港、新加坡、英属维尔京群岛、开曼群岛等地转投的项目，要核实是否按要求填报最终目的地。"):
        clauses.append(t)
        add_par(doc, t, align=JUSTIFY)
    runin("（二）强化结果运用。", "年报和统计报表报送情况将作为投资主体申报省级外经贸发展专项资金的参考依据。对逾期未报送的，各地要及时督促。")
    body("联系人：省商务厅对外投资和经济合作处　陈晓敏，电话：0571-87702315。")
    empty(doc, 1)
    add_par(doc, "附件：主要统计指标解释")
    empty(doc, 2)
    p = add_par(doc, "浙江省商务厅", indent=False, align=RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年2月27日", indent=False, align=RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件 指标解释表
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("主要统计指标解释", XBS, 22, False)], align=CENTER, indent=False, line=36)
    add_par(doc, [("（金额单位：万美元）", KT, 12, False)], align=CENTER, indent=False, line=22)
    hdr = ["序号", "指标名称", "计量单位", "指标解释"]
    rows = [
        ["1", "对外直接投资流量", "万美元", "指报告期内境内投资主体对境外企业新增股权投资、当期收益再投资和债务工具投资之和，扣除当期撤资（减资）后的净额。"],
        ["2", "新增股权投资", "万美元", "指报告期内境内投资主体以货币、实物、知识产权等方式对境外企业新设、并购、增资形成的股本投资。"],
        ["3", "当期收益再投资", "万美元", "指境外企业当期净利润中按持股比例归属于境内投资主体、未分配汇回的部分，亏损以“－”号填列。"],
        ["4", "债务工具投资", "万美元", "指境内投资主体与境外企业之间贷款、垫付款等债权债务的期末余额减期初余额。正常贸易货款不计入。"],
        ["5", "对外直接投资存量", "万美元", "指报告期末境外企业所有者权益中归属于境内投资主体的部分，加上债务工具投资余额。"],
        ["6", "年末从业人员", "人", "指报告期末在境外企业工作并领取劳动报酬的全部人员，其中“外方员工”指雇用的东道国及第三国人员。"],
        ["7", "当地纳税总额", "万美元", "指境外企业报告期内在东道国（地区）缴纳的各项税费总额。"],
        ["8", "最终目的地", "—", "指投资资金最终形成实际生产经营活动的国家（地区）。经中国香港、英属维尔京群岛、开曼群岛等地转投的，应穿透填报。"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 11, line=16)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 11, line=16,
                     align=JUSTIFY if ci == 3 else CENTER)
        no_split(t.rows[ri])
        clauses.append(row_clause(hdr, row))
    col_widths(t, [1.2, 3.4, 1.8, 9.2])
    for n in ("注：1.以人民币或其他币种计价的，按2025年12月31日人民币汇率中间价折算为美元；",
              "2.本表未列指标的解释，以《对外投资合作统计调查制度》为准。"):
        clauses.append(n)
        p = add_par(doc, [(n, FS, 11, False)], indent=False, line=20)
        if not n.startswith("注"):
            p.paragraph_format.left_indent = Pt(22)

    banji(doc, "抄送：商务部合作司，省统计局，国家外汇管理局浙江省分局。",
          "浙江省商务厅办公室", "2026年2月27日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅关于做好2025年度境外投资企业年度报告和对外投资统计报表填报工作的通知",
            "doc_number": "浙商务发〔2026〕18号",
            "issuer": ["浙江省商务厅"],
            "date": "2026-02-27",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["主要统计指标解释"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "义乌市商务局", "中国（浙江）自由贸易试验区各片区管委会"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 厦门市商务局 印发规程的通知 + 规程（章/条），空格缩进，半角标点混用
def doc_xiamen():
    stem = "blind865_xm_guicheng"
    doc = Document()
    setup(doc, dash=("- ", " -"))
    clauses = []
    SP = "    "  # four half-width spaces typed as indent

    add_par(doc, [("厦门市商务局", XBS, 44, False, RED)],
            align=CENTER, indent=False, line=60, before=30)
    empty(doc, 1)
    # 文号 pushed to the right with typed spaces
    p = add_par(doc, " " * 44 + "厦商务规〔2026〕3号", indent=False)
    border(p, "bottom", "FF0000", 18, 6)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("厦门市商务局关于印发《厦门市境外投资企业"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("年度报告和统计直报工作规程》的通知"), XBS, 22)
    fmt(p, align=CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各区商务局，中国（福建）自由贸易试验区厦门片区管委会，市直有关单位，各有关企业：", indent=False)
    t = ("为进一步规范我市境外投资企业年度报告和对外投资统计直报工作，提升统计数据质量，更好服务企业“走出去”和高质量共建“一带一路”，"
         "我局制定了《厦门市境外投资企业年度报告和统计直报工作规程》，现印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时向市商务局对外投资和经济合作处反馈。")
    clauses.append(t)
    add_par(doc, SP + t, indent=False, align=JUSTIFY)
    empty(doc, 1)
    add_par(doc, " " * 42 + "厦门市商务局", indent=False)
    add_par(doc, " " * 41 + "2026年3月20日", indent=False)
    add_par(doc, SP + "（此件公开发布）", indent=False)
    empty(doc, 1)

    # ---------------- the 规程 itself
    p = doc.add_paragraph()
    font(p.add_run("厦门市境外投资企业年度报告和"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("统计直报工作规程"), XBS, 22)
    fmt(p, align=CENTER, indent=False, line=34)
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=CENTER, indent=False)

    def art(no, sep, text, items=(), mode="para"):
        """article: 第X条 in 黑体 + text; items as own paragraphs or Shift+Enter lines."""
        clauses.append(no + sep + text + "".join(items))
        p = doc.add_paragraph()
        font(p.add_run(SP), FS, 16)
        font(p.add_run(no), HT, 16)
        font(p.add_run(sep + text), FS, 16)
        if mode == "br":
            for it in items:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(it), FS, 16)
        fmt(p, indent=False, align=JUSTIFY)
        if mode == "para":
            for it in items:
                add_par(doc, SP + it, indent=False, align=JUSTIFY)

    chapter("第一章　总　　则")
    art("第一条", "　", "为规范本市境外投资企业年度报告和对外投资统计直报工作，提高统计数据的真实性、准确性和及时性，根据《中华人民共和国统计法》《境外投资管理办法》《对外投资合作统计调查制度》等规定，结合本市实际，制定本规程。")
    art("第二条", "　", "本规程适用于在本市登记注册、经商务主管部门备案或者核准设立境外企业（机构）的境内投资主体（以下简称投资主体）。")
    art("第三条", "　", "市商务局负责全市境外投资企业年度报告和统计直报工作的组织、指导和数据汇总；各区商务局负责辖区内投资主体的督促报送、数据初审和核查。市统计局、国家外汇管理局厦门市分局按照职责做好数据比对和共享工作。")
    chapter("第二章　报送内容和时限")
    art("第四条", "　", "年度报告包括以下内容：", [
        "（一）境外企业基本信息，包括名称、注册地、最终目的地、股权结构和主营业务；",
        "（二）境外企业经营情况，包括营业收入、净利润、资产总额、负债总额和当地纳税；",
        "（三）境外企业员工构成，包括中方员工和外方员工人数；",
        "（四）履行社会责任、安全生产和境外风险防范情况。",
    ])
    art("第五条", " ", "统计直报实行\"月报+年报\"制度。投资主体应当于每月10日前报送上月对外直接投资流量数据，于每年3月31日前报送上年度统计年报表。")
    art("第六条", "　", "年度报告应当于每年4月30日前通过商务部对外投资合作信息服务系统报送。境外企业会计年度与公历年度不一致的，以最近一个完整会计年度的数据填报，并在“备注”栏注明会计期间。")
    chapter("第三章　指标口径")
    art("第七条", "　", "对外直接投资流量按照“新增股权投资＋当期收益再投资＋债务工具投资－撤资（减资）”计算。当期收益再投资按照境外企业当年净利润中归属于投资主体且未汇回的部分填报；境外企业亏损的，按照持股比例计算的亏损额以负数填报。")
    art("第八条", "　", "以非货币形式出资的，按照经评估或者投资各方认可的价值折算；以人民币或者其他币种出资的，按照出资当日中国人民银行公布的人民币汇率中间价折算为美元。")
    art("第九条", "　", "通过特殊目的公司在境外再投资的，投资主体应当在“最终目的地”栏填报实际开展生产经营活动的国家（地区），并同时报送中间层企业的名称、注册地和持股比例。")
    chapter("第四章　数据质量和核查")
    art("第十条", "　", "各区商务局应当在收到报表后5个工作日内完成初审。有下列情形之一的，应当要求投资主体核实并作出书面说明:", [
        "(一)对外直接投资流量同比增减幅度超过50%的;",
        "(二)境外企业连续两年营业收入为零但从业人员不为零的;",
        "(三)年报数据与统计月报累计数差异超过10%的。",
    ], mode="br")
    art("第十一条", "　", "市商务局每年按照不低于报送企业数5%的比例，对年度报告和统计报表开展抽查核查，核查结果在全市商务系统内通报。")
    art("第十二条", "　", "投资主体未按照规定报送年度报告或者统计报表，经督促仍不改正的，由市商务局依照有关规定责令改正，并将有关情况推送至厦门市公共信用信息平台。")
    chapter("第五章　附　　则")
    art("第十三条", "　", "本规程由市商务局负责解释。")
    art("第十四条", "　", "本规程自2026年5月1日起施行，有效期至2031年4月30日。《厦门市商务局关于加强境外投资统计工作的通知》（厦商务〔2021〕112号）同时废止。")

    banji(doc, "抄送：市统计局，国家外汇管理局厦门市分局。",
          "厦门市商务局办公室", "2026年3月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市商务局关于印发《厦门市境外投资企业年度报告和统计直报工作规程》的通知",
            "doc_number": "厦商务规〔2026〕3号",
            "issuer": ["厦门市商务局"],
            "date": "2026-03-20",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": "2026-05-01",
            "expires": "2031-04-30",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区商务局", "中国（福建）自由贸易试验区厦门片区管委会", "市直有关单位", "各有关企业"],
            "publicity": "此件公开发布",
            "repeals": "《厦门市商务局关于加强境外投资统计工作的通知》（厦商务〔2021〕112号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 成都市商务局 上行文 报告：份号、加急、签发人、合并表头表格、文本框落款、附件名单
def doc_chengdu():
    stem = "blind865_cd_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("000012", HT, 16, False)], indent=False, line=24)
    add_par(doc, [("加急", HT, 16, False)], indent=False, line=24)
    add_par(doc, [("成都市商务局", XBS, 44, False, RED)],
            align=CENTER, indent=False, line=60, before=12)
    empty(doc, 1)
    p = add_par(doc, [("成商务〔2026〕41号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("王建平", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.3), 2)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("成都市商务局关于2025年度境外投资企业"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("年度报告和统计报表填报工作情况的报告"), XBS, 22)
    fmt(p, align=CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "四川省商务厅：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=JUSTIFY)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], align=JUSTIFY)

    body("根据《四川省商务厅关于做好2025年度境外投资企业年度报告和统计报表填报工作的通知》（川商合作函〔2026〕9号）要求，我局组织开展了2025年度境外投资企业年度报告（以下简称年报）和对外投资统计报表填报工作。现将有关情况报告如下：")
    head("一、填报总体情况")

    districts = [
        ("锦江区", 31, 31, 31), ("青羊区", 28, 28, 28), ("金牛区", 22, 21, 22),
        ("武侯区", 35, 35, 35), ("成华区", 19, 18, 19), ("成都高新区", 118, 117, 118),
        ("四川天府新区", 41, 41, 41), ("龙泉驿区", 26, 25, 26), ("双流区", 24, 24, 23),
        ("郫都区", 17, 16, 17), ("新都区", 21, 20, 21), ("其他区（市）县", 35, 33, 34),
    ]
    tot = [sum(d[i] for d in districts) for i in (1, 2, 3)]
    assert tot == [417, 409, 415], tot
    rate = lambda a, b: "%.1f" % (100.0 * b / a)

    body("截至2026年4月30日，全市应报送年报的投资主体417家，涉及境外企业683家，分布在全球58个国家（地区）。已报送年报的投资主体409家，年报报送率98.1%；已报送统计报表的投资主体415家，统计报表报送率99.5%。各区（市）县报送情况见表1。")
    add_par(doc, [("表1　2025年度各区（市）县境外投资企业年报和统计报表报送情况", HT, 14, False)],
            align=CENTER, indent=False, line=26)
    add_par(doc, [("单位：家、%", FS, 12, False)], align=RIGHT, indent=False, line=20)

    t = doc.add_table(rows=2 + len(districts) + 1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    r0, r1 = t.rows[0], t.rows[1]
    for ci in (0, 1, 2, 5):
        m = r0.cells[ci].merge(r1.cells[ci])
    r0.cells[3].merge(r0.cells[4])
    set_cell(t.cell(0, 0), "序号", HT, 12)
    set_cell(t.cell(0, 1), "区（市）县", HT, 12)
    set_cell(t.cell(0, 2), "应报送投资主体", HT, 12)
    set_cell(t.cell(0, 3), "已报送投资主体", HT, 12)
    set_cell(t.cell(0, 5), "年报报送率", HT, 12)
    set_cell(t.cell(1, 3), "年报", HT, 12)
    set_cell(t.cell(1, 4), "统计报表", HT, 12)
    repeat_header(r0)
    repeat_header(r1)
    hdr = ["序号", "区（市）县", "应报送投资主体", "已报送投资主体／年报", "已报送投资主体／统计报表", "年报报送率"]
    for i, (name, a, b, c) in enumerate(districts):
        vals = [str(i + 1), name, str(a), str(b), str(c), rate(a, b)]
        for ci, v in enumerate(vals):
            set_cell(t.cell(2 + i, ci), v, FS, 12, line=16)
        clauses.append(row_clause(hdr, vals))
    vals = ["", "合计", str(tot[0]), str(tot[1]), str(tot[2]), rate(tot[0], tot[1])]
    for ci, v in enumerate(vals):
        set_cell(t.cell(2 + len(districts), ci), v, HT if v else FS, 12, line=16)
    clauses.append(row_clause(hdr, vals))
    col_widths(t, [1.3, 3.6, 2.6, 2.4, 2.4, 2.4])
    for n in ("注：1.成都高新区、四川天府新区数据分别含自贸试验区相应片区；",
              "2.“其他区（市）县”包括温江区、新津区、简阳市、都江堰市等区（市）县。"):
        clauses.append(n)
        p = add_par(doc, [(n, FS, 12, False)], indent=False, line=20)
        if not n.startswith("注"):
            p.paragraph_format.left_indent = Pt(24)
    empty(doc, 1, line=14)
    body("从报送数据看，2025年全市对外直接投资流量19.6亿美元，同比增长12.4%；年末对外直接投资存量142.3亿美元；境外企业实现营业收入386.7亿美元，年末从业人员5.2万人，其中外方员工3.1万人。流向共建“一带一路”国家（地区）的投资8.7亿美元，占全市对外直接投资流量的44.4%。")
    head("二、填报中发现的主要问题")
    runin("（一）指标口径理解不一致。", "部分投资主体将与境外企业之间的正常贸易货款计入“债务工具投资”，或者将留存收益全额计入“当期收益再投资”而未按持股比例计算，造成流量数据虚增。经核查，共有23家投资主体存在此类问题，已督促其更正。")
    runin("（二）最终目的地填报不准确。", "经中国香港、新加坡、开曼群岛等地转投的项目中，有41个项目未按要求穿透填报最终目的地。")
    runin("（三）个别企业报送不及时。", "截至4月30日，仍有8家投资主体未报送年报（名单见附件），我局已督促所在区（市）县逐户上门催报，确保5月15日前完成补报。")
    head("三、有关建议")
    body("一是建议省商务厅就“债务工具投资”“当期收益再投资”等易混淆指标编印口径解释问答，统一全省填报标准。二是建议推动对外投资合作信息服务系统与市场监管、外汇管理等部门数据共享，减少企业重复填报。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    add_par(doc, "附件：成都市未报送2025年度年报的投资主体名单", align=JUSTIFY)
    empty(doc, 1)
    p = doc.add_paragraph()
    fmt(p, indent=False)
    textbox(p, ["成都市商务局", "二〇二六年五月十二日"], 230, 200, 80)
    empty(doc, 2)
    add_par(doc, "（联系人：杨静；联系电话：028-61881523）")

    # ---------------- 附件
    p = add_par(doc, [("附件", HT, 16, False)], indent=False)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)
    add_par(doc, [("成都市未报送2025年度年报的", XBS, 22, False)], align=CENTER, indent=False, line=34)
    add_par(doc, [("投资主体名单", XBS, 22, False)], align=CENTER, indent=False, line=34)
    empty(doc, 1)
    hdr2 = ["序号", "投资主体名称", "所在区（市）县", "境外企业所在国家（地区）", "未报送原因"]
    rows2 = [
        ["1", "成都锦程蓉达国际贸易有限公司", "金牛区", "哈萨克斯坦", "境外企业已停业，未办理注销"],
        ["2", "成都川渝恒昌实业有限公司", "成华区", "越南", "联系人变更，系统账户未更新"],
        ["3", "成都芯睿微电子科技有限公司", "成都高新区", "新加坡", "境外审计报告尚未出具"],
        ["4", "成都龙泉汇丰汽车零部件有限公司", "龙泉驿区", "泰国", "境外企业已停业，未办理注销"],
        ["5", "成都郫都川味源食品有限公司", "郫都区", "马来西亚", "联系人变更，系统账户未更新"],
        ["6", "成都新都瑞达机械制造有限公司", "新都区", "乌兹别克斯坦", "境外企业已停业，未办理注销"],
        ["7", "成都温江景辉生物科技有限公司", "温江区", "中国香港", "境外审计报告尚未出具"],
        ["8", "简阳市宏泰建材有限公司", "简阳市", "老挝", "境外企业已停业，未办理注销"],
    ]
    t2 = doc.add_table(rows=1 + len(rows2), cols=5)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr2):
        set_cell(t2.rows[0].cells[i], h, HT, 12)
    repeat_header(t2.rows[0])
    for ri, row in enumerate(rows2, 1):
        for ci, v in enumerate(row):
            set_cell(t2.rows[ri].cells[ci], v, FS, 12, align=LEFT if ci == 1 else CENTER)
        clauses.append(row_clause(hdr2, row))
    col_widths(t2, [1.2, 5.0, 2.4, 3.0, 4.0])

    banji(doc, "", "成都市商务局办公室", "2026年5月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "成都市商务局关于2025年度境外投资企业年度报告和统计报表填报工作情况的报告",
            "doc_number": "成商务〔2026〕41号",
            "issuer": ["成都市商务局"],
            "date": "2026-05-12",
            "published": None,
            "level": "municipal",
            "region": "成都市",
            "effective": None,
            "expires": None,
            "attachments": ["成都市未报送2025年度年报的投资主体名单"],
            "doc_type": "报告",
            "recipients": ["四川省商务厅"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_xiamen(), doc_chengdu()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
