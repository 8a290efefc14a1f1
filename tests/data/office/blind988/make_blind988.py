# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 988: 省自贸办通知 + 工作推进台账 (landscape wide table), Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
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
IND = "\u3000\u3000"  # typed full-width spaces used as indent

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


def page_footer(section, left="— ", right=" —"):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run(left), SONG, 14)
    r = fp.add_run()
    font(r, SONG, 14)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, SONG, 14)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, SONG, 14)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), SONG, 14)
    r5 = fp.add_run()
    font(r5, SONG, 14)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(fp.add_run(right), SONG, 14)


def setup(doc, left="— ", right=" —"):
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
    page_footer(s, left, right)


def landscape(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21)
    s.top_margin, s.bottom_margin = Cm(2.2), Cm(2.0)
    s.left_margin, s.right_margin = Cm(2.5), Cm(2.5)
    return s


def portrait(doc):
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    return s


def fill_cell(cell, value, name=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    """value: str (one paragraph), list (several paragraphs, e.g. 1. 2.),
    or ("br", [...]) (one paragraph, lines split with manual line breaks).
    Returns the text as it reads (paragraphs / lines joined with nothing)."""
    # remove every paragraph but the first
    ps = cell.paragraphs
    for extra in ps[1:]:
        extra._p.getparent().remove(extra._p)
    p0 = cell.paragraphs[0]
    for r in list(p0.runs):
        r._r.getparent().remove(r._r)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    def style(p):
        p.alignment = align
        pf = p.paragraph_format
        pf.line_spacing = Pt(15)
        pf.first_line_indent = Pt(0)
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)

    if isinstance(value, tuple) and value[0] == "br":
        lines = value[1]
        for i, ln in enumerate(lines):
            if i:
                p0.add_run().add_break(WD_BREAK.LINE)
            font(p0.add_run(ln), name, size, bold)
        style(p0)
        return "".join(lines)
    if isinstance(value, list):
        for i, t in enumerate(value):
            p = p0 if i == 0 else cell.add_paragraph()
            font(p.add_run(t), name, size, bold)
            style(p)
        return "".join(value)
    font(p0.add_run(value), name, size, bold)
    style(p0)
    return value


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def grid_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def ledger(doc, header_rows, keys, widths, rows, groups, merge_cols, left_cols, clauses):
    """Build a 台账 table.
    header_rows: list of header rows; each a list of (text, colspan, rowspan) placements
                 given as dict col->(text, colspan, rowspan) for the first header row and
                 plain lists for later rows (None = covered by a merge).
    keys: clause keys for each physical column.
    rows: list of physical rows (values for fill_cell).
    groups: list of row counts (one per task); merge_cols merged across each group.
    """
    nh = len(header_rows)
    ncol = len(widths)
    t = doc.add_table(rows=nh + len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid_widths(t, widths)
    # header
    for hi, hrow in enumerate(header_rows):
        for ci, spec in enumerate(hrow):
            if spec is None:
                continue
            text, cs, rs = spec
            cell = t.cell(hi, ci)
            if cs > 1 or rs > 1:
                cell = cell.merge(t.cell(hi + rs - 1, ci + cs - 1))
            fill_cell(cell, text, HT, 10.5)
        repeat_header(t.rows[hi])
    # data
    texts = []
    for ri, row in enumerate(rows):
        rt = []
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
            rt.append(fill_cell(t.cell(nh + ri, ci), v, FS, 10.5, align=al))
        texts.append(rt)
    # merges for task groups (vertical)
    start = 0
    for g in groups:
        if g > 1:
            for ci in merge_cols:
                top = t.cell(nh + start, ci)
                val = rows[start][ci]
                m = top.merge(t.cell(nh + start + g - 1, ci))
                al = WD_ALIGN_PARAGRAPH.LEFT if ci in left_cols else WD_ALIGN_PARAGRAPH.CENTER
                fill_cell(m, val, FS, 10.5, align=al)
        start += g
    for rt in texts:
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, rt)))
    return t


def banji(doc, cc, printer, date_txt, size=14, indent_pt=14):
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(indent_pt)
    p.paragraph_format.right_indent = Pt(indent_pt)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(indent_pt)
    p2.paragraph_format.right_indent = Pt(indent_pt)
    return p2


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_988", "--headless",
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
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
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


KEYS7 = ["序号", "任务名称", "具体举措", "责任单位", "时间节点", "进展情况", "备注"]


# =================================================================== DOC A  四川
def doc_sichuan():
    stem = "blind988_sichuan_yinfa"
    doc = Document()
    setup(doc)
    clauses = []

    # 版头: borderless layout table, organ name in two lines + 文件
    empty(doc, 1, line=20)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid_widths(t, [11.2, 4.2])
    c0, c1 = t.rows[0].cells
    c0.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    c1.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    p = c0.paragraphs[0]
    font(p.add_run("四川省自由贸易试验区"), XBS, 30, False, RED)
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p.paragraph_format.line_spacing = Pt(40)
    p = c0.add_paragraph()
    font(p.add_run("工作领导小组办公室"), XBS, 30, False, RED)
    p.alignment = WD_ALIGN_PARAGRAPH.DISTRIBUTE
    p.paragraph_format.line_spacing = Pt(40)
    p = c1.paragraphs[0]
    font(p.add_run("文件"), XBS, 44, False, RED)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    empty(doc, 1)
    p = add_par(doc, "川自贸办〔2026〕3号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three paragraphs, wrapped at odd places
    for ln in ["四川省自由贸易试验区工作领导小组办公室",
               "关于印发《中国（四川）自由贸易试验区",
               "2026年改革试点任务工作推进台账》的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "中国（四川）自由贸易试验区各片区管理机构，各协同改革先行区，省级有关部门（单位）：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, HT, 16, False), (t, FS, 16, False)])

    body("为深入实施自由贸易试验区提升战略，扎实推进《中国（四川）自由贸易试验区提升行动方案》落地见效，省自贸办会同省级有关部门梳理形成了《中国（四川）自由贸易试验区2026年改革试点任务工作推进台账》（以下简称《台账》）。经省自由贸易试验区工作领导小组同意，现印发给你们，并就有关事项通知如下：")
    runin("一、压实工作责任。", "《台账》共梳理重点改革试点任务5项、具体举措12条，明确了牵头单位、配合单位和时间节点。各牵头单位要细化推进计划，各片区管理机构要建立“一项任务、一名责任领导、一个工作专班”推进机制，确保按时保质完成。")
    runin("二、按月报送进展。", "自2026年3月起，各片区管理机构、各牵头单位于每月5日前（遇节假日顺延）将上月《台账》推进情况报送省自贸办。进展情况应当量化表述，已完成的任务须附佐证材料；涉密内容不得通过信息管理平台报送。")
    runin("三、加强督促检查。", "省自贸办对《台账》推进情况实行“月调度、季通报、年考评”，对进度滞后的任务进行提醒督办，推进情况纳入年度自贸试验区建设考核评价。")
    body("联系人：省自贸办综合处　王晓川，电话：028-86705123。")
    empty(doc, 1)
    att = "中国（四川）自由贸易试验区2026年改革试点任务工作推进台账"
    p = add_par(doc, "附件：" + att, indent=True)
    p.paragraph_format.left_indent = Pt(0)
    empty(doc, 2)
    p = add_par(doc, "四川省自由贸易试验区工作领导小组办公室", indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(32)
    p = add_par(doc, "2026年2月13日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ------------------------------------------------ 附件: landscape 台账
    landscape(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [(att, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            line=32, after=8)
    rows = [
        ["1", "深化陆海联运“一单制”改革",
         ["1.推广铁路运单物权化应用，扩大“铁路提单+信用证”结算规模；",
          "2.推动铁路提单在中欧班列（成都）、西部陆海新通道班列全面应用。"],
         ["牵头：成都青白江铁路港片区管委会", "配合：省商务厅、中国人民银行四川省分行"],
         "2026年6月底前",
         ["1.截至1月底，累计签发铁路提单86单，货值4.3亿元；",
          "2.已与3家境外银行达成提单互认意向。"],
         "拟申报全国复制推广"],
        ["1", "深化陆海联运“一单制”改革",
         ["3.开展多式联运“一次委托、一口报价、一单到底、一票结算”试点，实现国内段、国际段全程一单制。"],
         ["牵头：省交通运输厅", "配合：成都海关、成都青白江铁路港片区管委会"],
         "2026年9月底前",
         ["已完成信息系统对接方案设计，正在开展联调测试。"],
         "—"],
        ["2", "提升川南临港片区港口型物流枢纽能级",
         ["1.推进泸州港多式联运示范工程，实施“离港确认”“铁水联运”便利化措施；",
          "2.推动泸州港至钦州港“川桂班列”常态化运行。"],
         ["牵头：川南临港片区管委会", "配合：省交通运输厅、成都海关"],
         "2026年12月底前",
         ["1.“离港确认”模式已在泸州港全面实施；",
          "2.“川桂班列”1月开行12列，同比增长33.3%。"],
         "—"],
        ["2", "提升川南临港片区港口型物流枢纽能级",
         ["3.探索内河港口“水运+保税”监管模式，支持企业开展保税维修业务。"],
         ["牵头：成都海关", "配合：川南临港片区管委会"],
         "2026年10月底前",
         ["正在开展政策研究，已形成初步方案。"],
         "需海关总署支持"],
        ["3", "推进跨境服务贸易和数据跨境流动便利化",
         ["1.在成都天府新区片区开展数据出境安全评估申报“一站式”服务；",
          "2.制定片区数据出境负面清单。"],
         ["牵头：省委网信办", "配合：成都天府新区片区管委会"],
         "2026年6月底前",
         ["1.数据跨境服务中心已挂牌运行，累计服务企业27家；",
          "2.负面清单初稿已报送国家网信办。"],
         "重点突破事项"],
        ["3", "推进跨境服务贸易和数据跨境流动便利化",
         ["3.支持境外专业人才在片区执业，扩大境外职业资格认可范围。"],
         ["牵头：省人力资源社会保障厅", "配合：成都天府新区片区管委会、省外办"],
         "2026年12月底前",
         ["已发布第二批境外职业资格认可目录，新增认可职业资格12项。"],
         "—"],
        ["4", "深化投资领域“放管服”改革",
         ["1.在自贸试验区全域推行企业投资项目承诺制；",
          "2.推动“一业一证”改革向更多行业延伸。"],
         ["牵头：省发展改革委", "配合：省市场监管局，各片区管理机构"],
         "2026年8月底前",
         ["1.承诺制已覆盖3个片区，累计办理项目41个；",
          "2.“一业一证”行业范围扩展至38个。"],
         "—"],
        ["5", "健全自贸试验区风险防控体系",
         ["建立重点改革事项风险评估机制，定期开展风险排查。"],
         ["牵头：省自贸办", "配合：省级有关部门，各片区管理机构"],
         "2026年12月底前",
         ["已制定风险防控清单，明确风险点21个。"],
         "—"],
    ]
    hdr = [[(k, 1, 1) for k in KEYS7]]
    ledger(doc, hdr, KEYS7, [1.1, 3.0, 7.0, 4.2, 2.2, 5.6, 1.6], rows,
           groups=[2, 2, 2, 1, 1], merge_cols=[0, 1], left_cols=[2, 3, 5], clauses=clauses)
    notes = ["注：1.“时间节点”为任务完成的最迟时限，鼓励各责任单位提前完成。",
             "2.“进展情况”栏为截至2026年1月31日的推进情况，由牵头单位每月更新后报送。",
             "3.备注栏注明“重点突破事项”的，由省自贸办实行专项调度。"]
    for i, n in enumerate(notes):
        # the clerk aligns 2. and 3. under 1. with typed full-width spaces
        txt = n if i == 0 else "\u3000\u3000" + n
        add_par(doc, [(txt, FS, 12, False)], indent=False, line=20,
                before=6 if i == 0 else 0)
        clauses.append(n)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省自由贸易试验区工作领导小组办公室关于印发《中国（四川）自由贸易试验区2026年改革试点任务工作推进台账》的通知",
            "doc_number": "川自贸办〔2026〕3号",
            "issuer": ["四川省自由贸易试验区工作领导小组办公室"],
            "date": "2026-02-13",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "通知",
            "recipients": ["中国（四川）自由贸易试验区各片区管理机构", "各协同改革先行区",
                           "省级有关部门（单位）"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B  广西
def doc_guangxi():
    stem = "blind988_guangxi_yuebao"
    doc = Document()
    setup(doc, "- ", " -")
    clauses = []

    # 信函式版头: organ name in two lines (Shift+Enter), no 文件
    p = doc.add_paragraph()
    font(p.add_run("广西壮族自治区自由贸易试验区"), XBS, 26, False, RED)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("工作领导小组办公室"), XBS, 26, False, RED)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=38, before=6)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, val="thinThickSmallGap")
    # 特急 left, 文号 right, aligned by a right tab stop
    p = add_par(doc, [("特急", HT, 16, False), ("\t", FS, 16, False),
                      ("桂自贸办函〔2026〕11号", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("关于做好中国（广西）自由贸易试验区重点"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("改革任务工作推进台账月度报送工作的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "南宁片区管委会、钦州港片区管委会、崇左片区管委会，自治区有关单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)

    att = "中国（广西）自由贸易试验区2026年重点改革任务工作推进台账"
    body("为及时掌握《中国（广西）自由贸易试验区提升行动方案（2025—2027年）》重点改革任务推进情况，自治区自贸办编制了《" + att + "》（见附件）。现就做好台账月度报送工作通知如下：")
    runin("一、报送主体。", "各片区管委会负责汇总本片区牵头和参与任务的进展情况；自治区有关单位负责报送本单位牵头任务的进展情况。")
    runin("二、报送时间。", "每月5日前(节假日顺延)报送上月台账更新情况。3月5日前首次报送1—2月进展情况。")
    runin("三、报送内容。", "主要包括任务进展、制度创新成果和典型案例、需自治区层面协调解决的困难问题等。已完成的任务注明完成时间，未完成的说明当前进度和预计完成时间。")
    runin("四、报送要求。", "报送材料须经单位主要负责同志审签，电子版发送至gxzmb_tz@126.com，纸质版加盖公章后报送自治区自贸办。")
    # two visual paragraphs typed in one w:p with Shift+Enter
    h5, t5 = "五、结果运用。", "自治区自贸办每季度汇总分析台账推进情况，形成通报报自治区人民政府。"
    t6 = "对连续2个月进度滞后的任务，自治区自贸办将会同有关单位开展专题督导。"
    p = doc.add_paragraph()
    font(p.add_run(IND), FS, 16)
    font(p.add_run(h5), HT, 16)
    font(p.add_run(t5), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t6), FS, 16)
    fmt(p, indent=False)
    clauses.extend([h5 + t5, t6])
    body("联系人：自治区自贸办综合协调处　黄志坚，电话：0771-2108736。")
    add_par(doc, IND + "特此通知。", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "附件：" + att, indent=False)
    empty(doc, 2)
    p = add_par(doc, "广西壮族自治区自由贸易试验区工作领导小组办公室", indent=False,
                align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(16)
    p = add_par(doc, "2026年3月2日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(96)

    # ------------------------------------------------ 附件: landscape, manual split + 续表
    landscape(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [(att, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            line=32, after=6)
    keys = ["序号", "任务名称", "具体举措", "责任单位／牵头单位", "责任单位／配合单位",
            "时间节点", "进展情况", "备注"]
    hdr = [
        [("序号", 1, 2), ("任务名称", 1, 2), ("具体举措", 1, 2), ("责任单位", 2, 1), None,
         ("时间节点", 1, 2), ("进展情况", 1, 2), ("备注", 1, 2)],
        [None, None, None, ("牵头单位", 1, 1), ("配合单位", 1, 1), None, None, None],
    ]
    widths = [1.0, 2.6, 6.4, 2.9, 3.2, 2.2, 5.2, 1.2]
    part1 = [
        ["1", "深化中国—东盟跨境贸易便利化",
         ["1.推进中国—东盟“单一窗口”互联互通，实现与东盟国家原产地证书电子数据交换；",
          "2.扩大“提前申报”“两段准入”等通关模式适用范围。"],
         "南宁海关", "自治区商务厅、南宁片区管委会", "2026年6月30日前",
         ["1.已与越南、泰国等4国实现原产地证书电子数据交换；",
          "2.南宁片区进口货物整体通关时间压缩至28.6小时。"], "—"],
        ["1", "深化中国—东盟跨境贸易便利化",
         ["3.在崇左片区推进友谊关口岸智慧口岸建设，探索“无人驾驶+跨境运输”新模式。"],
         "崇左片区管委会", "南宁海关、自治区口岸办", "2026年12月31日前",
         ["1.友谊关口岸智能通关系统一期已投入使用；",
          "2.跨境无人驾驶集装箱卡车完成试运行120车次。"], "国家级试点"],
        ["2", "推动西部陆海新通道高质量建设",
         ["1.推进钦州港自动化集装箱码头扩能，拓展RCEP国家航线；",
          "2.推广海铁联运“一箱到底、一次认证”模式。"],
         "钦州港片区管委会", "自治区交通运输厅、北部湾港集团", "2026年12月31日前",
         ["1.1月完成集装箱吞吐量71.2万标箱，同比增长9.4%；",
          "2.新开通钦州至印度尼西亚雅加达航线1条。"], "—"],
        ["2", "推动西部陆海新通道高质量建设",
         ["3.开展“提单质押+仓单融资”业务，支持金融机构为通道企业提供供应链金融服务。"],
         "中国人民银行广西壮族自治区分行", "国家金融监督管理总局广西监管局、钦州港片区管委会",
         "2026年9月30日前",
         ["已有3家银行开展相关业务，累计融资2.7亿元。"], "—"],
    ]
    ledger(doc, hdr, keys, widths, part1, groups=[2, 2], merge_cols=[0, 1],
           left_cols=[2, 6], clauses=clauses)
    # manual split: 续表 on the next page, header typed again
    p = add_par(doc, [("续表", HT, 14, False)], indent=False, line=24, after=4)
    p.paragraph_format.page_break_before = True
    part2 = [
        ["3", "扩大面向东盟的金融开放",
         ["1.扩大人民币跨境使用，推进面向东盟的跨境人民币结算便利化；",
          "2.支持开展跨境贸易投资高水平开放试点。"],
         "中国人民银行广西壮族自治区分行", "国家外汇管理局广西壮族自治区分局、南宁片区管委会",
         "2026年12月31日前",
         ["1.1月跨境人民币结算量286.4亿元，同比增长15.2%；",
          "2.试点方案已报送国家外汇管理局。"], "—"],
        ["3", "扩大面向东盟的金融开放",
         ["3.探索开展中国—东盟数字人民币跨境支付应用场景试点。"],
         "南宁片区管委会", "中国人民银行广西壮族自治区分行", "2026年10月31日前",
         ["正在会同试点银行梳理应用场景，暂无实质性进展。"], "进度滞后"],
        ["4", "优化边境贸易发展模式",
         ["1.推进“边民互市+落地加工”改革，扩大互市商品落地加工品种；",
          "2.建设崇左片区东盟水果、坚果交易集散中心。"],
         "崇左片区管委会", "自治区商务厅、南宁海关", "2026年11月30日前",
         ["1.新增落地加工企业8家，互市商品落地加工率达到46%；",
          "2.交易集散中心主体工程已完工。"], "—"],
        ["5", "健全知识产权保护和纠纷解决机制",
         ["1.设立中国—东盟知识产权保护中心南宁分中心；",
          "2.推动国际商事仲裁、调解机构入驻南宁片区。"],
         "自治区市场监管局（知识产权局）", "自治区司法厅、南宁片区管委会", "2026年8月31日前",
         ["1.分中心筹建方案已获国家知识产权局批复；",
          "2.已有2家境外仲裁机构设立代表处。"], "—"],
    ]
    ledger(doc, hdr, keys, widths, part2, groups=[2, 1, 1], merge_cols=[0, 1],
           left_cols=[2, 6], clauses=clauses)
    notes = ["注：1.本台账为动态台账，责任单位每月5日前更新“进展情况”栏。",
             "2.“备注”栏标注“进度滞后”的任务，责任单位须书面说明原因及整改措施。",
             "3.时间节点为2026年12月31日前的任务，应于当年11月底前完成主体工作。"]
    for i, n in enumerate(notes):
        p = add_par(doc, [(n, KT, 12, False)], indent=False, line=20, before=6 if i == 0 else 0)
        if i:
            p.paragraph_format.left_indent = Pt(36)
        clauses.append(n)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "关于做好中国（广西）自由贸易试验区重点改革任务工作推进台账月度报送工作的通知",
            "doc_number": "桂自贸办函〔2026〕11号",
            "issuer": ["广西壮族自治区自由贸易试验区工作领导小组办公室"],
            "date": "2026-03-02",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": None,
            "expires": None,
            "attachments": [att],
            "doc_type": "通知",
            "recipients": ["南宁片区管委会", "钦州港片区管委会", "崇左片区管委会", "自治区有关单位"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C  黑龙江
def doc_heilongjiang():
    stem = "blind988_heilongjiang_yuebao"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    empty(doc, 1, line=20)
    # long organ name squeezed with character scaling (80%)
    p = doc.add_paragraph()
    font(p.add_run("黑龙江省自由贸易试验区工作领导小组办公室文件"), XBS, 24, False, RED, scale=80)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=44)
    empty(doc, 1)
    p = add_par(doc, "黑自贸办发〔2026〕12号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    for ln in ["黑龙江省自由贸易试验区工作领导小组办公室",
               "关于建立中国（黑龙江）自由贸易试验区",
               "制度创新任务工作推进台账及月报制度的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "哈尔滨片区管委会、黑河片区管委会、绥芬河片区管委会，省自贸试验区工作领导小组各成员单位：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)], indent=False)

    body("为推动中国（黑龙江）自由贸易试验区在对俄及东北亚区域合作领域加大改革创新力度，高质量服务共建“一带一路”，经省自由贸易试验区工作领导小组同意，决定建立制度创新任务工作推进台账及月报制度。现将有关事项通知如下：")
    head("台账内容")
    runin("（一）任务范围。", "台账共梳理制度创新任务4项、具体举措6条（详见附件1），各片区可结合实际增列自主探索任务。")
    runin("（二）动态调整。", "确需调整任务内容或时间节点的，由牵头单位书面申请，经省自贸办审核同意。")
    head("月报制度")
    runin("（一）报送时限。", "各片区管委会、各牵头单位于每月3日前将上月任务推进情况报省自贸办，同时更新工作推进台账。")
    runin("（二）报送格式。", "月报按照附件2格式撰写，原则上不超过3000字。")
    runin("（三）报送渠道。", "电子版通过政务外网报送，纸质版加盖公章后寄送省自贸办（哈尔滨市南岗区中山路202号,邮编150001）。")
    head("工作要求")
    body("各片区、各有关单位要如实反映工作进展，杜绝“报喜不报忧”。省自贸办将定期通报推进情况，作为年度评估和片区考核的重要依据。")
    body("本通知自2026年4月1日起执行，有效期至2027年12月31日。")
    empty(doc, 1)
    att1 = "中国（黑龙江）自由贸易试验区2026年制度创新任务工作推进台账"
    att2 = "月度进展情况报告（参考格式）"
    add_par(doc, IND + "附件：1." + att1, indent=False)
    add_par(doc, IND + "\u3000\u3000\u30002." + att2, indent=False)
    empty(doc, 1)
    # 落款 aligned with a center tab stop
    for txt in ["黑龙江省自由贸易试验区工作领导小组办公室", "二〇二六年三月十六日"]:
        p = add_par(doc, [("\t" + txt, FS, 16, False)], indent=False)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.6), WD_TAB_ALIGNMENT.CENTER)
    add_par(doc, "（此件公开发布）")

    # ------------------------------------------------ 附件1: landscape 台账
    landscape(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [(att1, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
            line=32, after=8)
    rows = [
        ["1", "创新对俄跨境贸易模式",
         ("br", ["1.推进对俄边民互市贸易进口商品落地加工试点；",
                 "2.扩大互市进口商品落地加工种类至粮食、水产品、木材等。"]),
         "黑河片区管委会、绥芬河片区管委会、哈尔滨海关", "2026年9月",
         ("br", ["1.已确定试点企业11家；", "2.大豆、油菜籽落地加工已实现常态化。"]), "—"],
        ["2", "创新对俄跨境贸易模式",
         "探索开展对俄易货贸易便利化试点，研究制定易货贸易统计监测和外汇管理办法。",
         "省商务厅、国家外汇管理局黑龙江省分局", "2026年12月",
         "已赴绥芬河、东宁调研，正在起草试点方案。", "需国家部委支持"],
        ["3", "提升跨境物流通道效能",
         ("br", ["1.推动黑河—布拉戈维申斯克跨境索道开通运营；",
                 "2.完善黑龙江大桥跨境运输配套设施。"]),
         "黑河片区管委会、省交通运输厅", "2026年10月",
         ("br", ["1.跨境索道主体工程已完工，正在开展联调联试；",
                 "2.大桥口岸货运通关能力提升至日均800车次。"]), "—"],
        ["4", "提升跨境物流通道效能",
         "推广中欧班列（哈尔滨）“集装箱+俄铁宽轨”换装作业新模式，压缩口岸换装时间。",
         "哈尔滨片区管委会、中国铁路哈尔滨局集团有限公司", "2026年8月",
         "绥芬河站换装作业平均时间压缩至6.5小时。", "—"],
        ["5", "推进对俄金融服务创新",
         ("br", ["1.扩大卢布现钞使用试点范围；", "2.支持银行开展对俄跨境人民币结算业务。"]),
         "人民银行黑龙江省分行、各片区管委会", "2026年12月",
         ("br", ["1.卢布现钞兑换网点增至23个；",
                 "2.1—2月对俄跨境人民币结算量97.3亿元，同比增长11.6%。"]), "—"],
        ["6", "打造对俄科技合作平台",
         "建设中俄科技成果转化中心，引进俄罗斯科研机构和技术成果在片区转化落地。",
         "哈尔滨片区管委会、省科技厅", "2026年11月",
         "已签约俄方合作项目7项，其中2项进入中试阶段。", "—"],
    ]
    hdr = [[(k, 1, 1) for k in KEYS7]]
    ledger(doc, hdr, KEYS7, [1.0, 3.0, 7.2, 4.0, 2.0, 6.0, 1.5], rows,
           groups=[2, 2, 1, 1], merge_cols=[1], left_cols=[2, 5], clauses=clauses)
    notes = ["注：1.时间节点为任务完成时限，“进展情况”截至2026年2月底，由各责任单位按月更新。",
             "2.责任单位排在第一位的为牵头单位，其他为配合单位。"]
    for i, n in enumerate(notes):
        txt = n if i == 0 else "\u3000\u3000" + n
        add_par(doc, [(txt, FS, 12, False)], indent=False, line=20, before=6 if i == 0 else 0)
        clauses.append(n)

    # ------------------------------------------------ 附件2: portrait, own page
    portrait(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [(att2, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    runin2 = [("一、总体进展。", "简要概述本月任务推进总体情况，分别列明已完成、正在推进、进度滞后的任务数量。"),
              ("二、重点任务进展。", "对照工作推进台账逐项说明推进情况，突出量化指标和阶段性成果。"),
              ("三、制度创新成果。", "本月新形成的制度创新成果和典型案例，包括改革背景、主要做法、取得成效。"),
              ("四、存在问题及建议。", "推进中遇到的困难问题，需省级层面协调解决的事项及具体建议。"),
              ("五、下月工作计划。", "列明下月拟推进的重点工作和预期目标。")]
    for h, t in runin2:
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, HT, 16, False), (t, FS, 16, False)], indent=False)
    body("（报告篇幅原则上不超过3000字，附更新后的工作推进台账。）")
    empty(doc, 3)
    p = banji(doc, "抄送：省人民政府办公厅，商务部自由贸易试验区港建设协调司。",
              "黑龙江省商务厅办公室", "2026年3月16日印发")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "000000", 8, 4)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "黑龙江省自由贸易试验区工作领导小组办公室关于建立中国（黑龙江）自由贸易试验区制度创新任务工作推进台账及月报制度的通知",
            "doc_number": "黑自贸办发〔2026〕12号",
            "issuer": ["黑龙江省自由贸易试验区工作领导小组办公室"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "黑龙江省",
            "effective": "2026-04-01",
            "expires": "2027-12-31",
            "attachments": [att1, att2],
            "doc_type": "通知",
            "recipients": ["哈尔滨片区管委会", "黑河片区管委会", "绥芬河片区管委会",
                           "省自贸试验区工作领导小组各成员单位"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_sichuan(), doc_guangxi(), doc_heilongjiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
