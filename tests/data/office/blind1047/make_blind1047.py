# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1047: 人民银行省分行 通知 (第X条 measures) + 统计报表 attachment
with a three-level merged header, 填报说明 and 填报单位 fields.
Writes Word + PDF + expected.json next to this script."""
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
FW = "\u3000"  # full-width space

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


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False, line=12)


def page_field(par, left="— ", right=" —", size=14):
    font(par.add_run(left), SONG, size)
    r = par.add_run()
    font(r, SONG, size)
    r._r.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = par.add_run()
    font(r2, SONG, size)
    r2._r.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>'
                           % nsdecls("w")))
    r3 = par.add_run()
    font(r3, SONG, size)
    r3._r.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    font(par.add_run("1"), SONG, size)
    r5 = par.add_run()
    font(r5, SONG, size)
    r5._r.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    font(par.add_run(right), SONG, size)


def setup(doc, odd_even=False):
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
    if odd_even:
        # 公文: odd pages number on the right, even pages on the left
        doc.settings.odd_and_even_pages_header_footer = True
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.paragraph_format.right_indent = Pt(14)
        page_field(fp)
        ep = s.even_page_footer.paragraphs[0]
        ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
        ep.paragraph_format.left_indent = Pt(14)
        page_field(ep)
    else:
        fp = s.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(fp)


def cell_text(cell, text, name=FS, size=10.5, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
              line=15):
    """text may contain '\n' = manual line break typed inside the cell."""
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            r = p.add_run()
            font(r, name, size, bold)
            r.add_break(WD_BREAK.LINE)
        font(p.add_run(part), name, size, bold)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(line)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.space_after = Pt(0)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def row_height(row, cm):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>'
                          % (nsdecls("w"), int(cm * 567))))


def set_widths(table, widths):
    for i, w in enumerate(widths):
        table.columns[i].width = Cm(w)
        for c in table.columns[i].cells:
            c.width = Cm(w)


def stat_table(doc, paths, rows, widths, clauses, size=10.5, hdr_font=HT, repeat=True,
               left_cols=1):
    """Statistics form with a three-level merged header.

    paths: per leaf column a tuple of header levels (1, 2 or 3 levels).
      1 level  -> spans all three header rows vertically
      2 levels -> level 1 spans header rows 1-2, level 2 in row 3
      3 levels -> one level per header row
    Cells with identical level-prefix are merged horizontally.
    Header text may carry '\n' (typed line break); the key joins without it.
    """
    ncol = len(paths)
    t = doc.add_table(rows=3 + len(rows), cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, widths)

    def cid(r, p):
        if len(p) == 1:
            return p
        if len(p) == 2:
            return p[:1] if r < 2 else p
        return p[:r + 1]

    def label(r, p):
        return cid(r, p)[-1]

    groups = {}
    for c, p in enumerate(paths):
        for r in range(3):
            groups.setdefault(cid(r, p), []).append((r, c))
    for key, cells in groups.items():
        r0 = min(x[0] for x in cells)
        r1 = max(x[0] for x in cells)
        c0 = min(x[1] for x in cells)
        c1 = max(x[1] for x in cells)
        a = t.cell(r0, c0)
        if (r0, c0) != (r1, c1):
            a = a.merge(t.cell(r1, c1))
        cell_text(a, key[-1], hdr_font, size)
    for r in range(3):
        row_height(t.rows[r], 0.6)
        if repeat:
            repeat_header(t.rows[r])
    names = ["／".join(x.replace("\n", "") for x in p) for p in paths]
    for ri, row in enumerate(rows, 3):
        row_height(t.rows[ri], 0.62)
        for ci, v in enumerate(row):
            al = WD_ALIGN_PARAGRAPH.LEFT if ci < left_cols else WD_ALIGN_PARAGRAPH.CENTER
            cell_text(t.cell(ri, ci), v, FS, size, align=al)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(names, row)))
    return t


def plain_table(doc, header, rows, widths, clauses, size=12):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, widths)
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, HT, size, line=20)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            cell_text(t.rows[ri].cells[ci], v, FS, size, line=20)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
    return t


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
        '</w:tblBorders>' % nsdecls("w")))


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
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.top_margin, sec.bottom_margin = Cm(2.6), Cm(2.4)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2.5)
    sec.footer_distance = Cm(1.4)
    return sec


_next_abs = [700]


def make_numbering(doc, lvl_text, fmt_val="chineseCounting", first=640):
    numbering = doc.part.numbering_part.element
    aid = _next_abs[0]
    _next_abs[0] += 1
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="%d"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:b/></w:rPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt_val, lvl_text, first, HT, HT, HT))
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


def textbox_par(doc, lines, left_pt=230, top_pt=6, width_pt=220, height_pt=70):
    """落款 typed inside a floating VML text box (no border, no fill)."""
    p = doc.add_paragraph()
    fmt(p, indent=False)
    inner = "".join(
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
        '<w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
        .format(f=FS, t=t) for t in lines)
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" filled="f" stroked="f" '
        'style="position:absolute;margin-left:%dpt;margin-top:%dpt;width:%dpt;height:%dpt;'
        'z-index:251659264;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:text">'
        '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>' % (nsdecls("w"), left_pt, top_pt, width_pt, height_pt, inner))
    p._p.append(parse_xml(xml))
    return p


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1047", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# =================================================================== DOC A
def doc_guangxi():
    """Joint 红头 (人民银行广西区分行 + 外汇局广西区分局), 第X条 in 黑体,
    landscape attachment with 3-level header repeated, 填报说明, fields line."""
    stem = "blind1047_guangxi_tongzhi"
    doc = Document()
    setup(doc)
    clauses = []

    # ---- joint 版头: organ names left, 文件 right (borderless layout table)
    empty(doc, 1)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_widths(t, [12.0, 3.6])
    for r, name in enumerate(["中国人民银行广西壮族自治区分行", "国家外汇管理局广西壮族自治区分局"]):
        c = t.cell(r, 0)
        cell_text(c, name, XBS, 20, line=34, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RED
    m = t.cell(0, 1).merge(t.cell(1, 1))
    cell_text(m, "文件", XBS, 36, line=44)
    for run in m.paragraphs[0].runs:
        run.font.color.rgb = RED
    empty(doc, 1)
    p = add_par(doc, "桂银发〔2025〕157号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title wrapped at odd places, three paragraphs
    for ln in ["中国人民银行广西壮族自治区分行",
               "国家外汇管理局广西壮族自治区分局关于金融",
               "支持自贸试验区和“一带一路”贸易投资的通知"]:
        add_par(doc, [(ln, XBS, 20, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                line=32)
    empty(doc, 1)
    add_par(doc, "人民银行各市分行、国家外汇管理局各市分局；各政策性银行广西区分行，各国有商业银行"
                 "广西区分行，各股份制商业银行南宁分行，广西北部湾银行、桂林银行、柳州银行，"
                 "广西农村商业联合银行，各外资银行南宁分行：", indent=False)

    def body(txt):
        clauses.append(txt)
        add_par(doc, txt)

    def art(no, txt, subs=()):
        add_par(doc, [(no, HT, 16, False), (FW + txt, FS, 16, False)])
        for s in subs:
            add_par(doc, s)
        clauses.append(no + FW + txt + "".join(subs))

    body("为贯彻落实自由贸易试验区提升战略和推动共建“一带一路”高质量发展的决策部署，进一步提升金融服务"
         "中国（广西）自由贸易试验区和面向东盟贸易投资的质效，现就有关事项通知如下：")
    art("第一条", "各金融机构要聚焦自贸试验区南宁、钦州港、崇左片区和西部陆海新通道沿线重点产业，优化跨境金融服务供给。"
        "到2027年末，力争自贸试验区跨境人民币结算量年均增长10%以上。")
    art("第二条", "扩大跨境人民币使用。支持银行按照“展业三原则”，为自贸试验区内优质企业凭收付款指令直接办理"
        "货物贸易、服务贸易跨境人民币结算，优质企业名单报所在地人民银行市分行备案。")
    art("第三条", "加大“一带一路”贸易融资支持力度。各银行要单列面向东盟和“一带一路”共建国家进出口企业的贸易融资信贷计划：",
        ["（一）对经西部陆海新通道出口的企业，开展铁海联运“一单制”提单等单证融资；",
         "（二）扩大出口信用保险保单融资规模，对小微外贸企业实行优惠利率；",
         "（三）支持政策性银行对平陆运河等重大项目配套贸易融资给予中长期资金支持。"])
    art("第四条", "支持新型离岸国际贸易和汇率避险。银行可依据真实合法的交易基础，为片区内离岸转手买卖企业"
        "提供便捷结算服务；降低中小微企业办理外汇套期保值的保证金比例和交易成本。")
    art("第五条", "推进中国—东盟支付互联互通。支持银行接入人民币跨境支付系统（CIPS），在凭祥、东兴等边境口岸"
        "推广跨境二维码支付和边民互市贸易人民币结算。")
    art("第六条", "建立统计监测制度。人民银行各市分行、国家外汇管理局各市分局和各银行按季度填报统计监测表（见附件），"
        "于每季度结束后10个工作日内报送人民银行广西壮族自治区分行（跨境办）。")
    art("第七条", "本通知自2026年1月1日起施行，有效期至2027年12月31日。《中国人民银行南宁中心支行关于金融支持中国（广西）"
        "自由贸易试验区建设的通知》（南宁银发〔2020〕96号）同时废止。")
    empty(doc, 1)
    add_par(doc, "附件：金融支持自由贸易试验区和“一带一路”贸易投资统计监测表",
            first=Pt(32))
    empty(doc, 1)
    # joint 落款: organs stacked, date under them, right side (typed right indent)
    for txt, ri in (("中国人民银行广西壮族自治区分行", 24), ("国家外汇管理局广西壮族自治区分局", 16),
                    ("2025年12月8日", 64)):
        p = add_par(doc, txt, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        p.paragraph_format.right_indent = Pt(ri)
    add_par(doc, "（此件依申请公开）")
    banji(doc, "抄送：中国人民银行货币政策二司，国家外汇管理局经常项目管理司，广西壮族自治区地方金融管理局，"
               "中国（广西）自由贸易试验区工作办公室，南宁海关。",
          "中国人民银行广西壮族自治区分行办公室", "2025年12月9日印发", gap=1)

    # ---- attachment, landscape
    landscape_section(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("金融支持自由贸易试验区和“一带一路”贸易投资统计监测表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=4)
    cap = "单位：万元、万美元"
    add_par(doc, [(cap, FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=20)
    clauses.append(cap)
    paths = [("指标",), ("行次",),
             ("本期", "合计", "人民币"), ("本期", "合计", "外币"),
             ("本期", "其中：自贸试验区", "人民币"), ("本期", "其中：自贸试验区", "外币"),
             ("本期", "其中：东盟国家", "人民币"), ("本期", "其中：东盟国家", "外币"),
             ("本年累计", "人民币"), ("本年累计", "外币")]
    inds = ["一、跨境结算金额", "（一）货物贸易", "（二）服务贸易", "（三）直接投资",
            "二、贸易融资发放额", "其中：出口信用保险保单融资", "三、贸易融资余额",
            "四、高水平开放试点业务金额"]
    rows = [[ind, str(i)] + [""] * 8 for i, ind in enumerate(inds, 1)]
    rows[6][8] = "—"  # 余额 has no 本年累计
    rows[6][9] = "—"
    stat_table(doc, paths, rows, [5.6, 1.3] + [2.2] * 8, clauses, size=10.5)
    add_par(doc, [("填报说明：", HT, 12, False)], indent=False, line=20, before=6)
    notes = [
        "1．本表由人民银行各市分行、国家外汇管理局各市分局汇总辖内数据后填报，各银行向所在地人民银行市分行报送。",
        "2．“外币”栏按各外币折美元填列，折算汇率采用国家外汇管理局公布的当月各种货币对美元折算率。",
        "3．“其中：自贸试验区”指注册地在中国（广西）自由贸易试验区南宁、钦州港、崇左片区内的企业办理的业务；"
        "“其中：东盟国家”按交易对手方所在国家（地区）统计。",
        "4．“贸易融资余额”为报告期末时点数，“本年累计”栏不填。",
        "5．本表请于每季度结束后10个工作日内报送，节假日顺延。",
    ]
    for n in notes:
        add_par(doc, [(n, FS, 12, False)], first=Pt(24), line=20)
        clauses.append(n)
    fields = "填报单位（盖章）：" + FW * 8 + "填报人：" + FW * 5 + "联系电话：" + FW * 6 + "填报日期：" + FW * 2 + "年" + FW * 2 + "月" + FW * 2 + "日"
    add_par(doc, [(fields, FS, 12, False)], indent=False, line=20, before=8)
    clauses.append(fields)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国人民银行广西壮族自治区分行国家外汇管理局广西壮族自治区分局关于金融支持自贸试验区和"
                     "“一带一路”贸易投资的通知",
            "doc_number": "桂银发〔2025〕157号",
            "issuer": ["中国人民银行广西壮族自治区分行", "国家外汇管理局广西壮族自治区分局"],
            "date": "2025-12-08",
            "published": None,
            "level": "provincial",
            "region": "广西壮族自治区",
            "effective": "2026-01-01",
            "expires": "2027-12-31",
            "attachments": ["金融支持自由贸易试验区和“一带一路”贸易投资统计监测表"],
            "doc_type": "通知",
            "recipients": ["人民银行各市分行", "国家外汇管理局各市分局", "各政策性银行广西区分行",
                           "各国有商业银行广西区分行", "各股份制商业银行南宁分行", "广西北部湾银行",
                           "桂林银行", "柳州银行", "广西农村商业联合银行", "各外资银行南宁分行"],
            "publicity": "此件依申请公开",
            "repeals": "《中国人民银行南宁中心支行关于金融支持中国（广西）自由贸易试验区建设的通知》"
                       "（南宁银发〔2020〕96号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_hainan():
    """特急, single-organ 红头, title with soft breaks, 第X条 typed in 仿宋 with
    full-width-space indents, Shift+Enter inside an article, half-width brackets,
    附件 typed 附件1-style on its own page, Chinese-numeral date, 附注 lines."""
    stem = "blind1047_hainan_fengguan"
    doc = Document()
    setup(doc)
    clauses = []
    IND = FW * 2

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("中国人民银行海南省分行文件", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50, before=12)
    empty(doc, 1)
    p = add_par(doc, "琼银发〔2026〕7号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    p = doc.add_paragraph()
    tl = ["中国人民银行海南省分行关于做好海南", "自由贸易港封关运作后金融支持跨境贸易",
          "和“一带一路”经贸合作的通知"]
    for i, ln in enumerate(tl):
        if i:
            r = p.add_run()
            font(r, XBS, 22)
            r.add_break(WD_BREAK.LINE)
        font(p.add_run(ln), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "人民银行各市分行，各政策性银行海南省分行，各国有商业银行海南省分行，各股份制商业银行海口分行，"
                 "海南银行，海南农村商业银行，各外资银行海口分行：", indent=False)

    def body(txt):
        clauses.append(txt)
        add_par(doc, IND + txt, indent=False)

    def art(txt, more=None):
        """txt starts with 第X条　 typed by hand; more = second paragraph typed
        after a manual line break (Shift+Enter) inside the same w:p."""
        p = doc.add_paragraph()
        font(p.add_run(IND + txt), FS, 16)
        if more:
            r = p.add_run()
            font(r, FS, 16)
            r.add_break(WD_BREAK.LINE)
            font(p.add_run(IND + more), FS, 16)
        fmt(p, indent=False)
        clauses.append(txt + (more or ""))

    body("海南自由贸易港已于2025年12月18日正式启动全岛封关运作。为推动金融更好服务“一线放开、二线管住、岛内自由”的"
         "货物贸易管理制度，支持海南自由贸易港打造“一带一路”重要开放门户，现将有关工作通知如下：")
    art("第一条　优化封关后跨境结算服务。各银行要对照封关运作后“一线”“二线”进出货物的监管要求，完善跨境结算操作规程，"
        "对享受“零关税”政策货物的进口付汇，凭企业提交的合同、发票等交易单证直接办理。")
    art("第二条　用好多功能自由贸易账户(EF账户)。鼓励银行为开展离岸贸易、转口贸易的企业开立EF账户，"
        "提供本外币一体化的跨境收付、汇兑和融资服务，年内力争新开立EF账户1500户以上。")
    art("第三条　支持新型离岸国际贸易发展。银行可将洋浦经济开发区、海口综合保税区内诚信守法的企业"
        "纳入新型离岸国际贸易业务“白名单”。",
        "对“白名单”内企业办理离岸转手买卖等业务，银行可根据电子单证审核办理，审核时间原则上不超过1个工作日。")
    art("第四条　加大“一带一路”贸易融资投放。扩大对东盟、南亚、中东等共建国家和地区进出口的贸易融资规模，"
        "2026年全辖跨境贸易融资发放额力争同比增长15%以上。")
    art("第五条　扩大跨境人民币使用和汇率避险服务。引导企业在大宗商品进口、航运物流等领域优先使用人民币结算；"
        "面向中小微外贸企业推广期权组合等低成本避险产品(首办户年内新增300户以上)。")
    art("第六条　做好统计监测。自2026年2月起，各银行按月填报《海南自由贸易港跨境贸易金融服务统计报表》（见附件），"
        "于每月结束后8个工作日内报送人民银行海南省分行（国际部）。")
    art("第七条　本通知自2026年2月1日起执行。")
    empty(doc, 1)
    add_par(doc, IND + "附件：海南自由贸易港跨境贸易金融服务统计报表", indent=False)
    empty(doc, 2)
    # 落款 typed with spaces, date in Chinese numerals
    add_par(doc, FW * 14 + "中国人民银行海南省分行", indent=False)
    add_par(doc, FW * 15 + "二〇二六年一月十六日", indent=False)
    empty(doc, 1)
    add_par(doc, IND + "（此件主动公开）", indent=False)
    add_par(doc, IND + "（联系人：符晓婷，联系电话：0898-66528107）", indent=False)
    banji(doc, "抄送：中国人民银行货币政策二司，国家外汇管理局海南省分局，国家金融监督管理总局海南监管局，"
               "海南省地方金融管理局，海口海关。",
          "中国人民银行海南省分行办公室", "2026年1月16日印发", gap=1)

    # ---- 附件1
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1, line=16)
    add_par(doc, [("海南自由贸易港跨境贸易金融服务统计报表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32, after=6)
    cap = "单位：万元人民币、万美元"
    add_par(doc, [(cap, FS, 11, False)], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, line=18)
    clauses.append(cap)
    paths = [("项目",),
             ("本期", "合计", "人民币"), ("本期", "合计", "外币"),
             ("本期", "其中：多功能自由贸易账户", "人民币"), ("本期", "其中：多功能自由贸易账户", "外币"),
             ("本期", "其中：“一带一路”共建国家", "人民币"), ("本期", "其中：“一带一路”共建国家", "外币"),
             ("备注",)]
    items = ["一、跨境收支合计", "（一）货物贸易", "（二）服务贸易", "（三）收益和经常转移",
             "（四）资本与金融项目", "二、新型离岸国际贸易结算", "三、跨境贸易融资发放额",
             "（一）出口贸易融资", "（二）进口贸易融资", "四、跨境贸易融资余额",
             "五、汇率避险签约额"]
    rows = [[it] + [""] * 7 for it in items]
    rows[9][7] = "期末余额"
    stat_table(doc, paths, rows, [4.0, 1.45, 1.45, 1.55, 1.55, 1.55, 1.55, 2.3], clauses, size=9,
               hdr_font=HT)
    add_par(doc, [("填报说明", HT, 11, False)], indent=False, line=20, before=6)
    notes = [
        "1.本表由各银行法人机构或海南省一级分行汇总填报，数据口径与国际收支申报、跨境人民币收付信息管理系统保持一致。",
        "2.“外币”栏按当月国家外汇管理局公布的折算率折美元填报。",
        "3.“其中：多功能自由贸易账户”填报通过EF账户办理的业务；“其中：‘一带一路’共建国家”按交易对手方所在国家统计。",
        "4.本表按月报送，每月结束后8个工作日内报送纸质版（加盖公章）和电子版。",
    ]
    for n in notes:
        add_par(doc, [(n, FS, 11, False)], first=Pt(22), line=19)
        clauses.append(n)
    fields = "填报单位（盖章）：          填报人：        联系电话：            填报日期："
    add_par(doc, [(fields, FS, 11, False)], indent=False, line=20, before=8)
    clauses.append(fields)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国人民银行海南省分行关于做好海南自由贸易港封关运作后金融支持跨境贸易和“一带一路”"
                     "经贸合作的通知",
            "doc_number": "琼银发〔2026〕7号",
            "issuer": ["中国人民银行海南省分行"],
            "date": "2026-01-16",
            "published": None,
            "level": "provincial",
            "region": "海南省",
            "effective": "2026-02-01",
            "expires": None,
            "attachments": ["海南自由贸易港跨境贸易金融服务统计报表"],
            "doc_type": "通知",
            "recipients": ["人民银行各市分行", "各政策性银行海南省分行", "各国有商业银行海南省分行",
                           "各股份制商业银行海口分行", "海南银行", "海南农村商业银行", "各外资银行海口分行"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_yunnan():
    """信函式 版头 (organ name + red double rule, 文号 right), 第X条 produced by
    Word automatic numbering (chineseCounting), inline （一）（二） items, 落款 in
    a text box, odd/even page numbers, attachment header cells with typed line
    breaks, units inside a typed caption line, 1. / 2． mixed, two field lines."""
    stem = "blind1047_yunnan_xinhan"
    doc = Document()
    setup(doc, odd_even=True)
    clauses = []
    n_art = make_numbering(doc, "第%1条" + FW)

    add_par(doc, [("中国人民银行云南省分行", XBS, 30, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 18, 1, val="thickThinSmallGap")
    p = add_par(doc, "云银发〔2026〕23号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, before=6)
    p.paragraph_format.right_indent = Pt(16)
    empty(doc, 1)
    for ln in ["中国人民银行云南省分行关于金融支持", "中国（云南）自由贸易试验区建设和面向",
               "南亚东南亚“一带一路”贸易畅通的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "人民银行各州（市）分行；各政策性银行云南省分行，各国有商业银行云南省分行，"
                 "各股份制商业银行昆明分行，富滇银行，云南红塔银行，各外资银行昆明分行：", indent=False)

    def body(txt):
        clauses.append(txt)
        add_par(doc, txt)

    cnt = [0]
    CN = "一二三四五六七八九十"

    def art(txt):
        cnt[0] += 1
        p = add_par(doc, txt, first=Pt(32))
        apply_num(p, n_art)
        clauses.append("第%s条%s%s" % (CN[cnt[0] - 1], FW, txt))

    body("为贯彻落实《提升沿边金融综合改革试验区建设水平行动方案》和中国（云南）自由贸易试验区提升战略有关部署，"
         "发挥金融在服务云南建设面向南亚东南亚辐射中心中的支撑作用，推动与“一带一路”共建国家贸易畅通，"
         "经研究，现就有关事项通知如下：")
    art("各金融机构要把支持自贸试验区昆明、红河、德宏片区建设作为服务全省高水平对外开放的重要任务，"
        "结合片区产业定位，制定年度金融服务工作计划，于2026年4月30日前报送人民银行云南省分行。")
    art("推动人民币在周边国家跨境使用。支持银行与老挝、缅甸、越南等周边国家银行建立人民币代理行关系，"
        "扩大人民币在边境贸易、工程承包、劳务合作中的计价结算；鼓励企业在对周边国家直接投资中使用人民币。")
    art("做好中老铁路沿线贸易金融服务。（一）推广铁路运单融资，对经中老铁路进出口的货物，银行可凭铁路运单、"
        "仓单等单证为企业提供融资；（二）支持银行在磨憨、昆明国际陆港等节点设立专营服务团队，"
        "为“中老铁路+中欧班列”“澜湄快线”沿线企业提供结算、汇兑和供应链融资一站式服务。")
    art("深化区域货币兑换和交易。支持德宏、西双版纳、红河等州（市）银行开展老挝基普、越南盾、缅甸元等区域货币"
        "柜台挂牌兑换，规范发展个人本外币兑换特许业务，引导边境地区兑换业务向正规金融渠道集中。")
    art("便利边民互市贸易和跨境电商结算。支持银行对接边民互市贸易管理服务平台，为边民和互市贸易落地加工企业"
        "提供跨境人民币结算；对跨境电商、市场采购贸易等新业态，银行可凭交易电子信息为企业办理跨境收付。")
    art("提升贸易外汇收支便利化水平。各银行要扩大优质企业贸易外汇收支便利化政策覆盖面，对自贸试验区内信用良好的"
        "中小微企业适当放宽准入条件，推行跨境金融服务平台出口应收账款融资等应用场景。")
    art("建立统计报送制度。各州（市）分行和各银行于每季度结束后12个工作日内，向人民银行云南省分行报送"
        "《中国（云南）自由贸易试验区和面向南亚东南亚贸易金融服务统计报表》（见附件）电子版及盖章扫描件，"
        "同时报送季度工作情况简要说明。")
    art("各州（市）分行要加强对辖区金融机构的督促指导，及时总结推广典型经验做法，重大情况及时报告。"
        "本通知有效期至2028年3月31日。")
    empty(doc, 1)
    add_par(doc, "附件：中国（云南）自由贸易试验区和面向南亚东南亚贸易金融服务统计报表", first=Pt(32))
    empty(doc, 1)
    textbox_par(doc, ["中国人民银行云南省分行", "2026年3月5日"], left_pt=215, top_pt=10,
                width_pt=220, height_pt=70)
    empty(doc, 3)
    banji(doc, "抄送：国家外汇管理局云南省分局，国家金融监督管理总局云南监管局，"
               "中国（云南）自由贸易试验区工作办公室。",
          "中国人民银行云南省分行办公室", "2026年3月6日印发", gap=1)

    # ---- attachment
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1, line=14)
    add_par(doc, [("中国（云南）自由贸易试验区和面向南亚东南亚", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30)
    add_par(doc, [("贸易金融服务统计报表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=6)
    cap = "报告期：2026年第" + FW + "季度" + FW * 12 + "单位：万元、万美元"
    add_par(doc, [(cap, FS, 11, False)], indent=False, line=18)
    clauses.append(cap)
    paths = [("指标",), ("行次",),
             ("本期", "合计", "人民币"), ("本期", "合计", "外币"),
             ("本期", "其中：\n自贸试验区", "人民币"), ("本期", "其中：\n自贸试验区", "外币"),
             ("本期", "其中：\n南亚东南亚国家", "人民币"), ("本期", "其中：\n南亚东南亚国家", "外币"),
             ("比上年同期\n增长（%）",)]
    items = ["一、跨境人民币结算金额", "其中：边境贸易", "二、外汇收支金额", "三、贸易融资发放额",
             "（一）中老铁路运单融资", "（二）出口信用保险保单融资", "四、边民互市贸易结算金额",
             "五、区域货币兑换金额"]
    rows = [[it, str(i)] + [""] * 7 for i, it in enumerate(items, 1)]
    rows[0][3] = "—"  # 人民币结算 has no 外币
    rows[0][5] = "—"
    rows[0][7] = "—"
    rows[1][3] = "—"
    rows[1][5] = "—"
    rows[1][7] = "—"
    for c in (3, 5, 7):  # 边民互市 settled in RMB only
        rows[6][c] = "—"
    stat_table(doc, paths, rows, [4.1, 0.8, 1.35, 1.35, 1.35, 1.35, 1.35, 1.35, 2.1], clauses,
               size=9, repeat=False)
    add_par(doc, [("填报说明：", HT, 11, False)], indent=False, line=20, before=6)
    notes = [
        "1.本表第1至2行、第7行仅填报人民币，外币栏以“—”表示不填。",
        "2．“其中：南亚东南亚国家”按交易对手方所在国家统计，包括南亚8国和东南亚11国。",
        "3．第8行“区域货币兑换金额”指老挝基普、越南盾、缅甸元等与人民币之间的兑换金额，以人民币计价。",
        "4.“比上年同期增长（%）”栏保留一位小数。",
    ]
    for n in notes:
        add_par(doc, [(n, FS, 11, False)], first=Pt(22), line=19)
        clauses.append(n)
    f1 = "单位负责人：" + FW * 6 + "审核人：" + FW * 6 + "填报人："
    f2 = "填报单位（盖章）：" + FW * 5 + "联系电话：" + FW * 5 + "填报日期：" + FW * 2 + "年" + FW * 2 + "月" + FW * 2 + "日"
    add_par(doc, [(f1, FS, 11, False)], indent=False, line=22, before=8)
    add_par(doc, [(f2, FS, 11, False)], indent=False, line=22)
    clauses.extend([f1, f2])

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "中国人民银行云南省分行关于金融支持中国（云南）自由贸易试验区建设和面向南亚东南亚"
                     "“一带一路”贸易畅通的通知",
            "doc_number": "云银发〔2026〕23号",
            "issuer": ["中国人民银行云南省分行"],
            "date": "2026-03-05",
            "published": None,
            "level": "provincial",
            "region": "云南省",
            "effective": None,
            "expires": "2028-03-31",
            "attachments": ["中国（云南）自由贸易试验区和面向南亚东南亚贸易金融服务统计报表"],
            "doc_type": "通知",
            "recipients": ["人民银行各州（市）分行", "各政策性银行云南省分行", "各国有商业银行云南省分行",
                           "各股份制商业银行昆明分行", "富滇银行", "云南红塔银行", "各外资银行昆明分行"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_guangxi(), doc_hainan(), doc_yunnan()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
