# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 905: 外商投资企业投诉处理办法及投诉受理登记表（表单、填写说明、回执）.

Writes three Word files + their PDFs + expected.json into this directory.
"""
import json
import os
import subprocess

from docx import Document
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
FW = "\u3000"          # full-width space
IND = FW * 2           # indentation typed with full-width spaces

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
    return p


def border(p, side="bottom", color="FF0000", sz=18, space=1, val="single"):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        # keep schema order: pBdr goes before shd/tabs/spacing/ind/jc ...
        succ = ("shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
                "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
                "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
                "mirrorIndents", "suppressOverlap", "jc", "textDirection",
                "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
                "rPr", "sectPr", "pPrChange")
        nxt = None
        for child in ppr:
            if child.tag.split("}")[1] in succ:
                nxt = child
                break
        if nxt is not None:
            nxt.addprevious(bdr)
        else:
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
    fmt(p, indent=False, line=12)
    p.add_run().add_break(WD_BREAK.PAGE)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.footer_distance = Cm(2.6)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    # page number footer "— 1 —"
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
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
    font(fp.add_run(" —"), SONG, 14)


def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER,
             color=None, line=20):
    cell.text = ""
    p = cell.paragraphs[0]
    if text:
        font(p.add_run(text), name, size, bold, color)
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


def col_widths(table, widths_cm):
    """Fix column widths (tblGrid + every cell), as Word does after dragging."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    tblpr = table._tbl.tblPr
    tw = tblpr.find(qn("w:tblW"))
    if tw is None:
        tw = parse_xml('<w:tblW %s/>' % nsdecls("w"))
        tblpr.append(tw)
    tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
    tw.set(qn("w:type"), "dxa")
    lay = parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w"))
    after = tblpr.find(qn("w:tblCellMar"))
    if after is None:
        after = tblpr.find(qn("w:tblLook"))
    if after is not None:
        after.addprevious(lay)
    else:
        tblpr.append(lay)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


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
    p2.paragraph_format.right_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), 2)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_905", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- Word automatic numbering (chineseCounting) ---------------------------
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
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), nid))
    ppr.insert(0, numpr)


CN = "一二三四五六七八九十"


# =================================================================== DOC A
# 四川省商务厅 四川省司法厅 联合印发办法的通知（办法作为附件，章、条）
def doc_sichuan():
    stem = "blind905_sichuan_banfa"
    doc = Document()
    setup(doc)
    clauses = []

    # --- joint 版头: borderless 2x2 table, "文件" merged vertically on the right
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [11.0, 4.4])
    for i, org in enumerate(["四川省商务厅", "四川省司法厅"]):
        set_cell(t.rows[i].cells[0], org, XBS, 28, color=RED,
                 align=WD_ALIGN_PARAGRAPH.DISTRIBUTE, line=36)
    m = t.rows[0].cells[1].merge(t.rows[1].cells[1])
    set_cell(m, "文件", XBS, 40, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER, line=44)
    p = add_par(doc, "川商规〔2026〕2号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                before=12)
    border(p, "bottom", "FF0000", 24, 8)
    # title typed as three paragraphs (clerk pressed Enter; odd break before 的通知)
    for ln in ["四川省商务厅 四川省司法厅关于", "印发《四川省外商投资企业投诉工作办法》", "的通知"]:
        add_par(doc, [(ln, XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1, line=20)
    add_par(doc, "各市（州）商务局、司法局，中国（四川）自由贸易试验区各片区管委会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    body("为贯彻落实《中华人民共和国外商投资法》及其实施条例和《外商投资企业投诉工作办法》（商务部令2020年第3号），保护外商投资合法权益，省商务厅、省司法厅对《四川省外商投资企业投诉工作暂行办法》进行了修订，现将修订后的《四川省外商投资企业投诉工作办法》印发给你们，请认真贯彻执行。")
    add_par(doc, "附件：四川省外商投资企业投诉工作办法", before=6)
    empty(doc, 1)
    # two-organ 落款 on one line with tab stops, date under the right organ
    p = add_par(doc, [("\t四川省商务厅", FS, 16, False), ("\t", FS, 16, False),
                      ("四川省司法厅", FS, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(2.2), 0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10.6), 0)
    p.paragraph_format.keep_with_next = True
    add_par(doc, " " * 41 + "2026年2月6日", indent=False)
    add_par(doc, "（此件主动公开）")

    # --- attachment on its own page, text at 26 pt line spacing
    L = 26
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False, line=L)
    add_par(doc, [("四川省外商投资企业投诉工作办法", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=40, after=6)

    def chapter(t):
        p = add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                    line=L)
        p.paragraph_format.keep_with_next = True

    def article(num, first, items=(), tail=(), sep=FW):
        """num like 第一条; first = text after it; items/tail = further paragraphs."""
        clauses.append(num + sep + first + "".join(items) + "".join(tail))
        add_par(doc, [(num, HT, 16, False), (sep + first, FS, 16, False)], line=L)
        for it in items:
            add_par(doc, it, line=L)
        for tl in tail:
            add_par(doc, tl, line=L)

    chapter("第一章" + FW + "总" + FW + "则")
    article("第一条", "为了及时有效处理外商投资企业投诉，保护外商投资合法权益，持续优化外商投资环境，根据《中华人民共和国外商投资法》及其实施条例、《外商投资企业投诉工作办法》等规定，结合本省实际，制定本办法。")
    article("第二条", "本办法所称外商投资企业投诉，是指：",
            ["（一）外商投资企业、外国投资者（以下统称投诉人）认为行政机关及其工作人员（以下统称被投诉人）的行政行为侵犯其合法权益，向投诉工作机构申请协调解决的行为；",
             "（二）投诉人向投诉工作机构反映投资环境方面存在的问题，建议完善有关政策措施的行为。"],
            ["前款所称投诉不包括申请协调解决与其他自然人、法人或者其他组织之间民商事纠纷的行为。"])
    article("第三条", "省商务厅设立四川省外商投资企业投诉中心（以下简称省投诉中心），负责处理涉及省级有关部门或者在全省范围内有重大影响的投诉事项。各市（州）商务主管部门、中国（四川）自由贸易试验区各片区管委会应当指定或者设立投诉工作机构（以下与省投诉中心统称投诉工作机构），负责处理本地区、本片区的投诉事项。")
    chapter("第二章" + FW + "投诉的提出与受理")
    article("第四条", "投诉人提出投诉，应当提交书面投诉材料，包括下列内容：",
            ["（一）投诉人的名称、通讯地址、联系人和联系方式，主体资格证明材料；",
             "（二）被投诉人的名称、地址；",
             "（三）明确的投诉事项和投诉请求；",
             "（四）有关事实、证据和理由。"],
            ["投诉人可以通过现场、邮寄、电子邮件或者“天府通办”外商投资企业投诉专栏提交投诉材料，并填写《外商投资企业投诉受理登记表》。"])
    article("第五条", "投诉工作机构应当自收到完整投诉材料之日起7个工作日内决定是否受理，并出具《外商投资企业投诉受理回执》或者不予受理告知书。投诉材料不齐全的，应当一次性告知投诉人需要补正的全部内容。")
    # clerk typed two half-width spaces after this article number
    article("第六条", "有下列情形之一的，投诉工作机构不予受理：",
            ["（一）投诉主体不属于外商投资企业、外国投资者的；",
             "（二）同一投诉事项已经由其他投诉工作机构受理或者处理终结，且投诉人无新的事实和理由的；",
             "（三）投诉事项已经进入或者完成行政复议、行政诉讼等程序的。"], sep="  ")
    chapter("第三章" + FW + "投诉处理")
    article("第七条", "投诉工作机构受理投诉后，可以通过与投诉人和被投诉人沟通了解情况、组织协调、向有关部门提出处理建议等方式处理投诉。被投诉人应当积极配合，如实提供有关情况和材料。")
    article("第八条", "投诉工作机构应当在受理投诉之日起60个工作日内办结受理的投诉事项。情况复杂的，经投诉工作机构负责人批准，可以适当延长，延长期限最长不超过30个工作日，并告知投诉人。")
    chapter("第四章" + FW + "附" + FW + "则")
    article("第九条", "各市（州）投诉工作机构应当于每季度结束后10个工作日内，将本季度投诉工作情况报送省投诉中心；重大投诉事项应当在受理后3个工作日内报告。")
    article("第十条", "本办法由省商务厅、省司法厅负责解释。")
    article("第十一条", "本办法自2026年3月1日起施行，有效期至2031年2月28日。2021年4月印发的《四川省外商投资企业投诉工作暂行办法》（川商外资〔2021〕5号）同时废止。")

    banji(doc, "抄送：商务部外国投资管理司，省人民政府办公厅。",
          "四川省商务厅办公室", "2026年2月6日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "四川省商务厅 四川省司法厅关于印发《四川省外商投资企业投诉工作办法》的通知",
            "doc_number": "川商规〔2026〕2号",
            "issuer": ["四川省商务厅", "四川省司法厅"],
            "date": "2026-02-06",
            "published": None,
            "level": "provincial",
            "region": "四川省",
            "effective": "2026-03-01",
            "expires": "2031-02-28",
            "attachments": ["四川省外商投资企业投诉工作办法"],
            "doc_type": "通知",
            "recipients": ["各市（州）商务局", "各市（州）司法局",
                           "中国（四川）自由贸易试验区各片区管委会"],
            "publicity": "此件主动公开",
            "repeals": "《四川省外商投资企业投诉工作暂行办法》（川商外资〔2021〕5号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
# 苏州市商务局 信函格式通知：启用投诉受理登记表、填写说明、回执
def form_table(doc, rows, widths, clauses, size=12, height=0.9):
    """rows: list of lists of cells (text, kind, span[, row_height_cm[, heading]]).

    kind: L = label cell, V = value cell (blank or pre-printed options),
    T = a text cell spanning the row.  Clause per row: "label：value" pairs
    joined by "；" (a T cell contributes its text alone).
    """
    t = doc.add_table(rows=len(rows), cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, widths)
    for ri, spec in enumerate(rows):
        row = t.rows[ri]
        ci = 0
        parts = []
        pending = None
        h_cm = height
        for cellspec in spec:
            text, kind, span = cellspec[:3]
            if len(cellspec) > 3 and cellspec[3]:
                h_cm = cellspec[3]
            heading = len(cellspec) > 4 and cellspec[4]
            cell = row.cells[ci]
            if span > 1:
                cell = cell.merge(row.cells[ci + span - 1])
            if kind == "L":
                set_cell(cell, text, FS, size)
                pending = text
            elif kind == "V":
                set_cell(cell, text, FS, size, align=WD_ALIGN_PARAGRAPH.LEFT)
                parts.append("%s：%s" % (pending, text))
                pending = None
            else:
                if heading:
                    set_cell(cell, text, HT, size)
                else:
                    set_cell(cell, text, FS, size, align=WD_ALIGN_PARAGRAPH.JUSTIFY, line=22)
                    cell.paragraphs[0].paragraph_format.first_line_indent = Pt(2 * size)
                parts.append(text)
            ci += span
        row_height(row, h_cm)
        clauses.append("；".join(parts))
    return t


def doc_suzhou():
    stem = "blind905_suzhou_dengjibiao"
    doc = Document()
    setup(doc)
    clauses = []
    n_head = make_numbering(doc, "%1、")
    n_item = make_numbering(doc, "（%1）")

    # 信函格式 版头: organ name only, red double rule, 文号 flush right
    add_par(doc, [("苏州市商务局", XBS, 36, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=50)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "FF0000", 36, 1, val="thickThinSmallGap")
    add_par(doc, "苏商资函〔2026〕8号", align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False)
    for ln in ["苏州市商务局关于启用《外商投资企业",
               "投诉受理登记表》《投诉受理回执》等",
               "文书格式的通知"]:
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER,
                indent=False, line=34)
    empty(doc, 1)
    add_par(doc, "各县级市（区）商务主管部门，苏州工业园区、苏州高新区经济发展委员会：",
            indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, t)

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)], first=Pt(32))
        apply_num(p, n_head)

    items = [0]

    def item(h, t):
        items[0] += 1
        clauses.append("（%s）%s%s" % (CN[items[0] - 1], h, t))
        p = add_par(doc, [(h, KT, 16, False), (t, FS, 16, False)], first=Pt(32))
        apply_num(p, n_item)

    body("为规范全市外商投资企业投诉受理工作，根据《外商投资企业投诉工作办法》（商务部令2020年第3号）有关规定，市商务局制定了《外商投资企业投诉受理登记表》（含填表说明）和《外商投资企业投诉受理回执》（以下统称投诉受理文书），现将有关事项通知如下：")
    head("统一文书格式")
    item("登记表使用。", "投诉工作机构收到投诉材料时，应当指导投诉人如实、完整填写登记表（附件1）；通过邮寄、电子邮件等方式提交的，由工作人员代为填写，并经投诉人确认。")
    item("回执出具。", "决定受理的，应当在收到完整投诉材料之日起7个工作日内出具回执（附件2）。回执一式两联，第一联存根留存，第二联交投诉人。")
    item("编号规则。", "登记表和回执统一编号，格式为“苏外投诉〔年份〕+县级市（区）代码+3位流水号”，如“苏外投诉〔2026〕ZJG001”。")
    head("工作要求")
    # 工作要求 items typed by hand; (一)(二) sit in ONE paragraph split by Shift+Enter
    w1 = "（一）明确专人负责。各地要明确1至2名投诉受理专员，名单请于2026年1月30日前报市商务局外资处。"
    w2 = "（二）做好信息保密。对投诉人填写的商业秘密、个人信息，应当依法予以保密。"
    w3 = "（三）按时报送台账。各地要建立投诉受理登记台账，每月5日前报送上月情况；当月无投诉的，实行“零报告”。"
    p = doc.add_paragraph()
    font(p.add_run(w1), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run(IND + w2), FS, 16)
    fmt(p)
    clauses.extend([w1, w2])
    body(w3)
    # third heading typed by hand (auto numbering not used here), run-in text
    t3 = "三、本通知自2026年2月1日起施行。联系人：市商务局外资处 王静怡，联系电话:0512-68616235。"
    clauses.append(t3)
    add_par(doc, [("三、", HT, 16, False), (t3[2:], FS, 16, False)])
    # 附件 list aligned with full-width spaces
    add_par(doc, "附件：1．外商投资企业投诉受理登记表", before=14)
    add_par(doc, FW * 5 + "2．外商投资企业投诉受理回执")
    empty(doc, 1)
    add_par(doc, FW * 15 + "苏州市商务局", indent=False)
    add_par(doc, FW * 14 + "二〇二六年一月十六日", indent=False)
    add_par(doc, "（此件公开发布）")

    # ------------------------------------------------ 附件1 登记表 (form) + 填表说明
    page_break(doc)
    add_par(doc, [("附件1", HT, 16, False)], indent=False)
    add_par(doc, [("外商投资企业投诉受理登记表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=2)
    chk = FW.join(["□外商独资", "□中外合资", "□中外合作", "□其他"])
    rows = [
        [("登记编号", "L", 1), ("", "V", 1), ("登记日期", "L", 1), ("", "V", 1)],
        [("投诉人名称", "L", 1), ("", "V", 1), ("投资方国别（地区）", "L", 1), ("", "V", 1)],
        [("统一社会信用代码", "L", 1), ("", "V", 1), ("企业类型", "L", 1), ("", "V", 1)],
        [("联系人", "L", 1), ("", "V", 1), ("联系电话", "L", 1), ("", "V", 1)],
        [("通讯地址", "L", 1), ("", "V", 3)],
        [("被投诉人名称", "L", 1), ("", "V", 3)],
        [("投诉类型", "L", 1), ("□申请协调解决行政行为侵权" + FW + "□反映投资环境问题、提出政策建议", "V", 3)],
        [("投诉事项及请求", "L", 1), ("（可另附页）", "V", 3, 1.3)],
        [("事实和理由", "L", 1), ("（请列明所附证据材料）", "V", 3, 1.3)],
        [("是否已申请行政复议或提起行政诉讼", "L", 1), ("□是" + FW + "□否", "V", 3, 1.1)],
        [("投诉人（签字或盖章）", "L", 1), ("", "V", 1), ("填表日期", "L", 1), ("", "V", 1)],
        [("以下由投诉工作机构填写", "T", 4, None, True)],
        [("受理意见", "L", 1), ("□受理" + FW + "□不予受理" + FW + "□需补正材料", "V", 3)],
        [("经办人", "L", 1), ("", "V", 1), ("审核人", "L", 1), ("", "V", 1)],
    ]
    form_table(doc, rows, [3.6, 4.4, 3.6, 4.0], clauses, size=11, height=0.6)
    add_par(doc, [("填表说明", HT, 12, False)], indent=False, line=20, before=2)

    def s(t):
        clauses.append(t)
        add_par(doc, [(t, FS, 12, False)], line=18, first=Pt(24))

    s("1.本表由投诉人填写，也可由工作人员根据投诉材料代为填写，并经投诉人确认。")
    s("2．“投诉人名称”栏：外国投资者应当同时填写中文译名和外文名称。")
    s("3．“统一社会信用代码”栏：外国投资者填写其注册证书编号或者护照号码。")
    s("4．“投诉类型”栏：申请协调解决行政行为侵权的勾选第一项；反映投资环境问题、提出政策建议的勾选第二项。")
    s("5．“投诉事项及请求”栏一般不超过300字；外文材料应当附中文译本。")
    s("6．“以下由投诉工作机构填写”部分，投诉人无须填写。本表一式两份，投诉工作机构和投诉人各留存一份。")

    # ------------------------------------------------ 附件2 回执 (two parts)
    page_break(doc)
    add_par(doc, [("附件2", HT, 16, False)], indent=False)
    add_par(doc, [("外商投资企业投诉受理回执", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36, after=6)
    rows1 = [
        [("第一联" + FW + "存根", "T", 4, None, True)],
        [("编号", "L", 1), ("苏外投诉〔" + FW + FW + "〕" + FW + FW + FW + "号", "V", 1),
         ("受理日期", "L", 1), ("", "V", 1)],
        [("投诉人", "L", 1), ("", "V", 3)],
        [("投诉事项", "L", 1), ("", "V", 3, 1.6)],
        [("经办人", "L", 1), ("", "V", 1), ("联系电话", "L", 1), ("", "V", 1)],
    ]
    form_table(doc, rows1, [2.6, 5.4, 2.8, 4.8], clauses, size=12)
    # dashed cut line: empty paragraph with dashed border, no text
    empty(doc, 1, line=14)
    p = add_par(doc, "", indent=False, line=10)
    border(p, "bottom", "000000", 6, 1, val="dashed")
    empty(doc, 1, line=14)
    receipt = ("你（单位）提交的投诉材料已收悉。经审查，符合《外商投资企业投诉工作办法》规定的受理条件，"
               "本机构决定予以受理，并将自受理之日起60个工作日内办结。办理期间如有疑问，请与经办人联系。")
    rows2 = [
        [("第二联" + FW + "交投诉人", "T", 4, None, True)],
        [("编号", "L", 1), ("苏外投诉〔" + FW + FW + "〕" + FW + FW + FW + "号", "V", 1),
         ("受理日期", "L", 1), ("", "V", 1)],
        [("投诉人", "L", 1), ("", "V", 3)],
        [(receipt, "T", 4, 2.4)],
        [("投诉工作机构（盖章）", "L", 1), ("", "V", 1), ("经办人及电话", "L", 1), ("", "V", 1)],
    ]
    form_table(doc, rows2, [2.6, 5.4, 2.8, 4.8], clauses, size=12)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "苏州市商务局关于启用《外商投资企业投诉受理登记表》《投诉受理回执》等文书格式的通知",
            "doc_number": "苏商资函〔2026〕8号",
            "issuer": ["苏州市商务局"],
            "date": "2026-01-16",
            "published": None,
            "level": "municipal",
            "region": "苏州市",
            "effective": "2026-02-01",
            "expires": None,
            "attachments": ["外商投资企业投诉受理登记表",
                            "外商投资企业投诉受理回执"],
            "doc_type": "通知",
            "recipients": ["各县级市（区）商务主管部门", "苏州工业园区经济发展委员会",
                           "苏州高新区经济发展委员会"],
            "publicity": "此件公开发布",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
# 海口市商务局 上行文报告：紧急、签发人、两级表头统计表（表头重复）、附件登记表
def doc_haikou():
    stem = "blind905_haikou_baogao"
    doc = Document()
    setup(doc)
    clauses = []

    add_par(doc, [("紧急", HT, 16, False)], indent=False)
    add_par(doc, [("海口市商务局文件", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=56, before=18)
    empty(doc, 1)
    p = add_par(doc, [("海商务报〔2026〕6号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("林海峰", KT, 16, False)], indent=False)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), 2)
    p.paragraph_format.left_indent = Pt(16)
    border(p, "bottom", "FF0000", 24, 6)
    empty(doc, 1)
    p = doc.add_paragraph()
    font(p.add_run("海口市商务局关于2025年度外商投资企业"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("投诉处理工作情况的报告"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "海南省商务厅：", indent=False)

    def body(t):
        clauses.append(t)
        add_par(doc, IND + t, indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def runin(h, t):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, False), (t, FS, 16, False)],
                indent=False)

    body("根据《海南省商务厅关于做好2025年度外商投资企业投诉工作总结的通知》（琼商外资函〔2025〕212号）要求，现将我市有关情况报告如下：")
    head("一、基本情况")
    body("2025年，我市依托海口市外商投资企业投诉中心和海南自由贸易港“海易办”投诉专区，共接收外商投资企业投诉登记53件，其中受理47件、不予受理6件；加上2024年结转5件，全年应办52件，已办结49件，办结率94.2%，结转3件。投诉人来自14个国家和地区，其中来自共建“一带一路”国家的投资者投诉16件，同比增长33.3%。分类型情况如下：")

    # caption with unit (not a clause)
    add_par(doc, [("2025年外商投资企业投诉分类型受理办理情况", HT, 14, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=24, before=6)
    add_par(doc, [("单位：件", FS, 12, False)], align=WD_ALIGN_PARAGRAPH.RIGHT,
            indent=False, line=18)
    sub = [None, "本年受理", "上年结转", "已办结", "结转下年", None]
    keys = ["投诉类型", "受理情况／本年受理", "受理情况／上年结转",
            "办理情况／已办结", "办理情况／结转下年", "涉及共建“一带一路”国家投资者"]
    data = [
        ["行政许可类", "14", "0", "14", "0", "5"],
        ["土地规划和建设类", "11", "3", "11", "3", "3"],
        ["政策兑现类", "9", "1", "10", "0", "4"],
        ["行政执法类", "7", "1", "8", "0", "2"],
        ["政府采购和招标投标类", "4", "0", "4", "0", "1"],
        ["其他类", "2", "0", "2", "0", "1"],
        ["合计", "47", "5", "49", "3", "16"],
    ]
    t = doc.add_table(rows=2 + len(data), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, [4.4, 1.9, 1.9, 1.9, 1.9, 3.6])
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "投诉类型", HT, 12, line=18)
    b = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(b, "受理情况", HT, 12, line=18)
    c = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(c, "办理情况", HT, 12, line=18)
    d = t.cell(0, 5).merge(t.cell(1, 5))
    set_cell(d, "涉及共建“一带一路”国家投资者", HT, 12, line=18)
    for i in (1, 2, 3, 4):
        set_cell(t.cell(1, i), sub[i], HT, 12, line=18)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(data, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, HT if row[0] == "合计" else FS, 12, line=18)
        clauses.append("；".join("%s：%s" % (k, v) for k, v in zip(keys, row)))
    note = "注：另有6件投诉登记因属民商事纠纷等情形不予受理，未列入本表。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=18, before=3)

    head("二、主要做法")
    runin("（一）规范受理登记。", "全面启用《海南省外商投资企业投诉受理登记表》和受理回执，实行“一事一档、一号到底”，平均受理时间由4.6个工作日缩短至2.8个工作日。")
    runin("（二）强化部门协同。", "建立由18个部门参加的投诉工作联席会议机制，全年召开专题协调会9次，推动解决不动产登记延误、研发费用补贴兑现迟缓等一批“老大难”问题。")
    runin("（三）注重源头预防。", "开展“外资企业服务月”活动，走访外商投资企业326家，梳理共性诉求41条。")
    head("三、存在的问题")
    body("一是部分投诉涉及土地等历史遗留问题，协调难度大、办理周期长。二是个别部门回复意见不及时、不具体。三是区级投诉工作力量薄弱。")
    head("四、下一步工作")
    body("1.对3件结转投诉事项实行挂牌督办，力争2026年6月底前全部办结。")
    body("2.推动投诉受理登记表在线填报、受理回执电子送达，实现办理进度实时可查。")
    body("3.组织各区投诉工作人员开展业务培训不少于2次。")
    add_par(doc, IND + "特此报告。", indent=False)
    add_par(doc, IND + "附件：海口市2025年度外商投资企业重点投诉事项登记表", indent=False,
            before=14)
    empty(doc, 2)
    p = add_par(doc, "海口市商务局", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(48)
    p = add_par(doc, "2026年1月20日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(40)
    add_par(doc, IND + "（联系人：符晓丽，联系电话：0898-68724519）", indent=False)

    # ------------------------------------------------ 附件 登记表 (header row repeats)
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    add_par(doc, [("海口市2025年度外商投资企业重点投诉事项登记表", XBS, 18, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=30, after=6)
    hdr = ["序号", "登记编号", "投诉人（国别或地区）", "被投诉单位", "主要投诉事项",
           "受理日期", "办理情况"]
    rows = [
        ["1", "海外投诉〔2025〕003", "海口某医疗器械有限公司（新加坡）", "市自然资源和规划局",
         "不动产权证书办理超出承诺时限，影响企业抵押融资", "2025.1.14",
         "已办结，5个工作日内发证"],
        ["2", "海外投诉〔2025〕007", "海南某国际酒店管理有限公司（中国香港）", "美兰区住房和城乡建设局",
         "酒店改造项目施工许可审批超出法定时限", "2025.2.19",
         "已办结，施工许可证已核发"],
        ["3", "海外投诉〔2025〕011", "海口某生物科技有限公司（韩国）", "市科学技术工业信息化局",
         "2024年度研发费用补贴未按期兑现", "2025.3.6",
         "已办结，补贴资金186万元已拨付"],
        ["4", "海外投诉〔2025〕019", "海口某跨境电商有限公司（俄罗斯）", "海口综合保税区管理局",
         "招商时承诺的仓储用地租金优惠未落实", "2025.4.22",
         "已办结，双方签订补充协议"],
        ["5", "海外投诉〔2025〕036", "海口某置业有限公司（中国香港）", "市自然资源和规划局",
         "2008年出让地块土地使用条件变更", "2025.8.12",
         "办理中，结转2026年"],
        ["6", "海外投诉〔2025〕045", "海南某新材料有限公司（泰国）", "秀英区人民政府",
         "项目用地交付时间较出让合同约定延期", "2025.10.16",
         "办理中，结转2026年"],
        ["7", "海外投诉〔2025〕049", "海口某物流有限公司（巴基斯坦）", "市自然资源和规划局",
         "划拨土地转为出让手续办理受阻", "2025.11.20",
         "办理中，结转2026年"],
    ]
    widths = [0.8, 2.9, 2.8, 2.3, 3.0, 1.5, 2.3]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    col_widths(t, widths)
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, HT, 10.5, line=15)
    repeat_header(t.rows[0])
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row):
            set_cell(t.rows[ri].cells[ci], v, FS, 10.5, line=15,
                     align=WD_ALIGN_PARAGRAPH.LEFT if ci in (2, 4, 6) else WD_ALIGN_PARAGRAPH.CENTER)
        row_height(t.rows[ri], 1.1)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    note2 = "注：序号5、6、7三件投诉均涉及土地历史遗留问题，已列入2026年挂牌督办事项。"
    clauses.append(note2)
    add_par(doc, [(note2, FS, 10.5, False)], indent=False, line=16, before=3)

    banji(doc, "抄送：市人民政府办公室，市司法局。", "海口市商务局办公室", "2026年1月20日印发",
          gap=1)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "海口市商务局关于2025年度外商投资企业投诉处理工作情况的报告",
            "doc_number": "海商务报〔2026〕6号",
            "issuer": ["海口市商务局"],
            "date": "2026-01-20",
            "published": None,
            "level": "municipal",
            "region": "海口市",
            "effective": None,
            "expires": None,
            "attachments": ["海口市2025年度外商投资企业重点投诉事项登记表"],
            "doc_type": "报告",
            "recipients": ["海南省商务厅"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_sichuan(), doc_suzhou(), doc_haikou()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
