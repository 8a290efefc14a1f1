# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 886: 援外培训项目招生通知（含课程安排、报名表）, Word + PDF + expected.json."""
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = 13  # 课程设置表 rows that fit on page 2 of the MIB notice

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
    """runs: list of (text, fontname, size, bold[, color]) or plain str."""
    p = doc.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for r in runs:
        text, name, size, bold = r[:4]
        color = r[4] if len(r) > 4 else None
        font(p.add_run(text), name, size, bold, color)
    fmt(p, **kw)
    if _PB[0]:
        p.paragraph_format.page_break_before = True
        _PB[0] = False
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


_PB = [False]


def page_break(doc):
    """Next paragraph starts a new page (段前分页), so no stray empty page."""
    _PB[0] = True


def _field_runs(fp, size, fontname=SONG):
    r = fp.add_run()
    font(r, fontname, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    font(r2, fontname, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = fp.add_run()
    font(r3, fontname, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(fp.add_run("1"), fontname, size)
    r5 = fp.add_run()
    font(r5, fontname, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))


def setup(doc, pnum=("— ", " —"), odd_even=False):
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
    if odd_even:
        # 单页码居右、双页码居左 (GB/T 9704 style)
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = R
        fp.paragraph_format.right_indent = Pt(14)
        font(fp.add_run(pnum[0]), SONG, 14)
        _field_runs(fp, 14)
        font(fp.add_run(pnum[1]), SONG, 14)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = L
        ep.paragraph_format.left_indent = Pt(14)
        font(ep.add_run(pnum[0]), SONG, 14)
        _field_runs(ep, 14)
        font(ep.add_run(pnum[1]), SONG, 14)
    else:
        fp = s.footer.paragraphs[0]
        fp.alignment = C
        font(fp.add_run(pnum[0]), SONG, 14)
        _field_runs(fp, 14)
        font(fp.add_run(pnum[1]), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        font(p.add_run(part), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_height(row, cm):
    row.height = Cm(cm)


def widths(table, cms):
    """Set the grid (LibreOffice reads tblGrid) and every cell's tcW."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for tr in table._tbl.tr_lst:
        i = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(cms[i:i + span]))
            i += span


def clause_row(header, row):
    parts = []
    for h, v in zip(header, row):
        if v == "" or v is None:
            continue
        parts.append("%s：%s" % (h, v))
    return "；".join(parts)


def banji(doc, cc, printer, date_txt, size=14, gap=2):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, gap)
    p = add_par(doc, [(cc, FS, size, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, size, False), ("\t", FS, size, False),
                       (date_txt, FS, size, False)], indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


def textbox(doc, lines, left_pt=230, width_pt=200, height_pt=70):
    """A floating VML text box (offices put 落款 in one to line up with the seal)."""
    inner = ""
    for t in lines:
        inner += (
            '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
            '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>'
            '<w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
        ).format(f=FS, t=t)
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="LuoKuan1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:2pt;width:%dpt;height:%dpt;'
        'z-index:251659264;mso-position-horizontal-relative:text;'
        'mso-position-vertical-relative:text" filled="f" stroked="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>' % (left_pt, width_pt, height_pt, inner))
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p._p.append(parse_xml(xml))
    return p


# ---- Word automatic numbering (chineseCounting) ---------------------------
_next_abs = [900]


def make_numbering(doc, lvl_text, numfmt="chineseCounting"):
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
        '</w:abstractNum>' % (nsdecls("w"), aid, numfmt, lvl_text, HT, HT, HT))
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


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_886", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_guohe():
    """国家国际发展合作署办公室 — 第二批援外培训项目招生工作通知 (文件格式)."""
    stem = "blind886_guohe_pici"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")

    # 份号 + 紧急程度 at the top left
    add_par(doc, [("000126", HT, 16, False)], indent=False, line=28)
    add_par(doc, [("特急", HT, 16, False)], indent=False, line=28)
    p = add_par(doc, [("国家国际发展合作署办公室文件", XBS, 30, False, RED)],
                align=C, indent=False, line=56, before=18)
    p.paragraph_format.left_indent = Pt(-10)
    p.paragraph_format.right_indent = Pt(-10)
    empty(doc, 1)
    p = add_par(doc, "国合办发〔2026〕23号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three paragraphs, wrapped at odd places
    for t in ("国家国际发展合作署办公室关于做好2026年", "第二批援外培训项目招生",
              "工作的通知"):
        add_par(doc, [(t, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各有关驻外使（领）馆，各援外培训项目承办单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)])

    body("为贯彻落实全球发展倡议和高质量共建“一带一路”有关部署，经研究，现将2026年第二批援外培训项目（以下简称第二批项目）招生工作有关事项通知如下：")
    head("项目总体安排")
    body("第二批项目共12期，计划招收发展中国家学员320人，于2026年8月至12月在北京、天津、上海、江苏、浙江、福建、广东、广西、贵州、云南、新疆等11个省（区、市）举办，涵盖贸易投资、农业减贫、卫生健康、职业教育、数字经济、应对气候变化等领域。其中，部级研讨项目1期，官员研修项目10期，技术培训项目1期。各期项目具体安排见附件。")
    head("招生对象和条件")
    runin("（一）招生对象。", "第二批项目主要面向与我国建交的发展中国家政府官员和技术人员。官员研修项目学员原则上应为处级及以上官员；部级研讨项目学员应为部级官员或相当职级人员。")
    runin("（二）基本条件。", "学员年龄一般在25至55周岁之间（部级研讨项目可适当放宽），身体健康，无严重慢性病和传染性疾病；具备相应的英语、法语、西班牙语、俄语或阿拉伯语听说能力；从事与培训主题相关工作2年以上。")
    head("招生工作程序")
    body("1．发布招生信息。各驻外使（领）馆应于6月10日前通过照会等方式向驻在国政府主管部门通报第二批项目信息。")
    body("2．推荐和审核学员。驻在国政府主管部门推荐人选后，驻外使（领）馆经济商务处（室）负责对学员资格进行审核，重点审核学员职级、年龄、语言能力和健康状况，并汇总填写学员推荐名单。")
    body("3．报送学员名单。各驻外使（领）馆应于开班前45天将审核通过的学员名单及报名材料报送我署国际合作司，同时抄送项目承办单位。逾期未报的，相关名额由我署统筹调剂使用。")
    body("4．办理来华手续。承办单位应于开班前30天向学员发出邀请函，驻外使（领）馆协助学员办理来华签证。")
    head("工作要求")
    runin("（一）精准推荐学员。", "各驻外使（领）馆要结合驻在国发展需求推荐学员，确保招生质量，防止出现“凑人数”现象，并做好学员行前教育。")
    runin("（二）落实承办责任。", "各承办单位要提前做好课程设计、师资遴选、食宿安排和安全保障等工作，于开班前20天将课程安排报我署备案。")
    runin("（三）及时沟通反馈。", "招生工作中遇有问题，请及时与我署国际合作司联系。联系人：赵敏，电话：010-65187362，传真：010-65187360。")
    empty(doc, 1)
    add_par(doc, "附件：2026年第二批援外培训项目计划表", first=Pt(32))
    empty(doc, 1)
    p = add_par(doc, "国家国际发展合作署办公室", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年5月12日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(80)
    banji(doc, "抄送：外交部办公厅，商务部办公厅。", "国家国际发展合作署办公室", "2026年5月13日印发", gap=1)

    # ---------------- 附件: wide table, so the clerk put it in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2026年第二批援外培训项目计划表", XBS, 20, False)], align=C, indent=False,
            line=32)
    add_par(doc, [("单位：人", FS, 12, False)], align=R, indent=False, line=22)
    header = ["序号", "项目名称", "承办单位", "举办地点", "办班时间", "招生人数", "使用语种"]
    rows = [
        ["1", "发展中国家自由贸易试验区建设研修班", "上海对外经贸大学", "上海", "8月18日—9月7日", "30", "英语"],
        ["2", "“一带一路”国家跨境电子商务发展研修班", "浙江省商务厅", "浙江杭州、义乌", "9月1日—9月21日", "30", "英语"],
        ["3", "法语非洲国家农业技术推广研修班", "福建农林大学", "福建福州", "9月8日—9月28日", "25", "法语"],
        ["4", "中亚国家现代农业节水灌溉技术培训班", "新疆农业科学院", "新疆乌鲁木齐", "9月10日—10月10日", "25", "俄语"],
        ["5", "阿拉伯国家传统医药与公共卫生研修班", "广西中医药大学", "广西南宁", "10月13日—11月2日", "25", "阿拉伯语"],
        ["6", "发展中国家职业教育合作研修班", "天津职业技术师范大学", "天津", "10月14日—11月3日", "30", "英语"],
        ["7", "拉美国家减贫与乡村发展研修班", "中国国际扶贫中心", "北京、贵州贵阳", "10月20日—11月9日", "30", "西班牙语"],
        ["8", "澜湄国家边境经济合作区建设研修班", "云南省商务厅", "云南昆明、德宏", "10月27日—11月16日", "30", "英语"],
        ["9", "太平洋岛国应对气候变化与防灾减灾研修班", "中山大学", "广东广州", "11月3日—11月16日", "20", "英语"],
        ["10", "发展中国家数字经济与数字政府部级研讨班", "商务部国际商务官员研修学院", "北京", "11月10日—11月20日", "20", "英语"],
        ["11", "东盟国家港口物流与多式联运研修班", "江苏海事职业技术学院", "江苏南京、连云港", "11月17日—12月7日", "30", "英语"],
        ["12", "法语非洲国家海关与贸易便利化研修班", "上海海关学院", "上海", "11月24日—12月14日", "25", "法语"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=16)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, align=(L if ci in (1, 2) else C), line=16)
        cant_split(t.rows[ri])
        clauses.append(clause_row(header, row))
    last = t.rows[-1]
    m = last.cells[0].merge(last.cells[4])
    set_cell(m, "合计", HT, 10.5, line=16)
    set_cell(last.cells[5], "320", HT, 10.5, line=16)
    set_cell(last.cells[6], "", FS, 10.5, line=16)
    clauses.append("序号：合计；招生人数：320")
    widths(t, [0.9, 7.7, 4.4, 3.1, 4.9, 1.2, 1.9])
    # notes under the table, one paragraph with a manual line break
    n1 = "注：1．办班时间含学员国际旅途时间。"
    n2 = "2．招生人数为计划数，承办单位可根据报名情况在计划数10%范围内调整，调整情况报我署国际合作司备案。"
    p = doc.add_paragraph()
    font(p.add_run(n1), FS, 12)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000\u3000" + n2), FS, 12)
    fmt(p, indent=False, line=20, before=4)
    clauses.extend([n1, n2])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "国家国际发展合作署办公室关于做好2026年第二批援外培训项目招生工作的通知",
            "doc_number": "国合办发〔2026〕23号",
            "issuer": ["国家国际发展合作署办公室"],
            "date": "2026-05-12",
            "published": None,
            "level": "ministry",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": ["2026年第二批援外培训项目计划表"],
            "doc_type": "通知",
            "recipients": ["各有关驻外使（领）馆", "各援外培训项目承办单位"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_yunnan():
    """云南省商务厅 — 商请驻外使馆经商处协助研修班招生的函 (信函格式)."""
    stem = "blind886_yunnan_lanmei_han"
    doc = Document()
    setup(doc, pnum=("- ", " -"), odd_even=True)
    clauses = []

    p = add_par(doc, [("云南省商务厅", XBS, 40, False, RED)], align=C, indent=False, line=56,
                before=6)
    # 信函格式: red double rule (上粗下细) under the organ mark
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 24, 1, val="thickThinSmallGap")
    p = add_par(doc, "云商函〔2026〕61号", align=R, indent=False)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    # title in one paragraph with a soft line break
    p = doc.add_paragraph()
    font(p.add_run("云南省商务厅关于商请协助做好"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("2026年澜湄国家跨境电商与数字贸易"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("研修班招生工作的函"), XBS, 22)
    fmt(p, align=C, indent=False, line=34)
    empty(doc, 1)
    recips = ["中国驻老挝大使馆经济商务处", "中国驻柬埔寨大使馆经济商务处",
              "中国驻缅甸大使馆经济商务处", "中国驻泰国大使馆经济商务处",
              "中国驻越南大使馆经济商务处"]
    add_par(doc, "，".join(recips) + "：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, True), (t, FS, 16, False)])

    body("受国家国际发展合作署委托，我厅将于2026年9月15日至28日在云南省昆明市、西双版纳傣族自治州举办“2026年澜湄国家跨境电商与数字贸易研修班”(以下简称研修班)。为做好研修班招生工作，现将有关事项函告如下，请予协助。")
    head("一、研修班基本情况")
    runin("（一）研修主题。", "围绕澜湄合作“3+5+X合作框架”，介绍中国跨境电子商务综合试验区建设、数字贸易规则、跨境物流与支付等方面的政策与实践。")
    runin("（二）招生名额。", "研修班计划招收学员30人，其中老挝、柬埔寨、缅甸各7人，泰国5人，越南4人。")
    runin("（三）学员条件。", "学员应为各国商务、海关等政府部门处级及以上官员，年龄在50周岁以下，能以英语作为工作语言。")
    # two sub-points typed in one paragraph with Shift+Enter
    t1 = "（四）研修时间和地点。研修时间为14天（含国际旅途时间），9月15日报到，28日离境。"
    t2 = "其中，9月15日至23日在昆明市学习，9月23日至27日赴西双版纳傣族自治州及磨憨口岸考察。"
    p = doc.add_paragraph()
    font(p.add_run("（四）研修时间和地点。"), KT, 16, True)
    font(p.add_run(t1[len("（四）研修时间和地点。"):]), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p)
    clauses.extend([t1, t2])
    runin("（五）费用。", "学员往返国际旅费、在华期间食宿费、培训费、考察费及医疗保险费用由中国政府承担。")
    head("二、课程安排")
    body("研修班课程安排（初步）如下：")
    add_par(doc, [("研修班课程安排表", HT, 14, False)], align=C, indent=False, line=24, before=4)
    header = ["日期", "时段", "课程（活动）内容", "形式", "地点"]
    sched = [
        ("9月15日（周二）", [("全天", "学员抵达昆明，报到", "—", "昆明")]),
        ("9月16日（周三）", [("上午", "开班仪式；中国国情与澜湄合作概况", "讲座", "昆明"),
                          ("下午", "中国跨境电子商务发展政策与实践", "讲座", "昆明")]),
        ("9月17日（周四）", [("上午", "数字贸易规则与RCEP电子商务章节解读", "讲座", "昆明"),
                          ("下午", "跨境电商综试区“六体系两平台”建设", "讲座", "昆明")]),
        ("9月18日（周五）", [("上午", "跨境支付与人民币跨境结算", "研讨", "昆明"),
                          ("下午", "参观昆明跨境电商线上综合服务平台", "考察", "昆明")]),
        ("9月19日（周六）", [("全天", "参观云南民族村，体验中国传统文化", "文化体验", "昆明")]),
        ("9月20日（周日）", [("全天", "休息", "—", "—")]),
        ("9月21日（周一）", [("上午", "边境贸易创新发展与边民互市贸易", "讲座", "昆明"),
                          ("下午", "考察云南自贸试验区昆明片区", "考察", "昆明")]),
        ("9月22日（周二）", [("上午", "中老铁路“澜湄快线”与跨境物流", "讲座", "昆明"),
                          ("下午", "国别交流：各国数字贸易发展情况介绍", "研讨", "昆明")]),
        ("9月23日（周三）", [("上午", "直播电商与农产品上行", "实操", "昆明"),
                          ("下午", "乘坐中老铁路赴西双版纳", "—", "昆明—景洪")]),
        ("9月24日（周四）", [("全天", "考察西双版纳跨境电商产业园及边境仓", "考察", "景洪")]),
        ("9月25日（周五）", [("全天", "考察磨憨口岸及磨憨—磨丁经济合作区", "考察", "磨憨")]),
        ("9月26日（周六）", [("上午", "学员研讨与成果汇报", "研讨", "景洪"),
                          ("下午", "结业仪式", "—", "景洪")]),
        ("9月27日（周日）", [("全天", "返回昆明", "—", "景洪—昆明")]),
        ("9月28日（周一）", [("全天", "学员离境", "—", "昆明")]),
    ]
    nrows = sum(len(s[1]) for s in sched)
    t = doc.add_table(rows=1 + nrows, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, 10, line=15)
    repeat_header(t.rows[0])
    ri = 1
    for date, items in sched:
        start = ri
        for (slot, content, form, place) in items:
            r = t.rows[ri]
            set_cell(r.cells[1], slot, FS, 10, line=15)
            set_cell(r.cells[2], content, FS, 10, align=L, line=15)
            set_cell(r.cells[3], form, FS, 10, line=15)
            set_cell(r.cells[4], place, FS, 10, line=15)
            cant_split(r)
            clauses.append(clause_row(header, [date, slot, content, form, place]))
            ri += 1
        if len(items) > 1:
            m = t.rows[start].cells[0].merge(t.rows[ri - 1].cells[0])
            set_cell(m, date, FS, 10, line=15)
        else:
            set_cell(t.rows[start].cells[0], date, FS, 10, line=15)
    widths(t, [3.6, 1.1, 7.3, 1.9, 2.2])
    note = "注：课程安排可能根据授课专家日程和天气等情况作适当调整。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    head("三、报名要求")
    # half-width "1." numbering, as typed by this clerk
    body("1.请贵处协助向驻在国政府主管部门通报研修班信息，动员推荐符合条件的学员报名。")
    body("2.学员须如实填写《2026年澜湄国家跨境电商与数字贸易研修班报名表》(见附件)，并附护照首页复印件及2寸彩色照片电子版。")
    body("3.请于2026年7月31日前将报名材料电子版发送至我厅邮箱（ynswt_ywpx@163.com）。")
    body("感谢贵处对我省援外培训工作的大力支持！")
    empty(doc, 1)
    add_par(doc, "附件：2026年澜湄国家跨境电商与数字贸易研修班报名表", first=Pt(32))
    empty(doc, 1)
    # 落款 aligned with typed spaces; date in Chinese numerals
    add_par(doc, " " * 42 + "云南省商务厅", indent=False)
    add_par(doc, " " * 37 + "二〇二六年四月二十日", indent=False)
    add_par(doc, "（联系人：杨帆；联系电话：0871-63215687）")
    p = add_par(doc, [("抄送：国家国际发展合作署国际合作司。", FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 8, 4)

    # ---------------- 附件 (报名表)
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("2026年澜湄国家跨境电商与数字贸易研修班报名表", XBS, 18, False)], align=C,
            indent=False, line=30, before=6, after=6)
    t = doc.add_table(rows=10, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    S = 10.5

    def lab(cell, txt):
        set_cell(cell, txt, FS, S, line=16)

    lab(t.cell(0, 0), "姓名\nName")
    lab(t.cell(0, 2), "性别\nGender")
    lab(t.cell(1, 0), "国籍\nNationality")
    lab(t.cell(1, 2), "出生日期\nDate of Birth")
    lab(t.cell(2, 0), "护照号码\nPassport No.")
    lab(t.cell(2, 2), "护照有效期\nExpiry Date")
    ph = t.cell(0, 4).merge(t.cell(2, 4))
    lab(ph, "照片\nPhoto")
    lab(t.cell(3, 0), "工作单位\nOrganization")
    t.cell(3, 1).merge(t.cell(3, 4))
    lab(t.cell(4, 0), "职务\nPosition")
    lab(t.cell(4, 2), "工作年限\nYears of Service")
    t.cell(4, 3).merge(t.cell(4, 4))
    lab(t.cell(5, 0), "电子邮箱\nE-mail")
    lab(t.cell(5, 2), "电话\nTel")
    t.cell(5, 3).merge(t.cell(5, 4))
    lab(t.cell(6, 0), "英语水平\nEnglish Level")
    m = t.cell(6, 1).merge(t.cell(6, 4))
    set_cell(m, "□优秀 Excellent　　□良好 Good　　□一般 Fair", FS, S, align=L, line=16)
    lab(t.cell(7, 0), "工作简历\nWork Experience")
    t.cell(7, 1).merge(t.cell(7, 4))
    lab(t.cell(8, 0), "参加研修的期望\nExpectations")
    t.cell(8, 1).merge(t.cell(8, 4))
    lab(t.cell(9, 0), "使馆审核意见\nComments of the Embassy")
    m = t.cell(9, 1).merge(t.cell(9, 4))
    set_cell(m, "（盖章 Seal）\n年　　月　　日", FS, S, align=R, line=20)
    for i, r in enumerate(t.rows):
        row_height(r, {7: 4.2, 8: 2.8, 9: 2.4}.get(i, 1.25))
    widths(t, [3.2, 3.6, 3.0, 3.4, 2.6])
    # form rows: the labels (and printed options) of each row
    clauses.extend([
        "姓名 Name；性别 Gender；照片 Photo",
        "国籍 Nationality；出生日期 Date of Birth",
        "护照号码 Passport No.；护照有效期 Expiry Date",
        "工作单位 Organization",
        "职务 Position；工作年限 Years of Service",
        "电子邮箱 E-mail；电话 Tel",
        "英语水平 English Level；□优秀 Excellent　　□良好 Good　　□一般 Fair",
        "工作简历 Work Experience",
        "参加研修的期望 Expectations",
        "使馆审核意见 Comments of the Embassy；（盖章 Seal）年　　月　　日",
    ])
    note = "注：请用英文填写或打印，照片为近期2寸免冠彩色照片。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "云南省商务厅关于商请协助做好2026年澜湄国家跨境电商与数字贸易研修班招生工作的函",
            "doc_number": "云商函〔2026〕61号",
            "issuer": ["云南省商务厅"],
            "date": "2026-04-20",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": None,
            "attachments": ["2026年澜湄国家跨境电商与数字贸易研修班报名表"],
            "doc_type": "函",
            "recipients": recips,
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_suibe():
    """上海对外经贸大学 — 援外学历学位项目国际商务硕士招生通知 (续表, 文本框落款)."""
    stem = "blind886_suibe_mib"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("上海对外经贸大学", XBS, 40, False, RED)], align=C, indent=False, line=56,
            before=12)
    empty(doc, 1)
    # 文号 left-ish, typed with leading spaces, then red rule paragraph
    p = add_par(doc, "上经贸大研〔2026〕12号", align=C, indent=False)
    p = add_par(doc, "", indent=False, line=8)
    border(p, "bottom", "C00000", 18, 1)
    empty(doc, 1)
    add_par(doc, [("上海对外经贸大学关于2026年援外学历学位", XBS, 22, False)], align=C,
            indent=False, line=34)
    add_par(doc, [("教育项目国际商务硕士（MIB）招生的通知", XBS, 22, False)], align=C,
            indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各有关驻外使（领）馆经济商务处（室）：", indent=False)

    # this clerk indents with typed full-width spaces, not paragraph indent
    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("根据国家国际发展合作署2026年援外学历学位教育项目总体安排，我校继续承办国际商务硕士（MIB）援外学历学位教育项目，面向发展中国家招收全日制硕士研究生。现将有关事项通知如下：")
    head("一、项目简介")
    body("本项目学制2年，2026年9月入学，全程英语授课，依托中国（上海）自由贸易试验区临港新片区等实践资源开展教学。学员修满规定学分并通过学位论文答辩的，颁发硕士研究生毕业证书和国际商务硕士专业学位证书。")
    head("二、招生名额和申请条件")
    runin("（一）招生名额。", "2026年计划招收25人。")
    runin("（二）申请条件。", "申请人应为发展中国家政府部门或公共机构在职官员，具有学士及以上学位和2年以上相关工作经历，年龄一般不超过45周岁，英语达到雅思6.0分或托福80分。")
    head("三、课程设置")
    body("项目总学分不少于36学分，其中必修课24学分、选修课8学分、专业实践4学分。主要课程安排如下：")
    add_par(doc, [("表1　国际商务硕士（援外）课程设置", HT, 14, False)], align=C, indent=False,
            line=24)
    add_par(doc, [("单位：学分、学时", FS, 12, False)], align=R, indent=False, line=20)
    header = ["学期", "课程类别", "课程名称", "学分", "学时／理论", "学时／实践"]

    def course_table(rows_):
        n = len(rows_)
        t = doc.add_table(rows=2 + n, cols=6)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        FZ = 10.5
        # two-level header
        for ci in range(4):
            m = t.cell(0, ci).merge(t.cell(1, ci))
            set_cell(m, header[ci], HT, FZ)
        m = t.cell(0, 4).merge(t.cell(0, 5))
        set_cell(m, "学时", HT, FZ)
        set_cell(t.cell(1, 4), "理论", HT, FZ)
        set_cell(t.cell(1, 5), "实践", HT, FZ)
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        for k, (term, cat, name, cr, th, pr) in enumerate(rows_):
            r = t.rows[2 + k]
            set_cell(r.cells[2], name, FS, FZ, align=L)
            set_cell(r.cells[3], cr, FS, FZ)
            set_cell(r.cells[4], th, FS, FZ)
            set_cell(r.cells[5], pr, FS, FZ)
            cant_split(r)
            clauses.append(clause_row(header, [term, cat, name, cr, th, pr]))
        # merge runs of equal 学期 / (学期, 课程类别) vertically
        for col, key in ((0, lambda x: x[0]), (1, lambda x: (x[0], x[1]))):
            k = 0
            while k < n:
                e = k
                while e + 1 < n and key(rows_[e + 1]) == key(rows_[k]):
                    e += 1
                txt = rows_[k][col]
                if e > k:
                    m = t.cell(2 + k, col).merge(t.cell(2 + e, col))
                    set_cell(m, txt, FS, FZ)
                else:
                    set_cell(t.cell(2 + k, col), txt, FS, FZ)
                k = e + 1
        widths(t, [2.1, 2.0, 6.9, 1.3, 1.6, 1.6])
        return t

    courses = [
        ("第一学期", "必修课", "中国经济发展与改革", "3", "48", "0"),
        ("第一学期", "必修课", "国际商务理论与实务", "3", "40", "8"),
        ("第一学期", "必修课", "国际贸易政策与规则", "3", "48", "0"),
        ("第一学期", "必修课", "管理经济学", "3", "48", "0"),
        ("第一学期", "选修课", "汉语与中国文化", "2", "32", "0"),
        ("第二学期", "必修课", "国际金融与跨境投资", "3", "40", "8"),
        ("第二学期", "必修课", "全球供应链管理", "3", "40", "8"),
        ("第二学期", "必修课", "数字贸易与跨境电子商务", "3", "32", "16"),
        ("第二学期", "选修课", "自由贸易试验区制度创新专题", "2", "24", "8"),
        ("第二学期", "选修课", "共建“一带一路”与国际产能合作", "2", "32", "0"),
        ("第三学期", "必修课", "商务研究方法", "3", "40", "8"),
        ("第三学期", "选修课", "跨文化商务沟通", "2", "32", "0"),
        ("第三学期", "专业实践", "企业实习与实地调研（上海、浙江、海南）", "4", "0", "128"),
        ("第四学期", "学位论文", "学位论文写作与答辩", "—", "—", "—"),
    ]
    course_table(courses[:SPLIT])
    # the clerk split the table by hand and typed 续表 on the next page
    page_break(doc)
    add_par(doc, [("续表", HT, 12, False)], align=L, indent=False, line=22)
    course_table(courses[SPLIT:])
    note = "注：第四学期学员可根据需要回国完成学位论文写作，学位论文答辩须来华进行。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    head("四、奖学金待遇")
    body("学员在华期间的学费、住宿费、生活费及往返国际旅费由中国政府承担，生活费标准为每人每月3500元。")
    head("五、申请程序")
    body("1．申请人经所在国政府主管部门推荐，向中国驻该国使（领）馆经济商务处（室）提交申请材料。")
    body("2．各驻外使（领）馆经济商务处（室）于2026年6月15日前将推荐名单及申请材料电子版报送我校研究生院。")
    body("3．我校经材料评审和视频面试确定拟录取名单，报国家国际发展合作署审核后，于7月10日前发放录取通知书。学员于9月5日至7日来校报到。")
    add_par(doc, IND + "附件：2026年援外学历学位教育项目申请材料清单", indent=False)
    empty(doc, 1)
    textbox(doc, ["上海对外经贸大学", "2026年3月18日"], left_pt=250, width_pt=170, height_pt=64)
    empty(doc, 1)
    banji(doc, "抄送：国家国际发展合作署国际合作司，上海市商务委员会。",
          "上海对外经贸大学研究生院", "2026年3月19日印发", gap=1)

    # ---------------- 附件
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2026年援外学历学位教育项目申请材料清单", XBS, 20, False)], align=C,
            indent=False, line=32, after=8)
    header2 = ["序号", "材料名称", "要求", "份数"]
    rows = [
        ["1", "援外学历学位教育项目申请表", "英文填写，本人签字", "1"],
        ["2", "护照首页复印件", "护照有效期须至2029年3月1日以后", "1"],
        ["3", "最高学历学位证书及成绩单", "非英文或中文的须附公证译本", "1"],
        ["4", "英语水平证明", "雅思、托福成绩单或相当证明", "1"],
        ["5", "推荐信", "由具有副教授及以上职称的人员或所在单位负责人出具", "2"],
        ["6", "研究计划", "英文撰写，不少于800词", "1"],
        ["7", "《外国人体格检查记录》", "申请前6个月内完成", "1"],
        ["8", "政府主管部门推荐函", "加盖公章", "1"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header2):
        set_cell(t.rows[0].cells[i], h, HT, 12)
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 12, align=(L if ci in (1, 2) else C), line=22)
        clauses.append(clause_row(header2, row))
    widths(t, [1.4, 5.0, 7.4, 1.6])
    note = "注：申请材料须按上表顺序装订，所有材料概不退还。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "上海对外经贸大学关于2026年援外学历学位教育项目国际商务硕士（MIB）招生的通知",
            "doc_number": "上经贸大研〔2026〕12号",
            "issuer": ["上海对外经贸大学"],
            "date": "2026-03-18",
            "published": None,
            "level": "other",
            "region": None,
            "effective": None,
            "expires": None,
            "attachments": ["2026年援外学历学位教育项目申请材料清单"],
            "doc_type": "通知",
            "recipients": ["各有关驻外使（领）馆经济商务处（室）"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_guohe(), doc_yunnan(), doc_suibe()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
