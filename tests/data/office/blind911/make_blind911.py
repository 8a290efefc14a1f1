# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 911: 省级部门关于废止和修改部分规范性文件的决定 (废止目录表、修改条款对照表).

Writes three Word files + PDFs + expected.json into this script's directory.
"""
import json
import os
import subprocess

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
IND2 = "\u3000\u3000"

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


def add_par(container, runs, **kw):
    """runs: list of (text, fontname, size, bold[, color]) or a plain str."""
    p = container.add_paragraph()
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


def empty(container, n=1, line=28):
    for _ in range(n):
        fmt(container.add_paragraph(), indent=False, line=line)


def new_page(p):
    p.paragraph_format.page_break_before = True
    return p


def page_field(fp, left, right, size=14):
    font(fp.add_run(left), SONG, size)
    for kind in ("begin", None, "separate", "1", "end"):
        r = fp.add_run()
        font(r, SONG, size)
        if kind is None:
            r._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                                  % nsdecls("w")))
        elif kind == "1":
            r.text = "1"
        else:
            r._r.append(parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind)))
    font(fp.add_run(right), SONG, size)


def setup(doc, footer=("— ", " —")):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.4)
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
    fp.alignment = C
    page_field(fp, *footer)


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, line=18):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def widths(table, ws):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), ws):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(ws):
            row.cells[i].width = Cm(w)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def simple_table(doc, header, rows, ws, clauses, hdr_repeat=False, aligns=None, size=12, line=18):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, HT, size, line=line)
    if hdr_repeat:
        repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            al = aligns[ci] if aligns else C
            set_cell(t.rows[ri].cells[ci], v, FS, size, align=al, line=line)
        clauses.append(row_clause(header, row))
    widths(t, ws)
    return t


def banji(doc, cc, printer, date_txt, gap=2, tab=Cm(15.1)):
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
    p2.paragraph_format.tab_stops.add_tab_stop(tab, 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_911", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_next_abs = [900]


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


def textbox_par(doc, lines, left_pt, width_pt, height_pt):
    """An anchor paragraph holding a VML text box (as old Word versions save it)."""
    paras = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
        '<w:sz w:val="32"/></w:rPr><w:t>{t}</w:t></w:r></w:p>'.format(f=FS, t=t) for t in lines)
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox911" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%dpt;margin-top:4pt;width:%dpt;height:%dpt;'
        'z-index:251659264;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:text" filled="f" stroked="f">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>' % (left_pt, width_pt, height_pt, paras))
    p = doc.add_paragraph()
    fmt(p, indent=False)
    p._p.append(parse_xml(xml))
    return p


def meta(**kw):
    base = {"title": None, "doc_number": None, "issuer": [], "date": None, "published": None,
            "level": "provincial", "region": None, "effective": None, "expires": None,
            "attachments": [], "doc_type": "决定", "recipients": [], "publicity": None,
            "repeals": None}
    base.update(kw)
    return base


# =================================================================== DOC A  浙江
def doc_zhejiang():
    stem = "blind911_zj_feizhi"
    doc = Document()
    setup(doc)
    clauses = []

    # 浙江行政规范性文件统一编号, printed top-left above the red head
    add_par(doc, [("ZJSP15—2026—0003", HT, 16, False)], indent=False, align=L)
    add_par(doc, [("浙江省商务厅文件", XBS, 48, False, RED)],
            align=C, indent=False, line=66, before=18)
    empty(doc, 1)
    p = add_par(doc, "浙商务规〔2026〕2号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, soft line break at an odd place
    p = doc.add_paragraph()
    font(p.add_run("浙江省商务厅关于废止和修改部分"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("行政规范性文件的决定"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各市、县（市、区）商务主管部门，厅机关各处室、各直属单位：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为贯彻落实党中央、国务院关于建设全国统一大市场和推进高水平对外开放的决策部署，维护法制统一，根据《浙江省行政规范性文件管理办法》和省政府办公厅关于开展涉及不平等对待企业规范性文件专项清理工作的要求，省商务厅对截至2025年12月31日现行有效的行政规范性文件进行了全面清理。经清理，省商务厅决定：")
    body("一、对《浙江省商务厅关于印发〈浙江省外贸综合服务企业认定管理办法〉的通知》等7件行政规范性文件予以废止（目录见附件1）。")
    body("二、对《浙江省商务厅关于印发〈浙江省公共海外仓认定管理办法〉的通知》等3件行政规范性文件的部分条款予以修改（修改内容见附件2）。")
    body("三、对清理后继续有效的行政规范性文件，各地各单位要继续贯彻执行。已废止的行政规范性文件，自本决定施行之日起不再作为行政管理的依据；此前依据其作出的具体行政行为继续有效。")
    body("四、修改后的行政规范性文件由省商务厅重新公布，条文顺序作相应调整。")
    body("本决定自2026年3月15日起施行。")
    empty(doc, 1)
    add_par(doc, IND2 + "附件：1．浙江省商务厅决定废止的行政规范性文件目录", indent=False)
    add_par(doc, IND2 + "\u3000\u3000\u30002．浙江省商务厅决定修改的行政规范性文件条款对照表",
            indent=False)
    empty(doc, 3)
    p = add_par(doc, "浙江省商务厅", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(64)
    p = add_par(doc, "2026年2月12日", indent=False, align=R)
    p.paragraph_format.right_indent = Pt(48)
    add_par(doc, "（此件公开发布）")

    # ---- 附件1 on its own page
    new_page(add_par(doc, [("附件1", HT, 16, False)], indent=False))
    empty(doc, 1)
    add_par(doc, [("浙江省商务厅决定废止的行政规范性文件目录", XBS, 20, False)],
            align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    rows = [
        ["1", "浙江省商务厅关于印发《浙江省外贸综合服务企业认定管理办法》的通知", "浙商务发〔2019〕45号", "已被新规定替代"],
        ["2", "浙江省商务厅关于进一步规范二手车交易市场管理的通知", "浙商务发〔2018〕97号", "上位法已修改"],
        ["3", "浙江省商务厅关于印发《浙江省单用途商业预付卡管理实施细则》的通知", "浙商务规〔2017〕3号", "与现行规定不一致"],
        ["4", "浙江省商务厅关于加快推进“义新欧”中欧班列高质量发展的若干意见", "浙商务发〔2019〕88号", "有效期已届满"],
        ["5", "浙江省商务厅关于做好2020年度稳外贸稳外资工作的通知", "浙商务发〔2020〕31号", "阶段性任务已完成"],
        ["6", "浙江省商务厅关于印发《中国（浙江）自由贸易试验区扩展区域商务领域改革试点任务清单》的通知", "浙商务发〔2020〕115号", "试点任务已完成"],
        ["7", "浙江省商务厅关于印发《浙江省内外贸一体化改革试点工作方案》的通知", "浙商务发〔2021〕12号", "试点工作已结束"],
    ]
    simple_table(doc, ["序号", "文件名称", "文号", "废止理由"], rows, [1.3, 8.3, 3.5, 2.5],
                 clauses, hdr_repeat=True, aligns=[C, L, C, C])
    note = "注：本目录所列文件自本决定施行之日起废止。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)

    # ---- 附件2 in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    sec.footer_distance = Cm(1.2)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("浙江省商务厅决定修改的行政规范性文件条款对照表", XBS, 20, False)],
            align=C, indent=False, line=32, after=8)
    f1 = "《浙江省商务厅关于印发〈浙江省公共海外仓认定管理办法〉的通知》（浙商务规〔2022〕4号）"
    f2 = "《浙江省商务厅关于印发〈浙江省重点培育外贸品牌评选办法〉的通知》（浙商务规〔2023〕2号）"
    f3 = "《浙江省商务厅关于印发〈浙江省境外经济贸易合作区考核办法〉的通知》（浙商务规〔2021〕6号）"
    body_rows = [
        ("1", f1, "第五条　申请认定的企业应当在浙江省内注册登记满3年，上一年度纳税额不低于500万元，且在境外自建或租赁海外仓面积不低于5000平方米。",
         "第五条　申请认定的企业应当依法注册登记满3年，上一年度在我省开展海外仓业务，且在境外自建或租赁海外仓面积不低于5000平方米。"),
        ("1", f1, "第十二条　认定结果由省商务厅会同省财政厅在厅门户网站公示，公示期为5个工作日。",
         "第十二条　认定结果由省商务厅在厅门户网站公示，公示期为7个工作日。"),
        ("2", f2, "第七条　同等条件下，优先推荐本省注册企业和省级以上重点培育出口品牌企业参加境外展会。",
         "第七条　符合条件的企业可自愿申报参加境外展会，省商务厅按照公开、公平、公正的原则组织遴选。"),
        ("3", f3, "第三条　本办法所称境外经济贸易合作区（以下简称合作区），是指在我省注册的中资控股企业，在境外投资建设的基础设施较为完善、主导产业明确、公共服务功能健全的产业园区。",
         "第三条　本办法所称境外经济贸易合作区（以下简称合作区），是指我省企业作为实施主体，在境外特别是共建“一带一路”国家投资建设的基础设施较为完善、主导产业明确、公共服务功能健全的产业园区。"),
        ("3", f3, "第九条　考核结果分为优秀、良好、合格、不合格四个等次。考核结果为优秀的，给予合作区实施企业一次性奖励100万元。",
         "第九条　考核结果分为优秀、良好、合格、不合格四个等次。考核结果作为省级商务发展资金支持合作区建设的重要参考。"),
    ]
    t = doc.add_table(rows=2 + len(body_rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    ws = [1.2, 5.4, 8.8, 8.8]
    widths(t, ws)
    set_cell(t.cell(0, 0).merge(t.cell(1, 0)), "序号", HT, 11)
    set_cell(t.cell(0, 1).merge(t.cell(1, 1)), "文件名称及文号", HT, 11)
    set_cell(t.cell(0, 2).merge(t.cell(0, 3)), "修改内容", HT, 11)
    set_cell(t.cell(1, 2), "原条款", HT, 11)
    set_cell(t.cell(1, 3), "修改后条款", HT, 11)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    heads = ["序号", "文件名称及文号", "修改内容／原条款", "修改内容／修改后条款"]
    for i, (n, f, old, new) in enumerate(body_rows):
        r = 2 + i
        set_cell(t.cell(r, 2), old, FS, 10.5, align=L, line=16)
        set_cell(t.cell(r, 3), new, FS, 10.5, align=L, line=16)
        clauses.append(row_clause(heads, [n, f, old, new]))
    # vertical merges for 序号 / 文件名称 where a file has two amended articles
    for a, b, n, f in ((2, 3, "1", f1), (4, 4, "2", f2), (5, 6, "3", f3)):
        c0 = t.cell(a, 0) if a == b else t.cell(a, 0).merge(t.cell(b, 0))
        c1 = t.cell(a, 1) if a == b else t.cell(a, 1).merge(t.cell(b, 1))
        set_cell(c0, n, FS, 10.5)
        set_cell(c1, f, FS, 10.5, align=L, line=16)
    note = "注：表中条款序号为修改前的条款序号。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)

    banji(doc, "抄送：商务部条约法律司，省人民政府办公厅，省司法厅。",
          "浙江省商务厅办公室", "2026年2月13日印发", gap=0, tab=Cm(23.6))

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="浙江省商务厅关于废止和修改部分行政规范性文件的决定",
            doc_number="浙商务规〔2026〕2号",
            issuer=["浙江省商务厅"],
            date="2026-02-12",
            region="浙江省",
            effective="2026-03-15",
            attachments=["浙江省商务厅决定废止的行政规范性文件目录",
                         "浙江省商务厅决定修改的行政规范性文件条款对照表"],
            recipients=["各市、县（市、区）商务主管部门", "厅机关各处室", "各直属单位"],
            publicity="此件公开发布",
            repeals="《浙江省商务厅关于印发〈浙江省外贸综合服务企业认定管理办法〉的通知》等7件行政规范性文件",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B  云南 (联合发文)
def doc_yunnan():
    stem = "blind911_yn_lianhe"
    doc = Document()
    setup(doc)
    clauses = []
    SP = "    "  # indentation typed with half-width spaces

    # joint red head: organ names stacked on the left, 文件 on the right (layout table)
    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [11.6, 4.0])
    c0, c1 = t.rows[0].cells
    c0.text = ""
    for i, name in enumerate(("云南省商务厅", "云南省财政厅")):
        pp = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        font(pp.add_run(name), XBS, 34, False, RED)
        pp.paragraph_format.line_spacing = Pt(42)
        pp.paragraph_format.first_line_indent = Pt(0)
        pp._p.get_or_add_pPr().append(parse_xml('<w:jc %s w:val="distribute"/>' % nsdecls("w")))
    set_cell(c1, "文件", XBS, 48, line=60)
    for run in c1.paragraphs[0].runs:
        run.font.color.rgb = RED
    empty(doc, 1)
    p = add_par(doc, "云商规〔2026〕2号", align=C, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    add_par(doc, [("云南省商务厅 云南省财政厅关于废止和修改", XBS, 22, False)],
            align=C, indent=False, line=36)
    add_par(doc, [("部分规范性文件的决定", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各州、市商务局、财政局，中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区管委会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, SP + t, indent=False)

    def head(t):
        add_par(doc, [(SP, FS, 16, False), (t, HT, 16, False)], indent=False)

    body("为贯彻落实《公平竞争审查条例》，持续推进全国统一大市场建设，根据《云南省行政规范性文件制定和备案办法》有关规定，省商务厅、省财政厅对联合制发的现行有效规范性文件进行了全面清理。经研究，决定废止10件、修改2件规范性文件。现决定如下：")
    head("一、废止的规范性文件")
    body("对《云南省商务厅 云南省财政厅关于印发〈云南省外经贸发展专项资金管理办法〉的通知》等10件规范性文件予以废止（目录见附件）。")
    head("二、修改的规范性文件")
    body("(一)对《云南省沿边临时开放口岸和边民互市贸易点建设补助资金管理办法》（云商规〔2023〕3号）作如下修改:")
    body("1.将第四条第一款中的“在本省注册登记的企业”修改为“依法注册登记的经营主体”。")
    # two items typed in one paragraph with Shift+Enter
    i3 = "2．删去第十一条第二款。"
    i4 = "3．将第十五条中的“省商务厅会同省财政厅”修改为“省商务厅、省财政厅按照职责分工”。"
    p = doc.add_paragraph()
    font(p.add_run(SP + i3), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(SP + i4), FS, 16)
    fmt(p, indent=False)
    clauses.extend([i3, i4])
    body("（二）将《中国（云南）自由贸易试验区发展专项资金管理办法》（云商规〔2024〕1号）第六条第（三）项修改为：“（三）支持面向南亚东南亚的跨境物流、跨境电商等平台建设，重点支持中老铁路沿线物流枢纽和海外仓项目”。")
    body("以上2件规范性文件根据本决定作相应修改后重新公布。")
    p = add_par(doc, [(SP, FS, 16, False), ("三、", HT, 16, False),
                      ("本决定自2026年5月1日起施行。", FS, 16, False)], indent=False)
    clauses.append("三、本决定自2026年5月1日起施行。")
    empty(doc, 1)
    add_par(doc, SP + "附件：云南省商务厅 云南省财政厅决定废止的规范性文件目录", indent=False)
    empty(doc, 1)
    # joint 落款 typed on one line with spaces, date in Chinese numerals
    add_par(doc, SP + "云南省商务厅" + " " * 20 + "云南省财政厅", indent=False)
    add_par(doc, " " * 24 + "二〇二六年四月三日", indent=False)
    add_par(doc, SP + "（此件主动公开）", indent=False)

    # ---- 附件, table split by hand with 续表 after a page break
    new_page(add_par(doc, [("附件", HT, 16, False)], indent=False))
    empty(doc, 1, line=20)
    add_par(doc, [("云南省商务厅 云南省财政厅决定废止的", XBS, 20, False)], align=C, indent=False, line=32)
    add_par(doc, [("规范性文件目录", XBS, 20, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=16)
    hdr = ["序号", "文件名称", "文号", "印发日期", "废止理由"]
    rows = [
        ["1", "云南省商务厅 云南省财政厅关于印发《云南省外经贸发展专项资金管理办法》的通知", "云商财〔2017〕42号", "2017年8月15日", "已被新规定替代"],
        ["2", "云南省商务厅 云南省财政厅关于印发《云南省边境经济合作区发展专项资金管理暂行办法》的通知", "云商财〔2018〕7号", "2018年3月2日", "暂行期已届满"],
        ["3", "云南省商务厅 云南省财政厅关于做好2019年度中央外经贸发展专项资金申报工作的通知", "云商财〔2019〕23号", "2019年5月20日", "阶段性工作已完成"],
        ["4", "云南省商务厅 云南省财政厅关于印发《云南省跨境电子商务发展扶持资金管理办法》的通知", "云商规〔2019〕5号", "2019年11月8日", "与《公平竞争审查条例》不符"],
        ["5", "云南省商务厅 云南省财政厅关于支持外贸企业应对新冠肺炎疫情稳定发展的若干措施", "云商财〔2020〕11号", "2020年3月6日", "适用期已过"],
        ["6", "云南省商务厅 云南省财政厅关于印发《云南省商贸流通服务业发展资金管理办法》的通知", "云商规〔2020〕2号", "2020年6月18日", "已被新规定替代"],
        ["7", "云南省商务厅 云南省财政厅关于印发《云南省中缅边境贸易便利化试点资金使用管理办法》的通知", "云商财〔2020〕58号", "2020年12月1日", "试点工作已结束"],
        ["8", "云南省商务厅 云南省财政厅关于印发《云南省县域商业体系建设专项资金管理实施细则》的通知", "云商规〔2021〕4号", "2021年7月26日", "已被新规定替代"],
        ["9", "云南省商务厅 云南省财政厅关于加快推进面向南亚东南亚进口贸易促进创新示范区建设的通知", "云商财〔2021〕36号", "2021年9月30日", "阶段性任务已完成"],
        ["10", "云南省商务厅 云南省财政厅关于印发《云南省外贸综合服务企业奖励办法》的通知", "云商规〔2022〕6号", "2022年4月12日", "与《公平竞争审查条例》不符"],
    ]
    ws = [1.1, 7.3, 2.7, 2.4, 2.1]
    al = [C, L, C, C, C]
    SPLIT = int(os.environ.get("R911_SPLIT", "8"))
    simple_table(doc, hdr, rows[:SPLIT], ws, clauses, aligns=al, size=10.5, line=15)
    new_page(add_par(doc, [("续表", KT, 14, False)], indent=False, line=24))
    simple_table(doc, hdr, rows[SPLIT:], ws, clauses, aligns=al, size=10.5, line=15)
    note = "注：目录按文件印发时间先后排列。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=6)
    banji(doc, "抄送：财政部云南监管局，省人民政府办公厅，省司法厅，省审计厅。",
          "云南省商务厅办公室", "2026年4月7日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="云南省商务厅 云南省财政厅关于废止和修改部分规范性文件的决定",
            doc_number="云商规〔2026〕2号",
            issuer=["云南省商务厅", "云南省财政厅"],
            date="2026-04-03",
            region="云南省",
            effective="2026-05-01",
            attachments=["云南省商务厅 云南省财政厅决定废止的规范性文件目录"],
            recipients=["各州、市商务局、财政局",
                        "中国（云南）自由贸易试验区昆明片区、红河片区、德宏片区管委会"],
            publicity="此件主动公开",
            repeals="《云南省商务厅 云南省财政厅关于印发〈云南省外经贸发展专项资金管理办法〉的通知》等10件规范性文件",
        ),
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C  新疆
def doc_xinjiang():
    stem = "blind911_xj_shixiao"
    doc = Document()
    setup(doc, footer=("- ", " -"))
    clauses = []
    n_top = make_numbering(doc, "%1、")

    add_par(doc, [("新疆维吾尔自治区商务厅", XBS, 38, False, RED)],
            align=C, indent=False, line=52, before=0)
    p = add_par(doc, [("\t", FS, 16, False), ("新商务规〔2026〕1号", FS, 16, False)],
                indent=False, before=14)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)
    border(p, "bottom", "FF0000", 18, 8)
    empty(doc, 1)
    # title over three paragraphs, wrapped at odd places
    for part in ("新疆维吾尔自治区商务厅关于废止、", "修改和宣布失效部分规范性文件的", "决定"):
        add_par(doc, [(part, XBS, 22, False)], align=C, indent=False, line=32)
    empty(doc, 1, line=14)
    add_par(doc, "各地（州、市）商务主管部门，中国（新疆）自由贸易试验区各片区管委会，厅机关各处室：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def top(t, cn):
        clauses.append(cn + "、" + t)
        p = add_par(doc, t, first=Pt(32))
        apply_num(p, n_top)

    body("根据《新疆维吾尔自治区行政规范性文件管理办法》和自治区人民政府办公厅有关要求，自治区商务厅对2025年12月31日前制发的46件规范性文件进行了集中清理，清理情况见下表。")
    add_par(doc, [("表1　规范性文件清理情况统计表", HT, 14, False)], align=C, indent=False, line=24)
    add_par(doc, [("单位：件", FS, 12, False)], align=R, indent=False, line=18)
    t = doc.add_table(rows=2 + 6, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(t, [5.6, 2.0, 2.0, 2.0, 2.0, 2.0])
    set_cell(t.cell(0, 0).merge(t.cell(1, 0)), "文件类别", HT, 12)
    set_cell(t.cell(0, 1).merge(t.cell(1, 1)), "清理数量", HT, 12)
    set_cell(t.cell(0, 2).merge(t.cell(0, 5)), "清理结果", HT, 12)
    for i, h in enumerate(("继续有效", "修改", "废止", "宣布失效")):
        set_cell(t.cell(1, 2 + i), h, HT, 12)
    heads = ["文件类别", "清理数量", "清理结果／继续有效", "清理结果／修改",
             "清理结果／废止", "清理结果／宣布失效"]
    data = [
        ["对外贸易类", "14", "12", "0", "1", "1"],
        ["外商投资和对外投资合作类", "9", "8", "0", "1", "0"],
        ["商贸流通和市场运行类", "13", "11", "0", "1", "1"],
        ["口岸与边境贸易类", "6", "5", "1", "0", "0"],
        ["电子商务类", "4", "4", "0", "0", "0"],
        ["合计", "46", "40", "1", "3", "2"],
    ]
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, HT if row[0] == "合计" else FS, 12)
        clauses.append(row_clause(heads, row))
    empty(doc, 1, line=12)
    body("经清理，决定如下：")
    top("决定废止以下3件规范性文件：", "一")
    body("1．《新疆维吾尔自治区商务厅关于做好对外贸易经营者备案登记工作的通知》（新商务规〔2018〕3号）")
    body("2．《新疆维吾尔自治区商务厅关于外商投资信息报告有关事项的通知》（新商务规〔2019〕5号）")
    body("3．《新疆维吾尔自治区商务厅关于成品油零售经营资格审批有关事项的通知》（新商务规〔2020〕2号）")
    top("决定宣布以下2件规范性文件失效：", "二")
    body("1．《新疆维吾尔自治区外贸转型升级基地培育工作方案（2021—2023年）》（新商务规〔2021〕2号）")
    body("2．《新疆维吾尔自治区商贸流通领域保供稳价应急工作预案（试行）》（新商务规〔2020〕9号）")
    top("决定修改《新疆维吾尔自治区边民互市贸易进口商品落地加工管理办法》（新商务规〔2022〕1号），修改后的全文见附件。", "三")
    top("本决定自2026年7月1日起施行。修改后的办法有效期至2031年6月30日。", "四")
    add_par(doc, "附件：新疆维吾尔自治区边民互市贸易进口商品落地加工管理办法")
    # 落款 in a floating text box
    textbox_par(doc, ["新疆维吾尔自治区商务厅", "2026年5月26日"], 230, 210, 70)

    # ---- 附件: the amended rule, 章 + 条
    new_page(add_par(doc, [("附件", HT, 16, False)], indent=False))
    add_par(doc, [("新疆维吾尔自治区边民互市贸易进口商品", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("落地加工管理办法", XBS, 22, False)], align=C, indent=False, line=34)
    add_par(doc, [("（2022年3月15日印发　2026年5月26日修订）", KT, 16, False)], align=C,
            indent=False, line=30, after=4)

    def chapter(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False, line=30)

    def art(no, text, items=()):
        clauses.append(no + "\u3000" + text + "".join(items))
        add_par(doc, [(no, HT, 16, False), ("\u3000" + text, FS, 16, False)])
        for it in items:
            add_par(doc, it)

    chapter("第一章　总　　则")
    art("第一条", "为规范边民互市贸易进口商品落地加工（以下简称落地加工）管理，促进沿边地区产业发展和边民增收，根据《边民互市贸易管理办法》等有关规定，制定本办法。")
    art("第二条", "本办法所称落地加工，是指边民互市贸易进口商品由边民或者边民互助组、合作社交售给依法登记的加工企业，在自治区境内进行加工并销售的经营活动。")
    chapter("第二章　加工企业")
    art("第三条", "从事落地加工的企业应当符合下列条件：", [
        "（一）依法注册登记，具有独立法人资格；",
        "（二）具有与加工规模相适应的生产场地、设备和人员；",
        "（三）近3年内未发生重大安全生产、环境污染和食品安全事故。",
    ])
    art("第四条", "加工企业应当通过边民互市贸易信息化管理平台（以下简称管理平台）备案，如实填报企业基本信息、加工能力和原料需求。")
    chapter("第三章　加工管理")
    art("第五条", "加工企业收购的边民互市进口商品，应当在自治区境内完成实质性加工。实质性加工是指使商品的税则号列（前四位）发生改变，或者加工增值部分达到30%以上。")
    art("第六条", "鼓励加工企业面向中亚、南亚等共建“一带一路”国家拓展原料来源，支持霍尔果斯、喀什、塔城等地建设落地加工产业园区。")
    chapter("第四章　监督管理")
    art("第七条", "加工企业有下列情形之一的，由所在地商务主管部门责令限期整改；情节严重的，移出管理平台备案名单：", [
        "（一）提供虚假备案信息的；",
        "（二）将收购的进口商品直接转售的。",
    ])
    chapter("第五章　附　　则")
    art("第八条", "本办法由自治区商务厅负责解释。")
    art("第九条", "本办法自2026年7月1日起施行，有效期至2031年6月30日。")
    banji(doc, "抄送：商务部条约法律司，自治区人民政府办公厅，自治区司法厅。",
          "新疆维吾尔自治区商务厅办公室", "2026年5月27日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": meta(
            title="新疆维吾尔自治区商务厅关于废止、修改和宣布失效部分规范性文件的决定",
            doc_number="新商务规〔2026〕1号",
            issuer=["新疆维吾尔自治区商务厅"],
            date="2026-05-26",
            region="新疆维吾尔自治区",
            effective="2026-07-01",
            expires="2031-06-30",
            attachments=["新疆维吾尔自治区边民互市贸易进口商品落地加工管理办法"],
            recipients=["各地（州、市）商务主管部门",
                        "中国（新疆）自由贸易试验区各片区管委会", "厅机关各处室"],
            publicity=None,
            repeals="《新疆维吾尔自治区商务厅关于做好对外贸易经营者备案登记工作的通知》（新商务规〔2018〕3号）、《新疆维吾尔自治区商务厅关于外商投资信息报告有关事项的通知》（新商务规〔2019〕5号）、《新疆维吾尔自治区商务厅关于成品油零售经营资格审批有关事项的通知》（新商务规〔2020〕2号）",
        ),
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_yunnan(), doc_xinjiang()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
