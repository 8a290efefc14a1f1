# ruff: noqa
# ruff: noqa
# -*- coding: utf-8 -*-
"""Round 1080: signed and stamped documents (red seal pictures floating over the
落款, signature block in a floating text box, 附件 table pasted as a picture,
页眉 with organ + 文号, 第 X 页 共 Y 页 footers, a diagonal 内部资料 watermark,
one red-font paragraph per file).  Writes .docx + .pdf + expected.json."""
import io
import json
import math
import os
import random
import subprocess

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor, Emu
from PIL import Image, ImageDraw, ImageFont

HERE = os.path.dirname(os.path.abspath(__file__))

XBS = "方正小标宋简体"
FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
SONG = "宋体"
RED = RGBColor(0xFF, 0x00, 0x00)

CJK_BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
CJK_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
CJK_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
}


def xmlns(*pfx):
    return " ".join('xmlns:%s="%s"' % (p, NS[p]) for p in pfx)


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


def empty(doc, n=1, line=28):
    for _ in range(n):
        fmt(doc.add_paragraph(), indent=False, line=line)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    fmt(p, indent=False)


def field(p, instr, shown, name=SONG, size=14):
    """simple field (PAGE / NUMPAGES) with a cached result."""
    fld = parse_xml(
        '<w:fldSimple %s w:instr=" %s "><w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" '
        'w:eastAsia="%s"/><w:sz w:val="%d"/></w:rPr><w:t>%s</w:t></w:r></w:fldSimple>'
        % (nsdecls("w"), instr, name, name, name, size * 2, shown))
    p._p.append(fld)


def setup(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.top_margin, s.bottom_margin = Cm(3.7), Cm(3.5)
    s.left_margin, s.right_margin = Cm(2.8), Cm(2.6)
    s.header_distance, s.footer_distance = Cm(1.8), Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = FS
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        st.element.rPr.insert(0, rf)
    rf.set(qn("w:eastAsia"), FS)
    return s


def header_line(section, left, right, use_tab=True):
    """页眉: organ name left, 文号 right, thin rule under it (every page)."""
    hp = section.header.paragraphs[0]
    if use_tab:
        font(hp.add_run(left), SONG, 10.5)
        font(hp.add_run("\t"), SONG, 10.5)
        font(hp.add_run(right), SONG, 10.5)
        hp.paragraph_format.tab_stops.add_tab_stop(Cm(15.6), WD_TAB_ALIGNMENT.RIGHT)
        tabs = hp._p.pPr.find(qn("w:tabs"))
        for pos in (4153, 4680, 8306, 9360):
            tabs.append(parse_xml('<w:tab %s w:val="clear" w:pos="%d"/>' % (nsdecls("w"), pos)))
    else:  # clerk typed spaces between the two parts
        font(hp.add_run(left + " " * 52 + right), SONG, 10.5)
    hp.paragraph_format.first_line_indent = Pt(0)
    border(hp, "bottom", "000000", 6, 1)
    return hp


def footer_x_of_y(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("第 "), SONG, 10.5)
    field(fp, "PAGE", "1", SONG, 10.5)
    font(fp.add_run(" 页 共 "), SONG, 10.5)
    field(fp, "NUMPAGES", "1", SONG, 10.5)
    font(fp.add_run(" 页"), SONG, 10.5)


def footer_dash(section):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("— "), SONG, 14)
    field(fp, "PAGE", "1", SONG, 14)
    font(fp.add_run(" —"), SONG, 14)


WATERMARK = (
    '<w:r %s><w:pict>'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e">'
    '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>'
    '<v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>'
    '<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>'
    '<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/>'
    '<v:f eqn="sum @6 0 @5"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
    'o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/>'
    '<v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject1080" o:spid="_x0000_s2049" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:415pt;height:138pt;rotation:315;'
    'z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
    'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
    'fillcolor="silver" stroked="f"><v:fill opacity=".5"/>'
    '<v:textpath style="font-family:&quot;%s&quot;;font-size:1pt" string="%s"/>'
    '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>'
)


def watermark(section, text):
    hp = section.header.paragraphs[0]
    hp._p.append(parse_xml(WATERMARK % (xmlns("w", "v", "o", "w10"), SONG, text)))


_ids = [100]


def _next_id():
    _ids[0] += 1
    return _ids[0]


def float_picture(p, png_bytes, width_cm, x_cm, y_cm, rel_h="column", rel_v="paragraph",
                  behind=False, name="图片"):
    """Picture floating over the text (wrap none), like a seal pasted over the 落款."""
    run = p.add_run()
    shape = run.add_picture(io.BytesIO(png_bytes), width=Cm(width_cm))
    inline = shape._inline
    cx, cy = inline.extent.cx, inline.extent.cy
    graphic = inline.find(qn("a:graphic"))
    did = _next_id()
    anchor = parse_xml(
        '<wp:anchor %s distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="%d" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="%d" name="%s %d"/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '</wp:anchor>'
        % (xmlns("wp", "a"), 251659264 + did, 1 if behind else 0, rel_h, int(Cm(x_cm)),
           rel_v, int(Cm(y_cm)), cx, cy, did, name, did))
    anchor.append(graphic)
    inline.getparent().replace(inline, anchor)
    return anchor


def _tb_par(text, name=FS, size=16, align="center"):
    return ('<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="%s"/></w:pPr>'
            '<w:r><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/><w:sz w:val="%d"/>'
            '<w:szCs w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
            % (align, name, name, name, size * 2, size * 2, text))


def float_textbox(p, lines, x_cm, y_cm, w_cm, h_cm):
    """Signature block typed into a floating, borderless text box."""
    did = _next_id()
    body = "".join(_tb_par(t) for t in lines)
    xml = (
        '<w:r %s><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="%d" name="文本框 %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
        % (xmlns("w", "wp", "a", "wps"), 251659264 + did, int(Cm(x_cm)), int(Cm(y_cm)),
           int(Cm(w_cm)), int(Cm(h_cm)), did, did, int(Cm(w_cm)), int(Cm(h_cm)), body))
    p._p.append(parse_xml(xml))


# ---------------------------------------------------------------- images
def seal_png(name, seed=1, px=640):
    """Round red official seal: ring, five-pointed star, organ name on the upper arc."""
    rnd = random.Random(seed)
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (228, 0, 22, 235)
    c = px / 2
    ring = px * 0.025
    d.ellipse([ring, ring, px - ring, px - ring], outline=red, width=int(px * 0.032))
    # star
    R, r = px * 0.15, px * 0.06
    pts = []
    for k in range(10):
        ang = math.radians(90 + k * 36)
        rr = R if k % 2 == 0 else r
        pts.append((c + rr * math.cos(ang), c - rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    # text on arc
    n = len(name)
    fsize = int(px * (0.135 if n <= 8 else 0.11 if n <= 11 else 0.095))
    f = ImageFont.truetype(CJK_BOLD, fsize, index=2)  # SC face
    rad = px / 2 - ring - px * 0.032 - fsize * 0.62
    span = 250 if n > 6 else 200
    for i, ch in enumerate(name):
        theta = 90 + span / 2 - (span / (n - 1)) * i if n > 1 else 90
        tile = Image.new("RGBA", (fsize * 2, fsize * 2), (0, 0, 0, 0))
        td = ImageDraw.Draw(tile)
        td.text((fsize, fsize), ch, font=f, fill=red, anchor="mm")
        tile = tile.rotate(theta - 90, resample=Image.BICUBIC, expand=True)
        x = c + rad * math.cos(math.radians(theta)) - tile.width / 2
        y = c - rad * math.sin(math.radians(theta)) - tile.height / 2
        img.alpha_composite(tile, (int(x), int(y)))
    # uneven ink
    px_ = img.load()
    for yy in range(px):
        for xx in range(px):
            a = px_[xx, yy][3]
            if a:
                if rnd.random() < 0.07:
                    px_[xx, yy] = (px_[xx, yy][0], px_[xx, yy][1], px_[xx, yy][2], int(a * 0.45))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def table_png(header, rows, col_w, title_note=None):
    """A form table 'pasted as a picture' (screenshot of an Excel/WPS sheet)."""
    scale = 2
    row_h = 58 * scale
    head_h = 100 * scale
    W = sum(col_w) * scale + 4
    H = head_h + row_h * len(rows) + 4
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    fh = ImageFont.truetype(CJK_SANS, 19 * scale, index=2)
    fb = ImageFont.truetype(CJK_SERIF, 19 * scale, index=2)
    x = 2
    xs = [x]
    for w in col_w:
        x += w * scale
        xs.append(x)
    y = 2
    d.rectangle([2, 2, W - 3, H - 3], outline="black", width=3)
    d.line([(2, head_h), (W - 3, head_h)], fill="black", width=2)
    for r in range(1, len(rows) + 1):
        yy = head_h + row_h * r
        if yy < H - 4:
            d.line([(2, yy), (W - 3, yy)], fill="black", width=2)
    for xx in xs[1:-1]:
        d.line([(xx, 2), (xx, H - 3)], fill="black", width=2)
    for i, h in enumerate(header):
        cx = (xs[i] + xs[i + 1]) / 2
        lines = h.split("\n")
        for k, ln in enumerate(lines):
            cy = head_h / 2 + (k - (len(lines) - 1) / 2) * 26 * scale
            d.text((cx, cy), ln, font=fh, fill="black", anchor="mm")
    for r, row in enumerate(rows):
        cy = head_h + row_h * r + row_h / 2
        for i, v in enumerate(row):
            if v:
                cx = (xs[i] + xs[i + 1]) / 2
                d.text((cx, cy), v, font=fb, fill="black", anchor="mm")
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


# ---------------------------------------------------------------- tables
def set_cell(cell, text, name=FS, size=12, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    font(p.add_run(text), name, size, bold, color)
    p.alignment = align
    p.paragraph_format.line_spacing = Pt(20)
    p.paragraph_format.first_line_indent = Pt(0)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))


def no_borders(table):
    tblpr = table._tbl.tblPr
    tblpr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        % nsdecls("w")))


def banji(doc, cc, printer, date_txt):
    """版记: 抄送 + 印发 between black rules."""
    empty(doc, 2)
    p = add_par(doc, [(cc, FS, 14, False)], indent=False, line=24)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", "000000", 8, 4)
    border(p, "bottom", "000000", 4, 4)
    p2 = add_par(doc, [(printer, FS, 14, False), ("\t", FS, 14, False), (date_txt, FS, 14, False)],
                 indent=False, line=24)
    p2.paragraph_format.left_indent = Pt(14)
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(15.1), WD_TAB_ALIGNMENT.RIGHT)
    border(p2, "bottom", "000000", 8, 4)


def convert(path):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo_1080", "--headless",
                    "--convert-to", "pdf", "--outdir", HERE, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


expected = {}


# =================================================================== DOC A
def doc_hainan():
    """Joint 通知 of two provincial departments; two seals; 附件1 table as a picture."""
    stem = "blind1080_hainan_shenbao"
    doc = Document()
    s = setup(doc)
    header_line(s, "海南省商务厅　海南省财政厅", "琼商务发〔2026〕27号")
    footer_x_of_y(s)
    clauses = []

    # joint red 版头: two organ names stacked, "文件" spanning both lines
    t = doc.add_table(rows=2, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    set_cell(t.cell(0, 0), "海南省商务厅", XBS, 32, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    set_cell(t.cell(1, 0), "海南省财政厅", XBS, 32, color=RED, align=WD_ALIGN_PARAGRAPH.DISTRIBUTE)
    m = t.cell(0, 1).merge(t.cell(1, 1))
    set_cell(m, "文件", XBS, 40, color=RED)
    m.vertical_alignment = 1  # center
    for r in t.rows:
        for c in r.cells:
            c.paragraphs[0].paragraph_format.line_spacing = Pt(46)
    t.columns[0].width = Cm(10.5)
    t.columns[1].width = Cm(4.0)
    for r in t.rows:
        r.cells[0].width = Cm(10.5)
        r.cells[1].width = Cm(4.0)
    empty(doc, 1)
    p = add_par(doc, "琼商务发〔2026〕27号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title in three paragraphs, wrapped at odd places
    for ln in ("海南省商务厅　海南省财政厅关于组织申报",
               "2026年度海南自由贸易港跨境服务贸易",
               "发展专项资金项目的通知"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "各市、县、自治县商务局，各市、县、自治县财政局，洋浦经济开发区管理委员会：",
            indent=False)

    def body(t, color=None):
        clauses.append(t)
        add_par(doc, [(t, FS, 16, False, color)])

    def head(t):
        p = add_par(doc, [(t, HT, 16, False)])
        p.paragraph_format.keep_with_next = True

    def item(h, t, color=None):
        clauses.append(h + t)
        add_par(doc, [(h, KT, 16, False, color), (t, FS, 16, False, color)])

    body("为贯彻落实《海南自由贸易港建设总体方案》和《海南自由贸易港跨境服务贸易特别管理措施（负面清单）》，推动跨境服务贸易高质量发展，根据《海南省跨境服务贸易发展专项资金管理办法》（琼商务规〔2024〕3号），现就组织申报2026年度专项资金项目有关事项通知如下：")
    head("一、支持方向")
    item("（一）数字贸易。", "支持企业开展软件信息服务、数字内容、云服务等数字服务出口，对上年度数字服务出口额达到500万美元以上的企业，按出口额增量给予奖励，单家企业最高不超过200万元。")
    item("（二）国际航运及相关服务。", "支持在洋浦港注册的航运企业开展国际航运业务，对上年度新增登记“中国洋浦港”船籍港国际航行船舶的企业，按船舶净吨位给予奖励，单家企业年度奖励最高不超过300万元。")
    item("（三）国际医疗旅游。", "支持博鳌乐城国际医疗旅游先行区医疗机构接待境外患者，按上年度境外患者诊疗收入的3%给予奖励，单家机构最高不超过150万元。")
    item("（四）技术贸易和知识产权服务。", "支持企业开展技术进出口、知识产权跨境许可与转让，对上年度技术出口合同登记额达到100万美元以上的企业，给予最高不超过100万元奖励。")
    head("二、申报条件")
    item("（一）", "申报单位应为在海南省内依法注册登记、具有独立法人资格的企业或机构，且近三年内未被列入严重失信主体名单。")
    item("（二）", "申报项目应符合本通知明确的支持方向，相关业务数据真实、完整、可核查。")
    head("三、申报程序")
    item("（一）企业申报。", "申报单位于2026年4月30日前登录“海南省商务厅专项资金管理系统”填报申报信息，上传申报材料扫描件，并将纸质材料（一式两份）报送所在市、县、自治县商务局。")
    item("（二）市县初审。", "各市、县、自治县商务局会同同级财政局对申报材料进行初审，于2026年5月20日前将初审意见及汇总表（见附件）报送省商务厅，同时抄送省财政厅。")
    item("（三）省级评审。", "省商务厅会同省财政厅委托第三方机构开展评审，评审结果在省商务厅门户网站公示，公示期为5个工作日。")
    head("四、有关要求")
    # the one paragraph typed in red for emphasis
    body("各市县要对申报材料的真实性严格把关。对弄虚作假、骗取专项资金的，一经查实，取消申报单位三年内申报资格，追回已拨付资金，并依法依规追究相关单位和人员责任。", RED)
    body("联系人:陈思远，联系电话:0898-65203417。")
    empty(doc, 1)
    # 附件 list: title wrapped by hand (manual line break, typed spaces)
    p = doc.add_paragraph()
    font(p.add_run("附件：2026年度跨境服务贸易发展专项资金申报"), FS, 16)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("\u3000" * 5 + "项目汇总表"), FS, 16)
    fmt(p)
    empty(doc, 1)
    # 落款: two organs typed on one line with spaces, two seal pictures floating over them
    p = add_par(doc, "\u3000" * 4 + "海南省商务厅" + "\u3000" * 6 + "海南省财政厅", indent=False)
    p.paragraph_format.keep_with_next = True
    float_picture(p, seal_png("海南省商务厅", seed=3), 4.0, 1.95, -1.1, name="图片")
    float_picture(p, seal_png("海南省财政厅", seed=5), 4.0, 8.7, -1.0, name="图片")
    add_par(doc, "\u3000" * 14 + "2026年3月16日", indent=False)
    empty(doc, 1)
    add_par(doc, "（此件主动公开）")

    # ---- 附件1 on its own page: the table is a pasted picture
    page_break(doc)
    add_par(doc, [("附件", HT, 16, False)], indent=False)
    empty(doc, 1)
    add_par(doc, [("2026年度跨境服务贸易发展专项资金", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    add_par(doc, [("申报项目汇总表", XBS, 20, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=32)
    empty(doc, 1)
    png = table_png(
        ["序号", "市县", "申报单位", "支持方向", "上年度业务额\n（万美元）", "申请金额\n（万元）", "联系人\n及电话", "备注"],
        [[str(i), "", "", "", "", "", "", ""] for i in range(1, 9)] + [["合计", "", "", "", "", "", "", ""]],
        [60, 90, 190, 130, 130, 110, 120, 70])
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run().add_picture(io.BytesIO(png), width=Cm(15.4))
    p.paragraph_format.line_spacing = 1.0
    p.paragraph_format.first_line_indent = Pt(0)
    note = "注：支持方向按通知第一部分所列四类填写；金额保留两位小数。"
    clauses.append(note)
    add_par(doc, [(note, FS, 14, False)], indent=False, line=24)

    banji(doc, "抄送：省人民政府办公厅，省审计厅。", "海南省商务厅办公室", "2026年3月16日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "海南省商务厅　海南省财政厅关于组织申报2026年度海南自由贸易港跨境服务贸易发展专项资金项目的通知",
            "doc_number": "琼商务发〔2026〕27号",
            "issuer": ["海南省商务厅", "海南省财政厅"],
            "date": "2026-03-16",
            "published": None,
            "level": "provincial",
            "region": "海南省",
            "effective": None,
            "expires": None,
            "attachments": ["2026年度跨境服务贸易发展专项资金申报项目汇总表"],
            "doc_type": "通知",
            "recipients": ["各市、县、自治县商务局", "各市、县、自治县财政局", "洋浦经济开发区管理委员会"],
            "publicity": "此件主动公开",
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC B
def doc_chengdu():
    """印发 notice + 办法 (章/条), 内部资料 watermark, 落款 in a floating text box + seal."""
    stem = "blind1080_chengdu_jipin"
    doc = Document()
    s = setup(doc)
    header_line(s, "成都市口岸与物流办公室", "成口物发〔2026〕11号")
    watermark(s, "内部资料")
    footer_dash(s)
    clauses = []

    add_par(doc, [("内部资料　注意保存", HT, 16, False)], indent=False)
    add_par(doc, [("成都市口岸与物流办公室文件", XBS, 34, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=18)
    empty(doc, 1)
    p = add_par(doc, "成口物发〔2026〕11号", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    # title: one paragraph, soft line breaks at odd places
    p = doc.add_paragraph()
    font(p.add_run("成都市口岸与物流办公室"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("关于印发《成都国际铁路港中欧班列集拼集运"), XBS, 22)
    p.add_run().add_break(WD_BREAK.LINE)
    font(p.add_run("业务管理办法（试行）》的通知"), XBS, 22)
    fmt(p, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "青白江区人民政府，成都国际铁路港经济技术开发区管委会，市级有关部门，有关企业：",
            indent=False)
    t1 = "现将《成都国际铁路港中欧班列集拼集运业务管理办法（试行）》印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时向我办反映。"
    clauses.append(t1)
    # indented with typed full-width spaces instead of first-line indent
    add_par(doc, "\u3000\u3000" + t1, indent=False)
    empty(doc, 1)
    # 落款 in a floating text box, seal picture over it
    p = add_par(doc, "", indent=False)
    float_textbox(p, ["成都市口岸与物流办公室", "2026年4月8日"], 7.4, 0.0, 7.6, 2.6)
    float_picture(p, seal_png("成都市口岸与物流办公室", seed=11), 4.2, 9.1, -0.75)
    empty(doc, 2)

    # ---- the 办法 on a new page (paragraph set to 段前分页)
    p = add_par(doc, [("成都国际铁路港中欧班列集拼集运业务", XBS, 22, False)],
                align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    p.paragraph_format.page_break_before = True
    add_par(doc, [("管理办法（试行）", XBS, 22, False)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)

    def chap(t):
        add_par(doc, [(t, HT, 16, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)

    def art(no, text, items=(), color=None):
        clauses.append(no + "　" + text + "".join(items))
        add_par(doc, [(no, HT, 16, False, color), ("　" + text, FS, 16, False, color)])
        for it in items:
            add_par(doc, [(it, FS, 16, False, color)])

    chap("第一章　总　则")
    art("第一条", "为规范成都国际铁路港中欧班列集拼集运业务，提高班列舱位利用率，降低中小企业国际物流成本，服务共建“一带一路”和西部陆海新通道建设，根据国家和省、市有关规定，结合本市实际，制定本办法。")
    art("第二条", "本办法所称集拼集运业务，是指经营企业将多个货主的零散货物在成都国际铁路港集中拼箱、统一订舱，通过中欧班列(成渝)运输至境外目的地并分拨配送的物流服务。")
    art("第三条", "本办法适用于在成都国际铁路港经济技术开发区内开展中欧班列集拼集运业务的经营企业及其相关活动。")
    chap("第二章　经营主体")
    art("第四条", "开展集拼集运业务的经营企业应当具备下列条件：", [
        "（一）在本市依法注册登记，具有独立法人资格；",
        "（二）具备与业务规模相适应的集拼场地和信息化管理系统；",
        "（三）近两年内无海关、税务、市场监管等方面的严重违法失信记录。"])
    art("第五条", "经营企业应当向市口岸物流办备案，提交企业基本情况、集拼场地证明、信息系统说明等材料。市口岸物流办自收到完整材料之日起10个工作日内完成备案。")
    chap("第三章　业务规范")
    art("第六条", "经营企业应当如实申报拼箱货物的品名、数量、重量、货值等信息，不得夹带禁止进出境物品和侵犯知识产权的货物。", color=RED)
    art("第七条", "经营企业应当与货主签订书面服务合同，明确运输时限、费用标准、货损赔偿等事项。收费标准应当在经营场所和企业网站显著位置公示。")
    art("第八条", "集拼货物在成都国际铁路港的平均堆存时间原则上不超过72小时。因班列运力调整等原因需要延长的，经营企业应当及时告知货主。")
    art("第九条", "鼓励经营企业与境外分拨中心、海外仓建立合作关系，开展“集拼+海外仓”一体化服务。")
    chap("第四章　扶持与监管")
    art("第十条", "对年度集拼集运箱量达到500标准箱以上的经营企业，按照每标准箱300元给予运营补贴，单家企业年度补贴最高不超过100万元。补贴资金从市级口岸物流发展专项资金中列支。")
    art("第十一条", "市口岸物流办会同成都海关、市商务局建立集拼集运业务运行监测机制，按季度通报经营企业业务开展情况。")
    art("第十二条", "经营企业有下列情形之一的，取消备案，三年内不再享受本办法规定的扶持政策：", [
        "（一）以虚假材料骗取备案或者补贴资金的；",
        "（二）连续六个月未开展集拼集运业务的；",
        "（三）发生重大安全责任事故的。"])
    chap("第五章　附　则")
    art("第十三条", "本办法由市口岸物流办负责解释。")
    art("第十四条", "本办法自2026年5月1日起施行，有效期至2028年4月30日。2023年印发的《成都国际铁路港中欧班列拼箱业务暂行管理办法》（成口物发〔2023〕6号）同时废止。")
    banji(doc, "抄送：成都海关，市商务局，市财政局。", "成都市口岸与物流办公室综合处", "2026年4月8日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "成都市口岸与物流办公室关于印发《成都国际铁路港中欧班列集拼集运业务管理办法（试行）》的通知",
            "doc_number": "成口物发〔2026〕11号",
            "issuer": ["成都市口岸与物流办公室"],
            "date": "2026-04-08",
            "published": None,
            "level": "municipal",
            "region": "成都市",
            "effective": "2026-05-01",
            "expires": "2028-04-30",
            "attachments": [],
            "doc_type": "通知",
            "recipients": ["青白江区人民政府", "成都国际铁路港经济技术开发区管委会", "市级有关部门", "有关企业"],
            "publicity": None,
            "repeals": "《成都国际铁路港中欧班列拼箱业务暂行管理办法》（成口物发〔2023〕6号）",
        },
        "clauses": clauses,
    }]
    return path


# =================================================================== DOC C
def doc_ningxia():
    """上行文 报告 with 签发人, 特急, merged-header table, date in Chinese numerals under a seal."""
    stem = "blind1080_ningxia_baogao"
    doc = Document()
    s = setup(doc)
    header_line(s, "宁夏回族自治区商务厅", "宁商务报〔2026〕9号", use_tab=False)
    footer_x_of_y(s)
    clauses = []
    IND = "\u3000\u3000"

    add_par(doc, [("特急", HT, 16, False)], indent=False)
    add_par(doc, [("宁夏回族自治区商务厅", XBS, 40, False, RED)],
            align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=60, before=12)
    empty(doc, 1)
    p = add_par(doc, [("宁商务报〔2026〕9号", FS, 16, False), ("\t", FS, 16, False),
                      ("签发人：", FS, 16, False), ("马志远", KT, 16, False)], indent=False)
    p.paragraph_format.left_indent = Pt(16)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.0), WD_TAB_ALIGNMENT.RIGHT)
    border(p, "bottom", "FF0000", 24, 8)
    empty(doc, 1)
    for ln in ("宁夏回族自治区商务厅关于第七届", "中国—阿拉伯国家博览会签约项目", "落实情况的报告"):
        add_par(doc, [(ln, XBS, 22, False)], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, line=36)
    empty(doc, 1)
    add_par(doc, "商务部：", indent=False)

    def body(t, color=None):
        clauses.append(t)
        add_par(doc, [(IND + t, FS, 16, False, color)], indent=False)

    def head(t):
        add_par(doc, [(IND + t, HT, 16, False)], indent=False)

    def item(h, t, color=None):
        clauses.append(h + t)
        add_par(doc, [(IND, FS, 16, False), (h, KT, 16, True, color), (t, FS, 16, False, color)],
                indent=False)

    body("按照《商务部办公厅关于报送2025年度重点展会成果落实情况的通知》（商办贸函〔2026〕18号）要求，现将第七届中国—阿拉伯国家博览会（以下简称中阿博览会）签约项目落实情况报告如下：")
    head("一、总体情况")
    body("第七届中阿博览会于2025年8月28日至31日在银川市举办，以“深化中阿合作，共建‘一带一路’”为主题，来自阿拉伯国家和共建“一带一路”国家的1.2万名嘉宾参会参展。博览会期间共签约项目368个，计划投资和贸易总额1726.4亿元。截至2025年12月31日，已开工或履约项目279个，项目落实率75.8%；已到位资金（含贸易成交额）642.3亿元，资金到位率37.2%。")
    head("二、分领域落实情况")
    body("各领域签约项目落实情况如下（金额单位：亿元）：")

    rows = [
        ["新能源及新材料", "62", "583.6", "47", "168.2", "75.8%"],
        ["现代煤化工", "28", "412.5", "21", "126.4", "75.0%"],
        ["葡萄酒、枸杞等特色农业", "74", "186.3", "61", "72.8", "82.4%"],
        ["跨境电商及国际贸易", "96", "318.7", "78", "205.6", "81.3%"],
        ["文化旅游", "45", "97.8", "29", "24.1", "64.4%"],
        ["清真食品及穆斯林用品", "63", "127.5", "43", "45.2", "68.3%"],
        ["合计", "368", "1726.4", "279", "642.3", "75.8%"],
    ]
    hdr = ["领域", "签约情况／项目数（个）", "签约情况／金额", "落实情况／项目数（个）",
           "落实情况／到位资金", "项目落实率"]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "领域", HT, 12)
    b = t.cell(0, 1).merge(t.cell(0, 2))
    set_cell(b, "签约情况", HT, 12)
    c = t.cell(0, 3).merge(t.cell(0, 4))
    set_cell(c, "落实情况", HT, 12)
    e = t.cell(0, 5).merge(t.cell(1, 5))
    set_cell(e, "项目落实率", HT, 12)
    for i, h in enumerate(["项目数（个）", "金额", "项目数（个）", "到位资金"], 1):
        set_cell(t.cell(1, i), h, HT, 12)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for ri, row in enumerate(rows, 2):
        for ci, v in enumerate(row):
            set_cell(t.cell(ri, ci), v, HT if row[0] == "合计" else FS, 12)
        clauses.append("；".join("%s：%s" % (h, v) for h, v in zip(hdr, row)))
    for r in t.rows:
        for ci, w in enumerate((4.4, 2.2, 2.2, 2.2, 2.2, 2.2)):
            r.cells[ci].width = Cm(w)
    t.autofit = False
    for ci, w in enumerate((4.4, 2.2, 2.2, 2.2, 2.2, 2.2)):
        t.columns[ci].width = Cm(w)
    note = "注：项目落实率＝已开工或履约项目数÷签约项目数×100%。"
    clauses.append(note)
    add_par(doc, [(note, FS, 12, False)], indent=False, line=22, before=4)
    head("三、主要做法")
    item("（一）建立项目台账，实行清单化管理。", "自治区商务厅会同各市、县（区）建立签约项目“一项目一台账”，明确责任单位和完成时限，每月调度项目进展情况。")
    item("（二）强化要素保障，推动项目落地。", "对重点签约项目开通用地、用能、环评审批“绿色通道”，协调解决项目推进中的困难和问题87个。")
    item("（三）发挥平台作用，深化经贸合作。", "依托银川综合保税区和中阿跨境电商综合服务平台，推动跨境电商签约项目加快落地。2025年，宁夏对阿拉伯国家进出口额达到58.7亿元，同比增长16.4%。")
    head("四、存在的问题")
    body("一是部分签约项目受国际市场环境变化影响，推进较为缓慢，文化旅游类项目落实率仅为64.4%。二是部分境外投资方资金到位不及时，整体资金到位率有待提升。三是项目跟踪服务机制还不够健全，部分市县存在“重签约、轻落实”现象。")
    head("五、下一步工作")
    item("（一）加快推进项目落地。", "力争2026年6月30日前签约项目落实率提高到85%以上，资金到位率提高到50%以上，对推进缓慢的项目实行挂牌督办。", RED)
    item("（二）健全跟踪服务机制。", "将签约项目落实情况纳入对市县开放型经济工作考核，建立重点项目“周跟踪、月通报”制度。")
    item("（三）筹备第八届中阿博览会。", "提前谋划第八届中阿博览会招商招展工作，恳请商务部在展会筹备、境外邀商等方面继续给予指导和支持。")
    add_par(doc, IND + "特此报告。", indent=False)
    empty(doc, 2)
    p = add_par(doc, "宁夏回族自治区商务厅", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(64)
    p.paragraph_format.keep_with_next = True
    float_picture(p, seal_png("宁夏回族自治区商务厅", seed=7), 4.2, 8.3, -1.2)
    p = add_par(doc, "二〇二六年一月二十日", indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p.paragraph_format.right_indent = Pt(80)
    empty(doc, 1)
    add_par(doc, "（联系人：杨文博　　联系电话：0951-5034712）", indent=False)
    banji(doc, "抄送：自治区人民政府办公厅。", "宁夏回族自治区商务厅办公室", "2026年1月20日印发")

    path = os.path.join(HERE, stem + ".docx")
    doc.save(path)
    expected[stem] = [{
        "meta": {
            "title": "宁夏回族自治区商务厅关于第七届中国—阿拉伯国家博览会签约项目落实情况的报告",
            "doc_number": "宁商务报〔2026〕9号",
            "issuer": ["宁夏回族自治区商务厅"],
            "date": "2026-01-20",
            "published": None,
            "level": "provincial",
            "region": "宁夏回族自治区",
            "effective": None,
            "expires": None,
            "attachments": [],
            "doc_type": "报告",
            "recipients": ["商务部"],
            "publicity": None,
            "repeals": None,
        },
        "clauses": clauses,
    }]
    return path


def main():
    paths = [doc_hainan(), doc_chengdu(), doc_ningxia()]
    for p in paths:
        convert(p)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()
