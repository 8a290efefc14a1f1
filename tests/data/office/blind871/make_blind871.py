# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 871: 涉外法律服务机构名录与推荐通知（律所、仲裁机构名单表）.

Writes three Word files, their PDFs (LibreOffice) and expected.json into the
directory of this script.
"""
import json
import os
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.section import WD_ORIENT, WD_SECTION
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
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # footer "— 1 —" with a PAGE field
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


def set_cell(cell, text, name=FS, size=12, bold=False, align=C, color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)


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
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def row_clause(headers, values):
    return "；".join("%s：%s" % (h, v) for h, v in zip(headers, values))


def banji(doc, cc, printer, date_txt, gap=2):
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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), 2)  # right tab
    border(p2, "bottom", "000000", 8, 4)


_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="decimal"):
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


def textbox_run(p, lines, left_pt, top_pt, width_pt, height_pt):
    """Floating VML text box (as older Word/WPS versions save them)."""
    paras = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>'
        '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
        % (FS, FS, FS, t) for t in lines)
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox871" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:%spt;margin-top:%spt;width:%spt;height:%spt;'
        'z-index:251659264;mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
        'filled="f" stroked="f"><v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent>'
        '</v:textbox></v:shape></w:pict></w:r>'
        % (nsdecls("w"), left_pt, top_pt, width_pt, height_pt, paras))
    p._p.append(parse_xml(xml))


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_871", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
# 浙江省司法厅 浙江省商务厅 联合发布名录的通知（附件为两张名单表）
def doc_zhejiang():
    stem = "blind871_zj_minglu"
    doc = Document()
    setup(doc)
    clauses = []
    n_sub = make_numbering(doc, "%1．", "decimal")

    # 联合行文版头: left cell two organ names stacked, right cell 文件 (merged)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [11.0, 4.2])
    set_cell(t.rows[0].cells[0], "浙江省司法厅", XBS, 36, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=48)
    set_cell(t.rows[1].cells[0], "浙江省商务厅", XBS, 36, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=48)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    set_cell(m, "文件", XBS, 40, color=RED, line=48)
    m.vertical_alignment = 1  # center
    empty(doc, 1)
    p = add_par(doc, "浙司〔2026〕15号", indent=False, align=C)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: three lines, wrapped by hand at odd places
    for line in ("浙江省司法厅　浙江省商务厅关于发布",
                 "《浙江省涉外法律服务机构推荐名录",
                 "（2026年版）》的通知"):
        add_par(doc, [(line, XBS, 22, False)], align=C, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各设区市司法局，省律师协会，中国（浙江）自由贸易试验区各片区管委会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t, align=J)

    def head(t):
        add_par(doc, [(t, HT, 16, False)])

    def runin(h, t, hf=KT):
        clauses.append(h + t)
        add_par(doc, [(h, hf, 16, False), (t, FS, 16, False)], align=J)

    def sub(t, num):
        clauses.append("%d．%s" % (num, t))
        p = add_par(doc, t, align=J, first=Pt(32))
        apply_num(p, n_sub)

    body("为更好服务我省企业“走出去”和高质量共建“一带一路”，省司法厅、省商务厅组织开展了涉外法律服务机构推荐名录遴选工作。经机构自愿申报、专家评审和社会公示，确定12家律师事务所、3家仲裁机构列入《浙江省涉外法律服务机构推荐名录（2026年版）》（以下简称《名录》），现予以发布，并就有关事项通知如下：")
    runin("一、加强宣传推介。", "各设区市司法局要会同当地商务部门，通过门户网站等渠道宣传《名录》，引导企业优先选用《名录》内机构。", HT)
    runin("二、强化供需对接。", "各设区市司法局要建立《名录》内机构与重点外贸企业“一对一”联系机制。自贸试验区各片区管委会要将《名录》内机构纳入片区涉外法律服务资源库。", HT)
    runin("三、实施动态管理。", "《名录》每两年更新一次。列入《名录》的机构有下列情形之一的，由省司法厅商省商务厅移出《名录》并向社会公布：", HT)
    sub("不再符合申报条件或者主动申请退出的；", 1)
    sub("受到行政处罚、行业处分的；", 2)
    sub("损害国家利益或者委托人合法权益的。", 3)
    body("工作中遇到的问题，请及时与省司法厅律师工作处联系（联系电话：0571-87053612）。")
    empty(doc, 1)
    # 附件 list: second line aligned with typed full-width spaces
    p = add_par(doc, [("附件：1．浙江省涉外法律服务机构推荐名录（2026年版）（律师事务所部分）", FS, 16, False)],
                indent=False, align=L)
    p.paragraph_format.left_indent = Pt(32)
    p.paragraph_format.first_line_indent = Pt(0)
    p = add_par(doc, "\u3000\u3000\u30002．浙江省涉外法律服务机构推荐名录（2026年版）（仲裁机构部分）", indent=False, align=L)
    p.paragraph_format.left_indent = Pt(32)
    empty(doc, 1)
    # 联合落款 in a borderless layout table
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [7.8, 7.8])
    set_cell(t.rows[0].cells[0], "浙江省司法厅", FS, 16)
    set_cell(t.rows[0].cells[1], "浙江省商务厅", FS, 16)
    mm = t.rows[1].cells[0].merge(t.rows[1].cells[1])
    set_cell(mm, "2026年2月10日", FS, 16, align=R)
    mm.paragraphs[0].paragraph_format.right_indent = Pt(40)
    add_par(doc, "（此件公开发布）", before=8)

    # ---- 附件1: tables typed in a landscape section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.8), Cm(2.6)
    sec.left_margin, sec.right_margin = Cm(3.7), Cm(3.5)
    add_par(doc, [("附件1", HT, 16, False)], indent=False, align=L)
    add_par(doc, [("浙江省涉外法律服务机构推荐名录（2026年版）", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("（律师事务所部分）", XBS, 20, False)], align=C, indent=False, line=32, after=6)
    headers = ["序号", "机构名称", "所在地", "主要涉外业务领域",
               "境外分支机构／数量（家）", "境外分支机构／所在国家（地区）", "联系电话"]
    rows = [
        ["1", "浙江钱塘明理律师事务所", "杭州市", "跨境投资并购、贸易救济", "3", "美国、德国、阿联酋", "0571-87216530"],
        ["2", "浙江之江天衡律师事务所", "杭州市", "国际商事仲裁、跨境争议", "2", "新加坡、马来西亚", "0571-85103276"],
        ["3", "浙江西溪汇信律师事务所", "杭州市", "跨境电商、数据合规", "1", "英国", "0571-88937415"],
        ["4", "浙江运河正衡律师事务所", "杭州市", "海外工程、国际贸易", "—", "—", "0571-86752018"],
        ["5", "浙江钱江源律师事务所", "杭州市", "外商投资、涉外劳动用工", "1", "日本", "0571-85820963"],
        ["6", "浙江凤起律师事务所", "杭州市", "跨境税务、经营者集中", "—", "—", "0571-87653390"],
        ["7", "浙江良渚国际律师事务所", "杭州市", "国际知识产权、出口管制", "2", "美国、法国", "0571-88216745"],
        ["8", "宁波甬港律师事务所", "宁波市", "海事海商、国际物流", "2", "荷兰、巴拿马", "0574-87302168"],
        ["9", "宁波三江口律师事务所", "宁波市", "国际贸易、跨境金融", "1", "越南", "0574-87659021"],
        ["10", "宁波北仑港城律师事务所", "宁波市", "海事海商、港航物流", "—", "—", "0574-86893357"],
        ["11", "温州瓯江律师事务所", "温州市", "境外投资、侨商服务", "1", "意大利", "0577-88962115"],
        ["12", "浙江商城国际律师事务所", "义乌市", "国际贸易、跨境电商", "2", "阿联酋、西班牙", "0579-85376628"],
    ]
    t = doc.add_table(rows=2 + len(rows), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.0, 4.6, 1.9, 4.6, 1.5, 4.2, 3.4])
    h0, h1 = t.rows[0], t.rows[1]
    for ci, h in ((0, "序号"), (1, "机构名称"), (2, "所在地"), (3, "主要涉外业务领域"), (6, "联系电话")):
        c = h0.cells[ci].merge(h1.cells[ci])
        set_cell(c, h, HT, 10.5, line=16)
    c = h0.cells[4].merge(h0.cells[5])
    set_cell(c, "境外分支机构", HT, 10.5, line=16)
    set_cell(h1.cells[4], "数量（家）", HT, 10.5, line=16)
    set_cell(h1.cells[5], "所在国家（地区）", HT, 10.5, line=16)
    repeat_header(h0)
    repeat_header(h1)
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5,
                     align=L if ci in (1, 3) else C, line=16)
        clauses.append(row_clause(headers, row))
    note = "注：1．机构按所在地排列，排名不分先后；2．境外分支机构含以协议方式设立的合作办公室，不含已加入的国际律师联盟。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    clauses.append(note)

    # ---- 附件2
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False, align=L)
    add_par(doc, [("浙江省涉外法律服务机构推荐名录（2026年版）", XBS, 20, False)],
            align=C, indent=False, line=32)
    add_par(doc, [("（仲裁机构部分）", XBS, 20, False)], align=C, indent=False, line=32, after=6)
    headers2 = ["序号", "机构名称", "境外仲裁员（名）", "2025年受理涉外案件（件）",
                "特色业务领域", "联系电话"]
    rows2 = [
        ["1", "杭州仲裁委员会", "56", "187", "数字经济、跨境电商、国际投资", "0571-85168032"],
        ["2", "宁波仲裁委员会", "43", "152", "海事海商、国际贸易", "0574-89186527"],
        ["3", "温州仲裁委员会", "28", "73", "侨商投资、鞋服出口贸易", "0577-88969310"],
        ["合计", "—", "127", "412", "—", "—"],
    ]
    t = doc.add_table(rows=1 + len(rows2), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [1.4, 4.4, 2.8, 3.6, 6.2, 3.6])
    for ci, h in enumerate(headers2):
        set_cell(t.rows[0].cells[ci], h, HT, 11)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows2, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 11)
        clauses.append(row_clause(headers2, row))

    banji(doc, "抄送：司法部律师工作局，商务部对外投资和经济合作司，省委外办，省贸促会，各设区市商务局。",
          "浙江省司法厅办公室", "2026年2月11日印发", gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "浙江省司法厅　浙江省商务厅关于发布《浙江省涉外法律服务机构推荐名录（2026年版）》的通知",
            "doc_number": "浙司〔2026〕15号",
            "issuer": ["浙江省司法厅", "浙江省商务厅"],
            "date": "2026-02-10",
            "published": None,
            "level": "provincial",
            "region": "浙江省",
            "effective": None,
            "expires": None,
            "attachments": ["浙江省涉外法律服务机构推荐名录（2026年版）（律师事务所部分）",
                            "浙江省涉外法律服务机构推荐名录（2026年版）（仲裁机构部分）"],
            "doc_type": "通知",
            "recipients": ["各设区市司法局", "省律师协会",
                           "中国（浙江）自由贸易试验区各片区管委会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 厦门市司法局 上行文：推荐示范机构的报告（特急，签发人，续表）
def doc_xiamen():
    stem = "blind871_xm_tuijian"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("000016", SONG, 16, False)], indent=False, align=L, line=24)
    add_par(doc, [("特急", HT, 16, False)], indent=False, align=L, line=24)
    add_par(doc, [("厦门市司法局", XBS, 42, False, RED)], align=C, indent=False,
            line=60, before=12)
    empty(doc, 1)
    # 文号 left, 签发人 right, aligned with typed spaces
    p = add_par(doc, [("厦司〔2026〕27号", FS, 16, False), (" " * 24, FS, 16, False),
                      ("签发人：", FS, 16, False), ("林振华", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    add_par(doc, [("厦门市司法局关于推荐第二批福建省涉外", XBS, 22, False)], align=C,
            indent=False, line=36)
    add_par(doc, [("法律服务示范机构的报告", XBS, 22, False)], align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "福建省司法厅：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False, align=J)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True), (t, FS, 16, False)],
                indent=False, align=J)

    body("根据《福建省司法厅关于开展第二批福建省涉外法律服务示范机构推荐工作的通知》（闽司〔2026〕9号）要求，我局结合厦门市涉外法律服务工作实际，认真组织开展了推荐工作，现将有关情况报告如下：")
    head("一、推荐工作开展情况")
    # two "paragraphs" typed with Shift+Enter in one w:p
    t1 = "我局于2026年2月下旬在门户网站发布推荐公告，并通过市律师协会、厦门仲裁委员会向全市律师事务所和仲裁机构转发通知，共收到12家机构的申报材料。"
    t2 = "3月5日，我局会同市商务局、市贸促会组织5名涉外法律、国际贸易领域专家，对申报机构的涉外执业人员、业务规模、服务质量和行业信誉进行综合评审，按照“优中选优”的原则确定推荐对象，并在我局门户网站进行了为期5个工作日的公示，公示期间未收到异议。"
    p = doc.add_paragraph()
    font(p.add_run(IND + t1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + t2), FS, 16)
    fmt(p, indent=False, align=J)
    clauses.extend([t1, t2])
    head("二、推荐机构基本情况")
    body("经评审，我局拟推荐律师事务所5家、仲裁机构1家作为第二批福建省涉外法律服务示范机构。推荐机构涉外执业人员合计227名，2025年共办理涉外法律事务1262件，服务领域涵盖海事海商、跨境投资、东盟经贸、两岸商事等。具体名单如下：")
    add_par(doc, [("厦门市推荐第二批福建省涉外法律服务示范机构名单", HT, 14, False)],
            align=C, indent=False, line=26, before=6)
    add_par(doc, [("单位：名、件", FS, 12, False)], align=R, indent=False, line=20)
    headers = ["序号", "类别", "机构名称", "涉外执业人员（名）", "2025年办理涉外案件（件）",
               "主要服务领域"]
    widths = [1.1, 2.6, 3.8, 2.2, 2.5, 3.4]
    part1 = [
        ["1", "律师事务所", "福建鹭江海天律师事务所", "42", "316", "海事海商、对台经贸"],
        ["2", "律师事务所", "福建筼筜律师事务所", "35", "248", "跨境投资、RCEP规则咨询"],
        ["3", "律师事务所", "福建嘉庚国际律师事务所", "28", "197", "东盟投资、国际工程"],
        ["4", "律师事务所", "福建五缘湾律师事务所", "19", "134", "跨境电商、知识产权"],
    ]
    part2 = [
        ["5", "律师事务所", "福建鼓浪律师事务所", "16", "102", "涉侨民商事、涉外婚姻家事"],
        ["6", "仲裁机构", "厦门仲裁委员会", "87", "265", "国际贸易、海事、两岸商事"],
    ]

    def mk_table(rows, merge_cat):
        t = doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        col_widths(t, widths)
        for ci, h in enumerate(headers):
            set_cell(t.rows[0].cells[ci], h, HT, 11)
        repeat_header(t.rows[0])
        for ri, row in enumerate(rows, 1):
            for ci, v in enumerate(row):
                if ci == 1 and merge_cat:
                    continue
                set_cell(t.rows[ri].cells[ci], v, FS, 11)
            clauses.append(row_clause(headers, row))
        if merge_cat:
            c = t.rows[1].cells[1].merge(t.rows[len(rows)].cells[1])
            set_cell(c, rows[0][1], FS, 11)
            c.vertical_alignment = 1
        return t

    mk_table(part1, True)
    # clerk broke the table by hand and typed 续表 with the header again
    page_break(doc)
    add_par(doc, [("续表", KT, 12, False)], indent=False, align=L, line=20)
    mk_table(part2, False)
    note = "注：涉外执业人员包括律师事务所涉外律师和仲裁机构境外仲裁员；办理涉外案件数据来源于各机构2025年度执业（工作）报告。"
    add_par(doc, [(note, FS, 12, False)], indent=False, line=20, before=4)
    clauses.append(note)
    head("三、下一步工作打算")
    runin("（一）加强跟踪培育。", "对推荐机构实行“一所一策”培育，支持其在东盟国家和共建“一带一路”国家设立分支机构，提升国际化服务能力。")
    runin("（二）深化平台支撑。", "依托中国（福建）自由贸易试验区厦门片区涉外法律服务中心，推动示范机构参与金砖国家新工业革命伙伴关系创新基地建设中的法律服务工作，为“走出去”企业提供合规指引和风险预警服务。")
    runin("（三）做好示范带动。", "组织示范机构与中小律师事务所开展结对帮带，力争到2026年底全市具备涉外业务能力的律师达到600名以上。")
    p = add_par(doc, IND + "特此报告。", indent=False)
    p.paragraph_format.keep_with_next = True
    for _ in range(2):
        p = add_par(doc, "", indent=False)
        p.paragraph_format.keep_with_next = True
    p = add_par(doc, " " * 42 + "厦门市司法局", indent=False)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 39 + "二〇二六年三月十二日", indent=False)
    empty(doc, 1)
    add_par(doc, "（联系人：陈思远，电话：0592-2891376）", indent=False)
    banji(doc, "抄送：厦门市人民政府办公厅，厦门市商务局。",
          "厦门市司法局办公室", "2026年3月12日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "厦门市司法局关于推荐第二批福建省涉外法律服务示范机构的报告",
            "doc_number": "厦司〔2026〕27号",
            "issuer": ["厦门市司法局"],
            "date": "2026-03-12",
            "published": None,
            "level": "municipal",
            "region": "厦门市",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["福建省司法厅"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 海口市司法局 印发名录管理办法的通知（章、节、条；文本框落款）
def doc_haikou():
    stem = "blind871_hk_banfa"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("海口市司法局文件", XBS, 40, False, RED)], align=C, indent=False,
            line=60, before=24)
    empty(doc, 2)
    p = add_par(doc, "海司规〔2026〕3号", indent=False, align=C)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, manual line break inside the 书名号
    p = doc.add_paragraph()
    font(p.add_run("海口市司法局关于印发《海口市涉外法律"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("服务机构名录管理办法》的通知"), XBS, 22)
    fmt(p, align=C, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各区司法局，市律师协会，海南国际仲裁院，市直有关单位：", indent=False)
    t = "《海口市涉外法律服务机构名录管理办法》已经2026年第4次局长办公会议审议通过，现印发给你们，请结合实际认真贯彻执行。"
    clauses.append(t)
    add_par(doc, IND + t, indent=False, align=J)
    empty(doc, 3)
    # 落款 + date in a floating text box (seal goes over it)
    p = doc.add_paragraph()
    fmt(p, indent=False)
    textbox_run(p, ["海口市司法局", "2026年4月8日"], 250, 0, 150, 64)
    empty(doc, 2)
    add_par(doc, "（此件主动公开）", indent=False, before=6)

    p = add_par(doc, [("海口市涉外法律服务机构名录管理办法", XBS, 22, False)], align=C,
                indent=False, line=36)
    p.paragraph_format.page_break_before = True
    empty(doc, 1)

    def chap(t):
        add_par(doc, [(t, HT, 16, False)], align=C, indent=False, before=6, after=6)

    def sec(t):
        add_par(doc, [(t, KT, 16, True)], align=C, indent=False)

    def art(no, text, items=()):
        clauses.append(no + "\u3000" + text + "".join(items))
        add_par(doc, [(IND, FS, 16, False), (no, HT, 16, False), ("\u3000" + text, FS, 16, False)],
                indent=False, align=J)
        for it in items:
            add_par(doc, IND + it, indent=False, align=J)

    chap("第一章　总　则")
    art("第一条", "为规范涉外法律服务机构名录管理，更好服务海南自由贸易港建设，根据《中华人民共和国律师法》等法律法规，结合本市实际，制定本办法。")
    art("第二条", "本办法所称涉外法律服务机构名录(以下简称《名录》)，是指由海口市司法局按照本办法规定遴选、发布，向境内外市场主体推荐的涉外律师事务所和涉外仲裁机构名单。")
    art("第三条", "《名录》的遴选、发布和管理，遵循公开、公平、公正和自愿申报、动态调整的原则。市司法局负责《名录》的组织实施和日常管理。")
    chap("第二章　入库条件")
    sec("第一节　律师事务所")
    art("第四条", "申请列入《名录》的律师事务所，应当同时具备下列条件：", [
        "（一）在本市依法设立满3年；",
        "（二）涉外执业律师不少于5名；",
        "（三）近3年办理涉外法律事务不少于30件，或者涉外业务收入占比不低于20%；",
        "（四）近3年未受到行政处罚或者行业处分。",
    ])
    sec("第二节　仲裁机构")
    art("第五条", "申请列入《名录》的仲裁机构，应当具备下列条件：", [
        "（一）依法设立并在本市设有办公场所或者分支机构；",
        "（二）仲裁员名册中境外仲裁员不少于20名；",
        "（三）近3年受理涉外仲裁案件年均不少于50件；",
        "（四）仲裁规则与国际通行规则相衔接。",
    ])
    chap("第三章　遴选程序")
    art("第六条", "《名录》原则上每两年遴选一次，具体申报时间由市司法局另行通知。")
    art("第七条", "遴选按照下列程序进行:", [
        "（一）机构自愿申报，提交申请表及相关证明材料；",
        "（二）市律师协会或者市司法局进行初审；",
        "（三）市司法局组织专家评审；",
        "（四）拟列入《名录》的机构名单公示5个工作日；",
        "（五）公示无异议的，由市司法局发布《名录》。",
    ])
    chap("第四章　管理与服务")
    art("第八条", "市司法局会同市商务局通过\"海口涉外法律服务\"专栏、\"走出去\"企业服务平台等渠道推介《名录》。")
    art("第九条", "列入《名录》的机构应当于每年3月31日前向市司法局报送上一年度涉外业务开展情况。")
    art("第十条", "列入《名录》的机构有下列情形之一的，由市司法局将其移出《名录》并予以公告：", [
        "（一）不再符合本办法规定条件的；",
        "（二）申报时提供虚假材料的；",
        "（三）受到行政处罚、行业处分的；",
        "（四）无正当理由不按规定报送年度情况的。",
    ])
    art("第十一条", "被移出《名录》的机构，自移出之日起2年内不得再次申请列入《名录》。")
    chap("第五章　附　则")
    art("第十二条", "本办法由海口市司法局负责解释。")
    art("第十三条", "本办法自2026年5月1日起施行，有效期至2031年4月30日。2023年3月15日印发的《海口市涉外法律服务机构推荐名录管理暂行办法》（海司规〔2023〕1号）同时废止。")

    banji(doc, "抄送：海南省司法厅，海口市人民政府办公厅，海口市商务局，海口市贸促会。",
          "海口市司法局办公室", "2026年4月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "海口市司法局关于印发《海口市涉外法律服务机构名录管理办法》的通知",
            "doc_number": "海司规〔2026〕3号",
            "issuer": ["海口市司法局"],
            "date": "2026-04-08",
            "published": None,
            "level": "municipal",
            "region": "海口市",
            "effective": "2026-05-01",
            "expires": "2031-04-30",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["各区司法局", "市律师协会", "海南国际仲裁院", "市直有关单位"],
            "publicity": "此件主动公开",
            "repeals": "《海口市涉外法律服务机构推荐名录管理暂行办法》（海司规〔2023〕1号）",
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_zhejiang(), doc_xiamen(), doc_haikou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
