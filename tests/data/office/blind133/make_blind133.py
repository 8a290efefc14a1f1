# ruff: noqa: E501, E402, E701, E702, E741, F841, C408, B905, B007, B008, C416, UP031, E731
"""Blind round 133: Word files that carry their tables as embedded objects.

Writes next to itself:
  blind133_xian_notice.docx / .pdf   西安市商务局 资金下达通知; 附件1 分配表 is an Excel
      worksheet embedded as an OLE object (word/embeddings/*.xlsx, shown as a PNG
      through w:object / v:imagedata / o:OLEObject); 附件2 is an ordinary Word table
      with vertically merged cells; the body carries a bar chart picture + caption 图1.
  blind133_qinzhou_notice.docx / .pdf  钦州港片区管委会 印发通知; the 附件 (the measures
      themselves, with a table inside) is a Word document embedded as an OLE object
      (word/embeddings/*.docx), shown as a picture of its first page only; a red seal
      floats over the 落款.
  expected.json

Run:  . /work/venv/bin/activate && python make_blind133.py
"""
import copy
import io
import json
import os
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
FONT_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
FONT_SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"

XBZ = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
ST = "宋体"
RED = RGBColor(0xE6, 0x00, 0x12)

SAN_HAO = 16
ER_HAO = 22
SI_HAO = 14
LINE = Pt(28.9)  # 22 lines per page


def font(path, size, index=2):
    # index 2 = SC in Noto CJK ttc
    try:
        return ImageFont.truetype(path, size, index=index)
    except OSError:
        return ImageFont.truetype(FONT_SANS, size, index=2)


# ---------------------------------------------------------------- docx helpers
def set_font(run, east, size, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), east)
    if color is not None:
        run.font.color.rgb = color


def pfmt(p, align=None, indent_chars=0, size=SAN_HAO, line=LINE, before=0, after=0, left=None):
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    pf.first_line_indent = Pt(size * indent_chars) if indent_chars else None
    if left is not None:
        pf.left_indent = left
    pf.line_spacing = line
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.widow_control = False


def para(doc, text="", east=FS, size=SAN_HAO, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=2, bold=False, color=None, line=LINE, left=None):
    p = doc.add_paragraph()
    pfmt(p, align, indent, size, line, left=left)
    if text:
        r = p.add_run(text)
        set_font(r, east, size, bold, color)
    return p


def runin(doc, head, body, head_font=KT, indent=2):
    """（一）明确…。 heading run-in with body text in one paragraph."""
    p = para(doc, "", indent=indent)
    r = p.add_run(head)
    set_font(r, head_font, SAN_HAO)
    r = p.add_run(body)
    set_font(r, FS, SAN_HAO)
    return p


def border(p, side="bottom", sz=12, color="E60012", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = parse_xml('<w:pBdr %s/>' % nsdecls("w"))
        ppr.append(bdr)
    el = parse_xml('<w:%s %s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (side, nsdecls("w"), sz, space, color))
    bdr.append(el)


def page_break(doc):
    p = doc.add_paragraph()
    pfmt(p, None, 0)
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def add_page_field(p, size=SI_HAO):
    def r(text):
        rr = p.add_run(text)
        set_font(rr, ST, size)
        return rr
    r("— ")
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        rr = p.add_run()
        set_font(rr, ST, size)
        if kind == "instr":
            el = parse_xml('<w:instrText %s xml:space="preserve">%s</w:instrText>' % (nsdecls("w"), txt))
        elif kind == "text":
            el = parse_xml('<w:t %s>%s</w:t>' % (nsdecls("w"), txt))
        else:
            el = parse_xml('<w:fldChar %s w:fldCharType="%s"/>' % (nsdecls("w"), kind))
        rr._element.append(el)
    r(" —")


def setup_page(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin = Mm(37), Mm(35)
    s.left_margin, s.right_margin = Mm(28), Mm(26)
    s.header_distance, s.footer_distance = Mm(15), Mm(25)
    doc.settings.odd_and_even_pages_header_footer = True
    # odd pages: right, one 字 in; even pages: left, one 字 in
    fp = s.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.paragraph_format.right_indent = Pt(SI_HAO)
    add_page_field(fp)
    ep = s.even_page_footer.paragraphs[0]
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    ep.paragraph_format.left_indent = Pt(SI_HAO)
    add_page_field(ep)
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(SAN_HAO)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)
    # grid: 22 lines x 28 chars
    sectPr = s._sectPr
    grid = sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = parse_xml('<w:docGrid %s/>' % nsdecls("w"))
        sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")


def banhead(doc, lines, size=42, scale=None):
    for ln in lines:
        p = para(doc, "", XBZ, size, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(size * 1.15))
        r = p.add_run(ln)
        set_font(r, XBZ, size, color=RED)
        if scale:
            r._element.get_or_add_rPr().append(parse_xml('<w:w %s w:val="%d"/>' % (nsdecls("w"), scale)))
        r._element.get_or_add_rPr().append(parse_xml('<w:spacing %s w:val="-10"/>' % nsdecls("w")))


def docnum_and_rule(doc, number):
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, number, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0)
    border(p, "bottom", 18, "E60012", 8)  # the red rule, 4 mm under the 文号
    para(doc, "", indent=0)


def title(doc, parts, soft_break=True):
    if soft_break:
        p = para(doc, "", XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
        for i, t in enumerate(parts):
            r = p.add_run(t)
            set_font(r, XBZ, ER_HAO)
            if i < len(parts) - 1:
                r.add_break()
    else:
        for t in parts:
            para(doc, t, XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)


def signoff(doc, issuer, date, right_chars=4, seal_png=None):
    para(doc, "", indent=0)
    para(doc, "", indent=0)
    p = para(doc, issuer, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * right_chars)
    if seal_png:
        float_picture(doc, p, seal_png, Mm(42), Mm(42), off_x=Mm(78), off_y=Mm(-16))
    p = para(doc, date, FS, SAN_HAO, WD_ALIGN_PARAGRAPH.RIGHT, 0)
    p.paragraph_format.right_indent = Pt(SAN_HAO * right_chars)
    para(doc, "", indent=0)
    para(doc, "（此件公开发布）", FS, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 2)


def banji(doc, chaosong, printer, printdate, blank_lines=0):
    for _ in range(blank_lines):
        para(doc, "", indent=0)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    p.paragraph_format.first_line_indent = None
    # hanging indent so wrapped lines align after 抄送：
    p.paragraph_format.left_indent = Pt(SI_HAO * 4)
    p.paragraph_format.first_line_indent = Pt(-SI_HAO * 3)
    r = p.add_run("抄送：" + chaosong)
    set_font(r, FS, SI_HAO)
    border(p, "top", 12, "000000", 2)
    p = para(doc, "", FS, SI_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(24))
    p.paragraph_format.left_indent = Pt(SI_HAO)
    p.paragraph_format.right_indent = Pt(SI_HAO)
    r = p.add_run(printer)
    set_font(r, FS, SI_HAO)
    r = p.add_run("\t" + printdate + "印发")
    set_font(r, FS, SI_HAO)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:tabs %s><w:tab w:val="right" w:pos="8560"/></w:tabs>' % nsdecls("w")))
    border(p, "top", 4, "000000", 2)
    border(p, "bottom", 12, "000000", 2)


# ------------------------------------------------------------ pictures / OLE
SHAPETYPE = (
    '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
    'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f">'
    '<v:stroke joinstyle="miter"/><v:formulas>'
    '<v:f eqn="if lineDrawn pixelLineWidth 0"/><v:f eqn="sum @0 1 0"/><v:f eqn="sum 0 0 @1"/>'
    '<v:f eqn="prod @2 1 2"/><v:f eqn="prod @3 21600 pixelWidth"/><v:f eqn="prod @3 21600 pixelHeight"/>'
    '<v:f eqn="sum @0 0 1"/><v:f eqn="prod @6 1 2"/><v:f eqn="prod @7 21600 pixelWidth"/>'
    '<v:f eqn="sum @8 21600 0"/><v:f eqn="prod @7 21600 pixelHeight"/><v:f eqn="sum @10 21600 0"/>'
    '</v:formulas><v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/>'
    '<o:lock v:ext="edit" aspectratio="t"/></v:shapetype>'
)
_ole_counter = [1025]
VNS = nsdecls("w", "r") + ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def embed_ole(doc, paragraph, blob, partname, content_type, progid, preview_png, width_pt, height_pt):
    """Insert <w:object> with v:imagedata (preview) + o:OLEObject (embedded package)."""
    part = Part(PackURI(partname), content_type, blob, doc.part.package)
    ole_rid = doc.part.relate_to(part, RT.PACKAGE)
    img_rid, _ = doc.part.get_or_add_image(preview_png)
    sid = "_x0000_i%d" % _ole_counter[0]
    _ole_counter[0] += 1
    obj_id = "_17%08d" % (_ole_counter[0] * 7919)
    xml = (
        '<w:r %s><w:object w:dxaOrig="%d" w:dyaOrig="%d">%s'
        '<v:shape id="%s" type="#_x0000_t75" style="width:%.1fpt;height:%.1fpt" o:ole="">'
        '<v:imagedata r:id="%s" o:title=""/></v:shape>'
        '<o:OLEObject Type="Embed" ProgID="%s" ShapeID="%s" DrawAspect="Content" ObjectID="%s" r:id="%s"/>'
        '</w:object></w:r>'
    ) % (VNS, int(width_pt * 20), int(height_pt * 20), SHAPETYPE if not doc.element.xpath('.//*[local-name()="shapetype"]') else "",
         sid, width_pt, height_pt, img_rid, progid, sid, obj_id, ole_rid)
    paragraph._p.append(parse_xml(xml))


def float_picture(doc, paragraph, png, cx, cy, off_x, off_y):
    """A wp:anchor picture (seal) floating in front of text, anchored to paragraph."""
    run = paragraph.add_run()
    run.add_picture(png, width=cx, height=cy)
    inline = run._element.find(".//" + qn("wp:inline"))
    graphic = inline.find(qn("a:graphic"))
    docpr = inline.find(qn("wp:docPr"))
    anchor = parse_xml(
        '<wp:anchor %s distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '</wp:anchor>' % (nsdecls("wp", "a", "pic", "r"), int(off_x), int(off_y), int(cx), int(cy))
    )
    anchor.append(copy.deepcopy(docpr))
    anchor.append(parse_xml('<wp:cNvGraphicFramePr %s><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>' % nsdecls("wp", "a")))
    anchor.append(copy.deepcopy(graphic))
    drawing = inline.getparent()
    drawing.remove(inline)
    drawing.append(anchor)


# ------------------------------------------------------------ images
def make_chart(path, years, values, unit="亿元"):
    W, H = 1800, 1000
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    f = font(FONT_SANS, 34)
    fs = font(FONT_SANS, 30)
    x0, y0, x1, y1 = 170, 80, W - 80, H - 140
    vmax = 1800
    d.line([(x0, y1), (x1, y1)], fill="black", width=3)
    d.line([(x0, y0), (x0, y1)], fill="black", width=3)
    for v in range(0, vmax + 1, 300):
        y = y1 - (y1 - y0) * v / vmax
        d.line([(x0 - 10, y), (x0, y)], fill="black", width=2)
        if v:
            d.line([(x0, y), (x1, y)], fill="#DDDDDD", width=1)
        d.text((x0 - 20, y), str(v), fill="black", font=fs, anchor="rm")
    n = len(years)
    slot = (x1 - x0) / n
    for i, (yr, v) in enumerate(zip(years, values)):
        cx = x0 + slot * (i + 0.5)
        bw = slot * 0.5
        top = y1 - (y1 - y0) * v / vmax
        d.rectangle([cx - bw / 2, top, cx + bw / 2, y1], fill="#C0392B")
        d.text((cx, top - 12), str(v), fill="black", font=f, anchor="mb")
        d.text((cx, y1 + 20), "%d年" % yr, fill="black", font=f, anchor="mt")
    d.text((x0 - 10, y0 - 50), unit, fill="black", font=fs, anchor="lm")
    im.save(path)


def render_table_png(path, title, unit, header, rows, total, colw):
    """Render what Excel shows for the embedded range: title, unit line, gridded table."""
    sc = 2
    rowh = 44 * sc
    fh = font(FONT_SANS_B, 26 * sc, 2) if os.path.exists(FONT_SANS_B) else font(FONT_SANS, 26 * sc)
    fb = font(FONT_SANS_B, 17 * sc) if os.path.exists(FONT_SANS_B) else font(FONT_SANS, 17 * sc)
    fr = font(FONT_SANS, 17 * sc)
    colw = [c * sc for c in colw]
    W = sum(colw) + 2 * sc
    H = rowh * (len(rows) + 4) + 10 * sc
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    d.text((W / 2, rowh * 0.55), title, fill="black", font=fh, anchor="mm")
    d.text((W - 8 * sc, rowh * 1.5), unit, fill="black", font=fr, anchor="rm")
    y = rowh * 2
    allrows = [header] + rows + [total]
    for ri, row in enumerate(allrows):
        x = 0
        for ci, cell in enumerate(row):
            d.rectangle([x, y, x + colw[ci], y + rowh], outline="black", width=sc)
            fnt = fb if ri == 0 or ri == len(allrows) - 1 else fr
            txt = str(cell)
            if ri > 0 and ci >= 3 and ci <= 4:
                d.text((x + colw[ci] - 10 * sc, y + rowh / 2), txt, fill="black", font=fnt, anchor="rm")
            else:
                d.text((x + colw[ci] / 2, y + rowh / 2), txt, fill="black", font=fnt, anchor="mm")
            x += colw[ci]
        y += rowh
    im.save(path)
    return im.size


def make_seal(path, ring_text, center_bottom="", size=600):
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (226, 20, 30, 235)
    c = size / 2
    d.ellipse([10, 10, size - 10, size - 10], outline=red, width=14)
    # star
    import math
    pts = []
    for k in range(10):
        r = 70 if k % 2 == 0 else 28
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(pts, fill=red)
    f = font(FONT_SANS_B if os.path.exists(FONT_SANS_B) else FONT_SANS, 44)
    n = len(ring_text)
    span = 250.0
    for i, ch in enumerate(ring_text):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        g = Image.new("RGBA", (60, 60), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((30, 30), ch, fill=red, font=f, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.BICUBIC)
        rad = math.radians(ang)
        px, py = c + (c - 62) * math.cos(rad), c + (c - 62) * math.sin(rad)
        im.alpha_composite(g, (int(px - 30), int(py - 30)))
    if center_bottom:
        f2 = font(FONT_SANS, 34)
        d.text((c, c + 140), center_bottom, fill=red, font=f2, anchor="mm")
    im.save(path)


# ------------------------------------------------------------ file (a): Xi'an
XA_TITLE = "西安市商务局关于下达2024年度西安市“一带一路”经贸合作专项资金（第一批）的通知"
XA_NUM = "市商发〔2024〕47号"
XA_ATT1 = "2024年度西安市“一带一路”经贸合作专项资金（第一批）分配表"
XA_ATT2 = "2024年度西安市“一带一路”经贸合作专项资金绩效目标表"
XA_MAIN_TO = "各区县商务主管部门，西咸新区、各开发区商务主管部门，各有关企业："
XA_P = [
    "为深入贯彻落实党中央、国务院关于推动共建“一带一路”高质量发展的决策部署，加快建设内陆改革开放高地，根据《西安市“一带一路”经贸合作专项资金管理办法》（市商发〔2023〕15号）和市财政局《关于批复2024年市级部门预算的通知》（市财预发〔2024〕3号）要求，经企业申报、区县初审、第三方机构评审和网上公示，现将2024年度西安市“一带一路”经贸合作专项资金（第一批）3860万元下达你们（具体分配情况见附件1），并就有关事项通知如下。",
]
XA_H1 = "一、资金安排情况"
XA_S1 = [
    "本批资金共支持项目126个，其中：中欧班列（西安）集结中心配套项目18个，下达资金1420万元；境外经贸合作区及海外仓项目22个，下达资金980万元；对外承包工程项目31个，下达资金760万元；跨境电商与服务贸易项目55个，下达资金700万元。",
    "2019年至2023年，全市对共建“一带一路”国家进出口额由1050亿元增长至1563亿元，2023年同比增长11.5%（见图1）。本批资金重点向带动进出口作用明显的项目倾斜。",
]
XA_FIG = "图1　2019—2023年西安市对共建“一带一路”国家进出口额（单位：亿元）"
XA_H2 = "二、资金拨付和使用"
XA_S2 = [
    ("（一）拨付方式。", "专项资金按照“先预拨、后清算”方式拨付。市财政局将资金指标下达至各区县（开发区）财政部门，各区县（开发区）商务主管部门应会同同级财政部门在收到资金指标后15个工作日内足额拨付至项目单位，不得截留、挤占、挪用。"),
    ("（二）使用范围。", "专项资金用于项目单位开展共建“一带一路”经贸合作发生的国际物流、海外仓储、境外展会、合规咨询等支出，不得用于发放工资福利、偿还债务、缴纳罚款以及楼堂馆所建设。"),
    ("（三）绩效管理。", "各区县（开发区）要按照附件2确定的绩效目标，组织项目单位开展绩效自评，于2024年11月30日前将绩效自评报告报送市商务局、市财政局。"),
]
XA_H3 = "三、工作要求"
XA_S3 = [
    ("1.加强监督检查。", "各区县（开发区）商务主管部门要建立资金使用台账，对项目实施情况开展跟踪检查。项目单位存在下列情形之一的，追回已拨付资金，3年内不再受理其专项资金申请："),
    ("", "（1）以虚假材料骗取专项资金的；"),
    ("", "（2）擅自改变资金用途的；"),
    ("", "（3）项目实施进度严重滞后且无正当理由的。"),
    ("2.做好信息公开。", "各区县（开发区）应于资金拨付后10个工作日内，在本级政府门户网站公开资金分配结果，接受社会监督。"),
    ("3.及时报送情况。", "资金拨付完成后，请于2024年9月30日前将拨付情况（含拨付凭证复印件）报送市商务局对外投资和经济合作处。"),
]
XA_CONTACT = "联系人及电话：市商务局对外投资和经济合作处　刘洋　029-86788215；市财政局经济建设处　张静　029-86787631。"
XA_XL_HEADER = ["序号", "区县（开发区）", "项目类别", "项目数（个）", "下达资金（万元）", "备注"]
XA_XL_ROWS = [
    [1, "西安国际港务区", "中欧班列集结中心配套", 12, 960, "含预拨资金500万元"],
    [2, "西咸新区", "中欧班列集结中心配套", 6, 460, ""],
    [3, "西安高新区", "境外经贸合作区及海外仓", 9, 430, ""],
    [4, "西安经开区", "境外经贸合作区及海外仓", 7, 310, ""],
    [5, "雁塔区", "境外经贸合作区及海外仓", 6, 240, ""],
    [6, "碑林区", "对外承包工程", 11, 280, ""],
    [7, "未央区", "对外承包工程", 13, 300, ""],
    [8, "长安区", "对外承包工程", 7, 180, ""],
    [9, "曲江新区", "跨境电商与服务贸易", 20, 260, ""],
    [10, "浐灞生态区", "跨境电商与服务贸易", 18, 230, "含市级跨境电商综试区配套"],
    [11, "莲湖区", "跨境电商与服务贸易", 17, 210, ""],
]
XA_XL_TOTAL = ["合计", "", "", 126, 3860, ""]
XA_PERF_HEADER = ["一级指标", "二级指标", "三级指标", "指标值"]
XA_PERF = [
    ["产出指标", "数量指标", "支持项目数", "≥120个"],
    ["产出指标", "数量指标", "新增海外仓面积", "≥5万平方米"],
    ["产出指标", "时效指标", "资金拨付完成时间", "2024年9月30日前"],
    ["效益指标", "经济效益指标", "带动对共建“一带一路”国家进出口额增长", "≥8%"],
    ["效益指标", "社会效益指标", "中欧班列（西安）年开行列次", "≥5000列"],
    ["满意度指标", "服务对象满意度指标", "项目单位满意度", "≥90%"],
]
XA_PERF_NOTE = "注：绩效目标值为全市汇总值，各区县（开发区）可结合实际细化分解。"
XA_CHAOSONG = "市财政局，市审计局，西安海关。"
XA_PRINTER = "西安市商务局办公室"
XA_PRINTDATE = "2024年6月17日"


def make_xlsx(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "分配表"
    thin = Side(style="thin", color="000000")
    b = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.merge_cells("A1:F1")
    ws["A1"] = XA_ATT1
    ws["A1"].font = Font(name="方正小标宋简体", size=16)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells("A2:F2")
    ws["A2"] = "单位：万元"
    ws["A2"].alignment = Alignment(horizontal="right")
    ws.append(XA_XL_HEADER)
    for r in XA_XL_ROWS:
        ws.append(r)
    ws.append(XA_XL_TOTAL)
    last = 3 + len(XA_XL_ROWS) + 1
    ws.merge_cells("A%d:C%d" % (last, last))
    for row in ws.iter_rows(min_row=3, max_row=last, max_col=6):
        for c in row:
            c.border = b
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.font = Font(name="宋体", size=11, bold=(c.row in (3, last)))
    for col, w in zip("ABCDEF", (6, 16, 24, 12, 16, 24)):
        ws.column_dimensions[col].width = w
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    bio = io.BytesIO()
    wb.save(bio)
    with open(path, "wb") as fh:
        fh.write(bio.getvalue())
    return bio.getvalue()


def build_xian(tmp):
    doc = Document()
    setup_page(doc)
    banhead(doc, ["西安市商务局文件"], size=44)
    docnum_and_rule(doc, XA_NUM)
    title(doc, ["西安市商务局关于下达2024年度", "西安市“一带一路”经贸合作专项资金", "（第一批）的通知"], soft_break=True)
    para(doc, XA_MAIN_TO, indent=0)
    for t in XA_P:
        para(doc, t)
    para(doc, XA_H1, HT)
    for t in XA_S1:
        para(doc, t)
    chart = os.path.join(tmp, "chart.png")
    make_chart(chart, [2019, 2020, 2021, 2022, 2023], [1050, 1128, 1276, 1402, 1563])
    p = para(doc, "", indent=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    p.paragraph_format.line_spacing = 1.0
    p.add_run().add_picture(chart, width=Mm(140))
    para(doc, XA_FIG, HT, 14, WD_ALIGN_PARAGRAPH.CENTER, 0)
    para(doc, XA_H2, HT)
    for h, t in XA_S2:
        runin(doc, h, t)
    para(doc, XA_H3, HT)
    for h, t in XA_S3:
        if h:
            runin(doc, h, t, head_font=FS)
        else:
            para(doc, t)
    para(doc, XA_CONTACT)
    para(doc, "", indent=0)
    # 附件说明: 左空二字 “附件：1．…”, second line aligned with the first title
    p = para(doc, "附件：1．" + XA_ATT1, indent=0, left=Pt(SAN_HAO * 5))
    p.paragraph_format.first_line_indent = Pt(-SAN_HAO * 3)
    p = para(doc, "2．" + XA_ATT2, indent=0, left=Pt(SAN_HAO * 5))
    p.paragraph_format.first_line_indent = Pt(0)
    signoff(doc, "西安市商务局", "2024年6月14日", right_chars=4)

    # 附件1: embedded Excel worksheet (picture only in the document body)
    page_break(doc)
    para(doc, "附件1", HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, "", indent=0)
    xlsx_path = os.path.join(tmp, "Microsoft_Excel_Worksheet.xlsx")
    blob = make_xlsx(xlsx_path)
    png = os.path.join(tmp, "ole_table.png")
    w, h = render_table_png(png, XA_ATT1, "单位：万元", XA_XL_HEADER, XA_XL_ROWS, ["合计", "", "", 126, 3860, ""], [50, 140, 230, 110, 140, 250])
    p = para(doc, "", indent=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    p.paragraph_format.line_spacing = 1.0
    wpt = 440.0
    embed_ole(doc, p, blob, "/word/embeddings/Microsoft_Excel_Worksheet.xlsx",
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel.Sheet.12",
              png, wpt, wpt * h / w)

    # 附件2: ordinary Word table with vertically merged 一级/二级指标
    page_break(doc)
    para(doc, "附件2", HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    para(doc, "", indent=0)
    para(doc, XA_ATT2, XBZ, ER_HAO, WD_ALIGN_PARAGRAPH.CENTER, 0, line=Pt(33))
    para(doc, "", indent=0)
    tbl = doc.add_table(rows=1 + len(XA_PERF), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Mm(28), Mm(36), Mm(62), Mm(30)]
    for ci, txt in enumerate(XA_PERF_HEADER):
        c = tbl.cell(0, ci)
        c.width = widths[ci]
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(c.paragraphs[0].add_run(txt), HT, 12)
    for ri, row in enumerate(XA_PERF, start=1):
        for ci, txt in enumerate(row):
            c = tbl.cell(ri, ci)
            c.width = widths[ci]
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(c.paragraphs[0].add_run(txt), FS, 12)

    # merge vertically identical first/second columns the way offices do (text kept in the top cell only)
    def vmerge(col, r0, r1):
        a = tbl.cell(r0, col)
        for r in range(r0 + 1, r1 + 1):
            tbl.cell(r, col).paragraphs[0].runs[0].text = ""
        a.merge(tbl.cell(r1, col))
    vmerge(1, 1, 2)   # 数量指标 x2
    vmerge(0, 1, 3)   # 产出指标 x3
    vmerge(0, 4, 5)   # 效益指标 x2
    # drop empty paragraphs left behind by merge
    for row in tbl.rows:
        for c in row.cells:
            ps = c.paragraphs
            for extra in ps[1:]:
                if not extra.text.strip():
                    extra._p.getparent().remove(extra._p)
    p = para(doc, XA_PERF_NOTE, FS, 12, WD_ALIGN_PARAGRAPH.LEFT, 0, line=Pt(22))
    # 版记 on the last page
    page_break(doc)
    banji(doc, XA_CHAOSONG, XA_PRINTER, XA_PRINTDATE, blank_lines=16)
    out = os.path.join(HERE, "blind133_xian_notice.docx")
    doc.save(out)
    return out


# ------------------------------------------------------------ file (c): Qinzhou
QZ_ISSUER = "中国（广西）自由贸易试验区钦州港片区管理委员会"
QZ_MEASURES = "中国（广西）自由贸易试验区钦州港片区支持西部陆海新通道海铁联运高质量发展若干措施"
QZ_TITLE = QZ_ISSUER + "关于印发《" + QZ_MEASURES + "》的通知"
QZ_NUM = "钦自贸片管发〔2024〕9号"
QZ_MAIN_TO = "片区各部门、各直属单位，驻片区各有关单位，各有关企业："
QZ_P = [
    "《" + QZ_MEASURES + "》已经2024年5月10日片区管委会第6次主任办公会议审议通过，现印发给你们，请结合实际认真贯彻执行。",
    "各部门、各单位要按照职责分工，抓紧制定具体实施细则，于2024年6月30日前报片区管委会经济发展局备案。执行中遇到的问题，请及时向片区管委会经济发展局反映（联系电话：0777-3881206）。",
]
QZ_CHAOSONG = "钦州市人民政府办公室，自治区商务厅（自治区自贸办），钦州海关，钦州港海事局。"
QZ_PRINTER = "钦州港片区管理委员会党政办公室"
QZ_PRINTDATE = "2024年5月21日"
QZ_M_INTRO = "为深入贯彻落实《西部陆海新通道总体规划》和《中国（广西）自由贸易试验区总体方案》，加快建设西部陆海新通道国际门户港，推动海铁联运高质量发展，更好服务共建“一带一路”，结合钦州港片区实际，制定以下措施。"
QZ_M = [
    ("一、支持海铁联运班列加密开行。", "对在钦州港东站始发或终到、经片区认定的海铁联运班列，按每标准箱（TEU）200元给予班列运营企业补贴；单个企业年度补贴最高不超过500万元。"),
    ("二、支持外贸集装箱航线开辟。", "对新开辟至共建“一带一路”国家港口的外贸集装箱班轮航线，且开通后12个月内航次不少于24个的，给予航线运营企业一次性奖励100万元；同一航线不重复奖励。"),
    ("三、支持冷链物流发展。", "对经海铁联运进出钦州港的冷链集装箱，在第一条补贴基础上每标准箱额外补贴300元，单个企业年度额外补贴最高不超过150万元。"),
    ("四、推广多式联运“一单制”。", "对签发多式联运提单并实现“一单到底、全程负责”的物流企业，按每单50元给予补贴，单个企业年度补贴最高不超过80万元。"),
    ("五、支持物流企业集聚发展。", "对新落户片区、注册资本5000万元以上且实际到位资金不低于注册资本50%的多式联运经营企业，给予一次性落户奖励200万元，分两年兑现。"),
    ("六、提升通关便利化水平。", "会同钦州海关、钦州港海事局推广“船边直提”“抵港直装”“铁路快通”等模式，海铁联运进口集装箱整体通关时间压缩至24小时以内。"),
    ("七、明确补贴标准。", "本措施涉及的补贴标准汇总如下："),
]
QZ_TABLE_HEADER = ["补贴事项", "补贴标准", "单个企业年度上限"]
QZ_TABLE = [
    ["海铁联运班列", "200元/标准箱", "500万元"],
    ["冷链集装箱（额外）", "300元/标准箱", "150万元"],
    ["多式联运“一单制”", "50元/单", "80万元"],
    ["新开辟外贸集装箱航线", "100万元/条（一次性）", "—"],
]
QZ_M_TAIL = [
    ("八、", "本措施与片区其他同类政策有重叠的，按照“从高、不重复”原则执行。企业通过弄虚作假等方式骗取补贴的，追回已兑现资金，并依法依规纳入失信记录。"),
    ("九、", "本措施由片区管委会经济发展局负责解释，自印发之日起施行，有效期至2026年12月31日。"),
]


def build_measures_docx(path):
    """The attachment as a stand-alone Word document (what was embedded)."""
    doc = Document()
    setup_page(doc)
    para(doc, "", indent=0)
    title(doc, [QZ_MEASURES[:18], QZ_MEASURES[18:31], QZ_MEASURES[31:]], soft_break=False)
    para(doc, QZ_M_INTRO)
    for h, t in QZ_M:
        runin(doc, h, t, head_font=HT)
    tbl = doc.add_table(rows=1 + len(QZ_TABLE), cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ci, txt in enumerate(QZ_TABLE_HEADER):
        c = tbl.cell(0, ci)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_font(c.paragraphs[0].add_run(txt), HT, 14)
    for ri, row in enumerate(QZ_TABLE, start=1):
        for ci, txt in enumerate(row):
            c = tbl.cell(ri, ci)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(c.paragraphs[0].add_run(txt), FS, 14)
    for h, t in QZ_M_TAIL:
        runin(doc, h, t, head_font=HT)
    doc.save(path)
    with open(path, "rb") as fh:
        return fh.read()


def docx_first_page_png(docx_path, png_path, tmp):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    import pypdfium2 as pdfium
    pdf_doc = pdfium.PdfDocument(pdf)
    page = pdf_doc[0]
    img = page.render(scale=1.6).to_pil()
    # thin grey frame like Word's object preview
    d = ImageDraw.Draw(img)
    d.rectangle([2, 2, img.width - 4, img.height - 4], outline="#999999", width=3)
    img.save(png_path)
    return img.size, len(pdf_doc)


def build_qinzhou(tmp):
    emb_path = os.path.join(tmp, "Microsoft_Word_Document.docx")
    blob = build_measures_docx(emb_path)
    prev = os.path.join(tmp, "measures_p1.png")
    (w, h), npages = docx_first_page_png(emb_path, prev, tmp)
    seal = os.path.join(tmp, "seal.png")
    make_seal(seal, "中国（广西）自由贸易试验区钦州港片区管理委员会")

    doc = Document()
    setup_page(doc)
    banhead(doc, ["中国（广西）自由贸易试验区", "钦州港片区管理委员会文件"], size=32)
    docnum_and_rule(doc, QZ_NUM)
    # title as two separate paragraphs, the way many offices type it
    title(doc, [QZ_ISSUER + "关于印发", "《" + QZ_MEASURES + "》的通知"], soft_break=False)
    para(doc, QZ_MAIN_TO, indent=0)
    for t in QZ_P:
        para(doc, t)
    para(doc, "", indent=0)
    p = para(doc, "附件：" + QZ_MEASURES, indent=0, left=Pt(SAN_HAO * 5))
    p.paragraph_format.first_line_indent = Pt(-SAN_HAO * 3)
    signoff(doc, QZ_ISSUER, "2024年5月20日", right_chars=2, seal_png=seal)
    page_break(doc)
    para(doc, "附件", HT, SAN_HAO, WD_ALIGN_PARAGRAPH.LEFT, 0)
    p = para(doc, "", indent=0, align=WD_ALIGN_PARAGRAPH.CENTER, line=None)
    p.paragraph_format.line_spacing = 1.0
    wpt = 400.0
    embed_ole(doc, p, blob, "/word/embeddings/Microsoft_Word_Document.docx",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word.Document.12",
              prev, wpt, wpt * h / w)
    page_break(doc)
    banji(doc, QZ_CHAOSONG, QZ_PRINTER, QZ_PRINTDATE, blank_lines=16)
    out = os.path.join(HERE, "blind133_qinzhou_notice.docx")
    doc.save(out)
    return out, npages


LO_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Filter/Microsoft/Import"><prop oor:name="ExcelToCalc" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Filter/Microsoft/Import"><prop oor:name="WinWordToWriter" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
"""


def to_pdf(docx_path):
    """LibreOffice PDF that prints each embedded object as its stored picture, as Word/WPS do.

    With LibreOffice's default profile the embedded .xlsx/.docx are converted to Calc/Writer
    objects and re-rendered live (cropped to the object frame, with a text layer); a throw-away
    profile with Tools > Options > Load/Save > Microsoft Office > [L] Excel to Calc /
    WinWord to Writer switched off keeps them foreign, so the PDF shows the preview image only.
    """
    with tempfile.TemporaryDirectory() as prof:
        os.makedirs(os.path.join(prof, "user"))
        with open(os.path.join(prof, "user", "registrymodifications.xcu"), "w", encoding="utf-8") as fh:
            fh.write(LO_PROFILE)
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf", "--outdir", HERE, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ------------------------------------------------------------ expected.json
def row_clause(header, row):
    return "；".join("%s：%s" % (h, v) for h, v in zip(header, row) if str(v).strip())


def expected(npages_measures):
    xa_rows = [row_clause(XA_XL_HEADER, [str(x) for x in r]) for r in XA_XL_ROWS]
    xa_total = "序号：合计；项目数（个）：126；下达资金（万元）：3860"
    perf_rows = [row_clause(XA_PERF_HEADER, r) for r in XA_PERF]
    xa_clauses = (
        XA_P + XA_S1 + [h + t for h, t in XA_S2] + [h + t for h, t in XA_S3] + [XA_CONTACT]
        + xa_rows + [xa_total] + perf_rows + [XA_PERF_NOTE]
    )
    xa = {
        "meta": {
            "title": XA_TITLE,
            "doc_number": XA_NUM,
            "issuer": ["西安市商务局"],
            "date": "2024-06-14",
            "published": "2024-06-17",
            "level": "municipal",
            "region": "陕西省西安市",
            "effective": None,
            "expires": None,
            "attachments": [XA_ATT1, XA_ATT2],
            "doc_type": "通知",
            "recipients": ["各区县商务主管部门", "西咸新区、各开发区商务主管部门", "各有关企业"],
            "publicity": "此件公开发布",
            "embedded_objects": ["word/embeddings/Microsoft_Excel_Worksheet.xlsx (Excel.Sheet.12, shown as a picture) = 附件1"],
        },
        "clauses": xa_clauses,
        "applies_to": {
            "default": "陕西省西安市",
            "specific": {
                "附件1 row 1": "西安国际港务区", "附件1 row 2": "西咸新区", "附件1 row 3": "西安高新区",
                "附件1 row 4": "西安经开区", "附件1 row 5": "雁塔区", "附件1 row 6": "碑林区",
                "附件1 row 7": "未央区", "附件1 row 8": "长安区", "附件1 row 9": "曲江新区",
                "附件1 row 10": "浐灞生态区", "附件1 row 11": "莲湖区",
            },
            "note": "共建“一带一路”国家 / 中欧班列 do not place a clause abroad; 西安海关 (抄送) and 市财政局 are organs, not places.",
        },
        "_note": (
            "Furniture, not clauses: red 版头 西安市商务局文件; 文号 line 市商发〔2024〕47号 and the red rule; the title (one paragraph with two soft line breaks — after 2024年度 and after 专项资金 — must be re-joined without a stray space/newline); "
            "主送 line (→ recipients); 附件说明 (附件：1．… / 2．… on two paragraphs → attachments, 2 titles, no “1．”/“2．” prefix); 落款 西安市商务局 and 2024年6月14日; （此件公开发布）; the labels 附件1 / 附件2; the 附件2 title paragraph (table title); "
            "版记 (抄送：市财政局，市审计局，西安海关。 / 西安市商务局办公室 2024年6月17日印发, between rules, after 16 empty paragraphs); footer page numbers “— N —” (odd pages right, even pages left). "
            "Headings 一、资金安排情况 / 二、资金拨付和使用 / 三、工作要求 are section titles (tolerable as heading clauses). （一）（二）（三） and 1.2.3. are run-in headings: the heading and its text are ONE clause. (1)(2)(3) are separate items under 1. (merging them into 1. is tolerable, low). "
            "The chart 图1 is a picture: its numbers exist only in pixels; the caption line “图1　2019—2023年…” is a figure caption (tolerable as a clause, low; it must not be glued to the next heading or to the preceding paragraph). "
            "附件1 is an Excel worksheet embedded as an OLE object (word/embeddings/Microsoft_Excel_Worksheet.xlsx, ProgID Excel.Sheet.12); document.xml only holds w:object → v:imagedata (a PNG of the table) + o:OLEObject. "
            "What an analyst needs: the 11 分配表 rows (+合计) as clauses, read from the embedded .xlsx (its sheet also has a merged title row A1 = the 附件1 title and “单位：万元” in A2 — those are the table title/unit, not rows; the 合计 row (A:C merged) is a total row, as a clause or dropped both tolerable). "
            "If the reader does not open embedded objects, it must at least say so (ingest report/warning that the file holds an embedded worksheet it did not read); silently reporting a clean ingest with 附件1 simply missing is HIGH (the 区县 allocations, the answer to ‘how much did 未央区 get’, are lost). "
            "附件2 is an ordinary Word table whose 一级指标 (产出指标 over 3 rows, 效益指标 over 2) and 二级指标 (数量指标 over 2 rows) are vertically merged: each row must still carry its 一级/二级指标 (blank is medium). "
            "The note “注：绩效目标值为…” under the table is a clause (or table note). date = 成文日期 2024-06-14; 2024-06-17 is the 印发 date in the 版记 and must not become the date. No effective/expires: a 资金下达 notice has none (effective = 2024-06-14 is tolerable, low). "
            "In the .pdf (LibreOffice): 附件1 prints as a picture only — there is no text for the 分配表 in the PDF; without OCR the rows are lost (tolerable only if the reader reports an image-only region/page; OCR text is fine if split into rows and not mixed into other clauses). "
            "The chart likewise is pixels only. PDF furniture: the page numbers “— N —” at alternating right/left positions, the 版记 on the last page."
        ),
        "_pdf": {
            "clauses_absent_from_text_layer": xa_rows + [xa_total],
            "note": "same expected metadata and remaining clauses as the .docx",
        },
    }

    qz_table_rows = [row_clause(QZ_TABLE_HEADER, r) for r in QZ_TABLE]
    measures_clauses = [QZ_M_INTRO] + [h + t for h, t in QZ_M] + qz_table_rows + [h + t for h, t in QZ_M_TAIL]
    qz_notice = {
        "meta": {
            "title": QZ_TITLE,
            "doc_number": QZ_NUM,
            "issuer": [QZ_ISSUER],
            "date": "2024-05-20",
            "published": "2024-05-21",
            "level": "municipal",
            "region": "广西壮族自治区钦州市（中国（广西）自由贸易试验区钦州港片区）",
            "effective": "2024-05-20",
            "expires": "2026-12-31",
            "attachments": [QZ_MEASURES],
            "doc_type": "通知",
            "recipients": ["片区各部门、各直属单位", "驻片区各有关单位", "各有关企业"],
            "publicity": "此件公开发布",
            "embedded_objects": ["word/embeddings/Microsoft_Word_Document.docx (Word.Document.12, shown as a picture of its first page) = 附件 (the measures)"],
        },
        "clauses": QZ_P + measures_clauses,
        "applies_to": {
            "default": "中国（广西）自由贸易试验区钦州港片区（广西壮族自治区钦州市）",
            "specific": {
                "一、": "钦州港东站 / 钦州港片区",
            },
            "note": "共建“一带一路”国家港口 (二、) and 西部陆海新通道 do not place clauses abroad or in other provinces; 钦州海关/钦州港海事局 are organs. 广西 (whole autonomous region) is too broad but tolerable, low; 钦州市 is fine.",
        },
        "_note": (
            "The policy content lives in the 附件, which is a Word document embedded as an OLE object (word/embeddings/Microsoft_Word_Document.docx, ProgID Word.Document.12); document.xml only shows a PNG of its first page. "
            "The notice itself has just 2 clauses (印发 sentence, 实施细则/contact sentence). What an analyst needs: the 9 measures, the intro paragraph and the 4-row 补贴标准 table (rows as clauses), read from the embedded .docx — "
            "either appended to this document's clauses or as a second document (title = the measures title, issuer = the 片区管委会, date 2024-05-20, effective 2024-05-20 自印发之日起施行, expires 2026-12-31) — both tolerable. "
            "If the reader does not open embedded objects it must say so; a clean ingest that yields only the 2-clause cover notice is HIGH (every answer about 补贴标准 is lost) and effective/expires then cannot be known (their absence is a consequence, not a separate finding). "
            "effective/expires appear ONLY inside the embedded document (九、); the cover notice says nothing about them. "
            "Furniture: two-line red 版头 (中国（广西）自由贸易试验区 / 钦州港片区管理委员会文件 — must not become the title or issuer string with a line break); 文号 line and red rule; the title typed as TWO paragraphs (…管理委员会关于印发 / 《…若干措施》的通知) which must be joined into one title; 主送; 附件说明 (附件：…); 落款 with a floating red seal picture (text only in pixels) and 2024年5月20日; （此件公开发布）; the label 附件; 版记 (抄送… / …党政办公室 2024年5月21日印发); footer page numbers “— N —”. "
            "Inside the embedded measures: 一、…九、 are run-in bold (黑体) headings, heading + text = one clause; 八、 and 九、 have no heading text (just the number). The title of the measures is typed as THREE paragraphs (中国（广西）自由贸易试验区钦州港片区 / 支持西部陆海新通道海铁联运 / 高质量发展若干措施). "
            "date = 2024-05-20 (落款); 2024-05-21 is the 印发 date; 2024-05-10 is the meeting date; 2024-06-30 is a deadline — none of those is the 成文日期. "
            "In the .pdf (LibreOffice): the attachment prints as a picture of page 1 of the embedded document only (the preview; page %d of %d of the measures is not even in the picture) — without OCR every measure is lost; tolerable only if the reader reports an image-only page; OCR text of the picture is a bonus but it covers at most the first page."
            % (npages_measures, npages_measures)
        ),
        "_pdf": {
            "clauses_absent_from_text_layer": measures_clauses,
            "note": "the .pdf text layer holds only the cover notice; metadata effective/expires are unknowable from it (None tolerable)",
        },
    }
    return {
        "blind133_xian_notice": [xa],
        "blind133_qinzhou_notice": [qz_notice],
    }


def main():
    with tempfile.TemporaryDirectory() as tmp:
        a = build_xian(tmp)
        c, npages = build_qinzhou(tmp)
    for f in (a, c):
        to_pdf(f)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(npages), fh, ensure_ascii=False, indent=1)
    print("wrote", a, c)


if __name__ == "__main__":
    main()
