# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind test documents, round 377.

Theme: 版头 typed into the first-page HEADER (different first page), 文号 + 签发人
in the body, footers "第 X 页 共 Y 页", text boxes anchored beside the title,
附件 table with a vertically merged cell whose text direction is rotated.
"""
import json
import os
import subprocess
import copy

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm, RGBColor, Emu

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ---------------------------------------------------------------- helpers
def set_font(run, east, size=16, bold=False, color=None, ascii_font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font or ("Times New Roman" if east in (FS, KT) else east)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def fmt_para(p, align=None, first_indent=None, line=28, before=0, after=0,
             left_indent=None, right_indent=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if first_indent is not None:
        pf.first_line_indent = Pt(first_indent)
    if left_indent is not None:
        pf.left_indent = Pt(left_indent)
    if right_indent is not None:
        pf.right_indent = Pt(right_indent)
    if line:
        pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def add_para(container, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=32,
             line=28, **kw):
    """runs: list of (text, font, size, bold) or a plain string (仿宋 3号)."""
    p = container.add_paragraph()
    if isinstance(runs, str):
        runs = [(runs, FS, 16, False)]
    for item in runs:
        if item == "BR":
            p.add_run().add_break()  # soft line break (Shift+Enter)
            continue
        text, font, size, bold = item[:4]
        color = item[4] if len(item) > 4 else None
        r = p.add_run(text)
        set_font(r, font, size, bold, color)
    fmt_para(p, align=align, first_indent=first_indent, line=line, **kw)
    return p


def empty(container, n=1, line=28):
    for _ in range(n):
        p = container.add_paragraph()
        fmt_para(p, line=line)


def bottom_border(p, color="FF0000", sz=24, val="single", space=1):
    ppr = p._p.get_or_add_pPr()
    pbdr = parse_xml(
        '<w:pBdr %s><w:bottom w:val="%s" w:sz="%d" w:space="%d" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), val, sz, space, color))
    ppr.append(pbdr)


def top_bottom_border(p, color="000000", sz=4):
    ppr = p._p.get_or_add_pPr()
    pbdr = parse_xml(
        '<w:pBdr %s><w:top w:val="single" w:sz="%d" w:space="1" w:color="%s"/>'
        '<w:bottom w:val="single" w:sz="%d" w:space="1" w:color="%s"/></w:pBdr>'
        % (nsdecls("w"), sz, color, sz, color))
    ppr.append(pbdr)


def add_field(p, instr, font=SONG, size=14):
    def mk(xml):
        r = p.add_run()
        set_font(r, font, size)
        r._element.append(parse_xml(xml))
        return r
    mk('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w"))
    mk('<w:instrText %s xml:space="preserve"> %s </w:instrText>' % (nsdecls("w"), instr))
    mk('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w"))
    r = p.add_run("1")
    set_font(r, font, size)
    mk('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w"))


def page_footer(footer):
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("第 ")
    set_font(r, SONG, 14)
    add_field(p, "PAGE")
    r = p.add_run(" 页 共 ")
    set_font(r, SONG, 14)
    add_field(p, "NUMPAGES")
    r = p.add_run(" 页")
    set_font(r, SONG, 14)


def setup_section(doc):
    s = doc.sections[0]
    s.page_width = Mm(210)
    s.page_height = Mm(297)
    s.top_margin = Mm(37)
    s.bottom_margin = Mm(35)
    s.left_margin = Mm(28)
    s.right_margin = Mm(26)
    s.header_distance = Mm(12)
    s.footer_distance = Mm(18)
    s.different_first_page_header_footer = True
    # default style
    st = doc.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = "Times New Roman"
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    st.paragraph_format.space_after = Pt(0)
    return s


def textbox_run(p, lines, pos_x_mm, pos_y_mm, w_mm, h_mm, box_id,
                border="FF0000", font=HT, size=14, color="FF0000",
                rel_h="margin", rel_v="paragraph"):
    """Anchor a floating DrawingML text box in paragraph p (wrap square)."""
    emu = lambda mm: int(mm * 36000)
    paras = ""
    for ln in lines:
        paras += (
            '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}"/>'
            '<w:color w:val="{c}"/><w:sz w:val="{s}"/><w:szCs w:val="{s}"/></w:rPr>'
            '<w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
        ).format(f=font, c=color, s=size * 2, t=ln)
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="{rh}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="{relh}"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="{relv}"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
        '<wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="{id}" name="文本框 {id}"/>'
        '<wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="15875"><a:solidFill><a:srgbClr val="{b}"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="45720" tIns="45720" rIns="45720" '
        'bIns="45720" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
    ).format(rh=251659264 + box_id, relh=rel_h, relv=rel_v, x=emu(pos_x_mm),
             y=emu(pos_y_mm), cx=emu(w_mm), cy=emu(h_mm), id=box_id, b=border,
             paras=paras)
    # insert the anchor run at the start of the paragraph (as Word does when
    # the box is anchored to the title paragraph)
    p._p.insert(1 if p._p.pPr is not None else 0, parse_xml(xml))


def make_numbering(doc, start_id):
    """Word numbering '1.' (decimal, no tab after) -> returns numId."""
    numbering = doc.part.numbering_part.element
    abs_id = start_id
    absxml = (
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
        '<w:sz w:val="32"/></w:rPr></w:lvl></w:abstractNum>' % (nsdecls("w"), abs_id))
    absel = parse_xml(absxml)
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absel)
    else:
        numbering.append(absel)
    num_id = start_id
    numel = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                      % (nsdecls("w"), num_id, abs_id))
    numbering.append(numel)
    return num_id


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(
        '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>'
        % (nsdecls("w"), num_id)))


def cell_text(cell, text, font=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    r = p.add_run(text)
    set_font(r, font, size, bold)
    p.alignment = align
    fmt_para(p, line=None)
    p.paragraph_format.line_spacing = 1.0
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def set_text_direction(cell, val):
    tcpr = cell._tc.get_or_add_tcPr()
    td = parse_xml('<w:textDirection %s w:val="%s"/>' % (nsdecls("w"), val))
    # textDirection must come before vAlign in tcPr
    va = tcpr.find(qn("w:vAlign"))
    if va is not None:
        va.addprevious(td)
    else:
        tcpr.append(td)


def table_borders(table, val="single"):
    tbl = table._tbl
    tblpr = tbl.tblPr
    b = "".join('<w:%s w:val="%s" w:sz="4" w:space="0" w:color="000000"/>' % (e, val)
                for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblpr.append(parse_xml('<w:tblBorders %s>%s</w:tblBorders>' % (nsdecls("w"), b)))


def set_col_widths(table, widths_mm):
    table.autofit = False
    for i, w in enumerate(widths_mm):
        table.columns[i].width = Mm(w)
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout %s w:type="fixed"/>' % nsdecls("w")))
    for row in table.rows:
        for i, w in enumerate(widths_mm):
            row.cells[i].width = Mm(w)


def attach_table(doc, headers, groups, widths, td_val):
    """groups: list of (category, [row_values...]). First column is the
    category, vertically merged over its rows with rotated text."""
    nrows = 1 + sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=len(headers))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(t)
    set_col_widths(t, widths)
    for i, h in enumerate(headers):
        cell_text(t.rows[0].cells[i], h, HT, 12)
    # header row repeats on each page
    trpr = t.rows[0]._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))
    clauses = []
    r = 1
    for cat, rows in groups:
        first = r
        for vals in rows:
            for j, v in enumerate(vals):
                al = WD_ALIGN_PARAGRAPH.CENTER if len(v) <= 10 else WD_ALIGN_PARAGRAPH.LEFT
                cell_text(t.rows[r].cells[j + 1], v, FS, 12, align=al)
            clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(headers, [cat] + list(vals))))
            r += 1
        last = r - 1
        top = t.cell(first, 0)
        if last > first:
            merged = top.merge(t.cell(last, 0))
        else:
            merged = top
        cell_text(merged, cat, HT, 12)
        set_text_direction(merged, td_val)
    return t, clauses


def banji(doc, chaosong, yinfa_org, yinfa_date, gap=9):
    """版记: 抄送 + 印发 lines with rules above/below."""
    empty(doc, 2)
    p = add_para(doc, [("抄送：" + chaosong, FS, 14, False)], first_indent=0,
                 left_indent=14, right_indent=14, line=24,
                 align=WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.first_line_indent = Pt(-0)
    top_bottom_border(p, sz=4)
    # manual spaces to push the date to the right
    p2 = add_para(doc, [("　" + yinfa_org + "　" * gap + yinfa_date + "印发", FS, 14, False)],
                  first_indent=0, line=24, align=WD_ALIGN_PARAGRAPH.LEFT)
    bottom_border(p2, color="000000", sz=12)


def convert(path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo_377", "--headless",
         "--convert-to", "pdf", "--outdir", HERE, path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ====================================================== document 1: 浙江 通知
def doc_zhejiang():
    stem = "blind377_zhejiang_tongzhi"
    doc = Document()
    sec = setup_section(doc)

    # ---- 版头 in the FIRST-PAGE header only
    fh = sec.first_page_header
    hp = fh.paragraphs[0]
    r = hp.add_run("浙江省商务厅文件")
    set_font(r, XBS, 42, False, RED)
    r.font.color.rgb = RED
    rpr = r._element.get_or_add_rPr()
    rpr.append(parse_xml('<w:spacing %s w:val="-20"/>' % nsdecls("w")))
    fmt_para(hp, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, before=36, after=0)
    hp2 = fh.add_paragraph()
    fmt_para(hp2, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, after=0)
    hp2.add_run(" ")
    bottom_border(hp2, color="FF0000", sz=24)
    page_footer(sec.first_page_footer)
    page_footer(sec.footer)
    # later pages: header left blank (no 版头); explicitly unlinked
    sec.header.is_linked_to_previous = False

    clauses = []

    # ---- 文号 + 签发人 on one line, aligned with manual full-width spaces
    empty(doc, 1)
    add_para(doc, [("　浙商务发〔2026〕9号", FS, 16, False),
                   ("　" * 7, FS, 16, False),
                   ("签发人：", FS, 16, False), ("周立新", KT, 16, False)],
             first_indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc, 1)

    # ---- title with soft break, text box "特急" anchored in title paragraph
    tp = add_para(doc, [("浙江省商务厅关于做好2026年", XBS, 22, False),
                        "BR",
                        ("全省跨境电子商务综合试验区", XBS, 22, False),
                        "BR",
                        ("建设重点工作的通知", XBS, 22, False)],
                  align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0, line=36)
    textbox_run(tp, ["特急"], pos_x_mm=136, pos_y_mm=-2, w_mm=20, h_mm=11, box_id=21)
    empty(doc, 1)

    add_para(doc, "各设区市商务局，义乌市商务局，中国（浙江）自由贸易试验区各片区管委会：",
             first_indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)

    def body(text, manual_indent=False, runs=None):
        if runs is None:
            runs = [(text, FS, 16, False)]
        if manual_indent:
            runs = [("　　", FS, 16, False)] + runs
            add_para(doc, runs, first_indent=0)
        else:
            add_para(doc, runs)

    t = ("为深入贯彻党中央、国务院关于推动跨境电子商务高质量发展的决策部署，落实《浙江省人民政府办公厅关于加快推进跨境电子商务高质量发展的实施意见》要求，持续推进全省12个跨境电子商务综合试验区（以下简称综试区）建设，加快打造“丝路电商”合作先行区，现就做好2026年综试区建设重点工作通知如下：")
    body(t, manual_indent=True)
    clauses.append(t)

    add_para(doc, [("一、总体要求", HT, 16, False)])
    t = ("坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，围绕“一带一路”重要枢纽建设，以综试区建设为牵引，统筹发展跨境电商进口与出口、线上与线下、主体与平台，力争到2026年底，全省跨境电商进出口额突破6000亿元，新增跨境电商出口活跃网店1万家，培育年交易额超亿元的跨境电商经营主体300家以上。")
    body(t)
    clauses.append(t)

    add_para(doc, [("二、重点任务", HT, 16, False)])
    h = "（一）培育壮大经营主体。"
    t = ("实施跨境电商主体培育“品牌出海”行动，支持传统外贸企业、生产制造企业通过跨境电商拓展国际市场。各地要建立重点企业培育库，实行“一企一策”跟踪服务，对入库企业在展会补助、品牌认证、海外商标注册等方面予以优先支持。")
    body(None, runs=[(h, KT, 16, True), (t, FS, 16, False)])
    clauses.append(h + t)

    # standalone sub-heading, then Word-numbered items (numbers are not in the text)
    add_para(doc, [("（二）提升通关便利化水平", KT, 16, False)])
    num_id = make_numbering(doc, 77)
    items = [
        "会同杭州海关、宁波海关深化跨境电商出口海外仓（9810）、跨境电商B2B直接出口（9710）监管模式改革，推广“提前申报”“抵港直装”等便利化措施，进一步压缩整体通关时间。",
        "支持具备条件的综合保税区开展跨境电商保税进口、保税备货出口和退货中心仓业务，推动综合保税区内企业发展“保税+跨境电商”新业态。",
        "依托中欧班列（义新欧）运输通道，开展跨境电商货物班列集拼运输，探索“跨境电商+中欧班列”全程一单制通关模式。",
    ]
    for i, it in enumerate(items, 1):
        p = add_para(doc, it, first_indent=None)
        set_num(p, num_id)
        clauses.append("%d.%s" % (i, it))

    h = "（三）完善海外仓布局。"
    t = ("引导企业在“一带一路”共建国家和RCEP成员国布局建设海外仓，支持海外仓企业数字化、智能化改造。对符合条件的省级公共海外仓，按照以下标准予以支持：")
    body(None, runs=[(h, KT, 16, True), (t, FS, 16, False)])
    clauses.append(h + t)
    for it in ["（1）新认定的省级公共海外仓，按规定给予一次性奖励；",
               "（2）年度考核结果为优秀的，在省级商务发展资金安排中予以倾斜；",
               "（3）连续两年考核不合格的，取消省级公共海外仓资格。"]:
        body(it, manual_indent=True)
        clauses.append(it)

    h = "（四）加强公共服务平台建设。"
    t1 = "各综试区要依托线上综合服务平台，完善国际贸易“单一窗口”跨境电商功能，推动海关、税务、外汇、市场监管等部门数据互联互通。"
    t2 = "鼓励平台企业为中小微企业提供选品、营销、物流、支付、海外合规等一站式服务。"
    body(None, runs=[(h, KT, 16, True), (t1, FS, 16, False), "BR", (t2, FS, 16, False)])
    clauses.append(h + t1 + t2)

    h = "（五）推进自贸试验区联动创新。"
    t = ("中国（浙江）自由贸易试验区各片区要发挥制度创新优势，在跨境电商数据跨境流动、数字贸易规则对接、跨境支付结算等领域先行先试，每个片区年内形成不少于1项跨境电商领域制度创新成果，并及时总结复制推广。")
    body(None, runs=[(h, KT, 16, True), (t, FS, 16, False)])
    clauses.append(h + t)

    empty(doc, 1)
    add_para(doc, [("三、保障措施", HT, 16, False)])
    for h, t in [
        ("（一）加强组织领导。", "各设区市商务局要会同有关部门完善综试区建设工作推进机制，细化年度工作任务，明确责任分工和时间节点，确保各项任务落地见效。"),
        ("（二）强化考核评估。", "省商务厅将会同有关部门对各综试区开展年度评估，评估结果作为省级商务发展资金分配的重要依据。各地要于每季度结束后10个工作日内，将综试区建设进展情况报送省商务厅电子商务处。"),
        ("（三）做好宣传推广。", "各地要及时总结推广综试区建设中的好经验好做法，讲好浙江跨境电商发展故事，营造良好发展氛围。"),
    ]:
        body(None, runs=[(h, KT, 16, True), (t, FS, 16, False)])
        clauses.append(h + t)

    t = ("本通知自2026年3月1日起施行，有效期至2028年2月29日。《浙江省商务厅关于做好2024年全省跨境电子商务综合试验区建设工作的通知》（浙商务发〔2024〕15号）同时废止。")
    body(t, manual_indent=True)
    clauses.append(t)
    t = "联系人：省商务厅电子商务处陈晓燕，联系电话：0571-87056231。"
    body(t)
    clauses.append(t)

    empty(doc, 1)
    att_title = "2026年全省跨境电子商务综合试验区建设重点任务清单"
    add_para(doc, [("附件：" + att_title, FS, 16, False)], first_indent=32,
             align=WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc, 2)
    # 落款 pushed right with manual spaces
    add_para(doc, [("　" * 17 + "浙江省商务厅", FS, 16, False)], first_indent=0,
             align=WD_ALIGN_PARAGRAPH.LEFT)
    add_para(doc, [("　" * 16 + "2026年2月10日", FS, 16, False)], first_indent=0,
             align=WD_ALIGN_PARAGRAPH.LEFT)
    add_para(doc, [("（此件公开发布）", FS, 16, False)])

    # ---- 附件 on a new page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    add_para(doc, [("附件", HT, 16, False)], first_indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc, 1)
    add_para(doc, [(att_title, XBS, 20, False)], first_indent=0,
             align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    empty(doc, 1)
    headers = ["类别", "序号", "重点任务", "牵头单位", "完成时限"]
    groups = [
        ("主体培育", [
            ["1", "建立全省跨境电商重点企业培育库，入库企业不少于1000家", "各设区市商务局", "2026年4月底前"],
            ["2", "组织开展跨境电商“品牌出海”系列培训活动不少于50场", "各设区市商务局、义乌市商务局", "2026年10月底前"],
            ["3", "认定第二批省级跨境电商产业园区", "省商务厅", "2026年9月底前"],
        ]),
        ("通关便利", [
            ["4", "推广跨境电商出口“提前申报”“抵港直装”模式", "各综试区", "2026年6月底前"],
            ["5", "支持综合保税区开展跨境电商退货中心仓业务", "有关综合保税区所在地商务局", "2026年12月底前"],
            ["6", "开行“跨境电商+中欧班列”专列不少于100列", "金华市商务局、义乌市商务局", "2026年12月底前"],
        ]),
        ("服务支撑", [
            ["7", "完成省级公共海外仓年度考核", "省商务厅", "2026年11月底前"],
            ["8", "各片区形成跨境电商领域制度创新成果不少于1项", "自贸试验区各片区管委会", "2026年12月底前"],
        ]),
    ]
    _, rows = attach_table(doc, headers, groups, [14, 10, 64, 40, 28], "tbRlV")
    clauses.extend(rows)

    banji(doc, "商务部电子商务司，省发展改革委，省财政厅，杭州海关，宁波海关，国家外汇管理局浙江省分局。",
          "浙江省商务厅办公室", "2026年2月11日")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "浙江省商务厅关于做好2026年全省跨境电子商务综合试验区建设重点工作的通知",
        "doc_number": "浙商务发〔2026〕9号",
        "issuer": ["浙江省商务厅"],
        "date": "2026-02-10",
        "published": None,
        "level": "provincial",
        "region": "浙江省",
        "effective": "2026-03-01",
        "expires": "2028-02-29",
        "attachments": [att_title],
        "doc_type": "通知",
        "recipients": ["各设区市商务局", "义乌市商务局", "中国（浙江）自由贸易试验区各片区管委会"],
        "publicity": "此件公开发布",
        "repeals": "《浙江省商务厅关于做好2024年全省跨境电子商务综合试验区建设工作的通知》（浙商务发〔2024〕15号）",
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


# ====================================================== document 2: 成都 复函
def doc_chengdu():
    stem = "blind377_chengdu_fuhan"
    doc = Document()
    sec = setup_section(doc)
    sec.top_margin = Mm(35)

    # ---- 信函式版头 in the first-page header: organ name + red double rule
    fh = sec.first_page_header
    hp = fh.paragraphs[0]
    r = hp.add_run("成都市发展和改革委员会")
    set_font(r, XBS, 36, False, RED)
    fmt_para(hp, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, before=24, after=0)
    hp2 = fh.add_paragraph()
    fmt_para(hp2, align=WD_ALIGN_PARAGRAPH.CENTER, line=None, after=0)
    bottom_border(hp2, color="FF0000", sz=18, val="thickThinSmallGap", space=1)
    page_footer(sec.first_page_footer)
    page_footer(sec.footer)
    sec.header.is_linked_to_previous = False

    clauses = []

    # ---- 文号 / 签发人 in a borderless one-row layout table
    empty(doc, 1)
    lt = doc.add_table(rows=1, cols=2)
    lt.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(lt, val="nil")
    set_col_widths(lt, [78, 78])
    cell_text(lt.rows[0].cells[0], "成发改函〔2025〕412号", FS, 16, align=WD_ALIGN_PARAGRAPH.LEFT)
    c = lt.rows[0].cells[1]
    cell_text(c, "签发人：", FS, 16, align=WD_ALIGN_PARAGRAPH.RIGHT)
    rr = c.paragraphs[0].add_run("刘晓东")
    set_font(rr, KT, 16)
    empty(doc, 1)

    # ---- title: three lines via soft breaks; text box "此件公开发布" beside it
    tp = add_para(doc, [("成都市发展和改革委员会关于对", XBS, 22, False), "BR",
                        ("《成都市推动中欧班列（成都）与综合", XBS, 22, False), "BR",
                        ("保税区联动发展若干措施（征求意见稿）》", XBS, 22, False), "BR",
                        ("意见的复函", XBS, 22, False)],
                  align=WD_ALIGN_PARAGRAPH.CENTER, first_indent=0, line=36)
    textbox_run(tp, ["此件", "公开发布"], pos_x_mm=-24, pos_y_mm=2, w_mm=20, h_mm=16,
                box_id=31, font=KT, size=12)
    empty(doc, 1)

    add_para(doc, "成都市口岸与物流办公室：", first_indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)

    def body(runs_or_text, manual_indent=False):
        runs = runs_or_text if isinstance(runs_or_text, list) else [(runs_or_text, FS, 16, False)]
        if manual_indent:
            add_para(doc, [("　　", FS, 16, False)] + runs, first_indent=0)
        else:
            add_para(doc, runs)

    t = ("你办《关于征求〈成都市推动中欧班列（成都）与综合保税区联动发展若干措施（征求意见稿）〉意见的函》（成口物函〔2025〕87号）收悉。经研究，现函复如下：")
    body(t)
    clauses.append(t)

    add_para(doc, [("一、总体意见", HT, 16, False)])
    t = ("我委原则同意《成都市推动中欧班列（成都）与综合保税区联动发展若干措施（征求意见稿）》（以下简称《若干措施》）。《若干措施》立足成都国际铁路港综合保税区、成都高新综合保税区等开放平台，聚焦班列集结、保税物流、产业集聚等关键环节，措施较为具体，对推动我市深度融入共建“一带一路”、建设国际门户枢纽城市具有积极意义。")
    body(t, manual_indent=True)
    clauses.append(t)

    add_para(doc, [("二、具体修改意见", HT, 16, False)])
    h = "（一）关于政策定位。"
    t = ("建议在总则部分进一步衔接成渝地区双城经济圈建设和西部陆海新通道建设有关部署，明确中欧班列（成渝）与西部陆海新通道班列在综合保税区的多式联运衔接要求，体现“东西互济、陆海联动”的通道布局。")
    body([(h, KT, 16, False), (t, FS, 16, False)])
    clauses.append(h + t)

    add_para(doc, [("（二）关于支持措施", KT, 16, False)])
    for it in [
        "1．第六条“对在综合保税区内新设立的保税维修、保税研发企业给予开办补助”，建议明确补助标准、申报条件和资金来源，并与我市现行外贸政策做好衔接，避免重复支持。",
        "2．第九条关于班列运费补贴的表述，建议按照国家关于规范中欧班列补贴的有关要求，将“给予运费补贴”调整为“对班列集结、回程货源组织等给予综合支持”，并逐年退坡。",
        "3．建议增加支持“跨境电商+中欧班列”“保税+班列”新业态的条款，推动跨境电商企业利用班列开展海外仓备货。",
    ]:
        body(it)
        clauses.append(it)

    for h, t in [
        ("（三）关于保障机制。", "建议明确职责分工，由你办牵头建立中欧班列与综合保税区联动发展工作专班，市发改委、市商务局、成都海关等单位按职责配合，定期调度重点事项推进情况。"),
        ("（四）关于实施期限。", "《若干措施》未明确有效期，建议按照行政规范性文件管理有关规定，明确“自印发之日起施行，有效期3年”。"),
    ]:
        body([(h, KT, 16, False), (t, FS, 16, False)])
        clauses.append(h + t)

    add_para(doc, [("三、其他事项", HT, 16, False)])
    t1 = "附件所列修改意见为文字性和技术性意见，请你办统筹研究吸收。我委将积极配合做好《若干措施》印发后的政策解读和落实工作。"
    t2 = "特此函复。"
    # 特此函复 typed at the end of the same paragraph after a soft break
    body([(t1, FS, 16, False), "BR", (t2, FS, 16, False)])
    clauses.append(t1 + t2)

    t = "（联系人：王静，联系电话：028-61882736）"
    body(t)
    clauses.append(t)

    empty(doc, 1)
    att_title = "对《若干措施（征求意见稿）》的具体修改意见表"
    add_para(doc, [("附件：" + att_title, FS, 16, False)], align=WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc, 3)
    add_para(doc, [("成都市发展和改革委员会" + "　" * 4, FS, 16, False)], first_indent=0,
             align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_para(doc, [("2025年12月3日" + "　" * 5, FS, 16, False)], first_indent=0,
             align=WD_ALIGN_PARAGRAPH.RIGHT)

    # ---- 附件 page
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    add_para(doc, [("附件", HT, 16, False)], first_indent=0, align=WD_ALIGN_PARAGRAPH.LEFT)
    empty(doc, 1)
    add_para(doc, [(att_title, XBS, 20, False)], first_indent=0,
             align=WD_ALIGN_PARAGRAPH.CENTER, line=32)
    empty(doc, 1)
    headers = ["类别", "序号", "条款", "原文表述", "修改建议"]
    groups = [
        ("文字表述", [
            ["1", "第二条", "“中欧班列（蓉欧）”", "统一表述为“中欧班列（成渝）”"],
            ["2", "第四条", "“保税区”", "修改为“综合保税区”，与国家有关文件表述保持一致"],
        ]),
        ("政策内容", [
            ["3", "第六条", "“给予开办补助”", "明确补助标准、申报条件和资金来源"],
            ["4", "第九条", "“给予运费补贴”", "调整为“对班列集结、回程货源组织等给予综合支持”"],
            ["5", "第十五条", "无", "增加“本措施自印发之日起施行，有效期3年”"],
        ]),
    ]
    _, rows = attach_table(doc, headers, groups, [16, 12, 22, 44, 62], "tbRl")
    clauses.extend(rows)

    banji(doc, "市商务局，成都海关，成都国际铁路港经济技术开发区管委会。",
          "成都市发展和改革委员会办公室", "2025年12月4日", gap=5)

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    meta = {
        "title": "成都市发展和改革委员会关于对《成都市推动中欧班列（成都）与综合保税区联动发展若干措施（征求意见稿）》意见的复函",
        "doc_number": "成发改函〔2025〕412号",
        "issuer": ["成都市发展和改革委员会"],
        "date": "2025-12-03",
        "published": None,
        "level": "municipal",
        "region": "成都市",
        "effective": None,
        "expires": None,
        "attachments": [att_title],
        "doc_type": "函",
        "recipients": ["成都市口岸与物流办公室"],
        "publicity": "此件公开发布",
        "repeals": None,
    }
    return stem, path, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for fn in (doc_zhejiang, doc_chengdu):
        stem, path, objs = fn()
        expected[stem] = objs
        convert(path)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
