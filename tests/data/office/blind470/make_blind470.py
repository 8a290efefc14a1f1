# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 470: 政策解读 package for a fictional Henan policy
《河南省促进跨境电商与中欧班列融合发展若干措施》 (图文解读 / 文字解读 / 答记者问)."""
import io
import json
import os
import random
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xC0, 0x00, 0x00)

POLICY = "《河南省促进跨境电商与中欧班列融合发展若干措施》"

_docpr = [1000]


def next_id():
    _docpr[0] += 1
    return _docpr[0]


# ---------------------------------------------------------------- helpers
def set_font(run, font, size=None, bold=None, color=None, ascii_font=None):
    run.font.name = ascii_font or ("Times New Roman" if font in (FS, KT, SONG) else font)
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if color is not None:
        run.font.color.rgb = color
    return run


def fmt(p, align=None, indent=True, size=16, line=28, before=0, after=0):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        pf.first_line_indent = Pt(size * 2)
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    return p


def para(doc, runs, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, size=16,
         line=28, before=0, after=0):
    """runs: list of (text, font, bold) or (text, font, bold, size, color)."""
    p = doc.add_paragraph()
    fmt(p, align, indent, size, line, before, after)
    for r in runs:
        text, font, bold = r[0], r[1], r[2]
        rsize = r[3] if len(r) > 3 else size
        color = r[4] if len(r) > 4 else None
        if text == "\n":
            run = p.add_run()
            run.add_break(WD_BREAK.LINE)
            continue
        set_font(p.add_run(text), font, rsize, bold, color)
    return p


def empty(doc, size=16, line=28):
    p = doc.add_paragraph()
    fmt(p, None, False, size, line)
    return p


def setup_page(doc):
    for s in doc.sections:
        s.page_width = Cm(21.0)
        s.page_height = Cm(29.7)
        s.top_margin = Cm(3.7)
        s.bottom_margin = Cm(3.5)
        s.left_margin = Cm(2.8)
        s.right_margin = Cm(2.6)
        s.footer_distance = Cm(2.5)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml("<w:rFonts %s/>" % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)


def page_number_footer(doc):
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(fp.add_run("— "), SONG, 14)
    r = fp.add_run()
    set_font(r, SONG, 14)
    r._element.append(parse_xml('<w:fldChar %s w:fldCharType="begin"/>' % nsdecls("w")))
    r2 = fp.add_run()
    set_font(r2, SONG, 14)
    r2._element.append(parse_xml('<w:instrText %s xml:space="preserve"> PAGE </w:instrText>' % nsdecls("w")))
    r3 = fp.add_run()
    set_font(r3, SONG, 14)
    r3._element.append(parse_xml('<w:fldChar %s w:fldCharType="separate"/>' % nsdecls("w")))
    r4 = fp.add_run("1")
    set_font(r4, SONG, 14)
    r5 = fp.add_run()
    r5._element.append(parse_xml('<w:fldChar %s w:fldCharType="end"/>' % nsdecls("w")))
    set_font(fp.add_run(" —"), SONG, 14)


def red_rule(doc, before=0, after=6):
    p = doc.add_paragraph()
    fmt(p, None, False, 10, 12, before, after)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="18" w:space="1" w:color="C00000"/></w:pBdr>'
        % nsdecls("w")))
    return p


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def textbox_heading(doc, text, width_cm=7.0, height_cm=1.1, fill="B40000",
                    font_color="FFFFFF", size=16, shape="roundRect"):
    """A heading typed inside an inline text box (mc:AlternateContent: wps + VML fallback)."""
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, size, max(int(height_cm * 28.35) + 8, 28), 6, 6)
    cx = int(width_cm * 360000)
    cy = int(height_cm * 360000)
    sz = size * 2
    inner = (
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="{ht}" w:hAnsi="{ht}" w:eastAsia="{ht}"/><w:b/>'
        '<w:color w:val="{fc}"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr>'
        '<w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
    ).format(ht=HT, fc=font_color, sz=sz, t=_esc(text))
    did = next_id()
    vml_shape = "roundrect" if shape == "roundRect" else "rect"
    xml = (
        '<w:r %s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:docPr id="{did}" name="文本框 {did}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="{shape}"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:{vs} id="文本框 {did}" style="width:{wpt}pt;height:{hpt}pt" '
        'fillcolor="#{fill}" stroked="f"><v:textbox inset="7.2pt,3.6pt,7.2pt,3.6pt">'
        '<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:{vs}></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'
    ) % (nsdecls("w", "wp")
           + ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
           + ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
           + ' xmlns:v="urn:schemas-microsoft-com:vml"')
    xml = xml.replace("{cx}", str(cx)).replace("{cy}", str(cy)).replace("{did}", str(did)) \
        .replace("{shape}", shape).replace("{fill}", fill).replace("{inner}", inner) \
        .replace("{vs}", vml_shape).replace("{wpt}", "%.1f" % (width_cm * 28.35)) \
        .replace("{hpt}", "%.1f" % (height_cm * 28.35))
    p._p.append(parse_xml(xml))
    p.paragraph_format.keep_with_next = True
    return p


def callout(doc, number, unit, num_size=44, unit_size=20):
    """Large-font key number, e.g. '3' + '大任务'."""
    p = doc.add_paragraph()
    fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, num_size, num_size + 10, 6, 0)
    set_font(p.add_run(number), HT, num_size, True, RED, ascii_font="Arial Black")
    set_font(p.add_run(unit), HT, unit_size, True, RED)
    p.paragraph_format.keep_with_next = True
    return p


# ------------------------------------------------------------ numbering
def add_abstract(doc, xml_levels, abs_id):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>%s</w:abstractNum>'
        % (nsdecls("w"), abs_id, xml_levels))
    nums = numbering.findall(qn("w:num"))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    num_id = abs_id + 100
    numbering.append(parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), num_id, abs_id)))
    return num_id


def bullet_numbering(doc):
    lvl = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/>'
           '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="480" w:hanging="480"/></w:pPr>'
           '<w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:hint="eastAsia"/>'
           '<w:color w:val="C00000"/></w:rPr></w:lvl>')
    return add_abstract(doc, lvl, 71)


def decimal_numbering(doc):
    lvl = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
           '<w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
           '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
           '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>'
           '<w:b/><w:sz w:val="32"/></w:rPr></w:lvl>')
    return add_abstract(doc, lvl, 72)


def set_num(p, num_id):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(
        '<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), num_id)))


def fake_qr_png(seed=470, n=29, box=8):
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    img = Image.new("RGB", ((n + 8) * box, (n + 8) * box), "white")
    d = ImageDraw.Draw(img)
    grid = [[rnd.random() < 0.48 for _ in range(n)] for _ in range(n)]

    def finder(ox, oy):
        for y in range(7):
            for x in range(7):
                on = x in (0, 6) or y in (0, 6) or (2 <= x <= 4 and 2 <= y <= 4)
                grid[oy + y][ox + x] = on
        for k in range(8):
            for (x, y) in ((ox + 7, oy + k), (ox + k, oy + 7)):
                if 0 <= x < n and 0 <= y < n and not (x < 0):
                    pass
    for (ox, oy) in ((0, 0), (n - 7, 0), (0, n - 7)):
        finder(ox, oy)
    for y in range(n):
        for x in range(n):
            if grid[y][x]:
                x0, y0 = (x + 4) * box, (y + 4) * box
                d.rectangle([x0, y0, x0 + box - 1, y0 + box - 1], fill="black")
    bio = io.BytesIO()
    img.save(bio, "PNG")
    bio.seek(0)
    return bio


def add_table(doc, header, rows, widths_cm, merge_col=None, merge_rows=None):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for ci, h in enumerate(header):
        c = t.rows[0].cells[ci]
        c.width = Cm(widths_cm[ci])
        p = c.paragraphs[0]
        fmt(p, WD_ALIGN_PARAGRAPH.CENTER, False, 12, 20)
        set_font(p.add_run(h), HT, 12, False)
    for ri, row in enumerate(rows, start=1):
        for ci, val in enumerate(row):
            c = t.rows[ri].cells[ci]
            c.width = Cm(widths_cm[ci])
            p = c.paragraphs[0]
            fmt(p, WD_ALIGN_PARAGRAPH.CENTER if ci in (0, len(row) - 1) else WD_ALIGN_PARAGRAPH.LEFT,
                False, 12, 20)
            if merge_col is not None and ci == merge_col and merge_rows and ri == merge_rows[1]:
                continue  # text lives in the merged top cell only
            set_font(p.add_run(val), FS, 12, False)
    if merge_col is not None and merge_rows:
        a = t.rows[merge_rows[0]].cells[merge_col]
        b = t.rows[merge_rows[1]].cells[merge_col]
        a.merge(b)
        # merging keeps an empty paragraph from the lower cell; drop it
        ps = a.paragraphs
        for extra in ps[1:]:
            if not extra.text:
                extra._p.getparent().remove(extra._p)
    return t


def table_clauses(header, rows):
    return ["；".join("%s：%s" % (h, v) for h, v in zip(header, row)) for row in rows]


# =================================================================== DOC 1
def make_tuwen():
    doc = Document()
    setup_page(doc)
    page_number_footer(doc)
    bnum = bullet_numbering(doc)
    clauses = []

    def body(text, center=False, font=FS, size=16, bold=False, color=None, indent=True):
        para(doc, [(text, font, bold, size, color)],
             WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY,
             indent=(indent and not center), size=size)
        clauses.append(text)

    # title split over two paragraphs (big + normal), then red rule, then web-style source line
    para(doc, [("一图读懂", XBS, False, 36, RED)], WD_ALIGN_PARAGRAPH.CENTER, False, 36, 46)
    para(doc, [(POLICY, XBS, False, 17)], WD_ALIGN_PARAGRAPH.CENTER, False, 17, 28)
    red_rule(doc)
    para(doc, [("发布时间：2025-09-18　　　来源：河南省商务厅", KT, False, 12)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 12, 20, 0, 6)

    textbox_heading(doc, "政策背景")
    body("中欧班列（郑州）是我省融入共建“一带一路”的重要陆路通道，跨境电商是我省外贸发展的新动能。"
         "2024年，全省跨境电商进出口交易额达到2711.5亿元，中欧班列（郑州）全年开行2581列。"
         "为推动“跨境电商+中欧班列”深度融合，省政府办公厅于2025年9月10日印发"
         + POLICY + "（豫政办〔2025〕41号，以下简称《若干措施》）。")

    textbox_heading(doc, "发展目标")
    body("到2027年，力争实现：")
    for num, unit, cap in [
        ("3500", "列", "中欧班列（郑州）年开行量稳定在3500列以上"),
        ("20", "%", "跨境电商货物占班列货值比重提高到20%以上"),
        ("30", "条", "培育“跨境电商+中欧班列”常态化专线30条"),
        ("20", "个", "新增沿线公共海外仓20个"),
    ]:
        callout(doc, num, unit)
        clauses.append(num + unit)
        body(cap, center=True, font=KT, size=14)

    textbox_heading(doc, "主要内容")
    callout(doc, "3", "大任务")
    clauses.append("3大任务")
    body("通道提能　　主体培育　　生态优化", center=True, font=HT, size=15)
    callout(doc, "12", "项措施")
    clauses.append("12项措施")
    body("《若干措施》共13条，第一条至第十二条为12项具体措施，第十三条为施行期限规定。")

    tasks = [
        ("任务一　通道提能", [
            "第一条　拓展“跨境电商+中欧班列”线路，新开通常态化跨境电商专线的，给予最高200万元一次性奖励。",
            "第二条　建设郑州国际陆港跨境电商集结分拨中心，推行“多点集货、郑州集结、一单到底”。",
            "第三条　推进“班列+海外仓”联动，认定为省级公共海外仓的，给予最高300万元支持。",
            "第四条　保障跨境电商舱位，去程班列跨境电商货物舱位占比不低于20%。",
        ]),
        ("任务二　主体培育", [
            "第五条　跨境电商企业年进出口额首次突破10亿元、5亿元的，分别给予100万元、50万元奖励。",
            "第六条　支持郑州新郑综合保税区、郑州经开综合保税区等开展“1210”保税备货和“班列+保税”业务。",
            "第七条　培育10个以上“跨境电商+产业带”，推动发制品、服装、机械装备等特色产品借班列出海。",
            "第八条　实施跨境电商人才培训计划，每年培训跨境电商和国际物流人才1万人次以上。",
        ]),
        ("任务三　生态优化", [
            "第九条　推行“一次申报、一次查验、一次放行”，班列跨境电商货物通关时间压缩至12小时以内。",
            "第十条　扩大出口信用保险覆盖面，支持银行开展基于班列运单的融资业务。",
            "第十一条　依托国际贸易“单一窗口”建设“跨境电商+班列”数据服务专区。",
            "第十二条　省级财政每年统筹安排5000万元专项资金。",
        ]),
    ]
    for head, items in tasks:
        textbox_heading(doc, head, width_cm=6.0, height_cm=0.95, fill="F2DCDB",
                        font_color="C00000", size=15, shape="rect")
        for it in items:
            p = para(doc, [(it, FS, False, 15)], WD_ALIGN_PARAGRAPH.LEFT, False, 15, 26)
            set_num(p, bnum)
            clauses.append(it)  # bullet glyph is list formatting, not text

    textbox_heading(doc, "资金保障")
    callout(doc, "5000", "万元")
    clauses.append("5000万元")
    body("省级财政每年统筹安排，支持线路拓展、海外仓建设和主体培育", center=True, font=KT, size=14)

    empty(doc)
    pq = doc.add_paragraph()
    fmt(pq, WD_ALIGN_PARAGRAPH.CENTER, False, 12, 12)
    pq.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    pq.add_run().add_picture(fake_qr_png(), width=Cm(3.2))
    body("扫描二维码　查看《若干措施》全文", center=True, font=KT, size=12)
    empty(doc)
    body("政策咨询：河南省商务厅电子商务处　0371-65962187", center=False, font=FS, size=14, indent=False)

    meta = {
        "title": "一图读懂" + POLICY,
        "doc_number": None,
        "issuer": ["河南省商务厅"],
        "date": "2025-09-18",
        "published": "2025-09-18",
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# =================================================================== DOC 2
def make_wenzi():
    doc = Document()
    setup_page(doc)
    page_number_footer(doc)
    dnum = decimal_numbering(doc)
    clauses = []

    def body(runs, cite=None):
        if isinstance(runs, str):
            runs = [(runs, FS, False)]
        para(doc, runs)
        clauses.append(cite if cite is not None else "".join(r[0] for r in runs))

    # title with a soft line break in the middle
    para(doc, [("《河南省促进跨境电商与中欧班列", XBS, False, 22), ("\n", None, None),
               ("融合发展若干措施》政策解读", XBS, False, 22)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 22, 34)
    empty(doc)

    body("近日，河南省人民政府办公厅印发" + POLICY + "（豫政办〔2025〕41号，以下简称《若干措施》）。"
         "为便于社会各界准确理解和把握政策内容，现解读如下。")

    para(doc, [("一、出台背景", HT, False)])
    body("共建“一带一路”倡议提出以来，中欧班列（郑州）从“一周一班”发展到“每日多班”，累计开行超过1.5万列，"
         "通达欧洲、中亚、东盟等40多个国家的140多个城市。我省跨境电子商务综合试验区实现省辖市全覆盖，"
         "“1210”网购保税进口模式在全国复制推广，跨境电商与中欧班列已成为我省对外开放的两张“名片”。")
    body("同时也要看到，我省跨境电商与中欧班列融合发展仍存在一些短板：跨境电商货物在班列货值中占比偏低，"
         "回程货源不足；海外仓布局与班列线路衔接不够紧密；通关、物流、支付数据共享不充分，企业融资难、"
         "旺季“一舱难求”等问题较为突出。《河南省支持跨境电子商务发展若干措施》（豫政办〔2022〕58号）"
         "部分条款已执行到期。")
    body("为此，省商务厅会同郑州海关、省发展改革委、省财政厅、省交通运输厅等部门，在深入调研和广泛征求意见的基础上，"
         "起草了《若干措施》，经省政府同意，由省政府办公厅印发实施。")

    para(doc, [("二、主要内容", HT, False)])
    body("《若干措施》共13条，围绕通道提能、主体培育、生态优化3大任务，提出12项具体措施。")
    body([("（一）通道提能方面。", KT, True),
          ("第一条提出拓展“跨境电商+中欧班列”线路，对新开通并连续运行6个月以上、每月开行不少于4列的常态化"
           "跨境电商专线，按照线路开行情况给予最高200万元一次性奖励。第二条提出依托郑州国际陆港建设跨境电商集结分拨中心，"
           "推行“多点集货、郑州集结、一单到底”模式。第三条提出推进“班列+海外仓”联动发展，在汉堡、马拉舍维奇、"
           "阿拉木图等班列主要节点城市布局公共海外仓，对认定为省级公共海外仓的给予最高300万元支持。"
           "第四条要求班列运营企业在去程班列中为跨境电商货物预留不低于20%的舱位。", FS, False)])
    body([("（二）主体培育方面。", KT, True),
          ("第五条对跨境电商企业年进出口额首次突破10亿元、5亿元的，分别给予100万元、50万元奖励。"
           "第六条支持郑州新郑综合保税区、郑州经开综合保税区、洛阳综合保税区等开展“1210”保税备货和“班列+保税”业务。"
           "第七条提出培育10个以上“跨境电商+产业带”，重点推动许昌发制品、郑州服装、洛阳机械装备等特色产品借助班列拓展海外市场。"
           "第八条提出实施跨境电商人才培训计划，每年培训跨境电商和国际物流人才1万人次以上。", FS, False)])
    body([("（三）生态优化方面。", KT, True),
          ("第九条提出推行“一次申报、一次查验、一次放行”通关模式，将班列跨境电商货物通关时间压缩至12小时以内。"
           "第十条提出扩大出口信用保险覆盖面，支持银行开展基于班列运单的供应链融资业务。"
           "第十一条提出依托国际贸易“单一窗口”建设“跨境电商+班列”数据服务专区。"
           "第十二条明确省级财政每年统筹安排5000万元专项资金予以保障。", FS, False)])
    body("《若干措施》明确的主要资金支持事项如下：")

    header = ["序号", "支持事项", "支持标准", "条款依据"]
    rows = [
        ["1", "新开通常态化跨境电商专线", "最高200万元一次性奖励", "第一条"],
        ["2", "认定为省级公共海外仓", "最高300万元", "第三条"],
        ["3", "跨境电商企业年进出口额首次突破10亿元", "奖励100万元", "第五条"],
        ["4", "跨境电商企业年进出口额首次突破5亿元", "奖励50万元", "第五条"],
        ["5", "跨境电商和国际物流人才培训", "按实际培训人次给予补助", "第八条"],
    ]
    add_table(doc, header, rows, [1.4, 6.2, 5.0, 2.4], merge_col=3, merge_rows=(3, 4))
    clauses.extend(table_clauses(header, rows))
    empty(doc)

    body("第十三条明确，《若干措施》自2025年10月1日起施行，有效期至2027年12月31日。"
         "《河南省支持跨境电子商务发展若干措施》（豫政办〔2022〕58号）同时废止。")

    para(doc, [("三、创新点", HT, False)])
    innov = [
        ("突出“融合”导向。", "以往政策对跨境电商和中欧班列分别予以支持，《若干措施》首次将二者作为一个整体统筹设计，"
         "从线路、舱位、海外仓、通关、数据等环节打通“买全球、卖全球”的陆路通道。"),
        ("注重“以效定补”。", "第一条、第三条、第五条均以实际开行列数、海外仓运营成效和企业进出口额作为奖励依据，"
         "资金向实绩突出的线路和企业倾斜，避免“撒胡椒面”。"),
        ("强化“数据赋能”。", "第十一条提出推动班列运单、跨境电商清单、支付数据“三单”信息共享，"
         "为金融机构开展第十条所规定的运单融资提供数据支撑。"),
        ("明确“舱位保障”。", "第四条首次以量化指标要求为跨境电商货物预留舱位，着力解决旺季“一舱难求”问题。"),
    ]
    for i, (h, t) in enumerate(innov, start=1):
        p = para(doc, [(h, FS, True), (t, FS, False)])
        set_num(p, dnum)
        clauses.append("%d.%s%s" % (i, h, t))  # Word auto-numbering renders "1." etc.

    empty(doc)
    empty(doc)
    # 落款 aligned with manual spaces, not right alignment
    para(doc, [("　　　　　　　　　　　　　　　　河南省商务厅", FS, False)], WD_ALIGN_PARAGRAPH.LEFT, False)
    para(doc, [("　　　　　　　　　　　　　　　2025年9月18日", FS, False)], WD_ALIGN_PARAGRAPH.LEFT, False)

    meta = {
        "title": POLICY + "政策解读",
        "doc_number": None,
        "issuer": ["河南省商务厅"],
        "date": "2025-09-18",
        "published": None,
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# =================================================================== DOC 3
def make_dajizhewen():
    doc = Document()
    setup_page(doc)
    page_number_footer(doc)
    clauses = []

    def q(text):
        para(doc, [("问：", HT, True), (text, HT, False)], before=6)
        clauses.append("问：" + text)

    def a(text, first=False, runin=None):
        runs = []
        if first:
            runs.append(("答：", HT, True))
        if runin:
            runs.append((runin, KT, True))
        runs.append((text, FS, False))
        para(doc, runs)
        clauses.append(("答：" if first else "") + (runin or "") + text)

    para(doc, [("河南省商务厅负责同志就", XBS, False, 22), ("\n", None, None),
               ("《河南省促进跨境电商与中欧班列融合发展", XBS, False, 22), ("\n", None, None),
               ("若干措施》答记者问", XBS, False, 22)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 22, 34)
    para(doc, [("2025-09-19 10:30　　来源：河南省商务厅　　【字体：大 中 小】　　打印", SONG, False, 10.5)],
         WD_ALIGN_PARAGRAPH.CENTER, False, 10.5, 18, 6, 12)

    para(doc, [("近日，省政府办公厅印发" + POLICY + "（以下简称《若干措施》）。省商务厅负责同志就《若干措施》"
                "出台背景、主要内容和落实安排等回答了记者提问。", FS, False)])
    clauses.append("近日，省政府办公厅印发" + POLICY + "（以下简称《若干措施》）。省商务厅负责同志就《若干措施》"
                   "出台背景、主要内容和落实安排等回答了记者提问。")

    q("请介绍一下《若干措施》出台的背景和主要考虑。")
    a("中欧班列（郑州）和跨境电商是我省融入共建“一带一路”、建设内陆开放高地的重要抓手。2024年，全省跨境电商进出口交易额"
      "达到2711.5亿元，中欧班列（郑州）全年开行2581列，但跨境电商货物在班列中的占比还不高，班列与海外仓、综合保税区的"
      "联动还不够紧密。出台《若干措施》，主要是为了推动“两个通道”变“一个通道”，以跨境电商为班列稳定货源，以班列为跨境电商"
      "降本增效，实现互促共进。", first=True)

    q("《若干措施》的总体思路和主要目标是什么？")
    a("《若干措施》坚持问题导向和目标导向，围绕通道提能、主体培育、生态优化3大任务，提出12项具体措施。"
      "主要目标是：到2027年，中欧班列（郑州）年开行量稳定在3500列以上，跨境电商货物占班列货值比重提高到20%以上，"
      "培育“跨境电商+中欧班列”常态化专线30条，新增沿线公共海外仓20个。", first=True)

    empty(doc)
    q("在支持线路拓展和海外仓建设方面，《若干措施》有哪些具体举措？")
    a("主要有三个方面的举措。", first=True)
    a("第一条明确，对新开通并连续运行6个月以上、每月开行不少于4列的常态化跨境电商专线，给予最高200万元一次性奖励。",
      runin="（一）支持开行跨境电商专线。")
    a("第二条提出依托郑州国际陆港建设跨境电商集结分拨中心，推行“多点集货、郑州集结、一单到底”，"
      "引导省内外跨境电商货物向郑州集结。", runin="（二）建设集结分拨中心。")
    a("第三条提出在汉堡、马拉舍维奇、阿拉木图等班列主要节点城市布局公共海外仓，对认定为省级公共海外仓的给予最高300万元支持，"
      "推动“班列运输+海外仓储+本地配送”一体化服务。", runin="（三）推进“班列+海外仓”联动。")

    empty(doc)
    q("企业普遍关心政策如何兑现，奖励资金怎样申报？")
    a("省商务厅将会同省财政厅在《若干措施》施行后3个月内制定出台实施细则，明确申报条件、申报材料和审核程序。"
      "符合条件的企业可通过“河南省商务综合服务平台”在线申报，各省辖市商务主管部门负责初审，省商务厅会同省财政厅组织复核后"
      "予以拨付。第十二条明确的5000万元专项资金将优先保障第一条、第三条、第五条所列奖励事项。", first=True)

    empty(doc)
    q("在通关便利化方面，《若干措施》有哪些新突破？")
    a("第九条提出推行“一次申报、一次查验、一次放行”通关模式。郑州海关将对班列跨境电商货物实行优先查验、"
      "“随到随检”，力争将通关时间压缩至12小时以内。同时，第十一条提出依托国际贸易“单一窗口”建设“跨境电商+班列”"
      "数据服务专区，推动运单、清单、支付数据“三单”信息共享，企业“一次录入、多方共享”。", first=True)

    empty(doc)
    q("《若干措施》的施行时间是如何规定的？与原有政策如何衔接？")
    a("根据第十三条规定，《若干措施》自2025年10月1日起施行，有效期至2027年12月31日。"
      "《河南省支持跨境电子商务发展若干措施》（豫政办〔2022〕58号）同时废止。", first=True)
    a("对原政策有效期内已经申报、尚未兑现的项目，继续按原政策执行；同一事项符合《若干措施》和其他省级政策的，"
      "按照“从优、就高、不重复”的原则予以支持。")

    empty(doc)
    q("下一步，如何推动《若干措施》落地见效？")
    a("一是加强统筹协调，依托全省跨境电商与中欧班列融合发展工作专班，建立月调度、季通报机制。"
      "二是加强政策宣传，组织开展“政策进园区、进企业”活动，编印政策汇编和申报指南。"
      "三是加强评估督导，对各地政策落实情况开展跟踪评估，及时协调解决企业反映的困难和问题，确保政策红利直达市场主体。",
      first=True)

    meta = {
        "title": "河南省商务厅负责同志就" + POLICY + "答记者问",
        "doc_number": None,
        "issuer": ["河南省商务厅"],
        "date": "2025-09-19",
        "published": "2025-09-19",
        "level": "provincial",
        "region": "河南省",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "答记者问",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    lo_profile = "file:///tmp/lo_470"
    for stem, maker in [
        ("blind470_henan_tuwenjiedu", make_tuwen),
        ("blind470_henan_wenzijiedu", make_wenzi),
        ("blind470_henan_dajizhewen", make_dajizhewen),
    ]:
        doc, entries = maker()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        expected[stem] = entries
        subprocess.run(["soffice", "-env:UserInstallation=" + lo_profile, "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
