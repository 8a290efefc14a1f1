# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 457: office template with the whole text inside a one-column
frame table (版头 / 正文 / 版记 rows), page border, content controls (w:sdt)
around 文号 / 日期 / 主送.  Writes .docx, .pdf and expected.json next to itself."""
import copy
import json
import os
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
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
GRAY = RGBColor(0x80, 0x80, 0x80)

SDT_ID = [630000]


def next_id():
    SDT_ID[0] += 7
    return SDT_ID[0]


# --------------------------------------------------------------- low level
def set_font(run, east, size=None, bold=None, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr._add_rFonts()
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def add_run(p, text, east=FS, size=16, bold=None, color=None):
    r = p.add_run(text)
    set_font(r, east, size, bold, color)
    return r


def fmt(p, align=None, first_chars=None, exact=None, before=0, after=0, left=None, right=None):
    pf = p.paragraph_format
    if align is not None:
        pf.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if exact:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(exact)
    else:
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    if first_chars is not None:
        pf.first_line_indent = Pt(16 * first_chars)
    if left is not None:
        pf.left_indent = Pt(left)
    if right is not None:
        pf.right_indent = Pt(right)
    return p


def add_pbdr(p, side="bottom", color="000000", sz=6):
    ppr = p._p.get_or_add_pPr()
    bdr = parse_xml(
        '<w:pBdr %s><w:%s w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), side, sz, color)
    )
    # pBdr must come before spacing/ind/jc/rPr
    for tag in ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"):
        el = ppr.find(qn(tag))
        if el is not None:
            el.addprevious(bdr)
            return
    ppr.append(bdr)


def cell_borders(cell, **sides):
    """sides: top=('single', 12, 'FF0000') or 'nil'"""
    tcpr = cell._tc.get_or_add_tcPr()
    old = tcpr.find(qn("w:tcBorders"))
    if old is not None:
        tcpr.remove(old)
    inner = ""
    for side in ("top", "left", "bottom", "right"):
        if side not in sides:
            continue
        v = sides[side]
        if v == "nil":
            inner += '<w:%s w:val="nil"/>' % side
        else:
            val, sz, color = v
            inner += '<w:%s w:val="%s" w:sz="%d" w:space="0" w:color="%s"/>' % (side, val, sz, color)
    el = parse_xml('<w:tcBorders %s>%s</w:tcBorders>' % (nsdecls("w"), inner))
    for tag in ("w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"):
        succ = tcpr.find(qn(tag))
        if succ is not None:
            succ.addprevious(el)
            return
    tcpr.append(el)


def row_props(row, cant_split=False, header=False):
    trpr = row._tr.get_or_add_trPr()
    if cant_split:
        trpr.append(parse_xml('<w:cantSplit %s/>' % nsdecls("w")))
    if header:
        trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def set_table_width(table, widths_cm):
    tbl = table._tbl
    tblpr = tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = parse_xml('<w:tblW %s w:w="0" w:type="dxa"/>' % nsdecls("w"))
        tblpr.append(tblw)
    total = int(sum(widths_cm) * 567)
    tblw.set(qn("w:w"), str(total))
    tblw.set(qn("w:type"), "dxa")
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def sdt_inline(p, alias, tag, runs_spec, placeholder=False, date=None):
    """Wrap newly created runs into an inline content control.
    runs_spec: list of (text, east, size, bold, color)."""
    pr = '<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>' % (alias, tag, next_id())
    if placeholder:
        pr += '<w:showingPlcHdr/>'
    if date:
        pr += ('<w:date w:fullDate="%sT00:00:00Z"><w:dateFormat w:val="yyyy\'年\'M\'月\'d\'日\'"/>'
               '<w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/>'
               '<w:calendar w:val="gregorian"/></w:date>' % date)
    else:
        pr += '<w:text/>'
    sdt = parse_xml('<w:sdt %s><w:sdtPr>%s</w:sdtPr><w:sdtContent/></w:sdt>' % (nsdecls("w"), pr))
    content = sdt.find(qn("w:sdtContent"))
    for text, east, size, bold, color in runs_spec:
        r = add_run(p, text, east, size, bold, color)
        content.append(r._element)  # moves run out of paragraph into sdtContent
    p._p.append(sdt)
    return sdt


def sdt_block(paragraph, alias, tag):
    """Wrap an existing paragraph into a block-level content control."""
    sdt = parse_xml(
        '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>'
        '<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent/></w:sdt>' % (nsdecls("w"), alias, tag, next_id())
    )
    p = paragraph._p
    p.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(p)
    return sdt


def page_field(p, east=SONG, size=14):
    add_run(p, "— ", east, size)
    r = add_run(p, "", east, size)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r = add_run(p, "", east, size)
    it = parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w"))
    r._element.append(it)
    r = add_run(p, "", east, size)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    add_run(p, "1", east, size)
    r = add_run(p, "", east, size)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    add_run(p, " —", east, size)


def setup_document(odd_even=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr._add_rFonts()
    rf.set(qn("w:eastAsia"), FS)
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin = Cm(3.5)
    sec.bottom_margin = Cm(3.2)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    sec.header_distance = Cm(1.5)
    sec.footer_distance = Cm(2.2)
    # the template's page border
    pgmar = sec._sectPr.find(qn("w:pgMar"))
    pgmar.addnext(parse_xml(
        '<w:pgBorders %s w:offsetFrom="text">'
        '<w:top w:val="single" w:sz="8" w:space="10" w:color="auto"/>'
        '<w:left w:val="single" w:sz="8" w:space="4" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="8" w:space="10" w:color="auto"/>'
        '<w:right w:val="single" w:sz="8" w:space="4" w:color="auto"/>'
        '</w:pgBorders>' % nsdecls("w")))
    if odd_even:
        doc.settings.odd_and_even_pages_header_footer = True
        fp = sec.footer.paragraphs[0]
        fmt(fp, WD_ALIGN_PARAGRAPH.RIGHT, right=14)
        page_field(fp)
        ep = sec.even_page_footer.paragraphs[0]
        fmt(ep, WD_ALIGN_PARAGRAPH.LEFT, left=14)
        page_field(ep)
    else:
        fp = sec.footer.paragraphs[0]
        fmt(fp, WD_ALIGN_PARAGRAPH.CENTER)
        page_field(fp)
    return doc


def add_numbering(doc, num_id, lvl_text="%1.", fmt_val="decimal"):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), num_id, fmt_val, lvl_text)
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), num_id, num_id)))


def make_frame(doc, n_rows):
    t = doc.add_table(rows=n_rows, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_width(t, [15.6])
    # cell margins inside the frame
    tblpr = t._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    tblpr.append(parse_xml(
        '<w:tblCellMar %s><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
        % nsdecls("w")))
    # trailing paragraph after the frame (Word insists on one) - tiny
    tail = doc.add_paragraph()
    fmt(tail, exact=2)
    add_run(tail, "", FS, 1)
    return t


# ------------------------------------------------------------ body writer
def write_body(doc, cell, items, clauses, first_para=None):
    """items -> paragraphs in cell; returns clause texts appended to clauses."""
    counters = {}
    p_used = first_para
    for it in items:
        kind = it[0]
        if kind == "table":
            _, header, rows, widths = it
            tb = cell.add_table(rows=1 + len(rows), cols=len(header))
            tb.style = doc.styles["Table Grid"]
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            set_table_width(tb, widths)
            for j, h in enumerate(header):
                cp = tb.rows[0].cells[j].paragraphs[0]
                fmt(cp, WD_ALIGN_PARAGRAPH.CENTER, exact=22)
                add_run(cp, h, HT, 12)
            row_props(tb.rows[0], cant_split=True, header=True)
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    cp = tb.rows[i + 1].cells[j].paragraphs[0]
                    fmt(cp, WD_ALIGN_PARAGRAPH.CENTER, exact=22)
                    add_run(cp, v, FS, 12)
                    tb.rows[i + 1].cells[j].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(header, row)))
            continue
        if p_used is not None:
            p = p_used
            p_used = None
        else:
            p = cell.add_paragraph()
        if kind == "blank":
            fmt(p, exact=28)
        elif kind == "h1":
            fmt(p, first_chars=2, exact=28)
            add_run(p, it[1], HT, 16)
        elif kind == "h2":  # heading line of its own, 楷体
            fmt(p, first_chars=2, exact=28)
            add_run(p, it[1], KT, 16, bold=True)
        elif kind == "p":
            fmt(p, first_chars=2, exact=28)
            add_run(p, it[1], FS, 16)
            clauses.append(it[1])
        elif kind == "sp":  # indent typed with full-width spaces
            fmt(p, exact=28)
            add_run(p, "　　" + it[1], FS, 16)
            clauses.append(it[1])
        elif kind == "runin":  # run-in heading in bold 楷体
            _, head, rest = it
            fmt(p, first_chars=2, exact=28)
            add_run(p, head, KT, 16, bold=True)
            add_run(p, rest, FS, 16)
            clauses.append(head + rest)
        elif kind == "runin_ht":  # run-in heading in 黑体
            _, head, rest = it
            fmt(p, first_chars=2, exact=28)
            add_run(p, head, HT, 16)
            add_run(p, rest, FS, 16)
            clauses.append(head + rest)
        elif kind == "auto":  # Word numbering 1. 2. 3.
            _, num_id, text = it
            counters[num_id] = counters.get(num_id, 0) + 1
            fmt(p, exact=28)
            numpr = p._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = num_id
            add_run(p, text, FS, 16)
            clauses.append("%d.%s" % (counters[num_id], text))
        else:
            raise ValueError(kind)
    return clauses


def title_para(cell, lines, p=None, size=22):
    p = p or cell.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, exact=35)
    for i, ln in enumerate(lines):
        r = add_run(p, ln, XBS, size)
        if i < len(lines) - 1:
            r.add_break()  # soft line break inside the title
    return p


def attachment_block(cell, items):
    """附件 list with hanging indent typed by spaces"""
    if not items:
        return
    p = cell.add_paragraph()
    fmt(p, first_chars=2, exact=28)
    if len(items) == 1:
        add_run(p, "附件：" + items[0])
        return
    add_run(p, "附件：1." + items[0])
    for i, t in enumerate(items[1:], start=2):
        q = cell.add_paragraph()
        fmt(q, first_chars=2, exact=28)
        add_run(q, "　　　%d.%s" % (i, t))


def banji(cell, cc_text, printer, print_date):
    cell_borders(cell, top=("single", 8, "000000"), bottom=("single", 8, "000000"),
                 left="nil", right="nil")
    p = cell.paragraphs[0]
    add_pbdr(p, "bottom", "000000", 4)
    fmt(p, exact=26, left=14, right=14)
    p.paragraph_format.first_line_indent = Pt(-42)
    p.paragraph_format.left_indent = Pt(56)
    add_run(p, cc_text, FS, 14)
    q = cell.add_paragraph()
    fmt(q, exact=26, left=14)
    add_run(q, printer, FS, 14)
    add_run(q, "　" * (24 - len(printer) - len(print_date) // 2 - 2), FS, 14)  # manual alignment spaces
    add_run(q, print_date + "印发", FS, 14)


def meta(title, doc_number, issuer, date, level, region, doc_type, recipients,
         effective=None, expires=None, attachments=None, publicity=None, repeals=None, published=None):
    return {
        "title": title, "doc_number": doc_number, "issuer": issuer, "date": date,
        "published": published, "level": level, "region": region, "effective": effective,
        "expires": expires, "attachments": attachments or [], "doc_type": doc_type,
        "recipients": recipients, "publicity": publicity, "repeals": repeals,
    }


# =====================================================================
# 1. 福州：联合发文 + 印发的若干措施，所有内容控件均已填写
# =====================================================================
def build_fuzhou():
    stem = "blind457_fuzhou_tongzhi"
    doc = setup_document(odd_even=True)
    add_numbering(doc, 91)
    frame = make_frame(doc, 4)
    r_head, r_body, r_measures, r_banji = frame.rows
    row_props(r_head, cant_split=True)
    row_props(r_banji, cant_split=True)

    # ---- 版头 (nested layout table for the joint 发文机关标志)
    c = r_head.cells[0]
    cell_borders(c, top="nil", left="nil", right="nil", bottom=("single", 18, "FF0000"))
    p0 = c.paragraphs[0]
    fmt(p0, exact=20)
    lay = c.add_table(rows=2, cols=2)
    lay.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_width(lay, [9.6, 4.0])
    for i, name in enumerate(["福州市商务局", "福州市财政局"]):
        cp = lay.rows[i].cells[0].paragraphs[0]
        fmt(cp, WD_ALIGN_PARAGRAPH.DISTRIBUTE, exact=50)
        add_run(cp, name, XBS, 36, color=RED)
    m = lay.cell(0, 1).merge(lay.cell(1, 1))
    m.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    mp = m.paragraphs[0]
    fmt(mp, WD_ALIGN_PARAGRAPH.CENTER, exact=50)
    add_run(mp, "文件", XBS, 42, color=RED)
    for extra in m.paragraphs[1:]:
        fmt(extra, exact=2)
    pn = c.add_paragraph()
    fmt(pn, WD_ALIGN_PARAGRAPH.CENTER, exact=28, before=14, after=6)
    sdt_inline(pn, "文号", "DocNumber",
               [("榕商务〔", FS, 16, None, None), ("2025", FS, 16, None, None), ("〕87号", FS, 16, None, None)])

    # ---- 正文 (通知)
    c = r_body.cells[0]
    cell_borders(c, top=("single", 18, "FF0000"), left="nil", right="nil", bottom="nil")
    p = c.paragraphs[0]
    fmt(p, exact=28)
    title = "关于印发《福州市促进跨境电商高质量发展若干措施》的通知"
    title_para(c, ["关于印发《福州市促进跨境电商", "高质量发展若干措施》的通知"])
    fmt(c.add_paragraph(), exact=28)
    pz = c.add_paragraph()
    fmt(pz, exact=28)
    add_run(pz, "各县（市）区商务主管部门，福州新区管委会、福州高新区管委会，市直有关单位：")
    sdt_block(pz, "主送机关", "MainRecipients")
    notice_clauses = []
    write_body(doc, c, [
        ("p", "为深入贯彻落实《国务院办公厅关于推动外贸稳规模优结构的意见》和省委、省政府关于加快发展跨境电商等外贸新业态的部署要求，推动中国（福州）跨境电子商务综合试验区高质量发展，经市政府同意，现将《福州市促进跨境电商高质量发展若干措施》印发给你们，请结合实际认真贯彻落实。"),
        ("p", "各地各有关单位在执行过程中遇到的问题，请及时向市商务局电子商务处、市财政局经济建设处反馈（联系电话：0591-87536214）。"),
    ], notice_clauses)
    for _ in range(3):
        fmt(c.add_paragraph(), exact=28)
    ps = c.add_paragraph()
    fmt(ps, exact=28)
    add_run(ps, "　　福州市商务局　　　　　　　　福州市财政局")
    pd = c.add_paragraph()
    fmt(pd, exact=28)
    add_run(pd, "　　　　　　　　　　　　　　　　　")  # manual alignment
    sdt_inline(pd, "成文日期", "SignDate", [("2025年11月18日", FS, 16, None, None)], date="2025-11-18")
    fmt(c.add_paragraph(), exact=28)
    pp = c.add_paragraph()
    fmt(pp, first_chars=2, exact=28)
    add_run(pp, "（此件公开发布）")
    fmt(c.add_paragraph(), exact=28)

    # ---- 若干措施 (third row of the frame)
    c = r_measures.cells[0]
    cell_borders(c, top="nil", left="nil", right="nil", bottom="nil")
    m_title = "福州市促进跨境电商高质量发展若干措施"
    title_para(c, [m_title], p=c.paragraphs[0])
    fmt(c.add_paragraph(), exact=28)
    mc = []
    write_body(doc, c, [
        ("p", "为加快培育外贸新动能，推动中国（福州）跨境电子商务综合试验区（以下简称福州跨境电商综试区）扩规模、提质量、强主体，结合我市实际，制定以下措施。"),
        ("h1", "一、壮大跨境电商经营主体"),
        ("runin", "（一）支持企业做大规模。", "对年度跨境电商进出口额首次突破1亿元、5亿元、10亿元的企业，分别给予一次性奖励20万元、50万元、100万元。同一企业按差额补足方式予以奖励。"),
        ("runin", "（二）引进培育龙头企业。", "对新引进的跨境电商平台企业、品牌企业在我市设立区域总部或独立法人公司，且当年度跨境电商进出口额达到5000万元以上的，给予一次性落户奖励50万元。"),
        ("runin", "（三）鼓励传统外贸企业转型", "。支持传统外贸和生产企业通过跨境电商拓展国际市场，对首次开展跨境电商B2B出口（9710、9810模式）且年度出口额达到500万元以上的企业，给予一次性奖励10万元。"),
        ("h1", "二、完善跨境电商基础设施"),
        ("runin", "（四）建设海外仓。", "支持企业在共建“一带一路”国家和地区、RCEP成员国建设或租赁海外仓，按照以下标准给予支持："),
        ("auto", 91, "自建海外仓面积达到3000平方米以上的，按实际建设投入的10%给予补助，单个仓最高200万元；"),
        ("auto", 91, "租赁海外仓面积达到2000平方米以上且租期不少于2年的，按年度租金的20%给予补助，单个企业每年最高50万元；"),
        ("auto", 91, "获评省级公共海外仓的，再给予一次性奖励30万元。"),
        ("runin", "（五）提升园区承载能力。", "支持福州综合保税区、福州江阴港综合保税区建设跨境电商监管中心和分拨中心，对经认定的市级跨境电商产业园区，按照园区年度运营费用的30%给予补助，最高100万元。"),
        ("runin", "（六）发展中欧班列跨境电商专列。", "对通过中欧班列（福州）运输跨境电商货物的企业，按每标准箱3000元给予运费补助，单个企业每年最高80万元。"),
        ("h1", "三、强化跨境电商要素保障"),
        ("runin", "（七）加大金融支持。", "鼓励银行机构开发“跨境电商贷”等专属信贷产品，对企业获得的跨境电商经营性贷款，按照贷款市场报价利率（LPR）的50%给予贴息，单个企业每年最高30万元。"),
        ("runin", "（八）加强人才培养。", "支持高校、职业院校与跨境电商企业共建实训基地，对经认定的市级跨境电商人才实训基地，给予一次性补助20万元。"),
        ("runin", "（九）优化通关服务。", "推动海关、税务、外汇等部门数据共享，落实跨境电商出口退货监管措施，支持符合条件的企业申请开展跨境电商零售进口退货中心仓模式。"),
        ("runin", "（十）支持标准汇总。", "本措施主要支持事项及标准见下表："),
        ("table", ["序号", "支持事项", "支持标准", "受理单位"], [
            ["1", "企业规模奖励", "最高100万元", "各县（市）区商务主管部门"],
            ["2", "海外仓建设租赁补助", "单个仓最高200万元", "市商务局"],
            ["3", "中欧班列运费补助", "每标准箱3000元", "市商务局"],
            ["4", "跨境电商贷款贴息", "单个企业每年最高30万元", "市财政局"],
        ], [1.4, 4.2, 4.6, 4.6]),
        ("h1", "四、附则"),
        ("runin", "（十一）", "本措施所需资金由市、县两级财政按现行财政体制分担。同一企业同一项目同一年度符合本市其他同类政策的，按照“就高不重复”原则执行。"),
        ("runin", "（十二）", "本措施由市商务局、市财政局负责解释，自2026年1月1日起施行，有效期至2027年12月31日。《福州市加快跨境电子商务发展的若干措施》（榕商务〔2022〕105号）同时废止。"),
    ], mc)
    fmt(c.add_paragraph(), exact=28)

    # ---- 版记
    banji(r_banji.cells[0], "抄送：省商务厅，省财政厅，福州海关，国家税务总局福州市税务局，市委办，市人大办，市政府办，市政协办。",
          "福州市商务局办公室", "2025年11月19日")

    out = os.path.join(HERE, stem + ".docx")
    doc.save(out)
    issuer = ["福州市商务局", "福州市财政局"]
    exp = [
        {"meta": meta(title, "榕商务〔2025〕87号", issuer, "2025-11-18", "municipal", "福州市", "通知",
                      ["各县（市）区商务主管部门", "福州新区管委会", "福州高新区管委会", "市直有关单位"],
                      publicity="此件公开发布"),
         "clauses": notice_clauses},
        {"meta": meta(m_title, None, issuer, "2025-11-18", "municipal", "福州市", "措施", [],
                      effective="2026-01-01", expires="2027-12-31",
                      repeals="《福州市加快跨境电子商务发展的若干措施》（榕商务〔2022〕105号）"),
         "clauses": mc},
    ]
    return stem, out, exp


# =====================================================================
# 2. 钦州港片区：同一模板，框架行跨页拆分，版头行设为“重复标题行”，
#    文号内容控件未填写（仍显示占位符）
# =====================================================================
def build_qinzhou():
    stem = "blind457_qinzhou_tongzhi"
    doc = setup_document(odd_even=False)
    frame = make_frame(doc, 4)
    r_head, r_body, r_sign, r_banji = frame.rows
    row_props(r_head, cant_split=True, header=True)  # repeats on every page

    c = r_head.cells[0]
    cell_borders(c, top="nil", left="nil", right="nil", bottom=("single", 18, "FF0000"))
    p = c.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, before=6)
    r = add_run(p, "中国（广西）自由贸易试验区", XBS, 30, color=RED)
    r.add_break()
    add_run(p, "钦州港片区管理委员会文件", XBS, 30, color=RED)
    pn = c.add_paragraph()
    fmt(pn, WD_ALIGN_PARAGRAPH.CENTER, exact=28, before=10, after=6)
    sdt_inline(pn, "文号", "DocNumber", [("单击或点击此处输入文字。", FS, 16, None, GRAY)], placeholder=True)

    c = r_body.cells[0]
    cell_borders(c, top=("single", 18, "FF0000"), left="nil", right="nil", bottom="nil")
    fmt(c.paragraphs[0], exact=28)
    title = "关于推动钦州综合保税区跨境电商与保税物流高质量发展的通知"
    title_para(c, ["关于推动钦州综合保税区跨境电商与", "保税物流高质量发展的通知"])
    fmt(c.add_paragraph(), exact=28)
    pz = c.add_paragraph()
    fmt(pz, exact=28)
    add_run(pz, "片区各部门，钦州港经济技术开发区各直属单位，各有关企业：")
    sdt_block(pz, "主送机关", "MainRecipients")
    cl = []
    write_body(doc, c, [
        ("p", "为深入贯彻落实《中国（广西）自由贸易试验区总体方案》和西部陆海新通道建设部署要求，充分发挥钦州综合保税区政策功能优势，推动跨境电商、保税物流、保税加工等业态集聚发展，打造面向东盟的跨境电商和国际物流枢纽，经管委会研究同意，现就有关事项通知如下。"),
        ("h1", "一、工作目标"),
        ("p", "到2027年，钦州综合保税区跨境电商进出口额力争突破120亿元，年均增长20%以上；集聚跨境电商、供应链管理、保税物流企业150家以上；西部陆海新通道海铁联运班列跨境电商货物运量年均增长15%以上，中欧班列与西部陆海新通道联运线路实现常态化运营。"),
        ("h1", "二、重点任务"),
        ("runin", "（一）做大跨境电商业务规模。", "支持企业在钦州综合保税区开展跨境电商网购保税进口（1210）、特殊区域出口（1210）和出口海外仓（9810）业务，推动“保税备货+直播电商”“跨境电商+市场采购”等模式融合发展。"),
        ("p", "1.支持企业开展跨境电商网购保税进口业务，对年度进口申报单量首次达到100万单的企业，给予一次性奖励30万元。"),
        ("p", "2.支持企业利用综合保税区保税仓储功能开展“出口集货、海外分拨”业务，对年度出口货值达到1亿元以上的，按出口货值的0.5%给予奖励，单个企业每年最高100万元。"),
        ("runin", "（二）发展保税物流和分拨业务。", "支持企业在区内设立面向东盟的区域分拨中心，开展国际中转、集拼和分拨配送业务，推动“保税+分拨”“保税+冷链”融合发展。"),
        ("p", "1.对在区内新设立的区域分拨中心，年度进出区货值达到5亿元以上的，给予一次性奖励50万元。"),
        ("p", "2.对开展进口冷链保税仓储业务的企业，按以下标准给予仓储费用补贴："),
        ("p", "（1）冷库面积在5000平方米以下的，按实际仓储费用的20%给予补贴；"),
        ("p", "（2）冷库面积在5000平方米以上（含）的，按实际仓储费用的30%给予补贴；"),
        ("p", "（3）单个企业每年补贴总额不超过80万元。"),
        ("runin", "（三）推动海铁联运与中欧班列联动。", "支持企业通过“西部陆海新通道海铁联运班列+中欧班列”组织东盟至欧洲、中亚的过境货物运输，对经钦州港中转并通过中欧班列出境的集装箱，按每标准箱1500元给予补助，单个企业每年最高200万元。"),
        ("runin", "（四）培育保税加工和维修业态。", "支持区内企业开展保税维修、再制造和检测业务，对新获批开展“两头在外”保税维修业务的企业，给予一次性奖励20万元。"),
        ("runin", "（五）扩大外商投资。", "鼓励外国投资者在区内设立跨境电商、供应链管理和国际物流企业，对年度实际使用外资金额达到1000万美元以上的外商投资项目，按实际使用外资金额的1%给予奖励，最高500万元。"),
        ("h1", "三、2026年度重点支持项目安排"),
        ("p", "2026年度拟安排的重点支持项目如下表所示，具体以年度申报指南为准。"),
        ("table", ["项目类别", "支持方式", "年度预算（万元）", "牵头部门"], [
            ["跨境电商业务规模奖励", "一次性奖励", "800", "片区经济发展局"],
            ["区域分拨中心奖励", "一次性奖励", "500", "片区经济发展局"],
            ["冷链保税仓储补贴", "费用补贴", "600", "片区财政局"],
            ["海铁联运中转补助", "运费补助", "1200", "片区口岸物流办"],
        ], [4.4, 3.2, 3.4, 3.8]),
        ("h1", "四、保障措施"),
        ("runin", "（一）加强组织领导", "。成立钦州综合保税区跨境电商和保税物流发展工作专班，由管委会分管领导任组长，统筹推进各项任务落实。"),
        ("runin", "（二）强化部门协同。", "片区各部门要加强与钦州海关、钦州港海关、国家税务总局钦州市税务局等单位的沟通对接，推动监管创新举措落地见效。"),
        ("runin", "（三）严格资金管理。", "申报企业应对申报材料的真实性负责，对弄虚作假骗取奖补资金的，依法依规追回资金，并取消其三年内申报资格。"),
        ("runin", "（四）加强宣传推广。", "及时总结推广创新经验和典型案例，积极争取纳入自由贸易试验区制度创新成果复制推广清单。"),
        ("p", "本通知自2026年2月1日起施行，有效期至2027年12月31日。执行期间如遇上级政策调整，按上级政策执行。"),
    ], cl)
    fmt(c.add_paragraph(), exact=28)

    # row 3: 附件 list + 落款 (row may split across pages)
    c = r_sign.cells[0]
    cell_borders(c, top="nil", left="nil", right="nil", bottom="nil")
    fmt(c.paragraphs[0], exact=28)
    atts = ["钦州综合保税区跨境电商和保税物流扶持资金申报指南",
            "钦州综合保税区跨境电商和保税物流发展工作专班成员名单"]
    attachment_block(c, atts)
    for _ in range(3):
        fmt(c.add_paragraph(), exact=28)
    ps = c.add_paragraph()
    fmt(ps, WD_ALIGN_PARAGRAPH.RIGHT, exact=28, right=16)
    add_run(ps, "中国（广西）自由贸易试验区钦州港片区管理委员会")
    pd = c.add_paragraph()
    fmt(pd, WD_ALIGN_PARAGRAPH.RIGHT, exact=28, right=64)
    sdt_inline(pd, "成文日期", "SignDate", [("2026年1月12日", FS, 16, None, None)], date="2026-01-12")
    fmt(c.add_paragraph(), exact=28)
    pp = c.add_paragraph()
    fmt(pp, first_chars=2, exact=28)
    add_run(pp, "（此件公开发布）")
    fmt(c.add_paragraph(), exact=28)

    banji(r_banji.cells[0], "抄送：钦州市人民政府，自治区商务厅，自治区自贸办，钦州海关，钦州港海关。",
          "钦州港片区管委会党政办公室", "2026年1月13日")

    out = os.path.join(HERE, stem + ".docx")
    doc.save(out)
    exp = [{"meta": meta(title, None, ["中国（广西）自由贸易试验区钦州港片区管理委员会"], "2026-01-12",
                         "zone", "中国（广西）自由贸易试验区钦州港片区", "通知",
                         ["片区各部门", "钦州港经济技术开发区各直属单位", "各有关企业"],
                         effective="2026-02-01", expires="2027-12-31", attachments=atts,
                         publicity="此件公开发布"),
            "clauses": cl}]
    return stem, out, exp


# =====================================================================
# 3. 重庆：批复，主送为段落内的行内控件，日期控件显示汉字〇
# =====================================================================
def build_chongqing():
    stem = "blind457_chongqing_pifu"
    doc = setup_document(odd_even=True)
    frame = make_frame(doc, 3)
    r_head, r_body, r_banji = frame.rows
    for rw in frame.rows:
        row_props(rw, cant_split=False)

    c = r_head.cells[0]
    cell_borders(c, top="nil", left="nil", right="nil", bottom=("single", 18, "FF0000"))
    p = c.paragraphs[0]
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, before=12)
    add_run(p, "重庆市人民政府口岸和物流办公室", XBS, 28, color=RED)
    pn = c.add_paragraph()
    fmt(pn, WD_ALIGN_PARAGRAPH.CENTER, exact=28, before=14, after=6)
    sdt_inline(pn, "文号", "DocNumber",
               [("渝口岸物流", FS, 16, None, None), ("〔2025〕", FS, 16, None, None), ("46", FS, 16, None, None),
                ("号", FS, 16, None, None)])

    c = r_body.cells[0]
    cell_borders(c, top=("single", 18, "FF0000"), left="nil", right="nil", bottom="nil")
    fmt(c.paragraphs[0], exact=28)
    title = "关于同意在重庆国际物流枢纽园区建设中欧班列（成渝）跨境电商集拼分拨中心的批复"
    title_para(c, ["关于同意在重庆国际物流枢纽园区建设", "中欧班列（成渝）跨境电商", "集拼分拨中心的批复"])
    fmt(c.add_paragraph(), exact=28)
    pz = c.add_paragraph()
    fmt(pz, exact=28)
    sdt_inline(pz, "主送机关", "MainRecipients", [("重庆国际物流枢纽园区管理委员会", FS, 16, None, None)])
    add_run(pz, "：")
    cl = []
    write_body(doc, c, [
        ("sp", "你委《关于申请建设中欧班列（成渝）跨境电商集拼分拨中心的请示》（渝物流园管文〔2025〕58号）收悉。经研究，现批复如下："),
        ("sp", "一、原则同意在重庆国际物流枢纽园区建设中欧班列（成渝）跨境电商集拼分拨中心（以下简称分拨中心），选址位于重庆铁路口岸团结村作业区以东地块，规划用地面积约120亩。"),
        ("sp", "二、分拨中心要立足中欧班列（成渝）和西部陆海新通道双向通道优势，重点开展跨境电商出口集货、进口分拨、国际邮件快件中转和海外仓前置备货等业务，建设成为服务共建“一带一路”国家和地区的跨境电商物流枢纽。"),
        ("sp", "三、你委要按照“统一规划、分期建设、市场运作”的原则，抓紧完善建设方案，明确投资主体和运营模式，分期推进项目建设，确保一期工程于2026年底前建成投用。一期主要建设内容如下："),
        ("table", ["建设内容", "建设规模", "完成时限"], [
            ["跨境电商集货监管仓", "3.5万平方米", "2026年6月"],
            ["进口分拨中心", "2.0万平方米", "2026年9月"],
            ["查验及辅助设施", "0.6万平方米", "2026年12月"],
        ], [6.0, 4.2, 4.2]),
        ("sp", "四、项目建设和运营应当符合海关监管要求，监管作业场所须经重庆海关验收合格后方可投入使用。要同步建设信息化管理系统，实现与国际贸易“单一窗口”、跨境电商公共服务平台的数据对接。"),
        ("sp", "五、请你委会同重庆铁路口岸有关单位，优化中欧班列跨境电商专列组织方式，推动“铁路快通”“一单制”等便利化举措在分拨中心先行先试，压缩货物集结和通关时间。"),
        ("sp", "六、项目建设涉及的用地、规划、环评、安全生产等事项，按照有关规定另行报批。"),
        ("sp", "七、我办将会同市商务委、市交通运输委、重庆海关等部门加强工作指导，协调解决项目推进中的重大问题。你委要建立项目推进台账，每季度末将建设进展情况报送我办。"),
    ], cl)
    for _ in range(2):
        fmt(c.add_paragraph(), exact=28).paragraph_format.keep_with_next = True
    ps = c.add_paragraph()
    fmt(ps, exact=28)
    ps.paragraph_format.keep_with_next = True
    add_run(ps, "　　　　　　　　　　重庆市人民政府口岸和物流办公室")
    pd = c.add_paragraph()
    fmt(pd, exact=28)
    add_run(pd, "　　　　　　　　　　　　　　")
    sdt_inline(pd, "成文日期", "SignDate", [("二〇二五年十二月三日", FS, 16, None, None)], date="2025-12-03")
    fmt(c.add_paragraph(), exact=28)

    banji(r_banji.cells[0], "抄送：市发展改革委，市商务委，市交通运输委，市规划自然资源局，重庆海关。",
          "重庆市人民政府口岸和物流办公室", "2025年12月4日")

    out = os.path.join(HERE, stem + ".docx")
    doc.save(out)
    exp = [{"meta": meta(title, "渝口岸物流〔2025〕46号", ["重庆市人民政府口岸和物流办公室"], "2025-12-03",
                         "provincial", "重庆市", "批复", ["重庆国际物流枢纽园区管理委员会"]),
            "clauses": cl}]
    return stem, out, exp


def main():
    expected = {}
    outs = []
    for fn in (build_fuzhou, build_qinzhou, build_chongqing):
        stem, out, exp = fn()
        expected[stem] = exp
        outs.append(out)
    for out in outs:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_457", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, out],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
