# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 885: 外商投资企业名录与重点外资项目库入库通知 — Word + PDF + expected.json.

Three files:
  blind885_zhejiang_tongzhi  省商务厅通知（红头“文件”、合并表头、附件另页、版记）
  blind885_chengdu_banfa     市商务局+市发改委联合印发管理办法的通知（双机关版头、章/条、软回车）
  blind885_kunshan_baogao    县级市商务局上行报告（份号、特急、签发人、续表、文本框落款、汉字日期）
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ALIGN_VERTICAL
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
    """runs: plain str or list of (text, fontname, size, bold[, color])."""
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
    """clerk's Ctrl+Enter: a page break run at the end of an empty paragraph."""
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=2)


def setup(doc, dash="— ", dash2=" —"):
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
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(dash), SONG, 14)
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
    font(fp.add_run(dash2), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def widths(table, cm_list):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), cm_list):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        i = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(cm_list[i:i + span]))
            i += span


def no_borders(table):
    tblpr = table._tbl.tblPr
    el = (parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))
    nxt = None
    for tag in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"):
        nxt = tblpr.find(qn(tag))
        if nxt is not None:
            break
    if nxt is not None:
        nxt.addprevious(el)
    else:
        tblpr.append(el)


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_885", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row_clause(keys, vals):
    return "；".join("%s：%s" % (k, v) for k, v in zip(keys, vals))


# =================================================================== DOC A
def doc_zhejiang():
    stem = "blind885_zhejiang_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("浙江省商务厅文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=6)
    empty(doc, 1)
    p = add_par(doc, "浙商务发〔2026〕18号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title typed as three separate centred paragraphs, broken at odd places
    for t in ("浙江省商务厅关于做好2026年度外商", "投资企业名录更新和重点外资项目库入库", "工作的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，中国（浙江）自由贸易试验区各片区管委会，各国家级经济技术开发区管委会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为贯彻落实《中华人民共和国外商投资法》及其实施条例，摸清全省外商投资企业底数，强化对重点外资项目的跟踪服务和要素保障，根据《浙江省重点外资项目库管理办法》，省商务厅决定组织开展2026年度外商投资企业名录更新和重点外资项目库入库工作。现将有关事项通知如下：")
    head("一、入库范围和条件")
    runin("（一）入库范围。", "在我省境内新设或增资的外商投资项目，包括外国投资者并购境内企业项目和外商投资企业再投资项目。已列入2025年度省重点外资项目库且尚未竣工投产的项目，自动转入2026年度项目库。")
    runin("（二）入库条件。", "申报入库项目应同时符合以下条件：")
    body("1．符合国家产业政策和外商投资准入负面清单要求；")
    body("2．已签订投资协议或取得项目核准（备案）文件；")
    body("3．投资规模达到下表所列标准。")
    # caption with unit — a table heading, not a clause
    add_par(doc, [("表1　重点外资项目入库标准（单位：万美元）", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    keys = ["序号", "项目类别", "入库门槛／总投资", "入库门槛／合同外资", "备注"]
    rows = [
        ["1", "制造业项目", "10000", "3000", "含增资项目"],
        ["2", "服务业项目", "5000", "1000", "不含房地产开发"],
        ["3", "地区总部、研发中心等功能性机构", "3000", "500", "须经省级认定"],
        ["4", "共建“一带一路”国家和地区投资项目", "3000", "1000", "含RCEP成员国"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    b = t.cell(0, 1).merge(t.cell(1, 1))
    c = t.cell(0, 2).merge(t.cell(0, 3))
    d = t.cell(0, 4).merge(t.cell(1, 4))
    set_cell(a, "序号", HT, 12)
    set_cell(b, "项目类别", HT, 12)
    set_cell(c, "入库门槛", HT, 12)
    set_cell(d, "备注", HT, 12)
    set_cell(t.cell(1, 2), "总投资", HT, 12)
    set_cell(t.cell(1, 3), "合同外资", HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, r in enumerate(rows, 2):
        for ci, v in enumerate(r):
            set_cell(t.cell(ri, ci), v, FS, 12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci in (1, 4) else WD_ALIGN_PARAGRAPH.CENTER)
        clauses.append(row_clause(keys, r))
    widths(t, [1.3, 6.2, 2.0, 2.2, 3.9])
    note = "注：同一外方投资者在同一设区市内的多个关联项目，可合并计算投资规模。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=3)

    head("二、工作安排")
    runin("（一）更新名录。", "各设区市商务局要以外商投资信息报告数据为基础，会同市场监管部门逐一核实辖区内存续外商投资企业的名称、投资来源地、注册资本、实际到资、经营状态等信息，于2026年3月31日前完成名录更新,并报送省商务厅。")
    runin("（二）组织申报。", "各地负责组织辖区内符合条件的项目通过“浙江省重点外资项目管理服务平台”填报信息，申报截止时间为2026年4月15日。")
    runin("（三）审核入库。", "省商务厅会同省发展改革委、省经信厅对申报项目进行审核，于2026年5月底前公布入库名单。在库项目实行季度调度、动态调整，对长期停滞或外方撤资的项目及时调出。")
    head("三、工作要求")
    runin("（一）强化跟踪服务。", "各地要对入库项目建立“首席服务专员”制度，协调解决用地、用能、融资、外籍人员出入境等困难问题，每季度第一个月10日前报送上季度项目进展情况。")
    runin("（二）严格数据管理。", "名录和项目库信息仅限工作使用，未经批准不得对外提供。")
    body("联系人：省商务厅外国投资管理处　王磊；联系电话：0571-87701256。")
    empty(doc, 1)
    add_par(doc, "附件：2025年度各设区市重点外资项目在库情况表")
    empty(doc, 2)
    p = add_par(doc, "浙江省商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年2月26日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(56)
    add_par(doc, "（此件公开发布）")

    # ---- 附件 on its own page
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2025年度各设区市重点外资项目在库情况表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1, line=14)
    keys2 = ["序号", "设区市", "在库项目数（个）", "总投资（亿美元）", "2025年实际到资（亿美元）"]
    data = [
        ("杭州市", 86, 248.6, 31.2), ("宁波市", 79, 221.3, 27.5), ("温州市", 24, 52.7, 5.8),
        ("嘉兴市", 61, 163.4, 18.9), ("湖州市", 28, 71.5, 7.4), ("绍兴市", 33, 84.2, 8.6),
        ("金华市", 19, 41.8, 4.1), ("衢州市", 8, 17.6, 1.5), ("舟山市", 12, 45.3, 3.9),
        ("台州市", 17, 38.9, 3.6), ("丽水市", 6, 11.2, 0.9),
    ]
    rows2 = [[str(i), n, str(c), "%.1f" % inv, "%.1f" % paid] for i, (n, c, inv, paid) in enumerate(data, 1)]
    rows2.append(["合计", "全省", str(sum(x[1] for x in data)),
                  "%.1f" % round(sum(x[2] for x in data), 1), "%.1f" % round(sum(x[3] for x in data), 1)])
    t = doc.add_table(rows=1 + len(rows2), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(keys2):
        set_cell(t.cell(0, i), h, HT, 12)
    repeat_header(t.rows[0])
    for ri, r in enumerate(rows2, 1):
        for ci, v in enumerate(r):
            set_cell(t.cell(ri, ci), v, FS, 12, line=22)
        clauses.append(row_clause(keys2, r))
    widths(t, [1.5, 2.6, 3.4, 3.4, 4.6])
    note2 = "注：在库项目数含2024年度转入项目，数据截至2025年12月31日。"
    clauses.append(note2)
    add_par(doc, [(note2, FS, 12, False)], indent=False, line=20, before=3)

    banji(doc, "抄送：商务部外国投资管理司，省发展改革委、省经信厅、省市场监管局。",
          "浙江省商务厅办公室", "2026年2月27日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省商务厅关于做好2026年度外商投资企业名录更新和重点外资项目库入库工作的通知",
            "doc_number": "浙商务发〔2026〕18号",
            "issuer": ["浙江省商务厅"],
            "date": "2026-02-26",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["2025年度各设区市重点外资项目在库情况表"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "中国（浙江）自由贸易试验区各片区管委会",
                           "各国家级经济技术开发区管委会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_chengdu():
    stem = "blind885_chengdu_banfa"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []

    # joint 版头: two organ names stacked left, "文件" on the right, in a borderless table
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = t.cell(0, 0), t.cell(0, 1)
    set_cell(left, "成都市商务局", XBS, 28, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=42)
    for r in left.paragraphs[0].runs:
        r.font.color.rgb = RED
    p2 = left.add_paragraph()
    font(p2.add_run("成都市发展和改革委员会"), XBS, 28, False, RED)
    p2.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p2.paragraph_format.line_spacing = Pt(42)
    set_cell(right, "文件", XBS, 34, line=42)
    for r in right.paragraphs[0].runs:
        r.font.color.rgb = RED
    widths(t, [12.6, 3.0])
    empty(doc, 1, line=20)
    p = add_par(doc, "成商务发〔2025〕27号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph with soft line breaks
    p = doc.add_paragraph()
    font(p.add_run("成都市商务局 成都市发展和改革委员会"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于印发《成都市外商投资企业名录和"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("重点外资项目库管理办法（试行）》的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各区（市）县商务主管部门，各区（市）县发展改革局，市级有关部门：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为规范全市外商投资企业名录和重点外资项目库管理，提升外资服务精准化水平，市商务局、市发展改革委制定了《成都市外商投资企业名录和重点外资项目库管理办法（试行）》，现印发给你们，请认真贯彻执行。")
    body("执行中遇到的问题，请及时向市商务局反馈。")
    empty(doc, 1)
    # joint 落款 on one line with a tab, date under the second organ
    p = add_par(doc, [("成都市商务局", FS, 16, False), ("\t", FS, 16, False),
                      ("成都市发展和改革委员会", FS, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(48)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8.2))
    add_par(doc, "2025年12月8日", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False).paragraph_format.right_indent = Pt(40)
    add_par(doc, "（此件主动公开）")

    # ---- the 办法 on a new page
    page_break(doc)
    add_par(doc, [("成都市外商投资企业名录和重点外资", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("项目库管理办法（试行）", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6, after=6)

    SEP = "\u3000"

    def art(num, text, extra=None, soft=None):
        """article typed with full-width spaces as indent; extra = following paragraphs;
        soft = items typed with Shift+Enter inside the same paragraph."""
        p = add_par(doc, [(IND, FS, 16, False), (num, HT, 16, False), (SEP + text, FS, 16, False)],
                    indent=False)
        full = num + SEP + text
        if soft:
            for s in soft:
                p.add_run().add_break(WD_BREAK.LINE)
                font(p.add_run(IND + s), FS, 16)
                full += s
        for e in extra or []:
            add_par(doc, IND + e, indent=False)
            full += e
        clauses.append(full)

    chapter("第一章　总则")
    art("第一条", "为规范本市外商投资企业名录和重点外资项目库（以下简称名录和项目库）管理，提升外资促进和服务保障水平，根据《中华人民共和国外商投资法》《外商投资信息报告办法》等规定，结合本市实际，制定本办法。")
    art("第二条", "本办法所称外商投资企业名录，是指依据外商投资信息报告、市场主体登记等数据，对在本市依法设立并存续的外商投资企业基本信息进行归集形成的数据目录。",
        extra=["本办法所称重点外资项目库，是指对符合本办法规定条件的外商投资项目进行遴选、登记并实施跟踪服务的项目目录。"])
    art("第三条", "市商务局负责名录和项目库的统筹管理，会同市发展改革委组织审核入库和调度评估。各区（市）县商务主管部门负责本辖区名录维护和项目申报、跟踪服务工作。")
    chapter("第二章　名录管理")
    art("第四条", "名录应当包括以下信息：",
        extra=["（一）企业名称、统一社会信用代码；",
               "（二）外国投资者名称及投资来源国别（地区）；",
               "（三）投资总额、注册资本及实际到资情况；",
               "（四）所属行业及企业经营状态。"])
    art("第五条", "各区（市）县商务主管部门应当于每季度结束后15个工作日内更新名录。市商务局于每年3月底前形成上年度外商投资企业名录。")
    chapter("第三章　项目库管理")
    art("第六条", "申报入库的项目应当符合国家和省、市产业政策，并满足下列条件之一：",
        soft=["（一）制造业项目总投资5000万美元以上或者合同外资1000万美元以上；",
              "（二）服务业项目总投资3000万美元以上或者合同外资500万美元以上；",
              "（三）外资研发中心、地区总部等功能性机构项目；",
              "（四）来自共建“一带一路”国家和地区、合同外资300万美元以上的项目。"])
    art("第七条", "重点外资项目按照“属地申报、市级审核、动态管理”的方式入库，每年3月、9月集中申报，市商务局会同市发展改革委在申报截止后20个工作日内公布入库名单。")
    art("第八条", "入库项目有下列情形之一的，予以调出项目库：",
        extra=["（一）项目终止或者外方投资者撤资的；",
               "（二）连续12个月无实质性进展的；",
               "（三）提供虚假材料骗取入库的。"])
    chapter("第四章　服务保障")
    art("第九条", "对入库项目实行“一项目一专员”服务机制，优先纳入市级重点项目协调推进机制，在土地、能耗等要素配置方面予以优先保障。")
    chapter("第五章　附则")
    art("第十条", "中国（四川）自由贸易试验区成都天府新区片区、成都青白江铁路港片区管委会参照区（市）县商务主管部门履行本办法规定的职责。")
    art("第十一条", "本办法自2026年1月1日起施行，有效期至2027年12月31日。2022年3月印发的《成都市外商投资企业信息名录管理暂行办法》（成商务发〔2022〕9号）同时废止。")

    banji(doc, "抄送：四川省商务厅，市政府办公厅。", "成都市商务局办公室", "2025年12月9日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "成都市商务局 成都市发展和改革委员会关于印发《成都市外商投资企业名录和重点外资项目库管理办法（试行）》的通知",
            "doc_number": "成商务发〔2025〕27号",
            "issuer": ["成都市商务局", "成都市发展和改革委员会"],
            "date": "2025-12-08",
            "published": None,
            "level": "municipal",
            "region": "成都市",
            "effective": "2026-01-01",
            "expires": "2027-12-31",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区（市）县商务主管部门", "各区（市）县发展改革局", "市级有关部门"],
            "publicity": "此件主动公开",
            "repeals": "《成都市外商投资企业信息名录管理暂行办法》（成商务发〔2022〕9号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
V_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def textbox_run(paragraph, lines, left_pt, top_pt, w_pt, h_pt):
    """Floating VML text box (as clerks do for 落款 next to the seal)."""
    inner = ""
    for txt in lines:
        inner += ('<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
                  '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
                  '<w:sz w:val="32"/></w:rPr><w:t>{t}</w:t></w:r></w:p>').format(f=FS, t=txt)
    xml = (
        '<w:r %s %s><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;z-index:251659264;'
        'mso-position-horizontal-relative:text;mso-position-vertical-relative:text" stroked="f" filled="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape>'
        '</w:pict></w:r>' % (nsdecls("w"), V_NS, left_pt, top_pt, w_pt, h_pt, inner))
    paragraph._p.append(parse_xml(xml))


def doc_kunshan():
    stem = "blind885_kunshan_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("000015", FS, 16, False)], indent=False)
    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("昆山市商务局文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=12)
    empty(doc, 1)
    p = add_par(doc, [("昆商务〔2026〕21号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("顾建明", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("昆山市商务局关于报送2026年度苏州市重点", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    add_par(doc, [("外资项目库第一批拟入库项目的报告", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "苏州市商务局：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    projects = [
        ["宏联精密电子（昆山）有限公司增资扩建高端连接器项目", "中国台湾", 16800, 6000, "增资", "电子信息", "开发区"],
        ["艾普瑞半导体（昆山）有限公司新建先进封测项目", "新加坡", 25000, 9000, "新设", "集成电路", "高新区"],
        ["昆山德尔森精密机床有限公司增资项目", "德国", 8500, 3200, "增资", "高端装备", "开发区"],
        ["丰泽生物医药（昆山）有限公司创新药产业化项目", "美国", 12000, 4000, "新设", "生物医药", "高新区"],
        ["昆山东岳光电显示科技有限公司增资项目", "中国香港", 30000, 10000, "增资", "新型显示", "开发区"],
        ["佳丰新材料（昆山）有限公司新建环保包装材料项目", "马来西亚", 6000, 2500, "新设", "新材料", "张浦镇"],
        ["昆山瑞博汽车零部件有限公司增资项目", "日本", 9800, 3500, "增资", "汽车零部件", "千灯镇"],
        ["泰华食品机械（昆山）有限公司增资项目", "泰国", 5200, 1800, "增资", "智能装备", "周市镇"],
        ["昆山韩创精密模具有限公司增资项目", "韩国", 7500, 2600, "增资", "精密模具", "陆家镇"],
        ["星洲供应链管理（昆山）有限公司新设区域分拨中心项目", "新加坡", 4500, 1500, "新设", "现代物流", "花桥经济开发区"],
        ["睿德（昆山）研发中心有限公司增资项目", "瑞士", 3600, 1200, "增资", "研发服务", "高新区"],
        ["汇通环球商务服务（昆山）有限公司新设项目", "英国", 3200, 1000, "新设", "服务外包", "花桥经济开发区"],
    ]
    tot = sum(p_[2] for p_ in projects)
    con = sum(p_[3] for p_ in projects)
    bri = [p_ for p_ in projects if p_[1] in ("新加坡", "马来西亚", "泰国")]
    assert len(bri) == 4
    bri_con = sum(p_[3] for p_ in bri)
    adv = [p_ for i, p_ in enumerate(projects) if i < 9 and p_[5] != "新材料"]
    assert len(adv) == 8 and sum(p_[2] for p_ in adv) / tot > 0.8
    assert sum(1 for p_ in projects if p_[4] == "新设") == 5

    body("根据《苏州市商务局关于开展2026年度重点外资项目库入库申报工作的通知》（苏商资〔2026〕7号）要求，我局组织各区镇对辖区外资项目进行了全面梳理，经初审和实地核查，确定12个项目作为第一批拟入库项目。现将有关情况报告如下：")
    head("一、基本情况")
    body("截至2026年2月底，全市存续外商投资企业5326家，名录更新工作已全部完成。本批拟入库的12个项目总投资合计%d万美元，合同外资合计%d万美元，其中新设项目5个、增资项目7个；制造业项目9个、服务业项目3个；来自新加坡、马来西亚、泰国等共建“一带一路”国家的项目4个。" % (tot, con))
    head("二、项目主要特点")
    runin("（一）产业层次较高。", "12个项目中，属于集成电路、新型显示、高端装备、生物医药等先进制造业领域的项目8个，总投资占比超过八成，与我市主导产业体系高度契合。")
    runin("（二）“一带一路”合作持续深化。", "依托中国（江苏）自由贸易试验区苏州片区联动创新发展区平台积极对接东盟国家投资者，本批来自共建“一带一路”国家的4个项目合同外资合计%d万美元。" % bri_con)
    body("具体项目情况如下：")

    keys = ["序号", "项目名称", "投资来源地", "投资规模／总投资", "投资规模／合同外资", "项目性质", "所属行业", "所在区镇"]
    colw = [1.2, 4.0, 1.8, 1.8, 1.9, 1.3, 1.8, 1.8]

    def make_table(rowsdata):
        t = doc.add_table(rows=2 + len(rowsdata), cols=8)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for ci, h in ((0, "序号"), (1, "项目名称"), (2, "投资来源地"), (5, "项目性质"), (6, "所属行业"), (7, "所在区镇")):
            m = t.cell(0, ci).merge(t.cell(1, ci))
            set_cell(m, h, HT, 10.5, line=16)
        m = t.cell(0, 3).merge(t.cell(0, 4))
        set_cell(m, "投资规模", HT, 10.5, line=16)
        set_cell(t.cell(1, 3), "总投资", HT, 10.5, line=16)
        set_cell(t.cell(1, 4), "合同外资", HT, 10.5, line=16)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        for row in t.rows:
            row._tr.get_or_add_trPr().append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
        for ri, r in enumerate(rowsdata, 2):
            for ci, v in enumerate(r):
                set_cell(t.cell(ri, ci), v, FS, 10.5, line=16,
                         align=WD_ALIGN_PARAGRAPH.LEFT if ci == 1 else WD_ALIGN_PARAGRAPH.CENTER)
            clauses.append(row_clause(keys, r))
        widths(t, colw)

    rows = [[str(i)] + [p_[0], p_[1], str(p_[2]), str(p_[3]), p_[4], p_[5], p_[6]]
            for i, p_ in enumerate(projects, 1)]
    rows.append(["合计", "12个项目", "—", str(tot), str(con), "—", "—", "—"])
    SPLIT = 5  # first part fills page 2; the rest goes under 续表
    add_par(doc, [("2026年度第一批拟入库重点外资项目情况表", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, before=6)
    add_par(doc, [("单位：万美元", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)
    make_table(rows[:SPLIT])
    # clerk split the table by hand and typed 续表 on the next page
    page_break(doc)
    add_par(doc, [("续表", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.LEFT, indent=False, line=20)
    make_table(rows[SPLIT:])
    n1 = "注：1．总投资、合同外资按项目核准（备案）文件或投资协议数据填列；"
    n2 = "2．第5项、第7项为2025年度已入库项目，因增资扩大规模重新申报。"
    clauses.extend([n1, n2])
    add_par(doc, [(n1, FS, 12, False)], indent=False, line=20, before=3)
    add_par(doc, [("\u3000\u3000" + n2, FS, 12, False)], indent=False, line=20)
    empty(doc, 1, line=14)

    head("三、存在的问题和下一步工作")
    body("从名录更新和项目梳理情况看，当前我市外资项目仍面临部分项目外方资金到位偏慢、新设项目用地指标紧张等问题。下一步，我局将按照苏州市商务局统一部署，对拟入库项目实行“一项目一专员”跟踪服务，每月调度项目进展，协调解决项目推进中的用地、环评、外汇登记等问题，确保项目按计划推进；同时持续做好外商投资企业名录季度更新，为全市外资工作决策提供数据支撑。")
    add_par(doc, "特此报告。")
    empty(doc, 1)
    add_par(doc, "附件：1．2026年度第一批拟入库重点外资项目申报表")
    add_par(doc, "\u3000\u3000\u30002．昆山市外商投资企业名录更新情况说明")
    empty(doc, 1)
    anchor = add_par(doc, "", indent=False)
    textbox_run(anchor, ["昆山市商务局", "二〇二六年三月十六日"], 250, 20, 180, 64)
    empty(doc, 3)
    add_par(doc, "（联系人：沈佳怡；联系电话：0512-57562318）")
    banji(doc, "抄送：昆山市人民政府办公室。", "昆山市商务局办公室", "2026年3月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "昆山市商务局关于报送2026年度苏州市重点外资项目库第一批拟入库项目的报告",
            "doc_number": "昆商务〔2026〕21号",
            "issuer": ["昆山市商务局"],
            "date": "2026-03-16",
            "published": None,
            "level": "county",
            "region": "昆山市",
            "effective": None,
            "expires": None,
            "attachments": ["2026年度第一批拟入库重点外资项目申报表", "昆山市外商投资企业名录更新情况说明"],
            "doc_type": "报告",
            "recipients": ["苏州市商务局"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_chengdu(), doc_kunshan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
