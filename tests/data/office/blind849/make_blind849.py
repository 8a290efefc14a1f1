# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 849: 跨境电商综合试验区建设实施方案（含任务分工表与附件指标体系）.

Writes three Word files (python-docx), their PDFs (LibreOffice) and
expected.json into the directory holding this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
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
C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
R = WD_ALIGN_PARAGRAPH.RIGHT

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
    """runs: str, or list of (text, font, size, bold[, color])."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    return p


def lines_par(doc, parts, name=XBS, size=22, align=C, line=34, color=None):
    """One paragraph, several lines separated by manual line breaks (Shift+Enter)."""
    p = doc.add_paragraph()
    for i, t in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(t), name, size, False, color)
    fmt(p, align=align, indent=False, line=line)
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
    fmt(p, indent=False, line=12)


def page_field(par, name=SONG, size=14, pre="— ", post=" —"):
    font(par.add_run(pre), name, size)
    for xml in ('<w:fldChar %s w:fldCharType="begin"/>',
                '<w:instrText %s xml:space="preserve"> PAGE </w:instrText>',
                '<w:fldChar %s w:fldCharType="separate"/>'):
        r = par.add_run()
        font(r, name, size)
        r._r.append(parse_xml(xml % nsdecls("w")))
    font(par.add_run("1"), name, size)
    r = par.add_run()
    font(r, name, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(par.add_run(post), name, size)


def setup(doc, footer_align=C, pre="— ", post=" —"):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
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
    fp.alignment = footer_align
    page_field(fp, pre=pre, post=post)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER


def col_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def grid_table(doc, head, rows, widths, clauses, size=12, hsize=12, line=18,
               left_cols=(), repeat=True):
    """head: list of header rows; '<' = merged with left, '^' = merged with above.
    rows: data rows; '^' = same cell as the row above (vertically merged).
    One clause per data row: header1：value1；header2：value2 ..."""
    nh, ncol = len(head), len(head[0])
    # flattened header names
    names = []
    for c in range(ncol):
        parts = []
        for r in range(nh):
            v = head[r][c]
            if v == "^":
                continue
            if v == "<":
                k = c
                while head[r][k] == "<":
                    k -= 1
                v = head[r][k]
            if not parts or parts[-1] != v:
                parts.append(v)
        names.append("／".join(parts))
    t = doc.add_table(rows=nh + len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, widths)
    allrows = head + rows
    # resolve merges
    resolved = []
    for r, row in enumerate(allrows):
        res = []
        for c, v in enumerate(row):
            if v == "^":
                v = resolved[r - 1][c]
            elif v == "<":
                v = res[c - 1]
            res.append(v)
        resolved.append(res)
    merges = []
    for r, row in enumerate(allrows):
        for c, v in enumerate(row):
            if v == "<":
                k = c
                while allrows[r][k] == "<":
                    k -= 1
                merges.append(((r, k), (r, c)))
            elif v == "^":
                k = r
                while allrows[k][c] == "^":
                    k -= 1
                merges.append(((k, c), (r, c)))
    origins = set()
    for (a, b) in merges:
        t.cell(*a).merge(t.cell(*b))
    for r, row in enumerate(allrows):
        for c, v in enumerate(row):
            if v in ("^", "<"):
                continue
            if r < nh:
                set_cell(t.cell(r, c), v, HT, hsize, line=line)
            else:
                set_cell(t.cell(r, c), v, FS, size, line=line,
                         align=L if c in left_cols else C)
    for r in range(nh):
        if repeat:
            repeat_header(t.rows[r])
    for r in range(nh, len(allrows)):
        no_split(t.rows[r])
        vals = resolved[r]
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(names, vals)))
    return t


def banji(doc, cc, printer, date_txt, gap=1):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False),
                       (date_txt, FS, 14, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.2), 2)
    border(p2, "bottom", "000000", 8, 4)


def textbox(par, lines, name=HT, size=16, left=0, top=-36, w=96, h=56):
    """VML text box anchored to a paragraph (份号/紧急程度 block)."""
    paras = "".join(
        '<w:p><w:pPr><w:spacing w:line="360" w:lineRule="exact"/></w:pPr><w:r><w:rPr>'
        '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="%d"/></w:rPr>'
        '<w:t>%s</w:t></w:r></w:p>' % (name, name, name, size * 2, t) for t in lines)
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;'
        'z-index:251659264;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:text" filled="f" stroked="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>' % (nsdecls("w"), left, top, w, h, paras))
    par._p.append(parse_xml(xml))


_next_abs = [900]


def make_numbering(doc, lvl_text, fmt_="decimal"):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_, lvl_text, FS, FS, FS))
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


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_849", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None,
            "published": None, "level": None, "region": None, "effective": None,
            "expires": None, "attachments": [], "doc_type": None, "recipients": [],
            "publicity": None, "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A
def doc_wuhu():
    """市政府办公室印发实施方案的通知 + 方案 + 附件 任务分工表（横版）。"""
    stem = "blind849_wuhu_fangan"
    doc = Document()
    setup(doc)
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    # 红头
    add_par(doc, [("芜湖市人民政府办公室文件", XBS, 34, False, RED)],
            align=C, indent=False, line=50, before=18)
    empty(doc, 1)
    p = add_par(doc, "芜政办秘〔2025〕47号", align=C, indent=False)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    # title typed as three separate paragraphs, wrapped at odd places
    for t in ("芜湖市人民政府办公室关于印发中国",
              "（芜湖）跨境电子商务综合试验区提质升级",
              "实施方案（2025—2027年）的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县、市、区人民政府，各开发区管委会，市政府各部门：", indent=False)
    body("经市政府同意，现将《中国（芜湖）跨境电子商务综合试验区提质升级实施方案（2025—2027年）》印发给你们，请结合实际，认真抓好贯彻落实。")
    body("各牵头单位要按照任务分工，细化工作举措，明确时间节点，于每季度结束后5个工作日内将工作推进情况报送市跨境电商综试区建设工作领导小组办公室（设在市商务局）。")
    empty(doc, 2)
    # 落款 pushed right with typed half-width spaces
    add_par(doc, " " * 34 + "芜湖市人民政府办公室", indent=False)
    add_par(doc, " " * 38 + "2025年9月12日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ---- 方案正文 (same document, starts on a new page)
    tp = lines_par(doc, ["中国（芜湖）跨境电子商务综合试验区", "提质升级实施方案（2025—2027年）"])
    tp.paragraph_format.page_break_before = True
    body("为推动中国（芜湖）跨境电子商务综合试验区（以下简称芜湖综试区）提质升级，依托中国（安徽）自由贸易试验区芜湖片区等开放平台，结合我市实际，制定本方案。")
    head("一、总体目标")
    body("到2027年，全市跨境电商进出口额突破260亿元，年均增长20%以上；跨境电商经营主体达到3000家，其中年进出口额超亿元企业50家；建设公共海外仓15个以上，培育省级以上跨境电商产业园5个。")
    head("二、重点任务")
    runin("（一）提升线上综合服务平台功能。", "升级芜湖综试区线上综合服务平台，与国际贸易“单一窗口”实现数据互联互通，为企业提供通关、物流、退税、结汇、融资“一站式”服务。")
    runin("（二）培育壮大经营主体。", "实施“跨境电商+产业带”培育行动，围绕汽车及零部件、智能家电、机器人等优势产业，推动生产制造企业“触网出海”。")
    body("1.开展“百企出海”专项行动，每年组织200家以上企业参加跨境电商平台对接活动。")
    body("2．引进培育跨境电商头部企业和服务商，对新落户的区域总部给予“一事一议”支持。")
    runin("（三）完善海外仓和国际物流体系。", "支持企业在共建“一带一路”国家和RCEP成员国布局海外仓，重点建设德国杜伊斯堡、匈牙利布达佩斯、马来西亚吉隆坡等公共海外仓；常态化开行中欧班列（芜湖）跨境电商专列。")
    runin("（四）深化监管服务创新。", "全面推广跨境电商B2B直接出口(9710)、出口海外仓(9810)监管模式，扩大网购保税进口（1210）业务规模;探索出口退货“一站式”处理模式。")
    runin("（五）强化人才和金融支撑。", "每年培训跨境电商人才3000人次以上；引导金融机构开发“跨境电商贷”“海外仓贷”等专属产品。")
    head("三、保障措施")
    runin("（一）加强组织领导。", "发挥市跨境电商综试区建设工作领导小组统筹协调作用，建立“月调度、季通报、年考核”工作机制。")
    runin("（二）加大政策支持。", "市级商务发展专项资金每年安排不少于5000万元，重点支持公共海外仓、产业园、人才培训等项目。")
    runin("（三）开展监测评估。", "定期对各县市区、各开发区任务落实情况开展评估，评估结果纳入市政府目标管理绩效考核。")
    # 附件 list line under the body (not a clause)
    add_par(doc, "附件：中国（芜湖）跨境电子商务综合试验区提质升级重点任务分工表")

    # ---- 附件: landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    sec.footer_distance = Cm(1.5)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("中国（芜湖）跨境电子商务综合试验区提质升级重点任务分工表", XBS, 20, False)],
            align=C, indent=False, line=34, after=6)
    head_rows = [
        ["序号", "重点任务", "具体举措", "责任单位", "<", "完成时限"],
        ["^", "^", "^", "牵头单位", "配合单位", "^"],
    ]
    rows = [
        ["1", "提升线上综合服务平台功能", "完成线上综合服务平台升级改造，实现与国际贸易“单一窗口”数据对接", "市商务局", "市数据资源局、芜湖海关", "2025年12月底前"],
        ["2", "^", "平台备案企业达到2500家", "市商务局", "各县市区政府、各开发区管委会", "2026年12月底前"],
        ["3", "培育壮大经营主体", "开展“百企出海”专项行动", "市商务局", "市经济和信息化局、各县市区政府", "每年12月底前"],
        ["4", "^", "引进跨境电商区域总部和独立站运营企业", "市投资促进中心", "市商务局、各开发区管委会", "持续推进"],
        ["5", "完善海外仓和国际物流体系", "新建公共海外仓5个以上", "市商务局", "市财政局", "2026年12月底前"],
        ["6", "^", "常态化开行中欧班列（芜湖）跨境电商专列", "市交通运输局", "芜湖海关、芜湖港务有限责任公司", "2025年12月底前"],
        ["7", "深化监管服务创新", "推广9710、9810监管模式，扩大1210业务规模", "芜湖海关", "市商务局、芜湖综合保税区管委会", "持续推进"],
        ["8", "强化人才和金融支撑", "每年培训跨境电商人才3000人次以上", "市人力资源社会保障局", "市教育局、市商务局", "每年12月底前"],
        ["9", "^", "开发“跨境电商贷”“海外仓贷”等金融产品", "市委金融办", "人民银行芜湖市分行、国家金融监督管理总局芜湖监管分局", "2026年6月底前"],
    ]
    grid_table(doc, head_rows, rows, [1.3, 4.2, 8.0, 3.6, 5.0, 2.6], clauses,
               size=10.5, hsize=12, line=16, left_cols=(2, 4))
    add_par(doc, [("注：各县市区政府、各开发区管委会负责本辖区相关任务落实，不再逐项列出。", FS, 14, False)],
            indent=False, line=24, before=6)
    clauses.append("注：各县市区政府、各开发区管委会负责本辖区相关任务落实，不再逐项列出。")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="芜湖市人民政府办公室关于印发中国（芜湖）跨境电子商务综合试验区提质升级实施方案（2025—2027年）的通知",
            doc_number="芜政办秘〔2025〕47号",
            issuer=["芜湖市人民政府办公室"],
            date="2025-09-12",
            level="municipal",
            region="芜湖市",
            attachments=["中国（芜湖）跨境电子商务综合试验区提质升级重点任务分工表"],
            doc_type="通知",
            recipients=["各县、市、区人民政府", "各开发区管委会", "市政府各部门"],
            publicity="此件公开发布",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_guangxi():
    """四部门联合印发评估办法（章、条）+ 附件 评估指标体系（合并单元格、合计行）。"""
    stem = "blind849_guangxi_pinggu"
    doc = Document()
    setup(doc, footer_align=R, pre="- ", post=" -")
    clauses = []

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False)

    def article(no, first, *items):
        """第X条 paragraph plus its own item paragraphs; one clause."""
        clauses.append(no + "\u3000" + first + "".join(items))
        add_par(doc, [(no, HT, 16, False), ("\u3000" + first, FS, 16, False)])
        for it in items:
            add_par(doc, it)

    # 联合发文红头: organ names stacked in a borderless table, 文件 merged on the right
    organs = ["广西壮族自治区商务厅", "广西壮族自治区发展和改革委员会",
              "广西壮族自治区财政厅", "中华人民共和国南宁海关"]
    t = doc.add_table(rows=4, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [12.6, 3.0])
    for i, o in enumerate(organs):
        set_cell(t.cell(i, 0), o, XBS, 22, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=26, color=RED)
    m = t.cell(0, 1).merge(t.cell(3, 1))
    set_cell(m, "文件", XBS, 40, align=C, line=48, color=RED)
    p = add_par(doc, "桂商规〔2025〕6号", align=C, indent=False, before=10)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1, line=16)
    lines_par(doc, ["广西壮族自治区商务厅等4部门关于印发",
                    "广西跨境电子商务综合试验区建设发展",
                    "评估办法的通知"], line=32)
    empty(doc, 1, line=16)
    add_par(doc, "各设区市商务局，南宁海关各隶属海关，自治区有关单位：", indent=False)
    body("为科学评价我区跨境电子商务综合试验区建设发展成效，自治区商务厅、发展改革委、财政厅和南宁海关联合制定了《广西跨境电子商务综合试验区建设发展评估办法》，现印发给你们，请认真遵照执行。")
    body("执行中如遇问题，请及时向自治区商务厅反映。")
    # 联合落款: 2 x 2 borderless table, date under it
    t = doc.add_table(rows=3, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [6.6, 9.0])
    for i, o in enumerate(organs):
        set_cell(t.cell(i // 2, i % 2), o, FS, 16, line=28)
    set_cell(t.cell(2, 1), "二〇二五年十二月八日", FS, 16, line=28)
    add_par(doc, "（此件主动公开）")

    tp = add_par(doc, [("广西跨境电子商务综合试验区建设发展评估办法", XBS, 20, False)],
                 align=C, indent=False, line=34, after=8)
    tp.paragraph_format.page_break_before = True
    chapter("第一章　总　　则")
    article("第一条", "为规范我区跨境电子商务综合试验区（以下简称综试区）建设发展评估工作，更好服务中国—东盟自由贸易区3.0版建设和西部陆海新通道建设，结合我区实际，制定本办法。")
    article("第二条", "本办法适用于经国务院批准在我区设立的各跨境电子商务综合试验区的年度评估。")
    article("第三条", "评估工作坚持客观公正、注重实绩的原则，由自治区商务厅会同自治区发展改革委、财政厅和南宁海关共同组织实施。")
    chapter("第二章　评估内容和方法")
    article("第四条", "评估内容包括：",
            "（一）发展规模，主要评估跨境电商进出口额及增速等；",
            "（二）创新发展，主要评估制度创新、监管模式应用等；",
            "（三）产业支撑，主要评估产业带融合、海外仓建设等；",
            "（四）开放合作，主要评估东盟市场开拓等情况。")
    article("第五条", "评估采取定量评价与定性评价相结合的方式，基础分满分为100分，另设加分项，最高不超过10分。具体评估指标和分值见附件。")
    article("第六条", "评估按年度进行，每年3月底前完成上一年度评估。各综试区所在设区市商务局应于每年1月底前报送上一年度自评报告及佐证材料。")
    chapter("第三章　结果运用")
    article("第七条", "评估结果分为优秀、良好、合格和不合格四个等次。得分90分（含）以上为优秀，75分（含）至90分为良好，60分（含）至75分为合格，60分以下为不合格。")
    article("第八条", "评估结果在全区通报，并作为自治区商务发展专项资金分配的重要依据。对评估结果为优秀的综试区，在项目申报、资金安排等方面给予倾斜支持；对连续两年评估结果为不合格的综试区，由自治区商务厅会同有关部门进行约谈，督促限期整改。")
    chapter("第四章　附　　则")
    article("第九条", "本办法由自治区商务厅会同自治区发展改革委、财政厅和南宁海关负责解释。")
    article("第十条", "本办法自2026年1月1日起施行，有效期至2030年12月31日。2022年3月印发的《广西跨境电子商务综合试验区考核评价暂行办法》（桂商规〔2022〕3号）同时废止。")
    add_par(doc, "附件：广西跨境电子商务综合试验区建设发展评估指标体系", before=14)

    ap = add_par(doc, [("附件", HT, 16, False)], indent=False)
    ap.paragraph_format.page_break_before = True
    add_par(doc, [("广西跨境电子商务综合试验区建设发展评估指标体系", XBS, 18, False)],
            align=C, indent=False, line=30, after=2)
    head_rows = [
        ["序号", "评价内容", "<", "分值（分）", "评分方法"],
        ["^", "一级指标", "二级指标", "^", "^"],
    ]
    rows = [
        ["1", "发展规模（30分）", "跨境电商进出口额", "15", "按进出口额排名，第1名得15分，每后移一位减1分，最低得5分"],
        ["2", "^", "跨境电商进出口额增速", "10", "高于全区平均增速的得10分，每低1个百分点减1分"],
        ["3", "^", "跨境电商经营主体数量", "5", "年度新增100家以上得5分，不足的按比例计分"],
        ["4", "创新发展（25分）", "制度创新成果", "10", "被国家部委复制推广的每项得5分，被自治区推广的每项得2分"],
        ["5", "^", "监管模式应用", "8", "9610、9710、9810、1210模式均有业务的得8分，每缺一项扣2分"],
        ["6", "^", "线上综合服务平台运行", "7", "根据备案企业数量和服务功能综合评定"],
        ["7", "产业支撑（25分）", "产业带融合发展", "10", "年进出口额超亿元的产业带每个得5分，最高10分"],
        ["8", "^", "海外仓和产业园区建设", "10", "新增自治区级以上公共海外仓、产业园每个得2分"],
        ["9", "^", "自主品牌培育", "5", "新增境外注册商标的自主品牌每10个得1分"],
        ["10", "开放合作（20分）", "东盟市场开拓", "12", "对东盟进出口额占比30%以上的得12分，不足的按比例计分"],
        ["11", "^", "西部陆海新通道利用", "8", "按经西部陆海新通道运输的货值规模综合评定"],
        ["12", "加分项（10分）", "创新示范", "10", "获国家级荣誉或在全国性会议上作交流的每项得5分"],
        ["合计", "—", "—", "110", "基础分100分，加分项最高10分"],
    ]
    grid_table(doc, head_rows, rows, [1.0, 2.3, 4.2, 1.5, 6.6], clauses,
               size=10.5, hsize=12, line=15, left_cols=(4,))
    note = "注：评估数据以海关、商务、统计等部门发布或核定的数据为准。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    banji(doc, "抄送：商务部电子商务和信息化司，海关总署综合业务司，自治区人民政府办公厅。",
          "广西壮族自治区商务厅办公室", "2025年12月10日印发", gap=0)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="广西壮族自治区商务厅等4部门关于印发广西跨境电子商务综合试验区建设发展评估办法的通知",
            doc_number="桂商规〔2025〕6号",
            issuer=organs,
            date="2025-12-08",
            level="provincial",
            region="广西壮族自治区",
            effective="2026-01-01",
            expires="2030-12-31",
            attachments=["广西跨境电子商务综合试验区建设发展评估指标体系"],
            doc_type="通知",
            recipients=["各设区市商务局", "南宁海关各隶属海关", "自治区有关单位"],
            publicity="此件主动公开",
            repeals="《广西跨境电子商务综合试验区考核评价暂行办法》（桂商规〔2022〕3号）",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_ruili():
    """县级市政府上行报告：份号/特急文本框、签发人、表格+续表、自动编号。"""
    stem = "blind849_ruili_baogao"
    doc = Document()
    setup(doc)
    clauses = []
    n_item = make_numbering(doc, "%1.")

    def body(t, lead=IND):
        clauses.append(t)
        add_par(doc, lead + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t, hfont=KT):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, hfont, 16, False), (t, FS, 16, False)],
                indent=False)

    # 份号 / 紧急程度 in a floating text box, top left
    p = add_par(doc, "", indent=False, line=20)
    textbox(p, ["000035", "特急"])
    add_par(doc, [("瑞丽市人民政府文件", XBS, 40, False, RED)],
            align=C, indent=False, line=56, before=12)
    empty(doc, 1)
    p = add_par(doc, [("瑞政报〔2026〕3号", FS, 16, False), ("\u3000" * 10, FS, 16, False),
                      ("签发人：", FS, 16, False), ("岩　温", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    for t in ("瑞丽市人民政府关于中国（德宏）跨境",
              "电子商务综合试验区瑞丽核心区建设",
              "实施方案2025年度推进情况的报告"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "德宏州人民政府：", indent=False)
    body("按照《中国（德宏）跨境电子商务综合试验区建设实施方案》和州人民政府工作部署，我市依托中国（云南）自由贸易试验区德宏片区、瑞丽国家重点开发开放试验区等开放平台，扎实推进瑞丽核心区建设，各项工作取得阶段性成效。现将2025年度推进情况报告如下：")
    head("一、主要指标完成情况")
    body("2025年，瑞丽核心区实现跨境电商进出口额48.6亿元，同比增长26.4%，占全州跨境电商进出口额的71.3%；其中对缅甸跨境电商进出口额31.2亿元，对泰国、老挝等其他东盟国家进出口额9.7亿元。主要指标完成情况见表1。")
    # caption with units (heading only, not a clause)
    add_par(doc, [("表1　瑞丽核心区2025年主要指标完成情况（金额单位：亿元）", HT, 14, False)],
            align=C, indent=False, line=24, before=6, after=4)
    hdr = [["序号", "指标名称", "单位", "年度目标", "完成值", "完成率（%）"]]
    widths = [1.2, 5.6, 1.6, 2.4, 2.4, 2.4]
    part1 = [
        ["1", "跨境电商进出口额", "亿元", "45.0", "48.6", "108.0"],
        ["2", "其中：跨境电商出口额", "亿元", "28.0", "30.9", "110.4"],
        ["3", "跨境电商经营主体", "家", "600", "682", "113.7"],
        ["4", "线上综合服务平台备案企业", "家", "450", "517", "114.9"],
    ]
    part2 = [
        ["5", "公共海外仓", "个", "4", "3", "75.0"],
        ["6", "跨境电商产业园", "个", "2", "2", "100.0"],
        ["7", "培训跨境电商人才", "人次", "2000", "2360", "118.0"],
    ]
    grid_table(doc, hdr, part1, widths, clauses, size=12, line=20, left_cols=(1,), repeat=False)
    # clerk split the table by hand earlier and typed 续表 with the header again;
    # after later edits the split no longer falls on a page boundary
    add_par(doc, [("续表1", HT, 14, False)], indent=False, line=24, before=4, after=4)
    grid_table(doc, hdr, part2, widths, clauses, size=12, line=20, left_cols=(1,), repeat=False)
    note = "注：1.跨境电商进出口额数据来源于昆明海关；2.曼德勒公共海外仓因缅方审批手续延迟，预计2026年二季度投入运营。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    head("二、主要工作及成效")
    runin("（一）通道优势加快转化。", "依托瑞丽—木姐口岸、畹町口岸，开通跨境电商“口岸直通车”，推行跨境电商出口货物“提前申报、到港验放”，跨境电商货物平均通关时间压缩至2.5小时。中缅印度洋新通道（瑞丽方向）跨境电商货运量达到4.3万吨，同比增长32.1%。")
    runin("(二)产业园区提质扩容。", "瑞丽跨境电商产业园二期、姐告跨境电商直播基地建成投用，新入驻企业136家，其中红木家具、珠宝玉石、咖啡、热带水果等特色产业跨境电商企业98家，“瑞丽珠宝”“德宏小粒咖啡”等区域品牌线上销售额增长40%以上。")
    runin("（三）服务体系不断完善。", "线上综合服务平台上线跨境人民币结算、出口退税“一键申报”等功能，全年办理跨境人民币结算业务3.8万笔、金额27.5亿元；与缅甸、泰国合作伙伴共建海外仓3个，总面积1.6万平方米。")
    runin("三、存在的困难和问题。", "一是市场主体规模偏小，年进出口额超亿元的跨境电商企业仅7家，带动能力不强；二是受缅北局势影响，部分边境口岸货物通行不畅，物流成本较高；三是跨境电商专业人才短缺，海外仓运营、跨境支付等方面人才尤为紧缺。", hfont=HT)
    head("四、2026年工作打算")
    items = [
        ("提升口岸通关效能。", "推动瑞丽口岸智慧口岸项目建设，争取开展跨境电商零售进口业务试点，力争跨境电商进出口额突破58亿元。"),
        ("加快海外仓建设。", "推进曼德勒公共海外仓投入运营，新布局仰光、清迈海外仓2个，构建面向南亚东南亚的海外仓网络。"),
        ("培育壮大市场主体。", "实施跨境电商主体倍增计划，新培育年进出口额超亿元企业3家以上，力争经营主体突破800家。"),
        ("强化人才支撑。", "联合德宏师范学院、德宏职业学院开设跨境电商订单班，全年培训人才2500人次以上。"),
    ]
    for i, (h, t) in enumerate(items, 1):
        clauses.append("%d.%s%s" % (i, h, t))
        p = add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)
    add_par(doc, IND + "特此报告。", indent=False)
    empty(doc, 2)
    for t in ("瑞丽市人民政府", "2026年1月16日"):
        p = add_par(doc, t, align=R, indent=False)
        p.paragraph_format.right_indent = Pt(64 if len(t) < 8 else 48)
    add_par(doc, "（联系人：杨帆，联系电话：0692-4141235）")
    banji(doc, "抄送：德宏州商务局，德宏州发展改革委，瑞丽海关。",
          "瑞丽市人民政府办公室", "2026年1月16日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="瑞丽市人民政府关于中国（德宏）跨境电子商务综合试验区瑞丽核心区建设实施方案2025年度推进情况的报告",
            doc_number="瑞政报〔2026〕3号",
            issuer=["瑞丽市人民政府"],
            date="2026-01-16",
            level="county",
            region="瑞丽市",
            doc_type="报告",
            recipients=["德宏州人民政府"],
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_wuhu(), doc_guangxi(), doc_ruili()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
