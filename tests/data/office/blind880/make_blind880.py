# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 880: 一带一路重点项目清单（年度清单，多页大表，分类汇总）.

Writes three Word files (python-docx), their PDFs (LibreOffice) and
expected.json into the directory of this script.
"""
import json
import os
import subprocess
from decimal import Decimal

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

expected = {}

# ---------------------------------------------------------------- xml helpers
PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr",
             "widowControl", "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs",
             "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
             "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
             "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
             "suppressOverlap", "jc", "textDirection", "textAlignment",
             "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr",
             "pPrChange"]


def ppr_insert(ppr, el):
    """Insert el into pPr respecting the schema order."""
    name = el.tag.split("}")[1]
    idx = PPR_ORDER.index(name)
    later = set(PPR_ORDER[idx + 1:])
    for child in ppr:
        cname = child.tag.split("}")[1]
        if cname in later:
            child.addprevious(el)
            return el
    ppr.append(el)
    return el


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
    if scale is not None:  # 字符缩放, as clerks do to squeeze a long 版头
        sz = rpr.find(qn("w:sz"))
        sz.addprevious(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
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
    """runs: str, or list of (text, font, size, bold[, color[, scale]])."""
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
        bdr = ppr_insert(ppr, parse_xml('<w:pBdr %s/>' % nsdecls("w")))
    bdr.append(parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>'
                         % (side, nsdecls("w"), sz, space, color)))


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_number(footer, style, align=C):
    """style: prefix/suffix pair, e.g. ("— ", " —")."""
    fp = footer.paragraphs[0]
    fp.alignment = align
    pre, suf = style
    font(fp.add_run(pre), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(suf), SONG, 14)


def setup(doc, pn_style=("— ", " —"), pn_align=C):
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
    page_number(s.footer, pn_style, pn_align)


def landscape(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin = Cm(2.0), Cm(1.8)
    s.left_margin, s.right_margin = Cm(2.5), Cm(2.5)
    s.footer_distance = Cm(1.0)
    return s


def portrait(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    return s


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


# ---------------------------------------------------------------- table helpers
def set_cell(cell, text, name=FS, size=10.5, bold=False, align=C, line=15):
    # drop every paragraph except the first (merged cells keep their paragraphs)
    tc = cell._tc
    ps = tc.findall(qn("w:p"))
    for extra in ps[1:]:
        tc.remove(extra)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    pf = p.paragraph_format
    pf.line_spacing = Pt(line)
    pf.first_line_indent = Pt(0)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def new_table(doc, nrows, widths_cm, grid=True):
    t = doc.add_table(rows=nrows, cols=len(widths_cm))
    if grid:
        t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    gridcols = t._tbl.tblGrid.findall(qn("w:gridCol"))
    for gc, w in zip(gridcols, widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)
    return t


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_clause(keys, vals):
    return "；".join("%s：%s" % (k, v) for k, v in zip(keys, vals))


def banji(doc, cc_lines, printer, date_txt, size=14):
    """版记: 抄送 + 印发 between black rules."""
    first = True
    for i, cc in enumerate(cc_lines):
        p = add_par(doc, [(cc, FS, size, False)], indent=False, line=22)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        if first:
            border(p, "top", "000000", 8, 4)
            first = False
    ppr_last = p
    border(ppr_last, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=22)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    return p2


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_880", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [880]


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
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def apply_num(p, nid):
    ppr = p._p.get_or_add_pPr()
    ppr_insert(ppr, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                              % (nsdecls("w"), nid)))


CN = "一二三四五六七八九十"


def d(x):
    return Decimal(x)


# =================================================================== DOC A
# 广西壮族自治区发展和改革委员会 印发 年度重点项目清单 (平行/下行文, 文件式版头)
GX_PROJECTS = [
    ("设施联通类", [
        ("平陆运河航道工程", "钦州市、南宁市", "新建航道约134.2公里及船闸、跨河桥梁、锚地等配套设施", "2022—2026", "727.2", "95.0", "自治区交通运输厅、平陆运河集团"),
        ("西部陆海新通道钦州港东航道扩建工程", "钦州市", "航道拓宽浚深，满足30万吨级油轮满载通航", "2024—2027", "48.6", "12.3", "北部湾港集团"),
        ("南宁国际铁路港二期工程", "南宁市", "新建集装箱作业区、海关监管作业场所及多式联运中心", "2025—2027", "36.8", "10.5", "南宁市人民政府"),
        ("湘桂铁路南宁至凭祥段扩能改造工程", "南宁市、崇左市", "改建既有线路约199公里，设计时速160公里", "2025—2029", "213.5", "28.0", "广西铁路投资集团"),
        ("中国—东盟信息港南宁核心基地数据中心集群（三期）", "南宁市", "新建标准机架1.2万个及配套算力调度平台", "2026—2028", "42.0", "9.6", "中国—东盟信息港股份有限公司"),
    ]),
    ("产业合作类", [
        ("中国—印尼经贸创新发展示范园区（广西园）", "钦州市", "建设新能源材料、电子信息等产业标准厂房及研发中心", "2025—2028", "60.0", "14.2", "钦州市人民政府"),
        ("中马钦州产业园区新能源电池材料一体化项目", "钦州市", "年产20万吨三元前驱体、10万吨正极材料", "2024—2027", "118.5", "32.6", "中马钦州产业园区管委会"),
        ("防城港东湾绿色钢铁精深加工基地", "防城港市", "建设冷轧、镀锌、彩涂生产线，年产高端板材300万吨", "2025—2027", "85.3", "21.0", "防城港市人民政府"),
        ("中国（广西）自由贸易试验区崇左片区东盟水果精深加工产业园", "崇左市", "建设水果冷链仓储、分拣加工及跨境电商分拨中心", "2026—2027", "18.4", "7.5", "崇左市人民政府"),
        ("梧州进口再生资源加工园区扩建项目", "梧州市", "新增年加工进口再生铜铝原料50万吨", "2025—2026", "22.7", "11.8", "梧州市人民政府"),
    ]),
    ("经贸平台类", [
        ("中国—东盟商品交易中心（南宁）", "南宁市", "建设东盟特色商品展示交易、跨境结算及供应链服务平台", "2025—2027", "26.5", "8.9", "南宁市人民政府、自治区商务厅"),
        ("凭祥综合保税区二期及友谊关智慧口岸改造", "崇左市", "建设智能卡口、查验场地及跨境货车专用通道", "2025—2026", "15.2", "6.4", "崇左市人民政府"),
        ("钦州保税港区跨境电商产业园", "钦州市", "建设跨境电商监管中心、海外仓前置仓及直播基地", "2026—2027", "9.8", "4.2", "钦州市人民政府"),
        ("东兴国家重点开发开放试验区边民互市商品落地加工园", "防城港市", "建设标准厂房12万平方米及互市商品交易市场", "2025—2027", "12.6", "3.8", "防城港市人民政府"),
    ]),
    ("人文交流类", [
        ("中国—东盟博览会展馆改扩建工程", "南宁市", "新增展览面积8万平方米及配套会议中心", "2025—2027", "32.0", "10.0", "自治区商务厅、南宁市人民政府"),
        ("广西东盟职业教育国际合作培训基地", "柳州市", "建设实训楼、留学生公寓，年培训东盟学员3000人次", "2026—2028", "6.8", "2.1", "自治区教育厅"),
        ("中国—东盟传统医药交流合作中心", "南宁市", "建设中医药（民族医药）国际诊疗、培训及药品注册服务中心", "2025—2027", "8.5", "2.7", "自治区中医药管理局"),
        ("桂林国际旅游胜地东盟游客服务中心", "桂林市", "建设入境游客集散、多语种信息服务及文化展示设施", "2026—2027", "5.6", "2.3", "桂林市人民政府"),
    ]),
]


def doc_guangxi():
    stem = "blind880_guangxi_qingdan"
    doc = Document()
    setup(doc)
    clauses = []
    n_item = make_numbering(doc, "（%1）")

    # totals
    cats = []
    for cname, projs in GX_PROJECTS:
        tot = sum(d(p[4]) for p in projs)
        plan = sum(d(p[5]) for p in projs)
        cats.append((cname, len(projs), tot, plan))
    n_all = sum(c[1] for c in cats)
    tot_all = sum(c[2] for c in cats)
    plan_all = sum(c[3] for c in cats)

    # 版头: long organ name squeezed with 字符缩放
    add_par(doc, [("广西壮族自治区发展和改革委员会文件", XBS, 30, False, RED, 78)],
            align=C, indent=False, line=50, before=12)
    empty(doc, 1)
    p = add_par(doc, "桂发改开放〔2026〕215号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, two manual line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("广西壮族自治区发展和改革委员会关于印发"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2026年广西服务和融入共建“一带一路”重点"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("项目清单的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各设区市发展改革委，自治区有关单位，有关企业：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def item(h, t):
        k = sum(1 for c in clauses if c.startswith("（"))
        clauses.append("（%s）%s%s" % (CN[k], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32), align=J)
        apply_num(p, n_item)

    body("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，经自治区人民政府同意，现将《2026年广西服务和融入共建“一带一路”重点项目清单》（以下简称《清单》）印发给你们，并就有关事项通知如下：")
    head("一、《清单》总体情况")
    body("2026年《清单》共纳入项目%d项，总投资%s亿元，2026年计划投资%s亿元。按项目类别分，设施联通类%d项、产业合作类%d项、经贸平台类%d项、人文交流类%d项。分类汇总情况如下：" % (
        n_all, tot_all, plan_all, cats[0][1], cats[1][1], cats[2][1], cats[3][1]))

    # 分类汇总表 in the body
    keys = ["类别", "项目数（个）", "总投资（亿元）", "2026年计划投资（亿元）", "计划投资占比"]
    t = new_table(doc, 2 + len(cats), [3.4, 2.4, 3.2, 3.8, 2.8])
    for i, h in enumerate(keys):
        set_cell(t.rows[0].cells[i], h, HT, 12, line=18)
    rows = []
    for cname, n, tot, plan in cats:
        pct = (plan * 100 / plan_all).quantize(Decimal("0.1"))
        rows.append([cname, str(n), str(tot), str(plan), "%s%%" % pct])
    rows.append(["合计", str(n_all), str(tot_all), str(plan_all), "100%"])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, line=18)
        clauses.append(row_clause(keys, row))
    empty(doc, 1, line=14)

    head("二、工作要求")
    item("加强统筹调度。", "各责任单位要逐个项目明确责任领导和时间节点，建立“一个项目、一个专班”推进机制。")
    item("强化要素保障。", "自治区有关部门对《清单》项目用地、用海、环评审批开辟绿色通道，积极争取专项债券等资金支持。")
    item("按时报送进展。", "各责任单位于每季度结束后5个工作日内,通过“广西重大项目管理平台”报送项目进展情况。")
    body("《清单》有效期至2026年12月31日。《2025年广西服务和融入共建“一带一路”重点项目清单》（桂发改开放〔2025〕198号）同时废止。")
    empty(doc, 1)
    add_par(doc, "附件：2026年广西服务和融入共建“一带一路”重点项目清单", indent=True)
    empty(doc, 2)
    p = add_par(doc, "广西壮族自治区发展和改革委员会", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年2月27日", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(96)
    add_par(doc, "（此件公开发布）")

    # ---------------- 附件 (landscape, big table, repeated 2-level header)
    landscape(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2026年广西服务和融入共建“一带一路”重点项目清单", XBS, 20, False)],
            align=C, indent=False, line=32, after=8)
    widths = [1.2, 5.0, 2.4, 6.6, 2.3, 1.9, 2.2, 3.1]
    hdr1 = ["序号", "项目名称", "建设地点", "主要建设内容", "建设年限", "投资（亿元）", "", "责任单位"]
    hdr2 = ["", "", "", "", "", "总投资", "2026年计划投资", ""]
    keys = ["序号", "项目名称", "建设地点", "主要建设内容", "建设年限",
            "投资（亿元）／总投资", "投资（亿元）／2026年计划投资", "责任单位"]
    data = []
    no = 0
    for ci, (cname, projs) in enumerate(GX_PROJECTS):
        c = cats[ci]
        data.append(("cat", [CN[ci], "%s（%d项）" % (cname, c[1]), "—", "—", "—",
                             str(c[2]), str(c[3]), "—"]))
        for pr in projs:
            no += 1
            data.append(("p", [str(no)] + list(pr)))
    data.append(("sum", ["合计", "共%d项" % n_all, "—", "—", "—", str(tot_all), str(plan_all), "—"]))
    t = new_table(doc, 2 + len(data), widths)
    # header: vertical merges for single-level columns, horizontal for 投资
    for i in range(8):
        if i in (5, 6):
            continue
        m = t.cell(0, i).merge(t.cell(1, i))
        set_cell(m, hdr1[i], HT, 10, line=13)
    m = t.cell(0, 5).merge(t.cell(0, 6))
    set_cell(m, "投资（亿元）", HT, 10, line=13)
    set_cell(t.cell(1, 5), "总投资", HT, 10, line=13)
    set_cell(t.cell(1, 6), "2026年计划投资", HT, 10, line=13)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, (kind, vals) in enumerate(data, 2):
        row = t.rows[ri]
        cant_split(row)
        for ci, v in enumerate(vals):
            al = L if ci in (1, 3, 7) and kind == "p" else C
            bold_font = HT if kind != "p" else FS
            set_cell(row.cells[ci], v, bold_font if ci in (0, 1, 5, 6) else FS, 10, line=13, align=al)
        clauses.append(row_clause(keys, vals))
    empty(doc, 1, line=10)
    for note in ["注：1.项目排序不分先后；建设年限为项目整体建设起止年份。",
                 "2.总投资以项目可行性研究报告批复或备案金额为准，涉及境外投资部分按2025年12月31日人民币汇率中间价折算。",
                 "3.责任单位排在第一位的为牵头单位。"]:
        p = add_par(doc, [(note, FS, 12, False)], indent=False, line=20)
        if not note.startswith("注"):
            p.paragraph_format.left_indent = Pt(36)
        clauses.append(note)
    empty(doc, 1, line=12)
    p = banji(doc, ["抄送：国家发展改革委，自治区人民政府办公厅，自治区推进“一带一路”建设工作领导小组各成员单位。"],
              "广西壮族自治区发展和改革委员会办公室", "2026年2月28日印发", size=12)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(24.2), 2)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "广西壮族自治区发展和改革委员会关于印发2026年广西服务和融入共建“一带一路”重点项目清单的通知",
            "doc_number": "桂发改开放〔2026〕215号",
            "issuer": ["广西壮族自治区发展和改革委员会"],
            "date": "2026-02-27",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": "2026-12-31",
            "attachments": ["2026年广西服务和融入共建“一带一路”重点项目清单"],
            "doc_type": "通知",
            "recipients": ["各设区市发展改革委", "自治区有关单位", "有关企业"],
            "publicity": "此件公开发布",
            "repeals": "《2025年广西服务和融入共建“一带一路”重点项目清单》（桂发改开放〔2025〕198号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 乌鲁木齐市发展和改革委员会 报告 (上行文: 签发人, 特急, 续表 typed by hand)
WLMQ = [
    ("交通枢纽类", [
        ("乌鲁木齐国际陆港区中欧班列集结中心扩能工程", "新疆国际陆港（集团）有限责任公司", "续建", "2024-2026", "38.5", "14.0"),
        ("乌鲁木齐国际机场北区改扩建配套货运区工程", "新疆机场（集团）有限责任公司", "续建", "2023-2026", "26.3", "8.7"),
        ("乌鲁木齐至昌吉城际快速通道（乌鲁木齐段）", "乌鲁木齐城市建设投资（集团）有限公司", "新建", "2026-2028", "45.2", "6.0"),
        ("三坪铁路物流基地多式联运改造工程", "乌鲁木齐铁路物流园区开发有限公司", "新建", "2026-2027", "12.8", "5.5"),
    ]),
    ("商贸物流类", [
        ("中国（新疆）自由贸易试验区乌鲁木齐片区跨境电商综合产业园", "乌鲁木齐经济技术开发区（头屯河区）管委会", "新建", "2026-2027", "15.6", "7.2"),
        ("乌鲁木齐综合保税区保税物流中心（二期）", "乌鲁木齐综合保税区管理委员会", "续建", "2025-2026", "9.4", "4.8"),
        ("中亚商品集散交易中心", "新疆亚欧商贸城投资有限公司", "续建", "2024-2027", "22.0", "6.5"),
        ("乌鲁木齐国际陆港区冷链物流枢纽", "新疆国际陆港（集团）有限责任公司", "新建", "2026-2028", "18.7", "5.0"),
    ]),
    ("产业合作类", [
        ("中亚国家农产品进口加工产业园", "乌鲁木齐市米东区人民政府", "新建", "2026-2028", "13.5", "4.1"),
        ("新能源汽车及零部件出口生产基地", "乌鲁木齐经济技术开发区（头屯河区）管委会", "续建", "2025-2027", "31.0", "10.6"),
        ("丝绸之路经济带核心区医疗服务中心（二期）", "新疆医科大学第一附属医院", "续建", "2024-2026", "16.2", "5.9"),
        ("中国—中亚纺织服装产业协作园", "乌鲁木齐高新技术产业开发区（新市区）管委会", "新建", "2026-2027", "8.9", "3.6"),
    ]),
    ("能源类", [
        ("达坂城区风光储一体化基地（一期）", "新疆达坂城新能源开发有限公司", "续建", "2025-2027", "56.0", "18.5"),
        ("乌鲁木齐—阿拉木图跨境输电通道前期工程", "国网新疆电力有限公司", "新建", "2026-2029", "72.4", "3.2"),
        ("甘泉堡氢能产业示范园", "乌鲁木齐甘泉堡经济技术开发区（工业区）管委会", "新建", "2026-2028", "20.5", "6.3"),
        ("城市天然气储气调峰设施", "乌鲁木齐城市燃气储运有限公司", "续建", "2025-2026", "7.6", "4.0"),
    ]),
]


def doc_wulumuqi():
    stem = "blind880_wulumuqi_baogao"
    doc = Document()
    setup(doc, pn_style=("— ", " —"), pn_align=R)
    clauses = []

    cats = []
    for cname, projs in WLMQ:
        new = sum(1 for p in projs if p[2] == "新建")
        cont = sum(1 for p in projs if p[2] == "续建")
        tot = sum(d(p[4]) for p in projs)
        plan = sum(d(p[5]) for p in projs)
        cats.append((cname, len(projs), new, cont, tot, plan))
    n_all = sum(c[1] for c in cats)
    new_all = sum(c[2] for c in cats)
    cont_all = sum(c[3] for c in cats)
    tot_all = sum(c[4] for c in cats)
    plan_all = sum(c[5] for c in cats)

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("乌鲁木齐市发展和改革委员会", XBS, 36, False, RED, 90)],
            align=C, indent=False, line=56, before=6)
    empty(doc, 1, line=20)
    # 文号 left, 签发人 right, aligned with typed half-width spaces
    p = add_par(doc, [("乌发改报〔2026〕17号", FS, 16, False), (" " * 17, FS, 16, False),
                      ("签发人：", FS, 16, False), ("马建新", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    for line in ("乌鲁木齐市发展和改革委员会关于报送乌鲁",
                 "木齐市2026年度丝绸之路经济带核心区建设",
                 "重点项目清单的报告"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "自治区推进丝绸之路经济带核心区建设工作领导小组办公室：", indent=False)

    IND = "\u3000\u3000"

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False, align=J, line=26)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False, line=26)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)],
                indent=False, align=J, line=26)

    body("根据《关于做好2026年度丝绸之路经济带核心区建设重点项目清单编制工作的通知》（新丝路办〔2026〕2号）要求，我委会同有关部门组织编制了2026年度重点项目清单。现将有关情况报告如下：")
    head("一、清单编制情况")
    # one paragraph, a Shift+Enter in the middle, second part indented with typed spaces
    t1 = "此次清单编制坚持“谋划一批、储备一批、实施一批”的原则，经各区（县）、开发区申报，市级部门初审，最终确定纳入2026年度清单项目%d个，总投资%s亿元，2026年计划投资%s亿元。" % (n_all, tot_all, plan_all)
    t2 = "与2025年度清单相比，项目数量增加3个，总投资增长12.4%%，其中总投资10亿元以上项目%d个。" % sum(1 for _, ps in WLMQ for p in ps if d(p[4]) >= 10)
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False, align=J, line=26)
    clauses.extend([t1, t2])
    head("二、项目分类情况")
    body("按项目类别分，%s；按建设性质分，新建项目%d个、续建项目%d个。具体见表1。" % (
        "、".join("%s%d个" % (c[0], c[1]) for c in cats), new_all, cont_all))
    add_par(doc, [("表1　2026年度重点项目分类汇总表", HT, 14, False)], align=C, indent=False,
            line=24)
    p = add_par(doc, [("单位：个、亿元", FS, 12, False)], align=R, indent=False, line=18)
    keys = ["类别", "项目数（个）／小计", "项目数（个）／新建", "项目数（个）／续建",
            "总投资（亿元）", "2026年计划投资（亿元）"]
    t = new_table(doc, 2 + len(cats) + 1, [3.2, 1.8, 1.8, 1.8, 3.0, 3.8])
    m = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(m, "类别", HT, 12, line=18)
    m = t.cell(0, 1).merge(t.cell(0, 3))
    set_cell(m, "项目数（个）", HT, 12, line=18)
    for i, h in zip((1, 2, 3), ("小计", "新建", "续建")):
        set_cell(t.cell(1, i), h, HT, 12, line=18)
    m = t.cell(0, 4).merge(t.cell(1, 4))
    set_cell(m, "总投资（亿元）", HT, 12, line=18)
    m = t.cell(0, 5).merge(t.cell(1, 5))
    set_cell(m, "2026年计划投资（亿元）", HT, 12, line=18)
    rows = [[c[0], str(c[1]), str(c[2]), str(c[3]), str(c[4]), str(c[5])] for c in cats]
    rows.append(["合计", str(n_all), str(new_all), str(cont_all), str(tot_all), str(plan_all)])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, line=18)
        clauses.append(row_clause(keys, row))
    empty(doc, 1, line=14)
    head("三、下一步工作")
    runin("（一）强化调度。", "实行“周调度、月通报”机制。")
    runin("（二）争取支持。", "积极争取中央预算内投资、地方政府专项债券等资金支持，推动更多项目纳入自治区重点项目盘子。")
    body("恳请自治区领导小组办公室协调有关部门在用地、能耗指标等方面给予倾斜支持。")
    add_par(doc, IND + "特此报告。", indent=False, line=26)
    add_par(doc, IND + "附件：乌鲁木齐市2026年度丝绸之路经济带核心区建设重点项目清单", indent=False, line=26)
    empty(doc, 1, line=26)
    add_par(doc, " " * 30 + "乌鲁木齐市发展和改革委员会", indent=False, line=26)
    add_par(doc, " " * 36 + "2026年3月9日", indent=False, line=26)
    add_par(doc, IND + "（联系人：阿依古丽　电话：0991-4512376）", indent=False, line=26)

    # ---------------- 附件: landscape, the clerk splits the table by hand (续表)
    landscape(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("乌鲁木齐市2026年度丝绸之路经济带核心区建设重点项目清单", XBS, 20, False)],
            align=C, indent=False, line=32, after=6)
    hdr = ["序号", "类别", "项目名称", "项目业主", "建设性质", "建设起止年限",
           "总投资（亿元）", "2026年计划投资（亿元）"]
    widths = [1.3, 2.2, 6.6, 6.4, 1.7, 2.2, 2.0, 2.3]

    def part(groups, start_no, with_total):
        nrows = 1 + sum(len(ps) for _, ps in groups) + (1 if with_total else 0)
        t = new_table(doc, nrows, widths)
        for i, h in enumerate(hdr):
            set_cell(t.cell(0, i), h, HT, 10, line=13)
        r = 1
        no = start_no
        for cname, ps in groups:
            top = r
            for pr in ps:
                no += 1
                vals = [str(no), cname] + list(pr)
                for ci, v in enumerate(vals):
                    if ci == 1:
                        continue
                    set_cell(t.cell(r, ci), v, FS, 10, line=13, align=L if ci in (2, 3) else C)
                cant_split(t.rows[r])
                clauses.append(row_clause(hdr, vals))
                r += 1
            m = t.cell(top, 1).merge(t.cell(r - 1, 1)) if r - 1 > top else t.cell(top, 1)
            set_cell(m, cname, FS, 10, line=13)
        if with_total:
            vals = ["合计", "—", "共%d个项目" % n_all, "—", "新建%d个、续建%d个" % (new_all, cont_all),
                    "—", str(tot_all), str(plan_all)]
            for ci, v in enumerate(vals):
                set_cell(t.cell(r, ci), v, HT if ci in (0, 6, 7) else FS, 10, line=13)
            clauses.append(row_clause(hdr, vals))
        return no

    last = part(WLMQ[:2], 0, False)
    page_break(doc)
    add_par(doc, [("续表", KT, 14, False)], indent=False, line=24)
    part(WLMQ[2:], last, True)
    empty(doc, 1, line=12)
    note = "说明：建设性质按截至2026年1月底项目实际开工情况填列；总投资10亿元以上项目须同步录入国家重大建设项目库。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20)
    clauses.append(note)
    empty(doc, 1, line=12)
    p = banji(doc, ["抄送：自治区发展改革委、自治区商务厅，市人民政府办公厅。"],
              "乌鲁木齐市发展和改革委员会办公室", "2026年3月9日印发", size=12)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(24.2), 2)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "乌鲁木齐市发展和改革委员会关于报送乌鲁木齐市2026年度丝绸之路经济带核心区建设重点项目清单的报告",
            "doc_number": "乌发改报〔2026〕17号",
            "issuer": ["乌鲁木齐市发展和改革委员会"],
            "date": "2026-03-09",
            "published": None,
            "level": "municipal",
            "region": "乌鲁木齐市",
            "effective": None,
            "expires": None,
            "attachments": ["乌鲁木齐市2026年度丝绸之路经济带核心区建设重点项目清单"],
            "doc_type": "报告",
            "recipients": ["自治区推进丝绸之路经济带核心区建设工作领导小组办公室"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 福建 joint notice: 联合行文 版头 laid out in a borderless table, 境外项目清单
FJ = [
    ("港口与基础设施类", [
        ("印度尼西亚巴淡岛集装箱码头运营项目", "印度尼西亚", "福建省港口集团有限责任公司", "32000", "8500", "在建"),
        ("菲律宾达沃港散货泊位改造项目", "菲律宾", "厦门港务控股集团有限公司", "12600", "4200", "前期"),
        ("马来西亚关丹港深水码头二期配套工程", "马来西亚", "福建省交通运输集团有限责任公司", "18500", "6000", "在建"),
    ]),
    ("产业园区与制造业类", [
        ("中印尼“两国双园”民丹工业园福建产业区", "印度尼西亚", "福州元洪投资开发建设有限公司", "45000", "12000", "在建"),
        ("越南海防锂电池隔膜生产基地", "越南", "闽东新材料科技股份有限公司", "28000", "9000", "在建"),
        ("埃及苏伊士经贸合作区纺织印染产业园", "埃及", "晋江华纺实业集团有限公司", "16800", "5500", "前期"),
        ("沙特吉赞陶瓷建材生产基地", "沙特阿拉伯", "泉州恒达建材股份有限公司", "21500", "7800", "在建"),
    ]),
    ("能源资源类", [
        ("印度尼西亚北苏拉威西镍铁冶炼项目（二期）", "印度尼西亚", "福建鑫海冶金有限公司", "52000", "15000", "在建"),
        ("巴基斯坦信德省100兆瓦光伏电站项目", "巴基斯坦", "福建省能源石化集团有限责任公司", "9800", "6200", "在建"),
        ("哈萨克斯坦阿拉木图州风电项目", "哈萨克斯坦", "闽投新能源有限公司", "24000", "3500", "前期"),
    ]),
    ("农业与渔业类", [
        ("毛里塔尼亚努瓦迪布远洋渔业基地扩建项目", "毛里塔尼亚", "福州宏远海洋渔业有限公司", "8600", "2800", "在建"),
        ("缅甸仰光水稻良种繁育与加工中心", "缅甸", "福建农发国际合作有限公司", "3200", "1100", "前期"),
        ("斐济菌草技术示范推广基地", "斐济", "福建农林大学", "1500", "600", "在建"),
    ]),
]
ASEAN = {"印度尼西亚", "菲律宾", "马来西亚", "越南", "缅甸"}


def doc_fujian():
    stem = "blind880_fujian_jingwai"
    doc = Document()
    setup(doc, pn_style=("- ", " -"))
    clauses = []

    projs_all = [p for _, ps in FJ for p in ps]
    n_all = len(projs_all)
    countries = []
    for p in projs_all:
        if p[1] not in countries:
            countries.append(p[1])
    inv_all = sum(int(p[3]) for p in projs_all)
    plan_all = sum(int(p[4]) for p in projs_all)
    n_asean = sum(1 for p in projs_all if p[1] in ASEAN)

    # joint 版头: two organ names stacked, "文件" on the right, in a borderless table
    t = new_table(doc, 2, [12.2, 3.4], grid=False)
    for r, name in ((0, "福建省推进“一带一路”建设工作领导小组办公室"), (1, "福建省商务厅")):
        set_cell(t.cell(r, 0), "", XBS, 18, align=J, line=34)
        p0 = t.cell(r, 0).paragraphs[0]
        for run in list(p0.runs):
            run._r.getparent().remove(run._r)
        font(p0.add_run(name), XBS, 18, False, RED, 80)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 40, align=C, line=60)
    m.paragraphs[0].runs[0].font.color.rgb = RED
    # distribute the short name across the cell width like the long one
    t.cell(1, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    t.cell(0, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    empty(doc, 1)
    p = add_par(doc, "闽一带一路办〔2026〕4号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for line in ("福建省推进“一带一路”建设工作领导小组办公室",
                 "福建省商务厅关于下达2026年度福建省21世纪",
                 "海上丝绸之路核心区建设境外重点项目清单的通知"):
        add_par(doc, [(line, XBS, 19, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市商务局，平潭综合实验区经济发展局，省直有关单位，有关企业：", indent=False)

    def body(t, **kw):
        clauses.append(t)
        add_par(doc, t, align=J, **kw)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], align=J)

    body("为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，加快推进21世纪海上丝绸之路核心区建设，引导我省企业有序开展境外投资合作，经省推进“一带一路”建设工作领导小组同意，现将2026年度福建省21世纪海上丝绸之路核心区建设境外重点项目清单（以下简称“境外清单”）下达给你们，请认真抓好组织实施。")
    head("一、总体情况")
    by_cat = "、".join("%s%d个" % (c, len(ps)) for c, ps in FJ)
    body("2026年度境外清单共列入项目%d个，分布在%d个国家，中方协议投资额合计%d万美元，2026年计划完成投资%d万美元。按领域分，%s。其中，位于东盟国家的项目%d个，中方协议投资额%d万美元，占%s%%。" % (
        n_all, len(countries), inv_all, plan_all, by_cat, n_asean,
        sum(int(p[3]) for p in projs_all if p[1] in ASEAN),
        (Decimal(sum(int(p[3]) for p in projs_all if p[1] in ASEAN)) * 100 / inv_all).quantize(Decimal("0.1"))))
    head("二、工作要求")
    runin("（一）压实主体责任。", "各设区市商务主管部门和省属企业主管部门要履行属地管理和行业管理责任，对境外清单项目实行“一项目一专班”，协调解决项目推进中的困难和问题。")
    runin("（二）强化服务保障。", "省直有关单位要加大对境外清单项目的支持力度：")
    # sub items typed with full-width "．" and full-width spaces instead of indent
    for s in ["1．加强金融支持。人行福建省分行、国家外汇管理局福建省分局指导金融机构对境外清单项目给予信贷和跨境结算便利。",
              "2．加强保险保障。中国出口信用保险公司福建分公司对符合条件的项目优先提供海外投资保险，保费费率给予适当优惠。",
              "3．加强资金扶持。省商务厅会同省财政厅对境外清单项目的前期费用、境外人员安全培训等按规定给予补助，单个项目年度补助不超过200万元。"]:
        clauses.append(s)
        add_par(doc, "\u3000\u3000" + s, indent=False, align=J)
    runin("（三）做好风险防控。", "各有关企业要遵守东道国法律法规，履行社会责任，建立境外安全风险评估和应急处置机制，重大突发事件须在24小时内报告。")
    runin("（四）实行动态调整。", "对因东道国政策变化、市场环境等原因无法推进的项目，经省领导小组办公室审核后调出境外清单；对符合条件的新增项目，每年7月集中调整一次。")
    runin("（五）按时报送信息。", "各有关单位于每季度结束后10日内，通过“福建省境外投资项目管理系统”报送项目进展情况，重大事项随时报告。联系人：省商务厅对外投资和经济合作处 林晓东，电话：0591-87613245。")
    body("三、本通知自2026年4月1日起执行，有效期至2027年3月31日。", first=Pt(32))
    p = add_par(doc, "附件：2026年度福建省21世纪海上丝绸之路核心区建设", indent=True)
    p = add_par(doc, "境外重点项目清单", indent=False)
    p.paragraph_format.left_indent = Pt(80)
    empty(doc, 2)
    # joint 落款 side by side in a borderless table (long name broken by hand),
    # date in Chinese numerals
    t = new_table(doc, 2, [9.6, 6.0], grid=False)
    set_cell(t.cell(0, 0), "福建省推进“一带一路”", FS, 16, line=28)
    t.cell(0, 0).paragraphs[0].add_run().add_break(WD_BREAK.LINE)
    font(t.cell(0, 0).paragraphs[0].add_run("建设工作领导小组办公室"), FS, 16)
    set_cell(t.cell(0, 1), "福建省商务厅", FS, 16, line=28)
    m = t.cell(1, 0).merge(t.cell(1, 1))
    set_cell(m, "二〇二六年三月二十日", FS, 16, align=R, line=28)
    m.paragraphs[0].paragraph_format.right_indent = Pt(48)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---------------- 附件 (landscape)
    landscape(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2026年度福建省21世纪海上丝绸之路核心区建设境外重点项目清单", XBS, 20, False)],
            align=C, indent=False, line=32, after=4)
    add_par(doc, [("单位：万美元", FS, 12, False)], align=R, indent=False, line=18)
    hdr = ["类别", "序号", "项目名称", "所在国家", "境内投资主体", "中方协议投资额",
           "2026年计划完成投资", "项目进展"]
    widths = [2.2, 1.2, 7.2, 2.5, 6.0, 2.0, 2.2, 1.6]
    nrows = 1 + sum(len(ps) + 1 for _, ps in FJ) + 1
    t = new_table(doc, nrows, widths)
    for i, h in enumerate(hdr):
        set_cell(t.cell(0, i), h, HT, 10, line=13)
    repeat_header(t.rows[0])
    r = 1
    no = 0
    for cname, ps in FJ:
        top = r
        for pr in ps:
            no += 1
            vals = [cname, str(no)] + list(pr)
            for ci, v in enumerate(vals):
                if ci == 0:
                    continue
                set_cell(t.cell(r, ci), v, FS, 10, line=13, align=L if ci in (2, 4) else C)
            cant_split(t.rows[r])
            clauses.append(row_clause(hdr, vals))
            r += 1
        vals = [cname, "小计", "%d个项目" % len(ps), "—", "—",
                str(sum(int(p[3]) for p in ps)), str(sum(int(p[4]) for p in ps)), "—"]
        for ci, v in enumerate(vals):
            if ci == 0:
                continue
            set_cell(t.cell(r, ci), v, HT if ci in (1, 5, 6) else FS, 10, line=13)
        cant_split(t.rows[r])
        clauses.append(row_clause(hdr, vals))
        m = t.cell(top, 0).merge(t.cell(r, 0))
        set_cell(m, cname, FS, 10, line=13)
        r += 1
    vals = ["总计", "—", "%d个项目" % n_all, "%d个国家" % len(countries), "—",
            str(inv_all), str(plan_all), "—"]
    for ci, v in enumerate(vals):
        set_cell(t.cell(r, ci), v, HT, 10, line=13)
    clauses.append(row_clause(hdr, vals))
    note = "注：项目进展分为“前期”“在建”两类；中方协议投资额以境外投资备案（核准）文件载明金额为准。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20)
    clauses.append(note)
    empty(doc, 1, line=12)
    p = banji(doc, ["抄送：商务部对外投资和经济合作司，省发展改革委、省财政厅、省外办、省国资委，人行福建省分行、国家外汇管理局福建省分局、中国出口信用保险公司福建分公司。"],
              "福建省商务厅办公室", "2026年3月20日印发", size=12)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(24.2), 2)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "福建省推进“一带一路”建设工作领导小组办公室福建省商务厅关于下达2026年度福建省21世纪海上丝绸之路核心区建设境外重点项目清单的通知",
            "doc_number": "闽一带一路办〔2026〕4号",
            "issuer": ["福建省推进“一带一路”建设工作领导小组办公室", "福建省商务厅"],
            "date": "2026-03-20",
            "published": None,
            "level": "provincial",
            "region": "福建省",
            "effective": "2026-04-01",
            "expires": "2027-03-31",
            "attachments": ["2026年度福建省21世纪海上丝绸之路核心区建设境外重点项目清单"],
            "doc_type": "通知",
            "recipients": ["各设区市商务局", "平潭综合实验区经济发展局", "省直有关单位", "有关企业"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_guangxi(), doc_wulumuqi(), doc_fujian()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
