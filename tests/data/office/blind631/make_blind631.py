# ruff: noqa
# -*- coding: utf-8 -*-
"""Blind round 631: 一图读懂 / 图解 made in Word (floating text boxes, shapes,
card grids) plus the plain 政策解读 text it illustrates.  Writes .docx, .pdf and
expected.json next to this script."""
import json
import os
import re
import subprocess
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word"')

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

EMU_CM = 360000
PT_CM = 28.3465


def clean(t):
    """clause text from the little markup used here: [[big]] and \n (soft break)."""
    return t.replace("[[", "").replace("]]", "").replace("\n", "")


# ---------------------------------------------------------------- raw XML helpers
def rpr(font, size, bold=False, color=None):
    s = ('<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:hint="eastAsia"/>'
         % (font, font, font))
    if bold:
        s += "<w:b/><w:bCs/>"
    if color:
        s += '<w:color w:val="%s"/>' % color
    s += '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>' % (int(size * 2), int(size * 2))
    return s


def runs_xml(text, font, size, bold=False, color=None, big=None):
    """big = (font, size, bold, color) for [[...]] segments."""
    out = []
    for seg in re.split(r"(\[\[.*?\]\]|\n)", text):
        if not seg:
            continue
        if seg == "\n":
            out.append("<w:r>%s<w:br/></w:r>" % rpr(font, size, bold, color))
        elif seg.startswith("[["):
            bf, bs, bb, bc = big
            out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'
                       % (rpr(bf, bs, bb, bc), escape(seg[2:-2])))
        else:
            out.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'
                       % (rpr(font, size, bold, color), escape(seg)))
    return "".join(out)


def p_xml(parts, jc="left", before=0, after=0, line=None, ind_first=None):
    """parts: list of (text, font, size, bold, color, big)"""
    ppr = "<w:pPr>"
    ppr += '<w:spacing w:before="%d" w:after="%d"%s/>' % (
        before, after, (' w:line="%d" w:lineRule="exact"' % line) if line else ' w:line="240" w:lineRule="auto"')
    if ind_first:
        ppr += '<w:ind w:firstLine="%d"/>' % ind_first
    ppr += '<w:jc w:val="%s"/></w:pPr>' % jc
    body = "".join(runs_xml(*pt) for pt in parts)
    return "<w:p>%s%s</w:p>" % (ppr, body)


_shape_id = [100]


def wps_shape(x, y, cx, cy, paras_xml="", geom="roundRect", fill="FFFFFF", line=None,
              line_w=12700, behind=False, wrap="none", rel="page", anchor="t", z=None,
              fallback=True):
    """floating DrawingML shape (Word 2010+), with the VML fallback Word writes."""
    _shape_id[0] += 1
    sid = _shape_id[0]
    z = z if z is not None else 251650000 + sid
    X, Y, CX, CY = (int(v * EMU_CM) for v in (x, y, cx, cy))
    fill_x = '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>' % fill if fill else "<a:noFill/>"
    line_x = ('<a:ln w="%d"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln>' % (line_w, line)
              if line else "<a:ln><a:noFill/></a:ln>")
    wrap_x = "<wp:wrapNone/>" if wrap == "none" else "<wp:wrapTopAndBottom/>"
    txbx = ("<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>" % paras_xml) if paras_xml else ""
    name = ("文本框 %d" % sid) if paras_xml else ("形状 %d" % sid)
    choice = (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>%s'
        '<wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr%s/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="%s"><a:avLst/></a:prstGeom>%s%s</wps:spPr>%s'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="%s" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing>'
        % (z, 1 if behind else 0, "page" if rel == "page" else "column", X,
           "page" if rel == "page" else "paragraph", Y, CX, CY, wrap_x, sid, name,
           ' txBox="1"' if paras_xml and geom == "rect" else "", CX, CY, geom, fill_x, line_x, txbx, anchor))
    if not fallback:
        return '<w:r %s><w:rPr><w:noProof/></w:rPr>%s</w:r>' % (NS, choice)
    vtag = {"roundRect": "v:roundrect", "ellipse": "v:oval"}.get(geom, "v:rect")
    style = ("position:absolute;margin-left:%.1fpt;margin-top:%.1fpt;width:%.1fpt;height:%.1fpt;z-index:%d;"
             "mso-position-horizontal-relative:%s;mso-position-vertical-relative:%s"
             % (x * PT_CM, y * PT_CM, cx * PT_CM, cy * PT_CM, sid,
                "page" if rel == "page" else "text", "page" if rel == "page" else "text"))
    vfill = ('fillcolor="#%s"' % fill) if fill else 'filled="f"'
    vline = ('strokecolor="#%s"' % line) if line else 'stroked="f"'
    vtxt = ("<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>" % paras_xml) if paras_xml else ""
    fb = '<w:pict><%s id="_x0000_s%d" style="%s" %s %s>%s</%s></w:pict>' % (
        vtag, 1000 + sid, style, vfill, vline, vtxt, vtag)
    return ('<w:r %s><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps">%s</mc:Choice>'
            '<mc:Fallback>%s</mc:Fallback></mc:AlternateContent></w:r>' % (NS, choice, fb))


def vml_box(x, y, cx, cy, paras_xml, kind="roundrect", fill="FFFFFF", line="C0392B", z=1):
    """legacy VML text box only (old WPS/Word 2003 style), page-relative."""
    _shape_id[0] += 1
    sid = _shape_id[0]
    style = ("position:absolute;margin-left:%.1fpt;margin-top:%.1fpt;width:%.1fpt;height:%.1fpt;z-index:%d;"
             "mso-position-horizontal-relative:page;mso-position-vertical-relative:page"
             % (x * PT_CM, y * PT_CM, cx * PT_CM, cy * PT_CM, z))
    vfill = ('fillcolor="#%s"' % fill) if fill else 'filled="f"'
    vline = ('strokecolor="#%s" strokeweight="1pt"' % line) if line else 'stroked="f"'
    extra = ' arcsize="10923f"' if kind == "roundrect" else ""
    return ('<w:r %s><w:pict><v:%s id="_x0000_s%d" o:spid="_x0000_s%d" style="%s"%s %s %s>'
            '<v:textbox inset="5.4pt,3.6pt,5.4pt,3.6pt"><w:txbxContent>%s</w:txbxContent></v:textbox>'
            '<w10:wrap anchorx="page" anchory="page"/></v:%s></w:pict></w:r>'
            % (NS, kind, 2000 + sid, 2000 + sid, style, extra, vfill, vline, paras_xml, kind))


def add_raw_runs(paragraph, xml_list):
    for x in xml_list:
        paragraph._p.append(parse_xml(x))


# ---------------------------------------------------------------- python-docx helpers
def set_font(run, font, size, bold=False, color=None):
    run.font.name = font
    run.font.size = Pt(size)
    run.font.bold = bold if bold else None
    rpr_el = run._element.get_or_add_rPr()
    rf = rpr_el.find(qn("w:rFonts"))
    rf.set(qn("w:eastAsia"), font)
    rf.set(qn("w:hint"), "eastAsia")
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def add_marked(p, text, font, size, bold=False, color=None, big=None):
    for seg in re.split(r"(\[\[.*?\]\]|\n)", text):
        if not seg:
            continue
        if seg == "\n":
            r = p.add_run()
            set_font(r, font, size, bold, color)
            r.add_break()
        elif seg.startswith("[["):
            r = p.add_run(seg[2:-2])
            set_font(r, *big)
        else:
            r = p.add_run(seg)
            set_font(r, font, size, bold, color)


def fmt(p, jc=None, line_pt=None, first_cm=None, first_chars=None, before=0, after=0):
    pf = p.paragraph_format
    if jc is not None:
        p.alignment = jc
    if line_pt:
        pf.line_spacing = Pt(line_pt)
        from docx.enum.text import WD_LINE_SPACING
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if first_cm is not None:
        pf.first_line_indent = Cm(first_cm)
    if first_chars is not None:
        ppr = p._p.get_or_add_pPr()
        ind = ppr.find(qn("w:ind"))
        if ind is None:
            ind = parse_xml('<w:ind xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
            ppr.append(ind)
        ind.set(qn("w:firstLineChars"), str(first_chars))
        ind.set(qn("w:firstLine"), str(first_chars * 16 * 20 // 100))


def shade_par(p, fill):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                         'w:val="clear" w:color="auto" w:fill="%s"/>' % fill))


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                          'w:val="clear" w:color="auto" w:fill="%s"/>' % fill))


def table_borders(table, color="000000", sz=4):
    tblpr = table._tbl.tblPr
    b = ('<w:tblBorders xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         + "".join('<w:%s w:val="single" w:sz="%d" w:space="0" w:color="%s"/>' % (e, sz, color)
                   for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
         + "</w:tblBorders>")
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    tblpr.append(parse_xml(b))


def set_col_widths(table, widths_cm):
    table.autofit = False
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml('<w:tblLayout xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:type="fixed"/>'))
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def cell_text(cell, text, font, size, bold=False, color=None, jc=WD_ALIGN_PARAGRAPH.CENTER, big=None):
    p = cell.paragraphs[0]
    add_marked(p, text, font, size, bold, color, big)
    p.alignment = jc
    fmt(p, line_pt=None)
    return p


def vmerge(cell, val):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:vMerge xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"%s/>'
                          % (' w:val="restart"' if val == "restart" else "")))


def page_setup(doc, top, bottom, left, right):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
    s.left_margin, s.right_margin = Cm(left), Cm(right)
    s.header_distance, s.footer_distance = Cm(1.5), Cm(2.0)


def page_number_footer(doc):
    ft = doc.sections[0].footer
    p = ft.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("— ")
    set_font(r, "宋体", 14)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
        r = p.add_run()
        set_font(r, "宋体", 14)
        if kind == "instr":
            r._element.append(parse_xml('<w:instrText xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xml:space="preserve">%s</w:instrText>' % txt))
        elif kind == "t":
            r.text = txt
        else:
            r._element.append(parse_xml('<w:fldChar xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:fldCharType="%s"/>' % kind))
    r = p.add_run(" —")
    set_font(r, "宋体", 14)


def base_style(doc, font=FS, size=16):
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.get_or_add_rPr().find(qn("w:rFonts")).set(qn("w:eastAsia"), font)


def spacer(doc, n, line_pt=20):
    for _ in range(n):
        p = doc.add_paragraph()
        fmt(p, line_pt=line_pt)


# ================================================================== 1. 政策解读 (plain text)
XM_POLICY = "中国（福建）自由贸易试验区厦门片区关于支持跨境电商高质量发展的若干措施"
XM_ORGAN = "中国（福建）自由贸易试验区厦门片区管理委员会"


def make_jiedu():
    doc = Document()
    page_setup(doc, 3.7, 3.5, 2.8, 2.6)
    base_style(doc)
    page_number_footer(doc)
    clauses = []

    def body(text, manual_indent=False, line=28):
        p = doc.add_paragraph()
        if manual_indent:
            add_marked(p, "　　" + text, FS, 16)
            fmt(p, line_pt=line)
        else:
            add_marked(p, text, FS, 16)
            fmt(p, line_pt=line, first_chars=200)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        clauses.append(clean(text))
        return p

    def heading(text, bold_run=False):
        p = doc.add_paragraph()
        if bold_run:  # typed in 仿宋 and just made bold
            r = p.add_run(text)
            set_font(r, FS, 16, bold=True)
        else:
            r = p.add_run(text)
            set_font(r, HT, 16)
        fmt(p, line_pt=28, first_chars=200)

    def runin(head, text, head_font=KT, manual_indent=False):
        p = doc.add_paragraph()
        if manual_indent:
            r = p.add_run("　　")
            set_font(r, FS, 16)
        r = p.add_run(head)
        set_font(r, head_font, 16, bold=True)
        add_marked(p, text, FS, 16)
        fmt(p, line_pt=28, first_chars=None if manual_indent else 200)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        clauses.append(head + clean(text))

    # title with a soft line break inside
    p = doc.add_paragraph()
    add_marked(p, "《%s\n%s\n%s》政策解读" % (XM_POLICY[:17], XM_POLICY[17:31], XM_POLICY[31:]), XBS, 22)
    fmt(p, jc=WD_ALIGN_PARAGRAPH.CENTER, line_pt=35)
    p = doc.add_paragraph()
    add_marked(p, "发布时间：2025年9月19日", KT, 14)
    fmt(p, jc=WD_ALIGN_PARAGRAPH.CENTER, line_pt=28)
    doc.add_paragraph()

    body("近日，%s印发《%s》（厦自贸委〔2025〕21号，以下简称《若干措施》）。为便于社会各界和相关企业准确理解、"
         "用好用足政策，现将有关内容解读如下：" % (XM_ORGAN, XM_POLICY))
    heading("一、出台背景")
    body("跨境电商是发展速度最快、潜力最大、带动作用最强的外贸新业态。2024年，厦门片区跨境电商进出口额达186.5亿元，"
         "同比增长23.7%，集聚跨境电商经营主体1200余家，企业在境外设立海外仓42个，总面积超过35万平方米，"
         "跨境电商已成为片区外贸增长的重要引擎。")
    body("与此同时，片区跨境电商发展仍面临龙头企业偏少、海外仓布局不够完善、物流成本偏高、品牌出海能力不足等问题。"
         "为深入贯彻落实《国务院办公厅关于加快发展外贸新业态新模式的意见》（国办发〔2021〕24号）和《商务部等9部门关于"
         "拓展跨境电商出口推进海外仓建设的意见》（商贸发〔2024〕125号）等文件精神，进一步发挥自贸试验区改革试验田作用，"
         "加快建设“丝路电商”合作先行区，厦门片区管委会在深入调研、广泛征求意见的基础上，研究制定了《若干措施》。",
         manual_indent=True)
    heading("二、主要内容")
    body("《若干措施》共5个方面15条，主要包括：")
    runin("（一）培育壮大经营主体。",
          "对年度跨境电商进出口额首次超过5000万元、1亿元、5亿元的片区企业，分别给予一次性奖励20万元、50万元、100万元；"
          "对年度服务片区企业数量超过200家的跨境电商平台企业，按其平台服务收入的5%给予奖励，最高300万元。")
    runin("（二）支持海外仓建设。", "主要包括3项措施：")
    # Word auto numbering 1. 2. 3. (number not in the text)
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="63">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>'
        '</w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(
        '<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="63">'
        '<w:abstractNumId w:val="63"/></w:num>'))
    items = [
        "对片区企业在“一带一路”共建国家和RCEP成员国新建或租用面积5000平方米以上的海外仓，按实际投入的20%给予补助，"
        "单个企业年度最高200万元。",
        "对经认定的片区公共海外仓，根据其服务片区企业数量和业务规模给予运营奖励，每家每年最高100万元。",
        "对新认定为省级公共海外仓的片区企业，给予一次性奖励30万元。",
    ]
    for i, t in enumerate(items, 1):
        p = doc.add_paragraph()
        p._p.get_or_add_pPr().append(parse_xml(
            '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:ilvl w:val="0"/><w:numId w:val="63"/></w:numPr>'))
        add_marked(p, t, FS, 16)
        fmt(p, line_pt=28)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        clauses.append("%d.%s" % (i, t))
    runin("（三）优化监管服务。",
          "依托厦门象屿综合保税区，推广“跨境电商网购保税进口+线下自提”模式，支持企业开展跨境电商零售进口退货中心仓业务；"
          "全面推广跨境电商B2B出口“9710”“9810”监管方式，实行“提前申报、抵港直装”，进一步压缩通关时间。")
    runin("（四）强化物流和金融支撑。",
          "支持开行中欧班列（厦门）跨境电商专列，对经中欧班列（厦门）出口的跨境电商货物按每标准箱500元给予运费补贴；"
          "鼓励金融机构开发“跨境电商贷”等产品，对企业投保出口信用保险的，按实缴保费的50%给予补助，单个企业年度最高50万元。",
          manual_indent=True)
    runin("（五）加强人才和品牌建设。",
          "对在片区举办跨境电商展会、论坛等活动的机构，按实际发生费用的30%给予补助，最高50万元；对片区企业在境外注册"
          "自主商标的，每件给予1万元奖励，单个企业年度最高20万元；对入选片区跨境电商高层次人才的，按规定享受人才住房、"
          "子女入学等服务保障。")
    heading("三、政策亮点", bold_run=True)
    runin("一是突出精准支持。", "围绕经营主体、海外仓、物流通道等关键环节设置差异化奖励标准，引导资源向重点企业、重点领域集聚。",
          head_font=FS)
    runin("二是突出制度创新。", "将“9710”“9810”监管方式推广、退货中心仓等改革举措纳入政策体系，发挥综合保税区和自贸试验区政策叠加优势。",
          head_font=FS)
    runin("三是突出通道联动。", "推动跨境电商与中欧班列（厦门）、海外仓协同发展，构建“海陆空”一体化跨境物流体系。",
          head_font=FS)
    heading("四、支持对象和申报方式")
    body("《若干措施》的支持对象为在厦门片区（含厦门象屿综合保税区、海沧港综合保税区）依法注册、具有独立法人资格，"
         "从事跨境电商进出口业务及相关配套服务的企业和机构。主要支持事项及申报安排如下表：")

    hdr = ["序号", "支持事项", "支持标准", "申报时间", "受理部门"]
    rows = [
        ["1", "经营主体首次突破奖励", "进出口额首次超过5000万元、1亿元、5亿元的，分别奖励\n20万元、50万元、100万元", "每年3月", "贸易发展局"],
        ["2", "平台企业服务奖励", "按平台服务收入的5%奖励，最高300万元", "每年3月", None],
        ["3", "海外仓建设补助", "按实际投入的20%补助，单个企业年度最高200万元", "每年3月、9月", None],
        ["4", "中欧班列运费补贴", "每标准箱500元", "每季度结束后15个工作日内", "物流发展局"],
        ["5", "出口信用保险保费补助", "按实缴保费的50%补助，单个企业年度最高50万元", "每年3月", "金融服务局"],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    table_borders(t)
    set_col_widths(t, [1.2, 3.4, 6.0, 2.8, 2.2])
    for j, h in enumerate(hdr):
        cell_text(t.rows[0].cells[j], h, HT, 12)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            c = t.rows[i].cells[j]
            if j == 4:
                if v is not None:
                    cell_text(c, v, FS, 12)
                    if i == 1:
                        vmerge(c, "restart")
                else:
                    vmerge(c, "continue")
                continue
            cell_text(c, v, FS, 12, jc=WD_ALIGN_PARAGRAPH.LEFT if j == 2 else WD_ALIGN_PARAGRAPH.CENTER)
    last = "贸易发展局"
    for row in rows:
        vals = list(row)
        if vals[4] is None:
            vals[4] = last
        last = vals[4]
        clauses.append("；".join("%s：%s" % (h, clean(v)) for h, v in zip(hdr, vals)))

    body("申报流程为：企业通过厦门片区政务服务平台在线提交申请→片区相关职能部门受理审核→会同财政部门组织专家评审→"
         "评审结果公示5个工作日→无异议后拨付资金。同一项目已获得片区其他同类扶持资金的，按照“就高不重复”原则执行。")
    heading("五、政策咨询")
    body("企业在政策理解和申报过程中如有疑问，可咨询厦门片区管委会贸易发展局，联系电话：0592-5689123、0592-5689125"
         "（工作日9:00—12:00，14:30—17:30）。")
    doc.add_paragraph()
    p = doc.add_paragraph()
    add_marked(p, XM_ORGAN, FS, 16)
    fmt(p, jc=WD_ALIGN_PARAGRAPH.RIGHT, line_pt=28)
    p = doc.add_paragraph()
    add_marked(p, "2025年9月18日" + "　" * 6, FS, 16)   # date pushed left by typed spaces
    fmt(p, jc=WD_ALIGN_PARAGRAPH.RIGHT, line_pt=28)

    meta = {
        "title": "《%s》政策解读" % XM_POLICY,
        "doc_number": None,
        "issuer": [XM_ORGAN],
        "date": "2025-09-18",
        "published": "2025-09-19",
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "解读",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ================================================================== 2. 一图读懂 (DrawingML boxes)
BLUE = "1F4E79"
RED = "C0392B"


def make_yitu():
    doc = Document()
    page_setup(doc, 2.0, 2.0, 2.0, 2.0)
    base_style(doc, FS, 12)
    clauses = []
    W = 17.0

    def header_box(text, y, x=2.0, w=4.5):
        return wps_shape(x, y, w, 1.1, p_xml([(text, HT, 16, False, "FFFFFF", None)], jc="center"),
                         fill=RED, anchor="ctr")

    def body_box(texts, y, h, runin=None, size=13):
        ps = []
        for i, t in enumerate(texts):
            parts = []
            if runin and runin[i]:
                parts.append((runin[i], HT, size, True, BLUE, None))
            parts.append((t, FS, size, False, "000000", (FS, size + 5, True, RED)))
            ps.append(p_xml(parts, jc="both", after=60, ind_first=2 * size * 20))
            clauses.append((runin[i] if runin and runin[i] else "") + clean(t))
        return wps_shape(2.0, y, W, h, "".join(ps), fill="FFFFFF", line=BLUE, anchor="ctr")

    # ---- page 1: everything page-positioned, anchored in the first paragraph
    p1 = doc.add_paragraph()
    fmt(p1, line_pt=20)
    shapes = []
    shapes.append(wps_shape(0, 0, 21.0, 29.7, "", geom="rect", fill="EAF3FB", behind=True))   # background
    shapes.append(wps_shape(2.0, 1.5, 3.0, 1.0, p_xml([("政策解读", HT, 12, False, "FFFFFF", None)], jc="center"),
                            fill=RED, anchor="ctr"))
    title_xml = (p_xml([("一图读懂", XBS, 36, True, "FFFFFF", None)], jc="center", after=120)
                 + p_xml([("《%s\n%s》" % (XM_POLICY[:22], XM_POLICY[22:]), XBS, 17, False, "FFFFFF", None)],
                         jc="center"))
    shapes.append(wps_shape(2.0, 2.8, W, 4.2, title_xml, fill=BLUE, anchor="ctr"))
    # big-number box is visually 2nd (right under the title) but was drawn last -> XML order last
    big_text = "聚焦[[5]]个方面，推出[[15]]条具体措施"
    big_shape = wps_shape(2.0, 7.4, W, 2.2,
                          p_xml([(big_text, HT, 18, False, BLUE, (HT, 40, True, RED))], jc="center"),
                          fill="FFF4E5", line="F0B27A", anchor="ctr")
    clauses.append(clean(big_text))

    shapes.append(header_box("出台背景", 10.0))
    shapes.append(body_box(["为进一步发挥自贸试验区改革试验田作用，推动跨境电商规模化、品牌化发展，加快建设“丝路电商”合作先行区，"
                            "厦门片区管委会研究制定了《若干措施》。"], 11.2, 2.8))
    shapes.append(header_box("支持对象", 14.4))
    shapes.append(body_box(["在厦门片区（含厦门象屿综合保税区、海沧港综合保税区）依法注册、具有独立法人资格，"
                            "从事跨境电商进出口业务及相关配套服务的企业和机构。"], 15.6, 2.6))
    shapes.append(header_box("政策亮点", 18.6))
    shapes.append(body_box(["，围绕经营主体、海外仓、物流通道等关键环节设置差异化奖励标准。",
                            "，推广“9710”“9810”监管方式和退货中心仓等改革举措。",
                            "，推动跨境电商与中欧班列（厦门）、海外仓协同发展。"],
                           19.8, 5.0, runin=["一是突出精准支持", "二是突出制度创新", "三是突出通道联动"]))
    shapes.append(big_shape)
    add_raw_runs(p1, shapes)
    # clause order is the visual order: title, big numbers, 出台背景, 支持对象, 政策亮点
    doc.add_page_break()

    # ---- page 2: 支持内容 as a grid of cards (layout table)
    p = doc.add_paragraph()
    add_marked(p, "支持内容", HT, 20, False, "FFFFFF")
    shade_par(p, BLUE)
    fmt(p, jc=WD_ALIGN_PARAGRAPH.CENTER, line_pt=34, after=8)
    cards = [
        ("01", "培育壮大经营主体", [
            "进出口额首次超过5000万元、1亿元、5亿元的企业，分别给予一次性奖励[[20万元]]、[[50万元]]、[[100万元]]",
            "年度服务片区企业超过200家的平台企业，按平台服务收入的5%给予奖励，最高[[300万元]]"]),
        ("02", "支持海外仓建设", [
            "在“一带一路”共建国家和RCEP成员国新建或租用5000平方米以上海外仓的，按实际投入的20%给予补助，年度最高[[200万元]]",
            "经认定的片区公共海外仓，每家每年最高奖励[[100万元]]",
            "新认定为省级公共海外仓的，一次性奖励[[30万元]]"]),
        ("03", "优化监管服务", [
            "推广“跨境电商网购保税进口+线下自提”模式，支持开展零售进口退货中心仓业务",
            "全面推广“9710”“9810”监管方式，实行“提前申报、抵港直装”"]),
        ("04", "强化物流和金融支撑", [
            "经中欧班列（厦门）出口的跨境电商货物，运费补贴[[500元]]/标准箱",
            "投保出口信用保险的，按实缴保费的50%给予补助，年度最高[[50万元]]"]),
        ("05", "加强人才和品牌建设", [
            "举办跨境电商展会、论坛等活动的，按实际费用的30%补助，最高[[50万元]]",
            "境外注册自主商标的，每件奖励[[1万元]]，年度最高[[20万元]]"]),
        ("", "温馨提示", [
            "同一项目已获得片区其他同类扶持资金的，按照“就高不重复”原则执行"]),
    ]
    t = doc.add_table(rows=3, cols=2)
    table_borders(t, "FFFFFF", 24)
    set_col_widths(t, [8.5, 8.5])
    for k, (num, head, texts) in enumerate(cards):
        c = t.rows[k // 2].cells[k % 2]
        shade_cell(c, "F2F7FC" if num else "FDEDEC")
        hp = c.paragraphs[0]
        if num:
            r = hp.add_run(num)
            set_font(r, "Arial Black", 26, True, RED)
            r = hp.add_run("　")
            set_font(r, HT, 15)
        r = hp.add_run(head)
        set_font(r, HT, 15, False, BLUE)
        fmt(hp, before=4, after=4)
        for tx in texts:
            bp = c.add_paragraph()
            add_marked(bp, tx, FS, 12, big=(HT, 17, True, RED))
            fmt(bp, line_pt=None, after=4)
            bp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            clauses.append(clean(tx))
    doc.add_page_break()

    # ---- page 3: 申报流程 1→2→3→4 (circles, boxes, arrows), then 申报材料 table
    p3 = doc.add_paragraph()
    fmt(p3, line_pt=20)
    shapes = [header_box("申报流程", 2.0, x=8.25)]
    steps = [
        ("在线申报", "企业按照年度申报通知要求，登录厦门片区政务服务平台\n在线填报申请并上传相关材料"),
        ("受理审核", "片区相关职能部门在10个工作日内完成受理和形式审查，材料不全的一次性告知补正"),
        ("专家评审", "会同片区财政部门组织专家或委托第三方机构开展评审，核定扶持金额"),
        ("公示拨付", "评审结果在厦门片区门户网站公示5个工作日，无异议的按程序拨付资金"),
    ]
    y0, dy = 3.6, 3.0
    for i, (h, tx) in enumerate(steps):
        y = y0 + i * dy
        shapes.append(wps_shape(2.6, y + 0.2, 1.8, 1.8,
                                p_xml([(str(i + 1), "Arial Black", 28, True, "FFFFFF", None)], jc="center"),
                                geom="ellipse", fill=RED, anchor="ctr"))
        box = (p_xml([(h, HT, 14, False, BLUE, None)], after=60)
               + p_xml([(tx, FS, 12, False, "000000", None)], jc="both"))
        shapes.append(wps_shape(5.2, y, 13.8, 2.2, box, fill="FFFFFF", line=BLUE, anchor="ctr"))
        clauses.append(clean(tx))
        if i < len(steps) - 1:
            shapes.append(wps_shape(3.15, y + 2.05, 0.7, 0.9, "", geom="downArrow", fill="F0B27A"))
    add_raw_runs(p3, shapes)
    spacer(doc, 20, 20)    # empty lines so the table starts below the drawn flow chart

    p = doc.add_paragraph()
    add_marked(p, "申报材料", HT, 16, False, "FFFFFF")
    shade_par(p, BLUE)
    fmt(p, jc=WD_ALIGN_PARAGRAPH.CENTER, line_pt=26, after=4)
    hdr = ["序号", "材料名称", "有关要求"]
    mats = [
        ["1", "厦门片区跨境电商扶持资金申请表", "加盖企业公章"],
        ["2", "营业执照复印件", "加盖企业公章"],
        ["3", "年度跨境电商进出口额统计证明", "由海关或第三方平台出具"],
        ["4", "海外仓租赁合同或产权证明及投入凭证", "申报海外仓补助的企业提供"],
        ["5", "信用承诺书", "法定代表人签字并加盖企业公章"],
    ]
    t = doc.add_table(rows=1 + len(mats), cols=3)
    table_borders(t, BLUE, 6)
    set_col_widths(t, [1.6, 8.4, 7.0])
    for j, h in enumerate(hdr):
        cell_text(t.rows[0].cells[j], h, HT, 12, color="FFFFFF")
        shade_cell(t.rows[0].cells[j], "2E75B6")
    for i, row in enumerate(mats, 1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, FS, 12,
                      jc=WD_ALIGN_PARAGRAPH.CENTER if j == 0 else WD_ALIGN_PARAGRAPH.LEFT)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    doc.add_paragraph()
    p = doc.add_paragraph()
    add_marked(p, "原文链接：http://www.xmftz.gov.cn/zwgk/zcwj/202509/t20250918_872615.htm", FS, 10.5, color="595959")
    fmt(p, line_pt=16)
    p = doc.add_paragraph()
    add_marked(p, "解读机关：%s　　解读时间：2025年9月18日" % XM_ORGAN, FS, 10.5, color="595959")
    fmt(p, line_pt=16)

    meta = {
        "title": "一图读懂《%s》" % XM_POLICY,
        "doc_number": None,
        "issuer": [XM_ORGAN],
        "date": "2025-09-18",
        "published": None,
        "level": "zone",
        "region": "中国（福建）自由贸易试验区厦门片区",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "图解",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


# ================================================================== 3. 图解 (legacy VML boxes)
QD_POLICY = "青岛市推动中欧班列（齐鲁号）高质量发展若干政策措施"
DRED = "A93226"


def make_qingdao():
    doc = Document()
    page_setup(doc, 2.0, 2.0, 2.0, 2.0)
    base_style(doc, FS, 12)
    clauses = []

    p1 = doc.add_paragraph()
    fmt(p1, line_pt=20)
    title_xml = p_xml([("图解：\n", XBS, 30, True, "FFFFFF", None),
                       ("《%s》" % QD_POLICY, XBS, 17, False, "FFFFFF", None)], jc="center")
    goal = ("到2026年，青岛中欧班列年开行量稳定在[[1200列]]以上，回程班列占比提高到[[40%]]以上，基本建成辐射上合组织国家和"
            "“一带一路”共建国家的国际物流枢纽。")
    goal_xml = (p_xml([("政策目标", HT, 15, False, DRED, None)], jc="left", after=80)
                + p_xml([(goal, FS, 13, False, "000000", (HT, 18, True, DRED))], jc="both", ind_first=520))
    clauses.append(clean(goal))
    add_raw_runs(p1, [
        vml_box(2.0, 1.8, 17.0, 3.6, title_xml, kind="rect", fill=DRED, line=None, z=2),
        vml_box(2.0, 6.0, 17.0, 3.6, goal_xml, fill="FDF2E9", line=DRED, z=3),
    ])
    spacer(doc, 13, 20)

    p = doc.add_paragraph()
    add_marked(p, "主要措施", HT, 18, False, "FFFFFF")
    shade_par(p, DRED)
    fmt(p, jc=WD_ALIGN_PARAGRAPH.CENTER, line_pt=30, after=6)
    cards = [
        ("①", "稳定开行规模", [
            "对在青岛集结发运的中欧班列（齐鲁号），按去程每标准箱最高[[2000元]]、回程每标准箱最高[[3000元]]给予运营补贴。",
            "对新开通并稳定运行满6个月的国际线路，每条给予一次性奖励[[100万元]]。"]),
        ("②", "拓展回程货源", [
            "（1）对组织木材、粮食、汽车整车等大宗商品经中欧班列回程运输的企业，按每标准箱[[800元]]给予奖励；",
            "（2）对经中欧班列进口商品在青岛胶州湾综合保税区、青岛前湾综合保税区开展保税展示交易的，给予场地租金50%补贴。"]),
        ("③", "发展“班列+”多式联运", [
            "推进“中欧班列+海铁联运”“中欧班列+日韩陆海快线”发展，对经青岛港中转日韩货物并通过中欧班列发运的，"
            "按每标准箱[[300元]]给予奖励。"]),
        ("④", "提升通关便利", [
            "推行“一次申报、一次查验、一次放行”，在中铁联集青岛中心站开展铁路运单物权化试点，支持企业凭铁路运单办理信用证结算。"]),
        ("⑤", "强化金融支持", [
            "鼓励银行机构开发“班列贷”“运单融”等产品，按实际发放贷款额的1%给予风险补偿，单家银行最高[[500万元]]。"]),
        ("⑥", "培育产业集聚", [
            "依托中国－上海合作组织地方经贸合作示范区建设中欧班列集结中心，对新引进的年班列货值超过1亿元的外贸企业，"
            "给予一次性落户奖励[[30万元]]。"]),
    ]
    t = doc.add_table(rows=3, cols=2)
    table_borders(t, "FFFFFF", 18)
    set_col_widths(t, [8.5, 8.5])
    for k, (num, head, texts) in enumerate(cards):
        c = t.rows[k // 2].cells[k % 2]
        shade_cell(c, "FDF2E9")
        hp = c.paragraphs[0]
        r = hp.add_run(num)
        set_font(r, "宋体", 24, True, DRED)
        r = hp.add_run(head)
        set_font(r, HT, 14, False, DRED)
        fmt(hp, before=4, after=4)
        for tx in texts:
            bp = c.add_paragraph()
            add_marked(bp, tx, FS, 12, big=(HT, 16, True, DRED))
            fmt(bp, after=4)
            bp.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            clauses.append(clean(tx))

    doc.add_paragraph()
    p = doc.add_paragraph()
    add_marked(p, "运营补贴标准速查", HT, 16, False, DRED)
    fmt(p, jc=WD_ALIGN_PARAGRAPH.CENTER, line_pt=26, after=4)
    hdr = ["线路方向", "去程\n（元/标准箱）", "回程\n（元/标准箱）"]
    data = [["中亚方向", "1500", "2000"], ["俄罗斯方向", "1800", "2500"], ["欧洲方向", "2000", "3000"]]
    t = doc.add_table(rows=4, cols=3)
    table_borders(t, DRED, 6)
    set_col_widths(t, [5.6, 5.7, 5.7])
    for j, h in enumerate(hdr):
        cell_text(t.rows[0].cells[j], h, HT, 12, color="FFFFFF")
        shade_cell(t.rows[0].cells[j], DRED)
    for i, row in enumerate(data, 1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, FS, 12)
        clauses.append("；".join("%s：%s" % (clean(h), v) for h, v in zip(hdr, row)))
    doc.add_page_break()

    # ---- last page: 兑现流程 with arrows typed as "→" in their own little text boxes
    p3 = doc.add_paragraph()
    fmt(p3, line_pt=20)
    shapes = [vml_box(8.0, 2.0, 5.0, 1.1, p_xml([("兑现流程", HT, 16, False, "FFFFFF", None)], jc="center"),
                      kind="roundrect", fill=DRED, line=None, z=2)]
    steps = [
        ("企业申报", "每季度结束后15个工作日内，企业向所在区（市）商务主管部门提交申请材料"),
        ("区市初审", "区（市）商务主管部门会同交通运输部门初审后报市商务局"),
        ("市级审核", "市商务局、市交通运输局委托第三方机构审核，会同市财政局下达资金"),
    ]
    x = 2.0
    for i, (h, tx) in enumerate(steps):
        box = (p_xml([(h, HT, 14, False, DRED, None)], jc="center", after=80)
               + p_xml([(tx, FS, 12, False, "000000", None)], jc="both"))
        shapes.append(vml_box(x, 3.8, 4.6, 4.4, box, fill="FFFFFF", line=DRED, z=3 + i))
        clauses.append(tx)
        x += 4.6
        if i < len(steps) - 1:
            shapes.append(vml_box(x + 0.1, 5.3, 1.3, 1.4, p_xml([("→", "宋体", 28, True, DRED, None)], jc="center"),
                                  kind="rect", fill=None, line=None, z=10 + i))
            x += 1.5
    consult = "青岛市商务局对外贸易处，电话：0532-85911234；青岛市交通运输局综合运输处，电话：0532-85912345"
    cxml = (p_xml([("政策咨询", HT, 15, False, DRED, None)], after=80)
            + p_xml([(consult, FS, 13, False, "000000", None)], jc="left"))
    shapes.append(vml_box(2.0, 9.2, 16.8, 2.6, cxml, fill="FDF2E9", line=DRED, z=20))
    clauses.append(consult)
    add_raw_runs(p3, shapes)
    spacer(doc, 15, 20)
    for txt in ("原文链接：http://commerce.qingdao.gov.cn/zwgk/zcfg/202511/t20251106_10284.shtml",
                "解读机关：青岛市商务局　青岛市交通运输局"):
        p = doc.add_paragraph()
        add_marked(p, txt, FS, 10.5, color="595959")
        fmt(p, line_pt=18)
    p = doc.add_paragraph()
    add_marked(p, "2025年11月6日", FS, 10.5, color="595959")
    fmt(p, jc=WD_ALIGN_PARAGRAPH.RIGHT, line_pt=18)

    meta = {
        "title": "图解：《%s》" % QD_POLICY,
        "doc_number": None,
        "issuer": ["青岛市商务局", "青岛市交通运输局"],
        "date": "2025-11-06",
        "published": None,
        "level": "municipal",
        "region": "青岛市",
        "effective": None,
        "expires": None,
        "attachments": [],
        "doc_type": "图解",
        "recipients": [],
        "publicity": None,
        "repeals": None,
    }
    return doc, [{"meta": meta, "clauses": clauses}]


def main():
    expected = {}
    for stem, fn in (("blind631_xiamen_jiedu", make_jiedu),
                     ("blind631_xiamen_yitu", make_yitu),
                     ("blind631_qingdao_tujie", make_qingdao)):
        doc, objs = fn()
        path = os.path.join(HERE, stem + ".docx")
        doc.save(path)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_631", "--headless",
                        "--convert-to", "pdf", "--outdir", HERE, path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        expected[stem] = objs
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
